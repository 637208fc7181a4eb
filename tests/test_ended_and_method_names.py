"""Two general readings: a region's answer wholly about something that existed and has ended, and method names
written in another letter case or a small spelling variant of the codebook's name.

All wordings are made up for these tests."""
from __future__ import annotations

import pandas as pd
import pytest

from bas_analysis import manual
from bas_analysis.agreement import agreement
from bas_analysis.intercoder import intercoder_agreement
from bas_analysis.vocab import canonical_method, canonical_methods
from test_coding import municipality, region, value


# ------------------------------------------------ an answer wholly about the past: nothing exists now
# By the codebook `unknown` is only for a source that does not say; an answer saying the thing existed and has ended
# says that none exists now: `no` (R04 "none"), for every graded region indicator that does not count the past.
@pytest.mark.parametrize(
    "key, answer, indicator",
    [
        ("Q04", "Mellan 2013 och 2017 hade regionen barnombud på sjukhusen, men uppdraget avslutades när pengarna tog slut.", "child_ombud"),
        ("Q04", "Tidigare fanns barnrättsombud inom vuxenpsykiatrin.", "child_ombud"),
        ("Q04", "Ombudsnätverket lades ner 2021.", "child_ombud"),
        ("Q04", "Regionen hade kontaktpersoner på varje klinik fram till pandemin.", "child_ombud"),
        ("Q04", "Åren 2015–2019 fanns ett tjugotal barnambassadörer. Nätverket somnade sedan in.", "child_ombud"),
        ("Q04", "Det fanns ett nätverk av barnpiloter, men det dog så småningom ut.", "child_ombud"),
        ("Q04", "Förut hade varje vårdcentral en resursperson för barn som anhöriga.", "child_ombud"),
        ("Q04", "Barnombuden avvecklades i samband med omorganisationen 2020.", "child_ombud"),
        ("Q04", "Vi hade en gång familjeombud, men de togs bort för några år sedan.", "child_ombud"),
        ("Q01", "Tidigare fanns en regional samordnare, men tjänsten drogs in 2022.", "coordination"),
        ("Q01", "En styrgrupp fanns fram till 2020 men upphörde vid omorganisationen.", "coordination"),
        ("Q08", "Tidigare hölls en årlig utbildningsdag, men den lades ned efter 2019.", "staff_training"),
        ("Q08", "Under 2016 hade vi en webbutbildning som sedan avvecklades.", "staff_training"),
        ("Q09", "Förut fanns ett informationsblad till medarbetarna, men det togs bort.", "material_staff"),
        ("Q10", "Tidigare delades en folder ut till föräldrar, men den trycks inte längre och upphörde 2018.", "material_parents"),
        ("Q13", "Tidigare gjordes en årlig journalgranskning, men den upphörde när ansvarig slutade.", "compliance_followup"),
        # by meaning, no cue word of the indicator: the thing existed and has ended
        ("Q04", "Något sådant fanns tidigare, men det avvecklades.", "child_ombud"),
    ],
)
def test_an_answer_wholly_about_what_has_ended_is_no(key, answer, indicator):
    coded = region((key, answer))
    assert value(coded, indicator) == "no"
    assert coded.loc[indicator, "rule_id"].endswith(".no.ended")


@pytest.mark.parametrize(
    "key, answer, indicator, expected",
    [
        # the present stated beside the past decides
        ("Q04", "Tidigare fanns barnombud, i dag har varje klinik en kontaktperson.", "child_ombud", "yes"),
        ("Q04", "Barnombuden lades ned 2019. Nu finns ombud bara inom vissa vårdområden.", "child_ombud", "partial"),
        ("Q08", "Tidigare hölls en temadag varje år. Numera ges en utbildningsdag varje termin.", "staff_training", "yes"),
        # ended, and a start again planned: the plan is read as before, not a plain no
        ("Q04", "Ombudsnätverket lades ned 2020. Vi planerar att starta det igen nästa år.", "child_ombud", "partial"),
        # still there since before is no ended thing
        ("Q04", "Sedan tidigare finns barnombud på alla kliniker.", "child_ombud", "yes"),
        # a "Nej" answers the question, the history after it does not raise it
        ("Q04", "Nej. Tidigare fanns barnombud på barnkliniken.", "child_ombud", "no"),
        # the question about initiatives asks about the past: a past initiative counts
        ("Q12", "Under 2019 genomfördes en kampanj på alla vårdcentraler.", "special_initiatives", "yes"),
    ],
)
def test_the_present_or_a_plan_beside_the_past_still_decides(key, answer, indicator, expected):
    assert value(region((key, answer)), indicator) == expected


