"""Parse: turn a clean page into respondents and answers, by document kind.

In:  the text of one page (from :mod:`bas_analysis.ingest`).
Out: a :class:`ParsedDocument`: its kind, title, the dates found, its wave
     placed from its own evidence (:mod:`.waves`: the year used, its source and
     bounds, the evidence in words), and the respondents (organisations matched to SCB codes) with their
     answers. Each kind has a parser in the registry (:data:`PARSERS`), the
     way papermill keeps a registry of engines; :func:`detect_kind` picks the
     kind from the content, not from the file name.
"""
from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from .. import orgs
from ..ingest import CELL_SEPARATOR
from .waves import dates_found, place


@dataclass
class Answer:
    question_id: str
    question_text: str
    answer_text: str
    section: str = ""


@dataclass
class Respondent:
    org_name: str
    org_code: str
    level: str
    match_method: str
    match_score: float
    sub_unit: str = ""
    answers: list[Answer] = field(default_factory=list)

    @property
    def county_code(self) -> str:
        return self.org_code[:2] if self.org_code else ""


@dataclass
class ParsedDocument:
    kind: str
    title: str
    dates: list[str]
    wave: int | None
    respondents: list[Respondent]
    warnings: list[str] = field(default_factory=list)
    # How the wave was placed (see :mod:`.waves`): one of waves.SOURCES, the
    # bounds (wave_max None: the page names no limit), the evidence or the
    # reason for no wave, the questionnaire generation and the page's date line.
    wave_source: str = "none"
    wave_min: int | None = None
    wave_max: int | None = None
    wave_evidence: str = ""
    generation: str = ""
    page_date: str = ""


Parser = Callable[[str, list[str]], tuple[list[Respondent], list[str]]]
PARSERS: dict[str, Parser] = {}
DETECTORS: list[tuple[str, Callable[[str], bool]]] = []


def register(kind: str, detector: Callable[[str], bool]):
    """Register ``parser(text, lines) -> (respondents, warnings)`` for ``kind``.

    Detectors are tried in registration order; the first that says yes wins.
    """

    def decorate(parser: Parser) -> Parser:
        PARSERS[kind] = parser
        DETECTORS.append((kind, detector))
        return parser

    return decorate


def detect_kind(text: str) -> str:
    for kind, detector in DETECTORS:
        if detector(text):
            return kind
    return "other"


# the parts of a page's <title> ("Region X | Barn som anhöriga | Nka", "Barn som anhöriga – Region X") or of a
# footer's sentence ("Sidan gäller Region X. Kontakt: …")
_FRAME_PARTS = re.compile(r"\s+[|–—-]\s+|\s*[|:·•]\s*|[.!?](?:\s+|$)|\n")


def _framed_respondent(respondent: Respondent, frame: str) -> Respondent:
    """The page's respondent when its text names no region: the region a part of its frame names exactly (the
    title's parts first), else the region its frame mentions (as :func:`.project_description.about_region`
    reads a text); the respondent as it was when the frame names none."""
    for part in _FRAME_PARTS.split(frame):
        part = part.strip()
        if 3 <= len(part) <= 60 and (named := match_respondent(part, level="region")).match_method in ("exact", "alias"):
            named.answers = respondent.answers
            return named
    from .project_description import about_region

    code = about_region(frame)
    if not code:
        return respondent
    named = match_respondent(orgs.region_name(code), level="region")
    named.match_method, named.answers = "mentions", respondent.answers
    return named


def title_of(lines: list[str]) -> str:
    for line in lines:
        if line.strip():
            return line.strip()[:200]
    return ""


MAX_BARE_FUZZY_GAP = 1  # letters a one-word name matched only fuzzily may be longer or shorter than the name it matches
_LEVEL_WORDS = frozenset({"region", "regionen", "landsting", "landstinget", "län", "läns", "kommun", "kommuns", "stad", "stads"})


def _bare_fuzzy(name: str, match: orgs.OrgMatch) -> bool:
    """A name of one word and no level word ("Väster", "Farsta") that matches an organisation only fuzzily and
    differs from its name in length by more than :data:`MAX_BARE_FUZZY_GAP` letters ("Västerås", "Fagersta"): another
    place (a city's district), not a misspelling of it, which keeps its length ("Fagesrta"), nor one with its
    å, ä, ö lost ("Vsters")."""
    if match.method != "fuzzy":
        return False
    words = orgs.normalise_name(name).split()
    if len(words) != 1 or words[0] in _LEVEL_WORDS:
        return False
    canonical = " ".join(w for w in orgs.normalise_name(match.name).split() if w not in _LEVEL_WORDS)
    gap = abs(len(words[0]) - len(canonical))
    if words[0].isascii():  # maybe written with its å, ä, ö lost: measured against the name without them too
        gap = min(gap, abs(len(words[0]) - len(re.sub(r"[^a-z0-9 ]", "", canonical))))
    return gap > MAX_BARE_FUZZY_GAP


def match_respondent(name: str, level: str | None = None, sub_unit: str = "") -> Respondent:
    match = orgs.match_org(name, level=level)
    if match.code and _bare_fuzzy(name, match):
        match = orgs.OrgMatch(code="", level=orgs.OTHER, name=name, score=0.0, method="none")
    return Respondent(
        org_name=name.strip(),
        org_code=match.code,
        level=match.level if match.code else (level or "other"),
        match_method=match.method,
        match_score=float(match.score),
        sub_unit=sub_unit,
    )


