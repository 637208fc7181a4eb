"""Parser for `network_report` pages: what each municipality reported at a network meeting.

A heading ("Redovisning från deltagande kommuner"), maybe the meeting's
question, then per municipality a name line ("Borås stad", "Piteå",
"Mullsjö-Habo kommun", "Stockholms stad – Södermalm") and one or more
paragraphs. A joint answer gives one respondent per municipality it names;
a district keeps its name as ``sub_unit``.

Nothing is lost silently: a contact line inside a block ("Kontakt: …",
"Hör gärna av er till …, 070-…") is text of that block and never ends the
page (only the page's dated metadata does); a name line that carries a person
("Borås stad – Mats Lindberg", "Uppsala kommun (Per Nyberg, 070-…)") is the
name line of its municipality, the person part dropped (it is neither a
sub-unit nor matched as an organisation); a name line with no blank line
before it still opens a block when it names a municipality exactly; and a
municipality name line that cannot be matched is a warning in ``problems``.

Layout variants read the same way: a bold name line ("**Piteå kommun**"), a label before the name
("Kommun: Västerås"), the county in parentheses after it ("Linköpings kommun (Östergötlands län)"), the
name and the text on one line ("Falu kommun – Vi har …", only before a capitalised sentence of several
words), and a closing section ("Sammanfattning") that ends the blocks instead of joining the last one.
So do: a table Kommun | Redovisning (a row per municipality, its text cell maybe empty or in several
paragraphs; a row naming no municipality ends the block above it), a district after its city with "/"
("Stockholms stad/Skärholmen") or before its city in parentheses ("Rinkeby-Kista stadsdelsförvaltning
(Stockholms stad)"), a lower-case remark in parentheses after a joint name ("(gemensam
anhörigsamordning)"), meeting notes whose name lines are numbered agenda items ("2.1 Kungälvs kommun"; a
later item that names no municipality, "3. Övriga frågor", ends the block; "Förhinder:" lines and the
signature "Vid anteckningarna" are no blocks), and a contact line right under the name line ("Kontakt:
Anna Berg, 060-…"), the block's byline and not what the municipality reported: it is left out of the
answer (a contact line further down stays text of the block, as above). A list whose items each give a
municipality and its text ("• Falu kommun: Vi har …", at least three items) is the blocks, and a block
whose only text has no letter or digit ("–") has no answer.

Round 4 shapes: municipality headings in capitals in a newsletter ("KALMAR", "NYBRO OCH TORSÅS"; only
exact names, and another heading in capitals such as "KALENDARIUM" ends the block), form blocks under a
"Kommun:" line ("Stadsdel: Farsta" gives the sub-unit, "Kontaktperson: …" is left out, the "Rapport:" label
is dropped), a table whose header row names the municipalities with each one's text in the cell below, a
table (or spreadsheet export) whose header names the municipality and report columns, a "§" item after the
round of municipalities ending the last block, a remark "(ingen rapport inkom)" as no answer, and the
signature lines "Sammanställt av …", "Redaktör: …" ending the page.

Round 5 shapes: a spreadsheet export by tabs or commas with title rows above the header and a district
column ("Stadsdel/område"; other columns such as "Län" or "Enhet" name no respondent), a row whose name cell
lists municipalities with commas ("Katrineholm, Flen, Vingåker"), form blocks whose labels are given in two
languages ("Municipality / Kommun:", "Status report / Lägesrapport:" with the text on the lines below; an
"Enhet:" field is left out) and apart by rule lines, minutes whose entries "Ort:   text" wrap with a hanging
indent (the name alone with its colon when it is long, "Ort:  –" for none), a joint heading with an acronym
("Köping, Arboga och Kungsör (KAK)"), a block saying there is no report ("Ingen rapport inkom.", "Name –
ingen rapport"), and closing headings "Mer information", "Övriga frågor" and "Punkt 4 …" items.

Round 6 shapes: minutes whose "§" items open with the municipality and its text ("§ 4 Växjö kommun: Vi har …",
the text wrapping without indent), a bold label opening a paragraph ("**Kungsbacka:** Vi har …", read as
"Name: text" by :func:`bas_analysis.parse.unmarked`), a markdown table ("| Umeå | text |") whose row holds all
its text (a paragraph below the table is no cell's), a sentence about the network's next meeting ("Nästa
träff hålls i …") closing the blocks, and a "Publicerad 2022-…" line ending the page.

Round 7 shapes: a spreadsheet export whose report column explains its word ("Redovisning (vad har hänt sedan
sist?)"), an intranet export without blank lines whose name lines are in capitals right under the page's
heading (a district in capitals after its city, "STOCKHOLMS STAD, FARSTA STADSDELSFÖRVALTNING", is no person),
a closing label after a finished sentence ("Nästa möte: maj."), and a newsletter's footer ("Du får detta
nyhetsbrev …", "Avregistrera dig", "Skickat 2023-…") ending the page.

Round 11 shapes: a form tool's responses whose columns are questions, one asking for the municipality ("Vilken
kommun representerar du?") and one for the report ("Vad har hänt hos er sedan …?", "Berätta kort om …"), and a
newsletter's tail after the last block that opens with a button's line or a "Tips: …" heading of up to
:data:`MAX_SECTION_HEADING_WORDS` words ("Du får detta brev …" ends the page).

Round 12 shapes: a city's name line whose text is in districts, each under a sub-heading ("Stockholms stad" /
"Skärholmen" / text; :func:`_district_sections`), a sentence closing the meeting after the last block ("Träffen
avslutades med …", :data:`MEETING_CLOSING_RE`), and the notes' signature in the passive ("Anteckningarna är
sammanställda av …") ending the page.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .. import orgs
from ..redact import is_first_name
from . import BULLET_RE, DATED_STAMP, MIN_EXPORT_ROWS, Answer, Respondent, decorated, match_respondent, register, split_paragraphs, table_cells, undecorated

# (maybe after the same words in another language: "Municipality reports / Redovisning från …")
HEADING_RE = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:[^\W\d][\w ]{0,40}/\s*)?redovisning(ar)?\s+från\s+(de\s+)?(deltagande|medverkande)\s+kommuner", re.IGNORECASE | re.MULTILINE)
# the page's own metadata: ends the page (a dated line, not a contact line inside a block)
# (or the signature of meeting notes: "Vid anteckningarna", "Antecknat av", "Justeras")
PAGE_END_RE = re.compile(r"^\s*(publicera[dt]?\s*:?\s*\d{4}|senast uppdaterad|uppdaterad\s*:?\s*\d{4}"
                         r"|vid\s+(?:anteckningarna|protokollet|tangentbordet)\b|antecknat\s+av\b|justeras\b"
                         r"|sammanställ(?:t|d|da)\s+av\b|redaktör\s*:|ansvarig\s+utgivare\b"
                         # (or the same said of the notes: "Anteckningarna är sammanställda av …", "Protokollet fördes av …")
                         r"|(?:minnes)?(?:anteckningarna|protokollet|referatet|sammanfattningen|texten)\s+(?:är\s+|har\s+|har\s+blivit\s+|blev\s+)?"
                         r"(?:sammanställ|skriv|förd|fört|fördes|nedteckn)\w*\s+av\b"
                         # (or a newsletter's footer: "Du får detta nyhetsbrev eftersom …", "Avregistrera dig", "Skickat 2023-05-22")
                         r"|du\s+får\s+(?:detta|det\s+här)\s+(?:(?:nyhets)?brev|utskick|mejl|e-?post)|avregistrera\b|avsluta\s+(?:din\s+)?prenumeration"
                         r"|skickat\s*:?\s*\d{4}"
                         # (or a letter's closing greeting: "Med vänlig hälsning", "Vänliga hälsningar", "Mvh"; or the
                         # page's review line: "Sidan granskad 2023-06-12", "Granskad: 2023-…", "Sidansvarig: …")
                         r"|med\s+vänlig(?:a)?\s+hälsning(?:ar)?\b|vänliga\s+hälsningar\b|hälsningar\s*[,!]?\s*$|mvh\b"
                         r"|(?:sidan\s+)?granskad\s*:?\s*\d{4}|sidansvarig\s*:)", re.IGNORECASE)
NOT_NAME_RE = re.compile(r"^\s*(?:(?:publicera[dt]?|senast uppdaterad|uppdaterad|läs mer|telefon|e-post|foto|bild|deltagande|medverkande|närvarande|deltagare|förhinder|frånvarande|anmält\s+förhinder|ej\s+närvarande)\b|kontakt|redovisning)",
    re.IGNORECASE)
# a label before the name ("Kommun: Västerås"): the name line is what follows it
# (a label may be given in two languages: "Municipality / Kommun:")
_OTHER_LANGUAGE = r"(?:[^\W\d][\w ]{0,30}/\s*)?"
NAME_LABEL_RE = re.compile(rf"^\s*{_OTHER_LANGUAGE}(?:kommun|kommunens namn|kommunnamn|stad|municipality)\s*:\s*(?=\S)", re.IGNORECASE)
# the name and the text on one line at a paragraph's start: "Falu kommun – Vi har …", "Mora kommun: Under året …"
NAME_AND_TEXT_RE = re.compile(r"^(?P<name>[^\W\d][^.!?:–—]{1,60}?)(?:\s+[–—-]\s+|:\s+)(?P<text>[A-ZÅÄÖ0-9\"”«].*)$")
RUN_IN_RE = re.compile(r"^(?P<name>[^\W\d][^.!?:]{1,60}?)\.\s+(?P<text>[A-ZÅÄÖ0-9\"”«].*)$")
MIN_LISTED_BLOCKS = 3  # list items "• Falu kommun: Vi har …" before a list reads as the municipalities' blocks
MIN_TEXT_WORDS = 4  # fewer words after the dash are a sub-unit or a person ("Stockholms stad – Södermalm")
# a closing section after the blocks ("Sammanfattning", "Nästa träff", a newsletter's "Kalender"): no municipality's text
CLOSING_HEADING_RE = re.compile(
    r"^\s*(?:[^\W\d][\w ]{0,30}/\s*)?(?:sammanfattning|summering|avslutning|slutsatser|sammanställning|nästa\s+(?:nätverks)?(?:träff|möte)|mer\s+information|more\s+information|övriga\s+frågor|kalend(?:er|arium)|kommande\s+(?:träffar|möten|aktiviteter))\b"
    r"(?:[^.!?]{0,40}$|\s*:)"
    # (or a sentence about the network's next meeting: "Nästa träff hålls i Borås i maj.", "Nästa möte är den 3 mars.")
    r"|^\s*nästa\s+(?:nätverks)?(?:träff|möte)\s+(?:hålls|blir|äger\s+rum|är)\b[^\n]{0,80}$",
    re.IGNORECASE,
)
PLURAL_GROUP_RE = re.compile(r"\bkommuner(?:na)?\s*$", re.IGNORECASE)  # a plural after one name: a group
MUNICIPAL_SUFFIX_RE = re.compile(r"\b(kommun|kommuner|stad)\b", re.IGNORECASE)
# the number of an agenda item before a name line in meeting notes: "2.1 Kungälvs kommun", "3) Tjörns kommun"
AGENDA_NUMBER_RE = re.compile(r"^\s*(?P<number>\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)])\s+(?=[^\W\d])")
LETTERED_ITEM_RE = re.compile(r"^\s*[a-zåäö]\)\s+(?=[^\W\d])")  # a lettered sub-item of minutes: "a) Partille kommun"
# a contact line under the name line, before the text: the block's byline, not what the municipality reported
BYLINE_RE = re.compile(rf"^\s*{_OTHER_LANGUAGE}(?:kontakt(?:person|uppgifter)?|ansvarig|tel(?:efon)?|e-post|e-mail|mejl|contact(?:\s+person)?|phone)\s*:\s*\S",
                       re.IGNORECASE)
# the unit that reports, in a form block ("Enhet: Anhörigstödet"): neither a district nor the report
UNIT_FIELD_RE = re.compile(rf"^\s*{_OTHER_LANGUAGE}(?:enhet|verksamhet|unit|department)\s*:\s*", re.IGNORECASE)
MAX_BYLINE = 120  # characters of a byline without a label ("Anna Berg, anhörigkonsulent, 060-…")
CONTACT_RE = re.compile(r"\d[\d\s-]{5,}\d|@|\[at\]|\(at\)", re.IGNORECASE)
_PARENTHESES = re.compile(r"\s*\([^)]*\)\s*")
BLOCK_QUESTION = "Redovisning från kommunen"
# a block's only text, in parentheses, saying there is none: "(ingen rapport inkom)", "(inget att rapportera)"
# (or the words alone: "Ingen rapport inkom.", "No report / Ingen rapport", in emphasis "*Ingen rapport.*")
NO_REPORT_RE = re.compile(r"^\(\s*(?:ingen|inget|inga|ej|inte)\b[^()]*\)$"
                          r"|^[*_]?(?:ingen\s+(?:rapport|redovisning)|inget\s+att\s+(?:rapportera|redovisa)|no\s+report)\b[^.!?\n]{0,30}[.!]?[*_]?$",
                          re.IGNORECASE)
ITEM_PREFIX_RE = re.compile(r"(?:§\s*\d{1,3}[a-z]?|punkt\s+\d{1,2})[.:]?\s+", re.IGNORECASE)  # "§ 4 ", "§12a ", "Punkt 3: "
PARAGRAPH_ITEM_RE = re.compile(r"^(?:§|punkt\b)\s*\d", re.IGNORECASE)  # an item of meeting notes: "§ 4 Övriga frågor", "Punkt 4 Nästa möte"
# the fields of a form block under its "Kommun:" line: a district ("Stadsdel: Farsta"), a contact ("Kontaktperson:
# …"), and the label of the report itself ("Rapport: Vi har …")
DISTRICT_FIELD_RE = re.compile(r"^\s*(?:stadsdel|stadsdelsförvaltning|stadsdelsnämnd|stadsdelsområde|förvaltning|område)\s*:\s*", re.IGNORECASE)
REPORT_FIELD_RE = re.compile(rf"^\s*{_OTHER_LANGUAGE}(?:rapport|redovisning|beskrivning|text|svar|kort\s+rapport|lägesrapport|report|status\s+report)\s*:\s*",
                             re.IGNORECASE)


# first words of two-word district names ("Norra Hisingen", "Östra Göteborg"): places, not people
PLACE_WORDS = {"norra", "södra", "östra", "västra", "centrala", "nya", "gamla", "stora", "lilla", "inre", "yttre", "sankt", "s:t"}


_WORD_BREAK = re.compile(r"[\s,]+")


def _is_person(text: str) -> bool:
    """A person's name (and maybe a phone number): "Mats Lindberg", "Per Nyberg, 070-123 45 67"."""
    text = text.strip(" ,()")
    if not text:
        return False
    contact = CONTACT_RE.search(text)
    words = [w for w in _WORD_BREAK.split(text) if w]
    if not contact and (not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)):
        return False  # (asked before the district's word below: most texts asked about are sentences)
    if orgs.district_name(text, word_after=True) != text:
        return False  # "Skärholmens stadsdelsförvaltning", "SKÄRHOLMENS STADSDELSFÖRVALTNING": a district
    if contact:
        return True
    if is_first_name(words[0]):
        return True
    # "Firstname Lastname": two capitalised words, no place word, not a known organisation
    # ("Flen, Vingåker": a list of municipalities)
    return (len(words) == 2 and words[0].lower() not in PLACE_WORDS and not orgs.match_org(text).code
            and len(orgs.split_joint_name(text)) == 1)


