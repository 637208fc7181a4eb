"""The build's faster paths give exactly what the plain ones gave (issue 13: same tables, less time).

ftfy's fix remembered per line (ingest), control characters dropped line by
line, and the e-mail pattern tried only on the lines holding an "at" (redact):
each is compared with the plain computation on made-up and hostile text.
"""
from __future__ import annotations

import contextlib
import re
import unicodedata
from unittest import mock

import ftfy
import ftfy.badness
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bas_analysis import ingest, redact

# letters of Swedish pages, mojibake pieces, line breaks of every kind, controls, odd spaces, at-signs
ALPHABET = st.sampled_from(
    list("abcåäöÅÄÖé ,.-:@\n\t") + ["Ã¥", "Ã¤", "Ã¶", "Ã…", "â€“", "\r\n", "\r", "\u2028", "\x85", "\x00", "\x1b[31m",
                                    "\u200b", "\ufeff", "\u00a0", "\ud800", "&#64;", " [at] ", " snabel-a ", "(a)"]
)
TEXTS = st.lists(ALPHABET, max_size=60).map("".join)
# text as a page holds it after ingest: decoding replaces what is not a character (no lone surrogates)
PAGE_TEXTS = TEXTS.map(lambda text: text.encode("utf-8", errors="replace").decode("utf-8"))


def plain_fix_text(text: str) -> str:
    return ftfy.fix_text(text, unescape_html=False, fix_line_breaks=True, normalization="NFC", uncurl_quotes=False,
                         fix_latin_ligatures=False, fix_character_width=False)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_remembered_ftfy_fix_is_ftfy(text):
    assert ingest._fix_text(text) == plain_fix_text(text)
    assert ingest._fix_text(text) == plain_fix_text(text)  # the second time from memory


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from([chr(c) for c in range(0x20, 0x7F)] + list("åäöÅÄÖéÉ")), max_size=80))
def test_plain_lines_are_what_ftfy_gives_back(line):
    """A line of ASCII and Swedish letters skips ftfy: it must be exactly what ftfy would give."""
    assert ingest._PLAIN_SEGMENT.fullmatch(line + "\n")
    assert ingest._fix_text(line + "\n") == plain_fix_text(line + "\n") == line + "\n"


# the characters a quiet segment may hold (ingest._QUIET_SEGMENT), with every non-ASCII character ftfy's test for
# mojibake names in its patterns, so that a segment with two of them side by side is generated often
_QUIET_CHARACTERS = [chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0xA0, 0x100)] + list("–—‘’“”•…")
_BADNESS_CHARACTERS = sorted({ch for ch in ftfy.badness.BADNESS_RE.pattern if ord(ch) > 0x7F})


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_QUIET_CHARACTERS + _BADNESS_CHARACTERS + list("aZ .\n")), max_size=12).map("".join))
def test_mojibake_test_needs_two_non_ascii_side_by_side_or_a_hat(text):
    """What lets a quiet segment skip ftfy: where ftfy's test finds mojibake, the probe finds something too."""
    if ftfy.badness.is_bad(text) and not re.search("[\x80-\x9fŒœ]", text):
        assert ingest._MAYBE_MOJIBAKE.search(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_QUIET_CHARACTERS), max_size=40).map("".join),
       st.sampled_from(["", "\n"]))
@example("Anna Berg – samordnare, 7 § HSL, stöd för ”barn” • …", "\n")
@example("ÃĽ Â ", "\n")
@example("Göteborgs Stad — Angered", "")
def test_quiet_segments_are_what_ftfy_gives(line, end):
    assert ingest._fix_text(line + end) == plain_fix_text(line + end)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_controls_dropped_line_by_line_as_character_by_character(text):
    plain = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    assert "\n".join(ingest._drop_controls(line) for line in text.split("\n")) == plain


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_every_address_holds_an_at(text):
    """The probe may only skip texts in which the full pattern finds nothing."""
    if redact._EMAIL_RE.search(text):
        assert redact._AT_RE.search(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([" ", "\n", "anna.berg", "region", ".se", "@", " [at] ", " at ", "(a)", " punkt ", "x",
                                 "&#64;", "\t", "-", "per@kommun.se"]), max_size=30).map("".join))
def test_addresses_searched_line_by_line_are_those_of_the_whole_text(text):
    """Only lines holding an "at" are searched: the same addresses as the pattern over the whole text."""
    assert redact._email_spans(text) == [(m.start(), m.end()) for m in redact._EMAIL_RE.finditer(text)]


