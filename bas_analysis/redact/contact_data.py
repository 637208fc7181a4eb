"""Contact data: e-mail addresses, phone numbers, personal identity numbers and home addresses.

In:  a text.
Out: the spans (start, end, placeholder) of e-mail addresses (plain, obfuscated, spelled with words, wrapped
     after the "@"; the lines holding an "at": ``_at_lines``), Swedish phone numbers (also cut, wrapped,
     with an extension, a bracketed code), personal identity numbers (validated, labelled, beside a name) and
     street addresses that a cue makes a home.
"""

from __future__ import annotations

import re as plain_re
import regex as re

from .text import ADDRESS, _lower, NAME, PERSONAL_NUMBER, PHONE, _recall, _recalled, _touches


# --- e-mail addresses, plain and obfuscated; the lines holding an "at" -----------------------------------------------
_LOCAL_CHAR = r"[\p{L}\p{M}\p{N}_%+'’.\-]"
_LABEL = r"[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}\-]{0,62})"
_AT_WORD = r"(?:@|＠|﹫|at|a|snabel[- ]?a)"
_AT = (
    r"(?:[ \t]{0,3}(?:@|＠|﹫|&\#0*64;|&\#[xX]0*40;|&commat;"
    rf"|[\[［][ \t]?(?i:{_AT_WORD})[ \t]?[\]］]|\([ \t]?(?i:{_AT_WORD})[ \t]?\)|\{{[ \t]?(?i:{_AT_WORD})[ \t]?\}}|<[ \t]?(?i:at)[ \t]?>|\#(?i:at|a)\#)[ \t]{{0,3}}"
    r"|[ \t]{1,3}(?i:at|snabel[- ]?a)[ \t]{1,3})"
)
_DOT_WORD = r"(?:\.|dot|punkt)"
_DOT = (
    r"(?:\.(?=[\p{L}\p{N}])|[ \t]{1,3}\.[ \t]{0,3}(?=\p{Ll})|\.[ \t]{1,3}(?=\p{Ll}{2,6}\b)|．|。"
    r"|[ \t]{0,3}(?:&\#0*46;|&\#[xX]0*2[eE];|&period;"
    rf"|\[[ \t]?(?i:{_DOT_WORD})[ \t]?\]|\([ \t]?(?i:{_DOT_WORD})[ \t]?\)|\{{[ \t]?(?i:{_DOT_WORD})[ \t]?\}})[ \t]{{0,3}}"
    r"|[ \t]{1,3}(?i:dot|punkt)[ \t]{1,3})"
)
_EMAIL_RE = re.compile(
    rf"(?<!{_LOCAL_CHAR})[\p{{L}}\p{{M}}\p{{N}}_]{_LOCAL_CHAR}{{0,63}}{_AT}{_LABEL}(?:{_DOT}{_LABEL}){{1,8}}(?![\p{{L}}\p{{N}}])"
)
# Every e-mail address holds an "at" (its pattern, alone): a text without one needs no look for addresses,
# which costs as much as all the rest of redaction (the local part is tried at every word).
_AT_RE = re.compile(_AT)


# Every "at" holds one of these (a sign, the start of an entity, a bracket before the first letter of an "at"
# word, or "at" or "snabel-a" between blanks): a line without one holds none, and this is found faster than the
# "at" pattern itself.
_AT_HINT_RE = re.compile(r"[@＠﹫&]|\#(?i:a)|[\[({<［][ \t]?(?:[@＠﹫]|(?i:a|s))|[ \t](?i:at|snabel[- ]?a)[ \t]")


def _at_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text`` holding an "at" (line break not included).

    Only the lines with a hint of one (``_AT_HINT_RE``) are searched for an "at"; the "at" pattern holds no
    line break and looks at nothing around its match, so a line holds one exactly when a search of the line
    alone finds one (tests/test_redact_fast_paths.py compares this with a search of the whole text)."""
    return [(start, end) for start, end, _ in _at_line_hits(text)]


_AT_HINT_FIRSTS = "@＠﹫&#[({<［"  # where a hint starts but for its blank before a word


def _at_hint_starts(text: str) -> list[int]:
    """Where a hint (:data:`_AT_HINT_RE`) may start, in order: at a character of :data:`_AT_HINT_FIRSTS`, or at a
    blank before "at" and a blank, or before "snabel" (in any case: found in the page in lower case, where only
    "A", "T", "S", … lower to "a", "t", "s", … and where they stay, but for the long s "ſ", which the pattern
    reads as an "s": then, and for a page that lowers to another length, every blank). A page's first characters
    are found by ``str.find``, much quicker than a search of the pattern, which tries every blank."""
    starts = []
    for ch in _AT_HINT_FIRSTS:
        i = text.find(ch)
        while i >= 0:
            starts.append(i)
            i = text.find(ch, i + 1)
    low = _lower(text)
    if len(low) != len(text) or "\u017f" in text:
        starts += [i for i, ch in enumerate(text) if ch in " \t"]
        return sorted(starts)
    i = low.find("at", 1)
    while i >= 0:
        if low[i - 1] in " \t" and low[i + 2:i + 3] in (" ", "\t"):
            starts.append(i - 1)
        i = low.find("at", i + 1)
    i = low.find("snabel", 1)
    while i >= 0:
        if low[i - 1] in " \t":
            starts.append(i - 1)
        i = low.find("snabel", i + 1)
    return sorted(starts)


def _at_line_hits(text: str) -> list[tuple[int, int, int]]:
    """(start, end, where its first "at" starts) of every line of ``text`` holding an "at" (see :func:`_at_lines`).

    The lines holding a hint are those holding a place where the hint pattern matches (:func:`_at_hint_starts`
    finds every place where one may start; a hint, as the "at", holds no line break). The last text's lines are
    kept: a page's passes (its context's, its e-mail addresses', its own) ask for the same page's lines six times."""
    kept = _recalled(_LAST_AT_LINE_HITS, text)
    if kept is not None:
        return list(kept)
    lines: list[tuple[int, int, int]] = []
    searched = -1  # the end of the last line searched
    for position in _at_hint_starts(text):
        if position < searched:
            continue
        hint = _AT_HINT_RE.match(text, position)
        if hint is None:
            continue
        start = text.rfind("\n", 0, hint.start()) + 1
        end = text.find("\n", hint.end())
        searched = len(text) if end < 0 else end
        at = _AT_RE.search(text, start, searched)
        if at:
            lines.append((start, searched, at.start()))
    _recall(_LAST_AT_LINE_HITS, text, tuple(lines))
    return lines


_LAST_AT_LINE_HITS: list = []  # the last texts whose lines _at_line_hits found, and them


# The most characters an address's local part holds before its "at" (``_EMAIL_RE``: one, then up to 63)
_LOCAL_PART_MAX = 64


def _email_spans(text: str, lines: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of every e-mail address in ``text``. An address holds an "at" and no line break (none of
    its parts matches one), so only the lines with an "at" (``lines``, else :func:`_at_lines`) are searched:
    the same addresses as a search of the whole text, without trying the local part at every word of a long
    page.

    A line is searched from _LOCAL_PART_MAX characters before its first "at" (the leftmost place the "at"
    pattern matches in it): an address's "at" (which the pattern alone matches there too, looking at nothing
    around it) starts right after its local part, no sooner than that first one, so no address starts
    before; the address pattern's look-behind reads the characters before where a search starts, so the
    search finds the same addresses as one from the line's start (tests/test_redact_fast_paths.py compares)."""
    if lines is None:
        kept = _recalled(_LAST_EMAIL_SPANS, text)
        if kept is not None:
            return list(kept)  # (the page's passes ask for the same page's addresses more than once)
    out: list[tuple[int, int]] = []
    if lines is None:
        hits = _at_line_hits(text)
    else:
        hits = [(start, end, _AT_RE.search(text, start, end)) for start, end in lines]
        hits = [(start, end, at.start()) for start, end, at in hits if at]
    for start, end, first_at in hits:
        out += [(m.start(), m.end()) for m in _EMAIL_RE.finditer(text, max(start, first_at - _LOCAL_PART_MAX), end)]
    if lines is None:
        _recall(_LAST_EMAIL_SPANS, text, tuple(out))
    return out


