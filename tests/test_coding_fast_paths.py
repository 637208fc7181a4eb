"""The coder's faster paths give exactly what the plain ones give (issue 13: same codings, less CPU).

- a regular expression runs only where the words it needs stand (``needed_words`` / ``may_match``):
  never skipped where it would have matched, on every sentence and clause of the real pages, on
  made-up text, and for every character that case-insensitive matching folds oddly;
- one lookup for a tuple of cue lists (``group_candidates``) gives, list by list, what ``candidates``
  gives for each;
- a clause's tokens (``Tokens.within``) know the same cue words as the clause's tokens indexed anew;
- a clause's candidates narrowed from its sentence's (``narrow_candidates``) are its own;
- a sentence reading that skips the lists the sentence cannot hold reads every sentence of the real
  pages as the full reading does.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bas_analysis.coding import load_codebook
from bas_analysis.coding import words as W
from bas_analysis.coding.reading import read_unit, split_units


@lru_cache(maxsize=1)
def _real_units() -> tuple[tuple[str, bool], ...]:
    from corpus import require_corpus

    corpus = require_corpus()
    units = {unit for folder in (corpus, corpus.parent / "challenge") for page in sorted(folder.rglob("*.txt"))
             for unit in split_units(page.read_text(encoding="utf-8", errors="replace"))}
    assert len(units) > 1000
    return tuple(sorted(units))


def _cue_tuples() -> list[tuple]:
    """Every tuple of cues of the codebook: the language's lists, each rule's cues and exceptions, members, methods."""
    book = load_codebook()
    lang = book.language
    tuples = [v for v in vars(lang).values() if isinstance(v, tuple) and v and isinstance(v[0], W.Cue)]
    tuples += list(lang.sentence_lists) + list(lang.clause_lists)
    for ind in book.indicators:
        for rule in ind.rules:
            tuples += [rule.cues, rule.except_, rule.except_near, rule.anaphors]
        tuples += list(ind.member_cues) + list(ind.method_cues) + [cues for _, cues in ind.status_cues]
        tuples += [ind.page_cues, ind.page_cues_partial, ind.other_part, ind.audience, ind.member_except,
                   ind.member_except_near, ind.own_markers]
    return [t for t in tuples if t]


def _patterns() -> list[re.Pattern]:
    """Every regular expression the coder runs on a sentence: regex cues, the language's patterns, counts and ages."""
    book = load_codebook()
    lang = book.language
    patterns = {cue.regex for cues in _cue_tuples() for cue in cues if cue.regex is not None}
    patterns |= {lang.purpose_clause, lang.bare_yes, lang.bare_no, lang.indirect_question, *lang.cross_references,
                 *lang.clause_breaks}
    for ind in book.indicators:
        patterns |= {*ind.age_patterns, *ind.answer_patterns, *([ind.pattern] if ind.pattern is not None else [])}
    return sorted(patterns, key=lambda p: p.pattern)


def _clause_texts(text: str) -> list[str]:
    """The sentence and its pieces between commas and clause words (what the reading searches)."""
    cuts = sorted({0, len(text), *(m.end() for m in re.finditer(r"[,:;]\s|\s(?:men|och|för att|så att)\s", text))})
    return [text] + [text[a:b] for a in cuts for b in cuts if a < b]


# ------------------------------------------------------------------ needed words
def test_the_words_a_pattern_needs_are_read_off_its_literals():
    need = lambda source: W.needed_words(re.compile(source, re.IGNORECASE))  # noqa: E731
    assert need(r"(?<!sedan )\btidigare\b") == (frozenset({"tidigare"}),)
    assert frozenset({"ska"}) in need(r"\b(?:alla|varje)\b(?:\s+\w+){0,4}\s+ska(?:ll)?\b")
    assert frozenset({"alla", "varje"}) in need(r"\b(?:alla|varje)\b(?:\s+\w+){0,4}\s+ska(?:ll)?\b")
    assert need(r"\d+\s*år|x?") is None  # an alternative that needs nothing: nothing is known
    assert need(r"(?:vi\s+)?\d+") == (frozenset("0123456789") | {W.ANY_DIGIT},)  # a digit: one of 0-9 or another
    assert frozenset({"tolv", "elva", *"0123456789", W.ANY_DIGIT}) in need(r"(?:\d+|tolv|elva)\s+ombud")
    assert need(r"[\d,]+") is None  # a class that may be another character
    assert need(r"\s(?=(?:om\s+)?hur\s)") == (frozenset({"hur"}),)  # what a lookahead looks at is in the text
    assert need(r"(?<=,)\s(?=så\b)") == (frozenset({"så"}),) and need(r"(?<=och)\s") is None  # a lookbehind is not:
    # a search from an offset sees before it