def _is_county(text: str) -> bool:
    """A county or region named in parentheses after a municipality: "(Östergötlands län)", "(Region Skåne)"."""
    text = text.strip(" ()")
    return (bool(text) and not MUNICIPAL_SUFFIX_RE.search(text)
            and orgs.match_org(text, level="region").method in ("exact", "alias"))


def _is_remark(text: str) -> bool:
    """A remark in parentheses after a name, in lower case: "(gemensam anhörigsamordning)", "(via länk)"; a
    district ("(stadsdel Angered)") is none."""
    text = text.strip(" ()")
    return bool(text) and text[0].islower() and orgs.district_name(text) == text


def _is_acronym(text: str) -> bool:
    """A short name in capitals in parentheses after a joint name: "(KAK)", "(VoF)" is none (a district is no acronym)."""
    text = text.strip(" ()")
    return 2 <= len(text) <= 6 and text.isalpha() and text[0].isupper() and sum(c.isupper() for c in text) >= 2


def _is_unit_name(text: str) -> bool:
    """The name of the unit the municipalities run together, in parentheses after their joint name: "(Sydnärkes
    anhörigstöd)", "(Västra Mälardalens familjecenter)"; it names no further respondent."""
    text = text.strip(" ()")
    return bool(text) and text[0].isupper() and len(text.split()) <= 4 and _UNIT_AFTER_NAMES.search(text) is not None


