"""Round 39: a row of fields split by bars ("Grupp: ja (7–12 år) | Enskilt: nej") is read field by field; a group
someone could be right for is no group run; Family Talk Intervention and CAP are named methods; "enskilda BRA" is the
talks method; a paused group started again on a condition is planned; a start in the present with a term ahead in its
short form ("startar VT 2023", "ska starta HT-24") is a plan, also in a relative clause after the thing; in a numbered
list inside a sentence only the item a start ahead follows is planned; a question put off or not yet taken up says
nothing; a training denied does not deny the ombud; the code in the singular limits the codes, not the record; a
cooperation that ran to a year has ended; the audiences of a material question asked one by one each read the answer.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from corpus import code_synthetic
from test_coding import municipality, region, value


# ------------------------------------------------ a row of fields split by bars
@pytest.mark.parametrize(
    "text, low, high, talks",
    [
        ("Grupp: ja (9–12 år) | Enskilt: nej | Metod: Blåvinge", "9", "12", "no"),
        ("Grupper: ja, 14–17 år | Individuellt: ja | Samverkan: skolan", "14", "17", "yes"),
        ("Metod: Klubb Simon | Ålder: 7–11 år | Enskilt: inga", "7", "11", "no"),
    ],
)
def test_a_row_of_fields_is_read_field_by_field(text, low, high, talks):
    frame = municipality(text)
    assert value(frame, "age_min") == low
    assert value(frame, "age_max") == high
    assert value(frame, "individual_support") == talks
    assert value(frame, "group_support") == "yes"


def test_a_single_talk_said_elsewhere_is_not_a_field():
    assert value(municipality("Vi träffar inte barnen enskilt, bara föräldrarna."), "individual_support") == "no"


# ------------------------------------------------ a group someone could be right for
@pytest.mark.parametrize(
    "text",
    [
        "Vi kartlägger nu vilka barn som skulle kunna passa i en syskongrupp.",
        "Kuratorn går igenom vilka tonåringar som kan vara aktuella för en samtalsgrupp.",
        "Tillsammans med skolan ser vi över vilka elever som kan vara lämpliga för en grupp.",
    ],
)
def test_a_group_considered_is_no_group(text):
    assert value(municipality(text), "group_support") != "yes"


def test_a_group_that_runs_and_takes_those_who_fit_runs():
    frame = municipality("Sedan 2018 har vi en syskongrupp, och vi tar in de barn som kan vara aktuella för den.")
    assert value(frame, "group_support") == "yes"


# ------------------------------------------------ named methods
@pytest.mark.parametrize(
    "text, method",
    [
        ("Två familjebehandlare går utbildning i Family Talk Intervention i vår.", "Family Talk Intervention:training"),
        ("Sedan 2016 arbetar vi med Family Talk i familjer där en förälder är sjuk.", "Family Talk Intervention:active"),
        ("CAP-grupper för barn 8–12 år hålls varje vår.", "CAP:active"),
        ("Vi planerar att starta en CAP-grupp till hösten.", "CAP:planned"),
    ],
)
def test_family_talk_and_cap_are_named(text, method):
    assert value(municipality(text), "methods") == method


def test_family_talk_names_no_talk_of_the_childs_own():
    assert value(municipality("Sedan 2016 arbetar vi med Family Talk Intervention."), "individual_support") == "unknown"


def test_cap_groups_run_groups():
    assert value(municipality("Vi har två CAP-grupper per termin."), "group_support") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Yngre barn får enskilda BRA hos kuratorn.",
        "Tonåringar erbjuds individuella BRA vid behov.",
        "Vi ger enskilt BRA till barn i familjer med missbruk.",
    ],
)
def test_bra_one_by_one_is_the_talks_method(text):
    frame = municipality(text)
    assert value(frame, "methods") == "BRA-samtal:active"
    assert value(frame, "individual_support") == "yes"


def test_bra_as_praise_is_no_method():
    assert value(municipality("Det har gått bra, enskilda samtal blir det ibland."), "methods") == "-"


# ------------------------------------------------ a paused group started again on a condition
@pytest.mark.parametrize(
    "text, method",
    [
        ("Sedan 2014 har vi Klubb Simon. Grupperna är pausade och återupptas om vi får nya medel.", "Klubb Simon:planned"),
        ("Vi har i flera år haft Blåvinge. Gruppen har pausats och startar igen om en ledare anställs.", "Blåvinge:planned"),
        ("Sedan 2019 har vi ME-WE. Grupperna ligger nere och startas igen om intresset finns.", "ME-WE:planned"),
    ],
)
def test_a_paused_group_started_again_on_a_condition_is_planned(text, method):
    frame = municipality(text)
    assert value(frame, "methods") == method
    assert value(frame, "group_support") == "partial"


def test_a_break_with_its_end_keeps_the_group_running():
    frame = municipality("Sedan 2016 har vi Blåvinge. Grupperna har uppehåll i sommar och återupptas när skolan börjar.")
    assert value(frame, "group_support") == "yes"


# ------------------------------------------------ a term ahead in its short form
@pytest.mark.parametrize(
    "text, method",
    [
        ("Blåvinge börjar HT-23 för barn 4–6 år.", "Blåvinge:planned"),
        ("Vi har ersatt den gamla gruppen med Klubb Simon, som startar VT 2023.", "Klubb Simon:planned"),
        ("En ME-WE-grupp, som ska starta HT 23, förbereds tillsammans med skolan.", "ME-WE:planned"),
    ],
)
def test_a_start_in_a_term_ahead_is_planned(text, method):
    assert value(municipality(text), "methods") == method


def test_a_start_said_before_in_the_past_runs():
    assert value(municipality("Blåvinge startade HT-19 och går varje termin."), "methods") == "Blåvinge:active"


# ------------------------------------------------ a numbered list inside a sentence
@pytest.mark.parametrize(
    "text, methods",
    [
        ("Vi erbjuder: 1) BRA-samtal för barn 7–12 år, 2) en Blåvinge-grupp, som ska starta i höst.", "BRA-samtal:active;Blåvinge:planned"),
        ("Hos oss finns: 1) Trappan för barn som sett våld, 2) Klubb Simon, 3) en ME-WE-grupp, som ska starta VT 2023.",
         "Klubb Simon:active;ME-WE:planned;Trappan:active"),
    ],
)
def test_only_the_item_a_start_ahead_follows_is_planned(text, methods):
    assert value(municipality(text), "methods") == methods


# ------------------------------------------------ a question put off or not yet taken up
@pytest.mark.parametrize(
    "text",
    [
        "Frågan bereds inom förvaltningen och besvaras i nästa uppföljning.",
        "Frågorna utreds av ledningen och besvaras senare.",
        "Frågan bereds just nu.",
    ],
)
def test_a_question_put_off_says_nothing(text):
    assert value(region(("Q04", text)), "child_ombud") == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Frågan om barn som anhöriga har ännu inte diskuterats i nämnden.",
        "Frågorna om barnen är ännu inte behandlade av ledningen, så vi kan inte säga något om arbetet.",
    ],
)
def test_a_question_not_yet_taken_up_says_nothing_of_the_mandate(text):
    assert value(municipality(text), "mandate_children") == "unknown"


def test_work_not_yet_begun_is_still_a_start():
    assert value(municipality("Vi har ännu inte kommit igång med något för barnen."), "mandate_children") == "partial"


# ------------------------------------------------ a training denied does not deny the ombud
@pytest.mark.parametrize(
    "text",
    [
        "Vi har 30 barnombud på länets sjukhus som alla har gått en grundutbildning, men någon fortbildning för övrig personal finns inte.",
        "Ett femtiotal barnombud finns i regionen, men utbildning för chefer finns inte.",
        "Varje klinik har två barnombud; någon utbildning för nyanställda saknas dock.",
    ],
)
def test_a_training_denied_leaves_the_ombud(text):
    assert value(region(("Q04", text)), "child_ombud") == "yes"


def test_ombud_denied_are_denied():
    assert value(region(("Q04", "Barnombud finns inte.")), "child_ombud") == "no"


# ------------------------------------------------ the code in the singular
@pytest.mark.parametrize(
    "text",
    [
        "Barnens situation antecknas i journalen under ett eget sökord och KVÅ-kod DU056 ska registreras, men koden används ännu bara inom vuxenpsykiatrin.",
        "Samtalet med föräldern dokumenteras i journalen i alla verksamheter, medan koden DU055 bara registreras på några kliniker.",
    ],
)
def test_a_limit_on_the_code_leaves_the_record(text):
    frame = region(("Q07", text))
    assert value(frame, "journal_documentation") == "yes"
    assert value(frame, "kva_codes") == "partial"


# ------------------------------------------------ a cooperation that ran to a year
@pytest.mark.parametrize(
    "text",
    [
        "Sedan 2017 finns en sorggrupp för barn. Samarbetet med BUP pågick t.o.m. 2022 men har inte fortsatt.",
        "Vi har en syskongrupp. Samverkan med skolan fanns till och med 2021.",
        "Vi har en barngrupp. Samarbetet med församlingen varade t.o.m. HT-21.",
    ],
)
def test_a_cooperation_that_ran_to_a_year_has_ended(text):
    assert value(municipality(text), "partners") == "-"


def test_a_cooperation_that_runs_to_a_year_ahead_holds():
    assert value(municipality("Vi har en barngrupp. Samverkan med skolan pågår t.o.m. 2026."), "partners") == "school"


# ------------------------------------------------ the audiences of a material question asked one by one
QUESTION = "Finns det material/information till personal? till föräldrar? till barn och unga?"


def _material(answer):
    return code_synthetic("region", [("Q09", QUESTION, answer)])


@pytest.mark.parametrize(
    "answer, staff, parents, children",
    [
        ("Personal: en samtalsguide på intranätet. Föräldrar: en folder om att prata med barnen. Barn och unga: broschyrer för olika åldrar.",
         "yes", "yes", "yes"),
        ("Personal: en samtalsguide på intranätet. Föräldrar: inget eget material. Barn och unga: nej.", "yes", "no", "no"),
        ("Personal: filmer och lathundar. Föräldrar: hänvisning till 1177. Barn och unga: inget ännu.", "yes", "yes", "no"),
    ],
)
def test_audiences_asked_one_by_one_each_read_the_answer(answer, staff, parents, children):
    frame = _material(answer)
    assert value(frame, "material_staff") == staff
    assert value(frame, "material_parents") == parents
    assert value(frame, "material_children") == children
