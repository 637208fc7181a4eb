"""Issue 9: coding that holds on pages nobody tuned it to.

Each pattern of the issue, with sentences written for these tests (none is a
copy of a challenge or corpus page); expected values read off
../shared/spec/codebook.md. Also: codebook validation (issue 11), confidence,
reading each answer once, and network reports that lose no block.
"""
from __future__ import annotations

import textwrap

import pandas as pd
import pytest

import bas_analysis as bas
from bas_analysis import coding
from bas_analysis.errors import CodebookError
from bas_analysis.parse import parse_text
from corpus import code_synthetic

Q = {
    "Q01": "Hur ser organisationen ut kring arbetet med att ge information, råd och stöd till barn som anhöriga?",
    "Q02": "Finns det styrdokument (policydokument, handlingsplaner, rutiner och liknande)?",
    "Q03": "Hur följs styrdokumenten upp?",
    "Q04": "Finns det barnombud för Barn som anhöriga? Om ja, var i organisationen finns de och hur ser deras uppdrag ut?",
    "Q07": "Finns det dokumentation i journalen? Används KVÅ-koder?",
    "Q08": "Finns det utbildningsinsatser till personal?",
    "Q09": "Finns det material/information till personal?",
    "Q10": "Finns det material/information till föräldrar?",
    "Q11": "Finns det material/information till barn och unga?",
    "Q12": "Har det genomförts några särskilda satsningar?",
    "Q13": "Hur följs efterlevnaden av HSL 5 kap. 7 § upp och vad har det resulterat i för åtgärder?",
}


def region(*pairs) -> pd.DataFrame:
    return code_synthetic("region", [(key, Q[key], text) for key, text in pairs])


def value(frame: pd.DataFrame, indicator: str) -> str:
    return frame.loc[indicator, "value"]


def municipality(text: str, wave: int = 2022) -> pd.DataFrame:
    return code_synthetic("municipality", [("NR", "Hur arbetar ni med barn som anhöriga?", text)])


# ------------------------------------------------ decided by meaning
@pytest.mark.parametrize(
    "key, answer, indicator, expected",
    [
        # an answer describing a thing that exists, in words no cue lists
        ("Q09", "Personalen kan låna en väska med samtalsunderlag på varje mottagning.", "material_staff", "yes"),
        ("Q12", "Förra hösten ordnades en föräldracafévecka på alla vårdcentraler.", "special_initiatives", "yes"),
        # negated, still without a cue word
        ("Q09", "Något sådant har vi inte.", "material_staff", "no"),
        ("Q12", "Inga under förra året.", "special_initiatives", "no"),
        # a bare "Nej" raised by something that exists in part
        ("Q02", "Nej, inte på regionnivå. Två kliniker har skrivit egna lokala rutiner.", "steering_document", "partial"),
        # a "Nej" with a plan stays no
        ("Q02", "Nej. En regional riktlinje ska tas fram under nästa år.", "steering_document", "no"),
    ],
)
def test_answers_are_read_by_meaning(key, answer, indicator, expected):
    assert value(region((key, answer)), indicator) == expected


@pytest.mark.parametrize(
    "key, answer, indicator, expected",
    [
        # a short hedge or negation first is a bare answer: details after it do not lift or lower it
        ("Q07", "Delvis. Det antecknas i journalen under ett eget sökord.", "journal_documentation", "partial"),
        ("Q09", "Det varierar mellan sjukhusen. Intranätet har en sida om barnen.", "material_staff", "partial"),
        ("Q11", "Inte ännu. En bilderbok ska tas fram till hösten.", "material_children", "no"),
        ("Q10", "Finns ej. Vi planerar en broschyr.", "material_parents", "no"),
        # a short negated qualifier denies only the qualifier
        ("Q08", "Inte regelbundet. En föreläsning hölls på sjukhuset.", "staff_training", "partial"),
    ],
)
def test_short_answers_first_answer_the_question(key, answer, indicator, expected):
    assert value(region((key, answer)), indicator) == expected


