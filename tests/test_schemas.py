"""The table schemas (bas_analysis/schemas.py): what ``schemas.validate`` rejects and what it hands on.

Every table a build writes passes ``schemas.validate`` first (store.write_tables); these tests pin its guarantees
on small synthetic tables: text columns come back as text (codes stay strings, numbers given for text become
their text), and a table with a missing value, a duplicate id, a value outside its vocabulary, a malformed code or
date, a wave outside its bounds, a missing or an extra column is refused with a SchemaError naming the table and
the column.
"""
from __future__ import annotations

import pandas as pd
import pytest
from pandera.errors import SchemaErrors

from bas_analysis import schemas


def _documents(**changes) -> pd.DataFrame:
    row = {
        "doc_id": "d1", "source_file": "a.txt", "kind": "questionnaire", "title": "Region Kalmar län",
        "dates": "2020-03-04", "page_date": "2020-03-04", "wave": 2020, "wave_source": "page_date",
        "wave_min": 2019, "wave_max": 2021, "wave_evidence": "Senast uppdaterad 2020-03-04", "generation": "",
        "encoding": "utf-8", "repaired": False, "n_chars": 120, "n_respondents": 1, "text": "Finns det barnombud?",
    }
    second = dict(row, doc_id="d2", source_file="b.txt", page_date="", dates="", wave=None, wave_source="none",
                  wave_min=None, wave_max=None)
    return _changed(pd.DataFrame([row, second]), changes)


def _respondents(**changes) -> pd.DataFrame:
    row = {
        "respondent_id": "d1:00", "doc_id": "d1", "kind": "questionnaire", "org_name": "Region Kalmar län",
        "org_code": "08", "level": "region", "county_code": "08", "sub_unit": "", "wave": 2020,
        "wave_source": "page_date", "wave_min": None, "wave_max": None, "match_method": "exact", "match_score": 100.0,
        "source_file": "a.txt",
    }
    return _changed(pd.DataFrame([row, dict(row, respondent_id="d1:01", org_code="0880", level="municipality")]), changes)


def _changed(frame: pd.DataFrame, changes: dict) -> pd.DataFrame:
    """``frame`` with the first row's ``changes`` (any value, whatever the column's type) and the waves as Int64."""
    for column, value in changes.items():
        frame[column] = frame[column].astype(object)
        frame.loc[0, column] = value
    for column in ("wave", "wave_min", "wave_max"):
        frame[column] = frame[column].astype("Int64")
    return frame


def _rejected(name: str, frame: pd.DataFrame) -> SchemaErrors:
    with pytest.raises(SchemaErrors) as info:
        schemas.validate(name, frame)
    assert name in str(info.value)
    return info.value


def _failed_columns(error: SchemaErrors) -> set[str]:
    return set(error.failure_cases["column"].dropna().astype(str))


def test_valid_tables_pass_and_text_columns_come_back_as_text():
    documents = schemas.validate("documents", _documents())
    respondents = schemas.validate("respondents", _respondents())
    for frame, schema in ((documents, schemas.DOCUMENTS), (respondents, schemas.RESPONDENTS)):
        assert list(frame.columns) == list(schema.columns)
        text = [name for name, column in schema.columns.items() if "str" in str(column.dtype)]
        assert "doc_id" in text and "org_code" not in set(schema.columns) - set(text)
        for name in text:
            assert frame[name].map(type).eq(str).all(), name
    assert respondents["org_code"].tolist() == ["08", "0880"]
    assert documents["wave"].dtype == "Int64"


def test_numbers_given_for_text_become_their_text():
    frame = _respondents(sub_unit=7, org_name=3.5)
    frame.loc[1, "org_name"] = "Kalmar kommun"
    checked = schemas.validate("respondents", frame)
    assert checked.loc[0, "sub_unit"] == "7" and checked.loc[0, "org_name"] == "3.5"
    assert checked["sub_unit"].map(type).eq(str).all() and checked["org_name"].map(type).eq(str).all()


@pytest.mark.parametrize("column", ["title", "text", "doc_id", "kind"])
def test_a_missing_text_value_is_refused(column):
    error = _rejected("documents", _documents(**{column: None}))
    assert column in _failed_columns(error)


def test_a_missing_code_is_refused():
    assert "org_code" in _failed_columns(_rejected("respondents", _respondents(org_code=None)))


def test_a_duplicate_id_is_refused():
    frame = _documents()
    frame.loc[1, "doc_id"] = "d1"
    assert "doc_id" in _failed_columns(_rejected("documents", frame))


@pytest.mark.parametrize("code", ["8", "108", "08 ", "Kalmar", 8, 880], ids=["text-8", "text-108", "trailing-space", "name", "number-8", "number-880"])
def test_a_malformed_or_numeric_code_is_refused(code):
    assert "org_code" in _failed_columns(_rejected("respondents", _respondents(org_code=code)))


def test_values_outside_the_vocabulary_are_refused():
    assert "kind" in _failed_columns(_rejected("documents", _documents(kind="brochure")))
    assert "level" in _failed_columns(_rejected("respondents", _respondents(level="county")))
    assert "wave_source" in _failed_columns(_rejected("respondents", _respondents(wave_source="guess")))
    codings = pd.DataFrame([{
        "respondent_id": "d1:00", "doc_id": "d1", "org_code": "08", "level": "region", "wave": 2020,
        "indicator_id": "R04", "indicator": "child_ombud", "value": "yes", "evidence": "Ja", "rule_id": "R04.yes",
        "confidence": "certain", "confidence_reason": "", "source": "rule",
    }]).astype({"wave": "Int64"})
    assert "confidence" in _failed_columns(_rejected("codings", codings))
    problems = pd.DataFrame([{"file": "a.txt", "stage": "parse", "severity": "fatal", "reason": "x"}])
    assert "severity" in _failed_columns(_rejected("problems", problems))


def test_a_malformed_date_a_question_id_and_a_negative_count_are_refused():
    assert "page_date" in _failed_columns(_rejected("documents", _documents(page_date="4 mars 2020")))
    assert "n_chars" in _failed_columns(_rejected("documents", _documents(n_chars=-1)))
    answers = pd.DataFrame([{
        "answer_id": "d1:00:Q01", "respondent_id": "d1:00", "doc_id": "d1", "question_id": "Q1",
        "question_text": "Finns det barnombud?", "section": "", "position": 0, "answer_text": "Ja",
    }])
    assert "question_id" in _failed_columns(_rejected("answers", answers))


def test_waves_outside_their_range_or_bounds_are_refused():
    assert "wave" in _failed_columns(_rejected("documents", _documents(wave=1890)))
    _rejected("documents", _documents(wave=2023))  # above wave_max 2021
    _rejected("documents", _documents(wave_source="none"))  # a wave, but source "none"
    frame = _documents()
    frame.loc[1, "wave_source"] = "page_date"  # no wave, but a source
    _rejected("documents", frame)


def test_a_missing_or_an_extra_column_is_refused():
    _rejected("documents", _documents().drop(columns=["title"]))
    _rejected("documents", _documents().assign(person="Anna Andersson"))


def test_tables_without_a_schema_pass_as_they_are():
    frame = pd.DataFrame({"a": [1, None]})
    assert schemas.validate("no such table", frame) is frame
