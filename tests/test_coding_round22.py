"""Round 22: a sentence about the contact persons is no contact block; a break with no restart, an ended activity
named with its years or its state, a plan said with an adverb or as a goal's label, training and ages written with
abbreviations, talks given to the children as the indirect object, and the unit's own staff or placement no partner.

All wordings are made up for these tests."""
from __future__ import annotations

import pytest

from bas_analysis.parse import parse_text
from test_coding import municipality, region, value


# ------------------------------------------------ "Kontaktpersoner för …" in a sentence: an answer, not the page's tail
@pytest.mark.parametrize(
    "answer",
    [
        "Kontaktpersoner för barn som anhöriga finns på alla psykiatriska mottagningar, totalt ett fyrtiotal.",
        "Kontaktperson för barn som närstående finns utsedd på varje vårdcentral.",
        "Kontaktpersoner för barnfrågor har utsetts inom vuxenpsykiatrin men saknas i primärvården.",
        "Kontaktpersonerna för barn som anhöriga träffas fyra gånger per år.",
        "Kontaktpersoner för barn som anhöriga ska finnas på varje enhet enligt riktlinjen.",
        "Kontaktpersonen för barnfrågor ingår i klinikens ledningsgrupp.",
        "Kontaktpersoner för barn som anhöriga saknas ännu inom somatiken.",
        "Kontaktpersoner för barnrättsfrågor fanns tidigare, i dag har varje klinik ett barnombud.",
        "Kontaktpersoner för barn som anhöriga arbetar på alla kliniker med vuxna patienter.",
        "Kontaktperson för barn som anhöriga utses av verksamhetschefen på varje enhet.",
    ],
)
def test_a_sentence_about_contact_persons_is_an_answer_and_the_questions_after_it_are_read(answer):
    page = (
        "Region Värmland\n\n"
        "Finns det barnombud för Barn som anhöriga? Om ja, var i organisationen finns de och hur ser deras uppdrag ut?\n"
        f"{answer}\n\n"
        "Finns det utbildningsinsatser till personal?\n"
        "En webbutbildning finns för all personal.\n\n"
        "Finns det material/information till personal?\n"
        "En sida på intranätet.\n\n"
        "Senast uppdaterad 2023-02-01\n"
    )
    answers = {a.question_id: a.answer_text for a in parse_text(page).respondents[0].answers}
    assert answers == {"Q04": answer, "Q08": "En webbutbildning finns för all personal.", "Q09": "En sida på intranätet."}


@pytest.mark.parametrize("tail", ["Kontaktperson för enkäten\nAnna Exempel\n", "Kontaktperson för sidan: Anna Exempel, tfn 010-123 45 67\n",
                                  "Kontaktpersoner för frågor om svaren\nAnna Exempel, Bo Prov\n"])
def test_a_contact_label_still_ends_the_page(tail):
    page = (
        "Region Värmland\n\n"
        "Finns det barnombud för Barn som anhöriga?\n"
        "Ja, på alla kliniker.\n\n"
        "Finns det utbildningsinsatser till personal?\n"
        "En webbutbildning finns för all personal.\n\n"
        "Finns det material/information till personal?\n"
        "En sida på intranätet.\n\n"
        f"{tail}"
    )
    answers = {a.question_id: a.answer_text for a in parse_text(page).respondents[0].answers}
    assert answers == {"Q04": "Ja, på alla kliniker.", "Q08": "En webbutbildning finns för all personal.",
                       "Q09": "En sida på intranätet."}


# ------------------------------------------------ a break with no restart: the method does not run now
@pytest.mark.parametrize(
    "text",
    [
        "Klubb Simon – uppehåll sedan i fjol, ingen omstart planerad.",
        "Klubb Simon: uppehåll sedan pandemin, ingen nystart planerad.",
        "Klubb Simon har haft uppehåll sedan 2021.",
        "Vi har uppehåll med Klubb Simon sedan hösten.",
        "Klubb Simon – vilande sedan i våras, ingen omstart planerad.",
        "Klubb Simon – pausad sedan i fjol, inget nytt planerat.",
        "Efter pandemin gjorde vi ett uppehåll med Klubb Simon och har inte tagit upp det igen.",
        "ME-WE – uppehåll sedan förra hösten, ingen omstart planerad.",
    ],
)
def test_a_method_in_a_break_is_left_out(text):
    coded = municipality(text)
    assert value(coded, "methods") == "-"
    assert value(coded, "group_support") == "no"


