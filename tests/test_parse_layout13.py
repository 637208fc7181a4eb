"""Layout round 13: shapes of pages the parser did not read before, each with made-up variants of the family
(another tool or editor producing the same structure), written for these tests."""
from __future__ import annotations

import pytest

from bas_analysis import ingest
from bas_analysis.parse import parse_text, unmarked
from bas_analysis.parse.questionnaire import numbered_sections, paired_labels
from test_parse_layout11 import _answers, _blocks, _parsed


def _squeezed(text: str) -> str:
    return " ".join(text.split())


# ------------------------------------------------ a long table: a row per answer, the region in a column
@pytest.mark.parametrize("page, name", [
    ("Region;Question;Answer\r\nRegion Gotland;Styrdokument;\"Ja; en rutin från 2021.\"\r\n"
     "Region Gotland;Barnombud;Ja, på sjukhuset.\r\nRegion Gotland;Utbildning;En webbkurs.\r\n"
     "Region Kronoberg;Styrdokument;En riktlinje.\r\nRegion Kronoberg;Barnombud;\r\n"
     "Region Kronoberg;Utbildning;\"Temadag, \"\"Se barnet\"\".\"\r\n", "export.csv"),
    ("Organisation\tFråga\tSvar\nRegion Gotland\tStyrdokument\tJa; en rutin från 2021.\n"
     "Region Gotland\tBarnombud\tJa, på sjukhuset.\nRegion Gotland\tUtbildning\tEn webbkurs.\n"
     "Region Kronoberg\tStyrdokument\tEn riktlinje.\nRegion Kronoberg\tBarnombud\t–\n"
     "Region Kronoberg\tUtbildning\tTemadag, \"Se barnet\".\n", "export.txt"),
    ("<table><tr><th>Region</th><th>Nr</th><th>Fråga</th><th>Regionens svar</th></tr>"
     "<tr><td>Region Gotland</td><td>2</td><td>Styrdokument</td><td>Ja; en rutin från 2021.</td></tr>"
     "<tr><td>Region Gotland</td><td>4</td><td>Barnombud</td><td>Ja, på sjukhuset.</td></tr>"
     "<tr><td>Region Gotland</td><td>8</td><td>Utbildning</td><td>En webbkurs.</td></tr>"
     "<tr><td>Region Kronoberg</td><td>2</td><td>Styrdokument</td><td>En riktlinje.</td></tr>"
     "<tr><td>Region Kronoberg</td><td>4</td><td>Barnombud</td><td></td></tr>"
     "<tr><td>Region Kronoberg</td><td>8</td><td>Utbildning</td><td>Temadag, \"Se barnet\".</td></tr></table>", "tabell.html"),
])
def test_a_long_table_of_several_regions_gives_a_respondent_per_region(page, name):
    _, parsed = _parsed(page, name)
    assert parsed.kind == "questionnaire"
    assert [r.org_code for r in parsed.respondents] == ["09", "07"]
    gotland, kronoberg = (_answers(r) for r in parsed.respondents)
    assert gotland == {"Q02": "Ja; en rutin från 2021.", "Q04": "Ja, på sjukhuset.", "Q08": "En webbkurs."}
    assert kronoberg == {"Q02": "En riktlinje.", "Q08": 'Temadag, "Se barnet".'}  # the empty answer is none


def test_a_long_table_of_one_region_stays_one_page():
    page = ("Region;Fråga;Svar\nRegion Gotland;Styrdokument;Ja.\nRegion Gotland;Barnombud;Nej.\n"
            "Region Gotland;Utbildning;En kurs.\n")
    _, parsed = _parsed(page, "en.csv")
    assert [r.org_code for r in parsed.respondents] == ["09"]
    assert _answers(parsed.respondents[0])["Q04"] == "Nej."


# ------------------------------------------------ the region named only in an HTML page's title or footer
_BODY = ("<main><h1>Vårt arbete med barn som anhöriga</h1>"
         "<h3>Finns det styrdokument till stöd för efterlevnaden?</h3><p>Ja, en rutin.</p>"
         "<h3>Finns det barnombud för Barn som anhöriga?</h3><p>Ja, på alla avdelningar.</p>"
         "<h3>Finns det utbildningsinsatser till personal?</h3><p>En kurs per termin.</p></main>")


@pytest.mark.parametrize("head, footer, code", [
    ("<title>Region Sörmland | Barn som anhöriga</title>", "", "04"),
    ("<title>Barn som anhöriga – Nka</title>", "<footer><p>Sidan ägs av Region Sörmland.</p><p>Tel 016-00 00 00</p></footer>", "04"),
    ("<title>Barn som anhöriga: Västra Götalandsregionen</title>", "", "14"),
])
def test_a_region_named_only_in_the_frame_of_the_page(head, footer, code):
    page = f"<!DOCTYPE html><html><head>{head}</head><body><header><a href='/'>Kunskapsportalen</a></header>{_BODY}{footer}</body></html>"
    doc = ingest.document_from_bytes(page.encode(), "sida.html", ".html")
    assert "Region Sörmland" not in doc.text  # the frame is no part of the page's text
    parsed = parse_text(doc.text, frame=doc.frame)
    assert [r.org_code for r in parsed.respondents] == [code]
    assert _answers(parsed.respondents[0])["Q04"] == "Ja, på alla avdelningar."


