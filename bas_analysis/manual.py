"""Manual codings: a researcher's corrections, which win over the rules.

In:  the ``codings`` and ``respondents`` tables of a build and a CSV in the
     format of ``../shared/gold/codings.csv`` (``document,org_code,indicator,value,note``;
     a semicolon-separated file from a Swedish spreadsheet is read too).
Out: the codings with each matching row replaced (``source = manual``, the
     note as evidence), and one :class:`~bas_analysis.ingest.Problem` per row
     that cannot be applied: a row with too many or too few fields (an
     unquoted comma), an unknown indicator, a value outside the codebook's
     vocabulary for that indicator (``maybe``), an unknown document or
     respondent. A file that cannot be used at all (missing, binary, without
     the required columns) is one problem; the build goes on either way.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from . import vocab
from .ingest import Problem, decode_bytes, looks_binary

MANUAL_COLUMNS = ["document", "org_code", "indicator", "value"]
STAGE = "code"


def _codebook():
    from .coding import load_codebook

    return load_codebook()


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


def read_manual(path: Path) -> tuple[list[dict], list[Problem]]:
    """The rows of a manual codings file (with their line numbers) and the problems of the file and its lines."""
    name = str(path)
    if not path.exists():
        return [], [Problem(name, STAGE, "manual codings file not found", "warning")]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return [], [Problem(name, STAGE, f"manual codings file cannot be read: {exc.strerror or exc}")]
    if looks_binary(data):
        return [], [Problem(name, STAGE, "manual codings file is binary, not CSV text: nothing applied")]
    text, _ = decode_bytes(data)
    text = text.lstrip("\ufeff")
    if not text.strip():
        return [], [Problem(name, STAGE, "manual codings file is empty", "warning")]
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        lines = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        return [], [Problem(name, STAGE, f"manual codings file is not valid CSV: {exc}: nothing applied")]
    header = [h.strip().lower() for h in lines[0]]
    missing = [c for c in MANUAL_COLUMNS if c not in header]
    if missing:
        return [], [Problem(name, STAGE, f"manual codings file lacks column(s) {', '.join(missing)} (header: {', '.join(header)}): nothing applied")]
    rows, problems = [], []
    for number, fields in enumerate(lines[1:], start=2):
        if not any(f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            problems.append(Problem(name, STAGE, f"line {number}: {len(fields)} fields where the header has {len(header)} "
                                                 "(an unquoted comma?): not applied", "warning"))
            continue
        rows.append(dict(zip(header, (f.strip() for f in fields)), line=number))
    return rows, problems


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
        indicator = indicators.get(row["indicator"])
        if indicator is None:
            problems.append(Problem(name, STAGE, f"line {line}: unknown indicator '{row['indicator']}' (not in the codebook): not applied", "warning"))
            continue
        error = value_error(indicator, row["value"])
        if error:
            problems.append(Problem(name, STAGE, f"line {line}: {row['indicator']}: {error}: not applied", "warning"))
            continue
        if document not in documents:
            problems.append(Problem(name, STAGE, f"line {line}: unknown document '{document}' (not in this build): not applied", "warning"))
            continue
        key = (document, _normalise_code(row["org_code"]))
        if key not in lookup.index:
            problems.append(Problem(name, STAGE, f"line {line}: no respondent {key[1]} in {document}: not applied", "warning"))
            continue
        ids = lookup.loc[[key]].tolist()
        mask = codings["respondent_id"].isin(ids) & (codings["indicator"] == indicator.name)
        if not mask.any():
            problems.append(Problem(name, STAGE, f"line {line}: {indicator.name} is not coded for {key[1]} in {document} "
                                                 f"(a {getattr(indicator, 'level', '')} indicator?): not applied", "warning"))
            continue
        codings.loc[mask, ["value", "rule_id", "source"]] = [row["value"], "manual", "manual"]
        codings.loc[mask, "evidence"] = row.get("note", "") or "manuell kodning"
    return codings, problems
