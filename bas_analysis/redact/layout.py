"""Layout: the names of a build from contact blocks and the page's layout.

In:  a page's text.
Out: :func:`find_contact_names` (full names from contact blocks, bylines, mail headers, tables' name columns,
     lists of people with a role, an organisation or a place, appositions, "X Y, role" lines: names of the
     build) and the spans of initials, user names and cells the layout places as a person's
     (``_layout_person_spans``).
"""

from __future__ import annotations

from itertools import accumulate, chain
from functools import lru_cache
import re as plain_re
import regex as re

from .text import _beyond_latin1, _LATIN1_LOWER, _LATIN1_UPPER, _lower, _TOKEN_RE
from .contact_data import _AT_RE, _PHONE_RE
from .name_data import _default_redactor, _institution_word, _PARTICLES
from .tokens import _LowerWords, _tokens
from .positions import (
    _BRACKET_NICKNAME_RE, _BRACKET_WORD_HINT_RE, _CREDIT_HINTS, _LOWER_NEXT_RE, _NAME_WORD, _NEXT_WORD_RE,
    _NICKNAME_RE, _person_word, _SWEDISH_ONLY_LETTERS, _word_span_before,
)
from .spelled import _evidenced_first_name, _names_in_addresses

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only (not evaluated)
    from .redactor import Redactor


# --- contact blocks, bylines, mail headers, appositions (names of the build) -----------------------------------------
_MIXED_AFTER_AV_RE = plain_re.compile(r"av[ \t]{1,2}(?P<mixed>[A-ZÅÄÖ][a-zåäö][A-ZÅÄÖ][a-zåäö])(?![^\W_])")


_CONTACT_LABEL_RE = re.compile(
    r"^\s*(?:kontaktuppgifter|kontaktpersoner|kontaktperson|kontakta[ \t]+(?:oss|mig|gärna|någon[ \t]+av[ \t]+oss)|kontakt|för (?:mer )?information(?: kontakta)?|"
    r"mer information|frågor|ansvarig|samordnare|projektledare|projektledning)\b"
    r"(?-i:(?:[ \t]+[a-zåäöéü][a-zåäöéü-]*){1,3}[ \t]*:)?"  # "Kontakt för nätverket:", "Kontaktperson för sidan:"
    r"\s*:?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_INLINE_CONTACT_RE = re.compile(r"\b(?:kontakta|kontaktperson(?:en)? är|ring|mejla)\s+(?P<rest>[^.\n]{1,200})", re.IGNORECASE)
_BYLINE_RE = re.compile(
    r"(?:senast uppdaterad|uppdaterad|publicerad|publicerat|skriven|skrivet)\s*:?\s*\d{4}-\d{2}-\d{2}\s+av\s+"
    r"(?P<author>[^,\n]{1,80}?)\s*(?:,\s*ansvarig utgivare\s+(?P<publisher>[^,\n]{1,80}?))?\s*$",
    re.IGNORECASE,
)
_DATE_ONLY_BYLINE_RE = re.compile(r"^\s*(?:senast uppdaterad|uppdaterad)\s*:?\s*\d{4}-\d{2}-\d{2}\s*$", re.IGNORECASE)
_CUT_RE = re.compile(r"[,;:/(|]|\s[-–]\s|\s\d|\s(?:på|om|eller|via)\s|\s(?:tel|telefon|mobil|e-post|epost|mejl|mail)\b", re.IGNORECASE)
_USER_NAME_RE = re.compile(r"^\p{Lu}\p{Ll}+\p{Lu}{1,2}$|^\p{L}+\d+$")


def _person_name(fragment: str, redactor: Redactor | None = None, lenient: bool = False) -> str | None:
    """The person name at the start of a contact line ("Emmy Ahlstedt, 0725…"), if it is one.

    A person name is two to four words, first name plus surname: the first a
    known first name or a rare word, the last a known surname or a rare word;
    no word may be an organisation's ("Anhörigcentrum") or, unless it is a
    known surname, a place ("Borås").
    """
    redactor = redactor or _default_redactor()
    candidate = _CUT_RE.split(fragment.strip(), maxsplit=1)[0].strip()
    tokens = _tokens(candidate)
    if not 2 <= len(tokens) <= 4 or "".join(t.text for t in tokens).replace(" ", "") != candidate.replace(" ", "").replace(".", ""):
        return None
    if any(t.case not in ("title", "upper", "initial") for t in tokens if t.key not in _PARTICLES):
        return None
    lex = redactor.lex
    if any(_institution_word(t.text) for t in tokens):
        return None
    first, last = tokens[0], tokens[-1]
    first_ok = redactor._first_name(first) or (not lex.is_common(first.text) and not redactor._is_place(first.text)) \
        or redactor._pet_name(first.text)
    last_ok = redactor._known_surname(last.text, None) or (
        not lex.is_common(last.text) and not redactor._is_place(last.text) and len(last.text) >= 2
    )
    if lenient and redactor._first_name(first, known_only=True) and not redactor._is_place(last.text):
        last_ok = True  # a byline: "ansvarig utgivare Jonas Fält"
    return candidate if first_ok and last_ok else None


def _byline_names(value: str) -> list[str]:
    """Names in a byline: there the value is a person ("Jonas Fält"), so a known first name is enough."""
    value = value.strip().rstrip(".")
    if not value:
        return []
    full = _person_name(value) or _person_name(value, lenient=True)
    if full:
        return [full]
    # a user name ("EmelieS") or a first name alone, the byline cut short ("Lennart")
    tokens = _tokens(value)
    if len(tokens) == 1 and tokens[0].text == value:
        redactor = _default_redactor()
        if _USER_NAME_RE.match(value) or redactor._first_name(tokens[0], known_only=True):
            return [value]
    return []


# Every contact label, inline contact and byline pattern needs one of these words (in any case): a line without
# one gives no name. They are looked for in the page in lower case, which finds every place where the patterns'
# case-insensitive matching finds them, but for two letters that match "i" and "s" and do not lower to them
# (tests/test_redact_fast_paths.py checks every character): a page holding one is read line by line.
_CONTACT_HINTS = ("uppdaterad", "publicerad", "publicerat", "skriven", "skrivet", "kontakt", "information", "frågor",
                  "ansvarig", "samordnare", "projektled", "ring", "mejla")
_CONTACT_HINT_ODD = ("\u0130", "\u017f")  # "İ" (lowers to "i" and a dot above), "ſ" (long s)


def _hinted_lines(text: str):
    """The indices of the lines of ``text`` (split at line breaks) holding a word of ``_CONTACT_HINTS`` in any
    case, in order (every line, when the page holds a letter of ``_CONTACT_HINT_ODD``)."""
    if any(odd in text for odd in _CONTACT_HINT_ODD):
        return range(text.count("\n") + 1)
    low = _lower(text)  # as long as text: only "İ" lowers to two characters
    hits = []
    for word in _CONTACT_HINTS:
        i = low.find(word)
        while i >= 0:
            hits.append(i)
            end = low.find("\n", i)
            i = low.find(word, end) if end >= 0 else -1  # the next line's
    lines: list[int] = []
    line = counted = 0
    for position in sorted(hits):
        line += low.count("\n", counted, position)
        counted = position
        if not lines or lines[-1] != line:
            lines.append(line)
    return lines


def find_contact_names(text: str) -> set[str]:
    """Person names written in the page's contact blocks and bylines, and names its e-mail addresses spell out.

    Also full names after a role or "av" whose first name or surname the name data does not know.
    Only the lines holding a hint (``_CONTACT_HINTS``: a word every contact label, inline contact and byline
    pattern needs) are read for contact blocks: the others give no name (tests/test_redact_fast_paths.py compares this with
    reading every line)."""
    lines = text.split("\n")
    return _with_first_names(_contact_names(lines, _hinted_lines(text)) | _names_outside_blocks(text, lines))


def _names_outside_blocks(text: str, lines: list[str] | None = None) -> set[str]:
    """The names a page gives outside its contact blocks and bylines: spelled in addresses, in lists, after a
    role, in the name columns of tables, written surname first, in lists with brackets or dashes, nicknames
    (``lines``: the page's lines, split once for the passes that read them)."""
    lines = text.split("\n") if lines is None else lines
    return _names_in_addresses(text) | _listed_names(text, lines) | _person_word_names(text) | _table_names(text) \
        | _bracket_list_names(text) | _surname_first_names(text) | _nickname_names(text) | _dashed_names(text) \
        | _family_names(text) | _run_together_initials(text) | _role_heading_names(text) | _cue_names(text) \
        | _line_start_role_names(text, lines) | _foreign_letter_names(text) | _mail_header_names(text) \
        | _apposition_names(text) | _upper_surname_names(text) | _participant_list_names(lines) \
        | _table_row_names(text, lines)


def _name_part(redactor: "Redactor", word: str) -> bool:
    """A word of a full name we may not know: a first name or surname we know, or a word we do not know; no place
    and no organisation's word (each part of a hyphenated one)."""
    return all((redactor._plain_first_name(p) or redactor._known_surname(p, None) or redactor._unknown_word(p))
               and not redactor._is_place(p) and not _institution_word(p) for p in word.split("-"))


# the sender or a recipient of a forwarded e-mail: "Från: Ek Anna <…>", "Kopia: 'Anna Ek' <…>", "From: Anna Ek"
_MAIL_HEADER_HINTS = ("Från:", "Till:", "Kopia:", "Cc:", "CC:", "From:", "To:", "Kopia till:")
_MAIL_HEADER_NAME_RE = re.compile(
    r"^[ \t]*(?:Från|Till|Kopia|Kopia till|Cc|CC|From|To)[ \t]?:[ \t]{0,3}['\"]?"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:[ ]\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){1,2})"
    r"['\"]?[ \t]*(?:<|\[|$|;)",
    re.MULTILINE,
)


