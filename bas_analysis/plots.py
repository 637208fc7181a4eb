"""Plots: the figures of the reports, in Swedish, from the tidy tables of :mod:`bas_analysis.compare`.

In:  codings, support index, variation or follow-up tables, and optionally an
     ``ax`` to draw into.
Out: the matplotlib Figure (the one ``ax`` belongs to, when given).

The figures are made with ``matplotlib.figure.Figure``, not pyplot: no
backend is switched, nothing is kept in pyplot's list of open figures
(batch runs make hundreds), and nothing is shown or closed. In a Jupyter
kernel a returned Figure is displayed as PNG.

Colours are Okabe–Ito (safe for the common colour-vision deficiencies):
ja dark blue, delvis light blue, nej vermillion. ``unknown`` is light grey
with hatching, never drawn like ``no``; no data at all is white with a
cross hatch ("inga uppgifter").
"""
from __future__ import annotations

import functools
import math
import re
from importlib.resources import files

import numpy as np
import pandas as pd
from matplotlib import colormaps
from matplotlib.cm import ScalarMappable
from matplotlib.colors import Normalize
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, PathPatch, Rectangle
from matplotlib.path import Path as MplPath

from . import compare, orgs
from .labels import (
    CHANGE_LABELS_SV,
    INDICATOR_LABELS_SV,
    NO_DATA_LABEL,
    STAGE_LABELS_SV,
    STATUS_LABELS_SV,
    VALUE_LABELS_SV,
)

# Okabe–Ito
BLUE, SKY_BLUE, VERMILLION, ORANGE, PURPLE = "#0072B2", "#56B4E9", "#D55E00", "#E69F00", "#CC79A7"
VALUE_COLOURS = {"yes": BLUE, "partial": SKY_BLUE, "no": VERMILLION, "unknown": "#DDDDDD"}
UNKNOWN_HATCH, HATCH_GREY = "////", "#8C8C8C"
NO_DATA_STYLE = dict(facecolor="white", edgecolor=HATCH_GREY, hatch="xx")
STATUS_STYLES = {
    "active": dict(marker="o", color=BLUE, markerfacecolor=BLUE),
    "training": dict(marker="s", color=ORANGE, markerfacecolor=ORANGE),
    "planned": dict(marker="o", color=PURPLE, markerfacecolor="white"),
    "": dict(marker=".", color=HATCH_GREY, markerfacecolor=HATCH_GREY),
}
CHANGE_COLOURS = {
    "improved": BLUE,
    "unchanged": HATCH_GREY,
    "worsened": VERMILLION,
    "became_known": ORANGE,
    "became_unknown": "#BBBBBB",
}


# --- shared helpers ----------------------------------------------------------------


