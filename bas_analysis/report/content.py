"""Report content: what the report notebooks show, in Swedish.

In:  a loaded build (:func:`bas_analysis.load`), a region code and a wave.
Out: the notebooks' parameters normalised (:func:`normalise_parameters`:
     Papermill's ``8`` is region ``"08"``), :func:`region_context` /
     :func:`national_context` with the figures of one report, and the
     sentences and tables of each section as escaped HTML
     (:mod:`.markup`): answer text is never put into Markdown or HTML
     unescaped. Every quote comes with its question, page and year
     (:mod:`.evidence`); rule ids stand in an appendix.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .. import compare, orgs, plots
from ..errors import ParameterError
from ..labels import (
    CHANGE_LABELS_SV,
    INDICATOR_LABELS_SV,
    KIND_PLURAL_SV,
    KIND_SV,
    MISSING_EXPLAINED_SV,
    MISSING_LABELS_SV,
    MISSING_NUMBER,
    ORDER_BASIS_SV,
    PANEL_VERDICT_SV,
    VALUE_LABELS_SV,
    counted_as,
    decimal,
    join_sv,
    percent,
)
from .evidence import (
    ages_label,
    coded_values,
    confidence_label,
    display_title,
    document_wave_text,
    evidence_cell,
    national_doc_ids,
    org_name,
    other_texts,
    value_label,
    wave_text,
)
from .markup import HTMLBlock, esc, link, markdown_escape, note, paragraphs, table

PACKAGE_DIR = Path(__file__).resolve().parent.parent
MISSING = MISSING_NUMBER  # a number that cannot be computed
NATIONAL_PAGE = "nationell-oversikt.html"


def region_page(code: str, anchor: str = "") -> str:
    """The file name of a region's report, with an anchor: "region-08.html#belagg"."""
    return f"region-{code}.html" + (f"#{anchor}" if anchor else "")


def municipality_anchor(code: str) -> str:
    return f"kommun-{code}"


# --- parameters -------------------------------------------------------------------------


def normalise_region(region_code) -> str:
    """8 / "8" / "08" -> "08"; ValueError naming every valid code and region otherwise."""
    try:
        return orgs.normalise_region_code(region_code)
    except ValueError:
        valid = ", ".join(f"{code} {name}" for code, name in zip(orgs.regions()["code"], orgs.regions()["short_name"]))
        raise ParameterError(f"unknown region code {region_code!r} (okänd regionkod); valid codes: {valid}") from None


def normalise_wave(wave) -> int | None:
    """None, "", "None" -> None; 2021 / "2021" / 2021.0 -> 2021."""
    if wave is None or (isinstance(wave, str) and wave.strip() in ("", "None", "none")):
        return None
    try:
        return int(float(wave))
    except (TypeError, ValueError):
        raise ParameterError(f"wave must be a year such as 2021 or None, not {wave!r}") from None


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


def normalise_region_list(codes) -> list[str]:
    """None -> all 21 region codes; "08" / ["8", "10"] -> ["08", "10"]."""
    if codes is None:
        return list(orgs.regions()["code"])
    if isinstance(codes, (str, int)):
        codes = [codes]
    return list(dict.fromkeys(normalise_region(code) for code in codes))


def normalise_parameters(region_code=None, processed_dir="data/processed", wave=None, region_reports=None) -> dict:
    """The notebook parameters as the library wants them (Papermill passes ``-p region_code 08`` as 8).

    ``region_reports``: the regions whose reports the national overview links (None: all 21).
    """
    params = {"processed_dir": resolve_processed_dir(processed_dir), "wave": normalise_wave(wave),
              "region_reports": normalise_region_list(region_reports)}
    if region_code is not None:
        params["region_code"] = normalise_region(region_code)
    return params


# --- formatting ---------------------------------------------------------------------------


def label(indicator: str) -> str:
    return INDICATOR_LABELS_SV.get(indicator, indicator)


def lower_label(indicator: str) -> str:
    """The label inside a sentence: "Barnombud" -> "barnombud", but "KVÅ-koder" stays."""
    text = label(indicator)
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


