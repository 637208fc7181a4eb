"""REFI-QDA export (issue 14, item 3): the seed build as a .qdpx and the codebook as a .qdc.

The archive of the seed build is opened as a QDA program would open it (a zip
with project.qde and Sources/*.txt), its project.qde is validated against the
vendored REFI-QDA schema, every coded span is checked against the evidence it
stands for, and reading the archive back gives the same sources, codes, coded
spans and values.
"""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest
import yaml

from bas_analysis import Dataset, qda
from bas_analysis.cli import main
from bas_analysis.errors import QdaError
from bas_analysis.qda.codesystem import CODEBOOK_PATH, DESCRIPTIONS_PATH
from bas_analysis.qda.qde import SCHEMAS, project_xml
from bas_analysis.vocab import EVIDENCE_SEPARATOR

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import PII, copy_seed, pii_page, pii_pattern  # noqa: E402


@pytest.fixture(scope="module")
def seed_export(seed_build, tmp_path_factory):
    out = tmp_path_factory.mktemp("qda") / "seed.qdpx"
    result = qda.export_qdpx(out, seed_build.path)
    return result


def _parts(evidence: str, text: str) -> list[str]:
    return [evidence] if evidence in text else [p for p in evidence.split(EVIDENCE_SEPARATOR) if p]


# --------------------------------------------------------------- schema
def test_vendored_schemas_are_the_published_refi_ones():
    project, codebook = (SCHEMAS[k].read_text(encoding="utf-8") for k in ("project", "codebook"))
    assert 'targetNamespace="urn:QDA-XML:project:1.0"' in project and "Module:            Project.xsd" in project
    assert 'targetNamespace="urn:QDA-XML:codebook:1.0"' in codebook and "Module:            Codebook.xsd" in codebook
    for text in (project, codebook):
        assert "This specification is licensed under the MIT license." in text


def test_seed_archive_validates_against_the_project_schema(seed_export):
    with zipfile.ZipFile(seed_export.path) as archive:
        names = archive.namelist()
        xml = archive.read("project.qde")
    assert names[0] == "project.qde"
    assert qda.schema_errors(xml, "project") == []
    sources = seed_export.export.project.sources
    assert sorted(n for n in names if n.startswith("Sources/")) == sorted(f"Sources/{s.guid}.txt" for s in sources)


def test_the_validator_rejects_what_the_schema_forbids(seed_export):
    """The check is not vacuous: a project.qde broken in three ways fails with the element named."""
    with zipfile.ZipFile(seed_export.path) as archive:
        xml = archive.read("project.qde").decode("utf-8")
    broken = xml.replace('isCodable="true"', 'isCodable="maybe"', 1)
    assert any("isCodable" in e for e in qda.schema_errors(broken.encode(), "project"))
    broken = xml.replace('startPosition="', 'start="', 1)
    assert qda.schema_errors(broken.encode(), "project")
    broken = xml.replace("<Cases>", "<Cases><Unknown/>", 1)
    assert qda.schema_errors(broken.encode(), "project")


def test_an_invalid_project_is_never_written(seed_export, tmp_path):
    bad = seed_export.export.project
    bad = type(bad)(**{**bad.__dict__, "users": (qda.User(guid="not-a-guid", name="x"),)})
    out = tmp_path / "bad.qdpx"
    with pytest.raises(QdaError, match="not valid against the REFI-QDA project schema"):
        qda.write_qdpx(bad, out)
    assert not out.exists() and list(tmp_path.iterdir()) == []


# --------------------------------------------------------------- spans
def test_every_coded_span_points_at_its_evidence(seed_build, seed_export):
    project = qda.read_qdpx(seed_export.path)
    spans = qda.spans_from_project(project)
    texts = dict(zip(seed_build.documents.doc_id, seed_build.documents.text))
    codings = seed_build.codings.set_index(["respondent_id", "indicator"])
    assert len(spans) > 100
    for span in spans.itertuples(index=False):
        text = texts[span.doc_id]
        assert text[span.start:span.end] == span.text
        indicator = span.code.split(" ")[1].rstrip(":")
        evidence = codings.loc[(span.respondent_id, indicator), "evidence"]
        assert span.text in _parts(evidence, text), (span.code, span.text)


