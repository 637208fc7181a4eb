"""Issue 2, parse: documents -> respondents and answers, per document kind.

Acceptance (a): every document listed in ../shared/gold/respondents.csv gives
exactly the respondents listed there; seed 003 answers Q01-Q13.
Acceptance (b): every A_*.txt page parses as a questionnaire of its region
with each question mapped to its canonical id. The expected id sequences
below were written by reading each page against the question table of
../shared/spec/codebook.md, not taken from the parser.
"""
from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

from bas_analysis import ingest
from bas_analysis.parse import parse_text
from bas_analysis.parse.questionnaire import classify_question
from corpus import (
    NO_GOLD,
    SEED_NETWORK_REPORT,
    SEED_QUESTIONNAIRE,
    corpus_page,
    full_build,
    gold_region_of,
    gold_respondent_rows,
    require_gold,
    seed_path,
)


@pytest.fixture(scope="module")
def full(tmp_path_factory):
    return full_build(tmp_path_factory)


@pytest.fixture(scope="module")
def tables(full):
    from bas_analysis import load

    return load(full.out_dir)


def parsed_page(name: str):
    path = corpus_page(name)
    document = ingest.read_document(path)
    assert isinstance(document, ingest.RawDocument), document
    return document.text, parse_text(document.text)


# ---------------------------------------------- (a) gold respondents
def _gold_documents():
    documents = sorted({row["document"] for row in gold_respondent_rows()})
    return documents or [pytest.param("(none)", marks=pytest.mark.skip(reason=NO_GOLD))]


@pytest.mark.parametrize("document", _gold_documents())
def test_document_gives_exactly_the_gold_respondents(tables, document):
    require_gold()
    gold = [row for row in gold_respondent_rows() if row["document"] == document]
    got = tables.respondents[tables.respondents["source_file"] == document]
    expected = Counter((r["kind"], r["org_code"], r["level"], r["sub_unit"]) for r in gold)
    actual = Counter(zip(got["kind"], got["org_code"], got["level"], got["sub_unit"]))
    assert actual == expected, (
        f"{document}: missing {dict(expected - actual)}, unexpected {dict(actual - expected)}"
    )
    for row in gold:
        if not row["wave"]:
            continue  # the stored page carries no date: wave not scored
        same = got[(got["org_code"] == row["org_code"]) & (got["sub_unit"] == row["sub_unit"])]
        waves = {None if pd.isna(w) else int(w) for w in same["wave"]}
        assert waves == {int(row["wave"])}, f"{document} {row['org_code']}: wave {waves}, gold {row['wave']} ({row['note']})"


@pytest.mark.parametrize("document", _gold_documents())
def test_gold_document_kind_and_wave_in_documents_table(tables, document):
    require_gold()
    gold = [row for row in gold_respondent_rows() if row["document"] == document]
    docs = tables.documents[tables.documents["source_file"] == document]
    assert len(docs) == 1, f"{document} should be exactly one document"
    assert docs["kind"].iloc[0] == gold[0]["kind"]
    assert docs["n_respondents"].iloc[0] == len(gold)
    if gold[0]["wave"]:
        assert docs["wave"].iloc[0] == int(gold[0]["wave"])


def test_seed_questionnaire_answers_q01_to_q13():
    text = seed_path(SEED_QUESTIONNAIRE).read_text(encoding="utf-8")
    parsed = parse_text(ingest.read_document(seed_path(SEED_QUESTIONNAIRE)).text)
    assert parsed.kind == "questionnaire"
    assert len(parsed.respondents) == 1
    region = parsed.respondents[0]
    assert (region.org_code, region.level) == ("08", "region")
    answers = {a.question_id: a.answer_text for a in region.answers}
    assert [f"Q{i:02d}" for i in range(1, 14)] == [a.question_id for a in region.answers if a.question_id != "Q90"]
    # answers read from the page, each under its own question
    assert answers["Q08"] == "Punktinsatser. Inget löpande."
    assert answers["Q05"] == "Arbetet med Barn som anhöriga är en integrerad del av barnrättsarbetet."
    assert answers["Q13"] == "Uppföljning efter informationssatsning äger rum i maj 2021."
    assert answers["Q07"] == "Enligt framtagen checklista om barn som anhörig ska KVÅ-koder användas."
    for qid, answer in answers.items():
        assert answer.strip(), f"{qid} has an empty answer"
        assert answer in text.replace("\u00a0", " ") or qid == "Q90"


def test_questionnaire_metadata_is_not_an_answer():
    for name in (SEED_QUESTIONNAIRE, "A_kronoberg_1.txt", "A_orebro_1.txt", "A_vastra_gotaland_1.txt", "A_kalmar_1.txt"):
        _, parsed = parsed_page(name)
        for answer in parsed.respondents[0].answers:
            for marker in ("Kontaktuppgifter", "Senast uppdaterad", "Länk till", "Telefon:", "E-post:", "ansvarig utgivare"):
                assert marker not in answer.answer_text, f"{name} {answer.question_id}: metadata '{marker}' kept as answer"


def test_network_report_blocks():
    _, parsed = parsed_page(SEED_NETWORK_REPORT)
    assert parsed.kind == "network_report"
    by_code = {r.org_code: r for r in parsed.respondents}
    # "Mullsjö-Habo kommun" answers for both municipalities, with the same text
    assert by_code["0642"].answers and [a.answer_text for a in by_code["0642"].answers] == [a.answer_text for a in by_code["0643"].answers]
    assert "ME-WE-utbildningen" in by_code["0642"].answers[0].answer_text
    # a district keeps its name as sub_unit
    assert (by_code["0180"].sub_unit, by_code["0180"].level) == ("Södermalm", "municipality")
    # Borås writes three paragraphs; all of them belong to Borås
    boras = "\n\n".join(a.answer_text for a in by_code["1490"].answers)
    assert "Det händer mycket hos oss." in boras and "feriearbetare" in boras and "kommit så långt i Borås" in boras
    assert "Anhörigstödet ligger under vård- och omsorgsförvaltningen" not in boras
    # name lines without "kommun"
    assert "kartläggning" in by_code["2581"].answers[0].answer_text  # Piteå
    assert "över 18 år" in by_code["1495"].answers[0].answer_text  # Skara
    # the page's meta lines belong to nobody
    for respondent in parsed.respondents:
        for answer in respondent.answers:
            assert "Publicerat" not in answer.answer_text and "Senast uppdaterad" not in answer.answer_text


def test_garbled_region_name_resolves_to_jonkoping():
    _, parsed = parsed_page("001_5ff877b005e45fdf.txt")
    assert parsed.kind == "project_description"
    assert [(r.org_code, r.level) for r in parsed.respondents] == [("06", "region")]
    assert parsed.wave == 2012  # the kick-off meeting 2012-11-13, not "Uppdaterad: 2018-05-17"


def test_project_description_keeps_bullet_lists_as_answers():
    _, parsed = parsed_page("000_d1df63f6e483d53c.txt")
    answers = [a.answer_text for a in parsed.respondents[0].answers]
    # bullets read from the page: activities and sub-projects
    assert any(a.startswith("En länskonferens i Jönköping genomfördes den 9 april") for a in answers)
    assert "Räddningstjänsten" in answers
    assert "Svenska kyrkan och Vårsol" in answers
    assert not any("Senast uppdaterad" in a for a in answers)


# --------------------------------------------- (b) questionnaire pages
ALL_13 = [f"Q{i:02d}" for i in range(1, 14)]
EXPECTED_QUESTIONS = {
    # page: canonical ids of the question lines, in page order (read from each page)
    "A_jonkoping_1.txt": ["Q01", "Q02", "Q03", "Q04"],  # cut inside the Q04 bullets
    "A_kalmar_1.txt": ALL_13,
    "A_kalmar_2.txt": ["Q01", "Q02", "Q04", "Q05", "Q07", "Q08", "Q09", "Q10", "Q11", "Q12", "Q13"],  # no Q03, no Q06
    "A_kronoberg_1.txt": ["Q02", "Q07", "Q04", "Q08", "Q09", "Q10", "Q11"],  # 2018 short form; "Strukturella förutsättningar Finns det …"
    "A_kronoberg_2.txt": ["Q01", "Q02", "Q03", "Q04"],
    "A_kronoberg_3.txt": ["Q01", "Q02", "Q03", "Q04", "Q05", "Q06"],  # intro paragraph first
    "A_orebro_1.txt": ["Q02", "Q07", "Q04", "Q08", "Q09", "Q10", "Q11", "Q12"],  # "Särskilda satsningar" without "?"
    "A_orebro_2.txt": ["Q01", "Q02", "Q03", "Q04", "Q05", "Q06"],  # ends inside the Q06 line "På vilka sätt har barnrätts"
    "A_ostergotland_1.txt": ["Q01", "Q02", "Q03", "Q04", "Q05"],  # ends inside the Q05 line "Hur ser kopplingen ut … Barn s"
    "A_stockholm_1.txt": ["Q01", "Q02", "Q03", "Q04", "Q05"],
    "A_varmland_1.txt": ALL_13,  # ends inside the Q13 answer "Uppföl"
    "A_vastra_gotaland_1.txt": ["Q02", "Q07", "Q04", "Q08", "Q09", "Q10", "Q11", "Q12"],
    "A_vastra_gotaland_2.txt": ["Q01", "Q02", "Q03", "Q04"],
}
# The first words of the question line each id stands for (to tell which line the parser took).
QUESTION_START = {
    "Q01": "Hur ser organisationen ut", "Q02": "Finns det styrdokument", "Q03": "Hur följs styrdokumenten upp",
    "Q04": "Finns det barnombud", "Q05": "Hur ser kopplingen ut", "Q06": "På vilka sätt har barnrätts",
    "Q07": "Finns det dokumentation i journalen", "Q08": "Finns det utbildningsinsatser", "Q09": "Finns det material/information till personal",
    "Q10": "Finns det material/information till föräldrar", "Q11": "Finns det material/information till barn",
    "Q12": "", "Q13": "Hur följs efterlevnaden",
}


def question_answers(text: str, parsed) -> list:
    """Answers whose question text is a line of the page (not an intro or closing remark)."""
    lines = {line.strip() for line in text.split("\n") if line.strip()}
    return [a for a in parsed.respondents[0].answers if a.question_text.strip() in lines]


@pytest.mark.parametrize("page", sorted(EXPECTED_QUESTIONS))
def test_questionnaire_page_region_and_question_ids(page):
    text, parsed = parsed_page(page)
    assert parsed.kind == "questionnaire"
    assert len(parsed.respondents) == 1
    region = parsed.respondents[0]
    assert (region.org_code, region.level) == (gold_region_of(page), "region")
    answers = question_answers(text, parsed)
    got = [a.question_id for a in answers]
    assert got == EXPECTED_QUESTIONS[page], "\n".join(f"{a.question_id} <- {a.question_text}" for a in answers)
    for answer in answers:
        start = QUESTION_START[answer.question_id]
        assert start in answer.question_text.replace("Strukturella förutsättningar ", ""), (answer.question_id, answer.question_text)


@pytest.mark.parametrize("page", sorted(EXPECTED_QUESTIONS))
def test_each_answer_starts_with_the_line_after_its_question(page):
    text, parsed = parsed_page(page)
    lines = [line.strip() for line in text.split("\n")]
    for answer in question_answers(text, parsed):
        index = lines.index(answer.question_text.strip())
        following = next((line for line in lines[index + 1:] if line), "")
        if not following or classify_question(following):
            continue
        assert answer.answer_text.lstrip("• ").startswith(following.lstrip("• ")[:40]), (answer.question_id, answer.answer_text[:80])


# Pages cut off mid-answer (first 2000 bytes stored): the cut answer stays with its question.
CUT_MID_ANSWER = {
    "A_jonkoping_1.txt": ("Q04", "ska särskilt beakta barns behov av information, råd o"),
    "A_kalmar_2.txt": ("Q13", "de skyldigheter hälso- och sjukvårdsp"),
    "A_kronoberg_2.txt": ("Q04", "i det vardagliga arbetet med barnets rättigheter, barn som far illa, våld i när"),
    "A_kronoberg_3.txt": ("Q06", "närstående och rätten till information, råd och st"),
    "A_stockholm_1.txt": ("Q05", "Målgruppen för de"),
    "A_varmland_1.txt": ("Q13", "Uppföl"),
    "A_vastra_gotaland_2.txt": ("Q04", "som också finns som en funktion i"),
}


@pytest.mark.parametrize("page", sorted(CUT_MID_ANSWER))
def test_answer_cut_by_the_page_end_stays_with_its_question(page):
    qid, tail = CUT_MID_ANSWER[page]
    text, parsed = parsed_page(page)
    assert text.rstrip().endswith(tail)  # read from the page
    answers = parsed.respondents[0].answers
    holding = [a for a in answers if tail in a.answer_text]
    assert [a.question_id for a in holding] == [qid], [(a.question_id, a.question_text) for a in holding]
    own = next(a for a in answers if a.question_id == qid)
    # everything the page says after the question line belongs to that answer
    after = text[text.index(own.question_text) + len(own.question_text):]
    for line in (l.strip().lstrip("• ") for l in after.split("\n")):
        if line:
            assert line in own.answer_text, f"{page}: '{line[:60]}' is not in the {qid} answer"


@pytest.mark.parametrize("page", ["A_kronoberg_3.txt"])
def test_intro_paragraph_is_not_an_answer_to_q01(page):
    text, parsed = parsed_page(page)
    q01 = next(a for a in parsed.respondents[0].answers if a.question_id == "Q01")
    assert "På denna sida benämns" not in q01.answer_text
    assert q01.answer_text.startswith("Vi har tre personer som är huvudansvariga")


# ---------------------------------------------------- question wording
@pytest.mark.parametrize(
    "line, expected",
    [
        ("Finns det barnombud?", "Q04"),  # 2018 short form
        ("Finns det barnombud för barn som närstående? Om ja, var i organisationen finns de och hur ser deras uppdrag ut?", "Q04"),
        ("Finns det styrdokument (policydokument, handlingsplaner, rutiner och liknande)?", "Q02"),
        ("Finns det styrdokument (policydokument, handlingsplaner, rutiner och liknande) till stöd för efterlevnaden av bestämmelsen i HSL 5 kap. 7 §?", "Q02"),
        ("Finns det styrdokument (policydokument, handlingsplaner, rutiner och liknande) till stöd för efterlevnaden av bestämmelsen i 5 kap 7§ HSL?", "Q02"),
        ("Hur följs efterlevnaden av HSL 7 kap. 5 § upp och vad har det resulterat i för åtgärder?", "Q13"),
        ("Hur följs efterlevnaden av bestämmelsen i 5 kap 7§ HSL upp och vad har det resulterat i för åtgärder?", "Q13"),
        ("Hur följs styrdokumenten upp?", "Q03"),
        ("Hur ser organisationen ut kring arbetet med att ge information, råd och stöd till barn som närstående?", "Q01"),
        ("Hur ser kopplingen ut mellan barnrättsarbetet och arbetet med Barn som anhöriga?", "Q05"),
        ("På vilka sätt har barnrättsperspektivet stärkt arbetet med Barn som anhöriga?", "Q06"),
        ("Finns det dokumentation i journalen?", "Q07"),
        ("Finns det dokumentation i journalen? Används KVÅ-koder?", "Q07"),
        ("Strukturella förutsättningar Finns det utbildningsinsatser till personal?", "Q08"),
        ("Finns det material/information till personal?", "Q09"),
        ("Finns det material/information till föräldrar?", "Q10"),
        ("Finns det material/information till barn och unga som närstående?", "Q11"),
        ("Har det genomförts några särskilda satsningar?", "Q12"),
        ("Särskilda satsningar", "Q12"),
        ("Vilka samarbetspartners har ni?", "Q90"),
        ("Arbetet följs upp årligen.", None),
        ("Ja, inom hälso- och sjukvårdens alla områden.", None),
        ("Kontaktuppgifter:", None),
    ],
)
def test_classify_question(line, expected):
    assert classify_question(line) == expected


