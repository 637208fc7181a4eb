"""Plots: the figures of the reports, in Swedish, from the tidy tables of :mod:`bas_analysis.compare`.

In:  a tidy table (codings, support index, variation or follow-up) and
     optionally an ``ax`` to draw into.
Out: seaborn's convention: the Axes drawn into (a new Figure's when ``ax`` is
     None). **A plot given nothing to show returns None** and makes no figure;
     a report leaves that figure out (no blank axes with "no data" text).
     :func:`alt_text` gives each figure's short Swedish text alternative with
     its key numbers, and :func:`show` draws a figure together with it as the
     HTML a report embeds (``<img alt=...>`` and a ``<figcaption>``).

- Drawing: ``matplotlib.figure.Figure``, never pyplot: no backend is switched,
  nothing is kept in pyplot's list of open figures (batch runs make hundreds),
  nothing is shown or closed. The Axes of a figure made here shows itself as
  PNG in Jupyter.
- Theme: :data:`THEME`, seaborn's ``ticks`` style and ``notebook`` context with
  this package's hatch, font sizes and colours, is applied while a plot draws
  (``rc_context``), so importing the package changes nobody's matplotlib
  settings. The statistical plots are seaborn's (heatmap, strip, box, bar,
  line and scatter plots); the map is drawn from county outlines.
- Numbers read as in the text: decimal comma and "45 %"
  (:func:`labels.decimal`, :func:`labels.percent`), on the axes too.
- Colours are Okabe–Ito (safe for the common colour-vision deficiencies):
  ja dark blue, delvis sky blue, nej vermillion. ``okänt`` (the text says
  nothing) is light grey with hatching in every figure, never drawn like
  ``nej``. On the map a region without any data ("inga uppgifter") is white.
  The map's support index is coloured in viridis classes spanning the
  observed range, so differences between regions show.
- Size: figures are drawn at :data:`DPI` and written as PNG without
  metadata; they are embedded in the reports as base64.
"""
from __future__ import annotations

import base64
import functools
import html
import io
import math
import re
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files

import matplotlib as mpl
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib import patheffects
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.cm import ScalarMappable
from matplotlib.colors import BoundaryNorm, ListedColormap
from matplotlib.figure import Figure
from matplotlib.patches import Patch, PathPatch
from matplotlib.path import Path as MplPath
from matplotlib.ticker import FuncFormatter, MaxNLocator

from . import compare, orgs
from .labels import (
    CHANGE_LABELS_SV,
    INDICATOR_LABELS_SV,
    NO_DATA_LABEL,
    STAGE_LABELS_SV,
    STATUS_LABELS_SV,
    VALUE_LABELS_SV,
    decimal,
    join_sv,
    percent,
)
from .vocab import NO, PARTIAL, UNKNOWN, VALUES, YES

# Okabe–Ito
BLUE, SKY_BLUE, VERMILLION, ORANGE, PURPLE = "#0072B2", "#56B4E9", "#D55E00", "#E69F00", "#CC79A7"
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442", "#000000"]
UNKNOWN_GREY, HATCH_GREY, OUTLINE_GREY = "#DDDDDD", "#8C8C8C", "#A0A0A0"
UNKNOWN_HATCH = "////"
VALUE_COLOURS = {YES: BLUE, PARTIAL: SKY_BLUE, NO: VERMILLION, UNKNOWN: UNKNOWN_GREY}
# okänt: light grey, hatched (the hatch takes the edge colour; no outline is drawn)
UNKNOWN_STYLE = dict(facecolor=UNKNOWN_GREY, edgecolor=HATCH_GREY, hatch=UNKNOWN_HATCH, linewidth=0)
# inga uppgifter (map only): white, with the grey outline every region has
NO_DATA_STYLE = dict(facecolor="white", edgecolor=OUTLINE_GREY, linewidth=0.6)
STATUS_COLOURS = {"active": BLUE, "training": ORANGE, "planned": PURPLE, "": HATCH_GREY}
STATUS_MARKERS = {"active": "o", "training": "s", "planned": "^", "": "X"}
CHANGE_COLOURS = {
    "improved": BLUE,
    "unchanged": HATCH_GREY,
    "worsened": VERMILLION,
    "became_known": ORANGE,
    "became_unknown": "#BBBBBB",
}
INDEX_PALETTE = "viridis"  # sequential, perceptually even, readable in greyscale

DPI = 100
THEME = {
    **sns.axes_style("ticks"),
    **sns.plotting_context("notebook", font_scale=0.8),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 11,
    "axes.titlelocation": "left",
    "axes.prop_cycle": mpl.cycler(color=OKABE_ITO),
    "legend.frameon": False,
    "hatch.linewidth": 0.7,
    "figure.dpi": DPI,
    "savefig.dpi": DPI,
    "figure.facecolor": "white",
}
TEXT_GREY = "#444444"


# --- conventions: theme, axes, Swedish numbers, empty plots, text alternatives -------------


def _themed(draw):
    """Draw inside :data:`THEME` (and nowhere else: the global settings are left alone)."""

    @functools.wraps(draw)
    def themed(*args, **kwargs):
        with mpl.rc_context(THEME):
            return draw(*args, **kwargs)

    return themed


class FigureAxes(Axes):
    """The Axes of a figure made here: Jupyter shows it as the figure's PNG."""

    def _repr_png_(self) -> bytes:
        return png(self)


@functools.cache
def _register_notebook_display() -> None:
    """Show Figures as PNG in Jupyter.

    The inline backend only registers its display formatter once pyplot makes
    a figure; figures made here bypass pyplot, so register it when no format is.
    """
    try:
        from IPython import get_ipython
        from IPython.core.pylabtools import select_figure_formats
    except ImportError:
        return
    shell = get_ipython()
    if shell is None or not hasattr(shell, "kernel"):
        return
    formatters = shell.display_formatter.formatters.values()
    if any(Figure in formatter.type_printers for formatter in formatters):
        return
    select_figure_formats(shell, {"png"}, bbox_inches="tight")


def _axes(ax: Axes | None, figsize: tuple[float, float]) -> Axes:
    """``ax`` itself, or the Axes of a new Figure of ``figsize`` inches (no pyplot)."""
    if ax is not None:
        return ax
    _register_notebook_display()
    figure = Figure(figsize=figsize, dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)  # a canvas that keeps its renderer: without one every text measurement draws the figure
    return figure.add_subplot(axes_class=FigureAxes)


