"""Privacy round 28: names the name data does not know (Eritrean, Nigerian, Indian, Thai, Vietnamese, Iranian, Maori
names) where the text's own words place a person: after "av" or a people's label and a colon, listed or coordinated
with a name found, with a nickname in quotes between given name and surname; the nickname, a double given name and
the given name then alone in the rest of the page; a word of the page's names with initials after it ("Okafor C.",
"Subramanian, L. K."); initials after "Sammankallande:"; a street address after "privat adr.". Kept: organisations,
places and methods in the same positions.

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
    ("Gruppen leds av Chukwuemeka Okafor och en kurator från BUP.", ["Chukwuemeka", "Okafor"]),
    ("Materialet granskades av Selamawit Gebremedhin i våras.", ["Selamawit", "Gebremedhin"]),
    ("Projektet drevs av Lakshmi Subramanian Pillai fram till 2022.", ["Lakshmi", "Subramanian", "Pillai"]),
    ("Ansvarig: Kanokwan Srisuksawat, tfn växeln.", ["Kanokwan", "Srisuksawat"]),
    ("Samordnare: Mehari Tekle Woldu (kallas \"Mehu\"). Mehu svarar på frågor.", ["Mehari", "Woldu", "Mehu"]),
    ("Deltagare\nHaparanda: Farshid Karimirad\nKalix: Anna Lund\n", ["Farshid", "Karimirad"]),
])
def test_unknown_names_after_a_cue(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Med på mötet: Anna Berg (Luleå), Tesfalem Habtemariam (Boden), Per Holm (Piteå).", ["Tesfalem", "Habtemariam"]),
    ("I gruppen ingår Karin Ek och Adaeze Nwachukwu Obi sedan i höstas.", ["Adaeze", "Nwachukwu"]),
    ("Utbildningen gick Oluwatoyin Bamgbose och Maria Lind under våren.", ["Oluwatoyin", "Bamgbose"]),
])
def test_unknown_names_listed_with_a_name_found(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ('Barnombuden samlas av Wiremu "Wiri" Tane-Harrison. Wiri nås på 070-123 45 67.', ["Wiremu", "Wiri", "Tane"]),
    ('Kontakta skolkuratorn Siriporn "Pim" Chaiwong, Kalix. Pim har mottagning på tisdagar.', ["Siriporn", "Chaiwong", "Pim"]),
    ('Ansvariga: Karl-Erik ("Kalle E") Lundqvist och två till. kalle e tar emot anmälningar.', ["Karl-Erik", "Kalle E", "kalle e", "Lundqvist"]),
])
def test_a_quoted_nickname_inside_a_name_and_the_nickname_alone(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Gruppen leds av Babatunde Olawale. Babatunde (\"Tunde\") har också utbildat i BRA-samtal. Tunde har tfn 070-123 45 67.",
     ["Babatunde", "Olawale", "Tunde"]),
    ("Ledare är Reza Moradi och Mohammad (Hamed) Ali Karimi. hamed svarar på 070-123 45 67.", ["Hamed", "hamed"]),
])
def test_a_nickname_in_brackets_after_a_given_name(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Rutinen skrevs av Ánne Marja Sikku-Nilsson. Ánne Marja nås på 070-123 45 67.", ["Ánne Marja", "Sikku"]),
    ("Revisionen leddes av Áile Karin Gaup-Larsson.\n\nKontakt\nGaup-Larsson, Áile Karin\n", ["Áile Karin", "Gaup"]),
])
def test_a_double_given_name_alone_and_in_a_list(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Gruppen leds av Chukwuemeka Okafor. Inbjudan: Berg, A. och Okafor C.", ["Okafor C."]),
    ("Dr. Venkatesh Subramanian föreläste.\nKursledare Subramanian V.K. och en psykolog.", ["Subramanian V.K."]),
    ("Dr. Venkatesh Subramanian föreläste.\n\nKontakt\nSubramanian, V. K.\n", ["Subramanian, V. K."]),
    ("Arbetet leddes av Dr. Farshid Karimi Rad.\nUtbildare (Anna L., Farshid K.R.) i Föra barnen på tal.", ["Farshid K.R."]),
])
def test_a_word_of_a_name_found_with_initials(text, secrets):
    _gone(text, secrets)


def test_initials_after_sammankallande():
    _gone("Nästa träff: maj 2026. Sammankallande: K.M.J.", ["K.M.J."])


def test_a_private_address_after_privat_adr():
    for out in (redact.redact_document(t)[0] for t in [
            "Post till Anna Lund skickas dit (privat adr. Storgatan 14, 123 45 Småby) under våren."]):
        assert "Storgatan 14" not in out and "123 45" not in out


@pytest.mark.parametrize("text, words", [
    ("Verksamheten finansieras av Region Skåne och Länsstyrelsen.", ["Region Skåne"]),
    ("Handledning av Marte Meo Sverige ingår.", ["Marte Meo"]),
    ("Samordnare: Barnhälsovården Malmö, tfn växeln.", ["Barnhälsovården Malmö"]),
    ("Anna Berg (Luleå), Norrbottens Läns Landsting och Per Holm deltog.", ["Norrbottens Läns Landsting"]),
    ('Boken "Mamma är sjuk" av Astrid Lindgrens förlag.', ["Mamma är sjuk"]),
    ("Plats: Astrid Lindgrens skola, Skurup.", ["Astrid Lindgrens skola"]),
    ("Kontoret ligger på Storgatan 4, 123 45 Småby (besöksadress).", ["Storgatan 4"]),
])
def test_organisations_methods_and_places_stay(text, words):
    _kept(text, words)