def parse_text(text: str, kind: str | None = None, frame: str = "") -> ParsedDocument:
    """Parse one page. ``kind`` forces a parser; by default it is detected. ``frame`` is an HTML page's frame
    (its <title> and <footer>, :attr:`bas_analysis.ingest.RawDocument.frame`): a questionnaire whose text names
    no region is the region its frame names (:func:`_framed_respondent`)."""
    text = two_columns(depaginated(unmarked(spreadsheet_rows(text))))
    kind = kind or detect_kind(text)
    lines = text.split("\n")
    respondents, warnings = PARSERS[kind](text, lines) if kind in PARSERS else ([], [])
    if frame and kind == "questionnaire" and len(respondents) == 1 and not respondents[0].org_code:
        respondents[0] = _framed_respondent(respondents[0], frame)
    if kind not in PARSERS:
        warnings.append("kind not recognised (not a questionnaire, network report or project description): kept as 'other' without respondents")
    for respondent in respondents:
        if not respondent.org_code:
            warnings.append(f"organisation not matched to an SCB code: '{respondent.org_name}'")
    placed = place(text, kind)
    return ParsedDocument(
        kind=kind,
        title=title_of(lines),
        dates=dates_found(text),
        wave=placed.wave,
        respondents=respondents,
        warnings=warnings + [f"wave: {w}" for w in placed.warnings],
        wave_source=placed.source,
        wave_min=placed.wave_min,
        wave_max=placed.wave_max,
        wave_evidence=placed.evidence,
        generation=placed.generation,
        page_date=placed.page_date,
    )


MIN_EXPORT_ROWS = 3  # rows of one shape before a page reads as a spreadsheet export or a two-column layout


# a header cell: "Fråga", "Kommun", "Regionens svar", maybe with its unit or format in parentheses ("Län (kod)",
# "Datum (ÅÅÅÅ-MM-DD)", "Kostnad (kr)")
_COLUMN_NAME = re.compile(r"[^\W\d_][\w/ -]{0,40}(?:\s*\([^()]{1,30}\))?")


