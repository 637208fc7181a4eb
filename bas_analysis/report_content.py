"""Report content: what the report notebooks show, in Swedish.

In:  a loaded build (:func:`bas_analysis.load`), a region code and a wave.
Out: the notebooks' parameters normalised (:func:`normalise_parameters`:
     Papermill's ``8`` is region ``"08"``), :func:`region_context` /
     :func:`national_context` with the figures of one report, and small
     display helpers returning escaped HTML: answer text is never put into
     Markdown or HTML unescaped.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import compare, orgs, plots
from .labels import (
    CHANGE_LABELS_SV,
    CHANGE_OF_VARIATION_SV,
    INDICATOR_LABELS_SV,
    KIND_PLURAL_SV,
    KIND_SV,
    STAGE_LABELS_SV,
    VALUE_LABELS_SV,
)
from .labels import STATUS_LABELS_SV as METHOD_STATUS_SV

PACKAGE_DIR = Path(__file__).resolve().parent
MISSING = "–"


# --- parameters -------------------------------------------------------------------------


def normalise_region(region_code) -> str:
    """8 / "8" / "08" -> "08"; ValueError naming every valid code and region otherwise."""
    try:
        return orgs.normalise_region_code(region_code)
    except ValueError:
        valid = ", ".join(f"{code} {name}" for code, name in zip(orgs.regions()["code"], orgs.regions()["short_name"]))
        raise ValueError(f"unknown region code {region_code!r} (okänd regionkod); valid codes: {valid}") from None


def normalise_wave(wave) -> int | None:
    """None, "", "None" -> None; 2021 / "2021" / 2021.0 -> 2021."""
    if wave is None or (isinstance(wave, str) and wave.strip() in ("", "None", "none")):
        return None
    try:
        return int(float(wave))
    except (TypeError, ValueError):
        raise ValueError(f"wave must be a year such as 2021 or None, not {wave!r}") from None


def resolve_processed_dir(processed_dir) -> Path:
    """The build folder; a relative path is also looked for above the working directory.

    A notebook opened in JupyterLab runs in ``notebooks/``, Papermill from the
    command line in the repository: both find ``data/processed``.
    """
    path = Path(processed_dir)
    if path.is_absolute() or (path / "manifest.json").exists():
        return path
    for parent in Path.cwd().parents:
        if (parent / path / "manifest.json").exists():
            return parent / path
    return path


def normalise_parameters(region_code=None, processed_dir="data/processed", wave=None) -> dict:
    """The notebook parameters as the library wants them (Papermill passes ``-p region_code 08`` as 8)."""
    params = {"processed_dir": resolve_processed_dir(processed_dir), "wave": normalise_wave(wave)}
    if region_code is not None:
        params["region_code"] = normalise_region(region_code)
    return params


# --- formatting ---------------------------------------------------------------------------


class HTMLBlock(str):
    """HTML made here from escaped text; Jupyter shows it as HTML."""

    def _repr_html_(self) -> str:
        return str(self)


def label(indicator: str) -> str:
    return INDICATOR_LABELS_SV.get(indicator, indicator)


def lower_label(indicator: str) -> str:
    """The label inside a sentence: "Barnombud" -> "barnombud", but "KVÅ-koder" stays."""
    text = label(indicator)
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def value_label(value, indicator: str = "") -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return MISSING
    labels = STAGE_LABELS_SV if indicator == "stage" else VALUE_LABELS_SV
    return labels.get(value, str(value))


def decimal(x, digits: int = 2) -> str:
    """0.8636 -> "0,86" (Swedish decimal comma); "–" for a missing number."""
    return MISSING if x is None or pd.isna(x) else f"{x:.{digits}f}".replace(".", ",")


def percent(x) -> str:
    return MISSING if x is None or pd.isna(x) else f"{100 * x:.0f} %"


def wave_label(wave) -> str:
    return "odaterat" if wave is None or pd.isna(wave) else str(int(wave))


def markdown_escape(text: str) -> str:
    """Backslash-escape what Markdown (and MathJax) would read as markup."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|$<>~])", r"\\\1", str(text))


def note(text: str, warn: bool = False) -> HTMLBlock:
    css = "bas-note bas-warn" if warn else "bas-note"
    return HTMLBlock(f'<p class="{css}">{html.escape(text)}</p>')


