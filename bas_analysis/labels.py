"""Labels: every Swedish word an evaluator reads for a code of the package, defined once.

In:  nothing (imported by plots and the report side).
Out: dictionaries from the package's codes (indicator names, values, stages,
     set members, method statuses, confidence, changes, document kinds, report
     statuses, missing values) to Swedish, the forms a count takes ("19 klara",
     "8 etablerade": :func:`counted_as`), and numbers and lists written the
     Swedish way (:func:`decimal` "0,86", :func:`percent` "45 %", :func:`join_sv`
     "a, b och c", "a, b eller c").
"""
from __future__ import annotations

import pandas as pd

INDICATOR_LABELS_SV = {
    "coordination": "Samordning",
    "steering_document": "Styrdokument",
    "steering_followup": "Uppföljning av styrdokument",
    "child_ombud": "Barnombud",
    "child_ombud_count": "Antal barnombud",
    "journal_documentation": "Dokumentation i journalen",
    "kva_codes": "KVÅ-koder",
    "staff_training": "Utbildning för personal",
    "material_staff": "Material till personal",
    "material_parents": "Material till föräldrar",
    "material_children": "Material till barn och unga",
    "special_initiatives": "Särskilda satsningar",
    "compliance_followup": "Uppföljning av efterlevnad",
    "mandate_children": "Uppdrag att stödja barn",
    "individual_support": "Enskilda samtal",
    "group_support": "Gruppverksamhet",
    "methods": "Metoder",
    "target_conditions": "Målgrupper",
    "age_min": "Lägsta ålder",
    "age_max": "Högsta ålder",
    "partners": "Samverkanspartner",
    "stage": "Utvecklingsfas",
    "support_index": "Stödindex",
    # columns of the compare tables that plots may be asked to show
    "value": "Värde",
    "coverage": "Täckning",
    "n_known": "Antal kända indikatorer",
    "share_yes": "Andel ja",
    "sd": "Standardavvikelse",
    "cv": "Variationskoefficient",
    "gini": "Gini",
}
VALUE_LABELS_SV = {"yes": "ja", "partial": "delvis", "no": "nej", "unknown": "okänt"}
STAGE_LABELS_SV = {
    "established": "etablerat",
    "developing": "under uppbyggnad",
    "none": "ingen verksamhet",
    "unknown": "okänt",
}
# set members of the municipal indicators (codebook members; vocab.format_set writes them)
MEMBER_LABELS_SV = {
    "target_conditions": {
        "addiction": "missbruk eller beroende",
        "mental_illness": "psykisk ohälsa",
        "somatic_illness": "fysisk sjukdom",
        "death": "dödsfall",
        "disability": "funktionsnedsättning",
        "violence": "våld",
        "separation": "separation",
        "siblings": "syskon",
    },
    "partners": {
        "church": "Svenska kyrkan",
        "school": "skola",
        "social_services": "socialtjänst",
        "healthcare": "hälso- och sjukvård",
        "civil_society": "ideella organisationer",
    },
}
STATUS_LABELS_SV = {"active": "pågår", "training": "utbildning pågår", "planned": "planeras", "": "status okänd"}
CHANGE_LABELS_SV = {
    "improved": "förbättrad",
    "unchanged": "oförändrad",
    "worsened": "försämrad",
    "became_known": "blev känd",
    "became_unknown": "blev okänd",
}
NO_DATA_LABEL = "inga uppgifter"

# The three kinds of missing value (vocab.py defines them), as the reports and downloads write them.
MISSING_LABELS_SV = {
    "unknown": "okänt",          # the source does not say
    "empty_set": "inga",         # the source was read and names none
    "not_applicable": "",        # no value belongs here: an empty cell
}
MISSING_EXPLAINED_SV = {
    "unknown": "texten säger inget om saken (räknas aldrig som nej)",
    "empty_set": "texten har lästs och nämner inga",
    "not_applicable": "ingen uppgift hör hit: indikatorn gäller inte organisationens nivå, eller texten anger inget tal",
}

