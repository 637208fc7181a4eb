"""Tests for bas_analysis.plots: every figure renders to PNG from synthetic data and from the seed build,
shows its numbers the Swedish way, has a text alternative with those numbers, and is left out when empty."""
from __future__ import annotations

import base64
import io
import random
import re

import matplotlib as mpl
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.axes import Axes
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.path import Path as MplPath
from matplotlib.text import Text
from PIL import Image

from bas_analysis import compare, orgs, plots
from conftest import codings_table

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def country_codings() -> pd.DataFrame:
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
    return codings_table(respondents)


@pytest.fixture
def country():
    return country_codings()


@pytest.fixture(scope="module")
def synthetic():
    """Every figure drawn once from :func:`country_codings`, with pyplot's figures and the settings around it."""
    before = (plt.get_fignums(), dict(mpl.rcParams))
    drawn = charts(country_codings())
    return {"charts": drawn, "before": before, "after": (plt.get_fignums(), dict(mpl.rcParams))}


def figure_calls(codings: pd.DataFrame) -> dict[str, tuple]:
    """Every figure as (plot, data, options), called the way the notebooks call them."""
    now = compare.current_state(codings, "region")
    index = compare.support_index(now, "region")
    return {
        "heatmap_regions": (plots.heatmap, codings, {"level": "region"}),
        "heatmap_municipalities": (plots.heatmap, codings, {"level": "municipality"}),
        "map_index": (plots.region_map, index, {}),
        "map_indicator": (plots.region_map, now.query("indicator == 'kva_codes'"), {"column": "value"}),
        "distribution": (plots.index_distribution, index, {"highlight": 8}),
        "coverage_regions": (plots.coverage_bars, compare.variation(codings, "region", by_wave=False), {}),
        "coverage_waves": (plots.coverage_bars, compare.variation(codings, "region"), {}),
        "coverage_municipalities": (plots.coverage_bars, compare.variation(codings, "municipality", by_wave=False), {}),
        "slopes_index": (plots.followup_slopes, compare.support_index(codings, "region"), {}),
        "slopes_changes": (plots.followup_slopes, compare.follow_up(codings), {}),
        "methods_country": (plots.methods_matrix, codings, {}),
        "methods_kalmar": (plots.methods_matrix, codings, {"region_code": "08"}),
    }


def charts(codings: pd.DataFrame) -> dict[str, plots.Chart]:
    return {name: plots.show(plot, data, **options) for name, (plot, data, options) in figure_calls(codings).items()}


def check_png(data: bytes, name: str) -> None:
    assert data.startswith(PNG_SIGNATURE), name
    assert 1_000 < len(data) < 200_000, f"{name}: {len(data)} bytes"
    with Image.open(io.BytesIO(data)) as image:  # a palette PNG (plots.PNG_COLORS) with something drawn on it
        assert image.mode == "P" and 3 <= len(image.getcolors(plots.PNG_COLORS)) <= plots.PNG_COLORS, name
    width, height = png_size(data)
    assert 200 <= width <= 1_600 and 150 <= height <= 1_600, f"{name}: {width}×{height} px"


def texts_of(ax: Axes) -> list[str]:
    """Every text of the figure the Axes belongs to, as drawn (tick labels are made when drawing)."""
    figure = ax.get_figure(root=True)
    figure.draw_without_rendering()
    return [t.get_text() for t in figure.findobj(Text) if t.get_text() and t.get_visible()]


# --- every figure, from every kind of data ------------------------------------------------------


def test_every_plot_renders_from_synthetic_data(synthetic, tmp_path):
    for name, chart in synthetic["charts"].items():
        assert chart, f"{name} drew nothing"
        data = plots.png(chart.ax)
        check_png(data, name)
        (tmp_path / f"{name}.png").write_bytes(data)