def png(ax_or_figure) -> bytes:
    """The whole figure of an Axes (or a Figure) as PNG at :data:`DPI`, without metadata, in a palette
    of :data:`PNG_COLORS` colours (:func:`palette_png`)."""
    figure = ax_or_figure.get_figure(root=True) if isinstance(ax_or_figure, Axes) else ax_or_figure
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight", pad_inches=0.08,
                   metadata={"Software": None})
    return palette_png(buffer.getvalue())


# Colours of a figure's PNG: the figures use a few flat colours on white, and the anti-aliased edges of
# lines and letters need some shades between them; 64 look the same as the full-colour image.
PNG_COLORS = 64


def palette_png(data: bytes, colors: int = PNG_COLORS) -> bytes:
    """A PNG (opaque: figures are drawn on white) as an 8-bit palette PNG of at most ``colors`` colours.

    Pillow's fast octree quantiser, without dithering (dots would blur text and
    lines): a report's images take a third or less of the bytes of RGBA.
    """
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        quantised = image.convert("RGB").quantize(colors=colors, method=Image.Quantize.FASTOCTREE,
                                                  dither=Image.Dither.NONE)
    out = io.BytesIO()
    quantised.save(out, format="PNG")
    return out.getvalue()


def _digits(values) -> int:
    """The fewest decimals (0–3) that write every value exactly."""
    values = np.asarray(values, dtype=float)
    return next((d for d in range(3) if np.allclose(np.round(values, d), values, atol=1e-9)), 3)


def decimal_formatter(digits: int = 1) -> FuncFormatter:
    """Tick labels with a decimal comma: 0.2 -> "0,2"."""
    return FuncFormatter(lambda x, _: decimal(x, digits))


def percent_formatter() -> FuncFormatter:
    """Tick labels of shares as the text writes them: 0.45 -> "45 %"."""
    return FuncFormatter(lambda x, _: percent(x))


def _number(x) -> str:
    """A value in a label: 0.8636 -> "0,86", 12.0 -> "12"."""
    return decimal(x, 0 if float(x).is_integer() else 2)


def _label(indicator: str) -> str:
    return INDICATOR_LABELS_SV.get(indicator, indicator)


def _lower(text: str) -> str:
    """A label inside a sentence: "Barnombud" -> "barnombud", "KVÅ-koder" stays."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def _wave_label(wave) -> str:
    return "odaterat" if wave is None or pd.isna(wave) else str(int(wave))


_UNITS = {"region": ("region", "regioner"), "municipality": ("kommun", "kommuner")}


def _units(level: str | None) -> tuple[str, str]:
    """Singular and plural of what a level counts: "region" -> ("region", "regioner")."""
    return _UNITS.get(level, ("organisation", "organisationer"))


def _count(n: int, singular: str, plural: str) -> str:
    return f"{n} {singular if n == 1 else plural}"


@functools.cache
def _org_names() -> dict[str, str]:
    names = dict(zip(orgs.municipalities()["code"], orgs.municipalities()["name"]))
    names.update(zip(orgs.regions()["code"], orgs.regions()["short_name"]))
    return names


def org_label(org_code: str) -> str:
    """Short Swedish name for an org code: "08" -> "Kalmar", "1490" -> "Borås"; the code if unknown."""
    return _org_names().get(str(org_code), str(org_code) or "okänd organisation")


def _region_code_or_none(code) -> str | None:
    try:
        return compare._region_code(code)
    except (ValueError, KeyError):
        return None


def _value_patch(value: str, label: str) -> Patch:
    style = UNKNOWN_STYLE if value == UNKNOWN else dict(facecolor=VALUE_COLOURS[value], edgecolor="none")
    return Patch(label=label, **style)


def _legend_outside(ax: Axes, handles=None, title: str | None = None) -> None:
    """The legend to the right of the axes (seaborn's handles when none are given)."""
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small", title=title,
              title_fontsize="small", alignment="left")


# --- heatmap -----------------------------------------------------------------------


def _heatmap_table(codings: pd.DataFrame, level: str = "region", wave=None) -> pd.DataFrame:
    """One row per organisation (current state, or its newest document of ``wave``), sorted by support index.

    Columns: org_code, label, support_index, and one value (yes / partial /
    no / unknown) per index indicator of the level; stage is given as the
    value of the same score (established = yes, ...).
    """
    indicators = compare._require_index_level(level)
    frame = codings if wave is None else codings[codings["wave"] == wave]
    states = compare._org_states(frame, level, per_wave=False)
    table = compare._score_table(states, indicators)
    table["support_index"] = table[indicators].mean(axis=1)
    for indicator in indicators:
        table[indicator] = compare._value_of_score(table[indicator]).to_numpy()
    table["label"] = table["org_code"].map(org_label)
    table = table.sort_values(["support_index", "label"], ascending=[False, True], na_position="last")
    return table[["org_code", "label", "support_index", *indicators]].reset_index(drop=True)


def heatmap_table(codings: pd.DataFrame, level: str = "region", wave=None) -> pd.DataFrame:
    """The rows of :func:`heatmap` as a table, in its order (for a text version beside the figure)."""
    return _heatmap_table(codings, level, wave)


def _heatmap_value_labels(level: str) -> dict[str, str]:
    labels = dict(VALUE_LABELS_SV)
    if level == "municipality":  # stage shares the colours: established = ja, ...
        for value, stage in zip([YES, PARTIAL, NO], ["established", "developing", "none"]):
            labels[value] = f"{VALUE_LABELS_SV[value]} / {STAGE_LABELS_SV[stage]}"
    return labels


def _heatmap_title(level: str, wave) -> str:
    what = _units(level)[0]
    when = "senaste underlag" if wave is None else f"underlag från {wave}"
    return f"Stöd till barn som anhöriga per {what} ({when})\nInom parentes: {what}ens stödindex"


