"""Issue 11, data loss: safe output folders, a read-only load(), one build per reader and per report batch,
stale builds rebuilt from their own raw folder, and CSV cells that cannot run as formulas.

Every refusal is checked to touch nothing: the tree below tmp_path is the same, byte for byte, afterwards.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import copy_seed, questionnaire_page  # noqa: E402

import bas_analysis as bas  # noqa: E402
from bas_analysis import cli, report, spreadsheet, store  # noqa: E402
from bas_analysis.errors import OutputDirError, ReportError  # noqa: E402


def tree(root: Path) -> dict[str, str]:
    """Every entry below ``root``: files with their bytes' hash, links with their target, folders."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            rel = str(path.relative_to(root))
            if path.is_symlink():
                out[rel] = "-> " + os.readlink(path)
            elif path.is_dir():
                out[rel] = "dir"
            else:
                out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


@pytest.fixture
def workspace(tmp_path):
    """A project folder: data/raw with the seeds, data/manual_codings.csv, a foreign folder and a file."""
    data = tmp_path / "data"
    raw = copy_seed(data / "raw")
    manual = data / "manual_codings.csv"
    manual.write_text("document,org_code,indicator,value,note\n", encoding="utf-8")
    foreign = tmp_path / "thesis"
    foreign.mkdir()
    (foreign / "chapter1.docx").write_bytes(b"my thesis")
    (tmp_path / "notes.txt").write_text("do not move me", encoding="utf-8")
    return dict(root=tmp_path, data=data, raw=raw, manual=manual, foreign=foreign)


# ------------------------------------------------------------- the output-folder guard
REFUSED = [
    ("out-is-raw", lambda w: (w["raw"], w["raw"]), "is the raw folder"),
    ("out-holds-raw", lambda w: (w["raw"], w["data"]), "holds the raw folder"),
    ("out-holds-raw-two-up", lambda w: (w["raw"], w["root"]), "holds the raw folder"),
    ("out-is-a-file", lambda w: (w["raw"], w["root"] / "notes.txt"), "is a file"),
    ("out-foreign-folder", lambda w: (w["raw"], w["foreign"]), "not made by bas-analysis"),
    ("out-inside-raw", lambda w: (w["raw"], w["raw"] / "processed"), "inside the raw folder"),
    ("out-under-a-file", lambda w: (w["raw"], w["root"] / "notes.txt" / "processed"), "is a file"),
]


@pytest.mark.parametrize("case,paths,reason", REFUSED, ids=[c for c, _, _ in REFUSED])
def test_build_refuses_an_output_folder_it_could_damage_and_touches_nothing(workspace, case, paths, reason, capsys):
    raw, out = paths(workspace)
    before = tree(workspace["root"])
    code = cli.main(["build", "--raw", str(raw), "--out", str(out), "--quiet"])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert len(err.splitlines()) == 1 and str(out) in err and reason in err, err
    assert tree(workspace["root"]) == before


def test_build_refuses_an_output_folder_that_holds_the_manual_codings(workspace):
    before = tree(workspace["root"])
    other_raw = copy_seed(workspace["root"] / "elsewhere" / "raw")
    before = tree(workspace["root"])
    with pytest.raises(OutputDirError, match="manual codings"):
        bas.build(other_raw, workspace["data"], manual_codings=workspace["manual"], progress=False)
    assert tree(workspace["root"]) == before


def test_build_refuses_a_symlink_as_output_folder(workspace):
    link = workspace["root"] / "link"
    link.symlink_to(workspace["foreign"], target_is_directory=True)
    before = tree(workspace["root"])
    with pytest.raises(OutputDirError, match="symbolic link"):
        bas.build(workspace["raw"], link, progress=False)
    assert tree(workspace["root"]) == before


def test_build_takes_a_new_an_empty_and_its_own_folder(workspace):
    new = workspace["root"] / "a" / "b" / "processed"
    bas.build(workspace["raw"], new, progress=False)
    empty = workspace["root"] / "empty"
    empty.mkdir()
    bas.build(workspace["raw"], empty, progress=False)
    bas.build(workspace["raw"], empty, progress=False)  # again: the marker says it is ours
    for folder in (new, empty):
        assert (folder / store.MARKER).is_file()
        assert len(bas.load(folder).documents) == 5
        assert (folder / "answers.csv").is_file() and (folder / "answers.parquet").is_file()


