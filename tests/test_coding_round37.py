"""Round 37: a topic heading asked with a question mark ("Utbildning?", "Material föräldrar?", "Efterlevnad?") is that
question; others' work the unit says has no link to it, the thing itself as the subject; a quoted name a dash splits
negates nothing; a clause of a material answer addressed to another audience is that audience's; a bracket after a
method says its status; a siblings' group method in any capitals (SibworkS); a role for the children beside a mapping
of the needs is a start; groups something replaced are none; a municipality whose name holds a member's word names no
partner; "på en del håll" limits.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from bas_analysis.parse import parse_text
from bas_analysis.parse.questionnaire import classify_question
from test_coding import municipality, region, value


# ------------------------------------------------ a topic heading asked with a question mark
@pytest.mark.parametrize(
    "line, qid",
    [
        ("Utbildning?", "Q08"),
        ("Material personal?", "Q09"),
        ("Material till föräldrar?", "Q10"),
        ("Material föräldrar?", "Q10"),
        ("Information barn och unga?", "Q11"),
        ("Efterlevnad?", "Q13"),
        ("Barnombud?", "Q04"),
    ],
)
def test_a_topic_heading_with_a_question_mark_is_its_question(line, qid):
    assert classify_question(line) == qid


@pytest.mark.parametrize("line", ["Övrigt?", "Vad tycker ni?", "Kontakt?"])
def test_other_short_questions_stay_what_they_were(line):
    assert classify_question(line) in (None, "Q90")


def test_answers_under_short_headings_with_question_marks_are_their_answers():
    page = ("Region Exempel\nEnkät 2021\n\nStyrdokument?\nJa, en rutin gäller hela regionen.\n\n"
            "Utbildning?\nEn grundkurs ges två gånger per år för alla nyanställda.\n\n"
            "Material barn?\nNej, inget sådant finns.\n\n"
            "Efterlevnad?\nEn journalgranskning görs varje höst.\n")
    answers = {a.question_id: a.answer_text for a in parse_text(page).respondents[0].answers}
    assert answers["Q08"].startswith("En grundkurs")
    assert answers["Q11"].startswith("Nej")
    assert answers["Q13"].startswith("En journalgranskning")
    assert "Utbildning" not in answers["Q02"]


# ------------------------------------------------ others' work with no link to the unit, the thing as the subject
@pytest.mark.parametrize(
    "text",
    [
        "Vi möter bara vuxna. Församlingen har en sorggrupp för barn 6–9 år, men den har ingen koppling till vår verksamhet.",
        "Vi möter bara vuxna. En förening driver syskonträffar för barn med npf, men de har inget samband med oss.",
        "Vi möter bara vuxna. Skolan har samtalsgrupper för barn vars föräldrar skilts, men dessa har ingen anknytning till vårt arbete.",
    ],
)
def test_others_work_said_to_have_no_link_to_the_unit_is_not_the_units(text):
    coded = municipality(text)
    assert value(coded, "group_support") != "yes"
    assert value(coded, "partners") == "-"
    assert value(coded, "target_conditions") == "-"
    assert not value(coded, "age_min") and not value(coded, "age_max")


def test_a_group_of_the_unit_linked_to_others_stays_the_units():
    coded = municipality("Vi driver en sorggrupp för barn tillsammans med kyrkan, och den har en nära koppling till skolan.")
    assert value(coded, "group_support") == "yes"


# ------------------------------------------------ a quoted name split by a dash
@pytest.mark.parametrize(
    "answer",
    [
        'Kampanjen "Glöm inte – fråga inte bara vuxna" pågår under året i hela regionen.',
        'Ja, projektet «Ingen ska – ingen får» drivs tillsammans med kommunerna 2022–2023.',
    ],
)
def test_a_negation_inside_a_quoted_name_split_by_a_dash_negates_nothing(answer):
    assert value(region(("Q12", answer)), "special_initiatives") == "yes"


def test_a_negation_outside_the_quoted_name_still_negates():
    coded = region(("Q12", 'Projektet "Glöm inte barnen" har inte kommit i gång.'))
    assert value(coded, "special_initiatives") == "no"


# ------------------------------------------------ a clause addressed to another audience
@pytest.mark.parametrize(
    "answer",
    [
        "Personalen har inget eget material, men till föräldrar ger vi en broschyr som finns på alla mottagningar.",
        "Medarbetarna saknar eget material, medan föräldrarna får en folder vid inskrivningen.",
    ],
)
def test_a_staff_answer_about_the_parents_material_is_no_for_staff(answer):
    coded = region(("Q09", answer), ("Q10", "Se ovan."))
    assert value(coded, "material_staff") == "no"
    assert value(coded, "material_parents") == "yes"


def test_a_clause_naming_its_own_audience_beside_another_keeps_it():
    coded = region(("Q09", "Personalen har en lathund på intranätet, och till föräldrar finns en folder."))
    assert value(coded, "material_staff") == "yes"


# ------------------------------------------------ a bracket after a method says its status
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vi erbjuder BRA-samtal och föräldrastöd enligt Prata om det (tre kollegor går utbildningen nu).",
         "BRA-samtal:active;Prata om det:training"),
        ("Blåvinge för barn 7–12 år; Trappan (två kuratorer utbildas i höst).", "Blåvinge:active;Trappan:training"),
        # a bracket after another method is not this one's
        ("Trappan har vi haft länge, och Blåvinge (en behandlare går utbildningen) kommer sedan.",
         "Blåvinge:training;Trappan:active"),
    ],
)
def test_a_bracket_after_a_method_says_its_status(text, expected):
    assert value(municipality(text), "methods") == expected


def test_a_bracket_naming_a_method_of_its_own_is_not_the_status_of_the_one_before():
    coded = municipality("Vi har BRA-samtal (och två kollegor går utbildning i Trappan).")
    assert value(coded, "methods") == "BRA-samtal:active;Trappan:training"


# ------------------------------------------------ SibworkS in any capitals
@pytest.mark.parametrize(
    "text",
    ["Vi har syskongrupper enligt sibworks för barn 7–11 år.", "SibworkS-grupperna för syskon har funnits sedan 2019.",
     "Syskonen erbjuds Sibworks i grupp två gånger per år."],
)
def test_sibworks_is_a_group_method(text):
    coded = municipality(text)
    assert value(coded, "methods") == "SibworkS:active"
    assert value(coded, "group_support") == "yes"


# ------------------------------------------------ a role beside a mapping of the needs
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sedan i höstas finns en barnsamordnare hos oss, och just nu kartlägger vi behoven i kommunen.", "partial"),
        ("Vi har fått en ny tjänst som konsulent för barn som anhöriga och har börjat kartlägga behovet av stöd.", "partial"),
        # work for the children running beside it: yes
        ("Vi har en barnsamordnare som håller BRA-samtal med barnen, och vi kartlägger behoven av gruppverksamhet.", "yes"),
    ],
)
def test_a_role_beside_a_mapping_of_the_needs_is_a_start(text, expected):
    assert value(municipality(text), "mandate_children") == expected


# ------------------------------------------------ groups something replaced
@pytest.mark.parametrize(
    "text",
    [
        "Barngrupperna lades ned 2021. I stället för grupperna har vi nu enskilda samtal med barnen.",
        "Istället för barngrupper erbjuder vi numera enskilda stödsamtal.",
    ],
)
def test_groups_replaced_by_something_else_are_none(text):
    coded = municipality(text)
    assert value(coded, "group_support") != "yes"
    assert value(coded, "individual_support") == "yes"


def test_groups_run_instead_of_something_else_are_groups():
    assert value(municipality("I stället för enskilda samtal har vi nu barngrupper varje vecka."), "group_support") == "yes"


# ------------------------------------------------ a municipality's name that holds a member's word
def test_a_municipality_whose_name_holds_church_names_no_church():
    coded = municipality("Vi samarbetar med ungdomsmottagningen i Botkyrka kring barnen.")
    assert value(coded, "partners") == "healthcare"


def test_the_parish_of_that_municipality_is_a_church():
    coded = municipality("Vi samarbetar med Botkyrka församling kring sorggrupper för barn.")
    assert "church" in value(coded, "partners")


# ------------------------------------------------ "på en del håll" limits
@pytest.mark.parametrize(
    "answer",
    ["Finns på en del håll, till exempel på barnkliniken.", "Broschyrer delas ut på vissa håll.",
     "Ja, på några håll har man tagit fram en folder."],
)
def test_some_places_limit_material(answer):
    assert value(region(("Q10", answer)), "material_parents") == "partial"


# ------------------------------------------------ a contrast with the parts that lack it
@pytest.mark.parametrize(
    "answer",
    # (after a comma, the parts named by a word for a part of the care: "primärvården", "somatiken")
    ["I barnsjukvården finns barnombud på alla avdelningar, till skillnad från primärvården där uppdraget aldrig har införts.",
     "Barnombud finns på samtliga psykiatriska mottagningar, till skillnad mot somatiken där rollen inte har inrättats."],
)
def test_a_contrast_with_parts_that_lack_it_limits_the_yes(answer):
    assert value(region(("Q04", answer)), "child_ombud") == "partial"


def test_a_contrast_with_an_earlier_year_limits_nothing():
    assert value(region(("Q04", "Barnombud finns på samtliga enheter, till skillnad från förra året.")), "child_ombud") == "yes"


# ------------------------------------------------ a question said not to be answered this time
@pytest.mark.parametrize(
    "answer",
    ["Frågan är inte aktuell för oss att besvara i år.", "Det är inte relevant att svara på den här gången."],
)
def test_a_question_not_to_be_answered_this_time_is_unknown(answer):
    assert value(region(("Q03", answer)), "steering_followup") == "unknown"


def test_follow_up_said_not_to_be_relevant_is_still_no():
    assert value(region(("Q03", "Nej, någon uppföljning är inte aktuell.")), "steering_followup") == "no"
