"""Layout round 14: shapes of pages the parser did not read before, each with made-up variants of the family
(another tool or editor producing the same structure), written for these tests; and the general defects of
one-word district names and topic sub-headings under a city."""
from __future__ import annotations

import pytest

from bas_analysis.parse import match_respondent, parse_text
from test_parse_layout11 import _answers, _blocks, _parsed


# ------------------------------------------------ a survey tool's print of several responses, one header each
def _record(banner: str, who: str, region: str, answers: list[tuple[str, str, str]], end: str) -> list[str]:
    lines = ["=" * 40, banner, "=" * 40, "Undersökning: Uppföljning av barn som anhöriga",
             "Svars-ID: 100" + str(len(region)), f"{who}: {region}", "Skickad: 2023-09-14 10:12", ""]
    for n, (question, box, comment) in enumerate(answers, 1):
        lines += [f"Fråga {n} av {len(answers)}", question]
        if box:
            lines += [box, "Kommentar:", comment]
        else:
            lines += ["Svar (fritext):", comment]
        lines.append("")
    return lines + ([end, ""] if end else [])


_FIRST = [("Finns det styrdokument till stöd för arbetet?", "☒ Ja ☐ Nej", "En länsgemensam rutin från 2021."),
          ("Hur följs styrdokumenten upp?", "", "Genom årlig egenkontroll."),
          ("Finns det barnombud för Barn som anhöriga?", "☐ Ja ☒ Nej", "(inget svar)"),
          ("Övrigt", "", "Vi ser över stödet under nästa år.")]
_SECOND = [("Finns det styrdokument till stöd för arbetet?", "[ ] Ja [x] Nej", "Ett arbete med en rutin pågår."),
           ("Hur följs styrdokumenten upp?", "", "(inget svar)"),
           ("Finns det barnombud för Barn som anhöriga?", "[x] Ja [ ] Nej", "På alla vårdcentraler."),
           ("Övrigt", "", "Inga fler kommentarer.")]


@pytest.mark.parametrize("banner, who, end", [
    ("ENKÄTVERKTYG – SVARSUTSKRIFT", "Organisation", "--- Slut på svaret ---"),
    ("Formulärsvar", "Region", "-------- Svar 1 klart --------"),
    ("SVARSRAPPORT", "Svarande", ""),
])
def test_survey_print_of_several_responses_gives_a_respondent_each(banner, who, end):
    text = "\n".join(_record(banner, who, "Region Värmland", _FIRST, end) + _record(banner, who, "Region Örebro län", _SECOND, end)
                     + ["Utskriften skapad 2023-10-01 av administratören"])
    _, parsed = _parsed(text, "utskrift.txt")
    assert [r.org_code for r in parsed.respondents] == ["17", "18"]
    first, second = (_answers(r) for r in parsed.respondents)
    assert first["Q02"] == "Ja.\nEn länsgemensam rutin från 2021."
    assert first["Q03"] == "Genom årlig egenkontroll."
    assert first["Q04"] == "Nej"  # an empty comment is none
    assert first["Q90"] == "Vi ser över stödet under nästa år."  # a bare topic under its counter is a question
    assert second["Q02"] == "Nej.\nEtt arbete med en rutin pågår."
    assert second["Q04"] == "Ja.\nPå alla vårdcentraler."
    assert not any(banner in a.answer_text or "---" in a.answer_text for r in parsed.respondents for a in r.answers)


def test_one_organisation_field_in_a_page_head_is_no_record():
    """One header naming a region is a page's head, not a print of several responses: read as before."""
    text = "\n".join(["Organisation: Region Värmland", "Kontaktperson: samordnaren", "",
                      "Finns det barnombud för Barn som anhöriga?", "Ja, på alla enheter.", "",
                      "Hur följs styrdokumenten upp?", "Årligen.", "",
                      "Finns det utbildningsinsatser till personal?", "En webbkurs."])
    parsed = parse_text(text)
    assert len(parsed.respondents) == 1 and _answers(parsed.respondents[0])["Q04"] == "Ja, på alla enheter."


# ------------------------------------------------ the questionnaire's English version (answers in Swedish)
@pytest.mark.parametrize("style", ["h3", "strong"])
def test_english_headings_and_questions_over_swedish_answers(style):
    def qa(head, question, answer):
        return f"<{style}>{head}</{style}><p><em>{question}</em></p><p>{answer}</p>"
    page = ("<html><body><h1>Region Jämtland Härjedalen – answers on children as next of kin</h1>"
            + qa("Policy documents", "Are there policy documents supporting the work?", "Ja, en rutin för hela regionen.")
            + qa("Follow-up of the policy documents", "How are the policy documents followed up?", "I ledningssystemet varje år.")
            + qa("Child representatives", "Are there child representatives?", "Ja, på varje vårdcentral.")
            + qa("Training for staff", "Is there training for staff?", "En webbutbildning.")
            + qa("Information for parents", "Is there information for parents?", "Broschyrer på fem språk.")
            + "<h3>Contact</h3><p>Coordinator, phone 063-000 00</p></body></html>")
    _, parsed = _parsed(page, "english.html")
    assert parsed.kind == "questionnaire"
    (respondent,) = parsed.respondents
    assert respondent.org_code == "23"
    answers = _answers(respondent)
    assert answers["Q02"] == "Ja, en rutin för hela regionen."
    assert answers["Q03"] == "I ledningssystemet varje år."
    assert answers["Q04"] == "Ja, på varje vårdcentral."
    assert answers["Q08"] == "En webbutbildning."
    assert answers["Q10"] == "Broschyrer på fem språk."


