"""Faults (issue 6, point 4): builds killed mid-write, builds racing, a report run interrupted.

Each fault is injected in a child process (tests/hostile.py, CHILD_BUILD): the
child runs ``bas_analysis.build`` with one hook that hangs at a chosen point of
``store.write_tables``; the test SIGKILLs it there and checks what is left.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import (  # noqa: E402
    REPO,
    copy_seed,
    folder_snapshot,
    questionnaire_page,
    report_cli,
    spawn_build,
    tally,  # noqa: F401  (fixture)
    wait_for,
)

from bas_analysis import build, load  # noqa: E402
from bas_analysis.store import TABLES  # noqa: E402

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def _extra_page() -> str:
    return questionnaire_page("Region Västernorrland")


@pytest.fixture
def two_raws(tmp_path):
    """The seed (the previous build's input) and the seed plus one more page (the new build's)."""
    old = copy_seed(tmp_path / "raw_old")
    new = copy_seed(tmp_path / "raw_new")
    (new / "zz_vasternorrland.txt").write_text(_extra_page(), encoding="utf-8")
    return old, new


def _assert_consistent(out: Path) -> dict:
    """A build folder that loads, whose counts add up and whose tables match its manifest."""
    data = load(out)
    counts = data.manifest["counts"]
    assert counts["files_seen"] == counts["parsed"] + counts["skipped"] + counts["failed"], counts
    assert counts["files_seen"] == len(data.manifest["inputs"])
    assert len(data.documents) == counts["parsed"]
    assert len(data.respondents) == counts["respondents"]
    assert len(data.answers) == counts["answers"]
    assert len(data.codings) == counts["codings"]
    assert len(data.problems) == counts["problems"]
    inputs = {item["file"] for item in data.manifest["inputs"]}
    assert set(data.documents["source_file"]) <= inputs
    assert set(data.problems["file"]) <= inputs
    return counts


def _kill(process: subprocess.Popen) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    process.communicate()


def _leftovers(parent: Path, name: str) -> list[str]:
    """Staging folders of unfinished builds, and anything written beside the output folder."""
    beside = [p.name for p in parent.iterdir() if p.name.startswith(f".{name}")]
    staging = [f"{name}/.builds/{p.name}" for p in (parent / name / ".builds").glob(".tmp-*")] if (parent / name / ".builds").is_dir() else []
    return sorted(beside + staging)


# Where the build is killed, and which build the folder must hold afterwards.
KILL_POINTS = [
    ("parquet", 1, "old"),  # first table half written
    ("parquet", 3, "old"),  # answers half written
    ("csv", 6, "old"),  # last CSV half written
    ("manifest", 1, "old"),  # every table written, manifest not
    ("fsync", 1, "old"),  # staging complete, not renamed into .builds/
    ("swap", 1, "old"),  # new build complete in .builds/, .current not yet switched
    ("links", 1, "new"),  # .current switched, top-level names not yet made
    ("prune", 1, "new"),  # new build in, old ones not yet removed
]


@pytest.mark.slow
@pytest.mark.parametrize("mode,arg,expect", KILL_POINTS, ids=[f"{m}{a}" for m, a, _ in KILL_POINTS])
def test_build_killed_mid_write_leaves_previous_build(tmp_path, two_raws, mode, arg, expect, tally):
    old_raw, new_raw = two_raws
    out = tmp_path / "processed"
    build(old_raw, out, progress=False)
    before = folder_snapshot(out)
    old_counts = _assert_consistent(out)

    child = spawn_build(new_raw, out, tmp_path / "marker", tmp_path / "log", mode, arg)
    where = wait_for(tmp_path / "marker", child)
    _kill(child)
    tally.add("faults injected: build SIGKILLed mid-write")

    data = load(out)  # load() only reads: whatever the kill left, .current points at one complete build
    counts = _assert_consistent(out)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["processed", "raw_old", "raw_new", "marker", "log"]), (
        "the build wrote beside its output folder"
    )
    if expect == "old":
        after = folder_snapshot(out)
        assert after.keys() == before.keys(), f"killed at {where}: files changed {sorted(set(after) ^ set(before))}"
        changed = [name for name in before if before[name] != after[name]]
        assert not changed, f"killed at {where}: previous build's files changed: {changed}"
        assert counts == old_counts
    else:
        assert counts["files_seen"] == old_counts["files_seen"] + 1
        assert "zz_vasternorrland.txt" in set(data.documents["source_file"])
    assert {f"{t}.parquet" for t in TABLES} | {f"{t}.csv" for t in TABLES} | {"manifest.json"} <= set(folder_snapshot(out))
    litter = _leftovers(tmp_path, "processed")
    if litter:
        tally.note(f"kill at {where}: left {litter} beside the build (nothing lost)")

    # The folder takes the next build (the lock the killed process held is free). Built here, in the test's
    # process (not the killed one): a third interpreter would only pay its start-up again.
    again = build(new_raw, out, progress=False)
    assert again.counts["files_seen"] == old_counts["files_seen"] + 1
    assert _assert_consistent(out)["files_seen"] == old_counts["files_seen"] + 1


def _intervals(log: Path) -> dict[int, tuple[float, float]]:
    """Per child: from its first to its last to_parquet (its time inside write_tables)."""
    spans: dict[int, list[float]] = {}
    for line in log.read_text().splitlines():
        pid, event, stamp = line.split()
        if event in ("start", "end"):
            spans.setdefault(int(pid), []).append(float(stamp))
    return {pid: (min(s), max(s)) for pid, s in spans.items()}


@pytest.mark.slow
def test_two_builds_at_once_take_turns(tmp_path, two_raws, tally):
    old_raw, new_raw = two_raws
    out = tmp_path / "processed"
    log = tmp_path / "log"
    for round_ in range(2):
        log.write_text("")
        first = spawn_build(old_raw, out, tmp_path / f"m{round_}a", log, "slow")
        second = spawn_build(new_raw, out, tmp_path / f"m{round_}b", log, "slow")
        for child in (first, second):
            _, err = child.communicate(timeout=180)
            assert child.returncode == 0, err.decode()[-3000:]
        tally.add("faults injected: concurrent builds (pairs)")
        spans = sorted(_intervals(log).values())
        assert len(spans) == 2, log.read_text()
        assert spans[0][1] <= spans[1][0], f"both builds were writing at once: {spans}"
        counts = _assert_consistent(out)
        assert counts["files_seen"] in (5, 6)
        assert _leftovers(tmp_path, "processed") == []


def _events(log: Path, pid: int, event: str) -> list[str]:
    return [line for line in log.read_text().splitlines() if line.split()[:2] == [str(pid), event]] if log.exists() else []


@pytest.mark.slow
def test_build_killed_holding_the_lock_lets_the_waiting_build_finish(tmp_path, two_raws, tally):
    old_raw, new_raw = two_raws
    out = tmp_path / "processed"
    build(old_raw, out, progress=False)
    holder = spawn_build(old_raw, out, tmp_path / "marker", tmp_path / "log", "fsync")
    wait_for(tmp_path / "marker", holder)
    waiter = spawn_build(new_raw, out, tmp_path / "marker2", tmp_path / "log", "none")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not _events(tmp_path / "log", waiter.pid, "lock-wait") and waiter.poll() is None:
        time.sleep(0.05)
    assert _events(tmp_path / "log", waiter.pid, "lock-wait"), "the second build never asked for the lock"
    time.sleep(1.5)
    assert waiter.poll() is None and not _events(tmp_path / "log", waiter.pid, "lock-held"), (
        "the second build took the lock held by the first"
    )
    _kill(holder)
    tally.add("faults injected: build SIGKILLed holding the lock")
    _, err = waiter.communicate(timeout=180)
    assert waiter.returncode == 0, err.decode()[-3000:]
    counts = _assert_consistent(out)
    assert counts["files_seen"] == 6, "the folder does not hold the build that waited"


def test_build_with_no_problems_writes_an_empty_problems_table(tmp_path):
    """A clean page that gives no warning at all: the problems table is empty, and valid (the fuzz test found it crashing)."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "kalmar.txt").write_text(questionnaire_page("Region Kalmar"), encoding="utf-8")
    result = build(raw, tmp_path / "out", progress=False)
    assert result.counts["problems"] == 0
    assert load(tmp_path / "out").problems.empty


