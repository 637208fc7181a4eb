"""What the reports say and how (issue 12), without executing notebooks.

Evidence with its question, page and year; titles repaired and never showing a
redaction placeholder; pages about the national work kept out of the region
they mention; missing values in three kinds; Swedish agreement of counts and
lists; the tables to take along; the method page and the index. On the seed
build (data/raw) and on small tables of our own.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pandas as pd
import pytest

from bas_analysis import labels
from bas_analysis.report import content, downloads, evidence, markup, pages
from bas_analysis.vocab import missing_kind

ROOT = Path(__file__).resolve().parents[1]
KALMAR_FILE = "003_de1f3ebb09300a39.txt"
HISTORY_FILE = "002_56ae18b492f85a3f.txt"  # "Lite historik 2012-2014": the national development work


def text(block) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", str(block)))).strip()


# --- words and values --------------------------------------------------------------------------


def test_lists_after_a_negation_end_with_eller():
    assert labels.join_sv(["a", "b", "c"]) == "a, b och c"
    assert labels.join_sv(["a", "b", "c"], last="eller") == "a, b eller c"
    assert labels.join_sv(["a"], last="eller") == "a"


@pytest.mark.parametrize("n, what, expected", [
    (19, "report:ok", "19 klara"), (1, "report:ok", "1 klar"), (8, "stage:established", "8 etablerade"),
    (1, "stage:established", "1 etablerad"), (3, "report:failed", "3 misslyckade"), (5, "stage:none", "5 utan verksamhet"),
])
def test_counts_agree_with_their_number(n, what, expected):
    assert labels.counted_as(n, what) == expected


@pytest.mark.parametrize("value, indicator, expected", [
    ("unknown", "coordination", "okänt"),
    ("unknown", "target_conditions", "okänt"),
    ("-", "target_conditions", "inga"),
    ("-", "methods", "inga"),
    ("", "age_min", ""),
    (None, "partners", ""),
    (float("nan"), "coordination", ""),
    ("addiction;violence", "target_conditions", "missbruk eller beroende, våld"),
    ("church;school", "partners", "Svenska kyrkan, skola"),
    ("BRA-samtal:active;ME-WE:training", "methods", "BRA-samtal (pågår), ME-WE (utbildning pågår)"),
    ("established", "stage", "etablerat"),
    ("partial", "group_support", "delvis"),
    ("7", "age_min", "7"),
])
def test_values_in_swedish_keep_the_three_kinds_of_missing_value_apart(value, indicator, expected):
    assert evidence.value_label(value, indicator) == expected


def test_missing_kinds_are_distinct_and_labelled():
    kinds = [missing_kind(v) for v in ("unknown", "-", "", None, pd.NA, "yes", "7")]
    assert kinds == ["unknown", "empty_set", "not_applicable", "not_applicable", "not_applicable", None, None]
    shown = {labels.MISSING_LABELS_SV[k] for k in ("unknown", "empty_set", "not_applicable")}
    assert len(shown) == 3


@pytest.mark.parametrize("low, high, expected", [
    ("7", "15", "7–15 år"), ("7", "", "från 7 år"), ("", "15", "upp till 15 år"), ("", "", ""), (pd.NA, 12, "upp till 12 år"),
])
def test_ages(low, high, expected):
    assert evidence.ages_label(low, high) == expected


# --- titles ------------------------------------------------------------------------------------


@pytest.mark.parametrize("title, expected", [
    ("Region Jnkpings ln Barndialogen", "Region Jönköpings län Barndialogen"),  # letters lost: repaired
    ("Region JÃ¶nkÃ¶pings lÃ¤n", "Region Jönköpings län"),  # mojibake: repaired
    ("Region Kalmar", "Region Kalmar"),  # as written when it is a known form
    ("Lite historik 2012-2014", "Lite historik 2012-2014"),
    ("Intervju med [namn] om stödet", "Projektbeskrivning"),  # never a redaction placeholder
    ("Ring [telefon]", "Projektbeskrivning"),
    ("", "Projektbeskrivning"),
])
def test_titles_are_shown_repaired_and_without_placeholders(title, expected):
    assert evidence.display_title(title, fallback="Projektbeskrivning") == expected


# --- pages about the national work ------------------------------------------------------------------


def test_a_page_about_the_national_work_is_recognised_by_its_opening():
    national = ("Lite historik\n\nEftersom stödet varierade i landet beviljade Socialstyrelsen medel för ett nationellt "
                "utvecklingsarbete 2012-2014. " + "Projektet har haft flera delar och många deltagare. " * 12
                + "Längre ned nämns Västra Götaland, efter sidans inledning.")
    regional = ("Aktuella aktiviteter\n\nHär presenteras aktiviteter i Landstinget i Östergötland. Medlen kommer från den "
                "nationella satsningen.")
    plain = "Barndialogen\n\nEtt upptaktsmöte för referensgruppen hölls i november."
    assert evidence.about_national_work(national, "Lite historik")
    assert not evidence.about_national_work(regional, "Aktuella aktiviteter")  # names its region
    assert not evidence.about_national_work(plain, "Barndialogen")  # says nothing of the national work


def test_the_history_of_the_national_work_is_not_filed_under_the_region_it_mentions(seed_build):
    history = seed_build.documents.set_index("source_file").loc[HISTORY_FILE, "doc_id"]
    assert history in evidence.national_doc_ids(seed_build)
    vg = content.region_context(seed_build, "14")
    assert vg.documents.empty and vg.pages.empty
    assert list(vg.national_texts["source_file"]) == [HISTORY_FILE]
    assert "nationella översikten" in text(content.region_summary(vg))
    others = evidence.other_texts(seed_build)
    row = others.set_index("source_file").loc[HISTORY_FILE]
    assert bool(row["national"]) and row["mentions"] == "Västra Götalandsregionen"
    national = content.national_context(seed_build)
    listed = text(content.other_texts_table(national))
    assert "Lite historik 2012-2014" in listed and "om det nationella utvecklingsarbetet" in listed
    vg_row = text(content.regions_table(national)).split("Västra Götalandsregionen 14")[1].split("Region Värmland")[0]
    assert "inga uppgifter" in vg_row and "projektbeskrivning" not in vg_row
    # Jönköping's own project descriptions stay with Jönköping
    assert len(content.region_context(seed_build, "06").documents) == 2


def test_the_garbled_title_is_shown_repaired_in_the_region_texts(seed_build):
    texts = text(content.region_texts(content.region_context(seed_build, "06")))
    assert "Region Jönköpings län Barndialogen" in texts and "Jnkpings" not in texts


# --- evidence -----------------------------------------------------------------------------------------


def test_each_quote_carries_its_question_page_and_year(seed_build):
    values = evidence.coded_values(seed_build, "region", ["08"]).set_index("indicator")
    parents = values.loc["material_parents"]
    assert parents["source_file"] == KALMAR_FILE and parents["wave_text"].startswith("2021")
    questions = [q for q, _ in parents["quotes"]]
    assert questions[0] == "Finns det material/information till föräldrar?"  # the bare "Ja." answers this question
    assert parents["quotes"][0][1] == ["Ja."]
    cell = text(evidence.evidence_cell(parents.to_dict() | {"indicator": "material_parents"}))
    assert cell.startswith("Fråga: Finns det material/information till föräldrar? Ja.")
    assert f"Källa: {KALMAR_FILE}, 2021" in cell
    coordination = values.loc["coordination"]
    assert coordination["question"].startswith("Hur ser organisationen ut")


def test_a_bare_yes_whose_question_is_not_found_carries_the_questionnaires_wording():
    answers = pd.DataFrame({"respondent_id": ["r"], "doc_id": ["d"], "question_id": ["Q90"], "question_text": [""],
                            "answer_text": ["Övrigt. Ja."]})
    row = {"evidence": "Ja.", "indicator": "staff_training", "respondent_id": "r", "doc_id": "d"}
    groups = evidence.quote_groups(row, answers)
    question = evidence.question_wordings()[evidence.indicator_questions()["staff_training"][0]]
    assert groups == [(question, ["Ja."])]
    # a quote that says something is not given a question it may not answer
    row["evidence"] = "Utbildning ges varje år."
    assert evidence.quote_groups(row, answers) == [("", ["Utbildning ges varje år."])]


def test_rule_ids_stand_in_the_appendix_not_beside_the_quotes(seed_build):
    kalmar = content.region_context(seed_build, "08")
    quotes, appendix = str(content.evidence_table(kalmar)), text(content.rules_appendix(kalmar))
    assert "R01.yes.function" not in quotes and ">Regel<" not in quotes
    assert "R01.yes.function" in appendix and "hög (ett kodord i svaret på indikatorns egen fråga)" in appendix


def test_municipal_values_get_their_quotes_and_show_target_situations_ages_and_partners(seed_build):
    jonkoping = content.region_context(seed_build, "06")
    table = text(content.municipality_table(jonkoping))
    for header in ("Målgrupper (familjesituationer)", "Åldrar", "Samverkar med", "Metoder"):
        assert header in table
    quotes = str(content.municipality_evidence(jonkoping))
    assert quotes.count("<details") == len(jonkoping.reported_municipalities)
    assert 'id="belagg-' in quotes and "Fråga:" not in quotes.split("</summary>")[0]
    mullsjo = jonkoping.municipal_values[jonkoping.municipal_values["org_name"].eq("Mullsjö")]
    quoted = mullsjo[mullsjo["evidence"].fillna("").ne("")]
    assert len(quoted) >= 3
    for quote in quoted["evidence"]:
        assert html.escape(quote.split(" … ")[0])[:40] in quotes


# --- sentences ----------------------------------------------------------------------------------------


def test_stage_counts_agree_in_the_national_summary(seed_build):
    summary = text(content.national_summary(content.national_context(seed_build)))
    assert re.search(r"\d+ etablerade", summary) and "etablerat," not in summary
    assert "Data byggda" not in summary


def test_headings_say_when_the_build_was_made_in_plain_swedish(seed_build):
    heading = content.region_heading(content.region_context(seed_build, "08"))
    assert "underlaget byggdes" in heading and "Data byggda" not in heading
    assert "(nationell-oversikt.html)" in heading and "(metod.html)" in heading


# --- markup -------------------------------------------------------------------------------------------


def test_tables_escape_text_keep_html_blocks_and_keep_numbers_whole():
    page = markup.table({"Citat": ["<b>x</b>", markup.HTMLBlock("<em>ok</em>")], "Antal": ["1 234", "5"]},
                        numbers=("Antal",), caption="Två rader")
    assert "&lt;b&gt;x&lt;/b&gt;" in page and "<em>ok</em>" in page
    assert page.count('class=bas-num') == 3  # header and two cells
    assert page.startswith('<div class="bas-table-wrap" role="region" aria-label="Två rader" tabindex="0">')


def test_table_cells_never_break_a_word_or_a_number():
    css = (ROOT / "bas_analysis" / "templates" / "bas_report" / "report.css").read_text(encoding="utf-8")
    rules = re.findall(r"table\.bas-table[^{]*\{[^}]*\}", css)
    assert rules and not any("anywhere" in r or "break-all" in r for r in rules)
    assert re.search(r"\.bas-table-wrap\s*\{[^}]*overflow-x:\s*auto", css)
    assert re.search(r"\.bas-num\s*\{[^}]*white-space:\s*nowrap", css)


# --- the tables to take along --------------------------------------------------------------------------


def test_the_downloads_hold_value_year_page_question_quote_and_confidence(seed_build, tmp_path):
    written = downloads.write_downloads(seed_build, tmp_path)
    regions = pd.read_csv(tmp_path / written.regions_csv, dtype=str, keep_default_na=False)
    assert list(regions.columns) == [c for c in downloads.COLUMNS if c != "Län"]
    kalmar = regions[regions["Kod"].eq("08")]
    assert len(kalmar) == 13 and set(kalmar["Källsida"]) == {KALMAR_FILE}
    parents = kalmar.set_index("Indikator").loc["Material till föräldrar"]
    assert (parents["Värde"], parents["Värdets kod"], parents["År"]) == ("ja", "yes", "2021")
    assert parents["Fråga"].startswith("Finns det material/information till föräldrar?")
    assert parents["Säkerhet"].startswith("hög")
    municipalities = pd.read_csv(tmp_path / written.municipalities_csv, dtype=str, keep_default_na=False)
    assert municipalities["Kod"].str.len().eq(4).all() and written.n_municipalities == 23
    targets = municipalities[municipalities["Indikator"].eq("Målgrupper")]
    assert set(targets.loc[targets["Värdets kod"].eq("-"), "Värde"]) == {"inga"}
    workbook = pd.read_excel(tmp_path / written.workbook, sheet_name=None, dtype=str)
    assert set(workbook) == {"Regioner", "Kommuner", "Om tabellerna"}
    assert len(workbook["Regioner"]) == len(regions) and len(workbook["Kommuner"]) == len(municipalities)
    assert "okänt" in workbook["Om tabellerna"].to_string()


# --- the method page and the index ------------------------------------------------------------------------


def test_the_method_page_says_agreement_was_not_measured_without_a_gold_file(seed_build, tmp_path):
    page = text(pages.write_method_page(seed_build, tmp_path).read_text(encoding="utf-8"))
    assert "Inte mätt för detta underlag" in page
    for heading in ("Vad indikatorerna betyder", "Hur värdena kodas", "Saknade värden", "Hur sidorna placeras i tid",
                    "Kända begränsningar"):
        assert heading in page
    assert "R01 Samordning" in page and "M05 Målgrupper" in page
    assert "Hur ser organisationen ut kring arbetet" in page  # the question the indicator reads


def test_the_method_page_computes_agreement_from_a_gold_file(seed_build, tmp_path):
    codings = seed_build.codings.merge(seed_build.respondents[["respondent_id", "source_file"]], on="respondent_id")
    kalmar = codings[codings["org_code"].eq("08") & codings["indicator"].isin(["coordination", "staff_training",
                                                                                 "steering_document", "kva_codes"])]
    gold = kalmar.rename(columns={"source_file": "document"})[["document", "org_code", "indicator", "value"]].copy()
    gold.loc[gold["indicator"].eq("kva_codes"), "value"] = "no"  # one cell the coder got "wrong"
    gold = pd.concat([gold, pd.DataFrame([{"document": "not_here.txt", "org_code": "01", "indicator": "coordination",
                                           "value": "yes"}])])
    path = tmp_path / "gold.csv"
    gold.to_csv(path, index=False)
    page = text(pages.write_method_page(seed_build, tmp_path, gold=path).read_text(encoding="utf-8"))
    assert "Inte mätt" not in page
    assert "4 celler på 1 sida" in page and "3 av dem (75,0 %) har samma värde" in page
    assert "1 celler i filen gäller sidor som inte finns i underlaget" in page
    assert "gold.csv" in page


def test_the_index_counts_reports_in_swedish_and_offers_the_tables(tmp_path):
    state = {"reports": {"nationell-oversikt": {"status": "ok", "html": "nationell-oversikt.html"},
                         **{f"region-{c:02d}": {"status": "ok", "html": f"region-{c:02d}.html"} for c in (1, 3, 4)},
                         "region-05": {"status": "no_data", "html": "region-05.html"},
                         "region-06": {"status": "failed", "html": "region-06.html"}}}
    written = downloads.Downloads("tabeller/regioner.csv", "tabeller/kommuner.csv", "tabeller/x.xlsx", 2, 3, 26, 24)
    page = pages.write_index(tmp_path, state, written).read_text(encoding="utf-8")
    assert "22 rapporter: 4 klara, 1 utan uppgifter och 1 misslyckad." in page
    assert 'href="tabeller/regioner.csv" download' in page and 'href="tabeller/x.xlsx" download' in page
    assert "anteckningsbok" not in page and "Data byggda" not in page
    assert 'href="metod.html"' in page and 'id="tabeller"' in page