def spreadsheet_rows(text: str) -> str:
    """The page as table rows ("cell | cell") when it is a spreadsheet exported as text: fields apart by
    semicolons ("Nr;Fråga;Svar;Kommentar"), or by commas or tabs under a header row of column names
    ("Kommun,Rapport", or a form tool's questions: "ID,Starttid,1. Hur ser …?"; the header is the first row with
    every field filled but empty trailing columns, title rows padded ",,," come before it),
    fields with the separator or a line break quoted and their quotes doubled. At least
    :data:`MIN_EXPORT_ROWS` records, and most of the page's records, have the same number (two or more) of
    fields. Empty fields are dropped from a row's end, a row of empty fields is a blank line, a row of fewer
    than two filled fields (a title, an export date) is a line of text, and a line break inside a field is a
    space. Any other page is given back unchanged."""
    lines = None
    for delimiter in (";", ",", "\t"):
        if text.count(delimiter) < MIN_EXPORT_ROWS:
            continue
        if lines is None:
            lines = [line for line in text.split("\n") if line.strip()]
        if sum(1 for line in lines if delimiter in line) * 2 < len(lines):
            continue  # most lines without the separator: no export (a line break inside a field makes a few)
        try:
            records = [[c.strip() for c in record] for record in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
        except csv.Error:
            continue  # not readable as a spreadsheet (a stray carriage return, say): read as text
        filled = [record for record in records if any(record)]
        widths = Counter(len(record) for record in filled if len(record) >= 2)
        if not widths:
            continue
        width, count = widths.most_common(1)[0]
        fitting = sum(n for w, n in widths.items() if w <= width)  # a row may lack its empty trailing fields
        if count < MIN_EXPORT_ROWS or fitting * 3 < len(filled) * 2:
            continue
        header = next((named for r in filled if len(r) == width and len(named := _without_trailing_empty(r)) >= 2 and all(named)), None)
        if delimiter != ";" and not (header and all(_COLUMN_NAME.fullmatch(c) or _question_column(c) for c in header)):
            continue  # commas in sentences, tabs of a layout: an export by commas or tabs needs its header row
        return _as_rows(records)
    return text


def _without_trailing_empty(cells: list[str]) -> list[str]:
    """The cells without the empty ones at the row's end (a spreadsheet exports the empty columns it used)."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def _question_column(cell: str) -> bool:
    """A header cell that is a form's question ("3. Hur följs styrdokumenten upp?") or its prompt ("Berätta kort
    om läget hos er", "Ange din kommun:"): a form tool's export has a column per question."""
    return len(cell) <= MAX_QUESTION_COLUMN and cell[:1].isalnum() and (cell.endswith("?") or bool(_PROMPT.match(cell)))


# a form's prompt: an imperative to the one who answers, one clause ("Beskriv …", "Fyll i …:")
_PROMPT = re.compile(r"(?:\d{1,2}[.)]\s*)?(?:berätta|beskriv|ange|skriv|välj|fyll\s+i)\b[^.!?;]*[.:]?$", re.IGNORECASE)


MAX_QUESTION_COLUMN = 300


def _as_rows(records: list[list[str]]) -> str:
    """The records as lines; a record between rows of two or more filled fields whose only filled field is
    its first (a question whose answer cell is empty; an export may have cut its trailing separators) stays a
    row ("question |"), so the table goes on."""
    rows = [k for k, cells in enumerate(records) if sum(1 for c in cells if c.strip()) >= 2]
    out = []
    for k, cells in enumerate(records):
        cells = [" ".join(c.split()) for c in cells]
        if rows and rows[0] < k < rows[-1] and cells and cells[0] and not any(cells[1:]):
            out.append(cells[0] + CELL_SEPARATOR.rstrip())
            continue
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            out.append("")
        elif sum(1 for c in cells if c) < 2:
            out.append(" ".join(c for c in cells if c))
        else:
            out.append(CELL_SEPARATOR.join(cells))
    return "\n".join(out)


# the gap between a PDF's left and right column: two or more spaces after text (a gap before a "|" pads a
# markdown table's cell: no column)
_COLUMN_GAP = re.compile(r"\S( {2,})(?=[^\s|])")
_NUMBERED_ROW = re.compile(r"^(?:\d{1,2}[.)]|fråga\s+\d{1,2}[.:]?|q\d{1,2}[.:])\s", re.IGNORECASE)  # "3.", "Fråga 3", "Q3."
MIN_RIGHT_COLUMN = 20  # characters from the line's start to a right column, at least
# a field after a field on one line ("Besvarad av: 3 (100 %)   Ej besvarad: 0", a report's counts): no column
_FIELD = re.compile(r"[^\W\d][\w ]{0,30}:[ \t]*\S")


def _right_column(lines: list[str]) -> int | None:
    """The offset at which a right column starts on a page exported with its layout kept (``pdftotext
    -layout``): the offset at which most lines' text resumes after a gap of three or more spaces, when at least
    :data:`MIN_EXPORT_ROWS` lines do so there."""
    starts = Counter()
    for line in lines:
        for m in _COLUMN_GAP.finditer(line):
            if len(m.group(1)) >= 3 and m.end() >= MIN_RIGHT_COLUMN and not (
                    ":" in line[:m.start()] and _FIELD.match(line, m.end())):
                starts[m.end()] += 1
    if not starts:
        return None
    offset, count = starts.most_common(1)[0]
    return offset if count >= MIN_EXPORT_ROWS else None


def two_columns(text: str) -> str:
    """The page with a two-column layout (question on the left, answer on the right, both wrapped over
    lines, as ``pdftotext -layout`` writes it) read column by column: per paragraph, the left column's lines
    joined into one line, then the right column's lines below it. A paragraph with no text in the right
    column, and a page without such a column, stay as they are. A left column of labels ending in ":" is a
    form's: each label and its value are joined on their line. A page of two flows of text with headings in
    both columns (:func:`_two_flows`) is read column by column, each line kept."""
    if "   " not in text:
        return text
    lines = text.split("\n")
    right = _right_column(lines)
    if right is None:
        return text

    def split(line: str) -> tuple[str, str] | None:
        if len(line) <= right or line[right] == " " or line[right - 2 : right] != "  ":
            return None
        return line[:right].strip(), line[right:].strip()

    parts = [p for p in map(split, lines) if p]
    if sum(1 for left, _ in parts if left.endswith(":")) * 3 >= len(parts) * 2:
        # the left column holds labels ("Kommun:     Växjö kommun"): a form's fields, each read on one line
        return "\n".join(f"{p[0]} {p[1]}" if (p := split(line)) and p[0].endswith(":") else line for line in lines)
    flows = _two_flows(lines, split)
    out: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        parts = [split(line) for line in paragraph]
        if any(parts) and flows:
            # two columns of running text: the left column's lines, then the right column's (a line empty in a
            # column is a paragraph break of that column)
            out.extend([p[0] if p else line.strip() for p, line in zip(parts, paragraph)])
            out.append("")
            out.extend([p[1] if p else "" for p in parts])
        elif any(parts):
            left = " ".join(p[0] if p else line.strip() for p, line in zip(parts, paragraph) if (p[0] if p else line.strip()))
            answer = [p[1] for p in parts if p and p[1]]
            out.extend([left, *answer] if left else answer)
        else:
            out.extend(paragraph)
        paragraph.clear()

    for line in lines:
        if line.strip():
            if paragraph and _NUMBERED_ROW.match((split(line) or (line.strip(), ""))[0]):
                flush()  # the next numbered question with no blank line before it: a row of its own
            paragraph.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return "\n".join(out)


MIN_HEADING_PAIRS = 2  # paragraphs that open with a heading in each column before a page reads as two flows of text
MAX_HEADING_WORDS = 6


def _heading_part(part: str, column: list[str]) -> bool:
    """A column's part of a line that is a heading: a few words, capitalised, no sentence or label end, clearly
    shorter than the column's longest line in its paragraph."""
    return (bool(part) and part[0].isupper() and not part.endswith((".", ",", ";", ":", "!", "?"))
            and len(part.split()) <= MAX_HEADING_WORDS and len(part) * 3 <= max(map(len, column)) * 2)


def _two_flows(lines: list[str], split) -> bool:
    """A two-column page of running text (a newsletter exported by ``pdftotext -layout``), not questions on the
    left and answers on the right: at least :data:`MIN_HEADING_PAIRS` paragraphs open with a heading in both
    columns on the same line ("Varbergs kommun        Ale och Lerum")."""
    pairs, start = 0, 0
    for end in range(len(lines) + 1):
        if end < len(lines) and lines[end].strip():
            continue
        parts = [split(line) for line in lines[start:end]]
        if len(parts) >= 3 and parts[0] and all(parts[0]):
            lefts = [p[0] for p in parts if p] + [line.strip() for p, line in zip(parts, lines[start:end]) if not p]
            rights = [p[1] for p in parts if p]
            if _heading_part(parts[0][0], lefts) and _heading_part(parts[0][1], rights):
                pairs += 1
                if pairs >= MIN_HEADING_PAIRS:
                    return True
        start = end + 1
    return False


# A whole line in markdown emphasis ("**Piteå kommun**", "__Styrdokument__:"): a heading written in bold.
_EMPHASIS_LINE = re.compile(r"^([ \t]*)(\*\*|__)(?=\S)(.+?)(?<=\S)\2([ \t]*:?)[ \t]*$", re.MULTILINE)


# A markdown heading ("## Piteå kommun", "### Styrdokument ###"): "#" marks and a space, then the heading.
_ATX_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


# A label in markdown emphasis that opens a line before its text: "**Kungsbacka:** Vi har …", "**Borås**: …",
# "**Borås** – …" (a colon inside or after the marks, or a dash after them; "**viktigt** och …" is emphasis in a
# sentence and stays). Searched in "\n" + text, see :data:`_PAGE_FOOTER`.
_EMPHASIS_LEAD = re.compile(r"\n([ \t]*)(\*\*|__)(?=[^\s*_])([^*_\n]{1,60}?)(?<=\S)\2(?=[ \t]*:?[ \t]+\S)(?P<after>[ \t]*(?::|[–—-][ \t]))?")


def _unmarked_label(m: re.Match) -> str:
    if m["after"] or m.group(3).endswith(":"):
        return "\n" + m.group(1) + m.group(3) + (m["after"] or "")
    return m.group(0)


# an accordion's toggle icon after a question that opens its answer ("Organisation?+", "Finns det barnombud? ▼")
_TOGGLE_MARK = re.compile(r"\?[ \t]*[+›»▸▾▼▶⌄˅⊕][ \t]*(?=\n|$)")


# A heading framed by runs of the same mark on both sides, as a plain-text report sets it apart: "*** Region X ***",
# "=== Malmö stad ===", "~~ Styrdokument ~~" (dashes stay: "----- Ursprungligt meddelande -----" is a mail's separator).
_FRAMED_HEADING = re.compile(r"\n[ \t]*(?P<mark>[*=~])(?P=mark)+[ \t]+(?P<head>[^\s*=~](?:[^\n*=~]{0,58}[^\s*=~])?)[ \t]+(?P=mark){2,}[ \t]*(?=\n|$)")


def _framed_headings(text: str) -> str:
    """The page with each framed heading (:data:`_FRAMED_HEADING`) as its words alone, a paragraph of its own
    (a blank line before and after it: its frame set it apart)."""
    source = "\n" + text

    def heading(m: re.Match) -> str:
        before = "" if m.start() == 0 or source[m.start() - 1] == "\n" else "\n"  # (the line above is blank)
        after = "" if m.end() == len(source) or source.startswith("\n\n", m.end()) else "\n"
        return f"\n{before}{m['head']}{after}"

    return _FRAMED_HEADING.sub(heading, source)[1:]


def unmarked(text: str) -> str:
    """The page with whole-line markdown emphasis and heading marks removed, so a bold or "##" question, name
    line or metadata heading reads like its plain form; emphasis inside a sentence and "#hashtags" stay. A bold
    label that opens a line before its text ("**Kungsbacka:** Vi har …") loses its marks too, and so does a
    question its accordion's toggle icon ("Finns det barnombud?+")."""
    if "?" in text:
        text = _TOGGLE_MARK.sub("?", text)
    if "#" in text:
        text = _ATX_HEADING.sub(r"\1", text)
    if "**" in text or "==" in text or "~~" in text:
        text = _framed_headings(text)
    if "**" not in text and "__" not in text:
        return text
    text = _EMPHASIS_LEAD.sub(_unmarked_label, "\n" + text)[1:]
    return _EMPHASIS_LINE.sub(lambda m: m.group(1) + m.group(3) + m.group(4).strip(), text)


# Page furniture of a PDF exported to text: a footer "Sida 1 av 2" ("Sida 2/3", "Sida 1 (2)", "1 av 2"), and a bare page
# number alone on its line ("                 2").
# (Both are searched in "\n" + text: a pattern that starts with a fixed character is found much faster than one
# that starts with "^".)
_PAGE_FOOTER = re.compile(r"\n[ \t]*(?:(?:sida|page|s\.)[ \t]*\d{1,3}(?:[ \t]*(?:(?:av|/|of)[ \t]*\d{1,3}|\(\d{1,3}\)))?"
                          r"|\d{1,3}[ \t]*(?:(?:av|/)[ \t]*\d{1,3}|\(\d{1,3}\)))[ \t]*(?=\n|$)", re.IGNORECASE)
_BARE_NUMBER = re.compile(r"\n[ \t]*(\d{1,3})[ \t]*(?=\n|$)")
# (or a running footer whose page count stands apart from the document's title or date, at either end of the line, as
# pdftotext -layout writes a footer of two parts: "Rapport 2023 – Region X          Sida 2 av 3", "Sida 1 av 4    Dnr 12/34")
_TITLED_FOOTER = re.compile(r"(?:sida|page)[ \t]*\d{1,3}[ \t]*(?:av|/|of)[ \t]*\d{1,3}", re.IGNORECASE)
_FOOTER_GAP = re.compile(r"[ \t]{3,}|\t")
_PAGE_WORDS = ("Sida", "sida", "SIDA", "Page", "page", "PAGE")
MAX_FOOTER_TITLE = 90  # characters of the title beside a footer's page count
PAGE_HEAD_LINES = 4  # lines at the top of the page that a PDF repeats after each page break


def _squeezed(line: str) -> str:
    return " ".join(line.split())


def depaginated(text: str) -> str:
    """The page without the furniture of a PDF exported to text: footer lines ("Sida 1 av 2"), bare page
    numbers (only where they run 1, 2, … over the page, so a lone number in an answer stays), and the page
    head repeated after a page break (the lines after a footer that equal one of the page's first lines that
    occur more than once, or that open the page after two or more breaks), and the hyphens of words split
    over a line end (:data:`_HYPHENATED`).

    Each removed line becomes a blank line: a page break ends a paragraph. Text without furniture is given
    back unchanged."""
    lined = "\n" + text  # a match's start is then its line's offset in text
    footers = {m.start() for m in _PAGE_FOOTER.finditer(lined)}
    footers.update(_titled_footers(lined))
    footers.update(_counted_footers(lined))
    numbers = [(m.start(), int(m.group(1))) for m in _BARE_NUMBER.finditer(lined)]
    if len(numbers) >= 2 and [n for _, n in numbers] == list(range(1, len(numbers) + 1)):
        footers.update(start for start, _ in numbers)
    if not footers:
        return text
    lines = text.split("\n")
    squeezed = [_squeezed(line) for line in lines if line.strip()]
    head = {line for line in squeezed[:PAGE_HEAD_LINES] if squeezed.count(line) > 1}  # a head repeats
    # (or a running head that the first page lacks: the same first line after two or more page breaks)
    head |= _running_heads(lines, footers)
    out, offset, after_break = [], 0, False
    for line in lines:
        if offset in footers:
            out.append("")
            after_break = True
        elif after_break and line.strip() and _squeezed(line) in head:
            out.append("")  # the page head again
        else:
            if after_break and line.lstrip()[:1].islower() and (k := _last_text(out)) is not None and not out[k].rstrip().endswith(_CLAUSE_ENDS):
                del out[k + 1:]  # a sentence the page break cut ("… gemensamma" / "inletts."): one paragraph again
            after_break = after_break and not line.strip()
            out.append(line)
        offset += len(line) + 1
    return _HYPHENATED.sub(_unhyphenated, "\n".join(out))


_INNER_GAP = re.compile(r"\S[ \t]{3,}\S")  # two columns side by side on one line (pdftotext -layout)


def _unhyphenated(m: re.Match) -> str:
    """A word split over a line end joined again (:data:`_HYPHENATED`), unless either line holds two columns side
    by side: the next line's first word then belongs to the other column."""
    text = m.string
    start, end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
    if _INNER_GAP.search(text, start, len(text) if end < 0 else end):
        return m.group(0)
    return m.group(1) + m.group(2)


# a word a PDF hyphenated over a line end ("utveckl-" / "ingsledare"); a word whose second part follows after a
# conjunction ("hälso- och sjukvård") stays
_HYPHENATED = re.compile(r"(?<=[a-zåäö])([a-zåäö]{2})-[ \t]*\n[ \t]*(?!(?:och|eller|samt|respektive|till|som)\b)([a-zåäö])")


_CLAUSE_ENDS = (".", "!", "?", ":", ";")


def _last_text(lines: list[str]) -> int | None:
    return next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip()), None)


