"""Round 34: a list opened by "någon" before a denied predicate is denied whole; a start in a season with its year and no
preposition is a plan; material lost ("försvann") is past; others' material the unit does not hand out is not the
unit's; what "will not be replaced" has ended.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


# ------------------------------------------------ "någon X, Y eller Z finns inte": the whole list denied
@pytest.mark.parametrize(
    "text",
    [
        "Någon samordnare, styrgrupp eller motsvarande finns inte i regionen.",
        "Någon samordnare, arbetsgrupp eller liknande har vi inte.",
        "Något nätverk, någon styrgrupp eller samordnare har inte utsetts.",
    ],
)
def test_a_list_opened_by_nagon_before_a_denied_predicate_is_denied(text):
    assert value(region(("Q01", text)), "coordination") == "no"


def test_a_list_opened_by_nagon_without_a_denial_stays_affirmed():
    assert value(region(("Q01", "Någon samordnare finns inte, men en styrgrupp leder arbetet.")), "coordination") != "no"


# ------------------------------------------------ a start in a season with its year, no preposition
@pytest.mark.parametrize(
    "text",
    [
        "Nej, något styrdokument saknas. Ett arbete med att ta fram en rutin påbörjas våren 2025.",
        "Nej, det finns ingen riktlinje. En översyn inleds hösten 2024.",
    ],
)
def test_work_begun_in_a_season_with_its_year_is_a_plan(text):
    assert value(region(("Q02", text)), "steering_document") == "no"


# ------------------------------------------------ material lost is gone
@pytest.mark.parametrize(
    "text",
    [
        "Nej. Broschyrerna vi hade försvann vid flytten och har inte ersatts.",
        "Nej. Filmerna på den gamla webbsidan har försvunnit.",
    ],
)
def test_material_that_was_lost_is_no_material(text):
    assert value(region(("Q09", text)), "material_staff") == "no"


# ------------------------------------------------ others' material the unit does not hand out
@pytest.mark.parametrize(
    "text",
    [
        "Nej, vi har inget eget. Kommunernas anhörigstöd har en broschyr för föräldrar, men den delas inte ut på våra mottagningar.",
        "Nej. Socialtjänsten har foldrar till föräldrar, men de lämnas inte ut hos oss.",
    ],
)
def test_others_material_not_handed_out_is_not_the_units(text):
    assert value(region(("Q10", text)), "material_parents") == "no"


def test_own_material_handed_out_stays():
    assert value(region(("Q10", "Vi har en broschyr till föräldrar och den delas ut på alla mottagningar.")), "material_parents") == "yes"


# ------------------------------------------------ what will not be replaced has ended
@pytest.mark.parametrize(
    "text",
    [
        "Vår Klubb Simon-grupp avslutades 2021 och kommer inte att ersättas.",
        "Syskongruppen för barn avslutades förra året och ska inte återupptas.",
    ],
)
def test_a_group_that_will_not_be_replaced_has_ended(text):
    coded = municipality(text)
    assert value(coded, "group_support") == "no"
    assert value(coded, "methods") == "-"


def test_a_group_that_ended_with_a_new_round_ahead_is_not_denied():
    assert value(municipality("Första ME-WE-gruppen avslutades i maj och nästa startar i höst."), "group_support") != "no"
