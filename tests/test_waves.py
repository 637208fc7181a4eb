"""Waves: every page placed in time from its own evidence (issue 10, part 1).

Real pages are read from ../shared/corpus and ../shared/challenge (never
copied); synthetic sentences below are written for these tests.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bas_analysis.parse import detect_kind, parse_text, waves

from corpus import CORPUS, SHARED, corpus_page, require_corpus

CHALLENGE = SHARED / "challenge" / "pages"


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def without_date_line(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not (waves.PUBLISHED.search(line) or waves.UPDATED.search(line)))


# --- every questionnaire of the corpus ------------------------------------------------------

# page: (wave, source, wave_min, wave_max)
CORPUS_QUESTIONNAIRES = {
    "A_jonkoping_1.txt": (2021, "questionnaire_generation", 2021, None),
    "A_kalmar_1.txt": (2021, "questionnaire_generation", 2021, 2021),  # past 2020, a follow-up planned for 2021
    "A_kalmar_2.txt": (2021, "questionnaire_generation", 2021, None),
    "A_kronoberg_1.txt": (2018, "page_date", 2018, 2018),
    "A_kronoberg_2.txt": (2021, "questionnaire_generation", 2021, None),  # its "2020" is earlier than the long wording
    "A_kronoberg_3.txt": (2021, "questionnaire_generation", 2021, None),
    "A_orebro_1.txt": (2018, "page_date", 2018, 2018),
    "A_orebro_2.txt": (2021, "questionnaire_generation", 2021, None),
    "A_ostergotland_1.txt": (2022, "text_year", 2022, None),  # "since the beginning of 2022"
    "A_stockholm_1.txt": (2021, "questionnaire_generation", 2021, None),
    "A_varmland_1.txt": (2021, "questionnaire_generation", 2021, None),
    "A_vastra_gotaland_1.txt": (2021, "page_date", 2021, 2021),
    "A_vastra_gotaland_2.txt": (2021, "text_year", 2021, 2022),  # a development work going on 2021–2022
    "003_de1f3ebb09300a39.txt": (2021, "page_date", 2021, 2021),
}


def test_the_expectations_name_every_questionnaire_of_the_corpus():
    require_corpus()
    questionnaires = {p.name for p in CORPUS.glob("*.txt") if detect_kind(read(p)) == "questionnaire"}
    assert questionnaires == set(CORPUS_QUESTIONNAIRES) - {"003_de1f3ebb09300a39.txt"}


@pytest.mark.parametrize("page", sorted(CORPUS_QUESTIONNAIRES))
def test_every_corpus_questionnaire_is_placed_from_its_own_evidence(page):
    parsed = parse_text(read(corpus_page(page)))
    assert parsed.kind == "questionnaire"
    assert (parsed.wave, parsed.wave_source, parsed.wave_min, parsed.wave_max) == CORPUS_QUESTIONNAIRES[page]
    assert parsed.wave_evidence  # says why, in words
    assert not [w for w in parsed.warnings if w.startswith("wave:")]


@pytest.mark.parametrize("page, generation", [
    ("A_kronoberg_1.txt", "short"), ("A_orebro_1.txt", "short"), ("A_vastra_gotaland_1.txt", "short"),
    ("A_kronoberg_3.txt", "long"), ("A_jonkoping_1.txt", "long"), ("A_kalmar_2.txt", "long"),
])
def test_questionnaire_generation_from_the_question_ids(page, generation):
    assert waves.questionnaire_generation(read(corpus_page(page))) == generation


def test_the_later_undated_pages_of_a_region_are_never_placed_before_its_dated_2018_page():
    for dated, later in [("A_kronoberg_1.txt", ["A_kronoberg_2.txt", "A_kronoberg_3.txt"]), ("A_orebro_1.txt", ["A_orebro_2.txt"])]:
        first = parse_text(read(corpus_page(dated)))
        for page in later:
            assert parse_text(read(corpus_page(page))).wave > first.wave, page


# --- the estimate holds where the truth is known --------------------------------------------


def _dated_pages() -> list[Path]:
    folders = [CORPUS, CORPUS / "seeds", CHALLENGE]
    pages = [p for folder in folders if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    return [p for p in pages if waves.page_date(read(p)) and detect_kind(read(p)) in ("questionnaire", "network_report")]


def test_with_its_date_line_hidden_every_dated_page_is_estimated_within_bounds_that_hold_its_date():
    pages = _dated_pages()
    if len(pages) < 5:
        pytest.skip("the dated pages of ../shared/corpus and ../shared/challenge are not available")
    estimated = 0
    for page in pages:
        text = read(page)
        truth = int(waves.page_date(text)[:4])
        kind = detect_kind(text)
        placed = waves.place(without_date_line(text), kind)
        assert placed.source != "page_date", page.name
        if placed.wave is None:
            continue
        estimated += 1
        assert placed.wave_min <= truth, (page.name, placed)
        assert placed.wave_max is None or truth <= placed.wave_max, (page.name, placed)
    assert estimated >= len(pages) - 2  # nearly every page dates itself even without its date line


# --- years in the text (synthetic sentences) ------------------------------------------------


@pytest.mark.parametrize("sentence, expected", [
    ("Under 2019 utbildades alla chefer.", [(2019, "min")]),
    ("2020 tog nämnden beslut om en ny tjänst.", [(2020, "min")]),
    ("Arbetet följer programmet 2023–2030 för barns rättigheter.", [(2023, "min")]),
    ("Under 2021–2022 pågår en kartläggning i alla förvaltningar.", [(2021, "min"), (2022, "max")]),
    ("En enkät till cheferna äger rum i mars 2024.", [(2024, "max")]),
    ("Vi planerar en ny utbildning under 2026.", [(2026, "max")]),
    ("Sedan början av 2022 ska alla kliniker ha ett ombud.", [(2022, "min")]),  # "sedan" is past, whatever follows
    ("Projektet pågår till och med 2025.", [(2025, "max")]),
    ("Gruppen arbetade till 2015 och lades sedan ned.", [(2015, "min")]),
    ("Vi har tänkt mycket under arbetet som pågått mellan 2012 och 2014.", [(2012, "min")]),  # perfect tense is past
    ("Upptaktsmötet hölls 2012-11-13 i Jönköping.", [(2012, "min")]),
])
def test_year_mentions(sentence, expected):
    assert [(m.year, m.bound) for m in waves.year_mentions(sentence)] == expected


@pytest.mark.parametrize("sentence", [
    "Strategin (Skr. 2015/16:86) gäller nationellt.",
    "Läs mer på https://example.se/2019/barn eller skriv till info2019@example.se.",
    "Ring 070-201 88 19 eller 0470-2020 om du har frågor.",
    "Vi har cirka 1177 sidor och 260 ombud.",
])
def test_numbers_that_are_not_years_are_not_mentions(sentence):
    assert waves.year_mentions(sentence) == []


def test_a_future_year_before_a_past_one_is_not_used_as_a_bound():
    mentions = waves.year_mentions("Sedan 2022 finns en riktlinje. Den ska revideras 2020.")
    low, high, notes = waves.text_bounds(mentions)
    assert (low, high) == (2022, None)
    assert notes and "2020" in notes[0]


# --- placing synthetic pages ----------------------------------------------------------------

SHORT = (
    "Region Gävleborg\n\n"
    "Finns det styrdokument (policydokument, handlingsplaner, rutiner och liknande)?\n"
    "Ja, en rutin för hela regionen.\n\n"
    "Finns det dokumentation i journalen?\nJa.\n\n"
    "Finns det barnombud?\nJa, på varje klinik.\n\n"
    "Finns det utbildningsinsatser till personal?\nVid behov.\n"
)
LONG = (
    "Region Gävleborg\n\n"
    "Hur ser organisationen ut kring arbetet med att ge information, råd och stöd till barn som anhöriga?\n"
    "En samordnare leder en arbetsgrupp.\n\n"
    "Finns det styrdokument (policydokument, handlingsplaner, rutiner och liknande) till stöd för "
    "efterlevnaden av bestämmelsen i 5 kap 7§ HSL?\nJa.\n\n"
    "Finns det dokumentation i journalen? Används KVÅ-koder?\nJa.\n"
)


def test_short_and_long_questionnaire_wording_without_any_date():
    short, long = parse_text(SHORT), parse_text(LONG)
    assert (short.generation, short.wave, short.wave_source, short.wave_min, short.wave_max) == (
        "short", 2018, "questionnaire_generation", 2018, None)
    assert (long.generation, long.wave, long.wave_source, long.wave_min, long.wave_max) == (
        "long", 2021, "questionnaire_generation", 2021, None)
    assert "long" in long.wave_evidence and "2021 or later" in long.wave_evidence


def test_a_text_year_after_the_generation_sets_the_wave_and_the_date_line_beats_both():
    later = parse_text(LONG + "\nSärskilda satsningar\nSedan 2023 finns en kampanj.\n")
    assert (later.wave, later.wave_source, later.wave_min) == (2023, "text_year", 2023)
    dated = parse_text(LONG + "\nSenast uppdaterad 2024-03-01 av Någon\n")
    assert (dated.wave, dated.wave_source, dated.wave_min, dated.wave_max, dated.page_date) == (
        2024, "page_date", 2024, 2024, "2024-03-01")


def test_a_text_that_contradicts_the_page_date_is_a_warning_and_the_date_is_used():
    parsed = parse_text(SHORT + "\nSärskilda satsningar\nSedan 2020 har vi en kampanj.\n\nSenast uppdaterad 2018-02-01 av Någon\n")
    assert parsed.wave == 2018 and parsed.wave_source == "page_date"
    assert any(w.startswith("wave:") and "2020" in w for w in parsed.warnings)


def test_a_page_without_any_evidence_has_no_wave_and_says_why():
    parsed = parse_text("Redovisning från deltagande kommuner\n\nBorås stad\nVi har samtalsgrupper för barn.\n")
    assert parsed.wave is None and parsed.wave_source == "none" and parsed.wave_min is None
    assert re.search(r"no date line and no year", parsed.wave_evidence)


def test_a_project_description_keeps_the_period_it_describes():
    project = parse_text(read(corpus_page("001_5ff877b005e45fdf.txt")))
    assert (project.kind, project.wave, project.wave_source, project.wave_min, project.wave_max) == (
        "project_description", 2012, "text_year", 2012, 2012)
    touched_only = parse_text(read(corpus_page("C_utvecklingsregion_ostergotland_beskrivning.txt")))
    assert touched_only.kind == "project_description" and touched_only.wave is None
    assert "touched" in touched_only.wave_evidence
