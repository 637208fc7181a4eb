"""Compare: support index, national variation and follow-up between waves.

In:  the long ``codings`` table of a build, one row per respondent × indicator
     (respondent_id, doc_id, org_code, level, wave, indicator_id, indicator,
     value, evidence, rule_id, source; see ``schemas.CODINGS``), and for
     :func:`municipalities_of_region` optionally the ``respondents`` table.
     For the order of pages by their evidence, the ``documents`` table
     (wave, wave_source, wave_min, wave_max, generation, page_date; see
     :mod:`bas_analysis.parse.waves`).
Out: tidy DataFrames (one dict) for the notebooks and :mod:`bas_analysis.plots`:
     the support index per respondent with its bounds, variation per indicator
     and wave, one region against the country, the change between waves per
     organisation, the follow-up on a panel ("did variation shrink between
     wave A and B?", :func:`panel_change`, :func:`followup`), the state at
     each year's end, and the municipalities of a county.

Choices that shape every figure:

- Scores: ``yes`` 1, ``partial`` 0.5, ``no`` 0; for ``stage`` established 1,
  developing 0.5, none 0. ``unknown`` (or a missing row) has no score and is
  never counted as ``no``.
- States: an organisation's state is its newest page. Pages are ordered by
  their own evidence (:func:`page_order`): the year used, then within one
  year the questionnaire generation, the upper bound (a page whose evidence
  allows a later year comes later), the page's own date; pages nothing can
  order are a tie, flagged and never averaged (kept with a page without a
  date line first, then in file-name order).
  Pages without a wave sort first, so one is the state only when nothing
  else exists. The codings carry that order once :func:`with_page_order` has
  added it (``page_rank``); without it pages of one wave are ordered by
  doc_id.
- Units: the national comparisons count organisations, one state per
  organisation (and wave). When one document has several respondents for the
  same organisation (districts of a city), the organisation's value is the
  highest known value among them. Respondents without an org code (level
  ``other``) are each their own organisation.
- Ranks and "most regions have": only regions whose index rests on at least
  ``min_known_for_rank`` known indicators (the codebook file's
  ``comparison`` section) are ranked or compared with.
- Follow-up on a panel: only organisations with a state in both waves, the
  spread being the standard deviation of their scores, its change with a 95%
  bootstrap interval over organisations (seeded: the same input gives the
  same interval); fewer than five organisations: "kan inte avgöras".
- Coverage: the mean score of the known values, i.e. the share at ``yes`` with
  ``partial`` counting as half. Its 95% Wilson interval treats that sum as the
  number of successes among the known, so ``partial`` is half a success.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import combinations
from pathlib import Path

import numpy as np
import pandas as pd

from . import orgs
from .errors import CodebookError
from .labels import PANEL_VERDICT_SV
from .vocab import METHOD_STATUSES, UNKNOWN, VALUES, format_methods, parse_methods, score, status_rank  # noqa: F401 (score, parse_methods: part of compare's API)
from .vocab import SCORES as CATEGORICAL
from .vocab import STAGE_SCORES as STAGE
from .yamlfile import read_yaml

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
    "coverage", "ci_low", "ci_high", "min", "max", "range", "iqr", "sd", "cv", "gini",
]
INDEX_COLUMNS = [
    "respondent_id", "org_code", "level", "wave",
    "support_index", "support_index_low", "support_index_high", "n_known", "n_applicable",
]
# The index columns build adds to the ``indicators`` table.
INDICATOR_TABLE_INDEX_COLUMNS = ["support_index", "n_known", "support_index_low", "support_index_high"]
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
    """min, max, range, IQR, population standard deviation, coefficient of variation (sd / mean) and Gini of the known values."""
    x = _known(values)
    if x.size == 0:
        return dict.fromkeys(["min", "max", "range", "iqr", "sd", "cv", "gini"], math.nan)
    sd, mean = x.std(), x.mean()
    q1, q3 = np.percentile(x, [25, 75])
    return {
        "min": float(x.min()),
        "max": float(x.max()),
        "range": float(x.max() - x.min()),
        "iqr": float(q3 - q1),
        "sd": float(sd),
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


# --- settings ----------------------------------------------------------------------------

COMPARISON_DEFAULTS = {"min_known_for_rank": 8}
MIN_PANEL = 5  # fewer organisations in both waves: "kan inte avgöras"
MIN_COMPARED = 2  # "most regions have" needs at least this many other regions with a known value
BOOTSTRAP_SAMPLES = 2000
BOOTSTRAP_SEED = 2012


def _codebook_path() -> Path:
    return Path(str(resources.files("bas_analysis").joinpath("data/codebook.yaml")))


@lru_cache(maxsize=4)
def _comparison_settings(path: str, mtime: float) -> dict:
    data = read_yaml(Path(path).read_text(encoding="utf-8")) or {}
    section = data.get("comparison") or {}
    if not isinstance(section, dict):
        raise CodebookError(f"{path}: 'comparison' must be a mapping such as {{min_known_for_rank: 8}}")
    unknown = set(section) - set(COMPARISON_DEFAULTS)
    if unknown:
        raise CodebookError(f"{path}: unknown key(s) in 'comparison': {', '.join(sorted(unknown))}")
    settings = {**COMPARISON_DEFAULTS, **section}
    value = settings["min_known_for_rank"]
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= len(REGION_INDICATORS):
        raise CodebookError(
            f"{path}: comparison.min_known_for_rank must be a whole number from 0 to {len(REGION_INDICATORS)}, not {value!r}"
        )
    return settings


def comparison_settings(path: str | Path | None = None) -> dict:
    """The ``comparison`` section of the codebook file (defaults for what it leaves out)."""
    path = Path(path) if path else _codebook_path()
    return _comparison_settings(str(path), path.stat().st_mtime)


def min_known_for_rank() -> int:
    """How many known indicators a region needs to be ranked or compared with (codebook file)."""
    return int(comparison_settings()["min_known_for_rank"])


# --- the order of pages -------------------------------------------------------------------

ORDER_BASES = ["first", "wave", "generation", "upper_bound", "page_date", "tie"]
PAGE_ORDER_COLUMNS = [
    "org_code", "level", "doc_id", "source_file", "kind", "wave", "wave_source", "wave_min", "wave_max",
    "page_date", "generation", "position", "n_pages", "is_current", "order_basis", "tied_with",
]
_PAGE_COLUMNS = {"wave_source": "none", "wave_min": pd.NA, "wave_max": pd.NA, "generation": "", "page_date": "", "source_file": ""}


def _generation_rank(generation: str) -> int:
    """The first year of a questionnaire generation (later wording, higher rank); 0 for none."""
    from .parse.waves import generation_first_year

    if not isinstance(generation, str) or not generation:
        return 0
    return generation_first_year(generation) or 0


def _as_float(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series, errors="coerce").astype(float)


def _page_keys(documents: pd.DataFrame) -> pd.DataFrame:
    """doc_id with the evidence that orders pages, and page_rank: the pages' order over the whole table."""
    docs = documents.copy()
    for column, default in _PAGE_COLUMNS.items():
        if column not in docs:
            docs[column] = default
    docs = docs.drop_duplicates("doc_id")
    wave = _as_float(docs["wave"])
    keys = pd.DataFrame({
        "doc_id": docs["doc_id"].astype(str),
        "_dated": wave.notna(),
        "_wave": wave.fillna(-1),
        "_generation": docs["generation"].fillna("").map(_generation_rank),
        "_upper": _as_float(docs["wave_max"]).fillna(math.inf).where(wave.notna(), -1),
        "_date": docs["page_date"].fillna("").astype(str),
        "_file": docs["source_file"].fillna("").astype(str),
    })
    keys = keys.sort_values(["_dated", "_wave", "_generation", "_upper", "_date", "_file", "doc_id"], kind="stable")
    keys["page_rank"] = np.arange(len(keys))
    return keys.reset_index(drop=True)


