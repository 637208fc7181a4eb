"""Agreement: how far the rule coder agrees with human coders.

In:  the ``codings`` and ``respondents`` tables of a build (or a folder of raw
     pages, built into a temporary folder by :func:`agreement_of_raw`) and a
     gold file in the format of ``../shared/gold/codings.csv`` (document,
     org_code, indicator, value, note).
Out: an :class:`AgreementReport`: per indicator the cells compared, the share
     equal, Cohen's kappa (categorical indicators) and precision/recall over
     members (set-valued indicators), the overall figures, and every
     disagreement with the coder's evidence.

:func:`coder_agreement` is the command line's two-coder mode (``--coder-a``,
``--coder-b``): two researchers' manual codings files or filled-in review
sheets (CSV or ``.xlsx``) compared cell by cell with
:mod:`bas_analysis.intercoder`.
"""
from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .errors import GoldFileError
from .vocab import VALUES, parse_set

CATEGORICAL = set(VALUES)
SET_INDICATORS = {"methods", "target_conditions", "partners"}
MISSING = "(no such respondent)"


@dataclass
class AgreementReport:
    per_indicator: pd.DataFrame
    disagreements: pd.DataFrame
    overall: dict

    def to_text(self, show_disagreements: bool = True) -> str:
        o = self.overall
        lines = [
            f"documents scored: {o['documents']} (gold cells of documents not in this build, not scored: {o['cells_not_in_build']})",
            f"cells compared: {o['cells']}, equal: {o['equal']} ({o['share_equal']:.1%})",
            f"kappa over yes/partial/no/unknown cells: {o['kappa']:.3f} ({o['categorical_cells']} cells)",
            "",
            self.per_indicator.to_string(index=False, float_format=lambda v: f"{v:.3f}"),
        ]
        if show_disagreements and len(self.disagreements):
            lines += ["", f"disagreements ({len(self.disagreements)}):"]
            for row in self.disagreements.itertuples(index=False):
                lines.append(f"- {row.document} {row.org_code} {row.indicator}: gold '{row.gold}' coder '{row.coded}' [{row.rule_id}] «{row.evidence}»")
        return "\n".join(lines)


def cohen_kappa(a: list[str], b: list[str]) -> float:
    """Cohen's kappa of two codings of the same cells (NaN when undefined)."""
    n = len(a)
    if n == 0:
        return float("nan")
    observed = sum(x == y for x, y in zip(a, b)) / n
    labels = set(a) | set(b)
    expected = sum((a.count(k) / n) * (b.count(k) / n) for k in labels)
    if expected == 1:
        return 1.0 if observed == 1 else float("nan")
    return (observed - expected) / (1 - expected)


def _members(value: str) -> set[str]:
    return parse_set(value) or set()


def read_gold(path: str | Path) -> pd.DataFrame:
    if not Path(path).is_file():
        raise GoldFileError(f"{path}: gold file not found")
    try:
        gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as exc:
        raise GoldFileError(f"{path}: not a readable CSV: {exc}") from exc
    missing = {"document", "org_code", "indicator", "value"} - set(gold.columns)
    if missing:
        raise GoldFileError(f"{path}: gold file lacks column(s) {', '.join(sorted(missing))}")
    return gold


