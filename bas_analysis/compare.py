"""Compare: support index, national variation and follow-up between waves.

In:  the long ``codings`` table of a build, one row per respondent × indicator
     (respondent_id, doc_id, org_code, level, wave, indicator_id, indicator,
     value, evidence, rule_id, source; see ``schemas.CODINGS``), and for
     :func:`municipalities_of_region` optionally the ``respondents`` table.
Out: tidy DataFrames (one dict) for the notebooks and :mod:`bas_analysis.plots`:
     the support index per respondent, variation per indicator and wave, one
     region against the country, the change between waves, and the
     municipalities of a county.

Choices that shape every figure:

- Scores: ``yes`` 1, ``partial`` 0.5, ``no`` 0; for ``stage`` established 1,
  developing 0.5, none 0. ``unknown`` (or a missing row) has no score and is
  never counted as ``no``.
- States: an organisation's state is its newest document by wave. Undated
  documents sort before dated ones, so an undated document is the state only
  when nothing dated exists; documents of the same wave are ordered by doc_id
  (the later id wins).
- Units: the national comparisons count organisations, one state per
  organisation (and wave). When one document has several respondents for the
  same organisation (districts of a city), the organisation's value is the
  highest known value among them. Respondents without an org code (level
  ``other``) are each their own organisation.
- Coverage: the mean score of the known values, i.e. the share at ``yes`` with
  ``partial`` counting as half. Its 95% Wilson interval treats that sum as the
  number of successes among the known, so ``partial`` is half a success.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from . import orgs
from .vocab import METHOD_STATUSES, UNKNOWN, VALUES, format_methods, parse_methods, score, status_rank  # noqa: F401 (score, parse_methods: part of compare's API)
from .vocab import SCORES as CATEGORICAL
from .vocab import STAGE_SCORES as STAGE

REGION_INDICATORS = [
    "coordination",
    "steering_document",
    "steering_followup",
    "child_ombud",
    "journal_documentation",
    "kva_codes",
    "staff_training",
    "material_staff",
    "material_parents",
    "material_children",
    "special_initiatives",
    "compliance_followup",
]
MUNICIPALITY_INDICATORS = ["mandate_children", "individual_support", "group_support", "stage"]
INDEX_INDICATORS = {"region": REGION_INDICATORS, "municipality": MUNICIPALITY_INDICATORS}
ALL_INDEX_INDICATORS = REGION_INDICATORS + MUNICIPALITY_INDICATORS

CHANGES = ["improved", "unchanged", "worsened", "became_known", "became_unknown"]

VARIATION_COLUMNS = [
    "indicator", "wave", "n", "n_known", "n_yes", "n_partial", "n_no", "n_unknown",
    "coverage", "ci_low", "ci_high", "min", "max", "range", "iqr", "cv", "gini",
]
INDEX_COLUMNS = ["respondent_id", "org_code", "level", "wave", "support_index", "n_known", "n_applicable"]
FOLLOW_UP_COLUMNS = [
    "org_code", "level", "indicator", "wave_from", "wave_to",
    "value_from", "value_to", "change", "evidence_from", "evidence_to",
]
_ORG = "_org"


# --- statistics ---------------------------------------------------------------


def wilson_interval(k: float, n: float, z: float = 1.96) -> tuple[float, float]:
    """95% (by default) Wilson score interval for k successes in n trials; (nan, nan) when n is 0."""
    if not n or n < 0 or math.isnan(n):
        return (math.nan, math.nan)
    if k < 0 or k > n:
        raise ValueError(f"k must be between 0 and n, got k={k}, n={n}")
    p = k / n
    denominator = 1 + z**2 / n
    centre = (p + z**2 / (2 * n)) / denominator
    half_width = z * math.sqrt(p * (1 - p) / n + z**2 / (4 * n**2)) / denominator
    return (max(0.0, centre - half_width), min(1.0, centre + half_width))


def _known(values) -> np.ndarray:
    return pd.Series(values, dtype="Float64").dropna().to_numpy(dtype=float)


def gini(values) -> float:
    """Gini coefficient of non-negative values, ignoring NaN; 0 when all are equal, NaN when none."""
    x = np.sort(_known(values))
    if x.size == 0:
        return math.nan
    if (x < 0).any():
        raise ValueError("gini needs non-negative values")
    total = x.sum()
    if total == 0:
        return 0.0
    ranks = np.arange(1, x.size + 1)
    return float(((2 * ranks - x.size - 1) @ x) / (x.size * total))


def _spread(values) -> dict:
    """min, max, range, IQR, coefficient of variation (population sd / mean) and Gini of the known values."""
    x = _known(values)
    if x.size == 0:
        return dict.fromkeys(["min", "max", "range", "iqr", "cv", "gini"], math.nan)
    sd, mean = x.std(), x.mean()
    q1, q3 = np.percentile(x, [25, 75])
    return {
        "min": float(x.min()),
        "max": float(x.max()),
        "range": float(x.max() - x.min()),
        "iqr": float(q3 - q1),
        "cv": 0.0 if sd == 0 else (float(sd / mean) if mean else math.nan),
        "gini": gini(x),
    }


def _describe_scores(scores: pd.Series) -> dict:
    """Counts, coverage with Wilson interval, and spread of one indicator's scores."""
    x = _known(scores)
    coverage = float(x.mean()) if x.size else math.nan
    low, high = wilson_interval(x.sum(), x.size)
    if x.size:  # float rounding can put a bound 1e-16 on the wrong side of the coverage
        low, high = min(low, coverage), max(high, coverage)
    return {
        "n": len(scores),
        "n_known": x.size,
        "n_yes": int((x == 1).sum()),
        "n_partial": int((x == 0.5).sum()),
        "n_no": int((x == 0).sum()),
        "n_unknown": len(scores) - x.size,
        "coverage": coverage,
        "ci_low": low,
        "ci_high": high,
        **_spread(x),
    }