def test_every_evidence_is_coded_where_it_stands(seed_build, seed_export):
    """The other direction: each coded value with evidence has a span for each of its parts, in its respondent's document."""
    spans = qda.spans_from_project(qda.read_qdpx(seed_export.path))
    texts = dict(zip(seed_build.documents.doc_id, seed_build.documents.text))
    placed = {(r.respondent_id, r.text) for r in spans.itertuples(index=False)}
    with_evidence = seed_build.codings[seed_build.codings.evidence.str.strip() != ""]
    codes = qda.build_code_system(seed_build.codings)
    expected = 0
    for row in with_evidence.itertuples(index=False):
        if not codes.keys_for(row.indicator_id, row.value):
            continue
        for part in _parts(row.evidence, texts[row.doc_id]):
            expected += 1
            assert (row.respondent_id, part) in placed, (row.respondent_id, row.indicator, part)
    assert expected >= 100
    assert seed_export.export.unlocated.empty


def test_evidence_of_several_sentences_becomes_one_span_per_sentence(seed_build, seed_export):
    joined = seed_build.codings[seed_build.codings.evidence.str.contains(EVIDENCE_SEPARATOR, regex=False)]
    assert len(joined) >= 3
    spans = qda.spans_from_project(qda.read_qdpx(seed_export.path))
    for row in joined.itertuples(index=False):
        mine = spans[(spans.respondent_id == row.respondent_id) & spans.code.str.startswith(f"{row.indicator_id} {row.indicator}")]
        parts = row.evidence.split(EVIDENCE_SEPARATOR)
        assert set(parts) <= set(mine.text), (row.indicator, parts)


def test_set_values_code_each_member_and_methods_their_status(seed_build, seed_export):
    spans = qda.spans_from_project(qda.read_qdpx(seed_export.path))
    codings = seed_build.codings.set_index(["respondent_id", "indicator"])
    borås = seed_build.respondents.loc[seed_build.respondents.org_code == "1490", "respondent_id"].item()
    methods = set(spans[(spans.respondent_id == borås) & spans.code.str.startswith("M04 ")].code)
    expected = {f"M04 methods: {m.replace(':', ' (')})" for m in codings.loc[(borås, "methods"), "value"].split(";")}
    assert methods == expected and len(expected) >= 2
    halmstad = seed_build.respondents.loc[seed_build.respondents.org_code == "1380", "respondent_id"].item()
    members = {c.split(": ")[1] for c in spans[(spans.respondent_id == halmstad) & spans.code.str.startswith("M05 ")].code}
    assert members == set(codings.loc[(halmstad, "target_conditions"), "value"].split(";"))


def _network_dataset() -> Dataset:
    """Two municipalities of one network report that write the same sentence, and one manual coding with a note."""
    text = (
        "Redovisning från deltagande kommuner\n\nAlingsås kommun\nVi har grupper för barn. Det började i våras.\n\n"
        "Arvika kommun\nVi har grupper för barn. Vi samverkar med skolan.\n"
    )
    doc = "n1"
    documents = pd.DataFrame([dict(doc_id=doc, source_file="Anna_Bergstrom.txt", kind="network_report", title="Redovisning",
                                   dates="2023-05-02", wave=2023, encoding="utf-8", repaired=False, n_chars=len(text),
                                   n_respondents=2, text=text)])
    respondents = pd.DataFrame([
        dict(respondent_id=f"{doc}:00", doc_id=doc, kind="network_report", org_name="Alingsås kommun", org_code="1489",
             level="municipality", county_code="14", sub_unit="", wave=2023, match_method="exact", match_score=100.0, source_file="Anna_Bergstrom.txt"),
        dict(respondent_id=f"{doc}:01", doc_id=doc, kind="network_report", org_name="Arvika kommun", org_code="1784",
             level="municipality", county_code="17", sub_unit="", wave=2023, match_method="exact", match_score=100.0, source_file="Anna_Bergstrom.txt"),
    ])
    answers = pd.DataFrame([
        dict(answer_id="a0", respondent_id=f"{doc}:00", doc_id=doc, question_id="NR", question_text="", section="", position=0,
             answer_text="Vi har grupper för barn. Det började i våras."),
        dict(answer_id="a1", respondent_id=f"{doc}:01", doc_id=doc, question_id="NR", question_text="", section="", position=1,
             answer_text="Vi har grupper för barn. Vi samverkar med skolan."),
    ])
    base = dict(doc_id=doc, level="municipality", wave=2023, indicator_id="M03", indicator="group_support", value="yes",
                evidence="Vi har grupper för barn.", rule_id="M03.yes.groups", source="rule")
    codings = pd.DataFrame([
        dict(base, respondent_id=f"{doc}:00", org_code="1489", confidence="high", confidence_reason="own question"),
        dict(base, respondent_id=f"{doc}:01", org_code="1784", confidence="low", confidence_reason="decided elsewhere"),
        dict(base, respondent_id=f"{doc}:01", org_code="1784", indicator_id="M07", indicator="partners", value="school",
             evidence="Rättat efter samtal med kommunen", rule_id="manual", source="manual", confidence="", confidence_reason=""),
        dict(base, respondent_id=f"{doc}:00", org_code="1489", indicator_id="M06a", indicator="age_min", value="",
             evidence="", rule_id="M06a.none"),
    ])
    empty = pd.DataFrame()
    return Dataset(documents=documents, respondents=respondents, answers=answers, problems=empty, codings=codings,
                   indicators=empty, manifest={"built_at": "2026-01-02T03:04:05+00:00"})


