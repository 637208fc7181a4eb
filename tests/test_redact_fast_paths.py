"""Redaction's faster paths give exactly what the plain computation gives (issue 13: same tables, less time).

The shortcuts of :class:`bas_analysis.redact.Redactor`, each compared with the
plain computation it replaces:

- a part of a page (title, answer) takes its words from the page's words
  (``_Words.part``) instead of splitting them again, and looks for e-mail
  addresses only when it touches a line of the page with an "at";
- a page's lower-case words are looked up word by word (``_LowerWords``)
  instead of all being collected;
- a short text's spans are remembered with what they asked of the page's
  context, and given again for a context that answers the same.

The reference path redacts every text on its own: words split from the text
itself, every lower-case word of the page collected, nothing remembered. It
is run on every corpus, seed and challenge page and on generated pages, with
one redactor for all pages (as a build does), so remembered texts meet other
pages' contexts.
"""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bas_analysis import ingest, redact
from bas_analysis.build import parse_text
from benchmarks.pages import page as generated_page
from corpus import CORPUS, SEEDS

CHALLENGE = CORPUS.parent / "challenge" / "pages"

# words of Swedish pages: letters, marks, apostrophes and hyphens inside words, names, spaces, digits, at-signs
PIECES = st.sampled_from(
    ["Anna", "anna", "Svensson", "svensson", "Svenssons", "Per", "per", "år", "Berg", "berg", "Lund", "von", "M.",
     "Bergström", "bergstrom", "Şeyma", "Huss-kliniken", "Anna-Karin", "o’Neil", "l'eau", "e\u0301", "\u0301a", "ǅ",
     "ß", "ﬁ", "İ", "-", "'", "’", " ", " ", " ", "\n", ". ", ", ", "\t", "070-123 45 67", "@", " at ", "x@y.se", "1"]
)
TEXTS = st.lists(PIECES, max_size=40).map("".join)


def _words_of(words: redact._Words) -> list[tuple[str, str, int, int]]:
    return [(words[i].text, words[i].key, words[i].start, words[i].end) for i in range(len(words))]


