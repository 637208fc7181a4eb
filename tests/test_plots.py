"""Tests for bas_analysis.plots: every figure renders to PNG from synthetic data and from the seed build."""
from __future__ import annotations

import random

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.path import Path as MplPath

from bas_analysis import compare, orgs, plots

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def render(figure: Figure, path) -> None:
    assert isinstance(figure, Figure)
    figure.savefig(path)
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE) and len(data) > 5_000, f"{path} looks empty"


@pytest.fixture
def country(make_codings):
    """18 regions in 2018 and 2021 with random values (fixed seed), and 8 Kalmar municipalities in 2022."""
    rnd = random.Random(4)
    respondents = []
    for code in list(orgs.regions()["code"])[:18]:
        for wave in (2018, 2021):
            values = {i: rnd.choice(["yes", "yes", "partial", "no", "unknown"]) for i in compare.REGION_INDICATORS}
            respondents.append(dict(org_code=code, level="region", wave=wave, values=values))
    methods = ["BRA-samtal:active;ME-WE:training", "Trappan:planned", "-", "unknown", "Klubb Simon:active"]
    kalmar = orgs.municipalities().query("county_code == '08'")["code"]
    for position, code in enumerate(kalmar[:8]):
        values = {
            "mandate_children": rnd.choice(compare.VALUES),
            "individual_support": rnd.choice(compare.VALUES),
            "group_support": "unknown",
            "stage": rnd.choice(["established", "developing", "none", "unknown"]),
            "methods": methods[position % len(methods)],
        }
        respondents.append(dict(org_code=code, level="municipality", wave=2022, values=values))
    return make_codings(respondents)


def figures_from(codings: pd.DataFrame) -> dict[str, Figure]:
    """Every plot, drawn from one codings table the way the notebooks call them."""
    region_index = compare.support_index(compare.current_state(codings, "region"))
    one_indicator = compare.current_state(codings, "region").query("indicator == 'kva_codes'")
    return {
        "heatmap_regions": plots.heatmap(codings),
        "heatmap_municipalities": plots.heatmap(codings, level="municipality"),
        "map_index": plots.region_map(region_index),
        "map_indicator": plots.region_map(one_indicator, column="value"),
        "distribution": plots.index_distribution(region_index, highlight=8),
        "coverage_regions": plots.coverage_bars(compare.variation(codings, "region")),
        "coverage_municipalities": plots.coverage_bars(compare.variation(codings, "municipality", by_wave=False)),
        "slopes_index": plots.followup_slopes(compare.support_index(codings, "region")),
        "slopes_changes": plots.followup_slopes(compare.follow_up(codings)),
        "methods_country": plots.methods_matrix(codings),
        "methods_kalmar": plots.methods_matrix(codings, region_code="08"),
    }


def test_every_plot_renders_from_synthetic_data(country, tmp_path):
    for name, figure in figures_from(country).items():
        render(figure, tmp_path / f"{name}.png")


def test_every_plot_renders_from_nothing(empty_codings, tmp_path):
    for name, figure in figures_from(empty_codings).items():
        render(figure, tmp_path / f"{name}.png")


def test_every_plot_renders_from_the_seed_build(seed_build, tmp_path):
    for name, figure in figures_from(seed_build.codings).items():
        render(figure, tmp_path / f"{name}.png")


def test_plots_leave_pyplot_alone(country):
    before = plt.get_fignums()
    figures_from(country)
    assert plt.get_fignums() == before


def test_plot_into_a_given_axes_returns_its_figure(country):
    figure = Figure()
    left, right = figure.subplots(1, 2)
    assert plots.coverage_bars(compare.variation(country), ax=left) is figure
    assert plots.index_distribution(compare.support_index(country, "region"), ax=right) is figure
    assert left.get_title() and right.get_title()


# --- what the figures show ---------------------------------------------------------------


def _hatched(ax, hatch: str) -> list:
    return [patch for patch in ax.patches if patch.get_hatch() == hatch]


def test_heatmap_draws_unknown_hatched_grey_and_never_like_no(make_codings):
    codings = make_codings([
        dict(org_code="08", level="region", wave=2021,
             values={"coordination": "no", "kva_codes": "unknown", "staff_training": "yes"}),
    ])
    ax = plots.heatmap(codings).axes[0]
    unknown_cells = _hatched(ax, plots.UNKNOWN_HATCH)
    assert len(unknown_cells) == len(compare.REGION_INDICATORS) - 2  # missing rows are unknown too
    no_cells = [p for p in ax.patches if p.get_facecolor()[:3] == pytest.approx(to_rgb(plots.VALUE_COLOURS["no"]))]
    assert len(no_cells) == 1 and not no_cells[0].get_hatch()
    assert {t.get_text() for t in ax.get_legend().get_texts()} == {"ja", "delvis", "nej", "okänt"}
    assert "Samordning" in [t.get_text() for t in ax.get_xticklabels()]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Kalmar"]


