"""Spelled names: what the page's e-mail addresses, user names and file names spell.

In:  a page (its lines with an "at", its words, the names found in it).
Out: full names an address's local part spells ("first.last", spelled with words, with a nickname), the words
     of the page it spells, the parts of a full name a user name holds (``Context.logins``), initials before the
     address they spell, and names inside an attachment's file name.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
import re as plain_re
import regex as re

from ..lookbehind import BehindChecked
from .text import _beyond_latin1, _fold, _LATIN1_DIGITS, _LATIN1_LETTERS, _LATIN1_UPPER, _lower, NAME, _QUOTES
from .contact_data import _at_lines, _AT_RE, _email_spans, _SPELLED_ADDRESS_RE, _SPELLED_DOT_RE, _spelled_email_spans
from .name_data import _default_redactor, _institution_word, keep_names, lexicon
from .tokens import _Token, _tokens
from .positions import _NAME_WORD, _person_word

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only (not evaluated)
    from .redactor import Redactor


# --- full names an e-mail address's local part spells (names of the build) -------------------------------------------
# Two capitalised words in a row (a first name and a surname, each maybe hyphenated); the second pattern is the
# same for the standard library's engine on pages of Latin-1 letters (as _FAST_TOKEN_RE), several times faster.
_NAME_PAIR_RE = re.compile(
    r"(?<![\p{L}\p{M}\p{N}])(\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)?)[ \t]+(\p{Lu}[\p{L}\p{M}]*(?:-\p{Lu}[\p{L}\p{M}]*)?)(?![\p{L}\p{M}])"
)
_FAST_NAME_PAIR_RE = plain_re.compile(
    f"(?<![{_LATIN1_LETTERS}{_LATIN1_DIGITS}])([{_LATIN1_UPPER}][{_LATIN1_LETTERS}]*(?:-[{_LATIN1_UPPER}][{_LATIN1_LETTERS}]*)?)[ \t]+"
    f"([{_LATIN1_UPPER}][{_LATIN1_LETTERS}]*(?:-[{_LATIN1_UPPER}][{_LATIN1_LETTERS}]*)?)(?![{_LATIN1_LETTERS}])"
)
_FAST_NAME_PAIRS = BehindChecked(_FAST_NAME_PAIR_RE)  # (its scan skips ahead to a capital letter)


@lru_cache(maxsize=1 << 16)  # the words of name pairs repeat from page to page ("Region Skåne")
def _bare(word: str) -> str:
    """Folded, letters and digits only: "Per-Olof" -> "perolof", "jonas.falt" -> "jonasfalt"."""
    return "".join(ch for ch in _fold(word) if ch.isalnum())


def _names_in_addresses(text: str) -> set[str]:
    """Full names the page's e-mail addresses spell out: "Malin Gardell" where the page writes
    "malin.gardell@…" or "m.gardell@…". The address is the evidence that the two words are a person, so a
    known first name is enough, with a surname that may be an everyday word ("Jonas Fält"); never a place
    ("Anna Gotland") or an organisation's word."""
    locals_, ends = set(), set()  # the addresses' local parts, bare; the last piece of each ("gardell")
    split = set()  # the local parts "first.last" (two words, lower case)
    for start, end in _email_spans(text) + _spelled_email_spans(text):
        address = text[start:end]
        at = _AT_RE.search(address) or _SPELLED_ADDRESS_RE.search(address)
        local = address[: at.start()] if at and at.re is _AT_RE else at.group("local") if at else ""
        if "." in local or "punkt" in local or "dot" in local:
            pieces = _SPELLED_DOT_RE.split(local)
            if len(pieces) == 2 and all(p.isalpha() and p.islower() for p in pieces):
                split.add((pieces[0], pieces[1]))
        bare = _bare(local).rstrip("0123456789")
        if len(bare) >= 4:
            locals_.add(bare)
            ends.add(_bare(plain_re.split(r"[._\-+]", local.rstrip("0123456789"))[-1]))
    redactor = _default_redactor()
    names = set()
    # "tove.sandgren på …": a first name we know and a word that is no everyday word, place or organisation's
    # word are a person's name, and the surname is hers alone too ("Gruppen leds av Sandgren")
    for first, last in split:
        if _address_person(first, last):
            names.update({f"{first.capitalize()} {last.capitalize()}", last.capitalize()})
    if not locals_:
        return names
    pairs = _NAME_PAIR_RE if _beyond_latin1(text) else _FAST_NAME_PAIRS
    for pair in pairs.finditer(text):
        first, last = pair.group(1), pair.group(2)
        quick = last.casefold()
        if quick.isascii() and quick not in ends:
            continue  # no address ends in this word (the bare form of an ASCII word is the word)
        last_bare = _bare(last)
        if not any(local.endswith(last_bare) for local in locals_):
            continue  # what both looks below need
        first_bare = _bare(first)
        if first_bare + last_bare not in locals_ and first_bare[:1] + last_bare not in locals_:
            continue
        if _evidenced_first_name(redactor, first, last) is not None:
            names.add(f"{first} {last}")
        elif first_bare + last_bare in locals_ and redactor._unknown_first_name(first) and redactor._unknown_word(last):
            names.add(f"{first} {last}")  # both words spelled out in the address: a name the data does not know
        elif first_bare + last_bare in locals_ and len(first_bare) >= 2 and len(last_bare) >= 3 \
                and _plain_name_part(redactor, first) and _plain_name_part(redactor, last):
            names.add(f"{first} {last}")  # round 26: both spelled out, no place, organisation or frequent word
    return names