@settings(max_examples=250, deadline=None)
@given(TEXTS, st.data())
def test_a_part_of_a_text_has_the_words_it_would_have_alone(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    page = redact._Words.of(text)
    part = page.part(start, end)
    alone = redact._Words.of(text[start:end])
    crosses = any(a < cut < b for a, b in zip(page.starts, page.ends) for cut in (start, end))
    assert (part is None) == crosses  # refused only when a word runs across an end
    if part is not None:
        assert part.words == alone.words and part.keys == alone.keys
        assert _words_of(part) == _words_of(alone)
        # and without a span, as after an e-mail address is taken out
        spans = [(0, (end - start) // 2)] if end > start else []
        assert _words_of(part.without(spans)) == _words_of(alone.without(spans))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_a_text_split_by_the_word_pattern_gives_its_matches(text):
    # (_word_positions adds up the lengths of the gaps and words instead of making a match per word)
    matches = list(redact._word_matches(text))
    assert redact._word_positions(text) == ([m[0] for m in matches], [m.start() for m in matches],
                                            [m.end() for m in matches])


def test_real_and_generated_pages_split_by_the_word_pattern_give_its_matches():
    texts = _real_pages() + [generated_page(i) for i in range(60)]
    for text in texts:
        matches = list(redact._word_matches(text))
        assert redact._word_positions(text) == ([m[0] for m in matches], [m.start() for m in matches],
                                                [m.end() for m in matches])
    assert sum(map(len, texts)) > 100_000


AT_TEXTS = st.lists(st.one_of(PIECES, st.sampled_from(["[at]", "(a)", " snabel-a ", "&#64;", "＠", "x @ y.se", "a.b@",
                                                        "anna(at)x.se", "\n", "[ ", "dot", " punkt ",
                                                        "( \u017fnabela)", " AT ", "< at >", "{ A }", " att ", "(", "\t"])),
                  max_size=40).map("".join)


def _at_lines_plain(text: str) -> list[tuple[int, int]]:
    """The reference for ``_at_lines``: the lines of every "at" of the whole text (no hint looked for first)."""
    lines = []
    for at in redact._AT_RE.finditer(text):
        start, end = text.rfind("\n", 0, at.start()) + 1, text.find("\n", at.end())
        line = (start, len(text) if end < 0 else end)
        if not lines or lines[-1] != line:
            lines.append(line)
    return lines


@settings(max_examples=250, deadline=None)
@given(AT_TEXTS, st.data())
def test_a_part_touching_no_line_with_an_at_holds_no_address(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    lines = redact._at_lines(text)
    assert lines == _at_lines_plain(text)
    assert redact._email_spans(text, lines) == redact._email_spans(text)
    if not redact._touches(lines, start, end):
        assert redact._AT_RE.search(text[start:end]) is None
        assert redact._email_spans(text[start:end]) == []


@settings(max_examples=250, deadline=None)
@given(TEXTS, st.lists(PIECES.map(str.strip), max_size=6))
def test_lower_words_asked_one_by_one_are_those_collected(text, asked):
    collected = set(redact._LOWER_WORD_RE.findall(text))
    lazy = redact._LowerWords(text)
    for word in asked + [t.casefold() for t in redact._TOKEN_RE.findall(text)] + list(collected):
        assert (word in lazy) == (word in collected), word


def _plain(redactor: redact.Redactor, text: str, page: str, surnames: set[str], page_ctx: redact.Context | None = None) -> str:
    """The reference: ``text`` redacted alone, with every lower-case word of its page collected; with the page's
    context, also where it writes the page's signing initials, user names or people's first names (found from the
    whole page, as the surnames are: :meth:`Redactor.spans`)."""
    ctx = redact.Context(set(surnames), set(redact._LOWER_WORD_RE.findall(page)))
    if not text:
        return text
    spans = redactor._spans(text, ctx, False)
    if page_ctx is not None:
        spans = redact._merge(spans + redact._page_initials_spans(text, page_ctx.initials)
                              + redact._login_word_spans(text, page_ctx.logins)
                              + redact._searched_genitive_spans(text, page_ctx.first_genitives))
        # the page's people named again (their first names alone, surnames coordinated with a name), and where a
        # handle holds a word of their names or their signing initials stand ("@İvon" after "İvon Rosen")
        spans = redact._merge(spans + redact._page_people_spans(redactor, text, page_ctx, spans))
        spans = redact._merge(spans + redact._initials_and_handles_of_page_people(text, page_ctx))
        # and the forms the page's found names take again ("Nyberg, Per" after "Per Nyberg": one name, not two)
        if page_ctx.found_forms[0] or page_ctx.found_forms[1] or page_ctx.first_names:
            again = redact._found_name_again_spans(redactor, text, page_ctx)
            spans = redact._merge(spans + redact._not_kept(redactor, text, again, frozenset()))
        # a found full name's words, genitives and initials alone (read from the whole page)
        if page_ctx.found_part_forms:
            parts = redact._found_name_part_form_spans(redactor, text, page_ctx.found_part_forms)
            spans = redact._merge(spans + redact._not_kept(redactor, text, parts, frozenset()))
    return redact._apply(text, spans)


def _parts(text: str) -> list[str]:
    doc = parse_text(text)
    parts = [doc.title, doc.wave_evidence]
    for respondent in doc.respondents:
        parts += [respondent.org_name, respondent.sub_unit]
        for answer in respondent.answers:
            parts += [answer.question_text, answer.answer_text]
    return parts


def _contexts(fast: redact.Redactor, plain: redact.Redactor, text: str) -> tuple[redact.Context, set[str]]:
    """The page's context as a build makes it, and the surnames of the page's names found plainly (the same)."""
    ctx = fast.context(text)
    lower_words = set(redact._LOWER_WORD_RE.findall(text))
    spans = plain._name_spans(text, redact._Words.of(text), redact.Context(lower_words=lower_words))
    # a name kept (a house named after one: "Lindgrens barnsjukhus Anna Svensson") adds no surname, nor gives its
    # surname alone elsewhere on the page ("… Svensson Berg"): the names are read again without the kept ones
    kept = redact._kept_near(plain, text, spans) if spans else []
    plain_ctx = redact.Context(lower_words=lower_words)
    spans = plain._name_spans(text, redact._Words.of(text), redact.Context(lower_words=lower_words), kept=kept)
    plain_ctx.surnames.update(surname for *_, surname in spans if surname)
    # and the surnames of the full names the page's words place ("Annavon Rosenanna 070-…": a name before a phone)
    positions = sorted(plain._person_position_spans(text))
    named = [(a, b, None) for a, b in positions if " " in text[a:b]]
    named_kept = redact._kept_near(plain, text, named) if named else []
    named = [s for s in named if not redact._inside(named_kept, s[0], s[1])]
    redact._add_page_people_lone_names(plain, text, positions, named, plain_ctx)
    assert ctx.surnames == plain_ctx.surnames
    return ctx, plain_ctx.surnames


def _pages_names(texts: list[str]) -> set[str]:
    """The names of the build for these pages, as the build collects them (contact blocks, bylines, …)."""
    return set().union(*(redact.find_contact_names(text) for text in texts))


def _assert_same_as_plain(texts: list[str]) -> int:
    """Redact every page and its parts as the build does, with one redactor; compare with the reference."""
    names = _pages_names(texts)
    fast, plain = redact.Redactor(names), redact.Redactor(names)
    compared = 0
    for text in texts:
        ctx, surnames = _contexts(fast, plain, text)
        for part in [text] + _parts(text) * 2:  # twice: the second time remembered
            assert fast.redact(part, ctx) == _plain(plain, part, text, surnames, ctx)
            compared += 1
    return compared


def _real_pages() -> list[str]:
    files = sorted(CORPUS.glob("*.txt")) + sorted(SEEDS.glob("*.txt")) + sorted(CHALLENGE.glob("*.txt"))
    if not files:
        pytest.skip(f"no pages in {CORPUS} or {CHALLENGE}")
    texts = []
    for path in files:
        document = ingest.read_document(path, path.name)
        if not isinstance(document, ingest.Problem):
            texts.append(document.text)
    return texts


def test_real_pages_redact_as_the_plain_path():
    texts = _real_pages()
    assert _assert_same_as_plain(texts + texts[::-1]) > 1000  # then in reverse: other contexts meet remembered texts


def test_generated_pages_redact_as_the_plain_path():
    assert _assert_same_as_plain([generated_page(i) for i in range(60)]) > 1000


@settings(max_examples=150, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=4), st.lists(st.sets(st.sampled_from(["svensson", "berg", "lund", "anna"])),
                                                          min_size=1, max_size=4))
def test_a_remembered_text_meets_other_contexts(texts, surname_sets):
    """The same short texts redacted under contexts that differ in surnames and lower-case words."""
    redactor, plain = redact.Redactor(["Anna Svensson"]), redact.Redactor(["Anna Svensson"])
    rng = random.Random(len(texts))
    for surnames in surname_sets:
        page = " ".join(rng.sample(texts, len(texts))) + " per anna berg"
        ctx = redact.Context(set(surnames), redact._LowerWords(page))
        for text in texts:
            assert redactor.redact(text, ctx) == _plain(plain, text, page, surnames)


# --- a page's name tries taken by its later scans and its parts (redact._Scan) ---------------------------------
NAME_TEXTS = st.lists(st.one_of(PIECES, st.sampled_from(["Karin", "von Rosen", "Liselott", "Johansson", "Anna Maria",
                                                         "Lindgrens barnsjukhus", "hus", "Per år", "KVÅ", "Åsa-Lena",
                                                         "Łukasz", "Nowak", "Till", "till", "Mist", "Zorblatt", "\n\n",
                                                         # a double surname; one whose middle is a rare word
                                                         "Anna Svensson Berg", "Per Zorblatt Johansson", " och ", "per år"])),
                      max_size=50).map("".join)


@settings(max_examples=200, deadline=None)
@given(NAME_TEXTS, st.lists(st.tuples(st.integers(0, 400), st.integers(0, 60)), max_size=6))
@example("Hej Anna Svensson Johansson bor här.", [])  # the page's try reads a word past the part "Hej Anna Svensson"
@example("Vi ses per år. Vi och Per Zorblatt Johansson", [])  # "Per" starts the part, not the page's sentence
@example("-anna Anna Svensson Berg", [])  # a user name of the page's name ("-anna"): the page's, in every part
@example("Łukaszhus Svensson", [])  # a name kept beside its house's word: no surname of the page
@example("@İvon Rosen", [])  # a handle holding a word of a name the page writes ("İvon Rosen"): the page's, in every part
@example("Per Nyberg sa. Nyberg, Per kom", [])  # a found name again surname first: one name (the page's found forms)
@example("Annavon Rosenanna070-123 45 67", [])  # glued words before a phone: a name the page places, its surname
@example("Lindgrens barnsjukhus Anna Svensson BergAnna Svensson Berg", [])  # a kept name's surname alone later: no name
def test_parts_cut_anywhere_take_the_pages_tries_only_where_they_hold(text, cuts):
    """Parts cut at any place (inside words, right before or after a name, mid-line) redact as they do alone:
    among them every beginning and every end of the page cut at a word (a try that reads past a part's end,
    a first word at a part's start that is no sentence start in the page)."""
    names = ["Karin von Rosen", "Per Nyberg"]
    fast, plain = redact.Redactor(names), redact.Redactor(names)
    ctx, surnames = _contexts(fast, plain, text)
    parts = [text] + [text[start:start + size] for start, size in cuts if start <= len(text)]
    for word in redact._TOKEN_RE.finditer(text):
        parts += [text[:word.start()], text[:word.end()], text[word.start():], text[word.end():]]
    for part in parts + parts:  # twice: the second time remembered
        assert fast.redact(part, ctx) == _plain(plain, part, text, surnames, ctx)


class _EveryWord(redact.Redactor):
    """The reference for the candidate test: a name is tried at every word."""

    def _starts(self, tokens):
        return list(range(len(tokens)))


def _every_word_same(texts: list[str]) -> int:
    names = _pages_names(texts)
    fast, every = redact.Redactor(names), _EveryWord(names)
    tried = 0
    for text in texts:
        for part in [text] + _parts(text):
            surnames = {"svensson", "berg"}
            lower = redact._LowerWords(text)
            fast_spans = fast._name_spans(part, redact._Words.of(part), redact.Context(set(surnames), lower))
            every_spans = every._name_spans(part, redact._Words.of(part), redact.Context(set(surnames), lower))
            assert fast_spans == every_spans, part
            tried += 1
    return tried


def test_words_that_cannot_start_a_name_are_not_tried_real_pages():
    assert _every_word_same(_real_pages()) > 1000


def test_words_that_cannot_start_a_name_are_not_tried_generated_pages():
    assert _every_word_same([generated_page(i) for i in range(60)]) > 1000


@settings(max_examples=250, deadline=None)
@given(NAME_TEXTS)
@example("Anna-von Rosen")  # a capitalised ASCII word with a hyphen, each part a first name: was not tried
def test_words_that_cannot_start_a_name_are_not_tried_any_text(text):
    names = ["Anna Svensson", "Till Berg", "Karin von Rosen"]
    for filename in (False, True):
        ctx = redact.Context({"svensson"}, redact._LowerWords(text))
        assert redact.Redactor(names)._name_spans(text, redact._Words.of(text), ctx, filename) == \
            _EveryWord(names)._name_spans(text, redact._Words.of(text), ctx, filename)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["anna", "svensson", "svenssons", "berg", "bergs", "s", "ss", "lund", "per"]), max_size=8),
       st.sets(st.sampled_from(["svensson", "berg", "s", "lund", "bergs"]), max_size=4),
       st.lists(st.sets(st.sampled_from(["svensson", "berg", "s", "lund", "bergs", "anna"]), max_size=4), max_size=4))
