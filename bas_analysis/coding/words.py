"""Words: Swedish word forms for cue matching (lemmas and compounds).

In:  text (a sentence of an answer) and cue strings of the codebook.
Out: :class:`Token` lists with each token's lemma and the compound parts it
     can stand for, and compiled :class:`Cue` objects that find themselves in
     a token list.

Word forms come from simplemma's Swedish dictionary lemmatiser (``gick``,
``gått`` -> ``gå``; ``psykiatrin`` -> ``psykiatri``; its greedy mode splits
unknown compounds such as ``barnrättsombuden`` -> ``barnrättsombud``).
Compounds are matched by their parts: a cue word matches a token whose lemma
or surface form *ends* with it (the head of a Swedish compound: ``grupp`` ->
``barngrupper``, ``ombud`` -> ``familjeombuden``), with at least
:data:`MIN_PART` letters before it. Hyphenated compounds (``ME-WE-grupper``,
``BRA-samtal``) are split into their parts, so they read as phrases.

Cue syntax (one cue = a few words, matched within one sentence):

``word``    any inflection of the word, or a compound ending with it
``word*``   also a compound starting with it (``utbildning*`` -> ``utbildningsinsatser``)
``word=``   this exact written form only (``ska=``, ``ja=``)
``~word``   any inflection, but not inside a compound
``...``     up to four other words between the words around it
``re:...``  a regular expression on the sentence text (case-insensitive)

Between the words of a cue a negation word may stand ("jobbar inte med barn"
matches ``jobbar med barn``); the clause reading then finds the negation.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from operator import itemgetter
from typing import NamedTuple


MIN_PART = 3  # letters a compound keeps on the other side of a cue word
GAP = 4  # words a "..." may stand for
_WORD_CHAR = r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]"
_TOKEN = re.compile(_WORD_CHAR + "+")


class Token(NamedTuple):
    """A word of a sentence (a named tuple: a sentence makes dozens, and a tuple is the cheapest to make)."""

    text: str  # lower-cased surface form
    lemma: str
    start: int
    end: int


_START_OF, _END_OF = itemgetter(2), itemgetter(3)  # a Token's start and end

_KEEP: set[str] = set()


def keep_forms(words) -> None:
    """Words whose written form is their own lemma (function words the lemmatiser
    would send elsewhere: ``ska`` -> ``skola``); set from the codebook's language."""
    new = {w.lower() for w in words} - _KEEP
    if new:
        _KEEP.update(new)
        lemma_of.cache_clear()
        compile_cue.cache_clear()
        _tokenize_cached.cache_clear()
        _SAID.clear()


@lru_cache(maxsize=200_000)
def lemma_of(word: str) -> str:
    """The dictionary lemma of a lower-cased Swedish word (greedy: compounds too)."""
    if not word.isalpha() or word in _KEEP:
        return word
    import simplemma  # on first use: readers of the codebook alone (a report kernel) never lemmatise

    try:
        return simplemma.lemmatize(word, lang="sv", greedy=True).lower()
    except Exception:  # pragma: no cover - a lemmatiser failure must not stop a build
        return word


class Tokens(list):
    """A list of :class:`Token` that knows, once asked, which cue words match each token.

    ``matched(i)`` is the set of keys of the cue words (:attr:`Word.key`) that
    match token ``i``; ``positions()`` maps each such key to the indices of the
    tokens it matches. Both are computed once per list (again when new cue
    words were made since), so a cue's first word finds its candidates
    without testing every token (:meth:`Cue.finditer`).
    """

    __slots__ = ("_generation", "_matched", "_positions")

    def _index(self, sets: list | None = None) -> None:
        """Which cue words match each token (``sets``: already known, in token order) and where each word stands."""
        if sets is None:
            known = _WORDS.cache.get  # keyed by (text, lemma): a token's first two fields
            sets = [_WORDS.matching(t[0], t[1]) if (keys := known(t[:2])) is None else keys for t in self]
        # indices as tuples, not lists: a sentence's tokens are cached with dozens of them, and a tuple of ints
        # leaves the garbage collector's tracking at its first collection (lists stayed tracked and made the
        # full collections of a large build longer and more frequent); most words stand once in a sentence
        self._matched, self._positions, self._generation = sets, None, _WORDS.generation

    @staticmethod
    def _where(sets: list) -> dict[int, tuple[int, ...]]:
        """Word key -> the indices of the sets that hold it, in order."""
        found: dict = {}
        for i, keys in enumerate(sets):
            for k in keys:
                found[k] = found[k] + (i,) if k in found else (i,)
        return found

    def positions(self) -> dict[int, tuple[int, ...]]:
        """Word key -> indices of the tokens that word matches, in order (only words that match some token;
        made on first use: a clause's tokens, :meth:`within`, are often never asked)."""
        try:
            if self._generation == _WORDS.generation:
                found = self._positions
                if found is None:
                    found = self._positions = self._where(self._matched)
                return found
        except AttributeError:
            pass
        self._index()
        found = self._positions = self._where(self._matched)
        return found

    def matched(self, i: int) -> frozenset:
        try:
            if self._generation == _WORDS.generation:
                return self._matched[i]
        except AttributeError:
            pass
        self._index()
        return self._matched[i]

    def at(self, key: int) -> tuple[int, ...]:
        """Indices of the tokens the word with ``key`` (:attr:`Word.key`) matches."""
        return self.positions().get(key, ())

    def within(self, start: int, end: int) -> "Tokens":
        """The tokens that stand between character offsets ``start`` and ``end``, knowing which cue words match
        each as this list knows it (a clause of a sentence asks no word again); all of them: this list itself."""
        if not self or (start <= self[0].start and self[-1].end <= end):
            return self
        # tokens stand in order and do not overlap: those within are one run, found by bisection
        first, stop = bisect_left(self, start, key=_START_OF), bisect_right(self, end, key=_END_OF)
        out = Tokens(self[first:stop])
        if getattr(self, "_generation", None) == _WORDS.generation:
            out._index(self._matched[first:stop])
        return out


