"""Round 41: a footnote under a later answer ("* Gäller endast …") belongs to the answer whose word carries its mark
("Ja*").

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from bas_analysis.parse import parse_text
from test_coding import municipality, region, value


# ------------------------------------------------ a footnote belongs to the answer its mark stands in
_PAGE = ("Region Exempel\nSvar på enkäten 2020\n\n"
         "Fråga 2. Finns det styrdokument (policydokument, handlingsplaner, rutiner och liknande)?\n{q2}\n\n"
         "Fråga 8. Finns det utbildningsinsatser till personal?\nEn grundkurs ges två gånger per år.\n\n"
         "Fråga 13. Hur följs efterlevnaden av bestämmelsen upp?\nVi gör en journalgranskning varje vår.\n\n"
         "{note}\n")


@pytest.mark.parametrize(
    "q2, note",
    [
        ("Ja*", "* Avser bara barnpsykiatrin, som har en egen rutin. Övriga verksamheter saknar rutin."),
        ("Finns*", "*) Gäller endast habiliteringen; andra förvaltningar har ingen."),
        ("Ja, en rutin*.", "* Rutinen gäller enbart vuxenpsykiatrin."),
    ],
)
def test_a_footnote_moves_to_the_answer_its_mark_stands_in(q2, note):
    page = _PAGE.format(q2=q2, note=note)
    answers = {a.question_id: a.answer_text for a in parse_text(page).respondents[0].answers}
    assert note in answers["Q02"]
    assert note not in answers.get("Q13", "")
    assert all(note not in a.answer_text for a in parse_text(page).respondents[0].answers if a.question_id != "Q02")


def test_a_marked_yes_limited_by_its_footnote_is_partial():
    page = _PAGE.format(q2="Ja*", note="* Gäller endast BUP och vuxenpsykiatrin. Somatiken saknar rutin.")
    answers = {a.question_id: a.answer_text for a in parse_text(page).respondents[0].answers}
    frame = region(("Q02", answers["Q02"]), ("Q13", answers["Q13"]))
    assert value(frame, "steering_document") == "partial"
    assert value(frame, "compliance_followup") == "yes"


def test_a_list_of_star_items_without_a_mark_stays_where_it_is():
    page = _PAGE.format(q2="Ja, en riktlinje.", note="Följande granskas:\n\n* journalen\n* rutinen")
    answers = {a.question_id: a.answer_text for a in parse_text(page).respondents[0].answers}
    assert "journalen" not in answers["Q02"]
    assert "journalen" in " ".join(a.answer_text for a in parse_text(page).respondents[0].answers if a.question_id != "Q02")


# ------------------------------------------------ a question of whether left open; an answer still awaited
@pytest.mark.parametrize(
    "text",
    [
        "Barnen antecknas i journalen, om KVÅ-koder används kan vi däremot inte svara på.",
        "Sökordet Barn används i journalen, men huruvida DU055 registreras vet vi inte.",
        "Barnen dokumenteras i journalen. Om KVÅ-koderna används kan vi tyvärr inte svara på.",
    ],
)
def test_a_question_of_whether_left_open_says_nothing_of_the_codes_but_keeps_the_record(text):
    frame = region(("Q07", text))
    assert value(frame, "kva_codes") == "unknown"
    assert value(frame, "journal_documentation") == "yes"


def test_codes_denied_beside_the_record_are_still_denied():
    frame = region(("Q07", "Barnen dokumenteras i journalen, men KVÅ-koder används inte."))
    assert value(frame, "kva_codes") == "no"
    assert value(frame, "journal_documentation") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Frågan skickades till verksamheterna och svaren har ännu inte kommit in.",
        "Inget svar har inkommit från förvaltningarna före sista dag.",
        "Vi bad klinikerna om underlag men svar från dem har tyvärr inte kommit in.",
    ],
)
def test_an_answer_still_awaited_is_unknown(text):
    frame = region(("Q07", text))
    assert value(frame, "journal_documentation") == "unknown"
    assert value(frame, "kva_codes") == "unknown"


# ------------------------------------------------ a share of the parts; a limit continuing the codes' clause
@pytest.mark.parametrize(
    "text",
    [
        "KVÅ-koderna registreras enligt senaste mätningen av ungefär 70 procent av klinikerna.",
        "DU055 används i dag på 40 % av vårdcentralerna.",
        "KVÅ-koder används av två tredjedelar av verksamheterna.",
    ],
)
def test_codes_used_by_a_share_of_the_parts_are_partial(text):
    assert value(region(("Q07", text)), "kva_codes") == "partial"


def test_codes_used_by_all_in_percent_are_yes():
    assert value(region(("Q07", "KVÅ-koder registreras på 100 procent av enheterna.")), "kva_codes") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Barnen antecknas i journalen i hela regionen, medan KVÅ-koderna – som är beslutade – bara registreras av hälften av enheterna.",
        "Barnen ska dokumenteras under ett sökord i journalen, och KVÅ-koderna finns i systemet men används i praktiken bara inom BUP.",
        "Journalmallen har ett fält för barn, och DU055 finns upplagd men registreras endast inom vuxenpsykiatrin.",
    ],
)
def test_a_limit_continuing_the_codes_clause_limits_the_codes_not_the_record(text):
    frame = region(("Q07", text))
    assert value(frame, "journal_documentation") == "yes"
    assert value(frame, "kva_codes") == "partial"


def test_a_limit_in_the_records_own_clause_still_limits_the_record():
    frame = region(("Q07", "KVÅ-koder används inte, men barnen dokumenteras i journalen bara inom psykiatrin."))
    assert value(frame, "journal_documentation") == "partial"


# ------------------------------------------------ a next step in time opens a clause of its own
@pytest.mark.parametrize(
    "text",
    [
        "Nya ombud får en introduktionsdag, därefter ges ingen fortbildning.",
        "Ombuden får en utbildningsdag när de börjar, därefter ingen fortbildning.",
        "Alla nyanställda går en introduktion, sedan erbjuds ingen vidare utbildning.",
    ],
)
def test_a_start_course_with_nothing_after_it_is_partial(text):
    assert value(region(("Q08", text)), "staff_training") == "partial"


def test_further_training_alone_is_training():
    assert value(region(("Q08", "Fortbildning ges varje år för alla ombud.")), "staff_training") == "yes"
    assert value(region(("Q08", "Ingen fortbildning ges.")), "staff_training") == "no"


def test_a_short_denied_predicate_still_denies_what_it_follows():
    assert value(region(("Q07", "KVÅ-koder: används ej.")), "kva_codes") == "no"


# ------------------------------------------------ a limit naming the parts that lack it is firm
@pytest.mark.parametrize(
    "text, indicator",
    [
        ("Ett trettiotal barnombud finns, alla inom psykiatrin och på barnkliniken; primärvården har inga. "
         "Ombuden träffas två gånger per år och stöttar kollegorna.", "child_ombud"),
        ("Foldrar finns inom BUP och habiliteringen, somatiken och tandvården saknar sådana. "
         "Foldern finns på fem språk.", "material_parents"),
        ("Barnombud finns bara på de psykiatriska klinikerna, övriga förvaltningar har inga. "
         "Barnombuden har ett skriftligt uppdrag.", "child_ombud"),
    ],
)
def test_a_limit_that_names_the_parts_lacking_it_is_not_lifted_by_a_later_yes(text, indicator):
    qid = {"child_ombud": "Q04", "material_parents": "Q10"}[indicator]
    assert value(region((qid, text)), indicator) == "partial"


def test_a_denied_clause_with_the_things_own_word_is_no_named_lack():
    # the denied parts name the thing itself: read as before, a no about those parts beside the yes
    frame = region(("Q04", "Barnombud finns på BUP och på barnkliniken, övriga verksamheter saknar ombud."))
    assert value(frame, "child_ombud") == "partial"


# ------------------------------------------------ a quoted name after "enligt" following a group or a talk
@pytest.mark.parametrize(
    "text, name",
    [
        ('I höstas startade den första gruppen enligt "Skilda världar" för barn 9–12 år.', "Skilda världar"),
        ("Vi har samtal enligt ”Stegen” med barn 6–12 år.", "Stegen"),
        ("Sedan i våras har vi två grupper enligt «Vi tillsammans» för tonåringar.", "Vi tillsammans"),
    ],
)
def test_a_quoted_name_after_enligt_is_a_method(text, name):
    assert f"{name}:active" in value(municipality(text), "methods")


def test_a_law_after_enligt_is_still_no_method():
    assert value(municipality("Vi har grupper enligt SoL för barn 7–12 år."), "methods") in ("-", "")


# ------------------------------------------------ children who got talks, in a clause of their own
@pytest.mark.parametrize(
    "text",
    [
        "Någon riktad verksamhet för barn finns inte ännu, men enstaka barn har fått samtal med anhörigkonsulenten.",
        "Vi har ingen riktad verksamhet för barn, men några barn har erbjudits stödsamtal hos kuratorn.",
        "Vi har ingen verksamhet för barn. Några syskon har också fått samtal med socialsekreteraren.",
    ],
)
def test_children_who_got_talks_beside_no_targeted_work_have_individual_support(text):
    frame = municipality(text)
    assert value(frame, "individual_support") == "yes"
    assert value(frame, "mandate_children") == "partial"


def test_children_denied_talks_have_none():
    assert value(municipality("Inga barn har fått samtal hos oss."), "individual_support") == "no"


# ------------------------------------------------ "not applicable to us" opening the reply
@pytest.mark.parametrize(
    "text",
    [
        "Inte aktuellt för kommunen. Barnen får stöd hos BUP.",
        "Nej, inte relevant för vår del, vi har ingen verksamhet för barn.",
        "Ej aktuellt för oss. Anhörigstödet riktar sig till vuxna.",
    ],
)
def test_not_applicable_to_us_is_no_mandate(text):
    frame = municipality(text)
    assert value(frame, "mandate_children") == "no"
    assert value(frame, "stage") == "none"


def test_not_applicable_beside_talks_is_partial():
    frame = municipality("Ej aktuellt för oss just nu, men vi har samtal med barn ibland.")
    assert value(frame, "mandate_children") == "partial"
