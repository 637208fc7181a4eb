"""Privacy round 25: a found person's rare first name alone in lower case too and as a part of a double first name;
nicknames in quotes (also capitals) alone later and before particles; a name written surname first with an initial
inside a sentence, and its first name in brackets after it; a lower-case initial before a surname; a "Text: … Foto:"
byline; capitals signing a dated line after "av"; an abbreviated first name ("Ch.") before a surname; "Det är X Y";
a phone number wrapped right after its area code.

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
    ("Samordnare är kurator Ubah Mahamud Ali.\nMötet leds av ubah, och Ubah skriver protokollet.", ["Ubah", "ubah"]),
    ("Ansvarig: barnsamordnare Rezan Kaya.\nrezan har semester i juli, men ring Rezan på växeln.", ["Rezan", "rezan"]),
    ("Vi har fått en ny kurator, Selamawit Gebru Tesfay, i teamet.\nselamawit har lång erfarenhet.", ["selamawit"]),
])
def test_a_found_persons_rare_first_name_also_in_lower_case(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Ombud: Sunná-Elle Kuoljok (Kiruna).\nTräffarna leds av Elle-samordnaren, Sunná.", ["Sunná"]),
    ("Barnombud är Ánne-Risten Labba på avdelning 3. Frågor tas emot av Risten.", ["Risten"]),
])
def test_a_rare_part_of_a_double_first_name_alone(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ('Vi välkomnar Fredrik "Freddan" von Platen som samordnare. Freddan nås på växeln.', ["Freddan", "Platen"]),
    ('Utbildare är Karl-Johan "KJ" Lindqvist. KJ har kursen i maj.', ["KJ", "Lindqvist"]),
    ('Logistiken sköts av Bengt "Bengan" Holmér. bengan svarar på frågor.', ["bengan", "Bengan"]),
])
def test_a_quoted_nickname_with_particles_or_capitals(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Utbildade handledare: Tran, M. och Okafor, C. (chika) från BUP.", ["Tran, M.", "Okafor, C.", "chika"]),
    ("Från och med maj ersätter hon Söderlund, K. i gruppen.", ["Söderlund, K."]),
    ("Kontakt: Hellqvist, Ann-Mari, Yeo, J. eller växeln.", ["Yeo, J."]),
])
def test_a_surname_first_with_an_initial_inside_a_sentence(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Ingen närvarade från länet. a. lundqvist mejlade en kort rapport.", ["lundqvist"]),
    ("Ljungby: k. holmgren\nAlvesta: ingen", ["holmgren"]),
])
def test_a_lower_case_initial_before_a_surname(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Reportage\nText: Waris Jama Nur Foto: Lena Ek\n\nI våras startade gruppen.", ["Waris", "Jama"]),
    ("Uppdaterad 2022-03-14 av KLW\n", ["KLW"]),
    ("Studien leds av projektledare Chr. Wennberg (tel. via växeln).", ["Wennberg"]),
    ("Vem samordnar? Det är Dilan Zebari sedan i höstas.", ["Dilan", "Zebari"]),
])
def test_names_after_a_cue_on_their_line(text, secrets):
    _gone(text, secrets)


def test_a_phone_number_wrapped_after_its_area_code():
    text = "Har du frågor, ring oss på 031\n745 11 82 under kontorstid."
    for out in (redact.Redactor().redact(text), redact.redact_document(text)[0]):
        assert "745 11 82" not in out and redact.PHONE in out


@pytest.mark.parametrize("text, words", [
    # a first name that is an everyday word stays one in lower case ("stig": a path)
    ("Vandringen leds av Stig Andersson.\nVi följer en stig till sjön.", ["stig"]),
    # an abbreviation, a place with an initial, an organisation after "Det är"
    ("Vi följer t. ex. rutinen och m. fl. dokument.", ["t. ex.", "m. fl."]),
    ("Det är Region Skåne som äger frågan.", ["Region Skåne"]),
    ("Uppdaterad 2022-03-14 av BUP\n", ["BUP"]),
    # a time after a line break is no phone number
    ("Mötet börjar kl. 08\n15 30 minuter senare fika.", ["15 30"]),
])
def test_words_that_are_no_names_stay(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Dagen planerades av Ebba Lindholm och jan nordqvist från skolan.", ["nordqvist"]),
    ("Vid frågor, kontakta Samira Haddad eller lena backström.", ["backström"]),
])
def test_a_lower_case_full_name_coordinated_with_a_name_found(text, secrets):
    _gone(text, secrets)


def test_a_lower_case_pair_of_words_after_a_name_stays():
    _kept("Kursen hölls av Ebba Lindholm och gick bra.", ["och gick bra"])


def test_a_name_before_its_own_profile_address():
    _gone("Kontaktperson: Gülşen Aydın (linkedin.com/in/gulsen-aydin-vaxjo).", ["Gülşen", "Aydın"])


def test_a_rural_home_address_after_a_name():
    text = "Kontaktperson: Birgitta Ekholm, Norrgården, Väskinde 217, 621 95 Visby (privat)."
    for out in (redact.Redactor().redact(text, redact.Redactor().context(text)), redact.redact_document(text)[0]):
        assert "Norrgården" not in out and "621 95" not in out and redact.ADDRESS in out


def test_an_office_after_an_organisation_stays():
    _kept("Skicka till Region Gotland, Visborgsallén 19, 621 81 Visby.", ["Visborgsallén"])
