"""Found names: the page's own names found, written again.

In:  a text, the :class:`Redactor` and the page's :class:`Context` (the names its redaction found: spans,
     first names, forms).
Out: where the page writes its people again: first names alone, surnames that are places, genitives, initials
     (in brackets, signing, dotted), nicknames and pet names, lower-case and capitals forms, the words around a
     name found, the other items of its list, and the forms the page's parts take (``_found_name_forms``).
"""

from __future__ import annotations

import re as plain_re
import regex as re

from .text import ADDRESS, _fold, _merge, NAME, _QUOTES, _touches, _whole_word_spans
from .contact_data import _FLAT, _FLOOR, _HOME_SENTENCE_END_RE, _POSTCODE_TOWN, _STREET, _STREET_ADDRESS_RE
from .name_data import _institution_word, _keep_names_by_word, lexicon
from .tokens import _before_is_sentence_start, _Token
from .positions import (
    _CAPITAL_NEXT_RE, _NAME_WORD, _NEXT_NAME_WORD_RE, _NEXT_WORD_RE, _person_word, _PLACE_ENDINGS, _ROLE_ENDINGS,
    _SURNAME_ENDINGS, _word_span_before,
)
from .spelled import _PAGE_WORD_RE
from .layout import _lower_first_name, _table_names, _table_row_names, _TAIL_WORD_RE
from .kept import _inside, _kept_name_words, _kept_near
from .cued import (
    _BESIDE_FOUND_SURNAME_ZIPF, _has_known_name_part, _is_thing_word,
    _NAME_PEOPLE_CALL_RE, _NAME_WORD_BESIDE_FOUND, _no_place_or_everyday_word,
    _people_label_before, _PEOPLE_LABELS, _PERSON_CUES_BEFORE, _PERSON_VERBS_AFTER, _phone_after_name,
    _PLACE_PREPOSITIONS, _RARE_FIRST_ZIPF, _reads_as_unknown_name, _SHORT_NAME_BRACKETED_FULL_RE,
    _unknown_name_run_at, _UNKNOWN_NAME_WORD, _unknown_name_word,
)


# --- initials of the page's full names -------------------------------------------------------------------------------
# two to four capitals (a part may be hyphenated: "P-OL"), or two to four initials with dots ("M.J.")
# (the look-behind after the first capital, on it and the character before: the engine then finds the capitals by
# themselves instead of trying the look-behind at every character; the same matches, tests/test_fast_paths.py)
_INITIALS_TOKEN_RE = plain_re.compile(
    r"[A-ZÅÄÖ](?<![\w\-.@].)(?:(?:-?[A-ZÅÄÖ]){1,3}|\.(?:[ ]?-?[A-ZÅÄÖ]\.){1,3})(?![\w\-@])"
)
_INITIALS_GAP_RE = plain_re.compile(r"[ \t]{0,2}[,/&][ \t]{0,2}|[ \t]och[ \t]")  # between initials of a list
_INITIALS_BEFORE_RE = plain_re.compile(r"(?:/|\bav:?|\bsign\.?:?|\bjusteras:?)[ \t]{0,2}$", plain_re.IGNORECASE)


def _letters(initials: str) -> str:
    return initials.replace(".", "").replace(" ", "").replace("-", "")


def _name_initials(text: str, spans) -> dict:
    """{initials: defined} of the full names at ``spans`` ((start, end, …) of ``text``): the first letter of each
    word and of each part of a hyphenated one ("Lars-Åke Ek": "LÅE"), and of the first and last word alone, and
    of a double first name's parts ("Eva-Lena": "EL", which counts where written with a hyphen: "E-L"); defined when the text writes them in brackets right after the name ("Lars-Åke Ek (LÅE)")."""
    out: dict = {}
    for start, end, *_ in spans:
        words = [w for w in text[start:end].split() if w[:1].isupper()]
        if len(words) < 2:
            continue
        parts = ["".join(p[:1] for p in w.split("-") if p) for w in words]
        # every part's first letter, and each word's alone (a hyphenated first name signs with one: "EK")
        letters = {"".join(parts), parts[0] + parts[-1], "".join(w[:1] for w in words), words[0][:1] + words[-1][:1]}
        if len(parts[0]) > 1:
            letters.add(parts[0])  # a double first name's own, written with a hyphen ("Eva-Lena Ström": "E-L")
        after = text[end:end + 8]
        for initials in letters:
            if 2 <= len(initials) <= 4 and initials.isupper():
                defined = after.startswith((f" ({initials})", f" ({initials},", f", {initials})"))
                out[initials] = out.get(initials, False) or defined
    return out


def _page_initials_spans(text: str, initials: dict) -> list[tuple[int, int, str]]:
    """The initials of the page's full names (``initials``, see :func:`_name_initials`) in ``text``: anywhere once
    the page defines them; else written with dots, no word or abbreviation of the word list, signed after a slash,
    "av" or "Justeras", or one of a list of initials ("/AB, CD", "(AB, CD)": two of the page's people's, or
    no word or abbreviation of the word list among them) — then the whole list goes."""
    matches = list(_INITIALS_TOKEN_RE.finditer(text))
    if not matches:
        return []
    lex = lexicon()
    spans = []
    k = 0
    while k < len(matches):
        group = [matches[k]]  # initials joined by commas, slashes, "&" or "och"
        while k + 1 < len(matches) and _INITIALS_GAP_RE.fullmatch(text, group[-1].end(), matches[k + 1].start()):
            k += 1
            group.append(matches[k])
        k += 1
        signed = _INITIALS_BEFORE_RE.search(text, max(0, group[0].start() - 12), group[0].start()) is not None
        matching = [m for m in group if _letters(m[0]) in initials]
        # a list of initials: two of them the page's people's, or none of them a word or abbreviation we know
        listed = len(group) > 1 and (len(matching) > 1 or all(lex.zipf(_letters(m[0])) == 0 for m in group))
        if any(initials[_letters(m[0])] or "." in m[0] or signed or listed or lex.zipf(_letters(m[0])) == 0
               or "-" in m[0] and len(m[0]) == 3 for m in matching):  # "E-L": a double first name's
            spans += [(m.start(), m.end(), NAME) for m in group]
    return spans


# --- genitives of the page's first names -----------------------------------------------------------------------------
# a capitalised word with a possessive s, then a word in lower case: "Annas grupp", "”Idas kurs”"
_GENITIVE_BEFORE_NOUN_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)s[ ](?P<noun>\p{Ll}[\p{Ll}\p{M}\-]*)")
_WORD_BEFORE_RE = re.compile(r"(?P<word>[\p{L}\p{M}\-]+)[ ]$")
# organisation's words that a person's first name in the genitive leads as often: "Annas grupp", "Idas team"
_PERSON_GENITIVE_NOUNS = frozenset({"grupp", "gruppen", "team", "teamet", "projekt", "projektet"})


def _first_genitives(text: str, spans) -> frozenset:
    """The genitives of the first words of the names at ``spans`` ((start, end, …) of ``text``), casefolded:
    "annas" of "Anna Ek", "carl-johans" of "Carl-Johan von Ek". A first name that ends in s has none."""
    out = set()
    for start, end, *_ in spans:
        words = text[start:end].split()  # a full name, or a first name alone ("Sofie" of "Lindgren, Sofie")
        if words and all(p[:1].isupper() and p[1:].islower() for p in words[0].split("-")) \
                and not words[0].endswith("s"):
            out.add(words[0].casefold() + "s")
    return frozenset(out)


def _first_genitive_spans(text: str, genitives) -> list[tuple[int, int, str]]:
    """Where ``text`` writes the genitive of a first name of the page's people (``Context.first_genitives``) before
    a word in lower case ("Annas grupp", "”Carl-Johans utvärdering”"): the person's. Not before an organisation's
    word ("Sankta Annas sjukhus"), nor after a capitalised word that is no everyday word (part of a longer name)."""
    if "s " not in text:
        return []
    # a match's genitive is a piece of the text that casefolds to one of ``genitives``; casefolding goes character
    # by character (no context, unlike lower()), so the casefolded text then holds that genitive: a text that holds
    # none needs no search (tests/test_redact_fast_paths.py compares)
    folded = text.casefold()
    if not any(genitive in folded for genitive in genitives):
        return []
    return _searched_genitive_spans(text, genitives)


def _searched_genitive_spans(text: str, genitives) -> list[tuple[int, int, str]]:
    """:func:`_first_genitive_spans` by a search of the whole text."""
    lex = lexicon()
    spans = []
    for m in _GENITIVE_BEFORE_NOUN_RE.finditer(text):
        if (m["name"] + "s").casefold() not in genitives \
                or _institution_word(m["noun"]) and m["noun"] not in _PERSON_GENITIVE_NOUNS:
            continue
        before = _WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if before is not None and before["word"][:1].isupper() and not lex.is_common(before["word"].casefold()):
            continue
        spans.append((m.start(), m.end("name") + 1, NAME))
    return spans


def _not_kept(redactor: "Redactor", text: str, spans: list[tuple[int, int, str]], full_firsts) -> list[tuple[int, int, str]]:
    """The genitives at ``spans`` of first names of the page, but for those inside a title, an institution's or a
    place's name (:func:`_kept_near`) whose first name the page writes alone only, never in a full name
    (``full_firsts``): a character ('filmen "Tovas hemlighet"' beside "Tova spelas av …"), not a person."""
    kept = _kept_near(redactor, text, spans)
    if not kept:
        return spans
    return [s for s in spans if not _inside(kept, s[0], s[1])
            or text[s[0]:s[1]] in full_firsts or text[s[0]:s[1] - 1] in full_firsts]


# --- the page's people named again: a first name alone, a surname that is a place, lone names ------------------------
def _organisation_after(text: str, end: int) -> bool:
    """Whether a genitive and an organisation's word follow ``end`` ("Sten A| Olssons Stiftelse"): the name
    before is the organisation's."""
    m = _GENITIVE_ORG_AFTER_RE.match(text, end)
    return m is not None and _institution_word(m["word"])


_GENITIVE_ORG_AFTER_RE = plain_re.compile(r"[ \t][A-ZÅÄÖ][^\W\d_]+s[ \t](?P<word>[^\W\d_][\w\-]*)")


def _page_people_spans(redactor: "Redactor", text: str, ctx: "Context", found: list) -> list[tuple[int, int, str]]:
    """The page's people named again: a first name alone, a surname that is also a place's name coordinated with
    a name found (see the two functions below)."""
    spans = _page_first_name_spans(redactor, text, ctx.first_names, ctx.surnames) if ctx.first_names else []
    if ctx.surnames and (" och " in text or " & " in text):
        spans += _coordinated_surname_spans(redactor, text, ctx.surnames, _merge(found + spans))
    if ctx.surnames and " av " in text:
        spans += _agent_place_surname_spans(redactor, text, ctx.surnames)
    return spans


# a capitalised word after "av" and the passive verb before it (maybe a year or an adverb between): "reviderades
# av Berg och …", "leds också av Lund.", "skrevs 2021 av Holm"
_AGENT_VERB_BEFORE_RE = plain_re.compile(r"(?<![^\W\d_])[a-zåäö]{3,}s(?:[ \t](?:\d{4}|även|också|främst|senast))?$")
_AGENT_WORD_RE = plain_re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?![\w\-])")


def _agent_place_surname_spans(redactor: "Redactor", text: str, surnames) -> list[tuple[int, int, str]]:
    """A surname of the page's people that is also a place's name ("Berg", "Lund"), alone as the agent of a
    passive verb ("Planen skrevs av Berg och …", "Gruppen leds av Lund."): the person. Not before a capitalised
    word or an organisation's word ("finansieras av Lunds kommun" has no bare "Lund")."""
    spans = []
    position = text.find(" av ")
    while position >= 0:
        m = _AGENT_WORD_RE.match(text, position + 4)
        at, position = position, text.find(" av ", position + 4)
        if m is None or m[0].casefold() not in surnames or not redactor._is_place(m[0]) \
                or _AGENT_VERB_BEFORE_RE.search(text, max(0, at - 40), at) is None:
            continue
        after = _CAPITALISED_AFTER_RE.match(text, m.end())
        if after is not None and (after["word"] is None or _institution_word(after["word"])):
            continue
        spans.append((m.start(), m.end(), NAME))
    return spans


def _page_first_names(redactor: "Redactor", text: str, spans, lower_words) -> frozenset:
    """The first words of the page's full names at ``spans`` ((start, end, …) of ``text``) that may stand for the
    person alone: title case, no place, no organisation's word, no word the page writes in lower case."""
    out = set()
    for start, end, *_ in spans:
        words = text[start:end].split()
        if len(words) < 2:
            continue
        first = words[0]
        if all(p[:1].isupper() and p[1:].islower() for p in first.split("-")) and len(first) >= 2 \
                and not redactor._is_place(first) and not _institution_word(first) \
                and first.casefold() not in lower_words:
            out.add(first)
        elif _lower_first_name(redactor, words):
            out.add(first)  # "kenneth åberg" … "kenneth berättade": a page that writes a name in lower case
    return frozenset(out)


