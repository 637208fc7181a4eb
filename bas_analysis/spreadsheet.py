"""Spreadsheet-safe tables: every CSV and Excel file the package writes goes through here.

In:  pandas DataFrames (a table of a build, a report's download, a review sheet).
Out: UTF-8 CSV files and Excel workbooks (openpyxl) in which no cell can run as a
     formula: text starting with ``=``, ``+``, ``-``, ``@``, tab or CR gets a
     leading ``'`` (OWASP, "CSV injection"). Plain numbers and the empty-set mark
     ``-`` stay as they are. Parquet files keep the exact text; they are not written here.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

# OWASP "CSV injection": a cell starting with one of these opens as a formula in a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SUSPECT_START = frozenset(FORMULA_START) | {" ", "\n"}
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?$")


def csv_cell(value):
    """``value`` made safe for a spreadsheet: text that would start a formula gets a leading ``'``.

    Plain numbers ("-5", "+3.5") and the empty-set mark "-" are no formulas and stay as they are.
    """
    if not isinstance(value, str) or not value:
        return value
    stripped = value.lstrip(" \n")
    if stripped[:1] in FORMULA_START and stripped != "-" and not _NUMBER.match(stripped):
        return "'" + value
    return value


def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` whose text cells (and column names) are neutralised with :func:`csv_cell`."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if not (series.dtype == object or pd.api.types.is_string_dtype(series.dtype)):
            continue
        values = series.tolist()
        # only a text starting with a formula character, a space or a line break can need a mark
        safe = [csv_cell(value) if isinstance(value, str) and value[:1] in _SUSPECT_START else value for value in values]
        if safe != values:
            out[column] = pd.Series(safe, index=series.index, dtype=object)
    out.columns = [csv_cell(str(c)) for c in out.columns]
    return out


def write_csv(frame: pd.DataFrame, path: Path) -> Path:
    """Write ``frame`` as UTF-8 CSV with formula-like cells neutralised (every CSV the package writes)."""
    csv_safe(frame).to_csv(path, index=False, encoding="utf-8")
    return Path(path)


# Excel forbids these in sheet names, and allows 31 characters.
_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def write_xlsx(sheets: dict[str, pd.DataFrame], path: Path) -> Path:
    """Write one sheet per table into an Excel workbook, cells neutralised as in the CSV files.

    Header row bold and frozen, columns sized to their content (at most 60
    characters wide). The workbook is written to a temporary file beside
    ``path`` and moved into place, so a crash leaves no half-written file.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for name, frame in sheets.items():
        title = _SHEET_NAME_BAD.sub(" ", str(name))[:31] or "Blad"
        while title in used:
            title = title[:28] + f"_{len(used)}"
        used.add(title)
        sheet = workbook.create_sheet(title)
        safe = csv_safe(frame)
        sheet.append([str(c) for c in safe.columns])
        for row in safe.itertuples(index=False):
            sheet.append([None if _missing(v) else (v.item() if hasattr(v, "item") else v) for v in row])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for i, column in enumerate(safe.columns, start=1):
            values = [str(column)] + [str(v) for v in safe.iloc[:200, i - 1] if not _missing(v)]
            sheet.column_dimensions[get_column_letter(i)].width = min(60, max(8, max(map(len, values)) + 2))
    tmp = path.with_name(f".{path.name}.tmp")
    workbook.save(tmp)
    tmp.replace(path)
    return path


def _missing(value) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
