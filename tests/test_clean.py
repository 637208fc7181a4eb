"""`bas-analysis clean` removes what bas-analysis made, and nothing else."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import bas_analysis as bas
from bas_analysis.cli import main
from bas_analysis.clean import clean, clean_processed, clean_reports

from corpus import copy_seeds


def _tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_a_build_folder_is_removed_but_what_a_person_put_there(tmp_path):
    raw = copy_seeds(tmp_path / "raw")
    out = tmp_path / "processed"
    bas.build(raw, out)
    bas.build(raw, out)  # two builds: the old one is kept beside the current one
    (out / "mina-anteckningar.txt").write_text("egna anteckningar\n", encoding="utf-8")

    result = clean_processed(out)

    assert _tree(out) == {"mina-anteckningar.txt"}
    assert out / "mina-anteckningar.txt" in result.kept
    assert len(result.removed) > 10
    assert _tree(raw) == _tree(copy_seeds(tmp_path / "again"))  # the raw pages are untouched


def test_an_empty_build_folder_goes_and_a_foreign_folder_is_left_alone(tmp_path, capsys):
    raw = copy_seeds(tmp_path / "raw")
    bas.build(raw, tmp_path / "processed")
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    (foreign / "codings.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (foreign / "manifest.json").write_text("{}", encoding="utf-8")

    assert main(["clean", "--processed", str(tmp_path / "processed"), "--reports", str(tmp_path / "none")]) == 0
    assert not (tmp_path / "processed").exists()
    result = clean_processed(foreign)
    assert result.removed == [] and _tree(foreign) == {"codings.csv", "manifest.json"}
    assert "not an output folder of bas-analysis" in result.summary()
    assert "removed" in capsys.readouterr().out


@pytest.mark.slow
def test_reports_of_the_batch_go_other_files_and_review_sheets_stay(rendered_batch, tmp_path):
    reports = tmp_path / "reports"
    shutil.copytree(rendered_batch.out, reports)
    made = {p.name for p in reports.glob("*.html")}
    assert {"index.html", "metod.html", "nationell-oversikt.html", "region-08.html"} <= made
    (reports / ".gitkeep").write_text("", encoding="utf-8")
    (reports / "presentation.html").write_text("<p>min egen</p>", encoding="utf-8")
    (reports / "granskning.xlsx").write_bytes(b"filled in by a person")
    (reports / "tabeller" / "min-analys.xlsx").write_bytes(b"mine")

    result = clean(tmp_path / "no-build", reports)

    assert _tree(reports) == {".gitkeep", "presentation.html", "granskning.xlsx", "tabeller", "tabeller/min-analys.xlsx"}
    assert reports / "granskning.xlsx" in result.kept and reports / "tabeller" / "min-analys.xlsx" in result.kept
    assert not (reports / "notebooks").exists()
    assert _tree(rendered_batch.out) >= {"index.html", "region-08.html"}  # the session's batch is untouched
