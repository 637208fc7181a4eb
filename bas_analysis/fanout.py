"""Fan-out: run a build's per-document work in this process, in local worker processes, or on a Dask cluster.

In:  a function and a list of tasks (tuples of its arguments), from
     :mod:`bas_analysis.build`; how to run them (``jobs``, a Dask scheduler
     address or the ``BAS_SCHEDULER`` environment variable).
Out: one result per task, in the order of the tasks (so tables do not depend
     on which worker finished first), or a :class:`Lost` for a task whose run
     failed outside the function: its worker process died, it ran past its
     deadline, or the cluster gave up on it. :func:`run_isolated` runs the
     items of lost tasks again one by one, so a file that kills its worker
     is named and set aside while every other file is kept.

Three runners share one interface (``map``, ``share``, ``stash_dir``, ``preload``, ``fresh``, ``remote``, ``close``):

- :class:`SerialRunner`: this process, one task after the other (``jobs=1``
  or a small build);
- :class:`ProcessRunner`: a pool of local processes
  (:class:`concurrent.futures.ProcessPoolExecutor`); a task runs in a
  worker's main thread, so the per-file time budget interrupts it as it does
  in a serial build; a worker that dies or hangs is replaced;
- :class:`DaskRunner`: a ``dask.distributed`` cluster; the tasks carry the
  files' bytes, not their paths, because workers on other machines do not see
  this machine's disk. Dask is imported only here, only when asked for.

A function's own exception (a bug) is raised here as it would be in a serial
run; only failures of the machinery become :class:`Lost`.
"""
from __future__ import annotations

import gc
import hashlib
import math
import multiprocessing
import os
import pickle
import tempfile
import threading
import time
from concurrent.futures import FIRST_COMPLETED, CancelledError, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

SCHEDULER_ENV = "BAS_SCHEDULER"
# below this many files a build runs in its own process: starting workers costs more than it saves
MIN_FILES_FOR_PROCESSES = 24
# items per task: small enough to spread the work evenly, large enough that a task is worth sending
MAX_CHUNK = 40
TASKS_PER_WORKER = 6
# seconds a task may run beyond its items' time budgets before its worker is stopped
DEADLINE_MARGIN = 60.0


@dataclass
class Lost:
    """A task that did not come back: why (the worker died, ran past its deadline, the cluster gave up)."""

    reason: str


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def chunks(items: list, workers: int) -> list[list]:
    """``items`` in consecutive chunks, about :data:`TASKS_PER_WORKER` per worker, at most :data:`MAX_CHUNK` items each."""
    if not items:
        return []
    size = max(1, min(MAX_CHUNK, math.ceil(len(items) / (max(1, workers) * TASKS_PER_WORKER))))
    return [items[i : i + size] for i in range(0, len(items), size)]


# ------------------------------------------------------------------ shared values
# A value every task needs (the build's contact names) is sent once, not with every task:
# ("value", digest, value) in this process, ("file", digest, path) for local workers (a pickle in a
# temporary folder, read once per worker), ("value", digest, future) on Dask (scattered to every
# worker; Dask hands the task the value in the future's place).
_RESOLVED: dict[str, object] = {}


def resolve(handle) -> tuple[object, str]:
    """(value, digest) of what a runner's ``share`` gave: read once per worker process, then remembered."""
    kind, digest, content = handle
    if kind == "file":
        if digest not in _RESOLVED:
            _RESOLVED.clear()
            _RESOLVED[digest] = pickle.loads(Path(content).read_bytes())
        return _RESOLVED[digest], digest
    return content, digest


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:20]


# ------------------------------------------------------------------ the garbage collector
# A build makes many objects that live to its end (caches of the sentences read and their words: hundreds of
# thousands) and few reference cycles. With the collector's default thresholds (700, 10, 10) it walks them
# again and again, a tenth of a build's CPU; with these it runs about 40 times less often.
GC_THRESHOLDS = (20_000, 20, 20)


@contextmanager
def batch_gc():
    """The garbage collector's thresholds for a batch (:data:`GC_THRESHOLDS`) while it runs, then as they were."""
    previous = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def _init_worker() -> None:
    """Run by each local worker process as it starts (forked or not): the collector's batch thresholds."""
    gc.set_threshold(*GC_THRESHOLDS)


