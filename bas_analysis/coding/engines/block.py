"""Block engines: a municipality's block of a network report.

In:  an indicator of level ``municipality`` and a :class:`Block` (the block's
     sentences, read once, and the signals raised so far).
Out: a :class:`~bas_analysis.coding.engines.Verdict`.

Rules raise named *signals* where their cue stands in a clause of the right
kind (``affirmed``, ``negated``, ``wish`` for plans and wishes, ``any``);
a clause about the past ("Tidigare hade vi …", "… upphörde 2017") describes
nothing current. Methods are found with their status from the tense of their
own clause (a plan before training = planned, training going on = training,
trained and running or simply running = active); their kinds raise signals
too (``method_group_active`` …). Sets collect members from present, affirmed
clauses; decision tables (``decide``) give the value of the first row whose
signals are all raised.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ...vocab import EMPTY_SET, EVIDENCE_SEPARATOR, STATUS_ORDER, UNKNOWN, format_methods, format_set
from ..reading import Clause, Unit, read
from ..words import Match, candidates, first_match, may_run, needed_words, parse_number, says, tokenize
from . import BLOCK_CUE, CONFLICT, DEFAULT_ROW, HIGH, LOW, MEANING, MEDIUM, SILENT, Verdict, excepted, register


@dataclass
class Block:
    units: list[Unit]
    lang: object = None
    wave: int | None = None
    signals: dict[str, tuple[str, str]] = field(default_factory=dict)  # signal -> (evidence, rule id)
    decided: dict = field(default_factory=dict)
    ages: dict = field(default_factory=dict)  # (patterns, adult age, youth age) -> what block_ages found
    book: object = None  # the codebook the block is read with (Block.of)
    named: dict = field(default_factory=dict)  # id of a unit -> where it names methods (found when first asked)
    restarted: frozenset = frozenset()  # ids of the units whose paused clauses read as a start again planned

    @classmethod
    def of(cls, texts, book, wave=None, others=(), own="") -> "Block":
        """``others``: the names of the other municipalities of a joint answer, ``own`` this one's (the block is
        this one's share: a sentence that opens with another's place and does not name this one is not)."""
        lang = book.language
        units: list[Unit] = []
        for text in texts:
            units.extend(read(text, lang))
        if others:
            # "I Herrljunga finns ingen grupp" in the joint answer of Vårgårda and Herrljunga is Herrljunga's alone
            lead = place_lead(lang.place_lead, tuple(others))
            mine = place_lead(r"\b(?:{place})", (own,)) if own else None
            units = _split_places(units, tuple(others) + ((own,) if own else ()), tuple(others), lang)
            units = [unit for unit in units if not lead.search(unit.text) or (mine is not None and mine.search(unit.text))]
        units = _answered_questions(units)
        restarted = frozenset(map(id, _restarted(units, lang))) if _may_restart(texts, lang) else frozenset()
        return cls(units, lang, wave, book=book, restarted=restarted)


def _split_places(units: list[Unit], names: tuple[str, ...], others: tuple[str, ...], lang) -> list[Unit]:
    """The sentences of a joint answer that speak of two of its municipalities in turn ("I Flen finns sedan 2017 en
    barngrupp, medan Katrineholm saknar gruppverksamhet"), each part read as a sentence of its own; a part that opens
    with another municipality (as its place or its subject) and does not name this one is that one's alone (the
    language's ``place_turn`` and ``place_part`` templates, codebook data)."""
    turn = place_lead(lang.place_turn, names)
    other_part = place_lead(lang.place_part, others)
    out: list[Unit] = []
    for unit in units:
        turns = list(turn.finditer(unit.text))
        if not turns:
            out.append(unit)
            continue
        starts = [0] + [m.end() for m in turns]
        ends = [m.start() for m in turns] + [len(unit.text)]
        for start, end in zip(starts, ends):
            piece = unit.text[start:end].strip()
            if other_part.search(piece):
                continue  # "Katrineholm saknar …" in Flen's share: Katrineholm's
            out.extend(read(piece if piece.endswith((".", "!", "?")) else piece + ".", lang))
    return out


@lru_cache(maxsize=256)
def place_lead(template: str, names: tuple[str, ...]) -> re.Pattern:
    """The language's pattern of a sentence that opens by naming one of ``names`` as its place (its ``{place}`` filled).
    A name in the genitive, as a joint heading gives it ("Kumla och Hallsbergs kommuner" -> "Hallsbergs"), stands for
    its base form too ("I Hallsberg finns …"): the template lets an "s" follow a name, so "Hallsberg" finds both."""
    names = tuple({form for name in names if name.strip() for form in (name, name[:-1] if len(name) > 4 and name.endswith("s") else name)})
    place = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)) or "(?!x)x"
    return re.compile(template.replace("{place}", place), re.IGNORECASE)


