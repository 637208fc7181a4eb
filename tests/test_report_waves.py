"""What the reports say about waves, ranks and trends (issue 10), without executing notebooks.

The corpus tests read ../shared/corpus through the session build of tests/corpus.py;
the panel test uses a synthetic build whose answer is known.
"""
from __future__ import annotations

import html
import re

import pandas as pd
import pytest

from bas_analysis.report import content
from bas_analysis.compare import REGION_INDICATORS
from bas_analysis.store import Dataset

from conftest import codings_table
from corpus import full_build


def text(block) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", str(block)))).strip()


@pytest.fixture(scope="module")
def corpus_data(tmp_path_factory):
    import bas_analysis as bas

    return bas.load(full_build(tmp_path_factory).out_dir)


# --- region reports on the real pages -------------------------------------------------------------


def test_the_region_report_shows_the_current_page_by_the_evidence_and_its_uncertainty(corpus_data):
    kronoberg = content.region_context(corpus_data, "07")
    summary = text(content.region_summary(kronoberg))
    assert "Senaste underlag: enkätsvar från 2021 (uppskattat: 2021 eller senare, enligt enkätens formulering)" in summary
    assert "(A_kronoberg_3.txt)" in summary and "om det eller A_kronoberg_2.txt är nyast" in summary
    assert "äldst först: enkätsvar (2018), enkätsvar (uppskattat 2021 eller senare)" in summary
    pages = text(content.pages_table(kronoberg))
    assert pages.index("A_kronoberg_1.txt") < pages.index("A_kronoberg_2.txt") < pages.index("A_kronoberg_3.txt")
    development = text(content.development_table(kronoberg))
    assert "högst ett år" not in development and "2018" in development and "2021" in development


def test_a_region_whose_pages_all_fall_in_one_year_is_told_so(corpus_data):
    kalmar = content.region_context(corpus_data, "08")
    assert kalmar.current_page["source_file"] == "A_kalmar_2.txt"
    assert "Regionens 3 enkätsvar placeras alla i 2021" in text(content.development_table(kalmar))
    assert "samma år, men uppgifterna tillåter ett senare år" in text(content.region_summary(kalmar))


def test_ranks_and_most_regions_say_how_many_are_known(corpus_data):
    for code in ["01", "05", "06", "07", "08", "14", "17", "18"]:
        ctx = content.region_context(corpus_data, code)
        summary = text(content.region_summary(ctx))
        rank = ctx.rank
        if rank["rank"]:
            assert f"plats {rank['rank']} av {rank['n_regions']} regioner med känt värde" in summary
            assert rank["n_known"] >= rank["min_known"]
        else:
            assert "rangordnas inte" in summary and rank["n_known"] < rank["min_known"]
        assert "som de flesta andra regioner har." not in summary  # the old wording without counts
        for sentence in re.findall(r"[^.]*de flesta[^.]*\.", summary):
            assert re.search(r"med känt värde|kan inte sägas|bland de \d+ andra regionerna med minst", sentence), sentence
        lagging = text(content.lagging_table(ctx))
        assert "med känt värde" in lagging or "För få andra regioner" in lagging or "Det finns ingen" in lagging


def test_what_a_region_says_nothing_about_is_listed_with_eller(corpus_data):
    summary = text(content.region_summary(content.region_context(corpus_data, "01")))  # Stockholm: silent on two
    silent = re.search(r"Regionens text säger inget om (.*?), som de flesta", summary)
    assert silent, summary
    assert " eller " in silent.group(1) and " och " not in silent.group(1), silent.group(1)


# --- the national overview -------------------------------------------------------------------------


def test_the_national_overview_on_the_corpus_states_no_trend_and_names_what_it_leaves_out(corpus_data):
    ctx = content.national_context(corpus_data)
    summary = text(content.national_summary(ctx))
    assert "Variationen har minskat" not in summary and "har variationen mellan regionerna" not in summary
    assert "kan inte avgöras" in summary and "flest: 2 regioner med svar både 2018 och 2021" in summary
    assert "3 sidor kan inte placeras i tid" in summary and "C_skane_vardgivare_barn_som_anhoriga.txt" in summary
    pairs = text(content.followup_pairs_table(ctx.followup))
    assert "2018–2021 2 7 2 2 kan inte avgöras" in pairs  # regions in 2018, 2021, both, of which estimated
    assert "Inget par av år har minst fem regioner" in text(content.followup_indicator_table(ctx.followup))
    year_end = text(content.year_end_table(ctx.year_end))
    assert "Läget vid årets slut" in year_end and "framskrivning" in year_end


