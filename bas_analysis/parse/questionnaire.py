"""Parser for `questionnaire` pages: a region's answers to the national questionnaire.

A title line names the region; then question lines (ending in "?", or short
headings such as "Särskilda satsningar") each followed by answer paragraphs;
then metadata (links, contact block, "Senast uppdaterad …"). Questions are
mapped to canonical ids with the patterns in ``data/questions.yaml``.

A table of several regions' answers (a form tool's export with a row per region, or a column per region
beside the questions) gives a respondent per region (:func:`respondent_table`), and so does a page of several
regions' sections, each region a heading over its questions (:func:`_region_sections`); any other page gives one.
A letter's closing greeting and a paragraph ending with the page's date end the answers.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache


from .. import orgs
from ..ingest import CELL_SEPARATOR
from . import (BULLET_RE, CLAUSE_WORDS, Answer, contact_block, contact_label, match_respondent, page_note, register,
               split_paragraphs, table_cells, undecorated)
from ..yamlfile import package_yaml

CLOSING_REMARK = "Q90"


@dataclass(frozen=True)
class QuestionCatalogue:
    questions: tuple[tuple[str, str, tuple[re.Pattern, ...], tuple[re.Pattern, ...]], ...]
    wordings: tuple[tuple[str, str], ...]
    openers: re.Pattern
    metadata: re.Pattern
    instructions: re.Pattern
    part_headings: re.Pattern


@lru_cache(maxsize=1)
def catalogue() -> QuestionCatalogue:
    data = package_yaml("questions.yaml")
    questions = tuple(
        (
            q["id"],
            q.get("label", q["id"]),
            tuple(re.compile(p, re.IGNORECASE) for p in q.get("patterns", [])),
            # the question's label ("Utbildning av personal") is a heading of it too
            tuple(re.compile(rf"^\s*{h}\s*:?\s*$", re.IGNORECASE)
                  for h in [*q.get("heading", []), *([re.escape(q["label"])] if q.get("label") else [])]),
        )
        for q in data["questions"]
    )
    wordings = tuple((q["id"], _folded(q["wording"])) for q in data["questions"] if q.get("wording"))
    openers = re.compile(r"^\s*(?:\S+\s+\S+\s+)?(?:" + "|".join(data["question_openers"]) + r")\b", re.IGNORECASE)
    metadata = re.compile(r"^\s*(?:" + "|".join(data["metadata"]) + ")", re.IGNORECASE)
    instructions = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?(?:" + "|".join(data.get("instruction_openers", [])) + r")\b", re.IGNORECASE)
    part_headings = re.compile(r"^\s*(?:\d{1,2}[.)]\s+)?(?:" + "|".join(data.get("part_headings", [])) + r")\s*:?\s*$",
                               re.IGNORECASE)
    return QuestionCatalogue(questions, wordings, openers, metadata, instructions, part_headings)


def _folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


MIN_CUT_QUESTION = 15


def classify_cut_question(line: str) -> str | None:
    """The id of a question line cut off by the page's end: it begins a canonical wording."""
    text = _folded(line)
    if len(text) < MIN_CUT_QUESTION or text.endswith((".", "!")):
        return None
    return next((qid for qid, wording in catalogue().wordings if wording.startswith(text) and wording != text), None)


_REQUIRED_MARK = re.compile(r"(?<=\?)\s*\*$")


@lru_cache(maxsize=4096)
def classify_question(line: str) -> str | None:
    """The canonical id of a question line, Q90 for another question, None for no question (remembered per
    line: the questionnaire's wordings recur on every page)."""
    text = line.strip()
    if text.endswith("*"):
        text = _REQUIRED_MARK.sub("", text)  # "Finns det barnombud? *": a form's mark of a required question
    if text and not (text[:1].isalnum() and (text[-1:].isalnum() or text[-1:] in "?.:,;)")):
        # a heading's decoration ("■ STYRDOKUMENT", "**Finns det barnombud?**", "## 2. Barnombud", "=== Utbildning ===");
        # a list's bullet before a short heading ("• Styrdokument") marks an item of an answer's list, no question
        bare = undecorated(text)
        if bare.endswith("?") or not BULLET_RE.match(text):
            text = bare
    if not text or len(text) > 300:
        return None
    if text.endswith("?)") and not text.startswith("("):
        # "Finns det dokumentation i journalen? (Används KVÅ-koder?)": a second question in brackets after the first (a
        # line that is all in brackets, "(Finns det barnombud?)", stays what it was)
        text = text[:-1]
    cat = catalogue()
    if text.endswith("?"):
        for qid, _, patterns, _ in cat.questions:
            if any(p.search(text) for p in patterns):
                return qid
        if len(text) <= 61 and not cat.openers.match(text):
            # a short topic heading asked with a question mark ("Utbildning?", "Material till barn?", "Efterlevnad?")
            # is that heading's question
            qid = _heading_id(text[:-1].rstrip())
            if qid is not None:
                return qid
        return CLOSING_REMARK if cat.openers.match(text) and len(text) < 200 else None
    if len(text) <= 60 and not text.endswith((".", ",", ":", ";")):
        return _heading_id(text)
    return None


_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[A-Z]\.\d{1,2})[.)]?\s+")  # "2.", "2.1", "A.3", "4)"
_HEADING_JOIN = re.compile(r"\s+(?:och|samt|&)\s+|\s*[,/]\s*", re.IGNORECASE)


def _heading_id(text: str) -> str | None:
    """The id of a short topic heading: one heading of a question, or headings of that one question joined
    by "och", "samt", "&", "," or "/" ("Journalföring och KVÅ-koder"); headings of two questions joined
    ("Styrdokument och barnombud") are no heading. A section number before it ("2. Styrdokument",
    "A.3 Barnombud") is no part of it."""
    text = _SECTION_NUMBER.sub("", text, count=1)
    for qid, _, _, headings in catalogue().questions:
        if any(h.match(text) for h in headings):
            return qid
    parts = _HEADING_JOIN.split(text)
    if len(parts) < 2:
        return None
    found = set()
    for part in parts:
        part = _SECTION_NUMBER.sub("", part, count=1)
        qid = next((qid for qid, _, _, headings in catalogue().questions if any(h.match(part) for h in headings)), None)
        if qid is None:
            return None
        found.add(qid)
    return found.pop() if len(found) == 1 else None


# words of a heading, two or more, maybe after a part number: "DEL 2. BARNOMBUD", "C. MATERIAL" (no "+SUM(1,2)")
_HEADING_WORDS = re.compile(r"(?:[^\W_]+[.)]?\s+)+[^\W\d_]{2,}(?:[\s,/&–-]+[^\W_]+)*")


def _section_heading(paragraph: str) -> bool:
    """A paragraph that is a heading in capitals of one line ("DEL 2. BARNOMBUD OCH BARNRÄTT"), not a sentence
    written in capitals ("NEJ, INGA SATSNINGAR.")."""
    return ("\n" not in paragraph and paragraph.isupper() and bool(_HEADING_WORDS.fullmatch(paragraph))
            and not paragraph.rstrip().endswith((".", "!", "?", ":")))


def _opens_question(line: str) -> bool:
    """A new paragraph that starts like a question and stops without a full stop."""
    text = line.strip()
    return bool(text) and not text.endswith((".", "!", ":", ")")) and bool(catalogue().openers.match(text)) and len(text.split()) >= 2


def classify_label(text: str) -> str | None:
    """The canonical id of a question given by its label where the layout says it is one (a table's question
    cell, a "Fråga:" label): a question pattern anywhere, or a heading, with or without "?"."""
    qid = classify_question(text)
    if qid:
        return qid
    text = text.strip()
    if not text or len(text) > 300:
        return None
    for qid, _, patterns, headings in catalogue().questions:
        if any(p.search(text) for p in patterns) or any(h.match(text) for h in headings):
            return qid
    return None


# Layout variants of "question line, then answer paragraph" (see :func:`layout`).
# "Fråga 3:", "Fråga:", "Q3.", "Fråga 3 av 12:"
_QUESTION_LABEL = re.compile(r"^\s*(?:(?:fråga|question)\s*\d{0,2}(?:\s*(?:av|of|/)\s*\d{1,2})?|q\s?\d{1,2})\s*[:.)]\s*", re.IGNORECASE)
# a counter alone on its line above a question ("Fråga 3 av 12", "Question 3 of 12", "Fråga 3/12"): a form's furniture
# (maybe with a note on whether it must be answered: "Fråga 3 av 12 (obligatorisk)", "Fråga 3/12 *")
_QUESTION_COUNTER = re.compile(r"^\s*(?:fråga|question)\s*\d{1,2}\s*(?:av|of|/)\s*\d{1,2}\s*"
                               r"(?:\*|[(\[]\s*(?:obligatorisk|frivillig|valfri|required|optional|mandatory)\s*[)\]])?\s*$", re.IGNORECASE)
# a survey tool's report furniture on a line of its own around a question and its answer: the question's type,
# whether it is required, the count of answers or skips ("Frågetyp: Fritext", "Antal svar: 1", "Answered: 1
# Skipped: 0", "Svarsfrekvens: 100 %"); never text of an answer
_REPORT_FIELD = re.compile(r"^\s*(?:(?:frågetyp|svarstyp|question\s+type|obligatorisk|required)\s*:\s*[^\W\d][\w /-]{0,25}"
                           r"|(?:(?:antal\s+(?:svar|besvarade|respondenter|överhoppade)|svarsfrekvens|besvarad\s+av|hoppade\s+över"
                           r"|answered|skipped|responses)\s*:\s*\d{1,6}(?:[.,]\d+)?\s*%?\s*)+)\s*$", re.IGNORECASE)
# an answer saying the question was left unanswered ("Ej besvarad", "(Inget svar)", "Not answered"): no answer
_NOT_ANSWERED = re.compile(r"^[(\[*_]*\s*(?:(?:ej|inte|ännu\s+ej)\s+besvara[dts]|obesvara[dt]|inget\s+svar(?:\s+(?:angivet|lämnat|inkom))?"
                           r"|svar\s+saknas|(?:not|no)\s+answer(?:ed)?)\s*[.!]?\s*[)\]*_]*$", re.IGNORECASE)
_NUMBER_LABEL = re.compile(r"^\s*\d{1,2}\s*[.)]\s+")  # "3.", "3)"
# "Svar:", "Regionens svar:", "Svar" alone, a form's answer type after it ("Svar (fritext):", "Answer (free text):")
_ANSWER_LABEL = re.compile(r"^\s*(?:(?:regionens|vårt|landstingets)\s+)?(?:svar|answer|response)(?:\s*\([^()\n]{1,30}\))?(?:\s*:\s*|\s*$)",
                           re.IGNORECASE)
# a form's label alone on its line over the free text that goes with a ticked option ("Kommentar:", "Förtydligande
# (valfritt):", "Comment:"): the option and the text after it are one answer
_COMMENT_LABEL = re.compile(r"^\s*(?:kommentar(?:er)?|kommentera|motivering|förtydligande|fritext|beskrivning|specificera|comments?|other)"
                            r"(?:\s*\([^()\n]{1,30}\))?\s*:\s*$", re.IGNORECASE)
