"""Positions: the patterns of names in person positions, read by Redactor._person_position_spans.

In:  a text (one line or more).
Out: the patterns and word lists of the places the text's own words make a person's: initials after a role or
     "av", signatures after a slash or a date, first names after a role or a greeting, families, handles,
     surname-first rows; ``_signature_spans`` and the helpers that read a word before or after a name.
"""

from __future__ import annotations

import re as plain_re
import regex as re

from .text import _L1_WORD, _LATIN1_LETTERS, _LATIN1_LOWER, _LATIN1_UPPER
from .name_data import _default_redactor, _keep_names_by_word, lexicon
from .tokens import _LETTER_RE


# --- names in person positions: initials, signatures, roles, greetings, families, handles (Redactor._person_position_spans) ---
# two or three initials with dots after "av" or "från" (a colon may follow the word): "Antecknat av J.O.", "från H.B.,"
_INITIALS_AFTER_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?i:av|från):?[ \t]{1,2}(?P<initials>\p{Lu}\.(?:[ \t]?\p{Lu}\.){1,2})(?![\p{L}\p{N}\-])"
)
# two or three initials with dots (a part may be hyphenated: "Y.E-S.") after a role word or a label of minutes
# ("barnombuden A.N. och J.M.", "Dokumentation: E.G. och Y.E-S."), each of a chain joined by "och", "&" or a comma
_INITIAL_DOTS = r"\p{Lu}\.(?:[ \t]?\p{Lu}(?:-\p{Lu})?\.){1,2}(?![\p{L}\p{N}\-])"
_ROLE_INITIALS_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?P<word>\p{{L}}+):?[ \t]{{1,2}}(?P<chain>{_INITIAL_DOTS}(?:[ \t]{{0,2}}(?:,|&|och)[ \t]{{1,2}}{_INITIAL_DOTS})*)"
)
_INITIAL_DOTS_RE = re.compile(_INITIAL_DOTS)
# two initials with dots hold a capital, a dot, perhaps a blank and a capital (found by the dot, the capital
# before it looked behind for: the engine then skips to the dots; tests/test_fast_paths.py compares)
_INITIALS_HINT_RE = re.compile(r"\.(?<=\p{Lu}\.)[ \t]?\p{Lu}")
_MINUTES_LABELS = frozenset({"dokumentation", "anteckningar", "antecknat", "antecknare", "sekreterare", "justeras",
                             "justerare", "moderator", "protokoll", "protokollförare", "signatur", "sign", "text", "foto",
                             "sammankallande"})  # (round 28: "Sammankallande: T.L.B.")