def test_a_sentence_in_two_blocks_is_coded_in_each_respondents_own_block():
    export = qda.project_from_dataset(_network_dataset())
    spans = qda.spans_from_project(export.project)
    text = export.project.sources[0].text
    group = spans[spans.code == "M03 group_support: yes"].set_index("respondent_id")
    first, second = text.index("Vi har grupper"), text.rindex("Vi har grupper")
    assert first != second
    assert group.loc["n1:00", "start"] == first and group.loc["n1:01", "start"] == second
    # each municipality's case holds its own block of the report
    blocks = {s.guid: s for s in export.project.selections if s.code_guid is None}
    for case in export.project.cases:
        block = blocks[case.selection_refs[0]]
        assert text[block.start:block.end].startswith("Vi har grupper för barn.")
        assert ("Arvika" in case.name) == ("skolan" in text[block.start:block.end])


def test_evidence_that_cannot_be_placed_is_listed_not_dropped(tmp_path, capsys):
    data = _network_dataset()
    export = qda.project_from_dataset(data)
    assert export.unlocated[["respondent_id", "indicator", "value", "source", "reason"]].values.tolist() == [
        ["n1:01", "partners", "school", "manual", "evidence not found in the document text"]
    ]
    note = export.project.notes[0]
    assert "Rättat efter samtal med kommunen" in note.text and export.project.note_refs == (note.guid,)
    # the value itself is still the case's variable, and the manual coder is its own user
    values = qda.codings_from_project(export.project)
    assert values[(values.respondent_id == "n1:01") & (values.indicator == "partners")].value.tolist() == ["school"]
    assert {u.name for u in export.project.users} == {"bas-analysis: rule", "bas-analysis: manual"}
    # extra columns of the codings table show in the selection's description
    described = {s.description for s in export.project.selections if s.code_guid}
    assert any("confidence low (decided elsewhere)" in d for d in described)


# --------------------------------------------------------------- round trip
def test_reading_the_archive_back_gives_the_same_project(seed_build, seed_export):
    project = qda.read_qdpx(seed_export.path)
    assert project == seed_export.export.project
    # sources: the redacted texts of the build, byte for byte
    doc_id = next(v.guid for v in project.variables if v.name == "doc_id")
    by_doc = {dict(s.values)[doc_id]: s.text for s in project.sources}
    assert by_doc == dict(zip(seed_build.documents.doc_id, seed_build.documents.text))
    # codes: the codebook's indicators, each with its value codes
    roots = [c.name for c in project.codes]
    codebook = yaml.safe_load(CODEBOOK_PATH.read_text(encoding="utf-8"))["indicators"]
    assert roots == [f"{e['id']} {e['name']}" for e in codebook]
    r01 = next(c for c in project.codes if c.name == "R01 coordination")
    assert [c.name for c in r01.children] == [f"R01 coordination: {v}" for v in ("yes", "partial", "no", "unknown")]
    # values: every non-empty coded value comes back from the cases
    back = qda.codings_from_project(project).set_index(["respondent_id", "indicator_id"])["value"].sort_index()
    codings = seed_build.codings[seed_build.codings.value.str.strip() != ""]
    expected = codings.set_index(["respondent_id", "indicator_id"])["value"].astype(str).sort_index()
    pd.testing.assert_series_equal(back, expected, check_names=False)


CHALLENGE = Path(__file__).resolve().parents[1].parent / "shared" / "challenge" / "pages"


@pytest.mark.skipif(not CHALLENGE.is_dir(), reason="../shared/challenge/pages not present")
def test_round_trip_of_a_larger_build(tmp_path):
    """Unseen-style pages of several regions and network meetings: same project back, every span on its evidence."""
    import bas_analysis as bas

    bas.build(CHALLENGE, tmp_path / "processed", progress=False)
    data = bas.load(tmp_path / "processed")
    result = qda.export_qdpx(tmp_path / "challenge.qdpx", tmp_path / "processed")
    project = qda.read_qdpx(result.path)
    assert project == result.export.project
    assert len(project.sources) == len(data.documents) > 5
    spans = qda.spans_from_project(project)
    texts = dict(zip(data.documents.doc_id, data.documents.text))
    evidence = data.codings.set_index(["respondent_id", "indicator_id"])["evidence"]
    assert len(spans) > 300
    for span in spans.itertuples(index=False):
        assert span.text in _parts(evidence[(span.respondent_id, span.code.split(" ")[0])], texts[span.doc_id])
    assert len(result.export.unlocated) == 0