def test_surnames_among_words_answer_as_the_words_collected(keys, page_surnames, other_pages):
    """``_Asked.among`` (the page's surnames looked up in the words) finds and writes down what ``intersection``
    of every word and every word less a final "s" does."""
    words = set(keys) | {key[:-1] for key in keys if key.endswith("s")}
    by_among, by_words = redact._Asked(set(page_surnames)), redact._Asked(set(page_surnames))
    assert by_among.among(list(keys)) == by_words.intersection(words)  # the words as a build gives them: a list
    for other in other_pages:
        assert by_among.same_in(other) == by_words.same_in(other)
        assert by_among.same_in(redact._LowerWords(" ".join(other))) == by_words.same_in(redact._LowerWords(" ".join(other)))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.sampled_from(["Annas ", "ANNAS ", "annas", "Anna", "s grupp", "s team", "Sankta ",
                                                   "Carl-Johans ", "Carl-Johan", "Maſ", "ſ", "Σ", "ς", "MASS", "Maßs ",
                                                   "Kristians ", "KK"])), max_size=30).map("".join),
       st.sets(st.sampled_from(["annas", "carl-johans", "mass", "mas", "kristians", "σs", "ks"]), max_size=3))
@example("Maſs grupp", {"mass"})  # "ſ" casefolds to "s": the text as written holds no "mass"
@example("MAẞS grupp", {"masss"})
def test_genitives_looked_for_only_in_texts_holding_one_are_those_searched(text, genitives):
    """A text whose casefolded form holds none of the page's first-name genitives gives no genitive span."""
    genitives = frozenset(genitives)
    assert redact._first_genitive_spans(text, genitives) == redact._searched_genitive_spans(text, genitives)


