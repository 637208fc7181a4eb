"""Round 42: what another place has, named to compare with, is not the unit's; a referral to others' groups is no
material; an answer that could not be found out says nothing; one ombud per unit counts the units.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


# ------------------------------------------------ another place's work, named to compare with, is not the unit's
@pytest.mark.parametrize(
    "text",
    [
        "Vi har enskilda samtal med barnen. I grannkommunen, som vi besökte i våras, finns Blåvinge-grupper för barn till föräldrar med missbruk; något motsvarande har vi inte.",
        "Vi har enskilda samtal med barnen. Hos kyrkan finns Blåvinge-grupper för barn till föräldrar med missbruk, men vi har inget liknande.",
        "Vi har enskilda samtal med barnen. Norrby kör Blåvinge-grupper för barn till föräldrar med missbruk; något sådant finns inte hos oss.",
    ],
)
def test_what_others_have_and_the_unit_has_nothing_like_is_not_the_units(text):
    frame = municipality(text)
    assert "Blåvinge" not in value(frame, "methods")
    assert "addiction" not in value(frame, "target_conditions")
    assert value(frame, "individual_support") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Till skillnad från Norrby, som har Blåvinge, saknar vi grupper. Vi har enskilda samtal med barnen sedan 2019.",
        "I motsats till grannkommunen, där Klubb Simon finns, har vi bara enskilda samtal med barnen sedan 2019.",
        "Jämfört med Västerby, som driver Klubb Simon, erbjuder vi enskilda samtal med barnen sedan 2019.",
    ],
)
def test_an_opening_that_compares_with_another_names_the_others_work(text):
    frame = municipality(text)
    assert value(frame, "methods") in ("-", "")
    assert value(frame, "individual_support") == "yes"


def test_the_units_own_method_named_with_a_thing_denied_after_it_stays():
    frame = municipality("Vi har Blåvinge-grupper för barn 7–12 år; något motsvarande för tonåringar har vi inte.")
    assert "Blåvinge" in value(frame, "methods")


def test_what_is_like_the_others_is_still_the_units():
    frame = municipality("Liksom grannkommunen har vi Klubb Simon för barn 6–12 år sedan 2018.")
    assert "Klubb Simon" in value(frame, "methods")


# ------------------------------------------------ nothing for children in one situation is not nothing at all
@pytest.mark.parametrize(
    "text",
    [
        "Samordnaren har enskilda samtal med barn till föräldrar med psykisk ohälsa. Vi har inget för barn som har upplevt våld.",
        "Vi träffar barnen i enskilda samtal. Ingenting för barn vars förälder sitter i fängelse finns ännu.",
    ],
)
def test_nothing_for_children_in_one_situation_leaves_the_mandate(text):
    assert value(municipality(text), "mandate_children") == "yes"


def test_nothing_for_the_children_at_all_is_still_nothing_targeted():
    frame = municipality("Samordnaren har enskilda samtal med några föräldrar. Vi har inget för barn ännu.")
    assert value(frame, "mandate_children") == "partial"


# ------------------------------------------------ a mandate on paper only
@pytest.mark.parametrize(
    "text",
    [
        "Barnen finns med i uppdraget på pappret, men ingen riktad verksamhet har startat.",
        "I teorin ingår barn i vårt uppdrag, men vi har ännu inte träffat några barn.",
    ],
)
def test_a_mandate_on_paper_only_is_partial(text):
    assert value(municipality(text), "mandate_children") == "partial"


# ------------------------------------------------ no mandate formulated, but staff in training
@pytest.mark.parametrize(
    "text",
    [
        "Barn ingår inte i vårt uppdrag ännu, men två av oss går utbildning i ME-WE.",
        "Vi har inte uppdraget att arbeta med barn. En kurator går just nu utbildning i Klubb Simon.",
    ],
)
def test_no_mandate_but_training_is_partial_and_developing(text):
    frame = municipality(text)
    assert value(frame, "mandate_children") == "partial"
    assert value(frame, "stage") == "developing"


def test_no_mandate_and_nothing_under_way_stays_no():
    assert value(municipality("Barn ingår inte i vårt uppdrag. Vi möter bara vuxna anhöriga."), "mandate_children") == "no"


# ------------------------------------------------ a team of staff named by its task is no children's group
@pytest.mark.parametrize(
    "text",
    [
        "Vi erbjuder Trappan-samtal till barn. Socialtjänstens mottagningsgrupp skickar barnen till oss.",
        "Vi har enskilda samtal med barnen, och utredningsgruppen på socialkontoret tipsar oss om familjer.",
    ],
)
def test_a_staff_team_called_a_group_is_no_group_support(text):
    assert value(municipality(text), "group_support") != "yes"


# ------------------------------------------------ work held for years in any verb of doing
@pytest.mark.parametrize(
    "text",
    [
        "Vi erbjuder samtal enligt Trappan till barn som upplevt våld, något vi har gjort i över tio år.",
        "Enskilda samtal med barnen är något vi har hållit i mer än fem år.",
    ],
)
def test_years_of_work_in_any_verb_of_doing_is_established(text):
    assert value(municipality(text), "stage") == "established"


# ------------------------------------------------ partners: the region's addiction care, the study associations
@pytest.mark.parametrize(
    "text, partner",
    [
        ("Många familjer kommer till oss via beroendemottagningen.", "healthcare"),
        ("Vi samarbetar med Beroendecentrum kring föräldrarna.", "healthcare"),
        ("Grupperna hålls i samarbete med ABF.", "civil_society"),
        ("Vi lånar lokaler av Sensus och samarbetar med dem om grupperna.", "civil_society"),
        ("Medborgarskolan och vi ordnar gruppträffarna tillsammans.", "civil_society"),
    ],
)
def test_addiction_care_and_study_associations_are_partners(text, partner):
    assert partner in value(municipality(text), "partners")


# ------------------------------------------------ BRA by its capitals, dated or beside another method
@pytest.mark.parametrize(
    "text",
    [
        "BRA sedan 2016 för barn 6–12 år i familjer med missbruk.",
        "Vi har SGV och BRA för barn som upplevt våld.",
        "BRA, Trappan och Klubb Simon erbjuds till barn i familjer med psykisk ohälsa.",
    ],
)
def test_bra_in_capitals_dated_or_listed_is_the_method(text):
    frame = municipality(text)
    assert "BRA-samtal" in value(frame, "methods")
    assert value(frame, "individual_support") == "yes"


def test_bra_as_praise_is_no_method():
    assert "BRA-samtal" not in value(municipality("Grupperna fungerar BRA och barnen trivs."), "methods")


# ------------------------------------------------ one ombud per unit counts the units
@pytest.mark.parametrize(
    "text, n",
    [
        ("Det finns ett barnombud per vårdcentral, 31 vårdcentraler.", "31"),
        ("Vi har en kontaktperson på varje mottagning (totalt 18 mottagningar).", "18"),
    ],
)
def test_one_ombud_per_unit_counts_the_units(text, n):
    assert value(region(("Q04", text)), "child_ombud_count") == n


def test_two_ombud_per_unit_is_no_count_of_the_units():
    assert value(region(("Q04", "Det finns två ombud per vårdcentral, 31 vårdcentraler.")), "child_ombud_count") != "31"


# ------------------------------------------------ a referral to others' groups is no material
@pytest.mark.parametrize(
    "text",
    [
        "Nej, vi har inget eget material för barn. Kyrkan har sorggrupper för barn, och dit hänvisar vi ibland.",
        "Nej. Barnen hänvisas till samtal hos BUP.",
    ],
)
def test_a_referral_to_others_groups_or_talks_is_no_material(text):
    assert value(region(("Q11", text)), "material_children") == "no"


def test_a_referral_to_a_website_is_still_material():
    assert value(region(("Q11", "Nej, inget eget, men vi hänvisar till UMO:s sidor.")), "material_children") == "yes"


# ------------------------------------------------ some material, none for all units
@pytest.mark.parametrize(
    "text",
    [
        "En bilderbok finns på barnkliniken, men inget som gäller alla verksamheter.",
        "Det finns en folder, men inte alla mottagningar har den.",
    ],
)
def test_material_not_for_all_units_is_partial(text):
    assert value(region(("Q11", text)), "material_children") == "partial"


# ------------------------------------------------ an answer not found out, or only "unclear", says nothing
@pytest.mark.parametrize(
    "key, text, indicator",
    [
        ("Q02", "Det har vi inte lyckats få fram. Frågan har lämnats vidare till förvaltningen.", "steering_document"),
        ("Q02", "Frågan har skickats vidare till vårdförvaltningen, och vi kompletterar när svaret kommer.", "steering_document"),
        ("Q04", "Oklart. Vi har inte kunnat ta reda på om ombuden finns kvar.", "child_ombud"),
        ("Q04", "Osäkert.", "child_ombud"),
    ],
)
def test_an_answer_not_found_out_is_unknown(key, text, indicator):
    assert value(region((key, text)), indicator) == "unknown"


def test_unclear_whether_all_units_do_it_is_still_partial():
    assert value(region(("Q07", "Oklart om alla verksamheter dokumenterar.")), "journal_documentation") == "partial"