_INLINE_ANSWER = re.compile(r"\s+svar\s*:\s+", re.IGNORECASE)  # "Fråga: … Svar: …" on one line
# a labelled question written in quotes with its answer after the closing quote on the same line ('Fråga 10: "Finns det
# material till föräldrar?" Ja, en broschyr.'): the quote closes the question
_QUOTED_QUESTION = re.compile(r'^\s*["“”«»](?P<question>[^"“”«»\n]{3,300}\?)\s*["“”«»]\s+(?P<answer>\S.*)$')
_ROW_NUMBER = re.compile(r"^\s*\d{1,2}[.)]?\s*$")  # a table's number cell: "3", "3."
_TITLE_PARTS = re.compile(r"\s+[–—|-]\s+|\s*:\s+")  # "Region X – Barn som anhöriga", "Region X: svar"
_TABLE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|?)+\s*$")
_TOPIC_AND_ANSWER = re.compile(r"^\s*(?P<topic>[^:–—?]{3,60}?)\s*(?::|\s[–—-])\s+(?P<answer>\S.*)$")  # "Barnombud: Ja, …"
_SEPARATOR = re.compile(r"^[–—-]\s+")  # "Finns det barnombud? – Ja"
# Form check boxes exported as text: ticked and empty ones ("☒ Ja ☐ Nej", "[X] Ja [ ] Nej")
_EMPTY_BOXES = ("☐", "□", "[ ]")  # plain strings: a line without any of them is looked at no further
_TICKED, _EMPTY = r"☒|☑|✔|✓|\[[xX]\]", "|".join(map(re.escape, _EMPTY_BOXES))
_BOX_OPTION = re.compile(rf"(?P<box>{_TICKED}|{_EMPTY})\s*(?P<label>(?:(?!{_TICKED}|{_EMPTY}).)+)")
_BOX_LINE = re.compile(rf"\s*(?:(?:{_TICKED}|{_EMPTY})\s*(?:(?!{_TICKED}|{_EMPTY}).)+){{2,}}")
MAX_LABELLED_OTHER = 120  # characters of a labelled question that matches no canonical one (kept as Q90)
MIN_LAYOUT_ROWS = 3  # rows (or lines) of one layout with distinct canonical questions before the layout counts


MAX_WRAPPED_LINES = 3  # lines a question hard-wrapped by a PDF export may run over


def _instruction(line: str) -> tuple[str, str, str] | None:
    """(question id, question, answer) of a question written as an instruction ending in ":" ("Beskriv hur
    styrdokumenten följs upp:"), its answer maybe after the colon on the same line; the instruction must
    name a canonical question by one of its patterns."""
    if ":" not in line or not catalogue().instructions.match(line):
        return None
    text = line.strip()
    if text.endswith(":"):
        question, answer = text, ""
    elif (colon := text.find(": ")) > 0:
        question, answer = text[: colon + 1], text[colon + 1 :].strip()
    else:
        return None
    if len(question) > 300:
        return None
    body = question[:-1]
    qid = next((qid for qid, _, patterns, _ in catalogue().questions if any(p.search(body) for p in patterns)), None)
    return (qid, question, answer) if qid else None


def _split_on_question_mark(line: str) -> tuple[str, str, str] | None:
    """(question id, question, answer) of a line that carries its answer after the question's "?":
    "Finns det barnombud? Ja, i alla kliniker." A second question sentence ("Om ja, var finns de?",
    "Används KVÅ-koder?") stays with the question; a line that ends with "?" is all question."""
    if line.rstrip().endswith("?"):
        return None
    start = 0
    while (mark := line.find("? ", start)) >= 0:
        head, rest = line[: mark + 1].strip(), line[mark + 1 :].strip()
        qid = classify_question(head)
        if qid and qid != CLOSING_REMARK:
            while (nxt := rest.find("? ")) >= 0 and _opens_question(rest[: nxt]) and "." not in rest[:nxt]:
                head, rest = head + " " + rest[: nxt + 1].strip(), rest[nxt + 1 :].strip()
            rest = _SEPARATOR.sub("", _ANSWER_LABEL.sub("", rest, count=1), count=1)
            return (qid, head, rest) if rest else None
        start = mark + 1
    return None


def _table_rows(lines: list[str], start: int) -> int:
    """The end (exclusive) of the run of table rows from ``start``; one blank line between two rows (an HTML
    table's rows as ingest writes them) does not end it."""
    end = start
    while end < len(lines):
        if lines[end].strip() and (table_cells(lines[end]) is not None or _TABLE_RULE.match(lines[end])):
            end += 1
        elif not lines[end].strip() and end + 1 < len(lines) and lines[end + 1].strip() and table_cells(lines[end + 1]) is not None:
            end += 1
        elif (not lines[end].strip() and end + 3 < len(lines) and _section_row(lines[end + 1])
              and not lines[end + 2].strip() and table_cells(lines[end + 3]) is not None):
            end += 3  # a section row spanning the columns ("Strukturella förutsättningar"), apart by blank lines
        elif (not lines[end].strip() and end + 3 < len(lines) and _cell_paragraph(lines, end + 1)
              and not lines[end + 2].strip() and table_cells(lines[end + 3]) is not None):
            end += 3  # a further paragraph of the row above's last cell (a Word table's answer in paragraphs)
        else:
            break
    return end


def _cell_paragraph(lines: list[str], j: int) -> bool:
    """Line ``j`` is a further paragraph of the last cell of the table row above it (a blank line between): a
    sentence without a cell separator, right under a row."""
    text = lines[j].strip()
    return (text.endswith((".", "!", ")")) and table_cells(text) is None and j >= 2 and not lines[j - 1].strip()
            and table_cells(lines[j - 2]) is not None)


def _section_row(line: str) -> bool:
    """A table row of one cell spanning the columns, as ingest writes it: a short line without a cell
    separator that ends no sentence and is no question."""
    text = line.strip()
    return (0 < len(text) <= 80 and table_cells(line) is None and not text.endswith((".", "!", "?", ":"))
            and classify_question(text) is None)


_QUESTION_COLUMN = re.compile(r"^(?:fråga|frågor|frågeställning|question)$", re.IGNORECASE)
_ANSWER_COLUMN = re.compile(r"^(?:(?:regionens|vårt|landstingets)\s+)?(?:svar|answer|response)$", re.IGNORECASE)
_ORG_COLUMN = re.compile(r"^(?:region|organisation|organization|landsting|huvudman|region/organisation|respondent|svarande)$", re.IGNORECASE)
# a column of closing remarks in a form tool's export ("Övriga kommentarer", "Övrigt", "Other comments"): Q90
_REMARKS_COLUMN = re.compile(r"^(?:övriga?\s+(?:kommentar(?:er)?|synpunkter|upplysningar|tankar)|övrigt|kommentar(?:er)?"
                             r"|(?:any\s+)?other\s+comments?|comments?)\s*[:?]?$", re.IGNORECASE)


def _named_columns(cells: list[str]) -> tuple[int, int, int | None] | None:
    """(question, answer, organisation or None) column of a header row of three or more cells that names one
    question column and one answer column ("Region | Nr | Område | Fråga | Svar | Senast ändrad")."""
    if len(cells) < 3:
        return None
    questions = [k for k, c in enumerate(cells) if _QUESTION_COLUMN.match(c)]
    answers = [k for k, c in enumerate(cells) if _ANSWER_COLUMN.match(c)]
    if len(questions) != 1 or len(answers) != 1:
        return None
    org = next((k for k, c in enumerate(cells) if _ORG_COLUMN.match(c)), None)
    return questions[0], answers[0], org


def cat_metadata(text: str) -> bool:
    return bool(catalogue().metadata.match(text))


def _wrapped_question(lines: list[str], i: int) -> tuple[str, str, int] | None:
    """(question id, question, end) of a canonical question hard-wrapped over lines ``i`` … ``end - 1`` (a PDF
    export breaks lines at a fixed width): a paragraph's first line that opens a question and does not end
    with "?", then at most :data:`MAX_WRAPPED_LINES` - 1 lines up to one that ends with "?"."""
    line = lines[i].strip()
    if (not line or line.endswith("?") or (i and lines[i - 1].strip()) or i + 1 >= len(lines)
            or not lines[i + 1].strip()
            or not catalogue().openers.match(_NUMBER_LABEL.sub("", _QUESTION_LABEL.sub("", line, count=1), count=1))):
        return None
    if _INLINE_ANSWER.search(line):
        return None
    parts = [line]
    for j in range(i + 1, min(i + MAX_WRAPPED_LINES, len(lines))):
        nxt = lines[j].strip()
        if not nxt or _QUESTION_LABEL.match(nxt) or _NUMBER_LABEL.match(nxt) or _ANSWER_LABEL.match(nxt):
            return None  # a line of its own: a labelled or numbered question, an answer
        parts.append(nxt)
        if nxt.endswith("?"):
            question = " ".join(parts)
            qid = classify_question(question)
            return (qid, question, j + 1) if qid and qid != CLOSING_REMARK else None
    return None


def _counted_question(line: str) -> str | None:
    """The id of the line under a question counter ("Fråga 12 av 12"): a question by its place, so a canonical one,
    or a bare topic (Q90, "Övriga kommentarer") when it is short and no answer label."""
    text = line.strip()
    if not text or _ANSWER_LABEL.match(text) or _COMMENT_LABEL.match(text) or _ticked(text) != text:
        return None
    return classify_label(text) or (CLOSING_REMARK if len(text) <= MAX_LABELLED_OTHER else None)


def _ticked(line: str) -> str:
    """A line of form check boxes with at least one empty box, as the labels of the ticked ones ("☐ Ja ☒ Nej"
    -> "Nej"; none ticked -> ""); any other line as it is (a list of ticks alone is a list)."""
    if not any(box in line for box in _EMPTY_BOXES) or not _BOX_LINE.fullmatch(line.rstrip()):
        return line
    return ", ".join(m["label"].strip(" ,;") for m in _BOX_OPTION.finditer(line) if not re.fullmatch(_EMPTY, m["box"]))


_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+")  # a line an e-mail reply quotes: "> Finns det barnombud?"
_MAIL_HEADER = re.compile(r"^\s*(?:från|skickat|till|ämne|kopia|datum|from|sent|to|subject|cc|date)\s*:", re.IGNORECASE)
_MAIL_SEPARATOR = re.compile(r"^\s*(?:-{3,}\s*[^-]+?\s*-{3,}|_{5,}|-{5,})\s*$")  # "-----Ursprungligt meddelande-----"
_CLOSING_GREETING = re.compile(r"^\s*(?:(?:med\s+)?(?:vänlig|vänliga|varma|bästa|hjärtliga)\s+hälsning(?:ar)?|hälsningar|mvh"
                               r"|(?:best|kind|warm)\s+regards|regards)\b[\s,!.]*$", re.IGNORECASE)


# the page's date closing a paragraph: "… Senast uppdaterad 2022-10-17.", "… Publicerad: 3 maj 2021"
_DATED_NOTE = re.compile(r"(?:^|[.!?]\s+)(?:senast\s+uppdaterad|uppdaterad|publicera[dt])\s*:?\s*(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+\w+\s+\d{4})\.?\s*$",
                         re.IGNORECASE)