def paragraphs(texts: list[str], css: str = "") -> HTMLBlock:
    attr = f' class="{css}"' if css else ""
    return HTMLBlock("".join(f"<p{attr}>{html.escape(t)}</p>" for t in texts if t))


def table(frame: pd.DataFrame, caption: str = "") -> HTMLBlock:
    """A DataFrame as an HTML table; every cell and header is escaped."""
    body = frame.to_html(index=False, escape=True, na_rep=MISSING, border=0, classes="bas-table")
    if caption:
        body = body.replace(">", f"><caption>{html.escape(caption)}</caption>", 1)
    return HTMLBlock(body)


def join_sv(items: list[str]) -> str:
    """["a", "b", "c"] -> "a, b och c"."""
    items = [i for i in items if i]
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " och " + items[-1]


def built_date(manifest: dict) -> str:
    return str(manifest.get("built_at", ""))[:10] or "okänt datum"


# --- one region --------------------------------------------------------------------------


def _of_wave(frame: pd.DataFrame, wave: int | None) -> pd.DataFrame:
    return frame if wave is None else frame[frame["wave"] == wave]


@dataclass
class RegionContext:
    """Everything a region report shows, computed once."""

    code: str
    name: str
    wave: int | None
    built_at: str
    has_data: bool
    coded: bool
    profile: pd.DataFrame
    rank: dict
    index: pd.DataFrame
    lagging: pd.DataFrame
    waves: pd.DataFrame
    changes: pd.DataFrame
    municipalities: pd.DataFrame
    documents: pd.DataFrame
    answers: pd.DataFrame = field(repr=False)

    @property
    def reported_municipalities(self) -> pd.DataFrame:
        return self.municipalities[self.municipalities["reported"]]

    @property
    def has_followup(self) -> bool:
        return self.waves["wave"].dropna().nunique() > 1 and self.waves["support_index"].notna().sum() > 1


def region_has_data(data, region_code, wave: int | None = None) -> bool:
    """Whether the build says anything about the region or a municipality of its county."""
    code = normalise_region(region_code)
    respondents = _of_wave(data.respondents, wave)
    own = respondents["level"].eq("region") & respondents["org_code"].eq(code)
    in_county = respondents["level"].eq("municipality") & respondents["org_code"].str[:2].eq(code)
    return bool((own | in_county).any())


def region_context(data, region_code, wave=None) -> RegionContext:
    """The region's profile, rank, gaps, development, municipalities and texts (``wave``: that year only)."""
    code, wave = normalise_region(region_code), normalise_wave(wave)
    codings = _of_wave(data.codings, wave)
    is_own = codings["level"].eq("region") & codings["org_code"].eq(code)
    own = codings[is_own & codings["indicator"].isin(compare.REGION_INDICATORS)]
    coded = bool(own["value"].isin(compare.CATEGORICAL).any())
    regions_now = compare.current_state(codings, "region")
    follow = compare.follow_up(data.codings, "region")
    respondents = _of_wave(data.respondents, wave)
    own_respondents = respondents[respondents["level"].eq("region") & respondents["org_code"].eq(code)]
    return RegionContext(
        code=code,
        name=orgs.region_name(code),
        wave=wave,
        built_at=built_date(data.manifest),
        has_data=region_has_data(data, code, wave),
        coded=coded,
        profile=compare.region_profile(codings, code),
        rank=compare.region_rank(codings, code),
        index=compare.support_index(regions_now, "region"),
        lagging=compare.lagging_indicators(codings, code),
        waves=_index_per_wave(data.codings, code),
        changes=follow[follow["org_code"].eq(code)].reset_index(drop=True),
        municipalities=compare.municipalities_of_region(codings, code, respondents),
        documents=_documents_of(data, own_respondents),
        answers=data.answers[data.answers["respondent_id"].isin(own_respondents["respondent_id"])],
    )


def _index_per_wave(codings: pd.DataFrame, code: str) -> pd.DataFrame:
    """The region's support index in each wave (its newest document of the wave; undated first)."""
    own = codings[codings["level"].eq("region") & codings["org_code"].eq(code)]
    index = compare.support_index(own, "region").merge(own[["respondent_id", "doc_id"]].drop_duplicates(), on="respondent_id")
    index = index.sort_values(["wave", "doc_id"], na_position="first", kind="stable")
    return index.drop_duplicates("wave", keep="last").reset_index(drop=True)