def _describe_index(index: pd.Series) -> dict:
    """The support index row of :func:`variation`: no yes/partial/no counts, no Wilson interval."""
    x = _known(index)
    return {
        "n": len(index),
        "n_known": x.size,
        "n_yes": pd.NA,
        "n_partial": pd.NA,
        "n_no": pd.NA,
        "n_unknown": len(index) - x.size,
        "coverage": float(x.mean()) if x.size else math.nan,
        "ci_low": math.nan,
        "ci_high": math.nan,
        **_spread(x),
    }


# --- scores, levels, states ---------------------------------------------------------




def _with_scores(codings: pd.DataFrame) -> pd.DataFrame:
    scores = codings["value"].map(CATEGORICAL)
    is_stage = codings["indicator"] == "stage"
    scores[is_stage] = codings.loc[is_stage, "value"].map(STAGE)
    return codings.assign(score=scores.astype(float))


def _value_of_score(scores: pd.Series) -> pd.Series:
    return scores.map({1.0: "yes", 0.5: "partial", 0.0: "no"}).fillna(UNKNOWN)


def _at_level(codings: pd.DataFrame, level: str | None) -> pd.DataFrame:
    return codings if level is None else codings[codings["level"] == level]


def _require_index_level(level: str) -> list[str]:
    if level not in INDEX_INDICATORS:
        raise ValueError(f"level must be 'region' or 'municipality', not {level!r}")
    return INDEX_INDICATORS[level]


def _region_code(code) -> str:
    """8 / "8" / "08" -> "08"; ValueError for a code that is not a region."""
    return orgs.normalise_region_code(code)


def _with_org_key(codings: pd.DataFrame) -> pd.DataFrame:
    org_code = codings["org_code"].fillna("").astype(str)
    key = org_code.where(org_code != "", "respondent:" + codings["respondent_id"].astype(str))
    return codings.assign(**{_ORG: key})


def _newest_documents(codings: pd.DataFrame, per_wave: bool = False) -> pd.DataFrame:
    """Rows of each organisation's newest document (per wave when ``per_wave``)."""
    frame = _with_org_key(codings)
    documents = (
        frame[[_ORG, "wave", "doc_id"]]
        .drop_duplicates()
        .sort_values(["wave", "doc_id"], na_position="first", kind="stable")
        .drop_duplicates([_ORG, "wave"] if per_wave else [_ORG], keep="last")
    )
    return frame.merge(documents[[_ORG, "doc_id"]], on=[_ORG, "doc_id"])