def test_odd_folds_are_every_character_matched_as_a_plain_one_but_lowered_otherwise():
    """Every character that case-insensitive matching equates with a letter, digit, space or hyphen the
    needed words may hold, although its lower-case form is another, is in ODD_FOLDS (proved on all of Unicode)."""
    everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    plain = "".join(sorted(W._PLAIN))
    found = re.compile("[" + re.escape(plain) + "]", re.IGNORECASE).findall(everything)
    odd = {ch for ch in found if ch.lower() not in W._PLAIN or len(ch.lower()) != 1}
    assert odd == set(W.ODD_FOLDS)


def test_any_digit_stands_for_every_other_digit_a_pattern_matches():
    """``\\d`` matches the ten ASCII digits and the characters _OTHER_DIGIT finds (proved on all of Unicode)."""
    everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    digits = set(re.compile(r"\d", re.IGNORECASE).findall(everything))
    assert digits - set("0123456789") == set(W._OTHER_DIGIT.findall(everything)) and len(digits) > 100
    assert W.may_match(W.needed_words(re.compile(r"\d+\s+ombud")), "\u0663 ombud")  # an Arabic-Indic three


def test_no_pattern_is_skipped_where_it_matches_on_the_real_pages():
    patterns = _patterns()
    assert len(patterns) > 40
    skipped = matched = 0
    for text, _ in _real_units():
        for piece in _clause_texts(text):
            for pattern in patterns:
                may = W.may_match(W.needed_words(pattern), piece)
                if pattern.search(piece):
                    matched += 1
                    assert may, (pattern.pattern, piece)
                elif not may:
                    skipped += 1
    assert matched > 1000 and skipped > 100_000  # the patterns match real pages, and most tries are saved


PIECES = st.sampled_from(["ska", "SKA", "Ska", " ", "vi", "alla", "tidigare", "sedan", "Region", "år", "12", "-", ",",
                          "\u0130", "\u0131", "\u017f", "\u212a", "\u212b", "ı", "enligt", "i", "k", "s", "ombud", "en",
                          "del", "av", "ma", "j", "mellan", "och", "BRA", "samtal", "Å", "över", "\n", "\u0663", "\uff15",
                          "tolv", "personer", "år"])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_no_pattern_is_skipped_where_it_matches_on_made_up_text(text):
    for pattern in _patterns():
        if pattern.search(text):
            assert W.may_match(W.needed_words(pattern), text), (pattern.pattern, text)


def _pattern_tuples() -> list[tuple]:
    """The tuples of patterns the coder asks of a sentence at once (``may_run``): clause breaks, ages, counts."""
    book = load_codebook()
    lang = book.language
    tuples = [lang.clause_breaks, (lang.purpose_clause, lang.indirect_question, lang.bare_yes, lang.bare_no,
                                   *lang.cross_references)]
    tuples += [ind.age_patterns for ind in book.indicators if ind.age_patterns]
    tuples += [ind.answer_patterns for ind in book.indicators if ind.answer_patterns]
    tuples.append(tuple(_patterns()))  # many at once: its needed words are looked for by a trie
    return tuples


def test_patterns_run_are_those_may_match_lets_run_on_the_real_pages():
    """``may_run`` asks a sentence once for a tuple of patterns and keeps exactly those ``may_match`` keeps."""
    tuples = _pattern_tuples()
    kept = 0
    for text, _ in _real_units():
        for piece in _clause_texts(text)[:4]:
            for patterns in tuples:
                run = W.may_run(patterns, piece)
                assert run == [k for k, p in enumerate(patterns) if W.may_match(W.needed_words(p), piece)], piece
                kept += len(run)
    assert kept > 1000


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_patterns_run_are_those_may_match_lets_run_on_made_up_text(text):
    for patterns in _pattern_tuples():
        assert W.may_run(patterns, text) == [k for k, p in enumerate(patterns) if W.may_match(W.needed_words(p), text)]


