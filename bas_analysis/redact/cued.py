"""Cued names: persons the text's own cue words place.

In:  a text, the :class:`Redactor` (name data), sometimes the spans found so far.
Out: name spans after roles, labels and colons, titles' abbreviations, bylines, "av"; in lists, rows and
     brackets; written surname first, in lower case or in capitals; names the name data does not know placed by
     the text (``_unknown_names_placed_by_text``); names read otherwise (a place, an everyday word) where a
     person's cue fits; hyphenated initials and romanized two-syllable given names.
"""

from __future__ import annotations

import re as plain_re
import regex as re

from .text import _beyond_latin1, EMAIL, _fold, _L1_WORD, _LATIN1_LETTERS, _LATIN1_LOWER, _LATIN1_UPPER, NAME, PHONE, _whole_word_spans
from .contact_data import _AT_RE, _email_spans, _six_digits
from .name_data import _institution_word, _keep_names_by_word
from .tokens import _at_sentence_start, _before_is_sentence_start, _Token
from .positions import (
    _ARABIC_PARTICLE_PREFIX, _GREETING_HINT_RE, _HANDLE_RE, _known_abbreviation, _MINUTES_LABELS, _NAME_WORD, _NEXT_NAME_WORD_RE,
    _NEXT_WORD_RE, _person_word, _SURNAME_ENDINGS, _SWEDISH_ONLY_LETTERS, _word_span_before,
)
from .spelled import _plain_name_part
from .layout import _matches_on_hinted_lines, _name_part
from .kept import _everyday_compound


# --- names in a person's place: lower case, a passive's agent, a name column's cell, before a verb -------------------
_PASSIVE_END_RE = plain_re.compile(r"[ \t]*(?:[.!?;]|$)", plain_re.MULTILINE)


def _passive_agent(redactor: "Redactor", text: str, av_start: int, first: str, end: int) -> bool:
    """Whether two words we do not know after "av" that a passive verb comes before and a sentence's end after
    ("Översättningen görs av X Y.", "granskades av X Y;") name the agent: a person."""
    verb = _word_span_before(text, av_start)[1]
    return len(verb) >= 4 and verb.endswith("s") and verb.islower() and not redactor.lex.is_common(first) \
        and redactor._unknown_word(first) and _PASSIVE_END_RE.match(text, end) is not None


# --- names placed by a cue on their line: a role, "av", a label, a service's name, a list of participants ------------
# a handle after the name of the service it is on ("Instagram: @x", "Twitter: @x", "Teams-handle @x"), also an
# organisation's own ("Följ oss på Instagram: @region": a user name, which the tables need no more than a person's),
# a bracket, a dash or a word saying what it is between ("på Instagram under @x", "instagram (@x)", "TikTok – @x")
# (the service's name is looked for right before each "@" the text holds)
_SERVICE_BEFORE_RE = plain_re.compile(
    r"(?<![^\W\d_])(?i:instagram|twitter|tiktok|facebook|linkedin|threads|mastodon|snapchat|youtube|bluesky|teams|x)"
    r"(?:-?(?i:handle|konto|kontot|namn))?[ \t]*:?"
    r"(?:[ \t]{1,2}|[ \t]{1,2}(?i:under|som|via|heter|är|med)[ \t]{1,2}|[ \t]{0,2}\([ \t]?|[ \t]{1,2}[\u2013\u2014-][ \t]{1,2})$")
# a profile's address on a social medium; its path a person's user name ("facebook.com/anna.berg.12", "fb.com/x.y",
# a country's host: "se.linkedin.com/in/x-y")
_PROFILE_URL_RE = plain_re.compile(
    r"(?<![\w.\-])(?:https?://)?(?:www\.|m\.|[a-z]{2}(?:-[a-z]{2})?\.)?"
    r"(?i:facebook|fb|instagram|twitter|x|linkedin|tiktok|threads)\.com/"
    r"(?:in/|@)?(?P<path>[A-Za-z0-9][A-Za-z0-9_.\-]{1,60}[A-Za-z0-9])(?![\w\-])")
_PROFILE_PATH_SPLIT_RE = plain_re.compile(r"[._\-\d]+")
# a person's own page on an organisation's site: a path segment after a staff folder that spells a name
# ("www.ort.se/personal/anna-berg", "…/medarbetare/per.lind")
_STAFF_FOLDERS = ("/personal/", "/medarbetare/", "/profil/", "/profiler/", "/person/", "/anstallda/", "/anställda/",
                  "/staff/", "/people/", "/kontaktpersoner/")
_STAFF_PAGE_URL_RE = re.compile(
    r"(?<![\w.\-/])(?:https?://)?[\w\-]+(?:\.[\w\-]+)+/(?:[\w\-]+/)*"
    r"(?i:personal|medarbetare|profil|profiler|person|anstallda|anställda|staff|people|kontaktpersoner)/"
    r"(?P<path>\p{L}+(?:[\-_.]\p{L}+){1,2})(?![\w\-/])")
# a list's item written surname first: "- Lind, Sara – Mora lasarett", "- Lind, S. (sekreterare)", "2. Lind, Sara";
# without a bullet, an item opening its line before a dash or a bracket ("de Groot, Anouk – BUP Lund") or one after a
# label's colon before a clause's end ("Ombud i Mora: Berg, T.; i Orsa: …"); particles may open the surname
_SURNAME_FIRST_ITEM = (
    r"(?P<name>(?P<particles>(?:(?:von|af|de|van|der|den|da|di|du|le|la|ter|ten)[ ]){0,2})(?P<last>" + _NAME_WORD + r"),[ ]"
    r"(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?|\p{Lu}\.(?:-?\p{Lu}\.)?))")
_LIST_SURNAME_FIRST_RE = re.compile(
    r"(?:^[ \t]*(?P<bullet>[-•*·–][ \t]*|\d{1,2}[.)][ \t]*)" + _SURNAME_FIRST_ITEM
    + r"(?=[ \t]*(?:$|[(\u2013\u2014,;]|-[ \t]))"
    r"|^[ \t]*" + _SURNAME_FIRST_ITEM + r"(?=[ \t]{0,2}(?:[(\u2013\u2014]|-[ \t]))"
    r"|(?<=\p{L}):[ ]" + _SURNAME_FIRST_ITEM + r"(?=[ \t]*(?:$|[(\u2013\u2014,;.]|-[ \t])))", re.MULTILINE)
_COMMA_CAPITAL_RE = plain_re.compile(r", [A-ZÅÄÖ]")  # what every match of the hint below holds, found faster
_LIST_SURNAME_FIRST_HINT_RE = plain_re.compile(r"(?:^[ \t]*|: )[^,:\n]{1,40}, [A-ZÅÄÖ]", plain_re.MULTILINE)
# a surname and initials after "av" ("Besvarad av: Lind A-K / …", "Ifylld av Lind AK")
_AV_SURNAME_INITIALS_RE = re.compile(
    rf"(?<![\p{{L}}])(?i:av):?[ \t]{{1,2}}(?P<name>(?P<last>{_NAME_WORD})[ ]\p{{Lu}}(?:-?\p{{Lu}})?\.?)"
    r"(?=[ \t]*(?:$|[/,;(&]|och[ \t]))", re.MULTILINE)
# two capitalised words right before a personal identity number, its label maybe: "Tolvan Tolvansson, 19121212-1212",
# "Dawit Haile (pnr 770904+1631)"
_NAME_BEFORE_NUMBER_RE = re.compile(
    rf"(?<![\p{{L}}\-])(?P<name>(?P<first>{_NAME_WORD})[ ](?P<last>{_NAME_WORD}))[ \t]*[,:]?[ \t]{{1,2}}\(?"
    r"(?=(?:(?i:pnr|p-nr|personnummer)\.?:?[ \t]{1,2})?(?:19|20)?\d{6}[-+ ]?\d{4}(?!\d))")


# a name written surname first after a role, "av", "med" or a contact's label, then a clause's end: "ansvarig
# Lind, Sara.", "leds av Nguyen, Thi och …", "Kontaktperson: Okafor, Chidi, tel …"
# (found from each ", " and a capital: the cue and the surname before it, the first name after it)
_CUED_SURNAME_BEFORE_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-])(?P<cue>\p{{L}}+):?[ \t]{{1,2}}(?P<last>{_NAME_WORD})$")
_CUED_FIRST_AFTER_RE = re.compile(
    r"(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ \t]*(?:[.;,)]|$|(?:och|eller)[ \t]))", re.MULTILINE)
_SURNAME_FIRST_CUES = frozenset({"av", "med", "kontakt", "kontaktperson", "kontaktpersoner"})
# a first name in lower case right before its own e-mail address or a number, after a word of contact:
# "hör av er till lena (lena.holm@…)", "kontakta lena på 070-…", "mejla ali: ali.k@…"
# (found from the blank after the name: the name looked for before it)
_LOWER_CONTACT_AFTER_RE = plain_re.compile(r"(?:\(|på[ \t]|,[ \t]|via[ \t]|:[ \t])[ \t]?(?P<local>[\w.\-]+@|\+?\d)")
_LOWER_CONTACT_FIRST_RE = plain_re.compile(r"(?<![\w@.\-])(?P<first>[a-zåäöéü]{2,20})[ \t]{1,2}$")
_CONTACT_VERBS = frozenset({"till", "kontakta", "kontakt", "mejla", "maila", "ring", "ringa", "sms:a", "fråga"})
# initials in lower case signing after a role's or an editor's label: "Webbredaktör: sh", "Text: ak ·"
# (found from the colon: the label read before it)
_LOWER_INITIALS_RE = plain_re.compile(r":[ \t]{1,2}(?P<initials>[a-zåäö]{2,3})(?=[ \t]*(?:$|[|·,;)<]))", plain_re.MULTILINE)
_SIGNING_LABEL_ENDINGS = ("redaktör", "redaktören", "skribent", "skribenten", "fotograf", "fotografen", "författare",
                          "författaren", "redigerad av", "uppdaterad av", "av")


