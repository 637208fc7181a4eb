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
from .codebook import Codebook, Indicator, codebook_hash, load_codebook, parse_codebook
from .engines import ENGINES, Verdict, register
from .reading import sentences
from .tables import code_all, code_municipality, code_region, code_rows, codings_table, indicators_wide
from .words import compile_cue

__all__ = [
    "code_all", "code_rows", "codings_table", "indicators_wide", "codebook_hash", "load_codebook", "parse_codebook", "Codebook", "Indicator",
    "ENGINES", "Verdict", "register", "compile_cue", "sentences", "code_region", "code_municipality",
]