def _documents_of(data, respondents: pd.DataFrame) -> pd.DataFrame:
    columns = ["doc_id", "kind", "title", "wave", "source_file"]
    documents = data.documents[data.documents["doc_id"].isin(respondents["doc_id"])][columns]
    return documents.sort_values(["wave", "doc_id"], ascending=False, na_position="last").reset_index(drop=True)


def region_heading(ctx: RegionContext) -> str:
    """Markdown: the report's title (the region's name) and what it is based on."""
    basis = f"underlag från {ctx.wave}" if ctx.wave is not None else "senaste underlag för varje organisation"
    return (
        f"# Barn som anhöriga: {markdown_escape(ctx.name)}\n\n"
        f"Regionrapport, {markdown_escape(basis)}. Data byggda {markdown_escape(ctx.built_at)}."
    )


def region_summary(ctx: RegionContext) -> HTMLBlock:
    """A few plain Swedish sentences: index and rank, gaps, municipalities; or that there is no data."""
    when = f" från {ctx.wave}" if ctx.wave is not None else ""
    if not ctx.has_data:
        return note(
            f"Underlaget innehåller inga uppgifter om {ctx.name}{when}: inget enkätsvar, ingen "
            "projektbeskrivning och ingen kommun i länet som redovisat sitt arbete. Rapporten fylls i "
            "när sådana texter finns med i data/raw och rapporterna skapas på nytt.",
            warn=True,
        )
    sentences = []
    if ctx.coded:
        rank = ctx.rank
        regions = "region" if rank["n_regions"] == 1 else "regioner"
        place = f", plats {rank['rank']} av {rank['n_regions']} {regions} med känt index" if rank["rank"] else ""
        sentences.append(
            f"{ctx.name} har stödindex {decimal(rank['index'])} på en skala från 0 till 1 "
            f"({rank['n_known']} av {rank['n_applicable']} indikatorer kända){place}."
        )
        is_unknown = ctx.lagging["value"].eq(compare.UNKNOWN)
        behind = [lower_label(i) for i in ctx.lagging.loc[~is_unknown, "indicator"]]
        silent = [lower_label(i) for i in ctx.lagging.loc[is_unknown, "indicator"]]
        if behind:
            sentences.append(f"Regionen ligger efter de flesta andra regioner när det gäller {join_sv(behind)}.")
        if silent:
            sentences.append(f"Regionens text säger inget om {join_sv(silent)}, som de flesta andra regioner har.")
        if not behind and not silent:
            sentences.append("Det finns ingen indikator där regionen ligger efter de flesta andra regionerna.")
    else:
        sentences.append(
            f"Det finns inget kodat enkätsvar från {ctx.name}{when}, så regionen kan inte jämföras med "
            "landet indikator för indikator."
        )
    if len(ctx.documents):
        kinds = [f"{KIND_SV.get(k, k)} ({wave_label(w)})" for k, w in zip(ctx.documents["kind"], ctx.documents["wave"])]
        sentences.append(f"Underlaget om regionen: {join_sv(kinds)}.")
    n_reported, n_all = len(ctx.reported_municipalities), len(ctx.municipalities)
    sentences.append(f"{n_reported} av länets {n_all} kommuner har redovisat sitt arbete i kommunnätverket.")
    return HTMLBlock(f'<div class="bas-summary">{paragraphs(sentences)}</div>')


def profile_table(ctx: RegionContext) -> HTMLBlock:
    """Per indicator: the region's value beside how many regions have each value."""
    if not ctx.coded:
        return note("Regionen har inga kodade enkätsvar i underlaget, så det finns ingen profil att jämföra med landet.")
    p = ctx.profile
    n = p["n_regions"]
    rows = pd.DataFrame({
        "Indikator": p["indicator"].map(label),
        "Regionen": p["value"].map(value_label),
        "Ja": (p["share_yes"] * n).round().astype(int),
        "Delvis": (p["share_partial"] * n).round().astype(int),
        "Nej": (p["share_no"] * n).round().astype(int),
        "Okänt": (p["share_unknown"] * n).round().astype(int),
        "Flertalet har bättre": p["lags"].map({True: "ja", False: ""}),
    })
    return table(rows, caption=(
        f"Antal regioner med varje värde, av {int(n.iloc[0])} regioner i underlaget. Flertalet har bättre: fler än "
        "hälften av de andra regionerna med känt värde har ett bättre värde (när regionens värde är okänt: har ja)."
    ))


