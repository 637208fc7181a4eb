"""Labels: every Swedish word an evaluator reads for a code of the package, defined once.

In:  nothing (imported by plots and the report side).
Out: dictionaries from the package's codes (indicator names, values, stages,
     method statuses, changes, document kinds, report statuses) to Swedish, and
     numbers and lists written the Swedish way (:func:`decimal` "0,86", :func:`percent`
     "45 %", :func:`join_sv` "a, b och c").
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
STATUS_LABELS_SV = {"active": "pågår", "training": "utbildning pågår", "planned": "planeras", "": "status okänd"}
CHANGE_LABELS_SV = {
    "improved": "förbättrad",
    "unchanged": "oförändrad",
    "worsened": "försämrad",
    "became_known": "blev känd",
    "became_unknown": "blev okänd",
}
NO_DATA_LABEL = "inga uppgifter"

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

# How sure the coder is of a value, and why (the codings table's confidence and confidence_reason)
CONFIDENCE_SV = {"high": "hög", "medium": "medel", "low": "låg"}
CONFIDENCE_REASON_SV = {
    "cue in its own answer": "ordval i svaret på den egna frågan",
    "decided by meaning without a cue": "tolkat efter innebörd, utan tydligt ordval",
    "taken from the answer it refers to": "hämtat från svaret som svaret hänvisar till",
    "taken from elsewhere on the page": "hämtat från ett annat ställe på sidan",
    "conflicting statements": "motstridiga uppgifter",
    "cut-off page": "sidan är avklippt",
    "the page says nothing about it": "sidan säger inget om det",
    "cue in its own block": "ordval i kommunens eget stycke",
    "decided from other indicators of the block": "härlett från kommunens andra värden",
    "manual coding": "manuell kodning",
}

# report statuses: the codes are those of bas_analysis.report
REPORT_STATUS_SV = {"ok": "klar", "no_data": "inga uppgifter", "failed": "misslyckades"}

# numbers as the reports write them
MISSING_NUMBER = "–"


def decimal(x, digits: int = 2) -> str:
    """0.8636 -> "0,86" (Swedish decimal comma); "–" for a missing number."""
    return MISSING_NUMBER if x is None or pd.isna(x) else f"{x:.{digits}f}".replace(".", ",")


def percent(x) -> str:
    """0.45 -> "45 %"; "–" for a missing number."""
    return MISSING_NUMBER if x is None or pd.isna(x) else f"{100 * x:.0f} %"


def join_sv(items) -> str:
    """["a", "b", "c"] -> "a, b och c"."""
    items = [i for i in items if i]
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]
