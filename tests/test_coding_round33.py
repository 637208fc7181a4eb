"""Round 33: a group that rests ("ligger vilande") is paused, and a hoped restart makes it planned; methods named by their
English name or abbreviation (Let's Talk about Children, LTC) and BRA alone in capitals; a plan with its partner before
the verb ("ska vi tillsammans med kyrkan starta …"); others' own work the unit has no link to; a short clause with its
object first negates only itself; a mandate whose work was all laid down; a mandate moved away names no partner; "och
inte längre …" is the present; a page cut after "att" + infinitive; work begun "under 2025" is a plan; an ombud count
after the noun; a hedge about the ombud's training.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


# ------------------------------------------------ a paused group with a restart hoped for
@pytest.mark.parametrize(
    "text, group, method",
    [
        ("Vår ME-WE-grupp har funnits sedan 2016 men ligger vilande sedan i våras; vi hoppas kunna starta igen till hösten.",
         "partial", "ME-WE:planned"),
        ("Klubb Simon har vi haft länge, men den ligger vilande just nu och vi planerar att dra igång den igen efter nyår.",
         "partial", "Klubb Simon:planned"),
        ("Syskongruppen ligger vilande sedan förra året, men vi räknar med att köra den igen i vår.", "partial", "-"),
    ],
)
def test_a_resting_group_with_a_restart_hoped_for_is_planned(text, group, method):
    coded = municipality(text)
    assert value(coded, "group_support") == group
    assert value(coded, "methods") == method


def test_a_resting_group_without_a_restart_runs_no_more():
    assert value(municipality("Barngruppen ligger vilande sedan i höstas."), "group_support") != "yes"


# ------------------------------------------------ methods by English name or abbreviation
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Två socionomer går utbildning i Let’s Talk about Children.", "Föra barnen på tal:training"),
        ("Vi går just nu en kurs i Let's Talk about Children (LTC).", "Föra barnen på tal:training"),
        ("Inom vuxenpsykiatrin använder vi LTC med föräldrarna.", "Föra barnen på tal:active"),
        ("Vi använder BRA i samtalen med barnen sedan 2019.", "BRA-samtal:active"),
        ("Vi har samtal enligt BRA för barn 6–12 år.", "BRA-samtal:active"),
        # good talks in lower case are no method
        ("Vi har bra samtal med barnen.", "-"),
        ("Det fungerar BRA med grupperna.", "-"),
    ],
)
def test_methods_by_english_name_or_abbreviation(text, expected):
    assert value(municipality(text), "methods") == expected


# ------------------------------------------------ a plan with its partner before the verb
@pytest.mark.parametrize(
    "text",
    [
        "Till våren ska vi tillsammans med församlingen starta en sorggrupp för barn.",
        "Nästa år ska vi i samarbete med elevhälsan starta en syskongrupp.",
        "Efter sommaren ska vi ihop med kyrkan dra igång en barngrupp.",
    ],
)
def test_a_plan_with_its_partner_before_the_verb_is_a_plan(text):
    coded = municipality(text)
    assert value(coded, "group_support") == "partial"
    assert value(coded, "stage") == "developing"


# ------------------------------------------------ others' own work the unit has no link to
@pytest.mark.parametrize(
    "text",
    [
        "Kyrkan driver däremot egna sorggrupper för barn, men dit har vi ingen koppling.",
        "Församlingen har också barngrupper för barn i sorg, men vi har ingen kontakt med dem.",
        "Elevhälsan håller egna samtalsgrupper för barn vars föräldrar har separerat, men med dem samverkar vi inte.",
    ],
)
def test_others_own_groups_with_no_link_are_not_the_units(text):
    coded = municipality("Vårt uppdrag gäller vuxna anhöriga. " + text)
    assert value(coded, "group_support") != "yes"
    assert value(coded, "partners") == "-"
    assert value(coded, "target_conditions") == "-"


def test_a_denied_link_to_one_party_keeps_the_groups_and_partner_of_another_sentence():
    coded = municipality("Vi har en syskongrupp tillsammans med kyrkan. Skolan har egna grupper, men dit har vi ingen koppling.")
    assert value(coded, "group_support") == "yes"
    assert value(coded, "partners") == "church"


# ------------------------------------------------ a short clause with its object first
@pytest.mark.parametrize(
    "text, individual, group",
    [
        ("Det händer att vi träffar barn enskilt tillsammans med föräldern, grupper har vi inte.", "yes", "no"),
        ("Ibland har vi enskilda samtal med barnen, grupper erbjuder vi inte.", "yes", "no"),
        # a list before a short predicate stays negated
        ("Något stöd till barnen, samtal eller grupper, har vi inte.", "no", "no"),
        ("Enskilda samtal, det har vi inte.", "no", "unknown"),
    ],
)
def test_a_short_clause_with_its_object_first_negates_only_itself(text, individual, group):
    coded = municipality(text)
    assert value(coded, "individual_support") == individual
    assert value(coded, "group_support") == group


# ------------------------------------------------ a mandate whose work was all laid down
@pytest.mark.parametrize(
    "text",
    [
        "Barn som anhöriga ingår i vårt uppdrag, men i dag finns ingen verksamhet för barnen: samtalen enligt Trappan "
        "lades ner i fjol när behandlaren slutade. Några samtal eller grupper ges alltså inte just nu.",
        "Barnen ingår i uppdraget men vi har ingen riktad verksamhet längre. Klubb Simon lades ned 2022.",
    ],
)
def test_a_partial_mandate_with_all_work_laid_down_is_stage_none(text):
    assert value(municipality(text), "stage") == "none"


def test_a_partial_mandate_with_work_laid_down_and_a_training_now_is_developing():
    coded = municipality("Barnen ingår i uppdraget men vi har ingen riktad verksamhet längre. Klubb Simon lades ned 2022. "
                         "Nu går två kollegor utbildning i BRA-samtal.")
    assert value(coded, "stage") == "developing"


# ------------------------------------------------ a mandate moved away
@pytest.mark.parametrize(
    "text",
    [
        "Arbetet med barn som anhöriga flyttades förra året till socialtjänsten, så vi har inget uppdrag längre.",
        "Uppdraget för barnen har förts över till individ- och familjeomsorgen.",
        "Barnfrågorna överfördes 2023 till socialförvaltningen och ligger inte längre hos oss.",
    ],
)
def test_the_body_a_mandate_was_moved_to_is_no_partner(text):
    assert value(municipality(text), "partners") == "-"


def test_work_done_with_a_body_is_still_a_partnership():
    assert value(municipality("Vi har grupper för barn tillsammans med socialtjänsten."), "partners") == "social_services"


# ------------------------------------------------ "och inte längre": the present
@pytest.mark.parametrize(
    "text",
    [
        "Barnens situation dokumenteras i journalen, medan KVÅ-koderna togs bort ur mallen 2022 och inte längre används.",
        "KVÅ-kodningen avvecklades 2023 och görs inte längre.",
    ],
)
def test_codes_no_longer_used_are_not_used(text):
    assert value(region(("Q07", text)), "kva_codes") == "no"


def test_codes_introduced_and_still_used_are_used():
    assert value(region(("Q07", "KVÅ-koder infördes 2019 och används än i dag.")), "kva_codes") == "yes"


# ------------------------------------------------ work begun at a time ahead is a plan
@pytest.mark.parametrize(
    "text",
    [
        "Nej, något styrdokument finns inte. Ett arbete med en regional riktlinje påbörjas under 2026.",
        "Nej, styrdokument saknas. Arbetet med en rutin inleds i höst.",
    ],
)
def test_a_document_to_be_begun_is_no_document(text):
    assert value(region(("Q02", text)), "steering_document") == "no"


# ------------------------------------------------ the ombud count after the noun
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Barnrättsombuden, 120 till antalet och spridda över alla förvaltningar, har barnen i sitt uppdrag.", "120"),
        ("Ombuden är ett 60-tal till antalet.", "60"),
    ],
)
def test_an_ombud_count_after_the_noun(text, expected):
    assert value(region(("Q04", text)), "child_ombud_count") == expected


# ------------------------------------------------ a hedge about the ombud's training
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Barnombud finns i alla verksamhetsområden, och utbildning för dem har getts vid enstaka tillfällen.", "yes"),
        ("Ombud finns på alla sjukhus, och utbildning ges till dem vid enstaka tillfällen.", "yes"),
        # a limit on where the ombud are still limits them
        ("Barnombud finns på vissa kliniker, och de utbildas årligen.", "partial"),
    ],
)
def test_a_hedge_about_the_ombuds_training_limits_the_training(text, expected):
    assert value(region(("Q04", text)), "child_ombud") == expected