def test_genitives_of_real_and_generated_pages_are_those_searched():
    texts = _real_pages() + [generated_page(i) for i in range(60)]
    redactor = redact.Redactor()
    compared = 0
    for text in texts:
        ctx = redactor.context(text)
        genitives = ctx.first_genitives | {"annas", "pers", "karins"}  # the page's, and common ones
        for part in [text] + _parts(text):
            assert redact._first_genitive_spans(part, genitives) == redact._searched_genitive_spans(part, genitives)
            compared += 1
    assert compared > 1000


# --- contact names read only on lines with a hint (redact._hinted_lines) --------------------------------------
def test_every_character_matching_a_hint_letter_lowers_to_it_or_is_odd():
    """The hints are looked for in the page in lower case: every character the contact patterns' case-insensitive
    matching takes for a letter of a hint is that letter in lower case, or one of ``_CONTACT_HINT_ODD``."""
    import regex

    everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    letters = set("".join(redact._CONTACT_HINTS))
    for letter in letters:
        for ch in regex.findall(f"(?i){regex.escape(letter)}", everything):
            assert ch.lower() == letter or ch in redact._CONTACT_HINT_ODD, (letter, ch)
    for pattern in (redact._CONTACT_LABEL_RE, redact._INLINE_CONTACT_RE, redact._BYLINE_RE, redact._DATE_ONLY_BYLINE_RE):
        assert pattern.flags & regex.IGNORECASE and not pattern.flags & regex.FULLCASE  # as the letters were matched


