"""Tokens and context: a text's words read once, and what a page's redaction shares with its parts.

In:  a text (a page or a part of it).
Out: its tokens (``_Token``, ``_Words``, ``_LowerWords``), their surroundings (sentence starts, capitalised
     neighbours), a page's :class:`Context` (its words, lines with an "at", the names and forms its redaction
     found for its later parts) and the record of the name finder's tries (``_Asked``, ``_Remembered``,
     ``_Log``, ``_Scan``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
import regex as re

from .text import _SENTENCE_START, _word_matches, _word_positions
from .contact_data import _at_lines


# --- tokens of a text and their surroundings -------------------------------------------------------------------------
class _Token:
    """A word of a text with its position, its casefolded key and, on demand, its case (title, upper, lower, initial, mixed)."""

    __slots__ = ("text", "start", "end", "key", "_case")

    def __init__(self, text: str, start: int, end: int, key: str | None = None):
        self.text, self.start, self.end = text, start, end
        self.key = text.casefold() if key is None else key
        self._case = None

    @property
    def case(self) -> str:
        if self._case is None:
            text = self.text
            if text.isupper():
                self._case = "initial" if len(text) == 1 else "upper"
            elif text.islower():
                self._case = "lower"
            else:
                self._case = "title" if text[0].isupper() else "mixed"
        return self._case


# A word joined to another by a dot, "@" or "_" with no space ("jonas.wiren", "nykoping.se") is part of an
# address, not a word the page writes: a first name in an e-mail address does not make it an everyday word.
_LOWER_WORD_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?<![\p{L}\p{N}][._@])\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{M}])(?![._@][\p{L}\p{N}])"
)
_ADDRESS_JOINTS = "._@"


def _tokens(text: str) -> list[_Token]:
    return [_Token(m[0], m.start(), m.end()) for m in _word_matches(text)]


class _Words:
    """The words of a text as a sequence of :class:`_Token`: every word's key (casefolded) is computed at once,
    since each is asked whether a name starts there, but a word's token (position, case) is made only when asked
    for: most words start no name and lie next to none.

    The words of a part of a page (a title, an answer) are the page's words
    between the part's ends (:meth:`part`), positions counted from ``offset``.
    """

    __slots__ = ("words", "starts", "ends", "keys", "offset", "_made", "_root", "keep", "reach")

    def __init__(self, words: list, starts: list, ends: list, offset: int = 0, keys: list | None = None,
                 root: "_Words | None" = None, keep=None):
        self.words = words
        self.starts, self.ends = starts, ends  # where each word starts and ends in the root's text
        self.offset = offset
        self.keys = list(map(str.casefold, self.words)) if keys is None else keys
        self._made: list[_Token | None] = [None] * len(words)
        # the words split from a text (``root``) these are taken from: word k is the root's word keep[k]
        self._root = root  # None: these are the words split from the text (not a reference to self: no cycle
        # for the collector to find, so a page's words go as soon as the page is done)
        self.keep = range(len(words)) if keep is None else keep
        self.reach = -1  # the last index :meth:`has` found a word at

    @property
    def root(self) -> "_Words":
        return self if self._root is None else self._root

    @classmethod
    def of(cls, text: str) -> "_Words":
        return cls(*_word_positions(text))

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, i: int) -> _Token:
        token = self._made[i]
        if token is None:
            token = self._made[i] = _Token(self.words[i], self.starts[i] - self.offset, self.ends[i] - self.offset,
                                           self.keys[i])
        return token

    def _first_ending_after(self, position: int) -> int:
        """The index of the first word that ends after ``position`` (counted from ``offset``)."""
        return bisect.bisect_right(self.ends, position + self.offset)

    def without(self, spans: list[tuple[int, int]]) -> "_Words":
        """The words no span of ``spans`` (start, end) touches; found by bisection, the spans being few."""
        dropped: list[tuple[int, int]] = []  # runs of words (first, last + 1)
        starts = self.starts
        for start, end in spans:
            first = k = self._first_ending_after(start)
            while k < len(starts) and starts[k] - self.offset < end:
                k += 1
            if k > first:
                dropped.append((first, k))
        if not dropped:
            return self
        kept, last = [], 0
        for first, k in sorted(dropped):
            if first > last:
                kept.append((last, first))
            last = max(last, k)
        kept.append((last, len(starts)))
        out: tuple[list, list, list, list, list] = ([], [], [], [], [])
        for first, k in kept:
            for whole, part in zip((self.words, self.starts, self.ends, self.keys, self.keep), out):
                part += whole[first:k]
        return _Words(out[0], out[1], out[2], self.offset, out[3], self.root, out[4])

    def part(self, start: int, end: int) -> "_Words | None":
        """The words of the text's characters ``start:end`` as a text of its own, or None when a word runs across
        either end (then the part alone splits differently). The word pattern looks at nothing around a word,
        so a part cut between words holds exactly the text's words between its ends."""
        starts = self.starts
        first = self._first_ending_after(start)
        if first < len(starts) and starts[first] - self.offset < start:
            return None
        last = self._first_ending_after(end)
        if last < len(starts) and starts[last] - self.offset < end:
            return None
        return _Words(self.words[first:last], starts[first:last], self.ends[first:last], self.offset + start,
                      self.keys[first:last], self.root, self.keep[first:last])

    def has(self, i: int) -> bool:
        """Whether there is a word ``i``; the name finder asks this before it reads a word after the first."""
        if i < len(self.keys):
            if i > self.reach:
                self.reach = i
            return True
        return False

    def root_index(self, i: int, ahead: int) -> int:
        """The root's index of word ``i`` when the words ``i`` to ``i + ahead`` are the root's words in a row
        (so those after them exist here if they exist in the root), else -1."""
        keep = self.keep
        g = keep[i]
        if ahead == 0:
            return g
        return g if i + ahead < len(keep) and keep[i + ahead] == g + ahead else -1