def lagging_table(ctx: RegionContext) -> HTMLBlock:
    """What the region lacks that most regions have, the clearest gap first, with its evidence."""
    if not ctx.coded:
        return note("Utan kodade enkätsvar går det inte att säga vad regionen saknar jämfört med andra.")
    if ctx.lagging.empty:
        return note(
            "Det finns ingen indikator där fler än hälften av de andra regionerna med känt värde har ett "
            "bättre värde än regionen."
        )
    lag = ctx.lagging
    rows = pd.DataFrame({
        "Indikator": lag["indicator"].map(label),
        "Regionen": lag["value"].map(value_label),
        "Andel andra regioner med bättre värde": lag["share_better"].map(percent),
        "Belägg": lag["evidence"].replace("", MISSING),
    })
    unknown = lag["value"].eq(compare.UNKNOWN).any()
    return table(rows, caption="Okänt: regionens text säger inget om saken; det betyder inte att stödet saknas." if unknown else "")


def evidence_table(ctx: RegionContext) -> HTMLBlock:
    """The sentence behind each coded value, and the codebook rule that read it."""
    rows = ctx.profile[ctx.profile["evidence"].fillna("").ne("")]
    if rows.empty:
        return note("Det finns inga citat att visa: inga värden har kodats ur regionens svar.")
    frame = pd.DataFrame({
        "Indikator": rows["indicator"].map(label),
        "Värde": rows["value"].map(value_label),
        "Citat ur regionens svar": rows["evidence"],
        "Regel": [("manuell kodning" if s == "manual" else r) for s, r in zip(rows["source"], rows["rule_id"])],
    })
    return table(frame)


def development_table(ctx: RegionContext) -> HTMLBlock:
    """The support index in each wave and the indicators that changed between waves."""
    if ctx.waves.empty:
        return note("Det finns inga kodade enkätsvar från regionen, så utvecklingen över tid kan inte visas.")
    per_wave = pd.DataFrame({
        "År": ctx.waves["wave"].map(wave_label),
        "Stödindex": ctx.waves["support_index"].map(decimal),
        "Kända indikatorer": ctx.waves["n_known"].astype(str) + " av " + ctx.waves["n_applicable"].astype(str),
    })
    parts = [table(per_wave)]
    changed = ctx.changes[ctx.changes["change"].ne("unchanged")]
    if ctx.waves["wave"].dropna().nunique() < 2:
        parts.append(note("Det finns daterade svar från högst ett år, så förändringar mellan år kan inte visas ännu."))
    elif changed.empty:
        parts.append(note("Inga indikatorer har ändrats mellan åren."))
    else:
        parts.append(table(pd.DataFrame({
            "Indikator": changed["indicator"].map(label),
            "Från": changed["wave_from"].map(wave_label) + ": " + changed["value_from"].map(value_label),
            "Till": changed["wave_to"].map(wave_label) + ": " + changed["value_to"].map(value_label),
            "Förändring": changed["change"].map(CHANGE_LABELS_SV),
            "Belägg (senare år)": changed["evidence_to"].replace("", MISSING),
        })))
    return HTMLBlock("".join(parts))


def methods_label(value) -> str:
    """ "BRA-samtal:active;ME-WE:training" -> "BRA-samtal (pågår), ME-WE (utbildning pågår)"."""
    methods = compare.parse_methods(value) if isinstance(value, str) else None
    if methods is None:
        return "okänt" if value == compare.UNKNOWN else MISSING
    if not methods:
        return "inga namngivna"
    return ", ".join(f"{name} ({METHOD_STATUS_SV.get(status, status)})" for name, status in methods.items())


