"""The Dask runner's reading of what comes back: every task is a result, a Lost (retried alone by the
build, then a problem row) or the function's own error raised, whatever state its future arrives in.

A real cluster cannot be made to deliver a future in the state "lost" on demand (it happens when a
worker dies under load and the scheduler has not run the task again yet), so the futures here are
stand-ins with the states and methods of ``distributed.Future``; ``tests/test_dask.py`` runs a real cluster.

Local worker processes (:class:`fanout.ProcessRunner`) are real ones: a worker that dies on a page in the
build's second pass costs that page alone.
"""
from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

from bas_analysis import fanout, ingest
from benchmarks.pages import write_pages

distributed = pytest.importorskip("distributed")


class KilledWorker(Exception):
    """Named as distributed's own: the runner knows it by its name."""


class FakeFuture:
    def __init__(self, key: str, status: str, result=None, exception=None):
        self.key, self.status, self._result, self._exception = key, status, result, exception

    def result(self):
        return self._result

    def exception(self):
        if self.status != "error":  # distributed would wait for a result that may never come
            raise AssertionError(f"exception() asked of a future in state {self.status!r}")
        return self._exception


class FakeArrivals:
    def __init__(self, futures):
        self.futures = futures

    def next_batch(self, block=False):
        out, self.futures = self.futures, []
        return out


class FakeClient:
    loop = None

    def __init__(self, states):
        self.states = states

    def submit(self, fn, *task, pure=False):
        status, value = self.states[task[0]]
        if status == "finished":
            return FakeFuture(task[0], status, result=value)
        return FakeFuture(task[0], status, exception=value)


def runner_with(states, monkeypatch) -> fanout.DaskRunner:
    runner = object.__new__(fanout.DaskRunner)  # no cluster: the client is a stand-in
    runner.client, runner.workers = FakeClient(states), 1
    made = []
    monkeypatch.setattr(distributed, "as_completed", lambda futures, loop=None: made.append(FakeArrivals(list(futures))) or made[-1])
    return runner


def test_every_state_a_future_arrives_in_is_a_result_or_a_lost_task(monkeypatch):
    states = {"ok": ("finished", 42), "gone": ("lost", None), "dead": ("error", KilledWorker("worker died")),
              "stop": ("cancelled", None)}
    out = runner_with(states, monkeypatch).map(lambda name: name, [("ok",), ("gone",), ("dead",), ("stop",)])
    assert out[0] == 42
    assert [type(o) for o in out[1:]] == [fanout.Lost] * 3
    assert "lost" in out[1].reason and "KilledWorker" in out[2].reason and "cancelled" in out[3].reason


def test_the_functions_own_error_is_raised(monkeypatch):
    runner = runner_with({"bug": ("error", ZeroDivisionError("a bug"))}, monkeypatch)
    with pytest.raises(ZeroDivisionError, match="a bug"):
        runner.map(lambda name: name, [("bug",)])


# ------------------------------------------------------------------ local worker processes
# Module-level functions: the workers (forked, or started from the test run's forkserver) find them by name.
KILLER = "page_00004.txt"


def redact_or_die(items, names, budget):
    """The build's second pass, except that a worker given the page :data:`KILLER` ends at once."""
    build = importlib.import_module("bas_analysis.build")  # the module (the package's `build` is its function)

    if any(build._item_file(item) == KILLER for item in items):
        os._exit(13)
    return build.redact_and_code(items, names, budget)


def _redact(items, names, budget):
    return importlib.import_module("bas_analysis.build").redact_and_code(items, names, budget)


def second_pass(run, fn, folder: Path) -> list:
    """Read, parse, redact and code the pages of ``folder`` through ``run`` as the build does, in chunks of 3:
    per page its problem reason or its documents row."""
    build = importlib.import_module("bas_analysis.build")

    items = [(i, path.name, path) for i, path in enumerate(sorted(folder.iterdir()))]
    stash = run.stash_dir()  # local workers leave the parsed pages on disk for the second pass, as in a build
    reads = [r for chunk in run.map(build.read_and_parse, [(items[i : i + 3], None, stash) for i in range(0, len(items), 3)])
             for r in chunk]
    pages = [r.stashed or (r.result, r.doc) for r in reads]
    assert all(isinstance(page, build._Stashed) for page in pages) == (stash is not None)
    shared = run.share(frozenset().union(*(r.names for r in reads)))
    lost = lambda task, reason: build._Tables(build._item_file(task[0][0]), problem=ingest.Problem(build._item_file(task[0][0]), "build", reason))  # noqa: E731
    results = fanout.run_isolated(run, fn, [(pages[i : i + 3], shared, None) for i in range(0, len(pages), 3)],
                                  lambda task: [([item], *task[1:]) for item in task[0]], lost)
    rows = []
    for chunk in results:
        documents = iter([row for t in chunk if t.columns for row in t.columns["documents"].to_pylist()])
        rows += [t.problem.reason if t.problem else next(documents) for t in chunk]
    return rows