def wave_label(wave) -> str:
    return "odaterat" if wave is None or pd.isna(wave) else str(int(wave))


def counted(n_part: int, n_whole: int, what: str = "med känt värde") -> str:
    """ "3 av 4 med känt värde"."""
    return f"{int(n_part)} av {int(n_whole)} {what}"


def built_date(manifest: dict) -> str:
    return str(manifest.get("built_at", ""))[:10] or "okänt datum"


def missing_values_legend(kinds=("unknown", "empty_set", "not_applicable"), numbers: bool = False) -> HTMLBlock:
    """How a table writes missing values (vocab.missing_kind), one short line."""
    parts = []
    for kind in kinds:
        shown = MISSING_LABELS_SV[kind] or "tom ruta"
        parts.append(f"{shown}: {MISSING_EXPLAINED_SV[kind]}")
    if numbers:
        parts.append(f"{MISSING}: talet kan inte beräknas")
    return HTMLBlock(f'<p class="bas-legend">{esc("; ".join(parts) + ".")}</p>')


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
    values: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)
    municipal_values: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)
    national_texts: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)

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


def _own_respondents(data, code: str, wave: int | None, national: set[str] | None = None) -> pd.DataFrame:
    """The region's respondents, without pages about the national work that merely mention it."""
    respondents = _of_wave(data.respondents, wave)
    national = national_doc_ids(data) if national is None else national
    own = respondents["level"].eq("region") & respondents["org_code"].eq(code) & ~respondents["doc_id"].isin(national)
    return respondents[own]


def _without_national_texts(data, wave: int | None) -> pd.DataFrame:
    """The respondents of the wave, without the regions that pages about the national work merely mention."""
    respondents = _of_wave(data.respondents, wave)
    return respondents[~respondents["doc_id"].isin(national_doc_ids(data))]


def region_has_data(data, region_code, wave: int | None = None) -> bool:
    """Whether the build says anything about the region or a municipality of its county.

    A page about the national development work that mentions the region is not about the region.
    """
    code = normalise_region(region_code)
    respondents = _of_wave(data.respondents, wave)
    in_county = respondents["level"].eq("municipality") & respondents["org_code"].str[:2].eq(code)
    return bool(in_county.any()) or not _own_respondents(data, code, wave).empty


def is_coded(codings: pd.DataFrame, code: str) -> bool:
    """Whether the region has a coded value (yes, partial, no) of a region indicator: then its report compares it."""
    own = codings[codings["level"].eq("region") & codings["org_code"].eq(code) & codings["indicator"].isin(compare.REGION_INDICATORS)]
    return bool(own["value"].isin(compare.CATEGORICAL).any())


