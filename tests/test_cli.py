"""Issues 2, 3 and 12, command line: `bas-analysis build` prints a summary,
`bas-analysis agreement --gold` prints per-indicator figures, and expected
failures end with one clear line on stderr and exit code 2. Progress bars
only on a terminal (and never from a library call unless asked), a description
line for every subcommand, `--region 08 10`, and a closed pipe ends quietly.
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


def test_build_shows_a_progress_bar_on_a_terminal_unless_quiet(tmp_path, capsys, monkeypatch):
    raw = copy_seeds(tmp_path / "raw")
    _, _, piped = run(capsys, ["build", "--raw", str(raw), "--out", str(tmp_path / "out")])
    assert not re.search(r"\d+/\d+", piped), f"progress bar into a file or pipe: {piped!r}"
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, stdout, stderr = run(capsys, ["build", "--raw", str(raw), "--out", str(tmp_path / "out")])
    assert code == 0
    assert "files seen" in stdout
    assert re.search(r"\d+/\d+", stderr), f"no progress on stderr: {stderr!r}"
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _, _, quiet_err = run(capsys, ["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--quiet"])
    assert not re.search(r"\d+/\d+", quiet_err)


def test_a_library_build_shows_no_progress_unless_asked(tmp_path, capsys):
    import bas_analysis as bas

    raw = copy_seeds(tmp_path / "raw")
    bas.build(raw, tmp_path / "quiet")
    assert not re.search(r"\d+/\d+", capsys.readouterr().err)
    bas.build(raw, tmp_path / "loud", progress=True)
    assert re.search(r"\d+/\d+", capsys.readouterr().err)


def test_every_subcommand_has_a_description_line_in_its_help():
    subparsers = next(a for a in cli.parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(subparsers.choices) >= {"build", "agreement", "report", "export-qdpx"}
    for name, sub in subparsers.choices.items():
        assert sub.description and len(sub.description) > 20, f"{name} --help has no description line"
        help_text = sub.format_help()
        assert sub.description.split()[0] in help_text
    listed = {a.dest for a in subparsers._choices_actions}
    assert listed == set(subparsers.choices), "a subcommand without a help line in `bas-analysis --help`"


@pytest.mark.parametrize("argv, expected", [
    (["report", "--region", "08", "10"], ["08", "10"]),
    (["report", "--region", "08", "--region", "10"], ["08", "10"]),
    (["report", "--region", "8", "10", "--all"], ["8", "10"]),
    (["report"], None),
])
def test_report_takes_a_list_of_regions(argv, expected):
    assert cli.parser().parse_args(argv).region == expected


def test_report_region_list_reaches_the_batch(monkeypatch, capsys):
    seen = {}

    def fake_run_reports(**kwargs):
        seen.update(kwargs)
        return 0

    monkeypatch.setattr("bas_analysis.report.run_reports", fake_run_reports)
    assert cli.main(["report", "--region", "08", "10", "--gold", "g.csv"]) == 0
    assert seen["regions"] == ["08", "10"] and seen["gold"] == Path("g.csv")
    assert seen["progress"] is False  # captured stderr is no terminal


@pytest.mark.slow  # a build in a new interpreter (its start-up is most of the time)
def test_output_into_a_closed_pipe_ends_quietly(tmp_path):
    """`bas-analysis build … | head -0`: the reader is gone before the summary is written."""
    raw = copy_seeds(tmp_path / "raw")
    command = [sys.executable, "-m", "bas_analysis.cli", "build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()  # like `head` that has read enough
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr and stderr.strip() == "", stderr
    assert (tmp_path / "out" / "manifest.json").exists()  # the work was done


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


@pytest.mark.slow  # a build in a new interpreter (its start-up is most of the time)
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
