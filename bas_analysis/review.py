"""Review: the codings that most need a person, and the corrections written back.

In:  a build (:func:`bas_analysis.load`), optionally a level (``region`` or
     ``municipality``), a region (its own codings and those of its county's
     municipalities) and a maximum number of rows.
Out: the review queue, one row per coding in the format of
     ``data/manual_codings.csv`` (``document,org_code,indicator,value,note``,
     value and note left empty for the reviewer) followed by context columns:
     the proposed value, the values allowed, confidence and its reason, the
     rule, the evidence, the question and the whole answer it stands in.
     :func:`write_review` writes it as ``granskning.html`` (Swedish,
     self-contained, every text escaped), ``granskning.csv`` and
     ``granskning.xlsx``; :func:`show` shows it in a notebook.

Which codings and in what order: codings the rules made (not manual ones) with
``low`` or ``medium`` confidence, or with one of the reasons that always want
a person (conflicting statements, taken from elsewhere on the page, cut-off
page); low before medium, then by reason (:data:`REASON_ORDER`), then the
indicators of the support index before the descriptive ones, then regions
before municipalities, by code and by the codebook's order.

Corrections go into the manual codings file (``data/manual_codings.csv``),
which the next ``bas-analysis build`` applies (rows win, ``source = manual``;
a row that no longer matches a respondent is listed in ``problems``):
:func:`apply_sheet` adds the filled-in rows of a review sheet (CSV or the
workbook), :func:`correct` adds one correction from a notebook. Both validate
each value against the codebook and only append
(:func:`bas_analysis.manual.add_codings`): nothing in the file is changed or
removed. Rows of a sheet left empty (no value, no note) are ignored.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import manual, vocab
from .coding.engines import CONFLICT, CUT_OFF, DEFAULT_ROW, ELSEWHERE, MEANING, REFERENCE
from .errors import ManualCodingsError, OutputDirError, ParameterError
from .labels import CONFIDENCE_REASON_SV, CONFIDENCE_SV, INDICATOR_LABELS_SV, STAGE_LABELS_SV, VALUE_LABELS_SV

DEFAULT_MANUAL = Path("data/manual_codings.csv")
DEFAULT_OUT = Path("reports")
SHEET_STEM = "granskning"
SHEET_TITLE = "Granskning"
LEVELS = ("region", "municipality")

QUEUE_CONFIDENCE = ("low", "medium")
# Reasons that put a coding in the queue whatever its confidence.
ALWAYS_REVIEW = (CONFLICT, ELSEWHERE, CUT_OFF)
# Within a confidence level, the reasons most in need of a person first.
REASON_ORDER = [CONFLICT, ELSEWHERE, CUT_OFF, REFERENCE, DEFAULT_ROW, MEANING]

CONTEXT_COLUMNS = [
    "nr", "org_name", "level", "wave", "indicator_label", "proposed_value", "allowed_values",
    "confidence", "confidence_reason", "rule_id", "evidence", "question_id", "question", "answer",
]
SHEET_COLUMNS = manual.FILE_COLUMNS + CONTEXT_COLUMNS


# --- the queue -----------------------------------------------------------------------------


def _indicators() -> dict:
    from .coding import load_codebook

    return {ind.name: ind for ind in load_codebook().indicators}


def allowed_values(indicator) -> str:
    """What a reviewer may write for ``indicator``, in Swedish with the codes as they are written."""
    kind = indicator.type
    if kind in ("count", "age"):
        return "ett heltal, eller tomt med en anteckning när sidan inte anger något"
    if kind == "set":
        members = vocab.SET_SEPARATOR.join(name for name, _ in indicator.members)
        return f"medlemmar åtskilda med ; av {members}; - för inga; unknown"
    if kind == "methods":
        statuses = "/".join(vocab.METHOD_STATUSES)
        return f"Metod:status åtskilda med ; (status {statuses}), t.ex. BRA-samtal:active; - för inga; unknown"
    values = vocab.STAGES if indicator.name == "stage" else vocab.VALUES
    return " / ".join(values)


def _normalise_level(level) -> str | None:
    if level is None or (isinstance(level, str) and level.strip().lower() in ("", "none", "all", "alla")):
        return None
    if level not in LEVELS:
        raise ParameterError(f"level must be region, municipality or None (both), not {level!r}")
    return level


def _normalise_region(region) -> str | None:
    if region is None or (isinstance(region, str) and region.strip().lower() in ("", "none")):
        return None
    from .orgs import normalise_region_code

    try:
        return normalise_region_code(region)
    except ValueError as exc:
        raise ParameterError(str(exc)) from None


def _normalise_max(max_rows) -> int | None:
    if max_rows is None or (isinstance(max_rows, str) and max_rows.strip().lower() in ("", "none")):
        return None
    try:
        number = int(max_rows)
    except (TypeError, ValueError):
        raise ParameterError(f"max must be a whole number or None, not {max_rows!r}") from None
    if number < 0 or number != float(max_rows):
        raise ParameterError(f"max must be a whole number of at least 0, not {max_rows!r}")
    return number


def _evidence_pieces(evidence: str) -> list[str]:
    return [piece.strip() for piece in (evidence or "").split(vocab.EVIDENCE_SEPARATOR) if piece.strip()]


def _answer_of(coding, answers: pd.DataFrame, indicator) -> tuple[str, str, str]:
    """(question id, question, whole answer) a reviewer should read for one coding.

    A region coding: the answer its evidence stands in, else the answer to its
    own question, else nothing (the question is not on the page). A
    municipality coding: its whole block (all its paragraphs).
    """
    if answers.empty:
        return "", "", ""
    if coding.level != "region":
        question = answers["question_text"].iloc[0]
        return answers["question_id"].iloc[0], question, "\n\n".join(t for t in answers["answer_text"] if t)
    pieces = _evidence_pieces(coding.evidence)
    for row in answers.itertuples(index=False):
        if pieces and pieces[0] in row.answer_text:
            return row.question_id, row.question_text, row.answer_text
    for row in answers.itertuples(index=False):
        if row.question_id in indicator.questions:
            return row.question_id, row.question_text, row.answer_text
    return "/".join(indicator.questions), "", ""


def _rank(order: list, value) -> int:
    return order.index(value) if value in order else len(order)


def queue(data, level=None, region=None, max_rows=None) -> pd.DataFrame:
    """The codings that most need a person, most doubtful first, as a review sheet (:data:`SHEET_COLUMNS`).

    ``data``: a :class:`~bas_analysis.store.Dataset`; ``level``: ``region``,
    ``municipality`` or None for both; ``region``: a region code ("08", 8)
    for that region and its county's municipalities; ``max_rows``: at most
    this many rows (None: all). See the module docstring for the order.
    """
    from .compare import ALL_INDEX_INDICATORS

    level, region, max_rows = _normalise_level(level), _normalise_region(region), _normalise_max(max_rows)
    codings = data.codings
    wanted = (codings["source"] != "manual") & (
        codings["confidence"].isin(QUEUE_CONFIDENCE) | codings["confidence_reason"].isin(ALWAYS_REVIEW)
    )
    if level:
        wanted &= codings["level"] == level
    respondents = data.respondents.set_index("respondent_id")
    if region:
        in_county = set(respondents.index[respondents["county_code"] == region])
        wanted &= codings["respondent_id"].isin(in_county)
    picked = codings[wanted].copy()
    indicators = _indicators()
    order = list(indicators)
    picked["_keys"] = list(zip(
        picked["confidence"].map(lambda c: _rank(list(QUEUE_CONFIDENCE), c)),
        picked["confidence_reason"].map(lambda r: _rank(REASON_ORDER, r)),
        ~picked["indicator"].isin(ALL_INDEX_INDICATORS),
        picked["level"].map(lambda lvl: _rank(list(LEVELS), lvl)),
        picked["org_code"],
        picked["respondent_id"],
        picked["indicator"].map(lambda name: _rank(order, name)),
    ))
    picked = picked.sort_values("_keys", kind="stable")
    if max_rows is not None:
        picked = picked.head(max_rows)
    answers = data.answers.sort_values(["respondent_id", "position"], kind="stable")
    by_respondent = dict(tuple(answers.groupby("respondent_id", sort=False)))
    empty = answers.iloc[0:0]
    rows = []
    for nr, coding in enumerate(picked.itertuples(index=False), start=1):
        indicator = indicators[coding.indicator]
        respondent = respondents.loc[coding.respondent_id]
        question_id, question, answer = _answer_of(coding, by_respondent.get(coding.respondent_id, empty), indicator)
        rows.append({
            "document": respondent["source_file"], "org_code": coding.org_code, "indicator": coding.indicator,
            "value": "", "note": "", "nr": nr, "org_name": respondent["org_name"], "level": coding.level,
            "wave": "" if pd.isna(coding.wave) else str(int(coding.wave)),
            "indicator_label": INDICATOR_LABELS_SV.get(coding.indicator, coding.indicator),
            "proposed_value": coding.value, "allowed_values": allowed_values(indicator),
            "confidence": coding.confidence, "confidence_reason": coding.confidence_reason, "rule_id": coding.rule_id,
            "evidence": coding.evidence, "question_id": question_id, "question": question, "answer": answer,
        })
    table = pd.DataFrame(rows, columns=SHEET_COLUMNS)
    table["nr"] = table["nr"].astype(int)
    table.attrs.update(level=level, region=region, max_rows=max_rows, candidates=int(wanted.sum()), codings=len(codings))
    return table


# --- the page ------------------------------------------------------------------------------


TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=FileSystemLoader(str(TEMPLATES / "review")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _marked(answer: str, evidence: str) -> list[tuple[str, bool]]:
    """The answer cut into (text, is evidence) parts, each evidence sentence marked where it first stands."""
    spans = []
    for piece in _evidence_pieces(evidence):
        start = answer.find(piece)
        if start >= 0 and not any(s < start + len(piece) and start < e for s, e in spans):
            spans.append((start, start + len(piece)))
    parts, at = [], 0
    for start, end in sorted(spans):
        parts += [(answer[at:start], False), (answer[start:end], True)]
        at = end
    parts.append((answer[at:], False))
    return [(text, mark) for text, mark in parts if text]


def _value_label(indicator: str, value: str) -> str:
    labels = STAGE_LABELS_SV if indicator == "stage" else VALUE_LABELS_SV
    if value in labels:
        return labels[value]
    if value == vocab.EMPTY_SET:
        return "inga"
    return value or "inget angivet"


def _items(table: pd.DataFrame) -> list[dict]:
    items = []
    for row in table.to_dict("records"):
        cell = ", ".join(repr(str(v)) for v in (row["document"], row["org_code"], row["indicator"]))
        items.append(dict(
            row,
            value_label=_value_label(row["indicator"], row["proposed_value"]),
            confidence_sv=CONFIDENCE_SV.get(row["confidence"], row["confidence"]),
            reason_sv=CONFIDENCE_REASON_SV.get(row["confidence_reason"], row["confidence_reason"]),
            parts=_marked(row["answer"], row["evidence"]),
            sheet_row=row["nr"] + 1,
            call=f"({cell}, 'VÄRDE', 'anteckning'),",
        ))
    return items


def _summary(table: pd.DataFrame) -> list[dict]:
    counts = table.groupby(["confidence", "confidence_reason"], sort=False).size().reset_index(name="n")
    return [dict(confidence=CONFIDENCE_SV.get(r.confidence, r.confidence),
                 reason=CONFIDENCE_REASON_SV.get(r.confidence_reason, r.confidence_reason), n=int(r.n))
            for r in counts.itertuples(index=False)]


def _scope(table: pd.DataFrame) -> str:
    from .orgs import region_name

    level = {"region": "regionernas enkätsvar", "municipality": "kommunernas redovisningar", None: "regioner och kommuner"}
    text = level[table.attrs.get("level")]
    if table.attrs.get("region"):
        text += f" i {region_name(table.attrs['region'])}"
    return text


def render_html(table: pd.DataFrame, data=None, sheet_names: tuple[str, str] | None = None) -> str:
    """The whole page ``granskning.html`` for a queue (Swedish, self-contained, every text escaped)."""
    from markupsafe import Markup

    manifest = getattr(data, "manifest", None) or {}
    css = (TEMPLATES / "bas_report" / "report.css").read_text(encoding="utf-8")
    css += (TEMPLATES / "review" / "review.css").read_text(encoding="utf-8")
    return _environment().get_template("granskning.html.j2").render(
        css=Markup(css), items=_items(table), summary=_summary(table), scope=_scope(table),
        shown=len(table), candidates=table.attrs.get("candidates", len(table)), codings=table.attrs.get("codings"),
        built_at=str(manifest.get("built_at", ""))[:10],
        sheets=sheet_names, calls=False,
    )


def show(table: pd.DataFrame, calls: bool = True):
    """The queue in a notebook: each coding with its answer, evidence marked, and (``calls``) its line for the
    notebook's list of corrections (the arguments of :func:`correct`)."""
    from IPython.display import HTML

    html = _environment().get_template("items.html.j2").render(items=_items(table), calls=calls)
    return HTML(html)