def _one_search_agrees(text: str) -> None:
    """What one search for the needed words of several tuples finds (``Needles``) lets run what each tuple's own
    search lets run: the sentence patterns and clause breaks (``may_run``), the language's lists (``group_candidates``)."""
    from bas_analysis.coding.reading import _needles, _reading_lists

    lang = load_codebook().language
    needles = _needles(lang)
    present = needles.present(text)
    assert needles.present(text, W.tokenize(text)) == present, text  # looked up per word: the same strings
    for patterns in _pattern_tuples()[:2]:  # those _needles was made with
        assert W.may_run(patterns, text, present) == W.may_run(patterns, text), (text, patterns)
    tokens = W.tokenize(text)
    groups = _reading_lists(lang)
    assert W.group_candidates(groups, tokens, text, present) == W.group_candidates(groups, tokens, text), text


def test_one_search_for_several_tuples_lets_run_what_each_search_does_on_the_real_pages():
    for text, _ in _real_units():
        for piece in _clause_texts(text)[:3]:
            _one_search_agrees(piece)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_one_search_for_several_tuples_lets_run_what_each_search_does_on_made_up_text(text):
    _one_search_agrees(text)


NEEDLES = ["och", "o", "ch", "ochså", "och så", "men", "me", "-", "12", "2", "ska", "skall", "sk", "inte", "int",
           "nte", "en", "e", "år", "åren", "övrig", "övriga", "x"] * 2  # the trie: more than FEW strings, shared prefixes
NEEDLES = [w + "y" * (i // 23) for i, w in enumerate(NEEDLES)]  # (distinct strings: the second round with a tail)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["och", "så", " ", "o", "c", "h", "men", "-", "1", "2", "ska", "ll", "inte",
                                 "år", "en", "övriga", "y", "x", "e"]), max_size=16).map("".join))
def test_the_strings_found_by_one_search_are_those_that_stand_in_the_text(low):
    for words in (NEEDLES, NEEDLES[:5]):
        needles = W._Needles(words)
        assert (needles.search is not None) == (len(words) > W._Needles.FEW)
        assert set(needles.within(low)) == {w for w in words if w in low}


# ------------------------------------------------------------------ one lookup for many lists
def test_group_candidates_are_the_candidates_of_each_list():
    tuples = _cue_tuples()
    groups_of = [tuple(tuples[i : i + 7]) for i in range(0, len(tuples), 7)]
    book = load_codebook()
    groups_of += [book.language.sentence_lists, book.language.clause_lists]
    groups_of += [g for ind in book.indicators for g in (ind.rule_cues, ind.method_cues, ind.member_cues) if g]
    compared = found = 0
    for text, _ in _real_units():
        tokens = W.tokenize(text)
        for groups in groups_of:
            for given_text in (text, None):
                together = W.group_candidates(groups, tokens, given_text)
                for g, cues in enumerate(groups):
                    alone = W.candidates(cues, tokens, given_text)
                    assert together.get(g, []) == alone, (text, [c.source for c in cues])
                    compared += 1
                    found += bool(alone)
    assert compared > 100_000 and found > 1000


def _narrowing_agrees(groups_of, text: str) -> tuple[int, int]:
    """For every piece of ``text`` cut at clause words and commas (and at any offsets, cut inside words too),
    the sentence's candidates narrowed to the piece are the piece's own candidates; (pieces compared, of
    them with a candidate)."""
    tokens = W.tokenize(text)
    cuts = [(text.find(piece), text.find(piece) + len(piece)) for piece in _clause_texts(text)]
    cuts += [(a, min(len(text), a + 17)) for a in range(0, len(text), 7)]
    compared = found = 0
    for groups in groups_of:
        whole = W.group_candidates(groups, tokens, text)
        for a, b in cuts:
            piece_tokens = tokens.within(a, b)
            own = W.group_candidates(groups, piece_tokens, text[a:b])
            assert W.narrow_candidates(whole, piece_tokens, text[a:b]) == own, (text, a, b)
            compared += 1
            found += bool(own)
    return compared, found