# How sure a coded value is (coding: confidence and confidence_reason)
CONFIDENCE_SV = {"high": "hög", "medium": "medel", "low": "låg"}
CONFIDENCE_REASON_SV = {
    "cue in its own answer": "ett kodord i svaret på indikatorns egen fråga",
    "cue in its own block": "ett kodord i kommunens eget avsnitt",
    "decided by meaning without a cue": "svarets innebörd, utan kodord",
    "taken from the answer it refers to": "svaret som hänvisas till",
    "taken from elsewhere on the page": "en annan plats på sidan",
    "conflicting statements": "uppgifter som motsäger varandra",
    "cut-off page": "en sida som är avklippt där svaret står",
    "the page says nothing about it": "sidan säger inget om saken",
    "decided from other indicators of the block": "avsnittets övriga indikatorer",
    "manual coding": "manuell kodning",
}

KIND_SV = {
    "questionnaire": "enkätsvar",
    "network_report": "redovisning i kommunnätverket",
    "project_description": "projektbeskrivning",
    "other": "annan text",
}
KIND_PLURAL_SV = {
    "questionnaire": "enkätsvar",
    "network_report": "redovisningar i kommunnätverket",
    "project_description": "projektbeskrivningar",
    "other": "andra texter",
}
# "Did variation shrink between two waves?" (compare.panel_change's verdict codes)
PANEL_VERDICT_SV = {
    "decreased": "minskat",
    "increased": "ökat",
    "no_clear_change": "ingen säker förändring",
    "undecidable": "kan inte avgöras",
}
# What placed a page in time (parse/waves.py's wave_source)
WAVE_SOURCE_SV = {
    "page_date": "sidans datum",
    "text_year": "årtal i texten",
    "questionnaire_generation": "enkätens formulering",
    "none": "inget årtal",
}
# Why a page comes after the previous page of the same organisation (compare.page_order)
ORDER_BASIS_SV = {
    "first": "första sidan",
    "wave": "senare år",
    "generation": "samma år, senare enkätformulering",
    "upper_bound": "samma år, men uppgifterna tillåter ett senare år",
    "page_date": "samma år, senare datum på sidan",
    "tie": "samma år, uppgifterna kan inte avgöra ordningen",
}

# report statuses: the codes are those of bas_analysis.report
REPORT_STATUS_SV = {"ok": "klar", "no_data": "inga uppgifter", "failed": "misslyckades"}

# What a number of things is called: (one, several). "1 klar", "19 klara"; "1 etablerad", "8 etablerade".
COUNT_FORMS_SV = {
    "report:ok": ("klar", "klara"),
    "report:no_data": ("utan uppgifter", "utan uppgifter"),
    "report:failed": ("misslyckad", "misslyckade"),
    "stage:established": ("etablerad", "etablerade"),
    "stage:developing": ("under uppbyggnad", "under uppbyggnad"),
    "stage:none": ("utan verksamhet", "utan verksamhet"),
    "stage:unknown": ("okänd", "okända"),
    "report": ("rapport", "rapporter"),
    "region": ("region", "regioner"),
    "municipality": ("kommun", "kommuner"),
    "page": ("sida", "sidor"),
}

# The links on top of every page of a report set (file name -> link text)
NAV_SV = {
    "index.html": "Alla rapporter",
    "nationell-oversikt.html": "Nationell översikt",
    "metod.html": "Metod och begränsningar",
    "index.html#tabeller": "Ladda ned siffrorna",
}

# numbers as the reports write them
MISSING_NUMBER = "–"


def decimal(x, digits: int = 2) -> str:
    """0.8636 -> "0,86" (Swedish decimal comma); "–" for a missing number."""
    return MISSING_NUMBER if x is None or pd.isna(x) else f"{x:.{digits}f}".replace(".", ",")


def percent(x, digits: int = 0) -> str:
    """0.45 -> "45 %"; ``digits=1``: 0.996 -> "99,6 %"; "–" for a missing number."""
    return MISSING_NUMBER if x is None or pd.isna(x) else f"{100 * x:.{digits}f} %".replace(".", ",")


def join_sv(items, last: str = "och") -> str:
    """["a", "b", "c"] -> "a, b och c"; ``last="eller"``: "a, b eller c" (after a negation: "säger inget om …")."""
    items = [i for i in items if i]
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def counted_as(n: int, what: str) -> str:
    """ "19 klara", "1 klar", "8 etablerade": ``n`` with the form :data:`COUNT_FORMS_SV` gives ``what``."""
    one, several = COUNT_FORMS_SV[what]
    return f"{int(n)} {one if int(n) == 1 else several}"
