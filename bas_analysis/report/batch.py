"""Batch: the national overview and the region reports, rendered in parallel from one build.

In:  a build (``data/processed``; when stale, rebuilt from the raw folder its
     manifest records; when missing, built from ``data/raw``), the notebooks in
     ``notebooks/`` (whose content comes from :mod:`bas_analysis.report.content`),
     region codes and, optionally, a gold file of hand codings.
Out: ``<out>/region-XX.html`` and ``<out>/nationell-oversikt.html``
     (:mod:`.render`), ``<out>/index.html`` and ``<out>/metod.html``
     (:mod:`.pages`), the tables to take along in ``<out>/tabeller/``
     (:mod:`.downloads`), the executed notebooks in ``<out>/notebooks/``,
     failures with their log in ``<out>/failed/``, and ``<out>/.state.json``:
     each report's key, a digest of what it was made from (the content of the
     tables it reads, notebook, library and parameters), so unchanged reports
     are skipped.

One :class:`Job` per notebook; :func:`execute_jobs` runs them in local worker
processes (:func:`execute_and_render` each), :func:`execute_on_cluster` on the
workers of a Dask cluster (``--scheduler`` or ``BAS_SCHEDULER``), one failure
not stopping the rest; :func:`run_reports` is the whole batch.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
import time
import traceback
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from multiprocessing import get_context
from pathlib import Path

from .. import orgs
from ..labels import REPORT_STATUS_SV as STATUS_SV
from .content import normalise_region, region_has_data, regions_compared, report_inputs
from . import render
from .render import BATCH_KERNEL_NAME, PACKAGE_DIR, TEMPLATE_DIR, decline_iri_grammars, execute_notebook, render_html, write_atomic

NOTEBOOK_DIR = PACKAGE_DIR.parent / "notebooks"
NATIONAL = "nationell-oversikt"

STATUS_OK, STATUS_NO_DATA, STATUS_FAILED = "ok", "no_data", "failed"


# --- the batch run -------------------------------------------------------------------


def _manifest(processed_dir: Path) -> dict | None:
    from ..store import build_dir

    path = build_dir(processed_dir) / "manifest.json"
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def recorded_raw_dir(processed_dir: Path) -> Path | None:
    """The raw folder the build in ``processed_dir`` was made from (its manifest says), or None."""
    manifest = _manifest(Path(processed_dir))
    return Path(manifest["raw_dir"]) if manifest and manifest.get("raw_dir") else None


def build_is_stale(processed_dir: Path, raw_dir: Path | None = None) -> str | None:
    """Why the build must be (re)made, or None: missing, raw files changed, or codebook changed.

    The raw folder is the one recorded in the build's manifest (``raw_dir``
    only when there is no build yet, or for a build of an older version that
    recorded none). A recorded folder that is gone cannot be checked: None.
    """
    from ..build import raw_fingerprint
    from ..coding.codebook import codebook_hash

    manifest = _manifest(Path(processed_dir))
    if manifest is None:
        return f"no build in {processed_dir}"
    raw = recorded_raw_dir(processed_dir) or (Path(raw_dir) if raw_dir else None)
    if raw is None or not raw.is_dir():
        return None
    built = {entry["file"]: entry.get("sha256") or "" for entry in manifest.get("inputs", [])}
    if built != raw_fingerprint(raw):
        return f"the files in {raw} changed since the build of {manifest.get('built_at', '?')}"
    if manifest.get("codebook_sha256") and manifest["codebook_sha256"] != codebook_hash():
        return "the codebook changed since the build"
    return None


def ensure_build(processed_dir: Path, raw_dir: Path | None = None, progress: bool = True) -> Path:
    """A current build in ``processed_dir``: rebuilt from the raw folder its manifest records when stale.

    ``raw_dir`` is used when there is no build yet (default ``data/raw``); a
    different ``raw_dir`` than the build's own is refused, and a recorded raw
    folder that is gone is reported and the build used as it is.
    """
    from ..build import DEFAULT_RAW, build
    from ..errors import ReportError

    processed_dir = Path(processed_dir)
    manifest = _manifest(processed_dir)
    recorded = recorded_raw_dir(processed_dir)
    if recorded is not None and raw_dir is not None and Path(raw_dir).resolve() != recorded.resolve():
        raise ReportError(
            f"the build in {processed_dir} was made from {recorded}, not from {raw_dir}: "
            f"run `bas-analysis build --raw {raw_dir} --out {processed_dir}` first, or leave out --raw"
        )
    raw = recorded or Path(raw_dir or DEFAULT_RAW)
    manual = None
    if manifest is not None:
        if not raw.is_dir():
            print(f"bas-analysis report: cannot check whether {processed_dir} is current: its raw folder {raw} "
                  "is gone; reporting on the build as it is", file=sys.stderr)
            return processed_dir
        recorded_manual = manifest.get("manual_codings")
        manual = Path(recorded_manual) if recorded_manual and Path(recorded_manual).exists() else None
    reason = build_is_stale(processed_dir, raw)
    if reason:
        print(f"bas-analysis report: building {processed_dir} from {raw} first ({reason})", file=sys.stderr)
        result = build(raw_dir=raw, out_dir=processed_dir, manual_codings=manual, progress=progress)
        print(result.summary(), file=sys.stderr)
    return processed_dir


def ensure_kernel() -> str:
    """The kernel spec a batch runs its notebooks on (:mod:`.kernel`: ipykernel without its debugger)."""
    return render.ensure_kernel(BATCH_KERNEL_NAME, batch=True)


def _sha256_of(paths) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def library_fingerprint() -> str:
    """The package's code, data and report templates: a change re-renders every report."""
    return _sha256_of([*PACKAGE_DIR.rglob("*.py"), *PACKAGE_DIR.glob("data/*"), *TEMPLATE_DIR.rglob("*.*")])