def test_a_clauses_candidates_narrowed_from_its_sentences_are_its_own():
    book = load_codebook()
    groups_of = [book.language.clause_lists, book.language.sentence_lists]
    groups_of += [g for ind in book.indicators for g in (ind.rule_cues, ind.method_cues) if g][:6]
    compared = found = 0
    for text, _ in _real_units()[::5] + _generated_units()[::5]:
        c, f = _narrowing_agrees(groups_of, text)
        compared, found = compared + c, found + f
    assert compared > 50_000 and found > 2_000


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=14).map(" ".join))
def test_a_clauses_candidates_narrowed_from_its_sentences_are_its_own_on_made_up_text(text):
    book = load_codebook()
    _narrowing_agrees([book.language.clause_lists, book.language.sentence_lists], text)


def test_a_clause_knows_the_cue_words_its_sentence_knows():
    load_codebook()
    for text, _ in _real_units()[::7]:
        tokens = W.tokenize(text)
        tokens.positions()
        for a in range(0, len(text), 9):
            for b in (a + 15, a + 40, len(text)):
                fast, plain = tokens.within(a, b), W.Tokens(t for t in tokens if t.start >= a and t.end <= b)
                assert list(fast) == list(plain)
                assert fast.positions() == plain.positions()
                assert [fast.matched(i) for i in range(len(fast))] == [plain.matched(i) for i in range(len(plain))]


def test_cuts_word_says_where_a_piece_keeps_the_sentences_tokens():
    for text, _ in _real_units()[::11]:
        for a in range(0, len(text) + 1, 5):
            b = min(len(text), a + 23)
            if not (W.cuts_word(text, a) or W.cuts_word(text, b)):
                own = [t.text for t in W.tokenize(text[a:b])]
                assert own == [t.text for t in W.tokenize(text) if t.start >= a and t.end <= b], (text, a, b)


# ------------------------------------------------------------------ the reading
def _fields(unit):
    return (unit.text, unit.item, unit.clauses, unit.hedged, unit.area_only, unit.capped, unit.vague, unit.question,
            unit.bare, unit.reference, unit.lead_colon, unit.additive, unit.scoped, list(unit.tokens))


def test_the_reading_with_shortcuts_is_the_full_reading_on_every_real_sentence():
    lang = load_codebook().language
    units = _real_units()
    differ = [text for text, item in units if _fields(read_unit(text, item, lang)) != _fields(read_unit(text, item, lang, full=True))]
    assert differ == []


@pytest.mark.parametrize("text", [
    "Vi har inte bara barngrupper, utan även samtal.",
    "Ingen samordnare, styrgrupp eller arbetsgrupp finns, övriga verksamheter saknar material.",
    "För att nå familjer samverkar vi med BVC, men inte på alla enheter.",
    "Enligt rutinen ska alla ombud gå utbildningen under 2025.",
    "KVÅ-koder: används ej",
])
def test_the_reading_with_shortcuts_is_the_full_reading_on_hard_sentences(text):
    lang = load_codebook().language
    assert _fields(read_unit(text, False, lang)) == _fields(read_unit(text, False, lang, full=True))


# ------------------------------------------------------------------ candidates by every word, regexes by needed words
def test_candidates_leave_out_no_cue_that_matches_and_keep_exactly_the_regexes_may_match_lets_run():
    """A cue of several words is a candidate only where each of its words matches some token, and the regular
    expressions kept are exactly those ``may_match`` lets run: on every real sentence, no cue that finds a match
    is left out, and the words filter leaves out many that do not."""
    tuples = _cue_tuples()
    matched = left_out = 0
    for text, _ in _real_units()[::3]:
        tokens = W.tokenize(text)
        for cues in tuples:
            kept = W.candidates(cues, tokens, text)
            assert [c for c in kept if c.regex is not None] == [c for c in cues if c.regex is not None and W.may_match(c.needs, text)]
            for cue in cues:
                if cue.regex is None and cue.find(text, tokens):
                    matched += 1
                    assert cue in kept, (text, cue.source)
                elif cue.regex is None and cue.first in tokens.positions() and cue not in kept:
                    left_out += 1  # its first word stands, another of its words does not
    assert matched > 1000 and left_out > 1000


