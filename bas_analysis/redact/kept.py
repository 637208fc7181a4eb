"""Kept names: names that are part of a title, an institution's, a method's or a place's name.

In:  a text and a :class:`Redactor` (its name data).
Out: the stretches of the text where a name is kept (``_kept_name_spans``): a quoted title after a word for a
     book, a film or a material, an institution's capitalised word before a name, a genitive before a rare
     proper noun, a name of :func:`keep_names`, a method's or a programme's name.
"""

from __future__ import annotations

from functools import lru_cache
import re as plain_re
import regex as re

from .text import _QUOTES, _TOKEN_RE
from .name_data import _keep_name_re, keep_names, _keep_names_by_word, _KEEP_WORD_RE, known_titles
from .tokens import _Token
from .positions import _hint_stems, _hints_in, _LOWER_NEXT_RE, _NAME_WORD, _person_word, _word_span_before

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only (not evaluated)
    from .redactor import Redactor


# --- names kept inside titles, institutions', methods', groups' and places' names ------------------------------------
_QUOTED_TITLE_RE = plain_re.compile(
    r"[\"\u201c\u201d\u00ab](?P<title>[^\"\u201c\u201d\u00ab\u00bb\n.!?]{3,80}?"
    r"(?:[?!][ ][^\"\u201c\u201d\u00ab\u00bb\n.!?]{1,60}?)?[?!]?)[\"\u201d\u00bb]"  # ("Name! Name!", "Where? Here")
)
_PUBLICATION_CUE_RE = plain_re.compile(
    r"(?i:\w*(?:bok|boken|böcker|böckerna|bok(?:låda|lådan|lådor|lådorna|paket|paketet|lista|listan|listor|tips|"
    r"hylla|hyllan|hyllor|samling|samlingen|kasse|kassar|kassen)|film|filmen|filmer|filmerna|material|materialet|broschyr|broschyren|"
    r"skrift|skriften|folder|foldern|titel|titeln|titlar|podd|podden|podcast|appen|spel|spelet|saga|sagan|sagor|"
    r"novell|novellen|roman|romanen|pjäs|pjäsen|föreställning|föreställningen|utställning|utställningen|serie|serien|"
    r"visning|visningen|cirkel|cirkeln|häfte|häftet)"
    r"|rapport|rapporten|rapporter|artikel|artikeln|avhandling|avhandlingen|uppsats|uppsatsen|studie|studien"
    r"|projekt|projektet|program|programmet|metod|metoden|modell|modellen|kampanj|kampanjen|satsning|satsningen"
    r"|läs|läsa|läser|köpt|köpte|köper|köpa|beställt|beställde|beställer|delat ut|delar ut|delade ut"
    r"|lånat ut|lånar ut|lånade ut)(?!\w)"
)
_SUBTITLE_RE = plain_re.compile(r"[ ][\u2013\u2014-][ ]|:[ ]")  # a title's subtitle starts after a dash or a colon
_SENTENCE_END_RE = plain_re.compile(r"[.!?:\n](?:[ \t]|$)")
# an abbreviation's last dot, no sentence's end: "bl.a.", "t.ex.", "m.fl."
_ABBREVIATION_END_RE = plain_re.compile(r"(?<![^\W\d_])[^\W\d_]{1,3}\.[ ]?[^\W\d_]{1,3}\.$")
# a name right after a capitalised word of a building or an organisation ("Familjecentralen X Y", "Stiftelsen
# X och Y Z", "Familjens hus X"): the institution is named after a person or a place
_NAMED_AFTER_ENDINGS = (
    "centralen", "centrum", "hus", "huset", "gården", "skola", "skolan", "förskolan", "gymnasiet", "kyrkan",
    "församling", "stiftelse", "stiftelsen", "fonden", "sjukhuset", "kliniken", "mottagningen", "biblioteket",
    "museet", "hemmet", "boendet", "hotel", "hotell", "hotellet",
)
_NAMED_AFTER_HINTS = tuple(f"{ending} " for ending in _NAMED_AFTER_ENDINGS)  # one of them, in lower case
_NAMED_AFTER_STEMS = _hint_stems(_NAMED_AFTER_HINTS)
_NAMED_AFTER_NAME_RE = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}(?:[ ]och[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})?)(?![\p{{L}}\p{{M}}\-])"
)
# a full name in the genitive before a rare capitalised word: a place or a building named after a person
# ("X Ys Gård-name"), not the person
# ("(?<![\w\-])" looked for after the first capital, on it and the character before: the engine then skips to
# the capitals; the same matches as the look-behind first, tests/test_fast_paths.py)
_GENITIVE_THING_RE = plain_re.compile(
    r"(?P<first>[A-ZÅÄÖ](?<![\w\-].)[a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?) (?:(?:von|af|van|de|der|den|du|la|le) ){0,2}"
    r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?s"
    r" (?P<thing>[A-ZÅÄÖ][a-zåäö]{2,})(?![\w\-])"
)
# (round 26: or a capitalised everyday word that running text in lower case follows: "X Ys Värld ligger i …")
# a small word and a blank right before a name: the name stands inside a sentence
_LOWER_WORD_BEFORE_RE = plain_re.compile(r"(?<![^\W\d_])[a-zåäöéü]+[ ]$")
# the name of a method, a model or a programme right after the word for it, maybe a compound's end
# ("samtalsmetoden X Y", "modellen X", "stödprogrammet X Y"), and a title, unquoted, right after the word for a book,
# a film or a play (a character's name: "boken Alfons och …", "bilderboken Totte …", "filmen Elvis"; an author
# follows "av"); not a Swedish first name and a surname we know
_METHOD_HINTS = ("metoden ", "modellen ", "programmet ", "konceptet ", "arbetssättet ", "manualen ",
                 "boken ", "filmen ", "sagan ", "serien ", "pjäsen ", "romanen ", "novellen ", "föreställningen ")
