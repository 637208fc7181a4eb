"""The researcher's loop (issue 14): the review queue, corrections written back, two coders compared.

The acceptance test reviews the queue of a build of the seed pages, fills in
three corrections in the workbook, applies them, rebuilds and finds them
applied, marked manual, and the support index moved by exactly what the
codebook's formula says. The queue's order is checked on the seeds plus the
third-party corpus (read from ../shared, never copied).
"""
from __future__ import annotations

import csv
import math
import shutil
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from openpyxl import load_workbook

import bas_analysis as bas
from bas_analysis import labels, manual, review, vocab
from bas_analysis.cli import main
from bas_analysis.coding.engines import CONFLICT, CUT_OFF, ELSEWHERE
from bas_analysis.compare import ALL_INDEX_INDICATORS, INDEX_INDICATORS
from bas_analysis.errors import ManualCodingsError, OutputDirError, ParameterError

from corpus import SEED_NETWORK_REPORT, copy_seeds, full_build
from hostile import HOSTILE_ANSWERS, LiveElements

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "review.ipynb"
HEADER = "document,org_code,indicator,value,note\n"


@pytest.fixture
def seed_loop(tmp_path):
    """A raw folder of the seeds, an empty manual codings file and a build of both."""
    raw = copy_seeds(tmp_path / "raw")
    manual_path = tmp_path / "manual_codings.csv"
    manual_path.write_text(HEADER, encoding="utf-8")
    out = tmp_path / "processed"
    bas.build(raw, out, manual_codings=manual_path, progress=False)
    return raw, manual_path, out


def _sheet_rows(path: Path) -> tuple[object, object, list[str]]:
    workbook = load_workbook(path)
    sheet = workbook[review.SHEET_TITLE]
    return workbook, sheet, [c.value for c in sheet[1]]


def _other_value(indicator: str, value: str) -> str:
    """A value of the same vocabulary that scores differently."""
    if indicator == "stage":
        return "none" if value in ("established", "developing") else "established"
    return {"yes": "no", "partial": "yes", "no": "yes", "unknown": "yes"}[value]


def _index_by_formula(codings: pd.DataFrame, respondent_id: str, level: str) -> float:
    """The codebook's support index: mean score of the known index indicators (yes 1, partial 0.5, no 0)."""
    mine = codings[(codings["respondent_id"] == respondent_id) & codings["indicator"].isin(INDEX_INDICATORS[level])]
    scores = [vocab.score(i, v) for i, v in zip(mine["indicator"], mine["value"])]
    known = [s for s in scores if not math.isnan(s)]
    return sum(known) / len(known)


# --- acceptance ------------------------------------------------------------------------------


