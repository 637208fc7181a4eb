"""Manual codings: a researcher's corrections, which win over the rules.

In:  the ``codings`` and ``respondents`` tables of a build and a file in the
     format of ``../shared/gold/codings.csv`` (``document,org_code,indicator,value,note``;
     a semicolon-separated file from a Swedish spreadsheet is read too, and so
     is an Excel workbook, ``.xlsx``). Other columns are context and ignored: a
     filled-in review sheet (:mod:`bas_analysis.review`, marked by its
     ``proposed_value`` column) is a manual codings file whose rows with
     neither a value nor a note are left out (rows nobody filled in).
Out: the codings with each matching row replaced (``source = manual``, the
     note as evidence), and one :class:`~bas_analysis.ingest.Problem` per row
     that cannot be applied: a row with too many or too few fields (an
     unquoted comma), an unknown indicator, a value outside the codebook's
     vocabulary for that indicator (``maybe``), an unknown document or
     respondent. A file that cannot be used at all (missing, binary, without
     the required columns) is one problem; the build goes on either way.
     When several rows code the same cell, the last one wins (a correction of a correction).

:func:`add_codings` appends rows to a manual codings file and never rewrites
or removes what is in it (the review's corrections go through it).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from . import vocab
from .ingest import Problem, decode_bytes, looks_binary

MANUAL_COLUMNS = ["document", "org_code", "indicator", "value"]
FILE_COLUMNS = MANUAL_COLUMNS + ["note"]  # the header of data/manual_codings.csv
REVIEW_MARKER = "proposed_value"  # the column that makes a file a review sheet (bas_analysis.review)
EXCEL_SUFFIXES = (".xlsx", ".xlsm")
STAGE = "code"


def _codebook():
    from .coding import load_codebook

    return load_codebook()


def canonical_value(indicator: str, value: str) -> str:
    """``value`` of the indicator named ``indicator`` with its method names in the codebook's spelling
    ("Skuggor och ljus:active" -> "Skuggor och Ljus:active"); any other indicator's value as it is."""
    if not value or value.strip() in (vocab.UNKNOWN, vocab.EMPTY_SET):
        return value
    spec = next((ind for ind in _codebook().indicators if ind.name == indicator), None)
    if spec is None or getattr(spec, "type", "") != "methods" or not getattr(spec, "methods", ()):
        return value
    return vocab.canonical_methods(value, [name for name, *_ in spec.methods])


def value_error(indicator, value: str) -> str | None:
    """Why ``value`` is not a value of ``indicator`` in the codebook's vocabulary, or None when it is."""
    kind = getattr(indicator, "type", "categorical") or "categorical"
    if kind in ("count", "age"):
        if value == "" or value.isdigit():
            return None
        return f"'{value}' is not a number (digits, or empty when not stated)"
    if kind == "set":
        if value.strip() == vocab.UNKNOWN:
            return None
        members = vocab.parse_set(value)
        if members is None:
            return f"'{value}' is not a set (members joined by ';', '-' or 'unknown')"
        allowed = {name for name, *_ in getattr(indicator, "members", ())}
        unknown = sorted(members - allowed) if allowed else []
        return f"unknown member(s) {', '.join(unknown)} (allowed: {', '.join(sorted(allowed))})" if unknown else None
    if kind == "methods":
        if value.strip() == vocab.UNKNOWN:
            return None
        methods = vocab.parse_methods(value)
        if methods is None:
            return f"'{value}' is not a list of methods (Name:status joined by ';', '-' or 'unknown')"
        allowed = {name for name, *_ in getattr(indicator, "methods", ())}
        wrong = [f"{name}:{status}" for name, status in methods.items()
                 if (allowed and name not in allowed) or status not in vocab.METHOD_STATUSES]
        return f"unknown method or status {', '.join(wrong)} (statuses: {', '.join(vocab.METHOD_STATUSES)})" if wrong else None
    allowed = vocab.STAGES if kind == "stage" or getattr(indicator, "name", "") == "stage" else vocab.VALUES
    return None if value in allowed else f"'{value}' is not one of {', '.join(allowed)}"


