"""Reading's and parsing's faster paths give exactly what the plain ones gave (issue 13: same tables, less time).

Each is compared with the plain computation on every corpus, seed and
challenge page, on generated pages and on made-up text: the lines that can
name a year (waves), ftfy skipped on plain names, fuzzy matching on sorted
words and remembered matches (orgs), control bytes counted in C and odd
spaces looked for before translating (ingest).
"""
from __future__ import annotations

import re
import unicodedata

import ftfy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from bas_analysis import ingest, orgs, parse
from bas_analysis.parse import network_report, parse_text, questionnaire, waves
from bas_analysis.redact import spelled
from benchmarks.pages import page as generated_page
from corpus import CORPUS, SEEDS

CHALLENGE = CORPUS.parent / "challenge" / "pages"


def _real_pages() -> list[str]:
    files = sorted(CORPUS.glob("*.txt")) + sorted(SEEDS.glob("*.txt")) + sorted(CHALLENGE.glob("*"))
    texts = [d.text for d in (ingest.read_document(p, p.name) for p in files if p.is_file()) if not isinstance(d, ingest.Problem)]
    if not texts:
        pytest.skip(f"no pages in {CORPUS} or {CHALLENGE}")
    return texts


@pytest.fixture(scope="module")
def pages() -> list[str]:
    return _real_pages() + [generated_page(i) for i in range(40)]


# --- waves: only the lines that can name a year -------------------------------------------------------------


def plain_year_lines(text: str) -> list[str]:
    return [line for line in waves._content_lines(text) if waves._ANY_YEAR.search(line)]


def test_year_lines_of_pages_are_the_plain_ones(pages):
    lines = 0
    for text in pages:
        assert list(waves._year_lines(text)) == plain_year_lines(text)
        lines += len(plain_year_lines(text))
    assert lines > 300


