"""Codebook: load ``data/codebook.yaml``, validate it, compile its cues.

In:  a codebook YAML file (default: the package's ``data/codebook.yaml``).
Out: a frozen :class:`Codebook` (language, indicators with compiled cues and
     their engine name) or one :class:`~bas_analysis.errors.CodebookError`
     naming the file and the entry at fault.

The file is validated against a declared schema (pydantic models below):
an empty or non-mapping file, a misspelt key, a rule without cues or an
unknown value is rejected before anything is coded.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import CodebookError
from ..vocab import STAGES, VALUES
from ..yamlfile import YAMLError, read_yaml
from .words import Cue, compile_cue, compile_cues, keep_forms, number_regex

CATEGORICAL_VALUES = [v for v in VALUES if v != "unknown"]


# ------------------------------------------------------------ the schema
class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


def _no_empty(cues: list[str]) -> list[str]:
    if any(not str(c).strip() for c in cues):
        raise ValueError("a cue is empty")
    return cues


class LanguageSpec(_Strict):
    negations: list[str] = Field(min_length=1)
    negation_determiners: list[str] = []
    polarity_determiners: list[str] = []
    addressing: list[str] = []
    not_negations: list[str] = []
    clause_breaks: list[str] = []
    clause_subjects: list[str] = []
    prepositions: list[str] = []
    contrast_adverbs: list[str] = []
    personal_subjects: list[str] = []
    back_references: list[str] = []
    break_adverbs: list[str] = []
    list_joins: list[str] = []
    sequence_adverbs: list[str] = []
    keep_forms: list[str] = []
    hedges: list[str] = []
    area_hedges: list[str] = []
    universal: list[str] = []
    caps: list[str] = []
    vague: list[str] = []
    answered_elsewhere: list[str] = []
    past: list[str] = []
    wishes: list[str] = []
    plans: list[str] = []
    modal_plans: list[str] = []
    norms: list[str] = []
    plan_times: list[str] = []
    purpose_clause: str = r"re:(?!x)x"
    # "ska" + a passive ("ska barnen antecknas"): under a norm, prescribed rather than shown practised
    modal_passive: str = r"re:(?!x)x"
    # a past clause that refers back ("…, men den lades ner"): what it refers to is past too
    past_back: str = r"re:(?!x)x"
    past_back_kinds: list[str] = []  # kinds of work a noun of past_back may name (group "noun")
    # a relative clause saying the thing is yet to start ("…, en syskongrupp som ska starta i höst"): the thing is planned
    plan_back: str = r"re:(?!x)x"
    # a sentence that opens with the use of what was named before it ("Används mest inom psykiatrin", "Den används sällan")
    use_back: str = r"re:(?!x)x"
    limit_back: str = r"re:(?!x)x"
    # a clause that adds a further thing to the one before ("…, och dessutom finns en webbkurs för …")
    addition_back: str = r"re:(?!x)x"
    plan_denied_back: str = r"re:(?!x)x"
    # a clause denying any link of the unit to what the clause before names ("…, men dit har vi ingen koppling")
    no_link_back: str = r"re:(?!x)x"
    # a sentence opening by setting the unit against another ("Till skillnad från Kalmar, som har Trappan, …")
    other_lead: str = r"re:(?!x)x"
    other_lead_relative: str = r"re:(?!x)x"
    referral_lead: str = r"re:(?!x)x"  # a referral to another body: the relative clause after it is that body's
    replaces_front: str = r"re:(?!x)x"  # a clause opened by an active verb of replacing: its object ended, its subject runs
    talk_party: str = r"re:(?!x)x"
    start_under_way: str = r"re:(?!x)x"
    latter_back: str = r"re:(?!x)x"
    done_back: str = r"re:(?!x)x"  # a clause taking up the latter action of the clause before ("men det har bara skett …")
    restart_back: str = r"re:(?!x)x"
    renewed_back: str = r"re:(?!x)x"  # a clause after an ended one: what ended was taken up again
    replaced_by: str = r"re:(?!x)x"  # a clause after an ended one: what came in its place (it runs now)
    attachment_only: str = r"re:(?!x)x"
    # a sentence cut off by the page's end right after an auxiliary or a modal ("… och en arbetsgrupp ska"): its predicate is missing
    cut_predicate: str = r"re:(?!x)x"
    # a sentence of a joint block that names one municipality as its place ({place}: the names, as alternatives)
    place_lead: str = r"re:(?!x)x"
    # where a sentence of a joint block turns to another of its municipalities, and a part opening with one ({place})
    place_turn: str = r"re:(?!x)x"
    place_part: str = r"re:(?!x)x"
    # a word referring back to what the sentence named ("men i primärvården görs det inte"): a negated clause about parts
    # of the organisation that holds one denies the thing there, it limits a yes before it
    scope_back: str = r"re:(?!x)x"
    # a quoted name ("Glöm inte barnen"): a negation inside it is the name's, not a statement
    quoted_names: str = r"re:(?!x)x"
    additive: list[str] = []
    bare_yes: str = r"re:^\s*ja\b"
    bare_no: str = r"re:^\s*nej\b"
    cross_references: list[str] = []
    scope_qualifiers: list[str] = []
    # a negation that denies the thing whatever qualifier stands beside it ("ingen central samordnare längre")
    whole_negations: list[str] = []
    scope_words: list[str] = []
    indirect_question: str = r"re:(?!x)x"
    open_question: str = r"re:(?!x)x"
    # a correction of another answer that opens a paragraph ("Rättelse till fråga 4: …"): groups number / topic
    correction_lead: str = r"re:(?!x)x"
    # counts written in words ("fjorton", "ett femtiotal"): {number} in a count pattern
    number_words: dict[str, int] = {}
    # words before an approximate count ("cirka", "drygt", "ett 40-tal"): {about} in a count pattern
    approximations: list[str] = []


class RuleSpec(_Strict):
    id: str
    cues: list[str] = Field(min_length=1)
    value: Optional[Literal["yes", "partial", "no"]] = None
    signal: str = ""
    negated: Optional[Literal["no", "partial", "ignore", "weak"]] = None
    negatable: Optional[bool] = None
    lowers: Union[bool, Literal["unit"]] = True
    when: Literal["affirmed", "negated", "wish", "planned", "past", "any"] = "affirmed"
    past_counts: bool = False
    except_: list[str] = Field(default=[], alias="except")
    except_near: list[str] = []
    # the match does not count when its sentence holds one of these ("…, men i det uppdraget ingår inte barnen")
    except_in_sentence: list[str] = []
    anaphors: list[str] = []
    years: Optional[Literal["old", "recent"]] = None
    overrides_limits: bool = False

    _check_cues = field_validator("cues")(_no_empty)


class DecideRow(_Strict):
    if_: list[str] = Field(alias="if", min_length=1)
    then: str
    rule: str = ""


class MethodSpec(_Strict):
    name: str
    # individual: talks with the child; group; universal: for all children (school); parent: talks with the parent about the
    # child; family: sessions with the family (Beardslee): work with the children's family, no individual talk by itself
    kind: Literal["individual", "group", "universal", "parent", "family"] = "individual"
    cues: list[str] = Field(min_length=1)


class OtherMethodSpec(_Strict):
    """A method the list does not name, found by a pattern whose group ``name`` is its name."""
    kind: Literal["individual", "group", "universal", "parent", "family"] = "group"
    pattern: str


class IndicatorSpec(_Strict):
    id: str
    name: str
    level: Literal["region", "municipality"]
    type: Literal["categorical", "count", "set", "methods", "age"] = "categorical"
    policy: Literal["graded", "decide"] = "graded"
    questions: list[str] = []
    rules: list[RuleSpec] = []
    page_cues: list[str] = []
    page_cues_partial: list[str] = []
    when_answered_without_cue: Literal["", "yes", "partial", "no"] = ""
    # sentences answering another part of the question (results, actions) are not read by meaning
    other_part: list[str] = []
    # a cap ("används nästan inte alls") in a sentence holding one of these is another indicator's, not this one's
    caps_except: list[str] = []
    # the codebook's partial of this indicator is a plan ("planned, not yet done"): a plan beside a no is partial
    plan_is_partial: bool = False
    # naming one care area limits a yes (false: the codebook gives this indicator no scope partial)
    area_limits: bool = True
    bare_answer_needs_question: str = ""
    past_counts: bool = False
    no_partial: bool = False
    audience: list[str] = []
    decide: list[DecideRow] = []
    pattern: str = ""
    # count patterns read only in the indicator's own answers ("totalt ett 30-tal.")
    answer_patterns: list[str] = []
    members: dict[str, list[str]] = {}
    # wish: a clause of a plan or a wish; purpose: a purpose tail ("… för att nå barn som …"); plan: a plan proper, as
    # long as the work said to run now names members of its own
    exclude_in: list[Literal["negated", "wish", "purpose", "past", "label", "plan"]] = []
    member_except: list[str] = []
    # a clause holding one of these names no member ("där en förälder har insatser från socialtjänsten": the family's own contact)
    member_except_near: list[str] = []
    # a sentence referring back to the organisations of the sentence before ("Vi samverkar med dem"): they are members
    member_anaphors: list[str] = []
    own_markers: list[str] = []
    only_with: list[str] = []
    bound: Literal["", "min", "max"] = ""
    age_patterns: list[str] = []
    adult_age: int = 18
    youth_age_max: int = 21
    methods: list[MethodSpec] = []
    other_methods: list[OtherMethodSpec] = []
    status_cues: dict[Literal["ended", "training", "trained", "active"], list[str]] = {}

    @field_validator("members")
    @classmethod
    def _members_have_cues(cls, members):
        for name, cues in members.items():
            if not cues:
                raise ValueError(f"member '{name}' has no cues")
        return members


class CodebookSpec(_Strict):
    version: int = 1
    language: LanguageSpec
    indicators: list[IndicatorSpec] = Field(min_length=1)
    comparison: Optional[dict] = None


# ------------------------------------------------------ compiled objects
@dataclass(frozen=True)
class Rule:
    id: str
    cues: tuple[Cue, ...]
    value: str = ""
    signal: str = ""
    negated: str = "no"  # what a negated match means: no / partial / ignore / weak (a no only when nothing else speaks)
    lowers: bool | str = True  # True: lowers a yes anywhere in the answer; "unit": in its sentence; False: counts alone
    when: str = "affirmed"
    past_counts: bool = False
    except_: tuple[Cue, ...] = ()
    except_near: tuple[Cue, ...] = ()
    except_in_sentence: tuple[Cue, ...] = ()
    anaphors: tuple[Cue, ...] = ()  # words that refer back ("gruppen"): excepted after an `except` word of the sentence
    years: str = ""
    overrides_limits: bool = False


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    level: str
    type: str = "categorical"
    policy: str = "graded"
    engine: str = "graded"
    questions: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()
    page_cues: tuple[Cue, ...] = ()
    page_cues_partial: tuple[Cue, ...] = ()
    when_answered_without_cue: str = ""
    other_part: tuple[Cue, ...] = ()
    caps_except: tuple[Cue, ...] = ()
    plan_is_partial: bool = False
    area_limits: bool = True
    bare_answer_needs_question: re.Pattern | None = None
    past_counts: bool = False
    no_partial: bool = False
    audience: tuple[Cue, ...] = ()
    decide: tuple[tuple[tuple[str, ...], str, str], ...] = ()
    pattern: re.Pattern | None = None
    answer_patterns: tuple[re.Pattern, ...] = ()
    members: tuple[tuple[str, tuple[Cue, ...]], ...] = ()
    exclude_in: tuple[str, ...] = ()
    member_except: tuple[Cue, ...] = ()
    member_except_near: tuple[Cue, ...] = ()
    member_anaphors: tuple[Cue, ...] = ()
    own_markers: tuple[Cue, ...] = ()
    only_with: tuple[str, ...] = ()
    bound: str = ""
    age_patterns: tuple[re.Pattern, ...] = ()
    adult_age: int = 18
    youth_age_max: int = 21
    methods: tuple[tuple[str, str, tuple[Cue, ...]], ...] = ()
    other_methods: tuple[tuple[str, re.Pattern], ...] = ()  # (kind, pattern with a group `name`)
    status_cues: tuple[tuple[str, tuple[Cue, ...]], ...] = ()

    # the cues of each rule, method and member as one tuple of tuples, made once and kept with the indicator:
    # a sentence finds which of them may match in one lookup (:func:`~.words.group_candidates`)
    @cached_property
    def rule_cues(self) -> tuple[tuple[Cue, ...], ...]:
        return tuple(rule.cues for rule in self.rules)

    @cached_property
    def method_cues(self) -> tuple[tuple[Cue, ...], ...]:
        return tuple(cues for _, _, cues in self.methods)

    @cached_property
    def member_cues(self) -> tuple[tuple[Cue, ...], ...]:
        return tuple(cues for _, cues in self.members)


@dataclass(frozen=True)
class Language:
    """The codebook's language: what negates, hedges, limits, plans (compiled cues and patterns)."""

    def __hash__(self):  # computed once: readings are cached per (text, language)
        cached = self.__dict__.get("_hash")
        if cached is None:
            cached = hash(tuple(getattr(self, f.name) for f in fields(self)))
            object.__setattr__(self, "_hash", cached)
        return cached

    negation_words: frozenset[str]
    negation_determiners: frozenset[str]
    addressing: frozenset[str]  # words addressing what follows to an audience ("till föräldrar", "för barn")
    polarity_determiners: frozenset[str]  # "någon" opening a list whose predicate is denied ("Någon X, Y eller Z finns inte")
    not_negations: tuple[Cue, ...]
    clause_breaks: tuple[re.Pattern, ...]
    clause_subjects: frozenset[str]
    prepositions: frozenset[str]
    contrast_adverbs: frozenset[str]
    hedges: tuple[Cue, ...]
    area_hedges: tuple[Cue, ...]
    universal: tuple[Cue, ...]
    caps: tuple[Cue, ...]
    vague: tuple[Cue, ...]
    answered_elsewhere: tuple[Cue, ...]
    past: tuple[Cue, ...]
    wishes: tuple[Cue, ...]
    plans: tuple[Cue, ...]
    purpose_clause: re.Pattern
    additive: tuple[Cue, ...]
    bare_yes: re.Pattern
    bare_no: re.Pattern
    cross_references: tuple[re.Pattern, ...]
    negations: tuple[str, ...]
    scope_qualifiers: tuple[Cue, ...] = ()
    whole_negations: tuple[Cue, ...] = ()
    scope_words: tuple[Cue, ...] = ()
    indirect_question: re.Pattern = re.compile(r"(?!x)x")
    open_question: re.Pattern = re.compile(r"(?!x)x")
    correction_lead: re.Pattern = re.compile(r"(?!x)x")  # a paragraph correcting another answer ("Rättelse till fråga 4: …")
    number_words: tuple[tuple[str, int], ...] = ()
    modal_plans: tuple[Cue, ...] = ()  # "ska" + verb: a plan unless a norm
    modal_passive: re.Pattern = re.compile(r"(?!x)x")  # "ska" + a passive: under a norm, prescribed
    past_back: re.Pattern = re.compile(r"(?!x)x")  # a past clause referring back makes the clause before past
    past_back_kinds: tuple[str, ...] = ()  # kinds of work its noun may name: it takes up no clause naming another kind
    plan_back: re.Pattern = re.compile(r"(?!x)x")  # a relative clause of a start ahead makes the noun before it planned
    use_back: re.Pattern = re.compile(r"(?!x)x")  # a sentence about the use of what was named before it
    limit_back: re.Pattern = re.compile(r"(?!x)x")  # a clause that only limits where the clause before it holds
    addition_back: re.Pattern = re.compile(r"(?!x)x")  # a clause that adds a further thing to the one before
    plan_denied_back: re.Pattern = re.compile(r"(?!x)x")  # a clause denying that the plan before it was carried out
    no_link_back: re.Pattern = re.compile(r"(?!x)x")  # a clause denying the unit's link to what the clause before names
    other_lead: re.Pattern = re.compile(r"(?!x)x")  # an opening that sets the unit against another: what it names is the other's
    other_lead_relative: re.Pattern = re.compile(r"(?!x)x")  # a relative clause continuing such an opening
    referral_lead: re.Pattern = re.compile(r"(?!x)x")  # a referral to another body (its relative clause is that body's)
    replaces_front: re.Pattern = re.compile(r"(?!x)x")  # an active verb of replacing opening a clause
    talk_party: re.Pattern = re.compile(r"(?!x)x")  # a discussion held or under way with the party named after it
    start_under_way: re.Pattern = re.compile(r"(?!x)x")  # a thing being started up now: its situations and partners are there
    latter_back: re.Pattern = re.compile(r"(?!x)x")  # a clause about "the latter": the clause right before it
    done_back: re.Pattern = re.compile(r"(?!x)x")  # a clause taking up the latter action of the clause before
    restart_back: re.Pattern = re.compile(r"(?!x)x")  # a start again of what was paused before it
    renewed_back: re.Pattern = re.compile(r"(?!x)x")  # taken up again (done): what the ended clause before names runs now
    replaced_by: re.Pattern = re.compile(r"(?!x)x")  # what came in the place of what ended: it runs now
    attachment_only: re.Pattern = re.compile(r"(?!x)x")  # a sentence that only points to an attached document
    cut_predicate: re.Pattern = re.compile(r"(?!x)x")  # a cut-off sentence whose predicate is missing
    place_lead: str = r"(?!x)x"  # a template: {place} stands for the names of places (see engines.block.place_lead)
    place_turn: str = r"(?!x)x"  # a template: a joint sentence turning to another place (engines.block._split_places)
    place_part: str = r"(?!x)x"  # a template: a part of one opening with a place
    scope_back: re.Pattern = re.compile(r"(?!x)x")  # a word referring back to what the sentence named
    quoted_names: re.Pattern = re.compile(r"(?!x)x")  # a negation inside one is the name's
    norms: tuple[Cue, ...] = ()  # a norm or a task, not a plan ("enligt rutinen ska …", "ombuden ska …")
    plan_times: tuple[Cue, ...] = ()  # a time ahead: the "ska" is a plan after all
    personal_subjects: frozenset[str] = frozenset()  # a subject that is no object referred back to ("vi", "jag")
    back_references: frozenset[str] = frozenset()  # an object referring back ("dem", "sådant")
    break_adverbs: re.Pattern = re.compile(r"(?!x)x")  # a clause break made by an adverb only ("…, däremot …")
    list_joins: frozenset[str] = frozenset()  # words joining the items of a list ("och", "samt", "eller")
    sequence_adverbs: frozenset[str] = frozenset()  # a next step in time opening a clause of its own ("därefter", "sedan")

    # the lists a sentence reading asks, as tuples of tuples made once (a sentence finds which of them
    # may match in one lookup, see :func:`~.words.group_candidates`); positions named by the constants below
    @cached_property
    def sentence_lists(self) -> tuple[tuple[Cue, ...], ...]:
        return (self.hedges, self.area_hedges, self.universal, self.caps, self.vague, self.additive, self.scope_words,
                self.scope_qualifiers, self.not_negations)

    @cached_property
    def clause_lists(self) -> tuple[tuple[Cue, ...], ...]:
        return (self.past, self.plans, self.wishes, self.modal_plans, self.plan_times, self.norms)

    def words_only(self, cues: tuple[Cue, ...]) -> bool:
        """Whether ``cues`` holds no regular expression (then a piece of a sentence can match only where the
        sentence's words do)."""
        return all(cue.regex is None for cue in cues)


