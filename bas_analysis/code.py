"""Code: apply the codebook (``data/codebook.yaml``) to the parsed answers.

In:  the ``respondents`` and ``answers`` tables (redacted), optionally a CSV of
     manual codings.
Out: the long ``codings`` table (one row per respondent × indicator: value,
     evidence sentence, rule id, source ``rule``/``manual``) and the wide
     ``indicators`` table (one row per respondent and wave).

The engine is small and general: cues are word stems (see the codebook's
header), negation is read per clause, hedges per sentence, and each
indicator's own questions come before the rest of the page. Everything
specific to an indicator lives in the YAML file.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd
import yaml

from . import schemas
from .errors import CodebookError
from .ingest import Problem
from .vocab import EMPTY_SET, STATUS_ORDER, UNKNOWN



# ----------------------------------------------------------------- cues
_GAP = r"(?:\W+[\w-]+){0,4}"


def compile_cue(cue: str, negations: tuple[str, ...] = ()) -> re.Pattern:
    """Compile one cue of the codebook's cue syntax into a regular expression.

    ``negations`` may stand between a cue's words ("jobbar inte med barn" for
    "jobbar med barn"); the clause check then reads the cue as negated.
    """
    if cue.startswith("re:"):
        return re.compile(cue[3:], re.IGNORECASE)
    between = r"\W+"
    if negations:
        between += r"(?:(?:" + "|".join(map(re.escape, negations)) + r")\W+)?"
    regex = ""
    for word in cue.split():
        if word == "...":
            regex += _GAP
            continue
        compound, exact = word.startswith("*"), word.endswith("=")
        stem = re.escape(word.strip("*="))
        if regex:
            regex += between
        regex += (r"(?<![\w-])\w*" if compound else r"(?<!\w)") + stem + (r"(?!\w)" if exact else r"[\w-]*")
    return re.compile(regex, re.IGNORECASE)


def compile_cues(cues, negations: tuple[str, ...] = ()) -> tuple[re.Pattern, ...]:
    return tuple(compile_cue(c, negations) for c in (cues or []))


def first_match(patterns, text: str):
    for pattern in patterns:
        m = pattern.search(text)
        if m:
            return m
    return None


# ----------------------------------------------------------- codebook
@dataclass(frozen=True)
class Rule:
    id: str
    cues: tuple[re.Pattern, ...]
    value: str = ""
    signal: str = ""
    negatable: bool = True
    lowers: bool = True  # a partial cue lowers a yes in its sentence; false: it only counts alone
    when: str = "affirmed"  # affirmed | negated | wish | any


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    level: str
    type: str = "categorical"
    policy: str = "graded"
    questions: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()
    page_cues: tuple[re.Pattern, ...] = ()
    when_answered_without_cue: str = ""
    bare_answer_needs_question: re.Pattern | None = None
    decide: tuple[dict, ...] = ()
    pattern: re.Pattern | None = None
    members: tuple[tuple[str, tuple[re.Pattern, ...]], ...] = ()
    exclude_in: tuple[str, ...] = ()
    bound: str = ""
    methods: tuple[tuple[str, str, tuple[re.Pattern, ...]], ...] = ()
    status_cues: tuple[tuple[str, tuple[re.Pattern, ...]], ...] = ()


@dataclass(frozen=True)
class Language:
    negations: re.Pattern
    not_negations: tuple[re.Pattern, ...]
    hedges: tuple[re.Pattern, ...]
    caps: tuple[re.Pattern, ...]
    vague: tuple[re.Pattern, ...]
    past: tuple[re.Pattern, ...]
    wishes: tuple[re.Pattern, ...]
    purpose_clause: re.Pattern
    additive: tuple[re.Pattern, ...]
    bare_yes: re.Pattern
    bare_no: re.Pattern


@dataclass(frozen=True)
class Codebook:
    version: int
    language: Language
    indicators: tuple[Indicator, ...]
    sha256: str

    def for_level(self, level: str) -> list[Indicator]:
        return [i for i in self.indicators if i.level == level]


def _rule(entry: dict, indicator_id: str, negations: tuple[str, ...]) -> Rule:
    if "id" not in entry or "cues" not in entry:
        raise CodebookError(f"indicator {indicator_id}: every rule needs an 'id' and 'cues': {entry}")
    return Rule(
        id=entry["id"],
        cues=compile_cues(entry["cues"], negations),
        value=str(entry.get("value", "")),
        signal=entry.get("signal", ""),
        negatable=entry.get("negatable", True),
        lowers=entry.get("lowers", True),
        when=entry.get("when", "affirmed"),
    )


def _indicator(entry: dict, negations: tuple[str, ...]) -> Indicator:
    for key in ("id", "name", "level"):
        if key not in entry:
            raise CodebookError(f"indicator entry without '{key}': {entry}")
    bare = entry.get("bare_answer_needs_question")
    return Indicator(
        id=entry["id"],
        name=entry["name"],
        level=entry["level"],
        type=entry.get("type", "categorical"),
        policy=entry.get("policy", "graded"),
        questions=tuple(entry.get("questions", [])),
        rules=tuple(_rule(r, entry["id"], negations) for r in entry.get("rules", [])),
        page_cues=compile_cues(entry.get("page_cues"), negations),
        when_answered_without_cue=str(entry.get("when_answered_without_cue", "")),
        bare_answer_needs_question=re.compile(bare, re.IGNORECASE) if bare else None,
        decide=tuple(entry.get("decide", [])),
        pattern=re.compile(entry["pattern"], re.IGNORECASE) if entry.get("pattern") else None,
        members=tuple((name, compile_cues(cues, negations)) for name, cues in (entry.get("members") or {}).items()),
        exclude_in=tuple(entry.get("exclude_in", [])),
        bound=entry.get("bound", ""),
        methods=tuple((m["name"], m.get("kind", "individual"), compile_cues(m["cues"], negations)) for m in entry.get("methods", [])),
        status_cues=tuple((status, compile_cues(cues)) for status, cues in (entry.get("status_cues") or {}).items()),
    )


def default_codebook_path() -> Path:
    return Path(str(resources.files("bas_analysis").joinpath("data/codebook.yaml")))


@lru_cache(maxsize=4)
def _load_codebook(path: str, mtime: float) -> Codebook:
    raw = Path(path).read_bytes()
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        raise CodebookError(f"{path}: not valid YAML: {exc}") from exc
    lang = data.get("language", {})
    language = Language(
        negations=re.compile(r"(?<!\w)(" + "|".join(map(re.escape, lang.get("negations", []))) + r")(?!\w)", re.IGNORECASE),
        not_negations=compile_cues(lang.get("not_negations")),
        hedges=compile_cues(lang.get("hedges")),
        caps=compile_cues(lang.get("caps")),
        vague=compile_cues(lang.get("vague")),
        past=compile_cues(lang.get("past")),
        wishes=compile_cues(lang.get("wishes")),
        purpose_clause=compile_cue(lang.get("purpose_clause", r"re:(?!x)x")),
        additive=compile_cues(lang.get("additive")),
        bare_yes=compile_cue(lang.get("bare_yes", r"re:^\s*ja\b")),
        bare_no=compile_cue(lang.get("bare_no", r"re:^\s*nej\b")),
    )
    negations = tuple(lang.get("negations", []))
    indicators = tuple(_indicator(e, negations) for e in data.get("indicators", []))
    names = [i.name for i in indicators]
    if len(set(names)) != len(names):
        raise CodebookError(f"{path}: indicator names must be unique")
    return Codebook(data.get("version", 1), language, indicators, hashlib.sha256(raw).hexdigest())


def load_codebook(path: str | Path | None = None) -> Codebook:
    """The codebook at ``path`` (default: the package's ``data/codebook.yaml``)."""
    path = Path(path) if path else default_codebook_path()
    return _load_codebook(str(path), path.stat().st_mtime)


def codebook_hash(path: str | Path | None = None) -> str:
    return load_codebook(path).sha256


# ------------------------------------------------------------ sentences
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'”“(]?[A-ZÅÄÖÉ0-9•])|\n+|(?<=[a-zåäö])\s*•\s*")


def sentences(text: str) -> list[str]:
    """The sentences (and list items) of an answer."""
    parts = (p.strip(" •\t-–") for p in _SENTENCE_END.split(text or ""))
    return [p for p in parts if p and re.search(r"\w", p)]


_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:men|utan|eller|medan|fast)\s|\s[–—-]\s", re.IGNORECASE)


