"""Dates and waves: which year a page reports on (codebook.md, "Wave").

Questionnaires and network reports: the page's own date ("Publicerat …",
then "Senast uppdaterad …"). Project descriptions: the period or event the
text describes (a period in the title, "Under 2013 …", a dated event line),
never the date the page was touched or will be archived. No date, no wave.
"""
from __future__ import annotations

import re

ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")
YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?![\d-])")
YEAR_SPAN_WORDS = re.compile(r"\bmellan\s+((?:19|20)\d{2})\s+och\s+((?:19|20)\d{2})\b", re.IGNORECASE)
DURING_YEAR = re.compile(r"\bunder\s+(?:(?:våren|hösten|sommaren|vintern|året|början av|slutet av)\s+)?((?:19|20)\d{2})\b", re.IGNORECASE)
PUBLISHED = re.compile(r"\bpublicera[dt]\s*:?\s*((?:19|20)\d{2})-\d{2}-\d{2}", re.IGNORECASE)
UPDATED = re.compile(r"\b(?:senast\s+)?uppdaterad\s*:?\s*((?:19|20)\d{2})-\d{2}-\d{2}", re.IGNORECASE)
# Lines about the page itself rather than about the work it describes.
PAGE_META = re.compile(r"\b(uppdaterad|publicera[dt]|arkiveras|arkiverad|skriven|granskad)\b", re.IGNORECASE)


def dates_found(text: str) -> list[str]:
    """Every ISO date in the text, in order, without repeats."""
    seen: list[str] = []
    for m in ISO_DATE.finditer(text):
        if m.group(0) not in seen:
            seen.append(m.group(0))
    return seen


def page_date_year(text: str) -> int | None:
    for pattern in (PUBLISHED, UPDATED):
        m = pattern.search(text)
        if m:
            return int(m.group(1))
    return None


def described_year(text: str) -> int | None:
    """The year a narrative describes, from its content lines only."""
    lines = [line for line in text.split("\n") if line.strip() and not PAGE_META.search(line)]
    if not lines:
        return None
    title = lines[0]
    m = YEAR_RANGE.search(title)
    if m and not ISO_DATE.search(title):
        return int(m.group(2))
    body = "\n".join(lines)
    m = DURING_YEAR.search(body)
    if m:
        return int(m.group(1))
    for line in lines[:8]:
        m = ISO_DATE.search(line)
        if m and len(line) < 120:
            return int(m.group(1))
    for pattern in (YEAR_SPAN_WORDS, YEAR_RANGE):
        m = pattern.search(body)
        if m:
            return int(m.group(2))
    return None


def document_wave(text: str, kind: str) -> int | None:
    if kind == "project_description":
        return described_year(text)
    return page_date_year(text)