def test_a_joint_block_of_three_named_with_commas_answers_for_each():
    """A comma between known municipality names is a list of the block's municipalities; after one name it
    introduces a part of it (a district)."""
    page = (
        "Redovisning från deltagande kommuner\n\n"
        "Vad har hänt inom er verksamhet i arbetet med barn som anhöriga sedan det senaste mötet?\n\n"
        "Köping, Arboga och Kungsör\n"
        "Vi har ett gemensamt anhörigstöd och erbjuder sedan i höstas BRA-samtal för barn i åldrarna 8–14 år.\n\n"
        "Stockholms stad, Södermalm\n"
        "Stadsdelen har en samtalsgrupp för barn vars förälder har en psykisk sjukdom.\n\n"
        "Borås stad\n"
        "Vi planerar en kartläggning av hur många anhöriga som har barn hemma.\n\n"
        "Piteå kommun\n"
        "Anhörigstödet har uppdrag från 18 år och inga insatser för barn.\n"
    )
    parsed = parse_text(page)
    assert parsed.kind == "network_report"
    by_code = {r.org_code: r for r in parsed.respondents}
    assert {"1983", "1984", "1960", "0180", "1490"} <= set(by_code)
    texts = {code: [a.answer_text for a in by_code[code].answers] for code in ("1983", "1984", "1960")}
    assert texts["1983"] and texts["1983"] == texts["1984"] == texts["1960"]
    assert "BRA-samtal" in texts["1983"][0]
    assert (by_code["0180"].sub_unit, by_code["1983"].sub_unit) == ("Södermalm", "")


def test_a_unit_named_after_its_municipalities_heads_their_joint_block():
    """A relatives' support or family centre written after the names of the municipalities it serves ("Tierp-
    Älvkarleby anhörigstöd") is a name line: the block answers for each, the unit kept as their sub-unit, and the
    block before it keeps its own text."""
    page = (
        "Redovisning från deltagande kommuner\n\n"
        "Gävle kommun:\n"
        "Vi har en barngrupp varje termin sedan 2015.\n\n"
        "Tierp-Älvkarleby anhörigstöd:\n"
        "Enskilda samtal med barn vars förälder har en demenssjukdom. Någon grupp har vi inte.\n\n"
        "Sandvikens kommuns familjecenter:\n"
        "Vi har nyss börjat kartlägga behoven.\n\n"
        "Publicerat 2023-04-02\n"
    )
    parsed = parse_text(page)
    by_code = {r.org_code: r for r in parsed.respondents}
    assert {"2180", "0360", "0319", "2181"} <= set(by_code)
    assert [a.answer_text for a in by_code["0360"].answers] == [a.answer_text for a in by_code["0319"].answers]
    assert "Enskilda samtal" in by_code["0360"].answers[0].answer_text
    assert "Enskilda" not in " ".join(a.answer_text for a in by_code["2180"].answers)
    assert (by_code["0360"].sub_unit, by_code["2181"].sub_unit) == ("anhörigstöd", "familjecenter")


@pytest.mark.parametrize("body", ["–", "-", "Ingen rapport.", "Inget nytt.", "Ej inkommit."])
def test_a_block_whose_whole_text_is_shorter_than_its_name_is_still_a_block(body):
    """A near-empty block ("–", "Ingen rapport.") is its municipality's block, not a line of the block before
    (a dash alone is a block with no answer); a list of names, each shorter than nothing, still reads as no
    blocks."""
    page = (
        "Redovisning från deltagande kommuner\n\n"
        "Vad har hänt inom er verksamhet i arbetet med barn som anhöriga sedan det senaste mötet?\n\n"
        "Borås stad\n"
        "Vi planerar en kartläggning av hur många anhöriga som har barn hemma.\n\n"
        "Östersunds kommun\n"
        f"{body}\n\n"
        "Piteå kommun\n"
        "Anhörigstödet har uppdrag från 18 år och inga insatser för barn.\n\n"
        "Deltog också:\n"
        "Lunds kommun\n"
        "Umeå kommun\n"
    )
    parsed = parse_text(page)
    by_code = {r.org_code: r for r in parsed.respondents}
    dash = body in "–-"
    empty = dash or body == "Ingen rapport."  # a dash, or a sentence saying there is no report: no answer
    assert [a.answer_text for a in by_code["2380"].answers] == ([] if empty else [body])
    assert all(body not in a.answer_text for a in by_code["1490"].answers)
    assert "Piteå" not in " ".join(a.answer_text for a in by_code["2380"].answers)
    assert not {"1281", "2480"} & set(by_code)  # names in a list are no blocks
    assert any("Östersund" in w for w in parsed.warnings) == empty  # a block without text is reported


def test_a_contact_paragraph_above_the_first_question_does_not_end_the_page():
    """Contact lines end a page's answers when they come after them; above the first question they are the
    page's head, and the questions below are read."""
    page = (
        "Region Västerbotten\n\n"
        "Kontaktperson: [namn], tfn [telefon]\n"
        "[e-post]\n\n"
        "Finns det barnombud för barn som närstående?\n"
        "Ja, på alla kliniker.\n\n"
        "Finns det utbildningsinsatser till personal?\n"
        "Utbildning ges två gånger per år.\n\n"
        "Finns det material/information till personal?\n"
        "En lathund på intranätet.\n\n"
        "Senast uppdaterad 2023-04-05\n"
        "Kontaktuppgifter: växeln\n"
    )
    parsed = parse_text(page)
    assert parsed.kind == "questionnaire" and not parsed.warnings
    answers = {a.question_id: a.answer_text for a in parsed.respondents[0].answers}
    assert answers == {"Q04": "Ja, på alla kliniker.", "Q08": "Utbildning ges två gånger per år.",
                       "Q09": "En lathund på intranätet."}


def test_synthetic_questionnaire_with_blank_lines_and_heading():
    page = (
        "Region Gävleborg\n\n"
        "Finns det barnombud för barn som närstående?\n\n\n"
        "Ja, på alla kliniker.\n\n"
        "Finns det utbildningsinsatser till personal?\n\n"
        "Ja.\n\nUtbildning ges två gånger per år.\n\n"
        "Särskilda satsningar\n"
        "En kampanj under hösten.\n\n"
        "Senast uppdaterad 2023-04-05 av Någon Person\n"
    )
    parsed = parse_text(page)
    assert parsed.kind == "questionnaire"
    assert parsed.wave == 2023
    region = parsed.respondents[0]
    assert (region.org_code, region.level) == ("21", "region")
    answers = {a.question_id: a.answer_text for a in region.answers}
    assert answers["Q04"] == "Ja, på alla kliniker."
    assert "Ja." in answers["Q08"] and "två gånger per år" in answers["Q08"]
    assert answers["Q12"] == "En kampanj under hösten."
    assert not any("Senast uppdaterad" in a.answer_text for a in region.answers)


def test_page_of_unknown_kind_is_other_without_respondents():
    parsed = parse_text("Kanelbullar\n\nBlanda mjöl, smör och socker. Grädda i 225 grader.\n")
    assert parsed.kind == "other"
    assert parsed.respondents == []
    assert parsed.warnings


def test_questionnaire_whose_first_line_is_no_region_takes_the_region_it_names():
    text = (
        "Startsida > Implementering\n\n"
        "Finns det styrdokument?\nJa, en riktlinje.\n\n"
        "Finns det barnombud?\nJa.\n\n"
        "Finns det utbildningsinsatser till personal?\nJa, årligen i Region Uppsala.\n"
    )
    doc = parse_text(text)
    assert doc.kind == "questionnaire"
    assert [(r.org_code, r.level) for r in doc.respondents] == [("03", "region")]


# ---------------------------------------------- layout variants (pages written for these tests)
def _answers(page: str, region: str | None = None) -> dict[str, str]:
    """The answers by question id of a questionnaire page of one region (``region``: its expected code)."""
    parsed = parse_text(page)
    assert parsed.kind == "questionnaire" and len(parsed.respondents) == 1
    assert region is None or parsed.respondents[0].org_code == region
    return {a.question_id: a.answer_text for a in parsed.respondents[0].answers}


def test_numbered_questions_with_the_answer_on_the_question_line():
    page = (
        "Region Kronoberg\n\n"
        "1) Finns det styrdokument? Ja, en handlingsplan antagen av regionstyrelsen.\n"
        "2) Finns det barnombud? Om ja, var finns de? Ja, på alla vårdcentraler.\n"
        "3) Dokumentation i journalen? Används KVÅ-koder? Delvis, i psykiatrin.\n"
        "4) Utbildning till personal? Nej.\n"
        "12 enheter har egna rutiner och 3 saknar rutin helt.\n\n"
        "Senast uppdaterad 2021-02-03\n"
    )
    answers = _answers(page, "07")
    assert answers["Q02"] == "Ja, en handlingsplan antagen av regionstyrelsen."
    assert answers["Q04"] == "Ja, på alla vårdcentraler."  # the follow-up question stays with the question
    assert answers["Q07"] == "Delvis, i psykiatrin."
    # a line of the answer that begins with a number is answer text, not a question
    assert answers["Q08"] == "Nej.\n12 enheter har egna rutiner och 3 saknar rutin helt."


def test_a_question_sentence_inside_an_ordinary_answer_stays_answer_text():
    page = (
        "Region Kronoberg\n\n"
        "Finns det styrdokument?\n"
        "Ja. Finns det barnombud? Frågan utreds i år, och svaret väntas i höst.\n\n"
        "Finns det utbildningsinsatser till personal?\n"
        "Vad behöver personalen? En enkät ska visa det.\n\n"
        "Finns det material/information till personal?\n"
        "Ja.\n"
    )
    answers = _answers(page)
    assert set(answers) == {"Q02", "Q08", "Q09"}
    assert answers["Q02"].startswith("Ja. Finns det barnombud?")
    assert answers["Q08"] == "Vad behöver personalen? En enkät ska visa det."


def test_question_and_answer_labels():
    page = (
        "Region Örebro län\n\n"
        "Fråga 1: Finns det styrdokument?\n"
        "Svar: Ja, en rutin sedan 2020.\n\n"
        "Fråga: Finns det barnombud? Svar: Nej, men frågan bereds.\n"
        "Fråga: Särskilda satsningar Svar: En temadag för chefer.\n"
        "Fråga 4: Finns det material/information till föräldrar?\n"
        "Svar: Svar: står två gånger här av misstag.\n"
    )
    answers = _answers(page, "18")
    assert answers["Q02"] == "Ja, en rutin sedan 2020."
    assert answers["Q04"] == "Nej, men frågan bereds."
    assert answers["Q12"] == "En temadag för chefer."
    assert answers["Q10"] == "Svar: står två gånger här av misstag."  # one label is removed, not the text


def test_bold_questions_and_a_bold_contact_heading():
    page = (
        "Region Gotland\n\n"
        "**Finns det styrdokument?**\n"
        "Ja, en riktlinje. Det **viktigaste** är rutinen.\n\n"
        "**Finns det barnombud?**\n"
        "Ja, sex stycken.\n\n"
        "**Särskilda satsningar**\n"
        "En kampanj i maj.\n\n"
        "**Kontaktuppgifter**\n"
        "Kim Exempelsson\n"
        "Telefon: 070-000 00 00\n"
    )
    answers = _answers(page)
    assert answers == {"Q02": "Ja, en riktlinje. Det **viktigaste** är rutinen.", "Q04": "Ja, sex stycken.",
                       "Q12": "En kampanj i maj."}


def test_question_and_answer_table_with_pipes():
    page = (
        "Region Västernorrland – svar\n\n"
        "| Fråga | Svar |\n"
        "| --- | --- |\n"
        "| Finns det styrdokument? | Ja, en regional rutin. |\n"
        "| Finns det barnombud? | Nej |\n"
        "| Hur följs styrdokumenten upp? | |\n"
        "| Finns det utbildningsinsatser till personal? | Ja, årligen. |\n"
        "| Vad vill ni lyfta särskilt? | Samarbetet med kommunerna. |\n\n"
        "Kontaktuppgifter\nKim Exempelsson\n"
    )
    answers = _answers(page, "22")
    assert answers["Q02"] == "Ja, en regional rutin." and answers["Q04"] == "Nej" and answers["Q08"] == "Ja, årligen."
    assert answers["Q03"] == ""  # an empty cell: the question was asked, the answer is empty (unknown)
    assert answers["Q90"] == "Samarbetet med kommunerna."
    assert "Svar" not in answers.values() and not any("---" in text for text in answers.values())


def test_tab_separated_topics_and_answers():
    page = (
        "Region Jönköpings län\n\n"
        "Ämne\tVårt svar\n"
        "Organisation kring stödet\tEn samordnare på heltid.\n"
        "Styrdokument\tJa, en vägledning.\n"
        "Uppföljning av efterlevnaden\tJournalgranskning varje höst.\n"
        "Information till föräldrar\tBroschyrer på fyra språk.\n"
    )
    answers = _answers(page, "06")
    assert answers == {"Q01": "En samordnare på heltid.", "Q02": "Ja, en vägledning.",
                       "Q13": "Journalgranskning varje höst.", "Q10": "Broschyrer på fyra språk."}


def test_a_tab_inside_an_answer_is_no_table():
    page = (
        "Region Jönköpings län\n\n"
        "Finns det styrdokument?\nRutin\tantagen 2019\n\n"
        "Finns det barnombud?\nJa.\n\n"
        "Finns det utbildningsinsatser till personal?\nJa.\n"
    )
    answers = _answers(page)
    assert answers["Q02"] == "Rutin\tantagen 2019" and set(answers) == {"Q02", "Q04", "Q08"}


def test_date_and_contact_above_the_region_name():
    page = (
        "Senast uppdaterad 2022-01-10 av Kim Exempelsson\n\n"
        "Kontaktperson: Kim Exempelsson\n"
        "E-post: kim[at]example.se\n\n"
        "Region Skåne\n\n"
        "Finns det styrdokument?\nJa.\n\n"
        "Finns det barnombud?\nJa, många.\n\n"
        "Finns det utbildningsinsatser till personal?\nJa.\n"
    )
    parsed = parse_text(page)
    region = parsed.respondents[0]
    assert (region.org_code, region.org_name) == ("12", "Region Skåne")
    assert not any("Exempelsson" in a.answer_text for a in region.answers)


def test_contact_lines_after_the_last_answer_are_no_answer():
    questions = ["Finns det styrdokument?\nJa.", "Finns det barnombud?\nJa, många.",
                 "Finns det utbildningsinsatser till personal?\nJa."]
    tail = ["Frågor om sidan besvaras av Kim Exempelsson, 070-000 00 00.", "Kontakt: Kim Exempelsson, kim@example.se"]
    answers = _answers("\n\n".join(["Region Skåne", *questions, *tail]) + "\n", "12")
    assert answers == {"Q02": "Ja.", "Q04": "Ja, många.", "Q08": "Ja."}


