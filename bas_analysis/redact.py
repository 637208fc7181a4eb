"""Redact: remove personal data from page text before anything is written.

In:  clean page text (from :mod:`bas_analysis.ingest`).
Out: the same text with e-mail addresses (plain and obfuscated), Swedish
     phone numbers, personal identity numbers and person names replaced by
     placeholders. Names are taken from contact blocks ("Kontaktuppgifter",
     "Kontakt", "För information") and bylines ("Senast uppdaterad … av X,
     ansvarig utgivare Y", "Uppdaterad: …" followed by a name); a name found
     there is redacted wherever it occurs. "Firstname Lastname" pairs in
     prose whose first name is a common Swedish first name are redacted too.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

EMAIL = "[e-post]"
PHONE = "[telefon]"
NAME = "[namn]"
PERSONAL_NUMBER = "[personnummer]"

_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_OBFUSCATED_EMAIL_RE = re.compile(
    r"[\w.+-]+\s*(?:\[at\]|\(at\)|\{at\}|\sat\s|\[snabel-?a\]|\(snabel-?a\))\s*[\w-]+"
    r"(?:(?:\s*(?:\[dot\]|\(dot\)|\[punkt\]|\(punkt\)|\sdot\s|\spunkt\s)\s*|\.)[\w-]+)+",
    re.IGNORECASE,
)
# A number starting with 0 or +46/0046 with 7-10 digits after the prefix, separated by spaces or dashes.
_PHONE_RE = re.compile(r"(?<![\w+.-])(?:\+46|0046|0)(?:[\s\u2010-\u2013-]?\(?0?\)?)?(?:[\s\u2010-\u2013-]?\d){6,10}(?![\w])")
# An area code in brackets: "(08) 123 45 60", "(0470) 58 30 00".
_BRACKETED_PHONE_RE = re.compile(r"\(0\d{1,3}\)(?:[\s\u2010-\u2013-]?\d){5,8}(?![\w])")
_PERSONAL_NUMBER_RE = re.compile(r"(?<![\w-])((?:19|20)?\d{6})[-+\s]?(\d{4})(?![\w-])")

_CONTACT_LABEL_RE = re.compile(
    r"^\s*(?:kontaktuppgifter|kontaktpersoner|kontaktperson|kontakt|för (?:mer )?information(?: kontakta)?|"
    r"mer information|frågor)\b\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_INLINE_CONTACT_RE = re.compile(r"\b(?:kontakta|kontaktperson(?:en)? är|ring|mejla)\s+(?P<rest>[^.\n]+)", re.IGNORECASE)
_BYLINE_RE = re.compile(
    r"(?:senast uppdaterad|uppdaterad|publicerad|publicerat|skriven|skrivet)\s*:?\s*\d{4}-\d{2}-\d{2}\s+av\s+"
    r"(?P<author>[^,\n]+?)\s*(?:,\s*ansvarig utgivare\s+(?P<publisher>[^,\n]+?))?\s*$",
    re.IGNORECASE,
)
_DATE_ONLY_BYLINE_RE = re.compile(r"^\s*(?:senast uppdaterad|uppdaterad)\s*:?\s*\d{4}-\d{2}-\d{2}\s*$", re.IGNORECASE)
_NAME_TOKEN = r"[A-ZÅÄÖÉÜ][a-zåäöéüëA-ZÅÄÖ]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
_PERSON_NAME_RE = re.compile(rf"^{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}}$")
_ORG_WORDS = re.compile(
    r"\b(region|kommun|stad|landsting|förvaltning|kontor|enhet|centrum|kyrka|universitet|högskola|"
    r"socialstyrelsen|nka|telefon|e-post|webb|sjukhus|klinik)", re.IGNORECASE
)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Common Swedish first names (``data/first_names.txt``), for names in prose."""
    try:
        text = resources.files("bas_analysis").joinpath("data/first_names.txt").read_text(encoding="utf-8")
    except FileNotFoundError:
        return frozenset()
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _person_name(fragment: str) -> str | None:
    """The person name at the start of a contact line ("Emmy Ahlstedt, 0725…"), if it is one."""
    candidate = re.split(r"[,;:/(]|\s[-–]\s|\s\d", fragment.strip(), maxsplit=1)[0].strip()
    if _PERSON_NAME_RE.match(candidate) and not _ORG_WORDS.search(candidate):
        return candidate
    return None


def _byline_names(value: str) -> list[str]:
    value = value.strip().rstrip(".")
    if not value or _ORG_WORDS.search(value):
        return []
    # A byline holds a full name, a user name ("EmelieS") or a name cut short ("Lennart").
    if re.fullmatch(rf"{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,3}}|[A-ZÅÄÖ][\wåäö]+", value):
        return [value]
    return []