def clause_at(sentence: str, pos: int) -> str:
    """The clause of ``sentence`` around character ``pos``."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            return sentence[start : m.start()]
    return sentence[start:]


@dataclass
class Reading:
    """How one sentence reads to the engine."""

    text: str
    hedged: bool
    capped: bool
    wish: bool
    additive: bool
    lang: Language

    def clause_flags(self, match: re.Match) -> tuple[bool, bool]:
        """(negated, past) for the clause around a cue match."""
        clause = clause_at(self.text, match.start())
        cleaned = clause
        for pattern in self.lang.not_negations:
            cleaned = pattern.sub(" ", cleaned)
        negated = bool(self.lang.negations.search(cleaned))
        past = bool(first_match(self.lang.past, clause))
        return negated, past


def read_sentences(text: str, lang: Language) -> list[Reading]:
    out = []
    for s in sentences(text):
        if first_match(lang.vague, s):
            continue
        main_statement = lang.purpose_clause.sub("", s)
        out.append(
            Reading(
                s,
                hedged=bool(first_match(lang.hedges, s)),
                capped=bool(first_match(lang.caps, s)),
                wish=bool(first_match(lang.wishes, main_statement)),
                additive=bool(first_match(lang.additive, s)),
                lang=lang,
            )
        )
    return out


# -------------------------------------------------- graded (regions)
@dataclass
class Verdict:
    value: str
    evidence: str = ""
    rule_id: str = ""


@dataclass
class SentenceValue:
    value: str | None
    rule_id: str
    reading: Reading
    partial_cue: bool = False


def _sentence_value(ind: Indicator, reading: Reading, own: bool) -> SentenceValue:
    yes_rule = partial_rule = no_rule = fallback_rule = None
    for rule in ind.rules:
        for cue in rule.cues:
            for m in cue.finditer(reading.text):  # every match: "X saknas, men Y finns" holds both
                negated, past = reading.clause_flags(m)
                if past:
                    continue
                if rule.value == "no":
                    no_rule = no_rule or rule.id
                elif negated and rule.negatable:
                    no_rule = no_rule or f"{rule.id}:negated"
                elif rule.value == "partial" and not rule.lowers:
                    fallback_rule = fallback_rule or rule.id
                elif rule.value == "partial":
                    partial_rule = partial_rule or rule.id
                elif rule.value == "yes":
                    yes_rule = yes_rule or rule.id
    if yes_rule:
        if reading.hedged or partial_rule:
            return SentenceValue("partial", partial_rule or f"{yes_rule}:hedged", reading, bool(partial_rule))
        if no_rule:  # one clause says yes, another no: only in part
            return SentenceValue("partial", f"{yes_rule}:mixed", reading)
        return SentenceValue("yes", yes_rule, reading)
    partial_rule = partial_rule or fallback_rule
    if partial_rule:
        return SentenceValue("partial", partial_rule, reading, True)
    if no_rule:
        return SentenceValue("no", no_rule, reading)
    if own and (reading.hedged or reading.capped):
        return SentenceValue("partial", f"{ind.id}.partial.hedge", reading)
    return SentenceValue(None, "", reading)


def _shortest(values: list[SentenceValue], value: str) -> SentenceValue:
    return min((v for v in values if v.value == value), key=lambda v: len(v.reading.text))


def _grade_answer(ind: Indicator, answers: list[tuple[str, str]], lang: Language) -> Verdict | None:
    """The verdict of the indicator's own answers; None when they say nothing about it."""
    values: list[SentenceValue] = []
    lead: tuple[str, SentenceValue] | None = None
    lead_answer = ""
    any_text = False
    for question, text in answers:
        if not text.strip():
            continue
        any_text = True
        # A question that only partly asks about the indicator ("Finns det dokumentation
        # i journalen?" for KVÅ codes) answers it neither with a bare "Ja" nor a hedge.
        whole_question = ind.bare_answer_needs_question is None or bool(ind.bare_answer_needs_question.search(question))
        answer_values = [_sentence_value(ind, r, own=whole_question) for r in read_sentences(text, lang)]
        if lead is None and answer_values and whole_question:
            first = answer_values[0]
            if lang.bare_yes.search(first.reading.text):
                lead, lead_answer = ("yes", first), text
            elif lang.bare_no.search(first.reading.text):
                lead, lead_answer = ("no", first), text
        values.extend(answer_values)
    readings = [v.reading for v in values]
    known = [v for v in values if v.value]
    capped = [v for v in values if v.reading.capped]

    if lead:
        bare, first = lead
        lead_value = first.value or bare
        if bare == "no" and lead_value == "yes":
            lead_value = "no"  # "Nej, men det finns planer på att ta fram material"
        rest = values[1:]
        if lead_value == "yes" and any(v.partial_cue or v.reading.capped for v in rest):
            lowering = next(v for v in rest if v.partial_cue or v.reading.capped)
            return Verdict("partial", f"{first.reading.text} … {lowering.reading.text}", lowering.rule_id or f"{ind.id}.partial.cap")
        if lead_value == "no" and any(v.partial_cue for v in rest):
            lowering = next(v for v in rest if v.partial_cue)
            return Verdict("partial", lowering.reading.text, lowering.rule_id)
        rule = first.rule_id or f"{ind.id}.{lead_value}.bare_answer"
        evidence = first.reading.text
        if not first.rule_id and len(values) > 1 and f"{evidence} {values[1].reading.text}" in lead_answer:
            evidence = f"{evidence} {values[1].reading.text}"  # "Ja." alone says little to a reader
        return Verdict(lead_value, evidence, rule)

    positive = [v for v in known if v.value in ("yes", "partial")]
    if known and known[0].value == "partial":
        # "Visst material finns, särskilt inom vissa verksamheter. Det finns också böcker …"
        known = [v for v in known if not (v.value == "yes" and v.reading.additive)]
    if capped and positive:
        cap = capped[0]
        return Verdict("partial", cap.reading.text, cap.rule_id or f"{ind.id}.partial.cap")
    for value in ("yes", "partial", "no"):
        if any(v.value == value for v in known):
            chosen = _shortest(known, value)
            return Verdict(value, chosen.reading.text, chosen.rule_id)
    if any_text and readings and ind.when_answered_without_cue:
        return Verdict(ind.when_answered_without_cue, readings[0].text, f"{ind.id}.{ind.when_answered_without_cue}.none_named")
    return None