# local parts up to and past the longest an address holds (64 characters), so that a line's search starting
# _LOCAL_PART_MAX characters before its first "at" meets addresses at that edge and just beyond it
LONG_LOCAL = st.lists(st.sampled_from(["a" * 31, "b" * 32, "c" * 33, "a", "_", ".", "-", "1", "é"]), max_size=6).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(LONG_LOCAL, st.sampled_from([" ", "\n", "@", " at ", " [at] ", "(a)", "region.se", "x.se",
                                                       "&#64;", "\t", "Anna Berg, "])), max_size=12).map("".join))
@example("x" * 64 + "@region.se")  # a local part of 64 characters: starts exactly where the search does
@example("x" * 65 + "@region.se")  # 65: the address found is its last 64 (as over the whole line)
@example("Anna " + "x" * 70 + " a@b.se " + "y" * 64 + "@c.se")
def test_addresses_searched_from_before_the_first_at_are_those_of_the_whole_text(text):
    assert redact._email_spans(text) == [(m.start(), m.end()) for m in redact._EMAIL_RE.finditer(text)]
    lines = redact._at_lines(text)
    assert redact._email_spans(text, lines) == redact._email_spans(text)


def test_addresses_of_real_and_generated_pages_searched_from_before_the_first_at_are_those_of_the_whole_text():
    found = 0
    for text in _real_and_generated_pages():
        spans = [(m.start(), m.end()) for m in redact._EMAIL_RE.finditer(text)]
        assert redact._email_spans(text) == spans
        found += len(spans)
    assert found > 20


def test_obfuscated_addresses_are_still_found():
    for address in ["anna.berg@region.se", "anna.berg [at] region [dot] se", "anna.berg(a)region.se",
                    "anna.berg snabel-a region punkt se", "anna.berg&#64;region.se", "anna.berg＠region.se"]:
        assert redact.EMAIL in redact.redact_text(f"Kontakt: {address} för frågor."), address


# ------------------------------------------------------------------ a chunk's rows as columns (build)
def _respondent_row(i: int, wave) -> dict:
    return dict(respondent_id=f"d{i}:00", doc_id=f"d{i}", kind="questionnaire", org_name=f"Region {i}", org_code="0114",
                level="region", county_code="01", sub_unit="", wave=wave, wave_source="none" if wave is None else "text_year",
                wave_min=None, wave_max=wave, match_method="exact", match_score=100.0, source_file=f"p{i}.txt")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), st.integers(1990, 2100)), max_size=4), max_size=5), PAGE_TEXTS)
def test_chunks_as_columns_give_the_frame_of_the_rows(chunks, text):
    """Chunks of rows sent as Arrow columns and joined give the frame pandas makes of all the rows (waves
    missing in a whole chunk, in every chunk, or no rows at all included), once the waves are Int64 as the build makes them."""
    import importlib

    import pandas as pd

    from bas_analysis import schemas

    build = importlib.import_module("bas_analysis.build")
    columns = list(schemas.RESPONDENTS.columns)
    chunk_rows, n = [], 0
    for waves in chunks:
        chunk_rows.append([dict(_respondent_row(n + k, wave), org_name=text) for k, wave in enumerate(waves)])
        n += len(waves)
    rows = [row for chunk in chunk_rows for row in chunk]
    expected = (pd.DataFrame(rows) if rows else schemas.empty(schemas.RESPONDENTS))[columns]
    got = build._table([build._columns(chunk, schemas.RESPONDENTS) for chunk in chunk_rows], schemas.RESPONDENTS)
    for frame in (expected, got):
        for column in ("wave", "wave_min", "wave_max"):
            frame[column] = frame[column].astype("Int64")
    pd.testing.assert_frame_equal(got, expected)


def test_released_tasks_are_dropped_and_results_kept():
    """run_isolated(release=True) gives the results it gives without, and lets go of each task once it is done."""
    from bas_analysis import fanout

    def double(items):
        return [2 * x for x in items]

    tasks = [([1, 2],), ([3],), ([4, 5, 6],)]
    kept = list(tasks)
    plain = fanout.run_isolated(fanout.SerialRunner(), double, kept, lambda t: [([x],) for x in t[0]], None)
    released = fanout.run_isolated(fanout.SerialRunner(), double, tasks, lambda t: [([x],) for x in t[0]], None, release=True)
    assert released == plain == [[2, 4], [6], [8, 10, 12]]
    assert tasks == [None, None, None] and kept[0] == ([1, 2],)