def test_a_denied_plan_after_a_comma_does_not_negate_what_it_follows():
    # the break is said, the restart denied: the method is out, the other support stays
    coded = municipality("Klubb Simon – uppehåll sedan i fjol, ingen omstart planerad. Enskilda samtal vid behov, 7–12 år.")
    assert value(coded, "methods") == "-"
    assert value(coded, "individual_support") == "yes"
    # a short negation that is no plan still negates what it follows
    assert value(municipality("Grupper för barn, inga."), "group_support") == "no"


# ------------------------------------------------ ended: run between two past years, or its state "är avslutad"
@pytest.mark.parametrize(
    "text",
    [
        "Klubb Simon drev vi tillsammans med Svenska kyrkan mellan 2012 och 2019, men den verksamheten är avslutad.",
        "Klubb Simon hade vi i samarbete med församlingen mellan 2014 och 2018.",
        "Klubb Simon körde vi ihop med kyrkan och skolan mellan 2013 och 2017.",
        "Vi drev Klubb Simon i flera år, men verksamheten är avslutad sedan länge.",
        "Klubb Simon fanns hos oss i många år, men den är avslutad nu.",
        "Vi hade Klubb Simon tillsammans med församlingen, men projektet var avslutat 2020.",
        "Klubb Simon erbjöd vi tillsammans med kyrkan mellan 2011 och 2016.",
    ],
)
def test_an_ended_method_is_left_out(text):
    coded = municipality(text + " Vi planerar att starta ME-WE-grupper nästa år.")
    assert value(coded, "methods") == "ME-WE:planned"
    assert value(coded, "group_support") == "partial"


def test_a_finished_training_is_no_ended_method():
    # the training is finished, the method runs
    coded = municipality("Utbildningen är avslutad och nu har vi Klubb Simon varje vecka.")
    assert value(coded, "methods") == "Klubb Simon:active"


# ------------------------------------------------ a plan said with an adverb, or a goal's label
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Planen är fortfarande att starta BRA-samtal, men ingen har gått utbildningen än.", "BRA-samtal:planned"),
        ("Planen är alltjämt att erbjuda BRA-samtal under året.", "BRA-samtal:planned"),
        ("Målet är fortfarande att komma igång med ME-WE.", "ME-WE:planned"),
        ("Tanken är nu att starta Trappan för barnen.", "Trappan:planned"),
        ("Ambitionen är även att erbjuda Klubb Simon.", "Klubb Simon:planned"),
        ("Mål: ME-WE-grupp för unga omsorgsgivare.", "ME-WE:planned"),
        ("Plan: starta Trappan för barn som upplevt våld.", "Trappan:planned"),
        ("Planerat: Klubb Simon tillsammans med kyrkan.", "Klubb Simon:planned"),
        ("Målsättning: BRA-samtal för alla barn som anhöriga.", "BRA-samtal:planned"),
        ("På gång: en grupp enligt Blåvinge.", "Blåvinge:planned"),
    ],
)
def test_a_plan_with_an_adverb_or_a_goals_label_is_planned(text, expected):
    assert value(municipality(text), "methods") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mål: grupp för unga omsorgsgivare 13–17 år.",
        "Målsättning: en syskongrupp till hösten.",
        "Plan: barngrupp för 8–12-åringar.",
        "Mål: sorggrupp under året.",
    ],
)
def test_a_group_under_a_goals_label_is_not_running(text):
    coded = municipality(text)
    assert value(coded, "group_support") == "partial"
    assert value(coded, "stage") == "developing"


# ------------------------------------------------ abbreviations in a coordinator's notes
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Går ME-WE-utb. nu (2 pers).", "ME-WE:training"),
        ("Två kuratorer går utb. i Trappan.", "Trappan:training"),
        ("Personalen går BRA-utb. under våren.", "BRA-samtal:training"),
        ("Tre pers. är under utb. i Blåvinge.", "Blåvinge:training"),
        ("Vi gå ME-WE-utb. i höst.", "ME-WE:training"),
    ],
)
def test_an_abbreviated_training_is_training(text, expected):
    assert value(municipality(text), "methods") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Uppdrag fr. 18 år. Barn hänvisas till elevhälsan.",
        "Vårt uppdrag gäller fr.o.m. 18 år. Barnen slussas vidare.",
        "Målgruppen är anhöriga fr. 18 år och uppåt.",
        "Uppdraget omfattar anhöriga fr.o.m. 18 år.",
    ],
)
def test_an_abbreviation_before_a_number_ends_no_sentence(text):
    coded = municipality(text)
    assert value(coded, "mandate_children") == "no"
    assert value(coded, "stage") == "none"