# initials signed after one slash or two ("/AB", "//AB", with a particle's small letters "/AvH"), alone on a line or after a sentence's or a clause's end, ending the line or a bracket
_SLASH_SIGNATURE_RE = re.compile(
    r"(?:^|(?<=[,.;:!?][ \t]{1,3}))[ \t]{0,3}(?P<initials>/{1,2}(?:\p{Lu}{2,4}|\p{Lu}\p{Ll}{1,3}\p{Lu}\p{Lu}?))[ \t]{0,3}(?=$|[\])])",
    re.MULTILINE
)
# a first name with one initial and a dot that no capitalised word follows: "Aino K. eller", "hälsar Aino K."
_FIRST_INITIAL_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]\p{Lu}\.(?![\p{L}\p{N}\-]|[ \t]?\p{Lu})"
)
# a blank, a capital and a dot: held by every match of both patterns above ("av J.O.", "Aino K."), found faster
# (tried at each dot, the blank and the capital looked behind)
_BLANK_INITIAL_RE = re.compile(r"\.(?<=[ \t]\p{Lu}\.)")
# a first name signed after one slash or two on a line of its own: "/Johanna", "//Johanna"
_SLASH_FIRST_NAME_RE = re.compile(r"^[ \t]*(?P<name>/{1,2}\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]*$", re.MULTILINE)
_SLASHED_LOWER_INITIALS_RE = re.compile(
    r"(?<![\p{L}\p{N}/@.])(?P<initials>\p{Ll}{2,3}(?:/\p{Ll}{2,3}){1,3})(?![\p{L}\p{N}/.@])(?:[ \t]\((?P<names>[^()\n]{3,160})\))?"
)
_BRACKET_NAME_PAIR_RE = re.compile(r"(\p{Lu})\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ ](\p{Lu})\p{Ll}+")
_QUOTE = "[\"\u201c\u201d\u00ab\u00bb]"
# a nickname in quotes between a first name and a surname: 'Gustav "Gurra" Persson', also after a first surname
# ('Erik Johansson ”Jonte” Fahlén')
_NICKNAME_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<first>\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?)(?:[ \t](?P<mid>\p{{Lu}}[\p{{Ll}}\p{{M}}]+(?:-\p{{Lu}}[\p{{Ll}}\p{{M}}]+)?))?"
    rf"[ \t]{_QUOTE}(?P<nick>\p{{Lu}}\p{{Ll}}+){_QUOTE}"
    r"[ \t](?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\p{M}\-])"
)
# the same with the nickname in brackets ("Ann-Charlotte (Lotta) Hagström"), looked for only on the lines holding
# a word in brackets and a blank after it (every match holds one: _BRACKET_WORD_HINT_RE)
# (also in quotes inside the brackets: 'Ann-Charlotte ("Lotta") Hagström')
_BRACKET_NICKNAME_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<first>\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?)[ \t]\({_QUOTE}?(?P<nick>\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?){_QUOTE}?\)"
    r"[ \t](?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\p{M}\-])"
)
_BRACKET_WORD_HINT_RE = plain_re.compile(r"\([\"\u201c\u201d\u00ab\u00bb]?[^\W\d_]+(?:-[^\W\d_]+)?[\"\u201c\u201d\u00ab\u00bb]?\)[ \t]")
# two capitalised words after a word (a role or "av", read by _word_span_before): "Socionom Chidi Okonkwo-Lindahl",
# "leds av Mohammed Al-Khatib"
_PERSON_WORD_NAME_RE = re.compile(
    r"(?<=\p{L}[ \t]{1,2})(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]"
    r"(?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\p{M}\-])"
)
_SWEDISH_ONLY_LETTERS = frozenset("åäö")
# the whole word: "Jocke", "Kicki" (not the start of a longer word: "Kommissionen", "Kassan")
_PET_NAME_RE = re.compile(r"\p{Lu}[a-zåäö]{0,3}(?:bb|dd|ff|gg|kk|ck|ll|mm|nn|pp|ss|tt|zz)[aeio]")
_THING_PREPOSITIONS = frozenset({"i", "inom", "på", "vid"})  # "utbildade i Marte Meo", "en utställning på X Y"
_NEXT_WORD_RE = re.compile(r"[ \t]{1,2}([\p{L}\p{M}\-]+)")
# words that name a person's role (as the end of a compound too: "utvecklingsledaren", "barnsjuksköterska")
_ROLE_ENDINGS = (
    "ledare", "ledaren", "samordnare", "samordnaren", "behandlare", "behandlaren", "handläggare", "handläggaren",
    "chef", "chefen", "socionom", "socionomen", "kurator", "kuratorn", "psykolog", "psykologen", "sköterska",
    "sköterskan", "läkare", "läkaren", "ombud", "ombudet", "rektor", "rektorn", "ordförande", "ordföranden",
    "sekreterare", "sekreteraren", "diakon", "diakonen", "präst", "prästen", "pedagog", "pedagogen", "terapeut",
    "terapeuten", "forskare", "forskaren", "doktorand", "doktoranden", "professor", "professorn", "docent",
    "docenten", "assistent", "assistenten", "strateg", "strategen", "utredare", "utredaren", "stödjare", "stödjaren",
    "konsulent", "konsulenten", "moderator", "moderatorn", "ansvarig", "politiker", "politikern", "kollega", "kollegan",
    "granskare", "granskaren", "översättare", "översättaren", "tolk", "tolken", "lärare", "läraren",
    "kontaktperson", "kontaktpersonen", "jurist", "juristen", "medarbetare", "medarbetaren",
    "utbildare", "utbildaren", "utbildarna",
    # plural: "barnombuden A.N. och J.M."
    "ombuden", "ledarna", "samordnarna", "kuratorerna", "handläggarna", "behandlarna", "konsulenterna",
    "sköterskorna", "läkarna", "psykologerna", "socionomerna", "pedagogerna", "terapeuterna",
    # plural without article: "X och Y (anhörigkonsulenter)"
    "konsulenter", "kuratorer", "psykologer", "socionomer", "pedagoger", "terapeuter", "sköterskor", "assistenter",
)
# _PERSON_WORD_NAME_RE for the standard library's engine on texts of Latin-1 letters, with the blank before the
# name in place of the look-behind (Redactor._person_word_names checks the letter before it)
_FAST_PERSON_WORD_NAME_RE = plain_re.compile(
    rf"[ \t](?P<first>{_L1_WORD}(?:-{_L1_WORD})?)[ \t](?P<last>{_L1_WORD}(?:-{_L1_WORD})*)(?![{_LATIN1_LETTERS}\-])"
)
_LATIN1_LETTER_SET = frozenset(ch for ch in map(chr, range(256)) if plain_re.fullmatch(f"[{_LATIN1_LETTERS}]", ch))
# the first part of a hyphenated surname from abroad: "Al-Khatib", "El-Sayed", "Abu-Bakr", "Ben-Ali"
# endings of Swedish surnames made of two words ("Strömgren", "Hultqvist", "Almstedt"): a rare word ending so is a
# surname after a first name that also names a place ("Dorotea Strömgren")
# (one list for every rule that asks: round 25 had defined it again with these endings, and Python rebinds the
# name, so every user already got this list when called)
_SURNAME_ENDINGS = ("son", "ström", "berg", "gren", "qvist", "kvist", "lund", "dahl", "stedt", "holm", "blad", "fors")
# how the names of Swedish villages and districts end ("Ersboda", "Tomtebo", "Mariehem", "Gottsunda", "Rinkeby"):
# a word we do not know after a full name that ends so is the place the person is at, not a further surname
_PLACE_ENDINGS = ("boda", "bo", "hem", "by", "torp", "hult", "ryd", "sunda", "lunda", "tuna", "inge", "köping", "vik",
                  "näs", "backa", "hed", "heden", "hagen", "sta", "stad", "fors", "malm", "vall", "åker", "löv")
_SURNAME_PREFIXES = frozenset({"al", "el", "abu", "abd", "ben", "bin", "ibn", "ould", "ait", "sankt"})
# organisations' endings that a place's ending ends ("behandlingshem", "hemmet" are no district's)
_DISTRICT_NOT_ENDINGS = ("hemmet", "barnhem", "vårdhem", "ungdomshem", "behandlingshem", "äldrehem", "sjukhem")
# words naming a relative (a family word before a name places a person: "Pappan Yonas …", "Dottern Selam"), also
# as the end of a compound ("familjehemsmamma", "bonuspappan")
_FAMILY_WORDS = frozenset({"dotter", "dottern", "sonen", "bror", "brodern", "syster", "systern", "förälder", "föräldern",
                          "vårdnadshavare", "vårdnadshavaren"})
_FAMILY_ENDINGS = ("mamma", "mamman", "pappa", "pappan")
# "Vår konsulent heter X Y", "Samordnare är X Y": a verb that names, after a role
_NAMING_VERBS = frozenset({"heter", "är", "blir", "blev"})
# verbs that address the person named right after them ("Kontakta X Y", "Mejla X Y"), and those that do so with
# "till" after them, a few words between allowed ("Skicka anmälan till X Y", "Vänd dig till X Y", "Hör av er till")
_ADDRESSING_VERBS = frozenset({"kontakta", "mejla", "maila", "ring", "ringa", "smsa"})
_ADDRESSING_TILL_RE = plain_re.compile(
    r"(?<![^\W\d_])(?i:skicka|skickas|mejla|mejlas|maila|mailas|ring|ringa|vänd|vänder|hör[ \t]av|skriv|anmäl|anmälan|"
    r"anmälningar|frågor|lämna|lämnas|posta|sms:a|smsa)(?:[ \t]{1,2}[^\W\d_]+){0,3}[ \t]{1,2}$")


