"""The reports in a real browser (issues 6 and 12).

Headless Chromium (Debian's /usr/bin/chromium, installed by
scripts/install_browser.sh) driven by playwright opens index.html of the
session's rendered batch (conftest.rendered_batch: the seed pages, national
overview and four regions) and, as a reader would:

- follows links from the index to the national overview, from there to a
  region, from the region to the method page and back to the index (and back
  through the history), checking on every page: no request leaves the machine
  (every request is routed: only file: and data: URLs pass), no console error,
  every <img> loaded, the page is not blank, and the shared navigation is there;
- downloads the region × indicator CSV and the Excel workbook from the index
  and reads them with pandas;
- checks the text alternatives of the figures: every figure has one, it is the
  one :func:`bas_analysis.plots.alt_text` gives for the same data, and its
  caption repeats it for sighted readers;
- at 200 % zoom (a 1200 px window is a 600 CSS px viewport at scale 2) the text
  reflows: no page scrolls sideways, only wide tables in their own box.

Skips only when Chromium (or the playwright package) cannot be found, with the
reason the install script wrote down.
"""
from __future__ import annotations

import io
import re
import sys
from pathlib import Path
from urllib.parse import urljoin

import pandas as pd
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import PageWatch, chromium, chromium_or_skip, tally  # noqa: E402,F401

pytestmark = [pytest.mark.slow, pytest.mark.browser]

REGION = "08"  # Region Kalmar: the seed's questionnaire
NAV = {"index.html": "Alla rapporter", "nationell-oversikt.html": "Nationell översikt", "metod.html": "Metod och begränsningar"}


@pytest.fixture(scope="module")
def reports(rendered_batch):
    chromium_or_skip()
    assert rendered_batch.code == 0, f"report run failed: {sorted(p.name for p in (rendered_batch.out / 'failed').glob('*'))}"
    return rendered_batch.out


def _settle(page) -> None:
    """Scroll through the page so lazy content loads, then wait for every image to finish."""
    page.evaluate(
        """async () => {
            for (let y = 0; y < document.body.scrollHeight; y += 600) { window.scrollTo(0, y); await new Promise(r => setTimeout(r, 20)); }
            window.scrollTo(0, 0);
            await Promise.all([...document.images].map(i => i.complete ? null : new Promise(r => { i.onload = i.onerror = r; })));
        }"""
    )


def _images(page) -> list[dict]:
    return page.eval_on_selector_all(
        "img",
        "els => els.map(e => ({src: e.currentSrc.slice(0, 60), complete: e.complete, width: e.naturalWidth, height: e.naturalHeight}))",
    )