HEDGES, AREA_HEDGES, UNIVERSAL, CAPS, VAGUE, ADDITIVE, SCOPE_WORDS, SCOPE_QUALIFIERS, NOT_NEGATIONS = range(9)  # Language.sentence_lists
PAST, PLANS, WISHES, MODAL_PLANS, PLAN_TIMES, NORMS = range(6)  # Language.clause_lists


@dataclass(frozen=True)
class Codebook:
    version: int
    language: Language
    indicators: tuple[Indicator, ...]
    sha256: str
    comparison: tuple[tuple[str, object], ...] = ()

    def for_level(self, level: str) -> list[Indicator]:
        return [i for i in self.indicators if i.level == level]


def _regex(text: str) -> re.Pattern:
    return re.compile(text[3:] if text.startswith("re:") else text, re.IGNORECASE)


def _engine(spec: IndicatorSpec) -> str:
    if spec.type == "categorical":
        return "decide" if spec.policy == "decide" else "graded"
    return {"count": "count", "set": "members", "methods": "methods", "age": "ages"}[spec.type]


def _check_values(spec: IndicatorSpec) -> None:
    allowed = STAGES if spec.name == "stage" else VALUES
    for row in spec.decide:
        if row.then not in allowed:
            raise ValueError(f"decide row {row.if_}: unknown value '{row.then}' (allowed: {', '.join(allowed)})")
    if spec.policy == "graded" and spec.type == "categorical" and spec.level == "region":
        for rule in spec.rules:
            if rule.value is None:
                raise ValueError(f"rule {rule.id}: a graded rule needs a value (yes, partial or no)")
    if spec.policy == "decide":
        for rule in spec.rules:
            if not rule.signal:
                raise ValueError(f"rule {rule.id}: a decide rule needs a signal")
    if spec.type == "count" and not spec.pattern:
        raise ValueError("a count indicator needs a pattern")
    if spec.type == "age" and (not spec.bound or not spec.age_patterns):
        raise ValueError("an age indicator needs a bound (min/max) and age_patterns")


