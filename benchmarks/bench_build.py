"""Benchmark the build: pages per second, peak memory and CPU-seconds as the raw folder grows.

Prints figures; asserts nothing. The raw folders are made up by
:mod:`benchmarks.pages` (questionnaires and network reports with distinct
people on every page), written once into a temporary folder. Each build runs
as its own process (``bas-analysis build``), so its figures are its own:

- wall seconds (median of ``--repeat`` runs) and pages per wall second;
- CPU-seconds (user + system of the build and every process it started);
- peak memory (MiB): the largest sum of RSS over the build's process tree, sampled
  every 100 ms (pages shared between a parent and its forked workers are
  counted in each, so this is an upper bound), and the largest sum of PSS
  (shared pages split between the processes sharing them: the tree's real use).

For every size the build runs serially (``--jobs 1``) and in parallel (the
default: one process per core); the tables of both are compared. The whole
benchmark (build, report batch, incremental cases) is ``benchmarks/bench.py``.

    .venv/bin/python benchmarks/bench_build.py [--pages 1000 3000 10000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.pages import write_pages  # noqa: E402

TABLES = ("documents", "respondents", "answers", "codings", "indicators", "problems")


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mib: float
    peak_pss_mib: float = float("nan")


def _tree_memory(pid: int) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) over the process tree: RSS counts pages a forked worker shares with its
    parent in both; PSS splits them (Linux; 0 where it cannot be read)."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root] + root.children(recursive=True)
    except psutil.Error:
        return 0, 0
    rss = pss = 0
    for process in processes:
        try:
            full = process.memory_full_info()
            rss += full.rss
            pss += getattr(full, "pss", 0)
        except psutil.Error:
            pass
    return rss, pss


def run_build(raw: Path, out: Path, extra: list[str], repo: Path = REPO) -> Run:
    """One build as a child process: wall seconds, CPU-seconds of its whole tree, peak RSS of the tree.

    ``repo``: the checkout whose ``bas_analysis`` runs (``python -m`` puts its working directory first
    on ``sys.path``), e.g. an older commit's worktree for the figures before a change.
    """
    command = [sys.executable, "-m", "bas_analysis.cli", "build", "--raw", str(raw), "--out", str(out), "--quiet", *extra]
    peak = peak_pss = 0
    start = time.perf_counter()
    before = os.times()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=repo)
    stop = threading.Event()

    def sample():
        nonlocal peak, peak_pss
        while not stop.is_set():
            rss, pss = _tree_memory(process.pid)
            peak, peak_pss = max(peak, rss), max(peak_pss, pss)
            stop.wait(0.1)  # psutil over the tree costs CPU the build would use

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    wall = time.perf_counter() - start
    stop.set()
    sampler.join()
    after = os.times()
    if process.returncode != 0:
        raise SystemExit(f"build failed ({process.returncode}): {stderr.decode(errors='replace')[-2000:]}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return Run(wall, cpu, peak / 2**20, peak_pss / 2**20 if peak_pss else float("nan"))


def tables_digest(out: Path) -> str:
    """One hash over the content of the build's tables (CSV files: the values, not Parquet's metadata)."""
    from bas_analysis.store import build_dir

    current = build_dir(out)
    digest = hashlib.sha256()
    for name in TABLES:
        digest.update((current / f"{name}.csv").read_bytes())
    return digest.hexdigest()[:16]


def median_run(runs: list[Run]) -> Run:
    return Run(statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
               statistics.median(r.peak_mib for r in runs), statistics.median(r.peak_pss_mib for r in runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[1000, 3000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="builds per size and mode; medians are printed")
    parser.add_argument("--modes", nargs="+", default=["serial", "parallel"], choices=["serial", "parallel", "default"],
                        help="serial: --jobs 1; parallel: one process per core; default: no option (the CLI's default)")
    args = parser.parse_args()
    extra = {"serial": ["--jobs", "1"], "parallel": ["--jobs", str(os.cpu_count() or 1)], "default": []}
    print(f"cores: {os.cpu_count()}; {args.repeat} build(s) per row, medians")
    print(f"{'pages':>6} {'mode':<9} {'wall s':>7} {'pages/s':>8} {'CPU s':>7} {'pages/CPU-s':>11} {'peak MiB':>9} {'peak PSS':>9}  tables")
    with tempfile.TemporaryDirectory(prefix="bas-bench-") as tmp:
        for count in args.pages:
            raw = Path(tmp) / f"raw{count}"
            write_pages(raw, count)
            digests = {}
            for mode in args.modes:
                runs = []
                for n in range(args.repeat):
                    out = Path(tmp) / f"out{count}-{mode}-{n}"
                    runs.append(run_build(raw, out, extra[mode]))
                    digests[mode] = tables_digest(out)
                m = median_run(runs)
                print(f"{count:>6} {mode:<9} {m.wall:>7.1f} {count / m.wall:>8.0f} {m.cpu:>7.1f} {count / m.cpu:>11.0f} "
                      f"{m.peak_mib:>9.0f} {m.peak_pss_mib:>9.0f}  {digests[mode]}", flush=True)
            if len(set(digests.values())) > 1:
                print(f"{'':>6} tables DIFFER between modes: {digests}")


if __name__ == "__main__":
    main()