def _address_name_spans(text: str) -> list[tuple[int, int]]:
    """The full names a line's own e-mail address spells out ("Ramin Tehrani, tfn …, ramin.tehrani(at)…"), line
    by line (:func:`_names_in_addresses` on each line holding an "at": a part of a page made of whole lines
    finds what the page finds there)."""
    spans = []
    for start, end in _at_lines(text):
        line = text[start:end]
        for name in _line_address_names(line):
            if " " not in name:
                continue
            i = line.find(name)
            while i >= 0:
                spans.append((start + i, start + i + len(name)))
                i = line.find(name, i + len(name))
        if "\"" in line or "\u201d" in line:
            spans += _nicknamed_names_spelled_by_address(line, start)
    return spans


@lru_cache(maxsize=4096)
def _line_address_names(line: str) -> frozenset:
    """:func:`_names_in_addresses` of one line (remembered: the page's pass and the page's context ask alike)."""
    return frozenset(_names_in_addresses(line))


def _nicknamed_names_spelled_by_address(line: str, start: int) -> list[tuple[int, int]]:
    """Round 26: a first name, a nickname in quotes and a surname whose line's address spells nickname and surname
    ('Thanakorn "Tan" Srisuk, tan.srisuk@…')."""
    spans = []
    for a, b in _address_first_last_pairs(line):
        if b.capitalize() in line and a.capitalize() in line:
            for m in _NICK_NAME_OF_ADDRESS_RE.finditer(line):
                if m["nick"].casefold() == a and m["last"].casefold() == b:
                    spans.append((start + m.start(), start + m.end()))
    return spans


def _full_names_spelled_by_addresses(redactor: "Redactor", text: str) -> frozenset:
    """Round 26: full names a line's e-mail address spells out ("hodan.jama@…", "Hodan.Jama@…", with letters the
    address cannot write: "edin.mehmedovic@…" for "Edin Mehmedović") that the text also writes on another line
    ("Hodan Jama" above the address): they stand for the person anywhere in the page (``Context.first_names``;
    a part of the page alone finds them only on the address's own line)."""
    names = set()
    for start, end in _at_lines(text):
        line = text[start:end]
        names.update(n for n in _line_address_names(line) if " " in n)
        for a, b in _address_first_last_pairs(line):
            name = f"{a.capitalize()} {b.capitalize()}"
            if name not in names and name in text and _plain_name_part(redactor, a.capitalize()) \
                    and _plain_name_part(redactor, b.capitalize()) and not _is_common_pair(a, b):
                names.add(name)
            if "," in text:
                names |= _surname_first_forms_of_address(redactor, text, a, b)
    return frozenset(names)


# a word before a comma and a word ("al-Hashimi, Yasir"; the second looked ahead, so a list's every pair is read): a
# name written surname first (letters, marks, hyphens, apostrophes)
_SURNAME_COMMA_WORD_RE = re.compile(
    r"(?<![\p{L}\p{M}\-'’])(?P<last>\p{L}[\p{L}\p{M}\-'’]*)(?=, (?P<first>\p{L}[\p{L}\p{M}\-'’]*)(?![\p{L}\p{M}\-'’]))")