def test_every_plot_renders_from_the_seed_build(seed_build):
    drawn = {name: chart for name, chart in charts(seed_build.codings).items() if chart}
    # the seed has one coded region (Kalmar, 2021), 23 municipalities, no follow-up and no Kalmar municipality
    assert set(drawn) == {
        "heatmap_regions", "heatmap_municipalities", "map_index", "map_indicator", "distribution",
        "coverage_regions", "coverage_waves", "coverage_municipalities", "methods_country",
    }
    for name, chart in drawn.items():
        check_png(plots.png(chart.ax), name)
        assert chart.alt and not re.search(r"\d\.\d", chart.alt), f"{name}: {chart.alt}"
    assert "Kalmar 0,92 (2021)" in drawn["map_index"].alt


def test_every_plot_is_left_out_when_there_is_nothing_to_draw(empty_codings):
    for name, (plot, data, options) in figure_calls(empty_codings).items():
        assert plot(data, **options) is None, name
        assert plots.alt_text(plot, data, **options) is None, name
        chart = plots.show(plot, data, **options)
        assert not chart and chart.html() == "" and chart._repr_html_() is None, name


def test_plots_return_the_axes_and_draw_into_a_given_one(country):
    figure = Figure()
    left, right = figure.subplots(1, 2)
    assert plots.coverage_bars(compare.variation(country), ax=left) is left
    assert plots.index_distribution(compare.support_index(country, "region"), ax=right) is right
    assert left.get_title(loc="left") and right.get_title(loc="left")
    own = plots.heatmap(country)
    assert isinstance(own, Axes) and isinstance(own.get_figure(root=True), Figure)
    assert own.get_figure(root=True).dpi == plots.DPI
    assert own._repr_png_().startswith(PNG_SIGNATURE)  # Jupyter shows a returned Axes as its figure


def test_plots_leave_pyplot_and_the_global_settings_alone(synthetic):
    assert synthetic["after"] == synthetic["before"]


def test_numbers_in_figures_use_decimal_commas_and_percent_like_the_text(synthetic, country):
    for name, chart in synthetic["charts"].items():
        texts = texts_of(chart.ax)
        assert not [t for t in texts if re.search(r"\d\.\d", t)], f"{name}: {texts}"
    distribution = plots.index_distribution(compare.support_index(country, "region"))
    assert {"0,0", "0,2", "0,4", "0,6", "0,8", "1,0"} <= set(texts_of(distribution))
    coverage = plots.coverage_bars(compare.variation(country, by_wave=False))
    assert {"0 %", "20 %", "40 %", "60 %", "80 %", "100 %"} <= set(texts_of(coverage))


def test_unknown_kind_is_a_clear_error(country):
    with pytest.raises(ValueError, match="unknown figure 'pie'.*heatmap"):
        plots.show("pie", country)
    assert plots.alt_text("heatmap", country) == plots.alt_text(plots.heatmap, country)


# --- heatmap ---------------------------------------------------------------------------------


def test_heatmap_draws_unknown_hatched_grey_and_never_like_no(make_codings):
    codings = make_codings([
        dict(org_code="08", level="region", wave=2021,
             values={"coordination": "no", "kva_codes": "unknown", "staff_training": "yes"}),
    ])
    ax = plots.heatmap(codings)
    mesh = ax.collections[0]
    cells = np.ma.asarray(mesh.get_array())
    assert cells.mask.sum() == len(compare.REGION_INDICATORS) - 2  # missing rows are unknown too
    assert sorted(cells.compressed()) == [0, 2]  # one ja, one nej
    assert ax.patch.get_hatch() == plots.UNKNOWN_HATCH  # what the masked (unknown) cells show
    assert to_rgb(ax.patch.get_facecolor()) == pytest.approx(to_rgb(plots.UNKNOWN_GREY))
    assert to_rgb(mesh.get_cmap()(2 / 2)) == pytest.approx(to_rgb(plots.VALUE_COLOURS["no"]))
    legend = {t.get_text() for t in ax.get_legend().get_texts()}
    assert legend == {"ja", "delvis", "nej", "okänt"}
    assert "Samordning" in [t.get_text() for t in ax.get_xticklabels()]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Kalmar (0,50)"]
    assert plots.alt_text(plots.heatmap, codings) == (
        "Färgtabell över 1 region och 12 indikatorer, sorterad efter stödindex: 1 ja, 0 delvis, 1 nej och "
        "10 okänt. Stödindex för Kalmar: 0,50."
    )


