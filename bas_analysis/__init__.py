"""bas-analysis: support to barn som anhöriga across Sweden, as coded, comparable data.

    import bas_analysis as bas
    bas.build()                 # data/raw -> data/processed (quiet; progress=True shows progress bars)
    data = bas.load()           # documents, respondents, answers, codings, indicators, problems
"""
__version__ = "0.1.0"

from .build import DEFAULT_OUT, DEFAULT_RAW, BuildResult  # noqa: E402
from .build import build as _build_stage  # noqa: E402
from .errors import BasError, ProcessedDataMissing  # noqa: E402
from .store import Dataset, load  # noqa: E402
from .coding import load_codebook  # noqa: E402
from . import compare, orgs, plots  # noqa: E402


def build(raw_dir=DEFAULT_RAW, out_dir=DEFAULT_OUT, manual_codings=None, progress: bool = False, **options) -> BuildResult:
    """Build ``raw_dir`` into ``out_dir`` (see :func:`bas_analysis.build.build`), without progress bars unless
    ``progress=True``: a library call stays quiet in scripts and notebooks; the command line shows them on a terminal."""
    return _build_stage(raw_dir, out_dir, manual_codings=manual_codings, progress=progress, **options)


__all__ = ["build", "BuildResult", "load", "Dataset", "BasError", "ProcessedDataMissing", "load_codebook", "compare", "orgs", "plots", "__version__"]
