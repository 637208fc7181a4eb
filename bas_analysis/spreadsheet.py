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
    """Write ``frame`` as UTF-8 CSV with formula-like cells neutralised (every CSV the package writes).

    The file is what ``csv_safe(frame).to_csv(path, index=False, encoding="utf-8")`` writes, byte for
    byte; a table of text, whole-number, true/false and float columns is made by :func:`csv_pieces`
    (pyarrow, several times faster, and free of the GIL so other files can be written meanwhile),
    :data:`CSV_PIECE_ROWS` rows at a time so that a large table's text is never held whole twice over.
    """
    try:
        with open(path, "wb") as handle:
            for piece in csv_pieces(frame):
                handle.write(piece)
    except NotPlainTable:  # pandas writes the file anew
        csv_safe(frame).to_csv(path, index=False, encoding="utf-8")
    return Path(path)


def _csv_dialect() -> tuple[str, frozenset[str]] | None:
    """pandas' CSV dialect as this Python's ``csv`` module writes it: (line end, characters that quote a field).

    Found by asking the ``csv`` module (the rules changed between Python versions); None when it
    writes an empty field in a row of two as anything but nothing (then :func:`csv_bytes` is not used).
    """
    import csv
    import io
    import os

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=os.linesep, quoting=csv.QUOTE_MINIMAL)
    writer.writerow(["", ""])
    if buffer.getvalue() != "," + os.linesep:
        return None
    quoting = set()
    for code in range(128):
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(["a" + chr(code) + "b", "c"])
        if buffer.getvalue().startswith('"'):
            quoting.add(chr(code))
    return os.linesep, frozenset(quoting)


_DIALECT = _csv_dialect()


def _byte_mask(data: "np.ndarray", characters) -> "np.ndarray":
    """Which of the bytes ``data`` (uint8) are one of the ASCII ``characters``: one look-up per byte in a table
    of 256 (``np.isin`` would compare the bytes once per character)."""
    import numpy as np

    table = np.zeros(256, dtype=bool)
    table[np.frombuffer("".join(characters).encode("ascii"), dtype=np.uint8)] = True
    return table[data]


def _rows_holding(array, characters) -> "np.ndarray":
    """Which values of a pyarrow large_string array (no missing values) hold one of the ASCII ``characters``.

    Looks at the UTF-8 bytes at once (an ASCII byte is never part of another character's bytes).
    """
    import numpy as np

    offsets = np.frombuffer(array.buffers()[1], dtype=np.int64)[array.offset : array.offset + len(array) + 1]
    found = np.zeros(len(array), dtype=bool)
    if array.buffers()[2] is None or offsets[-1] == offsets[0]:
        return found
    data = np.frombuffer(array.buffers()[2], dtype=np.uint8)[offsets[0] : offsets[-1]]
    hits = np.flatnonzero(_byte_mask(data, characters))
    found[np.searchsorted(offsets, hits + offsets[0], side="right") - 1] = True
    return found


def _starting_with(array, characters) -> "np.ndarray":
    """Which values of a pyarrow large_string array (no missing values) start with one of the ASCII ``characters``."""
    import numpy as np

    offsets = np.frombuffer(array.buffers()[1], dtype=np.int64)[array.offset : array.offset + len(array) + 1]
    starts, lengths = offsets[:-1], np.diff(offsets)
    found = np.zeros(len(array), dtype=bool)
    if array.buffers()[2] is None:
        return found
    data = np.frombuffer(array.buffers()[2], dtype=np.uint8)
    nonempty = lengths > 0
    found[nonempty] = _byte_mask(data[starts[nonempty]], characters)
    return found


def _text_column(series: pd.Series, quoting: frozenset[str]):
    """A text column as a pyarrow array of the cells as written: formula-like cells marked (:func:`csv_cell`),
    missing cells "", quoted where the ``csv`` module quotes; None when the column holds anything but text."""
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        array = pa.array(series, from_pandas=True)
    except (pa.ArrowException, TypeError, ValueError):
        return None
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    if pa.types.is_null(array.type):
        array = pa.array([None] * len(array), type=pa.large_string())
    if not (pa.types.is_string(array.type) or pa.types.is_large_string(array.type)):
        return None
    array = pc.fill_null(array.cast(pa.large_string()), pa.scalar("", pa.large_string()))
    suspect = _starting_with(array, _SUSPECT_START)  # a first character that can make csv_cell mark the cell
    if suspect.any():
        marked = [csv_cell(value) for value in array.filter(suspect).to_pylist()]
        array = pc.replace_with_mask(array, pa.array(suspect), pa.array(marked, type=pa.large_string()))
    quote = _rows_holding(array, quoting)
    if quote.any():
        mark = pa.scalar('"', pa.large_string())
        doubled = pc.replace_substring(array.filter(quote), '"', '""')
        quoted = pc.binary_join_element_wise(mark, doubled, mark, pa.scalar("", pa.large_string()))
        array = pc.replace_with_mask(array, pa.array(quote), quoted)
    return array


