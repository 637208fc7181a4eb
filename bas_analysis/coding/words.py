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
from dataclasses import dataclass
from functools import lru_cache

import simplemma

MIN_PART = 3  # letters a compound keeps on the other side of a cue word
GAP = 4  # words a "..." may stand for
_TOKEN = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ]+")


@dataclass(frozen=True)
class Token:
    text: str  # lower-cased surface form
    lemma: str
    start: int
    end: int


_KEEP: set[str] = set()


def keep_forms(words) -> None:
    """Words whose written form is their own lemma (function words the lemmatiser
    would send elsewhere: ``ska`` -> ``skola``); set from the codebook's language."""
    new = {w.lower() for w in words} - _KEEP
    if new:
        _KEEP.update(new)
        lemma_of.cache_clear()
        compile_cue.cache_clear()


@lru_cache(maxsize=200_000)
def lemma_of(word: str) -> str:
    """The dictionary lemma of a lower-cased Swedish word (greedy: compounds too)."""
    if not word.isalpha() or word in _KEEP:
        return word
    try:
        return simplemma.lemmatize(word, lang="sv", greedy=True).lower()
    except Exception:  # pragma: no cover - a lemmatiser failure must not stop a build
        return word


def tokenize(text: str) -> list[Token]:
    """The word tokens of ``text`` with their lemmas."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group(0).lower()
        out.append(Token(word, lemma_of(word), m.start(), m.end()))
    return out


# ------------------------------------------------------------------ cue words
@dataclass(frozen=True)
class Word:
    form: str
    lemma: str
    mode: str  # "any" (inflections + compound head), "prefix" (+ compound start), "exact", "inflect"

    def matches(self, token: Token) -> bool:
        if self.mode == "exact":
            return token.text == self.form
        parts, wholes = (self.lemma, self.form), (token.lemma, token.text)
        if any(whole == part for whole in wholes for part in parts):
            return True
        if self.mode == "inflect":
            return False
        # inside compounds only the written stem counts ("drog" must not stand for "dra" in "uppdrag")
        parts = (self.form, self.lemma) if self.form.startswith(self.lemma) else (self.form,)
        for part in parts:
            for whole in wholes:
                if len(whole) - len(part) >= MIN_PART and whole.endswith(part):
                    return True
                if self.mode == "prefix" and len(whole) - len(part) >= MIN_PART and whole.startswith(part):
                    return True
        if self.mode == "prefix" and token.text.startswith(self.form):
            return True  # "utbildning*" also matches "utbildningar" when the lemmatiser does not know a form
        return False


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


@dataclass(frozen=True)
class Cue:
    """One compiled cue: a sequence of words (with gaps) or a regular expression."""

    source: str
    words: tuple[Word | None, ...] = ()  # None stands for a gap ("...")
    regex: re.Pattern | None = None
    skippable: frozenset[str] = frozenset()  # negation words that may stand between the words

    def finditer(self, text: str, tokens: list[Token]):
        if self.regex is not None:
            for m in self.regex.finditer(text):
                first = next((i for i, t in enumerate(tokens) if t.end > m.start()), len(tokens))
                last = max(first, next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].start < m.end()), first))
                yield Match(m.start(), m.end(), first, last)
            return
        words = [w for w in self.words]
        if not words or words[0] is None:
            return
        for i, token in enumerate(tokens):
            if not words[0].matches(token):
                continue
            end = self._extend(tokens, i + 1, words, 1)
            if end is not None:
                yield Match(token.start, tokens[end].end, i, end)

    def _extend(self, tokens: list[Token], pos: int, words: list, k: int) -> int | None:
        if k == len(words):
            return pos - 1
        word = words[k]
        if word is None:  # a gap: up to GAP tokens, then the next word
            nxt = words[k + 1]
            for j in range(pos, min(pos + GAP + 1, len(tokens))):
                if nxt.matches(tokens[j]):
                    end = self._extend(tokens, j + 1, words, k + 2)
                    if end is not None:
                        return end
            return None
        j = pos
        if j < len(tokens) and tokens[j].text in self.skippable and not word.matches(tokens[j]):
            j += 1
        if j < len(tokens) and word.matches(tokens[j]):
            return self._extend(tokens, j + 1, words, k + 1)
        return None

    def search(self, text: str, tokens: list[Token] | None = None) -> Match | None:
        tokens = tokenize(text) if tokens is None else tokens
        return next(iter(self.finditer(text, tokens)), None)


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


def first_match(cues, text: str, tokens: list[Token] | None = None) -> Match | None:
    tokens = tokenize(text) if tokens is None else tokens
    for cue in cues:
        m = cue.search(text, tokens)
        if m:
            return m
    return None


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
