"""Follow-up (issue 10): the order of pages by their evidence, "did variation shrink?" on a panel,
the state at each year's end, and the support index's bounds and ranks.

Synthetic tables have answers known by construction; the corpus tests read
../shared/corpus through the session build of tests/corpus.py.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from bas_analysis import compare
from bas_analysis.compare import REGION_INDICATORS

from corpus import full_build

TWENTY = [code for code in compare.orgs.regions()["code"] if code != "25"]  # 20 of the 21 regions


def region(org_code, wave, values=None, default="unknown", **extra):
    return dict(org_code=org_code, level="region", wave=wave,
                values={**{i: default for i in REGION_INDICATORS}, **(values or {})}, **extra)


def documents(rows: list[dict]) -> pd.DataFrame:
    """A documents table with the wave columns (doc_id, source_file, kind, wave, wave_source, bounds, …)."""
    defaults = dict(kind="questionnaire", wave=None, wave_source="none", wave_min=None, wave_max=None,
                    generation="", page_date="", wave_evidence="")
    frame = pd.DataFrame([{**defaults, "source_file": f"{r['doc_id']}.txt", **r} for r in rows])
    for column in ["wave", "wave_min", "wave_max"]:
        frame[column] = frame[column].astype("Int64")
    return frame


def respondents_of(docs: pd.DataFrame, org_code: str, level: str = "region") -> pd.DataFrame:
    return pd.DataFrame({"doc_id": docs["doc_id"], "org_code": org_code, "level": level})


# --- the order of an organisation's pages ----------------------------------------------------


@pytest.fixture
def kalmar_like():
    """Four pages of one region: a dated 2018 page and three 2021 pages told apart (or not) by their evidence."""
    return documents([
        dict(doc_id="z-dated-2018", wave=2018, wave_source="page_date", wave_min=2018, wave_max=2018,
             generation="short", page_date="2018-02-19"),
        dict(doc_id="a-open-long", wave=2021, wave_source="questionnaire_generation", wave_min=2021, generation="long"),
        dict(doc_id="b-dated-2021", wave=2021, wave_source="page_date", wave_min=2021, wave_max=2021,
             generation="long", page_date="2021-11-12"),
        dict(doc_id="c-bounded-2021", wave=2021, wave_source="questionnaire_generation", wave_min=2021,
             wave_max=2021, generation="long"),
        dict(doc_id="undated", wave=None),
    ])


def test_page_order_follows_the_evidence_not_the_ids(kalmar_like):
    order = compare.page_order(kalmar_like, respondents_of(kalmar_like, "08"))
    # a tie keeps a page without a date line before a dated one, then file-name order
    assert list(order["doc_id"]) == ["undated", "z-dated-2018", "c-bounded-2021", "b-dated-2021", "a-open-long"]
    assert list(order["position"]) == [1, 2, 3, 4, 5] and set(order["n_pages"]) == {5}
    assert order.set_index("doc_id")["is_current"].to_dict() == {
        "undated": False, "z-dated-2018": False, "b-dated-2021": False, "c-bounded-2021": False, "a-open-long": True}
    bases = order.set_index("doc_id")["order_basis"]
    assert bases["z-dated-2018"] == "wave"  # a dated page always comes after one without a wave
    assert bases["b-dated-2021"] == "tie"  # same year, same wording, same bound, one has no date line
    assert bases["a-open-long"] == "upper_bound"  # nothing caps its year
    tied = order.set_index("doc_id")["tied_with"]
    assert tied["b-dated-2021"] == "c-bounded-2021.txt" and tied["c-bounded-2021"] == "b-dated-2021.txt"
    assert tied["a-open-long"] == ""


def test_later_wording_and_later_date_order_pages_of_one_year():
    docs = documents([
        dict(doc_id="long", wave=2021, wave_source="text_year", wave_min=2021, wave_max=2022, generation="long"),
        dict(doc_id="short", wave=2021, wave_source="page_date", wave_min=2021, wave_max=2021, generation="short",
             page_date="2021-02-02"),
        dict(doc_id="late", wave=2019, wave_source="page_date", wave_min=2019, wave_max=2019, page_date="2019-10-01"),
        dict(doc_id="early", wave=2019, wave_source="page_date", wave_min=2019, wave_max=2019, page_date="2019-03-01"),
    ])
    order = compare.page_order(docs, respondents_of(docs, "14"))
    assert list(order["doc_id"]) == ["early", "late", "short", "long"]
    assert list(order["order_basis"]) == ["first", "page_date", "wave", "generation"]


def test_with_page_order_makes_the_states_follow_the_evidence(make_codings, kalmar_like):
    # within 2021 the ids sort the other way round from the evidence
    codings = make_codings([
        region("08", 2018, default="no", doc_id="z-dated-2018"),
        region("08", 2021, default="partial", doc_id="b-dated-2021"),
        region("08", 2021, default="yes", doc_id="a-open-long"),
    ])
    assert set(compare.current_state(codings)["doc_id"]) == {"b-dated-2021"}  # without the order: the later id
    ordered = compare.with_page_order(codings, kalmar_like)
    assert set(compare.current_state(ordered)["doc_id"]) == {"a-open-long"}
    assert list(compare.current_state(ordered).columns) == list(ordered.columns)
    assert {"page_rank", "wave_source", "wave_min", "wave_max"} <= set(ordered.columns)


def test_pages_without_wave_are_named_with_their_reason(kalmar_like):
    docs = kalmar_like.assign(wave_evidence=["", "", "", "", "no date line and no year in the text"])
    left = compare.pages_without_wave(docs, respondents_of(docs, "08"), level="region")
    assert list(left["source_file"]) == ["undated.txt"] and left["org_codes"].iloc[0] == "08"
    assert left["reason"].iloc[0] == "no date line and no year in the text"
    assert compare.pages_without_wave(docs, respondents_of(docs, "08"), level="municipality").empty


# --- did variation shrink? -----------------------------------------------------------------------


def test_regions_answering_in_two_waves_are_different_sets_gives_kan_inte_avgoras(make_codings):
    first = [region(code, 2018, {"coordination": v}) for code, v in zip(TWENTY[:5], ["yes", "no", "yes", "no", "yes"])]
    second = [region(code, 2021, {"coordination": "partial"}) for code in TWENTY[5:10]]
    codings = make_codings(first + second)
    change = compare.panel_change(codings, 2018, 2021)
    assert list(change["indicator"]) == REGION_INDICATORS + ["support_index"]
    assert (change["n_a"] == 5).all() and (change["n_b"] == 5).all() and (change["n_both"] == 0).all()
    assert (change["n_paired"] == 0).all()
    assert set(change["verdict"]) == {"undecidable"} and set(change["verdict_sv"]) == {"kan inte avgöras"}
    assert change["change"].isna().all() and change["ci_low"].isna().all()


def paired_reduction(make_codings, extra=()):
    """20 regions in both waves: coordination 10 yes + 10 no in 2018, all partial in 2021."""
    before = [region(code, 2018, {"coordination": "yes" if i % 2 else "no"}) for i, code in enumerate(TWENTY)]
    after = [region(code, 2021, {"coordination": "partial"}) for code in TWENTY]
    return make_codings(before + after + list(extra))


def test_a_known_paired_reduction_in_spread_gives_minskat_with_the_right_interval(make_codings):
    # Also in 2021 only: a region at "no" that would add spread if it were (wrongly) counted.
    codings = paired_reduction(make_codings, extra=[region("25", 2021, {"coordination": "no"})])
    row = compare.panel_change(codings, 2018, 2021).set_index("indicator").loc["coordination"]
    assert (row["n_a"], row["n_b"], row["n_both"], row["n_paired"]) == (20, 21, 20, 20)
    assert (row["mean_a"], row["mean_b"]) == (0.5, 0.5)
    assert (row["spread_a"], row["spread_b"], row["change"]) == (0.5, 0.0, -0.5)
    # Resampling 20 organisations: the share p of "yes" among them is Binomial(20, 1/2) / 20 and the change is
    # -sqrt(p (1 - p)). Its 2.5 % quantile is -0.5 (P(p = 1/2) = 0.18); the 97.5 % quantile lies in the atom
    # p = 1/4 or 3/4 (P(|p - 1/2| > 1/4) = 0.012 < 0.025 < 0.012 + 0.030): -sqrt(3/16).
    assert row["ci_low"] == pytest.approx(-0.5, abs=1e-12)
    assert row["ci_high"] == pytest.approx(-math.sqrt(3 / 16), abs=1e-12)
    assert (row["verdict"], row["verdict_sv"]) == ("decreased", "minskat")
    index = compare.panel_change(codings, 2018, 2021).set_index("indicator").loc["support_index"]
    assert index["verdict_sv"] == "minskat" and index["n_paired"] == 20  # the index is coordination alone here
    other = compare.panel_change(codings, 2018, 2021).set_index("indicator").loc["kva_codes"]
    assert other["n_paired"] == 0 and other["verdict_sv"] == "kan inte avgöras"


def test_the_same_change_the_other_way_is_okat_and_the_interval_is_reproducible(make_codings):
    codings = paired_reduction(make_codings)
    reverse = compare.panel_change(codings, 2021, 2018).set_index("indicator").loc["coordination"]
    assert reverse["verdict_sv"] == "ökat" and reverse["change"] == 0.5
    assert (reverse["ci_low"], reverse["ci_high"]) == pytest.approx((math.sqrt(3 / 16), 0.5), abs=1e-12)
    again = compare.panel_change(codings, 2021, 2018).set_index("indicator").loc["coordination"]
    assert (again["ci_low"], again["ci_high"]) == (reverse["ci_low"], reverse["ci_high"])


def test_no_change_and_too_few_in_both(make_codings):
    same = [region(code, wave, {"coordination": "yes" if i % 2 else "no"})
            for wave in (2018, 2021) for i, code in enumerate(TWENTY[:8])]
    row = compare.panel_change(make_codings(same), 2018, 2021).set_index("indicator").loc["coordination"]
    assert row["change"] == 0.0 and row["ci_low"] <= 0 <= row["ci_high"]
    assert row["verdict_sv"] == "ingen säker förändring"
    four = paired_reduction(make_codings)
    four = four[four["org_code"].isin(TWENTY[:4])]
    row = compare.panel_change(four, 2018, 2021).set_index("indicator").loc["coordination"]
    assert row["n_paired"] == 4 and row["verdict_sv"] == "kan inte avgöras" and math.isnan(row["change"])


def test_bootstrap_change_against_a_direct_computation():
    rng = np.random.default_rng(1)
    a, b = rng.random(30), rng.random(30) * 0.2
    change, low, high = compare.bootstrap_change(a, b, n_boot=500, seed=7)
    assert change == pytest.approx(b.std() - a.std())
    draws = np.random.default_rng(7).integers(0, 30, size=(500, 30))
    expected = np.percentile(b[draws].std(axis=1) - a[draws].std(axis=1), [2.5, 97.5])
    assert (low, high) == pytest.approx(tuple(expected))
    with pytest.raises(ValueError):
        compare.bootstrap_change([1, 2], [1])


def test_followup_of_nothing_or_only_undated_pages(empty_codings, make_codings):
    for codings in (empty_codings, make_codings([region("01", None, default="yes")])):
        assert compare.wave_pairs(codings).empty and compare.state_at_year_end(codings).empty
        change = compare.panel_change(codings, 2018, 2021)
        assert len(change) == len(REGION_INDICATORS) + 1 and set(change["verdict_sv"]) == {"kan inte avgöras"}
        assert (change[["n_a", "n_b", "n_both", "n_paired"]] == 0).all().all()


def test_wave_pairs_count_the_organisations_in_every_pair(make_codings):
    codings = make_codings([
        region("01", 2018, default="yes"), region("03", 2018, default="no"),
        region("01", 2021, default="yes"), region("04", 2021, default="yes"),
        region("01", 2023, default="yes"), region("03", 2023, default="yes"), region("04", 2023, default="no"),
        region("05", None, default="yes"),
    ])
    pairs = compare.wave_pairs(codings).set_index(["wave_a", "wave_b"])
    assert pairs.loc[(2018, 2021), ["n_a", "n_b", "n_both", "orgs_both"]].tolist() == [2, 2, 1, "01"]
    assert pairs.loc[(2018, 2023), ["n_both", "orgs_both"]].tolist() == [2, "01;03"]
    assert pairs.loc[(2021, 2023), ["n_both", "orgs_both"]].tolist() == [2, "01;04"]
    assert len(pairs) == 3  # the undated page makes no wave


def test_state_at_year_end_carries_the_last_known_state_forward(make_codings):
    codings = make_codings([
        region("01", 2018, {"coordination": "no"}),
        region("03", 2018, {"coordination": "yes"}),
        region("01", 2021, {"coordination": "yes"}),
        region("04", 2022, {"coordination": "partial"}),
    ])
    table = compare.state_at_year_end(codings).set_index(["year", "indicator"])
    assert table.loc[(2018, "coordination"), ["n", "n_carried", "n_known", "coverage"]].tolist() == [2, 0, 2, 0.5]
    assert table.loc[(2021, "coordination"), ["n", "n_carried", "coverage", "sd"]].tolist() == [2, 1, 1.0, 0.0]
    row = table.loc[(2022, "coordination")]
    assert (row["n"], row["n_carried"], row["coverage"]) == (3, 2, pytest.approx(2.5 / 3))


# --- support index bounds and ranks ------------------------------------------------------


def test_ranks_count_only_regions_with_enough_known_indicators(make_codings):
    twelve = {**{i: "yes" for i in REGION_INDICATORS}, "kva_codes": "no", "staff_training": "partial"}
    codings = make_codings([
        region("01", 2021, {"coordination": "yes", "kva_codes": "yes", "child_ombud": "yes"}),  # 3 known, all yes
        region("03", 2021, twelve),  # 12 known, mostly yes
        region("04", 2021, default="partial"),
    ])
    silent = compare.region_rank(codings, "01")
    assert silent["index"] == 1.0 and silent["n_known"] == 3 and silent["rank"] is None
    assert (silent["index_low"], silent["index_high"]) == (0.25, 1.0)
    best = compare.region_rank(codings, "03")
    assert best["rank"] == 1 and best["n_regions"] == 2 and best["n_with_index"] == 3 and best["min_known"] == 8
    assert compare.region_rank(codings, "01", min_known=3)["rank"] == 1  # without the rule silence would win


def test_most_regions_have_compares_only_with_regions_with_enough_known(make_codings):
    codings = make_codings([
        region("01", 2021, {"kva_codes": "no"}, default="partial"),
        region("03", 2021, {"kva_codes": "yes"}),  # 1 known: not compared with
        region("04", 2021, {"kva_codes": "yes"}),  # 1 known
        region("05", 2021, {"kva_codes": "no"}, default="yes"),
    ])
    kva = compare.region_profile(codings, "01").set_index("indicator").loc["kva_codes"]
    assert (kva["n_compared"], kva["n_better"], kva["share_better"], kva["lags"]) == (1, 0, 0.0, False)
    assert kva["n_known"] == 4  # the national counts still describe every region
    loose = compare.region_profile(codings, "01", min_known=1).set_index("indicator").loc["kva_codes"]
    assert (loose["n_compared"], loose["n_better"], loose["lags"]) == (3, 2, True)


def test_comparison_settings_come_from_the_codebook_file(tmp_path):
    assert compare.comparison_settings()["min_known_for_rank"] == 8
    bad = tmp_path / "codebook.yaml"
    bad.write_text("comparison:\n  min_known_for_rank: 13\n", encoding="utf-8")
    with pytest.raises(compare.CodebookError, match="min_known_for_rank"):
        compare.comparison_settings(bad)
    bad.write_text("comparison:\n  min_known: 8\n", encoding="utf-8")
    with pytest.raises(compare.CodebookError, match="unknown key"):
        compare.comparison_settings(bad)


def test_the_indicators_table_carries_the_index_and_its_bounds(seed_build):
    table = seed_build.indicators
    for column in ["support_index", "n_known", "support_index_low", "support_index_high"]:
        assert column in table.columns
    known = table.dropna(subset=["support_index"])
    assert len(known) and (known["support_index_low"] <= known["support_index"]).all()
    assert (known["support_index"] <= known["support_index_high"]).all()
    kalmar = table[table["org_code"].eq("08")].iloc[0]
    expected = compare.support_index(seed_build.codings).set_index("respondent_id").loc[kalmar["respondent_id"]]
    assert kalmar["n_known"] == expected["n_known"] and kalmar["support_index"] == expected["support_index"]


# --- the real pages -------------------------------------------------------------------------

CURRENT_PAGE = {  # region: (current page by the evidence, its basis, pages it ties with)
    "01": ("A_stockholm_1.txt", "first", ""),
    "05": ("A_ostergotland_1.txt", "wave", ""),  # after the 2013/2014 project descriptions
    "06": ("A_jonkoping_1.txt", "wave", ""),
    "07": ("A_kronoberg_3.txt", "tie", "A_kronoberg_2.txt"),  # two long-wording pages nothing orders
    "08": ("A_kalmar_2.txt", "upper_bound", ""),  # the other two are capped at 2021
    "14": ("A_vastra_gotaland_2.txt", "generation", ""),  # long wording after the dated short page of 2021
    "17": ("A_varmland_1.txt", "first", ""),
    "18": ("A_orebro_2.txt", "wave", ""),  # after the dated 2018 page
}


@pytest.fixture(scope="module")
def corpus_data(tmp_path_factory):
    import bas_analysis as bas

    return bas.load(full_build(tmp_path_factory).out_dir)


def test_the_current_page_of_every_region_in_the_corpus_is_the_newest_by_its_evidence(corpus_data):
    order = compare.page_order(corpus_data.documents, corpus_data.respondents, "region")
    current = order[order["is_current"]].set_index("org_code")
    questionnaire_regions = set(corpus_data.respondents.query("kind == 'questionnaire'")["org_code"])
    assert questionnaire_regions == set(CURRENT_PAGE)
    for code, (page, basis, tied) in CURRENT_PAGE.items():
        assert tuple(current.loc[code, ["source_file", "order_basis", "tied_with"]]) == (page, basis, tied), code
    states = compare.current_state(compare.with_page_order(corpus_data.codings, corpus_data.documents), "region")
    files = corpus_data.documents.set_index("doc_id")["source_file"]
    assert {code: files[doc] for code, doc in states.groupby("org_code")["doc_id"].first().items()} == {
        code: page for code, (page, _, _) in CURRENT_PAGE.items()}
    dated_2018 = order[order["wave"].eq(2018)]
    for row in dated_2018.itertuples():  # nothing later is placed before a dated 2018 page
        later = order[(order["org_code"] == row.org_code) & (order["position"] > row.position)]
        assert (later["wave"] > 2018).all() and len(later), row.source_file


def test_the_followup_on_the_corpus_cannot_tell_and_names_the_pages_left_out(corpus_data):
    result = corpus_data.followup()
    pairs = result.pairs.set_index(["wave_a", "wave_b"])
    assert pairs.loc[(2018, 2021), ["n_a", "n_both", "orgs_both"]].tolist() == [2, 2, "07;18"]
    assert set(result.change["verdict_sv"]) == {"kan inte avgöras"}
    assert (result.change["n_paired"] <= result.change["n_both"]).all()
    one = corpus_data.followup(2018, 2021)
    assert set(one.change[["wave_a", "wave_b"]].itertuples(index=False, name=None)) == {(2018, 2021)}
    assert one.change.set_index("indicator").loc["support_index", "n_estimated"] == 2  # both 2021 pages are estimates
    left = set(result.left_out["source_file"])
    assert left == {"C_skane_vardgivare_barn_som_anhoriga.txt", "C_utvecklingsregion_jonkoping_organisation.txt",
                    "C_utvecklingsregion_ostergotland_beskrivning.txt"}
    assert result.n_left_out == 3 and result.left_out["reason"].str.len().gt(0).all()
    assert result.pages.groupby(["org_code", "wave"])["used_for_wave"].sum().le(1).all()
    with pytest.raises(ValueError):
        corpus_data.followup(2018)