_RESTART_WORDS: dict[int, tuple] = {}  # id of a pattern -> (it, its words): a pattern's hash hashes its whole program


def _restart_words(pattern) -> tuple[tuple[str, ...], ...]:
    """Sets of words one of each of which a start again holds (:func:`needed_words`; empty: nothing known), each
    word also capitalised and in capitals (a text is not lower-cased for the test: that costs more than the test)."""
    known = _RESTART_WORDS.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    found = tuple(tuple({form for word in words for form in (word, word[:1].upper() + word[1:], word.upper())})
                  for words in needed_words(pattern) or ())
    if len(_RESTART_WORDS) >= 8:
        _RESTART_WORDS.clear()
    _RESTART_WORDS[id(pattern)] = (pattern, found)
    return found


def _may_restart(texts, lang) -> bool:
    """A text of the block holds the words a start again needs (substrings: the regular expression is dear, and
    asked of every sentence of every block)."""
    needs = _restart_words(lang.restart_back)
    for text in texts:
        if text and all([any(map(text.__contains__, words)) for words in needs]):
            return True
    return False


def _restarted(units: list[Unit], lang) -> list[Unit]:
    """A start again planned of what was paused ("Gruppen är vilande. Vi hoppas kunna starta den igen."): the paused
    clauses before it, in its sentence or the one before, read as planned (a copy of that unit in ``units``; the cached
    one stays). Gives the copies."""
    copies = []
    for i, unit in enumerate(units):
        restart = lang.restart_back.search(unit.text)
        if restart is None:
            continue
        clause = unit.clause_at(restart.start())
        if not clause.plan or clause.negated:
            continue  # "har startat igen": it runs now; "inga planer på att starta den igen": it stays paused
        mine = [c for c in unit.clauses if c.past and c.end <= clause.start]
        target = i if mine else i - 1
        if target < 0 or not any(c.past for c in units[target].clauses):
            continue
        paused = units[target]
        clauses = [replace(c, past=False, plan=True, intent=clause.intent) if c.past and (target < i or c.end <= clause.start) else c
                   for c in paused.clauses]
        units[target] = replace(paused, clauses=clauses, _flags={})
        copies.append(units[target])
    return copies


def _answered_questions(units: list[Unit]) -> list[Unit]:
    """A question the block asks itself ("Har vi barngrupper? Nej, …") reads as the answer says."""
    out = []
    for i, unit in enumerate(units):
        if unit.question:
            nxt = units[i + 1] if i + 1 < len(units) else None
            if nxt is not None and nxt.bare == "no":
                out.append(replace(unit, clauses=[replace(c, negated=True) for c in unit.clauses], question=False))
            elif nxt is not None and nxt.bare == "yes":
                out.append(replace(unit, question=False))
            continue
        out.append(unit)
    return out


def _method_starts(block, unit: Unit) -> list[int]:
    """Where ``unit`` names methods (the codebook's methods indicator; asked only where a plan may take up a denial)."""
    key = id(unit)
    if key not in block.named:
        starts = []
        for ind in block.book.indicators:
            if ind.engine == "methods":
                starts += [m.start for cues in unit.group_candidates(ind.method_cues).values() for cue in cues for m in unit.matches(cue)]
        block.named[key] = starts
    return block.named[key]


def _names_method(clause: Clause, named) -> bool:
    """Whether ``clause`` names a method of its own (``named``: where the sentence names methods)."""
    return any(clause.start <= n < clause.end for n in named)


