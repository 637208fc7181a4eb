"""Round 26: "se under <rubrik>" reads the answer under that heading; a development area is a plan; a plan whose carrying
out is denied ("… men det har inte prioriterats") is a plan, not a no; a question left open about the mandate is
unknown; children who meet the staff one by one have individual support; the party of a discussion held is a partner;
a unit of the social services named as the one worked with is a partner.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from corpus import code_synthetic
from test_coding import Q, municipality, region, value


# ------------------------------------------------ a reference to a heading of the page
@pytest.mark.parametrize(
    "reference",
    [
        "Se under Särskilda satsningar nedan.",
        "Se under rubriken Särskilda satsningar.",
        "Se även under särskilda satsningar längre ner.",
    ],
)
def test_a_reference_to_a_heading_reads_the_answer_under_it(reference):
    coded = code_synthetic("region", [
        ("Q08", Q["Q08"], reference),
        ("Q12", "Särskilda satsningar", "Sedan våren 2021 hålls en heldagskurs om barn som anhöriga fyra gånger per år."),
    ])
    assert value(coded, "staff_training") == "yes"


def test_a_reference_to_a_heading_reads_a_denial_there_too():
    coded = code_synthetic("region", [
        ("Q08", Q["Q08"], "Se under Särskilda satsningar."),
        ("Q12", "Särskilda satsningar", "Nej, inga utbildningsinsatser har genomförts under året."),
    ])
    assert value(coded, "staff_training") == "no"


# ------------------------------------------------ a development area is not there yet
@pytest.mark.parametrize(
    "answer",
    [
        "Nej, inte för närvarande. Material till föräldrar är ett utvecklingsområde i handlingsplanen.",
        "Nej. Det har styrgruppen pekat ut som ett förbättringsområde för nästa år.",
        "Inte ännu – det är ett av regionens utvecklingsområden.",
    ],
)
def test_a_no_with_a_development_area_stays_no(answer):
    assert value(region(("Q10", answer)), "material_parents") == "no"


def test_a_development_area_referred_to_stays_no():
    coded = region(("Q10", "Nej, inte i dag. Det är ett förbättringsområde som vi har skrivit in i planen."),
                   ("Q11", "Se föregående svar."))
    assert value(coded, "material_parents") == "no"
    assert value(coded, "material_children") == "no"


def test_a_yes_with_a_development_area_stays_yes():
    coded = region(("Q10", "Ja, en folder finns på alla mottagningar. Översättningar är ett utvecklingsområde."))
    assert value(coded, "material_parents") == "yes"


# ------------------------------------------------ a plan whose carrying out is denied
@pytest.mark.parametrize(
    "answer",
    [
        "Ja, intranätet har en sida med samtalsstöd. Vi har också diskuterat en kortare lathund för vårdcentralerna, "
        "men det har inte prioriterats i år.",
        "Ja, en folder finns på alla mottagningar. En engelsk översättning har diskuterats, men den har ännu inte blivit av.",
        "Ja. Vi funderar dessutom på en film för nyanställda, men det är inte beslutat.",
    ],
)
def test_a_yes_with_an_extra_discussed_but_not_done_stays_yes(answer):
    assert value(region(("Q09", answer)), "material_staff") == "yes"


def test_a_no_with_a_plan_not_carried_out_stays_no():
    coded = region(("Q09", "Nej. Vi har diskuterat att ta fram en lathund, men det har inte prioriterats."))
    assert value(coded, "material_staff") == "no"


def test_a_plan_beside_a_denial_of_the_present_still_limits_a_yes():
    # the negation here says what is missing now, not that the plan was dropped
    coded = region(("Q09", "Ja, på intranätet. Vi planerar en film, men i dag finns inget material för primärvården."))
    assert value(coded, "material_staff") == "partial"


# ------------------------------------------------ a question left open about the mandate
@pytest.mark.parametrize(
    "text",
    [
        "Tjänsten som anhörigsamordnare är nyinrättad. Om barn ska ingå i uppdraget är ännu inte klarlagt; det utreds i vår.",
        "Vår nämnd har inte bestämt om barn ska ingå i anhörigstödets uppdrag. Frågan tas upp i höst.",
        "Det är fortfarande oklart om unga under 18 år ingår i vårt uppdrag.",
        "Vi vet ännu inte om barnen kommer att ingå i uppdraget.",
    ],
)
def test_an_open_question_about_the_mandate_is_unknown(text):
    assert value(municipality(text), "mandate_children") == "unknown"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Barn ingår inte i vårt uppdrag.", "no"),
        ("Barn ingår sedan i år i vårt uppdrag.", "yes"),
    ],
)
def test_a_mandate_stated_or_denied_is_still_read(text, expected):
    assert value(municipality(text), "mandate_children") == expected


# ------------------------------------------------ children meeting the staff one by one
@pytest.mark.parametrize(
    "text",
    [
        "Sorggruppen för barn 7–12 år har funnits sedan 2017. Barnen träffar oss också enskilt innan gruppen börjar.",
        "Vi har en syskongrupp sedan 2018. Ungdomarna möter kuratorn individuellt före första träffen.",
        "Syskonen besöker mig en och en ett par gånger innan de börjar i gruppen.",
    ],
)
def test_children_who_meet_the_staff_one_by_one_have_individual_support(text):
    assert value(municipality(text), "individual_support") == "yes"


def test_children_who_do_not_meet_the_staff_one_by_one_have_none():
    assert value(municipality("Vi har en barngrupp. Barnen träffar inte oss enskilt, bara i gruppen."), "individual_support") == "no"


def test_parents_met_one_by_one_are_no_individual_support_for_children():
    assert value(municipality("Föräldrarna träffar vi enskilt, barnen i grupp."), "individual_support") == "unknown"


# ------------------------------------------------ the party of a discussion held
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Någon riktad verksamhet har vi inte. Vi har börjat diskutera med elevhälsan hur vi ska gå vidare.", "school"),
        ("Sedan i våras diskuterar vi med kyrkan hur en sorggrupp skulle kunna se ut.", "church"),
        ("Vi har haft flera samtal med församlingen om att starta en tjejgrupp nästa år.", "church"),
        # a discussion only intended or wished names no partner yet (as a planned cooperation does not)
        ("Vi planerar att diskutera med skolan hur vi kan samarbeta.", "-"),
        ("Vi vill föra en dialog med kyrkan om en grupp.", "-"),
        ("Vi planerar ett samarbete med socialtjänsten kring en grupp för barn.", "-"),
    ],
)
def test_the_party_of_a_discussion_held_is_a_partner(text, expected):
    assert value(municipality(text), "partners") == expected


def test_a_discussion_held_leaves_the_group_discussed_planned():
    coded = municipality("Vi har diskuterat med kyrkan om en syskongrupp till hösten.")
    assert value(coded, "partners") == "church"
    assert value(coded, "group_support") == "partial"


# ------------------------------------------------ a unit of the social services worked with
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tillsammans med familjeenheten inom socialtjänsten har vi sedan 2015 haft samtal med barn som upplevt våld.",
         "social_services"),
        ("I samarbete med barn- och ungdomsteamet inom IFO har vi en syskongrupp.", "social_services"),
        ("Grupperna leds ihop med familjebehandlare inom socialförvaltningen.", "social_services"),
        # the block's own staff or home stay no partner
        ("Vi leder grupperna med våra egna behandlare inom socialtjänsten.", "-"),
        ("Vår enhet är placerad inom socialförvaltningen och har barngrupper.", "-"),
        ("Vi har en barngrupp inom individ- och familjeomsorgen.", "-"),
    ],
)
def test_a_unit_of_the_social_services_worked_with_is_a_partner(text, expected):
    assert value(municipality(text), "partners") == expected