_TOKEN_CHAR = re.compile(_WORD_CHAR)  # one character of a word


def cuts_word(text: str, pos: int) -> bool:
    """Whether offset ``pos`` of ``text`` falls inside a word (a token would be cut there): where it does not,
    the tokens of a piece of ``text`` starting or ending there are those of ``text`` within it."""
    return 0 < pos < len(text) and bool(_TOKEN_CHAR.match(text, pos - 1)) and bool(_TOKEN_CHAR.match(text, pos))


def tokenize(text: str) -> Tokens:
    """The word tokens of ``text`` with their lemmas (a shared list: read it, do not change it)."""
    if len(text) > 2000:
        return _tokenize(text)
    return _tokenize_cached(text)


# The characters whose lower-case form is not one character, or is a word character where they are none or
# the other way round (proved by a test against every character): a text without them has its tokens where its
# lower-cased form has them, each the lower-cased form of the token of the text.
CASE_ODD = "\u0130\u0178\u1e9e\u212a\u212b"
_CASE_ODD = re.compile(f"[{CASE_ODD}]")
_MAKE = tuple.__new__
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # the runs between words and the words (a group: kept), alternately


def _tokenize(text: str) -> Tokens:
    if _CASE_ODD.search(text) is None:  # the text lower-cased once, the tokens made by C loops (map, zip)
        # split once into the runs between words and the words, alternately: a piece's end is the sum of the
        # lengths up to it, so a word starts where the run before it ends (no match objects)
        parts = _TOKEN_SPLIT.split(text.lower())
        words = parts[1::2]
        ends = list(accumulate(map(len, parts)))
        return Tokens(map(_MAKE, repeat(Token), zip(words, map(lemma_of, words), ends[0::2], ends[1::2])))
    out = Tokens()
    add = out.append
    for m in _TOKEN.finditer(text):
        word = m.group(0).lower()
        add(_MAKE(Token, (word, lemma_of(word), *m.span())))  # a Token made as a tuple: no call of its own __new__
    return out


@lru_cache(maxsize=8192)
def _tokenize_cached(text: str) -> Tokens:
    return _tokenize(text)


# ------------------------------------------------------------------ cue words
@dataclass(frozen=True)
class Word:
    form: str
    lemma: str
    mode: str  # "any" (inflections + compound head), "prefix" (+ compound start), "exact", "inflect"

    def __post_init__(self):
        object.__setattr__(self, "key", _WORDS.add(self))  # equal words share one small integer key

    def __reduce__(self):  # another process gives the word its own key
        return (Word, (self.form, self.lemma, self.mode))

    def matches(self, token: Token) -> bool:
        return self.key in _WORDS.matching(token.text, token.lemma)

    def test(self, text: str, lemma: str) -> bool:
        """Whether this word matches a token written ``text`` with lemma ``lemma`` (the definition; :class:`WordIndex` answers it by lookup)."""
        if self.mode == "exact":
            return text == self.form
        parts, wholes = (self.lemma, self.form), (lemma, text)
        if any(whole == part for whole in wholes for part in parts):
            return True
        if self.mode == "inflect":
            return False
        # inside compounds only the written stem counts ("drog" must not stand for "dra" in "uppdrag")
        for part in self.stems:
            for whole in wholes:
                if len(whole) - len(part) >= MIN_PART and whole.endswith(part):
                    return True
                if self.mode == "prefix" and len(whole) - len(part) >= MIN_PART and whole.startswith(part):
                    return True
        if self.mode == "prefix" and text.startswith(self.form):
            return True  # "utbildning*" also matches "utbildningar" when the lemmatiser does not know a form
        return False

    @property
    def stems(self) -> tuple[str, ...]:
        """The written stems that count inside compounds."""
        return (self.form, self.lemma) if self.form.startswith(self.lemma) else (self.form,)


class WordIndex:
    """Every cue word made so far, indexed by the strings a token must equal, end with or start with to match it.

    ``matching(text, lemma)`` gives the keys of the words :meth:`Word.test`
    says match such a token, by looking up the token's forms and their
    prefixes and suffixes instead of testing every word; answers are cached
    per token form. Equal words share one integer key (cheap to hash).
    """

    def __init__(self):
        self.keys: dict[Word, int] = {}
        self.generation = 0
        self.exact: dict[str, set] = {}  # token text == form
        self.equal: dict[str, set] = {}  # token text or lemma == form or lemma
        self.suffix: dict[str, set] = {}  # token text or lemma ends with a stem, MIN_PART letters before it
        self.prefix: dict[str, set] = {}  # token text or lemma starts with a stem, MIN_PART letters after it
        self.text_prefix: dict[str, set] = {}  # token text starts with the form
        self.tested: dict[int, Word] = {}  # words with an empty stem: asked one by one
        self.cache: dict[tuple[str, str], frozenset] = {}

    def add(self, word: Word) -> int:
        """The word's key (a new one for a word not seen before)."""
        key = self.keys.get(word)
        if key is not None:
            return key
        key = self.keys[word] = len(self.keys)
        self.generation = key + 1  # token lists indexed before this word ask again
        self.cache.clear()
        put = lambda table, string: table.setdefault(string, set()).add(key)  # noqa: E731
        if word.mode == "exact":
            put(self.exact, word.form)
            return key
        put(self.equal, word.lemma)
        put(self.equal, word.form)
        if word.mode == "inflect":
            return key
        if not all(word.stems) or not word.form:
            self.tested[key] = word
            return key
        for stem in word.stems:
            put(self.suffix, stem)
            if word.mode == "prefix":
                put(self.prefix, stem)
        if word.mode == "prefix":
            put(self.text_prefix, word.form)
        return key

    def matching(self, text: str, lemma: str) -> frozenset:
        pair = (text, lemma)
        found = self.cache.get(pair)
        if found is not None:
            return found
        out: set = set()
        get = lambda table, string: table.get(string, ())  # noqa: E731
        out.update(get(self.exact, text))
        out.update(get(self.equal, text))
        out.update(get(self.equal, lemma))
        for whole in {text, lemma}:
            for k in range(MIN_PART, len(whole)):
                out.update(get(self.suffix, whole[k:]))  # k letters before the stem
                out.update(get(self.prefix, whole[: len(whole) - k]))  # k letters after it
        for k in range(1, len(text) + 1):
            out.update(get(self.text_prefix, text[:k]))
        out.update(key for key, word in self.tested.items() if word.test(text, lemma))
        if len(self.cache) > 500_000:
            self.cache.clear()
        found = self.cache[pair] = frozenset(out)
        return found


