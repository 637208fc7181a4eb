"""bas-analysis: support to barn som anhöriga across Sweden, as coded, comparable data.

    import bas_analysis as bas
    bas.build()                 # data/raw -> data/processed
    data = bas.load()           # documents, respondents, answers, codings, indicators, problems

Importing the package is light: each stage's libraries (pandas, pandera,
matplotlib, seaborn, the name data) are imported when that stage is first
used (``bas.plots``, ``bas.load``, a build), not by ``import bas_analysis``.
"""
__version__ = "0.1.0"

import importlib

from .build import build, BuildResult  # noqa: E402  (light: the build imports its stages when it runs)
from .errors import BasError, ProcessedDataMissing  # noqa: E402

# name -> (module, attribute or None for the module itself), imported on first use
_LAZY = {
    "load": ("store", "load"),
    "Dataset": ("store", "Dataset"),
    "load_codebook": ("coding", "load_codebook"),
    "compare": ("compare", None),
    "orgs": ("orgs", None),
    "plots": ("plots", None),
}

__all__ = ["build", "BuildResult", "load", "Dataset", "BasError", "ProcessedDataMissing", "load_codebook", "compare", "orgs", "plots", "__version__"]


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module_name, attribute = _LAZY[name]
    module = importlib.import_module(f"{__name__}.{module_name}")
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(_LAZY))