def test_cues_of_words_are_candidates_exactly_where_every_word_stands_whichever_word_they_are_filed_under():
    """Filed under their rarest word, not their first, the cues of words kept are still exactly those each of
    whose words matches some token, in their order, for one tuple and for a tuple of tuples alike; and a cue
    that starts with an everyday word is filed under a rarer one."""
    tuples = _cue_tuples()
    groups = tuple(tuples)
    refiled = sum(W.filed_under(c)[0] != c.first for cues in tuples for c in cues if c.regex is None and c.first >= 0)
    assert refiled > 100
    cue = W.compile_cue("i startgroparna med")
    assert W.filed_under(cue)[0] == cue.words[1].key and W.filed_under(cue)[1] == {cue.first, cue.words[2].key}
    for text, _ in _real_units()[::3]:
        tokens = W.tokenize(text)
        words = tokens.positions().keys()
        every = [[c for c in cues if c.regex is None and c.first >= 0 and c.rest | {c.first} <= words] for cues in tuples]
        for cues, expected in zip(tuples, every):
            assert [c for c in W.candidates(cues, tokens, text) if c.regex is None] == expected, text
        found = W.group_candidates(groups, tokens, text)
        assert {g: [c for c in cues if c.regex is None] for g, cues in found.items()} == {
            g: expected for g, expected in enumerate(every) if expected or g in found}, text


@settings(max_examples=150, deadline=None)
@given(st.lists(PIECES, max_size=14).map(" ".join))
def test_regexes_kept_are_those_may_match_lets_run_on_made_up_text(text):
    tokens = W.tokenize(text)
    for cues in _cue_tuples():
        kept = W.candidates(cues, tokens, text)
        assert [c for c in kept if c.regex is not None] == [c for c in cues if c.regex is not None and W.may_match(c.needs, text)]


def test_a_unit_remembers_candidates_per_tuple_of_cue_lists_and_looks_up_joined_ones_once():
    """A unit asked for a tuple of cue tuples joined with others (the coder joins each level's, see
    tables._join_cues) gives, from the one lookup of the joined tuple, what a lookup of that tuple alone gives."""
    from bas_analysis.coding.tables import _join_cues

    book = load_codebook()
    lang = book.language
    _join_cues(book)
    groups_of = [lang.sentence_lists, lang.clause_lists]
    groups_of += [g for ind in book.indicators for g in (ind.rule_cues, ind.method_cues, ind.member_cues) if g]
    assert sum(W.family_of(groups) is not None for groups in groups_of) >= 10
    for text, item in _real_units()[::13]:
        unit = read_unit(text, item, lang)
        for _ in range(2):  # asked again: the remembered answer, still the one for that tuple
            for groups in groups_of:
                assert unit.group_candidates(groups) == W.group_candidates(groups, W.tokenize(text), text)


def test_tokens_made_as_tuples_are_tokens():
    for text, _ in _real_units()[::17]:
        for token in W.tokenize(text):
            assert type(token) is W.Token and token == W.Token(token.text, W.lemma_of(token.text), token.start, token.end)
            assert text[token.start : token.end].lower() == token.text


def test_case_odd_characters_are_every_character_that_lowers_out_of_step_with_the_tokens():
    """A text without CASE_ODD is tokenized on its lower-cased form: proved on all of Unicode that every other
    character lowers to one character, a word character exactly where it is one."""
    word = re.compile(W._WORD_CHAR)
    everything = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000]
    odd = {c for c in everything if len(c.lower()) != 1 or bool(word.match(c)) != bool(word.match(c.lower()))}
    assert odd == set(W.CASE_ODD)


@pytest.mark.parametrize("text", ["Vi har BRA-samtal", "\u0130stanbul och \u212aBT, \u212bSA", "STRASSE \u1e9e \u0178es", "ΣΟΦΙΑΣ och ÅSA", ""])
def test_tokens_of_a_lower_cased_text_are_those_of_the_text(text):
    slow = [(m.group(0).lower(), m.start(), m.end()) for m in W._TOKEN.finditer(text)]
    assert [(t.text, t.start, t.end) for t in W._tokenize(text)] == slow


def test_tokens_of_real_sentences_are_those_read_word_by_word():
    for text, _ in _real_units():
        slow = [(m.group(0).lower(), W.lemma_of(m.group(0).lower()), m.start(), m.end()) for m in W._TOKEN.finditer(text)]
        assert list(W._tokenize(text)) == slow


