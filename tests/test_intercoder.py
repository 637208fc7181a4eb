"""Inter-coder agreement of two manual codings files (issue 14, item 4, library part)."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from bas_analysis.errors import GoldFileError
from bas_analysis.intercoder import intercoder_agreement

GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "codings.csv"


def _write(path: Path, rows: list[tuple]) -> Path:
    pd.DataFrame(rows, columns=["document", "org_code", "indicator", "value", "note"]).to_csv(path, index=False)
    return path


def test_kappa_per_indicator_as_computed_by_hand(tmp_path):
    # coordination: A yes×5 no×5, B yes×4 no×6 -> observed 0.9, expected 0.5, kappa 0.8
    a = [(f"d{i}.txt", "08", "coordination", "yes" if i < 5 else "no", "") for i in range(10)]
    b = [(f"d{i}.txt", "08", "coordination", "yes" if i < 4 else "no", "B läste om" if i == 4 else "") for i in range(10)]
    # stage: all four agree on two categories -> kappa 1
    a += [(f"d{i}.txt", "0114", "stage", s, "") for i, s in enumerate(["established", "developing", "established", "developing"])]
    b += [(f"d{i}.txt", "0114", "stage", s, "") for i, s in enumerate(["established", "developing", "established", "developing"])]
    report = intercoder_agreement(_write(tmp_path / "a.csv", a), _write(tmp_path / "b.csv", b))
    per = report.per_indicator.set_index("indicator")
    assert per.loc["coordination", "kappa"] == pytest.approx(0.8)
    assert per.loc["coordination", ["cells", "equal"]].tolist() == [10, 9]
    assert per.loc["stage", "kappa"] == pytest.approx(1.0)
    assert report.disagreements[["document", "value_a", "value_b", "note_b"]].values.tolist() == [["d4.txt", "yes", "no", "B läste om"]]
    assert report.overall["cells"] == 14 and report.overall["categorical_cells"] == 14
    assert "kappa over categorical cells" in report.to_text()


@pytest.mark.skipif(not GOLD.exists(), reason="../shared/gold/codings.csv not present")
def test_two_reviews_of_the_gold_cells(tmp_path):
    gold = pd.read_csv(GOLD, dtype=str, keep_default_na=False)
    same = intercoder_agreement(GOLD, GOLD)
    assert same.overall["share_equal"] == 1.0 and same.disagreements.empty and same.only_one.empty
    assert (same.per_indicator.dropna(subset=["kappa"]).kappa == 1.0).all()

    second = gold.copy()
    cat = second.index[(second.indicator == "mandate_children") & (second.value == "yes")][0]
    second.loc[cat, "value"] = "partial"  # a real disagreement
    sets = second.index[second.value.str.contains(";")][0]
    second.loc[sets, "value"] = ";".join(reversed(second.loc[sets, "value"].split(";")))  # same members, other order
    dropped = second.index[second.indicator == "stage"][0]
    conflict = second.loc[[cat]].assign(value="no")
    second = pd.concat([second.drop(index=dropped), conflict], ignore_index=True)  # a cell left out, a cell coded twice
    path_b = tmp_path / "b.csv"
    second.to_csv(path_b, index=False)

    report = intercoder_agreement(GOLD, path_b)
    assert report.disagreements.empty  # the changed cell clashes within B: set aside, not compared
    assert report.conflicts[["coder", "indicator"]].values.tolist() == [["B", "mandate_children"]] * 2
    assert report.only_one.coder.tolist().count("A") == 2  # the dropped stage cell and the clashing cell
    assert report.overall["cells"] == len(gold) - 2 and report.overall["share_equal"] == 1.0

    second = second.iloc[:-1]  # resolve the clash: B says partial
    second.to_csv(path_b, index=False)
    report = intercoder_agreement(GOLD, path_b)
    assert report.disagreements[["indicator", "value_a", "value_b"]].values.tolist() == [["mandate_children", "yes", "partial"]]
    per = report.per_indicator.set_index("indicator")
    assert per.loc["mandate_children", "kappa"] < 1.0 and per.loc["partners", "share_equal"] == 1.0


def test_a_file_without_the_columns_stops_with_a_clear_error(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("dokument,kod\nx,y\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match="bad.csv: lacks column"):
        intercoder_agreement(bad, bad)
    with pytest.raises(GoldFileError, match="missing.csv: file not found"):
        intercoder_agreement(tmp_path / "missing.csv", bad)
