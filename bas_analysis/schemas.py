"""Schemas: the declared shape of every table the pipeline writes.

In:  a DataFrame about to be written (or just read).
Out: the same DataFrame, validated with pandera; a :class:`pandera.errors.SchemaError`
     naming the table and column when it does not fit. Codes are strings
     everywhere ("08", "0114"), never numbers.
"""
from __future__ import annotations

import pandas as pd
from pandera.pandas import Check, Column, DataFrameSchema

from .vocab import CONFIDENCE, VALUES  # noqa: F401  (VALUES re-exported for the schemas' users)
KINDS = ["questionnaire", "network_report", "project_description", "other"]
LEVELS = ["region", "municipality", "other"]

_code = Check.str_matches(r"^(\d{2}|\d{4})?$", error="an SCB code: 2 or 4 digits as text, or empty")
_wave = Column(pd.Int64Dtype(), Check.in_range(1990, 2100), nullable=True)
# How a page was placed in time (parse/waves.py): the evidence that set the
# year used, and its bounds (an empty wave_max: the page names no limit).
WAVE_SOURCES = ["page_date", "text_year", "questionnaire_generation", "none"]
_wave_source = Column(str, Check.isin(WAVE_SOURCES))


def _wave_within_bounds(frame: pd.DataFrame) -> pd.Series:
    """wave_min <= wave <= wave_max where known; no wave means source "none"."""
    wave, low, high = frame["wave"], frame["wave_min"], frame["wave_max"]
    ok = (low.isna() | wave.isna() | (low <= wave)) & (high.isna() | wave.isna() | (wave <= high))
    return (ok & (wave.isna() == frame["wave_source"].eq("none"))).fillna(False).astype(bool)


_wave_checks = [Check(_wave_within_bounds, error="wave_min <= wave <= wave_max, and wave_source 'none' exactly when there is no wave")]

DOCUMENTS = DataFrameSchema(
    {
        "doc_id": Column(str, unique=True),
        "source_file": Column(str),
        "kind": Column(str, Check.isin(KINDS)),
        "title": Column(str),
        "dates": Column(str),
        "page_date": Column(str, Check.str_matches(r"^(\d{4}-\d{2}-\d{2})?$")),
        "wave": _wave,
        "wave_source": _wave_source,
        "wave_min": _wave,
        "wave_max": _wave,
        "wave_evidence": Column(str),
        "generation": Column(str),
        "encoding": Column(str),
        "repaired": Column(bool),
        "n_chars": Column(int, Check.ge(0)),
        "n_respondents": Column(int, Check.ge(0)),
        "text": Column(str),
    },
    checks=_wave_checks,
    strict=True,
    coerce=True,
    name="documents",
)

RESPONDENTS = DataFrameSchema(
    {
        "respondent_id": Column(str, unique=True),
        "doc_id": Column(str),
        "kind": Column(str, Check.isin(KINDS)),
        "org_name": Column(str),
        "org_code": Column(str, _code),
        "level": Column(str, Check.isin(LEVELS)),
        "county_code": Column(str, Check.str_matches(r"^(\d{2})?$")),
        "sub_unit": Column(str),
        "wave": _wave,
        "wave_source": _wave_source,
        "wave_min": _wave,
        "wave_max": _wave,
        "match_method": Column(str),
        "match_score": Column(float, Check.in_range(0, 100)),
        "source_file": Column(str),
    },
    checks=_wave_checks,
    strict=True,
    coerce=True,
    name="respondents",
)

ANSWERS = DataFrameSchema(
    {
        "answer_id": Column(str, unique=True),
        "respondent_id": Column(str),
        "doc_id": Column(str),
        "question_id": Column(str, Check.str_matches(r"^(Q\d{2}|NR|P)$")),
        "question_text": Column(str),
        "section": Column(str),
        "position": Column(int, Check.ge(0)),
        "answer_text": Column(str),
    },
    strict=True,
    coerce=True,
    name="answers",
)

PROBLEMS = DataFrameSchema(
    {
        "file": Column(str),
        "stage": Column(str, Check.isin(["ingest", "parse", "match", "code", "build"])),
        "severity": Column(str, Check.isin(["error", "skipped", "warning"])),
        "reason": Column(str),
    },
    strict=True,
    coerce=True,
    name="problems",
)

CODINGS = DataFrameSchema(
    {
        "respondent_id": Column(str),
        "doc_id": Column(str),
        "org_code": Column(str, _code),
        "level": Column(str, Check.isin(LEVELS)),
        "wave": _wave,
        "indicator_id": Column(str),
        "indicator": Column(str),
        "value": Column(str),
        "evidence": Column(str),
        "rule_id": Column(str),
        "confidence": Column(str, Check.isin(CONFIDENCE)),
        "confidence_reason": Column(str),
        "source": Column(str, Check.isin(["rule", "manual"])),
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
