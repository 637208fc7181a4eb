"""Layout round 17: a PDF's running footer of a title and a bare page number apart by a wide gap (and no hyphen
joined across two columns side by side), a page's document information table after its last answer, a contact
footer over several lines (name, role, phone, e-mail) ending an answer, and a stricter topic heading (no clause,
no answer's word, never an answer's only line)."""
from __future__ import annotations

import pytest

from bas_analysis.parse import contact_block, depaginated, page_note, parse_text
from bas_analysis.parse.questionnaire import _topic_heading
from test_parse_layout11 import _answers, _parsed

GAP = " " * 17


# ------------------------------------------------ a running footer: the title, a wide gap, a bare page number
@pytest.mark.parametrize("footer", [
    "Länsrapport · Stöd till barn som anhöriga 2021{gap}{n}",
    "NKA – Sammanställning av regionernas svar{gap}{n}",
    "Rapport 4/2023   Region Örebro län{gap}{n}",  # a title holding a number of its own
])
def test_a_running_footer_with_a_bare_page_number_is_furniture(footer):
    text = ("Region Örebro län\n\nFinns det barnombud?\nJa, ungefär 40 ombud. De finns på alla\n\n\n"
            + footer.format(gap=GAP, n=3) + "\n\nvårdcentraler och sjukhus.\n\nFinns det styrdokument?\nJa, en rutin.\n\n"
            "Hur följs styrdokumenten upp?\nÅrligen.\n\n\n"
            + footer.format(gap=GAP, n=4) + "\n")
    answers = _answers(parse_text(text).respondents[0])
    assert answers["Q04"] == "Ja, ungefär 40 ombud. De finns på alla\nvårdcentraler och sjukhus."
    assert answers["Q03"] == "Årligen."


def test_a_repeated_label_with_its_figures_is_no_running_footer():
    # a table's label repeated with a figure that does not grow from row to row: text, not furniture
    text = "Vårdcentraler\nAntal barnombud        12\n\nSjukhus\nAntal barnombud        5\n\nPsykiatri\nAntal barnombud        7\n"
    assert depaginated(text) == text
    once = "Region Västra Götaland har svarat på enkäten.\n\nRegionernas svar 2020" + GAP + "7\n"
    assert depaginated(once) == once  # a title with a number seen once is none


def test_a_word_split_at_a_line_end_is_not_joined_across_two_columns():
    page = ("Sida 1 av 2\n\n"
            "Finns det barnombud?      Ja, ombud på alla hälso-\n"
            "Om ja, var finns de?      och vårdcentraler. Ombuden ut-\n"
            "                          bildas varje år.\n\n"
            "Ett stycke i en spalt där ordet utveck-\nlingsarbete delas vid radslutet.\n\nSida 2 av 2\n")
    out = depaginated(page)
    assert "Ja, ombud på alla hälso-\nOm ja, var finns de?" in out  # the left column's next line is no word's end
    assert "Ombuden ut-\n" in out
    assert "utvecklingsarbete delas" in out  # one column: the word is joined again


# ------------------------------------------------ a document information table after the last answer
_LAST = "<dt>Särskilda satsningar?</dt><dd>En temadag för skolsköterskor i länet hösten 2019.</dd></dl>"


@pytest.mark.parametrize("info", [
    "<table><tr><td>Sidansvarig enhet:</td><td>Hälso- och sjukvårdsavdelningen</td></tr>"
    "<tr><td>Gäller från:</td><td>2020-01-15</td></tr><tr><td>Reviderad:</td><td>2021-02-03 09:40</td></tr></table>",
    "<p>Ägare: Regionkontoret</p><p>Fastställd: 4 mars 2020</p><p>Version: 3</p>",
    "<table><tr><td>Dokumenttyp</td><td>Webbsida</td></tr><tr><td>Senaste granskning</td><td>2022-11-30</td></tr></table>"
    "<div>Region Kronoberg · Intranätet · Skriv ut</div>",
])
def test_a_document_information_table_ends_the_questions(info):
    page = ("<html><body><h1>Region Kronoberg</h1><dl><dt>Finns det styrdokument?</dt><dd>Ja, en rutin från 2018.</dd>"
            "<dt>Finns det barnombud?</dt><dd>Ja, ett trettiotal.</dd>"
            f"<dt>Utbildning för personal?</dt><dd>En webbkurs.</dd>{_LAST}{info}</body></html>")
    _, parsed = _parsed(page, "sida.html")
    assert _answers(parsed.respondents[0])["Q12"] == "En temadag för skolsköterskor i länet hösten 2019."


def test_label_rows_without_a_date_or_before_a_question_stay_answers():
    text = ("Region Kronoberg\n\nFinns det styrdokument?\nJa.\n\nFinns det material till personal?\nJa, flera:\n\nBroschyr: Prata med barnen\n\n"
            "Film: Barn som anhöriga\n\nHar det genomförts några särskilda satsningar?\nNej.\n")
    assert _answers(parse_text(text).respondents[0])["Q09"] == "Ja, flera:\n\nBroschyr: Prata med barnen\n\nFilm: Barn som anhöriga"
    text = ("Region Kronoberg\n\nFinns det styrdokument?\nJa.\n\nBeslutad: 2019-05-02\n\nReviderad: 2021-05-02\n\n"
            "Finns det barnombud?\nJa, på alla enheter.\n\nFinns det utbildningsinsatser till personal?\nEn webbkurs.\n")
    answers = _answers(parse_text(text).respondents[0])
    assert answers["Q04"] == "Ja, på alla enheter."  # a question after the rows: they end nothing