@dataclass(frozen=True)
class Job:
    """One notebook to execute and render (picklable: it goes to a worker process)."""

    name: str
    title: str
    notebook: Path
    parameters: dict
    out_dir: Path
    kernel: str
    timeout: int
    status_if_ok: str
    key: str = ""

    @property
    def executed(self) -> Path:
        return self.out_dir / "notebooks" / f"{self.name}.ipynb"

    @property
    def html(self) -> Path:
        return self.out_dir / f"{self.name}.html"

    @property
    def failed(self) -> Path:
        return self.out_dir / "failed"


@dataclass
class Outcome:
    name: str
    status: str
    seconds: float
    message: str = ""


def execute_and_render(job: Job) -> Outcome:
    """Run one notebook with Papermill and render it; any failure is kept, not raised."""
    start = time.monotonic()
    log_path = job.executed.with_suffix(".log")
    job.executed.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(log_path, "w", encoding="utf-8") as log, _stderr_to(log):
            execute_notebook(job.notebook, job.executed, job.parameters, job.kernel, job.timeout, log)
        render_html(job.executed, job.html, job.title)
        for stale in (job.failed / f"{job.name}.ipynb", job.failed / f"{job.name}.log"):
            stale.unlink(missing_ok=True)
        return Outcome(job.name, job.status_if_ok, time.monotonic() - start)
    except Exception as error:  # noqa: BLE001 - one report's failure must not stop the others
        return _keep_failure(job, error, log_path, time.monotonic() - start)


@contextmanager
def _stderr_to(log):
    """Send this process's stderr, and so the kernel's (it inherits the descriptor), to ``log``."""
    sys.stderr.flush()
    saved = os.dup(2)
    os.dup2(log.fileno(), 2)
    try:
        yield
    finally:
        sys.stderr.flush()
        log.flush()
        os.dup2(saved, 2)
        os.close(saved)


def _failure_message(error: Exception) -> str:
    from papermill.exceptions import PapermillExecutionError

    if isinstance(error, PapermillExecutionError):
        return f"{error.ename}: {error.evalue} (cell {error.exec_count})"
    return f"{type(error).__name__}: {str(error).strip().splitlines()[0] if str(error).strip() else ''}"


def _keep_failure(job: Job, error: Exception, log_path: Path, seconds: float) -> Outcome:
    job.failed.mkdir(parents=True, exist_ok=True)
    ansi = re.compile(r"\x1b\[[0-9;]*m")
    with open(log_path, "a", encoding="utf-8") as log:
        log.write(f"\n--- {job.name} failed after {seconds:.1f} s ---\n")
        log.write(ansi.sub("", "".join(traceback.format_exception(error))))
    if job.executed.exists():
        shutil.move(str(job.executed), job.failed / job.executed.name)
    shutil.move(str(log_path), job.failed / log_path.name)
    job.html.unlink(missing_ok=True)  # an older report would look current
    return Outcome(job.name, STATUS_FAILED, seconds, _failure_message(error))


def select_regions(regions: list[str] | None, all_regions: bool) -> list[str]:
    """The region codes to report on: all 21 with ``all_regions`` or none named; else the named, normalised."""
    if all_regions or not regions:
        return list(orgs.regions()["code"])
    return list(dict.fromkeys(normalise_region(code) for code in regions))