def _clause_ok(rule_when: str, unit: Unit, m, block) -> bool:
    negated, past, plan = unit.flags(m)
    if rule_when == "past":  # what was and has ended ("Vi hade tidigare en syskongrupp, men den lades ner")
        return past and not negated
    if rule_when == "negated" and past:
        return not negated and any(c.negated and c.start > m.start for c in unit.clauses)
    if past:
        return False
    if rule_when == "any":
        return True
    if rule_when == "negated":
        if negated:
            return True
        clause = unit.clause_at(m.start)
        # "Tidigare hade vi Klubb Simon-grupper, men dem har vi inte kunnat hålla sedan pandemin": not now
        return clause.past and any(c.negated and c.start > clause.start for c in unit.clauses)
    if rule_when in ("wish", "planned"):
        clause = unit.clause_at(m.start)
        later = [c for c in unit.clauses if c.start > clause.start]
        ok = (lambda c: c.intent) if rule_when == "planned" else (lambda c: c.plan)
        if negated:  # "inga grupper under pandemin, men startar igen i höst": the plan takes up what was negated,
            # unless it names a method of its own ("inga grupper ännu, men planen är att gå utbildning i BRA-samtal":
            # that plan is the method's, coded with its own status and kind)
            named = _method_starts(block, unit)
            return any(ok(c) and not c.negated and not _names_method(c, named) for c in later)
        in_purpose = clause.purpose_from >= 0 and m.start >= clause.purpose_from
        return ok(clause) or in_purpose
    return not negated and not plan


_YEAR = re.compile(r"(?:19|20)\d\d")


def _fires(rule, unit: Unit, block, cues) -> bool:
    """Whether ``rule`` fires in ``unit`` of ``block``; ``cues``: its cues that may match there (:meth:`Unit.group_candidates`)."""
    if rule.when == "past" and not any(c.past for c in unit.clauses):
        # a match counts for a rule of the past only in a past clause (:func:`_clause_ok`: the flags are its clause's,
        # and a unit without clauses has a present default): in a unit without one its cues need not be looked for
        return False
    for cue in cues:
        for m in unit.matches(cue):
            if not _clause_ok(rule.when, unit, m, block) or excepted(rule, unit, m):
                continue
            if rule.years:
                year = _YEAR.search(unit.text[m.start : m.end])
                if year and block.wave:
                    recent = int(year.group(0)) >= int(block.wave) - 1
                    if recent != (rule.years == "recent"):
                        continue
                elif rule.years == "recent":
                    continue
            return True
    return False


def raise_signals(ind, block: Block) -> None:
    live = None
    for r, rule in enumerate(ind.rules):
        if rule.signal in block.signals:
            continue
        if live is None:  # per unit, the rules that may match there and their cues that may (the others cannot fire)
            live = [unit.group_candidates(ind.rule_cues) for unit in block.units]
            some = set().union(*live)  # the rules that may match in some unit: the others are not looked for
        if r not in some:
            continue
        for unit, may in zip(block.units, live):
            cues = may.get(r)
            if cues and _fires(rule, unit, block, cues):
                block.signals[rule.signal] = (unit.text, rule.id)
                break


@register("decide")
def decide(ind, block: Block) -> Verdict:
    for conditions, then, rule_id in ind.decide:
        evidence, from_signals = [], False
        for condition in conditions:
            if "=" in condition:
                name, wanted = condition.split("=", 1)
                verdict = block.decided.get(name)
                if not verdict or verdict.value != wanted:
                    break
                evidence.append(verdict.evidence)
            elif condition in block.signals:
                evidence.append(block.signals[condition][0])
                from_signals = True
            else:
                break
        else:
            text = EVIDENCE_SEPARATOR.join(e for e in dict.fromkeys(evidence) if e)
            if len(conditions) > 1 and then == "partial":
                return Verdict(then, text, rule_id, LOW, CONFLICT)
            return Verdict(then, text, rule_id, HIGH if from_signals else MEDIUM, BLOCK_CUE if from_signals else DEFAULT_ROW)
    return Verdict(UNKNOWN, "", "", HIGH, SILENT)


def _marker_at(cues, unit: Unit, clause: Clause) -> int | None:
    """Where in the sentence the first of ``cues`` within the clause stands (None: not there)."""
    text = unit.text[clause.start : clause.end]
    best = None
    tokens = tokenize(text)
    for cue in candidates(cues, tokens, text):  # the others cannot match
        m = cue.search(text, tokens)
        if m and (best is None or m.start < best):
            best = m.start
    return None if best is None else clause.start + best


@lru_cache(maxsize=8)
def _plan_cues(lang) -> tuple:
    """Plans, wishes and "ska" + verb as one tuple, made once per language (a tuple kept alive is looked up by first word)."""
    return lang.plans + lang.wishes + lang.modal_plans


