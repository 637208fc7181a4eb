"""Layout round 12: shapes of pages the parser did not read before, each with made-up variants of the family
(another tool or editor producing the same structure), written for these tests."""
from __future__ import annotations

import pytest

from bas_analysis.parse import depaginated, parse_text
from bas_analysis.parse.waves import document_wave, page_date
from test_parse_layout11 import _answers, _blocks, _parsed


# ------------------------------------------------ a PDF's running footer with a title beside the page count
def _pdf_page(footer: str, head: str) -> str:
    """Three pages of a questionnaire exported by pdftotext: a footer ``footer.format(n=…)`` on each page, a running
    head after each page break, one answer cut mid-sentence by a break and a contact paragraph at the end."""
    return "\n".join([
        "REGION GÄVLEBORG", "Uppföljning av barn som anhöriga", "",
        "Finns det styrdokument till stöd för efterlevnaden av bestämmelsen i HSL?",
        "Ja, en regiongemensam rutin som revideras vartannat år och gäller alla",
        "förvaltningar.", "",
        "Hur följs styrdokumenten upp?",
        "Genom egenkontroll två gånger per år.", "",
        footer.format(n=1), "\f", head, "",
        "Finns det barnombud för Barn som anhöriga?",
        "Ja, på samtliga vårdcentraler och på de flesta avdelningar inom",
        "", footer.format(n=2), "\f", head, "",
        "psykiatrin. Barnombuden träffas i nätverk varje termin.", "",
        "Finns det utbildningsinsatser till personal?",
        "En webbutbildning för nyanställda och en temadag per år.", "",
        "Kontaktperson: samordnare för anhörigstöd, Hälso- och sjukvårdsförvaltningen.", "",
        footer.format(n=3),
    ])


@pytest.mark.parametrize("footer, head", [
    ("Region Gävleborg – uppföljning 2022                              Sida {n} av 3", "Diarienr RG 2022/0456"),
    ("Sida {n} av 3        Utskriven 2022-09-30", "Ärende 2022-118"),  # the count on the left, a date on the right
    ("Uppföljning barn som anhöriga\tPage {n}/3", "REGION GÄVLEBORG"),  # set apart by a tab
])
def test_a_pdf_footer_with_a_title_beside_the_page_count(footer, head):
    parsed = parse_text(_pdf_page(footer, head))
    assert parsed.kind == "questionnaire" and [r.org_code for r in parsed.respondents] == ["21"]
    answers = _answers(parsed.respondents[0])
    assert " ".join(answers["Q04"].split()) == ("Ja, på samtliga vårdcentraler och på de flesta avdelningar inom psykiatrin. "
                                                 "Barnombuden träffas i nätverk varje termin.")
    assert " ".join(answers["Q02"].split()).endswith("gäller alla förvaltningar.")
    assert answers["Q08"] == "En webbutbildning för nyanställda och en temadag per år."  # the contact paragraph is the tail


def test_a_page_count_inside_a_sentence_is_no_footer():
    text = "Inledning\nSe tabellen på sida 2 av 3 i bilagan.\nSida 1 av 2\n\nMer text.\nSida 2 av 2"
    assert "Se tabellen på sida 2 av 3 i bilagan." in depaginated(text).split("\n")
    text = "Rubrik\nDen här raden slutar med sida 2 av 3\nSida 1 av 1"
    assert "Den här raden slutar med sida 2 av 3" in depaginated(text).split("\n")  # no gap: a sentence's end


def test_a_page_break_after_a_finished_sentence_keeps_the_paragraphs_apart():
    text = "Första stycket slutar här.\n\nRapport    Sida 1 av 2\n\nandra sidan börjar med gemen.\nRapport    Sida 2 av 2"
    lines = depaginated(text).split("\n")
    assert "Första stycket slutar här." in lines and "" in lines[lines.index("Första stycket slutar här.") + 1:]


# ------------------------------------------------ a closing sentence about the meeting after the last block
_MUNICIPALITIES = [("Uppsala kommun", "0380", "Vi har startat en ny samtalsgrupp för barn till föräldrar med psykisk ohälsa."),
                   ("Enköpings kommun", "0381", "Anhörigstödet har utbildat tre samtalsledare i BRA-samtal under våren."),
                   ("Tierps kommun", "0360", "Vi har en gemensam föräldraträff med Älvkarleby varje månad i höst.")]


@pytest.mark.parametrize("closing", [
    "Dagen avrundades med fika och en kort utvärdering av träffen.",
    "Mötet avslutades med en presentation av Socialstyrelsens nya vägledning.",
    "Stort tack till alla som deltog och delade med sig!",
])
def test_a_sentence_closing_the_meeting_is_no_municipalitys_text(closing):
    paragraphs = [f"<p><strong>{name}</strong> – {text}</p>" for name, _, text in _MUNICIPALITIES]
    second = "Vi vill gärna komma i kontakt med fler kommuner som driver grupper."
    page = ("<html><body><h1>Nätverksträff i Uppsala län</h1><p>Publicerat 2023-05-02</p>"
            "<h2>Redovisning från deltagande kommuner</h2>" + "".join(paragraphs)
            + f"<p>{second}</p><p>{closing}</p></body></html>")
    _, parsed = _parsed(page, "traff.html")
    assert parsed.kind == "network_report"
    blocks = _blocks(parsed)
    assert blocks[("0360", "")] == f"{_MUNICIPALITIES[2][2]} {second}"  # the block's own second paragraph stays
    assert closing not in " ".join(blocks.values())


