"""Layout round 18: a form tool's wide export of a network round whose name column is headed in words of its own
("Kommun eller organisation", "Deltagare", "Organisation/förvaltning") beside id and time-stamp columns, and a
numbered question that matches no canonical one ("14. Övrigt …") after the numbered canonical questions: a
question of its own that ends the answer above it."""
from __future__ import annotations

import pytest

from bas_analysis import ingest
from bas_analysis.parse import parse_text
from test_parse_layout11 import _answers, _blocks

_REPORTS = [("Ystads kommun", "Vi har startat en samtalsgrupp för barn till föräldrar med missbruk.\nNästa grupp börjar i höst."),
            ("Simrishamns kommun", "Familjecentralen har fått en ny kurator som arbetar med barn som anhöriga."),
            ("Sjöbo och Tomelilla", "Våra kommuner har en gemensam rutin sedan januari och utbildar personalen i den."),
            ("Skurups kommun", "Inget nytt sedan förra mötet, men arbetet med handlingsplanen fortsätter.")]
_CODES = {("1286", ""), ("1291", ""), ("1265", ""), ("1270", ""), ("1264", "")}


def _cell(text: str, delimiter: str) -> str:
    return f'"{text}"' if "\n" in text or delimiter in text else text


@pytest.mark.parametrize("delimiter, header, encoding", [
    (";", ["Svarsnummer", "Inskickat", "Senast ändrad", "Kommun eller organisation",
           "Vad har hänt i er verksamhet sedan förra nätverksträffen?"], "cp1252"),
    (",", ["Respons-ID", "Tidsstämpel", "Deltagare", "Redovisning"], "utf-8"),
    ("\t", ["Nr", "Skickat", "Organisation/förvaltning", "E-post", "Berätta kort om läget hos er"], "utf-8"),
])
def test_a_wide_form_export_finds_its_name_column_by_what_it_holds(delimiter, header, encoding):
    name_at = next(k for k, c in enumerate(header) if c[:1] in "KDO")
    rows = [delimiter.join(header)]
    for n, (name, text) in enumerate(_REPORTS, 1):
        cells = [str(n), f"2023-10-0{n} 13:2{n}", "2023-10-09 08:00", "", ""][: len(header)]
        cells[name_at], cells[-1] = name, _cell(text, delimiter)
        if "E-post" in header:
            cells[header.index("E-post")] = "anonym"
        rows.append(delimiter.join(cells))
    doc = ingest.document_from_bytes("\r\n".join(rows).encode(encoding), "export.csv", ".csv")
    parsed = parse_text(doc.text)
    assert parsed.kind == "network_report"
    blocks = _blocks(parsed)
    assert set(blocks) == _CODES
    assert blocks[("1286", "")] == "Vi har startat en samtalsgrupp för barn till föräldrar med missbruk. Nästa grupp börjar i höst."
    assert blocks[("1265", "")] == blocks[("1270", "")]  # a joint row: the same text for both municipalities
    assert not any("2023-10" in text or "anonym" in text for text in blocks.values())


def test_a_table_whose_columns_name_no_municipality_stays_no_network_report():
    rows = ["Nr;Inskickat;Avdelning;Text"] + [f"{n};2023-10-0{n};Avdelning {n};Personalen har fått utbildning i samtal med barn."
                                              for n in range(1, 5)]
    assert parse_text("\n".join(rows)).kind != "network_report"


_NUMBERED = ["1. Hur ser organisationen ut kring arbetet med barn som anhöriga?", "{label}Samordnaren sitter i staben.", "",
             "2. Finns det styrdokument?", "{label}Ja, en rutin från 2020.", "",
             "3. Finns det barnombud?", "{label}Ja, på alla enheter. Deras uppdrag är att:", "1. stötta kollegor", "2. sprida material", "",
             "4. Hur följs efterlevnaden av bestämmelsen i HSL upp?", "{label}Genom en årlig egenkontroll.", "",
             "{closing}", "{label}Vi vill ha fler träffar i länet.", ""]


@pytest.mark.parametrize("label, closing", [
    ("Svar: ", "5. Övrigt som regionen vill lyfta fram"),
    ("", "5) Övriga kommentarer"),
    ("Regionens svar: ", "5. Något annat ni vill berätta om arbetet"),
])
def test_a_numbered_question_after_the_canonical_ones_ends_the_answer_above(label, closing):
    text = "\n".join(["Region Jämtland Härjedalen", ""] + [line.format(label=label, closing=closing) for line in _NUMBERED])
    answers = [(a.question_id, a.question_text, a.answer_text) for a in parse_text(text).respondents[0].answers]
    by_id = {qid: answer for qid, _, answer in answers}
    assert by_id["Q13"] == "Genom en årlig egenkontroll."
    assert (("Q90", closing, "Vi vill ha fler träffar i länet.")) in answers
    assert "1. stötta kollegor" in by_id["Q04"]  # an answer's own list numbers from 1 again: text of the answer


def test_a_numbered_line_out_of_sequence_stays_text_of_the_answer():
    text = "\n".join(["Region Jämtland Härjedalen", ""] + [line.format(label="", closing="9. Tidigare uppföljning")
                                                            for line in _NUMBERED])
    assert "9. Tidigare uppföljning" in _answers(parse_text(text).respondents[0])["Q13"]


def test_a_numbered_question_ends_the_answer_above_without_a_blank_line():
    lines = [line.format(label="Svar: ", closing="5. Övrigt") for line in _NUMBERED if line]
    text = "\n".join(["Region Jämtland Härjedalen", ""] + lines)
    answers = [(a.question_id, a.question_text, a.answer_text) for a in parse_text(text).respondents[0].answers]
    assert ("Q13", "4. Hur följs efterlevnaden av bestämmelsen i HSL upp?", "Genom en årlig egenkontroll.") in answers
    assert ("Q90", "5. Övrigt", "Vi vill ha fler träffar i länet.") in answers


def test_an_answers_own_list_that_counts_past_the_next_number_stays_the_answer():
    items = ["Deras uppdrag är att:", "", "1. stötta kollegor", "", "2. sprida material", "", "3. hålla rutinen aktuell", "",
             "4. delta i nätverket", "", "5. Följa upp samtalen med barnen"]
    text = "\n".join(["Region Jämtland Härjedalen", "", "1. Finns det styrdokument?", "Ja, en rutin.", "",
                      "2. Hur följs styrdokumenten upp?", "Årligen.", "", "4. Finns det barnombud?", "Ja."] + items)
    assert "5. Följa upp samtalen med barnen" in _answers(parse_text(text).respondents[0])["Q04"]


def test_a_long_export_repeating_one_name_is_no_network_report():
    """A region's answers in long form, a row per question: its name column repeats one name (even a region that is
    a municipality too) and its answer column is "Svar": a questionnaire, never a municipality per row."""
    questions = ["Finns det styrdokument?", "Finns det barnombud?", "Finns det utbildningsinsatser till personal?",
                 "Hur följs styrdokumenten upp?"]
    rows = ["Omgång;Region;Fråga;Svar"] + [f"2022;Region Gotland;{q};Ja, sedan 2020 finns det på alla enheter." for q in questions]
    parsed = parse_text("\n".join(rows))
    assert parsed.kind == "questionnaire" and [r.org_code for r in parsed.respondents] == ["09"]