def content_digest(inputs: dict) -> str:
    """A digest of a report's inputs (:func:`.content.report_inputs`): tables by their cells, the rest as JSON."""
    import pandas as pd

    digest = hashlib.sha256()
    for name in sorted(inputs):
        value = inputs[name]
        digest.update(f"\n{name}\n".encode())
        if isinstance(value, pd.DataFrame):
            digest.update(json.dumps([str(c) for c in value.columns]).encode())
            digest.update(pd.util.hash_pandas_object(value.reset_index(drop=True), index=False).to_numpy().tobytes())
        else:
            digest.update(json.dumps(value, sort_keys=True, default=str).encode())
    return digest.hexdigest()


def plan_jobs(data, codes: list[str], out_dir: Path, processed_dir: Path, kernel: str, timeout: int,
              linked: list[str] | None = None) -> list[Job]:
    """The national overview and one job per region, each with the key that decides skipping.

    ``linked``: the regions whose reports the national overview links (default ``codes``).
    A report's key is made of what it shows, not of when or where the build was
    made: the content of the tables it reads (:func:`.content.report_inputs`),
    the notebook, the library (code, codebook, templates) and the parameters
    other than the build's folder. A rebuild of the same pages renders nothing;
    a changed page renders its region (and the regions whose comparison with
    the country it changes) and the national overview.
    """
    library = library_fingerprint()
    notebooks = {"national": NOTEBOOK_DIR / "national_overview.ipynb", "region": NOTEBOOK_DIR / "region_report.ipynb"}
    for path in notebooks.values():
        if not path.exists():
            raise FileNotFoundError(f"notebook not found: {path}")
    common = dict(out_dir=out_dir, kernel=kernel, timeout=timeout)
    jobs = [Job(NATIONAL, "Barn som anhöriga: nationell översikt", notebooks["national"],
                {"processed_dir": str(processed_dir), "wave": None, "region_reports": sorted(linked or codes)},
                status_if_ok=STATUS_OK, **common)]
    inputs = {NATIONAL: report_inputs(data)}
    compared = regions_compared(data)
    for code in codes:
        status = STATUS_OK if region_has_data(data, code) else STATUS_NO_DATA
        jobs.append(Job(f"region-{code}", f"Barn som anhöriga: {orgs.region_name(code)}", notebooks["region"],
                        {"region_code": code, "processed_dir": str(processed_dir), "wave": None},
                        status_if_ok=status, **common))
        inputs[jobs[-1].name] = report_inputs(data, code, compared)
    keyed = []
    for job in jobs:
        parameters = {name: value for name, value in job.parameters.items() if name != "processed_dir"}
        parts = [content_digest(inputs[job.name]), library, hashlib.sha256(job.notebook.read_bytes()).hexdigest(),
                 json.dumps(parameters, sort_keys=True), job.status_if_ok]
        keyed.append(replace(job, key=hashlib.sha256("\n".join(parts).encode()).hexdigest()))
    return keyed


def read_state(out_dir: Path) -> dict:
    path = out_dir / ".state.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {"reports": {}}


def is_unchanged(job: Job, state: dict) -> bool:
    previous = state.get("reports", {}).get(job.name, {})
    return previous.get("key") == job.key and previous.get("status") in (STATUS_OK, STATUS_NO_DATA) and job.html.exists()


def execute_jobs(jobs: list[Job], workers: int, progress: bool):
    """Yield an Outcome per job as it finishes, ``workers`` notebooks at a time in separate processes."""
    from tqdm.auto import tqdm

    if not jobs:
        return
    bar = tqdm(total=len(jobs), desc="reports", unit="notebook", disable=not progress)
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), mp_context=get_context("spawn"),
                             initializer=decline_iri_grammars) as pool:
        futures = {pool.submit(execute_and_render, job): job for job in jobs}
        for future in as_completed(futures):
            job = futures[future]
            try:
                outcome = future.result()
            except Exception as error:  # noqa: BLE001 - a worker that died takes only its own job down
                outcome = Outcome(job.name, STATUS_FAILED, 0.0, f"worker died: {type(error).__name__}: {error}")
            bar.set_postfix_str(f"{job.name}: {STATUS_SV[outcome.status]}")
            bar.update()
            yield job, outcome
    bar.close()