_GREETING_INITIALS = frozenset("MmVvBbHhKkWwRr")  # the first letters :data:`_CLOSING_GREETING` matches
# a contact label opening the page's last paragraph: "Kontakt: utvecklingsledare, Vårdförvaltningen.", "Kontaktperson: …",
# "Frågor om svaren: …" (a contact without phone or address, which the catalogue's metadata needs mid-page)
_CLOSING_CONTACT = re.compile(r"^\s*(?:kontakt(?:person(?:er)?|uppgifter)?|contact(?:\s+person)?|frågor\s+om\s+\w+|ansvarig(?:\s+för\s+\w+)?)\s*:\s*\S",
                              re.IGNORECASE)


def _closing_contact(lines: list[str], i: int, last_text: int) -> bool:
    """Line ``i`` opens the page's last paragraph with a contact label (:data:`_CLOSING_CONTACT`): the page's tail."""
    return (lines[i][:1] in "KkCcFfAa" and (i == 0 or not lines[i - 1].strip()) and bool(_CLOSING_CONTACT.match(lines[i]))
            and all(line.strip() for line in lines[i:last_text + 1]))


# A page's document information after its last answer, told by its form: a run of two or more short rows of a label
# and a value ("Dokumentägare: Förvaltningen X", "Giltig från: | 2018-06-12", "Ändrad | 2019-03-01 10:15"), a table's
# two cells or a line each, at least one of whose values is a date, with no question after it
_INFO_ROW = re.compile(r"^\s*([^\W\d][\w-]*(?:[ \t]+[\w-]+){0,3})[ \t]*(?::[ \t]*(?:\|[ \t]*)?|\|[ \t]*)(\S.{0,60}?)\s*$")
_INFO_DATE = re.compile(r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+[^\W\d]{3,9}\.?\s+\d{4})(?:[ \t]+(?:kl\.?[ \t]*)?\d{1,2}[:.]\d{2})?")
MIN_INFO_ROWS = 2  # rows of a document information table


def _info_table(lines: list[str], i: int) -> bool:
    """Line ``i`` opens a document information table (:data:`_INFO_ROW`) that ends the page's questions."""
    rows, dated, k = 0, False, i
    while k < len(lines):
        line = lines[k]
        if line.strip():
            m = _INFO_ROW.match(line)
            if not m or _SENTENCE_END.search(m.group(2)[:-1]):
                break
            rows += 1
            dated = dated or bool(_INFO_DATE.fullmatch(m.group(2).rstrip(".")))
        k += 1
    return (rows >= MIN_INFO_ROWS and dated
            and not any(classify_question(line) for line in lines[k:] if line.strip()))


def _contact_before_question(lines: list[str], i: int) -> bool:
    """Line ``i`` opens a contact footer of several lines ("Kontakt:" over a name, a role, a phone number;
    :func:`bas_analysis.parse.contact_block`) that a question follows: it ends an answer, not the page."""
    end = next((k for k in range(i, len(lines)) if not lines[k].strip()), len(lines))
    return contact_block("\n".join(lines[i:end])) and any(classify_question(line) for line in lines[end:] if line.strip())


_WORD = re.compile(r"\w")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# a letter's greeting line: "Hej!", "Hej Karin,", "Hej alla,", "Dear colleagues,"
_GREETING = re.compile(r"^\s*(?:hej|hejsan|hallå|god\s+(?:morgon|dag|eftermiddag)|goddag|hello|hi|dear)\b[\w\s-]{0,30}[,!.]?\s*$",
                       re.IGNORECASE)


def _quote_depth(line: str) -> tuple[int, int]:
    """(quote depth, end of the quote markers) of a line: "> text" is 1, ">> text" and "> > text" are 2."""
    m = _QUOTED.match(line)
    return (m.group(0).count(">"), m.end()) if m else (0, 0)


def mail_reply(text: str) -> str:
    """An e-mail reply that answers the questions it quotes ("> Finns det barnombud? …", each answer the
    lines below it one quote level up) as a page of question lines and answers: a quoted paragraph (its lines
    joined, as the mail program wrapped them) that is a canonical question becomes one question line, any other
    text at the questions' quote level or deeper (the asker's greeting, signature) is dropped, and so are the
    mail's header lines ("Från:", "Skickat:"), the separator above the quoted mail and the reply's own
    signature (a closing greeting and the lines of its paragraph: a name, a title, a phone number). The
    answers are unquoted lines when the reply quotes the questions ("> Fråga"), or lines quoted one level less
    than the questions when the reply is itself quoted in a forwarded mail (answers "> Ja", questions ">>
    Fråga"): their quote markers are removed, and the forwarder's own note above (fewer markers) is dropped.
    Only a page that quotes at least :data:`MIN_LAYOUT_ROWS` distinct canonical questions at one level reads so;
    any other page is given back unchanged."""
    if ">" not in text:
        return text
    lines = text.split("\n")
    depths = [_quote_depth(line) for line in lines]
    quoted: list[tuple[int, int, int, str]] = []  # (first line, end, depth, the quoted paragraph as one line)
    i = 0
    while i < len(lines):
        depth, mark = depths[i]
        if depth and lines[i][mark:].strip():
            j, parts = i, []
            while j < len(lines) and depths[j][0] == depth and lines[j][depths[j][1]:].strip():
                parts.append(lines[j][depths[j][1]:].strip())
                j += 1
            quoted.append((i, j, depth, " ".join(parts)))
            i = j
            continue
        i += 1
    if len(quoted) < MIN_LAYOUT_ROWS:
        return text
    questions = {start: classify_question(joined) for start, _, _, joined in quoted}
    by_depth: dict[int, set[str]] = {}
    for start, _, depth, _ in quoted:
        if questions[start] and questions[start] != CLOSING_REMARK:
            by_depth.setdefault(depth, set()).add(questions[start])
    level = min((d for d, ids in by_depth.items() if len(ids) >= MIN_LAYOUT_ROWS), default=None)
    if level is None:
        return _forwarded_whole(lines, depths) or text
    out: list[str] = []
    ends = {start: (end, joined) for start, end, depth, joined in quoted if depth == level}
    i, signature = 0, False
    while i < len(lines):
        depth, mark = depths[i]
        if i in ends:
            end, joined = ends[i]
            out.extend([joined] if questions[i] else [""] * (end - i))
            i = end
            continue
        line = lines[i][mark:] if depth == level - 1 else lines[i]
        if depth != level - 1 or (depth and not line.strip()):
            out.append("")  # the asker's quoted text, the forwarder's note, an empty quoted line
        elif signature or _CLOSING_GREETING.match(line):
            signature = bool(line.strip())  # the greeting's paragraph: the signature
            out.append("")
        elif _MAIL_HEADER.match(line) or _MAIL_SEPARATOR.match(line):
            out.append("")
        else:
            out.append(line)
        i += 1
    return "\n".join(out)


def _forwarded_whole(lines: list[str], depths: list[tuple[int, int]]) -> str | None:
    """A forwarded mail that quotes the whole reply, questions and answers alike ("> 3. Hur följs styrdokumenten
    upp?" / "> Genom egenkontroll …", both at one quote level) as the reply's own lines: from the first line
    quoted at the deepest level that holds at least :data:`MIN_LAYOUT_ROWS` distinct canonical questions (one a
    line, or hard-wrapped over lines as the mail program wrapped it), that level's quote markers removed; the
    forwarder's note and the mail headers above it go. None for any other page."""
    for level in sorted({d for d, _ in depths if d}, reverse=True):
        first = next(k for k, (d, _) in enumerate(depths) if d == level)
        body = [line[mark:] if depth >= level else line for line, (depth, mark) in zip(lines[first:], depths[first:])]
        ids = {classify_question(line) for line in body}
        ids |= {found[0] for k in range(len(body)) if (found := _wrapped_question(body, k))}
        if len(ids - {None, CLOSING_REMARK}) >= MIN_LAYOUT_ROWS:
            return "\n".join(["", *body])
    return None


_CAPTION = re.compile(r"^\s*\((?P<question>[^\n]{5,300})\)\s*$")  # "(Fråga 4: Finns det barnombud?)"


def answers_first(text: str) -> str:
    """A page that gives each answer first and its question below it in parentheses, as a caption ("Ja, sedan
    2019.\n(Fråga 2: Finns det styrdokument?)"), as a page of question lines, each followed by its answer: the
    answer is the paragraphs between the caption before and this caption; for the first caption, the
    paragraphs after the page's last gap of two or more blank lines above it (the head of the page stays
    where it is), or else the paragraph right above it. Only a page with at least :data:`MIN_LAYOUT_ROWS`
    distinct canonical questions as captions, each right under a line of text, reads so; any other page is
    given back unchanged."""
    if text.count(")\n") + text.endswith(")") < MIN_LAYOUT_ROWS:
        return text  # fewer lines that end in ")" than captions needed
    lines = text.split("\n")
    captions = {}
    for i, line in enumerate(lines):
        if i and lines[i - 1].strip() and line.lstrip().startswith("(") and (m := _CAPTION.match(line)):
            question = m["question"].strip()
            label = _QUESTION_LABEL.match(question)
            qid = classify_label(question[label.end():] if label else question)
            if qid:
                captions[i] = question
    if len({classify_label(q[m.end():] if (m := _QUESTION_LABEL.match(q)) else q) for q in captions.values()} - {CLOSING_REMARK}) < MIN_LAYOUT_ROWS:
        return text
    order = sorted(captions)
    first = order[0]
    start = first
    while start > 0 and lines[start - 1].strip():
        start -= 1  # the paragraph right above the first caption
    gap = next((k for k in range(start - 1, 0, -1) if not lines[k].strip() and not lines[k - 1].strip()), None)
    if gap is not None:
        start = gap + 1
        while start < first and not lines[start].strip():
            start += 1
    out = lines[:start]
    previous = start
    for i in order:
        out.extend(["", captions[i], *lines[previous:i], ""])
        previous = i + 1
    out.extend(lines[previous:])
    return "\n".join(out)


# a numbered line, maybe quoted or labelled: "3. …", "> 3) …", "Fråga 3: …", "Svar på fråga 3: …", "Svar 3: …"
_NUMBERED = re.compile(r"^(?P<quote>[ \t]*(?:>[ \t]?)*)[ \t]*(?:(?:svar\s+(?:på\s+|till\s+)?)?(?:fråga|question)\s*|svar\s*|q\s?)?"
                       r"(?P<number>\d{1,2})\s*(?:[.):]|\s[–—-])[ \t]+(?P<text>\S.*)$", re.IGNORECASE)
_NUMBERED_START = re.compile(r"^[ \t>]*(?:(?:svar|fråga|question|q)[\w ]{0,12}?)?\d{1,2}\s*(?:[.):]|\s[–—-])[ \t]+\S", re.IGNORECASE | re.MULTILINE)


