"""Schemas: the declared shape of every table the pipeline writes.

In:  a DataFrame about to be written (or just read).
Out: the same DataFrame, validated with pandera; a :class:`pandera.errors.SchemaError`
     naming the table and column when it does not fit. Codes are strings
     everywhere ("08", "0114"), never numbers.
"""
from __future__ import annotations

import pandas as pd
from pandera.engines import pandas_engine
from pandera.pandas import Check, Column, DataFrameSchema

from .vocab import CONFIDENCE, VALUES  # noqa: F401  (VALUES re-exported for the schemas' users)


class _Text(type(pandas_engine.Engine.dtype(str))):
    """pandera's text dtype (``str``: pandas' string dtype under pandas 3, Python strings in object columns before),
    answering its check for the whole column at once.

    pandera's own check answers element by element; on a column that passes, pandera then still collects the
    (empty) failure cases and formats them into a message nobody reads: about half of the validation of a small
    build. Same verdict here: a column passes exactly when every element passes pandera's own check; when one
    does not, pandera lists the offending elements itself.
    """

    def check(self, pandera_dtype, data_container=None):
        verdict = super().check(pandera_dtype, data_container)
        return verdict if isinstance(verdict, bool) else bool(pd.Series(verdict).all())


_TEXT = _Text()
KINDS = ["questionnaire", "network_report", "project_description", "other"]
LEVELS = ["region", "municipality", "other"]

_code = Check.str_matches(r"^(\d{2}|\d{4})?$", error="an SCB code: 2 or 4 digits as text, or empty")
_wave = Column(pd.Int64Dtype(), Check.in_range(1990, 2100), nullable=True)
# How a page was placed in time (parse/waves.py): the evidence that set the
# year used, and its bounds (an empty wave_max: the page names no limit).
WAVE_SOURCES = ["page_date", "text_year", "questionnaire_generation", "none"]
_wave_source = Column(_TEXT, Check.isin(WAVE_SOURCES))


def _wave_within_bounds(frame: pd.DataFrame) -> pd.Series:
    """wave_min <= wave <= wave_max where known; no wave means source "none"."""
    wave, low, high = frame["wave"], frame["wave_min"], frame["wave_max"]
    ok = (low.isna() | wave.isna() | (low <= wave)) & (high.isna() | wave.isna() | (wave <= high))
    return (ok & (wave.isna() == frame["wave_source"].eq("none"))).fillna(False).astype(bool)


_wave_checks = [Check(_wave_within_bounds, error="wave_min <= wave <= wave_max, and wave_source 'none' exactly when there is no wave")]

DOCUMENTS = DataFrameSchema(
    {
        "doc_id": Column(_TEXT, unique=True),
        "source_file": Column(_TEXT),
        "kind": Column(_TEXT, Check.isin(KINDS)),
        "title": Column(_TEXT),
        "dates": Column(_TEXT),
        "page_date": Column(_TEXT, Check.str_matches(r"^(\d{4}-\d{2}-\d{2})?$")),
        "wave": _wave,
        "wave_source": _wave_source,
        "wave_min": _wave,
        "wave_max": _wave,
        "wave_evidence": Column(_TEXT),
        "generation": Column(_TEXT),
        "encoding": Column(_TEXT),
        "repaired": Column(bool),
        "n_chars": Column(int, Check.ge(0)),
        "n_respondents": Column(int, Check.ge(0)),
        "text": Column(_TEXT),
    },
    checks=_wave_checks,
    strict=True,
    coerce=True,
    name="documents",
)

RESPONDENTS = DataFrameSchema(
    {
        "respondent_id": Column(_TEXT, unique=True),
        "doc_id": Column(_TEXT),
        "kind": Column(_TEXT, Check.isin(KINDS)),
        "org_name": Column(_TEXT),
        "org_code": Column(_TEXT, _code),
        "level": Column(_TEXT, Check.isin(LEVELS)),
        "county_code": Column(_TEXT, Check.str_matches(r"^(\d{2})?$")),
        "sub_unit": Column(_TEXT),
        "wave": _wave,
        "wave_source": _wave_source,
        "wave_min": _wave,
        "wave_max": _wave,
        "match_method": Column(_TEXT),
        "match_score": Column(float, Check.in_range(0, 100)),
        "source_file": Column(_TEXT),
    },
    checks=_wave_checks,
    strict=True,
    coerce=True,
    name="respondents",
)

ANSWERS = DataFrameSchema(
    {
        "answer_id": Column(_TEXT, unique=True),
        "respondent_id": Column(_TEXT),
        "doc_id": Column(_TEXT),
        "question_id": Column(_TEXT, Check.str_matches(r"^(Q\d{2}|NR|P)$")),
        "question_text": Column(_TEXT),
        "section": Column(_TEXT),
        "position": Column(int, Check.ge(0)),
        "answer_text": Column(_TEXT),
    },
    strict=True,
    coerce=True,
    name="answers",
)

PROBLEMS = DataFrameSchema(
    {
        "file": Column(_TEXT),
        "stage": Column(_TEXT, Check.isin(["ingest", "parse", "match", "code", "build"])),
        "severity": Column(_TEXT, Check.isin(["error", "skipped", "warning"])),
        "reason": Column(_TEXT),
    },
    strict=True,
    coerce=True,
    name="problems",
)

CODINGS = DataFrameSchema(
    {
        "respondent_id": Column(_TEXT),
        "doc_id": Column(_TEXT),
        "org_code": Column(_TEXT, _code),
        "level": Column(_TEXT, Check.isin(LEVELS)),
        "wave": _wave,
        "indicator_id": Column(_TEXT),
        "indicator": Column(_TEXT),
        "value": Column(_TEXT),
        "evidence": Column(_TEXT),
        "rule_id": Column(_TEXT),
        "confidence": Column(_TEXT, Check.isin(CONFIDENCE)),
        "confidence_reason": Column(_TEXT),
        "source": Column(_TEXT, Check.isin(["rule", "manual"])),
    },
    strict=True,
    coerce=True,
    name="codings",
)

SCHEMAS = {s.name: s for s in (DOCUMENTS, RESPONDENTS, ANSWERS, PROBLEMS, CODINGS)}


def empty(schema: DataFrameSchema) -> pd.DataFrame:
    """An empty table with the schema's columns and dtypes."""
    return pd.DataFrame({name: pd.Series(dtype=col.dtype.type if col.dtype else object) for name, col in schema.columns.items()})


def validate(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Validate ``frame`` against the schema of table ``name`` (tables without one pass as they are)."""
    schema = SCHEMAS.get(name)
    return schema.validate(frame, lazy=True) if schema is not None else frame


def warm_up() -> None:
    """Load what validating a table needs: pandera registers the backends of its checks (and imports their modules)
    at its first validation; a parallel build does this while its first pass runs, not after the last one."""
    validate(PROBLEMS.name, empty(PROBLEMS))