def test_a_cue_of_one_word_finds_what_extending_it_word_by_word_finds():
    cues = {cue for cues in _cue_tuples() for cue in cues if cue.regex is None and len(cue.words) == 1 and cue.words[0] is not None}
    assert len(cues) > 100
    found = 0
    for text, _ in _real_units()[::5]:
        tokens = W.tokenize(text)
        for cue in cues:
            slow = [W.Match(tokens[i].start, tokens[end].end, i, end) for i in tokens.at(cue.first)
                    if (end := cue._extend(tokens, i + 1, cue.words, 1)) is not None]
            assert cue.find(text, tokens) == slow and cue.search(text, tokens) == (slow[0] if slow else None)
            found += bool(slow)
    assert found > 500


# ------------------------------------------------------------------ generated pages, remembered answers
@lru_cache(maxsize=1)
def _generated_units() -> tuple[tuple[str, bool], ...]:
    """The sentences of pages made up by the benchmark (benchmarks/pages.py: both kinds of page)."""
    from benchmarks.pages import page as generated_page

    units = {unit for i in range(40) for unit in split_units(generated_page(i))}
    assert len(units) > 300
    return tuple(sorted(units))


def test_the_reading_with_shortcuts_is_the_full_reading_on_generated_sentences():
    lang = load_codebook().language
    differ = [text for text, item in _generated_units()
              if _fields(read_unit(text, item, lang)) != _fields(read_unit(text, item, lang, full=True))]
    assert differ == []


def _plain_matches(unit, cue) -> list:
    """What Unit.matches gave before it remembered its answers: the cue's matches that stay within one clause."""
    found = cue.find(unit.text, unit.tokens)
    if cue.regex is not None or len(unit.clauses) < 2:
        return found
    return [m for m in found if unit.clause_at(m.start) is unit.clause_at(max(m.start, m.end - 1))]


def test_a_unit_remembers_the_matches_of_each_cue_and_a_copy_starts_afresh():
    from dataclasses import replace

    book = load_codebook()
    lang = book.language
    groups_of = [g for ind in book.indicators for g in (ind.rule_cues, ind.method_cues, ind.member_cues) if g]
    compared = found = 0
    for text, item in _real_units()[::9] + _generated_units()[::3]:
        unit = read_unit(text, item, lang)
        cues = {cue for groups in groups_of for cues in unit.group_candidates(groups).values() for cue in cues}
        cues |= set(lang.hedges[:5])  # and some whose first word is not in the sentence
        for _ in range(2):  # asked again: the remembered answer
            for cue in cues:
                assert unit.matches(cue) == _plain_matches(unit, cue), (text, cue.source)
                compared += 1
                found += bool(unit.matches(cue))
        copy = replace(unit, clauses=unit.clauses[:1])  # a copy with other clauses reads its own
        assert all(copy.matches(cue) == _plain_matches(copy, cue) for cue in cues)
    assert compared > 3000 and found > 500


def test_says_is_whether_first_match_finds_one_on_the_exceptions_the_engines_ask():
    book = load_codebook()
    tuples = {id(t): t for ind in book.indicators for t in
              [*(c for rule in ind.rules for c in (rule.except_, rule.except_near, rule.anaphors)),
               ind.member_except, ind.member_except_near, ind.own_markers] if t}
    assert len(tuples) > 10
    compared = said = 0
    for text, _ in _real_units()[::11] + _generated_units()[::5]:
        pieces = [text, *(t.text for t in W.tokenize(text)), *_clause_texts(text)[:6]]
        for cues in tuples.values():
            for piece in pieces:
                for _ in range(2):  # the second answer is the remembered one
                    assert W.says(cues, piece) == (W.first_match(cues, piece) is not None), (piece, [c.source for c in cues])
                compared += 1
                said += W.says(cues, piece)
    assert compared > 50_000 and said > 100


