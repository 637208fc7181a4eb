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
    INDICATOR_LABELS_SV,
    KIND_PLURAL_SV,
    KIND_SV,
    ORDER_BASIS_SV,
    PANEL_VERDICT_SV,
    STAGE_LABELS_SV,
    VALUE_LABELS_SV,
    WAVE_SOURCE_SV,
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


def _missing(x) -> bool:
    return x is None or (not isinstance(x, str) and pd.isna(x))


def wave_text(wave, source="page_date", wave_min=None, wave_max=None, brief: bool = False) -> str:
    """A page's year as an evaluator reads it.

    "2018" (the page's date); "2014 (enligt årtal i texten)" (bounds fixed
    to the year); "2021 (uppskattat: 2021 eller senare, enligt enkätens
    formulering)" or "… 2021–2022 …" (an estimate); "utan år". ``brief``:
    "2018", "2014", "uppskattat 2021 eller senare", "uppskattat 2021–2022".
    """
    if _missing(wave):
        return "utan år"
    year = str(int(wave))
    if source == "page_date" or _missing(source):
        return year
    low = int(wave_min) if not _missing(wave_min) else int(wave)
    basis = f"enligt {WAVE_SOURCE_SV.get(source, source)}"
    if not _missing(wave_max) and int(wave_max) == low:
        return year if brief else f"{year} ({basis})"
    span = f"{low} eller senare" if _missing(wave_max) else f"{low}–{int(wave_max)}"
    return f"uppskattat {span}" if brief else f"{year} (uppskattat: {span}, {basis})"


def counted(n_part: int, n_whole: int, what: str = "med känt värde") -> str:
    """ "3 av 4 med känt värde"."""
    return f"{int(n_part)} av {int(n_whole)} {what}"


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
    pages: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)

    @property
    def current_page(self):
        """The region's newest page by its evidence (a row of :func:`compare.page_order`), or None."""
        current = self.pages[self.pages["is_current"]] if len(self.pages) else self.pages
        return current.iloc[0] if len(current) else None

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
    """The region's profile, rank, gaps, development, municipalities and texts (``wave``: that year only).

    An organisation's pages are ordered by their own evidence
    (:func:`compare.page_order`); its newest is its current state.
    """
    code, wave = normalise_region(region_code), normalise_wave(wave)
    ordered = compare.with_page_order(data.codings, data.documents)
    codings = _of_wave(ordered, wave)
    is_own = codings["level"].eq("region") & codings["org_code"].eq(code)
    own = codings[is_own & codings["indicator"].isin(compare.REGION_INDICATORS)]
    coded = bool(own["value"].isin(compare.CATEGORICAL).any())
    regions_now = compare.current_state(codings, "region")
    follow = compare.follow_up(ordered, "region")
    respondents = _of_wave(data.respondents, wave)
    own_respondents = respondents[respondents["level"].eq("region") & respondents["org_code"].eq(code)]
    pages = compare.page_order(data.documents, own_respondents, "region")
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
        waves=_index_per_wave(ordered, code),
        changes=follow[follow["org_code"].eq(code)].reset_index(drop=True),
        municipalities=compare.municipalities_of_region(codings, code, respondents),
        documents=_documents_of(data, pages),
        answers=data.answers[data.answers["respondent_id"].isin(own_respondents["respondent_id"])],
        pages=pages,
    )


def _index_per_wave(codings: pd.DataFrame, code: str) -> pd.DataFrame:
    """The region's support index in each wave: its newest coded page of the wave by the evidence order."""
    own = codings[codings["level"].eq("region") & codings["org_code"].eq(code)]
    per_page = own[["respondent_id", "doc_id"] + (["page_rank"] if "page_rank" in own else [])].drop_duplicates("respondent_id")
    index = compare.support_index(own, "region").merge(per_page, on="respondent_id")
    index = index.sort_values(["page_rank"] if "page_rank" in index else ["wave", "doc_id"], na_position="first", kind="stable")
    return index.drop_duplicates("wave", keep="last").reset_index(drop=True)


def _documents_of(data, pages: pd.DataFrame) -> pd.DataFrame:
    """The region's own pages, newest first by the evidence order."""
    columns = ["doc_id", "kind", "title", "wave", "wave_source", "wave_min", "wave_max", "source_file"]
    order = pages.drop_duplicates("doc_id").set_index("doc_id")["position"]
    documents = data.documents[data.documents["doc_id"].isin(order.index)].reindex(columns=columns)
    documents = documents.assign(_position=documents["doc_id"].map(order))
    return documents.sort_values("_position", ascending=False).drop(columns="_position").reset_index(drop=True)


