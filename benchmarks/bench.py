"""The benchmark of issue 13 in one run: build, report batch, incremental reports. Prints figures; asserts nothing.

1. **Build** of generated distinct pages (``benchmarks/pages.py``: distinct
   people on every page) at each size (default 1k, 3k, 10k), one process per
   core: wall seconds, pages per second, CPU-seconds of the whole process
   tree, pages per CPU-second, peak memory (largest sum of RSS over the
   process tree, an upper bound with forked workers, and of PSS). Cost linearity: CPU-seconds per page at the largest size
   over CPU-seconds per page at the smallest (1.0 is linear).
2. **Report batch** (``run_reports`` of :mod:`bas_analysis.report.batch`:
   the national overview and 21 region reports, every report rendered) on a
   build of ``--report-pages`` generated pages, against
   - the *anchor*: per report one ``papermill`` and one
     ``jupyter nbconvert --to html`` command line, as many at once as cores;
   - the *floor*: per report a fresh kernel started and shut down, a fresh
     Python process running the notebook's code (imports and content, what it
     displays formatted as a kernel formats it: figures to PNG, tables to
     HTML), and the rendering to HTML; summed and divided by the cores.
3. **Incremental**: after the batch, an identical rebuild, then the batch
   again: how many reports were rendered again; then one region's page
   changed, rebuilt, the batch again: how many.

    make bench                                   # everything; anchor and floor on all 22 reports
    .venv/bin/python benchmarks/bench.py --quick # 1k and 3k pages, 2 reports sampled for anchor and floor
    .venv/bin/python benchmarks/bench.py --sizes 1000 --skip-reports
    .venv/bin/python benchmarks/bench.py --sizes 1000 3000 --skip-reports --repo /tmp/bench-before --jobs none

``--repo`` runs the build of another checkout (e.g. an older commit's
worktree) on the same generated pages, for figures before a change;
``--jobs none`` leaves out the ``--jobs`` option an older CLI does not know.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_build import Run, run_build, tables_digest  # noqa: E402
from benchmarks.pages import page, write_pages  # noqa: E402

BIN = Path(sys.executable).parent


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def timed_children(function, *args) -> tuple[float, float, object]:
    """(wall seconds, CPU-seconds of the child processes that ended meanwhile, result) of ``function``."""
    before, start = os.times(), time.perf_counter()
    result = function(*args)
    wall, after = time.perf_counter() - start, os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu, result


# ------------------------------------------------------------------ build
def build_section(args, tmp: Path) -> dict:
    jobs = [] if args.jobs == "none" else ["--jobs", str(args.jobs or cores())]
    repo = Path(args.repo).resolve() if args.repo else REPO
    print(f"\n== build: generated distinct pages, {'--jobs ' + jobs[1] if jobs else 'the CLI default'}, code of {repo}")
    print(f"{'pages':>7} {'wall s':>7} {'pages/s':>8} {'CPU s':>7} {'pages/CPU-s':>11} {'peak RSS MiB':>12} {'peak PSS MiB':>12}  tables")
    rows = {}
    for count in args.sizes:
        raw = tmp / f"raw{count}"
        write_pages(raw, count)
        out = tmp / f"out{count}"
        run: Run = run_build(raw, out, jobs, repo)
        digest = tables_digest(out)
        rows[count] = run
        print(f"{count:>7} {run.wall:>7.1f} {count / run.wall:>8.0f} {run.cpu:>7.1f} {count / run.cpu:>11.0f} {run.peak_mib:>12.0f} "
              f"{run.peak_pss_mib:>12.0f}  {digest}", flush=True)
        shutil.rmtree(out)
        shutil.rmtree(raw)
    if len(rows) > 1:
        small, large = min(rows), max(rows)
        cpu_ratio = (rows[large].cpu / large) / (rows[small].cpu / small)
        wall_ratio = (rows[large].wall / large) / (rows[small].wall / small)
        print(f"linearity: cost per page at {large:,} over {small:,} pages: CPU {cpu_ratio:.2f}, wall {wall_ratio:.2f} (1.00 is linear)")
    return rows


# ------------------------------------------------------------------ reports
BATCH = """
import sys
from pathlib import Path
from bas_analysis.report.batch import run_reports
sys.exit(run_reports(None, True, {jobs}, Path({out!r}), {force}, Path({processed!r}), None, 600, False))
"""


def run_batch(out: Path, processed: Path, jobs: int, force: bool) -> tuple[float, float, int]:
    """The library's batch in a child process: wall, CPU-seconds of its tree, return code."""
    code = BATCH.format(jobs=jobs, out=str(out), force=force, processed=str(processed))
    wall, cpu, done = timed_children(lambda: subprocess.run([sys.executable, "-c", code], stdout=subprocess.DEVNULL))
    if done.returncode not in (0, 1):
        raise SystemExit(f"report batch failed ({done.returncode})")
    return wall, cpu, done.returncode