def _spells(word: str, letters: str) -> bool:
    """Whether ``word`` is ``letters`` as an address writes it: any case, no marks (:func:`_fold`), no hyphen or
    apostrophe ("al-Hashimi", "O'Brien", "Mehmedović" for "alhashimi", "obrien", "mehmedovic")."""
    return _fold(word.replace("-", "").replace("'", "").replace("’", "")) == letters


def _surname_first_forms_of_address(redactor: "Redactor", text: str, a: str, b: str) -> set[str]:
    """The name an address's "first.last" spells, written surname first in the text ("al-Hashimi, Yasir" for
    "yasir.alhashimi@…"; the surname with a particle, a hyphen or marks the address cannot write): the surname and
    the first name as the text writes them stand for the person (read only for a page with a comma, per address)."""
    for m in _SURNAME_COMMA_WORD_RE.finditer(text):
        surname, given = m["last"], m["first"]
        if not (_spells(surname, b) and _spells(given, a)):
            continue
        tail = surname.rpartition("-")[2] if surname[:1].islower() else surname
        if given[:1].isupper() and _plain_name_part(redactor, given) and tail[:1].isupper() \
                and not redactor._is_place(tail) and not _institution_word(tail) and not _is_common_pair(a, b):
            return {surname, given}
    return set()


@lru_cache(maxsize=65536)
def _address_person(first: str, last: str) -> bool:
    """Whether an address's "first.last" is a person's: a first name we know and a word of three letters or more
    that is no place or organisation's word, and no everyday word unless a surname we know that is a word of
    wordfreq only as a name is (rare there, or a patronymic: "Lindqvist", "Johansson")."""
    redactor = _default_redactor()
    lex = redactor.lex
    return redactor._first_name(_Token(first.capitalize(), 0, len(first)), known_only=True) \
        and (not lex.is_common(last) or last in lex.surnames and (lex.zipf(last) < 4.0 or last.endswith("son"))) \
        and not redactor._is_place(last) and not _institution_word(last) and len(last) >= 3


def _evidenced_first_name(redactor: Redactor, first: str, last: str) -> "_Token | None":
    """Where the page's layout or an address says two words are a person ("Ulla Backe, Knivsta kommun",
    "malin.gardell@…"), a known first name is enough and the surname may be an everyday word, but never a
    place or an organisation's word: the first name's token if so."""
    tokens = _tokens(f"{first} {last}")
    if len(tokens) == 2 and redactor._first_name(tokens[0], known_only=True) and not redactor._is_place(last) \
            and not _institution_word(last):
        return tokens[0]
    return None


def _plain_name_part(redactor: "Redactor", word: str) -> bool:
    """A capitalised word that may be a name's part where a role stands right before it: no place, organisation's
    word or frequent everyday word ("Wang", "Lihua", "Aziz", "Sara"), each part of a hyphenated one too."""
    return all(p[:1].isupper() and p[1:].islower() and len(p) >= 2 for p in word.split("-")) \
        and not redactor._is_place(word) and not _institution_word(word) \
        and (redactor.lex.zipf(word) < 4.0 or redactor._plain_first_name(word))


def _address_first_last_pairs(line: str) -> list[tuple[str, str]]:
    """The "first.last" local parts of a line's e-mail addresses as two words of letters (any case)."""
    pairs = []
    for start, end in _email_spans(line):
        address = line[start:end]
        at = _AT_RE.search(address)
        if at is None:
            continue
        pieces = address[: at.start()].split(".")
        if len(pieces) == 2 and all(p.isalpha() and len(p) >= 2 for p in pieces):
            pairs.append((pieces[0].lower(), pieces[1].lower()))
    return pairs


def _is_common_pair(a: str, b: str) -> bool:
    """Whether both words of an address's local part are everyday words ("info.barn"): no name's evidence."""
    lex = _default_redactor().lex
    return lex.is_common(a) and lex.is_common(b)


