"""Issue 11, one bad file never stops the build: raw folders with subfolders, links, FIFOs and unreadable
files, malformed manual codings, a 1 MB single-word page and a per-file time budget.

The last test builds one folder holding every bad input at once: it finishes and
files seen = parsed + skipped + failed.
"""
from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import copy_seed, questionnaire_page  # noqa: E402

import bas_analysis as bas  # noqa: E402
import importlib  # noqa: E402
build_module = importlib.import_module("bas_analysis.build")
from bas_analysis import ingest, manual, report  # noqa: E402

SEED_QUESTIONNAIRE = "003_de1f3ebb09300a39.txt"  # Region Kalmar län, code 08


def _accounted(result) -> dict:
    counts = result.counts
    assert counts["files_seen"] == counts["parsed"] + counts["skipped"] + counts["failed"], counts
    return counts


def _problem(data, file: str) -> str:
    rows = data.problems[data.problems["file"] == file]
    assert len(rows) == 1, f"{file}: {len(rows)} problem rows in {data.problems[['file', 'reason']].to_dict('records')}"
    return rows.iloc[0]["severity"] + ": " + rows.iloc[0]["reason"]


# ------------------------------------------------------------------------------ the raw folder
@pytest.fixture
def odd_raw(tmp_path):
    """A raw folder with subfolders and every kind of entry that is not a plain file."""
    raw = tmp_path / "raw"
    (raw / "2019").mkdir(parents=True)
    (raw / "2021" / "hösten").mkdir(parents=True)
    (raw / "2019" / "kalmar.txt").write_text(questionnaire_page("Region Kalmar län"), encoding="utf-8")
    (raw / "2021" / "hösten" / "orebro.txt").write_text(questionnaire_page("Region Örebro län"), encoding="utf-8")
    (raw / "x.txt").mkdir()  # a folder named like a page
    (raw / "x.txt" / "gavleborg.txt").write_text(questionnaire_page("Region Gävleborg"), encoding="utf-8")
    outside = tmp_path / "secret.txt"
    outside.write_text(questionnaire_page("Region Uppsala"), encoding="utf-8")
    (raw / "to-outside.txt").symlink_to(outside)
    (raw / "to-outside-dir").symlink_to(tmp_path, target_is_directory=True)
    (raw / "dangling.txt").symlink_to(raw / "gone.txt")
    (raw / "loop-a.txt").symlink_to(raw / "loop-b.txt")
    (raw / "loop-b.txt").symlink_to(raw / "loop-a.txt")
    (raw / "self-dir").symlink_to(raw, target_is_directory=True)  # a folder loop
    (raw / "alias.txt").symlink_to(raw / "2019" / "kalmar.txt")  # inside: followed, then an identical copy
    os.mkfifo(raw / "pipe.txt")
    (raw / ".DS_Store").write_bytes(b"\x00\x01")
    return raw


def test_raw_subfolders_are_read_and_every_other_entry_is_a_problem(odd_raw, tmp_path):
    result = bas.build(odd_raw, tmp_path / "out", progress=False)
    counts = _accounted(result)
    data = bas.load(tmp_path / "out")
    assert set(data.documents["source_file"]) == {"2019/kalmar.txt", "2021/hösten/orebro.txt", "x.txt/gavleborg.txt"}
    assert "outside the raw folder" in _problem(data, "to-outside.txt")
    assert "outside the raw folder" in _problem(data, "to-outside-dir")
    assert "dangling" in _problem(data, "dangling.txt")
    assert "loop" in _problem(data, "loop-a.txt") and "loop" in _problem(data, "loop-b.txt")
    assert "already read" in _problem(data, "self-dir")
    assert "identical copy" in _problem(data, "alias.txt")
    assert "FIFO" in _problem(data, "pipe.txt")
    assert "hidden" in _problem(data, ".DS_Store")
    assert counts["files_seen"] == 3 + 9
    assert {entry["file"] for entry in data.manifest["inputs"]} == set(data.documents["source_file"]) | set(data.problems["file"])
    assert "Region Uppsala" not in "\n".join(data.documents["text"])


def _deny(monkeypatch, name: str):
    """Reading ``name`` fails with permission denied (the tests run as root, who may read anything)."""
    real_open = open

    def guarded(path, *args, **kwargs):
        if Path(path).name == name:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(ingest, "open", guarded, raising=False)
    monkeypatch.setattr(build_module, "open", guarded, raising=False)


