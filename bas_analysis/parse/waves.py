"""Dates and waves: which year a page reports on, from its own evidence (codebook.md, "Wave").

In:  the text of one page and its kind.
Out: a :class:`WavePlacement`: ``wave`` (the year used), ``source`` (which
     evidence placed it), the bounds ``wave_min`` / ``wave_max`` (``None``:
     the page names no limit), a short ``evidence`` text (or the reason why no
     wave can be given), the questionnaire ``generation`` and the page's own
     ``page_date``.

Evidence, strongest first (the rules are data: ``data/waves.yaml``):

1. ``page_date``: the page's own date line ("Publicerat …", then "Senast
   uppdaterad …"). The wave is its year, both bounds too.
2. ``text_year``: years the text gives as current or past ("under 2019", "2020
   tog …", "sedan början av 2022", a plan for 2023–2030, a kick-off date) put
   the page in that year or later; years it gives as future ("äger rum i maj
   2021") in that year or earlier.
3. ``questionnaire_generation``: the 2018 short wording of the national
   questionnaire or the later long one (question ids from
   :func:`bas_analysis.parse.questionnaire.classify_question`), each with the
   first year it was answered.

Without a page date, the bounds are what all the text and generation evidence
allows together, and the wave is their lower bound: the earliest year the
page can be from, never a guess later than its evidence. ``source`` names the
evidence that set that year. Project descriptions keep the codebook's rule:
the period or event the text describes, never the date the page was touched.
A page with none of this evidence has no wave (``source`` ``none``), and
``evidence`` says why.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lookbehind import BehindChecked as _BehindChecked
from ..yamlfile import package_yaml

ISO_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)")
# a form tool's timestamp with slashes ("2021/10/04 9:12:41", the time a response was sent): a date of the page's own
SLASHED_DATE = re.compile(r"(?<![\d/])((?:19|20)\d{2})/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?![\d/])")
YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?![\d-])")
YEAR_SPAN_WORDS = re.compile(r"\bmellan\s+((?:19|20)\d{2})\s+och\s+((?:19|20)\d{2})\b", re.IGNORECASE)
DURING_YEAR = re.compile(r"\bunder\s+(?:(?:våren|hösten|sommaren|vintern|året|början av|slutet av)\s+)?((?:19|20)\d{2})\b", re.IGNORECASE)
PUBLISHED = re.compile(r"\bpublicera[dt]\s*:?\s*(((?:19|20)\d{2})-\d{2}-\d{2})", re.IGNORECASE)
UPDATED = re.compile(r"\b(?:senast\s+)?uppdaterad\s*:?\s*(((?:19|20)\d{2})-\d{2}-\d{2})", re.IGNORECASE)
# a date label opening a line at the page's head (within HEAD_DATE_LINES lines): the document's own date, a meeting's
# notes or a form's ("Datum: 2024-11-14. Plats: …", "Mötesdatum 2023-02-09"); a dated line further down is an event's
DATE_LABEL = re.compile(r"^[ \t]*(?:datum|date|mötesdatum|sammanträdesdatum|svarsdatum|inskickat|inskickad)\s*:?\s*(((?:19|20)\d{2})-\d{2}-\d{2})",
                        re.IGNORECASE | re.MULTILINE)
HEAD_DATE_LINES = 8
# Lines about the page itself rather than about the work it describes.
PAGE_META = re.compile(r"\b(uppdaterad|publicera[dt]|arkiveras|arkiverad|skriven|granskad)\b", re.IGNORECASE)

SOURCES = ("page_date", "text_year", "questionnaire_generation", "none")

# linear: an address starts at a word's start, so no start inside a long word is tried again
_URL = re.compile(r"(?:https?://|www\.)\S+|(?<!\S)[^\s@]*@\S+", re.IGNORECASE)
# a sentence's end: white space after ".", "!", "?" or ";", line breaks, or a bullet "•" between spaces;
# (?<=[.!?;])\s+|\n+|\s+•\s+ with the white space every alternative starts with taken out in front, which the
# search skips to instead of trying each position (the same breaks: tests/test_parse_fast_paths.py)
_SENTENCE_BREAK = re.compile(r"\s(?:(?<=[.!?;]\s)\s*|(?<=\n)\n*|\s*•\s+)")
_PLAIN_SENTENCE_BREAK = r"(?<=[.!?;])\s+|\n+|\s+•\s+"  # (for the tests)
_YEAR = re.compile(r"(?<![\d.,:/-])((?:19|20)\d{2})(?![\d,/]|\.\d|-\d)")
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_WORDS_BEFORE = 5  # words of context kept before a year in the evidence text


@dataclass
class WavePlacement:
    wave: int | None
    source: str
    wave_min: int | None
    wave_max: int | None
    evidence: str
    generation: str = ""
    page_date: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Rules:
    future: re.Pattern
    since: re.Pattern
    until: re.Pattern
    since_words: tuple[str, ...] | None  # what a match of since/until holds, in lower case (None: not known)
    until_words: tuple[str, ...] | None
    future_starts: tuple[str, ...] | None  # what a match of future/ongoing begins with, in lower case (None: not known)
    ongoing_starts: tuple[str, ...] | None
    ongoing: re.Pattern
    past: re.Pattern
    first_year: int
    last_year: int
    generations: tuple[dict, ...]


def _literals(entries: list[str]) -> tuple[str, ...] | None:
    """The entries as the plain texts they match (``t\\.o\\.m\\.`` -> "t.o.m."), when each is a plain text but for
    escaped dots; else None."""
    plain = [entry.replace("\\.", ".") for entry in entries]
    if any(re.search(r"[.^$*+?{}\[\]\\|()]", entry.replace("\\.", "")) for entry in entries):
        return None
    return tuple(p.lower() for p in plain)


def _bar_outside_groups(entry: str) -> bool:
    """The entry has an alternative of its own ("a|b"), a bar outside its groups."""
    depth, escaped = 0, False
    for ch in entry:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and not depth:
            return True
    return False


def _starts(entries: list[str]) -> tuple[str, ...] | None:
    """The plain text each entry's matches begin with, in lower case ("planer\\w*" -> "planer", "nästa\\s+(?:…)"
    -> "nästa"), when each entry begins with one (and has no alternative of its own nor a set); else None. A
    sentence the entries match holds one of them, in lower case (but for the letters of _ODD_FOLDS)."""
    starts = []
    for entry in entries:
        plain = re.match(r"[^.^$*+?{}\[\]\\|()]*", entry).group(0)
        if entry[len(plain):][:1] in ("?", "*", "{"):
            plain = plain[:-1]  # its last character may be missing or repeated
        if not plain or "[" in entry or _bar_outside_groups(entry):
            return None
        starts.append(plain.lower())
    return tuple(starts)


def _words(entries: list[str]) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(entries) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def rules() -> _Rules:
    data = package_yaml("waves.yaml")
    text = data["text_years"]
    past = r"(?<!\w)(?:\w+(?:" + "|".join(text["past_endings"]) + r")|" + "|".join(text["past_words"]) + r")(?!\w)"
    return _Rules(
        future=_words(text["future"]),
        since=re.compile(r"(?<!\w)(?:" + "|".join(text["since"]) + r")\s+(?:\w+\s+){0,2}$", re.IGNORECASE),
        until=re.compile(r"(?<!\w)(?:" + "|".join(text["until"]) + r")\s+(?:\w+\s+){0,2}$", re.IGNORECASE),
        since_words=_literals(text["since"]),
        until_words=_literals(text["until"]),
        future_starts=_starts(text["future"]),
        ongoing_starts=_starts(text["ongoing"]),
        ongoing=_words(text["ongoing"]),
        past=re.compile(past, re.IGNORECASE),
        first_year=int(text["first_year"]),
        last_year=int(text["last_year"]),
        generations=tuple(data["questionnaire_generations"]),
    )


# --- dates on the page ------------------------------------------------------------


_ISO_DATES, _YEAR_RANGES, _YEARS = _BehindChecked(ISO_DATE), _BehindChecked(YEAR_RANGE), _BehindChecked(_YEAR)


def dates_found(text: str) -> list[str]:
    """Every ISO date in the text, in order, without repeats."""
    seen: list[str] = []
    for m in _ISO_DATES.finditer(text):
        if m.group(0) not in seen:
            seen.append(m.group(0))
    return seen


# Letters the case-insensitive date-line patterns take for "i" or "s" that do not lower to them (every other
# character they take for a letter of "publicera", "senast", "uppdaterad" does; tests/test_parse_fast_paths.py
# checks every character)
_DATE_LINE_ODD = ("\u0130", "\u0131", "\u017f")  # "İ" (also the only letter that lowers to two), "ı", "ſ"


def _date_line_starts(text: str) -> tuple[int, int]:
    """Where :func:`page_date` searches for PUBLISHED and UPDATED (-1: no match there). Every match of PUBLISHED
    starts with "publicera", every match of UPDATED holds "uppdaterad" and starts with it or "senast" (in any
    case): no match starts before the first of these, found in the page in lower case (as long as the page
    without an odd letter). The patterns look behind their start, which a search from a position sees."""
    if any(odd in text for odd in _DATE_LINE_ODD):
        return 0, 0
    low = text.lower()
    updated = low.find("uppdaterad")
    if updated >= 0:
        senast = low.find("senast", 0, updated)
        updated = senast if senast >= 0 else updated
    return low.find("publicera"), updated


def page_date(text: str) -> str:
    """The page's own date line as an ISO date ("Publicerat" first, then "Senast uppdaterad", then a date label at the
    page's head, :data:`DATE_LABEL`); "" when none.

    Each pattern is searched from the first place it can match (:func:`_date_line_starts`), not through the
    whole page."""
    for pattern, start in zip((PUBLISHED, UPDATED), _date_line_starts(text)):
        m = pattern.search(text, start) if start >= 0 else None
        if m:
            return m.group(1)
    m = DATE_LABEL.search("\n".join(text.split("\n", HEAD_DATE_LINES)[:HEAD_DATE_LINES]))
    return m.group(1) if m else ""


def page_date_year(text: str) -> int | None:
    date = page_date(text)
    return int(date[:4]) if date else None


def described_year(text: str) -> int | None:
    """The year a narrative describes, from its content lines only."""
    lines = [line for line in text.split("\n") if line.strip() and not PAGE_META.search(line)]
    if not lines:
        return None
    title = lines[0]
    m = YEAR_RANGE.search(title)
    if m and not ISO_DATE.search(title):
        return int(m.group(2))
    body = "\n".join(lines)
    m = DURING_YEAR.search(body)
    if m:
        return int(m.group(1))
    for line in lines[:8]:
        m = ISO_DATE.search(line)
        if m and len(line) < 120:
            return int(m.group(1))
    for pattern in (YEAR_SPAN_WORDS, YEAR_RANGE):
        m = pattern.search(body)
        if m:
            return int(m.group(2))
    return None


# --- years in the text ----------------------------------------------------------------


@dataclass(frozen=True)
class YearMention:
    """One year the text names: ``bound`` "min" (current or past) or "max" (future)."""

    year: int
    bound: str
    context: str


def _content_lines(text: str) -> list[str]:
    """The page's lines without its own date lines, links and e-mail addresses."""
    lines = []
    for line in text.split("\n"):
        if PUBLISHED.search(line) or UPDATED.search(line):
            continue
        lines.append(_URL.sub(" ", line))
    return lines