def _mail_header_names(text: str) -> set[str]:
    """The display names of a mail header's lines (:data:`_MAIL_HEADER_NAME_RE`), either word order: every word a
    name's part (:func:`_name_part`), one a first name we know or a word we do not know ("Region X" is none)."""
    if not any(hint in text for hint in _MAIL_HEADER_HINTS):
        return set()
    redactor = _default_redactor()
    names = set()
    for m in _MAIL_HEADER_NAME_RE.finditer(text):
        words = m["name"].split(" ")
        if all(_name_part(redactor, w) for w in words) \
                and any(redactor._plain_first_name(w) or redactor._unknown_word(w) for w in words):
            names.add(m["name"])
    return names


# a full name between commas after a role: "Vår kurator, X Y Z, har …" (two or three words, maybe none known)
_APPOSITION_NAME_RE = re.compile(  # (from the comma on: the role before it is read apart)
    r",[ ](?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?"
    r"(?:[ ]\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){1,2})"
    # a comma and a word in lower case; or, after a role only, a bracket in lower case or a sentence's end
    r"(?:,[ ]\p{Ll}|[ ]\(\p{Ll}|\.(?=[ \t]*(?:$|\n|\p{Lu})))"
)


def _apposition_names(text: str) -> set[str]:
    """Full names of :func:`_apposition_spans`: names of the build."""
    return {text[start:end] for start, end in _apposition_spans(_default_redactor(), text)} if ", " in text else set()


def _apposition_spans(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """(start, end) of the full names of :data:`_APPOSITION_NAME_RE` ("en barnsamordnare, René Lagerkvist, som …"):
    the word before the comma a role's, the first word a first name we know or a word we do not know, every word a
    name's part (:func:`_name_part`); or two words we do not know before a verb (:func:`_unknown_pair_before_verb`).
    The pattern, and what is read around it, stays in one line."""
    spans = []
    if ", " not in text:
        return spans
    for m in _APPOSITION_NAME_RE.finditer(text):
        _, role = _word_span_before(text, m.start())
        if len(role) < 4 or not _person_word(role.casefold()):
            if text[m.end("name")] == "," and _unknown_pair_before_verb(text, m):
                spans.append(m.span("name"))
            continue
        words = m["name"].split(" ")
        if (redactor._plain_first_name(words[0]) or redactor._unknown_word(words[0])) \
                and all(_name_part(redactor, w) for w in words):
            spans.append(m.span("name"))
    return spans


# a surname in capitals before a first name: "LINDQVIST Maja har …" (a surname we know, a first name we know)
_UPPER_SURNAME_HINT_RE = plain_re.compile(r" (?<=[A-ZÅÄÖ]{2} )[A-ZÅÄÖ][a-zåäö]")  # "XY Ab", tried at each blank
_UPPER_SURNAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<last>\p{Lu}{2,}(?:-\p{Lu}{2,})?)[ ](?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\-])"
)


def _upper_surname_names(text: str) -> set[str]:
    """Names of :data:`_UPPER_SURNAME_RE` (a surname we know, though it may name a place too, in capitals, then a
    first name we know)."""
    if not _UPPER_SURNAME_HINT_RE.search(text):
        return set()
    redactor = _default_redactor()
    return {m[0] for m in _UPPER_SURNAME_RE.finditer(text)
            if all(redactor._known_surname(p, None) for p in m["last"].split("-"))
            and redactor._plain_first_name(m["first"])}


def _run_together_initials(text: str) -> set[str]:
    """A name's letters run together after "av" ("Anteckningar förda av MaRo"): a name of the build."""
    return {m["mixed"] for m in _MIXED_AFTER_AV_RE.finditer(text) if m.start() == 0 or not text[m.start() - 1].isalnum()}


def _family_names(text: str) -> set[str]:
    """A child's or relative's first name after a family word, a family's name after "familjen"
    (:meth:`Redactor._family_first_names`): names of the build."""
    return {text[start:end] for start, end in _default_redactor()._family_first_names(text)}


def _with_first_names(names: set[str]) -> set[str]:
    """``names`` and the first names among them that are found alone only as the page's (:func:`_names_alone`)."""
    return names | _names_alone(names)


def _may_be_byline(line: str) -> bool:
    """Whether ``line`` may hold a byline (:data:`_BYLINE_RE`, :data:`_DATE_ONLY_BYLINE_RE`): its date's dashes."""
    return "-" in line


_INLINE_CONTACT_WORDS = ("kontakt", "ring", "mejla")  # what every match of _INLINE_CONTACT_RE holds (in any case)


def _may_contact_inline(line: str) -> bool:
    """Whether ``line`` may hold an inline contact (:data:`_INLINE_CONTACT_RE`): one of its words, looked for in
    lower case as the hints are (:func:`_hinted_lines`: every line holding a letter of ``_CONTACT_HINT_ODD``)."""
    low = line.lower()
    return any(word in low for word in _INLINE_CONTACT_WORDS) or any(odd in line for odd in _CONTACT_HINT_ODD)


def _contact_names(lines: list[str], indices) -> set[str]:
    """Person names in the contact blocks and bylines starting at the lines ``indices`` of ``lines``.

    A pattern is tried on a line only where the line holds what its match needs (:func:`_may_be_byline`,
    :func:`_may_contact_inline`; a label only on a line shorter than a label's, whose only kind it reads)."""
    names: set[str] = set()
    for i in indices:
        line = lines[i]
        if len(line) > 2000:
            continue  # no contact line is this long
        dated = _may_be_byline(line)
        byline = _BYLINE_RE.search(line) if dated else None
        if byline:
            names.update(_byline_names(byline["author"]))
            if byline["publisher"]:
                names.update(_byline_names(byline["publisher"]))
            continue
        if dated and _DATE_ONLY_BYLINE_RE.match(line):
            following = _next_nonblank(lines, i + 1, 1)
            names.update(n for n in map(_person_name, following) if n)
            continue
        label = _CONTACT_LABEL_RE.match(line) if len(line) < 120 else None
        if label:
            rest = label["rest"]
            block = [rest] if rest else []
            block += _next_nonblank(lines, i + 1, 6, stop_at_blank=bool(rest))
            # a block with a phone number or an e-mail address is a person's contact details: there, as in a
            # byline, a known first name is enough ("Kontaktuppgifter: / Malin Gardell / Telefon: …")
            details = any(_PHONE_RE.search(entry) or _AT_RE.search(entry) for entry in block)
            before = len(names)
            for entry in block:
                for cell in entry.split("|"):
                    name = _person_name(cell) or (_person_name(cell, lenient=True) if details else None)
                    if name:
                        names.add(name)
            if len(names) > before:
                continue  # (a label's block that gives no name may still call a person inline: "Frågor? Ring …")
        for inline in (_INLINE_CONTACT_RE.finditer(line) if _may_contact_inline(line) else ()):
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


# --- dashed rows, role headings, tables' name columns, lines opening with a role, cues, lists ------------------------
# a row of a list with dashes between its fields, a name before a role: "Ale kommun – Chidi Okafor Lind – kurator – …"
_DASHED_NAME_RE = re.compile(
    r"(?:^|[\u2013\u2014|][ \t]{1,2})(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:[ ]\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){1,3})"
    r"[ \t]{1,2}[\u2013\u2014][ \t]{1,2}(?P<role>[\p{L}\-]+)",
    re.MULTILINE,
)