@_themed
def heatmap(codings: pd.DataFrame, level: str = "region", wave=None, ax=None) -> Axes | None:
    """Organisations × index indicators, each cell ja / delvis / nej / okänt (seaborn heatmap).

    Current states, or each organisation's newest document of ``wave``. Rows
    are sorted by support index, highest first, and give it: "Kalmar (0,92)".
    Unknown cells are left out of seaborn's mesh and show the hatched grey
    background. None when there is no organisation of the level.
    """
    table = _heatmap_table(codings, level, wave)
    if table.empty:
        return None
    indicators = compare.INDEX_INDICATORS[level]
    n_rows, n_columns = len(table), len(indicators)
    ax = _axes(ax, (4.2 + 0.32 * n_columns, 2.3 + 0.3 * n_rows))
    values = table[indicators]
    codes = values.replace({YES: 0, PARTIAL: 1, NO: 2, UNKNOWN: np.nan}).astype(float)
    rows = [f"{label} ({decimal(index)})" for label, index in zip(table["label"], table["support_index"])]
    codes.index, codes.columns = rows, [_label(i) for i in indicators]
    sns.heatmap(
        codes, mask=values.eq(UNKNOWN).to_numpy(), cmap=ListedColormap([BLUE, SKY_BLUE, VERMILLION]),
        vmin=-0.5, vmax=2.5, cbar=False, square=True, xticklabels=True, yticklabels=True, ax=ax,
    )
    ax.patch.set(**UNKNOWN_STYLE)  # masked (unknown) cells show the hatched background
    ax.hlines(range(n_rows + 1), 0, n_columns, color="white", linewidth=1.5)
    ax.vlines(range(n_columns + 1), 0, n_rows, color="white", linewidth=1.5)
    ax.set(xlabel="", ylabel="", title=_heatmap_title(level, wave))
    ax.tick_params(length=0)
    ax.tick_params(axis="y", rotation=0)
    ax.set_xticklabels(ax.get_xticklabels(), rotation=45, ha="right", rotation_mode="anchor")
    labels = _heatmap_value_labels(level)
    _legend_outside(ax, [_value_patch(v, labels[v]) for v in VALUES], title="Värde")
    return ax


def _alt_heatmap(codings: pd.DataFrame, level: str = "region", wave=None) -> str | None:
    table = _heatmap_table(codings, level, wave)
    if table.empty:
        return None
    indicators = compare.INDEX_INDICATORS[level]
    labels = _heatmap_value_labels(level)
    counts = table[indicators].stack().value_counts()
    units = _units(level)
    tally = join_sv([f"{int(counts.get(v, 0))} {labels[v]}" for v in VALUES])
    text = (f"Färgtabell över {_count(len(table), *units)} och {len(indicators)} indikatorer, "
            f"sorterad efter stödindex: {tally}.")
    known = table.dropna(subset=["support_index"])
    if len(known) == 1:
        row = known.iloc[0]
        text += f" Stödindex för {row['label']}: {decimal(row['support_index'])}."
    elif len(known) > 1:
        top, bottom = known.iloc[0], known.iloc[-1]
        text += (f" Högst stödindex har {top['label']} ({decimal(top['support_index'])}), "
                 f"lägst {bottom['label']} ({decimal(bottom['support_index'])}).")
    if len(known) < len(table):
        text += f" Okänt index: {join_sv(list(table.loc[table['support_index'].isna(), 'label']))}."
    return text


# --- map ------------------------------------------------------------------------------

_SVG_TOKEN = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[A-Za-z]")


def svg_path(d: str) -> MplPath:
    """A matplotlib Path from SVG path data with M, L, H, V, Z commands (absolute or relative)."""
    vertices, codes = [], []
    x = y = 0.0
    start = (0.0, 0.0)
    command = None
    tokens = _SVG_TOKEN.findall(d)
    i = 0
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command in "Zz":
                vertices.append(start)
                codes.append(MplPath.CLOSEPOLY)
                x, y = start
                continue
        if command is None or command not in "MmLlHhVv":
            raise ValueError(f"unsupported SVG path command {command!r}")
        relative = command.islower()
        if command in "Hh":
            x = float(tokens[i]) + (x if relative else 0.0)
            i += 1
        elif command in "Vv":
            y = float(tokens[i]) + (y if relative else 0.0)
            i += 1
        else:
            dx, dy = float(tokens[i]), float(tokens[i + 1])
            x, y = (x + dx, y + dy) if relative else (dx, dy)
            i += 2
        if command in "Mm":
            start = (x, y)
            codes.append(MplPath.MOVETO)
            command = "l" if relative else "L"  # further pairs after a moveto are lines
        else:
            codes.append(MplPath.LINETO)
        vertices.append((x, y))
    return MplPath(vertices, codes)


@functools.cache
def region_shapes() -> dict[str, MplPath]:
    """County code -> outline (SVG coordinates, y down) from data/sweden_regions.svg."""
    text = (files("bas_analysis") / "data" / "sweden_regions.svg").read_text(encoding="utf-8")
    return {code: svg_path(d) for code, d in re.findall(r'<path id="(\d{2})"[^>]*?\sd="([^"]+)"', text)}


def _polygon_area_and_centre(polygon: np.ndarray) -> tuple[float, float, float]:
    x, y = polygon[:, 0], polygon[:, 1]
    cross = x * np.roll(y, -1) - np.roll(x, -1) * y
    area = cross.sum() / 2
    if area == 0:
        return 0.0, float(x.mean()), float(y.mean())
    return abs(area), (x + np.roll(x, -1)) @ cross / (6 * area), (y + np.roll(y, -1)) @ cross / (6 * area)


@functools.cache
def region_anchors() -> pd.DataFrame:
    """Per county code: the area and centre of its largest part (the mainland of an archipelago)."""
    rows = []
    for code, outline in region_shapes().items():
        area, x, y = max((_polygon_area_and_centre(np.asarray(p)) for p in outline.to_polygons()), key=lambda t: t[0])
        rows.append({"code": code, "area": area, "x": x, "y": y})
    return pd.DataFrame(rows).set_index("code")


# Regions this large (SVG units²) carry their label inside; the others get a callout in a side column.
_INSIDE_AREA = 1800
_MAP_X, _MAP_Y = (0.0, 290.0), (0.0, 660.0)
_LEFT_COLUMN_X, _RIGHT_COLUMN_X, _CALLOUT_GAP = -4.0, 214.0, 17.0


def _map_table(values, column: str = "support_index") -> pd.DataFrame:
    """The 21 regions: code, name, value, wave and state ("value", "unknown" or "no_data").

    ``values`` is a table with ``org_code`` (and optionally ``wave``) or a
    Series indexed by org_code; codes that are not regions are ignored; of
    several rows of one region the last wins. A row whose value is missing
    or "unknown" is ``unknown``; a region without a row is ``no_data``.
    """
    if isinstance(values, pd.Series):
        values = values.rename(column).rename_axis("org_code").reset_index()
    frame = pd.DataFrame({
        "code": values["org_code"].map(_region_code_or_none),
        "value": values[column].to_numpy(),
        "wave": values["wave"].to_numpy() if "wave" in values else pd.NA,
    })
    frame = frame.dropna(subset=["code"]).drop_duplicates("code", keep="last").set_index("code")
    regions = orgs.regions().set_index("code")
    table = frame.reindex(regions.index)
    table.insert(0, "name", regions["short_name"])
    table["state"] = "value"
    table.loc[~table.index.isin(frame.index), "state"] = "no_data"
    is_unknown = table["value"].isna() | table["value"].eq(UNKNOWN)
    table.loc[is_unknown & table["state"].eq("value"), "state"] = "unknown"
    return table.rename_axis("code").reset_index()


