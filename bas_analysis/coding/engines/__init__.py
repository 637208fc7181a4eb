"""Engines: one per indicator type, in a registry (like papermill's engines).

In:  an :class:`~bas_analysis.coding.codebook.Indicator` and the context of one
     respondent (a region's :class:`~.graded.Page` or a municipality's
     :class:`~.block.Block`).
Out: a :class:`Verdict` (value, evidence, rule id, confidence and its reason).

``ENGINES[name]`` is the function for an indicator whose ``engine`` is
``name``: ``graded`` (region questions), ``count``, ``decide``
(municipalities' decision tables), ``members`` (sets), ``methods``, ``ages``.
A codebook names the engine of each indicator through its ``type`` and
``policy``; :func:`register` adds an engine.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ..words import says

HIGH, MEDIUM, LOW = "high", "medium", "low"

# why a value has the confidence it has (the codings table's confidence_reason)
OWN_CUE = "cue in its own answer"
MEANING = "decided by meaning without a cue"
REFERENCE = "taken from the answer it refers to"
ELSEWHERE = "taken from elsewhere on the page"
CONFLICT = "conflicting statements"
CUT_OFF = "cut-off page"
SILENT = "the page says nothing about it"
BLOCK_CUE = "cue in its own block"
DEFAULT_ROW = "decided from other indicators of the block"


@dataclass
class Verdict:
    value: str
    evidence: str = ""
    rule_id: str = ""
    confidence: str = HIGH
    reason: str = SILENT


def excepted(rule, unit, match) -> bool:
    """A cue match that does not count: its words are an ``except`` of the rule
    ("arbetsgrupp" for groups), or they are an ``anaphor`` that refers back to
    an ``except`` named before it in the sentence ("en arbetsgrupp …, och
    gruppen har kartlagt"), or its clause holds an ``except_near`` cue, or its sentence an
    ``except_in_sentence`` cue."""
    if rule.except_:
        matched = " ".join(t.text for t in unit.tokens[match.first : match.last + 1])
        if says(rule.except_, matched):
            return True
        if says(rule.anaphors, matched):
            before = unit.text[: match.start]
            if says(rule.except_, before):
                return True
            if _refers_to_ended(unit, match):
                return True
    if rule.except_near:
        clause = unit.clause_at(match.start)
        text = unit.text[clause.start : clause.end]
        if says(rule.except_near, text):
            return True
    if rule.except_in_sentence:
        return says(rule.except_in_sentence, unit.text)
    return False


# a clause that speaks of the present in its own words ("nu", "i dag"): what it refers to runs now
_NOW = re.compile(r"\b(?:nu|i\s*dag|numera|fortfarande|alltjämt|i\s+år|i\s+höst|i\s+vår)\b", re.IGNORECASE)


def _refers_to_ended(unit, match) -> bool:
    """An anaphor ("grupperna") in a clause of the present that follows a clause about the past of its sentence
    refers to what ended, not to something running ("Klubb Simon lades ned, det var svårt att få ihop grupperna",
    "Syskongruppen upphörde 2021 eftersom gruppen blev för liten"); not one named in a compound of its own
    ("…, men ME-WE-grupperna fortsätter") nor a clause that says it is now ("… och nu har vi startat om gruppen")."""
    if match.start > 0 and unit.text[match.start - 1] in "-\u2010":
        return False
    clause = unit.clause_at(match.start)
    if clause.past or clause.negated or clause.plan or _NOW.search(unit.text[clause.start : clause.end]):
        return False  # its own clause decides
    return any(c.past and c.end <= clause.start for c in unit.clauses)


Engine = Callable[..., Verdict]
ENGINES: dict[str, Engine] = {}


def register(name: str):
    """Register ``engine(indicator, context) -> Verdict`` under ``name``."""

    def decorate(fn: Engine) -> Engine:
        ENGINES[name] = fn
        return fn

    return decorate


def engine_for(indicator) -> Engine:
    try:
        return ENGINES[indicator.engine]
    except KeyError:
        from ...errors import CodebookError

        raise CodebookError(f"indicator {indicator.id} {indicator.name}: no engine '{indicator.engine}'") from None


from . import block, graded  # noqa: E402,F401  (registration)
