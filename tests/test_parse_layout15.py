"""Layout round 15: structural mechanisms rather than word lists, each with made-up variants of its family: a long
table whose columns are told by what they hold, a running head or footer carrying a page counter, notes about the
page after its last answer, topic headings in an answer's text (HTML section headings, definition lists), a line
of links only, and a dated stamp ending a network report."""
from __future__ import annotations

import pytest

from bas_analysis.parse import depaginated, page_note, parse_text
from test_parse_layout11 import _answers, _blocks, _parsed


# ------------------------------------------------ a long table whose header names its columns in words of its own
_TOPICS = [("Styrdokument", "Ja, en rutin för hela regionen.", "Nej, ett arbete pågår."),
           ("Barnombud", "Ja, på alla sjukhus.", "Ja, omkring trettio ombud."),
           ("Utbildning till personal", "En webbkurs för nyanställda.", "–"),
           ("Material till föräldrar", "En folder på fem språk.", "Vi hänvisar till 1177.se.")]


@pytest.mark.parametrize("header, separator", [
    (["Län", "Länskod", "Tema", "Text"], ";"),  # a spreadsheet export, the answers under "Text"
    (["Huvudman", "År", "Ämne", "Beskrivning"], "\t"),  # tab separated, the answer column named in no known word
    (["Enhet", "Område", "Redovisning", "Uppdaterad"], ","),  # the answer column before a date column
])
def test_long_table_columns_are_told_by_what_they_hold(header, separator):
    rows = [separator.join(header)]
    for region, code, column in (("Region Halland", "13", 1), ("Region Jönköpings län", "06", 2)):
        for topic, *answers in _TOPICS:
            cells = {"Län": region, "Huvudman": region, "Enhet": region, "Länskod": code, "År": "2023",
                     "Uppdaterad": "2023-05-02", "Tema": topic, "Ämne": topic, "Område": topic}
            row = [cells.get(name, answers[column - 1]) for name in header]
            rows.append(separator.join(f'"{c}"' if separator == "," else c for c in row))
    parsed = parse_text("\n".join(rows))
    assert parsed.kind == "questionnaire"
    assert [r.org_code for r in parsed.respondents] == ["13", "06"]
    first, second = (_answers(r) for r in parsed.respondents)
    assert first["Q02"] == "Ja, en rutin för hela regionen." and first["Q10"] == "En folder på fem språk."
    assert second["Q04"] == "Ja, omkring trettio ombud." and "Q08" not in second  # a dash answers nothing


def test_a_table_of_regions_without_a_question_column_is_no_questionnaire():
    rows = ["Region;År;Antal ombud;Kommentar"] + [f"{name};2023;{n};Uppgift från regionen."
                                                  for name, n in (("Region Halland", 30), ("Region Gävleborg", 12),
                                                                  ("Region Dalarna", 40), ("Region Uppsala", 9))]
    assert parse_text("\n".join(rows)).kind != "questionnaire"


# ------------------------------------------------ a running head or footer carrying a page counter
def _pdf(footer) -> str:
    pages = [["Regionernas svar om barn som anhöriga", "", "REGION HALLAND", "", "1. Finns det styrdokument till stöd för arbetet?", "   Ja, en rutin som gäller hela",
              "   regionen.", "", "2. Finns det barnombud för barn som anhöriga?", "   Ja, på alla sjukhus."],
             ["3. Finns det utbildningsinsatser till personal?", "   En webbkurs för alla nyanställda.", ""],
             ["REGION GÄVLEBORG", "", "1. Finns det styrdokument till stöd för arbetet?", "   Nej, ett arbete pågår.", "",
              "2. Finns det barnombud för barn som anhöriga?", "   Ja, omkring tolv ombud."],
             ["3. Finns det utbildningsinsatser till personal?", "   Barnombuden har en årlig",
              "   nätverksdag."]]
    lines = []
    for n, page in enumerate(pages, 1):
        lines += page + ["", "", footer(n, len(pages)), "\f"]
    return "\n".join(lines)


@pytest.mark.parametrize("footer", [
    lambda n, total: f"Sammanställning av enkätsvar 2022                      Sida {n} ({total})",
    lambda n, total: f"Barn som anhöriga – regionernas svar, {n}/{total}",
    lambda n, total: f"                                 - {n} -",
])
def test_a_running_footer_with_a_page_counter_is_dropped_wherever_it_stands(footer):
    parsed = parse_text(_pdf(footer))
    assert [r.org_code for r in parsed.respondents] == ["13", "21"]
    first, second = (_answers(r) for r in parsed.respondents)
    assert first["Q04"] == "Ja, på alla sjukhus."  # no footer glued to the answer the page break ends
    # the question that opens two of the four pages is no running head
    assert first["Q08"] == "En webbkurs för alla nyanställda."
    assert second["Q08"] == "Barnombuden har en årlig\nnätverksdag."


def test_a_counter_seen_once_is_text():
    text = "Finns det barnombud?\nJa, 1/3 av enheterna har ombud.\n\nFinns det styrdokument?\nJa.\n\nHur följs styrdokumenten upp?\nÅrligen."
    assert depaginated(text) == text


# ------------------------------------------------ notes about the page after its last answer
@pytest.mark.parametrize("note", [
    "Dokumentet är framtaget av Region Halland, hälso- och sjukvård. Dnr HS 2023/88.",
    "Sammanställningen bygger på de svar som kom in före sommaren.",
    "Senast granskad 4 mars 2024",
    "Diarienummer: RS 2022-0117",
])
def test_a_note_about_the_page_answers_nothing(note):
    text = ("Region Halland\n\nFinns det styrdokument?\nJa, en rutin.\n\nFinns det barnombud?\nJa, på alla sjukhus.\n\n"
            "Har det genomförts några särskilda satsningar?\nEn temadag för alla chefer.\n\n" + note)
    answers = _answers(parse_text(text).respondents[0])
    assert answers["Q12"] == "En temadag för alla chefer."