def method_status(unit: Unit, match, statuses: dict, lang, named=()) -> str:
    """A method's status from the tense of its own clause (``named``: where the sentence names methods)."""
    clause = _bracket_clause(unit, _label_clause(unit, unit.clause_at(match.start), named), match, named)
    # a method in a "ska" clause is planned, or prescribed as a task: either way not shown practised
    plan = _marker_at(_plan_cues(lang), unit, clause)
    if plan is None and _under_plan_label(unit, unit.clause_at(match.start)):
        plan = clause.start  # "Mål: ME-WE-grupp till hösten", "Plan: starta Trappan"
    if plan is None and unit.clause_at(match.start).plan and _plan_after(unit, clause, lang):
        plan = clause.start  # "Hopp, grupp för tonåringar – start planerad i höst" (see plan_back)
    training = _marker_at(statuses.get("training", ()), unit, clause)
    if training is not None and training > match.start:
        return "training"  # "vi planerar ME-WE-grupper och två kollegor går utbildningen nu"
    # "ME-WE-grupper ska startas, och två kollegor går utbildningen": a "ska" + passive is no practice shown either
    ahead = plan is not None or lang.modal_passive.search(unit.text[clause.start : clause.end]) is not None
    if ahead and training is None:
        # "Vi vill starta ME-WE, och tre kollegor går utbildningen just nu": training in a later clause that
        # names no method of its own is the training for this one
        for later in unit.clauses:
            if later.start > clause.start and not _names_method(later, named):
                at = _marker_at(statuses.get("training", ()), unit, later)
                # (also one with a plan after the training: "två kollegor går utbildningen nu och den första gruppen
                # beräknas starta efter sommaren", as within one clause)
                if at is not None and (not later.plan or at < (_marker_at(_plan_cues(lang), unit, later) or -1)):
                    return "training"
    if plan is not None and (training is None or plan < training):
        return "planned"  # "kommer vi att gå utbildning i …", "hoppas kunna starta …"
    if training is not None:
        return "training"  # "går ME-WE-utbildningen (och hoppas …)"
    if _marker_at(statuses.get("trained", ()), unit, clause) is not None:
        # trained: active once it runs ("har gått utbildning i BRA-samtal och hållit samtal"), said in a clause
        # that is not denied, ahead or past ("certifierade samtalsledare, men samtalen har inte kommit igång")
        active = any(
            not (c.negated or c.plan or c.past) and _marker_at(statuses.get("active", ()), unit, c) is not None
            for c in unit.clauses
        )
        if active:
            return "active"
        # trained, and the start planned in a later clause that names no method of its own ("är klar med
        # BRA-utbildningen; vi räknar med att börja efter sommaren"): planned
        later_plan = any(
            c.start > clause.start and c.intent and not c.negated and not _names_method(c, named)
            for c in unit.clauses
        )
        return "planned" if later_plan else "training"
    return "active"


def _plan_after(unit: Unit, clause: Clause, lang) -> bool:
    """A later clause of the sentence that says the start of what comes before it is planned (``plan_back``)."""
    return any(c.start >= clause.end and c.plan and lang.plan_back.search(unit.text[c.start : c.end]) for c in unit.clauses)


def _under_plan_label(unit: Unit, clause: Clause) -> bool:
    """The clause follows a goal's or a plan's label at the sentence's head ("Mål:", "Plan:"), which makes it a plan
    (see :func:`~..reading.read_unit`)."""
    if not clause.intent or clause.start == 0:
        return False
    before = next((c for c in reversed(unit.clauses) if c.end <= clause.start), None)
    return (before is not None and before.start == 0 and before.intent
            and unit.text[before.start : before.end].rstrip().endswith(":"))


_LABEL_TOKENS = 4  # at most this many tokens make a method's name a list label ("ME-WE – två ledare utbildas nu")


def _label_clause(unit: Unit, clause: Clause, named) -> Clause:
    """A method named as a label at the sentence's head, its status in the clause after the dash or colon
    ("Trappan – två kuratorer går utbildningen", "ME-WE: ledarna utbildas i vår"): the label and that clause are
    one, when that clause names no method of its own."""
    if clause.start > 0:
        return clause
    if sum(1 for t in unit.tokens if t.start < clause.end) > _LABEL_TOKENS:
        return clause
    after = next((c for c in unit.clauses if c.start >= clause.end), None)
    if after is None or _names_method(after, named):
        return clause
    return replace(clause, end=after.end)