def _normalise_code(code: str) -> str:
    code = code.strip()
    if code.isdigit() and len(code) <= 4:
        return code.zfill(2) if len(code) <= 2 else code.zfill(4)
    return code


def _delimiter(first_line: str) -> str:
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _cell_text(value) -> str:
    """An Excel cell as the text a CSV would hold: 120.0 -> "120", empty -> ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _xlsx_records(path: Path) -> tuple[list[tuple[int, list[str]]], Problem | None]:
    """(row number, cells) of the first sheet whose header names the manual columns; a problem when there is none."""
    from openpyxl import load_workbook

    name = str(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises zip, XML and key errors for a broken file
        return [], Problem(name, STAGE, f"manual codings file is not a readable Excel workbook ({type(exc).__name__}: {exc}): nothing applied")
    try:
        headers = []
        for sheet in workbook.worksheets:
            rows = sheet.iter_rows(values_only=True)
            first = next(rows, None)
            header = [_cell_text(c).strip().lower() for c in first or ()]
            headers.append(f"{sheet.title}: {', '.join(h for h in header if h) or 'empty'}")
            if all(c in header for c in MANUAL_COLUMNS):
                records = [(1, [_cell_text(c) for c in first])]
                records += [(number, [_cell_text(c) for c in row]) for number, row in enumerate(rows, start=2)]
                return records, None
    finally:
        workbook.close()
    return [], Problem(name, STAGE, f"manual codings workbook has no sheet with the columns {', '.join(MANUAL_COLUMNS)} "
                                    f"(sheets: {'; '.join(headers) or 'none'}): nothing applied")


def _csv_records(path: Path) -> tuple[list[tuple[int, list[str]]], Problem | None]:
    """(first line number, fields) of each record of a CSV file; a problem when the file cannot be used."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [], Problem(name, STAGE, f"manual codings file cannot be read: {exc.strerror or exc}")
    if looks_binary(data):
        return [], Problem(name, STAGE, "manual codings file is binary, not CSV text: nothing applied")
    text, _ = decode_bytes(data)
    text = text.lstrip("\ufeff")
    if not text.strip():
        return [], Problem(name, STAGE, "manual codings file is empty", "warning")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]))
    records, line = [], 1
    try:
        for fields in reader:  # a quoted field may span lines (a review sheet's answer text)
            records.append((line, fields))
            line = reader.line_num + 1
    except csv.Error as exc:
        return [], Problem(name, STAGE, f"manual codings file is not valid CSV: {exc}: nothing applied")
    return records, None


def read_manual(path: Path) -> tuple[list[dict], list[Problem]]:
    """The rows of a manual codings file (with their line numbers) and the problems of the file and its lines.

    A CSV file or an Excel workbook (``.xlsx``); in a review sheet (a
    ``proposed_value`` column) the rows with neither value nor note are left out.
    """
    path = Path(path)
    name = str(path)
    if not path.exists():
        return [], [Problem(name, STAGE, "manual codings file not found", "warning")]
    excel = path.suffix.lower() in EXCEL_SUFFIXES
    records, problem = _xlsx_records(path) if excel else _csv_records(path)
    if problem is not None:
        return [], [problem]
    unit = "row" if excel else "line"
    header = [h.strip().lower() for h in records[0][1]]
    missing = [c for c in MANUAL_COLUMNS if c not in header]
    if missing:
        return [], [Problem(name, STAGE, f"manual codings file lacks column(s) {', '.join(missing)} (header: {', '.join(header)}): nothing applied")]
    review_sheet = REVIEW_MARKER in header
    rows, problems = [], []
    for number, fields in records[1:]:
        if not any(f.strip() for f in fields):
            continue
        if excel and not any(f.strip() for f in fields[len(header):]):  # a sheet's rows are as wide as its widest
            fields = (fields + [""] * len(header))[: len(header)]
        if len(fields) != len(header):
            problems.append(Problem(name, STAGE, f"{unit} {number}: {len(fields)} fields where the header has {len(header)} "
                                                 "(an unquoted comma?): not applied", "warning"))
            continue
        row = dict(zip(header, (f.strip() for f in fields)), line=number)
        row["value"] = canonical_value(row.get("indicator", ""), row.get("value", ""))
        if review_sheet and not row["value"] and not row.get("note", ""):
            continue  # a queue row nobody filled in
        rows.append(row)
    return rows, problems