def test_three_corrections_in_the_sheet_are_applied_marked_manual_and_move_the_index(seed_loop, tmp_path, capsys):
    raw, manual_path, out = seed_loop
    before = bas.load(out)
    reports = tmp_path / "reports"
    assert main(["review", "--processed", str(out), "--out", str(reports), "--manual", str(manual_path)]) == 0
    assert (reports / "granskning.html").is_file() and (reports / "granskning.csv").is_file()

    workbook, sheet, header = _sheet_rows(reports / "granskning.xlsx")
    assert header[:5] == ["document", "org_code", "indicator", "value", "note"]
    col = {name: i + 1 for i, name in enumerate(header)}
    chosen = []  # three codings of the support index, on three organisations
    for row in range(2, sheet.max_row + 1):
        cell = {name: sheet.cell(row, i).value for name, i in col.items()}
        if cell["indicator"] in ALL_INDEX_INDICATORS and cell["org_code"] not in {c["org_code"] for c in chosen}:
            new = _other_value(cell["indicator"], cell["proposed_value"])
            sheet.cell(row, col["value"], new)
            sheet.cell(row, col["note"], f"Granskat: {cell['proposed_value']} -> {new}")
            chosen.append(dict(cell, new=new, row=row))
        if len(chosen) == 3:
            break
    assert len(chosen) == 3
    workbook.save(reports / "granskning.xlsx")

    assert main(["review", "--apply", str(reports / "granskning.xlsx"), "--manual", str(manual_path)]) == 0
    assert "3 correction(s) added" in capsys.readouterr().out
    assert main(["build", "--raw", str(raw), "--out", str(out), "--manual", str(manual_path), "--quiet"]) == 0
    after = bas.load(out)

    assert after.manifest["counts"]["codings_manual"] == 3
    assert after.problems[after.problems["stage"] == "code"].empty
    for c in chosen:
        rows = after.codings[(after.codings["org_code"] == c["org_code"]) & (after.codings["indicator"] == c["indicator"])]
        assert len(rows) == 1
        coding = rows.iloc[0]
        assert (coding["value"], coding["source"], coding["rule_id"]) == (c["new"], "manual", "manual")
        assert coding["evidence"] == f"Granskat: {c['proposed_value']} -> {c['new']}"
        assert coding["confidence_reason"] == "manual coding"
        old_index = before.indicators.set_index("respondent_id").loc[coding["respondent_id"], "support_index"]
        new_index = after.indicators.set_index("respondent_id").loc[coding["respondent_id"], "support_index"]
        assert new_index == pytest.approx(_index_by_formula(after.codings, coding["respondent_id"], coding["level"]))
        assert old_index == pytest.approx(_index_by_formula(before.codings, coding["respondent_id"], coding["level"]))
        assert new_index != pytest.approx(old_index), c
    untouched = before.codings.merge(after.codings, on=["respondent_id", "indicator"], suffixes=("_b", "_a"))
    changed = untouched[untouched["value_b"] != untouched["value_a"]]
    assert sorted(zip(changed["org_code_a"], changed["indicator"])) == sorted((c["org_code"], c["indicator"]) for c in chosen)

    # reviewed codings leave the queue; the next review does not replace the sheet's applied work
    assert main(["review", "--processed", str(out), "--out", str(reports), "--manual", str(manual_path)]) == 0
    queue = pd.read_csv(reports / "granskning.csv", dtype=str, keep_default_na=False)
    reviewed = {(c["org_code"], c["indicator"]) for c in chosen}
    assert not reviewed & set(zip(queue["org_code"], queue["indicator"]))


def test_a_correction_to_a_respondent_that_vanished_is_a_problem_row(seed_loop, tmp_path):
    raw, manual_path, out = seed_loop
    page = raw / SEED_NETWORK_REPORT
    text = page.read_text(encoding="utf-8")
    assert "\nPiteå\n" in text
    review.correct(SEED_NETWORK_REPORT, "2581", "mandate_children", "no", "Uppdraget gäller vuxna",
                   path=manual_path, data=bas.load(out))
    review.correct(SEED_NETWORK_REPORT, "0180", "stage", "developing", "", path=manual_path)
    # the page is saved again without Piteå's block; Stockholm's stays
    start = text.index("\nPiteå\n")
    end = text.index("\n", text.index("\n", start + 1) + 1)
    page.write_text(text[:start] + text[end:], encoding="utf-8")
    bas.build(raw, out, manual_codings=manual_path, progress=False)
    data = bas.load(out)
    assert "2581" not in set(data.respondents["org_code"])
    problems = data.problems[data.problems["file"] == str(manual_path)]
    assert len(problems) == 1
    assert "line 2: no respondent 2581 in 004_3b7892168fc6fe03.txt: not applied" in problems.iloc[0]["reason"]
    stockholm = data.codings[(data.codings["org_code"] == "0180") & (data.codings["indicator"] == "stage")].iloc[0]
    assert (stockholm["value"], stockholm["source"]) == ("developing", "manual")


# --- the queue -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_data(tmp_path_factory):
    return bas.load(full_build(tmp_path_factory).out_dir)


def test_queue_takes_the_doubtful_codings_low_first_then_by_reason(corpus_data):
    codings = corpus_data.codings
    queue = review.queue(corpus_data)
    expected = codings[(codings["source"] != "manual") & (
        codings["confidence"].isin(["low", "medium"]) | codings["confidence_reason"].isin([CONFLICT, ELSEWHERE, CUT_OFF]))]
    assert len(queue) == len(expected) > 50
    assert list(queue["nr"]) == list(range(1, len(queue) + 1))
    confidence = [["low", "medium"].index(c) for c in queue["confidence"]]
    assert confidence == sorted(confidence)
    low = queue[queue["confidence"] == "low"]
    reasons = [review.REASON_ORDER.index(r) for r in low["confidence_reason"]]
    assert reasons == sorted(reasons)
    assert set(low["confidence_reason"]) == {CONFLICT, ELSEWHERE, CUT_OFF}  # the corpus has all three
    for (conf, reason), group in queue.groupby(["confidence", "confidence_reason"], sort=False):
        in_index = list(~group["indicator"].isin(ALL_INDEX_INDICATORS))
        assert in_index == sorted(in_index), (conf, reason)
    assert (queue["value"] == "").all() and (queue["note"] == "").all()
    assert set(queue["proposed_value"]) >= {"yes", "partial", "unknown"}


