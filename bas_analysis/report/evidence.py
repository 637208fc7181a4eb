"""Evidence: each coded value with what an evaluator needs to check it.

In:  a loaded build (:func:`bas_analysis.load`: codings, answers, documents, respondents).
Out: :func:`coded_values`: each organisation's current value per indicator,
     with the page it comes from and that page's year, the question the quote
     answers and the quote, its confidence and rule; :func:`evidence_cell`
     shows them in a table cell; :func:`value_label` writes any value in
     Swedish, the three kinds of missing value kept apart (:func:`bas_analysis.vocab.missing_kind`);
     :func:`display_title` a page's title as a reader should see it (a garbled
     organisation name repaired, never a redaction placeholder) and
     :func:`other_texts` the pages that belong to no single organisation (news,
     texts about the national development work).

A quote is found in the answers of its own respondent, first under the
indicator's own questions (codebook ``questions``), then anywhere in the
respondent's answers, then anywhere in the page; the question above it is the
question it answers. A bare "Ja"/"Nej" whose question cannot be found carries
the wording of the indicator's question from ``data/questions.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache
import ftfy
import pandas as pd

from .. import compare, orgs
from ..labels import (
    CONFIDENCE_REASON_SV,
    CONFIDENCE_SV,
    KIND_SV,
    MEMBER_LABELS_SV,
    MISSING_LABELS_SV,
    STAGE_LABELS_SV,
    VALUE_LABELS_SV,
    WAVE_SOURCE_SV,
    join_sv,
)
from ..labels import STATUS_LABELS_SV as METHOD_STATUS_SV
from ..redact import EMAIL, NAME, PERSONAL_NUMBER, PHONE
from ..vocab import EVIDENCE_SEPARATOR, missing_kind, parse_methods, parse_set, score
from ..yamlfile import package_yaml, read_yaml
from .markup import HTMLBlock, esc

REDACTION_PLACEHOLDERS = (NAME, PHONE, EMAIL, PERSONAL_NUMBER)
SET_INDICATORS = tuple(MEMBER_LABELS_SV)
NUMBER_INDICATORS = ("child_ombud_count", "age_min", "age_max")


# --- settings and codebook ----------------------------------------------------------------


@lru_cache(maxsize=1)
def report_settings() -> dict:
    """``data/report.yaml``, its patterns compiled."""
    data = package_yaml("report.yaml")
    national = data["national_work"]
    national["patterns"] = [re.compile(cue, re.IGNORECASE) for cue in national["cues"]]
    return data


@lru_cache(maxsize=1)
def question_wordings() -> dict[str, str]:
    """Question id -> the questionnaire's wording (``data/questions.yaml``)."""
    data = package_yaml("questions.yaml")
    return {q["id"]: q["wording"] for q in data["questions"] if q.get("wording")}


@lru_cache(maxsize=1)
def codebook():
    """The codebook as declared (validated, not compiled: the method page reads its structure)."""
    from ..coding.codebook import default_codebook_path, parse_codebook

    path = default_codebook_path()
    return parse_codebook(read_yaml(path.read_text(encoding="utf-8")), str(path))


@lru_cache(maxsize=1)
def _codebook_file() -> dict:
    """The codebook file as loaded YAML, not validated again.

    A report kernel reads two things from it (the indicators' questions, the bare answer patterns); the build and
    the report batch have validated the file already, and importing the validating schema (pydantic) would cost
    every kernel about half a second. What the file leaves out is taken from the validated codebook's defaults.
    """
    return package_yaml("codebook.yaml")


@lru_cache(maxsize=1)
def indicator_questions() -> dict[str, tuple[str, ...]]:
    """Indicator name -> the question ids it reads first (codebook ``questions``)."""
    return {indicator["name"]: tuple(indicator.get("questions") or ()) for indicator in _codebook_file()["indicators"]}


@lru_cache(maxsize=1)
def _bare_answer_patterns() -> tuple[re.Pattern, ...]:
    language = _codebook_file().get("language") or {}
    patterns = [language.get(key) or getattr(codebook().language, key) for key in ("bare_yes", "bare_no")]
    return tuple(re.compile(p[3:] if p.startswith("re:") else rf"^\s*{re.escape(p)}\b", re.IGNORECASE) for p in patterns)


# --- values in Swedish ----------------------------------------------------------------------


