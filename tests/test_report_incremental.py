"""Incremental reports and reports on a Dask cluster.

A report's skip key comes from the content of the tables it reads, so a
rebuild of the same pages renders no report, and a changed answer of one
region renders that region and the national overview only. The keys are
checked on builds (fast); the slow tests render: they reuse the session's
rendered reports (conftest.py ``rendered_batch``) so that they render as few
notebooks as possible, and they count re-rendered reports from the batch's
summary and state, not times.
"""
from __future__ import annotations

import dataclasses
import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from bas_analysis import build, load, report
from conftest import RENDERED_REGIONS

ROOT = Path(__file__).resolve().parents[1]
SEED_RAW = ROOT / "data" / "raw"
KALMAR_FILE = "003_de1f3ebb09300a39.txt"
# one answer of Region Kalmar's questionnaire, and the same answer with a sentence more that codes the same
KALMAR_ANSWER = "Handlingsplan Barnrätt. Checklista som stöd till verksamheterna."
KALMAR_ANSWER_EDITED = "Handlingsplan Barnrätt. Checklista som stöd till verksamheterna och deras chefer."


def keys(data, processed: Path, out: Path, codes=RENDERED_REGIONS) -> dict[str, str]:
    return {job.name: job.key for job in report.plan_jobs(data, list(codes), out, processed, "kernel", 60)}


def edit_kalmar(raw: Path) -> None:
    page = raw / KALMAR_FILE
    text = page.read_text(encoding="utf-8")
    assert text.count(KALMAR_ANSWER) == 1
    page.write_text(text.replace(KALMAR_ANSWER, KALMAR_ANSWER_EDITED), encoding="utf-8")


def kalmar_values(data) -> list[tuple[str, str]]:
    codings = data.codings[data.codings["org_code"].eq("08") & data.codings["level"].eq("region")]
    return sorted(zip(codings["indicator"], codings["value"]))


# --- keys ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """The seed pages built twice into two folders, and once more with one answer of Kalmar changed."""
    base = tmp_path_factory.mktemp("keys")
    shutil.copytree(SEED_RAW, base / "raw")
    first = build(base / "raw", base / "first", progress=False)
    second = build(base / "raw", base / "second", progress=False)
    shutil.copytree(SEED_RAW, base / "edited_raw")
    edit_kalmar(base / "edited_raw")
    build(base / "edited_raw", base / "edited", progress=False)
    return base, first, second


def test_a_rebuild_of_the_same_pages_gives_the_same_keys(two_builds, tmp_path):
    base, _, _ = two_builds
    first, second = load(base / "first"), load(base / "second")
    assert first.manifest["built_at"] != second.manifest["built_at"] or first.manifest["build_id"] != second.manifest["build_id"]
    assert keys(first, base / "first", tmp_path) == keys(second, base / "second", tmp_path)


def test_a_changed_answer_changes_the_keys_of_its_region_and_the_overview_only(two_builds, tmp_path):
    base, _, _ = two_builds
    before, after = load(base / "first"), load(base / "edited")
    assert kalmar_values(before) == kalmar_values(after)  # the edit adds words, not a value
    old, new = keys(before, base / "first", tmp_path), keys(after, base / "edited", tmp_path)
    assert {name for name in old if old[name] != new[name]} == {"region-08", report.NATIONAL}


