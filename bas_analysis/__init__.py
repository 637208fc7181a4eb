"""bas-analysis: support to barn som anhöriga across Sweden, as coded, comparable data.

    import bas_analysis as bas
    bas.build()                 # data/raw -> data/processed (quiet; progress=True shows progress bars)
    data = bas.load()           # documents, respondents, answers, codings, indicators, problems

Importing the package is light: each stage's libraries (pandas, pandera,
matplotlib, seaborn, the name data) are imported when that stage is first
used (``bas.plots``, ``bas.load``, a build), not by ``import bas_analysis``.
"""
__version__ = "0.1.0"

import lazy_loader

from .build import DEFAULT_OUT, DEFAULT_RAW, BuildResult  # noqa: E402  (light: the build imports its stages when it runs)
from .build import build as _build_stage  # noqa: E402
from .errors import BasError, ProcessedDataMissing  # noqa: E402

# the stages a researcher reaches from here, imported on first use (``bas.plots`` loads matplotlib and seaborn)
__getattr__, _lazy_dir, _lazy_names = lazy_loader.attach(
    __name__, submodules=["compare", "orgs", "plots"], submod_attrs={"store": ["load", "Dataset"], "coding": ["load_codebook"]}
)


def build(raw_dir=DEFAULT_RAW, out_dir=DEFAULT_OUT, manual_codings=None, progress: bool = False, **options) -> BuildResult:
    """Build ``raw_dir`` into ``out_dir`` (see :func:`bas_analysis.build.build`), without progress bars unless
    ``progress=True``: a library call stays quiet in scripts and notebooks; the command line shows them on a terminal."""
    return _build_stage(raw_dir, out_dir, manual_codings=manual_codings, progress=progress, **options)


__all__ = ["build", "BuildResult", "load", "Dataset", "BasError", "ProcessedDataMissing", "load_codebook", "compare", "orgs", "plots", "__version__"]


def __dir__():
    return sorted(set(globals()) | set(_lazy_names))
