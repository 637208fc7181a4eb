"""Round 32: the client's wish in a condition is no wish of the unit; a method named after "enligt" or trained in now,
though the codebook does not list it; a question the respondent could not answer says nothing; a training ended when
its licence ran out is no training; something that existed over the years in various forms is no present state; the
goals of a plan listed after "mål:" are goals, not things that exist.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


# ------------------------------------------------ the client's wish in a condition
@pytest.mark.parametrize(
    "text",
    [
        "Barnen får enskilda samtal när föräldrarna önskar det.",
        "Vi erbjuder enskilda samtal med barnet om familjen så önskar.",
        "Riktad verksamhet för barn har vi inte, men några barn träffar vi enskilt när föräldern själv önskar det.",
    ],
)
def test_the_clients_wish_in_a_condition_is_no_wish_of_the_unit(text):
    assert value(municipality(text), "individual_support") == "yes"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the unit's own wish stays a wish
        ("Vi önskar starta grupper för barn.", "no"),
        ("Vi önskar kunna erbjuda barngrupper, men det saknas pengar.", "no"),
    ],
)
def test_the_units_own_wish_stays_a_wish(text, expected):
    assert value(municipality(text), "group_support") == expected


def test_nothing_targeted_but_talks_on_request_names_the_situations_of_those_talks():
    coded = municipality("Någon riktad verksamhet för barn har vi inte, men vissa barn träffar vi i enskilda samtal när "
                         "föräldern önskar det, oftast barn till en förälder med cancer.")
    assert value(coded, "individual_support") == "yes"
    assert value(coded, "group_support") == "no"
    assert value(coded, "target_conditions") == "somatic_illness"


# ------------------------------------------------ a method the codebook does not list
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vi har grupper enligt Skilda världar för barn 7–12 år.", "Skilda världar:active"),
        ("I dag finns två grupper enligt Stjärnfall; alla barn erbjuds också BRA-samtal.", "BRA-samtal:active;Stjärnfall:active"),
        ("Vi har stödsamtal enligt Stegen.", "Stegen:active"),
        ("Två kollegor utbildas just nu i Vågbrytaren, och till hösten startar en syskongrupp.", "Vågbrytaren:training"),
        ("Vi går utbildning i Stegen under våren.", "Stegen:training"),
        # a listed method stays itself
        ("Vi har samtal enligt Trappan-modellen.", "Trappan:active"),
        # a law, an authority or a genitive is no method
        ("Vi har grupper enligt SoL för barn i familjer med missbruk.", "-"),
        ("Vi har samtal enligt Socialstyrelsens modell.", "-"),
        ("Personalen utbildas i Region Skånes regi.", "-"),
    ],
)
def test_a_method_named_after_enligt_or_trained_in_now(text, expected):
    assert value(municipality(text), "methods") == expected


def test_a_method_named_after_enligt_counts_for_its_kind():
    coded = municipality("Vi har grupper enligt Skilda världar för barn 7–12 år.")
    assert value(coded, "group_support") == "yes"
    assert value(municipality("Vi har stödsamtal enligt Stegen."), "individual_support") == "yes"


# ------------------------------------------------ a question that could not be answered
@pytest.mark.parametrize(
    "text",
    [
        "Frågan har inte kunnat besvaras av regionen i år.",
        "Regionen kunde inte svara på frågan inför uppföljningen.",
        "Det går inte att besvara.",
    ],
)
def test_an_inability_to_answer_says_nothing(text):
    coded = region(("Q02", text), ("Q03", "Se ovan."), ("Q08", text))
    assert value(coded, "steering_document") == "unknown"
    assert value(coded, "steering_followup") == "unknown"
    assert value(coded, "staff_training") == "unknown"


def test_a_limit_on_part_of_the_answer_still_answers():
    coded = region(("Q08", "Utbildning ges årligen till all personal, men vi kan inte svara på hur många som har gått den."))
    assert value(coded, "staff_training") == "yes"


# ------------------------------------------------ a training ended when its licence ran out
@pytest.mark.parametrize(
    "text",
    [
        "Nej. Webbkursen som ombuden gick avslutades när licensen löpte ut.",
        "Nej. E-utbildningen för barnombuden slutade användas när avtalet gick ut 2020, och ingen ny har köpts in.",
    ],
)
def test_a_training_ended_with_its_licence_is_no_training(text):
    assert value(region(("Q08", text)), "staff_training") == "no"


# ------------------------------------------------ existed over the years in various forms
@pytest.mark.parametrize(
    "text",
    [
        "Barnombud har under åren funnits i olika former i regionen.",
        "Familjeombud har funnits i olika former på klinikerna.",
        "Ombud har av och till funnits på några av sjukhusen.",
    ],
)
def test_ombud_that_existed_over_the_years_are_no_present_state(text):
    assert value(region(("Q04", text)), "child_ombud") == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Barnombud har funnits sedan 2012 och finns i dag på alla kliniker.",
        "Barnombud har funnits i olika former sedan 2010, och i dag har varje klinik ett ombud.",
    ],
)
def test_ombud_that_have_existed_since_a_year_are_there(text):
    assert value(region(("Q04", text)), "child_ombud") == "yes"


# ------------------------------------------------ the goals of a plan after "mål:"
@pytest.mark.parametrize(
    "text",
    [
        "Ja. Till riktlinjen hör en handlingsplan med tre mål: att alla enheter ska ha en kontaktperson, att all personal "
        "ska ha gått en grundkurs, och att det ska finnas material för barn.",
        "Ja, en handlingsplan med två mål: att personalen ska utbildas årligen och att det ska finnas broschyrer för barn.",
    ],
)
def test_goals_listed_after_a_goal_label_are_no_things_that_exist(text):
    coded = region(("Q02", text))
    assert value(coded, "steering_document") == "yes"
    assert value(coded, "material_children") == "unknown"
    assert value(coded, "staff_training") == "unknown"


def test_material_stated_elsewhere_still_counts():
    coded = region(("Q02", "Ja, en handlingsplan. Det finns informationsmaterial för barn i olika åldrar på alla mottagningar."))
    assert value(coded, "material_children") == "yes"