def numbered_answers(text: str) -> str:
    """Answers numbered after a numbered list of the questions elsewhere on the page (an e-mail reply that
    answers "1. …", "2. …" and quotes or copies the asker's numbered questions below or above; "Svar på fråga
    3: …"), as a page of question lines and answers: each numbered answer gets its question's line above it, and
    the list of questions goes. A number missing among the answers is a question not answered. The answers must
    all stand above or all below the list (numbered items among the questions are an answer's own list). Only a
    page with a list of at least :data:`MIN_LAYOUT_ROWS` distinct canonical questions, and as many numbered paragraphs
    that are no question and whose numbers are in the list, reads so; any other page is given back unchanged."""
    if len(_NUMBERED_START.findall(text)) < 2 * MIN_LAYOUT_ROWS:
        return text  # (cheap) too few numbered lines for a list of questions and a list of answers
    lines = text.split("\n")
    questions: dict[str, tuple[int, str, str]] = {}  # number -> (line, question, id)
    answers: list[tuple[int, str, str]] = []  # (line, number, answer text)
    for i, line in enumerate(lines):
        m = _NUMBERED.match(line) if line.strip()[:1] not in ("", "-", "•") else None
        if not m:
            continue
        body = m["text"].strip()
        qid = classify_question(body)
        if qid and qid != CLOSING_REMARK:
            questions.setdefault(m["number"], (i, body, qid))
        elif "?" not in body:
            answers.append((i, m["number"], body))  # (a line with a question in it, a contents' entry, is no answer)
    if len({qid for _, _, qid in questions.values()}) < MIN_LAYOUT_ROWS:
        return text
    answers = [a for a in answers if a[1] in questions]
    if len(answers) < MIN_LAYOUT_ROWS or len({n for _, n, _ in answers}) < len(answers):
        return text  # (a number answered twice: two lists, not answers to the questions)
    if [int(n) for _, n, _ in answers] != sorted(int(n) for _, n, _ in answers):
        return text
    listed = [i for i, _, _ in questions.values()]
    if not (answers[-1][0] < min(listed) or answers[0][0] > max(listed)):
        return text  # numbered items among the questions (an answer's own list): the questions' own layout
    out = list(lines)
    for i, _, _ in questions.values():
        out[i] = ""  # the list of questions
        j = i + 1  # (and a question's wrapped lines below it)
        while j < len(lines) and lines[j].strip() and not _NUMBERED.match(lines[j]) and not lines[j].strip().startswith(">") \
                and j not in {a for a, _, _ in answers}:
            out[j] = "" if not _MAIL_SEPARATOR.match(lines[j]) else lines[j]
            j += 1
    for i, number, body in answers:
        out[i] = f"\n{questions[number][1]}\n{body}"
    return "\n".join(out)


# a question numbered on two levels, its part first ("1.2 Finns det …?", "B.3 Hur …?"), and a part's heading ("1.
# Organisation och styrning", "B Material"): searched in "\n" + text
_TWO_LEVEL_QUESTION = re.compile(r"\n[ \t]*(?P<part>\d{1,2}|[A-Z])\.\d{1,2}\.?[ \t]+\S[^\n]*\?[ \t]*(?=\n|$)")
_PART_HEADING = re.compile(r"\n[ \t]*(?:(?P<part>\d{1,2})(?:[.)]|[ \t]+[–—-])?|(?P<letter>[A-Z])[.)])[ \t]+(?P<title>[A-ZÅÄÖ][^\n.!?:;]{1,60})(?=\n|$)")


def numbered_sections(text: str) -> str:
    """A page whose questions are numbered on two levels ("1.1", "1.2", "2.1" …, at least :data:`MIN_LAYOUT_ROWS`
    of them) without the headings of their parts: a line of its own that numbers a part on one level ("2.
    Barnrätt", "4. Kompetens och material") above that part's questions is its heading, neither a question's
    topic nor text of the answer above it. Any other page is given back unchanged."""
    if text.count(".") < 2 * MIN_LAYOUT_ROWS:
        return text
    source = "\n" + text
    parts = [(m.start(), m["part"]) for m in _TWO_LEVEL_QUESTION.finditer(source)]
    if len(parts) < MIN_LAYOUT_ROWS:
        return text

    def heading(m: re.Match) -> str:
        # (a paragraph of its own, a capitalised title: a list's item inside an answer, "1. på sjukhuset", stays)
        own = m.start() == 0 or source[m.start() - 1] == "\n"
        below = next((part for at, part in parts if at > m.start()), None)
        return "\n" if own and below == (m["part"] or m["letter"]) else m.group(0)

    return _PART_HEADING.sub(heading, source)[1:]


# the short labels of an interview's or a transcript's questions and answers, in pairs: "F:" / "S:" (fråga, svar),
# "Q:" / "A:", "Fr:" / "Sv:", "Question:" / "Answer:" (each read as "Fråga:" / "Svar:", the labels the layout knows)
_LABEL_PAIRS = (("F", "S"), ("Q", "A"), ("Fr", "Sv"), ("Question", "Answer"), ("Intervjuare", "Svar"))
_PAIRED_LABEL = re.compile(r"^[ \t]*(?P<label>[A-Z][a-zåäö]{0,11}):[ \t]*", re.MULTILINE)


def paired_labels(text: str) -> str:
    """A page whose questions and answers carry a pair of short labels (:data:`_LABEL_PAIRS`, "F: Finns det
    barnombud?" / "S: Ja, …") with the question label as "Fråga:" and the answer label as "Svar:". Only when at
    least :data:`MIN_LAYOUT_ROWS` lines carry each label of one pair; any other page is given back unchanged."""
    if not any(question + ":" in text for question, _ in _LABEL_PAIRS):
        return text  # (cheap) no question label of a pair
    counts = Counter(m["label"] for m in _PAIRED_LABEL.finditer(text))
    pair = next(((q, a) for q, a in _LABEL_PAIRS if counts[q] >= MIN_LAYOUT_ROWS and counts[a] >= MIN_LAYOUT_ROWS), None)
    if pair is None:
        return text
    names = dict(zip(pair, ("Fråga: ", "Svar: ")))
    return _PAIRED_LABEL.sub(lambda m: names.get(m["label"], m.group(0)), text)


# a region named in parentheses on a line of its own, under the answer it gave: "(Region Kronoberg)"
_ATTRIBUTION = re.compile(r"^[ \t]*\((?P<region>[^()\n]{3,60})\)[ \t]*$", re.MULTILINE)
_ITEM_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s+")  # "  2. " before an answer in a report's list


def question_major(text: str) -> str:
    """A report that lists, under each question, every region's answer, each answer followed by the region in
    parentheses on the line after it ("  1. Ja, sedan 2019.\n     (Region Kronoberg)"), as a page of regions'
    sections: each region a heading over its questions and answers, regions in the order they first appear.
    An answer is the lines above its region's line, from the numbered item ("1.") that opens it, else from the
    blank line above it (a count line such as "Besvarad av: 3" under the question is no answer). A region not
    listed under a question did not answer it. Only a page where :data:`MIN_TABLE_RESPONDENTS` or more regions
    are named so under :data:`MIN_LAYOUT_ROWS` or more distinct canonical questions reads so; any other page is
    given back unchanged."""
    if text.count(")\n") + text.endswith(")") < MIN_LAYOUT_ROWS:
        return _named_first(text)
    attributions = [m for m in _ATTRIBUTION.finditer(text) if _region_cell(m["region"].strip())]
    if len(attributions) < MIN_LAYOUT_ROWS or len({m["region"].strip() for m in attributions}) < MIN_TABLE_RESPONDENTS:
        return _named_first(text)
    lines = text.split("\n")
    head: list[str] | None = None
    question = None  # (line, qid) of the question the answers stand under
    start = 0  # the first line an answer may take
    regions: dict[str, list[tuple[str, list[str]]]] = {}
    qids: set[str] = set()
    for i, line in enumerate(lines):
        m = _ATTRIBUTION.match(line) if line.rstrip().endswith(")") else None
        if m and question and _region_cell(m["region"].strip()):
            segment = lines[start:i]
            items = [k for k, l in enumerate(segment) if _ITEM_NUMBER.match(l)]
            blanks = [k for k, l in enumerate(segment) if not l.strip()]
            first = items[-1] if items else (blanks[-1] + 1 if blanks else 0)
            answer = [_ITEM_NUMBER.sub("", segment[first], count=1)] + segment[first + 1:] if first < len(segment) else []
            regions.setdefault(m["region"].strip(), []).append((question[0], [l.strip() for l in answer]))
            qids.add(question[1])
            start = i + 1
        elif (qid := classify_question(line)) and not _ITEM_NUMBER.match(line):
            if head is None:
                top = i
                while top and lines[top - 1].strip():
                    top -= 1  # the question's paragraph ("Fråga 1" above it) is no part of the page's head
                head = lines[:top]
            question, start = (line.strip(), qid), i + 1
    if head is None or len(regions) < MIN_TABLE_RESPONDENTS or len(qids - {CLOSING_REMARK}) < MIN_LAYOUT_ROWS:
        return text
    return _by_region(head, regions)


def _by_region(head: list[str], regions: dict[str, list[tuple[str, list[str]]]]) -> str:
    """A page of regions' sections: the page's head, then each region a heading over its questions and answers."""
    out = list(head)
    for region, answers in regions.items():
        out.extend(["", region, ""])
        for question_line, answer in answers:
            out.extend([question_line, *answer, ""])
    return "\n".join(out)


# a region named before the answer it gave under a question: "Region Gotland svarar: …", "Region Gotland: …",
# "Svar från Region Gotland – …", "**Region Gotland**" (the answer on the lines below), "Region Gotland har
# inte svarat på frågan" (no answer)
_NAMED_FIRST = re.compile(r"^[ \t]*[*_#>•-]*[ \t]*(?:(?:svar|kommentar)\s+från\s+)?(?P<region>[^\W\d][^:–—\n*_]{2,59}?)[*_]*"
                          r"(?:(?P<said>\s+(?:svarar|svarade|skriver|uppger|anger|answers?)\b\s*[:–—-]?|\s*(?::|[ \t][–—-](?=[ \t])))[*_]*[ \t]*"
                          r"(?P<answer>.*?)|[ \t]*[*_]*[ \t]*:?(?P<alone>)|\s+(?P<none>(?:har|hade)\s+(?:inte|ej)\s+(?:svarat|besvarat)\b.*))$",
                          re.IGNORECASE)
# what a line must hold for _NAMED_FIRST to match it when what follows its line's marks is over 60 characters (the
# longest name): a separator after the name, a word saying it answered or did not, or "Svar från" (cheap test)
_NAMED_FIRST_HINT = re.compile(r":|[ \t][–—-][ \t]|\s(?:svarar|svarade|skriver|uppger|anger|answer)|(?:svar|kommentar)\s+från\s"
                               r"|\s(?:har|hade)\s+(?:inte|ej)\s+(?:svarat|besvarat)", re.IGNORECASE)
_NAMED_FIRST_MARKS = " \t*_#>•-"  # the marks around a name alone on its line ("**Region Gotland**")
_NAMED_FIRST_WORDS = ("svar", "skriver", "uppger", "anger", "answer", "från")  # (lower case; "svarat", "kommentar från")
_ODD_CASES = "\u0130\u0131\u017f\u212a\u212b"  # "İıſKÅ": equal to a letter above only when case is ignored
_DASH = re.compile(r"[ \t][–—-]")


