"""Layout round 10: shapes of pages the parser did not read before, each with made-up variants of the family
(another tool or editor producing the same structure), written for these tests."""
from __future__ import annotations

import pytest

from bas_analysis import ingest
from bas_analysis.parse import parse_text


def _csv(rows: list[list[str]], sep: str) -> str:
    return "\r\n".join(sep.join('"' + c.replace('"', '""') + '"' for c in row) for row in rows) + "\r\n"


# ------------------------------------------------ a form tool's export whose metadata columns give a unit or format
@pytest.mark.parametrize("meta, sep", [
    (["Svarsnummer", "Inskickad (datum)", "Region (namn)"], ","),
    (["Löpnummer", "Tid (ÅÅÅÅ-MM-DD)", "Organisation"], ","),
    (["Nr", "Länskod (SCB)", "Respondent"], "\t"),
])
def test_a_form_export_whose_header_cells_explain_their_unit_in_parentheses(meta, sep):
    questions = ["1. Finns det styrdokument?", "2. Finns det barnombud?", "3. Finns det utbildningsinsatser till personal?"]
    rows = [[*meta, *questions, "Övriga kommentarer"],
            ["1", "2023-03-01", "Region Kronoberg", "Ja, en rutin.", "Ja, i psykiatrin.\n\nOch på BUP.", "-", ""],
            ["2", "2023-03-04", "Region Blekinge", "Nej.", "", "En webbkurs, två timmar.", "Tack för enkäten."],
            ["3", "", "Region Gotland", "Ja.", "", "", ""]]
    doc = ingest.document_from_bytes(("\ufeff" + _csv(rows, sep)).encode(), "export.csv", ".csv")
    parsed = parse_text(doc.text)
    assert parsed.kind == "questionnaire" and [r.org_code for r in parsed.respondents] == ["07", "10", "09"]
    first, second, third = ({a.question_id: a.answer_text for a in r.answers} for r in parsed.respondents)
    assert first == {"Q02": "Ja, en rutin.", "Q04": "Ja, i psykiatrin. Och på BUP."}
    assert second == {"Q02": "Nej.", "Q08": "En webbkurs, två timmar.", "Q90": "Tack för enkäten."}
    assert third == {"Q02": "Ja."}


def _blocks(page: str, name: str = "nyhetsbrev.html") -> dict[tuple[str, str], str]:
    doc = ingest.document_from_bytes(page.encode(), name, "." + name.rsplit(".", 1)[1])
    parsed = parse_text(doc.text, kind="network_report")
    return {(r.org_code, r.sub_unit): " ".join(a.answer_text for a in r.answers) for r in parsed.respondents}


# ------------------------------------------------ a newsletter whose blocks open with a run-in name ended by a full stop
@pytest.mark.parametrize("lead", [
    "<p><strong>{name}.</strong> {text}</p>",            # a bold lead-in in an e-mail newsletter
    "<p><b>{name}.</b>&nbsp;{text}</p>",                 # another editor's bold and a no-break space
    "<div class=\"item\"><span class=\"lead\">{name}.</span> {text}</div>",  # a styled span
])
@pytest.mark.parametrize("tail", [
    "<h3>Tips!</h3><p>Missa inte nästa webbinarium.</p>",
    "<p>Bild från höstträffen. Foto: nätverket</p><h3>I korthet</h3><p>Ny film om unga anhöriga.</p>",
    "<p>Dessa kommuner deltog inte: Nora, Lindesberg och Hällefors.</p>",
])
def test_a_newsletter_with_run_in_names_and_a_tail_after_the_last_block(lead, tail):
    items = [("Örebro kommun – Vivalla", "Vi har startat en samtalsgrupp för barn 8–12 år i stadsdelen."),
             ("Karlskoga kommun", "Karlskoga har två stödgrupper igång och en väntelista till hösten."),
             ("Kumla", "Vi har utbildat tre nya samtalsledare i BRA-samtal under våren.")]
    page = ("<html><body><h1>Nyhetsbrev april</h1><p>Här är vad kommunerna berättade på träffen.</p>"
            + "".join(lead.format(name=n, text=t) for n, t in items)
            + "<p>Dessutom planerar vi en föräldraträff i maj.</p>" + tail + "</body></html>")
    blocks = _blocks(page)
    assert blocks == {("1880", "Vivalla"): items[0][1], ("1883", ""): items[1][1],
                      ("1881", ""): items[2][1] + " Dessutom planerar vi en föräldraträff i maj."}


def test_a_sentence_that_only_mentions_a_municipality_opens_no_block():
    page = ("Rapporter\n\nKumla kommun\n\nVi har startat en grupp för barn. Örebro. Det var där vi träffades senast, "
            "och nästa gång ses vi i Nora.\n\nKarlskoga kommun\n\nInget nytt sedan sist, men en ny samordnare börjar i maj.\n")
    assert set(_blocks(page, "anteckningar.txt")) == {("1881", ""), ("1883", "")}


