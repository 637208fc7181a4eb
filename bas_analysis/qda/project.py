"""Project: a build's tables as a REFI-QDA project, and back.

In:  a :class:`~bas_analysis.store.Dataset` (documents, respondents, answers,
     codings; extra columns are tolerated, ``confidence`` and
     ``confidence_reason`` are shown when present).
Out: :func:`project_from_dataset` gives an :class:`Export`: the
     :class:`~bas_analysis.qda.model.Project` and the evidence that could not
     be placed (``unlocated``, also written into the project as a note).
     :func:`codings_from_project` and :func:`spans_from_project` read a
     project back into tidy tables.

What becomes what:

- each document is a text source: its redacted text, named by its
  ``doc_id`` and redacted title (never the raw file name, which may carry a
  person's name), with ``doc_id``, ``kind`` and ``wave`` as variables;
- the codebook is the code system (:mod:`bas_analysis.qda.codesystem`);
- each coded value with evidence codes the evidence's span(s) in its source
  with the value's code(s), created by the user named after the coding's
  ``source`` (``rule`` / ``manual``); the selection's description keeps the
  value, the rule id and, if present, the confidence;
- each respondent (one organisation's answer in one document, so with one
  wave) is a case named after the organisation and wave, with its level,
  codes, wave and every indicator value as variables, its source (a
  document with one respondent) or its block of the document (a network
  report) and its coded selections.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime

import pandas as pd

from .. import __version__
from ..labels import KIND_SV
from .codesystem import NUMBER, CodeSystem, build_code_system, guid
from .model import Case, Note, Project, Selection, Source, User, Variable
from .spans import block_span, locate_evidence

UNLOCATED_COLUMNS = ["respondent_id", "doc_id", "org_code", "indicator_id", "indicator", "value", "source", "part", "reason"]
CASE_FIELDS = [  # respondent column -> (variable name, REFI-QDA type)
    ("respondent_id", "Text"),
    ("doc_id", "Text"),
    ("org_name", "Text"),
    ("org_code", "Text"),
    ("level", "Text"),
    ("county_code", "Text"),
    ("sub_unit", "Text"),
    ("kind", "Text"),
    ("wave", "Integer"),
]
SOURCE_FIELDS = [("doc_id", "Text"), ("kind", "Text"), ("wave", "Integer")]
UNLOCATED_NOTE = "Belägg som inte hittades i texten (evidence not found in the text)"
MAX_TITLE = 80


@dataclass
class Export:
    project: Project
    code_system: CodeSystem
    unlocated: pd.DataFrame

    def counts(self) -> dict:
        p = self.project
        return {
            "sources": len(p.sources),
            "codes": len(p.all_codes()),
            "cases": len(p.cases),
            "coded_spans": sum(s.code_guid is not None for s in p.selections),
            "unlocated": len(self.unlocated),
        }


def _blank(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)) or str(value).strip() in ("", "<NA>", "nan")


def _text(value) -> str:
    return "" if _blank(value) else str(value).strip()


def _integer(value) -> int | None:
    text = _text(value)
    return int(text) if re.fullmatch(r"-?\d+", text) else (int(float(text)) if re.fullmatch(r"-?\d+\.0+", text) else None)


def _variable(name: str, kind: str, description: str = "") -> Variable:
    return Variable(guid=guid("variable", name), name=name, type=kind, description=description)


def _value(variable: Variable, raw) -> tuple[str, str | int] | None:
    if variable.type == "Integer":
        number = _integer(raw)
        return None if number is None else (variable.guid, number)
    text = _text(raw)
    return (variable.guid, text) if text else None


def _datetime(value) -> str | None:
    """An ISO date-time as xsd:dateTime, or None."""
    try:
        return datetime.fromisoformat(str(value)).isoformat() if value else None
    except ValueError:
        return None


def _source_name(doc_id: str, title) -> str:
    title = _text(title)
    if len(title) > MAX_TITLE:
        title = title[: MAX_TITLE - 1].rstrip() + "…"
    return f"{doc_id} {title}".strip()


def _case_names(respondents: pd.DataFrame) -> dict[str, str]:
    names = {}
    for r in respondents.itertuples(index=False):
        name = _text(r.org_name) or _text(r.org_code) or r.respondent_id
        if _text(r.sub_unit):
            name += f" – {_text(r.sub_unit)}"
        if _integer(r.wave) is not None:
            name += f" {_integer(r.wave)}"
        names[r.respondent_id] = name
    counts = pd.Series(list(names.values())).value_counts()
    return {rid: (f"{n} ({rid})" if counts[n] > 1 else n) for rid, n in names.items()}


def _selection_description(row, indicator: str) -> str:
    parts = [f"{indicator} = {_text(row.get('value')) or '(empty)'}", f"rule_id {_text(row.get('rule_id'))}", f"source {_text(row.get('source'))}"]
    if _text(row.get("confidence")):
        confidence = f"confidence {_text(row.get('confidence'))}"
        if _text(row.get("confidence_reason")):
            confidence += f" ({_text(row.get('confidence_reason'))})"
        parts.append(confidence)
    return " | ".join(parts)


def _respondent_table(data) -> pd.DataFrame:
    """Respondents, plus a row for any respondent that only the codings name (so no coded value loses its case)."""
    respondents = data.respondents.copy()
    missing = sorted(set(data.codings["respondent_id"]) - set(respondents["respondent_id"])) if len(data.codings) else []
    if missing:
        extra = data.codings[data.codings["respondent_id"].isin(missing)].drop_duplicates("respondent_id")
        extra = extra.reindex(columns=respondents.columns)
        respondents = pd.concat([respondents, extra], ignore_index=True)
    for column, _ in CASE_FIELDS:
        if column not in respondents.columns:
            respondents[column] = ""
    return respondents.sort_values("respondent_id", kind="stable").reset_index(drop=True)


def project_from_dataset(data, codebook_path=None) -> Export:
    """The REFI-QDA project of a build; see the module docstring."""
    codings = data.codings.copy()
    documents = data.documents.sort_values("doc_id", kind="stable")
    codes = build_code_system(codings, codebook_path=codebook_path)
    respondents = _respondent_table(data)
    case_names = _case_names(respondents)

    sources_by_doc = {str(r.doc_id): r for r in documents.itertuples(index=False)}
    source_vars = [_variable(name, kind) for name, kind in SOURCE_FIELDS]
    sources = []
    for doc_id, r in sources_by_doc.items():
        values = tuple(v for v in (_value(var, getattr(r, var.name, None)) for var in source_vars) if v)
        description = f"{KIND_SV.get(r.kind, r.kind)}; datum i texten: {_text(getattr(r, 'dates', '')) or '–'}"
        sources.append(Source(guid=guid("source", doc_id), name=_source_name(doc_id, r.title), text=str(r.text), description=description, values=values))

    # each respondent's block of its document (the whole document when it has one respondent)
    per_doc = respondents.groupby("doc_id")["respondent_id"].nunique().to_dict()
    answers = data.answers.sort_values(["doc_id", "position"], kind="stable") if "position" in data.answers.columns else data.answers
    answer_texts = answers.groupby("respondent_id")["answer_text"].apply(list).to_dict() if len(answers) else {}
    blocks: dict[str, tuple[int, int] | None] = {}
    for r in respondents.itertuples(index=False):
        doc = sources_by_doc.get(str(r.doc_id))
        if doc is None:
            blocks[r.respondent_id] = None
        elif per_doc.get(r.doc_id, 0) <= 1:
            blocks[r.respondent_id] = (0, len(doc.text))
        else:
            blocks[r.respondent_id] = block_span(str(doc.text), [str(a) for a in answer_texts.get(r.respondent_id, [])])

    users = {s: User(guid=guid("user", s), name=f"bas-analysis: {s}") for s in sorted({_text(s) or "rule" for s in codings.get("source", pd.Series(dtype=str))} | {"rule"})}
    selections: dict[str, Selection] = {}
    selections_of_case: dict[str, list[str]] = {}
    unlocated = []
    for row in codings.sort_values(["respondent_id", "indicator_id"], kind="stable").to_dict("records"):
        rid, ind_id, doc_id = str(row["respondent_id"]), str(row["indicator_id"]), str(row["doc_id"])
        evidence = _text(row.get("evidence"))
        if not evidence:
            continue  # nothing to place: the value is still in the case's variables
        miss = dict(row, part=evidence)
        doc = sources_by_doc.get(doc_id)
        leaf_keys = codes.keys_for(ind_id, row.get("value"))
        if doc is None:
            unlocated.append({**miss, "reason": "document not in the build"})
            continue
        if not leaf_keys:
            unlocated.append({**miss, "reason": "the value names no code"})
            continue
        found, missing = locate_evidence(str(doc.text), evidence, blocks.get(rid))
        unlocated += [{**miss, "part": part, "reason": "evidence not found in the document text"} for part in missing]
        indicator = codes.indicators[ind_id]
        user = users[_text(row.get("source")) or "rule"]
        for key in leaf_keys:
            code = indicator.leaves[key]
            for part, (start, end) in found:
                sel_guid = guid("selection", rid, ind_id, key, start, end)
                if sel_guid in selections:
                    continue
                selections[sel_guid] = Selection(
                    guid=sel_guid, source_guid=guid("source", doc_id), start=start, end=end, code_guid=code.guid,
                    user_guid=user.guid, name=code.name, description=_selection_description(row, indicator.name),
                    coding_guid=guid("coding", sel_guid),
                )
                selections_of_case.setdefault(rid, []).append(sel_guid)

    case_vars = [_variable(name, kind) for name, kind in CASE_FIELDS]
    indicator_vars = {
        ind.id: _variable(f"{ind.id} {ind.name}", "Integer" if ind.kind == NUMBER else "Text", ind.code.description)
        for ind in codes.indicators.values()
    }
    value_of = {(str(r.respondent_id), str(r.indicator_id)): r.value for r in codings.itertuples(index=False)}
    cases = []
    for r in respondents.itertuples(index=False):
        rid = r.respondent_id
        values = [_value(var, getattr(r, var.name, None)) for var in case_vars]
        for ind_id, var in indicator_vars.items():
            if (rid, ind_id) in value_of:
                value = _value(var, value_of[(rid, ind_id)])
                if value is None and var.type == "Integer" and _text(value_of[(rid, ind_id)]):
                    unlocated.append({"respondent_id": rid, "doc_id": r.doc_id, "org_code": r.org_code, "indicator_id": ind_id,
                                      "indicator": codes.indicators[ind_id].name, "value": value_of[(rid, ind_id)], "part": "",
                                      "reason": "not a whole number"})
                values.append(value)
        refs, sel_refs = (), list(selections_of_case.get(rid, []))
        doc = sources_by_doc.get(str(r.doc_id))
        if doc is not None and per_doc.get(r.doc_id, 0) <= 1:
            refs = (guid("source", str(r.doc_id)),)
        elif doc is not None and blocks.get(rid):
            start, end = blocks[rid]
            block = Selection(guid=guid("block", rid), source_guid=guid("source", str(r.doc_id)), start=start, end=end,
                              code_guid=None, name=case_names[rid], description=f"Block of {case_names[rid]} ({rid})")
            selections[block.guid] = block
            sel_refs.insert(0, block.guid)
        description = f"{_text(r.org_name)} ({_text(r.org_code) or 'no code'}), {_text(r.level)}, {KIND_SV.get(_text(r.kind), _text(r.kind))}; respondent {rid}"
        cases.append(Case(guid=guid("case", rid), name=case_names[rid], description=description,
                          values=tuple(v for v in values if v), source_refs=refs, selection_refs=tuple(sel_refs)))

    unlocated_frame = pd.DataFrame(unlocated).reindex(columns=UNLOCATED_COLUMNS).fillna("")
    notes, note_refs = (), ()
    if len(unlocated_frame):
        lines = [f"{u.respondent_id} {u.indicator} = {u.value} [{u.source}]: {u.reason}: «{u.part}»" for u in unlocated_frame.itertuples(index=False)]
        note = Note(guid=guid("note", "unlocated"), name=UNLOCATED_NOTE, text="\n".join(lines))
        notes, note_refs = (note,), (note.guid,)

    manifest = getattr(data, "manifest", {}) or {}
    created = _datetime(manifest.get("built_at"))
    # in the order the archive holds them: by source, then by place in the text
    source_order = {source.guid: i for i, source in enumerate(sources)}
    ordered = tuple(sorted(selections.values(), key=lambda s: (source_order[s.source_guid], s.start, s.end, s.code_guid or "", s.guid)))
    n_spans = sum(s.code_guid is not None for s in ordered)
    description = (
        f"Kodade värden från bas-analysis {__version__} (kodbok sha256 {manifest.get('codebook_sha256', '?')}, byggd {manifest.get('built_at', '?')}): "
        f"{len(sources)} källor, {len(cases)} fall, {n_spans} kodade markeringar, {len(unlocated_frame)} belägg som inte hittades (se anteckningen). "
        "Markeringar är halvöppna [start, slut) i Unicode-kodpunkter från 0."
    )
    project = Project(
        name=f"bas-analysis {created[:10] if created else ''}".strip(),
        origin=f"bas-analysis {__version__}",
        created=created,
        description=description,
        creating_user=users["rule"].guid,
        users=tuple(users.values()),
        codes=codes.codes,
        variables=tuple(case_vars + [v for v in source_vars if v.guid not in {c.guid for c in case_vars}] + list(indicator_vars.values())),
        cases=tuple(cases),
        sources=tuple(sources),
        selections=ordered,
        notes=notes,
        note_refs=note_refs,
    )
    return Export(project=project, code_system=codes, unlocated=unlocated_frame)


# ------------------------------------------------------------------ reading back
def _values_by_name(project: Project, values) -> dict[str, str | int]:
    names = {v.guid: v.name for v in project.variables}
    return {names.get(g, g): value for g, value in values}


def codings_from_project(project: Project) -> pd.DataFrame:
    """One row per case and indicator value: respondent_id, doc_id, indicator_id, indicator, value.

    Read from the cases' indicator variables ("R01 coordination"); a number
    comes back as text, as in the codings table. An empty value has no
    variable value and so no row.
    """
    meta = {name for name, _ in CASE_FIELDS}
    rows = []
    for case in project.cases:
        values = _values_by_name(project, case.values)
        for name, value in values.items():
            if name in meta:
                continue
            ind_id, _, ind_name = name.partition(" ")
            rows.append({"respondent_id": str(values.get("respondent_id", case.guid)), "doc_id": str(values.get("doc_id", "")),
                         "indicator_id": ind_id, "indicator": ind_name, "value": str(value)})
    return pd.DataFrame(rows, columns=["respondent_id", "doc_id", "indicator_id", "indicator", "value"])


def spans_from_project(project: Project) -> pd.DataFrame:
    """One row per coded selection: respondent_id, doc_id, code, start, end, text, user, description."""
    sources = project.source_by_guid()
    code_names = {c.guid: c.name for c in project.all_codes()}
    user_names = {u.guid: u.name for u in project.users}
    case_of = {}
    for case in project.cases:
        rid = _values_by_name(project, case.values).get("respondent_id", case.guid)
        for ref in case.selection_refs:
            case_of[ref] = rid
    rows = []
    for s in project.selections:
        if s.code_guid is None:
            continue
        source = sources[s.source_guid]
        rows.append({
            "respondent_id": str(case_of.get(s.guid, "")),
            "doc_id": str(_values_by_name(project, source.values).get("doc_id", source.name.split(" ")[0])),
            "code_guid": s.code_guid, "code": code_names.get(s.code_guid, ""), "start": s.start, "end": s.end,
            "text": source.text[s.start:s.end], "user": user_names.get(s.user_guid, ""), "description": s.description,
        })
    return pd.DataFrame(rows, columns=["respondent_id", "doc_id", "code_guid", "code", "start", "end", "text", "user", "description"])