# --- on a Dask cluster -------------------------------------------------------------------------
# A worker may be on another machine: it gets the build's files, the notebook and the job, runs the
# notebook in a folder of its own and sends back what it made; this process writes it into the report
# folder (atomically, as a local run does). Its own exception is a failed report, as in a local run.


def build_files(processed_dir: Path) -> dict[str, bytes]:
    """The files a worker on another machine needs to load a build folder, by name: its tables in Parquet
    and its manifest (not the CSV copies, which are for people)."""
    return {path.name: path.read_bytes() for path in sorted(Path(processed_dir).iterdir())
            if path.is_file() and (path.suffix == ".parquet" or path.name == "manifest.json")}


def _build_on_worker(handle) -> Path:
    """The shared build's files in a folder of this worker's, written once per build."""
    import tempfile

    from ..fanout import resolve

    files, digest = resolve(handle)
    folder = Path(tempfile.gettempdir()) / f"bas-report-build-{digest}"
    if not folder.is_dir():
        partial = Path(tempfile.mkdtemp(prefix=f"{folder.name}-", dir=folder.parent))
        for name, data in files.items():
            (partial / name).write_bytes(data)
        try:
            os.replace(partial, folder)
        except OSError:  # another task of this worker was first
            shutil.rmtree(partial, ignore_errors=True)
    return folder