def _blocks_of(page: str):
    parsed = parse_text(page)
    assert parsed.kind == "network_report"
    return parsed, [(r.org_code, r.sub_unit, " ".join(a.answer_text for a in r.answers)) for r in parsed.respondents]


def test_network_report_label_lines_bold_names_and_joint_block():
    page = (
        "Anteckningar från länsträffen\n\n"
        "Deltagare: Tranås, Eksjö och Aneby\n\n"
        "Kommun: Tranås\nVi har en samtalsgrupp för syskon.\n\n"
        "**Eksjö kommun**\nVi planerar en grupp till våren.\n\n"
        "Kommun: Aneby och Vetlanda\nEtt gemensamt anhörigstöd med två barngrupper.\n\n"
        "Kommun: Nässjö\nIngen rapport.\n\n"
        "Publicerat 2020-05-06\n"
    )
    _, blocks = _blocks_of(page)
    assert [(code, text[:12]) for code, _, text in blocks] == [
        ("0687", "Vi har en sa"), ("0686", "Vi planerar "), ("0604", "Ett gemensam"), ("0685", "Ett gemensam"),
        ("0682", "")]  # "Ingen rapport.": a respondent without an answer


def test_network_report_name_and_text_on_one_line():
    page = (
        "Träff för anhörigstödjare\n\n"
        "Vad har hänt sedan sist?\n\n"
        "Kalmar kommun – Under våren startade vi en grupp för barn i familjer med missbruk.\n\n"
        "Nybro kommun: Två medarbetare har gått utbildning i BRA-samtal.\n\n"
        "Emmaboda kommun – Vi har samverkat med Nybro kommun – och med kyrkan – kring sorggrupper.\n\n"
        "Torsås kommun – vi har inte hunnit börja än.\n\n"
        "Stockholms stad – Kungsholmen\nEn ny grupp för tonåringar.\n\n"
        "Publicerat 2021-09-09\n"
    )
    parsed, blocks = _blocks_of(page)
    by = {(code, sub): text for code, sub, text in blocks}
    assert by[("0880", "")].startswith("Under våren startade")
    assert by[("0881", "")].startswith("Två medarbetare")
    # a municipality named inside the text is no respondent; the first dash ends the name
    assert by[("0862", "")].startswith("Vi har samverkat med Nybro kommun")
    # a lowercase continuation is no block of its own: it stays text of the block before
    assert "0834" not in {code for code, _, _ in blocks} and "Torsås kommun – vi har" in by[("0862", "")]
    assert by[("0180", "Kungsholmen")] == "En ny grupp för tonåringar."


def test_network_report_county_in_parentheses_and_a_closing_summary():
    page = (
        "Redovisning från deltagande kommuner\n\n"
        "Ronneby kommun (Blekinge län)\nVi har barngrupper sedan 2016. Sammanfattning av året finns på webben.\n\n"
        "Olofströms kommun (Blekinge län)\nEnskilda samtal erbjuds.\n\n"
        "Sammanfattning\n"
        "Ronneby kommun och Karlshamns kommun har kommit längst.\n\n"
        "Publicerat 2022-03-04\n"
    )
    parsed, blocks = _blocks_of(page)
    assert [code for code, _, _ in blocks] == ["1081", "1060"]
    assert blocks[1][2] == "Enskilda samtal erbjuds."  # the summary is joined to no block
    assert any("Sammanfattning" in w for w in parsed.warnings)


def test_district_word_is_dropped_from_the_sub_unit():
    from bas_analysis import orgs

    assert orgs.split_sub_unit("Göteborgs stad, stadsdel Angered") == ("Göteborgs stad", "Angered")
    assert orgs.split_sub_unit("Stockholms stad – stadsdelsområde Rinkeby") == ("Stockholms stad", "Rinkeby")
    assert orgs.split_sub_unit("Stockholms stad – Stadsdelsnämnden") == ("Stockholms stad", "Stadsdelsnämnden")


# --- layout round 2: PDF exports, topic headings, HTML tables, districts, joint remarks, meeting notes ---------


def test_pdf_export_wrapped_questions_footer_and_repeated_page_head():
    head = "Region Västmanland                               Dnr 2024/77\nVårdförvaltningen                                2024-02-01\n"
    page = (
        head + "\n"
        "Hur ser organisationen ut kring arbetet med att ge information, råd och\n"
        "stöd till barn som anhöriga?\n"
        "En strateg på förvaltningsnivå leder arbetet tillsammans med ett\n"
        "nätverk av samordnare.\n\n"
        "Finns det barnombud för Barn som anhöriga? Om ja, var i organisationen\n"
        "finns de och hur ser deras uppdrag ut?\n"
        "Ja, cirka trettio inom vuxenpsykiatrin.\n\n"
        "                                                   Sida 1 av 2\n\n"
        + head + "\n"
        "Finns det utbildningsinsatser till personal?\n"
        "Vi har en återkommande halvdag.\n"
        "Hur många som deltar varierar\n"
        "men är oftast fler än tjugo?\n\n"
        "Finns det material/information till föräldrar?\n"
        "Vi hänvisar till\n"
        "4\n"
        "broschyrer.\n\n"
        "                                                   Sida 2 av 2\n"
    )
    answers = _answers(page, "19")
    assert answers["Q01"].startswith("En strateg på förvaltningsnivå")
    assert answers["Q04"] == "Ja, cirka trettio inom vuxenpsykiatrin."
    # a question sentence inside an answer (no blank line before it) is no wrapped question
    assert answers["Q08"].endswith("oftast fler än tjugo?")
    # the page head after the break and the footers belong to no answer; a lone number is no page number
    assert not any("Dnr" in text or "Sida" in text for text in answers.values())
    assert answers["Q10"] == "Vi hänvisar till\n4\nbroschyrer."


def test_bare_page_numbers_go_only_when_they_count_the_pages():
    from bas_analysis.parse import depaginated

    notes = "Anteckningar\nText på första sidan.\n                   1\nAnteckningar\nText på andra sidan.\n                   2\n"
    # the numbers and the head repeated after the break go; the text stays
    assert depaginated(notes).split() == "Anteckningar Text på första sidan. Text på andra sidan.".split()
    answer = "Vi har\n3\ngrupper och\n5\nledare.\n"
    assert depaginated(answer) == answer  # 3, 5 count no pages
    plain = "Region Gotland\n\nFinns det barnombud?\nJa.\n"
    assert depaginated(plain) is plain


def test_short_topic_headings_instead_of_the_questions():
    page = (
        "Region Kronoberg – barn som anhöriga\n\n"
        "Styrdokument\nEn rutin från 2021.\n\n"
        "Uppföljning av styrdokumenten\nUppföljning av styrdokumenten sker i ledningsgruppen.\n\n"
        "Barnrätt och barn som närstående\nSamma strateg ansvarar för båda.\n\n"
        "Barnrättsperspektivet\nBarnets egen röst hörs mer.\n\n"
        "Dokumentation i journalen och KVÅ-koder\nKVÅ-koder används i psykiatrin.\n\n"
        "Information till barn och unga\nFilmer på webben.\n\n"
        "Uppföljning av efterlevnaden\nIngen systematisk uppföljning.\n"
    )
    answers = _answers(page, "07")
    assert answers == {
        "Q02": "En rutin från 2021.",
        # the same words as a sentence (with a full stop) inside an answer stay text
        "Q03": "Uppföljning av styrdokumenten sker i ledningsgruppen.",
        "Q05": "Samma strateg ansvarar för båda.", "Q06": "Barnets egen röst hörs mer.",
        "Q07": "KVÅ-koder används i psykiatrin.", "Q11": "Filmer på webben.", "Q13": "Ingen systematisk uppföljning."}


def test_html_question_answer_table_rows_apart_by_blank_lines():
    markup = (
        "<html><body><h1>Region Gävleborg</h1><p>Så här svarar vi.</p><table>"
        "<tr><th>Fråga</th><th>Svar</th></tr>"
        "<tr><td>Finns det styrdokument? </td><td>Ja, en handlingsplan.</td></tr>"
        "<tr><td>Finns det barnombud?</td><td>Nej.</td></tr>"
        "<tr><td>Finns det utbildningsinsatser till personal?</td><td>Ja, varje vår.</td></tr>"
        "<tr><td>Har det genomförts några särskilda satsningar?</td><td></td></tr>"
        "</table><p>Dela: Facebook | LinkedIn</p></body></html>"
    )
    answers = _answers(ingest.html_to_text(markup), "21")
    assert answers["Q02"] == "Ja, en handlingsplan." and answers["Q04"] == "Nej." and answers["Q08"] == "Ja, varje vår."
    assert answers["Q12"] == ""  # an empty cell: asked, not answered
    assert not any(text.startswith("|") for text in answers.values())


def test_network_report_districts_with_a_slash_or_the_city_in_parentheses():
    page = (
        "Redovisning från deltagande kommuner\n\n"
        "Stockholms stad/Enskede-Årsta-Vantör\nVi har startat en grupp för syskon.\n\n"
        "Spånga-Tensta stadsdelsförvaltning (Stockholms stad)\nTvå nya samtalsledare i år.\n\n"
        "Lena Andersson (Stockholms stad)\nHon berättade om en ny broschyr för barn.\n\n"
        "Publicerat 2022-10-01\n"
    )
    _, blocks = _blocks_of(page)
    assert [(code, sub) for code, sub, _ in blocks if code] == [("0180", "Enskede-Årsta-Vantör"), ("0180", "Spånga-Tensta")]
    # a person before the city in parentheses is no district: never a sub-unit (the line stays an unmatched name
    # line, reported in the warnings, as before)
    assert not any("Lena" in sub for _, sub, _ in blocks)


def test_network_report_joint_block_with_a_remark_in_parentheses():
    page = (
        "Redovisning från deltagande kommuner\n\n"
        "Bjurholm, Vindeln och Vännäs (gemensam socialtjänst)\nEn gemensam barngrupp startar i mars.\n\n"
        "Nordmalings kommun (Västerbottens län)\nVi har inget att rapportera den här gången.\n\n"
        "Publicerat 2023-04-04\n"
    )
    _, blocks = _blocks_of(page)
    assert [code for code, _, _ in blocks] == ["2403", "2404", "2460", "2401"]
    assert all(sub == "" for _, sub, _ in blocks)
    assert blocks[0][2] == "En gemensam barngrupp startar i mars."


def test_network_report_html_table_of_municipalities_and_reports():
    markup = (
        "<html><body><h1>Redovisning från deltagande kommuner</h1><table>"
        "<tr><th>Kommun</th><th>Redovisning</th></tr>"
        "<tr><td>Ljungby kommun</td><td>Vi erbjuder samtal till barn i familjer med missbruk.</td></tr>"
        "<tr><td>Alvesta kommun</td><td></td></tr>"
        "<tr><td>Växjö kommun</td><td><p>Två grupper har startat.</p><p>Fler planeras i höst.</p></td></tr>"
        "<tr><td>Nästa träff</td><td>Vi ses i Tingsryd i maj.</td></tr>"
        "</table><p>Publicerat 2023-03-03</p></body></html>"
    )
    parsed, blocks = _blocks_of(ingest.html_to_text(markup))
    assert [code for code, _, _ in blocks] == ["0781", "0764", "0780"]  # the header row names no municipality
    by = {code: text for code, _, text in blocks}
    assert by["0781"] == "Vi erbjuder samtal till barn i familjer med missbruk." and by["0764"] == ""
    assert by["0780"].startswith("Två grupper har startat.") and "Fler planeras i höst." in by["0780"]
    assert "Tingsryd" not in by["0780"]  # a row that names no municipality is no text of the block above it


def test_meeting_notes_with_numbered_agenda_items_and_an_attendance_list():
    page = (
        "Minnesanteckningar\nNätverket för anhörigstöd i Sjuhärad\nDatum: 2023-05-15\n\n"
        "Närvarande:\nKim Exempelsson, Marks kommun\nAlex Provsson, Tranemo kommun\n\n"
        "Förhinder: Svenljunga kommun\n\n"
        "1. Välkommen\nOrdföranden öppnade mötet.\n\n"
        "2. Redovisning från deltagande kommuner\n\n"
        "2.1 Marks kommun\nVi har fått pengar till en barngrupp. Så här ska den gå till:\n\n"
        "1. Anmälan via skolkurator\n2. Samtal med föräldrarna\n\n"
        "                                                          1\n\n"
        "2.2 Tranemo kommun\nVi har inte startat något\nnytt sedan förra träffen.\n\n"
        "3. Övrigt\nNästa möte hålls i Borås.\n\n"
        "Vid anteckningarna\nKim Exempelsson\nkim@example.se\n"
        "                                                          2\n"
    )
    parsed, blocks = _blocks_of(page)
    assert [code for code, _, _ in blocks] == ["1463", "1452"]  # the attendance list and "Förhinder" are no blocks
    by = {code: text for code, _, text in blocks}
    assert "Samtal med föräldrarna" in by["1463"]  # a numbered list inside the text does not end the block
    assert by["1452"] == "Vi har inte startat något\nnytt sedan förra träffen."  # the next agenda item ends it
    assert not any("Exempelsson" in text or "Borås" in text for text in by.values())


def test_names_in_capitals_with_a_contact_line_under_the_name():
    page = (
        "Rapporter från kommunerna i Jämtland\n\n"
        "ÖSTERSUND\nKontakt: Kim Exempelsson, 063-00 00 00\nVi har en ny samordnare för barn som anhöriga.\n\n"
        "KROKOM\nKontaktperson: Alex Provsson\nVi har startat samtalsgrupper.\n\n"
        "STRÖMSUND\nVi har gått en utbildning i BRA-samtal.\nKontakt: Ingrid Test, ingrid@example.se\n\n"
        "BERG\nIngen rapport den här gången.\n\n"
        "Publicerat 2022-11-11\n"
    )
    _, blocks = _blocks_of(page)
    by = {code: text for code, _, text in blocks}
    assert by["2380"] == "Vi har en ny samordnare för barn som anhöriga."
    assert by["2309"] == "Vi har startat samtalsgrupper."
    # a contact line after the text stays text of its block, as before (redaction takes the person out)
    assert by["2313"].endswith("Kontakt: Ingrid Test, ingrid@example.se")


def test_sub_unit_after_a_slash_and_the_district_word_after_the_name():
    from bas_analysis import orgs

    assert orgs.split_sub_unit("Malmö stad/Husie") == ("Malmö stad", "Husie")
    assert orgs.district_name("Norra Hisingen stadsdelsnämnd", word_after=True) == "Norra Hisingen"
    # after its city the district keeps its own words
    assert orgs.split_sub_unit("Stockholms stad – Farsta stadsdelsförvaltning") == (
        "Stockholms stad", "Farsta stadsdelsförvaltning")


def test_numbered_wrapped_questions_footer_in_parentheses_and_question_labels_as_headings():
    page = (
        "Region Blekinge\n\n"
        "1. Hur ser organisationen ut kring arbetet med att ge information, råd\n"
        "och stöd till barn som anhöriga?\n"
        "Ett regionalt team med en samordnare.\n\n"
        "Sida 1 (2)\n\n"
        "Barnombud och deras uppdrag\nOmbud finns på varje vårdcentral.\n\n"
        "Utbildning av personal\nE-kurs för alla nyanställda.\n\n"
        "Sida 2 (2)\n"
    )
    answers = _answers(page, "10")
    assert answers == {"Q01": "Ett regionalt team med en samordnare.", "Q04": "Ombud finns på varje vårdcentral.",
                       "Q08": "E-kurs för alla nyanställda."}