def test_a_build_of_an_older_version_is_taken_over(workspace):
    """An older bas-analysis wrote the tables straight into the folder, without a marker: still ours."""
    out = workspace["root"] / "processed"
    result = bas.build(workspace["raw"], workspace["root"] / "tmp-build", progress=False)
    out.mkdir()
    for name in store.PUBLIC_FILES:
        (out / name).write_bytes((result.build_dir / name).read_bytes())
    bas.build(workspace["raw"], out, progress=False)
    assert (out / ".current").is_symlink() and len(bas.load(out).documents) == 5
    # but a look-alike with anything else in it is not
    (out.parent / "lookalike").mkdir()
    for name in ("manifest.json", "documents.csv"):
        (out.parent / "lookalike" / name).write_bytes((result.build_dir / name).read_bytes())
    (out.parent / "lookalike" / "my-notes.md").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputDirError, match="not made by bas-analysis"):
        bas.build(workspace["raw"], out.parent / "lookalike", progress=False)


# ------------------------------------------------------------------ load() only reads
def test_load_never_writes_moves_or_deletes(workspace):
    out = workspace["root"] / "processed"
    bas.build(workspace["raw"], out, progress=False)
    # litter an older version and a killed build could leave: load() must leave it all alone
    (workspace["root"] / ".processed.previous").mkdir()
    (workspace["root"] / ".processed.previous" / "manifest.json").write_text("{}", encoding="utf-8")
    (out / ".builds" / ".tmp-killed").mkdir()
    (out / ".builds" / ".tmp-killed" / "documents.parquet").write_bytes(b"PAR1")
    before = tree(workspace["root"])
    stamps = {p: p.stat().st_mtime_ns for p in workspace["root"].rglob("*") if not p.is_symlink()}
    for _ in range(3):
        bas.load(out)
    assert tree(workspace["root"]) == before
    assert {p: p.stat().st_mtime_ns for p in workspace["root"].rglob("*") if not p.is_symlink()} == stamps


def _consistent(data) -> None:
    counts = data.manifest["counts"]
    assert len(data.documents) == counts["parsed"]
    assert len(data.answers) == counts["answers"]
    assert len(data.codings) == counts["codings"]
    assert len(data.problems) == counts["problems"]


def test_readers_see_one_complete_build_while_builds_swap(workspace):
    """load() in a loop while builds alternate between two raw folders: every load is one whole build."""
    out = workspace["root"] / "processed"
    small = copy_seed(workspace["root"] / "small")
    large = copy_seed(workspace["root"] / "large")
    (large / "zz_vasternorrland.txt").write_text(questionnaire_page("Region Västernorrland"), encoding="utf-8")
    bas.build(small, out, progress=False)
    stop, seen, errors = threading.Event(), set(), []

    def reader():
        while not stop.is_set():
            try:
                data = bas.load(out)
                _consistent(data)
                seen.add(data.manifest["counts"]["files_seen"])
            except Exception as error:  # noqa: BLE001 - collected and failed below
                errors.append(repr(error))

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for raw in (large, small, large, small):
            bas.build(raw, out, progress=False)
    finally:
        stop.set()
        thread.join(60)
    assert not errors, errors[:3]
    assert seen == {5, 6}
    assert len([p for p in (out / ".builds").iterdir() if not p.name.startswith(".")]) <= store.KEEP_BUILDS


def test_a_pinned_build_outlives_later_builds(workspace):
    out = workspace["root"] / "processed"
    bas.build(workspace["raw"], out, progress=False)
    with store.pinned(out) as folder:
        for _ in range(3):
            bas.build(workspace["raw"], out, progress=False)
        assert folder.is_dir() and len(bas.load(folder).documents) == 5
        assert store.build_dir(out) != folder
    bas.build(workspace["raw"], out, progress=False)  # unpinned now: pruned like any old build
    assert not folder.exists()


