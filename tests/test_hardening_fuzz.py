"""Fuzzed input (issue 6, point 3): random and mutated pages never crash the parsers or the build.

Pages are the seed pages, a questionnaire and a network report, mutated by
hypothesis: truncated (also inside a multi-byte character), lines shuffled,
dropped or repeated, lines re-encoded one by one in utf-8 / cp1252 / latin-1
(mixed encodings in one file), UTF-16 or BOMs, control characters, NUL bytes,
random HTML around and inside, random text. Generation is derandomized, so CI
sees the same pages on every run. The number of pages fuzzed is printed in
the "hardening" summary at the end of the run.
"""
from __future__ import annotations

import os
import random
import re
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parent))
from hostile import (  # noqa: E402
    HOSTILE_ANSWERS,
    HOSTILE_HTML_EXTRA,
    HOSTILE_HTML_REGION,
    HOSTILE_REGION,
    SEED_RAW,
    URL_ANSWERS,
    URL_REGION,
    LiveElements,
    PageWatch,
    elements_with_text,
    hostile_html_page,
    hostile_page,
    chromium,
    questionnaire_page,
    tally,  # noqa: F401  (fixture)
    url_page,
)

from bas_analysis import build, load  # noqa: E402
from bas_analysis.ingest import Problem, RawDocument, display_name, read_document  # noqa: E402
from bas_analysis.parse import ParsedDocument, parse_text  # noqa: E402
from bas_analysis.schemas import KINDS, LEVELS  # noqa: E402

