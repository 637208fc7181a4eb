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
from corpus import code_synthetic
from test_coding import Q, municipality, region, value


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


# ------------------------------------------------ further classes of round 21 (made-up wordings)
@pytest.mark.parametrize(
    "answer, expected",
    [
        # training on the web only is the codebook's "only web material": partial
        ("- Föreläsningar ges vid behov\n- E-learning på intranätet", "partial"),
        ("Alla nyanställda går en e-utbildning.", "partial"),
        ("Det finns en webbaserad utbildning för alla medarbetare.", "partial"),
        ("Personalen kan gå vår elearning om barn som anhöriga.", "partial"),
        ("En e-utbildning finns på lärportalen.", "partial"),
        # a regular occasion beside it makes it a yes
        ("En e-utbildning är obligatorisk för nyanställda, och varje höst hålls en utbildningsdag för chefer.", "yes"),
        ("Utöver e-learning ges en grundutbildning två gånger per år.", "yes"),
    ],
)
def test_training_only_on_the_web_is_partial(answer, expected):
    assert value(region(("Q08", answer)), "staff_training") == expected


@pytest.mark.parametrize(
    "answer, expected",
    [
        ("Där det finns utsedda ombud och engagerade chefer fungerar samordningen bra, men i somatiken saknas struktur.", "partial"),
        ("Där det finns en aktiv lokal arbetsgrupp med stöd från ledningen går arbetet framåt.", "partial"),
        ("Där det finns intresserade chefer, där fungerar samordningen.", "partial"),
        ("Där det finns ombud fungerar arbetet bra.", "partial"),
        ("En regional samordnare håller ihop arbetet.", "yes"),
    ],
)
def test_coordination_only_where_something_is_in_place(answer, expected):
    assert value(region(("Q01", answer)), "coordination") == expected


@pytest.mark.parametrize(
    "remark, expected",
    [
        ("Samordningen av arbetet ligger hos en strateg på förvaltningens stab.", "yes"),
        ("Samordningsansvaret vilar på en barnrättssamordnare.", "yes"),
        ("Samordningen sköts av hälso- och sjukvårdens kansli.", "yes"),
    ],
)
def test_coordination_named_in_a_closing_remark(remark, expected):
    coded = code_synthetic("region", [("Q02", Q["Q02"], "Ja, en regional riktlinje."), ("Q90", "", remark)])
    assert value(coded, "coordination") == expected


@pytest.mark.parametrize(
    "q01, expected",
    [
        ("En strateg på halvtid håller i den årliga utbildningsdagen för ombuden.", "yes"),
        ("Styrgruppen ordnar återkommande utbildningar för medarbetarna.", "yes"),
        ("Styrgruppen ordnar regelbundna temadagar för personalen.", "yes"),
        ("Styrgruppen träffas fyra gånger per år.", "unknown"),
    ],
)
def test_regular_training_named_under_another_question_when_its_own_is_cut_off(q01, expected):
    coded = region(("Q01", q01), ("Q08", "Under 2020 genomfördes"))
    assert value(coded, "staff_training") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sedan 2015 har vi enskilda samtal med barn vars förälder är fysiskt sjuk.", {"somatic_illness"}),
        ("Vi har grupper för barn med en somatiskt sjuk förälder sedan 2016.", {"somatic_illness"}),
        ("Sedan 2017 erbjuder vi samtal till barn vars mamma eller pappa är kroppsligt svårt sjuk.", {"somatic_illness"}),
        ("Sedan 2014 har vi BRA-samtal för barn vars förälder är fysiskt sjuk, har ett missbruk eller mår psykiskt dåligt.",
         {"somatic_illness", "addiction", "mental_illness"}),
    ],
)
def test_a_physically_ill_parent_in_the_adverb_form(text, expected):
    assert set(value(municipality(text), "target_conditions").split(";")) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Klubb Simon: pausad under pandemin, planen är att starta om i februari.", "Klubb Simon:planned"),
        ("Blåvinge – vilande sedan i våras, vi hoppas kunna starta igen till hösten.", "Blåvinge:planned"),
        ("ME-WE: ligger på is sedan i fjol, vi vill dra igång det igen i vår.", "ME-WE:planned"),
        ("Klubb Simon: pausad under pandemin.", "-"),
        ("Trappan: lades ned 2020.", "-"),
        ("Klubb Simon: två ledare utbildas nu.", "Klubb Simon:training"),
        ("Blåvinge: grupperna rullar på som vanligt.", "Blåvinge:active"),
    ],
)
def test_a_method_as_a_label_takes_the_tense_of_its_status_clause(text, expected):
    assert value(municipality(text), "methods") == expected


@pytest.mark.parametrize(
    "text, mandate, stage",
    [
        ("Vi har aldrig haft något riktat till barn, och det finns inga planer på det heller.", "no", "none"),
        ("Vi har aldrig erbjudit något stöd till barn och planerar inte heller att göra det.", "no", "none"),
        ("Inget riktat stöd till barn finns, och inget sådant är planerat.", "no", "none"),
        ("Vi har ingen verksamhet för barn och inga planer på att starta någon.", "no", "none"),
        # nothing targeted, but something under way: partial as before
        ("Vi har ingen verksamhet för barn ännu, men vi planerar att starta en grupp i höst.", "partial", "developing"),
        ("Inget riktat stöd till barn finns i dag.", "partial", None),
    ],
)
def test_nothing_for_children_and_no_plans_either_is_no(text, mandate, stage):
    coded = municipality(text)
    assert value(coded, "mandate_children") == mandate
    if stage is not None:
        assert value(coded, "stage") == stage


@pytest.mark.parametrize(
    "text",
    [
        "Har inte kommit igång än. Vi har anställt en anhörigkonsulent med inriktning mot barn och unga som börjar i april.",
        "Vi har rekryterat en familjebehandlare för barn som anhöriga som tillträder i höst.",
        "Inget i gång ännu, men vi har anställt en kurator för barn och unga som börjar efter sommaren.",
    ],
)
def test_a_post_filled_whose_holder_starts_later_is_developing(text):
    assert value(municipality(text), "stage") == "developing"
