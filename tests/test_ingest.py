"""Issue 2, ingest: every raw file becomes clean NFC text or a listed problem.

Synthetic bad inputs are written into tmp_path; real pages are read from
../shared/corpus (skipped when absent) or from the bundled seeds.
"""
from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from bas_analysis import ingest
from corpus import SEED_QUESTIONNAIRE, corpus_page, seed_path

MOJIBAKE = "Region Jönköpings län".encode("utf-8").decode("cp1252")  # "Region JÃ¶nkÃ¶pings lÃ¤n"


# ------------------------------------------------------------ decoding
def test_mojibake_fixture_is_really_mojibake():
    assert "JÃ¶nkÃ¶ping" in MOJIBAKE


@pytest.mark.parametrize(
    "data, expected_text, expected_encoding",
    [
        ("Jönköpings län".encode("utf-8"), "Jönköpings län", "utf-8"),
        (b"\xef\xbb\xbf" + "Jönköpings län".encode("utf-8"), "Jönköpings län", "utf-8-sig"),
        ("Jönköpings län – Västerås".encode("cp1252"), "Jönköpings län – Västerås", "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "cp1252"],
)
def test_decode_bytes_detects_the_encoding(data, expected_text, expected_encoding):
    text, encoding = ingest.decode_bytes(data)
    assert text == expected_text
    assert not text.startswith("\ufeff")
    assert encoding.replace("_", "-").lower() == expected_encoding


def test_repair_text_fixes_mojibake():
    text, repaired = ingest.repair_text(MOJIBAKE)
    assert text == "Region Jönköpings län"
    assert repaired


def test_repair_text_normalises_nfc_and_no_break_spaces():
    decomposed = unicodedata.normalize("NFD", "Jönköping") + "\u00a0stad"
    text, _ = ingest.repair_text(decomposed)
    assert text == "Jönköping stad"
    assert unicodedata.is_normalized("NFC", text)


def test_repair_text_leaves_clean_swedish_alone():
    clean = "Barn som anhöriga i Västra Götaland – 5 kap. 7 § HSL, 7-10 år, 2012-11-13."
    text, repaired = ingest.repair_text(clean)
    assert text == clean
    assert not repaired


# ----------------------------------------------------------------- HTML
def test_html_to_text_drops_script_and_keeps_paragraph_lines():
    markup = (
        "<!DOCTYPE html><html><head><title>Sidtitel</title><style>p {color: red}</style>"
        "<script>var hemligt = 'skriptkod';</script></head><body>"
        "<h1>Region Kronoberg</h1><p>Finns det barnombud?</p><p>Ja, i alla <b>verksamheter</b> &amp; kliniker.</p>"
        "<ul><li>Barnombud</li><li>Familjeombud</li></ul><script>document.write('mer skript')</script></body></html>"
    )
    text = ingest.html_to_text(markup)
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert "skriptkod" not in text and "mer skript" not in text and "color" not in text
    assert "<" not in text and "&amp;" not in text
    assert lines[:3] == ["Region Kronoberg", "Finns det barnombud?", "Ja, i alla verksamheter & kliniker."]
    assert any("Barnombud" in line for line in lines[3:]) and any("Familjeombud" in line for line in lines[3:])
    # each list item on its own line
    assert not any("Barnombud" in line and "Familjeombud" in line for line in lines)


# ----------------------------------------------------------- junk lines
def test_scrambled_email_line_of_seed_002_is_junk():
    lines = seed_path("002_56ae18b492f85a3f.txt").read_text(encoding="utf-8").strip().split("\n")
    scrambled = lines[-1]
    assert scrambled.startswith("uiqt|wBkpzq")  # read from the page
    assert ingest.is_junk_line(scrambled)


@pytest.mark.parametrize(
    "line",
    [
        "http://www.regionexempel.se/contentassets/5d0e7a31b94c4f2e8a6b19c3d27f0e44/till-foraldrar---att-prata-med-barn-om-sjukdom.pdf",
        "www.vardgivarguiden.se/barns-stallning",
        "Barnrättsombudsutbildning, som för närvarande ges två gånger per år.",
        "Lägesrapport 2012-09-01 – 2013-02-28",
        "Redovisning från deltagande kommuner",
        "036-32 40 92/0767-24 74 09",
    ],
)
def test_ordinary_lines_are_not_junk(line):
    assert not ingest.is_junk_line(line)


def test_read_document_drops_the_scrambled_line_and_keeps_the_rest(tmp_path):
    source = seed_path("002_56ae18b492f85a3f.txt")
    document = ingest.read_document(source)
    assert isinstance(document, ingest.RawDocument)
    assert "uiqt|wBkpzq" not in document.text
    assert len(document.dropped_lines) == 1
    assert document.text.startswith("Lite historik 2012-2014")
    assert "Christina Ramnfors" in document.text  # redaction is a later stage; ingest keeps the text


# ------------------------------------------------------- read_document
def _write(tmp_path: Path, name: str | bytes, data: bytes) -> Path:
    folder = os.fsencode(tmp_path)
    raw_name = name if isinstance(name, bytes) else name.encode("utf-8")
    path = os.path.join(folder, raw_name)
    with open(path, "wb") as fh:
        fh.write(data)
    return Path(os.fsdecode(path))


def test_read_document_cp1252_page(tmp_path):
    page = "Region Jönköpings län\n\nFinns det barnombud?\nJa, på alla vårdcentraler i Jönköping.\n"
    doc = ingest.read_document(_write(tmp_path, "cp1252.txt", page.encode("cp1252")))
    assert isinstance(doc, ingest.RawDocument)
    assert doc.encoding == "cp1252"
    assert doc.text.startswith("Region Jönköpings län")
    assert "Jönköping." in doc.text and "Ã" not in doc.text


def test_read_document_mojibake_page(tmp_path):
    page = "Region Jönköpings län\n\nFinns det barnombud?\nJa, på alla vårdcentraler i Jönköping.\n"
    garbled = page.encode("utf-8").decode("cp1252")
    assert "JÃ¶nkÃ¶ping" in garbled
    doc = ingest.read_document(_write(tmp_path, "mojibake.txt", garbled.encode("utf-8")))
    assert isinstance(doc, ingest.RawDocument)
    assert doc.text == page.strip()
    assert doc.repaired


def test_read_document_mojibake_page_with_capital_a_ring(tmp_path):
    """Å garbles to "Ã…"; a line whose only damage is an Å must be repaired like the rest of the page."""
    page = "Region Jönköpings län\n\nFinns det dokumentation i journalen?\nJa, med KVÅ-koder.\n\nKontakt: Åsa Ek\n"
    garbled = page.encode("utf-8").decode("cp1252")
    assert "KVÃ…" in garbled and "JÃ¶nkÃ¶ping" in garbled
    doc = ingest.read_document(_write(tmp_path, "mojibake_aa.txt", garbled.encode("utf-8")))
    assert doc.text == page.strip()


def test_read_document_bom_page(tmp_path):
    doc = ingest.read_document(_write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + "Region Örebro län\nText.\n".encode("utf-8")))
    assert isinstance(doc, ingest.RawDocument)
    assert doc.text.startswith("Region Örebro län")
    assert "\ufeff" not in doc.text


def test_read_document_html_page(tmp_path):
    markup = "<html><head><script>var x = 'skriptkod';</script></head><body><p>Region V&auml;rmland</p><p>Text om barn.</p></body></html>"
    doc = ingest.read_document(_write(tmp_path, "page.html", markup.encode("utf-8")))
    assert isinstance(doc, ingest.RawDocument)
    assert [line for line in doc.text.split("\n") if line.strip()] == ["Region Värmland", "Text om barn."]


@pytest.mark.parametrize(
    "name, data, reason_word",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n\t \n", "empty"),
        ("binary.txt", bytes(range(256)) * 8, "binary"),
        ("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", ".pdf"),
        ("answers.docx", b"PK\x03\x04\x14\x00\x06\x00", ".docx"),
    ],
)
def test_read_document_sets_bad_files_aside_with_a_reason(tmp_path, name, data, reason_word):
    result = ingest.read_document(_write(tmp_path, name, data))
    assert isinstance(result, ingest.Problem)
    assert result.file == name
    assert reason_word in result.reason
    assert result.severity in {"error", "skipped"}