# a first name, a nickname in quotes and a surname, the address's local part spelling the last two: 'Thanakorn
# "Tan" Srisuk, tan.srisuk@…'
_NICK_NAME_OF_ADDRESS_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<first>{_NAME_WORD})[ ][{_QUOTES}](?P<nick>{_NAME_WORD})[{_QUOTES}][ ](?P<last>{_NAME_WORD})")


# --- user names: the parts of a full name a handle holds -------------------------------------------------------------
@lru_cache(maxsize=65536)
def _login_parts(name: str) -> frozenset:
    """The parts of a full name a user name may hold (four letters or more, no place, no word unless a name we
    know), in lower case and without diacritics too ("stromberg"): :meth:`Redactor._name_logins`."""
    if " " not in name.strip():
        return frozenset()
    lex = lexicon()
    parts = set()
    for part in plain_re.split(r"[\s\-]+", name):
        key = part.lower()
        if len(part) >= 4 and part[:1].isupper() and part.casefold() not in lex.places \
                and (not lex.is_common(key) or key in lex.first_sv or key in lex.first_other or key in lex.surnames):
            parts.update({key, _fold(key)})
    return frozenset(parts)


def _login_word_spans(text: str, logins) -> list[tuple[int, int, str]]:
    """Where ``text`` writes one of the page's user names (``Context.logins``) as a whole word."""
    spans = []
    for word in logins:
        position = text.find(word)
        while position >= 0:
            end = position + len(word)
            if (position == 0 or not (text[position - 1].isalnum() or text[position - 1] in "._-@")) \
                    and (end == len(text) or not (text[end].isalnum() or text[end] in "_-@")):
                spans.append((position, end, NAME))
            position = text.find(word, end)
    return spans


def _initial_logins(text: str, spans) -> frozenset:
    """User names the page writes that are a full name's first initial and surname ("j.lund", "jlund" of "Jonas
    Lund") or its first name and the surname's initial ("jonas.l"), at ``spans`` ((start, end, …) of ``text``):
    five characters or more, in lower case."""
    out = set()
    for start, end, *_ in spans:
        words = text[start:end].split()
        if len(words) < 2:
            continue
        first, last = words[0].lower(), words[-1].lower()
        for candidate in (f"{first[0]}.{last}", f"{first[0]}_{last}", f"{first}.{last[0]}", f"{first}_{last[0]}"):
            for form in {candidate, _fold(candidate)}:
                if len(form) >= 5 and form in text:
                    out.add(form)
    return frozenset(out)


# --- the words of the page an address's local part spells ------------------------------------------------------------
# the pieces of an e-mail address's local part ("tuula.rantanen", "f.cali.warsame", "gosia.wojcik-lind")
_EMAIL_LOCAL_PART_RE = re.compile(r"(?<![\p{L}\p{N}._%+\-])(?P<local>[\p{L}][\p{L}\-]*(?:[._][\p{L}][\p{L}\-]*){1,2})(?=[ \t]?(?:@|\[at\]|\(at\)|＠|&#64;|\(a\)|[ \t]at[ \t]|[ \t]snabel))")
# a word of the page (letters, hyphens, an apostrophe inside)
_PAGE_WORD_RE = re.compile(r"(?<![\p{L}\p{M}\p{N}])\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*")
# initials right after a name's word: "Wójcik-Lind M.", "faadumo c.w.", "Pimchanok S."
_INITIALS_AFTER_NAME_WORD_RE = re.compile(r"[ \t](?:\p{L}\.){1,3}(?![\p{L}\p{N}])|,[ \t]\p{Lu}(?:-\p{Lu}|\p{Ll})?\.?(?![\p{L}\p{N}])")


def _email_key(word: str) -> str:
    """A word as an e-mail address writes it: casefolded, without diacritics, hyphens or apostrophes."""
    return _fold(word).replace("-", "").replace("'", "").replace("’", "")


def _page_word_may_be_name(redactor: "Redactor", word: str) -> bool:
    """Whether a word of the page may be a person's name's word: no place, no organisation's word, no very frequent
    word, and in lower case no everyday word at all."""
    lex = redactor.lex
    if redactor._is_place(word) or _institution_word(word) or lex.zipf(word) >= redactor.EVERYDAY_ZIPF:
        return False
    return word[:1].isupper() or not lex.is_common(word)