def test_a_region_named_in_the_text_is_not_overridden_by_the_frame():
    page = f"<html><head><title>Region Sörmland</title></head><body><p>Region Halland</p>{_BODY}</body></html>"
    doc = ingest.document_from_bytes(page.encode(), "sida.html", ".html")
    assert [r.org_code for r in parse_text(doc.text, frame=doc.frame).respondents] == ["13"]


# ------------------------------------------------ regions' sections under headings framed by marks
@pytest.mark.parametrize("mark", ["***", "===", "~~"])
def test_framed_headings_open_regions_sections(mark):
    page = "\n".join([
        "SAMMANSTÄLLNING FRÅN TVÅ REGIONER", "",
        f"{mark} Region Västmanland {mark}", "Styrdokument: En rutin.", "Barnombud: Ja, ett tiotal.",
        "Journalen: I fritext.", "",
        f"{mark} Region Örebro län {mark}", "Styrdokument: En riktlinje.", "Barnombud: Nej.",
        "Journal: KVÅ-koder används.", "",
        "Sammanställt av nätverkets samordnare, mars.",
    ])
    parsed = parse_text(page)
    assert [r.org_code for r in parsed.respondents] == ["19", "18"]
    orebro = _answers(parsed.respondents[1])
    assert orebro == {"Q02": "En riktlinje.", "Q04": "Nej.", "Q07": "KVÅ-koder används."}


def test_a_mail_separator_is_no_framed_heading():
    text = "Hej\n----- Ursprungligt meddelande -----\nFrån: x"
    assert unmarked(text) == text
    assert unmarked("Text\n=== Malmö stad ===\nMer text") == "Text\n\nMalmö stad\n\nMer text"


# ------------------------------------------------ questions and answers with a pair of short labels
@pytest.mark.parametrize("q, a", [("F", "S"), ("Q", "A"), ("Question", "Answer")])
def test_paired_short_labels_of_an_interview(q, a):
    page = "\n".join([
        "Region Dalarna – intervju om barn som anhöriga", "",
        f"{q}: Finns det styrdokument till stöd för efterlevnaden?", f"{a}: Ja, en regional rutin.", "",
        f"{q}: Finns det barnombud för Barn som anhöriga?", f"{a}: –", "",
        f"{q}: Finns det utbildningsinsatser till personal?", f"{a}: Två kurser per år.", "",
        f"{q}: Vill ni lägga till något?", f"{a}: Vi ser fram emot nästa uppföljning.",
    ])
    answers = _answers(parse_text(page).respondents[0])
    assert answers["Q02"] == "Ja, en regional rutin." and answers["Q08"] == "Två kurser per år."
    assert not answers.get("Q04")  # a dash answers nothing
    assert answers["Q90"] == "Vi ser fram emot nästa uppföljning."


def test_a_few_short_labels_are_left_alone():
    text = "S: en not.\nF: en annan.\nS: slut."
    assert paired_labels(text) == text


# ------------------------------------------------ a forwarded mail quoting the whole reply
@pytest.mark.parametrize("quote", ["> ", ">> ", "  > "])
def test_a_forwarded_mail_quoting_questions_and_answers_alike(quote):
    reply = [
        "Hej,", "", "Här är svaren.", "",
        "2. Finns det styrdokument till stöd för efterlevnaden av", "bestämmelsen i hälso- och sjukvårdslagen?",
        "Ja, en riktlinje som gäller alla", "förvaltningar.", "",
        "4. Finns det barnombud för Barn som anhöriga?", "Ja, cirka trettio.", "",
        "Barnombuden träffas två gånger per år.", "",
        "8. Finns det utbildningsinsatser till personal?", "En webbkurs.", "",
        "Med vänliga hälsningar", "Samordnaren", "Region Värmland",
    ]
    page = "\n".join(["Från: redaktionen", "Skickat: den 3 mars", "Ämne: VB: enkätsvar", "", "Lägger ut detta i veckan.", "",
                      "-----Ursprungligt meddelande-----", "Från: Region Värmland", "Ämne: Enkätsvar", "",
                      *(quote + line if line else quote.rstrip() for line in reply)])
    parsed = parse_text(page)
    assert [r.org_code for r in parsed.respondents] == ["17"]
    answers = {k: _squeezed(v) for k, v in _answers(parsed.respondents[0]).items()}
    assert answers["Q02"] == "Ja, en riktlinje som gäller alla förvaltningar."
    assert answers["Q04"] == "Ja, cirka trettio. Barnombuden träffas två gånger per år."
    assert answers["Q08"] == "En webbkurs."


