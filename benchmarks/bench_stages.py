"""Benchmark the build's stages: CPU-seconds per stage of a serial build, this checkout against another.

Prints figures; asserts nothing. Each build runs serially (``jobs=1``) in a
process of its own, with the build's stage functions wrapped to add up the
CPU time spent in each (exclusive: a stage called inside another counts for
itself only; no profiler, so the figures are real CPU). With ``--against``
another checkout (e.g. ``git worktree add /tmp/old <commit>``) is built too,
alternately with this one (the machine's speed drifts; other work shares it), each
by its own ``.venv/bin/python`` where it has one (else by this interpreter),
and the minimum of ``--repeat`` runs is printed for each, with the load
average before each run and the digest of the tables (they must be the same).

    .venv/bin/python benchmarks/bench_stages.py [--raw DIR | --pages 1000] [--against DIR] [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_build import tables_digest  # noqa: E402
from benchmarks.pages import write_pages  # noqa: E402

# (module, attribute, stage): the functions whose CPU time is a stage's, in pipeline order
STAGES = [
    ("bas_analysis.build", "warm_up", "warm up"),
    ("bas_analysis.ingest", "read_document", "read (ingest)"),
    ("bas_analysis.build", "parse_text", "parse"),
    ("bas_analysis.build", "read_and_parse", "read_and_parse rest"),
    ("bas_analysis.redact", "Redactor.context", "redact"),
    ("bas_analysis.redact", "Redactor.redact", "redact"),
    ("bas_analysis.coding.reading", "_read_cached", "code: reading"),
    ("bas_analysis.coding.tables", "code_region", "code: region engines"),
    ("bas_analysis.coding.tables", "code_municipality", "code: municipality engines"),
    ("bas_analysis.build", "redact_and_code", "redact_and_code rest"),
    ("bas_analysis.build", "_table", "tables (arrow/pandas)"),
    ("bas_analysis.store", "write_tables", "write tables"),
]

# run in the child, with the checkout first on sys.path: argv = raw folder, out folder, stages as JSON
CHILD = r'''
import functools, importlib, json, sys, time
from pathlib import Path
raw, out, stages = Path(sys.argv[1]), Path(sys.argv[2]), json.loads(sys.argv[3])
import bas_analysis.build  # noqa: F401 - the module (bas_analysis.build is also the function's name)
spent, stack = {}, []
def wrap(owner, name, stage):
    function = getattr(owner, name)
    @functools.wraps(function)
    def timed(*args, **kwargs):
        start = time.process_time()
        stack.append(0.0)
        try:
            return function(*args, **kwargs)
        finally:
            elapsed = time.process_time() - start
            inner = stack.pop()
            spent[stage] = spent.get(stage, 0.0) + elapsed - inner
            if stack:
                stack[-1] += elapsed
    setattr(owner, name, timed)
for module, attribute, stage in stages:
    owner = sys.modules.get(module) or importlib.import_module(module)
    *path, name = attribute.split(".")
    for part in path:
        owner = getattr(owner, part)
    wrap(owner, name, stage)
build = sys.modules["bas_analysis.build"]
start = time.process_time()
build.build(raw, out, progress=False, jobs=1)
spent["total"] = time.process_time() - start
print(json.dumps(spent))
'''


def run_stages(repo: Path, raw: Path, out: Path) -> dict[str, float]:
    """CPU-seconds per stage of one serial build of ``raw`` by the checkout ``repo``."""
    env = {**os.environ, "PYTHONPATH": str(repo)}
    own = repo / ".venv" / "bin" / "python"  # a checkout with a venv of its own runs in it (its own dependencies)
    python = str(own) if own.exists() else sys.executable
    done = subprocess.run([python, "-c", CHILD, str(raw), str(out), json.dumps(STAGES)], cwd=repo, env=env,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"build by {repo} failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--raw", type=Path, help="a folder of raw pages (default: --pages generated ones)")
    parser.add_argument("--pages", type=int, default=1000, help="generated pages when no --raw is given")
    parser.add_argument("--against", type=Path, help="another checkout to build alternately with this one")
    parser.add_argument("--repeat", type=int, default=3, help="builds per checkout; the minimum is printed")
    args = parser.parse_args()
    repos = [REPO] + ([args.against.resolve()] if args.against else [])
    with tempfile.TemporaryDirectory(prefix="bas-stages-") as tmp:
        raw = args.raw
        if raw is None:
            raw = Path(tmp) / "raw"
            write_pages(raw, args.pages)
        pages = sum(1 for _ in raw.iterdir())
        runs: dict[Path, list[dict]] = {repo: [] for repo in repos}
        digests: dict[Path, str] = {}
        for n in range(args.repeat):
            for k, repo in enumerate(repos):
                out = Path(tmp) / f"out{k}-{n}"
                load = " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"
                runs[repo].append(run_stages(repo, raw, out))
                digests[repo] = tables_digest(out)
                print(f"run {n + 1} {repo}: {runs[repo][-1]['total']:.2f} CPU-s (load before: {load})", flush=True)
    stages = list(dict.fromkeys([stage for *_, stage in STAGES] + ["total"]))
    print(f"\n{pages} pages, serial, ms CPU per page (minimum of {args.repeat})")
    print(f"{'stage':<28}" + "".join(f"{repo.name[:16]:>18}" for repo in repos))
    for stage in stages:
        print(f"{stage:<28}" + "".join(f"{min(r.get(stage, 0.0) for r in runs[repo]) / pages * 1e3:>18.2f}" for repo in repos))
    print(f"{'tables digest':<28}" + "".join(f"{digests[repo]:>18}" for repo in repos))


if __name__ == "__main__":
    main()