def _agenda_number(line: str) -> tuple[int, ...] | None:
    m = AGENDA_NUMBER_RE.match(line)
    return tuple(int(n) for n in m.group("number").rstrip(".)").split(".")) if m else None


# a district named first and its city in parentheses: "Rinkeby-Kista stadsdelsförvaltning (Stockholms stad)"
_CITY_IN_PARENTHESES = re.compile(r"^(?P<unit>[^()]{2,60}?)\s*\((?P<city>[^()]{2,40})\)$")


def _district_of_city(name: str) -> Respondent | None:
    """The city's respondent with the district as sub-unit, for "District (City)"; None when the part in
    parentheses is no municipality named exactly, or the part before it is an organisation or a person."""
    m = _CITY_IN_PARENTHESES.match(name)
    if not m:
        return None
    unit, city = m.group("unit").strip(), m.group("city").strip()
    if (orgs.district_name(city, word_after=True) != city and not orgs.match_org(city).code
            and orgs.match_org(unit, level="municipality").method in ("exact", "alias")):
        # the other way round, the city first and its district in parentheses, said to be one by its word:
        # "Stockholms stad (Skärholmens stadsdelsförvaltning)", "Göteborgs Stad (stadsområde Hisingen)"
        return match_respondent(unit, level="municipality", sub_unit=orgs.district_name(city))
    if orgs.match_org(city, level="municipality").method not in ("exact", "alias") or orgs.match_org(unit).code:
        return None
    if _is_person(unit) or is_first_name(unit.split()[0]):
        return None
    return match_respondent(city, level="municipality", sub_unit=orgs.district_name(unit, word_after=True))


@lru_cache(maxsize=8192)
def _without_person(line: str) -> str:
    """The name line without a person part in parentheses or after a dash.

    Remembered per line (a pure function of the line): :func:`_blocks` and the name-line reader ask it
    several times about each line of a page."""
    def drop(m: re.Match) -> str:
        # (the cheap tests first: all four are pure, so their order does not change what is dropped; a remark in
        # lower case, "(uppgift från enhetschefen)", is not matched against the organisations as a county)
        part = m.group(0)
        return " " if (_is_remark(part) or _is_acronym(part) or _is_unit_name(part) or _is_person(part)
                       or _is_county(part)) else part

    if not line.lstrip()[:1].isalnum() or not line.rstrip()[-1:].isalnum():
        line = undecorated(line)  # "■ HUDDINGE KOMMUN", "## Nacka kommun", "**Solna stad**", "=== TÄBY ==="
    if line.lstrip()[:1].isdigit():
        line = AGENDA_NUMBER_RE.sub("", line)
    elif line.lstrip()[1:2] == ")":
        line = LETTERED_ITEM_RE.sub("", line)
    if "(" in line:  # (each pattern needs its character: most lines have neither)
        line = _PARENTHESES.sub(drop, line)
    if ":" in line:
        line = NAME_LABEL_RE.sub("", line)
    line = line.strip()
    name, rest = orgs.split_sub_unit(line)
    if rest and _is_person(rest):
        return name
    return line


def _candidate_name_line(line: str) -> bool:
    s = line.strip().rstrip(":").strip()
    return (
        0 < len(s) <= 70
        and s[0].isupper()
        and not s.endswith((".", "!", "?", ";", ","))
        and len(s.split()) <= 7
        and not NOT_NAME_RE.match(s)
        and "|" not in s
    )


def name_line_respondents(line: str) -> list[Respondent] | None:
    """The respondents a name line stands for, or None when the line is not a name line."""
    found = _name_line_respondents(line)
    return None if found is None else [replace(r, answers=[]) for r in found]


@lru_cache(maxsize=4096)
def _name_line_respondents(line: str) -> tuple[Respondent, ...] | None:
    """:func:`name_line_respondents`, once per distinct line and process (every page is asked whether it is a
    network report, so a questionnaire's recurring headings and labels would be matched against the
    organisations on every page); callers get copies."""
    found = _read_name_line(line)
    return None if found is None else tuple(found)


