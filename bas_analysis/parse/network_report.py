"""Parser for `network_report` pages: what each municipality reported at a network meeting.

A heading ("Redovisning från deltagande kommuner"), maybe the meeting's
question, then per municipality a name line ("Borås stad", "Piteå",
"Mullsjö-Habo kommun", "Stockholms stad – Södermalm") and one or more
paragraphs. A joint answer gives one respondent per municipality it names;
a district keeps its name as ``sub_unit``.
"""
from __future__ import annotations

import re

from .. import orgs
from . import Answer, Respondent, match_respondent, register, split_paragraphs

HEADING_RE = re.compile(r"^\s*redovisning(ar)?\s+från\s+(de\s+)?(deltagande|medverkande)\s+kommuner", re.IGNORECASE | re.MULTILINE)
PAGE_META_RE = re.compile(r"^\s*(publicerat?|senast uppdaterad|uppdaterad|läs mer|kontakt)", re.IGNORECASE)
MUNICIPAL_SUFFIX_RE = re.compile(r"\b(kommun|stad)\b", re.IGNORECASE)
BLOCK_QUESTION = "Redovisning från kommunen"


def _candidate_name_line(line: str) -> bool:
    s = line.strip()
    return (
        0 < len(s) <= 70
        and s[0].isupper()
        and not s.endswith((".", "!", "?", ":", ";", ","))
        and len(s.split()) <= 7
        and not PAGE_META_RE.match(s)
    )


def name_line_respondents(line: str) -> list[Respondent] | None:
    """The respondents a name line stands for, or None when the line is not a name line."""
    if not _candidate_name_line(line):
        return None
    name, sub_unit = orgs.split_sub_unit(line.strip())
    parts = orgs.split_joint_name(name)
    respondents = [match_respondent(part, level="municipality", sub_unit=sub_unit) for part in parts]
    if all(r.org_code and r.level == "municipality" for r in respondents):
        return respondents
    if MUNICIPAL_SUFFIX_RE.search(name):
        # Clearly a municipality's name line, but not one we know: keep it, unmatched.
        whole = match_respondent(name, level="municipality", sub_unit=sub_unit)
        return [whole] if not whole.org_code else respondents
    return None


def _blocks(lines: list[str]):
    """(name line, respondents, body lines) per municipality block."""
    blocks = []
    previous_blank = True
    for i, line in enumerate(lines):
        stripped = line.strip()
        if blocks and PAGE_META_RE.match(stripped):
            break
        next_text = next((l for l in lines[i + 1 : i + 3] if l.strip()), "")
        if previous_blank and stripped and next_text:
            found = name_line_respondents(stripped)
            if found is not None and len(next_text.strip()) > len(stripped):
                blocks.append((stripped, found, []))
                previous_blank = False
                continue
        if blocks:
            blocks[-1][2].append(line)
        previous_blank = not stripped
    return blocks


def looks_like_network_report(text: str) -> bool:
    if HEADING_RE.search(text):
        return True
    return len(_blocks(text.split("\n"))) >= 4


@register("network_report", looks_like_network_report)
def parse_network_report(text: str, lines: list[str]):
    respondents: list[Respondent] = []
    warnings: list[str] = []
    question = next((l.strip() for l in lines[:12] if l.strip().endswith("?")), BLOCK_QUESTION)
    for name_line, found, body in _blocks(lines):
        paragraphs = split_paragraphs(body)
        if not paragraphs:
            warnings.append(f"municipality block without text: '{name_line}'")
        for respondent in found:
            respondent.answers = [Answer("NR", question, p) for p in paragraphs]
            respondents.append(respondent)
    if not respondents:
        warnings.append("no municipality block found on a page detected as network report")
    return respondents, warnings