def test_a_no_that_names_the_thing_is_raised_only_by_a_statement_naming_it():
    informal = "Familjeombud saknas. Några sjuksköterskor på onkologen brinner för frågan och hjälper kollegorna."
    assert value(region(("Q04", informal)), "child_ombud") == "no"
    other_role = "Barnombud finns inte. Däremot har barnkliniken utsett kontaktsjuksköterskor för dessa barn."
    assert value(region(("Q04", other_role)), "child_ombud") == "partial"
    # a bare "Nej" names nothing: what the answer describes raises it
    assert value(region(("Q02", "Nej. Två kliniker har skrivit egna lokala rutiner.")), "steering_document") == "partial"


@pytest.mark.parametrize(
    "key, answer, indicator, expected",
    [
        # "ska" as a norm or a task is no plan
        ("Q08", "Alla nya läkare ska gå en introduktion om barn som anhöriga varje termin.", "staff_training", "yes"),
        ("Q07", "Enligt riktlinjen ska KVÅ-kod registreras efter samtalet.", "kva_codes", "yes"),
        # … but a task says nothing about where the role exists: it does not lift a limit
        ("Q04", "Ja, men bara på sjukhusen. Piloterna ska stödja sina kollegor i samtalen.", "child_ombud", "partial"),
        # a time ahead makes it a plan; "vi ska" is a plan
        ("Q08", "Varje klinik ska få en föreläsning under 2031.", "staff_training", "partial"),
        ("Q11", "Nej. Vi ska ta fram en film för tonåringar.", "material_children", "no"),
    ],
)
def test_ska_as_norm_or_plan(key, answer, indicator, expected):
    assert value(region((key, answer)), indicator) == expected


@pytest.mark.parametrize(
    "key, answer, indicator, expected",
    [
        # a proposal, an intention or an inquiry describes nothing that exists yet
        ("Q04", "Nej. Styrgruppen har lämnat ett förslag om att utse kontaktpersoner.", "child_ombud", "no"),
        ("Q04", "Nej, men barnombud föreslås i den nya handlingsplanen.", "child_ombud", "no"),
        # proposing changes as part of a follow-up is no plan
        ("Q03", "Gruppen följer upp rutinen varje år och föreslår förbättringar.", "steering_followup", "yes"),
    ],
)
def test_proposals_and_intentions_are_plans(key, answer, indicator, expected):
    assert value(region((key, answer)), indicator) == expected


def test_counting_on_starting_a_group_is_a_plan():
    assert value(municipality("Vi räknar med att kunna starta en tonårsgrupp efter sommaren."), "group_support") == "partial"


@pytest.mark.parametrize(
    "text, expected",
    [
        # the situations the support being built up for the children covers
        ("Vi är i en uppstartsfas och riktar oss till barn vars föräldrar har ett spelberoende.", "addiction"),
        ("Två av oss går utbildning i Trappan för att möta barn som har upplevt våld i familjen.", "violence"),
        # a situation of the support to parents or adults is none of the children's
        ("Vi har syskongrupper, och en grupp för föräldrar till barn med adhd.", "siblings"),
        ("Vi har inte uppdraget. Våra grupper är för vuxna anhöriga till personer med cancer.", "-"),
        # a situation by the illness's name or in other words for a death
        ("Vi har en barngrupp för barn vars förälder har fått en hjärntumör eller ALS.", "somatic_illness"),
        ("Kuratorn träffar barn vars mamma eller pappa har gått bort.", "death"),
        # a wish, also in its short continuation after a comma, covers nothing yet
        ("Vi har barngrupper om missbruk i familjen. Vi vill utöka till barn som mist en förälder, och syskon.", "addiction"),
    ],
)
def test_target_conditions_of_the_work_with_children(text, expected):
    assert value(municipality(text), "target_conditions") == expected


def test_nothing_started_means_no_talks_and_no_groups():
    frame = municipality("Vi har inte kommit igång än. Just nu kartlägger vi behoven i kommunen.")
    assert (value(frame, "individual_support"), value(frame, "group_support")) == ("no", "no")
    assert value(frame, "mandate_children") == "partial"
    # a start denied for one kind of support concerns only that kind
    frame = municipality("Samtal med barnen har vi inte börjat med ännu, men vi har en syskongrupp varje vår.")
    assert (value(frame, "individual_support"), value(frame, "group_support")) == ("no", "yes")