def test_byline_without_a_label_under_the_name_line_but_not_a_dated_first_line():
    page = (
        "Redovisning från deltagande kommuner\n\n"
        "Härjedalens kommun\nKim Exempelsson, anhörigkonsulent, 0680-00 00 00\nVi har startat en syskongrupp.\n\n"
        "Bräcke kommun\nE-post: anhorig@example.se\nEnskilda samtal erbjuds.\n\n"
        "Ragunda kommun\nProjekt 2021-2023 med statsbidrag\nVi har haft en grupp per termin.\n\n"
        "Publicerat 2023-06-01\n"
    )
    _, blocks = _blocks_of(page)
    by = {code: text for code, _, text in blocks}
    assert by["2361"] == "Vi har startat en syskongrupp." and by["2305"] == "Enskilda samtal erbjuds."
    assert by["2303"].startswith("Projekt 2021-2023 med statsbidrag")  # no person: text of the block


@pytest.mark.parametrize("rows", [
    # a participant list: municipality, person, role, e-mail, phone
    ["Kommun | Namn | Roll | E-post", "Luleå kommun | Kim Exempelsson | anhörigkonsulent | kim@example.se",
     "Piteå kommun | Alex Provsson | samordnare | alex@example.se", "Bodens kommun | Ingrid Test | chef | it@example.se",
     "Kalix kommun | Robin Prov | anhörigkonsulent | rp@example.se"],
    # two columns, the second a contact person
    ["Kommun | Kontaktperson", "Luleå kommun | Kim Exempelsson, 0920-00 00 00", "Piteå kommun | Alex Provsson",
     "Bodens kommun | Ingrid Test, it@example.se", "Kalix kommun | Robin Provsson"],
])
def test_a_table_of_municipalities_and_their_contacts_is_no_network_report(rows):
    page = "Deltagare vid träffen\n\n" + "\n\n".join(rows) + "\n"
    parsed = parse_text(page)
    assert parsed.kind != "network_report"
    assert not any("example.se" in a.answer_text or "Exempelsson" in a.answer_text
                   for r in parsed.respondents for a in r.answers)


def test_a_labelled_question_outside_the_questionnaire_is_kept_with_its_own_text():
    page = (
        "Region Västmanland\n\n"
        "Fråga 1: Finns det styrdokument?\nSvar: En länsgemensam rutin.\n\n"
        "Fråga 2: Finns det barnombud?\nSvar: Ja, på alla vårdcentraler.\n\n"
        "Fråga 3: Har det genomförts några särskilda satsningar?\nSvar: En kampanj under hösten.\n\n"
        "Fråga 4: Synpunkter på enkäten\nSvar: Den borde skickas ut tidigare på året.\n"
    )
    answers = parse_text(page).respondents[0].answers
    other = [(a.question_text, a.answer_text) for a in answers if a.question_id == "Q90"]
    assert other == [("Synpunkter på enkäten", "Den borde skickas ut tidigare på året.")]
    assert _answers(page, "19")["Q12"] == "En kampanj under hösten."  # the answer before keeps only its own text


def test_a_question_label_on_a_page_with_few_labelled_questions_is_no_question():
    page = (
        "Region Västmanland\n\n"
        "Finns det styrdokument?\nEn länsgemensam rutin.\n\n"
        "Finns det barnombud?\nJa, på alla vårdcentraler.\n\n"
        "Har det genomförts några särskilda satsningar?\nEn kampanj under hösten.\n"
        "Fråga: Ställ den gärna till din chef.\n"
    )
    assert [a.question_id for a in parse_text(page).respondents[0].answers] == ["Q02", "Q04", "Q12"]


def test_topic_headings_joined_of_one_question_but_not_of_two():
    assert classify_question("Journalföring och KVÅ-koder") is None  # "journalföring" is no heading of Q07
    assert classify_question("Journaldokumentation samt KVÅ-koder") == "Q07"
    assert classify_question("KVÅ-koder / dokumentation i journalen") == "Q07"
    assert classify_question("Styrdokument och barnombud") is None
    assert classify_question("Barnombud och Organisation") is None
    page = (
        "Region Kronoberg\n\n"
        "Organisation\nEn strateg samordnar.\n\n"
        "Styrdokument och barnombud\nEn rutin finns, ombud saknas.\n\n"
        "Journaldokumentation och KVÅ-koder\nKoderna används i psykiatrin.\n\n"
        "Särskilda satsningar\nIngen i år.\n"
    )
    answers = _answers(page, "07")
    assert answers["Q01"] == "En strateg samordnar.\n\nStyrdokument och barnombud\nEn rutin finns, ombud saknas."
    assert answers["Q07"] == "Koderna används i psykiatrin."


@pytest.mark.parametrize("footer", ["Frågor? Kontakta Kim Exempelsson, 0470-00 00 00",
                                    "Har du frågor? Mejla kim@example.se"])
def test_a_questions_welcome_footer_with_a_contact_is_metadata(footer):
    page = (
        "Region Kronoberg\n\n"
        "Finns det styrdokument?\nEn rutin.\n\n"
        "Finns det barnombud?\nNej.\n\n"
        "Har det genomförts några särskilda satsningar?\nEn temadag.\n\n"
        f"{footer}\n"
    )
    answers = _answers(page, "07")
    assert answers == {"Q02": "En rutin.", "Q04": "Nej.", "Q12": "En temadag."}


def test_a_questions_sentence_inside_an_answer_stays_text():
    page = (
        "Region Kronoberg\n\n"
        "Finns det styrdokument?\nEn rutin.\n\n"
        "Finns det barnombud?\nNej.\n\n"
        "Har det genomförts några särskilda satsningar?\nEn temadag.\n"
        "Frågor från personalen samlades in efteråt.\n"
    )
    assert _answers(page, "07")["Q12"] == "En temadag.\nFrågor från personalen samlades in efteråt."


def test_a_municipality_block_of_only_a_dash_has_no_answer():
    page = (
        "Redovisning från deltagande kommuner\n\n"
        "Växjö kommun\nVi har två syskongrupper.\n\n"
        "Alvesta kommun\n—\n\n"
        "Ljungby kommun\n...\n\n"
        "Tingsryds kommun\nIngen rapport.\n"
    )
    parsed, blocks = _blocks_of(page)
    by = {code: text for code, _, text in blocks}
    assert by == {"0780": "Vi har två syskongrupper.", "0764": "", "0781": "", "0763": ""}  # "Ingen rapport.": none
    assert sum("without text" in w for w in parsed.warnings) == 3


@pytest.mark.parametrize("sep", [":", " –", " -"])
def test_a_topic_and_its_answer_on_one_line(sep):
    page = (
        "Region Halland – läget i korthet\n\n"
        f"Organisation{sep} Ett länsteam med tre strateger.\n"
        f"Styrdokument{sep} Handlingsplan antagen 2022.\n"
        f"Journaldokumentation och KVÅ-koder{sep} Koderna används på vårdcentralerna.\n"
        f"Särskilda satsningar{sep} Ingen under året.\n"
    )
    assert _answers(page, "13") == {"Q01": "Ett länsteam med tre strateger.", "Q02": "Handlingsplan antagen 2022.",
                                    "Q07": "Koderna används på vårdcentralerna.", "Q12": "Ingen under året."}


def test_one_or_two_topic_labels_inside_ordinary_answers_stay_text():
    page = (
        "Region Halland\n\n"
        "Finns det styrdokument?\nJa.\nStyrdokument: se vårdgivarwebben.\n\n"
        "Finns det barnombud?\nJa.\nBarnombud: ett per klinik, utsedda av chefen.\n\n"
        "Har det genomförts några särskilda satsningar?\nNej.\n"
    )
    answers = _answers(page, "13")
    assert answers["Q02"] == "Ja.\nStyrdokument: se vårdgivarwebben."
    assert answers["Q04"] == "Ja.\nBarnombud: ett per klinik, utsedda av chefen."


def test_numbered_topic_headings_and_a_dash_after_the_question_mark():
    assert classify_question("3. Barnombud") == classify_question("B.2 Barnombud") == "Q04"
    assert classify_question("2022 Barnombud") is None  # a year is no section number
    page = (
        "Region Halland\n\n"
        "1. Organisation\nEtt länsteam.\n\n"
        "Finns det styrdokument? – Ja, en handlingsplan.\n"
        "Finns det barnombud? – Nej.\n"
        "Har det genomförts några särskilda satsningar? — En temavecka.\n"
    )
    assert _answers(page, "13") == {"Q01": "Ett länsteam.", "Q02": "Ja, en handlingsplan.", "Q04": "Nej.",
                                    "Q12": "En temavecka."}


def test_form_check_boxes_keep_only_the_ticked_option():
    page = (
        "Region Halland\n\n"
        "Finns det styrdokument?\n☒ Ja  ☐ Nej\nEn handlingsplan från 2022.\n\n"
        "Finns det barnombud?\n[ ] Ja [X] Nej\n\n"
        "Finns det utbildningsinsatser till personal?\n☐ Ja ☐ Nej\n\n"
        "Finns det material/information till personal?\n✓ Checklista ✓ Film\n\n"
        "Har det genomförts några särskilda satsningar?\nJa ☐ Nej, men vi planerar.\n"
    )
    answers = _answers(page, "13")
    assert answers["Q02"] == "Ja\nEn handlingsplan från 2022." and answers["Q04"] == "Nej"
    assert answers["Q08"] == ""  # nothing ticked: not answered
    assert answers["Q09"] == "✓ Checklista ✓ Film"  # ticks with no empty box are a list, not a form
    assert answers["Q12"] == "Ja ☐ Nej, men vi planerar."  # text before the first box: no line of boxes


def test_answer_labels_naming_who_answers_and_a_label_on_its_own_line():
    page = (
        "Region Halland\n\n"
        "Finns det styrdokument?\nRegionens svar: Ja, en plan.\n\n"
        "Finns det barnombud?\nSvar\nNej.\n\n"
        "Har det genomförts några särskilda satsningar?\nVårt svar: En temadag.\n\n"
        "Finns det material/information till föräldrar?\nSvaret är ja: en broschyr.\n"
    )
    answers = _answers(page, "13")
    assert answers["Q02"] == "Ja, en plan." and answers["Q04"] == "Nej." and answers["Q12"] == "En temadag."
    assert answers["Q10"] == "Svaret är ja: en broschyr."  # a sentence that starts with the word stays whole


def test_markdown_heading_marks_on_name_lines_and_questions_but_not_hashtags():
    page = (
        "# Redovisning från deltagande kommuner\n\n"
        "## Ludvika kommun\nVi har startat en grupp för barn 8–12 år.\n\n"
        "## Smedjebackens kommun ##\nEnskilda samtal erbjuds.\n\n"
        "### Gagnefs kommun\nVi delar på #barnsomanhöriga i sociala medier.\n"
    )
    _, blocks = _blocks_of(page)
    assert blocks == [("2085", "", "Vi har startat en grupp för barn 8–12 år."), ("2061", "", "Enskilda samtal erbjuds."),
                      ("2026", "", "Vi delar på #barnsomanhöriga i sociala medier.")]
    questions = "Region Dalarna\n\n## Finns det barnombud?\nJa.\n\n## Finns det styrdokument?\nNej.\n\n## Har det genomförts några särskilda satsningar?\nNej.\n"
    assert [a.question_text for a in parse_text(questions).respondents[0].answers][:1] == ["Finns det barnombud?"]


def test_a_list_of_municipalities_each_item_with_its_text():
    page = (
        "Nytt från nätverket i Dalarna\n\n"
        "• Ludvika kommun: Vi har startat en grupp för barn 8–12 år.\n"
        "• Smedjebackens kommun – Enskilda samtal erbjuds sedan i våras.\n"
        "  Samtalen leds av två kuratorer.\n"
        "• Gagnefs kommun: Ingenting nytt att rapportera den här gången.\n"
        "• Leksands kommun: Vi planerar en syskongrupp till hösten.\n"
    )
    _, blocks = _blocks_of(page)
    by = {code: text for code, _, text in blocks}
    assert by["2085"] == "Vi har startat en grupp för barn 8–12 år."
    assert by["2061"].startswith("Enskilda samtal erbjuds sedan i våras.") and "kuratorer" in by["2061"]
    assert set(by) == {"2085", "2061", "2026", "2029"}


def test_two_list_items_naming_municipalities_inside_a_block_are_its_text():
    page = (
        "Redovisning från deltagande kommuner\n\n"
        "Ludvika kommun\nVi samarbetar med två grannar:\n"
        "• Smedjebackens kommun: Vi har en gemensam grupp för barn.\n"
        "• Gagnefs kommun: Vi delar en kurator med dem sedan i höstas.\n\n"
        "Leksands kommun\nVi planerar en syskongrupp till hösten.\n"
    )
    _, blocks = _blocks_of(page)
    assert [code for code, _, _ in blocks] == ["2085", "2029"]
    assert "Gagnefs kommun: Vi delar" in blocks[0][2]


def test_a_plural_kommuner_after_one_name_is_a_group_heading_not_a_block():
    page = (
        "Redovisning från deltagande kommuner\n\n"
        "Västmanlands läns kommuner\nAlla kommuner i länet deltog i träffen i mars.\n\n"
        "Surahammars kommun\nVi har startat en grupp för barn 10–13 år.\n\n"
        "Fagersta och Norbergs kommuner\nVi har en gemensam anhörigkonsulent sedan 2021.\n"
    )
    _, blocks = _blocks_of(page)
    assert [code for code, _, _ in blocks] == ["1907", "1982", "1962"]  # the joint block keeps both names
    assert "Alla kommuner" not in " ".join(text for _, _, text in blocks)


# Layout round 4: shapes of pages exported or sent in other ways (each page below is written for the test).


def test_a_semicolon_spreadsheet_export_with_quoted_fields_and_a_comment_column():
    page = (
        "Region Kronoberg;Enkätsvar barn som anhöriga;;\n"
        "Nr;Fråga;Svar;Kommentar\n"
        "1;Finns det styrdokument?;\"Ja; en handlingsplan \"\"Se barnet\"\" från 2020.\";Ses över i år\n"
        "2;Finns det barnombud?;Nej.;\n"
        "3;Finns det utbildningsinsatser till personal?;En e-kurs för alla nyanställda.;\n"
        ";;;\n"
        "Kontaktperson;Olle Berg;0470-12 34 56;olle.berg@example.se\n"
        "Exporterad;2023-01-15;;\n"
    )
    parsed = parse_text(page)
    answers = _answers(page, "07")
    assert answers["Q02"] == 'Ja; en handlingsplan "Se barnet" från 2020. Ses över i år'  # doubled quotes undone
    assert answers["Q04"] == "Nej." and answers["Q08"] == "En e-kurs för alla nyanställda."
    assert set(answers) == {"Q02", "Q04", "Q08"}  # no header row, contact row or export date as an answer
    assert "Olle" not in " ".join(a.answer_text + a.question_text for a in parsed.respondents[0].answers)


