"""Round 46: how a clause is read, not cues for one indicator. Not knowing said with the object first ("det vet vi
inte", "det har vi ingen uppgift om"): the source does not say. A past activity with the point it ran until ("fanns till
förra året"), and an activity taken up by a pronoun said moved to another body ("den är numera flyttad till …"): ended,
and the body it moved to no partner.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


# ------------------------------------------------ (a) not knowing, the object first: the source does not say
@pytest.mark.parametrize(
    "key, text, indicator",
    [
        ("Q04", "Det vet vi inte i nuläget; en genomgång av vilka funktioner som finns pågår.", "child_ombud"),
        ("Q11", "Det har vi ingen uppgift om.", "material_children"),
        ("Q09", "Det känner vi inte till.", "material_staff"),
        ("Q10", "Detta har vi tyvärr ingen kännedom om.", "material_parents"),
        ("Q04", "Det vet jag faktiskt inte.", "child_ombud"),
        ("Q08", "Det har vi inga uppgifter om i dagsläget.", "staff_training"),
    ],
)
def test_not_knowing_with_the_object_first_is_unknown(key, text, indicator):
    assert value(region((key, text)), indicator) == "unknown"


@pytest.mark.parametrize(
    "key, text, indicator, expected",
    [
        # a denial of the thing itself stays a denial
        ("Q04", "Det har vi inte.", "child_ombud", "no"),
        ("Q11", "Något sådant material har vi inte.", "material_children", "no"),
        # not knowing only the rest limits a yes (as before)
        ("Q07", "Barnen noteras i journalen, men hur de andra klinikerna gör vet vi inte.", "journal_documentation", "partial"),
    ],
)
def test_a_denial_or_a_limit_is_not_taken_for_not_knowing(key, text, indicator, expected):
    assert value(region((key, text)), indicator) == expected


# ------------------------------------------------ (b) a past activity with the point it ran until
@pytest.mark.parametrize(
    "text",
    [
        "Vi hade en syskongrupp till förra året.",
        "Samtalsgruppen för tonåringar fanns hos oss till i fjol.",
        "Vi drev en grupp för barn till föräldrar med missbruk till och med 2021.",
        "En barngrupp erbjöds på familjecentralen till i våras.",
        "Gruppen för barn i sorg hölls två gånger om året till 2020.",
    ],
)
def test_a_past_activity_run_until_a_past_point_has_ended(text):
    assert value(municipality(text), "group_support") != "yes"


def test_a_present_activity_with_a_point_ahead_still_runs():
    assert value(municipality("Vi har en syskongrupp som pågår till juni."), "group_support") == "yes"


# ------------------------------------------------ (b) an activity taken up by a pronoun, said moved to another body
@pytest.mark.parametrize(
    "text",
    [
        "Vi hade en sorggrupp för barn, men den är numera flyttad till Svenska kyrkan.",
        "Förut fanns en syskongrupp hos oss, men den har blivit överförd till Röda korset.",
        "Barngruppen drevs av anhörigstödet, men den är sedan i höstas flyttad till socialtjänsten.",
        "Vi hade samtalsgrupper för barn, men de är numera överförda till Bris.",
        "Sorggruppen fanns hos oss till förra året, men den är nu flyttad till församlingen.",
    ],
)
def test_an_activity_said_moved_to_another_body_has_ended_here_and_names_no_partner(text):
    frame = municipality(text)
    assert value(frame, "group_support") != "yes"
    assert value(frame, "partners") == "-"


def test_an_activity_moved_within_the_unit_keeps_running():
    frame = municipality("Vi har en syskongrupp, och den är numera flyttad till nya lokaler på familjecentralen.")
    assert value(frame, "group_support") == "yes"


def test_a_moved_activity_beside_a_running_one_keeps_the_running_ones_partner():
    frame = municipality(
        "Vi har grupper för barn i familjer med missbruk tillsammans med socialtjänsten. "
        "Sorggruppen fanns hos oss till förra året, men den är numera flyttad till Svenska kyrkan."
    )
    assert value(frame, "group_support") == "yes"
    assert value(frame, "partners") == "social_services"
    assert "death" not in value(frame, "target_conditions")


# ------------------------------------------------ (c) a limit on the follow-up, in any form of "följa upp"
@pytest.mark.parametrize(
    "text",
    [
        "Riktlinjen gäller i hela regionen och ska följas upp varje år, men det har hittills bara gjorts på ett par kliniker.",
        "Handlingsplanen är beslutad för hela regionen och har följts upp en gång, men bara inom psykiatrin.",
        "Rutinen finns för alla förvaltningar och följdes upp i fjol, men det skedde bara på några enheter.",
        "Handlingsplanen gäller hela regionen, och verksamheterna har följt upp den, dock bara inom somatiken.",
        "Riktlinjen är regiongemensam och cheferna följde upp den 2022, men det gjordes endast på två kliniker.",
    ],
)
def test_a_limit_on_the_follow_up_does_not_limit_the_document(text):
    assert value(region(("Q02", text)), "steering_document") == "yes"


def test_a_limit_on_the_document_itself_still_limits_it():
    text = "Rutinen gäller bara inom psykiatrin och ska följas upp varje år."
    assert value(region(("Q02", text)), "steering_document") == "partial"


# ------------------------------------------------ (d) a cue running on into another body's relative clause
@pytest.mark.parametrize(
    "text",
    [
        "Egna samtal för barn har vi inte, och barn som behöver stöd hänvisas till familjeenhetens mottagning (som har egna samtal).",
        "Vi har inga grupper, men barnen i behov av stöd slussas vidare till socialtjänstens öppenvård, som har egna barnsamtal.",
        "Inget sådant finns hos oss; barn med behov remitteras till kommunens familjebehandlare, som har ett eget stödsamtal för barn.",
        "Barn hänvisas till första linjen i kommunen (som har egna samtal med barn), vi har inga samtal själva.",
        "Vi har inga egna insatser, och barn som vill prata hänvisas till elevhälsans kuratorer, som har egna samtal.",
    ],
)
def test_a_cue_ending_in_another_bodys_relative_clause_is_not_the_units(text):
    assert value(municipality(text), "individual_support") != "yes"


def test_the_units_own_talks_before_a_referral_still_count():
    text = "Barnen får egna samtal hos oss, och de som behöver mer hänvisas till BUP, som har egna grupper."
    assert value(municipality(text), "individual_support") == "yes"


# ------------------------------------------------ (e) a number of occasions in a recurring period: given n times a year
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Varje år ges introduktionskursen om barn som anhöriga vid tre tillfällen, öppen för alla medarbetare.", "yes"),
        ("Utbildningen hålls vid två tillfällen varje termin för nyanställda.", "yes"),
        ("Per år erbjuds grundutbildningen vid fyra tillfällen.", "yes"),
        ("Varje läsår genomförs en halvdagsutbildning vid fem tillfällen för vårdpersonalen.", "yes"),
        ("Utbildningen gavs vid två tillfällen per år, och ombuden har en årlig träff.", "yes"),
        # a number of occasions with no period is still sporadic
        ("Vi har haft föreläsningar om barn som anhöriga vid några tillfällen.", "partial"),
        ("Utbildning har getts vid två tillfällen sedan 2019.", "partial"),
    ],
)
def test_occasions_in_a_recurring_period_are_regular_training(text, expected):
    assert value(region(("Q08", text)), "staff_training") == expected


# ------------------------------------------------ (f) a pointer to an attachment or a document system, with a remark after it
@pytest.mark.parametrize(
    "key, text, indicator",
    [
        ("Q09", "Se bilaga 4 (bilagan läggs inte ut på webben).", "material_staff"),
        ("Q10", "Se bifogad fil, som inte är offentlig.", "material_parents"),
        ("Q11", "Se bilaga 1 (den publiceras inte).", "material_children"),
        ("Q02", "Vi hänvisar till ledningssystemet Platina.", "steering_document"),
        ("Q02", "Hänvisar till intranätet.", "steering_document"),
        ("Q09", "Vi hänvisar till dokumenthanteringssystemet.", "material_staff"),
    ],
)
def test_a_bare_pointer_with_a_remark_after_it_answers_nothing(key, text, indicator):
    assert value(region((key, text)), indicator) == "unknown"


@pytest.mark.parametrize(
    "key, text, indicator, expected",
    [
        # a document named in the system, or a denial of its own, still speaks
        ("Q02", "Rutinen för barn som anhöriga finns i ledningssystemet.", "steering_document", "yes"),
        ("Q09", "Något material har vi inte, se bilaga 2.", "material_staff", "no"),
    ],
)
def test_a_pointer_beside_an_answer_leaves_the_answer(key, text, indicator, expected):
    assert value(region((key, text)), indicator) == expected


# ------------------------------------------------ (g) the question said to lie with another unit now
@pytest.mark.parametrize(
    "key, text, indicator",
    [
        ("Q08", "Frågan om utbildning ligger numera hos personalavdelningen, som har börjat se över introduktionen för nyanställda och ska återkomma.", "staff_training"),
        ("Q09", "Frågorna kring material ligger nu hos kommunikationsenheten.", "material_staff"),
        ("Q08", "Frågan om fortbildning för vårdpersonal ligger sedan i höstas hos HR, som ska ta fram ett förslag om kurser.", "staff_training"),
        ("Q11", "Frågan om informationsmaterial till barn ligger i dag hos barnhälsovården.", "material_children"),
        ("Q08", "Frågan om utbildningsinsatser har legat hos kompetensrådet, som ännu inte har utbildat någon.", "staff_training"),
    ],
)
def test_the_question_lying_with_another_unit_answers_nothing(key, text, indicator):
    assert value(region((key, text)), indicator) == "unknown"


def test_the_training_itself_with_another_unit_still_answers():
    text = "Utbildningen i barn som anhöriga ligger hos HR-avdelningen, som ger den två gånger per år."
    assert value(region(("Q08", text)), "staff_training") == "yes"


def test_a_responsibility_for_the_questions_lying_with_a_unit_is_not_a_question_passed_on():
    text = "Det övergripande ansvaret för frågorna om barn som anhöriga ligger hos regionens samordnare."
    assert value(region(("Q01", text)), "coordination") != "unknown"