def test_every_contact_pattern_needs_a_hint_word():
    """A line gives a name only where a contact pattern matches it; each pattern must need a word holding one of
    ``_CONTACT_HINTS``, or a label added to a pattern without its hint would be skipped (a name kept)."""
    import re

    from bas_analysis.coding.words import needed_words

    for pattern in (redact._CONTACT_LABEL_RE, redact._INLINE_CONTACT_RE, redact._BYLINE_RE, redact._DATE_ONLY_BYLINE_RE):
        needs = needed_words(re.compile(pattern.pattern, re.IGNORECASE))
        assert needs is not None, f"what every match of {pattern.pattern!r} holds is not known"
        assert any(all(any(hint in word for hint in redact._CONTACT_HINTS) for word in words) for words in needs), (
            pattern.pattern, needs)


CONTACT_TEXTS = st.lists(st.one_of(PIECES, st.sampled_from(
    ["Kontakt:", "kontaktuppgifter", "KONTAKTPERSON", "Kontaktperson är ", "För mer information kontakta ", "Frågor:",
     "ansvarig", "Samordnare", "projektledare", "Ring ", "mejla ", "Senast uppdaterad 2020-11-04 av ", "Publicerad ",
     "skrivet 2021-01-02 av ", "Uppdaterad: 2022-02-03", "|", "Anna Svensson", "Per Zorblatt", "\n", "\n\n", "Region Skåne",
     "\u0130nformation", "\u017famordnare", "KONTAKTA "])),
    max_size=40).map("".join)


def _contact_names_plain(text: str) -> set[str]:
    lines = text.split("\n")
    return redact._contact_names(lines, range(len(lines)))  # every line read


@settings(max_examples=150, deadline=None)
@given(CONTACT_TEXTS)
def test_contact_names_read_on_hinted_lines_are_those_of_every_line(text):
    others = redact._names_outside_blocks(text)  # every line
    assert redact.find_contact_names(text) == redact._with_first_names(_contact_names_plain(text) | others)


def test_contact_names_of_pages_are_those_of_every_line():
    texts = _real_pages() + [generated_page(i) for i in range(20)]
    found = 0
    for text in texts:
        names = redact.find_contact_names(text)
        assert names == redact._with_first_names(_contact_names_plain(text) | redact._names_outside_blocks(text))
        assert redact._at_lines(text) == _at_lines_plain(text)
        found += len(names)
    assert found > 50


class _Forgetful(redact.Redactor):
    START_WORDS = 5  # the words remembered by _starts are forgotten again and again


@settings(max_examples=80, deadline=None)
@given(st.lists(NAME_TEXTS, min_size=1, max_size=4))
def test_start_words_remembered_or_forgotten_give_the_plain_starts(texts):
    """``_starts`` (each distinct word asked once, then remembered) finds the words the plain test finds."""
    names = ["Anna Svensson", "Till Berg"]
    redactors = (redact.Redactor(names), _Forgetful(names))
    for text in texts + texts:
        tokens = redact._Words.of(text)
        # the plain test, word by word
        lower_keys = redactors[0].lex.first_sv | redactors[0].first_keys
        first_keys = redact._first_name_keys(redactors[0].lex) | redactors[0].first_keys
        plain = [i for i, (word, key) in enumerate(zip(tokens.words, tokens.keys))
                 if key in (lower_keys if word[0].islower() else first_keys) or "-" in key
                 or not word.isascii() and not redact._SWEDISH_WORD_CHARS.issuperset(word)
                 or len(word) == 1 and word.isupper()]  # an initial
        for redactor in redactors:
            assert redactor._starts(tokens) == plain


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["anna", "berg", "bergs", "lund", "per", "år", "s"]), max_size=30),
       st.sets(st.sampled_from(["anna", "berg", "bergs", "lund", "per", "år", "s", "x"]), max_size=6))
def test_indices_of_wanted_words_are_those_of_every_word(keys, wanted):
    """``_indices`` (few wanted words looked for in the list, many tested word by word) finds every word's."""
    assert redact._indices(keys, wanted) == [i for i, key in enumerate(keys) if key in wanted]


# ------------------------------------------------------------------ words split by the standard library's engine
def _spans(matches) -> list[tuple[str, int, int]]:
    return [(m[0], m.start(), m.end()) for m in matches]


def test_latin1_letters_are_every_letter_and_mark_where_the_fast_split_is_taken():
    """Among the characters _LATIN1_ONLY lets through (and no other: proved on all of Unicode), the letters and
    marks ``_TOKEN_RE`` takes are exactly _LATIN1_LETTERS, so both patterns split such a text alike."""
    import re as plain_re

    import regex

    everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    let_through = [ch for ch in everything if not redact._LATIN1_ONLY.match(ch)]
    assert len(let_through) == 256 + 0x70 + 1  # Latin-1, general punctuation, the euro sign
    letters = {ch for ch in let_through if regex.fullmatch(r"[\p{L}\p{M}]", ch)}
    assert letters == {ch for ch in let_through if plain_re.fullmatch(f"[{redact._LATIN1_LETTERS}]", ch)}
    assert len(letters) > 100


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.sampled_from(["–", "”", "•", "…", "€", "\u00aa", "µ", "º", "×", "÷", "\u2070",
                                                    "ﬀ", "Ā", "\u00ad", "\u200b"])), max_size=40).map("".join))
