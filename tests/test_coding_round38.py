"""Round 38: what one is "i startgroparna med/för" is planned (the work as a whole said to be in the starting blocks is a
stage); a sentence that only says how the group named before is to be run ("Gruppen ska ledas av …") shows no group
running; a start reckoned or expected ("beräknas starta", "väntas komma igång") is ahead; training said before a
start planned in a later clause is the method's training.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, value


# ------------------------------------------------ in the starting blocks with something: planned
@pytest.mark.parametrize(
    "text, method",
    [
        ("Vi står i startgroparna med en syskongrupp enligt Blåvinge för barn 7–12 år.", "Blåvinge:planned"),
        ("Nu är vi i startgroparna med Trappan-grupper för barn som har sett våld hemma.", "Trappan:planned"),
        ("Socialtjänsten och vi är i startgroparna inför en gemensam grupp enligt Klubb Simon.", "Klubb Simon:planned"),
    ],
)
def test_a_group_method_in_the_starting_blocks_is_planned(text, method):
    frame = municipality(text)
    assert value(frame, "methods") == method
    assert value(frame, "group_support") == "partial"
    assert value(frame, "mandate_children") == "partial"
    assert value(frame, "individual_support") == "unknown"


def test_talks_in_the_starting_blocks_are_planned():
    frame = municipality("Vi är i startgroparna för BRA-samtal med barn till föräldrar med missbruk.")
    assert value(frame, "methods") == "BRA-samtal:planned"


def test_the_work_as_a_whole_in_the_starting_blocks_is_a_stage_not_a_plan():
    frame = municipality("Sedan i våras har vi en barngrupp för barn som förlorat en förälder, men vi är fortfarande i startgroparna.")
    assert value(frame, "group_support") == "yes"
    assert value(frame, "stage") == "developing"


# ------------------------------------------------ how the group named before is to be run
@pytest.mark.parametrize(
    "text",
    [
        "Vi planerar en syskongrupp till våren. Gruppen ska hållas i skolans lokaler.",
        "Vi är i startgroparna med en barngrupp. Gruppen ska ledas av två av våra behandlare.",
        "Inför hösten förbereder vi grupper för tonåringar. Grupperna kommer att ledas av familjebehandlare.",
    ],
)
def test_how_a_planned_group_is_to_be_run_shows_no_group(text):
    frame = municipality(text)
    assert value(frame, "group_support") == "partial"
    assert value(frame, "stage") == "developing"


def test_how_a_running_group_is_to_be_run_leaves_it_running():
    frame = municipality("Vi har haft en barngrupp sedan 2019. Gruppen ska ledas av två utbildade ledare.")
    assert value(frame, "group_support") == "yes"
    assert value(frame, "stage") == "established"


# ------------------------------------------------ a start reckoned or expected
@pytest.mark.parametrize(
    "text",
    [
        "Syskongruppen beräknas starta i mars.",
        "En grupp för barn till föräldrar med cancer väntas komma igång efter nyår.",
        "Den nya tonårsgruppen förväntas börja till hösten.",
    ],
)
def test_a_group_expected_to_start_is_planned(text):
    assert value(municipality(text), "group_support") == "partial"


@pytest.mark.parametrize(
    "text, method",
    [
        ("Två kollegor går utbildningen i Klubb Simon och den första gruppen väntas komma igång efter jul.", "Klubb Simon:training"),
        ("Vi planerar ME-WE-grupper: tre kollegor går utbildningen nu och första gruppen beräknas starta i vår.", "ME-WE:training"),
    ],
)
def test_training_before_an_expected_start_is_training(text, method):
    frame = municipality(text)
    assert value(frame, "methods") == method
    assert value(frame, "group_support") == "partial"


def test_training_only_hoped_for_is_still_planned():
    assert value(municipality("ME-WE är under uppbyggnad: vi hoppas att två kollegor går utbildningen i vår."), "methods") == "ME-WE:planned"
