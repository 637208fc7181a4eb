"""Manual codings: a researcher's corrections, which win over the rules.

In:  the ``codings`` and ``respondents`` tables of a build and a CSV in the
     format of ``../shared/gold/codings.csv`` (``document,org_code,indicator,value,note``).
Out: the codings with each matching row replaced (``source = manual``, the
     note as evidence), and one :class:`~bas_analysis.ingest.Problem` per row
     that cannot be applied.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .ingest import Problem


MANUAL_COLUMNS = ["document", "org_code", "indicator", "value"]


def apply_manual(codings: pd.DataFrame, respondents: pd.DataFrame, path: Path) -> tuple[pd.DataFrame, list[Problem]]:
    """Let the rows of a manual codings CSV win over the rules.

    The file has the columns of ``../shared/gold/codings.csv``: ``document``
    (the raw file name), ``org_code``, ``indicator`` (codebook name), ``value``
    and an optional ``note`` (kept as the evidence).
    """
    problems: list[Problem] = []
    if not path.exists():
        return codings, [Problem(str(path), "code", "manual codings file not found", "warning")]
    try:
        manual = pd.read_csv(path, dtype=str, keep_default_na=False)
    except Exception as exc:
        return codings, [Problem(str(path), "code", f"manual codings file unreadable: {exc}", "error")]
    missing = [c for c in MANUAL_COLUMNS if c not in manual.columns]
    if missing:
        return codings, [Problem(str(path), "code", f"manual codings file lacks column(s) {', '.join(missing)}", "error")]
    codings = codings.copy()
    lookup = respondents.set_index(["source_file", "org_code"])["respondent_id"]
    for line, row in enumerate(manual.itertuples(index=False), start=2):
        key = (row.document, row.org_code)
        if key not in lookup.index:
            problems.append(Problem(str(path), "code", f"line {line}: no respondent {row.org_code} in {row.document}", "warning"))
            continue
        ids = lookup.loc[[key]].tolist()
        mask = codings["respondent_id"].isin(ids) & (codings["indicator"] == row.indicator)
        if not mask.any():
            problems.append(Problem(str(path), "code", f"line {line}: unknown indicator '{row.indicator}'", "warning"))
            continue
        codings.loc[mask, ["value", "rule_id", "source"]] = [row.value, "manual", "manual"]
        codings.loc[mask, "evidence"] = getattr(row, "note", "") or "manuell kodning"
    return codings, problems