def municipality_table(ctx: RegionContext) -> HTMLBlock:
    """The county's municipalities that reported, their mandate, support and stage; the others by name."""
    reported, others = ctx.reported_municipalities, ctx.municipalities[~ctx.municipalities["reported"]]
    parts = []
    if reported.empty:
        parts.append(note("Ingen av länets kommuner har redovisat sitt arbete i underlaget."))
    else:
        parts.append(table(pd.DataFrame({
            "Kommun": reported["name"],
            "År": reported["wave"].map(wave_label),
            "Uppdrag att stödja barn": reported["mandate_children"].map(value_label),
            "Enskilda samtal": reported["individual_support"].map(value_label),
            "Gruppverksamhet": reported["group_support"].map(value_label),
            "Utvecklingsfas": [value_label(v, "stage") for v in reported["stage"]],
            "Metoder": reported["methods"].map(methods_label),
        })))
    if len(others):
        parts.append(paragraphs([f"Inga uppgifter från {join_sv(list(others['name']))}."]))
    return HTMLBlock("".join(parts))


def region_texts(ctx: RegionContext, max_paragraphs: int = 40) -> HTMLBlock:
    """The region's own documents, question by question, folded (redacted text, escaped)."""
    if ctx.documents.empty:
        return note("Det finns inga texter från regionen själv i underlaget.")
    blocks = []
    for doc in ctx.documents.itertuples():
        answers = ctx.answers[ctx.answers["doc_id"].eq(doc.doc_id)].sort_values("position").head(max_paragraphs)
        items, last_question = [], None
        for answer in answers.itertuples():
            question = answer.question_text or ""
            if question and question != last_question:
                items.append(f'<p class="bas-question">{html.escape(question)}</p>')
                last_question = question
            items.append(f'<p class="bas-quote">{html.escape(answer.answer_text or "")}</p>')
        title = f"{KIND_SV.get(doc.kind, doc.kind).capitalize()}, {wave_label(doc.wave)}: {doc.title or doc.source_file}"
        blocks.append(f"<details><summary>{html.escape(title)}</summary>{''.join(items)}</details>")
    return HTMLBlock("".join(blocks))


def data_basis(data) -> HTMLBlock:
    """What the build read: date, documents by kind, files and problems."""
    manifest, counts = data.manifest, data.manifest.get("counts", {})
    by_kind = counts.get("documents_by_kind", {}).items()
    kinds = [f"{n} {(KIND_SV if n == 1 else KIND_PLURAL_SV).get(kind, kind)}" for kind, n in by_kind]
    sentences = [
        f"Data byggda {built_date(manifest)} från {counts.get('files_seen', len(manifest.get('inputs', [])))} "
        f"filer: {join_sv(kinds) or 'inga dokument'}.",
        f"{counts.get('problems', len(data.problems))} problem noterades vid bygget (se problems.csv); "
        "ingen fil hoppas över utan att det står där.",
    ]
    return paragraphs(sentences)


# --- the country ----------------------------------------------------------------------


@dataclass
class NationalContext:
    """Everything the national overview shows, computed once."""

    wave: int | None
    built_at: str
    codings: pd.DataFrame = field(repr=False)
    variation: pd.DataFrame
    municipal_variation: pd.DataFrame
    index: pd.DataFrame
    trend: pd.DataFrame
    follow: pd.DataFrame
    n_regions: int
    n_municipalities: int


def national_context(data, wave=None) -> NationalContext:
    wave = normalise_wave(wave)
    codings = _of_wave(data.codings, wave)
    regions_now = compare.current_state(codings, "region")
    municipalities = codings[codings["level"].eq("municipality") & codings["org_code"].ne("")]
    return NationalContext(
        wave=wave,
        built_at=built_date(data.manifest),
        codings=codings,
        variation=compare.variation(codings, "region", by_wave=False),
        municipal_variation=compare.variation(codings, "municipality", by_wave=False),
        index=compare.support_index(regions_now, "region"),
        trend=compare.variation_trend(data.codings, "region"),
        follow=compare.follow_up(data.codings, "region"),
        n_regions=regions_now["org_code"].nunique(),
        n_municipalities=municipalities["org_code"].nunique(),
    )


