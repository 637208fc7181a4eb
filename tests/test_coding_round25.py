"""Round 25: a start hoped for in a relative clause after a group makes the group planned; a post that stands vacant is no
coordination; a training begun this autumn is training; nothing yet for the children denies support; support "för barn"
denied is nothing targeted; a family method alone is no individual talk with a child; a method's name joined by "och"
stays whole.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


# ------------------------------------------------ a start hoped for in a relative clause after the group
@pytest.mark.parametrize(
    "text",
    [
        "Tillsammans med kyrkan förbereder vi en sorggrupp för barn som har mist en förälder, som vi hoppas kunna starta till våren.",
        "Vi har fått medel till en tonårsgrupp som vi räknar med att starta i januari.",
        "Vi för samtal med skolan om en syskongrupp för barn 8–12 år som vi planerar att dra igång efter sommaren.",
        "Socialtjänsten och vi har ett samarbete kring en ny barngrupp, som vi hoppas ska komma i gång 2026.",
    ],
)
def test_a_group_hoped_to_start_is_planned_not_running(text):
    coded = municipality(text)
    assert value(coded, "group_support") == "partial"
    assert value(coded, "stage") == "developing"


def test_a_hoped_for_group_leaves_the_cooperation_already_begun():
    coded = municipality("Vi har inlett ett samarbete med elevhälsan kring en syskongrupp för barn som har en sjuk "
                         "förälder, som vi hoppas kunna starta nästa år.")
    assert value(coded, "partners") == "school"
    assert value(coded, "group_support") == "partial"


def test_a_group_wished_for_in_a_relative_clause_is_a_wish_as_in_a_main_clause():
    # codebook: a wish is no plan ("Vi skulle gärna vilja starta grupper" is no); the relative clause reads the same way
    wished = "Vi har pratat med församlingen om en tjejgrupp, som vi gärna vill komma igång med."
    assert value(municipality(wished), "group_support") == "no"
    assert value(municipality("Vi vill gärna komma igång med en tjejgrupp."), "group_support") == "no"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the relative clause says something else than a start of the group: others' group wished to cooperate with
        ("Röda Korset har en sorggrupp som vi skulle vilja samarbeta med.", "unknown"),
        ("Kyrkan har en barngrupp som vi hoppas kunna samverka med.", "unknown"),
    ],
)
def test_a_relative_clause_about_something_else_than_a_start_plans_nothing_new(text, expected):
    assert value(municipality(text), "group_support") == expected


# ------------------------------------------------ a post that stands vacant
@pytest.mark.parametrize(
    "answer",
    [
        "Samordnartjänsten är vakant sedan i våras och ingen har ansvaret just nu.",
        "Tjänsten som barnrättsstrateg har stått obesatt sedan årsskiftet.",
        "Vår samordnare slutade i fjol och tjänsten har ännu inte tillsatts.",
        "I dag finns ingen utsedd samordnare. Tjänsten som samordnare har varit vakant sedan 2023 och frågan ligger på varje verksamhetschef.",
    ],
)
def test_a_vacant_post_is_no_coordination(answer):
    assert value(region(("Q01", answer)), "coordination") == "no"


@pytest.mark.parametrize(
    "answer",
    [
        "Samordnartjänsten var vakant under våren, men sedan augusti har vi en ny samordnare.",
        "Regionen har en samordnare på halvtid och en styrgrupp.",
    ],
)
def test_a_post_filled_again_or_never_vacant_is_coordination(answer):
    assert value(region(("Q01", answer)), "coordination") == "yes"


# ------------------------------------------------ a training begun this autumn is training
@pytest.mark.parametrize(
    "text, methods",
    [
        ("Nu i höst har tre av oss börjat gå utbildningen i Trappan.", "Trappan:training"),
        ("I höst har vi påbörjat utbildningen i BRA-samtal.", "BRA-samtal:training"),
        ("Två kuratorer har i höst börjat utbilda sig i Trappan.", "Trappan:training"),
    ],
)
def test_a_training_begun_this_autumn_is_training(text, methods):
    assert value(municipality(text), "methods") == methods


@pytest.mark.parametrize(
    "text, methods",
    [
        ("Vi startar en ME-WE-grupp i höst.", "ME-WE:planned"),
        ("I höst börjar vi med Klubb Simon.", "Klubb Simon:planned"),
    ],
)
def test_a_start_this_autumn_is_still_a_plan(text, methods):
    assert value(municipality(text), "methods") == methods


# ------------------------------------------------ nothing yet for the children
@pytest.mark.parametrize(
    "text",
    [
        "Barnen kom in i vårt uppdrag i år och än så länge erbjuder vi inget.",
        "Vi erbjuder inget ännu, men vi har börjat kartlägga behoven.",
        "Hittills har vi ingenting att erbjuda.",
        "Vårt uppdrag är att jobba med barnen som anhöriga, men vi har ännu ingen verksamhet för barnen.",
        "Det finns inget stöd för barnen hos oss ännu.",
    ],
)
def test_nothing_yet_for_the_children_denies_talks(text):
    assert value(municipality(text), "individual_support") == "no"


def test_the_mandate_to_work_with_children_is_no_activity():
    coded = municipality("Uppdraget att jobba med barn som anhöriga fick vi i våras, och någon verksamhet för barnen finns inte ännu.")
    assert value(coded, "individual_support") == "no"
    assert value(coded, "mandate_children") == "yes"


def test_nothing_named_in_a_sentence_about_something_else_denies_nothing():
    assert value(municipality("I dag har vi inget samarbete med skolan."), "individual_support") == "unknown"


# ------------------------------------------------ support "för barn" denied
@pytest.mark.parametrize(
    "text",
    [
        "Något särskilt stöd för barn har vi inte ännu. Vi har bjudit in skolan till ett möte om hur vi kan nå barnen.",
        "Riktat stöd för barnen saknas än så länge hos oss.",
    ],
)
def test_support_for_children_denied_is_nothing_targeted(text):
    coded = municipality(text)
    assert value(coded, "mandate_children") == "partial"
    assert value(coded, "stage") == "developing"


def test_a_mandate_held_elsewhere_is_not_support_denied():
    coded = municipality("Anhörigstödet har inget uppdrag för barn, det är socialtjänstens familjeenhet som har det. "
                         "Familjeenheten har haft barngrupper sedan 2012.")
    assert value(coded, "mandate_children") == "yes"


# ------------------------------------------------ a family method alone is no individual talk with a child
@pytest.mark.parametrize(
    "text",
    [
        "Familjebehandlarna erbjuder Beardslees familjeintervention när en förälder är deprimerad.",
        "Sedan 2016 arbetar vi med Beardslee i familjer med psykisk ohälsa.",
        "Inom socialpsykiatrin använder vi Family model.",
    ],
)
def test_a_family_method_alone_is_no_individual_talk(text):
    coded = municipality(text)
    assert value(coded, "individual_support") == "unknown"
    assert value(coded, "mandate_children") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Vi arbetar med Beardslees familjeintervention, och barnen får då egna samtal med behandlaren.",
        "I familjearbetet enligt Beardslee får syskonen enskilda samtal.",
    ],
)
def test_a_family_method_with_the_childrens_own_talks_is_individual_support(text):
    assert value(municipality(text), "individual_support") == "yes"


def test_a_family_method_of_years_is_established():
    assert value(municipality("Beardslees familjeintervention har vi erbjudit sedan 2012."), "stage") == "established"


# ------------------------------------------------ a method's name joined by "och" stays whole
@pytest.mark.parametrize(
    "text, methods",
    [
        ("Vi har gruppverksamheten Lyssna och berätta för barn 7–12 år.", "Lyssna och berätta:active"),
        ("Vi använder samtalsmodellen Fråga och svara med barnen.", "Fråga och svara:active"),
        ("Vi har stödgruppen Sol och Vind för syskon.", "Sol och Vind:active"),
        ('Vi har gruppen "Rita och prata" för barn.', "Rita och prata:active"),
        # "och" before a subject or another kind of support ends the name
        ("Vi har gruppverksamheten Stjärnan och vi träffas varje vecka.", "Stjärnan:active"),
        ("Vi har gruppen Regnbågen och samtal med barnen.", "Regnbågen:active"),
    ],
)
def test_a_method_name_joined_by_och_stays_whole(text, methods):
    assert value(municipality(text), "methods") == methods
