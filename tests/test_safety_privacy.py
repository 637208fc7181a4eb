"""Issue 11, personal data: a battery of planted items across every family the issue lists, none of which
may reach the processed tables, the executed notebooks or the HTML; and a battery of organisation, place and
method names that redaction must leave intact.

Families: common first names, lower and upper case, particles, initials, names from abroad, a surname alone
after its full name, possessives, short surnames, HTML table cells, phone and personnummer separators
(U+2212, U+2011, en dash, dots, slashes, "Tel.0706…"), obfuscated e-mail forms (spaces around @, [@], (a),
snabel-a, fullwidth ＠, &#64; in a text file, "(at) … . se"), network report name lines, file names
(manifest, documents, problems), notes of manual codings (evidence, reports) and problem reasons.

One build of all planted pages is shared by the module (the report run is `slow`).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import (  # noqa: E402
    html_texts,
    notebook_texts,
    other_texts,
    personnummer,
    processed_texts,
    questionnaire_page,
    render_reports,
    tally,  # noqa: F401  (fixture)
)

from conftest import shared_folder  # noqa: E402

import bas_analysis as bas  # noqa: E402
from bas_analysis import redact  # noqa: E402

MINUS, NB_HYPHEN, EN_DASH = "\u2212", "\u2011", "\u2013"

PNR = {
    "minus": personnummer("19720809", "111", "long").replace("-", MINUS),
    "spaced-dash": personnummer("19930303", "222", "short").replace("-", " - "),
    "dot": personnummer("19850505", "234", "long").replace("-", "."),
    "en-dash": personnummer("19610707", "345", "short").replace("-", EN_DASH),
    "nb-hyphen": personnummer("20040404", "456", "long").replace("-", NB_HYPHEN),
    "slash": personnummer("19770217", "567", "short").replace("-", "/"),
    "plain": personnummer("19560123", "678", "plain10"),
    "space": personnummer("19880912", "789", "space"),
}

# (family, kind, planted): kind "name" = a full name (first ... last, any case, any gap);
# "word" = a word that must not appear at all (surnames alone, file-name parts); "digits" = a number
# with any separators; "text" = a literal string (e-mail local parts).
ITEMS: list[tuple[str, str, str]] = []


def plant(family: str, kind: str, *values: str) -> None:
    ITEMS.extend((family, kind, value) for value in values)


# ---- page A: Region Västmanland, a questionnaire in plain text
plant("common first names", "name", "Per Nyberg", "Bo Ek", "Mats Lindberg", "Hans Wikström", "Margareta Sjöberg",
      "Stig Hjortryd", "Klara Holm", "Maj Svensson", "Gun Berg", "Åke Nilsson", "Lena Nilsson", "Sven Persson",
      "Ingrid Axelsson", "Ulf Berglund", "Birgit Jönsson", "Rolf Hedlund", "Elsa Lundgren", "Göran Blom",
      "Inger Sundberg", "Leif Forsberg")
plant("surname alone after its full name", "word", "Wikström", "Hjortryd", "Aho", "Forsberg")
plant("possessive", "word", "Sjöberg", "Lindqvist")
plant("possessive", "name", "Anna Lindqvist")
plant("lower and upper case", "name", "anna bergström", "ANNA-KARIN LÖVGREN", "lars holmqvist", "KERSTIN ÅBERG",
      "GÖRAN BLOMQVIST", "ingrid axelsson")
plant("particles", "name", "Karin von Rosen", "Carl af Klinteberg", "Anna de Geer", "Johan van der Linden")
plant("initials", "name", "Liselott M. Johansson", "Per-Olof K. Andersson", "Eva B. Nilsson")
plant("names from abroad", "name", "Łukasz Nowak", "Şeyma Yılmaz", "José García", "Mehmet Demir", "Aleksandra Kowalska",
      "Juha Virtanen")
plant("short surnames", "name", "Ida Aho", "Eva Ek", "Tomas Li")
plant("hyphenated first names", "name", "Sven-Erik Lund", "Ann-Christin Lund")
plant("entities in a text file", "name", "Maria Bergström")
plant("entities in a text file", "text", "Bergstr&ouml;m")
plant("phone separators", "digits", "070−323 45 67", "070‑423 45 68", "070–523 45 69", "070.623.45.70", "070/723 45 71",
      "Tel.0706234572", "08/123 45 73", "+46 (0)21-12 34 56", "0046 21 123 456", "(021) 12 34 57", "021 - 12 34 58",
      "0700 12 34 59")
plant("personnummer separators", "digits", *PNR.values())
plant("e-mail forms", "text", "ulla.fors", "eva.strand", "siv.dahl", "bo.kvist", "lina.ros", "ola.sten", "tove.falk",
      "maja.ek", "nils.vik", "rut.holm")
plant("contact block", "name", "Kerstin Ljungqvist", "Tomas Eklöf")
plant("contact block", "digits", "021-17 45 60", "073-445 66 77")
plant("byline", "name", "Sanna Wester", "Jonas Fält")

ANSWERS_A = [
    "Samordnare är Per Nyberg och Bo Ek. Mats Lindberg och Hans Wikström leder nätverket; Wikström berättar att "
    "Margareta Sjöberg skrev planen. Sjöbergs förslag antogs.",
    "Styrdokumentet togs fram av Stig Hjortryd, Klara Holm och Maj Svensson tillsammans med Gun Berg och Åke Nilsson. "
    "Enligt Hjortryd ska det revideras.",
    "Uppföljning görs av anna bergström och ANNA-KARIN LÖVGREN samt lars holmqvist. KERSTIN ÅBERG ansvarar, "
    "med GÖRAN BLOMQVIST och ingrid axelsson.",
    "Barnombuden samordnas av Karin von Rosen, Carl af Klinteberg, Anna de Geer och Johan van der Linden. "
    "Liselott M. Johansson, Per-Olof K. Andersson och Eva B. Nilsson utbildar.",
    "Łukasz Nowak, Şeyma Yılmaz, José García, Mehmet Demir, Aleksandra Kowalska och Juha Virtanen arbetar med barnrätt.",
    "Barnrätten har stärkts. Ring 070−323 45 67, 070‑423 45 68, 070–523 45 69, 070.623.45.70, 070/723 45 71 eller "
    "Tel.0706234572. Växeln 08/123 45 73, +46 (0)21-12 34 56, 0046 21 123 456, (021) 12 34 57, 021 - 12 34 58 "
    "och 0700 12 34 59.",
    "Ja, KVÅ-koder används. Journalerna för {minus}, {spaced-dash}, {dot}, {en-dash}, {nb-hyphen}, {slash}, {plain} "
    "och {space} granskades.".format(**PNR),
    "Ja. Skriv till ulla.fors @ vastmanland.se, eva.strand[@]vastmanland.se, siv.dahl(a)vastmanland.se, "
    "bo.kvist snabel-a vastmanland.se, lina.ros＠vastmanland.se, ola.sten&#64;vastmanland.se, "
    "tove.falk (at) vastmanland . se, maja.ek [at] vastmanland [punkt] se, nils.vik&#x40;vastmanland&#46;se "
    "eller rut.holm (snabel-a) vastmanland (punkt) se.",
    "Enligt Ida Aho räcker materialet; Aho menar att Anna Lindqvists rapport visar det. Eva Ek och Tomas Li håller med.",
    "Ja, broschyrer från Lena Nilsson, Sven Persson, Ingrid Axelsson, Ulf Berglund och Birgit Jönsson.",
    "Ja, material som Rolf Hedlund, Elsa Lundgren, Göran Blom och Inger Sundberg tog fram. Satsningen leddes av "
    "Sven-Erik Lund och Ann-Christin Lund i Lund.",
    "Ja, en satsning som Leif Forsberg ledde; Forsbergs rapport finns hos Maria Bergstr&ouml;m.",
    "Egenkontroll i journalen.",
]
TAIL_A = (
    "Kontaktuppgifter:\n"
    "Kerstin Ljungqvist, barnrättsstrateg, 021-17 45 60\n"
    "Tomas Eklöf, 073-445 66 77\n"
)


def page_a() -> str:
    page = questionnaire_page("Region Västmanland", ANSWERS_A, tail=TAIL_A)
    return page.replace("Senast uppdaterad 2022-10-03", "Senast uppdaterad 2022-10-03 av Sanna Wester, ansvarig utgivare Jonas Fält")


# ---- page B: Region Dalarna, an HTML page with a contact table
plant("HTML table cells", "name", "Anna Gustavsson", "Erik Sandberg", "Malin Öberg")
plant("HTML table cells", "digits", "070-312 45 67", "070-412 45 68")
plant("HTML table cells", "text", "malin.oberg")


def page_b() -> str:
    from hostile import PLAIN_ANSWERS, QUESTIONS

    parts = ["<!DOCTYPE html><html><head><title>Region Dalarna</title></head><body><h1>Region Dalarna</h1>"]
    for question, answer in zip(QUESTIONS, PLAIN_ANSWERS):
        parts.append(f"<h3>{question}</h3><p>{answer}</p>")
    parts.append(
        "<h2>Kontakt</h2><table><tr><th>Roll</th><th>Namn</th><th>Telefon</th></tr>"
        "<tr><td>Samordnare</td><td>Anna Gustavsson</td><td>070-312 45 67</td></tr>"
        "<tr><td>Barnombud</td><td>Erik Sandberg</td><td>070-412 45 68</td></tr>"
        "<tr><td>Chef</td><td>Malin Öberg</td><td>malin.oberg@ltdalarna.se</td></tr></table>"
        "<p>Senast uppdaterad 2022-10-03</p></body></html>"
    )
    return "\n".join(parts)


# ---- page C: a network report whose name lines hold people
plant("network report name lines", "name", "Rolf Lindholm", "Per Sundqvist", "Eva Strandberg", "Kerstin Ljung")
plant("network report name lines", "digits", "070-765 43 29", "0911-69 60 01")

PAGE_C = """Redovisning från deltagande kommuner