_LAST_EMAIL_SPANS: list = []  # the last texts whose addresses _email_spans found, and them (see _recalled)


# --- e-mail addresses spelled with words, swapped, wrapped after the "@" ---------------------------------------------
# an e-mail address spelled out: "tove.sandgren på dorotea.se", "meron punkt alemu vid regionvarmland punkt se"
# (found from the end: the top-level domain, then the rest before it)
_SPELLED_TLD_RE = plain_re.compile(r"\.(?:se|nu|com|org|net|eu|fi|no|dk)(?![^\W_])")
_SPELLED_WORD_TLD_RE = plain_re.compile(r"[ \t]{1,2}(?:punkt|dot)[ \t]{1,2}(?:se|nu|com|org|net|eu|fi|no|dk)(?![^\W_])|[\[(](?:punkt|dot)[\])][ \t]?(?:se|nu|com|org|net|eu|fi|no|dk)(?![^\W_])")
# every spelled address holds one of these words for its "at" (a bracketed one the e-mail pattern finds)
_SPELLED_AT_HINTS = (" på ", " vid ", " hos ", " at ", "snabel", "(at)", "[at]", "{at}", "(@)", "[@]")
_SPELLED_WORD = r"[^\W_](?:[\w\-]{0,40}[^\W_])?"
_SPELLED_DOT = r"(?:\.|[ \t]{1,2}(?:punkt|dot)[ \t]{1,2}|[ \t]?[\[(](?:punkt|dot)[\])][ \t]?)"
_SPELLED_DOT_RE = plain_re.compile(_SPELLED_DOT, plain_re.IGNORECASE)
_SPELLED_ADDRESS_RE = plain_re.compile(
    rf"(?<![\w.@\-])(?P<local>{_SPELLED_WORD}(?:{_SPELLED_DOT}{_SPELLED_WORD}){{0,3}})"
    r"(?P<at>[ \t]{1,2}(?:på|vid|hos|at|snabel[ \-]?a)[ \t]{1,2}|[ \t]?[\[({](?:at|snabel-?a|@)[\])}][ \t]?"
    r"|[\"'\u201c\u201d\u2019][ \t]{1,2}(?:at|snabel[ \-]?a|@)[ \t]{1,2}[\"'\u201c\u201d\u2018])"  # '"x.y" snabel-a "kommun.se"'
    rf"(?P<domain>{_SPELLED_WORD}(?:{_SPELLED_DOT}{_SPELLED_WORD}){{0,3}})\Z",
    plain_re.IGNORECASE,
)
_SPELLED_TLDS = frozenset({"se", "nu", "com", "org", "net", "eu", "fi", "no", "dk", "www"})


def _spelled_email_spans(text: str) -> list[tuple[int, int]]:
    """E-mail addresses spelled out with words (see above). With "på", "vid" or "hos" for the "at", the part
    before it must hold a dot ("x.y på domän.se"; "Läs mer på kommun.se" is no address)."""
    if not (".se" in text or "punkt" in text or ".nu" in text or ".com" in text or ".org" in text or " dot " in text):
        return []
    spans = []
    tlds = list(_SPELLED_TLD_RE.finditer(text)) if "." in text else []
    if "punkt" in text or "dot" in text:
        tlds += _SPELLED_WORD_TLD_RE.finditer(text)
    for tld in tlds:
        window = max(0, tld.start() - 160, text.rfind("\n", 0, tld.start()) + 1)
        if not any(hint in text[window:tld.start()] for hint in _SPELLED_AT_HINTS):
            continue
        m = _SPELLED_ADDRESS_RE.search(text, window, tld.start())
        if m is None:
            continue
        local = _SPELLED_DOT_RE.split(m.group("local"))
        if m.group("at").strip(" \t").casefold() in ("på", "vid", "hos") and len(local) < 2:
            continue
        if any(part.casefold() in _SPELLED_TLDS for part in local):
            continue  # "kommun.se på …": a web address before the word
        spans.append((m.start(), tld.end()))
    return spans


# "x.y#kommun.se (byt # mot @)": the text says which sign stands for the "at"
_SWAP_HINT_RE = plain_re.compile(r"(?i:byt|ersätt)[ \t]+(?P<sign>[^\w\s@]{1,3})[ \t]+(?i:mot|med)[ \t]+@")


def _swapped_at_spans(text: str) -> list[tuple[int, int]]:
    """E-mail addresses whose "at" is another sign the text names ("… (byt # mot @)")."""
    spans = []
    for hint in _SWAP_HINT_RE.finditer(text):
        sign = plain_re.escape(hint.group("sign"))
        pattern = plain_re.compile(rf"(?<![\w.%+\-])[\w][\w.%+\-]{{0,63}}{sign}[\w\-]{{1,63}}(?:\.[\w\-]{{1,63}}){{1,8}}(?![\w])")
        spans += [m.span() for m in pattern.finditer(text)]
    return spans


