"""Benchmark the build: how long ingest, parse, code and write take as the raw folder grows.

Prints figures; asserts nothing. The raw folder is the bundled seeds plus, when
``../shared/corpus`` is beside the repo, the corpus pages, copied N times with
a line of their own so every copy is a distinct document.

    .venv/bin/python benchmarks/bench_build.py [--copies 1 10 50]
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import bas_analysis as bas
from bas_analysis import coding, ingest
from bas_analysis.parse import parse_text

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def source_pages() -> list[Path]:
    pages = sorted((REPO / "data" / "raw").glob("*.txt"))
    if CORPUS.is_dir():
        pages += sorted(CORPUS.glob("*.txt"))
    return pages


def make_raw(folder: Path, copies: int) -> int:
    pages = source_pages()
    for n in range(copies):
        for page in pages:
            text = page.read_text(encoding="utf-8")
            (folder / f"{page.stem}_{n:04d}.txt").write_text(f"{text}\n\nKopia {n}\n", encoding="utf-8")
    return len(pages) * copies


def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 10, 40])
    args = parser.parse_args()
    coding.load_codebook()  # compile the codebook once, as a build does
    print(f"{'files':>6} {'ingest s':>9} {'parse s':>8} {'build s':>8} {'files/s':>8} {'respondents':>11} {'codings':>8}")
    for copies in args.copies:
        with tempfile.TemporaryDirectory() as tmp:
            raw, out = Path(tmp) / "raw", Path(tmp) / "processed"
            raw.mkdir()
            n_files = make_raw(raw, copies)
            docs, t_ingest = timed("ingest", lambda: [ingest.read_document(p) for p in ingest.list_raw_files(raw)])
            _, t_parse = timed("parse", lambda: [parse_text(d.text) for d in docs if isinstance(d, ingest.RawDocument)])
            result, t_build = timed("build", lambda: bas.build(raw, out, progress=False))
            print(
                f"{n_files:>6} {t_ingest:>9.2f} {t_parse:>8.2f} {t_build:>8.2f} {n_files / t_build:>8.1f} "
                f"{result.counts['respondents']:>11} {result.counts['codings']:>8}"
            )
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