def test_words_split_the_fast_way_are_those_of_the_word_pattern(text):
    assert _spans(redact._word_matches(text)) == _spans(redact._TOKEN_RE.finditer(text))


def test_words_of_real_and_generated_pages_split_the_fast_way_are_those_of_the_word_pattern():
    texts = _real_pages() + [generated_page(i) for i in range(40)]
    fast = sum(not redact._LATIN1_ONLY.search(text) for text in texts)
    assert fast > len(texts) // 3  # most pages take the fast split
    for text in texts:
        assert _spans(redact._word_matches(text)) == _spans(redact._TOKEN_RE.finditer(text))


LATIN1_TEXTS = st.lists(st.one_of(
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=8),
    st.sampled_from(["Malin Gardell", "Per-Olof Nyström", " ", "\n", ", ", "Text: ", "- ", "1. ", "Ærø Øst", "µ", "²Anna Ek",
                     "Åsa Öberg, Knivsta kommun", "ßAnna Ek", "\u2013 ", "\u2028", "\u2003", "\u20ac"])), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(LATIN1_TEXTS)
def test_name_line_patterns_on_latin1_pages_find_what_the_full_patterns_find(text):
    """On a page of Latin-1 characters the standard library's patterns stand in for the full ones."""
    assert not redact._LATIN1_ONLY.search(text)
    for full, fast in ((redact._NAME_PAIR_RE, redact._FAST_NAME_PAIR_RE), (redact._LISTED_NAME_RE, redact._FAST_LISTED_NAME_RE)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in full.finditer(text)], (full.pattern, text)


# --- a part of a page from the page's own spans (Redactor._page_part_spans) -----------------------------------
class _NoPagePartSpans(redact.Redactor):
    """The redactor without the shortcut: every part of a page redacted by itself."""

    def _page_part_spans(self, text, ctx):
        return None


def _line_runs(text: str, rng: random.Random, count: int) -> list[str]:
    """Runs of whole lines of ``text`` (some at its start or end, some of one line, some empty lines included)."""
    lines = text.split("\n")
    runs = []
    for _ in range(count):
        a = rng.randrange(len(lines))
        b = rng.randrange(a, min(len(lines), a + 4)) + 1
        runs.append("\n".join(lines[a:b]))
    return runs


def _compare_parts(texts: list[str], runs_per_page: int = 20, seed: int = 3) -> tuple[int, int]:
    """Redact each page, then its parts (the parser's and runs of whole lines) with the page's spans where they
    hold and by themselves; (parts compared, parts that took the page's spans)."""
    names = _pages_names(texts)
    fast, alone = redact.Redactor(names), _NoPagePartSpans(names)
    rng = random.Random(seed)
    compared = taken = 0
    original = fast._page_part_spans
    for text in texts:
        ctx, alone_ctx = fast.context(text), alone.context(text)
        assert fast.spans(text, ctx) == alone.spans(text, alone_ctx)
        for part in _parts(text) + _line_runs(text, rng, runs_per_page):
            if not part:
                continue
            shortcut = original(part, ctx) if ctx.page_spans is not None else None
            expected = alone.spans(part, alone_ctx)
            assert fast.spans(part, ctx) == expected, part
            if shortcut is not None:
                assert shortcut == expected, part
                taken += 1
            compared += 1
    return compared, taken


def test_parts_of_real_pages_take_the_page_spans_that_are_their_own():
    compared, taken = _compare_parts(_real_pages())
    assert compared > 1000 and taken > compared // 2


def test_parts_of_generated_pages_take_the_page_spans_that_are_their_own():
    compared, taken = _compare_parts([generated_page(i) for i in range(150)])
    assert compared > 3000 and taken > compared // 2


