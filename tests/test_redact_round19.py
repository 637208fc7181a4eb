"""Privacy round 19: full names of non-Nordic origin in running text (pinyin names in either order, names of
Portuguese and Spanish origin with particles, a third surname after a known one, a first name with letters Swedish
does not use before a rare word, names a line's own e-mail address spells out), a first name before a person's
identity number, a place's name in a surname ("Eksjö-Lundh") or as a first name ("Dorotea Strömgren"), "Sankt-" in
a surname, lower-case initials with slashes, a hyphenated first name in brackets, a nickname that shortens the
first name and a phone number wrapped after the first digits of its subscriber part.

Every example is made up for this file: names and numbers of no real person (phone numbers from the ranges
reserved for fiction). Each rule is read on a page alone (``Redactor().redact`` with the page's context, no names
of a build) and as a build redacts a page (``redact_document``).
"""
from __future__ import annotations

import pytest

from bas_analysis import redact
from redaction_checks import alone as _alone, both as _both, gone as _gone, kept as _kept


@pytest.mark.parametrize("text, secrets", [
    ("Projektledare är Fang Liu, som kom till enheten 2021.", ("Fang", "Liu")),
    ("Tack till Xia Ming och Huang Lei som har lett grupperna!", ("Huang Lei",)),
    ("Samtalen leddes av Zhou Jing (Jing Zhou i svensk ordning) under våren.", ("Zhou", "Jing")),
    ("Ansvarig: Jun Wang, 070-174 06 52.", ("Jun Wang",)),
])
def test_pinyin_names_in_either_order(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "Han Min kollega kom sent.",  # everyday words that are also pinyin names
    "Vi tog ett nytt grepp i juni, Fan Tao hade vi inte räknat med.",
])
def test_everyday_words_that_are_pinyin_stay(text):
    _kept(text, ("Han", "Min") if "Han" in text else ("juni",))


@pytest.mark.parametrize("text, secrets", [
    ("Rapporten skrevs av Joana Ferreira dos Santos och Per Lind.", ("Ferreira", "dos Santos", "Santos")),
    ("Samordnaren Ana Lucía Gómez de la Cruz håller i träffarna.", ("Gómez", "Cruz")),
    ("Där håller kuratorn Britt-Marie Lindberg Adeyemi ihop arbetet.", ("Lindberg", "Adeyemi")),
    ("Gruppen leds av Eva Johansson Mwangi sedan 2020.", ("Johansson", "Mwangi")),
])
def test_all_surnames_of_a_multi_part_name(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Materialet togs fram tillsammans med Øystein Brekkå från BUP.", ("Øystein", "Brekkå")),
    ("Vi samarbetar med Şükriye Tanrıverdi på familjecentralen.", ("Şükriye", "Tanrıverdi")),
])
def test_a_first_name_with_letters_swedish_does_not_use_before_a_rare_word(text, secrets):
    _gone(text, secrets)


def test_a_foreign_place_before_a_word_for_a_municipality_stays():
    _kept("Vi besökte Tromsø kommune och Ålesund sykehus i maj.", ("Tromsø", "Ålesund"))


@pytest.mark.parametrize("text, secrets", [
    ("Frågor: Farhad Mirzaei, tfn 0980-319 240, farhad.mirzaei(at)kommun.se", ("Farhad", "Mirzaei")),
    ("En kollega, Gulsen Akbulut, går utbildningen. Skriv till gulsen.akbulut [snabel-a] kommun.se",
     ("Gulsen", "Akbulut")),
])
def test_a_name_the_lines_own_address_spells_out(text, secrets):
    _gone(text, secrets)


def test_an_organisations_address_names_no_person():
    _kept("Kontakta Region Kronoberg, region.kronoberg@kronoberg.se, eller Familjecentralen Tallbacken.",
          ("Region Kronoberg", "Familjecentralen Tallbacken"))


@pytest.mark.parametrize("text, secrets", [
    ("I journalen stod det: barn: Liam 150611-2283 bor hos mamma.", ("Liam",)),
    ("Anmäld: barnet Elsa 20091130-5586, skolan informerad.", ("Elsa",)),
])
def test_a_first_name_before_an_identity_number(text, secrets):
    _gone(text, secrets)


def test_a_month_before_a_year_stays():
    _kept("Gruppen startar i Maj 2020 och slutar i Juni 2021.", ("Maj 2020", "Juni 2021"))


@pytest.mark.parametrize("text, secrets", [
    ("Ledare: diakon Margareta Eksjö-Lundh och kurator Nils Berg.", ("Eksjö-Lundh",)),
    ("Kontaktperson är Anna Lundh-Mora på vårdcentralen.", ("Lundh-Mora",)),
    ("Samordnare: Malin Sankt-Ivarsson, som började i höstas.", ("Sankt-Ivarsson",)),
    ("Dorotea Strömgren (ja, hon heter som kommunen) och Vilhelm Sjöberg har utbildats.", ("Strömgren",)),
    ("Vi fick besök av Nora Hultqvist från länet.", ("Hultqvist",)),
])
def test_a_place_in_a_persons_name(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, kept", [
    ("Vi åkte från Eksjö-Nässjö med buss.", ("Eksjö-Nässjö",)),
    ("Svenska kyrkan i Dorotea och Dorotea Fjällgården deltog.", ("Dorotea Fjällgården",)),
])
def test_places_stay(text, kept):
    _kept(text, kept)


@pytest.mark.parametrize("text, secrets", [
    ("barnrättsstrategen jb/ml (Johanna Bergkvist och Maja Lindholm) granskar dem.", ("jb/ml",)),
    ("Kuratorerna ak/pl har ansvar för grupperna.", ("ak/pl",)),
    ("Underlaget sammanställdes av es/tk/ro (Eva Sund, Tor Kvist, Rut Olsson).", ("es/tk/ro",)),
])
def test_lower_case_initials_with_slashes(text, secrets):
    _gone(text, secrets)


def test_words_with_slashes_stay():
    _kept("Det gäller barn och/eller unga, km/h och kr/st. Kuratorn och/eller läkaren ringer.",
          ("och/eller", "km/h", "kr/st"))


@pytest.mark.parametrize("text, secrets", [
    ("På Ryhov samordnas de av Kalle (Karl-Henrik) Boström.", ("Boström", "Karl-Henrik")),
    ("Gruppledare Alexandra ”Ale” Nilsson Okeke och Björn Rosenqvist.", ("Nilsson", "Okeke", "”Ale”")),
    ("Kontaktuppgifter:\nRuiz Holm, Maria del Carmen\nSamordnare", ("Ruiz", "Holm", "Carmen")),
])
def test_nicknames_and_lists(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Telefon: 08-465 004 30 (vx), direkt\n070-174\n06 17", ("174", "06 17")),
    ("Ring 031-390\n06 42 eller mejla.", ("390", "06 42")),
])
def test_a_phone_number_wrapped_in_its_subscriber_part(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "Perioden 2019-2020\n12 barn deltog.",
    "Tel 070-174\n2019 års siffror",
])
def test_numbers_on_the_next_line_that_make_no_phone_stay(text):
    out = _alone(text)
    assert out.splitlines()[-1] == text.splitlines()[-1], out