def _bracket_clause(unit: Unit, clause: Clause, match, named) -> Clause:
    """A bracket right after the method, naming no method of its own, says the method's status ("Prata om det (två
    kollegor går utbildningen nu)", "…; Trappan (utbildas i höst)"): the method's clause and the bracket are one, when
    the method is the last its clause names (the bracket follows it, not another)."""
    after = next((c for c in unit.clauses if c.start >= clause.end), None)
    if after is None or not unit.text[after.start : after.end].lstrip().startswith("("):
        return clause
    if _names_method(after, named) or any(match.start < n < clause.end for n in named):
        return clause
    return replace(clause, end=after.end)


def _label_status(unit: Unit, match, named) -> Clause | None:
    """The clause after the dash or colon when the method at ``match`` is a label at the sentence's head (see
    :func:`_label_clause`), else None."""
    clause = unit.clause_at(match.start)
    if _label_clause(unit, clause, named) is clause:
        return None
    return next((c for c in unit.clauses if c.start >= clause.end), None)


def _trained_only(unit: Unit, match, statuses: dict) -> bool:
    """The method's clause says its training is completed ("utbildade i Trappan"), not going on."""
    clause = unit.clause_at(match.start)
    return (_marker_at(statuses.get("trained", ()), unit, clause) is not None
            and _marker_at(statuses.get("training", ()), unit, clause) is None)


def _trains_next(block: Block, at: int, statuses: dict) -> bool:
    """The sentence after the one at ``at`` names no method and says, not denied, ahead or past, that a training
    goes on ("Nu är två kollegor mitt i utbildningen")."""
    if at + 1 >= len(block.units):
        return False
    unit = block.units[at + 1]
    if _method_starts(block, unit):
        return False
    training = statuses.get("training", ())
    return any(not (c.negated or c.plan or c.past) and _marker_at(training, unit, c) is not None for c in unit.clauses)


def _ended(unit: Unit, match, statuses: dict) -> bool:
    clause = unit.clause_at(match.start)
    for later in unit.clauses:
        if later.start >= clause.start and _marker_at(statuses.get("ended", ()), unit, later) is not None:
            return True
    return False



_PATTERNS_OF: dict[int, tuple] = {}  # id of an indicator's ``other_methods`` -> (it, its patterns, kept alive here)


def _patterns_of(other: tuple) -> tuple:
    """The patterns of (kind, pattern) pairs, as one tuple made once (:func:`may_run` files a tuple by its id)."""
    entry = _PATTERNS_OF.get(id(other))
    if entry is None or entry[0] is not other:
        if len(_PATTERNS_OF) > 64:
            _PATTERNS_OF.clear()
        entry = _PATTERNS_OF[id(other)] = (other, tuple(pattern for _, pattern in other))
    return entry[1]


def _other_methods(ind, unit: Unit, known) -> list[tuple[str, str, Match]]:
    """(name, kind, match) of the methods the sentence names that the codebook does not list, by a pattern of the
    indicator (``other_methods``: a programme named after a word for its kind, "gruppverksamheten Vi tillsammans");
    not one that names a listed method (``known``: where those matches stand)."""
    out = []
    other = ind.other_methods
    # (the patterns whose needed words stand in the sentence, asked of it once for all of them: a word every such name
    # stands after, "gruppen", "samtalsmodellen", is not in the sentence for the others)
    for k in may_run(_patterns_of(other), unit.text):
        kind, pattern = other[k]
        for found in unit.finditer(pattern):
            start, end = found.span("name")
            if any(start <= m.start < end or m.start <= start < m.end for m in known):
                continue
            tokens = [i for i, t in enumerate(unit.tokens) if start <= t.start < end]
            if not tokens:
                continue
            name = " ".join(found.group("name").split())
            name = name[:1].upper() + name[1:]
            out.append((name, kind, Match(start, end, tokens[0], tokens[-1])))
    return out


_GROUPS_BACK = re.compile(r"^\W*(?:gruppen|grupperna|gruppträffarna|träffarna)\b", re.IGNORECASE)  # groups named before


