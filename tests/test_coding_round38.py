"""Round 38: what one is "i startgroparna med/för" is planned (the work as a whole said to be in the starting blocks is a
stage); a sentence that only says how the group named before is to be run ("Gruppen ska ledas av …") shows no group
running; a start reckoned or expected ("beräknas starta", "väntas komma igång") is ahead; training said before a
start planned in a later clause is the method's training.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


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


# ------------------------------------------------ group leaders being trained
@pytest.mark.parametrize(
    "text",
    [
        "Vi har påbörjat utbildning av två gruppledare i Klubb Simon.",
        "Två gruppledare utbildas just nu i Klubb Simon.",
        "Just nu utbildar vi tre gruppledare i Klubb Simon.",
    ],
)
def test_group_leaders_being_trained_run_no_group(text):
    frame = municipality(text)
    assert value(frame, "methods") == "Klubb Simon:training"
    assert value(frame, "group_support") == "partial"
    assert value(frame, "stage") == "developing"


def test_group_leaders_trained_who_run_groups_run_groups():
    frame = municipality("Vi har utbildat fyra gruppledare och kör två grupper per termin.")
    assert value(frame, "group_support") == "yes"


# ------------------------------------------------ a task denied ("har inte i uppdrag att …")
@pytest.mark.parametrize(
    "text",
    [
        "Anhörigstödet har inte i uppdrag att arbeta med barn, vi möter anhöriga från 18 år.",
        "Vi har inte i uppdrag att stödja barn, bara vuxna anhöriga.",
        "Enheten har ej i uppdrag att möta barn.",
    ],
)
def test_a_task_denied_is_no_mandate(text):
    frame = municipality(text)
    assert value(frame, "mandate_children") == "no"
    assert value(frame, "stage") == "none"


def test_a_task_given_is_still_a_start():
    assert value(municipality("Nämnden har gett oss i uppdrag att kartlägga barnens behov."), "mandate_children") == "partial"


# ------------------------------------------------ a reply "not formally"
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nej, inte formellt, men våra konsulenter träffar ibland barn i enskilda samtal.", "partial"),
        ("Inte formellt. Vi träffar ändå några tonåringar i enskilda samtal.", "partial"),
        ("Ej formellt, men anhörigkonsulenten har enskilda samtal med unga ibland.", "partial"),
        ("Inte formellt, vi jobbar med vuxna.", "no"),
    ],
)
def test_a_reply_not_formally_denies_the_mandate(text, expected):
    assert value(municipality(text), "mandate_children") == expected


def test_not_formally_inside_a_sentence_denies_no_mandate():
    assert value(municipality("Vi har inte formellt någon samordnare men vi har en barngrupp."), "mandate_children") == "yes"


# ------------------------------------------------ cut off after the auxiliary, its subject and a time or place
@pytest.mark.parametrize(
    "key, answer, indicator",
    [
        ("Q07", "Journalen har en mall för barnen. Vad gäller KVÅ-koder har vi sedan i våras", "kva_codes"),
        ("Q09", "När det gäller material till personalen kan vi nu", "material_staff"),
        ("Q08", "Om utbildningen av nyanställda i barn som anhöriga har man på vårdcentralerna", "staff_training"),
    ],
)
def test_an_answer_cut_off_before_its_verb_says_nothing(key, answer, indicator):
    assert value(region((key, answer)), indicator) == "unknown"


def test_a_whole_sentence_ending_on_a_time_still_counts():
    assert value(region(("Q07", "KVÅ-koderna DU055 och DU056 har vi använt i alla verksamheter sedan 2021.")), "kva_codes") == "yes"


# ------------------------------------------------ work on a document begun
@pytest.mark.parametrize(
    "answer, expected",
    [
        ("Styrdokument saknas. Vi har påbörjat arbetet med en gemensam rutin, men den är inte färdig.", "no"),
        ("Nej. Arbetet med en riktlinje har inletts under hösten.", "no"),
        ("Vi har börjat arbeta med att ta fram en policy.", "partial"),
        ("Ja, en riktlinje finns sedan 2019 och vi har påbörjat arbetet med en revidering.", "yes"),
    ],
)
def test_work_on_a_document_begun_is_no_document_yet(answer, expected):
    assert value(region(("Q02", answer)), "steering_document") == expected


# ------------------------------------------------ BRA in capitals offered, the subject after the verb
@pytest.mark.parametrize(
    "text, method",
    [
        ("Sedan 2016 erbjuder stadsdelen BRA och Trappan till barn 5–17 år.", "BRA-samtal:active;Trappan:active"),
        ("I dag ger familjeteamet också BRA till barn vars föräldrar har psykisk ohälsa.", "BRA-samtal:active"),
    ],
)
def test_bra_offered_by_a_named_unit_is_the_talks_method(text, method):
    assert value(municipality(text), "methods") == method


@pytest.mark.parametrize("text", ["Sedan 2016 erbjuder stadsdelen bra stöd och Trappan.", "Vi ger barnen ett bra bemötande."])
def test_good_in_lower_case_after_the_subject_is_no_method(text):
    assert "BRA-samtal" not in value(municipality(text), "methods")


# ------------------------------------------------ one sentence of a joint answer speaking of two municipalities in turn
def joint(text: str, own: str, other: str) -> dict:
    from bas_analysis.coding import code_municipality, load_codebook

    return {ind.name: verdict.value for ind, verdict in code_municipality([text], load_codebook(), 2022, (other,), own)}


JOINT = [
    "I Habo finns sedan 2016 en syskongrupp enligt Blåvinge för barn 7–12 år, medan Mullsjö saknar grupper och sedan i "
    "höstas i stället erbjuder enskilda samtal med barnen.",
    "Habo har haft en syskongrupp enligt Blåvinge sedan 2016, men i Mullsjö finns inga grupper och sedan i höstas "
    "erbjuds i stället enskilda samtal med barnen.",
    "I Habo driver vi sedan 2016 en syskongrupp enligt Blåvinge; Mullsjö har inga grupper och sedan i höstas erbjuder "
    "anhörigstödet i stället enskilda samtal med barnen.",
]


@pytest.mark.parametrize("text", JOINT)
def test_each_part_of_a_joint_sentence_is_its_municipalitys(text):
    first = joint(text, "Habo", "Mullsjö")
    assert first["group_support"] == "yes"
    assert first["methods"] == "Blåvinge:active"
    assert first["stage"] == "established"
    second = joint(text, "Mullsjö", "Habo")
    assert second["group_support"] == "no"
    assert second["methods"] == "-"
    assert second["individual_support"] == "yes"
    assert second["age_min"] in ("", None)
    assert second["stage"] == "developing"


def test_a_joint_sentence_about_both_together_is_both():
    text = "I Habo och Mullsjö finns sedan 2016 en gemensam syskongrupp, och båda kommunerna samarbetar med elevhälsan."
    for own, other in (("Habo", "Mullsjö"), ("Mullsjö", "Habo")):
        assert joint(text, own, other)["group_support"] == "yes"