# an e-mail address wrapped right after its "at" ("sehriban.dogan@" / "vanersborg.se" on the next line)
_WRAPPED_AT_EMAIL_RE = re.compile(
    r"(?<![\p{L}\p{N}_.%+\-])[\p{L}\p{N}_%+\-]+(?:\.[\p{L}\p{N}_%+\-]+)*@[ \t]{0,2}\n[ \t]{0,4}"
    r"[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,62})(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}\-]{0,62}))*\.\p{L}{2,6}(?![\p{L}\p{N}])")


def _wrapped_at_email_spans(text: str) -> list[tuple[int, int]]:
    """E-mail addresses a line break cuts right after the "@" (looked for only where "@" ends a line)."""
    if "@\n" not in text and "@ \n" not in text:
        return []
    spans = []
    for cut in ("@\n", "@ \n"):
        position = text.find(cut)
        while position >= 0:
            line_start = text.rfind("\n", 0, position) + 1
            m = _WRAPPED_AT_EMAIL_RE.search(text, max(line_start, position - 80), min(len(text), position + 90))
            if m is not None and m.start() <= position < m.end():
                spans.append(m.span())
            position = text.find(cut, position + 1)
    return spans


# --- phone numbers: plausible, cut, wrapped, labelled, with an extension or a bracketed code -------------------------
# Any dash (hyphen, U+2010-2015, minus U+2212, non-breaking hyphen U+2011), dot or slash, with spaces.
_SEP = r"(?:[ \t]{0,2}[.\-/\u2010-\u2015\u2212][ \t]{0,2}|[ \t]{1,2})"
# a dash that ends a line inside a number, the rest on the next line ("mobil 070-\n555 18 94": a wrapped line)
_LINE_BREAK_SEP = r"[ \t]{0,2}[\-\u2010-\u2015\u2212][ \t]{0,2}\n[ \t]{0,2}"
_PHONE_RE = re.compile(
    r"(?<![\p{N}])(?<![\p{N}][.,:])"
    r"(?:(?P<intl>(?:\+|00)[ \t]?46[ \t]?(?:\([ \t]?0[ \t]?\))?)" + _SEP + r"?\d"
    r"|(?P<foreign>\+[1-9]\d{0,2})[ \t\-]\d"  # another country's code, a blank or dash after it: "+358 40 …"
    r"|\((?P<area>0\d{1,3})\)[ \t]?\d"
    r"|0\d)"
    r"(?:(?:" + _SEP + r"|" + _LINE_BREAK_SEP + r")?\d){4,10}(?![\p{N}])"
)

# Every phone number and personal identity number holds two digits in a row ("0\d", "00", "46", "\d{6}"):
# a text without them needs no look for either.
_DIGIT_PAIR_RE = re.compile(r"\d\d")


def _plausible_phone(match) -> bool:
    digits = re.sub(r"\D", "", match.group(0))
    if match.group("foreign"):  # a country code of one to three digits and 6 to 12 more
        return 6 <= len(digits) - len(match.group("foreign")) + 1 <= 12
    if match.group("intl"):
        national = digits[2:] if digits.startswith("46") else digits[4:]  # after 46 / 0046
        national = national[1:] if national.startswith("0") else national  # "(0)"
        return 7 <= len(national) <= 9
    return 8 <= len(digits) <= 10


# a number written as a phone's (an area code, a dash, groups of two or three digits: "0150-488 31 06"), whose
# eleven digits are one too many for a Swedish number: a typing slip keeps it a person's number
_GROUPED_PHONE_RE = plain_re.compile(r"0\d{1,3}[ \t]?[\-\u2010-\u2015\u2212][ \t]{0,2}\n?[ \t]{0,2}\d{2,3}(?:[ \t]\d{2,3}){1,3}")


_DASHES_RE = re.compile(r"[\-\u2010-\u2015\u2212]")
_CUT_PHONE_RE = re.compile(r"0\d{1,3}[ \t]?[\-\u2010-\u2015\u2212]")  # an area code and a dash: "019-"


def _cut_phone(text: str, match) -> bool:
    """A phone number cut off by the text's end ("… på tel. 019-602 1"): an area code and a dash, five to nine
    digits, no other dash and none right before it (a date's "2012-09-01 – …"), and nothing but blanks after it."""
    number = match.group(0)
    head = _CUT_PHONE_RE.match(number)
    before = text[match.start() - 1] if match.start() else " "
    return not text[match.end():].strip() and head is not None and 5 <= len(re.sub(r"\D", "", number)) <= 9 \
        and not _DASHES_RE.search(number, head.end()) and not _DASHES_RE.match(before) and before != "/"


# the rest of a number wrapped after the first digits of its subscriber part ("070-174" / "06 17" on the next line)
_WRAPPED_REST_RE = re.compile(r"[ \t]{0,2}\n[ \t]{0,4}\d{2,3}(?:[ \t]\d{2,3}){0,2}(?![\p{N}\-])")


def _wrapped_phone_end(text: str, match) -> int | None:
    """Where a phone number ends that a line break cuts after the first digits of its subscriber part
    ("070-174" at a line's end, "06 17" starting the next): an area code, a dash and digits with no other dash,
    too few for a number, ending its line, and digit groups opening the next line that make eight to ten in all."""
    number = match.group(0)
    head = _CUT_PHONE_RE.match(number)
    if head is None or _DASHES_RE.search(number, head.end()) or "\n" in number:
        return None
    before = text[match.start() - 1] if match.start() else " "
    if _DASHES_RE.match(before) or before == "/":
        return None
    rest = _WRAPPED_REST_RE.match(text, match.end())
    if rest is None:
        return None
    digits = len(re.sub(r"\D", "", number)) + len(re.sub(r"\D", "", rest.group(0)))
    return rest.end() if 8 <= digits <= 10 else None


# a number whose short area code and first digits end a line, the rest opening the next ("08-465" / "004 22"): too
# few digits before the break for _PHONE_RE to match at all (round 24); (its look-behind after the "0" it starts with:
# the pattern then tried only where a "0" stands, not at every character)
_WRAPPED_SHORT_PHONE_RE = plain_re.compile(
    r"0(?<![\d\-/+.]0)\d{1,3}[ \t]?[\-\u2010-\u2015\u2212][ \t]?\d{2,3}[ \t]{0,2}\n[ \t]{0,2}\d{2,3}(?:[ \t]\d{2,3}){0,2}"
    r"(?![\d\-])")