def report_files(out: Path) -> dict[str, int]:
    """The reports of a batch (overview and regions) and when each was last written."""
    return {p.name: p.stat().st_mtime_ns for p in sorted(out.glob("*.html")) if p.name.startswith(("region-", "nationell"))}


def rerendered(before: dict[str, int], after: dict[str, int]) -> int:
    return sum(1 for name, mtime in after.items() if before.get(name) != mtime)


def report_commands(processed: Path, out: Path, kernel: str) -> list[tuple[str, list[list[str]]]]:
    """Per report of the batch: the plain command lines (papermill, then nbconvert) that make it."""
    from bas_analysis import orgs

    notebooks = REPO / "notebooks"
    codes = list(orgs.regions()["code"])
    reports = [("nationell-oversikt", notebooks / "national_overview.ipynb",
                ["-p", "processed_dir", str(processed), "-y", json.dumps({"region_reports": codes})])]
    reports += [(f"region-{code}", notebooks / "region_report.ipynb",
                 ["-p", "region_code", code, "-p", "processed_dir", str(processed)]) for code in codes]
    commands = []
    for name, notebook, params in reports:
        executed = out / f"{name}.ipynb"
        commands.append((name, [
            [str(BIN / "papermill"), str(notebook), str(executed), "-k", kernel, "--no-progress-bar", "--cwd", str(notebooks), *params],
            [str(BIN / "jupyter"), "nbconvert", "--to", "html", str(executed), "--output-dir", str(out)],
        ]))
    return commands


def run_anchor(commands, workers: int) -> tuple[float, float]:
    def one(item):
        for command in item[1]:
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def all_of():
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(one, commands))

    wall, cpu, _ = timed_children(all_of)
    return wall, cpu


# The notebook's code in a plain process; what it displays is formatted as a kernel formats it
# (figures drawn to PNG, tables to HTML), since that is part of what a report needs.
NOTEBOOK_CODE = """
import json, sys
from IPython.core.formatters import DisplayFormatter
formatter = DisplayFormatter()
cells = json.load(open(sys.argv[1], encoding="utf-8"))["cells"]
namespace = {"_show": lambda *objects, **_: [formatter.format(o) for o in objects]}
for cell in cells:
    if cell["cell_type"] != "code":
        continue
    source = "".join(cell["source"])
    if "parameters" in cell.get("metadata", {}).get("tags", []):
        exec(source, namespace)
        namespace.update(json.loads(sys.argv[2]))
        continue
    exec(compile(source.replace("display(", "_show("), "cell", "exec"), namespace)
"""


def floor_of_report(name: str, notebook: Path, parameters: dict, executed: Path, kernel: str, tmp: Path) -> float:
    """Seconds of the least a report needs: a fresh kernel (started, ready, shut down at once),
    a fresh process running the notebook's code (imports and content), rendering the executed notebook."""
    from jupyter_client import KernelManager

    from bas_analysis.report import render

    start = time.perf_counter()
    manager = KernelManager(kernel_name=kernel)
    manager.start_kernel(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = manager.client()
    client.start_channels()
    client.wait_for_ready(timeout=60)
    client.stop_channels()
    manager.shutdown_kernel(now=True)
    kernel_s = time.perf_counter() - start

    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", NOTEBOOK_CODE, str(notebook), json.dumps(parameters)], check=True,
                   cwd=notebook.parent, stdout=subprocess.DEVNULL)
    content_s = time.perf_counter() - start

    start = time.perf_counter()
    render.render_html(executed, tmp / f"{name}.html", name)
    render_s = time.perf_counter() - start
    return kernel_s + content_s + render_s