def region_context(data, region_code, wave=None) -> RegionContext:
    """The region's profile, rank, gaps, development, municipalities and texts (``wave``: that year only).

    An organisation's pages are ordered by their own evidence
    (:func:`compare.page_order`); its newest is its current state.
    """
    code, wave = normalise_region(region_code), normalise_wave(wave)
    ordered = compare.with_page_order(data.codings, data.documents)
    codings = _of_wave(ordered, wave)
    coded = is_coded(codings, code)
    regions_now = compare.current_state(codings, "region")
    follow = compare.follow_up(ordered, "region")
    respondents = _of_wave(data.respondents, wave)
    national = national_doc_ids(data)
    own_respondents = _own_respondents(data, code, wave, national)
    pages = compare.page_order(data.documents, own_respondents, "region")
    mentions = respondents[respondents["org_code"].eq(code) & respondents["doc_id"].isin(national)]
    in_county = [c for c in orgs.municipalities()["code"] if c[:2] == code]
    profile = compare.region_profile(codings, code)
    return RegionContext(
        code=code,
        name=orgs.region_name(code),
        wave=wave,
        built_at=built_date(data.manifest),
        has_data=region_has_data(data, code, wave),
        coded=coded,
        profile=profile,
        rank=compare.region_rank(codings, code),
        index=compare.support_index(regions_now, "region"),
        lagging=compare.lagging_in(profile),
        waves=_index_per_wave(ordered, code),
        changes=follow[follow["org_code"].eq(code)].reset_index(drop=True),
        municipalities=compare.municipalities_of_region(codings, code, respondents),
        documents=_documents_of(data, pages),
        answers=data.answers[data.answers["respondent_id"].isin(own_respondents["respondent_id"])],
        pages=pages,
        values=coded_values(data, "region", [code], wave, ordered) if coded else pd.DataFrame(),
        municipal_values=coded_values(data, "municipality", in_county, wave, ordered),
        national_texts=data.documents[data.documents["doc_id"].isin(mentions["doc_id"])],
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


def region_heading(ctx: RegionContext) -> str:
    """Markdown: the report's title (the region's name), what it is based on, and the way to the overview."""
    basis = f"underlag från {ctx.wave}" if ctx.wave is not None else "senaste underlag för varje organisation"
    return (
        f"# Barn som anhöriga: {markdown_escape(ctx.name)}\n\n"
        f"Regionrapport, {markdown_escape(basis)}; underlaget byggdes {markdown_escape(ctx.built_at)}. "
        f"Jämför med [den nationella översikten]({NATIONAL_PAGE}); hur värdena kodats står i [metodbeskrivningen](metod.html)."
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
            others = join_sv(page["tied_with"].split(";"), last="eller")
            sentence += f"; uppgifterna kan inte avgöra om det eller {others} är nyast"
        elif page["order_basis"] not in ("first", "wave"):
            sentence += f" ({ORDER_BASIS_SV[page['order_basis']]})"
    return sentence + "."


def region_summary(ctx: RegionContext) -> HTMLBlock:
    """A few plain Swedish sentences: index and rank, gaps, the current page, municipalities; or that there is no data."""
    when = f" från {ctx.wave}" if ctx.wave is not None else ""
    if not ctx.has_data:
        sentences = [
            f"Underlaget innehåller inga uppgifter om {ctx.name}{when}: inget enkätsvar, ingen "
            "projektbeskrivning och ingen kommun i länet som redovisat sitt arbete. Rapporten fylls i "
            "när sådana texter finns med i data/raw och rapporterna skapas på nytt."
        ]
        parts = [note(sentences[0], warn=True)]
        if len(ctx.national_texts):
            parts.append(national_mentions_note(ctx))
        return HTMLBlock("".join(parts))
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
            sentences.append(
                f"Regionens text säger inget om {join_sv(silent, last='eller')}, som de flesta andra regioner ({rule}) har."
            )
        if not behind and not silent and n_others >= compare.MIN_COMPARED:
            sentences.append(f"Det finns ingen indikator där regionen ligger efter de flesta andra regionerna ({rule}).")
    else:
        sentences.append(
            f"Det finns inget kodat enkätsvar från {ctx.name}{when}, så regionen kan inte jämföras med "
            "landet indikator för indikator."
        )
    if len(ctx.documents):
        kinds = [f"{KIND_SV.get(d.kind, d.kind)} ({document_wave_text(d, brief=True)})" for d in ctx.documents.iloc[::-1].itertuples()]
        sentences.append(f"Underlaget om regionen, äldst först: {join_sv(kinds)}.")
        sentences.append(current_page_sentence(ctx))
    n_reported, n_all = len(ctx.reported_municipalities), len(ctx.municipalities)
    sentences.append(f"{n_reported} av länets {n_all} kommuner har redovisat sitt arbete i kommunnätverket.")
    parts = [paragraphs(sentences)]
    if len(ctx.national_texts):
        parts.append(national_mentions_note(ctx))
    return HTMLBlock(f'<div class="bas-summary">{"".join(parts)}</div>')


def national_mentions_note(ctx: RegionContext) -> HTMLBlock:
    """The pages about the national work that mention the region: listed in the national overview, not here."""
    titles = [f"{display_title(d.title, 'utan titel')} ({d.source_file})" for d in ctx.national_texts.itertuples()]
    one = len(titles) == 1
    return HTMLBlock(
        f'<p class="bas-note">{esc(("En text" if one else f"{len(titles)} texter") + " om det nationella utvecklingsarbetet")} '
        f'nämner regionen: {esc(join_sv(titles))}. {esc("Den" if one else "De")} står i '
        f'{link(NATIONAL_PAGE + "#nationella-texter", "den nationella översikten")}, inte här, eftersom '
        f'{esc("den" if one else "de")} inte beskriver regionens eget arbete.</p>'
    )


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
            "" if not c else counted(b, c) for b, c in zip(p["n_better"], p["n_compared"])
        ],
        "Flertalet har bättre": p["lags"].map({True: "ja", False: "nej"}),
    })
    min_known = int(p["min_known"].iloc[0])
    return table(rows, caption=(
        f"Antal regioner med varje värde, av {int(n.iloc[0])} regioner i underlaget. Bättre än regionen: bland "
        f"de andra regionerna med minst {min_known} av 12 kända indikatorer, hur många av dem med känt värde som har "
        "ett bättre värde (när regionens värde är okänt: har ja); tom ruta när ingen av dem har ett känt värde. "
        "Flertalet har bättre: fler än hälften av dem."
    ), numbers=("Ja", "Delvis", "Nej", "Okänt"))


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
    values = ctx.values.set_index("indicator") if len(ctx.values) else pd.DataFrame()
    rows = {
        "Indikator": lag["indicator"].map(label),
        "Regionen": lag["value"].map(value_label),
        "Andra regioner med bättre värde": [
            f"{counted(b, c)} ({percent(s)})" for b, c, s in zip(lag["n_better"], lag["n_compared"], lag["share_better"])
        ],
        "Belägg": [
            evidence_cell(values.loc[i]) if i in values.index else HTMLBlock("") for i in lag["indicator"]
        ],
    }
    unknown = lag["value"].eq(compare.UNKNOWN).any()
    return table(rows, caption="Okänt: regionens text säger inget om saken; det betyder inte att stödet saknas." if unknown else "")


