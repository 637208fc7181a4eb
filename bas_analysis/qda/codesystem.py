"""Code system: the codebook as a tree of REFI-QDA codes.

In:  the codebook file (``bas_analysis/data/codebook.yaml``: each indicator's
     id, name, level, type, set members and method names), the definitions in
     ``bas_analysis/data/indicator_descriptions.yaml`` (keyed by indicator
     name, from the tables of ``../shared/spec/codebook.md``) and, optionally,
     the (indicator_id, indicator, value) triples of a codings table.
Out: a :class:`CodeSystem`: one code per indicator ("R01 coordination") with
     its value codes below it ("R01 coordination: yes"), each with its
     definition as description, and the mapping both ways between a coded
     value and the leaf codes that stand for it.

Codes by kind of indicator (the value formats of :mod:`bas_analysis.vocab`):

- categorical: one code per value (yes/partial/no/unknown; for ``stage``
  established/developing/none/unknown);
- set-valued (``type: set``): one code per member and one for the empty set
  (``-``, "none named"); a value ``a;b`` is coded with both member codes;
- methods (``type: methods``): one code per method (status not stated) with
  one code per status below it (``BRA-samtal (active)``);
- numbers (``type: count`` / ``age``): the indicator code itself is codable;
  the number is kept in the case's variable and the selection's description.

A value found in the codings that the codebook does not list (a manual
coding, a new method) gets a code of its own, described as such: nothing in
the codings is left without a code.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import CodebookError
from ..labels import INDICATOR_LABELS_SV, STATUS_LABELS_SV
from ..vocab import EMPTY_SET, METHOD_STATUSES, STAGES, UNKNOWN, VALUES, format_methods, format_set, parse_methods, parse_set
from ..yamlfile import YAMLError, read_yaml
from .model import Code

DATA = Path(__file__).resolve().parents[1] / "data"
DESCRIPTIONS_PATH = DATA / "indicator_descriptions.yaml"
CODEBOOK_PATH = DATA / "codebook.yaml"

# Deterministic GUIDs: the same build exports the same archive, and a code keeps its GUID across builds.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/bas-analysis/qda")


def guid(*parts: object) -> str:
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(str(p) for p in parts)))


CATEGORICAL, SET, METHODS, NUMBER = "categorical", "set", "methods", "number"
NUMBER_TYPES = {"count", "age"}
NONE_NAMED = "none named"
LEVEL_SV = {"region": "regioner (enkätsvar)", "municipality": "kommuner (redovisningar i kommunnätverket)"}
STATUS_EN = {"active": "in use", "training": "staff in training", "planned": "planned"}
NOT_IN_CODEBOOK = "Finns i kodningarna men inte i kodboken.\n\nEN: Found in the codings, not in the codebook."


def _colours() -> dict[str, str]:
    from ..plots import VALUE_COLOURS  # the package's colour-blind-safe value colours, defined once

    stage = {"established": VALUE_COLOURS["yes"], "developing": VALUE_COLOURS["partial"], "none": VALUE_COLOURS["no"]}
    return {**VALUE_COLOURS, **stage}


def _text(entry: dict | None) -> str:
    """ "sv\n\nEN: en" from a {sv:, en:} entry ("" when there is none)."""
    if not entry:
        return ""
    sv, en = (entry.get("sv") or "").strip(), (entry.get("en") or "").strip()
    return "\n\nEN: ".join(p for p in (sv, en) if p) if sv else (f"EN: {en}" if en else "")


@lru_cache(maxsize=4)
def _descriptions(path: str) -> dict:
    try:
        data = read_yaml(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, YAMLError) as exc:
        raise CodebookError(f"{path}: cannot read the indicator descriptions ({exc})") from exc
    if not isinstance(data, dict):
        raise CodebookError(f"{path}: expected a mapping from indicator name to its definitions")
    return data


def _codebook_indicators(path: Path) -> list[dict]:
    try:
        data = read_yaml(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, YAMLError) as exc:
        raise CodebookError(f"{path}: cannot read the codebook ({exc})") from exc
    entries = data.get("indicators") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CodebookError(f"{path}: no list 'indicators'")
    for entry in entries:
        if not isinstance(entry, dict) or not entry.get("id") or not entry.get("name"):
            raise CodebookError(f"{path}: an indicator entry lacks 'id' or 'name': {entry!r:.80}")
    return entries


@dataclass
class IndicatorCodes:
    """The codes of one indicator: its own code and its leaf codes by key."""

    id: str
    name: str
    level: str
    kind: str
    code: Code
    leaves: dict[str, Code] = field(default_factory=dict)  # key -> leaf code (for NUMBER: "" -> the indicator code)


class CodeSystem:
    """The codebook's indicators as REFI-QDA codes; see the module docstring."""

    def __init__(self, indicators: list[IndicatorCodes]):
        self.indicators = {ind.id: ind for ind in indicators}
        self.by_guid: dict[str, tuple[str, str]] = {}
        for ind in indicators:
            for key, code in ind.leaves.items():
                self.by_guid[code.guid] = (ind.id, key)

    @property
    def codes(self) -> tuple[Code, ...]:
        return tuple(ind.code for ind in self.indicators.values())

    # ---------------------------------------------------------------- values -> codes
    def keys_for(self, indicator_id: str, value) -> list[str]:
        """The leaf keys a coded value stands for ([] when it names none, e.g. an empty age)."""
        ind = self.indicators[indicator_id]
        text = value.strip() if isinstance(value, str) else ("" if value is None else str(value))
        if ind.kind == NUMBER:
            return [""] if text and text != UNKNOWN else []
        if ind.kind == SET:
            members = parse_set(text)
            return [] if members is None else (sorted(members) or [EMPTY_SET])
        if ind.kind == METHODS:
            methods = parse_methods(text)
            if methods is None:
                return []
            return [f"{name}:{status}" if status else name for name, status in sorted(methods.items())] or [EMPTY_SET]
        return [text] if text else []

    def codes_for(self, indicator_id: str, value) -> list[Code]:
        ind = self.indicators[indicator_id]
        return [ind.leaves[key] for key in self.keys_for(indicator_id, value)]

    def value_from_keys(self, indicator_id: str, keys: list[str]) -> str:
        """Inverse of :meth:`keys_for` for the non-numeric kinds: the value the leaf keys make up."""
        ind = self.indicators[indicator_id]
        keys = sorted(set(keys))
        if ind.kind == SET:
            return format_set(k for k in keys if k != EMPTY_SET)
        if ind.kind == METHODS:
            methods = {}
            for key in keys:
                if key != EMPTY_SET:
                    name, _, status = key.partition(":")
                    methods[name] = status
            return format_methods(methods)
        if len(keys) != 1:
            raise ValueError(f"{indicator_id}: a categorical value needs one code, got {keys}")
        return keys[0]


