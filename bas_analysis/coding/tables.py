"""Tables: code every respondent and write the long and wide tables.

In:  the ``respondents`` and ``answers`` tables (redacted), optionally a CSV of
     manual codings and another codebook.
Out: the long ``codings`` table (one row per respondent × indicator: value,
     evidence, rule id, confidence, confidence_reason, source) and the wide
     ``indicators`` table (one row per respondent and wave).
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .. import schemas
from ..ingest import Problem
from ..vocab import UNKNOWN
from .codebook import Codebook, load_codebook
from .engines import engine_for
from .engines.block import Block, raise_signals
from .engines.graded import Page
from .words import join_groups


_JOINED: dict[int, tuple] = {}  # id of a codebook -> (the codebook, its joined cue tuples)


def _join_cues(book: Codebook) -> None:
    """Join, once per codebook, the cue tuples asked of the same sentences (see :func:`~.words.join_groups`):
    a municipality's indicators ask every sentence of the block; a region's indicators that read the same
    question ask each other's rules."""
    known = _JOINED.get(id(book))
    if known is not None and known[0] is book:
        return
    municipal = book.for_level("municipality")
    joined = [join_groups([ind.rule_cues for ind in municipal] + [ind.method_cues for ind in municipal] + [ind.member_cues for ind in municipal])]
    by_question: dict[str, list] = {}
    for ind in book.for_level("region"):
        for q in ind.questions:
            by_question.setdefault(q, []).append(ind.rule_cues)
    joined += [join_groups(cues) for cues in by_question.values() if len(cues) > 1]
    if len(_JOINED) > 16:
        _JOINED.clear()
    _JOINED[id(book)] = (book, joined)


def code_region(rows, book: Codebook) -> list[tuple[object, object]]:
    """(indicator, verdict) for every region indicator; ``rows``: (question_id, question_text, answer_text)."""
    _join_cues(book)
    page = Page.of(rows, book)
    return [(ind, engine_for(ind)(ind, page)) for ind in book.for_level("region")]


def code_municipality(texts, book: Codebook, wave=None, others=(), own="") -> list[tuple[object, object]]:
    """(indicator, verdict) for every municipality indicator of one block of text (``others``: the names of the other
    municipalities of a joint answer, whose own sentences are not this one's; ``own``: this one's name)."""
    _join_cues(book)
    block = Block.of(texts, book, wave, others, own)
    indicators = book.for_level("municipality")
    for ind in indicators:
        if ind.engine == "decide":
            raise_signals(ind, block)
    for ind in indicators:  # methods first: their statuses are signals for the others
        if ind.engine == "methods":
            block.decided[ind.name] = engine_for(ind)(ind, block)
    for ind in indicators:
        if ind.name not in block.decided:
            block.decided[ind.name] = engine_for(ind)(ind, block)
    if not block.units:  # an empty block says nothing, not even "no methods named"
        for verdict in block.decided.values():
            if verdict.value:
                verdict.value, verdict.evidence, verdict.rule_id = UNKNOWN, "", ""
    return [(ind, block.decided[ind.name]) for ind in indicators]


_PLACE_WORDS = re.compile(r"\s+(?:kommun|kommuner|stad)$", re.IGNORECASE)


def _joint_partners(respondents, by_respondent) -> dict[str, tuple[tuple[str, ...], str]]:
    """Respondent id -> (the names of the other municipalities of its joint answer, its own): municipalities of one document
    that were given the same answers (a joint block, one respondent per municipality it names)."""
    groups: dict[tuple, list] = {}
    for r in respondents:
        answers = by_respondent.get(r["respondent_id"])
        name = r.get("org_name")
        if r["level"] == "municipality" and answers and isinstance(name, str) and name.strip():
            key = (r["doc_id"], tuple(a[3] for a in sorted(answers, key=lambda row: row[0])))
            groups.setdefault(key, []).append(r)
    out = {}
    for members in groups.values():
        if len(members) > 1:
            names = {m["respondent_id"]: _PLACE_WORDS.sub("", m["org_name"].strip()) for m in members}
            for rid, own in names.items():
                out[rid] = (tuple(name for other, name in names.items() if other != rid and name), own)
    return out