def test_a_method_of_talks_with_the_parent_is_no_individual_talk_with_the_child():
    frame = municipality("Inom socialpsykiatrin använder vi Föra barnen på tal med föräldrar som har psykisk ohälsa.")
    assert value(frame, "methods") == "Föra barnen på tal:active"
    assert value(frame, "individual_support") == "unknown"
    assert value(frame, "mandate_children") == "yes"
    assert value(frame, "target_conditions") == "mental_illness"


def test_a_method_prescribed_as_a_task_is_not_shown_practised():
    frame = municipality("Våra familjebehandlare ska erbjuda Trappan när det behövs.")
    assert value(frame, "methods") == "Trappan:planned"


def test_meaning_without_cue_has_medium_confidence():
    row = region(("Q09", "Personalen kan låna en väska med samtalsunderlag på varje mottagning.")).loc["material_staff"]
    assert (row["confidence"], row["confidence_reason"]) == ("medium", "decided by meaning without a cue")


# ----------------------------------------------------- role synonyms
@pytest.mark.parametrize(
    "answer, expected",
    [
        ("Vi har 45 barnambassadörer ute i verksamheterna.", "yes"),
        ("Varje klinik har utsett en kontaktperson för barn som anhöriga.", "yes"),
        ("BSA-representanter finns på samtliga vårdcentraler och sjukhus.", "yes"),
        ("Ombud finns på barnkliniken och inom vuxenpsykiatrin, inte på vårdcentralerna.", "partial"),
        ("Nej, några ombud har vi inte utsett.", "no"),
    ],
)
def test_child_ombud_under_other_role_names(answer, expected):
    assert value(region(("Q04", answer)), "child_ombud") == expected


def test_ombud_count_under_another_role_name():
    assert value(region(("Q04", "Vi har 45 barnambassadörer ute i verksamheterna.")), "child_ombud_count") == "45"


@pytest.mark.parametrize(
    "answer, expected",
    [
        # approximations and numbers in words
        ("Ja, ett 70-tal barnpiloter på sjukhusen.", "70"),
        ("Ja, det finns ett sextiotal ombud i länet.", "60"),
        ("Vi har fjorton BSA-representanter.", "14"),
        ("Knappt tvåhundra familjeombud är utsedda.", "200"),
        ("Ja, uppemot 1 100 ombud i hela regionen.", "1100"),
        # a number standing alone at the end of a clause of its own answer
        ("Ombud finns på sjukhusen och i primärvården, sammanlagt ett 80-tal.", "80"),
        ("Ja, på alla kliniker. Totalt 37.", "37"),
        # no count: a number per unit, a year, a share, a plan
        ("Ja, två ombud per vårdcentral.", ""),
        ("Ombuden utsågs 2019 och finns på 40 procent av enheterna.", ""),
        ("Nej, men regionen ska utse 50 ombud nästa år.", ""),
    ],
)
def test_ombud_count_in_digits_words_and_approximations(answer, expected):
    assert value(region(("Q04", answer)), "child_ombud_count") == expected


@pytest.mark.parametrize(
    "answer, expected",
    [
        ("Arbetet leds av ett regionalt råd för barn som anhöriga.", "yes"),
        ("Frågan hålls ihop av en arbetsgrupp med representanter från psykiatri och somatik.", "yes"),
        ("Ett nätverk för barnrättsfrågor samordnar arbetet mellan förvaltningarna.", "yes"),
        ("Varje verksamhetschef sköter frågan själv i sin verksamhet.", "no"),
        # any group that is no client group; the line's own responsibility holds nothing together
        ("BSA-gruppen under hälso- och sjukvårdsdirektören håller i frågorna.", "yes"),
        ("Kuratorerna erbjuder sorggrupper och syskongrupper på sjukhuset.", "no"),
        ("Ett barnrättsnätverk med representanter från alla förvaltningar driver frågan.", "yes"),
        ("Chefläkaren har det övergripande ansvaret.", "yes"),
        ("Varje verksamhetschef ansvarar för att rutinen följs på den egna enheten. Någon samordnare finns inte.", "no"),
    ],
)
def test_coordination_held_by_a_body(answer, expected):
    assert value(region(("Q01", answer)), "coordination") == expected


