"""Spans: where a coded value's evidence stands in its document.

In:  a document's redacted text (``documents.text``), the ``evidence`` of a
     coding and, when known, the span of the respondent's block in the text.
Out: the half-open spans ``(start, end)`` of the evidence's parts, counted in
     Unicode code points (``text[start:end]`` is the part), and the parts
     that cannot be found.

Evidence is the sentence the coder quoted; several sentences are joined with
:data:`~bas_analysis.vocab.EVIDENCE_SEPARATOR` (" … "), and each becomes a span
of its own. A part is searched exactly, then with any run of whitespace
matching any other (a line break where the evidence has a space); inside the
respondent's block first (the same sentence may stand in two municipalities'
blocks of one report), then anywhere in the document. A manual coding's note
is usually not a quote and is then reported as not found.
"""
from __future__ import annotations

import re

from ..vocab import EVIDENCE_SEPARATOR

Span = tuple[int, int]


def _find(text: str, part: str, lo: int, hi: int) -> Span | None:
    i = text.find(part, lo, hi)
    if i >= 0:
        return i, i + len(part)
    words = part.split()
    if not words:
        return None
    m = re.compile(r"\s+".join(re.escape(w) for w in words)).search(text, lo, hi)
    return (m.start(), m.end()) if m else None


def locate(text: str, part: str, block: Span | None = None) -> Span | None:
    """The span of ``part`` in ``text``: inside ``block`` if it stands there, else anywhere; None if nowhere."""
    part = part.strip()
    if not part:
        return None
    if block is not None:
        found = _find(text, part, block[0], block[1])
        if found:
            return found
    return _find(text, part, 0, len(text))


def evidence_parts(evidence: str, text: str) -> list[str]:
    """The parts of ``evidence`` to locate: the whole when it stands in ``text`` as it is, else its " … " parts."""
    evidence = (evidence or "").strip()
    if not evidence:
        return []
    if evidence in text or EVIDENCE_SEPARATOR not in evidence:
        return [evidence]
    return [p.strip() for p in evidence.split(EVIDENCE_SEPARATOR) if p.strip()]


def locate_evidence(text: str, evidence: str, block: Span | None = None) -> tuple[list[tuple[str, Span]], list[str]]:
    """(found, missing): each located part with its span, and the parts that could not be located."""
    found, missing = [], []
    for part in evidence_parts(evidence, text):
        span = locate(text, part, block)
        if span is None:
            missing.append(part)
        else:
            found.append((part, span))
    return found, missing


def block_span(text: str, answers: list[str]) -> Span | None:
    """The span from the first to the last of a respondent's answers, found in order; None if none is found."""
    start = end = None
    pos = 0
    for answer in answers:
        span = locate(text, answer, (pos, len(text)))
        if span is None:
            continue
        start = span[0] if start is None else min(start, span[0])
        end = span[1] if end is None else max(end, span[1])
        pos = span[1] if span[0] >= pos else pos
    return (start, end) if start is not None else None