def test_a_unit_remembers_the_matches_of_each_pattern_as_the_pattern_finds_them():
    """The counts' and ages' patterns asked of a unit (``Unit.finditer``, remembered per pattern) find what the
    pattern finds in the sentence, asked once or again."""
    book = load_codebook()
    patterns = [p for ind in book.indicators for p in (*ind.age_patterns, *ind.answer_patterns)]
    found = 0
    for text, item in _real_units()[::5]:
        unit = read_unit(text, item, book.language)
        for _ in range(2):
            for pattern in patterns:
                mine = [(m.span(), m.groupdict()) for m in unit.finditer(pattern)]
                assert mine == [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
                found += len(mine)
    assert found > 10


def _past_rules() -> list[tuple]:
    """(rule, its cues) of every block rule that counts what was and has ended (``when: past``)."""
    book = load_codebook()
    return [(rule, cues) for ind in book.indicators for rule, cues in zip(getattr(ind, "rules", ()) or (), getattr(ind, "rule_cues", ()) or ())
            if rule.when == "past"]


def _no_past_match_outside_a_past_clause(unit, rules) -> int:
    """Asks every match of the past rules' cues in ``unit`` (which has no past clause); gives how many were asked."""
    from bas_analysis.coding.engines.block import _clause_ok

    asked = 0
    for rule, cues in rules:
        for cue in cues:
            for m in unit.matches(cue):
                asked += 1
                assert not _clause_ok(rule.when, unit, m, None), (unit.text, rule.id)
    return asked


def test_a_past_rule_fires_only_in_a_unit_with_a_past_clause_on_the_real_pages():
    # block._fires skips a `when: past` rule in a unit without a past clause: no match there may count for it
    rules = _past_rules()
    assert len(rules) >= 3
    lang = load_codebook().language
    asked = 0
    for text, item in _real_units():
        unit = read_unit(text, item, lang)
        if not any(c.past for c in unit.clauses):
            asked += _no_past_match_outside_a_past_clause(unit, rules)
    assert asked > 100  # the cues are found in present clauses, and turned away there


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Vi", "hade", "har", "en", "syskongrupp", "samtal", "2015", "2024", "men", "den", "lades",
                                 "ned", "inte", "nu", "kartläggning", "arbetet", "pågår", ",", ".", "i", "fjol", "grupper"]),
                min_size=1, max_size=14))
def test_a_past_rule_fires_only_in_a_unit_with_a_past_clause_on_made_up_text(tokens):
    unit = read_unit(" ".join(tokens), False, load_codebook().language)
    if not any(c.past for c in unit.clauses):
        _no_past_match_outside_a_past_clause(unit, _past_rules())


def _scanned_span(tokens, start: int, end: int) -> tuple[int, int]:
    """The tokens a regular expression's match from ``start`` to ``end`` covers, found by a scan (the reference)."""
    first = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
    return first, max(first, next((i for i in range(len(tokens) - 1, -1, -1) if tokens[i].start < end), first))


def _regex_spans_agree(text: str, cues) -> int:
    tokens = W.tokenize(text)
    found = 0
    for cue in cues:
        for m in cue.finditer(text, tokens):
            assert (m.first, m.last) == _scanned_span(tokens, m.start, m.end), (text, cue.source)
            found += 1
    return found


def _regex_cues() -> list:
    return list(dict.fromkeys(c for cues in _cue_tuples() for c in cues if c.regex is not None))


def test_a_regex_matchs_tokens_found_by_bisection_are_those_a_scan_finds_on_the_real_pages():
    cues = _regex_cues()
    assert sum(_regex_spans_agree(text, cues) for text, _ in _real_units()) > 300


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab 12:–-.,", max_size=40))
def test_a_regex_matchs_tokens_found_by_bisection_are_those_a_scan_finds_on_made_up_text(text):
    cues = [W.compile_cue(r"re:\s*"), W.compile_cue(r"re:\d+\s*"), W.compile_cue(r"re:[:–-]"), W.compile_cue(r"re:b\W*a"),
            W.compile_cue(r"re:(?=a)")]
    _regex_spans_agree(text, cues)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="abå -", min_size=1, max_size=5), max_size=40))
def test_the_prefixes_of_each_string_are_those_a_scan_of_all_finds(strings):
    words = tuple(strings)
    assert W._Needles._prefixes(words) == {w: tuple(v for v in words if w.startswith(v)) for w in words}


def test_the_prefixes_of_each_needed_string_of_the_codebook_are_those_a_scan_of_all_finds():
    strings = sorted({s for cues in _cue_tuples() for c in cues if c.needs for need in c.needs for s in need})
    assert len(strings) > 100
    assert W._Needles._prefixes(tuple(strings)) == {w: tuple(v for v in strings if w.startswith(v)) for w in strings}