# what an e-mail address's local part stands right before (the look-ahead of _EMAIL_LOCAL_PART_RE without its optional blank)
_EMAIL_AT_MARKS = ("@", "[at]", "(at)", "＠", "&#64;", "(a)", " at ", " at\t", "\tat ", "\tat\t", " snabel", "\tsnabel")
_EMAIL_LOCAL_PUNCTUATION = frozenset("._%+-")


def _email_local_part_matches(text: str) -> list:
    """The matches of :data:`_EMAIL_LOCAL_PART_RE` in ``text``, tried only before the marks its look-ahead needs. (Its
    look-behind excludes every character the local part may hold, so a match starts where such a run of characters
    starts and ends where it ends, right before a mark or a blank and a mark: one try per run that a mark follows.)"""
    starts = set()
    for mark in _EMAIL_AT_MARKS:
        q = text.find(mark)
        while q >= 0:
            for e in ((q, q - 1) if q and text[q - 1] in " \t" else (q,)):
                k = e
                while k and (text[k - 1].isalnum() or text[k - 1] in _EMAIL_LOCAL_PUNCTUATION):
                    k -= 1
                if k < e:
                    starts.add(k)
            q = text.find(mark, q + 1)
    found = []
    for k in sorted(starts):
        m = _EMAIL_LOCAL_PART_RE.match(text, k)
        if m is not None:
            found.append(m)
    return found


_PAGE_WORD_RES_BY_HEADS: dict = {}  # the ASCII letters a word may start with -> _PAGE_WORD_RE held to those words
_PAGE_WORD_HEADS_SEEN: set = set()  # the letters asked for once: a pattern is compiled only when they come again
_WORD_INNER_MARKS = frozenset("'’-")


def _page_words_with_heads(text: str, heads) -> list:
    """The matches of :data:`_PAGE_WORD_RE` in ``text`` whose first character is in ``heads`` or not ASCII, found by
    the regex engine (not a Python test at every word of the page). A word skipped whole may leave a tail after its
    hyphen or apostrophe that the held regex matches ("x-ray" … "ray") but the full scan reads as part of the word:
    such a match is kept only where the full scan of its run of letters, marks, hyphens and apostrophes starts one
    there."""
    ascii_heads = "".join(sorted(h for h in heads if len(h) == 1 and h.isascii()))
    pattern = _PAGE_WORD_RES_BY_HEADS.get(ascii_heads)
    if pattern is None and ascii_heads not in _PAGE_WORD_HEADS_SEEN:
        # letters asked for the first time (most are: a few per page, their combinations many): the page's words
        # read whole, the others dropped (a pattern's compiling costs several scans of a page)
        if len(_PAGE_WORD_HEADS_SEEN) > 4096:
            _PAGE_WORD_HEADS_SEEN.clear()
        _PAGE_WORD_HEADS_SEEN.add(ascii_heads)
        return [m for m in _PAGE_WORD_RE.finditer(text) if m[0][0] in ascii_heads or not m[0][0].isascii()]
    if pattern is None:
        if len(_PAGE_WORD_RES_BY_HEADS) > 512:
            _PAGE_WORD_RES_BY_HEADS.clear()
        # (a set of first characters first, for the engine's fast scan; then the look-behind of _PAGE_WORD_RE)
        pattern = _PAGE_WORD_RES_BY_HEADS[ascii_heads] = re.compile(
            rf"[{re.escape(ascii_heads)}\x80-\U0010FFFF](?<![\p{{L}}\p{{M}}\p{{N}}].)(?<=\p{{L}})"
            r"[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*")
    out = []
    for m in pattern.finditer(text):
        p = m.start()
        if p and text[p - 1] in _WORD_INNER_MARKS:  # (rare: maybe the tail of a word the full scan reads whole)
            r = p - 1
            while r and (text[r - 1].isalpha() or text[r - 1] in _WORD_INNER_MARKS
                         or unicodedata.category(text[r - 1])[0] == "M"):
                r -= 1
            if not any(w.start() == p for w in _PAGE_WORD_RE.finditer(text, r, m.end())):
                continue
        out.append(m)
    return out