def _wrapped_short_phone_spans(text: str) -> list[tuple[int, int, str]]:
    """Phone numbers wrapped after an area code, a dash and two or three digits (:data:`_WRAPPED_SHORT_PHONE_RE`),
    eight to ten digits in all."""
    return [(m.start(), m.end(), PHONE) for m in _WRAPPED_SHORT_PHONE_RE.finditer(text)
            if 8 <= sum(c.isdigit() for c in m.group(0)) <= 10]


# two numbers in one cell, a slash between them: "026-10 20 30 / 070-123 45 67" (one match of the pattern above)
_PHONE_PAIR_SPLIT_RE = re.compile(r"[ \t]{1,2}/[ \t]{1,2}")


def _phone_pair_spans(text: str, match) -> list[tuple[int, int, str]]:
    """The numbers of a match that runs over two numbers with " / " between them (the match may end inside the
    second): each side of the slash, up to the line's end, read alone."""
    spans = []
    if "/" not in match.group(0):
        return spans
    line_end = text.find("\n", match.end())  # (the line where the match ends: "054-" / "61 52 93 / 070 - …")
    region = text[match.start():line_end if line_end >= 0 else len(text)]
    offset = match.start()
    for part in _PHONE_PAIR_SPLIT_RE.split(region, maxsplit=1):
        start = text.index(part, offset)
        offset = start + len(part)
        m = _PHONE_RE.match(part)
        if m is not None and _plausible_phone(m):
            spans.append((start, start + m.end(), PHONE))
    return spans


# a phone label right before a number: "Telefon:", "tel.", "tfn", "mobil", "växel", "vx", "fax"
_PHONE_LABEL_RE = re.compile(r"(?i:\b(?:telefon(?:nummer)?|tel|tfn|mobil(?:nummer)?|mob|växel|vx|fax))[ \t]*[.:]?[ \t]*$")


def _grouped_phone(text: str, match) -> bool:
    """A number of eleven digits written as a phone's (:data:`_GROUPED_PHONE_RE`: "nås på 0150-488 31 06", wrapped
    after the dash too) that no other number's label comes right before ("Diarienummer 0480-84 512 34")."""
    return not match.group("intl") and _GROUPED_PHONE_RE.fullmatch(match.group(0)) is not None \
        and len(re.sub(r"\D", "", match.group(0))) == 11 \
        and _OTHER_NUMBER_LABEL_RE.search(text, max(0, match.start() - 25), match.start()) is None


def _labelled_phone(text: str, match) -> bool:
    """A number of eleven digits (one too many for a Swedish number: a typing slip, "0480-84 512 34") right after
    a phone label is a phone number all the same."""
    digits = re.sub(r"\D", "", match.group(0))
    return len(digits) == 11 and not match.group("intl") \
        and _PHONE_LABEL_RE.search(text, max(0, match.start() - 20), match.start()) is not None


# an extension after a phone number: "[number], anknytning 2217", "[number] ankn. 17", "(ankn 2217)"
_EXTENSION_RE = plain_re.compile(r"[ \t]?,?[ \t]{0,2}\(?(?i:anknytning|ankn\.?|anknr\.?|ank\.)[ \t]?:?[ \t]{0,2}(?P<ext>\d{2,5})(?!\d)")


def _extension_spans(text: str, found: list) -> list[tuple[int, int, str]]:
    """The extension written right after a phone number found (``found``: (start, end, placeholder))."""
    if "nk" not in text:
        return []
    spans = []
    for _, end, kind in found:
        if kind == PHONE:
            m = _EXTENSION_RE.match(text, end)
            if m is not None:
                spans.append((m.start("ext"), m.end("ext"), PHONE))
    return spans


# a number whose area code alone ends a line after a phone's cue, the subscriber's digits in groups opening the
# next ("Ring Anna på 08" / "465 004 29."): _WRAPPED_SHORT_PHONE_RE needs digits after the code's dash
_WRAPPED_AREA_CODE_RE = plain_re.compile(
    r"0(?<![\d\-/+.:]0)\d{1,3}(?:[\-\u2010-\u2015\u2212])?[ \t]{0,2}\n[ \t]{0,4}\d{2,3}(?:[ \t]\d{2,3}){1,3}(?![\d\-])")
_PHONE_CUE_BEFORE_RE = plain_re.compile(r"(?i:(?<![^\W\d_])(?:på|tel\.?|tfn|telefon|mobil|nr|ring|nås))[ \t]{1,2}$")


def _wrapped_area_code_spans(text: str) -> list[tuple[int, int, str]]:
    """Phone numbers wrapped right after their area code (:data:`_WRAPPED_AREA_CODE_RE`), after a phone's cue,
    eight to ten digits in all (looked for where a line ends in a number)."""
    out = []
    if "\n" not in text:
        return out
    for m in _WRAPPED_AREA_CODE_RE.finditer(text):
        if 8 <= sum(c.isdigit() for c in m.group(0)) <= 10 \
                and _PHONE_CUE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            out.append((m.start(), m.end(), PHONE))
    return out


# a phone number a line break cuts anywhere, inside its area code too ("ring Anna Ek, 0" / "8-520 737 00", "tfn 07" /
# "0-123 45 67"): a "0" opening a run of digits, blanks and dashes that ends its line after a comma, a label's colon or
# a phone's cue, the run going on at the next line's start; the two pieces joined must read as one Swedish number
_BROKEN_PHONE_RE = plain_re.compile(
    r"(?<![\w\-/+.:])0[\d \t\-\u2010-\u2015\u2212]{0,12}?[ \t]{0,2}\n[ \t]{0,2}\d[\d \t\-\u2010-\u2015\u2212]{2,16}\d(?![\d\-])")
_BROKEN_PHONE_BEFORE_RE = plain_re.compile(r"(?:[,:][ \t]{1,2}|(?i:(?<![^\W\d_])(?:på|tel\.?|tfn|telefon|mobil|nr|ring|nås))[ \t]{1,2})$")
_BROKEN_PHONE_JOINT_RE = plain_re.compile(r"[ \t]*\n[ \t]*")
_YEAR_AFTER_BREAK_RE = plain_re.compile(r"\n[ \t]*(?:19|20)\d\d(?!\d)")