LINE_PIECES = st.sampled_from(
    ["under 2019", "2020–2022", "Publicerat 2021-03-04", "Senast uppdaterad: 2022-01-02", "https://x.se/2019",
     "www.Region2020.se", "WWW.x.se", "HTTP://a.b", "anna@x2021.se", " @ ", "sedan 2018", " ska ", "ägde rum", ".", "\n",
     " ", "1999", "2031", "år", "ö", "://"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(LINE_PIECES, max_size=20).map("".join))
def test_year_lines_of_made_up_text_are_the_plain_ones(text):
    assert list(waves._year_lines(text)) == plain_year_lines(text)


PLAIN_SENTENCE_BREAK = re.compile(waves._PLAIN_SENTENCE_BREAK)


def plain_year_mentions(text: str) -> list[waves.YearMention]:
    """year_mentions as it was written first: every line, every pattern searched in every sentence."""
    r = waves.rules()
    mentions = []
    for line in waves._content_lines(text):
        for sentence in PLAIN_SENTENCE_BREAK.split(line):
            if not waves._ANY_YEAR.search(sentence):
                continue
            is_future = bool(r.future.search(sentence)) and not r.past.search(sentence)
            is_ongoing = bool(r.ongoing.search(sentence))
            taken = []
            for pattern in (waves.YEAR_RANGE, waves.YEAR_SPAN_WORDS):
                for m in pattern.finditer(sentence):
                    first, last = int(m.group(1)), int(m.group(2))
                    if not (r.first_year <= first <= last <= r.last_year):
                        continue
                    taken.append(m.span())
                    context = waves._context(sentence, m.start(), m.end())
                    if is_future and not is_ongoing:
                        mentions.append(waves.YearMention(first, "max", context))
                        continue
                    mentions.append(waves.YearMention(first, "min", context))
                    if is_ongoing:
                        mentions.append(waves.YearMention(last, "max", context))
            singles = [(m.start(), m.end(), int(m.group(1))) for m in waves.ISO_DATE.finditer(sentence)]
            singles += [(m.start(), m.end(), int(m.group(1))) for m in waves._YEAR.finditer(sentence)]
            for start, end, year in sorted(singles):
                if any(a <= start < b for a, b in taken) or not r.first_year <= year <= r.last_year:
                    continue
                before = sentence[:start]
                context = waves._context(sentence, start, end)
                if r.since.search(before):
                    bound = "min"
                elif r.until.search(before):
                    bound = "max" if (is_ongoing or is_future) else "min"
                else:
                    bound = "max" if is_future else "min"
                mentions.append(waves.YearMention(year, bound, context))
    return mentions


def _same_on_pages(pages, fast, plain) -> int:
    """How much the plain function finds on the pages (its results' lengths added), each result asserted equal to the fast one's."""
    found = 0
    for text in pages:
        expected = plain(text)
        assert fast(text) == expected, text[:200]
        found += len(expected)
    return found


def test_year_mentions_of_pages_are_the_plain_ones(pages):
    assert _same_on_pages(pages, waves.year_mentions, plain_year_mentions) > 300


SENTENCE_PIECES = st.sampled_from(
    ["under 2019", "2020–2022", "2019 - 2021", "2018—2020", "mellan 2017 och 2019", "MELLAN 2016 och 2018", "sedan 2018",
     "SEDAN 2015", "ſedan 2014", "till 2024", "TILL och med 2023", "t.o.m. 2022", "T.O.M. 2021", "fram till 2020",
     "tİll 2025", "tıll 2026", "pågår", "ska", "planerades", "Publicerat 2021-03-04", "uppdaterad 2022-01-02",
     "https://x.se/2019", "2021-05-06", " • ", ". ", "; ", "! ", "?", "\n", "\n\n", " ", "  ", "\t", "x", "1999", "2031",
     "SKA", "Pågår", "PÅGÅR", "nästa  möte", "JUST NU", "plaNerar", "gäller", "kom", "ſka", "Kommer"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(SENTENCE_PIECES, max_size=16).map("".join))
def test_year_mentions_of_made_up_text_are_the_plain_ones(text):
    assert waves._SENTENCE_BREAK.split(text) == PLAIN_SENTENCE_BREAK.split(text)
    assert waves.year_mentions(text) == plain_year_mentions(text)


@pytest.mark.parametrize("text", [
    "Arbetet ſedan 2014 pågick mellan 2017 och 2019.", "Projektet İ länet pågår 2019–2021 och tıll 2024.",
    "Mellan 2016 och 2018 ska vi, ſå tİll och med 2025", "Kıck-off 2020 - 2022 • fram tİll 2023"])
def test_year_mentions_of_sentences_with_odd_letters_are_the_plain_ones(text):
    assert waves.year_mentions(text) == plain_year_mentions(text)
    assert waves.year_mentions(text)


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list(" \t\n\r\x0b\x0c\xa0\u2003•.!?;ax")), max_size=30))
def test_sentence_breaks_are_the_plain_ones(text):
    assert waves._SENTENCE_BREAK.split(text) == PLAIN_SENTENCE_BREAK.split(text)


def test_only_the_odd_letters_do_not_lower_to_the_plain_words_letters():
    """year_mentions looks for the words of since and until and "mellan" in the lower-case sentence, unless it
    holds one of waves._ODD_FOLDS."""
    r = waves.rules()
    assert r.since_words and r.until_words
    everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    assert r.future_starts and r.ongoing_starts
    for letter in set("".join(r.since_words + r.until_words + r.future_starts + r.ongoing_starts) + "mellan") - set(" ."):
        for ch in re.findall(f"(?i){letter}", everything):
            assert ch.lower() == letter or ch in waves._ODD_FOLDS, (letter, ch)
    assert set(waves._DATE_LINE_ODD) <= set(waves._ODD_FOLDS)


@pytest.mark.parametrize("entries, starts", [
    (["planer\\w*", "nästa\\s+(?:nätverks)?(?:möte|träff)", "Äger rum"], ("planer", "nästa", "äger rum")),
    (["ska?"], ("sk",)), (["ab{2}c"], ("a",)), (["ab+"], ("ab",)), (["a|b"], None), (["(?:a|b)"], None),
    (["ab(?:c)|d"], None), (["\\w+ade"], None), (["a[|]"], None)])