def current_state(codings: pd.DataFrame, level: str | None = None) -> pd.DataFrame:
    """Codings restricted to each organisation's newest document (by wave; undated oldest)."""
    newest = _newest_documents(_at_level(codings, level))
    return newest.drop(columns=_ORG).reset_index(drop=True)


def _org_states(codings: pd.DataFrame, level: str, per_wave: bool) -> pd.DataFrame:
    """One pseudo-respondent per organisation and state, with scores.

    Respondents of one organisation in one document become one: per indicator
    the highest known value, under the organisation's first respondent_id.
    """
    frame = _with_scores(_newest_documents(_at_level(codings, level), per_wave=per_wave))
    frame = frame.sort_values(["score", "respondent_id"], ascending=[False, True], na_position="last")
    frame = frame.drop_duplicates([_ORG, "doc_id", "indicator"], keep="first")
    first_id = frame.groupby([_ORG, "doc_id"])["respondent_id"].transform("min")
    return frame.assign(respondent_id=first_id).sort_values(["respondent_id", "indicator"])


def _score_table(states: pd.DataFrame, indicators: list[str]) -> pd.DataFrame:
    """Units × indicators of scores (NaN = unknown or not coded), plus org_code, level, wave."""
    units = states.drop_duplicates("respondent_id").set_index("respondent_id")[["org_code", "level", "wave"]]
    scores = states[states["indicator"].isin(indicators)].pivot_table(
        index="respondent_id", columns="indicator", values="score", aggfunc="max", dropna=False
    )
    return units.join(scores.reindex(columns=indicators))


# --- support index ----------------------------------------------------------------


def _is_applicable(codings: pd.DataFrame) -> pd.Series:
    """Whether a row's indicator counts in its respondent's index (level "other": any index indicator)."""
    return pd.Series(
        [
            indicator in INDEX_INDICATORS.get(level, ALL_INDEX_INDICATORS)
            for level, indicator in zip(codings["level"], codings["indicator"])
        ],
        index=codings.index,
        dtype=bool,
    )


def support_index(codings: pd.DataFrame, level: str | None = None) -> pd.DataFrame:
    """Per respondent: mean score of its known applicable indicators, n_known and n_applicable.

    n_applicable is the number of index indicators of the respondent's level
    (12 for a region, 4 for a municipality); for level ``other`` the number of
    index indicators it was coded on. The index is NaN when nothing is known.
    """
    frame = _with_scores(_at_level(codings, level))
    units = frame.drop_duplicates("respondent_id")[["respondent_id", "org_code", "level", "wave"]]
    applicable = frame[_is_applicable(frame)].drop_duplicates(["respondent_id", "indicator"], keep="last")
    per_unit = applicable.groupby("respondent_id")["score"].agg(
        support_index="mean", n_known="count", n_coded="size"
    )
    result = units.merge(per_unit, on="respondent_id", how="left")
    n_for_level = result["level"].map({lvl: len(names) for lvl, names in INDEX_INDICATORS.items()})
    result["n_known"] = result["n_known"].fillna(0).astype(int)
    result["n_applicable"] = n_for_level.fillna(result["n_coded"]).fillna(0).astype(int)
    result["support_index"] = result["support_index"].astype(float)
    result["wave"] = result["wave"].astype("Int64")
    return result[INDEX_COLUMNS].sort_values("respondent_id").reset_index(drop=True)


# --- national variation -------------------------------------------------------------