def evidence_table(ctx: RegionContext) -> HTMLBlock:
    """Each indicator's value with its evidence: the question the quote answers, the quote, its page and year."""
    if ctx.values.empty:
        return note("Det finns inga citat att visa: inga värden har kodats ur regionens svar.")
    values = ctx.values[ctx.values["indicator"].isin(compare.REGION_INDICATORS)]
    order = {indicator: i for i, indicator in enumerate(compare.REGION_INDICATORS)}
    values = values.sort_values("indicator", key=lambda s: s.map(order))
    frame = {
        "Indikator": values["indicator"].map(label),
        "Värde": values["value"].map(value_label),
        "Belägg: frågan, citatet och sidan": [evidence_cell(row) for row in values.to_dict("records")],
        "Säkerhet": values["confidence"].map(lambda c: confidence_label(c)),
    }
    return HTMLBlock(table(frame, label="Belägg för regionens värden") + missing_values_legend(("unknown",)))


def pages_table(ctx: RegionContext) -> HTMLBlock:
    """The region's pages in time order by their own evidence, the current one marked, and why each comes where it does."""
    if ctx.pages.empty:
        return note("Det finns inga sidor från regionen själv i underlaget.")
    p = ctx.pages
    rows = pd.DataFrame({
        "Ordning": p["position"].astype(int),
        "Sida": p["source_file"],
        "Typ": p["kind"].map(lambda k: KIND_SV.get(k, k)),
        "År": [wave_text(w, s, lo, hi) for w, s, lo, hi in zip(p["wave"], p["wave_source"], p["wave_min"], p["wave_max"])],
        "Placeras efter föregående därför att": p["order_basis"].map(ORDER_BASIS_SV),
        "Nuvarande": p["is_current"].map({True: "ja", False: "nej"}),
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
    parts = [table(per_wave, caption="Regionens senaste kodade sida varje år, efter sidornas egna uppgifter om tid.",
                   numbers=("Stödindex", "Om de okända vore nej / ja"))]
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
            "Citat (senare år)": changed["evidence_to"].fillna(""),
        })))
    return HTMLBlock("".join(parts))


