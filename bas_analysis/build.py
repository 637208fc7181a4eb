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

import operator
import os
import re
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import BasError, TimeBudgetExceeded

if TYPE_CHECKING:
    import pandas as pd

    from . import ingest, redact
    from .parse import ParsedDocument

# The stages' modules are imported where they are used: `import bas_analysis` stays light
# (no pandas, pandera, regex or name data until a build runs).

DEFAULT_RAW = Path("data/raw")
DEFAULT_OUT = Path("data/processed")
DEFAULT_MANUAL = Path("data/manual_codings.csv")
# Seconds one file may take in one stage (read, parse, redact) before it is set aside.
FILE_BUDGET_SECONDS = 60.0
# Problems about an input file (the rest, e.g. about manual codings, are not counted as files).
INPUT_STAGES = ("ingest", "parse", "build")


def parse_text(text: str, frame: str = ""):
    """Parse one page: :func:`bas_analysis.parse.parse_text` (the build calls it through this name); ``frame`` is
    an HTML page's frame (:attr:`bas_analysis.ingest.RawDocument.frame`)."""
    from .parse import parse_text as parse

    return parse(text, frame=frame)


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


class file_budget:
    """Run a stage of one file within ``seconds``; :class:`TimeBudgetExceeded` when it takes longer.

    In the main thread (a serial build, a local worker process) a timer signal
    interrupts the stage, also inside a regular expression; in another thread
    (a Dask worker's) a timer interrupts its Python code (:func:`_thread_timer`).
    (A class rather than a generator: a build enters one per file and stage, three per page.)
    """

    __slots__ = ("seconds", "stage", "_inner", "_previous_handler", "_previous_timer", "_start")

    def __init__(self, seconds: float | None, stage: str, name: str):
        self.seconds, self.stage, self._inner = seconds, stage, None

    def _message(self) -> str:
        return f"took longer than the time budget of {self.seconds:g} s per file while {self.stage}: set aside"

    def _expired(self, signum, frame):
        raise TimeBudgetExceeded(self._message())

    def __enter__(self):
        seconds = self.seconds
        if not seconds:
            return None
        if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
            self._inner = _thread_timer(seconds, self._message())
            return self._inner.__enter__()
        self._previous_handler = signal.signal(signal.SIGALRM, self._expired)
        self._previous_timer = signal.setitimer(signal.ITIMER_REAL, seconds)
        self._start = time.monotonic()
        return None

    def __exit__(self, *exc):
        if not self.seconds:
            return False
        if self._inner is not None:
            return self._inner.__exit__(*exc)
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self._previous_handler)
        previous_timer = self._previous_timer
        if previous_timer[0]:  # give an outer timer (a test runner's) what is left of its time
            signal.setitimer(signal.ITIMER_REAL, max(0.001, previous_timer[0] - (time.monotonic() - self._start)), previous_timer[1])
        return False


@contextmanager
def _thread_timer(seconds: float, message: str):
    """The time budget outside the main thread (a Dask worker's task): a timer raises
    :class:`TimeBudgetExceeded` in the thread at its next Python instruction (a regular
    expression running in C is interrupted when it returns); the time is checked at the end too."""
    import ctypes

    thread_id = threading.get_ident()
    lock = threading.Lock()
    state = {"active": True, "fired": False}

    class Expired(TimeBudgetExceeded):
        def __init__(self, *args):
            super().__init__(message)

    def expire():
        with lock:
            if state["active"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), ctypes.py_object(Expired))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    start = time.monotonic()
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        with lock:
            state["active"] = False
            if state["fired"]:  # fired as the stage ended: not raised yet, drop it (the check below decides)
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), None)
    if time.monotonic() - start > seconds:
        raise TimeBudgetExceeded(message)


# a page's words a problem's reason quotes ("closing section 'Nästa träff …: tgw' after …")
_QUOTED_EXCERPT_RE = re.compile(r"(?<![\w])'([^'\n]{1,200})'(?![\w])")


def _redacted_reason(redactor: "redact.Redactor", reason: str) -> str:
    """A problem's reason redacted, each excerpt it quotes from a page first on its own: the excerpt's end is where
    the page's line ended or was cut, where a signature stands ("Minnesanteckningar: tgw")."""
    if "'" in reason:
        reason = _QUOTED_EXCERPT_RE.sub(lambda m: "'" + redactor.redact(m.group(1)) + "'", reason)
    return redactor.redact(reason)


