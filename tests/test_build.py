"""Issue 2, build: bad input never stops the build, every file is accounted for,
tables pass their schemas and are written atomically.

All bad inputs are synthetic and written into tmp_path.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest

import bas_analysis as bas
from bas_analysis import ingest, schemas, store
from corpus import SEED_QUESTIONNAIRE, copy_seeds, full_build, manifest, seed_path

CP1252_PAGE = (
    "Region Jönköpings län\n\n"
    "Hur ser organisationen ut kring arbetet med att ge information, råd och stöd till barn som anhöriga?\n"
    "Arbetet i Jönköping hålls samman av en styrgrupp.\n\n"
    "Finns det barnombud?\n"
    "Ja, på alla vårdcentraler.\n\n"
    "Finns det utbildningsinsatser till personal?\n"
    "Ja, löpande för all personal.\n\n"
    "Senast uppdaterad 2020-03-04\n"
)
MOJIBAKE_PAGE = (
    "Region Jönköpings län\n\n"
    "Finns det styrdokument (policydokument, handlingsplaner, rutiner och liknande)?\n"
    "Ja, en handlingsplan för hela Jönköpings län.\n\n"
    "Finns det dokumentation i journalen?\n"
    "Ja, med KVÅ-koder.\n\n"
    "Finns det material/information till föräldrar?\n"
    "Ja, broschyrer på svenska och arabiska.\n\n"
    "Senast uppdaterad 2019-05-06\n"
)
BOM_NETWORK_REPORT = (
    "Redovisning från deltagande kommuner\n\n"
    "Jönköpings kommun\n"
    "Vi har barngrupper för barn 7-12 år och enskilda samtal.\n\n"
    "Habo kommun\n"
    "Vi går ME-WE-utbildningen och hoppas starta en grupp.\n\n"
    "Skövde\n"
    "Vårt uppdrag är anhöriga från 18 år.\n\n"
    "Publicerat 2023-02-01\n"
)
HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Region &Ouml;rebro l&auml;n</title>"
    "<script>var kontakt = 'skriptkod som inte ska synas';</script></head><body>"
    "<h1>Region &Ouml;rebro l&auml;n</h1>"
    "<p>Hur ser organisationen ut kring arbetet med att ge information, r&aring;d och st&ouml;d till barn som anh&ouml;riga?</p>"
    "<p>En kompetensgrupp driver fr&aring;gan.</p>"
    "<p>Finns det barnombud?</p><p>Ja, i alla verksamheter.</p>"
    "<p>Finns det utbildningsinsatser till personal?</p><p>Ja, <b>regelbundet</b>.</p>"
    "<script>trackPage();</script></body></html>"
)
UNKNOWN_KIND = "Kanelbullar\n\nBlanda mjöl, smör och socker. Grädda i 225 grader i tio minuter.\n"


def write(folder: Path, name: str | bytes, data: bytes) -> str:
    """Write a raw file; returns the name the build should report for it."""
    raw_name = name if isinstance(name, bytes) else name.encode("utf-8")
    with open(os.path.join(os.fsencode(folder), raw_name), "wb") as fh:
        fh.write(data)
    return ingest.display_name(raw_name)


@pytest.fixture
def bad_raw(tmp_path):
    """A raw folder with one file of every bad kind; returns (folder, {kind: reported name})."""
    raw = tmp_path / "raw"
    raw.mkdir()
    names = {
        "empty": write(raw, "empty.txt", b""),
        "binary": write(raw, "binary.txt", bytes(range(256)) * 16),
        "cp1252": write(raw, "cp1252.txt", CP1252_PAGE.encode("cp1252")),
        "mojibake": write(raw, "mojibake.txt", MOJIBAKE_PAGE.encode("utf-8").decode("cp1252").encode("utf-8")),
        "bom": write(raw, "bom.txt", b"\xef\xbb\xbf" + BOM_NETWORK_REPORT.encode("utf-8")),
        "html": write(raw, "page.html", HTML_PAGE.encode("utf-8")),
        "unknown": write(raw, "recept.txt", UNKNOWN_KIND.encode("utf-8")),
        "pdf": write(raw, "rapport.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
        "docx": write(raw, "svar.docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00"),
        "original": write(raw, SEED_QUESTIONNAIRE, seed_path(SEED_QUESTIONNAIRE).read_bytes()),
        "duplicate": write(raw, "zz_copy_of_003.txt", seed_path(SEED_QUESTIONNAIRE).read_bytes()),
    }
    assert "JÃ¶nkÃ¶ping".encode("utf-8") in (raw / "mojibake.txt").read_bytes()
    try:
        names["not_utf8_name"] = write(raw, b"f\xf6rteckning \xe5r 2022.txt", "Region Kalmar län\n\nEn anteckning utan frågor.\n".encode("utf-8"))
    except OSError:  # pragma: no cover - a filesystem that refuses non-UTF-8 names
        pass
    return raw, names


@pytest.fixture
def bad_build(bad_raw, tmp_path):
    raw, names = bad_raw
    out = tmp_path / "processed"
    result = bas.build(raw, out, progress=False)
    return raw, names, out, result, bas.load(out)


def test_bad_input_build_finishes_and_counts_add_up(bad_build):
    raw, names, out, result, data = bad_build
    counts = result.counts
    files = [p for p in raw.iterdir() if p.is_file()]
    assert counts["files_seen"] == len(files) == len(names)
    assert counts["files_seen"] == counts["parsed"] + counts["skipped"] + counts["failed"]
    assert counts["parsed"] == len(data.documents)
    set_aside = data.problems[data.problems["severity"].isin(["error", "skipped"])]
    assert counts["skipped"] == int((set_aside["severity"] == "skipped").sum())
    assert counts["failed"] == int((set_aside["severity"] == "error").sum())
    assert manifest(out)["counts"]["files_seen"] == counts["files_seen"]
    for key in ("parsed", "skipped", "failed"):
        assert data.manifest["counts"][key] == counts[key]
    assert len(data.manifest["inputs"]) == len(files)
    assert {i["file"] for i in data.manifest["inputs"]} == set(names.values())


def test_bad_input_every_file_lands_in_documents_or_problems(bad_build):
    _, names, _, _, data = bad_build
    documents = set(data.documents["source_file"])
    set_aside = data.problems[data.problems["severity"].isin(["error", "skipped"])]
    aside = dict(zip(set_aside["file"], set_aside["reason"]))
    for kind, name in names.items():
        assert (name in documents) != (name in aside), f"{kind} ({name}): documents={name in documents}, problems={name in aside}"
    assert names["empty"] in aside and "empty" in aside[names["empty"]]
    assert names["binary"] in aside and "binary" in aside[names["binary"]]
    assert ".pdf" in aside[names["pdf"]] and ".docx" in aside[names["docx"]]
    assert "identical" in aside[names["duplicate"]] and names["original"] in aside[names["duplicate"]]
    assert set(set_aside.loc[set_aside["file"].isin([names["pdf"], names["docx"], names["duplicate"]]), "severity"]) == {"skipped"}
    for kind in ("cp1252", "mojibake", "bom", "html", "unknown", "original"):
        assert names[kind] in documents, kind
    if "not_utf8_name" in names:
        assert names["not_utf8_name"] in documents
        names["not_utf8_name"].encode("utf-8")  # printable and storable
    unknown = data.documents[data.documents["source_file"] == names["unknown"]]
    assert unknown["kind"].tolist() == ["other"]
    warnings = data.problems[data.problems["file"] == names["unknown"]]
    assert len(warnings) == 1 and "kind" in warnings["reason"].iloc[0]


def test_file_name_that_is_not_utf8(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    try:
        name = write(raw, b"f\xf6rteckning \xe5r 2022.txt", "Region Kalmar län\n\nEn anteckning utan frågor.\n".encode("utf-8"))
    except OSError as error:
        pytest.skip(f"this filesystem refuses a file name that is not valid UTF-8: {error}")
    result = bas.build(raw, tmp_path / "out", progress=False)
    data = bas.load(tmp_path / "out")
    assert result.counts["files_seen"] == 1 and result.counts["parsed"] == 1
    assert data.documents["source_file"].tolist() == [name]
    assert name.startswith("f") and name.endswith("r 2022.txt")
    name.encode("utf-8")
    assert [i["file"] for i in data.manifest["inputs"]] == [name]
    assert name in (tmp_path / "out" / "documents.csv").read_text(encoding="utf-8")


def test_encodings_come_out_as_correct_swedish(bad_build):
    _, names, _, _, data = bad_build
    docs = data.documents.set_index("source_file")
    for kind in ("cp1252", "mojibake"):
        text = docs.loc[names[kind], "text"]
        assert "Jönköping" in text and "JÃ¶nkÃ¶ping" not in text and "J\ufffdnk" not in text, kind
        assert docs.loc[names[kind], "title"] == "Region Jönköpings län"
        assert docs.loc[names[kind], "kind"] == "questionnaire"
    assert docs.loc[names["cp1252"], "encoding"] == "cp1252"
    assert bool(docs.loc[names["mojibake"], "repaired"])
    assert docs.loc[names["cp1252"], "wave"] == 2020 and docs.loc[names["mojibake"], "wave"] == 2019
    respondents = data.respondents.set_index("source_file")
    assert respondents.loc[names["cp1252"], "org_code"] == "06"
    assert respondents.loc[names["mojibake"], "org_code"] == "06"
    answers = data.answers.merge(data.respondents[["respondent_id", "source_file"]], on="respondent_id")
    cp = answers[answers["source_file"] == names["cp1252"]].set_index("question_id")["answer_text"]
    assert cp["Q01"] == "Arbetet i Jönköping hålls samman av en styrgrupp."


def test_bom_network_report(bad_build):
    _, names, _, _, data = bad_build
    doc = data.documents.set_index("source_file").loc[names["bom"]]
    assert doc["kind"] == "network_report" and doc["title"] == "Redovisning från deltagande kommuner"
    assert "\ufeff" not in doc["text"]
    assert doc["wave"] == 2023
    got = data.respondents[data.respondents["source_file"] == names["bom"]]
    assert sorted(got["org_code"]) == ["0643", "0680", "1496"]  # Habo, Jönköping, Skövde


def test_html_page(bad_build):
    _, names, _, _, data = bad_build
    doc = data.documents.set_index("source_file").loc[names["html"]]
    assert doc["kind"] == "questionnaire"
    assert "skriptkod" not in doc["text"] and "trackPage" not in doc["text"] and "<" not in doc["text"]
    got = data.respondents[data.respondents["source_file"] == names["html"]]
    assert got["org_code"].tolist() == ["18"]
    answers = data.answers[data.answers["respondent_id"].isin(got["respondent_id"])].set_index("question_id")["answer_text"]
    assert answers["Q01"] == "En kompetensgrupp driver frågan."
    assert answers["Q04"] == "Ja, i alla verksamheter."
    assert answers["Q08"] == "Ja, regelbundet."


def test_html_page_with_site_navigation(tmp_path):
    """A page saved from the web: menus and a footer around the questionnaire."""
    raw = tmp_path / "raw"
    raw.mkdir()
    markup = HTML_PAGE.replace(
        "<h1>",
        "<header><nav><ul><li><a href='/'>Start</a></li><li><a href='/om'>Om Nka</a></li></ul></nav></header><main><h1>",
    ).replace("<script>trackPage", "</main><footer><p>Nationellt kompetenscentrum anhöriga</p></footer><script>trackPage")
    write(raw, "orebro.html", markup.encode("utf-8"))
    bas.build(raw, tmp_path / "out", progress=False)
    data = bas.load(tmp_path / "out")
    assert data.documents["kind"].tolist() == ["questionnaire"]
    assert data.respondents["org_code"].tolist() == ["18"], data.respondents[["org_name", "org_code"]].to_dict("records")


def test_processed_tables_pass_their_schemas_after_reload(bad_build):
    _, _, out, _, data = bad_build
    for name, schema in schemas.SCHEMAS.items():
        schema.validate(getattr(data, name), lazy=True)
    respondents = data.respondents
    assert all(isinstance(code, str) for code in respondents["org_code"])
    assert all(isinstance(code, str) for code in respondents["county_code"])
    assert {"06", "18", "0643", "0680"} <= set(respondents["org_code"])
    assert set(respondents.loc[respondents["org_code"] == "0680", "county_code"]) == {"06"}
    assert data.documents["wave"].dtype == "Int64" and data.respondents["wave"].dtype == "Int64"
    # the CSV files keep the leading zeros too
    csv = pd.read_csv(out / "respondents.csv", dtype=str, keep_default_na=False)
    assert {"06", "0643", "0680"} <= set(csv["org_code"])
    raw_csv = (out / "respondents.csv").read_text(encoding="utf-8")
    assert ",06," in raw_csv and ",0680," in raw_csv


def test_full_corpus_tables_pass_their_schemas(tmp_path_factory):
    built = full_build(tmp_path_factory)
    data = bas.load(built.out_dir)
    for name, schema in schemas.SCHEMAS.items():
        schema.validate(getattr(data, name), lazy=True)
    counts = data.manifest["counts"]
    assert counts["files_seen"] == counts["parsed"] + counts["skipped"] + counts["failed"]
    assert counts["files_seen"] == len(list(built.raw_dir.iterdir()))
    # answers belong to known respondents, respondents to known documents
    assert set(data.answers["respondent_id"]) <= set(data.respondents["respondent_id"])
    assert set(data.respondents["doc_id"]) <= set(data.documents["doc_id"])
    assert (data.respondents["county_code"] == data.respondents["org_code"].str[:2]).all()


def test_missing_raw_folder_raises_a_clear_error(tmp_path):
    missing = tmp_path / "finns-inte"
    with pytest.raises(ingest.RawDirError) as info:
        bas.build(missing, tmp_path / "out", progress=False)
    assert str(missing) in str(info.value)
    assert not (tmp_path / "out").exists()


def test_empty_raw_folder_builds_empty_tables(tmp_path):
    (tmp_path / "raw").mkdir()
    result = bas.build(tmp_path / "raw", tmp_path / "out", progress=False)
    assert result.counts["files_seen"] == 0
    data = bas.load(tmp_path / "out")
    assert data.documents.empty and data.respondents.empty and data.codings.empty


def test_crash_mid_write_leaves_the_previous_build_intact(tmp_path, monkeypatch):
    raw = copy_seeds(tmp_path / "raw")
    out = tmp_path / "processed"
    bas.build(raw, out, progress=False)
    before = bas.load(out)
    files_before = sorted(p.name for p in out.iterdir())

    (raw / "extra.txt").write_text(CP1252_PAGE, encoding="utf-8")
    calls = {"n": 0}
    real_to_parquet = pd.DataFrame.to_parquet

    def failing_to_parquet(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full (simulated)")
        return real_to_parquet(self, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_parquet", failing_to_parquet)
    with pytest.raises(OSError, match="simulated"):
        bas.build(raw, out, progress=False)
    monkeypatch.undo()
    assert calls["n"] == 3

    after = bas.load(out)
    assert after.manifest == before.manifest
    assert sorted(p.name for p in out.iterdir()) == files_before
    for name in store.TABLES:
        pd.testing.assert_frame_equal(getattr(after, name), getattr(before, name))
    assert "extra.txt" not in set(after.documents["source_file"])
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.startswith(f".{out.name}.") and not p.name.endswith(".lock")]
    assert leftovers == []

    bas.build(raw, out, progress=False)  # and the next build goes through
    assert "extra.txt" in set(bas.load(out).documents["source_file"])


def test_manifest_records_inputs_and_version(tmp_path):
    raw = copy_seeds(tmp_path / "raw")
    out = tmp_path / "processed"
    bas.build(raw, out, progress=False)
    data = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert data["version"] == bas.__version__
    import hashlib

    expected = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in raw.iterdir()}
    assert {i["file"]: i["sha256"] for i in data["inputs"]} == expected


def test_two_stored_copies_with_different_content_are_two_documents(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    text = seed_path(SEED_QUESTIONNAIRE).read_text(encoding="utf-8")
    (raw / "kalmar_a.txt").write_text(text, encoding="utf-8")
    (raw / "kalmar_b.txt").write_text(text.replace("Punktinsatser. Inget löpande.", "Löpande utbildning."), encoding="utf-8")
    result = bas.build(raw, tmp_path / "out", progress=False)
    data = bas.load(tmp_path / "out")
    assert result.counts["parsed"] == 2 and data.documents["doc_id"].is_unique
    assert sorted(data.respondents["org_code"]) == ["08", "08"]


def test_a_build_in_worker_processes_writes_the_tables_of_a_serial_build(tmp_path):
    """Local workers read, parse, redact and code: the files are those of a build in this process."""
    from benchmarks.pages import write_pages

    raw = copy_seeds(tmp_path / "raw")
    write_pages(raw / "generated", 40)
    serial = bas.build(raw, tmp_path / "serial", progress=False, jobs=1)
    parallel = bas.build(raw, tmp_path / "parallel", progress=False, jobs=2)
    assert parallel.counts == serial.counts and serial.counts["parsed"] == 45
    for name in store.TABLES:
        for ext in ("csv", "parquet"):
            assert (parallel.build_dir / f"{name}.{ext}").is_file()
        assert (parallel.build_dir / f"{name}.csv").read_bytes() == (serial.build_dir / f"{name}.csv").read_bytes(), name
        pd.testing.assert_frame_equal(pd.read_parquet(parallel.build_dir / f"{name}.parquet"),
                                      pd.read_parquet(serial.build_dir / f"{name}.parquet"), obj=name)
    assert not list((tmp_path / "parallel" / store.BUILDS).glob(".tmp-*"))  # no staging folder left