Borås stad – Rolf Lindholm
Vi har två barngrupper och erbjuder BRA-samtal till barn. Vi samverkar med Svenska kyrkan.

Uppsala kommun (Per Sundqvist, 070-765 43 29)
Vi har grupper för barn i åldern 7-12 år och enskilda samtal med barn och unga.

Piteå kommun – Eva Strandberg, 0911-69 60 01
Vi fortsätter som tidigare med grupper för barn och unga och med samtal.

Atlantis kommun – Kerstin Ljung
Vi planerar att starta en grupp för barn till föräldrar med missbruk.

Publicerat 2021-05-04
"""

# ---- file names (they reach manifest.json, documents, respondents, problems)
plant("file names", "word", "bergstrom", "Holmberg", "Sjögren", "Nyström")
plant("file names", "digits", "0701112233")
FILES = {
    "kontakt_anna_bergstrom_0701112233.txt": questionnaire_page("Region Gotland"),
    "Svar från Lars Holmberg.txt": questionnaire_page("Region Blekinge"),
    "Ulrika Sjögren CV.txt": bytes(range(256)) * 8,  # binary: a problem row names the file
    "2021/Karl Nyström/sida.txt": questionnaire_page("Region Halland"),
}

# ---- a manual coding whose note names a person
plant("notes of manual codings", "name", "Birgitta Holm")
plant("notes of manual codings", "digits", "070-555 12 34")
plant("notes of manual codings", "text", "birgitta.holm")
MANUAL = (
    "document,org_code,indicator,value,note\n"
    'pii_a.txt,19,coordination,no,"Enligt samtal med Birgitta Holm, 070-555 12 34, birgitta.holm@vastmanland.se"\n'
)

# --------------------------------------------------------------------------- survivors
SURVIVORS = [
    "Astrid Lindgrens barnsjukhus", "Magnus Huss-kliniken", "Maria Ungdom", "Ronald McDonald Hus",
    "Drottning Silvias barn- och ungdomssjukhus", "Sachsska barn- och ungdomssjukhuset", "Karolinska Institutet",
    "Sahlgrenska universitetssjukhuset", "Skånes universitetssjukhus", "Lunds universitet", "Borås stad",
    "Anhörigcentrum Borås", "staden Lund", "Region Jönköpings län", "Upplands Väsby", "Lilla Edet", "Nora kommun",
    "Vilhelmina kommun", "Dorotea kommun", "Mora", "Falun", "Stockholms stad", "BRA-samtal", "ME-WE",
    "Föra barnen på tal", "Beardslees familjeintervention", "Barnkraft", "Trappan", "Skuggan", "Klubb Simon",
    "Ersta Vändpunkten", "Bris", "Rädda Barnen", "Maskrosbarn", "Stiftelsen Allmänna Barnhuset", "Socialstyrelsen",
    "Nka", "Karin Boye-biblioteket", "Anna Freud Centre", "Familjecentralen Solrosen", "Barnens Hus", "Hela familjen",
]
SURVIVOR_ANSWERS = [
    "Samverkan med Astrid Lindgrens barnsjukhus, Magnus Huss-kliniken, Maria Ungdom och Ronald McDonald Hus.",
    "Ja, rutiner på Drottning Silvias barn- och ungdomssjukhus och Sachsska barn- och ungdomssjukhuset.",
    "Forskare från Karolinska Institutet, Sahlgrenska universitetssjukhuset, Skånes universitetssjukhus och Lunds universitet följer upp.",
    "Ja, barnombud i Borås stad och på Anhörigcentrum Borås; i staden Lund finns ett nätverk.",
    "Region Jönköpings län, Upplands Väsby, Lilla Edet, Nora kommun, Vilhelmina kommun och Dorotea kommun deltar.",
    "Barnrättsarbetet i Mora, Falun och Stockholms stad har gett arbetet legitimitet.",
    "Ja, BRA-samtal, ME-WE och Föra barnen på tal dokumenteras med KVÅ-koder.",
    "Ja, utbildning i Beardslees familjeintervention, Barnkraft, Trappan och Skuggan.",
    "Ja, Klubb Simon och Ersta Vändpunkten har material för personal.",
    "Ja, material från Bris, Rädda Barnen och Maskrosbarn till föräldrar.",
    "Ja, material från Stiftelsen Allmänna Barnhuset, Socialstyrelsen och Nka till barn.",
    "Ja, en satsning med Karin Boye-biblioteket, Anna Freud Centre och Familjecentralen Solrosen.",
    "Uppföljning på Barnens Hus och inom Hela familjen.",
]
OVER_REDACTION_TAIL = "Kontakt: Anhörigcentrum Borås\n\nKontaktperson: Anna Lund, 033-35 70 00\n"


def page_survivors() -> str:
    return questionnaire_page("Region Skåne", SURVIVOR_ANSWERS, tail=OVER_REDACTION_TAIL)


# ------------------------------------------------------------------------------------ the build
def _write_planted(root: Path) -> None:
    raw = root / "raw"
    raw.mkdir()
    (raw / "pii_a.txt").write_text(page_a(), encoding="utf-8")
    (raw / "pii_b.html").write_text(page_b(), encoding="utf-8")
    (raw / "pii_c.txt").write_text(PAGE_C, encoding="utf-8")
    (raw / "survivors.txt").write_text(page_survivors(), encoding="utf-8")
    for name, content in FILES.items():
        path = raw / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    manual = root / "manual.csv"
    manual.write_text(MANUAL, encoding="utf-8")
    bas.build(raw, root / "processed", manual_codings=manual, progress=False)


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    """The build of the planted pages, made once per run (shared by the pytest-xdist workers)."""
    root, _ = shared_folder(tmp_path_factory, "safety-privacy", _write_planted)
    return dict(root=root, raw=root / "raw", processed=root / "processed")


def pattern(kind: str, planted: str) -> re.Pattern:
    if kind == "digits":
        digits = re.sub(r"\D", "", planted)
        return re.compile(r"(?<!\d)" + r"\D{0,3}".join(digits) + r"(?!\d)")
    if kind == "text":
        return re.compile(re.escape(planted), re.IGNORECASE)
    if kind == "word":
        return re.compile(rf"(?<!\w){re.escape(planted)}", re.IGNORECASE if planted.islower() else 0)
    words = planted.split()
    return re.compile(r"(?<!\w)" + re.escape(words[0]) + r"\W{1,4}(?:\w+\.?\W{1,3}){0,2}?" + re.escape(words[-1]) + r"(?!\w)", re.IGNORECASE)


def _hits(regex: re.Pattern, texts: dict[str, str]) -> dict[str, list[str]]:
    found = {}
    for name, text in texts.items():
        spots = [text[max(0, m.start() - 40): m.end() + 40] for m in regex.finditer(text)]
        if spots:
            found[name] = spots[:2]
    return found


def test_the_battery_is_large_and_planted(planted, tally):
    """At least 100 items across the families, each really on a page, file name or note before the build."""
    assert len(ITEMS) >= 100, len(ITEMS)
    assert len({family for family, _, _ in ITEMS}) >= 15
    import html as html_module

    sources = "\n".join([page_a(), page_b(), PAGE_C, MANUAL, *FILES])
    sources += "\n" + html_module.unescape(sources)
    for family, kind, item in ITEMS:
        assert pattern(kind, item).search(sources) or item in sources, (family, item)
    data = bas.load(planted["processed"])
    kinds = dict(zip(data.documents["source_file"], data.documents["kind"]))
    assert kinds.get("pii_a.txt") == "questionnaire" and kinds.get("pii_c.txt") == "network_report", kinds
    assert (data.codings["source"] == "manual").sum() == 1, "the manual coding with the note was not applied"
    tally.add("issue 11: personal data items planted", len(ITEMS))


@pytest.mark.parametrize("family,kind,item", ITEMS, ids=[f"{f}:{i}" for f, _, i in ITEMS])
def test_no_planted_item_reaches_the_processed_tables(planted, family, kind, item):
    hits = _hits(pattern(kind, item), processed_texts(planted["processed"]))
    assert not hits, f"{family}: {item!r} found: {hits}"


@pytest.mark.parametrize("name", SURVIVORS)
def test_organisation_place_and_method_names_survive(planted, name):
    texts = processed_texts(planted["processed"])
    assert name in texts["answers.csv"] and name in texts["documents.csv"], f"{name!r} was altered by redaction"


def test_survivor_battery_is_large(planted, tally):
    assert len(SURVIVORS) >= 30
    tally.add("issue 11: organisation, place and method names that must survive", len(SURVIVORS))


def test_names_from_contact_blocks_are_applied_only_as_person_names(planted):
    """"Kontakt: Anhörigcentrum Borås" gives no name; "Kontaktperson: Anna Lund" erases the person, not the city."""
    names = redact.find_contact_names(page_survivors())
    assert names == {"Anna Lund"}, names
    texts = processed_texts(planted["processed"])
    assert "Anna Lund" not in texts["documents.csv"]
    assert "Borås stad – [namn]" in texts["respondents.csv"] or "Borås stad" in texts["respondents.csv"]


def test_the_placeholders_mark_where_data_was(planted):
    data = bas.load(planted["processed"])
    text = "\n".join(data.answers["answer_text"])
    for placeholder in (redact.NAME, redact.PHONE, redact.EMAIL, redact.PERSONAL_NUMBER):
        assert placeholder in text
    assert "Samordnare | [namn] | [telefon]" in "\n".join(data.documents["text"])
    evidence = data.codings[data.codings["source"] == "manual"]["evidence"].iloc[0]
    assert evidence.startswith("Enligt samtal med [namn]"), evidence
    files = set(data.manifest["inputs"][i]["file"] for i in range(len(data.manifest["inputs"])))
    assert "kontakt_[namn]_[telefon].txt" in files and "2021/[namn]/sida.txt" in files, files


# ---------------------------------------------------------------------------------- reports
@pytest.fixture(scope="module")
def planted_reports(tmp_path_factory, planted):
    """The reports of the planted build, rendered once per run: both slow tests read them, and pytest-xdist may
    hand them to different workers."""

    def render(root: Path) -> None:
        code = render_reports(planted["processed"], planted["raw"], root / "reports", ["19", "20", "12"])
        (root / "code").write_text(str(code), encoding="utf-8")

    root, _ = shared_folder(tmp_path_factory, "safety-privacy-reports", render)
    out = root / "reports"
    code = int((root / "code").read_text(encoding="utf-8"))
    assert code == 0, f"report run failed: {sorted(p.name for p in (out / 'failed').glob('*'))}"
    return out


@pytest.mark.slow
def test_no_planted_item_reaches_notebooks_or_html(planted_reports, tally):
    texts = {**html_texts(planted_reports), **notebook_texts(planted_reports), **other_texts(planted_reports)}
    assert any(name.endswith("region-19.html") for name in texts), sorted(texts)
    leaks = {}
    for family, kind, item in ITEMS:
        hits = _hits(pattern(kind, item), texts)
        if hits:
            leaks[f"{family}: {item}"] = hits
    assert not leaks, leaks
    region = (planted_reports / "region-19.html").read_text(encoding="utf-8")
    assert "[namn]" in region
    tally.add("issue 11: report files scanned for the battery", len(texts))


@pytest.mark.slow
def test_survivors_reach_the_region_report(planted_reports):
    region = (planted_reports / "region-12.html").read_text(encoding="utf-8")
    import html as html_module

    visible = html_module.unescape(region)
    shown = [name for name in SURVIVORS if name in visible]
    assert len(shown) >= 10, shown