def _may_name_first(line: str) -> bool:
    """False for a line _NAMED_FIRST cannot match (cheaper than the pattern, which tries each length of name)."""
    if len(line.strip(_NAMED_FIRST_MARKS)) <= 60 or ":" in line or (("-" in line or "–" in line or "—" in line) and _DASH.search(line)):
        return True
    low = line.lower()
    for word in _NAMED_FIRST_WORDS:
        if word in low:
            return True
    return any(c in line for c in _ODD_CASES) and bool(_NAMED_FIRST_HINT.search(line))


_REGION_WORDS = ("Region ", "region", "Landsting", "landsting")  # a region's name has one of these (cheap test)


MAX_REMEMBERED_LINE = 2000  # characters of a line whose reading is remembered (a longer one is read each time)


@lru_cache(maxsize=4096)
def _named_line(line: str) -> re.Match | None:
    """The line's match of :data:`_NAMED_FIRST` when it opens with a region's name (:func:`_region_cell`), else
    None; once per distinct line in a process (a pure function of the line, and its match is only read): the
    pages of a questionnaire repeat its questions and many answers."""
    m = _NAMED_FIRST.match(line) if _may_name_first(line) else None
    return m if m and _region_cell(m["region"].strip()) else None


def _named_first(text: str) -> str:
    """A report that lists, under each question, every region's answer, each opening with the region's name
    ("Region Gotland svarar: Ja.", "Region Gotland: Ja.", "Svar från Region Gotland – Ja.", or the name
    alone on a line over its answer), as a page of regions' sections (as :func:`question_major`). An answer
    is the paragraph of the region's line (the paragraph below a name alone); a region saying it did not answer
    ("… har inte svarat på frågan") gives no answer. Only a page where :data:`MIN_TABLE_RESPONDENTS` or more
    regions are named so under :data:`MIN_LAYOUT_ROWS` or more distinct canonical questions each reads so;
    any other page is given back unchanged."""
    if sum(text.count(word) for word in _REGION_WORDS) < MIN_LAYOUT_ROWS * MIN_TABLE_RESPONDENTS:
        return text  # (cheap) too few region names for a region under each of enough questions
    lines = text.split("\n")
    head: list[str] | None = None
    question = None
    regions: dict[str, list[tuple[str, list[str]]]] = {}
    asked: dict[str, set[str]] = {}
    found: dict[int, re.Match | None] = {}

    def named(k: int) -> re.Match | None:
        """Line k opening with a region's name (read once: the answer's end and the next line both ask)."""
        if k not in found:
            line = lines[k]
            found[k] = _named_line(line) if len(line) <= MAX_REMEMBERED_LINE else _named_line.__wrapped__(line)
        return found[k]
    i = 0
    while i < len(lines):
        line = lines[i]
        m = named(i) if question and line.strip() and len(line) < 2000 else None
        if m:
            region = m["region"].strip()
            end = i + 1
            if m["alone"] is not None:  # the name alone: its answer is the paragraph below it
                while end < len(lines) and not lines[end].strip():
                    end += 1
                first = end
            else:
                first = None
            while end < len(lines) and lines[end].strip() and not classify_question(lines[end]) and not named(end):
                end += 1
            answer = [] if m["none"] is not None else \
                ([m["answer"].strip()] if m["alone"] is None else []) + [l.strip() for l in lines[(first or i + 1):end]]
            regions.setdefault(region, [])
            if any(a for a in answer):
                regions[region].append((question[0], answer))
            asked.setdefault(region, set()).add(question[1])
            i = end
            continue
        if (qid := classify_question(line)) or (line.strip()[-1:] == "?" and (qid := classify_label(_QUESTION_LABEL.sub("", line, count=1)))):
            if head is None:
                top = i
                while top and lines[top - 1].strip():
                    top -= 1
                head = lines[:top]
            question = (_QUESTION_LABEL.sub("", line.strip(), count=1), qid)
        i += 1
    named = [r for r, qids in asked.items() if len(qids - {CLOSING_REMARK}) >= MIN_LAYOUT_ROWS]
    if head is None or len(named) < MIN_TABLE_RESPONDENTS:
        return text
    return _by_region(head, {r: regions[r] for r in named})


# a form tool's view of one response copied as text: its pager ("<   2 av 3   >") and the time it was sent
_FORM_PAGER = re.compile(r"^\s*<?\s*\d{1,4}\s+(?:av|of|/)\s+\d{1,4}\s*>?\s*$", re.IGNORECASE)
_FORM_SENT = re.compile(r"^\s*(?:skickat|inskickat|inlämnat|submitted)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?\s*$",
                        re.IGNORECASE)
# a form's field that asks who answers ("Vilken region svarar? *", "Organisation:"), its answer on the next line
# (searched from its word, which is much faster than from each line's start; the line's start is found after)
_WHO_FIELD = re.compile(r"\b(?:region|landsting|organisation)\w*\b[^\n]{0,60}?[?:][ \t]*\*?[ \t]*\n(?P<answer>[^\n]{3,60})$",
                        re.IGNORECASE | re.MULTILINE)


_REGION_LINE_NAMES = ("\nRegion ", "\nLandsting", "regionen\n", "landsting\n")  # a line that is a region's name, its start or end


def form_responses(text: str) -> str:
    """A form tool's responses copied as text, each naming its region as the answer to a field ("Vilken region
    svarar? *" with "Region Uppsala" on the line below), as a page of regions' sections: the field's question
    line is dropped, so its answer is the heading of the region's section, and each response's pager ("< 2 av 3
    >") and sent time ("Skickat 2022-03-14 09:41") go. Only a page with :data:`MIN_TABLE_RESPONDENTS` or more
    such fields naming regions exactly reads so; any other page is given back unchanged."""
    if sum(text.count(name) for name in _REGION_LINE_NAMES) < MIN_TABLE_RESPONDENTS:
        return text  # (cheap) fewer lines that name a region than responses needed
    fields = [m for m in _WHO_FIELD.finditer(text) if _region_cell(m["answer"].strip())]
    if len({m["answer"].strip() for m in fields}) < MIN_TABLE_RESPONDENTS:
        return text
    out = []
    at = 0
    for m in fields:
        start = text.rfind("\n", 0, m.start()) + 1  # the field's question line from its start
        if start < at:
            continue
        out.append(text[at:start])
        out.append("\n" + m["answer"].strip() + "\n")
        at = m.end()
    out.append(text[at:])
    return "\n".join(line for line in "".join(out).split("\n") if not (_FORM_PAGER.match(line) or _FORM_SENT.match(line)))