def _cued_surname_first_or_lowercase_names(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Persons placed by a cue on their line: a name written surname first after a role or "av" (each part a
    name's, the surname no place), a lower-case first name we know before its own e-mail address or after a
    word of contact before an address or a number, lower-case initials signing after a role's or an editor's
    label (no everyday word)."""
    spans: list[tuple[int, int]] = []
    lex = redactor.lex
    for comma in _COMMA_CAPITAL_RE.finditer(text) if ", " in text else ():
        after = _CUED_FIRST_AFTER_RE.match(text, comma.end() - 1)
        m = _CUED_SURNAME_BEFORE_RE.search(text, max(0, comma.start() - 60), comma.start()) if after else None
        if m is not None:
            cue, last, first = m["cue"].casefold(), m["last"], after["first"]
            if not (cue in _SURNAME_FIRST_CUES or _person_word(cue)
                    or cue in ("och", "eller") and redactor._plain_first_name(first)):  # "… och Lind, Sara"
                continue
            if not (last.casefold() in lex.surnames and lex.zipf(last) < 4.0 or redactor._unknown_word(last)) \
                    or redactor._is_place(last) or _institution_word(last):
                continue
            if (redactor._plain_first_name(first) or redactor._unknown_word(first)) and not redactor._is_place(first) \
                    and not _institution_word(first):
                spans.append((m.start("last"), after.end("first")))
    if "@" in text or "på " in text:
        for c in _LOWER_CONTACT_AFTER_RE.finditer(text):
            m = _LOWER_CONTACT_FIRST_RE.search(text, max(0, c.start() - 23), c.start())
            if m is None:
                continue
            first = m["first"]
            if not (first in lex.first_sv or first in lex.first_other) or lex.zipf(first) >= redactor.EVERYDAY_ZIPF:
                continue
            own = c["local"].endswith("@") and c["local"].casefold().startswith(first)
            if own or _word_span_before(text, m.start())[1].casefold() in _CONTACT_VERBS:
                spans.append(m.span("first"))
    if ":" in text:
        for m in _LOWER_INITIALS_RE.finditer(text):
            colon = m.start() - (m.start() > 0 and text[m.start() - 1] in " \t")  # ("Text : ak")
            label = _word_span_before(text, colon)[1].casefold()
            if (label.endswith(_SIGNING_LABEL_ENDINGS) or _person_word(label) or label in _MINUTES_LABELS) \
                    and lex.zipf(m["initials"]) < 4.0:  # (letter pairs count as rare words: "sh" 3.2, "ej" 5.3)
                spans.append(m.span("initials"))
    return spans


def _line_pattern_person_spans(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Persons placed by the line (each pattern reads one line): a handle after its service's name, a profile's
    address holding a user name, a person's page on a site's staff folder ("/personal/anna-berg"), a list's item written surname first, a surname with initials after "av", a name
    pair before a personal identity number."""
    spans: list[tuple[int, int]] = []
    i = text.find("@")
    while i >= 0:
        m = _HANDLE_RE.match(text, i)
        i = text.find("@", i + 1)
        if m is not None and _SERVICE_BEFORE_RE.search(text, max(0, m.start() - 30), m.start()) is not None:
            spans.append(m.span("handle"))
    if ".com/" in text:
        for m in _PROFILE_URL_RE.finditer(text):
            parts = [p for p in _PROFILE_PATH_SPLIT_RE.split(m["path"]) if p]
            if len(parts) >= 2 or parts and redactor._plain_first_name(parts[0].capitalize()):
                spans.append(m.span())
    if any(folder in text for folder in _STAFF_FOLDERS):
        for m in _STAFF_PAGE_URL_RE.finditer(text):
            parts = [p for p in _PROFILE_PATH_SPLIT_RE.split(m["path"]) if p]
            first, last = parts[0].casefold(), parts[-1].capitalize()
            if redactor._plain_first_name(first.capitalize()) or all(not redactor.lex.is_common(p) for p in parts) \
                    or (first in redactor.lex.first_sv or first in redactor.lex.first_other) \
                    and redactor._known_surname(last, None):
                spans.append(m.span())  # "…/personal/lina-ek": a first name we know, or no word of the list
    if ", " in text and _COMMA_CAPITAL_RE.search(text) and _LIST_SURNAME_FIRST_HINT_RE.search(text):
        for m in _LIST_SURNAME_FIRST_RE.finditer(text):
            first, last = m["first"], m["last"]
            if _institution_word(last) or redactor.lex.zipf(last) >= redactor.EVERYDAY_ZIPF:
                continue
            if m["bullet"] is None and (redactor._is_place(last) or _person_word(last.casefold())
                                        or redactor._is_place(first.rstrip("."))):
                continue  # no bullet: a place's name is no surname ("Mora, Orsa – …")
            if first.endswith(".") or redactor._plain_first_name(first) \
                    or _name_part(redactor, first) and _name_part(redactor, last) and not redactor.lex.is_common(last):
                spans.append(m.span("name"))  # an initial or a first name we know say a person, a place's name or not
    if "av" in text or "Av" in text or "AV" in text:
        for m in _AV_SURNAME_INITIALS_RE.finditer(text):
            last = m["last"]
            if (redactor._known_surname(last, None) or redactor._unknown_word(last)) and not redactor._is_place(last) \
                    and not _institution_word(last) and redactor.lex.zipf(last) < 4.0:
                spans.append(m.span("name"))
    if _six_digits(text) and _TEN_DIGITS_HINT_RE.search(text):
        for m in _NAME_BEFORE_NUMBER_RE.finditer(text):
            first = m["first"]
            if (redactor._plain_first_name(first) or _name_part(redactor, first) and not redactor.lex.is_common(first)) \
                    and _name_part(redactor, m["last"]):
                spans.append(m.span("name"))
    return spans


# what every match of _NAME_BEFORE_NUMBER_RE holds (the regex module's engine finds it faster than the standard
# library's; "\d" is a decimal digit, Nd, in both)
_TEN_DIGITS_HINT_RE = re.compile(r"\d{6}[-+ ]?\d{4}")


# --- names read otherwise (a place, an everyday word) where a person's cue fits; particles ---------------------------
# words before a place's name that read it as a place ("i Tierp", "från Falkenberg")
_PLACE_PREPOSITIONS = frozenset({"i", "från", "till", "mot", "på", "vid", "inom", "utanför", "nära", "kring", "runt",
                                 "genom", "över", "via", "mellan", "ur", "norr", "söder", "väster", "öster"})


# a first name and a capitalised word after it (overlapping: each capitalised word is tried as a first name)
_FIRST_PLACE_PAIR_RE = re.compile(
    r"(?<![\p{L}\p{M}\-.])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[ ](?P<last>\p{Lu}\p{Ll}+)(?![\p{L}\p{M}\-]))")
# the same pattern for the standard library's engine, for a text of Latin-1 letters only (see _LATIN1_LETTERS); its
# capital first and the look-behind after it (the character before it read with it), so that the search skips
# to the capitals
_FAST_FIRST_PLACE_PAIR_RE = plain_re.compile(
    rf"(?P<first>[{_LATIN1_UPPER}](?<![{_LATIN1_LETTERS}\-.][{_LATIN1_UPPER}])[{_LATIN1_LOWER}]+(?:-{_L1_WORD})?)"
    rf"(?=[ ](?P<last>{_L1_WORD})(?![{_LATIN1_LETTERS}\-]))")
# a place's name first, a comma and a first name ("Tierp, Emelie – 08 …"): at a line's start or after a list's mark
_PLACE_COMMA_FIRST_RE = re.compile(
    r"(?m)^[ \t]*(?:[-–•*][ \t]{1,2})?(?P<last>\p{Lu}\p{Ll}+),[ ](?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\-])")
# what a line holding such a match holds (the standard library's engine, no letter class, so that no letter the
# regex module's Unicode knows and the standard library's does not is missed: for a capital, no small letter of a-z
# and ß-ÿ; "Ja, det …" opens many lines)
_PLACE_COMMA_FIRST_HINT_RE = plain_re.compile(r"(?m)^[ \t]*(?:[-–•*][ \t]{1,2})?[^a-zß-ÿ\s,][^\s,]*, [^a-zß-ÿ]")
# words after a place's name that read it as a place ("Falkenberg kommun", "Tierp stad")
_PLACE_WORDS_AFTER = frozenset({"kommun", "kommuns", "stad", "stads", "län", "läns", "församling", "pastorat",
                                "centrum", "hamn", "station", "tätort"})
# words before a name that say a person is meant: speech, calling, writing ("sa Ingrid X", "Kontakt: Emelie X")
_SPEECH_VERBS = frozenset({"sa", "sade", "säger", "berättar", "berättade", "skriver", "skrev", "svarade", "hälsar"})
_PERSON_CUES_BEFORE = _SPEECH_VERBS | {"enligt", "av", "kontakt", "kontakta", "ring", "ringa", "mejla", "maila",
                                       "frågade", "hälsningar", "mvh", "intervjuade", "med"}
# verbs right after a name that a person does ("Ingrid X sa", "Emelie X jobbar")
_PERSON_VERBS_AFTER = _SPEECH_VERBS | {"hälsade", "jobbar", "arbetar", "föreläste", "föreläser", "tycker", "menar",
                                       "leder", "ledde", "samordnar", "nås"}
# a phone number or its label right after a name ("Emelie X på 08-…", "X Y, tel. 070-…", "X, Y – 08 …")
_PHONE_AFTER_NAME_RE = re.compile(
    r"[ \t]{0,2}(?:[,–\-:][ \t]{0,2})?(?:(?:på|tel|tfn|telefon|mobil|nås[ \t]på)\.?:?[ \t]{1,2})?(?:\+46|00|0)[ \t(]?\d")
# a role in the clause after a name and a comma ("Ingrid X, nätverkets sammankallande,")
_COMMA_CLAUSE_RE = re.compile(r",[ \t]{1,2}((?:[\p{Ll}\p{M}\-]+[ \t]){0,2}[\p{Ll}\p{M}\-]+)")


# a first name in lower case closing a message, an initial after it maybe ("Hälsningar sanna k", "mvh jonas")
_LOWER_GREETING_NAME_RE = re.compile(
    r"(?<![\p{L}])(?i:mvh|hälsningar|hälsar|kram|kramar)[,:]?[ \t]{1,2}(?P<first>\p{Ll}+(?:-\p{Ll}+)?)"
    r"(?:[ ](?P<initial>\p{Ll}))?(?=[ \t]*$|[ \t]*[,.;!)/])", re.MULTILINE)


def _phone_after_name(text: str, end: int) -> bool:
    return _PHONE_AFTER_NAME_RE.match(text, end) is not None


def _role_in_clause_after(text: str, end: int) -> bool:
    m = _COMMA_CLAUSE_RE.match(text, end)
    return m is not None and any(_person_word(w.casefold()) for w in m.group(1).split())


def _cued_names_read_as_other_words(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Persons placed by a cue on their line whose names the finder reads otherwise: a first name we know before
    a municipality's name used as a surname ("Emelie Tierp", "Tierp, Emelie – 08 …"): not read as a place
    (no place's preposition before, no "kommun" or capitalised word after) and a person's cue around (speech,
    a contact's word, "av" or a role before; a role after a comma, a person's verb or a phone number after);
    two words we do not know before a phone number ("Anmälan: Oluwaseun Adebayo, tel. 070-…"); a first name we
    know in lower case closing a message, with an initial or no everyday word ("Hälsningar sanna k")."""
    spans: list[tuple[int, int]] = []
    lex = redactor.lex
    for m in (_FIRST_PLACE_PAIR_RE if _beyond_latin1(text) else _FAST_FIRST_PLACE_PAIR_RE).finditer(text):
        first, last = m["first"], m["last"]
        end = m.end("last")
        if redactor._is_place(last) and not redactor._known_surname(last, None):
            if not (first.casefold() in lex.first_sv and redactor._plain_first_name(first)) \
                    or lex.zipf(first) >= redactor.EVERYDAY_ZIPF:
                continue
            at, before = _word_span_before(text, m.start())
            phone = _phone_after_name(text, end)
            if before.casefold() in _PLACE_PREPOSITIONS and not (before.casefold() == "till" and phone):
                continue  # (a phone number after it makes "till" a contact's: "Anmälan till Agneta X, tel. …")
            if before[:1].isupper() and not _person_word(before.casefold()) \
                    and before.casefold() not in _PERSON_CUES_BEFORE and not _before_is_sentence_start(text, at):
                continue  # a longer proper name ("Sankta Maria Ystad")
            after = _NEXT_WORD_RE.match(text, end)
            after_word = after.group(1) if after is not None else ""
            if after_word.casefold() in _PLACE_WORDS_AFTER or _institution_word(after_word) or after_word[:1].isupper():
                continue
            if before.casefold() in _PERSON_CUES_BEFORE or _person_word(before.casefold()) \
                    or after_word.casefold() in _PERSON_VERBS_AFTER or phone \
                    or _role_in_clause_after(text, end):
                spans.append((m.start(), end))
        elif _phone_after_name(text, end) and redactor._unknown_word(first) and redactor._unknown_word(last) \
                and not _SWEDISH_ONLY_LETTERS.intersection((first + last).casefold()) \
                and first.casefold() not in lex.first_sv and len(first) >= 3 and len(last) >= 3:
            at, before = _word_span_before(text, m.start())
            if before[:1].isupper() and not _before_is_sentence_start(text, at) and text[at + len(before):m.start()] == " ":
                continue  # inside a longer proper name
            spans.append((m.start(), end))
    if _GREETING_HINT_RE.search(text) is not None:
        for m in _LOWER_GREETING_NAME_RE.finditer(text):
            first = m["first"]
            if all(p in lex.first_sv or p in lex.first_other for p in first.split("-")) and not redactor._is_place(first) \
                    and (m["initial"] or lex.zipf(first) < redactor.EVERYDAY_ZIPF):
                spans.append((m.start("first"), m.end()))
    if "," in text:
        for m in _matches_on_hinted_lines(_PLACE_COMMA_FIRST_HINT_RE, _PLACE_COMMA_FIRST_RE, text):
            first, last = m["first"], m["last"]
            if redactor._is_place(last) and not redactor._is_place(first) and redactor._plain_first_name(first) \
                    and first.casefold() in lex.first_sv and _phone_after_name(text, m.end()):
                spans.append((m.start("last"), m.end("first")))
    return spans


# a first name (ours or one we do not know) before the particles of a Dutch, German or French surname: "Thabo van
# der Merwe", "Aiko von Berg", "Lucía de la Fuente" (found from the particles, the words around them read after)
_PARTICLE_NAME_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<first>{_NAME_WORD})[ ](?:van|von)(?:[ ](?:der|den|de))?[ ](?P<last>{_NAME_WORD})"
    rf"|(?<![\p{{L}}\p{{M}}\-])(?P<first>{_NAME_WORD})[ ]de[ ]la[ ](?P<last>{_NAME_WORD})")
_PARTICLE_HINT_RE = plain_re.compile(r" (?:van|von|de la) ")
# a word of contact (maybe "gärna" after it) before a lower-case name: "mejla gärna kajsa …", "… eller thabo på"
_CONTACT_LOWER_NAME_RE = re.compile(r"(?<![\w@.\-])(?P<name>\p{Ll}{3,20})(?![\w@.\-])")


def _particle_and_own_address_names(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Persons placed on their line: a first name before "van der", "von" or "de la" and a surname (no organisation's
    word; a place's name only if a surname we know: "van der Berg"); a lower-case first name whose own e-mail address (two parts or more, the first the
    name, a first name we know or no word of the word list) follows on its line, the name after a word of contact ("mejla gärna x …: x.y[at]…") or right before
    the address ("eller x på x.y@…"), never a very frequent word."""
    spans: list[tuple[int, int]] = []
    if _PARTICLE_HINT_RE.search(text):
        for m in _PARTICLE_NAME_RE.finditer(text):
            first, last = m["first"], m["last"]
            after = _NEXT_WORD_RE.match(text, m.end())
            if not (redactor._plain_first_name(first) or redactor._unknown_word(first)) \
                    or not (redactor._known_surname(last, None) or redactor._unknown_word(last)) \
                    or redactor._is_place(first) or _institution_word(first) or _institution_word(last) \
                    or redactor._is_place(last) and not redactor._known_surname(last, None) \
                    or after is not None and _institution_word(after.group(1)):
                continue
            spans.append((m.start("first"), m.end("last")))
    if "@" not in text and not _AT_RE.search(text):
        return spans
    for start, end in _email_spans(text):
        local = plain_re.split(r"[._\-]", text[start:end], maxsplit=1)
        head = local[0]
        if len(local) < 2 or not head.isalpha() or not head.islower() or len(head) < 3 \
                or redactor.lex.zipf(head) >= 4.0 or _person_word(head) or redactor._is_place(head.capitalize()) \
                or not (head in redactor.lex.first_sv or head in redactor.lex.first_other or not redactor.lex.is_common(head)):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        for m in _CONTACT_LOWER_NAME_RE.finditer(text, max(line_start, start - 80), start):
            if m["name"] != head:
                continue
            before = _word_span_before(text, m.start())
            cue = before[1].casefold()
            if cue == "gärna":
                cue = _word_span_before(text, before[0])[1].casefold()
            if cue in _CONTACT_VERBS or text[m.end():start].strip(" \t") in ("på", ":", "(", "via", ","):
                spans.append(m.span("name"))
    return spans


# --- titles' abbreviations, bylines and phrases; names by their own form; a pair after a role; list rows -------------
# a title's abbreviation before a name: "Dr. Raj Patel", "dr Anna Ek", "Prof. Lena Berg", "Dr. Patel"
_TITLE_ABBREVIATION_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}.])(?:[Dd]r|[Pp]rof|[Dd]ocent)\.?[ \t]{{1,2}}(?P<name>(?P<first>{_NAME_WORD})"
    rf"(?:[ ]\p{{Lu}}\.)?(?:[ ](?P<last>(?:{_ARABIC_PARTICLE_PREFIX})?{_NAME_WORD}))?)(?![\p{{L}}\p{{M}}\-])")
_TITLE_ABBREVIATION_HINTS = ("Dr.", "Dr ", "dr.", " dr ", "Prof", "prof.", "ocent ")
# initials with dots closing a line after a date and a comma or a dash (a byline: "Publicerat 2020-11-20, Å.L.")
_DATED_INITIALS_RE = plain_re.compile(
    r"(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[ \t][a-zåäö]{3,9}\.?[ \t](?:19|20)\d\d)(?:,|[ \t]?/|[ \t][\u2013\u2014\-])?[ \t]{1,2}"
    r"(?P<initials>[A-ZÅÄÖ]\.[ ]?(?:-?[A-ZÅÄÖ]\.[ ]?){1,2})[ \t]*$", plain_re.MULTILINE)
# the first two initials every match of _DATED_INITIALS_RE holds (looked for first: a page without them, most, is
# not scanned with that pattern, whose date is tried at every digit)
_DOTTED_INITIALS_HINT_RE = plain_re.compile(r"[A-ZÅÄÖ]\.[ ]?-?[A-ZÅÄÖ]\.")


def _titled_names_and_byline_initials(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Persons placed by a cue on their line: a name after a title's abbreviation ("Dr. Raj Patel", "Prof. Lena
    Berg"; a first word no place or organisation's word, a surname we know or a word we do not know, or the
    abbreviation and one surname we know that is no everyday word: "Dr. Patel"); initials with dots closing a
    byline's line after its date ("Publicerat 2020-11-20, Å.L.")."""
    spans: list[tuple[int, int]] = []
    if any(hint in text for hint in _TITLE_ABBREVIATION_HINTS):
        for m in _TITLE_ABBREVIATION_RE.finditer(text):
            first, last = m["first"], m["last"]
            if redactor._is_place(first) or _institution_word(first) or _person_word(first.casefold()):
                continue
            if last is None:
                if redactor._known_surname(first, None) and not redactor.lex.is_common(first):
                    spans.append(m.span("first"))
                continue
            last = last.partition("-")[2] if last[:1].islower() else last  # "el-Khoury": "Khoury"
            if (redactor._known_surname(last, None) or redactor._unknown_word(last)) \
                    and not (redactor._is_place(last) and not redactor._known_surname(last, None)) \
                    and not _institution_word(last):
                spans.append(m.span("name"))
    if "." in text and _DOTTED_INITIALS_HINT_RE.search(text):
        spans += [m.span("initials") for m in _DATED_INITIALS_RE.finditer(text)]
    return spans


_RARE_FIRST_ZIPF = 4.2  # a first name used less than this as a word stands for the page's person in lower case too
# a list's item written surname first with an initial, inside a sentence ("Kontakt: Berg, A. och …", "ersätter
# Holm, K."): one or two surnames, a comma, one or two initials; no capitalised word after (another item's name)
_SURNAME_INITIAL_HINT_RE = plain_re.compile(r", [A-ZÅÄÖ]\.")
_SURNAME_INITIAL_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-.])(?P<name>(?P<last>{_NAME_WORD})(?:[ ](?P<last2>{_NAME_WORD}))?,[ ]\p{{Lu}}\.(?:-?\p{{Lu}}\.)?)"
    r"(?=[ \t]{0,2}(?:[(;|\t,.)]|[\u2013\u2014\-][ \t]|\p{Ll}|$))", re.MULTILINE)