def test_queue_rows_carry_the_answer_the_evidence_stands_in(corpus_data):
    queue = review.queue(corpus_data)
    elsewhere = queue[queue["confidence_reason"] == ELSEWHERE]
    assert len(elsewhere)
    for row in elsewhere.itertuples():
        first_sentence = row.evidence.split(vocab.EVIDENCE_SEPARATOR)[0]
        assert first_sentence in row.answer and row.question
        own = review._indicators()[row.indicator].questions
        assert row.question_id not in own  # decided from another question's answer
    municipal = queue[queue["level"] == "municipality"].iloc[0]
    blocks = corpus_data.answers.merge(corpus_data.respondents, on="respondent_id")
    block = blocks[(blocks["source_file"] == municipal["document"]) & (blocks["org_code"] == municipal["org_code"])]
    assert municipal["answer"] == "\n\n".join(block.sort_values("position")["answer_text"])


def test_queue_leaves_out_manual_and_keeps_flagged_reasons_whatever_the_confidence(corpus_data):
    codings = corpus_data.codings.copy()
    queue = review.queue(corpus_data)
    first = queue.iloc[0]
    respondents = corpus_data.respondents
    ids = respondents[(respondents["source_file"] == first["document"]) & (respondents["org_code"] == first["org_code"])]["respondent_id"]
    manual_row = codings["respondent_id"].isin(ids) & (codings["indicator"] == first["indicator"])
    assert manual_row.sum() == 1
    codings.loc[manual_row, "source"] = "manual"
    sure = codings[(codings["confidence"] == "high") & (codings["source"] == "rule")].index[0]
    codings.loc[sure, "confidence_reason"] = ELSEWHERE
    changed = bas.Dataset(**{**corpus_data.tables(), "codings": codings}, manifest=corpus_data.manifest)
    again = review.queue(changed)
    keys = set(zip(again["document"], again["org_code"], again["indicator"]))
    assert (first["document"], first["org_code"], first["indicator"]) not in keys
    sure_document = respondents.set_index("respondent_id").loc[codings.loc[sure, "respondent_id"], "source_file"]
    assert (sure_document, codings.loc[sure, "org_code"], codings.loc[sure, "indicator"]) in keys
    assert len(again) == len(queue)


def test_queue_by_level_region_and_max(corpus_data):
    everything = review.queue(corpus_data)
    regions = review.queue(corpus_data, level="region")
    assert set(regions["level"]) == {"region"}
    assert list(regions["nr"]) == list(range(1, len(regions) + 1))
    assert len(regions) + len(review.queue(corpus_data, level="municipality")) == len(everything)
    county = corpus_data.respondents.set_index(["source_file", "org_code"])["county_code"]
    jonkoping = review.queue(corpus_data, region=6)
    assert len(jonkoping) and {county[(d, o)] for d, o in zip(jonkoping["document"], jonkoping["org_code"])} == {"06"}
    assert list(review.queue(corpus_data, max_rows=5)["org_code"]) == list(everything["org_code"].head(5))
    for bad in (dict(level="county"), dict(region="99"), dict(max_rows="many"), dict(max_rows=-1)):
        with pytest.raises(ParameterError):
            review.queue(corpus_data, **bad)


# --- the page --------------------------------------------------------------------------------