@pytest.mark.parametrize(
    "answer, expected",
    [
        # an interval of a follow-up is regular; an interval of revision alone is a revision date
        ("Vartannat år går verksamheterna igenom rutinen i sin egenkontroll.", "yes"),
        ("Riktlinjen revideras vartannat år.", "partial"),
    ],
)
def test_steering_followup_interval(answer, expected):
    assert value(region(("Q03", answer)), "steering_followup") == expected


def test_steering_followup_stated_under_another_question():
    values = region(("Q02", "Regionen har en handlingsplan. Barnrättsrådet följer upp handlingsplanen varje år."))
    assert value(values, "steering_followup") == "yes"


def test_coordination_stated_under_another_question():
    values = region(("Q02", "Riktlinjen gäller hela regionen. Arbetet samordnas av en barnrättsgrupp på regionkontoret."))
    assert value(values, "coordination") == "yes"
    assert values.loc["coordination", "confidence"] == "low"


# ----------------------------------------- documentation in system terms
@pytest.mark.parametrize(
    "answer, journal, kva",
    [
        ("Uppgiften antecknas under ett eget sökord i journalen.", "yes", "unknown"),
        ("I vårdsystemet finns en flik där patientens barn registreras.", "yes", "unknown"),
        ("Det finns en mall i journalsystemet, men den används bara inom psykiatrin.", "partial", "unknown"),
        ("Ja. KVÅ-koder används inte ännu.", "yes", "no"),
        ("Ja, i en särskild modul. KVÅ-koden DU056 registreras på några enheter.", "yes", "partial"),
        # a missing tool of the record system does not deny the documentation
        ("Barnen dokumenteras i journalens löptext. Någon egen mall finns inte.", "yes", "unknown"),
        ("Det finns ingen särskild flik för patientens barn.", "no", "unknown"),
    ],
)
def test_documentation_in_record_system_terms(answer, journal, kva):
    values = region(("Q07", answer))
    assert (value(values, "journal_documentation"), value(values, "kva_codes")) == (journal, kva)


# ------------------------------------- training without "utbildning"
@pytest.mark.parametrize(
    "answer, expected",
    [
        ("Nyanställda får en introduktion om barn som anhöriga varje termin.", "yes"),
        ("Vi håller workshops för ombuden två gånger per år.", "yes"),
        ("Handledning ges på begäran.", "partial"),
        ("Det finns en webbkurs som personalen kan gå.", "partial"),
        ("Inget återkommande, men en föreläsning hölls i våras.", "partial"),
        ("Nej, inte sedan pandemin.", "no"),
        # given on demand is sporadic; given every year is continuous
        ("Föreläsningar på efterfrågan från enheterna.", "partial"),
        ("Psykologen på barnkliniken föreläser när en klinik efterfrågar det.", "partial"),
        ("Kursen om barn som anhöriga ges varje år för nya medarbetare.", "yes"),
        ("Ett par föreläsningar har hållits under året.", "partial"),
        ("Ja, en webbutbildning och en temaeftermiddag varje halvår.", "yes"),
    ],
)
def test_training_in_other_words(answer, expected):
    assert value(region(("Q08", answer)), "staff_training") == expected


# ------------------------------------------------ cross-references
def test_cross_references_take_the_answer_referred_to():
    values = region(
        ("Q09", "Ja, foldrar finns på alla mottagningar."),
        ("Q10", "Se svaret på fråga 9."),
        ("Q11", "Se ovan."),
    )
    assert value(values, "material_parents") == "yes"
    assert value(values, "material_children") == "yes"
    assert values.loc["material_parents", "confidence_reason"] == "taken from the answer it refers to"


def test_a_bare_yes_referred_to_answers_a_yes_no_question_only():
    values = region(("Q02", "Ja."), ("Q03", "Se ovan."), ("Q09", "Ja."), ("Q10", "Samma som ovan."))
    assert value(values, "steering_followup") == "unknown"  # "Hur följs de upp?" is not answered by "Ja"
    assert value(values, "material_parents") == "yes"


