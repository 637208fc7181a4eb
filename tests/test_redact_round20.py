"""Privacy round 20: full names of Persian, Turkish, Arabic, Kurdish, Bosnian/Serbian, Polish and Finnish origin in
running text with no cue (first names from gender-guesser's name data), a district's name after a full name (no third
surname), and a known three-letter abbreviation alone in brackets on its line (no signature).

Every example is made up for this file: names of no real person. Each rule is read on a page alone
(``Redactor().redact`` with the page's context) and as a build redacts a page (``redact_document``).
"""
from __future__ import annotations

import pytest

from bas_analysis import redact
from redaction_checks import alone as _alone, both as _both


@pytest.mark.parametrize("text, secrets", [
    ("I gruppen deltog Ramin Tehrani och Shirin Moradi från socialtjänsten.", ["Ramin", "Tehrani", "Shirin", "Moradi"]),
    ("Samtalen leds av Emre Yılmaz varannan vecka.", ["Emre", "Yılmaz"]),
    ("Under våren har Dragana Petrović utbildats i metoden.", ["Dragana", "Petrović"]),
    ("Ordförande var Almir Hodžić medan Jelena Marković skrev protokollet.", ["Almir", "Hodžić", "Jelena", "Marković"]),
    ("Gruppen i Umeå leds av Mahsa Rostami och Babak Jafari sedan 2019.", ["Mahsa", "Rostami", "Babak", "Jafari"]),
    ("Sedan i höstas samordnar Navid Karimi träffarna på biblioteket.", ["Navid", "Karimi"]),
    ("Dessutom berättade Agnieszka Kowalczyk om arbetet och Jukka Heikkinen höll i materialet.",
     ["Kowalczyk", "Heikkinen"]),
    ("Berivan Aslan och Nasrin Ahmadi tog emot barnen.", ["Berivan", "Aslan", "Nasrin", "Ahmadi"]),
])
def test_full_names_of_other_origins_without_a_cue(text, secrets):
    for out in _both(text):
        for secret in secrets:
            assert secret not in out, (secret, out)
        assert redact.NAME in out


@pytest.mark.parametrize("text, kept", [
    ("Barnen från Tensta och Rinkeby träffas i Järva.", ["Tensta", "Rinkeby"]),
    ("Kommunen samarbetar med Rädda Barnen och BRIS.", ["Rädda Barnen", "BRIS"]),
    ("Vi arbetar enligt Beardslees familjeintervention i Umeå.", ["Beardslees familjeintervention", "Umeå"]),
])
def test_places_and_organisations_stay(text, kept):
    for out in _both(text):
        for word in kept:
            assert word in out, (word, out)


@pytest.mark.parametrize("text, name, place", [
    ("Gruppen leds av Kalle Berg Ersboda fritidsgård.", "Kalle Berg", "Ersboda"),
    ("Med på mötet var Kalle Berg Tomtebo och flera andra.", "Kalle Berg", "Tomtebo"),
    ("Samtalsledare: Anna Lind Gottsunda, Uppsala.", "Anna Lind", "Gottsunda"),
])
def test_a_districts_name_after_a_full_name_is_no_surname(text, name, place):
    for out in _both(text):
        assert name not in out and place in out, out


def test_a_rare_third_surname_still_goes():
    for out in _both("I år deltog Ulla-Britt Sandberg Oduya i samtalen."):
        assert "Oduya" not in out and "Sandberg" not in out


@pytest.mark.parametrize("text, kept", [
    ("Vi erbjuder samtal för barn.\n(KBT)\nMer information kommer.", "(KBT)"),
    ("Vårdkedjan för unga.\n(BUP)\n", "(BUP)"),
    ("Så arbetar vi.\n(ABC)\n", "(ABC)"),
])
def test_a_known_abbreviation_alone_in_brackets_is_no_signature(text, kept):
    for out in _both(text):
        assert kept in out, out


@pytest.mark.parametrize("text, secret", [
    ("Tack för idag!\n(ÅL)", "ÅL"),
    ("Vi ses på torsdag.\n(QZK)", "QZK"),
])
def test_initials_alone_in_brackets_still_sign(text, secret):
    for out in _both(text):
        assert secret not in out, out


@pytest.mark.parametrize("text, secrets", [
    ("Hodan Warsame och Dragana Petrović har utbildats.", ["Hodan", "Warsame"]),
    ("Vi har bjudit in Shirin Moradi och Fadumo Warsame till hösten.", ["Fadumo", "Warsame"]),
    ("Ansvariga är Ilwad Jama och Navid Karimi.", ["Ilwad", "Jama"]),
])
def test_two_words_we_do_not_know_beside_a_full_name(text, secrets):
    for out in _both(text):
        for secret in secrets:
            assert secret not in out, (secret, out)


@pytest.mark.parametrize("text, kept", [
    ("Metoden Marte Meo och Shirin Moradi presenterades.", "Marte Meo"),
    ("Tensta Träff och Shirin Moradi bjöd in.", "Tensta Träff"),
    ("Östra Göinge och Shirin Moradi", "Östra Göinge"),
])
def test_places_methods_and_organisations_beside_a_full_name_stay(text, kept):
    for out in _both(text):
        assert kept in out, out
