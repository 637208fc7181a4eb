"""Reading: an answer's sentences, read once, with what the engines need.

In:  an answer text and the codebook's :class:`~bas_analysis.coding.codebook.Language`.
Out: a list of :class:`Unit` (sentences and list items) with their tokens,
     their clauses (each marked negated / past / plan) and sentence-level
     marks (hedged, capped, vague, a bare "Ja"/"Nej", a question, a
     cross-reference to another answer, a lead-in ending with a colon).

Readings are cached by text, so every indicator of a respondent reuses them:
an answer's sentences are read once, not once per indicator.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from .codebook import (ADDITIVE, AREA_HEDGES, CAPS, HEDGES, MODAL_PLANS, NORMS, NOT_NEGATIONS, PAST, PLAN_TIMES, PLANS,
                       SCOPE_QUALIFIERS, SCOPE_WORDS, UNIVERSAL, VAGUE, WISHES)
from .words import (Match, Needles, Token, Tokens, candidates, cuts_word, family_of, first_match, first_of, group_candidates,
                    may_run, narrow_candidates, split_family, tokenize)

# (not after an abbreviation a number follows: "uppdrag fr. 18 år", "fr.o.m. 18 år", "ca. 10 barn", "kl. 17", "nr. 3")
# (also a bar between the fields of a row, "Grupp: ja (7–12 år) | Enskilt: nej | Metod: …": each field says its own)
# (and a question of whether after a comma that the answer leaves open, "Barnen dokumenteras i journalen, om KVÅ-koder
# används kan vi inte svara på": it says nothing of what it asks, and nothing of the clause before it)
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\bfr\.)(?<!\bca\.)(?<!\bkl\.)(?<!\bnr\.)(?<!\bo\.m\.)\s+(?=[\"'”“(]?[A-ZÅÄÖÉ0-9•–-])|\n+|(?<=[a-zåäö.])\s*•\s*|\s+\|\s+"
                           r"|[,;]\s+(?=(?:men\s+)?(?:om|huruvida)\s[^.;,]{1,100}?\b(?:vet|kan|kunde|kunnat)\s+(?:vi|jag|man|de|ni)\s+(?:[\w-]+\s+){0,2}?(?:inte|ej)\b[^.;,]{0,30}(?:[.;!]|$))")
SHORT_ANSWER = 4  # words: a sentence this short that hedges or negates answers the question by itself
_INLINE_ITEM = re.compile(r"(?<=[,;:]\s)\d{1,2}\)\s")  # an item of a numbered list inside a sentence ("…: 1) samtal, 2) …")
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣∙*–—-]|\d+[.)])\s+")
_WORD = re.compile(r"\w")  # compiled once: asked of every piece of every answer
_TEXT_OF = itemgetter(0)  # a Token's text
_CLOSERS = ")]}\"”»'’"  # what may close a question written in brackets or quotes


def split_units(text: str) -> list[tuple[str, bool]]:
    """(sentence or list item, is a list item) pairs of an answer."""
    out = []
    for line in (text or "").split("\n"):
        is_item = bool(_BULLET.match(line))
        for part in _SENTENCE_END.split(line):
            part = part.strip(" •\t-–—")
            if part and _WORD.search(part):
                out.append((part, is_item))
    return out


def sentences(text: str) -> list[str]:
    """The sentences (and list items) of an answer."""
    return [s for s, _ in split_units(text)]


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    negated: bool = False
    past: bool = False
    plan: bool = False  # a plan or a wish: nothing that exists yet
    purpose_from: int = -1  # a purpose tail ("för att ...") from this offset on reads as a plan
    intent: bool = False  # a plan proper (not a mere wish): "planerar", "ska starta"
    indirect: bool = False  # an indirect question ("hur man jobbar med barn"): states nothing
    qualified: bool = False  # negated, with a qualifier of scope or regularity ("inget regionalt material")
    scoped: bool = False  # names parts of the organisation ("övriga verksamheter saknar material")
    norm: bool = False  # a norm or a task ("enligt rutinen ska …", "ombuden ska …"): prescribed, not shown practised
    others: bool = False  # another body's: the relative clause after a referral ("…, som har egna grupper")


@dataclass
class Unit:
    text: str
    tokens: list[Token]
    clauses: list[Clause]
    item: bool = False
    hedged: bool = False
    area_only: bool = False  # hedged only by naming a care area ("inom vuxenpsykiatrin")
    capped: bool = False
    vague: bool = False
    question: bool = False
    bare: str = ""  # "yes" / "no": starts with a bare "Ja" / "Nej"; "partial" / "no": a short hedge ("I viss mån.") or negation ("Inte ännu.")
    reference: tuple[str, str] | None = None  # ("number", "2") / ("previous", "") / ("topic", "dokumentation")
    lead_colon: bool = False
    additive: bool = False
    scoped: bool = False  # names parts of the organisation ("övriga verksamheter")
    labelled: bool = False  # a labelled field answered yes or no ("Habilitering: nej"): it says so of its label only
    _flags: dict = field(default_factory=dict, repr=False)
    # id of a tuple of cue tuples -> (the tuple, what group_candidates gave for it): a unit is asked by every indicator
    _candidates: dict = field(default_factory=dict, repr=False, compare=False)
    # id of a cue -> (the cue, its matches): asked again by every rule and indicator that shares the cue; a copy
    # (dataclasses.replace) starts without, since its clauses may differ
    _matches: dict = field(default_factory=dict, init=False, repr=False, compare=False)
    # id of a regular expression -> (it, its matches in the text): the engines' counts and ages, asked again where
    # the sentence recurs (they depend on the text alone)
    _found: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def clause_at(self, pos: int) -> Clause:
        for clause in self.clauses:
            if clause.start <= pos < clause.end:
                return clause
        return self.clauses[-1] if self.clauses else Clause(0, len(self.text))

    def qualified_negation(self, match: Match) -> bool:
        """Negated in a clause that limits a scope: with a qualifier ("inget regionalt material")
        or about parts of the organisation ("övriga verksamheter saknar material")."""
        clause = self.clause_at(match.start)
        return clause.qualified or (clause.negated and clause.scoped)

    def matches(self, cue) -> list[Match]:
        """The cue's matches in this unit that stay within one clause (remembered per cue: read them, do not
        change them)."""
        tokens = self.tokens
        if cue.first is not None and isinstance(tokens, Tokens) and cue.first not in tokens.positions():
            return []  # its first word is not in the sentence
        known = self._matches.get(id(cue))
        if known is not None and known[0] is cue:
            return known[1]
        found = cue.find(self.text, tokens)
        if found and cue.regex is None and len(self.clauses) > 1:  # a regular expression says itself how far it reaches
            found = [m for m in found if self.clause_at(m.start) is self.clause_at(max(m.start, m.end - 1))]
        self._matches[id(cue)] = (cue, found)
        return found

    def finditer(self, pattern) -> list:
        """``pattern.finditer(self.text)`` as a list, remembered per pattern (read them, do not change the list)."""
        known = self._found.get(id(pattern))
        if known is not None and known[0] is pattern:
            return known[1]
        found = list(pattern.finditer(self.text))
        self._found[id(pattern)] = (pattern, found)
        return found

    def group_candidates(self, groups) -> dict[int, list]:
        """Group position -> the cues of that group of the tuple of cue tuples ``groups`` that may match in this
        unit, for every group with any (what :func:`~.words.candidates` gives for each; see :func:`~.words.group_candidates`).
        Remembered per tuple (a unit recurs on many pages, and indicators that share a question ask for each
        other's cues): read the answer, do not change it."""
        tokens = self.tokens
        if not isinstance(tokens, Tokens):
            return {g: list(cues) for g, cues in enumerate(groups) if cues}
        memo = self._candidates
        known = memo.get(id(groups))
        if known is not None and known[0] is groups:
            return known[1]
        family = family_of(groups)
        if family is None:
            found = group_candidates(groups, tokens, self.text)
        else:  # the tuple was joined with others asked of the same sentences: one lookup for all of them
            joined, offset = family
            whole = memo.get(id(joined))
            if whole is None or whole[0] is not joined:
                whole = memo[id(joined)] = (joined, group_candidates(joined, tokens, self.text))
            found = None
            for member, part in split_family(joined, whole[1]):  # every member's share at once: each asks next
                memo[id(member)] = (member, part)
                if member is groups:
                    found = part
            if found is None:  # (a family no longer known as such)
                end = offset + len(groups)
                found = {g - offset: cues for g, cues in whole[1].items() if offset <= g < end}
        memo[id(groups)] = (groups, found)
        return found

    def flags(self, match: Match, indirect_is_plan: bool = True) -> tuple[bool, bool, bool]:
        """(negated, past, plan) for a cue match; an indirect question counts as a plan unless told otherwise."""
        clause = self.clause_at(match.start)
        plan = clause.plan or (clause.purpose_from >= 0 and match.start >= clause.purpose_from)
        # a cue whose words run on into another body's relative clause ("barn hänvisas till socialtjänsten (som har
        # egna samtalsgrupper)") names that body's work: denied like the clause it ends in
        negated = clause.negated or (match.end > clause.end and self.clause_at(match.end - 1).others)
        return negated, clause.past, plan or (indirect_is_plan and clause.indirect)

    @property
    def substantive(self) -> bool:
        """Says something of its own: not a bare yes/no, question, reference or vague remark."""
        words = [t for t in self.tokens if t.text.isalpha()]
        if self.vague or self.question or self.reference:
            return False
        if self.bare:
            return len(words) > 2 or self.labelled  # a field's label says of what ("Habilitering: nej")
        return len(words) >= 1


_COMMA = re.compile(r"[,:](?=\s)(?![^()]*\))")  # not inside brackets: "KVÅ-koderna (DU055, DU056) används inte"


def _clause_spans(text: str, lang, full: bool = False, present: frozenset | None = None) -> list[tuple[int, int, bool]]:
    """(start, end, starts after a comma) spans between clause breaks. A break runs only where the sentence
    holds the words it needs (:func:`~.words.may_run`, given ``present``; ``full``: every break runs)."""
    bounds: dict[int, bool] = {0: False}
    for m in _COMMA.finditer(text):
        bounds.setdefault(m.end(), True)
    breaks = lang.clause_breaks
    for k in range(len(breaks)) if full else may_run(breaks, text, present):  # the others cannot match: a word they need is not here
        pattern = breaks[k]
        for m in pattern.finditer(text):
            # the break word ("men") opens the next clause; a group named `at` marks where it breaks instead
            bounds[m.start("at") if "at" in pattern.groupindex else m.start()] = False
    positions = sorted(bounds)
    spans = []
    for i, pos in enumerate(positions):
        end = positions[i + 1] if i + 1 < len(positions) else len(text)
        if end > pos:
            spans.append((pos, end, bounds[pos]))
    return spans or [(0, len(text), False)]


def _negated(clause_text: str, tokens: list[Token], lang) -> bool:
    if not any(t.text in lang.negation_words for t in tokens):
        return False  # what is not a negation only takes negations away
    cleaned = lang.quoted_names.sub(lambda m: " " * len(m.group(0)), clause_text)
    for cue in candidates(lang.not_negations, tokenize(cleaned)):
        m = cue.search(cleaned, tokenize(cleaned))
        while m:
            cleaned = cleaned[: m.start] + " " * (m.end - m.start) + cleaned[m.end :]
            m = cue.search(cleaned, tokenize(cleaned))
    return any(t.text in lang.negation_words for t in tokenize(cleaned))


_INVERSION = re.compile(r"\s(?=[a-zåäö]+\s+(?:vi|jag|de|man|hon|han|ni)\b)", re.IGNORECASE)


def _split_leading_purpose(text: str, spans, lang):
    """ "För att nå familjer samverkar vi med BVC": the purpose ends where the main clause's verb comes first."""
    out = []
    for start, end, soft in spans:
        m = lang.purpose_clause.search(text[start:end])
        inv = _INVERSION.search(text, start + m.end(), end) if m and not text[start : start + m.start()].strip() else None
        if inv:
            out += [(start, inv.start(), soft), (inv.start(), end, False)]
        else:
            out.append((start, end, soft))
    return out


def _starts_with_att(tokens, lang) -> bool:
    """The clause starts with "att", also after a joining word ("och att", "samt att"): an item of a list of "att" clauses."""
    words = [t.text for t in tokens[:2]]
    return bool(words) and (words[0] == "att" or (len(words) == 2 and words[0] in lang.list_joins and words[1] == "att"))


def modal_reading(text: str, tokens: list[Token], lang, found: dict | None = None) -> str:
    """What a "ska" + verb says: "plan" ("vi ska starta grupper", "… ska starta under 2025"), "norm" (a norm
    or a task: "enligt rutinen ska …", "ombuden ska stödja …", "som all personal ska gå") or "" (no "ska").
    ``found``: the candidates of the language's clause lists in ``text`` (:func:`_clause_candidates`)."""
    if found is None:
        tokens = tokens if isinstance(tokens, Tokens) else Tokens(tokens)
        found = _clause_candidates(text, tokens, lang)
    if not first_of(found.get(MODAL_PLANS, ()), text, tokens):
        # "ska" + a passive under a norm ("enligt rutinen ska barnen antecknas"): prescribed, not shown practised
        # (the candidates first: most clauses have no norm's, and then the pattern need not run); with a time
        # ahead and no norm ("arbetet ska inledas under 2025", "en grupp ska startas till hösten"): a plan
        norms = found.get(NORMS)
        times = found.get(PLAN_TIMES)
        if (norms or times) and lang.modal_passive.search(text):
            norm = bool(norms) and first_of(norms, text, tokens) is not None
            ahead = bool(times) and first_of(times, text, tokens) is not None
            if norm and not ahead:
                return "norm"
            if ahead and not norm:
                return "plan"
        return ""
    if first_of(found.get(PLAN_TIMES, ()), text, tokens) or not first_of(found.get(NORMS, ()), text, tokens):
        return "plan"
    return "norm"


def _clause_candidates(text: str, tokens: Tokens, lang) -> dict[int, list]:
    """The cues of the language's clause lists (past, plans, wishes, "ska", times ahead, norms) that may match
    in ``text``, by list position: one lookup for all six (what :func:`~.words.candidates` gives for each)."""
    return group_candidates(lang.clause_lists, tokens, text)


@lru_cache(maxsize=8)
def _regex_lists(lang) -> frozenset[int]:
    """The positions of the language's sentence lists that hold a regular expression (made once per language)."""
    return frozenset(i for i, cues in enumerate(lang.sentence_lists) if not lang.words_only(cues))


@lru_cache(maxsize=8)
def _scope_cues(lang) -> tuple:
    """The scope words and qualifiers as one tuple, made once per language (a tuple kept alive is looked up by first word)."""
    return lang.scope_words + lang.scope_qualifiers


@lru_cache(maxsize=8)
def _reading_lists(lang) -> tuple:
    """The language's sentence lists, then its clause lists, as one tuple of cue tuples (made once per language):
    a sentence is looked up once for both."""
    return lang.sentence_lists + lang.clause_lists


@lru_cache(maxsize=8)
def _needles(lang) -> Needles:
    """One search of a sentence for the words needed by its sentence patterns, its clause breaks and the regular
    expressions of its lists, instead of three (made once per language)."""
    return Needles(patterns=(_sentence_patterns(lang), lang.clause_breaks), groups=(_reading_lists(lang),))


_PURPOSE, _INDIRECT, _BARE_YES, _BARE_NO, _CROSS_REFERENCES = range(5)  # positions in _sentence_patterns(lang)


@lru_cache(maxsize=8)
def _sentence_patterns(lang) -> tuple[re.Pattern, ...]:
    """The language's sentence patterns as one tuple, made once per language (a tuple kept alive is asked of a
    sentence at once, :func:`~.words.may_run`): purpose, indirect question, bare yes, bare no, then the
    cross-references."""
    return (lang.purpose_clause, lang.indirect_question, lang.bare_yes, lang.bare_no, *lang.cross_references)


def _object_first(tokens, before, lang) -> bool:
    """A short clause of its own that names its object first ("grupper har vi inte"), after a clause with a subject of
    its own ("Vi träffar barn i samtal, …"): not a predicate negating what it follows."""
    words = [t.text for t in tokens]
    return (len(words) >= 4 and words[0] not in lang.clause_subjects and words[0] not in lang.contrast_adverbs
            and words[0] not in lang.back_references and words[2] in lang.personal_subjects
            and any(t.text in lang.personal_subjects for t in before))


def read_unit(text: str, item: bool, lang, full: bool = False) -> Unit:
    """One sentence or list item read: its tokens, its clauses and their marks, the sentence's marks.

    The language's sentence lists are looked up once for the whole sentence: a list none of whose words
    stands in the sentence (and that holds no regular expression) cannot match in any of its clauses
    either, so those clauses are not asked (a clause cut inside a word is asked as before). The same
    lookup gives the clause lists' candidates in the sentence, which hold those of every clause (a
    clause's tokens are some of the sentence's, its text a piece of the sentence's): where it gives
    none, no clause is looked up, a clause that is the whole sentence takes them as they are, and any other
    clause asks only those again (:func:`~.words.narrow_candidates`). The
    language's patterns (purpose, indirect question, bare yes/no, cross-references) run only where the
    sentence holds the words they need (:func:`~.words.may_run`), and so do the clause breaks. A clause of whole words asks the
    scope cues with its own tokens (the sentence's within it) instead of tokenizing its text anew.
    ``full`` asks every clause all the same, with every pattern: the reference these shortcuts are
    tested against."""
    tokens = tokenize(text)
    sentence_lists = len(lang.sentence_lists)
    if full:
        said = group_candidates(lang.sentence_lists, tokens, text)  # list position -> its cues that may match the sentence
        clause_said = present = None
    else:
        present = _needles(lang).present(text, tokens)  # the needed words of every list, pattern and break in the sentence
        both = group_candidates(_reading_lists(lang), tokens, text, present)
        said = {g: cues for g, cues in both.items() if g < sentence_lists}
        clause_said = {g - sentence_lists: cues for g, cues in both.items() if g >= sentence_lists}
    # a pattern runs only where the sentence holds the words it needs: where it does not, it cannot match the
    # sentence nor any piece of it (a piece's lower-cased form is a piece of the sentence's)
    patterns = _sentence_patterns(lang)
    runs = range(len(patterns)) if full else may_run(patterns, text, present)
    purposes = _PURPOSE in runs  # a purpose clause may stand in the sentence
    indirects = _INDIRECT in runs
    # the lists that may match a clause: those the sentence may say, and those with a regular expression
    may = range(len(lang.sentence_lists)) if full else said.keys() | _regex_lists(lang)
    may_say = may.__contains__
    exemptions = may_say(NOT_NEGATIONS) or lang.quoted_names.search(text) is not None
    # a quoted name blanked in the whole sentence, not per clause: a name a dash splits into clauses ("Projektet
    # "Syns du inte – finns du inte" genomförs …") negates none of them
    unquoted = lang.quoted_names.sub(lambda m: " " * len(m.group(0)), text) if exemptions else text
    scope_cues = may_say(SCOPE_WORDS) or may_say(SCOPE_QUALIFIERS)
    spans = _clause_spans(text, lang, full, present)
    if purposes:
        spans = _split_leading_purpose(text, spans, lang)
    parts = []
    carry_negation = False
    negation_words = lang.negation_words
    some_negation = not negation_words.isdisjoint([t.text for t in tokens])  # a clause of whole words has one only then
    for start, end, soft in spans:
        part_tokens = tokens.within(start, end)
        whole_words = not (cuts_word(text, start) or cuts_word(text, end))  # the clause's tokens are the sentence's
        if exemptions or not whole_words:
            negated = _negated(unquoted[start:end], part_tokens, lang)
        else:  # no "inte bara" and the like in the sentence: a negation word is a negation
            negated = some_negation and any(t.text in negation_words for t in part_tokens)
        if negated or (soft and carry_negation):
            words = {t.text for t in part_tokens}
            if not negated and not words & lang.clause_subjects:
                negated = True  # "ingen samordnare, styrgrupp eller arbetsgrupp": the list stays negated
            carry_negation = negated and (bool(words & lang.negation_determiners) or carry_negation)
        else:
            carry_negation = False
        parts.append([start, end, soft, negated, part_tokens, whole_words])
    # a short negated predicate after a comma or colon negates what it follows:
    # "KVÅ-koder: används ej", "Något stöd till barnen, samtal eller grupper, har vi inte"
    for i in range(1, len(parts)):
        start, end, soft, negated, part_tokens, whole_words = parts[i]
        # (also after an adverb of contrast: "…, dock inte i tandvården", "…, men ännu inte på vårdcentralerna")
        lead = next((k for k, t in enumerate(part_tokens[:3]) if t.text not in lang.contrast_adverbs), len(part_tokens))
        contrast = (len(part_tokens) > lead + 1 and part_tokens[lead].text in lang.negation_words
                    and part_tokens[lead + 1].text in lang.prepositions)
        # nor a clause with a subject of its own that names a part or a kind ("…, övriga verksamheter saknar
        # material", "…, regionövergripande material saknas"): that limits the scope, it negates nothing before it
        if not contrast and (scope_cues or not whole_words):
            clause_text = text[start:end]
            own_tokens = part_tokens if whole_words and not full else tokenize(clause_text)  # the same words
            contrast = bool(first_match(_scope_cues(lang), clause_text, own_tokens))
        # nor a denied plan, which denies only what is ahead ("Gruppen – vilande sedan i fjol, ingen omstart planerad")
        if not contrast and negated and soft and len(part_tokens) <= 4 and (clause_said is None or PLANS in clause_said):
            plans = (clause_said if clause_said is not None else _clause_candidates(text[start:end], part_tokens, lang)).get(PLANS, ())
            contrast = first_of(plans, text[start:end], part_tokens) is not None
        # nor a clause of its own with its object first, after a clause with a subject of its own ("Vi träffar barn i
        # samtal, grupper har vi inte"): it denies its own object only
        if not contrast and negated and soft and len(part_tokens) <= 4:
            contrast = _object_first(part_tokens, parts[i - 1][4], lang)
        # nor a next step in time ("…, därefter ges ingen fortbildning"): it denies what comes after only
        if not contrast and negated and soft and part_tokens and part_tokens[0].text in lang.sequence_adverbs:
            contrast = True
        if negated and soft and len(part_tokens) <= 4 and not contrast:  # not "…, inte på vårdcentralerna"
            j = i - 1
            while j >= 0:
                parts[j][3] = True
                if not parts[j][2]:
                    break
                j -= 1
    # "Någon samordnare, styrgrupp eller motsvarande finns inte": a list opened by "någon" before a denied predicate is
    # denied whole (back over the comma segments without a subject of their own, to the one "någon" opens)
    for i in range(1, len(parts)):
        if parts[i][3] and parts[i][2] and not parts[i - 1][3]:
            j = i - 1
            while j > 0 and parts[j][2] and len(parts[j][4]) <= 4 and not {t.text for t in parts[j][4]} & lang.clause_subjects:
                j -= 1
            head = parts[j][4]
            if (not parts[j][2] and 0 < len(head) <= 4 and head[0].text in lang.polarity_determiners
                    and not {t.text for t in head} & lang.clause_subjects):
                for k in range(j, i):
                    parts[k][3] = True
    # "KVÅ-koder däremot har vi inte börjat använda", "Barnombud däremot finns inte": a short opening with no subject of its
    # own before a contrast adverb that breaks the clause is the fronted object or subject of the denied clause after it
    for i in range(1, len(parts)):
        if (parts[i][3] and not parts[i][2] and not parts[i - 1][3] and 0 < len(parts[i - 1][4]) <= 3
                and lang.break_adverbs.match(text, parts[i][0])
                and not {t.text for t in parts[i - 1][4]} & lang.clause_subjects):
            parts[i - 1][3] = True
    # "Någon uppföljning av hur den används har inte gjorts": the negation after an embedded question is the main clause's
    for i in range(1, len(parts)):
        if parts[i][3] and indirects and lang.indirect_question.search(text[parts[i][0] : parts[i][1]]) and not parts[i - 1][3]:
            parts[i - 1][3] = True
    clauses: list[Clause] = []
    for start, end, soft, negated, part_tokens, _ in parts:
        part = text[start:end]
        purpose = lang.purpose_clause.search(part) if purposes else None
        main = part[: purpose.start()] if purpose else part
        main_tokens = part_tokens.within(start, start + len(main)) if purpose else part_tokens
        if clause_said is None:
            found = _clause_candidates(main, main_tokens, lang)
        elif not clause_said or main_tokens is tokens and main == text:
            found = clause_said  # none in the sentence, so none in the clause; or the clause is the sentence
        else:  # the clause's are among the sentence's: only those are asked again
            found = narrow_candidates(clause_said, main_tokens, main)
        past = bool(first_of(found.get(PAST, ()), main, main_tokens))
        modal = modal_reading(main, main_tokens, lang, found)
        intent = bool(first_of(found.get(PLANS, ()), main, main_tokens)) or modal == "plan"
        plan = intent or bool(first_of(found.get(WISHES, ()), main, main_tokens))
        indirect = indirects and bool(lang.indirect_question.search(part))
        # the clause's tokens are the sentence's: a list of words only that the sentence does not hold is not here
        qualified = negated and may_say(SCOPE_QUALIFIERS) and bool(first_match(lang.scope_qualifiers, part, part_tokens))
        if qualified and lang.whole_negations and first_match(lang.whole_negations, part, part_tokens) is not None:
            qualified = False  # "ingen central samordnare längre": the thing itself is gone, not only its scope
        scoped = may_say(SCOPE_WORDS) and bool(first_match(lang.scope_words, part, part_tokens))
        norm = modal == "norm" and not plan
        clauses.append(Clause(start, end, negated, past, plan, start + purpose.start() if purpose else -1, intent, indirect, qualified, scoped, norm))
    # an indirect question takes the plan of the clause it depends on ("ska se över hur vi kan samverka"), and so does
    # a short continuation after a comma without a subject of its own ("Vi vill starta sorggrupper, och syskongrupper.")
    for i in range(1, len(clauses)):
        start, end, soft, _, part_tokens, _ = parts[i]
        continuation = soft and len(part_tokens) <= 4 and not {t.text for t in part_tokens} & lang.clause_subjects
        # (and what a plan's label heads: "Mål: grupp för tonåringar i höst", "Plan: starta samtal")
        label = len(parts[i - 1][4]) <= 2 and text[clauses[i - 1].start : clauses[i - 1].end].rstrip().endswith(":")
        # (and the next item of a list of "att" clauses after a comma: "Mål: att alla ska ha gått en kurs, att det ska
        # finnas material och …": each goal of the list is one, as the first)
        parallel = soft and clauses[i - 1].plan and _starts_with_att(parts[i][4], lang) and _starts_with_att(parts[i - 1][4], lang)
        if (clauses[i].indirect or continuation or label or parallel) and clauses[i - 1].plan and not clauses[i].plan:
            clauses[i] = Clause(**{**clauses[i].__dict__, "plan": True, "intent": clauses[i - 1].intent})
    # "Tonårsgruppen har sedan i fjol | ersatt syskongruppen vi hade": a clause opened by an active verb of replacing names
    # what ended (past), its subject before it runs now (in any tense or word order of the subject's clause; a clause that
    # refers back to it later may still make it past, below)
    if len(clauses) > 1 and ("ersat" in text or "ersät" in text or "avlös" in text or "över efter" in text):
        for i in range(1, len(clauses)):
            c = clauses[i]
            if c.negated or c.plan or not lang.replaces_front.match(text[c.start : c.end]):
                continue
            clauses[i] = Clause(**{**c.__dict__, "past": True})
            if not clauses[i - 1].negated and not clauses[i - 1].plan:
                clauses[i - 1] = Clause(**{**clauses[i - 1].__dict__, "past": False})
    # "Vi hade en barngrupp, men den lades ner": a past clause that refers back makes the clause it refers to past
    # (back over the comma segments without a subject of their own that continue it: "Vi hade en grupp, Klubb Simon, …")
    for i in range(len(clauses) - 1, 0, -1):
        back = lang.past_back.search(text[clauses[i].start : clauses[i].end]) if clauses[i].past else None
        if back:
            # (a noun naming a kind of work takes up no clause naming another kind: "Vi har samtal, men gruppen lades ner")
            noun = (back.groupdict().get("noun") or "").lower()
            others = [k for k in lang.past_back_kinds if k not in noun] if noun else []
            j = i - 1
            while j >= 0:
                if others and any(k in text[clauses[j].start : clauses[j].end].lower() for k in others):
                    break
                clauses[j] = Clause(**{**clauses[j].__dict__, "past": True})
                if not parts[j][2]:
                    break
                j -= 1
    # "ME-WE pausades 2023 men återupptogs 2024", "Klubb Simon lades ned och ersattes av BRA-samtal": a clause after an
    # ended one, affirmed and no plan, that says what ended was taken up again, or what came in its place, speaks of the
    # present; taken up again, what the clause before it names runs again too ("… men har inte startats igen" is denied,
    # "… ska återupptas" a plan: both left as they are)
    for i in range(1, len(clauses)):
        c = clauses[i]
        if c.negated or c.plan or not any(p.past for p in clauses[:i]):
            continue
        part = text[c.start : c.end]
        if lang.renewed_back.search(part):
            clauses[i] = Clause(**{**c.__dict__, "past": False})
            if clauses[i - 1].past and not clauses[i - 1].negated:
                clauses[i - 1] = Clause(**{**clauses[i - 1].__dict__, "past": False})
        elif c.past and lang.replaced_by.search(part):
            clauses[i] = Clause(**{**c.__dict__, "past": False})
    # "Kyrkan driver egna grupper, men dit har vi ingen koppling": what the clause before names is others' work, none of
    # the unit's: read as denied (back over the comma segments that continue it, as a past clause referring back)
    for i in range(len(clauses) - 1, 0, -1):
        if clauses[i].negated and lang.no_link_back.search(text[clauses[i].start : clauses[i].end]):
            j = i - 1
            while j >= 0:
                clauses[j] = Clause(**{**clauses[j].__dict__, "negated": True})
                # (and over a break an adverb made inside the clause: "Kyrkan driver | däremot egna grupper")
                if not parts[j][2] and not lang.break_adverbs.match(text, clauses[j].start):
                    break
                j -= 1
    # "Barnen hänvisas till socialtjänsten, som har egna BRA-samtal", "(vi slussar vidare till BUP, där de får gå i grupp)":
    # the relative clause after a referral names the other body's work, none of the unit's: read as denied (the words
    # looked for first: most sentences refer nobody)
    if len(clauses) > 1 and ("hänvis" in text or "sluss" in text or "remitt" in text or "lotsa" in text):
        for k in range(1, len(clauses)):
            if (lang.other_lead_relative.match(text[clauses[k].start : clauses[k].end])
                    and lang.referral_lead.search(text[clauses[k - 1].start : clauses[k - 1].end])):
                clauses[k] = Clause(**{**clauses[k].__dict__, "negated": True, "others": True})
    # "Till skillnad från Kalmar, som har Trappan, har vi …": an opening that sets the unit against another names the
    # other's work, none of the unit's: it and the relative clauses that continue it read as denied (the words looked
    # for first: most sentences hold none of them)
    if len(clauses) > 1 and ("skillnad" in text or "motsats" in text or "mfört" in text) and lang.other_lead.match(text):
        clauses[0] = Clause(**{**clauses[0].__dict__, "negated": True})
        for k in range(1, len(clauses)):
            if not parts[k][2] or not lang.other_lead_relative.match(text[clauses[k].start : clauses[k].end]):
                break
            clauses[k] = Clause(**{**clauses[k].__dict__, "negated": True})
    # "… kring en sorggrupp som ska starta till våren": the thing a relative clause says is yet to start is planned
    # (the clause breaks set the thing apart from the rest of its clause)
    i = 1
    while i < len(clauses):
        # (a wish in it, "… som vi gärna vill komma igång med", makes the noun wished, not planned)
        if clauses[i].plan and not clauses[i - 1].plan and lang.plan_back.search(text[clauses[i].start : clauses[i].end]):
            # (back over the comma segments that continue it: "Hopp, grupp för tonåringar – start planerad i höst")
            j = i - 1
            while j >= 0 and not clauses[j].plan:
                # (not past the item of a numbered list it stands in: "I dag erbjuder vi: 1) samtal, 2) en grupp, som ska
                # starta i höst": only the last item is planned)
                items = [m.start() for m in _INLINE_ITEM.finditer(text, clauses[j].start, clauses[j].end)] if ")" in text else []
                if items and items[-1] > clauses[j].start:
                    head = clauses[j]
                    clauses[j : j + 1] = [Clause(**{**head.__dict__, "end": items[-1]}),
                                          Clause(**{**head.__dict__, "start": items[-1], "plan": True, "intent": clauses[i].intent})]
                    i += 1
                    break
                clauses[j] = Clause(**{**clauses[j].__dict__, "plan": True, "intent": clauses[i].intent})
                if not parts[j][2]:
                    break
                j -= 1
        i += 1
    unit = Unit(text, tokens, clauses, item=item)
    present = [(c.start, c.end) for c in clauses if not c.past]
    in_present = lambda m: any(a <= m.start < b for a, b in present)
    unit.hedged = any(in_present(m) for cue in said.get(HEDGES, ()) for m in cue.finditer(text, tokens))
    if not unit.hedged and not first_of(said.get(UNIVERSAL, ()), text, tokens):
        unit.hedged = unit.area_only = any(in_present(m) for cue in said.get(AREA_HEDGES, ()) for m in cue.finditer(text, tokens))
    unit.capped = bool(first_of(said.get(CAPS, ()), text, tokens))
    unit.vague = bool(first_of(said.get(VAGUE, ()), text, tokens))
    unit.question = text.rstrip().rstrip(_CLOSERS).endswith("?")  # also in brackets or quotes: "(Används KVÅ-koder?)"
    if _BARE_YES in runs and lang.bare_yes.search(text):
        unit.bare = "yes"
    elif _BARE_NO in runs and lang.bare_no.search(text):
        unit.bare = "no"
    elif sum(map(str.isalpha, map(_TEXT_OF, tokens))) <= SHORT_ANSWER and not unit.question and not unit.vague:
        # a short answer of its own is a bare answer too: "I viss mån.", "Varierar mellan förvaltningarna.",
        # "Inte ännu.", "Finns ej." (not "Inte regelbundet.": a negated qualifier denies only the qualifier;
        # not "Vet ej.": not knowing says nothing)
        if unit.hedged or unit.capped:
            unit.bare = "partial"
        elif any(c.negated and not c.qualified and not c.past for c in clauses):
            unit.bare = "no"
    for k in range(_CROSS_REFERENCES, len(patterns)):
        m = patterns[k].search(text) if k in runs else None
        if m:
            groups = {k: v for k, v in m.groupdict().items() if v}
            if "number" in groups:
                unit.reference = ("number", groups["number"])
            elif "topic" in groups:
                unit.reference = ("topic", groups["topic"].lower())
            else:
                unit.reference = ("previous", "")
            break
    unit.lead_colon = text.rstrip().endswith(":")
    # a field of a row, its label then a bare yes or no after the colon ("Psykiatri: ja | Habilitering: nej"): the answer
    # is the label's, a part of what the question asks of (not a bare answer of the sentence: the label comes first)
    if ":" in text and not (lang.bare_yes.search(text) or lang.bare_no.search(text)):
        label, _, value = text.rpartition(":")
        if (label.strip() and len(label.split()) <= 6 and len(value.split()) <= 2
                and ((_BARE_YES in runs and lang.bare_yes.search(value)) or (_BARE_NO in runs and lang.bare_no.search(value)))):
            unit.labelled = True
    unit.additive = bool(first_of(said.get(ADDITIVE, ()), text, tokens))
    unit.scoped = bool(first_of(said.get(SCOPE_WORDS, ()), text, tokens))
    return unit


# A respondent's answers are read by every indicator one after the other, and stock answers recur: a
# few thousand recent readings keep those hits. A worker of a large build reads tens of thousands of
# distinct answers; kept all, they held about 60 KB per page in each worker process (10,000 pages:
# 360 MiB per worker), so the cache is bounded by what is reused, not by what is seen.
@lru_cache(maxsize=4096)
def _read_cached(text: str, lang) -> tuple[Unit, ...]:
    return tuple(_read_unit_cached(s, item, lang) for s, item in split_units(text))


# Stock sentences recur in answers that differ ("Nej.", "Se svar ovan.", a sentence kept from the last wave):
# a unit is read once per process while it is among the recent ones.
_read_unit_cached = lru_cache(maxsize=8192)(read_unit)


def read(text: str, lang) -> list[Unit]:
    """The units of an answer (cached: read once per text and codebook language)."""
    return list(_read_cached(text or "", lang))
