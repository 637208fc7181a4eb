"""Privacy round 22: a person whose surname is a municipality's name ("Tierp", "Falkenberg") where a person's cue
fits and the place reading does not, names of West and East African origin before a phone number or coordinated
with "resp.", a lower-case name with a particle surname after "av", a lower-case first name (with an initial)
closing a message, a double first name's initials written with a hyphen, a Sámi name of three words, and a home
address with a floor ("4 tr") after "(privat)".

Every example is made up for this file: names of no real person. Each rule is read on a page alone
(``Redactor().redact`` with the page's context) and as a build redacts a page (``redact_document``).
"""
from __future__ import annotations

import functools

import pytest

from bas_analysis import redact
from redaction_checks import alone as _alone, both as _both, kept as _kept, gone

_gone = functools.partial(gone, marks=(redact.NAME, redact.ADDRESS))


@pytest.mark.parametrize("text, secrets", [
    ("Frågor om gruppen? Kontakt: Linnea Tierp på 018-611 22 33.", ["Linnea Tierp"]),
    ("Vill du veta mer, ring Johanna Hjo eller skriv till oss.", ["Johanna Hjo"]),
    ("– Det har blivit bättre, sa Gunilla Falkenberg när vi träffades.", ["Gunilla Falkenberg"]),
    ("Birgitta Tidaholm, regionens samordnare, öppnade dagen.", ["Birgitta Tidaholm"]),
    ("Mötet leddes av Karolina Tranås under förmiddagen.", ["Karolina Tranås"]),
    ("Anmälan görs till Agneta Mjölby, tel. 0142-123 45.", ["Agneta Mjölby"]),
])
def test_a_first_name_before_a_municipalitys_name_with_a_persons_cue(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Ansvariga\nFalkenberg, Ingela – 035-12 34 56\nKarlsson, Per – 035-12 34 57", ["Falkenberg, Ingela"]),
    ("Tidaholm, Marianne – 0502-123 45", ["Tidaholm, Marianne"]),
    ("Kontaktpersoner:\nTierp, Linnea – 0293-123 45\nHolm, Per – 0293-123 46", ["Tierp"]),
])
def test_a_municipalitys_name_as_a_surname_written_first_before_a_phone(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("På bilden: Margareta Tierp och Anna Lindqvist vid invigningen.", ["Margareta Tierp"]),
    ("Bildtext: Helena Tranås och Sara Lindqvist på sjukhuset.", ["Helena Tranås"]),
])
def test_a_municipalitys_name_as_a_surname_coordinated_with_a_full_name(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Vi har grupper i Tierp, Enköping och Uppsala.", ["Tierp", "Enköping", "Uppsala"]),
    ("Nätverket träffades i Falkenberg i mars; nästa gång i Varberg.", ["Falkenberg", "Varberg"]),
    ("Samordnaren åkte till Mora kommun och träffade personalen.", ["Mora kommun"]),
    ("Tierps kommun och Sala kommun ingår i nätverket.", ["Tierps kommun", "Sala kommun"]),
    ("Hon flyttade från Sala till Mora och ring oss gärna på 0250-123 45.", ["Sala", "Mora"]),
])
def test_municipalities_read_as_places_stay(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Anmälan till utbildningen: Tsehay Woldemariam, tel. 070-111 22 33.", ["Tsehay Woldemariam"]),
    ("Frågor besvaras av handläggaren. Kontakt: Abebech Gebremedhin, 08-123 456 78.", ["Abebech Gebremedhin"]),
    ("Hör av dig till Mulugeta Haileselassie på 031-765 43 21.", ["Mulugeta Haileselassie"]),
])
def test_two_words_we_do_not_know_before_a_phone_number(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Lokala ombud finns i Kiruna och Luleå (Kerstin Nyström resp. Tsegaye Alemayehu).", ["Tsegaye Alemayehu"]),
    ("Ansvar har Maria Holm respektive Tigist Woldegiorgis.", ["Tigist Woldegiorgis"]),
])
def test_a_name_coordinated_with_resp(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Nätverket samordnas av yasmin al-amin (yasmin.al-amin@region.se).", ["yasmin al-amin"]),
    ("Rutinen skrevs av karim ben-salah på BUP.", ["karim ben-salah"]),
    ("Texten granskades av fatima el-khoury i våras.", ["fatima el-khoury"]),
])
def test_a_lower_case_name_with_a_particle_surname_after_av(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Skriv om du undrar något. Hälsningar lovisa b", ["lovisa b"]),
    ("Tack för ett bra möte!\nMvh ingela", ["ingela"]),
    ("Vi ses i höst. Kramar, jonna k.", ["jonna k"]),
])
def test_a_lower_case_first_name_closing_a_message(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Med vänliga hälsningar sanna ord betyder mycket.", ["sanna ord"]),
])
def test_a_lower_case_word_after_a_greeting_that_no_name_ends_stays(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Ann-Sofie Wallin leder arbetet. Protokollet fördes av Wallin (A-S).", ["A-S"]),
    ("Rapporten skrevs av Karl-Erik Dahlgren. Frågor till K-E eller kansliet.", ["K-E"]),
])
def test_a_double_first_names_initials_written_with_a_hyphen(text, secrets):
    _gone(text, secrets)


def test_hyphenated_capitals_of_no_persons_first_name_stay():
    _kept("Anna Holm leder gruppen. Vi mätte E-L för alla.", ["E-L"])


@pytest.mark.parametrize("text, secrets", [
    ("Samtalet om samisk kultur leddes av Ánde Pirak Sunna från Gaaltije.", ["Sunna", "Pirak"]),
    ("Föreläsare var Máret Gaup Sunna, och hon talade länge.", ["Sunna", "Gaup"]),
    ("I panelen satt Ørjan Kvåle Aikio från sametinget.", ["Aikio", "Kvåle"]),
])
def test_three_words_of_a_name_after_a_first_name_with_letters_swedish_does_not_use(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Postadress (privat, för paket som skickas hem): Linnégatan 44, 3 tr, 114 47 Stockholm",
     ["Linnégatan 44", "114 47"]),
    ("Adress (privat): Storgatan 5, 2 trappor, 123 45 Borås", ["Storgatan 5", "123 45"]),
    ("Han bor på Ekvägen 4, 1 tr, 722 10 Västerås.", ["Ekvägen 4", "722 10"]),
])
def test_a_home_address_with_a_floor(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Besöksadress: Storgatan 5, 3 tr, 123 45 Borås", ["Storgatan 5"]),
    ("Mottagningen finns på Kungsgatan 12, 4 tr, 411 19 Göteborg.", ["Kungsgatan 12"]),
])
def test_an_offices_address_with_a_floor_stays(text, words):
    _kept(text, words)
