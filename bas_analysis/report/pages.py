"""Pages: ``index.html`` and ``metod.html``, from Jinja templates (``templates/pages/``).

In:  the batch's state (which report has which status), the tables written
     for download (:mod:`.downloads`), a loaded build, the codebook with its
     descriptions (``data/indicator_descriptions.yaml``) and, optionally, a gold
     file of hand codings.
Out: ``<out>/index.html`` (every report with status and dates, the tables to
     take along) and ``<out>/metod.html`` (what the indicators mean, how values
     are coded, the three kinds of missing value, how far the coder agrees with
     human coders, how pages are placed in time, the known limits). Both share
     the CSS and the navigation of the reports and load nothing from the network.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .. import compare, orgs
from ..labels import (
    CONFIDENCE_SV,
    INDICATOR_LABELS_SV,
    MEMBER_LABELS_SV,
    MISSING_EXPLAINED_SV,
    MISSING_LABELS_SV,
    NAV_SV,
    REPORT_STATUS_SV,
    STAGE_LABELS_SV,
    VALUE_LABELS_SV,
    counted_as,
    decimal,
    join_sv,
    percent,
)
from .render import CSS_COMMENT, TEMPLATE_DIR, TEMPLATE_NAME, checked_page, write_atomic

NATIONAL = "nationell-oversikt"
STATUS_OK, STATUS_NO_DATA, STATUS_FAILED = "ok", "no_data", "failed"
LEVEL_TITLES = {"region": "Regionerna (enkätsvar)", "municipality": "Kommunerna (redovisningar i kommunnätverket)"}
CONFIDENCE_EXPLAINED_SV = {
    "high": "ett kodord står i svaret på indikatorns egen fråga (eller i kommunens eget avsnitt)",
    "medium": "värdet bygger på svarets innebörd utan kodord, på svaret som hänvisas till, eller på avsnittets övriga indikatorer",
    "low": "värdet är hämtat från en annan plats på sidan, bygger på uppgifter som motsäger varandra, eller på en sida som är avklippt där svaret står",
}


def nav() -> list[tuple[str, str]]:
    """The navigation of every page: (href, text)."""
    return list(NAV_SV.items())


def css() -> str:
    return CSS_COMMENT.sub("", (TEMPLATE_DIR / TEMPLATE_NAME / "report.css").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def environment():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    return Environment(
        loader=FileSystemLoader([str(TEMPLATE_DIR / "pages"), str(TEMPLATE_DIR / TEMPLATE_NAME)]),
        autoescape=select_autoescape(["html", "j2"], default=True),
        trim_blocks=False,
        keep_trailing_newline=True,
    )


def render_page(template: str, out_path: Path, **context) -> Path:
    """Render ``template`` with the shared head and navigation and write it to ``out_path``."""
    from markupsafe import Markup

    page = environment().get_template(template).render(nav=nav(), css=Markup(css()), **context)
    write_atomic(Path(out_path), checked_page(page, Path(out_path).name))
    return Path(out_path)


# --- index.html -----------------------------------------------------------------------------


def _tally(statuses: list[str], n_reports: int) -> str:
    """ "22 rapporter: 13 klara och 9 utan uppgifter."."""
    parts = [counted_as(statuses.count(s), f"report:{s}") for s in REPORT_STATUS_SV if s in statuses]
    return f"{counted_as(n_reports, 'report')}: {join_sv(parts) or 'inga skapade ännu'}."


def _index_row(out_dir: Path, name: str, title: str, entry: dict | None) -> dict:
    status = REPORT_STATUS_SV.get(entry["status"], entry["status"]) if entry else "ej skapad"
    row = {"title": title, "status": status, "css": "bas-status-" + status.replace(" ", "-"), "href": "", "log": "",
           "built": str(entry.get("built_at", ""))[:10] if entry else "",
           "rendered": str(entry.get("rendered_at", ""))[:16].replace("T", " ") if entry else ""}
    if entry and entry["status"] != STATUS_FAILED and (out_dir / entry["html"]).exists():
        row["href"] = entry["html"]
    elif entry and entry["status"] == STATUS_FAILED and (out_dir / "failed" / f"{name}.log").exists():
        row["log"] = f"failed/{name}.log"
    return row


def write_index(out_dir: Path, state: dict, downloads=None) -> Path:
    """``index.html``: the national overview and all 21 regions with status, dates and a link; the tables to take along."""
    out_dir = Path(out_dir)
    reports = state.get("reports", {})
    regions = orgs.regions()
    entries = [(NATIONAL, "Nationell översikt")] + [
        (f"region-{code}", f"{name} ({code})") for code, name in zip(regions["code"], regions["name"])
    ]
    rows = [_index_row(out_dir, name, title, reports.get(name)) for name, title in entries]
    statuses = [reports[name]["status"] for name, _ in entries if name in reports]
    missing = [(MISSING_LABELS_SV[k] or "tom ruta", MISSING_EXPLAINED_SV[k]) for k in MISSING_EXPLAINED_SV]
    return render_page("index.html.j2", out_dir / "index.html", title="Barn som anhöriga: rapporter",
                       tally=_tally(statuses, len(entries)), rows=rows, downloads=downloads, missing=missing)


# --- metod.html ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def indicator_descriptions() -> dict:
    """``data/indicator_descriptions.yaml``: Swedish and English definitions of indicators and values."""
    from .evidence import package_yaml

    return package_yaml("indicator_descriptions.yaml")


def _value_name(value: str, indicator: str) -> str:
    labels = STAGE_LABELS_SV if indicator == "stage" else VALUE_LABELS_SV
    return labels.get(value, value)


def indicator_rows(level: str) -> list[dict]:
    """The codebook's indicators of ``level`` with their Swedish definition, values and first question."""
    from .evidence import codebook, question_wordings

    descriptions = indicator_descriptions()
    common = descriptions.get("_common", {}).get("values", {})
    wordings = question_wordings()
    rows = []
    for indicator in (i for i in codebook().indicators if i.level == level):
        entry = descriptions.get(indicator.name, {})
        definition = entry.get("sv", "")
        values = [(_value_name(v, indicator.name), d.get("sv", "")) for v, d in (entry.get("values") or {}).items()]
        members = [(m, d.get("sv", "")) for m, d in (entry.get("members") or {}).items()]
        if members:
            labels = MEMBER_LABELS_SV.get(indicator.name, {})
            values = [(labels.get(m, m), d) for m, d in members]
        if values and indicator.type == "categorical" and "unknown" in common:
            values.append((_value_name("unknown", indicator.name), common["unknown"].get("sv", "")))
        rows.append({
            "id": indicator.id, "name": indicator.name, "label": INDICATOR_LABELS_SV.get(indicator.name, indicator.name),
            "definition": definition, "value_list": values,
            "question": wordings.get(indicator.questions[0], "") if indicator.questions else "",
        })
    return rows