def methods_label(value) -> str:
    """ "BRA-samtal:active;ME-WE:training" -> "BRA-samtal (pågår), ME-WE (utbildning pågår)"."""
    kind = missing_kind(value)
    if kind:
        return MISSING_LABELS_SV[kind]
    methods = parse_methods(value) or {}
    return ", ".join(f"{name} ({METHOD_STATUS_SV.get(status, status)})" for name, status in methods.items())


def members_label(value, indicator: str) -> str:
    """ "addiction;violence" -> "missbruk eller beroende, våld"."""
    kind = missing_kind(value)
    if kind:
        return MISSING_LABELS_SV[kind]
    labels = MEMBER_LABELS_SV.get(indicator, {})
    return ", ".join(labels.get(member, member) for member in sorted(parse_set(value) or ()))


def value_label(value, indicator: str = "") -> str:
    """Any coded value in Swedish: "ja", "etablerat", "missbruk eller beroende, våld", "BRA-samtal (pågår)", "7".

    Missing values: "okänt" (the source does not say), "inga" (read, none
    named), "" (not applicable: no value belongs here).
    """
    kind = missing_kind(value)
    if kind:
        return MISSING_LABELS_SV[kind]
    if indicator == "methods":
        return methods_label(value)
    if indicator in SET_INDICATORS:
        return members_label(value, indicator)
    if indicator == "stage":
        return STAGE_LABELS_SV.get(value, str(value))
    return VALUE_LABELS_SV.get(value, str(value))


def ages_label(age_min, age_max) -> str:
    """ "7–15 år", "från 7 år", "upp till 15 år", or "" when the page states no age."""
    low = None if missing_kind(age_min) else int(float(age_min))
    high = None if missing_kind(age_max) else int(float(age_max))
    if low is not None and high is not None:
        return f"{low}–{high} år"
    if low is not None:
        return f"från {low} år"
    if high is not None:
        return f"upp till {high} år"
    return ""


def _missing(x) -> bool:
    return x is None or (not isinstance(x, str) and pd.isna(x))


def wave_text(wave, source="page_date", wave_min=None, wave_max=None, brief: bool = False) -> str:
    """A page's year as an evaluator reads it.

    "2018" (the page's date); "2014 (enligt årtal i texten)" (bounds fixed
    to the year); "2021 (uppskattat: 2021 eller senare, enligt enkätens
    formulering)" or "… 2021–2022 …" (an estimate); "utan år". ``brief``:
    "2018", "2014", "uppskattat 2021 eller senare", "uppskattat 2021–2022".
    """
    if _missing(wave):
        return "utan år"
    year = str(int(wave))
    if source == "page_date" or _missing(source):
        return year
    low = int(wave_min) if not _missing(wave_min) else int(wave)
    basis = f"enligt {WAVE_SOURCE_SV.get(source, source)}"
    if not _missing(wave_max) and int(wave_max) == low:
        return year if brief else f"{year} ({basis})"
    span = f"{low} eller senare" if _missing(wave_max) else f"{low}–{int(wave_max)}"
    return f"uppskattat {span}" if brief else f"{year} (uppskattat: {span}, {basis})"


def document_wave_text(doc, brief: bool = False) -> str:
    """:func:`wave_text` of a documents row (a namedtuple or a Series)."""
    get = doc.get if hasattr(doc, "get") else lambda key, default=None: getattr(doc, key, default)
    return wave_text(get("wave"), get("wave_source", "page_date"), get("wave_min"), get("wave_max"), brief)


# --- names and titles ------------------------------------------------------------------------


@lru_cache(maxsize=None)
def org_name(code: str) -> str:
    """The official name of a region ("08") or municipality ("0114"); the code when unknown."""
    if len(code) == 2:
        return orgs.region_name(code)
    municipalities = orgs.municipalities().set_index("code")["name"]
    return str(municipalities.get(code, code))


def display_title(title, fallback: str = "") -> str:
    """A page title as a reader should see it: mojibake fixed, a garbled organisation name at its start
    repaired ("Region Jnkpings ln Barndialogen" -> "Region Jönköpings län Barndialogen"); ``fallback``
    when it holds a redaction placeholder ("[namn]") or is empty."""
    text = " ".join(ftfy.fix_text(str(title or "")).split())
    if not text or any(placeholder in text for placeholder in REDACTION_PLACEHOLDERS):
        return fallback
    words = text.split()
    for n in range(min(5, len(words)), 1, -1):
        match = orgs.match_org(" ".join(words[:n]))
        if match.code:
            if match.method == "fuzzy":
                return " ".join([match.name, *words[n:]])
            break
    return text


def _region_names() -> list[str]:
    regions = orgs.regions()
    return sorted({*regions["short_name"], *regions["name"]}, key=len, reverse=True)