def _titled_footers(lined: str) -> list[int]:
    """The offsets (of the "\\n" before each line, in "\\n" + text) of footer lines whose page count ("Sida 2 av 3")
    stands at the line's start or end, set apart by a wide gap from a short title or date: the page's running footer."""
    found: list[int] = []
    if not any(word in lined for word in _PAGE_WORDS):
        return found  # (a substring test first: most pages have no page count)
    for m in _TITLED_FOOTER.finditer(lined):
        start, end = lined.rfind("\n", 0, m.start()), lined.find("\n", m.end())
        before, after = lined[start + 1 : m.start()], lined[m.end() : len(lined) if end < 0 else end]
        if bool(before.strip()) == bool(after.strip()):
            continue  # the count alone (a footer of its own, found above) or in the middle of a sentence
        title, gap = (before.strip(), before[len(before.rstrip()):]) if before.strip() else (after.strip(), after[: len(after) - len(after.lstrip())])
        if len(title) <= MAX_FOOTER_TITLE and _FOOTER_GAP.search(gap):
            found.append(start)
    return found


# a page counter inside a line: "2/4", "2 (4)", "2 av 4" (a number before it, or a word's letter, makes it none:
# "2024/117"); "Sida 2 (4)", "page 2" (tried only on a page with a page word); "- 2 -" at a line's end
# (none ignoring case, each starting with a character class or a single character outside any group, so that the
# regex engine scans for it in C instead of trying the pattern at every position: "\d\d{0,2}" is "\d{1,3}", the page
# word's letters are spelled out as the classes IGNORECASE gives them (long s "ſ", dotted and dotless "İ", "ı": see
# tests/test_parse_fast_paths.py), and the dash counter is searched once from each kind of dash, "-" and "–": its
# match ends at its line's end and opens at the last dash before its number, so a line holds at most one and the two
# searches find what one search for either dash finds)
_COUNTER_NUMBER = re.compile(r"(\d\d{0,2})[ \t]*(?:(?:av|of|AV|Av|/)[ \t]*\d{1,3}|\(\d{1,3}\))(?![\w/.,-])")
_COUNTER_WORD = re.compile(r"[SsſPp](?:(?<=[Ssſ])(?:[Iiİı][Dd][Aa]|\.)|(?<=[Pp])[Aa][Gg][Ee])[ \t]*(\d\d{0,2})")
_COUNTER_DASH_TAIL = r"[ \t]*(\d{1,3})[ \t]*[-–][ \t]*(?=\n|$)"  # (after the dash that opens it)
_COUNTER_DASHES = (re.compile("-" + _COUNTER_DASH_TAIL), re.compile("–" + _COUNTER_DASH_TAIL))
_NOT_BEFORE_COUNTER = frozenset("/.,-")
# (or a bare page number at the line's end, set apart by a wide gap from the document's title, as pdftotext -layout
# writes a running footer of two parts: "Rapport om X 2022                 7"; a running line only where the number
# grows from one repeat to the next, so a table's repeated label with its figures is none)
_COUNTER_GAP = re.compile(r"[ \t]{3}[ \t]*(\d\d{0,2})[ \t]*(?=\n|$)")
MAX_COUNTED_LINE = 160  # characters of a line that carries a page counter and repeats as a running head or footer