_CAPITALISED_AFTER_RE = plain_re.compile(r"[ \t]{1,2}(?:[A-ZÅÄÖ\d]|(?P<word>[^\W\d_][\w\-]*))")


def _page_first_name_spans(redactor: "Redactor", text: str, first_names, surnames=frozenset()) -> list[tuple[int, int, str]]:
    """Where ``text`` writes a first name of the page's people (``Context.first_names``) alone as a word ("Bra
    jobbat Mette!"): not before a capitalised word or a number (a longer name, a date), nor before an
    organisation's word, nor after a capitalised word (unless an everyday word starting the sentence, "Tack X",
    or a surname of the page's, "Ek X"),
    nor joined by a hyphen
    ("Mette-modellen"); a very frequent word only inside a sentence."""
    spans = []
    lex = redactor.lex
    for name in first_names:
        position = text.find(name)
        while position >= 0:
            end = position + len(name)
            start, position = position, text.find(name, end)
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_.@/'’") \
                    or end < len(text) and (text[end].isalnum() or text[end] in "-_@'’"):
                continue
            after = _CAPITALISED_AFTER_RE.match(text, end)
            if after is not None and after["word"] is None:
                longer = _page_surname_end_after(redactor, text, end)
                if longer:
                    spans.append((start, longer, NAME))  # round 26: 'Nilsson, Kerstin ("Kicki")' … "Kicki Nilsson"
                    continue
                longer = _unknown_surname_after(redactor, text, end)
                if longer:
                    spans.append((start, longer, NAME))  # round 27: "Tekle, Semhar" … "Semhar Tekle (leg. …)"
                    continue
            if after is not None and (after["word"] is None or _institution_word(after["word"])) \
                    and not (after["word"] is None and text[after.end() - 1].isdigit() and _phone_after_name(text, end)):
                continue  # (but a phone number after it: "Frågor till X 070-…")
            before = _WORD_BEFORE_RE.search(text, max(0, start - 30), start)
            if before is not None and before["word"][:1].isupper() and before["word"].casefold() not in surnames \
                    and not (_before_is_sentence_start(text, before.start())
                             and (lex.zipf(before["word"]) >= redactor.EVERYDAY_ZIPF
                                  or _rare_name_after_word(redactor, name, before["word"]))):
                continue  # part of a longer name ("Klubb X"), unless after an everyday word ("Enligt X", "Tack X")
                # or after a surname of the page's (surname first: "Ek X")
            if _before_is_sentence_start(text, start) and lex.zipf(name) >= redactor.EVERYDAY_ZIPF \
                    and not _person_verb_after(text, end):
                continue  # (a person's verb after it says the person: "X nås på …")
            spans.append((start, end, NAME))
    return spans


_AND_BEFORE_NAME_RE = plain_re.compile(r"[ \t](?:och|&)[ \t]$")
_AND_AFTER_NAME_RE = plain_re.compile(r"[ \t](?:och|&)[ \t]")


def _coordinated_surname_spans(redactor: "Redactor", text: str, surnames, found: list) -> list[tuple[int, int, str]]:
    """A surname of the page's people that is also a place's name ("Lund", "Berg"), alone and coordinated with a
    name found ("Lund och [name] har", "var [name] och Berg."): the person. Not after a preposition of place ("i
    Lund och …"), nor before an organisation's word or a capitalised word."""
    names = [(s, e) for s, e, kind in found if kind == NAME]
    if not names or not surnames:
        return []
    spans = []
    for start, end in names:
        m = _AND_BEFORE_NAME_RE.search(text, max(0, start - 6), start)
        if m is not None:
            w_start, word = _word_span_before(text, m.start())
            if word and _coordinated_place_surname(redactor, text, word, w_start, m.start(), surnames):
                spans.append((w_start, m.start(), NAME))
        m = _AND_AFTER_NAME_RE.match(text, end)
        if m is not None:
            w = _TAIL_WORD_RE.match(text, m.end())
            word = w[0] if w is not None else ""
            if word and _coordinated_place_surname(redactor, text, word, m.end(), m.end() + len(word), surnames):
                spans.append((m.end(), m.end() + len(word), NAME))
    return spans


def _coordinated_place_surname(redactor: "Redactor", text: str, word: str, start: int, end: int, surnames) -> bool:
    if not (word[:1].isupper() and word[1:].islower()) or word.casefold() not in surnames \
            or not redactor._is_place(word):
        return False
    before = _word_span_before(text, start)[1]
    if before.casefold() in _PLACE_PREPOSITIONS or before[:1].isupper() and not _before_is_sentence_start(text, start):
        return False
    after = _CAPITALISED_AFTER_RE.match(text, end)
    return not (after is not None and (after["word"] is None or _institution_word(after["word"])))


def _person_verb_after(text: str, end: int) -> bool:
    """Whether a person's verb follows ``end`` ("X nås på …", "X berättade"): :data:`_PERSON_VERBS_AFTER`."""
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and m.group(1) in _PERSON_VERBS_AFTER


_QUOTED_WORD_RE = plain_re.compile(r"[\"\u201c\u201d\u00ab\u00bb](?P<nick>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)[\"\u201c\u201d\u00ab\u00bb]")


def _add_page_people_lone_names(redactor: "Redactor", text: str, positions, named, ctx: "Context") -> None:
    """What the names the page's words place (``positions``; ``named``: those of two words or more, not kept) add
    to ``ctx``: the first name of one written surname first ("Abdi, Hodan" … "skickas av Hodan"), the nickname
    in quotes of one ('Krzysztof "Kris" Nowak' … "Kris nås på"), a first name we know found alone in lower case
    ("till aisha på aisha.m@…" … "bengt och aisha har"), each standing for the person alone in the rest of the
    page (``Context.first_names``); and the surname of a full name found so, no place, organisation's or
    everyday word, never written in lower case ("Sunita Rai" … "utförd av Rai": ``Context.surnames``)."""
    lex = redactor.lex
    firsts: set[str] = set()
    for start, end, _ in named:
        name = text[start:end]
        if ", " in name:
            word = name.split(", ", 1)[1].split(" ")[0]
        elif '"' in name or "\u201c" in name or "\u201d" in name or "\u00ab" in name:
            m = _QUOTED_WORD_RE.search(name)
            if m is not None and not redactor._is_place(m["nick"]) and not _institution_word(m["nick"]):
                firsts.add(m["nick"])  # (the page writes it as a name: also a word it writes in lower case)
            continue
        else:
            word = name.rsplit(" ", 1)[-1]
            if len(word) >= 3 and word[:1].isupper() and word[1:].islower() and not redactor._is_place(word) \
                    and not _institution_word(word) and not lex.is_common(word) \
                    and word.casefold() not in ctx.lower_words and isinstance(ctx.surnames, set):
                ctx.surnames.add(word.casefold())
            continue
        if len(word) >= 2 and word[:1].isupper() and word[1:].islower() and word.isalpha() \
                and not redactor._is_place(word) and not _institution_word(word) \
                and word.casefold() not in ctx.lower_words and lex.zipf(word) < redactor.EVERYDAY_ZIPF:
            firsts.add(word)
    for start, end in positions:
        word = text[start:end]
        if word.isalpha() and word.islower() and len(word) >= 3 and (word in lex.first_sv or word in lex.first_other) \
                and lex.zipf(word) < redactor.EVERYDAY_ZIPF and not redactor._is_place(word.capitalize()):
            firsts.add(word)
    if firsts:
        ctx.first_names = ctx.first_names | firsts


_RARE_PART_ZIPF = 3.0  # a part of a double first name ("Ingá-Máret") this rare stands for the person alone


def _lowercase_or_rare_first_words(redactor: "Redactor", text: str, spans) -> frozenset:
    """More first words of the page's full names at ``spans`` that stand for the person alone: one the page also
    writes in lower case, in both spellings, when it is no everyday word ("Hodan Farah" … "kontakta Hodan" …
    "arbetsgrupp: hodan, …"; not "Stig": "stig" is a path); a rare part of a double first name ("Ingá-Máret
    Kitti" … "leds av Máret")."""
    out = set()
    lex = redactor.lex
    for start, end, *_ in spans:
        name = text[start:end]
        m = _NICK_IN_NAME_RE.search(name) if '"' in name or "\u201d" in name else None
        if m is not None:  # 'Ove "Obbe" Bengtsson' … "obbe nås på"; 'Per-Anders "PA" Wikström' … "PA har"
            nick = m["nick"]
            if nick.isupper():  # (in quotes inside a name: the person's, a word or not)
                out.add(nick)
            elif len(nick) >= 3 and lex.zipf(nick) < _RARE_FIRST_ZIPF and not redactor._is_place(nick) \
                    and not _institution_word(nick):
                out.add(nick)
                if nick.lower() in text:
                    out.add(nick.lower())
            continue
        if ", " in name:  # written surname first: "Abdullahi, Faadumo"
            name = name.split(", ", 1)[1]
            if not name:
                continue
            words = [name.split()[0], ""]
        else:
            words = name.split()
        if len(words) == 1 and start >= 2 and text[start - 2] == "(" and text[start - 1] in _QUOTES \
                and name[:1].isupper() and name[1:].islower() and name.isalpha() and not redactor._is_place(name) \
                and not _institution_word(name):
            out.add(name)  # round 26: a nickname in quotes in brackets after a name ('Nilsson, Kerstin ("Kicki")')
            continue
        if len(words) < 2:
            continue
        first = words[0]
        parts = first.split("-")
        if not all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts) or len(first) < 3 \
                or redactor._is_place(first) or _institution_word(first):
            continue
        if len(parts) == 1:
            if lex.zipf(first) < _RARE_FIRST_ZIPF:
                out.add(first)
                if first.lower() in text:  # (a spelling the page never writes is looked for in none of its parts)
                    out.add(first.lower())
            elif lex.zipf(first) < redactor.EVERYDAY_ZIPF and first.casefold() in lex.first_sv:
                out.add(first)  # round 26: a first name that is also a word ("Sanna"), in title case only
            continue
        for part in parts:
            if len(part) >= 4 and lex.zipf(part) < _RARE_PART_ZIPF and not redactor._is_place(part) \
                    and not _institution_word(part):
                out.add(part)
    return frozenset(out)


def _rare_name_after_word(redactor: "Redactor", name: str, word: str) -> bool:
    """Whether the page's person's first name ``name``, a word nowhere in the word list ("Hevin"), after ``word``
    starting a sentence is the person: ``word`` an everyday word, no organisation's word ("Ring Hevin på …",
    "Kontakt: Eyerusalem, …")."""
    return not redactor.lex.is_common(name) and redactor.lex.is_common(word) and not _institution_word(word) \
        and not redactor._is_place(word)


def _joined_name_spans(text: str, found: list) -> list[tuple[int, int]]:
    """The name spans of ``found`` with those one space apart joined (a first name and surnames found apart:
    "Eyerusalem" "Haile Bekele")."""
    out: list[list[int]] = []
    for start, end, label in found:
        if label != NAME:
            continue
        if out and start == out[-1][1] + 1 and text[out[-1][1]] == " ":
            out[-1][1] = end
        else:
            out.append([start, end])
    return [(a, b) for a, b in out]


_NICK_IN_NAME_RE = re.compile(r"[\"\u201c\u201d](?P<nick>\p{Lu}(?:\p{Lu}{1,3}|[\p{Ll}\p{M}]+))[\"\u201c\u201d]")


# a lower-case full name coordinated after a name found: "av [Leila Moradi] och per lindgren"
_AND_LOWER_NAME_AFTER_RE = re.compile(
    r"[ \t](?:och|eller|samt|&)[ \t](?P<name>(?P<first>\p{Ll}{2,}(?:-\p{Ll}{2,})?)[ ](?P<last>\p{Ll}{3,}))(?![\p{L}\p{M}\-])")


def _lowercase_names_coordinated_after_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """A full name in lower case coordinated after a name found ("Planerad av X Y och per lindgren."): a first
    name we know (also an everyday word: "per") and a surname we know that is no word or is made as surnames are."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in found:
        if label != NAME:
            continue
        m = _AND_LOWER_NAME_AFTER_RE.match(text, end)
        if m is None:
            continue
        first, last = m["first"], m["last"]
        if all(p in redactor.lex.first_sv or p in redactor.lex.first_other for p in first.split("-")) \
                and redactor._known_surname(last, None) \
                and (redactor.lex.zipf(last) < 3.0 or last.endswith(_SURNAME_ENDINGS)) \
                and not redactor._is_place(last.capitalize()):
            out.append((m.start("name"), m.end("name"), NAME))
    return out


def _page_surname_end_after(redactor: "Redactor", text: str, end: int) -> int:
    """The end of a surname we know, no place, organisation's or frequent word, that right after a first name of
    the page's people (ending at ``end``) ends the name ("Kicki Nilsson och …"); else 0."""
    m = _NEXT_NAME_WORD_RE.match(text, end)
    if m is None:
        return 0
    word = m.group(1)
    if redactor._known_surname(word, None) and not redactor._is_place(word) and not _institution_word(word) \
            and (redactor.lex.zipf(word) < 4.0 or word.endswith(_SURNAME_ENDINGS)) \
            and not _CAPITAL_NEXT_RE.match(text, m.end()):
        return m.end()
    return 0


