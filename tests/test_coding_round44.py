"""Round 44: what ended and was taken up again, or replaced, runs now; a fronted object before a contrast adverb takes
the negation of its clause; a question passed on in other verbs.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from test_coding import municipality, region, value


# ------------------------------------------------ ended, then taken up again or replaced: current
@pytest.mark.parametrize(
    "text, indicator, expected",
    [
        # taken up again after "men", with and without an auxiliary, words between
        ("Tonårsgruppen pausades i våras men startades om i höstas för unga vars förälder har missbruk.", "group_support", "yes"),
        ("Gruppverksamheten låg nere under pandemin, men har sedan dess återupptagits för barn till föräldrar med psykisk ohälsa.", "group_support", "yes"),
        ("Syskongrupperna ställdes in 2022 men kom i gång igen förra våren, med nya ledare.", "group_support", "yes"),
        # after "och", a named method, passive
        ("Vår sorggrupp lades ner 2020 och återupptogs efter ett år med två nya ledare.", "group_support", "yes"),
        # replaced: what came in its place runs now, after "och" or "men", with an auxiliary and an adverb between
        ("Syskongruppen avvecklades 2020 och ersattes av Trappan-samtal, som vi sedan dess erbjuder barn vars förälder har missbruk.", "methods", "Trappan:active"),
        ("Klubb Simon upphörde för tre år sedan men har därefter ersatts av BRA-samtal för barn vars förälder har cancer.", "methods", "BRA-samtal:active"),
        ("Klubb Simon upphörde för tre år sedan men har därefter ersatts av BRA-samtal för barn vars förälder har cancer.", "individual_support", "yes"),
    ],
)
def test_what_ended_and_was_taken_up_again_or_replaced_runs_now(text, indicator, expected):
    assert value(municipality(text), indicator) == expected


@pytest.mark.parametrize(
    "text, indicator, expected",
    [
        # not started again, or to be started again (planned): not current
        ("Syskongruppen avslutades 2021 och har inte startats igen.", "group_support", "no"),
        ("Tjejgruppen pausades i fjol men ska återupptas till hösten.", "group_support", "partial"),  # planned
        # what was replaced stays ended
        ("Klubb Simon lades ned 2019 och ersattes samma år av enskilda samtal.", "methods", "-"),
    ],
)
def test_what_ended_and_was_not_taken_up_again_stays_ended(text, indicator, expected):
    assert value(municipality(text), indicator) == expected


# ------------------------------------------------ a fronted object or subject before a contrast adverb takes the negation
@pytest.mark.parametrize(
    "key, text, indicator, expected",
    [
        ("Q07", "Journalanteckningar görs. KVÅ-koderna däremot används inte av någon.", "kva_codes", "no"),
        ("Q07", "Dokumentation i journalen sker alltid. KVÅ-koder däremot använder vi inte ännu.", "kva_codes", "no"),
        ("Q04", "Barnombud däremot finns inte i regionen.", "child_ombud", "no"),
        ("Q08", "Utbildning för personalen dock har hittills inte genomförts.", "staff_training", "no"),
        # the adverb's clause affirmed: the fronted words keep their yes
        ("Q07", "Journalanteckningar görs inte alltid. KVÅ-koder däremot används på alla enheter.", "kva_codes", "yes"),
    ],
)
def test_a_fronted_object_before_a_contrast_adverb_takes_its_clause_negation(key, text, indicator, expected):
    assert value(region((key, text)), indicator) == expected


# ------------------------------------------------ a question handed over in other verbs and orders says nothing
@pytest.mark.parametrize(
    "key, text, indicator",
    [
        ("Q04", "Frågorna kring barnombud har överlämnats till hälso- och sjukvårdsförvaltningen.", "child_ombud"),
        ("Q08", "Vi har lämnat frågan om utbildning över till HR-avdelningen.", "staff_training"),
        ("Q08", "I år delegerades frågan om fortbildning till varje förvaltning.", "staff_training"),
        ("Q08", "Vi har överlämnat frågorna om kurser till utvecklingsenheten.", "staff_training"),
    ],
)
def test_a_question_handed_over_is_unknown(key, text, indicator):
    assert value(region((key, text)), indicator) == "unknown"


def test_a_question_handed_over_leaves_what_the_answer_says_of_the_present():
    frame = region(("Q08", "Frågan om fortbildning har i höstas lämnats över till HR, som tänker ta fram en webbkurs. "
                           "Än så länge har ingen utbildning hållits."))
    assert value(frame, "staff_training") == "no"


def test_the_thing_itself_handed_over_is_no_question_handed_over():
    assert value(region(("Q08", "Kursen har lämnats över till HR, som nu håller den varje termin.")), "staff_training") == "yes"


# ------------------------------------------------ the municipalities' ombud are not the region's
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nej, regionen har inga barnombud. Länets kommuner har däremot egna barnombud inom socialtjänsten.", "no"),
        ("Regionen har inga ombud. I de flesta kommuner finns däremot barnombud.", "no"),
        ("Regionen har inga ombud, men kommunerna i länet har egna barnombud.", "no"),
        # the region's own ombud in municipalities, named by a count: still its own
        ("Vi har ombud i 4 av 10 kommuner.", "partial"),
    ],
)
def test_the_municipalities_ombud_are_not_the_regions(text, expected):
    assert value(region(("Q04", text)), "child_ombud") == expected


# ------------------------------------------------ a limit in a clause addressed to another audience is that audience's
@pytest.mark.parametrize(
    "key, text, indicator, expected",
    [
        ("Q09", "Material för personal finns samlat på intranätet, och för föräldrar har vissa kliniker tagit fram egna broschyrer.", "material_staff", "yes"),
        ("Q09", "Till barnen har ett par enheter egna bilderböcker, och för personal finns en gemensam webbsida.", "material_staff", "yes"),
        # the limit in the indicator's own clause still limits
        ("Q09", "Material för personal finns på vissa kliniker, och till föräldrar delas foldrar ut.", "material_staff", "partial"),
        # the other audience's indicator keeps its limit
        ("Q10", "Material för personal finns samlat på intranätet, och för föräldrar har vissa kliniker tagit fram egna broschyrer.", "material_parents", "partial"),
    ],
)
def test_a_limit_addressed_to_another_audience_limits_that_audience_only(key, text, indicator, expected):
    assert value(region((key, text)), indicator) == expected


# ------------------------------------------------ the school the children go to, named for their age, is no partner
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vi erbjuder samtal till barn vars förälder har missbruk; barnen går oftast på mellanstadiet eller högstadiet.", "-"),
        ("Gruppen är för unga som går i gymnasiet, och vi samarbetar med socialtjänsten.", "social_services"),
        # the school worked with stays a partner
        ("Vi driver gruppen tillsammans med elevhälsan på högstadiet.", "school"),
    ],
)
def test_the_school_the_children_go_to_is_no_partner(text, expected):
    assert value(municipality(text), "partners") == expected