def test_a_page_that_kills_its_local_worker_in_the_second_pass_is_set_aside_and_the_rest_come_out_as_in_a_serial_run(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, 9)
    with fanout.ProcessRunner(2) as run:
        rows = second_pass(run, redact_or_die, raw)
    serial_rows = second_pass(fanout.SerialRunner(), _redact, raw)
    killed = sorted(raw.iterdir()).index(raw / KILLER)
    assert "stopped unexpectedly" in rows[killed]
    # every other page, also the two that shared the killer's chunk and were run again one by one, as a serial run makes it
    assert rows[:killed] + rows[killed + 1 :] == serial_rows[:killed] + serial_rows[killed + 1 :]
    assert isinstance(serial_rows[killed], dict) and serial_rows[killed]["source_file"] == KILLER


def test_reading_redacting_and_coding_pages_leaves_no_reference_cycles(tmp_path):
    """Workers run with the collector's batch thresholds (:data:`fanout.GC_THRESHOLDS`): its full passes are
    rare, so what a page leaves in reference cycles (its words, the page text their matches hold) piles up
    until one comes. A 10,000-page build's workers held ~80 MiB more each when redaction's words pointed at
    themselves. Every object a page's work makes must go by reference counting alone."""
    import gc
    import sys

    import bas_analysis.build  # noqa: F401 - the module, not the function the package exports

    build = sys.modules["bas_analysis.build"]
    write_pages(tmp_path, 12)
    pages = sorted(tmp_path.iterdir()) + sorted((Path(__file__).resolve().parents[1] / "data" / "raw").iterdir())
    build.warm_up()
    reads = build.read_and_parse([(i, p.name, p) for i, p in enumerate(pages)], None)  # caches filled once
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        reads = build.read_and_parse([(i, p.name, p) for i, p in enumerate(pages)], None)
        names = frozenset().union(*[r.names for r in reads if r.names])
        tables = build.redact_and_code([(r.result, r.doc) for r in reads if r.doc is not None], ("value", "t", names), None)
        assert len(tables) == len(pages)
        del reads, tables
        gc.collect()
        ours = [o for o in gc.garbage if type(o).__module__.startswith("bas_analysis")]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert not ours, f"{len(ours)} objects of ours left in cycles, e.g. {sorted({type(o).__qualname__ for o in ours})[:5]}"


_PRELOADED: list[str] = []


def _preloaded(_) -> list[str]:
    return list(_PRELOADED)


def test_a_runner_preloads_beside_its_workers_and_forks_the_next_ones_after_it():
    """The build loads the second pass's codebook in the parent while the first pass runs (``preload``): the
    workers of the running pass go on meanwhile, and ``fresh`` waits for it, so the new workers share it."""
    import threading

    started, release = threading.Event(), threading.Event()

    def load():
        started.set()
        release.wait(30)
        _PRELOADED.append("codebook")

    try:
        with fanout.ProcessRunner(2, context="fork", warm="read") as run:
            run.preload(load)
            assert started.wait(30)
            assert run.map(_preloaded, [(1,), (2,)]) == [[], []]  # the workers work while it loads
            release.set()
            run.fresh(warm="read")
            assert run.map(_preloaded, [(1,), (2,)]) == [["codebook"], ["codebook"]]
    finally:
        release.set()
        _PRELOADED.clear()


def test_a_failing_preload_is_raised_before_new_workers_start():
    from bas_analysis.errors import BasError

    def load():
        raise BasError("codebook.yaml: not valid (simulated)")

    with fanout.ProcessRunner(2, context="fork", warm="read") as run:
        run.preload(load)
        with pytest.raises(BasError, match="simulated"):
            run.fresh(warm="read")
        assert run.pool is None
    serial = fanout.SerialRunner()
    with pytest.raises(BasError, match="simulated"):
        serial.preload(load)