@register("methods")
def methods(ind, block: Block) -> Verdict:
    found: dict[str, tuple[str, str, str]] = {}
    ended: dict[str, tuple[str, str]] = {}  # methods named only as ended or past: name -> (kind, evidence)
    statuses = dict(ind.status_cues)
    trained: set[str] = set()  # methods trained in (training completed), not in training now
    planned_text: dict[str, str] = {}  # methods said to be planned: name -> the sentence
    planned_at: dict[str, int] = {}  # methods said to be planned: name -> where that sentence stands in the block
    paused: dict[str, str] = {}  # methods said to be paused now, to be started again: name -> the sentence
    previous: list = []  # the methods the sentence before named: (name, kind)
    for at, unit in enumerate(block.units):
        may = unit.group_candidates(ind.method_cues)  # the methods that may be named here
        hits = [(ind.methods[g][0], ind.methods[g][1], m) for g, cues in may.items() for cue in cues for m in unit.matches(cue)]
        hits += _other_methods(ind, unit, [m for _, _, m in hits])
        named = [m.start for _, _, m in hits]
        for name, kind, m in hits:
            negated, past, _ = unit.flags(m)
            status_clause = _label_status(unit, m, named)
            # a label's status clause tells its tense ("Klubb Simon: pausad sedan i våras")
            past = past or (status_clause is not None and status_clause.past and not status_clause.negated)
            if negated or past or _ended(unit, m, statuses):
                if not negated:
                    ended.setdefault(name, (kind, unit.text))
                continue  # "har vi inte längre", "Tidigare hade vi …", "… men metoden används inte längre"
            status = method_status(unit, m, statuses, block.lang, named)
            if status == "active" and id(unit) in block.restarted and (unit.clause_at(m.start).plan or (
                    status_clause is not None and status_clause.plan)):
                status = "planned"  # paused, to be started again: planned, not running
                paused.setdefault(name, unit.text)
            if status == "planned":
                planned_text.setdefault(name, unit.text)
                planned_at.setdefault(name, at)
            elif status == "training" and _trained_only(unit, m, statuses):
                trained.add(name)
            if name not in found or STATUS_ORDER[status] > STATUS_ORDER[found[name][0]]:
                found[name] = (status, kind, unit.text)
        groups_before = [(name, kind) for name, kind in previous if kind == "group"]
        if not hits and id(unit) in block.restarted and len(groups_before) == 1 and _GROUPS_BACK.match(unit.text):
            # "Sedan 2015 har vi Klubb Simon. Grupperna är pausade och vi hoppas kunna starta igen till hösten": the
            # groups of the one group method the sentence before named
            paused.setdefault(groups_before[0][0], unit.text)
        previous = [(name, kind) for name, kind, _ in hits]
    for name, text in paused.items():
        # paused now, to be started again: planned, whatever an earlier sentence said of its years ("har vi sedan 2015")
        if found.get(name, ("",))[0] == "active":
            found[name] = ("planned", found[name][1], text)
    for name in trained & planned_text.keys():
        # trained in one sentence, its start planned in another ("Två är utbildade i Trappan. Trappan planerar vi att
        # starta i höst."): planned, as within one sentence
        status, kind, _ = found[name]
        if status == "training":
            found[name] = ("planned", kind, planned_text[name])
    for name, at in planned_at.items():
        if found[name][0] == "planned" and _trains_next(block, at, statuses):
            # planned, and the next sentence says a training goes on that names no method of its own ("Vi hade tänkt
            # starta ME-WE i fjol. Nu går två kollegor utbildningen."): in training, as within one sentence
            found[name] = ("training",) + found[name][1:]
    for name, (status, kind, evidence) in found.items():
        for signal in (f"method_{kind}_{status}", f"method_any_{status}"):
            block.signals.setdefault(signal, (evidence, f"{ind.id}.{status}"))
    for name, (kind, evidence) in ended.items():
        if name not in found:  # a method laid down ("Klubb Simon lades ner förra året"): it runs no more
            block.signals.setdefault(f"method_{kind}_ended", (evidence, f"{ind.id}.ended"))
    if not found:
        return Verdict(EMPTY_SET, "", f"{ind.id}.none_named", MEDIUM, MEANING)
    value = format_methods({name: found[name][0] for name in found})
    evidence = EVIDENCE_SEPARATOR.join(dict.fromkeys(found[name][2] for name in sorted(found)))
    return Verdict(value, evidence, f"{ind.id}.named", HIGH, BLOCK_CUE)


def _own(ind, unit: Unit, match) -> bool:
    """The organisation is the block's own ("våra familjebehandlare", "våra behandlare i öppenvården")."""
    if not ind.own_markers or match.first == 0:
        return False
    before = unit.tokens[match.first - 1].text
    if says(ind.own_markers, before):
        return True
    # the block's own staff placed in that unit ("våra familjebehandlare i öppenvården", "vår kurator på skolan")
    return match.first >= 3 and before in _OWN_PLACE and says(ind.own_markers, unit.tokens[match.first - 3].text)


_OWN_PLACE = frozenset({"i", "på", "vid"})  # a place after one's own staff ("inom" is an own marker itself)