def _order_basis(previous, page) -> str:
    """Why ``page`` comes after ``previous`` (two rows of :func:`_page_keys`)."""
    if previous["_dated"] != page["_dated"] or previous["_wave"] != page["_wave"]:
        return "wave"
    if previous["_generation"] != page["_generation"]:
        return "generation"
    if previous["_upper"] != page["_upper"]:
        return "upper_bound"
    if previous["_date"] and page["_date"] and previous["_date"] != page["_date"]:
        return "page_date"
    return "tie"


def page_order(documents: pd.DataFrame, respondents: pd.DataFrame, level: str | None = None) -> pd.DataFrame:
    """Each organisation's pages in time order by their own evidence, the current one last.

    One row per organisation and page: position (1 = oldest), n_pages,
    is_current (the newest), order_basis (why the page comes after the one
    before it: ``first``, ``wave`` a later year, ``generation`` the later
    questionnaire wording in the same year, ``upper_bound`` its evidence
    allows a later year, ``page_date`` a later date line, ``tie`` nothing in
    the evidence orders them: a page without a date line first, then
    file-name order), and tied_with (the pages it cannot be told apart from,
    by file name). Respondents without an org code
    are left out; ``level`` keeps one level.
    """
    keys = _page_keys(documents)
    who = respondents if level is None else respondents[respondents["level"] == level]
    who = who[who["org_code"].fillna("").astype(str) != ""][["org_code", "level", "doc_id"]].drop_duplicates()
    docs = documents.drop_duplicates("doc_id").copy()
    for column, default in _PAGE_COLUMNS.items():
        if column not in docs:
            docs[column] = default
    docs = docs[["doc_id", "source_file", "kind", "wave", "wave_source", "wave_min", "wave_max", "page_date", "generation"]]
    frame = who.merge(keys, on="doc_id").merge(docs, on="doc_id").sort_values(["org_code", "level", "page_rank"])
    rows = []
    for _, pages in frame.groupby(["org_code", "level"], sort=True):
        pages = pages.reset_index(drop=True)
        bases = ["first"] + [_order_basis(pages.iloc[i - 1], pages.iloc[i]) for i in range(1, len(pages))]
        groups, group = [], 0
        for basis in bases:
            group += basis != "tie"
            groups.append(group)
        for i, page in pages.iterrows():
            tied = pages.loc[[g == groups[i] and j != i for j, g in enumerate(groups)], "source_file"]
            rows.append({
                **{c: page[c] for c in PAGE_ORDER_COLUMNS if c in page},
                "position": i + 1,
                "n_pages": len(pages),
                "is_current": i == len(pages) - 1,
                "order_basis": bases[i],
                "tied_with": ";".join(sorted(tied)),
            })
    result = pd.DataFrame(rows, columns=PAGE_ORDER_COLUMNS)
    for column in ["wave", "wave_min", "wave_max"]:
        result[column] = pd.to_numeric(result[column], errors="coerce").astype("Int64")
    for column in ["position", "n_pages"]:
        result[column] = result[column].astype(int)
    result["is_current"] = result["is_current"].astype(bool)
    return result.reset_index(drop=True)