# a survey tool's record header naming who answers on the field's own line ("Organisation: Region Dalarna",
# "Respondent: Region X"), among other fields of the record ("Inskickad: 2022-10-03", "Status: Fullständigt")
_WHO_SAME_LINE = re.compile(r"^[ \t]*(?:organisation|organization|region|landsting|huvudman|respondent|svarande)[ \t]*:[ \t]*"
                            r"(?P<answer>\S[^\n]{2,59}?)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_WHO_SAME_LINE_WORDS = ("ation:", "egion:", "sting:", "udman:", "ndent:", "arande:")  # (cheap) the field's end
_RECORD_FIELD = re.compile(r"^[ \t]*[^\W\d][\w ./-]{0,30}:[ \t]*\S")  # "Inskickad: 2022-10-03", "Respondent-ID: R-7"
# a record's end or start marked between runs of dashes or equals signs ("--- Slut på svar för R-7 ---")
_RECORD_MARK = re.compile(r"^[ \t]*(?:[-=*~#]{3,})[ \t]*[^-=*~#\s][^\n]{0,80}?[ \t]*[-=*~#]{3,}[ \t]*$")
MIN_RECORD_FIELDS = 2  # "Label: value" lines in a paragraph before it reads as a record's header


def form_records(text: str) -> str:
    """A survey tool's print of several responses, each under a header of fields of which one names the region on
    its own line ("Organisation: Region Dalarna" among "Inskickad: …", "Status: …"), as a page of regions' sections:
    each header paragraph becomes the region's heading, and the furniture between records goes (a marker line
    "--- Slut på svar för … ---", the tool's banner repeated above each record). Only a page with
    :data:`MIN_TABLE_RESPONDENTS` or more such headers naming different regions exactly reads so; any other page
    is given back unchanged."""
    if not any(word in text for word in _WHO_SAME_LINE_WORDS):
        return text
    lines = text.split("\n")
    headers = []  # (first line, end line, region)
    for m in _WHO_SAME_LINE.finditer(text):
        region = m["answer"].strip()
        if not _region_cell(region):
            continue
        at = text.count("\n", 0, m.start())
        start, end = at, at + 1
        while start and lines[start - 1].strip():
            start -= 1
        while end < len(lines) and lines[end].strip():
            end += 1
        if sum(1 for line in lines[start:end] if _RECORD_FIELD.match(line)) >= MIN_RECORD_FIELDS and (not headers or start >= headers[-1][1]):
            headers.append((start, end, region))
    if len({region for _, _, region in headers}) < MIN_TABLE_RESPONDENTS or len(headers) != len({r for _, _, r in headers}):
        return text
    # the tool's banner over each record ("NETIGATE – SVARSUTSKRIFT"), its lines above the first field (the rules
    # around it are gone at ingest) or the paragraph above: the page's title over the first record, dropped over the others
    first = headers[0][0]
    while first < headers[0][1] and not _RECORD_FIELD.match(lines[first]):
        first += 1
    banner = {line.strip() for line in lines[headers[0][0]:first]} or {next((line.strip() for line in lines if line.strip()), "")}
    drop = {i for i, line in enumerate(lines) if ("---" in line or "===" in line or "***" in line or "~~~" in line or "###" in line)
            and _RECORD_MARK.match(line)}
    for start, _, _ in headers[1:]:
        j = start - 1
        while j >= 0 and (not lines[j].strip() or j in drop or lines[j].strip() in banner):
            if lines[j].strip() in banner:
                drop.add(j)
            j -= 1
    out = []
    at = 0
    for n, (start, end, region) in enumerate(headers):
        out.extend(line for k, line in enumerate(lines[at:start], at) if k not in drop)
        out.extend([*(line for line in lines[start:end] if line.strip() in banner and not n), "", region, ""])
        at = end
    out.extend(line for k, line in enumerate(lines[at:], at) if k not in drop)
    return "\n".join(out)


# a numbered line, one level: "3. Hur följs …?", "14) Övrigt"
_NUMBERED_QUESTION = re.compile(r"^\s*(?P<number>\d{1,2})[.)]\s+(?P<text>\S.*)$")


def _numbered_sequel(lines: list[str], i: int, questions: tuple[tuple[int, int], ...]) -> bool:
    """Line ``i`` is a numbered question of its own that matches no canonical one ("14. Övrigt som regionen vill
    lyfta fram", "13) Övriga kommentarer"): on a page of at least :data:`MIN_LAYOUT_ROWS` numbered canonical
    questions, a line after a blank line or a finished sentence, short and no sentence, whose number is the next
    after the numbered question above it, with no numbered line between them. It ends the answer above it (a list
    inside an answer numbers from 1 again, and its items are numbered lines between)."""
    if len(questions) < MIN_LAYOUT_ROWS or (i and lines[i - 1].strip() and not lines[i - 1].rstrip().endswith((".", "!", "?"))):
        return False
    m = _NUMBERED_QUESTION.match(lines[i])
    if not m or len(m["text"]) > MAX_LABELLED_OTHER or m["text"].rstrip().endswith((".", "!", ";", ",")):
        return False
    above = max((k for k, _ in questions if k < i), default=None)
    return (above is not None and int(m["number"]) == dict(questions)[above] + 1
            and not any(_NUMBERED_QUESTION.match(line) for line in lines[above + 1 : i])
            and classify_question(m["text"]) in (None, CLOSING_REMARK))


@lru_cache(maxsize=8)
def layout(text: str) -> tuple[tuple[str, ...], dict[int, str]]:
    """The page's lines in the ordinary layout, and the question id of lines whose layout says they are a
    question (index -> id).

    Handled: a table of question | answer rows (pipes or tabs; a header row and the rule row dropped; a
    row's question cell may be a short topic such as "Styrdokument"), "Fråga N:" labels, "Svar:" labels,
    "Fråga: … Svar: …" on one line, and answers written on the question's line after its "?" (only on a
    page where at least :data:`MIN_LAYOUT_ROWS` lines do so, so a question sentence inside an ordinary
    answer stays text). A numbered question ("3.", "3)") needs nothing: it is a question by its "?". An
    HTML table's rows ("question | answer", apart by blank lines as ingest writes them) read as a table;
    a canonical question hard-wrapped over lines by a PDF export is one question line. A topic and its answer
    on one line ("Styrdokument: …", at least :data:`MIN_LAYOUT_ROWS` such lines), a "Fråga N:" label on no
    canonical question (Q90, on a page of labelled questions) and a line of form check boxes (the ticked
    option kept) are read too. So are a table's number column ("Nr | Fråga | Svar") and its section rows
    (one cell spanning the columns), header rows above the first question, questions written as
    instructions ending in ":" ("Ange om det finns barnombud:", at least :data:`MIN_LAYOUT_ROWS` of them),
    "Q1." labels, an e-mail reply quoting the questions (:func:`mail_reply`), and answers given before their
    questions (:func:`answers_first`).
    """
    text = answers_first(mail_reply(numbered_answers(form_records(form_responses(question_major(paired_labels(numbered_sections(text))))))))
    lines = text.split("\n")
    out: list[str] = []
    forced: dict[int, str] = {}
    boxed = any(box in text for box in _EMPTY_BOXES)  # (cheap) a page without an empty box has no line _ticked reads

    def emit(question: str, qid: str, answer: str, row: bool = False) -> None:
        forced[len(out)] = qid
        out.append(question)
        if answer:
            out.append(answer)
        if row:
            out.append("")  # a table row is a paragraph; a line's answer may go on in the lines below it

    same_line = {}
    if "? " in text:
        for i, line in enumerate(lines):
            if "? " in line and table_cells(line) is None:
                found = _split_on_question_mark(_NUMBER_LABEL.sub("", _QUESTION_LABEL.sub("", line), count=1))
                if found:
                    same_line[i] = found
    if len({qid for qid, _, _ in same_line.values()}) < MIN_LAYOUT_ROWS:
        same_line = {}
    wraps = "?" in text
    instructed = {}  # "Ange om det finns barnombud:" (a question written as an instruction)
    if ":" in text:
        for i, line in enumerate(lines):
            if i not in same_line and table_cells(line) is None and (found := _instruction(line)):
                instructed[i] = found
    if len({qid for qid, _, _ in instructed.values()}) < MIN_LAYOUT_ROWS:
        instructed = {}
    topic_line = {}  # "Styrdokument: En rutin finns." (a topic and its answer on one line)
    if ":" in text or " –" in text or " -" in text or " —" in text:
        for i, line in enumerate(lines):
            if i not in same_line and i not in instructed and (m := _TOPIC_AND_ANSWER.match(line)) and table_cells(line) is None:
                qid = _heading_id(m["topic"].strip())
                if qid:
                    topic_line[i] = (qid, m["topic"].strip(), m["answer"].strip())
    if len({qid for qid, _, _ in topic_line.values()}) < MIN_LAYOUT_ROWS:
        topic_line = {}

    @lru_cache(maxsize=1)
    def labelled_page() -> bool:
        """At least :data:`MIN_LAYOUT_ROWS` distinct canonical questions carry a "Fråga" label."""
        ids = {classify_label(line[m.end():]) for line in lines if (m := _QUESTION_LABEL.match(line))}
        ids.discard(None)
        return len(ids) >= MIN_LAYOUT_ROWS

    @lru_cache(maxsize=1)
    def numbered_questions() -> tuple[tuple[int, int], ...]:
        """(line, number) of the numbered lines that are canonical questions ("3. Hur följs …?")."""
        return tuple((k, int(m["number"])) for k, line in enumerate(lines) if line.lstrip()[:1].isdigit()
                     and (m := _NUMBERED_QUESTION.match(line)) and classify_question(m["text"]) not in (None, CLOSING_REMARK))
    i = 0
    while i < len(lines):
        line = lines[i]
        if table_cells(line) is not None or (_TABLE_RULE.match(line) and "|" in line):
            end = _table_rows(lines, i)
            rows = [(j, table_cells(lines[j])) for j in range(i, end) if lines[j].strip() and not _TABLE_RULE.match(lines[j])]
            for k in range(1, len(rows)):
                if rows[k][1] is None and rows[k - 1][1] and _cell_paragraph(lines, rows[k][0]):
                    # a further paragraph of the last cell above: joined to it
                    rows[k - 1][1][-1] = f"{rows[k - 1][1][-1]} {lines[rows[k][0]].strip()}".strip()
            rows = [(j, [c for c in cells if c] if "\t" in lines[j] else cells) for j, cells in rows if cells]
            columns = _named_columns(rows[0][1]) if rows else None
            if columns:
                # a header row naming the question and answer columns ("Region | Nr | Fråga | Svar | Datum"): those
                # two cells of each row; the organisation column gives the page's title, a row with a metadata cell
                # ("Kontaktuppgifter") starts the page's tail
                question_at, answer_at, org_at = columns
                if org_at is not None and not any(line.strip() for line in out):
                    org = next((cells[org_at] for _, cells in rows[1:] if len(cells) > org_at and cells[org_at]), "")
                    if org:
                        out.append(org)
                mapped = []
                for j, cells in rows[1:]:
                    tail = next((k for k, c in enumerate(cells) if c and cat_metadata(c)), None)
                    if tail is not None:
                        mapped.append((j, [" ".join(c for c in cells[tail:] if c)]))
                        continue
                    cells = cells + [""] * (max(question_at, answer_at) + 1 - len(cells))
                    mapped.append((j, [cells[question_at], cells[answer_at]]))
                rows = mapped
            elif sum(1 for _, cells in rows if len(cells) >= 3 and _ROW_NUMBER.match(cells[0])) >= MIN_LAYOUT_ROWS:
                # a number column ("Nr | Fråga | Svar"): the question is the cell after the number
                rows = [(j, cells[1:] if len(cells) >= 3 and _ROW_NUMBER.match(cells[0]) else cells) for j, cells in rows]
            labelled = {classify_label(cells[0]) for _, cells in rows if cells and cells[0]}
            labelled.discard(None)
            if len(labelled) >= MIN_LAYOUT_ROWS:
                seen_question = False
                for k, (j, cells) in enumerate(rows):
                    if cat_metadata(cells[0]):
                        if columns:  # the tail's rows, as text
                            out.extend(["", *(" ".join(c for c in rest if c) for _, rest in rows[k:])])
                        else:
                            end = j  # a contact or date row below the questions: the page's tail, read line by line
                        break
                    qid = classify_label(cells[0]) if cells and cells[0] else None
                    if qid is None and not seen_question:
                        # a header row above the questions ("Fråga | Svar", "Nr | Fråga | Svar | Kommentar"), or a
                        # title row naming the organisation at the top of a page
                        if not any(line.strip() for line in out) and orgs.match_org(cells[0]).code:
                            out.append(cells[0])
                        continue
                    seen_question = True
                    emit(cells[0], qid or CLOSING_REMARK, " ".join(c for c in cells[1:] if c), row=True)
                i = end
                continue
        if i in same_line or i in topic_line or i in instructed:
            qid, question, answer = same_line.get(i) or topic_line.get(i) or instructed[i]
            emit(question, qid, answer)
            i += 1
            continue
        if wraps and (not i or not lines[i - 1].strip()) and (wrapped := _wrapped_question(lines, i)):
            emit(wrapped[1], wrapped[0], "")
            i = wrapped[2]
            continue
        if line.lstrip()[:1] in "FfQq" and _QUESTION_COUNTER.match(line):
            out.append("")  # "Fråga 3 av 12" above the question: no text of the answer above it
            i += 1
            if i < len(lines) and (asked := _counted_question(lines[i])):
                emit(lines[i].strip(), asked, "")  # the line under the counter is its question, even a bare topic
                i += 1
            continue
        if out and ":" in line and _COMMENT_LABEL.match(line):
            # "Kommentar:" under a ticked option: the option, then its comment as one answer ("Ja. Rutin finns."); a
            # comment left empty ("(inget svar)") is none
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if nxt and _NOT_ANSWERED.match(nxt):
                i += 2
                continue
            if nxt and out[-1].strip() and boxed and _ticked(lines[i - 1]) != lines[i - 1] and not out[-1].rstrip().endswith((".", "!", "?", ":")):
                out[-1] = out[-1].rstrip() + "."  # (only the ticked option's label: never a question or heading above)
            i += 1
            continue
        if ":" in line and _REPORT_FIELD.match(line):
            out.append("")  # "Frågetyp: Fritext", "Antal svar: 1": a report's furniture, no text of an answer
            i += 1
            continue
        if line.lstrip()[:1].isdigit() and _numbered_sequel(lines, i, numbered_questions()):
            emit(line.strip(), CLOSING_REMARK, "")  # "14. Övrigt" after "13. Hur följs …?": a question of its own
            i += 1
            continue
        labelled = _QUESTION_LABEL.match(line)
        if labelled:
            body = line[labelled.end():]
            inline = _INLINE_ANSWER.search(body)
            question, answer = (body[: inline.start()], body[inline.end():]) if inline else (body, "")
            if not inline and (quoted := _QUOTED_QUESTION.match(body)):
                question, answer = quoted["question"], quoted["answer"]  # 'Fråga 10: "Finns det …?" Ja, …'
            qid = classify_label(question)
            if not qid and question.strip() and len(question) <= MAX_LABELLED_OTHER and labelled_page():
                qid = CLOSING_REMARK  # "Fråga 12: Övriga synpunkter" on a page of labelled questions: a question of its own
            if qid:
                emit(question.strip(), qid, answer.strip())
                i += 1
                continue
        kept = _ANSWER_LABEL.sub("", line, count=1) if _ANSWER_LABEL.match(line) else line
        out.append(_ticked(kept) if boxed else kept)
        i += 1
    return tuple(out), forced


MIN_TABLE_RESPONDENTS = 2  # regions side by side before a table's columns read as respondents


def _region_cell(cell: str) -> bool:
    """A cell that names a region exactly ("Region Kronoberg", "Västra Götalandsregionen")."""
    return bool(cell) and len(cell) <= 60 and orgs.match_org(cell, level="region").method in ("exact", "alias")


def _table_runs(lines: list[str]):
    """Runs of table rows, each as a list of its rows' cells (blank lines between rows allowed)."""
    i = 0
    while i < len(lines):
        if table_cells(lines[i]) is not None:
            end = _table_rows(lines, i)
            rows = [cells for j in range(i, end) if lines[j].strip() and not _TABLE_RULE.match(lines[j])
                    and (cells := table_cells(lines[j])) is not None]
            yield rows
            i = end
        else:
            i += 1


@lru_cache(maxsize=8)
def respondent_table(text: str) -> tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] | None:
    """(region, [(question id, question, answer)]) per respondent of a table that holds several regions' answers:
    a header row of questions and a row per region (a form tool's export: "ID | Starttid | … | 1. Hur ser …? |
    …", the region named in a cell of its row), or a question column and a column per region ("Fråga | Region
    Kronoberg | Region Blekinge"). At least :data:`MIN_LAYOUT_ROWS` distinct canonical questions; a row per
    region may be one, columns side by side are :data:`MIN_TABLE_RESPONDENTS` or more. Empty cells and cells
    without a letter or digit ("–") give no answer. None for a page without such a table. (Remembered for the
    last pages: the detector and the parser both ask.)"""
    if CELL_SEPARATOR not in text:
        return None
    for rows in _table_runs(text.split("\n")):
        if len(rows) < 2:
            continue
        header = rows[0]
        # (the column naming who answers, "Organisation", is no question; one of closing remarks is Q90)
        qids = [None if len(c) <= 3 or _ORG_COLUMN.match(c.strip()) else
                CLOSING_REMARK if _REMARKS_COLUMN.match(c.strip()) else classify_label(c) for c in header]
        if len(set(qids) - {None, CLOSING_REMARK}) >= MIN_LAYOUT_ROWS:
            # a row per respondent, under a header of questions
            found = []
            for cells in rows[1:]:
                # (the region's cell may be the answer to a question of its own: "Vilken region besvarar enkäten?")
                at = next((k for k, c in enumerate(cells) if (k >= len(qids) or qids[k] in (None, CLOSING_REMARK)) and _region_cell(c)), None)
                if at is not None:
                    found.append((cells[at], tuple((qid, header[k], cells[k]) for k, qid in enumerate(qids)
                                                   if qid and k != at and k < len(cells) and _answered(cells[k]))))
            if found:
                return tuple(found)
        if (long := _long_table(rows)) is not None:
            return long
        regions = [k for k, c in enumerate(header) if k and _region_cell(c)]
        if len(regions) >= MIN_TABLE_RESPONDENTS:
            # a column per respondent, beside a column of questions
            questions = [(classify_label(cells[0]) if cells and cells[0] else None, cells) for cells in rows[1:]]
            if len({qid for qid, _ in questions} - {None, CLOSING_REMARK}) >= MIN_LAYOUT_ROWS:
                return tuple((header[k], tuple((qid, cells[0], cells[k]) for qid, cells in questions
                                               if qid and k < len(cells) and _answered(cells[k]))) for k in regions)
    return None