# ------------------------------------------------ defect: a one-word district fuzzily read as a municipality
@pytest.mark.parametrize("name", ["Väster", "Farsta", "Kista"])
def test_a_bare_one_word_name_matched_only_loosely_is_no_municipality(name):
    assert match_respondent(name, level="municipality").org_code == ""


@pytest.mark.parametrize("name, code", [("Fagesrta", "1982"), ("Vsters", "1980"), ("Västerås", "1980"), ("Farsta kommun", "1982")])
def test_a_misspelt_name_or_one_with_a_level_word_still_matches(name, code):
    assert match_respondent(name, level="municipality").org_code == code


def test_one_word_districts_under_their_city_stay_its_districts():
    text = "\n\n".join(["Redovisning från deltagande kommuner", "Stockholms stad", "Väster",
                        "I Väster har en ny samtalsgrupp startat.", "Farsta",
                        "Här finns nu en anhörigkonsulent till.", "Malmö stad – Väster",
                        "Stadsområdet har en familjebehandlare.", "Solna stad", "Solna har kartlagt behoven."])
    parsed = parse_text(text)
    assert set(_blocks(parsed)) == {("0180", "Väster"), ("0180", "Farsta"), ("1280", "Väster"), ("0184", "")}


# ------------------------------------------------ defect: one-word topic headings under a city are no districts
@pytest.mark.parametrize("topics", [
    ["Utbildning", "Anhörigcafé"],  # common nouns by their ending
    ["Barngrupper", "Föräldrastöd"],
    ["Samtal", "Nätverk"],  # words the text writes in lower case
])
def test_one_word_topic_headings_under_a_city_stay_its_text(topics):
    text = "\n\n".join(["Redovisning från deltagande kommuner", "Göteborgs stad", topics[0],
                        f"Vi erbjuder {topics[0].lower()} för barn varje termin.", topics[1],
                        f"Vårt {topics[1].lower()} träffas en gång i månaden.", "Solna stad", "Solna har kartlagt behoven."])
    parsed = parse_text(text)
    blocks = _blocks(parsed)
    assert set(blocks) == {("1480", ""), ("0184", "")}
    assert topics[1] in blocks[("1480", "")]


# ------------------------------------------------ defect: a form export's question is its column's header cell
_FORM_ROWS = [("Lunds kommun", "Vi har startat en grupp för barn som mist en förälder."),
              ("Eslövs kommun", "Anhörigstödet har fått en ny samordnare."),
              ("Höörs kommun", "Vi planerar föräldraträffar i samverkan med skolan."),
              ("Hörby kommun", "Två medarbetare har gått utbildning i BRA-samtal.")]


@pytest.mark.parametrize("delimiter, stamp", [(",", "2022/05/09 14:03:11"), (";", "2022/5/9 14:03"), ("\t", "2022/05/09")])
def test_form_export_question_is_the_report_columns_cell_and_its_stamps_date_it(delimiter, stamp):
    header = ["Tidstämpel", "E-postadress", "Vilken kommun representerar du?",
              "Vad har hänt i er verksamhet sedan förra träffen?", "Vill du ta upp något på nästa träff?"]
    rows = [delimiter.join(header)] + [delimiter.join([stamp, "x@example.se", name, f'"{text}"' if delimiter == "," else text, ""])
                                       for name, text in _FORM_ROWS]
    rows[1] = rows[1].replace("startat en grupp", "sedan 2019 haft en grupp")  # an earlier year in the text
    parsed = parse_text("\n".join(rows))
    assert parsed.kind == "network_report" and len(parsed.respondents) == 4
    assert {a.question_text for r in parsed.respondents for a in r.answers} == {"Vad har hänt i er verksamhet sedan förra träffen?"}
    assert parsed.wave == 2022  # the responses' time stamps, not only the year the text names


def test_a_slash_between_years_is_no_date():
    """"2019/12" or "2019/2020" (a period, a season) is no time stamp: it places no page, as before."""
    for period in ("2019/2020", "2019/12", "2019/20"):
        parsed = parse_text(f"Redovisning från deltagande kommuner\n\nLunds kommun\n\nUnder verksamhetsåret {period} startade två grupper.")
        assert parsed.wave is None, period


def test_a_comment_label_under_a_bare_topic_leaves_the_topic_a_question():
    text = "\n".join(["Region Värmland", "", "Barnombud", "Kommentar:", "Ja, på alla vårdcentraler.", "",
                      "Styrdokument", "Kommentar:", "En rutin från 2021.", "",
                      "Utbildning av personal", "Kommentar:", "(inget svar)", "", "Särskilda satsningar", "Kommentar:", "Inga."])
    answers = _answers(parse_text(text).respondents[0])
    assert answers["Q04"] == "Ja, på alla vårdcentraler." and answers["Q02"] == "En rutin från 2021."
    assert answers["Q08"] == "" and answers["Q12"] == "Inga."
