"""Round 43: a question passed on or answered by another unit in any wording; an answer awaited says nothing; a few
units, or one occasion only, limit; a check booked ahead is planned; the unit's own offer denied after another's;
paused work is not current; a condition on another's wish is no wish; a range from a bound; a start this year; a
project that ran and ended; a row of labelled yes/no fields; a correction of another answer further down the page.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import Q, municipality, region, value
from test_coding_general_rules import page_2018


# ------------------------------------------------ a question passed on or answered by another unit says nothing
@pytest.mark.parametrize(
    "key, text, indicator",
    [
        # the topic named between the question and its verb, an adverb between the auxiliary and the participle
        ("Q04", "Frågan om ombud för barnen har därför skickats vidare till sjukvårdsdirektören.", "child_ombud"),
        ("Q04", "I dag har frågorna kring barnombuden lämnats vidare till förvaltningarna.", "child_ombud"),
        # active, the unit the subject
        ("Q02", "Vi har skickat frågan om riktlinjer vidare till kansliet.", "steering_document"),
        ("Q02", "Frågan har vidarebefordrats till regionledningen, som har överblicken.", "steering_document"),
        # answered by another unit, a long topic before the verb, or the verb first
        ("Q02", "Frågorna om riktlinjer och om hur de följs upp besvaras av regionkansliet i ett senare skede.", "steering_document"),
        ("Q04", "Av praktiska skäl besvaras frågan om barnombud av varje förvaltning för sig.", "child_ombud"),
    ],
)
def test_a_question_passed_on_or_answered_by_another_unit_is_unknown(key, text, indicator):
    assert value(region((key, text)), indicator) == "unknown"


def test_a_question_passed_on_is_not_answered_by_another_answer_on_the_page():
    frame = region(("Q04", "Frågan om ombud har i år skickats vidare till staben."),
                   ("Q08", "Barnombuden får en halvdags utbildning varje vår."))
    assert value(frame, "child_ombud") == "unknown"


def test_the_thing_itself_sent_on_is_no_question_passed_on():
    # a referral of the patients, not of the question
    assert value(region(("Q04", "Barnombud finns på alla kliniker och de skickar vidare frågor till kuratorn.")), "child_ombud") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Vi har påmint staben två gånger men har ännu inte fått något svar.",
        "Något svar har vi tyvärr inte fått från förvaltningarna.",
        "Vi väntar fortfarande på svar från hälso- och sjukvårdsledningen.",
        "Sammanställningen från staben förs in här så snart den kommer.",
    ],
)
def test_an_answer_awaited_says_nothing(text):
    assert value(region(("Q04", text)), "child_ombud") == "unknown"


# ------------------------------------------------ a few units, or one occasion only, limit
@pytest.mark.parametrize(
    "text",
    [
        "Sökordet för barn finns i journalen, men det används bara av några få enheter.",
        "Barnen antecknas i journalen på ett litet antal kliniker.",
        "Ett begränsat antal mottagningar dokumenterar barnen i journalen.",
    ],
)
def test_a_few_units_by_other_words_limit(text):
    assert value(region(("Q07", text)), "journal_documentation") == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Ombuden har gått en grundutbildning, som dock bara har getts vid ett enda tillfälle.",
        "En utbildning om barn som anhöriga har erbjudits en enda gång, våren 2021.",
        "Personalen har endast vid ett tillfälle fått en föreläsning om barn som anhöriga.",
    ],
)
def test_training_given_once_only_is_partial(text):
    assert value(region(("Q08", text)), "staff_training") == "partial"


def test_training_once_a_year_is_a_rhythm():
    assert value(region(("Q08", "Alla nyanställda går utbildningen, som ges en gång per år.")), "staff_training") == "yes"


# ------------------------------------------------ a check booked ahead is planned
@pytest.mark.parametrize(
    "text",
    [
        "En första journalgranskning är inplanerad till mars nästa år.",
        "Till hösten har vi bokat in en mätning av hur ofta barnen efterfrågas.",
        "En enkät till verksamheterna är inbokad vecka 40.",
    ],
)
def test_a_check_booked_ahead_is_partial(text):
    assert value(region(("Q13", text)), "compliance_followup") == "partial"


# ------------------------------------------------ the unit's own offer denied after another's
@pytest.mark.parametrize(
    "text",
    [
        "Regionen rekommenderar BRA-samtal, men vi erbjuder det inte själva.",
        "Psykiatrin tipsar om BRA-samtal, men det gör vi inte här.",
        "Elevhälsan har BRA-samtal, men själva har vi det inte.",
        "Kyrkan håller BRA-samtal, men det erbjuds inte hos oss.",
    ],
)
def test_the_units_own_offer_denied_after_anothers_is_none(text):
    frame = municipality(text)
    assert "BRA-samtal" not in value(frame, "methods")
    assert value(frame, "individual_support") != "yes"


def test_the_units_own_offer_with_another_named_stays():
    frame = municipality("Regionen rekommenderar BRA-samtal, och vi erbjuder det sedan 2019.")
    assert "BRA-samtal:active" in value(frame, "methods")


# ------------------------------------------------ paused work is not current
@pytest.mark.parametrize(
    "text",
    [
        "Vår syskongrupp, som har funnits sedan 2015, har pausat hela året eftersom ledaren slutat.",
        "Vi har haft Klubb Simon i många år, men grupperna pausades i våras och har inte kommit igång igen.",
        "Klubb Simon har vi kört länge, men gruppen är tillfälligt pausad.",
    ],
)
def test_paused_groups_are_not_current(text):
    frame = municipality(text)
    assert "Klubb Simon:active" not in value(frame, "methods")
    assert value(frame, "group_support") != "yes"


def test_paused_groups_with_a_start_again_planned_are_planned():
    frame = municipality("Vi har haft Klubb Simon sedan 2016, men gruppen pausades under pandemin. Planen är att starta om till våren.")
    assert "Klubb Simon:planned" in value(frame, "methods")


# ------------------------------------------------ a condition on another's wish is no wish of the unit
@pytest.mark.parametrize(
    "text",
    [
        "Någon riktad verksamhet för barn finns inte, men när en förälder hos oss i öppenvården önskar det har vi enskilda samtal med barnen.",
        "Om den andra föräldern i familjen vill det träffar vi barnen i enskilda samtal.",
        "Enskilda samtal med barnen har vi när föräldern själv så önskar.",
    ],
)
def test_talks_on_anothers_wish_are_talks(text):
    assert value(municipality(text), "individual_support") == "yes"


def test_the_units_own_wish_in_a_condition_is_still_a_wish():
    assert value(municipality("Om vi vill erbjuda enskilda samtal med barnen behöver vi mer personal."), "individual_support") != "yes"


# ------------------------------------------------ a range from a bound, its unit once
@pytest.mark.parametrize(
    "text, low, high",
    [
        ("Vi har enskilda samtal med barn från fyra upp till arton år.", "4", "18"),
        ("Samtalen riktar sig till barn från 3 och upp till 12 år.", "3", "12"),
        ("Gruppen tar emot barn från sex till och med tolv år.", "6", "12"),
    ],
)
def test_a_range_from_a_bound(text, low, high):
    frame = municipality(text)
    assert (value(frame, "age_min"), value(frame, "age_max")) == (low, high)


# ------------------------------------------------ a start this year is developing
@pytest.mark.parametrize(
    "text",
    [
        "Den första syskongruppen för barn 8–12 år startade vecka 38 i år.",
        "Vår första stödgrupp för barn 9–12 år kom igång nu i höst.",
        "En grupp för barn 7–12 år drogs igång under vecka 10.",
    ],
)
def test_a_group_started_this_year_is_developing(text):
    assert value(municipality(text, 2022), "stage") == "developing"


def test_a_group_started_in_a_week_of_a_year_named_long_ago_is_established():
    assert value(municipality("Syskongruppen för barn 8–12 år startade vecka 10 2015 och går varje termin."), "stage") == "established"


# ------------------------------------------------ a project that ran and ended, its work living on
@pytest.mark.parametrize(
    "text",
    [
        "Projektet pågick 2015–2019 och är nu avslutat, men familjebehandlarna använder fortfarande dess samtalsmall i enskilda samtal med barnen.",
        "Satsningen varade mellan 2014 och 2018 och blev sedan nedlagd; kuratorerna har dock kvar enskilda samtal med barnen.",
    ],
)
def test_a_project_that_ran_and_ended_with_talks_living_on_is_established(text):
    frame = municipality(text, 2023)
    assert value(frame, "individual_support") == "yes"
    assert value(frame, "stage") == "established"


# ------------------------------------------------ a row of labelled yes/no fields
@pytest.mark.parametrize(
    "text",
    [
        "Barnombud per område: Primärvård: ja | Psykiatri: ja | Akutsjukhuset: nej | Tandvården: nej",
        "Barnombud, läget i mars: Vuxenpsykiatrin: ja | Kirurgiska kliniken: nej.",
    ],
)
def test_a_row_of_mixed_fields_is_partial(text):
    assert value(region(("Q04", text)), "child_ombud") == "partial"


def test_a_row_of_fields_all_yes_is_yes():
    assert value(region(("Q04", "Barnombud per område: Primärvård: ja | Psykiatri: ja | Somatiken: ja")), "child_ombud") == "yes"


# ------------------------------------------------ a correction of another answer further down the page
@pytest.mark.parametrize(
    "lead",
    [
        "Rättelse till fråga 4 (barnombud): svaret ovan var fel.",
        "Korrigering av svaret på fråga 4: det vi skrev ovan stämmer inte.",
        "Svaret på fråga 4 blev tyvärr fel i vår första version.",
        "Rättelse gällande barnombud:",
    ],
)
def test_a_correction_further_down_replaces_the_answer(lead):
    frame = page_2018(("Q04", "Nej."), ("Q08", "Utbildning ges varje termin."),
                      ("Q90", lead + " Inom psykiatrin finns 20 barnombud. I övriga förvaltningar finns inga ombud."))
    assert value(frame, "child_ombud") == "partial"


def test_a_reference_is_no_correction():
    frame = page_2018(("Q04", "Nej."), ("Q90", "Se även fråga 4. Inom psykiatrin finns 20 barnombud."))
    assert value(frame, "child_ombud") == "no"


def test_a_correction_of_records_is_no_correction_of_an_answer():
    frame = page_2018(("Q07", "Barnen dokumenteras i journalen på alla kliniker."),
                      ("Q13", "Korrigering av journalerna görs efter varje granskning. Ingen annan uppföljning finns."))
    assert value(frame, "journal_documentation") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Två av oss går en utbildning i våras, och när den är klar vill vi starta en grupp för barn.",
        "När utbildningen i metoden är avslutad önskar vi starta en grupp för barn.",
    ],
)
def test_a_wish_of_the_unit_after_a_time_is_still_a_wish(text):
    assert value(municipality(text), "group_support") != "yes"


def test_a_group_ended_after_talks_leaves_the_talks():
    frame = municipality("Vi har enskilda samtal med barnen, men gruppen lades ner i fjol.")
    assert value(frame, "individual_support") == "yes"