# --- writing the queue ---------------------------------------------------------------------


@dataclass
class ReviewFiles:
    html: Path
    csv: Path
    xlsx: Path
    rows: int
    candidates: int
    by_confidence: dict = field(default_factory=dict)

    def summary(self) -> str:
        levels = ", ".join(f"{n} {c}" for c, n in self.by_confidence.items()) or "none"
        lines = [f"review queue: {self.rows} coding(s) of {self.candidates} that need a person ({levels})",
                 f"wrote {self.html}, {self.csv} and {self.xlsx}"]
        if self.rows:
            lines.append(f"fill in value (and note) in {self.xlsx.name} or {self.csv.name}, then: "
                         f"bas-analysis review --apply {self.xlsx} && bas-analysis build")
        return "\n".join(lines)


def unapplied_rows(sheet: Path, manual_path: Path | None) -> list[dict]:
    """The filled-in rows of an existing review sheet that are not in the manual codings file yet."""
    sheet = Path(sheet)
    if not sheet.exists():
        return []
    rows, _ = manual.read_manual(sheet)
    if not rows:
        return []
    stored, _ = manual.read_manual(Path(manual_path)) if manual_path else ([], [])
    keys = {manual.row_key(row) for row in stored}
    return [row for row in rows if manual.row_key(row) not in keys]