# ------------------------------------------------------------------ names in person positions (redact)
def _real_and_generated_pages() -> list[str]:
    from benchmarks.pages import page as generated_page
    from corpus import CORPUS, SEEDS

    files = sorted(CORPUS.glob("*.txt")) + sorted(SEEDS.glob("*.txt")) + sorted((CORPUS.parent / "challenge" / "pages").glob("*.txt"))
    texts = [generated_page(i) for i in range(40)]
    for path in files:
        document = ingest.read_document(path, path.name)
        if not isinstance(document, ingest.Problem):
            texts.append(document.text)
    return texts


def _whole_lines(page: str, first: int, last: int) -> str:
    return "\n".join(page.split("\n")[first:last + 1])


def _positions_of_part(redactor: redact.Redactor, ctx: redact.Context, part: str) -> list[tuple[int, int]]:
    return sorted(redactor._page_positions(part, ctx, redactor._in_page(part, ctx)))


POSITION_LINES = st.lists(st.sampled_from(
    ["Antecknat av J.O.", "(Fråga från H.B., ", "…, /SAE]", "/BF", "hälsar Aino K.", "Aino K. eller", 'Gustav "Gurra" Persson',
     "Socionom Chidi Okonkwo-Lindahl", "leds av Mohammed Al-Khatib", "kuratorn  Chidi Okonkwo", "Kurator", "Chidi",
     "Okonkwo-Lindahl", "Mohammed", "Al-Khatib", "av", "Av", "1", " ", "  ", "   ", "\t",
     "\n", "\n\n", ", ", ". ", "Anna", "Berg", "Lund", "/", ":", "Ärlig", "Åsa Öberg", "ß", "Ā", "anna.berg@region.se",
     "per [at] kommun.se", "@", ".se"]), max_size=30).map("".join)


def test_a_line_finds_in_its_page_the_nicknamed_name_it_finds_alone_when_a_window_would_end_inside_a_word():
    # (found by the property test below: the page's look for a nicknamed name ended 60 characters after its hint,
    # inside the next line's word "Perssonhälsar", and read "Perssonhälsa" as a whole surname)
    page = 'Gustav "Gurra" PerssonAntecknat av J.O.…, /SAE]\nGustav "Gurra" Perssonhälsar Aino K.'
    redactor = redact.Redactor()
    ctx = redactor.context(page)
    part = page.split("\n")[1]
    assert _positions_of_part(redactor, ctx, part) == sorted(redactor._person_position_spans(part))


@settings(max_examples=300, deadline=None)
@given(POSITION_LINES, st.data())
def test_a_part_of_whole_lines_takes_the_pages_names_in_person_positions_and_addresses(page, data):
    """A part of whole lines of its page finds, from the page's pass, the names in person positions and the e-mail
    addresses it finds alone."""
    redactor = redact.Redactor()
    ctx = redactor.context(page)
    n_lines = page.count("\n") + 1
    first = data.draw(st.integers(0, n_lines - 1))
    part = _whole_lines(page, first, data.draw(st.integers(first, n_lines - 1)))
    if part:
        assert _positions_of_part(redactor, ctx, part) == sorted(redactor._person_position_spans(part))
        assert redactor._page_emails(part, ctx, page.find(part)) == redact._email_spans(part)


@pytest.mark.parametrize("page", ["x\nanna.berg@region.se\ny", "Kurator Chidi Okonkwo-Lindahl\nAntecknat av J.O.\n/BF\nz",
                                  "a\n\nper [at] kommun.se, Aino K. eller\n",
                                  # a quoted nickname's window reaching the next line's name (found once, not per quote)
                                  'Gustav "Gurra" Persson\nGustav "Gurra" Perssonß'])
def test_each_line_range_of_a_page_takes_its_own_names_in_person_positions_and_addresses(page):
    redactor = redact.Redactor()
    ctx = redactor.context(page)
    lines = page.split("\n")
    for first in range(len(lines)):
        for last in range(first, len(lines)):
            part = _whole_lines(page, first, last)
            if part:
                assert _positions_of_part(redactor, ctx, part) == sorted(redactor._person_position_spans(part)), part
                assert redactor._page_emails(part, ctx, page.find(part)) == redact._email_spans(part), part