def _words_spelled_by_addresses(redactor: "Redactor", text: str) -> frozenset:
    """Round 29: the words of the page that an e-mail address's local part of two or three pieces spells as a
    person's: the pieces stand as consecutive words of the page ("tuula rantanen" … "tuula.rantanen (at) …",
    "Faadumo Cali Warsame" … "f.cali.warsame@…": a one-letter piece is the initial of a word), or each piece is
    written capitalised somewhere on the page and one is a surname or first name we know ("Wójcik-Lind M.
    (Gosia)" … "gosia.wojcik-lind[at]…"). Such a word then names the person anywhere in the page, in any case
    (``Context.address_forms``: the words as the page writes them). Read only on a page with an "at"."""
    lex = redactor.lex
    locals_ = []
    for m in _email_local_part_matches(text):
        pieces = [p for p in re.split(r"[._]", m["local"])]
        keys = [_email_key(p) for p in pieces]
        if sum(len(k) >= 2 for k in keys) >= 2 and not all(lex.is_common(k) for k in keys if len(k) >= 2):
            parts = [_fold(q) for p in pieces for q in p.split("-") if len(q) >= 2]  # "wojcik", "lind"
            locals_.append((keys, parts))
    if not locals_:
        return frozenset()
    # only the words that may be a piece: their first letter one a piece starts with (most words are not folded)
    heads = {k[0] for keys, _ in locals_ for k in keys}
    heads |= {h.upper() for h in heads}
    # of those, only the words whose key is a piece's or starts with a one-letter piece: the only ones a row, a piece
    # or a word wanted below can be (a row's words stand one blank apart, so none between them is left out)
    all_keys = {k for keys, _ in locals_ for k in keys}
    initials = {k for k in all_keys if len(k) == 1}
    keys_of: dict = {}  # (a page writes most words more than once: each folded once)
    words = []
    for w in _page_words_with_heads(text, heads):
        word = w[0]
        key = keys_of.get(word)
        if key is None:
            key = keys_of[word] = _email_key(word)
        if key in all_keys or key[:1] in initials:
            words.append((word, key, w.start(), w.end()))
    by_key: dict = {}
    at_key: dict = {}  # a key's places in ``words``: the rows below start only there
    for i, (w, key, _, _) in enumerate(words):
        by_key.setdefault(key, set()).add(w)
        at_key.setdefault(key, []).append(i)
    wanted = set()
    row_words = set()
    for keys, parts in locals_:
        long_keys = [k for k in keys if len(k) >= 2]
        # every piece a word of the page that may be a name's (else only a row of them, round 30, below)
        plain = not any(not any(_page_word_may_be_name(redactor, w) for w in by_key.get(k, ())) for k in long_keys)
        # the pieces in a row as words of the page (an initial as any word with that letter)
        n = len(keys)
        in_row = None
        if len(keys[0]) >= 2:
            starts = at_key.get(keys[0], ())
        else:  # an initial: any word of two letters or more it starts
            starts = sorted(i for key, places in at_key.items() if key[:1] == keys[0] and len(key) > 1 for i in places)
        for i in starts:
            if i > len(words) - n:
                break
            row = words[i:i + n]
            if all((len(k) == 1 and row[j][1][:1] == k and len(row[j][1]) > 1) or row[j][1] == k
                   for j, k in enumerate(keys)) \
                    and all(text[row[j][3]:row[j + 1][2]] in (" ", "\t") for j in range(n - 1)):
                in_row = row
                break
        if in_row is not None:
            if all(not redactor._is_place(r[0]) and not _institution_word(r[0]) for r in in_row) \
                    and any(_page_word_may_be_name(redactor, r[0]) for r in in_row):
                # round 30: the address spells the words the page writes in a row, so each is the person's, an
                # everyday word too ("lisa nordin-eklund" … "Lisa nås", "chen meiling" … "chen.meiling@")
                wanted.update(r[1] for r in in_row)
                row_words.update(r[0] for r in in_row)
            elif plain:
                wanted.update(r[1] for r in in_row if _page_word_may_be_name(redactor, r[0]))
            continue
        if not plain:
            continue
        capitalised = all(any(w[:1].isupper() for w in by_key.get(k, ())) for k in long_keys)
        known = any(k in lex.surnames or redactor._first_name(_Token(k.capitalize(), 0, len(k)), known_only=True)
                    for k in parts)
        if capitalised and known:
            wanted.update(long_keys)
    return frozenset(w for key in wanted for w in by_key.get(key, ()) if _page_word_may_be_name(redactor, w)) | row_words