def _may_be_date_line(line: str) -> bool:
    """False for a line PUBLISHED and UPDATED cannot match: they need "publicera" or "uppdaterad" (in any case,
    see :data:`_DATE_LINE_ODD`); a plain test, cheaper than the patterns, which try each position."""
    if any(odd in line for odd in _DATE_LINE_ODD):
        return True
    low = line.lower()
    return "publicera" in low or "uppdaterad" in low


def _year_lines(text: str):
    """The lines of :func:`_content_lines` that name a year (``19xx``/``20xx``), in order: every pattern of
    :func:`year_mentions` needs one. A line without one is skipped before the date-line and link patterns
    run (most lines of a page; taking out links only removes text, so it cannot add a year)."""
    for line in text.split("\n"):
        if not _ANY_YEAR.search(line) or (_may_be_date_line(line) and (PUBLISHED.search(line) or UPDATED.search(line))):
            continue
        if "@" in line or "://" in line or "www." in line.lower():  # what every address of _URL holds
            line = _URL.sub(" ", line)
            if not _ANY_YEAR.search(line):
                continue
        yield line


def _context(sentence: str, start: int, end: int) -> str:
    before = sentence[:start].split()[-_WORDS_BEFORE:]
    return " ".join(before + [sentence[start:end]]).strip(" ,;:(")