def variation(codings: pd.DataFrame, level: str = "region", by_wave: bool = True) -> pd.DataFrame:
    """Per indicator (and ``support_index``) and wave: counts, coverage, Wilson interval, spread.

    ``by_wave=True``: one row per indicator and wave over each organisation's
    newest document of that wave; undated documents form a group of their own
    (wave NA, first). ``by_wave=False``: one row per indicator over current states,
    wave NA. Counts: n organisations, n_known with a value, n_yes / n_partial /
    n_no (for ``stage`` established / developing / none), n_unknown.
    coverage is the mean score of the known (partial = 0.5); ci_low/ci_high its
    Wilson interval; min, max, range, iqr, cv (population sd / mean; 0 when all
    are equal) and gini are over the known 1 / 0.5 / 0 scores. The
    ``support_index`` row describes the organisations' indices the same way,
    with coverage the mean index and no counts per value or Wilson interval.
    All statistics are NaN when nothing is known.
    """
    indicators = _require_index_level(level)
    states = _org_states(codings, level, per_wave=by_wave)
    table = _score_table(states, indicators)
    if by_wave:
        groups = list(table.groupby("wave", dropna=False, sort=True))
    else:
        groups = [(pd.NA, table)]
    rows = []
    for wave, scores in groups:
        for indicator in indicators:
            rows.append({"indicator": indicator, "wave": wave, **_describe_scores(scores[indicator])})
        index = scores[indicators].mean(axis=1)
        rows.append({"indicator": "support_index", "wave": wave, **_describe_index(index)})
    result = pd.DataFrame(rows, columns=VARIATION_COLUMNS)
    result["wave"] = result["wave"].astype("Int64")
    result = result.sort_values("wave", na_position="first", kind="stable").reset_index(drop=True)
    for column in ["n_yes", "n_partial", "n_no"]:
        result[column] = result[column].astype("Int64")
    return result


def variation_trend(codings: pd.DataFrame, level: str = "region") -> pd.DataFrame:
    """Per indicator and dated wave: coverage, range, IQR, cv and Gini, and ``shrank``.

    ``shrank`` (same on all rows of an indicator) is whether the coefficient
    of variation was lower in the last wave with known values than in the
    first; NA with fewer than two such waves. The organisations that answer
    differ between waves, which the n_known column shows.
    """
    per_wave = variation(codings, level, by_wave=True)
    per_wave = per_wave[per_wave["wave"].notna()]
    columns = ["indicator", "wave", "n", "n_known", "coverage", "range", "iqr", "cv", "gini"]
    trend = per_wave[columns].sort_values(["indicator", "wave"]).reset_index(drop=True)
    shrank = {indicator: _cv_shrank(rows) for indicator, rows in trend.groupby("indicator")}
    trend["shrank"] = trend["indicator"].map(shrank).astype("boolean")
    return trend


def _cv_shrank(rows: pd.DataFrame):
    known = rows[rows["n_known"] > 0].sort_values("wave")
    if len(known) < 2:
        return pd.NA
    return bool(known["cv"].iloc[-1] < known["cv"].iloc[0])


# --- one region against the country ----------------------------------------------------


def _region_states(codings: pd.DataFrame, wave=None) -> pd.DataFrame:
    frame = codings if wave is None else codings[codings["wave"] == wave]
    return _org_states(frame, "region", per_wave=False)


def region_profile(codings: pd.DataFrame, region_code, wave=None) -> pd.DataFrame:
    """Per region indicator: the region's value and evidence beside the national distribution.

    Uses current states (``wave=None``) or each region's newest document of
    ``wave``. share_yes / share_partial / share_no / share_unknown are shares
    of all regions with a state (the region included). ``share_better`` is the
    share of the *other* regions with a known value that are better than the
    region: a higher score, or, when the region's value is unknown, ``yes``.
    ``lags`` is True when that share is above one half. A region without a
    state has value ``unknown``, empty evidence, and lags nowhere: it has no
    document to lag in.
    """
    code = _region_code(region_code)
    states = _region_states(codings, wave)
    own = states[states["org_code"] == code]
    others = states[states["org_code"] != code]
    n_regions = states[_ORG].nunique()
    indicator_ids = codings.drop_duplicates("indicator").set_index("indicator")["indicator_id"]
    rows = []
    for indicator in REGION_INDICATORS:
        own_row = own[own["indicator"] == indicator]
        value = own_row["value"].iloc[0] if len(own_row) else UNKNOWN
        if value not in CATEGORICAL:
            value = UNKNOWN
        rows.append(
            {
                "indicator_id": indicator_ids.get(indicator, ""),
                "indicator": indicator,
                "value": value,
                "evidence": own_row["evidence"].iloc[0] if len(own_row) else "",
                "rule_id": own_row["rule_id"].iloc[0] if len(own_row) else "",
                "source": own_row["source"].iloc[0] if len(own_row) else "",
                "wave": own["wave"].iloc[0] if len(own) else pd.NA,
                **_national_shares(states, indicator, n_regions),
                "share_better": _share_better(others, indicator, value),
            }
        )
    profile = pd.DataFrame(rows)
    profile["lags"] = profile["share_better"].gt(0.5) & (len(own) > 0)
    profile["wave"] = profile["wave"].astype("Int64")
    return profile