def _number_column(series: pd.Series):
    """A whole-number, true/false or float column as the text pandas writes for it; None for other types."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    dtype = series.dtype
    if dtype.kind in "iu":  # int64 and the nullable Int64: str() of each number, missing ""
        array = pa.array(series, from_pandas=True)
        if isinstance(array, pa.ChunkedArray):
            array = array.combine_chunks()
        return pc.fill_null(array.cast(pa.large_string()), pa.scalar("", pa.large_string()))
    if isinstance(dtype, np.dtype) and dtype.kind == "b":  # numpy's str(): True, False
        return pc.if_else(pa.array(series.to_numpy()), pa.scalar("True", pa.large_string()), pa.scalar("False", pa.large_string()))
    if isinstance(dtype, np.dtype) and dtype.kind == "f":  # as pandas: numpy's astype(str), missing ""
        values = series.to_numpy()
        text = values.astype(str).astype(object)
        text[np.isnan(values)] = ""
        return pa.array(text, type=pa.large_string())
    return None


# Rows of a table made into CSV text at a time (a build's codings: hundreds of thousands of rows).
CSV_PIECE_ROWS = 20_000


class NotPlainTable(ValueError):
    """A table :func:`csv_pieces` does not write (a column of other values): pandas writes it."""


def csv_bytes(frame: pd.DataFrame) -> bytes | None:
    """The bytes ``csv_safe(frame).to_csv(index=False, encoding="utf-8")`` writes, made with pyarrow; or None
    for a table :func:`csv_pieces` does not write."""
    try:
        return b"".join(csv_pieces(frame))
    except NotPlainTable:
        return None


def csv_pieces(frame: pd.DataFrame):
    """The bytes ``csv_safe(frame).to_csv(index=False, encoding="utf-8")`` writes, made with pyarrow, in
    pieces: the header, then :data:`CSV_PIECE_ROWS` rows at a time (rows are written independently).

    Assumes what the tables of a build are: at least two columns with plain names, a default index,
    and columns of text (object or string dtype holding only text and missing cells), whole numbers
    (also nullable), true/false or floats. For anything else it raises :class:`NotPlainTable`, which
    may come after some pieces (a text column holding a number further down): start again with pandas.
    The ``csv`` module's quoting rules are read from the module itself (:func:`_csv_dialect`).
    """
    import csv
    import io

    if _DIALECT is None or frame.shape[1] < 2 or isinstance(frame.columns, pd.MultiIndex):
        raise NotPlainTable("not a plain table")
    line_end, quoting = _DIALECT
    header = io.StringIO()
    csv.writer(header, lineterminator=line_end, quoting=csv.QUOTE_MINIMAL).writerow([csv_cell(str(c)) for c in frame.columns])
    yield header.getvalue().encode("utf-8")
    for start in range(0, len(frame), CSV_PIECE_ROWS):
        yield _csv_rows(frame.iloc[start : start + CSV_PIECE_ROWS], line_end, quoting)


def _csv_rows(frame: pd.DataFrame, line_end: str, quoting: frozenset[str]) -> memoryview:
    """The CSV text of ``frame``'s rows (no header), as UTF-8 bytes."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for position in range(frame.shape[1]):
        series = frame.iloc[:, position]
        if series.dtype == object or pd.api.types.is_string_dtype(series.dtype):
            array = _text_column(series, quoting)
        else:
            array = _number_column(series)
        if array is None:
            raise NotPlainTable(f"column {frame.columns[position]!r} holds other values than text")
        columns.append(array)
    rows = pc.binary_join_element_wise(*columns, pa.scalar(",", pa.large_string()))
    rows = pc.binary_join_element_wise(rows, pa.scalar("", pa.large_string()), pa.scalar(line_end, pa.large_string()))  # each row ends with the line end
    body = pa.chunked_array([rows]).combine_chunks() if isinstance(rows, pa.ChunkedArray) else rows
    bounds = np.frombuffer(body.buffers()[1], dtype=np.int64)[body.offset : body.offset + len(body) + 1]
    return memoryview(body.buffers()[2])[int(bounds[0]) : int(bounds[-1])]


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
