"""Round 27: children's activities denied in one word are nothing targeted, and a "not yet" is no start where the
mandate is denied; a start planned after a dash plans the thing before it; a training in a group method runs no group;
a trained method said in use is active; psychiatry listed with somatic care limits nothing; a list of bodies none of
which has been appointed is no coordination; the last occasion named is past; a counted few of the units limit; joint
work under way names its partners; an answer deferred says nothing; a children's group inside a longer compound; a
unit where the children lie, named in the same sentence as one the block works with ("…, som vi samverkar med"), is a
partner.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


# ------------------------------------------------ the mandate denied, nothing for children yet
@pytest.mark.parametrize(
    "text",
    [
        "Några barnaktiviteter har vi inte ännu. Vår målgrupp är anhöriga från 18 år, barnen ingår inte i uppdraget.",
        "Ingen barnverksamhet finns hos oss än. Uppdraget gäller vuxna anhöriga från 18 år och uppåt, så barn är inte med i vårt uppdrag.",
        "Vi har inte uppdraget att arbeta med barn och har inga ungdomsaktiviteter ännu.",
    ],
)
def test_the_mandate_denied_and_no_childrens_activity_yet_is_no(text):
    coded = municipality(text)
    assert value(coded, "mandate_children") == "no"
    assert value(coded, "stage") == "none"
    assert value(coded, "group_support") == "no"
    assert value(coded, "individual_support") == "no"


def test_childrens_activities_not_yet_without_a_denied_mandate_stay_partial():
    coded = municipality("Några barnaktiviteter har vi inte ännu.")
    assert value(coded, "mandate_children") == "partial"


# ------------------------------------------------ a start planned after a dash
@pytest.mark.parametrize(
    "text, method",
    [
        ("Vi erbjuder BRA-samtal. Trappan, samtal för barn som sett våld – uppstart beräknad till våren.", "Trappan"),
        ("Kort om läget: Klubb Simon sedan 2015. ME-WE, grupp för unga omsorgsgivare – start planerad i augusti.", "ME-WE"),
        ("Blåvinge, en grupp för yngre barn – starten är planerad till nästa termin.", "Blåvinge"),
    ],
)
def test_a_start_planned_after_a_dash_plans_the_method_before_it(text, method):
    assert f"{method}:planned" in value(municipality(text), "methods")


@pytest.mark.parametrize(
    "text",
    [
        "Sorggrupp för barn i familjer med cancer – start planerad till hösten.",
        "Syskongrupp, för barn 8–12 år, med uppstart planerad i januari.",
        "Tonårsgrupp – uppstarten är planerad till efter jul.",
    ],
)
def test_a_group_whose_start_is_planned_after_a_dash_is_partial(text):
    assert value(municipality(text), "group_support") == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Vi har BRA-samtal sedan 2016. Trappan – avslutad förra året.",
        "BRA-samtal pågår. Trappan – avslutades 2019 och ersätts inte.",
    ],
)
def test_an_end_after_a_dash_ends_the_method(text):
    assert "Trappan" not in value(municipality(text), "methods")


# ------------------------------------------------ a training in a group method
@pytest.mark.parametrize(
    "text",
    [
        "Vi utbildar två kollegor i gruppmetodik för tonåringar och planerar att köra igång en grupp i vår.",
        "Just nu utbildas personal i en metod för barngrupper, och vi planerar att starta en grupp efter sommaren.",
        "Det nya är att vi utbildar personal i Rädda Barnens gruppmodell för syskon, och vi planerar att starta Skuggor och Ljus i vår.",
    ],
)
def test_a_training_in_a_group_method_is_no_group_run(text):
    assert value(municipality(text), "group_support") == "partial"


def test_a_group_method_worked_with_is_a_group():
    assert value(municipality("Vi arbetar med en gruppmetodik för barn sedan 2018."), "group_support") == "yes"


# ------------------------------------------------ a trained method in use
@pytest.mark.parametrize(
    "text, method",
    [
        ("Tre kuratorer är utbildade i BRA-samtal, som i dag används i samtal med barnen.", "BRA-samtal"),
        ("Två behandlare är certifierade i Trappan och metoden tillämpas i samtal med barn som upplevt våld.", "Trappan"),
    ],
)
def test_a_trained_method_said_in_use_is_active(text, method):
    assert f"{method}:active" in value(municipality(text), "methods")


def test_a_trained_method_denied_in_use_stays_in_training():
    assert "Trappan:training" in value(municipality("Två kuratorer är utbildade i Trappan, men metoden används inte ännu."), "methods")


# ------------------------------------------------ psychiatry listed with somatic care
@pytest.mark.parametrize(
    "answer",
    [
        "Ja, cirka 90 barnombud i psykiatrin, somatiken och primärvården.",
        "Ja, ett 80-tal barnrättsombud inom somatiken och psykiatrin.",
    ],
)
def test_psychiatry_listed_with_somatic_care_is_no_area_limit(answer):
    assert value(region(("Q04", answer)), "child_ombud") == "yes"


def test_psychiatry_alone_still_limits():
    assert value(region(("Q04", "Ja, ett 80-tal barnombud inom psykiatrin.")), "child_ombud") == "partial"


# ------------------------------------------------ none appointed
@pytest.mark.parametrize(
    "answer",
    [
        "Strategtjänsten drogs in förra året. Ingen strateg eller arbetsgrupp har tillsatts efter det.",
        "Vår samordnare slutade i våras, och inga nya samordnare, styrgrupper eller nätverk har utsetts.",
        "Projektet som höll ihop frågan avslutades 2021 och ingen projektledare, styrgrupp eller liknande har utsetts sedan dess.",
    ],
)
def test_a_list_of_bodies_none_appointed_is_no_coordination(answer):
    assert value(region(("Q01", answer)), "coordination") == "no"


def test_a_body_appointed_is_coordination():
    assert value(region(("Q01", "En styrgrupp har utsetts och leds av en strateg.")), "coordination") == "yes"


# ------------------------------------------------ the last occasion named
@pytest.mark.parametrize(
    "answer",
    [
        "Inga utbildningar har hållits de senaste åren. Den senaste var en temadag på länssjukhuset 2016, och sedan dess har inget hänt.",
        "Det sista var en föreläsning för personalen 2015. Inget har hänt sedan dess.",
        "Den senaste föreläsningen hölls för tre år sedan, och någon ny utbildning har inte getts.",
    ],
)
def test_the_last_occasion_named_is_past(answer):
    assert value(region(("Q08", answer)), "staff_training") == "no"


# ------------------------------------------------ a counted few of the units
@pytest.mark.parametrize(
    "answer",
    [
        "På de tre klinikerna som har en egen rutin antecknas barnen i journalen.",
        "Vid två av mottagningarna dokumenteras barnens situation i journalen.",
    ],
)
def test_a_counted_few_of_the_units_limit_the_documentation(answer):
    assert value(region(("Q07", answer)), "journal_documentation") == "partial"


# ------------------------------------------------ joint work under way
@pytest.mark.parametrize(
    "text, partners",
    [
        ("Vi håller på att ta fram en rutin tillsammans med socialtjänsten och elevhälsan.", "school;social_services"),
        ("Vi håller just på att bygga upp en syskongrupp i samarbete med Svenska kyrkan.", "church"),
    ],
)
def test_joint_work_under_way_names_its_partners(text, partners):
    assert value(municipality(text), "partners") == partners


def test_joint_work_only_planned_names_no_partner():
    assert value(municipality("Vi planerar att ta fram en handlingsplan tillsammans med elevhälsan."), "partners") in ("-", "")


# ------------------------------------------------ an answer deferred or withheld
@pytest.mark.parametrize(
    "key, answer, indicator",
    [
        ("Q11", "Frågan har diskuterats länge, och vi har därför valt att avvakta med att besvara den tills ansvaret är fördelat.", "material_children"),
        ("Q08", "Insatserna har varierat mellan förvaltningarna, och vi har valt att i detta svar inte redovisa dem.", "staff_training"),
        ("Q10", "Vi avstår från att svara på frågan i år.", "material_parents"),
    ],
)
def test_an_answer_deferred_or_withheld_is_unknown(key, answer, indicator):
    assert value(region((key, answer)), indicator) == "unknown"


def test_a_detail_withheld_beside_an_answer_keeps_the_answer():
    coded = region(("Q10", "Ja, en broschyr finns. Vi har valt att inte redovisa antalet exemplar."))
    assert value(coded, "material_parents") == "yes"


# ------------------------------------------------ a children's group in a longer compound
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Barngruppsverksamheten som vi drev 2013–2018 har upphört. Kvar finns enskilda stödsamtal.", "no"),
        ("Syskongruppsträffarna lades ned 2018.", "no"),
        ("Vi driver barngruppsverksamhet för barn 7–12 år.", "yes"),
    ],
)
def test_a_childrens_group_inside_a_longer_compound(text, expected):
    assert value(municipality(text), "group_support") == expected


# ------------------------------------------------ a partner referred to by a relative clause
@pytest.mark.parametrize(
    "text",
    [
        "Vi har uppdrag från 18 år. Barnen ligger på socialförvaltningens barn- och familjeenhet, som vi samverkar med.",
        "Barn som anhöriga ligger hos socialtjänstens familjeteam, som vi också samarbetar med kring enskilda familjer.",
    ],
)
def test_a_unit_where_the_children_lie_named_as_worked_with_is_a_partner(text):
    assert value(municipality(text), "partners") == "social_services"


def test_where_the_children_lie_alone_is_no_partner():
    assert value(municipality("Barn som anhöriga ligger på socialförvaltningen."), "partners") in ("-", "")