def _grade_page(ind: Indicator, texts: list[str], lang: Language) -> Verdict | None:
    """A clear statement elsewhere on the page (the indicator's stricter page cues)."""
    found: dict[str, Reading] = {}
    for text in texts:
        for reading in read_sentences(text, lang):
            m = first_match(ind.page_cues, reading.text)
            if not m:
                continue
            negated, past = reading.clause_flags(m)
            if past:
                continue
            value = "no" if negated else ("partial" if reading.hedged or reading.capped else "yes")
            if value not in found or len(reading.text) < len(found[value].text):
                found[value] = reading
    for value in ("yes", "partial", "no"):
        if value in found:
            return Verdict(value, found[value].text, f"{ind.id}.elsewhere_on_page:{value}")
    return None


def _count(ind: Indicator, own: list[str], rest: list[str]) -> Verdict:
    for texts in (own, rest):
        for text in texts:
            for s in sentences(text):
                m = ind.pattern.search(s)
                if m:
                    return Verdict(re.sub(r"\s", "", m.group(1)), s, f"{ind.id}.count")
    return Verdict("", "", "")


def code_region(answers: pd.DataFrame, book: Codebook) -> list[tuple[Indicator, Verdict]]:
    """Verdicts of every region indicator for one respondent's answers."""
    lang = book.language
    rows = list(answers[["question_id", "question_text", "answer_text"]].itertuples(index=False, name=None))
    out = []
    for ind in book.for_level("region"):
        own = [(q, a) for qid, q, a in rows if qid in ind.questions]
        rest = [a for qid, _, a in rows if qid not in ind.questions]
        if ind.type == "count":
            out.append((ind, _count(ind, [a for _, a in own], rest)))
            continue
        verdict = _grade_answer(ind, own, lang) or _grade_page(ind, rest, lang) or Verdict(UNKNOWN)
        out.append((ind, verdict))
    return out


