"""bas-analysis: support to barn som anhöriga across Sweden, as coded, comparable data.

    import bas_analysis as bas
    bas.build()                 # data/raw -> data/processed
    data = bas.load()           # documents, respondents, answers, codings, indicators, problems
"""
__version__ = "0.1.0"

from .build import build, BuildResult  # noqa: E402
from .errors import BasError, ProcessedDataMissing  # noqa: E402
from .store import Dataset, load  # noqa: E402
from .coding import load_codebook  # noqa: E402
from . import compare, orgs, plots  # noqa: E402

__all__ = ["build", "BuildResult", "load", "Dataset", "BasError", "ProcessedDataMissing", "load_codebook", "compare", "orgs", "plots", "__version__"]
