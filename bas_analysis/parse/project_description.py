"""Parser for `project_description` pages: narrative on a region's development work.

The respondent is the region the text is about (the one it names most, a
garbled name resolved by fuzzy matching). Paragraphs become answers of
section ``text``; each bullet becomes an answer in the section its lead-in
line names (``activities``, ``partners``, ``subprojects``, else ``list``),
with the lead-in kept as the question text.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .. import orgs
from . import BULLET_RE, Answer, Respondent, register, split_paragraphs
from .waves import PAGE_META

PROJECT_WORDS = re.compile(
    r"\b(utvecklingsarbete\w*|utvecklingsregion\w*|delprojekt\w*|projekt\w*|projektledare|styrgrupp\w*|referensgrupp\w*|"
    r"upptaktsmöte|lägesrapport\w*|slutrapport\w*|handlingsprogram)\b",
    re.IGNORECASE,
)
TOPIC_WORDS = re.compile(r"\bbarn\s+(som|och\s+unga\s+som)\s+(anhörig\w*|närstående)\b", re.IGNORECASE)
REGION_PHRASE = re.compile(
    r"\b(?:Region|Regionen|Landstinget\s+i|Landstinget|Regionförbundet)\s+((?:[\w\-]+\s*){1,3})"
    r"|\b([\w\-]+regionen)\b",
)
SECTION_CUES = [
    ("subprojects", re.compile(r"delprojekt|ansökningar|beviljade", re.IGNORECASE)),
    ("partners", re.compile(r"samverk|samarbet|partner|deltagare|deltar|organisationer|representerade", re.IGNORECASE)),
    ("activities", re.compile(r"aktivitet|genomför|framskridit|insatser|gjort|arbetat|arbetet", re.IGNORECASE)),
]
CONTACT_RE = re.compile(r"^\s*(kontakt\w*|för (mer )?information|mer information)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _region_short_names() -> dict[str, str]:
    """Region short names and their genitive forms -> county code."""
    names = {}
    for row in orgs.regions().itertuples():
        names[row.short_name] = row.code
        names[row.short_name + "s"] = row.code
    return names


def region_mentions(text: str) -> Counter:
    """How strongly the text points at each region: named phrases weigh 3, bare names 1."""
    scores: Counter = Counter()
    for m in REGION_PHRASE.finditer(text):
        words = (m.group(0)).split()
        best = None
        for n in range(min(len(words), 5), 1, -1):
            match = orgs.match_org(" ".join(words[:n]), level="region")
            if match.code and match.level == "region" and (best is None or match.score > best.score):
                best = match
        if best:
            scores[best.code] += 3
    for name, code in _region_short_names().items():
        scores[code] += len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    first_line = text.strip().split("\n", 1)[0]
    for code in list(scores):
        if scores[code] and orgs.match_org(first_line, level="region").code == code:
            scores[code] += 3
    return +scores


def about_region(text: str) -> str | None:
    scores = region_mentions(text)
    return scores.most_common(1)[0][0] if scores else None


def looks_like_project_description(text: str) -> bool:
    return bool(PROJECT_WORDS.search(text) and TOPIC_WORDS.search(text) and about_region(text))


def _section(lead_in: str) -> str:
    for section, cue in SECTION_CUES:
        if cue.search(lead_in):
            return section
    return "list"


@register("project_description", looks_like_project_description)
def parse_project_description(text: str, lines: list[str]):
    code = about_region(text)
    name = orgs.region_name(code) if code else ""
    respondent = Respondent(name, code or "", "region", "mentions", 100.0 if code else 0.0)
    content: list[str] = []
    for line in lines[1:]:
        if CONTACT_RE.match(line) or PAGE_META.search(line) and re.search(r"\d{4}-\d{2}-\d{2}", line):
            break  # contact block and page metadata end the narrative
        content.append(line)
    lead_in = ""
    for paragraph in split_paragraphs(content):
        rows = paragraph.split("\n")
        bullets = [r for r in rows if BULLET_RE.match(r)]
        if bullets and len(bullets) == len(rows):
            for bullet in bullets:
                respondent.answers.append(Answer("P", lead_in, BULLET_RE.sub("", bullet).strip(), _section(lead_in)))
        else:
            respondent.answers.append(Answer("P", "", paragraph, "text"))
            lead_in = rows[-1]
    return [respondent], []