def row_error(row: dict, indicators: dict) -> str | None:
    """Why a manual codings row cannot be applied whatever the build (indicator, value), or None."""
    indicator = indicators.get(row["indicator"])
    if indicator is None:
        return f"unknown indicator '{row['indicator']}' (not in the codebook)"
    if not row["value"] and row.get("note", "") and getattr(indicator, "type", "") not in ("count", "age"):
        return f"{row['indicator']}: a note without a value (write the value, the proposed one to confirm it)"
    error = value_error(indicator, row["value"])
    return f"{row['indicator']}: {error}" if error else None


def apply_manual(codings: pd.DataFrame, respondents: pd.DataFrame, path: Path) -> tuple[pd.DataFrame, list[Problem]]:
    """Let the rows of a manual codings CSV win over the rules.

    The file has the columns of ``../shared/gold/codings.csv``: ``document``
    (the raw file name), ``org_code``, ``indicator`` (codebook name), ``value``
    and an optional ``note`` (kept as the evidence). Every row that cannot be
    applied is a problem; the others are applied.
    """
    from .redact import redact_filename

    path = Path(path)
    rows, problems = read_manual(path)
    if not rows:
        return codings, problems
    name = str(path)
    unit = "row" if path.suffix.lower() in EXCEL_SUFFIXES else "line"
    indicators = {ind.name: ind for ind in _codebook().indicators}
    codings = codings.copy()
    lookup = respondents.set_index(["source_file", "org_code"])["respondent_id"]
    documents = set(respondents["source_file"])
    by_basename: dict[str, set[str]] = {}
    for document in documents:
        by_basename.setdefault(document.rsplit("/", 1)[-1], set()).add(document)
    for row in rows:
        line = row["line"]
        document = redact_filename(row["document"])  # the build reports file names redacted
        if document not in documents and len(by_basename.get(document, ())) == 1:
            document = next(iter(by_basename[document]))
        error = row_error(row, indicators)
        if error:
            problems.append(Problem(name, STAGE, f"{unit} {line}: {error}: not applied", "warning"))
            continue
        indicator = indicators[row["indicator"]]
        if document not in documents:
            problems.append(Problem(name, STAGE, f"{unit} {line}: unknown document '{document}' (not in this build): not applied", "warning"))
            continue
        key = (document, _normalise_code(row["org_code"]))
        if key not in lookup.index:
            problems.append(Problem(name, STAGE, f"{unit} {line}: no respondent {key[1]} in {document}: not applied", "warning"))
            continue
        ids = lookup.loc[[key]].tolist()
        mask = codings["respondent_id"].isin(ids) & (codings["indicator"] == indicator.name)
        if not mask.any():
            problems.append(Problem(name, STAGE, f"{unit} {line}: {indicator.name} is not coded for {key[1]} in {document} "
                                                 f"(a {getattr(indicator, 'level', '')} indicator?): not applied", "warning"))
            continue
        codings.loc[mask, ["value", "rule_id", "source"]] = [row["value"], "manual", "manual"]
        codings.loc[mask, "evidence"] = row.get("note", "") or "manuell kodning"
    return codings, problems


def cell_key(row: dict) -> tuple[str, str, str]:
    """The cell a row codes: (document, org_code with its leading zeros, indicator)."""
    return (row["document"].strip(), _normalise_code(row["org_code"]), row["indicator"].strip())