def _counted_footers(lined: str) -> list[int]:
    """The offsets (as :func:`_titled_footers` gives them) of a running head or footer that carries a page counter:
    a line that repeats on the page with only its counter's page number changed ("Rapport 2021   Sida 1 (4)", then
    "… Sida 2 (4)"), wherever it stands and however wide its gap; a counter seen once is no running line."""
    groups: dict[str, list[tuple[int, str]]] = {}
    patterns = (_COUNTER_NUMBER, *_COUNTER_DASHES) + ((_COUNTER_WORD,) if any(word in lined for word in _PAGE_WORDS) else ())
    for m in (m for pattern in patterns for m in pattern.finditer(lined)):
        before = lined[m.start() - 1]
        if m.re not in _COUNTER_DASHES and (before.isalnum() or before == "_" or (m.re is _COUNTER_NUMBER and before in _NOT_BEFORE_COUNTER)):
            continue  # inside a word or a longer number ("2024/117", "s2/4")
        start = lined.rfind("\n", 0, m.start())
        end = lined.find("\n", m.end())
        line = lined[start + 1: len(lined) if end < 0 else end]
        if len(line) > MAX_COUNTED_LINE or start < 0:
            continue
        number = m.group(1)
        masked = _squeezed(line[: m.start() - start - 1] + "#" + line[m.end() - start - 1:])
        groups.setdefault(masked, []).append((start, number))
    found = []
    for members in groups.values():
        numbers = [n for _, n in members]
        if len(members) >= 2 and len(set(numbers)) == len(numbers):
            found.extend(start for start, _ in members)
    if "   " in lined:
        found.extend(_gap_numbered_footers(lined))
    return found