def test_parts_of_real_and_generated_pages_take_the_pages_names_in_person_positions_and_addresses():
    redactor = redact.Redactor()
    compared = 0
    for page in _real_and_generated_pages():
        ctx = redactor.context(page)
        lines = page.split("\n")
        for first in range(0, len(lines), 3):
            for last in (first, first + 1, first + 7):
                part = _whole_lines(page, first, last)
                if part.strip():
                    assert _positions_of_part(redactor, ctx, part) == sorted(redactor._person_position_spans(part)), part
                    assert redactor._page_emails(part, ctx, page.find(part)) == redact._email_spans(part), part
                    compared += 1
    assert compared > 1000


def _pairs(found) -> list[tuple[int, int, str]]:
    """The names found, (start, end, name) each, in order."""
    return [tuple(name) for name in found]


@settings(max_examples=400, deadline=None)
@given(POSITION_LINES)
@example("kuratorn  Chidi Okonkwo-Lindahl")  # two blanks before the name
@example("x. Kurator Chidi Okonkwo-Lindahl, /AB")  # no letter before the first pair: the next starts at its second word
@example("Kurator Chidi Okonkwo-Lindahl")  # the text's first word
def test_names_after_a_role_found_the_fast_way_are_those_of_the_full_pattern(text):
    redactor = redact.Redactor()
    assert _pairs(redactor._person_word_names(text)) == _pairs(redactor._person_word_names_everywhere(text))


def test_names_after_a_role_in_real_and_generated_pages_found_the_fast_way_are_those_of_the_full_pattern():
    redactor = redact.Redactor()
    texts = _real_and_generated_pages()
    assert sum(not redact._LATIN1_ONLY.search(text) for text in texts) > len(texts) // 2  # most take the fast way
    found = 0
    for text in texts:
        fast = _pairs(redactor._person_word_names(text))
        assert fast == _pairs(redactor._person_word_names_everywhere(text))
        found += len(fast)
    assert found > 0


def test_every_initial_pattern_match_holds_a_blank_a_capital_and_a_dot():
    """The initial patterns run only on texts where _BLANK_INITIAL_RE finds something: each of their matches holds one."""
    texts = _real_and_generated_pages() + ["Antecknat av J.O.", "från  H. B.", "Aino K. eller", "hälsar Åke Ö.", "av Ā.Ē."]
    seen = 0
    for text in texts:
        for pattern in (redact._INITIALS_AFTER_RE, redact._FIRST_INITIAL_RE):
            for m in pattern.finditer(text):
                assert redact._BLANK_INITIAL_RE.search(m[0]), m[0]
                seen += 1
    assert seen >= 5


# ------------------------------------------------------------------ user names and initials (redact)
LOGIN_TEXTS = st.lists(st.sampled_from(
    ["av", "Av", "AV", "redaktör", "Webbredaktör", "PUBLICERAD AV", "inlagd av", "användare", "Signatur", ":", " ", "  ",
     "\t", "\n", "\r\n", "anna", "Anna", "berg", "_", ".", "-", "nka", "a", "B", "2", "@", "/", "se", "t.ex.", "\u212a",
     "\u017f", "ß", "é", "İ", "anna.berg-lind", "annaberg_nka", "a.berg", "per@kommun.se", "AnnaB"]), max_size=40).map("".join)


def _login_matches_by_lines(pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for a, b in redact._login_lines(text) for m in pattern.finditer(text, a, b)]


@settings(max_examples=400, deadline=None)
@given(LOGIN_TEXTS)
@example("Publicerat av anna_berg_nka\nWebbredaktör: a.berg")
@example("x\nav  per.ek\n.anna.berg")
def test_user_names_searched_line_by_line_are_those_of_the_whole_text(text):
    """The user-name patterns run only on the lines holding a hint: the same matches as over the whole text."""
    for pattern in (redact._LOGIN_AFTER_RE, redact._DOTTED_LOGIN_RE):
        assert _login_matches_by_lines(pattern, text) == [m.span() for m in pattern.finditer(text)]