def _is_numeric(values: pd.Series) -> bool:
    known = values.dropna()
    return not known.empty and all(isinstance(v, (int, float, np.number)) and not isinstance(v, bool) for v in known)


def _map_subject(values, column: str) -> str:
    if column == "value" and isinstance(values, pd.DataFrame) and "indicator" in values:
        indicators = values["indicator"].unique()
        if len(indicators) == 1:
            return _label(indicators[0])
    return _label(column)


def _map_value_text(row, numeric: bool) -> str:
    """ "0,92 (2021)", "ja (2021)", "okänt (2021)"; "" for a region without data."""
    if row["state"] == "no_data":
        return ""
    if row["state"] == "unknown":
        value = VALUE_LABELS_SV[UNKNOWN]
    else:
        value = _number(row["value"]) if numeric else VALUE_LABELS_SV.get(row["value"], str(row["value"]))
    return f"{value} ({_wave_label(row['wave'])})"


def _classes(values: pd.Series) -> np.ndarray:
    """Class bounds with round steps over the observed values: at most about five classes from the class of
    the lowest value to that of the highest; one value gets a class of 0.1 ("0,9"–"1,0" for 0.92 or 1.0)."""
    low, high = float(values.min()), float(values.max())
    if low == high:
        lower = math.floor(low * 10) / 10
        lower -= 0.1 if lower == low and lower > 0 else 0.0
        return np.round([lower, lower + 0.1], 10)
    bounds = MaxNLocator(nbins=5, steps=[1, 2, 5, 10]).tick_values(low, high)
    first = max(int(np.searchsorted(bounds, low, side="right")) - 1, 0)
    last = max(int(np.searchsorted(bounds, high, side="left")), first + 1)
    return np.round(bounds[first: last + 1], 10)


@_themed
def region_map(values, column: str = "support_index", ax=None, title: str | None = None) -> Axes | None:
    """Sweden's 21 regions coloured by ``column`` of ``values``, each named with its value and wave.

    ``values``: a table with ``org_code`` (and ``wave``), or a Series indexed
    by org_code. A numeric column (the support index) is coloured in classes
    over its observed range; a value column (yes / partial / no / unknown) in
    the value colours. A region whose row has no known value is ``okänt``
    (hatched); a region without a row has no data ("inga uppgifter", white).
    None when no region has a row. The title defaults to the column's Swedish
    label (for ``value`` rows of one indicator, that indicator's).
    """
    table = _map_table(values, column)
    if table["state"].eq("no_data").all():
        return None
    known = table[table["state"].eq("value")]
    numeric = _is_numeric(known["value"])
    ax = _axes(ax, (6.4, 8.2))
    colour_of, handles = _map_colours(known["value"], numeric, ax, _map_subject(values, column))
    anchors = region_anchors()
    for row in table.itertuples():
        outline = region_shapes()[row.code]
        if row.state == "no_data":
            style = NO_DATA_STYLE
        elif row.state == "unknown":
            style = dict(UNKNOWN_STYLE, linewidth=0.6, edgecolor=OUTLINE_GREY)
        else:
            style = dict(facecolor=colour_of(row.value), edgecolor="white", linewidth=0.6)
        ax.add_patch(PathPatch(outline, **style))
    _name_regions(ax, table, anchors, numeric)
    ax.set_xlim(_MAP_X[0] - 78, _MAP_X[1] + 28)
    ax.set_ylim(_MAP_Y[1], _MAP_Y[0])  # SVG y points down
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_title(title or f"{_map_subject(values, column)} per region")
    if table["state"].eq("unknown").any():
        handles.append(Patch(label=f"{VALUE_LABELS_SV[UNKNOWN]} (texten säger inget)", **UNKNOWN_STYLE))
    if table["state"].eq("no_data").any():
        handles.append(Patch(label=f"{NO_DATA_LABEL} (vit)", **NO_DATA_STYLE))
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.0, 0.97), fontsize="small")
    return ax


def _map_colours(known: pd.Series, numeric: bool, ax: Axes, subject: str):
    """A value -> colour function, and legend handles (a numeric column gets a class colour bar instead)."""
    if not numeric:
        present = [v for v in VALUES if v in set(known)]
        handles = [_value_patch(v, VALUE_LABELS_SV[v]) for v in present]
        return (lambda value: VALUE_COLOURS.get(value, UNKNOWN_GREY)), handles
    bounds = _classes(pd.to_numeric(known))
    colours = sns.color_palette(INDEX_PALETTE, len(bounds) - 1)
    norm = BoundaryNorm(bounds, len(colours))
    cmap = ListedColormap(colours)
    bar = ax.get_figure(root=True).colorbar(
        ScalarMappable(norm=norm, cmap=cmap), ax=ax, location="bottom", shrink=0.55, aspect=25, pad=0.01,
        ticks=bounds, format=decimal_formatter(_digits(bounds)),
    )
    bar.set_label(f"{subject} (klasser efter uppmätta värden)", fontsize="small")
    bar.ax.tick_params(labelsize="small")
    return (lambda value: cmap(norm(float(value)))), []


def _spread_out(ys: list[float], gap: float) -> list[float]:
    """Label positions at least ``gap`` apart, in the order of ``ys`` (sorted), centred on them."""
    positions: list[float] = []
    for y in ys:
        positions.append(max(y, positions[-1] + gap) if positions else y)
    shift = (np.mean(positions) - np.mean(ys)) if positions else 0.0
    return [p - shift for p in positions]


def _name_regions(ax: Axes, table: pd.DataFrame, anchors: pd.DataFrame, numeric: bool) -> None:
    """Each region's name, value and wave: inside a large region, else in a column beside the map."""
    halo = [patheffects.withStroke(linewidth=2.2, foreground="white")]
    left, right = [], []
    for row in table.to_dict("records"):
        anchor = anchors.loc[row["code"]]
        value_text = _map_value_text(row, numeric)
        colour = TEXT_GREY if row["state"] == "no_data" else "black"
        if anchor["area"] >= _INSIDE_AREA:
            name = row["name"].replace(" ", "\n")  # "Jämtland Härjedalen" fits on two lines
            ax.text(anchor["x"], anchor["y"], f"{name}\n{value_text}".strip(), ha="center", va="center",
                    fontsize=7, color=colour, path_effects=halo, linespacing=1.1)
        else:
            (left if anchor["x"] < 100 else right).append((anchor["y"], anchor["x"], row["name"], value_text, colour))
    for side, column_x, align in ((left, _LEFT_COLUMN_X, "right"), (right, _RIGHT_COLUMN_X, "left")):
        side.sort()
        for (y, x, name, value_text, colour), label_y in zip(side, _spread_out([s[0] for s in side], _CALLOUT_GAP)):
            ax.plot([x, column_x], [y, label_y], color="#666666", linewidth=0.5)
            ax.plot([x], [y], marker="o", markersize=2, color="#333333")
            ax.text(column_x + (2 if align == "left" else -2), label_y, f"{name} {value_text}".strip(), ha=align,
                    va="center", fontsize=7, color=colour)