def report_section(args, tmp: Path) -> dict:
    from bas_analysis import orgs
    from bas_analysis.report.render import ensure_kernel, render_html

    n_cores = cores()
    workers = args.report_jobs or n_cores
    raw, processed, out = tmp / "report-raw", tmp / "report-processed", tmp / "reports"
    write_pages(raw, args.report_pages)
    run_build(raw, processed, [])
    print(f"\n== reports: a build of {args.report_pages} generated pages; {workers} notebooks at a time; {n_cores} cores")

    wall, cpu, code = run_batch(out, processed, workers, force=True)
    files = report_files(out)
    n = len(files)
    print(f"batch (run_reports, every report rendered): {n} reports, {wall:.1f} s wall, {cpu:.1f} CPU-s"
          + ("" if code == 0 else "  (some reports FAILED)"))
    figures = {"batch_wall": wall, "batch_cpu": cpu, "reports": n}

    kernel = ensure_kernel()
    commands = report_commands(processed, tmp / "anchor", kernel)
    (tmp / "anchor").mkdir()
    sample = commands if not args.sample else commands[: args.sample]
    a_wall, a_cpu = run_anchor(sample, workers)
    scale = len(commands) / len(sample)
    a_wall, a_cpu = a_wall * scale, a_cpu * scale
    print(f"anchor (papermill + nbconvert command lines{f', {len(sample)} run, scaled to {len(commands)}' if scale != 1 else ''}): "
          f"{a_wall:.1f} s wall, {a_cpu:.1f} CPU-s")

    regions = list(orgs.regions()["code"])
    notebooks = REPO / "notebooks"
    specs = [("nationell-oversikt", notebooks / "national_overview.ipynb", {"processed_dir": str(processed), "region_reports": regions})]
    specs += [(f"region-{c}", notebooks / "region_report.ipynb", {"region_code": c, "processed_dir": str(processed)}) for c in regions]
    floor_sample = specs if not args.sample else specs[: args.sample]
    render_html(out / "notebooks" / f"{specs[0][0]}.ipynb", tmp / "warm.html", "warm")  # nbconvert loaded once, as in a worker
    total = sum(floor_of_report(name, nb, params, out / "notebooks" / f"{name}.ipynb", kernel, tmp) for name, nb, params in floor_sample)
    floor = total * len(specs) / len(floor_sample) / n_cores
    print(f"floor (fresh kernel + imports + content + render per report, / {n_cores} cores"
          f"{f'; {len(floor_sample)} measured, scaled to {len(specs)}' if args.sample else ''}): {floor:.1f} s")
    print(f"batch / anchor: wall {wall / a_wall:.2f}, CPU {cpu / a_cpu:.2f};  batch / floor (wall): {wall / floor:.2f}  (target ≤ 1.2)")
    figures.update(anchor_wall=a_wall, anchor_cpu=a_cpu, floor=floor)

    # incremental: an identical rebuild, then one region's page changed
    before = report_files(out)
    run_build(raw, processed, [])
    run_batch(out, processed, workers, force=False)
    after = report_files(out)
    same = rerendered(before, after)
    changed_page = raw / "page_00000.txt"  # a questionnaire of the first region (benchmarks/pages.py)
    region = orgs.regions().iloc[0]
    changed_page.write_text(page(0, seed=99), encoding="utf-8")
    run_build(raw, processed, [])
    run_batch(out, processed, workers, force=False)
    one = rerendered(after, report_files(out))
    print(f"incremental: identical rebuild -> {same} of {n} reports rendered again (target 0); "
          f"one page of {region['name']} changed -> {one} of {n} (target 2: the region and the overview)")
    figures.update(rerendered_identical=same, rerendered_one_region=one)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 3000, 10000], help="pages per build (default 1000 3000 10000)")
    parser.add_argument("--quick", action="store_true", help="sizes 1000 3000 and --sample 4 (a few minutes)")
    parser.add_argument("--jobs", default=None, help="the build's --jobs (default: the cores); 'none': no --jobs option")
    parser.add_argument("--repo", default=None, help="run the build of this checkout instead (figures before a change)")
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--skip-reports", action="store_true")
    parser.add_argument("--report-pages", type=int, default=210, help="generated pages of the reports' build (default 210: ten per region)")
    parser.add_argument("--report-jobs", type=int, default=None, help="notebooks at a time (default: the cores)")
    parser.add_argument("--sample", type=int, default=0,
                        help="reports run for the anchor and the floor, their cost scaled to all 22 (default 0: all). "
                             "The first is the national overview, which costs about three region reports: a sample "
                             "overstates the anchor and the floor")
    args = parser.parse_args()
    if args.quick:
        args.sizes, args.sample = [1000, 3000], 2
    print(f"bas-analysis benchmark: {cores()} cores, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="bas-bench-") as folder:
        tmp = Path(folder)
        if not args.skip_build:
            build_section(args, tmp)
        if not args.skip_reports:
            report_section(args, tmp)


if __name__ == "__main__":
    main()