def _non_background_share(png: bytes) -> float:
    """Share of pixels that differ from the most common colour (the background)."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.int16).reshape(-1, 3)
    # the most common colour, counted on one integer per pixel (np.unique(axis=0) sorts rows: a minute a page)
    packed = (pixels[:, 0].astype(np.int32) << 16) | (pixels[:, 1].astype(np.int32) << 8) | pixels[:, 2]
    top = int(np.bincount(packed).argmax())
    background = np.array([top >> 16, (top >> 8) & 0xFF, top & 0xFF], dtype=np.int16)
    differ = np.abs(pixels - background).max(axis=1) > 16
    return float(differ.mean())


def _check_page(page, watch: PageWatch, label: str, min_images: int) -> dict:
    _settle(page)
    page.wait_for_timeout(200)
    images = _images(page)
    broken = [i for i in images if not i["complete"] or i["width"] == 0]
    assert not broken, f"{label}: images not loaded: {broken}"
    assert len(images) >= min_images, f"{label}: {len(images)} images, expected at least {min_images}"
    shot = page.screenshot(full_page=True)
    share = _non_background_share(shot)
    assert share > 0.01, f"{label}: page looks blank ({share:.2%} of pixels differ from the background)"
    text = page.inner_text("body")
    assert len(text.strip()) > 200, f"{label}: hardly any text: {text[:200]!r}"
    nav = dict(page.eval_on_selector_all("nav.bas-nav a", "els => els.map(e => [e.getAttribute('href'), e.textContent.trim()])"))
    for href, name in NAV.items():
        assert nav.get(href) == name, f"{label}: the navigation lacks {name} ({href}): {nav}"
    problems = watch.problems()
    assert not problems, f"{label}: " + "\n".join(problems)
    return {"images": len(images), "ink": share, "text": text}


def _follow(page, selector: str, expected: str) -> None:
    """Click the link ``selector`` as a reader would and land on ``expected`` (a URL)."""
    with page.expect_navigation(wait_until="load"):
        page.click(selector)
    assert page.url == expected, (selector, page.url)


def test_a_reader_goes_from_the_index_to_the_overview_a_region_the_method_page_and_back(reports, tally):
    index = (reports / "index.html").resolve().as_uri()
    url = lambda name: urljoin(index, name)  # noqa: E731
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1200, "height": 900}, java_script_enabled=True)
        watch = PageWatch(context)
        page = context.new_page()
        watch.attach(page)

        page.goto(index, wait_until="load")
        assert page.evaluate("document.documentElement.lang") == "sv"
        _check_page(page, watch, "index.html", min_images=0)
        assert page.locator(f'a[href="region-{REGION}.html"]').count() == 1

        _follow(page, 'nav.bas-nav a[href="nationell-oversikt.html"]', url("nationell-oversikt.html"))
        overview = _check_page(page, watch, "national overview", min_images=4)
        # the overview links each rendered region: in its table of regions and in the heatmap's rows
        for code in ("08", "06", "10", "14"):
            assert page.locator(f'#region-{code} a[href="region-{code}.html"]').count() == 1, code
        assert page.locator(f'details.bas-companion a[href="region-{REGION}.html#belagg"]').count() == 1
        municipality_links = page.eval_on_selector_all('details.bas-companion a[href*="#kommun-"]', "els => els.map(e => e.getAttribute('href'))")
        assert municipality_links and all(h.startswith("region-06.html#kommun-") or h.startswith("region-") for h in municipality_links)
        assert page.locator('a[href="region-01.html"]').count() == 0  # no link to a report the batch did not make

        _follow(page, f'#region-{REGION} a[href="region-{REGION}.html"]', url(f"region-{REGION}.html"))
        region = _check_page(page, watch, f"region {REGION}", min_images=0)
        assert "Region Kalmar län" in region["text"]
        assert page.locator('main a[href="nationell-oversikt.html"]').count() >= 1  # the region links the overview
        assert page.locator("#belagg").count() == 1 and page.locator("#bilaga").count() == 1

        # a municipality's row of the overview's heatmap lands on its row in the region report
        target = next(h for h in municipality_links if h.startswith("region-06.html#kommun-"))
        page.goto(url(target), wait_until="load")
        anchor = target.split("#")[1]
        assert page.locator(f"tr#{anchor}").count() == 1
        assert page.evaluate(f"document.getElementById('{anchor}').getBoundingClientRect().top") < 900
        page.goto(url(f"region-{REGION}.html"), wait_until="load")

        _follow(page, 'nav.bas-nav a[href="metod.html"]', url("metod.html"))
        method = _check_page(page, watch, "method page", min_images=0)
        for heading in ("Vad indikatorerna betyder", "Hur värdena kodas", "Överensstämmelse med mänskliga kodare",
                        "Hur sidorna placeras i tid", "Kända begränsningar"):
            assert heading in method["text"]

        page.go_back(wait_until="load")
        assert page.url == url(f"region-{REGION}.html")
        page.go_forward(wait_until="load")
        _follow(page, 'nav.bas-nav a[href="index.html"]', index)

        every = list(watch.requests)
        assert every and all(u.startswith(("file:", "data:")) for u in every), every
        tally.add("browser: pages checked", 5)
        tally.note(f"browser: index → overview ({overview['images']} images) → region {REGION} → method page → index: "
                   f"{len(every)} requests, all file:/data:, no console error")


def test_the_tables_download_from_the_index_and_read_with_pandas(reports, rendered_batch, tmp_path):
    import bas_analysis as bas

    data = bas.load(rendered_batch.processed)
    with chromium() as browser:
        context = browser.new_context(accept_downloads=True)
        watch = PageWatch(context)
        page = context.new_page()
        watch.attach(page)
        page.goto((reports / "index.html").resolve().as_uri(), wait_until="load")
        saved = {}
        for href in ("tabeller/regioner.csv", "tabeller/kommuner.csv", "tabeller/barn-som-anhoriga.xlsx"):
            with page.expect_download() as download:
                page.click(f'a[href="{href}"]')
            saved[href] = tmp_path / download.value.suggested_filename
            download.value.save_as(saved[href])
        assert not watch.problems()

    regions = pd.read_csv(saved["tabeller/regioner.csv"], dtype=str, keep_default_na=False)
    kalmar = regions[regions["Kod"].eq(REGION)]
    coded = data.codings[data.codings["org_code"].eq(REGION)]
    assert len(kalmar) == coded["indicator"].nunique() == 13
    for column in ("Värde", "År", "Källsida", "Fråga", "Citat", "Säkerhet"):
        assert column in regions.columns
    assert kalmar["Citat"].ne("").sum() >= 12 and set(kalmar["År"]) == {"2021"}
    municipalities = pd.read_csv(saved["tabeller/kommuner.csv"], dtype=str, keep_default_na=False)
    assert municipalities["Kod"].nunique() == data.codings.loc[data.codings["level"].eq("municipality"), "org_code"].nunique()
    workbook = pd.read_excel(saved["tabeller/barn-som-anhoriga.xlsx"], sheet_name=None, dtype=str)
    assert list(workbook) == ["Regioner", "Kommuner", "Om tabellerna"]
    assert workbook["Regioner"]["Kod"].tolist() == regions["Kod"].tolist()
    assert workbook["Regioner"]["Citat"].fillna("").tolist() == regions["Citat"].tolist()


def test_every_figure_has_its_swedish_text_alternative(reports, rendered_batch):
    import bas_analysis as bas
    from bas_analysis import plots
    from bas_analysis.report import content

    data = bas.load(rendered_batch.processed)
    national = content.national_context(data)
    expected = {
        plots.alt_text(plots.coverage_bars, national.variation),
        plots.alt_text(plots.region_map, national.index),
        plots.alt_text(plots.heatmap, national.codings, level="region"),
        plots.alt_text(plots.heatmap, national.codings, level="municipality"),
        plots.alt_text(plots.methods_matrix, national.codings),
    } - {None}
    with chromium() as browser:
        page = browser.new_page()
        seen = {}
        for name in ("nationell-oversikt", f"region-{REGION}", "region-06"):
            page.goto((reports / f"{name}.html").resolve().as_uri(), wait_until="load")
            figures = page.eval_on_selector_all(
                "figure.bas-figure", "els => els.map(f => [f.querySelector('img').getAttribute('alt'), f.querySelector('figcaption').textContent])")
            assert page.locator("img").count() == len(figures), f"{name}: an image outside a figure"
            for alt, caption in figures:
                assert alt and len(alt) > 40, f"{name}: short or missing text alternative: {alt!r}"
                assert caption == alt
                assert not re.search(r"\d\.\d", alt), f"{name}: a number with a decimal point: {alt!r}"
            seen[name] = [alt for alt, _ in figures]
    assert expected <= set(seen["nationell-oversikt"]), set(seen["nationell-oversikt"]) ^ expected
    assert any("Kalmar" in alt for alt in seen[f"region-{REGION}"])


def test_at_200_percent_zoom_the_text_reflows_without_sideways_scrolling(reports, tmp_path, tally):
    """A 1200 px window at 200 % zoom: a 600 CSS px viewport at device scale 2."""
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 600, "height": 800}, device_scale_factor=2)
        page = context.new_page()
        for name in ("index", "nationell-oversikt", f"region-{REGION}", "region-06", "metod"):
            page.goto((reports / f"{name}.html").resolve().as_uri(), wait_until="load")
            _settle(page)
            width = page.evaluate("document.documentElement.clientWidth")
            assert page.evaluate("document.documentElement.scrollWidth") <= width, f"{name} scrolls sideways at 200 %"
            overflowing = page.eval_on_selector_all(
                "main p, main li, main h1, main h2, main h3, main figure, main summary, nav.bas-nav li",
                f"els => els.filter(e => e.getBoundingClientRect().right > {width} + 1).map(e => e.textContent.slice(0, 60))")
            assert not overflowing, f"{name}: text wider than the window at 200 %: {overflowing[:3]}"
            shot = tmp_path / f"{name}-200.png"
            page.screenshot(path=str(shot), full_page=True)
            from PIL import Image

            assert Image.open(shot).size[0] == 2 * width, f"{name}: the full-page screenshot is wider than the window"
        tally.note(f"browser: 5 pages at 200 % zoom reflow within {width} CSS px (screenshots in {tmp_path})")


def test_the_watch_catches_what_it_should(tmp_path):
    """The checks above are live: a page that fetches from the network, logs an error and has a broken image fails them."""

    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html lang="sv"><body><h1>Test</h1><img src="missing.png">'
        '<img src="https://example.invalid/x.png"><img src=y onerror="alert(1)"><script>console.error("boom")</script></body></html>',
        encoding="utf-8",
    )
    with chromium() as browser:
        context = browser.new_context()
        watch = PageWatch(context)
        page = context.new_page()
        watch.attach(page)
        page.goto(bad.as_uri(), wait_until="load")
        _settle(page)
        assert watch.outside == ["https://example.invalid/x.png"]
        assert any("boom" in e for e in watch.console_errors)
        assert watch.dialogs == ["alert: 1"]
        assert any(i["width"] == 0 for i in _images(page))
        page.set_content("<html><body><p>" + "x" * 3000 + "</p></body></html>")
        assert page.evaluate("document.documentElement.scrollWidth") > page.evaluate("document.documentElement.clientWidth")
        page.set_content("<html><body></body></html>")
        assert _non_background_share(page.screenshot(full_page=True)) < 0.001