_METHOD_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])\p{Ll}*(?:metoden|modellen|programmet|konceptet|arbetssättet|manualen"
    r"|boken|filmen|sagan|serien|pjäsen|romanen|novellen|föreställningen)[ ]"
    r"(?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:[ ]\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){0,2})"
    r"(?![\p{L}\p{M}\-])"
)

# the name of a group, an activity or a programme right after the word for it, maybe after "heter"/"kallas": quoted
# ("Gruppen 'X'", "samtalsgruppen heter »X«"), or bare before a bracket or "för" ("gruppverksamheten X (för barn …)")
_GROUP_HINTS = ("grupp", "verksamhet", "programmet ", "kursen ", "träff")
_GROUP_NAME_RE = re.compile(
    r"(?i:grupp|gruppen|grupperna|verksamheten|programmet|kursen|träffen|träffarna)"  # maybe a compound's end
    r"(?:[ ](?:som[ ])?(?:heter|kallas))?[ ]"
    r"(?:['\"\u2018\u2019\u201c\u201d\u00ab](?P<quoted>\p{Lu}[\p{Ll}\p{M}]+(?:[ ]\p{Lu}[\p{Ll}\p{M}]+)?)['\"\u2018\u2019\u201c\u201d\u00bb]"
    r"|(?P<bare>\p{Lu}[\p{Ll}\p{M}]+)(?=[ ]?\(|[ ]för[ ]))"
)


def _known_title_spans(text: str, titles=None) -> list[tuple[int, int]]:
    """Where ``text`` writes a title of :func:`known_titles` (or of ``titles``) whole (case as listed, no letter
    or digit right before or after it: "Title-lådan" is the title's)."""
    spans = []
    for title in known_titles() if titles is None else titles:
        if title not in text:
            continue
        position = text.find(title)
        while position >= 0:
            end = position + len(title)
            if not (position and text[position - 1].isalnum()) and not (end < len(text) and text[end].isalnum()):
                spans.append((position, end))
            position = text.find(title, end)
    return spans


def _keep_name_spans(text: str, entries) -> list[tuple[int, int]]:
    """Where ``text`` writes a name of ``entries`` ((name, kind) of :func:`keep_names`): a title as listed
    (:func:`_known_title_spans`), any other name in any case with the rest of its last word."""
    spans = _known_title_spans(text, [name for name, kind in entries if kind == "title"])
    low = None
    for name, kind in entries:
        if kind == "title":
            continue
        if low is None:
            low = text.casefold()
        if name.split()[0].casefold() not in low:
            continue
        spans += [m.span() for m in _keep_name_re(name).finditer(text)]
    return spans


# a capitalised word inside a sentence right before a first name and a surname: "i samarbete med Sjöbacken Eva
# Lund, där …" (a building or a gallery named after a person: see _compound_place_before_name_spans)
_THING_BEFORE_NAME_RE = plain_re.compile(
    r"(?<=[a-zåäö] )(?P<thing>[A-ZÅÄÖ][a-zåäö]{5,}) (?P<first>[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)"
    r" [A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?(?![\w\-])")


def _everyday_compound(redactor: Redactor, word: str) -> bool:
    """Whether ``word`` (no word of the word list) is two everyday words joined ("Sjöbacken", "Talludden"): a
    place's or a building's name, not a person's."""
    low, zipf = word.casefold(), redactor.lex.zipf
    return any(zipf(low[k:]) >= 3.5 and (zipf(low[:k]) >= 3.5 or low[k - 1] == "s" and zipf(low[:k - 1]) >= 3.5)
               for k in range(2, len(low) - 3))