def test_an_unreadable_file_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    raw = copy_seed(tmp_path / "raw")
    (raw / "locked.txt").write_text(questionnaire_page("Region Halland"), encoding="utf-8")
    _deny(monkeypatch, "locked.txt")
    result = bas.build(raw, tmp_path / "out", progress=False)
    counts = _accounted(result)
    data = bas.load(tmp_path / "out")
    assert counts["failed"] == 1 and "Permission denied" in _problem(data, "locked.txt")
    assert [e for e in data.manifest["inputs"] if e["file"] == "locked.txt"] == [{"file": "locked.txt", "sha256": None, "bytes": None}]
    assert report.build_is_stale(tmp_path / "out") is None  # the staleness check reads the folder too


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_file_without_read_permission(tmp_path):
    raw = copy_seed(tmp_path / "raw")
    locked = raw / "locked.txt"
    locked.write_text(questionnaire_page("Region Halland"), encoding="utf-8")
    locked.chmod(0)
    try:
        result = bas.build(raw, tmp_path / "out", progress=False)
    finally:
        locked.chmod(0o644)
    assert _accounted(result)["failed"] == 1


# ------------------------------------------------------------------------ manual codings
def _manual_build(tmp_path, content: bytes | str):
    raw = copy_seed(tmp_path / "raw")
    path = tmp_path / "manual.csv"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    result = bas.build(raw, tmp_path / "out", manual_codings=path, progress=False)
    _accounted(result)
    data = bas.load(tmp_path / "out")
    return data, data.problems[data.problems["file"] == str(path)]


def _coding(data, indicator: str, org: str = "08"):
    row = data.codings[(data.codings["org_code"] == org) & (data.codings["indicator"] == indicator)]
    assert len(row) == 1
    return row.iloc[0]


def test_malformed_manual_rows_are_problems_and_the_good_rows_are_applied(tmp_path):
    lines = [
        "document,org_code,indicator,value,note",
        f"{SEED_QUESTIONNAIRE},08,coordination,no,Rättat efter samtal",  # good: applied
        f"{SEED_QUESTIONNAIRE},08,staff_training,partial,utbildning finns, men inte för alla",  # unquoted comma
        f"{SEED_QUESTIONNAIRE},08,kva_codes,maybe,osäker",  # outside the vocabulary
        f"{SEED_QUESTIONNAIRE},08,happiness,yes,",  # unknown indicator
        "finns-inte.txt,08,material_staff,yes,",  # unknown document
        f"{SEED_QUESTIONNAIRE},08",  # too few fields
        f"{SEED_QUESTIONNAIRE},8,steering_document,no,kod utan nolla",  # good: 8 is 08
        f"{SEED_QUESTIONNAIRE},08,child_ombud_count,många,",  # a count that is no number
        "004_3b7892168fc6fe03.txt,2183,methods,BRA-samtal:sometimes,",  # a method status outside the vocabulary
    ]
    data, problems = _manual_build(tmp_path, "\n".join(lines) + "\n")
    reasons = "\n".join(problems["reason"])
    for line, word in [(3, "fields"), (4, "maybe"), (5, "unknown indicator 'happiness'"), (6, "unknown document"),
                       (7, "fields"), (9, "not a number"), (10, "sometimes")]:
        assert re.search(rf"line {line}: .*{re.escape(word)}", reasons), (line, word, reasons)
    assert len(problems) == 7
    assert _coding(data, "coordination")["value"] == "no" and _coding(data, "coordination")["source"] == "manual"
    assert _coding(data, "coordination")["evidence"] == "Rättat efter samtal"
    assert _coding(data, "steering_document")["value"] == "no"
    assert _coding(data, "kva_codes")["value"] != "maybe"
    assert data.manifest["counts"]["codings_manual"] == 2


@pytest.mark.parametrize(
    "content, reason",
    [
        ("document,org_code,value\n003_de1f3ebb09300a39.txt,08,yes\n", "lacks column(s) indicator"),
        (bytes(range(256)) * 8, "binary"),
        ("", "empty"),
        ('document,org_code,indicator,value,note\n"003_de1f3ebb09300a39.txt,08,coordination,no\n', "fields"),
    ],
    ids=["missing-column", "binary", "empty", "open-quote"],
)
def test_an_unusable_manual_codings_file_is_one_problem_and_the_build_goes_on(tmp_path, content, reason):
    data, problems = _manual_build(tmp_path, content)
    assert len(problems) == 1 and reason in problems.iloc[0]["reason"], problems.to_dict("records")
    assert data.manifest["counts"]["codings_manual"] == 0
    assert len(data.documents) == 5


