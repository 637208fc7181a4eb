"""The Dask runner's reading of what comes back: every task is a result, a Lost (retried alone by the
build, then a problem row) or the function's own error raised, whatever state its future arrives in.

A real cluster cannot be made to deliver a future in the state "lost" on demand (it happens when a
worker dies under load and the scheduler has not run the task again yet), so the futures here are
stand-ins with the states and methods of ``distributed.Future``; ``tests/test_dask.py`` runs a real cluster.
"""
from __future__ import annotations

import pytest

from bas_analysis import fanout

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