_WORDS = WordIndex()


def _word(raw: str) -> Word:
    if raw.endswith("="):
        form = raw[:-1].lower()
        return Word(form, form, "exact")
    if raw.startswith("~"):
        form = raw[1:].lower()
        return Word(form, lemma_of(form), "inflect")
    mode = "any"
    form = raw.lower()
    if form.startswith("*"):
        form = form[1:]
    if form.endswith("*"):
        form, mode = form[:-1], "prefix"
    return Word(form, lemma_of(form), mode)


@dataclass(frozen=True)
class Match:
    start: int  # character offsets in the sentence
    end: int
    first: int  # token indices
    last: int


class _At:
    """A regular expression's match that stands where its group `at` starts: "samtal …; några sådana har vi inte" is
    a match of the word referring back, in its own clause."""

    __slots__ = ("_m",)

    def __init__(self, m):
        self._m = m

    def start(self):
        return self._m.start("at")

    def end(self):
        return self._m.end()


@dataclass(frozen=True)
class Cue:
    """One compiled cue: a sequence of words (with gaps) or a regular expression."""

    source: str
    words: tuple[Word | None, ...] = ()  # None stands for a gap ("...")
    regex: re.Pattern | None = None
    skippable: frozenset[str] = frozenset()  # negation words that may stand between the words

    def __post_init__(self):
        # the key of the first word (None: a regular expression; -1: a cue that matches nothing)
        first = None if self.regex is not None else self.words[0].key if self.words and self.words[0] is not None else -1
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "needs", needed_words(self.regex) if self.regex is not None else None)
        # the keys of its other words: every one matches some token of a sentence the cue matches in (a
        # negation word may stand between two words, a gap between others, but no word is ever left out)
        rest = frozenset(w.key for w in self.words[1:] if w is not None) - {first} if first is not None and first >= 0 else frozenset()
        object.__setattr__(self, "rest", rest)

    def __reduce__(self):  # another process gives the words their own keys
        return (Cue, (self.source, self.words, self.regex, self.skippable))

    def finditer(self, text: str, tokens: list[Token]):
        """The cue's matches in ``text`` (whose tokens are ``tokens``), in order."""
        if self.regex is not None:
            return self._regex_matches(text, tokens)
        return iter(self.find(text, tokens))

    def find(self, text: str, tokens: list[Token]) -> list[Match]:
        """What :meth:`finditer` yields, as a list; a cue whose first word no token matches costs one lookup."""
        if self.regex is not None:
            return list(self._regex_matches(text, tokens))
        words = self.words
        if not words or words[0] is None:
            return []
        if not isinstance(tokens, Tokens):
            tokens = Tokens(tokens)
        starts = tokens.at(words[0].key)
        if not starts:
            return []
        if len(words) == 1:  # one word: each token it matches is a match
            return [Match(tokens[i].start, tokens[i].end, i, i) for i in starts]
        out = []
        for i in starts:
            end = self._extend(tokens, i + 1, words, 1)
            if end is not None:
                out.append(Match(tokens[i].start, tokens[end].end, i, end))
        return out

    def _regex_matches(self, text: str, tokens: list[Token]):
        if not may_match(self.needs, text):
            return  # none of the words the pattern needs is in the text
        at = "at" in self.regex.groupindex  # a group named `at` marks where the match stands (a word referring back)
        for m in self.regex.finditer(text):
            if at and m.start("at") >= 0:
                m = _At(m)
            # tokens stand in order and apart, so their starts and ends both rise: the first token ending after the
            # match's start and the last starting before its end are found by bisection (what a scan finds)
            first = bisect_right(tokens, m.start(), key=_END_OF)
            last = max(first, bisect_left(tokens, m.end(), key=_START_OF) - 1)
            yield Match(m.start(), m.end(), first, last)

    def _extend(self, tokens: Tokens, pos: int, words, k: int) -> int | None:
        if k == len(words):
            return pos - 1
        word = words[k]
        if word is None:  # a gap: up to GAP tokens, then the next word
            nxt = words[k + 1]
            for j in range(pos, min(pos + GAP + 1, len(tokens))):
                if nxt.key in tokens.matched(j):
                    end = self._extend(tokens, j + 1, words, k + 2)
                    if end is not None:
                        return end
            return None
        j = pos
        if j < len(tokens) and tokens[j].text in self.skippable and word.key not in tokens.matched(j):
            j += 1
        if j < len(tokens) and word.key in tokens.matched(j):
            return self._extend(tokens, j + 1, words, k + 1)
        return None

    def search(self, text: str, tokens: list[Token] | None = None) -> Match | None:
        """The first match, or None."""
        tokens = tokenize(text) if tokens is None else tokens
        if self.regex is not None:
            return next(self._regex_matches(text, tokens), None)
        words = self.words
        if not words or words[0] is None:
            return None
        if not isinstance(tokens, Tokens):
            tokens = Tokens(tokens)
        starts = tokens.at(words[0].key)
        if starts and len(words) == 1:  # one word: the first token it matches
            return Match(tokens[starts[0]].start, tokens[starts[0]].end, starts[0], starts[0])
        for i in starts:
            end = self._extend(tokens, i + 1, words, 1)
            if end is not None:
                return Match(tokens[i].start, tokens[end].end, i, end)
        return None


