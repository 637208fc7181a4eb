"""Round 24: an answer that only points elsewhere is no evidence; a training that "förekommer" is sporadic in either
word order; a present-tense start with a time ahead put first is a plan, and the clause before it keeps its own tense;
a count of compounds sharing their head; a denial followed by a passive plan ahead stays no; prescribed codes with a
limited practice are partial; methods the list does not name; planned cooperation and groups add no partner or
situation; in a joint answer, a sentence placed in one municipality is that one's.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


# ------------------------------------------------ an answer that only points elsewhere says nothing by its meaning
@pytest.mark.parametrize(
    "key, answer, indicator",
    [
        ("Q02", "Se länkarna i slutet av svaret.", "steering_document"),
        ("Q02", "Läs gärna mer på regionens hemsida.", "steering_document"),
        ("Q04", "Läs mer om ombudens arbete här", "child_ombud"),
        ("Q04", "Mer information finns via länken nedan.", "child_ombud"),
    ],
)
def test_a_pointer_elsewhere_is_no_evidence(key, answer, indicator):
    assert value(region((key, answer)), indicator) == "unknown"


def test_a_pointer_beside_a_statement_leaves_the_statement():
    assert value(region(("Q04", "Ja, varje klinik har ett ombud. Läs mer om uppdraget här.")), "child_ombud") == "yes"


def test_a_link_to_material_is_still_material():
    assert value(region(("Q10", "Se länk till 1177 på vår hemsida.")), "material_parents") == "yes"


# ------------------------------------------------ a training that "förekommer" is sporadic, the verb first too
@pytest.mark.parametrize(
    "answer",
    [
        "Det finns en e-utbildning på intranätet. Dessutom förekommer föreläsningar på vissa enheter.",
        "På några kliniker förekommer det utbildningar om barn som anhöriga.",
        "Ibland förekommer enstaka föreläsningar för chefer.",
    ],
)
def test_training_that_occurs_is_sporadic(answer):
    assert value(region(("Q08", answer)), "staff_training") == "partial"


def test_a_regular_training_stays_yes():
    assert value(region(("Q08", "Utbildning för alla nyanställda ges fyra gånger per år.")), "staff_training") == "yes"


# ------------------------------------------------ a start with a time ahead put first is a plan
@pytest.mark.parametrize(
    "text, methods",
    [
        ("Vi har haft några BRA-samtal och i oktober startar vi en ME-WE-grupp.", "BRA-samtal:active;ME-WE:planned"),
        ("Trappan-samtal har vi sedan länge och till hösten drar vi igång Klubb Simon.", "Klubb Simon:planned;Trappan:active"),
        ("Efter nyår börjar vi med Blåvinge.", "Blåvinge:planned"),
    ],
)
def test_a_start_with_a_time_ahead_put_first_is_a_plan(text, methods):
    coded = municipality(text)
    assert value(coded, "methods") == methods
    assert value(coded, "group_support") == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Sedan i mars startar vi varje Klubb Simon-träff med fika.",
        "I september startar vi varje år en ny ME-WE-grupp.",
    ],
)
def test_a_start_since_a_time_or_every_year_runs(text):
    assert value(municipality(text), "group_support") == "yes"


# ------------------------------------------------ a count of compounds that share their head
@pytest.mark.parametrize(
    "answer, count",
    [
        ("Ja, omkring 40 barn- och familjeombud finns på sjukhusen.", "40"),
        ("Det finns ett 20-tal BSA- eller anhörigombud i regionen.", "20"),
        ("Ja, 112 barn- och ungdomsombud i primärvården och psykiatrin.", "112"),
    ],
)
def test_a_count_of_compounds_that_share_their_head(answer, count):
    assert value(region(("Q04", answer)), "child_ombud_count") == count


# ------------------------------------------------ a denial followed by a plan not yet begun stays a denial
@pytest.mark.parametrize(
    "answer",
    [
        "Nej, någon handlingsplan finns inte. En sådan ska utarbetas under 2026.",
        "Nej. Arbetet med en rutin ska inledas till hösten.",
        "Vi saknar styrdokument. En riktlinje ska tas fram i januari.",
    ],
)
def test_a_denial_and_a_passive_plan_ahead_stay_no(answer):
    assert value(region(("Q02", answer)), "steering_document") == "no"


def test_a_prescribed_passive_without_a_time_is_no_plan():
    # a norm, not a plan: the rule is there, prescribed
    assert value(region(("Q07", "Enligt rutinen ska barnen dokumenteras i journalen.")), "journal_documentation") != "no"


def test_an_existing_document_beside_a_planned_revision_stays_yes():
    assert value(region(("Q02", "Ja, en riktlinje finns sedan 2019. Den ska revideras under 2025.")), "steering_document") == "yes"


# ------------------------------------------------ prescribed and coded only in part; a limit before some parts that deny
@pytest.mark.parametrize(
    "answer",
    [
        "Enligt rutinen ska KVÅ-kod DU056 registreras. Koderna används dock bara i liten utsträckning.",
        "Kodningen sker bara på ett fåtal mottagningar.",
        "Enligt regionens riktlinje ska åtgärdskoder (KVÅ) användas. Vi kodar dock bara i begränsad omfattning.",
    ],
)
def test_codes_prescribed_or_coded_in_part_are_partial(answer):
    assert value(region(("Q07", answer)), "kva_codes") == "partial"


def test_codes_prescribed_and_nothing_else_said_count():
    assert value(region(("Q07", "Enligt rutinen ska KVÅ-koder (DU055) registreras.")), "kva_codes") == "yes"


def test_coding_everywhere_is_yes():
    assert value(region(("Q07", "Vi kodar barnsamtal på samtliga enheter.")), "kva_codes") == "yes"


@pytest.mark.parametrize(
    "answer",
    [
        "Dokumentation sker i viss mån och flera kliniker skriver inte alls om barnen i journalen.",
        "Barnen antecknas bara i begränsad omfattning och vissa enheter dokumenterar aldrig.",
    ],
)
def test_a_limit_before_some_parts_that_deny_is_partial(answer):
    assert value(region(("Q07", answer)), "journal_documentation") == "partial"


def test_a_denial_of_all_stays_no():
    assert value(region(("Q07", "Barnen dokumenteras inte i journalen.")), "journal_documentation") == "no"


# ------------------------------------------------ a method the list does not name, named after a word for its kind
@pytest.mark.parametrize(
    "text, methods, indicator, expected",
    [
        ("Vi driver stödgruppen Stjärnfall för barn i familjer med missbruk.", "Stjärnfall:active", "group_support", "yes"),
        ('Barngruppen "Fyrbåken" träffas varannan vecka.', "Fyrbåken:active", "group_support", "yes"),
        ("Till våren startar vi samtalsgruppen Nya steg.", "Nya steg:planned", "group_support", "partial"),
        ("Enskilt stöd ges enligt samtalsmodellen Vägvisaren.", "Vägvisaren:active", "individual_support", "yes"),
    ],
)
def test_a_programme_named_after_a_word_for_its_kind_is_a_method(text, methods, indicator, expected):
    coded = municipality(text)
    assert value(coded, "methods") == methods
    assert value(coded, indicator) == expected


def test_a_listed_method_named_after_a_word_for_its_kind_stays_itself():
    assert value(municipality("Vi leder gruppverksamheten Klubb Simon tillsammans med kyrkan."), "methods") == "Klubb Simon:active"


@pytest.mark.parametrize("text", ["I gruppen finns sex barn just nu.", "Samtalsgruppen träffas varje tisdag."])
def test_a_group_without_a_name_names_no_method(text):
    assert value(municipality(text), "methods") == "-"


# ------------------------------------------------ cooperation and groups hoped for or planned add no partner or situation
@pytest.mark.parametrize(
    "text",
    [
        "Vi planerar ett samarbete med socialtjänsten kring en grupp för barn till föräldrar med missbruk.",
        "Vi hoppas kunna starta en syskongrupp tillsammans med kyrkan nästa år.",
        "Till hösten drar vi igång en grupp för barn som förlorat en förälder, i samarbete med skolan.",
    ],
)
def test_planned_cooperation_and_groups_add_no_partner_or_situation(text):
    coded = municipality(text)
    assert value(coded, "partners") == "-"
    assert value(coded, "target_conditions") == "-"


def test_running_cooperation_beside_a_plan_counts():
    coded = municipality("Vi har samtal med barn till föräldrar med cancer tillsammans med kuratorn på skolan. "
                         "Nästa år planerar vi en sorggrupp med kyrkan.")
    assert value(coded, "partners") == "school"
    assert value(coded, "target_conditions") == "somatic_illness"


@pytest.mark.parametrize(
    "text, partners, situations",
    [
        ("Syskongruppen, som vi har tillsammans med habiliteringen, är vilande i höst. Vi planerar att starta den igen "
         "efter nyår.", "healthcare", "siblings"),
        ("Vi driver en grupp med Svenska kyrkan för barn som förlorat en förälder, men den ligger på is sedan i våras. "
         "Vi hoppas kunna dra igång den igen till sommaren.", "church", "death"),
    ],
)
def test_paused_work_to_be_started_again_keeps_its_partners_and_situations(text, partners, situations):
    """Paused is not ended and not yet to come: what the paused work was done with and for is still there."""
    coded = municipality(text)
    assert value(coded, "partners") == partners
    assert value(coded, "target_conditions") == situations


# ------------------------------------------------ a joint answer: a sentence that names one municipality as its place
def _joint(text: str, names=("Alingsås", "Lerum")) -> dict[str, dict[str, str]]:
    """Indicator -> value per municipality of a joint answer given to every municipality it names."""
    from bas_analysis.coding import code_rows

    respondents = [{"respondent_id": f"j:{i}", "doc_id": "j", "org_code": f"14{i:02d}", "org_name": name, "level": "municipality",
                    "kind": "network_report", "wave": 2022} for i, name in enumerate(names)]
    answers = [{"respondent_id": r["respondent_id"], "position": 0, "question_id": "NR", "question_text": "", "answer_text": text}
               for r in respondents]
    out: dict[str, dict[str, str]] = {}
    for row in code_rows(respondents, answers):
        out.setdefault(names[int(row[0].split(":")[1])], {})[row[6]] = row[7]
    return out


def test_a_sentence_placed_in_one_municipality_of_a_joint_answer_is_that_ones():
    coded = _joint("Vi är ett gemensamt anhörigstöd för båda kommunerna sedan 2015. I Alingsås har vi en syskongrupp för "
                   "barn 9-12 år vars förälder har cancer. I Lerums kommun finns ingen grupp ännu. Enskilda samtal erbjuds i båda.")
    alingsas, lerum = coded["Alingsås"], coded["Lerum"]
    assert (alingsas["group_support"], alingsas["target_conditions"], alingsas["age_min"], alingsas["age_max"]) == ("yes", "siblings;somatic_illness", "9", "12")
    assert (lerum["group_support"], lerum["target_conditions"], lerum["age_min"], lerum["age_max"]) == ("no", "-", "", "")
    assert alingsas["individual_support"] == lerum["individual_support"] == "yes"


def test_a_sentence_naming_both_municipalities_is_both():
    coded = _joint("I Alingsås och Lerum driver vi tillsammans en ME-WE-grupp för unga 16-20 år.")
    assert coded["Alingsås"]["methods"] == coded["Lerum"]["methods"] == "ME-WE:active"


def test_a_place_in_a_single_answer_stays():
    from test_coding import municipality

    coded = municipality("I Alingsås har vi en Klubb Simon-grupp för barn 7-12 år.")
    assert (value(coded, "group_support"), value(coded, "age_min")) == ("yes", "7")
