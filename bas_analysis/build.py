"""Build: run the pipeline from a raw folder to the processed tables.

In:  ``raw_dir`` (pages as they were saved from the web, subfolders included)
     and optionally a file of manual codings.
Out: a new build in ``out_dir`` (see :mod:`bas_analysis.store`) with
     documents, respondents, answers, codings, indicators, problems (Parquet +
     CSV) and ``manifest.json`` whose counts add up: files seen = parsed +
     skipped + failed. Personal data is redacted before anything is written
     (page text, file names, notes of manual codings, problem reasons); raw
     files are never changed.

The output folder is checked first: a folder the build could damage (not
empty and not made by bas-analysis, the raw folder or one holding it, a file)
is refused with one clear error before anything is read or written. Each file
gets a time budget per stage (:data:`FILE_BUDGET_SECONDS`); a file that
exceeds it is set aside with a problem row and the build goes on.
"""
from __future__ import annotations

import os
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from . import __version__, coding, compare, ingest, redact, schemas, store
from .errors import TimeBudgetExceeded
from .parse import ParsedDocument, parse_text

DEFAULT_RAW = Path("data/raw")
DEFAULT_OUT = Path("data/processed")
DEFAULT_MANUAL = Path("data/manual_codings.csv")
# Seconds one file may take in one stage (read, parse, redact) before it is set aside.
FILE_BUDGET_SECONDS = 60.0
# Problems about an input file (the rest, e.g. about manual codings, are not counted as files).
INPUT_STAGES = ("ingest", "parse", "build")


@dataclass
class BuildResult:
    out_dir: Path
    counts: dict
    tables: dict[str, pd.DataFrame] = field(repr=False, default_factory=dict)
    build_dir: Path | None = None

    def summary(self) -> str:
        c = self.counts
        kinds = ", ".join(f"{k} {v}" for k, v in c["documents_by_kind"].items()) or "none"
        levels = ", ".join(f"{k} {v}" for k, v in c["respondents_by_level"].items()) or "none"
        lines = [
            f"files seen {c['files_seen']} = parsed {c['parsed']} + skipped {c['skipped']} + failed {c['failed']}",
            f"documents by kind: {kinds}",
            f"respondents by level: {levels} (unmatched {c['respondents_unmatched']})",
            f"codings: {c['codings']} ({c['codings_known']} known, {c['codings_manual']} manual)",
            f"problems: {c['problems']} (see {self.out_dir / 'problems.csv'})",
            f"tables written to {self.out_dir}",
        ]
        return "\n".join(lines)


@contextmanager
def file_budget(seconds: float | None, stage: str, name: str):
    """Run a stage of one file within ``seconds``; :class:`TimeBudgetExceeded` when it takes longer.

    In the main thread a timer interrupts the stage (also inside a regular
    expression); elsewhere the time is checked when the stage ends.
    """
    message = f"took longer than the time budget of {seconds:g} s per file while {stage}: set aside" if seconds else ""
    if not seconds:
        yield
        return
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        start = time.monotonic()
        yield
        if time.monotonic() - start > seconds:
            raise TimeBudgetExceeded(message)
        return

    def expired(signum, frame):
        raise TimeBudgetExceeded(message)

    previous_handler = signal.signal(signal.SIGALRM, expired)
    previous_timer = signal.setitimer(signal.ITIMER_REAL, seconds)
    start = time.monotonic()
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_timer[0]:  # give an outer timer (a test runner's) what is left of its time
            signal.setitimer(signal.ITIMER_REAL, max(0.001, previous_timer[0] - (time.monotonic() - start)), previous_timer[1])


def _problem_rows(problems: list[ingest.Problem]) -> pd.DataFrame:
    rows = [dict(file=p.file, stage=p.stage, severity=p.severity, reason=p.reason) for p in problems]
    return pd.DataFrame(rows, columns=list(schemas.PROBLEMS.columns)) if rows else schemas.empty(schemas.PROBLEMS)


WAVE_COLUMNS = ("wave", "wave_source", "wave_min", "wave_max")


def _wave_columns(doc: ParsedDocument) -> dict:
    """The page's place in time, as documents and respondents carry it (parse/waves.py)."""
    return dict(wave=doc.wave, wave_source=doc.wave_source, wave_min=doc.wave_min, wave_max=doc.wave_max)