def _gap_numbered_footers(lined: str) -> list[int]:
    """The offsets of a running footer of a title and a bare page number apart by a wide gap (:data:`_COUNTER_GAP`):
    the same title on two or more lines, its number growing from each to the next."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for m in _COUNTER_GAP.finditer(lined):
        start = lined.rfind("\n", 0, m.start())
        title = lined[start + 1: m.start()]
        if start < 0 or not title.strip() or len(title) > MAX_COUNTED_LINE:
            continue  # (a number alone on its line is a bare page number: see :data:`_BARE_NUMBER`)
        groups.setdefault(_squeezed(title), []).append((start, int(m.group(1))))
    found = []
    for members in groups.values():
        numbers = [n for _, n in members]
        if len(members) >= 2 and all(a < b for a, b in zip(numbers, numbers[1:])):
            found.extend(start for start, _ in members)
    return found


def _running_heads(lines: list[str], footers: set[int]) -> set[str]:
    """The lines that open the page after two consecutive page breaks (the offsets of its footers) that text
    follows: a running head opens page after page; a page of several regions' numbered questions may open two pages
    that are not neighbours with the same question ("6. Finns det …?", after the first and the third break), which
    is no head."""
    firsts: list[str] = []
    offset, after_break = 0, False
    for line in lines:
        if offset in footers:
            after_break = True
        elif after_break and line.strip():
            firsts.append(_squeezed(line))
            after_break = False
        offset += len(line) + 1
    return {first for first, second in zip(firsts, firsts[1:]) if first == second}


# A note about the page itself at its end, told by its form rather than its words: a short paragraph whose subject is
# the document in its definite form ("Dokumentet har upprättats av …", "Sammanställningen bygger på …", "Sidan
# uppdaterad 2023-12-01"), a stamp of a past participle and a date ("Senast ändrad: 3 maj 2024", "Granskad
# 2022-01-05"; a place's name ending in "-stad" is none: "Halmstad 2023-05-04" heads a meeting's notes), or a paragraph carrying a registration number ("Dnr RS 2024/117", "Diarienummer …").
_DOCUMENT_SUBJECT = re.compile(r"^(?:denna|detta|den\s+här|det\s+här)?\s*(?:dokument|sammanställning|rapport|webbsida|sida|underlag"
                               r"|blankett|redovisning|mall|pdf|fil|version)(?:et|en|n)\b(?!\s+(?:om|för|till|med|i|på)\b)", re.IGNORECASE)
DATED_STAMP = re.compile(r"^(?:[^\W\d][\w-]*\s+){0,2}[^\W\d][\w-]{3,}(?<!st)(?:ad|at|ades|ats)\s*:?\s*"
                          r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+[^\W\d]{3,9}\.?\s+\d{4}|\d{1,2}/\d{1,2}\s+\d{4})\s*\.?\s*$", re.IGNORECASE)
_REGISTRATION = re.compile(r"\b(?:dnr|diarienr|diarienummer|diarie\s*nr|ärendenummer)\b\.?\s*:?\s*(?:[^\W\d]{1,5}[\s-]*)?\d", re.IGNORECASE)
MAX_PAGE_NOTE = 250  # characters of a paragraph that may be a note about the page


def page_note(paragraph: str) -> bool:
    """A paragraph that is a note about the page or document itself (its origin, its date, its registration
    number), not text of an answer: :data:`_DOCUMENT_SUBJECT`, :data:`DATED_STAMP` or :data:`_REGISTRATION`,
    in at most :data:`MAX_PAGE_NOTE` characters. Meant for the paragraphs after a page's last answer."""
    text = " ".join(paragraph.split())
    return (len(text) <= MAX_PAGE_NOTE
            and bool(_DOCUMENT_SUBJECT.match(text) or DATED_STAMP.match(text) or _REGISTRATION.search(text)
                     or contact_furniture(paragraph) or contact_block(paragraph)))