def test_build_of_an_empty_raw_folder(tmp_path):
    (tmp_path / "raw").mkdir()
    result = build(tmp_path / "raw", tmp_path / "out", progress=False)
    assert result.counts["files_seen"] == 0
    assert load(tmp_path / "out").documents.empty


# --------------------------------------------------------------------------
# a report run interrupted and restarted
# --------------------------------------------------------------------------


def _state(reports: Path) -> dict:
    try:
        return json.loads((reports / ".state.json").read_text(encoding="utf-8")).get("reports", {})
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def _html_times(reports: Path) -> dict[str, int]:
    # the notebook reports only: index.html and metod.html are written by every run
    return {p.name: p.stat().st_mtime_ns for p in reports.glob("*.html") if p.name not in {"index.html", "metod.html"}}


@pytest.mark.slow
def test_report_run_interrupted_and_restarted_finishes_what_was_left(tmp_path, tmp_path_factory, tally):
    from corpus import seeds_build

    # a copy of the run's seed build (its manifest names the shared raw folder, read only), not a build of its own
    seeds = seeds_build(tmp_path_factory)
    raw, processed = seeds.raw_dir, tmp_path / "processed"
    shutil.copytree(seeds.out_dir, processed, symlinks=True)
    reports = tmp_path / "reports"
    regions = ["08"]  # two reports (the overview and a region): one kept at the kill, the other left
    expected = {"nationell-oversikt.html"} | {f"region-{code}.html" for code in regions}

    # One notebook at a time; SIGKILL the run (its whole process group) once the first has finished.
    first = subprocess.Popen(
        report_cli(processed, raw, reports, regions), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and first.poll() is None and not _state(reports):
        time.sleep(0.05)
    assert first.poll() is None, f"the report run ended before it could be interrupted: {first.communicate()[1].decode()[-2000:]}"
    assert _state(reports), "no report finished within 240 s"
    os.killpg(first.pid, signal.SIGKILL)
    first.wait(timeout=30)
    first.communicate()
    tally.add("faults injected: report run SIGKILLed after its first notebook")

    finished = {entry["html"] for entry in _state(reports).values() if entry["status"] == "ok"}
    assert finished and finished < expected, f"expected some but not all reports finished at the kill: {finished}"
    times = _html_times(reports)
    assert finished <= set(times)

    second = subprocess.run(report_cli(processed, raw, reports, regions), cwd=REPO, capture_output=True, text=True, timeout=600)
    assert second.returncode == 0, second.stdout[-2000:] + second.stderr[-3000:]
    after = _html_times(reports)
    assert set(after) == expected, f"expected {sorted(expected)}, got {sorted(after)}"
    rerendered = sorted(name for name in finished if after[name] != times[name])
    assert not rerendered, f"reports finished before the interruption were rendered again: {rerendered}"
    left = expected - finished
    assert f"{len(left)} rendered, {len(finished)} unchanged (skipped), 0 failed" in second.stdout, second.stdout
    state = _state(reports)
    assert {entry["html"] for entry in state.values() if entry["status"] == "ok"} == expected
    index = (reports / "index.html").read_text(encoding="utf-8")
    for name in expected:
        assert f'href="{name}"' in index, f"index.html does not link {name}"
    litter = sorted(p.name for p in reports.rglob(".*.tmp-*"))
    tally.note(
        f"report restart: {len(finished)} of {len(expected)} reports kept from the killed run, {len(left)} rendered on restart"
        + (f"; left behind: {litter}" if litter else "")
    )
