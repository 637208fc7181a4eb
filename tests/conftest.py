"""Shared fixtures, the order of the run, and pytest-xdist glue.

How to use the shared build and batch (new tests: please do, a build or a report batch of your own costs
seconds to minutes of everybody's ``make test``):

- ``seed_build`` (session): ``bas.load()`` of a build of the five seed pages (data/raw). Read only.
- ``corpus.seeds_build(tmp_path_factory)`` / ``corpus.full_build(tmp_path_factory)``: the folders (raw, processed)
  of the seed build and of seeds + every page of ../shared/corpus; made once per run, also across xdist workers.
  Read only: a test that changes a build makes its own in ``tmp_path``.
- ``rendered_batch`` (session): ONE report batch for every report, privacy, fuzz and browser test: the seed pages
  plus the planted pages of tests/hostile.py (personal data for Region Örebro län, hostile answers for Gävleborg
  and Västernorrland, URLs for Jämtland Härjedalen), built once and rendered once (national overview, index,
  method page and the regions of ``RENDERED_REGIONS``), with ../shared/gold when it is there. See
  :class:`RenderedBatch` for its fields. Read only: a test that must change notebooks or reports renders its own
  (and is marked ``slow``). A test needing one more region or page adds it here, not a batch of its own.
- Folders shared between xdist workers are made under :func:`shared_root` behind a file lock
  (:func:`shared_folder`): the first worker makes them, the others wait and read.

Order of the run (``pytest_collection_modifyitems``): fast tests first, then ``slow`` ones (notebooks,
subprocesses; the heaviest of them first, see ``SLOW_WEIGHTS``), the ``browser`` tests last. Mark a test that executes a notebook or starts a browser ``slow``
(and ``browser``); ``-m "not slow"`` must stay fast. Under pytest-xdist (``make test`` runs ``-n 2``) the
hardening tally (tests/hostile.py) of every worker is printed by the controller.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import multiprocessing

import pandas as pd
import pytest

from bas_analysis.report.render import decline_iri_grammars

# The test processes are the package's own: no test reads an "iri" format, and every worker would otherwise spend
# over a second importing nbformat (bas_analysis.report.render.decline_iri_grammars).
decline_iri_grammars()

# Processes forked for the tests (build worker pools, the fault-injection builds) start from a forkserver that has
# loaded what a build needs once (tests/forkchild.py), not each from scratch.
multiprocessing.set_forkserver_preload(["forkchild"])


def start_forkserver() -> None:
    """Start this process's forkserver (once) with tests/ on its path, so that its preload finds tests/forkchild.py
    (Python 3.11's forkserver does not take over the caller's ``sys.path``; a preload it cannot import is skipped
    silently, and every child would load the build's data itself)."""
    from multiprocessing import forkserver

    server = forkserver._forkserver
    if server._forkserver_pid is not None:
        return
    here = str(Path(__file__).resolve().parent)
    before = os.environ.get("PYTHONPATH")
    os.environ["PYTHONPATH"] = here if not before else here + os.pathsep + before
    try:
        server.ensure_running()
    finally:
        if before is None:
            del os.environ["PYTHONPATH"]
        else:
            os.environ["PYTHONPATH"] = before


def pytest_sessionstart(session):
    # under pytest-xdist a build of many files forks its workers from the forkserver (the worker runs threads):
    # start it now, in the background, while the first tests run
    if os.environ.get("PYTEST_XDIST_WORKER"):
        start_forkserver()

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


# --- folders shared by the whole run, also across pytest-xdist workers ---------------------------------------

def shared_root(tmp_path_factory) -> Path:
    """A folder every worker of this run sees: the run's base temp (its parent under pytest-xdist)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def shared_folder(tmp_path_factory, name: str, make) -> tuple[Path, bool]:
    """``shared_root/name``, made once per run by ``make(folder)`` behind a file lock; (folder, made here)."""
    from filelock import FileLock

    root = shared_root(tmp_path_factory)
    folder = root / name
    with FileLock(str(root / f"{name}.lock")):
        done = folder / ".made"
        if done.exists():
            return folder, False
        folder.mkdir(parents=True, exist_ok=True)
        make(folder)
        done.write_text("ok\n", encoding="utf-8")
    return folder, True


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The processed tables of a build of the bundled seed pages (data/raw), made once per run."""
    import bas_analysis as bas
    from corpus import seeds_build

    return bas.load(seeds_build(tmp_path_factory).out_dir)


# --- one rendered report batch for every test that reads reports (report, privacy, fuzz, browser) --------------

RENDERED_REGIONS = ["08", "06", "10", "14"]  # Kalmar (coded), Jönköping (texts, municipalities), Blekinge (nothing),
# Västra Götaland (only a page about the national work names it)
# the planted pages of tests/hostile.py and their regions: personal data (Örebro), hostile answers (Gävleborg, and
# Västernorrland as HTML), URLs in answers (Jämtland Härjedalen)
PLANTED_PAGES = {
    "pii-orebro.txt": "pii_page", "hostile-gavleborg.txt": "hostile_page",
    "hostile-vasternorrland.html": "hostile_html_page", "url-jamtland.txt": "url_page",
}
PLANTED_REGIONS = ["18", "21", "22", "23"]


@dataclass
class RenderedBatch:
    """The report set rendered once per run (see :func:`rendered_batch`).

    ``raw``: the seed pages and the planted pages; ``processed``: their build; ``out``: the reports
    (index.html, metod.html, nationell-oversikt.html, region-XX.html, notebooks/, tabeller/, .state.json);
    ``code``: the exit code of the batch; ``gold``: the gold file given to it, or None;
    ``regions``: the regions rendered.
    """

    root: Path
    raw: Path
    processed: Path
    out: Path
    code: int
    gold: Path | None
    regions: list[str]


def _plant(raw: Path) -> Path:
    import hostile

    hostile.copy_seed(raw)
    for name, page in PLANTED_PAGES.items():
        (raw / name).write_text(getattr(hostile, page)(), encoding="utf-8")
    return raw


@pytest.fixture(scope="session")
def shared_build(tmp_path_factory):
    """The build of the seed and planted pages (``corpus.Built``: raw_dir, out_dir) that ``rendered_batch`` renders.

    Tests that read only the tables use this one: they do not wait for the notebooks.
    """
    from corpus import _shared_build

    return _shared_build(tmp_path_factory, "shared", _plant)


def _gold() -> Path | None:
    gold = Path(__file__).resolve().parents[2] / "shared" / "gold" / "codings.csv"
    return gold if gold.is_file() else None


@pytest.fixture(scope="session")
def rendered_batch(tmp_path_factory, shared_build) -> RenderedBatch:
    """The national overview and the region reports of the seed and planted pages, rendered once per run.

    Shared by the report, privacy, fuzz and browser tests (read only: a test that changes notebooks or
    reports renders its own).
    """
    from bas_analysis import report

    regions = RENDERED_REGIONS + PLANTED_REGIONS

    def render(root: Path) -> None:
        code = report.run_reports(regions, False, 2, root / "reports", False, shared_build.out_dir, shared_build.raw_dir,
                                  300, False, gold=_gold())
        (root / "code").write_text(str(code), encoding="utf-8")

    root, _ = shared_folder(tmp_path_factory, "rendered", render)
    code = int((root / "code").read_text(encoding="utf-8"))
    return RenderedBatch(root, shared_build.raw_dir, shared_build.out_dir, root / "reports", code, _gold(), regions)


# --- the order of the run: fast tests first, slow next, the browser last -----------------------------------------

# Rough seconds of the heaviest slow tests on an idle 2-core machine (``--durations``, measured again for issue 12):
# among the slow tests the heaviest go first, so that under pytest-xdist the two workers finish together instead of
# one of them running a 30-second test alone at the end. A test not listed weighs 0 and keeps its place after the
# listed ones. pytest-xdist gives each worker its next test while the current one runs, so a long test queued behind
# another long one waits even when the other worker is idle: the run must end on short tests (the browser tests
# are weighed among themselves the same way, heaviest first).
# The first slow test makes the shared ``rendered_batch`` (about 30 s); the tests right after it do not need the
# batch, so that the other worker has their work to do meanwhile instead of waiting for the batch's file lock; the
# tests that read the batch come later (``test_reports_on_a_dask_cluster``, about 20 s, is weighed below the first
# four for that reason).
MAKES_THE_BATCH = 1000
SLOW_WEIGHTS = {
    "test_report_incremental.py::test_rebuild_renders_nothing": MAKES_THE_BATCH,
    "test_hardening_faults.py::test_report_run_interrupted": 24,
    "test_hardening_fuzz.py::test_build_accounts_for_every_file": 20,
    "test_report.py::test_one_failing_region": 18,
    # the module's own report batch (regions 19, 20, 12), made by its first slow test; the other reads it later
    "test_safety_privacy.py::test_no_planted_item_reaches_notebooks_or_html": 17,
    "test_report_incremental.py::test_reports_on_a_dask_cluster": 16,  # reads the batch
    "test_review.py::test_review_notebook_runs": 10,
    "test_dask.py::": 9,
    "test_hardening_faults.py::test_two_builds_at_once": 8,
    "test_report.py::test_papermill_command_line": 8,
    "test_report.py::test_markup_in_answers": 6,
    "test_hardening_faults.py::test_build_killed_holding_the_lock": 4,
    "test_report.py::test_explore_notebook_runs": 4,
    "test_hardening_fuzz.py::test_parse_text_never_crashes": 4,
    "test_hardening_faults.py::test_build_killed_mid_write": 3,
    # the browser tests, last
    "test_browser.py::test_a_reader_goes_from_the_index": 14,
    "test_browser.py::test_at_200_percent_zoom": 12,
    "test_browser.py::test_every_figure_has": 6,
}


def _weight(item) -> int:
    nodeid = item.nodeid.rsplit("/", 1)[-1]
    return max((w for key, w in SLOW_WEIGHTS.items() if nodeid.startswith(key)), default=0)


def pytest_collection_modifyitems(session, config, items):
    def rank(item) -> tuple[int, int]:
        if item.get_closest_marker("browser"):
            return 2, -_weight(item)
        if item.get_closest_marker("slow"):
            return 1, -_weight(item)
        return 0, 0

    items.sort(key=rank)  # stable: files and tests keep their order within a rank (and weight)


# --- the hardening tally under pytest-xdist: workers send theirs, the controller prints the sum ------------------

def _stop_forkserver() -> None:
    """Stop this process's forkserver (tests/forkchild.py) and wait for it, so that it and the processes it forked
    are reaped here and counted in this run's CPU time (``/usr/bin/time``), not left to exit on their own."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    if getattr(server, "_forkserver_pid", None) is not None and hasattr(server, "_stop"):
        server._stop()


def pytest_sessionfinish(session):
    _stop_forkserver()
    hostile = sys.modules.get("hostile")
    if hostile is not None:
        hostile.close_chromium()  # the browser the browser tests shared (tests/hostile.py chromium())
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is None:
        return
    import hostile

    workeroutput["bas_tally"] = json.dumps({"counts": dict(hostile.TALLY.counts), "notes": hostile.TALLY.notes})


@pytest.hookimpl(optionalhook=True)  # a pytest-xdist hook: unknown when xdist is absent
def pytest_testnodedown(node, error):
    sent = getattr(node, "workeroutput", {}).get("bas_tally")
    if not sent:
        return
    import hostile

    tally = json.loads(sent)
    hostile.TALLY.counts.update(tally["counts"])
    hostile.TALLY.notes.extend(tally["notes"])
    manager = node.config.pluginmanager
    if not manager.is_registered(hostile.TALLY):
        manager.register(hostile.TALLY, "bas-hardening-tally")