def test_hostile_answer_text_is_escaped_in_the_page_and_neutralised_in_the_sheets(seed_build, tmp_path):
    data = seed_build
    target = review.queue(data, max_rows=1).iloc[0]
    respondent_id = data.respondents[(data.respondents["source_file"] == target["document"])
                                     & (data.respondents["org_code"] == target["org_code"])]["respondent_id"].iloc[0]
    hostile = " ".join(text for _, text in HOSTILE_ANSWERS[:5] + HOSTILE_ANSWERS[8:9])
    answers = data.answers.copy()
    mine = answers.index[answers["respondent_id"] == respondent_id]
    answers.loc[mine, "answer_text"] = [f"=cmd|' /C calc'!A0 {hostile} svar {i}" for i in range(len(mine))]
    codings = data.codings.copy()
    cell = (codings["respondent_id"] == respondent_id) & (codings["indicator"] == target["indicator"])
    codings.loc[cell, "evidence"] = HOSTILE_ANSWERS[0][1]
    respondents = data.respondents.copy()
    respondents.loc[respondents["respondent_id"] == respondent_id, "org_name"] = "<b onmouseover=alert(1)>Kommun</b>"
    hostile_data = bas.Dataset(**{**data.tables(), "answers": answers, "codings": codings, "respondents": respondents},
                               manifest=data.manifest)

    files = review.write_review(hostile_data, tmp_path / "reports", manual_path=None)
    page = files.html.read_text(encoding="utf-8")
    live = LiveElements.of(page)
    assert live.scripts == [] and live.handlers == [] and live.js_urls == []
    assert not {"img", "svg", "iframe", "object", "b", "a", "link"} & set(live.tags)
    for marker in ("XSS-SCRIPT-1", "XSS-IMG-2", "XSS-SVG-3", "XSS-CLOSE-4", "XSS-IFRAME-5", "ENT-9"):
        assert marker in live.visible_text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "{{ jinja-ENT-9 }}" in live.visible_text  # answer text is not a template
    assert "<mark>Vi har rutiner. &lt;script&gt;" in page  # the evidence is marked inside the escaped answer
    assert "&lt;b onmouseover=alert(1)&gt;Kommun&lt;/b&gt;" in page
    assert '<html lang="sv">' in page and "http" not in page.lower()

    sheet = pd.read_csv(files.csv, dtype=str, keep_default_na=False)
    assert all(a.startswith("'=cmd") for a in sheet["answer"] if "svar" in a)
    _, xlsx, header = _sheet_rows(files.xlsx)
    answers_in_workbook = [xlsx.cell(r, header.index("answer") + 1).value for r in range(2, xlsx.max_row + 1)]
    assert any(a and a.startswith("'=cmd") for a in answers_in_workbook)


def test_the_page_is_swedish_self_contained_and_tells_how_to_correct(seed_build, tmp_path):
    files = review.write_review(seed_build, tmp_path / "reports", manual_path=None, level="municipality", max_rows=4)
    page = files.html.read_text(encoding="utf-8")
    assert "<title>Granskning av osäkra kodningar</title>" in page
    candidates = review.queue(seed_build, level="municipality").attrs["candidates"]
    assert candidates > 4 and files.candidates == candidates
    assert f"de 4 första av {candidates}" in page
    assert "bas-analysis review --apply granskning.xlsx" in page
    assert labels.CONFIDENCE_SV["low"] in page
    assert any(labels.CONFIDENCE_REASON_SV[r] in page for r in ("conflicting statements", "decided by meaning without a cue"))
    assert "<link" not in page and "<script" not in page.lower() and "src=" not in page
    assert files.summary().startswith(f"review queue: 4 coding(s) of {candidates}")


# --- corrections -----------------------------------------------------------------------------