def _problem_rows(problems: list[ingest.Problem]) -> pd.DataFrame:
    import pandas as pd

    from . import schemas

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
    title = clean(doc.title)
    text = clean(raw.text)
    document = dict(
        doc_id=raw.doc_id,
        source_file=raw.source_file,
        kind=doc.kind,
        title=title,
        dates=";".join(d for d in doc.dates if d in text),  # a date the redaction took (a birth date) is no page's date
        page_date=doc.page_date,
        **_wave_columns(doc),
        wave_evidence=redactor.redact_evidence(doc.wave_evidence, ctx),  # never seen again
        generation=doc.generation,
        encoding=raw.encoding,
        repaired=raw.repaired,
        n_chars=len(raw.text),
        n_respondents=len(doc.respondents),
        text=text,
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


def raw_fingerprint(raw_dir: Path) -> dict[str, str]:
    """Name (as a build reports it) -> sha256 of every entry of ``raw_dir``; "" for what cannot be read."""
    import hashlib

    from . import ingest, redact

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


WARM_STAGES = ("read", "code", "all")


def warm_up(stage: str = "all") -> None:
    """Load what a pass's work on a page needs (once per process; workers forked from a process that did
    this share it). ``stage``: "read" for reading and parsing (name data, the question catalogue, the
    organisation matcher), "code" for redacting and coding (name data, the codebook, the lemmatiser's
    dictionary), "all" for both."""
    from . import redact

    if stage not in WARM_STAGES:
        raise ValueError(f"stage must be one of {WARM_STAGES}, not {stage!r}")
    redact.lexicon()
    if stage in ("read", "all"):
        from . import orgs
        from .parse.questionnaire import catalogue

        catalogue()
        orgs.match_org("Region Kalmar län")
    if stage in ("code", "all"):
        from . import coding
        from .coding.words import lemma_of

        coding.load_codebook()
        lemma_of("barngrupper")  # the lemmatiser's dictionary


def _warm_up_second_pass() -> None:
    """What the second pass's workers and the tables after it need (codebook, lemmatiser, the tables' schemas:
    pandera): a parallel build loads it in the parent while the first pass runs."""
    warm_up("code")
    from . import schemas

    schemas.warm_up()


# ------------------------------------------------------------------ per-document work (runs in workers)
@dataclass
class _Read:
    """One entry after reading and parsing: the page or the problem that set it aside."""

    index: int
    result: object  # ingest.RawDocument or ingest.Problem
    doc: ParsedDocument | None = None
    names: set[str] | None = None
    problem: ingest.Problem | None = None  # the parser's
    stashed: _Stashed | None = None  # where the page waits for the second pass (then result holds no text, doc is None)


@dataclass(frozen=True)
class _Stashed:
    """A parsed page a local worker left on disk for the second pass: entry ``position`` of the pickled
    list of (RawDocument, ParsedDocument) in ``path``. The parent gets this and a RawDocument without its
    text, so the pages do not travel to the parent and back, nor wait there between the passes."""

    path: str
    position: int
    source_file: str


def read_and_parse(items: list[tuple], budget: float | None, stash: str | None = None) -> list[_Read]:
    """Read and parse a chunk of entries: ``items`` are (index, name, path or (bytes, suffix)).

    Each file is read and parsed within ``budget`` seconds per stage; what
    fails is a problem, as in a serial build. Duplicates are found later, in
    the order of the raw folder. ``stash``: a folder this worker shares with the
    next pass's (local processes): the parsed pages go into one file there and
    come back as :class:`_Stashed` references.
    """
    out = _read_and_parse(items, budget)
    if stash:
        import dataclasses
        import pickle
        import uuid

        kept = [r for r in out if r.doc is not None]
        if kept:
            path = os.path.join(stash, f"pages-{uuid.uuid4().hex}.pickle")
            with open(path, "wb") as handle:
                pickle.dump([(r.result, r.doc) for r in kept], handle, protocol=pickle.HIGHEST_PROTOCOL)
            for position, r in enumerate(kept):
                r.stashed = _Stashed(path, position, r.result.source_file)
                r.result, r.doc = dataclasses.replace(r.result, text="", dropped_lines=[]), None
    return out


def _unstash(items: list) -> list[tuple]:
    """The (RawDocument, ParsedDocument) of each item: the pair itself, or read from its :class:`_Stashed` file
    (each file once)."""
    import pickle

    files: dict[str, list] = {}
    out = []
    for item in items:
        if isinstance(item, _Stashed):
            if item.path not in files:
                with open(item.path, "rb") as handle:
                    files[item.path] = pickle.load(handle)
            item = files[item.path][item.position]
        out.append(item)
    return out


def _item_file(item) -> str:
    """The file name of a second-pass item: a (RawDocument, ParsedDocument) or a :class:`_Stashed`."""
    return item.source_file if isinstance(item, _Stashed) else item[0].source_file


def _read_and_parse(items: list[tuple], budget: float | None) -> list[_Read]:
    from . import ingest, redact

    out = []
    for index, name, source in items:
        try:
            with file_budget(budget, "reading", name):
                if isinstance(source, tuple):
                    result = ingest.document_from_bytes(source[0], name, source[1])
                else:
                    result = ingest.read_document(source, name)
        except Exception as exc:  # noqa: BLE001 - one file never stops the build
            result = ingest.Problem(name, "ingest", str(exc) if isinstance(exc, BasError) else f"reading failed: {type(exc).__name__}: {exc}")
        if isinstance(result, ingest.Problem):
            out.append(_Read(index, result))
            continue
        try:
            with file_budget(budget, "parsing", result.source_file):
                # (a page with no frame, every plain page, is parsed by its text alone)
                doc = parse_text(result.text, result.frame) if result.frame else parse_text(result.text)
                found = redact.find_contact_names(result.text)
        except TimeBudgetExceeded as exc:
            out.append(_Read(index, result, problem=ingest.Problem(result.source_file, "parse", str(exc))))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad page must not stop the build
            out.append(_Read(index, result, problem=ingest.Problem(result.source_file, "parse", f"parser failed: {type(exc).__name__}: {exc}")))
            continue
        out.append(_Read(index, result, doc, found))
    return out


_REDACTORS: dict[str, redact.Redactor] = {}


def _redactor(names_handle) -> redact.Redactor:
    """The build's redactor, made once per worker process from the names the build collected."""
    from . import fanout, redact

    names, digest = fanout.resolve(names_handle)
    if digest not in _REDACTORS:
        _REDACTORS.clear()
        _REDACTORS[digest] = redact.Redactor(names)
    return _REDACTORS[digest]


# Arrow types of the schemas' column types (the rest are text): a chunk's rows travel as columns, not dicts
_ARROW_TYPES = {"Int64": "int64", "int64": "int64", "float64": "float64", "bool": "bool_"}


def _columns(rows: list, schema, as_tuples: bool = False):
    """A chunk's rows (mappings, or tuples in the schema's column order) as a pyarrow Table with the schema's
    columns: compact to send and to hold (no Python object per row and cell) until the tables are made."""
    import pyarrow as pa

    names = list(schema.columns)
    types = [getattr(pa, _ARROW_TYPES.get(str(column.dtype), "string"))() for column in schema.columns.values()]
    if not as_tuples:  # each row's values in the schema's column order (looked up in C, not cell by cell here)
        rows = list(map(operator.itemgetter(*names), rows))
    values = list(zip(*rows)) if rows else [() for _ in names]
    return pa.Table.from_arrays([pa.array(v, type=t) for v, t in zip(values, types)], schema=pa.schema(list(zip(names, types))))


def _table(parts: list, schema) -> pd.DataFrame:
    """The table made of the chunks' columns (in order), as ``pd.DataFrame`` makes it of the same rows."""
    import pyarrow as pa

    from . import schemas

    columns = list(schema.columns)
    table = pa.concat_tables(parts) if parts else None
    if table is None or table.num_rows == 0:
        return schemas.empty(schema)[columns]
    frame = table.to_pandas()
    del table
    return frame[columns]


@dataclass
class _Tables:
    """One page of a chunk: its warnings, or the problem that set it aside while redacting or coding.

    The rows of the chunk's pages (documents, respondents, answers, codings) travel as columns
    (:func:`_columns`) with the first page of the chunk that has rows (``columns``).
    """

    source_file: str
    warnings: list = field(default_factory=list)
    problem: ingest.Problem | None = None
    columns: dict | None = None


def redact_and_code(items: list, names_handle, budget: float | None) -> list[_Tables]:
    """Redact and code a chunk of parsed pages (``items``: (RawDocument, ParsedDocument) or :class:`_Stashed`)
    with the build's names."""
    from . import coding, ingest, schemas

    redactor = _redactor(names_handle)
    book = coding.load_codebook()
    out = []
    documents, respondents, answers, codings = [], [], [], []
    for raw, doc in _unstash(items):
        try:
            with file_budget(budget, "redacting", raw.source_file):
                document, page_respondents, page_answers = _document_tables(raw, doc, redactor)
        except TimeBudgetExceeded as exc:
            out.append(_Tables(raw.source_file, problem=ingest.Problem(raw.source_file, "build", str(exc))))
            continue
        try:
            rows = coding.code_rows(page_respondents, page_answers, book)
        except Exception as exc:  # noqa: BLE001 - one page must not stop the build
            out.append(_Tables(raw.source_file, problem=ingest.Problem(raw.source_file, "build", f"coding failed: {type(exc).__name__}: {exc}")))
            continue
        warnings = []
        if raw.dropped_lines:
            warnings.append(ingest.Problem(raw.source_file, "ingest", f"dropped {len(raw.dropped_lines)} junk line(s) (scrambled text)", "warning"))
        for warning in doc.warnings:
            stage = "match" if "not matched" in warning else "parse"
            warnings.append(ingest.Problem(raw.source_file, stage, warning, "warning"))
        documents.append(document)
        respondents += page_respondents
        answers += page_answers
        codings += rows
        out.append(_Tables(raw.source_file, warnings))
    if documents:
        first = next(t for t in out if t.problem is None)
        first.columns = dict(
            documents=_columns(documents, schemas.DOCUMENTS),
            respondents=_columns(respondents, schemas.RESPONDENTS),
            answers=_columns(answers, schemas.ANSWERS),
            codings=_columns(codings, schemas.CODINGS, as_tuples=True),
        )
    return out


def _deadline(budget: float | None, stages: int):
    """Seconds a task of n items may take before its worker is stopped: every item's budget in every stage, and a margin."""
    from . import fanout

    if not budget:
        return None
    return lambda task: (budget * stages + 5.0) * len(task[0]) + fanout.DEADLINE_MARGIN


def build(
    raw_dir: str | os.PathLike = DEFAULT_RAW,
    out_dir: str | os.PathLike = DEFAULT_OUT,
    manual_codings: str | os.PathLike | None = None,
    progress: bool = True,
    file_budget_seconds: float | None = FILE_BUDGET_SECONDS,
    jobs: int | None = None,
    scheduler: str | None = None,
) -> BuildResult:
    """Run ingest → parse → redact → code and write the processed tables as a new build of ``out_dir``.

    Pages are read, parsed, redacted and coded in chunks by worker processes
    (``jobs``: default one per core, ``1`` in this process) or on the Dask
    cluster whose scheduler is at ``scheduler`` (or ``BAS_SCHEDULER``); the
    tables are the same whichever runs them. Raises
    :class:`bas_analysis.errors.RawDirError` when ``raw_dir`` is missing and
    :class:`bas_analysis.errors.OutputDirError` when ``out_dir`` must not be
    written (nothing is touched then); any single bad file, and a file that
    kills or stalls its worker, is listed in ``problems`` and the build goes on.
    """
    from . import fanout

    with fanout.batch_gc():  # in this process and the workers it starts
        return _build(raw_dir, out_dir, manual_codings, progress, file_budget_seconds, jobs, scheduler)


def _build(raw_dir, out_dir, manual_codings, progress, file_budget_seconds, jobs, scheduler) -> BuildResult:
    from tqdm import tqdm

    from . import coding, compare, fanout, ingest, redact, store

    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    manual_path = Path(manual_codings) if manual_codings else default_manual_path(raw_dir)
    store.check_out_dir(out_dir, raw_dir, manual_path)
    entries = ingest.scan_raw_dir(raw_dir)
    names_only = redact.Redactor()  # file names are redacted before anything else sees them
    for entry in entries:
        entry.name = names_only.redact_filename(entry.name)
        if entry.problem is not None:
            entry.problem.file = entry.name

    readable = [(i, entry) for i, entry in enumerate(entries) if entry.problem is None]
    warm_up("read")  # before the workers start: forked ones share it
    with fanout.runner(jobs, scheduler, files=len(readable), warm="read") as run:
        # what the second pass needs is loaded here while the first pass runs; its workers are forked after it
        run.preload(_warm_up_second_pass)
        # 1. read and parse every file (the contact names of all pages are needed before any is redacted)
        items = []
        for i, entry in readable:
            if run.remote:  # workers elsewhere do not see this disk: the bytes go with the task
                data = ingest.read_bytes(entry.path, entry.name)
                items.append((i, entry.name, data if isinstance(data, ingest.Problem) else (data, entry.path.suffix.lower())))
            else:
                items.append((i, entry.name, entry.path))
        ready = [(i, _Read(i, source)) for i, name, source in items if isinstance(source, ingest.Problem)]
        stash = run.stash_dir()
        tasks = [(chunk, file_budget_seconds, stash) for chunk in fanout.chunks([it for it in items if not isinstance(it[2], ingest.Problem)], run.workers)]
        with tqdm(total=len(entries), desc="read", unit="file", disable=not progress or not entries, leave=False) as bar:
            bar.update(len(entries) - sum(len(t[0]) for t in tasks))
            lost = lambda task, reason: _Read(task[0][0][0], ingest.Problem(task[0][0][1], "ingest", f"reading or parsing stopped: {reason}"))  # noqa: E731
            for chunk in fanout.run_isolated(run, read_and_parse, tasks, lambda task: [([item], *task[1:]) for item in task[0]],
                                             lost, _deadline(file_budget_seconds, 2), lambda task: bar.update(len(task[0]))):
                ready += [(r.index, r) for r in chunk]
        by_index = dict(ready)

        problems: list[ingest.Problem] = []  # the problems of reading, then parsing, then redacting: as a serial build lists them
        read: list[_Read] = []
        seen: dict[str, str] = {}
        for i, entry in enumerate(entries):
            if entry.problem is not None:
                problems.append(entry.problem)
                continue
            r = by_index[i]
            entry.sha256, entry.size = getattr(r.result, "sha256", ""), getattr(r.result, "size", 0)
            if isinstance(r.result, ingest.Problem):
                problems.append(r.result)
            elif r.result.doc_id in seen:
                problems.append(ingest.Problem(r.result.source_file, "ingest", f"identical copy of {seen[r.result.doc_id]}", "skipped"))
            else:
                seen[r.result.doc_id] = r.result.source_file
                read.append(r)
        parsed: list = []  # (RawDocument, ParsedDocument), or a _Stashed where it waits
        names: set[str] = set()
        for r in read:
            if r.problem is not None:
                problems.append(r.problem)
                continue
            names |= r.names
            parsed.append(r.stashed or (r.result, r.doc))
        del by_index, ready, read

        # 2. redact and code every page with one matcher for the whole build
        names = frozenset(names)
        shared = run.share(names)
        run.fresh(warm="code")
        if stash:  # a task per file of stashed pages: each is read once (the first pass's chunks, less what was set aside)
            groups: dict[str, list] = {}
            for item in parsed:
                groups.setdefault(item.path, []).append(item)
            chunked = list(groups.values())
        else:
            chunked = fanout.chunks(parsed, run.workers)
        tasks = [(chunk, shared, file_budget_seconds) for chunk in chunked]
        del chunked
        del parsed
        parts: dict[str, list] = {"documents": [], "respondents": [], "answers": [], "codings": []}
        warnings: list[ingest.Problem] = []
        with tqdm(total=sum(len(t[0]) for t in tasks), desc="redact and code", unit="page", disable=not progress or not tasks, leave=False) as bar:
            lost = lambda task, reason: _Tables(_item_file(task[0][0]), problem=ingest.Problem(_item_file(task[0][0]), "build", f"redacting or coding stopped: {reason}"))  # noqa: E731
            # each chunk of parsed pages is let go once its rows are back: the parent holds no page twice
            results = fanout.run_isolated(run, redact_and_code, tasks, lambda task: [([item], *task[1:]) for item in task[0]],
                                          lost, _deadline(file_budget_seconds, 2), lambda task: bar.update(len(task[0])), release=True)
        for chunk in results:
            for t in chunk:
                if t.problem is not None:
                    problems.append(t.problem)
                    continue
                if t.columns:
                    for name, part in t.columns.items():
                        parts[name].append(part)
                warnings += t.warnings
        del results, tasks
        # for the notes of manual codings and the problems' reasons: this process's own copy of the names
        # (on Dask the handle holds a future of the cluster's copy)
        redactor = _redactor(("value", shared[1], names))
    from . import schemas  # loaded by now (_warm_up_second_pass)

    documents = _table(parts.pop("documents"), schemas.DOCUMENTS)
    respondents = _table(parts.pop("respondents"), schemas.RESPONDENTS)
    answers = _table(parts.pop("answers"), schemas.ANSWERS)
    for table in (documents, respondents):
        for column in WAVE_COLUMNS:
            if column != "wave_source":
                table[column] = table[column].astype("Int64")

    input_problems = problems
    codings, coding_problems = coding.codings_table(_table(parts.pop("codings"), schemas.CODINGS), respondents, manual_path)
    manual = codings["source"] == "manual"
    if manual.any():  # notes of manual codings are free text: they go to the evidence and the reports
        codings.loc[manual, "evidence"] = codings.loc[manual, "evidence"].map(redactor.redact)
    indicators = coding.indicators_wide(codings, respondents)
    indicators = compare.add_support_index(indicators, codings)

    all_problems = input_problems + warnings + list(coding_problems)
    for problem in all_problems:  # reasons quote names from the pages; files may be named after people
        problem.reason = _redacted_reason(redactor, problem.reason)
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