def _line_broken_phone_spans(text: str) -> list[tuple[int, int, str]]:
    """Phone numbers a line break cuts anywhere (:data:`_BROKEN_PHONE_RE`): the pieces joined, with nothing or a
    blank between them, are one number of eight to ten digits as :data:`_PHONE_RE` reads it, from end to end."""
    out = []
    for m in _BROKEN_PHONE_RE.finditer(text):
        if _YEAR_AFTER_BREAK_RE.search(m[0]) \
                or not _BROKEN_PHONE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue
        piece = m[0].rstrip(" \t-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
        for joint in ("", " "):
            joined = _BROKEN_PHONE_JOINT_RE.sub(joint, piece, count=1)
            p = _PHONE_RE.match(joined)
            if p is not None and p.end() == len(joined) and _plausible_phone(p):
                out.append((m.start(), m.start() + len(piece), PHONE))
                break
    return out


# the rest of a number wrapped after its area code's dash, on the next line: "-" / "044 12 98"
_WRAPPED_NUMBER_REST_RE = re.compile(r"[\-\u2010-\u2015\u2212][ \t]*\n[ \t]{0,4}\d{2,3}(?:[ \t]\d{2,3}){1,3}(?![\d\-])")
_SECOND_AREA_CODE_RE = re.compile(r"/[ \t]?(?P<area>0\d{1,3})$")


def _wrapped_second_phone_spans(text: str) -> list[tuple[int, int, str]]:
    """Round 29: the second of two numbers joined by a slash, wrapped after its area code's dash ("0640-161 00 /
    073-" / "044 12 98"): the phone pattern reads "… / 073" as one number and leaves the rest of the second."""
    out = []
    position = text.find("-\n")
    while position >= 0:
        head = _SECOND_AREA_CODE_RE.search(text, max(0, position - 8), position)
        rest = _WRAPPED_NUMBER_REST_RE.match(text, position) if head is not None else None
        if rest is not None and 8 <= len(head["area"]) + sum(c.isdigit() for c in rest[0]) <= 10:
            out.append((head.start("area"), rest.end(), PHONE))
        position = text.find("-\n", position + 2)
    return out


# a Swedish number with its country code or area code in brackets: "(+46) 70-613 44 28", "+46 (23) 49 21 05"
_BRACKETED_CODE_PHONE_RE = re.compile(
    r"(?<![\p{N}+(])(?:\([ \t]?(?:\+|00)46[ \t]?\)[ \t]?(?:\([ \t]?0[ \t]?\)[ \t]?)?|(?:\+|00)46[ \t]?\([ \t]?0?\d{1,3}[ \t]?\)[ \t]?)"
    r"\d(?:[ \t]{0,2}[\-\u2010-\u2015\u2212./]?[ \t]{0,2}\d){4,10}(?![\p{N}])")


def _bracketed_code_phone_spans(text: str) -> list[tuple[int, int, str]]:
    """Phone numbers whose country code or area code stands in brackets after "+46" (:data:`_BRACKETED_CODE_PHONE_RE`),
    seven to nine digits after the country code (looked for only where the text holds "46" and a bracket)."""
    if "46" not in text or ("(+46" not in text and "(0046" not in text and "46 (" not in text and "46(" not in text):
        return []
    spans = []
    for m in _BRACKETED_CODE_PHONE_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        national = digits[2:] if digits.startswith("46") else digits[4:]
        national = national[1:] if national.startswith("0") else national
        if 7 <= len(national) <= 9:
            spans.append((m.start(), m.end(), PHONE))
    return spans


# a mobile number wrapped inside its subscriber part, no dash ("070 66" / "42 190"): ten digits in all (the
# look-behind after the "07" it starts with, as above)
_WRAPPED_MOBILE_RE = plain_re.compile(
    r"07(?<![\d\-/+.]07)[02369](?:[ \t]?\d{1,4})?[ \t]{0,2}\n[ \t]{0,2}\d{2,4}(?:[ \t]\d{2,3}){0,2}(?![\d\-])")


def _wrapped_mobile_spans(text: str) -> list[tuple[int, int, str]]:
    """Mobile numbers ("07…") wrapped anywhere in their subscriber part without a dash, ten digits in all."""
    return [(m.start(), m.end(), PHONE) for m in _WRAPPED_MOBILE_RE.finditer(text)
            if sum(c.isdigit() for c in m.group(0)) == 10]


# --- personal identity numbers: valid, labelled, beside a name, with the century -------------------------------------
_PERSONAL_NUMBER_RE = re.compile(
    r"(?<![\p{N}])(?<![\p{N}][.,:\-])(?P<date>(?:19|20)?\d{6})"
    r"(?P<sep>[ \t]{0,2}[-+\u2010-\u2015\u2212][ \t]{0,2}|[ \t]{1,2}|[./])?"
    r"(?P<tail>\d{4})(?![\p{N}])"
)
# what every match of _PERSONAL_NUMBER_RE holds: a text without it is not scanned with that pattern (most pages)
_SIX_DIGITS_RE = re.compile(r"\d{6}")
_SIX_DIGITS_LAST: tuple = ("", False)  # the last text asked of _six_digits and its answer


def _six_digits(text: str) -> bool:
    """Whether ``text`` holds six digits in a row (:data:`_SIX_DIGITS_RE`), what every personal identity number's
    and ten-digit number's pattern needs; the answer for the last text kept (its passes ask one after another)."""
    global _SIX_DIGITS_LAST
    last = _SIX_DIGITS_LAST
    if last[0] is text:
        return last[1]
    found = _SIX_DIGITS_RE.search(text) is not None
    _SIX_DIGITS_LAST = (text, found)
    return found


def _personal_number_after(text: str, end: int) -> bool:
    """Whether a personal identity number follows ``end`` after one or two blanks: valid, or a date and four
    digits after a dash or a plus ("Noah 150611-2285": a person's, whatever its check digit)."""
    j = end
    while j < len(text) and j - end < 2 and text[j] in " \t":
        j += 1
    if j == end:
        return False
    m = _PERSONAL_NUMBER_RE.match(text, j)
    return m is not None and (_valid_personal_number(m) or (m["sep"] or "").strip() in _PERSONAL_NUMBER_MARKS
                              and bool((m["sep"] or "").strip()) and _plausible_date(m["date"]))


def _valid_personal_number(match) -> bool:
    from personnummer import personnummer

    sep = match.group("sep") or ""
    mark = "+" if "+" in sep else "-"
    return personnummer.valid(f"{match.group('date')}{mark}{match.group('tail')}")


def _plausible_date(date: str) -> bool:
    """Whether the six or eight digits of a personal identity number are a date (a co-ordination number's day + 60)."""
    month, day = int(date[-4:-2]), int(date[-2:])
    return 1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)