def _values_of(states: pd.DataFrame, indicator: str) -> pd.Series:
    """One value per organisation; organisations without a row for the indicator are unknown."""
    rows = states[states["indicator"] == indicator].set_index(_ORG)["score"]
    return _value_of_score(rows.reindex(states[_ORG].unique()))


def _national_shares(states: pd.DataFrame, indicator: str, n_regions: int) -> dict:
    counts = _values_of(states, indicator).value_counts()
    shares = {f"share_{v}": (counts.get(v, 0) / n_regions if n_regions else math.nan) for v in VALUES}
    return {"n_regions": n_regions, "n_known": int(n_regions - counts.get(UNKNOWN, 0)), **shares}


def _share_better(others: pd.DataFrame, indicator: str, value: str) -> float:
    known = _values_of(others, indicator)
    known = known[known != UNKNOWN]
    if known.empty:
        return math.nan
    if value == UNKNOWN:
        return float((known == "yes").mean())
    return float((known.map(CATEGORICAL) > CATEGORICAL[value]).mean())


def region_rank(codings: pd.DataFrame, region_code, wave=None) -> dict:
    """The region's support index and its rank among the regions with an index (1 = highest, ties share the lowest rank).

    Keys: region_code, index, n_known, n_applicable, rank, n_regions (regions
    ranked), wave (int, None when undated). index is NaN and rank None when the
    region has no known indicator or no state.
    """
    code = _region_code(region_code)
    index = support_index(_region_states(codings, wave).drop(columns=[_ORG, "score"]), "region")
    ranked = index.dropna(subset=["support_index"])
    ranks = ranked["support_index"].rank(method="min", ascending=False)
    own = index[index["org_code"] == code]
    own_rank = ranks[own.index.intersection(ranked.index)]
    return {
        "region_code": code,
        "index": float(own["support_index"].iloc[0]) if len(own) else math.nan,
        "n_known": int(own["n_known"].iloc[0]) if len(own) else 0,
        "n_applicable": len(REGION_INDICATORS),
        "rank": int(own_rank.iloc[0]) if len(own_rank) else None,
        "n_regions": len(ranked),
        "wave": int(own["wave"].iloc[0]) if len(own) and pd.notna(own["wave"].iloc[0]) else None,
    }


def lagging_indicators(codings: pd.DataFrame, region_code, wave=None) -> pd.DataFrame:
    """The indicators where the region lags most regions, the clearest lag first, with its evidence."""
    profile = region_profile(codings, region_code, wave)
    columns = [
        "indicator_id", "indicator", "value", "share_better", "share_yes", "share_partial",
        "share_no", "share_unknown", "n_known", "evidence", "rule_id",
    ]
    lagging = profile[profile["lags"]].sort_values("share_better", ascending=False, kind="stable")
    return lagging[columns].reset_index(drop=True)


# --- follow-up ------------------------------------------------------------------------


def _change(score_from: float, score_to: float) -> str:
    known_from, known_to = not math.isnan(score_from), not math.isnan(score_to)
    if known_from and known_to:
        if score_to > score_from:
            return "improved"
        return "worsened" if score_to < score_from else "unchanged"
    if known_to:
        return "became_known"
    return "became_unknown" if known_from else "unchanged"


def follow_up(codings: pd.DataFrame, level: str | None = None) -> pd.DataFrame:
    """Per organisation and index indicator, the change between consecutive dated waves.

    Each wave uses the organisation's newest document of that wave. Undated
    documents are left out: they have no place in a time series. An
    indicator without a row in a wave's document is unknown there. change is
    improved / unchanged / worsened (scores compared), became_known,
    became_unknown; unknown to unknown is unchanged.
    """
    levels = [level] if level else list(INDEX_INDICATORS)
    frames = [_follow_up_level(codings, lvl) for lvl in levels]
    result = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=FOLLOW_UP_COLUMNS)
    for column in ["wave_from", "wave_to"]:
        result[column] = result[column].astype("Int64")
    return result.sort_values(["level", "org_code", "indicator", "wave_from"]).reset_index(drop=True)