def _compile_rule(r: RuleSpec, negations: tuple[str, ...]) -> Rule:
    negated = r.negated
    if negated is None:
        negated = "ignore" if (r.negatable is False or r.value == "no") else "no"
    return Rule(
        id=r.id, cues=compile_cues(r.cues, negations), value=r.value or "", signal=r.signal, negated=negated,
        lowers=r.lowers, when=r.when, past_counts=r.past_counts, except_=compile_cues(r.except_),
        except_near=compile_cues(r.except_near), except_in_sentence=compile_cues(r.except_in_sentence), anaphors=compile_cues(r.anaphors), years=r.years or "",
        overrides_limits=r.overrides_limits,
    )


def _as_compound_start(cue: str) -> str:
    """A method's name also starts a compound or takes a genitive ("Blåvingegruppen", "Klubb Simons grupper"):
    its last word matches as a prefix, unless the cue is a regular expression or an exact form."""
    if cue.startswith("re:") or cue.rstrip().endswith(("=", "*")):
        return cue
    return cue.rstrip() + "*"


def _count_regex(text: str, lang: LanguageSpec) -> re.Pattern:
    """A count pattern with its placeholders filled: {number} (digits or words), {about} (cirka, drygt, …)."""
    about = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(lang.approximations, key=len, reverse=True))
    text = text.replace("{number}", f"(?:{number_regex(lang.number_words)})")
    text = text.replace("{about}", f"(?:{about or '(?!x)x'})")
    return _regex(text)