def _read_name_line(line: str) -> list[Respondent] | None:
    if not _candidate_name_line(_without_person(line)):
        return None
    cleaned = _without_person(line.strip().rstrip(":").strip())
    capitals = _is_capitals(cleaned)
    if capitals:  # "NYBRO OCH TORSÅS": a heading in capitals, its joining words read as words
        cleaned = _CAPITAL_JOIN.sub(lambda m: m.group(0).lower(), cleaned)
    district = _district_of_city(cleaned)
    if district:
        return [district]
    parts = orgs.split_joint_name(cleaned)  # "Köping, Arboga och Kungsör": a comma between known names is a list
    unit = _UNIT_AFTER_NAMES.search(cleaned) if len(parts) == 1 else None
    if unit and unit.start() and _known_names(cleaned[:unit.start()]):
        # "Tierp-Älvkarleby anhörigstöd", "Laxå kommuns anhörigcenter": the unit after its municipality's names
        return [replace(r, sub_unit=unit.group(1)) for r in _known_names(cleaned[:unit.start()])]
    if len(parts) > 1:
        name, sub_unit = cleaned, ""
    else:  # "Stockholms stad, Södermalm": a part of the organisation
        name, sub_unit = orgs.split_sub_unit(cleaned)
        parts = orgs.split_joint_name(name)
    if len(parts) == 1 and PLURAL_GROUP_RE.search(name):
        return None  # "Uppsala läns kommuner", "Nytt från länets kommuner": a heading over several, no block
    if capitals and sub_unit:  # "SKÄRHOLMENS STADSDELSFÖRVALTNING" -> "Skärholmens stadsdelsförvaltning"
        sub_unit = _from_capitals(sub_unit)
    respondents = [match_respondent(part, level="municipality", sub_unit=sub_unit) for part in parts]
    if capitals and not _exact(respondents):
        return None  # a heading in capitals names a municipality exactly, or it is another heading ("KALENDARIUM")
    if all(r.org_code and r.level == "municipality" for r in respondents):
        return respondents
    if MUNICIPAL_SUFFIX_RE.search(name) and not _PLURAL_ONLY.fullmatch(MUNICIPAL_SUFFIX_RE.search(name).group(0)):
        # Clearly a municipality's name line, but not one we know: keep it, unmatched.
        whole = match_respondent(name, level="municipality", sub_unit=sub_unit)
        return [whole] if not whole.org_code else respondents
    return None


_CAPITAL_JOIN = re.compile(r"\b(?:OCH|SAMT|MED)\b")
# the word for a unit written after the names of the municipalities it serves: "Tierp-Älvkarleby anhörigstöd"
_UNIT_AFTER_NAMES = re.compile(
    r"\s+((?:anhörig|familje)(?:stöd|stödet|center|centret|centrum|enhet|enheten|service|servicen)"
    r"|socialtjänst(?:en)?|socialförvaltning(?:en)?)$", re.IGNORECASE)


def _known_names(names: str) -> list[Respondent]:
    """The municipalities a text names exactly ("Tierp-Älvkarleby", "Laxå kommuns"), or [] when any part is unknown."""
    found = [match_respondent(part, level="municipality") for part in orgs.split_joint_name(names.strip())]
    return found if _exact(found) and all(r.level == "municipality" for r in found) else []
_PLURAL_ONLY = re.compile(r"kommuner", re.IGNORECASE)  # "Inrapportering från kommuner och stadsdelar": no one municipality


def _from_capitals(name: str) -> str:
    """A place's name written in capitals as a name is written: each word capitalised ("RINKEBY-KISTA" ->
    "Rinkeby-Kista"), the word after it that says it is a district in lower case ("STADSDELSFÖRVALTNING")."""
    titled = name.title()
    unit = orgs.district_name(titled, word_after=True)
    return unit + titled[len(unit):].lower() if titled.startswith(unit) else titled


def _is_capitals(line: str) -> bool:
    """A heading written in capitals: "KALMAR", "NYBRO OCH TORSÅS", "I DET HÄR NUMRET"."""
    return line.isupper() and sum(c.isalpha() for c in line) >= 3


def _exact(respondents: list[Respondent]) -> bool:
    return all(r.org_code and r.match_method in ("exact", "alias") for r in respondents)


def _short_body(lines: list[str], j: int) -> bool:
    """Line ``j`` is a block's whole text though shorter than its name line ("–", "Ingen rapport."):
    a paragraph of one line that is no name line itself, so a list of names never reads as blocks."""
    line = lines[j].strip()
    ends_paragraph = j + 1 >= len(lines) or not lines[j + 1].strip()
    return ends_paragraph and not PAGE_END_RE.match(line) and name_line_respondents(line) is None


# "Grums:   –", "Haparanda stad – ingen rapport": a name and no text
_NAME_AND_NOTHING = re.compile(r"^(?P<name>[^\W\d][^.!?:–—]{1,60}?)(?::\s+|\s+[–—-]\s+)(?P<text>[–—-]+|[^\W\d][^.!?]{4,40}[.!]?)\s*$")


# a city and its district apart by a dash, then a colon and the text: "Malmö – Rosengård: …", "Göteborg - Angered: …"
_CITY_DISTRICT_AND_TEXT = re.compile(r"^(?P<name>[^\W\d][^.!?:–—]{1,40}?\s+[–—-]\s+[^\W\d][^.!?:–—]{1,40}?):\s+(?P<text>[A-ZÅÄÖ0-9\"”«].*)$")


def _name_and_text(line: str) -> tuple[str, list[Respondent]] | None:
    """(name, respondents) of a line that opens a block with its text: "Falu kommun – Vi har haft …"; the
    name must name municipalities exactly and the text be a sentence (capitalised, several words), or a dash
    or a remark that there is none ("Grums:  –", "Haparanda stad – ingen rapport": no text)."""
    if line[:1] in "§Pp" and (item := ITEM_PREFIX_RE.match(line)):
        # an item of minutes that opens with the municipality: "§ 4 Växjö kommun: Vi har …"
        found = _name_and_text(line[item.end():])
        return (line[: item.end()] + found[0], found[1]) if found else None
    if ((nothing := _NAME_AND_NOTHING.match(line)) and (not re.search(r"\w", nothing["text"]) or NO_REPORT_RE.match(nothing["text"]))
            and (found := name_line_respondents(nothing["name"])) and _exact(found)):
        return nothing["name"], found
    # a run-in heading ended by a full stop, as a newsletter sets a bold lead-in: "Malmö stad. Vi har …",
    # "Göteborgs Stad – Angered. I Angered …" (the first sentence is the name alone, a district after a dash kept)
    if (m := RUN_IN_RE.match(line)) and len(m.group("text").split()) >= MIN_TEXT_WORDS:
        found = name_line_respondents(m.group("name"))
        if found and _exact(found):
            return m.group("name") + ".", found
    if ":" in line and (m := _CITY_DISTRICT_AND_TEXT.match(line)) and len(m.group("text").split()) >= MIN_TEXT_WORDS:
        # a city's district after a dash, then a colon and the text: "Malmö – Rosengård: I Rosengård …"
        found = name_line_respondents(m.group("name"))
        if found and _exact(found) and all(r.sub_unit for r in found):
            return m.group("name"), found
    m = NAME_AND_TEXT_RE.match(line)
    if not m or len(m.group("text").split()) < MIN_TEXT_WORDS:
        return None
    found = name_line_respondents(m.group("name"))
    return (m.group("name"), found) if found and _exact(found) else None


def _table_row_block(line: str) -> tuple[str, list[Respondent], str] | None:
    """(name, respondents, text) of a table row "Name | text" (an HTML table Kommun | Redovisning as ingest
    writes it; the text cell may be empty) whose first cell names municipalities exactly. A row of more
    cells ("Kommun | Namn | E-post | Telefon") or whose second cell is a person or a contact line is a
    participant list's: no block."""
    cells = table_cells(line)
    if not cells or len(cells) != 2 or not cells[0]:
        return None
    text = cells[1]
    if text and (_is_byline(text) or (len(text.split()) <= 4 and _is_person(text))):
        return None
    found = name_line_respondents(cells[0])
    return (cells[0], found, text) if found and _exact(found) else None