def _alt_region_map(values, column: str = "support_index", title: str | None = None) -> str | None:
    table = _map_table(values, column)
    if table["state"].eq("no_data").all():
        return None
    known = table[table["state"].eq("value")]
    numeric = _is_numeric(known["value"])
    subject = title or f"{_map_subject(values, column)} per region"
    text = f"Karta över Sveriges 21 regioner: {_lower(subject)}."
    if numeric:
        known = known.assign(number=pd.to_numeric(known["value"])).sort_values(["number", "name"], ascending=[False, True])
    if len(known):
        text += " " + join_sv([f"{r['name']} {_map_value_text(r, numeric)}" for r in known.to_dict("records")]) + "."
    unknown = table[table["state"].eq("unknown")]
    if len(unknown):
        text += f" Okänt (texten säger inget): {join_sv(list(unknown['name']))}."
    no_data = table[table["state"].eq("no_data")]
    if len(no_data):
        names = f": {join_sv(list(no_data['name']))}" if len(no_data) <= 5 else ""
        text += f" {_count(len(no_data), 'region', 'regioner')} utan uppgifter (vita){names}."
    return text


# --- index distribution --------------------------------------------------------------------


def _index_table(index) -> pd.DataFrame:
    """org_code, label and support_index of a :func:`compare.support_index` table or a Series by org_code."""
    if isinstance(index, pd.Series):
        index = pd.DataFrame({"org_code": index.index.astype(str), "support_index": index.to_numpy(dtype=float)})
    return index.assign(label=index["org_code"].map(org_label), support_index=index["support_index"].astype(float))


def _units_of(index: pd.DataFrame) -> tuple[str, str]:
    """What the rows of an index table count: regions, municipalities or (mixed, unknown) organisations."""
    levels = set(index["level"]) if "level" in index else set()
    return _units(levels.pop() if len(levels) == 1 else None)


@_themed
def index_distribution(index, highlight=None, ax=None) -> Axes | None:
    """Support index of every organisation (seaborn strip plot; with five or more, a point plot of the median
    and the middle half of them).

    ``index`` is a :func:`compare.support_index` table (or a Series of
    indices indexed by org_code); ``highlight`` a region code, drawn as a
    large diamond. None when no index is known.
    """
    table = _index_table(index)
    known = table.dropna(subset=["support_index"])
    if known.empty:
        return None
    ax = _axes(ax, (7.0, 2.6))
    units = _units_of(table)
    code = _region_code_or_none(highlight) if highlight is not None else None
    chosen = known[known["org_code"].eq(code)] if code else known.iloc[0:0]
    others = known.drop(chosen.index)
    if len(others):
        with _seeded_jitter():
            sns.stripplot(x=others["support_index"], ax=ax, jitter=0.12, size=6, color=SKY_BLUE, edgecolor=BLUE,
                          linewidth=0.6, label=f"övriga {units[1]} ({len(others)})")
    if len(known) >= 5:
        sns.pointplot(x=known["support_index"], ax=ax, estimator="median", errorbar=("pi", 50), color=BLUE,
                      marker="|", markersize=24, markeredgewidth=3, linewidth=3, err_kws={"alpha": 0.6},
                      label="median och mittersta hälften")
    if len(chosen):
        value = chosen["support_index"].iloc[0]
        sns.scatterplot(x=[value], y=[0], ax=ax, marker="D", s=130, color=ORANGE, edgecolor="black",
                        zorder=4, label=f"{org_label(code)}: {decimal(value)}")
    elif code:
        ax.text(0.01, 0.03, f"{org_label(code)}: inget känt stödindex", transform=ax.transAxes, fontsize="small")
    ax.set_xlim(-0.02, 1.02)
    ax.set_ylim(0.5, -0.5)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.xaxis.set_major_formatter(decimal_formatter(1))
    ax.set_xlabel("Stödindex (0 = inget av stödet finns, 1 = allt finns; okänt räknas inte)")
    ax.set_title(f"Stödindex: {units[1]} i underlaget")
    missing = len(table) - len(known)
    if missing:
        ax.text(0.99, 0.03, f"{missing} utan känt index", transform=ax.transAxes, ha="right", fontsize="small")
    _legend_outside(ax)
    return ax


def _alt_index_distribution(index, highlight=None) -> str | None:
    table = _index_table(index)
    known = table.dropna(subset=["support_index"])
    if known.empty:
        return None
    units = _units_of(table)
    values = known["support_index"]
    code = _region_code_or_none(highlight) if highlight is not None else None
    chosen = known[known["org_code"].eq(code)] if code else known.iloc[0:0]
    if len(known) == 1 and len(chosen):
        text = (f"Stödindex för {org_label(code)}: {decimal(values.iloc[0])}; ingen annan {units[0]} i "
                "underlaget har känt index.")
    elif len(known) == 1:
        text = f"Stödindex för {_count(1, *units)} med känt index: {decimal(values.iloc[0])}."
    else:
        text = (f"Stödindex för {_count(len(known), *units)} med känt index, från {decimal(values.min())} "
                f"till {decimal(values.max())} (median {decimal(values.median())}).")
    if len(chosen) and len(known) > 1:
        value = chosen["support_index"].iloc[0]
        rank = 1 + int((values > value).sum())  # as compare.region_rank: ties share the lower number
        text += f" {org_label(code)}: {decimal(value)}, plats {rank} av {len(known)}."
    elif code and chosen.empty:
        text += f" {org_label(code)} har inget känt stödindex."
    missing = len(table) - len(known)
    if missing:
        text += f" {missing} utan känt index."
    return text


# --- coverage ----------------------------------------------------------------------------


def _coverage_table(variation: pd.DataFrame) -> pd.DataFrame:
    """The indicator rows of a :func:`compare.variation` table with Swedish labels; empty when nothing is known."""
    rows = variation[variation["indicator"].ne("support_index")]
    if rows.empty or rows["n_known"].sum() == 0:
        return rows.iloc[0:0].assign(label=[], wave_label=[])
    return rows.assign(label=rows["indicator"].map(_label), wave_label=rows["wave"].map(_wave_label))


