"""Issues 2 and 3, command line: `bas-analysis build` prints a summary,
`bas-analysis agreement --gold` prints per-indicator figures, and expected
failures end with one clear line on stderr and exit code 2.
"""
from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from bas_analysis import cli
from corpus import GOLD_CODINGS, SEED_FILES, copy_seeds, full_build, gold_codings, gold_respondent_rows, require_gold


def run(capsys, argv):
    code = cli.main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_build_prints_the_summary(tmp_path, capsys):
    raw = copy_seeds(tmp_path / "raw")
    out = tmp_path / "processed"
    code, stdout, stderr = run(capsys, ["build", "--raw", str(raw), "--out", str(out), "--quiet"])
    assert code == 0, stderr
    assert (out / "manifest.json").is_file()
    assert f"files seen {len(SEED_FILES)}" in stdout
    kinds_line = next(line for line in stdout.splitlines() if "kind" in line)
    levels_line = next(line for line in stdout.splitlines() if "level" in line)
    assert any("problems" in line for line in stdout.splitlines())
    require_gold()
    seeds = [r for r in gold_respondent_rows() if r["document"] in SEED_FILES]
    kinds = Counter({r["document"]: r["kind"] for r in seeds}.values())  # gold: 3 project descriptions, 1 questionnaire, 1 network report
    levels = Counter(r["level"] for r in seeds)  # gold: 4 regions, 23 municipalities
    for kind, n in kinds.items():
        assert re.search(rf"\b{kind}\W+{n}\b", kinds_line), (kind, n, kinds_line)
    for level, n in levels.items():
        assert re.search(rf"\b{level}\W+{n}\b", levels_line), (level, n, levels_line)


def test_build_shows_a_progress_bar_unless_quiet(tmp_path, capsys):
    raw = copy_seeds(tmp_path / "raw")
    code, stdout, stderr = run(capsys, ["build", "--raw", str(raw), "--out", str(tmp_path / "out")])
    assert code == 0
    assert "files seen" in stdout
    assert re.search(r"\d+/\d+", stderr), f"no progress on stderr: {stderr!r}"
    _, _, quiet_err = run(capsys, ["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--quiet"])
    assert not re.search(r"\d+/\d+", quiet_err)


def test_build_of_a_missing_folder_stops_with_one_clear_line(tmp_path, capsys):
    missing = tmp_path / "finns-inte"
    code, stdout, stderr = run(capsys, ["build", "--raw", str(missing), "--out", str(tmp_path / "out")])
    assert code == 2
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert str(missing) in lines[0]
    assert "Traceback" not in stderr
    assert not (tmp_path / "out").exists()


def test_build_of_a_missing_folder_with_default_out(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "saknas"
    code, _, stderr = run(capsys, ["build", "--raw", str(missing)])
    assert code == 2
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(missing) in lines[0], stderr
    assert not (tmp_path / "data" / "processed" / "manifest.json").exists()


def test_agreement_prints_per_indicator_figures(tmp_path_factory, capsys):
    built = full_build(tmp_path_factory)
    code, stdout, stderr = run(capsys, ["agreement", "--gold", str(GOLD_CODINGS), "--processed", str(built.out_dir), "--quiet"])
    assert code == 0, stderr
    gold = gold_codings()
    cells = gold["indicator"].value_counts()
    lines = stdout.splitlines()
    header = next(line for line in lines if "indicator" in line and "share" in line)
    assert "kappa" in header and "precision" in header and "recall" in header
    for indicator, n in cells.items():
        row = next((line for line in lines if line.split() and line.split()[0] == indicator), None)
        assert row is not None, f"no line for {indicator}:\n{stdout}"
        fields = row.split()
        assert int(fields[1]) == n, (indicator, row)  # cells compared = gold cells of that indicator
        assert 0.0 <= float(fields[3]) <= 1.0  # share equal
    assert re.search(rf"cells compared: {len(gold)}\b", stdout), stdout
    assert "kappa" in stdout


def test_agreement_lists_disagreements_with_evidence(tmp_path_factory, tmp_path, capsys):
    built = full_build(tmp_path_factory)
    gold = gold_codings()
    # a gold file with one cell turned wrong: it must be listed as a disagreement
    row = gold[(gold["document"] == "003_de1f3ebb09300a39.txt") & (gold["indicator"] == "steering_document")].iloc[0]
    assert row["value"] == "yes"  # "Handlingsplan Barnrätt. Checklista som stöd till verksamheterna."
    wrong = gold.copy()
    wrong.loc[row.name, "value"] = "no"
    path = tmp_path / "gold_wrong.csv"
    wrong.to_csv(path, index=False)
    code, stdout, _ = run(capsys, ["agreement", "--gold", str(path), "--processed", str(built.out_dir)])
    assert code == 0
    listed = [line for line in stdout.splitlines() if "003_de1f3ebb09300a39.txt" in line and "steering_document" in line]
    assert len(listed) == 1 and "Handlingsplan" in listed[0], stdout


def test_agreement_without_a_build_stops_with_one_clear_line(tmp_path, capsys):
    require_gold()
    code, _, stderr = run(capsys, ["agreement", "--gold", str(GOLD_CODINGS), "--processed", str(tmp_path / "ingen-build")])
    assert code == 2
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "ingen-build" in lines[0], stderr


def test_installed_command(tmp_path):
    command = Path(sys.executable).parent / "bas-analysis"
    if not command.exists():
        pytest.skip(f"console script not installed at {command}")
    raw = copy_seeds(tmp_path / "raw")
    done = subprocess.run(
        [str(command), "build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--quiet"],
        capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "files seen 5" in done.stdout
    missing = subprocess.run([str(command), "build", "--raw", str(tmp_path / "nope")], capture_output=True, text=True, timeout=120)
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