# Letters the case-insensitive patterns take for a letter of their plain words that do not lower to it (every other
# character they take for one does; tests/test_parse_fast_paths.py checks every character): "İ" (also the only
# letter that lowers to two), "ı", "ſ", Kelvin's "K", Ångström's "Å"
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a", "\u212b")
_NEVER = 1 << 62  # (an end no year's start reaches)


def _first_end(low: str, words: tuple[str, ...] | None) -> int:
    """Where the earliest-ending occurrence of one of the words ends in the lower-case sentence (0 when the words
    are not known: any place may hold one; :data:`_NEVER` when none occurs). A pattern made of the words can
    match in the sentence before a year only if one of them ends there."""
    if words is None:
        return 0
    ends = [at + len(word) for word in words if (at := low.find(word)) >= 0]
    return min(ends) if ends else _NEVER


def _holds(low: str, starts: tuple[str, ...] | None) -> bool:
    """The lower-case sentence holds one of the plain texts (True when they are not known): what a match of the
    pattern they begin needs (a sentence without one is not searched)."""
    if starts is None:
        return True
    for start in starts:
        if start in low:
            return True
    return False


def year_mentions(text: str) -> list[YearMention]:
    """Every year the text names as current, past or future, in page order.

    A period "2021–2022" counts from its first year; its last year is also an
    upper bound when the sentence says the period is going on ("pågår"). A
    year after "sedan" is past; after "till och med" / "fram till" it ends a
    period, future when the period goes on. Otherwise a sentence with a future
    cue ("ska", "planerar", "äger rum") and no past-tense verb makes its years
    future; all other years are current or past.
    """
    r = rules()
    mentions: list[YearMention] = []
    for line in _year_lines(text):  # every pattern below needs a year: most lines of a page have none
        for sentence in _SENTENCE_BREAK.split(line):
            if not _ANY_YEAR.search(sentence):
                continue  # nor do most sentences of a line that has one
            # plain words and characters the patterns below need, looked for first (most sentences lack them)
            if any(odd in sentence for odd in _ODD_FOLDS):
                low, since_end, until_end = "mellan", 0, 0  # (every pattern tried)
                is_future = bool(r.future.search(sentence)) and not r.past.search(sentence)
                is_ongoing = bool(r.ongoing.search(sentence))
            else:
                low = sentence.lower()
                since_end, until_end = _first_end(low, r.since_words), _first_end(low, r.until_words)
                is_future = _holds(low, r.future_starts) and bool(r.future.search(sentence)) and not r.past.search(sentence)
                is_ongoing = _holds(low, r.ongoing_starts) and bool(r.ongoing.search(sentence))
            periods = (_YEAR_RANGES,) if ("-" in sentence or "–" in sentence or "—" in sentence) else ()
            if "mellan" in low:
                periods += (YEAR_SPAN_WORDS,)
            taken: list[tuple[int, int]] = []
            for pattern in periods:
                for m in pattern.finditer(sentence):
                    first, last = int(m.group(1)), int(m.group(2))
                    if not (r.first_year <= first <= last <= r.last_year):
                        continue
                    taken.append(m.span())
                    context = _context(sentence, m.start(), m.end())
                    if is_future and not is_ongoing:
                        mentions.append(YearMention(first, "max", context))
                        continue
                    mentions.append(YearMention(first, "min", context))
                    if is_ongoing:
                        mentions.append(YearMention(last, "max", context))
            singles = [(m.start(), m.end(), int(m.group(1))) for m in _ISO_DATES.finditer(sentence)]
            singles += [(m.start(), m.end(), int(m.group(1))) for m in _YEARS.finditer(sentence)]
            if "/" in sentence:  # (cheap) no slashed date without a slash
                singles += [(m.start(), m.end(), int(m.group(1))) for m in SLASHED_DATE.finditer(sentence)]
            for start, end, year in sorted(singles):
                if any(a <= start < b for a, b in taken):
                    continue
                if not r.first_year <= year <= r.last_year:
                    continue
                before = sentence[:start]
                context = _context(sentence, start, end)
                if since_end <= start and r.since.search(before):
                    bound = "min"
                elif until_end <= start and r.until.search(before):
                    bound = "max" if (is_ongoing or is_future) else "min"
                else:
                    bound = "max" if is_future else "min"
                mentions.append(YearMention(year, bound, context))
    return mentions