def test_semicolons_inside_ordinary_sentences_are_no_spreadsheet():
    page = (
        "Region Kronoberg\n\n"
        "Finns det styrdokument?\nJa; en plan; en rutin; en checklista.\n\n"
        "Finns det barnombud?\nNej; inte ännu.\n\n"
        "Finns det utbildningsinsatser till personal?\nJa.\n"
    )
    answers = _answers(page, "07")
    assert answers["Q02"] == "Ja; en plan; en rutin; en checklista." and answers["Q04"] == "Nej; inte ännu."


def test_a_two_column_pdf_export_reads_question_then_answer():
    left = [("1. Finns det styrdokument (policydokument,", "Ja, en riktlinje om barn som"),
            ("handlingsplaner, rutiner och liknande)?", "anhöriga antogs 2021."),
            ("", ""),
            ("2. Finns det barnombud för Barn som", "Ja, på alla vårdcentraler."),
            ("anhöriga? Om ja, var finns de?", ""),
            ("", ""),
            ("3. Har det genomförts några särskilda", "Nej."),
            ("satsningar?", "")]
    rows = [f"{q:<44}{a}".rstrip() if q else (" " * 44 + a).rstrip() for q, a in left]
    page = "          REGION KRONOBERG\n\nFråga" + " " * 39 + "Svar\n\n" + "\n".join(rows) + "\n\n" + " " * 44 + "Sida 1 (1)\n"
    answers = _answers(page, "07")
    assert answers["Q02"] == "Ja, en riktlinje om barn som\nanhöriga antogs 2021."
    assert answers["Q04"] == "Ja, på alla vårdcentraler." and answers["Q12"] == "Nej."


def test_questions_written_as_instructions_ending_in_a_colon():
    page = (
        "Region Kronoberg – svar till Nka\n\n"
        "Beskriv hur organisationen ser ut kring arbetet med barn som anhöriga:\n"
        "En samordnare på halvtid med stöd av en styrgrupp.\n\n"
        "Ange om det finns barnombud: Ja, på alla avdelningar.\n\n"
        "Beskriv hur styrdokumenten följs upp:\nGenom årlig egenkontroll.\n\n"
        "Ange följande: allt i listan nedan är planerat.\n\n"
        "Kontaktperson: Olle Berg, 0470-12 34 56\n"
    )
    answers = _answers(page, "07")
    assert answers["Q01"] == "En samordnare på halvtid med stöd av en styrgrupp."
    assert answers["Q04"] == "Ja, på alla avdelningar."
    assert answers["Q03"].startswith("Genom årlig egenkontroll.")  # not Q02: the documents are followed up
    assert "Olle" not in " ".join(answers.values())


def test_two_instruction_lines_in_ordinary_answers_stay_text():
    page = (
        "Region Kronoberg\n\n"
        "Finns det styrdokument?\nJa. Ange om det finns barnombud: den frågan tar vi nedan.\n\n"
        "Finns det barnombud?\nJa.\n\n"
        "Finns det utbildningsinsatser till personal?\nNej.\n"
    )
    answers = _answers(page, "07")
    assert answers["Q02"].startswith("Ja. Ange om") and answers["Q04"] == "Ja."


def test_an_email_reply_quoting_the_questions():
    page = (
        "Från: Olle Berg <olle.berg@example.se>\n"
        "Skickat: den 3 mars 2022 09:10\n"
        "Ämne: SV: Barn som anhöriga\n\n"
        "Hej!\n\nRegion Kronoberg svarar under varje fråga.\n\n"
        "Med vänlig hälsning\nOlle Berg\nSamordnare, Region Kronoberg\n0470-12 34 56\n\n"
        "-----Ursprungligt meddelande-----\n"
        "> Finns det styrdokument (policydokument, handlingsplaner,\n> rutiner och liknande)?\n\n"
        "Ja, sedan 2019.\n\n"
        "> Finns det barnombud för Barn som anhöriga? Om ja, var\n> finns de?\n\n"
        "Nej.\n\n"
        "> Har det genomförts några särskilda satsningar?\n\n"
        "En kampanj i våras.\n\n"
        "> Tack på förhand!\n> Nka\n"
    )
    parsed = parse_text(page)
    answers = _answers(page, "07")
    assert answers["Q02"] == "Ja, sedan 2019." and answers["Q04"] == "Nej." and answers["Q12"] == "En kampanj i våras."
    text = " ".join(a.answer_text for a in parsed.respondents[0].answers)
    assert "Olle" not in text and "0470" not in text and "Skickat" not in text and "Tack på förhand" not in text


def test_a_quoted_line_or_two_in_an_ordinary_page_is_no_email_reply():
    page = (
        "Region Kronoberg\n\n"
        "Finns det styrdokument?\nJa:\n> en plan\n> en rutin\n\n"
        "Finns det barnombud?\nJa.\n\n"
        "Finns det utbildningsinsatser till personal?\nNej.\n"
    )
    assert "> en plan" in _answers(page, "07")["Q02"]


def test_topic_headings_in_capitals_and_a_title_in_capitals():
    page = (
        "REGION KRONOBERG – BARN SOM ANHÖRIGA\n\n"
        "1. STYRDOKUMENT\n\nEn riktlinje från 2020.\n\n"
        "2. BARNOMBUD\n\nJa, på alla kliniker.\n\n"
        "3. DOKUMENTATION I JOURNAL / KVÅ\n\nSökord finns.\n\n"
        "KONTAKT\n\nOlle Berg, 0470-12 34 56\n"
    )
    answers = _answers(page, "07")
    assert answers == {"Q02": "En riktlinje från 2020.", "Q04": "Ja, på alla kliniker.", "Q07": "Sökord finns."}


def test_english_and_swedish_question_labels():
    page = (
        "Region Kronoberg\n\n"
        "Q1. Organisation – How is the work organised? (Hur ser organisationen ut kring arbetet?)\n"
        "Svar: En samordnare.\n\n"
        "Q2. Child ombudsmen / Finns det barnombud?\nSvar: No / Nej.\n\n"
        "Q3. Staff training / Utbildningsinsatser till personal?\nSvar: Ja.\n\n"
        "Contact / Kontakt: Olle Berg, 0470-12 34 56\n"
    )
    answers = _answers(page, "07")
    assert answers == {"Q01": "En samordnare.", "Q04": "No / Nej.", "Q08": "Ja."}


def test_a_question_table_with_a_number_column_and_section_rows():
    page = (
        "<h1>Region Kronoberg</h1><table>"
        "<tr><th>Nr</th><th>Fråga</th><th>Svar</th></tr>"
        "<tr><td colspan='3'>Styrning</td></tr>"
        "<tr><td>1</td><td>Finns det styrdokument?</td><td>Ja.</td></tr>"
        "<tr><td>2</td><td>Finns det barnombud?</td><td></td></tr>"
        "<tr><td colspan='3'>Kompetens</td></tr>"
        "<tr><td>3</td><td>Finns det utbildningsinsatser till personal?</td><td>En e-kurs.</td></tr>"
        "<tr><td>4</td><td>Har det genomförts några särskilda satsningar?</td><td>Nej.</td></tr>"
        "</table>"
    )
    answers = _answers(ingest.html_to_text(page), "07")
    assert answers["Q02"] == "Ja." and answers["Q08"] == "En e-kurs." and answers["Q12"] == "Nej."
    assert answers["Q04"] == ""  # the empty cell: no answer, and the section row below is none either
    assert "Kompetens" not in " ".join(answers.values()) and "Styrning" not in " ".join(answers.values())


def test_municipality_headings_in_capitals_in_a_newsletter():
    page = (
        "NYHETSBREV FRÅN ANHÖRIGSTÖDET\n\n"
        "INNEHÅLL\n– Rapporter från kommunerna\n\n"
        "VÄXJÖ\nVi har startat en grupp för barn 9–12 år under våren.\n\n"
        "ALVESTA OCH ÄLMHULT\nEtt gemensamt anhörigstöd med en kurator för barn sedan januari.\n\n"
        "LJUNGBY\nVi hänvisar till Växjö, som har en grupp för tonåringar.\n\n"
        "TINGSRYD\nKartläggning av behoven pågår tillsammans med skolan.\n\n"
        "KALENDARIUM\n3 oktober – länsträff\n\n"
        "Redaktör: Olle Berg, 0470-12 34 56\n"
    )
    _, blocks = _blocks_of(page)
    assert [code for code, _, _ in blocks] == ["0780", "0764", "0765", "0781", "0763"]
    by = {code: text for code, _, text in blocks}
    assert by["0764"] == by["0765"] and by["0763"] == "Kartläggning av behoven pågår tillsammans med skolan."
    assert "länsträff" not in " ".join(by.values()) and "Olle" not in " ".join(by.values())


def test_form_blocks_with_district_contact_and_report_fields():
    page = (
        "Inrapportering från kommuner och stadsdelar\n\n"
        "Kommun: Göteborgs Stad\nStadsdel: Hisingen\nKontaktperson: Olle Berg, 031-12 34 56\n"
        "Rapport: Vi har samtalsgrupper för barn 7–12 år.\n\n"
        "Kommun: Mölndal\nKontaktperson: Eva Ek\nRapport: Vi har en ny samordnare sedan i höstas.\n\n"
        "Kommun: Partille\nKontaktperson: Per Lund\nRapport:\n\n"
        "Kommun: Kungsbacka\nRapport: Vi erbjuder enskilda samtal med kurator.\n\n"
        "Sammanställt av sekretariatet.\n"
    )
    parsed, blocks = _blocks_of(page)
    assert [(code, unit) for code, unit, _ in blocks] == [("1480", "Hisingen"), ("1481", ""), ("1402", ""), ("1384", "")]
    by = {code: text for code, _, text in blocks}
    assert by["1480"] == "Vi har samtalsgrupper för barn 7–12 år." and by["1402"] == ""
    assert not any(r.org_code == "" for r in parsed.respondents)  # the heading over several is no respondent
    assert "sekretariatet" not in by["1384"] and "Olle" not in by["1480"]


def test_municipality_names_as_a_tables_header_row():
    page = ingest.html_to_text(
        "<h1>Redovisning från deltagande kommuner</h1>"
        "<table><tr><th>Växjö kommun</th><th>Ljungby kommun</th></tr>"
        "<tr><td>Vi har en grupp för syskon.</td><td>Vi har en kurator för barn.</td></tr></table>"
        "<table><tr><th>Alvesta kommun</th><th>Tingsryds kommun</th></tr>"
        "<tr><td><p>Vi planerar en grupp.</p></td><td><p>-</p></td></tr></table>"
        "<p>Kontakt: Olle Berg, 0470-12 34 56</p>"
    )
    parsed, blocks = _blocks_of(page)
    by = {code: text for code, _, text in blocks}
    assert by == {"0780": "Vi har en grupp för syskon.", "0781": "Vi har en kurator för barn.",
                  "0764": "Vi planerar en grupp.", "0763": ""}


def test_meeting_notes_items_after_the_round_and_a_no_report_remark():
    page = (
        "Minnesanteckningar, nätverket barn som anhöriga\n\n"
        "Närvarande: Anna Berg (Växjö), Per Lund (Ljungby), Eva Ek (Markaryd)\n\n"
        "§ 3 Runda bordet\n\n"
        "Växjö: Vi har startat en grupp för barn 9–12 år under våren.\n\n"
        "Ljungby: Vi har en ny kurator för barn sedan i höstas.\n\n"
        "Alvesta: (ingen rapport inkom)\n\n"
        "Tingsryd: Kartläggning av behoven pågår tillsammans med skolan.\n\n"
        "§ 4 Övriga frågor\nVäxjö bjuder in till en föreläsning i maj.\n"
    )
    _, blocks = _blocks_of(page)
    by = {code: text for code, _, text in blocks}
    assert set(by) == {"0780", "0781", "0764", "0763"}  # Markaryd, only in the attendee list, reported nothing
    assert "Anna" not in " ".join(by.values())
    assert by["0764"] == "" and by["0763"] == "Kartläggning av behoven pågår tillsammans med skolan."


def test_a_spreadsheet_export_without_a_number_column_and_a_line_break_inside_a_field():
    page = (
        "Fråga;Svar\n"
        "Finns det styrdokument?;\"Ja, en plan.\nDen ses över 2024.\"\n"
        "Finns det barnombud?;Nej.\n"
        "Har det genomförts några särskilda satsningar?;En temadag.\n"
    )
    answers = parse_text(page).respondents[0].answers
    by = {a.question_id: a.answer_text for a in answers}
    assert by == {"Q02": "Ja, en plan. Den ses över 2024.", "Q04": "Nej.", "Q12": "En temadag."}


def test_a_two_column_export_whose_rows_have_no_blank_line_between_them():
    rows = [("1. Finns det styrdokument?", "Ja, en plan"), ("", "från 2021."),
            ("2. Finns det barnombud?", "Nej."),
            ("3. Har det genomförts några", "En temadag."), ("särskilda satsningar?", "")]
    page = "Region Kronoberg\n\n" + "\n".join(f"{q:<40}{a}".rstrip() for q, a in rows) + "\n"
    answers = _answers(page, "07")
    assert answers == {"Q02": "Ja, en plan\nfrån 2021.", "Q04": "Nej.", "Q12": "En temadag."}


def test_a_numbered_list_of_municipalities():
    page = (
        "Rapporter från kommunerna i länet\n\n"
        "1. Växjö kommun\nVi har en grupp för barn 9–12 år. Vi samarbetar med Alvesta kommun om den.\n\n"
        "2. Ljungby kommun\n(ingen rapport inkom)\n\n"
        "3. Tingsryds kommun\nKartläggning pågår.\n\nVi har också anställt en kurator.\n\n"
        "4. Markaryds kommun\nEn föreläsning för personal i mars.\n\n"
        "Nästa möte: 12 maj. Sammankallande: Anna Berg, 0470-12 34 56\n"
    )
    _, blocks = _blocks_of(page)
    assert [code for code, _, _ in blocks] == ["0780", "0781", "0763", "0767"]  # Alvesta, named in a text, is none
    by = {code: text for code, _, text in blocks}
    assert by["0781"] == "" and "kurator" in by["0763"] and "Anna" not in by["0767"]


@pytest.mark.parametrize("sep", [";", ","])
def test_a_spreadsheet_export_of_municipalities_with_contact_and_district_columns(sep):
    rows = [["Kommun", "Stadsdel", "Kontaktperson", "Rapport"],
            ["Göteborgs Stad", "Hisingen", "Olle Berg, 031-12 34 56", "Vi har samtalsgrupper för barn."],
            ["Mölndal", "", "Eva Ek", "Vi samarbetar med grannar; bland annat Partille, om en grupp."],
            ["Partille", "", "Per Lund", ""],
            ["Kungsbacka", "", "Anna Berg", "Enskilda samtal med kurator."]]
    quoted = [sep.join(f'"{c}"' if sep in c or ";" in c or "," in c else c for c in row) for row in rows]
    doc = ingest.document_from_bytes("\n".join(quoted).encode(), "export.csv", ".txt")
    parsed, blocks = _blocks_of(doc.text)
    assert [(code, unit) for code, unit, _ in blocks] == [("1480", "Hisingen"), ("1481", ""), ("1402", ""), ("1384", "")]
    by = {code: text for code, _, text in blocks}
    assert by["1481"] == "Vi samarbetar med grannar; bland annat Partille, om en grupp." and by["1402"] == ""
    assert not any(name in " ".join(by.values()) for name in ("Olle", "Eva", "Per", "Anna"))


