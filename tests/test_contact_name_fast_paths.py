"""The shortcuts of :func:`bas_analysis.redact.find_contact_names` find what the passes find without them (issue 13).

Each pass of the page's name collection that looks first for what its pattern needs (a line with two
separators, a line not ending a sentence, a line opening with a capital, …) or reads fewer lines is compared
with the pass reading the whole page: on every corpus, seed and challenge page, on benchmark pages and on
generated texts made of the pieces those patterns read (names, roles, separators, line breaks, full stops).
"""
from __future__ import annotations

import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bas_analysis import redact
from benchmarks.pages import page as generated_page
from test_redact_fast_paths import _real_pages  # the corpus, seed and challenge pages

PIECES = st.sampled_from(
    ["Anna", "Lind", "Sara", "Berg-Ek", "Chidi", "Okafor", "Åsa", "Öberg", "Ǆemal", "Ünal", "Wójcik", "İpek", "O'Neil",
     "kurator", "socionom", "samordnare", "Projektledare", "Namn", "namn", "Förnamn", "Efternamn", "Kontaktperson",
     "användare", "user", "Närvarande:", "Text:", "Foto:", "Från:", "kommun", "Region Skåne", "och", "av", "är",
     "anna.lind@kommun.se", " at ", "(at)", "snabel-a", "&", "#a", "[a", "(s", "{@", "<at>", "\u017fnabel-a",
     " ", " ", "  ", "\t", "\n", "\n", "\n\n", ", ", ",\t", ",", ";", "; ", "|", " | ", ". ", ".", "!", "?", "- ", "1. ",
     "2) ", "(", ")", " – ", " (Eda kommun)", " (kurator)", "Deltagare:", "närvarande :", "Hawre Qadir",
     "Kontakt:", "Kontaktperson är ", "För mer information kontakta ", "Ring ", "MEJLA ",
     "Senast uppdaterad 2020-11-04 av ", "Uppdaterad: 2022-02-03", "skrivet 2021-01-02 av ", "\u0130nformation",
     "\u017famordnare", "kontaktperson: ", "Frågor? ", " AT ", "\tat\t", " Snabel a ", "( a)", "[ \u017f", "\u0130", "#A", "＠", "at ", "\r", "\u2028", "x", "1"]
)
TEXTS = st.lists(PIECES, max_size=50).map("".join)


def _pages() -> list[str]:
    return _real_pages() + [generated_page(i) for i in range(200)]


def _two_on_a_line_plain(text: str, characters: str) -> bool:
    return any(line.count(ch) >= 2 for line in text.split("\n") for ch in characters)


def _groups(matches) -> list[tuple]:
    return [m.groups() for m in matches if m is not None]


def _contact_names_plain(lines: list[str]) -> set[str]:
    """The reference for ``_contact_names``: every pattern tried on every line."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(redact.layout, "_may_be_byline", lambda line: True)
        patch.setattr(redact.layout, "_may_contact_inline", lambda line: True)
        return redact._contact_names(lines, range(len(lines)))


def _bracket_list_names_plain(text: str) -> set[str]:
    """The reference for ``_bracket_list_names``: every line read for a list label and brackets."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(redact.layout, "_may_list_with_brackets", lambda line: True)
        return redact._bracket_list_names(text)


def _at_line_hits_plain(text: str) -> list[tuple[int, int, int]]:
    """The reference for ``_at_line_hits``: every hint found by a search of the whole page."""
    lines, searched = [], -1
    for hint in redact._AT_HINT_RE.finditer(text):
        if hint.start() < searched:
            continue
        start = text.rfind("\n", 0, hint.start()) + 1
        end = text.find("\n", hint.end())
        searched = len(text) if end < 0 else end
        at = redact._AT_RE.search(text, start, searched)
        if at:
            lines.append((start, searched, at.start()))
    return lines