def _leaf(ind_id: str, ind_name: str, key: str, label: str, description: str, colour: str | None = None) -> Code:
    return Code(guid=guid("code", ind_id, key), name=f"{ind_id} {ind_name}: {label}", codable=True, description=description, color=colour)


def _indicator_description(entry: dict, definitions: dict) -> str:
    name, level = entry["name"], entry.get("level", "")
    head = f"{entry['id']}, {LEVEL_SV.get(level, level) or 'nivå okänd'}."
    body = _text(definitions.get(name)) or f"{INDICATOR_LABELS_SV.get(name, name)}."
    return f"{body}\n\n{head}"


def _kind(entry: dict) -> str:
    kind = entry.get("type")
    if kind in NUMBER_TYPES:
        return NUMBER
    if kind == "set":
        return SET
    if kind == "methods":
        return METHODS
    return CATEGORICAL


def _build_indicator(entry: dict, definitions: dict, observed: set[str], colours: dict[str, str]) -> IndicatorCodes:
    ind_id, name, kind = str(entry["id"]), str(entry["name"]), _kind(entry)
    own = definitions.get(name) or {}
    common = (definitions.get("_common") or {}).get("values") or {}
    description = _indicator_description(entry, definitions)
    leaves: dict[str, Code] = {}
    children: list[Code] = []

    if kind == NUMBER:
        code = Code(guid=guid("code", ind_id, ""), name=f"{ind_id} {name}", codable=True, description=description)
        return IndicatorCodes(ind_id, name, entry.get("level", ""), kind, code, {"": code})

    if kind == CATEGORICAL:
        values = list(STAGES if name == "stage" else VALUES)
        values += sorted(observed - set(values))
        for value in values:
            text = _text((own.get("values") or {}).get(value) or common.get(value))
            if value not in STAGES and value not in VALUES:
                text = NOT_IN_CODEBOOK
            leaf = _leaf(ind_id, name, value, value, text, colours.get(value))
            leaves[value] = leaf
            children.append(leaf)

    elif kind == SET:
        members = list((entry.get("members") or {}).keys())
        members += sorted(observed - set(members) - {EMPTY_SET})
        for member in members:
            text = _text((own.get("members") or {}).get(member)) or (NOT_IN_CODEBOOK if member not in (entry.get("members") or {}) else "")
            leaves[member] = _leaf(ind_id, name, member, member, text)
            children.append(leaves[member])
        leaves[EMPTY_SET] = _leaf(ind_id, name, EMPTY_SET, NONE_NAMED, "Sidan är läst och nämner inget.\n\nEN: The page was read and names none.")
        children.append(leaves[EMPTY_SET])

    else:  # METHODS
        known = [str(m["name"]) for m in entry.get("methods") or [] if isinstance(m, dict) and m.get("name")]
        statuses: dict[str, set[str]] = {}
        for key in observed - {EMPTY_SET}:
            method, _, status = key.partition(":")
            statuses.setdefault(method, set()).add(status)
        for method in known + sorted(set(statuses) - set(known)):
            status_codes = []
            for status in METHOD_STATUSES + sorted(statuses.get(method, set()) - set(METHOD_STATUSES) - {""}):
                key = f"{method}:{status}"
                sv = STATUS_LABELS_SV.get(status, status)
                text = f"{method}: {sv}.\n\nEN: {method}: {STATUS_EN.get(status, status)}." if status in METHOD_STATUSES else NOT_IN_CODEBOOK
                leaves[key] = Code(guid=guid("code", ind_id, key), name=f"{ind_id} {name}: {method} ({status})", codable=True, description=text)
                status_codes.append(leaves[key])
            text = f"Metoden {method}; koden direkt på metoden: status okänd.\n\nEN: The method {method}; coded on the method itself: status not stated."
            if method not in known:
                text = NOT_IN_CODEBOOK
            method_code = Code(guid=guid("code", ind_id, method), name=f"{ind_id} {name}: {method}", codable=True, description=text, children=tuple(status_codes))
            leaves[method] = method_code
            children.append(method_code)
        leaves[EMPTY_SET] = _leaf(ind_id, name, EMPTY_SET, NONE_NAMED, "Sidan är läst och nämner ingen metod.\n\nEN: The page was read and names no method.")
        children.append(leaves[EMPTY_SET])

    code = Code(guid=guid("code", ind_id), name=f"{ind_id} {name}", codable=False, description=description, children=tuple(children))
    return IndicatorCodes(ind_id, name, entry.get("level", ""), kind, code, leaves)