def _labelled_personal_spans(text: str, found: list) -> list[tuple[int, int, str]]:
    """Personal identity numbers whose check digit fails (made up, or mistyped) and street addresses with postcode,
    in a text that labels them (``_PERSONAL_DATA_HINTS``): a home address is a person's, an office's is not."""
    spans = []
    taken = [(a, b) for a, b, _ in found]
    for m in _PERSONAL_NUMBER_RE.finditer(text) if _six_digits(text) else ():
        if not _touches(taken, m.start(), m.end()) and _plausible_date(m.group("date")):
            spans.append((m.start(), m.end(), PERSONAL_NUMBER))
    for m in _STREET_ADDRESS_RE.finditer(text):
        spans.append((m.start(), m.end(), ADDRESS))
    return spans


# A personal identity number whose check digit fails, unlabelled, beside a person's name on its line (a
# participant list "X Y, 19820315-4428, Storby", a table row): the person's all the same. Only the forms a
# personal identity number is written in (with a dash or none: a blank or a dot joins dates and times too), and
# not right after a label of another number ("Dnr", "ordernr", "faktura", "kundnummer", …).
_OTHER_NUMBER_LABEL_RE = plain_re.compile(
    r"(?<![^\W\d_])(?i:dnr|diarie\w*|ärende\w*|order\w*|beställning\w*|faktura\w*|ocr|ref\w*|kund\w*|avtal\w*|"
    r"konto\w*|clearing\w*|bankgiro|plusgiro|bg|pg|org\.?[ ]?nr|organisationsnr|organisationsnummer|id|löpnr|löpnummer|"
    r"serienr|serienummer|nr|nummer|artikel\w*|lot|batch|sms|kod)[ \t]*[.:#]?[ \t]*$")
_PERSONAL_NUMBER_MARKS = "-+\u2010\u2011\u2012\u2013\u2014\u2015\u2212"  # a dash, or "+" (a hundred years old)


def _personal_numbers_beside_names(text: str, found: list) -> list[tuple[int, int, str]]:
    """Personal identity numbers whose check digit fails, with or without their dash, on a line that holds a
    person's name ``found`` (see above). Read only after the names."""
    names = [(a, b) for a, b, kind in found if kind == NAME]
    if not names or not _six_digits(text):
        return []
    taken = [(a, b) for a, b, _ in found]
    spans = []
    for m in _PERSONAL_NUMBER_RE.finditer(text):
        sep = m.group("sep")
        if sep is not None and (len(sep) != 1 or sep not in _PERSONAL_NUMBER_MARKS) \
                or _touches(taken, m.start(), m.end()) or not _plausible_date(m.group("date")):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if not _touches(names, line_start, line_end):
            continue
        if _OTHER_NUMBER_LABEL_RE.search(text, max(line_start, m.start() - 30), m.start()) is not None:
            continue
        spans.append((m.start(), m.end(), PERSONAL_NUMBER))
    return spans


# a personal identity number of twelve digits with its dash ("19820614-3352"): a date of birth with its century
# and four digits is one even when its check digit fails (made up, or mistyped), with or without a label
_CENTURY_PERSONAL_NUMBER_RE = plain_re.compile(r"(?<![\w\-.,:/])(?P<date>(?:19|20)\d{6})[-+\u2010-\u2012\u2212](?P<tail>\d{4})(?![\w\-])")
_CENTURY_HINT_RE = plain_re.compile(r"(?:19|20)\d{6}[-+\u2010-\u2012\u2212]\d{4}")


def _century_personal_number_spans(text: str) -> list[tuple[int, int, str]]:
    """Personal identity numbers of twelve digits and a dash whose date is a date (see above)."""
    if not _six_digits(text) or not _CENTURY_HINT_RE.search(text):
        return []
    return [(m.start(), m.end(), PERSONAL_NUMBER) for m in _CENTURY_PERSONAL_NUMBER_RE.finditer(text)
            if _plausible_date(m["date"])]


# a personal identity number of ten digits written as one is, with no label: a date, a dash or a plus ("a hundred
# years old") and four digits ("120305+1234", "850412-3391"), whatever its check digit, its date a date, not after
# another number's label ("Dnr 201105-1234") and no part of a longer run of digits, dashes or dots
_DATED_PERSONAL_NUMBER_RE = plain_re.compile(r"(?<![\w\-.,:/+])(?P<date>\d{6})[-+\u2010-\u2013\u2212](?P<tail>\d{4})(?![\w\-+/]|[.,]\d)")
_DATED_HINT_RE = plain_re.compile(r"\d{6}[-+\u2010-\u2013\u2212]\d{4}")


def _dated_personal_number_spans(text: str) -> list[tuple[int, int, str]]:
    """Unlabelled personal identity numbers of ten digits with their dash or plus (see above)."""
    if not _six_digits(text) or not _DATED_HINT_RE.search(text):
        return []
    spans = []
    for m in _DATED_PERSONAL_NUMBER_RE.finditer(text):
        if not _plausible_date(m["date"]):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _OTHER_NUMBER_LABEL_RE.search(text, max(line_start, m.start() - 30), m.start()) is not None:
            continue
        spans.append((m.start(), m.end(), PERSONAL_NUMBER))
    return spans


# --- street addresses that a cue or a name makes a home --------------------------------------------------------------
# A personal identity number whose check digit is wrong, and a home address, are taken where the text says what
# they are (a label or a table's header): "Personnummer", "Hemadress"
_PERSONAL_DATA_HINTS = ("ersonnum", "ERSONNUM",  # every form: "personnummer", "personnumret", "personnumren"
                        "amordningsnum", "AMORDNINGSNUM", "emadress", "EMADRESS", "ostadsadress", "pnr", "Pnr", "PNR",
                        # short forms of "personnummer": "Personnr", "Pers.nr", "pers. nr", "Pers nr"
                        "ersonnr", "ERSONNR", "ers.nr", "ERS.NR", "ers. nr", "ers nr")