# ---------------------------------------------- decide (municipalities)
@dataclass
class BlockReading:
    readings: list[Reading]
    signals: dict[str, tuple[str, str]] = field(default_factory=dict)  # signal -> (evidence, rule id)


def _fires(rule: Rule, reading: Reading) -> re.Match | None:
    for cue in rule.cues:
        for m in cue.finditer(reading.text):
            negated, past = reading.clause_flags(m)
            if past:
                continue
            if rule.when == "any":
                return m
            if rule.when == "negated" and negated:
                return m
            if rule.when == "wish" and reading.wish:  # "inga grupper idag men planerar att starta en"
                return m
            if rule.when == "affirmed" and not negated and not reading.wish:
                return m
    return None


def _raise_signals(ind: Indicator, block: BlockReading) -> None:
    for rule in ind.rules:
        for reading in block.readings:
            if _fires(rule, reading):
                block.signals.setdefault(rule.signal, (reading.text, rule.id))
                break


def _method_status(sentence: str, statuses: dict[str, tuple[re.Pattern, ...]]) -> str:
    """A method's status from the words around it: training, planned, else active."""
    if first_match(statuses.get("training", ()), sentence):
        # "har gått ME-WE-utbildning, vi har nu grupper": trained and running
        return "active" if first_match(statuses.get("active", ()), sentence) else "training"
    if first_match(statuses.get("planned", ()), sentence):
        return "planned"
    return "active"