def _is_byline(line: str) -> bool:
    """A contact line: "Kontakt: Anna Berg, 060-…", "E-post: …", or a short line that starts with a person and
    has a phone number or an e-mail address, and is no sentence ("Anna Berg, anhörigkonsulent, 060-19 10 00")."""
    if line[:1] in "KkAaTtEeMm" and BYLINE_RE.match(line):
        return True
    return (len(line) <= MAX_BYLINE and not line.endswith((".", "!", "?")) and bool(CONTACT_RE.search(line))
            and not CONTACT_RE.search(first := line.split(",")[0]) and _is_person(first))


def _closes_agenda_item(line: str, opened: tuple[int, ...] | None) -> bool:
    """In meeting notes whose blocks are agenda items ("2.1 Kungälvs kommun"), a later item that is no
    municipality ("3. Övriga frågor", "2.6 Nästa träff") ends the block; a list inside the text ("1. …")
    numbers lower and does not."""
    number = _agenda_number(line) if opened else None
    return bool(number) and number > opened and number[: len(opened)] != opened


def _listed_blocks(lines: list[str]) -> dict[int, tuple[str, list[Respondent], str]]:
    """Line index -> (name, respondents, text) of list items that each open a municipality's block with its
    text ("• Falu kommun: Vi har …", "– Borlänge kommun – Vi …"), when at least :data:`MIN_LISTED_BLOCKS`
    items of the page do; fewer are items of a block's own list."""
    found = {}
    for i, line in enumerate(lines):
        if (m := BULLET_RE.match(line)) and (": " in line or "–" in line[m.end():] or " - " in line):
            item = line[m.end():].strip()
            named = _name_and_text(item)
            if named:
                found[i] = (named[0], named[1], item[len(named[0]):].lstrip(" –—-:"))
    return found if len(found) >= MIN_LISTED_BLOCKS else {}


def _header_row(line: str) -> list[tuple[str, list[Respondent]]] | None:
    """The municipalities of a table's header row whose every cell (two or more) names municipalities exactly:
    "Gävle kommun | Sandvikens kommun" (an HTML table with the names in <th>)."""
    cells = table_cells(line)
    if not cells or len([c for c in cells if c]) < 2 or any(not c for c in cells[:-1]):
        return None
    found = [(c, name_line_respondents(c)) for c in cells if c]
    return found if all(f and _exact(f) for _, f in found) else None


def _header_table(lines: list[str], start: int) -> tuple[list[tuple[str, list[Respondent], list[str]]], int] | None:
    """(blocks, end) of a table whose header row names the municipalities and whose next row holds each
    one's text, cell under name: the row on one line ("text | text") or, where a cell has paragraphs, over
    lines with the cells apart by a "|" line. The last cell ends at a contact, metadata or name line, a
    table row or a heading in capitals (ingest marks no row's end)."""
    header = _header_row(lines[start])
    if not header:
        return None
    i = start + 1
    while i < len(lines) and not lines[i].strip():
        i += 1
    cells: list[list[str]] = [[]]
    one_line = table_cells(lines[i]) if i < len(lines) and lines[i].strip() != "|" else None
    if one_line and len(one_line) == len(header):
        cells, i = [[c] for c in one_line], i + 1
    else:
        while i < len(lines):
            stripped = lines[i].strip()
            if stripped == "|" and len(cells) < len(header):
                cells.append([])
            elif len(cells) == len(header) and stripped and (not lines[i - 1].strip() or lines[i - 1].strip() == "|") and cells[-1] and (
                    _is_byline(stripped) or CONTACT_RE.search(stripped) or NOT_NAME_RE.match(stripped) or PAGE_END_RE.match(stripped)
                    or "|" in stripped or _is_capitals(stripped) or name_line_respondents(stripped) is not None):
                break
            elif stripped and "|" in stripped and len(cells) < len(header):
                return None  # another row: no cell under each name
            else:
                cells[-1].append(lines[i])
            i += 1
    if len(cells) != len(header):
        return None
    return [(name, found, body) for (name, found), body in zip(header, cells)], i


# (or a form's question that asks for it: "Vilken kommun representerar du?", "Ange din kommun", "Din kommun/stadsdel")
NAME_COLUMN_RE = re.compile(r"^(?:kommun|kommunens\s+namn|kommunnamn|stad|organisation"
                            r"|(?:vilken|ange|välj|skriv|din|er)\s+(?:\w+\s+)?kommun(?:\s*/\s*stadsdel)?(?:\s+[^|?]{1,50})?\s*[?:]?)$", re.IGNORECASE)
DISTRICT_COLUMN_RE = re.compile(r"^(?:stadsdel|stadsdelsförvaltning|stadsdelsområde|förvaltning)(?:\s*/\s*(?:område|stadsdel))?$", re.IGNORECASE)
# (the column's word may be explained after it: "Redovisning (vad har hänt sedan sist?)", "Rapport: läget i dag")
# (or a form's question asking for it: "Vad har hänt i er verksamhet sedan förra mötet?", "Berätta kort om läget hos er")
REPORT_COLUMN_RE = re.compile(r"^(?:rapport|redovisning|text|svar|beskrivning|aktuellt|nytt|vad\s+(?:har\s+hänt|är\s+nytt)\b.{0,120}"
                              r"|(?:vad\s+vill\s+(?:ni|du)\s+)?berätta\b.{0,120})"
                              r"(?:\s*\([^()]{1,80}\)|\s*[:–—-]\s+[^|]{1,80})?$", re.IGNORECASE)


def _report_columns(lines: list[str]) -> list[str]:
    """The lines with the rows of a table of three or more columns whose header names the municipality
    column and the report column ("Kommun | Kontaktperson | Rapport", a spreadsheet export as well) written
    as "name | report" rows (a district column joins the name: "Stockholms stad/Farsta"); the other
    columns (contact persons, dates) are left out. Lines of no such table stay as they are."""
    out = list(lines)
    columns = None
    for i, line in enumerate(lines):
        cells = table_cells(line) if "|" in line or "\t" in line else None
        if not cells or len(cells) < (3 if columns is None else 2):  # a row may lack its empty last cells
            if line.strip():
                columns = None
            continue
        names = [j for j, c in enumerate(cells) if NAME_COLUMN_RE.match(c)]
        reports = [j for j, c in enumerate(cells) if REPORT_COLUMN_RE.match(c)]
        if not names and len(reports) == 1 and (named := _name_column_by_content(lines, i, reports[0])) is not None:
            names = [named]  # a name column headed in words of its own ("Kommun/organisation", "Deltagare")
        if len(names) == 1 and len(reports) == 1:
            district = next((j for j, c in enumerate(cells) if DISTRICT_COLUMN_RE.match(c)), None)
            columns = (len(cells), names[0], reports[0], district)
            continue
        if columns:
            width, name, report, district = columns
            cells = cells + [""] * (width - len(cells))
            unit = cells[district] if district is not None else ""
            out[i] = (cells[name] + (f"/{unit}" if unit else "")) + " | " + cells[report]
    return out


