"""Round 35: the church by its abbreviation (SvK); talks of any kind named as for the children; a limit before a unit
named by a shared compound ("endast barn- och ungdomspsykiatrin") or with a verb before the care area ("bara följts upp
inom psykiatrin") lowers; a thing called desirable ("önskvärd") is a wish, not done.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


# ------------------------------------------------ the church by its abbreviation
@pytest.mark.parametrize(
    "text",
    [
        "Vi driver sorggrupper för barn, och ledarna kommer från SvK.",
        "Syskongruppen för barn hålls tillsammans med SvK sedan 2018.",
        "Barnen erbjuds samtal, och lägret ordnar vi i samarbete med SvK.",
    ],
)
def test_svk_is_the_church(text):
    assert "church" in value(municipality(text), "partners")


# ------------------------------------------------ talks of any kind for the children
@pytest.mark.parametrize(
    "text",
    [
        "Sorgsamtal för barn som förlorat en förälder erbjuds sedan i höstas av kuratorn.",
        "Krissamtal för barn hålls av vår socionom.",
        "Vi har samtal för ungdomar vars förälder har en psykisk sjukdom.",
    ],
)
def test_talks_named_as_for_the_children_are_individual_support(text):
    coded = municipality(text)
    assert value(coded, "individual_support") == "yes"
    assert value(coded, "mandate_children") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Vi erbjuder samtal för föräldrar om hur de kan prata med barn.",
        "Vi har inga samtal för barn som inte bor i kommunen.",
    ],
)
def test_talks_for_the_parents_or_denied_are_no_talks_for_children(text):
    assert value(municipality(text), "individual_support") != "yes"


# ------------------------------------------------ a limit before a unit named by a shared compound
@pytest.mark.parametrize(
    "text",
    [
        "Endast barn- och ungdomspsykiatrin har eget material till barn.",
        "Bara kvinno- och barnkliniken har broschyrer för barn.",
        "Broschyrer för barn finns, men enbart vuxen- och barnpsykiatrin delar ut dem.",
    ],
)
def test_a_limit_before_a_unit_named_by_a_shared_compound_lowers(text):
    assert value(region(("Q11", text)), "material_children") == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Barn- och ungdomspsykiatrin har eget material till barn.",
        "Vi har material till barn i alla verksamheter, inte bara barn- och ungdomspsykiatrin.",
    ],
)
def test_a_shared_compound_without_a_limit_stays_yes(text):
    assert value(region(("Q11", text)), "material_children") == "yes"


# ------------------------------------------------ a limit with a verb before the care area
@pytest.mark.parametrize(
    "text",
    [
        "Rutinen har hittills bara följts upp inom psykiatrin.",
        "Handlingsplanen följs upp årligen, men endast gjorts på barnkliniken hittills.",
        "Riktlinjen har enbart utvärderats vid BUP.",
    ],
)
def test_a_limit_with_a_verb_before_the_care_area_lowers(text):
    assert value(region(("Q03", text)), "steering_followup") == "partial"


# ------------------------------------------------ "önskvärd": a wish
@pytest.mark.parametrize(
    "text",
    [
        "En årlig uppföljning vore önskvärd.",
        "Regelbunden uppföljning är önskvärt, men ingen har ansvar för den.",
        "Uppföljningar i alla verksamheter vore önskvärda.",
    ],
)
def test_a_desirable_follow_up_is_not_done(text):
    assert value(region(("Q03", text)), "steering_followup") != "yes"


def test_a_wish_after_a_follow_up_limited_to_one_area_keeps_it_partial():
    coded = region(
        ("Q02", "Rutinen finns på alla kliniker men har hittills bara följts upp inom psykiatrin."),
        ("Q03", "Se ovan. En uppföljning av fler kliniker vore önskvärd, men ansvar saknas."),
    )
    assert value(coded, "steering_followup") == "partial"


# ------------------------------------------------ a limit on the follow-up does not limit the document
@pytest.mark.parametrize(
    "text",
    [
        "Riktlinjen finns på samtliga kliniker men har hittills bara följts upp inom psykiatrin.",
        "Handlingsplanen gäller hela regionen, men den har endast utvärderats vid BUP.",
    ],
)
def test_a_limit_on_the_follow_up_leaves_the_document_whole(text):
    assert value(region(("Q02", text)), "steering_document") == "yes"


def test_a_limit_on_the_document_itself_still_lowers():
    assert value(region(("Q02", "Rutinen finns bara inom psykiatrin.")), "steering_document") == "partial"


# ------------------------------------------------ "där det finns X, …, går arbetet framåt": only in some parts
@pytest.mark.parametrize(
    "text",
    [
        "Det finns ingen gemensam organisation för hela regionen. Där det finns utsedda ansvariga, som på barnkliniken "
        "och inom psykiatrin i Lund, går arbetet framåt; på andra ställen saknas struktur.",
        "Någon regional samordnare finns inte. Där det finns engagerade chefer och ombud, till exempel inom "
        "habiliteringen och på onkologen, fungerar samordningen bra.",
    ],
)
def test_where_something_exists_with_a_long_clause_the_coordination_is_partial(text):
    assert value(region(("Q01", text)), "coordination") == "partial"


def test_a_coordination_for_the_whole_region_stays_yes():
    assert value(region(("Q01", "Det finns en regional styrgrupp som leder arbetet.")), "coordination") == "yes"


# ------------------------------------------------ a group or method that ended after running for years
@pytest.mark.parametrize(
    "text, method",
    [
        ("Klubb Simon-grupperna avslutades i fjol efter att ha funnits sedan 2010. Vi erbjuder nu BRA-samtal.", "Klubb Simon"),
        ("Vi har enskilda samtal. Trappan avslutades 2021 efter att ha pågått i åtta år.", "Trappan"),
    ],
)
def test_a_method_that_ended_after_years_is_not_active(text, method):
    assert f"{method}:active" not in value(municipality(text), "methods")


@pytest.mark.parametrize(
    "text",
    [
        "Syskongrupperna avslutades i fjol efter att ha funnits sedan 2012.",
        "Sorggruppen lades ned i våras efter att ha drivits i tio år.",
    ],
)
def test_a_group_that_ended_after_years_is_no_group_now(text):
    assert value(municipality(text), "group_support") != "yes"


def test_one_round_of_a_group_ending_keeps_the_groups():
    assert value(municipality("Första syskongruppen avslutades i maj, och en ny grupp startar i höst."), "group_support") != "no"