def _assert_same(text: str) -> None:
    # every place where a hint of an "at" starts is among the places looked at
    starts = set(redact._at_hint_starts(text))
    assert {m.start() for m in redact._AT_HINT_RE.finditer(text)} <= starts
    assert redact._at_line_hits(text) == _at_line_hits_plain(text)
    # a table needs a line with two separators
    assert redact._two_on_a_line(text, ";\t|") == _two_on_a_line_plain(text, ";\t|")
    if not redact._two_on_a_line(text, ";\t|"):
        assert redact._table_names(text) == set()
        with pytest.MonkeyPatch.context() as patch:  # the pass as it was: any separator on the page
            patch.setattr(redact.layout, "_two_on_a_line", lambda t, chars: any(ch in t for ch in chars))
            assert redact._table_names(text) == set()
    assert redact._bracket_list_names(text) == _bracket_list_names_plain(text)
    lines = text.split("\n")
    assert redact._contact_names(lines, range(len(lines))) == _contact_names_plain(lines)
    # a listed name is the pattern's match on a line not ending a sentence
    for pattern in (redact._LISTED_NAME_RE, redact._FAST_LISTED_NAME_RE):
        if pattern is redact._FAST_LISTED_NAME_RE and redact._LATIN1_ONLY.search(text):
            continue  # (used on pages of Latin-1 letters only)
        assert _groups(pattern.match(line) for line in redact._unended_lines(lines)) == _groups(pattern.finditer(text))
    # a name opening a line before a comma and a role: matched on the lines that may hold one
    if ", " in text:
        assert _groups(redact._LINE_START_ROLE_RE.match(line) for line in lines if redact._may_open_with_a_name(line)) \
            == _groups(redact._LINE_START_ROLE_RE.finditer(text))


def test_only_the_letters_of_an_at_lower_to_them():
    # (_at_hint_starts finds "at" and "snabel" and the blanks around them in the page in lower case)
    for i in range(sys.maxunicode + 1):
        ch = chr(i)
        if ch.lower() in set("atsnbel \t"):
            assert ch in "aAtTsSnNbBeElL \t", hex(i)
    for letter in "atsnbel":  # and the pattern reads no other letter as one of them but the long s
        found = set(redact.re.findall(f"(?i:{letter})", "".join(map(chr, range(0x30000)))))
        assert found == {letter, letter.upper()} | ({"\u017f"} if letter == "s" else set())


def test_every_inline_contact_needs_one_of_its_words():
    import re

    from bas_analysis.coding.words import needed_words

    needs = needed_words(re.compile(redact._INLINE_CONTACT_RE.pattern, re.IGNORECASE))
    assert needs is not None
    assert all(any(any(w in word for w in redact._INLINE_CONTACT_WORDS) for word in words) for words in needs), needs


def test_a_line_opens_with_a_capital_as_the_pattern_reads_one():
    # (the line filter of _line_start_role_names: every character, alone and before a word)
    for i in range(sys.maxunicode + 1):
        ch = chr(i)
        assert redact._opens_with_capital(ch + "ara") == (redact.re.match(r"\p{Lu}", ch) is not None), hex(i)


def test_real_and_benchmark_pages_give_the_same_names_by_the_shortcuts():
    pages = _pages()
    for text in pages:
        _assert_same(text)
    assert sum(map(len, pages)) > 500_000


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_generated_texts_give_the_same_names_by_the_shortcuts(text):
    _assert_same(text)


# made-up pages where each pass finds a name (so the comparisons above compare something)
MADE_UP = [
    ("Deltagare: Hawre Qadir (Eda kommun)\nÖvriga: inga.\n", redact._bracket_list_names, {"Hawre Qadir"}),
    ("Vi träffade Hawre Qadir (Eda kommun) och Meron Alemu (kurator).", redact._bracket_list_names,
     {"Hawre Qadir", "Meron Alemu"}),
    ("Så gör vi.\nChidi Okafor, socionom på enheten, leder arbetet.\n", redact._line_start_role_names, {"Chidi Okafor"}),
    ("Kontakt\n- Ulla Backe, Knivsta kommun\n", redact._listed_names, {"Ulla Backe"}),
    ("Namn; Roll; Kommun\nSara Lindqvist; kurator; Eda\n", redact._table_names, {"Sara Lindqvist"}),
    ("Vid frågor kontakta Anna Svensson, tel 010-123 45 67.", redact.find_contact_names, {"Anna Svensson"}),
    ("Vill du veta mer kan du mejla Anna Svensson.", redact.find_contact_names, {"Anna Svensson"}),
    ("Senast uppdaterad 2024-01-02 av Malin Gardell", redact.find_contact_names, {"Malin Gardell"}),
    ("Skriv till Malin Gardell, malin.gardell at kommun.se, för mer.", redact._names_in_addresses, {"Malin Gardell"}),
]


@pytest.mark.parametrize("text, found_by, names", MADE_UP)
def test_made_up_pages_give_their_names_by_the_shortcuts(text, found_by, names):
    assert names <= found_by(text)
    _assert_same(text)
    assert names <= redact.find_contact_names(text)
