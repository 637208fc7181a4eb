"""Names placed by a page's own evidence: initials listed after a people's label or a role and a colon; a family's
surname after "familjen" or "fam." though it is also a word; a pet name in brackets after "kallas" right after a name
found; initials in brackets right after a name found that spell some of its words; a short first name that is also a
word, or the first word of a name found in lower case, before a person's verb or "och jag"; a name after a role or
"förälder" and a comma that ends a sentence or goes on in a bracket; a table's name column in the page itself; a home
address "c/o" a person. Kept: abbreviations, places, everyday words and organisations in the same positions.

Every example is made up for this file: names of no real person.
"""
from __future__ import annotations

import functools

import pytest

from bas_analysis import redact
from redaction_checks import alone as _alone, kept as _kept, gone

_gone = functools.partial(gone, marks=(redact.NAME,))


@pytest.mark.parametrize("text, secrets", [
    ("Under hösten hjälpte volontärer: TK, LW och PB oss med fikat.", ["TK", "LW", "PB"]),
    ("Kontaktuppgifter: ÅNG, RB och MÇ\n", ["ÅNG", "RB", "MÇ"]),
    ("Frånvarande: GH, SO och JKL.", ["GH", "SO", "JKL"]),
    ("Referensgruppen: EVS, KJ samt TT hörs en gång per termin.", ["EVS", "KJ", "TT"]),
])
def test_initials_listed_after_a_peoples_label(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Kontakt: BUP, BVC och MVC", ["BUP", "BVC", "MVC"]),
    ("Deltagare: SKR, IVO och FoU", ["SKR", "IVO"]),
    ("Läs mer: FN och EU", ["FN", "EU"]),
])
def test_abbreviations_listed_after_a_label_stay(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Vi bjöd in familjen Björk till ett samtal om hur det varit.", ["Björk"]),
    ("Under dagen berättade fam. Falk om sin vardag (med samtycke).", ["Falk"]),
    ("Där deltog även fam. Anttila från grannkommunen.", ["Anttila"]),
])
def test_a_familys_surname_after_familjen_or_fam(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Familjen Helsingborg driver en mötesplats.", ["Helsingborg"]),
    ("Projektet riktar sig till familjen Och vänner.", ["Och"]),
    ("Se familjen Stöd i broschyren.", ["Stöd"]),
    ("Vi träffade fam. Lund från Lund.", ["Lund"]),  # a municipality's name
])
def test_a_place_or_everyday_word_after_familjen_stays(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Kontakta Theodora Lindqvist-Amoah (kallas Teddy). Teddy svarar på vardagar.", ["Teddy"]),
    ("Rapporten skrivs av Mohammad Rezaei (Mo kallas han av alla) och Mo nås på mobilen.", ["Mo"]),
    ("Samordnare är Gunnel Axelsson (kallad Gugge), och Gugge tar emot anmälningar.", ["Gugge"]),
])
def test_a_pet_name_in_brackets_after_kallas_stands_for_the_person(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("I gruppen sitter Lars B. Holmqvist (B.H. i anteckningarna) och en kurator.", ["B.H."]),
    ("Ordförande är Karin Ekdahl (K.E.) och hon skriver under.", ["K.E."]),
])
def test_initials_in_brackets_after_a_name_found(text, secrets):
    _gone(text, secrets)


def test_initials_in_brackets_that_spell_no_word_of_the_name_stay():
    _kept("Ordförande är Karin Ekdahl (BUP) och hon skriver under.", ["BUP"])


@pytest.mark.parametrize("text, secrets", [
    ("Nätverket leds av Bo Sandström. I mejlet skrev hon: \"Bo och jag ses varje vecka\".", ["Bo"]),
    ("Kuratorerna heter Åsa Lind och ulla mattsson. Ulla är kurator på mottagningen.", ["Ulla"]),
    ("Samordnare är Al Hosseini Berg. Ansvarig: Bo Ek. Bo ringer upp alla familjer.", ["Bo"]),
])
def test_a_short_or_lower_case_found_first_name_before_a_persons_verb(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Nätverket leds av Bo Sandström. Många vill bo kvar hemma, och jag förstår det.", ["bo kvar"]),
    ("Träffen leds av Bo Sandström. Familjerna bor och jag ser dem ofta.", ["bor"]),
])
def test_the_word_of_a_short_first_name_stays(text, words):
    _kept(text, words)


@pytest.mark.parametrize("text, secrets", [
    ("Arbetet har en egen samordnare, Priya Ramanathan.", ["Priya Ramanathan"]),
    ("En förälder, Zozan Qaradaxi (samtycke finns), höll ett anförande.", ["Zozan Qaradaxi"]),
    ("Vi har anställt en ny kurator, Anjali Subramanian.\nHon börjar i maj.", ["Anjali Subramanian"]),
])
def test_a_name_after_a_role_or_a_parent_and_a_comma(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Vi samarbetar med en annan samordnare, Region Skåne.", ["Region Skåne"]),
    ("Frågor går till vår kurator, Eda Kommun.", ["Eda"]),
])
def test_an_organisation_after_a_role_and_a_comma_stays(text, words):
    _kept(text, words)


def test_a_tables_name_column_in_the_page_itself():
    """(A build takes the table's names for every page already: the page read alone finds them too.)"""
    text = ("Just nu är det Chiamaka Okoro-Lindahl.\n\nNamn | Roll | Telefon\nChiamaka Okoro-Lindahl | processledare | "
            "010-111 22 33\n\nAnsvarig: Chiamaka.")
    alone = _alone(text)
    assert "Chiamaka" not in alone and "Okoro-Lindahl" not in alone, alone
    assert "Namn | Roll | Telefon" in alone and "processledare" in alone


@pytest.mark.parametrize("text, secrets", [
    ("Ett tack kom från en mamma, Storgatan 8 c/o Haddad, 752 20 Uppsala, i veckan.", ["Storgatan 8", "Haddad"]),
    ("Post till c/o Lindqvist, Björkvägen 12 B, 831 40 Östersund kommer fram.", ["Björkvägen 12", "Lindqvist"]),
])
def test_a_care_of_home_address(text, secrets):
    gone(text, secrets)


def test_an_office_address_without_care_of_stays():
    _kept("Besök oss på Storgatan 8 i Uppsala.", ["Storgatan 8"])
