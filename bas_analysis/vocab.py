"""Vocabulary: the values every table and stage shares, defined once.

In:  nothing (imported by coding, compare, agreement, plots, report).
Out: the value vocabulary of the codings table and helpers to read and write
     its set-valued formats.

- Categorical values: ``yes``, ``partial``, ``no``, ``unknown``. ``unknown``
  means the source does not say; it is never turned into ``no``.
- Stage values (``stage``): ``established``, ``developing``, ``none``, ``unknown``.
- Set values (``target_conditions``, ``partners``): members joined by ``;``
  in alphabetical order; ``-`` is the empty set (the page was read and names
  none); ``unknown`` means the block says nothing at all.
- Methods: ``Name:status`` members, status ``active`` > ``training`` > ``planned``.
- Numbers (counts and ages): digits as text in the long table, empty when
  the page states none, Int64 in the wide table.

Missing values come in three kinds, kept apart in every table (the reports
and their downloads write them ``okänt``, ``inga`` and an empty cell,
:data:`bas_analysis.labels.MISSING_LABELS_SV`; :func:`missing_kind` tells them):

- **unknown** (``unknown``): the source does not say. Categorical, stage,
  set and methods indicators. Never turned into ``no``.
- **empty set** (``-``): the source was read and names none. Set and methods
  indicators.
- **not applicable** (an empty cell: ``""`` in the long ``codings`` table, NA
  in the wide tables): no value belongs here. An indicator of another level
  (a region has no ``target_conditions``, so the wide table's cell is NA and
  ``codings`` has no row), or a count or age the page does not state.
"""
from __future__ import annotations

import math

YES, PARTIAL, NO, UNKNOWN = "yes", "partial", "no", "unknown"
VALUES = [YES, PARTIAL, NO, UNKNOWN]
SCORES = {YES: 1.0, PARTIAL: 0.5, NO: 0.0}

STAGES = ["established", "developing", "none", UNKNOWN]
STAGE_SCORES = {"established": 1.0, "developing": 0.5, "none": 0.0}

EMPTY_SET = "-"
SET_SEPARATOR = ";"
METHOD_STATUSES = ["active", "training", "planned"]  # most advanced first
STATUS_ORDER = {"active": 3, "training": 2, "planned": 1}

CONFIDENCE = ["high", "medium", "low"]

# Evidence made of several sentences joins them with this (each sentence is quoted as it stands in the page).
EVIDENCE_SEPARATOR = " … "


MISSING_KINDS = ("unknown", "empty_set", "not_applicable")


def missing_kind(value) -> str | None:
    """ "unknown", "empty_set" or "not_applicable" for a missing value (see above); None for a value."""
    if isinstance(value, str):
        return {"": "not_applicable", UNKNOWN: "unknown", EMPTY_SET: "empty_set"}.get(value.strip())
    import pandas as pd

    return "not_applicable" if value is None or pd.isna(value) else None


def score(indicator: str, value: str) -> float:
    """The 1 / 0.5 / 0 score of one value; NaN for unknown or anything else."""
    scale = STAGE_SCORES if indicator == "stage" else SCORES
    return scale.get(value, math.nan)


def parse_set(value) -> set[str] | None:
    """ "a;b" -> {"a", "b"}; "-" -> set(); "" / "unknown" / None -> None (not known)."""
    text = value.strip() if isinstance(value, str) else ""
    if text in ("", UNKNOWN):
        return None
    if text == EMPTY_SET:
        return set()
    return {m.strip() for m in text.split(SET_SEPARATOR) if m.strip()}


def format_set(members) -> str:
    """{"b", "a"} -> "a;b"; an empty collection -> "-"."""
    members = sorted(set(members))
    return SET_SEPARATOR.join(members) if members else EMPTY_SET


def parse_methods(value) -> dict[str, str] | None:
    """ "BRA-samtal:active;ME-WE:training" -> {"BRA-samtal": "active", "ME-WE": "training"}.

    "-" is the empty set ({}); "" or "unknown" is not known (None).
    A method without a status gets status "".
    """
    members = parse_set(value)
    if members is None:
        return None
    methods = {}
    for member in sorted(members):
        name, _, status = member.rpartition(":") if ":" in member else (member, "", "")
        methods[name.strip()] = status.strip()
    return methods


def format_methods(methods: dict[str, str]) -> str:
    """{"ME-WE": "training", "BRA-samtal": "active"} -> "BRA-samtal:active;ME-WE:training"."""
    return SET_SEPARATOR.join(f"{name}:{methods[name]}" for name in sorted(methods)) or EMPTY_SET


def method_key(name: str) -> str:
    """A method's name as compared: letter case, "&" for "och", hyphens, spaces and punctuation do not count
    ("Skuggor & ljus", "skuggor och Ljus" -> "skuggorochljus"; "Me We", "ME-WE" -> "mewe")."""
    text = name.casefold().replace("&", " och ")
    return "".join(ch for ch in text if ch.isalnum())


SPELLING_MIN_KEY = 6  # a name compared up to one letter's difference only from this length ("hopp" vs "hopa" is no variant)


def canonical_method(name: str, names) -> str:
    """The codebook's spelling of a method ``name`` written in another case or with a small spelling difference
    (one letter, "&" for "och", a hyphen or space more or less); the name itself when no canonical name, or more
    than one, is that close."""
    from rapidfuzz.distance import OSA  # one letter left out, added, changed or two neighbours swapped

    key = method_key(name)
    keys = {method_key(n): n for n in names}
    if key in keys:
        return keys[key]
    if len(key) >= SPELLING_MIN_KEY:
        near = [n for k, n in keys.items() if len(k) >= SPELLING_MIN_KEY and OSA.distance(key, k, score_cutoff=1) <= 1]
        if len(near) == 1:
            return near[0]
    return name.strip()


def canonical_methods(value, names):
    """A methods value ("Skuggor och ljus:active") with every name in the codebook's spelling (``names``); a value
    that is no list of methods ("", "unknown", "-" or text) is returned as it is."""
    methods = parse_methods(value)
    if not methods:
        return value
    out: dict[str, str] = {}
    for name, status in methods.items():
        canonical = canonical_method(name, names)
        # two spellings of one method: the most advanced status
        if canonical not in out or status_rank(status) < status_rank(out[canonical]):
            out[canonical] = status
    return SET_SEPARATOR.join(f"{n}:{s}" if s else n for n, s in sorted(out.items()))


def status_rank(status: str) -> int:
    """0 for the most advanced status (active), len(METHOD_STATUSES) for an unknown one."""
    return METHOD_STATUSES.index(status) if status in METHOD_STATUSES else len(METHOD_STATUSES)