def text_bounds(mentions: list[YearMention]) -> tuple[int | None, int | None, list[str]]:
    """(lower, upper, notes): the latest current-or-past year and the earliest future year.

    A future year before the latest past one contradicts it; such a year is
    left out of the upper bound and named in the notes.
    """
    lows = [m.year for m in mentions if m.bound == "min"]
    low = max(lows) if lows else None
    highs, notes = [], []
    for m in mentions:
        if m.bound != "max":
            continue
        if low is not None and m.year < low:
            notes.append(f"future year {m.year} ('{m.context}') is before the past year {low}: not used")
        else:
            highs.append(m.year)
    return low, (min(highs) if highs else None), notes


# --- questionnaire generation -------------------------------------------------------------


def questionnaire_generation(text: str) -> str:
    """"long", "short" or "" (not recognised), from the question lines the questionnaire parser classifies."""
    from .questionnaire import CLOSING_REMARK, classify_question

    found: dict[str, list[str]] = {}
    for line in text.split("\n"):
        qid = classify_question(line)
        if qid and qid != CLOSING_REMARK:
            found.setdefault(qid, []).append(line)
    for generation in rules().generations:
        ids = set(generation.get("question_ids", []))
        words = generation.get("question_words", {}) or {}
        if ids & set(found) or any(
            re.search(word, line, re.IGNORECASE) for qid, word in words.items() for line in found.get(qid, [])
        ):
            return generation["name"]
        if not ids and not words and len(found) >= int(generation.get("min_questions", 1)):
            return generation["name"]
    return ""


