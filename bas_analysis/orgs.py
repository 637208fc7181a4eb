"""Swedish regions and municipalities: reference tables and organisation-name matching.

In: an organisation name as a report writes it ("Landstinget i Jönköpings län",
"Borås stad", "Nordanstigs kommun", or garbled text such as "Region Jnkpings ln"),
optionally with the level it is known to be ("region" or "municipality").

Out: an `OrgMatch` that gives the SCB code ("06" for a region, "1490" for a
municipality), the level, the canonical name, a score and how the match was made
("exact", "alias", "fuzzy" or "none"). A name that is not a region or a municipality
gets method "none", level "other" and code "".

The reference tables are in bas_analysis/data:
  regions.csv         21 regions, 2-digit county code, official name, county name, short name
  municipalities.csv  290 municipalities, 4-digit code, name, official name, county code
  org_aliases.csv     historical and other names that the normalisation rules do not derive

The module also has helpers to normalise codes (Papermill may pass 8 or 114 as int),
to split a joint name ("Mullsjö-Habo kommun") and to split off a sub unit
("Stockholms stad – Södermalm").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import ftfy
import pandas as pd
from rapidfuzz import fuzz, process

REGION = "region"
MUNICIPALITY = "municipality"
OTHER = "other"
LEVELS = (REGION, MUNICIPALITY)


@dataclass(frozen=True)
class OrgMatch:
    code: str  # "" when unmatched
    level: str  # "region" | "municipality" | "other"
    name: str  # canonical name: region `name`, municipality `name`; the input when unmatched
    score: float  # 100.0 for exact/alias, rapidfuzz score for fuzzy, 0.0 when unmatched
    method: str  # "exact" | "alias" | "fuzzy" | "none"


# --- reference tables -------------------------------------------------------


def _read_data_csv(filename: str) -> pd.DataFrame:
    with (files("bas_analysis") / "data" / filename).open(encoding="utf-8") as handle:
        return pd.read_csv(handle, dtype=str, keep_default_na=False)


@lru_cache(maxsize=None)
def _cached_table(filename: str) -> pd.DataFrame:
    return _read_data_csv(filename)


def regions() -> pd.DataFrame:
    """The 21 regions: code, name, county_name, short_name (all str)."""
    return _cached_table("regions.csv").copy()


def municipalities() -> pd.DataFrame:
    """The 290 municipalities: code, name, official_name, county_code (all str)."""
    return _cached_table("municipalities.csv").copy()


def org_aliases() -> pd.DataFrame:
    """Extra names: alias, level, code (all str)."""
    return _cached_table("org_aliases.csv").copy()


@lru_cache(maxsize=None)
def _canonical_names(level: str) -> dict[str, str]:
    table = _cached_table("regions.csv" if level == REGION else "municipalities.csv")
    return dict(zip(table["code"], table["name"]))


# --- codes --------------------------------------------------------------------


def _normalise_code(code, width: int, valid: dict[str, str]) -> str | None:
    if isinstance(code, bool):
        return None
    if isinstance(code, float) and code.is_integer():
        code = int(code)
    text = re.sub(r"\.0+$", "", str(code).strip())  # "8.0" from a float read as text
    if text.isdigit():
        text = text.zfill(width)
    return text if text in valid else None


def normalise_region_code(code) -> str:
    """8 / "8" / "08" / 8.0 -> "08"; ValueError for a code that is not a region."""
    valid = _canonical_names(REGION)
    normalised = _normalise_code(code, 2, valid)
    if normalised is None:
        raise ValueError(f"unknown region code {code!r}; valid codes: {', '.join(valid)}")
    return normalised


def normalise_municipality_code(code) -> str:
    """114 / "114" / "0114" -> "0114"; ValueError for a code that is not a municipality."""
    normalised = _normalise_code(code, 4, _canonical_names(MUNICIPALITY))
    if normalised is None:
        raise ValueError(
            f"unknown municipality code {code!r}; valid codes are the 4-digit SCB "
            "kommunkoder in bas_analysis/data/municipalities.csv"
        )
    return normalised


def region_name(code) -> str:
    """"08" (or 8, "8") -> "Region Kalmar län"; KeyError listing the valid codes otherwise."""
    try:
        return _canonical_names(REGION)[normalise_region_code(code)]
    except ValueError as error:
        raise KeyError(str(error)) from None


# --- name normalisation -------------------------------------------------------

_PUNCTUATION = re.compile(r"[^\w\s]|_")
_LOST_LETTER = re.compile(r"(?<=\w)[?\ufffd]+(?=\w)")
# Order matters: longer affixes first, so " läns landsting" goes before " landsting".
_PREFIXES = ("landstinget i ", "landstinget ", "region ")
_SUFFIXES = (
    " läns landsting", " landsting", " läns", " län", " lns", " ln",  # " ln": "län" garbled
    " kommuner", " kommuns", " kommun", " stads", " stad", "regionen",
)
_REGION_WORDS = {"region", "regionen", "landsting", "landstinget", "län", "läns", "ln", "lns"}
_MUNICIPALITY_WORDS = {"kommun", "kommuns", "kommuner", "stad", "stads"}
_MIN_BARE_FUZZY_LENGTH = 6  # letters in a name without a level word before fuzzy matching


# Printable ASCII but "&" (ftfy unescapes "&amp;"), and the Swedish letters: no mojibake (no byte of a UTF-8
# sequence but its lead byte is among them), no entity, no control, nothing NFC changes: ftfy gives it back.
_PLAIN_NAME = re.compile("[\x20-\x25\x27-\x7eåäöÅÄÖéÉ]*")


def _fix_text(text: str) -> str:
    """``ftfy.fix_text(text)``; a text of :data:`_PLAIN_NAME` characters (most names) is given back as it is."""
    return text if _PLAIN_NAME.fullmatch(text) else ftfy.fix_text(text)


def normalise_name(text: str) -> str:
    """Fix mojibake, NFC, casefold, punctuation to spaces, collapse whitespace."""
    text = unicodedata.normalize("NFC", _fix_text(text)).casefold()
    text = unicodedata.normalize("NFC", text)
    text = _LOST_LETTER.sub("", text)  # "j?nk?ping": a lost letter, not a word break
    return " ".join(_PUNCTUATION.sub(" ", text).split())


def _core(normalised: str) -> str:
    """Strip the region/municipality affixes: "landstinget i jönköpings län" -> "jönköpings"."""
    text, previous = normalised, None
    while text != previous:
        previous = text
        for prefix in _PREFIXES:
            if text.startswith(prefix):
                text = text[len(prefix):]
        for suffix in _SUFFIXES:
            if text.endswith(suffix):
                text = text[: -len(suffix)].strip()
    return "" if text in _REGION_WORDS | _MUNICIPALITY_WORDS else text


def _drop_non_ascii(text: str) -> str:
    """The form a name takes when its å, ä, ö are lost: "västerås" -> "vsters"."""
    return " ".join(re.sub(r"[^a-z0-9 ]", "", text).split())


def _core_variants(core: str) -> list[str]:
    """The core as written first ("bollnäs", "borås"), then without a genitive "s"."""
    if core.endswith("s") and len(core) > 3:
        return [core, core[:-1]]
    return [core] if core else []


def _level_hint(normalised: str) -> str | None:
    words = set(normalised.split())
    says_region = bool(words & _REGION_WORDS) or any(w.endswith("regionen") for w in words)
    says_municipality = bool(words & _MUNICIPALITY_WORDS)
    if says_region == says_municipality:
        return None
    return REGION if says_region else MUNICIPALITY


# --- lookup tables --------------------------------------------------------------


@lru_cache(maxsize=None)
def _lookup_table(level: str, source: str) -> dict[str, str]:
    """Normalised name forms -> code, for one level and source ("exact" or "alias")."""
    if source == "alias":
        aliases = _cached_table("org_aliases.csv")
        aliases = aliases[aliases["level"] == level]
        forms = zip(aliases["code"], aliases["alias"])
    elif level == REGION:
        table = _cached_table("regions.csv")
        forms = (
            (row.code, form)
            for row in table.itertuples()
            for form in (row.name, row.county_name, row.short_name)
        )
    else:
        table = _cached_table("municipalities.csv")
        forms = (
            (row.code, form) for row in table.itertuples() for form in (row.name, row.official_name)
        )
    lookup: dict[str, str] = {}
    for code, form in forms:
        normalised = normalise_name(form)
        for key in (normalised, _core(normalised)):
            if lookup.setdefault(key, code) != code:
                raise ValueError(f"{level} name {key!r} maps to both {lookup[key]} and {code}")
    return lookup


def _find_in(lookup: dict[str, str], normalised: str) -> str | None:
    for candidate in [normalised, *_core_variants(_core(normalised))]:
        if candidate in lookup:
            return lookup[candidate]
    return None


@lru_cache(maxsize=None)
def _fuzzy_choices(level: str) -> dict[str, str]:
    """The cores of all name forms of a level, also with å, ä, ö dropped -> code.

    Only cores: with affixes, "kommunal" scores 89 against "malå kommun"
    (token_sort_ratio sorts it to "kommun malå").
    """
    lookup = {**_lookup_table(level, "exact"), **_lookup_table(level, "alias")}
    cores = {_core(key): code for key, code in lookup.items()}
    return {**{_drop_non_ascii(core): code for core, code in cores.items()}, **cores}


@lru_cache(maxsize=None)
def _sorted_choices(level: str) -> tuple[list[str], list[str]]:
    """The fuzzy choices of a level and, in the same order, each with its words sorted (as token_sort_ratio sorts them)."""
    keys = list(_fuzzy_choices(level))
    return keys, [_sorted_words(key) for key in keys]


def _sorted_words(text: str) -> str:
    return " ".join(sorted(text.split()))


def _best_fuzzy(core: str, levels: list[str], min_score: float):
    """(level, code, score) of the best fuzzy match of a name's core, or None.

    ``fuzz.token_sort_ratio`` is ``fuzz.ratio`` of the two texts with their words sorted; the choices' words
    are sorted once. This assumes what :func:`normalise_name` and :func:`_core` give: words split by single
    spaces and no other white space, so that ``str.split`` and rapidfuzz split them alike.
    """
    best = None
    for level in levels:
        for query in _core_variants(core):
            hit = _fuzzy_hit(level, _sorted_words(query), min_score)
            if hit and (best is None or hit[1] > best[2]):
                best = (level, hit[0], hit[1])
    return best


@lru_cache(maxsize=4096)
def _fuzzy_hit(level: str, query: str, min_score: float) -> tuple[str, float] | None:
    """(code, score) of the best fuzzy choice of a level for a query with its words sorted, or None; once per
    distinct query, level and score in a process (the choices do not change): a name that says no level is
    matched against both levels, then its own line again against the municipalities
    (:func:`bas_analysis.parse.network_report.name_line_respondents`)."""
    codes, sorted_keys = _choices_in_reach(level, len(query), min_score)
    if not sorted_keys:
        return None
    # token_sort_ratio, not WRatio: WRatio's partial matching scores
    # "länsstyrelsen i skåne" 90 against "skåne".
    hit = process.extractOne(query, sorted_keys, scorer=fuzz.ratio, score_cutoff=min_score)
    return (codes[hit[2]], float(hit[1])) if hit else None


@lru_cache(maxsize=1024)
def _choices_in_reach(level: str, length: int, min_score: float) -> tuple[list[str], list[str]]:
    """(codes, sorted keys) of the fuzzy choices of a level that a query of ``length`` characters can score
    ``min_score`` against, in their order. ``fuzz.ratio`` of texts of lengths a and b is at most
    200 * min(a, b) / (a + b) (its distance is at least the difference of the lengths); a choice out of reach
    scores below the cutoff, where ``extractOne`` never takes it, so the best hit (the first of the highest
    score) among the rest is the best of all (a small margin keeps a choice on the bound whatever the rounding)."""
    choices = _fuzzy_choices(level)
    keys, sorted_keys = _sorted_choices(level)
    kept = [k for k, key in enumerate(sorted_keys)
            if 200.0 * min(length, len(key)) >= (min_score - 1e-6) * (length + len(key))]
    return [choices[keys[k]] for k in kept], [sorted_keys[k] for k in kept]


# --- matching -------------------------------------------------------------------


def match_org(name: str, level: str | None = None, min_score: float = 85.0) -> OrgMatch:
    """Match an organisation name to a region or municipality.

    `level` restricts the search; without it a word in the name ("Region", "landsting",
    "län", "kommun", "stad") decides, and a bare name that is both ("Jönköping")
    is taken as the municipality.
    """
    if level not in (None, *LEVELS):
        raise ValueError(f"level must be None, {REGION!r} or {MUNICIPALITY!r}, not {level!r}")
    return _match_org(name if isinstance(name, str) else "", level, min_score)


@lru_cache(maxsize=16384)
def _match_org(text: str, level: str | None, min_score: float) -> OrgMatch:
    """:func:`match_org`, once per distinct name, level and score in a process (the reference tables do not
    change; an :class:`OrgMatch` cannot be changed): pages name the same organisations again and again."""
    unmatched = OrgMatch(code="", level=OTHER, name=text, score=0.0, method="none")
    normalised = normalise_name(text)
    if not normalised:
        return unmatched

    hint = level or _level_hint(normalised)
    levels = [hint] if hint else [MUNICIPALITY, REGION]

    for method in ("exact", "alias"):
        for candidate_level in levels:
            code = _find_in(_lookup_table(candidate_level, method), normalised)
            if code:
                canonical = _canonical_names(candidate_level)[code]
                return OrgMatch(code, candidate_level, canonical, 100.0, method)

    core = _core(normalised)
    # A bare short word ("Norra", "Mal") is more often not an organisation than a
    # garbled one ("Nora", "Malå"); with "kommun" or "Region" around it, it is one.
    if not hint and len(core) < _MIN_BARE_FUZZY_LENGTH:
        return unmatched
    best = _best_fuzzy(core, levels, min_score)
    if best:
        found_level, code, score = best
        return OrgMatch(code, found_level, _canonical_names(found_level)[code], score, "fuzzy")
    return unmatched


# --- splitting names ------------------------------------------------------------

_JOINT_SEPARATOR = re.compile(r"\s*(?:[-–—/&+,]|\boch\b)\s*")
_SHARED_SUFFIX = re.compile(r"\s+(?:kommuner|kommun|städer|stad)\s*$", re.IGNORECASE)
_SUB_UNIT_SEPARATOR = re.compile(r"\s*[–—/]\s*|\s+-\s+|\s*,\s*")
# the word that says a sub-unit is a district: "Göteborgs stad, stadsdel Angered" -> "Angered"
# (or its abbreviation: "SDF Angered", "SDN Biskopsgården", "SDO Kortedala")
# (Gothenburg's districts since 2021 are "stadsområden": "stadsområde Hisingen")
_DISTRICT_WORDS = r"(?:stadsdel(?:en|sområde(?:t)?|snämnd(?:en)?|sförvaltning(?:en)?)?|stadsområde(?:t)?|sd[fno])"
_DISTRICT_WORD = re.compile(rf"^{_DISTRICT_WORDS}\s+(?=\S)", re.IGNORECASE)
_DISTRICT_WORD_AFTER = re.compile(rf"(?<=\S)\s+{_DISTRICT_WORDS}$", re.IGNORECASE)


def _is_known_name(name: str) -> bool:
    return match_org(name).method in ("exact", "alias")


def split_joint_name(name: str) -> list[str]:
    """ "Mullsjö-Habo kommun" -> ["Mullsjö", "Habo"]; anything else -> [name].

    A name is split only when it is not itself a known name ("Upplands-Bro",
    "Malung-Sälen") and every part is one.
    """
    if _is_known_name(name):
        return [name]
    stem = _SHARED_SUFFIX.sub("", name.strip())
    parts = [part for part in _JOINT_SEPARATOR.split(stem) if part]
    if len(parts) > 1 and all(_is_known_name(part) for part in parts):
        return parts
    return [name]


def district_name(text: str, word_after: bool = False) -> str:
    """A district without the word before it that says it is one: "stadsdel Angered" -> "Angered"; with
    ``word_after`` also the word after it, where the district is named before its city ("Rinkeby-Kista
    stadsdelsförvaltning (Stockholms stad)" -> "Rinkeby-Kista"; a district after its city keeps it:
    "Stockholms stad – Skärholmens stadsdelsförvaltning")."""
    name = _DISTRICT_WORD.sub("", text.strip())
    return _DISTRICT_WORD_AFTER.sub("", name) if word_after else name


def split_sub_unit(name: str) -> tuple[str, str]:
    """ "Stockholms stad – Södermalm" (", Södermalm", "/Södermalm") -> ("Stockholms stad", "Södermalm"); no sub
    unit -> (name, "")."""
    parts = _SUB_UNIT_SEPARATOR.split(name.strip(), maxsplit=1)
    if len(parts) == 2 and parts[0] and parts[1]:
        return parts[0], district_name(parts[1])
    return name.strip(), ""