def test_report_batch_passes_one_build_to_every_notebook(workspace, monkeypatch):
    """run_reports hands each notebook the folder of the build it pinned, not data/processed."""
    out = workspace["root"] / "processed"
    bas.build(workspace["raw"], out, progress=False)
    pinned_folder = store.build_dir(out).resolve()
    seen = []

    def fake_execute(jobs, workers, progress):
        bas.build(workspace["raw"], out, progress=False)  # a build finishing mid-batch
        bas.build(workspace["raw"], out, progress=False)
        for job in jobs:
            seen.append(job.parameters["processed_dir"])
            assert len(bas.load(job.parameters["processed_dir"]).documents) == 5
            yield job, report.Outcome(job.name, report.STATUS_OK, 0.0)

    monkeypatch.setattr(report.batch, "execute_jobs", fake_execute)
    monkeypatch.setattr(report.batch, "ensure_kernel", lambda: "none")
    code = report.run_reports(["08"], False, 1, workspace["root"] / "reports", True, out, None, 60, False)
    assert code == 0
    assert set(seen) == {str(pinned_folder)} and len(seen) == 2


# --------------------------------------------------- report: rebuild from the recorded raw folder
def test_report_rebuilds_a_stale_build_from_its_own_raw_folder(workspace, monkeypatch):
    other = copy_seed(workspace["root"] / "other_raw")
    out = workspace["root"] / "processed"
    bas.build(other, out, progress=False)
    (other / "zz_vasternorrland.txt").write_text(questionnaire_page("Region Västernorrland"), encoding="utf-8")
    monkeypatch.chdir(workspace["root"])  # data/raw (5 seeds) is the default here: it must not be used
    assert "changed" in report.build_is_stale(out)
    report.ensure_build(out, None, progress=False)
    manifest = bas.load(out).manifest
    assert Path(manifest["raw_dir"]) == other.resolve()
    assert manifest["counts"]["files_seen"] == 6
    assert report.build_is_stale(out) is None


def test_report_refuses_a_raw_folder_other_than_the_builds_own(workspace):
    other = copy_seed(workspace["root"] / "other_raw")
    out = workspace["root"] / "processed"
    bas.build(other, out, progress=False)
    before = tree(workspace["root"])
    with pytest.raises(ReportError, match="was made from"):
        report.ensure_build(out, workspace["raw"], progress=False)
    assert tree(workspace["root"]) == before


def test_report_says_it_cannot_check_a_build_whose_raw_folder_is_gone(workspace, capsys):
    other = copy_seed(workspace["root"] / "other_raw")
    out = workspace["root"] / "processed"
    bas.build(other, out, progress=False)
    for path in other.iterdir():
        path.unlink()
    other.rmdir()
    before = tree(workspace["root"])
    report.ensure_build(out, None, progress=False)
    assert "cannot check" in capsys.readouterr().err
    assert tree(workspace["root"]) == before


# ------------------------------------------------------------------ CSV formula injection
FORMULAS = ["=HYPERLINK(\"http://x.invalid\",\"klick\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", " =1+1",
            "=cmd|' /C calc'!A0", "+46 70 123", "-@x"]
HARMLESS = ["-", "-5", "+3.5", "Ja, = enligt plan", "a-b", "e-post", ""]


@pytest.mark.parametrize("cell", FORMULAS)
def test_csv_cell_neutralises_formulas(cell):
    assert spreadsheet.csv_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", HARMLESS)
def test_csv_cell_leaves_other_text_alone(cell):
    assert spreadsheet.csv_cell(cell) == cell


def test_formula_cells_from_pages_are_inert_in_csv_and_exact_in_parquet(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    answers = ["=HYPERLINK(\"http://x.invalid\"; \"klicka här\")", "+SUM(1,2)", "-2+3 barnombud", "@IMPORT ja"]
    (raw / "kalmar.txt").write_text(questionnaire_page("Region Kalmar län", answers), encoding="utf-8")
    out = tmp_path / "out"
    bas.build(raw, out, progress=False)
    exact = pd.read_parquet(out / "answers.parquet")["answer_text"].tolist()
    csv_text = pd.read_csv(out / "answers.csv", dtype=str, keep_default_na=False)["answer_text"].tolist()
    for answer in answers:
        assert answer in exact
        assert answer not in csv_text and "'" + answer in csv_text
    for name in store.TABLES:
        frame = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        cells = [c for c in frame.to_numpy().ravel() if isinstance(c, str)]
        live = [c for c in cells if c[:1] in spreadsheet.FORMULA_START and c != "-" and not spreadsheet._NUMBER.match(c)]
        assert not live, f"{name}.csv: {live[:3]}"