def _compile_indicator(spec: IndicatorSpec, negations: tuple[str, ...], lang: LanguageSpec) -> Indicator:
    return Indicator(
        id=spec.id, name=spec.name, level=spec.level, type=spec.type, policy=spec.policy, engine=_engine(spec),
        questions=tuple(spec.questions), rules=tuple(_compile_rule(r, negations) for r in spec.rules),
        page_cues=compile_cues(spec.page_cues, negations), page_cues_partial=compile_cues(spec.page_cues_partial, negations), when_answered_without_cue=spec.when_answered_without_cue,
        other_part=compile_cues(spec.other_part), caps_except=compile_cues(spec.caps_except), plan_is_partial=spec.plan_is_partial, area_limits=spec.area_limits,
        bare_answer_needs_question=_regex(spec.bare_answer_needs_question) if spec.bare_answer_needs_question else None,
        past_counts=spec.past_counts, no_partial=spec.no_partial, audience=compile_cues(spec.audience),
        decide=tuple((tuple(row.if_), row.then, row.rule or f"{spec.id}.{row.then}") for row in spec.decide),
        pattern=_count_regex(spec.pattern, lang) if spec.pattern else None,
        answer_patterns=tuple(_count_regex(p, lang) for p in spec.answer_patterns),
        members=tuple((name, compile_cues(cues, negations)) for name, cues in spec.members.items()),
        exclude_in=tuple(spec.exclude_in), member_except=compile_cues(spec.member_except),
        member_except_near=compile_cues(spec.member_except_near), member_anaphors=compile_cues(spec.member_anaphors, negations),
        own_markers=compile_cues(spec.own_markers), only_with=tuple(spec.only_with), bound=spec.bound,
        age_patterns=tuple(_regex(p) for p in spec.age_patterns), adult_age=spec.adult_age,
        youth_age_max=spec.youth_age_max,
        methods=tuple((m.name, m.kind, compile_cues([_as_compound_start(c) for c in m.cues], negations)) for m in spec.methods),
        other_methods=tuple((m.kind, _regex(m.pattern)) for m in spec.other_methods),
        status_cues=tuple((status, compile_cues(cues)) for status, cues in spec.status_cues.items()),
    )


