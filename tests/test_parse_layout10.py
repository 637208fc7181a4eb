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
