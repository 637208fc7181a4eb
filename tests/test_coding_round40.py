"""Round 40: the name of the unit several municipalities run together, in parentheses after their joint name
("Hallsberg, Kumla och Askersund (Sydnärkes anhörigstöd)"), names no further respondent: the heading stands for
each municipality it names.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from bas_analysis.parse.network_report import name_line_respondents


# ------------------------------------------------ a joint heading with its unit's name in parentheses
@pytest.mark.parametrize(
    "line, codes",
    [
        ("Hallsberg, Kumla och Askersund (Sydnärkes anhörigstöd)", ["1861", "1881", "1882"]),
        ("Köping, Arboga och Kungsör (Västmanlands familjecenter)", ["1983", "1984", "1960"]),
        ("Flen och Vingåker (Gemensamma anhörigstödet)", ["0482", "0428"]),
    ],
)
def test_a_joint_heading_with_its_units_name_stands_for_each_municipality(line, codes):
    found = name_line_respondents(line)
    assert found is not None
    assert [r.org_code for r in found] == codes


def test_a_district_in_parentheses_is_still_a_district():
    found = name_line_respondents("Stockholms stad (Skärholmens stadsdelsförvaltning)")
    assert [r.org_code for r in found] == ["0180"]
    assert found[0].sub_unit