def _dashed_names(text: str) -> set[str]:
    """Names in rows of a list whose fields dashes separate, where a role follows the name ("… – Chidi Okafor –
    socionom – …"): the first word a first name we know or a word we do not know, the others surnames, words we
    do not know or rare words; none a place or an organisation's word."""
    redactor = _default_redactor()
    names: set[str] = set()
    for dash in (" \u2013 ", " \u2014 "):
        i = text.find(dash)
        while i >= 0:
            names.update(_dashed_name_before(redactor, text, i))
            i = text.find(dash, i + 3)
    return names


def _dashed_name_before(redactor: Redactor, text: str, dash: int) -> set[str]:
    """The name of :func:`_dashed_names` ending at the dash at ``dash`` (a role after it), if any."""
    role = _TAIL_WORD_RE.match(text, dash + 3)
    if not role or not _person_word(role[0].casefold()):
        return set()
    names = set()
    line = text.rfind("\n", 0, dash) + 1
    for m in _DASHED_NAME_RE.finditer(text, max(line, dash - 120), dash + 3 + len(role[0])):
        if m.end("role") != dash + 3 + len(role[0]):
            continue  # a row's earlier field
        words = m.group("name").split(" ")
        if not (redactor._plain_first_name(words[0]) or redactor._unknown_first_name(words[0])):
            continue
        if any(redactor._is_place(w) or _institution_word(w) or redactor.lex.zipf(w) >= 4.0 for w in words):
            continue
        names.add(m.group("name"))
        if len(words) >= 3:
            names.update({" ".join(words[1:]), " ".join(words[-2:])})
    return names


def _person_word_names(text: str) -> set[str]:
    """Full names after a role or "av" that the name data does not know as such ("Socionom Chidi
    Okonkwo-Lindahl"): names of the build, so the page's tables ("Chidi Okonkwo-Lindahl | …") lose them too.
    A name of three words gives its last two as well ("Yuki Tanaka Berg" and then "sa Tanaka Berg")."""
    names = set()
    for *_, name in _default_redactor()._person_word_names(text):
        names.add(name)
        words = name.split(" ")
        if len(words) >= 3:
            names.update({" ".join(words[1:]), " ".join(words[-2:])})
    return names


def _surname_first_names(text: str) -> set[str]:
    """Names written surname first before a role (:meth:`Redactor._surname_first_names`): "first last", the
    surname alone and a first name the name data does not know alone (names of the build: the surname of
    "Wójcik, Małgorzata" goes as a name, the known first name after the comma as a first name alone)."""
    if "," not in text:
        return set()
    redactor = _default_redactor()
    names = set()
    for *_, last, first in redactor._surname_first_names(text):
        names.add(f"{first} {last}")
        names.add(last)  # "Wójcik" alone: the first name after the comma then stands alone as a name
        if not redactor._plain_first_name(first):
            names.add(first)
    return names


def _nickname_names(text: str) -> set[str]:
    """A nickname in quotes between a first name and a surname ('Dariusz "Darek" Sobczak') is the person's name
    alone too ("… och Darek visade")."""
    if '"' not in text and "\u201c" not in text and "\u201d" not in text and "\u00ab" not in text:
        return set()
    redactor = _default_redactor()
    names = set()
    for m in chain(_NICKNAME_RE.finditer(text), _matches_on_hinted_lines(_BRACKET_WORD_HINT_RE, _BRACKET_NICKNAME_RE, text)):
        start = redactor._nickname_name_start(text, m)
        if start is not None and not redactor.lex.is_common(m.group("nick")):
            second = text[m.end():redactor._second_surname_end(text, m.end())].strip()
            words = (m.group("first"), m.groupdict().get("mid"), m.group("last"), second) if start == m.start() \
                else (m.group("mid"), m.group("last"), second)
            names.add(" ".join(w for w in words if w))
            if redactor._plain_nickname(m.group("nick")):  # (a place's name shortening the first name is no name alone)
                names.add(m.group("nick"))
    return names


def _names_alone(names: set[str]) -> set[str]:
    """The first word of each full name when the name data does not know it as a first name and it is no word,
    place or organisation's word ("Siriporn" of "Siriporn Chaiyasit"): the page's "Hodan och Siriporn" name them.
    (A first name the data knows is found alone anyway, where it stands as one.)"""
    out = set()
    for name in names:
        first, space, _ = name.partition(" ")
        if space and _alone_first_name(first):
            out.add(first)
    return out


@lru_cache(maxsize=65536)
def _alone_first_name(first: str) -> bool:
    """Whether the first word of a full name is a name alone too (:func:`_names_alone`)."""
    redactor = _default_redactor()
    return (redactor._unknown_word(first) or redactor._unknown_first_name(first)) and not redactor._plain_first_name(first)


# A table whose header names its name columns ("Efternamn; Förnamn; Kommun", "Namn | Roll | Telefon"): cells
# separated by semicolons, tabs or bars
_NAME_HEADERS = {"namn": "full", "efternamn": "last", "förnamn": "first", "fornamn": "first", "name": "full",
                 "deltagare": "full", "kontaktperson": "full", "first name": "first", "last name": "last",
                 "surname": "last", "för- och efternamn": "full", "besvarad av": "full", "besvarad_av": "full",
                 "ifylld av": "full", "ifylld_av": "full", "användare": "user", "anvandare": "user",
                 "användarnamn": "user", "anvandarnamn": "user", "username": "user", "user": "user",
                 "e-post": "mail", "epost": "mail", "e-mail": "mail", "email": "mail", "mejl": "mail"}
_TABLE_HEADER_HINT_RE = plain_re.compile(
    r"(?i:namn|name|_av|användare|anvandare|user|kontaktperson)[\"' \t]*[;\t|]|[;\t|][\"' \t]*(?i:namn|name|besvarad|ifylld|användare|anvandare|user|kontaktperson)")
# a cell of a user-name column: a login of letters, digits, "_", "." and "-" ("anna_s", "ROSB", "lili01")
_USER_CELL_RE = plain_re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{1,29}")
# a remark in brackets after a cell's value: "Lind, Sara (vikarie)"
_TABLE_CELL_REMARK_RE = plain_re.compile(r"[ \t]*\([^()]{1,40}\)$")
# a full-name cell written surname first: "Lind, Sara"
_SURNAME_FIRST_CELL_RE = re.compile(r"(?P<last>[^,]{2,60}),[ ](?P<first>[^,]{2,40})")


def _two_on_a_line(text: str, characters: str) -> bool:
    """Whether a line of ``text`` holds one of ``characters`` twice (looked for from each occurrence to the next,
    so a page with few of them is read quickly): a table's header and rows need two separators, as do the lines
    :func:`_table_names` reads."""
    for ch in characters:
        i = text.find(ch)
        while i >= 0:
            j = text.find(ch, i + 1)
            if j < 0:
                break
            if text.find("\n", i, j) < 0:
                return True
            i = j
    return False


