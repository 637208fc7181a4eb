"""Round 31: a group for the relatives of adults is no children's group; no work with children as relatives at all is no
talks and no groups; a municipality named in the genitive by a joint heading leads its own sentences in its base form;
girls' and victims' support lines are associations; an answer put off to a later survey says nothing.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value
from test_coding_round24 import _joint


# ------------------------------------------------ a group for the relatives of adults
@pytest.mark.parametrize(
    "text",
    [
        "Anhöriggruppen för anhöriga till personer med demens träffas varannan vecka.",
        "Vi har en stödgrupp för anhöriga till äldre som bor hemma.",
        "Samtalsgruppen för anhöriga till personer med psykisk ohälsa har åtta deltagare i höst.",
    ],
)
def test_a_group_for_the_relatives_of_adults_is_no_childrens_group(text):
    coded = municipality(text)
    assert value(coded, "group_support") == "unknown"
    assert value(coded, "mandate_children") == "unknown"
    assert value(coded, "stage") == "unknown"


def test_a_group_for_children_as_relatives_of_a_sick_parent_stays_a_group():
    coded = municipality("Vi har en grupp för barn som är anhöriga till personer med psykisk ohälsa, 8-12 år.")
    assert value(coded, "group_support") == "yes"


# ------------------------------------------------ no work with children as relatives at all
@pytest.mark.parametrize(
    "text",
    [
        "Just nu arbetar vi inte med barn som anhöriga, vårt uppdrag är vuxna anhöriga.",
        "Vi jobbar inte med barn som anhöriga hos oss.",
        "Anhörigstödet arbetar i dag inte med barn som anhöriga.",
    ],
)
def test_no_work_with_children_as_relatives_is_no_talks_and_no_groups(text):
    coded = municipality(text)
    assert value(coded, "mandate_children") == "no"
    assert value(coded, "individual_support") == "no"
    assert value(coded, "group_support") == "no"


def test_no_work_with_children_beside_talks_held_keeps_the_talks():
    coded = municipality("Vi arbetar inte med barn som anhöriga i grupp, men barnen erbjuds enskilda samtal.")
    assert value(coded, "individual_support") == "yes"


# ------------------------------------------------ a genitive name from a joint heading
def test_a_municipality_named_in_the_genitive_leads_its_own_sentence_in_its_base_form():
    coded = _joint("Båda kommunerna samarbetar med BUP. I Torsås har vi syskongrupper sedan 2016. I Mörbylånga finns ingen "
                   "grupp ännu, där har vi i stället börjat med enskilda samtal.", names=("Torsås", "Mörbylångas"))
    torsas, morbylanga = coded["Torsås"], coded["Mörbylångas"]
    assert torsas["individual_support"] == "unknown"
    assert torsas["group_support"] == "yes"
    assert morbylanga["individual_support"] == "yes"
    assert morbylanga["group_support"] == "no"


def test_a_name_ending_in_s_of_its_own_still_leads_its_sentence():
    coded = _joint("I Borås har vi enskilda samtal med barn. I Mark finns syskongrupper.", names=("Borås", "Mark"))
    assert coded["Mark"]["individual_support"] == "unknown"
    assert coded["Borås"]["group_support"] == "unknown"


# ------------------------------------------------ support lines as associations
@pytest.mark.parametrize(
    "text",
    [
        "Vi samarbetar med tjejjouren i kommunen kring grupperna.",
        "Grupperna hålls tillsammans med Brottsofferjouren.",
        "Vi har haft ett första möte med Tjejjouren om samarbete.",
    ],
)
def test_a_support_line_is_civil_society(text):
    assert value(municipality(text), "partners") == "civil_society"


# ------------------------------------------------ an answer put off
@pytest.mark.parametrize(
    "text",
    [
        "Svar lämnas i samband med nästa års enkät.",
        "Svaret ges i kommande uppföljning.",
        "Frågan besvaras längre fram när arbetsgruppen är klar.",
    ],
)
def test_an_answer_put_off_to_later_says_nothing(text):
    coded = region(("Q02", text), ("Q03", "Se ovan."))
    assert value(coded, "steering_document") == "unknown"
    assert value(coded, "steering_followup") == "unknown"


def test_a_document_planned_for_next_year_is_still_a_plan():
    coded = region(("Q02", "En regional riktlinje tas fram och ska beslutas nästa år."))
    assert value(coded, "steering_document") != "unknown"


# ------------------------------------------------ "Nej." and a product only being made
@pytest.mark.parametrize(
    "text",
    [
        "Nej. En app för unga anhöriga är under utveckling och beräknas lanseras nästa år.",
        "Nej. En webbplats för barn är under uppbyggnad.",
        "Nej, men en film för barn är under utveckling.",
    ],
)
def test_no_and_a_product_under_development_is_no(text):
    assert value(region(("Q11", text)), "material_children") == "no"


def test_a_product_under_development_alone_is_a_plan():
    assert value(region(("Q11", "En app för unga är under utveckling.")), "material_children") == "partial"


# ------------------------------------------------ "Nej." and the thing ended, what came in its place
@pytest.mark.parametrize(
    "text",
    [
        "Nej. Barnombuden avvecklades 2019; nu ligger ansvaret hos varje verksamhetschef.",
        "Nej. Barnombuden lades ner för tre år sedan, och i dag ansvarar varje enhetschef för frågan.",
    ],
)
def test_no_and_the_role_ended_with_its_replacement_is_no(text):
    assert value(region(("Q04", text)), "child_ombud") == "no"


def test_no_and_a_role_that_exists_in_some_parts_is_still_partial():
    assert value(region(("Q04", "Nej. Men några kliniker har kontaktpersoner för barn.")), "child_ombud") == "partial"


# ------------------------------------------------ a review cycle named under the document question
@pytest.mark.parametrize(
    "text",
    [
        "Ja. En regional rutin finns. Rutinen ska ses över vartannat år men ingen utvärdering av den har gjorts.",
        "Ja, en riktlinje finns och den ses över vart tredje år.",
    ],
)
def test_a_review_cycle_under_the_document_question_is_partial_follow_up(text):
    assert value(region(("Q02", text)), "steering_followup") == "partial"


def test_a_document_without_a_review_named_says_nothing_of_its_follow_up():
    assert value(region(("Q02", "Ja, en riktlinje finns.")), "steering_followup") == "unknown"


# ------------------------------------------------ a further post only planned
@pytest.mark.parametrize(
    "text",
    [
        "En styrgrupp leder arbetet och har en samordnare på halvtid; en samordnare för tandvården planeras men är ännu inte tillsatt.",
        "Arbetet leds av en styrgrupp. En motsvarande funktion för habiliteringen är planerad men har ännu inte inrättats.",
    ],
)
def test_a_further_post_only_planned_does_not_lower_the_coordination(text):
    assert value(region(("Q01", text)), "coordination") == "yes"


def test_a_post_left_vacant_is_still_no_coordination():
    assert value(region(("Q01", "Samordnaren slutade i fjol och tjänsten har ännu inte tillsatts.")), "coordination") == "no"
