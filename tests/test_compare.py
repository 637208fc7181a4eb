"""Tests for bas_analysis.compare on small synthetic codings whose answers are known, and on the seed build."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from bas_analysis import compare
from bas_analysis.compare import (
    MUNICIPALITY_INDICATORS,
    REGION_INDICATORS,
    current_state,
    follow_up,
    gini,
    lagging_indicators,
    municipalities_of_region,
    parse_methods,
    region_profile,
    region_rank,
    support_index,
    variation,
    wilson_interval,
)


def region(org_code, wave, values=None, default="unknown", **extra):
    """A region respondent: every region indicator at ``default`` unless given in ``values``."""
    return dict(org_code=org_code, level="region", wave=wave,
                values={**{i: default for i in REGION_INDICATORS}, **(values or {})}, **extra)


def municipality(org_code, wave, values, **extra):
    return dict(org_code=org_code, level="municipality", wave=wave, values=values, **extra)


def row(table: pd.DataFrame, **where) -> pd.Series:
    selected = table
    for column, value in where.items():
        selected = selected[selected[column].isna()] if value is pd.NA else selected[selected[column] == value]
    assert len(selected) == 1, f"expected one row for {where}, got {len(selected)}"
    return selected.iloc[0]


# --- statistics ------------------------------------------------------------------


def test_wilson_interval_known_values():
    low, high = wilson_interval(5, 10)
    assert low == pytest.approx(0.2366, abs=1e-4) and high == pytest.approx(0.7634, abs=1e-4)
    low, high = wilson_interval(0, 10)
    assert low == 0.0 and high == pytest.approx(0.2775, abs=1e-4)
    low, high = wilson_interval(10, 10)
    assert low == pytest.approx(0.7225, abs=1e-4) and high == 1.0


def test_wilson_interval_edge_cases():
    assert all(math.isnan(x) for x in wilson_interval(0, 0))
    with pytest.raises(ValueError):
        wilson_interval(3, 2)
    low, high = wilson_interval(1.5, 3)  # partial counts as half a success
    assert 0 < low < 0.5 < high < 1


def test_gini_known_values():
    assert gini([1, 1, 1]) == 0.0
    assert gini([0, 0, 1, 1]) == pytest.approx(0.5)
    assert gini([0, 0, 0, 1]) == pytest.approx(0.75)
    assert gini([0, 0.5, 1]) == pytest.approx(4 / 9)


def test_gini_edge_cases():
    assert math.isnan(gini([]))
    assert math.isnan(gini([float("nan"), None]))
    assert gini([0, 0]) == 0.0
    assert gini([1.0, float("nan"), 1.0]) == 0.0
    assert gini([5]) == 0.0
    with pytest.raises(ValueError):
        gini([-1, 1])


# --- current state -----------------------------------------------------------------


def test_current_state_takes_newest_wave_and_undated_only_when_nothing_dated(make_codings):
    codings = make_codings([
        region("08", 2018, default="no"),
        region("08", None, default="partial"),
        region("08", 2021, default="yes"),
        region("06", None, default="partial"),
    ])
    state = current_state(codings)
    assert set(state.groupby("org_code")["doc_id"].unique().map(tuple)) == {("d-08-2021",), ("d-06-None",)}
    assert set(state[state["org_code"] == "08"]["value"]) == {"yes"}
    assert list(state.columns) == list(codings.columns)


def test_current_state_same_wave_later_doc_id_wins_and_level_filter(make_codings):
    codings = make_codings([
        region("08", 2021, default="no", doc_id="a"),
        region("08", 2021, default="yes", doc_id="b"),
        municipality("0880", 2022, {"mandate_children": "yes"}),
    ])
    state = current_state(codings, level="region")
    assert set(state["doc_id"]) == {"b"}
    assert set(current_state(codings, "municipality")["org_code"]) == {"0880"}


def test_current_state_of_nothing_is_empty(empty_codings):
    assert current_state(empty_codings).empty


# --- support index -------------------------------------------------------------------


def test_support_index_region_counts_partial_half_and_ignores_unknown(make_codings):
    values = dict(zip(REGION_INDICATORS, ["yes"] * 6 + ["partial"] * 2 + ["no"] * 2 + ["unknown"] * 2))
    codings = make_codings([region("08", 2021, {**values, "child_ombud_count": "120"})])
    index = support_index(codings)
    result = row(index, org_code="08")
    assert result["support_index"] == pytest.approx(7 / 10)
    assert result["n_known"] == 10 and result["n_applicable"] == 12
    assert list(index.columns) == ["respondent_id", "org_code", "level", "wave", "support_index",
                                   "support_index_low", "support_index_high", "n_known", "n_applicable"]
    # every unknown as no: (6 + 1) / 12; as yes: (6 + 1 + 2) / 12
    assert result["support_index_low"] == pytest.approx(7 / 12) and result["support_index_high"] == pytest.approx(9 / 12)


def test_support_index_missing_indicator_rows_are_unknown(make_codings):
    codings = make_codings([dict(org_code="08", level="region", wave=2021, values={"coordination": "yes"})])
    result = row(support_index(codings), org_code="08")
    assert result["support_index"] == 1.0 and result["n_known"] == 1 and result["n_applicable"] == 12


def test_support_index_municipality_uses_stage_scale_and_ignores_sets(make_codings):
    codings = make_codings([
        municipality("1490", 2022, {"mandate_children": "yes", "individual_support": "unknown",
                                    "stage": "developing", "methods": "BRA-samtal:active", "age_min": "7"}),
        municipality("0880", 2022, {"mandate_children": "unknown", "stage": "unknown"}),
    ])
    index = support_index(codings, level="municipality")
    borås = row(index, org_code="1490")
    assert borås["support_index"] == pytest.approx(0.75) and borås["n_known"] == 2 and borås["n_applicable"] == 4
    kalmar = row(index, org_code="0880")
    assert math.isnan(kalmar["support_index"]) and kalmar["n_known"] == 0


def test_support_index_every_respondent_and_wave(make_codings):
    codings = make_codings([region("08", 2018, default="no"), region("08", 2021, default="yes")])
    index = support_index(codings)
    assert list(index["wave"]) == [2018, 2021] and list(index["support_index"]) == [0.0, 1.0]
    assert str(index["wave"].dtype) == "Int64"


def test_support_index_of_nothing_is_empty_with_columns(empty_codings):
    index = support_index(empty_codings)
    assert index.empty and "support_index" in index.columns


# --- variation ---------------------------------------------------------------------------


def test_variation_mixed_values_known_answers(make_codings):
    codings = make_codings([
        region("01", 2021, {"coordination": "yes"}),
        region("03", 2021, {"coordination": "partial"}),
        region("04", 2021, {"coordination": "no"}),
        region("05", 2021, {"coordination": "unknown"}),
    ])
    result = row(variation(codings, "region"), indicator="coordination", wave=2021)
    assert (result["n"], result["n_known"], result["n_yes"], result["n_partial"], result["n_no"], result["n_unknown"]) == (4, 3, 1, 1, 1, 1)
    assert result["coverage"] == pytest.approx(0.5)
    assert (result["ci_low"], result["ci_high"]) == pytest.approx(wilson_interval(1.5, 3))
    assert (result["min"], result["max"], result["range"], result["iqr"]) == (0.0, 1.0, 1.0, 0.5)
    assert result["cv"] == pytest.approx(math.sqrt(1 / 6) / 0.5)
    assert result["gini"] == pytest.approx(4 / 9)


def test_variation_all_unknown_gives_nan_stats_and_counts_unknown(make_codings):
    codings = make_codings([region("01", 2021), region("03", 2021)])
    result = row(variation(codings), indicator="coordination", wave=2021)
    assert result["n"] == 2 and result["n_unknown"] == 2 and result["n_known"] == 0
    for column in ["coverage", "ci_low", "ci_high", "min", "max", "range", "iqr", "cv", "gini"]:
        assert math.isnan(result[column]), column
    index_row = row(variation(codings), indicator="support_index", wave=2021)
    assert index_row["n_unknown"] == 2 and math.isnan(index_row["coverage"])


def test_variation_one_respondent(make_codings):
    codings = make_codings([region("08", 2021, default="yes")])
    result = row(variation(codings), indicator="kva_codes", wave=2021)
    assert result["n"] == 1 and result["coverage"] == 1.0
    assert (result["range"], result["iqr"], result["cv"], result["gini"]) == (0.0, 0.0, 0.0, 0.0)
    assert (result["ci_low"], result["ci_high"]) == pytest.approx(wilson_interval(1, 1))


def test_variation_all_equal_has_zero_cv_and_gini(make_codings):
    codings = make_codings([region(code, 2021, default="partial") for code in ["01", "03", "04"]])
    for _, result in variation(codings).iterrows():
        assert result["cv"] == 0.0 and result["gini"] == 0.0 and result["range"] == 0.0
    all_no = make_codings([region(code, 2021, default="no") for code in ["01", "03"]])
    result = row(variation(all_no), indicator="coordination", wave=2021)
    assert result["cv"] == 0.0 and result["gini"] == 0.0 and result["coverage"] == 0.0


def test_variation_no_respondents(empty_codings):
    per_wave = variation(empty_codings)
    assert per_wave.empty and list(per_wave.columns) == compare.VARIATION_COLUMNS
    overall = variation(empty_codings, by_wave=False)
    assert list(overall["indicator"]) == REGION_INDICATORS + ["support_index"]
    assert (overall["n"] == 0).all() and overall["coverage"].isna().all() and overall["gini"].isna().all()


def test_variation_per_wave_and_over_current_states(make_codings):
    codings = make_codings([
        region("01", 2018, default="no"),
        region("01", 2021, default="yes"),
        region("03", 2021, default="no"),
        region("04", None, default="yes"),
    ])
    per_wave = variation(codings)
    assert list(per_wave["wave"].drop_duplicates().astype("object").fillna(-1)) == [-1, 2018, 2021]  # undated first
    assert row(per_wave, indicator="coordination", wave=2018)["n"] == 1
    assert row(per_wave, indicator="coordination", wave=2021)["coverage"] == 0.5
    assert row(per_wave, indicator="coordination", wave=pd.NA)["n"] == 1

    current = variation(codings, by_wave=False)
    assert current["wave"].isna().all() and len(current) == len(REGION_INDICATORS) + 1
    result = row(current, indicator="coordination")
    assert (result["n"], result["n_yes"], result["n_no"]) == (3, 2, 1)  # 01 counts once, with 2021


def test_variation_support_index_row_describes_indices(make_codings):
    codings = make_codings([region("01", 2021, default="yes"), region("03", 2021, default="no")])
    result = row(variation(codings), indicator="support_index", wave=2021)
    assert result["coverage"] == 0.5 and result["range"] == 1.0 and result["gini"] == pytest.approx(0.5)
    assert pd.isna(result["n_yes"]) and math.isnan(result["ci_low"])


def test_variation_counts_an_organisation_once_with_its_best_known_value(make_codings):
    codings = make_codings([
        municipality("0180", 2022, {"group_support": "no", "stage": "unknown"}, respondent_id="d:00", doc_id="d"),
        municipality("0180", 2022, {"group_support": "yes", "stage": "developing"}, respondent_id="d:01", doc_id="d"),
        municipality("1490", 2022, {"group_support": "unknown", "stage": "none"}, doc_id="d"),
    ])
    per_wave = variation(codings, "municipality")
    group = row(per_wave, indicator="group_support", wave=2022)
    assert (group["n"], group["n_yes"], group["n_no"], group["n_unknown"]) == (2, 1, 0, 1)
    stage = row(per_wave, indicator="stage", wave=2022)
    assert (stage["n_partial"], stage["n_no"]) == (1, 1)  # developing ~ partial, none ~ no


def test_variation_needs_an_index_level(make_codings):
    with pytest.raises(ValueError):
        variation(make_codings([]), level="other")


# --- one region against the country -----------------------------------------------------


@pytest.fixture
def four_regions(make_codings):
    """coordination: 01 yes, 03 partial, 08 no, 04 unknown; kva_codes: yes except 04 unknown."""
    return make_codings([
        region("01", 2021, {"coordination": "yes", "kva_codes": "yes"}, default="yes"),
        region("03", 2021, {"coordination": "partial", "kva_codes": "yes"}, default="partial"),
        region("08", 2021, {"coordination": "no", "kva_codes": "yes"}, default="partial"),
        region("04", 2021, {"coordination": "unknown", "kva_codes": "unknown"}, default="no"),
        region("08", 2018, default="no"),
    ])


def test_region_profile_values_shares_and_lags(four_regions):
    profile = region_profile(four_regions, "08")
    assert list(profile["indicator"]) == REGION_INDICATORS
    coordination = row(profile, indicator="coordination")
    assert coordination["value"] == "no" and coordination["evidence"] == "08 coordination no"
    assert coordination["wave"] == 2021 and coordination["n_regions"] == 4 and coordination["n_known"] == 3
    assert [coordination[f"share_{v}"] for v in ["yes", "partial", "no", "unknown"]] == [0.25, 0.25, 0.25, 0.25]
    assert coordination["share_better"] == 1.0 and coordination["lags"]  # 01 and 03 are both better
    assert not row(profile, indicator="kva_codes")["lags"]


def test_region_profile_half_is_not_most(four_regions):
    coordination = row(region_profile(four_regions, "03"), indicator="coordination")
    assert coordination["share_better"] == 0.5 and not coordination["lags"]  # 01 better, 08 worse


def test_region_profile_unknown_lags_where_most_known_are_yes(four_regions):
    profile = region_profile(four_regions, "04")
    assert row(profile, indicator="kva_codes")["lags"]  # 3 of 3 known are yes
    assert not row(profile, indicator="coordination")["lags"]  # 1 of 3 known is yes
    assert row(profile, indicator="kva_codes")["value"] == "unknown"


def test_region_profile_accepts_int_and_unpadded_codes(four_regions):
    expected = region_profile(four_regions, "08")
    pd.testing.assert_frame_equal(region_profile(four_regions, 8), expected)
    pd.testing.assert_frame_equal(region_profile(four_regions, "8"), expected)


def test_region_profile_of_a_wave(four_regions):
    profile = region_profile(four_regions, "08", wave=2018)
    assert set(profile["value"]) == {"no"} and profile["n_regions"].eq(1).all()
    assert not profile["lags"].any()  # no other region to lag behind


def test_region_profile_without_a_state(four_regions):
    profile = region_profile(four_regions, "25")
    assert set(profile["value"]) == {"unknown"} and set(profile["evidence"]) == {""}
    assert not profile["lags"].any()


def test_region_rank_with_ties(make_codings):
    codings = make_codings([
        region("01", 2021, default="yes"),
        region("03", 2021, default="partial"),
        region("04", 2021, default="partial"),
        region("05", 2021, default="no"),
        region("06", 2021),  # all unknown: no index, not ranked
    ])
    assert region_rank(codings, 1)["rank"] == 1
    tied = region_rank(codings, "3")
    assert tied == {"region_code": "03", "index": 0.5, "index_low": 0.5, "index_high": 0.5, "n_known": 12,
                    "n_applicable": 12, "min_known": 8, "rank": 2, "n_regions": 4, "n_with_index": 4, "wave": 2021}
    assert region_rank(codings, "04")["rank"] == 2
    assert region_rank(codings, "05")["rank"] == 4
    unknown = region_rank(codings, "06")
    assert unknown["rank"] is None and math.isnan(unknown["index"]) and unknown["n_known"] == 0
    missing = region_rank(codings, "25")
    assert missing["rank"] is None and missing["wave"] is None


def test_region_rank_uses_current_state_or_the_wave(four_regions):
    assert region_rank(four_regions, 8)["wave"] == 2021
    in_2018 = region_rank(four_regions, 8, wave=2018)
    assert in_2018["index"] == 0.0 and in_2018["rank"] == 1 and in_2018["n_regions"] == 1


def test_lagging_indicators_lists_lags_with_evidence(four_regions):
    lagging = lagging_indicators(four_regions, 8)
    assert "coordination" in set(lagging["indicator"]) and "kva_codes" not in set(lagging["indicator"])
    coordination = row(lagging, indicator="coordination")
    assert coordination["evidence"] == "08 coordination no" and coordination["share_yes"] == 0.25
    assert lagging["share_better"].is_monotonic_decreasing
    assert lagging_indicators(four_regions, "01").empty


# --- follow-up ---------------------------------------------------------------------------


def test_follow_up_changes_between_consecutive_waves(make_codings):
    codings = make_codings([
        region("08", 2018, {"coordination": "no", "kva_codes": "yes", "staff_training": "unknown",
                            "material_staff": "yes", "material_parents": "partial"}),
        region("08", 2021, {"coordination": "yes", "kva_codes": "partial", "staff_training": "yes",
                            "material_parents": "partial"}, default="unknown"),
        region("08", None, default="no"),  # undated: not part of the series
    ])
    changes = follow_up(codings, "region").set_index("indicator")
    assert len(changes) == len(REGION_INDICATORS)
    assert changes.loc["coordination", "change"] == "improved"
    assert changes.loc["kva_codes", "change"] == "worsened"
    assert changes.loc["staff_training", "change"] == "became_known"
    assert changes.loc["material_staff", ["value_from", "value_to", "change"]].tolist() == ["yes", "unknown", "became_unknown"]
    assert changes.loc["material_parents", "change"] == "unchanged"
    assert changes.loc["special_initiatives", "change"] == "unchanged"  # unknown to unknown
    assert changes.loc["coordination", ["wave_from", "wave_to"]].tolist() == [2018, 2021]
    assert changes.loc["coordination", "evidence_to"] == "08 coordination yes"


def test_follow_up_three_waves_and_stage(make_codings):
    codings = make_codings([
        municipality("0880", 2018, {"stage": "developing"}),
        municipality("0880", 2020, {"stage": "established"}),
        municipality("0880", 2022, {"stage": "none"}),
        municipality("1490", 2022, {"stage": "none"}),  # one wave: no follow-up
    ])
    stage = follow_up(codings).query("indicator == 'stage'")
    assert stage[["wave_from", "wave_to", "change"]].values.tolist() == [[2018, 2020, "improved"], [2020, 2022, "worsened"]]
    assert set(stage["org_code"]) == {"0880"}


def test_follow_up_of_nothing(empty_codings):
    assert follow_up(empty_codings).empty


# --- municipalities of a region -----------------------------------------------------------------


def test_parse_methods():
    assert parse_methods("BRA-samtal:active;ME-WE:training") == {"BRA-samtal": "active", "ME-WE": "training"}
    assert parse_methods("-") == {}
    assert parse_methods("") is None and parse_methods("unknown") is None and parse_methods(None) is None
    assert parse_methods("Trappan") == {"Trappan": ""}


def test_municipalities_of_region(make_codings):
    codings = make_codings([
        municipality("0880", 2022, {"mandate_children": "partial", "stage": "developing",
                                    "methods": "BRA-samtal:planned"}, respondent_id="n:00", doc_id="n"),
        municipality("0880", 2022, {"mandate_children": "yes", "stage": "unknown",
                                    "methods": "BRA-samtal:active;ME-WE:training"}, respondent_id="n:01", doc_id="n"),
        municipality("0880", 2018, {"mandate_children": "no"}),
        municipality("0881", 2022, {"mandate_children": "unknown", "methods": "unknown"}, doc_id="n"),
        municipality("1490", 2022, {"mandate_children": "yes"}, doc_id="n"),
        region("08", 2021, default="yes"),
    ])
    respondents = pd.DataFrame({"org_code": ["0882", "1490"], "level": ["municipality"] * 2})
    table = municipalities_of_region(codings, 8, respondents=respondents)
    assert len(table) == 12 and table["org_code"].str.startswith("08").all()
    kalmar = row(table, org_code="0880")
    assert kalmar["name"] == "Kalmar" and kalmar["reported"] and kalmar["wave"] == 2022
    assert (kalmar["mandate_children"], kalmar["stage"]) == ("yes", "developing")
    assert kalmar["methods"] == "BRA-samtal:active;ME-WE:training"
    nybro = row(table, org_code="0881")
    assert nybro["reported"] and nybro["mandate_children"] == "unknown" and nybro["methods"] == "unknown"
    assert row(table, org_code="0882")["reported"]  # only in respondents
    högsby = row(table, org_code="0821")
    assert not högsby["reported"] and pd.isna(högsby["mandate_children"]) and pd.isna(högsby["wave"])
    assert table["reported"].sum() == 3


def test_municipalities_of_region_without_codings(empty_codings):
    table = municipalities_of_region(empty_codings, "25")
    assert len(table) == 14 and not table["reported"].any()


# --- the seed build --------------------------------------------------------------------------------


def test_seed_support_index_is_a_share(seed_build):
    index = support_index(seed_build.codings)
    known = index["support_index"].dropna()
    assert known.between(0, 1).all()
    assert (index["n_known"] <= index["n_applicable"]).all()
    assert set(index["respondent_id"]) == set(seed_build.codings["respondent_id"])


@pytest.mark.parametrize("level", ["region", "municipality"])
def test_seed_variation_counts_add_up(seed_build, level):
    for by_wave in (True, False):
        table = variation(seed_build.codings, level, by_wave=by_wave)
        indicators = table[table["indicator"] != "support_index"]
        assert (indicators["n"] == indicators["n_known"] + indicators["n_unknown"]).all()
        assert (indicators["n_known"] == indicators["n_yes"] + indicators["n_partial"] + indicators["n_no"]).all()
        known = indicators.dropna(subset=["coverage"])
        assert (known["ci_low"] <= known["coverage"]).all() and (known["coverage"] <= known["ci_high"]).all()


def test_seed_region_comparison_runs_for_every_region(seed_build):
    codings = seed_build.codings
    for code in compare.orgs.regions()["code"]:
        profile = region_profile(codings, code)
        assert len(profile) == len(REGION_INDICATORS)
        rank = region_rank(codings, code)
        assert rank["rank"] is None or 1 <= rank["rank"] <= rank["n_regions"]
        assert set(lagging_indicators(codings, code)["indicator"]) <= set(REGION_INDICATORS)
        table = municipalities_of_region(codings, code, seed_build.respondents)
        assert table["org_code"].str[:2].eq(code).all()
    follow_up(codings)
    for level in ("region", "municipality"):
        for pair in compare.wave_pairs(codings, level).itertuples():
            compare.panel_change(codings, pair.wave_a, pair.wave_b, level)
        compare.state_at_year_end(codings, level)


def test_seed_reported_municipalities_match_respondents(seed_build):
    respondents = seed_build.respondents
    municipal = respondents[respondents["level"] == "municipality"]
    for county in municipal["org_code"].str[:2].unique():
        table = municipalities_of_region(seed_build.codings, county, respondents)
        reported = set(table.loc[table["reported"], "org_code"])
        assert set(municipal.loc[municipal["org_code"].str[:2] == county, "org_code"]) <= reported
    assert set(MUNICIPALITY_INDICATORS) <= set(table.columns)


def test_applicable_rows_are_those_of_the_levels_index_indicators():
    """support_index's vectorised row filter gives what the rule says row by row: an indicator counts when it is
    one of its level's index indicators; for any other level (also missing, as text or Arrow) any index indicator."""
    from bas_analysis.compare import ALL_INDEX_INDICATORS, INDEX_INDICATORS, _is_applicable

    levels = ["region", "municipality", "other", "", None]
    indicators = [*ALL_INDEX_INDICATORS, "methods", "stage", "not_an_indicator", None]
    pairs = [(level, indicator) for level in levels for indicator in indicators]
    expected = [indicator in INDEX_INDICATORS.get(level, ALL_INDEX_INDICATORS) for level, indicator in pairs]
    frame = pd.DataFrame(pairs, columns=["level", "indicator"], index=range(100, 100 + len(pairs)))
    for dtype in (object, "string[pyarrow]", "string[python]"):
        got = _is_applicable(frame.astype(dtype))
        assert got.dtype == bool and list(got.index) == list(frame.index)
        assert got.tolist() == expected, dtype
    assert sum(expected) > len(ALL_INDEX_INDICATORS)  # each level has rows that count and rows that do not