def _compile_language(spec: LanguageSpec) -> Language:
    keep_forms(spec.keep_forms)
    return Language(
        negation_words=frozenset(w.lower() for w in spec.negations),
        negation_determiners=frozenset(w.lower() for w in spec.negation_determiners),
        polarity_determiners=frozenset(w.lower() for w in spec.polarity_determiners),
        addressing=frozenset(w.lower() for w in spec.addressing),
        not_negations=compile_cues(spec.not_negations),
        clause_breaks=tuple(_regex(p) for p in spec.clause_breaks),
        clause_subjects=frozenset(w.lower() for w in spec.clause_subjects),
        prepositions=frozenset(w.lower() for w in spec.prepositions),
        contrast_adverbs=frozenset(w.lower() for w in spec.contrast_adverbs),
        hedges=compile_cues(spec.hedges), area_hedges=compile_cues(spec.area_hedges), universal=compile_cues(spec.universal),
        caps=compile_cues(spec.caps), vague=compile_cues(spec.vague), answered_elsewhere=compile_cues(spec.answered_elsewhere),
        past=compile_cues(spec.past), wishes=compile_cues(spec.wishes), plans=compile_cues(spec.plans),
        purpose_clause=_regex(spec.purpose_clause), additive=compile_cues(spec.additive),
        bare_yes=_regex(spec.bare_yes), bare_no=_regex(spec.bare_no),
        cross_references=tuple(_regex(p) for p in spec.cross_references),
        negations=tuple(spec.negations),
        scope_qualifiers=compile_cues(spec.scope_qualifiers),
        whole_negations=compile_cues(spec.whole_negations),
        scope_words=compile_cues(spec.scope_words),
        indirect_question=_regex(spec.indirect_question), open_question=_regex(spec.open_question), correction_lead=_regex(spec.correction_lead),
        number_words=tuple((w.lower(), n) for w, n in spec.number_words.items()),
        modal_plans=compile_cues(spec.modal_plans), norms=compile_cues(spec.norms), plan_times=compile_cues(spec.plan_times),
        modal_passive=_regex(spec.modal_passive), past_back=_regex(spec.past_back), past_back_kinds=tuple(spec.past_back_kinds), plan_back=_regex(spec.plan_back), use_back=_regex(spec.use_back), limit_back=_regex(spec.limit_back), addition_back=_regex(spec.addition_back), plan_denied_back=_regex(spec.plan_denied_back), no_link_back=_regex(spec.no_link_back), other_lead=_regex(spec.other_lead), other_lead_relative=_regex(spec.other_lead_relative), referral_lead=_regex(spec.referral_lead), replaces_front=_regex(spec.replaces_front), talk_party=_regex(spec.talk_party), start_under_way=_regex(spec.start_under_way), latter_back=_regex(spec.latter_back), done_back=_regex(spec.done_back), restart_back=_regex(spec.restart_back), renewed_back=_regex(spec.renewed_back), replaced_by=_regex(spec.replaced_by), attachment_only=_regex(spec.attachment_only), cut_predicate=_regex(spec.cut_predicate), place_lead=spec.place_lead.removeprefix("re:"), place_turn=spec.place_turn.removeprefix("re:"), place_part=spec.place_part.removeprefix("re:"), scope_back=_regex(spec.scope_back), quoted_names=_regex(spec.quoted_names),
        personal_subjects=frozenset(w.lower() for w in spec.personal_subjects),
        back_references=frozenset(w.lower() for w in spec.back_references),
        break_adverbs=re.compile(r"\W*(?:" + "|".join(map(re.escape, spec.break_adverbs)) + r")\b", re.IGNORECASE)
        if spec.break_adverbs else re.compile(r"(?!x)x"),
        list_joins=frozenset(w.lower() for w in spec.list_joins),
        sequence_adverbs=frozenset(w.lower() for w in spec.sequence_adverbs),
    )