@pytest.mark.parametrize("signature", [
    "Anteckningarna är sammanställda av nätverkets samordnare.",
    "Protokollet fördes av Länsstyrelsens handläggare.",
    "Minnesanteckningarna har skrivits av kansliet.",
])
def test_a_signature_in_the_passive_ends_the_page(signature):
    text = "\n\n".join(["Redovisning från deltagande kommuner"]
                       + [f"{name}\n\n{body}" for name, _, body in _MUNICIPALITIES] + [signature])
    parsed = parse_text(text)
    assert _blocks(parsed)[("0360", "")] == _MUNICIPALITIES[2][2]


# ------------------------------------------------ districts as sub-headings under their city
def test_districts_as_html_subheadings_under_their_city():
    page = ("<html><body><h1>Storstädernas nätverk</h1><p>Anteckningar från mötet 2022-10-05</p>"
            "<h2>Malmö stad</h2><h3>Stadsområde Norr</h3><p>Vi har två familjebehandlare som arbetar med barn i familjer med missbruk.</p>"
            "<h3>Fosie</h3><p>Barngrupperna har startat igen efter sommaren.</p><p>Vi behöver fler gruppledare.</p>"
            "<h2>Göteborgs stad</h2><h3>Norra Hisingen</h3><p>Stadsområdet har kartlagt stödet till unga omsorgsgivare.</p>"
            "<h2>Lunds kommun</h2><p>Lund har ett anhörigcenter med en samordnare för barn och unga.</p>"
            "<h2>Uppsala kommun</h2><p>Uppsala erbjuder samtalsgrupper för barn till föräldrar med cancer.</p>"
            "</body></html>")
    _, parsed = _parsed(page, "storstad.html")
    assert parsed.kind == "network_report"
    assert _blocks(parsed) == {
        ("1280", "Norr"): "Vi har två familjebehandlare som arbetar med barn i familjer med missbruk.",
        ("1280", "Fosie"): "Barngrupperna har startat igen efter sommaren. Vi behöver fler gruppledare.",
        ("1480", "Norra Hisingen"): "Stadsområdet har kartlagt stödet till unga omsorgsgivare.",
        ("1281", ""): "Lund har ett anhörigcenter med en samordnare för barn och unga.",
        ("0380", ""): "Uppsala erbjuder samtalsgrupper för barn till föräldrar med cancer.",
    }


def test_districts_as_markdown_subheadings_under_their_city():
    text = "\n".join(["# Redovisning från deltagande kommuner", "", "## Stockholms stad", "",
                      "### Skarpnäck", "", "Skarpnäck har en grupp för barn till föräldrar med psykisk ohälsa.", "",
                      "### Spånga-Tensta", "", "Vi har utbildat personal i BRA-samtal.", "",
                      "## Solna stad", "", "Solna har en anhörigkonsulent som träffar barn enskilt.", ""])
    parsed = parse_text(text)
    assert _blocks(parsed) == {("0180", "Skarpnäck"): "Skarpnäck har en grupp för barn till föräldrar med psykisk ohälsa.",
                               ("0180", "Spånga-Tensta"): "Vi har utbildat personal i BRA-samtal.",
                               ("0184", ""): "Solna har en anhörigkonsulent som träffar barn enskilt."}


@pytest.mark.parametrize("city, headings", [
    ("Uppsala kommun", ["Barngrupper", "Föräldrastöd"]),  # no city: the sub-headings are topics
    ("Borås stad", ["Stöd till barn", "Samverkan med regionen"]),  # a topic's words in lower case
])
def test_topic_subheadings_stay_text_of_their_municipality(city, headings):
    text = "\n\n".join(["Redovisning från deltagande kommuner", city, headings[0], "Vi har två grupper per termin.",
                        headings[1], "Vi träffar regionens barnombud en gång i månaden.",
                        "Enköpings kommun", "Enköping har utbildat tre samtalsledare i BRA-samtal."])
    parsed = parse_text(text)
    blocks = _blocks(parsed)
    own = [text for (code, sub), text in blocks.items() if sub == "" and code != "0381"]
    assert len(blocks) == 2 and len(own) == 1 and all(h in own[0] for h in headings)


# ------------------------------------------------ a date label at the page's head
@pytest.mark.parametrize("label", ["Datum: 2023-11-14. Plats: digitalt.", "Mötesdatum 2023-11-14", "Date: 2023-11-14"])
def test_a_date_label_at_the_head_is_the_pages_date(label):
    text = "\n\n".join(["Nätverksträff om barn som anhöriga", label, "Redovisning från deltagande kommuner",
                        "Lunds kommun", "Vi har fått i uppdrag att ta fram en handlingsplan under 2024.",
                        "Uppsala kommun", "Vi har startat en grupp för barn."])
    assert page_date(text) == "2023-11-14" and document_wave(text, "network_report") == 2023


def test_a_date_label_further_down_is_an_events():
    text = "\n".join(["Nätverksträff om barn som anhöriga", "Publicerat 2021-03-02", "", "Redovisning från deltagande kommuner"]
                     + [f"Rad {n} om arbetet." for n in range(10)] + ["Nästa träff", "Datum: 2021-09-20"])
    assert page_date(text) == "2021-03-02"
    assert page_date(text.replace("Publicerat 2021-03-02", "Hösten")) == ""
