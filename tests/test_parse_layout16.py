"""Layout round 16: a heading line is read through its decoration (bullets and boxes before it, markdown marks,
rule lines above and below it, capitals), for a municipality's name line in a network report and for a
questionnaire's question line alike; and the page's contact furniture after the last answer (a short line with a
label or pipes that holds an e-mail address, a phone number or a redaction's placeholder) answers nothing."""
from __future__ import annotations

import pytest

from bas_analysis.parse import contact_furniture, page_note, parse_text, undecorated
from bas_analysis.parse.network_report import name_line_respondents
from bas_analysis.parse.questionnaire import classify_question
from test_parse_layout11 import _answers, _blocks, _parsed

_REPORTS = [("Lunds kommun", "Vi har startat en samtalsgrupp för barn till föräldrar med cancer."),
            ("Eslövs kommun", "Anhörigkonsulenten har utbildat sig i Beardslees familjeintervention under hösten."),
            ("Sjöbo kommun", "Familjeteamet har tagit fram en ny rutin för samtal med barn i missbruksvården."),
            ("Höörs kommun", "Vi saknar verksamhet för barnen men planerar ett samarbete med skolan nästa år.")]


def _newsletter(name_line) -> str:
    lines = ["Ämne: Nyhetsletter från nätverket i Skåne", "", "Hej alla!", "",
             "Här kommer en sammanfattning av vad kommunerna berättade på träffen.", ""]
    for n, (name, text) in enumerate(_REPORTS, 1):
        lines += name_line(n, name) + ["", text, ""]
    lines += ["~~~~~~~~~~~~~~~~~~~~~~~~~~~~", "KOMMANDE TRÄFFAR", "~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
              "* 4 oktober: digital träff", "* 6 december: julfika i Lund"]
    return "\n".join(lines)


@pytest.mark.parametrize("name_line", [
    lambda n, name: [f"■ {name.upper()}"],  # a box before a name in capitals
    lambda n, name: [f"► {name}"],
    lambda n, name: [f"• {name}"],  # a bullet before a name that heads its own paragraph
    lambda n, name: [f"{n}) {name.upper()}"],
    lambda n, name: [f"## {name}"],  # markdown's heading and emphasis
    lambda n, name: [f"**{name}**"],
    lambda n, name: ["=" * 20, name.upper(), "=" * 20],  # a rule above and below
    lambda n, name: [name, "-" * len(name)],  # underlined
    lambda n, name: [f"=== {name} ==="],
])
def test_a_name_line_is_read_through_its_decoration(name_line):
    parsed = parse_text(_newsletter(name_line))
    assert parsed.kind == "network_report"
    blocks = _blocks(parsed)
    assert [r.org_code for r in parsed.respondents] == ["1281", "1285", "1265", "1267"]
    assert blocks[("1267", "")] == _REPORTS[3][1]  # the heading after the last block and its list are no report's


def test_a_decorated_district_of_a_city_keeps_its_district():
    found = name_line_respondents("■ MALMÖ STAD – ROSENGÅRD")
    assert [(r.org_code, r.sub_unit) for r in found] == [("1280", "Rosengård")]
    assert name_line_respondents("● KALENDARIUM") is None  # a heading in capitals that names no municipality


def test_a_bulleted_list_of_names_is_no_round_of_blocks():
    text = ("Träff i Lund den 3 maj\n\nDessa kommuner deltog:\n\n• Lunds kommun\n• Eslövs kommun\n• Sjöbo kommun\n• Höörs kommun\n\n"
            "Mötet handlade om hur vi kan nå fler barn i skolan och i fritidsverksamheten under året.")
    assert parse_text(text).kind != "network_report"


@pytest.mark.parametrize("line", ["■ Finns det barnombud?", "**Finns det barnombud för barn som anhöriga?**",
                                  "## 4. Finns det barnombud?", "=== BARNOMBUD ===", "► Barnombud", "__Barnombud__"])
def test_a_question_line_is_read_through_its_decoration(line):
    assert classify_question(line) == "Q04"


def test_a_bullet_before_a_topic_word_is_an_item_of_an_answer():
    assert classify_question("• Barnombud") is None  # an item of a list in an answer ("Vi har: • Barnombud • …")


def test_a_questionnaire_with_decorated_headings():
    text = ("REGION HALLAND\n\n■ STYRDOKUMENT\n\nJa, en rutin för hela regionen.\n\n■ BARNOMBUD\n\n"
            "Ja, på alla sjukhus.\n\n■ UTBILDNING\n\nEn webbkurs för nyanställda.")
    answers = _answers(parse_text(text).respondents[0])
    assert answers["Q02"] == "Ja, en rutin för hela regionen." and answers["Q04"] == "Ja, på alla sjukhus."
    assert answers["Q08"] == "En webbkurs för nyanställda."


@pytest.mark.parametrize("line, bare", [("▪ Nacka kommun ▪", "Nacka kommun"), ("(ingen rapport)", "(ingen rapport)"),
                                        ("§ 4 Övriga frågor", "§ 4 Övriga frågor"), ("> citerad rad", "> citerad rad"),
                                        ("[e-post]", "[e-post]"), ("Finns det barnombud? *", "Finns det barnombud?")])
def test_undecorated_keeps_marks_that_carry_meaning(line, bare):
    assert undecorated(line) == bare


# ------------------------------------------------ contact furniture after the last answer
@pytest.mark.parametrize("footer", [
    "<div class='foot'>Frågor till redaktionen: info@exempel.se | Tel 011-22 33 44</div>",
    "<p>Webbredaktör: [namn], [e-post]</p>",
    "<footer>Nätverket för anhörigstöd · www.exempel.se · 090-12 34 56</footer>",
])
def test_contact_furniture_after_the_last_answer_answers_nothing(footer):
    page = ("<html><body><h1>Region Västerbotten</h1><dl>"
            "<dt>Finns det styrdokument?</dt><dd>Ja, en rutin från 2020.</dd>"
            "<dt>Hur följs styrdokumenten upp?</dt><dd>Genom en årlig enkät till cheferna.</dd>"
            "<dt>Finns det barnombud?</dt><dd>Ja, på alla hälsocentraler.</dd>"
            "<dt>Utbildning för personal</dt><dd>En webbkurs som alla nyanställda går.</dd>"
            "<dt>Övrigt</dt><dd>Regionen vill samverka mer med kommunerna i inlandet.</dd>"
            f"</dl>{footer}</body></html>")
    _, parsed = _parsed(page, "sida.html")
    texts = [a.answer_text for a in parsed.respondents[0].answers if a.question_text != "(avslutande text)"]
    assert texts[-1] == "Regionen vill samverka mer med kommunerna i inlandet."


@pytest.mark.parametrize("paragraph", [
    "Vi har tre grupper under året. Kontakta oss på 08-123 45 67 för att anmäla ett barn.",  # sentences of an answer
    "Ja, ombuden är samlade i ett nätverk som träffas två gånger per termin och leds av en samordnare.",
    "Material: broschyrer på fem språk | filmer på webben",  # a list with pipes, but no way to reach anyone
])
def test_an_answers_text_is_no_contact_furniture(paragraph):
    assert not contact_furniture(paragraph) and not page_note(paragraph)