def execute_remotely(job: Job, notebook: bytes, build_handle) -> tuple[Outcome, dict[str, bytes]]:
    """On a worker: run ``job`` in a temporary folder; its Outcome and the files it made, by path in the report folder."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="bas-report-") as tmp:
        here = Path(tmp)
        (here / job.notebook.name).write_bytes(notebook)
        local = replace(job, notebook=here / job.notebook.name, out_dir=here / "out", kernel=ensure_kernel(),
                        parameters={**job.parameters, "processed_dir": str(_build_on_worker(build_handle))})
        outcome = execute_and_render(local)
        made = {str(path.relative_to(local.out_dir)): path.read_bytes()
                for path in sorted(local.out_dir.rglob("*")) if path.is_file()}
    return outcome, made


def _keep_products(job: Job, outcome: Outcome, made: dict[str, bytes]) -> None:
    """Write what a worker made into the report folder, as :func:`execute_and_render` leaves it locally."""
    for name, data in made.items():
        path = job.out_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        temporary.write_bytes(data)
        os.replace(temporary, path)
    if outcome.status == STATUS_FAILED:
        job.html.unlink(missing_ok=True)  # an older report would look current
    else:
        for stale in (job.failed / f"{job.name}.ipynb", job.failed / f"{job.name}.log"):
            stale.unlink(missing_ok=True)


def execute_on_cluster(jobs: list[Job], scheduler: str, processed_dir: Path, progress: bool):
    """Yield an Outcome per job as it finishes, each notebook run on a worker of the Dask cluster at ``scheduler``.

    The connection is :mod:`bas_analysis.fanout`'s Dask runner; the build's
    files are sent to every worker once, each notebook with its job.
    """
    from distributed import as_completed
    from tqdm.auto import tqdm

    from ..fanout import runner

    if not jobs:
        return
    cluster = runner(scheduler=scheduler)
    try:
        build = cluster.share(build_files(processed_dir))
        bar = tqdm(total=len(jobs), desc="reports", unit="notebook", disable=not progress)
        futures = {cluster.client.submit(execute_remotely, job, job.notebook.read_bytes(), build, pure=False): job
                   for job in jobs}
        for future in as_completed(futures, loop=cluster.client.loop):
            job = futures[future]
            try:
                outcome, made = future.result()
                _keep_products(job, outcome, made)
            except Exception as error:  # noqa: BLE001 - a worker that died takes only its own job down
                outcome = Outcome(job.name, STATUS_FAILED, 0.0, f"the cluster lost it: {type(error).__name__}: {error}")
                job.html.unlink(missing_ok=True)
            bar.set_postfix_str(f"{job.name}: {STATUS_SV[outcome.status]}")
            bar.update()
            yield job, outcome
        bar.close()
    finally:
        cluster.close()


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def run_reports(
    regions: list[str] | None,
    all_regions: bool,
    jobs: int,
    out_dir: Path,
    force: bool,
    processed_dir: Path,
    raw_dir: Path | None,
    timeout: int,
    progress: bool,
    gold: Path | None = None,
    scheduler: str | None = None,
) -> int:
    """Render the national overview, the region reports, the method page, the tables and the index.

    0 when no report failed, 1 otherwise. The whole batch works on one build:
    the current build of ``processed_dir`` is pinned (a build that finishes
    meanwhile does not remove it) and every notebook gets that build's own
    folder. ``gold``: a file of hand codings; the method page gives the
    coder's agreement with it (else it says agreement was not measured).
    ``scheduler``: a Dask scheduler's address (default: the environment
    variable ``BAS_SCHEDULER``); the notebooks then run on that cluster's
    workers, else in ``jobs`` local processes.
    """
    from filelock import FileLock

    from ..store import pinned

    codes = select_regions(regions, all_regions)
    if gold is not None:
        from ..agreement import read_gold

        read_gold(gold)  # a bad gold file stops before anything is rendered
    out_dir, processed_dir = Path(out_dir).resolve(), Path(processed_dir).resolve()
    ensure_build(processed_dir, Path(raw_dir) if raw_dir else None, progress)
    out_dir.mkdir(parents=True, exist_ok=True)
    with pinned(processed_dir) as build_folder, FileLock(str(out_dir / ".report.lock")):
        return _run_batch(codes, jobs, out_dir, force, build_folder.resolve(), timeout, progress, gold, scheduler)


def _rendered_regions(out_dir: Path, state: dict) -> set[str]:
    """Region codes whose report a previous batch left in ``out_dir``."""
    return {
        name.removeprefix("region-") for name, entry in state.get("reports", {}).items()
        if name.startswith("region-") and entry.get("status") in (STATUS_OK, STATUS_NO_DATA)
        and (out_dir / entry.get("html", "")).is_file()
    }


def _run_batch(codes: list[str], jobs: int, out_dir: Path, force: bool, processed_dir: Path, timeout: int,
               progress: bool, gold: Path | None = None, scheduler: str | None = None) -> int:
    from ..fanout import SCHEDULER_ENV
    from ..store import load
    from . import pages

    data = load(processed_dir)
    kernel = ensure_kernel()
    state = read_state(out_dir)
    linked = sorted(set(codes) | _rendered_regions(out_dir, state))
    planned = plan_jobs(data, codes, out_dir, processed_dir, kernel, timeout, linked)
    todo = [job for job in planned if force or not is_unchanged(job, state)]
    failed = []
    scheduler = scheduler or os.environ.get(SCHEDULER_ENV) or None
    if scheduler:
        outcomes = execute_on_cluster(todo, scheduler, processed_dir, progress)
    else:
        outcomes = execute_jobs(todo, max(1, jobs or os.cpu_count() or 1), progress)
    # the download tables and the method page need no notebook: made by a thread of this process while
    # the notebooks run elsewhere (this process mostly waits for them meanwhile)
    with ThreadPoolExecutor(max_workers=1) as side:
        products = side.submit(_side_pages, data, out_dir, gold)
        _record(outcomes, state, data, out_dir, failed)
        tables = products.result()
    pages.write_index(out_dir, state, tables)
    print(_summary(planned, todo, failed, out_dir))
    for outcome in failed:
        print(f"FAILED {outcome.name}: {outcome.message} (notebook and log in {out_dir / 'failed'})", file=sys.stderr)
    return 1 if failed else 0


def _side_pages(data, out_dir: Path, gold: Path | None) -> dict:
    """The download tables (returned: what the index offers) and the method page of a batch."""
    from . import downloads, pages

    tables = downloads.write_downloads(data, out_dir)
    pages.write_method_page(data, out_dir, gold)
    return tables


def _record(outcomes, state: dict, data, out_dir: Path, failed: list) -> None:
    """Write each report's outcome into the batch's state as it arrives (``.state.json``, atomically)."""
    for job, outcome in outcomes:
        state["reports"][job.name] = {
            "key": job.key if outcome.status != STATUS_FAILED else "",
            "status": outcome.status,
            "title": job.title,
            "html": job.html.name,
            "rendered_at": _now(),
            "built_at": data.manifest.get("built_at", ""),
            "seconds": round(outcome.seconds, 1),
            "message": outcome.message,
        }
        write_atomic(out_dir / ".state.json", json.dumps(state, indent=2, ensure_ascii=False))
        if outcome.status == STATUS_FAILED:
            failed.append(outcome)


def _summary(planned: list[Job], todo: list[Job], failed: list[Outcome], out_dir: Path) -> str:
    rendered = len(todo) - len(failed)
    return (
        f"reports: {len(planned)} planned, {rendered} rendered, {len(planned) - len(todo)} unchanged (skipped), "
        f"{len(failed)} failed\nopen {out_dir / 'index.html'}"
    )