def about_national_work(text: str, title: str = "") -> bool:
    """Whether a page's opening speaks of the national development work and names no region (data/report.yaml)."""
    settings = report_settings()["national_work"]
    body = text[len(title):] if title and text.startswith(title) else text
    opening = " ".join(body.split())[: settings["opening_chars"]]
    if not any(pattern.search(opening) for pattern in settings["patterns"]):
        return False
    folded = opening.casefold()
    return not any(name.casefold() in folded for name in _region_names())


def national_doc_ids(data) -> set[str]:
    """Project descriptions matched to a region only by mentions that are about the national work."""
    respondents = data.respondents.reindex(columns=["doc_id", "match_method"])
    by_mention = respondents[respondents["match_method"].eq("mentions")]["doc_id"]
    docs = data.documents.reindex(columns=["doc_id", "title", "text"])
    docs = docs[docs["doc_id"].isin(by_mention)]
    return {doc.doc_id for doc in docs.itertuples() if about_national_work(doc.text or "", doc.title or "")}


def other_texts(data) -> pd.DataFrame:
    """Pages of no single organisation: pages without respondents, and pages about the national work.

    Columns: doc_id, title (as :func:`display_title` shows it), kind, wave_text,
    source_file, national (bool), mentions (the organisations the build matched it to).
    """
    national = national_doc_ids(data)
    with_respondents = set(data.respondents["doc_id"])
    documents = data.documents.reindex(columns=["doc_id", "title", "kind", "text", "source_file", "wave", "wave_source",
                                                "wave_min", "wave_max"])
    docs = documents[documents["doc_id"].isin(national) | ~documents["doc_id"].isin(with_respondents)]
    names = data.respondents.groupby("doc_id")["org_code"].agg(lambda codes: join_sv([org_name(c) for c in sorted(set(codes)) if c]))
    rows = []
    for doc in docs.sort_values(["wave", "source_file"], na_position="first").itertuples():
        kind = KIND_SV.get(doc.kind, doc.kind)
        rows.append({
            "doc_id": doc.doc_id,
            "title": display_title(doc.title, fallback=kind.capitalize()),
            "kind": kind,
            "wave_text": document_wave_text(doc),
            "source_file": doc.source_file,
            "national": doc.doc_id in national or about_national_work(str(doc.text or ""), str(doc.title or "")),
            "mentions": names.get(doc.doc_id, ""),
        })
    return pd.DataFrame(rows, columns=["doc_id", "title", "kind", "wave_text", "source_file", "national", "mentions"])


# --- the quote, its question and its page -----------------------------------------------------


def _flat(text) -> str:
    return " ".join(str(text or "").split())


def is_bare_answer(part: str) -> bool:
    """ "Ja.", "Nej", "Ja!": a quote that means nothing without its question."""
    words = re.findall(r"\w+", part)
    return 0 < len(words) <= 2 and any(pattern.search(part) for pattern in _bare_answer_patterns())


def quote_parts(evidence) -> list[str]:
    return [p.strip() for p in str(evidence or "").split(EVIDENCE_SEPARATOR) if p.strip()]


# An answer as the quotes look for it: (question id, question, answer), both texts on one line.
_Answer = tuple[str, str, str]


def _answers_of(answers: pd.DataFrame) -> list[_Answer]:
    return [(qid, _flat(question), _flat(text))
            for qid, question, text in zip(answers["question_id"], answers["question_text"], answers["answer_text"])]


def _find_question(part: str, candidates: list[list[_Answer]]) -> str | None:
    """The question above the first answer (of the first candidate list that has one) containing ``part``."""
    needle = _flat(part)
    for answers in candidates:
        for _, question, text in answers:
            if needle and needle in text:
                return question
    return None


def quote_groups(row, answers: pd.DataFrame) -> list[tuple[str, list[str]]]:
    """The quote of one codings row as (question, parts) in order; question "" when the part has none."""
    return _quote_groups(row, _answers_of(answers[answers["respondent_id"].eq(row["respondent_id"])]),
                         _answers_of(answers[answers["doc_id"].eq(row["doc_id"])]))


def _quote_groups(row, respondent: list[_Answer], page: list[_Answer]) -> list[tuple[str, list[str]]]:
    """:func:`quote_groups` given the answers of the row's respondent and of its page."""
    parts = quote_parts(row["evidence"])
    if not parts:
        return []
    own_questions = indicator_questions().get(row["indicator"], ())
    candidates = [[a for a in respondent if a[0] in own_questions], respondent, page]
    groups: list[tuple[str, list[str]]] = []
    for part in parts:
        question = _find_question(part, candidates)
        if not question and is_bare_answer(part) and own_questions:
            question = question_wordings().get(own_questions[0], "")
        question = question or ""
        if groups and groups[-1][0] == question:
            groups[-1][1].append(part)
        else:
            groups.append((question, [part]))
    return groups


