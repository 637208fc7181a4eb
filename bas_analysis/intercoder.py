"""Inter-coder agreement: how far two researchers' manual codings agree.

In:  two manual codings files in the format of ``data/manual_codings.csv``
     and ``../shared/gold/codings.csv`` (``document,org_code,indicator,value``
     and an optional ``note``), e.g. two people reviewing the same queue.
Out: an :class:`InterCoderReport`: per indicator the cells both coded, the
     share equal and Cohen's kappa (over the cells both coded on the
     yes/partial/no/unknown scale or with a stage), overall figures, every
     disagreement with both notes, the cells only one coder filled in, and
     the cells a file codes twice with different values (left out of the
     figures, not resolved silently).

A cell without a row is one the coder left alone; an empty value is a value
(for a number: the page states none), as when manual codings are applied. Set-valued cells
(methods, target conditions, partners) are equal when they name the same
members. Codes are compared as text ("08" and "0114" stay strings).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .agreement import SET_INDICATORS, cohen_kappa
from .errors import GoldFileError
from .vocab import STAGES, VALUES, parse_set

KEY = ["document", "org_code", "indicator"]
NOMINAL = set(VALUES) | set(STAGES)


@dataclass
class InterCoderReport:
    per_indicator: pd.DataFrame
    overall: dict
    disagreements: pd.DataFrame
    only_one: pd.DataFrame
    conflicts: pd.DataFrame

    def to_text(self, show_disagreements: bool = True) -> str:
        o = self.overall
        lines = [
            f"cells both coded: {o['cells']}, equal: {o['equal']} ({o['share_equal']:.1%})",
            f"kappa over categorical cells: {o['kappa']:.3f} ({o['categorical_cells']} cells)",
            f"cells only one coder filled in: {len(self.only_one)}; cells coded twice in one file: {len(self.conflicts)}",
            "",
            self.per_indicator.to_string(index=False, float_format=lambda v: f"{v:.3f}"),
        ]
        if show_disagreements and len(self.disagreements):
            lines += ["", f"disagreements ({len(self.disagreements)}):"]
            for r in self.disagreements.itertuples(index=False):
                lines.append(f"- {r.document} {r.org_code} {r.indicator}: A '{r.value_a}' B '{r.value_b}' «{r.note_a}» «{r.note_b}»")
        return "\n".join(lines)


def read_manual(path: str | Path) -> pd.DataFrame:
    """A manual codings file as text columns (document, org_code, indicator, value, note); a clear error when unusable."""
    path = Path(path)
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise GoldFileError(f"{path}: file not found") from exc
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise GoldFileError(f"{path}: not a readable CSV file ({exc})") from exc
    missing = set(KEY + ["value"]) - set(table.columns)
    if missing:
        raise GoldFileError(f"{path}: lacks column(s) {', '.join(sorted(missing))} (expected document,org_code,indicator,value,note)")
    if "note" not in table.columns:
        table["note"] = ""
    return table[KEY + ["value", "note"]].apply(lambda column: column.str.strip())


def _split_conflicts(table: pd.DataFrame, coder: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(one row per cell, cells coded twice with different values)."""
    values = table.groupby(KEY)["value"].nunique()
    clashing = values[values > 1].index
    keyed = table.set_index(KEY)
    conflicts = keyed.loc[keyed.index.isin(clashing)].reset_index().assign(coder=coder)
    clean = keyed.loc[~keyed.index.isin(clashing)].reset_index().drop_duplicates(KEY)
    return clean, conflicts


def _equal(indicator: str, a: str, b: str) -> bool:
    if indicator in SET_INDICATORS:
        from .manual import canonical_value

        a, b = canonical_value(indicator, a), canonical_value(indicator, b)
        return (parse_set(a) or set()) == (parse_set(b) or set()) and (parse_set(a) is None) == (parse_set(b) is None)
    return a == b


def intercoder_agreement(path_a: str | Path | pd.DataFrame, path_b: str | Path | pd.DataFrame) -> InterCoderReport:
    """Compare two manual codings files (or tables as :func:`read_manual` returns them) cell by cell; see the module docstring."""
    a, conflicts_a = _split_conflicts(path_a if isinstance(path_a, pd.DataFrame) else read_manual(path_a), "A")
    b, conflicts_b = _split_conflicts(path_b if isinstance(path_b, pd.DataFrame) else read_manual(path_b), "B")
    both = a.merge(b, on=KEY, how="outer", suffixes=("_a", "_b"), indicator=True)
    only_one = both[both["_merge"] != "both"].assign(coder=lambda t: t["_merge"].map({"left_only": "A", "right_only": "B"}))
    only_one = only_one[KEY + ["coder", "value_a", "value_b"]].fillna("").reset_index(drop=True)
    paired = both[both["_merge"] == "both"].drop(columns="_merge").reset_index(drop=True)
    paired["equal"] = [_equal(i, x, y) for i, x, y in zip(paired.indicator, paired.value_a, paired.value_b)]

    paired["categorical"] = [i not in SET_INDICATORS and x in NOMINAL and y in NOMINAL for i, x, y in zip(paired.indicator, paired.value_a, paired.value_b)]
    rows = []
    for indicator, cells in paired.groupby("indicator", sort=True):
        nominal = cells[cells.categorical]
        rows.append(dict(indicator=indicator, cells=len(cells), equal=int(cells.equal.sum()), share_equal=float(cells.equal.mean()),
                         kappa_cells=len(nominal), kappa=cohen_kappa(list(nominal.value_a), list(nominal.value_b))))
    per_indicator = pd.DataFrame(rows, columns=["indicator", "cells", "equal", "share_equal", "kappa_cells", "kappa"])
    categorical = paired[paired.categorical]
    overall = dict(
        cells=len(paired),
        equal=int(paired.equal.sum()),
        share_equal=float(paired.equal.mean()) if len(paired) else float("nan"),
        categorical_cells=len(categorical),
        kappa=cohen_kappa(list(categorical.value_a), list(categorical.value_b)),
    )
    disagreements = paired[~paired.equal][KEY + ["value_a", "value_b", "note_a", "note_b"]].reset_index(drop=True)
    conflicts = pd.concat([conflicts_a, conflicts_b], ignore_index=True).reindex(columns=["coder"] + KEY + ["value", "note"])
    return InterCoderReport(per_indicator, overall, disagreements, only_one, conflicts)