def _write_text(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


INSTRUCTIONS_SV = [
    "Bladet Granskning har en rad per kodning som behöver granskas, den mest osäkra först.",
    "Skriv rätt värde i kolumnen value (samma värde som proposed_value bekräftar förslaget) och gärna varför i note.",
    "Tillåtna värden står i allowed_values. Rader där både value och note är tomma används inte.",
    "Ändra inte kolumnerna document, org_code och indicator: de säger vilken kodning raden gäller.",
    "Spara filen och kör: bas-analysis review --apply <filen> och sedan bas-analysis build.",
    "Rättningarna läggs till sist i data/manual_codings.csv; där står de kvar och vinner över reglerna i varje ny körning.",
]


def write_review(data, out_dir=DEFAULT_OUT, level=None, region=None, max_rows=None,
                 manual_path=DEFAULT_MANUAL, force: bool = False) -> ReviewFiles:
    """Write ``granskning.html``, ``granskning.csv`` and ``granskning.xlsx`` into ``out_dir``.

    A sheet already there with filled-in rows that are not in ``manual_path``
    yet is a reviewer's work: it is not replaced unless ``force``
    (:class:`~bas_analysis.errors.OutputDirError`, nothing written).
    """
    from .spreadsheet import write_csv, write_xlsx

    table = queue(data, level=level, region=region, max_rows=max_rows)
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise OutputDirError(f"output folder {out} is a file, not a folder (nothing was written)")
    paths = {suffix: out / f"{SHEET_STEM}.{suffix}" for suffix in ("html", "csv", "xlsx")}
    if not force:
        for suffix in ("csv", "xlsx"):
            pending = unapplied_rows(paths[suffix], manual_path)
            if pending:
                raise OutputDirError(
                    f"{paths[suffix]} has {len(pending)} filled-in row(s) not yet in {manual_path}: apply them first "
                    f"(bas-analysis review --apply {paths[suffix]}) or pass --force to replace the sheet (nothing was written)"
                )
    out.mkdir(parents=True, exist_ok=True)
    write_csv(table, paths["csv"])
    write_xlsx({SHEET_TITLE: table, "Anvisning": pd.DataFrame({"Så här granskar du": INSTRUCTIONS_SV})}, paths["xlsx"])
    _write_text(paths["html"], render_html(table, data, (paths["xlsx"].name, paths["csv"].name)))
    counts = table["confidence"].value_counts()
    return ReviewFiles(paths["html"], paths["csv"], paths["xlsx"], len(table), table.attrs["candidates"],
                       {c: int(counts[c]) for c in QUEUE_CONFIDENCE + ("high",) if c in counts})


# --- corrections ---------------------------------------------------------------------------


@dataclass
class SheetMerge:
    sheet: Path
    manual_path: Path
    added: list[dict]
    already: list[dict]
    refused: list[str]

    def summary(self) -> str:
        lines = [f"{self.sheet}: {len(self.added)} correction(s) added to {self.manual_path}, "
                 f"{len(self.already)} already there, {len(self.refused)} refused"]
        lines += [f"- {reason}" for reason in self.refused]
        if self.added:
            lines.append("run `bas-analysis build` to apply them")
        return "\n".join(lines)


def apply_sheet(sheet, manual_path=DEFAULT_MANUAL) -> SheetMerge:
    """Add the filled-in rows of a review sheet (CSV or ``.xlsx``) to the manual codings file.

    Rows with neither value nor note are ignored; a row whose indicator or
    value the codebook does not know, or without document or code, is refused
    and listed; the others are appended (rows already in the file are not
    added twice). Raises :class:`~bas_analysis.errors.ManualCodingsError`
    when the sheet cannot be read at all.
    """
    sheet, manual_path = Path(sheet), Path(manual_path)
    rows, problems = manual.read_manual(sheet)
    whole_file = [p for p in problems if not p.reason.startswith(("line ", "row "))]
    if whole_file:
        raise ManualCodingsError(f"{sheet}: {whole_file[0].reason}")
    refused = [p.reason for p in problems]
    unit = "row" if sheet.suffix.lower() in manual.EXCEL_SUFFIXES else "line"
    good, indicators = [], _indicators()
    for row in rows:
        error = "a row without document or org_code" if not (row["document"] and row["org_code"]) else manual.row_error(row, indicators)
        if error:
            where = f"{unit} {row['line']}" + (f" (nr {row['nr']})" if row.get("nr") else "")
            refused.append(f"{where}: {error}: not added")
        else:
            good.append(row)
    added, already = manual.add_codings(manual_path, good)
    return SheetMerge(sheet, manual_path, added, already, refused)


def manual_path_of(data) -> Path | None:
    """The manual codings file the build of ``data`` used (its manifest), or None when it used none."""
    recorded = (getattr(data, "manifest", None) or {}).get("manual_codings")
    return Path(recorded) if recorded else None


def correct(document: str, org_code, indicator: str, value: str, note: str = "", path=DEFAULT_MANUAL, data=None) -> str:
    """Add one correction to the manual codings file; returns what was done.

    The value is checked against the codebook, and with ``data`` (a build)
    the document and organisation against that build; a bad correction raises
    :class:`~bas_analysis.errors.ParameterError` and writes nothing. The file
    is only appended to (:func:`bas_analysis.manual.add_codings`). Run
    ``bas-analysis build`` (or ``bas.build()``) afterwards to apply it.
    """
    if path is None:
        raise ParameterError("no manual codings file: pass path= (e.g. data/manual_codings.csv)")
    row = dict(document=str(document).strip(), org_code=str(org_code).strip(),
               indicator=str(indicator).strip(), value=str(value).strip(), note=str(note or "").strip())
    row["org_code"] = manual.cell_key(row)[1]  # 8 -> "08", as the tables hold it
    if not row["document"] or not row["org_code"]:
        raise ParameterError("a correction needs the document (the source file name) and the org_code")
    error = manual.row_error(row, _indicators())
    if error:
        raise ParameterError(f"{error}: nothing written")
    if data is not None:
        respondents = data.respondents
        matches = respondents[(respondents["source_file"] == row["document"]) & (respondents["org_code"] == row["org_code"])]
        if matches.empty:
            raise ParameterError(f"no respondent {row['org_code']} in {row['document']} in this build: nothing written")
        coded = data.codings["respondent_id"].isin(matches["respondent_id"]) & (data.codings["indicator"] == row["indicator"])
        if not coded.any():
            raise ParameterError(f"{row['indicator']} is not coded for {row['org_code']} in {row['document']}: nothing written")
    added, _ = manual.add_codings(Path(path), [row])
    cell = f"{row['document']} {row['org_code']} {row['indicator']} = {row['value']!r}"
    return f"added to {path}: {cell}" if added else f"already in {path}: {cell}"


def load(processed_dir="data/processed"):
    """The build in ``processed_dir``; a relative path is also looked for above the working directory (a notebook in notebooks/)."""
    from . import store
    from .report.content import resolve_processed_dir

    return store.load(resolve_processed_dir(processed_dir))