# ------------------------------------------------------------------ runners
class SerialRunner:
    """Every task in this process, in order."""

    remote = False
    workers = 1

    def share(self, value):
        return ("value", _digest(pickle.dumps(value)), value)

    def stash_dir(self) -> str | None:
        """A folder where a task can leave results for a later task instead of sending them back (local workers
        share this machine's disk); None when results stay in this process or workers are elsewhere."""
        return None

    def map(self, fn: Callable, tasks: list[tuple], deadline: Callable[[tuple], float] | None = None, done=None,
            release: bool = False) -> list:
        """One result per task, in order. ``release``: the entry of ``tasks`` (the caller's list) of a task whose
        result came back is set to None, so its arguments (a chunk of pages) are freed while the rest run;
        a lost task keeps its entry, to be run again."""
        out = []
        for i, task in enumerate(tasks):
            out.append(fn(*task))
            if done:
                done(task)
            if release:
                tasks[i] = task = None
        return out

    def preload(self, load: Callable[[], object]) -> None:
        """Run ``load`` in this process before the next workers start: here, at once (no workers of this process's).

        A :class:`ProcessRunner` runs it in a thread while its workers work, and waits for it before it forks new
        ones (:meth:`fresh`, a replaced pool), so they share what it loaded; its error is raised there."""
        load()

    def fresh(self, warm: str | None = None) -> None:
        """Let the workers go and start new ones (what a pass left in their memory goes with them); ``warm``:
        what they load as they start (:func:`bas_analysis.build.warm_up`'s stage)."""

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _warm(stage: str = "all") -> int:
    """Load what every task of the pass needs once per worker (nothing to do when forked from a process that has it)."""
    import importlib

    importlib.import_module(f"{__package__}.build").warm_up(stage)
    return os.getpid()


