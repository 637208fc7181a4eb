"""Command line: ``bas-analysis build | agreement | report | export-qdpx | review``.

In:  command-line arguments.
Out: the stage run, a short summary on stdout, one clear line on stderr and a
     non-zero exit code when something is wrong. Progress bars go to stderr,
     only when it is a terminal (and not with ``--quiet``); output piped into
     ``head`` or ``less`` that stops reading ends the command quietly.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__
from .errors import BasError, ParameterError


def _progress(args) -> bool:
    """Progress bars on a terminal only, unless --quiet."""
    return not args.quiet and sys.stderr.isatty()


def _build(args) -> int:
    from .build import build

    result = build(raw_dir=args.raw, out_dir=args.out, manual_codings=args.manual, progress=_progress(args),
                   jobs=args.jobs, scheduler=args.scheduler)
    print(result.summary())
    return 0


def _agreement(args) -> int:
    from .agreement import agreement, agreement_of_raw, coder_agreement
    from .store import load

    if args.coder_a or args.coder_b:
        report = coder_agreement(args.coder_a, args.coder_b, gold=args.gold, raw=args.raw)
    elif not args.gold:
        raise ParameterError("give --gold FILE, or --coder-a FILE --coder-b FILE to compare two coders")
    elif args.raw:
        report = agreement_of_raw(args.raw, args.gold)
    else:
        data = load(args.processed)
        report = agreement(data.codings, data.respondents, args.gold)
    print(report.to_text(show_disagreements=not args.quiet))
    return 0


def _review(args) -> int:
    from . import review

    if args.apply:
        print(review.apply_sheet(args.apply, args.manual).summary())
        return 0
    data = review.load(args.processed)
    files = review.write_review(data, args.out, args.level, args.region, args.max, args.manual, force=args.force)
    print(files.summary())
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
        progress=_progress(args),
        gold=Path(args.gold) if args.gold else None,
        scheduler=args.scheduler,
    )


def _export_qdpx(args) -> int:
    from . import qda

    if args.codebook_only:
        print(f"wrote {qda.export_qdc(args.out, force=args.force)}: the codebook as a REFI-QDA codebook")
        return 0
    print(qda.export_qdpx(args.out, args.processed, force=args.force).summary())
    return 0


def _clean(args) -> int:
    from .clean import clean

    print(clean(args.processed, args.reports).summary())
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bas-analysis", description="Barn som anhöriga: build coded tables and comparative reports.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="read data/raw, write the processed tables",
                       description="Read every page of the raw folder, parse, redact and code it, and write the "
                                   "processed tables (documents, respondents, answers, codings, indicators, problems) "
                                   "as a new build of the output folder.")
    b.add_argument("--raw", default="data/raw", help="folder of raw pages (default: data/raw)")
    b.add_argument("--out", default="data/processed", help="folder for the tables (default: data/processed)")
    b.add_argument("--manual", default=None, help="CSV of manual codings that win over the rules (default: data/manual_codings.csv if present)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--jobs", type=int, default=None, metavar="N",
                   help="worker processes (default: one per core for 24 files or more; 1: in this process)")
    b.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="a Dask scheduler (tcp://host:8786) that runs the pages' work; default: $BAS_SCHEDULER, else local processes")
    b.set_defaults(func=_build)

    a = sub.add_parser("agreement", help="compare the codings with a gold file of hand codings, or two coders' files",
                       description="Score the rule coder against hand codings: per indicator the cells compared, "
                                   "share equal, Cohen's kappa, precision and recall, then every disagreement. "
                                   "With --coder-a and --coder-b: the agreement of two researchers' codings.")
    a.add_argument("--gold", default=None, help="CSV in the format of shared/gold/codings.csv")
    a.add_argument("--coder-a", default=None, metavar="FILE", help="one researcher's manual codings or filled-in review sheet (CSV or .xlsx)")
    a.add_argument("--coder-b", default=None, metavar="FILE", help="the other researcher's, of the same cells: prints kappa per indicator")
    a.add_argument("--processed", default="data/processed", help="folder of a build (default: data/processed)")
    a.add_argument("--raw", default=None, help="score a folder of raw pages instead: built into a temporary folder first")
    a.add_argument("--quiet", action="store_true", help="figures only, no list of disagreements")
    a.set_defaults(func=_agreement)

    r = sub.add_parser("report", help="render the HTML reports (national overview and one per region)",
                       description="Render reports/index.html, the national overview, one report per region, the "
                                   "method page and the tables to take along (CSV and Excel), in Swedish and "
                                   "readable offline. Builds first when the build is missing or stale.")
    r.add_argument("--region", nargs="+", action="extend", default=None, metavar="CODE",
                   help="region codes, e.g. --region 08 10 (default: all 21)")
    r.add_argument("--all", action="store_true", help="every region (the default when no --region is given)")
    r.add_argument("--jobs", type=int, default=2, help="notebooks executed in parallel (default: 2)")
    r.add_argument("--out", default="reports", help="folder for the HTML reports (default: reports)")
    r.add_argument("--force", action="store_true", help="re-render reports whose inputs are unchanged")
    r.add_argument("--processed", default="data/processed", help="folder of the build (default: data/processed)")
    r.add_argument("--raw", default=None, help="raw folder to build from when there is no build yet (default: data/raw); "
                   "a stale build is rebuilt from the raw folder its manifest records")
    r.add_argument("--timeout", type=int, default=600, help="seconds allowed per notebook cell (default: 600)")
    r.add_argument("--gold", default=None, metavar="FILE",
                   help="hand codings (format of shared/gold/codings.csv): the method page gives the coder's agreement "
                        "with them; without it the page says agreement was not measured for this material")
    r.add_argument("--scheduler", default=None, metavar="ADDRESS",
                   help="a Dask scheduler (tcp://host:8786) whose workers run the notebooks; default: $BAS_SCHEDULER, "
                        "else --jobs local processes")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    r.set_defaults(func=_report)

    v = sub.add_parser("review", help="write the codings that most need a person as reports/granskning.html, .csv and .xlsx",
                       description="Write the review queue: the codings that most need a person (low confidence, "
                                   "conflicts, unknowns), as granskning.html, .csv and .xlsx; with --apply, add the "
                                   "filled-in rows of a sheet to the manual codings file.")
    v.add_argument("--level", choices=["region", "municipality"], default=None, help="only this level (default: both)")
    v.add_argument("--region", default=None, metavar="CODE", help="only this region and its county's municipalities, e.g. 08")
    v.add_argument("--max", type=int, default=None, metavar="N", help="at most N codings, the most doubtful (default: all)")
    v.add_argument("--processed", default="data/processed", help="folder of the build (default: data/processed)")
    v.add_argument("--out", default="reports", help="folder for granskning.html, .csv and .xlsx (default: reports)")
    v.add_argument("--manual", default="data/manual_codings.csv", help="manual codings file corrections go to (default: data/manual_codings.csv)")
    v.add_argument("--apply", default=None, metavar="SHEET", help="add the filled-in rows of a review sheet (CSV or .xlsx) to the manual codings file")
    v.add_argument("--force", action="store_true", help="replace a sheet whose filled-in rows are not applied yet")
    v.set_defaults(func=_review)

    q = sub.add_parser("export-qdpx", help="write the coded pages as a REFI-QDA project (QualCoder, NVivo, ATLAS.ti, MAXQDA)",
                       description="Write the build as a REFI-QDA project (.qdpx) for QualCoder, NVivo, ATLAS.ti or "
                                   "MAXQDA, or the codebook alone as a REFI-QDA codebook (.qdc).")
    q.add_argument("out", help="the .qdpx file to write (with --codebook-only: a .qdc file)")
    q.add_argument("--processed", default="data/processed", help="folder of the build (default: data/processed)")
    q.add_argument("--codebook-only", action="store_true", help="write only the codebook, as a REFI-QDA codebook (.qdc)")
    q.add_argument("--force", action="store_true", help="replace the file if it exists")
    q.set_defaults(func=_export_qdpx)
    c = sub.add_parser("clean", help="remove the tables and reports bas-analysis made, and nothing else",
                       description="Remove what bas-analysis wrote: the builds in the output folder (only one with the "
                                   "package's marker) and the reports, pages and tables of the reports folder. Files "
                                   "a person put there and filled-in review sheets are kept and named.")
    c.add_argument("--processed", default="data/processed", help="build folder (default: data/processed)")
    c.add_argument("--reports", default="reports", help="reports folder (default: reports)")
    c.set_defaults(func=_clean)
    return p


def _quiet_broken_pipe() -> int:
    """The reader of stdout went away (``| head``): stop quietly, as ``cat`` does.

    Python's advice: point stdout at devnull so the flush at exit cannot raise again.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 141  # 128 + SIGPIPE, the shell's code for a pipe closed early


def main(argv: list[str] | None = None) -> int:
    from .report.render import decline_iri_grammars

    decline_iri_grammars()  # the command's own process: see there
    args = parser().parse_args(argv)
    try:
        code = args.func(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        return _quiet_broken_pipe()
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