def test_what_the_matches_of_words_begin_with(entries, starts):
    """year_mentions searches a sentence for the future and ongoing patterns only when it holds one of these."""
    assert waves._starts(entries) == starts


def plain_page_date(text: str) -> str:
    for pattern in (waves.PUBLISHED, waves.UPDATED):
        m = pattern.search(text)  # the whole page searched
        if m:
            return m.group(1)
    return ""


def test_page_dates_of_pages_are_the_plain_ones(pages):
    assert _same_on_pages(pages, waves.page_date, plain_page_date) > 20 * len("2020-01-02")  # (20 dated pages)


DATE_PIECES = st.sampled_from(
    ["Publicerat 2021-03-04", "publicerad: 2020-01-02", "Senast", "senast ", "uppdaterad 2022-01-02", " UPPDATERAD:2019-05-06",
     "\n", " ", "x", "2020-02-03", "\u0130", "\u0131", "\u017f", "SENAST\n\nUppdaterad 2018-01-01", "pUbLiCeRaT 2017-07-07"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(DATE_PIECES, max_size=12).map("".join))
def test_page_dates_of_made_up_text_are_the_plain_ones(text):
    assert waves.page_date(text) == plain_page_date(text)


def test_every_character_matching_a_date_line_letter_lowers_to_it_or_is_odd():
    """The date lines' first words are looked for in the page in lower case: every character the patterns'
    case-insensitive matching takes for one of their letters lowers to it (to one character), or is odd."""
    everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    for letter in set("publicerasenastuppdaterad"):
        for ch in re.findall(f"(?i){letter}", everything):
            assert ch.lower() == letter or ch in waves._DATE_LINE_ODD, (letter, ch)
    # positions in the lower-case page hold: only "İ" lowers to more than one character
    assert len(everything.lower()) == len(everything) + 1 and len("\u0130".lower()) == 2
    assert waves.PUBLISHED.flags & re.IGNORECASE and waves.UPDATED.flags & re.IGNORECASE


DIGIT_PIECES = st.sampled_from(["2020-01-02", "12020-01-02", "1999-12-31", "2021-13-01", "2019-02-30", "20", "19", "-",
                                 "0", "1", "3", "\u0661", "\u0662\u0660\u0662\u0660-01-01", " ", "x", "\n", ".", ",", ":",
                                 "/", "–", "2019–2021", "2020 - 2022", "1990-2099", ".5"])
BEHIND_CHECKED = (waves._ISO_DATES, waves._YEAR_RANGES, waves._YEARS, spelled._FAST_NAME_PAIRS)


@settings(max_examples=200, deadline=None)
@given(st.lists(DIGIT_PIECES, max_size=14).map("".join))
def test_matches_with_the_look_behind_checked_by_hand_are_the_patterns(text):
    for checked in BEHIND_CHECKED:
        assert [m.span() for m in checked.finditer(text)] == [m.span() for m in checked.pattern.finditer(text)]


NAME_PIECES = st.sampled_from(["Anna", "Ek", "Åsa", "Öberg", "Per-Olof", "-", " ", "\t", "\n", "x", "é", "É", "3", "²", "ª",
                                "Ω", ".", "@", "ANNA", "aB"])


@settings(max_examples=200, deadline=None)
@given(st.lists(NAME_PIECES, max_size=14).map("".join))
def test_name_pairs_with_the_look_behind_checked_by_hand_are_the_patterns(text):
    checked = spelled._FAST_NAME_PAIRS
    assert [(m.span(), m.groups()) for m in checked.finditer(text)] == [(m.span(), m.groups()) for m in checked.pattern.finditer(text)]


def test_matches_of_pages_with_the_look_behind_checked_by_hand_are_the_patterns(pages):
    found = 0
    for text in pages:
        for checked in BEHIND_CHECKED:
            spans = [(m.span(), m.groups()) for m in checked.pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in checked.finditer(text)] == spans
            found += len(spans)
    assert found > 100


# --- orgs ---------------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from([chr(c) for c in range(0x20, 0x7F)] + list("åäöÅÄÖéÉ")), max_size=40))
def test_plain_names_are_what_ftfy_gives_back(name):
    assert orgs._fix_text(name) == ftfy.fix_text(name)
    if "&" not in name:
        assert orgs._PLAIN_NAME.fullmatch(name) and ftfy.fix_text(name) == name


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("Region Jönköpings län &amp; -–") + ["Ã¶", "Ã¤", "\u00a0", "\ufb01", "ｋ", "“", "\x1b[1m"]),
                max_size=20).map("".join))