_LABEL_WORDS = 4  # at most this many words make a sender's label
_LIST_WORDS = frozenset({"och", "samt"})  # organisations listed ("Socialtjänsten och skolan.") are no one sender


def _sender_label(block: Block) -> int:
    """Where the sender's label at the block's head ends (-1: none): a short verbless heading of the unit that
    answers ("Socialförvaltningen, Anhörigstöd." before the answer proper, "Stadsdelsförvaltningen: Vi har …").
    A label holds no clause subject or verb the language lists, no preposition ("Samverkan med BUP." is no label)
    and no list of several ("Socialtjänsten och skolan.")."""
    if not block.units or block.lang is None:
        return -1
    unit = block.units[0]
    lang = block.lang
    plain = lang.clause_subjects | frozenset(lang.prepositions) | _LIST_WORDS

    def is_label(tokens) -> bool:
        words = [t.text for t in tokens if t.text.isalpha()]
        return 0 < len(words) <= _LABEL_WORDS and not set(words) & plain

    colon = unit.text.find(":")
    if colon > 0 and is_label([t for t in unit.tokens if t.end <= colon]):
        return colon
    if len(block.units) > 1 and not unit.question and is_label(unit.tokens):
        return len(unit.text)
    return -1


@register("members")
def members(ind, block: Block) -> Verdict:
    if ind.only_with and not any(s in block.signals for s in ind.only_with):
        return Verdict(EMPTY_SET, "", f"{ind.id}.no_support_described", MEDIUM, MEANING)
    found: dict[str, str] = {}
    label_end = _sender_label(block) if "label" in ind.exclude_in else -1
    for index, unit in enumerate(block.units):
        for g, cues in unit.group_candidates(ind.member_cues).items():  # the members that may be named here
            member = ind.members[g][0]
            if member in found:
                continue
            for cue in cues:
                hit = None
                for m in unit.matches(cue):
                    if index == 0 and m.start < label_end:
                        continue  # the sender's own name is no partner ("Socialförvaltningen, Anhörigstöd. …")
                    negated, past, _ = unit.flags(m, indirect_is_plan=False)
                    clause = unit.clause_at(m.start)
                    purpose = clause.purpose_from >= 0 and m.start >= clause.purpose_from
                    # a wish names nothing the unit has; nor, with exclude_in "plan", does a plan proper: a cooperation
                    # or a group planned ("planerar ett samarbete med kyrkan kring en sorggrupp") is not there yet
                    # (work paused and to be started again, read as planned, keeps the partners and situations it
                    # had: "Gruppen, som vi driver med kyrkan, ligger på is. Vi planerar att starta den igen.")
                    planned = clause.plan and id(unit) not in block.restarted
                    if planned and block.lang.talk_party.search(unit.text[clause.start : m.start]):
                        # the party of a discussion held or under way ("Vi har börjat diskutera med elevhälsan hur vi
                        # ska gå vidare"): the contact is there now, what they discuss may lie ahead
                        planned = False
                    elif planned and block.lang.start_under_way.search(unit.text, clause.start, clause.end):
                        # a thing being started up now, not one ahead ("en ny grupp för barn i familjer som går igenom en
                        # separation är under uppstart"): the situations and partners it is set up for are there now
                        planned = False
                    wished = planned and (not clause.intent or clause.indirect)  # ("se över hur vi kan samverka med …")
                    if past or ("negated" in ind.exclude_in and negated) or ("wish" in ind.exclude_in and wished):
                        continue
                    if purpose and "purpose" in ind.exclude_in:
                        continue
                    if planned and clause.intent and "plan" in ind.exclude_in:
                        continue
                    matched = " ".join(t.text for t in unit.tokens[m.first : m.last + 1])
                    if says(ind.member_except, matched) or _own(ind, unit, m):
                        continue
                    if ind.member_except_near:
                        clause = unit.clause_at(m.start)
                        text = unit.text[clause.start : clause.end]
                        if says(ind.member_except_near, text):
                            continue
                    hit = m
                    break
                if hit:
                    found[member] = unit.text
                    break
    if ind.member_anaphors:
        _referred_members(ind, block, found)
    if not found:
        return Verdict(EMPTY_SET, "", f"{ind.id}.none_named", MEDIUM, MEANING)
    names = sorted(found)
    return Verdict(format_set(names), EVIDENCE_SEPARATOR.join(dict.fromkeys(found[m] for m in names)), f"{ind.id}.named", HIGH, BLOCK_CUE)


