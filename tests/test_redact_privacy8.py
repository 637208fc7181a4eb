"""Privacy round 8: titles kept after words for a project or a purchase and past abbreviations ("bl.a."), a first
name asked to be contacted before a colon, user names and handles that hold a part of the page's own full names.

Every example is made up for this file: names, numbers and addresses of no real person.
"""
from __future__ import annotations

import pytest

from bas_analysis import redact


def _clean(text: str) -> str:
    return redact.redact_document(text)[0]


@pytest.mark.parametrize("text, kept", [
    ("Biblioteket har flera barnböcker, bl.a. ”Viggo och den tysta pappan” och fler.", "Viggo och den tysta pappan"),
    ("Vi har många filmer, t.ex. \"Sigrid och havet\" för de yngsta.", "Sigrid och havet"),
    ("Projektet \"Lille Rasmus\" vänder sig till förskolebarn.", "Lille Rasmus"),
    ("Vi har köpt in \"Elsa och Egon – när pappa är sjuk\" till skolorna.", "Elsa och Egon – när pappa är sjuk"),
    ("Kommunen har beställt \"Tilde och månen\" till alla bibliotek.", "Tilde och månen"),
])
def test_a_quoted_title_after_a_project_or_purchase_word_or_an_abbreviation_is_kept(text, kept):
    assert kept in _clean(text)


@pytest.mark.parametrize("text, name", [
    ("Har du frågor? Kontakta Yasmin: yasmin.berglof@exempel.se.", "Yasmin"),
    ("Vill du vara med, mejla Torbjörn: det går bra.", "Torbjörn"),
])
def test_a_first_name_asked_to_be_contacted_before_a_colon_is_redacted(text, name):
    assert name not in _clean(text)


@pytest.mark.parametrize("text, login", [
    ("Kuratorn Viveka Strandqvist föreläste. Hon finns på Instagram som @kuratorstrandqvist.", "@kuratorstrandqvist"),
    ("Samordnare: Ebba-Lotta Fernström\nSkype: ebbis.fernstrom.hs\nTack!", "ebbis.fernstrom.hs"),
    ("Kontakt: Ann-Sofie Wikbladh, kurator.\n\"Vi ses snart\", säger annsofie i ett mejl.", "annsofie"),
])
def test_a_user_name_holding_a_part_of_a_full_name_on_the_page_is_redacted(text, login):
    assert login not in _clean(text)


@pytest.mark.parametrize("text, kept", [
    # a part of a name that is also a word, in an ordinary word or a web address
    ("Kontakt: Björn Sten, kurator.\nVi besökte stenhuggeriet och www.stenbrottet.se i maj.", "stenhuggeriet"),
    ("Kontakt: Björn Sten, kurator.\nVi besökte stenhuggeriet och www.stenbrottet.se i maj.", "www.stenbrottet.se"),
    ("Kontakt: Karin Lundgren, kurator.\nLäs mer på regionen.se/lundgrenska-skolan i dag.", "regionen.se/lundgrenska-skolan"),
])
def test_an_ordinary_word_or_a_web_address_with_a_name_part_is_kept(text, kept):
    assert kept in _clean(text)


@pytest.mark.parametrize("text, initials", [
    ("Text: KJ/RM\nUppdaterad: 2021-03-02", "KJ/RM"),
    ("Foto: ÅL, PT", "ÅL, PT"),
    ("Text och foto: SE & MB", "SE & MB"),
])
def test_initials_credited_for_a_text_or_a_picture_are_redacted(text, initials):
    assert initials not in _clean(text)


def test_a_single_agency_credit_and_a_named_credit_are_kept():
    assert "Foto: TT" in _clean("Foto: TT")
    assert "Text: Region Gotland" in _clean("Text: Region Gotland")


@pytest.mark.parametrize("text, address", [
    ("Anmäl dig till volontären Siv-Inger Holmqvist, Lönnstigen 12, 451 90 Uddevalla, senast i maj.",
     "Lönnstigen 12"),
    ("Skriv till kuratorn Agnes Brorsson, Ekbacksvägen 4 B, 592 31 Vadstena.", "Ekbacksvägen 4 B"),
])
def test_a_street_address_right_after_a_persons_name_is_redacted(text, address):
    assert address not in _clean(text)


def test_a_street_address_after_an_institutions_name_is_kept():
    text = "Skicka till Familjecentralen Solen, Storgatan 3, 123 45 Storby."
    assert "Storgatan 3, 123 45 Storby" in _clean(text)


@pytest.mark.parametrize("text, login", [
    ("Publicerad av: kjohansso", "kjohansso"),
    ("Sidan senast ändrad: 2023-11-20 av redaktör mabeng", "mabeng"),
    ("Uppdaterat 2019-05-02 av tolsgu.", "tolsgu"),
])
def test_a_lower_case_user_name_ending_a_byline_is_redacted(text, login):
    assert login not in _clean(text)


@pytest.mark.parametrize("text", [
    "Uppdaterad 2020-01-01 av kommunikationsenheten.",
    "Publicerad av: webbredaktionen",
    "Uppdaterad av admin",
])
def test_a_department_or_a_word_ending_a_byline_is_kept(text):
    assert _clean(text) == text


@pytest.mark.parametrize("text, part", [
    ("Utbildare var Ma-\nrie Wiklander, leg. psykolog.", "Wiklander"),
    ("Föreläsare var Jo-\nhan Ekström och två kuratorer.", "Ekström"),
])
def test_a_name_whose_first_name_a_line_break_hyphenates_is_redacted(text, part):
    assert part not in _clean(text)


def test_a_place_a_line_break_hyphenates_is_kept():
    text = "Vi besökte Sjö-\nbo Kommun i maj."
    assert _clean(text) == text