# --- the words around a name found: longer names, nicknames, list items, the other items of its list -----------------
# after a name found: a nickname in quotes in brackets ('Ersson, Anders ("Mora-Anders")'), and a list's next item
# written surname first with an initial ("…; Kowalczyk, B.")
_BRACKET_QUOTED_NICK_RE = re.compile(
    rf"[ \t]?\([ \t]?[{_QUOTES}](?P<nick>{_NAME_WORD}(?:[ ]{_NAME_WORD})?)[{_QUOTES}][ \t]?\)")
_SIBLING_INITIAL_RE = re.compile(
    rf"[ \t]?;[ \t]{{1,2}}(?P<name>(?P<last>{_NAME_WORD}),[ ]\p{{Lu}}\.(?:-?\p{{Lu}}\.)?)"
    r"(?=[ \t]{0,2}(?:[(;|\t,]|[\u2013\u2014\-][ \t]|$))", re.MULTILINE)


def _nicknames_and_list_items_beside_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Beside a name found: its nickname in quotes in brackets after it ('Ersson, Anders ("Mora-Anders")': a word
    of it a first name we know or the name's own, or no word of the word list; no organisation's word), and the
    list's next item after a semicolon written surname first with an initial ("…; Kowalczyk, B.")."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in found:
        if label != NAME:
            continue
        m = _BRACKET_QUOTED_NICK_RE.match(text, end)
        if m is not None:
            nick = m["nick"]
            own = {w.casefold() for w in plain_re.split(r"[\s,\-]+", text[start:end]) if w}
            parts = plain_re.split(r"[ \-]", nick)
            if not any(_institution_word(p) for p in parts) and any(
                    p.casefold() in own or redactor._plain_first_name(p) or not redactor.lex.is_common(p) for p in parts):
                out.append((m.start("nick"), m.end("nick"), NAME))
                end = m.end()
        m = _SIBLING_INITIAL_RE.match(text, end)
        if m is not None and redactor._list_surname(m["last"]) and not redactor._is_place(m["last"]):
            out.append((m.start("name"), m.end("name"), NAME))
    return out


# words before a noun: after one a lower-case word is a thing, not a person's first name ("en stig", "den stig")
_ARTICLE_WORDS = frozenset({"en", "ett", "den", "det", "de", "denna", "detta", "dessa", "min", "din", "sin", "vår",
                            "er", "deras", "samma", "varje", "någon", "något", "ingen", "inget", "annan", "ny", "nya"})


# particles before a further surname after a name found ("Rosalie dela Cruz", "Ahmed Jabbar al-Tamimi")
_SURNAME_PARTICLE = r"(?:dela|de[ ]la|del|della|delos|da|das|do|dos|de|di|van|von|bin|ibn|ben|abu|al|el|ul|ur)"
_FURTHER_SURNAME_AFTER_RE = re.compile(
    rf"[ ](?:(?P<part>{_SURNAME_PARTICLE})(?P<sep>[ ]|-))?(?P<w>{_NAME_WORD_BESIDE_FOUND})(?![\p{{L}}\p{{M}}\-])")
# a list's item opening its line, written surname first: the given name after the surname found ("[X], Hibaaq"),
# before the end of the line, a tab, two blanks or a dash
_GIVEN_NAME_AFTER_SURNAME_ITEM_RE = re.compile(rf",[ ](?P<w>{_NAME_WORD_BESIDE_FOUND})(?=[ ]?\t|[ ]{{2}}|[ ]?$|[ ][\u2013\u2014\-][ ])", re.MULTILINE)
_TRAILING_PARTICLE_RE = re.compile(rf"[ ]{_SURNAME_PARTICLE}(?=[.,;:)]|[ ](?:och|eller|samt)[ ]|$)", re.MULTILINE)
_NAME_WORD_BEFORE_FOUND_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-.])(?P<w>{_NAME_WORD_BESIDE_FOUND})[ ]$")
# a nickname in brackets right after a name found: "X Y (Jo)", 'X Y ("Jao")'
_BRACKETED_NICKNAME_AFTER_RE = re.compile(r"[ ]\((?P<q>[\"\u201c\u201d]?)(?P<w>\p{Lu}[\p{Ll}\p{M}]{1,9})(?P=q)\)")
# a list's line written surname first: "Tekle, Semhar", "Lindqvist, M-L. – …", "Nurmi, Aino"
_SURNAME_FIRST_LIST_LINE_RE = re.compile(
    rf"(?P<name>(?P<last>{_NAME_WORD_BESIDE_FOUND}),[ ](?P<first>{_NAME_WORD_BESIDE_FOUND}|\p{{Lu}}\.(?:-?\p{{Lu}}\.)?|\p{{Lu}}-\p{{Lu}}\.))"
    r"(?=[ \t]*$|[ ]?\t|[ ]{2}|[ ][\u2013\u2014\-][ ])")
# "kallas X" and '"X" kallas' after a name found in the sentence: the person's pet name
_PET_NAME_AFTER_KALLAS_RE = re.compile(r"[ ]kallas[ ](?:hon[ ]|han[ ]|hen[ ])?(?P<q>[\"\u201c\u201d]?)(?P<w>\p{Lu}[\p{Ll}\p{M}]{1,9})(?P=q)(?![\p{L}\p{M}\-])")
_PET_NAME_BEFORE_KALLAS_RE = re.compile(r"[\"\u201c\u201d](?P<w>\p{Lu}[\p{Ll}\p{M}]{1,9})[\"\u201c\u201d][ ]kallas[ ]")


def _name_word_beside_found(redactor: "Redactor", word: str) -> bool:
    """Whether ``word`` may be a part of a person's name beside a name found: no common word, place or
    organisation's word (each part of a hyphened word)."""
    if redactor._is_place(word) or _institution_word(word) or _person_word(word.casefold()):
        return False
    lex = redactor.lex
    for part in word.split("-"):
        key = part.casefold()
        if lex.is_common(key) and not (lex.zipf(part) < _BESIDE_FOUND_SURNAME_ZIPF and key in lex.surnames or lex.zipf(part) < _BESIDE_FOUND_RARE_ZIPF):
            return False
    return True


_BESIDE_FOUND_RARE_ZIPF = 3.5  # a word this rare or rarer may be a name's part beside a name found ("Butt", "Cruz")


def _longer_name_words_around_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Round 27: the words a name found leaves of a longer name, read only at the ends of the names found.

    - a further surname after a full name, maybe after a particle ("[Tariq Mehmood] Butt", "[Zeynep Yılmaz]
      Öztürk", "[Rosalie] dela Cruz", "[Ahmed Jabbar] al-Tamimi"): a word we do not know as a common word, a place
      or an organisation's word, with no capitalised word after it;
    - up to two such words before a name found (a first name and a father's name: "Sagal Hirsi [Warsame]", "Biret
      [Máret Sparrok]", "Tuğba [Aksoy]"), after no capitalised word;
    - the given name of a list's item opening its line, after the surname found ("[Abdulkadir], Hibaaq   Ljusdal");
    - a nickname in brackets right after a name, with the first name's initial ("[Jyoti V.] (Jo)", '("Jao")');
    - a list's line written surname first ("Tekle, Semhar", "Lindqvist, M-L.") next to a line that opens with a
      name found (the list's other items)."""
    names = [(s, e) for s, e, kind in found if kind == NAME]
    if not names:
        return []
    spans = []
    taken = {(s, e) for s, e in names}
    for start, end in names:
        name = text[start:end]
        words = name.split()
        m = _FURTHER_SURNAME_AFTER_RE.match(text, end)
        after = _CAPITALISED_AFTER_RE.match(text, m.end()) if m is not None else None
        if m is not None and (m["part"] is not None or len(words) >= 2) and _name_word_beside_found(redactor, m["w"]) \
                and (after is None or after["word"] is not None) \
                and not (m["part"] is None and m["w"].casefold() not in redactor.lex.surnames
                         and m["w"].casefold().endswith(_PLACE_ENDINGS)):  # "Kalle Berg Ersboda": a district's
            if m["part"] is None or m["sep"] == "-" or len(m["part"]) >= 3 or len(words) >= 2:
                spans.append((m.start() + 1, m.end(), NAME))
        if ", " in name:  # written surname first, its particle after the given name: "Cruz, R. dela"
            p = _TRAILING_PARTICLE_RE.match(text, end)
            if p is not None:
                spans.append((p.start() + 1, p.end(), NAME))
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip():
            t = _GIVEN_NAME_AFTER_SURNAME_ITEM_RE.match(text, end)
            if t is not None and _name_word_beside_found(redactor, t["w"]):
                spans.append((start, t.end(), NAME))
        at, words_before = start, []
        for _ in range(2):
            b = _NAME_WORD_BEFORE_FOUND_RE.search(text, max(line_start, at - 40), at)
            if b is None or not _name_word_beside_found(redactor, b["w"]) or (b.start(), at - 1) in taken:
                break
            words_before.append((b.start(), at - 1))
            at = b.start()
        if words_before:
            before = _WORD_BEFORE_RE.search(text, max(0, at - 30), at)
            if before is None or not before["word"][:1].isupper() or _before_is_sentence_start(text, before.start()):
                spans += [(a, z, NAME) for a, z in words_before]  # (after a capitalised word: a longer name's)
        q = _QUOTED_NICKNAME_BEFORE_RE.search(text, max(line_start, start - 14), start)
        if q is not None and not redactor._is_place(q["w"]) and not _institution_word(q["w"]) \
                and not redactor.lex.is_common(q["w"].casefold()):
            spans.append((q.start("w"), q.end("w"), NAME))  # a nickname in quotes before a name: '"Bettan" [X]'
        n = _BRACKETED_NICKNAME_AFTER_RE.match(text, end)
        if n is not None and words and n["w"][0] == words[0][0] and not redactor._is_place(n["w"]) \
                and not _institution_word(n["w"]) and (n["q"] or len(n["w"]) <= 6):
            spans.append((n.start("w"), n.end("w"), NAME))
    spans += _surname_first_list_lines(redactor, text, names)
    for start, end in _joined_name_spans(text, _merge(found + spans)):  # the initials of a name of three words
        words = text[start:end].split()
        if len(words) == 3 and all(w[:1].isupper() for w in words):
            initials = "".join(w[0] + "." for w in words)
            position = text.find(initials)
            while position >= 0:
                after = position + len(initials)
                if (position == 0 or not text[position - 1].isalnum()) and not text[after:after + 1].isalnum():
                    spans.append((position, after, NAME))
                position = text.find(initials, after)
    return spans


_QUOTED_NICKNAME_BEFORE_RE = re.compile(r"[\"\u201c\u201d](?P<w>\p{Lu}[\p{Ll}\p{M}]{1,9})[\"\u201c\u201d][ ]$")
_NEXT_CAPITALISED_WORD_RE = re.compile(rf"[ ](?P<w>{_NAME_WORD_BESIDE_FOUND})(?![\p{{L}}\p{{M}}\-])")


def _unknown_surname_after(redactor: "Redactor", text: str, end: int) -> int | None:
    """Where a word nowhere in the word list ends right after a first name of the page's people ("Semhar Tekle"),
    before no capitalised word: the person's surname; None otherwise."""
    m = _NEXT_CAPITALISED_WORD_RE.match(text, end)
    if m is None or redactor.lex.zipf(m["w"]) > 0 or not _name_word_beside_found(redactor, m["w"]):
        return None
    after = _CAPITALISED_AFTER_RE.match(text, m.end())
    return None if after is not None and after["word"] is None else m.end()


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def _surname_first_list_lines(redactor: "Redactor", text: str, names) -> list[tuple[int, int, str]]:
    """Lines "Surname, Given" (or initials) next to a line that opens with a name found (see above)."""
    spans = []
    seen = set()
    for start, _ in names:
        line_start, line_end = _line_bounds(text, start)
        if text[line_start:start].strip():
            continue
        for neighbour in (line_start - 2, line_end + 1):
            if neighbour < 0 or neighbour >= len(text):
                continue
            a, b = _line_bounds(text, neighbour)
            if a in seen:
                continue
            seen.add(a)
            k = a
            while k < b and text[k] in " \t":
                k += 1
            m = _SURNAME_FIRST_LIST_LINE_RE.match(text, k, b)
            if m is None or not _name_word_beside_found(redactor, m["last"]):
                continue
            first = m["first"]
            if first[-1] != "." and not _name_word_beside_found(redactor, first):
                continue
            spans.append((m.start("name"), m.end("name"), NAME))
    return spans


def _bracket_nicknames_and_pet_names(redactor: "Redactor", text: str, found: list) -> frozenset:
    """Round 27: more words that stand for a person of the page alone: a nickname in brackets after a name (see
    :func:`_longer_name_words_around_found`) and a pet name after "kallas" in a sentence holding a name found ("X kallas Fati av
    barnen", '("Ludde" kallas hon …'), each in lower case too where the page writes it so."""
    out = set()
    names = [(s, e) for s, e, kind in found if kind == NAME]
    for start, end in names:
        n = _BRACKETED_NICKNAME_AFTER_RE.match(text, end)
        if n is not None:
            out.add(n["w"])
        if start > 0 and text[start - 1] in "\"\u201c\u201d" and end < len(text) and text[end] in "\"\u201c\u201d" \
                and text.startswith(" kallas ", end + 1):
            out.add(text[start:end])
    if " kallas " in text and names:
        position = text.find(" kallas ")
        while position >= 0:
            m = _PET_NAME_AFTER_KALLAS_RE.match(text, position)
            b = _PET_NAME_BEFORE_KALLAS_RE.search(text, max(0, position - 14), position + 8)
            sentence = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position))
            near = any(sentence < s and e <= position for s, e in names)
            for w in (m["w"] if m else None, b["w"] if b else None):
                if w and (near or b is not None) and not redactor._is_place(w) and not _institution_word(w) \
                        and redactor.lex.zipf(w) < _BESIDE_FOUND_RARE_ZIPF:
                    out.add(w)
            position = text.find(" kallas ", position + 7)
    for w in list(out):  # (a rare word only: a pet name "Ludde", "Jao" is one; "jo", "bo" are everyday words)
        if w.lower() in text and redactor.lex.zipf(w) < _BESIDE_FOUND_RARE_ZIPF:
            out.add(w.lower())
    return frozenset(out)


_QUOTE_CHARS = "\"\u201c\u201d"
# a nickname in quotes between a given name and a surname, maybe bracketed and of two words ('Aroha "Ro" Tane',
# 'Lars-Göran ("Lasse G") Mattsson'); the given name is read before it
_QUOTED_NICKNAME_BEFORE_SURNAME_RE = re.compile(
    rf"[ ](?P<open>\([ ]?)?[{_QUOTE_CHARS}](?P<nick>\p{{Lu}}[\p{{Ll}}\p{{M}}]{{0,9}}(?:[ ]\p{{Lu}})?)[{_QUOTE_CHARS}](?(open)[ ]?\))"
    rf"[ ](?P<last>{_UNKNOWN_NAME_WORD})(?![\p{{L}}\p{{M}}\-])")
_GIVEN_NAME_BEFORE_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-])(?P<w>{_UNKNOWN_NAME_WORD})$")
# a surname of the page's people with initials after it, maybe after a comma: "Adebayo O.", "Iyer, R. V."
_INITIALS_AFTER_SURNAME_RE = re.compile(r",?[ ](?P<i>\p{Lu}\.(?:[ ]?\p{Lu}\.){0,2})(?![\p{L}\p{N}\-])")
# a bracketed or quoted word inside a name found ('Mohammed (Hamody) Ali', 'X "Nat" Y'): a nickname
_NICKNAME_INSIDE_NAME_RE = re.compile(rf"(?:\([{_QUOTE_CHARS}]?|[{_QUOTE_CHARS}])(?P<w>\p{{Lu}}[\p{{Ll}}\p{{M}}]{{0,9}}(?:[ ]\p{{Lu}})?)[{_QUOTE_CHARS}]?\)?")


