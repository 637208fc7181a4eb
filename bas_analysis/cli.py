"""Command line: ``bas-analysis build | agreement | report | export-qdpx``.

In:  command-line arguments.
Out: the stage run, a short summary on stdout, one clear line on stderr and a
     non-zero exit code when something is wrong.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .errors import BasError


def _build(args) -> int:
    from .build import build

    result = build(raw_dir=args.raw, out_dir=args.out, manual_codings=args.manual, progress=not args.quiet,
                   jobs=args.jobs, scheduler=args.scheduler)
    print(result.summary())
    return 0


def _agreement(args) -> int:
    from .agreement import agreement, agreement_of_raw
    from .store import load

    if args.raw:
        report = agreement_of_raw(args.raw, args.gold)
    else:
        data = load(args.processed)
        report = agreement(data.codings, data.respondents, args.gold)
    print(report.to_text(show_disagreements=not args.quiet))
    return 0


def _report(args) -> int:
    from .report import run_reports

    return run_reports(
        regions=args.region,
        all_regions=args.all,
        jobs=args.jobs,
        out_dir=Path(args.out),
        force=args.force,
        processed_dir=Path(args.processed),
        raw_dir=Path(args.raw) if args.raw else None,
        timeout=args.timeout,
        progress=not args.quiet,
    )


def _export_qdpx(args) -> int:
    from . import qda

    if args.codebook_only:
        print(f"wrote {qda.export_qdc(args.out, force=args.force)}: the codebook as a REFI-QDA codebook")
        return 0
    print(qda.export_qdpx(args.out, args.processed, force=args.force).summary())
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bas-analysis", description="Barn som anhöriga: build coded tables and comparative reports.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="read data/raw, write the processed tables")
    b.add_argument("--raw", default="data/raw", help="folder of raw pages (default: data/raw)")
    b.add_argument("--out", default="data/processed", help="folder for the tables (default: data/processed)")
    b.add_argument("--manual", default=None, help="CSV of manual codings that win over the rules (default: data/manual_codings.csv if present)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="worker processes (default: one per core for 24 files or more; 1: in this process)")
    b.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="a Dask scheduler (tcp://host:8786) that runs the pages' work; default: $BAS_SCHEDULER, else local processes")
    b.set_defaults(func=_build)

    a = sub.add_parser("agreement", help="compare the codings with a gold file of hand codings")
    a.add_argument("--gold", required=True, help="CSV in the format of shared/gold/codings.csv")
    a.add_argument("--processed", default="data/processed", help="folder of a build (default: data/processed)")
    a.add_argument("--raw", default=None, help="score a folder of raw pages instead: built into a temporary folder first")
    a.add_argument("--quiet", action="store_true", help="figures only, no list of disagreements")
    a.set_defaults(func=_agreement)

    r = sub.add_parser("report", help="render the HTML reports (national overview and one per region)")
    r.add_argument("--region", action="append", default=None, metavar="CODE", help="region code, e.g. 08 (repeatable)")
    r.add_argument("--all", action="store_true", help="every region (the default when no --region is given)")
    r.add_argument("--jobs", type=int, default=2, help="notebooks executed in parallel (default: 2)")
    r.add_argument("--out", default="reports", help="folder for the HTML reports (default: reports)")
    r.add_argument("--force", action="store_true", help="re-render reports whose inputs are unchanged")
    r.add_argument("--processed", default="data/processed", help="folder of the build (default: data/processed)")
    r.add_argument("--raw", default=None, help="raw folder to build from when there is no build yet (default: data/raw); "
                   "a stale build is rebuilt from the raw folder its manifest records")
    r.add_argument("--timeout", type=int, default=600, help="seconds allowed per notebook cell (default: 600)")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    r.set_defaults(func=_report)

    q = sub.add_parser("export-qdpx", help="write the coded pages as a REFI-QDA project (QualCoder, NVivo, ATLAS.ti, MAXQDA)")
    q.add_argument("out", help="the .qdpx file to write (with --codebook-only: a .qdc file)")
    q.add_argument("--processed", default="data/processed", help="folder of the build (default: data/processed)")
    q.add_argument("--codebook-only", action="store_true", help="write only the codebook, as a REFI-QDA codebook (.qdc)")
    q.add_argument("--force", action="store_true", help="replace the file if it exists")
    q.set_defaults(func=_export_qdpx)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("bas-analysis: interrupted", file=sys.stderr)
        return 130
    except BasError as exc:  # expected failures: one clear line, no traceback
        print(f"bas-analysis {args.command}: {exc}", file=sys.stderr)
        return 2
    except (FileNotFoundError, ValueError) as exc:
        print(f"bas-analysis {args.command}: {exc}", file=sys.stderr)
        return 2

if __name__ == "__main__":
    sys.exit(main())