MUNICIPAL_COLUMNS = {
    "mandate_children": "Uppdrag att stödja barn",
    "individual_support": "Enskilda samtal",
    "group_support": "Gruppverksamhet",
    "stage": "Utvecklingsfas",
    "methods": "Metoder",
    "target_conditions": "Målgrupper (familjesituationer)",
    "ages": "Åldrar",
    "partners": "Samverkar med",
}


def _municipal_row(values: pd.DataFrame) -> dict:
    """One municipality's current values (rows of :func:`coded_values`) as the table shows them."""
    by = dict(zip(values["indicator"], values["value"]))
    row = {title: value_label(by.get(indicator, ""), indicator) for indicator, title in MUNICIPAL_COLUMNS.items()
           if indicator != "ages"}
    row["Åldrar"] = ages_label(by.get("age_min"), by.get("age_max"))
    return {title: row[title] for title in MUNICIPAL_COLUMNS.values()}


def municipality_table(ctx: RegionContext) -> HTMLBlock:
    """The county's municipalities that reported, with every coded value; the others by name."""
    reported, others = ctx.reported_municipalities, ctx.municipalities[~ctx.municipalities["reported"]]
    parts = []
    if reported.empty:
        parts.append(note("Ingen av länets kommuner har redovisat sitt arbete i underlaget."))
    else:
        rows = []
        for municipality in reported.itertuples():
            values = ctx.municipal_values[ctx.municipal_values["org_code"].eq(municipality.org_code)]
            rows.append({
                "Kommun": municipality.name,
                "År": wave_label(municipality.wave),
                **_municipal_row(values),
            })
        parts.append(table(pd.DataFrame(rows), row_ids=[municipality_anchor(c) for c in reported["org_code"]],
                           label="Kommunernas värden"))
        parts.append(missing_values_legend())
    if len(others):
        parts.append(paragraphs([f"Inga uppgifter från {join_sv(list(others['name']))}."]))
    return HTMLBlock("".join(parts))


def municipality_evidence(ctx: RegionContext) -> HTMLBlock:
    """Per reporting municipality, folded: each value with its quote, its page and that page's year."""
    if ctx.municipal_values.empty:
        return HTMLBlock("")
    blocks = []
    for code, values in ctx.municipal_values.groupby("org_code", sort=True):
        values = values.sort_values("indicator_id", kind="stable")
        first = values.iloc[0]
        frame = {
            "Indikator": values["indicator"].map(label),
            "Värde": [value_label(v, i) for v, i in zip(values["value"], values["indicator"])],
            "Belägg": [evidence_cell(row, show_source=False) for row in values.to_dict("records")],
            "Säkerhet": values["confidence"].map(lambda c: confidence_label(c)),
        }
        name = first["org_name"]
        summary = f"{name}: belägg ur {first['source_file']} ({first['wave_text']})"
        blocks.append(
            f'<details id="belagg-{esc(code)}"><summary>{esc(summary)}</summary>'
            f'{table(frame, label="Belägg för " + name)}</details>'
        )
    return HTMLBlock("".join(blocks))


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
                items.append(f'<p class="bas-question">{esc(question)}</p>')
                last_question = question
            items.append(f'<p class="bas-quote">{esc(answer.answer_text or "")}</p>')
        kind = KIND_SV.get(doc.kind, doc.kind).capitalize()
        title = display_title(doc.title, fallback=f"{kind} från {ctx.name}")
        heading = f"{kind}, {document_wave_text(doc)}: {title} ({doc.source_file})"
        blocks.append(f"<details><summary>{esc(heading)}</summary>{''.join(items)}</details>")
    return HTMLBlock("".join(blocks))