def code_rows(respondents, answers, book: Codebook | None = None) -> list[tuple]:
    """The codings rows (in the codings table's columns) of ``respondents`` and their ``answers``.

    Both are sequences of mappings with the respondents' and answers' columns
    (rows of the tables, or the dicts a build makes for one page before the
    tables exist): a build codes each page where it was read.
    """
    book = book or load_codebook()
    by_respondent: dict[str, list[tuple[int, str, str, str]]] = {}
    for a in answers:
        by_respondent.setdefault(a["respondent_id"], []).append((a["position"], a["question_id"], a["question_text"], a["answer_text"]))
    joint = _joint_partners(respondents, by_respondent)
    rows = []
    for r in respondents:
        level = r["level"]
        if level not in ("region", "municipality"):
            continue
        if level == "region" and r["kind"] != "questionnaire":
            continue  # project descriptions are narratives, not answers to the questionnaire
        mine = [row[1:] for row in sorted(by_respondent.get(r["respondent_id"], []), key=lambda row: row[0])]
        wave = r["wave"]
        if level == "region":
            verdicts = code_region(mine, book)
        else:
            verdicts = code_municipality([a for _, _, a in mine], book, None if wave is None or pd.isna(wave) else int(wave),
                                         *joint.get(r["respondent_id"], ((), "")))
        for ind, v in verdicts:
            rows.append((r["respondent_id"], r["doc_id"], r["org_code"], level, wave, ind.id, ind.name, v.value, v.evidence,
                         v.rule_id, v.confidence, v.reason, "rule"))
    return rows


def codings_table(rows: list[tuple] | pd.DataFrame, respondents: pd.DataFrame, manual_path: str | Path | None = None) -> tuple[pd.DataFrame, list[Problem]]:
    """The codings table from :func:`code_rows`' rows (in respondent order; or a frame of them in the
    table's columns, as a build assembles them), manual codings applied."""
    columns = list(schemas.CODINGS.columns)
    if isinstance(rows, pd.DataFrame):
        codings = rows if len(rows) else schemas.empty(schemas.CODINGS)
    else:
        codings = pd.DataFrame(rows, columns=columns) if rows else schemas.empty(schemas.CODINGS)
    codings["wave"] = codings["wave"].astype("Int64")
    problems: list[Problem] = []
    if manual_path:
        from ..manual import apply_manual

        codings, problems = apply_manual(codings, respondents, Path(manual_path))
        manual = codings["source"] == "manual"
        codings.loc[manual, ["confidence", "confidence_reason"]] = ["high", "manual coding"]
    return codings, problems


def code_all(
    respondents: pd.DataFrame,
    answers: pd.DataFrame,
    manual_path: str | Path | None = None,
    codebook: str | Path | None = None,
) -> tuple[pd.DataFrame, list[Problem]]:
    """The codings table for all respondents, manual codings applied."""
    book = load_codebook(codebook)
    columns = ["respondent_id", "position", "question_id", "question_text", "answer_text"]
    answer_rows = answers[columns].to_dict("records") if len(answers) and "position" in answers else \
        [dict(row, position=i) for i, row in enumerate(answers[columns[:1] + columns[2:]].to_dict("records"))] if len(answers) else []
    columns = ["respondent_id", "doc_id", "org_code", "org_name", "level", "kind", "wave"]
    respondent_rows = respondents[[c for c in columns if c in respondents]].to_dict("records")
    return codings_table(code_rows(respondent_rows, answer_rows, book), respondents, manual_path)


def indicators_wide(codings: pd.DataFrame, respondents: pd.DataFrame, codebook: str | Path | None = None) -> pd.DataFrame:
    """One row per respondent (and so per wave) with one column per indicator."""
    keys = ["respondent_id", "doc_id", "org_code", "org_name", "level", "county_code", "sub_unit", "wave"]
    # as Python strings: pandas' isin on Arrow-backed text asks every value one by one (0.7 s for 100,000 codings)
    coded = respondents["respondent_id"].astype(object).isin(codings["respondent_id"].astype(object))
    base = respondents[coded.to_numpy()][keys]
    if codings.empty:
        return base.reset_index(drop=True)
    wide = codings.pivot(index="respondent_id", columns="indicator", values="value")
    order = list(codings["indicator"].unique())  # in order of appearance
    wide = wide[order].reset_index()
    wide.columns.name = None
    out = base.merge(wide, on="respondent_id", how="left")
    out["wave"] = out["wave"].astype("Int64")
    for ind in load_codebook(codebook).indicators:
        if ind.type in ("count", "age") and ind.name in out:
            out[ind.name] = pd.to_numeric(out[ind.name].replace("", None), errors="coerce").astype("Int64")
    return out.reset_index(drop=True)