# --------------------------------------------- lists after a colon
def test_list_after_a_colon_decides_each_audience():
    values = region(
        ("Q09", "Broschyrer finns för:\n– medarbetare\n– föräldrar"),
        ("Q10", "Se föregående svar."),
        ("Q11", "Se föregående svar."),
    )
    assert value(values, "material_staff") == "yes"
    assert value(values, "material_parents") == "yes"
    assert value(values, "material_children") == "unknown"  # the list names no children


# ------------------------------------------------------ scope limits
@pytest.mark.parametrize(
    "key, answer, indicator",
    [
        ("Q10", "En folder delas ut på onkologen och inom den palliativa vården.", "material_parents"),
        ("Q02", "Rutiner finns i vissa förvaltningar.", "steering_document"),
        ("Q07", "Dokumentation sker till viss del, oftast i fritext.", "journal_documentation"),
        ("Q07", "KVÅ-koder registreras om enheten har infört dem.", "kva_codes"),
        ("Q11", "Inget regionalt material, men barnkliniken har egna bilderböcker.", "material_children"),
        # variation between parts, doubt whether it is done at all, a small extent, "not all", "but not in X"
        ("Q02", "Det varierar mellan förvaltningarna. Sjukhusen har en gemensam rutin.", "steering_document"),
        ("Q07", "Barnen antecknas i journalen på mottagningarna, om man alls frågar.", "journal_documentation"),
        ("Q10", "Broschyrer delas ut i mycket liten utsträckning.", "material_parents"),
        ("Q04", "Ja. Ombud finns på många enheter, men inte alla.", "child_ombud"),
        ("Q04", "Ja, vi har barnombud. De är utsedda på sjukhusen men ännu inte i primärvården.", "child_ombud"),
    ],
)
def test_scope_limits_make_partial(key, answer, indicator):
    assert value(region((key, answer)), indicator) == "partial"


@pytest.mark.parametrize(
    "key, answer, indicator, expected",
    [
        # a clause of its own about other parts or another kind limits the scope; it negates nothing before it
        ("Q11", "Barnkliniken har en bilderbok, övriga kliniker saknar material.", "material_children", "partial"),
        ("Q10", "Sjukhusen delar ut en folder, regiongemensam broschyr saknas.", "material_parents", "partial"),
        # alone, a limit is still a no
        ("Q09", "Inga verksamheter har eget material.", "material_staff", "no"),
        # a negative clause that names no part does not limit ("på varje enhet" stands in another clause)
        ("Q13", "Efterlevnaden följs upp med en årlig enkät. Resultatet går till varje enhet, men det har inte lett till några åtgärder än.", "compliance_followup", "yes"),
    ],
)
def test_negations_about_parts_limit_the_scope(key, answer, indicator, expected):
    assert value(region((key, answer)), indicator) == expected


@pytest.mark.parametrize(
    "key, answer, indicator, expected",
    [
        # "Ja, men …" with a limit, and a denied qualifier of extent after a yes
        ("Q04", "Ja, men inte överallt.", "child_ombud", "partial"),
        ("Q02", "Ja, men den är inte införd i hela regionen.", "steering_document", "partial"),
        ("Q09", "Ja, men långt ifrån alla enheter har tillgång till det.", "material_staff", "partial"),
        ("Q04", "Ja, på en del kliniker.", "child_ombud", "partial"),
        ("Q04", "Ja, men det skiljer sig mellan klinikerna.", "child_ombud", "partial"),
        ("Q07", "Ja. KVÅ-koder används men inte konsekvent.", "kva_codes", "partial"),
        ("Q07", "Det dokumenteras i journalen, dock inte alltid.", "journal_documentation", "partial"),
        # "Nej, men …" with something that exists in part
        ("Q02", "Nej, men lokala rutiner finns på några kliniker.", "steering_document", "partial"),
        ("Q04", "Nej, men vi har pratat om saken i ledningen.", "child_ombud", "no"),
        # one clinic named as where it is; "varje" is everywhere
        ("Q11", "Bilderböcker finns på barnkliniken.", "material_children", "partial"),
        ("Q04", "Ja, ett ombud på varje klinik.", "child_ombud", "yes"),
    ],
)
def test_yes_but_and_no_but(key, answer, indicator, expected):
    assert value(region((key, answer)), indicator) == expected