def test_names_are_fixed_as_ftfy_fixes_them(name):
    assert orgs._fix_text(name) == ftfy.fix_text(name)


def plain_best_fuzzy(core: str, levels: list[str], min_score: float):
    best = None
    for level in levels:
        choices = orgs._fuzzy_choices(level)
        for query in orgs._core_variants(core):
            hit = process.extractOne(query, list(choices), scorer=fuzz.token_sort_ratio, score_cutoff=min_score)
            if hit and (best is None or hit[1] > best[2]):
                best = (level, choices[hit[0]], float(hit[1]))
    return best


def _names_on(pages: list[str]) -> list[str]:
    """Organisation-like and person-like names of the pages: short capitalised lines and word pairs."""
    names = set()
    for text in pages:
        for line in text.split("\n"):
            line = line.strip()
            if 0 < len(line) <= 60 and line[:1].isupper():
                names.add(line)
        names.update(re.findall(r"\b[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé]+\b", text))
    return sorted(names)


def test_fuzzy_matches_of_names_on_pages_are_the_plain_ones(pages):
    compared = 0
    for name in _names_on(pages):
        core = orgs._core(orgs.normalise_name(name))
        for levels in ([orgs.MUNICIPALITY], [orgs.REGION], [orgs.MUNICIPALITY, orgs.REGION]):
            for min_score in (85.0, 60.0):
                assert orgs._best_fuzzy(core, levels, min_score) == plain_best_fuzzy(core, levels, min_score), name
                compared += 1
    assert compared > 1000


@settings(max_examples=150, deadline=None)
@given(st.text(st.sampled_from(list("abcdefghijklmnopqrstuvwxyzåäö -,.")), max_size=30))
def test_fuzzy_matches_of_made_up_names_are_the_plain_ones(name):
    core = orgs._core(orgs.normalise_name(name))
    assert orgs._best_fuzzy(core, [orgs.MUNICIPALITY, orgs.REGION], 70.0) == plain_best_fuzzy(core, [orgs.MUNICIPALITY, orgs.REGION], 70.0)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_fuzzy_matches_near_the_length_bound_are_the_plain_ones(data):
    """Names a few letters longer or shorter than a choice, so that the choices out of reach by length
    (:func:`bas_analysis.orgs._choices_in_reach`) are those that score just below or above the cutoff."""
    level = data.draw(st.sampled_from([orgs.MUNICIPALITY, orgs.REGION]))
    key = data.draw(st.sampled_from(sorted(orgs._fuzzy_choices(level))))
    added = data.draw(st.text(st.sampled_from(list("aeiklnorsåäö ")), max_size=4))
    cut = data.draw(st.integers(0, 3))
    core = " ".join((key[: len(key) - cut] + added).split())
    min_score = data.draw(st.sampled_from([85.0, 80.0, 66.66666666666667, 90.0, 100.0]))
    for levels in ([level], [orgs.MUNICIPALITY, orgs.REGION]):
        assert orgs._best_fuzzy(core, levels, min_score) == plain_best_fuzzy(core, levels, min_score), (core, min_score)
        assert orgs._best_fuzzy(core, levels, min_score) == plain_best_fuzzy(core, levels, min_score)  # remembered