MAX_CONTENT_ROWS = 12  # rows under a header read to tell its name column by what it holds


def _name_column_by_content(lines: list[str], header: int, report: int) -> int | None:
    """The name column of a table whose header names its report column but not its name column (a form tool's
    export: "ID | Starttid | Sluttid | Kommun/organisation | Vad har hänt …?"): of the first
    :data:`MAX_CONTENT_ROWS` rows below the header, the one column other than the report column whose cells name
    municipalities exactly in most rows, at least :data:`MIN_EXPORT_ROWS` different ones (ids, time stamps and
    e-mail addresses name none; a long export's column repeating one region, "Region Gotland", is no list of
    municipalities). None when no column, or more than one, does."""
    rows = []
    for line in lines[header + 1:]:
        if not line.strip():
            continue
        cells = table_cells(line) if "|" in line or "\t" in line else None
        if not cells or len(rows) >= MAX_CONTENT_ROWS:
            break
        rows.append(cells)
    if len(rows) < MIN_EXPORT_ROWS:
        return None
    width = max(map(len, rows))
    named = [k for k in range(width) if k != report and len(hits := [
        cells[k] for cells in rows if k < len(cells) and cells[k] and (found := name_line_respondents(cells[k])) and _exact(found)])
        * 2 > len(rows) and len(set(hits)) >= MIN_EXPORT_ROWS]
    return named[0] if len(named) == 1 else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


_RULE_CHARACTERS = frozenset("-_=*—–~═━")
_RULE = re.compile(r"^(?:-{3,}|_{3,}|={3,}|\*{3,}|—{2,}|–{3,}|~{3,}|═{3,}|━{3,})$")
# a slide deck's marker alone on its line ("Bild 4", "Slide 4 of 11", "--- Bild 4 ---", "[Bild 4]"): a new slide
_SLIDE = re.compile(r"^[-=\[(]*\s*(?:bild|slide|folie|sida)\s+\d{1,3}(?:\s*(?:av|of|/)\s*\d{1,3})?\s*[-=\])]*$", re.IGNORECASE)
_SLIDE_INITIALS = frozenset("-=[(BbSsFf")


def _closes_text(line: str) -> bool:
    """A line after which a name line opens a block though no blank line is between them: a finished sentence,
    a contact line or a line that is no name (:data:`NOT_NAME_RE`)."""
    return line.rstrip().endswith((".", "!", "?", ")", "”", '"')) or bool(CONTACT_RE.search(line)) or bool(NOT_NAME_RE.match(line))


_SENTENCE_ENDS = (".", "!", "?", ";")
_CONTACT_CHARACTER = re.compile(r"[\d@\[]")  # what each of CONTACT_RE's matches holds (searched first: faster)


def _no_name_line(stripped: str) -> bool:
    """A stripped line that :func:`name_line_respondents` surely reads as no name line, told without reading it:
    it ends a sentence (".", "!", "?", ";") and has no "(" and no contact (:data:`CONTACT_RE`). Exact because
    :func:`_without_person` then only drops a label or a number at the line's start, or decoration at its
    ends, which is never a sentence's end mark (a part in parentheses needs a "("; a person after a dash, a comma
    or a "/" ends in a letter or holds a contact), so what is left
    still ends the sentence, or is empty, and :func:`_candidate_name_line` refuses it. Asked before the name
    line's reading in :func:`_blocks`: most lines of a page that is no network report are sentences."""
    return (stripped.endswith(_SENTENCE_ENDS) and "(" not in stripped
            and not (_CONTACT_CHARACTER.search(stripped) and CONTACT_RE.search(stripped)))


def _blocks(lines: list[str], enough: int | None = None):
    """(name line, respondents, body lines) per municipality block. With ``enough``, the first ``enough``
    blocks once there are that many (a block once found is never taken back: enough to tell whether a page has
    that many), their bodies maybe unfinished."""
    if any("|" in line or "\t" in line for line in lines):
        lines = _report_columns(lines)
    blocks = []
    listed = _listed_blocks(lines)
    previous = ""
    opened: tuple[int, ...] | None = None  # the agenda number of the open block's name line
    closed = False  # the open block ended at a later agenda item: lines go to no block until the next name line
    in_table: bool | str = False  # the open block is a table row's ("markdown": a row with outer pipes)
    skip_to = 0  # the end of a table read with its header row
    filled = [bool(line.strip()) for line in lines] + [False, False]  # which lines hold text (two past the end: none)
    for i, line in enumerate(lines):
        if enough is not None and len(blocks) >= enough:
            return blocks
        if i < skip_to:
            continue
        stripped = line.strip()
        if (stripped[:1] in _RULE_CHARACTERS and _RULE.match(stripped)) or (stripped[:1] in _SLIDE_INITIALS and _SLIDE.match(stripped)):
            # a rule line between blocks ("--------") or a slide's marker ("Bild 4"): ends the open block (what
            # follows it is the next block's, or the page's tail); it stands for a blank line. Right under a name
            # line it underlines it ("Nacka kommun" over "============"): the block stays open for its text
            underline = bool(blocks) and not blocks[-1][2] and previous.strip() == blocks[-1][0]
            closed, previous = bool(blocks) and not underline, ""
            continue
        if blocks and (PAGE_END_RE.match(stripped) or (stripped[-1:].isdigit() and DATED_STAMP.match(stripped))
                       or ((not previous.strip() or _closing_label(stripped, previous))
                                                      and CLOSING_HEADING_RE.match(stripped))):
            break
        if "|" in stripped and (table := _header_table(lines, i)):
            blocks.extend(table[0])
            skip_to, previous, opened, closed, in_table = table[1], "", None, True, False
            continue
        if "|" in stripped and (row := _table_row_block(stripped)):
            blocks.append((row[0], row[1], [row[2]]))
            # (a markdown row, "| Name | text |", holds all its text: the lines after the table are no cell's)
            previous, opened, closed, in_table = line, None, False, "markdown" if stripped[:1] == "|" else True
            continue
        if in_table and "|" in stripped and len(table_cells(stripped) or ()) > 1:
            closed = True  # a later row that names no municipality ("Nästa träff | …"): no text of the row above
        elif in_table == "markdown" and stripped and stripped[:1] != "|":
            closed = True  # text below a markdown table
        if i in listed:
            blocks.append((listed[i][0], listed[i][1], [listed[i][2]]))
            previous, opened, closed, in_table = line, None, False, False
            continue
        if (listed and blocks and not closed and stripped and not previous.strip() and i > max(listed)
                and not BULLET_RE.match(line) and _indent(line) <= _indent(lines[max(listed)])):
            # after the list whose items are the blocks, a paragraph at the list's margin (an item's own further
            # paragraph is indented under it): the page's text after the list, no text of its last item
            closed = True
        # (without a blank line before it: after a finished sentence, or out-dented from the lines above it as
        # the entries of minutes written with a hanging indent, "Arvika:    Vi har …")
        if stripped and ("–" in stripped or " - " in stripped or ": " in stripped or ". " in stripped[:64]) and (
                not previous.strip() or (blocks and (previous.rstrip().endswith((".", "!", "?"))
                                                     or _indent(line) < _indent(previous)))):
            named = _name_and_text(stripped)
            if named:
                blocks.append((named[0], named[1], [stripped[len(named[0]):].lstrip(" –—-:")]))
                previous, opened, closed, in_table = line, None, False, False
                continue
        # the next line with text, within two lines
        after = (i + 1 if filled[i + 1] else i + 2 if filled[i + 2] else None) if stripped else None
        if after is not None and lines[after].strip()[:1] in _RULE_CHARACTERS and _RULE.match(lines[after].strip()):
            after = next((k for k in range(after + 1, min(after + 3, len(lines))) if filled[k]), None)  # under a rule
        next_text = lines[after] if after is not None else ""
        previous_blank = not previous.strip()
        # (a line may open a block only where the test below would take it: after a blank line, with its label, or
        # after a finished sentence once a block or the heading is above; elsewhere it is not read as a name line)
        if next_text and (previous_blank or ((blocks or HEADING_RE.match(previous)) and _closes_text(previous))
                          or NAME_LABEL_RE.match(stripped)) and not _no_name_line(stripped) and (
                len(next_text.strip()) > len(_without_person(stripped)) or (previous_blank and _short_body(lines, after))):
            found = name_line_respondents(stripped)
            if found is not None and stripped[:1] == next_text.strip()[:1] and decorated(stripped):
                found = None  # an item of a list ("• Huddinge kommun" over "• Nacka kommun"): a list of names, no block
            # without a blank line before it, only a line that names a municipality exactly, after a finished sentence
            # (a name line with its label, "Kommun: Växjö", opens a block where it stands; so does the first one
            # right under the page's heading "Redovisning från deltagande kommuner", in an export without blank lines)
            if found is not None and (previous_blank or ((blocks or HEADING_RE.match(previous)) and _closes_text(previous) and _exact(found))
                                      or bool(NAME_LABEL_RE.match(stripped))):
                blocks.append((stripped, found, []))
                previous, opened, closed, in_table = line, _agenda_number(stripped), False, False
                continue
        if opened and previous_blank and stripped[:1].isdigit() and _closes_agenda_item(stripped, opened):
            closed = True
        if blocks and previous_blank and PARAGRAPH_ITEM_RE.match(stripped):
            closed = True  # the next "§" item of meeting notes ("§ 4 Övriga frågor") ends the round of municipalities
        if (blocks and previous_blank and _is_capitals(stripped) and _is_capitals(blocks[-1][0])
                and name_line_respondents(stripped) is None):
            closed = True  # in a newsletter whose municipalities are headings in capitals, another such heading ("KALENDARIUM") ends the block
        if blocks and not closed:
            body = blocks[-1][2]
            if not (stripped and not any(b.strip() for b in body) and _is_byline(stripped)):
                body.append(line)
        previous = line
    if enough is None and blocks and len(blocks[-1][2]) > 1:
        blocks[-1] = (blocks[-1][0], blocks[-1][1], _without_tail(blocks[-1][2]))
    return blocks