def test_region_map_marks_regions_without_data(make_codings):
    values = pd.DataFrame({"org_code": ["08", "1", "25"], "support_index": [0.5, 1.0, float("nan")]})
    ax = plots.region_map(values).axes[0]
    assert len(ax.patches) == 21
    assert len(_hatched(ax, plots.NO_DATA_STYLE["hatch"])) == 19  # all but 08 and 01 ("1")
    assert plots.NO_DATA_LABEL in [t.get_text() for t in ax.get_legend().get_texts()]


def test_region_map_of_values_uses_value_colours(make_codings):
    values = pd.DataFrame({"org_code": ["08", "01", "03"], "indicator": "kva_codes", "value": ["yes", "no", "unknown"]})
    ax = plots.region_map(values, column="value").axes[0]
    assert ax.get_title() == "KVÅ-koder per region"
    assert len(_hatched(ax, plots.UNKNOWN_HATCH)) == 1
    assert {t.get_text() for t in ax.get_legend().get_texts()} == {"ja", "nej", "okänt", plots.NO_DATA_LABEL}


def test_region_shapes_are_the_21_regions():
    shapes = plots.region_shapes()
    assert sorted(shapes) == sorted(orgs.regions()["code"])
    for outline in shapes.values():
        x_min, y_min = outline.vertices.min(axis=0)
        x_max, y_max = outline.vertices.max(axis=0)
        assert 0 <= x_min < x_max <= 290 and 0 <= y_min < y_max <= 660


def test_svg_path_parser():
    path = plots.svg_path("M 10,10 L 20,10 l 0,10 h -5 V 15 z m 1,1 2,0 1,1 Z")
    assert path.vertices.tolist() == [
        [10, 10], [20, 10], [20, 20], [15, 20], [15, 15], [10, 10],
        [11, 11], [13, 11], [14, 12], [11, 11],
    ]
    assert path.codes.tolist() == [
        MplPath.MOVETO, MplPath.LINETO, MplPath.LINETO, MplPath.LINETO, MplPath.LINETO, MplPath.CLOSEPOLY,
        MplPath.MOVETO, MplPath.LINETO, MplPath.LINETO, MplPath.CLOSEPOLY,
    ]
    assert plots.svg_path("M1e1,-2.5 L.5,3").vertices.tolist() == [[10, -2.5], [0.5, 3]]
    with pytest.raises(ValueError):
        plots.svg_path("M 0,0 C 1,1 2,2 3,3")


def test_index_distribution_highlights_the_region(make_codings):
    index = pd.DataFrame({"org_code": ["01", "08", "03"], "support_index": [0.2, 0.8, float("nan")]})
    ax = plots.index_distribution(index, highlight="8").axes[0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "Kalmar: 0.80" in labels
    assert any("1 utan känt index" in t.get_text() for t in ax.texts)


def test_methods_matrix_rows_are_methods_and_unknown_is_hatched(make_codings):
    codings = make_codings([
        dict(org_code="0880", level="municipality", wave=2022, values={"methods": "BRA-samtal:active;ME-WE:planned"}),
        dict(org_code="0881", level="municipality", wave=2022, values={"methods": "BRA-samtal:training"}),
        dict(org_code="0882", level="municipality", wave=2022, values={"methods": "unknown"}),
        dict(org_code="1490", level="municipality", wave=2022, values={"methods": "Trappan:active"}),
    ])
    ax = plots.methods_matrix(codings, region_code=8).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["BRA-samtal", "ME-WE"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Kalmar", "Nybro", "Oskarshamn"]
    assert len(_hatched(ax, plots.UNKNOWN_HATCH)) == 1
    assert "Region Kalmar län" in ax.get_title()
    legend = {t.get_text() for t in ax.get_legend().get_texts()}
    assert legend == {"pågår", "utbildning pågår", "planeras", "okänt"}


def test_followup_slopes_without_several_waves_says_so(make_codings):
    codings = make_codings([dict(org_code="08", level="region", wave=2021, values={"coordination": "yes"})])
    for data in (compare.support_index(codings), compare.follow_up(codings)):
        ax = plots.followup_slopes(data).axes[0]
        assert any("Ingen uppföljning" in t.get_text() for t in ax.texts)


def test_swedish_labels_cover_every_indicator():
    for indicator in compare.REGION_INDICATORS + compare.MUNICIPALITY_INDICATORS + ["support_index"]:
        assert plots.INDICATOR_LABELS_SV[indicator] != indicator