def test_remembered_matches_are_the_computed_ones(pages):
    names = _names_on(pages)
    assert len(names) > 200
    for name in names:
        for level in (None, orgs.REGION, orgs.MUNICIPALITY):
            computed = orgs._match_org.__wrapped__(name, level, 85.0)
            assert orgs.match_org(name, level=level) == computed
            assert orgs.match_org(name, level=level) == computed  # the second time remembered


def test_pages_parse_the_same_with_remembered_lines_and_matches(pages):
    """Each page parsed twice (the second time from the remembered lines and matches) and in reverse order."""
    first = [parse_text(text) for text in pages]
    assert [parse_text(text) for text in reversed(pages)] == first[::-1]


# --- questionnaire: a region's name opening its line (a report by question) ----------------------------------


def _named_first_tried(line: str) -> bool:
    """The cheap test questionnaire._named_first puts before its pattern (and its plain form, a pattern of its own)."""
    tried = questionnaire._may_name_first(line)
    hinted = len(line.strip(questionnaire._NAMED_FIRST_MARKS)) <= 60 or bool(questionnaire._NAMED_FIRST_HINT.search(line))
    assert tried or not hinted, line
    return tried


def test_odd_cases_are_every_character_equal_to_a_letter_of_the_words_only_when_case_is_ignored():
    """A character the pattern takes for a letter of the words, when case is ignored, lowers to that letter or is odd
    (so the words found in the lowered line are all the pattern can find)."""
    letters = sorted(set("".join(questionnaire._NAMED_FIRST_WORDS)))
    pattern = re.compile("[" + "".join(letters) + "]", re.IGNORECASE)
    for c in map(chr, range(0x110000)):
        if pattern.match(c) and c not in questionnaire._ODD_CASES:
            assert all(c.lower() == letter for letter in letters if re.match(letter, c, re.IGNORECASE)), hex(ord(c))


def test_lines_of_pages_not_tried_for_a_region_name_do_not_match(pages):
    skipped = 0
    for text in pages:
        for line in text.split("\n"):
            if not _named_first_tried(line):
                skipped += 1
                assert questionnaire._NAMED_FIRST.match(line) is None, line
    assert skipped > 100


NAMED_PIECES = st.sampled_from(
    ["Region Gotland", "Västra Götalandsregionen", "landsting", " svarar", " SVARADE", " skriver", " uppger", " anger", " answers",
     " har inte svarat", " hade ej besvarat", "Svar från ", "Kommentar från ", ":", " – ", " - ", " — ", "-", "–", "**", "_", "#",
     ">", "•", " ", "\t", "\u00a0", "\u2003", "ſ", "\u212a", "\u0130", "Ja, sedan 2019 finns en rutin", " och ", "x" * 30, "1", "."])


@settings(max_examples=500, deadline=None)
@given(st.lists(NAMED_PIECES, max_size=14).map("".join))
def test_made_up_lines_not_tried_for_a_region_name_do_not_match(line):
    if not _named_first_tried(line):
        assert questionnaire._NAMED_FIRST.match(line) is None


# --- ingest -------------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_control_bytes_are_counted_as_byte_by_byte(data):
    sample = data[:8192]
    plain = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    assert len(sample) - len(sample.translate(None, ingest._CONTROL_BYTES)) == plain


ODD = st.sampled_from(list("ab åö\n\t") + ["\u00a0", "\u2007", "\u202f", "\u2009", "\u200a", "\u3000", "\u200b", "\u200c",
                                             "\u200d", "\u2060", "\ufeff", "\u00ad", "\u2028", "\x85", "\x1b"])