def _table_names(text: str) -> set[str]:
    """Names in the name columns of a table: the rows after a header line whose cells (split at ";", a tab or
    "|", three cells or more) include "Namn", "Förnamn" or "Efternamn", up to a line that is no row of the table
    (blank lines between rows are skipped, as pages made from HTML write them). A cell of a full-name column is a
    name when it is two to four capitalised words, none an organisation's word; a surname and a first name
    cell make "first last" and each alone (when it is no everyday word or place)."""
    if not _two_on_a_line(text, ";\t|") \
            or not any(hint in text for hint in ("namn", "Namn", "NAMN", "name", "Name", "NAME", "_av", "nvändare",
                                                 "nvandare", "user", "User", "USER", "rad av", "lld av", "ontaktperson",
                                                 "ONTAKTPERSON")) \
            or _TABLE_HEADER_HINT_RE.search(text) is None:
        return set()
    redactor = _default_redactor()
    lines = text.split("\n")
    names: set[str] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        separator = next((sep for sep in (";", "\t", "|") if line.count(sep) >= 2), None)
        if separator is None:
            continue
        header = [cell.strip().strip('"').strip().casefold() for cell in line.strip().strip("|").split(separator)]
        columns = {k: _NAME_HEADERS[c] for k, c in enumerate(header) if c in _NAME_HEADERS}
        if not columns:
            continue
        while i < len(lines):
            row = lines[i]
            if not row.strip():
                i += 1
                continue
            if row.count(separator) < 2:
                break
            i += 1
            cells = [_TABLE_CELL_REMARK_RE.sub("", cell.strip().strip('"')).strip()
                     for cell in row.strip().strip("|").split(separator)]
            parts = {}
            for k, kind in columns.items():
                if kind == "mail":  # no address in the e-mail column: a user name ("annaberg")
                    if k < len(cells) and _USER_CELL_RE.fullmatch(cells[k]) and len(cells[k]) >= 5 \
                            and not redactor.lex.is_common(cells[k]) and not redactor._is_place(cells[k]):
                        names.add(cells[k])
                    continue
                if kind == "full" and k < len(cells) and " / " in cells[k]:  # two people: "Anna Berg / Ola Ek"
                    names.update(c for c in cells[k].split(" / ") if _NAME_CELL_RE.fullmatch(c) and " " in c)
                if kind == "user":  # a login: its letters are looked for as a name ("zearno01": "zearno")
                    if k < len(cells) and _USER_CELL_RE.fullmatch(cells[k]) and not redactor.lex.is_common(cells[k]):
                        names.update(w for w in plain_re.findall(r"[A-Za-z]{3,}", cells[k])
                                     if not redactor.lex.is_common(w) and not redactor._is_place(w))
                    continue
                if kind == "full" and k < len(cells):
                    if cells[k].isupper() and "," in cells[k]:
                        cells[k] = cells[k].title()  # "LIND, SARA" as "Lind, Sara"
                    elif cells[k].isupper() or cells[k].islower():
                        cells[k] = _cased_name_cell(redactor, cells[k], names)  # "LIND SARA", "s. lind"
                    turned = _SURNAME_FIRST_CELL_RE.fullmatch(cells[k])
                    if turned is not None:  # "Lind, Sara": the name, and its surname alone
                        cells[k] = f"{turned['first']} {turned['last']}"
                        if _NAME_CELL_RE.fullmatch(turned["last"]) and redactor.lex.zipf(turned["last"]) < 4.0 \
                                and not redactor._is_place(turned["last"]):
                            names.add(turned["last"])
                if k < len(cells) and _NAME_CELL_RE.fullmatch(cells[k]) and not any(
                        _institution_word(w) for w in cells[k].split(" ")):
                    parts[kind] = cells[k]
            if "full" in parts and len(parts["full"].split(" ")) >= 2:
                names.add(parts["full"])
            if "first" in parts and "last" in parts:
                names.add(f"{parts['first']} {parts['last']}")
            for kind in ("first", "last"):
                word = parts.get(kind)
                if word is None:
                    continue
                if " " in word:
                    names.add(word)  # "van der Berg": looked for as a sequence of words
                elif redactor.lex.zipf(word) < 4.0 and not redactor._is_place(word) \
                        and not redactor._plain_first_name(word):
                    names.add(word)  # a first name we know is found alone anyway
    return names


# a cell holding a name: capitalised words, name particles between them ("van der Berg", "Mårtensson Al-Amin")
_PARTICLE_ALTERNATIVES = "|".join(sorted(_PARTICLES, key=len, reverse=True))
_NAME_CELL_WORD = r"\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*"  # also "O'Sullivan-Berg"
_NAME_CELL_RE = re.compile(
    rf"(?:(?:{_PARTICLE_ALTERNATIVES})[ ])*{_NAME_CELL_WORD}"
    rf"(?:[ ](?:(?:{_PARTICLE_ALTERNATIVES})[ ])*{_NAME_CELL_WORD}){{0,3}}"
)


# a line that is a role alone ("Projektledare", "Biträdande projektledare", "Processtödjare inom psykiatri")
_ROLE_HEADING_RE = plain_re.compile(r"^[ \t]*[A-ZÅÄÖ][a-zåäö]+(?:[ \t][a-zåäö]+){0,3}[ \t]*$")
# a line that is a name alone, or surname first ("Lind, Sara"), with nothing after it but blanks
_NAME_LINE_RE = re.compile(rf"[ \t]*(?P<name>{_NAME_CELL_WORD}(?:[ ](?:(?:{_PARTICLE_ALTERNATIVES})[ ])*{_NAME_CELL_WORD}){{0,3}})"
                           rf"(?:,[ ](?P<first>{_NAME_CELL_WORD}))?[ \t]*")


def _role_heading_names(text: str) -> set[str]:
    """A name on the line after a line that is a role alone, an organisation page's way to list its people:
    "Projektledare" then "Sara Lind" (or "Lind, Sara"). The role line's first or last word names a role; the
    name line is two to four capitalised words (or surname, comma, first name), none a place or an
    organisation's word, its first word no everyday word."""
    if "\n" not in text:
        return set()
    redactor = _default_redactor()
    names: set[str] = set()
    lines = text.split("\n")
    for k in range(len(lines) - 1):
        role = lines[k]
        if len(role) > 60 or not role.strip() or _ROLE_HEADING_RE.match(role) is None:
            continue
        words = role.split()
        if not (_person_word(words[0].casefold()) or _person_word(words[-1].casefold()) or len(words) > 1
                and _person_word(words[1].casefold())):
            continue
        m = _NAME_LINE_RE.fullmatch(lines[k + 1])
        if m is None:
            continue
        parts = m["name"].split(" ") + ([m["first"]] if m["first"] else [])
        if len(parts) < 2 or any(_institution_word(w) or redactor._is_place(w) for w in parts) \
                or redactor.lex.zipf(parts[-1] if m["first"] else parts[0]) >= redactor.EVERYDAY_ZIPF:
            continue
        if m["first"]:
            names.add(f"{m['first']} {m['name']}")
            names.add(m["name"])
        else:
            names.add(m["name"])
    return names


# a line that starts with a name, a comma and a role: "Sara Lind, kurator och …"
_LINE_START_ROLE_RE = re.compile(
    rf"^(?P<name>{_NAME_CELL_WORD}[ ]{_NAME_CELL_WORD}(?:[ ]{_NAME_CELL_WORD})?),[ \t](?P<role>\p{{Ll}}+)(?![\p{{L}}])",
    re.MULTILINE)


_CAPITAL_RE = re.compile(r"\p{Lu}")


def _opens_with_capital(line: str) -> bool:
    """Whether ``line`` opens with a letter of \\p{Lu} (an ASCII one told by ``str.isupper``, quicker)."""
    first = line[:1]
    return first.isupper() if first.isascii() else _CAPITAL_RE.match(first) is not None


def _may_open_with_a_name(line: str) -> bool:
    """Whether ``line`` may hold a match of :data:`_LINE_START_ROLE_RE`: a name of two or three words, which holds
    no comma, from the line's start to its first comma (so one or two spaces before it), opening with a capital,
    and a blank after that comma."""
    head, comma, rest = line.partition(",")
    return bool(comma) and rest[:1] in (" ", "\t") and 1 <= head.count(" ") <= 2 and _opens_with_capital(head)


def _line_start_role_names(text: str, lines: list[str] | None = None) -> set[str]:
    """A name opening a line, followed by a comma and a role ("Sara Lind, kommunpolitiker, …"): the first word a
    first name (known or a word we do not know), no word a place, an organisation's word or an everyday word.

    The pattern matches from a line's start within the line: it is tried only on the lines that may hold its
    match (:func:`_may_open_with_a_name`), each alone (where it ends there as on the page: no letter after the
    role, the line's end or its line break)."""
    if ", " not in text:
        return set()
    lines = text.split("\n") if lines is None else lines
    return {lines[i][:end] for i, end in _line_start_role_ends(_default_redactor(), lines)}


def _line_start_role_ends(redactor: "Redactor", lines: list[str]):
    """(index, where the name ends in the line) of each of ``lines`` that opens with a name of
    :func:`_line_start_role_names`."""
    for i, line in enumerate(lines):
        if not _may_open_with_a_name(line):
            continue
        m = _LINE_START_ROLE_RE.match(line)
        if m is None or not _person_word(m["role"].casefold()):
            continue
        words = m["name"].split(" ")
        if not (redactor._plain_first_name(words[0]) or redactor._unknown_first_name(words[0])):
            continue
        if any(_institution_word(w) or redactor._is_place(w) or redactor.lex.zipf(w) >= 4.0 for w in words[1:]) \
                or tuple(w.casefold() for w in words) in redactor.lex.place_phrases:
            continue
        yield i, m.end("name")