def _methods(ind: Indicator, block: BlockReading) -> Verdict:
    """Methods named in the block with their best status; their kinds raise signals."""
    found: dict[str, tuple[str, str, str]] = {}  # name -> (status, kind, evidence)
    statuses = dict(ind.status_cues)
    for reading in block.readings:
        for name, kind, cues in ind.methods:
            if not first_match(cues, reading.text):
                continue
            status = _method_status(reading.text, statuses)
            if name not in found or STATUS_ORDER[status] > STATUS_ORDER[found[name][0]]:
                found[name] = (status, kind, reading.text)
    for name, (status, kind, evidence) in found.items():
        for signal in (f"method_{kind}_{status}", f"method_any_{status}"):
            block.signals.setdefault(signal, (evidence, f"{ind.id}.{status}"))
    if not found:
        return Verdict(EMPTY_SET, "", f"{ind.id}.none_named")
    value = ";".join(f"{name}:{found[name][0]}" for name in sorted(found))
    evidence = " … ".join(dict.fromkeys(found[name][2] for name in sorted(found)))
    return Verdict(value, evidence, f"{ind.id}.named")


def _members(ind: Indicator, block: BlockReading) -> Verdict:
    found: dict[str, str] = {}
    for reading in block.readings:
        if "wish" in ind.exclude_in and reading.wish:
            continue
        for member, cues in ind.members:
            if member in found:
                continue
            for cue in cues:
                m = cue.search(reading.text)
                if not m:
                    continue
                negated, past = reading.clause_flags(m)
                if ("negated" in ind.exclude_in and negated) or past:
                    continue
                found[member] = reading.text
                break
    if not found:
        return Verdict(EMPTY_SET, "", f"{ind.id}.none_named")
    members = sorted(found)
    return Verdict(";".join(members), " … ".join(dict.fromkeys(found[m] for m in members)), f"{ind.id}.named")


_AGE_RANGE = re.compile(r"(?<!\d)(\d{1,2})\s*[-–]\s*(\d{1,2})\s*år")
_AGE_UP_TO = re.compile(r"\b(?:upp\s+till|till\s+och\s+med|t\.?o\.?m\.?|under|yngre\s+än)\s+(\d{1,2})\s*år", re.IGNORECASE)
_AGE_FROM = re.compile(r"\b(?:från|över|äldre\s+än)\s+(\d{1,2})\s*år|\b(\d{1,2})\s*år\s+och\s+(?:uppåt|äldre)", re.IGNORECASE)
ADULT_AGE = 18


def _ages(block: BlockReading) -> tuple[Verdict, Verdict]:
    """Youngest and oldest ages the children's activities cover; adult ages set nothing."""
    lows: list[tuple[int, str]] = []
    highs: list[tuple[int, str]] = []
    for reading in block.readings:
        s = reading.text
        for m in _AGE_RANGE.finditer(s):
            low, high = int(m.group(1)), int(m.group(2))
            if low < ADULT_AGE and low <= high:
                lows.append((low, s))
                highs.append((high, s))
        for m in _AGE_UP_TO.finditer(s):
            if int(m.group(1)) <= ADULT_AGE + 3:
                highs.append((int(m.group(1)), s))
        for m in _AGE_FROM.finditer(s):
            age = int(m.group(1) or m.group(2))
            if age < ADULT_AGE:
                lows.append((age, s))
    low = min(lows) if lows else None
    high = max(highs) if highs else None
    return (
        Verdict(str(low[0]), low[1], "M06.age_min") if low else Verdict("", "", ""),
        Verdict(str(high[0]), high[1], "M06.age_max") if high else Verdict("", "", ""),
    )