# ------------------------------------------------ a contact footer over several lines
@pytest.mark.parametrize("footer", [
    ["Karin Ek", "Samordnare barn som anhöriga", "Tel 010-234 56 78", "karin.ek@regionexempel.se"],
    ["Kontakt:", "Per-Olov Strand", "Utvecklingsledare, Hälso- och sjukvårdsförvaltningen", "019-60 20 00"],
    ["Mer information:", "", "Lena Maria Holm", "Regional processledare", "lena.holm@exempel.se"],
    ["[namn]", "Enhetschef", "[telefon]", "[e-post]"],  # after redaction
])
def test_a_contact_footer_over_several_lines_answers_nothing(footer):
    tail = "\n".join(footer)
    last = "Vi har haft en temadag för chefer.\n\n" + tail + "\n"
    answers = _answers(parse_text("Region Dalarna\n\nFinns det styrdokument?\nJa.\n\nFinns det barnombud?\nJa.\n\n"
                                  "Har det genomförts några särskilda satsningar?\n" + last).respondents[0])
    assert answers["Q12"] == "Vi har haft en temadag för chefer."
    # the same footer ending an answer in the middle of the page
    mid = ("Region Dalarna\n\nFinns det barnombud?\nJa, på alla vårdcentraler.\n\n" + tail + "\n\n"
           "Finns det styrdokument?\nJa, en rutin från 2020.\n\nHur följs styrdokumenten upp?\nÅrligen.\n")
    answers = _answers(parse_text(mid).respondents[0])
    assert answers["Q04"] == "Ja, på alla vårdcentraler."
    assert answers["Q02"] == "Ja, en rutin från 2020."


@pytest.mark.parametrize("paragraph", [
    "Ring Barnombudsjouren\nsom har öppet alla vardagar\n020-12 34 56",  # text of an answer: a clause, no name
    "Anna Berg\nleder nätverket. Hon nås på\n070-123 45 67",
    "Vi har tre ombud.\nTel 010-111 22 33",
    "Karin Ek\nSamordnare",  # a name and a role, no way to reach her
])
def test_an_answers_lines_are_no_contact_footer(paragraph):
    assert not contact_block(paragraph) and not page_note(paragraph)


# ------------------------------------------------ topic headings: by form, not a clause nor an answer's word
@pytest.mark.parametrize("line", ["Se bifogad rutin", "Ingen förändring sedan förra året", "Vi saknar en rutin",
                                  "Arbetet pågår fortfarande", "Inte aktuellt i år", "Enligt tidigare svar"])
def test_a_short_clause_or_answer_line_is_no_topic_heading(line):
    assert not _topic_heading(line)


@pytest.mark.parametrize("line", ["Samverkan med kommunerna", "Information och material", "Stöd till barn och unga",
                                  "Region Jämtland Härjedalen", "Vårt Arbete I Länet", "Läs vidare", "Kontakta oss"])
def test_topic_headings_and_names_in_title_case_stay_headings(line):
    assert _topic_heading(line)


@pytest.mark.parametrize("line", ["Se bifogad rutin", "Ingen förändring sedan förra året", "Under utveckling"])
def test_a_short_answer_line_stays_the_answer(line):
    # alone, at the end of an answer, or in the middle of one
    text = (f"Region Uppsala\n\nFinns det styrdokument?\n{line}\n\nFinns det barnombud?\nJa, på sjukhusen.\n\n{line}\n\n"
            f"Hur följs styrdokumenten upp?\nGenom egenkontroll.\n\n{line}\n\nMer följer i nästa rapport.\n\n"
            "Finns det utbildningsinsatser till personal?\nEn webbkurs.\n")
    answers = _answers(parse_text(text).respondents[0])
    assert answers["Q02"] == line
    if line != "Under utveckling":  # (a noun phrase after an answer reads as the next part's heading)
        assert answers["Q04"] == f"Ja, på sjukhusen.\n\n{line}"
        assert answers["Q03"] == f"Genom egenkontroll.\n\n{line}\n\nMer följer i nästa rapport."


def test_a_section_heading_between_answers_still_answers_nothing():
    text = ("Region Uppsala\n\nFinns det styrdokument?\nJa, en rutin.\n\nStöd och kompetens\n\n"
            "Finns det barnombud?\nJa, på sjukhusen.\n\nSamverkan med kommunerna\n\nEtt länsnätverk träffas varje år.\n\n"
            "Finns det utbildningsinsatser till personal?\nEn webbkurs.\n")
    respondent = parse_text(text).respondents[0]
    answers = _answers(respondent)
    assert answers["Q02"] == "Ja, en rutin."
    assert answers["Q04"] == "Ja, på sjukhusen."
    assert "Ett länsnätverk träffas varje år." in [a.answer_text for a in respondent.answers]
