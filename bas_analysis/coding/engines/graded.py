"""Graded engine: a region's answer to its own question, read for its meaning.

In:  an indicator of level ``region`` and a :class:`Page` (the respondent's
     answers in page order, each read once into units).
Out: a :class:`~bas_analysis.coding.engines.Verdict`.

Each answer gets an answer-level reading: the thing asked about *exists*,
exists *with a scope limit*, *does not exist*, the answer *says nothing* about
it, or it *refers elsewhere* ("se ovan", "se svar på fråga 2": then the
answer referred to is read for this question). Cues are evidence for that
reading, not a gate: an affirmative, substantive answer without any cue word
is read as "exists" (for a "Finns det …?" question), a negative one as "does
not exist". A bare "Ja"/"Nej" answers the question it stands under; later
statements with a scope limit lower a yes to partial, and existing (not
planned) things raise a "Nej" to partial. A list after a colon naming
audiences ("Broschyrer finns till: – personal – föräldrar") decides the
material indicator of each audience named. Only when the own answers say
nothing are the stricter ``page_cues`` read on the rest of the page.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...vocab import EVIDENCE_SEPARATOR, UNKNOWN
from ..reading import Unit, read
from ..words import first_match, may_match, needed_words, parse_number
from . import CONFLICT, CUT_OFF, ELSEWHERE, HIGH, LOW, MEANING, MEDIUM, OWN_CUE, REFERENCE, SILENT, Verdict, excepted, register


FRAGMENT_WORDS = 8  # a sentence cut off by the page's end is evidence only when most of it is there
SHORT_LIMIT = 5  # words of a negated qualifier after a yes that limits it ("…, men inte överallt")


@dataclass
class Answer:
    qid: str
    question: str
    text: str
    units: list[Unit]
    last: bool = False  # the last answer of a page cut off in the middle
    # material indicators whose audiences the question lists ("… till personal, föräldrar och barn?"): each reads the
    # answer as its own, the sentences addressed to its audience or to none
    readers: tuple = ()


@dataclass
class Page:
    answers: list[Answer]
    book: object
    cut_off: bool = False
    audiences: tuple = ()  # every material indicator's audience cues
    siblings: dict = field(default_factory=dict)  # qid -> indicators reading it, codebook order

    @classmethod
    def of(cls, rows, book) -> "Page":
        """``rows``: (question_id, question_text, answer_text) in page order."""
        lang = book.language
        answers = [Answer(q, qt or "", a or "", read(a or "", lang)) for q, qt, a in rows]
        page = cls(answers, book)
        page.cut_off = _cut_off(answers)
        if page.cut_off:
            for answer in reversed(answers):
                if answer.text.strip() or answer.question.strip():
                    answer.last = True
                    break
        regional = book.for_level("region")
        page.audiences = tuple(cue for ind in regional for cue in ind.audience)
        for ind in regional:
            for q in ind.questions:
                page.siblings.setdefault(q, []).append(ind)
        for answer in answers:
            answer.readers = _listed_readers(answer, regional, lang)
        _apply_corrections(page, lang)
        return page


def _apply_corrections(page: Page, lang) -> None:
    """A paragraph that corrects another answer ("Rättelse till fråga 4 (barnombud): svaret ovan blev fel. Inom … finns
    35 barnombud …"), in any answer: the rest of its paragraph replaces the answer it names (by number or topic)."""
    if not any("ttelse" in a.text or "orrigering" in a.text or "ättning" in a.text or ("råga" in a.text and " fel" in a.text)
               for a in page.answers):
        return  # the words looked for first: almost no page holds one
    for answer in list(page.answers):
        for paragraph in re.split(r"\n\s*\n", answer.text):
            units = read(paragraph, lang)
            m = lang.correction_lead.search(units[0].text) if units else None
            if not m:
                continue
            groups = {k: v for k, v in m.groupdict().items() if v}
            number = groups.get("number") or groups.get("number2")
            reference = ("number", number) if number else ("topic", groups["topic"].lower())
            target = _referred(page, answer, units[0], reference)
            rest = units[0].text[m.end():]
            # (a topic's label with the answer after its colon: "Rättelse gällande barnombud: inom psykiatrin finns …")
            head = list(read(rest.lstrip(" :"), lang)) if "topic" in groups and rest.lstrip().startswith(":") else []
            if target is None or target is answer or not head and len(units) < 2:
                continue
            target.units = head + list(units[1:])
            target.text = "\n".join(u.text for u in target.units)


@lru_cache(maxsize=8)
def _addressees(addressing: frozenset) -> tuple[re.Pattern, re.Pattern]:
    """The patterns of a question's audiences after the language's addressing words ("till personal, föräldrar …"),
    and of a further question naming one ("… till personal? till föräldrar?")."""
    words = "|".join(sorted(map(re.escape, addressing)))
    return (re.compile(rf"\b(?:{words})\s+([^?]*)", re.IGNORECASE),
            re.compile(rf"\?\s*(?:{words})\s+([^?]*)", re.IGNORECASE))


_LIST_PARTS = re.compile(r"\s*(?:,|/|\boch\b|\bsamt\b|\beller\b)\s*", re.IGNORECASE)


def _listed_readers(answer: Answer, regional, lang) -> tuple:
    """The material indicators a question lists the audiences of ("Finns det material/information till personal,
    föräldrar och barn?"), when it lists more than one: each reads the answer as its own."""
    if not any(ind.audience and answer.qid in ind.questions for ind in regional):
        return ()
    first, further = _addressees(lang.addressing)
    found = first.search(answer.question)
    if not found:
        return ()
    named: list = []
    # (also the audiences asked of one by one, each a short question of its own: "… till personal? till föräldrar? till
    # barn och unga?")
    lists = [found] + [m for m in further.finditer(answer.question, found.end())]
    for found in lists:
        for part in _LIST_PARTS.split(found.group(1)):
            if not part.strip():
                continue
            here = [ind for ind in regional if ind.audience and (m := first_match(ind.audience, part.strip())) is not None
                    and m.start == 0]
            if not here:
                break  # the list has ended ("till föräldrar om hur man pratar med barn")
            named.extend(ind for ind in here if ind not in named)
    return tuple(named) if len(named) > 1 else ()


def _for_others(ind, unit: Unit, readers: tuple, lang) -> bool:
    """A sentence of an answer read by several audiences addressed to others only ("Till föräldrar finns broschyrer",
    "Föräldrar får en folder", "material riktat till barn har vi inte"): the audience opens it or follows a word addressing it (the codebook's
    ``addressing``: "till", "för")."""
    named = set()
    for other in readers:
        for cue in other.audience:
            if any(m.first <= 1 or unit.tokens[m.first - 1].text.lower() in lang.addressing for m in unit.matches(cue)):
                named.add(id(other))
                break
    return bool(named) and id(ind) not in named


def _clauses_for_others(ind, unit: Unit, audiences: tuple, lang) -> tuple:
    """The clauses of a sentence addressed to another audience only, when another clause of it is not ("Personalen
    saknar eget material, men till föräldrar delar vi ut en folder"): their cues are that audience's, not this
    material indicator's (the audience opens the clause or follows a word addressing it, as in :func:`_for_others`)."""
    if not ind.audience or len(unit.clauses) < 2:
        return ()
    # (a cue's matches first: most audiences' cues have none, and comparing cues field by field costs more)
    others = [m for cue in audiences for m in unit.matches(cue) if cue not in ind.audience]
    if not others:
        return ()  # no other audience named: the common case, nothing more to look at
    own = [m for cue in ind.audience for m in unit.matches(cue)]
    addressed = []
    for clause in unit.clauses:
        within = lambda m: clause.start <= m.start < clause.end
        if any(within(m) for m in own) or not any(within(m) for m in others):
            continue
        first = next((i for i, t in enumerate(unit.tokens) if t.start >= clause.start), len(unit.tokens))
        if any(within(m) and (m.first - first <= 1 or unit.tokens[m.first - 1].text.lower() in lang.addressing)
               for m in others):
            addressed.append(clause)
    return tuple(addressed) if len(addressed) < len(unit.clauses) else ()


_TERMINAL = re.compile(r"[.!?)\]”\"»…:]\s*$|\S+\.\w{2,4}\S*$|https?://\S+$")
_ITEM = re.compile(r"^\s*(?:[•·▪◦‣∙*–—-]|\d+[.)])\s+")


def _cut_off(answers: list[Answer]) -> bool:
    """A page cut off in the middle: its last question line or answer stops mid-text
    (a list item needs no full stop)."""
    for answer in reversed(answers):
        if answer.text.strip():
            last_line = answer.text.strip().split("\n")[-1]
            return not (_TERMINAL.search(last_line) or _ITEM.match(last_line))
        if answer.question.strip() and not answer.question.startswith("("):
            return not answer.question.rstrip().endswith(("?", ":"))
    return False


# ----------------------------------------------------------- evidence
@dataclass
class Evidence:
    kind: str  # yes | partial | no | limit | planned | ended (existed, has ended: read only when nothing else speaks)
    unit: Unit
    rule_id: str
    cue: bool = True
    soft: bool = False  # a partial that does not lower a yes said elsewhere (a hedge, a sporadic extra)
    sibling: bool = False  # said in a sentence about another indicator of the same question
    full: bool = False  # a yes no limit lowers (a referral to material made by others)
    alone: bool = False  # from a rule that counts only when no other rule says anything
    scoped: bool = False  # a negative statement about parts of the organisation ("övriga enheter har inget")
    fallback: bool = False  # from a `lowers: false` partial rule: counts only when nothing says yes


def _hedged(ind, unit: Unit) -> bool:
    """A scope limit in the sentence; naming a care area limits only indicators with scope limits (a journal
    review in one care area is still a follow-up of compliance)."""
    return unit.hedged and (ind.area_limits or not unit.area_only)


def _own_cap(ind, unit: Unit) -> bool:
    """The sentence's cap limits this indicator: not a finding of the follow-up ("en granskning visade kodning i färre
    än 5 %" caps what was found, not the follow-up), nor a cap the indicator leaves to another (``caps_except``:
    "KVÅ-koderna används nästan inte alls" caps the codes, not the record)."""
    if not unit.capped:
        return False
    if ind.other_part and first_match(ind.other_part, unit.text, unit.tokens):
        return False
    return not (ind.caps_except and first_match(ind.caps_except, unit.text, unit.tokens))


def _cue_evidence(ind, unit: Unit, lang, capped: bool | None = None, skip: tuple = ()) -> list[Evidence]:
    """``skip``: clauses whose cues are not this indicator's (addressed to another audience)."""
    capped = unit.capped if capped is None else capped
    yes = partial = no = limit = planned = fallback = unit_partial = weak_no = ended = None
    yes_alone = True
    full = clean_full = False  # clean_full: a yes in full in a clause of its own with no scope limit
    hedge_elsewhere = False  # the sentence's scope limit is another clause's, about what the indicator leaves to another
    yes_spans: list[tuple[int, int]] = []
    fallback_spans: list[tuple[int, int]] = []
    may = unit.group_candidates(ind.rule_cues)  # the rules that may match in this sentence and their cues that may
    for r, cues in may.items():
        rule = ind.rules[r]
        for cue in cues:
            for m in unit.matches(cue):
                if excepted(rule, unit, m) or (skip and any(c.start <= m.start < c.end for c in skip)):
                    continue
                negated, past, plan = unit.flags(m)
                if past and not (rule.past_counts or ind.past_counts):
                    if rule.value != "no" and not negated and not plan:
                        ended = ended or rule.id
                    continue
                if negated and ind.other_part and _about_other_part(ind, unit, m, lang.negation_words):
                    continue  # "…, men några åtgärder är ännu inte beslutade": denies the other part of the question only
                if rule.value == "no":
                    if negated and unit.qualified_negation(m):
                        limit = limit or rule.id  # "regionövergripande material saknas": only that scope is missing
                    elif rule.lowers is False:
                        weak_no = weak_no or rule.id  # a no that counts only when nothing else in the answer speaks
                    else:
                        no = no or rule.id
                elif negated:
                    if rule.negated == "ignore":
                        continue
                    if rule.negated == "weak":
                        weak_no = weak_no or f"{rule.id}:negated"
                        continue
                    if rule.negated == "partial" or unit.qualified_negation(m):
                        limit = limit or f"{rule.id}:negated"
                    else:
                        no = no or f"{rule.id}:negated"
                elif rule.value == "partial":
                    if plan and not ind.plan_is_partial and unit.clause_at(m.start).intent:
                        # "Vi planerar att ta fram en webbutbildning": a limited kind of the thing planned is planned
                        # (a plan proper, not a purpose: "ansvarar för att det uppdateras" is no plan)
                        planned = planned or f"{rule.id}:planned"
                    elif rule.lowers is True:
                        partial = partial or rule.id
                    elif rule.lowers == "unit":
                        unit_partial = unit_partial or rule.id
                    else:
                        fallback = fallback or rule.id
                        fallback_spans.append((m.first, m.last))
                elif plan:
                    planned = planned or f"{rule.id}:planned"
                else:
                    # a norm or a task ("ombuden ska påminna kollegor") is prescribed, not shown practised:
                    # it counts only when nothing else in the answer says anything
                    alone = rule.lowers is False or unit.clause_at(m.start).norm
                    if not yes or (yes_alone and not alone):
                        yes = rule.id
                    yes_alone = yes_alone and alone
                    full = full or rule.overrides_limits
                    if rule.overrides_limits and unit.hedged and not clean_full:
                        clean_full = _clause_unhedged(lang, unit, m)
                    if unit.hedged and not hedge_elsewhere:
                        hedge_elsewhere = _hedge_left_to_other(ind, lang, unit, m) or _hedge_in_addition(lang, unit, m)
                        # "Material för personal finns på webben, och för föräldrar har vissa enheter egna foldrar": the
                        # limit stands only in clauses addressed to another audience, it limits theirs, not this one's
                        if not hedge_elsewhere and skip:
                            hedge_elsewhere = _hedges_only_where(
                                lang, unit, m, lambda own, clause, text: any(c.start == clause.start for c in skip))
                    yes_spans.append((m.first, m.last))
    if yes and fallback and all(any(a <= f and l <= b for a, b in fallback_spans) for f, l in yes_spans):
        yes = None  # the only yes is the words of a partial cue ("webbkurs" is a "kurs", but a web course only)
    if yes and not limit and not unit_partial:
        # "KVÅ används, men inte konsekvent": a short negated qualifier after the yes limits this sentence
        first = min(a for a, _ in yes_spans)
        for clause in unit.clauses:
            words = [t for t in unit.tokens if clause.start <= t.start < clause.end]
            if clause.negated and clause.qualified and len(words) <= SHORT_LIMIT and words and words[0].start > unit.tokens[first].start:
                unit_partial = f"{yes}:limited"
                break
            # "KVÅ-koder används i psykiatrin, men i primärvården görs det inte": a later negated clause about parts of the
            # organisation that refers back to the thing (and names none of its own) says those parts lack it
            if (clause.negated and clause.scoped and not clause.past and words and words[0].start > unit.tokens[first].start
                    and not any(clause.start <= unit.tokens[a].start < clause.end for a, _ in yes_spans)
                    and lang.scope_back.search(unit.text[clause.start : clause.end])
                    and not _about_the_latter(ind, lang, unit, unit.clause_at(unit.tokens[first].start), clause)):
                unit_partial = f"{yes}:limited"
                break
    out = []
    if yes:
        if clean_full and not capped and not unit_partial:
            # "Ja, via 1177, och på barnkliniken finns böcker": the limit is another clause's, the referral counts in full
            out.append(Evidence("yes", unit, yes, alone=yes_alone, full=True))
        elif (_hedged(ind, unit) and not hedge_elsewhere) or capped or unit_partial:
            # (a limit that names the parts lacking it, "…, samtliga inom psykiatrin; primärvården har inga", is no
            # softer than a cap: another sentence's yes about the same thing does not lift it)
            firm = capped or (not unit_partial and _hedged(ind, unit) and not hedge_elsewhere and _parts_lack(lang, unit, yes_spans))
            out.append(Evidence("partial", unit, unit_partial or f"{yes}:hedged", soft=not firm, alone=yes_alone))
        else:
            out.append(Evidence("yes", unit, yes, alone=yes_alone, full=full))
    if partial:
        out.append(Evidence("partial", unit, partial))
    elif (fallback or unit_partial) and not yes:
        out.append(Evidence("partial", unit, fallback or unit_partial, soft=True, fallback=not unit_partial))
    if limit:
        out.append(Evidence("limit", unit, limit))
        if not yes and not no and _some_parts_do(lang, unit):
            # "KVÅ-koder används inte regiongemensamt; ett par mottagningar har börjat registrera dem": the scope
            # denied, and a clause of its own says some parts do it
            out.append(Evidence("partial", unit, f"{limit}:some_parts"))
    if no:
        out.append(Evidence("no", unit, no))
    if weak_no and not out:
        # "Någon särskild mall finns inte": a no only when nothing else in the answer speaks
        out.append(Evidence("no", unit, weak_no, alone=True))
    if planned and not out:
        out.append(Evidence("planned", unit, planned))
    if ended and not out:
        # "Barnombuden lades ned 2020": the thing existed and has ended, it says nothing exists now
        out.append(Evidence("ended", unit, f"{ind.id}.no.ended"))
    return out


def _parts_lack(lang, unit: Unit, yes_spans) -> bool:
    """A later clause of the present, denied by a word of having none ("…; primärvården och kirurgin har inga",
    "övriga verksamheter saknar dem"; not a rarity, "nästan aldrig i övriga verksamheter"), names parts of the
    organisation and holds none of the yes's own words: the parts that lack it are named."""
    first = min(a for a, _ in yes_spans)
    after = unit.tokens[first].start
    lacking = lang.negation_determiners | {"saknar", "saknas"}
    return any(c.negated and c.scoped and not c.past and not c.plan and c.start > after
               and not any(c.start <= unit.tokens[a].start < c.end for a, _ in yes_spans)
               and any(t.text in lacking for t in unit.tokens if c.start <= t.start < c.end)
               for c in unit.clauses)


def _some_parts_do(lang, unit: Unit) -> bool:
    """A clause of the sentence, affirmed and of the present, is limited to some parts ("ett par mottagningar har …")."""
    return unit.hedged and not unit.area_only and any(
        not c.negated and not c.past and not c.plan and first_match(lang.hedges, unit.text[c.start : c.end], None)
        for c in unit.clauses)


def _clause_unhedged(lang, unit: Unit, m) -> bool:
    """The match's clause holds no scope limit of its own (the sentence's limit stands in another clause)."""
    clause = unit.clause_at(m.start)
    if clause.start == 0 and clause.end >= len(unit.text.rstrip()):
        return False  # one clause: the sentence's limit is its own
    text = unit.text[clause.start : clause.end]
    if first_match(lang.hedges, text, None) is not None or first_match(lang.area_hedges, text, None) is not None:
        return False
    # "Foldern delas ut, men bara på barnkliniken": the next clause only says where this one holds
    later = next((c for c in unit.clauses if c.start >= clause.end), None)
    return later is None or not lang.limit_back.search(unit.text[later.start : later.end])


def _hedges_only_where(lang, unit: Unit, m, allowed) -> bool:
    """The match's own clause has no scope limit (``_clause_unhedged``) and every other clause with a limit is one
    ``allowed(clause, text)`` accepts; and there is at least one such clause."""
    if not _clause_unhedged(lang, unit, m):
        return False
    own = unit.clause_at(m.start)
    limited = False
    for clause in unit.clauses:
        if clause.start == own.start:
            continue
        text = unit.text[clause.start : clause.end]
        if first_match(lang.hedges, text, None) is None and first_match(lang.area_hedges, text, None) is None:
            continue
        if not allowed(own, clause, text):
            return False
        limited = True
    return limited


def _hedge_left_to_other(ind, lang, unit: Unit, m) -> bool:
    """The sentence's scope limits stand only in other clauses than the match's, each about what the indicator leaves to
    another (``caps_except``): "Dokumentationen i journalen görs, men koderna används bara på ett par kliniker" limits
    the codes, not the record."""
    def left(own, clause, text) -> bool:
        return (first_match(ind.caps_except, text, None) is not None or _about_the_latter(ind, lang, unit, own, clause)
                or _continues_other(ind, unit, own, clause) or _done_after(ind, lang, unit, m, own, clause))

    return bool(ind.caps_except) and _hedges_only_where(lang, unit, m, left)


def _done_after(ind, lang, unit: Unit, m, own, clause) -> bool:
    """``clause`` comes right after the match's own and takes up the action that clause names after the match, one the
    indicator leaves to another (``caps_except``): "Rutinen gäller hela regionen och följdes upp i fjol, men det skedde
    bara på några enheter" limits the follow-up, not the document."""
    clauses = unit.clauses
    if clauses.index(clause) != clauses.index(own) + 1 or not lang.done_back.search(unit.text[clause.start : clause.end]):
        return False
    return first_match(ind.caps_except, unit.text[m.end : own.end], None) is not None


def _continues_other(ind, unit: Unit, own, clause) -> bool:
    """``clause`` comes after the match's own and continues a clause between them about what the indicator leaves to
    another (``caps_except``), the nearest one before it that names either: "Barnen antecknas i journalen, och
    KVÅ-koderna finns i systemet men registreras bara inom psykiatrin", "…, medan koderna – som är beslutade – bara
    registreras på hälften av enheterna" limit the codes (the limit names no thing of its own)."""
    clauses = unit.clauses
    at, mine = clauses.index(clause), clauses.index(own)
    if at <= mine + 1:
        return False
    for j in range(at - 1, mine, -1):
        if first_match(ind.caps_except, unit.text[clauses[j].start : clauses[j].end], None) is not None:
            return True
    return False


def _about_the_latter(ind, lang, unit: Unit, own, clause) -> bool:
    """``clause`` is about "the latter" of two things, the clause right before the one that says so, and that one is
    about what the indicator leaves to another (``caps_except``): "…, och KVÅ-koder registreras – det senare dock bara
    inom psykiatrin, inte i somatiken" limits the codes (the limit may stand in a clause after "det senare")."""
    if not ind.caps_except:
        return False
    clauses = unit.clauses
    first = clauses.index(own) + 2  # "the latter" follows a clause after the match's own
    return any(lang.latter_back.search(unit.text[clauses[j].start : clauses[j].end])
               and first_match(ind.caps_except, unit.text[clauses[j - 1].start : clauses[j - 1].end], None) is not None
               for j in range(first, clauses.index(clause) + 1))


def _hedge_in_addition(lang, unit: Unit, m) -> bool:
    """The sentence's scope limits stand only in later clauses that add a further thing (``addition_back``):
    "Grundkursen ges fyra gånger per år, och dessutom finns en webbkurs för nyanställda i psykiatrin" limits the web
    course, not the course the match's clause names."""
    return _hedges_only_where(
        lang, unit, m, lambda own, clause, text: clause.start >= own.end and bool(lang.addition_back.search(text)))


def _about_other_part(ind, unit: Unit, m, negations) -> bool:
    """The negation of the match's clause is about the other part of a two-part question: the findings or
    actions stand before it ("några åtgärder är ännu inte beslutade") or are its verb ("har inte lett till")."""
    clause = unit.clause_at(m.start)
    other = first_match(ind.other_part, unit.text[clause.start : clause.end], None)
    if other is None:
        return False
    words = [t for t in unit.tokens if clause.start <= t.start < clause.end]
    at = next((i for i, t in enumerate(words) if t.text in negations), None)
    if at is None:
        return False
    where = clause.start + other.start
    return where < words[at].start or any(t.start == where for t in words[at + 1 : at + 3])


def _about_sibling(ind, unit: Unit, siblings) -> bool:
    for other in siblings:
        if other is ind:
            continue
        for cues in unit.group_candidates(other.rule_cues).values():  # only rules that may match here
            if any(cue.search(unit.text, unit.tokens) for cue in cues):
                return True
    return False


def _plan_denied(unit: Unit, lang) -> bool:
    """A plan or discussion, then a clause denying it was carried out ("Vi har diskuterat en kortare version, men det
    har inte prioriterats"): the negation is of the plan, not of what exists."""
    if lang is None or not any(c.plan for c in unit.clauses):
        return False
    negated = [i for i, c in enumerate(unit.clauses) if c.negated]
    return bool(negated) and all(
        any(c.plan for c in unit.clauses[:i]) and lang.plan_denied_back.search(unit.text[unit.clauses[i].start : unit.clauses[i].end])
        for i in negated)


def _beside_its_end(ind, unit: Unit) -> bool:
    """A clause of the unit about the past names the indicator's thing (one of its rules' cues): it has ended."""
    return any(c.past and any(first_match(cues, unit.text[c.start : c.end], None) is not None for cues in ind.rule_cues)
               for c in unit.clauses)


def _meaning(ind, unit: Unit, lang=None) -> Evidence | None:
    """The reading of a unit without a cue of the indicator: by its polarity."""
    if not unit.substantive:
        return None
    if _plan_denied(unit, lang):
        return Evidence("planned", unit, f"{ind.id}.planned.by_meaning", cue=False)
    present = [c for c in unit.clauses if not c.past or ind.past_counts]
    if not present:
        if any(not c.negated and not c.plan for c in unit.clauses):
            # "Tidigare fanns en sådan funktion, men den avvecklades": it existed and has ended
            return Evidence("ended", unit, f"{ind.id}.no.ended", cue=False)
        return None
    if _hedged(ind, unit) or unit.capped:
        return Evidence("partial", unit, f"{ind.id}.partial.by_meaning", cue=False, soft=True)
    if any(c.negated for c in present):
        if unit.bare == "yes" or all(c.qualified for c in present if c.negated):
            # "Ja, men inte överallt." / "Inte regelbundet.": a yes with a limit, or a denied qualifier
            return Evidence("limit", unit, f"{ind.id}.partial.limited", cue=False)
        # (a field of a row denied, "Habilitering: nej", denies its label's part only)
        scoped = unit.labelled or any(c.negated and c.scoped for c in present)
        return Evidence("no", unit, f"{ind.id}.no.by_meaning", cue=False, scoped=scoped)
    if all(c.plan for c in present):
        return Evidence("planned", unit, f"{ind.id}.planned.by_meaning", cue=False)
    kind = "partial" if _hedged(ind, unit) or unit.capped else "yes"
    return Evidence(kind, unit, f"{ind.id}.{kind}.by_meaning", cue=False)


def _audience_lists(ind, units: list[Unit], audiences) -> tuple[list[Evidence], set[int]]:
    """Lists after a colon that name audiences: yes for this indicator's audience.

    Returns the evidence and the indices of the units that belong to such lists
    (they are read as a list, not one by one)."""
    if not ind.audience:
        return [], set()
    out, used = [], set()
    for i, unit in enumerate(units):
        if not unit.lead_colon:
            continue
        items = []
        for j in range(i + 1, len(units)):
            if not units[j].item:
                break
            items.append(j)
        named = [j for j in items if any(cue.search(units[j].text, units[j].tokens) for cue in audiences)]
        if not named or not any(ind.rules[r].value == "yes" and any(cue.search(unit.text, unit.tokens) for cue in cues)
                                for r, cues in unit.group_candidates(ind.rule_cues).items()):
            continue
        used.update([i, *items])
        mine = [j for j in named if first_match(ind.audience, units[j].text, units[j].tokens)]
        if mine and not any(c.negated for c in unit.clauses):
            out.append(Evidence("yes", units[mine[0]], f"{ind.id}.yes.listed_audience"))
            out[-1].lead = unit  # type: ignore[attr-defined]
    return out, used


def _referred(page: Page, answer: Answer, unit: Unit, reference: tuple[str, str] | None = None) -> Answer | None:
    kind, value = reference or unit.reference or ("", "")
    index = page.answers.index(answer)
    if kind == "number":
        wanted = f"Q{int(value):02d}"
        for other in page.answers:
            if other.qid == wanted and other is not answer:
                return other
        numbered = [a for a in page.answers if a.qid != "Q90"]
        n = int(value) - 1
        return numbered[n] if 0 <= n < len(numbered) and numbered[n] is not answer else None
    if kind == "topic":
        # the question about the topic names it first ("Hur följs efterlevnaden upp?", not "styrdokument till stöd
        # för efterlevnaden"), above or further down ("se svaret om efterlevnad längre ner"); the nearer one above on a tie
        order = [*reversed(page.answers[:index]), *page.answers[index + 1 :]]
        about = [(other.question.lower().find(value[:6]), rank, other) for rank, other in enumerate(order)]
        about = [t for t in about if t[0] >= 0]
        return min(about, key=lambda t: (t[0], t[1]))[2] if about else None
    for other in reversed(page.answers[:index]):
        if other.text.strip() and other.qid != "Q90":
            return other
    return None


# ----------------------------------------------------------- decision
@dataclass
class Reading:
    value: str
    units: list[Unit]
    rule_id: str
    reason: str


def _evidence_text(units: list[Unit]) -> str:
    return EVIDENCE_SEPARATOR.join(dict.fromkeys(u.text for u in units))


def _read_answer(ind, page: Page, answer: Answer, whole_question: bool, primary: bool, depth: int = 0):
    """(evidence list, lead unit or None, referred) for one own answer."""
    siblings = page.siblings.get(answer.qid, [ind])
    units = answer.units
    evidence: list[Evidence] = []
    referred = False
    listed, in_lists = _audience_lists(ind, units, page.audiences)
    evidence.extend(listed)
    lead = units[0] if units and units[0].bare and whole_question else None
    for i, unit in enumerate(units):
        if i in in_lists:
            continue
        if answer.last and i == len(units) - 1 and (len(unit.tokens) < FRAGMENT_WORDS
                                                     or page.book.language.cut_predicate.search(unit.text)):
            # where the page was cut off ("När det gäller KVÅ-koder har"): its end, maybe a "not", is missing; and a long
            # sentence cut right after its auxiliary ("… och en arbetsgrupp med … ska") says nothing of what it was to say
            continue
        if unit.reference and depth < 2:
            other = _referred(page, answer, unit)
            if other is not None:
                sub, sub_lead, _ = _read_answer(ind, page, other, True, True, depth + 1)
                if sub_lead is not None and not sub and not page.book.language.open_question.search(answer.question):
                    # "Se ovan." under a yes/no question takes the bare "Ja" it refers to; under an open
                    # question ("Hur följs de upp?") that "Ja" answered another question and says nothing
                    sub = [Evidence(sub_lead.bare, sub_lead, f"{ind.id}.{sub_lead.bare}.bare_answer")]
                for e in sub:
                    # "Samma som ovan. Dessutom …": a reference that opens the answer is its answer, cues and all
                    e.cue = e.cue and i == 0 and not unit.additive
                    # "se även fråga 13": the answer referred to adds, it counts only when this one says nothing
                    e.alone = e.alone or unit.additive
                evidence.extend(sub)
                referred = referred or bool(sub)
            # "Årligt barnbokslut, se även fråga 13": the sentence's own words count too
            evidence.extend(_cue_evidence(ind, unit, page.book.language, _own_cap(ind, unit)))
            continue
        if unit.question or unit.vague:
            continue
        if answer.readers and _for_others(ind, unit, answer.readers, page.book.language):
            continue
        skip = _clauses_for_others(ind, unit, page.audiences, page.book.language)
        found = _cue_evidence(ind, unit, page.book.language, _own_cap(ind, unit), skip)
        if found and found[0].kind != "ended":
            if len(siblings) > 1 and _about_sibling(ind, unit, siblings):
                for e in found:
                    e.sibling = True
            evidence.extend(found)
            continue
        meant = _unit_meaning(ind, page, unit, i == 0 and lead is not None, siblings)
        # a thing named as ended counts only when nothing of the present is read in the sentence
        # ("Barnombuden lades ned och något annat finns inte")
        if found and (meant is None or meant.kind == "ended"):
            meant = found[0]
        if meant:
            evidence.append(meant)
    if lead is not None and not primary and (answer.last or any(e.cue for e in evidence)):
        lead = None  # a bare "Ja" answers the first part of a two-part question; explicit statements decide the rest
    return evidence, lead, referred


def _unit_meaning(ind, page: Page, unit: Unit, after_lead: bool, siblings) -> Evidence | None:
    """The reading by meaning of a sentence of the answer without a cue of the indicator (or whose cues are all past)."""
    if after_lead and not unit.substantive:
        return None
    if len(siblings) > 1 and _about_sibling(ind, unit, siblings):
        return None
    if not ind.when_answered_without_cue:
        return None
    if first_match(ind.other_part, unit.text, unit.tokens):
        return None  # answers the other part of a two-part question ("… och vad har det resulterat i?")
    if page.book.language.attachment_only.search(unit.text):
        return None  # "Se bifogad riktlinje.": says that a document exists, nothing of this question by meaning
    meant = _meaning(ind, unit, page.book.language)
    if meant and meant.kind == "partial" and meant.soft and page.book.language.use_back.search(unit.text):
        # "- Sökordet finns i journalsystemet / - Används mest inom psykiatrin": the use of what the answer named,
        # limited, limits it
        meant.soft = False
    return meant


def _decide(ind, evidence: list[Evidence], lead: Unit | None, capped: Unit | None) -> Reading | None:
    if any(e.cue and not e.alone for e in evidence):
        evidence = [e for e in evidence if not e.alone]
    by_cue = any(e.cue for e in evidence)
    # a plan states nothing about the present: a negative statement of the present beside it is read
    # ("Vi planerar att tillsätta en samordnare. I dag finns ingen." is a no)
    present_cue = any(e.cue for e in evidence if e.kind != "planned")
    if evidence and evidence[0].kind == "partial" and not evidence[0].fallback:
        # "Visst material finns, särskilt inom vissa verksamheter. Det finns också böcker …": an addition cannot lift it
        # (a partial that counts only when nothing says yes can: "Rutinen revideras vartannat år. Uppföljning sker
        # dessutom årligen.")
        evidence = [e for e in evidence if not (e.kind == "yes" and e.unit.additive)]
    # a cue only in what some parts lack ("I övriga verksamheter finns inget material") leaves the others': a sentence
    # read by meaning that says what one part has counts beside it ("Barnkliniken har tagit fram en bildberättelse.")
    scoped_only = by_cue and all(e.kind in ("no", "limit") and any(c.negated and c.scoped for c in e.unit.clauses)
                                 for e in evidence if e.cue)
    yes = [e for e in evidence if e.kind == "yes" and (e.cue or not by_cue or scoped_only)]
    hard_partial = [e for e in evidence if e.kind == "partial" and not e.soft]
    soft_partial = [e for e in evidence if e.kind == "partial" and e.soft]
    limits = [e for e in evidence if e.kind == "limit"]
    # a negative statement by meaning limits a cue's yes only when it is about parts of the organisation
    noes = [e for e in evidence if e.kind == "no" and (e.cue or not present_cue or e.scoped)]
    planned = [e for e in evidence if e.kind == "planned"]
    reason = OWN_CUE if by_cue or lead is not None else MEANING
    if lead is not None and lead.bare == "partial":
        # "I viss mån." / "Varierar mellan förvaltningarna.": the answer is limited, whatever the details after it
        own = next((e.rule_id for e in evidence if e.unit is lead and e.kind == "partial"), f"{ind.id}.partial.bare_answer")
        return Reading("partial", [lead], own, reason)
    if lead is not None and lead.bare == "no":
        # "Nej, men lokala rutiner finns på några kliniker": what exists raises it, in the "Nej" sentence only when named
        raising = [e for e in yes + hard_partial + soft_partial if e.unit is not lead or e.cue]
        # "Nej. Funktionen med ombud avvecklades; ansvaret ligger nu hos varje chef": a reading of meaning beside the thing
        # said to have ended tells what came in its place, not that it exists
        raising = [e for e in raising if e.cue or not _beside_its_end(ind, e.unit)]
        if any(e.cue and e.unit is lead for e in noes):
            # "Barnombud finns ej. Några medarbetare har ett särskilt intresse …": a "no" that names the thing
            # is raised only by a statement naming it (or another word for it), not by a reading of meaning
            raising = [e for e in raising if e.cue]
        # "Nej, inget eget. Vi hänvisar till UMO.": a "Nej" that denies only a qualifier (its own, regional) is
        # lifted in full by a referral to what others made
        # "Nej, men Nka:s material finns länkat från intranätet": a referral after "men" in the "Nej" sentence is its answer
        referral = next((e for e in raising if e.kind == "yes" and e.full), None)
        own_denied = any(c.negated and c.qualified for c in lead.clauses) or (referral is not None and referral.unit is lead)
        if referral is not None and own_denied and not any(e.cue and e.unit is lead for e in noes):
            return Reading("yes", [lead, referral.unit], referral.rule_id, reason)
        if raising:
            return Reading("partial", [lead, raising[0].unit], raising[0].rule_id, reason)
        own = next((e.rule_id for e in noes if e.unit is lead), f"{ind.id}.no.bare_answer")
        return Reading("no", [lead], own, OWN_CUE)
    if lead is not None:
        # a statement about the sibling indicator that counts for this one only when nothing else speaks lowers
        # nothing under a "Ja" ("Ja. Enligt riktlinjen ska KVÅ-koder användas, men inte i alla verksamheter.")
        lowering = [e for e in hard_partial if not (e.sibling and e.alone)] + limits + [e for e in noes if e.unit is not lead]
        # (a partial that counts only when nothing says yes does not hold the "Ja" down when another sentence says yes:
        # "Ja, en webbutbildning är obligatorisk. Dessutom hålls en temadag varje år.")
        said_yes = any(e.kind == "yes" and e.unit is not lead for e in evidence)
        lead_own = [e for e in evidence if e.unit is lead and e.kind == "partial" and not (e.fallback and said_yes)]
        if lead_own:
            return Reading("partial", [lead], lead_own[0].rule_id, reason)
        soft_partial = [e for e in soft_partial if not e.unit.additive and not e.sibling]
        # (a "Ja" sentence that names the thing itself is a statement of its own: "Ja, utbildning ges varje termin.")
        if soft_partial and not [e for e in evidence if e.kind == "yes" and (e.unit is not lead or e.cue)]:
            # "Ja. Finns inspelade utbildningar …, och ibland fysiska": every statement under the "Ja" is limited
            return Reading("partial", [lead, soft_partial[0].unit], soft_partial[0].rule_id, reason)
        if lowering:
            kind = lowering[0].kind
            return Reading("partial", [lead, lowering[0].unit], lowering[0].rule_id, CONFLICT if kind == "no" else reason)
        if capped is not None:
            return Reading("partial", [lead, capped], f"{ind.id}.partial.cap", reason)
        own = next((e.rule_id for e in yes if e.unit is lead), f"{ind.id}.yes.bare_answer")
        return Reading("yes", [lead], own, OWN_CUE)
    if not evidence:
        return None
    if yes:
        best = min(yes, key=lambda e: (not e.cue, len(e.unit.text)))
        full = any(e.full for e in yes)
        # a yes in full is not lowered by what parts of the organisation lack ("Många enheter har inte …")
        lowering = hard_partial + [e for e in noes if not (full and e.scoped)] + ([] if full else limits)
        if not lowering and all(e.alone for e in yes):
            # prescribed, not shown practised ("Enligt rutinen ska … antecknas. I praktiken sker det främst inom
            # psykiatrin."): a limited statement of the practice lowers it
            lowering = [e for e in soft_partial if not e.sibling and not e.alone]
        if lowering:
            other = lowering[0]
            mixed = other.kind == "no"
            rule = f"{best.rule_id}:mixed" if mixed else other.rule_id
            return Reading("partial", [best.unit, other.unit], rule, CONFLICT if mixed else reason)
        if capped is not None:
            return Reading("partial", [best.unit, capped], f"{ind.id}.partial.cap", reason)
        return Reading("yes", [best.unit], best.rule_id, OWN_CUE if best.cue else reason)
    partials = hard_partial + soft_partial
    if partials:
        e = partials[0]
        return Reading("partial", [e.unit], e.rule_id, OWN_CUE if e.cue else reason)
    if planned and ind.plan_is_partial and noes:
        # "Vi har inget system för att följa efterlevnaden. En journalgranskning ska tas fram.": planned, not yet done
        e = planned[0]
        return Reading("partial", [e.unit], e.rule_id, OWN_CUE if e.cue else reason)
    if noes:
        e = next((x for x in noes if x.cue), noes[0])
        return Reading("no", [e.unit], e.rule_id, OWN_CUE if e.cue else reason)
    if limits:
        e = limits[0]
        return Reading("no", [e.unit], e.rule_id, OWN_CUE)
    if planned:
        e = planned[0]
        return Reading("partial", [e.unit], e.rule_id, OWN_CUE if e.cue else reason)
    return None


def _own(ind, page: Page) -> tuple[Reading | None, bool, bool]:
    """(reading, referred, on the cut-off last answer) of the indicator's own answers."""
    evidence: list[Evidence] = []
    lead = None
    capped = None
    referred = last = False
    for answer in page.answers:
        if (answer.qid not in ind.questions and ind not in answer.readers) or not answer.text.strip():
            continue
        siblings_here = page.siblings.get(answer.qid, [ind])
        for unit in answer.units:
            if answer.readers and _for_others(ind, unit, answer.readers, page.book.language):
                continue
            if unit.capped and capped is None and not (len(siblings_here) > 1 and _about_sibling(ind, unit, siblings_here)):
                if ind.other_part and first_match(ind.other_part, unit.text, unit.tokens):
                    continue  # a finding ("Granskningen visade att koden sällan används") caps what was found, not the follow-up
                capped = unit
        whole = ind.bare_answer_needs_question is None or bool(ind.bare_answer_needs_question.search(answer.question))
        siblings = page.siblings.get(answer.qid, [ind])
        primary = siblings[0] is ind or ind in answer.readers
        found, found_lead, was_referred = _read_answer(ind, page, answer, whole, primary)
        evidence.extend(found)
        lead = lead or found_lead
        referred = referred or was_referred
        last = last or (answer.last and bool(found or found_lead))
    ended = [e for e in evidence if e.kind == "ended"]
    evidence = [e for e in evidence if e.kind != "ended"]
    if lead is None and not evidence and ended:
        # an answer wholly about something that existed and has ended, nothing said of the present: none now
        e = next((x for x in ended if x.cue), ended[0])
        return Reading("no", [e.unit], e.rule_id, OWN_CUE if e.cue else MEANING), referred, last
    if lead is None and not evidence:
        return None, referred, last
    if lead is None and evidence and all(not e.cue for e in evidence) and ind.when_answered_without_cue in ("no", "partial"):
        # a question that is no yes/no question ("Hur ser organisationen ut?"): an answer that names none is its default
        meant = [e for e in evidence if e.kind in ("no",)]
        unit = (meant or evidence)[0].unit
        return Reading(ind.when_answered_without_cue, [unit], f"{ind.id}.{ind.when_answered_without_cue}.none_named", MEANING), referred, last
    return _decide(ind, evidence, lead, capped), referred, last


def _elsewhere(ind, page: Page) -> Reading | None:
    """A clear statement elsewhere on the page: the indicator's strict page cues."""
    found: dict[str, Unit] = {}
    strengths = [(c, "yes") for c in ind.page_cues] + [(c, "partial") for c in ind.page_cues_partial]  # once, not per sentence
    for answer in page.answers:
        if answer.qid in ind.questions or ind in answer.readers:
            continue
        listed, _ = _audience_lists(ind, answer.units, page.audiences)
        for e in listed:
            found.setdefault("yes", e.unit)
        for unit in answer.units:
            if unit.question or unit.vague or unit.reference:
                continue
            for cue, strength in strengths:
                m = next(iter(unit.matches(cue)), None)
                if not m:
                    continue
                negated, past, plan = unit.flags(m)
                if past or plan:
                    continue
                # a scope denied ("Någon landstingsövergripande samordning finns inte") denies only the scope
                denied = "partial" if unit.qualified_negation(m) else "no"
                value = denied if negated else ("partial" if _hedged(ind, unit) or unit.capped or strength == "partial" else "yes")
                if value not in found or len(unit.text) < len(found[value].text):
                    found[value] = unit
                break
    for value in ("yes", "partial", "no"):
        if value in found:
            return Reading(value, [found[value]], f"{ind.id}.elsewhere_on_page:{value}", ELSEWHERE)
    return None


def _answered_elsewhere(ind, page: Page) -> bool:
    """An own answer says another unit answers the question, or that it is left out of this answer ("Frågan om
    barnombud besvaras av respektive närområde och ingår inte i detta svar"): no statement elsewhere on the page
    answers it either."""
    cues = page.book.language.answered_elsewhere
    return bool(cues) and any(first_match(cues, unit.text, unit.tokens) is not None
                              for answer in page.answers if answer.qid in ind.questions and answer.text.strip()
                              for unit in answer.units)


@register("graded")
def graded(ind, page: Page) -> Verdict:
    reading, referred, last = _own(ind, page)
    if reading is None and not _answered_elsewhere(ind, page):
        reading = _elsewhere(ind, page)
    if reading is None:
        return Verdict(UNKNOWN, "", "", LOW if page.cut_off else HIGH, CUT_OFF if page.cut_off else SILENT)
    if ind.no_partial and reading.value == "partial":
        reading.value = "yes"
    reason = reading.reason
    if referred and reason in (OWN_CUE, MEANING):
        reason = REFERENCE
    if last:
        reason = CUT_OFF
    confidence = {OWN_CUE: HIGH, MEANING: MEDIUM, REFERENCE: MEDIUM}.get(reason, LOW)
    evidence = _evidence_text(reading.units)
    if len(reading.units) == 1 and reading.units[0].bare and not reading.units[0].substantive:
        evidence = _with_next(page, reading.units[0]) or evidence
    return Verdict(reading.value, evidence, reading.rule_id, confidence, reason)


def _with_next(page: Page, unit: Unit) -> str:
    """A bare "Ja." says little to a reader: the sentence after it too."""
    for answer in page.answers:
        if unit in answer.units:
            i = answer.units.index(unit)
            if i + 1 < len(answer.units):
                return EVIDENCE_SEPARATOR.join((unit.text, answer.units[i + 1].text))
    return ""


_NEEDS: dict[int, tuple] = {}  # id of a pattern -> (it, :func:`needed_words` of it)


def _needs(pattern):
    """:func:`needed_words` of ``pattern`` (kept alive by its owner), looked up by its id, not by its hash."""
    known = _NEEDS.get(id(pattern))
    if known is None or known[0] is not pattern:
        if len(_NEEDS) >= 256:
            _NEEDS.clear()
        known = _NEEDS[id(pattern)] = (pattern, needed_words(pattern))
    return known[1]


@register("count")
def count(ind, page: Page) -> Verdict:
    """The number the page gives (own answers first, with their own patterns too:
    "totalt ett 30-tal."); written in digits or words, exact or approximate
    ("drygt 110", "ett 40-tal", "fjorton"). A number in a plan or about the past is no count."""
    words = dict(page.book.language.number_words)
    own = [a for a in page.answers if a.qid in ind.questions]
    rest = [a for a in page.answers if a.qid not in ind.questions]
    anywhere = (ind.pattern,) if ind.pattern is not None else ()
    for answers, patterns, reason in ((own, anywhere + ind.answer_patterns, OWN_CUE), (rest, anywhere, ELSEWHERE)):
        needs = [_needs(pattern) for pattern in patterns]  # once, and by id: a pattern hashes its whole program
        for answer in answers:
            for unit in answer.units:
                for pattern, need in zip(patterns, needs):
                    if not may_match(need, unit.text):
                        continue  # none of the words the pattern needs is in the sentence
                    for m in unit.finditer(pattern):
                        clause = unit.clause_at(m.start())
                        if clause.past or clause.intent:
                            continue
                        number = parse_number(m.group("n") if "n" in m.groupdict() else m.group(1), words)
                        if number is not None:
                            return Verdict(str(number), unit.text, f"{ind.id}.count", HIGH if reason == OWN_CUE else LOW, reason)
    return Verdict("", "", "", HIGH, SILENT)