def test_not_only_somewhere_is_no_scope_limit():
    assert value(region(("Q04", "Ja, på samtliga sjukhus och inte bara inom psykiatrin.")), "child_ombud") == "yes"


def test_a_referral_to_material_made_by_others_counts_in_full():
    answer = "Vi hänvisar till 1177.se. Något eget material har regionen inte tagit fram."
    assert value(region(("Q10", answer)), "material_parents") == "yes"


# -------------------------------------------- page cues stay strict
def test_a_word_about_compliance_in_another_answer_is_no_followup():
    values = region(("Q02", "Riktlinjen ska stödja efterlevnaden av lagen i alla verksamheter."))
    assert value(values, "compliance_followup") == "unknown"


@pytest.mark.parametrize(
    "answer, expected",
    [
        # a review in one care area is a follow-up (the codebook's partial is a plan)
        ("Journalgranskning görs varje höst inom barnpsykiatrin.", "yes"),
        # findings and actions answer the question's other part, whatever they say
        ("En enkät gick ut till alla chefer i våras. Den visade att flera enheter saknar rutin. "
         "Som åtgärd har rutinen förtydligats så att ingen enhet ska missa den.", "yes"),
        # a plain scope limit still limits
        ("Efterlevnaden följs upp i vissa verksamheter.", "partial"),
        ("Den följs inte upp.", "no"),
    ],
)
def test_compliance_followup_reads_its_own_part_of_the_question(answer, expected):
    assert value(region(("Q13", answer)), "compliance_followup") == expected


def test_a_clear_statement_elsewhere_counts_with_low_confidence():
    values = region(("Q03", "Riktlinjen följs upp årligen och efterlevnaden följs upp genom journalgranskning."))
    row = values.loc["compliance_followup"]
    assert row["value"] == "yes"
    assert (row["confidence"], row["confidence_reason"]) == ("low", "taken from elsewhere on the page")


# ------------------------------- cut-off pages: question text is no answer
CUT_PAGE = """Region Västernorrland

Finns det styrdokument (policydokument, handlingsplaner, rutiner och liknande)?
Ja, en regional riktlinje.

Finns det barnombud?
Ja, på alla sjukhus.

Finns det dokumentation i journalen?
Ja, under ett eget sökord.

Finns det utbildningsinsatser till pers"""


def test_question_line_cut_off_is_never_evidence(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "cut.txt").write_text(CUT_PAGE, encoding="utf-8")
    bas.build(raw, tmp_path / "out", progress=False)
    codings = bas.load(tmp_path / "out").codings.set_index("indicator")
    assert codings.loc["staff_training", "value"] == "unknown"
    assert codings.loc["staff_training", "confidence_reason"] == "cut-off page"
    assert codings.loc["child_ombud", "value"] == "yes"
    assert set(codings["confidence"]) <= {"high", "medium", "low"}


# ------------------------------------------------- municipalities
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vi har en arbetsgrupp som kartlägger behoven hos barnen i kommunen.", "unknown"),
        ("Vi har en samtalsgrupp för föräldrar till barn med adhd.", "unknown"),
        ("Våra samtalsgrupper vänder sig till vuxna som vårdar en närstående.", "no"),
        ("Grupperna är för vuxna anhöriga, men barnen erbjuds enskilda samtal.", "no"),
        ("Vi hänvisar familjerna till kyrkans sorggrupper.", "unknown"),
        ("Vi har varken samtal eller grupper för barnen.", "no"),
        ("Vi har haft tonårsgrupper i flera år.", "yes"),
        ("Två av oss går utbildning för att kunna leda stödgrupper för barn.", "partial"),
    ],
)
def test_childrens_groups_are_groups_for_children(text, expected):
    assert value(municipality(text), "group_support") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # talks with the children: they receive them, or the talks are individual
        ("Tonåringar som har en förälder med cancer får samtal med vår kurator.", "yes"),
        ("Vi erbjuder samtal, enskilt eller tillsammans med föräldern.", "yes"),
        # a talking group, or talks with the parents, are no individual talks with the children
        ("Barnen erbjuds en samtalsgrupp varannan vecka.", "unknown"),
        ("Föräldrarna erbjuds samtal om hur barnen mår.", "unknown"),
    ],
)
def test_individual_talks_with_the_children(text, expected):
    assert value(municipality(text), "individual_support") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Vi samarbetar med BUP och vuxenpsykiatrin.", "healthcare"),
        ("Grupperna leds tillsammans med kvinnojouren.", "civil_society"),
        ("I samverkan med diakonen i församlingen har vi en sorggrupp.", "church"),
        ("Sjukhuskuratorn slussar barnen till oss.", "healthcare"),
        ("Vi får många barn via ungdomsmottagningen och BVC.", "healthcare"),
        ("Våra familjebehandlare leder barngrupperna.", "-"),
        ("Vi skulle vilja samarbeta med skolan.", "-"),
        # the family's own services are no partnership
        ("Vi når barnen i familjer där en förälder är aktuell inom vuxenpsykiatrin.", "-"),
        ("Många av barnen har föräldrar med insatser från socialtjänsten, och vi samarbetar med elevhälsan.", "school"),
    ],
)
def test_partners_named_as_organisations(text, expected):
    assert value(municipality(text), "partners") == expected


