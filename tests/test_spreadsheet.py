"""Spreadsheet exports: formulas neutralised in workbooks as in CSV files, codes kept as text."""
import pandas as pd

from bas_analysis import spreadsheet


def test_workbook_neutralises_formulas_and_keeps_codes_as_text(tmp_path):
    table = pd.DataFrame({
        "org_code": ["08", "0114"],
        "evidence": ["=HYPERLINK(\"http://x\")", "Ja. Sida på intranätet."],
        "value": ["-", "@SUM(A1)"],
        "n_known": [12, pd.NA],
    })
    path = spreadsheet.write_xlsx({"Regioner: 2021/2022": table, "Kommuner": table.iloc[:1]}, tmp_path / "tabeller.xlsx")
    sheets = pd.read_excel(path, sheet_name=None, dtype=str, keep_default_na=False)
    assert list(sheets) == ["Regioner  2021 2022", "Kommuner"]
    regions = sheets["Regioner  2021 2022"]
    assert regions["org_code"].tolist() == ["08", "0114"]
    assert regions["evidence"].tolist() == ["'=HYPERLINK(\"http://x\")", "Ja. Sida på intranätet."]
    assert regions["value"].tolist() == ["-", "'@SUM(A1)"]  # the empty-set mark is no formula
    assert regions["n_known"].tolist() == ["12", ""]
    assert not list(tmp_path.glob(".*tmp"))


def test_csv_and_workbook_neutralise_the_same_cells(tmp_path):
    table = pd.DataFrame({"a": ["+46 70", "-5", "=1+1", "text", "\tx"]})
    spreadsheet.write_csv(table, tmp_path / "t.csv")
    spreadsheet.write_xlsx({"t": table}, tmp_path / "t.xlsx")
    from_csv = pd.read_csv(tmp_path / "t.csv", dtype=str, keep_default_na=False)["a"].tolist()
    from_xlsx = pd.read_excel(tmp_path / "t.xlsx", dtype=str, keep_default_na=False)["a"].tolist()
    assert from_csv[:4] == from_xlsx[:4] == ["'+46 70", "-5", "'=1+1", "text"]