def _document_wave_text(doc, brief: bool = False) -> str:
    return wave_text(doc.wave, getattr(doc, "wave_source", "page_date"), getattr(doc, "wave_min", None),
                     getattr(doc, "wave_max", None), brief)


def region_heading(ctx: RegionContext) -> str:
    """Markdown: the report's title (the region's name) and what it is based on."""
    basis = f"underlag från {ctx.wave}" if ctx.wave is not None else "senaste underlag för varje organisation"
    return (
        f"# Barn som anhöriga: {markdown_escape(ctx.name)}\n\n"
        f"Regionrapport, {markdown_escape(basis)}. Data byggda {markdown_escape(ctx.built_at)}."
    )


def _rank_sentence(ctx: RegionContext) -> str:
    rank = ctx.rank
    sentence = (
        f"{ctx.name} har stödindex {decimal(rank['index'])} på en skala från 0 till 1 "
        f"({rank['n_known']} av {rank['n_applicable']} indikatorer kända"
    )
    if rank["n_known"] < rank["n_applicable"]:
        sentence += (
            f"; om de okända vore nej eller ja låg indexet mellan {decimal(rank['index_low'])} "
            f"och {decimal(rank['index_high'])}"
        )
    sentence += ")"
    regions = "region" if rank["n_regions"] == 1 else "regioner"
    rule = f"minst {rank['min_known']} av {rank['n_applicable']} indikatorer kända"
    if rank["rank"]:
        sentence += f", plats {rank['rank']} av {rank['n_regions']} {regions} med känt värde ({rule})."
    elif not pd.isna(rank["index"]):
        sentence += (
            f". Regionen rangordnas inte: bara regioner med {rule} jämförs, och det har "
            f"{rank['n_regions']} {regions} i underlaget."
        )
    else:
        sentence += "."
    return sentence


def _lag_detail(row) -> str:
    return f"{lower_label(row['indicator'])} ({counted(row['n_better'], row['n_compared'])} har bättre)"


def _silent_detail(row) -> str:
    return f"{lower_label(row['indicator'])} ({counted(row['n_better'], row['n_compared'])} har ja)"


def current_page_sentence(ctx: RegionContext) -> str:
    """Which of the region's pages is its current state, by its own evidence, and whether that is certain."""
    page = ctx.current_page
    if page is None:
        return ""
    sentence = (
        f"Senaste underlag: {KIND_SV.get(page['kind'], page['kind'])} från "
        f"{wave_text(page['wave'], page['wave_source'], page['wave_min'], page['wave_max'])} ({page['source_file']})"
    )
    if page["n_pages"] > 1:
        sentence += f", det nyaste av regionens {page['n_pages']} sidor efter deras egna uppgifter om tid"
        if page["order_basis"] == "tie" and page["tied_with"]:
            others = join_sv(page["tied_with"].split(";"))
            sentence += f"; uppgifterna kan inte avgöra om det eller {others} är nyast"
        elif page["order_basis"] not in ("first", "wave"):
            sentence += f" ({ORDER_BASIS_SV[page['order_basis']]})"
    return sentence + "."