# a lower-case initial and surname ("m. eriksson skickade", "Tranås: j. bergkvist")
_LOWER_INITIAL_HINT_RE = plain_re.compile(r"\. (?P<last>[a-zåäö]{3,}(?:-[a-zåäö]{3,})?)(?![\w\-])")
_QUOTED_NICK_HINT_RE = plain_re.compile(r"[\"\u201c\u201d][A-ZÅÄÖ]\w{1,12}[\"\u201c\u201d] ")
# a first name, a nickname in quotes and particles before a surname ('Mikael "Micke" af Ekenstam', 'Per-Anders
# "PA" Wikström')
_NICK_PARTICLE_NAME_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<first>{_NAME_WORD})[ ][\"\u201c\u201d](?P<nick>\p{{Lu}}(?:\p{{Lu}}{{1,3}}|[\p{{Ll}}\p{{M}}]+))"
    rf"[\"\u201c\u201d][ ](?:(?:af|von|van|de|der|den|da|di|el|al)[ ]){{0,2}}(?P<last>{_NAME_WORD})(?![\p{{L}}\p{{M}}\-])")


def _surname_or_unknown_word(redactor: "Redactor", word: str) -> bool:
    """A surname we know or a word we do not know, no place, organisation's or everyday word."""
    return not redactor._is_place(word) and not _institution_word(word) \
        and (redactor._known_surname(word, None) and redactor.lex.zipf(word) < 4.0 or redactor._unknown_word(word))


