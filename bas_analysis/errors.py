"""Errors: every error the package raises on purpose, under one base class.

In:  nothing (imported by every stage).
Out: :class:`BasError` and one subclass per kind of failure a user can meet.
     The command line prints the message of a :class:`BasError` as one line
     (``bas-analysis <command>: <message>``) and exits with code 2; anything
     else is a bug and keeps its traceback. Like papermill's ``exceptions.py``.

Messages name the file or entry at fault and say what is wrong with it.
"""
from __future__ import annotations


class BasError(Exception):
    """Base class of the errors bas-analysis raises on purpose."""


class RawDirError(BasError):
    """The raw folder itself cannot be used (missing, not a folder)."""


class OutputDirError(BasError):
    """An output folder the package must not write into (it would destroy what it did not create)."""


class TimeBudgetExceeded(BasError):
    """One file took longer than its time budget in a stage; the file is set aside, the build goes on."""


class ProcessedDataMissing(BasError, FileNotFoundError):
    """No build was found where one was expected."""


class CodebookError(BasError, ValueError):
    """The codebook file is not valid; the message names the entry."""


class ManualCodingsError(BasError, ValueError):
    """A manual codings file cannot be used as a whole (one bad row is a problem, not an error)."""


class GoldFileError(BasError, ValueError):
    """A gold or second-coder file for the agreement command is not usable."""


class ParameterError(BasError, ValueError):
    """A parameter of a notebook, report or command is not valid (e.g. an unknown region code)."""


class ReportError(BasError):
    """A report batch cannot run (missing notebook, no kernel, …); single failed reports are outcomes, not errors."""


class QdaError(BasError, ValueError):
    """A REFI-QDA archive or codebook cannot be written or read (not valid against the vendored schema, no project.qde, …)."""