@functools.cache
def _register_notebook_display() -> None:
    """Show returned Figures as PNG in Jupyter.

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


def _figure_and_axes(ax, figsize):
    if ax is not None:
        return ax.get_figure(root=True), ax
    _register_notebook_display()
    figure = Figure(figsize=figsize, layout="constrained")
    return figure, figure.add_subplot()


def _no_data(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    ax.set_axis_off()


def _label(indicator: str) -> str:
    return INDICATOR_LABELS_SV.get(indicator, indicator)


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
    if value == "unknown":
        return Patch(facecolor=VALUE_COLOURS["unknown"], edgecolor=HATCH_GREY, hatch=UNKNOWN_HATCH, label=label)
    return Patch(facecolor=VALUE_COLOURS[value], edgecolor="none", label=label)


def _value_cell(x: float, y: float, value: str, size: float = 0.92) -> Rectangle:
    corner = (x - size / 2, y - size / 2)
    if value == "unknown":
        return Rectangle(
            corner, size, size, facecolor=VALUE_COLOURS["unknown"], edgecolor=HATCH_GREY,
            hatch=UNKNOWN_HATCH, linewidth=0,
        )
    return Rectangle(corner, size, size, facecolor=VALUE_COLOURS[value], edgecolor="none")


def _states(codings: pd.DataFrame, level: str, wave=None) -> pd.DataFrame:
    """One state per organisation (newest document, or newest of ``wave``), values collapsed per org."""
    frame = codings if wave is None else codings[codings["wave"] == wave]
    return compare._org_states(frame, level, per_wave=False)


# --- heatmap -----------------------------------------------------------------------


def heatmap(codings: pd.DataFrame, level: str = "region", wave=None, ax=None) -> Figure:
    """Organisations × index indicators, each cell ja / delvis / nej / okänt.

    Current states, or each organisation's newest document of ``wave``.
    Rows are sorted by support index, highest first.
    """
    indicators = compare._require_index_level(level)
    states = _states(codings, level, wave)
    table = compare._score_table(states, indicators)
    table["index"] = table[indicators].mean(axis=1)
    table["label"] = table["org_code"].map(org_label)
    table = table.sort_values(["index", "label"], ascending=[False, True], na_position="last")

    height = max(3.0, 1.8 + 0.32 * len(table))
    figure, ax = _figure_and_axes(ax, (max(6.0, 2.5 + 0.55 * len(indicators)), height))
    what = "region" if level == "region" else "kommun"
    when = "senaste underlag" if wave is None else f"underlag från {wave}"
    ax.set_title(f"Stöd till barn som anhöriga per {what} ({when})")
    if table.empty:
        _no_data(ax, NO_DATA_LABEL.capitalize())
        return figure

    for row, scores in enumerate(table[indicators].itertuples(index=False)):
        for column, value in enumerate(compare._value_of_score(pd.Series(scores, dtype=float))):
            ax.add_patch(_value_cell(column, row, value))
    ax.set_xlim(-0.5, len(indicators) - 0.5)
    ax.set_ylim(len(table) - 0.5, -0.5)
    ax.set_xticks(range(len(indicators)), [_label(i) for i in indicators], rotation=45, ha="right")
    ax.set_yticks(range(len(table)), table["label"])
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    ax.set_aspect("equal")
    labels = dict(VALUE_LABELS_SV)
    if level == "municipality":  # stage shares the colours: established = ja, ...
        for value, stage in zip(["yes", "partial", "no"], ["established", "developing", "none"]):
            labels[value] = f"{VALUE_LABELS_SV[value]} / {STAGE_LABELS_SV[stage]}"
    ax.legend(
        handles=[_value_patch(v, labels[v]) for v in compare.VALUES],
        loc="upper left", bbox_to_anchor=(1.02, 1), frameon=False, title="Värde",
    )
    return figure


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


def _map_values(values, column: str) -> pd.Series:
    """org_code (normalised) -> value, for the 21 regions only; last row wins on duplicates."""
    if isinstance(values, pd.Series):
        values = values.rename(column).rename_axis("org_code").reset_index()
    codes = values["org_code"].map(_region_code_or_none)
    series = pd.Series(values[column].to_numpy(), index=codes)
    series = series[series.index.notna()]
    return series[~series.index.duplicated(keep="last")]


def _is_numeric(series: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)


def region_map(values, column: str = "support_index", ax=None, title: str | None = None) -> Figure:
    """Sweden's 21 regions coloured by ``column`` of ``values`` (a table with ``org_code``).

    A numeric column gets a viridis colour scale (0–1 for shares and the
    index); a value column (yes / partial / no / unknown) the value colours.
    Regions without a row or value are white, cross-hatched: "inga uppgifter".
    The title defaults to the column's Swedish label, or, for ``value`` rows
    of a single indicator, that indicator's.
    """
    by_region = _map_values(values, column)
    figure, ax = _figure_and_axes(ax, (4.2, 7.5))
    numeric = _is_numeric(by_region) or by_region.empty
    colour_of, handles = (_numeric_colours(by_region, ax, column) if numeric else _value_colours(by_region))
    for code, outline in region_shapes().items():
        value = by_region.get(code)
        if value is None or pd.isna(value):
            patch = PathPatch(outline, linewidth=0.5, **NO_DATA_STYLE)
        elif value == "unknown":
            patch = PathPatch(outline, facecolor=VALUE_COLOURS["unknown"], edgecolor=HATCH_GREY,
                              hatch=UNKNOWN_HATCH, linewidth=0.5)
        else:
            patch = PathPatch(outline, facecolor=colour_of(value), edgecolor="white", linewidth=0.5)
        ax.add_patch(patch)
    ax.set_xlim(0, 290)
    ax.set_ylim(660, 0)  # SVG y points down
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_title(title or f"{_map_subject(values, column)} per region")
    handles.append(Patch(label=NO_DATA_LABEL, linewidth=0.5, **NO_DATA_STYLE))
    ax.legend(handles=handles, loc="lower right", frameon=False, fontsize="small")
    return figure


def _map_subject(values, column: str) -> str:
    if column == "value" and isinstance(values, pd.DataFrame) and values.get("indicator") is not None:
        indicators = values["indicator"].unique()
        if len(indicators) == 1:
            return _label(indicators[0])
    return _label(column)


def _numeric_colours(by_region: pd.Series, ax, column: str):
    values = pd.to_numeric(by_region, errors="coerce").dropna()
    in_unit_range = values.empty or (values.min() >= 0 and values.max() <= 1)
    norm = Normalize(0, 1) if in_unit_range else Normalize(values.min(), values.max())
    cmap = colormaps["viridis"]
    colourbar = ax.get_figure(root=True).colorbar(
        ScalarMappable(norm=norm, cmap=cmap), ax=ax, location="left", shrink=0.4, pad=0.02
    )
    colourbar.set_label(_label(column))
    return (lambda value: cmap(norm(float(value)))), []


def _value_colours(by_region: pd.Series):
    present = [v for v in compare.VALUES if v in set(by_region.dropna())]
    handles = [_value_patch(v, VALUE_LABELS_SV[v]) for v in present]
    return (lambda value: VALUE_COLOURS.get(value, VALUE_COLOURS["unknown"])), handles


# --- index distribution --------------------------------------------------------------------


def index_distribution(index, highlight=None, ax=None) -> Figure:
    """Support index of every organisation (box and points) with one region highlighted.

    ``index`` is a :func:`compare.support_index` table (or a Series of
    indices indexed by org_code); ``highlight`` a region code.
    """
    table = _index_table(index)
    figure, ax = _figure_and_axes(ax, (7.0, 2.8))
    ax.set_title("Stödindex: fördelning över landet")
    known = table.dropna(subset=["support_index"])
    if known.empty:
        _no_data(ax, "Inget känt stödindex")
        return figure
    ax.boxplot(known["support_index"], orientation="horizontal", widths=0.5, showfliers=False,
               medianprops=dict(color=BLUE), boxprops=dict(color=HATCH_GREY),
               whiskerprops=dict(color=HATCH_GREY), capprops=dict(color=HATCH_GREY))
    jitter = np.random.default_rng(0).uniform(-0.15, 0.15, len(known))
    ax.scatter(known["support_index"], 1 + jitter, s=28, color=SKY_BLUE, edgecolor=BLUE,
               linewidth=0.5, zorder=3, label="organisationer")
    code = _region_code_or_none(highlight) if highlight is not None else None
    chosen = known[known["org_code"] == code] if code else known.iloc[0:0]
    if len(chosen):
        value = chosen["support_index"].iloc[0]
        ax.scatter([value], [1], s=140, marker="D", color=ORANGE, edgecolor="black", zorder=4,
                   label=f"{org_label(code)}: {value:.2f}")
    elif code:
        ax.text(0.01, 0.02, f"{org_label(code)}: inget känt stödindex", transform=ax.transAxes, fontsize="small")
    ax.set_xlim(-0.02, 1.02)
    ax.set_yticks([])
    ax.set_xlabel("Stödindex (0 = inget av stödet finns, 1 = allt finns; okänt räknas inte)")
    missing = len(table) - len(known)
    if missing:
        ax.text(0.99, 0.02, f"{missing} utan känt index", transform=ax.transAxes, ha="right", fontsize="small")
    ax.legend(loc="upper left", frameon=False, fontsize="small")
    return figure


def _index_table(index) -> pd.DataFrame:
    if isinstance(index, pd.Series):
        return pd.DataFrame({"org_code": index.index.astype(str), "support_index": index.to_numpy(dtype=float)})
    return index


# --- coverage ----------------------------------------------------------------------------


def coverage_bars(variation: pd.DataFrame, ax=None) -> Figure:
    """Coverage per indicator with its 95% Wilson interval, one bar per wave when there are several."""
    rows = variation[variation["indicator"] != "support_index"]
    indicators = list(dict.fromkeys(rows["indicator"]))
    waves = list(dict.fromkeys(rows["wave"].sort_values(na_position="first")))
    figure, ax = _figure_and_axes(ax, (7.5, max(3.0, 1.2 + 0.45 * len(indicators) * max(1, len(waves)) ** 0.5)))
    dated = [w for w in waves if pd.notna(w)]
    ax.set_title("Täckning per indikator" + (f" ({_wave_label(dated[0])})" if len(waves) == 1 and dated else ""))
    if rows.empty:
        _no_data(ax, NO_DATA_LABEL.capitalize())
        return figure
    height = 0.8 / len(waves)
    colours = _wave_colours(waves)
    for position, wave in enumerate(waves):
        of_wave = rows[rows["wave"].isna()] if pd.isna(wave) else rows[rows["wave"] == wave]
        of_wave = of_wave.set_index("indicator").reindex(indicators)
        y = np.arange(len(indicators)) - 0.4 + height * (position + 0.5)
        coverage = of_wave["coverage"].astype(float)
        errors = np.vstack([coverage - of_wave["ci_low"], of_wave["ci_high"] - coverage]).astype(float)
        ax.barh(y, coverage.fillna(0), height=height * 0.9, color=colours[position],
                xerr=np.nan_to_num(errors), error_kw=dict(ecolor="#333333", capsize=2, linewidth=1),
                label=_wave_label(wave))
        for y_pos, cov, n_known, n in zip(y, coverage, of_wave["n_known"], of_wave["n"]):
            text = f"okänt (n={int(n)})" if math.isnan(cov) else f"{int(n_known)} av {int(n)} kända"
            ax.text(1.01, y_pos, text, va="center", fontsize="x-small", transform=ax.get_yaxis_transform())
    ax.set_yticks(range(len(indicators)), [_label(i) for i in indicators])
    ax.set_ylim(len(indicators) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.set_xlabel("Täckning: andel ja bland kända (delvis = ½), med 95 % konfidensintervall")
    if len(waves) > 1:
        ax.legend(loc="lower right", fontsize="small", title="Underlag")
    return figure


def _wave_label(wave) -> str:
    return "odaterat" if pd.isna(wave) else str(int(wave))


def _wave_colours(waves: list) -> list:
    if len(waves) == 1:
        return [BLUE]
    cmap = colormaps["viridis"]
    return [cmap(0.15 + 0.7 * i / (len(waves) - 1)) for i in range(len(waves))]


# --- follow-up -----------------------------------------------------------------------------

_Y_OF_VALUE = {"yes": 3, "partial": 2, "no": 1, "unknown": 0}


def followup_slopes(data: pd.DataFrame, ax=None) -> Figure:
    """Slope chart between waves.

    ``data`` is either a :func:`compare.support_index` table with several
    waves per organisation (one line per organisation) or a
    :func:`compare.follow_up` table (one line per kind of change, as thick as
    the number of organisation × indicator pairs that made it).
    """
    if {"value_from", "value_to"} <= set(data.columns):
        return _transition_slopes(data, ax)
    return _index_slopes(data, ax)


def _index_slopes(index: pd.DataFrame, ax) -> Figure:
    figure, ax = _figure_and_axes(ax, (6.0, 5.0))
    ax.set_title("Stödindex över tid")
    dated = index.dropna(subset=["wave", "support_index"])
    series = {code: rows.sort_values("wave") for code, rows in dated.groupby("org_code")}
    series = {code: rows for code, rows in series.items() if rows["wave"].nunique() > 1}
    if not series:
        _no_data(ax, "Ingen uppföljning: ingen organisation har stödindex från flera år")
        return figure
    ends = []
    for code, rows in series.items():
        first, last = rows["support_index"].iloc[0], rows["support_index"].iloc[-1]
        change = "improved" if last > first else "worsened" if last < first else "unchanged"
        ax.plot(rows["wave"].astype(int), rows["support_index"], marker="o", color=CHANGE_COLOURS[change])
        ends.append((last, int(rows["wave"].iloc[-1]), org_label(code)))
    waves = sorted(dated["wave"].astype(int).unique())
    span = waves[-1] - waves[0]
    ends.sort()
    for (last, wave, label), y in zip(ends, _spread_out([e[0] for e in ends], gap=0.035)):
        ax.annotate(label, (wave, last), xytext=(wave + 0.06 * span, y), va="center", fontsize="small",
                    arrowprops=dict(arrowstyle="-", color="#BBBBBB", linewidth=0.5))
    ax.set_xticks(waves, [str(w) for w in waves])
    ax.set_xlim(waves[0] - 0.08 * span, waves[-1] + 0.4 * span)
    ax.set_ylim(-0.05, 1.05)
    ax.set_ylabel("Stödindex")
    ax.set_xlabel("År (underlagets datum)")
    ax.legend(handles=_change_handles(["improved", "unchanged", "worsened"]), loc="lower right",
              frameon=False, fontsize="small")
    return figure


def _spread_out(sorted_ys: list[float], gap: float) -> list[float]:
    """Label positions at least ``gap`` apart, as close to ``sorted_ys`` as a single upward pass allows."""
    positions: list[float] = []
    for y in sorted_ys:
        positions.append(max(y, positions[-1] + gap) if positions else y)
    overshoot = positions[-1] - max(sorted_ys[-1], 1.0) if positions else 0
    return [p - max(0.0, overshoot) for p in positions]


def _transition_slopes(follow: pd.DataFrame, ax) -> Figure:
    figure, ax = _figure_and_axes(ax, (6.5, 4.5))
    ax.set_title("Förändring mellan uppföljningar")
    if follow.empty:
        _no_data(ax, "Ingen uppföljning: ingen organisation har underlag från flera år")
        return figure
    counts = follow.groupby(["wave_from", "wave_to", "value_from", "value_to", "change"]).size()
    for (wave_from, wave_to, value_from, value_to, change), n in counts.items():
        ax.plot([int(wave_from), int(wave_to)], [_Y_OF_VALUE[value_from], _Y_OF_VALUE[value_to]],
                color=CHANGE_COLOURS[change], linewidth=1 + 1.5 * math.sqrt(n), alpha=0.85,
                linestyle="--" if "known" in change else "-", solid_capstyle="round")
    waves = sorted(set(follow["wave_from"].astype(int)) | set(follow["wave_to"].astype(int)))
    ax.set_xticks(waves, [str(w) for w in waves])
    ax.set_xlim(waves[0] - 0.3, waves[-1] + 0.3)
    ax.set_yticks(list(_Y_OF_VALUE.values()), [VALUE_LABELS_SV[v] for v in _Y_OF_VALUE])
    ax.axhspan(-0.4, 0.4, facecolor=VALUE_COLOURS["unknown"], edgecolor=HATCH_GREY, hatch=UNKNOWN_HATCH,
               linewidth=0, alpha=0.5, zorder=0)
    ax.set_ylim(-0.5, 3.5)
    ax.set_xlabel("År (underlagets datum); linjens tjocklek = antal organisation × indikator")
    present = [c for c in compare.CHANGES if c in set(follow["change"])]
    ax.legend(handles=_change_handles(present), loc="upper left", bbox_to_anchor=(1.01, 1),
              frameon=False, fontsize="small")
    return figure


def _change_handles(changes: list[str]) -> list[Line2D]:
    return [
        Line2D([], [], color=CHANGE_COLOURS[c], linewidth=2.5, linestyle="--" if "known" in c else "-",
               label=CHANGE_LABELS_SV[c])
        for c in changes
    ]


# --- methods ------------------------------------------------------------------------------


def methods_matrix(codings: pd.DataFrame, region_code=None, ax=None) -> Figure:
    """Methods × municipalities (current state), marker by status: pågår, utbildning pågår, planeras.

    With ``region_code`` only the municipalities of that county. Municipalities
    whose methods are unknown get a grey hatched column ("okänt").
    """
    methods_by_org = _methods_by_municipality(codings, region_code)
    counts = pd.Series([name for methods in methods_by_org.values() if methods for name in methods])
    method_names = list(counts.value_counts().sort_index().sort_values(ascending=False, kind="stable").index)
    columns = sorted(methods_by_org, key=org_label)

    figure, ax = _figure_and_axes(ax, (max(5.0, 2.5 + 0.45 * len(columns)), max(2.8, 1.8 + 0.4 * len(method_names))))
    where = f" i {orgs.region_name(region_code)}" if region_code is not None else ""
    ax.set_title(f"Metoder per kommun{where}")
    if not method_names and not columns:
        _no_data(ax, "Inga kommuner med uppgifter om metoder")
        return figure
    rows = method_names or ["(inga metoder)"]
    for x, code in enumerate(columns):
        methods = methods_by_org[code]
        if methods is None:
            ax.add_patch(Rectangle((x - 0.45, -0.5), 0.9, len(rows), facecolor=VALUE_COLOURS["unknown"],
                                   edgecolor=HATCH_GREY, hatch=UNKNOWN_HATCH, linewidth=0))
            continue
        for name, status in methods.items():
            style = STATUS_STYLES.get(status, STATUS_STYLES[""])
            ax.plot([x], [rows.index(name)], linestyle="none", markersize=10, markeredgewidth=1.5, **style)
    ax.set_xlim(-0.5, len(columns) - 0.5)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xticks(range(len(columns)), [org_label(c) for c in columns], rotation=60, ha="right")
    ax.set_yticks(range(len(rows)), rows)
    ax.grid(color="#EEEEEE", linewidth=0.8)
    ax.set_axisbelow(True)
    statuses = [s for s in STATUS_STYLES if any(m and s in m.values() for m in methods_by_org.values())]
    handles = [Line2D([], [], linestyle="none", markersize=8, label=STATUS_LABELS_SV[s], **STATUS_STYLES[s])
               for s in statuses]
    if any(m is None for m in methods_by_org.values()):
        handles.append(_value_patch("unknown", "okänt"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize="small")
    return figure


def _methods_by_municipality(codings: pd.DataFrame, region_code) -> dict[str, dict | None]:
    """org_code -> {method: status} ({} none, None unknown) from each municipality's newest document."""
    states = compare.current_state(codings, "municipality")
    if region_code is not None:
        states = states[states["org_code"].str[:2] == compare._region_code(region_code)]
    states = states[states["org_code"] != ""]
    methods = states[states["indicator"] == "methods"].groupby("org_code")["value"].agg(compare._merge_methods)
    reported = dict.fromkeys(states["org_code"].unique(), "unknown")
    return {code: compare.parse_methods(value) for code, value in {**reported, **methods.to_dict()}.items()}
