"""Round 45: how a clause is read, not cues for one indicator. A pronoun that takes up the activity of the clause before,
said ended or closed, or denied any link with the unit; an active verb of replacing, its subject current and its object
ended; the relative clause after a referral, the other body's; an answer that only points to where documents are kept.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


# ------------------------------------------------ (a) a pronoun that takes up the activity, in an ended state
@pytest.mark.parametrize(
    "text",
    [
        "Vi hade tidigare en syskongrupp för barn, men den är numera avvecklad.",
        "Det fanns en sorggrupp för barn i vår regi, men den är tyvärr indragen sedan i våras.",
        "Vi startade en barngrupp 2019, men den är i dag vilande.",
        "Under några år drev vi en tonårsgrupp, men den har varit pausad sedan pandemin.",
        "Fram till 2022 fanns en grupp för barn till föräldrar med missbruk, men den blev nedlagd när ledaren slutade.",
    ],
)
def test_a_pronoun_said_in_an_ended_state_ends_what_it_takes_up(text):
    assert value(municipality(text), "group_support") == "no"


def test_an_ended_state_of_talks_in_the_plural():
    frame = municipality("Barnen erbjöds BRA-samtal på mottagningen, men de är numera nedlagda.")
    assert value(frame, "methods") == "-"
    assert value(frame, "individual_support") != "yes"


# ------------------------------------------------ (a) the unit denying any link with another body's named activity
@pytest.mark.parametrize(
    "text",
    [
        "Röda korset driver en grupp för barn i sorg, men den samarbetar vi inte med.",
        "Svenska kyrkan erbjuder sorggrupper för barn, men dit hänvisar vi inte.",
        "Svenska kyrkan har sorggrupper för barn, men det har vi inget samarbete kring.",
        "Församlingen håller en grupp för barn vars förälder dött, men den har vi tyvärr ingen koppling till.",
        "Kyrkan har barngrupper för barn i sorg, men vi remitterar inte dit.",
    ],
)
def test_a_pronoun_object_first_with_its_link_denied_is_neither_the_units_nor_a_partner(text):
    frame = municipality(text)
    assert value(frame, "group_support") != "yes"
    assert value(frame, "partners") == "-"


def test_a_pronoun_object_first_with_its_link_affirmed_keeps_the_partner():
    frame = municipality("Vi har en grupp för barn i sorg, och den har vi i samarbete med Svenska kyrkan.")
    assert value(frame, "group_support") == "yes"
    assert value(frame, "partners") == "church"


# ------------------------------------------------ (b) an active verb of replacing: its subject runs, its object ended
@pytest.mark.parametrize(
    "text, indicator, expected",
    [
        ("Tonårsgruppen har sedan i fjol ersatt den syskongrupp vi hade tidigare.", "group_support", "yes"),
        ("Enskilda BRA-samtal har sedan 2020 ersatt Trappan-samtalen.", "methods", "BRA-samtal:active"),
        ("Trappan-samtal ersatte under 2019 de BRA-samtal vi hade innan.", "methods", "Trappan:active"),
        # the verb second, an adverbial first
        ("Sedan 2022 har Familjesamtal enligt Beardslee ersatt våra tidigare stödsamtal.", "methods", "Beardslee:active"),
        ("BRA-samtal har tagit över efter Trappan-samtalen, som vi hade fram till 2021.", "methods", "BRA-samtal:active"),
        ("Enskilda samtal har sedan 2020 ersatt de grupper vi hade tidigare.", "group_support", "no"),
        ("Enskilda samtal har sedan 2020 ersatt de grupper vi hade tidigare.", "individual_support", "yes"),
    ],
)
def test_an_active_verb_of_replacing_keeps_its_subject_and_ends_its_object(text, indicator, expected):
    assert value(municipality(text), indicator) == expected


# ------------------------------------------------ (c) the relative clause after a referral is the other body's
@pytest.mark.parametrize(
    "text, method",
    [
        ("Barnen hänvisas till BUP, som har egna BRA-samtal.", True),
        ("Stöd till barnen ges inte här (vi remitterar till elevhälsan, vilken erbjuder BRA-samtal).", True),
        ("Vi har inga egna grupper (familjerna slussas vidare till kommunens öppenvård, där barnen kan gå i Trappan-grupp).", True),
        ("Vi erbjuder enskilda samtal och hänvisar till Svenska kyrkan, som har sorggrupper för barn.", False),
        ("Barn som anhöriga ingår inte i vårt uppdrag (barnen lotsas till socialtjänsten som driver egna BRA-grupper).", True),
    ],
)
def test_what_the_body_referred_to_has_is_not_the_units(text, method):
    frame = municipality(text)
    assert value(frame, "group_support") != "yes"
    if method:
        assert value(frame, "methods") == "-"


def test_the_units_own_talks_beside_a_referral_stay():
    frame = municipality("Vi erbjuder enskilda samtal och hänvisar till Svenska kyrkan, som har sorggrupper för barn.")
    assert value(frame, "individual_support") == "yes"


@pytest.mark.parametrize(
    "key, text, indicator",
    [
        # a referral to a web source names material there: it counts in full (earlier rounds' decision)
        ("Q10", "Föräldrar hänvisas till 1177.se, där informationen om att prata med barn om sjukdom finns.", "material_parents"),
        ("Q09", "Vi hänvisar till Nka:s webbplats, där det finns kunskapsstöd och filmer.", "material_staff"),
        ("Q10", "Vi hänvisar till texterna om barn som anhöriga på 1177 Vårdguiden.", "material_parents"),
    ],
)
def test_a_referral_to_a_web_source_keeps_its_material(key, text, indicator):
    assert value(region((key, text)), indicator) == "yes"


# ------------------------------------------------ (d) an answer that only points to where documents are kept
@pytest.mark.parametrize(
    "key, text, indicator",
    [
        ("Q02", "Vi hänvisar till vårt dokumenthanteringssystem.", "steering_document"),
        ("Q02", "Hänvisar till regionens webbplats.", "steering_document"),
        ("Q09", "Vi hänvisar till regionens intranät för aktuellt material.", "material_staff"),
        ("Q09", "Mer information finns på intranätet.", "material_staff"),
        ("Q02", "Vi hänvisar här till det gemensamma ledningssystemet där gällande dokument finns.", "steering_document"),
    ],
)
def test_a_pointer_to_where_documents_are_kept_answers_nothing(key, text, indicator):
    assert value(region((key, text)), indicator) == "unknown"


def test_a_pointer_that_names_the_document_still_names_it():
    assert value(region(("Q02", "Vi hänvisar till handlingsplanen på intranätet.")), "steering_document") == "yes"


def test_a_person_replacing_one_thing_with_another_keeps_the_new_one():
    # "ersatt Y med Z": the subject is who replaced, Z the new one (here planned), not a thing that ended
    frame = municipality("Vi har ersatt syskongruppen med en tonårsgrupp, som startar till hösten.")
    assert value(frame, "group_support") == "partial"