@settings(max_examples=200, deadline=None)
@given(st.lists(ODD, max_size=40).map("".join))
def test_repaired_text_is_the_plain_repair(text):
    fixed = ingest._fix_text(text)
    plain = fixed.translate(ingest._SPACE_LIKE).translate(ingest._INVISIBLE)
    plain = unicodedata.normalize("NFC", "\n".join(ingest._drop_controls(line).rstrip() for line in plain.split("\n")))
    assert ingest.repair_text(text)[0] == plain


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(ODD, st.sampled_from(["\r", "\x0b", "\x0c", "\x1c", "\u2029", " \n", "\t\n", "x\n"]), st.characters()),
                max_size=40).map("".join))
def test_lines_cleaned_at_once_as_line_by_line(text):
    assert ingest._clean_lines(text) == "\n".join(ingest._drop_controls(line).rstrip() for line in text.split("\n"))


# --- network reports: a person asked about after the cheap word test, the name line's patterns only where their character is


def plain_is_person(text: str) -> bool:
    """:func:`network_report._is_person` in its plain order: the district's word, the contact, then the words."""
    from bas_analysis.parse.network_report import PLACE_WORDS
    from bas_analysis.redact import is_first_name

    text = text.strip(" ,()")
    if not text:
        return False
    if orgs.district_name(text, word_after=True) != text:
        return False
    if network_report.CONTACT_RE.search(text):
        return True
    words = [w for w in re.split(r"[\s,]+", text) if w]
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return False
    if is_first_name(words[0]):
        return True
    return (len(words) == 2 and words[0].lower() not in PLACE_WORDS and not orgs.match_org(text).code
            and len(orgs.split_joint_name(text)) == 1)


def plain_without_person(line: str) -> str:
    """:func:`network_report._without_person` with both patterns tried on every line."""
    def drop(m: re.Match) -> str:
        part = m.group(0)
        return " " if (network_report._is_remark(part) or network_report._is_acronym(part) or plain_is_person(part)
                       or network_report._is_county(part)) else part

    line = parse._TRAILING_DECORATION.sub("", parse._LEADING_DECORATION.sub("", line.strip()))
    if line.lstrip()[:1].isdigit():
        line = network_report.AGENDA_NUMBER_RE.sub("", line)
    elif line.lstrip()[1:2] == ")":
        line = network_report.LETTERED_ITEM_RE.sub("", line)
    line = network_report.NAME_LABEL_RE.sub("", network_report._PARENTHESES.sub(drop, line)).strip()
    name, rest = orgs.split_sub_unit(line)
    return name if rest and plain_is_person(rest) else line


def test_persons_and_name_lines_of_pages_are_the_plain_ones(pages):
    for text in pages:
        for line in text.split("\n"):
            assert network_report._is_person(line) == plain_is_person(line), line
            assert network_report._without_person(line) == plain_without_person(line), line


PERSON_PIECES = st.sampled_from(["Anna", "Berg", "Mats", "Lindberg", "Skärholmens", "stadsdelsförvaltning", "SDF", "Göteborgs",
                                 "Stad", "stad", "Kommun:", "Region", "Norra", "Hisingen", "070-123 45 67", "a@b.se", "(KAK)",
                                 "(Per Nyberg)", "(Östergötlands län)", "(via länk)", "–", "-", ",", ", ", " ", "  ", "(", ")",
                                 ":", "2.1", "a)", "vi har", "Flen", "Vingåker", "ÅSA", "x"])


@settings(max_examples=400, deadline=None)
@given(st.lists(PERSON_PIECES, max_size=10).map(" ".join))
def test_persons_and_name_lines_of_made_up_text_are_the_plain_ones(text):
    assert network_report._is_person(text) == plain_is_person(text)
    assert network_report._without_person(text) == plain_without_person(text)


def _plain_named_line(line: str):
    m = questionnaire._NAMED_FIRST.match(line)
    return m.groupdict() if m and questionnaire._region_cell(m["region"].strip()) else None


