"""Benchmark redaction and the build on hostile pages: is the cost linear in the text's length?

Prints figures; asserts nothing. For each size: redact_text on a page of one
long word, on "a.b@" repeated (what made the old e-mail patterns backtrack),
on ordinary prose and on prose dense with names; then a whole build of a raw
folder holding the 1 MB single-word page. Also: the cost of one text as the
number of contact names collected for the build grows (it should not grow).

    .venv/bin/python benchmarks/bench_redact.py [--sizes 100000 1000000]
"""
from __future__ import annotations

import argparse
import importlib
import tempfile
import time
from pathlib import Path

from bas_analysis import redact


def timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


PAGES = {
    "one long word": lambda n: "barnombud" * (n // 9),
    "'a.b@' repeated": lambda n: "a.b@" * (n // 4),
    "prose": lambda n: "Vi har stöd för barn och unga i kommunen, och grupper för barn. " * (n // 64),
    "prose with names": lambda n: "Samordnare är Anna Bergström och Per Nyberg, tel 070-123 45 67. " * (n // 64),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    args = parser.parse_args()
    start = time.perf_counter()
    redactor = redact.Redactor()
    print(f"name data loaded in {time.perf_counter() - start:.2f} s")
    print(f"{'page':<20} " + " ".join(f"{size:>12,d} chars" for size in args.sizes))
    for label, make in PAGES.items():
        figures = [timed(redactor.redact, make(size)) for size in args.sizes]
        print(f"{label:<20} " + " ".join(f"{seconds:>16.2f} s" for seconds in figures))

    text = PAGES["prose with names"](50_000)
    for count in (0, 1_000, 100_000):
        names = {f"Förnamn{i} Efternamn{i}" for i in range(count)}
        many = redact.Redactor(names)
        print(f"one 50 KB text with {count:>7,d} contact names collected: {timed(many.redact, text):.3f} s")

    build = importlib.import_module("bas_analysis.build")
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder) / "raw"
        raw.mkdir()
        size = max(args.sizes)
        (raw / "word.txt").write_text("Region Kalmar län\n\n" + PAGES["one long word"](size) + "\n", encoding="utf-8")
        start = time.perf_counter()
        result = build.build(raw, Path(folder) / "out", progress=False)
        print(f"build of a raw folder with one {size:,d}-character single-word page: {time.perf_counter() - start:.2f} s "
              f"({result.counts['parsed']} parsed, {result.counts['failed']} failed)")


if __name__ == "__main__":
    main()
