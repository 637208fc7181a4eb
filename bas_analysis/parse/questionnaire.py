"""Parser for `questionnaire` pages: a region's answers to the national questionnaire.

A title line names the region; then question lines (ending in "?", or short
headings such as "Särskilda satsningar") each followed by answer paragraphs;
then metadata (links, contact block, "Senast uppdaterad …"). Questions are
mapped to canonical ids with the patterns in ``data/questions.yaml``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


from .. import orgs
from . import BULLET_RE, Answer, match_respondent, register, split_paragraphs
from ..yamlfile import package_yaml

CLOSING_REMARK = "Q90"


@dataclass(frozen=True)
class QuestionCatalogue:
    questions: tuple[tuple[str, str, tuple[re.Pattern, ...], tuple[re.Pattern, ...]], ...]
    wordings: tuple[tuple[str, str], ...]
    openers: re.Pattern
    metadata: re.Pattern


@lru_cache(maxsize=1)
def catalogue() -> QuestionCatalogue:
    data = package_yaml("questions.yaml")
    questions = tuple(
        (
            q["id"],
            q.get("label", q["id"]),
            tuple(re.compile(p, re.IGNORECASE) for p in q.get("patterns", [])),
            tuple(re.compile(rf"^\s*{h}\s*:?\s*$", re.IGNORECASE) for h in q.get("heading", [])),
        )
        for q in data["questions"]
    )
    wordings = tuple((q["id"], _folded(q["wording"])) for q in data["questions"] if q.get("wording"))
    openers = re.compile(r"^\s*(?:\S+\s+\S+\s+)?(?:" + "|".join(data["question_openers"]) + r")\b", re.IGNORECASE)
    metadata = re.compile(r"^\s*(?:" + "|".join(data["metadata"]) + ")", re.IGNORECASE)
    return QuestionCatalogue(questions, wordings, openers, metadata)


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


MIN_CUT_QUESTION = 15


def classify_cut_question(line: str) -> str | None:
    """The id of a question line cut off by the page's end: it begins a canonical wording."""
    text = _folded(line)
    if len(text) < MIN_CUT_QUESTION or text.endswith((".", "!")):
        return None
    return next((qid for qid, wording in catalogue().wordings if wording.startswith(text) and wording != text), None)


@lru_cache(maxsize=4096)
def classify_question(line: str) -> str | None:
    """The canonical id of a question line, Q90 for another question, None for no question (remembered per
    line: the questionnaire's wordings recur on every page)."""
    text = line.strip()
    if not text or len(text) > 300:
        return None
    cat = catalogue()
    if text.endswith("?"):
        for qid, _, patterns, _ in cat.questions:
            if any(p.search(text) for p in patterns):
                return qid
        return CLOSING_REMARK if cat.openers.match(text) and len(text) < 200 else None
    if len(text) <= 60 and not text.endswith((".", ",", ":", ";")):
        for qid, _, _, headings in cat.questions:
            if any(h.match(text) for h in headings):
                return qid
    return None


def _opens_question(line: str) -> bool:
    """A new paragraph that starts like a question and stops without a full stop."""
    text = line.strip()
    return bool(text) and not text.endswith((".", "!", ":", ")")) and bool(catalogue().openers.match(text)) and len(text.split()) >= 2


def looks_like_questionnaire(text: str) -> bool:
    ids = {classify_question(line) for line in text.split("\n")}
    ids.discard(None)
    ids.discard(CLOSING_REMARK)
    return len(ids) >= 3


@register("questionnaire", looks_like_questionnaire)
def parse_questionnaire(text: str, lines: list[str]):
    cat = catalogue()
    blocks: list[tuple[str, str, list[str]]] = []  # (qid, question line, answer lines)
    preamble: list[str] = []
    title = None
    cut_off = True  # a page without its metadata tail was cut off mid-text
    last_text = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    head_metadata = False  # a contact paragraph above the first question: the page's head, not its tail
    for i, line in enumerate(lines):
        if cat.metadata.match(line) and (blocks or title):
            if blocks:
                cut_off = False
                break
            head_metadata = True
        if head_metadata:
            head_metadata = bool(line.strip())
            continue
        qid = classify_question(line) or (classify_cut_question(line) if i == last_text and blocks else None)
        if not qid and i == last_text and blocks and _opens_question(line) and (i == 0 or not lines[i - 1].strip()):
            qid = CLOSING_REMARK  # a question line cut off by the page's end: a question, never text of the answer before
        if qid:
            blocks.append((qid, line.strip(), []))
        elif blocks:
            blocks[-1][2].append(line)
        elif title is None and line.strip():
            title = line.strip()
        else:
            preamble.append(line)

    respondent = match_respondent(title or "", level="region")
    if not respondent.org_code:
        # The first line is a breadcrumb or a site heading: the region the page names most.
        from .project_description import about_region

        code = about_region(text)
        if code:
            respondent = match_respondent(orgs.region_name(code), level="region")
            respondent.org_name, respondent.match_method = title or respondent.org_name, "mentions"
    warnings: list[str] = []
    intro = split_paragraphs(preamble)
    if intro:
        respondent.answers.append(Answer(CLOSING_REMARK, "(inledning)", "\n\n".join(intro)))
    for i, (qid, question, answer_lines) in enumerate(blocks):
        paragraphs = split_paragraphs(answer_lines)
        closing: list[str] = []
        if i == len(blocks) - 1 and len(paragraphs) > 1 and not cut_off:
            # After the last answer: its first paragraph (and a list or a lead-in
            # to one following it) answers the question; what comes after answers
            # none (a closing remark). On a page cut off mid-answer, all of it is answer.
            keep = 1
            while keep < len(paragraphs) and (BULLET_RE.match(paragraphs[keep]) or paragraphs[keep - 1].rstrip().endswith(":")):
                keep += 1
            paragraphs, closing = paragraphs[:keep], paragraphs[keep:]
        respondent.answers.append(Answer(qid, question, "\n\n".join(paragraphs)))
        for remark in closing:
            respondent.answers.append(Answer(CLOSING_REMARK, "(avslutande text)", remark))
    if not blocks:
        warnings.append("no question found on a page detected as questionnaire")
    return [respondent], warnings