def _long_table(rows: list[list[str]]) -> tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] | None:
    """(region, [(question id, question, answer)]) per region of a table in long form, a row per answer under a
    header naming the organisation, question and answer columns ("Region | Fråga | Svar", "Organisation;
    Question;Answer", a spreadsheet export of several regions' answers): a region's rows follow each other, each
    row's question cell a canonical question or its short topic. At least :data:`MIN_TABLE_RESPONDENTS`
    regions named exactly and :data:`MIN_LAYOUT_ROWS` distinct canonical questions; None otherwise."""
    columns = _named_columns(rows[0])
    if columns is None or columns[2] is None:
        columns = _columns_by_content(rows)
    if columns is None or columns[2] is None:
        return None
    question_at, answer_at, org_at = columns
    found: dict[str, list[tuple[str, str, str]]] = {}
    qids = set()
    for cells in rows[1:]:
        if len(cells) <= max(question_at, org_at) or not _region_cell(cells[org_at]):
            continue
        qid = classify_label(cells[question_at]) if cells[question_at] else None
        qids.add(qid)
        answer = cells[answer_at] if answer_at < len(cells) else ""
        answers = found.setdefault(cells[org_at], [])
        if cells[question_at] and _answered(answer):
            answers.append((qid or CLOSING_REMARK, cells[question_at], answer))
    if len(found) < MIN_TABLE_RESPONDENTS or len(qids - {None, CLOSING_REMARK}) < MIN_LAYOUT_ROWS:
        return None
    return tuple((region, tuple(answers)) for region, answers in found.items())


MAX_CONTENT_ROWS = 60  # rows of a table read to tell its columns by what they hold


def _columns_by_content(rows: list[list[str]]) -> tuple[int, int, int] | None:
    """(question, answer, organisation) column of a long table whose header names its columns in words of its own
    ("Region | Kod | År | Frågeområde | Text"): told by what the columns hold. The organisation column is the one
    whose cells name regions exactly (:data:`MIN_TABLE_RESPONDENTS` or more different ones), the question column
    the one whose cells are :data:`MIN_LAYOUT_ROWS` or more distinct canonical questions or their topics, the
    answer column the one named as answers or else, of the others, the one with the longest text (codes, years
    and dates are short). None when a column is missing."""
    header, body = rows[0], rows[1:MAX_CONTENT_ROWS + 1]
    if len(header) < 3 or len(body) < MIN_LAYOUT_ROWS:
        return None
    width = len(header)
    column = [[cells[k] if k < len(cells) else "" for cells in body] for k in range(width)]
    org_at = next((k for k in range(width)
                   if len({c for c in column[k] if _region_cell(c)}) >= MIN_TABLE_RESPONDENTS
                   and sum(map(_region_cell, column[k])) * 2 > len(body)), None)
    if org_at is None:
        return None
    question_at = next((k for k in range(width) if k != org_at
                        and len({classify_label(c) for c in column[k] if c and len(c) <= MAX_LABELLED_OTHER} - {None, CLOSING_REMARK})
                        >= MIN_LAYOUT_ROWS), None)
    if question_at is None:
        return None
    rest = [k for k in range(width) if k not in (org_at, question_at)]
    named = [k for k in rest if _ANSWER_COLUMN.match(header[k])]
    if named:
        return question_at, named[0], org_at
    if not rest:
        return None
    answer_at = max(rest, key=lambda k: sum(len(c) for c in column[k]))
    return question_at, answer_at, org_at


def _answered(text: str) -> bool:
    """An answer's text says something: a letter or digit, and not that the question was left unanswered."""
    return bool(_WORD.search(text)) and not _NOT_ANSWERED.match(text.strip())


def looks_like_questionnaire(text: str) -> bool:
    if respondent_table(text):
        return True
    lines, forced = layout(text)
    ids = {classify_question(line) for line in lines} | set(forced.values())
    ids.discard(None)
    ids.discard(CLOSING_REMARK)
    return len(ids) >= 3


@register("questionnaire", looks_like_questionnaire)
def parse_questionnaire(text: str, lines: list[str]):
    table = respondent_table(text)
    if table:
        respondents = []
        for name, answers in table:
            respondent = match_respondent(name, level="region")
            respondent.answers = [Answer(qid, question, answer) for qid, question, answer in answers]
            respondents.append(respondent)
        return respondents, []
    lines, forced = layout(text)
    cat = catalogue()
    blocks: list[tuple[str, str, list[str]]] = []  # (qid, question line, answer lines)
    preamble: list[str] = []
    title = None
    cut_off = True  # a page without its metadata tail was cut off mid-text
    last_text = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
    head_metadata = False  # a contact paragraph above the first question: the page's head, not its tail
    greeted = False  # the page opens with a greeting ("Hej!")
    headings: list[tuple[int, list[str], int, str]] = []  # (blocks above it, the lines it stands among, its place there, line)
    for i, line in enumerate(lines):
        if blocks and not lines[i - 1].strip() and (
                (line[:1] in _GREETING_INITIALS and _CLOSING_GREETING.match(line))
                or ("pdaterad" in line or "ublicera" in line) and _DATED_NOTE.search(line)):
            # a letter's closing greeting ("Vänliga hälsningar") opens its signature, a paragraph that ends with the
            # page's date ("Dokumentet är inklistrat från … Senast uppdaterad 2022-10-17.") is a note about the page:
            # the page's tail
            cut_off = False
            break
        if (cat.metadata.match(line) and not (blocks and _contact_before_question(lines, i))
                or (blocks and line[:1] in "KkCcFfAa" and _closing_contact(lines, i, last_text))
                or (blocks and (":" in line or CELL_SEPARATOR in line) and not lines[i - 1].strip() and _info_table(lines, i))):
            if blocks:
                cut_off = False
                break
            head_metadata = True  # above the questions (before or after the title): the page's head
        if head_metadata:
            head_metadata = bool(line.strip())
            continue
        qid = forced.get(i) or classify_question(line) or (classify_cut_question(line) if i == last_text and blocks else None)
        if not qid and i == last_text and blocks and _opens_question(line) and (i == 0 or not lines[i - 1].strip()):
            qid = CLOSING_REMARK  # a question line cut off by the page's end: a question, never text of the answer before
        if qid:
            blocks.append((qid, line.strip(), []))
        elif title is not None and _region_heading(lines, i):
            # maybe the heading of one region's section on a page of several ("Region Skåne" over its answers):
            # kept aside, put back where it stands unless it heads a section (see :func:`_region_sections`)
            target = blocks[-1][2] if blocks else preamble
            headings.append((len(blocks), target, len(target), line))
        elif blocks:
            blocks[-1][2].append(line)
        elif title is None and _GREETING.match(line):
            greeted = True
            continue  # "Hej!", "Hej Karin,": a letter's greeting, no title (and no text of the answers)
        elif title is None and line.strip():
            title = line.strip()
        else:
            preamble.append(line)

    _move_footnotes(blocks)
    sections = _region_sections(headings, blocks)
    for k in reversed(range(len(headings))):
        if k not in sections:
            _, target, at, line = headings[k]
            target.insert(at, line)  # no section's heading: a line of the text it stands in
    if sections:
        # several regions' sections on one page: a respondent per section (the page's introduction is none's)
        respondents = []
        starts = [(headings[k][0], headings[k][3].strip()) for k in sorted(sections)]
        for k, (n, region) in enumerate(starts):
            last = k + 1 == len(starts)
            respondent = match_respondent(region, level="region")
            respondent.answers = _block_answers(blocks[n: len(blocks) if last else starts[k + 1][0]], cut_off, last)
            respondents.append(respondent)
        warnings = [f"{len(starts)} regions' sections on one page: a respondent each"]
        if starts[0][0]:
            warnings.append(f"{starts[0][0]} question(s) above the first region's section: no respondent's answers")
        return respondents, warnings

    respondent = match_respondent(title or "", level="region")
    if not respondent.org_code and title and (head := _TITLE_PARTS.split(title, maxsplit=1)[0].strip()) != title:
        # "Region Gävleborg – Barn som anhöriga", "REGION X – UPPFÖLJNING …": the organisation is the title's first part
        named = match_respondent(head, level="region")
        if named.org_code and named.match_method in ("exact", "alias"):
            respondent = named
    if not respondent.org_code:
        # The first line is a breadcrumb or a site heading: the region the page names most.
        from .project_description import about_region

        code = about_region(text)
        if code:
            respondent = match_respondent(orgs.region_name(code), level="region")
            # (a first line that is a sentence, "Tack för påminnelsen! …", names nothing: the region's name)
            named = title if title and not _SENTENCE_END.search(title) else respondent.org_name
            respondent.org_name, respondent.match_method = named, "mentions"
    warnings: list[str] = []
    # a first line that is a sentence after a greeting ("Här kommer våra svar.") is text of the page's head too
    intro = split_paragraphs(([title, ""] if greeted and title and _SENTENCE_END.search(title) else []) + preamble)
    if intro:
        respondent.answers.append(Answer(CLOSING_REMARK, "(inledning)", "\n\n".join(intro)))
    respondent.answers.extend(_block_answers(blocks, cut_off, True))
    if not blocks:
        warnings.append("no question found on a page detected as questionnaire")
    return [respondent], warnings


