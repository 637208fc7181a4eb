"""A found full name's parts stand for the person alone in the rest of the page: each word's genitive, a word in no
word list (and its lower case), the dotted initials of its first and last words (spaced or not, with a genitive),
initials of three letters beginning with those two; initials listed right after a name found; a first name alone in
brackets right after a role's word, then its lower case too; "utbildare" is a role's word. Kept: places, everyday
words, organisations' abbreviations in the same positions.

Every example is made up for this file: names of no real person.
"""
from __future__ import annotations

import functools

import pytest

from bas_analysis import redact
from redaction_checks import kept as _kept, gone

_gone = functools.partial(gone, marks=(redact.NAME,))


@pytest.mark.parametrize("text, secrets", [
    ("Ansvarig: Kavya Subramanian, tfn 070-123 45 67.\n\nUppföljningen görs i Kavyas arbetsgrupp varje vår.",
     ["Kavya", "Kavyas"]),
    ("Samordnare är Tesfay Ghebremedhin.\n\nFrågor om gruppen besvaras av Ghebremedhin eller av kansliet.",
     ["Tesfay", "Ghebremedhin"]),
    ("Kontakt: Nokuthula Dlamini, kurator.\n\nMaterialet togs fram med stöd av nokuthula och hennes team.",
     ["Nokuthula", "nokuthula"]),
    ("Projektledare: Ji-woo Baek\n\nBaeks rapport om sorgstöd kom i december.\n/Ji-woo",
     ["Ji-woo", "Baeks"]),
])
def test_a_found_full_names_words_alone_later(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("En förälder, Mirela Kovačević (811203-2380), har hört av sig. Vi har skickat det till M.K.s handläggare.",
     ["M.K.s"]),
    ("Ifylld av Sunita Ramaswamy, barnrättsstrateg.\n\nS. R. svarar på frågor om enkäten.", ["S. R."]),
    ("Kontaktperson: Haruto Kimura, kurator.\n\nMvh\nH.K.T.", ["H.K.T."]),
    ("Ansvarig: Amaru Quispe Mamani\n\nHälsningar AQM", ["AQM"]),
])
def test_initials_of_a_found_name(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Kontaktpersoner: Anna Bergqvist och L. M. på mottagningen.", ["L. M."]),
    ("Gruppen leds av Olusegun Bankole, T.R. och kuratorn.", ["T.R."]),
    ("Handläggare: Gulnara Sadykova samt JHW", ["JHW"]),
])
def test_initials_listed_right_after_a_name_found(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Kontaktperson: Anna Bergqvist och BUP i Umeå.", ["BUP"]),
    ("Ansvarig: Amaru Quispe Mamani\n\nSe även AQL-skalan och SKR.", ["SKR"]),
    ("Ansvarig: Rafael Moreno, Region Kalmar län.\n\nMöten hålls i Kalmar och Morenos tid räcker inte.",
     ["Kalmar"]),
])
def test_abbreviations_and_places_beside_found_names_stay(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Nätverket leds av samordnaren (Johanna) och träffas varje månad. Anmäl er till johanna via intranätet.",
     ["Johanna", "johanna"]),
    ("Gruppen drivs av kuratorn (Mikael). Mikaels schema finns på intranätet.", ["Mikael", "Mikaels"]),
    ("Frågor tas av anhörigkonsulenten (Siosaia) som svarar inom en vecka.", ["Siosaia"]),
])
def test_first_name_in_brackets_after_a_role(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Ärendet går till samordnaren (Socialtjänsten) som beslutar.", ["Socialtjänsten"]),
    ("Frågor tas av kuratorn (Umeå) under hösten.", ["Umeå"]),
    ("Stödet ges av samordnaren (Per) och av kuratorn. Vi ses per telefon.", ["per telefon"]),
])
def test_bracketed_words_after_a_role_that_are_no_first_names_stay(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Hösten 2023 höll utbildare Tsegaye Woldemariam och Anjali Deshpande två kursdagar.",
     ["Tsegaye Woldemariam", "Anjali Deshpande"]),
    ("Utbildaren Chukwuemeka Nwosu leder halvdagarna.", ["Chukwuemeka Nwosu"]),
])
def test_names_after_utbildare(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("En pappa i Tidaholm mejlade oss från Ängsvägen 9, 522 31 Tidaholm och frågade om fler platser.",
     ["Ängsvägen 9", "522 31"]),
    ("En förälder, Gordana Ilić (800214-2386), Östra Storgatan 21, 553 21 Jönköping, har hört av sig.",
     ["Östra Storgatan 21", "553 21"]),
    ("Vårdnadshavaren skickade sin ansökan från Björkgatan 3 B, 831 45 Östersund förra veckan.",
     ["Björkgatan 3 B", "831 45"]),
])
def test_home_address_of_a_private_person_in_the_sentence(text, secrets):
    gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Familjecentralen ligger på Storgatan 5, 123 45 Storby. En mamma berättade att hon trivs där.",
     ["Storgatan 5, 123 45 Storby"]),
    ("Föräldrar är välkomna till Kyrkogatan 12, 831 34 Östersund varje tisdag.", ["Kyrkogatan 12"]),
])
def test_addresses_of_places_stay(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Grupperna leds av Amira Hadžić och Jonna Höst under hösten.", ["Jonna Höst"]),
    ("Samordnare: Aino Mäkinen och stefan sol", ["stefan sol"]),
    ("Utbildningen gick giulia bianchi och Amira Hadžić i våras.", ["giulia bianchi"]),
    ("Ansvariga är Aino Mäkinen, Ville Vår och kuratorn.", ["Ville Vår"]),
])
def test_first_name_and_a_word_listed_with_a_name_found(text, secrets):
    gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Kontakt: Aino Mäkinen och Per Brahe Gymnasiet i Jönköping.", ["Per Brahe Gymnasiet"]),
    ("Ring Aino Mäkinen eller maila per telefon.", ["per telefon"]),
    ("Projektledare var Aino Mäkinen, som numera arbetar i Umeå.", ["som numera"]),
    ("Mötet leddes av Aino Mäkinen och Maria Gävle kommun.", ["Gävle kommun"]),
])
def test_pairs_beside_a_name_found_that_are_no_person_stay(text, words):
    _kept(text, words)


def test_a_found_names_first_word_and_initial_in_a_file_name():
    gone("Kontakt: Kavya Subramanian, kurator.\nBilaga: Minnen_KavyaS.docx", ["KavyaS"])