def coded_values(data, level: str, org_codes=None, wave: int | None = None, ordered: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each organisation's current value per indicator of ``level``, with its evidence (one row each).

    The current value is the one of the organisation's newest page by the
    evidence order (:func:`bas_analysis.compare.current_state`); where one page
    holds several respondents of one organisation, the known and higher value
    wins. Columns: org_code, org_name, region_code, indicator_id, indicator,
    value, respondent_id, doc_id, source_file, wave, wave_text, evidence,
    quotes (list of (question, parts)), question, rule_id, confidence,
    confidence_reason, source. ``ordered``: the build's codings in page order
    (:func:`bas_analysis.compare.with_page_order`), when the caller has them already.
    """
    if ordered is None:
        ordered = compare.with_page_order(data.codings, data.documents)
    codings = ordered if wave is None else ordered[ordered["wave"] == wave]
    current = compare.current_state(codings, level)
    current = current[current["org_code"].ne("")]
    if org_codes is not None:
        current = current[current["org_code"].isin(list(org_codes))]
    current = current.assign(
        _unknown=current["value"].map(lambda v: missing_kind(v) is not None),
        _score=[score(i, v) for i, v in zip(current["indicator"], current["value"])],
    ).sort_values(["org_code", "indicator", "_unknown", "_score", "respondent_id"],
                  ascending=[True, True, True, False, True], na_position="last")
    current = current.drop_duplicates(["org_code", "indicator"]).drop(columns=["_unknown", "_score"])
    documents = data.documents.set_index("doc_id")
    answers = data.answers[data.answers["doc_id"].isin(current["doc_id"])]
    of_respondent = {key: _answers_of(group) for key, group in answers.groupby("respondent_id")}
    of_page = {key: _answers_of(group) for key, group in answers.groupby("doc_id")}
    rows = []
    for row in current.to_dict("records"):
        doc = documents.loc[row["doc_id"]] if row["doc_id"] in documents.index else pd.Series(dtype=object)
        groups = _quote_groups(row, of_respondent.get(row["respondent_id"], []), of_page.get(row["doc_id"], []))
        rows.append({
            **row,
            "org_name": org_name(row["org_code"]),
            "region_code": row["org_code"][:2],
            "source_file": doc.get("source_file", ""),
            "wave_text": document_wave_text(doc) if len(doc) else "utan år",
            "quotes": groups,
            "question": " / ".join(q for q, _ in groups if q),
        })
    columns = ["org_code", "org_name", "region_code", "indicator_id", "indicator", "value", "respondent_id", "doc_id",
               "source_file", "wave", "wave_text", "evidence", "quotes", "question", "rule_id", "confidence",
               "confidence_reason", "source"]
    return pd.DataFrame(rows).reindex(columns=columns).reset_index(drop=True)


def confidence_label(confidence, reason="") -> str:
    """ "hög (ett kodord i svaret på indikatorns egen fråga)"."""
    if _missing(confidence) or not confidence:
        return ""
    text = CONFIDENCE_SV.get(confidence, str(confidence))
    reason = CONFIDENCE_REASON_SV.get(reason, reason) if not _missing(reason) else ""
    return f"{text} ({reason})" if reason else text


def evidence_cell(row, show_source: bool = True) -> HTMLBlock:
    """A quote as an evaluator checks it: the question it answers, the quote, its page and that page's year."""
    parts = []
    if row.get("source") == "manual":
        parts.append(f'<span class="bas-cell-question">Manuell kodning:</span> {esc(row.get("evidence"))}')
    else:
        for question, quoted in row.get("quotes") or []:
            if question:
                parts.append(f'<span class="bas-cell-question">Fråga: {esc(question)}</span>')
            parts.append(f'<q class="bas-cell-quote">{esc(EVIDENCE_SEPARATOR.join(quoted))}</q>')
    if not parts:
        parts.append('<span class="bas-cell-none">Inget citat: sidan säger inget om saken.</span>')
    if show_source and row.get("source_file"):
        parts.append(f'<span class="bas-cell-source">Källa: {esc(row["source_file"])}, {esc(row["wave_text"])}</span>')
    return HTMLBlock("".join(parts))