# lines of pages where a rule reads beyond a line, or a gate of the whole text decides (see Redactor._page_part_spans)
PAGE_LINES = st.sampled_from([
    "Anna Ek", "Kontakt: Anna Ek", "Anna Ek,", "Ekvägen 4", "Ekvägen 4, 123 45 Storby", "123 45 Storby", "Personnummer",
    "Pnr: 19850101-1234", "850101-1234", "19850101-1235", "anna.ek#kommun.se (byt # mot @)", "anna.ek#kommun.se",
    "anna.ek på kommun.se", "anna.ek vid kommun.net", "anna punkt ek at kommun punkt se", "Läs mer på kommun.se",
    "Boken", "\"Anna Ek och jag\"", "Familjecentralen Anna Ek", "İstanbul", "Hälsningar", "/M", "Tack G!", "Ma-",
    "ria Ek", "Ring 070-123 45 67 ankn. 17", "Per Lund och Berg kom", "Lund och Anna Ek", "Annas grupp", "AE",
    "Anna Ek (AE)", "/AE", "Kurator Chidi Okonkwo", "aek", "a.ek", "Ek", "Eks förslag", "Mette Dahl", "Bra jobbat Mette!",
    "", " ", "Vi har stöd för barn.", "kurator anna lind", "Hej", "Text: A B", "Ola Berg, Ekvägen 4", "tel 0480-84 512 34",
    "x@y.se", "Fråga 1: Hur ser det ut?", "Svar: Nej.",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(PAGE_LINES, min_size=1, max_size=12), st.lists(st.tuples(st.integers(0, 11), st.integers(1, 4)),
                                                              max_size=6))
def test_parts_of_generated_lines_take_the_page_spans_that_are_their_own(lines, cuts):
    text = "\n".join(lines)
    fast, alone = redact.Redactor(["Anna Ek", "Ola Berg"]), _NoPagePartSpans(["Anna Ek", "Ola Berg"])
    ctx, alone_ctx = fast.context(text), alone.context(text)
    for a, n in cuts:  # the first asked before the page (as a title is): the page's spans are found first then
        part = "\n".join(lines[a:a + n])
        if part:
            assert fast.spans(part, ctx) == alone.spans(part, alone_ctx), part
    assert fast.spans(text, ctx) == alone.spans(text, alone_ctx)


@pytest.mark.parametrize("page, part", [
    ("Skriv till anna.ek#kommun.se\n(byt # mot @)", "Skriv till anna.ek#kommun.se"),  # the sign named on another line
    ("Personnummer och adress\nEkvägen 4, 123 45 Storby", "Ekvägen 4, 123 45 Storby"),  # a label on another line
    ("Anna Ek\nEkvägen 4\n123 45 Storby", "Ekvägen 4\n123 45 Storby"),  # an address under a name
    ("Läs boken\nom \"Anna Ek och jag\"", "om \"Anna Ek och jag\""),  # a quoted title's cue on the line before
    ("Läs mer på kommun.se\nSkriv till anna.ek på kommun.net", "Skriv till anna.ek på kommun.net"),  # the gate
    ("İstanbul\nFamiljecentralen Anna Ek", "Familjecentralen Anna Ek"),  # no kept stretch near an "İ"
    ("Hej Ma-\nria Ek", "ria Ek"),  # a span across the part's start
    ("Hej Ma-\nria Ek", "Hej Ma-"),  # and across its end
])
def test_a_part_whose_spans_the_page_reads_beyond_its_lines_is_redacted_alone(page, part):
    """Where the page's spans in a part are not the part's own (each case a rule that reads beyond the part's
    lines), the part is redacted by itself."""
    fast, alone = redact.Redactor(["Anna Ek"]), _NoPagePartSpans(["Anna Ek"])
    ctx, alone_ctx = fast.context(page), alone.context(page)
    page_spans = fast.spans(page, ctx)
    start = page.find(part)
    in_part = [(a - start, b - start, label) for a, b, label in page_spans if a < start + len(part) and b > start]
    expected = alone.spans(part, alone_ctx)
    assert in_part != expected  # the page's spans would be wrong here
    assert ctx.page_spans is None or fast._page_part_spans(part, ctx) is None
    assert fast.spans(part, ctx) == expected


# --- contact names read past their first two words only where the two start a name of the build ------------------
class _EveryPair(redact.Redactor):
    def _may_start_pair(self, first: str, second: str) -> bool:
        return True  # every try reads up to MAX_NAME_TOKENS words, as before the pair test


CONTACT_NAMES = ["Anna Svensson", "Anna Svensson Berg", "Per Zorblatt Johansson", "Karin von Rosen", "Liselott",
                 "Åsa-Lena Berg", "J. Nyberg", "Till Berg", "anna", "Lund"]


@settings(max_examples=200, deadline=None)
@given(NAME_TEXTS)
@example("Anna Svenssons grupp och Anna Svensson Bergs, Karin von Rosens och J. Nyberg")
def test_contact_names_tried_past_the_pair_are_those_read_in_full(text):
    fast, full = redact.Redactor(CONTACT_NAMES), _EveryPair(CONTACT_NAMES)
    tokens = redact._Words.of(text)
    for i in range(len(tokens)):
        assert fast._contact_name_at(text, tokens, i) == full._contact_name_at(text, tokens, i), (text, i)


def test_contact_names_of_real_and_generated_pages_tried_past_the_pair_are_those_read_in_full():
    texts = _real_pages() + [generated_page(i) for i in range(60)]
    names = set().union(*(redact.find_contact_names(text) for text in texts))
    fast, full = redact.Redactor(names), _EveryPair(names)
    found = 0
    for text in texts:
        tokens = redact._Words.of(text)
        for i in range(len(tokens)):
            answer = fast._contact_name_at(text, tokens, i)
            assert answer == full._contact_name_at(text, tokens, i), (text[:80], i)
            found += answer is not None and answer[0] > i + 1
    assert found > 50


# --- patterns searched only on the lines holding their hint (redact._matches_on_hinted_lines) ---------------------
HINTED = {  # name: (hint, pattern, the whole-text gate the caller asks first)
    "agent user names": (redact._AGENT_LINE_HINT_RE, redact._AGENT_LOGIN_RE,
                         lambda text: " av" in text and redact._AGENT_HINT_RE.search(text)),
    "called first names": (redact._CALL_HINT_RE, redact._CALL_FIRST_NAME_RE, lambda text: True),
}
HINTED_TEXTS = st.lists(st.sampled_from(
    ["Granskad", "granskat", "Inskickat", "uppdaterad 2023-01-02", " av", " av:", " av ", "  ", "\t", ";", "|", '"',
     "k.lind", "a_berg", "ab/cd", "aö/bc", "åb/c", "x.y@z", "kommun.se", "Anna", "Lisa", "\n", " ", "av", "lundab", "1",
     "Ring", "ring", "Kontakta", "mejla", "Fråga", "sms:a", "Smsa", " på ", " om ", " eller ", ":", ".", "!", "Şeyma"]),
    max_size=30).map("".join)


def _hinted_same(text: str) -> None:
    for name, (hint, pattern, gate) in HINTED.items():
        if gate(text):
            lines = [m.span() for m in redact._matches_on_hinted_lines(hint, pattern, text)]
            assert lines == [m.span() for m in pattern.finditer(text)], (name, text)


@settings(max_examples=400, deadline=None)
@given(HINTED_TEXTS)
@example("Granskad av aö/bc\nav k.lind")  # a user name of the second kind on a line without the narrow hint
@example("Ifylld av | a_berg\nGranskad 2023-01-02 av ab/cd")
@example("Ring Lisa.\nFråga Anna!")  # a sentence's end at a line's end and at the text's
def test_patterns_searched_on_hinted_lines_find_what_the_whole_text_search_finds(text):
    _hinted_same(text)


def test_patterns_of_real_and_generated_pages_searched_on_hinted_lines_find_what_the_whole_text_search_finds():
    for text in _real_pages() + [generated_page(i) for i in range(200)]:
        _hinted_same(text)


def _assert_evidence_as_the_page(texts: list[str]) -> int:
    """A page's wave evidence takes the page's spans where it quotes the page (each quoted stretch then reads in
    the evidence as in the redacted page); elsewhere it is redacted alone, as before."""
    names = _pages_names(texts)
    redactor, alone = redact.Redactor(names), redact.Redactor(names)
    taken = 0
    for text in texts:
        evidence = parse_text(text).wave_evidence
        if not evidence:
            continue
        ctx = redactor.context(text)
        page = redactor.redact(text, ctx)
        spans = redactor._evidence_spans(evidence, ctx)
        redacted = redactor.redact_evidence(evidence, ctx)
        if spans is None:
            assert redacted == alone.redact(evidence, alone.context(text), remember=False)
            continue
        taken += 1
        quoted = [m[1] for m in redact.Redactor._EVIDENCE_QUOTE_RE.finditer(redacted)]
        assert len(quoted) == len(redact.Redactor._EVIDENCE_QUOTE_RE.findall(evidence))
        for stretch in quoted:
            assert stretch in page, (stretch, evidence)
        # the words around the quotes are the evidence's own, never the page's
        assert redact.Redactor._EVIDENCE_QUOTE_RE.sub("", redacted) == redact.Redactor._EVIDENCE_QUOTE_RE.sub("", evidence)
    return taken


def test_wave_evidence_of_real_pages_reads_as_the_page():
    texts = _real_pages()
    assert _assert_evidence_as_the_page(texts) > len(texts) // 2


def test_wave_evidence_of_generated_pages_reads_as_the_page():
    assert _assert_evidence_as_the_page([generated_page(i) for i in range(60)]) > 30


def test_wave_evidence_keeps_a_method_the_page_keeps():
    # alone, "Simon har vi haft sedan 2016" reads as a first name; the page says "Klubb Simon", a method
    text = ("Nätverksträff 2021\n\nPublicerat 2021-05-27\n\nEtt år med många nya inslag. Klubb Simon har vi haft sedan "
            "2016 och den fortsätter som tidigare.\n")
    evidence = parse_text(text).wave_evidence
    redactor = redact.Redactor()
    ctx = redactor.context(text)
    assert "Klubb Simon" in redactor.redact(text, ctx)
    assert "'Simon har vi haft sedan 2016'" in redactor.redact_evidence(evidence, ctx)
    # a name the page redacts is redacted in the evidence too
    text = text.replace("Klubb Simon har vi haft", "Samtalen har vi haft med Anna Bergström")
    evidence = parse_text(text).wave_evidence
    ctx = redactor.context(text)
    assert "Bergström" in evidence and redactor._evidence_spans(evidence, ctx) is not None
    assert "Bergström" not in redactor.redact_evidence(evidence, ctx)