# a street address with a postcode and a town: "Ekvägen 4, 123 45 Storby", "Lilla gatan 2B lgh 1201, 123 45 By"
_STREET = (
    r"(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}\p{M}]*(?:[ ]\p{Ll}*)?(?:gatan|vägen|gränd|gränden|stigen|backen|allén|torget|"
    r"leden|gata|väg|plan|platsen|slingan|vägen|torg)[ \t]\d{1,4}[ ]?[A-Za-z]?"
)
# a flat's number ("lgh 1203", "lägenhet 1203"): the Swedish register's four digits, which only a home has
_FLAT = r",?[ \t](?:lgh|Lgh|LGH|lägenhet|Lägenhet)\.?[ \t]?(?:(?i:nr)\.?[ \t]?)?\d{4}(?![\p{N}])"
_POSTCODE_TOWN = r"\d{3}[ \t]?\d{2}[ \t]\p{Lu}[\p{Ll}\p{M}]+(?:[ \-]\p{Lu}[\p{Ll}\p{M}]+)?"
# a floor ("4 tr", "2 trappor", "3 tr.", "vån 2"), written between a street address and its flat or postcode
_FLOOR = r",?[ \t](?:\d{1,2}[ \t]?(?:tr|trappor|trappa|tr\.|vån|våningen)|(?:vån|våning)\.?[ \t]?\d{1,2})(?![\p{L}\p{N}])\.?"
_STREET_ADDRESS_RE = re.compile(rf"{_STREET}(?:{_FLOOR})?(?:{_FLAT})?(?:,?[ \t]|[ \t]?\n){_POSTCODE_TOWN}")
# a street address with a flat's number, a postcode and a town after it or not: a home, whoever's it is
_FLAT_ADDRESS_RE = re.compile(rf"{_STREET}{_FLAT}(?:(?:,?[ \t]|[ \t]?\n){_POSTCODE_TOWN})?")
_FLAT_HINTS = ("lgh", "Lgh", "LGH", "lägenhet", "Lägenhet")  # what every match of _FLAT_ADDRESS_RE holds, as written


# words that make the street address after them in the sentence a person's home: "bor på Ekvägen 4", "hemadress:
# …", "skicka inte post hem till honom på Ekvägen 4", "har lagt upp sin adress, Ekvägen 4, 123 45 By", "hennes
# privata adress Ekvägen 4", "den egna adressen: …"
_HOME_CUE_RE = plain_re.compile(
    r"(?<![^\W\d_])(?:[Bb]or|[Bb]odde|[Bb]oende|[Hh]em(?:ma|ifrån)?|[Hh]emadress(?:en)?|[Bb]ostadsadress(?:en)?|"
    r"[Pp]rivatadress(?:en)?|[Pp]rivatbostad(?:en)?|(?:[Pp]rivat|[Pp]rivata|[Ee]gen|[Ee]gna)[ \t]{1,2}(?:adress(?:en)?|bostad(?:en)?)|"
    r"(?:sin|sina|hans|hennes|deras|min|mitt)[ \t]{1,2}(?:adress|hemadress|bostad)|"
    r"(?:[Aa]dress|[Pp]ostadress|[Bb]esöksadress)(?:en)?[ \t]{0,2}\((?:privat|hem)|"
    r"(?:henne|honom|hen|dem|mig)[ \t]{1,2}privat(?=[ \t]?:)|"
    r"(?:[Pp]rivat|[Hh]em)[ \t]{1,2}adr\.)(?![^\W\d_])")  # round 28: "(privat adr. Storgatan 4, …)"
_HOME_HINTS = ("bor ", "Bor ", "bodde", "Bodde", "boende", "Boende", "hem", "Hem", "adress", "Adress", "bostad", "adr.")
# the street address after a home's cue, before the sentence ends: the street and its number, a flat's number,
# a postcode and a town (each after it optional)
_HOME_STREET_RE = re.compile(rf"{_STREET.removesuffix('[ ]?[A-Za-z]?')}(?:[ ]?[A-Z]|[a-z])?(?![\p{{L}}\p{{N}}])(?:{_FLOOR})?(?:{_FLAT})?(?:(?:,?[ \t]|[ \t]?\n){_POSTCODE_TOWN})?")
_HOME_REACH = 80  # characters after the cue where the address may start
# a sentence's end for a home's cue: a colon introduces the address ("… skickas hem): Ringvägen 4")
_HOME_SENTENCE_END_RE = plain_re.compile(r"[.!?\n](?:[ \t]|$)")


def _home_address_spans(text: str) -> list[tuple[int, int]]:
    """A street address, with or without a postcode and a town, in the same sentence after words that make it a
    person's home (``_HOME_CUE_RE``: "bor på", "hemadress", "hem till honom på", "sin adress"); a workplace's or a
    venue's address ("lokal Sigurdsgatan 12") has no such words before it."""
    spans = []
    for cue in _HOME_CUE_RE.finditer(text):
        window_end = min(len(text), cue.end() + _HOME_REACH)
        stop = _HOME_SENTENCE_END_RE.search(text, cue.end(), window_end)
        m = _HOME_STREET_RE.search(text, cue.end(), stop.start() if stop is not None else window_end)
        if m is not None:
            spans.append(m.span())
    return spans


_SPLIT_FIRST_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<head>\p{Lu}\p{Ll}*)-\n(?P<tail>\p{Ll}+)[ ](?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\-])")


def _address_after_name_spans(text: str, found: list) -> list[tuple[int, int, str]]:
    """A street address with postcode right after a person's name and a comma ("X Y, Ekvägen 4, 123 45 By") or
    on the lines under a name that ends its line (a contact block: "X Y\nEkvägen 4\n123 45 By"): the person's,
    unlabelled (an office's address follows an office's name). Read only after the names."""
    spans = []
    for _, end, kind in found:
        if kind != NAME or text[end:end + 1] not in (",", "\n", " ", ")"):
            continue
        if text[end] in " )":
            m = _street_address_after_name(text, end)  # round 29: "X Y på Storgatan 48 B, 921 31"
            if m is not None:
                spans.append((m.start(), m.end(), ADDRESS))
            continue
        k = end + 1
        while k < len(text) and text[k] in " \t":
            k += 1
        m = _STREET_ADDRESS_RE.match(text, k)
        if m is None and text[end] == "," and text[k:k + 1].isupper():
            m = _RURAL_ADDRESS_RE.match(text, k)  # round 25: "X Y, Prästgården, Stenkyrka 411, 624 42 Tingstäde"
        if m is None:
            m = _street_address_after_name(text, end)  # round 29
        if m is not None:
            spans.append((m.start(), m.end(), ADDRESS))
    return spans