def test_heatmap_rows_are_sorted_by_index_and_the_alt_text_names_both_ends(make_codings):
    codings = make_codings([
        dict(org_code="01", level="region", wave=2021, values={"coordination": "partial", "kva_codes": "no"}),
        dict(org_code="08", level="region", wave=2021, values={"coordination": "yes", "kva_codes": "yes"}),
        dict(org_code="25", level="region", wave=2021, values={"coordination": "unknown"}),
    ])
    ax = plots.heatmap(codings)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Kalmar (1,00)", "Stockholm (0,25)", "Norrbotten (–)"]
    alt = plots.alt_text(plots.heatmap, codings)
    assert "3 regioner" in alt and "2 ja, 1 delvis, 1 nej och 32 okänt" in alt
    assert "Högst stödindex har Kalmar (1,00), lägst Stockholm (0,25). Okänt index: Norrbotten." in alt


def test_municipal_heatmap_legend_pairs_values_with_stages(make_codings):
    codings = make_codings([dict(org_code="0880", level="municipality", wave=2022,
                                 values={"mandate_children": "yes", "stage": "developing"})])
    ax = plots.heatmap(codings, level="municipality")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["ja / etablerat", "delvis / under uppbyggnad", "nej / ingen verksamhet", "okänt"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Kalmar (0,75)"]


# --- map -------------------------------------------------------------------------------------


def _region_patches(ax) -> list:
    return [p for p in ax.patches if isinstance(p, mpl.patches.PathPatch)]


def test_region_map_names_every_region_with_its_value_and_wave():
    values = pd.DataFrame({
        "org_code": ["08", "1", "25", "14"],
        "wave": pd.array([2021, 2019, 2021, pd.NA], dtype="Int64"),
        "support_index": [0.5, 0.875, float("nan"), 0.6],
    })
    ax = plots.region_map(values)
    texts = texts_of(ax)
    for name in orgs.regions()["short_name"]:
        assert any(name in t.replace("\n", " ") for t in texts), name
    joined = " | ".join(t.replace("\n", " ") for t in texts)
    assert "Kalmar 0,50 (2021)" in joined
    assert "Stockholm 0,88 (2019)" in joined
    assert "Västra Götaland 0,60 (odaterat)" in joined
    assert "Norrbotten okänt (2021)" in joined
    alt = plots.alt_text(plots.region_map, values)
    assert alt == (
        "Karta över Sveriges 21 regioner: stödindex per region. Stockholm 0,88 (2019), Västra Götaland 0,60 "
        "(odaterat) och Kalmar 0,50 (2021). Okänt (texten säger inget): Norrbotten. 17 regioner utan uppgifter (vita)."
    )


def test_region_map_legend_matches_the_text_white_for_no_data_hatched_for_unknown():
    values = pd.DataFrame({"org_code": ["08", "01", "25"], "support_index": [0.5, 1.0, float("nan")]})
    ax = plots.region_map(values)
    patches = _region_patches(ax)
    assert len(patches) == 21
    hatched = [p for p in patches if p.get_hatch()]
    white = [p for p in patches if to_rgb(p.get_facecolor()) == (1.0, 1.0, 1.0)]
    assert len(hatched) == 1 and len(white) == 18 and not [p for p in white if p.get_hatch()]
    legend = ax.get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["okänt (texten säger inget)", "inga uppgifter (vit)"]
    unknown_key, no_data_key = legend.legend_handles
    assert unknown_key.get_hatch() == plots.UNKNOWN_HATCH
    assert not no_data_key.get_hatch() and to_rgb(no_data_key.get_facecolor()) == (1.0, 1.0, 1.0)


def test_region_map_colours_classes_over_the_observed_range():
    values = pd.DataFrame({"org_code": ["01", "03", "08", "12"], "support_index": [0.62, 0.68, 0.74, 0.81]})
    ax = plots.region_map(values)
    colours = {to_rgb(p.get_facecolor()) for p in _region_patches(ax)} - {(1.0, 1.0, 1.0)}
    assert len(colours) == 4  # four close values, four classes
    ticks = [t for t in texts_of(ax) if re.fullmatch(r"\d,\d+", t)]
    assert ticks[0] == "0,60" and ticks[-1] == "0,85", ticks  # not 0–1: the differences show


def test_region_map_classes():
    assert plots._classes(pd.Series([0.92])).tolist() == [0.9, 1.0]
    assert plots._classes(pd.Series([1.0])).tolist() == [0.9, 1.0]
    assert plots._classes(pd.Series([0.0, 0.0])).tolist() == [0.0, 0.1]
    assert plots._classes(pd.Series([0.44, 0.9])).tolist() == [0.4, 0.5, 0.6, 0.7, 0.8, 0.9]
    bounds = plots._classes(pd.Series([0.0, 1.0]))
    assert bounds[0] == 0 and bounds[-1] == 1 and len(bounds) <= 7


def test_region_map_of_values_uses_value_colours(make_codings):
    values = pd.DataFrame({"org_code": ["08", "01", "03"], "indicator": "kva_codes", "value": ["yes", "no", "unknown"],
                           "wave": 2021})
    ax = plots.region_map(values, column="value")
    assert ax.get_title(loc="left") == "KVÅ-koder per region"
    assert len([p for p in _region_patches(ax) if p.get_hatch() == plots.UNKNOWN_HATCH]) == 1
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["ja", "nej", "okänt (texten säger inget)", "inga uppgifter (vit)"]
    alt = plots.alt_text(plots.region_map, values, column="value")
    assert "Kalmar ja (2021)" in alt and "Stockholm nej (2021)" in alt and "Okänt (texten säger inget): Uppsala" in alt


def test_region_map_of_no_region_is_left_out():
    values = pd.DataFrame({"org_code": ["0880", ""], "support_index": [0.5, 0.7]})  # a municipality, no code
    assert plots.region_map(values) is None
    assert not plots.show("region_map", values)


def test_region_shapes_are_the_21_regions():
    shapes = plots.region_shapes()
    assert sorted(shapes) == sorted(orgs.regions()["code"])
    for outline in shapes.values():
        x_min, y_min = outline.vertices.min(axis=0)
        x_max, y_max = outline.vertices.max(axis=0)
        assert 0 <= x_min < x_max <= 290 and 0 <= y_min < y_max <= 660
    anchors = plots.region_anchors()
    for code, outline in shapes.items():  # each label anchor lies inside its region
        assert outline.contains_point((anchors.loc[code, "x"], anchors.loc[code, "y"])), code


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


# --- index distribution, coverage, follow-up, methods -------------------------------------------------


def test_index_distribution_highlights_the_region():
    index = pd.DataFrame({"org_code": ["01", "08", "03"], "level": "region", "support_index": [0.2, 0.8, float("nan")]})
    ax = plots.index_distribution(index, highlight="8")
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["övriga regioner (1)", "Kalmar: 0,80"]
    assert "1 utan känt index" in texts_of(ax)
    assert plots.alt_text(plots.index_distribution, index, highlight="8") == (
        "Stödindex för 2 regioner med känt index, från 0,20 till 0,80 (median 0,50). "
        "Kalmar: 0,80, plats 1 av 2. 1 utan känt index."
    )


def test_index_distribution_is_the_same_picture_every_time_and_leaves_the_random_state_alone():
    # the strip plot's jitter is random in seaborn: a report rendered twice (or on another worker) must not differ
    index = pd.DataFrame({"org_code": ["01", "03", "04", "05", "06", "08"], "level": "region",
                          "support_index": [0.9, 0.92, 0.92, 0.95, 1.0, 0.92]})
    np.random.seed(7)
    expected_next = np.random.random()
    np.random.seed(7)
    first = plots.png(plots.index_distribution(index, highlight="08"))
    assert np.random.random() == expected_next  # the caller's random state is untouched
    np.random.seed(99)
    assert plots.png(plots.index_distribution(index, highlight="08")) == first


def test_coverage_bars_show_the_interval_and_the_counts():
    variation = pd.DataFrame({
        "indicator": ["coordination", "kva_codes", "staff_training", "support_index"],
        "wave": pd.array([pd.NA] * 4, dtype="Int64"),
        "n": [20, 20, 20, 20], "n_known": [16, 10, 0, 18],
        "coverage": [0.875, 0.45, float("nan"), 0.6], "ci_low": [0.66, 0.24, float("nan"), float("nan")],
        "ci_high": [0.96, 0.68, float("nan"), float("nan")],
    })
    ax = plots.coverage_bars(variation)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Samordning", "KVÅ-koder", "Utbildning för personal"]
    [bars] = bar_containers(ax)
    assert [p.get_width() for p in bars] == pytest.approx([0.875, 0.45, 0.0])
    texts = texts_of(ax)
    assert {"88 % (16 av 20 kända)", "45 % (10 av 20 kända)", "okänt (0 av 20 kända)"} <= set(texts)
    assert sorted(tuple(np.round(x, 2)) for x in _error_segments(ax)) == [(0.24, 0.68), (0.66, 0.96)]
    assert plots.alt_text(plots.coverage_bars, variation) == (
        "Täckning per indikator för 20 regioner, andel ja bland kända med 95 % konfidensintervall: högst för "
        "Samordning (88 %), lägst för KVÅ-koder (45 %). Okänt för Utbildning för personal."
    )


def bar_containers(ax) -> list:
    return [c for c in ax.containers if isinstance(c, mpl.container.BarContainer)]


def _error_segments(ax) -> list:
    """The x extent of every horizontal error bar drawn on the Axes."""
    segments = []
    for collection in ax.collections:
        if isinstance(collection, mpl.collections.LineCollection):
            segments += [tuple(sorted(s[:, 0])) for s in collection.get_segments()]
    return segments


def test_coverage_bars_of_several_waves_have_a_bar_and_legend_entry_per_wave(country):
    ax = plots.coverage_bars(compare.variation(country, "region"))
    assert [len(bars) for bars in bar_containers(ax)] == [len(compare.REGION_INDICATORS)] * 2
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["2018", "2021"]
    alt = plots.alt_text(plots.coverage_bars, compare.variation(country, "region"))
    assert "(2018) för 18 regioner" in alt and "(2021) för 18 regioner" in alt


def test_followup_slopes_without_several_waves_are_left_out(make_codings):
    codings = make_codings([dict(org_code="08", level="region", wave=2021, values={"coordination": "yes"})])
    for data in (compare.support_index(codings), compare.follow_up(codings)):
        assert plots.followup_slopes(data) is None
        assert not plots.show(plots.followup_slopes, data)


def test_followup_slopes_of_the_index_and_of_changes(make_codings):
    codings = make_codings([
        dict(org_code="08", level="region", wave=2018, values={"coordination": "no", "kva_codes": "yes"}),
        dict(org_code="08", level="region", wave=2021, values={"coordination": "yes", "kva_codes": "yes"}),
        dict(org_code="01", level="region", wave=2018, values={"coordination": "yes", "kva_codes": "unknown"}),
        dict(org_code="01", level="region", wave=2021, values={"coordination": "partial", "kva_codes": "no"}),
    ])
    index = compare.support_index(codings, "region")
    ax = plots.followup_slopes(index)
    texts = texts_of(ax)
    assert "Kalmar 1,00" in texts and "Stockholm 0,25" in texts
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["förbättrad", "försämrad"]
    assert plots.alt_text(plots.followup_slopes, index) == (
        "Stödindex över tid: Stockholm från 1,00 (2018) till 0,25 (2021), försämrad och "
        "Kalmar från 0,50 (2018) till 1,00 (2021), förbättrad."
    )
    follow = compare.follow_up(codings, "region")
    ax = plots.followup_slopes(follow)
    assert {"förbättrad", "försämrad", "blev känd"} <= {t.get_text() for t in ax.get_legend().get_texts()}
    alt = plots.alt_text(plots.followup_slopes, follow)
    assert alt.startswith("Förändring mellan uppföljningar 2018–2021") and "förbättrad 1" in alt and "blev känd 1" in alt


def test_methods_matrix_rows_are_methods_and_unknown_is_hatched(make_codings):
    codings = make_codings([
        dict(org_code="0880", level="municipality", wave=2022, values={"methods": "BRA-samtal:active;ME-WE:planned"}),
        dict(org_code="0881", level="municipality", wave=2022, values={"methods": "BRA-samtal:training"}),
        dict(org_code="0882", level="municipality", wave=2022, values={"methods": "unknown"}),
        dict(org_code="0883", level="municipality", wave=2022, values={"methods": "-"}),
        dict(org_code="1490", level="municipality", wave=2022, values={"methods": "Trappan:active"}),
    ])
    ax = plots.methods_matrix(codings, region_code=8)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["BRA-samtal", "ME-WE"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Kalmar", "Nybro", "Oskarshamn", "Västervik"]
    assert len([p for p in ax.patches if p.get_hatch() == plots.UNKNOWN_HATCH]) == 1
    assert "Region Kalmar län" in ax.get_title(loc="left")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["pågår", "utbildning pågår", "planeras", "okänt"]
    assert plots.alt_text(plots.methods_matrix, codings, region_code=8) == (
        "Metoder i 4 kommuner i Region Kalmar län: BRA-samtal i 2 (1 pågår, 1 utbildning pågår) och ME-WE i 1 "
        "(1 planeras). 1 kommun nämner ingen metod. Okänt för 1 kommun."
    )


def test_methods_matrix_without_named_methods_is_left_out(make_codings):
    codings = make_codings([
        dict(org_code="0880", level="municipality", wave=2022, values={"methods": "-"}),
        dict(org_code="0881", level="municipality", wave=2022, values={"methods": "unknown"}),
    ])
    assert plots.methods_matrix(codings) is None and plots.alt_text("methods_matrix", codings) is None


# --- the figure a report embeds ------------------------------------------------------------------


def test_show_embeds_the_png_with_its_text_alternative(country):
    chart = plots.show(plots.region_map, compare.support_index(compare.current_state(country, "region"), "region"))
    page = chart.html()
    image = re.fullmatch(
        r'<figure class="bas-figure"><img src="data:image/png;base64,([A-Za-z0-9+/=]+)" alt="([^"]+)" '
        r'width="(\d+)" height="(\d+)"><figcaption aria-hidden="true">([^<]+)</figcaption></figure>', page)
    assert image, page[:300]
    assert image[2] == image[5] == chart.alt
    assert "Kalmar 0,50 (2021)" in chart.alt
    data = base64.b64decode(image[1])
    assert data.startswith(PNG_SIGNATURE) and png_size(data) == (int(image[3]), int(image[4]))


def test_text_alternative_is_escaped_in_html(make_codings):
    codings = make_codings([dict(org_code="08", level="region", wave=2021, values={"coordination": "yes"})])
    chart = plots.Chart(plots.heatmap(codings), alt='a "quoted" <b>alt</b> & more')
    page = chart.html()
    assert 'alt="a &quot;quoted&quot; &lt;b&gt;alt&lt;/b&gt; &amp; more"' in page and "<b>" not in page


def test_chart_displays_html_and_alt_in_jupyter_and_nothing_when_empty(country, monkeypatch):
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda *objs, **kwargs: shown.append((objs, kwargs)))
    plots.Chart(None)._ipython_display_()
    assert shown == []
    chart = plots.show("coverage_bars", compare.variation(country, by_wave=False))
    chart._ipython_display_()
    [(objs, kwargs)] = shown
    assert kwargs == {"raw": True}
    assert objs[0]["text/plain"] == chart.alt and objs[0]["text/html"].startswith('<figure class="bas-figure">')


def test_swedish_labels_cover_every_indicator():
    for indicator in compare.REGION_INDICATORS + compare.MUNICIPALITY_INDICATORS + ["support_index"]:
        assert plots.INDICATOR_LABELS_SV[indicator] != indicator