def _unknown_names_placed_by_text(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Round 28: names the name data does not know where the text's own words place a person.

    - two or three words that read as a name (:func:`_reads_as_unknown_name`) after "av" ("Leds av Olusegun Adebayo och
      …") or after a people's label and a colon ("Samordnare: X Y Z", "Älvdalen: X Y" opening a row);
    - such words coordinated or listed with a name found (", X Y Z,", "och X Y Z", "X Y och [name]");
    - a nickname in quotes between two such words or names ('Aroha "Ro" Nilsson-Tane', 'Lars-Göran ("Lasse G")
      Mattsson'), a given name we know or not;
    - every other place in the text that writes a name found here again."""
    spans: list[tuple[int, int, str]] = []
    if " av " in text:
        position = text.find(" av ")
        while position >= 0:
            run = _unknown_name_run_at(redactor, text, position + 4)
            if run is not None:
                spans.append((*run, NAME))
            position = text.find(" av ", position + 4)
    if ": " in text:
        position = text.find(": ")
        while position >= 0:
            if _people_label_before(redactor, text, position):
                run = _unknown_name_run_at(redactor, text, position + 2)
                if run is not None:
                    spans.append((*run, NAME))
            position = text.find(": ", position + 2)
    if any(q in text for q in _QUOTE_CHARS):
        for q in _QUOTE_CHARS:
            position = text.find(q)
            while position >= 0:
                start = position - 1 if text[position - 1:position] == " " else position - 2
                m = _QUOTED_NICKNAME_BEFORE_SURNAME_RE.match(text, start) if start > 0 else None
                if m is not None:
                    b = _GIVEN_NAME_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
                    if b is not None and _unknown_name_word(redactor, m["last"]) \
                            and (_unknown_name_word(redactor, b["w"]) or redactor._first_name(_Token(b["w"], 0, 0))) \
                            and not redactor._is_place(m["nick"]) and not _institution_word(m["nick"]):
                        spans.append((b.start(), m.end(), NAME))
                position = text.find(q, position + 1)
    spans += _found_names_written_again(text, spans)
    siblings = _unknown_names_listed_with_found(redactor, text, _merge(found + spans))
    return spans + siblings + _found_names_written_again(text, siblings)


def _found_names_written_again(text: str, spans: list) -> list[tuple[int, int, str]]:
    """Every other place where ``text`` writes the name of a span again (whole words)."""
    return _whole_word_spans(text, {text[s:e] for s, e, _ in spans})


_NAME_LIST_SEPARATORS = (", ", " och ", " samt ", " eller ", " & ")
_LIST_JOINT_BEFORE_RE = re.compile(r"(?:,|[ ](?:och|samt|eller))[ ]$")
_CAPITALISED_RUN_BEFORE_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-])(?P<run>{_UNKNOWN_NAME_WORD}(?:[ ]{_UNKNOWN_NAME_WORD}){{1,2}})$")


# two or three capitalised words listed or coordinated right after a name found, up to a list's or a clause's end:
# "[Alva Nordin], Ask Lundmark och [X Y]", "leds av [X Y] och Wang Li från …"
_PAIR_AFTER_LIST_JOINT_RE = re.compile(
    r"(?:,|[ ](?:och|samt|eller|&))[ ](?P<run>\p{Lu}[\p{Ll}\p{M}]+(?:[ \-]\p{Lu}[\p{Ll}\p{M}]+){1,2})"
    r"(?=(?P<end>,[ ]|[ ](?:och|samt|eller|&)[ ]|[ ](?:från|på|vid|i|(?=\())|[.;:)]|[ \t]*$|[ \t]*\n))")


def _name_pairs_listed_with_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Capitalised words listed or coordinated right after a name found (:data:`_PAIR_AFTER_LIST_JOINT_RE`): a name
    when a name found follows the list's next joint too and one word is a first name or surname we know, though
    an everyday word ("[X Y], Ask Lundmark och [Z W]"); or, the list going on no further, when every word is a first
    name or surname we know ("[X Y] och Wang Li från …"). No word a place, an organisation's or a kept name's."""
    names = [(s, e) for s, e, kind in found if kind == NAME]
    starts = {s for s, _ in names}
    taken = [(s, e) for s, e, _ in found]
    spans = []
    for _, end in names:
        m = _PAIR_AFTER_LIST_JOINT_RE.match(text, end)
        if m is None or _touches(taken, m.start("run"), m.end("run")):
            continue
        words = re.split(r"[ \-]", m["run"])
        if any(_is_thing_word(redactor, w) for w in words):
            continue
        joint = m["end"]
        framed = (joint.startswith(",") or joint.strip() in ("och", "samt", "eller", "&")) \
            and m.end() + len(joint) in starts
        if framed and any(_has_known_name_part(redactor, w) for w in words) \
                or all(_has_known_name_part(redactor, w) for w in words) and _no_place_or_everyday_word(redactor, words):
            spans.append((m.start("run"), m.end("run"), NAME))
    return spans


def _unknown_names_listed_with_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Two or three words that read as a name (:func:`_reads_as_unknown_name`) listed or coordinated with a name found,
    after it (maybe after its bracket: "[X Y] (Tanum), Senait Tesfamariam (…)") or before it ("X Y och [name]")."""
    names = [(s, e) for s, e, kind in found if kind == NAME]
    spans = []
    for start, end in names:
        at = end
        if text.startswith(" (", at):
            close = text.find(")", at, at + 40)
            at = close + 1 if close > 0 else at
        for sep in _NAME_LIST_SEPARATORS:
            if text.startswith(sep, at):
                run = _unknown_name_run_at(redactor, text, at + len(sep))
                if run is not None:
                    spans.append((*run, NAME))
                break
        m = _LIST_JOINT_BEFORE_RE.search(text, max(0, start - 6), start)
        if m is not None:
            b = _CAPITALISED_RUN_BEFORE_RE.search(text, max(0, m.start() - 50), m.start())
            if b is not None:
                words = b["run"].split()
                for k in range(len(words) - 2, -1, -1):  # the longest run that reads as a name
                    if len(words) - k >= 2 and _reads_as_unknown_name(redactor, words[k:]):
                        tail = " ".join(words[k:])
                        spans.append((m.start() - len(tail), m.start(), NAME))
                        break
    return spans


def _inner_nicknames_and_given_names(redactor: "Redactor", text: str, found: list) -> frozenset:
    """Round 28: nicknames inside a name found ('Aroha "Ro" Tane', 'Mohammed (Hamody) Ali', '("Lasse G")'), in
    lower case too where the page writes them so and they are rare words, and the given name of a name found that
    round 28's rules found (its first word)."""
    out = set()
    for start, end, kind in found:
        if kind != NAME:
            continue
        name = text[start:end]
        if "(" in name or any(q in name for q in _QUOTE_CHARS):
            for m in _NICKNAME_INSIDE_NAME_RE.finditer(name):
                w = m["w"]
                if m.start() == 0 or redactor._is_place(w) or _institution_word(w):
                    continue
                out.add(w)
    for start, end in _joined_name_spans(text, found):
        words = text[start:end].split()
        if len(words) >= 3 and all(w[:1].isupper() for w in words[:2]) \
                and redactor._first_name(_Token(words[1], 0, 0)) and _unknown_name_word(redactor, words[0]):
            out.add(" ".join(words[:2]))  # a double given name: "Máret Inga" of "Máret Inga Labba-Persson"
    if '("' in text or "(kall" in text or "(\u201c" in text:  # '[X Y] (kallas "Tsege")', 'Olusegun ("Segun")'
        given = {text[s:e].split()[0] for s, e, kind in found if kind == NAME and text[s:e][:1].isupper()}
        for n in _BRACKETED_CALLED_NAME_RE.finditer(text):
            b = _GIVEN_NAME_BEFORE_RE.search(text, max(0, n.start() - 30), n.start())
            if (b is not None and b["w"] in given or any(e == n.start() for _, e, _ in found)) \
                    and not redactor._is_place(n["w"]) and not _institution_word(n["w"]):
                out.add(n["w"])
    for w in list(out):  # in lower case too where the page writes it so: a rare word, or a word and an initial
        if w.lower() in text and (all(redactor.lex.zipf(p) < _BESIDE_FOUND_RARE_ZIPF for p in w.split())
                                  or len(w.split()) == 2 and len(w.split()[1]) == 1):
            out.add(w.lower())
    return frozenset(out)


_BRACKETED_CALLED_NAME_RE = re.compile(rf"[ ]\((?:(?:kallas|kallad|kallat)[ ])?(?P<q>[{_QUOTE_CHARS}])(?P<w>\p{{Lu}}[\p{{Ll}}\p{{M}}]{{1,9}})(?P=q)\)")


def _found_name_words(redactor: "Redactor", text: str, found: list) -> frozenset:
    """Round 28: the words of the page's names found (capitalised, three letters or more, no place, organisation's
    or common word): with initials after them they name the person again ("Adebayo O.")."""
    out = set()
    for start, end, kind in found:
        if kind != NAME:
            continue
        for w in text[start:end].split():
            w = w.strip("(),\"\u201c\u201d")
            if len(w) >= 3 and w[:1].isupper() and w[1:].replace("-", "").isalpha() and _unknown_name_word(redactor, w):
                out.add(w)
    return frozenset(out)


def _name_words_with_initials(redactor: "Redactor", text: str, words) -> list[tuple[int, int, str]]:
    """A word of the page's names (:func:`_found_name_words`) with initials after it, maybe after another such
    word or a comma: "Adebayo O.", "Kidane Tesfay T.", "Iyer, R. V.", "Kourosh B.N."."""
    spans = []
    for w in words:
        position = text.find(w)
        while position >= 0:
            end = position + len(w)
            at, position = position, text.find(w, end)
            if at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-"):
                continue
            m = _INITIALS_AFTER_SURNAME_RE.match(text, end)
            if m is not None:
                spans.append((at, m.end(), NAME))
    return spans


# a list's item that reads as a name: one to three capitalised words (hyphens inside), an initial after maybe
_NAME_LIST_ITEM_RE = re.compile(r"[ \t]*(?P<name>\p{Lu}[\p{L}\p{M}]+(?:[\-'’]\p{L}[\p{L}\p{M}]*)*(?:[ \t]\p{Lu}[\p{L}\p{M}]+"
                          r"(?:[\-'’]\p{L}[\p{L}\p{M}]*)*){0,2}(?:,?[ \t]\p{Lu}(?:-\p{Lu}|\p{Ll})?\.)?)[ \t]*[.)]?[ \t]*$")


def _other_items_of_name_lists(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Round 30: the other items of a list split by semicolons in which two items or more are names found ("Hadžić,
    Amra; Kovač, Dž.; Räsänen J.; …", "(Lind, Eva; Park Ji-hoon; Ánne Risten Partapuoli; …)"): an item of one to
    three capitalised words, no place's or organisation's word among them, maybe with an initial. Read only on a
    line with a semicolon that holds a name found."""
    spans = []
    names = [(a, b) for a, b, kind in found if kind == NAME]
    done = set()
    for a, b in names:
        if text.find(";", b, b + 4) < 0 and text.rfind(";", max(0, a - 3), a) < 0:
            continue  # (the cue: a semicolon right after or before a name found)
        lo = text.rfind("\n", 0, a) + 1
        hi = text.find("\n", b)
        hi = len(text) if hi < 0 else hi
        if lo in done:
            continue
        done.add(lo)
        items, start = [], lo
        for k in [i for i in range(lo, hi) if text[i] == ";"] + [hi]:
            items.append((start, k))
            start = k + 1
        held = [any(s <= x < e for x, _ in names) for s, e in items]
        if sum(held) < 2:
            continue
        for (s, e), has in zip(items, held):
            if has:
                continue
            m = _NAME_LIST_ITEM_RE.match(text, s, e)
            if m is None:
                continue
            words = m["name"].replace(",", " ").split()
            long_words = [w for w in words if not w.endswith(".")]
            lex = redactor.lex
            rare = any(not lex.is_common(w) for w in long_words)
            if any(redactor._is_place(w) or lex.zipf(w) >= redactor.EVERYDAY_ZIPF
                   or _institution_word(w) and not (rare and w.casefold() in lex.surnames) for w in long_words):
                continue  # (an organisation's word that is a surname we know beside a rare word: "Park Ji-hoon")
            if len(long_words) == 1 and len(words) == 1:
                continue  # one word alone: a place or a thing as often as a name
            if len(long_words) >= 2 and all(redactor.lex.is_common(w) for w in long_words):
                continue
            spans.append((m.start("name"), m.end("name"), NAME))
    return spans


def _full_names_written_lower(text: str, found: list) -> frozenset:
    """Round 30: the page's full names found, of two words or more with letters outside ASCII or none an everyday
    word's, written in lower case: the page writes them so elsewhere too ("Ánne Risten Partapuoli" … "översatt av
    ánne risten partapuoli")."""
    out = set()
    for a, b, kind in found:
        if kind != NAME:
            continue
        name = text[a:b]
        words = name.split()
        if len(words) >= 2 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
                and sum(len(w) for w in words) >= 9:
            out.add(name.lower())
    return frozenset(out)


# a full name in brackets right after a name found (its quotes closed): '"Sasha" (Oleksandr Bondarenko)'
_BRACKETED_FULL_NAME_RE = re.compile(r"[\"”’']?[ \t]\((?P<name>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?"
                                  r"(?:[ \t]\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?){1,2})\)")


def _bracketed_full_names_after_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Round 30: two or three capitalised words in brackets right after a name found, none a place, an organisation's
    or a frequent word and one in no word list: the person's full name after a nickname or a shortening ('kollega
    "Sasha" (Oleksandr Bondarenko)'). Read only where a bracket follows a name found."""
    spans = []
    lex = redactor.lex
    for _, b, kind in found:
        if kind != NAME or "(" not in text[b:b + 3]:
            continue
        m = _BRACKETED_FULL_NAME_RE.match(text, b)
        if m is None:
            continue
        words = m["name"].split()
        if any(redactor._is_place(w) or _institution_word(w) or lex.zipf(w) >= redactor.EVERYDAY_ZIPF for w in words):
            continue
        if any(not lex.is_common(w) for w in words):
            spans.append((m.start("name"), m.end("name"), NAME))
    return spans


# a pet name in quotes right before a bracket ('"Vivvi" (Vivianne X)', '”Majsan” (Maj-Britt X)'): one to ten letters
_QUOTED_WORD_BEFORE_BRACKET_RE = re.compile(
    r"(?<![\p{L}\p{M}])[\"\u201c\u201d](?P<pet>\p{Lu}[\p{Ll}\p{M}]{1,9})[\"\u201c\u201d][ ]\(")


def _quoted_pet_name_before_found_spans(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """A pet name in quotes right before a bracket whose content opens with a name found ('kollega "Vivvi"
    ([Vivianne Åhs]) har slutat'): the pet name and its genitive name the person wherever the text writes them
    ("Vivvi går i pension"). No place, no organisation's or kept word, no word of the word list. Looked for
    only at a quote before " (" (a substring look-up)."""
    names = set()
    position = text.find(" (")
    while position >= 0:
        if position > 2 and text[position - 1] in _QUOTES and any(a == position + 2 for a, _, _ in found):
            m = _QUOTED_WORD_BEFORE_BRACKET_RE.search(text, max(0, position - 13), position + 2)
            if m is not None and m.end() == position + 2:
                pet = m["pet"]
                if not (redactor._is_place(pet) or _institution_word(pet) or redactor.lex.is_common(pet)
                        or _keep_names_by_word().get(pet.casefold())):
                    names.update({pet, pet + "s"})
        position = text.find(" (", position + 2)
    return _whole_word_spans(text, names) if names else []


def _rare_word_before_name_spans(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """A capitalised word in no word list right before a full name found, opening a bracket or after a role's word
    ("Samordnare ([Oyelaran] Babatunde "Tunde" Adebayo)"): one more word of the name (a surname written first)."""
    spans = []
    for start, end, kind in found:
        if kind != NAME or " " not in text[start:end]:
            continue
        b_start, word = _word_span_before(text, start)
        if len(word) < 3 or not (word[:1].isupper() and word[1:].islower()) or b_start == start:
            continue
        if text[b_start:start] != word + " " or redactor.lex.zipf(word) > 0 or redactor._is_place(word) \
                or _institution_word(word) or _person_word(word.casefold()):
            continue
        before = text[max(0, b_start - 1):b_start]
        _, role = _word_span_before(text, b_start - 1 if before == "(" else b_start)
        if _person_word(role.casefold()):
            spans.append((b_start, end, NAME))
    return spans


# --- the page's found names written again: whole, in lower case, with initials, signed, in capitals, by a pet name ---
def _shortened_and_labelled_first_names(redactor: "Redactor", text: str, found: list) -> frozenset:
    """Round 29: names that stand for one of the page's people alone in the rest of the page: a word that shortens
    a first name found and is no everyday word ("Krzysztof Nowak" … "Krzysiek har", "Pim (Pimchanok …)"), a
    nickname "som alla kallar henne", and the first word of a full name found after a label (see
    :func:`_cued_names_and_reversed_pairs`), each in lower case too when that is no everyday word ("coté", "mirja")."""
    lex = redactor.lex
    out = set()
    firsts = set()
    for start, end, kind in found:
        if kind != NAME:
            continue
        words = text[start:end].split()
        if len(words) >= 2 and len(words[0]) >= 4 and words[0][:1].isalpha():
            firsts.add(words[0])
        elif len(words) == 1 and (text[end:end + 2] == " (" or text[end:end + 1] == ","):
            w = words[0]
            if w[:1].isupper() and w.isalpha() and _no_place_or_everyday_word(redactor, [w]) \
                    and (_SHORT_NAME_BRACKETED_FULL_RE.match(text, start) or _NAME_PEOPLE_CALL_RE.match(text, start)):
                out.add(w)
    for first in firsts:
        if not _no_place_or_everyday_word(redactor, [first]):
            continue
        if first[:1].isupper():
            out.add(first)
        elif first.isalpha() and not lex.is_common(first) and _no_place_or_everyday_word(redactor, [first]):
            out.add(first.capitalize())  # "mirja heikkinen" … "mirja nås på"
        stem = first[:4].capitalize()
        position = text.find(stem)
        while position >= 0:
            m = _PAGE_WORD_RE.match(text, position)
            position = text.find(stem, position + 4)
            if m is None or m.start() > 0 and text[m.start() - 1].isalpha():
                continue
            w = m[0]
            if w == first.capitalize() or not 4 <= len(w) <= len(first) + 1 \
                    or w.casefold().startswith(first.casefold()):
                continue  # (the cheap tests first: most places the stem stands are the first name itself)
            if w.endswith("s") and redactor._first_name(_Token(w[:-1], 0, len(w) - 1), known_only=True) \
                    or redactor._first_name(_Token(w, 0, len(w)), known_only=True):
                continue  # another first name or its genitive ("Hanna-Maria" … "Hannas hemlighet")
            if not lex.is_common(w) and _no_place_or_everyday_word(redactor, [w]):
                out.add(w)
    for w in list(out):
        low = w.lower()
        if not lex.is_common(low) and not redactor._is_place(w):
            out.add(low)
    return frozenset(out)


def _lowercase_found_name_words(redactor: "Redactor", text: str, found: list) -> frozenset:
    """Round 29: the words of a full name found in lower case ("mirja heikkinen"), capitalised, no everyday word,
    place or organisation's word: with initials after them they name the person again ("Heikkinen M.")."""
    out = set()
    for start, end, kind in found:
        words = text[start:end].split()
        if kind == NAME and len(words) >= 2 and all(w.isalpha() and w.islower() for w in words):
            out.update(w.capitalize() for w in words
                       if len(w) >= 3 and not redactor.lex.is_common(w) and _no_place_or_everyday_word(redactor, [w]))
    return frozenset(out)


_DOTTED_INITIALS_RE = re.compile(r"(?:\p{Lu}\.){2,3}")
_AT_HANDLE_RE = re.compile(r"(?<![\w.@])@(?P<h>[\p{L}\d_.]{3,30})(?<!\.)")


def _found_dotted_initials(text: str, found: list) -> frozenset:
    """Round 29: the initials with dots of the page that its redaction found as a name (a signature, "av Å.L.")."""
    return frozenset(text[a:b] for a, b, kind in found if kind == NAME and _DOTTED_INITIALS_RE.fullmatch(text, a, b))


def _initials_and_handles_of_page_people(text: str, ctx: "Context") -> list[tuple[int, int, str]]:
    """Round 29: where a text writes the page's people again: initials with dots that sign elsewhere in the page
    ("Dr. X och Å.L. från …" … "av Å.L."), and a social-media handle holding a word of the page's names found of
    four letters or more ("Dmitrij Sokolov" … "@DrSokolovMD")."""
    spans = _whole_word_spans(text, ctx.signed_initials)
    if "@" in text and ctx.name_words:
        words = [w.casefold() for w in ctx.name_words if len(w) >= 4]
        for m in _AT_HANDLE_RE.finditer(text):
            handle = m["h"].casefold()
            if any(w in handle for w in words):
                spans.append((m.start(), m.end(), NAME))
    return spans


# verbs after a part of a name found that make it the person again ("Glad tar emot anmälningar", "Mai Anh träffar")
_NAME_PART_VERBS = _PERSON_VERBS_AFTER | {"tar", "träffar", "är", "har", "bor", "kan", "ansvarar", "håller", "hade",
                                          "var", "ska", "deltar", "sitter", "svarar", "tog", "nåddes", "skickar",
                                          "skickade", "ringer", "samlar", "bjuder", "ordnar"}


def _found_name_part_verb_spans(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """A word of a full name found, or two of its words in a row, written capitalised again and followed by a
    person's verb ("[Rasmus Glad] … Glad tar emot anmälningar", "[Thi Mai Anh Tran] … Mai Anh träffar barnen"):
    the person named alone, though the word is an everyday one the page writes in lower case ("väldigt glad").
    No place's or organisation's word, none after a capitalised word ("Klubb Viggo har"); looked for only where the
    page writes the word (a substring look-up)."""
    candidates = set()
    for start, end, kind in found:
        if kind != NAME:
            continue
        words = text[start:end].split()
        if len(words) < 2 or len(words) > 5:
            continue
        written = not all(w.islower() for w in words)
        if not written:  # a full name found in lower case ("mona hedström"): "Mona är"
            words = [w[:1].upper() + w[1:] for w in words]
        elif 2 <= len(words[0]) < 3 and words[0].istitle() and words[0].isalpha() \
                and words[0].casefold() in redactor.lex.first_sv and not redactor._is_place(words[0]):
            candidates.add(words[0])  # a short first name ("Bo", "Mo"): before a person's verb, "och jag"
        for k, w in enumerate(words):
            # (a word of a name as written that the text writes once is written only in this name: no match
            # outside the names found; a word capitalised here from a name found in lower case may stand once)
            if len(w) >= 3 and w[:1].isupper() and w[1:].replace("-", "").isalpha() and w[1:].islower() \
                    and (not written or text.find(w) != text.rfind(w)) \
                    and not redactor._is_place(w) and not _institution_word(w) and not _person_word(w.casefold()):
                candidates.add(w)
            if len(words) >= 3 and k + 1 < len(words):  # two words in a row of a longer name ("Mai Anh")
                pair = (w, words[k + 1])
                if all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in pair):
                    candidates.add(" ".join(pair))
    spans = []
    for a, b, _ in _whole_word_spans(text, candidates):
        if (_person_verb_after_part(text, b) or _finite_verb_inside_sentence(text, a, b)) \
                and not _inside_any(found, a, b) \
                and not _word_span_before(text, a)[1][:1].isupper():  # not "Klubb Viggo har": an institution's name
            spans.append((a, b, NAME))
    return spans


def _finite_verb_inside_sentence(text: str, start: int, end: int) -> bool:
    """Whether a found name's word written again inside a sentence (capitalised there, where Swedish writes no
    everyday word so: "… och Maj presenterar dem", "där Glad leder gruppen") goes on with a lower-case word of five
    letters or more ending as a finite verb does: the person acting, whatever the verb."""
    if _before_is_sentence_start(text, start):
        return False
    m = _NEXT_WORD_RE.match(text, end)
    if m is None:
        return False
    verb = m.group(1)
    return len(verb) >= 5 and verb.islower() and verb.endswith(_PRESENT_VERB_ENDINGS)


_PRESENT_VERB_ENDINGS = ("ar", "er", "ade", "de", "te")


def _person_verb_after_part(text: str, end: int) -> bool:
    if text.startswith(_PRONOUN_PAIR_AFTER, end):  # "Bo och jag ringer"
        return True
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and m.group(1) in _NAME_PART_VERBS


def _inside_any(spans: list, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b, _ in spans)


# a given name of two syllables joined by a hyphen, the second in lower case (romanized Korean: "Hyun-woo",
# "Jin-hee"), with a capitalised family name before or after it
_SYLLABLE_PAIR_NAME_RE = re.compile(
    r"(?:(?P<given>\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4})[ ](?P<family>\p{Lu}\p{Ll}{1,9})"
    r"|(?P<family2>\p{Lu}\p{Ll}{1,9})[ ](?P<given2>\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4}))(?![\p{L}\p{M}\-])")
_WORDS_BEFORE_RE = re.compile(r"((?:[\p{L}\-]+[ \t,:]{1,3}){1,3})$")
# six words before a coordinated name, the coordinator last ("Kursledare X Y och")
_COORDINATED_WORDS_BEFORE_RE = re.compile(r"((?:[\p{L}\-]+[ \t,:]{1,3}){2,6})$")
_COORDINATORS = frozenset({"och", "samt", "eller"})
# a role's word right after a name and a comma ("Eun-ji Yoon, anhörigsamordnare")
_ROLE_AFTER_COMMA_RE = re.compile(r",[ ](\p{Ll}[\p{Ll}\-]{3,30})\b")
# a lower-case part after the hyphen this frequent is a compound's word ("E-post", "Tv-serie"), no syllable of a name
_SYLLABLE_WORD_ZIPF = 4.2


def _syllable_pair_name_spans(redactor: "Redactor", text: str) -> list[tuple[int, int, str]]:
    """A romanized given name of two syllables with a hyphen ("Hyun-woo", "Jin-hee") beside a capitalised family name
    after a role's word or a person's cue within three words ("Barnrättsstrategen Hyun-woo Park", "kontakt
    bibliotekarien, Jin-hee Yoon") or before a person's verb; the same two words the other way round elsewhere in
    the text name the person too ("Park Hyun-woo har"). Looked for at a "-" between two lower-case letters only."""
    spans, names = [], set()
    position = text.find("-")
    while position >= 0:
        if 1 < position < len(text) - 2 and text[position - 1].islower() and text[position + 1].islower():
            word_start = position - 1
            while word_start > 0 and text[word_start - 1].isalpha():
                word_start -= 1
            if text[word_start].isupper() and position - word_start <= 5:
                for begin in (word_start, _word_span_before(text, word_start)[0]):
                    m = _SYLLABLE_PAIR_NAME_RE.match(text, begin)
                    if m is None or not (m.start("given") == word_start or m.start("given2") == word_start):
                        continue
                    given = m["given"] or m["given2"]
                    family = m["family"] or m["family2"]
                    if redactor._is_place(family) or _person_word(family.casefold()) \
                            or redactor.lex.zipf(given.split("-")[1]) >= _SYLLABLE_WORD_ZIPF:
                        continue  # (a compound's lower-case part is a word: "E-post", "Tv-serie")
                    before = _WORDS_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
                    if before is not None and before.group(1).split()[-1] in _COORDINATORS:
                        # coordinated: the list's cue may stand further back ("Ledare: X Y och Joon-ho Lee")
                        before = _COORDINATED_WORDS_BEFORE_RE.search(text, max(0, m.start() - 90), m.start())
                    cue = before is not None and any(
                        _person_word(w.casefold()) or w.casefold() in _PERSON_CUES_BEFORE
                        for w in re.split(r"[ \t,:]+", before.group(1)) if w)
                    role_after = _ROLE_AFTER_COMMA_RE.match(text, m.end())
                    if cue or _person_verb_after_part(text, m.end()) \
                            or (role_after is not None and _person_word(role_after.group(1).casefold())):
                        spans.append((m.start(), m.end(), NAME))
                        # the given name alone, and the family name before the given name's initials ("Yoon E-J")
                        first, second = given.split("-", 1)
                        names.update({f"{given} {family}", f"{family} {given}", given,
                                      f"{family} {first[0]}-{second[0].upper()}", f"{family} {first[0]}.{second[0].upper()}."})
                    break
        position = text.find("-", position + 1)
    if names:
        spans += _whole_word_spans(text, names)
    return spans


# dotted initials alone on a line, maybe after a greeting and a slash ("Å.M.J.", "mvh /R.K-L."): a part may be
# hyphenated ("K-L.") and its letters carry diacritics the name does not ("Å" for "Á")
_LINE_INITIALS_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:[Mm]vh|MVH|[Hh]älsningar|[Hh]älsning)[ \t,]*)?/?[ \t]?"
    r"(?P<i>\p{Lu}\.(?:[ ]?-?\p{Lu}\.?){1,3})[ \t]*$")
# the first two initials every match of _LINE_INITIALS_RE holds (looked for first: most pages hold none)
_LINE_INITIALS_HINT_RE = re.compile(r"\p{Lu}\.[ ]?-?\p{Lu}")
# a first name signing after a slash at a line's end ("Hälsningar /Isabel", "mvh /Kalle")
_LINE_END_SLASH_NAME_RE = re.compile(r"(?<![\p{L}\p{N}/])/[ ]?(?P<w>\p{Lu}[\p{Ll}\p{M}\-]{1,20})[ \t]*$", re.MULTILINE)
# two or three words in capitals (three letters or more the first, a hyphen allowed): "HEVAL ZANGANA"
_CAPS_RUN = r"\p{Lu}{3,}(?:[ ]\p{Lu}[\p{Lu}\-]{1,20}){1,2}"
_CAPS_RUN_BEFORE_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-])(?P<run>{_CAPS_RUN})[ ](?:och|samt|eller|&)[ ]$")
_CAPS_RUN_AFTER_RE = re.compile(rf"[ ](?:och|samt|eller|&)[ ](?P<run>{_CAPS_RUN})(?![\p{{L}}\p{{M}}\-])")
_CAPS_RUN_LABEL_RE = re.compile(rf"(?P<label>[\p{{L}}\-]+):[ ](?P<run>{_CAPS_RUN})(?![\p{{L}}\p{{M}}\-])")
# a pet name in quotes that the text says the person is called ('(alla säger "Tumppi")', ', "Kalle" kallad',
# 'kallas "Mo"'): one to ten letters
_QUOTED_PET_NAME_RE = re.compile(
    r"(?:\b(?:säger|kallar|kallas|kallad|kallat)[ ](?:honom[ ]|henne[ ]|hen[ ]|alla[ ])?[\"\u201c\u201d]"
    r"(?P<a>\p{Lu}[\p{Ll}\p{M}]{1,9})[\"\u201c\u201d]"
    r"|[\"\u201c\u201d](?P<b>\p{Lu}[\p{Ll}\p{M}]{1,9})[\"\u201c\u201d][ ](?:kallad|kallat|kallas)\b)")


def _caps_run_is_name(redactor: "Redactor", run: str) -> bool:
    """Whether words in capitals read as a person's name: each of three letters or more, none a word of the word
    list, a place or an organisation's word in title case ("HEVAL ZANGANA"; not "BUP OCH BRIS", "KOMMUN")."""
    lex = redactor.lex
    for word in run.split():
        for part in word.split("-"):
            title = part[:1] + part[1:].lower()
            if len(part) < 3 or lex.zipf(part.lower()) >= redactor.EVERYDAY_ZIPF or redactor._is_place(title) \
                    or _institution_word(title):
                return False
    return True


def _capitals_name_spans(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Two or three words in capitals coordinated with a name found ("HEVAL ZANGANA och [Nilufar Rahimi]") or
    after a role's label and a colon ("Gruppledare: HEVAL ZANGANA"): a name written in capitals in running text.
    Looked for only beside a name found and after a colon a role's word ends."""
    spans = []
    for start, end, kind in found:
        if kind != NAME:
            continue
        m = _CAPS_RUN_BEFORE_RE.search(text, max(0, start - 60), start)
        if m is not None and _caps_run_is_name(redactor, m["run"]):
            spans.append((m.start("run"), m.end("run"), NAME))
        m = _CAPS_RUN_AFTER_RE.match(text, end)
        if m is not None and _caps_run_is_name(redactor, m["run"]):
            spans.append((m.start("run"), m.end("run"), NAME))
    position = text.find(": ")
    while position >= 0:
        if position + 2 < len(text) and text[position + 2].isupper() and text[position + 3:position + 4].isupper():
            m = _CAPS_RUN_LABEL_RE.match(text, text.rfind(" ", 0, position) + 1)
            if m is not None and m["label"].lower().endswith(_ROLE_ENDINGS) and _caps_run_is_name(redactor, m["run"]):
                spans.append((m.start("run"), m.end("run"), NAME))
        position = text.find(": ", position + 2)
    return spans


def _found_name_forms(redactor: "Redactor", text: str, found: list) -> tuple[frozenset, frozenset]:
    """What the page's names found (``found``, spans of ``text``) make of a person written again: (the full names
    and their forms with initials: "Kateryna Bondarenko-Ek", "Kateryna B-E", "Kateryna B.-E.", "Bondarenko-Ek K";
    the words that stand for the person alone: the title case of a name in capitals' first word, "Heval", and a pet
    name in quotes the text says the person is called, in lower case too where the page writes it so, "jenny")."""
    forms, alone = set(), set()
    names = [(s, e) for s, e, kind in found if kind == NAME]
    # a surname and the given names found apart, a comma between ("[Palta], [Áile Sunná], samordnare"): one name
    joined = [(a, d) for (a, b), (c, d) in zip(names, names[1:]) if text[b:c] == ", "]
    for start, end in names + joined:
        name = text[start:end]
        words = name.split()
        if len(words) < 2 or "\n" in name or not all(w[:1].isupper() for w in (words[0], words[-1])):
            continue
        if words[0].isupper() and len(words[0]) >= 3:  # "HEVAL ZANGANA" … "Heval har"
            alone.add(words[0][:1] + words[0][1:].lower())
            continue
        if "," in name and not any(q in name for q in _QUOTES) and name.count(",") == 1:
            surname, given = (part.strip() for part in name.split(","))
            if surname and given:  # "Palta, Áile Sunná": also "Áile Sunná Palta" (and its initials, "Á.S.P.")
                forms.update({name, f"{given} {surname}"})
            continue
        if any(q in name for q in _QUOTES):
            for q in _QUOTES:
                if name.count(q) >= 2:
                    inner = name.split(q)[1]
                    if inner and inner.isalpha() and inner[:1].isupper() and not redactor._is_place(inner) \
                            and not _institution_word(inner):
                        alone.add(inner)  # 'Jennifer "Jenny" Mwangi-Holm' … "jenny"
            continue
        forms.add(name)
        first, last = words[0], words[-1]
        if len(first) < 3 or not last[:1].isupper():
            continue
        parts = [p for p in last.split("-") if p]
        if len(parts) > 1:  # a double surname's initials after the first name: "Kateryna B-E", "Kateryna B.-E."
            forms.add(f"{first} {'-'.join(p[0] for p in parts)}")
            forms.add(f"{first} {'-'.join(p[0] + '.' for p in parts)}")
        initial = first[0]
        forms.add(f"{last} {initial}")  # surname first with the first name's initial: "Bondarenko-Ek K"
    for m in _QUOTED_PET_NAME_RE.finditer(text) if ("kalla" in text or "säger" in text) else ():
        word = m["a"] or m["b"]
        # right after a name found ("Tuomas (alla säger", "Karl-Axel, "), no everyday word nor a place's name
        if any(0 <= m.start() - e <= 8 and k == NAME for _, e, k in found) and not redactor._is_place(word) \
                and not _institution_word(word) and redactor.lex.zipf(word.lower()) < redactor.EVERYDAY_ZIPF:
            alone.add(word)  # 'Tuomas (alla säger "Tumppi")', 'Karl-Axel, "Kalle" kallad', 'X kallas "Mo"'
    if "kalla" in text and "(" in text:
        alone.update(_bracketed_pet_names(redactor, text, found))  # "[X Y] (kallas Joy)", "[X] (Mo kallas han"
    for word in list(alone):
        lower = word.lower()
        if lower in text:  # (a frequent word only before a person's verb: _found_name_again_spans)
            alone.add(lower)
    return frozenset(forms), frozenset(alone)


# a person's doings after a pet name written in lower case ("jenny deltar i …"), with _person_verb_after's verbs
_PET_NAME_VERBS_AFTER = _PERSON_VERBS_AFTER | {"deltar", "ansvarar", "ordnar", "planerar", "håller", "träffar", "svarar"}


def _found_name_again_spans(redactor: "Redactor", text: str, ctx: "Context") -> list[tuple[int, int, str]]:
    """The page's people written again in ``text`` (``Context.found_forms``, see :func:`_found_name_forms`): a full
    name found, with its initials, surname first with an initial; a word standing for the person alone (title case:
    not before a capitalised word); a first name of the page's signed after a slash at a line's end ("/Isabel");
    a first name's genitive ("Merhawis", a rare word); dotted initials alone on a line that a name found spells
    ("Å.M.J." of "Ánne Márjá Jåma", "/R.K-L." of "Reza Karimi-Lindahl"). Each where a substring finds it."""
    forms, alone = ctx.found_forms
    spans = _whole_word_spans(text, [f for f in forms if f in text]) if forms else []
    for word in alone:
        if word not in text:
            continue
        for start, end, _ in _whole_word_spans(text, (word,)):
            if text[start - 1:start] in "-_.@/" and start > 0 or text[end:end + 1] in "-_@":
                continue
            after = _CAPITALISED_AFTER_RE.match(text, end)
            if after is not None and (after["word"] is None and word[:1].isupper() or _institution_word(after["word"] or "")):
                continue  # (a longer name; an organisation's: "Ale kommun")
            if word.islower() and redactor.lex.zipf(word) >= _BESIDE_FOUND_RARE_ZIPF and not _person_verb_after(text, end):
                verb = _NEXT_WORD_RE.match(text, end)
                if verb is None or verb.group(1) not in _PET_NAME_VERBS_AFTER:
                    continue
            spans.append((start, end, NAME))
    if "/" in text and ctx.first_names:
        for m in _LINE_END_SLASH_NAME_RE.finditer(text):
            if m["w"] in ctx.first_names:
                spans.append((m.start("w"), m.end("w"), NAME))
    for name in ctx.first_names:
        if len(name) >= 4 and name[:1].isupper() and name + "s" in text and redactor.lex.zipf((name + "s").lower()) == 0:
            for start, end, label in _whole_word_spans(text, (name + "s",)):
                after = _CAPITALISED_AFTER_RE.match(text, end)
                if after is not None and (after["word"] is None or _institution_word(after["word"])) \
                        or text[max(0, start - 6):start].rstrip().endswith(("S:t", "St.", "Sankt", "s:t")):
                    continue  # a saint's or an organisation's ("S:t Eskils gymnasium", "Annas Gård")
                spans.append((start, end, label))
    if "." in text and forms and _LINE_INITIALS_HINT_RE.search(text):
        for m in _LINE_INITIALS_RE.finditer(text):
            letters = _fold(m["i"].replace(".", "").replace(" ", "").replace("-", ""))
            for name in forms:
                words = [w for w in name.split() if w[:1].isupper()]
                spelled = _fold("".join(p[:1] for w in words for p in w.split("-") if p))
                if len(words) >= 2 and spelled == letters:
                    spans.append((m.start("i"), m.end("i"), NAME))
                    break
    return spans


# --- the page's people in other forms: c/o addresses, listed initials, bracketed pet names and initials, name columns ---
# a street address with "c/o" and a name, before or after the street, a postcode and a town maybe after:
# "Ekvägen 22 c/o Warsame, 371 33 Storby", "c/o Lind, Ekvägen 4, 123 45 By": post sent to someone's home
_CARE_OF_NAME = rf"c/o[ ]{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}}"
_CARE_OF_ADDRESS_RE = re.compile(
    rf"{_STREET}(?:{_FLOOR})?(?:{_FLAT})?,?[ ]{_CARE_OF_NAME}(?:,?[ ]{_POSTCODE_TOWN})?"
    rf"|(?<![\p{{L}}\p{{N}}/]){_CARE_OF_NAME},?[ ]{_STREET}(?:{_FLOOR})?(?:{_FLAT})?(?:,?[ ]{_POSTCODE_TOWN})?")


def _care_of_address_spans(text: str) -> list[tuple[int, int, str]]:
    """A street address with "c/o" and a person's name (a home's: post goes there to the person), with its
    postcode and town; looked for only in a text holding "c/o"."""
    return [(m.start(), m.end(), ADDRESS) for m in _CARE_OF_ADDRESS_RE.finditer(text)]


# a list of two to six initials in capitals after a label's colon: "Volontärer: KJ, MB och SA", "Kontakt: FAN, HJA
# och EÇ" (two or three capitals each, commas between and "och", "samt" or "&" before the last)
_INITIALS_ITEM = r"\p{Lu}{2,3}"
_LABELLED_INITIALS_LIST_RE = re.compile(
    rf"(?P<label>[\p{{L}}\-]+):[ ](?P<list>{_INITIALS_ITEM}(?:,[ ]{_INITIALS_ITEM}){{0,4}}[ ](?:och|samt|&)[ ]{_INITIALS_ITEM})"
    r"(?![\p{L}\p{M}\-])")
# labels of people besides round 28's (_PEOPLE_LABELS) and a role's word: a list of initials after them is of persons
_INITIALS_LIST_LABELS = frozenset({
    "kontakter", "kontaktuppgifter", "kontaktpersoner", "volontärer", "volontärerna", "deltagarna", "frånvarande",
    "uppgiftslämnare", "medverkande", "styrgrupp", "styrgruppen", "justerare", "intervjuare", "referensgrupp",
    "referensgruppen", "ledamöter", "anmälda"})


def _labelled_initials_list_spans(redactor: "Redactor", text: str) -> list[tuple[int, int, str]]:
    """A list of initials in capitals after a colon that a people's label (:data:`_INITIALS_LIST_LABELS`, round 28's) or a role's word
    ends ("volontärer: KJ, MB och SA", "Kontaktuppgifter: FAN, HJA och EÇ"): persons, though an item is a word ("SA",
    "FAN"), when one at least is no word of the word list and none an abbreviation of :func:`keep_names`, a place's or
    an organisation's name ("Kontakt: BUP, BVC och MVC" stays). Looked for only at each ": " before two capitals."""
    spans = []
    position = text.find(": ")
    while position >= 0:
        if text[position + 2:position + 4].isupper():
            m = _LABELLED_INITIALS_LIST_RE.match(text, max(text.rfind(" ", 0, position), text.rfind("\n", 0, position)) + 1)
            if m is not None:
                label = m["label"].casefold()
                items = re.findall(_INITIALS_ITEM, m["list"])
                lex = redactor.lex
                if (label in _PEOPLE_LABELS or label in _INITIALS_LIST_LABELS or label.endswith(_ROLE_ENDINGS)) \
                        and any(lex.zipf(item.lower()) == 0 for item in items) \
                        and not any(_keep_names_by_word().get(item.casefold()) or redactor._is_place(item)
                                    or redactor._is_place(item[:1] + item[1:].lower()) for item in items):
                    spans += [(a.start(), a.end(), NAME) for a in re.finditer(_INITIALS_ITEM, text[:m.end("list")])
                              if a.start() >= m.start("list")]
        position = text.find(": ", position + 2)
    return spans


# a pet name in brackets that the text says the person is called, right after a name found, no quotes:
# "[Jocelyn Bautista Reyes] (kallas Joy)", "[Mohammed] (Mo kallas han i gruppen)"
_BRACKETED_PET_NAME_RE = re.compile(
    r"[ ]?\((?:(?:kallas|kallad|kallat)[ ](?P<a>\p{Lu}[\p{Ll}\p{M}]{1,9})[),]"
    r"|(?P<b>\p{Lu}[\p{Ll}\p{M}]{1,9})[ ](?:kallas|kallad|kallat)[ ])")


def _bracketed_pet_names(redactor: "Redactor", text: str, found: list) -> frozenset:
    """The pet names of :data:`_BRACKETED_PET_NAME_RE` right after a name found: they stand for the person alone in
    the rest of the page (no place's or organisation's word). Looked for only in a text holding "(kalla" or
    "kallas" after a bracket."""
    names = set()
    for start, end, kind in found:
        if kind != NAME or text[end:end + 2] not in (" (", "("):
            continue
        m = _BRACKETED_PET_NAME_RE.match(text, end)
        if m is not None:
            word = m["a"] or m["b"]
            if not redactor._is_place(word) and not _institution_word(word):
                names.add(word)
    return frozenset(names)


# dotted initials in brackets right after a name found, spelling some of its words' first letters, the last
# word's among them: "[Erik Å. Larsson] (Å.L. i protokollen)", "[Anna Berg] (AB)"
_BRACKETED_INITIALS_RE = re.compile(r"[ ]?\((?P<i>\p{Lu}\.?(?:-?\p{Lu}\.?){1,3})(?=[ ),;])")


def _bracketed_initials_of_found(text: str, found: list) -> list[tuple[int, int, str]]:
    """The initials of :data:`_BRACKETED_INITIALS_RE`, and the same initials elsewhere in ``text`` as a whole word.
    Looked for only right after a name found that a bracket follows."""
    spans, written = [], set()
    for start, end, kind in found:
        if kind != NAME or text[end:end + 2] not in (" (", "("):
            continue
        m = _BRACKETED_INITIALS_RE.match(text, end)
        if m is None:
            continue
        letters = _fold(m["i"].replace(".", "").replace("-", ""))
        firsts = [_fold(p[:1]) for w in text[start:end].replace(",", " ").split() for p in w.split("-") if p[:1].isupper()]
        if len(firsts) < 2 or not letters.endswith(firsts[-1]):
            continue
        k = 0  # the letters a subsequence of the name's first letters
        for ch in firsts:
            if k < len(letters) and letters[k] == ch:
                k += 1
        if k == len(letters):
            written.add(m["i"])
    if written:
        spans = [s for s in _whole_word_spans(text, written)]
    return spans


# a found first name that is also a short word standing for the person before a pronoun coordinated with it:
# "[Bo Lindgren] … "Bo och jag ringer""
_PRONOUN_PAIR_AFTER = (" och jag ", " och vi ", " och mig ", " och hon ", " och han ")


def _table_name_spans(redactor: "Redactor", text: str) -> list[tuple[int, int, str]]:
    """The names of a page's tables' name columns (:func:`_table_names`, names of the build) in the page itself,
    wherever it writes them, and a full name's first word that is in no word list alone ("Ansvarig: Folake."; not
    before a capitalised word), and the names its rows place (:func:`_table_row_names`: a row with a contact, a
    person's header, a column of names written surname first). Only a page with two separators on a line and a
    header's hint, or a tab or " | ", is read."""
    names = _table_names(text) | _table_row_names(text)
    if not names:
        return []
    firsts = set()
    for name in names:
        words = name.split(" ")
        if len(words) >= 2 and redactor._unknown_word(words[0]) and redactor.lex.zipf(words[0]) == 0:
            firsts.add(words[0])
    spans = _whole_word_spans(text, [n for n in names if n in text])
    for start, end, label in _whole_word_spans(text, [w for w in firsts if w in text]):
        after = _CAPITALISED_AFTER_RE.match(text, end)
        if after is None or after["word"] is not None and not _institution_word(after["word"]):
            spans.append((start, end, label))
    return spans


_FULL_NAME_WORD_RE = re.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’]*(?:-[\p{L}\p{M}'’]+)*(?![\p{L}\p{M}])")


def _found_name_part_forms(redactor: "Redactor", text: str, found: list) -> frozenset:
    """The forms in which a full name found in the page (two or three capitalised words at a name's span) stands for
    the person alone in the rest of it: each word's genitive ("Rezans" of "Rezan Xoshnaw", "Huongs" of "Thanh Huong
    Le"), the word itself and its lower case when it is in no word list ("/Hodan", "Hodan W." of "Hodan Warsame"),
    and the initials of its first and last words with dots, spaced or not, with a genitive too ("L.K.s" of "Leila
    Karimi"). No word that is a place, an everyday word or a word of a kept name (:func:`keep_names`), none of two
    letters. Read once per page from its spans (a set the page's parts look up with ``str.find``)."""
    lex = redactor.lex
    kept = _kept_name_words()
    forms: set[str] = set()
    for start, end, kind in found:
        if kind != NAME:
            continue
        words = [m[0] for m in _FULL_NAME_WORD_RE.finditer(text, start, end)]
        if len(words) < 2 or len(words) > 4 or len(words) != len(text[start:end].split()):
            continue
        for word in words:
            for part in {word, *word.split("-")}:
                key = part.casefold()
                if len(part) < 3 or lex.is_common(key) or redactor._is_place(part) or key in kept:
                    continue
                forms.add(part)
                if not part.endswith(("s", "x", "z")):
                    forms.add(part + "s")
                lower = part.lower()
                if lower != part and not lex.is_common(lower):
                    forms.add(lower)
        first, last = words[0][0], words[-1][0]
        if first.isupper() and last.isupper():
            for joint in (".", ". "):
                initials = f"{first}{joint}{last}."
                forms.add(initials)
                forms.add(initials + "s")
            forms.add(_INITIALS_PAIR_MARK + first + last)  # (not a word: a text never writes it)
            if not lex.is_common(words[0].casefold()) and len(words[0]) >= 3:
                forms.add(words[0] + last)  # a file's or a user's name: "Anteckningar_ElifY.docx" of "Elif Yıldırım"
    if "(" in text:
        forms |= _role_bracket_first_name_forms(redactor, text)
    return frozenset(forms)


# a word, a blank and one capitalised word alone in brackets: "barnsamordnaren (Hanna)", "kuratorn (Jonas)"; the word
# read behind the blank (a match starts at the blank: the search looks for a blank and a bracket first, 50 times
# faster than trying a word at every letter of the page)
_BRACKETED_WORD_AFTER_WORD_RE = re.compile(
    r"(?<=(?<![\p{L}\p{M}])(?P<role>\p{L}{4,}))[ \t]\((?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\)")


_BRACKETED_NAME_MAX_ZIPF = 5.0  # "hanna" 4.3, "per" 6.3


def _role_bracket_first_name_forms(redactor: "Redactor", text: str) -> set[str]:
    """A first name alone in brackets right after a role's word ("samordnas av barnsamordnaren (Hanna)") names the
    person: the name, its genitive and its lower case ("anmäl dig till hanna") stand for the person in the page. No
    place, word of a kept name or everyday word but a first name we know that is not very frequent as a word."""
    lex = redactor.lex
    kept = _kept_name_words()
    forms: set[str] = set()
    for m in _BRACKETED_WORD_AFTER_WORD_RE.finditer(text):
        name = m["name"]
        if not m["role"].casefold().endswith(_ROLE_ENDINGS):
            continue
        key = name.casefold()
        if redactor._is_place(name) or key in kept:
            continue
        known = key in lex.first_sv or key in lex.first_other
        if lex.is_common(key) and not (known and lex.zipf(key) < _BRACKETED_NAME_MAX_ZIPF):
            continue  # an everyday word; a first name we know that is also one, unless very frequent ("Per")
        forms.update({name, name + "s", name.lower()})
    return forms


_INITIALS_PAIR_MARK = "\x00"  # marks the initials of a found name's first and last word in _found_name_part_forms


def _found_initials_token_spans(redactor: "Redactor", text: str, forms) -> list[tuple[int, int, str]]:
    """Initials in capitals of three or four letters (dots and blanks or none: "T.H.K.", "R X B", "RXB") whose first two
    are a found full name's first and last initials (``forms``' marked pairs): a middle name's or a second
    surname's initial after them ("Tuula Heikkinen" … "T.H.K.", "Rezan Xoshnaw" … "Hälsningar RXB"). Not an
    abbreviation of :func:`keep_names`, a place or a word. Looked for only where a pair's first letter and its second
    (or a dot) follow each other."""
    pairs = {f[1:] for f in forms if f.startswith(_INITIALS_PAIR_MARK)}
    if not pairs or not any(a + b in text or a + "." in text for a, b in pairs):
        return []
    spans = []
    for m in _INITIALS_TOKEN_RE.finditer(text):
        letters = _letters(m[0])
        if len(letters) < 3 or letters[:2] not in pairs:
            continue
        if "." not in m[0] and (redactor.lex.is_common(letters.lower()) or _keep_names_by_word().get(letters.casefold())
                                or redactor._is_place(letters[:1] + letters[1:].lower())):
            continue
        spans.append((m.start(), m.end(), NAME))
    return spans


_JOINT_AFTER_NAME_RE = re.compile(r"[ ]?(?:,|[ ]och|[ ]samt|[ ]eller|[ ]&)[ ]")


def _initials_coordinated_with_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Initials listed right after a name found ("Kontakt: [Elif Yıldırım] och O. K.", "[X Y], L.M. och …"): with dots
    in any spacing, or capitals that are no word, abbreviation of :func:`keep_names` or place."""
    spans = []
    for start, end, kind in found:
        if kind != NAME:
            continue
        joint = _JOINT_AFTER_NAME_RE.match(text, end)
        if joint is None:
            continue
        m = _INITIALS_TOKEN_RE.match(text, joint.end())
        if m is None:
            continue
        letters = _letters(m[0])
        if "." not in m[0] and (redactor.lex.is_common(letters.lower()) or _keep_names_by_word().get(letters.casefold())
                                or redactor._is_place(letters[:1] + letters[1:].lower())):
            continue
        spans.append((m.start(), m.end(), NAME))
    return spans


# one private person, in the singular, as a sentence's subject: "En mamma i X skrev …", "En förälder, X Y (…), …";
# each form holds one of the stems, which a page is looked up for first (``_PRIVATE_PERSON_HINTS``)
_PRIVATE_PERSON_STEMS = ("mamma", "pappa", "förälder", "vårdnadshavare")
_PRIVATE_PERSON_HINTS = tuple(form for stem in _PRIVATE_PERSON_STEMS for form in (stem, stem.capitalize()))
_PRIVATE_PERSON_RE = plain_re.compile(
    rf"(?<![^\W\d_])(?:[Ee]n[ \t]{{1,2}}(?:bonus)?(?:{'|'.join(_PRIVATE_PERSON_STEMS)})|"
    rf"{'|'.join(f'[{s[0].upper()}{s[0]}]{s[1:]}n' for s in _PRIVATE_PERSON_STEMS)})(?![^\W\d_])")
# how far before its stem's second letter a match of _PRIVATE_PERSON_RE starts: at the stem's first letter
# ("Mamman"), at "en" and one or two blanks, and "bonus" after them ("en  bonusmamma")
_PRIVATE_PERSON_CUE_BACK = tuple(1 + before for before in (0, 3, 4, 3 + len("bonus"), 4 + len("bonus")))
_STREET_QUALIFIER_BEFORE_RE = plain_re.compile(r"(?:Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|Nya|Övre|Nedre)[ ]$")
_PRIVATE_ADDRESS_REACH = 240


def _private_person_cues(text: str) -> list:
    """The matches of :data:`_PRIVATE_PERSON_RE` in ``text``, in order: the pattern tried only where a stem's letters
    after its first stand (``str.find``; scanning the page with the pattern tries its look-behind at every letter)."""
    starts = set()
    for stem in _PRIVATE_PERSON_STEMS:
        k = text.find(stem[1:], 1)
        while k >= 0:
            starts.update(k - back for back in _PRIVATE_PERSON_CUE_BACK if k >= back)
            k = text.find(stem[1:], k + 1)
    return [m for m in (_PRIVATE_PERSON_RE.match(text, start) for start in sorted(starts)) if m is not None]


def _private_person_address_spans(text: str) -> list[tuple[int, int, str]]:
    """A street address with a postcode and a town in a sentence about one private person ("En mamma i Sunne skrev
    från Storgatan 14 B, 686 30 Sunne", "En förälder, X Y (…), Västra gatan 3, 123 45 By, hörde av sig"): a home,
    with a "Norra", "Lilla", … before the street. Looked for only after such a person's word, up to the sentence's
    end; an office's or a venue's address is written after its own name, not after a parent's."""
    spans = []
    for cue in _private_person_cues(text):
        window_end = min(len(text), cue.end() + _PRIVATE_ADDRESS_REACH)
        stop = _HOME_SENTENCE_END_RE.search(text, cue.end(), window_end)
        m = _STREET_ADDRESS_RE.search(text, cue.end(), stop.start() if stop is not None else window_end)
        if m is None:
            continue
        start = m.start()
        before = _STREET_QUALIFIER_BEFORE_RE.search(text, max(0, start - 8), start)
        if before is not None:
            start = before.start()
        spans.append((start, m.end(), ADDRESS))
    return spans


_PAIR_AFTER_JOINT_RE = re.compile(
    r"(?P<first>\p{Lu}\p{Ll}+|\p{Ll}+)[ ](?P<last>\p{Lu}[\p{Ll}\p{M}]+|\p{Ll}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}\-])(?![ ]\p{Lu})")
_PAIR_JOINTS = (", ", " och ", " samt ", " eller ")  # what _PAIR_BEFORE_JOINT_RE ends with
_PAIR_JOINTS_BREAK = tuple(joint + "\n" for joint in _PAIR_JOINTS)
_PAIR_BEFORE_JOINT_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<first>\p{Ll}+)[ ](?P<last>\p{Ll}[\p{Ll}\p{M}]+)(?:,|[ ]och|[ ]samt|[ ]eller)[ ]$")


def _first_name_pairs_coordinated_with_found(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """A first name we know and a second word listed right after a name found ("av [Amina X] och Petter Sommar",
    "Samordnare: [X Y] och lisa sommar"), or in lower case right before one ("chiara rossi och [X Y]"): a person,
    though the second word is an everyday word, when both are written in the same case and no capitalised word
    follows (an organisation's name: "… och Per Brahe Gymnasiet"). No place, no word of a kept name."""
    lex = redactor.lex
    kept = _kept_name_words()
    spans = []

    def person(first: str, last: str, before: bool) -> bool:
        if first[0].isupper() != last[0].isupper():
            return False
        key = first.casefold()
        if key not in lex.first_sv and key not in lex.first_other or key in kept or last.casefold() in kept:
            return False
        if redactor._is_place(last) or redactor._is_place(last[:1].upper() + last[1:]):
            return False
        if last[0].islower() and (lex.zipf(last) >= _BRACKETED_NAME_MAX_ZIPF or lex.zipf(first) >= _BRACKETED_NAME_MAX_ZIPF):
            return False  # "per telefon", "[X Y], som numera"
        return not (before and lex.is_common(last))

    for start, end, kind in found:
        if kind != NAME:
            continue
        joint = _JOINT_AFTER_NAME_RE.match(text, end)
        if joint is not None:
            m = _PAIR_AFTER_JOINT_RE.match(text, joint.end())
            if m is not None and person(m["first"], m["last"], False):
                spans.append((m.start(), m.end(), NAME))
        # (the pattern ends with a joint and a blank at ``start``, or before a line break there: "$")
        m = _PAIR_BEFORE_JOINT_RE.search(text, max(0, start - 60), start) if text.endswith(_PAIR_JOINTS, 0, start) \
            or text.endswith(_PAIR_JOINTS_BREAK, 0, start) else None
        if m is not None and person(m["first"], m["last"], True):
            spans.append((m.start(), m.end("last"), NAME))
    return spans


def _found_name_part_form_spans(redactor: "Redactor", text: str, forms) -> list[tuple[int, int, str]]:
    """Where ``text`` writes a form of the page's found full names (:func:`_found_name_part_forms`) as a word, and
    initials beginning with theirs (:func:`_found_initials_token_spans`)."""
    return _whole_word_spans(text, forms) + _found_initials_token_spans(redactor, text, forms)