def _where(error: dict, data: dict) -> str:
    """A readable location of a validation error: indicators[3] (R04 child_ombud).rules[0].cues."""
    parts = []
    node = data
    for key in error["loc"]:
        if isinstance(key, int):
            parts[-1] += f"[{key}]"
            try:
                node = node[key]
            except Exception:
                node = None
            if isinstance(node, dict) and node.get("id"):
                parts[-1] += f" ({node.get('id')}{' ' + str(node['name']) if node.get('name') else ''})"
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return ".".join(parts) or "(top level)"


def parse_codebook(data, source: str = "codebook") -> CodebookSpec:
    """Validate the loaded YAML of a codebook; one CodebookError naming the entry at fault."""
    if not isinstance(data, dict):
        kind = "empty" if data is None else f"a {type(data).__name__}, not a mapping"
        raise CodebookError(f"{source}: the codebook is {kind}; it needs 'version', 'language' and 'indicators'")
    try:
        spec = CodebookSpec.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        message = first["msg"].replace("Extra inputs are not permitted", "unknown key (misspelt?)")
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise CodebookError(f"{source}: {_where(first, data)}: {message}{more}") from None
    names, ids = [i.name for i in spec.indicators], [i.id for i in spec.indicators]
    for label, values in (("name", names), ("id", ids)):
        doubles = sorted({v for v in values if values.count(v) > 1})
        if doubles:
            raise CodebookError(f"{source}: indicator {label}s must be unique: {', '.join(doubles)}")
    for n, ind in enumerate(spec.indicators):
        try:
            _check_values(ind)
        except ValueError as exc:
            raise CodebookError(f"{source}: indicators[{n}] ({ind.id} {ind.name}): {exc}") from None
    return spec


