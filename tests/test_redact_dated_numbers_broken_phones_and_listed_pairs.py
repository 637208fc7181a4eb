"""Personal identity numbers of ten digits with no label and after any form of "personnummer", nicknames a clause
"som … kallar/kallas" gives (quoted or not, active or passive), a place in brackets after a listed name, phone numbers
a line break cuts inside the area code, names listed or coordinated after a name found, a found name's word written
again inside a sentence before a finite verb, and a street address after a name the page's context finds (realistic
wordings of our own)."""
from bas_analysis.redact import Redactor

R = Redactor()


def _page(text: str) -> str:
    r = Redactor()
    return r.redact(text, r.context(text))


# --- personal identity numbers --------------------------------------------------------------------------------------
def test_unlabelled_ten_digit_personal_numbers_with_a_dash_or_a_plus_go():
    assert R.redact("I en bilaga låg 850412-3391 kvar.") == "I en bilaga låg [personnummer] kvar."
    assert "090711+4417" not in R.redact("Ett äldre ärende gällde 090711+4417, född 1909.")
    assert "770101–1238" not in R.redact("Raden 770101–1238 ströks ur listan.")
    assert "991330-1111" in R.redact("Raden 991330-1111 i tabellen.")  # a thirteenth month is no date


def test_every_form_of_personnummer_labels_a_number():
    for text in ("Personnumret 7704121234 hade skrivits i klartext.", "De båda personnumren 770412 1234 och 7811022222 "
                 "togs bort.", "Samordningsnumret 770472-1234 stod i mejlet."):
        out = R.redact(text)
        assert "[personnummer]" in out and "770412" not in out and "770472" not in out


def test_dated_numbers_of_other_kinds_stay():
    for text in ("Dnr 201105-1234 gäller ärendet.", "Ärendenummer: 190312-0042",
                 "Verksamhetsåren 2019-2020 och 2021-2022", "Kod 12.20-1430"):
        assert R.redact(text) == text


# --- nicknames placed by "som … kallar/kallas" ----------------------------------------------------------------------
def test_a_nickname_before_som_and_a_verb_of_calling_goes_and_stands_alone_too():
    out = _page("Ansvarig är Halima Warsame. Hali, som hon kallas, nås på 0920-123 45.")
    assert "Hali" not in out
    out = _page('Gruppen leds av Jarosław Nowicki. "Jarek" som eleverna kallar honom svarar på frågor.')
    assert "Jarek" not in out
    out = _page("Kontakt: Birgitta Ödman, Bibbi som de flesta brukar kalla henne.")
    assert "Bibbi" not in out


def test_som_and_a_verb_of_calling_after_a_place_or_a_word_keeps_it():
    for text in ("Vi åker till Kiruna, som många kallar Norrlands pärla.", "Vi har Kompisgruppen, som barnen kallas."):
        assert "Kiruna" in _page(text) or "Kompisgruppen" in _page(text)


# --- a place in brackets after a listed name ---------------------------------------------------------------------
def test_a_place_in_brackets_after_a_name_in_a_list_stays_a_place_in_the_page():
    text = ("Kontaktpersoner:\nLundqvist, Sara (Ljungby)\nOmbud finns på lasarettet i Ljungby och i Växjö.\n"
            "Sara ringer in från Ljungby.")
    out = _page(text)
    assert "Sara" not in out and out.count("Ljungby") == 3


# --- phone numbers broken by a line break ---------------------------------------------------------------------------
def test_a_phone_number_broken_inside_its_area_code_goes():
    assert "520" not in R.redact("Fråga gärna Berit Ståhl, 0\n8-520 737 00, om något är oklart.")
    assert "123 45 67" not in R.redact("Samordnare: Jonas Åkerlund, 07\n0-123 45 67.")
    assert "45 12" not in R.redact("Ring oss på 01\n3-45 12 90 efter lunch.")


def test_numbers_after_a_line_break_that_are_no_phone_stay():
    for text in ("Antal deltagare: 0\n2019-2020 ingen verksamhet.", "Besök, 0\n12 grupper i år.",
                 "Kostnad: 0\n150 kr för material"):
        assert R.redact(text) == text


# --- names listed or coordinated after a name found -----------------------------------------------------------------
def test_an_item_framed_by_found_names_goes_though_a_word():
    out = R.redact("Ombuden samordnas av Karin Holm, Ask Lindqvist och Tove Berg.")
    assert "Ask" not in out and "Lindqvist" not in out
    out = R.redact("Ledare: Petra Nyström, Sten Ljunggren och Linnea Falk.")
    assert "Sten" not in out


def test_a_pair_of_known_name_words_coordinated_after_a_found_name_goes():
    out = R.redact("Kursen hålls av Maria Svensson och Chen Jie från Umeå universitet.")
    assert "Chen Jie" not in out and "Umeå universitet" in out
    out = R.redact("Föreläsare: Olle Sjöberg samt Nguyen Lan.")
    assert "Nguyen" not in out


def test_organisations_and_places_coordinated_after_a_name_stay():
    for text, kept in (("Föreläsning av Anna Ek och Region Stockholm.", "Region Stockholm"),
                       ("Samarbete med Eva Lind, Svenska kyrkan och Röda Korset.", "Röda Korset"),
                       ("Ett möte med Karl Berg och Lilla Edet kommun.", "Lilla Edet")):
        assert kept in R.redact(text)


# --- a found name's word again before a finite verb inside a sentence ----------------------------------------------
def test_a_found_first_name_that_is_a_word_goes_before_a_verb_inside_a_sentence():
    out = _page("Uppgifterna samlas av Maj Ek. Resultaten sammanställs och Maj presenterar dem i juni.")
    assert "Maj" not in out and "i juni" in out
    out = _page("Rapporten skrivs av Sol Andersson, och sedan Sol skickar den till nämnden.")
    assert "Sol" not in out


def test_the_word_at_a_sentences_start_or_in_lower_case_stays():
    out = _page("Maj Ek leder gruppen. I maj startar nästa grupp. Glad påsk önskar alla.")
    assert "I maj startar" in out and "Glad påsk" in out


# --- a street address after a name the page's context finds --------------------------------------------------------
def test_a_street_address_after_a_found_name_goes_in_the_pages_parts_too():
    page = ("Kalix kommun\nAnsvarig: Oluwafemi Adebayo, Storgatan 8, 952 31 Kalix (tjänsteadress saknas).\n\n"
            "Frågor till Oluwafemi Adebayo.")
    r = Redactor()
    ctx = r.context(page)
    line = page.split("\n")[1]
    assert "Storgatan" not in r.redact(page, ctx)
    assert "Storgatan" not in r.redact(line, ctx)


def test_a_postal_box_after_a_name_is_an_organisations_address_and_stays():
    out = R.redact("Postadress: Linnea Åström, Box 412, 901 08 Umeå")
    assert "Box 412, 901 08 Umeå" in out and "Åström" not in out