def _address_spelled_word_spans(text: str, forms) -> list[tuple[int, int, str]]:
    """Where ``text`` writes a word of :func:`_words_spelled_by_addresses` as a word of its own (not inside an address
    or a longer word), with the initials right after it ("Wójcik-Lind M.", "faadumo c.w.")."""
    spans = []
    for w in forms:
        position = text.find(w)
        while position >= 0:
            end = position + len(w)
            at, position = position, text.find(w, end)
            if at > 0 and (text[at - 1].isalnum() or text[at - 1] in "-_.@/'’") \
                    or end < len(text) and (text[end].isalnum() or text[end] in "-_@'’"):
                continue
            if end < len(text) and text[end] == "." and text[end + 1:end + 2].isalpha():
                continue  # a piece of an address ("tuula.rantanen")
            m = _INITIALS_AFTER_NAME_WORD_RE.match(text, end)
            spans.append((at, m.end() if m is not None else end, NAME))
    return spans


# dotted initials right before their own address, in brackets or after a comma: "J.K.L. (jkl@…)"
_INITIALS_BEFORE_ADDRESS_RE = re.compile(r"(?<![\p{L}\p{N}.])(?P<ini>(?:\p{Lu}\.){2,4})(?:[ \t]\(|,[ \t]|[ \t]|:[ \t])$")


def _initials_before_own_address(text: str) -> list[tuple[int, int, str]]:
    """Round 30: dotted initials right before the address whose local part they spell ("Frågor till J.K.L.
    (jkl@…)", "A.B., ab@…"). Read only where an "@" stands."""
    spans = []
    q = text.find("@")
    while q >= 0:
        k = q
        while k and text[k - 1].isalpha():
            k -= 1
        local = text[k:q]
        if 2 <= len(local) <= 4:
            m = _INITIALS_BEFORE_ADDRESS_RE.search(text, max(0, k - 12), k)
            if m is not None and m["ini"].replace(".", "").casefold() == local.casefold():
                spans.append((m.start("ini"), m.end("ini"), NAME))
        q = text.find("@", q + 1)
    return spans


# --- names inside an attachment's file name --------------------------------------------------------------------------
# Each function starts where a plain substring look-up finds its cue ("_", "@\n", "+46", "-"), never at every word.

_FILE_EXTENSIONS = (".pdf", ".doc", ".xls", ".ppt", ".odt", ".ods", ".txt", ".csv", ".rtf", ".jpg", ".png")
_FILE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzåäöéüABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÜ0123456789_.-")
_FILE_PART_RE = plain_re.compile(r"[^_.\-]+")
# a first name that is also a very frequent word ("per", "hans") names a person in a file name only before a
# surname we know or an initial
_FILE_FIRST_MAX_ZIPF = 5.0


def _file_name_tokens(text: str) -> list[tuple[int, int]]:
    """(start, end) of every token made of letters, digits, "_", "." and "-" that holds a "_" or ends with a file's
    extension ("rutin_bsa_karin_dahlgren_2019.pdf", "deltagarlista-ali-k.xlsx"), found from those substrings."""
    seeds = []
    position = text.find("_")
    while position >= 0:
        seeds.append(position)
        position = text.find("_", position + 1)
    lowered = _lower(text)
    for ext in _FILE_EXTENSIONS:
        position = lowered.find(ext)
        while position >= 0:
            seeds.append(position)
            position = lowered.find(ext, position + 1)
    tokens = set()
    for seed in seeds:
        start = seed
        while start > 0 and text[start - 1] in _FILE_CHARS:
            start -= 1
        end = seed + 1
        while end < len(text) and text[end] in _FILE_CHARS:
            end += 1
        while end > start and text[end - 1] in ".-_":
            end -= 1
        if start > 0 and text[start - 1] in "@/:" or end < len(text) and text[end] == "@":
            continue  # an e-mail address or a web address: read elsewhere
        tokens.add((start, end))
    return sorted(tokens)