def build_code_system(codings=None, codebook_path: str | Path | None = None, descriptions_path: str | Path | None = None) -> CodeSystem:
    """The code system of the codebook, extended by any value of ``codings`` the codebook does not list.

    ``codings`` is a codings table (columns indicator_id, indicator, value; others are ignored) or None.
    """
    entries = _codebook_indicators(Path(codebook_path) if codebook_path else CODEBOOK_PATH)
    definitions = _descriptions(str(descriptions_path or DESCRIPTIONS_PATH))
    colours = _colours()
    by_id = {str(e["id"]): e for e in entries}
    order = [str(e["id"]) for e in entries]
    observed: dict[str, set[str]] = {i: set() for i in order}
    if codings is not None and len(codings):
        for ind_id, name, value in codings[["indicator_id", "indicator", "value"]].itertuples(index=False):
            ind_id = str(ind_id)
            if ind_id not in by_id:  # an indicator the codebook does not know: kept, as a categorical one
                by_id[ind_id] = {"id": ind_id, "name": str(name), "level": ""}
                order.append(ind_id)
                observed[ind_id] = set()
            observed[ind_id].add(str(value).strip() if isinstance(value, str) else "")
    indicators = []
    for ind_id in order:
        entry = by_id[ind_id]
        kind = _kind(entry)
        keys: set[str] = set()
        for value in observed[ind_id]:
            if kind == SET:
                keys |= parse_set(value) or set()
            elif kind == METHODS:
                keys |= {f"{n}:{s}" if s else n for n, s in (parse_methods(value) or {}).items()}
            elif kind == CATEGORICAL and value:
                keys.add(value)
        indicators.append(_build_indicator(entry, definitions, keys, colours))
    return CodeSystem(indicators)

