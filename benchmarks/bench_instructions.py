"""Benchmark by instruction count: Valgrind counts the instructions of a serial build, this checkout against another.

Prints figures; asserts nothing. CPU time on a shared two-core machine varies by
a third between runs of the same checkout (``bench_stages.py`` shows it), so a
change of 5 % cannot be seen in it. The number of instructions a build executes
does not depend on the load: run under ``valgrind --tool=cachegrind
--cache-sim=no`` with a fixed ``PYTHONHASHSEED``, the same build gives the same
count to within a few parts in a million. Each checkout builds ``--pages`` N
generated pages and 2N generated pages (the first N are the same pages), serially, each
in a fresh process; instructions per page are the difference divided by N, so
start-up, imports and the warm-up cancel out. The runs of different checkouts go
side by side (``--jobs``, default 2): the counts do not care.

Valgrind slows Python down about 30-fold: N=10 takes about 3 minutes a run on a quiet machine. Two identical
checkouts give per-page counts within about 0.2 % of each other (three runs of one version at N=10: 97.59M,
97.65M and 97.79M instructions a page).

    .venv/bin/python benchmarks/bench_instructions.py [--pages 10] [--against DIR] [--raw DIR]
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.bench_build import tables_digest  # noqa: E402
from benchmarks.pages import write_pages  # noqa: E402

CHILD = (
    "import sys; from pathlib import Path; import bas_analysis.build; "
    "sys.modules['bas_analysis.build'].build(Path(sys.argv[1]), Path(sys.argv[2]), progress=False, jobs=1)"
)
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def count_instructions(repo: Path, raw: Path, out: Path) -> int:
    """Instructions Valgrind counts in one serial build of ``raw`` by the checkout ``repo``."""
    own = repo / ".venv" / "bin" / "python"  # a checkout with a venv of its own runs in it
    python = str(own) if own.exists() else sys.executable
    env = {**os.environ, "PYTHONPATH": str(repo), "PYTHONHASHSEED": "0"}
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               python, "-c", CHILD, str(raw), str(out)]
    done = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True)
    found = _REFS.search(done.stderr)
    if done.returncode != 0 or not found:
        raise SystemExit(f"build by {repo} under valgrind failed: {done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=10, help="N: builds of N and 2N generated pages")
    parser.add_argument("--raw", type=Path, help="a folder of raw pages instead: its first half and the whole")
    parser.add_argument("--against", type=Path, help="another checkout to count the same way")
    parser.add_argument("--jobs", type=int, default=2, help="valgrind runs at a time")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt install valgrind)")
    repos = [REPO] + ([args.against.resolve()] if args.against else [])
    with tempfile.TemporaryDirectory(prefix="bas-instructions-") as tmp:
        small, large = Path(tmp) / "small", Path(tmp) / "large"
        if args.raw:
            pages = sorted(p for p in args.raw.iterdir() if p.is_file())
            for folder, chosen in ((small, pages[: len(pages) // 2]), (large, pages)):
                folder.mkdir()
                for page in chosen:
                    shutil.copy2(page, folder / page.name)
        else:
            write_pages(small, args.pages)
            write_pages(large, 2 * args.pages)
        added = sum(1 for _ in large.iterdir()) - sum(1 for _ in small.iterdir())
        jobs = [(repo, raw) for repo in repos for raw in (small, large)]
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            counts = dict(zip(jobs, pool.map(
                lambda job: count_instructions(job[0], job[1], Path(tmp) / f"out-{repos.index(job[0])}-{job[1].name}"),
                jobs)))
        digests = {repo: tables_digest(Path(tmp) / f"out-{k}-large") for k, repo in enumerate(repos)}
    print(f"\ninstructions of a serial build under valgrind; per page = the {added} pages added from the first build"
          " to the second")
    print(f"{'':<28}" + "".join(f"{repo.name[:18]:>20}" for repo in repos))
    for label, raw in (("build, first half", small), ("build, all", large)):
        print(f"{label:<28}" + "".join(f"{counts[(repo, raw)] / 1e9:>19.3f}G" for repo in repos))
    per_page = {repo: (counts[(repo, large)] - counts[(repo, small)]) / added for repo in repos}
    print(f"{'per page':<28}" + "".join(f"{per_page[repo] / 1e6:>19.2f}M" for repo in repos))
    if len(repos) == 2:
        print(f"{'this / other':<28}{per_page[repos[0]] / per_page[repos[1]]:>20.3f}")
    print(f"{'tables digest':<28}" + "".join(f"{digests[repo]:>20}" for repo in repos))


if __name__ == "__main__":
    main()
