"""A part's heading over several questions ("Material" over the three material questions, "Uppföljning" over both
follow-up questions) stands on a line of its own at the end of the answer before it: no text of that answer."""
from __future__ import annotations

import pytest

from bas_analysis.parse import parse_text
from test_parse_layout11 import _answers

_PAGE = ("Region Värmland\n\n"
         "Finns det barnombud?\nJa, ett femtiotal ombud i alla förvaltningar.\n\n{heading}\n\n"
         "Finns det material/information till personal?\nJa, en sida på intranätet.\n\n"
         "Har det genomförts några särskilda satsningar?\nNej, inga under året.\n")


@pytest.mark.parametrize("heading", ["Material", "MATERIAL", "Information och material", "Uppföljning:",
                                     "4. Material", "Kompetensutveckling", "Follow-up"])
def test_a_parts_heading_at_an_answers_end_is_no_text_of_it(heading):
    answers = _answers(parse_text(_PAGE.format(heading=heading)).respondents[0])
    assert answers["Q04"] == "Ja, ett femtiotal ombud i alla förvaltningar."
    assert answers["Q09"] == "Ja, en sida på intranätet."


@pytest.mark.parametrize("answer", [
    "Material",  # the answer itself, one word ("Vad saknas?" → "Material")
    "Vi behöver mer av följande:\n\nMaterial",  # an item after a lead-in
    "Det som saknas är inte utbildning.\n\nMaterialet är för gammalt",  # a sentence, no heading
])
def test_an_answers_own_words_stay_its_text(answer):
    page = ("Region Värmland\n\nFinns det barnombud?\n" + answer + "\n\n"
            "Finns det material/information till personal?\nJa, en sida på intranätet.\n\n"
            "Har det genomförts några särskilda satsningar?\nNej, inga under året.\n")
    answers = _answers(parse_text(page).respondents[0])
    assert answers["Q04"] == answer
