"""The rendered report set as an evaluator gets it (issue 12): links, evidence, method page, tables, wording.

Reads the session's rendered batch (conftest.rendered_batch: the seed pages,
the national overview and regions 08, 06, 10 and 14, with ../shared/gold when
it is there; the batch also renders the planted pages of the privacy and fuzz
tests, regions conftest.PLANTED_REGIONS); executes nothing itself.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pandas as pd
import pytest
from conftest import PLANTED_REGIONS

pytestmark = pytest.mark.slow

PAGES = ["index", "metod", "nationell-oversikt", "region-08", "region-06", "region-10", "region-14"]


def read(batch, name: str) -> str:
    return (batch.out / f"{name}.html").read_text(encoding="utf-8")


def visible(page: str) -> str:
    page = re.sub(r"<(style|script)[^>]*>.*?</\1>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", page))).strip()


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        if attrs.get("id"):
            self.ids.add(attrs["id"])


def links(page: str) -> _Links:
    parser = _Links()
    parser.feed(page)
    return parser


@pytest.mark.parametrize("name", PAGES)
def test_every_page_links_the_index_the_overview_and_the_method_page(rendered_batch, name):
    found = links(read(rendered_batch, name))
    for target in ("index.html", "nationell-oversikt.html", "metod.html", "index.html#tabeller"):
        assert target in found.hrefs, f"{name}.html does not link {target}"


def test_every_local_link_leads_to_a_page_and_an_anchor_that_exist(rendered_batch):
    out = rendered_batch.out
    every = PAGES + [f"region-{code}" for code in PLANTED_REGIONS]  # the batch's pages of the planted regions too
    ids = {name: links(read(rendered_batch, name)).ids for name in every}
    checked = 0
    for name in every:
        for href in links(read(rendered_batch, name)).hrefs:
            if href.startswith(("http:", "https:", "mailto:")):
                continue
            target, _, anchor = href.partition("#")
            target = target or f"{name}.html"
            assert (out / target).is_file(), f"{name}.html links {href}: no such file"
            if anchor and target.endswith(".html"):
                assert anchor in ids[target.removesuffix(".html")], f"{name}.html links {href}: no such anchor"
            checked += 1
    assert checked > 60


def test_the_overview_links_each_rendered_region_and_its_heatmap_rows(rendered_batch):
    page = read(rendered_batch, "nationell-oversikt")
    hrefs = links(page).hrefs
    for code in ("08", "06", "10", "14"):
        assert f"region-{code}.html" in hrefs
    assert "region-08.html#belagg" in hrefs  # the region heatmap's row
    assert any(h.startswith("region-06.html#kommun-") for h in hrefs)  # a municipality heatmap's row
    assert "region-01.html" not in hrefs  # not rendered in this batch: named, not linked


def test_region_reports_link_the_overview(rendered_batch):
    for name in ("region-08", "region-06", "region-10"):
        main = read(rendered_batch, name).split('<main', 1)[1]
        assert 'href="nationell-oversikt.html"' in main, name


def test_the_index_offers_the_tables_that_were_written_with_the_reports(rendered_batch):
    page = read(rendered_batch, "index")
    for href in ("tabeller/regioner.csv", "tabeller/kommuner.csv", "tabeller/barn-som-anhoriga.xlsx"):
        assert f'href="{href}" download' in page
        assert (rendered_batch.out / href).stat().st_mtime >= (rendered_batch.out / "nationell-oversikt.html").stat().st_mtime - 600
    regions = pd.read_csv(rendered_batch.out / "tabeller" / "regioner.csv", dtype=str, keep_default_na=False)
    # the one region with a coded questionnaire in the seeds, and the planted questionnaires (tests/conftest.py)
    assert set(regions["Kod"]) == {"08"} | set(PLANTED_REGIONS)


def test_a_bare_yes_in_the_region_report_stands_under_its_question(rendered_batch):
    text = visible(read(rendered_batch, "region-08"))
    evidence = text.split("Belägg: citat ur regionens svar", 1)[1].split("Utveckling över tid", 1)[0]
    assert "Fråga: Finns det material/information till föräldrar? Ja." in evidence
    assert "Källa: 003_de1f3ebb09300a39.txt, 2021" in evidence


def test_rule_ids_appear_only_in_the_appendix(rendered_batch):
    text = visible(read(rendered_batch, "region-08"))
    body, appendix = text.split("Bilaga: kodbokens regler", 1)
    assert not re.search(r"\bR\d\d\w?\.\w+", body), re.search(r"\bR\d\d\w?\.\w+", body)
    assert re.search(r"\bR01\.yes\.\w+", appendix)


def test_municipal_values_come_with_quotes_target_situations_ages_and_partners(rendered_batch):
    page = read(rendered_batch, "region-06")
    text = visible(page)
    for header in ("Målgrupper (familjesituationer)", "Åldrar", "Samverkar med"):
        assert header in text
    assert "Mullsjö: belägg ur 004_3b7892168fc6fe03.txt" in text
    assert page.count('<tr id="kommun-') == text.count("belägg ur 004_")


def test_titles_are_repaired_and_never_show_a_redaction_placeholder(rendered_batch):
    for name in PAGES:
        page = read(rendered_batch, name)
        titles = re.findall(r"<(?:title|h1|h2|h3|summary)[^>]*>(.*?)</(?:title|h1|h2|h3|summary)>", page, flags=re.S)
        for title in titles:
            assert not re.search(r"\[(?:namn|telefon|e-post|personnummer)\]", html.unescape(title)), (name, title)
    assert "Region Jönköpings län Barndialogen" in visible(read(rendered_batch, "region-06"))
    assert "Jnkpings" not in visible(read(rendered_batch, "region-06"))


def test_the_text_about_the_national_work_is_listed_in_the_overview_not_under_a_region(rendered_batch):
    region = visible(read(rendered_batch, "region-14"))
    texts = region.split("Regionens egna texter", 1)[1]
    assert "Lite historik" not in texts.split("Om underlaget")[0].replace("Lite historik 2012-2014 (002_56ae18b492f85a3f.txt)", "")
    assert "En text om det nationella utvecklingsarbetet nämner regionen" in region
    overview = read(rendered_batch, "nationell-oversikt")
    listed = visible(overview).split("Texter om det nationella arbetet och andra texter", 1)[1]
    assert "Lite historik 2012-2014" in listed and "om det nationella utvecklingsarbetet" in listed


@pytest.mark.parametrize("name", PAGES)
def test_the_swedish_reads_right(rendered_batch, name):
    text = visible(read(rendered_batch, name))
    for wrong in ("anteckningsbok", "Data byggda", "1 klara", "etablerat och", " klar,", "notebook"):
        assert wrong not in text, (name, wrong)


def test_the_index_counts_its_reports_in_swedish(rendered_batch):
    text = visible(read(rendered_batch, "index"))
    assert "22 rapporter: 8 klara och 1 utan uppgifter." in text  # the four seed regions' reports (one without data)
    # and the four planted regions' (tests/conftest.py)
    assert len(PLANTED_REGIONS) == 4


def test_the_method_page_gives_the_agreement_computed_from_the_gold_file(rendered_batch):
    from bas_analysis import load
    from bas_analysis.agreement import agreement

    text = visible(read(rendered_batch, "metod"))
    if rendered_batch.gold is None:
        assert "Inte mätt för detta underlag" in text
        pytest.skip("../shared/gold not found: the batch was rendered without a gold file")
    data = load(rendered_batch.processed)
    expected = agreement(data.codings, data.respondents, rendered_batch.gold).overall
    assert "Inte mätt" not in text
    share = f"{100 * expected['share_equal']:.1f} %".replace(".", ",")
    assert f"{expected['cells']} celler på {expected['documents']} sidor" in text
    assert f"{expected['equal']} av dem ({share}) har samma värde" in text
    assert f"{expected['cells_not_in_build']} celler i filen gäller sidor som inte finns i underlaget" in text