def row_key(row: dict) -> tuple[str, ...]:
    """A row as a manual codings file holds it (codes with their zeros, cells neutralised): equal keys, same row."""
    from .spreadsheet import csv_cell

    return tuple(csv_cell(cell) for cell in (*cell_key(row), row.get("value", "").strip(), row.get("note", "").strip()))


# Encodings a row can be appended in without touching the bytes already in the file.
_APPEND_ENCODINGS = {"utf-8": "utf-8", "utf-8-sig": "utf-8", "cp1252": "cp1252", "latin-1": "latin-1"}


def add_codings(path, rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """Append manual codings to the file at ``path``; returns (rows added, rows already in the file).

    Each row has document, org_code, indicator, value and note (validate it
    with :func:`row_error` first). The file keeps every byte it had: new lines
    are appended in its own delimiter, encoding and line ending, its columns in
    its own order; a row with the same five fields as one in the file is not
    added again. A file that does not exist is created with the header of
    ``data/manual_codings.csv``. Cells are neutralised for spreadsheets like
    every CSV the package writes. Raises
    :class:`~bas_analysis.errors.ManualCodingsError` for a file rows cannot be
    appended to (a workbook, binary, another encoding, without the columns).
    """
    from .errors import ManualCodingsError

    path = Path(path)
    if path.suffix.lower() in EXCEL_SUFFIXES:
        raise ManualCodingsError(f"{path}: corrections are appended to a CSV file, not to a workbook (nothing written)")
    existing = b""
    if path.exists():
        if not path.is_file():
            raise ManualCodingsError(f"{path}: not a file (nothing written)")
        existing = path.read_bytes()
    if existing.strip():
        if looks_binary(existing):
            raise ManualCodingsError(f"{path}: binary, not a CSV file of manual codings (nothing written)")
        text, encoding = decode_bytes(existing)
        if encoding not in _APPEND_ENCODINGS:
            raise ManualCodingsError(f"{path}: encoded as {encoding}; save it as UTF-8 CSV to add corrections (nothing written)")
        old_rows, problems = read_manual(path)
        whole_file = [p for p in problems if not p.reason.startswith("line ")]
        if whole_file:
            raise ManualCodingsError(f"{path}: {whole_file[0].reason.replace(': nothing applied', '')} (nothing written)")
        first_line = text.lstrip("\ufeff").split("\n", 1)[0]
        delimiter = _delimiter(first_line)
        header = [h.strip().lower() for h in next(csv.reader([first_line], delimiter=delimiter))]
        newline = "\r\n" if "\r\n" in text else "\n"
        prefix = "" if text.endswith(("\n", "\r")) else newline
        encode = _APPEND_ENCODINGS[encoding]
    else:
        old_rows, delimiter, header, newline, encode = [], ",", list(FILE_COLUMNS), "\n", "utf-8"
        prefix = ",".join(FILE_COLUMNS) + newline
    if "note" not in header and any(row.get("note", "").strip() for row in rows):
        raise ManualCodingsError(f"{path}: has no 'note' column for the corrections' notes (nothing written)")
    seen = {row_key(row) for row in old_rows}
    added, already = [], []
    for row in rows:
        key = row_key(row)
        (already if key in seen else added).append(row)
        seen.add(key)
    if not added:
        return added, already
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    for row in added:
        stored = dict(zip(FILE_COLUMNS, row_key(row)))
        writer.writerow([stored.get(column, "") for column in header])
    try:
        data = (prefix + buffer.getvalue()).encode(encode)
    except UnicodeEncodeError as exc:
        raise ManualCodingsError(f"{path}: a correction has characters {encode} cannot hold ({exc.object[exc.start:exc.end]!r}); "
                                 "save the file as UTF-8 CSV (nothing written)") from exc
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "ab") as handle:  # one write: the lines go in whole
        handle.write(data)
    return added, already