def _first_name_keys(lex: "Lexicon") -> frozenset[str]:
    """Every first name the name data knows (Swedish and from abroad): the words a name may start with."""
    keys = lex.__dict__.get("_first_name_keys")
    if keys is None:
        keys = lex.first_sv | lex.first_other | lex.family_first
        object.__setattr__(lex, "_first_name_keys", keys)  # computed once per lexicon
    return keys


def _adjacent(text: str, a: _Token, b: _Token, after_initial: bool = False) -> bool:
    if b.start - a.end > 3:
        return False
    gap = text[a.end:b.start]
    if after_initial and gap.startswith("."):
        gap = gap[1:]
    return 0 < len(gap) <= 2 and gap.strip(" \t") == "" or (after_initial and gap == "")


def _at_sentence_start(text: str, token: _Token) -> bool:
    return _before_is_sentence_start(text, token.start)


def _before_is_sentence_start(text: str, start: int) -> bool:
    """Whether a word starting at ``start`` begins a sentence, a line or a bracket (see _SENTENCE_START)."""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_START


def _surroundings(text: str, token: _Token) -> tuple:
    """What lies around ``token`` in ``text`` beyond its neighbouring words, for a first name standing alone:
    (the word right before it, on the same line with only blanks between, or None; whether that word starts a
    sentence; whether that word is joined to the one before it by a colon or a dot, an abbreviation such as
    "S:t"; whether a number follows the token after blanks, a date such as "Maj 2020")."""
    i = token.start
    k = i
    while k > 0 and i - k < 3 and text[k - 1] in " \t":
        k -= 1
    before = None
    starts = joined = False
    if 0 < k < i and _LETTER_RE.match(text[k - 1]):
        b = k - 1
        while b > 0 and (_LETTER_RE.match(text[b - 1]) or text[b - 1] == "-" and b > 1 and _LETTER_RE.match(text[b - 2])):
            b -= 1
        before = text[b:k]
        starts = _at_sentence_start(text, _Token(before, b, k))
        joined = b > 0 and text[b - 1] in ":."
    j = token.end
    while j < len(text) and j - token.end < 3 and text[j] in " \t":
        j += 1
    number = j > token.end and j < len(text) and text[j].isdigit()
    return before, starts, joined, number