@lru_cache(maxsize=20_000)
def compile_cue(cue: str, negations: tuple[str, ...] = ()) -> Cue:
    """Compile one cue of the codebook's cue syntax (see the module docstring)."""
    if cue.startswith("re:"):
        return Cue(cue, regex=re.compile(cue[3:], re.IGNORECASE))
    words: list[Word | None] = []
    for raw in cue.replace("-", " ").split():
        if raw == "...":
            if words and words[-1] is not None:
                words.append(None)
            continue
        words.append(_word(raw))
    while words and words[-1] is None:
        words.pop()
    return Cue(cue, tuple(words), skippable=frozenset(negations))


def compile_cues(cues, negations: tuple[str, ...] = ()) -> tuple[Cue, ...]:
    return tuple(compile_cue(str(c), tuple(negations)) for c in (cues or []))


# ------------------------------------------------------------------ words a pattern needs
# A regular expression of a cue is tried on many sentences and found in few. The words it cannot match
# without (a literal run of every match: "tidigare" in "(?<!sedan )\btidigare\b", one of "alla", "all",
# "varje" … in "\b(?:alla|all|varje)\b…") are looked for first, as plain substrings of the lower-cased
# sentence: where none stands, the pattern is not run. Only letters, digits, spaces and hyphens count as
# such words, and a sentence holding a character that case-insensitive matching equates with one of them
# although its lower-case form is another (the dotted and dotless i, the long s: ODD_FOLDS, proved by a
# test against every character) is always run. A digit (``\d``, or a class of digits and such characters)
# is needed as one of the ten ASCII digits or ANY_DIGIT, which stands for the other decimal digits ``\d``
# matches ("٣", "５"): a text holds it where :data:`_OTHER_DIGIT` finds one (asked only where no other
# string of its set stands).
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789åäöéü -")
ODD_FOLDS = "\u0130\u0131\u017f"
_ODD_FOLDS = re.compile(f"[{ODD_FOLDS}]")
ANY_DIGIT = "\\d"  # in a set of needed strings: any decimal digit other than 0-9
_OTHER_DIGIT = re.compile(r"[^\D0-9]")
_DIGITS = frozenset("0123456789") | {ANY_DIGIT}


def _class_needs(items) -> frozenset | None:
    """The strings one of which a character of the class ``items`` (parsed, not negated) is: its plain
    characters, and the digits for a digit class in it; None where it may be another character."""
    out: set = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL" and chr(av).lower() in _PLAIN and len(chr(av).lower()) == 1:
            out.add(chr(av).lower())
        elif name == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
            out |= _DIGITS
        else:
            return None
    return frozenset(out) or None


def _needed(items) -> list[frozenset]:
    """What every match of the parsed pattern ``items`` holds, or its lookaheads look at: a list of sets of
    lower-cased strings, of each of which a text with a match holds one (an empty list: nothing known)."""
    out: list[frozenset] = []
    run = ""
    for op, av in items:
        name = str(op)
        if name == "LITERAL" and chr(av).lower() in _PLAIN and len(chr(av).lower()) == 1:
            run += chr(av).lower()
            continue
        if name == "ASSERT" and av[0] == 1:  # a lookahead: what it looks at stands in the text searched, right
            out += _needed(av[1])  # after where it stands (not in a lookbehind's case: a search from an offset
            continue  # sees before it); zero width: the characters around it stand next to each other in the match
        if name in ("AT", "ASSERT", "ASSERT_NOT"):
            continue  # zero width: the characters around it stand next to each other in the match
        if run and name == "BRANCH":
            # a run right before alternatives stands joined to the one that matches, and so does that one's leading
            # run: "sam" + (verkar|arbetar) needs "samverkar" or "samarbetar" (the parser takes the prefix common to
            # all alternatives out of them, leaving short or common strings behind: "in" + (genting|get|te …))
            out.append(frozenset(run + _leading_run(branch) for branch in av[1]))
        if run:
            out.append(frozenset([run]))
            run = ""
        if name == "IN":
            chars = _class_needs(av)
            if chars is not None:
                out.append(chars)
        elif name == "SUBPATTERN":
            out += _needed(av[-1])
        elif name == "ATOMIC_GROUP":
            out += _needed(av)
        elif name == "BRANCH":
            branches = [_best(_needed(branch)) for branch in av[1]]
            if all(branches):
                out.append(frozenset().union(*branches))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            out += _needed(av[2])
    if run:
        out.append(frozenset([run]))
    return out


def _leading_run(items) -> str:
    """The lower-cased plain characters every match of the parsed pattern ``items`` starts with ("" if none)."""
    run = ""
    for op, av in items:
        if str(op) != "LITERAL" or chr(av).lower() not in _PLAIN or len(chr(av).lower()) != 1:
            break
        run += chr(av).lower()
    return run


def _best(sets: list[frozenset]) -> frozenset | None:
    """The most telling of ``sets`` (its shortest string the longest)."""
    return max(sets, key=lambda found: min(map(len, found)), default=None)