def rules_appendix(ctx: RegionContext) -> HTMLBlock:
    """The codebook rule behind every value of the report, with its confidence and the reason for it."""
    parts = []
    if len(ctx.values):
        values = ctx.values.sort_values("indicator_id", kind="stable")
        frame = pd.DataFrame({
            "Indikator": values["indicator"].map(label),
            "Värde": [value_label(v, i) for v, i in zip(values["value"], values["indicator"])],
            "Regel": [("manuell kodning" if s == "manual" else r) for s, r in zip(values["source"], values["rule_id"])],
            "Säkerhet": [confidence_label(c, r) for c, r in zip(values["confidence"], values["confidence_reason"])],
        })
        parts.append(table(frame, caption=f"{ctx.name}, {values['source_file'].iloc[0]}", label="Regler för regionens värden"))
    if len(ctx.municipal_values):
        m = ctx.municipal_values.sort_values(["org_name", "indicator_id"], kind="stable")
        frame = pd.DataFrame({
            "Kommun": m["org_name"],
            "Indikator": m["indicator"].map(label),
            "Värde": [value_label(v, i) for v, i in zip(m["value"], m["indicator"])],
            "Regel": [("manuell kodning" if s == "manual" else r) for s, r in zip(m["source"], m["rule_id"])],
            "Säkerhet": [confidence_label(c, r) for c, r in zip(m["confidence"], m["confidence_reason"])],
        })
        parts.append(f'<details><summary>{esc("Kommunernas värden: regler")}</summary>'
                     f'{table(frame, label="Regler för kommunernas värden")}</details>')
    if not parts:
        return note("Inga värden har kodats för regionen eller länets kommuner.")
    return HTMLBlock("".join(parts))


def data_basis(data) -> HTMLBlock:
    """What the build read: date, documents by kind, files and problems."""
    manifest, counts = data.manifest, data.manifest.get("counts", {})
    by_kind = counts.get("documents_by_kind", {}).items()
    kinds = [f"{n} {(KIND_SV if n == 1 else KIND_PLURAL_SV).get(kind, kind)}" for kind, n in by_kind]
    n_files = int(counts.get("files_seen", len(manifest.get("inputs", []))))
    sentences = [
        f"Underlaget byggdes {built_date(manifest)} av {n_files} {'fil' if n_files == 1 else 'filer'}: "
        f"{join_sv(kinds) or 'inga dokument'}.",
        f"{counts.get('problems', len(data.problems))} problem noterades vid bygget (se problems.csv); "
        "ingen fil hoppas över utan att det står där.",
    ]
    return paragraphs(sentences)


# --- what a report reads ------------------------------------------------------------------

# the tables of a build, as :class:`bas_analysis.store.Dataset` has them
BUILD_TABLES = ("documents", "respondents", "answers", "codings", "indicators", "problems")


def build_facts(data) -> dict:
    """What the section on the data says about the build besides its date: counts and codebook."""
    return {"counts": data.manifest.get("counts", {}), "codebook_sha256": data.manifest.get("codebook_sha256", "")}


def regions_compared(data) -> pd.DataFrame:
    """Every region's current values of every indicator (its newest page's): what a region report compares
    the region with. Not the page itself: a page changed in words but not in values changes no comparison."""
    ordered = compare.with_page_order(data.codings, data.documents)
    columns = ["org_code", "wave", "indicator", "value"]
    now = compare.current_state(ordered, "region")[columns].drop_duplicates()
    return now.sort_values(columns, kind="stable").reset_index(drop=True)


def report_inputs(data, region_code=None, compared: pd.DataFrame | None = None) -> dict:
    """The parts of a build one report reads, by name: what decides whether it must be rendered again.

    The national overview (``region_code`` None) reads every table. A region
    report reads the rows of the region and of its county's municipalities
    (their respondents, pages, answers and codings, pages about the national
    work that mention the region included), the build's counts and, when the
    region is coded (:func:`is_coded`) and so compared with the country,
    every region's current values (:func:`regions_compared`; pass it when
    asking for many regions). Neither reads the build's time or folder: the same input
    gives the same report. (The date a region report names is the date of the
    build it was rendered from.)
    """
    if region_code is None:
        return {**{name: getattr(data, name) for name in BUILD_TABLES}, "build": build_facts(data)}
    code = normalise_region(region_code)
    respondents = data.respondents
    own = (respondents["level"].eq("region") & respondents["org_code"].eq(code)) | (
        respondents["level"].eq("municipality") & respondents["org_code"].str[:2].eq(code))
    respondents = respondents[own]
    ids, docs = respondents["respondent_id"], respondents["doc_id"]
    inputs = {
        "respondents": respondents,
        "documents": data.documents[data.documents["doc_id"].isin(docs)],
        "answers": data.answers[data.answers["respondent_id"].isin(ids)],
        "codings": data.codings[data.codings["respondent_id"].isin(ids)],
        "build": build_facts(data),
    }
    if is_coded(data.codings, code):
        inputs["regions_compared"] = regions_compared(data) if compared is None else compared
    return inputs


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
    region_reports: list[str] = field(default_factory=list)
    other_texts: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)
    regions_now: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)
    pages: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)