# The page's contact furniture, told by its form: one short line that holds a way to reach someone (an e-mail address,
# a phone number, a web address, or the placeholder redaction leaves for one, "[e-post]") and is built as furniture
# is, in parts apart by pipes or dots ("Redaktionen | [e-post] | tel 08-…") or opening with a label ("Kontakta
# oss: …", "Ansvarig utgivare: …"), without a sentence's full stop inside it.
_REACH = re.compile(r"@|\[\s?at\s?\]|\(at\)|https?://|\bwww\.|\[[^\W\d][\w -]{1,20}\]"
                    r"|(?<![\d/-])(?:\+\s?46|0)\s?\d{1,4}(?:[\s-]?\d{2,3}){2,4}(?![\d/-])", re.IGNORECASE)
_FURNITURE_FORM = re.compile(r"\s[|·•]\s|^[^\W\d][\w -]{1,40}:\s")
_SENTENCE_INSIDE = re.compile(r"[a-zåäö]{3}[.!?]\s+[A-ZÅÄÖ]")
MAX_FURNITURE = 160  # characters of a contact line at a page's end


def contact_furniture(paragraph: str) -> bool:
    """A paragraph that is the page's contact furniture (:data:`_REACH`, :data:`_FURNITURE_FORM`), not text."""
    text = paragraph.strip()
    return (len(text) <= MAX_FURNITURE and "\n" not in text and bool(_FURNITURE_FORM.search(text))
            and bool(_REACH.search(text)) and not _SENTENCE_INSIDE.search(text))


# Words that make a short line a clause or an answer's statement, not a name, a heading or a role: finite verbs and
# the imperatives an answer opens with, personal pronouns, an answer's words (yes and no, negations, references to
# another answer)
CLAUSE_WORDS = frozenset((
    # finite verbs (present and past, active and passive) and imperatives an answer opens with
    "är", "var", "har", "hade", "finns", "fanns", "ska", "skall", "skulle", "kan", "kunde", "bör", "borde", "måste",
    "vill", "ville", "får", "fick", "blir", "blev", "kommer", "kom", "gäller", "gällde", "saknas", "saknades",
    "saknar", "saknade", "sker", "skedde", "pågår", "pågick", "gör", "gjorde", "görs", "gjordes", "används",
    "användes", "använder", "ges", "gavs", "ger", "gav", "behövs", "behövdes", "planeras", "planerades", "ingår",
    "ingick", "återstår", "avser", "innebär", "hänvisar", "hänvisas", "följs", "följdes", "tas", "togs", "erbjuds",
    "erbjöds", "erbjuder", "arbetar", "arbetade", "genomförs", "genomfördes", "genomförde", "startar", "startade",
    "se",
    # personal pronouns
    "jag", "vi", "ni", "man", "han", "hon", "vår", "vårt", "våra",
    # an answer's words: yes and no, negations, references to another answer
    "ja", "nej", "ingen", "inget", "inga", "ej", "inte", "icke", "enligt", "samma", "ännu", "fortfarande", "redan",
    "tyvärr",
))


# (and a call to reach someone, which a heading of links may be, "Läs mer", "Kontakta oss", but a contact's name or
# role never is: "Ring jouren")
_CALL_WORDS = frozenset(("läs", "kontakta", "hör", "ring", "mejla", "maila", "skriv", "oss"))