def synthetic_panel(n_regions: int) -> Dataset:
    """n regions answering in 2018 (coordination half yes, half no) and 2021 (all partial), dated pages."""
    codes = ["01", "03", "04", "05", "06", "07", "08", "09", "10", "12"][:n_regions]
    respondents_rows, documents_rows, codings_rows = [], [], []
    for i, code in enumerate(codes):
        for wave, value in ((2018, "yes" if i % 2 else "no"), (2021, "partial")):
            doc_id = f"d-{code}-{wave}"
            documents_rows.append(dict(doc_id=doc_id, source_file=f"{doc_id}.txt", kind="questionnaire", wave=wave,
                                       wave_source="page_date", wave_min=wave, wave_max=wave, generation="",
                                       page_date=f"{wave}-03-01", wave_evidence=f"page date {wave}-03-01"))
            respondents_rows.append(dict(respondent_id=f"{doc_id}:00", doc_id=doc_id, org_code=code, level="region"))
            codings_rows.append(dict(org_code=code, level="region", wave=wave, doc_id=doc_id,
                                     values={**{k: "yes" for k in REGION_INDICATORS}, "coordination": value}))
    documents = pd.DataFrame(documents_rows)
    for column in ["wave", "wave_min", "wave_max"]:
        documents[column] = documents[column].astype("Int64")
    empty = pd.DataFrame()
    return Dataset(documents=documents, respondents=pd.DataFrame(respondents_rows), answers=empty, problems=empty,
                   codings=codings_table(codings_rows), indicators=empty, manifest={"built_at": "2025-01-01"})


def test_a_real_panel_gives_a_verdict_with_its_interval_and_count():
    ctx = content.national_context(synthetic_panel(8))
    summary = text(content.national_summary(ctx))
    assert "Mellan 2018 och 2021 har spridningen i stödindex minskat bland de 8 regioner som har kända värden båda åren" in summary
    assert "95 % KI" in summary and "sidor kan inte placeras" not in summary
    details = text(content.followup_indicator_table(ctx.followup))
    assert "Samordning 8 0,50 / 0,00 -0,50" in details and "minskat" in details
    assert "ingen säker förändring" in details  # the indicators at yes in both years did not change


def test_four_regions_in_both_years_are_too_few():
    ctx = content.national_context(synthetic_panel(4))
    summary = text(content.national_summary(ctx))
    assert "kan inte avgöras" in summary and "flest: 4 regioner med svar både 2018 och 2021" in summary
    assert "har spridningen i stödindex minskat" not in summary


def test_the_dataset_followup_convenience_matches_the_compare_function():
    data = synthetic_panel(8)
    result = data.followup(2018, 2021)
    row = result.change.set_index("indicator").loc["coordination"]
    assert (row["n_both"], row["n_paired"], row["verdict_sv"]) == (8, 8, "minskat")
    assert result.left_out.empty and list(result.pairs["n_both"]) == [8]
    # with six regions a resample of six equal answers is likely enough (3 %) that the interval reaches 0
    assert synthetic_panel(6).followup(2018, 2021).change.set_index("indicator").loc["coordination", "verdict_sv"] == (
        "ingen säker förändring")


@pytest.mark.parametrize("args, expected", [
    ((2018, "page_date", 2018, 2018), "2018"),
    ((2014, "text_year", 2014, 2014), "2014 (enligt årtal i texten)"),
    ((2021, "questionnaire_generation", 2021, None), "2021 (uppskattat: 2021 eller senare, enligt enkätens formulering)"),
    ((2021, "text_year", 2021, 2022), "2021 (uppskattat: 2021–2022, enligt årtal i texten)"),
    ((None, "none", None, None), "utan år"),
])
def test_wave_text(args, expected):
    assert content.wave_text(*args) == expected