def test_commas_in_ordinary_sentences_are_no_spreadsheet():
    page = (
        "Region Kronoberg\n\n"
        "Finns det styrdokument?\nJa, en plan, en rutin, en checklista.\n\n"
        "Finns det barnombud?\nNej, inte ännu, men snart.\n\n"
        "Finns det utbildningsinsatser till personal?\nJa, för alla, varje år.\n"
    )
    answers = _answers(page, "07")
    assert answers["Q02"] == "Ja, en plan, en rutin, en checklista." and answers["Q08"] == "Ja, för alla, varje år."


def test_a_tab_separated_export_with_title_rows_a_quoted_line_break_a_short_row_and_a_joint_row():
    page = (
        "Laget runt – länsnätverket barn som anhöriga\tTräff 2024-02-07\t\r\n"
        "Kommun\tVerksamhet\tRapport\r\n"
        "Alingsås kommun\tAnhörigstöd\t\"Vi har en ny samtalsgrupp.\nDen startar i april.\"\r\n"
        "Lerum, Partille\tGemensam anhörigcentral\tVi planerar en föreläsning för föräldrar i höst.\r\n"
        "Vårgårda kommun\tSocialtjänsten\t\r\n"
        "Herrljunga kommun\tAnhörigstöd\tEn kurator har utbildats i BRA-samtal under våren.\r\n"
        "\t\t\r\n"
        "Utskrivet 2024-02-08\t\t\r\n"
    )
    doc = ingest.document_from_bytes(page.encode(), "lista.tsv", ".txt")
    parsed, blocks = _blocks_of(doc.text)
    assert parsed.kind == "network_report"
    assert [code for code, _, _ in blocks] == ["1489", "1441", "1402", "1442", "1466"]
    by = {code: text for code, _, text in blocks}
    assert by["1489"] == "Vi har en ny samtalsgrupp. Den startar i april."
    assert by["1441"] == by["1402"] and by["1442"] == "" and by["1466"].startswith("En kurator")


def test_a_comma_export_padded_title_rows_and_a_district_and_county_column():
    page = (
        "Nätverksträff för anhörigkonsulenter,,,\r\n"
        "Redovisning från deltagande kommuner,,,\r\n"
        ",,,\r\n"
        "Kommun,Stadsdel/område,Län,Redovisning\r\n"
        "Malmö stad,Husie,Skåne län,\"Vi har startat en grupp, för barn 7–12 år.\"\r\n"
        "Eslöv och Hörby,,Skåne län,Vi delar en anhörigsamordnare sedan i höstas.\r\n"
        "Ystads kommun,,Skåne län,\r\n"
        ",,,\r\n"
    )
    doc = ingest.document_from_bytes(page.encode(), "export.csv", ".txt")
    parsed, blocks = _blocks_of(doc.text)
    assert [(code, unit) for code, unit, _ in blocks] == [("1280", "Husie"), ("1285", ""), ("1266", ""), ("1286", "")]
    assert not any(r.level == "region" for r in parsed.respondents)  # the county column names no respondent
    by = {code: text for code, _, text in blocks}
    assert by["1280"] == "Vi har startat en grupp, för barn 7–12 år." and by["1286"] == ""


def test_a_quoted_comma_export_with_region_question_and_answer_columns():
    page = (
        "\ufeff\"Region\",\"Nr\",\"Fråga\",\"Svar\",\"Datum\"\r\n"
        "\"Region Dalarna\",\"1\",\"Finns det styrdokument?\",\"Ja.\nEn rutin, \"\"Barnens bästa\"\", från 2021.\",\"2024-01-02\"\r\n"
        "\"Region Dalarna\",\"2\",\"Finns det barnombud?\",\"\",\"2024-01-02\"\r\n"
        "\"Region Dalarna\",\"3\",\"Har det genomförts några särskilda satsningar?\",\"En temadag i Falun.\",\"2024-01-02\"\r\n"
        "\"Region Dalarna\",\"4\",\"Finns det material/information till barn och unga?\",\"Nej.\",\"2024-01-02\"\r\n"
        "\"Region Dalarna\",\"\",\"Kontaktuppgifter\",\"Eva Ek, 023-49 00 00\",\"\"\r\n"
    )
    doc = ingest.document_from_bytes(page.encode("utf-8"), "svar.csv", ".txt")
    parsed = parse_text(doc.text)
    assert parsed.kind == "questionnaire" and [r.org_code for r in parsed.respondents] == ["20"]
    by = {a.question_id: a.answer_text for a in parsed.respondents[0].answers if a.answer_text}
    assert by == {"Q02": 'Ja. En rutin, "Barnens bästa", från 2021.', "Q12": "En temadag i Falun.", "Q11": "Nej."}


def test_a_forwarded_reply_whose_answers_are_quoted_one_level_above_the_questions():
    page = (
        "Från: Nils Holm <nils.holm@example.se>\n"
        "Ämne: VB: SV: Frågor om barn som anhöriga – Region Kronoberg\n\n"
        "Hej!\n\nSvaren nedan kan publiceras.\n\n/Nils\n\n"
        "> Från: Sara Lind <sara.lind@example.se>\n"
        "> Ämne: SV: Frågor om barn som anhöriga\n>\n"
        "> Hej Nils,\n>\n> här kommer våra svar.\n>\n"
        ">> 1. Finns det styrdokument (policydokument, handlingsplaner, rutiner\n>> och liknande)?\n>\n"
        "> Ja, en rutin från 2020.\n>\n"
        ">> 2. Finns det barnombud för Barn som anhöriga?\n>\n"
        ">> 3. Finns det utbildningsinsatser till personal?\n>\n"
        "> Ja, en webbkurs\n> för alla nyanställda.\n>\n"
        ">> 4. Har det genomförts några särskilda satsningar?\n>\n"
        "> En temadag i Växjö.\n>\n> Vi har också tryckt en affisch.\n>\n"
        "> Vänliga hälsningar\n> Sara Lind\n> Region Kronoberg\n> 0470-58 80 00\n>\n"
        ">> Med vänlig hälsning\n>> Nils Holm\n"
    )
    parsed = parse_text(page)
    assert parsed.kind == "questionnaire" and [r.org_code for r in parsed.respondents] == ["07"]
    respondent = parsed.respondents[0]
    by = {a.question_id: a.answer_text for a in respondent.answers}
    assert by["Q02"] == "Ja, en rutin från 2020." and by["Q08"] == "Ja, en webbkurs\nför alla nyanställda."
    assert by["Q04"] == "" and by["Q12"].startswith("En temadag i Växjö.")
    text = " ".join([respondent.org_name, *(a.answer_text for a in respondent.answers)])
    assert not any(part in text for part in ("Nils", "Sara", "0470", ">", "Hej", "publiceras"))


def test_instructions_with_answers_indented_on_the_next_line_and_part_headings_in_capitals():
    page = (
        "REGION JÄMTLAND HÄRJEDALEN\n\nBARN SOM ANHÖRIGA – SVAR\n\n"
        "DEL A. STYRNING\n\n"
        "Redogör för vilka styrdokument som finns:\n\tEn riktlinje från 2019.\n\n"
        "Ange om det finns barnombud:\n\tJA, PÅ ALLA ENHETER.\n\n\n"
        "DEL B. MATERIAL\n\n"
        "Ange vilket material som finns till personal:\n\tEn lathund på intranätet.\n\n"
        "Beskriv material som tagits fram för föräldrar:\n\tEn folder.\n\n"
        "Ange vilket material som finns till barn och unga:\n\tVi hänvisar till UMO.\n\n"
        "KONTAKT\n\nUtvecklare Per Ek, 063-14 75 00\n"
    )
    answers = _answers(page, "23")
    assert answers.pop("Q90") == "BARN SOM ANHÖRIGA – SVAR\n\nDEL A. STYRNING"  # the page's head, before the questions
    assert answers == {"Q02": "En riktlinje från 2019.", "Q04": "JA, PÅ ALLA ENHETER.", "Q09": "En lathund på intranätet.",
                       "Q10": "En folder.", "Q11": "Vi hänvisar till UMO."}


def test_bilingual_form_blocks_with_labels_in_a_column_and_the_report_on_indented_lines():
    page = (
        "Regional network meeting / Regionalt nätverksmöte, Dalarna\n\n"
        "Municipality reports / Redovisning från deltagande kommuner\n\n"
        "-----\n"
        "Municipality / Kommun:     Falu kommun\n"
        "Unit / Enhet:              Anhörigcentrum\n"
        "Contact / Kontakt:         Lena Ström, 023-82 00 00\n"
        "Status report / Lägesrapport:\n"
        "  Vi har startat en grupp för barn\n  till föräldrar med cancer.\n\n"
        "  Nästa år följer en grupp för tonåringar.\n"
        "-----\n"
        "Municipality / Kommun:     Gagnef\n"
        "Unit / Enhet:              Socialtjänsten\n"
        "Status report / Lägesrapport:\n"
        "  No report / Ingen rapport\n"
        "-----\n"
        "Municipality / Kommun:     Leksand och Rättvik\n"
        "Contact / Kontakt:         Per Ek\n"
        "Status report / Lägesrapport:\n"
        "  Vi delar en anhörigkonsulent och planerar BRA-samtal.\n"
        "-----\n\n"
        "Next meeting / Nästa möte: 2024-05-02 i Borlänge\n"
        "Minutes / Anteckningar: Per Ek\n"
    )
    parsed, blocks = _blocks_of(page)
    assert parsed.kind == "network_report"
    assert [code for code, _, _ in blocks] == ["2080", "2026", "2029", "2031"]
    falun = [a.answer_text for r in parsed.respondents if r.org_code == "2080" for a in r.answers]
    assert falun == ["Vi har startat en grupp för barn\ntill föräldrar med cancer.", "Nästa år följer en grupp för tonåringar."]
    by = {code: text for code, _, text in blocks}
    assert by["2026"] == "" and by["2029"] == by["2031"] == "Vi delar en anhörigkonsulent och planerar BRA-samtal."
    text = " ".join(by.values())
    assert not any(part in text for part in ("Lena", "Per Ek", "Anhörigcentrum", "Socialtjänsten", "Nästa möte", "023-"))


def test_answers_written_before_their_questions_in_parentheses():
    page = (
        "Region Halland\nUtskrift av formulär, inskickat 2024-03-01\n\n"
        "Svaret står först, frågan inom parentes under det.\n\n\n"
        "Ja, en rutin från 2020.\n\nDen ses över i år.\n"
        "(Fråga 2: Finns det styrdokument?)\n\n\n"
        "–\n(Fråga 3: Hur följs styrdokumenten upp?)\n\n\n"
        "Nej.\n(Fråga 4: Finns det barnombud för Barn som anhöriga?)\n\n\n"
        "En temadag i Halmstad.\n(Fråga 12: Har det genomförts några särskilda satsningar?)\n\n\n"
        "Inskickad av: Eva Ek, eva.ek@example.se\n"
    )
    answers = _answers(page, "13")
    assert answers["Q02"] == "Ja, en rutin från 2020.\n\nDen ses över i år." and answers["Q03"] == ""
    assert answers["Q04"] == "Nej." and answers["Q12"] == "En temadag i Halmstad."
    assert "Eva" not in " ".join(answers.values()) and "Ja, en rutin" not in answers.get("Q90", "")


def test_a_parenthesised_question_inside_an_ordinary_answer_stays_text():
    page = (
        "Region Halland\n\n"
        "Finns det styrdokument?\nJa. Vi frågade oss\n(Finns det barnombud?)\noch svaret blev nej.\n\n"
        "Finns det barnombud?\nNej.\n\n"
        "Har det genomförts några särskilda satsningar?\nEn temadag.\n"
    )
    answers = _answers(page, "13")
    assert answers["Q02"] == "Ja. Vi frågade oss\n(Finns det barnombud?)\noch svaret blev nej." and answers["Q04"] == "Nej."


def test_minutes_with_hanging_indent_entries_a_colon_alone_and_a_numbered_item_after_them():
    page = (
        "MINNESANTECKNINGAR\nNätverket för anhörigstöd i Dalarna\n\n"
        "Närvarande: Eva Holm (Falun), Per Ek (Borlänge), Lisa Berg (Ludvika och Smedjebacken)\n"
        "Frånvarande: Mora, Orsa\n\n"
        "Punkt 1  Laget runt\n\n"
        "   Falun:     Vi har startat en grupp för barn till\n"
        "              föräldrar med psykisk ohälsa.\n"
        "   Borlänge:  Anhörigstödet har fått en ny tjänst\n"
        "              för barn och unga.\n"
        "   Ludvika/Smedjebacken:\n"
        "              Gemensam anhörigkonsulent. Vi planerar\n"
        "              BRA-samtal under hösten.\n"
        "   Leksand:   –\n\n"
        "Punkt 2  Nästa möte\n"
        "Nästa möte hålls i Falun i maj.\n\n"
        "Vid anteckningarna: Per Ek\n"
    )
    _, blocks = _blocks_of(page)
    assert [code for code, _, _ in blocks] == ["2080", "2081", "2085", "2061", "2029"]
    by = {code: text for code, _, text in blocks}
    assert by["2080"] == "Vi har startat en grupp för barn till\nföräldrar med psykisk ohälsa."
    assert by["2081"].startswith("Anhörigstödet") and by["2085"] == by["2061"] and by["2029"] == ""


def test_municipality_headings_with_an_acronym_a_no_report_sentence_and_a_closing_heading():
    page = (
        "Nyheter från kommunförbundet\n\nSå arbetar kommunerna med barn som anhöriga\n\n"
        "Publicerad 2024-04-02 av Nils Holm\n\n"
        "Gävle kommun\n\nVi har startat en grupp för barn 8–12 år tillsammans med kyrkan.\n\n"
        "Ockelbo, Hofors och Sandviken (OHS)\n\nEtt gemensamt anhörigstöd planerar BRA-samtal under hösten.\n\n"
        "Nordanstigs kommun\n\n*Ingen rapport inkom.*\n\n"
        "Hudiksvalls kommun\n\nVi erbjuder enskilda samtal.\n\n"
        "Mer information\n\nNästa träff hålls i Söderhamn i oktober.\n"
    )
    _, blocks = _blocks_of(page)
    assert [code for code, _, _ in blocks] == ["2180", "2101", "2104", "2181", "2132", "2184"]
    by = {code: text for code, _, text in blocks}
    assert by["2101"] == by["2104"] == by["2181"] and by["2132"] == "" and by["2184"] == "Vi erbjuder enskilda samtal."


def test_a_bulleted_list_of_municipalities_with_one_that_did_not_report():
    page = (
        "Anteckningar från nätverket\n\n"
        "  • Umeå kommun – Vi har startat en grupp för barn till föräldrar med missbruk.\n"
        "  • Skellefteå kommun – Anhörigstödet har fått ett nytt uppdrag om barn.\n"
        "  • Vännäs kommun – ingen rapport\n"
        "  • Robertsfors kommun – Vi erbjuder enskilda samtal med kurator.\n\n"
        "Övriga frågor\n  • Nästa träff: 2024-09-01, digitalt\n  • Antecknat av: Eva Ek\n"
    )
    _, blocks = _blocks_of(page)
    assert [code for code, _, _ in blocks] == ["2480", "2482", "2460", "2409"]
    by = {code: text for code, _, text in blocks}
    assert by["2460"] == "" and by["2409"] == "Vi erbjuder enskilda samtal med kurator."


