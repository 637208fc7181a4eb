"""Store: write the processed tables as one build and load one build back.

In:  named DataFrames and a manifest (from :mod:`bas_analysis.build`).
Out: an output folder laid out as

     <out>/.bas-analysis          marker: this folder was made by bas-analysis
     <out>/.builds/<id>/          one complete build: <table>.parquet/.csv, manifest.json
     <out>/.current -> .builds/<id>   the pointer to the current build, swapped atomically
     <out>/<table>.csv, .parquet, manifest.json -> .current/...   stable names for people

     Readers resolve ``.current`` once and read every table from that build
     folder, so they see one complete build, old or new, even while a build is
     being swapped in; :func:`load` never writes, moves or deletes anything.
     A reader holds a shared lock on the build it reads (``.readers``), so
     pruning of old builds skips builds in use. Builds into one folder take
     turns (``<out>/.lock``).

The output folder must be new, empty, or made by bas-analysis (its marker, or a
build of an older version: only the package's own files); anything else is
refused with :class:`~bas_analysis.errors.OutputDirError` before anything is
touched (:func:`check_out_dir`). CSV files are written with formula-like cells
neutralised (:func:`bas_analysis.spreadsheet.csv_safe`); the Parquet files keep the exact text.
"""
from __future__ import annotations

import json
import os
import shutil
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd
from filelock import FileLock

from .spreadsheet import write_csv
from .errors import OutputDirError, ProcessedDataMissing

try:  # POSIX: shared/exclusive advisory locks on a build a reader is using
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

TABLES = ("documents", "respondents", "answers", "problems", "codings", "indicators")
# Columns that hold codes: always read back as text.
TEXT_COLUMNS = {"org_code", "county_code", "doc_id", "respondent_id", "answer_id", "source_file", "code"}

MARKER = ".bas-analysis"
BUILDS = ".builds"
CURRENT = ".current"
READERS = ".readers"
LOCK = ".lock"
KEEP_BUILDS = 2  # the current build and the one before it (a reader may still be on it)
# Files of a build that get a stable name at the top of the output folder.
PUBLIC_FILES = tuple(f"{t}.{ext}" for t in TABLES for ext in ("csv", "parquet")) + ("manifest.json",)
# What an older bas-analysis (one folder, swapped by renames) left in an output folder.
_LEGACY_FILES = set(PUBLIC_FILES)


# --- the output folder -------------------------------------------------------------------


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _is_ours(folder: Path) -> bool:
    """A folder bas-analysis made: its marker, or the files of an older version's build and nothing else."""
    if (folder / MARKER).is_file():
        return True
    names = {p.name for p in folder.iterdir()} - {LOCK}
    if "manifest.json" not in names or not names <= _LEGACY_FILES:
        return False
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(manifest, dict) and manifest.get("package") == "bas-analysis"


def check_out_dir(out_dir, raw_dir=None, manual_path=None) -> Path:
    """Refuse an output folder the build could damage; touches nothing.

    Allowed: a folder that does not exist yet (its parent may not either), an
    empty folder, or a folder made by bas-analysis. Refused: a file, a symlink,
    a folder with anything else in it, a folder that is or holds the raw
    folder or the manual codings file, and a folder inside the raw folder
    (its tables would be read as pages).
    """
    out = Path(out_dir)
    where = Path(os.path.abspath(out))
    resolved = out.resolve()
    for label, other in (("raw folder", raw_dir), ("manual codings file", manual_path)):
        if other is None:
            continue
        other_resolved = Path(other).resolve()
        if _inside(other_resolved, resolved):
            what = "is" if other_resolved == resolved else "holds"
            raise OutputDirError(f"output folder {out} {what} the {label} {other}: refusing to write there (nothing was changed)")
        if label == "raw folder" and _inside(resolved, other_resolved):
            raise OutputDirError(f"output folder {out} is inside the raw folder {other}: its tables would be read as pages (nothing was changed)")
    if out.is_symlink():
        raise OutputDirError(f"output folder {out} is a symbolic link: give the folder itself (nothing was changed)")
    if not out.exists():
        for parent in where.parents:
            if parent.exists():
                if not parent.is_dir():
                    raise OutputDirError(f"output folder {out}: {parent} is a file, not a folder (nothing was changed)")
                break
        return out
    if not out.is_dir():
        raise OutputDirError(f"output folder {out} is a file, not a folder: refusing to replace it (nothing was changed)")
    try:
        empty = not any(p.name != LOCK for p in out.iterdir())
    except OSError as exc:
        raise OutputDirError(f"output folder {out} cannot be read: {exc.strerror or exc} (nothing was changed)") from exc
    if empty or _is_ours(out):
        return out
    raise OutputDirError(
        f"output folder {out} is not empty and was not made by bas-analysis (no {MARKER} marker): "
        "choose a new or empty folder (nothing was changed)"
    )


