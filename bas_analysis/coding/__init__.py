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
import importlib

# name -> the submodule that defines it; imported on first use, so that a reader of the codebook (the reports)
# does not import the engines, the tables and their schemas (pandera)
_LAZY = {
    **dict.fromkeys(["Codebook", "Indicator", "codebook_hash", "load_codebook", "parse_codebook"], "codebook"),
    **dict.fromkeys(["ENGINES", "Verdict", "register"], "engines"),
    "sentences": "reading",
    **dict.fromkeys(["code_all", "code_municipality", "code_region", "code_rows", "codings_table", "indicators_wide"], "tables"),
    "compile_cue": "words",
}
__all__ = list(_LAZY)


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))