def test_read_document_with_a_name_that_is_not_utf8(tmp_path):
    try:
        path = _write(tmp_path, b"f\xf6rteckning.txt", "Region Kalmar\n\nNågot om barn som anhöriga.\n".encode("utf-8"))
    except OSError as error:  # pragma: no cover - filesystems that insist on UTF-8 names
        pytest.skip(f"this filesystem refuses a non-UTF-8 file name: {error}")
    doc = ingest.read_document(path)
    assert isinstance(doc, ingest.RawDocument)
    doc.source_file.encode("utf-8")  # printable, writable text: no lone surrogates
    assert doc.source_file.startswith("f") and doc.source_file.endswith("rteckning.txt")


def test_content_id_is_stable_and_content_based(tmp_path):
    a = ingest.read_document(_write(tmp_path, "a.txt", "Region Kalmar\nText.\n".encode("utf-8")))
    b = ingest.read_document(_write(tmp_path, "b.txt", "Region Kalmar\nText.\n".encode("cp1252")))
    c = ingest.read_document(_write(tmp_path, "c.txt", "Region Kalmar\nAnnan text.\n".encode("utf-8")))
    assert a.doc_id == b.doc_id  # same text, whatever the encoding
    assert a.doc_id != c.doc_id
    assert a.doc_id == ingest.read_document(tmp_path / "a.txt").doc_id


