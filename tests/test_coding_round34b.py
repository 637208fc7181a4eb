"""Round 34b: an occasion that names a care area ("i samband med psykiatrins årsrapport") says when, not where; a limit
in a clause that adds a further thing ("…, och dessutom finns en webbkurs för nyanställda i psykiatrin") is that
thing's, not the first's; a limit with its verb before the place ("främst är inom psykiatrin som …") lowers.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import region, value


# ------------------------------------------------ an occasion, not a place
@pytest.mark.parametrize(
    "text",
    [
        "Handlingsplanen följs upp årligen i samband med beroendevårdens årsrapport.",
        "Riktlinjen följs upp årligen i anslutning till psykiatrins verksamhetsplan.",
    ],
)
def test_an_occasion_naming_a_care_area_does_not_limit_the_followup(text):
    assert value(region(("Q03", text)), "steering_followup") == "yes"


def test_a_followup_held_in_a_care_area_stays_limited():
    text = "Rutinen följs upp årligen i samband med revisionen inom psykiatrin."
    assert value(region(("Q03", text)), "steering_followup") == "partial"


# ------------------------------------------------ a limit of an added thing
@pytest.mark.parametrize(
    "text",
    [
        "En grundkurs ges tre gånger per år på alla sjukhus, och dessutom finns en webbkurs som nyanställda i psykiatrin måste gå.",
        "Vi har en årlig utbildningsdag för all personal, och därtill erbjuds en fördjupning på vissa kliniker.",
        "Introduktionen ges varje termin, även en e-kurs finns på några enheter.",
    ],
)
def test_a_limit_of_an_added_offer_does_not_lower_the_first(text):
    assert value(region(("Q08", text)), "staff_training") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Utbildning ges årligen på vissa kliniker, och dessutom finns en webbkurs.",
        "Utbildning ges varje år, men bara inom psykiatrin.",
    ],
)
def test_a_limit_of_the_first_offer_still_lowers(text):
    assert value(region(("Q08", text)), "staff_training") == "partial"


# ------------------------------------------------ a concession that limits: verb before the place
@pytest.mark.parametrize(
    "text",
    [
        "Alla enheter dokumenterar, och KVÅ-koder används också, även om det egentligen främst är inom BUP som de registreras.",
        "KVÅ-koder används i samtliga verksamheter, även om det huvudsakligen sker inom beroendevården.",
        "Koderna DU055 och DU056 används överallt, även om de framför allt används på barnkliniken.",
    ],
)
def test_a_concession_naming_where_it_mostly_is_lowers_the_codes(text):
    assert value(region(("Q07", text)), "kva_codes") == "partial"