# --- the page's context and the record of the name finder's tries ----------------------------------------------------
@dataclass
class Context:
    """What one page says about itself: surnames of the full names it holds, words it uses in lower case
    (a set, or a :class:`_LowerWords` that answers word by word)."""

    surnames: set[str] = field(default_factory=set)
    lower_words: set[str] = field(default_factory=set)
    # the page, its words and its lines with an "at" (from Redactor.context): a part of the page takes its
    # words from there, and looks for e-mail addresses only when it touches such a line
    page: str | None = field(default=None, repr=False, compare=False)
    words: "_Words | None" = field(default=None, repr=False, compare=False)
    at_lines: list | None = field(default=None, repr=False, compare=False)
    # what the page's name finder found at each word it tried, and what it asked of the context there
    scan: "_Scan | None" = field(default=None, repr=False, compare=False)
    # where a page's tries write down what they ask (Redactor.context)
    log: list | None = field(default=None, repr=False, compare=False)
    # the page's names in person positions, (start, end) in order, and the redactor that found them
    # (Redactor._page_positions): a part of the page made of whole lines takes its own from there
    positions: tuple | None = field(default=None, repr=False, compare=False)
    # the page's e-mail addresses, (start, end) in order, and their starts: the same for such a part
    emails: tuple | None = field(default=None, repr=False, compare=False)
    # the initials of the page's full names (Redactor.context): {letters: defined}, defined when the page writes
    # them in brackets right after the name ("Anna Ek (AE)")
    initials: dict | None = field(default=None, repr=False, compare=False)
    # the page's user names, handles and lower-case spellings that hold a part of one of its full names
    # ("@psykologanna", "aberglund", "anna.berglund.x", "annamaria" of "Anna-Maria Berglund"): Redactor.context
    logins: frozenset = field(default=frozenset(), repr=False, compare=False)
    # the genitives of the first names of the page's full names ("annas" of "Anna Ek"): Redactor.context
    first_genitives: frozenset = field(default=frozenset(), repr=False, compare=False)
    # the first names of the page's full names that may stand for the person alone ("Mette" of "Mette Dahl"):
    # Redactor.context
    first_names: frozenset = field(default=frozenset(), repr=False, compare=False)
    # the page's own spans, their starts and which of the page's gates it passes (Redactor.spans of the page, for
    # its later parts: Redactor._page_part_spans); None until the page is redacted, or when no part may take them
    page_spans: tuple | None = field(default=None, repr=False, compare=False)
    # the page's own spans as Redactor.spans gives them (its parts may ask for them before the page itself is asked)
    page_found: list | None = field(default=None, repr=False, compare=False)
    # whether every surname of the names the page's redaction found is one of ``surnames`` (Redactor._spans)
    page_names_known: bool = field(default=False, repr=False, compare=False)
    # round 28: the words of the page's names found (Redactor.spans of the page): with initials after them, a name
    name_words: frozenset = field(default=frozenset(), repr=False, compare=False)
    # round 29: the words of the page an e-mail address's local part spells as a person's (_words_spelled_by_addresses)
    address_forms: frozenset = field(default=frozenset(), repr=False, compare=False)
    # round 29: initials with dots the page's redaction found as a name ("… av Å.L., ansvarig utgivare …")
    signed_initials: frozenset = field(default=frozenset(), repr=False, compare=False)
    # round 30: the page's full names found, in lower case (_full_names_written_lower)
    lower_names: frozenset = field(default=frozenset(), repr=False, compare=False)
    # the words of the page's names found, folded, and their initials (_page_name_parts): in a file name of a part of
    # the page or of its wave evidence, they name the person ("rutin_xu_heikkinen.pdf", "rutin_IAL.pdf")
    name_parts: tuple = field(default=(frozenset(), frozenset()), repr=False, compare=False)
    # the page's names found written again (_found_name_forms): their full forms with initials, and the words
    # that stand for a person alone (a name in capitals' first word, a quoted pet name)
    found_forms: tuple = field(default=(frozenset(), frozenset()), repr=False, compare=False)
    # the forms in which the page's full names found stand for the person alone (_found_name_part_forms): a word's
    # genitive, a word in no word list, dotted initials
    found_part_forms: frozenset = field(default=frozenset(), repr=False, compare=False)

    def sentence_start(self, text: str, token: "_Token") -> bool:
        """Whether ``token`` starts a sentence of ``text`` (written down in ``log``, if any)."""
        answer = _at_sentence_start(text, token)
        if self.log is not None:
            self.log.append((_SENTENCE_START_ASKED, None, answer))
        return answer

    def surroundings(self, text: str, token: "_Token") -> tuple:
        """:func:`_surroundings` of ``token`` (written down in ``log``, if any)."""
        answer = _surroundings(text, token)
        if self.log is not None:
            self.log.append((_SURROUNDINGS_ASKED, None, answer))
        return answer

    def page_at_lines(self) -> list[tuple[int, int]]:
        if self.at_lines is None:
            self.at_lines = _at_lines(self.page)
        return self.at_lines


