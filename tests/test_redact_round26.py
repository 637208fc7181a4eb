"""Privacy round 26: two capitalised words right after a role's word (names of other origins, surname first, a
surname that is a first name elsewhere); names both words of an address's local part spell out, anywhere in the text
and with a nickname in quotes; "med" and two words we do not know before "från"; "och hans/hennes" after a name; a
bracketed nickname of a name written surname first standing for the person, also before a surname we know; a first
name that is also a word alone in title case; list items "Surname I. (…)" and rows "Surname, First<TAB>phone";
initials after a date and a slash. False positives: a lower-case everyday word before a function word or a word read
as a genitive is no name ("en stig längs ån"); a genitive name before a capitalised everyday word that running text
follows is a place ("Astrid Lindgrens Värld"); round 25's cues ("Det är X Y", ", X.", "Th.") keep organisations,
places and kept names.

Every example is made up for this file: names of no real person. Each rule is read on a page alone
(``Redactor().redact`` with the page's context) and as a build redacts a page (``redact_document``).
"""
from __future__ import annotations

import functools

import pytest

from bas_analysis import redact
from redaction_checks import kept as _kept, gone

_gone = functools.partial(gone, marks=(redact.NAME,))


@pytest.mark.parametrize("text, secrets", [
    ("Familjeterapeut Liu Meiling har handlett personalen i Enköping.", ["Liu Meiling"]),
    ("Skolkuratorn Rojin Baran och fritidsledaren tar emot.", ["Rojin Baran"]),
    ("Samordnare är Ánte Nutti och han nås via växeln.", ["Ánte Nutti"]),
    ("Gruppen har två ledare. Ledare är Biret Sara; Biret talar nordsamiska.", ["Biret Sara", "Biret talar"]),
    ("Sjuksköterskan Nguyen Thi Lan visade materialet.", ["Nguyen Thi Lan"]),
])
def test_two_capitalised_words_after_a_role(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Har du frågor, mejla Xu Haoran på xu.haoran@exempelkommun.se.", ["Xu Haoran"]),
    ("Skriv till biblioteket: dzenan.hodzic@exempel.se (Dženan Hodžić).", ["Dženan Hodžić"]),
    ("Asli Warsame\nSamordnare\nAsli.Warsame@exempel.se", ["Asli Warsame"]),
    ('Ombud Norra: Somchai "Chai" Wongsawat, chai.wongsawat@exempel.se', ["Somchai", "Wongsawat"]),
])
def test_names_an_address_spells(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Materialet togs fram tillsammans med Nokuthula Dlamini från barnhälsovården.", ["Nokuthula Dlamini"]),
    ("Broschyren översattes med hjälp av Tesfaye Gebremariam och hans fru.", ["Tesfaye Gebremariam"]),
])
def test_two_unknown_words_with_a_person_after_them(text, secrets):
    _gone(text, secrets)


def test_a_bracketed_nickname_of_a_name_written_surname_first():
    text = ('Deltagare: Johansson, Birgitta ("Bibbi"); Ek, P.\n'
            "Kursen hölls av Bibbi Johansson och en psykolog. Bibbi har gått i pension.")
    _gone(text, ["Bibbi", "Johansson"])


@pytest.mark.parametrize("text, secrets", [
    ("Handlingsplanen ansvarar Sanna Lindqvist-Oja för. Skicka ett sms till Sanna: 070-174 22 31.", ["Sanna"]),
    ("Kursen leds av Vilja Strandberg. Vilja nås på mejl.", ["Vilja"]),
])
def test_a_first_name_that_is_also_a_word_alone_in_title_case(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Barnombud:\n- Tesfamariam H. (Vuxenpsykiatrin)\n- Wróbel A. (Barnkliniken)", ["Tesfamariam", "Wróbel"]),
    ("Kontakter\nOsmani, Arben\t\t070-174 11 02\nHussein, Faduma\t\t08-123 456 78", ["Osmani", "Arben", "Faduma"]),
    ("Reviderad 2021-04-09 / P.L.", ["P.L."]),
])
def test_list_items_and_rows_of_names(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    # an everyday word in lower case before a function word or a word read as a genitive
    ("Vandringen leds av Stig Andersson. Vi följer en stig längs bäcken.", ["stig längs"]),
    ("Stig Holm hälsar. Vi gick en stig och sedan hem.", ["stig och"]),
    # a place named after a person, while the page names someone with the same first name
    ("Kontakta Astrid Berg. Astrid Lindgrens Värld ligger i Vimmerby.", ["Astrid Lindgrens Värld"]),
    ("Sommarlägret åker till Astrid Lindgrens Värld i juli.", ["Astrid Lindgrens Värld"]),
    # round 25's cues: an organisation, a place or a method after them
    ("Det är Ersta Diakoni som utbildar.", ["Ersta Diakoni"]),
    ("Det är Trappan Malmö som leder grupperna.", ["Trappan Malmö"]),
    ("Vi samverkar med Ersta, K. och andra.", ["Ersta"]),
    ("Läs mer hos Th. Sjöfartsverket om säkerhet.", ["Sjöfartsverket"]),
    # a role before a method, a place or an organisation
    ("Vi har en terapeut Marte Meo i huset.", ["Marte Meo"]),
    ("Kuratorn Region Skåne anställer svarar.", ["Region Skåne"]),
    # a bullet list of attachments and organisations with a letter
    ("Bilagor:\n- Bilaga C. (blankett)\n- Region Skåne A. (rutin)", ["Bilaga C.", "Region Skåne"]),
    ("Kontakter\nMalmö, Stad\t040-34 10 00", ["Malmö, Stad"]),
])
def test_words_that_are_no_names_stay(text, words):
    _kept(text, words)