def _document_tables(raw: ingest.RawDocument, doc: ParsedDocument, redactor: redact.Redactor):
    """The rows of one page for documents, respondents and answers, with personal data redacted."""
    ctx = redactor.context(raw.text)
    clean = lambda text: redactor.redact(text, ctx)  # noqa: E731
    document = dict(
        doc_id=raw.doc_id,
        source_file=raw.source_file,
        kind=doc.kind,
        title=clean(doc.title),
        dates=";".join(doc.dates),
        page_date=doc.page_date,
        **_wave_columns(doc),
        wave_evidence=clean(doc.wave_evidence),
        generation=doc.generation,
        encoding=raw.encoding,
        repaired=raw.repaired,
        n_chars=len(raw.text),
        n_respondents=len(doc.respondents),
        text=clean(raw.text),
    )
    respondents, answers = [], []
    for r_index, respondent in enumerate(doc.respondents):
        respondent_id = f"{raw.doc_id}:{r_index:02d}"
        respondents.append(
            dict(
                respondent_id=respondent_id,
                doc_id=raw.doc_id,
                kind=doc.kind,
                org_name=clean(respondent.org_name),
                org_code=respondent.org_code,
                level=respondent.level,
                county_code=respondent.county_code,
                sub_unit=clean(respondent.sub_unit),
                **_wave_columns(doc),
                match_method=respondent.match_method,
                match_score=float(respondent.match_score),
                source_file=raw.source_file,
            )
        )
        for position, answer in enumerate(respondent.answers):
            answers.append(
                dict(
                    answer_id=f"{respondent_id}:{position:03d}",
                    respondent_id=respondent_id,
                    doc_id=raw.doc_id,
                    question_id=answer.question_id,
                    question_text=clean(answer.question_text),
                    section=answer.section,
                    position=position,
                    answer_text=clean(answer.answer_text),
                )
            )
    return document, respondents, answers


def _frame(rows: list[dict], schema) -> pd.DataFrame:
    return (pd.DataFrame(rows) if rows else schemas.empty(schema))[list(schema.columns)]


def raw_fingerprint(raw_dir: Path) -> dict[str, str]:
    """Name (as a build reports it) -> sha256 of every entry of ``raw_dir``; "" for what cannot be read."""
    import hashlib

    redactor = redact.Redactor()
    out = {}
    for entry in ingest.scan_raw_dir(Path(raw_dir)):
        digest = ""
        if entry.problem is None:
            try:
                with open(entry.path, "rb") as handle:
                    digest = hashlib.sha256(handle.read()).hexdigest()
            except OSError:
                digest = ""
        out[redactor.redact_filename(entry.name)] = digest
    return out


def default_manual_path(raw_dir: Path) -> Path | None:
    """``data/manual_codings.csv`` when building the default raw folder and the file exists."""
    if DEFAULT_MANUAL.exists() and Path(raw_dir).resolve() == DEFAULT_RAW.resolve():
        return DEFAULT_MANUAL
    return None