def national_context(data, wave=None, region_reports=None) -> NationalContext:
    """The country's variation, index, follow-up and year-end state (``wave``: that year only).

    ``region_reports``: the regions whose reports the overview links (None: all 21).
    """
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
        region_reports=normalise_region_list(region_reports),
        other_texts=other_texts(data),
        regions_now=regions_now,
        pages=compare.page_order(data.documents, _without_national_texts(data, wave), "region"),
    )


def national_heading(ctx: NationalContext) -> str:
    basis = f"underlag från {ctx.wave}" if ctx.wave is not None else "senaste underlag för varje organisation"
    return (
        "# Barn som anhöriga: nationell översikt\n\n"
        f"Alla regioner och kommuner i underlaget, {markdown_escape(basis)}; underlaget byggdes "
        f"{markdown_escape(ctx.built_at)}. Hur värdena kodats och vad de inte säger står i [metodbeskrivningen](metod.html)."
    )


def _indicator_rows(variation: pd.DataFrame) -> pd.DataFrame:
    return variation[variation["indicator"].ne("support_index")]


def _value_counts_text(row) -> str:
    """ "27 ja, 10 delvis och 16 nej av 53 med känt värde"; stages "34 etablerade, 25 under uppbyggnad och 8 utan verksamhet"."""
    if row["indicator"] == "stage":
        keys = ("established", "developing", "none")
        parts = [counted_as(row[f"n_{v}"], f"stage:{k}") for v, k in zip(("yes", "partial", "no"), keys) if row[f"n_{v}"]]
    else:
        parts = [f"{int(row[f'n_{v}'])} {VALUE_LABELS_SV[v]}" for v in ("yes", "partial", "no") if row[f"n_{v}"]]
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
    return table(frame, numbers=("Spridning första / senare året",))


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
    ), numbers=("Medelvärde stödindex", "Standardavvikelse"))


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
    return table(frame, numbers=("Kvartilavstånd", "Variationskoefficient", "Gini"))


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


def _region_link(code: str, ctx: NationalContext, text: str | None = None, anchor: str = "") -> HTMLBlock | str:
    """A link to the region's report when the batch made one, else the name as text."""
    text = text or orgs.region_name(code)
    return link(region_page(code, anchor), text) if code in ctx.region_reports else text


