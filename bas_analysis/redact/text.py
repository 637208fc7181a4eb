"""Text: the placeholders, the words of a text and the spans found in it.

In:  a text (a page, a part of one, a file name).
Out: the placeholders (:data:`NAME`, :data:`PHONE`, :data:`EMAIL`, :data:`ADDRESS`, :data:`PERSONAL_NUMBER`);
     its words (``_TOKEN_RE``, the Latin-1 fast paths ``_word_matches``/``_word_positions``), letters folded
     (``_fold``, ``_lower``); spans merged, covered and applied (``_merge``, ``_Cover``, ``_apply``) and the
     memory of the last texts asked (``_recalled``/``_recall``).
"""

from __future__ import annotations

from itertools import accumulate, chain
import unicodedata
from functools import lru_cache
import re as plain_re
import regex as re


# --- the placeholders ------------------------------------------------------------------------------------------------
EMAIL = "[e-post]"
PHONE = "[telefon]"
NAME = "[namn]"
PERSONAL_NUMBER = "[personnummer]"
ADDRESS = "[adress]"


# --- the last texts asked, remembered (a few of them) ----------------------------------------------------------------
# The last few texts a pure function of a text was asked about, each with its answer, the latest first: a page's
# passes ask about the page again after asking about some of its lines. A text is known by identity (the text
# itself is kept, so no other text can be it).
_RECALLED = 4


def _recalled(memo: list, text: str):
    for known, answer in memo:
        if known is text:
            return answer
    return None


def _recall(memo: list, text: str, answer) -> None:
    memo.insert(0, (text, answer))
    del memo[_RECALLED:]


# --- words: tokens and their positions (Latin-1 fast paths), letters and folding -------------------------------------
_TOKEN_RE = re.compile(r"[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?(?:-[\p{L}\p{M}]+)*")
# Most pages hold only Latin-1 characters, general punctuation (U+2000-U+206F: dashes, quotes, bullets) and the
# euro sign (what _LATIN1_ONLY finds none outside of). Among those characters the letters and marks are exactly
# _LATIN1_LETTERS (no mark, proved by a test against every one of them), so there _FAST_TOKEN_RE, the same
# pattern for the standard library's engine, finds the same words, about twice as fast.
_LATIN1_LETTERS = "A-Za-z\u00aa\u00b5\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff"
_LATIN1_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"  # \\p{Lu} among them
_LATIN1_LOWER = "a-z\u00b5\u00df-\u00f6\u00f8-\u00ff"  # \\p{Ll}
_LATIN1_DIGITS = "0-9\u00b2\u00b3\u00b9\u00bc-\u00be"  # \\p{N}
_L1_WORD = f"[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+"  # \p{Lu}\p{Ll}+ among them
_FAST_TOKEN_RE = plain_re.compile(f"[{_LATIN1_LETTERS}]+(?:['’][{_LATIN1_LETTERS}]+)?(?:-[{_LATIN1_LETTERS}]+)*")
_LATIN1_ONLY = plain_re.compile("[^\x00-\xff\u2000-\u206f\u20ac]")  # a character outside those


@lru_cache(maxsize=4)  # several passes over one page read it in lower case (a copy as long as the page: four kept)
def _lower(text: str) -> str:
    """``text.lower()``, made once for the passes over one page."""
    return text.lower()


@lru_cache(maxsize=4)  # several passes over one page ask (the page's hash is kept by the string: a quick look-up)
def _beyond_latin1(text: str) -> bool:
    """Whether ``text`` holds a character outside Latin-1 and the punctuation block (:data:`_LATIN1_ONLY`)."""
    return _LATIN1_ONLY.search(text) is not None


def _word_matches(text: str):
    """The matches of ``_TOKEN_RE`` in ``text``, in order (of ``_FAST_TOKEN_RE`` where it finds the same)."""
    return (_TOKEN_RE if _LATIN1_ONLY.search(text) else _FAST_TOKEN_RE).finditer(text)


# the same patterns as one group: split by them, a text is its gaps and its words in turn (gap, word, gap, …, gap)
_TOKEN_SPLIT_RE = re.compile(f"({_TOKEN_RE.pattern})")
_FAST_TOKEN_SPLIT_RE = plain_re.compile(f"({_FAST_TOKEN_RE.pattern})")


