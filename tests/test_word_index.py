"""The cue-word index answers exactly what testing every word would (coding/words.py).

The coder finds a cue's candidates by looking a token's forms, prefixes and
suffixes up in an index instead of testing every cue word against every
token; these tests compare the two on every word of the codebook.
"""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bas_analysis.coding import compile_cue, load_codebook
from bas_analysis.coding import words as W

SEEDS = Path(__file__).resolve().parents[1] / "data" / "raw"


def brute_force(text: str, lemma: str) -> frozenset:
    return frozenset(key for word, key in W._WORDS.keys.items() if word.test(text, lemma))


def test_index_agrees_with_every_word_on_the_seed_pages():
    load_codebook()
    tokens = {(t.text, t.lemma) for page in sorted(SEEDS.glob("*.txt")) for t in W.tokenize(page.read_text(encoding="utf-8"))}
    assert len(tokens) > 500 and len(W._WORDS.keys) > 300
    wrong = [(text, lemma) for text, lemma in tokens if W._WORDS.matching(text, lemma) != brute_force(text, lemma)]
    assert wrong == []
    # the index is not trivially empty: compounds match by their head, prefixes by their start
    anyone = {W._WORDS.keys[w] for w in W._WORDS.keys if w.form == "grupp" and w.mode == "any"}
    assert anyone and anyone <= W._WORDS.matching("barngrupperna", W.lemma_of("barngrupperna"))


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="abdegiklmnoprstuvåäö", min_size=1, max_size=14))
def test_index_agrees_with_every_word_on_made_up_words(word):
    load_codebook()
    lemma = W.lemma_of(word)
    assert W._WORDS.matching(word, lemma) == brute_force(word, lemma)


def test_a_cue_made_after_a_text_was_read_still_finds_it():
    load_codebook()  # the codebook's words are known (whatever ran before in this process)
    text = "Vi har startat en vuxenkvistgrupp för föräldrar."
    tokens = W.tokenize(text)
    assert tokens.positions()  # indexed with the words known so far
    cue = compile_cue("*kvistgrupp")  # a word no codebook has: new key, the list is indexed again
    assert cue.search(text, tokens) is not None
    assert compile_cue("kvistgrupp=").search(text) is None  # the exact form alone is not the compound


def test_words_keep_their_meaning_across_processes():
    import pickle

    cue = compile_cue("barngrupp")
    again = pickle.loads(pickle.dumps(cue))
    assert again == cue and again.first == cue.first  # same process: same key
    assert again.search("Vi har två barngrupper.") is not None


def _regex_lists():
    """Every tuple of cues of the codebook that holds two or more regular expressions (language lists, rules, members)."""
    book = load_codebook()
    lang = book.language
    lists = [v for v in vars(lang).values() if isinstance(v, tuple) and v and isinstance(v[0], W.Cue)]
    for ind in book.indicators:
        lists += [rule.cues for rule in ind.rules] + [cues for _, cues in ind.members] + [cues for *_, cues in ind.methods]
    return [cues for cues in lists if sum(c.regex is not None for c in cues) >= 2]


def test_candidates_keep_every_pattern_that_finds_something():
    """candidates() leaves out a list's regular expressions whose needed words are not in the sentence: on every
    sentence of the real pages it keeps each pattern that finds something there, and the word cues as before."""
    from bas_analysis.coding.reading import sentences
    from corpus import require_corpus

    texts = {s for folder in (require_corpus(), require_corpus().parent / "challenge") for page in sorted(folder.rglob("*.txt"))
             for s in sentences(page.read_text(encoding="utf-8", errors="replace"))}
    lists = _regex_lists()
    assert len(texts) > 1000 and len(lists) >= 4
    hits = left_out = 0
    for cues in lists:
        for text in texts:
            tokens = W.tokenize(text)
            kept = [c for c in W.candidates(cues, tokens, text) if c.regex is not None]
            finding = [c for c in cues if c.regex is not None and c.regex.search(text)]
            assert all(c in kept for c in finding), (text, [c.source for c in finding])
            hits += bool(finding)
            left_out += sum(c.regex is not None for c in cues) - len(kept)
            assert [c for c in W.candidates(cues, tokens, text) if c.regex is None] == [c for c in W.candidates(cues, tokens) if c.regex is None]
    assert hits > 0 and left_out > 1000  # the patterns do find something on real pages, and most are not tried


def test_a_regex_cue_stands_where_its_group_at_starts():
    cue = compile_cue(r"re:\bgrupp\w*\b[^.]{0,40}?;\s*(?P<at>inga\s+sådana)\b")
    text = "Vi planerar en grupp; inga sådana finns ännu."
    (match,) = cue.find(text, W.tokenize(text))
    assert text[match.start : match.end] == "inga sådana"
    # without the group the match stands where it starts
    plain = compile_cue(r"re:\bgrupp\w*\b[^.]{0,40}?;\s*inga\s+sådana\b")
    (match,) = plain.find(text, W.tokenize(text))
    assert text[match.start :].startswith("grupp")
