"""Name data: first names, surnames, places and the names redaction keeps.

In:  Faker's locale data, gender-guesser's data file, wordfreq, the reference data of places, data/keep_names.csv
     and the codebook's methods.
Out: :func:`lexicon` (a :class:`Lexicon`: first names, surnames, places, word frequencies), :func:`is_first_name`,
     the particles and institutions' word endings (``_institution_word``), :func:`keep_names`,
     :func:`known_titles` and the redactor without a build's names (``_default_redactor``).
"""

from __future__ import annotations

import csv
import importlib
import importlib.resources
import math
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
import re as plain_re

from .text import _fold, _TOKEN_RE


# --- particles, institutions' word endings ---------------------------------------------------------------------------
_PARTICLES = frozenset({"von", "af", "av", "de", "van", "der", "den", "da", "di", "del", "della", "dos", "das", "du",
                        "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "zu", "mac", "o"})
# Words that end an organisation or institution's name (also as the end of a compound:
# "Anhörigcentrum", "Socialförvaltningen", "barnsjukhus"). A name right before one is the
# institution's ("Astrid Lindgrens barnsjukhus", "Ronald McDonald Hus"), not a person's.
_INSTITUTION_ENDINGS = (
    "sjukhus", "sjukhuset", "klinik", "kliniken", "klinikerna", "mottagning", "mottagningen", "centrum", "centret",
    "center", "centre", "centralen", "enhet", "enheten", "förvaltning", "förvaltningen", "kontor", "kontoret",
    "skola", "skolan", "gymnasium", "gymnasiet", "förskola", "förskolan", "institut", "institutet", "institute",
    "universitet", "universitetet", "högskola", "högskolan", "stiftelse", "stiftelsen", "fond", "fonden",
    "foundation", "förening", "föreningen", "förbund", "förbundet", "hus", "huset", "house", "hem", "hemmet",
    "gård", "gården", "minne", "kyrka", "kyrkan", "församling", "församlingen", "bibliotek", "biblioteket",
    "museum", "museet", "pris", "priset", "gata", "gatan", "väg", "vägen", "torg", "torget", "plats", "platsen",
    "park", "parken", "allé", "hospital", "clinic", "school", "ungdom", "vård", "vården", "boende", "boendet",
    "region", "regionen", "kommun", "kommunen", "stad", "staden", "landsting", "landstinget", "län",
    "nätverk", "nätverket", "projekt", "projektet", "modell", "modellen", "metod", "metoden", "program",
    "programmet", "grupp", "gruppen", "team", "teamet", "linjen", "lab", "stipendium", "stipendiet", "kapell",
    "kapellet", "ruin", "ruinen",
    # venues: "X Y konsert & kongress", "X Y arena"
    "konsert", "konserten", "kongress", "kongressen", "arena", "arenan", "teater", "teatern", "slott", "slottet",
    # care organisations and the international ones: "X Y Regionhabilitering", "X Y hospice", "X Y International"
    "habilitering", "habiliteringen", "hospice", "hospicet", "akademi", "akademin", "akademien", "sällskap",
    "sällskapet", "international", "institution", "institutionen",
    # the neighbours' words: "Tromsø kommune", "X Y sykehus"
    "kommune", "fylke", "sykehus", "sygehus",
)
_LONGER_ENDINGS = {short: tuple(e for e in _INSTITUTION_ENDINGS if e != short and e.endswith(short)) or ("\0",)
                   for short in (e for e in _INSTITUTION_ENDINGS if len(e) <= 3)}


# endings so short that a name from abroad may end with them ("Vuolab", "Westerhus"): an organisation's word only
# alone or after a word of the word list ("Sjukhus", "Barnhem", "Datalab"; a linking "s" may join them)
_SHORT_INSTITUTION_ENDINGS = tuple(e for e in _INSTITUTION_ENDINGS if len(e) <= 3)


@lru_cache(maxsize=65536)
def _institution_word(word: str) -> bool:
    key = word.casefold()
    if not key.endswith(_INSTITUTION_ENDINGS):
        # a compound led by an organisation's word: "Stiftelse-finansierade", "Fonden-stödda"
        head, dash, tail = word.partition("-")
        return bool(dash) and head[:1].isupper() and tail[:1].islower() and _institution_word(head)
    for ending in _SHORT_INSTITUTION_ENDINGS:
        if key.endswith(ending) and len(key) > len(ending) and not key.endswith(_LONGER_ENDINGS[ending]):
            head = key[:-len(ending)].rstrip("-")
            return lexicon().is_common(head) or head.endswith("s") and lexicon().is_common(head[:-1])
    return True


# --- first names and surnames: Faker's locales, gender-guesser, wordfreq (the Lexicon) -------------------------------
# Faker locales whose first names and surnames are read: Sweden first (names with their
# frequency from Isof and Skatteverket), then the largest groups of people born abroad
# and the neighbouring countries, in Latin script.
NAME_LOCALES = (
    "sv_SE", "fi_FI", "no_NO", "da_DK", "is_IS", "de_DE", "de_AT", "nl_NL", "en_GB", "en_US", "fr_FR",
    "es_ES", "es_MX", "es_CO", "it_IT", "pt_BR", "pl_PL", "cs_CZ", "sk_SK", "hu_HU", "ro_RO", "hr_HR",
    "sl_SI", "lt_LT", "lv_LV", "et_EE", "tr_TR", "az_AZ", "fr_DZ", "en_PK", "en_KE", "uz_UZ", "sw",
    "en_NG", "ig_NG", "yo_NG", "ha_NG", "pt_PT", "es_AR", "es_CL", "zh_CN", "zh_TW", "ja_JP",
    "vi_VN", "zu_ZA", "tw_GH", "en",
)


def _locale_names(locale: str) -> tuple[set[str], set[str]]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    first: set[str] = set()
    last: set[str] = set()
    for attribute, value in vars(provider).items():
        if not isinstance(value, (dict, tuple, list, set, frozenset)):
            continue
        # "first_names", "first_names_female", and the Latin spelling of names in other scripts:
        # "first_romanized_names" (zh_CN "Wei", "Jun"), "last_romanized_names" ("Zhang")
        kind = attribute.replace("romanized_", "")
        target = first if "first_name" in kind else last if "last_name" in kind else None
        if target is not None:
            target.update(str(v) for v in value if isinstance(v, str) and v.isprintable())
    latin = lambda name: all(ord(ch) < 0x250 or unicodedata.category(ch).startswith("M") for ch in name)  # noqa: E731
    return {n for n in first if latin(n)}, {n for n in last if latin(n) and n != "Doe"}


# Countries of gender-guesser's name dictionary (Jörg Michael's nam_dict.txt, one frequency column each, in
# this order) whose first names are read: the largest groups born abroad whose names Faker lacks in Latin
# script ("Ramin", "Shirin": fa_IR and ar_* are in Persian and Arabic script; "Emre", "Dragana", "Almir").
_GUESSER_COUNTRIES = (
    "great_britain ireland usa italy malta portugal spain france belgium luxembourg the_netherlands east_frisia "
    "germany austria swiss iceland denmark norway sweden finland estonia latvia lithuania poland czech_republic "
    "slovakia hungary romania bulgaria bosniaand croatia kosovo macedonia montenegro serbia slovenia albania greece "
    "russia belarus moldova ukraine armenia azerbaijan georgia the_stans turkey arabia israel china india japan "
    "korea vietnam other_countries").split()
_GUESSER_READ = frozenset({"finland", "poland", "bosniaand", "croatia", "kosovo", "macedonia", "montenegro", "serbia",
                           "albania", "turkey", "arabia", "the_stans", "azerbaijan", "vietnam", "other_countries"})


def _guesser_first_names() -> set[str]:
    """First names, in Latin script, of the countries in ``_GUESSER_READ`` from gender-guesser's data file
    (read as data: the package's code is not called). A name's "+" stands for a blank, a hyphen or nothing."""
    from importlib.resources import files

    columns = [30 + i for i, country in enumerate(_GUESSER_COUNTRIES) if country in _GUESSER_READ]
    names: set[str] = set()
    text = files("gender_guesser").joinpath("data/nam_dict.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line[0] in "#=":
            continue
        if not any(col < len(line) and line[col] not in " $" for col in columns):
            continue
        name = line.split()[1]
        for variant in {name.replace("+", sep) for sep in ("", "-")}:
            if variant.isalpha() or "-" in variant:
                names.add(variant)
    return names


@dataclass(frozen=True)
class Lexicon:
    """What the name finder knows: first names, surnames, common words, places and organisations."""

    first_sv: frozenset[str]
    first_other: frozenset[str]
    surnames: frozenset[str]
    common: dict  # word -> frequency (wordfreq, Swedish, words of Zipf >= 3)
    places: frozenset[str]  # single words of region and municipality names, with genitive forms
    place_phrases: frozenset[tuple[str, ...]]  # names of several words
    # Chinese names in pinyin, written family name first ("Zhang Wei", "Chen Jun"; Faker zh_CN's romanized names)
    family_first: frozenset[str] = frozenset()
    given_after: frozenset[str] = frozenset()

    def is_common(self, word: str) -> bool:
        return word.casefold() in self.common

    def zipf(self, word: str) -> float:
        frequency = self.common.get(word.casefold(), 0.0)
        return math.log10(frequency * 1e9) if frequency else 0.0


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The name data, read once per process (Faker locales, wordfreq, the package's reference tables)."""
    import wordfreq

    from .. import orgs

    first_sv, _ = _locale_names("sv_SE")
    first_other: set[str] = set()
    surnames: set[str] = set()
    for locale in NAME_LOCALES:
        first, last = _locale_names(locale)
        if locale != "sv_SE":
            first_other |= first
        surnames |= last
    first_other |= _guesser_first_names()
    def fold_all(names):
        out = set()
        for name in names:
            key = name.casefold()
            out.add(key)
            if not key.isascii():
                out.add(_fold(key))
        return out

    places: set[str] = set()
    phrases: set[tuple[str, ...]] = set()
    names = list(orgs.regions()["name"]) + list(orgs.regions()["county_name"]) + list(orgs.regions()["short_name"])
    names += list(orgs.municipalities()["name"]) + list(orgs.municipalities()["official_name"]) + list(orgs.org_aliases()["alias"])
    for name in names:
        tokens = tuple(t.casefold() for t in _TOKEN_RE.findall(name))
        if len(tokens) == 1:
            places.update({tokens[0], tokens[0] + "s", _fold(tokens[0])})
        elif tokens:
            phrases.add(tokens)
            for token in tokens:
                if token not in ("region", "kommun", "stad", "län", "landsting", "landstinget", "i", "s"):
                    places.update({token, _fold(token)})
    return Lexicon(
        frozenset(fold_all(first_sv)),
        frozenset(fold_all(first_other)),
        frozenset(fold_all(surnames)),
        wordfreq.get_frequency_dict("sv", wordlist="small"),
        frozenset(places),
        frozenset(phrases),
        frozenset(n.casefold() for n in importlib.import_module("faker.providers.person.zh_CN").Provider.last_romanized_names),
        frozenset(n.casefold() for n in importlib.import_module("faker.providers.person.zh_CN").Provider.first_romanized_names),
    )


# surnames made of a father's first name, as in Central Asia, the Caucasus and Russia ("Karimov", "Rahimova",
# "Aliyev", "Mamedova"), longest first
_PATRONYMIC_ENDINGS = ("yeva", "yev", "ova", "eva", "ov", "ev")


@lru_cache(maxsize=4096)
def _patronymic_surname(key: str) -> bool:
    """Whether ``key`` (casefolded) is a first name we know of three letters or more with a patronymic ending
    (``_PATRONYMIC_ENDINGS``) and no Swedish word ("sommarlov", "prova" are none: no first name before the ending)."""
    lex = lexicon()
    for ending in _PATRONYMIC_ENDINGS:
        if key.endswith(ending):
            stem = key[: -len(ending)]
            if len(stem) >= 3 and (stem in lex.first_sv or stem in lex.first_other) and key not in lex.common:
                return True
    return False


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name the name data knows (Swedish, or common in Sweden's largest groups born abroad)."""
    key = word.casefold()
    lex = lexicon()
    return key in lex.first_sv or (key in lex.first_other and not lex.is_common(key))


# --- names kept: data/keep_names.csv and the codebook's methods ------------------------------------------------------
KEEP_NAMES_FILE = "data/keep_names.csv"
KEEP_KINDS = ("title", "method", "programme", "organisation", "abbreviation")


@lru_cache(maxsize=1)
def _keep_name_rows() -> tuple[tuple[str, str], ...]:
    """(name, kind) of the rows of data/keep_names.csv: well-known titles of children's books, films and TV series
    built on a character's name, and names of methods, programmes and organisations that hold a person's name or
    look like one (one a row, with its kind and a free note; a researcher adds rows)."""
    with importlib.resources.files("bas_analysis").joinpath(KEEP_NAMES_FILE).open(encoding="utf-8") as fh:
        rows = [(row["name"].strip(), row["kind"].strip()) for row in csv.DictReader(fh)]
    unknown = sorted({kind for _, kind in rows if kind not in KEEP_KINDS})
    if unknown:
        raise ValueError(f"{KEEP_NAMES_FILE}: unknown kind {unknown}, expected one of {list(KEEP_KINDS)}")
    return tuple((name, kind) for name, kind in rows if name)


def _codebook_method_names() -> list[str]:
    """The names of the methods the codebook knows and those of their cues that are plain words, without a
    cue's marks ("beardslee*" gives "beardslee", "sgv=" "sgv"; a regular expression or a cue with a gap is none)."""
    from ..coding.codebook import load_codebook  # (here: the codebook is read only when a name is to be kept)

    names = []
    for indicator in load_codebook().indicators:
        for name, _kind, cues in indicator.methods:
            names.append(name)
            for cue in cues:
                if cue.regex is None and cue.words and None not in cue.words:
                    names.append(plain_re.sub(r"[=*]+(?=\s|$)", "", cue.source).strip())
    return [n for n in names if n]


@lru_cache(maxsize=1)
def keep_names() -> tuple[tuple[str, str], ...]:
    """(name, kind) of every name redaction keeps whole wherever a text writes it: the rows of
    data/keep_names.csv and the methods of the codebook (kind "method"). A title is kept as written, of two words
    or more (a character's name alone names no person); a method's, a programme's or an organisation's name in
    any case and as the start of a compound or a genitive ("Marte Meo-utbildningen", "Beardslees"), of one word
    too, but for a first name we know (it would keep a person's)."""
    lex = lexicon()
    seen: set[tuple[str, str]] = set()
    out = []
    for name, kind in list(_keep_name_rows()) + [(n, "method") for n in _codebook_method_names()]:
        key = (name.casefold(), "title" if kind == "title" else "other")
        if key in seen:
            continue
        words = name.split()
        if len(words) == 1 and (kind == "title" or name.casefold() in lex.first_sv or name.casefold() in lex.first_other):
            continue
        seen.add(key)
        out.append((name, kind))
    return tuple(out)


def known_titles() -> tuple[str, ...]:
    """The titles of :func:`keep_names` (two words or more)."""
    return tuple(name for name, kind in keep_names() if kind == "title")


_KEEP_WORD_RE = plain_re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _keep_names_by_word() -> dict[str, tuple[tuple[str, str], ...]]:
    """The names of :func:`keep_names` by each of their words (casefolded)."""
    index: dict[str, list[tuple[str, str]]] = {}
    for entry in keep_names():
        for word in set(_KEEP_WORD_RE.findall(entry[0].casefold())):
            index.setdefault(word, []).append(entry)
    return {word: tuple(entries) for word, entries in index.items()}


@lru_cache(maxsize=512)
def _keep_name_re(name: str):
    """A method's, programme's or organisation's name in any case, blanks or a line break between its words, no
    letter or digit before it, and the rest of its last word after it (a compound, a genitive)."""
    between = r"(?:[ \t]{1,2}|[ \t]?\n[ \t]?)"
    tail = r"[\w\-]*" if name[-1:].isalnum() else r"(?!\w)"
    body = between.join(plain_re.escape(w) for w in name.split())
    return plain_re.compile(rf"(?<![\w\-]){body}{tail}", plain_re.IGNORECASE)


# --- the redactor without a build's names (for the passes that read its name data) -----------------------------------
@lru_cache(maxsize=1)
def _default_redactor() -> Redactor:
    from .redactor import Redactor  # here, not at the top: redactor imports this module
    return Redactor()