def test_och_before_a_plan_verb_or_time_adverb_starts_a_clause_of_its_own():
    # the plan after "och" does not make the fact before it a plan, nor the other way round
    frame = municipality("Vi träffar elevhälsan varje månad och planerar att starta en syskongrupp efter jul.")
    assert value(frame, "partners") == "school"
    assert value(frame, "group_support") == "partial"
    frame = municipality("Vi hoppas kunna starta Klubb Simon och nu går två av oss utbildningen i ME-WE.")
    assert value(frame, "methods") == "Klubb Simon:planned;ME-WE:training"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nästa år ska vi gå utbildning i Trappan.", "Trappan:planned"),
        ("Just nu går två kollegor utbildning i Klubb Simon.", "Klubb Simon:training"),
        ("Vi har haft Blåvinge-grupper sedan 2010.", "Blåvinge:active"),
        ("Familjebehandlarna arbetar med Beardslees familjeintervention.", "Beardslee:active"),
        ("Vi har kört ME-WE-grupperna i tre år.", "ME-WE:active"),
        ("Klubb Simon hade vi förr, men den har lagts ned.", "-"),
        ("Vi gick en kurs i BRA-samtal, men metoden används inte längre.", "-"),
        # a method's name as the start of a compound or in the genitive
        ("Vi har haft en Blåvingegrupp i många år.", "Blåvinge:active"),
        ("Samtalen med barnen följer Trappanmodellen.", "Trappan:active"),
    ],
)
def test_method_status_from_tense(text, expected):
    assert value(municipality(text), "methods") == expected


@pytest.mark.parametrize(
    "text, indicator, expected",
    [
        ("Vi har ingen riktad verksamhet för barn, men vi har börjat kartlägga behoven.", "mandate_children", "partial"),
        ("Vårt uppdrag gäller vuxna från 18 år, och vi har inget stöd till barn.", "mandate_children", "no"),
        # a role for the children is a mandate; without any activity for them yet it is a start
        ("Sedan i vintras finns kontaktpersoner för barn på två av våra enheter.", "mandate_children", "yes"),
        ("Vi har en barnsamordnare sedan i höstas men ingen riktad verksamhet för barn ännu.", "mandate_children", "partial"),
        ("Vi har precis startat en syskongrupp, så vi är i en uppstartsfas.", "stage", "developing"),
        ("Syskongruppen har funnits i sex år.", "stage", "established"),
        ("Vi har en anhöriggrupp för föräldrar till barn med npf.", "target_conditions", "-"),
        ("Vi har ME-WE för unga omsorgsgivare 16–25 år.", "age_max", "25"),
    ],
)
def test_municipality_decisions(text, indicator, expected):
    assert value(municipality(text), indicator) == expected