def test_list_raw_files_missing_folder_raises(tmp_path):
    with pytest.raises(ingest.RawDirError, match="finns-inte"):
        ingest.list_raw_files(tmp_path / "finns-inte")


# --------------------------------------------------------- real pages
def test_trailing_no_break_spaces_of_a_real_page_become_spaces():
    path = corpus_page("A_jonkoping_1.txt")
    assert "\u00a0" in path.read_text(encoding="utf-8")  # read from the page: questions end with NBSP
    doc = ingest.read_document(path)
    assert "\u00a0" not in doc.text
    assert "Hur följs styrdokumenten upp?" in doc.text.split("\n")


def test_seed_questionnaire_reads_as_utf8_unchanged():
    path = seed_path(SEED_QUESTIONNAIRE)
    doc = ingest.read_document(path)
    assert doc.encoding == "utf-8"
    original = path.read_text(encoding="utf-8").replace("\u00a0", " ")
    assert doc.text == "\n".join(line.rstrip() for line in original.split("\n")).strip()


def test_plain_page_quoting_a_tag_stays_plain_text(tmp_path):
    page = tmp_path / "kalmar.txt"
    page.write_text(
        "Region Kalmar\n\nFinns det material/information till personal?\n"
        "Ja. Vi skriver <p>-taggar och <div> i mallen, och <script>alert(1)</script> syns som text.\n",
        encoding="utf-8",
    )
    document = ingest.read_document(page)
    assert "<script>alert(1)</script>" in document.text
    assert "<p>-taggar" in document.text


def test_read_document_reads_a_csv_export_as_plain_text(tmp_path):
    data = "Region;Fråga;Svar\r\nRegion Halland;Finns rutiner?;Ja, sedan 2019.\r\n".encode("cp1252")
    doc = ingest.read_document(_write(tmp_path, "export.csv", data))
    assert isinstance(doc, ingest.RawDocument)
    assert "Region Halland;Finns rutiner?;Ja, sedan 2019." in doc.text
    skipped = ingest.read_document(_write(tmp_path, "sheet.ods", b"PK\x03\x04"))
    assert isinstance(skipped, ingest.Problem) and ".csv" in skipped.reason