# ------------------------------------------------ method names: the codebook's spelling
NAMES = ["BRA-samtal", "ME-WE", "Klubb Simon", "Trappan", "Blåvinge", "Prata om det", "Beardslee", "Hopp",
         "Skuggor och Ljus", "Ersta Vändpunkten", "Föra barnen på tal"]


@pytest.mark.parametrize(
    "written, canonical",
    [
        ("Skuggor och ljus", "Skuggor och Ljus"),
        ("skuggor och ljus", "Skuggor och Ljus"),
        ("SKUGGOR OCH LJUS", "Skuggor och Ljus"),
        ("Skuggor & ljus", "Skuggor och Ljus"),
        ("me-we", "ME-WE"),
        ("MeWe", "ME-WE"),
        ("Me We", "ME-WE"),
        ("Bra-samtal", "BRA-samtal"),
        ("BRA samtal", "BRA-samtal"),
        ("klubb simon", "Klubb Simon"),
        ("Klubb-Simon", "Klubb Simon"),
        ("Klub Simon", "Klubb Simon"),  # one letter left out
        ("Blå vinge", "Blåvinge"),
        ("Beardsle", "Beardslee"),
        ("prata om det", "Prata om det"),
        ("ersta vändpunkten", "Ersta Vändpunkten"),
        ("hopp", "Hopp"),
        ("Föra barnen på tal", "Föra barnen på tal"),
        # no codebook name near enough: kept as written (a short name is compared exactly)
        ("Hopa", "Hopa"),
        ("Egen samtalsmodell", "Egen samtalsmodell"),
    ],
)
def test_a_method_name_in_another_case_or_spelling_is_the_codebooks(written, canonical):
    assert canonical_method(written, NAMES) == canonical


def test_a_methods_value_takes_the_codebooks_names_and_keeps_its_statuses():
    assert canonical_methods("skuggor & ljus:planned;ME-WE:active", NAMES) == "ME-WE:active;Skuggor och Ljus:planned"
    assert canonical_methods("Blåvinge:planned;blå vinge:active", NAMES) == "Blåvinge:active"
    for missing in ("unknown", "-", ""):
        assert canonical_methods(missing, NAMES) == missing


def test_manual_codings_and_gold_accept_a_method_in_another_case(tmp_path):
    file = tmp_path / "manual.csv"
    file.write_text("document,org_code,indicator,value,note\n"
                    "a.txt,0114,methods,Skuggor och ljus:active;me-we:training,\n"
                    "a.txt,0114,group_support,yes,\n", encoding="utf-8")
    rows, problems = manual.read_manual(file)
    assert not problems
    by_indicator = {row["indicator"]: row for row in rows}
    assert by_indicator["methods"]["value"] == "ME-WE:training;Skuggor och Ljus:active"
    assert by_indicator["group_support"]["value"] == "yes"
    indicators = {ind.name: ind for ind in manual._codebook().indicators}
    assert manual.row_error(by_indicator["methods"], indicators) is None

    gold = tmp_path / "gold.csv"
    gold.write_text("document,org_code,indicator,value,note\na.txt,0114,methods,skuggor och ljus:active,\n", encoding="utf-8")
    codings = pd.DataFrame([dict(respondent_id="r1", org_code="0114", indicator="methods", value="Skuggor och Ljus:active",
                                 evidence="", rule_id="M04.named")])
    respondents = pd.DataFrame([dict(respondent_id="r1", source_file="a.txt", org_code="0114")])
    assert agreement(codings, respondents, gold).overall["equal"] == 1

    b = tmp_path / "b.csv"
    b.write_text("document,org_code,indicator,value,note\na.txt,0114,methods,SKUGGOR OCH LJUS:active,\n", encoding="utf-8")
    assert intercoder_agreement(gold, b).overall["equal"] == 1


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sedan 2016 har vi grupper enligt Skuggor & ljus.", "Skuggor och Ljus:active"),
        ("Vi har haft Blå vinge-grupper sedan 2017.", "Blåvinge:active"),
        ("Sedan 2018 erbjuder vi Bra-samtal till barn.", "BRA-samtal:active"),
        # "bra samtal" without the method's capitals or hyphen is good talks
        ("Vi har bra samtal med barnen när föräldern är inlagd.", "-"),
    ],
)
def test_a_method_written_with_a_small_spelling_variant_is_found(text, expected):
    assert value(municipality(text), "methods") == expected
