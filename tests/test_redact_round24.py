"""Privacy round 24: a first name standing alone for a person found surname first, by a nickname in quotes or in
lower case, and before a phone number; a nickname in brackets after a name and the list's next item with an
initial; a surname alone after a full name the page's words place; a title's abbreviation before a name; initials
closing a dated byline; a double surname whose last part ends as an organisation's word; particles before a surname
that is also a place; a phone number wrapped inside its digits after a short area code.

Every example is made up for this file: names of no real person. Each rule is read on a page alone
(``Redactor().redact`` with the page's context) and as a build redacts a page (``redact_document``).
"""
from __future__ import annotations

import functools

import pytest

from bas_analysis import redact
from redaction_checks import alone as _alone, kept as _kept, gone

_gone = functools.partial(gone, marks=(redact.NAME,))


@pytest.mark.parametrize("text, secrets", [
    ("Ombud:\nWarsame, Idil – Barnkliniken\nHar ni frågor tar Idil emot dem via växeln.", ["Idil"]),
    ("Kontaktpersoner:\nTesfaye, Mekdes – BUP\nInbjudan kommer från Mekdes i god tid.", ["Mekdes"]),
    ("Ansvariga:\nGuled, Ayaan (öppenvården)\nFrågor om schemat besvarar Ayaan gärna.", ["Ayaan"]),
])
def test_the_first_name_of_a_name_written_surname_first_alone(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ('Vi hälsar Bartłomiej "Bartek" Zieliński välkommen. Bartek nås på 070-112 33 45.', ["Bartek"]),
    ('Samordnare är Jan "Janne" Ekholm sedan mars. Janne berättar om gruppen på träffen.', ["Janne"]),
])
def test_a_quoted_nickname_alone_later(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Text: Ylva Brännström-Eriksson\n\nMer info om hösten ger Ylva 070-112 33 46.", ["Ylva"]),
    ("Skribent: Tove Lindkvist-Harb\nAnmälan till Tove 073-224 18 90 senast fredag.", ["Tove"]),
])
def test_a_first_name_before_a_phone_number(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Läs mer hos oss. Frågor till saida på saida.h at exempel.se.\nsaida och jonas har semester i juli.", ["saida"]),
    ("Om någon vill ha kontakt: ingela, ingela.mark@exempel.se.", ["ingela"]),
])
def test_a_lower_case_first_name_found_stands_for_the_person(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Frågor till Chidi Eze, 073-224 18 91.\nMaterialet delas ut av Eze på mötet.", ["Eze"]),
    ("Planen togs fram av Anjali Rao, tel 070-112 33 47.\nEn enkät skickades ut av Rao.", ["Rao"]),
])
def test_a_surname_alone_after_its_full_name(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Styrgruppens ordförande är Dr. Vikram Shah, överläkare.", ["Vikram", "Shah"]),
    ("Föreläsare var Prof. Hanna Wikström från universitetet.", ["Hanna", "Wikström"]),
    ("Remissen skrevs av dr Ole Kristiansen på kliniken.", ["Ole", "Kristiansen"]),
])
def test_a_name_after_a_titles_abbreviation(text, secrets):
    _gone(text, secrets)


def test_a_title_before_no_name_is_kept():
    _kept("Vi såg filmen om Dr. Jekyll på temadagen.", ["Jekyll"])


@pytest.mark.parametrize("text, secrets", [
    ("Publicerat 2021-03-04, Ö.N.\n", ["Ö.N."]),
    ("Senast uppdaterad 2019-10-02 – Å.B.\n", ["Å.B."]),
    ("Uppdaterad 12 mars 2022, K.L.\n", ["K.L."]),
])
def test_initials_closing_a_dated_byline(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ('Ombud per sjukhus:\nAvesta: Hedlund, Pelle ("Avesta-Pelle"); Wiśniewski, M.\nSäter: Bodin, Sara\n',
     ["Avesta-Pelle", "Wiśniewski", "M."]),
    ('Ledare:\n- Dahl, Kristoffer ("Kicke"); Nowicka, A. (kurator)\n', ["Kicke", "Nowicka"]),
])
def test_a_bracketed_nickname_and_the_next_item_with_an_initial(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Kurator Maria Holmgren-Nygård, Storgatan 12, 931 30 Skellefteå – 070-112 33 48.", ["Maria", "Holmgren-Nygård"]),
    ("Ansvarig är Lisa Sandberg-Nygård under våren.", ["Lisa", "Sandberg-Nygård"]),
])
def test_a_double_surname_ending_as_an_organisations_word(text, secrets):
    _gone(text, secrets)


def test_a_farm_or_estate_is_kept():
    _kept("Lägret hölls på Nygården. Sedan på Lindgren-gården i Vimmerby.", ["Nygården", "Lindgren-gården"])


@pytest.mark.parametrize("text, secrets", [
    ("Ombud: Ek, Sara; Holm, Omar; van der Lund, Femke\n", ["van", "Lund", "Femke"]),
    ("Ansvariga: Berg, Kim; de Vall, Anouk – BUP\n", ["de Vall", "Anouk"]),
])
def test_particles_before_a_surname_that_is_also_a_place(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "Hon nås på 08-412\n300 17 (växel) eller via mejl.",
    "Kontakt: 031-55\n12 345 i vardags.",
    "Ring växeln 011-24\n500 20, be om kuratorn.",
])
def test_a_phone_number_wrapped_inside_its_digits(text):
    out = _alone(text)
    assert redact.PHONE in out and "\n" not in out.split(redact.PHONE)[1][:1], out
    assert redact.redact_document(text)[0] == out


@pytest.mark.parametrize("text", ["Rapporten 2019-11\n20 sidor lång.", "Paragraf 08-12\n15 deltagare kom."])
def test_numbers_wrapped_that_are_no_phone_are_kept(text):
    assert _alone(text) == text