def test_a_greeting_on_the_first_line_is_no_title():
    page = (
        "Hej!\n\nHär kommer svaren från Region Värmland.\n\n"
        "Finns det styrdokument?\nJa, en rutin.\n\n"
        "Finns det barnombud?\nNej.\n\n"
        "Har det genomförts några särskilda satsningar?\nEn temadag.\n"
    )
    parsed = parse_text(page)
    respondent = parsed.respondents[0]
    assert respondent.org_code == "17" and "Hej" not in respondent.org_name
    assert not any("Hej" in a.answer_text for a in respondent.answers)
    assert [a.answer_text for a in respondent.answers if a.question_id == "Q90"] == ["Här kommer svaren från Region Värmland."]


# ---------------------------------------------- layout round 6 (pages written for these tests)
def test_a_form_tool_export_with_a_row_per_region_gives_a_respondent_per_region():
    questions = ["Vilken region svarar?", "1. Finns det styrdokument?", "2. Finns det barnombud?",
                 "3. Finns det utbildningsinsatser till personal?", "4. Har det genomförts några särskilda satsningar?"]
    rows = [["Id", "Starttid", "E-post", *questions],
            ["7", "2024-02-01 10:00", "anonym", "Region Uppsala", "Ja, en rutin från 2022.", "–", "Ja, en webbkurs.", ""],
            ["8", "2024-02-03 09:12", "anonym", "Region Sörmland", "Nej.", "Ja, på alla vårdcentraler.", "",
             "En temadag, \"Se barnen\", i Eskilstuna."]]
    quoted = [",".join(f'"{c.replace(chr(34), 2 * chr(34))}"' if "," in c or '"' in c else c for c in row) for row in rows]
    doc = ingest.document_from_bytes(("\ufeff" + "\r\n".join(quoted) + "\r\n").encode(), "export.csv", ".csv")
    parsed = parse_text(doc.text)
    assert parsed.kind == "questionnaire" and [r.org_code for r in parsed.respondents] == ["03", "04"]
    first, second = ({a.question_id: a.answer_text for a in r.answers} for r in parsed.respondents)
    assert first == {"Q02": "Ja, en rutin från 2022.", "Q08": "Ja, en webbkurs."}  # "–" and an empty cell: no answer
    assert second == {"Q02": "Nej.", "Q04": "Ja, på alla vårdcentraler.", "Q12": 'En temadag, "Se barnen", i Eskilstuna.'}
    assert not any("anonym" in a.answer_text or "Region" in a.answer_text for r in parsed.respondents for a in r.answers)


def test_a_table_with_a_column_per_region_gives_a_respondent_per_column():
    page = (
        "<html><body><h1>Svaren från två regioner</h1><table>"
        "<tr><th>Fråga</th><th>Region Gävleborg</th><th>Region Östergötland</th></tr>"
        "<tr><td>Finns det styrdokument?</td><td>Ja, en riktlinje.</td><td>Rutin under arbete.</td></tr>"
        "<tr><td>Finns det barnombud?</td><td>–</td><td>Ja, ett fyrtiotal.</td></tr>"
        "<tr><td>Finns det utbildningsinsatser till personal?</td><td>En webbkurs.</td><td></td></tr>"
        "<tr><td>Finns det material/information till föräldrar?</td><td>1177.</td><td>Ej besvarad</td></tr>"
        "</table><p>Senast uppdaterad 2023-05-02</p></body></html>"
    )
    doc = ingest.document_from_bytes(page.encode(), "tva.html", ".html")
    parsed = parse_text(doc.text)
    assert parsed.kind == "questionnaire" and [r.org_code for r in parsed.respondents] == ["21", "05"]
    left, right = ({a.question_id: a.answer_text for a in r.answers} for r in parsed.respondents)
    assert left == {"Q02": "Ja, en riktlinje.", "Q08": "En webbkurs.", "Q10": "1177."}
    assert right == {"Q02": "Rutin under arbete.", "Q04": "Ja, ett fyrtiotal."}


def test_a_question_table_with_one_answer_column_stays_one_respondent():
    page = (
        "Region Örebro län\n\nFråga | Region Örebro län\n\n"
        "Finns det styrdokument? | Ja.\n\nFinns det barnombud? | Nej.\n\nFinns det utbildningsinsatser till personal? | Ja.\n"
    )
    parsed = parse_text(page)
    assert [r.org_code for r in parsed.respondents] == ["18"]


def test_question_counters_above_the_questions_and_a_question_left_unanswered():
    page = (
        "Region Jönköpings län svarar på enkäten\n\n"
        "Fråga 1 av 4\n\nFinns det styrdokument?\n\nJa, en handlingsplan.\n\n"
        "Fråga 2 av 4\n\nFinns det barnombud?\n\nEj besvarad\n\n"
        "Fråga 3 av 4\n\nFinns det utbildningsinsatser till personal?\n\nEn kurs per termin.\n\n"
        "Fråga 4/4: Har det genomförts några särskilda satsningar?\n\nNej.\n\n"
        "Publicerad: 2023-09-01\n"
    )
    answers = _answers(page, "06")
    assert answers["Q02"] == "Ja, en handlingsplan." and answers["Q04"] == "" and answers["Q08"] == "En kurs per termin."
    assert answers["Q12"] == "Nej."  # the date line below the last answer is the page's, not the answer's


def test_minutes_whose_items_open_with_the_municipality_and_wrap_without_indent():
    page = (
        "PROTOKOLL\nLänsnätverket i Sörmland\nDatum: 2023-03-09\n\n"
        "Närvarande: företrädare för Nyköping, Flen, Trosa och Oxelösund samt Region Sörmland.\n\n"
        "§ 1 Mötet öppnas\nOrdföranden öppnade mötet.\n\n"
        "§ 2 Nyköpings kommun: Nyköping berättade om en ny grupp för\nbarn till föräldrar med missbruk. Gruppen startar i april.\n\n"
        "§ 3 Flens kommun: Representanten från Flen rapporterade att\nkommunen har anställt en kurator på halvtid.\n\n"
        "§ 4 Trosa kommun: Trosa har inget riktat stöd men en\nkartläggning pågår.\n\n"
        "§ 5 Oxelösunds kommun: Oxelösund har startat en föräldragrupp\ntillsammans med vuxenpsykiatrin.\n\n"
        "§ 6 Nästa möte\nNästa möte hålls den 8 februari 2024 i Flen.\n\n"
        "Vid protokollet          Justeras\n"
    )
    parsed, blocks = _blocks_of(page)
    assert parsed.wave == 2023  # the next meeting's date is a future one
    assert [code for code, _, _ in blocks] == ["0480", "0482", "0488", "0481"]  # the region in the attendance line is none
    by = {code: text for code, _, text in blocks}
    assert by["0480"] == "Nyköping berättade om en ny grupp för\nbarn till föräldrar med missbruk. Gruppen startar i april."
    assert by["0488"] == "Trosa har inget riktat stöd men en\nkartläggning pågår."
    assert by["0481"] == "Oxelösund har startat en föräldragrupp\ntillsammans med vuxenpsykiatrin."  # "§ 6 Nästa möte" ends it


def test_bold_names_opening_paragraphs_and_a_closing_sentence_about_the_next_meeting():
    page = (
        "Anteckningar från nätverksträffen\n\nDatum: 2024-10-01\n\n"
        "**Linköping:** Vi har startat en grupp för tonåringar med en förälder med cancer.\n\n"
        "**Norrköping:** Norrköping har fått medel för en kurator.\n\n"
        "**Kuratorn** börjar i januari.\n\n"
        "**Motala och Mjölby** – Vi har ett gemensamt avtal om samtalsgrupper för barn.\n\n"
        "__Finspång:__ Vi har inget nytt att berätta den här gången.\n\n"
        "Nästa träff hålls i Finspång i mars.\n"
    )
    _, blocks = _blocks_of(page)
    assert [code for code, _, _ in blocks] == ["0580", "0581", "0583", "0586", "0562"]
    by = {code: text for code, _, text in blocks}
    # (emphasis opening a sentence is no label: it stays)
    assert by["0581"] == "Norrköping har fått medel för en kurator. **Kuratorn** börjar i januari."
    assert by["0583"] == by["0586"] == "Vi har ett gemensamt avtal om samtalsgrupper för barn."
    assert by["0562"] == "Vi har inget nytt att berätta den här gången."  # the sentence about the next meeting is none


def test_a_markdown_pipe_table_of_municipalities_padded_to_its_widest_cell():
    rows = [("Kommun", "Nytt sedan förra träffen"), ("Enköping", "Enköping har startat en syskongrupp för barn 7–12 år."),
            ("Tierp", "Vi har utbildat två samtalsledare."),
            ("Heby", "Heby erbjuder enskilda samtal med kurator."), ("Knivsta", "–")]
    width = max(len(text) for _, text in rows)
    table = [f"| {name:<9} | {text:<{width}} |" for name, text in rows]
    table.insert(1, f"|{'-' * 11}|{'-' * (width + 2)}|")
    page = "Rapporter från kommunerna i Uppsala län\n\n" + "\n".join(table) + "\n\nKnivsta lämnade ingen rapport i år.\n\nPublicerad 2022-05-01\n"
    _, blocks = _blocks_of(page)
    assert [code for code, _, _ in blocks] == ["0381", "0360", "0331", "0330"]
    by = {code: text for code, _, text in blocks}
    assert by["0360"] == "Vi har utbildat två samtalsledare." and by["0330"] == ""  # the sentence below the table is no cell's


def test_a_two_column_newsletter_with_headings_in_both_columns_is_read_column_by_column():
    def row(left: str, right: str = "") -> str:
        return (f"    {left:<40}  {right}" if right else f"    {left}").rstrip()

    page = "\n".join([
        "                NYHETSBREV  Anhörigstöd i Örebro län", "",
        row("Örebro kommun", "Kumla och Hallsberg"),
        row("Vi har anställt en samordnare för", "Kommunerna delar sedan i år en"),
        row("barn som anhöriga på heltid.", "kurator för barn och unga."),
        row("", "Grupperna startar i höst."),
        row("Hon börjar i februari.", ""), "",
        row("Askersunds kommun", "Nora kommun"),
        row("Vi har haft en föreläsning för", "Nora erbjuder enskilda samtal"),
        row("personalen i socialtjänsten om", "med en familjebehandlare."),
        row("barn som anhöriga."), "",
        "    Redaktör: Nils Holm",
    ])
    _, blocks = _blocks_of(page)
    assert [code for code, _, _ in blocks] == ["1880", "1881", "1861", "1882", "1884"]
    by = {code: " ".join(text.split()) for code, _, text in blocks}
    assert by["1880"] == "Vi har anställt en samordnare för barn som anhöriga på heltid. Hon börjar i februari."
    assert by["1881"] == by["1861"] == "Kommunerna delar sedan i år en kurator för barn och unga. Grupperna startar i höst."
    assert by["1882"] == "Vi har haft en föreläsning för personalen i socialtjänsten om barn som anhöriga."


# Round 7 shapes (pages made up for these tests)


def test_a_semicolon_export_in_cp1252_with_an_explained_report_column_and_a_county_column():
    page = (
        "Träff för anhörigstödet i Skaraborg;;;\n"
        "Datum: 2021-03-09;;;\n"
        "Kommun;Län;Rapport (läget sedan förra träffen);Deltagare\n"
        'Skövde kommun;Västra Götaland;"Skövde har startat en samtalsgrupp för tonåringar.\n'
        'Gruppen träffas varannan vecka.";2\n'
        "Lidköpings kommun;Västra Götaland;Vi har utbildat tre personer i BRA-samtal.;1\n"
        "Mariestads kommun;Västra Götaland;Inget nytt sedan i höstas.;1\n"
        "Falköpings kommun;Västra Götaland;Vi ska börja med syskongrupper till sommaren.;2\n"
    )
    doc = ingest.document_from_bytes(page.encode("cp1252"), "skaraborg.csv", ".csv")
    _, blocks = _blocks_of(doc.text)
    assert [code for code, _, _ in blocks] == ["1496", "1494", "1493", "1499"]  # the county column names no one
    by = {code: text for code, _, text in blocks}
    assert by["1496"] == "Skövde har startat en samtalsgrupp för tonåringar. Gruppen träffas varannan vecka."
    assert by["1493"] == "Inget nytt sedan i höstas."


def test_an_intranet_export_with_headings_in_capitals_and_no_blank_lines():
    page = (
        "Start > Socialtjänst > Anhörigstöd\n"
        "Utskriven: 2020-02-11\n"
        "LÄNSTRÄFF OM BARN SOM ANHÖRIGA, UPPSALA LÄN\n"
        "Redovisning från deltagande kommuner\n"
        "UPPSALA KOMMUN\n"
        "Vi har två grupper för barn till föräldrar med psykisk ohälsa.\n"
        "Grupperna leds av familjebehandlare.\n"
        "STOCKHOLMS STAD, FARSTA STADSDELSFÖRVALTNING\n"
        "Farsta deltog som gäst och berättade om sina sorggrupper.\n"
        "ENKÖPINGS KOMMUN\n"
        "Enköping har anställt en anhörigkonsulent på halvtid.\n"
        "TIERPS KOMMUN\n"
        "Inga grupper i dag, men ett samarbete med skolan planeras.\n"
        "Nästa möte: maj 2020 i Tierp.\n"
    )
    _, blocks = _blocks_of(page)
    assert [(code, unit) for code, unit, _ in blocks] == [
        ("0380", ""), ("0180", "Farsta stadsdelsförvaltning"), ("0381", ""), ("0360", "")]
    by = {code: text for code, _, text in blocks}
    assert by["0380"] == "Vi har två grupper för barn till föräldrar med psykisk ohälsa.\nGrupperna leds av familjebehandlare."
    assert by["0360"] == "Inga grupper i dag, men ett samarbete med skolan planeras."  # the next meeting's line is none's


def test_a_newsletter_footer_ends_the_last_block():
    page = (
        "Redovisning från deltagande kommuner\n\n"
        "Borås stad\n\nBorås har fått medel för en barngrupp.\n\n"
        "Ulricehamns kommun\n\nVi har börjat kartlägga barn som anhöriga.\n\n"
        "Du får det här utskicket eftersom du anmält dig till nätverket. Avregistrera dig här.\n"
        "Skickat 2022-04-04\n"
    )
    _, blocks = _blocks_of(page)
    assert blocks == [("1490", "", "Borås har fått medel för en barngrupp."),
                      ("1491", "", "Vi har börjat kartlägga barn som anhöriga.")]


def test_a_page_of_several_regions_each_a_heading_over_its_questions():
    page = (
        "<html><body><h1>Två regioner svarar kort</h1><p>Publicerad 2024-03-01</p>"
        "<p>Vi frågade regionerna om deras arbete.</p>"
        "<section><h2>Region Halland</h2><dl>"
        "<dt>Styrdokument</dt><dd>Ja, en rutin.</dd><dt>Barnombud</dt><dd>Ja, ett trettiotal.</dd>"
        "<dt>Utbildning för personal</dt><dd>En webbkurs.</dd></dl></section>"
        "<section><h2>Region Dalarna</h2><dl>"
        "<dt>Styrdokument</dt><dd>Nej.</dd><dt>Barnombud</dt><dd>–</dd>"
        "<dt>Utbildning för personal</dt><dd>Temadagar varje höst.</dd></dl></section>"
        "</body></html>"
    )
    doc = ingest.document_from_bytes(page.encode(), "kort.html", ".html")
    parsed = parse_text(doc.text)
    assert parsed.kind == "questionnaire" and [r.org_code for r in parsed.respondents] == ["13", "20"]
    halland, dalarna = ({a.question_id: a.answer_text for a in r.answers} for r in parsed.respondents)
    assert halland["Q04"] == "Ja, ett trettiotal." and halland["Q08"] == "En webbkurs."  # no text of the next region
    assert dalarna["Q02"] == "Nej." and dalarna["Q04"] == "" and dalarna["Q08"] == "Temadagar varje höst."