class ProcessRunner(SerialRunner):
    """Tasks in a pool of ``jobs`` local processes; a dead or stuck worker is replaced and its tasks are :class:`Lost`."""

    def __init__(self, jobs: int, context: str | None = None, warm: str = "all"):
        self.workers = jobs
        self.warm = warm
        self._preload: tuple[threading.Thread, list] | None = None
        if context is None:
            methods = multiprocessing.get_all_start_methods()
            # fork shares what this process has loaded (codebook, name data); with other threads running
            # (but tqdm's monitor, which holds no lock a worker needs) it is unsafe
            others = [t for t in threading.enumerate() if t is not threading.current_thread() and t.name != "tqdm_monitor"]
            context = "fork" if "fork" in methods and not others else "forkserver" if "forkserver" in methods else "spawn"
        self.context = multiprocessing.get_context(context)
        self.tmp = tempfile.TemporaryDirectory(prefix="bas-build-")
        self.pool: ProcessPoolExecutor | None = None
        self._start()

    def _start(self) -> None:
        self._join_preload()  # never fork while a thread of this process is loading (half-made modules, held locks)
        self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=self.context, initializer=_init_worker)
        # start the workers now (before progress bars start a thread) and load what they need. Forked workers
        # share this process's memory until they write to it; what is loaded by now (codebook, name data,
        # lemmatiser dictionaries: millions of objects) is kept out of their garbage collector's full passes,
        # which would walk all of it, and copy every page they touch, for nothing
        freeze = self.context.get_start_method() == "fork"
        if freeze:
            gc.freeze()
        try:
            for future in [self.pool.submit(_warm, self.warm) for _ in range(self.workers)]:
                future.result()
        finally:
            if freeze:
                gc.unfreeze()

    def _stop(self) -> None:
        """Stop the pool at once, its workers killed (one is dead or stuck)."""
        if self.pool is None:
            return
        for process in list(getattr(self.pool, "_processes", {}).values()):
            try:
                process.kill()
            except Exception:  # noqa: BLE001 - already gone
                pass
        self.pool.shutdown(wait=True, cancel_futures=True)
        self.pool = None

    def stash_dir(self) -> str | None:
        folder = Path(self.tmp.name) / "stash"
        folder.mkdir(exist_ok=True)
        return str(folder)

    def preload(self, load) -> None:
        self._join_preload()
        error: list = []

        def run() -> None:
            try:
                load()
            except BaseException as exc:  # noqa: BLE001 - raised in the thread that waits for it
                error.append(exc)

        thread = threading.Thread(target=run, name="bas-preload", daemon=True)
        self._preload = (thread, error)
        thread.start()

    def _join_preload(self, raise_error: bool = True) -> None:
        if self._preload is None:
            return
        thread, error = self._preload
        thread.join()
        self._preload = None
        if error and raise_error:
            raise error[0]

    def fresh(self, warm: str | None = None) -> None:
        if warm is not None:
            self.warm = warm
        if self.pool is not None:
            self.pool.shutdown(wait=True)
            self.pool = None
        self._start()

    def share(self, value):
        data = pickle.dumps(value)
        digest = _digest(data)
        path = Path(self.tmp.name) / f"{digest}.pickle"
        path.write_bytes(data)
        return ("file", digest, str(path))

    def map(self, fn, tasks, deadline=None, done=None, release=False) -> list:
        if self.pool is None:
            self._start()
        out: list = [None] * len(tasks)
        futures = {}
        try:
            for i, task in enumerate(tasks):
                futures[self.pool.submit(fn, *task)] = i
        except BrokenProcessPool:
            pass  # a worker died while tasks were being sent: what was not sent is lost below
        started: dict = {}
        pending = set(futures)
        broken = len(futures) < len(tasks)
        while pending:
            finished, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
            for future in finished:
                i = futures[future]
                try:
                    out[i] = future.result()
                except (BrokenProcessPool, CancelledError) as exc:
                    out[i] = Lost(f"its worker process stopped unexpectedly ({type(exc).__name__})")
                    broken = True
                if done:
                    done(tasks[i])
                if release and not isinstance(out[i], Lost):
                    tasks[i] = None
            now = time.monotonic()
            for future in pending:
                if future.running():
                    started.setdefault(future, now)
            late = [f for f in pending if f in started and deadline and now - started[f] > deadline(tasks[futures[f]])]
            if late:
                for future in late:
                    out[futures[future]] = Lost("took longer than its time budget and its worker was stopped")
                for future in pending - set(late):
                    out[futures[future]] = Lost("its worker pool was stopped")
                pending = set()
                broken = True  # a stuck worker cannot be interrupted: the pool goes, what it held is run again
        for i in set(range(len(tasks))) - set(futures.values()):
            out[i] = Lost("the worker pool broke before the task was sent")
        if broken:
            self._stop()
        return out

    def close(self) -> None:
        self._join_preload(raise_error=False)  # closing after an error: that one is raised
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
        self.tmp.cleanup()