def region_summary(ctx: RegionContext) -> HTMLBlock:
    """A few plain Swedish sentences: index and rank, gaps, the current page, municipalities; or that there is no data."""
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
        sentences.append(_rank_sentence(ctx))
        is_unknown = ctx.lagging["value"].eq(compare.UNKNOWN)
        behind = [_lag_detail(r) for r in ctx.lagging[~is_unknown].to_dict("records")]
        silent = [_silent_detail(r) for r in ctx.lagging[is_unknown].to_dict("records")]
        n_others = int(ctx.profile["n_rankable_others"].iloc[0])
        rule = f"bland de {n_others} andra regionerna med minst {ctx.rank['min_known']} av 12 indikatorer kända"
        if n_others < compare.MIN_COMPARED:
            others = "ingen annan region" if n_others == 0 else f"bara {n_others} annan region"
            sentences.append(
                f"Vad de flesta regioner har kan inte sägas: {others} i underlaget har minst "
                f"{ctx.rank['min_known']} av 12 indikatorer kända."
            )
        elif behind:
            sentences.append(f"Regionen ligger efter de flesta andra regioner ({rule}) när det gäller {join_sv(behind)}.")
        if silent:
            sentences.append(f"Regionens text säger inget om {join_sv(silent)}, som de flesta andra regioner ({rule}) har.")
        if not behind and not silent and n_others >= compare.MIN_COMPARED:
            sentences.append(f"Det finns ingen indikator där regionen ligger efter de flesta andra regionerna ({rule}).")
    else:
        sentences.append(
            f"Det finns inget kodat enkätsvar från {ctx.name}{when}, så regionen kan inte jämföras med "
            "landet indikator för indikator."
        )
    if len(ctx.documents):
        kinds = [f"{KIND_SV.get(d.kind, d.kind)} ({_document_wave_text(d, brief=True)})" for d in ctx.documents.iloc[::-1].itertuples()]
        sentences.append(f"Underlaget om regionen, äldst först: {join_sv(kinds)}.")
        sentences.append(current_page_sentence(ctx))
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
        "Bättre än regionen": [
            MISSING if not c else counted(b, c) for b, c in zip(p["n_better"], p["n_compared"])
        ],
        "Flertalet har bättre": p["lags"].map({True: "ja", False: ""}),
    })
    min_known = int(p["min_known"].iloc[0])
    return table(rows, caption=(
        f"Antal regioner med varje värde, av {int(n.iloc[0])} regioner i underlaget. Bättre än regionen: bland "
        f"de andra regionerna med minst {min_known} av 12 kända indikatorer, hur många av dem med känt värde som har "
        "ett bättre värde (när regionens värde är okänt: har ja). Flertalet har bättre: fler än hälften av dem."
    ))