# a login after "användare" ("exporterad av användare anna_s", "Användarnamn: lili01")
_USER_LOGIN_RE = plain_re.compile(r"(?i:användare|användarnamn|användarnamnet)[ \t]?:?[ \t]{1,2}(?P<login>[A-Za-z][A-Za-z0-9_.\-]{1,29}[A-Za-z0-9])(?![\w@])")
# a family's surname before "-familjen" ("Lind-familjen")
_FAMILY_SUFFIX_RE = re.compile(r"(?<![\p{L}\p{M}\-])(?P<surname>\p{Lu}\p{Ll}+)-familjen(?![\p{L}\p{M}])")


# the end of a role's word and the blank after it, before a name in lower case: every role's word of _ROLE_ENDINGS
# without its first letter (also capitalised, starting a sentence: "Kurator anna lind", "Terapeuten tiina korhonen";
# and "anhörigkonsulent aino hämäläinen"); the word itself is checked where a hint is found
_LOWER_ROLE_HINTS = tuple(dict.fromkeys(
    ("urator ", "uratorn ", "sköterska ", "sköterskan ", "sykolog ", "sykologen ", "amordnare ", "amordnaren ",
     "ledare ", "ledaren ", "ocionom ", "ocionomen ", "läkare ", "läkaren ") + tuple(e[1:] + " " for e in _ROLE_ENDINGS)))