# a rural home address: a farm's name, a village's name and a number, a postcode and a town
_RURAL_ADDRESS_RE = re.compile(
    r"\p{Lu}[\p{Ll}\p{M}]+(?:[ ]\p{Lu}[\p{Ll}\p{M}]+)?,[ ]\p{Lu}[\p{Ll}\p{M}]+(?:[ ]\p{Lu}[\p{Ll}\p{M}]+)?[ ]\d{1,4}(?:[ ]?[A-Z])?,?"
    r"[ ]\d{3}[ ]?\d{2}[ ]\p{Lu}[\p{Ll}\p{M}]+(?:[ ]\p{Lu}[\p{Ll}\p{M}]+)?(?![\p{L}\p{M}])")


# a street address with postcode and town marked a home after it: "Storgatan 31, 871 30 Härnösand (postadress,
# privat)", "… (privat)", "… (hem)"; an office's address carries no such mark
_HOME_ADDRESS_MARK_RE = plain_re.compile(r"[ \t]?\((?:[^()\n]{0,30}[ ,])?(?:privat|privatadress|hem|hemadress|bostad)\)")


def _marked_home_addresses(text: str) -> list[tuple[int, int, str]]:
    """Round 27: a street address with postcode and town right before a bracket that marks it a home (see above);
    looked for only in the line before such a mark."""
    spans = []
    for mark in _HOME_ADDRESS_MARK_RE.finditer(text):
        line_start = text.rfind("\n", 0, mark.start()) + 1
        last = None
        for m in _STREET_ADDRESS_RE.finditer(text, line_start, mark.start()):
            last = m
        if last is not None and last.end() == mark.start():
            spans.append((last.start(), last.end(), ADDRESS))
    return spans


# round 29: a street address whose postcode no town follows ("Glömstavägen 12, 141 52 eller …"), after a person's name
# and a comma or "på", maybe after the person's other name in brackets ("X (Y) på Storgatan 48 B, 921 31, …")
_ADDRESS_AFTER_NAME_RE = re.compile(
    rf"(?:\)|[ \t]\([^()\n]{{1,40}}\))?(?:,[ \t]|[ \t]på[ \t])(?P<address>{_STREET}(?:{_FLOOR})?(?:{_FLAT})?"
    r",?[ \t]\d{3}[ \t]?\d{2}(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+)?)(?![\p{L}\p{N}])")


class _AddressAfterNameMatch:
    def __init__(self, m):
        self._span = m.span("address")

    def start(self) -> int:
        return self._span[0]

    def end(self) -> int:
        return self._span[1]


def _street_address_after_name(text: str, end: int) -> "_AddressAfterNameMatch | None":
    """Round 29: a street address with its postcode right after a person's name (``end``: the name's end) and a
    comma or "på": the person's (an office's address follows an office's name, not a person's)."""
    if text[end:end + 1] not in (",", " ", ")"):
        return None
    m = _ADDRESS_AFTER_NAME_RE.match(text, end)
    return _AddressAfterNameMatch(m) if m is not None else None


# a person's full date of birth after "född", "f." or "födelsedatum": a day, a month and a year ("född 3 maj 1987",
# "född den 12 mars 1987", "Födelsedatum: 1987-03-12"), the date part of a personal identity number; a year
# alone ("född 1987") or a month and year are no such date
_BIRTH_DATE_RE = re.compile(
    r"(?:(?<![\p{L}])(?i:född|f[öo]delsedatum|f[öo]delsedag)[ \t]*:?|(?<![\p{L}.])f\.)[ \t]+(?:(?i:den)[ \t]+)?"
    r"(?P<date>[0-3]?\d(?::e|:a)?[ \t]+(?i:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober"
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?[ \t]+(?:19|20)\d\d"
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d[./][01]?\d[./](?:19|20)?\d\d|[0-3]?\d/[01]?\d[ \t](?:19|20)\d\d)(?![\d\p{L}])")


def _birth_date_spans(text: str) -> list[tuple[int, int, str]]:
    """A person's full date of birth (:data:`_BIRTH_DATE_RE`), redacted as a personal identity number's date;
    only a text holding "föd"/"Föd"/"FÖD" is read."""
    if "föd" not in text and "Föd" not in text and "FÖD" not in text and "f. " not in text:
        return []
    return [(m.start("date"), m.end("date"), PERSONAL_NUMBER) for m in _BIRTH_DATE_RE.finditer(text)]


# words between a person's name and a street address that make the address the person's own: where the person
# receives, works from or lives ("hos [X] på mottagningen, Ekgatan 2", "[X] har sin mottagning på Ekgatan 2")
# (whole words: "Ungdomsmottagningen har flyttat till …" names an organisation's place, "Johans" is no "hans")
_OWN_PLACE_CUE_RE = plain_re.compile(r"(?<!\w)(?:hos|sin|sitt|sina|hennes|hans|mottagning\w*|kontor\w*|bor|hemma\w*)(?!\w)")
_STREET_HINTS = ("gatan", "vägen", "gränd", "stigen", "backen", "torget", "allén", "leden", "gata ", "väg ", "plan ",
                 "platsen", "slingan", "torg ")
_OWN_PLACE_REACH = 100  # characters after the name where the address may end
_OWN_PLACE_BREAK_RE = plain_re.compile(r"\n|[.!?](?:[ \t]|$)")  # a sentence's or a line's end


def _street_beside_person_spans(text: str, found: list) -> list[tuple[int, int, str]]:
    """A street address with its number in the sentence of a person's name found, after it, when a word of the
    person's own place stands from just before the name to the address ("hos [Jouni] på mottagningen, Ronnebygatan
    22 i …", "kurator [X], har sin mottagning på Stationsgatan 4"); read only when the text holds a street's word."""
    if not any(hint in text for hint in _STREET_HINTS):
        return []
    spans = []
    for start, end, kind in found:
        if kind != NAME:
            continue
        stop = _OWN_PLACE_BREAK_RE.search(text, end, end + _OWN_PLACE_REACH)
        limit = stop.start() if stop is not None else min(len(text), end + _OWN_PLACE_REACH)
        m = _HOME_STREET_RE.search(text, end, limit)
        if m is None:
            continue
        if _OWN_PLACE_CUE_RE.search(text, max(0, start - 6), m.start()):  # from just before the name
            spans.append((m.start(), m.end(), ADDRESS))
    return spans