def lagging_table(ctx: RegionContext) -> HTMLBlock:
    """What the region lacks that most regions have, the clearest gap first, with its evidence."""
    if not ctx.coded:
        return note("Utan kodade enkätsvar går det inte att säga vad regionen saknar jämfört med andra.")
    n_others = int(ctx.profile["n_rankable_others"].iloc[0])
    if n_others < compare.MIN_COMPARED:
        return note(
            f"För få andra regioner ({n_others}) har minst {ctx.rank['min_known']} av 12 indikatorer kända för att "
            "säga vad de flesta regioner har."
        )
    if ctx.lagging.empty:
        return note(
            "Det finns ingen indikator där fler än hälften av de andra regionerna med känt värde (bland dem med "
            f"minst {ctx.rank['min_known']} kända indikatorer) har ett bättre värde än regionen."
        )
    lag = ctx.lagging
    rows = pd.DataFrame({
        "Indikator": lag["indicator"].map(label),
        "Regionen": lag["value"].map(value_label),
        "Andra regioner med bättre värde": [
            f"{counted(b, c)} ({percent(s)})" for b, c, s in zip(lag["n_better"], lag["n_compared"], lag["share_better"])
        ],
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


def pages_table(ctx: RegionContext) -> HTMLBlock:
    """The region's pages in time order by their own evidence, the current one marked, and why each comes where it does."""
    if ctx.pages.empty:
        return note("Det finns inga sidor från regionen själv i underlaget.")
    p = ctx.pages
    rows = pd.DataFrame({
        "Ordning": p["position"].astype(str),
        "Sida": p["source_file"],
        "Typ": p["kind"].map(lambda k: KIND_SV.get(k, k)),
        "År": [wave_text(w, s, lo, hi) for w, s, lo, hi in zip(p["wave"], p["wave_source"], p["wave_min"], p["wave_max"])],
        "Placeras efter föregående därför att": p["order_basis"].map(ORDER_BASIS_SV),
        "Nuvarande": p["is_current"].map({True: "ja", False: ""}),
    })
    return table(rows, caption=(
        "Sidorna ordnas efter sina egna uppgifter: sidans datum, årtal som texten anger som nu eller tidigare, och "
        "enkätens formulering (den korta från 2018 eller den senare långa). Ett uppskattat år är det tidigaste som "
        "uppgifterna tillåter. Den sista sidan är regionens nuvarande läge."
    ))


def development_table(ctx: RegionContext) -> HTMLBlock:
    """The support index in each wave and the indicators that changed between waves."""
    if ctx.waves.empty:
        return note("Det finns inga kodade enkätsvar från regionen, så utvecklingen över tid kan inte visas.")
    per_wave = pd.DataFrame({
        "År": ctx.waves["wave"].map(wave_label),
        "Stödindex": ctx.waves["support_index"].map(decimal),
        "Kända indikatorer": ctx.waves["n_known"].astype(str) + " av " + ctx.waves["n_applicable"].astype(str),
        "Om de okända vore nej / ja": [
            f"{decimal(lo)} / {decimal(hi)}" for lo, hi in zip(ctx.waves["support_index_low"], ctx.waves["support_index_high"])
        ],
    })
    parts = [table(per_wave, caption="Regionens senaste kodade sida varje år, efter sidornas egna uppgifter om tid.")]
    changed = ctx.changes[ctx.changes["change"].ne("unchanged")]
    years = ctx.waves["wave"].dropna().unique()
    n_coded = int(ctx.pages["kind"].eq("questionnaire").sum()) if len(ctx.pages) else 0
    if len(years) < 2:
        if n_coded > 1 and len(years) == 1:
            parts.append(note(
                f"Regionens {n_coded} enkätsvar placeras alla i {int(years[0])} efter sina egna uppgifter, så en "
                "förändring mellan år kan inte visas; tabellen visar det nyaste av dem."
            ))
        else:
            parts.append(note("Det finns kodade svar från högst ett år, så förändringar mellan år kan inte visas ännu."))
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
        title = f"{KIND_SV.get(doc.kind, doc.kind).capitalize()}, {_document_wave_text(doc)}: {doc.title or doc.source_file}"
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
    followup: compare.FollowUp
    year_end: pd.DataFrame
    follow: pd.DataFrame
    n_regions: int
    n_municipalities: int


def national_context(data, wave=None) -> NationalContext:
    wave = normalise_wave(wave)
    ordered = compare.with_page_order(data.codings, data.documents)
    codings = _of_wave(ordered, wave)
    regions_now = compare.current_state(codings, "region")
    municipalities = codings[codings["level"].eq("municipality") & codings["org_code"].ne("")]
    return NationalContext(
        wave=wave,
        built_at=built_date(data.manifest),
        codings=codings,
        variation=compare.variation(codings, "region", by_wave=False),
        municipal_variation=compare.variation(codings, "municipality", by_wave=False),
        index=compare.support_index(regions_now, "region"),
        followup=compare.followup(data, level="region"),
        year_end=compare.state_at_year_end(ordered, "region"),
        follow=compare.follow_up(ordered, "region"),
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
    """Plain Swedish: where support varies most, where it is alike, what is unknown, and whether variation shrank."""
    sentences = [
        f"Underlaget har kodade enkätsvar från {ctx.n_regions} av landets 21 regioner och redovisningar "
        f"från {ctx.n_municipalities} av 290 kommuner."
    ]
    sentences += variation_sentences(ctx.variation, "regionerna")
    sentences += variation_sentences(ctx.municipal_variation, "kommunerna")
    sentences += followup_sentences(ctx.followup)
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




def _interval(row) -> str:
    return f"{decimal(row['change'])} (95 % KI {decimal(row['ci_low'])} till {decimal(row['ci_high'])})"


def followup_sentences(follow: compare.FollowUp) -> list[str]:
    """Did variation between the regions shrink? Only from regions with answers in both years, never from fewer than five."""
    pairs = follow.pairs
    min_orgs = compare.MIN_PANEL
    sentences = []
    if pairs.empty:
        sentences.append(
            "Underlaget har kodade enkätsvar från högst ett år, så det går inte att säga om skillnaderna mellan "
            "regionerna har minskat."
        )
    else:
        decided = pairs[pairs["n_both"] >= min_orgs]
        if decided.empty:
            most = pairs.sort_values(["n_both", "wave_b"], ascending=[False, False]).iloc[0]
            regions = "region" if most["n_both"] == 1 else "regioner"
            sentences.append(
                "Om skillnaderna mellan regionerna har minskat kan inte avgöras: en jämförelse kräver samma regioner "
                f"båda åren, minst {min_orgs}, och inget par av år har det (flest: {most['n_both']} {regions} med svar "
                f"både {most['wave_a']} och {most['wave_b']})."
            )
        else:
            index = follow.change[follow.change["indicator"].eq("support_index")]
            for pair in decided.itertuples():
                row = index[index["wave_a"].eq(pair.wave_a) & index["wave_b"].eq(pair.wave_b)]
                if row.empty:
                    continue
                row = row.iloc[0]
                if row["verdict"] == "undecidable":
                    sentences.append(
                        f"Mellan {pair.wave_a} och {pair.wave_b} kan förändringen av spridningen i stödindex inte "
                        f"avgöras: bara {row['n_paired']} regioner har kända värden båda åren."
                    )
                    continue
                what = (
                    f"har spridningen i stödindex {row['verdict_sv']}" if row["verdict"] in ("decreased", "increased")
                    else "finns ingen säker förändring av spridningen i stödindex"
                )
                sentences.append(
                    f"Mellan {pair.wave_a} och {pair.wave_b} {what} bland de {row['n_paired']} regioner som har "
                    f"kända värden båda åren: förändring av standardavvikelsen {_interval(row)}."
                )
    if follow.n_left_out:
        sentences.append(
            f"{follow.n_left_out} sidor kan inte placeras i tid och ingår inte i jämförelsen mellan år: "
            f"{join_sv(list(follow.left_out['source_file']))}."
        )
    return sentences


def followup_pairs_table(follow: compare.FollowUp) -> HTMLBlock:
    """For each pair of years: how many regions answered each year and both, and whether the index spread changed."""
    if follow.pairs.empty:
        return note("Det finns kodade enkätsvar från högst ett år, så förändringen mellan åren kan inte visas ännu.")
    index = follow.change[follow.change["indicator"].eq("support_index")].set_index(["wave_a", "wave_b"])
    rows = []
    for pair in follow.pairs.itertuples():
        row = index.loc[(pair.wave_a, pair.wave_b)] if (pair.wave_a, pair.wave_b) in index.index else None
        decided = row is not None and row["verdict"] != "undecidable"
        rows.append({
            "År": f"{pair.wave_a}–{pair.wave_b}",
            "Regioner första året": pair.n_a,
            "Regioner senare året": pair.n_b,
            "I båda åren": pair.n_both,
            "varav med uppskattat år": MISSING if row is None or pd.isna(row["n_estimated"]) else int(row["n_estimated"]),
            "Spridning i stödindex": PANEL_VERDICT_SV["undecidable"] if row is None else row["verdict_sv"],
            "Förändring (95 % KI)": _interval(row) if decided else MISSING,
        })
    return table(pd.DataFrame(rows), caption=(
        "Bara regioner med svar båda åren jämförs. Spridningen är standardavvikelsen mellan regionernas stödindex; "
        "intervallet kommer från 2 000 omdragningar av regionerna. Med färre än fem regioner i båda åren: kan inte avgöras."
    ))


def followup_indicator_table(follow: compare.FollowUp) -> HTMLBlock:
    """Per indicator, for the pairs of years with at least five regions in both: the change in spread with its interval."""
    change = follow.change[follow.change["n_both"] >= compare.MIN_PANEL]
    if change.empty:
        return note(
            "Inget par av år har minst fem regioner med svar båda åren, så förändringen per indikator visas inte."
        )
    frame = pd.DataFrame({
        "År": change["wave_a"].astype(str) + "–" + change["wave_b"].astype(str),
        "Indikator": change["indicator"].map(label),
        "Regioner med känt värde båda åren": change["n_paired"],
        "Spridning första / senare året": [f"{decimal(a)} / {decimal(b)}" for a, b in zip(change["spread_a"], change["spread_b"])],
        "Förändring (95 % KI)": [
            _interval(r) if r["verdict"] != "undecidable" else MISSING for r in change.to_dict("records")
        ],
        "Bedömning": change["verdict_sv"],
    })
    return table(frame)


def year_end_table(year_end: pd.DataFrame) -> HTMLBlock:
    """The support index at each year's end, each region's last known state carried forward (clearly labelled)."""
    rows = year_end[year_end["indicator"].eq("support_index")]
    if rows.empty:
        return note("Det finns inga daterade enkätsvar att beskriva läget vid årets slut med.")
    frame = pd.DataFrame({
        "År": rows["year"].astype(str),
        "Regioner": rows["n"],
        "varav senast kända svar från tidigare år": rows["n_carried"],
        "Medelvärde stödindex": rows["coverage"].map(decimal),
        "Standardavvikelse": rows["sd"].map(decimal),
    })
    return table(frame, caption=(
        "Läget vid årets slut (framskrivning): regionernas senaste kända svar till och med året; regioner som "
        "ännu inte svarat ingår inte."
    ))


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
