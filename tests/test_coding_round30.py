"""Round 30: a scope limit in a clause about the codes limits the codes, not the record; the other parts said to be uneven
limit a yes; a role in start-up whose work for the children already runs has the mandate; a mandate denied for now and
under inquiry is a start; a year that dates the talks or groups a carers' consultant holds dates the work; "via länk"
is no association; a paused activity with a new round planned is planned, and its years count; a question of which
thing to have, only raised, says nothing of what exists.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


# ------------------------------------------------ a limit in a clause about the codes
@pytest.mark.parametrize(
    "text",
    [
        "Vi dokumenterar barnen i journalen, men koderna registreras bara på ett par kliniker.",
        "Samtalen med barnen journalförs i hela regionen, men koderna används endast i begränsad omfattning.",
    ],
)
def test_a_limit_in_a_clause_about_the_codes_limits_the_codes_not_the_record(text):
    coded = region(("Q07", text))
    assert value(coded, "journal_documentation") == "yes"
    assert value(coded, "kva_codes") == "partial"


def test_a_limit_in_the_records_own_clause_still_limits_it():
    coded = region(("Q07", "Dokumentation i journalen sker bara på vissa kliniker, och koderna används överallt."))
    assert value(coded, "journal_documentation") == "partial"


# ------------------------------------------------ the other parts uneven
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Barnkliniken dokumenterar alltid barnens situation, men på övriga håll är det ojämnt.", "partial"),
        ("Vuxenpsykiatrin har ett eget sökord för barn i journalen; i övrigt varierar det.", "partial"),
        ("Alla kliniker dokumenterar barnen i journalen.", "yes"),
    ],
)
def test_the_other_parts_said_to_be_uneven_limit_a_yes(text, expected):
    assert value(region(("Q07", text)), "journal_documentation") == expected


# ------------------------------------------------ a role in start-up, its work running
@pytest.mark.parametrize(
    "text, expected",
    [
        ("En ny tjänst som samordnare för barn som anhöriga inrättades i våras och vi är i uppstartsskedet. "
         "Samordnaren har redan börjat med BRA-samtal med några familjer.", "yes"),
        # nothing for the children runs yet: starting (round 26)
        ("Sedan i våras har vi en anhörigkonsulent för barn och unga, men verksamheten är i startfasen.", "partial"),
    ],
)
def test_a_role_in_start_up_whose_work_runs_has_the_mandate(text, expected):
    coded = municipality(text)
    assert value(coded, "mandate_children") == expected
    assert value(coded, "stage") == "developing"


# ------------------------------------------------ a mandate under inquiry
@pytest.mark.parametrize(
    "text",
    [
        "Barnen ingår inte i vårt uppdrag ännu, men frågan är under utredning.",
        "Ett uppdrag för barn och unga saknas än så länge; det är under utredning hos nämnden.",
    ],
)
def test_a_mandate_denied_for_now_and_under_inquiry_is_a_start(text):
    coded = municipality(text)
    assert value(coded, "mandate_children") == "partial"
    assert value(coded, "stage") == "developing"


@pytest.mark.parametrize(
    "text, expected",
    [
        # an open question whether the children will be in it stays unknown (round 26), inquiry or not
        ("Om barnen ska ingå i uppdraget är inte klarlagt, det är under utredning.", "unknown"),
        ("Barn ingår inte i vårt uppdrag.", "no"),
    ],
)
def test_an_open_question_or_a_plain_denial_is_no_inquiry(text, expected):
    assert value(municipality(text), "mandate_children") == expected


# ------------------------------------------------ a year that dates the work a post holds
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sedan 2015 håller vår anhörigkonsulent stödsamtal med barn.", "established"),
        ("Sedan 2014 leder anhörigsamordnaren syskongrupper för barn.", "established"),
        # the year dates the post, not the work (round 23)
        ("Sedan 2016 delar vi på en anhörigsamordnare. Hon har börjat med enskilda samtal med barn och går utbildning i Blåvinge.",
         "developing"),
    ],
)
def test_a_year_that_dates_the_work_a_post_holds(text, expected):
    assert value(municipality(text), "stage") == expected


# ------------------------------------------------ a link is no association
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vi har samtal med barn och skickar information via länk till familjerna, i samarbete med vårdcentralen.", "healthcare"),
        ("Vi har samtal med barn och samarbetar med Länkarna kring barnen.", "civil_society"),
    ],
)
def test_a_link_is_no_association(text, expected):
    assert value(municipality(text), "partners") == expected


# ------------------------------------------------ a paused activity with a new round planned
def test_a_paused_method_with_a_new_group_planned_is_planned_and_keeps_its_ages_and_years():
    coded = municipality("Blåvinge, som vi har haft sedan 2012 för barn 6–9 år, ligger nere sedan i våras. "
                         "Vi planerar att starta en ny grupp efter sommaren.")
    assert value(coded, "methods") == "Blåvinge:planned"
    assert (value(coded, "age_min"), value(coded, "age_max")) == ("6", "9")
    assert value(coded, "group_support") == "partial"
    assert value(coded, "stage") == "established"


def test_a_paused_group_with_a_new_round_planned_keeps_its_ages():
    coded = municipality("Vår tjejgrupp för 13–16-åringar, som vi har drivit sedan 2015, har legat nere i ett år. "
                         "Till hösten startar vi en ny omgång.")
    assert (value(coded, "age_min"), value(coded, "age_max")) == ("13", "16")
    assert value(coded, "stage") == "established"


def test_the_year_of_a_pause_is_no_year_of_work():
    coded = municipality("Syskongruppen har legat nere sedan 2019. Vi hoppas kunna starta en ny grupp i höst.")
    assert value(coded, "group_support") == "partial"
    assert value(coded, "stage") == "developing"


def test_no_plan_for_a_new_group_keeps_it_paused():
    coded = municipality("Klubb Simon ligger nere. Vi har inga planer på att starta en ny grupp.")
    assert value(coded, "methods") == "-"
    assert value(coded, "group_support") == "no"


# ------------------------------------------------ a question of which thing to have, only raised
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Frågan om vilken broschyr personalen ska använda har lyfts i styrgruppen.", "unknown"),
        ("Frågan om hur materialet till medarbetarna ska se ut diskuterades under våren, och en enkät är tänkt att skickas ut.",
         "unknown"),
        ("Personalen har en broschyr om barn som anhöriga.", "yes"),
    ],
)
def test_a_question_of_which_material_only_raised_says_nothing(text, expected):
    assert value(region(("Q09", text)), "material_staff") == expected
