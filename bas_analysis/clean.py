"""Clean: remove what bas-analysis wrote, and nothing else.

In:  a build's output folder (``data/processed``) and a reports folder
     (``reports``).
Out: the files and folders the package made there removed: in the output
     folder (only when it carries the package's marker, or is an older
     version's build) the builds, the pointer, the stable names, locks and
     the marker; in the reports folder the reports the batch recorded in
     ``.state.json`` (their HTML, executed notebooks and failure logs), the
     index and method pages, the tables to take along, the state and lock
     files. Anything else (a file a person put there, a filled-in review
     sheet ``granskning.*``, which may hold corrections not applied yet) is
     kept and named, and a folder is removed only when nothing else is left
     in it. :func:`clean` returns what it removed and what it kept.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from . import store

# what the report command writes besides the reports of its state file (report/pages.py, report/downloads.py)
REPORT_FILES = ("index.html", "metod.html", ".state.json", ".report.lock",
                "tabeller/regioner.csv", "tabeller/kommuner.csv", "tabeller/barn-som-anhoriga.xlsx")
REPORT_FOLDERS = ("tabeller", "notebooks", "failed")


@dataclass
class Cleaned:
    removed: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"removed {len(self.removed)} file(s) and folder(s) bas-analysis made"]
        lines += [f"kept {p} (not made by bas-analysis, or may hold your work)" for p in self.kept]
        return "\n".join(lines + self.notes)


def _remove(path: Path, result: Cleaned) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        shutil.rmtree(path)
    else:
        return
    result.removed.append(path)


def _remove_if_empty(folder: Path, result: Cleaned) -> None:
    if folder.is_dir() and not folder.is_symlink():
        left = sorted(folder.iterdir())
        if left:
            result.kept.extend(left)
        else:
            folder.rmdir()
            result.removed.append(folder)


def clean_processed(out_dir, result: Cleaned | None = None) -> Cleaned:
    """Remove a build folder's own files; a folder without the package's marker is left alone."""
    result = result or Cleaned()
    out = Path(out_dir)
    if not out.exists():
        return result
    if out.is_symlink() or not out.is_dir() or not store._is_ours(out):
        result.notes.append(f"left {out} alone: not an output folder of bas-analysis (no {store.MARKER} marker)")
        return result
    for name in (*store.PUBLIC_FILES, store.CURRENT, store.BUILDS, store.READERS, store.LOCK, store.MARKER):
        _remove(out / name, result)
    _remove_if_empty(out, result)
    return result


def clean_reports(reports_dir, result: Cleaned | None = None) -> Cleaned:
    """Remove the reports the batch recorded, and the pages and tables it writes; keep everything else."""
    result = result or Cleaned()
    out = Path(reports_dir)
    if not out.is_dir() or out.is_symlink():
        return result
    try:
        state = json.loads((out / ".state.json").read_text(encoding="utf-8"))
        names = {name: entry.get("html", f"{name}.html") for name, entry in state.get("reports", {}).items()}
    except (FileNotFoundError, ValueError, AttributeError):
        names = {}
    for name, html in names.items():
        for path in (out / Path(html).name, out / "notebooks" / f"{name}.ipynb", out / "notebooks" / f"{name}.log",
                     out / "failed" / f"{name}.ipynb", out / "failed" / f"{name}.log"):
            _remove(path, result)
    for name in REPORT_FILES:
        _remove(out / name, result)
    for folder in REPORT_FOLDERS:
        _remove_if_empty(out / folder, result)
    result.kept.extend(sorted(out.glob("granskning.*")))
    return result


def clean(processed_dir="data/processed", reports_dir="reports") -> Cleaned:
    """Remove the build folder's and the reports folder's own files (see the module docstring)."""
    result = clean_processed(processed_dir)
    return clean_reports(reports_dir, result)