# A contact footer over several lines, told by its form as :func:`contact_furniture` tells one of a line: maybe a
# label line first ("Kontakt:", "Mer information:", "Frågor besvaras av:"), then a person's name (two to four
# capitalised words, or the placeholder redaction leaves for one), then short lines of a role and of ways to reach
# them (a phone number, an e-mail address: :data:`_REACH`), none of them a sentence.
_NAME_WORD = r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?"
_PERSON_LINE = re.compile(rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}}|\[[^\W\d][\w -]{{1,20}}\]")
_LABEL_LINE = re.compile(r"[^\W\d][\w -]{1,30}:")
MAX_CONTACT_LINE = 70  # characters of a line of a contact footer
MAX_CONTACT_LINES = 6  # lines of a contact footer (its label line not counted)


def contact_block(paragraph: str) -> bool:
    """A paragraph of several lines that is a contact footer: a person's name, a role, a phone number, an e-mail
    address, a line each (see :data:`_PERSON_LINE`), not text."""
    lines = [line.strip() for line in paragraph.strip().split("\n")]
    if len(lines) < 2:
        return False  # (a contact of one line: :func:`contact_furniture`)
    if _LABEL_LINE.fullmatch(lines[0]):
        lines = lines[1:]
    if not 2 <= len(lines) <= MAX_CONTACT_LINES or not _PERSON_LINE.fullmatch(lines[0]) or _clause(lines[0]):
        return False
    reach = [bool(_REACH.search(line)) for line in lines[1:]]
    return (any(reach) and all(len(line) <= MAX_CONTACT_LINE for line in lines)
            and all(reached or not (line.endswith((".", "!", "?", ":")) or _SENTENCE_INSIDE.search(line)
                                    or any(c.isdigit() for c in line) or _clause(line))
                    for line, reached in zip(lines[1:], reach)))


def _clause(line: str) -> bool:
    return any(word.casefold() in CLAUSE_WORDS or word.casefold() in _CALL_WORDS for word in line.replace(",", " ").split())


def contact_label(paragraph: str) -> bool:
    """A paragraph that is only a label line over a contact footer ("Kontakt:", "Mer information:")."""
    return "\n" not in paragraph.strip() and bool(_LABEL_LINE.fullmatch(paragraph.strip()))


def split_paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated paragraphs, each with its lines joined by newlines."""
    paragraphs, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs


# a table row as ingest writes an HTML table ("cell | cell", no outer pipes), or a markdown row ("| a | b |")
_PIPE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")


def table_cells(line: str) -> list[str] | None:
    """A table row's cells: "| question | answer |", "question | answer" (an HTML row: a trailing empty cell
    reads "name |"), or "question<TAB>answer"; None for no row."""
    if "|" not in line and "\t" not in line:
        return None
    pipe = _PIPE_ROW.match(line)
    if pipe and "|" in pipe.group(1):
        return [c.strip() for c in pipe.group(1).split("|")]
    stripped = line.strip()
    if CELL_SEPARATOR in line or (stripped.endswith(" |") and stripped[:1] != "|"):
        return [c.strip() for c in (stripped + " ").split(CELL_SEPARATOR)]
    if "\t" in stripped:
        return [c.strip() for c in stripped.split("\t")]
    return None


BULLET_RE = re.compile(r"^\s*(?:[•·▪◦‣∙*–-]|\d+[.)])\s+")

# Decoration around a heading line, whatever its symbols: a bullet or a box before it ("■ HUDDINGE KOMMUN", "► Nacka",
# "• Solna stad"), markdown's heading and emphasis marks ("## Styrdokument", "**Barnombud**", "__Täby__"), a rule's
# characters on both sides ("=== NACKA ==="). Any run of characters that are neither letters, digits nor space at the
# line's ends, except those that carry meaning there: brackets and quotes, a quote marker ">", a table's "|", "§",
# a sentence's or a label's end (".", "?", "!", ":", ",", ";") and a redaction's "[".
_DECORATION = r"(?:[^\w\s()\[\]{}<>«»\"”„“'’|§@/&%$€.,:;!?…]|_)+"  # ("_" is a word character to the pattern)
_LEADING_DECORATION = re.compile(rf"^\s*{_DECORATION}\s*")
_TRAILING_DECORATION = re.compile(rf"\s*{_DECORATION}\s*$")


def undecorated(line: str) -> str:
    """The stripped line without the decoration at its ends (:data:`_DECORATION`): "■ HUDDINGE KOMMUN" ->
    "HUDDINGE KOMMUN", "**2. Styrdokument**" -> "2. Styrdokument", "=== Nacka kommun ===" -> "Nacka kommun";
    a line whose first and last characters are letters, digits or meaningful marks is given back stripped."""
    text = line.strip()
    if text[:1].isalnum() and (text[-1:].isalnum() or text[-1:] in ".?!:,;)"):
        return text  # (most lines: no pattern needed)
    return _TRAILING_DECORATION.sub("", _LEADING_DECORATION.sub("", text))


def decorated(line: str) -> bool:
    """The stripped line opens with decoration (:func:`undecorated`): a symbol, a bullet or a markdown mark."""
    return bool(_LEADING_DECORATION.match(line))

# Registration order is detection order: the most specific kind first.
from . import network_report, questionnaire, project_description  # noqa: E402,F401