def _decide(ind: Indicator, block: BlockReading, decided: dict[str, Verdict]) -> Verdict:
    for row in ind.decide:
        conditions = row["if"]
        evidence = []
        for condition in conditions:
            if "=" in condition:
                name, wanted = condition.split("=", 1)
                verdict = decided.get(name)
                if not verdict or verdict.value != wanted:
                    break
                evidence.append(verdict.evidence)
            elif condition in block.signals:
                evidence.append(block.signals[condition][0])
            else:
                break
        else:
            text = " … ".join(e for e in dict.fromkeys(evidence) if e)
            return Verdict(str(row["then"]), text, row.get("rule", f"{ind.id}.{row['then']}"))
    return Verdict(UNKNOWN)


def code_municipality(answers: pd.DataFrame, book: Codebook) -> list[tuple[Indicator, Verdict]]:
    """Verdicts of every municipality indicator for one block of text."""
    text = "\n\n".join(answers["answer_text"])
    block = BlockReading(read_sentences(text, book.language))
    indicators = book.for_level("municipality")
    for ind in indicators:
        _raise_signals(ind, block)
    decided: dict[str, Verdict] = {}
    for ind in indicators:  # methods first: their statuses are signals for the others
        if ind.type == "methods":
            decided[ind.name] = _methods(ind, block)
    ages = _ages(block)
    for ind in indicators:
        if ind.type == "methods":
            continue
        if ind.type == "set":
            decided[ind.name] = _members(ind, block)
        elif ind.type == "age":
            decided[ind.name] = ages[0] if ind.bound == "min" else ages[1]
        else:
            decided[ind.name] = _decide(ind, block, decided)
    if not block.readings:  # an empty block says nothing, not even "no methods named"
        decided = {name: Verdict(UNKNOWN) if v.value else v for name, v in decided.items()}
    return [(ind, decided[ind.name]) for ind in indicators]


# ----------------------------------------------------------- the tables
def code_all(
    respondents: pd.DataFrame,
    answers: pd.DataFrame,
    manual_path: str | Path | None = None,
    codebook: str | Path | None = None,
) -> tuple[pd.DataFrame, list[Problem]]:
    """The codings table for all respondents, manual codings applied."""
    book = load_codebook(codebook)
    rows = []
    by_respondent = dict(tuple(answers.groupby("respondent_id", sort=False))) if len(answers) else {}
    for r in respondents.itertuples(index=False):
        if r.level not in ("region", "municipality"):
            continue
        respondent_answers = by_respondent.get(r.respondent_id, schemas.empty(schemas.ANSWERS))
        if r.level == "region" and r.kind != "questionnaire":
            continue  # project descriptions are narratives, not answers to the questionnaire
        coder = code_region if r.level == "region" else code_municipality
        for ind, verdict in coder(respondent_answers, book):
            rows.append(
                dict(
                    respondent_id=r.respondent_id,
                    doc_id=r.doc_id,
                    org_code=r.org_code,
                    level=r.level,
                    wave=r.wave,
                    indicator_id=ind.id,
                    indicator=ind.name,
                    value=verdict.value,
                    evidence=verdict.evidence,
                    rule_id=verdict.rule_id,
                    source="rule",
                )
            )
    codings = pd.DataFrame(rows, columns=list(schemas.CODINGS.columns)) if rows else schemas.empty(schemas.CODINGS)
    codings["wave"] = codings["wave"].astype("Int64")
    problems: list[Problem] = []
    if manual_path:
        from .manual import apply_manual

        codings, problems = apply_manual(codings, respondents, Path(manual_path))
    return codings, problems


def indicators_wide(codings: pd.DataFrame, respondents: pd.DataFrame) -> pd.DataFrame:
    """One row per respondent (and so per wave) with one column per indicator."""
    keys = ["respondent_id", "doc_id", "org_code", "org_name", "level", "county_code", "sub_unit", "wave"]
    base = respondents[respondents["respondent_id"].isin(codings["respondent_id"])][keys]
    if codings.empty:
        return base.reset_index(drop=True)
    wide = codings.pivot(index="respondent_id", columns="indicator", values="value")
    order = list(dict.fromkeys(codings["indicator"]))
    wide = wide[order].reset_index()
    wide.columns.name = None
    out = base.merge(wide, on="respondent_id", how="left")
    out["wave"] = out["wave"].astype("Int64")
    for ind in load_codebook().indicators:
        if ind.type in ("count", "age") and ind.name in out:
            out[ind.name] = pd.to_numeric(out[ind.name].replace("", None), errors="coerce").astype("Int64")
    return out.reset_index(drop=True)