def _number(x, digits: int = 3) -> str:
    return decimal(x, digits)


def agreement_context(data, gold: Path | None) -> dict | None:
    """The coder's agreement with the hand codings of ``gold`` on this build, as the method page shows it."""
    if gold is None:
        return None
    from ..agreement import agreement

    report = agreement(data.codings, data.respondents, gold)
    o = report.overall
    rows = [{
        "label": INDICATOR_LABELS_SV.get(r.indicator, r.indicator), "cells": int(r.cells), "equal": int(r.equal),
        "share": percent(r.share_equal, 1), "kappa": _number(r.kappa), "precision": _number(r.precision),
        "recall": _number(r.recall),
    } for r in report.per_indicator.itertuples()]
    return {
        "file": Path(gold).name, "cells": o["cells"], "documents": o["documents"], "equal": o["equal"],
        "share": percent(o["share_equal"], 1) if o["cells"] else "–", "kappa": _number(o["kappa"]),
        "categorical_cells": o["categorical_cells"], "not_in_build": o["cells_not_in_build"], "rows": rows,
    }


def write_method_page(data, out_dir: Path, gold: Path | None = None) -> Path:
    """``metod.html``: indicators, coding, missing values, index, agreement, time, limits, the build."""
    from markupsafe import Markup

    from .content import built_date, data_basis

    levels = [{"title": LEVEL_TITLES[level], "indicators": indicator_rows(level)} for level in ("region", "municipality")]
    confidence = [(CONFIDENCE_SV[k].capitalize(), text) for k, text in CONFIDENCE_EXPLAINED_SV.items()]
    missing = [(MISSING_LABELS_SV[k] or "tom ruta", MISSING_EXPLAINED_SV[k]) for k in MISSING_EXPLAINED_SV]
    return render_page(
        "metod.html.j2", Path(out_dir) / "metod.html", title="Barn som anhöriga: metod och begränsningar",
        built_at=built_date(data.manifest), levels=levels, confidence=confidence, missing=missing,
        min_known=compare.min_known_for_rank(), min_panel=compare.MIN_PANEL,
        agreement=agreement_context(data, gold), basis=Markup(str(data_basis(data))),
    )