def lock_for(out_dir: Path) -> FileLock:
    """The lock builds into ``out_dir`` take turns on (``<out>/.lock``); creates the folder."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return FileLock(str(out_dir / LOCK))


def _new_build_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ") + "-" + uuid.uuid4().hex[:8]


def write_tables(tables: dict[str, pd.DataFrame], manifest: dict, out_dir: Path, raw_dir=None, manual_path=None) -> Path:
    """Validate and write all tables and the manifest as a new build of ``out_dir``; switch to it in one step.

    The caller holds :func:`lock_for` ``(out_dir)`` when other builds may run.
    Returns the folder of the new build.
    """
    out_dir = Path(out_dir)
    check_out_dir(out_dir, raw_dir, manual_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    marker = out_dir / MARKER
    if not marker.exists():
        marker.write_text(json.dumps({"package": "bas-analysis", "what": "output folder of `bas-analysis build`"}) + "\n", encoding="utf-8")
    builds = out_dir / BUILDS
    builds.mkdir(exist_ok=True)
    for stale in builds.glob(".tmp-*"):  # left by a build killed mid-write (we hold the lock)
        shutil.rmtree(stale, ignore_errors=True)
    build_id = _new_build_id()
    staging = builds / f".tmp-{build_id}"
    staging.mkdir()
    from . import schemas  # pandera: only a build needs it, not a reader (a report kernel, a notebook)

    try:
        frames = {name: schemas.validate(name, frame) for name, frame in tables.items()}
        _write_files(frames, staging)
        manifest = dict(manifest, build_id=build_id)
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
        (staging / READERS).write_text("", encoding="utf-8")
        _fsync_dir(staging)
        final = builds / build_id
        os.replace(staging, final)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _switch(out_dir, final)
    _prune(out_dir, keep=final)
    return final


def _write_files(frames: dict[str, pd.DataFrame], folder: Path) -> None:
    """Write each table's Parquet and CSV file into ``folder`` in two threads: a helper writes the Parquet
    files, then helps with the CSV files this thread is writing.

    pyarrow writes Parquet, and :func:`bas_analysis.spreadsheet.write_csv` makes a table's CSV, mostly
    without holding the GIL, so the two run side by side. The Parquet files are written in table order
    and the first failure (of any file) stops the rest; every thread has finished before this returns or raises.
    """
    stop = threading.Event()
    pending = iter(list(frames.items()))
    taking = threading.Lock()

    def csv_files() -> None:
        while not stop.is_set():
            with taking:
                name, frame = next(pending, (None, None))
            if name is None:
                return
            write_csv(frame, folder / f"{name}.csv")

    def parquet_files() -> None:
        for name, frame in frames.items():
            if stop.is_set():
                return
            frame.to_parquet(folder / f"{name}.parquet", index=False)
        csv_files()

    def stopping_on_failure(work) -> None:
        try:
            work()
        except BaseException:
            stop.set()
            raise

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="bas-parquet") as pool:
        helper = pool.submit(stopping_on_failure, parquet_files)
        try:
            stopping_on_failure(csv_files)
        finally:
            wait([helper])
        helper.result()


def _fsync_dir(path: Path) -> None:
    for child in path.iterdir():
        with open(child, "rb") as fh:
            os.fsync(fh.fileno())


def _symlink_atomic(target: str, link: Path) -> None:
    temporary = link.with_name(f".{link.name}.tmp-{os.getpid()}")
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    os.symlink(target, temporary)
    os.replace(temporary, link)


def _switch(out_dir: Path, final: Path) -> None:
    """Point ``.current`` at ``final`` (one atomic rename), then give each file its stable top-level name."""
    try:
        _symlink_atomic(f"{BUILDS}/{final.name}", out_dir / CURRENT)
    except (OSError, NotImplementedError):  # no symbolic links here (some Windows setups): copy file by file
        for name in PUBLIC_FILES:
            if (final / name).exists():
                shutil.copy2(final / name, out_dir / f".{name}.tmp")
                os.replace(out_dir / f".{name}.tmp", out_dir / name)
        return
    for name in PUBLIC_FILES:
        link = out_dir / name
        target = f"{CURRENT}/{name}"
        if link.is_symlink() and os.readlink(link) == target:
            continue
        _symlink_atomic(target, link)  # replaces an older version's real file (which the package made)


@contextmanager
def _reader_lock(build_dir: Path, exclusive: bool = False, wait: bool = True):
    """A shared (reader) or exclusive (pruner) lock on one build; yields False when not had without waiting."""
    path = Path(build_dir) / READERS
    if fcntl is None or not path.exists():
        yield True
        return
    try:
        handle = open(path, "rb")
    except OSError:
        yield True
        return
    with handle:
        mode = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(handle.fileno(), mode | (0 if wait else fcntl.LOCK_NB))
        except OSError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _prune(out_dir: Path, keep: Path) -> None:
    """Remove old builds beyond :data:`KEEP_BUILDS` that no reader holds; only folders this package made."""
    builds = sorted((p for p in (out_dir / BUILDS).iterdir() if p.is_dir() and not p.name.startswith(".")), key=lambda p: p.name)
    for old in builds[:-KEEP_BUILDS]:
        if old == keep or not (old / "manifest.json").exists():
            continue
        with _reader_lock(old, exclusive=True, wait=False) as free:
            if free:
                shutil.rmtree(old, ignore_errors=True)


def build_dir(processed_dir) -> Path:
    """The folder of the current build of ``processed_dir`` (resolved once), or the folder itself.

    ``processed_dir`` may be an output folder (with ``.current``), one build's
    folder, or the folder of an older version's build.
    """
    processed_dir = Path(processed_dir)
    current = processed_dir / CURRENT
    if current.is_symlink():
        return processed_dir / os.readlink(current)
    return processed_dir


@dataclass
class Dataset:
    """The processed tables of one build, as pandas DataFrames."""

    documents: pd.DataFrame
    respondents: pd.DataFrame
    answers: pd.DataFrame
    problems: pd.DataFrame
    codings: pd.DataFrame
    indicators: pd.DataFrame
    manifest: dict = field(default_factory=dict)
    path: Path | None = None
    build_dir: Path | None = None  # the one build the tables were read from

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(getattr(self, name))}" for name in TABLES)
        return f"Dataset({self.path}: {sizes})"

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLES}

    def followup(self, wave_a=None, wave_b=None, level="region", **options):
        """Did variation shrink between two waves? See :func:`bas_analysis.compare.followup`."""
        from .compare import followup

        return followup(self, wave_a, wave_b, level, **options)


def read_table(processed_dir: Path, name: str) -> pd.DataFrame:
    path = Path(processed_dir) / f"{name}.parquet"
    if not path.exists():
        raise ProcessedDataMissing(f"table '{name}' missing in {processed_dir} (run `bas-analysis build`)")
    frame = pd.read_parquet(path)
    for column in TEXT_COLUMNS & set(frame.columns):
        frame[column] = frame[column].astype(str)
    return frame


@contextmanager
def pinned(processed_dir):
    """Hold the current build of ``processed_dir`` for a while (a report batch): yields its folder.

    Builds that finish meanwhile switch ``.current`` but do not remove the pinned build.
    """
    folder = build_dir(processed_dir)
    with _reader_lock(folder):
        yield folder


def load(processed_dir: str | os.PathLike = "data/processed") -> Dataset:
    """Load the tables of the current build in ``processed_dir``; reads only, never writes."""
    processed_dir = Path(processed_dir)
    folder = build_dir(processed_dir)
    with _reader_lock(folder):
        manifest_path = folder / "manifest.json"
        if not manifest_path.exists():
            raise ProcessedDataMissing(
                f"no build in {processed_dir}: run `bas-analysis build` (or bas.build()) first"
            )
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        frames = {name: read_table(folder, name) for name in TABLES}
    return Dataset(**frames, manifest=manifest, path=processed_dir, build_dir=folder)