def generation_first_year(name: str) -> int | None:
    for generation in rules().generations:
        if generation["name"] == name:
            return int(generation["first_year"])
    return None


# --- placing a page ---------------------------------------------------------------------


def _describe(mentions: list[YearMention]) -> list[str]:
    out = []
    for m in mentions:
        bound = f"{m.year} or later" if m.bound == "min" else f"{m.year} or earlier"
        out.append(f"text '{m.context}': {bound}")
    return out


def place(text: str, kind: str) -> WavePlacement:
    """The page's wave, its source, bounds and evidence (see the module docstring)."""
    date = page_date(text)
    generation = questionnaire_generation(text) if kind == "questionnaire" else ""
    mentions = year_mentions(text) if kind != "project_description" else []
    low_text, high_text, notes = text_bounds(mentions)
    evidence = _describe(mentions)

    if kind == "project_description":
        year = described_year(text)
        if year is None:
            reason = (
                f"no period or event described; the page's date {date} is when it was touched, not what it reports on"
                if date or dates_found(text) else "no period, event or date in the text"
            )
            return WavePlacement(None, "none", None, None, reason, generation, date)
        return WavePlacement(year, "text_year", year, year, f"the period or event the text describes: {year}", generation, date)

    if date:
        year = int(date[:4])
        warnings = []
        if low_text is not None and low_text > year:
            warnings.append(f"the text names {low_text} as current or past, after the page's date {date}; the page date is used")
        return WavePlacement(year, "page_date", year, year, "; ".join([f"page date {date}"] + evidence), generation, date, warnings)

    first_of_generation = generation_first_year(generation) if generation else None
    if generation:
        evidence.append(f"questionnaire wording {generation}: {first_of_generation} or later")
    evidence.extend(notes)
    if low_text is None and first_of_generation is None:
        if high_text is not None:
            reason = f"no date line; the text only says the page is from {high_text} or earlier"
        elif kind == "questionnaire":
            reason = "no date line, no year in the text, and the questionnaire wording is not recognised"
        else:
            reason = "no date line and no year in the text"
        return WavePlacement(None, "none", None, high_text, "; ".join([reason] + evidence), generation, date)

    warnings = []
    low, source = low_text, "text_year"
    if first_of_generation is not None:
        if high_text is not None and first_of_generation > high_text:
            warnings.append(
                f"the text says the page is from {high_text} or earlier, before the first year of the "
                f"{generation} questionnaire wording ({first_of_generation}); the text is used"
            )
        elif low is None or first_of_generation > low:
            low, source = first_of_generation, "questionnaire_generation"
    return WavePlacement(low, source, low, high_text, "; ".join(evidence), generation, date, warnings)


def document_wave(text: str, kind: str) -> int | None:
    """The year used for the page (see :func:`place`)."""
    return place(text, kind).wave