def test_filled_sheet_is_not_replaced_until_applied(seed_loop, tmp_path):
    _, manual_path, out = seed_loop
    data = bas.load(out)
    reports = tmp_path / "reports"
    review.write_review(data, reports, manual_path=manual_path, max_rows=3)
    rows = list(csv.reader((reports / "granskning.csv").open(encoding="utf-8", newline="")))
    rows[1][3] = "no"
    with (reports / "granskning.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    filled = (reports / "granskning.csv").read_bytes()
    with pytest.raises(OutputDirError, match="1 filled-in row"):
        review.write_review(data, reports, manual_path=manual_path)
    assert (reports / "granskning.csv").read_bytes() == filled
    merge = review.apply_sheet(reports / "granskning.csv", manual_path)
    assert len(merge.added) == 1 and merge.refused == []
    review.write_review(data, reports, manual_path=manual_path)  # applied: may be replaced now
    assert (reports / "granskning.csv").read_bytes() != filled


def test_apply_sheet_refuses_bad_rows_and_ignores_empty_ones(seed_loop, tmp_path):
    _, manual_path, out = seed_loop
    reports = tmp_path / "reports"
    review.write_review(bas.load(out), reports, manual_path=manual_path, level="municipality", max_rows=6)
    rows = list(csv.reader((reports / "granskning.csv").open(encoding="utf-8", newline="")))
    header = rows[0]
    value, note, indicator = header.index("value"), header.index("note"), header.index("indicator")
    rows[1][value], rows[1][note] = "yes", "bekräftat"
    rows[2][value] = "maybe"
    rows[3][note] = "bara en anteckning"
    rows[4][indicator], rows[4][value] = "happiness", "yes"
    with (reports / "granskning.csv").open("w", encoding="utf-8", newline="") as handle:  # as a Swedish Excel saves it
        csv.writer(handle, delimiter=";").writerows(rows)
    merge = review.apply_sheet(reports / "granskning.csv", manual_path)
    assert len(merge.added) == 1 and len(merge.refused) == 3
    assert "(nr 2)" in merge.refused[0] and "'maybe' is not one of" in merge.refused[0]
    assert "a note without a value" in merge.refused[1]
    assert "unknown indicator 'happiness'" in merge.refused[2]
    stored = manual_path.read_text(encoding="utf-8").splitlines()
    assert stored[0] == HEADER.strip() and len(stored) == 2 and stored[1].endswith(",yes,bekräftat")
    again = review.apply_sheet(reports / "granskning.csv", manual_path)
    assert len(again.added) == 0 and len(again.already) == 1
    assert len(manual_path.read_text(encoding="utf-8").splitlines()) == 2


def test_correct_validates_and_only_appends(seed_loop):
    _, manual_path, out = seed_loop
    data = bas.load(out)
    manual_path.write_bytes(b"document;org_code;indicator;value;note\r\nx.txt;0180;stage;none;hand\xe4ndelse")  # cp1252, no final newline
    original = manual_path.read_bytes()
    for args, message in [
        ((SEED_NETWORK_REPORT, "2581", "mandate_children", "maybe"), "'maybe' is not one of"),
        ((SEED_NETWORK_REPORT, "2581", "happiness", "yes"), "unknown indicator"),
        ((SEED_NETWORK_REPORT, "9999", "mandate_children", "yes"), "no respondent 9999"),
        ((SEED_NETWORK_REPORT, "2581", "coordination", "yes"), "not coded for 2581"),
    ]:
        with pytest.raises(ParameterError, match=message):
            review.correct(*args, path=manual_path, data=data)
    assert manual_path.read_bytes() == original
    message = review.correct(SEED_NETWORK_REPORT, 2581, "mandate_children", "no", "från 18 år", path=manual_path, data=data)
    assert message.startswith("added to")
    assert review.correct(SEED_NETWORK_REPORT, "2581", "mandate_children", "no", "från 18 år", path=manual_path).startswith("already in")
    written = manual_path.read_bytes()
    assert written.startswith(original)
    assert written[len(original):] == f"\r\n{SEED_NETWORK_REPORT};2581;mandate_children;no;från 18 år\r\n".encode("cp1252")
    with pytest.raises(ManualCodingsError, match="workbook"):
        manual.add_codings(manual_path.with_suffix(".xlsx"), [dict(document="a", org_code="08", indicator="stage", value="none")])


def test_a_review_workbook_is_a_manual_codings_file_for_the_build(seed_loop, tmp_path):
    raw, manual_path, out = seed_loop
    reports = tmp_path / "reports"
    review.write_review(bas.load(out), reports, manual_path=manual_path, max_rows=4)
    workbook, sheet, header = _sheet_rows(reports / "granskning.xlsx")
    code = sheet.cell(4, header.index("org_code") + 1).value
    assert code.startswith("0")
    sheet.cell(2, header.index("value") + 1, "yes")
    sheet.cell(4, header.index("org_code") + 1, int(code))  # a code Excel turned into a number
    sheet.cell(4, header.index("value") + 1, "unknown")
    workbook.save(reports / "granskning.xlsx")
    rows, problems = manual.read_manual(reports / "granskning.xlsx")
    assert problems == [] and [r["line"] for r in rows] == [2, 4] and rows[1]["org_code"] == code.lstrip("0")
    result = bas.build(raw, tmp_path / "out2", manual_codings=reports / "granskning.xlsx", progress=False)
    assert result.counts["codings_manual"] == 2


# --- two coders ------------------------------------------------------------------------------


def test_agreement_compares_two_coders_review_sheets(seed_loop, tmp_path, capsys):
    _, manual_path, out = seed_loop
    reports = tmp_path / "reports"
    review.write_review(bas.load(out), reports, manual_path=manual_path, level="municipality")
    queue = pd.read_csv(reports / "granskning.csv", dtype=str, keep_default_na=False)
    mandate = queue.index[queue["indicator"] == "mandate_children"][:2].tolist()
    stage = queue.index[queue["indicator"] == "stage"][:4].tolist()
    assert len(mandate) == 2 and len(stage) == 4
    # coder A in the workbook, coder B in the CSV; B leaves the last stage row alone
    a_values = {stage[0]: "established", stage[1]: "none", stage[2]: "developing", stage[3]: "none",
                mandate[0]: "no", mandate[1]: "partial"}
    b_values = {stage[0]: "established", stage[1]: "none", stage[2]: "established",
                mandate[0]: "no", mandate[1]: "partial"}
    workbook, sheet, header = _sheet_rows(reports / "granskning.xlsx")
    for index, value in a_values.items():
        sheet.cell(index + 2, header.index("value") + 1, value)
    workbook.save(tmp_path / "A.xlsx")
    coder_b = queue.copy()
    for index, value in b_values.items():
        coder_b.loc[index, "value"] = value
    coder_b.to_csv(tmp_path / "B.csv", index=False)

    assert main(["agreement", "--coder-a", str(tmp_path / "A.xlsx"), "--coder-b", str(tmp_path / "B.csv")]) == 0
    text = capsys.readouterr().out
    assert "cells both coded: 5, equal: 4 (80.0%)" in text
    assert "cells only one coder filled in: 1" in text
    per_indicator = {line.split()[0]: line.split() for line in text.splitlines() if line.split()[:1] in (["stage"], ["mandate_children"])}
    # stage: A established/none/developing, B established/none/established:
    # observed 2/3, expected 2/3*1/3 + 1/3*1/3 = 1/3, kappa (2/3 - 1/3) / (1 - 1/3) = 0.5
    assert per_indicator["stage"][1:4] == ["3", "2", "0.667"] and per_indicator["stage"][-1] == "0.500"
    assert per_indicator["mandate_children"][-1] == "1.000"

    assert main(["agreement", "--coder-a", str(tmp_path / "A.xlsx")]) == 2
    assert "both --coder-a FILE and --coder-b FILE" in capsys.readouterr().err
    assert main(["agreement", "--coder-a", str(tmp_path / "A.xlsx"), "--coder-b", str(tmp_path / "missing.csv")]) == 2
    assert "missing.csv" in capsys.readouterr().err


# --- the notebook ----------------------------------------------------------------------------


def test_review_notebook_is_committed_without_outputs_with_its_parameters():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    tagged = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    import re

    assert set(re.findall(r"^(\w+)\s*=", tagged[0].source, flags=re.M)) == {"region_code", "processed_dir", "level", "max", "manual_path"}
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
            assert "open(" not in cell.source and "to_csv" not in cell.source  # corrections go through the library


@pytest.mark.slow
def test_review_notebook_runs_with_papermill_and_writes_corrections_through_the_library(seed_loop, tmp_path):
    import papermill

    _, manual_path, out = seed_loop
    parameters = dict(region_code=14, processed_dir=str(out), level="municipality", max=3)
    executed = tmp_path / "review.executed.ipynb"
    papermill.execute_notebook(str(NOTEBOOK), str(executed), parameters=parameters, kernel_name="python3",
                               cwd=str(NOTEBOOK.parent), progress_bar=False)
    outputs = "".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/html", ""))
                      for c in nbformat.read(executed, as_version=4).cells for o in c.get("outputs", []))
    assert "3 kodningar att granska" in outputs and str(manual_path) in outputs
    assert "Borås stad (1490)" in outputs and "<mark>" in outputs
    assert manual_path.read_text(encoding="utf-8") == HEADER  # showing the queue writes nothing

    # the researcher fills in the list of corrections and runs the notebook again
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    cell = next(c for c in notebook.cells if c.source.startswith("corrections = ["))
    cell.source = f'corrections = [\n    ("{SEED_NETWORK_REPORT}", "1490", "stage", "developing", "Grupperna har just startat"),\n]\n' + \
        cell.source.split("]\n", 1)[1]
    edited = tmp_path / "review.ipynb"
    nbformat.write(notebook, edited)
    papermill.execute_notebook(str(edited), str(executed), parameters=parameters, kernel_name="python3",
                               cwd=str(NOTEBOOK.parent), progress_bar=False)
    assert manual_path.read_text(encoding="utf-8") == HEADER + f"{SEED_NETWORK_REPORT},1490,stage,developing,Grupperna har just startat\n"
