"""Round 40: the name of the unit several municipalities run together, in parentheses after their joint name,
names no further respondent (the heading stands for each municipality it names); a thing ended and not started
again has ended, and so has a present taken back ("eller rättare sagt hade"); "vilket" referring back to the clause
before is no indirect question; a thing under start-up is planned but keeps the situations and partners it is set up
for; a quoted name after a word for a group or after "enligt metoden" is a method; the planning of what runs, done
with a party, is cooperation; an answer saying another unit answers the question, or that it is left out of this
answer, is unknown (and no mention elsewhere on the page answers it); a limit on "the latter" limits the codes, not
the record; a question of the thing only handled says nothing; someone else lacking denies no ombud; a labelled
question in quotes with its answer on the same line is split at the closing quote.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from bas_analysis.parse import parse_text
from bas_analysis.parse.network_report import name_line_respondents
from test_coding import municipality, region, value


# ------------------------------------------------ a joint heading with its unit's name in parentheses
@pytest.mark.parametrize(
    "line, codes",
    [
        ("Hallsberg, Kumla och Askersund (Sydnärkes anhörigstöd)", ["1861", "1881", "1882"]),
        ("Köping, Arboga och Kungsör (Västmanlands familjecenter)", ["1983", "1984", "1960"]),
        ("Flen och Vingåker (Gemensamma anhörigstödet)", ["0482", "0428"]),
    ],
)
def test_a_joint_heading_with_its_units_name_stands_for_each_municipality(line, codes):
    found = name_line_respondents(line)
    assert found is not None
    assert [r.org_code for r in found] == codes


def test_a_district_in_parentheses_is_still_a_district():
    found = name_line_respondents("Stockholms stad (Skärholmens stadsdelsförvaltning)")
    assert [r.org_code for r in found] == ["0180"]
    assert found[0].sub_unit


# ------------------------------------------------ ended and not started again; a present taken back
@pytest.mark.parametrize(
    "text",
    [
        "Uppdraget omfattar även barn. Blåvinge-grupperna avslutades 2020 och har inte startats igen.",
        "Vi erbjuder samtal. Syskongruppen avslutades i fjol och har sedan dess inte kommit igång igen.",
        "Vi har samtal med barn. Tjejgruppen avslutades i våras och har ännu inte återupptagits på nytt.",
    ],
)
def test_a_group_ended_and_not_started_again_has_ended(text):
    frame = municipality(text)
    assert value(frame, "group_support") == "no"
    assert "Blåvinge" not in value(frame, "methods")


def test_a_group_started_again_runs():
    frame = municipality("Vi har en syskongrupp som startade 2019 och har startats igen efter sommaren.")
    assert value(frame, "group_support") == "yes"


@pytest.mark.parametrize(
    "text",
    [
        "Vi har en syskongrupp, eller rättare sagt hade.",
        "Vi har samtal och en tjejgrupp – eller snarare hade, i år blev det inget.",
        "Vi har grupper – eller egentligen hade: sorggruppen lades ned i december.",
    ],
)
def test_a_present_taken_back_into_the_past_has_ended(text):
    assert value(municipality(text), "group_support") == "no"


# ------------------------------------------------ "vilket" referring back
@pytest.mark.parametrize(
    "text",
    [
        "Tills vidare erbjuds enskilda samtal med barn, vilket mottagningen har gjort sedan 2011.",
        "Vi erbjuder enskilda samtal med barn, vilket vi har gjort sedan 2010.",
        "Vi har samtal med barn, vilket har fungerat bra sedan 2014.",
    ],
)
def test_vilket_referring_back_dates_the_work(text):
    frame = municipality(text)
    assert value(frame, "individual_support") == "yes"
    assert value(frame, "stage") == "established"


def test_vilket_in_an_indirect_question_still_states_nothing():
    frame = municipality("Vi ska undersöka vilket stöd det finns behov av och vilket kommunen har råd med.")
    assert value(frame, "individual_support") == "unknown"


# ------------------------------------------------ under start-up
@pytest.mark.parametrize(
    "text, situation",
    [
        ("En ny grupp (”Skilda världar”) för barn 8–12 år i familjer som går igenom en separation är under uppstart.", "separation"),
        ("En syskongrupp för barn med en förälder med cancer är under uppbyggnad.", "somatic_illness"),
        ("Det är inte så att vi saknar uppdrag. En sorggrupp för barn som har förlorat en förälder är under uppstart.", "death"),
    ],
)
def test_a_group_under_start_up_is_planned_and_keeps_its_situation(text, situation):
    frame = municipality(text)
    assert value(frame, "group_support") == "partial"
    assert value(frame, "stage") == "developing"
    assert situation in value(frame, "target_conditions")


def test_a_group_under_start_up_keeps_its_partner():
    frame = municipality("En syskongrupp tillsammans med skolan för barn med en förälder med cancer är under uppbyggnad.")
    assert value(frame, "partners") == "school"


def test_a_group_planned_still_adds_no_situation_or_partner():
    frame = municipality("Vi planerar en grupp för barn till föräldrar med missbruk, tillsammans med kyrkan.")
    assert value(frame, "target_conditions") == "-"
    assert value(frame, "partners") == "-"


# ------------------------------------------------ a quoted name after a group word or "enligt metoden"
@pytest.mark.parametrize(
    "text, methods",
    [
        ("Vi har en syskongrupp (”Vi tillsammans”) sedan 2017.", "Vi tillsammans:active"),
        ("Samtalen hålls enligt modellen «Stegen» sedan 2018.", "Stegen:active"),
        ("Stödgrupperna (\"Regnbågen\") startar i höst.", "Regnbågen:planned"),
        ("Sedan 2016 finns barngrupper för barn vars föräldrar har separerat, enligt metoden \"Skilda världar\".",
         "Skilda världar:active"),
        ("En ny grupp (”Skilda världar”) är under uppstart, och två medarbetare går utbildning under våren.",
         "Skilda världar:training"),
    ],
)
def test_a_quoted_name_after_a_group_word_or_enligt_metoden_is_a_method(text, methods):
    assert value(municipality(text), "methods") == methods


# ------------------------------------------------ the planning of what runs, with a party
@pytest.mark.parametrize(
    "text, partner",
    [
        ("Sedan 2012 har vi grupper för barn. Grupperna planeras tillsammans med socialtjänstens öppenvård.", "social_services"),
        ("Vi har samtal med barn sedan 2015. Samtalen planeras och följs upp i samarbete med elevhälsan.", "school"),
        ("Vi har en sorggrupp. Gruppen planeras ihop med Svenska kyrkan.", "church"),
    ],
)
def test_the_planning_of_what_runs_with_a_party_is_cooperation(text, partner):
    assert value(municipality(text), "partners") == partner


def test_a_new_thing_planned_with_a_party_adds_no_partner():
    assert value(municipality("En grupp för tonåringar planeras tillsammans med regionen."), "partners") == "-"


# ------------------------------------------------ answered by another unit, or left out of this answer
@pytest.mark.parametrize(
    "text",
    [
        "Frågan om barnombud besvaras av respektive närområde och ingår inte i detta svar.",
        "Frågan besvaras av varje sjukhusförvaltning för sig.",
        "Barnombud finns inte med i detta svar, de redovisas av primärvården.",
    ],
)
def test_a_question_answered_by_another_unit_is_unknown(text):
    assert value(region(("Q04", text)), "child_ombud") == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Svaret på den här frågan lämnas av habiliteringen, som samordnar materialet.",
        "Svaret lämnas av kunskapscentrum, som ansvarar för broschyrerna.",
        "Svar på frågan ges av vuxenpsykiatrin, som har tagit fram en folder.",
    ],
)
def test_material_answered_by_another_unit_is_unknown(text):
    assert value(region(("Q09", text)), "material_staff") == "unknown"


def test_a_question_answered_by_another_unit_is_not_taken_from_elsewhere_on_the_page():
    frame = region(("Q01", "Samordnaren träffar barnombuden på varje klinik två gånger per år."),
                   ("Q04", "Frågan om barnombud besvaras av respektive sjukhusområde och ingår inte i detta svar."))
    assert value(frame, "child_ombud") == "unknown"


def test_a_part_answered_by_another_unit_leaves_the_answer():
    frame = region(("Q04", "Det finns barnombud på alla kliniker. Frågan om antalet besvaras av HR-avdelningen."))
    assert value(frame, "child_ombud") == "yes"


# ------------------------------------------------ a limit on "the latter"
@pytest.mark.parametrize(
    "text",
    [
        "Barnets situation antecknas i journalen under ett sökord, och KVÅ-koder registreras – det senare dock bara inom "
        "psykiatrin, inte i primärvården.",
        "Samtalet dokumenteras i journalen, och KVÅ-kod DU055 används; det sistnämnda bara på två kliniker.",
        "Barnen noteras i journalen, och koderna registreras, men det senare görs endast inom vuxenpsykiatrin.",
    ],
)
def test_a_limit_on_the_latter_limits_the_codes(text):
    frame = region(("Q07", text))
    assert value(frame, "journal_documentation") == "yes"
    assert value(frame, "kva_codes") == "partial"


def test_a_limit_on_the_latter_that_is_the_record_limits_it():
    frame = region(("Q07", "KVÅ-koder registreras, och barnen antecknas i journalen – det senare dock bara inom psykiatrin."))
    assert value(frame, "journal_documentation") == "partial"


# ------------------------------------------------ a question of the thing only handled
@pytest.mark.parametrize(
    "text",
    [
        "Frågan om utbildning har under året behandlats i ledningsgrupperna, där ombuden har lyft önskemål om mer stöd.",
        "Frågan om en gemensam webbutbildning diskuterades i styrgruppen i våras.",
        "Frågorna om fortbildning har tagits upp i nätverket.",
    ],
)
def test_a_question_of_training_only_handled_says_nothing(text):
    assert value(region(("Q08", text)), "staff_training") == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Frågan om utbildning har lyfts i ledningen och resulterat i en grundkurs för alla chefer.",
        "Alla nyanställda går en grundutbildning. Frågan om fördjupning har diskuterats i nätverket.",
    ],
)
def test_training_beside_a_question_handled_counts(text):
    assert value(region(("Q08", text)), "staff_training") == "yes"


# ------------------------------------------------ someone else lacking
@pytest.mark.parametrize(
    "text",
    [
        "Alla enheter har barnombud, men på sjukhuset saknas en person som samordnar dem.",
        "Barnombud finns på varje klinik, men det saknas någon som håller samman nätverket.",
    ],
)
def test_someone_else_lacking_denies_no_ombud(text):
    assert value(region(("Q04", text)), "child_ombud") == "yes"


@pytest.mark.parametrize("text", ["På vårdcentralerna saknas någon som är barnombud.", "Barnombud saknas."])
def test_ombud_lacking_are_denied(text):
    assert value(region(("Q04", text)), "child_ombud") == "no"


# ------------------------------------------------ a labelled question in quotes with its answer on the line
def test_a_labelled_quoted_question_with_its_answer_on_the_line():
    page = (
        "Region Exempel\nUppföljning barn som anhöriga\n\n"
        "Fråga 1: Hur ser organisationen ut kring arbetet med att ge information, råd och stöd till barn som anhöriga?\n"
        "En samordnare finns på halvtid.\n\n"
        "Fråga 2: Finns det styrdokument?\nJa, en rutin.\n\n"
        "Fråga 9: Finns det material/information till personal?\nJa, på intranätet.\n\n"
        "Fråga 10: ”Finns det material/information till föräldrar?” Ja, en folder delas ut på mottagningarna.\n\n"
        "Fråga 11: Finns det material/information till barn och unga?\nNej.\n"
    )
    answers = {a.question_id: a for r in parse_text(page).respondents for a in r.answers}
    assert answers["Q10"].question_text == "Finns det material/information till föräldrar?"
    assert answers["Q10"].answer_text.startswith("Ja, en folder")
    assert answers["Q11"].answer_text == "Nej."