FUZZ = settings(
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

NETWORK_PAGE = """Redovisning från deltagande kommuner

Vad har hänt inom er verksamhet sedan det senaste mötet?

Borås stad
Vi har två barngrupper och erbjuder BRA-samtal till barn 7-12 år.

Malmö stad – Södermalm
Vi arbetar med enskilda samtal och föräldragrupper.

Mullsjö-Habo kommun
Vi har gemensamma grupper för barn och unga.

Piteå
Anhörigkonsulenten har uppdrag för barn som anhöriga.

Publicerat 2021-05-04
"""

BASE_PAGES: list[str] = [p.read_bytes().decode("utf-8") for p in sorted(SEED_RAW.iterdir()) if p.is_file()]
BASE_PAGES += [questionnaire_page("Region Jnkpings ln"), NETWORK_PAGE]

CONTROL = [chr(c) for c in list(range(0, 32)) + list(range(127, 160))] + ["\u200b", "\ufeff", "\u202e", "\u2028", "\ufffd", "\u00ad", "\ud800"]
HTML_BITS = [
    "<html>", "<body>", "</body>", "<p>", "</p>", "<div class='x'>", "</div>", "<br>", "<br/>", "<li>", "<ul>",
    "<h2>", "</h2>", "<table><tr><td>", "</td></tr></table>", "<script>var a='</p>';</script>", "<style>p{}</style>",
    "<!-- comment -->", "<!--", "-->", "<![CDATA[x]]>", "<?xml version='1.0'?>", "<!DOCTYPE html>", "&amp;", "&#0;",
    "&#x110000;", "&nbsp;", "&aring;", "&#229;", "<svg><p>", "</svg>", "<noscript>", "<template>", "<a href='x'>", "</a>",
    "<", ">", "</", "<p <p>", "<img src=x onerror=alert(1)>", "<meta charset='cp1252'>",
]
ENCODINGS = ["utf-8", "cp1252", "latin-1", "utf-8-sig", "utf-16"]
SUFFIXES = [".txt", ".txt", ".txt", ".html", ".htm", ".HTML", ".TXT", ".pdf", ".docx", "", ".txt.bak", ".md"]


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace") if encoding != "utf-8" else text.encode("utf-8", errors="surrogatepass")


@st.composite
def mutated_text(draw) -> str:
    """A page as text after a few random mutations."""
    text = draw(st.one_of(st.sampled_from(BASE_PAGES), st.text(max_size=300)))
    rnd: random.Random = draw(st.randoms(use_true_random=False))
    for op in draw(st.lists(st.sampled_from(["truncate", "shuffle", "drop", "repeat", "control", "html", "splice", "long", "blank"]), max_size=4)):
        lines = text.split("\n")
        if op == "truncate" and text:
            text = text[: rnd.randrange(len(text) + 1)]
        elif op == "shuffle":
            rnd.shuffle(lines)
            text = "\n".join(lines)
        elif op == "drop" and lines:
            text = "\n".join(l for l in lines if rnd.random() > 0.3)
        elif op == "repeat" and lines:
            i = rnd.randrange(len(lines))
            text = "\n".join(lines[:i] + [lines[i]] * rnd.randint(2, 30) + lines[i:])
        elif op == "control":
            chars = list(text)
            for _ in range(rnd.randint(1, 40)):
                chars.insert(rnd.randint(0, len(chars)), rnd.choice(CONTROL))
            text = "".join(chars)
        elif op == "html":
            for _ in range(rnd.randint(1, 25)):
                i = rnd.randint(0, len(text))
                text = text[:i] + rnd.choice(HTML_BITS) + text[i:]
        elif op == "splice":
            piece = draw(st.text(max_size=200))
            i = rnd.randint(0, len(text))
            text = text[:i] + piece + text[i:]
        elif op == "long":
            text += "\n" + rnd.choice(["x", "Region Kalmar ", "Finns det styrdokument? ", "a@b.se ", "070-1234567 "]) * rnd.randint(100, 3000)
        elif op == "blank":
            text = "\n".join(l if rnd.random() > 0.3 else " \t " for l in lines)
    return text


@st.composite
def mutated_bytes(draw) -> bytes:
    """A page as bytes: mixed encodings line by line, BOMs, NULs, byte-level truncation and flips."""
    text = draw(mutated_text())
    rnd: random.Random = draw(st.randoms(use_true_random=False))
    how = draw(st.sampled_from(["one", "mixed", "mixed", "raw"]))
    if how == "one":
        data = _encode(text, draw(st.sampled_from(ENCODINGS)))
    elif how == "mixed":
        data = b"\n".join(_encode(line, rnd.choice(["utf-8", "cp1252", "latin-1"])) for line in text.split("\n"))
    else:
        data = draw(st.binary(max_size=2000))
    for op in draw(st.lists(st.sampled_from(["cut", "nul", "flip", "bom", "double"]), max_size=3)):
        if op == "cut" and data:
            data = data[: rnd.randrange(len(data) + 1)]  # also inside a multi-byte character
        elif op == "nul":
            i = rnd.randint(0, len(data))
            data = data[:i] + b"\x00" * rnd.randint(1, 4) + data[i:]
        elif op == "flip" and data:
            b = bytearray(data)
            for _ in range(rnd.randint(1, 20)):
                b[rnd.randrange(len(b))] = rnd.randrange(256)
            data = bytes(b)
        elif op == "bom":
            data = rnd.choice([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]) + data
        elif op == "double":  # mojibake: utf-8 bytes read as cp1252, saved again as utf-8
            data = data.decode("cp1252", errors="replace").encode("utf-8")
    return data


def _check_parsed(doc: ParsedDocument) -> None:
    assert isinstance(doc, ParsedDocument)
    assert doc.kind in KINDS
    assert doc.wave is None or 1990 <= doc.wave <= 2100
    for respondent in doc.respondents:
        assert respondent.level in LEVELS
        assert respondent.org_code == "" or respondent.org_code.isdigit() and len(respondent.org_code) in (2, 4)


@pytest.mark.slow  # 500 pages parsed: about ten seconds
@settings(FUZZ, max_examples=500)
@given(text=mutated_text())
def test_parse_text_never_crashes(text, tally):
    tally.add("pages fuzzed: parse_text")
    _check_parsed(parse_text(text))


@settings(FUZZ, max_examples=300)
@given(data=mutated_bytes(), suffix=st.sampled_from(SUFFIXES))
def test_read_document_never_crashes(data, suffix, tally):
    tally.add("pages fuzzed: read_document")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"page{suffix}"
        path.write_bytes(data)
        result = read_document(path)
        assert isinstance(result, (RawDocument, Problem))
        if isinstance(result, Problem):
            assert result.severity in ("error", "skipped") and result.reason
            assert result.file == path.name
        else:
            assert result.text and "\x00" not in result.text
            assert result.source_file == path.name
            _check_parsed(parse_text(result.text))


# File names: plain, with spaces and Swedish letters, odd, and not valid UTF-8 at all.
NAMES = st.one_of(
    st.from_regex(r"\A[a-z0-9_]{1,12}\Z"),
    st.sampled_from(["Region Kalmar län", "blåbär-ÅÄÖ", "sida (2)", "x" * 150, "a'b\"c", "-rf", "%s%n", "ﬁle", "página"]),
    st.binary(min_size=1, max_size=8).map(lambda b: b"".join(bytes([c]) for c in b if c not in (0, 47)) or b"z").map(lambda b: b"\xe9" + b),
)


@st.composite
def raw_folder(draw) -> list[tuple[bytes, bytes]]:
    """A raw folder: 0-16 (file name as bytes, content) pairs, maybe an identical copy among them."""
    files: dict[bytes, bytes] = {}
    for _ in range(draw(st.integers(0, 16))):
        stem = draw(NAMES)
        stem = stem if isinstance(stem, bytes) else stem.encode("utf-8")
        name = stem + draw(st.sampled_from(SUFFIXES)).encode()
        if name.startswith(b"."):
            name = b"_" + name
        content = draw(st.one_of(mutated_bytes(), st.sampled_from(BASE_PAGES).map(str.encode), st.just(b"")))
        files[name[:200]] = content
    if files and draw(st.booleans()):
        name, content = next(iter(files.items()))
        files[b"copy-of-" + name] = content
    return sorted(files.items())


# 50 builds of folders of up to 16 files (before: 100 builds of up to 6): as many files go through a build (384)
# (the "pages fuzzed: build (files)" tally), in half the builds, whose fixed cost (validating and writing the tables)
# was most of this test's time
@pytest.mark.slow  # 50 builds: about 15 seconds
@settings(FUZZ, max_examples=50)
@given(files=raw_folder())
def test_build_accounts_for_every_file(files, tally):
    with tempfile.TemporaryDirectory() as folder:
        raw = Path(folder) / "raw"
        raw.mkdir()
        for name, content in files:
            with open(os.path.join(os.fsencode(raw), name), "wb") as fh:
                fh.write(content)
        expected = {display_name(name) for name, _ in files}
        tally.add("pages fuzzed: build (files)", len(files))
        tally.add("builds fuzzed", 1)

        result = build(raw, Path(folder) / "out", progress=False)
        counts = result.counts
        assert counts["files_seen"] == len(files)
        assert counts["files_seen"] == counts["parsed"] + counts["skipped"] + counts["failed"]

        data = load(Path(folder) / "out")
        assert data.manifest["counts"] == counts
        assert {item["file"] for item in data.manifest["inputs"]} == expected
        documents = list(data.documents["source_file"])
        set_aside = data.problems[data.problems["severity"].isin(["error", "skipped"])]
        assert len(set(documents)) == len(documents), "a file became two documents"
        for name in expected:
            as_document = documents.count(name)
            as_problem = int((set_aside["file"] == name).sum())
            assert as_document + as_problem == 1, f"{name!r}: {as_document} document(s), {as_problem} problem(s) that set it aside"
        assert set(data.problems["file"]) <= expected
        assert len(set_aside) == counts["skipped"] + counts["failed"]
        for text in data.documents["text"]:
            assert "\x00" not in text


# --------------------------------------------------------------------------
# encodings the spec promises to read (not only "no crash": the same text)
# --------------------------------------------------------------------------

KALMAR = (SEED_RAW / "003_de1f3ebb09300a39.txt").read_bytes().decode("utf-8")


def _read(folder: Path, data: bytes, name: str = "page.txt"):
    path = folder / name
    path.write_bytes(data)
    return read_document(path)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_whole_page_encodings_read_as_the_same_text(tmp_path, encoding):
    reference = _read(tmp_path, KALMAR.encode("utf-8"), "ref.txt").text
    result = _read(tmp_path, KALMAR.encode(encoding))
    assert isinstance(result, RawDocument), result
    assert result.text == reference



@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom"])
def test_utf16_page_with_bom_is_read(tmp_path, encoding):
    reference = _read(tmp_path, KALMAR.encode("utf-8"), "ref.txt").text
    data = KALMAR.encode("utf-16") if encoding == "utf-16" else b"\xfe\xff" + KALMAR.encode("utf-16-be")
    result = _read(tmp_path, data)
    assert isinstance(result, RawDocument), result
    assert result.text == reference



def test_page_with_mixed_utf8_and_cp1252_lines_reads_as_the_same_text(tmp_path):
    reference = _read(tmp_path, KALMAR.encode("utf-8"), "ref.txt").text
    lines = KALMAR.split("\n")
    data = b"\n".join(line.encode("cp1252" if i == 2 else "utf-8") for i, line in enumerate(lines))
    result = _read(tmp_path, data)
    assert isinstance(result, RawDocument), result
    assert result.text == reference


# --------------------------------------------------------------------------
# hostile answers (issue 6, point 2): inert, readable text in every report
# --------------------------------------------------------------------------


HOSTILE_CODES = [HOSTILE_REGION[0], HOSTILE_HTML_REGION[0]]
MARKER = re.compile(r"\b(?:XSS|MD|LATEX|TICK|ENT|LONGLINE|LONGWORD|LONG10K|ONCLICK)-[A-Z]*-?\d+\b|\b[a-z]+-(?:MD|TICK|ENT)-\d+\b")


def _markers(text: str) -> list[str]:
    return sorted(set(MARKER.findall(text)))


@pytest.fixture(scope="module")
def hostile_build(shared_build):
    """The session's shared build (tests/conftest.py): the seed pages, the two hostile pages and the other planted pages."""
    assert (shared_build.raw_dir / "hostile-gavleborg.txt").read_text(encoding="utf-8") == hostile_page()
    assert (shared_build.raw_dir / "hostile-vasternorrland.html").read_text(encoding="utf-8") == hostile_html_page()
    return dict(raw=shared_build.raw_dir, processed=shared_build.out_dir)


@pytest.fixture(scope="module")
def hostile_reports(hostile_build, rendered_batch):
    """The session's rendered batch, which renders both hostile regions."""
    assert set(HOSTILE_CODES) <= set(rendered_batch.regions)
    return dict(hostile_build, out=rendered_batch.out, code=rendered_batch.code)


def test_hostile_answers_reach_the_reports_as_data(hostile_build, tally):
    """The payloads are kept as text in the tables (so the reports really get them)."""
    data = load(hostile_build["processed"])
    answers = data.answers.merge(data.respondents[["respondent_id", "org_code"]], on="respondent_id")
    for code in HOSTILE_CODES:
        text = "\n".join(answers[answers["org_code"] == code]["answer_text"])
        for label, payload in HOSTILE_ANSWERS:
            for marker in _markers(payload):
                assert marker in text, f"region {code}: payload {label} ({marker}) lost before the report"
        assert "<script>alert(1)</script>" in text  # kept as text; escaping is the report's job
    html_answers = "\n".join(answers[answers["org_code"] == HOSTILE_HTML_REGION[0]]["answer_text"])
    assert "ONCLICK-17" in html_answers and "onclick" not in html_answers  # real tags dropped by ingest
    assert "@import" not in html_answers
    tally.add("hostile payloads tried", 2 * len(HOSTILE_ANSWERS) + len(HOSTILE_HTML_EXTRA))


def _report_pages(out: Path) -> dict[str, str]:
    names = ["index.html", "nationell-oversikt.html"] + [f"region-{code}.html" for code in HOSTILE_CODES]
    return {name: (out / name).read_text(encoding="utf-8") for name in names}


@pytest.mark.slow
def test_hostile_answers_render_as_inert_text(hostile_reports):
    assert hostile_reports["code"] == 0, f"report run failed: {sorted(p.name for p in (hostile_reports['out'] / 'failed').glob('*'))}"
    for name, markup in _report_pages(hostile_reports["out"]).items():
        live = LiveElements.of(markup)
        assert not [s for s in live.scripts if "alert" in s], f"{name}: a live <script> with alert"
        assert not [h for h in live.handlers if h[1].lower() == "onerror"], f"{name}: an element with onerror: {live.handlers}"
        assert not [h for h in live.handlers if "alert" in h[2]], f"{name}: an event handler with alert: {live.handlers}"
        assert not live.js_urls, f"{name}: javascript: URLs {live.js_urls}"
        for tag in ("iframe", "object", "embed", "base", "form", "frame"):
            assert live.tags[tag] == 0, f"{name}: a live <{tag}>"
        # Markdown / LaTeX / backticks were not interpreted
        for needle, tags in (
            ("bold-MD-6", {"strong", "b", "em", "i"}),
            ("kursiv-MD-6", {"em", "i", "strong"}),
            ("heading-MD-6", {"h1", "h2", "h3", "h4", "h5", "h6"}),
            ("punkt-MD-6", {"li", "ul"}),
            ("länk-MD-6", {"a"}),
            ("code-TICK-8", {"code", "pre"}),
            ("block-TICK-8", {"code", "pre"}),
        ):
            assert not elements_with_text(markup, tags, needle), f"{name}: {needle} rendered as markup ({tags})"
        without_images = re.sub(r"data:image/[\w.+-]+;base64,[A-Za-z0-9+/=]+", "data:…", markup)  # base64 may spell "KaTeX"
        assert "MathJax" not in without_images and "katex" not in without_images.lower(), f"{name}: a maths renderer is loaded"

    for code in HOSTILE_CODES:
        markup = _report_pages(hostile_reports["out"])[f"region-{code}.html"]
        text = LiveElements.of(markup).visible_text
        for literal in (
            "<script>alert(1)</script> XSS-SCRIPT-1",
            "<img src=x onerror=alert(1)> XSS-IMG-2",
            "<svg onload=alert(1)></svg> XSS-SVG-3",
            "</td></tr></table></div><script>alert(1)</script> XSS-CLOSE-4",
            "**bold-MD-6**",
            "$x_{LATEX-7}^2$",
            "`code-TICK-8`",
            "&lt;script&gt;alert(1)&lt;/script&gt; ENT-9",
            "{{ jinja-ENT-9 }}",
        ):
            assert literal in text, f"region {code}: {literal!r} is not shown as text"
        long_answer = dict(HOSTILE_ANSWERS)["10k-answer"]
        assert text.count("LONG10K-11") >= long_answer.count("LONG10K-11"), f"region {code}: the 10,000-character answer is cut"
        assert "LONGLINE-10-" * 400 in text
        assert "ÖVERLÅNGTORD" * 300 + " LONGWORD-12" in text


@pytest.mark.slow
@pytest.mark.browser
def test_hostile_answers_fire_nothing_in_the_browser(hostile_reports, tally):

    out = hostile_reports["out"]
    assert hostile_reports["code"] == 0
    with chromium() as browser:
        context = browser.new_context(viewport={"width": 1200, "height": 900})
        watch = PageWatch(context)
        page = context.new_page()
        watch.attach(page)
        for name in _report_pages(out):
            page.goto((out / name).resolve().as_uri(), wait_until="load")
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            page.wait_for_timeout(300)
            assert page.evaluate("typeof window.__hostile") == "undefined"
            if name.startswith("region-"):
                text = page.inner_text("body")
                assert "<script>alert(1)</script> XSS-SCRIPT-1" in text
                assert "$x_{LATEX-7}^2$" in text, "LaTeX was typeset (or lost)"
            tally.add("browser: hostile pages opened")
        assert not watch.dialogs, f"dialogs fired: {watch.dialogs}"
        assert not watch.problems(), "\n".join(watch.problems())



@pytest.mark.slow
@pytest.mark.browser
def test_long_lines_and_words_wrap_in_the_browser(hostile_reports):

    out = hostile_reports["out"]
    assert hostile_reports["code"] == 0
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        wide = {}
        for code in HOSTILE_CODES:
            page.goto((out / f"region-{code}.html").resolve().as_uri(), wait_until="load")
            page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                wide[code] = overflow
        assert not wide, f"long lines make the pages wider than the window (px): {wide}"



@pytest.mark.slow
def test_answers_quoting_markup_with_urls_render(rendered_batch, tally):
    """url-jamtland.txt of the session's shared build and batch (tests/conftest.py)."""
    assert (rendered_batch.raw / "url-jamtland.txt").read_text(encoding="utf-8") == url_page()
    assert URL_REGION[0] in rendered_batch.regions
    tally.add("hostile payloads tried", len(URL_ANSWERS))
    code = rendered_batch.code
    assert code == 0, f"report run failed: {sorted(p.name for p in (rendered_batch.out / 'failed').glob('*'))}"
    text = LiveElements.of((rendered_batch.out / f"region-{URL_REGION[0]}.html").read_text(encoding="utf-8")).visible_text
    assert '<iframe src="https://example.invalid/x"></iframe> URL-IFRAME-13' in text
