"""Round 23: a negated relative clause about whom negates nothing of the offer; a start as the purpose of what was got
is a plan; training to lead groups is no group; "annars inget" and a negated clause about parts of the organisation
that refers back limit a yes; an own unit moved between parts is no partner; user organisations by acronym are civil
society; a mandate written in; "utöver" adds; a long sentence cut off right after its auxiliary is no evidence.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


# ------------------------------------------------ a negated relative clause about whom negates nothing of the offer
@pytest.mark.parametrize(
    "text",
    [
        "Vi erbjuder enskilda samtal till unga som inte vill delta i en grupp.",
        "Stödsamtal ges också till barn som inte orkar vara med i gruppen.",
        "Vi har samtal med barn som aldrig har fått stöd någon annanstans.",
        "Sedan 2018 erbjuder vi stödsamtal för ungdomar som ej passar i en grupp.",
    ],
)
def test_a_negated_relative_clause_about_whom_negates_nothing_of_the_offer(text):
    assert value(municipality(text), "individual_support") == "yes"


def test_a_method_offered_to_children_who_do_not_want_a_group_runs():
    coded = municipality("Trappan-samtal erbjuds för barn som inte vill vara med i en grupp.")
    assert value(coded, "methods") == "Trappan:active"
    assert value(coded, "individual_support") == "yes"


def test_a_negated_main_clause_stays_negated_beside_a_relative_clause_about_whom():
    assert value(municipality("Vi har inga samtal för barn som inte bor i kommunen."), "individual_support") == "no"


# ------------------------------------------------ a start as the purpose of what was got: planned
@pytest.mark.parametrize(
    "text, method",
    [
        ("Kommunen har beviljat pengar för att starta Klubb Simon i vår.", "Klubb Simon:planned"),
        ("Vi har fått bidrag för att kunna starta ME-WE-grupper nästa termin.", "ME-WE:planned"),
        ("Två kuratorer har anställts för att dra igång Blåvinge efter sommaren.", "Blåvinge:planned"),
    ],
)
def test_a_method_to_be_started_with_what_was_got_is_planned(text, method):
    coded = municipality(text)
    assert value(coded, "methods") == method
    assert value(coded, "group_support") == "partial"


def test_a_purpose_that_starts_nothing_leaves_the_method_running():
    assert value(municipality("Vi samarbetar med skolan för att nå fler barn till Klubb Simon."), "methods") == "Klubb Simon:active"


# ------------------------------------------------ training to lead groups is training, no group run
@pytest.mark.parametrize(
    "text, method",
    [
        ("Tre av oss utbildas till gruppledare i ME-WE under hösten.", "ME-WE:training"),
        ("En kollega går gruppledarutbildningen för Blåvinge just nu.", "Blåvinge:training"),
        ("Två socionomer går en kurs till ME-WE-gruppledare i vår.", "ME-WE:training"),
    ],
)
def test_training_to_lead_groups_is_no_group(text, method):
    coded = municipality(text)
    assert value(coded, "methods") == method
    assert value(coded, "group_support") == "partial"


def test_groups_beside_a_leader_training_still_run():
    coded = municipality("Vi har två syskongrupper per termin, och två kollegor går utbildningen till gruppledare.")
    assert value(coded, "group_support") == "yes"


# ------------------------------------------------ "…, annars inget": what one part has, the rest has none
@pytest.mark.parametrize(
    "answer",
    [
        "På barnkliniken finns några bilderböcker, annars inget.",
        "Kuratorerna har en egen folder för barn, annars finns ingenting.",
        "Vi har en film på webben för unga, annars saknas material.",
    ],
)
def test_what_exists_with_nothing_else_is_partial(answer):
    assert value(region(("Q11", answer)), "material_children") == "partial"


def test_nothing_at_all_stays_no():
    assert value(region(("Q11", "Inget material finns.")), "material_children") == "no"


# ------------------------------------------------ a negated clause about parts that refers back limits the yes
@pytest.mark.parametrize(
    "answer",
    [
        "Vuxenpsykiatrin registrerar KVÅ-koder, men i primärvården görs det inte.",
        "KVÅ-koder används sedan i fjol, men på vårdcentralerna görs det inte på samma sätt.",
        "Vi registrerar DU055 i journalen, men inom tandvården sker det inte.",
        "KVÅ-koderna används i regionen, men övriga verksamheter använder dem inte.",
    ],
)
def test_a_negated_clause_about_parts_that_refers_back_limits_the_codes(answer):
    assert value(region(("Q07", answer)), "kva_codes") == "partial"


@pytest.mark.parametrize(
    "answer",
    ["KVÅ-koder används i hela regionen.",
     "KVÅ-koder används i alla verksamheter, och det finns ingen skillnad mellan klinikerna."],
)
def test_codes_used_everywhere_stay_yes(answer):
    assert value(region(("Q07", answer)), "kva_codes") == "yes"


# ------------------------------------------------ the unit moved between parts of its organisation is no partner
@pytest.mark.parametrize(
    "text",
    [
        "Verksamheten har flyttats från vård och omsorg till socialförvaltningen under året.",
        "Vi fördes över från äldreförvaltningen till individ- och familjeomsorgen i januari.",
        "Anhörigstödet gick över från omsorgsförvaltningen till socialtjänsten vid halvårsskiftet.",
    ],
)
def test_an_own_unit_moved_between_parts_is_no_partner(text):
    assert value(municipality(text), "partners") == "-"


def test_a_partnership_named_beside_a_move_counts():
    text = "Vi har flyttat från äldreomsorgen till IFO. Grupperna leds tillsammans med skolkuratorerna."
    assert value(municipality(text), "partners") == "school"


# ------------------------------------------------ user and relatives' organisations by acronym are civil society
@pytest.mark.parametrize(
    "text",
    [
        "Grupperna för barnen marknadsförs av RSMH Skåne.",
        "Vi samarbetar med Attention Göteborg kring syskongrupperna för barn.",
        "NSPH Jämtland hjälper oss att sprida information om barngrupperna.",
        "Anhörigas Riksförbund är med och leder samtalsgrupperna för barn.",
    ],
)
def test_a_user_organisation_by_acronym_is_civil_society(text):
    assert value(municipality(text), "partners") == "civil_society"


# ------------------------------------------------ the mandate written in
@pytest.mark.parametrize(
    "text",
    [
        "Barn som anhöriga skrevs in i nämndens uppdrag förra året, men ännu har vi inte träffat några barn.",
        "Unga anhöriga har skrivits in i vårt uppdrag från i år.",
        "I samband med omorganisationen skrevs barnen formellt in i anhörigstödets uppdrag.",
    ],
)
def test_a_mandate_written_in_is_a_mandate(text):
    assert value(municipality(text), "mandate_children") == "yes"


# ------------------------------------------------ "utöver": a limited extra beside what all have
@pytest.mark.parametrize(
    "answer, expected",
    [
        ("Ja. Utöver det regionala materialet har några kliniker egna lathundar.", "yes"),
        ("Ja. Utöver intranätets sida har vissa verksamheter tagit fram egna foldrar.", "yes"),
        ("Ja. Några kliniker har egna lathundar.", "partial"),
    ],
)
def test_a_limited_extra_beside_what_all_have_keeps_the_yes(answer, expected):
    assert value(region(("Q09", answer)), "material_staff") == expected


# ------------------------------------------------ a long sentence cut off right after its auxiliary says nothing
@pytest.mark.parametrize(
    "answer",
    [
        "Frågan har tagits upp i ledningsgruppen under våren, och en projektgrupp med deltagare från flera kliniker kommer att",
        "Vi har haft flera möten med verksamheterna under hösten och en gemensam arbetsgrupp med representanter ska",
        "Efter diskussioner i styrgruppen och med verksamhetscheferna under året kan",
    ],
)
def test_a_long_sentence_cut_after_its_auxiliary_is_no_evidence(answer):
    assert value(region(("Q07", answer)), "journal_documentation") == "unknown"


def test_a_long_cut_sentence_with_its_predicate_still_counts():
    answer = "Barn som anhöriga dokumenteras i journalen under ett eget sökord på alla kliniker och"
    assert value(region(("Q07", answer)), "journal_documentation") == "yes"