def find_contact_names(text: str) -> set[str]:
    """Person names written in the page's contact blocks and bylines."""
    names: set[str] = set()
    lines = text.split("\n")
    for i, line in enumerate(lines):
        byline = _BYLINE_RE.search(line)
        if byline:
            names.update(_byline_names(byline["author"]))
            if byline["publisher"]:
                names.update(_byline_names(byline["publisher"]))
            continue
        if _DATE_ONLY_BYLINE_RE.match(line):
            following = _next_nonblank(lines, i + 1, 1)
            names.update(n for n in map(_person_name, following) if n)
            continue
        label = _CONTACT_LABEL_RE.match(line)
        if label and len(line) < 120:
            rest = label["rest"]
            block = [rest] if rest else []
            block += _next_nonblank(lines, i + 1, 6, stop_at_blank=bool(rest))
            names.update(n for n in map(_person_name, block) if n)
            continue
        for inline in _INLINE_CONTACT_RE.finditer(line):
            name = _person_name(inline["rest"])
            if name:
                names.add(name)
    return names


def _next_nonblank(lines: list[str], start: int, limit: int, stop_at_blank: bool = False) -> list[str]:
    """Up to ``limit`` lines of the block starting at ``start`` (leading blank lines skipped)."""
    block: list[str] = []
    i = start
    while i < len(lines) and not lines[i].strip() and not stop_at_blank:
        i += 1
    while i < len(lines) and lines[i].strip() and len(block) < limit:
        block.append(lines[i])
        i += 1
    return block


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _redact_personal_number(match: re.Match) -> str:
    date, tail = match.group(1), match.group(2)
    ten = date[-6:] + tail
    month, day = int(ten[2:4]), int(ten[4:6])
    plausible = 1 <= month <= 12 and 1 <= (day - 60 if day > 60 else day) <= 31  # day+60: samordningsnummer
    return PERSONAL_NUMBER if plausible and _luhn_ok(ten) else match.group(0)


def _redact_phone(match: re.Match) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    if match.group(0).startswith(("+46", "0046")):
        return PHONE if 9 <= len(digits) <= 13 else match.group(0)
    return PHONE if 8 <= len(digits) <= 11 else match.group(0)


def _name_pattern(names: set[str]) -> re.Pattern | None:
    """Full names, and the surnames of full names, as whole words."""
    terms: set[str] = set()
    for name in names:
        terms.add(name)
        parts = name.split()
        if len(parts) > 1 and len(parts[-1]) >= 4:
            terms.add(parts[-1])
    if not terms:
        return None
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w]){alternatives}(?![\w])")


def _redact_prose_names(text: str) -> str:
    """Replace "Firstname Lastname" where the first word is a common first name."""
    known = first_names()
    if not known:
        return text
    # zero-width, so that every word is tried as a first name ("Enligt Anna Svensson")
    pair = re.compile(rf"(?<![\w-])(?=({_NAME_TOKEN})\s+({_NAME_TOKEN})(?:\s+({_NAME_TOKEN}))?)")
    spans: list[tuple[int, int]] = []
    for m in pair.finditer(text):
        first, second, third = m.group(1), m.group(2), m.group(3)
        if first not in known or _ORG_WORDS.search(second) or second in ("Region", "Kommun"):
            continue
        end = m.end(3) if second in known and third else m.end(2)
        spans.append((m.start(1), end))
    for start, end in reversed(_merge(spans)):
        text = text[:start] + NAME + text[end:]
    return text


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def redact_text(text: str, names: set[str] | frozenset[str] = frozenset()) -> str:
    """Replace e-mail addresses, phone and personal identity numbers, and person names."""
    if not text:
        return text
    text = _EMAIL_RE.sub(EMAIL, text)
    text = _OBFUSCATED_EMAIL_RE.sub(lambda m: EMAIL if re.search(r"\w", m.group(0)) else m.group(0), text)
    text = _PERSONAL_NUMBER_RE.sub(_redact_personal_number, text)
    text = _BRACKETED_PHONE_RE.sub(PHONE, text)
    text = _PHONE_RE.sub(_redact_phone, text)
    text = _redact_prose_names(text)  # before the names list, so full names go whole
    pattern = _name_pattern(set(names))
    return pattern.sub(NAME, text) if pattern else text


def redact_document(text: str, extra_names: set[str] = frozenset()) -> tuple[str, set[str]]:
    """Redact one page; returns the text and the contact/byline names it held."""
    names = find_contact_names(text)
    return redact_text(text, names | set(extra_names)), names