def _line_start_role_spans(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of the names of :func:`_line_start_role_names` ("Máret Ánne Gaup, barnrättsstrateg"):
    each read from its line's start within the line."""
    spans = []
    if ", " not in text:
        return spans
    lines = text.split("\n")
    starts = [0, *accumulate(len(line) + 1 for line in lines)]
    for i, end in _line_start_role_ends(redactor, lines):
        spans.append((starts[i], starts[i] + end))
    return spans


# words that place a person's name right after them: a photo credit ("Foto: X Y/Org"), a greeting's signature
# ("Vänliga hälsningar, X Y"), a portrait caption ("porträttbild på X Y")
_CUE_NAME_RE = re.compile(
    r"(?:(?i:foto|fotograf|bild|text|illustration|författare|skribent)[ \t]?:|(?i:hälsningar|hälsning)[ \t]?,"
    r"|(?i:porträtt|porträttbild|porträttfoto)[ \t]+(?:på|av)|(?i:skriven|skrivet|publicerad|publicerat)[ \t]+av[ \t]?:?)"
    rf"[ \t]{{1,2}}(?P<name>{_NAME_CELL_WORD}(?:[ ](?:(?:{_PARTICLE_ALTERNATIVES}|Ní|Ó|Mac|Mc)[ ])?{_NAME_CELL_WORD}){{1,2}})"
    r"(?![\p{L}\p{M}])"
)
_CUE_HINTS = ("oto:", "oto :", "ild:", "ningar,", "ning,", "orträtt", "ext:", "ext :", "llustration:", "örfattare:",
              "kribent:", "ven av", "vet av", "rad av", "rat av")


def _cue_names(text: str) -> set[str]:
    """Full names right after a credit for a photo or a text, a byline's "skrivet av", a greeting or a portrait caption (:data:`_CUE_NAME_RE`); the
    first word a first name (known or a word we do not know), no word a place, an organisation's word or an
    everyday word, nor followed by an organisation's word."""
    if not any(hint in text for hint in _CUE_HINTS):
        return set()
    redactor = _default_redactor()
    names = set()
    for m in _CUE_NAME_RE.finditer(text):
        words = m["name"].split(" ")
        if words[-1].endswith("s") and _LOWER_NEXT_RE.match(text, m.end()):
            continue  # a genitive: "Foto: Anna Lindhs minnesfond …"
        after = _NEXT_WORD_RE.match(text, m.end())
        if after is not None and _institution_word(after.group(1)):
            continue
        first = words[0]
        if not (redactor._plain_first_name(first) or redactor._unknown_first_name(first) or redactor._unknown_word(first)
                or redactor._pet_name(first)):
            continue
        if any(_institution_word(w) or redactor._is_place(w) or redactor.lex.zipf(w) >= redactor.EVERYDAY_ZIPF for w in words[1:]):
            continue
        names.add(m["name"])
    return names


# a person in a list with an organisation, a place or a role in brackets: "Hawre Qadir (Eda kommun), …"
_BRACKETED_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ ](?P<last>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)"
    r"[ ]?\((?P<inside>[^()\n]{2,60})\)"
)
_LIST_LABEL_RE = plain_re.compile(r"^[ \t]*(?i:närvarande|frånvarande|deltagare|deltog|medverkande|närvarade|styrgrupp|arbetsgrupp|referensgrupp)\w*[ \t]*:")


def _may_list_with_brackets(line: str) -> bool:
    """Whether a line may hold a list label (:data:`_LIST_LABEL_RE`: it ends in a colon) or two names with
    brackets: a line holding neither a colon nor two opening brackets gives :func:`_bracket_list_names` nothing
    and takes no line after it."""
    return ":" in line or line.count("(") >= 2


def _bracket_list_names(text: str) -> set[str]:
    """Names in a list of people, each with an organisation, a place or a role in brackets ("Närvarande: …, Hawre
    Qadir (Eda kommun), Meron Alemu (Centralsjukhuset Karlstad)"): on a line with a list label ("Närvarande:") or
    with two such items. The first word is a first name we know or a word we do not know, the second a surname
    or a word we do not know; neither an everyday word, a place or an organisation's word, and the bracket names
    an organisation, a place or a role."""
    from .redactor import Redactor  # here, not at the top: redactor imports this module
    if "(" not in text:
        return set()
    redactor = _default_redactor()
    names: set[str] = set()
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        if not _may_list_with_brackets(line):
            continue
        labelled = _LIST_LABEL_RE.match(line) is not None
        if labelled:  # a labelled list goes on to the paragraph's end (a PDF's lines break inside names)
            while k < len(lines) and lines[k].strip() and len(line) < 2000:
                line = f"{line} {lines[k].strip()}"
                k += 1
        if line.count("(") < 1 or len(line) > 2000:
            continue
        found = list(_BRACKETED_NAME_RE.finditer(line))
        if not found or len(found) < 2 and not labelled:
            continue
        for m in found:
            first, last = m.group("first"), m.group("last")
            if not (redactor._plain_first_name(first) or redactor._unknown_word(first)):
                continue
            if redactor._is_place(last) or _institution_word(last) \
                    or redactor.lex.is_common(last) and not (labelled and redactor._known_surname(last, None)):
                continue  # (a labelled list's common word that is a surname we know is one: "Kim Le (…)")
            inside = [w for w in _TOKEN_RE.findall(m.group("inside"))]
            if not any(_institution_word(w) or redactor._is_place(w) or _person_word(w.casefold()) for w in inside):
                continue
            names.add(f"{first} {last}")
            if f"{first} {last}" not in text:  # broken across lines: the page's name finder reads no such name
                names.update(w for w in (first, last) if redactor._unknown_word(w) or _alone_first_name(w))
                if all(redactor._known_surname(p, None) and redactor.lex.zipf(p) < Redactor.WORDLIKE_ZIPF
                       and not redactor._is_place(p) for p in last.split("-")):
                    names.add(last)  # a surname we know that is rarely a word ("Ek-Dahlberg")
    return names


# A line that is a person in a list: "Ulla Backe, Knivsta kommun", "Text: Oskar Dal, kommunikatör", "- Eva Fält":
# at the line's start (after a bullet, a number or a short label with a colon) two capitalised words, then the end
# of the line or a comma and a short tail (an organisation, a role) with no full stop.
_LISTED_NAME_RE = re.compile(
    r"^[ \t]*(?:[-•*·–][ \t]*|\d{1,2}[.)][ \t]*|\p{Lu}\p{Ll}{1,20}(?:[ \t]\p{Ll}{1,20})?[ \t]*:[ \t]*)?"
    r"(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]+(?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*"
    r"(?:,[ \t]*(?P<tail>[^.!?\n]{1,60}))?[ \t]*$",
    re.MULTILINE,
)
_FAST_LISTED_NAME_RE = plain_re.compile(  # the same for the standard library's engine, on pages of Latin-1 letters
    rf"^[ \t]*(?:[-•*·–][ \t]*|\d{{1,2}}[.)][ \t]*|[{_LATIN1_UPPER}][{_LATIN1_LOWER}]{{1,20}}(?:[ \t][{_LATIN1_LOWER}]{{1,20}})?[ \t]*:[ \t]*)?"
    rf"(?P<first>[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+(?:-[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+)?)[ \t]+"
    rf"(?P<last>[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+(?:-[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+)?)[ \t]*"
    r"(?:,[ \t]*(?P<tail>[^.!?\n]{1,60}))?[ \t]*$",
    plain_re.MULTILINE,
)


_TAIL_WORD_RE = re.compile(r"[\p{L}\-]*")


def _unended_lines(lines: list[str]) -> list[str]:
    """The lines that do not end a sentence: their last character but blanks is none of ".", "!" and "?" (a
    blank line is left out too). A match of :data:`_LISTED_NAME_RE` is a whole line ("^" to "$" of one line,
    none of its parts matches a line break) ending in a letter of a name or a comma and a tail holding none of
    these: it is the match of the pattern on the line alone, found only on such lines (the pattern is tried at
    the start of each line there, where it tries it on the page)."""
    return [line for line in lines if line.rstrip(" \t")[-1:] not in ".!?"]  # ('' is "in": blank lines left out)


