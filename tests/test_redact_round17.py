"""Privacy round 17: a lower-case name after any role's word, a name between commas after a role (and its first
name alone later), a name opening its line before a role, a home address with a flat's number, a phone number
wrapped after its dash, persons' handles, and an unquoted title after the word for a book or a film.

Every example is made up for this file: names, numbers, handles and addresses of no real person. Each rule is
read on a page alone (``Redactor().redact`` with the page's context, no names of a build) and as a build redacts
a page (``redact_document``).
"""
from __future__ import annotations

import pytest

from bas_analysis import redact
from redaction_checks import alone as _alone, both as _both


@pytest.mark.parametrize("text, secret", [
    ("Samtalen hålls av diakon Per Ek och anhörigkonsulent aino hämäläinen.", "aino hämäläinen"),
    ("Gruppen leds av vår familjeterapeut jelena marković sedan i höstas.", "jelena marković"),
    ("Terapeuten tiina korhonen tar emot anmälningar.", "tiina korhonen"),
    ("Frågor besvaras av barnombudet fatima al-sayed på BUP.", "fatima al-sayed"),
    ("Diakonen pekka virtanen håller i träffarna.", "pekka virtanen"),
])
def test_a_lower_case_name_after_any_roles_word(text, secret):
    for out in _both(text):
        assert secret not in out, out


@pytest.mark.parametrize("text", [
    "Vi har en kurator som träffar barnen varje vecka.",
    "Läkaren ser till barnets behov och anhörigkonsulenten ger stöd.",
    "Enhetschefen tar ansvar för barn som anhöriga.",
])
def test_a_role_before_everyday_words_stays(text):
    assert _alone(text) == text


@pytest.mark.parametrize("text, secrets", [
    ("Vi har just anställt en barnsamordnare, René Lagerkvist, som ska kartlägga behoven. René har tidigare "
     "arbetat på Ersta diakoni.", ("René Lagerkvist", "René ")),
    ("Vår nya kurator, Jonatan Wikström, började i mars. Jonatan har arbetat inom BUP i tio år.",
     ("Jonatan Wikström", "Jonatan ")),
    ("Enhetens samordnare, Dragan Ilić, sammankallar nätverket. Frågor kan ställas till Dragan direkt.",
     ("Dragan Ilić", "Dragan")),
])
def test_a_name_between_commas_after_a_role_and_its_first_name_alone_later(text, secrets):
    for out in _both(text):
        for secret in secrets:
            assert secret not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Vår samordnare, Region Skåne, ansvarar för nätverket.", "Region Skåne"),
    ("Klubb Simon drivs av vår kurator, Simon Ek, som också leder gruppen.", "Klubb Simon"),
])
def test_an_organisation_after_a_role_and_a_comma_and_a_programme_named_alike_stay(text, kept):
    assert kept in _alone(text)


@pytest.mark.parametrize("text, secret", [
    ("Kontaktuppgifter\nMáret Ánne Gaup, barnrättsstrateg\ntfn 0920-28 40 00 (växel)", "Máret Ánne Gaup"),
    ("Kontakt\nNils-Ola Aikio Labba, samordnare för barn som anhöriga\n", "Nils-Ola Aikio Labba"),
    ("Ansvariga\nElle-Márjá Eira, kurator\nJuho Niemi, anhörigkonsulent\n", "Elle-Márjá Eira"),
])
def test_a_name_with_accents_opening_its_line_before_a_comma_and_a_role(text, secret):
    for out in _both(text):
        assert secret not in out, out


@pytest.mark.parametrize("text, secret", [
    ("En förälder vill att intresserade hör av sig till henne på Linnégatan 11 lgh 1203, 352 33 Växjö eller per mejl.",
     "Linnégatan 11 lgh 1203, 352 33 Växjö"),
    ("Skicka anmälan till Storgatan 5B, lgh 1101, 123 45 Norrby.", "Storgatan 5B, lgh 1101, 123 45 Norrby"),
    ("Mamman bor på Ekvägen 14 lgh 1002 i Norrby och vill ha stöd.", "Ekvägen 14 lgh 1002"),
    ("Post kan skickas till Björkgatan 3 lägenhet 1204\n831 40 Östersund.", "Björkgatan 3 lägenhet 1204\n831 40 Östersund"),
])
def test_a_home_address_with_a_flats_number_needs_no_label(text, secret):
    for out in _both(text):
        assert secret not in out and redact.ADDRESS in out, out