def national_heading(ctx: NationalContext) -> str:
    basis = f"underlag från {ctx.wave}" if ctx.wave is not None else "senaste underlag för varje organisation"
    return (
        "# Barn som anhöriga: nationell översikt\n\n"
        f"Alla regioner och kommuner i underlaget, {markdown_escape(basis)}. Data byggda {markdown_escape(ctx.built_at)}."
    )


def _indicator_rows(variation: pd.DataFrame) -> pd.DataFrame:
    return variation[variation["indicator"].ne("support_index")]


def _value_counts_text(row) -> str:
    is_stage = row["indicator"] == "stage"
    labels = STAGE_LABELS_SV if is_stage else VALUE_LABELS_SV
    keys = ("established", "developing", "none") if is_stage else ("yes", "partial", "no")
    parts = [f"{int(row[f'n_{v}'])} {labels[k]}" for v, k in zip(("yes", "partial", "no"), keys) if row[f"n_{v}"]]
    return f"{join_sv(parts)} av {int(row['n_known'])} med känt värde"


def national_summary(ctx: NationalContext) -> HTMLBlock:
    """Plain Swedish: where support varies most, where it is alike, what is unknown, and the trend."""
    sentences = [
        f"Underlaget har kodade enkätsvar från {ctx.n_regions} av landets 21 regioner och redovisningar "
        f"från {ctx.n_municipalities} av 290 kommuner."
    ]
    sentences += variation_sentences(ctx.variation, "regionerna")
    sentences += variation_sentences(ctx.municipal_variation, "kommunerna")
    sentences.append(trend_sentence(ctx.trend))
    return HTMLBlock(f'<div class="bas-summary">{paragraphs(sentences)}</div>')


def variation_sentences(variation: pd.DataFrame, units: str) -> list[str]:
    """Where the units (``"regionerna"``, ``"kommunerna"``) differ most, where they are alike, what is unknown."""
    rows = _indicator_rows(variation)
    known = rows[rows["n_known"] >= 2]
    if known.empty:
        return [f"För få av {units} har kända värden för att säga var stödet varierar mellan dem."]
    sentences = []
    varied = known[known["range"] > 0].sort_values(["cv", "n_known"], ascending=False).head(3)
    if len(varied):
        detail = "; ".join(f"{lower_label(r['indicator'])} ({_value_counts_text(r)})" for r in varied.to_dict("records"))
        sentences.append(f"Stödet varierar mest mellan {units} när det gäller {detail}.")
    alike = known[known["range"].eq(0)]
    if len(alike):
        sentences.append(
            f"Samma värde hos alla {units} där det är känt: {join_sv([lower_label(i) for i in alike['indicator']])}."
        )
    unknown = rows[rows["n_unknown"] > rows["n"] / 2]
    if len(unknown):
        sentences.append(
            f"För {join_sv([lower_label(i) for i in unknown['indicator']])} saknas uppgift för mer än hälften "
            f"av {units}; där säger underlaget lite om hur stödet varierar."
        )
    return sentences




def variation_change(trend: pd.DataFrame) -> pd.Series:
    """Per indicator: whether the coefficient of variation decreased, increased or stayed between its first and
    last wave with at least two known values (one region has no variation to compare)."""
    changes = {}
    for indicator, rows in trend[trend["n_known"] >= 2].sort_values("wave").groupby("indicator"):
        if rows["wave"].nunique() < 2:
            continue
        first, last = rows["cv"].iloc[0], rows["cv"].iloc[-1]
        changes[indicator] = "decreased" if last < first else "increased" if last > first else "unchanged"
    return pd.Series(changes, dtype=object)


def trend_sentence(trend: pd.DataFrame) -> str:
    """Whether variation between regions shrank between the first and last year (the national aim)."""
    change = variation_change(trend[trend["indicator"].ne("support_index")])
    if change.empty:
        return (
            "Underlaget räcker ännu inte för att säga om skillnaderna mellan regionerna har minskat över tid "
            "(det kräver kända värden från minst två regioner i minst två år)."
        )
    waves = trend["wave"].dropna()
    verbs = {"decreased": "minskat", "increased": "ökat", "unchanged": "varit oförändrad"}
    parts = [
        f"{verbs[kind]} för {join_sv([lower_label(i) for i in change.index[change == kind]])}"
        for kind in verbs if (change == kind).any()
    ]
    per_wave = trend.groupby("wave")["n_known"].max()
    counts = ", ".join(f"{int(n)} år {int(w)}" for w, n in per_wave.items())
    return (
        f"Från {int(waves.min())} till {int(waves.max())} har variationen mellan regionerna {join_sv(parts)} "
        f"(mätt med variationskoefficienten; regioner med kända värden: {counts})."
    )


