"""Layout round 11: shapes of pages the parser did not read before, each with made-up variants of the family
(another tool or editor producing the same structure), written for these tests."""
from __future__ import annotations

import pytest

from bas_analysis import ingest
from bas_analysis.parse import parse_text
from test_parse_layout10 import _csv


def _parsed(page: str, name: str):
    doc = ingest.document_from_bytes(page.encode(), name, "." + name.rsplit(".", 1)[1])
    return doc.text, parse_text(doc.text)


def _answers(respondent) -> dict[str, str]:
    return {a.question_id: a.answer_text for a in respondent.answers}


def _blocks(parsed) -> dict[tuple[str, str], str]:
    return {(r.org_code, r.sub_unit): " ".join(a.answer_text for a in r.answers) for r in parsed.respondents}


# ------------------------------------------------ an accordion whose questions are disclosure buttons
_QUESTIONS = [("Q02", "Finns det styrdokument till stöd för arbetet?", "Ja, en rutin från 2022."),
              ("Q03", "Hur följs styrdokumenten upp?", "Vid den årliga egenkontrollen."),
              ("Q04", "Finns det barnombud för Barn som anhöriga?", "Ja, på alla vårdcentraler."),
              ("Q08", "Finns det utbildningsinsatser till personal?", "En webbkurs för alla nyanställda.")]


@pytest.mark.parametrize("item", [
    # a CMS accordion: the button in a heading, its panel hidden
    '<h3><button aria-expanded="false" aria-controls="p{n}"><span>{q}</span><span class="icon"></span></button></h3>'
    '<div id="p{n}" hidden><p>{a}</p></div>',
    # a design system's disclosure without a heading around the button
    '<div class="disclosure"><button type="button" class="disclosure__toggle" aria-controls="d{n}">{q}</button>'
    '<div id="d{n}" class="disclosure__body"><p>{a}</p></div></div>',
    # an expanded accordion item, the state on the button
    '<div class="acc-item"><button aria-expanded="true">{q}<svg><path d="M0 0"/></svg></button><section>{a}</section></div>',
])
def test_an_accordion_whose_questions_are_disclosure_buttons(item):
    body = "".join(item.format(n=n, q=q, a=a) for n, (_, q, a) in enumerate(_QUESTIONS))
    page = ('<html><body><div class="cookie"><p>Vi använder kakor.</p><button>Godkänn</button></div>'
            '<form><input name="q"><button>Sök</button></form>'
            f"<main><h1>Region Kronoberg</h1><p>Klicka på en fråga för att se svaret.</p>{body}</main></body></html>")
    text, parsed = _parsed(page, "region.html")
    assert "Sök" not in text.split("\n") and "Godkänn" not in text.split("\n")  # a control's label is no text
    assert parsed.kind == "questionnaire" and [r.org_code for r in parsed.respondents] == ["07"]
    answers = _answers(parsed.respondents[0])
    assert {qid: answers.get(qid) for qid, _, _ in _QUESTIONS} == {qid: a for qid, _, a in _QUESTIONS}


# ------------------------------------------------ a layout table whose rows open with a spacer cell
@pytest.mark.parametrize("spacer", [
    '<td width="6" bgcolor="#336699">&nbsp;</td>',   # a coloured bar
    '<td></td><td width="10"> </td>',               # two empty cells
    '<td><img src="bar.png" alt="" width="4"></td>',  # an image without text
])
def test_a_newsletter_whose_blocks_sit_beside_a_spacer_cell(spacer):
    items = [("Uppsala kommun", "Vi har startat en stödgrupp för barn till föräldrar med missbruk."),
             ("Enköping", "Enköping har utbildat fem samtalsledare i BRA-samtal under hösten."),
             ("Tierps kommun", "Tierp planerar en gemensam föräldraträff tillsammans med Älvkarleby."),
             ("Östhammar", "Inget nytt sedan förra träffen, men en ny samordnare börjar i mars.")]
    rows = "".join(f'<tr><td><table role="presentation"><tr>{spacer}<td><h3>{name}</h3><p>{text}</p></td></tr></table></td></tr>'
                   for name, text in items)
    page = ('<html><body><table role="presentation"><tr><td><h1>Nyhetsbrev för nätverket</h1></td></tr>'
            f'<tr><td><h2>Nytt från kommunerna</h2></td></tr>{rows}</table></body></html>')
    text, parsed = _parsed(page, "brev.html")
    assert "Nytt från kommunerna" in text.split("\n")  # the heading above the rows keeps its line, nothing glued to it
    assert parsed.kind == "network_report"
    assert _blocks(parsed) == {("0380", ""): items[0][1], ("0381", ""): items[1][1],
                               ("0360", ""): items[2][1], ("0382", ""): items[3][1]}


