"""The page's found names written again: a full name found written again in a contact block, with the initials of a
double surname ("Oksana L-B") or surname first with an initial ("Lysenko-Berg O"); dotted initials alone on a line
that spell a name found ("Á.S.P.", "/T.N-S."); a first name of the page's signed after a slash ("mvh /Tove"); a
first name's genitive; a name in capitals coordinated with a name found or after a role's label; a pet name in
quotes the text says the person is called ('(alla säger "Pekka")', ', "Lasse" kallad', 'kallas "Bo"'), also in lower
case before a person's verb; a mobile number wrapped inside its subscriber part without a dash. Kept: places,
organisations, abbreviations in capitals, titles and everyday words in the same positions.

Every example is made up for this file: names of no real person.
"""
from __future__ import annotations

import functools

import pytest

from bas_analysis import redact
from redaction_checks import kept as _kept, gone

_gone = functools.partial(gone, marks=(redact.NAME,))
_phone_gone = functools.partial(gone, marks=(redact.PHONE,))


@pytest.mark.parametrize("text, secrets", [
    ("Kuratorn Solomiia Hnatiuk-Berg tar emot.\n\nKontakt\nSolomiia Hnatiuk-Berg\nmvh Solomiia H-B\n",
     ["Solomiia", "Hnatiuk", "H-B"]),
    ("Ombud utbildas av sjuksköterskan Yevheniia Tkachuk-Lund. Lista: Tkachuk-Lund Y; Ek, P.; Lind S.\n",
     ["Tkachuk-Lund Y"]),
    ("En samordnare, Oksana Lysenko-Berg, på staben. Ring växeln.\n\nKontakt\nOksana Lysenko-Berg\nsamordnare\n"
     "mvh Oksana L-B\n", ["Oksana", "Lysenko-Berg", "L-B"]),
    ("Ombuden utbildas av kuratorn Dariusz Mazur-Holm och andra.\n\nFrågor till\nDariusz Mazur-Holm\n",
     ["Dariusz", "Mazur-Holm"]),
])
def test_a_full_name_found_written_again_with_its_initials(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Kontakt:\nPalta, Áile Sunná, samordnare\naile.palta@region.se\n063-100 20 30\nÅ.S.P.\n", ["Å.S.P."]),
    ("Kontakt: Nordin-Sahlin T.\nsamordnare Tariq Nordin-Sahlin, tel. 0480-11 22 33\n/T.N-S.\n", ["T.N-S."]),
    ("Gruppen leds av socionom Wendela Ouma Strid.\nmvh\nW.O.S.\n", ["W.O.S."]),
])
def test_dotted_initials_alone_on_a_line_that_spell_a_name_found(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Kurator Tove Lindqvist Amari, tove@ort.se. Vi ses, sa tove och gick.\nHälsningar /Tove\n", ["/Tove"]),
    ("Samordnare är Lars-Gunnar Pettersson.\nmvh /Lars-Gunnar\n", ["Lars-Gunnar"]),
])
def test_a_first_name_found_signed_after_a_slash(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Ledare: Tsegay Haile och Weyni Gebreab. Tsegay skickade Weynis anmälan till fel adress.", ["Weynis"]),
    ("Kuratorn Zewdu Alemayehu tog emot. Zewdus telefon var avstängd.", ["Zewdus"]),
    ("Kuratorn Fatuma Abdirahman tog emot. Fatumas telefon var avstängd.", ["Fatumas"]),
])
def test_a_first_name_found_in_the_genitive(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Samtalsledare: SHERZAD BARZANI och Liv Andersson. Sherzad har gruppen på tisdagar.", ["SHERZAD", "Sherzad"]),
    ("Gruppen hålls av Liv Andersson och DILAN KAKAI i Gävle. Dilan nås på telefon.", ["DILAN KAKAI", "Dilan"]),
    ("Kursledare: ROZHIN TALABANI. Hon har lång erfarenhet.", ["ROZHIN TALABANI"]),
])
def test_a_name_in_capitals_beside_a_name_found_or_after_a_role(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Samarbete med Liv Andersson och BRIS i Gävle.", ["BRIS"]),
    ("Ansvarig: BUP OCH BARNHÄLSOVÅRDEN i Gävle.", ["BUP OCH BARNHÄLSOVÅRDEN"]),
    ("Samordnare: Liv Andersson och REGION GÄVLEBORG.", ["REGION GÄVLEBORG"]),
    ("Kursledare: KBT SOM METOD.", ["KBT SOM METOD"]),
])
def test_capitals_of_organisations_and_everyday_words_stay(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ('Ombud i Sveg är Tuomo Lahtinen. Tuomo (alla säger "Tumpe") har ombuden i Härjedalen. Tumpe nås på telefon.',
     ["Tumpe"]),
    ('Strategen Lars-Erik af Ugglas deltar. Lars-Erik, "Lasse" kallad, skriver om barnrätt. Lasse och Eva planerar.',
     ["Lasse"]),
    ('Samordnare är Abdulrahman Haddad. Abdulrahman kallas "Abbe" av kollegorna; Abbe svarar i telefon.', ["Abbe"]),
    ('Barnrättsstrateg: Katarina "Kajsa" Holmqvist-Ek.\n- kajsa deltar i alla träffar.\n', ["kajsa"]),
])
def test_a_pet_name_in_quotes_the_text_says_the_person_is_called(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ('Filmen "Ett år i Mora" visas. Gruppen kallas "Stjärnan" av barnen.', ["Mora", "Stjärnan"]),
    ('Ledare är Anna Berg. Metoden kallas "Trappan" i regionen; Trappan finns i Uppsala.', ["Trappan finns"]),
    ('Barnrättsstrateg: Rosalind "Rosa" Holmqvist-Ek. Hon bar en rosa tröja, och rosa blommor stod på bordet.',
     ["rosa tröja", "rosa blommor"]),
])
def test_quoted_names_of_things_and_everyday_words_stay(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Ledare: Anna Berg. Anna (sms 070 41\n83 552) ordnar skjuts.", ["070 41", "83 552"]),
    ("Ring Sven på 073 118\n42 90 efter klockan fem.", ["073 118", "42 90"]),
])
def test_a_mobile_number_wrapped_inside_its_subscriber_part(text, secrets):
    _phone_gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Gruppen startade 2019 med 070 deltagare\n12 barn kom.", ["070 deltagare"]),
    ("Rum 0702 på plan\n3 och sal 12.", ["0702"]),
])
def test_numbers_wrapped_that_are_no_mobile_number_stay(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, words", [
    ('Samordnaren Anna Berg leder gruppen som barnen kallar "Stjärnan". Stjärnan träffas i Mora.', ["Stjärnan"]),
    ('Kuratorn Anna Berg (barnen säger "Hej") hälsar. Hej då!', ["Hej då"]),
])
def test_a_quoted_word_that_is_not_right_after_a_name_or_is_everyday_stays(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, words", [
    ('Vi samarbetar med Mora kommun. Gruppledare Moa ”Mora” Lind-Ek och Per Ek. Mora gymnasium deltar.',
     ["Mora kommun", "Mora gymnasium"]),
    ("Kurator Eskil Berg leder gruppen i samarbete med S:t Eskils kyrka och Eskils gymnasium.",
     ["S:t Eskils kyrka", "Eskils gymnasium"]),
])
def test_a_pet_name_or_genitive_that_names_a_place_or_an_organisation_stays(text, words):
    _kept(text, words)