def _level_units(indicators) -> tuple[str, str]:
    """What a variation table counts, from its indicators."""
    levels = [level for level, names in compare.INDEX_INDICATORS.items() if set(indicators) <= set(names)]
    return _units(levels[0] if levels else None)


def _coverage_text(row) -> str:
    if row["n_known"] == 0:
        return f"okänt (0 av {int(row['n'])} kända)"
    return f"{percent(row['coverage'])} ({int(row['n_known'])} av {int(row['n'])} kända)"


@_themed
def coverage_bars(variation: pd.DataFrame, ax=None) -> Axes | None:
    """Coverage per indicator with its 95 % Wilson interval (seaborn bar plot), one bar per wave when several.

    None when no indicator has a known value.
    """
    table = _coverage_table(variation)
    if table.empty:
        return None
    labels = list(dict.fromkeys(table["label"]))
    waves = list(dict.fromkeys(table.sort_values("wave", na_position="first")["wave_label"]))
    several = len(waves) > 1
    full = pd.MultiIndex.from_product([labels, waves], names=["label", "wave_label"])
    table = table.set_index(["label", "wave_label"]).reindex(full).reset_index()
    table[["n", "n_known"]] = table[["n", "n_known"]].fillna(0)
    table["Täckning"] = table["coverage"].astype(float).fillna(0)
    ax = _axes(ax, (7.5, max(2.8, 1.3 + 0.36 * len(labels) * len(waves) ** 0.5)))
    palette = dict(zip(waves, sns.color_palette("crest", len(waves)))) if several else None
    sns.barplot(data=table, x="Täckning", y="label", order=labels, hue="wave_label" if several else None,
                hue_order=waves if several else None, palette=palette, color=None if several else BLUE,
                errorbar=None, orient="y", width=0.8, saturation=1, ax=ax)
    bars = [patch for container in ax.containers[-len(waves):] for patch in container]  # seaborn's, per wave
    for patch, row in zip(bars, _rows_in_bar_order(table, labels, waves)):
        y = patch.get_y() + patch.get_height() / 2
        if row["n_known"]:
            coverage = float(row["coverage"])
            ax.errorbar(coverage, y, xerr=[[coverage - row["ci_low"]], [row["ci_high"] - coverage]], fmt="none",
                        ecolor="#333333", capsize=2, linewidth=1)
        ax.text(1.02, y, _coverage_text(row), va="center", fontsize="x-small", transform=ax.get_yaxis_transform())
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(percent_formatter())
    ax.set_ylabel("")
    ax.set_xlabel("Täckning: andel ja bland kända (delvis = ½), med 95 % konfidensintervall")
    dated = [w for w in waves if w != "odaterat"]
    ax.set_title("Täckning per indikator" + (f" ({dated[0]})" if not several and dated else ""))
    if several:
        ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=len(waves), fontsize="small", title="Underlag",
                  title_fontsize="small", alignment="right")
    return ax


def _rows_in_bar_order(table: pd.DataFrame, labels: list[str], waves: list[str]) -> list[dict]:
    """Rows in the order seaborn draws the bars: per hue level (wave), the indicators in order."""
    rows = table.set_index(["wave_label", "label"])
    return [rows.loc[(wave, label)].to_dict() for wave in waves for label in labels]


def _alt_coverage_bars(variation: pd.DataFrame) -> str | None:
    table = _coverage_table(variation)
    if table.empty:
        return None
    units = _level_units(table["indicator"])
    sentences = []
    for wave, rows in table.sort_values("wave", na_position="first").groupby("wave_label", sort=False):
        known = rows[rows["n_known"] > 0]
        when = "" if wave == "odaterat" and table["wave"].isna().all() else f" ({wave})"
        n = int(rows["n"].max())
        sentence = (f"Täckning per indikator{when} för {_count(n, *units)}, andel ja bland kända "
                    f"med 95 % konfidensintervall:")
        best = known[known["coverage"].eq(known["coverage"].max())]
        worst = known[known["coverage"].eq(known["coverage"].min())]
        sentence += f" högst för {join_sv(list(best['label']))} ({percent(best['coverage'].iloc[0])})"
        if len(worst) and worst["coverage"].iloc[0] < best["coverage"].iloc[0]:
            sentence += f", lägst för {join_sv(list(worst['label']))} ({percent(worst['coverage'].iloc[0])})"
        sentence += "."
        unknown = rows[rows["n_known"].eq(0)]
        if len(unknown):
            sentence += f" Okänt för {join_sv(list(unknown['label']))}."
        sentences.append(sentence)
    return " ".join(sentences)


# --- follow-up -----------------------------------------------------------------------------

_Y_OF_VALUE = {YES: 3, PARTIAL: 2, NO: 1, UNKNOWN: 0}


def _is_transitions(data: pd.DataFrame) -> bool:
    return {"value_from", "value_to"} <= set(data.columns)


def _index_series(index: pd.DataFrame) -> pd.DataFrame:
    """Organisations with a support index in several dated waves: org, wave, index and the overall change."""
    dated = index.dropna(subset=["wave", "support_index"])
    dated = dated[dated.groupby("org_code")["wave"].transform("nunique") > 1].sort_values(["org_code", "wave"])
    if dated.empty:
        return pd.DataFrame(columns=["org_code", "Organisation", "År", "Stödindex", "Förändring"])
    ends = dated.groupby("org_code")["support_index"].agg(["first", "last"])
    change = np.where(ends["last"] > ends["first"], "improved", np.where(ends["last"] < ends["first"], "worsened", "unchanged"))
    change = pd.Series(change, index=ends.index).map(CHANGE_LABELS_SV)
    return pd.DataFrame({
        "org_code": dated["org_code"],
        "Organisation": dated["org_code"].map(org_label),
        "År": dated["wave"].astype(int),
        "Stödindex": dated["support_index"].astype(float),
        "Förändring": dated["org_code"].map(change),
    }).reset_index(drop=True)


def _transition_counts(follow: pd.DataFrame) -> pd.DataFrame:
    """One row per kind of transition: waves, values, change and how many organisation × indicator pairs made it."""
    keys = ["wave_from", "wave_to", "value_from", "value_to", "change"]
    return follow.groupby(keys).size().rename("n").reset_index()


@_themed
def followup_slopes(data: pd.DataFrame, ax=None) -> Axes | None:
    """Slope chart between waves (seaborn line plot); None when nobody has been followed up.

    ``data`` is either a :func:`compare.support_index` table with several
    waves per organisation (one line per organisation, coloured by its
    change) or a :func:`compare.follow_up` table (one line per kind of
    change, as thick as the number of organisation × indicator pairs that
    made it; dashed when a value became known or unknown).
    """
    if _is_transitions(data):
        return _transition_slopes(data, ax)
    return _index_slopes(data, ax)


