"""Round 28: groups another body took over are neither run by the unit nor a partnership; a sibling lost beside a
parent is bereavement, not the sibling situation; a start told after its month is just started; a task given to write
a document is a plan; an answer deferred says nothing of the mandate; a pointer to a link with a quoted heading says
nothing; a review of what is needed or exists says nothing; a sentence that only says the work has not come far says
nothing; a follow-up discussed with no decision taken is no.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


# ------------------------------------------------ groups handed over to another body
@pytest.mark.parametrize(
    "text",
    [
        "Syskongrupperna som vi hade 2011–2018 är nedlagda, eftersom socialtjänsten tog över gruppverksamheten.",
        "Våra barngrupper lades ned förra året; öppenvården har tagit över gruppverksamheten.",
        "Tonårsgruppen lades ner 2019, när socialförvaltningen övertog den.",
    ],
)
def test_groups_another_body_took_over_are_not_run_and_name_no_partner(text):
    coded = municipality(text)
    assert value(coded, "group_support") == "no"
    assert value(coded, "partners") == "-"


def test_groups_run_together_with_a_body_still_name_it():
    coded = municipality("Vi har barngrupper i samarbete med socialtjänsten.")
    assert value(coded, "group_support") == "yes"
    assert value(coded, "partners") == "social_services"


# ------------------------------------------------ a sibling lost beside a parent
@pytest.mark.parametrize(
    "text",
    [
        "Vi har enskilda samtal med barn som har förlorat en mamma eller ett syskon genom dödsfall.",
        "Vi erbjuder stödsamtal till unga som mist sin förälder eller sitt syskon genom ett dödsfall.",
        "Vi har en grupp för barn där en förälder eller ett syskon har avlidit.",
    ],
)
def test_a_sibling_lost_beside_a_parent_is_bereavement_only(text):
    assert value(municipality(text), "target_conditions") == "death"


def test_a_sibling_with_a_condition_is_still_the_sibling_situation():
    coded = municipality("Vi träffar barn till en sjuk förälder eller ett syskon med funktionsnedsättning i enskilda samtal.")
    assert value(coded, "target_conditions") == "disability;siblings"


# ------------------------------------------------ a start told after its month
@pytest.mark.parametrize(
    "text",
    [
        "I mars startade vi en barngrupp för barn som har en förälder med cancer.",
        "I oktober drog vi igång en syskongrupp tillsammans med skolan.",
        "Under september startades en tonårsgrupp hos oss.",
    ],
)
def test_a_group_started_in_a_month_of_the_year_is_developing(text):
    coded = municipality(text)
    assert value(coded, "group_support") == "yes"
    assert value(coded, "stage") == "developing"


@pytest.mark.parametrize(
    "text",
    [
        "I mars 2015 startade vi en barngrupp, den går fortfarande.",
        "I februari startade vi gruppen igen efter ett uppehåll.",
    ],
)
def test_a_month_with_an_old_year_or_a_restart_is_no_new_start(text):
    assert value(municipality(text), "stage") == "established"


# ------------------------------------------------ a task given to write a document
@pytest.mark.parametrize(
    "answer",
    [
        "Nej, ett länsövergripande styrdokument saknas. En arbetsgrupp har fått i uppdrag att ta fram en riktlinje under 2024.",
        "Nej, någon gemensam policy finns inte. En grupp har fått i uppdrag att skriva en rutin under året.",
        "Nej. Barnombuden har i uppdrag att utarbeta en handlingsplan till hösten.",
    ],
)
def test_a_task_to_write_a_document_beside_its_denial_is_no(answer):
    assert value(region(("Q02", answer)), "steering_document") == "no"


def test_a_document_written_is_a_document():
    assert value(region(("Q02", "Ja, vi har tagit fram en regional riktlinje.")), "steering_document") == "yes"


# ------------------------------------------------ an answer deferred
@pytest.mark.parametrize(
    "text",
    [
        "Vi har inte hunnit sätta oss in i barnens del ännu och återkommer med en redovisning i höst.",
        "Frågan har vi inte hunnit diskutera ännu; vi återkommer.",
        "Vi har ännu inte hunnit ta ställning till frågan och återkommer till nästa träff.",
    ],
)
def test_a_deferred_answer_says_nothing_of_the_mandate(text):
    coded = municipality(text)
    assert value(coded, "mandate_children") == "unknown"
    assert value(coded, "stage") == "unknown"


def test_not_yet_got_round_to_a_group_is_still_a_start_not_yet_made():
    assert value(municipality("Vi har inte hunnit starta någon grupp ännu."), "mandate_children") == "partial"


# ------------------------------------------------ pointers and reviews that say nothing
@pytest.mark.parametrize(
    "key, answer, indicator",
    [
        ("Q02", 'Se länken under "Mer information" längst ner på sidan.', "steering_document"),
        ('Q03', 'Se länken under "Mer om arbetet" nedan.', "steering_followup"),
        ("Q09", "En arbetsgrupp har bildats för att se över vad som behövs och vad som redan finns, bland annat när det gäller broschyrer.", "material_staff"),
        ("Q10", "Vi kartlägger just nu vilket stöd som finns ute i verksamheterna.", "material_parents"),
        ("Q09", "Här har vi inte kommit så långt som vi önskat.", "material_staff"),
        ("Q11", "Vi har tyvärr inte kommit särskilt långt med det.", "material_children"),
    ],
)
def test_a_pointer_a_review_or_little_progress_says_nothing(key, answer, indicator):
    assert value(region((key, answer)), indicator) == "unknown"


def test_a_denial_beside_little_progress_is_still_no():
    assert value(region(("Q09", "Nej, vi har inte kommit så långt. Något material finns inte.")), "material_staff") == "no"


# ------------------------------------------------ a follow-up discussed with no decision
@pytest.mark.parametrize(
    "answer",
    [
        "Vi har diskuterat att mäta dokumentationen, men har inte fattat något beslut.",
        "Vi har diskuterat att göra en journalgranskning, men något beslut finns inte.",
        "En enkät har diskuterats, men inget beslut är fattat.",
    ],
)
def test_a_follow_up_discussed_without_a_decision_is_no(answer):
    assert value(region(("Q13", answer)), "compliance_followup") == "no"


@pytest.mark.parametrize(
    "answer, expected",
    [
        ("Journalgranskning görs varje år. Vi har diskuterat en enkät också, men inget beslut är fattat.", "yes"),
        ("Vi planerar en journalgranskning i vår.", "partial"),
    ],
)
def test_an_undecided_discussion_lowers_no_follow_up_done_or_planned(answer, expected):
    assert value(region(("Q13", answer)), "compliance_followup") == expected