# a footnote's mark after a word of an answer ("Ja*", "finns*"), not bold ("**Ja**") nor a required question's star
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W_])\*(?!\*)(?=[\s.,;:)]|$)")
# a paragraph that is the note a mark refers to: "* Gäller endast …", "*) Avser …"
_FOOTNOTE = re.compile(r"^\s*\*\)?\s+(?=\S)")


def _move_footnotes(blocks: list[tuple[str, str, list[str]]]) -> None:
    """A footnote below a later answer ("* Gäller endast vuxenpsykiatrin …", mostly after the last one) belongs to the
    answer whose word carries its mark ("Ja*"): moved there, a paragraph of its own. Only with exactly one earlier
    answer marked, and a paragraph of its own (after a blank line): a list of "* " items under an answer stays."""
    for b in range(1, len(blocks)):
        lines = blocks[b][2]
        k = 0
        while k < len(lines):
            if not (_FOOTNOTE.match(lines[k]) and (k == 0 or not lines[k - 1].strip())):
                k += 1
                continue
            marked = [a for a in range(b) if any(_FOOTNOTE_MARK.search(line) for line in blocks[a][2])]
            if len(marked) != 1 or any(_FOOTNOTE_MARK.search(line) for line in blocks[b][2][:k]):
                k += 1
                continue
            end = k
            while end < len(lines) and lines[end].strip():
                end += 1
            note = lines[k:end]
            del lines[k:end]
            target = blocks[marked[0]][2]
            while target and not target[-1].strip():
                target.pop()
            target.extend(["", *note, ""])


def _region_heading(lines: list[str], i: int) -> bool:
    """Line ``i`` is a paragraph of its own that names a region exactly ("Region Skåne")."""
    line = lines[i].strip()
    return (bool(line) and len(line) <= 60 and line[0].isupper() and not line.endswith((".", "!", "?", ":"))
            and (i == 0 or not lines[i - 1].strip()) and (i + 1 >= len(lines) or not lines[i + 1].strip())
            and _region_cell(line))


def _region_sections(headings: list[tuple[int, list[str], int, str]], blocks: list) -> set[int]:
    """The indexes (in ``headings``) of the headings that each open a region's section: a page of several regions'
    answers, each region a heading over its questions ("Region Skåne", then "Organisation", "Styrdokument", …).
    A heading opens a section when at least :data:`MIN_LAYOUT_ROWS` distinct canonical questions follow it
    before the next heading, and the page has :data:`MIN_TABLE_RESPONDENTS` or more such sections of
    different regions; else none does (a region named alone in an answer or a signature stays text)."""
    if len(headings) < MIN_TABLE_RESPONDENTS:
        return set()
    sections = {}
    for k, (n, _, _, line) in enumerate(headings):
        end = headings[k + 1][0] if k + 1 < len(headings) else len(blocks)
        if len({qid for qid, _, _ in blocks[n:end]} - {CLOSING_REMARK}) >= MIN_LAYOUT_ROWS:
            sections[k] = line.strip()
    regions = {orgs.match_org(name, level="region").code for name in sections.values()}
    return set(sections) if len(regions) >= MIN_TABLE_RESPONDENTS and len(regions) == len(sections) else set()


_YEAR_HEADING = re.compile(r"^(?:(?:år|enkäten|svar|svaren|answers?|year)\s+)?(?:19|20)\d{2}(?:\s*[/–-]\s*(?:19|20)?\d{2})?\s*:?$", re.IGNORECASE)


# a topic heading: a line of two to six words of letters, capitalised, with no sentence's end ("Strukturella
# förutsättningar", "Samverkan med kommunerna", "Mer information")
_TOPIC_HEADING = re.compile(r"[A-ZÅÄÖ][^\W\d_]*(?:[ \t]*[/&–-][ \t]*[^\W\d_]+|[ \t]+[^\W\d_]+){1,5}")
MAX_TOPIC_HEADING = 60  # characters of a topic heading


# A topic heading names a topic; a short line of an answer says something. In sentence case a line is a clause or an
# answer, not a heading, when a word of it is a finite verb or a personal pronoun ("Se bifogad rutin", "Vi saknar
# rutin", "Arbetet pågår") or a word that only an answer's statement carries (a negation, an answer's word: "Ingen
# förändring sedan förra året", "Inte aktuellt i år", "Enligt tidigare svar"). A line in Title Case, each word
# capitalised ("Google Formulär", "Region Västernorrland"), is a name. (The words: :data:`~bas_analysis.parse.CLAUSE_WORDS`.)
def _clause_line(line: str) -> bool:
    """A short line in sentence case that reads as a clause or an answer, not a heading (see above)."""
    words = line.replace("/", " ").replace("&", " ").split()
    if all(word[:1].isupper() for word in words if word[:1].isalpha()):
        return False  # Title Case: a name
    return any(word.casefold() in CLAUSE_WORDS for word in words)


def _topic_heading(paragraph: str) -> bool:
    """A paragraph that is a topic heading of its own (:data:`_TOPIC_HEADING`, not a clause: :func:`_clause_line`),
    or the label of closing remarks ("Övrigt", "Övriga kommentarer")."""
    return (len(paragraph) <= MAX_TOPIC_HEADING and "\n" not in paragraph
            and bool(_REMARKS_COLUMN.match(paragraph)
                     or _TOPIC_HEADING.fullmatch(paragraph) and not _clause_line(paragraph)))


def _last_line(lines: list[str]) -> str:
    """The last line of text of an answer's lines ("" when all are blank)."""
    return next((line for line in reversed(lines) if line.strip()), "")


def _split_at_topic_headings(blocks: list[tuple[str, str, list[str]]]) -> list[tuple[str, str, list[str]]]:
    """The blocks with each topic heading in an answer's text (:func:`_topic_heading`) taken out of it: a heading
    that some text follows opens a block of its own (an unnumbered question of a definition list, "Samverkan med
    kommunerna" over its answer; an "Övrigt" heading over closing remarks), a heading at the answer's end is the
    next part's heading (an HTML page's section heading, "Information och material", above the part's first
    question) and answers nothing. A heading followed by a list is the list's lead-in and stays text."""
    out = []
    part_heading = catalogue().part_headings.match
    for qid, question, answer_lines in blocks:
        if (not any(line.strip() and _topic_heading(line.strip()) for line in answer_lines)
                and not (len(answer_lines) > 2 and part_heading(_last_line(answer_lines)))):
            out.append((qid, question, answer_lines))  # (cheap: most answers hold no heading)
            continue
        paragraphs = split_paragraphs(answer_lines)
        current: tuple[str, str, list[str]] = (qid, question, [])
        if len(paragraphs) == 1 and not _REMARKS_COLUMN.match(paragraphs[0]):
            out.append((qid, question, answer_lines))  # a heading has text of its own: a line alone is the answer
            continue
        for k, paragraph in enumerate(paragraphs):
            following = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
            # a part's heading ("Material" over the material questions) at an answer's end is one too
            heading = _topic_heading(paragraph) or (following is None and k > 0 and part_heading(paragraph)
                                                    and not paragraphs[k - 1].rstrip().endswith(":"))
            if heading and not (following and BULLET_RE.match(following)):
                out.append(current)
                if following is None:
                    current = None
                    break
                current = (classify_label(paragraph) or CLOSING_REMARK, paragraph, [])
                continue
            current[2].extend(([""] if current[2] else []) + paragraph.split("\n"))
        if current is not None:
            out.append(current)
    return out


def _block_answers(blocks: list[tuple[str, str, list[str]]], cut_off: bool, last_on_page: bool) -> list[Answer]:
    """The answers of question blocks (qid, question line, answer lines); after the page's last question, only
    its first paragraph (and a list after it) answers it, what follows is a closing remark."""
    answers = []
    blocks = _split_at_topic_headings(blocks)
    for i, (qid, question, answer_lines) in enumerate(blocks):
        # a paragraph with no letter or digit ("–", "…") stands for no answer
        # (nor does one saying so: "Ej besvarad")
        written = split_paragraphs(answer_lines)
        paragraphs = [p for p in written if _answered(p)]
        while len(paragraphs) > 1 and (_section_heading(paragraphs[-1]) or _YEAR_HEADING.match(paragraphs[-1])):
            # the heading of the next part ("DEL 2. BARNOMBUD", a year over that year's answers: "2021", "År 2019"):
            # no text of this answer
            paragraphs.pop()
        closing: list[str] = []
        if last_on_page and i == len(blocks) - 1:
            # notes about the page at its end ("Dokumentet har upprättats av …", "Sidan uppdaterad 2023-12-01")
            # answer nothing, on a page cut off or not
            while len(paragraphs) > 1 and page_note(paragraphs[-1]):
                closing.insert(0, paragraphs.pop())
        else:
            # a contact footer of several lines (name, role, phone, e-mail) ending an answer is none of its text
            while len(paragraphs) > 1 and contact_block(paragraphs[-1]):
                closing.insert(0, paragraphs.pop())
        if closing and len(paragraphs) > 1 and contact_block(closing[0]) and contact_label(paragraphs[-1]):
            closing.insert(0, paragraphs.pop())  # its label over it, a paragraph of its own ("Mer information:")
        last = last_on_page and i == len(blocks) - 1 and not cut_off
        if last and paragraphs and written and not _answered(written[0]):
            # the last answer is a dash ("–"): the paragraphs after it answer none (a closing remark)
            paragraphs, closing = [], paragraphs + closing
        elif last and len(paragraphs) > 1:
            # After the last answer: its first paragraph (and a list or a lead-in
            # to one following it) answers the question; what comes after answers
            # none (a closing remark). On a page cut off mid-answer, all of it is answer.
            keep = 1
            while keep < len(paragraphs) and (BULLET_RE.match(paragraphs[keep]) or paragraphs[keep - 1].rstrip().endswith(":")):
                keep += 1
            paragraphs, closing = paragraphs[:keep], paragraphs[keep:] + closing
        answers.append(Answer(qid, question, "\n\n".join(paragraphs)))
        for remark in closing:
            answers.append(Answer(CLOSING_REMARK, "(avslutande text)", remark))
    return answers
