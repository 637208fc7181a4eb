"""Hyphenated two-syllable given names coordinated with a name or before a role after a comma, a name before a
labelled identity number, a relative's lone first name between commas, a quoted pet name before a bracketed name
found (realistic wordings of our own)."""
from bas_analysis.redact import Redactor, find_contact_names

R = Redactor()


def test_syllable_given_name_coordinated_with_a_found_name_after_a_role():
    out = R.redact("Gruppledare: Maria Holm och Min-jun Park. Min-jun håller i fikat.")
    assert "Min-jun" not in out and "Park" not in out
    out = R.redact("Samtalsledare Anna Berg och Seo-yeon Choi träffar barnen varannan vecka.")
    assert "Seo-yeon" not in out and "Choi" not in out


def test_syllable_given_name_before_a_role_after_a_comma_and_its_initials():
    out = R.redact("Frågor besvaras av enheten där Ji-woo Han, socialsekreterare, är ansvarig.\nProtokoll: Han J-W / Lund")
    assert "Ji-woo" not in out and "Han J-W" not in out
    assert "Lund" in out


def test_hyphenated_words_without_a_person_cue_stay():
    text = "Vi delade ut en T-shirt och E-post till alla i Ping-pong Laget i höstas."
    assert R.redact(text) == text


def test_name_before_a_labelled_identity_number():
    out = R.redact("Deltagaren Selam Gebremedhin (pnr 900101-1234) har skrivit på.")
    assert "Selam" not in out and "Gebremedhin" not in out
    out = R.redact("Uppgifter: Yonas Kidane, personnummer 19850312-4455, bor i Gävle.")
    assert "Yonas" not in out and "Kidane" not in out and "Gävle" in out


def test_relatives_lone_first_name_between_commas():
    assert "Yohannes" in find_contact_names("Hennes pappa, Yohannes, kom också till träffen.")
    assert "Almaz" in find_contact_names("Projektet har stöd av familjen. Hans syster, Almaz, hjälper till.")
    assert not find_contact_names("Min bror, Sundsvall, nej. Hennes mamma, Ordförande, sa nej.")


def test_quoted_pet_name_before_a_bracketed_found_name_names_the_person_alone():
    out = R.redact('Vår kollega "Mickan" (Michaela Ekdahl) har gått vidare. Mickan saknas redan.')
    assert "Mickan" not in out and "Ekdahl" not in out
    out = R.redact("Träffarna ordnas av ”Pelle” (Per-Olof Strand), tfn 0611-123 45. Pelle har kursen i år.")
    assert "Pelle" not in out and "Strand" not in out


def test_quoted_title_before_a_bracket_without_a_name_stays():
    text = 'Vi läser "Sagan" (en bok om sorg) med barnen.'
    assert R.redact(text) == text


def test_a_persons_page_in_a_staff_folder_goes_a_topic_page_stays():
    out = R.redact("Läs mer om Sara på www.ort.se/personal/sara-nyberg eller https://kommun.se/om/medarbetare/per.lind.")
    assert "sara-nyberg" not in out and "per.lind" not in out
    text = "Se www.ort.se/personal/lediga-jobb och www.ort.se/personal/rutiner-och-stod för mer."
    assert R.redact(text) == text