def test_an_offices_address_without_a_flats_number_stays():
    text = "Besöksadress: Storgatan 5, 123 45 Norrby. Vi har öppet vardagar."
    assert "Storgatan 5, 123 45 Norrby" in _alone(text)


@pytest.mark.parametrize("text, secrets", [
    ("Gruppledare: Ann Holm, mobil 070-\n555 18 94 (dagtid).", ("070-", "555 18 94")),
    ("Telefon: 040-675 31 90, mobil 0709-\n44 81 27\nE-post: se ovan", ("0709-", "44 81 27")),
    ("Ring oss på 08 \u2013\n123 456 78 under kontorstid.", ("123 456 78",)),
    ("Jourtelefon +46 70-\n318 24 65 dygnet runt.", ("318 24 65",)),
])
def test_a_phone_number_wrapped_after_its_dash(text, secrets):
    for out in _both(text):
        for secret in secrets:
            assert secret not in out, out


@pytest.mark.parametrize("text", [
    "Projektet pågick 2019-\n2021 i tre kommuner.",
    "Barn 7-\n12 år deltog.",
])
def test_years_and_ages_wrapped_after_a_dash_are_no_phone_number(text):
    assert _alone(text) == text


@pytest.mark.parametrize("text, secret", [
    ("Sofia berättar om sin erfarenhet på Instagram under @sofias_sorgresa.", "@sofias_sorgresa"),
    ("Psykologen, som många känner från instagram (@ingamaret.labba), föreläste.", "@ingamaret.labba"),
    ("Hon skriver om livet som anhörig på @emmas_vardag och i en blogg.", "@emmas_vardag"),
    ("Föreläsningen finns hos @karinlena.holm sedan i våras.", "@karinlena.holm"),
    ("Följ honom på TikTok \u2013 @diakon_jonas", "@diakon_jonas"),
])
def test_a_persons_handle(text, secret):
    for out in _both(text):
        assert secret not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Några mottagningar lånar ut filmen Ronja Rövardotter och boken Alfons och hemlighetsmakaren som "
     "samtalsunderlag.", "Alfons och hemlighetsmakaren"),
    ("Vi läser bilderboken Totte och den stora rädslan med de yngsta.", "Totte och den stora rädslan"),
    ("Gruppen såg filmen Elvis och mormor och pratade efteråt.", "Elvis och mormor"),
    ("Barnen fick sagan Lisa och draken med sig hem.", "Lisa och draken"),
])
def test_an_unquoted_title_after_the_word_for_a_book_or_a_film_stays(text, kept):
    for out in _both(text):
        assert kept in out, out


def test_a_name_after_the_word_for_a_book_with_av_is_the_authors():
    out = _alone("Vi använder boken av Sara Lindkvist i grupperna.")
    assert "Sara Lindkvist" not in out


@pytest.mark.parametrize("text, secrets", [
    ("Gruppledare: Ann-Charlotte (Lotta) Hagström, mobil 070-555 18 94.", ("Hagström", "Lotta", "Ann-Charlotte")),
    ("Samordnare är Karl-Johan (Kalle) Nyström sedan 2020.", ("Nyström", "Kalle")),
    ("Elisabet (Lisa) Wennberg leder gruppen.", ("Wennberg", "Lisa")),
])
def test_a_nickname_in_brackets_between_a_first_name_and_a_surname(text, secrets):
    for out in _both(text):
        for secret in secrets:
            assert secret not in out, out


def test_an_abbreviation_in_brackets_after_a_name_is_no_nickname():
    assert "(BUP)" in _alone("Frågor till Anna Lind (BUP) eller till elevhälsan.")