@lru_cache(maxsize=4096)
def needed_words(pattern: re.Pattern) -> tuple[frozenset, ...] | None:
    """What every match of ``pattern`` holds, or its lookaheads look at: sets of lower-cased strings, of each of
    which a text the pattern matches in holds one (the three most telling); None when nothing is known."""
    try:
        from re import _parser as sre_parse  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse  # type: ignore[no-redef]
    try:
        found = _needed(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a pattern the parser does not know is simply always run
        return None
    found = sorted(set(found), key=lambda words: (-min(map(len, words)), len(words), sorted(words)))[:3]
    return tuple(found) or None


# recent texts -> their lower-cased form (None: holds an odd fold). The engines ask each rule or pattern of the
# sentences of a block or an answer in turn, so the texts asked alternate (a form remembered for the last text
# alone was made again for about half the questions); a text's form depends on the text alone
_LOWER: dict = {}
_LOWER_KEPT = 1024  # texts remembered (a new set starts when full)
_UNKNOWN = object()


def _lowered(text: str) -> str | None:
    """``text`` lower-cased, the form :func:`may_match` looks for needed words in (None: it holds an odd fold,
    so every pattern is run); the forms of recent texts are remembered."""
    low = _LOWER.get(text, _UNKNOWN)
    if low is _UNKNOWN:
        low = None if _ODD_FOLDS.search(text) else text.lower()
        if len(_LOWER) >= _LOWER_KEPT:
            _LOWER.clear()
        _LOWER[text] = low
    return low


def may_match(needs: tuple[frozenset, ...] | None, text: str) -> bool:
    """False only where a pattern needing ``needs`` (:func:`needed_words`) cannot match ``text``."""
    if needs is None:
        return True
    low = _lowered(text)
    return low is None or _holds(needs, low)


class _Needles:
    """Which of a set of strings stand in a text (as substrings), asked in one search.

    A few strings are looked for one by one. Many are looked for by one regular expression, a trie of them
    whose every branch is greedy: searched from an offset, it matches the longest of the strings that starts
    at the first offset where any starts (each step of the trie has one branch per next character, so the
    text chooses the path, and an optional tail is tried before the end). The strings that start at that
    offset are that one and those of them that are its prefixes; the search goes on from the next offset. So
    every offset where a string starts is visited, and the strings found are exactly those ``word in text``
    finds, at a cost in C instead of one Python step per string."""

    FEW = 32  # strings looked for one by one up to this many (fewer: a Python step each is cheaper than a search per find)

    def __init__(self, words):
        self.words = tuple(words)
        self.search = None
        if len(self.words) > self.FEW and all(self.words):
            self.search = re.compile(self._trie(self.words)).search
            # a string found -> it and the strings that are its prefixes (all stand where it stands)
            self.prefixes = self._prefixes(self.words)

    @staticmethod
    def _prefixes(words: tuple) -> dict:
        """Each of ``words`` -> those of ``words`` it starts with, in their order (itself too). Asked of each
        word's own beginnings, not of every other word: a codebook's filters hold thousands of strings, and
        every process makes them (the answer is that of ``tuple(v for v in words if w.startswith(v))``)."""
        where: dict = {}
        for i, word in enumerate(words):
            where.setdefault(word, []).append(i)  # (a string given twice stands twice, as in the scan)
        out = {}
        for w in words:
            found = sorted(i for k in range(1, len(w) + 1) for i in where.get(w[:k], ()))
            out[w] = tuple(words[i] for i in found)
        return out

    @staticmethod
    def _trie(words) -> str:
        root: dict = {}
        for word in words:
            node = root
            for char in word:
                node = node.setdefault(char, {})
            node[""] = {}  # a string ends here

        def pattern(node: dict) -> str:
            branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
            if not branches:
                return ""
            body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
            return f"(?:{body})?" if "" in node else body

        return pattern(root)

    def within(self, low: str):
        """The strings that stand in ``low`` (each once, in no particular order)."""
        if self.search is None:
            return [word for word in self.words if word in low]
        search, prefixes = self.search, self.prefixes
        found: set = set()
        m = search(low)
        while m is not None:
            found.update(prefixes[m.group()])
            m = search(low, m.start() + 1)
        return found


class _RegexFilter:
    """Which of a list of regular-expression cues :func:`may_match` lets run on a text, asked of the text once.

    Each cue is filed under the strings of its first set of needed words (:func:`needed_words`: the most
    telling one); a text is asked once for each string filed, and only the cues filed under a string it
    holds are asked :func:`may_match` in full. A cue none of whose first set stands in the text cannot
    match (what :func:`may_match` says of it), so the cues kept are exactly those :func:`may_match` keeps,
    in their order."""

    MEMO_KEPT = 4096  # answers remembered per filter that remembers (a new set starts when full)

    def __init__(self, keys: list, needs: list, memo: bool = False):
        """``keys``: cue positions, in order; ``needs``: each cue's needed words, in the same order. ``memo``:
        remember answers given with ``present`` (see :meth:`keep`; for few cues, whose answers recur)."""
        self.all = list(keys)
        self.unknown = [key for key, need in zip(keys, needs) if need is None]  # nothing known: always run
        self.later = {key: need[1:] for key, need in zip(keys, needs) if need is not None and len(need) > 1}
        filed: dict[str, list] = {}
        for key, need in zip(keys, needs):
            if need is not None:
                for word in sorted(need[0]):
                    filed.setdefault(word, []).append(key)
        self.other_digit = filed.pop(ANY_DIGIT, [])  # asked of a text by _OTHER_DIGIT, not as a substring
        self.filed = filed
        self.strings = frozenset(filed)  # the strings looked for in a text
        self.needles = _Needles(filed)
        # every string of every needed set (ANY_DIGIT too, as the literal _holds would find first): what keep
        # asks of a text is whether each stands in it, and whether another digit does (where one is needed)
        self.every_string = frozenset().union(*(words for need in needs if need is not None for words in need))
        self.digits = ANY_DIGIT in self.every_string
        self.memo: dict | None = {} if memo else None

    def keep(self, text: str, present: frozenset | None = None) -> list:
        """The keys whose cue :func:`may_match` ``text``, in their order. ``present``: the strings of a set that
        holds :attr:`strings` (:attr:`every_string` for a filter that remembers) that stand in ``text`` lower-cased
        (:meth:`Needles.present`), asked of it once for this filter and others: those among this filter's strings
        are the ones its own search would find."""
        low = _lowered(text)
        if low is None:
            return list(self.all)
        memo = self.memo
        if memo is None or present is None:
            return self._keep(low, present)
        # with ``present`` of a Needles made with :attr:`every_string` the answer depends on which of them stand
        # in the text, and on whether another digit does, alone: each is asked as that and nothing else
        key = present & self.every_string
        if self.digits:
            key = (key, _OTHER_DIGIT.search(low) is not None)
        kept = memo.get(key)
        if kept is None:
            if len(memo) >= self.MEMO_KEPT:
                memo.clear()
            kept = memo[key] = tuple(self._keep(low, present))
        return list(kept)

    def _keep(self, low: str, present: frozenset | None) -> list:
        """What :meth:`keep` gives for the lower-cased text ``low``, asked anew."""
        filed = self.filed
        found = self.needles.within(low) if present is None else present & self.strings
        hit = [key for word in found for key in filed[word]]
        if self.other_digit and _OTHER_DIGIT.search(low):
            hit += self.other_digit
        if not hit:
            return list(self.unknown)
        later = self.later
        kept = [key for key in dict.fromkeys(hit) if key not in later or _holds(later[key], low)] + self.unknown
        if len(kept) > 1:
            kept.sort()  # positions: in order
        return kept


def _holds(needs: tuple[frozenset, ...], low: str) -> bool:
    """Whether the lower-cased text ``low`` holds one word of each of ``needs`` (what :func:`may_match` asks)."""
    for words in needs:
        for word in words:
            if word in low:
                break
        else:
            if ANY_DIGIT in words and _OTHER_DIGIT.search(low):
                continue
            return False
    return True


_PATTERN_FILTERS: dict[int, tuple] = {}  # id of a tuple of patterns -> (the tuple, its _RegexFilter)


def _pattern_filter(patterns: tuple[re.Pattern, ...]) -> _RegexFilter:
    entry = _PATTERN_FILTERS.get(id(patterns))
    if entry is None or entry[0] is not patterns:
        if len(_PATTERN_FILTERS) > 1000:
            _PATTERN_FILTERS.clear()
        keys = list(range(len(patterns)))
        entry = _PATTERN_FILTERS[id(patterns)] = (patterns, _RegexFilter(keys, [needed_words(p) for p in patterns], memo=True))
    return entry[1]


def may_run(patterns: tuple[re.Pattern, ...], text: str, present: frozenset | None = None) -> list[int]:
    """The positions of the ``patterns`` (a tuple kept alive by its owner) that :func:`may_match` ``text``
    with their needed words (:func:`needed_words`), in order: the text is asked once for all of them (see
    :class:`_RegexFilter`) instead of once per pattern. ``present``: what :meth:`Needles.present` gives for
    ``text``, of a :class:`Needles` made with these patterns (one search for several tuples)."""
    return _pattern_filter(patterns).keep(text, present)


_NO_STRINGS: frozenset = frozenset()


class Needles:
    """One search of a text for the needed words of several tuples of patterns and of cue tuples (each kept
    alive by its owner), instead of one per tuple: :func:`may_run` and :func:`group_candidates` take what
    :meth:`present` finds and keep the strings of their own (the same strings their own search finds: a
    string stands in the text or it does not)."""

    def __init__(self, patterns=(), groups=()):
        strings = set()
        for one in patterns:
            strings |= _pattern_filter(one).every_string  # all of them: a filter of patterns remembers its answers
        for one in groups:
            strings |= _group_entry(one)[4].strings
        self.needles = _Needles(sorted(strings))
        # a string of word characters only stands in a text where it stands in one of its words (a run of word
        # characters cannot reach over a character that is none): those are looked up per word, once
        self.in_words = _Needles(sorted(s for s in strings if _TOKEN.fullmatch(s)))
        self.elsewhere = _Needles(sorted(s for s in strings if not _TOKEN.fullmatch(s)))
        self.of_word: dict[str, frozenset] = {}  # a word -> the strings of ``in_words`` that stand in it

    WORDS_KEPT = 50_000  # words whose strings are remembered (a few MiB; a new set starts when full)

    def present(self, text: str, tokens: list[Token] | None = None) -> frozenset | None:
        """The strings that stand in ``text`` lower-cased (None: it holds an odd fold, every pattern runs).
        ``tokens``: those of ``text`` (:func:`tokenize`): the strings of word characters are then looked up
        per word. Where the text holds no CASE_ODD character its tokens are the runs of word characters of
        its lower-cased form, so a string of word characters stands in that form exactly where it stands in
        one of the tokens' texts; the other strings are searched in the text as before."""
        low = _lowered(text)
        if low is None:
            return None
        if tokens is None or _CASE_ODD.search(text) is not None:
            return frozenset(self.needles.within(low))
        of_word = self.of_word
        found = []
        for word in {t[0] for t in tokens}:
            strings = of_word.get(word)
            if strings is None:
                if len(of_word) >= self.WORDS_KEPT:
                    of_word.clear()
                strings = of_word[word] = frozenset(self.in_words.within(word)) or _NO_STRINGS  # (most: none, one set)
            if strings:
                found.append(strings)
        return frozenset(self.elsewhere.within(low)).union(*found)


_FREQUENCY: dict | None = None  # a Swedish word -> its frequency (wordfreq's small list), read on first use


def _frequency(word: Word) -> float:
    """How often a token of Swedish text is ``word``'s written form or lemma (the larger; 0 for a word the list
    lacks: rare). Only the choice of :func:`filed_under` depends on it, never which cues are candidates."""
    found = _frequencies()
    return max(found.get(word.form, 0.0), found.get(word.lemma, 0.0))


def _frequencies() -> dict:
    """wordfreq's small Swedish list (word -> frequency), read once (empty without wordfreq: then every cue is
    filed under its first word)."""
    global _FREQUENCY
    if _FREQUENCY is None:
        try:
            import wordfreq

            _FREQUENCY = dict(wordfreq.get_frequency_dict("sv", wordlist="small"))
        except Exception:  # pragma: no cover
            _FREQUENCY = {}
    return _FREQUENCY


_FILED: dict[int, tuple] = {}  # id of a cue -> (the cue, the key it is filed under, the keys of its other words)


def filed_under(cue: Cue) -> tuple[int, frozenset]:
    """(the key of the word of the cue ``cue`` of words that the indexes of :func:`candidates` and
    :func:`group_candidates` file it under, the keys of its other words). Every word of a cue matches some
    token of a sentence the cue matches in (see :attr:`Cue.rest`), so a cue is a candidate where all its keys
    are among the tokens' whichever it is filed under; filed under its rarest word (:func:`_frequency`; the
    earliest of equally rare ones) instead of its first, it is looked at in fewer sentences: "i startgroparna
    med" only where "startgroparna" stands, not wherever "i" does."""
    known = _FILED.get(id(cue))
    if known is not None and known[0] is cue:
        return known[1], known[2]
    words = [w for w in cue.words if w is not None]
    if len({w.key for w in words}) > 1:
        key = min(words, key=_frequency).key  # min keeps the first of equals: the first word where all are rare
    else:
        key = cue.first
    others = (cue.rest | {cue.first}) - {key}
    if len(_FILED) > 50_000:
        _FILED.clear()
    _FILED[id(cue)] = (cue, key, others)
    return key, others


_CUE_INDEX: dict[int, tuple] = {}  # id of a tuple of cues -> (the tuple, first word key -> positions, first word keys, regex positions, ...)


def candidates(cues: tuple[Cue, ...], tokens: Tokens, text: str | None = None) -> list[Cue]:
    """The cues of ``cues`` (a tuple kept alive by its owner) that may match ``tokens``, in their order:
    regular expressions and the cues each of whose words some token matches. The others cannot match, so
    a caller that loops over these gets what it would get looping over all of them, without asking each.
    Given the ``text`` of the tokens, regular expressions whose needed words (:func:`needed_words`) are
    not in it are left out too."""
    entry = _CUE_INDEX.get(id(cues))
    if entry is None or entry[0] is not cues:
        by_first: dict[int, list[int]] = {}  # filed under its rarest word (:func:`filed_under`), not its first
        always = []
        rest = {}
        for i, cue in enumerate(cues):
            if cue.first is None:
                always.append(i)
            elif cue.first >= 0:
                key, others = filed_under(cue)
                by_first.setdefault(key, []).append(i)
                if others:
                    rest[i] = others
        if len(_CUE_INDEX) > 20_000:
            _CUE_INDEX.clear()
        regex = _RegexFilter(always, [cues[i].needs for i in always])
        entry = _CUE_INDEX[id(cues)] = (cues, by_first, frozenset(by_first), always, regex, rest)
    _, by_first, firsts, always, regex, rest = entry
    if always and text is not None:
        always = regex.keep(text)
    positions = tokens.positions()
    present = firsts.intersection(positions)  # most cue lists have no first word in a sentence
    if not present:
        return [cues[i] for i in always]
    found = [i for key in present for i in by_first[key]]
    if rest:  # a cue of several words, one of which no token matches, cannot match
        words = positions.keys()
        found = [i for i in found if i not in rest or rest[i] <= words]
    if always:
        found += always
    if len(found) > 1:
        found.sort()
    return [cues[i] for i in found]


_GROUPED: dict[int, tuple] = {}  # id of a tuple of cue tuples -> (the tuple, first word key -> (group, cue) pairs, ...)


def _group_entry(groups: tuple) -> tuple:
    """(groups, first word key -> (group, cue) pairs, first word keys, regular expressions' pairs, their
    :class:`_RegexFilter`, pairs -> the keys of their other words) for a tuple of cue tuples, made once."""
    entry = _GROUPED.get(id(groups))
    if entry is None or entry[0] is not groups:
        by_first: dict[int, list[tuple[int, int]]] = {}  # filed under its rarest word (:func:`filed_under`)
        always: list[tuple[int, int]] = []
        rest = {}
        for g, cues in enumerate(groups):
            for i, cue in enumerate(cues):
                if cue.first is None:
                    always.append((g, i))
                elif cue.first >= 0:
                    key, others = filed_under(cue)
                    by_first.setdefault(key, []).append((g, i))
                    if others:
                        rest[(g, i)] = others
        if len(_GROUPED) > 20_000:
            _GROUPED.clear()
        regex = _RegexFilter(always, [groups[g][i].needs for g, i in always])
        entry = _GROUPED[id(groups)] = (groups, by_first, frozenset(by_first), always, regex, rest)
    return entry


def group_candidates(groups: tuple, tokens: Tokens, text: str | None = None, present: frozenset | None = None) -> dict[int, list[Cue]]:
    """For a tuple of cue tuples ``groups`` (kept alive by its owner: an indicator's rules' cues, its methods'
    or members' cues, the language's lists), what :func:`candidates` gives for each, in one lookup for all:
    group position -> its cues that may match ``tokens`` (and ``text``), in their order; a group without
    any is left out. One index over every group's first words is asked once per sentence instead of once
    per group. ``present``: see :func:`may_run`."""
    groups, by_first, firsts, always, regex, rest = _group_entry(groups)
    positions = tokens.positions()
    found = [pair for key in firsts.intersection(positions) for pair in by_first[key]]
    if rest and found:  # a cue of several words, one of which no token matches, cannot match
        words = positions.keys()
        found = [pair for pair in found if pair not in rest or rest[pair] <= words]
    if always:
        found += always if text is None else regex.keep(text, present)
    if not found:
        return {}
    found.sort()
    out: dict[int, list[Cue]] = {}
    for g, i in found:
        if g in out:
            out[g].append(groups[g][i])
        else:
            out[g] = [groups[g][i]]
    return out


def narrow_candidates(found: dict[int, list[Cue]], tokens: Tokens, text: str) -> dict[int, list[Cue]]:
    """What :func:`group_candidates` gives for a piece of a sentence (``text``, its ``tokens``), given what it
    gave for the whole sentence (``found``, for the same tuple of cue tuples): each group's cues of ``found``
    that may match the piece, in their order.

    Assumes the piece is a substring of the sentence and ``tokens`` are some of the sentence's tokens (as
    :meth:`Tokens.within` gives them). Then every candidate of the piece is one of the sentence's: a cue of
    words needs its words among the piece's tokens, hence among the sentence's; a regular expression needs
    its needed words in the piece's lower-cased form (:func:`may_match`), hence in the sentence's. So only
    the few cues of ``found`` are asked again instead of every cue of every group."""
    positions = tokens.positions()
    words = positions.keys()
    out: dict[int, list[Cue]] = {}
    for g, cues in found.items():
        kept = [cue for cue in cues if (cue.first in positions and cue.rest <= words if cue.first is not None else may_match(cue.needs, text))]
        if kept:
            out[g] = kept
    return out


_FAMILIES: dict[int, tuple] = {}  # id of a tuple of cue tuples -> (the tuple, its family, its offset there)


def join_groups(members) -> tuple:
    """One tuple of cue tuples made of the tuples of cue tuples ``members`` (each kept alive by its owner), in
    order, remembered as their family (:func:`family_of`): a sentence every member is asked of is looked up
    once for all of them (:meth:`~.reading.Unit.group_candidates`)."""
    members = [groups for groups in members if groups]
    joined = tuple(g for groups in members for g in groups)
    offset = 0
    placed, owner = [], []
    for k, groups in enumerate(members):
        _FAMILIES[id(groups)] = (groups, joined, offset)
        placed.append((groups, offset))
        owner += [k] * len(groups)
        offset += len(groups)
    if len(_MEMBERS) > 1000:
        _MEMBERS.clear()
    _MEMBERS[id(joined)] = (joined, placed, owner)
    return joined


_MEMBERS: dict[int, tuple] = {}  # id of a joined tuple -> (it, its members and their offsets, group position -> member)


def split_family(joined: tuple, found: dict[int, list]) -> list[tuple[tuple, dict[int, list]]]:
    """(member, what :func:`group_candidates` gives for it) for every member of ``joined`` (made by
    :func:`join_groups`; none for another tuple), from ``found``, what it gives for ``joined``: each member's
    groups at their positions in the member, in one pass over ``found`` (each group's candidates depend on that
    group alone)."""
    entry = _MEMBERS.get(id(joined))
    if entry is None or entry[0] is not joined:
        return []
    _, placed, owner = entry
    parts: list[dict] = [{} for _ in placed]
    for g, cues in found.items():
        k = owner[g]
        parts[k][g - placed[k][1]] = cues
    return [(groups, part) for (groups, _), part in zip(placed, parts)]


def family_of(groups: tuple) -> tuple[tuple, int] | None:
    """(the tuple ``groups`` was joined into by :func:`join_groups`, its offset there), or None. What
    :func:`group_candidates` gives for the family holds, at positions offset … offset + len(groups), what it
    gives for ``groups``: each group's candidates depend on that group alone."""
    entry = _FAMILIES.get(id(groups))
    return (entry[1], entry[2]) if entry is not None and entry[0] is groups else None


def first_of(cues, text: str, tokens: Tokens) -> Match | None:
    """The first match of the first of ``cues`` (already narrowed to candidates) that matches in ``text``."""
    for cue in cues:
        m = cue.search(text, tokens)
        if m:
            return m
    return None


def first_match(cues, text: str, tokens: list[Token] | None = None) -> Match | None:
    """The first match of the first of ``cues`` that matches in ``text`` (a tuple of cues is looked up by first word, see :func:`candidates`)."""
    tokens = tokenize(text) if tokens is None else tokens if isinstance(tokens, Tokens) else Tokens(tokens)
    if isinstance(cues, tuple):
        cues = candidates(cues, tokens, text)
    else:
        present = tokens.positions()
        cues = [cue for cue in cues if cue.first is None or cue.first in present]
    return first_of(cues, text, tokens)


_SAID: dict[tuple[int, str], tuple] = {}  # (id of a tuple of cues, text) -> (the tuple, whether one of its cues matches)


def says(cues: tuple, text: str) -> bool:
    """Whether ``first_match(cues, text)`` finds a match, remembered per tuple of cues (kept alive by its owner)
    and text: the engines ask the same exceptions of the same few words (a cue's matched words, the clause
    around it) on page after page. The answer depends on the tuple and the text alone (the text is
    tokenized anew, see :func:`first_match`); a few thousand recent answers are kept."""
    key = (id(cues), text)
    known = _SAID.get(key)
    if known is not None and known[0] is cues:
        return known[1]
    found = first_match(cues, text) is not None
    if len(_SAID) >= 8192:
        _SAID.clear()
    _SAID[key] = (cues, found)
    return found


# ------------------------------------------------------------------ numbers
def number_regex(words: dict[str, int]) -> str:
    """A regular expression for a count written in digits or words, exact or
    approximate: ``120``, ``1 200``, ``40-tal``, ``fjorton``, ``tvåhundra``,
    ``femtiotal``. "en"/"ett" alone are articles, so they count only inside a
    compound ("etthundra"). Years (19xx, 20xx) are no counts."""
    parts = sorted((w for w in words if w not in ("en", "ett")), key=len, reverse=True)
    spelled = "|".join(re.escape(w) for w in parts)
    digits = r"(?!(?:19|20)\d\d\b)\d{1,3}(?:[  ]\d{3})*(?:-?tal\b)?"
    if not spelled:
        return digits
    return rf"{digits}|\b(?:ett|en)?(?:{spelled})+(?:tal)?\b"


def parse_number(text: str, words: dict[str, int]) -> int | None:
    """The value of a count matched by :func:`number_regex` ("ett 40-tal" -> 40,
    "etthundrafemtio" -> 150, "femtiotal" -> 50); None when it is no number."""
    text = text.lower().strip()
    if text.endswith("tal"):
        text = text[:-3].rstrip("-")
    digits = re.sub(r"\D", "", text)
    if digits and digits == re.sub(r"[\s  ]", "", text):
        return int(digits)
    keys = sorted(words, key=len, reverse=True)
    total = current = 0
    pos = 0
    while pos < len(text):
        key = next((k for k in keys if text.startswith(k, pos)), None)
        if key is None:
            return None
        value = words[key]
        if value in (100, 1000):
            current = (current or 1) * value
            if value == 1000:
                total, current = total + current, 0
        else:
            current += value
        pos += len(key)
    return total + current if pos else None