def _listed_names(text: str, lines: list[str] | None = None) -> set[str]:
    """Full names standing alone in a list or a byline (:data:`_LISTED_NAME_RE`): there, as in a contact block, a
    known first name is enough and the surname may be an everyday word ("Ulla Backe"); never a place, an
    organisation's word ("Maria Ungdom") or a tail of more than six words (a sentence, not a list), and a first
    name the page also writes in lower case ("Per Capita" beside "per capita") only with a surname we know."""
    redactor = lower = None
    names = set()
    pattern = _LISTED_NAME_RE if _beyond_latin1(text) else _FAST_LISTED_NAME_RE
    for m in (pattern.match(line) for line in _unended_lines(text.split("\n") if lines is None else lines)):
        if m is None:
            continue
        tail = m["tail"]
        if tail is not None and len(tail.split()) > 6:
            continue
        redactor = redactor or _default_redactor()
        first, last = m["first"], m["last"]
        first_token = _evidenced_first_name(redactor, first, last)
        if first_token is None and tail is not None and _person_word(_TAIL_WORD_RE.match(tail)[0].casefold()) \
                and redactor._unknown_word(first) and redactor._unknown_word(last):
            names.add(f"{first} {last}")  # "Siriporn Chaiyasit, anhörigkonsulent": the role says a person
            continue
        if first_token is None or redactor._is_place(first):
            continue
        # a first name the page also writes as a word ("per capita", "hans barn") needs a surname we know
        lower = lower or _LowerWords(text)
        if first_token.key in lower and not redactor._known_surname(last, None):
            continue
        names.add(f"{first} {last}")
    return names


# a first name (known, or a word we do not know) before a surname written with a letter outside Latin-1
# ("X Petrović", "X Wiśniewska-Berg"): a name from abroad, whatever the name data knows of the surname
_FOREIGN_LETTER_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ ]"
    r"(?P<last>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{M}\-])"
)
_BEYOND_LATIN1_RE = plain_re.compile("[\u0100-\u024f]")  # Latin Extended-A and -B: "ć", "ł", "ş", "ğ"


def _foreign_letter_names(text: str) -> set[str]:
    """Full names whose surname holds a letter of Latin Extended-A or -B (names of the build, so the first name
    alone goes too when the data does not know it: :func:`_names_alone`). The first word is a first name we know,
    or a word we do not know written without å, ä and ö before a surname we know (after a role's word, the
    surname alone: "Samordnaren Hadžić"); the surname no place, organisation's word or word."""
    if not _BEYOND_LATIN1_RE.search(text):
        return set()
    redactor = _default_redactor()
    names = set()
    for hit in _BEYOND_LATIN1_RE.finditer(text):
        line_start = text.rfind("\n", 0, hit.start()) + 1
        for m in _FOREIGN_LETTER_NAME_RE.finditer(text, max(line_start, hit.start() - 60), hit.end() + 40, overlapped=True):
            if not (m.start("last") <= hit.start() < m.end("last")):
                continue
            first, last = m["first"], m["last"]
            role = _person_word(first.casefold())  # "Samordnaren Hadžić": the role's word is no first name
            if not (redactor._plain_first_name(first)
                    or redactor._unknown_first_name(first) and redactor._known_surname(last, None)):
                continue
            if any(redactor._is_place(p) or _institution_word(p) or redactor.lex.is_common(p) for p in last.split("-")):
                continue
            names.add(last if role and not redactor._plain_first_name(first) else f"{first} {last}")
    return names


def _lower_first_name(redactor: "Redactor", words: list[str]) -> bool:
    """Whether ``words`` are a full name written in lower case ("kenneth åberg") whose first word is a first name
    the data knows and no everyday word: the page writes its people in lower case, so alone it is the person."""
    first = words[0]
    return all(w.islower() for w in words) and len(first) >= 3 and first.isalpha() \
        and redactor._plain_first_name(first.capitalize()) and redactor.lex.zipf(first) < 4.0


# a name column's cell with initials: "s. lind", "Lind S.", "LIND S"
_CELL_INITIAL_RE = re.compile(
    r"(?:\p{Lu}\.?(?:-\p{Lu}\.?)?[ ](?P<after>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)"
    r"|(?P<before>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)[ ]\p{Lu}\.?(?:-\p{Lu}\.?)?)")


def _cased_name_cell(redactor: "Redactor", cell: str, names: set[str]) -> str:
    """A name column's cell written in capitals or in lower case, in title case ("JOHANSSON ANNA-KARIN" as
    "Johansson Anna-Karin"); with one initial ("a. lind") its surname, and of a lower-case full name a first name
    we know, go to ``names`` alone."""
    titled = cell.title()
    words = cell.split()
    if len(words) >= 2 and _lower_first_name(redactor, words):
        names.add(words[0])  # "kenneth åberg": the page may write "kenneth" alone, in lower case too
    m = _CELL_INITIAL_RE.fullmatch(titled)
    if m is not None:
        last = m["after"] or m["before"]
        if redactor.lex.zipf(last) < 4.0 and not redactor._is_place(last) and not _institution_word(last):
            names.add(last.lower() if cell.islower() else last)
    return titled


_FINITE_VERB_ENDINGS = ("ar", "er", "ir", "or", "ur", "de", "te", "dde", "tt")
_FINITE_VERBS = frozenset({"är", "har", "kan", "ska", "vill", "måste", "får", "fick", "blev", "var", "gick", "sa"})


def _unknown_pair_before_verb(text: str, m) -> bool:
    """Two words we do not know between commas before a verb ("En av dem, X Y, pratar …"): a person whatever the
    name's origin (words of the word list, places and organisations' words are no such words)."""
    words = m["name"].split(" ")
    if len(words) != 2 or _SWEDISH_ONLY_LETTERS.intersection(words[0].casefold()):
        return False
    after = _NEXT_WORD_RE.match(text, m.end("name") + 1)
    if after is None:
        return False
    verb = after[1]
    if not (verb in _FINITE_VERBS or verb.endswith(_FINITE_VERB_ENDINGS) and len(verb) >= 4):
        return False
    redactor = _default_redactor()
    return all(redactor._unknown_word(w) for w in words)


# an item of a list of people: two or three capitalised words first, then its end, a bracket, a comma or a dash
_PARTICIPANT_ITEM_RE = re.compile(
    rf"[ \t]*(?:[-•*·–][ \t]*|\d{{1,2}}[.)][ \t]*)?(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,2}})"
    r"[ \t]*(?:$|[(,;]|[\u2013\u2014-][ \t])")
_BULLET_RE = plain_re.compile(r"[ \t]*(?:[-•*·–]|\d{1,2}[.)])[ \t]")


def _participant_list_names(lines: list[str]) -> set[str]:
    """Names in a list of people after its label ("Deltagare: A B, C D", or one a line below it: "- A B, Norrby
    kommun"), whatever the name's origin: each word a name's part (:func:`_name_part`), the first no everyday
    word, the words together no place's name."""
    names: set[str] = set()
    redactor = None
    k = 0
    while k < len(lines):
        line = lines[k]
        k += 1
        if ":" not in line or _LIST_LABEL_RE.match(line) is None:
            continue
        items = plain_re.sub(r"\([^()\n]*\)", "", line.split(":", 1)[1]).split(",")
        if not items[-1].strip():
            while k < len(lines) and _BULLET_RE.match(lines[k]):
                items.append(lines[k])
                k += 1
        redactor = redactor or _default_redactor()
        for item in items:
            m = _PARTICIPANT_ITEM_RE.match(item)
            if m is None:
                continue
            words = m["name"].split(" ")
            if tuple(w.casefold() for w in words) in redactor.lex.place_phrases \
                    or not all(_name_part(redactor, w) for w in words):
                continue
            if redactor._plain_first_name(words[0]) or not redactor.lex.is_common(words[0]) \
                    and all(redactor._known_surname(w, None) or not redactor.lex.is_common(w) for w in words[1:]):
                names.add(m["name"])
    return names


# --- initials, user names and cells the page's layout places as a person's -------------------------------------------
# initials credited for a text or a picture, spaced or hyphenated, ending the line or before the next credit:
# "Text: T Ö-N", "Foto: A B | Text: …", "Bild: K.-L. O."
_CREDIT_SPACED_RE = plain_re.compile(
    r"(?<![^\W\d_])(?:Text|Foto|Bild|Illustration|Grafik|Foto och text|Text och foto|Text och bild)[ \t]*:[ \t]{0,2}"
    r"(?P<initials>[A-ZÅÄÖ]\.?(?:(?: |-|\. ?|\.-)[A-ZÅÄÖ]\.?){1,3})(?=[ \t]*(?:$|[|/,;]))", plain_re.MULTILINE)
