"""Privacy round 29: the words an e-mail address's local part spells as a person's name stand for the person in the
whole page (any case, initials after); a name after a label before a phone number, a shortening before the full
name in brackets, a nickname "som alla kallar henne", a lower-case name after "av", a name between a role's commas,
a name written the other way round; their first names, shortenings and lower-case forms alone later in the page;
surnames with initials after a label for names; capitals signing a dated byline; dotted initials that sign the page
written elsewhere in it; a handle holding a word of the page's names; a number wrapped after its area code's dash
after a slash; a street address with a postcode but no town after a person's name or "hemifrån". Kept: places,
organisations, titles and an office's address in the same positions.

Every example is made up for this file: names of no real person. Each rule is read on a page alone
(``Redactor().redact`` with the page's context) and as a build redacts a page (``redact_document``).
"""
from __future__ import annotations

import functools

import pytest

from bas_analysis import redact
from redaction_checks import both, kept as _kept, gone

_gone = functools.partial(gone, marks=(redact.NAME,))


@pytest.mark.parametrize("text, secrets", [
    ("Samordningen har tagits över av en ny kollega.\nHör av dig till aili koskinen, aili.koskinen (at) ort.se. "
     "Aili svarar på måndagar.", ["aili koskinen", "Aili", "koskinen"]),
    ("Frågor om blanketten: Ifrah Nuur Abdi, tel. 08-123 45 67.\nSkriv till i.nuur.abdi@region.se. "
     "Utskick av ifrah n.a. varje vecka.", ["Ifrah", "ifrah", "Nuur", "Abdi"]),
    ("Ombud: Kowalczyk-Berg T. (Tosia) på avdelning 4.\nMejla tosia.kowalczyk-berg[at]region.se.",
     ["Tosia", "Kowalczyk-Berg"]),
])
def test_words_an_address_spells_name_the_person_anywhere(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Projektledare: Yusuf al-Hamdani, 070-123 45 67. Yusuf svarar helst via sms.", ["Yusuf", "al-Hamdani"]),
    ("Stödgrupp på fredagar. Nok (Nokuthula Dlamini) leder den. Anmälan till Nok på 08-555 123 45.",
     ["Nok", "Nokuthula", "Dlamini"]),
    ("Kuratorn har ersatts. Bibi, som alla kallar henne, började i mars. Fråga bibi om schemat.", ["Bibi", "bibi"]),
    ("Listan sköts av raili mattila på kansliet; raili nås på växeln. Ansvarig: Mattila R.",
     ["raili", "mattila", "Mattila R."]),
    ("Gemensam familjebehandlare, Ngozi Eze-Lund, som har samtal med unga. Ngozi nås via växeln.",
     ["Ngozi", "Eze-Lund"]),
    ("Den ses över av Li Na, som är samordnare, och Zhou Meiyun från sjukhuset. Ansvarig för mallen: "
     "Meiyun Zhou, 090-785 00 00.", ["Meiyun", "Zhou"]),
    ("Gruppen leds av Bartłomiej Wiśniewski och en kurator. Bartek har gått utbildningen.", ["Bartek"]),
])
def test_names_the_text_places_and_their_first_names_alone(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Två har gått utbildningen. Namn: Hedlund, K-G och Jurić, Lj.", ["Hedlund, K-G", "Jurić, Lj."]),
    ("Senast uppdaterad 2024-02-01 av KLM, ansvarig utgivare Anna Berg", ["KLM"]),
    ("Föreläsare var Dr. Anna Berg och B.K. från Mora.\n\nSenast uppdaterad 2023-01-02 av B.K., ansvarig utgivare "
     "Per Holm", ["B.K."]),
    ("Psykologen Ivan Petrenko föreläste. Ivan bloggar som @IvanPetrenkoPsyk om föräldraskap.", ["@IvanPetrenkoPsyk"]),
    ("Ines Haddad från socialtjänsten var med på mötet.", ["Ines Haddad"]),
])
def test_initials_signatures_handles_and_listed_surnames(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Kontakt: Anna Berg, 0640-123 45 / 070-\n412 33 21. Hon nås också via mejl.", ["412 33 21"]),
    ("Ring 08-12 34 56 / 073-\n044 55 66 efter lunch.", ["044 55 66"]),
])
def test_a_second_number_wrapped_after_its_area_code(text, secrets):
    for out in both(text):
        for secret in secrets:
            assert secret not in out


@pytest.mark.parametrize("text, secrets", [
    ("Skicka blanketten till Karin Holm, Ekbacksvägen 9, 123 45 eller mejla.", ["Ekbacksvägen 9"]),
    ("Psykologen Petra Sund (Pia) på Björkgatan 22 B, 903 31, lånar ut boken.", ["Björkgatan 22"]),
    ("Karin flyttar i sommar och arbetar då hemifrån, Åsvägen 3 A, 830 05.", ["Åsvägen 3"]),
    ("Karin arbetar hemifrån, Åsvägen 3, 4 tr, 113 22 på fredagar.", ["Åsvägen 3"]),
])
def test_a_persons_street_address_with_a_postcode_but_no_town(text, secrets):
    for out in both(text):
        for secret in secrets:
            assert secret not in out


@pytest.mark.parametrize("text, words", [
    ("Frågor om stödet: Region Västernorrland, 0611-800 00.", ["Region Västernorrland"]),
    ("Besöksadress: Familjecentralen, Storgatan 12, 123 45 Småby.", ["Storgatan 12"]),
    ("Mejla barn.anhoriga@region.se om barn som anhöriga.", ["barn som anhöriga"]),
    ("Gruppen leds av Hanna-Karin Lind. Boken \"Hannas resa\" används.", ["Hannas resa"]),
    ("Vi samarbetar med Svenska kyrkan i Dorotea. Dorotea Lindström har gått utbildningen.", ["kyrkan i Dorotea"]),
    ("Ombud: Kalmar, Vimmerby och Oskarshamn (Oskarshamns sjukhus) ingår.", ["Oskarshamns sjukhus"]),
    ("Sidan 12-\n14 i rapporten beskriver arbetet.", ["12-\n14"]),
    ("Marte Meo från början var tanken.", ["Marte Meo"]),
])
def test_places_organisations_and_titles_stay(text, words):
    _kept(text, words)
