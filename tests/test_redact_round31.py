"""Privacy round 31: a person's name inside an attachment's file name (a first name joined to a surname, an initial or
a word in no list; the words or initials of the page's names found); a word or two of a full name found written
again before a person's verb; initials of a double first name with a hyphen; a romanized given name of two syllables
with a hyphen beside a family name after a role; names listed before a bracket that makes them a family; a word in no
list before a name found after a role; e-mail addresses wrapped right after the "@"; phone numbers with the country
or area code in brackets and pairs wrapped after an area code. Kept: methods, places, programmes and everyday words
in the same positions.

Every example is made up for this file: names of no real person.
"""
from __future__ import annotations

import functools

import pytest

from bas_analysis import redact
from redaction_checks import kept as _kept, gone

_gone = functools.partial(gone, marks=(redact.NAME,))


@pytest.mark.parametrize("text, secrets", [
    ("Rutinen finns som bilaga: rutin_barnombud_lena_forsgren_2021.pdf (intranätet).", ["lena_forsgren", "forsgren"]),
    ("Se checklistan i bilagan checklista_bsa_elif_y_2023.docx.", ["elif_y"]),
    ("Deltagarlistan (narvaro_tomas_wikblom.xlsx) skickas ut efter mötet.", ["tomas_wikblom"]),
    ("Materialet togs fram av Mei Lin Zhou och Outi Rantala, se bilaga plan_zhou_rantala_2022.pdf.",
     ["zhou_rantala"]),
    ("Planen skrevs av K. Okafor-Berg (se handlingsplan_KOB_2020.pdf i bilagan).", ["KOB"]),
])
def test_a_persons_name_in_an_attachments_file_name(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Bilaga: rutin_bsa_kalmar_2021.pdf och handlingsplan_bup_umo_2020.docx.", ["rutin_bsa_kalmar_2021.pdf",
                                                                               "handlingsplan_bup_umo_2020.docx"]),
    ("Se statistik_per_kommun_2022.xlsx och plan_for_barn_2023.pdf.", ["statistik_per_kommun_2022.xlsx",
                                                                      "plan_for_barn_2023.pdf"]),
    ("Mallen heter rutin_familjeband_marte_meo.pdf och finns på intranätet.", ["rutin_familjeband_marte_meo.pdf"]),
])
def test_file_names_of_methods_places_and_words_stay(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Samtalen leds av diakon Mattias Lång, mattias.lang@kyrkan.se, som har lång erfarenhet. Lång tar emot "
     "anmälningar.", ["Lång tar"]),
    ("Kontaktperson: Thi Thu Ha Nguyen, tfn 0480-123 45. Thu Ha träffar familjerna på torsdagar.", ["Thu Ha"]),
    ("Skriv till samordnaren Tove Snäll, tove.snall@ort.se. Hon är snäll mot alla, och Snäll svarar inom en vecka.",
     ["Snäll svarar"]),
])
def test_a_found_names_words_before_a_persons_verb(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Vi träffade Jonas Modig i våras. Glad midsommar önskar vi alla! Modiga barn är bra.", ["Glad midsommar",
                                                                                             "Modiga barn"]),
    ("Gruppen leds av Anna Lind i Borås. Borås har ett stort nätverk.", ["Borås har"]),
])
def test_everyday_and_place_words_before_a_verb_stay(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Protokoll: A-K.S. / B.T.", ["A-K.S.", "B.T."]),
    ("Höstens träff hålls av K-G. L. och Sara Lindqvist i Sundsvall.", ["K-G. L."]),
    ("Sekreterare: P-O.W.", ["P-O.W."]),
])
def test_hyphenated_initials_after_by_or_a_minutes_label(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Kuratorn Da-eun Song deltar i nätverket. Song Da-eun har också skrivit rutinen.", ["Da-eun Song",
                                                                                         "Song Da-eun"]),
    ("Frågor om materialet (kontakta skolsköterskan, Seo-yeon Han) besvaras snabbt.", ["Seo-yeon Han"]),
])
def test_a_two_syllable_given_name_with_a_hyphen_after_a_role(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Vi har visat filmen i Tv-serie Sverige och läst E-post Nytt, kontakta E-post Sverige.",
     ["Tv-serie Sverige", "E-post Nytt", "E-post Sverige"]),
])
def test_hyphenated_words_without_a_person_cue_stay(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("I projektet finns även Zana, Hevi och Rawa Barzani (syskon som alla bor här). Hevi nås på expeditionen.",
     ["Hevi", "Rawa Barzani"]),
    ("Kontakt Tereza samt Oleksandr Bondar (gifta) via föreningen.", ["Tereza", "Oleksandr Bondar"]),
])
def test_names_listed_before_a_bracket_that_makes_them_a_family(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ('Samordnare (Adeyemi Oluwaseun "Seun" Okafor) svarar på frågor.', ["Adeyemi"]),
])
def test_a_word_in_no_list_before_a_name_found_after_a_role(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Anmälan till\nlinnea.aho@\nsolna.se senast i maj.", ["linnea.aho@", "solna.se"]),
])
def test_an_address_wrapped_after_its_at(text, secrets):
    gone(text, secrets, marks=(redact.EMAIL,))


@pytest.mark.parametrize("text, secrets", [
    ("Mobil: (+46) 73-412 55 80", ["73-412 55 80"]),
    ("Växel\nTel +46 (31) 60 50 00\n", ["60 50 00"]),
    ("Telefon:\n031-\n72 18 45 / 076 - 319 22 07", ["72 18 45", "319 22 07"]),
])
def test_phone_numbers_with_bracketed_codes_and_wrapped_pairs(text, secrets):
    gone(text, secrets, marks=(redact.PHONE,))


def test_a_found_persons_first_name_in_lower_case_before_som():
    _gone("Rutinen skrevs av Karin Palm, se mapp_karin_palm. Frågor kan ställas till karin som nu är chef.",
          ["karin"])


def test_a_home_address_on_a_square_after_bor():
    gone("Leo Hamid bor själv i Ystad (Lilla torg 4, 271 41 Ystad) och tar emot där.", ["Lilla torg 4"],
         marks=(redact.ADDRESS,))


def test_a_found_first_name_after_an_institutions_word_stays():
    _kept("Kontakt: Alma Gren, kurator, alma.gren@ort.se.\nFörening Alma har träffar varje vecka.", ["Förening Alma har"])