@lru_cache(maxsize=1)
def _kept_word_pairs() -> frozenset:
    """Two words in a row of a name :func:`keep_names` keeps ("marte meo"), folded: no person's in a file name."""
    out = set()
    for name, _ in keep_names():
        words = [_fold(w.casefold()) for w in re.split(r"[\s\-]+", name) if w]
        out.update(zip(words, words[1:]))
    return frozenset(out)


def _initials_of(name: str) -> str:
    """The capitals that open the words and hyphen-joined parts of ``name`` ("I. Adeyemi-Lund" -> "IAL")."""
    return "".join(p[:1] for w in name.replace("-", " ").split() for p in [w.strip(".,()")] if p[:1].isupper())


def _page_name_parts(text: str, found: list) -> tuple[frozenset, frozenset]:
    """(the words of the names found in ``text``, folded; the initials of those names, three letters or more)."""
    words, initials = set(), set()
    for start, end, kind in found:
        if kind == NAME:
            name = text[start:end]
            words.update(_fold(w.casefold()) for w in _NAME_PART_SPLIT_RE.split(name) if len(w) >= 2)
            letters = _initials_of(name)
            if len(letters) >= 3:
                initials.add(letters)
    return frozenset(words), frozenset(initials)


def _attachment_file_name_spans(redactor: "Redactor", text: str, found: list,
                                page_parts: tuple | None = None) -> list[tuple[int, int, str]]:
    """A person's name inside a file name ("bilaga rutin_bsa_karin_dahlgren_2019.pdf", "checklista_ayse_k.pdf"):
    two parts joined by "_", "." or "-" where the first is a first name of the name data and the second a surname
    we know, an initial or a word in no word list ("maria_ekblad"), or both are words of the page's names found
    ("xu_heikkinen" after "Lijuan Xu och Sirpa Heikkinen"); and capitals that are the initials of a name found
    ("barnrutin_IAL_NU.pdf" … "I. Adeyemi-Lund"). Words of methods, places and programmes stay ("arvika", "bsa")."""
    if "_" not in text and not any(ext in _lower(text) for ext in _FILE_EXTENSIONS):
        return []
    tokens = _file_name_tokens(text)
    if not tokens:
        return []
    lex = redactor.lex
    page_words, page_initials = _page_name_parts(text, found)
    if page_parts is not None:
        page_words, page_initials = page_words | page_parts[0], page_initials | page_parts[1]

    def first_name(word: str) -> bool:
        key = word.casefold()
        return (key in lex.first_sv or key in lex.first_other) and not redactor._is_place(key)

    def surname_like(word: str) -> bool:
        key = word.casefold()
        if len(key) == 1:
            return key.isalpha()
        if not key.isalpha() or redactor._is_place(key) or _institution_word(key) or _person_word(key):
            return False
        return redactor._known_surname(key, None) or lex.zipf(key) == 0

    spans = []
    for t_start, t_end in tokens:
        parts = [(m.start(), m.end(), m.group(0)) for m in _FILE_PART_RE.finditer(text, t_start, t_end)]
        if len(parts) < 2:
            continue
        for k, (a_start, a_end, a) in enumerate(parts):
            if a.isupper() and len(a) >= 3 and a in page_initials:
                spans.append((a_start, a_end, NAME))
                continue
            if k + 1 >= len(parts) or not a.isalpha():
                continue
            b_start, b_end, b = parts[k + 1]
            if b_end == t_end and text[a_end:b_start] == ".":
                continue  # "anna.pdf": an extension, no surname
            a_key, b_key = _fold(a.casefold()), _fold(b.casefold())
            if (a_key, b_key) in _kept_word_pairs():
                continue  # a method's or a title's words ("marte_meo")
            if a_key in page_words and b_key in page_words and len(a) >= 2 and len(b) >= 2:
                spans.append((a_start, b_end, NAME))
            elif first_name(a) and surname_like(b) and (
                    lex.zipf(a) < _FILE_FIRST_MAX_ZIPF or len(b) == 1 or redactor._known_surname(b, None)):
                spans.append((a_start, b_end, NAME))
            elif first_name(a) and b_key in page_words and len(b) >= 2:
                spans.append((a_start, b_end, NAME))
    return spans


# --- a found name split into its words --------------------------------------------------------------------------------
_NAME_PART_SPLIT_RE = re.compile(r"[\s\-.,()\"\u201c\u201d]+")  # (compiled once: a module-level call compiles it at every name)