def _follow_up_level(codings: pd.DataFrame, level: str) -> pd.DataFrame:
    indicators = _require_index_level(level)
    dated = codings[codings["level"].eq(level) & codings["wave"].notna()]
    states = _org_states(dated, level, per_wave=True)
    units = states.drop_duplicates([_ORG, "wave"])[[_ORG, "org_code", "level", "wave"]]
    grid = units.merge(pd.DataFrame({"indicator": indicators}), how="cross")
    grid = grid.merge(
        states[[_ORG, "wave", "indicator", "value", "score", "evidence"]],
        on=[_ORG, "wave", "indicator"],
        how="left",
    )
    grid["value"] = _value_of_score(grid["score"])
    grid["evidence"] = grid["evidence"].fillna("")
    grid = grid.sort_values([_ORG, "indicator", "wave"])
    previous = grid.groupby([_ORG, "indicator"])[["wave", "value", "score", "evidence"]].shift(1)
    pairs = grid.assign(
        wave_from=previous["wave"],
        value_from=previous["value"],
        score_from=previous["score"],
        evidence_from=previous["evidence"],
    ).dropna(subset=["value_from"])
    pairs = pairs.rename(columns={"wave": "wave_to", "value": "value_to", "evidence": "evidence_to"})
    pairs["change"] = [_change(a, b) for a, b in zip(pairs["score_from"], pairs["score"])]
    return pairs[FOLLOW_UP_COLUMNS]


# --- municipalities of a region --------------------------------------------------------------


def _merge_methods(values) -> str:
    """Union of several respondents' methods; a method keeps its most advanced status."""
    parsed = [m for m in map(parse_methods, values) if m is not None]
    if not parsed:
        return UNKNOWN
    merged: dict[str, str] = {}
    for methods in parsed:
        for name, status in methods.items():
            if name not in merged or status_rank(status) < status_rank(merged[name]):
                merged[name] = status
    return format_methods(merged)


def municipalities_of_region(codings: pd.DataFrame, region_code, respondents=None) -> pd.DataFrame:
    """All municipalities of the region's county: whether they reported, and their current state.

    A municipality reported when it has codings (or, with ``respondents``,
    a respondent) at level municipality. mandate_children, individual_support,
    group_support and stage are the highest known value in its newest
    document; methods the union of its respondents' methods there. Values are
    NA for municipalities that did not report.
    """
    code = _region_code(region_code)
    municipalities = orgs.municipalities()
    municipalities = municipalities[municipalities["code"].str[:2] == code]
    in_county = codings[codings["level"].eq("municipality") & codings["org_code"].str[:2].eq(code)]
    states = _org_states(in_county, "municipality", per_wave=False)
    values = states.pivot_table(index="org_code", columns="indicator", values="value", aggfunc="first")
    values = values.reindex(columns=MUNICIPALITY_INDICATORS).astype(object).fillna(UNKNOWN)
    newest = _newest_documents(in_county)
    methods = newest[newest["indicator"] == "methods"].groupby("org_code")["value"].agg(_merge_methods)
    waves = states.groupby("org_code")["wave"].first()

    reported = set(states["org_code"])
    if respondents is not None:
        is_here = respondents["level"].eq("municipality") & respondents["org_code"].str[:2].eq(code)
        reported |= set(respondents.loc[is_here, "org_code"])
    table = pd.DataFrame({"org_code": municipalities["code"].tolist(), "name": municipalities["name"].tolist()})
    table["reported"] = table["org_code"].isin(reported)
    table["wave"] = table["org_code"].map(waves).astype("Int64")
    for indicator in MUNICIPALITY_INDICATORS:
        table[indicator] = table["org_code"].map(values[indicator]).astype("string")
    table["methods"] = table["org_code"].map(methods).astype("string")
    has_codings = table["org_code"].isin(states["org_code"])
    table.loc[has_codings, "methods"] = table.loc[has_codings, "methods"].fillna(UNKNOWN)
    return table.sort_values("org_code").reset_index(drop=True)
