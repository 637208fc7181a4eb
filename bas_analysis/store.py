"""Store: write the processed tables atomically and load them back.

In:  named DataFrames and a manifest (from :mod:`bas_analysis.build`).
Out: ``<out_dir>/<table>.parquet`` and ``.csv`` per table plus
     ``manifest.json``, swapped into place as a whole, so a crash mid-write
     leaves the previous build intact; :func:`load` returns a :class:`Dataset`.
     Concurrent builds into one folder take turns (a lock file beside it).
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from filelock import FileLock

from . import schemas
from .errors import ProcessedDataMissing

TABLES = ("documents", "respondents", "answers", "problems", "codings", "indicators")
# Columns that hold codes: always read back as text.
TEXT_COLUMNS = {"org_code", "county_code", "doc_id", "respondent_id", "answer_id", "source_file", "code"}


def lock_for(out_dir: Path) -> FileLock:
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    return FileLock(str(out_dir.parent / f".{out_dir.name}.lock"))


def _backup_dir(out_dir: Path) -> Path:
    return out_dir.parent / f".{out_dir.name}.previous"


def recover(out_dir: Path) -> None:
    """Finish a swap interrupted between its two renames."""
    out_dir, backup = Path(out_dir), _backup_dir(Path(out_dir))
    if backup.exists():
        if out_dir.exists() and (out_dir / "manifest.json").exists():
            shutil.rmtree(backup, ignore_errors=True)
        else:
            if out_dir.exists():
                shutil.rmtree(out_dir, ignore_errors=True)
            os.replace(backup, out_dir)


def write_tables(tables: dict[str, pd.DataFrame], manifest: dict, out_dir: Path) -> Path:
    """Validate and write all tables and the manifest; replace ``out_dir`` in one step.

    The caller holds :func:`lock_for` ``(out_dir)`` when other builds may run.
    """
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    recover(out_dir)
    for stale in out_dir.parent.glob(f".{out_dir.name}.tmp-*"):  # left by a build killed mid-write
        shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        for name, frame in tables.items():
            frame = schemas.validate(name, frame)
            frame.to_parquet(staging / f"{name}.parquet", index=False)
            frame.to_csv(staging / f"{name}.csv", index=False, encoding="utf-8")
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
        _fsync_dir(staging)
        backup = _backup_dir(out_dir)
        if out_dir.exists():
            os.replace(out_dir, backup)
        os.replace(staging, out_dir)
        shutil.rmtree(backup, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return out_dir


def _fsync_dir(path: Path) -> None:
    for child in path.iterdir():
        with open(child, "rb") as fh:
            os.fsync(fh.fileno())


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


def load(processed_dir: str | os.PathLike = "data/processed") -> Dataset:
    """Load the tables of the last build in ``processed_dir``."""
    processed_dir = Path(processed_dir)
    recover(processed_dir)
    manifest_path = processed_dir / "manifest.json"
    if not manifest_path.exists():
        raise ProcessedDataMissing(
            f"no build in {processed_dir}: run `bas-analysis build` (or bas.build()) first"
        )
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    frames = {name: read_table(processed_dir, name) for name in TABLES}
    return Dataset(**frames, manifest=manifest, path=processed_dir)