class DaskRunner(SerialRunner):
    """Tasks on a ``dask.distributed`` cluster (the scheduler at ``address``)."""

    remote = True

    def __init__(self, address: str):
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - dask is a dependency
            from .errors import BasError

            raise BasError(f"--scheduler {address}: dask.distributed is not installed ({exc})") from None
        from .errors import BasError

        try:
            # how long to try: Dask's own setting (distributed.comm.timeouts.connect, 30 s by default)
            self.client = Client(address, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise BasError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
        try:  # a scheduler without workers would hold the tasks until their deadlines
            import dask
            from dask.utils import parse_timedelta

            self.client.wait_for_workers(1, timeout=parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"), "s"))
        except (OSError, TimeoutError):
            self.client.close()
            raise BasError(f"the Dask scheduler at {address} has no workers: start some with `dask worker {address}`") from None
        self.workers = max(1, sum(self.client.nthreads().values()))

    def share(self, value):
        digest = _digest(pickle.dumps(value))
        [future] = self.client.scatter([value], broadcast=True, hash=False)
        return ("value", digest, future)

    def map(self, fn, tasks, deadline=None, done=None, release=False) -> list:
        from distributed import as_completed

        futures = [self.client.submit(fn, *task, pure=False) for task in tasks]
        # this client is not the default one (a build must not take over the user's): the loop is named
        arrived = as_completed(futures, loop=self.client.loop)
        out: list = [None] * len(tasks)
        index = {future.key: i for i, future in enumerate(futures)}
        pending = set(futures)
        start = time.monotonic()
        # the cluster runs its threads' worth of tasks at once: a task may wait for the ones before it
        waves = math.ceil(len(tasks) / self.workers)
        while pending:
            finished = [f for f in arrived.next_batch(block=False) if f in pending]
            if not finished:
                time.sleep(0.05)
            for future in finished:
                i = index[future.key]
                pending.discard(future)
                if future.status == "finished":
                    out[i] = future.result()
                elif future.status == "cancelled":
                    out[i] = Lost("the cluster cancelled it")
                else:
                    # "error" holds the task's exception; a future can also arrive "lost" (its worker died
                    # and the scheduler has not run it again yet): no exception then, the task is lost
                    exc = future.exception() if future.status == "error" else None
                    if exc is None:
                        out[i] = Lost(f"the cluster lost it (its status: {future.status})")
                    elif type(exc).__name__ in ("KilledWorker", "CommClosedError", "FutureCancelledError"):
                        out[i] = Lost(f"the cluster gave up on it: the workers running it died ({type(exc).__name__})")
                    else:
                        raise exc  # the function's own error: a bug, as in a serial run
                if done:
                    done(tasks[i])
                if release and not isinstance(out[i], Lost):
                    tasks[i] = None
            if deadline:
                now = time.monotonic()
                for future in [f for f in pending if now - start > deadline(tasks[index[f.key]]) * waves]:
                    future.cancel()
                    out[index[future.key]] = Lost("took longer than its time budget on the cluster and was cancelled")
                    pending.discard(future)
        return out

    def close(self) -> None:
        self.client.close()


def runner(jobs: int | None = None, scheduler: str | None = None, files: int = 0, warm: str = "all") -> SerialRunner:
    """The runner for a build of ``files`` files: a Dask cluster when a scheduler is named
    (argument or ``BAS_SCHEDULER``), else local processes, else this process.

    ``jobs=None`` means one worker process per core when there are at least
    :data:`MIN_FILES_FOR_PROCESSES` files; ``jobs=1`` a serial build. ``warm``: what local workers load as
    they start (:func:`bas_analysis.build.warm_up`'s stage; :meth:`SerialRunner.fresh` changes it).
    """
    scheduler = scheduler if scheduler is not None else os.environ.get(SCHEDULER_ENV) or None
    if scheduler:
        return DaskRunner(scheduler)
    if jobs is None:
        jobs = default_jobs() if files >= MIN_FILES_FOR_PROCESSES else 1
    if jobs <= 1:
        return SerialRunner()
    return ProcessRunner(min(jobs, max(1, files)), warm=warm)


def run_isolated(run: SerialRunner, fn, tasks: list[tuple], split: Callable[[tuple], list[tuple]],
                 lost_item: Callable[[tuple, str], object], deadline=None, done=None, release: bool = False) -> list[list]:
    """Results of ``fn`` for each task (a list per task, one entry per item), lost tasks retried item by item.

    ``split(task)`` gives a task's single-item tasks; ``lost_item(task, reason)``
    the result standing for an item that was lost even when it ran alone (a
    problem row). A task lost with others is run again with its items one by
    one; an item lost among others is run once more on its own, so only the
    item that kills or stalls its worker is set aside. ``release``: each task's entry in ``tasks`` is set
    to None once its result is back (see :meth:`SerialRunner.map`), so a build holds only the pages still
    being worked on, not all of them.
    """
    results = run.map(fn, tasks, deadline, done, release)
    retry = [(i, single) for i, (task, result) in enumerate(zip(tasks, results)) if isinstance(result, Lost) for single in split(task)]
    if not retry:
        return results
    for i, _ in retry:
        results[i] = []
    singles = [single for _, single in retry]
    again = run.map(fn, singles, deadline)
    for (i, single), result in zip(retry, again):
        if isinstance(result, Lost):
            alone = run.map(fn, [single], deadline)[0]  # alone: a loss now is its own
            result = [lost_item(single, alone.reason)] if isinstance(alone, Lost) else alone
        results[i].extend(result)
    return results
