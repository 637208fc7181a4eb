"""Coding: apply the codebook (``data/codebook.yaml``) to the parsed answers.

In:  the ``respondents`` and ``answers`` tables (redacted), optionally a CSV of
     manual codings.
Out: the long ``codings`` table (respondent × indicator: value, evidence,
     rule id, confidence and its reason, source ``rule``/``manual``) and the
     wide ``indicators`` table (one row per respondent and wave).

Modules: :mod:`.codebook` (loading and validating the YAML), :mod:`.words`
(Swedish word forms and cue matching), :mod:`.reading` (an answer's
sentences and clauses, read once), :mod:`.engines` (one engine per indicator
type, in a registry) and :mod:`.tables` (the output tables). Everything
specific to the language or to an indicator lives in the YAML files.
"""
import lazy_loader

# the names of the submodules, imported on first use, so that a reader of the codebook (the reports) does not
# import the engines, the tables and their schemas (pandera)
__getattr__, __dir__, __all__ = lazy_loader.attach(__name__, submod_attrs={
    "codebook": ["Codebook", "Indicator", "codebook_hash", "load_codebook", "parse_codebook"],
    "engines": ["ENGINES", "Verdict", "register"],
    "reading": ["sentences"],
    "tables": ["code_all", "code_municipality", "code_region", "code_rows", "codings_table", "indicators_wide"],
    "words": ["compile_cue"],
})