def _change_palette(labels) -> dict[str, str]:
    colours = {CHANGE_LABELS_SV[c]: colour for c, colour in CHANGE_COLOURS.items()}
    return {label: colours[label] for label in labels}


def _present_changes(labels) -> list[str]:
    return [CHANGE_LABELS_SV[c] for c in compare.CHANGES if CHANGE_LABELS_SV[c] in set(labels)]


def _index_slopes(index: pd.DataFrame, ax) -> Axes | None:
    series = _index_series(index)
    if series.empty:
        return None
    ax = _axes(ax, (6.5, 4.8))
    changes = _present_changes(series["Förändring"])
    sns.lineplot(data=series, x="År", y="Stödindex", units="org_code", estimator=None, hue="Förändring",
                 hue_order=changes, palette=_change_palette(changes), marker="o", ax=ax)
    ends = series.groupby("org_code").tail(1).sort_values("Stödindex")
    waves = sorted(series["År"].unique())
    span = max(waves[-1] - waves[0], 1)
    for end, y in zip(ends.itertuples(), _spread_out(list(ends["Stödindex"]), gap=0.045)):
        ax.annotate(f"{end.Organisation} {decimal(end.Stödindex)}", (end.År, end.Stödindex),
                    xytext=(end.År + 0.06 * span, y), va="center", fontsize="small",
                    arrowprops=dict(arrowstyle="-", color="#BBBBBB", linewidth=0.5))
    ax.set_xticks(waves, [str(w) for w in waves])
    ax.set_xlim(waves[0] - 0.08 * span, waves[-1] + 0.45 * span)
    ax.set_ylim(-0.05, 1.05)
    ax.yaxis.set_major_formatter(decimal_formatter(1))
    ax.set_xlabel("År (underlagets datum)")
    ax.set_title("Stödindex över tid")
    ax.legend(loc="lower right", fontsize="small", title="Förändring", title_fontsize="small")
    return ax


def _transition_slopes(follow: pd.DataFrame, ax) -> Axes | None:
    if follow.empty:
        return None
    counts = _transition_counts(follow)
    segments = pd.DataFrame([
        {"segment": i, "År": int(wave), "y": _Y_OF_VALUE[value], "Förändring": CHANGE_LABELS_SV[row.change],
         "Antal": int(row.n)}
        for i, row in enumerate(counts.itertuples())
        for wave, value in ((row.wave_from, row.value_from), (row.wave_to, row.value_to))
    ])
    ax = _axes(ax, (7.0, 4.5))
    changes = _present_changes(segments["Förändring"])
    dashed = {CHANGE_LABELS_SV["became_known"], CHANGE_LABELS_SV["became_unknown"]}
    ax.axhspan(-0.4, 0.4, zorder=0, **UNKNOWN_STYLE)
    sns.lineplot(data=segments, x="År", y="y", units="segment", estimator=None, sort=False, hue="Förändring",
                 hue_order=changes, palette=_change_palette(changes), style="Förändring", style_order=changes,
                 dashes={c: (4, 2) if c in dashed else "" for c in changes}, size="Antal", sizes=(1.5, 7),
                 alpha=0.85, ax=ax)
    waves = sorted(set(segments["År"]))
    ax.set_xticks(waves, [str(w) for w in waves])
    ax.set_xlim(waves[0] - 0.3, waves[-1] + 0.3)
    ax.set_yticks(list(_Y_OF_VALUE.values()), [VALUE_LABELS_SV[v] for v in _Y_OF_VALUE])
    ax.set_ylim(-0.5, 3.5)
    ax.set_ylabel("Värde")
    ax.set_xlabel("År (underlagets datum); linjens tjocklek = antal organisation × indikator")
    ax.set_title("Förändring mellan uppföljningar")
    _legend_outside(ax)
    return ax


def _alt_followup_slopes(data: pd.DataFrame) -> str | None:
    if _is_transitions(data):
        if data.empty:
            return None
        counts = _transition_counts(data).groupby("change")["n"].sum()
        waves = sorted(set(data["wave_from"].astype(int)) | set(data["wave_to"].astype(int)))
        tally = join_sv([f"{CHANGE_LABELS_SV[c]} {int(counts[c])}" for c in compare.CHANGES if c in counts])
        return (f"Förändring mellan uppföljningar {waves[0]}–{waves[-1]}, antal par av organisation och "
                f"indikator per slag av förändring: {tally}.")
    series = _index_series(data)
    if series.empty:
        return None
    parts = []
    for _, rows in series.groupby("org_code", sort=False):
        first, last = rows.iloc[0], rows.iloc[-1]
        parts.append(f"{first['Organisation']} från {decimal(first['Stödindex'])} ({first['År']}) till "
                     f"{decimal(last['Stödindex'])} ({last['År']}), {first['Förändring']}")
    return f"Stödindex över tid: {join_sv(parts)}."


# --- methods ------------------------------------------------------------------------------


def _methods_by_municipality(codings: pd.DataFrame, region_code) -> dict[str, dict | None]:
    """org_code -> {method: status} ({} none, None unknown) from each municipality's newest document."""
    states = compare.current_state(codings, "municipality")
    if region_code is not None:
        states = states[states["org_code"].str[:2] == compare._region_code(region_code)]
    states = states[states["org_code"] != ""]
    methods = states[states["indicator"] == "methods"].groupby("org_code")["value"].agg(compare._merge_methods)
    reported = dict.fromkeys(states["org_code"].unique(), UNKNOWN)
    return {code: compare.parse_methods(value) for code, value in {**reported, **methods.to_dict()}.items()}


def _methods_table(codings: pd.DataFrame, region_code=None) -> tuple[pd.DataFrame, list[str], list[str], list[str]]:
    """One row per municipality × named method with its status; the municipalities, the methods, the unknown.

    Municipalities sorted by name; methods by how many municipalities name
    them, then by name. Empty when no municipality names a method.
    """
    by_org = _methods_by_municipality(codings, region_code)
    columns = sorted(by_org, key=org_label)
    rows = [
        {"org_code": code, "Kommun": org_label(code), "Metod": name, "status": status,
         "Status": STATUS_LABELS_SV.get(status, status)}
        for code in columns for name, status in (by_org[code] or {}).items()
    ]
    points = pd.DataFrame(rows, columns=["org_code", "Kommun", "Metod", "status", "Status"])
    counts = points["Metod"].value_counts()
    methods = sorted(counts.index, key=lambda name: (-counts[name], name))
    return points, columns, methods, [code for code in columns if by_org[code] is None]