def _hint_stems(hints: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each hint of ``hints`` (each a word's end and a blank) with the shortest of their words (the hint without
    its blank) that it holds ("urator" for "urator " and "uratorn ", "skola" for "förskolan "): a text without
    that word holds no such hint, so the hints sharing it are looked for only where one find found it."""
    return tuple((hint, min((h[:-1] for h in hints if h[:-1] in hint), key=len)) for hint in hints)


def _hints_in(pairs: tuple[tuple[str, str], ...], text: str):
    """The hints of ``pairs`` (from :func:`_hint_stems`) whose word ``text`` holds, in order: the others it does
    not hold (tests/test_fast_paths.py compares with every hint looked for)."""
    present: dict[str, bool] = {}
    for hint, stem in pairs:
        seen = present.get(stem)
        if seen is None:
            seen = present[stem] = stem in text
        if seen:
            yield hint


_LOWER_ROLE_STEMS = _hint_stems(_LOWER_ROLE_HINTS + ("jag, ",))
_LOWER_WORD = r"[\p{Ll}][\p{Ll}\p{M}]+"
# a first name (hyphenated too: "ann-britt") and a surname, with name particles before it ("af klercker"), all lower case
_LOWER_PARTICLES = r"(?:af|von|van|der|da|di|del|della|dos|das|du)"
_LOWER_NAME_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<first>{_LOWER_WORD}(?:-{_LOWER_WORD})?)[ \t]"
    rf"(?P<last>(?:{_LOWER_PARTICLES}[ \t]){{0,2}}{_LOWER_WORD}(?:-{_LOWER_WORD})?)(?![\p{{L}}\p{{M}}\-])"
)
_LOWER_PAIR_BEFORE_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<first>{_LOWER_WORD})[ \t](?P<last>{_LOWER_WORD}(?:-{_LOWER_WORD})?)$")
# a name in lower case after "av": a first name, or initials with a dash ("a-k"), and a surname ("av a-k lindgren")
_LOWER_AV_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])av[ \t](?P<name>(?P<first>\p{Ll}-\p{Ll}|\p{Ll}[\p{Ll}\p{M}]+)[ \t]"
    r"(?P<particle>(?:al|el|abu|abd|ben|bin|ibn|ait|ould)-)?(?P<last>\p{Ll}[\p{Ll}\p{M}]+))(?![\p{L}\p{M}\-])")
# a name in lower case signed after a slash, a role after a comma or the line's end after it ("/mona k, kurator")
_LOWER_SLASH_NAME_RE = re.compile(
    r"(?<![\p{L}\p{N}/])/{1,2}(?P<name>(?P<first>\p{Ll}[\p{Ll}\p{M}]+)(?:[ ](?P<last>\p{Ll}[\p{Ll}\p{M}]*)\.?)?)"
    r"(?=[ \t]*(?:,[ \t]{0,2}(?P<role>[\p{L}\-]+)|$))", re.MULTILINE)
# a host name right after the word for a blog: "hennes blogg barnsomanhoriga.ritvakb.se", "bloggen (https://…)"
_BLOG_HOST_RE = re.compile(
    r"(?<![\p{L}])(?i:blogg|bloggen|bloggar|bloggarna)[ \t]{1,2}(?:[(:][ \t]?)?(?P<host>(?:https?://)?(?:www\.)?"
    r"(?:[a-z0-9](?:[a-z0-9\-]{0,40}[a-z0-9])?\.){1,3}[a-z]{2,6})(?![\w\-]|\.[a-z0-9])")
_ME_AFTER_RE = re.compile(r"[ \t]och[ \t]jag(?![\p{L}])")
# a first name alone asked to be called or written to: "Ring Lisa eller Omar", "Kontakta Lisa och …", "Mejla Lisa: …",
# "Ring Lisa på 070-…", "Kontakta Lisa om …", "Skicka till Lise-Marie.", "Vänd dig till Omar eller …" (a double name
# too; not "Fråga X om": a service's name, "Fråga Doktorn om …")
_CALLED_NAME = r"(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
_CALL_VERB = r"(?:[Rr]ing|[Kk]ontakta|[Mm]ejla|[Mm]aila|[Ss]ms:a|[Ss]msa|(?:[Ss]kicka|[Mm]ejla|[Mm]aila|[Vv]änd[ \t](?:dig|er)|[Hh]ör[ \t]av[ \t](?:dig|er))[ \t]till)"
# two capitalised words inside a sentence, after a word in lower case or a comma (Latin letters: names of the name
# data are written so), read by Redactor._rare_word_surname_spans
_RARE_PAIR_RE = plain_re.compile(
    r"(?:(?<![^\W\d_])(?P<before>[a-zåäöéü]+)|,)[ ](?P<name>(?P<first>[A-ZÅÄÖ][a-zåäöéü]+)[ ]"
    r"(?P<last>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?))(?![^\W\d_]|-)")
# what every match of it holds on its line (a blank first: the search skips to the blanks)
_RARE_PAIR_HINT_RE = plain_re.compile(r" [A-ZÅÄÖ][a-zåäöéü]+ [A-ZÅÄÖ]")
# a lower-case first name called or written to (:meth:`Redactor._lower_called_first_name_spans`): the words before it
# and after it
_CALLED_BEFORE_RE = plain_re.compile(
    r"(?<![^\W\d_])(?i:ring|ringa|kontakta|mejla|maila|sms:a|smsa|fråga|till|med|hos)[ \t]$")
_CALLED_AFTER_RE = plain_re.compile(r"[ \t](?:via|på|om|eller|och|som)[ \t]|[ \t]?[,.:;!?)](?:[ \t\n]|$)|[ \t]*$", plain_re.MULTILINE)
_CALL_FIRST_NAME_RE = re.compile(
    rf"(?<![\p{{L}}])(?:{_CALL_VERB}[ \t]{_CALLED_NAME}[ \t](?:på|om)[ \t]"
    rf"|(?:{_CALL_VERB}|[Ff]råga)[ \t]{_CALLED_NAME}(?:[ \t](?:eller|och)[ \t]|[ \t]?:[ \t]|[.!](?=[ \t\n]|$)))")
# what every match of it holds: the end of its word, a blank and a letter that is no small Swedish one (the
# standard library's engine; a capital of \p{Lu} is a letter, [^\W\d_], and none of a-zåäöéü): most pages hold
# "ing " often, but seldom before a capital
_CALL_HINT_RE = plain_re.compile(r"(?:ing|ontakta|ejla|aila|råga|ms:a|msa|till)[ \t][^\W\d_a-zåäöéü]")
# a first name after a greeting that closes a message: "Mvh X", "Hälsningar X", "hälsar X"
_GREETING_FIRST_NAME_RE = re.compile(
    r"(?<![\p{L}])(?i:mvh|hälsningar|hälsar|kram|kramar|hej)[,:]?[ \t]{1,2}(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\-])")
# one first name alone after a role ("Ordföranden X hälsade", "Handläggare X."): no capitalised word after it
_ROLE_FIRST_NAME_RE = re.compile(
    r"(?<![\p{L}\p{M}])(?P<role>\p{L}+)[ ](?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=[.,;:!?)]|[ \t]*$|[ ]\p{Ll}|[ ][\u2013\u2014][ ])",
    re.MULTILINE,
)
# what such a name needs (the standard library's engine, no alternation: each word before it is asked
# whether it is a role's, with str.endswith)
_ROLE_FIRST_NAME_HINT_RE = plain_re.compile(
    r"(?<![^\W\d_])([^\W\d_]{4,}) [A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ][^\W\d_]+)?(?=[.,;:!?)]|[ \t]*$| [^\W\d_A-ZÅÄÖ]| [\u2013\u2014] )",
    plain_re.MULTILINE)
# a blank and a capital: what every match of the hint above holds right after its word
_CAPITAL_AFTER_BLANK_RE = plain_re.compile(r" [A-ZÅÄÖ]")
_ROLE_ENDING_REACH = max(map(len, _ROLE_ENDINGS))


def _role_first_name_hint(text: str) -> bool:
    """Whether a word of :data:`_ROLE_FIRST_NAME_HINT_RE` in ``text`` ends (casefolded) in a role's ending.

    The hint is searched only on the lines where a blank and a capital follow such an ending (the last
    _ROLE_ENDING_REACH characters before the blank, casefolded, end in one: so do they whenever the word does,
    as casefolding makes no character shorter). The hint's matches hold no line break, its look-behind reads
    the text before a line's start and its ``$`` a line's end as the text's end, so this answers as the hint
    over the whole text does (tests/test_fast_paths.py compares)."""
    searched = -1  # the end of the last line searched
    for blank in _CAPITAL_AFTER_BLANK_RE.finditer(text):
        at = blank.start()
        if at < searched or not text[max(0, at - _ROLE_ENDING_REACH):at].casefold().endswith(_ROLE_ENDINGS):
            continue
        start = text.rfind("\n", 0, at) + 1
        searched = text.find("\n", at)
        if searched < 0:
            searched = len(text)
        if any(m[1].casefold().endswith(_ROLE_ENDINGS) for m in _ROLE_FIRST_NAME_HINT_RE.finditer(text, start, searched)):
            return True
    return False


_GREETING_HINTS = ("vh", "VH", "älsn", "ÄLSN", "älsar", "Kram", "kram", "KRAM", "Hej", "hej", "HEJ")
_GREETING_HINT_RE = plain_re.compile("|".join(_GREETING_HINTS))  # any of them in a text: one pass, not eleven


# initials signed after a slash at a line's start, before a date: "/AB 2013-09-12"
_DATED_SIGNATURE_RE = plain_re.compile(r"^[ \t]*(?P<initials>/[A-ZÅÄÖ]{2,3})[ \t]+(?:19|20)\d\d-\d\d-\d\d[ \t]*$", plain_re.MULTILINE)
# a double first name's initials before a surname: "A-M Lind", "K-G Holm"
# what such a name holds (Latin letters: "X-Y "), tried at each hyphen (the letter before it looked behind)
_HYPHEN_INITIALS_HINT_RE = plain_re.compile(r"-(?<=[A-ZÅÄÖ]-)[A-ZÅÄÖ] ")
_HYPHEN_INITIALS_NAME_RE = re.compile(r"(?<![\p{L}\p{N}\-])\p{Lu}-\p{Lu}[ \t](?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\-])")


def _login(word: str) -> bool:
    """Whether a word after "användare" is a login: it holds a digit, "_" or ".", or capitals after its first
    letter ("MarleneV"), or is no Swedish word ("användare som …" is none)."""
    return any(ch.isdigit() or ch in "_." for ch in word) or any(ch.isupper() for ch in word[1:]) \
        or not lexicon().is_common(word)


def _family_word(word: str) -> bool:
    """Whether a (casefolded) word names a relative: "dottern", "familjehemsmamma"."""
    return word in _FAMILY_WORDS or word.endswith(_FAMILY_ENDINGS)


# a name coordinated with a name found (Redactor._beside_name_spans): "… och Ola Berg", "Kim och …"
_NAME_WORD = r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*"
_AND_NAME_AFTER_RE = re.compile(rf"[ \t](?:och|eller|samt|&|resp\.|respektive)[ \t](?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})(?![\p{{L}}\p{{M}}\-])")
_AND_NAME_BEFORE_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-])(?P<name>{_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})[ \t](?:och|eller|samt|&|resp\.|respektive)[ \t]$")
# an organisation's name going on after a coordinated name: a genitive and a capitalised word, an organisation's word
_ORG_AFTER_WORDS = r"(?i:stiftelse|stiftelsen|fond|fonden|hus|huset|gården|minne|skola|skolan|gymnasium|förening|föreningen|pris|priset|stipendium|rummet|gruppen)"
_ORG_AFTER_RE = re.compile(
    rf"s?[ \t]+(?:\p{{Lu}}[\p{{Ll}}\p{{M}}]*s[ \t]+)?\p{{Lu}}?[\p{{Ll}}\p{{M}}]*{_ORG_AFTER_WORDS}(?![\p{{L}}])"
    r"|s[ \t]+\p{Lu}")
# a couple's names starting an organisation's name, after the first of them: "(Kjell) och Märta Beijers Stiftelse"
_COUPLE_ORG_RE = re.compile(
    rf"[ \t]och[ \t]{_NAME_WORD}(?:[ ]{_NAME_WORD})?s[ \t]+\p{{Lu}}?[\p{{Ll}}\p{{M}}]*{_ORG_AFTER_WORDS}(?![\p{{L}}])")
# a first name after a surname in a table's row, a column's gap or the line's end after it: "Ek Anna<TAB>kurator"
_ROW_FIRST_NAME_AFTER_RE = re.compile(rf"[ ](?P<first>{_NAME_WORD})(?=\t|[ ]{{2,}}|[ \t]*$)", re.MULTILINE)
# a word starting an item of a list (after a colon, a comma, a semicolon, a bracket or at a line's start) right
# before a name: the name's first word when the data does not know it
_LIST_FIRST_BEFORE_RE = re.compile(rf"(?:^|[:,;(][ \t]{{1,2}})(?P<first>\p{{Lu}}\p{{Ll}}+(?:-\p{{Lu}}\p{{Ll}}+)?)[ ]$", re.MULTILINE)
_SURNAME_BEFORE_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-])(?P<last>{_NAME_WORD})[ ]$")
# a capitalised word right after a full name (a second surname), and the word after it
_SECOND_SURNAME_AFTER_RE = re.compile(rf"[ ](?P<last>{_NAME_WORD})(?![\p{{L}}\p{{M}}\-])(?:[ ](?P<next>[\p{{L}}\p{{M}}\-]+))?")
# a first name after a surname and a comma, a bracket or a table cell's end after it: "[Ek], Vendela (kurator)"
_FIRST_AFTER_SURNAME_RE = re.compile(rf",[ ](?P<first>{_NAME_WORD})(?=[ ]\(|[ ]?[;\t|]|[ ]*$)", re.MULTILINE)
# a signature's first name or nickname after one or two slashes, before the full name in brackets: "//Kicki (…"
_SLASH_NICKNAME_BEFORE_RE = re.compile(rf"(?:^|(?<=[ \t]))/{{1,2}}(?P<nick>{_NAME_WORD})[ ]?\($", re.MULTILINE)
# a table's cell holding "Surname, First name" (the cell's first name found): "…;Ek, Vendela;…", "|Ek, Vendela|"
_CELL_SURNAME_BEFORE_RE = re.compile(rf"(?:^|(?P<sep>[;\t|]))[ ]?(?P<last>{_NAME_WORD}),[ ]$", re.MULTILINE)
# a lower-case particle joined by a hyphen to an Arabic surname ("el-Khoury", "al-Hashimi", "bin-Saleh")
_ARABIC_PARTICLE_PREFIX = r"(?:al|el|ad|ed|ud|ul|an|as|ar|at|az|ash|abd|abu|bin|ibn|ben|bint|ould)-"
# a surname (up to two words, particles before it) before a comma and a first name found: "Persson Bäck, [Ulla]",
# "al-Hashimi, [Yasir]"
_SURNAME_COMMA_BEFORE_RE = re.compile(
    rf"(?<![\p{{L}}\p{{M}}\-])(?P<last>(?:(?:van|von|de|der|den|af|la|le|du|da|di|del)[ ]){{0,3}}(?:{_ARABIC_PARTICLE_PREFIX})?{_NAME_WORD}(?:[ ]{_NAME_WORD})?),[ ]$")
# a first name or an initial and particles before a surname found: "P. van der [Linden]", "Rosa de la [Cruz]"
# an item "Surname, First" and "och" before a second one ("Ek, Zofia och [Lind, Per-Erik]")
_SURNAME_FIRST_PAIR_BEFORE_RE = re.compile(rf"(?<![\p{{L}}\p{{M}}\-]){_NAME_WORD},[ ]{_NAME_WORD}[ \t](?:och|samt|eller|&)[ \t]$")
_PARTICLES_BEFORE_RE = re.compile(
    r"(?<![\p{L}\p{M}\-.])(?P<head>\p{Lu}\.|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ ]"
    r"(?:(?:van|von|de|der|den|af|la|le|du|da|di|del|dos|das|ten|ter)[ ]){1,3}$")
_FIRST_NAME_WORD_RE = re.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?")
# first names, a particle between them maybe ("Maria del Carmen", "Anna Maria")
_FIRST_NAMES_RE = re.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ ](?:(?:del|de|da|dos|di)[ ])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,2}")
# where a list's item ends after a first name: a bracket, a separator, a dash, a full stop or the line's end
_LIST_ITEM_END_RE = re.compile(r"[ \t]{0,2}(?:[(;|\t,.]|[\u2013\u2014\-][ \t]|(?:och|samt)[ \t]|$)", re.MULTILINE)
# the next item of a list of names written surname first, after a semicolon: "…; Rexhepi, Arben."
_SIBLING_SURNAME_FIRST_RE = re.compile(
    rf"[ \t]?;[ \t]{{1,2}}(?P<last>{_NAME_WORD}(?:[ ]{_NAME_WORD})?),[ ](?P<first>{_NAME_WORD})"
    r"(?=[ \t]{0,2}(?:[(;|\t,.]|[\u2013\u2014\-][ \t]|$))", re.MULTILINE)
_CELL_END_RE = re.compile(r"[ ]?(?:[;\t|]|$)", re.MULTILINE)


# a first name and one initial (or two with a hyphen) without a dot, nothing after them: "// Ola E", "kallad "Ola B-K""
_FIRST_INITIAL_NO_DOT_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ ](?P<initial>\p{Lu}(?:-\p{Lu})?)(?![\p{L}\p{N}\-.])")
# (a small letter, a blank and a capital: found by the blank, the letter before it looked behind for)
_INITIAL_NO_DOT_HINT_RE = plain_re.compile(r" (?<=[a-zåäöéü] )[A-ZÅÄÖ](?:-[A-ZÅÄÖ])?(?![\w\-.])")
_ROMAN_NUMERALS = frozenset({"I", "V", "X"})  # "Gustav V"
# a user name after "av" or a label: letters and digits with dots or underscores between them ("anna_berg_nka", "a.berg")
_LOGIN_AFTER_RE = plain_re.compile(
    r"(?:(?<![^\W\d_])av|(?i:redaktör|webbredaktör|publicerad av|användare|inlagd av|signatur)[ \t]?:)[ \t]{1,2}"
    r"(?P<login>[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9\-]+)+)(?![\w@]|\.[A-Za-z])")
# a lower-case user name of letters (and digits) alone ending a page's byline: "Publicerad av: abergl",
# "senast ändrad 2024-01-02 av redaktör abergl" (found by its " av", then the byline's word looked for before it)
_BYLINE_LOGIN_RE = plain_re.compile(
    r" av[ \t]?:?[ \t]{1,2}(?:(?i:redaktör|webbredaktör|användare)[ \t]{1,2})?"
    r"(?P<login>[a-z][a-z0-9]{2,11})[ \t]*(?=$|[.,;)<])", plain_re.MULTILINE)  # three letters too: initials ("jwa")
_BYLINE_WORD_BEFORE_RE = plain_re.compile(
    r"(?i:publicerad|publicerat|ändrad|ändrat|uppdaterad|uppdaterat|skriven|skrivet|inlagd|inlagt)"
    r"[ \t]?:?(?:[ \t]+[\d\-]{8,10})?[ \t]*$")
_BYLINE_LOGIN_HINTS = ("ublicer", "ndrad", "ndrat", "pdater", "kriven", "krivet", "nlagd", "nlagt")
# a lower-case user name with a dot or an underscore, no e-mail address: "anna.berg-lind", "annaberg_nka"
_DOTTED_LOGIN_RE = plain_re.compile(r"(?<![\w@.\-/])(?P<login>[a-z]{3,}[._][a-z][a-z\-]+(?:[._][a-z]+)*)(?![\w@/]|\.[a-z])")
# a first name with one or two capitals run on: "AnnaB", "AnnaBK"
_CAPITALS_LOGIN_RE = re.compile(r"(?<![\p{L}\p{N}_@.])(?P<first>\p{Lu}\p{Ll}{2,})\p{Lu}{1,2}(?![\p{L}\p{N}_@])")
_CAPITALS_LOGIN_HINT_RE = plain_re.compile(r"[A-ZÅÄÖ](?<=[a-zåäö][A-ZÅÄÖ])")  # a small letter and a capital
# what every match of both user-name patterns above holds: a letter or digit, a dot or an underscore, a letter,
# digit or hyphen (found by its dot or underscore: the pattern opens with a character, not a look-behind)
_LOGIN_HINT_RE = plain_re.compile(r"[._](?<=[A-Za-z0-9][._])(?=[A-Za-z0-9\-])")


def _login_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of ``text`` holding a :data:`_LOGIN_HINT_RE` match, in order: the only lines where
    :data:`_LOGIN_AFTER_RE` and :data:`_DOTTED_LOGIN_RE` can match. Their matches hold no line break, their
    look-behinds read the text before a line's start, and a line break reads to their look-aheads as the text's
    end does, so searching these lines (``finditer(text, start, end)``) finds exactly the matches of the whole
    text (tests/test_fast_paths.py compares)."""
    lines = []
    m = _LOGIN_HINT_RE.search(text)
    while m is not None:
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if end < 0:
            end = len(text)
        lines.append((start, end))
        m = _LOGIN_HINT_RE.search(text, end)
    return lines


def _addressing_till(text: str, till: int) -> bool:
    """Whether the "till" at ``till`` ends a verb of addressing on its line, a few words between
    (:data:`_ADDRESSING_TILL_RE`): "Skicka anmälan till", "Vänd dig till"."""
    line_start = max(text.rfind("\n", 0, till) + 1, till - 60)
    return _ADDRESSING_TILL_RE.search(text, line_start, till) is not None


def _written_as_name(text: str, head: str) -> bool:
    """Whether ``text`` writes ``head`` (a handle's first part, three letters or more) capitalised before another
    capitalised word, as a name's first word ("Gruppledare Zlatan Hadžiabdić … @zlatan.pratarmedbarn")."""
    if len(head) < 3 or not head.isalpha():
        return False
    word = head[:1].upper() + head[1:].lower() + " "
    i = text.find(word)
    while i >= 0:
        after = i + len(word)
        if (i == 0 or not text[i - 1].isalpha()) and text[after:after + 1].isupper():
            return True
        i = text.find(word, after)
    return False


def _person_word(word: str) -> bool:
    """Whether a (casefolded) word names a person's role or a relative: a person's name may follow it."""
    return word.endswith(_ROLE_ENDINGS) or _family_word(word)


def _word_span_before(text: str, start: int, latin1: bool = False) -> tuple[int, str]:
    """(where it starts, the word) of the word (letters and marks) ending at ``start`` after at most two blanks
    ("" if none); with ``latin1``, for a text of Latin-1 letters, where those are the letters and marks (see
    _FAST_TOKEN_RE)."""
    end = start
    while end > 0 and start - end < 2 and text[end - 1] in " \t":
        end -= 1
    begin = end
    if latin1:
        while begin > 0 and text[begin - 1] in _LATIN1_LETTER_SET:
            begin -= 1
        return begin, text[begin:end]
    while begin > 0 and _LETTER_RE.match(text[begin - 1]):
        begin -= 1
    return begin, text[begin:end]


_ROLE_ALTERNATIVES = "|".join(_ROLE_ENDINGS)
# what after a name with a surname we do not know says a person (after "av"): "från" and a capital ("… från Ájtte"),
# a bracket ("(Eda kommun)"), a comma and a role ("…, anhörigkonsulent")
_PERSON_AFTER_RE = re.compile(  # (round 26: "och hans dotter", "och hennes familj")
    rf"[ \t]{{1,2}}och[ \t](?:hans|hennes)[ \t]|[ \t]{{1,2}}(?:från|vid)[ \t]{{1,2}}\p{{Lu}}|[ \t]{{0,2}}\(|[ \t]{{0,2}},[ \t]{{0,2}}\p{{L}}*(?:{_ROLE_ALTERNATIVES})(?![\p{{L}}])"
)
_NEXT_NAME_WORD_RE = re.compile(r"[ \t](\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*)(?![\p{L}\p{M}\-])")
_CAPITAL_NEXT_RE = re.compile(r"[ \t]{1,2}\p{Lu}")
_LOWER_NEXT_RE = re.compile(r"[ \t]{1,2}\p{Ll}")
# a family word, then a capitalised word alone: "Dottern Selam (…)"; the hint (standard library, cheap) first
# a family word and the blank after it, as written (lower case or capitalised); compounds end in one
# the start of every family word looked for before a name (each looked for in the page in lower case: one scan each)
_FAMILY_ROOTS = ("mamma", "pappa", "dotter", "sonen", "bror", "syster", "familjen", "fam.")
_FAMILY_FIRST_RE = re.compile(r"[ \t]?(?P<first>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{M}\-])")
_FAMILY_APPOSITION_RE = re.compile(  # "mamma, Rasa Petrauskienė,": a full name between commas after a family word
    r"(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ ](?P<last>\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?)(?=[ \t]?[,.)])")
# a name written surname first before a role: "Wójcik, Małgorzata (anhörigkonsulent)", "Abdullahi Farah, Hodan – kurator"
_SURNAME_FIRST_RE = re.compile(
    r"(?<![\p{L}\p{M}\-])(?P<last>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ ]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?),[ \t]"
    r"(?P<first>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[ \t]{0,2}(?:\([ \t]?|[\u2013\u2014-][ \t]{1,2})(?P<role>[\p{L}\-]+)"
)
_SURNAME_FIRST_HINT_RE = plain_re.compile(r",[ \t][A-ZÅÄÖ\u00c0-\u00de\u0100-\u024f][^\W\d_]+[ \t]{0,2}(?:\(|[\u2013\u2014-][ \t])")  # what every such name holds
_FAST_SURNAME_FIRST_RE = plain_re.compile(
    rf"(?<![{_LATIN1_LETTERS}\-])(?P<last>[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+(?:-[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+)?"
    rf"(?:[ ][{_LATIN1_UPPER}][{_LATIN1_LOWER}]+(?:-[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+)?)?),[ \t]"
    rf"(?P<first>[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+(?:-[{_LATIN1_UPPER}][{_LATIN1_LOWER}]+)?)[ \t]{{0,2}}"
    rf"(?:\([ \t]?|[\u2013\u2014-][ \t]{{1,2}})(?P<role>[{_LATIN1_LETTERS}\-]+)"
)
# a social-media handle ("@kim_b"), not the domain of an address (no word character or "@" right before it)
_HANDLE_RE = plain_re.compile(r"(?P<handle>@[A-Za-z0-9_.]{1,29}[A-Za-z0-9_])(?![\w@])")

# signatures: two to three capitals after a slash ending a line after a word or a date ("… mars 2019 /SK");
# initials after a label of minutes ("Justeras: UlBr / LEB"); a name's letters run together after "av"
# ("Anteckningar förda av MaRo"); the initials of the name right before them in brackets ("Zeynep Aydoğan, Nka (ZA)")
_LINE_END_SIGNATURE_RE = plain_re.compile(r"(?P<initials>/[A-ZÅÄÖ]{2,3})[ \t]*$", plain_re.MULTILINE)
_INITIALS = r"(?:[A-ZÅÄÖ][a-zåäö][A-ZÅÄÖ][a-zåäö]|[A-ZÅÄÖ]{2,4})"
_SIGNED_RE = plain_re.compile(
    r"(?<![^\W\d_])(?i:justeras|justerare|justerat|justering|signerat|signatur|protokollförare)[ \t]*:?[ \t]{0,2}"
    rf"(?P<list>{_INITIALS}(?:[ \t]{{0,2}}(?:/|,|&|och)[ \t]{{0,2}}{_INITIALS})*)(?![^\W_])"
)
_SIGNED_HINTS = ("ustera", "USTERA", "ignerat", "ignatur", "rotokollför")
# two or more initials credited for a text or a picture at a line's end: "Text: AB/CD", "Foto: AB, CD"
_CREDIT_INITIALS_RE = plain_re.compile(
    r"(?<![^\W\d_])(?:Text|Foto|Bild|Foto och text|Text och foto|Text och bild)[ \t]*:[ \t]{0,2}"
    r"(?P<list>[A-ZÅÄÖ]{2,3}(?:[ \t]?(?:/|,|&)[ \t]?[A-ZÅÄÖ]{2,3})+)[ \t]*$", plain_re.MULTILINE)
_CREDIT_HINTS = ("ext:", "ext :", "oto:", "oto :", "ild:", "ild :")
_BRACKET_INITIALS_RE = plain_re.compile(r"\((?P<initials>[A-ZÅÄÖ]{2,3})\)")
# two or three capitals in brackets signing a message: alone on their line, or ending it after a clause's end
# ("Tack för idag!\n(ÅL)", "Vi ses på torsdag. (ÅL)"); an abbreviation in brackets follows its words instead
_BRACKET_SIGNATURE_RE = plain_re.compile(
    r"(?:^[ \t]*|[.!?][ \t]{1,3})\((?P<initials>[A-ZÅÄÖ]{2,3})\)[ \t]*$", plain_re.MULTILINE)
# initials in mixed case signed after a slash (a blank or none after it) ending a line after a word or a date:
# a first name's initial and the surname's first letters ("… 2014-12-18 / ABe", "AnKo"), a particle's ("AvH")
_MIXED_INITIALS = r"(?:[A-ZÅÄÖ]{2}[a-zåäö]{1,2}|[A-ZÅÄÖ][a-zåäö]{1,2}[A-ZÅÄÖ][a-zåäö]{0,2})"
_MIXED_LINE_END_SIGNATURE_RE = plain_re.compile(
    rf"/[ \t]?(?P<initials>{_MIXED_INITIALS})[ \t]*$", plain_re.MULTILINE)
# what is no signature: an abbreviation with a Swedish ending ("TVn", "PCs"), one of two words and "och" ("FoU",
# "SoL"), a degree ("PhD", "MSc")
_INFLECTED_ABBREVIATION_RE = plain_re.compile(r"[A-ZÅÄÖ]{2}(?:n|s|en|et|ns|na|ar|er)|[A-ZÅÄÖ]o[A-ZÅÄÖ]s?|PhD|MSc|BSc|MSci|DrPH")
_CAPITALISED_WORD_RE = re.compile(r"\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)*")


def _signature_spans(text: str) -> list[tuple[int, int]]:
    """Signatures and initials (see above) in ``text``."""
    spans = []
    if "/" in text:
        for m in _LINE_END_SIGNATURE_RE.finditer(text):
            # after a word or a date and blanks ("… mars 2019 /SK"); at a line's start or after a clause's end the
            # slash signature pattern finds it
            if _after_word_and_blanks(text, m.start(), blanks_needed=True):
                spans.append(m.span("initials"))
        for m in _MIXED_LINE_END_SIGNATURE_RE.finditer(text):
            if _after_word_and_blanks(text, m.start()) and not _INFLECTED_ABBREVIATION_RE.fullmatch(m["initials"]):
                spans.append(m.span("initials"))
    if any(hint in text for hint in _SIGNED_HINTS):
        spans += [m.span("list") for m in _SIGNED_RE.finditer(text)]
    if "/" in text or "," in text or "&" in text:
        if any(hint in text for hint in _CREDIT_HINTS):
            spans += [m.span("list") for m in _CREDIT_INITIALS_RE.finditer(text)]
    if "(" in text:
        bracketed = False  # (every match of _BRACKET_SIGNATURE_RE holds one of _BRACKET_INITIALS_RE: looked for after it)
        for m in _BRACKET_INITIALS_RE.finditer(text):
            bracketed = True
            if _initials_of_name_before(text, m.start(), m.group("initials")):
                spans.append(m.span())
        # three capitals the word list or data/keep_names.csv knows are a unit's or a method's abbreviation
        # ("(KBT)", "(BUP)"), not initials; two are initials ("(ÅL)")
        spans += [m.span("initials") for m in (_BRACKET_SIGNATURE_RE.finditer(text) if bracketed else ())
                  if len(m["initials"]) < 3 or not _known_abbreviation(m["initials"])]
    return spans


def _known_abbreviation(letters: str) -> bool:
    """Whether ``letters`` (capitals) are a word of the word list or a name of :func:`keep_names`."""
    key = letters.casefold()
    return lexicon().zipf(letters) > 0 or any(name.casefold() == key for name, _ in _keep_names_by_word().get(key, ()))


def _after_word_and_blanks(text: str, start: int, blanks_needed: bool = False) -> bool:
    """Whether a letter or digit stands before ``start`` with at most three blanks between (one at least if
    ``blanks_needed``)."""
    k = start
    while k > 0 and start - k < 3 and text[k - 1] in " \t":
        k -= 1
    return k > 0 and text[k - 1].isalnum() and (k < start or not blanks_needed)


def _initials_of_name_before(text: str, start: int, initials: str) -> bool:
    """Whether two or three capitalised words in a row on the line before ``start`` (within 80 characters), the
    first a first name we know (or one from abroad we do not know before surnames or rare words), have
    ``initials`` as their first letters ("Zeynep Aydoğan" for "ZA", "Lars-Erik Bodin" for "LEB", "Gulnara
    Nurmagambetova" for "GN")."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 80)
    words = list(_CAPITALISED_WORD_RE.finditer(text, line_start, start))
    redactor = _default_redactor()
    for k, word in enumerate(words):
        letters, last = "", None
        for w in words[k:]:
            if last is not None and text[last.end():w.start()] != " ":
                break
            letters += "".join(part[0] for part in w.group().split("-"))
            last = w
            if letters == initials:  # a first name we know, or from abroad before surnames or rare words
                names = [w.group() for w in words[k:words.index(last) + 1]]
                return redactor._plain_first_name(names[0]) or redactor._unknown_first_name(names[0]) \
                    and all(redactor._plain_surname(n, text, start, foreign=True) or redactor._unknown_word(n)
                            for n in names[1:]) \
                    and tuple(n.casefold() for n in names) not in redactor.lex.place_phrases
            if len(letters) >= len(initials):
                break
    return False