def test_remembered_region_name_lines_are_the_plain_ones(pages):
    """A line opening with a region's name is read once per process (questionnaire._named_line): the same as reading
    it each time, also when asked again, and on lines of a page that names its region first ("Region Gotland: Ja.")."""
    made_up = ["Region Gotland: Ja, sedan 2019.", "**Region Kronoberg**", "Svar från Region Skåne – Nej.",
               "Region Blekinge har inte svarat på frågan.", "Kronoberg svarar: Ja.", "Nej, inte i nuläget."]
    named = 0
    for line in made_up + [line for text in pages for line in text.split("\n")]:
        expected = _plain_named_line(line)
        for _ in range(2):
            m = questionnaire._named_line(line)
            assert (m.groupdict() if m else None) == expected, line
        named += expected is not None
    assert named >= 4


# --- network reports: the kind told from the first blocks, sentences never read as name lines ----------------


def _prepared(text: str) -> str:
    """The page as parse_text gives it to the detectors and parsers."""
    from bas_analysis.parse import depaginated, spreadsheet_rows, two_columns, unmarked

    return two_columns(depaginated(unmarked(spreadsheet_rows(text))))


@pytest.fixture(scope="module")
def block_pages(pages) -> list[str]:
    """The pages, benchmark pages among them, each also without its network-report heading (so that its blocks
    decide its kind)."""
    texts = [_prepared(t) for t in pages + [generated_page(i) for i in range(40, 240)]]
    headless = [network_report.HEADING_RE.sub("", t) for t in texts if network_report.HEADING_RE.search(t)]
    return texts + headless


def test_blocks_without_the_sentence_shortcut_are_the_same(block_pages, monkeypatch):
    fast = [network_report._blocks(t.split("\n")) for t in block_pages]
    monkeypatch.setattr(network_report, "_no_name_line", lambda stripped: False)
    plain = [network_report._blocks(t.split("\n")) for t in block_pages]
    assert fast == plain
    assert sum(map(len, plain)) > 1000


def test_the_first_blocks_tell_the_kind_as_all_blocks_do(block_pages):
    decided = 0
    for text in block_pages:
        lines = text.split("\n")
        full = network_report._blocks(lines)
        first = network_report._blocks(lines, enough=network_report.MIN_BLOCKS)
        assert (len(first) >= network_report.MIN_BLOCKS) == (len(full) >= network_report.MIN_BLOCKS)
        assert [b[:2] for b in first] == [b[:2] for b in full[: len(first)]]
        decided += len(full) > len(first)
    assert decided > 50  # (pages whose reading stopped early)


def test_lines_that_end_a_sentence_are_no_name_lines_on_pages(block_pages):
    told = 0
    for text in block_pages:
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped and network_report._no_name_line(stripped):
                assert network_report._read_name_line(stripped) is None, stripped
                told += 1
    assert told > 1000


NAME_LINE_PIECES = st.sampled_from(
    ["Borås stad", "Piteå", "Mullsjö-Habo kommun", "Stockholms stad", " – ", " - ", "/", ", ", "Södermalm", "Mats Lindberg",
     "Per Nyberg", "070-123 45 67", "anna@x.se", " [at] ", "Kommun: ", "2.1 ", "a) ", "Region Skåne", "SLL", "KALMAR", " och ",
     "stadsdel ", "Vi har", ".", "!", "?", ";", ",", ":", " ", "Skärholmens stadsdelsförvaltning", "anhörigstöd", "KAK"]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(NAME_LINE_PIECES, min_size=1, max_size=8).map("".join))
def test_made_up_lines_that_end_a_sentence_are_no_name_lines(line):
    stripped = line.strip()
    if stripped and network_report._no_name_line(stripped):
        assert network_report._read_name_line(stripped) is None


# --- depagination: the page counters' patterns, built for the regex engine's scan, find what the plain ones find ----

PLAIN_COUNTER_NUMBER = re.compile(r"(\d{1,3})[ \t]*(?:(?:av|of|AV|Av|/)[ \t]*\d{1,3}|\(\d{1,3}\))(?![\w/.,-])")
PLAIN_COUNTER_WORD = re.compile(r"(?:sida|page|s\.)[ \t]*(\d{1,3})", re.IGNORECASE)
PLAIN_COUNTER_DASH = re.compile(r"[-–][ \t]*(\d{1,3})[ \t]*[-–][ \t]*(?=\n|$)")