# ------------------------------------------------ talks given to the children as the indirect object
@pytest.mark.parametrize(
    "text",
    [
        "Våra familjebehandlare erbjuder barn samtal när en förälder har cancer.",
        "Vi ger barnen enskilda samtal vid behov.",
        "Kuratorn erbjuder även syskonen samtal.",
        "Anhörigkonsulenten gav ungdomarna stödsamtal under året.",
        "Vi erbjuder alltid barnen samtal när en förälder är svårt sjuk.",
        "Familjeteamet har erbjudit barn samtalsstöd i flera år.",
    ],
)
def test_talks_given_to_the_children_are_individual_support(text):
    coded = municipality(text)
    assert value(coded, "individual_support") == "yes"
    assert value(coded, "mandate_children") == "yes"


def test_the_situation_of_talks_given_to_the_children_is_read():
    coded = municipality("Våra behandlare erbjuder barn samtal när någon i familjen har cancer eller en annan kroppslig sjukdom.")
    assert value(coded, "target_conditions") == "somatic_illness"


# ------------------------------------------------ the unit's own staff in a unit, or its placement: no partner
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Våra familjebehandlare i öppenvården erbjuder samtal med barn. Vi samarbetar med kuratorerna på sjukhuset.", "healthcare"),
        ("Våra behandlare på familjeenheten håller samtal med barn. Vi samarbetar med skolan.", "school"),
        ("Vår kurator i öppenvården träffar barnen enskilt. Vi har ett samarbete med Röda Korset.", "civil_society"),
        ("Hos oss ligger barn som anhöriga under individ- och familjeomsorgen. Vi har grupper för barn och samarbetar med elevhälsan.", "school"),
        ("Hos oss ligger arbetet organisatoriskt under socialtjänsten. Grupperna för barn drivs ihop med Svenska kyrkan.", "church"),
        ("I kommunen ligger anhörigstödet under socialförvaltningen. Vi har samtal med barn och samverkar med BUP.", "healthcare"),
        # a partner named as such still counts
        ("Vi har grupper för barn och samarbetar med socialtjänsten.", "social_services"),
    ],
)
def test_the_units_own_staff_or_placement_is_no_partner(text, expected):
    assert value(municipality(text), "partners") == expected


# ------------------------------------------------ recurring gatherings for the children are group activities
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tillsammans med kyrkan har vi träffar för barn upp till 10 år där en förälder är sjuk.", "yes"),
        ("Barnträffar hålls en gång i månaden under terminerna.", "yes"),
        ("Vi ordnar syskonträffar varannan vecka.", "yes"),
        ("Träffarna för yngre barn leds av två fritidsledare.", "yes"),
        ("Sammankomster för ungdomar hålls varje torsdag.", "yes"),
        # the verb "träffar" with an adverb is no gathering
        ("Vi träffar för det mesta barnen enskilt.", "unknown"),
    ],
)
def test_gatherings_for_the_children_are_groups(text, expected):
    assert value(municipality(text), "group_support") == expected


# ------------------------------------------------ what one part has, said without a cue, beside what the other parts lack
@pytest.mark.parametrize(
    "key, answer, indicator, expected",
    [
        ("Q11", "Barnkliniken har tagit fram en egen bildberättelse för yngre barn. På övriga kliniker finns inget material.",
         "material_children", "partial"),
        ("Q11", "Onkologen delar ut en sagobok om sjukdom. I övriga verksamheter finns inget eget material.",
         "material_children", "partial"),
        ("Q10", "Psykiatrin lämnar ut en folder om att prata med sina barn. Övriga verksamheter saknar material till föräldrar.",
         "material_parents", "partial"),
        ("Q09", "Vuxenpsykiatrin har samlat samtalsstöd på sin sida. I övriga verksamheter finns inget material för personal.",
         "material_staff", "partial"),
        # nothing said to exist anywhere: still no
        ("Q11", "Inget material finns. Vi pratar med barnen.", "material_children", "no"),
        ("Q11", "På övriga kliniker finns inget material.", "material_children", "no"),
    ],
)
def test_what_one_part_has_beside_what_the_others_lack_is_partial(key, answer, indicator, expected):
    assert value(region((key, answer)), indicator) == expected


@pytest.mark.parametrize(
    "text",
    ["Klubb Simon har startat igen efter ett uppehåll.", "Efter ett års uppehåll är Klubb Simon i gång igen.",
     "Klubb Simon kör vi igen efter uppehållet under pandemin."],
)
def test_a_break_that_is_over_leaves_the_method_running(text):
    assert value(municipality(text), "methods") == "Klubb Simon:active"