def pair_with_gold(codings: pd.DataFrame, respondents: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Gold cells with the coder's value, evidence and rule beside them."""
    coded = codings.merge(respondents[["respondent_id", "source_file"]], on="respondent_id", how="left")
    coded = coded.rename(columns={"source_file": "document", "value": "coded"})
    coded = coded.drop_duplicates(["document", "org_code", "indicator"])
    paired = gold.merge(
        coded[["document", "org_code", "indicator", "coded", "evidence", "rule_id"]],
        on=["document", "org_code", "indicator"],
        how="left",
    )
    paired = paired.rename(columns={"value": "gold"})
    paired["coded"] = paired["coded"].fillna(MISSING)
    paired[["evidence", "rule_id"]] = paired[["evidence", "rule_id"]].fillna("")
    return paired


def _equal(indicator: str, gold: str, coded: str) -> bool:
    if indicator in SET_INDICATORS:
        return _members(gold) == _members(coded) and (coded != MISSING)
    return gold.strip() == coded.strip()


def agreement(codings: pd.DataFrame, respondents: pd.DataFrame, gold_path: str | Path) -> AgreementReport:
    """Score the codings on the gold cells of the documents this build holds."""
    from .manual import canonical_value

    gold = read_gold(gold_path)
    # a method named in another letter case or spelling is the codebook's method
    gold["value"] = [canonical_value(i, v) for i, v in zip(gold["indicator"], gold["value"])]
    in_build = gold["document"].isin(set(respondents["source_file"]))
    paired = pair_with_gold(codings, respondents, gold[in_build])
    paired["equal"] = [_equal(i, g, c) for i, g, c in zip(paired.indicator, paired.gold, paired.coded)]
    rows = []
    for indicator, cells in paired.groupby("indicator", sort=False):
        row = dict(indicator=indicator, cells=len(cells), equal=int(cells.equal.sum()), share_equal=cells.equal.mean())
        if set(cells.gold) <= CATEGORICAL:
            row["kappa"] = cohen_kappa(list(cells.gold), list(cells.coded))
        if indicator in SET_INDICATORS:
            gold_m = [_members(v) for v in cells.gold]
            coded_m = [_members(v) for v in cells.coded]
            true_pos = sum(len(g & c) for g, c in zip(gold_m, coded_m))
            n_coded, n_gold = sum(map(len, coded_m)), sum(map(len, gold_m))
            row["precision"] = true_pos / n_coded if n_coded else float("nan")
            row["recall"] = true_pos / n_gold if n_gold else float("nan")
        rows.append(row)
    per_indicator = pd.DataFrame(rows, columns=["indicator", "cells", "equal", "share_equal", "kappa", "precision", "recall"])
    categorical = paired[paired.gold.isin(CATEGORICAL)]
    overall = dict(
        cells=len(paired),
        equal=int(paired.equal.sum()),
        share_equal=float(paired.equal.mean()) if len(paired) else float("nan"),
        categorical_cells=len(categorical),
        kappa=cohen_kappa(list(categorical.gold), list(categorical.coded)),
        documents=int(gold[in_build]["document"].nunique()),
        cells_not_in_build=int((~in_build).sum()),
    )
    disagreements = paired[~paired.equal][["document", "org_code", "indicator", "gold", "coded", "rule_id", "evidence"]]
    return AgreementReport(per_indicator, disagreements.reset_index(drop=True), overall)


def agreement_of_raw(raw_dir: str | Path, gold_path: str | Path, manual_codings: str | Path | None = None) -> AgreementReport:
    """Build ``raw_dir`` into a temporary folder (removed afterwards) and score it on ``gold_path``."""
    from .build import build

    read_gold(gold_path)  # a bad gold file stops before the build
    with tempfile.TemporaryDirectory(prefix="bas-agreement-") as tmp:
        result = build(raw_dir, Path(tmp) / "processed", manual_codings=manual_codings, progress=False)
        return agreement(result.tables["codings"], result.tables["respondents"], gold_path)


def _coder_table(path) -> pd.DataFrame:
    """One coder's cells (document, org_code, indicator, value, note): a manual codings file or a filled-in review sheet.

    Read as the build reads manual codings (:func:`bas_analysis.manual.read_manual`):
    CSV or ``.xlsx``, a review sheet's rows left empty are cells the coder
    left alone, codes keep their leading zeros. Any row the file cannot give
    is an error: a coder's figures are not computed from part of a file.
    """
    from .manual import cell_key, read_manual

    rows, problems = read_manual(Path(path))
    if problems:
        raise GoldFileError(f"{path}: {problems[0].reason}" + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))
    table = pd.DataFrame(
        [(*cell_key(row), row["value"], row.get("note", "")) for row in rows],
        columns=["document", "org_code", "indicator", "value", "note"],
        dtype=object,
    )
    return table


def coder_agreement(path_a, path_b, gold=None, raw=None):
    """Two researchers' codings of the same queue compared: an :class:`~bas_analysis.intercoder.InterCoderReport`."""
    from .errors import ParameterError
    from .intercoder import intercoder_agreement

    if not (path_a and path_b):
        raise ParameterError("two coders are compared with both --coder-a FILE and --coder-b FILE")
    if gold or raw:
        raise ParameterError("--coder-a/--coder-b compare two coders' files with each other: leave out --gold and --raw")
    return intercoder_agreement(_coder_table(path_a), _coder_table(path_b))
