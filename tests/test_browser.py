"""The reports in a real browser (issue 6, point 1).

Headless Chromium (Debian's /usr/bin/chromium, installed by
scripts/install_browser.sh) driven by playwright opens index.html of a report
set rendered from the seed build in a tmp folder, follows its links to the
national overview and a region report, and checks on every page: no request
leaves the machine (every request is routed: only file: and data: URLs pass),
no console error, every <img> loaded, and the page is not blank (its
screenshot has plenty of pixels that differ from the background colour).

Skips only when Chromium (or the playwright package) cannot be found, with the
reason the install script wrote down.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path
from urllib.parse import urljoin

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import SEED_RAW, PageWatch, chromium_or_skip, chromium, render_reports, tally  # noqa: E402,F401

from bas_analysis import build  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.browser]

REGION = "08"  # Region Kalmar: the seed's questionnaire


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory):
    chromium_or_skip()  # no need to render when there is no browser
    root = tmp_path_factory.mktemp("browser")
    processed = root / "processed"
    build(SEED_RAW, processed, progress=False)
    out = root / "reports"
    code = render_reports(processed, SEED_RAW, out, [REGION])
    assert code == 0, f"report run failed: {sorted(p.name for p in (out / 'failed').glob('*'))}"
    return out


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
    colours, counts = np.unique(pixels, axis=0, return_counts=True)
    background = colours[counts.argmax()]
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
    problems = watch.problems()
    assert not problems, f"{label}: " + "\n".join(problems)
    return {"images": len(images), "ink": share, "text": text}


def test_reports_in_headless_chromium(seed_reports, tally):

    index = (seed_reports / "index.html").resolve()
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1200, "height": 900}, java_script_enabled=True)
        watch = PageWatch(context)
        page = context.new_page()
        watch.attach(page)

        page.goto(index.as_uri(), wait_until="load")
        assert page.evaluate("document.documentElement.lang") == "sv"
        _check_page(page, watch, "index.html", min_images=0)
        links = page.eval_on_selector_all("a[href]", "els => els.map(e => [e.getAttribute('href'), e.textContent.trim()])")
        hrefs = [href for href, _ in links]
        national = next((h for h in hrefs if "nationell" in h), None)
        region = next((h for h in hrefs if h.endswith(f"region-{REGION}.html")), None)
        assert national and region, f"index.html does not link the national overview and region {REGION}: {links}"

        seen = {}
        for label, href, min_images in (("national overview", national, 1), (f"region {REGION}", region, 0)):
            # follow the link as a reader would: click it on the index page
            page.goto(index.as_uri(), wait_until="load")
            with page.expect_navigation(wait_until="load"):
                page.click(f'a[href="{href}"]')
            assert page.url == urljoin(index.as_uri(), href), page.url
            seen[label] = _check_page(page, watch, label, min_images)
            tally.add("browser: pages checked")
        assert "Kalmar" in seen[f"region {REGION}"]["text"]
        every = [u for u in watch.requests]
        assert every and all(u.startswith(("file:", "data:")) for u in every), every
        tally.note(
            f"browser: index + national ({seen['national overview']['images']} images) + region {REGION} "
            f"({seen[f'region {REGION}']['images']} images): {len(every)} requests, all file:/data:, no console error"
        )


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
        page.set_content("<html><body></body></html>")
        assert _non_background_share(page.screenshot(full_page=True)) < 0.001