# a photo's caption or credit in a newsletter ("Bild från vårträffen. Foto: nätverket", "Fotograf: …", "© Nka")
CAPTION_RE = re.compile(r"(?:^|[.!]\s+|\()(?:foto|fotograf|bild|photo)\s*:\s*\S|©", re.IGNORECASE)
# a line listing the municipalities that were absent or gave no report: "Dessa kommuner deltog inte: A, B, C"
_LISTED_AFTER_COLON = re.compile(r"^[^:]{3,80}:\s*(?P<names>[^.:]+?)\.?\s*$")
MAX_SECTION_HEADING_WORDS = 6


def _section_heading(line: str) -> bool:
    """A short heading of a section of its own ("Tips!", "I korthet", "ÖVRIGT", "Kalender", a newsletter's button
    "Anmäl dig till nästa träff"): a few capitalised words with no sentence's end, no digit, and no
    municipality's name line."""
    s = line.strip()
    return (bool(s) and s[0].isupper() and len(s.split()) <= MAX_SECTION_HEADING_WORDS and not s.endswith((".", ",", ":", ";", "?"))
            and not any(c.isdigit() for c in s) and name_line_respondents(s) is None)


def _names_municipalities(line: str) -> bool:
    """A line whose text after a colon is a list of two or more municipalities, named exactly: an attendance
    or absence line ("Dessa kommuner deltog inte: Storuman, Malå.", "Förhinder: Ale, Lerum")."""
    m = _LISTED_AFTER_COLON.match(line.strip())
    if not m:
        return False
    parts = [p for p in re.split(r",\s*|\s+(?:och|samt)\s+", m.group("names")) if p.strip()]
    return len(parts) >= 2 and all(_exact(name_line_respondents(p) or []) for p in parts)


# a sentence about the meeting itself after the round of municipalities: "Träffen avslutades med en föreläsning …",
# "Dagen avrundades med fika.", "Tack till alla som deltog!" (no municipality's text)
MEETING_CLOSING_RE = re.compile(
    r"^(?:(?:dagen|träffen|mötet|nätverks(?:träffen|mötet|dagen)|eftermiddagen|förmiddagen|seminariet|konferensen|sammankomsten)"
    r"\s+(?:avslutade?s|avrundade?s|rundade?s\s+av|slutade|knöts\s+ihop)\b"
    r"|(?:stort\s+)?tack\s+(?:till\s+alla|alla|för\s+(?:en|ett|i\s*dag|dagen|träffen|mötet))\b"
    # (or the next meeting: "Nästa träff hålls i Borås i maj. …", "Nätverket träffas nästa gång i november.", "Vi ses
    # igen den 4 mars.")
    r"|nästa\s+(?:nätverks)?(?:träff|möte|sammankomst)\s+(?:hålls|blir|äger\s+rum|är|sker|planeras)\b"
    r"|(?:nätverket|gruppen|vi)\s+(?:träffas|ses|möts)\s+(?:nästa\s+gång|igen\s+(?:den|i|på|efter))\b)", re.IGNORECASE)


def _without_tail(body: list[str]) -> list[str]:
    """The last block's lines without the page's tail that follows it: from the first later paragraph that
    opens with a section's short heading ("I korthet", "Tips!", "ÖVRIGT"), is a photo's caption ("… Foto: …"),
    lists the absent municipalities or closes the meeting (:data:`MEETING_CLOSING_RE`). The block's first paragraph is always its own."""
    seen_text = False
    for k, line in enumerate(body):
        if not line.strip():
            continue
        starts = k == 0 or not body[k - 1].strip()
        if starts and seen_text and (_section_heading(line) or CAPTION_RE.search(line) or _names_municipalities(line)
                                     or MEETING_CLOSING_RE.match(line.strip())):
            return body[:k]
        seen_text = True
    return body


_CITY_WORD = re.compile(r"\bstad\b", re.IGNORECASE)
MAX_DISTRICT_WORDS = 4


def _district_heading(line: str, city: str) -> bool:
    """A district's sub-heading under its city's name line: a few capitalised words ("Skärholmen", "Västra Hisingen",
    "Rinkeby-Kista"; under a city, a name line with "stad") or a district said to be one by its word ("Stadsdel
    Angered", "Skärholmens stadsdelsförvaltning"); no municipality, person, sentence or closing heading."""
    s = line.strip()
    words = s.split()
    if not 0 < len(words) <= MAX_DISTRICT_WORDS or not s[0].isupper() or s.endswith((".", ",", ":", ";", "?", "!")):
        return False
    said = orgs.district_name(s, word_after=True) != s or orgs.district_name(s) != s
    if not said and not (_CITY_WORD.search(city) and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)):
        return False
    return not (CLOSING_HEADING_RE.match(s) or _is_person(s) or name_line_respondents(s) is not None)