# one capital signed after a slash, after a closing greeting on the same line or the line before: "Hälsningar /M"
_SLASH_CAPITAL_END_RE = plain_re.compile(r"/[A-ZÅÄÖ](?=[ \t]*(?:\n|$))")
_GREETING_BEFORE_RE = plain_re.compile(
    r"(?<![^\W\d_])(?i:hälsningar|hälsning|mvh|vh|hälsar|tack)[ \t]*[,!.]?(?:[ \t]{1,3}|[ \t]*\n[ \t]*)$")
# a lone capital thanked or greeted, then "!" or the line's end: "Tack G!", "Hej K!", "Tack till B!"
# (found by the capital and what follows it, the greeting looked for before it)
_LONE_CAPITAL_RE = plain_re.compile(r"[ \t,][A-ZÅÄÖ](?=[ \t]*(?:!|\n|$))")
_GREETED_BEFORE_RE = plain_re.compile(
    r"(?<![^\W\d_])(?:Tack|tack|Hej|hej|Hälsningar|hälsningar|Mvh|mvh)(?:[ \t](?:till|så mycket|igen))?[ \t,]{0,1}$")
# a user name after a label of who sent, filled in, reviewed or changed a form, in the cell after the label's
# ('"Inskickat av";"k.lind"', "Ifylld av | a_berg") or after the label and a date ("Senast uppdaterad
# 2023-01-02 av ab/cd"): letters with dots or underscores between them, or lower-case initials joined by slashes
_AGENT_LABEL = (r"(?i:inskickat|inskickad|ifyllt|ifylld|besvarat|besvarad|registrerat|registrerad|granskat|"
                r"granskad|uppdaterat|uppdaterad|ändrat|ändrad|sammanställt|sammanställd|skrivet|skriven|publicerat|"
                r"publicerad|inlagt|inlagd|rapporterat|rapporterad|utskriven|utskrivet|skapad|skapat|exporterad|exporterat|"
                r"sparad|sparat|redigerad|redigerat|godkänd|godkänt)")
_AGENT_LOGIN_RE = plain_re.compile(
    rf"(?<![^\W\d_]){_AGENT_LABEL}(?:[ \t]+(?:19|20)\d\d-\d\d-\d\d)?[ \t]+av[ \t]?:?"
    r"(?:[ \t]*\"?[ \t]*[;\t|][ \t]*\"?[ \t]*|[ \t]{1,2})"
    r"(?P<login>[a-z][a-z0-9]*(?:[._][a-z0-9\-]+)+|[a-zåäö]{1,3}(?:/[a-zåäö]{1,3})+)(?![\w@/]|\.[A-Za-z])")
# what every match holds: "av", maybe a cell's end, and a user name's start with its dot, underscore or slash
_AGENT_HINT_RE = plain_re.compile(r"av[ \t]?:?(?:[ \t]*\"?[ \t]*[;\t|][ \t]*\"?[ \t]*|[ \t]{1,2})[a-zåäö][a-z0-9]*[._/]")
# what every match holds on its line (the user name searched on those lines only: _matches_on_hinted_lines): the
# same, or a user name of the second kind's start ("aö/"); no match holds a line break or reads one as a letter,
# a digit, "@", "/" or a dot
_AGENT_LINE_HINT_RE = plain_re.compile(
    r"av[ \t]?:?(?:[ \t]*\"?[ \t]*[;\t|][ \t]*\"?[ \t]*|[ \t]{1,2})(?:[a-zåäö][a-z0-9]*[._/]|[a-zåäö]{1,3}/)")
# a user name opening a comment on its line, before a colon: "sara_k85: Så fint!", "kalle.b77: …" (an underscore,
# or a dot and a digit; the rest letters and digits)
_COMMENT_LOGIN_RE = plain_re.compile(
    r"[ \t]*(?P<login>[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9]|[a-z]{2,}\.[a-z]*\d{1,4}|[a-z]{3,}\d{2,4})[ \t]*:[ \t]+\S")
_COMMENT_LOGIN_HINT_RE = plain_re.compile(r":[ \t](?<=[a-z0-9]:[ \t])")  # its colon (then read from its line's start)
# a name on the line under a closing greeting that ends its line: "Med vänliga hälsningar\nKicki Ek", "Kram!\nJocke"
_CLOSING_SIGNATURE_RE = re.compile(
    r"(?<![\p{L}])(?i:hälsningar|hälsning|mvh|vh|kram|kramar)[ \t]*[,!.]?[ \t]*\n[ \t]*"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:[ ]\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){0,2})[ \t]*(?=\n|$)")
# a comment's author alone before its time stamp, maybe a bracket between: "kim_88 2023-04-01 21:40",
# "Jocke (förälder) 2023-04-02 kl. 08.15"; a name (no user name) needs the time too
_COMMENT_AUTHOR_RE = re.compile(
    r"^[ \t]*(?P<who>[\p{L}\p{N}_.\-]{2,30})(?:[ \t]+\([^()\n]{1,40}\))?[ \t,]+(?:19|20)\d\d-[01]\d-[0-3]\d"
    r"(?:[ \t,]+(?:kl\.?[ \t]?)?(?P<time>[0-2]?\d[:.][0-5]\d))?[ \t]*$", re.MULTILINE)
# (the digit before the first dash looked for after it: the engine then skips to the dashes; a match starts one
# character later than with the digit first, on the same line, which is all that is read of it)
_COMMENT_STAMP_HINT_RE = plain_re.compile(r"-(?<=\d-)[01]\d-[0-3]\d(?:[ \t,]+(?:kl\.?[ \t]?)?[0-2]?\d[:.][0-5]\d)?[ \t]*(?:\n|$)")
# a table's cell holding a surname and a first name in lower case: "| lind, karin |", ';"ek, anna";'
# (found by the comma and the first name ending the cell, the surname looked for before it)
_LOWER_FIRST_CELL_END_RE = plain_re.compile(r",[ ](?P<first>[a-zåäöéü]{2,}(?:-[a-zåäöéü]{2,})?)\"?[ \t]*(?=[|;\t]|\n|$)")
_LOWER_SURNAME_CELL_START_RE = plain_re.compile(r"(?:^|[|;\t\n])[ \t]*\"?(?P<last>[a-zåäöéü]{2,}(?:-[a-zåäöéü]{2,})?)$")


