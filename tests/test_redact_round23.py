"""Privacy round 23: list items written surname first without a bullet (before a dash or a bracket, or after a
label's colon), with an initial ("Berg, T.") or particles ("van Dijk, Anouk"); a first name we do not know before
"van der", "von" or "de la"; a quoted nickname before a surname that is an everyday word; a lower-case first name
whose own e-mail address follows on its line; a handle holding a first name after a place's name.

Every example is made up for this file: names of no real person. Each rule is read on a page alone
(``Redactor().redact`` with the page's context) and as a build redacts a page (``redact_document``).
"""
from __future__ import annotations

import functools

import pytest

from bas_analysis import redact
from redaction_checks import alone as _alone, both as _both, kept as _kept, gone

_gone = functools.partial(gone, marks=(redact.NAME,))


@pytest.mark.parametrize("text, secrets", [
    ("Ombud finns i Mora: Hedlund, T.; i Orsa: Backman, Sigrid.", ["Hedlund", "Backman", "Sigrid"]),
    ("Kontaktpersoner:\nNyqvist, A. – Vårdcentralen Söder\nOkafor, Chidinma – BUP\n", ["Nyqvist", "Okafor", "Chidinma"]),
    ("Ansvariga (urval):\nvan Dijk, Anouk – Barnkliniken\nMwangi, Wanjiru (öppenvården)\n",
     ["Dijk", "Anouk", "Mwangi", "Wanjiru"]),
    ("Samordnare i Bräcke: de Groot, Femke. Uppdraget ses över.", ["Groot", "Femke"]),
])
def test_surname_first_items_without_a_bullet(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, kept", [
    ("Verksamhet finns i: Mora, Orsa och Älvdalen.", ["Mora", "Orsa", "Älvdalen"]),
    ("Falun, Borlänge – gemensam grupp under hösten\n", ["Falun", "Borlänge"]),
    ("Vi arbetar med Föräldrastöd, Samtal – se nedan\n", ["Föräldrastöd", "Samtal"]),
])
def test_places_and_words_in_such_lists_are_kept(text, kept):
    _kept(text, kept)


@pytest.mark.parametrize("text, secrets", [
    ("Vikarierande samordnare är Sipho van der Berg under våren.", ["Sipho", "van der Berg"]),
    ("Gruppen leds av Anouk van Leeuwen och en kurator.", ["Anouk", "Leeuwen"]),
    ("Föreläsare var Ximena de la Fuente från universitetet.", ["Ximena", "Fuente"]),
])
def test_a_first_name_before_van_der_von_or_de_la(text, secrets):
    _gone(text, secrets)


def test_an_organisation_after_the_particles_is_kept():
    _kept("Vi samarbetar med Stiftelsen van der Hoeven Stiftelse om material.", ["Stiftelse"])


@pytest.mark.parametrize("text, secrets", [
    ('Anmälan till Lennart "Lelle" Björn, 0612-123 45.', ["Lennart", "Lelle", "Björn"]),
    ('Ledare är Kristina "Kicki" Sten från öppenvården.', ["Kristina", "Kicki", "Sten"]),
])
def test_a_quoted_nickname_before_an_everyday_surname(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Har ni frågor, mejla gärna sigrid om det mesta: sigrid.bo[at]ovanaker.se.", ["sigrid"]),
    ("Skriv till oss eller till wanjiru på wanjiru.mwangi@exempel.se.", ["wanjiru"]),
    ("Ring kansliet eller kontakta femke: femke.degroot(at)exempel.se", ["femke"]),
])
def test_a_lower_case_first_name_before_its_own_address(text, secrets):
    _gone(text, secrets)


def test_a_word_before_a_shared_address_is_kept():
    _kept("Mejla gärna kansliet på kansliet.bup@exempel.se om ni vill.", ["kansliet"])


@pytest.mark.parametrize("text, secrets", [
    ("Hälsar Sigrid och Omar (@hudiksvall_sigrid_stod)", ["hudiksvall_sigrid"]),
    ("Följ oss på @ovanaker.lena.samtal för nyheter. /Lena", ["ovanaker.lena"]),
])
def test_a_handle_with_a_first_name_after_a_place(text, secrets):
    for out in _both(text):
        for secret in secrets:
            assert secret not in out, (secret, out)


def test_an_organisations_handle_with_a_place_is_kept():
    _kept("Följ oss på @bollnas_anhorigstod för nyheter.", ["@bollnas_anhorigstod"])