# endings of Swedish common nouns that name a topic, not a place ("Utbildning", "Anhörigcafé", "Samtalsgrupper")
TOPIC_ENDINGS = ("ning", "ningar", "het", "heter", "else", "elser", "tion", "tioner", "café", "kafé", "grupp", "grupper",
                 "stöd", "stödet", "träff", "träffar", "arbete", "arbetet", "samverkan", "insatser", "aktiviteter", "projekt",
                 "material", "information", "övrigt", "nyheter", "rapport")


def _topic_word(heading: str, text: str) -> bool:
    """A one-word sub-heading that names a topic, not a district: a common noun by its ending, or a word the
    block's text writes in lower case ("Utbildning" over "… fått utbildning i …"); a place is written capitalised."""
    word = heading.strip()
    if " " in word or orgs.district_name(word, word_after=True) != word or orgs.district_name(word) != word:
        return False
    low = word.lower()
    return low.endswith(TOPIC_ENDINGS) or re.search(rf"(?<!\w){re.escape(low)}(?!\w)", text) is not None


def _district_sections(name_line: str, found: list[Respondent], body: list[str]) -> list[tuple[list[Respondent], list[str]]] | None:
    """A city's block whose text is in districts, each under its sub-heading ("Stockholms stad" / "Skärholmen" /
    text / "Södermalm" / text): a respondent per district, the district as sub-unit; None when the block opens with
    no such heading (a city's own text first) or names several municipalities or a district already."""
    if len(found) != 1 or found[0].sub_unit:
        return None
    starts = [k for k, line in enumerate(body) if line.strip() and (k == 0 or not body[k - 1].strip())]
    one_line = {k for k in starts if k + 1 == len(body) or not body[k + 1].strip()}
    city = _without_person(name_line)
    if len(starts) < 2 or starts[0] not in one_line or not _district_heading(body[starts[0]], city):
        return None  # (the block opens with its own text, the common case: asked once)
    text = " ".join(body)  # (a heading is capitalised: its own line never has its word in lower case)
    candidates = {k for k in one_line if _district_heading(body[k], city) and not _topic_word(body[k], text)}
    # (a heading is followed by its text: of two headings in a row, the first is none)
    headings = [k for k, after in zip(starts, starts[1:]) if k in candidates and after not in candidates]
    if not headings or headings[0] != starts[0]:
        return None
    sections = []
    for n, k in enumerate(headings):
        end = headings[n + 1] if n + 1 < len(headings) else len(body)
        sections.append(([replace(found[0], sub_unit=orgs.district_name(body[k].strip(), word_after=True), answers=[])], body[k + 1 : end]))
    return sections


def _closing_label(line: str, previous: str) -> bool:
    """A closing section written as a label after a finished sentence, with no blank line before it ("Nästa
    träff: mars."): a page exported without blank lines."""
    return previous.rstrip().endswith((".", "!", "?")) and bool(_LABEL.match(line))


_LABEL = re.compile(r"^[^\W\d][\w ]{0,30}:\s")


def _form_fields(body: list[str]) -> tuple[str, list[str]]:
    """(district, body) of a block written as a form: the leading "Stadsdel: …" field gives the district,
    contact fields ("Kontaktperson: …", "E-post: …") are left out, and the label of the report field
    ("Rapport: …") is dropped from its text (an empty one leaves no text). A block with no such fields is given
    back as it is."""
    district, out, leading = "", [], True
    for line in body:
        stripped = line.strip()
        if leading and stripped:
            if (m := DISTRICT_FIELD_RE.match(stripped)) and not district:
                district = orgs.district_name(stripped[m.end():])
                continue
            if BYLINE_RE.match(stripped) or UNIT_FIELD_RE.match(stripped):
                continue
            if m := REPORT_FIELD_RE.match(stripped):
                leading = False
                if stripped[m.end():]:
                    out.append(stripped[m.end():])
                continue
            leading = False
        out.append(line)
    return district, out


def _block_question(lines: list[str]) -> str:
    """The question the blocks answer: the first line ending in "?" near the page's top; of a table's header row
    ("Kommun | Vad har hänt sedan förra träffen?", a form export's "Tidstämpel | … | Vilken kommun …? | Vad har
    hänt …?"), the cell of the report column (else the row's last question), never the whole row."""
    line = next((l.strip() for l in lines[:12] if l.strip().endswith("?")), None)
    if line is None:
        return BLOCK_QUESTION
    cells = table_cells(line) if "|" in line or "\t" in line else None
    if not cells or len(cells) < 2:
        return line
    asked = [c for c in cells if c.endswith("?")]
    return next((c for c in cells if REPORT_COLUMN_RE.match(c)), asked[-1] if asked else line)


MIN_BLOCKS = 4  # municipality blocks before a page without the heading reads as a network report


def looks_like_network_report(text: str) -> bool:
    if HEADING_RE.search(text):
        return True
    return len(_blocks(text.split("\n"), enough=MIN_BLOCKS)) >= MIN_BLOCKS


@register("network_report", looks_like_network_report)
def parse_network_report(text: str, lines: list[str]):
    respondents: list[Respondent] = []
    warnings: list[str] = []
    question = _block_question(lines)
    blocks = []
    for name_line, found, body in _blocks(lines):
        sections = _district_sections(name_line, found, body) if body else None
        blocks.extend((name_line, part, text) for part, text in sections) if sections else blocks.append((name_line, found, body))
    for name_line, found, body in blocks:
        district, body = _form_fields(body)
        if district:
            found = [replace(r, sub_unit=r.sub_unit or district) for r in found]
        # a paragraph with no letter or digit ("–", "…") stands for no text: the respondent has no answer
        paragraphs = [p for p in split_paragraphs(body) if re.search(r"\w", p) and not NO_REPORT_RE.match(p)]
        if not paragraphs:
            warnings.append(f"municipality block without text: '{_without_person(name_line)}'")
        for respondent in found:
            respondent.answers = [Answer("NR", question, p) for p in paragraphs]
            respondents.append(respondent)
        # a line inside the block that reads as a municipality's name line: reported, never swallowed silently
        for line in body:
            s = line.strip()
            if s and MUNICIPAL_SUFFIX_RE.search(s) and _candidate_name_line(s) and len(s.split()) <= 4:
                again = name_line_respondents(s)
                if again is not None and _exact(again):
                    warnings.append(f"line '{_without_person(s)}' inside the block of '{_without_person(name_line)}' reads as a municipality's name line but has no text of its own")
    closing = next((l.strip() for i, l in enumerate(lines) if respondents and (i == 0 or not lines[i - 1].strip())
                    and CLOSING_HEADING_RE.match(l.strip())), None)
    if closing:
        warnings.append(f"closing section '{closing[:60]}' after the municipality blocks: no municipality's report, not a respondent's answer")
    if not respondents:
        warnings.append("no municipality block found on a page detected as network report")
    return respondents, warnings