def default_codebook_path() -> Path:
    return Path(str(resources.files("bas_analysis").joinpath("data/codebook.yaml")))


@lru_cache(maxsize=4)
def _load_codebook(path: str, mtime: float) -> Codebook:
    raw = Path(path).read_bytes()
    try:
        data = read_yaml(raw)
    except YAMLError as exc:
        raise CodebookError(f"{path}: not valid YAML: {exc}") from exc
    spec = parse_codebook(data, path)
    try:
        language = _compile_language(spec.language)
        negations = tuple(spec.language.negations)
        indicators = tuple(_compile_indicator(i, negations, spec.language) for i in spec.indicators)
    except re.error as exc:
        raise CodebookError(f"{path}: a regular expression does not compile: {exc}") from exc
    comparison = tuple(sorted((spec.comparison or {}).items()))
    return Codebook(spec.version, language, indicators, hashlib.sha256(raw).hexdigest(), comparison)


def load_codebook(path: str | Path | None = None) -> Codebook:
    """The codebook at ``path`` (default: the package's ``data/codebook.yaml``)."""
    path = Path(path) if path else default_codebook_path()
    return _load_codebook(str(path), path.stat().st_mtime)


def codebook_hash(path: str | Path | None = None) -> str:
    """SHA-256 of the codebook file's bytes (``Codebook.sha256`` without compiling the codebook)."""
    return hashlib.sha256(Path(path or default_codebook_path()).read_bytes()).hexdigest()


__all__ = ["Codebook", "Indicator", "Language", "Rule", "load_codebook", "codebook_hash", "parse_codebook", "compile_cue"]
