"""Downloads: the numbers of the reports as tables an evaluator can take along.

In:  a loaded build.
Out: ``<out>/tabeller/regioner.csv`` (region × indicator: value, year, source
     page, question, quote, confidence), ``<out>/tabeller/kommuner.csv`` (the
     same for every municipality that reported) and
     ``<out>/tabeller/barn-som-anhoriga.xlsx`` (both as sheets, and a sheet that
     explains the columns), all written through :mod:`bas_analysis.spreadsheet`
     (no cell runs as a formula). Each organisation's current state, as in the
     reports; missing values as :mod:`bas_analysis.vocab` defines them.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .. import orgs
from ..labels import INDICATOR_LABELS_SV, MISSING_EXPLAINED_SV, MISSING_LABELS_SV
from ..spreadsheet import write_csv, write_xlsx
from .evidence import coded_values, confidence_label, value_label

FOLDER = "tabeller"
REGIONS_CSV = f"{FOLDER}/regioner.csv"
MUNICIPALITIES_CSV = f"{FOLDER}/kommuner.csv"
WORKBOOK = f"{FOLDER}/barn-som-anhoriga.xlsx"

# column -> what it holds (the workbook's sheet "Om tabellerna")
COLUMNS = {
    "Kod": "SCB-kod för regionen (två siffror) eller kommunen (fyra siffror), alltid text",
    "Namn": "regionens eller kommunens namn",
    "Län": "länet kommunen ligger i (bara kommuner)",
    "Indikator-id": "kodbokens id (R01–R12, M01–M08)",
    "Indikator": "indikatorn på svenska",
    "Värde": "värdet på svenska",
    "Värdets kod": "värdet som kodboken skriver det (yes, partial, no, unknown, - för tom mängd, tal, metod:status)",
    "År": "året sidan gäller (tomt när sidan inte kan placeras i tid)",
    "Året enligt": "hur året bestämts: sidans datum, årtal i texten eller enkätens formulering, med gränser",
    "Källsida": "filen i underlaget som värdet kommer från",
    "Fråga": "frågan som citatet svarar på",
    "Citat": "meningen ur texten som värdet bygger på (flera meningar skiljs med …)",
    "Säkerhet": "hög, medel eller låg, och varför",
    "Regel": "kodbokens regel som gav värdet, eller manuell kodning",
}


@dataclass(frozen=True)
class Downloads:
    """What :func:`write_downloads` wrote: paths relative to the report folder, and row counts."""

    regions_csv: str
    municipalities_csv: str
    workbook: str
    n_regions: int
    n_municipalities: int
    n_region_rows: int
    n_municipality_rows: int


def values_table(data, level: str) -> pd.DataFrame:
    """One row per organisation of ``level`` and indicator: its current value with year, page, question, quote."""
    values = coded_values(data, level)
    frame = pd.DataFrame({
        "Kod": values["org_code"],
        "Namn": values["org_name"],
        "Län": values["region_code"].map(orgs.region_name) if level == "municipality" else "",
        "Indikator-id": values["indicator_id"],
        "Indikator": values["indicator"].map(lambda i: INDICATOR_LABELS_SV.get(i, i)),
        "Värde": [value_label(v, i) for v, i in zip(values["value"], values["indicator"])],
        "Värdets kod": values["value"].fillna(""),
        "År": values["wave"].astype("Int64"),
        "Året enligt": values["wave_text"],
        "Källsida": values["source_file"],
        "Fråga": values["question"],
        "Citat": values["evidence"].fillna(""),
        "Säkerhet": [confidence_label(c, r) for c, r in zip(values["confidence"], values["confidence_reason"])],
        "Regel": [("manuell kodning" if s == "manual" else r) for s, r in zip(values["source"], values["rule_id"])],
    }, columns=list(COLUMNS))
    if level == "region":
        frame = frame.drop(columns="Län")
    return frame.sort_values(["Kod", "Indikator-id"], kind="stable").reset_index(drop=True)


def about_sheet(data) -> pd.DataFrame:
    """The workbook's explanation: the columns, the missing values, the build."""
    rows = [{"Fält": name, "Förklaring": text} for name, text in COLUMNS.items()]
    for kind, text in MISSING_EXPLAINED_SV.items():
        shown = MISSING_LABELS_SV[kind] or "(tom ruta)"
        rows.append({"Fält": f"Värde: {shown}", "Förklaring": text})
    built = str(data.manifest.get("built_at", ""))[:10]
    rows.append({"Fält": "Underlaget", "Förklaring": f"byggt {built}; varje organisations senaste sida efter sidornas egna uppgifter om tid"})
    return pd.DataFrame(rows)


def write_downloads(data, out_dir: Path) -> Downloads:
    """Write the region and municipality tables as CSV and as one Excel workbook under ``out_dir/tabeller``."""
    out_dir = Path(out_dir)
    (out_dir / FOLDER).mkdir(parents=True, exist_ok=True)
    regions, municipalities = values_table(data, "region"), values_table(data, "municipality")
    write_csv(regions, out_dir / REGIONS_CSV)
    write_csv(municipalities, out_dir / MUNICIPALITIES_CSV)
    write_xlsx({"Regioner": regions, "Kommuner": municipalities, "Om tabellerna": about_sheet(data)}, out_dir / WORKBOOK)
    return Downloads(REGIONS_CSV, MUNICIPALITIES_CSV, WORKBOOK, regions["Kod"].nunique(), municipalities["Kod"].nunique(),
                     len(regions), len(municipalities))
