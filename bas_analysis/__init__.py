"""bas-analysis: support to barn som anhöriga across Sweden, as coded, comparable data.

    import bas_analysis as bas
    bas.build()                 # data/raw -> data/processed (quiet; progress=True shows progress bars)
    data = bas.load()           # documents, respondents, answers, codings, indicators, problems

Importing the package is light: each stage's libraries (pandas, pandera,
matplotlib, seaborn, the name data) are imported when that stage is first
used (``bas.plots``, ``bas.load``, a build), not by ``import bas_analysis``.
"""
__version__ = "0.1.0"

import importlib

from .build import DEFAULT_OUT, DEFAULT_RAW, BuildResult  # noqa: E402  (light: the build imports its stages when it runs)
from .build import build as _build_stage  # noqa: E402
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


def build(raw_dir=DEFAULT_RAW, out_dir=DEFAULT_OUT, manual_codings=None, progress: bool = False, **options) -> BuildResult:
    """Build ``raw_dir`` into ``out_dir`` (see :func:`bas_analysis.build.build`), without progress bars unless
    ``progress=True``: a library call stays quiet in scripts and notebooks; the command line shows them on a terminal."""
    return _build_stage(raw_dir, out_dir, manual_codings=manual_codings, progress=progress, **options)


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