_LETTER_RE = re.compile(r"[\p{L}\p{M}]")
_LETTER_OR_DIGIT_RE = re.compile(r"[\p{L}\p{N}]")


def _in_address(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` is joined to a letter or digit by a dot, "@" or "_" (as ``_LOWER_WORD_RE``'s
    look-arounds say): a part of an address."""
    return (start >= 2 and text[start - 1] in _ADDRESS_JOINTS and _LETTER_OR_DIGIT_RE.match(text[start - 2]) is not None) \
        or (end + 1 < len(text) and text[end] in _ADDRESS_JOINTS and _LETTER_OR_DIGIT_RE.match(text[end + 1]) is not None)


class _LowerWords:
    """The words a text writes in lower case (what ``_LOWER_WORD_RE`` finds in it), for ``in`` only.

    Few words are ever asked for (a first name at the start of a sentence), so
    each is looked up when asked instead of collecting every lower-case word of
    the page: ``word`` is one of them if it is a lower-case word itself and the
    text holds it with no letter or mark right before or after (then it is a
    whole run of letters, as the pattern finds them).
    """

    __slots__ = ("text", "_asked")

    def __init__(self, text: str):
        self.text = text
        self._asked: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        answer = self._asked.get(word)
        if answer is None:
            answer = self._asked[word] = self._holds(word)
        return answer

    def _holds(self, word: str) -> bool:
        if not isinstance(word, str) or not _LOWER_WORD_RE.fullmatch(word):
            return False
        text, size = self.text, len(word)
        i = text.find(word)
        while i >= 0:
            end = i + size
            if (i == 0 or not _LETTER_RE.match(text[i - 1])) and (end == len(text) or not _LETTER_RE.match(text[end])) \
                    and not _in_address(text, i, end):
                return True
            i = text.find(word, i + 1)
        return False


class _Asked:
    """A set of a page's context that writes down every word asked of it, with the answer."""

    __slots__ = ("of", "asked", "_yes", "keys")

    def __init__(self, of):
        self.of = of
        self.asked: dict[str, bool] = {}
        self._yes: set[str] | None = None
        # sets of words each asked, with each less a final "s" (see among); the words found are in ``asked``
        self.keys: list[set[str]] = []

    def __contains__(self, word: str) -> bool:
        answer = self.asked[word] = word in self.of
        return answer

    def __bool__(self) -> bool:
        # never empty: code that skips work on an empty set does that work, so every word it depends on is asked
        return True

    def intersection(self, words: set[str]) -> set[str]:
        """The words of ``words`` in the set, each asked."""
        if not isinstance(self.of, (set, frozenset)):
            return {word for word in words if word in self}
        found = self.of.intersection(words)
        self.asked.update(dict.fromkeys(words, False))
        self.asked.update(dict.fromkeys(found, True))
        return found

    def among(self, keys: list[str]) -> set[str]:
        """The words of the set that are words of ``keys`` or such a word less a final "s", each of those asked:
        ``intersection`` of them all, but for a set (a page's few surnames) looked up the other way round.
        ``keys`` is kept as given (a list, made a set only where it is looked up: most pages give no surname)."""
        if not isinstance(self.of, (set, frozenset)):
            words = set(keys)
            words.update([key[:-1] for key in keys if key.endswith("s")])
            return self.intersection(words)
        if not self.of:
            self.keys.append(keys)
            return set()
        keys = set(keys)
        found = {word for word in self.of if word in keys or word + "s" in keys}
        self.keys.append(keys)
        self.asked.update(dict.fromkeys(found, True))
        return found

    def same_in(self, other) -> bool:
        """Whether ``other`` gives every answer this one gave (asked once the answers are all written down)."""
        if self._yes is None:
            self._yes = {word for word, answer in self.asked.items() if answer}
        if isinstance(other, (set, frozenset)):
            # the words of other asked: asked one by one, or in a set of words (or one less a final "s")
            asked = other.intersection(self.asked.keys())
            if other:
                for keys in self.keys:
                    keys = keys if isinstance(keys, set) else set(keys)
                    asked.update([word for word in other if word in keys or word + "s" in keys])
            return asked == self._yes
        if not all((word in other) == answer for word, answer in self.asked.items()):
            return False
        for keys in self.keys:
            for word in list(keys) + [key[:-1] for key in keys if key.endswith("s")]:
                if (word in other) != (word in self._yes):
                    return False
        return True


class _Remembered:
    """One text's spans and what its redaction asked of the page's context (the only way a context changes them).

    Sound only while redaction consults a :class:`Context` through membership in ``surnames`` and
    ``lower_words`` alone: anything else it comes to read of the page must be recorded here too. (The page's
    tries in ``scan`` change no span: one is taken only where trying again would give the same.)
    """

    __slots__ = ("spans", "surnames", "lower_words")

    def __init__(self, spans: list, surnames: _Asked, lower_words: _Asked):
        self.spans, self.surnames, self.lower_words = spans, surnames, lower_words
        surnames.of = lower_words.of = None  # only the answers are kept, not the page (its lower-case words)

    def holds_for(self, ctx: Context) -> bool:
        return self.surnames.same_in(ctx.surnames) and self.lower_words.same_in(ctx.lower_words)


_SURNAME, _LOWER, _SENTENCE_START_ASKED, _SURROUNDINGS_ASKED = 0, 1, 2, 3  # what a page's try asked (in _Scan's questions)


class _Log:
    """One set of a page's context that writes down each word asked of it, with the answer, in a shared list."""

    __slots__ = ("of", "which", "log")

    def __init__(self, of, which: int, log: list):
        self.of, self.which, self.log = of, which, log

    def __contains__(self, word: str) -> bool:
        answer = word in self.of
        self.log.append((self.which, word, answer))
        return answer


_NOT_TRIED = object()


class _Scan:
    """What the name finder found at each word of a page where it tried one (:meth:`Redactor.context`), for the
    page's later scans (the page itself with its e-mail addresses and numbers taken out, its parts).

    A try at word ``i`` (a contact name, else :meth:`Redactor._name_at`) reads the redactor's fixed names, the
    words ``i`` to the last one it asks for (``_Words.has`` notes it), the characters between them, whether
    word ``i`` starts a sentence, what lies around it (:func:`_surroundings`: the word before it, a number
    after it), and of the context only whether words are in ``surnames`` or ``lower_words``.
    So where another text has the same words from ``i`` to there in a row (``_Words.root_index``), and gives
    the same answers to the questions the page's try asked, in order (the sentence start asked of the other
    text, the words of its context, which may write them down as ``_Asked`` does), the try's result holds there.
    """

    __slots__ = ("redactor", "words", "starts", "tried")

    def __init__(self, redactor: "Redactor", words: _Words, starts: list[int]):
        self.redactor, self.words, self.starts = redactor, words, starts
        # root index -> (None or (words to the next, surname, end - start), questions, words read ahead)
        self.tried: dict[int, tuple] = {}

    def starts_in(self, tokens: _Words) -> list[int]:
        """The indices in ``tokens`` (words of the page's words) of the page's words a name may start with."""
        keep, starts = tokens.keep, self.starts
        if isinstance(keep, range):
            lo, hi = bisect.bisect_left(starts, keep.start), bisect.bisect_left(starts, keep.stop)
            return [g - keep.start for g in starts[lo:hi]]
        out = []
        for g in starts:
            k = bisect.bisect_left(keep, g)
            if k < len(keep) and keep[k] == g:
                out.append(k)
        return out

    def found(self, text: str, tokens: _Words, i: int, ctx: "Context"):
        """The page's result at word ``i`` of ``tokens`` (words of ``text``) as (next index, surname, end) or
        None, or ``_NOT_TRIED`` when the page's try does not hold here."""
        tried = self.tried.get(tokens.keep[i])
        if tried is None:
            return _NOT_TRIED
        result, questions, ahead = tried
        if tokens.root_index(i, ahead) < 0:
            return _NOT_TRIED
        for which, word, answer in questions:
            if which == _SURNAME:
                asked = word in ctx.surnames
            elif which == _LOWER:
                asked = word in ctx.lower_words
            elif which == _SENTENCE_START_ASKED:
                asked = _at_sentence_start(text, tokens[i])
            else:
                asked = _surroundings(text, tokens[i])
            if asked != answer:
                return _NOT_TRIED
        if result is None:
            return None
        words, surname, length = result
        return i + words, surname, tokens[i].start + length