def _comment_author_spans(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """A comment's author alone on the line of its time stamp (:data:`_COMMENT_AUTHOR_RE`): a user name with an
    underscore or a digit, or, with the time, a first name (known, a pet name, a word we do not know)."""
    if not ("-0" in text or "-1" in text):  # (a date's month)
        return []
    spans = []
    for hint in _COMMENT_STAMP_HINT_RE.finditer(text):  # a date ending its line; the line then read from its start
        m = _COMMENT_AUTHOR_RE.match(text, text.rfind("\n", 0, hint.start()) + 1)
        if m is None:
            continue
        who = m["who"]
        if any(ch == "_" or ch.isdigit() for ch in who) and not who.isdigit() \
                or m["time"] and (redactor._plain_first_name(who) or redactor._pet_name(who)
                                  or redactor._unknown_first_name(who)):
            spans.append(m.span("who"))
    return spans


def _matches_on_hinted_lines(hint_re, pattern, text: str):
    """The matches of ``pattern`` in ``text``, searched only on the lines holding a match of ``hint_re``: the same
    as a search of the whole text for a pattern that holds no line break, whose every match holds a match of the
    hint on its line, and whose look-arounds read a line break as they read the text's start or end (a line
    searched alone: the look-behind still reads the line break before it; the search's end reads as the end of the
    text, a line break for a look-ahead that takes either). The search no longer tries the pattern at every
    character of a long page."""
    searched = -1  # the end of the last line searched
    for hint in hint_re.finditer(text):
        if hint.start() < searched:
            continue
        start = text.rfind("\n", 0, hint.start()) + 1
        searched = text.find("\n", hint.end())
        if searched < 0:
            searched = len(text)
        yield from pattern.finditer(text, start, searched)


def _layout_person_spans(redactor: "Redactor", text: str, greeted: bool) -> list[tuple[int, int]]:
    """Initials, user names and names that the page's layout places as a person's (see the patterns above); each
    reads within one line or two, so a part of a page finds here what it would find alone. ``greeted``: whether
    ``text`` holds one of _GREETING_HINTS."""
    spans: list[tuple[int, int]] = []
    if ":" in text and any(hint in text for hint in _CREDIT_HINTS):
        spans += [m.span("initials") for m in _CREDIT_SPACED_RE.finditer(text)]
    if "/" in text:
        for m in _SLASH_CAPITAL_END_RE.finditer(text):
            if _GREETING_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
                spans.append(m.span())
    for m in _LONE_CAPITAL_RE.finditer(text):
        if _GREETED_BEFORE_RE.search(text, max(0, m.start() - 30), m.start() + (m[0][0] == ",")):
            spans.append((m.end() - 1, m.end()))
    if " av" in text and _AGENT_HINT_RE.search(text):
        spans += [m.span("login") for m in _matches_on_hinted_lines(_AGENT_LINE_HINT_RE, _AGENT_LOGIN_RE, text)]
    for hint in _COMMENT_LOGIN_HINT_RE.finditer(text) if ":" in text else ():
        m = _COMMENT_LOGIN_RE.match(text, text.rfind("\n", 0, hint.start()) + 1)
        if m is not None and m.end("login") >= hint.start():
            login = m["login"]
            letters = login.rstrip("0123456789").rstrip(".")
            if "_" in login or not redactor.lex.is_common(letters) or letters in redactor.lex.first_sv:
                spans.append(m.span("login"))  # "bilaga12: …" is a word and a number
    if greeted and "\n" in text:
        for m in _CLOSING_SIGNATURE_RE.finditer(text):
            words = m["name"].split(" ")
            if (redactor._plain_first_name(words[0]) or redactor._pet_name(words[0])
                    or redactor._unknown_first_name(words[0])) and all(_name_part(redactor, w) for w in words[1:]):
                spans.append(m.span("name"))
    spans += _comment_author_spans(redactor, text)
    if ", " in text and ("|" in text or ";" in text or "\t" in text):
        lex = redactor.lex
        for m in _LOWER_FIRST_CELL_END_RE.finditer(text):
            before = _LOWER_SURNAME_CELL_START_RE.search(text, max(0, m.start() - 40), m.start())
            if before is None:
                continue
            first, last = m["first"], before["last"]
            if all(p in lex.first_sv or p in lex.first_other for p in first.split("-")) \
                    and lex.zipf(first) < redactor.EVERYDAY_ZIPF \
                    and all(p in lex.surnames or not lex.is_common(p) for p in last.split("-")) \
                    and not redactor._is_place(last) and not _institution_word(last):
                spans.append((before.start("last"), m.end("first")))
    return spans


# a table's row flattened to text: cells split by tabs or " | " (two cells or more)
_ROW_SEPARATORS = ("\t", " | ")
# a cell written surname first: "Hosseini Rad, M.", "al-Hashimi, Yasir", "van der Berg, Maaike", "O'Connor, L."
_ROW_NAME_WORD = r"(?:\p{Ll}{1,3}-)?\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*"
_ROW_SURNAME_FIRST_RE = re.compile(
    rf"(?P<last>(?:(?:{_PARTICLE_ALTERNATIVES})[ ])*{_ROW_NAME_WORD}(?:[ ]{_ROW_NAME_WORD}){{0,2}}),[ ]"
    rf"(?P<first>\p{{Lu}}\.(?:[ -]?\p{{Lu}}\.)?|{_ROW_NAME_WORD}(?:[ -]{_ROW_NAME_WORD}){{0,2}})")
# a cell in lower case of two or three words: "jaana mäkelä"
_ROW_LOWER_NAME_RE = re.compile(r"\p{Ll}[\p{Ll}\p{M}]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?(?:[ ]\p{Ll}[\p{Ll}\p{M}]+(?:-\p{Ll}[\p{Ll}\p{M}]+)?){1,2}")
_ROW_CONTACT_HINTS = ("@", "[at]", "(at)")


def _row_cells(line: str) -> tuple[str, list[str]] | None:
    """(separator, cells) of a line that is a table's row: two cells or more split by a tab or " | "."""
    for separator in _ROW_SEPARATORS:
        if separator in line:
            cells = [_TABLE_CELL_REMARK_RE.sub("", cell.strip().strip('"')).strip()
                     for cell in line.strip().strip("|").split(separator)]
            if len(cells) >= 2:
                return separator, cells
    return None


def _contact_cell(cell: str) -> bool:
    """Whether a row's cell holds a phone number or an e-mail address (a person's contact)."""
    return any(hint in cell for hint in _ROW_CONTACT_HINTS) or sum(ch.isdigit() for ch in cell) >= 6 \
        and _PHONE_RE.search(cell) is not None


def _row_cell_names(redactor: "Redactor", cell: str, evidence: bool) -> set[str]:
    """The names a table's cell holds when its row or column places a person (``evidence``: a contact in the row,
    a person's header over the column, other names surname first in it): surname first with a first name or an
    initial ("Hosseini Rad, M.": the surname, and "first last"), lower case with no everyday word ("jaana
    mäkelä"), or two to four capitalised words none a place or an organisation's word, each a name's part we know
    or a word we do not know ("Sanna Aikio", not "Region Dalarna", "Onkologen Falun")."""
    if not evidence or not cell or any(ch.isdigit() for ch in cell):
        return set()
    m = _ROW_SURNAME_FIRST_RE.fullmatch(cell)
    if m is not None:
        last, first = m["last"], m["first"]
        words = [w for w in last.split(" ") if w not in _PARTICLES]
        if any(_institution_word(w) or redactor._is_place(w) for w in words) or _institution_word(first):
            return set()
        if len(words) == 1 and redactor.lex.zipf(words[0]) >= redactor.EVERYDAY_ZIPF:
            return set()
        if first.endswith("."):
            return {last}
        names = {last, f"{first} {last}"}
        if all(_name_part(redactor, w) for w in first.split(" ")) and redactor.lex.zipf(first) < 4.0:
            names.add(first)  # "Okafor, Chinwe": the page writes the first name alone after the comma
        return names
    if cell.islower():
        if _ROW_LOWER_NAME_RE.fullmatch(cell) is not None and not any(
                redactor.lex.is_common(w) or redactor._is_place(w.title()) for w in cell.split(" ")):
            return {cell}
        return set()
    if _NAME_CELL_RE.fullmatch(cell) is None:
        return set()
    words = [w for w in cell.split(" ") if w not in _PARTICLES]
    if len(words) < 2 or not all(_name_part(redactor, w) for w in words) \
            or redactor.lex.zipf(words[0]) >= redactor.EVERYDAY_ZIPF:
        return set()
    return {cell}


def _table_row_names(text: str, lines: list[str] | None = None) -> set[str]:
    """Names in the rows of a table flattened to text (cells split by tabs or " | "), read once per text as a row
    structure: a cell is a person's name (:func:`_row_cell_names`) when its row holds a phone number or an e-mail
    address in another cell, when the column's header is a person's word ("Barnombud", "Kontaktperson", "Namn"),
    or when other cells of its column are names written surname first ("Contreras Muñoz, D." … "Sanna Aikio").
    Only a text with a tab or " | " is read."""
    if "\t" not in text and " | " not in text:
        return set()
    lines = text.split("\n") if lines is None else lines
    redactor = _default_redactor()
    names: set[str] = set()
    block: list[list[str]] = []
    separator = None
    for line in [*lines, ""]:
        row = _row_cells(line) if ("\t" in line or " | " in line) else None
        if row is not None and (separator is None or row[0] == separator):
            separator = row[0]
            block.append(row[1])
            continue
        if not line.strip() and row is None and block:
            continue  # blank lines between rows, as pages made from HTML write them
        if block:
            names |= _block_row_names(redactor, block)
        block, separator = ([row[1]], row[0]) if row is not None else ([], None)
    if block:
        names |= _block_row_names(redactor, block)
    return names


def _block_row_names(redactor: "Redactor", block: list[list[str]]) -> set[str]:
    """The names of one table's rows (:func:`_table_row_names`)."""
    header = block[0]
    person_columns = {k for k, cell in enumerate(header) if " " not in cell and cell and (
        _NAME_HEADERS.get(cell.casefold()) == "full" or _person_word(cell.casefold()))}
    rows = block[1:] if person_columns else block  # a header with no person's word reads as a row: no name in it
    surname_first_columns = set()
    width = max(len(r) for r in rows) if rows else 0
    for k in range(width):
        listed = sum(1 for r in rows if k < len(r) and _ROW_SURNAME_FIRST_RE.fullmatch(r[k]) is not None)
        if listed >= 2:
            surname_first_columns.add(k)
    names: set[str] = set()
    for cells in rows:
        contact = any(_contact_cell(c) for c in cells)
        for k, cell in enumerate(cells):
            if contact and _contact_cell(cell):
                continue
            evidence = contact or k in person_columns or k in surname_first_columns
            names |= _row_cell_names(redactor, cell, evidence)
    return names