def build(
    raw_dir: str | os.PathLike = DEFAULT_RAW,
    out_dir: str | os.PathLike = DEFAULT_OUT,
    manual_codings: str | os.PathLike | None = None,
    progress: bool = True,
    file_budget_seconds: float | None = FILE_BUDGET_SECONDS,
) -> BuildResult:
    """Run ingest → parse → redact → code and write the processed tables as a new build of ``out_dir``.

    Raises :class:`bas_analysis.errors.RawDirError` when ``raw_dir`` is
    missing and :class:`bas_analysis.errors.OutputDirError` when ``out_dir``
    must not be written (nothing is touched then); any single bad file is
    listed in ``problems`` and the build goes on.
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    manual_path = Path(manual_codings) if manual_codings else default_manual_path(raw_dir)
    store.check_out_dir(out_dir, raw_dir, manual_path)
    entries = ingest.scan_raw_dir(raw_dir)
    names_only = redact.Redactor()  # file names are redacted before anything else sees them
    for entry in entries:
        entry.name = names_only.redact_filename(entry.name)
        if entry.problem is not None:
            entry.problem.file = entry.name

    budget = lambda stage: (lambda name: file_budget(file_budget_seconds, stage, name))  # noqa: E731
    with tqdm(total=len(entries), desc="read", unit="file", disable=not progress or not entries, leave=False) as bar:
        read, problems = ingest.ingest(raw_dir, progress=lambda _: bar.update(), entries=entries, guard=budget("reading"))
    parsed: list[tuple[ingest.RawDocument, ParsedDocument]] = []
    names: set[str] = set()
    for result in tqdm(read, desc="parse", unit="page", disable=not progress or not read, leave=False):
        try:
            with file_budget(file_budget_seconds, "parsing", result.source_file):
                doc = parse_text(result.text)
                found = redact.find_contact_names(result.text)
        except TimeBudgetExceeded as exc:
            problems.append(ingest.Problem(result.source_file, "parse", str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad page must not stop the build
            problems.append(ingest.Problem(result.source_file, "parse", f"parser failed: {type(exc).__name__}: {exc}"))
            continue
        names |= found
        parsed.append((result, doc))

    redactor = redact.Redactor(names)  # one matcher for the whole build
    documents, respondents, answers = [], [], []
    warnings: list[ingest.Problem] = []
    for raw, doc in tqdm(parsed, desc="redact", unit="page", disable=not progress or not parsed, leave=False):
        try:
            with file_budget(file_budget_seconds, "redacting", raw.source_file):
                document, doc_respondents, doc_answers = _document_tables(raw, doc, redactor)
        except TimeBudgetExceeded as exc:
            problems.append(ingest.Problem(raw.source_file, "build", str(exc)))
            continue
        documents.append(document)
        respondents += doc_respondents
        answers += doc_answers
        if raw.dropped_lines:
            warnings.append(ingest.Problem(raw.source_file, "ingest", f"dropped {len(raw.dropped_lines)} junk line(s) (scrambled text)", "warning"))
        for warning in doc.warnings:
            stage = "match" if "not matched" in warning else "parse"
            warnings.append(ingest.Problem(raw.source_file, stage, warning, "warning"))
    documents = _frame(documents, schemas.DOCUMENTS)
    respondents = _frame(respondents, schemas.RESPONDENTS)
    answers = _frame(answers, schemas.ANSWERS)
    for table in (documents, respondents):
        for column in WAVE_COLUMNS:
            if column != "wave_source":
                table[column] = table[column].astype("Int64")

    input_problems = problems
    codings, coding_problems = coding.code_all(respondents, answers, manual_path)
    manual = codings["source"] == "manual"
    if manual.any():  # notes of manual codings are free text: they go to the evidence and the reports
        codings.loc[manual, "evidence"] = codings.loc[manual, "evidence"].map(redactor.redact)
    indicators = coding.indicators_wide(codings, respondents)
    indicators = compare.add_support_index(indicators, codings)

    all_problems = input_problems + warnings + list(coding_problems)
    for problem in all_problems:  # reasons quote names from the pages; files may be named after people
        problem.reason = redactor.redact(problem.reason)
        if problem.stage not in INPUT_STAGES:
            problem.file = names_only.redact_filename(problem.file)
    problem_table = _problem_rows(all_problems)
    set_aside = [p for p in input_problems if p.severity in ("skipped", "error")]
    counts = {
        "files_seen": len(entries),
        "parsed": len(documents),
        "skipped": sum(p.severity == "skipped" for p in set_aside),
        "failed": sum(p.severity == "error" for p in set_aside),
        "warnings": int((problem_table["severity"] == "warning").sum()),
        "documents_by_kind": documents["kind"].value_counts().sort_index().to_dict(),
        "respondents": len(respondents),
        "respondents_by_level": respondents["level"].value_counts().sort_index().to_dict(),
        "respondents_unmatched": int((respondents["org_code"] == "").sum()),
        "answers": len(answers),
        "codings": len(codings),
        "codings_known": int((codings["value"] != "unknown").sum()),
        "codings_manual": int(manual.sum()),
        "problems": len(problem_table),
    }
    if counts["files_seen"] != counts["parsed"] + counts["skipped"] + counts["failed"]:  # a bug, not bad input
        raise AssertionError(f"build accounting does not add up: {counts}")
    manifest = {
        "package": "bas-analysis",
        "version": __version__,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "raw_dir": str(raw_dir.resolve()),
        "codebook_sha256": coding.codebook_hash(),
        "manual_codings": str(manual_path.resolve()) if manual_path else None,
        "inputs": [{"file": e.name, "sha256": e.sha256 or None, "bytes": e.size if e.sha256 else None} for e in entries],
        "counts": counts,
    }
    tables = dict(
        documents=documents,
        respondents=respondents,
        answers=answers,
        problems=problem_table,
        codings=codings,
        indicators=indicators,
    )
    with store.lock_for(out_dir):
        folder = store.write_tables(tables, manifest, out_dir, raw_dir, manual_path)
    return BuildResult(out_dir, counts, tables, folder)