@_themed
def methods_matrix(codings: pd.DataFrame, region_code=None, ax=None) -> Axes | None:
    """Methods × municipalities (current state), marker by status (seaborn scatter plot).

    With ``region_code`` only the municipalities of that county.
    Municipalities whose methods are unknown get a grey hatched column
    ("okänt"); those that name none an empty one. None when no municipality
    names a method.
    """
    points, columns, methods, unknown = _methods_table(codings, region_code)
    if points.empty:
        return None
    ax = _axes(ax, (max(5.0, 3.0 + 0.42 * len(columns)), max(2.6, 1.7 + 0.38 * len(methods))))
    points = points.assign(x=points["org_code"].map(columns.index), y=points["Metod"].map(methods.index))
    statuses = [s for s in STATUS_MARKERS if s in set(points["status"])]
    order = [STATUS_LABELS_SV[s] for s in statuses]
    for code in unknown:
        x = columns.index(code)
        ax.axvspan(x - 0.42, x + 0.42, zorder=1, **UNKNOWN_STYLE)
    sns.scatterplot(data=points, x="x", y="y", hue="Status", hue_order=order, style="Status", style_order=order,
                    palette={STATUS_LABELS_SV[s]: STATUS_COLOURS[s] for s in statuses},
                    markers={STATUS_LABELS_SV[s]: STATUS_MARKERS[s] for s in statuses}, s=110, ax=ax, zorder=3)
    ax.set_xlim(-0.5, len(columns) - 0.5)
    ax.set_ylim(len(methods) - 0.5, -0.5)
    ax.set_xticks(range(len(columns)), [org_label(c) for c in columns], rotation=60, ha="right",
                  rotation_mode="anchor")
    ax.set_yticks(range(len(methods)), methods)
    ax.set(xlabel="", ylabel="")
    ax.grid(color="#EEEEEE", linewidth=0.8)
    ax.set_axisbelow(True)
    where = f" i {orgs.region_name(region_code)}" if region_code is not None else ""
    ax.set_title(f"Metoder per kommun{where}")
    handles = list(ax.get_legend().legend_handles)
    if unknown:
        handles.append(_value_patch(UNKNOWN, VALUE_LABELS_SV[UNKNOWN]))
    _legend_outside(ax, handles, title="Status")
    return ax


def _alt_methods_matrix(codings: pd.DataFrame, region_code=None) -> str | None:
    points, columns, methods, unknown = _methods_table(codings, region_code)
    if points.empty:
        return None
    where = f" i {orgs.region_name(region_code)}" if region_code is not None else ""
    parts = []
    for name in methods:
        rows = points[points["Metod"].eq(name)]
        statuses = rows["status"].value_counts()
        detail = ", ".join(f"{int(statuses[s])} {STATUS_LABELS_SV[s]}" for s in STATUS_MARKERS if s in statuses)
        parts.append(f"{name} i {len(rows)} ({detail})")
    text = f"Metoder i {_count(len(columns), 'kommun', 'kommuner')}{where}: {join_sv(parts)}."
    naming = points["org_code"].nunique()
    silent = len(columns) - naming - len(unknown)
    if silent:
        text += f" {_count(silent, 'kommun nämner', 'kommuner nämner')} ingen metod."
    if unknown:
        text += f" Okänt för {_count(len(unknown), 'kommun', 'kommuner')}."
    return text


# --- text alternatives and the figures of a report ------------------------------------------------

PLOTS = {
    "heatmap": (heatmap, _alt_heatmap),
    "region_map": (region_map, _alt_region_map),
    "index_distribution": (index_distribution, _alt_index_distribution),
    "coverage_bars": (coverage_bars, _alt_coverage_bars),
    "followup_slopes": (followup_slopes, _alt_followup_slopes),
    "methods_matrix": (methods_matrix, _alt_methods_matrix),
}


def _plot_entry(kind) -> tuple:
    name = getattr(kind, "__name__", kind)
    if name not in PLOTS:
        raise ValueError(f"unknown figure {kind!r}; the figures are {', '.join(PLOTS)}")
    return PLOTS[name]


def alt_text(kind, data, **options) -> str | None:
    """The Swedish text alternative of a figure: what it shows, with its key numbers.

    ``kind`` is a plot function of this module or its name ("heatmap",
    "region_map", ...); ``data`` and ``options`` are what the plot takes
    (without ``ax``). None exactly when the plot has nothing to draw.
    """
    return _plot_entry(kind)[1](data, **options)


@contextmanager
def _seeded_jitter(seed: int = 0):
    """Seaborn's strip-plot jitter draws from numpy's global random state: seed it for the one call, so a
    figure is the same in every run and process (reports are skipped or compared by content), and give the
    caller's random state back afterwards."""
    state = np.random.get_state()
    np.random.seed(seed)
    try:
        yield
    finally:
        np.random.set_state(state)


@dataclass(frozen=True)
class Chart:
    """A drawn figure and its text alternative, shown in a report as ``<figure>`` with ``<img alt>``.

    Falsy, and displayed as nothing, when the plot had nothing to draw.
    """

    ax: Axes | None
    alt: str = ""

    def __bool__(self) -> bool:
        return self.ax is not None

    def html(self) -> str:
        """``<figure>``: the PNG as a data URI with the text alternative as ``alt``, and as a visible caption
        hidden from screen readers (they read the alt); "" for an empty chart."""
        if self.ax is None:
            return ""
        data = png(self.ax)
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        alt = html.escape(self.alt, quote=True)
        return (
            f'<figure class="bas-figure"><img src="data:image/png;base64,{base64.b64encode(data).decode("ascii")}" '
            f'alt="{alt}" width="{width}" height="{height}">'
            f'<figcaption aria-hidden="true">{alt}</figcaption></figure>'
        )

    def _repr_html_(self) -> str | None:
        return self.html() or None

    def _ipython_display_(self) -> None:
        if self:
            from IPython.display import display

            display({"text/html": self.html(), "text/plain": self.alt}, raw=True)

    def __repr__(self) -> str:
        return f"Chart({self.alt!r})" if self else "Chart(empty)"


def show(kind, data, /, **options) -> Chart:
    """Draw figure ``kind`` (a plot function or its name) from ``data`` with its text alternative.

    The notebooks ``display()`` the result: a ``<figure>`` with the image and
    its Swedish text alternative, or nothing at all when the plot had nothing
    to draw (the Chart is then falsy).
    """
    draw, describe = _plot_entry(kind)
    ax = draw(data, **options)
    return Chart(None) if ax is None else Chart(ax, describe(data, **options))
