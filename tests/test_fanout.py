"""The Dask runner's reading of what comes back: every task is a result, a Lost (retried alone by the
build, then a problem row) or the function's own error raised, whatever state its future arrives in.

A real cluster cannot be made to deliver a future in the state "lost" on demand (it happens when a
worker dies under load and the scheduler has not run the task again yet), so the futures here are
stand-ins with the states and methods of ``distributed.Future``; ``tests/test_dask.py`` runs a real cluster.

Local worker processes (:class:`fanout.ProcessRunner`) are real ones: the pages they parse stay parked with
them between the build's passes, and a worker that dies on a page costs that page alone.
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

    if any(source == KILLER for *_, source in items):
        os._exit(13)
    return build.redact_and_code(items, names, budget)


def where_parked(value):
    handle = fanout.park(value)
    return handle[0], os.getpid(), fanout.unpark(handle) == value


def second_pass(run, fn, folder: Path) -> tuple[list, list]:
    """Read, parse, redact and code the pages of ``folder`` through ``run`` as the build does (chunks of 3):
    the handles of the parked pages, and per page its problem reason or its documents row."""
    build = importlib.import_module("bas_analysis.build")  # the module (the package's `build` is its function)

    items = [(i, path.name, path) for i, path in enumerate(sorted(folder.iterdir()))]
    first = run.map(build.read_and_parse, [(items[i : i + 3], None) for i in range(0, len(items), 3)])
    reads = [r for chunk in first for r in chunk]
    pages = [(*r.page, r.result.source_file) for r in reads]
    shared = run.share(frozenset().union(*(r.names for r in reads)))
    lost = lambda task, reason: build._Tables(task[0][0][2], problem=ingest.Problem(task[0][0][2], "build", reason))  # noqa: E731
    results = fanout.run_isolated(run, fn, [(chunk, shared, None) for chunk in build._by_handle(pages)],
                                  lambda task: [([item], *task[1:]) for item in task[0]], lost)
    rows = []
    for chunk in results:
        documents = [t.columns["documents"].to_pylist() for t in chunk if t.columns]
        documents = iter([row for part in documents for row in part])
        rows += [t.problem.reason if t.problem else next(documents) for t in chunk]
    return [handle for handle, *_ in pages], rows


def test_a_local_worker_parks_a_value_in_a_file_and_this_process_keeps_it(tmp_path):
    with fanout.ProcessRunner(2) as run:
        [(kind, pid, same)] = run.map(where_parked, [({"page": "text"},)])
        assert (kind, same) == ("file", True) and pid != os.getpid()
    handle = fanout.park({"page": "text"})  # this process: the value itself, no file
    assert handle == ("value", {"page": "text"}) and fanout.unpark(handle) == {"page": "text"}


def test_pages_parked_by_local_workers_come_back_and_one_that_kills_its_worker_is_set_aside(tmp_path):
    raw = tmp_path / "raw"
    write_pages(raw, 9)
    with fanout.ProcessRunner(2) as run:
        handles, rows = second_pass(run, redact_or_die, raw)
    assert {kind for kind, _ in handles} == {"file"}  # the pages stayed with the workers between the passes
    serial_handles, serial_rows = second_pass(fanout.SerialRunner(), _redact, raw)
    assert {kind for kind, _ in serial_handles} == {"value"}
    killed = sorted(raw.iterdir()).index(raw / KILLER)
    assert "stopped unexpectedly" in rows[killed]
    # every other page, also the two that shared the killer's chunk and were run again one by one, as a serial run makes it
    assert rows[:killed] + rows[killed + 1 :] == serial_rows[:killed] + serial_rows[killed + 1 :]
    assert isinstance(serial_rows[killed], dict) and serial_rows[killed]["source_file"] == KILLER


def _redact(items, names, budget):
    build = importlib.import_module("bas_analysis.build")  # the module (the package's `build` is its function)

    return build.redact_and_code(items, names, budget)