def _word_positions(text: str) -> tuple[list[str], list[int], list[int]]:
    """(words, starts, ends) of the matches of :func:`_word_matches` in ``text``, in order, without a match
    object per word (making those is most of the cost of splitting a page): the text split by the same pattern
    in a group alternates gaps and the words, so each word's start and end add up the lengths before it.
    The pattern matches no empty string, so every word is a match (tests/test_redact_fast_paths.py compares)."""
    parts = (_TOKEN_SPLIT_RE if _LATIN1_ONLY.search(text) else _FAST_TOKEN_SPLIT_RE).split(text)
    ends = list(accumulate(map(len, parts), initial=0))  # where each part ends: parts 2k + 1 are the words
    return parts[1::2], ends[1:-1:2], ends[2::2]


_LOWER_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöéü"
# characters of a word that is no name from abroad (no letter outside _LOWER_LETTERS, once casefolded)
_SWEDISH_WORD_CHARS = frozenset(_LOWER_LETTERS + _LOWER_LETTERS.upper() + "-'’")
_SENTENCE_START = set(".!?:;\n•|\"'“”«(–-*")


@lru_cache(maxsize=1 << 16)
def _fold(word: str) -> str:
    """Casefolded, without diacritics: "Bergström" -> "bergstrom" (file names, pages that lost their å ä ö)."""
    if word.isascii():
        return word.casefold()  # (no ASCII letter decomposes or carries a mark: the same, without the work)
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ı", "i").replace("ł", "l").replace("ø", "o")


# a quoted title of two to eight words ("the book »Name and the long winter«") after a word for a publication, a
# film or a material earlier in the same sentence: a first name in it names a character, not a person
_QUOTES = "\"\u201c\u201d\u00ab\u00bb"


# --- spans: whole lines, touching, merging, covering, applying -------------------------------------------------------
def _whole_lines(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is made of whole lines of ``text`` (a line break or an end on either side)."""
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n")


def _touches(lines: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``lines`` (start, end: lines of a text, or spans already found) holds a character of ``start:end``.

    The "at" pattern looks at nothing around its match and holds no line break,
    so an "at" of a part of a text is one of the text's, on a line of the text
    that :func:`_at_lines` finds (the text's search reports that match or one
    overlapping it): a part touching none of those lines holds no address.
    """
    return any(a < end and b > start for a, b in lines)


def _indices(keys: list[str], wanted) -> list[int]:
    """The indices of the words of ``keys`` in ``wanted``, in order. A page's words hold few of its surnames: each
    is looked for in the list (in C) rather than every word in the set."""
    found = wanted.intersection(keys)
    if len(found) > 3:
        return [i for i, key in enumerate(keys) if key in found]
    out: list[int] = []
    for key in found:
        i = keys.index(key)
        while True:
            out.append(i)
            try:
                i = keys.index(key, i + 1)
            except ValueError:
                break
    out.sort()
    return out


class _Cover:
    """Which character ranges are taken, for tokens asked in order of position (linear overall)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = [span for span in _merge([(s, e, "") for s, e in spans])]
        self.i = 0

    def covers(self, start: int, end: int) -> bool:
        while self.i < len(self.spans) and self.spans[self.i][1] <= start:
            self.i += 1
        return self.i < len(self.spans) and self.spans[self.i][0] < end


def _apply(text: str, spans: list[tuple[int, int, str]]) -> str:
    if not spans:
        return text
    parts, last = [], 0
    for start, end, placeholder in spans:
        parts.append(text[last:start])
        parts.append(placeholder)
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _merge(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans):
        if merged and start < merged[-1][1]:  # overlapping spans: the longer one's placeholder
            label = label if end - start > merged[-1][1] - merged[-1][0] else merged[-1][2]
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]), label)
        else:
            merged.append((start, end, label))
    return merged


def _whole_word_spans(text: str, strings) -> list[tuple[int, int, str]]:
    """Every place where ``text`` writes one of ``strings`` with no letter or digit just before or after it."""
    out = []
    for name in strings:
        position = text.find(name)
        while position >= 0:
            end = position + len(name)
            if (position == 0 or not text[position - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                out.append((position, end, NAME))
            position = text.find(name, end)
    return out