# ------------------------------------------------ network reports
NETWORK_PAGE = """Redovisning från deltagande kommuner

Hur arbetar ni med barn som anhöriga?

Borås stad – Mats Lindberg
Vi har två barngrupper för barn 7-12 år. Hör gärna av er till mig, Mats Lindberg, 070-123 45 67.
Kontakt: Mats Lindberg, 070-123 45 67

Uppsala kommun (Per Nyberg, 070-765 43 21)
Vi har enskilda samtal med barn sedan 2015.
Kontaktperson: Per Nyberg
Gävle kommun
Vi planerar att starta ME-WE-grupper i höst.

Göteborgs stad – Norra Hisingen
Vi arbetar med Prata om det i skolorna.

Publicerat 2023-05-10
"""


def test_contact_lines_swallow_no_block_and_person_parts_are_no_sub_units():
    doc = parse_text(NETWORK_PAGE)
    got = [(r.org_code, r.sub_unit) for r in doc.respondents]
    assert got == [("1490", ""), ("0380", ""), ("2180", ""), ("1480", "Norra Hisingen")]
    assert all(r.answers for r in doc.respondents)
    assert "Mats" not in " ".join(r.org_name + r.sub_unit for r in doc.respondents)


def test_every_name_line_is_a_respondent_or_a_problem():
    page = NETWORK_PAGE.replace("Kontaktperson: Per Nyberg\nGävle kommun", "Kontaktperson: Per Nyberg\nVi ses igen\nGävle kommun")
    doc = parse_text(page)
    codes = [r.org_code for r in doc.respondents]
    assert "2180" in codes or any("Gävle kommun" in w for w in doc.warnings), (codes, doc.warnings)


# --------------------------------------------------- codebook (issue 11)
BASE = """\
version: 1
language:
  negations: [inte]
indicators:
  - id: T01
    name: test_indicator
    level: region
    questions: [Q02]
    rules:
      - {id: T01.yes, value: 'yes', cues: [riktlinje]}
"""


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("", "empty"),
        ("- a\n- b\n", "not a mapping"),
        (BASE.replace("questions:", "questoins:"), "questoins"),
        (BASE.replace("cues: [riktlinje]", "cues: []"), "T01"),
        (BASE.replace("value: 'yes'", "value: 'maybe'"), "T01"),
        (BASE.replace("level: region", "level: county"), "level"),
    ],
)
def test_bad_codebooks_give_one_error_naming_the_entry(tmp_path, text, fragment):
    path = tmp_path / "codebook.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CodebookError) as error:
        coding.load_codebook(path)
    assert fragment in str(error.value)
    assert str(path) in str(error.value)


def test_codebook_accepts_a_comparison_section(tmp_path):
    path = tmp_path / "codebook.yaml"
    path.write_text(BASE + "comparison: {min_known_for_rank: 8}\n", encoding="utf-8")
    book = coding.load_codebook(path)
    assert dict(book.comparison) == {"min_known_for_rank": 8}


def test_codebook_hash_is_the_loaded_codebooks_and_follows_the_file(tmp_path):
    """The hash a build records and a report run compares (without compiling) is the loaded codebook's."""
    assert coding.codebook_hash() == coding.load_codebook().sha256
    path = tmp_path / "codebook.yaml"
    path.write_text(BASE, encoding="utf-8")
    before = coding.codebook_hash(path)
    assert before == coding.load_codebook(path).sha256
    path.write_text(BASE + "comparison: {min_known_for_rank: 8}\n", encoding="utf-8")
    assert coding.codebook_hash(path) != before


def test_the_shipped_codebook_is_valid_and_every_indicator_has_an_engine():
    book = coding.load_codebook()
    assert {i.engine for i in book.indicators} <= set(coding.ENGINES)
    assert dict(book.comparison).get("min_known_for_rank", 8) >= 1


# --------------------------------------------------------- performance
def test_each_answer_is_read_once_for_all_indicators():
    from bas_analysis.coding import reading

    reading._read_cached.cache_clear()
    region(("Q02", "Det finns en regional riktlinje som gäller alla."), ("Q08", "Utbildning ges två gånger per år."))
    info = reading._read_cached.cache_info()
    assert (info.misses, info.currsize) == (2, 2)  # two answers read once, then used by all twelve region indicators
    region(("Q02", "Det finns en regional riktlinje som gäller alla."))
    assert reading._read_cached.cache_info().hits == info.hits + 1  # the same text again: not read again