# ------------------------------------------------ the parts' headings of questions numbered on two levels
@pytest.mark.parametrize("part, sub", [("1.", "1.{n}"), ("1 –", "1.{n}"), ("A.", "A.{n}")])
def test_part_headings_above_two_level_questions(part, sub):
    second = part.replace("1", "2").replace("A", "B")
    page = "\n".join([
        "Region Uppsala – enkätsvar", "",
        f"{part} Styrning", "",
        f"{sub.format(n=1)} Finns det styrdokument till stöd för efterlevnaden?", "   Ja, en rutin.", "",
        f"{sub.format(n=2)} Finns det barnombud för Barn som anhöriga?", "   Ja, ett tjugotal.", "",
        f"{second} Dokumentation", "",
        f"{sub.replace('1', '2').replace('A', 'B').format(n=1)} Finns det dokumentation i journalen?", "",
        f"{sub.replace('1', '2').replace('A', 'B').format(n=2)} Finns det utbildningsinsatser till personal?", "   En kurs.",
    ])
    answers = _answers(parse_text(page).respondents[0])
    assert answers["Q04"] == "Ja, ett tjugotal."  # not the next part's heading
    assert not answers.get("Q07") and answers["Q08"] == "En kurs."
    assert "Styrning" not in numbered_sections(page) and "Dokumentation" not in numbered_sections(page)


def test_a_one_level_numbered_line_inside_an_answer_stays():
    text = "\n".join(["1.1 Finns det barnombud?", "Ja:", "1. på sjukhuset", "", "1.2 Finns det styrdokument?", "Ja.",
                      "", "1.3 Hur följs styrdokumenten upp?", "Årligen."])
    assert "1. på sjukhuset" in numbered_sections(text)  # lower case: a list item, no heading


# ------------------------------------------------ a year heading over one region's answers of several years
@pytest.mark.parametrize("year", ["2022", "År 2020", "2019/20"])
def test_a_year_heading_is_no_text_of_the_answer_above(year):
    page = "\n".join(["Region Gävleborg", "", "2024", "", "Styrdokument", "", "En rutin.", "", "Barnombud", "", "Ja.", "",
                      "Utbildning", "", "En kurs.", "", year, "", "Styrdokument", "", "Ingen.", "", "Barnombud", "", "Nej.", "",
                      "Utbildning", "", "Ingen."])
    answers = [a.answer_text for a in parse_text(page).respondents[0].answers if a.question_id == "Q08"]
    assert answers == ["En kurs.", "Ingen."]


# ------------------------------------------------ network reports: a district after a dash, the text after a colon
@pytest.mark.parametrize("line", ["Göteborg – Angered: Vi har startat en grupp för barn i höst.",
                                  "Stockholms stad - Skärholmen: Vi har startat en grupp för barn i höst.",
                                  "Malmö — Fosie: Vi har startat en grupp för barn i höst."])
def test_a_city_and_district_before_a_colon(line):
    page = "\n\n".join(["Anteckningar från nätverksträffen", "Rundan:",
                        "Lerum: Vi erbjuder samtal för barn i alla åldrar.", line,
                        "Alingsås: Vi har en ny samordnare sedan i våras.",
                        "Kungälv: Inget nytt att rapportera den här gången."])
    blocks = _blocks(parse_text(page))
    district = {k: v for k, v in blocks.items() if k[1]}
    assert list(district.values()) == ["Vi har startat en grupp för barn i höst."]
    assert list(district)[0][1] in ("Angered", "Skärholmen", "Fosie")


# ------------------------------------------------ a network report's page text after the round
@pytest.mark.parametrize("closing", ["Nästa träff hålls i Borås i mars. Anmälan till samordnaren.",
                                     "Nätverket träffas nästa gång i maj.",
                                     "Vi ses igen den 12 oktober i Mölndal."])
def test_a_sentence_about_the_next_meeting_ends_the_last_block(closing):
    page = "\n\n".join(["Nyhetsbrev", "Mölndal", "Vi har startat en grupp för tonåringar.", "Partille",
                        "En ny rutin för samtal med barn har tagits fram.", "Härryda",
                        "Vi har utbildat personal i BRA-samtal.", "Öckerö", "Vi planerar en föräldraträff.", closing])
    assert _blocks(parse_text(page))[("1407", "")] == "Vi planerar en föräldraträff."


@pytest.mark.parametrize("bullet", ["• ", "- ", "* "])
def test_a_paragraph_after_a_list_of_blocks_is_no_text_of_its_last_item(bullet):
    items = [f"{bullet}Tibro: Vi har en grupp för barn.", f"{bullet}Hjo: Vi har startat samtal med familjer.",
             f"{bullet}Töreboda: Vi har en ny samordnare.", f"{bullet}Karlsborg: Vi har utbildat personalen."]
    page = "\n\n".join(["Rapport från länsträffen", "Så här sa kommunerna:", *items, "Dagens föreläsare var mycket uppskattad."])
    blocks = _blocks(parse_text(page))
    assert blocks[("1446", "")] == "Vi har utbildat personalen."
    # a further paragraph indented under its item is the item's
    indented = page.replace("\n\nDagens", "\n\n   Vi fortsätter i höst.\n\nDagens")
    assert _squeezed(_blocks(parse_text(indented))[("1446", "")]) == "Vi har utbildat personalen. Vi fortsätter i höst."