def _compound_place_before_name_spans(redactor: Redactor, text: str) -> list[tuple[int, int]]:
    """A building, a gallery or a farm named after a person, its own name first: an unknown capitalised word
    made of two everyday words inside a sentence, then a first name we know and a surname ("med Sjöbacken Eva
    Lund"): the whole is kept."""
    spans = []
    for m in _THING_BEFORE_NAME_RE.finditer(text):
        thing = m["thing"]
        if redactor._unknown_word(thing) and redactor._plain_first_name(m["first"]) \
                and not _person_word(thing.casefold()) and not redactor._is_place(thing) \
                and thing.casefold() not in redactor.lex.surnames and _everyday_compound(redactor, thing):
            spans.append(m.span())
    return spans


def _titles_of_names(text: str, spans) -> list[tuple[int, int]]:
    """:func:`_keep_name_spans` of the names of :func:`keep_names` holding a word of a name at ``spans`` ((start,
    end, …)), or its genitive ("Beardslees" for "Beardslee")."""
    index = _keep_names_by_word()
    entries = set()
    for start, end, *_ in spans:
        for word in _KEEP_WORD_RE.findall(text[start:end].casefold()):
            entries.update(index.get(word, ()))
            if word.endswith("s"):
                entries.update(index.get(word[:-1], ()))
    return _keep_name_spans(text, entries) if entries else []