def with_page_order(codings: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """The codings with their page's place in the evidence order (page_rank) and its wave_source and bounds.

    Every function of this module that picks an organisation's newest page
    then follows :func:`page_order` instead of doc_id.
    """
    keys = _page_keys(documents)[["doc_id", "page_rank"]]
    docs = documents.drop_duplicates("doc_id").copy()
    for column in ["wave_source", "wave_min", "wave_max"]:
        if column not in docs:
            docs[column] = _PAGE_COLUMNS[column]
    extra = keys.merge(docs[["doc_id", "wave_source", "wave_min", "wave_max"]], on="doc_id", how="left")
    base = codings.drop(columns=[c for c in ["page_rank", "wave_source", "wave_min", "wave_max"] if c in codings])
    result = base.merge(extra, on="doc_id", how="left")
    result.index = codings.index
    return result


def pages_without_wave(documents: pd.DataFrame, respondents: pd.DataFrame | None = None, level: str | None = None) -> pd.DataFrame:
    """The pages no evidence places in time, with their organisations and the reason (wave_evidence).

    These are left out of every comparison between waves. ``level``: only
    pages with a respondent of that level (needs ``respondents``).
    """
    columns = ["doc_id", "source_file", "kind", "org_codes", "reason"]
    undated = documents[documents["wave"].isna()].copy()
    if respondents is not None:
        who = respondents if level is None else respondents[respondents["level"] == level]
        codes = who.groupby("doc_id")["org_code"].agg(lambda c: ";".join(sorted({x for x in c if x})))
        if level is not None:
            undated = undated[undated["doc_id"].isin(who["doc_id"])]
        undated["org_codes"] = undated["doc_id"].map(codes).fillna("")
    else:
        undated["org_codes"] = ""
    undated["reason"] = undated["wave_evidence"] if "wave_evidence" in undated else ""
    return undated.reindex(columns=columns).fillna("").sort_values("source_file").reset_index(drop=True)


# --- scores, levels, states ---------------------------------------------------------


def _with_scores(codings: pd.DataFrame) -> pd.DataFrame:
    """``codings`` with each row's score: its value's (:data:`CATEGORICAL`, :data:`STAGE` for "stage"), NaN for none.

    A value's score is looked up once per distinct (value, is stage) pair, not once per row (a build's codings
    have hundreds of thousands of rows and a few distinct values): the same mapping, row by row."""
    is_stage = (codings["indicator"] == "stage").to_numpy(dtype=bool, na_value=False)
    codes, values = pd.factorize(codings["value"], use_na_sentinel=True)
    plain = np.array([CATEGORICAL.get(value, np.nan) for value in values] + [np.nan], dtype=float)
    staged = np.array([STAGE.get(value, np.nan) for value in values] + [np.nan], dtype=float)
    scores = np.where(is_stage, staged[codes], plain[codes])  # (code -1, a missing value: the NaN at the end)
    return codings.assign(score=pd.Series(scores, index=codings.index, dtype=float))


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
    """Rows of each organisation's newest document (per wave when ``per_wave``), by page_rank when present."""
    frame = _with_org_key(codings)
    order = ["page_rank"] if "page_rank" in frame else ["wave", "doc_id"]
    documents = (
        frame[list(dict.fromkeys([_ORG, "wave", "doc_id", *order]))]
        .drop_duplicates([_ORG, "doc_id"])
        .sort_values(order, na_position="first", kind="stable")
        .drop_duplicates([_ORG, "wave"] if per_wave else [_ORG], keep="last")
    )
    return frame.merge(documents[[_ORG, "doc_id"]], on=[_ORG, "doc_id"])


def current_state(codings: pd.DataFrame, level: str | None = None) -> pd.DataFrame:
    """Codings restricted to each organisation's newest document (see the module docstring: States)."""
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
    level, indicator = codings["level"], codings["indicator"]
    applicable = ~level.isin(list(INDEX_INDICATORS)) & indicator.isin(ALL_INDEX_INDICATORS)
    for name, indicators in INDEX_INDICATORS.items():
        applicable |= level.isin([name]) & indicator.isin(indicators)
    return pd.Series(applicable.to_numpy(dtype=bool), index=codings.index, dtype=bool)


def support_index(codings: pd.DataFrame, level: str | None = None) -> pd.DataFrame:
    """Per respondent: mean score of its known applicable indicators, its bounds, n_known and n_applicable.

    n_applicable is the number of index indicators of the respondent's level
    (12 for a region, 4 for a municipality); for level ``other`` the number of
    index indicators it was coded on. The index is NaN when nothing is known.
    support_index_low / support_index_high are the index if every unknown
    indicator were ``no`` / ``yes``: the range the unknowns leave open.
    """
    # (only the columns read below: filtering the rows then takes no text of evidence and reasons along)
    frame = _with_scores(_at_level(codings, level)[["respondent_id", "org_code", "level", "wave", "indicator", "value"]])
    units = frame.drop_duplicates("respondent_id")[["respondent_id", "org_code", "level", "wave"]]
    applicable = frame[_is_applicable(frame)].drop_duplicates(["respondent_id", "indicator"], keep="last")
    per_unit = applicable.groupby("respondent_id")["score"].agg(
        support_index="mean", n_known="count", n_coded="size", known_sum="sum"
    )
    result = units.merge(per_unit, on="respondent_id", how="left")
    n_for_level = result["level"].map({lvl: len(names) for lvl, names in INDEX_INDICATORS.items()})
    result["n_known"] = result["n_known"].fillna(0).astype(int)
    result["n_applicable"] = n_for_level.fillna(result["n_coded"]).fillna(0).astype(int)
    result["support_index"] = result["support_index"].astype(float)
    applicable_n = result["n_applicable"].where(result["n_applicable"] > 0).astype(float)
    known_sum = result["known_sum"].fillna(0).astype(float)
    result["support_index_low"] = known_sum / applicable_n
    result["support_index_high"] = (known_sum + result["n_applicable"] - result["n_known"]) / applicable_n
    result["wave"] = result["wave"].astype("Int64")
    return result[INDEX_COLUMNS].sort_values("respondent_id").reset_index(drop=True)


def add_support_index(indicators: pd.DataFrame, codings: pd.DataFrame) -> pd.DataFrame:
    """The wide ``indicators`` table with support_index, n_known, support_index_low and _high per respondent."""
    index = support_index(codings)[["respondent_id", *INDICATOR_TABLE_INDEX_COLUMNS]]
    base = indicators.drop(columns=[c for c in INDICATOR_TABLE_INDEX_COLUMNS if c in indicators])
    result = base.merge(index, on="respondent_id", how="left")
    result["n_known"] = result["n_known"].fillna(0).astype(int)
    return result


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


# --- one region against the country ----------------------------------------------------


def _region_states(codings: pd.DataFrame, wave=None) -> pd.DataFrame:
    frame = codings if wave is None else codings[codings["wave"] == wave]
    return _org_states(frame, "region", per_wave=False)


def _rankable(states: pd.DataFrame, min_known: int) -> set[str]:
    """The organisations (keys) whose state has at least ``min_known`` known region indicators."""
    known = states[states["indicator"].isin(REGION_INDICATORS) & states["score"].notna()]
    counts = known.groupby(_ORG)["indicator"].nunique()
    return set(counts[counts >= min_known].index)


def region_profile(codings: pd.DataFrame, region_code, wave=None, min_known: int | None = None) -> pd.DataFrame:
    """Per region indicator: the region's value and evidence beside the national distribution.

    Uses current states (``wave=None``) or each region's newest document of
    ``wave``. share_yes / share_partial / share_no / share_unknown are shares
    of all regions with a state (the region included), n_known of them with a
    known value. The comparison ("most regions have") counts only the *other*
    regions with at least ``min_known`` known indicators (default: the
    codebook file's ``comparison.min_known_for_rank``): n_compared of them
    have a known value for the indicator, n_better a better one (a higher
    score, or ``yes`` when the region's value is unknown); share_better =
    n_better / n_compared. ``lags`` is True when that share is above one half
    and at least ``MIN_COMPARED`` regions are compared ("most" of one region
    is no statement). A region without a state has value ``unknown``, empty evidence, and lags
    nowhere: it has no document to lag in.
    """
    code = _region_code(region_code)
    min_known = min_known_for_rank() if min_known is None else min_known
    states = _region_states(codings, wave)
    own = states[states["org_code"] == code]
    others = states[(states["org_code"] != code) & states[_ORG].isin(_rankable(states, min_known))]
    n_regions = states[_ORG].nunique()
    indicator_ids = codings.drop_duplicates("indicator").set_index("indicator")["indicator_id"]
    # one score per organisation and indicator (a state holds one row each), split once by indicator
    scores = {indicator: rows.set_index(_ORG)["score"] for indicator, rows in states.groupby("indicator", sort=False)}
    no_scores = pd.Series(dtype=float)
    all_orgs, other_orgs = states[_ORG].unique(), others[_ORG].unique()
    rows = []
    for indicator in REGION_INDICATORS:
        own_row = own[own["indicator"] == indicator]
        value = own_row["value"].iloc[0] if len(own_row) else UNKNOWN
        if value not in CATEGORICAL:
            value = UNKNOWN
        of_indicator = scores.get(indicator, no_scores)
        rows.append(
            {
                "indicator_id": indicator_ids.get(indicator, ""),
                "indicator": indicator,
                "value": value,
                "evidence": own_row["evidence"].iloc[0] if len(own_row) else "",
                "rule_id": own_row["rule_id"].iloc[0] if len(own_row) else "",
                "source": own_row["source"].iloc[0] if len(own_row) else "",
                "wave": own["wave"].iloc[0] if len(own) else pd.NA,
                **_national_shares(_value_of_score(of_indicator.reindex(all_orgs)), n_regions),
                **_better(_value_of_score(of_indicator.reindex(other_orgs)), value),
            }
        )
    profile = pd.DataFrame(rows)
    profile["lags"] = profile["share_better"].gt(0.5) & profile["n_compared"].ge(MIN_COMPARED) & (len(own) > 0)
    profile["wave"] = profile["wave"].astype("Int64")
    profile["min_known"] = min_known
    profile["n_rankable_others"] = others[_ORG].nunique()
    return profile


def _national_shares(values: pd.Series, n_regions: int) -> dict:
    """Shares of ``values`` (one per region with a state, ``unknown`` included) over ``n_regions``."""
    counts = values.value_counts()
    shares = {f"share_{v}": (counts.get(v, 0) / n_regions if n_regions else math.nan) for v in VALUES}
    return {"n_regions": n_regions, "n_known": int(n_regions - counts.get(UNKNOWN, 0)), **shares}


def _better(values: pd.Series, value: str) -> dict:
    """Of the compared regions' ``values``: n_compared (known), n_better and share_better (NaN when none is known)."""
    known = values[values != UNKNOWN]
    if value == UNKNOWN:
        better = int((known == "yes").sum())
    else:
        better = int((known.map(CATEGORICAL) > CATEGORICAL[value]).sum())
    share = better / len(known) if len(known) else math.nan
    return {"n_compared": len(known), "n_better": better, "share_better": share}


def region_rank(codings: pd.DataFrame, region_code, wave=None, min_known: int | None = None) -> dict:
    """The region's support index and its rank among the regions with enough known indicators.

    Only regions whose index rests on at least ``min_known`` known indicators
    (default: the codebook file's ``comparison.min_known_for_rank``) are
    ranked: 1 = highest, ties share the lowest rank. Keys: region_code, index,
    index_low / index_high (every unknown as no / as yes), n_known,
    n_applicable, min_known, rank (None when the region is not ranked),
    n_regions (the regions ranked: "av N med känt värde"), n_with_index (all
    regions with any known indicator), wave (int, None when undated). index is
    NaN and rank None when the region has no known indicator or no state.
    """
    return region_ranks(codings, [region_code], wave, min_known)[0]


def region_ranks(codings: pd.DataFrame, region_codes, wave=None, min_known: int | None = None) -> list[dict]:
    """:func:`region_rank` of each of ``region_codes``, the states and indices computed once for all."""
    codes = [_region_code(c) for c in region_codes]
    min_known = min_known_for_rank() if min_known is None else min_known
    index = support_index(_region_states(codings, wave).drop(columns=[_ORG, "score"]), "region")
    with_index = index.dropna(subset=["support_index"])
    ranked = with_index[with_index["n_known"] >= min_known]
    ranks = ranked["support_index"].rank(method="min", ascending=False)
    out = []
    for code in codes:
        own = index[index["org_code"] == code]
        own_rank = ranks[own.index.intersection(ranked.index)]
        first = own.iloc[0] if len(own) else None
        out.append({
            "region_code": code,
            "index": float(first["support_index"]) if first is not None else math.nan,
            "index_low": float(first["support_index_low"]) if first is not None else math.nan,
            "index_high": float(first["support_index_high"]) if first is not None else math.nan,
            "n_known": int(first["n_known"]) if first is not None else 0,
            "n_applicable": len(REGION_INDICATORS),
            "min_known": min_known,
            "rank": int(own_rank.iloc[0]) if len(own_rank) else None,
            "n_regions": len(ranked),
            "n_with_index": len(with_index),
            "wave": int(first["wave"]) if first is not None and pd.notna(first["wave"]) else None,
        })
    return out


def lagging_indicators(codings: pd.DataFrame, region_code, wave=None, min_known: int | None = None) -> pd.DataFrame:
    """The indicators where the region lags most regions (of those compared with), the clearest lag first, with its evidence."""
    return lagging_in(region_profile(codings, region_code, wave, min_known))


def lagging_in(profile: pd.DataFrame) -> pd.DataFrame:
    """:func:`lagging_indicators` of a region's :func:`region_profile`."""
    columns = [
        "indicator_id", "indicator", "value", "share_better", "n_better", "n_compared", "share_yes", "share_partial",
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


# --- follow-up on a panel: did variation shrink? --------------------------------------------

VERDICTS = list(PANEL_VERDICT_SV)
PANEL_COLUMNS = [
    "indicator", "wave_a", "wave_b", "n_a", "n_b", "n_both", "n_paired", "n_estimated",
    "mean_a", "mean_b", "spread_a", "spread_b", "change", "ci_low", "ci_high", "verdict", "verdict_sv",
]
PAIR_COLUMNS = ["wave_a", "wave_b", "n_a", "n_b", "n_both", "orgs_both"]
YEAR_END_COLUMNS = ["year", "indicator", "n", "n_carried", "n_known", "coverage", "sd", "iqr", "min", "max"]


def _wave_scores(codings: pd.DataFrame, level: str) -> pd.DataFrame:
    """One row per organisation and dated wave (its newest page of the wave): scores, support_index, estimated.

    ``estimated`` is whether that page's wave is an estimate (wave_source not
    ``page_date``); NA when the codings do not carry wave_source.
    """
    indicators = _require_index_level(level)
    dated = codings[codings["wave"].notna()]
    states = _with_scores(_newest_documents(_at_level(dated, level), per_wave=True))
    units = states.drop_duplicates([_ORG, "wave"]).set_index([_ORG, "wave"])
    scores = states[states["indicator"].isin(indicators)].pivot_table(
        index=[_ORG, "wave"], columns="indicator", values="score", aggfunc="max", dropna=False
    )
    table = pd.DataFrame(index=units.index).join(scores).reindex(columns=indicators)
    table["support_index"] = table[indicators].mean(axis=1)
    table["org_code"] = units["org_code"]
    if "wave_source" in units:
        table["estimated"] = units["wave_source"].ne("page_date").astype("boolean")
    else:
        table["estimated"] = pd.Series(pd.NA, index=table.index, dtype="boolean")
    return table


def _waves_of(table: pd.DataFrame) -> list[int]:
    return sorted(int(w) for w in table.index.get_level_values("wave").unique())


def wave_pairs(codings: pd.DataFrame, level: str = "region") -> pd.DataFrame:
    """For every pair of dated waves (a < b): organisations with a state in a, in b, and in both (their codes)."""
    return _wave_pairs(_wave_scores(codings, level))


def _wave_pairs(table: pd.DataFrame) -> pd.DataFrame:
    waves = _waves_of(table)
    orgs_in = {w: table.xs(w, level="wave")["org_code"] for w in waves}
    rows = []
    for a, b in combinations(waves, 2):
        both = orgs_in[a].index.intersection(orgs_in[b].index)
        rows.append({
            "wave_a": a, "wave_b": b, "n_a": len(orgs_in[a]), "n_b": len(orgs_in[b]), "n_both": len(both),
            "orgs_both": ";".join(sorted(orgs_in[a].loc[both].astype(str))),
        })
    return pd.DataFrame(rows, columns=PAIR_COLUMNS)


def bootstrap_change(a, b, n_boot: int = BOOTSTRAP_SAMPLES, seed: int = BOOTSTRAP_SEED) -> tuple[float, float, float]:
    """(change, ci_low, ci_high): sd(b) - sd(a) of paired values and its 95% percentile bootstrap interval.

    The organisations are resampled with replacement, each keeping its pair
    of values; the same ``seed`` gives the same interval.
    """
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if a.shape != b.shape or a.ndim != 1 or a.size == 0:
        raise ValueError("bootstrap_change needs two equally long, non-empty series of paired values")
    change = float(b.std() - a.std())
    rng = np.random.default_rng(seed)
    draws = rng.integers(0, a.size, size=(n_boot, a.size))
    changes = b[draws].std(axis=1) - a[draws].std(axis=1)
    low, high = np.percentile(changes, [2.5, 97.5])
    return change, float(low), float(high)


def _verdict(n_paired: int, low: float, high: float, min_orgs: int) -> str:
    if n_paired < min_orgs:
        return "undecidable"
    if high < 0:
        return "decreased"
    if low > 0:
        return "increased"
    return "no_clear_change"


def panel_change(codings: pd.DataFrame, wave_a: int, wave_b: int, level: str = "region",
                 n_boot: int = BOOTSTRAP_SAMPLES, seed: int = BOOTSTRAP_SEED, min_orgs: int = MIN_PANEL) -> pd.DataFrame:
    """Did variation between organisations shrink from ``wave_a`` to ``wave_b``? Per indicator and for the index.

    Only organisations with a state in both waves count (a panel: each its
    newest page of each wave). Per row: n_a / n_b organisations with a state
    in each wave, n_both in both, n_paired of those with a known value in both
    (the number the row rests on), n_estimated of the paired whose page in
    either wave has an estimated wave; mean_a / mean_b their mean score,
    spread_a / spread_b the standard deviation of their scores (population,
    over organisations; for ``support_index`` of their indices), change =
    spread_b - spread_a with its 95% bootstrap interval (ci_low, ci_high).
    verdict: ``decreased`` (the interval lies below 0), ``increased`` (above),
    ``no_clear_change``, or ``undecidable`` when fewer than ``min_orgs``
    organisations are paired (change and interval then NaN); verdict_sv says
    it in Swedish (minskat, ökat, ingen säker förändring, kan inte avgöras).
    """
    return _panel_change(_wave_scores(codings, level), wave_a, wave_b, level, n_boot, seed, min_orgs)


def _panel_change(table: pd.DataFrame, wave_a: int, wave_b: int, level: str, n_boot: int, seed: int,
                  min_orgs: int) -> pd.DataFrame:
    """:func:`panel_change` from the organisations' wave scores (:func:`_wave_scores`)."""
    indicators = _require_index_level(level)
    wave_a, wave_b = int(wave_a), int(wave_b)
    waves = set(_waves_of(table))
    in_a = table.xs(wave_a, level="wave") if wave_a in waves else table.iloc[0:0].droplevel("wave")
    in_b = table.xs(wave_b, level="wave") if wave_b in waves else table.iloc[0:0].droplevel("wave")
    both = in_a.index.intersection(in_b.index)
    estimated = (in_a.loc[both, "estimated"].fillna(False) | in_b.loc[both, "estimated"].fillna(False)).astype(bool)
    has_source = not (in_a["estimated"].isna().all() and in_b["estimated"].isna().all())
    rows = []
    for indicator in indicators + ["support_index"]:
        x, y = in_a.loc[both, indicator], in_b.loc[both, indicator]
        known = x.notna() & y.notna()
        x, y = x[known].to_numpy(dtype=float), y[known].to_numpy(dtype=float)
        n = int(known.sum())
        change = low = high = math.nan
        if n >= min_orgs:
            change, low, high = bootstrap_change(x, y, n_boot, seed)
        verdict = _verdict(n, low, high, min_orgs)
        rows.append({
            "indicator": indicator, "wave_a": wave_a, "wave_b": wave_b,
            "n_a": len(in_a), "n_b": len(in_b), "n_both": len(both), "n_paired": n,
            "n_estimated": int(estimated[known].sum()) if has_source else pd.NA,
            "mean_a": float(x.mean()) if n else math.nan, "mean_b": float(y.mean()) if n else math.nan,
            "spread_a": float(x.std()) if n else math.nan, "spread_b": float(y.std()) if n else math.nan,
            "change": change, "ci_low": low, "ci_high": high,
            "verdict": verdict, "verdict_sv": PANEL_VERDICT_SV[verdict],
        })
    result = pd.DataFrame(rows, columns=PANEL_COLUMNS)
    result["n_estimated"] = result["n_estimated"].astype("Int64")
    return result


def state_at_year_end(codings: pd.DataFrame, level: str = "region", years=None) -> pd.DataFrame:
    """The national state at each year's end, each organisation's last known state carried forward.

    For each year (default: every dated wave) every organisation counts with
    its newest page of that year or earlier ("läget vid årets slut");
    n_carried of the n organisations have no page from that year itself.
    Per indicator and ``support_index``: n_known, coverage (mean score), sd,
    iqr, min and max of the known. Pages without a wave are left out.
    """
    indicators = _require_index_level(level)
    dated = codings[codings["wave"].notna()]
    years = sorted({int(w) for w in dated["wave"]}) if years is None else sorted(int(y) for y in years)
    rows = []
    for year in years:
        states = _org_states(dated[dated["wave"] <= year], level, per_wave=False)
        table = _score_table(states, indicators)
        n, carried = len(table), int((table["wave"] < year).sum())
        columns = {**{i: table[i] for i in indicators}, "support_index": table[indicators].mean(axis=1)}
        for indicator, scores in columns.items():
            x = _known(scores)
            spread = _spread(x)
            rows.append({
                "year": year, "indicator": indicator, "n": n, "n_carried": carried, "n_known": x.size,
                "coverage": float(x.mean()) if x.size else math.nan,
                **{k: spread[k] for k in ["sd", "iqr", "min", "max"]},
            })
    return pd.DataFrame(rows, columns=YEAR_END_COLUMNS)


@dataclass
class FollowUp:
    """The follow-up between waves on a panel of organisations (:func:`followup`).

    pairs: every pair of dated waves with the organisations in each and in
    both; change: :func:`panel_change` for the pair(s) asked for; pages: each
    organisation's pages in evidence order (:func:`page_order`), the page
    used for each wave marked; left_out: the pages without a wave, named,
    with the reason.
    """

    level: str
    pairs: pd.DataFrame
    change: pd.DataFrame
    pages: pd.DataFrame = field(repr=False)
    left_out: pd.DataFrame = field(repr=False)

    @property
    def n_left_out(self) -> int:
        return len(self.left_out)


def followup(data, wave_a: int | None = None, wave_b: int | None = None, level: str = "region",
             n_boot: int = BOOTSTRAP_SAMPLES, seed: int = BOOTSTRAP_SEED, min_orgs: int = MIN_PANEL) -> FollowUp:
    """Did variation shrink between ``wave_a`` and ``wave_b``? (every pair of waves when both are None).

    ``data`` is a loaded build (:func:`bas_analysis.load`): pages are ordered
    by their evidence (:func:`with_page_order`) before states are picked.
    """
    _require_index_level(level)
    codings = with_page_order(data.codings, data.documents)
    table = _wave_scores(codings, level)
    pairs = _wave_pairs(table)
    if wave_a is None and wave_b is None:
        asked = list(zip(pairs["wave_a"], pairs["wave_b"]))
    elif wave_a is None or wave_b is None:
        raise ValueError("give both wave_a and wave_b, or neither (every pair of waves)")
    else:
        asked = [(int(wave_a), int(wave_b))]
    frames = [_panel_change(table, a, b, level, n_boot, seed, min_orgs) for a, b in asked]
    change = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=PANEL_COLUMNS)
    pages = page_order(data.documents, data.respondents, level)
    used = _newest_documents(_at_level(codings[codings["wave"].notna()], level), per_wave=True)["doc_id"].unique()
    pages["used_for_wave"] = pages["doc_id"].isin(used) & pages["wave"].notna()
    left_out = pages_without_wave(data.documents, data.respondents, level)
    return FollowUp(level, pairs, change, pages, left_out)


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