def test_a_changed_value_changes_the_reports_that_compare_with_it(two_builds, tmp_path):
    """A coded region's report compares it with every region's current values: a changed value of Kalmar
    is news in the report of another coded region, not in those of regions without codings (they are
    not compared); a changed text of a municipality is news only in its county's report."""
    base, _, _ = two_builds
    data = load(base / "first")
    codings = data.codings
    # Blekinge (10) coded like Kalmar, so that two regions are compared with each other
    kalmar = codings[codings["org_code"].eq("08") & codings["level"].eq("region")]
    blekinge = kalmar.assign(org_code="10", respondent_id=kalmar["respondent_id"] + "-10")
    data = dataclasses.replace(data, codings=pd.concat([codings, blekinge], ignore_index=True))
    old = keys(data, base / "first", tmp_path)

    codings = data.codings.copy()
    row = codings.index[codings["org_code"].eq("08") & codings["indicator"].eq("kva_codes")][0]
    codings.loc[row, "value"] = "no" if codings.loc[row, "value"] != "no" else "yes"
    changed = keys(dataclasses.replace(data, codings=codings), base / "first", tmp_path)
    assert {name for name in old if old[name] != changed[name]} == {"region-08", "region-10", report.NATIONAL}

    answers = data.answers.copy()
    mullsjo = data.respondents.loc[data.respondents["org_name"].str.contains("Mullsjö"), "respondent_id"].iloc[0]
    answers.loc[answers["respondent_id"].eq(mullsjo), "answer_text"] += " Mer text."
    changed = keys(dataclasses.replace(data, answers=answers), base / "first", tmp_path)
    assert {name for name in old if old[name] != changed[name]} == {"region-06", report.NATIONAL}  # Mullsjö is in Jönköpings län


# --- rendering -------------------------------------------------------------------------------


def state_of(out: Path) -> dict:
    return json.loads((out / ".state.json").read_text(encoding="utf-8"))["reports"]


def rendered_since(before: dict, out: Path) -> set[str]:
    """The reports whose state entry a batch rewrote since ``before`` (key or time of rendering)."""
    after = state_of(out)
    return {name for name, entry in after.items()
            if (before.get(name, {}).get("key"), before.get(name, {}).get("rendered_at")) != (entry["key"], entry["rendered_at"])
            or (out / entry["html"]).stat().st_mtime_ns != before.get(name, {}).get("_mtime")}


def snapshot(out: Path) -> dict:
    state = state_of(out)
    for entry in state.values():
        entry["_mtime"] = (out / entry["html"]).stat().st_mtime_ns
    return state


@pytest.mark.slow
def test_rebuild_renders_nothing_and_a_changed_page_renders_its_region_and_the_overview(rendered_batch, tmp_path, capsys):
    assert rendered_batch.code == 0
    raw, processed, out = tmp_path / "raw", tmp_path / "processed", tmp_path / "reports"
    shutil.copytree(rendered_batch.raw, raw)
    shutil.copytree(rendered_batch.out, out)  # the session's reports, made from another build of the same pages
    build(raw, processed, progress=False)
    before = snapshot(out)

    code = report.run_reports(RENDERED_REGIONS, False, 2, out, False, processed, raw, 300, False)
    assert code == 0
    assert "5 planned, 0 rendered, 5 unchanged (skipped), 0 failed" in capsys.readouterr().out
    assert rendered_since(before, out) == set()

    edit_kalmar(raw)  # the report command sees the raw page changed and builds first
    before = snapshot(out)
    code = report.run_reports(RENDERED_REGIONS, False, 2, out, False, processed, raw, 300, False)
    assert code == 0
    assert "5 planned, 2 rendered, 3 unchanged (skipped), 0 failed" in capsys.readouterr().out
    assert rendered_since(before, out) == {"region-08", report.NATIONAL}
    assert "deras chefer" in (out / "region-08.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_reports_on_a_dask_cluster_are_the_reports_of_a_local_run(rendered_batch, tmp_path, capsys):
    distributed = pytest.importorskip("distributed")
    out = tmp_path / "reports"
    shutil.copytree(rendered_batch.out, out)  # so the overview links the same regions as the local run's
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        code = report.run_reports(["08"], False, 2, out, True, rendered_batch.processed, rendered_batch.raw, 300,
                                  False, gold=rendered_batch.gold, scheduler=cluster.scheduler_address)
    assert code == 0
    assert "2 planned, 2 rendered, 0 unchanged (skipped), 0 failed" in capsys.readouterr().out
    for name in ("region-08", report.NATIONAL):
        # the notebook ran on a worker, on the copy of the build it was sent
        executed = (out / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8")
        assert re.search(r"bas-report-build-[0-9a-f]+", executed), name
        assert (out / f"{name}.html").read_bytes() == (rendered_batch.out / f"{name}.html").read_bytes(), name