# ------------------------------------------------ minutes mailed on: a closing section and a signature after the last block
@pytest.mark.parametrize("closing", [
    "ÖVRIGT\nNästa träff blir i maj.\n\nMed vänlig hälsning\nNätverkets samordnare",
    "Övrigt\n\nInbjudan kommer i april.\n\nVänliga hälsningar\nSamordnaren",
    "Sidan granskad 2024-03-01",
])
def test_minutes_whose_last_block_is_followed_by_a_closing_section_or_signature(closing):
    page = ("Minnesanteckningar\n\nKommun: Kumla kommun\nVi har startat en grupp för barn 8–12 år.\n\n"
            "Kommun: Nora\nInget nytt sedan sist, vi söker en ny samordnare.\n\n"
            "Kommun: Karlskoga kommun\nTvå nya samtalsledare är utbildade i BRA-samtal.\n\n" + closing + "\n")
    blocks = _blocks(page, "anteckningar.txt")
    assert blocks[("1883", "")] == "Två nya samtalsledare är utbildade i BRA-samtal."


# ------------------------------------------------ a city first and its district in parentheses, said to be one by its word
@pytest.mark.parametrize("name, district", [
    ("Stockholms stad (Farsta stadsdelsförvaltning)", "Farsta stadsdelsförvaltning"),
    ("Göteborgs Stad (stadsområde Hisingen)", "Hisingen"),
    ("Malmö stad (stadsdel Rosengård)", "Rosengård"),
])
def test_a_table_row_whose_city_names_its_district_in_parentheses(name, district):
    page = ("<html><body><h2>Redovisning från deltagande kommuner</h2><table><tr><th>Kommun</th><th>Rapport</th></tr>"
            f"<tr><td>{name}</td><td>Vi har startat en grupp för barn 7–12 år.</td></tr>"
            "<tr><td>Uppsala kommun</td><td>Anhörigcentrum har fått ett större uppdrag.</td></tr>"
            "<tr><td>Nacka kommun (Region Stockholm)</td><td>En chatt för unga anhöriga en kväll i veckan.</td></tr>"
            "</table></body></html>")
    blocks = _blocks(page, "tabell.html")
    assert len(blocks) == 3 and ("0380", "") in blocks and ("0182", "") in blocks
    (city, unit), = [k for k in blocks if k[0] not in ("0380", "0182")]
    assert unit == district and blocks[(city, unit)] == "Vi har startat en grupp för barn 7–12 år."


# ------------------------------------------------ an office tool's note about the document after the last answer
@pytest.mark.parametrize("note", [
    "Dokumentet är sparat som webbsida från Word. Frågor besvaras av regionens samordnare.",
    "Filen har exporterats från kalkylprogrammet och kan innehålla fel.",
    "This document was saved as a web page from the word processor.",
])
def test_a_closing_note_about_the_document_is_no_answer(note):
    page = ("Region Västmanland\n\nFinns det styrdokument?\n\nJa, en riktlinje sedan 2019.\n\n"
            "Finns det barnombud?\n\nJa, ett trettiotal.\n\n"
            "Hur följs efterlevnaden av bestämmelsen upp?\n\nGenom egenkontroll en gång per år.\n\n" + note + "\n")
    parsed = parse_text(page)
    assert parsed.kind == "questionnaire" and [r.org_code for r in parsed.respondents] == ["19"]
    assert [a.answer_text for a in parsed.respondents[0].answers][-1] == "Genom egenkontroll en gång per år."


# ------------------------------------------------ an accordion whose questions carry a toggle icon after the question mark
@pytest.mark.parametrize("icon", ["+", " ▼", "›"])
def test_an_accordion_question_with_its_toggle_icon(icon):
    page = ("<html><body><h1>Region Västmanland</h1><p>Klicka på frågan.</p>"
            f"<details><summary>Finns det styrdokument?<span>{icon}</span></summary><p>Ja, en riktlinje.</p></details>"
            f"<details><summary>Finns det barnombud?<span>{icon}</span></summary><p>Ja, ett trettiotal.</p></details>"
            f"<details><summary>Finns det utbildningsinsatser till personal?<span>{icon}</span></summary><p>En webbkurs.</p></details>"
            "</body></html>")
    doc = ingest.document_from_bytes(page.encode(), "dragspel.html", ".html")
    parsed = parse_text(doc.text)
    assert parsed.kind == "questionnaire" and [r.org_code for r in parsed.respondents] == ["19"]
    answers = {a.question_id: a.answer_text for a in parsed.respondents[0].answers}
    assert {k: answers.get(k) for k in ("Q02", "Q04", "Q08")} == {"Q02": "Ja, en riktlinje.", "Q04": "Ja, ett trettiotal.", "Q08": "En webbkurs."}
