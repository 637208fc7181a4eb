"""Privacy round 30: the words an e-mail address spells, written in a row on the page, stand for the person though
one is an everyday word ("lisa", "chen"); the other items of a list split by semicolons with two names found; dotted
initials right before the address they spell; a full name in brackets after a nickname found; the page's full names
found written again in lower case. Kept: places, organisations and everyday words in the same positions.

Every example is made up for this file: names of no real person.
"""
from __future__ import annotations

import functools

import pytest

from bas_analysis import redact
from redaction_checks import kept as _kept, gone

_gone = functools.partial(gone, marks=(redact.NAME,))


@pytest.mark.parametrize("text, secrets", [
    ("Kontaktperson för gruppen: maja strand-holm. Maja svarar på maja.strand-holm@ort.se inom två dagar.",
     ["maja strand-holm", "Maja svarar"]),
    ("Skriv gärna till wang xiulan på wang.xiulan@region.se om ni vill veta mer.", ["wang xiulan"]),
    ("Samtalen leds av linnea bergkvist-ali. Linnea nås på linnea.bergkvist-ali (at) kommun.se.", ["Linnea nås"]),
])
def test_words_in_a_row_an_address_spells_are_the_person(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Planen skrevs av en grupp: Nyström, Karin; Halonen T.; Begić, Amer; Wąs-Lind, E.", ["Halonen T."]),
    ("Ansvariga (Berg, Olle; Choi Min-seo; Kaisa Anne Somby; Lundin-Ek, P.) träffas varje kvartal.",
     ["Choi Min-seo", "Kaisa Anne Somby"]),
    ("Deltagare: Mäkelä, Aino; Tuominen R.; Sjöberg, Lars.", ["Tuominen R."]),
])
def test_other_items_of_a_semicolon_list_of_names(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Vid frågor, kontakta M.P.S. (mps@skolan.se) på expeditionen.", ["M.P.S."]),
    ("Protokollet förs av A.K., ak@ort.se, och skickas ut efter mötet.", ["A.K."]),
])
def test_dotted_initials_before_the_address_they_spell(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ('Gruppen leds av Irena Kovalenko och hennes kollega "Tanja" (Tetiana Moroz), som talar ryska.',
     ["Tetiana Moroz"]),
    ('Ring samordnaren "Gosia" (Małgorzata Wiśniewska) på 08-123 45 67.', ["Małgorzata Wiśniewska"]),
])
def test_full_name_in_brackets_after_a_name_found(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Arbetsgrupp (Holm, Eva; Lee Seo-yeon; Elle Sárá Labba; Ek, P.) skrev planen.\nFoldern översattes av "
     "elle sárá labba och Eva Holm.", ["elle sárá labba"]),
])
def test_full_name_found_written_again_in_lower_case(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, kept", [
    # a semicolon list of places and organisations beside names stays where it is no name
    ("Samverkan: Lind, Eva; Olsson, Per; Region Halland; Falkenbergs kommun.", ["Region Halland", "Falkenbergs kommun"]),
    ("Deltog: Berg, Anna; Ek, Per; Folkets Park; Stiftelsen Allmänna Barnhuset.", ["Folkets Park", "Stiftelsen Allmänna Barnhuset"]),
    # initials that do not spell the address stay; an organisation's address with its brackets
    ("Frågor till BUP (info@region.se) eller A.B. (kansliet@ort.se).", ["BUP", "A.B."]),
    # a bracket after a name that is a place or an organisation
    ("Kurator Anna Lind (Region Halland) håller i gruppen.", ["Region Halland"]),
    # an address of everyday words a row spells stays an office's
    ("Skriv till barn och unga på barn.unga@kommun.se.", ["barn och unga"]),
])
def test_places_and_organisations_stay(text, kept):
    _kept(text, kept)


@pytest.mark.parametrize("text, secrets", [
    ("Broschyren trycktes av Ubax Roble Qorane på biblioteket.", ["Ubax", "Qorane"]),
    ("Tolkningen sköttes av Hawo Dini Cabdulle, som också läste korrektur.", ["Hawo", "Cabdulle"]),
])
def test_a_name_word_between_two_words_in_no_list_after_av(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, kept", [
    ("Boken gavs ut av Förlaget Stora Bokhuset i Lund.", ["Stora Bokhuset"]),
])
def test_a_frequent_middle_word_keeps_the_run(text, kept):
    _kept(text, kept)
