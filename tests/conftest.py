"""Shared fixtures: small synthetic codings tables and the seed build."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

INDICATOR_IDS = {
    "coordination": "R01", "steering_document": "R02", "steering_followup": "R03",
    "child_ombud": "R04", "child_ombud_count": "R04n", "journal_documentation": "R05",
    "kva_codes": "R06", "staff_training": "R07", "material_staff": "R08",
    "material_parents": "R09", "material_children": "R10", "special_initiatives": "R11",
    "compliance_followup": "R12", "mandate_children": "M01", "individual_support": "M02",
    "group_support": "M03", "methods": "M04", "target_conditions": "M05", "age_min": "M06",
    "age_max": "M06", "partners": "M07", "stage": "M08",
}
CODINGS_COLUMNS = [
    "respondent_id", "doc_id", "org_code", "level", "wave", "indicator_id",
    "indicator", "value", "evidence", "rule_id", "source",
]


def codings_table(respondents: list[dict]) -> pd.DataFrame:
    """A codings table from respondents written as dicts.

    Each dict: org_code, level, wave (None = undated), values {indicator: value};
    optional respondent_id (default "<doc_id>:00"), doc_id (default "d-<org>-<wave>").
    Evidence is "<org_code> <indicator> <value>" so tests can tell rows apart.
    """
    rows = []
    for respondent in respondents:
        wave = respondent.get("wave")
        doc_id = respondent.get("doc_id", f"d-{respondent['org_code']}-{wave}")
        respondent_id = respondent.get("respondent_id", f"{doc_id}:00")
        for indicator, value in respondent["values"].items():
            rows.append(
                {
                    "respondent_id": respondent_id,
                    "doc_id": doc_id,
                    "org_code": respondent["org_code"],
                    "level": respondent["level"],
                    "wave": wave,
                    "indicator_id": INDICATOR_IDS.get(indicator, "X"),
                    "indicator": indicator,
                    "value": value,
                    "evidence": f"{respondent['org_code']} {indicator} {value}",
                    "rule_id": f"{INDICATOR_IDS.get(indicator, 'X')}.test",
                    "source": "rule",
                }
            )
    table = pd.DataFrame(rows, columns=CODINGS_COLUMNS)
    table["wave"] = table["wave"].astype("Int64")
    for column in CODINGS_COLUMNS:
        if column != "wave":
            table[column] = table[column].astype(object)
    return table


@pytest.fixture
def make_codings():
    return codings_table


@pytest.fixture
def empty_codings():
    return codings_table([])


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The processed tables of a build of the bundled seed pages (data/raw), made once per session."""
    import bas_analysis as bas

    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    out = tmp_path_factory.mktemp("seed") / "processed"
    bas.build(raw, out, progress=False)
    return bas.load(out)


# --- one rendered report batch for every test that reads reports (notebooks and browser) -----------------

RENDERED_REGIONS = ["08", "06", "10", "14"]  # Kalmar (coded), Jönköping (texts, municipalities), Blekinge (nothing),
# Västra Götaland (only a page about the national work names it)


@dataclass
class RenderedBatch:
    """A report set rendered once per session from a copy of the seed pages (see :func:`rendered_batch`)."""

    root: Path
    raw: Path
    processed: Path
    out: Path
    code: int
    gold: Path | None


@pytest.fixture(scope="session")
def rendered_batch(tmp_path_factory) -> RenderedBatch:
    """The national overview and four region reports of the seed pages, with the gold file when ../shared has it.

    Rendered once per session and shared by the report and browser tests (read only: a test that changes
    notebooks or reports renders its own).
    """
    import shutil

    from bas_analysis import build, report

    root = tmp_path_factory.mktemp("rendered")
    raw = root / "raw"
    shutil.copytree(Path(__file__).resolve().parents[1] / "data" / "raw", raw)
    processed = root / "processed"
    build(raw, processed, progress=False)
    gold = Path(__file__).resolve().parents[2] / "shared" / "gold" / "codings.csv"
    gold = gold if gold.is_file() else None
    out = root / "reports"
    code = report.run_reports(RENDERED_REGIONS, False, 2, out, False, processed, raw, 300, False, gold=gold)
    return RenderedBatch(root, raw, processed, out, code, gold)