def _names_by_own_form(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Persons placed by their name's own form (each pattern after a plain look-up): written surname first with
    an initial inside a sentence ("Kontakt: Lind, P. och …", "Hon ersätter Ng, W."); a lower-case initial before
    a surname we know that is no word ("m. eriksson skickade"); a first name we know and a nickname in quotes
    before particles or a surname we know ('Mikael "Micke" af Ekenstam', 'Per-Anders "PA" Wikström')."""
    spans: list[tuple[int, int]] = []
    for hint in _SURNAME_INITIAL_HINT_RE.finditer(text):
        m = None
        for m in _SURNAME_INITIAL_RE.finditer(text, max(0, hint.start() - 80), hint.end() + 4):
            if m.end("last2" if m["last2"] else "last") == hint.start():
                break
        else:
            m = None
        if m is not None:
            start, words = m.start("name"), (m["last"], m["last2"]) if m["last2"] else (m["last"],)
            if len(words) == 2 and not _surname_before_surname(redactor, text, m):
                start, words = m.start("last2"), words[1:]  # "Kuratorn Nilsson, A.", "Idag Hadžić, A.": the word stays
            if all(_initial_surname(redactor, w) and not _is_thing_word(redactor, w) for w in words):
                spans.append((start, m.end("name")))
                b = _BRACKET_OWN_FIRST_RE.match(text, m.end())  # "Warsame, H. (hodan)": the first name in brackets
                if b is not None and b["first"][0].casefold() == m["name"][-2].casefold():
                    spans.append(b.span("first"))
    for m in _LOWER_INITIAL_HINT_RE.finditer(text):  # (". x" first: the letter before it read after)
        at, last = m.start(), m["last"]
        if at < 1 or not text[at - 1].islower() or at >= 2 and (text[at - 2].isalnum() or text[at - 2] in "._-"):
            continue
        if redactor._known_surname(last, None) and (redactor.lex.zipf(last) < 3.0 or last.endswith(_SURNAME_ENDINGS)) \
                and not redactor._is_place(last.capitalize()):
            spans.append((at - 1, m.end()))
    nicknamed: set[tuple[int, int]] = set()  # (each name once: the windows of two hints close together overlap)
    quoted = '"' in text or "\u201c" in text or "\u201d" in text  # (what the hint starts with: most pages hold none)
    for hint in _QUOTED_NICK_HINT_RE.finditer(text) if quoted else ():
        # (to the line's end: a window's end inside a word would read as the word's end; no match crosses a line)
        line_end = text.find("\n", hint.end())
        for m in _NICK_PARTICLE_NAME_RE.finditer(text, max(0, hint.start() - 40), len(text) if line_end < 0 else line_end):
            if m.span() not in nicknamed and redactor._plain_first_name(m["first"]) \
                    and _surname_or_unknown_word(redactor, m["last"]) and not _institution_word(m["nick"]):
                nicknamed.add(m.span())
                spans.append(m.span())
    return spans + _byline_and_phrase_cued_names(redactor, text)


# the first name of a name written surname first with an initial, in brackets after it: "Warsame, H. (hodan)"
_BRACKET_OWN_FIRST_RE = re.compile(r"[ \t]\((?P<first>\p{L}[\p{Ll}\p{M}]{2,})\)")
# a byline "Text: X Y Foto: Z W"
_TEXT_PHOTO_BYLINE_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}])Text:[ \t]{{1,2}}(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{1,2}})[ \t,]{{1,3}}(?:Foto|Bild)(?:[ ]?:|[ ])")
# capitals signing a dated line after "av": "Senast uppdaterad 2023-09-30 av EHB"
_AV_CAPITALS_END_RE = plain_re.compile(r"[A-ZÅÄÖ]{2,4}[ \t.]*(?:\n|$)")
_DATED_AV_INITIALS_RE = plain_re.compile(
    r"(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}[ \t][a-zåäö]{3,9}\.?[ \t](?:19|20)\d\d)[ \t]+av[ \t]+"
    r"(?P<initials>[A-ZÅÄÖ]{2,4})[ \t.]*$", plain_re.MULTILINE)
# an abbreviated first name before a surname: "Ch. Wiklander", "Th. Berg"
_ABBREVIATED_FIRST_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-.])(?:Ch|Chr|Th)\.[ ](?P<last>{_NAME_WORD})(?![\p{{L}}\p{{M}}\-])")
# "Det är X Y", "det var X Y"
# a person as the object of a verb that places people, or with "hos" (someone's place of work): "skickat X Y och en
# kollega", "tidigare hos X Y på …", "vi har anställt X Y, som …"; the name before "och", a comma, a full stop,
# "på", "från", "som" or a bracket
_PERSON_OBJECT_CUES = (" hos ", "skickat ", "skickade ", "anställt ", "anställde ", "bjudit in ", "bjöd in ")
_PERSON_OBJECT_NAME_RE = re.compile(
    rf"(?P<name>(?P<first>{_NAME_WORD})[ ](?P<last>{_NAME_WORD}))(?=[,.;:)(]|[ ](?:och|på|från|som|i|med)[ ])")
_IT_IS_NAME_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}])[Dd]et[ ](?:är|var)[ ](?P<name>(?P<first>{_NAME_WORD})[ ](?P<last>{_NAME_WORD}))(?![\p{{L}}\p{{M}}\-])")


def _surname_before_surname(redactor: "Redactor", text: str, m) -> bool:
    """Whether the first of two capitalised words before a comma and an initial ("Persson Bäck, A.") is a first
    surname: no role's word ("Kuratorn Nilsson, A.", "Barnrättsstrategen Hadžić, A."), no word that cannot be a
    surname (a place, an organisation's or a frequent word: "Idag Hadžić, A.") and, opening a sentence, no everyday
    word the name data does not know as a surname."""
    word = m["last"]
    if _person_word(word.casefold()) or not _initial_surname(redactor, word) or _is_thing_word(redactor, word):
        return False
    return not (redactor.lex.is_common(word) and not redactor._known_surname(word, None)
                and _before_is_sentence_start(text, m.start("last")))


def _initial_surname(redactor: "Redactor", word: str) -> bool:
    """A word before a comma and an initial that is a surname: one we know, or a capitalised word no place,
    organisation's word or frequent word ("Ng, W.")."""
    return not redactor._is_place(word) and not _institution_word(word) \
        and (redactor._known_surname(word, None) or redactor.lex.zipf(word) < 3.5)


def _unknown_or_name(redactor: "Redactor", word: str) -> bool:
    """A first name or surname we know, or a word we do not know."""
    return redactor._unknown_word(word) or redactor._plain_first_name(word) \
        or redactor._known_surname(word, None) and not redactor._is_place(word)


def _byline_and_phrase_cued_names(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Persons placed by a cue on their line (each after a plain look-up): a byline "Text: X Y Foto: …"; capitals
    signing a dated line after "av" ("Senast uppdaterad 2023-09-30 av EHB"; no word or name we keep); an
    abbreviated first name before a surname ("Ch. Wiklander"); "Det är X Y" with a first name we know or a word we
    do not know and a surname we know or a word we do not know ("Det är Rojda Amedi sedan mars"), and such a pair
    as the object of a verb that places people or after "hos" (:data:`_PERSON_OBJECT_CUES`: "skickat Mbuyi
    Kabongo och en kollega", "hos Wang Xiaoling på")."""
    spans: list[tuple[int, int]] = []
    if "Text:" in text and ("Foto" in text or "Bild" in text):
        for m in _TEXT_PHOTO_BYLINE_RE.finditer(text):
            if all(_unknown_or_name(redactor, w) for w in m["name"].split()):
                spans.append(m.span("name"))
    position = text.find(" av ")
    while position >= 0:
        if _AV_CAPITALS_END_RE.match(text, position + 4):
            line_start = text.rfind("\n", 0, position) + 1
            m = _DATED_AV_INITIALS_RE.search(text, line_start)
            if m is not None and m.start("initials") == position + 4 and not _known_abbreviation(m["initials"]):
                spans.append(m.span("initials"))
        position = text.find(" av ", position + 4)
    if "Ch" in text or "Th." in text:
        for m in _ABBREVIATED_FIRST_RE.finditer(text):
            if (_surname_or_unknown_word(redactor, m["last"])
                    or redactor._known_surname(m["last"], None) and not redactor._is_place(m["last"])) \
                    and not _is_thing_word(redactor, m["last"]):
                spans.append(m.span())
    if "linkedin.com/in/" in text:  # "Mehmet Yıldız (linkedin.com/in/mehmet-yildiz-…)": the name its page spells
        for m in _LINKEDIN_NAME_RE.finditer(text):
            if m["slug"].casefold().startswith(f"{_fold(m['first'].casefold())}-{_fold(m['last'].casefold())}"):
                spans.append(m.span("name"))
    for cue in _PERSON_OBJECT_CUES:
        position = text.find(cue)
        while position >= 0:
            m = _PERSON_OBJECT_NAME_RE.match(text, position + len(cue))
            position = text.find(cue, position + len(cue))
            if m is not None and (redactor._unknown_word(m["first"]) or redactor._plain_first_name(m["first"])
                                  or _surname_or_unknown_word(redactor, m["first"])) \
                    and _surname_or_unknown_word(redactor, m["last"]) \
                    and not _is_thing_word(redactor, m["first"]) and not _is_thing_word(redactor, m["last"]):
                spans.append(m.span("name"))
    for cue in ("et är ", "et var "):
        position = text.find(cue)
        while position >= 0:
            m = _IT_IS_NAME_RE.match(text, max(0, position - 1))
            position = text.find(cue, position + 6)
            if m is not None and (redactor._unknown_word(m["first"]) or redactor._plain_first_name(m["first"])) \
                    and _surname_or_unknown_word(redactor, m["last"]) \
                    and not _is_thing_word(redactor, m["first"]) and not _is_thing_word(redactor, m["last"]) \
                    and not _thing_word_follows(redactor, text, m.end("name")):
                spans.append(m.span("name"))
    return spans


# a name before its own profile's address in brackets: "Mehmet Yıldız (linkedin.com/in/mehmet-yildiz-halmstad)"
_LINKEDIN_NAME_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<name>(?P<first>{_NAME_WORD})[ ](?P<last>{_NAME_WORD}))[ \t]{{0,2}}\([ \t]?(?:https?://)?(?:www\.)?"
    r"linkedin\.com/in/(?P<slug>[\w\-]{3,80})")


def _name_pair_after_role(redactor: "Redactor", text: str, first: str, last: str, end: int) -> bool:
    """Round 26: two capitalised words right after a role's word ("Marte Meo-terapeut Wang Lihua har", "Skolkurator
    Helin Aziz och", "Ledare är Máret Sara och") are a name when neither is a place, an organisation's word or a
    frequent everyday word, no organisation's word follows, and the pair is no place's phrase (a family name first,
    a surname that is a first name elsewhere: the role says a person). Methods and organisations named after a
    role ("terapeut Marte Meo") are kept by the keep-names afterwards."""
    if not (_plain_name_part(redactor, first) and _plain_name_part(redactor, last)):
        return False
    after = _NEXT_WORD_RE.match(text, end)
    return not (after is not None and (_institution_word(after.group(1)) or redactor._is_place(after.group(1))
                                       and after.group(1)[:1].isupper()))


# the ends of compounds that name an authority, a body or a building ("Sjöfartsverket", "Idrottsförbundet")
_THING_COMPOUND_ENDINGS = ("verket", "förbundet", "rådet", "institutet", "centret", "centrum", "huset", "gården",
                          "kliniken", "skolan", "kyrkan", "nämnden", "styrelsen", "akademin", "byrån", "bolaget")


def _is_thing_word(redactor: "Redactor", word: str) -> bool:
    """The person check of the broad cues of :func:`_names_by_own_form` and :func:`_byline_and_phrase_cued_names`
    (round 26): a word that names a place, an organisation, a method or a
    programme, not a person: a place, an organisation's word or compound ("Sjöfartsverket"), or a word of a name
    of :func:`keep_names` that no name data knows as a first name or surname ("Ersta", "Meo")."""
    if redactor._is_place(word) or _institution_word(word) or word.casefold().endswith(_THING_COMPOUND_ENDINGS):
        return True
    key = word.casefold()
    return key in _keep_names_by_word() and not redactor._known_surname(word, None) \
        and key not in redactor.lex.first_sv and key not in redactor.lex.first_other


def _thing_word_follows(redactor: "Redactor", text: str, end: int) -> bool:
    """Whether a capitalised word right after a name at ``end`` makes it a longer name: an organisation's word, a
    place ("Trappan Malmö") or a word of a kept name."""
    after = _NEXT_NAME_WORD_RE.match(text, end)
    return after is not None and _is_thing_word(redactor, after.group(1))


# a list's item written surname first with a trailing initial and no comma, before a bracket: "- Kidane M.
# (Beroendecentrum)", "Zając K. (Enköpings lasarett)" (opening its line, maybe after a bullet)
_SURNAME_TRAILING_INITIAL_RE = re.compile(
    rf"^[ \t]*(?:[\-\u2013\u2022*][ \t]+)?(?P<name>(?P<last>{_NAME_WORD})(?:[ ](?P<last2>{_NAME_WORD}))?[ ]\p{{Lu}}\.(?:-?\p{{Lu}}\.)?)"
    r"[ \t]\(", re.MULTILINE)


def _surname_initial_list_items(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Round 26: list items "Surname I. (…)" (:data:`_SURNAME_TRAILING_INITIAL_RE`; looked for where the text
    holds ". ("): the surname one we know (no place) or a word we do not know, no organisation's or kept word."""
    spans = []
    for m in _SURNAME_TRAILING_INITIAL_RE.finditer(text):
        words = [w for w in (m["last"], m["last2"]) if w]
        if all((redactor._known_surname(w, None) and not redactor._is_place(w) or redactor._unknown_word(w))
               and not _is_thing_word(redactor, w) for w in words):
            spans.append(m.span("name"))
    return spans


# a table's row opening with a name written surname first, then tabs and a phone number: "Sultani, Mursal<TAB>070-…"
_SURNAME_FIRST_PHONE_ROW_RE = re.compile(
    rf"^[ \t]*(?P<name>(?P<last>{_NAME_WORD})(?:[ ](?P<last2>{_NAME_WORD}))?,[ ](?P<first>{_NAME_WORD}))\t[ \t]*"
    r"(?:(?:tel|tfn|mobil)\.?:?[ \t]*)?(?:\+46|0)[ \d\-\u2013()]{6,}", re.MULTILINE)


def _surname_first_phone_rows(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Round 26: a row "Surname, First<TAB>phone" (looked for in a text holding a tab and ", "): both words names
    we know or words we do not know, no place, organisation's or kept word."""
    spans = []
    for m in _SURNAME_FIRST_PHONE_ROW_RE.finditer(text):
        words = [w for w in (m["last"], m["last2"], m["first"]) if w]
        if all(_unknown_or_name(redactor, w) and not _is_thing_word(redactor, w) for w in words):
            spans.append(m.span("name"))
    return spans


# --- names the name data does not know, placed by the text; labelled names and reversed pairs ------------------------
_NAME_WORD_BESIDE_FOUND = r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?"
_BESIDE_FOUND_SURNAME_ZIPF = 4.0  # a surname we know this rare or rarer too ("Lindqvist")


# Evidence for names the name data does not know ("Senait Tesfamariam", "Olusegun Adebayo"): each rule starts at a
# cue found by a plain substring look-up (" av ", ": ", a quote, a name found) and reads a few words from there.
_UNKNOWN_NAME_WORD = _NAME_WORD_BESIDE_FOUND  # (one capitalised word, one hyphen at most: the same shape)
# two or three capitalised words from a cue on (a run ends before a word that is no capitalised word)
_CAPITALISED_RUN_RE = re.compile(rf"(?P<run>{_UNKNOWN_NAME_WORD}(?:[ ]{_UNKNOWN_NAME_WORD}){{1,2}})(?![\p{{L}}\p{{M}}\-])(?![ ]\p{{Lu}})")
_UNKNOWN_NAME_RARE_ZIPF = 3.0  # each word of a name without a known first name is this rare or rarer


def _unknown_name_word(redactor: "Redactor", word: str) -> bool:
    """A word that may be a part of a name the name data does not know: no place, organisation's or role word;
    each hyphened part a surname we know or a word rarer than _UNKNOWN_NAME_RARE_ZIPF."""
    if redactor._is_place(word) or _institution_word(word) or _person_word(word.casefold()):
        return False
    lex = redactor.lex
    parts = word.split("-")  # (a surname we know however frequent as a part of a double one: "Nowak-Eriksson")
    if any(_ends_in_everyday_word(redactor, part) for part in parts):
        return False
    return all(part.casefold() in lex.surnames and (lex.zipf(part) < _BESIDE_FOUND_SURNAME_ZIPF or len(parts) > 1)
               or lex.zipf(part) < _UNKNOWN_NAME_RARE_ZIPF for part in parts)


def _ends_in_everyday_word(redactor: "Redactor", word: str) -> bool:
    """Whether ``word``, in no word list, ends in a word of six letters or more, no name, as frequent as
    _UNKNOWN_NAME_RARE_ZIPF or more ("Familjeintervention", "Barnhälsovården"), or is two everyday words joined: a thing's or a place's name, not a person's."""
    lex, low = redactor.lex, word.casefold()
    if lex.zipf(low) > 0 or low in lex.surnames:
        return False
    return any(lex.zipf(low[k:]) >= _UNKNOWN_NAME_RARE_ZIPF and low[k:] not in lex.first_sv and low[k:] not in lex.first_other
               and low[k:] not in lex.surnames for k in range(2, len(low) - 5)) or _everyday_compound(redactor, word)


def _reads_as_unknown_name(redactor: "Redactor", words: list[str]) -> bool:
    """Two or three words that read as a person's name with no cue the name data gives: each a name's word (above),
    one of them in no word list at all."""
    if all(_unknown_name_word(redactor, w) for w in words):
        return any(redactor.lex.zipf(p) == 0 for w in words for p in w.split("-"))
    return len(words) == 3 and _middle_framed_by_unknown_words(redactor, words)


def _middle_framed_by_unknown_words(redactor: "Redactor", words: list[str]) -> bool:
    """Round 30: three words whose first and last are in no word list at all and whose middle is a less frequent
    capitalised word (below _BESIDE_FOUND_SURNAME_ZIPF), no place, organisation's or role word ("Faadumo Cali Xasan")."""
    lex = redactor.lex
    first, middle, last = words
    return all(lex.zipf(p) == 0 and _unknown_name_word(redactor, w) for w in (first, last) for p in w.split("-")) \
        and middle[:1].isupper() and middle.isalpha() and lex.zipf(middle) < _BESIDE_FOUND_SURNAME_ZIPF \
        and not (redactor._is_place(middle) or _institution_word(middle) or _person_word(middle.casefold()))


def _unknown_name_run_at(redactor: "Redactor", text: str, position: int) -> tuple[int, int] | None:
    m = _CAPITALISED_RUN_RE.match(text, position)
    if m is None or not _reads_as_unknown_name(redactor, m["run"].split()):
        return None
    return m.span("run")


# a label before a colon that says people follow: a role's word, a label of people or a place's name heading a row
_PEOPLE_LABELS = frozenset({"ansvarig", "ansvariga", "ledare", "samordnare", "kontakt", "kontaktperson",
                                "deltagare", "närvarande", "inbjudan", "sammankallande", "utbildare", "kursledare",
                                "gruppledare", "arbetsgrupp", "arbetsgruppen", "handledare", "föreläsare"})


def _people_label_before(redactor: "Redactor", text: str, colon: int) -> bool:
    start = colon
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    label = text[start:colon]
    if not label:
        return False
    key = label.casefold()
    if key in _PEOPLE_LABELS or _person_word(key) or key in _MINUTES_LABELS:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return start == line_start and redactor._is_place(label)  # "Älvdalen: X Y" (a row of participants)


# a name after a label's colon, right before a comma and a phone number found: "Ansvarig: Mustafa al-Ani, +46 …",
# "Ansvarig för mallen: Xiaoling Wang, 090-…" (two or three words, an Arabic or other particle before the last)
_LABELLED_NAME = (r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?(?:[ \t](?:(?:al|el|ul|bin|ibn|abu|van|von|de|da|af)[\-  ])?"
             r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?){1,2}")
_LABELLED_NAME_BEFORE_PHONE_RE = re.compile(rf"(?<=[\p{{L}}\)]:[ \t])(?P<name>{_LABELLED_NAME}),[ \t]?$")
# a full name in brackets after a word that shortens its first name: "Pim (Pimchanok Srisuk)"
_SHORT_NAME_BRACKETED_FULL_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<w>\p{Lu}[\p{Ll}\p{M}]{2,})[ \t]\((?P<name>(?P<a>\p{Lu}[\p{Ll}\p{M}]+)[ \t]"
    r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)\)")
# a nickname the text says people call someone, in quotes maybe, whoever calls (one or two words in lower case) and
# in the active or the passive: "Coté, som alla kallar henne, …", '"Mo" som barnen kallar honom', "Lasse, som han
# kallas,", "Bibbi, som hon brukar kallas", "Kim, som de flesta kallade honom"
_NAME_PEOPLE_CALL_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])[\"\u201d\u201c'\u2019]?(?P<w>\p{Lu}[\p{Ll}\p{M}]+)[\"\u201d\u201c'\u2019]?,?[ \t]som[ \t]"
    r"(?:\p{Ll}{2,12}[ \t]){1,2}(?:brukar[ \t]|ofta[ \t]|oftast[ \t])?(?:(?:kallar|kalla|kallade)[ \t](?:henne|honom|hen)"
    r"|kallas|kallades)(?![\p{L}])")
# a lower-case full name after "av": "sköts av mirja heikkinen på …"
_LOWERCASE_NAME_AFTER_AV_RE = re.compile(r"(?<![\p{L}])av[ \t](?P<a>\p{Ll}{3,})[ \t](?P<b>\p{Ll}{3,}(?:-\p{Ll}{3,})?)(?![\p{L}\p{M}\-])")
# a full name between commas after a role's word: "Gemensam anhörigkonsulent, Chinwe Okonkwo-Berg, som …"
_NAME_BETWEEN_COMMAS_AFTER_ROLE_RE = re.compile(
    r"(?<![\p{L}])(?P<role>\p{Ll}{4,}),[ \t](?P<name>(?P<a>\p{Lu}[\p{Ll}\p{M}]+)[ \t](?P<b>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)),[ \t]som$")


def _no_place_or_everyday_word(redactor: "Redactor", words) -> bool:
    """No word a place, an organisation's word or a very frequent word (a name's words, not a phrase's)."""
    lex = redactor.lex
    return all(not redactor._is_place(w) and not _institution_word(w) and lex.zipf(w) < redactor.EVERYDAY_ZIPF
               for w in words)


def _has_known_name_part(redactor: "Redactor", word: str) -> bool:
    """A surname or first name we know, or a part of a hyphenated one ("Okonkwo-Berg")."""
    lex = redactor.lex
    return any(p.casefold() in lex.surnames or redactor._first_name(_Token(p, 0, len(p)), known_only=True)
               for p in word.split("-") if len(p) >= 2)


def _cued_names_and_reversed_pairs(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int, str]]:
    """Round 29: names where the text's words place a person, each looked for only where its cue stands: a label's
    colon before and a comma and a phone number found after ("Ansvarig: Mustafa al-Ani, +46 …"); a full name in
    brackets after a word that shortens its first name ("Pim (Pimchanok Srisuk)"); a nickname "som alla kallar
    henne"; a lower-case full name after "av" whose second word is a surname we know and no everyday word ("av
    mirja heikkinen"); a full name between a role's comma and ", som" with a part we know ("anhörigkonsulent,
    Chinwe Okonkwo-Berg, som"); and a two-word name found written the other way round ("Xiaoling Wang" …
    "Wang Xiaoling")."""
    lex = redactor.lex
    spans = []
    for start, _, kind in found:
        if kind != PHONE:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        m = _LABELLED_NAME_BEFORE_PHONE_RE.search(text, max(line_start, start - 80), start)
        if m is not None and _no_place_or_everyday_word(redactor, re.split(r"[ \t\-]", m["name"].replace("al-", "").replace("el-", ""))):
            spans.append((m.start("name"), m.end("name"), NAME))
    position = text.find(" (")
    while position >= 0:  # a word, a blank and a bracket: the match starts within a word's length before it
        m = _SHORT_NAME_BRACKETED_FULL_RE.search(text, max(0, position - 30), min(len(text), position + 80))
        position = text.find(" (", position + 2)
        if m is not None and m["a"].startswith(m["w"]) and m["a"] != m["w"] \
                and _no_place_or_everyday_word(redactor, [m["w"], *m["name"].split()]):
            spans += [(m.start("w"), m.end("w"), NAME), (m.start("name"), m.end("name"), NAME)]
    if "kalla" in text:
        for m in _NAME_PEOPLE_CALL_RE.finditer(text):
            if _no_place_or_everyday_word(redactor, [m["w"]]) and not lex.is_common(m["w"]):
                spans.append((m.start("w"), m.end("w"), NAME))
    if " av " in text:
        position = text.find(" av ")
        while position >= 0:
            m = _LOWERCASE_NAME_AFTER_AV_RE.match(text, position + 1)
            position = text.find(" av ", position + 3)
            if m is not None and not lex.is_common(m["a"]) and not lex.is_common(m["b"]) \
                    and _has_known_name_part(redactor, m["b"].capitalize()) and not redactor._is_place(m["a"]):
                spans.append((m.start("a"), m.end("b"), NAME))
    if ", som " in text:
        position = text.find(", som ")
        while position >= 0:
            m = _NAME_BETWEEN_COMMAS_AFTER_ROLE_RE.search(text, max(0, position - 80), position + 5)
            position = text.find(", som ", position + 5)
            if m is not None and _person_word(m["role"]) and not lex.is_common(m["a"]) \
                    and _has_known_name_part(redactor, m["b"]) and _no_place_or_everyday_word(redactor, [m["a"], m["b"]]):
                spans.append((m.start("name"), m.end("name"), NAME))
    if ", " in text and any(label in text for label in _PEOPLE_NAMES_LABEL_HINTS):
        for m in _PEOPLE_NAMES_LABEL_RE.finditer(text):
            at = m.start("items")
            while True:
                item = _SURNAME_COMMA_INITIAL_RE.match(text, at)
                if item is None or not _no_place_or_everyday_word(redactor, [item["s"]]):
                    break
                spans.append((item.start(), item.end(), NAME))
                joint = _ITEM_JOINT_RE.match(text, item.end())
                if joint is None:
                    break
                at = joint.end()
    if " av " in text and ("ansvarig" in text or "utgivare" in text):
        for m in _BYLINE_CAPITALS_RE.finditer(text):
            if not _known_abbreviation(m["i"]):
                spans.append((m.start("i"), m.end("i"), NAME))
    if " från " in text:
        position = text.find(" från ")
        while position >= 0:
            m = _NAME_BEFORE_FRAN_RE.search(text, max(0, position - 60), position + 7)
            position = text.find(" från ", position + 5)
            if m is not None and not any(lex.is_common(w) for w in (m["a"], m["b"])) \
                    and _no_place_or_everyday_word(redactor, [m["a"], m["b"]]) and lex.zipf(m["b"]) == 0 \
                    and m["b"].casefold() in lex.surnames and _at_sentence_start(text, _Token(m["a"], m.start("a"), m.end("a"))):
                spans.append((m.start("name"), m.end("name"), NAME))
    for start, end, kind in found + spans:
        words = text[start:end].split(" ")
        if kind == NAME and len(words) == 2 and all(w[:1].isupper() for w in words):
            swapped = f"{words[1]} {words[0]}"
            position = text.find(swapped)
            while position >= 0:
                after = position + len(swapped)
                if (position == 0 or not text[position - 1].isalnum()) and (after == len(text) or not text[after].isalnum()):
                    spans.append((position, after, NAME))
                position = text.find(swapped, after)
    return spans


# surnames with initials after a label for people's names: "Namn: Lindqvist, P-O och Kovač, Dž."
_PEOPLE_NAMES_LABEL_RE = re.compile(r"(?<![\p{L}])(?:[Nn]amn|[Dd]eltagare|[Nn]ärvarande|[Uu]tbildade|[Aa]nsvariga|[Kk]ontaktpersoner):[ \t](?P<items>)")
_PEOPLE_NAMES_LABEL_HINTS = ("amn:", "eltagare:", "ärvarande:", "tbildade:", "nsvariga:", "ontaktpersoner:")
_SURNAME_COMMA_INITIAL_RE = re.compile(
    r"(?P<s>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?),[ \t](?P<i>\p{Lu}(?:\p{Ll}|-\p{Lu})?\.?(?:[ ]?\p{Lu}\.)?)(?![\p{L}\p{N}])")
_ITEM_JOINT_RE = re.compile(r"[ \t](?:och|samt|&)[ \t]|[,;][ \t]")
# capitals signing a dated byline before the publisher: "Senast uppdaterad 2025-01-20 av AHB, ansvarig utgivare …"
_BYLINE_CAPITALS_RE = re.compile(r"\d[ \t]av[ \t](?P<i>\p{Lu}{2,4})(?=,[ \t](?:ansvarig|utgivare))")
# a name opening a sentence before "från" and a word in lower case: "Hodan Jama från socialtjänsten var …"
_NAME_BEFORE_FRAN_RE = re.compile(r"(?P<name>(?P<a>\p{Lu}[\p{Ll}\p{M}]{2,})[ \t](?P<b>\p{Lu}[\p{Ll}\p{M}]{2,}))[ \t]från[ \t]\p{Ll}")


# --- initials of double first names, romanized two-syllable given names, families in brackets ------------------------
# initials of a double first name with a hyphen and dots: "M-L.H.", "J-P. K." (at a "-" between two capitals)
_HYPHEN_INITIALS_RE = re.compile(r"(?<![\p{L}\p{N}\-.])\p{Lu}-\p{Lu}\.(?:[ \t]?\p{Lu}\.){1,2}(?![\p{L}\p{N}])")
_INITIALS_CHAIN_RE = re.compile(
    r"[ \t]{0,2}(?:/|,|&|och)[ \t]{0,2}(?P<initials>\p{Lu}(?:-\p{Lu})?\.(?:[ \t]?\p{Lu}(?:-\p{Lu})?\.){1,2})(?![\p{L}\p{N}])")
_INITIALS_CUE_BEFORE_RE = re.compile(r"(?<![\p{L}])(?P<word>\p{L}+)(?P<colon>:?)[ \t]{1,2}$")


def _hyphen_initials_spans(text: str) -> list[tuple[int, int, str]]:
    """Initials of a double first name written with a hyphen and dots ("M-L.H.", "J-P. K.") after "av", a role's word
    or a minutes label and its colon ("Anteckningar: M-L.H. / D.P.", "hålls av J-P. K. och …"), with the initials
    chained after them ("/ D.P.")."""
    spans = []
    position = text.find("-")
    while position >= 0:
        if 0 < position < len(text) - 2 and text[position - 1].isupper() and text[position + 1].isupper() \
                and text[position + 2] == ".":
            m = _HYPHEN_INITIALS_RE.match(text, position - 1)
            if m is not None:
                cue = _INITIALS_CUE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
                word = cue["word"].casefold() if cue is not None else ""
                if word == "av" or cue is not None and cue["colon"] and (word in _MINUTES_LABELS or _person_word(word)) \
                        or _person_word(word) and len(word) > 3:
                    end = m.end()
                    spans.append((m.start(), end, NAME))
                    chained = _INITIALS_CHAIN_RE.match(text, end)
                    while chained is not None:
                        spans.append((*chained.span("initials"), NAME))
                        chained = _INITIALS_CHAIN_RE.match(text, chained.end())
        position = text.find("-", position + 1)
    return spans


# a bracket after a list of names that says the people are a family: "(syskon …)", "(gifta)", "(makar)", "(bröder)"
_FAMILY_BRACKET_CUES = ("(syskon", "(gifta", "(makar", "(bröder", "(systrar", "(far och", "(mor och", "(sambo")
_NAME_LIST_BEFORE_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<list>(?:{_NAME_WORD},[ ]){{0,3}}{_NAME_WORD}[ ](?:och|samt|&)[ ]{_NAME_WORD}"
    rf"(?:[ ]{_NAME_WORD})?)[ ]?$")


def _family_bracket_list_spans(redactor: "Redactor", text: str) -> list[tuple[int, int, str]]:
    """Names listed and coordinated before a bracket that makes them a family ("Aziz, Shilan och Kawa Mahmoud (syskon
    …)", "Olga samt Yaroslav Shevchenko (gifta)"): each word capitalised, no place, organisation's or role word, none
    a frequent everyday word. Looked for only where such a bracket stands."""
    spans = []
    for cue in _FAMILY_BRACKET_CUES:
        position = text.find(cue)
        while position >= 0:
            m = _NAME_LIST_BEFORE_RE.search(text, max(0, position - 90), position)
            if m is not None:
                words = [w for w in re.split(r"[ ,]+", m["list"]) if w and w not in ("och", "samt", "&")]
                if all(not redactor._is_place(w) and not _institution_word(w) and not _person_word(w.casefold())
                       and redactor.lex.zipf(w.split("-")[0]) < _RARE_FIRST_ZIPF for w in words):
                    spans.append((*m.span("list"), NAME))
            position = text.find(cue, position + 1)
    return spans


# --- signatures in small or mixed letters, names a call or a nickname's verb places, surnames of other forms ---------
# initials in small or mixed letters ("els", "tgw", "sB", "LmN") signing where a line ends: after "av" or a signing
# or minutes label and a colon, or after a slash, a dash, "mvh" or "sign." opening the line or closing a sentence;
# two to five such items coordinated with commas, "och" or "&" ("Minnesanteckningar: tgw, cj, NOL")
_SIGN_ITEM = r"\p{L}{2,4}"
_SIGNED_SMALL_INITIALS_RE = re.compile(
    r"(?:(?<![\p{L}])(?P<av>[Aa]v)[ \t]{1,2}|(?P<label>\p{L}{3,30})[ \t]?:[ \t]{1,2}"
    r"|(?:^|(?<=[.!?)][ \t]{1,3}))[ \t]*(?:/{1,2}|[\u2013\u2014\-][ \t]?|(?i:mvh|sign\.)[ \t]{1,2}))"
    r"(?P<items>" + _SIGN_ITEM + r"(?:(?:[ \t]*,[ \t]*|[ \t]{1,2}(?:och|&)[ \t]{1,2})" + _SIGN_ITEM + r"){0,4})"
    r"[ \t]*\.?[ \t]*$", re.MULTILINE)
_SIGN_ITEM_RE = re.compile(_SIGN_ITEM)
# what stands before a signature (looked for as substrings; a line is read when one stands near its end)
_SIGN_CUES = ("av ", "Av ", ": ", ":\t", "/", "\u2013", "\u2014", "- ", "mvh", "Mvh", "MVH", "sign.")
_SIGN_REACH = 40  # characters from a cue to its line's end


def _lines_ending_after(text: str, cues: tuple[str, ...], reach: int) -> list[tuple[int, int]]:
    """(start, end) of the lines where one of ``cues`` (substrings) stands at most ``reach`` characters before the
    line's end, in order: each cue is found with str.find once a line at most, no pattern reads the text."""
    ends: set[int] = set()
    size = len(text)
    for cue in cues:
        i = text.find(cue)
        while i >= 0:
            end = text.find("\n", i)
            end = size if end < 0 else end
            if end - i <= reach:
                ends.add(end)
            i = text.find(cue, end)
    return [(text.rfind("\n", 0, end) + 1, end) for end in sorted(ends)]


def _small_initials(redactor: "Redactor", item: str, rare: float) -> bool:
    """Whether a short item is initials written in small or mixed letters: a capital after a small letter or
    between ("sB", "nS", "LmN", "MaRo"), or small letters less frequent than ``rare`` in the word list and no
    place ("tgw", "els")."""
    if item.isupper():
        return False  # (capitals sign by the rules before: "/SAE", "Justeras: UlBr / LEB")
    if not item[:1].isupper() and not item.islower() or item[:1].isupper() and any(c.isupper() for c in item[1:]):
        return True
    return item.islower() and redactor.lex.zipf(item) <= rare and not redactor._is_place(item)


def _signed_small_initials_spans(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Initials in small or mixed letters where a line's signature stands (:data:`_SIGNED_SMALL_INITIALS_RE`): after
    "av" or a label that signs or keeps minutes ("Antecknat av KML och sB", "Senast uppdaterad … av els",
    "Minnesanteckningar: tgw, cj"), after a slash, a dash, "mvh" or "sign." ("Tack! /ak", "– rp"). Capitals are
    left to the rules that read them. Looked for only on a line a plain pattern finds ending so."""
    spans: list[tuple[int, int]] = []
    for start, end in _lines_ending_after(text, _SIGN_CUES, _SIGN_REACH):
        spans += _signed_small_initials_on_line(redactor, text, start, end)
    return spans


def _signed_small_initials_on_line(redactor: "Redactor", text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _SIGNED_SMALL_INITIALS_RE.finditer(text, start, end):
        label = m["label"]
        if label is not None:
            key = label.casefold()
            if not (key.endswith(tuple(_MINUTES_LABELS)) or key.endswith(_SIGNING_LABEL_ENDINGS) or _person_word(key)):
                continue
        items = list(_SIGN_ITEM_RE.finditer(m["items"]))
        # after "av" a word of the list may end a sentence ("av oss"): small letters in no list sign there, or
        # beside an item that surely does; after a label, a slash, a dash or "mvh" rare words sign too ("mb")
        sure = m["av"] is None or len(items) > 1 and any(_small_initials(redactor, i.group(0), 0.0) for i in items)
        for item in items:
            word = item.group(0)
            if word in ("och", "oss", "er", "dem") or not _small_initials(redactor, word, 4.0 if sure else 0.0):
                continue
            at = m.start("items") + item.start()
            spans.append((at, at + len(word)))
    return spans


# a nickname given with a verb of calling after a name found in its sentence ("Mai-Britt Holm – av alla kallad
# Majsan –", "Karl Ek, som kallas Kalle,", "Eva Lind (vi kallar henne Evi)")
_CALLED_RE = re.compile(
    r"(?<![\p{L}])(?:kallad|kallade|kallas|kallades|kallat|kallar(?:[ \t]{1,2}(?:henne|honom|hen|dem))?)[ \t]{1,2}"
    r"(?:för[ \t]{1,2})?[\"\u201d\u201c'\u2019]?(?P<nick>\p{Lu}\p{Ll}{1,15})(?![\p{L}\-])")
# a call, a text or a letter to a capitalised word before "på"/"via" and a phone number or an e-mail address found
# ("ring Gosia på 035-…", "sms:a Pelle via 070-…", "mejla Ulla på ulla@…")
_CALL_NAME_RE = re.compile(
    r"(?<![\p{L}])(?i:ring|ringa|ringer|sms:a|smsa|messa|mejla|maila|kontakta|fråga)[ \t]{1,2}"
    r"(?P<name>\p{Lu}\p{Ll}{1,15})[ \t]{1,2}(?:på|via|på[ \t]tel\.?|på[ \t]nummer|på[ \t]telefon)[ \t]{1,2}")
_CALL_CUES = ("ring", "Ring", "sms", "SMS", "mess", "mejla", "Mejla", "maila", "Maila", "ontakta", "fråga", "Fråga")
_SENTENCE_BREAK_RE = plain_re.compile(r"[.!?\n]")
# a relative clause's noun before the verb of calling: what is called is that noun ("gruppen som barnen kallar
# Stjärnan", "huset vi kallar Fyren"); a person's word ("kuratorn som alla kallar Majsan") leaves a person
_CALLED_THING_ZIPF = 3.0  # a word this frequent in small letters is a noun of the language, no person's name
_CALLED_THING_BEFORE_RE = re.compile(r"(?<![\p{L}])(?P<noun>\p{Ll}{3,})[ \t]{1,2}(?:som[ \t]{1,2})?(?:\p{Ll}+[ \t]{1,2}){0,2}$")
# a first name before a surname with a particle of Arabic or Somali names or a Gaelic prefix ("Mahmoud al-Jaberi",
# "Fiona McAllister", "Seán O'Brien", "Yusuf bin Salim")
_PREFIXED_SURNAME_RE = re.compile(
    r"(?<![\p{L}\-])(?P<first>\p{Lu}\p{Ll}{1,15})[ \t](?P<last>"
    r"(?:al|el|ad|ed|ud|ul|as|ar|az|ash|abd|abu|bin|ibn|bint|ould|Al|El|Abu|Abd)-\p{L}\p{Ll}{2,20}"
    r"|(?:Mc|Mac|O['\u2019])\p{Lu}\p{Ll}{2,20}"
    r"|(?:bin|ibn|bint|abu)[ \t]\p{Lu}\p{Ll}{2,20})(?![\p{L}])")
_PREFIX_CUES = ("l-", "d-", "s-", "r-", "z-", "h-", "u-", "n-", "t-", "Mc", "Mac", "O'", "O\u2019", "bin ", "ibn ", "abu ")


def _is_thing_name(redactor: "Redactor", word: str) -> bool:
    """A place, an organisation's word, a name of :func:`keep_names`, an everyday word or two joined
    ("Socialjouren"): no person's name."""
    zipf = redactor.lex.zipf(word)
    return redactor._is_place(word) or _institution_word(word) or bool(_keep_names_by_word().get(word.casefold())) \
        or zipf >= redactor.EVERYDAY_ZIPF or zipf == 0 and len(word) >= 9 and _noun_compound(redactor, word)


_DEFINITE_ENDINGS = ("en", "et", "n", "t", "na", "")


def _noun_compound(redactor: "Redactor", word: str) -> bool:
    """Whether a long word in no list is two words of the list joined, the last maybe in its definite form
    ("Socialjouren", "Familjestödet"): a service's or an organisation's name, not a person's."""
    low, zipf = word.casefold(), redactor.lex.zipf
    for k in range(3, len(low) - 3):
        head, tail = low[:k], low[k:]
        if zipf(head) < 3.5 and not (head[-1] in "se" and zipf(head[:-1]) >= 3.5):  # ("Familje-", "Ungdoms-")
            continue
        if any(tail.endswith(e) and len(tail) - len(e) >= 3 and zipf(tail[:len(tail) - len(e)]) >= 3.0
               for e in _DEFINITE_ENDINGS):
            return True
    return False


def _institution_after(text: str, end: int) -> bool:
    """Whether an organisation's word follows ``end`` ("Ronald McDonald Hus"): the name before is the institution's."""
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and _institution_word(m.group(1))


def _same_sentence(text: str, start: int, end: int) -> bool:
    return _SENTENCE_BREAK_RE.search(text, start, end) is None


def _words_written_again(redactor: "Redactor", text: str, words: set[str]) -> list[tuple[int, int]]:
    """Every place where ``text`` writes one of ``words`` as a whole word (:func:`_whole_word_spans`), no hyphen
    after it: a name the text has given a person, written alone again ("… kallad Majsan … hos Majsan"); not after a
    capitalised word that is no everyday word at a sentence's start: part of a longer name ("Klubb Viggo", where
    "Viggo Sandell, kurator" is a person)."""
    return [(start, end) for start, end, _ in _whole_word_spans(text, words)
            if text[end:end + 1] != "-" and not _part_of_longer_name(redactor, text, start)]


def _part_of_longer_name(redactor: "Redactor", text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a capitalised word that makes it part of a longer name ("Klubb Viggo");
    an everyday word at a sentence's start does not ("Tack Majsan", "Enligt Bosse")."""
    at, before = _word_span_before(text, start)
    return before[:1].isupper() and not (_before_is_sentence_start(text, at)
                                         and redactor.lex.zipf(before) >= redactor.EVERYDAY_ZIPF)


def _called_and_prefixed_name_spans(redactor: "Redactor", text: str, found: list) -> list[tuple[int, int]]:
    """Names the text gives a person by what it does with them, each looked for only where a substring shows its cue:
    a nickname after a verb of calling in the sentence of a name found ("[Mai-Britt Holm] – av alla kallad
    Majsan"); a capitalised word between a call ("ring", "sms:a", "mejla", "kontakta") and "på"/"via" before a
    phone number or an e-mail address found ("ring Gosia på [telefon]"); a first name before a surname with an
    Arabic particle or a Gaelic prefix ("Mahmoud al-Jaberi", "Fiona McAllister"). Each such nickname or first name
    written alone again in the text goes too ("… hos Majsan"); places, organisations' words, kept names and
    everyday words never."""
    spans: list[tuple[int, int]] = []
    again: set[str] = set()
    names = [(s, e) for s, e, kind in found if kind == NAME]
    if names and "kalla" in text:
        for m in _CALLED_RE.finditer(text):
            nick = m["nick"]
            if _is_thing_name(redactor, nick):
                continue
            thing = _CALLED_THING_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
            if thing is not None and thing["noun"] not in ("som", "alla", "vi", "de", "hon", "han", "hen", "man") \
                    and not _person_word(thing["noun"]) and redactor.lex.zipf(thing["noun"]) >= _CALLED_THING_ZIPF:
                continue
            if any(e <= m.start() and m.start() - e <= 60 and _same_sentence(text, e, m.start()) for s, e in names):
                spans.append(m.span("nick"))
                again.add(nick)
    if any(kind in (PHONE, EMAIL) for _, _, kind in found) and any(cue in text for cue in _CALL_CUES):
        reached = [s for s, _, kind in found if kind in (PHONE, EMAIL)]
        for m in _CALL_NAME_RE.finditer(text):
            name = m["name"]
            if _is_thing_name(redactor, name) or not any(0 <= s - m.end() <= 12 for s in reached):
                continue
            spans.append(m.span("name"))
            again.add(name)
    if any(cue in text for cue in _PREFIX_CUES):
        for m in _PREFIXED_SURNAME_RE.finditer(text):
            first = m["first"]
            known = first.casefold() in redactor.lex.first_sv or first.casefold() in redactor.lex.first_other
            if not (known or redactor._unknown_word(first)) or _is_thing_name(redactor, first) \
                    or _institution_after(text, m.end()):
                continue
            spans.append(m.span())
    if again:
        spans += _words_written_again(redactor, text, again)
    return spans


# a role's word after a comma, maybe with a capitalised prefix and a hyphen ("IT-samordnare", "BUP-kurator")
_COMMA_ROLE_RE = re.compile(r",[ \t](?:\p{Lu}{2,5}-)?(?P<role>\p{Ll}[\p{Ll}\-]{3,30})(?![\p{L}])")
_TWO_WORDS_BEFORE_RE = re.compile(r"(?<![\p{L}\-])(?P<first>\p{Lu}\p{Ll}{1,15})[ \t](?P<last>\p{Lu}\p{Ll}{2,20}(?:-\p{Lu}\p{Ll}{2,20})?)$")
# after "av", "med", "till", "hos", "genom" or "och": two or three capitalised words ("av Maxamed Axmed Cali") or a word and
# a hyphenated pair of syllables in small letters ("av kim seo-jun"), before a clause's end, "och" or "som"
_AGENT_CUES = (" av ", " med ", " till ", " hos ", " genom ", " och ")
_AGENT_CAPITALISED_RE = re.compile(
    r"(?P<name>\p{Lu}\p{Ll}{2,15}(?:[ \t]\p{Lu}\p{Ll}{2,15}){1,2})"
    r"(?=[ \t]*(?:[,.;:)!?]|$)|[ \t](?:och|samt|som|från|eller)[ \t])", re.MULTILINE)
_AGENT_SMALL_RE = re.compile(
    r"(?P<name>(?P<family>\p{Ll}{2,6})[ \t](?P<given>\p{Ll}{2,4}-\p{Ll}{2,4}))"
    r"(?=[ \t]*(?:[,.;:)!?]|$)|[ \t](?:och|samt|som|från|eller)[ \t])", re.MULTILINE)


def _role_comma_and_agent_name_spans(redactor: "Redactor", text: str) -> list[tuple[int, int]]:
    """Names a person's place in the sentence shows, though the name data reads a word otherwise, each looked for
    where a substring finds its cue: a capitalised word (an everyday word we know as a nickname too: "Bosse")
    before a surname we know that is no frequent word ("Strand") and a comma and a role ("Enligt Bosse Nyberg,
    IT-samordnare,"), its first word then
    alone in the text too; after "av", "med", "till", "hos" or "genom", two or three capitalised words of which two
    are in no word list and none a place, an organisation's, a kept or an everyday word ("av Maxamed Axmed Cali"),
    or a name in small letters with a hyphenated given name of two syllables ("av kim seo-jun": a family name we
    know, syllables that make no word)."""
    spans: list[tuple[int, int]] = []
    again: set[str] = set()
    if ", " in text:
        i = text.find(", ")
        while i >= 0:
            m = _COMMA_ROLE_RE.match(text, i)
            if m is not None and _person_word(m["role"].rsplit("-", 1)[-1]):
                pair = _TWO_WORDS_BEFORE_RE.search(text, max(0, i - 40), i)
                if pair is not None:
                    first, last = pair["first"], pair["last"]
                    if redactor._known_surname(last, None) and redactor.lex.zipf(last) < 4.0 and not _is_thing_name(redactor, first) and not _is_thing_name(redactor, last) \
                            and not _person_word(first.casefold()):
                        spans.append(pair.span())
                        again.add(first)
            i = text.find(", ", i + 2)
    for cue in _AGENT_CUES:
        i = text.find(cue)
        while i >= 0:
            at = i + len(cue)
            i = text.find(cue, at)
            head = text[at:at + 1]
            if head.isupper():
                m = _AGENT_CAPITALISED_RE.match(text, at)
                if m is None:
                    continue
                words = m["name"].split()
                if sum(redactor.lex.zipf(w) == 0 for w in words) >= 2 \
                        and not any(_is_thing_name(redactor, w) for w in words) and not _institution_after(text, m.end()):
                    spans.append(m.span("name"))
            elif head.islower():
                m = _AGENT_SMALL_RE.match(text, at)
                if m is None:
                    continue
                family, given = m["family"], m["given"]
                key = family.capitalize()
                if (family in redactor.lex.first_other or redactor._known_surname(key, None)) \
                        and redactor.lex.zipf(given) == 0 and not redactor._is_place(family) \
                        and redactor.lex.zipf(family) < redactor.EVERYDAY_ZIPF:
                    spans.append(m.span("name"))
    if again:
        spans += _words_written_again(redactor, text, again)
    return spans