def test_manual_values_follow_the_codebook_vocabulary():
    book = manual._codebook()
    by_name = {ind.name: ind for ind in book.indicators}
    assert manual.value_error(by_name["coordination"], "yes") is None
    assert manual.value_error(by_name["coordination"], "maybe")
    assert manual.value_error(by_name["stage"], "established") is None
    assert manual.value_error(by_name["stage"], "yes")
    assert manual.value_error(by_name["age_min"], "7") is None
    assert manual.value_error(by_name["age_min"], "sju")
    assert manual.value_error(by_name["partners"], "-") is None
    member = next(name for name, *_ in by_name["partners"].members)
    assert manual.value_error(by_name["partners"], member) is None
    assert manual.value_error(by_name["partners"], "grannen")
    method = next(name for name, *_ in by_name["methods"].methods)
    assert manual.value_error(by_name["methods"], f"{method}:active") is None
    assert manual.value_error(by_name["methods"], f"{method}:ibland")


# ------------------------------------------------------------- long words and the time budget
@pytest.mark.parametrize("size", [100_000, 1_000_000], ids=["100KB", "1MB"])
def test_a_page_of_one_long_word_is_read_within_its_budget(tmp_path, size):
    """The e-mail patterns once backtracked quadratically on this (ten minutes for 100 KB).

    With a budget of 60 s per file and stage, a quadratic pattern sets the page
    aside; a linear one parses it (timings: benchmarks/bench_redact.py).
    """
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "word.txt").write_text("Region Kalmar län\n\n" + "barnombud" * (size // 9) + "\n", encoding="utf-8")
    (raw / "at.txt").write_text("Region Kalmar län\n\n" + "a.b@" * (size // 4) + "\n", encoding="utf-8")
    result = bas.build(raw, tmp_path / "out", progress=False, file_budget_seconds=60)
    counts = _accounted(result)
    assert counts["parsed"] == 2, bas.load(tmp_path / "out").problems.to_dict("records")


def test_a_file_over_its_time_budget_is_set_aside_with_a_clear_problem(tmp_path, monkeypatch):
    """A catastrophic pattern inside the parser (nested quantifiers) is stopped by the budget."""
    raw = copy_seed(tmp_path / "raw")
    (raw / "zz_slow.txt").write_text("Region Halland\n\n" + "a" * 40 + "!\n", encoding="utf-8")
    real_parse = build_module.parse_text

    def parse_text(text):
        if "a" * 40 in text:
            re.match(r"(a+)+$", "a" * 40 + "!")  # exponential: hours
        return real_parse(text)

    monkeypatch.setattr(build_module, "parse_text", parse_text)
    start = time.monotonic()
    result = bas.build(raw, tmp_path / "out", progress=False, file_budget_seconds=1.0)
    assert time.monotonic() - start < 60
    counts = _accounted(result)
    data = bas.load(tmp_path / "out")
    assert counts["parsed"] == 5 and counts["failed"] == 1
    assert "time budget of 1 s per file while parsing" in _problem(data, "zz_slow.txt")


# ------------------------------------------------------------------------ everything at once
def test_a_folder_of_every_bad_input_builds_and_adds_up(odd_raw, tmp_path, monkeypatch):
    raw = odd_raw
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 16)
    (raw / "notes.pdf").write_bytes(b"%PDF-1.4")
    (raw / "word.txt").write_text("barnombud" * 100_000, encoding="utf-8")
    (raw / "locked.txt").write_text(questionnaire_page("Region Halland"), encoding="utf-8")
    (raw / "cp1252.txt").write_bytes(questionnaire_page("Region Jönköpings län").encode("cp1252"))
    (raw / "2019" / "kopia.txt").write_text(questionnaire_page("Region Kalmar län"), encoding="utf-8")
    manual_file = tmp_path / "manual.csv"
    manual_file.write_bytes(b"document,org_code\n\x00\x01\x02")
    _deny(monkeypatch, "locked.txt")
    result = bas.build(raw, tmp_path / "out", manual_codings=manual_file, progress=False)
    counts = _accounted(result)
    data = bas.load(tmp_path / "out")
    assert counts["files_seen"] == len(data.manifest["inputs"]) == 12 + 7
    names = set(data.documents["source_file"]) | set(data.problems[data.problems["severity"] != "warning"]["file"])
    assert {entry["file"] for entry in data.manifest["inputs"]} <= names
