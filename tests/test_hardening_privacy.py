"""Personal data scan (issue 6, point 5).

A questionnaire page of Region Örebro län carries names (contact block, an
inline "Kontakta …", prose with a common first name, a surname alone, a
byline), phone numbers in several forms, e-mail addresses (plain and
obfuscated) and personal identity numbers with a valid Luhn digit (long,
short, 10 and 12 digits, samordningsnummer, "+" for over 100) in its intro,
answers and contact block (tests/hostile.py, pii_page). The seed pages and
this page are built and rendered (national overview + the region; the session's
shared build and batch of tests/conftest.py, which hold the other planted pages too), and every
table (CSV, Parquet read back), the manifest, the executed notebooks, the
logs and the HTML are searched for each planted item: none may be found.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import (  # noqa: E402
    PII,
    PII_REGION,
    html_texts,
    notebook_texts,
    other_texts,
    pii_page,
    pii_pattern,
    processed_texts,
    tally,  # noqa: F401  (fixture)
)

from bas_analysis import build, load  # noqa: E402

KNOWN_LEAKS: dict[str, str] = {}


def _params():
    return [
        pytest.param(kind, planted, id=item, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_LEAKS[item])] if item in KNOWN_LEAKS else [])
        for item, kind, planted in PII
    ]


@pytest.fixture(scope="module")
def planted(shared_build):
    """The session's shared build (tests/conftest.py): the seed pages, this page (pii-orebro.txt) and the other planted pages."""
    assert (shared_build.raw_dir / "pii-orebro.txt").read_text(encoding="utf-8") == pii_page()
    return dict(raw=shared_build.raw_dir, processed=shared_build.out_dir)


@pytest.fixture(scope="module")
def planted_reports(rendered_batch):
    """The session's rendered batch: national overview, index, method page and every region it renders, Örebro among them."""
    out = rendered_batch.out
    assert PII_REGION[0] in rendered_batch.regions
    assert rendered_batch.code == 0, f"report run failed: {sorted(p.name for p in (out / 'failed').glob('*'))}"
    return out


def _find(pattern, texts: dict[str, str]) -> dict[str, list[str]]:
    hits = {}
    for name, text in texts.items():
        found = [text[max(0, m.start() - 30): m.end() + 30] for m in pattern.finditer(text)]
        if found:
            hits[name] = found[:3]
    return hits


def test_the_planted_page_goes_through_the_pipeline(planted, tally):
    """The page is parsed as Region Örebro län's questionnaire, so the scans below are not vacuous."""
    data = load(planted["processed"])
    own = data.respondents[data.respondents["source_file"] == "pii-orebro.txt"]
    assert list(own["org_code"]) == [PII_REGION[0]] and list(own["kind"]) == ["questionnaire"]
    answers = data.answers[data.answers["respondent_id"].isin(own["respondent_id"])]
    assert len(answers) >= 13
    text = "\n".join(answers["answer_text"])
    for placeholder in ("[namn]", "[telefon]", "[e-post]", "[personnummer]"):
        assert placeholder in text, f"{placeholder} missing: the planted data did not reach the answers"
    tally.add("personal data items planted", len(PII))


@pytest.mark.parametrize("kind,planted_item", _params())
def test_no_personal_data_in_processed_tables(planted, kind, planted_item):
    texts = processed_texts(planted["processed"])
    assert {"answers.csv", "documents.csv", "manifest.json"} <= set(texts)
    hits = _find(pii_pattern(kind, planted_item), texts)
    assert not hits, f"{planted_item!r} found in the processed tables: {hits}"


@pytest.mark.slow
@pytest.mark.parametrize("kind,planted_item", _params())
def test_no_personal_data_in_notebooks_or_html(planted_reports, kind, planted_item):
    texts = {**html_texts(planted_reports), **notebook_texts(planted_reports), **other_texts(planted_reports)}
    hits = _find(pii_pattern(kind, planted_item), texts)
    assert not hits, f"{planted_item!r} found in the reports: {hits}"


@pytest.mark.slow
def test_the_region_report_shows_the_redacted_answers(planted_reports, tally):
    region = (planted_reports / f"region-{PII_REGION[0]}.html").read_text(encoding="utf-8")
    assert "[namn]" in region and "[telefon]" in region and "[e-post]" in region and "[personnummer]" in region
    notebooks = notebook_texts(planted_reports)
    assert any(name.endswith(f"region-{PII_REGION[0]}.ipynb") for name in notebooks), sorted(notebooks)
    scanned = len(html_texts(planted_reports)) + len(notebooks) + len(other_texts(planted_reports))
    tally.add("report files scanned for personal data", scanned)


NETWORK_PAGE = """Redovisning från deltagande kommuner

Borås stad – Sofia Lindgren
Vi har två barngrupper och erbjuder BRA-samtal till barn. Vi samverkar med Svenska kyrkan.

Uppsala kommun (Oskar Nyberg, 070-765 43 21)
Vi har grupper för barn i åldern 7-12 år och enskilda samtal med barn och unga.

Piteå
Vi fortsätter som tidigare med grupper för barn och unga och med samtal.

Publicerat 2021-05-04
"""


def test_no_personal_data_from_network_report_name_lines(tmp_path, tally):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "natverk.txt").write_text(NETWORK_PAGE, encoding="utf-8")
    build(raw, tmp_path / "processed", progress=False)
    tally.add("personal data items planted", 3)
    texts = processed_texts(tmp_path / "processed")
    for kind, item in (("name", "Sofia Lindgren"), ("name", "Oskar Nyberg"), ("phone", "070-765 43 21")):
        hits = _find(pii_pattern(kind, item), texts)
        assert not hits, f"{item!r} found in the processed tables: {hits}"