def test_a_data_table_keeps_its_cell_separators():
    text, _ = _parsed("<table><tr><th>Fråga</th><th>Svar</th></tr><tr><td>Finns det barnombud?</td><td>Ja.</td></tr></table>", "t.html")
    assert text.split("\n") == ["Fråga | Svar", "", "Finns det barnombud? | Ja."]


# ------------------------------------------------ a newsletter's button, tips section and footer after the last block
@pytest.mark.parametrize("tail", [
    "<p>Boka in vårens nätverksträff redan nu</p><h2>Tips: en ny podd om unga anhöriga</h2><p>Den finns där poddar finns.</p>",
    "<p><a class='btn'>Anmäl dig till webbinariet här</a></p><p>Du får detta brev eftersom du är med i nätverket.</p>",
    "<h3>Läs också om nya filmer</h3><p>Tre korta filmer för arbetsplatsträffar.</p><p>Du får det här mejlet som medlem.</p>",
])
def test_a_newsletters_tail_after_the_last_block_is_no_text_of_it(tail):
    items = [("Sala kommun", "Sala har startat en grupp för barn 7–12 år."),
             ("Västerås stad", "Västerås erbjuder nu BRA-samtal via anhörigstödet."),
             ("Köping", "Köping har en ny anhörigkonsulent sedan september."),
             ("Fagersta", "Fagersta har haft en föreläsning för skolans personal.")]
    page = ("<html><body><h1>Nyhetsbrev</h1><p>Så här berättade kommunerna på höstens träff.</p>"
            + "".join(f"<h3>{n}</h3><p>{t}</p>" for n, t in items) + tail + "</body></html>")
    _, parsed = _parsed(page, "brev.html")
    assert parsed.kind == "network_report"
    assert _blocks(parsed)[("1980", "")] == items[1][1]
    assert _blocks(parsed)[("1982", "")] == items[3][1]


# ------------------------------------------------ a CMS page's furniture after the last answer
@pytest.mark.parametrize("furniture", [
    "<h3>Relaterade dokument</h3><ul><li><a>Enkäten (pdf)</a></li><li><a>Bilder från mötet</a></li></ul>",
    "<h2>Relaterat</h2><p><a>Fler svar från regionerna</a></p><p>Sidansvarig: Avdelningen för hälsa</p>",
    "<p>Dela sidan: Facebook X</p><p>Sidan granskad 2023-05-04 av redaktionen</p>",
])
def test_a_questionnaire_pages_furniture_after_its_last_answer_is_no_answer(furniture):
    qa = "".join(f"<dt>{q}</dt><dd>{a}</dd>" for _, q, a in _QUESTIONS)
    page = f"<html><body><h1>Region Gävleborg</h1><dl>{qa}</dl>{furniture}</body></html>"
    _, parsed = _parsed(page, "svar.html")
    assert parsed.kind == "questionnaire" and [r.org_code for r in parsed.respondents] == ["21"]
    assert _answers(parsed.respondents[0]) == {qid: a for qid, _, a in _QUESTIONS}


# ------------------------------------------------ a form tool's responses: the municipality and the report are questions
@pytest.mark.parametrize("name_column, report_column, sep", [
    ("Vilken kommun arbetar du i?", "Vad har hänt hos er sedan förra nätverksträffen?", ","),
    ("Ange din kommun", "Berätta kort om ert arbete med barn som anhöriga", ","),
    ("Välj kommun:", "Vad vill ni berätta för nätverket?", ";"),
])
def test_a_form_export_whose_columns_ask_for_the_municipality_and_its_report(name_column, report_column, sep):
    rows = [["Tidsstämpel", "E-post", name_column, report_column, "Önskemål till nästa möte?"],
            ["2022-04-01 10:12", "a@example.org", "Gävle", "Vi har startat en grupp.\n\nFler planeras.", ""],
            ["2022-04-01 11:40", "", "Sandvikens kommun", "Ny rutin för att fråga om barn.", "Mer om rutiner."],
            ["2022-04-02 09:05", "", "Hofors/Ockelbo", "Vi delar en samordnare sedan i fjol.", ""],
            ["2022-04-03 14:30", "", "Bollnäs", "Inget nytt denna gång.", ""]]
    doc = ingest.document_from_bytes(("\ufeff" + _csv(rows, sep)).encode(), "svar.csv", ".csv")
    parsed = parse_text(doc.text)
    assert parsed.kind == "network_report"
    assert _blocks(parsed) == {("2180", ""): "Vi har startat en grupp. Fler planeras.",
                               ("2181", ""): "Ny rutin för att fråga om barn.",
                               ("2104", ""): "Vi delar en samordnare sedan i fjol.",
                               ("2101", ""): "Vi delar en samordnare sedan i fjol.",
                               ("2183", ""): "Inget nytt denna gång."}