def _referred_members(ind, block: Block, found: dict[str, str]) -> None:
    """"Vi samverkar med dem": the organisations the sentence before names are members, whatever else that sentence
    says of them ("Barnen tas om hand av socialtjänsten. Vi samverkar med dem.")."""
    for i in range(len(block.units)):
        unit = block.units[i]
        refs = [m for cue in ind.member_anaphors for m in unit.matches(cue) if not any(unit.flags(m, indirect_is_plan=False))]
        if not refs:
            continue
        # (also what the same sentence names before it: "… ligger på familjeenheten, som vi samverkar med")
        first_ref = min(m.start for m in refs)
        sources = [(unit, first_ref, unit.text)]
        if i > 0:
            sources.append((block.units[i - 1], len(block.units[i - 1].text), EVIDENCE_SEPARATOR.join((block.units[i - 1].text, unit.text))))
        for before, limit, evidence in sources:
            for g, cues in before.group_candidates(ind.member_cues).items():
                member = ind.members[g][0]
                if member in found:
                    continue
                for cue in cues:
                    named = [m for m in before.matches(cue) if m.start < limit and not before.flags(m, indirect_is_plan=False)[0]
                             and not says(ind.member_except, " ".join(t.text for t in before.tokens[m.first : m.last + 1]))]
                    if named:
                        found[member] = evidence
                        break


_EQUAL_PATTERNS: dict = {}  # a tuple of patterns -> the first equal one seen
_SAME_PATTERNS: dict[int, tuple] = {}  # id of a tuple of patterns -> (it, the first equal one seen)


def _same_patterns(patterns: tuple) -> tuple:
    """The first tuple seen equal to ``patterns`` (indicators compiled apart hold equal tuples), found by its id:
    hashing a tuple of patterns hashes every pattern's whole program."""
    known = _SAME_PATTERNS.get(id(patterns))
    if known is not None and known[0] is patterns:
        return known[1]
    if len(_SAME_PATTERNS) >= 64:
        _SAME_PATTERNS.clear()
        _EQUAL_PATTERNS.clear()
    same = _EQUAL_PATTERNS.setdefault(patterns, patterns)
    _SAME_PATTERNS[id(patterns)] = (patterns, same)
    return same


def block_ages(ind, block: Block) -> tuple[tuple[int, str] | None, tuple[int, str] | None]:
    """(lowest age, its sentence) and (highest age, its sentence) the block names (read once per block for
    the indicators that share the patterns and limits: the lowest and the highest age)."""
    key = (id(_same_patterns(ind.age_patterns)), ind.adult_age, ind.youth_age_max)
    if key not in block.ages:
        block.ages[key] = _block_ages(ind, block)
    return block.ages[key]


def _block_ages(ind, block: Block) -> tuple[tuple[int, str] | None, tuple[int, str] | None]:
    lows: list[tuple[int, str]] = []
    highs: list[tuple[int, str]] = []
    patterns = ind.age_patterns
    words = dict(block.lang.number_words) if block.lang is not None else {}
    for unit in block.units:
        for k in may_run(patterns, unit.text):  # the others cannot match: a word they need is not in the sentence
            for m in unit.finditer(patterns[k]):
                clause = unit.clause_at(m.start())
                # the ages of a group planned count (a plan proper, not a wish): it is the activity being set up
                if clause.past or (clause.plan and not clause.intent) or clause.negated:
                    continue
                # in digits or words ("från sju år")
                groups = {k: parse_number(v, words) for k, v in m.groupdict().items() if v}
                groups = {k: v for k, v in groups.items() if v is not None}
                low = groups.get("low", groups.get("low2"))
                high = groups.get("high")
                if low is not None and high is not None and low > high:
                    continue
                if low is not None and low < ind.adult_age:
                    lows.append((low, unit.text))
                if high is not None and high <= ind.youth_age_max and (low is None or low < ind.adult_age):
                    highs.append((high, unit.text))
    return (min(lows) if lows else None), (max(highs) if highs else None)


@register("ages")
def ages(ind, block: Block) -> Verdict:
    low, high = block_ages(ind, block)
    found = low if ind.bound == "min" else high
    if found is None:
        return Verdict("", "", "", HIGH if block.units else LOW, SILENT)
    return Verdict(str(found[0]), found[1], f"{ind.id}.age_{ind.bound}", HIGH, BLOCK_CUE)
