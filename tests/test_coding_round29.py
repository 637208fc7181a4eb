"""Round 29: a named method that closed has ended (one round of a group has not); a group that closed where the sentence
says groups are no more is gone; talks and groups put first and denied at the clause's end are denied; a restart
denied speaks of what ended only; a children's talk of their own is an individual talk; the need of support being
mapped is no support run; a sentence cut off after a word that opens what follows says nothing; background announced
and an answer put off to a review say nothing; a referral to others' services is no initiative of one's own; a
document revised while it applies is no hedge of it; a question with a second one in brackets is still its question.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from bas_analysis.parse.questionnaire import classify_question
from test_coding import municipality, region, value


# ------------------------------------------------ a named method that closed
@pytest.mark.parametrize(
    "text",
    [
        "Klubb Simon avslutades 2021 efter åtta år. Nu går två kollegor utbildning i Blåvinge.",
        "Trappan har avslutats. Två kollegor går utbildningen i Blåvinge.",
        "Ersta Vändpunkten avslutades i fjol när tjänsten försvann. Två av oss går utbildning i Blåvinge.",
    ],
)
def test_a_named_method_that_closed_has_ended(text):
    coded = municipality(text)
    assert value(coded, "methods") == "Blåvinge:training"
    assert value(coded, "group_support") == "partial"


@pytest.mark.parametrize(
    "text",
    [
        "Första ME-WE-gruppen avslutades i maj och vi startar en ny i höst.",
        "Vi har ME-WE-grupper. Höstens omgång av Blåvinge avslutades i december.",
        "Blåvinge avslutades i december och en ny omgång startar i mars.",
    ],
)
def test_one_round_of_a_named_group_that_closed_has_not_ended_the_method(text):
    assert value(municipality(text), "methods") != "-"


# ------------------------------------------------ a group closed, and groups said to be no more
@pytest.mark.parametrize(
    "text",
    [
        "Vår tjejgrupp avslutades 2023, och grupper har vi inte längre.",
        "Syskongruppen avslutades i höstas efter nedskärningar, och någon gruppverksamhet finns inte längre.",
        "Vår ME-WE-grupp avslutades förra våren; vi har inga grupper längre för barnen.",
    ],
)
def test_a_group_closed_with_groups_said_to_be_no_more_is_no(text):
    assert value(municipality(text), "group_support") == "no"


def test_a_group_closed_with_the_next_one_coming_is_not_no():
    assert value(municipality("Vår syskongrupp avslutades i maj, och vi har fortfarande två grupper igång."),
                 "group_support") == "yes"


# ------------------------------------------------ talks and groups put first, denied at the clause's end
@pytest.mark.parametrize(
    "text",
    [
        "Vi har barn i uppdraget, och enskilda samtal eller grupper har vi inte.",
        "Barnen finns med i vårt uppdrag, men grupper och samtal för barnen erbjuder vi inte.",
        "Unga ingår i målgruppen, men samtal eller grupper för dem finns inte hos oss.",
    ],
)
def test_talks_and_groups_put_first_and_denied_are_no(text):
    coded = municipality(text)
    assert value(coded, "individual_support") == "no"
    assert value(coded, "group_support") == "no"


def test_talks_and_groups_affirmed_stay_yes():
    coded = municipality("För barnen finns både samtal och grupper.")
    assert value(coded, "individual_support") == "yes"
    assert value(coded, "group_support") == "yes"


# ------------------------------------------------ a restart denied speaks of what ended
@pytest.mark.parametrize(
    "text",
    [
        "Sedan 2015 har vi en syskongrupp. Klubb Simon lades ned 2019 och har inte startats igen.",
        "Vi har en sorggrupp för barn. Lägret ställdes in i fjol och har inte återupptagits.",
        "Tonårsgruppen går varje vecka. Blåvinge lades ner under pandemin och har inte startats på nytt.",
    ],
)
def test_a_restart_denied_says_nothing_of_individual_talks(text):
    coded = municipality(text)
    assert value(coded, "individual_support") == "unknown"
    assert value(coded, "group_support") == "yes"


def test_nothing_started_still_denies_talks():
    assert value(municipality("Vi har inte kommit igång med något för barnen ännu."), "individual_support") == "no"


# ------------------------------------------------ a children's talk of their own
@pytest.mark.parametrize(
    "text",
    [
        "Vi håller lektioner i skolorna, och efteråt kan de elever som vill boka ett eget samtal med oss.",
        "Ungdomarna får komma på egna samtal hos kuratorn.",
        "Syskonen erbjuds ett eget stödsamtal när gruppen är slut.",
    ],
)
def test_a_talk_of_their_own_for_the_children_is_individual_support(text):
    assert value(municipality(text), "individual_support") == "yes"


def test_a_talk_of_their_own_for_the_parents_is_not():
    assert value(municipality("Föräldrarna kan få egna samtal hos oss."), "individual_support") == "unknown"


# ------------------------------------------------ the need of support mapped
@pytest.mark.parametrize(
    "text",
    [
        "Vi har just börjat kartlägga behoven av stöd för unga som anhöriga, tillsammans med skolan.",
        "Under hösten kartlägger vi behovet av stöd till barn i familjer med missbruk.",
        "Vi har påbörjat en kartläggning av behovet av stöd till barn som har en sjuk förälder.",
    ],
)
def test_the_need_of_support_being_mapped_is_a_start_not_a_mandate(text):
    assert value(municipality(text), "mandate_children") == "partial"


def test_support_given_to_children_is_still_activity():
    assert value(municipality("Vi ger stöd till barn i grupp."), "mandate_children") == "yes"


# ------------------------------------------------ cut off after a word that opens what follows
@pytest.mark.parametrize(
    "key, answer, indicator",
    [
        ("Q08", "Under våren 2021 gjordes en översikt av vilka", "staff_training"),
        ("Q07", "När det gäller journalen gick vi igenom ett urval på två kliniker, och resultatet kan sammanfattas som att",
         "journal_documentation"),
        ("Q09", "Personalen har under året fått tillgång till ett", "material_staff"),
    ],
)
def test_an_answer_cut_off_after_an_opening_word_says_nothing(key, answer, indicator):
    assert value(region((key, answer)), indicator) == "unknown"


def test_an_answer_cut_off_after_a_whole_clause_and_och_still_counts():
    assert value(region(("Q08", "Alla nyanställda får en introduktion om barn som anhöriga och")), "staff_training") != "unknown"


# ------------------------------------------------ background announced, an answer put off to a review
@pytest.mark.parametrize(
    "key, answer, indicator",
    [
        ("Q08", "Först lite bakgrund, eftersom frågan hänger ihop med svaret om organisationen.", "staff_training"),
        ("Q04", "Ombudsfrågan ingår i den översyn som görs under året och vi återkommer med ett svar.", "child_ombud"),
        ("Q04", "Det här är en del av styrgruppens översyn i höst; vi återkommer i frågan.", "child_ombud"),
    ],
)
def test_background_or_a_deferred_answer_says_nothing(key, answer, indicator):
    assert value(region((key, answer)), indicator) == "unknown"


def test_background_then_an_answer_reads_the_answer():
    coded = region(("Q08", "Vi vill börja med att ge en kort bakgrund. Alla nyanställda får en introduktion."))
    assert value(coded, "staff_training") == "yes"


# ------------------------------------------------ a referral is no initiative
@pytest.mark.parametrize("answer", ["Vi hänvisar till UMO och 1177 för unga.", "Ungdomarna hänvisas till ungdomsmottagningen."])
def test_a_referral_to_others_is_no_special_initiative(answer):
    assert value(region(("Q12", answer)), "special_initiatives") == "unknown"


def test_an_initiative_named_beside_a_referral_still_counts():
    assert value(region(("Q12", "Vi har haft en temavecka och hänvisar till den.")), "special_initiatives") == "yes"


# ------------------------------------------------ a document revised while it applies
@pytest.mark.parametrize(
    "answer",
    [
        "Ja, regional riktlinje från 2019 som just nu håller på att revideras; den gamla gäller tills den nya är antagen.",
        "Ja, vi har en rutin som håller på att uppdateras.",
        "Riktlinjen håller på att arbetas om men gäller fortfarande.",
    ],
)
def test_a_document_under_revision_is_yes(answer):
    assert value(region(("Q02", answer)), "steering_document") == "yes"


def test_a_document_being_written_is_still_a_plan():
    assert value(region(("Q02", "Vi håller på att ta fram en riktlinje.")), "steering_document") == "partial"


# ------------------------------------------------ a second question in brackets
@pytest.mark.parametrize(
    "line, qid",
    [
        ("7. Finns det dokumentation i journalen? (Används KVÅ-koder?)", "Q07"),
        ("Finns det barnombud? (Om ja, var finns de?)", "Q04"),
        ("Hur följs styrdokumenten upp? (Till exempel årligen?)", "Q03"),
    ],
)
def test_a_question_with_a_second_one_in_brackets_keeps_its_id(line, qid):
    assert classify_question(line) == qid


def test_a_question_all_in_brackets_is_not_read_as_one():
    assert classify_question("(Finns det barnombud?)") is None