def _spans(matches) -> list[tuple[int, int, str]]:
    return sorted((m.start(), m.end(), m.group(1)) for m in matches)


def _same_counters(lined: str) -> None:
    assert _spans(parse._COUNTER_NUMBER.finditer(lined)) == _spans(PLAIN_COUNTER_NUMBER.finditer(lined))
    assert _spans(parse._COUNTER_WORD.finditer(lined)) == _spans(PLAIN_COUNTER_WORD.finditer(lined))
    dashes = [m for pattern in parse._COUNTER_DASHES for m in pattern.finditer(lined)]
    assert _spans(dashes) == _spans(PLAIN_COUNTER_DASH.finditer(lined))


def test_page_counters_of_pages_are_the_plain_ones(pages):
    for text in pages:
        _same_counters("\n" + text)


def test_page_word_classes_are_what_ignoring_case_matches():
    every = "".join(map(chr, range(0x110000)))
    for letter, spelled in zip("sidapge", ("Ssſ", "Iiİı", "Dd", "Aa", "Pp", "Gg", "Ee")):
        assert "".join(re.findall(f"(?i){letter}", every)) == "".join(sorted(spelled))
        assert spelled in parse._COUNTER_WORD.pattern


COUNTER_PIECES = st.sampled_from(
    ["Sida", "sida", "SIDA", "ſida", "sİda", "sıda", "Page", "PAGE", "s.", "S.", "s", "p", " ", "\t", "  ", "\n", "1", "2", "12",
     "123", "1234", "/", "(", ")", "av", "AV", "Av", "aV", "of", "OF", "-", "–", "—", " - ", " – ", "x", "Rapport 2021",
     "2024/117", ".", ",", "_", "ä"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(COUNTER_PIECES, max_size=24).map("".join))
def test_page_counters_of_made_up_text_are_the_plain_ones(text):
    _same_counters("\n" + text)


@pytest.mark.parametrize("text", [
    "Rapport 2021   Sida 1 (4)\ntext\nRapport 2021   Sida 2 (4)\n", "Plan – 1 –\nx\nPlan – 2 -\n", "- 1 - 2 -\n-3-\n– 4 –",
    "Protokoll 1/3\nå\nProtokoll 2/3", "PAGE 3\npage 4\nſida 5 sİda 6", "1 av 2 av 3\n12345/6",
])
def test_page_counters_of_running_lines_are_the_plain_ones(text):
    _same_counters("\n" + text)


def _plain_ticked(line: str) -> str:
    """:func:`questionnaire._ticked` as it was: the empty box looked for by its pattern."""
    if not re.search(questionnaire._EMPTY, line) or not questionnaire._BOX_LINE.fullmatch(line.rstrip()):
        return line
    return ", ".join(m["label"].strip(" ,;") for m in questionnaire._BOX_OPTION.finditer(line)
                     if not re.fullmatch(questionnaire._EMPTY, m["box"]))


def test_ticked_lines_of_pages_are_the_plain_ones(pages):
    lines = [line for text in pages for line in text.split("\n")]
    lines += ["☐ Ja ☒ Nej", "[ ] Ja [x] Nej", "□ Ja ☑ Nej, vi har inget", "☒ Ja", "[X] Ja [ ]Nej", "[  ] Ja", "Svar: ☐ Ja ☒ Nej"]
    assert [questionnaire._ticked(line) for line in lines] == [_plain_ticked(line) for line in lines]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["☐", "□", "☒", "☑", "✔", "✓", "[ ]", "[x]", "[X]", "[", "]", " ", "Ja", "Nej", ",", "\t", "vet ej"]),
                max_size=12).map("".join))
def test_ticked_made_up_lines_are_the_plain_ones(line):
    assert questionnaire._ticked(line) == _plain_ticked(line)