def regions_table(ctx: NationalContext) -> HTMLBlock:
    """Every region with a link to its report: support index with its bounds, known indicators, rank, newest page."""
    index = ctx.index.set_index("org_code") if len(ctx.index) else pd.DataFrame()
    current = ctx.pages[ctx.pages["is_current"]].drop_duplicates("org_code").set_index("org_code") if len(ctx.pages) else pd.DataFrame()
    rows = []
    codes = list(orgs.regions()["code"])
    ranks = dict(zip(codes, compare.region_ranks(ctx.codings, codes)))
    for code in codes:
        row = {"Region": _region_link(code, ctx), "Kod": code}
        if code in index.index:
            i = index.loc[code]
            rank = ranks[code]
            row.update({
                "Stödindex": decimal(i["support_index"]),
                "Om de okända vore nej / ja": f"{decimal(i['support_index_low'])} / {decimal(i['support_index_high'])}",
                "Kända indikatorer": f"{int(i['n_known'])} av {int(i['n_applicable'])}",
                "Plats": f"{rank['rank']} av {rank['n_regions']}" if rank["rank"] else "rangordnas inte",
            })
        else:
            row.update({"Stödindex": MISSING, "Om de okända vore nej / ja": MISSING, "Kända indikatorer": "0 av 12",
                        "Plats": "rangordnas inte"})
        if code in current.index:
            page = current.loc[code]
            kind = KIND_SV.get(page["kind"], page["kind"])
            row["Senaste underlag"] = f"{kind}, {wave_text(page['wave'], page['wave_source'], page['wave_min'], page['wave_max'], brief=True)}"
        else:
            row["Senaste underlag"] = "inga uppgifter"
        rows.append(row)
    min_known = compare.min_known_for_rank()
    return table(rows, caption=(
        "Alla 21 regioner; namnet leder till regionens rapport. Stödindex räknas på regionens senaste kodade "
        f"enkätsvar; bara regioner med minst {min_known} av 12 indikatorer kända rangordnas. "
        f"{MISSING}: inget kodat enkätsvar."
    ), numbers=("Stödindex", "Om de okända vore nej / ja", "Kod"), row_ids=[f"region-{c}" for c in orgs.regions()["code"]],
        label="Regionerna")


def heatmap_table(ctx: NationalContext, level: str = "region") -> HTMLBlock:
    """The colour table in words, folded under the figure: one row per organisation, each linking its report."""
    shown = plots.heatmap_table(ctx.codings, level)
    if shown.empty:
        return HTMLBlock("")
    indicators = compare.INDEX_INDICATORS[level]
    rows = []
    for row in shown.to_dict("records"):
        code = row["org_code"]
        if level == "region":
            first = {"Region": _region_link(code, ctx, anchor="belagg")}
        elif not code:  # a municipality the page names but the SCB list does not (listed among the problems)
            first = {"Kommun": row["label"], "Län": ""}
        else:
            first = {"Kommun": _region_link(code[:2], ctx, org_name(code), anchor=municipality_anchor(code)),
                     "Län": orgs.region_name(code[:2])}
        values = {label(i): value_label(row[i] if i != "stage" else _as_stage(row[i]), i) for i in indicators}
        rows.append({**first, "Stödindex": decimal(row["support_index"]), **values})
    what = "regionens" if level == "region" else "kommunens"
    summary = f"Färgtabellen som tabell, med länkar till {what} rapport" if level == "region" else \
        "Färgtabellen som tabell, med länkar till kommunerna i regionrapporterna"
    return HTMLBlock(
        f"<details class=\"bas-companion\"><summary>{esc(summary)}</summary>"
        f"{table(rows, numbers=('Stödindex',), label=summary)}</details>"
    )


_STAGE_OF_VALUE = {"yes": "established", "partial": "developing", "no": "none"}


def _as_stage(value: str) -> str:
    """The heatmap gives a stage as the value of its score (established = yes); back to the stage."""
    return _STAGE_OF_VALUE.get(value, value)


def other_texts_table(ctx: NationalContext) -> HTMLBlock:
    """Pages of no single organisation: texts about the national work, news, other pages."""
    texts = ctx.other_texts
    if texts.empty:
        return note("Alla texter i underlaget hör till en region eller kommun.")
    frame = pd.DataFrame({
        "Titel": texts["title"],
        "Typ": texts["kind"],
        "År": texts["wave_text"],
        "Sida": texts["source_file"],
        "Om texten": [
            ("om det nationella utvecklingsarbetet" + (f"; nämner {m}" if m else "")) if n else "hör inte till en enskild organisation"
            for n, m in zip(texts["national"], texts["mentions"])
        ],
    })
    return table(frame, label="Texter utan egen organisation")


def search_quotes(data, text: str) -> pd.DataFrame:
    """Codings whose evidence contains ``text`` (case-insensitive), with the organisation's name."""
    codings = data.codings
    hits = codings[codings["evidence"].fillna("").str.contains(text, case=False, regex=False)]
    return hits.assign(org=hits["org_code"].map(plots.org_label))[
        ["org", "org_code", "wave", "indicator", "value", "evidence", "rule_id"]
    ].reset_index(drop=True)