@pytest.mark.parametrize("paragraph", ["Rapporten om barnens situation finns på webben.", "Sidan för barn finns på 1177.se.",
                                       "Vi har ett dnr för ärendet.", "Göteborgs stad 2023-05-04"])
def test_text_of_an_answer_is_no_page_note(paragraph):
    assert not page_note(paragraph)


# ------------------------------------------------ topic headings: HTML sections, definition lists, a link tail
def test_html_section_headings_end_the_answer_above_them():
    page = ("<html><body><main><h1>Region Halland</h1>"
            "<h2>Styrning</h2><h3>Finns det styrdokument?</h3><p>Ja, en rutin från 2021.</p>"
            "<h3>Hur följs styrdokumenten upp?</h3><p>Genom en årlig mätning i journalen.</p>"
            "<h2>Stöd och kompetens</h2><h3>Finns det barnombud?</h3><p>Ja, på alla sjukhus.</p><p>Ombuden träffas varje kvartal.</p>"
            "<h3>Har det genomförts några särskilda satsningar?</h3><p>En temadag för chefer.</p>"
            "<h2>Läs vidare</h2><p><a href='#'>Regionens sida om barn som anhöriga</a></p></main></body></html>")
    _, parsed = _parsed(page, "sida.html")
    answers = [(a.question_id, a.answer_text) for a in parsed.respondents[0].answers]
    assert ("Q03", "Genom en årlig mätning i journalen.") in answers
    assert ("Q04", "Ja, på alla sjukhus.\n\nOmbuden träffas varje kvartal.") in answers  # a multi-paragraph answer stays whole
    assert ("Q12", "En temadag för chefer.") in answers


@pytest.mark.parametrize("empty", ["<dd></dd>", "<dd><p>&nbsp;</p></dd>"])
def test_definition_list_terms_that_are_topics_open_their_own_answers(empty):
    page = ("<html><body><h1>Region Gävleborg</h1><dl>"
            "<dt>Finns det styrdokument?</dt><dd><p>Ja.</p><p>Rutinen revideras under året.</p></dd>"
            "<dt>Finns det barnombud?</dt><dd><p>Ja, omkring tolv.</p></dd>"
            f"<dt>Finns det material till barn och unga?</dt>{empty}"
            "<dt>Arbete med kommunerna</dt><dd><p>Ett länsnätverk träffas två gånger per år.</p></dd>"
            "<dt>Övriga kommentarer</dt><dd><p>Vi deltar i det nationella nätverket.</p></dd>"
            "</dl><div class='share'>Dela: <a href='#'>Facebook</a> <a href='#'>LinkedIn</a></div></body></html>")
    _, parsed = _parsed(page, "sida.html")
    texts = [a.answer_text for a in parsed.respondents[0].answers]
    assert "Ja.\n\nRutinen revideras under året." in texts
    assert "Ett länsnätverk träffas två gånger per år." in texts
    assert "Vi deltar i det nationella nätverket." in texts
    assert not any("Dela" in t or "Arbete med kommunerna" in t for t in texts)


def test_a_heading_over_a_list_is_the_lists_lead_in():
    text = ("Region Halland\n\nFinns det styrdokument?\nJa.\n\nFinns det barnombud?\nJa, på sjukhusen.\n\n"
            "Finns det utbildningsinsatser till personal?\nFlera insatser under året.\n\nExempel på insatser\n\n"
            "• En webbkurs\n• En temadag\n\nHur följs styrdokumenten upp?\nÅrligen.")
    answers = _answers(parse_text(text).respondents[0])
    assert answers["Q08"] == "Flera insatser under året.\n\nExempel på insatser\n\n• En webbkurs\n• En temadag"


# ------------------------------------------------ a line of links only is navigation
def test_a_line_of_links_only_is_navigation_but_links_in_a_sentence_or_a_table_stay():
    from bas_analysis.ingest import html_to_text

    text = html_to_text("<p>Vi hänvisar till <a>1177.se</a> och <a>UMO.se</a>.</p>"
                        "<div>Dela sidan: <a>Facebook</a> | <a>E-post</a></div>"
                        "<table><tr><td><a>Lunds kommun</a></td><td><a>Rapport 2023</a></td></tr></table>")
    assert "Vi hänvisar till 1177.se och UMO.se." in text
    assert "Facebook" not in text
    assert "Lunds kommun | Rapport 2023" in text


# ------------------------------------------------ a dated stamp ends a network report
@pytest.mark.parametrize("stamp", ["Sidan uppdaterad 2023-12-01", "Senast ändrad: 5 december 2023", "Publicerad 2023-12-01"])
def test_a_dated_stamp_after_a_network_table_belongs_to_no_municipality(stamp):
    page = ("<html><body><h2>Nätverksträff, november 2023</h2><table>"
            "<tr><th>Kommun</th><th>Vad har hänt sedan förra träffen?</th></tr>"
            "<tr><td>Lunds kommun</td><td>Vi har startat en grupp för barn.</td></tr>"
            "<tr><td>Eslövs kommun</td><td>En ny samordnare har börjat.</td></tr>"
            "<tr><td>Hörby kommun</td><td>Två medarbetare har gått en utbildning.</td></tr>"
            "<tr><td>Höörs kommun</td><td>Vi planerar föräldraträffar med skolan.</td></tr>"
            f"</table><p>{stamp}</p></body></html>")
    _, parsed = _parsed(page, "natverk.html")
    assert parsed.kind == "network_report"
    assert _blocks(parsed)[("1267", "")] == "Vi planerar föräldraträffar med skolan."