def test_one_build_exports_the_same_bytes(seed_build, seed_export, tmp_path):
    again = qda.export_qdpx(tmp_path / "again.qdpx", seed_build.path)
    assert again.path.read_bytes() == seed_export.path.read_bytes()


def test_codes_carry_the_codebook_definitions():
    definitions = yaml.safe_load(DESCRIPTIONS_PATH.read_text(encoding="utf-8"))
    codebook = yaml.safe_load(CODEBOOK_PATH.read_text(encoding="utf-8"))["indicators"]
    for entry in codebook:  # every indicator of the codebook has a definition in both languages
        assert definitions[entry["name"]]["sv"] and definitions[entry["name"]]["en"], entry["name"]
    codes = {c.name: c for root in qda.build_code_system().codes for c in root.walk()}
    assert "someone holds the work together" in codes["R01 coordination"].description
    assert "KVÅ codes used or prescribed" in codes["R06 kva_codes: yes"].description
    assert "Svenska kyrkan" in codes["M07 partners: church"].description
    assert "never no" in codes["R09 material_parents: unknown"].description
    assert not codes["R01 coordination"].codable and codes["M06a age_min"].codable


def test_codebook_alone_as_qdc_validates_and_reads_back(tmp_path):
    out = qda.export_qdc(tmp_path / "kodbok.qdc")
    assert qda.schema_errors(out.read_bytes(), "codebook") == []
    assert qda.read_qdc(out) == qda.build_code_system().codes


# --------------------------------------------------------------- personal data
def test_the_archive_holds_no_personal_data_and_no_raw_file_name(tmp_path):
    raw = copy_seed(tmp_path / "raw")
    (raw / "Anna_Bergstrom_svar_Orebro_2022.txt").write_text(pii_page(), encoding="utf-8")
    import bas_analysis as bas

    bas.build(raw, tmp_path / "processed", progress=False)
    data = bas.load(tmp_path / "processed")
    assert "18" in set(data.respondents.org_code)  # the planted page was read
    result = qda.export_qdpx(tmp_path / "out.qdpx", tmp_path / "processed")
    with zipfile.ZipFile(result.path) as archive:
        entries = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    everything = "\n".join(list(entries) + list(entries.values()))
    for source_file in data.documents.source_file:
        assert Path(source_file).stem not in everything
    assert "Bergstrom" not in everything
    for item, kind, planted in PII:
        assert not pii_pattern(kind, planted).search(everything), item
    örebro = qda.spans_from_project(qda.read_qdpx(result.path))
    assert (örebro.doc_id.isin(data.respondents.loc[data.respondents.org_code == "18", "doc_id"])).sum() >= 5


# --------------------------------------------------------------- command line
def test_command_writes_the_archive_and_never_replaces_a_file_unasked(seed_build, tmp_path, capsys):
    out = tmp_path / "kodning.qdpx"
    assert main(["export-qdpx", str(out), "--processed", str(seed_build.path)]) == 0
    printed = capsys.readouterr().out
    assert f"wrote {out}: 5 sources" in printed and "coded spans" in printed
    before = out.read_bytes()
    assert main(["export-qdpx", str(out), "--processed", str(seed_build.path)]) == 2
    assert "exists already" in capsys.readouterr().err and out.read_bytes() == before
    assert main(["export-qdpx", str(tmp_path / "kodbok.qdc"), "--codebook-only"]) == 0
    assert qda.read_qdc(tmp_path / "kodbok.qdc")
    assert main(["export-qdpx", str(tmp_path / "fel.zip"), "--processed", str(seed_build.path)]) == 2
    assert "must end in .qdpx" in capsys.readouterr().err


def test_reading_a_file_that_is_no_archive_stops_with_one_clear_error(tmp_path):
    bad = tmp_path / "inte.qdpx"
    bad.write_text("hej", encoding="utf-8")
    with pytest.raises(QdaError, match="cannot read the archive"):
        qda.read_qdpx(bad)
    empty = tmp_path / "tom.qdpx"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("annat.txt", "x")
    with pytest.raises(QdaError, match="no project.qde"):
        qda.read_qdpx(empty)


def test_project_xml_of_the_model_is_what_the_archive_holds(seed_export):
    with zipfile.ZipFile(seed_export.path) as archive:
        assert archive.read("project.qde") == project_xml(seed_export.export.project)