def variation_table(variation: pd.DataFrame) -> HTMLBlock:
    """Coverage with its 95 % interval and the spread measures, per indicator."""
    rows = _indicator_rows(variation)
    if rows["n_known"].sum() == 0:
        return note("Inga kända värden att beskriva.")
    frame = pd.DataFrame({
        "Indikator": rows["indicator"].map(label),
        "Kända": rows["n_known"].astype(str) + " av " + rows["n"].astype(str),
        "Ja": rows["n_yes"], "Delvis": rows["n_partial"], "Nej": rows["n_no"],
        "Täckning (95 % KI)": [
            MISSING if pd.isna(c) else f"{percent(c)} ({100 * lo:.0f}–{100 * hi:.0f})"
            for c, lo, hi in zip(rows["coverage"], rows["ci_low"], rows["ci_high"])
        ],
        "Kvartilavstånd": rows["iqr"].map(decimal),
        "Variationskoefficient": rows["cv"].map(decimal),
        "Gini": rows["gini"].map(decimal),
    })
    return table(frame)


def trend_table(trend: pd.DataFrame) -> HTMLBlock:
    """Coverage and coefficient of variation per indicator and year, and whether variation shrank."""
    if trend["wave"].nunique() < 2:
        years = join_sv([wave_label(w) for w in sorted(trend["wave"].dropna().unique())])
        return note(
            "Det finns daterade enkätsvar från " + (f"bara {years}" if years else "inget år")
            + ", så förändringen mellan åren kan inte visas ännu."
        )
    frame = trend[trend["indicator"].ne("support_index")].copy()
    frame["cell"] = [f"{percent(c)} / {decimal(v)}" for c, v in zip(frame["coverage"], frame["cv"])]
    wide = frame.pivot(index="indicator", columns="wave", values="cell").reindex(compare.REGION_INDICATORS).dropna(how="all")
    wide.columns = [str(int(w)) for w in wide.columns]
    wide["Variationen"] = variation_change(frame).reindex(wide.index).map(CHANGE_OF_VARIATION_SV).fillna(MISSING)
    wide.insert(0, "Indikator", wide.index.map(label))
    caption = "Täckning / variationskoefficient per år (regionernas senaste svar varje år)."
    return table(wide.fillna(MISSING), caption=caption)


def municipal_table(ctx: NationalContext) -> HTMLBlock:
    """How many municipalities have each value of mandate, individual and group support, and stage."""
    states = compare.current_state(ctx.codings, "municipality")
    states = states[states["org_code"].ne("")]
    if states.empty:
        return note("Underlaget innehåller inga redovisningar från kommuner.")
    columns = {
        "yes": "ja / etablerat", "partial": "delvis / under uppbyggnad", "no": "nej / ingen verksamhet", "unknown": "okänt",
    }
    as_value = {"established": "yes", "developing": "partial", "none": "no"}
    rows = []
    for indicator in compare.MUNICIPALITY_INDICATORS:
        values = states[states["indicator"].eq(indicator)].groupby("org_code")["value"].first().replace(as_value)
        counts = values.reindex(states["org_code"].unique()).fillna("unknown").value_counts()
        rows.append({"Indikator": label(indicator), **{title: int(counts.get(v, 0)) for v, title in columns.items()}})
    return table(pd.DataFrame(rows), caption=f"Antal kommuner, av {states['org_code'].nunique()} som redovisat.")


def search_quotes(data, text: str) -> pd.DataFrame:
    """Codings whose evidence contains ``text`` (case-insensitive), with the organisation's name."""
    codings = data.codings
    hits = codings[codings["evidence"].fillna("").str.contains(text, case=False, regex=False)]
    return hits.assign(org=hits["org_code"].map(plots.org_label))[
        ["org", "org_code", "wave", "indicator", "value", "evidence", "rule_id"]
    ].reset_index(drop=True)