def _group_name_spans(low: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a group or an activity (:data:`_GROUP_NAME_RE`); ``low`` is the text in lower case."""
    if not any(hint in low for hint in _GROUP_HINTS):
        return []
    return [m.span("quoted") if m["quoted"] else m.span("bare") for m in _GROUP_NAME_RE.finditer(text)]


def _kept_name_spans(redactor: Redactor, text: str) -> list[tuple[int, int]]:
    """(start, end) of the stretches of ``text`` where a name is part of a title, an institution's or a place's
    name; person names found inside one are kept. Each pattern is tried only where a cheap test finds what it
    needs (a quote, an institution's word before a capital)."""
    kept = []
    if any(q in text for q in _QUOTES):
        for m in _QUOTED_TITLE_RE.finditer(text):
            main = _SUBTITLE_RE.split(m["title"], 1)[0]  # "Name and Name – a guide for …": the title before
            if m["title"].count(" ") < 1 or main.count(" ") > 7:
                continue
            window = text[max(0, m.start() - 80):m.start()]
            ends = [e for e in _SENTENCE_END_RE.finditer(window) if not _ABBREVIATION_END_RE.search(window, 0, e.start() + 1)]
            if ends:
                window = window[ends[-1].end():]
            if _PUBLICATION_CUE_RE.search(window):
                kept.append(m.span("title"))
    low = text.lower()
    if len(low) != len(text):  # ("İ" lowers to two characters: then none)
        low = ""
    kept += _group_name_spans(low, text)
    for hint in _hints_in(_NAMED_AFTER_STEMS, low):
        position = low.find(hint)
        while position >= 0:
            after = position + len(hint)
            position = low.find(hint, after)
            if after >= len(text) or not text[after].isupper():
                continue
            start, word = _word_span_before(text, after - 1)
            if word[:1].islower():  # "Familjens hus X": a lower-case word after a capitalised one
                owner_start, owner = _word_span_before(text, start)
                if not (owner[:1].isupper() and owner.endswith("s") and redactor.lex.is_common(owner)
                        and not redactor._is_place(owner[:-1])):
                    continue  # a genitive everyday word owns it ("Familjens", "Barnens")
                start = owner_start
            elif not word[:1].isupper():
                continue
            m = _NAMED_AFTER_NAME_RE.match(text, after)
            if m is not None:
                kept.append((start, m.end()))
    if " " in text:
        for m in _GENITIVE_THING_RE.finditer(text):
            thing = m["thing"]
            # a rare word, or inside a sentence (a small word before the name) any word: there a capital says a
            # proper noun ("en resa till X Ys Värld"), where a heading's may not
            if redactor._plain_first_name(m["first"]) and not redactor._first_name(_Token(thing, 0, len(thing))) \
                    and not redactor._known_surname(thing, None) \
                    and (redactor.lex.zipf(thing) < 3.0 or _LOWER_WORD_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
                         or _LOWER_NEXT_RE.match(text, m.end()) and redactor.lex.is_common(thing)) \
                    and not redactor._is_place(thing) \
                    and (m["first"].casefold(), m[0].split(" ")[-2][:-1].casefold()) not in redactor.names:
                kept.append(m.span())  # (not the genitive of a name the page's contacts give)
    kept += _genitive_building_spans(redactor, text, low)
    kept += _compound_place_before_name_spans(redactor, text)
    if low and any(hint in text for hint in _METHOD_HINTS):  # (as the case-sensitive pattern writes them)
        for m in _METHOD_NAME_RE.finditer(text):
            words = m["name"].split()
            if not (len(words) == 2 and words[0].casefold() in redactor.lex.first_sv
                    and redactor._known_surname(words[1], None)):
                kept.append(m.span("name"))
    return kept


_KEPT_REACH = 120  # how far before or after a name what keeps it may start or end


def _kept_near(redactor: Redactor, text: str, spans) -> list[tuple[int, int]]:
    """:func:`_kept_name_spans` of the stretches of ``text`` around the names at ``spans`` ((start, end, …)):
    what keeps a name lies within _KEPT_REACH characters of it, so the rest of the text is not read."""
    windows: list[list[int]] = []
    for start, end in sorted((span[0], span[1]) for span in spans):
        a, b = max(0, start - _KEPT_REACH), min(len(text), end + _KEPT_REACH)
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    titled = _titles_of_names(text, spans)  # a well-known title anywhere in the text (few words ask)
    if len(windows) == 1 and windows[0] == [0, len(text)]:
        return _kept_name_spans(redactor, text) + titled
    memo = _KEPT_MEMO
    if memo[0] is not text or memo[1] is not redactor:
        memo[:] = [text, redactor, {}]
    found = memo[2]
    kept = []
    for a, b in windows:
        while a > 0 and text[a - 1].isalnum():  # a window starts and ends between words
            a -= 1
        while b < len(text) and text[b].isalnum():
            b += 1
        window = found.get((a, b))
        if window is None:
            window = found[a, b] = [(a + s, a + e) for s, e in _kept_name_spans(redactor, text[a:b])]
        kept += window
    return kept + titled


# the kept stretches of the windows of the text last asked (a page: its context and its spans ask mostly the same
# windows), by (start, end): what _kept_name_spans finds depends on the redactor and the window's text only, and
# the text is held here, so the same text object is the same characters; one text at a time
_KEPT_MEMO: list = [None, None, {}]


def _inside(kept: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in kept)


# a full name in the genitive (maybe after a title, with particles, two of them joined by "och") before a word
# of a building, a place or a foundation: "X Ys hus", "X von Ys Hammarby", "Prins X Ys och Prinsessan Zs Stiftelse"
_GEN_WORD = r"[A-ZÅÄÖ][a-zåäöéèü]+(?:-[A-ZÅÄÖ][a-zåäöéèü]+)?"
_GENITIVE_NAME = rf"{_GEN_WORD}(?: (?:von|af|van|de|der|den|du|la|le)){{0,2}}(?: {_GEN_WORD}){{1,2}}s"
# ("(?<![\w\-])" looked for after the first capital, on it and the character before: the engine then skips to
# the capitals, as for _GENITIVE_THING_RE; the same matches, tests/test_redact_fast_paths.py)
_GENITIVE_BUILDING_RE = plain_re.compile(
    rf"[A-ZÅÄÖ](?<![\w\-].){_GENITIVE_NAME[len('[A-ZÅÄÖ]'):]}(?: och {_GENITIVE_NAME})?"
    r" (?P<thing>[A-ZÅÄÖa-zåäö][a-zåäö]+)(?![\w\-])")
_BUILDING_ENDINGS = ("hus", "huset", "gård", "gården", "strand", "stranden", "plats", "platsen", "villa", "hage", "hagen", "stiftelse", "stiftelsen", "fond", "fonden", "förskola",
                     "skola", "skolan", "sjukhus", "sjukhuset", "park", "parken", "gata", "gatan",
                     "väg", "vägen", "torg", "torget", "sal", "salen", "minne", "museum", "museet", "center", "centrum",
                     "bibliotek", "biblioteket", "kyrka", "kyrkan", "bruk", "bruket")


def _genitive_building_spans(redactor: "Redactor", text: str, low: str) -> list[tuple[int, int]]:
    """Where ``text`` (``low``: in lower case, "" when unknown) names a building, a place or a foundation after a
    person (:data:`_GENITIVE_BUILDING_RE`): its words go with the building, not with the person."""
    if "s " not in text:
        return []
    spans = []
    for m in _GENITIVE_BUILDING_RE.finditer(text):
        if m["thing"].casefold().endswith(_BUILDING_ENDINGS):
            spans.append(m.span())
    return spans


# --- the words of the names kept --------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _kept_name_words() -> frozenset:
    """The words of the names :func:`keep_names` keeps, folded, but for titles' (a title is kept where it is written:
    "Kan du vissla Johanna?" keeps no Johanna elsewhere)."""
    return frozenset(w.casefold() for name, kind in keep_names() if kind != "title" for w in _TOKEN_RE.findall(name))