def test_user_names_of_real_and_generated_pages_searched_line_by_line_are_those_of_the_whole_text():
    texts = _real_and_generated_pages() + ["Publicerat av anna_berg_nka", "Webbredaktör: a.berg", "av  anna.berg-lind."]
    found = 0
    for text in texts:
        for pattern in (redact._LOGIN_AFTER_RE, redact._DOTTED_LOGIN_RE):
            whole = [m.span() for m in pattern.finditer(text)]
            assert _login_matches_by_lines(pattern, text) == whole
            found += len(whole)
    assert found >= 3


# the initials pattern as first written (the look-behind first): the module's finds the same tokens faster
PLAIN_INITIALS_TOKEN_RE = redact.plain_re.compile(
    r"(?<![\w\-.@])(?:[A-ZÅÄÖ](?:-?[A-ZÅÄÖ]){1,3}|[A-ZÅÄÖ]\.(?:[ ]?-?[A-ZÅÄÖ]\.){1,3})(?![\w\-@])")
INITIALS_TEXTS = st.lists(st.sampled_from(
    ["A", "B", "Å", "Ö", "É", "a", ".", "-", " ", "  ", "\n", "@", "/", "(", ")", ",", "_", "1", "AB", "P-OL", "M.J.",
     "M. J.", "A.-B.", "ABCDE", "x"]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(INITIALS_TEXTS)
@example("AB")  # at the text's start
@example("\nAB")  # after a line break
def test_initials_tokens_are_those_of_the_pattern_as_first_written(text):
    assert [m.span() for m in redact._INITIALS_TOKEN_RE.finditer(text)] == \
        [m.span() for m in PLAIN_INITIALS_TOKEN_RE.finditer(text)]


def test_initials_tokens_of_real_and_generated_pages_are_those_of_the_pattern_as_first_written():
    found = 0
    for text in _real_and_generated_pages():
        tokens = [m.span() for m in redact._INITIALS_TOKEN_RE.finditer(text)]
        assert tokens == [m.span() for m in PLAIN_INITIALS_TOKEN_RE.finditer(text)]
        found += len(tokens)
    assert found > 100


# ------------------------------------------------------------------ a first name after a role (redact)
def _role_hint_everywhere(text: str) -> bool:
    return any(m[1].casefold().endswith(redact._ROLE_ENDINGS) for m in redact._ROLE_FIRST_NAME_HINT_RE.finditer(text))


ROLE_TEXTS = st.lists(st.sampled_from(
    ["kurator", "Kuratorn", "KURATORN", "samordnare", "familjebehandlaren", "chef", "ledare", "Anna", "Berg", "Åsa", "Ärlig",
     "ab", "x", " ", "  ", "\t", "\n", "\r\n", "-", ".", ",", ")", " – ", "1", "_", "\u017f", "ß", "\u212a", "İ", "é", "a",
     "Bo Ek", "Kurator Anna.", "chef Åsa och"]), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(ROLE_TEXTS)
@example("Kurator Anna.")
@example("x\nkuratorn Anna\nBo")
@example("familjebehandlaren Åsa – ")
def test_role_hint_searched_on_its_lines_answers_as_over_the_whole_text(text):
    assert redact._role_first_name_hint(text) == _role_hint_everywhere(text)


def test_role_hint_of_real_and_generated_pages_answers_as_over_the_whole_text():
    texts = _real_and_generated_pages()
    answers = [redact._role_first_name_hint(text) for text in texts]
    assert answers == [_role_hint_everywhere(text) for text in texts]
    lines = [line for text in texts for line in text.split("\n")]
    line_answers = [redact._role_first_name_hint(line) for line in lines]
    assert line_answers == [_role_hint_everywhere(line) for line in lines]
    assert any(line_answers) and not all(line_answers)


# ------------------------------------------------------------------ hints found by their rarer character (redact)
# each hint as first written, beside the module's: the module's finds one in the same texts (only whether it
# finds one is asked)
HINTS_AS_WRITTEN = [
    ("_INITIALS_HINT_RE", redact.re.compile(r"\p{Lu}\.[ \t]?\p{Lu}")),
    ("_INITIAL_NO_DOT_HINT_RE", redact.plain_re.compile(r"[a-zåäöéü] [A-ZÅÄÖ](?:-[A-ZÅÄÖ])?(?![\w\-.])")),
    ("_CAPITALS_LOGIN_HINT_RE", redact.plain_re.compile(r"[a-zåäö][A-ZÅÄÖ]")),
]
HINT_TEXTS = st.lists(st.sampled_from(
    ["A", "B", "Ā", "Å", "a", "é", "ü", "ß", ".", " ", "  ", "\t", "\n", "-", "_", "1", "x", "Anna", "AnnaB", "J.O.", "Ola E",
     "Ola B-K", "Ola E.", "İ", "\u212a"]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(HINT_TEXTS)
@example("J. O")
@example("AnnaB")
@example("Ola B-K")
def test_hints_found_by_their_rarer_character_are_found_where_the_hints_as_written_are(text):
    for name, written in HINTS_AS_WRITTEN:
        assert (getattr(redact, name).search(text) is None) == (written.search(text) is None), name


def test_hints_found_by_their_rarer_character_in_real_and_generated_pages():
    texts = _real_and_generated_pages()
    lines = [line for text in texts for line in text.split("\n")] + ["// Ola E", 'kallad "Ola B-K"', "hej AnnaB"]
    for name, written in HINTS_AS_WRITTEN:
        answers = [getattr(redact, name).search(line) is None for line in lines]
        assert answers == [written.search(line) is None for line in lines], name
        assert any(answers) and not all(answers), name


# the genitive pattern as first written (the look-behind first): the module's finds the same matches faster
PLAIN_GENITIVE_THING_RE = redact.plain_re.compile(
    r"(?<![\w\-])(?P<first>[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?) [A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?s"
    r" (?P<thing>[A-ZÅÄÖ][a-zåäö]{2,})(?![\w\-])")
GENITIVE_TEXTS = st.lists(st.sampled_from(
    ["Anna", "Berg", "Bergs", "Lund", "Gård", "Ås", "Öhr", "-", " ", "\n", "_", "1", "a", "é", "É", "x", "Anna Bergs Gård",
     "Ola-Per Eks Torp", "s", "ß"]), max_size=30).map("".join)


def _genitive_matches(pattern, text: str) -> list:
    return [(m.span(), m.span("first"), m.span("thing")) for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(GENITIVE_TEXTS)
@example("Anna Bergs Gård")
@example("-Anna Bergs Gård")
def test_genitive_things_are_those_of_the_pattern_as_first_written(text):
    assert _genitive_matches(redact._GENITIVE_THING_RE, text) == _genitive_matches(PLAIN_GENITIVE_THING_RE, text)


def test_genitive_things_of_real_and_generated_pages_are_those_of_the_pattern_as_first_written():
    found = 0
    for text in _real_and_generated_pages():
        matches = _genitive_matches(redact._GENITIVE_THING_RE, text)
        assert matches == _genitive_matches(PLAIN_GENITIVE_THING_RE, text)
        found += len(matches)
    assert found > 0


# ------------------------------------------------------------------ hints looked for only where their word is (redact)
_REDACTOR = redact.Redactor()


def _with_every_hint_looked_for(redactor: redact.Redactor, text: str) -> tuple[list, list]:
    """The lower-case names and the kept stretches of ``text`` with every hint looked for (each its own word)."""
    every = {name: tuple((hint, hint) for hint, _ in getattr(redact, name))
             for name in ("_LOWER_ROLE_STEMS", "_NAMED_AFTER_STEMS")}
    with contextlib.ExitStack() as stack:
        for module in (redact.positions, redact.redactor, redact.kept):  # the modules that read the hints
            bound = {name: value for name, value in every.items() if name in vars(module)}
            if bound:
                stack.enter_context(mock.patch.multiple(module, **bound))
        return redactor._lower_case_names(text), redact._kept_name_spans(redactor, text)


STEM_TEXTS = st.lists(st.sampled_from(
    ["kurator", "kuratorn", "Kuratorn", "sjuksköterskan", "psykologen", "läkare", "ledaren", "jag, ", "jag,", " och jag",
     " ", "  ", "\t", "\n", ",", ".", "anna", "lind", "áile", "hadžić", "Anna", "Lind", "Familjens", "hus", "huset",
     "sjukhuset", "skola", "förskolan", "stiftelsen", "boendet", "HUS", "İ", "ß", "-", "x"]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(STEM_TEXTS)
@example("kuratorn anna lind")
@example("Familjens hus Anna Lind och jag")
@example("förskolan Anna Lind")
def test_hints_looked_for_where_their_word_is_are_those_looked_for_everywhere(text):
    redactor = _REDACTOR
    assert (redactor._lower_case_names(text), redact._kept_name_spans(redactor, text)) == \
        _with_every_hint_looked_for(redactor, text)


def test_hints_of_real_and_generated_pages_looked_for_where_their_word_is_are_those_looked_for_everywhere():
    for name, hints in (("_LOWER_ROLE_STEMS", redact._LOWER_ROLE_HINTS), ("_NAMED_AFTER_STEMS", redact._NAMED_AFTER_HINTS)):
        pairs = getattr(redact, name)
        assert [hint for hint, _ in pairs][:len(hints)] == list(hints) and all(stem in hint for hint, stem in pairs)
        assert len({stem for _, stem in pairs}) < len(pairs), name  # some hints share a word
    texts = _real_and_generated_pages() + ["Kontakt: kuratorn anna lind, tel.", "Vi besökte förskolan Anna Lind i maj.",
                                           "Hon och jag, sara ek och jag", "Stiftelsen Karl Ek delar ut"]
    found = 0
    for text in texts:
        fast = (_REDACTOR._lower_case_names(text), redact._kept_name_spans(_REDACTOR, text))
        assert fast == _with_every_hint_looked_for(_REDACTOR, text)
        found += len(fast[0]) + len(fast[1])
    assert found >= 3


# ------------------------------------------------------------------ a first name asked to be called (redact)
CALL_TEXTS = st.lists(st.sampled_from(
    ["Ring", "ring", "Kontakta", "mejla", "Fråga", "sms:a", "Smsa", "Lisa", "Åsa", "Élise", "Ωmega", "ǅ", "İ", "lisa", "ß",
     " ", "\t", "\n", " eller ", " och ", ":", ": ", "1", "_", "utbildning", "-"]), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(CALL_TEXTS)
@example("Ring Lisa eller Omar")
@example("kontakta Élise: ")
def test_a_text_without_the_call_hint_holds_no_first_name_asked_to_be_called(text):
    if redact._CALL_FIRST_NAME_RE.search(text):
        assert redact._CALL_HINT_RE.search(text)


def test_call_hint_of_real_and_generated_pages_is_found_wherever_a_first_name_is_asked_to_be_called():
    lines = [line for text in _real_and_generated_pages() for line in text.split("\n")]
    lines += ["Ring Lisa eller Omar", "Mejla Åsa: ", "Fråga Élise och mig"]
    called = [line for line in lines if redact._CALL_FIRST_NAME_RE.search(line)]
    assert all(redact._CALL_HINT_RE.search(line) for line in called) and len(called) >= 3
    assert not all(redact._CALL_HINT_RE.search(line) for line in lines)


# ------------------------------------------------------------------ round 13's patterns tried faster (redact)
# the comment stamp's hint as first written (the digit first): the module's starts at the dash after it, on the
# same line, and only the line is read of it
PLAIN_COMMENT_STAMP_HINT_RE = re.compile(
    r"\d-[01]\d-[0-3]\d(?:[ \t,]+(?:kl\.?[ \t]?)?[0-2]?\d[:.][0-5]\d)?[ \t]*(?:\n|$)")
STAMP_TEXTS = st.lists(st.sampled_from(
    ["2023-04-01", "2023-14-39", "-0", "-1", "-3", "1", "9", "0", "-", " ", "\t", ",", "kl.", "kl", "21:40", "08.15",
     "\n", "kim_88", "Jocke", "(förälder)", "٣", "x"]), max_size=30).map("".join)


def _stamp_lines(pattern, text: str) -> list[int]:
    return [text.rfind("\n", 0, m.start()) + 1 for m in pattern.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(STAMP_TEXTS)
@example("kim_88 2023-04-01 21:40\nJocke 2023-04-02\n")
@example("2023-04-01")
def test_comment_stamps_are_on_the_lines_of_the_hint_as_first_written(text):
    assert _stamp_lines(redact._COMMENT_STAMP_HINT_RE, text) == _stamp_lines(PLAIN_COMMENT_STAMP_HINT_RE, text)


# the building's genitive pattern as first written (the look-behind first)
PLAIN_GENITIVE_BUILDING_RE = re.compile(
    rf"(?<![\w\-]){redact._GENITIVE_NAME}(?: och {redact._GENITIVE_NAME})? (?P<thing>[A-ZÅÄÖa-zåäö][a-zåäö]+)(?![\w\-])")
BUILDING_TEXTS = st.lists(st.sampled_from(
    ["Anna", "Berg", "Bergs", "Ek", "Eks", "von", " von", "och", " och ", "Gård", "hus", "Stiftelse", "Ås", "-", " ",
     "\n", "_", "1", "a", "é", "É", "x", "Anna Bergs hus", "Prins Carl Eks och Anna Lunds Stiftelse", "s", "ß"]),
    max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(BUILDING_TEXTS)
@example("Anna Bergs hus")
@example("-Anna Bergs hus")
@example("xAnna Bergs hus")
def test_genitive_buildings_are_those_of_the_pattern_as_first_written(text):
    assert _genitive_building_matches(redact._GENITIVE_BUILDING_RE, text) == \
        _genitive_building_matches(PLAIN_GENITIVE_BUILDING_RE, text)


def _genitive_building_matches(pattern, text: str) -> list:
    return [(m.span(), m.span("thing")) for m in pattern.finditer(text)]


def test_round13_patterns_of_real_and_generated_pages_are_those_as_first_written():
    """The stamp and building patterns as first written, and the hints: every text where a pattern matches
    holds its hint (the pattern is looked for only then)."""
    stamps = buildings = 0
    for text in _real_and_generated_pages():
        lines = _stamp_lines(redact._COMMENT_STAMP_HINT_RE, text)
        assert lines == _stamp_lines(PLAIN_COMMENT_STAMP_HINT_RE, text)
        matches = _genitive_building_matches(redact._GENITIVE_BUILDING_RE, text)
        assert matches == _genitive_building_matches(PLAIN_GENITIVE_BUILDING_RE, text)
        stamps, buildings = stamps + len(lines), buildings + len(matches)
        _assert_round13_hints_hold(text)
    assert stamps > 0 and buildings > 0


def _assert_round13_hints_hold(text: str) -> None:
    if redact._NAME_BEFORE_NUMBER_RE.search(text):
        assert redact._TEN_DIGITS_HINT_RE.search(text), text
    if redact._LIST_SURNAME_FIRST_HINT_RE.search(text):
        assert redact._COMMA_CAPITAL_RE.search(text), text


HINT_TEXTS = st.lists(st.sampled_from(
    ["Tolvan", "Tolvansson", "Anna", "Lind", " ", "  ", "\t", ",", ":", "(", "19", "20", "121212", "1212", "-", "+",
     "1", "\n", "- ", "2. ", ", ", "Sara", "S.", "Ö", "٣", "x"]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(HINT_TEXTS)
@example("Tolvan Tolvansson, 19121212-1212")
@example("Tolvan Tolvansson (121212-1212)")
@example("- Lind, Sara – Mora")
def test_round13_patterns_match_only_where_their_hints_are(text):
    _assert_round13_hints_hold(text)


SPELLED_GATE_TEXTS = st.lists(st.sampled_from(
    [".se", ".nu", ".com", ".org", ".net", ".eu", ".fi", ".no", ".dk", "punkt", "dot", " dot ", "se", "net", ".", " ",
     "p", "unkt", "d", "ot", "x", "\n"]), max_size=12).map("".join)


def _spelled_part_refused_as_first_written(text: str) -> bool:
    redactor = redact.Redactor
    return not any(hint in text for hint in redactor._SPELLED_HINTS) \
        and any(tld in text for tld in redactor._SPELLED_TLD_STRINGS)


def _spelled_part_refused(text: str) -> bool:
    redactor = redact.Redactor
    return bool(redactor._SPELLED_OTHER_TLD_RE.search(text)) and not any(hint in text for hint in redactor._SPELLED_HINTS)


@settings(max_examples=400, deadline=None)
@given(SPELLED_GATE_TEXTS)
@example("anna dot berg")
@example("www.x.fi")
@example("www.x.se")
def test_a_part_refused_by_the_spelled_gate_is_the_one_refused_as_first_written(text):
    assert _spelled_part_refused(text) == _spelled_part_refused_as_first_written(text)


def test_parts_of_real_and_generated_pages_are_refused_by_the_spelled_gate_as_first_written():
    with_tld = 0
    for page in _real_and_generated_pages():
        lines = page.split("\n")
        for k in range(len(lines)):
            for part in (lines[k], "\n".join(lines[k:k + 3])):
                assert _spelled_part_refused(part) == _spelled_part_refused_as_first_written(part)
                with_tld += any(tld in part for tld in redact.Redactor._SPELLED_TLD_STRINGS)
    assert with_tld > 0
