"""Round 36: a short question about coordination is the organisation question (Q01); a decision to introduce something
is a plan; anything closed after it had run for a time has ended; a material question that lists several audiences
("… till personal, föräldrar och barn?") is read by the indicator of each, sentence by sentence.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from bas_analysis.parse.questionnaire import classify_question
from corpus import code_synthetic
from test_coding import municipality, region, value


# ------------------------------------------------ a short question about coordination
@pytest.mark.parametrize(
    "line",
    ["Finns det samordning?", "Finns det någon övergripande samordning?", "Vem samordnar arbetet?", "Hur ser samordningen ut?"],
)
def test_a_short_question_about_coordination_is_q01(line):
    assert classify_question(line) == "Q01"


@pytest.mark.parametrize(
    "line, qid",
    [
        ("Finns det samordning kring styrdokumenten?", "Q02"),
        ("Vilka samarbetspartners har ni?", "Q90"),
    ],
)
def test_other_questions_naming_coordination_keep_their_id(line, qid):
    assert classify_question(line) == qid


# ------------------------------------------------ a decision to introduce something is a plan
@pytest.mark.parametrize(
    "key, text, indicator",
    [
        ("Q04", "Inte i dag. Det finns ett beslut om att införa barnombud på varje klinik nästa år.", "child_ombud"),
        ("Q04", "Nej. Det är beslutat att inrätta barnombud i hela regionen under 2026.", "child_ombud"),
        ("Q02", "Inte ännu. Beslut har fattats om att ta fram en regional riktlinje.", "steering_document"),
        ("Q01", "Ingen samordnare finns. Regionstyrelsen har fattat beslut om att tillsätta en strateg.", "coordination"),
    ],
)
def test_a_decision_to_introduce_after_a_no_stays_no(key, text, indicator):
    assert value(region((key, text)), indicator) == "no"


def test_a_decision_alone_is_a_plan_not_the_thing():
    assert value(region(("Q04", "Beslut finns om att införa barnombud på alla vårdcentraler i höst.")), "child_ombud") != "yes"


def test_a_decision_beside_what_exists_does_not_lower_it():
    text = "Ja, barnombud finns på alla kliniker. Beslut finns om att införa dem även i tandvården."
    assert value(region(("Q04", text)), "child_ombud") == "yes"


# ------------------------------------------------ closed after it had run for a time
@pytest.mark.parametrize(
    "key, text, indicator",
    [
        ("Q04", "Nej. Ombudsfunktionen avslutades 2020 efter att ha funnits sedan 2012.", "child_ombud"),
        ("Q04", "Familjeombudsnätverket stängdes 2021 efter att ha pågått i tio år.", "child_ombud"),
        ("Q01", "Samordnarfunktionen avslutades förra året efter att ha funnits sedan 2014.", "coordination"),
    ],
)
def test_closed_after_it_had_run_is_no(key, text, indicator):
    assert value(region((key, text)), indicator) == "no"


def test_something_else_closed_beside_what_exists_stays_yes():
    text = "Ja, barnombud finns på alla kliniker. Ett äldre nätverk avslutades 2018 efter att ha funnits i fem år."
    assert value(region(("Q04", text)), "child_ombud") == "yes"


# ------------------------------------------------ one material question listing several audiences
LISTED = "Finns det material/information till personal, föräldrar och barn?"


def listed(text):
    return code_synthetic("region", [("Q09", LISTED, text)])


def test_each_audience_of_a_listed_question_reads_its_own_sentence():
    coded = listed("Medarbetarna har en lathund på intranätet. Till föräldrar finns en folder på några avdelningar. "
                   "Material för barn saknas tyvärr.")
    assert value(coded, "material_staff") == "yes"
    assert value(coded, "material_parents") == "partial"
    assert value(coded, "material_children") == "no"


def test_every_audience_named_with_its_material_is_yes():
    coded = listed("För personalen finns en e-utbildning. Föräldrar får en broschyr och hänvisas till 1177. "
                   "Till barn och unga delar vi ut en bilderbok.")
    assert [value(coded, i) for i in ("material_staff", "material_parents", "material_children")] == ["yes"] * 3


def test_a_sentence_naming_no_audience_speaks_for_all_of_them():
    coded = listed("Ja, broschyrer finns på alla enheter.")
    assert [value(coded, i) for i in ("material_staff", "material_parents", "material_children")] == ["yes"] * 3


def test_a_question_for_one_audience_about_another_is_no_list():
    # the parents' material about children: only the parents' question
    coded = code_synthetic("region", [("Q10", "Finns det material/information till föräldrar om hur man pratar med barn?",
                                       "Ja, en folder finns.")])
    assert value(coded, "material_parents") == "yes"
    assert value(coded, "material_children") == "unknown"


# ------------------------------------------------ a contact line about the group says nothing of whether it runs
@pytest.mark.parametrize(
    "text",
    [
        "Vi planerar att starta en syskongrupp i vår. Frågor kring syskongruppen kan ställas till samordnaren.",
        "Till hösten hoppas vi starta en grupp för barn 7–12 år. För mer information om gruppen, kontakta kuratorn.",
        "Nästa år ska vi dra igång en tonårsgrupp. Frågor om gruppen besvaras av enhetschefen.",
    ],
)
def test_a_contact_line_does_not_make_a_planned_group_run(text):
    coded = municipality(text)
    assert value(coded, "group_support") == "partial"
    assert value(coded, "stage") == "developing"


def test_a_contact_line_beside_a_running_group_keeps_it_running():
    coded = municipality("Vi har en syskongrupp sedan 2016. Frågor om gruppen besvaras av samordnaren.")
    assert value(coded, "group_support") == "yes"


# ------------------------------------------------ who the work is for left open
@pytest.mark.parametrize(
    "text",
    [
        "En ny anhörigsamordnare börjar i mars; vilka målgrupper tjänsten ska omfatta är ännu inte bestämt.",
        "Tjänsten är nyinrättad; vem den ska vända sig till är fortfarande oklart.",
        "Nyanställd konsulent från maj. Vilka anhöriga hon ska arbeta med är inte klarlagt.",
    ],
)
def test_target_groups_left_open_leave_the_children_unknown(text):
    coded = municipality(text)
    assert [value(coded, i) for i in ("mandate_children", "individual_support", "group_support")] == ["unknown"] * 3


def test_a_new_post_starting_later_is_developing():
    assert value(municipality("En ny anhörigsamordnare börjar i mars; vilka målgrupper tjänsten ska omfatta är ännu inte bestämt."),
                 "stage") == "developing"


def test_nothing_started_is_still_no_talks_and_no_groups():
    coded = municipality("Vi har ännu inte kommit igång med något för barn.")
    assert value(coded, "individual_support") == "no"
    assert value(coded, "group_support") == "no"


# ------------------------------------------------ BRA in capitals offered to the children
@pytest.mark.parametrize(
    "text",
    [
        "Vi har syskongrupper sedan 2012. Barnen erbjuds också BRA före och efter gruppen.",
        "Barnen får BRA efter lägret.",
        "Vi erbjuder även BRA till barn vars föräldrar separerar.",
    ],
)
def test_bra_offered_to_the_children_is_the_talks_method(text):
    coded = municipality(text)
    assert "BRA-samtal:active" in value(coded, "methods")
    assert value(coded, "individual_support") == "yes"


def test_good_support_in_lower_case_is_no_method():
    coded = municipality("Vi har syskongrupper sedan 2012 och barnen får bra stöd.")
    assert "BRA-samtal" not in value(coded, "methods")


# ------------------------------------------------ a method run for years, paused now and to start again
@pytest.mark.parametrize(
    "text, method",
    [
        ("Sedan 2015 har vi Klubb Simon för barn 7–12 år. Grupperna är pausade och vi hoppas kunna starta igen i vår.", "Klubb Simon"),
        ("Vi har Blåvinge sedan 2013. Gruppen ligger nere i år, men vi räknar med att starta igen efter sommaren.", "Blåvinge"),
        ("Sedan 2016 har vi Klubb Simon. Klubb Simon är pausad just nu och vi hoppas starta igen till hösten.", "Klubb Simon"),
    ],
)
def test_a_method_paused_now_to_start_again_is_planned(text, method):
    coded = municipality(text)
    assert value(coded, "methods") == f"{method}:planned"
    assert value(coded, "group_support") == "partial"


def test_a_second_group_running_keeps_the_first_one_paused_only():
    coded = municipality("Vi har Klubb Simon och Blåvinge sedan 2014. Blåvinge är pausad. Vi hoppas starta igen i vår.")
    assert "Klubb Simon:active" in value(coded, "methods")
    assert "Blåvinge:planned" in value(coded, "methods")