def test_a_region_named_alone_below_the_answers_of_one_region_stays_text():
    page = (
        "Region Sörmland\n\nFinns det styrdokument?\n\nJa.\n\nFinns det barnombud?\n\nJa, i psykiatrin.\n\n"
        "Finns det utbildningsinsatser till personal?\n\nJa, tillsammans med\n\nRegion Uppsala\n\n"
        "Finns det material/information till föräldrar?\n\nNej.\n"
    )
    parsed = parse_text(page)
    assert [r.org_code for r in parsed.respondents] == ["04"]


def test_a_word_table_pasted_with_tabs_an_empty_answer_cell_and_a_dated_note_below():
    page = (
        "Region Kronoberg\t\nSvar på enkäten 2020\n\nFråga\tSvar\n"
        "Finns det styrdokument?\tJa, en handlingsplan.\n"
        "Finns det barnombud?\t\n"
        "Finns det utbildningsinsatser till personal?\tJa, två gånger per år.\n"
        "Har det genomförts några särskilda satsningar?\tEn kampanj under våren.\n\n"
        "Texten kopierades från ett Word-dokument. Senast uppdaterad 2020-11-02.\n"
    )
    answers = _answers(page, "07")
    assert answers["Q04"] == "" and answers["Q08"] == "Ja, två gånger per år."  # the empty cell does not end the table
    assert answers["Q12"] == "En kampanj under våren."  # the dated note below the table is the page's


def test_a_pdf_export_with_a_running_head_from_its_second_page_and_hyphenated_words():
    page = (
        "Region Gävleborg                                   2021-05-01\n\n"
        "1. Finns det styrdokument?\nJa, en regional rutin som revide-\nras varje år av hälso-\noch sjukvården.\n\n"
        "2. Finns det barnombud?\nJa.\n\n                  Sida 1 av 3\n\n"
        "Rapport om barn som anhöriga              Gävleborg\n\n"
        "3. Finns det utbildningsinsatser till personal?\nEn kurs per termin.\n\n                  Sida 2 av 3\n\n"
        "Rapport om barn som anhöriga              Gävleborg\n\n"
        "4. Har det genomförts några särskilda satsningar?\nNej.\n\n                  Sida 3 av 3\n"
    )
    answers = _answers(page, "21")
    assert " ".join(answers["Q02"].split()) == "Ja, en regional rutin som revideras varje år av hälso- och sjukvården."
    assert answers["Q08"] == "En kurs per termin."  # the running head is no text of the answer above it


def test_a_forwarded_mail_with_question_and_answer_labels_and_a_signature():
    page = (
        "Från: Anhörigstöd <info@example.se>\nSkickat: den 3 mars 2020\nÄmne: VB: Enkäten\n\n"
        "Region Örebro län svarar så här:\n\n"
        "Fråga 1: Finns det styrdokument?\nSvar: Ja, en rutin.\n\n"
        "Fråga 2: Finns det barnombud?\nSvar: Ja, ett fyrtiotal.\n\n"
        "Fråga 3: Finns det utbildningsinsatser till personal?\nSvar: En temadag om året.\n\n"
        "Med vänliga hälsningar\nEnheten för barnrätt\nTfn 019-00 00 00\n"
    )
    answers = _answers(page, "18")
    assert answers["Q08"] == "En temadag om året."  # the signature is no text of the last answer


def test_a_dash_as_the_last_answer_leaves_the_paragraph_after_it_a_closing_remark():
    page = (
        "Region Västmanland – barn som anhöriga\n\n"
        "1. Finns det styrdokument?\n   Ja, en riktlinje från 2020.\n\n"
        "2. Finns det barnombud?\n   Nej.\n\n"
        "3. Finns det utbildningsinsatser till personal?\n   Ja, varje vår.\n\n"
        "4. Har det genomförts några särskilda satsningar?\n   –\n\n"
        "Frågorna samordnas av en strateg på regionkontoret.\n\n"
        "Senast uppdaterad 2020-05-04\n"
    )
    answers = _answers(page, "19")
    assert answers["Q12"] == ""  # the dash stands for no answer
    assert answers["Q90"] == "Frågorna samordnas av en strateg på regionkontoret."


# Round 8 shapes (pages made up for these tests)


def test_a_comma_export_with_title_rows_a_count_column_a_joint_row_and_a_total_row():
    page = (
        '"Länsträff anhörigstöd Västernorrland","","",""\n'
        '"Datum: 2022-02-03, Härnösand","","",""\n'
        '"","","",""\n'
        '"Kommun","Antal","Vad är nytt sedan sist?",""\n'
        '"Sundsvall","3","Vi har startat en grupp för tonåringar.\nDen leds av två kuratorer.",""\n'
        '"Härnösand","1","Inget nytt att rapportera den här gången.",""\n'
        '"Sollefteå/Ånge","2","Vi delar en samordnare och planerar en sorggrupp.",""\n'
        '"Timrå","1","Utbildning i BRA-samtal för socialtjänsten är klar.",""\n'
        '"","","",""\n'
        '"Summa","7","",""\n'
    )
    doc = ingest.document_from_bytes(page.encode(), "vasternorrland.csv", ".csv")
    _, blocks = _blocks_of(doc.text)
    assert [code for code, _, _ in blocks] == ["2281", "2280", "2283", "2260", "2262"]  # no row for the total
    by = {code: text for code, _, text in blocks}
    assert by["2281"] == "Vi har startat en grupp för tonåringar. Den leds av två kuratorer."  # no count of participants
    assert by["2283"] == by["2260"] == "Vi delar en samordnare och planerar en sorggrupp."


def test_formal_minutes_with_lettered_items_under_a_paragraph_and_abbreviated_districts():
    page = (
        "PROTOKOLL\nAnhörignätverket i Göteborgsområdet\n\n"
        "Närvarande: Göteborgs Stad (SDN Lundby, Örgryte-Härlanda), Lerum och Alingsås.\n\n"
        "§ 1  Mötets öppnande\n      Mötet öppnades.\n\n"
        "§ 2  Runda från verksamheterna\n\n"
        "      a) Göteborgs Stad, SDN Lundby\n"
        "         Vi har en ny samtalsgrupp för barn vars förälder har ett missbruk.\n\n"
        "      b) Göteborgs Stad, SDN Örgryte-Härlanda\n"
        "         Familjebehandlarna har utbildats i Beardslees metod.\n\n"
        "      c) Lerums kommun\n"
        "         En kartläggning av anhörigstödet till barn pågår.\n\n"
        "      d) Alingsås kommun\n"
        "         Inget nytt sedan förra mötet.\n\n"
        "§ 3  Övrigt\n      Inga övriga frågor.\n\n"
        "Vid protokollet: sekreteraren\n"
    )
    _, blocks = _blocks_of(page)
    assert [(code, unit) for code, unit, _ in blocks] == [
        ("1480", "Lundby"), ("1480", "Örgryte-Härlanda"), ("1441", ""), ("1489", "")]
    assert blocks[-1][2] == "Inget nytt sedan förra mötet."  # the next § is no text of the last item


def test_a_report_arranged_by_question_with_the_region_under_each_answer():
    page = (
        "Enkätverktyg\n\nRapport: öppna svar\nAntal svar: 3   Svarsfrekvens: 100 %\n\n"
        "Fråga 1\nFinns det styrdokument?\nBesvarad av: 3   Ej besvarad: 0\n\n"
        "  1. Ja, en regional riktlinje som\n     revideras vart tredje år.\n     (Region Halland)\n"
        "  2. Ja, en rutin.\n     (Region Blekinge)\n"
        "  3. Nej.\n     (Region Västerbotten)\n\n"
        "Fråga 2\nFinns det barnombud?\nBesvarad av: 3   Ej besvarad: 0\n\n"
        "  1. Ja, ett fyrtiotal.\n     (Region Halland)\n"
        "  2. –\n     (Region Blekinge)\n"
        "  3. Ja, i psykiatrin.\n     (Region Västerbotten)\n\n"
        "Fråga 3\nFinns det utbildningsinsatser till personal?\nBesvarad av: 3   Ej besvarad: 0\n\n"
        "  1. En webbkurs för alla nyanställda.\n     (Region Halland)\n"
        "  2. Ja, i samarbete med kommunerna.\n     (Region Blekinge)\n"
        "  3. Temadagar två gånger per år.\n     (Region Västerbotten)\n\n"
        "Fråga 4\nHar det genomförts några särskilda satsningar?\nBesvarad av: 2   Ej besvarad: 1\n\n"
        "  1. En kampanj på vårdcentralerna.\n     (Region Halland)\n"
        "  2. Nej.\n     (Region Västerbotten)\n"
    )
    parsed = parse_text(page)
    assert parsed.kind == "questionnaire" and [r.org_code for r in parsed.respondents] == ["13", "10", "24"]
    halland, blekinge, vasterbotten = ({a.question_id: " ".join(a.answer_text.split()) for a in r.answers if a.answer_text}
                                       for r in parsed.respondents)
    assert halland == {"Q02": "Ja, en regional riktlinje som revideras vart tredje år.", "Q04": "Ja, ett fyrtiotal.",
                       "Q08": "En webbkurs för alla nyanställda.", "Q12": "En kampanj på vårdcentralerna."}
    # "–" is no answer, and Blekinge is not listed under question 4; the count lines are no answer either
    assert blekinge == {"Q02": "Ja, en rutin.", "Q08": "Ja, i samarbete med kommunerna."}
    assert vasterbotten["Q08"] == "Temadagar två gånger per år." and vasterbotten["Q12"] == "Nej."


def test_form_responses_copied_as_text_with_the_region_as_a_field_answer():
    page = (
        "Enkät om barn som anhöriga\nSammanfattning   Fråga   Individuell\n\n"
        "1 av 2\n\nSkickat 2023-02-01 10:15\n\n"
        "Vilken organisation besvarar enkäten? *\nRegion Kalmar län\n\n"
        "Finns det styrdokument? *\nJa, en riktlinje från 2021.\n\n"
        "Finns det barnombud?\nJa, ett femtiotal.\n\n"
        "Finns det utbildningsinsatser till personal?\n\n"
        "Har det genomförts några särskilda satsningar?\nEn temadag för chefer.\n\n\n"
        "2 av 2\n\nSkickat 2023-02-07 14:02\n\n"
        "Vilken organisation besvarar enkäten? *\nRegion Jönköpings län\n\n"
        "Finns det styrdokument? *\nNej, men en rutin tas fram.\n\n"
        "Finns det barnombud?\nJa.\n\n"
        "Finns det utbildningsinsatser till personal?\nJa, en webbutbildning.\n\n"
        "Har det genomförts några särskilda satsningar?\nNej.\n\n\n"
        "Formulärtjänst\nDet här innehållet har varken skapats eller godkänts av tjänstens ägare.\n"
    )
    parsed = parse_text(page)
    assert parsed.kind == "questionnaire" and [r.org_code for r in parsed.respondents] == ["08", "06"]
    kalmar, jonkoping = ({a.question_id: a.answer_text for a in r.answers} for r in parsed.respondents)
    assert kalmar["Q02"] == "Ja, en riktlinje från 2021." and kalmar["Q08"] == ""  # the required mark "*" is no part of it
    assert kalmar["Q12"] == "En temadag för chefer."  # the next response's pager and time are none of its text
    assert jonkoping["Q12"] == "Nej."  # the form tool's disclaimer ends the page


def test_a_pdf_page_break_by_form_feed_between_the_footer_and_the_next_page_head():
    page = (
        "Anteckningar från nätverket\nSörmlands kommuner\n\n"
        "ESKILSTUNA\nVi har en grupp för barn till föräldrar med psykisk ohälsa. Gruppen\n\n"
        "                                        1 (2)\fAnteckningar från nätverket        2021-10-05\n\n"
        "träffas varje tisdag.\n\n"
        "STRÄNGNÄS\nEn anhörigkonsulent har anställts.\n\n"
        "NYKÖPINGS KOMMUN\nInget nytt sedan i våras.\n\n"
        "FLEN\nVi har startat en syskongrupp.\n\n"
        "                                        2 (2)\fAnteckningar från nätverket        2021-10-05\n"
    )
    doc = ingest.document_from_bytes(page.encode(), "sormland.txt", ".txt")
    _, blocks = _blocks_of(doc.text)
    by = {code: " ".join(text.split()) for code, _, text in blocks}
    assert by["0484"] == "Vi har en grupp för barn till föräldrar med psykisk ohälsa. Gruppen träffas varje tisdag."


def test_a_word_table_whose_cells_are_paragraphs():
    cell = "<td valign=top><p class=MsoNormal><span>{}<o:p></o:p></span></p></td>"
    rows = [("Nr", "Fråga", "Svar"),
            ("1.", "Finns det styrdokument?", "Ja, en regional riktlinje.</span></p><p class=MsoNormal><span>Den revideras 2024."),
            ("2.", "Finns det barnombud?", "–"),
            ("3.", "Finns det utbildningsinsatser till personal?", "Ja, en webbkurs."),
            ("4.", "Har det genomförts några särskilda satsningar?", "<o:p>&nbsp;</o:p>")]
    page = ("<html><body><p class=MsoNormal>Region Blekinge</p><table class=MsoTableGrid>"
            + "".join("<tr>" + "".join(cell.format(c) for c in row) + "</tr>" for row in rows)
            + "</table><p class=MsoNormal>Ifylld av regionens samordnare.</p></body></html>")
    doc = ingest.document_from_bytes(page.encode(), "blekinge.htm", ".htm")
    answers = _answers(doc.text, "10")
    assert " ".join(answers["Q02"].split()) == "Ja, en regional riktlinje. Den revideras 2024."  # one row, both paragraphs
    assert answers["Q04"] == "" and answers["Q08"] == "Ja, en webbkurs." and answers["Q12"] == ""


def test_a_sentence_on_the_next_meeting_and_a_newsletter_calendar_close_the_blocks():
    page = (
        "Redovisning från deltagande kommuner\n\n"
        "Kramfors kommun\n\nVi har utbildat två personer i BRA-samtal.\n\n"
        "Timrå kommun\n\nEn grupp för syskon startar i höst.\n\n"
        "Nästa möte är den 5 maj i Timrå. Kallelse kommer.\n\n"
        "Kalender\n\n12 maj: Webbinarium om unga omsorgsgivare.\n"
    )
    _, blocks = _blocks_of(page)
    assert blocks == [("2282", "", "Vi har utbildat två personer i BRA-samtal."), ("2262", "", "En grupp för syskon startar i höst.")]
    page = page.replace("Nästa möte är den 5 maj i Timrå. Kallelse kommer.\n\n", "")
    assert _blocks_of(page)[1][-1] == ("2262", "", "En grupp för syskon startar i höst.")
