"""Shared helpers and payloads for the hardening tests (issue 6).

Used by tests/test_hardening_fuzz.py, test_hardening_faults.py,
test_hardening_privacy.py and test_browser.py:

- pages: a questionnaire page with the canonical questions for any region,
  the hostile answers, the personal data to plant (personnummer with a
  computed Luhn digit);
- scans: every text a build or a report run leaves behind (CSV, Parquet read
  back, manifest, executed notebooks, HTML) and an HTML check for live
  script / event-handler elements;
- the browser: where Chromium is, why it is missing, a page watcher that
  records requests, console errors and dialogs;
- a tally of pages fuzzed, payloads tried and faults injected, printed as one
  line at the end of the pytest run ("hardening: ...").
"""
from __future__ import annotations

from contextlib import contextmanager

import html
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[1]
SEED_RAW = REPO / "data" / "raw"
PYTHON = sys.executable

# --------------------------------------------------------------------------
# the tally printed at the end of the run
# --------------------------------------------------------------------------


class _Tally:
    """Counts for the closing note, printed by pytest's terminal summary."""

    def __init__(self) -> None:
        self.counts: Counter = Counter()
        self.notes: list[str] = []

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n

    def note(self, text: str) -> None:
        self.notes.append(text)

    def pytest_terminal_summary(self, terminalreporter):  # pytest hook (plugin registered at run time)
        if not self.counts and not self.notes:
            return
        terminalreporter.section("hardening (issue 6)")
        for key in sorted(self.counts):
            terminalreporter.write_line(f"hardening: {key}: {self.counts[key]}")
        for text in self.notes:
            terminalreporter.write_line(f"hardening: {text}")


TALLY = _Tally()


@pytest.fixture(scope="session")
def tally(request) -> _Tally:
    """The shared tally; registers it as a plugin so the summary line is printed."""
    manager = request.config.pluginmanager
    if not manager.is_registered(TALLY):
        manager.register(TALLY, "bas-hardening-tally")
    return TALLY


# --------------------------------------------------------------------------
# pages
# --------------------------------------------------------------------------

# The canonical questions as the seed questionnaire (Region Kalmar, 2021) writes them.
QUESTIONS = [
    "Hur ser organisationen ut kring arbetet med att ge information, råd och stöd till barn som anhöriga?",
    "Finns det styrdokument (policydokument, handlingsplaner, rutiner och liknande) till stöd för efterlevnaden av bestämmelsen i 5 kap 7§ HSL?",
    "Hur följs styrdokumenten upp?",
    "Finns det barnombud för Barn som anhöriga? Om ja, var i organisationen finns de och hur ser deras uppdrag ut?",
    "Hur ser kopplingen ut mellan barnrättsarbetet och arbetet med Barn som anhöriga?",
    "På vilka sätt har barnrättsperspektivet stärkt arbetet med Barn som anhöriga?",
    "Finns det dokumentation i journalen? Används KVÅ-koder?",
    "Finns det utbildningsinsatser till personal?",
    "Finns det material/information till personal?",
    "Finns det material/information till föräldrar?",
    "Finns det material/information till barn och unga?",
    "Har det genomförts några särskilda satsningar?",
    "Hur följs efterlevnaden av HSL 7 kap. 5 § upp och vad har det resulterat i för åtgärder?",
]

PLAIN_ANSWERS = [
    "Samordnare finns på regionnivå med ett nätverk av barnombud i verksamheterna.",
    "Ja, en regional riktlinje och rutiner i alla förvaltningar.",
    "Riktlinjen följs upp årligen av ledningsgruppen.",
    "Ja, barnombud finns i psykiatrin och somatiken.",
    "Arbetet ingår i det regionala barnrättsarbetet.",
    "Barnrättsperspektivet har gett arbetet större legitimitet.",
    "Ja, KVÅ-koder används i journalen.",
    "Ja, webbutbildning och årliga utbildningsdagar.",
    "Ja, på intranätet.",
    "Ja, broschyrer till föräldrar.",
    "Ja, material till barn och unga på 1177.se.",
    "Ja, en satsning på barn till föräldrar med cancer.",
    "Egenkontroll i journalen två gånger per år.",
]


def questionnaire_page(title: str, answers: list[str] | None = None, tail: str = "", head: str = "") -> str:
    """A questionnaire page in the seed's layout: title, question/answer pairs, then ``tail``."""
    answers = list(answers or PLAIN_ANSWERS)
    answers += PLAIN_ANSWERS[len(answers):]
    parts = [title, ""]
    if head:
        parts += [head, ""]
    for question, answer in zip(QUESTIONS, answers):
        parts += [question, answer, ""]
    if tail:
        parts += [tail]
    parts += ["", "Senast uppdaterad 2022-10-03"]
    return "\n".join(parts) + "\n"


def copy_seed(raw_dir: Path) -> Path:
    """``raw_dir`` with the seed pages copied in."""
    raw_dir.mkdir(parents=True, exist_ok=True)
    for path in sorted(SEED_RAW.iterdir()):
        if path.is_file() and not path.name.startswith("."):
            shutil.copy2(path, raw_dir / path.name)
    return raw_dir


# --------------------------------------------------------------------------
# hostile answers
# --------------------------------------------------------------------------

HOSTILE_REGION = ("21", "Region Gävleborg")

# (label, answer text). Each carries a unique marker so its rendering can be found.
HOSTILE_ANSWERS: list[tuple[str, str]] = [
    ("script", "Vi har rutiner. <script>alert(1)</script> XSS-SCRIPT-1 finns i journalen."),
    ("img-onerror", 'Ja, material finns <img src=x onerror=alert(1)> XSS-IMG-2 på intranätet.'),
    ("svg-onload", 'Ja <svg onload=alert(1)></svg> XSS-SVG-3 och <a href="javascript:alert(1)">länk</a>.'),
    ("closing-tags", "Ja </td></tr></table></div><script>alert(1)</script> XSS-CLOSE-4 för personal."),
    ("iframe", "Ja, <iframe srcdoc='<script>alert(1)</script>'></iframe> XSS-IFRAME-5 och <object data=x></object>."),
    ("markdown", "**bold-MD-6** och _kursiv-MD-6_ och\n# heading-MD-6\n- punkt-MD-6 [länk-MD-6](https://example.invalid/md)"),
    ("latex", "Kostnaden är $x_{LATEX-7}^2$ och $$\\int_0^1 f$$ samt \\(a+b\\) LATEX-7 och 5 $ till 10 $."),
    ("backticks", "Koden `code-TICK-8` och ```\nblock-TICK-8\n``` används i journalen."),
    ("entities", "&lt;script&gt;alert(1)&lt;/script&gt; ENT-9 &amp; &#60;b&#62; och {{ jinja-ENT-9 }} och ${dollar-ENT-9}"),
    ("long-line", "Ja, utbildning till personal " + "LONGLINE-10-" * 400 + " slut."),  # ~5,000 characters, no break
    ("long-word", "Ja, material finns: " + "ÖVERLÅNGTORD" * 300 + " LONGWORD-12 slut."),  # 3,600 characters, no break opportunity
    ("10k-answer", ("Ja, material till föräldrar. Barn som anhöriga får stöd. LONG10K-11 " * 160)[:10_000]),
]


# Answers that quote markup with a network address: inert text, but report.external_resources()
# takes them for resources (see test_hardening_fuzz.py::test_answers_quoting_markup_with_urls_render).
URL_REGION = ("23", "Region Jämtland Härjedalen")
URL_ANSWERS: list[tuple[str, str]] = [
    ("iframe-url", 'Se <iframe src="https://example.invalid/x"></iframe> URL-IFRAME-13 för personal.'),
    ("link-href", 'Ja, <a href="https://www.1177.se/barn">1177</a> URL-HREF-14 och <link rel=stylesheet href="//example.invalid/s.css">.'),
    ("css-import", "Materialet har @import url(https://example.invalid/x.css) URL-CSS-15 i sin stilmall."),
]


def url_page() -> str:
    return questionnaire_page(URL_REGION[1], [text for _, text in URL_ANSWERS])


def hostile_page() -> str:
    """A questionnaire of the hostile region whose answers are the hostile payloads (one per question)."""
    answers = [text for _, text in HOSTILE_ANSWERS]
    assert len(answers) <= len(QUESTIONS)
    return questionnaire_page(HOSTILE_REGION[1], answers)


class LiveElements(HTMLParser):
    """What an HTML page would execute: scripts with their text, elements with on* handlers, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.handlers: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.js_urls: list[tuple[str, str]] = []
        self.tags: Counter = Counter()
        self.text: list[str] = []
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.handlers.append((tag, name, value or ""))
            if name.lower() in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith("javascript:"):
                self.js_urls.append((tag, value))
        if tag in ("script", "style"):
            self._in.append(tag)
            if tag == "script":
                self.scripts.append("")

    def handle_endtag(self, tag):
        if self._in and self._in[-1] == tag:
            self._in.pop()

    def handle_data(self, data):
        if self._in and self._in[-1] == "script":
            self.scripts[-1] += data
        elif not self._in:
            self.text.append(data)

    @classmethod
    def of(cls, markup: str) -> "LiveElements":
        parser = cls()
        parser.feed(markup)
        parser.close()
        return parser

    @property
    def visible_text(self) -> str:
        return "".join(self.text)


def elements_with_text(markup: str, tags: set[str], needle: str) -> list[str]:
    """Tags from ``tags`` whose own text contains ``needle`` (e.g. <strong> holding a Markdown marker)."""

    class Finder(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.stack: list[str] = []
            self.found: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag not in ("br", "img", "hr", "meta", "link", "input", "col", "area", "base", "wbr", "source"):
                self.stack.append(tag)

        def handle_endtag(self, tag):
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass

        def handle_data(self, data):
            if needle in data:
                self.found += [t for t in self.stack if t in tags]

    finder = Finder()
    finder.feed(markup)
    return finder.found


# --------------------------------------------------------------------------
# personal data
# --------------------------------------------------------------------------


def luhn_digit(nine: str) -> int:
    """The check digit of a Swedish personal identity number (YYMMDDNNN -> C)."""
    total = 0
    for i, ch in enumerate(nine):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return (10 - total % 10) % 10


def personnummer(yyyymmdd: str, serial: str, form: str = "long") -> str:
    """A personnummer with a valid checksum: long "19811218-9876", short "811218-9876", "plain10", "plain12"."""
    yymmdd = yyyymmdd[2:]
    ten = yymmdd + serial + str(luhn_digit(yymmdd + serial))
    return {
        "long": f"{yyyymmdd}-{ten[6:]}",
        "short": f"{yymmdd}-{ten[6:]}",
        "plain10": ten,
        "plain12": yyyymmdd + ten[6:],
        "space": f"{yyyymmdd} {ten[6:]}",
        "plus": f"{yymmdd}+{ten[6:]}",
    }[form]


def digits_pattern(number: str) -> re.Pattern:
    """The digits of ``number`` with any of the usual separators (or none) between them."""
    digits = re.sub(r"\D", "", number)
    return re.compile(r"(?<!\d)" + r"[\s\-\u2010-\u2013()+/.]{0,3}".join(digits) + r"(?!\d)")


# --------------------------------------------------------------------------
# scans of what a build / report run leaves behind
# --------------------------------------------------------------------------

_DATA_URI = re.compile(r"data:[\w/+.-]+;base64,[A-Za-z0-9+/=\s]+")


def processed_texts(out_dir: Path) -> dict[str, str]:
    """Every text a build wrote: each CSV as bytes decoded, each Parquet read back, the manifest."""
    out_dir = Path(out_dir)
    texts: dict[str, str] = {}
    for path in sorted(out_dir.iterdir()):
        if path.suffix == ".csv" or path.suffix == ".json":
            texts[path.name] = path.read_text(encoding="utf-8")
        elif path.suffix == ".parquet":
            frame = pd.read_parquet(path)
            cells = [str(c) for c in frame.columns] + [str(v) for v in frame.astype(str).to_numpy().ravel()]
            texts[f"{path.name} (read back)"] = "\n".join(cells)
    return texts


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    if isinstance(node, dict):
        out = []
        for key, value in node.items():
            if key.startswith("image/"):  # base64 pictures
                continue
            out += _strings(value)
        return out
    return []


def notebook_texts(root: Path) -> dict[str, str]:
    """Every string of every executed notebook under ``root`` (sources, outputs, metadata), images left out."""
    texts = {}
    for path in sorted(Path(root).rglob("*.ipynb")):
        node = json.loads(path.read_text(encoding="utf-8"))
        texts[str(path.relative_to(root))] = _DATA_URI.sub("data:…", "\n".join(_strings(node)))
    return texts


def html_texts(root: Path) -> dict[str, str]:
    """Every HTML file under ``root``, markup and unescaped text (embedded data URIs left out)."""
    texts = {}
    for path in sorted(Path(root).rglob("*.html")):
        markup = _DATA_URI.sub("data:…", path.read_text(encoding="utf-8", errors="replace"))
        texts[str(path.relative_to(root))] = markup + "\n" + html.unescape(markup)
    return texts


def other_texts(root: Path) -> dict[str, str]:
    """Logs and other text files of a report folder (not HTML, not notebooks)."""
    texts = {}
    for path in sorted(Path(root).rglob("*")):
        if path.is_file() and path.suffix.lower() in (".log", ".txt", ".json", ".csv", ".md"):
            texts[str(path.relative_to(root))] = path.read_text(encoding="utf-8", errors="replace")
    return texts


# --------------------------------------------------------------------------
# reports (the report code is bas_analysis.report's; this only calls it)
# --------------------------------------------------------------------------


def render_reports(processed: Path, raw: Path, out: Path, regions: list[str] | None, timeout: int = 300) -> int:
    """``bas-analysis report`` in process: national overview + ``regions`` (all when None)."""
    from bas_analysis.report import run_reports

    return run_reports(
        regions=regions,
        all_regions=regions is None,
        jobs=2,
        out_dir=Path(out),
        force=True,
        processed_dir=Path(processed),
        raw_dir=Path(raw),
        timeout=timeout,
        progress=False,
    )


def report_cli(processed: Path, raw: Path, out: Path, regions: list[str] | None, extra: list[str] = ()) -> list[str]:
    """The command line of ``bas-analysis report`` for a subprocess."""
    cmd = [PYTHON, "-m", "bas_analysis.cli", "report", "--out", str(out), "--processed", str(processed), "--raw", str(raw), "--quiet", "--jobs", "1"]
    for code in regions or []:
        cmd += ["--region", code]
    if regions is None:
        cmd.append("--all")
    return cmd + list(extra)


# --------------------------------------------------------------------------
# the browser
# --------------------------------------------------------------------------

CHROMIUM = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
INSTALL_STATUS = Path(os.environ.get("BAS_BROWSER_STATUS", os.path.join(os.environ.get("TMPDIR", "/tmp"), "bas-install-browser.status")))


def chromium_or_skip() -> str:
    """The Chromium executable, or a skip that says why there is none."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError as error:
        pytest.skip(f"the playwright Python package is not installed ({error}); pip install -e '.[test]'")
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        status = INSTALL_STATUS.read_text(encoding="utf-8").strip() if INSTALL_STATUS.exists() else "scripts/install_browser.sh was not run"
        pytest.skip(f"headless Chromium not found at {CHROMIUM} ({status}); run `bash scripts/install_browser.sh` as root")
    return CHROMIUM


LOCAL_SCHEMES = ("file:", "data:", "about:", "blob:")


class PageWatch:
    """Everything a page did: requests (all, and those leaving the machine), console errors, dialogs."""

    def __init__(self, context) -> None:
        self.requests: list[str] = []
        self.outside: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        self.failed: list[str] = []
        context.route("**/*", self._route)
        context.on("request", lambda request: self.requests.append(request.url))
        context.on("requestfailed", lambda request: self.failed.append(f"{request.url[:120]}: {request.failure}"))

    def _route(self, route):
        url = route.request.url
        if url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort("blockedbyclient")

    def attach(self, page) -> None:
        page.on("console", lambda msg: self.console_errors.append(f"{msg.text} @ {msg.location}") if msg.type == "error" else None)
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))

        def on_dialog(dialog):
            self.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        page.on("dialog", on_dialog)

    def problems(self) -> list[str]:
        return (
            [f"request leaving the machine: {u}" for u in self.outside]
            + [f"request not file:/data: {u}" for u in self.requests if not u.startswith(LOCAL_SCHEMES)]
            + [f"console error: {e}" for e in self.console_errors]
            + [f"page error: {e}" for e in self.page_errors]
            + [f"dialog: {d}" for d in self.dialogs]
        )


_CHROMIUM: dict = {}  # this process's playwright driver and browser, launched by the first browser test


@contextmanager
def chromium():
    """Headless Debian Chromium (the test skips with a reason when there is none).

    One browser per test process, launched by the first browser test and stopped at the end of the session
    (:func:`close_chromium`, tests/conftest.py): starting playwright's driver and Chromium cost about a second of CPU
    each time. What a test opens in it (contexts, and the context behind ``browser.new_page()``) is closed when its
    ``with`` block ends, so every test starts from a browser with nothing open: contexts share no cookies, storage,
    cache or routes.
    """
    executable = chromium_or_skip()
    browser = _CHROMIUM.get("browser")
    if browser is None or not browser.is_connected():
        close_chromium()
        from playwright.sync_api import sync_playwright

        driver = sync_playwright().start()
        _CHROMIUM["driver"] = driver
        _CHROMIUM["browser"] = browser = driver.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS,
                                                                 headless=True)
    assert not browser.contexts, "a browser test left a context open"
    try:
        yield browser
    finally:
        for context in list(browser.contexts):
            context.close()


def close_chromium() -> None:
    """Close this process's browser and stop its playwright driver (when a browser test started them)."""
    browser, driver = _CHROMIUM.pop("browser", None), _CHROMIUM.pop("driver", None)
    try:
        if browser is not None and browser.is_connected():
            browser.close()
    finally:
        if driver is not None:
            driver.stop()


# --------------------------------------------------------------------------
# subprocess builds with a fault injected (for test_hardening_faults.py)
# --------------------------------------------------------------------------

# A child process that runs bas_analysis.build(raw, out) with one hook set:
#   MODE parquet N   : hangs inside the N-th DataFrame.to_parquet, after writing half a file
#   MODE csv N       : hangs inside the N-th DataFrame.to_csv
#   MODE manifest    : hangs while writing manifest.json (after the tables)
#   MODE fsync       : hangs after every file of the staging folder is written, before it is renamed
#   MODE swap        : hangs with the new build complete in .builds/, before .current points at it
#   MODE links       : hangs after .current points at the new build, before the top-level names are made
#   MODE prune       : hangs after the switch, before old builds are removed
#   MODE slow        : no hang; each to_parquet sleeps 0.2 s and logs its start and end
# It writes MARKER when it reaches the hook, so the parent knows when to kill it, and logs
# "<pid> <event> <time>" lines to LOG (build, lock-wait, lock-held, start/end of to_parquet, done).
CHILD_BUILD = textwrap.dedent(
    r"""
    import contextlib, json, os, sys, time
    from pathlib import Path
    import pandas as pd
    from bas_analysis import store
    from bas_analysis.build import build

    raw, out, marker, log, mode = sys.argv[1:6]
    arg = int(sys.argv[6]) if len(sys.argv) > 6 else 1
    me = os.getpid()

    def reached(where):
        Path(marker).write_text(where)
        time.sleep(600)

    def logline(event):
        with open(log, "a") as fh:
            fh.write(f"{me} {event} {time.time():.6f}\n")

    calls = {"n": 0}
    real_parquet = pd.DataFrame.to_parquet
    if mode == "parquet":
        def to_parquet(self, path, *a, **k):
            calls["n"] += 1
            if calls["n"] == arg:
                Path(path).write_bytes(b"PAR1" + bytes(64))
                reached(f"to_parquet #{arg} {Path(path).name}")
            return real_parquet(self, path, *a, **k)
        pd.DataFrame.to_parquet = to_parquet
    elif mode == "csv":  # the store writes each CSV file through spreadsheet.write_csv (pyarrow or pandas)
        real_write_csv = store.write_csv
        def write_csv(frame, path):
            calls["n"] += 1
            if calls["n"] == arg:
                Path(path).write_text("doc_id,source_file\npartial", encoding="utf-8")
                reached(f"to_csv #{arg} {Path(path).name}")
            return real_write_csv(frame, path)
        store.write_csv = write_csv
    elif mode == "manifest":
        real_dumps = json.dumps
        def dumps(obj, *a, **k):
            if isinstance(obj, dict) and "counts" in obj:
                reached("manifest")
            return real_dumps(obj, *a, **k)
        store.json.dumps = dumps
    elif mode == "fsync":
        real_fsync = store._fsync_dir
        def fsync_dir(path):
            real_fsync(path)
            reached("fsync")
        store._fsync_dir = fsync_dir
    elif mode == "swap":
        real_symlink_atomic = store._symlink_atomic
        def symlink_atomic(target, link):
            if Path(link).name == store.CURRENT:
                reached("swap")
            return real_symlink_atomic(target, link)
        store._symlink_atomic = symlink_atomic
    elif mode == "links":
        real_symlink_atomic = store._symlink_atomic
        def symlink_atomic(target, link):
            result = real_symlink_atomic(target, link)
            if Path(link).name == store.CURRENT:
                reached("links")
            return result
        store._symlink_atomic = symlink_atomic
    elif mode == "prune":
        real_prune = store._prune
        def prune(out_dir, keep):
            reached("prune")
            return real_prune(out_dir, keep)
        store._prune = prune
    elif mode == "slow":
        def to_parquet(self, path, *a, **k):
            logline("start")
            time.sleep(0.2)
            result = real_parquet(self, path, *a, **k)
            logline("end")
            return result
        pd.DataFrame.to_parquet = to_parquet
    real_lock_for = store.lock_for

    @contextlib.contextmanager
    def lock_for(out_dir):
        logline("lock-wait")
        with real_lock_for(out_dir):
            logline("lock-held")
            yield

    store.lock_for = lock_for
    logline("build")
    build(raw, out, progress=False)
    logline("done")
    """
)


class Child:
    """A build process forked from the test process's warm forkserver (tests/forkchild.py), with the parts of
    ``subprocess.Popen`` the fault tests use: ``pid``, ``poll()``, ``wait()``, ``communicate()`` (stdout is
    empty, stderr is the child's output), ``returncode`` (negative for a signal, as ``Popen``'s)."""

    def __init__(self, process, folder) -> None:
        self.process, self.folder = process, folder  # folder: a TemporaryDirectory holding the output (gone with it)
        self.output = Path(folder.name) / "output"
        self.pid = process.pid

    @property
    def returncode(self) -> int | None:
        return self.process.exitcode

    def poll(self) -> int | None:
        return self.process.exitcode

    def wait(self, timeout: float | None = None) -> int:
        self.process.join(timeout)
        if self.process.exitcode is None:
            raise subprocess.TimeoutExpired(f"forked build {self.pid}", timeout)
        return self.process.exitcode

    def communicate(self, timeout: float | None = None) -> tuple[bytes, bytes]:
        self.wait(timeout)
        return b"", self.output.read_bytes() if self.output.exists() else b""

    def kill(self) -> None:
        self.process.kill()


def spawn_build(raw: Path, out: Path, marker: Path, log: Path, mode: str, arg: int = 1) -> Child:
    """``CHILD_BUILD`` in a new process: forked from the forkserver that has loaded what a build needs (a new
    interpreter would spend most of the test's time on start-up). Its output goes to a temporary folder of its own,
    not beside the build (the tests check that nothing is written there)."""
    import multiprocessing
    import tempfile

    from conftest import start_forkserver

    start_forkserver()
    folder = tempfile.TemporaryDirectory(prefix="bas-child-")
    process = multiprocessing.get_context("forkserver").Process(
        target=_forkchild().run_code,
        args=(CHILD_BUILD, [str(raw), str(out), str(marker), str(log), mode, str(arg)], str(Path(folder.name) / "output")),
        daemon=True,
    )
    process.start()
    return Child(process, folder)


def _forkchild():
    import forkchild  # tests/forkchild.py (tests/ is on sys.path, as for this module)

    return forkchild


def wait_for(path: Path, process: subprocess.Popen, timeout: float = 120) -> str:
    """Wait until ``path`` exists (the child reached its hook); fail if the child ends first."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if path.exists() and path.read_text():
            return path.read_text()
        if process.poll() is not None:
            out, err = process.communicate()
            raise AssertionError(f"child ended (rc {process.returncode}) before its hook:\n{err.decode()[-3000:]}")
        time.sleep(0.02)
    process.kill()
    raise AssertionError(f"child did not reach its hook in {timeout} s")


def folder_snapshot(folder: Path) -> dict[str, bytes]:
    """Every file of ``folder`` with its bytes."""
    return {p.name: p.read_bytes() for p in sorted(Path(folder).iterdir()) if p.is_file()}


HOSTILE_HTML_REGION = ("22", "Region Västernorrland")

# Extra payloads only an HTML page can carry: real tags and attributes (ingest must drop them).
HOSTILE_HTML_EXTRA = [
    ("real-script-tag", "<script>alert(1)</script>"),
    ("real-onclick", '<p onclick="alert(1)">Ja, ONCLICK-17 material till föräldrar.</p>'),
    ("real-img-onerror", '<img src=x onerror="alert(1)">'),
    ("real-style-import", "<style>@import url(https://example.invalid/x.css); body{display:none}</style>"),
]


def hostile_html_page() -> str:
    """The same hostile answers as an HTML page: escaped in the markup (so they are text), plus real tags."""
    parts = ["<!DOCTYPE html>", "<html><head><title>x</title></head><body>", f"<h1>{html.escape(HOSTILE_HTML_REGION[1])}</h1>"]
    extra = [markup for _, markup in HOSTILE_HTML_EXTRA]
    answers = [text for _, text in HOSTILE_ANSWERS] + PLAIN_ANSWERS[len(HOSTILE_ANSWERS):]
    for i, (question, answer) in enumerate(zip(QUESTIONS, answers)):
        parts.append(f"<h3>{html.escape(question)}</h3>")
        parts.append(f"<p>{html.escape(answer)}</p>")
        if i < len(extra):
            parts.append(extra[i])
    parts.append("<p>Senast uppdaterad 2022-10-03</p></body></html>")
    return "\n".join(parts)


# --------------------------------------------------------------------------
# personal data to plant (test_hardening_privacy.py)
# --------------------------------------------------------------------------

PII_REGION = ("18", "Region Örebro län")

PNR_LONG = personnummer("19811218", "987", "long")  # 19811218-987C
PNR_SHORT = personnummer("19750603", "234", "short")  # 750603-234C
PNR_PLAIN10 = personnummer("19900101", "123", "plain10")
PNR_PLAIN12 = personnummer("20150312", "456", "plain12")
PNR_COORDINATION = personnummer("19811278", "321", "long")  # samordningsnummer: day + 60
PNR_SPACE = personnummer("19660229", "111", "space")  # hmm: 1966 is no leap year, the redactor does not check that
PNR_PLUS = personnummer("19120711", "567", "plus")  # over 100 years old: "+"

# (id, kind, what is planted, the pattern that must not be found anywhere afterwards)
PII: list[tuple[str, str, str]] = [
    ("name-contact", "name", "Anna Bergström"),
    ("surname-prose", "name", "Bergström"),
    ("name-inline-contact", "name", "Sofia Lindgren"),
    ("name-prose-first-name", "name", "Karl-Erik Lindqvist"),
    ("name-contact-2", "name", "Lars Holmqvist"),
    ("name-byline-author", "name", "Johanna Ek"),
    ("name-byline-publisher", "name", "Lennart Magnusson"),
    ("name-obfuscated-owner", "name", "Petra Sundin"),
    ("phone-mobile-dash", "phone", "070-123 45 67"),
    ("phone-plain", "phone", "0708765432"),
    ("phone-landline", "phone", "019-602 34 56"),
    ("phone-intl", "phone", "+46 70 234 56 78"),
    ("phone-intl-0", "phone", "+46 (0)70-987 65 43"),
    ("phone-0046", "phone", "0046 70 456 78 90"),
    ("phone-spaces", "phone", "073 567 89 01"),
    ("phone-parenthesised", "phone", "(08) 123 45 60"),
    ("email-contact", "email", "anna.bergstrom@regionorebrolan.se"),
    ("email-prose", "email", "lars.holmqvist@regionorebrolan.se"),
    ("email-at-brackets", "email", "mikael.ohrling[at]regionorebrolan.se"),
    ("email-at-parens", "email", "petra.sundin (at) regionorebrolan (dot) se"),
    ("email-at-words", "email", "sofia.lindgren at regionorebrolan dot se"),
    ("pnr-long", "pnr", PNR_LONG),
    ("pnr-short", "pnr", PNR_SHORT),
    ("pnr-plain10", "pnr", PNR_PLAIN10),
    ("pnr-plain12", "pnr", PNR_PLAIN12),
    ("pnr-coordination", "pnr", PNR_COORDINATION),
    ("pnr-plus", "pnr", PNR_PLUS),
]


def pii_page() -> str:
    """A questionnaire of Region Örebro län with personal data in its intro, answers, contact block and byline."""
    answers = [
        "Samordnare är Anna Bergström (tel 070-123 45 67, anna.bergstrom@regionorebrolan.se). "
        "Bergström har lett arbetet sedan 2019.",
        "Ja, en riktlinje. Frågor besvaras av mikael.ohrling[at]regionorebrolan.se eller på 0708765432.",
        "Kontakta Sofia Lindgren för mer information, +46 70 234 56 78 eller sofia.lindgren at regionorebrolan dot se.",
        "Ja. Anna Bergström berättar att barnombuden träffas varje månad, telefon 019-602 34 56.",
        "Enligt Karl-Erik Lindqvist på barnkliniken är arbetet en del av barnrättsarbetet.",
        f"Ett exempel: patienten {PNR_LONG} och hennes barn {PNR_PLAIN12} fick stöd tillsammans.",
        f"Ja, KVÅ-koder används. Journal för {PNR_SHORT}, {PNR_PLAIN10} och samordningsnummer {PNR_COORDINATION} granskades.",
        "Utbildningen leddes av Petra Sundin (petra.sundin (at) regionorebrolan (dot) se), +46 (0)70-987 65 43.",
        f"Ja, intranätet. Beställ via 0046 70 456 78 90 eller 073 567 89 01. Äldsta patient: {PNR_PLUS}.",
        "Ja, broschyrer. Skriv till lars.holmqvist@regionorebrolan.se eller ring växeln (08) 123 45 60.",
    ]
    tail = (
        "Kontaktuppgifter:\n"
        "Anna Bergström, 070-123 45 67, anna.bergstrom@regionorebrolan.se\n"
        "Lars Holmqvist, barnrättsstrateg, 019-602 34 56, lars.holmqvist@regionorebrolan.se\n"
    )
    page = questionnaire_page(PII_REGION[1], answers, tail=tail, head="Svaren är sammanställda av Anna Bergström, barnrättsstrateg.")
    return page.replace("Senast uppdaterad 2022-10-03", "Senast uppdaterad 2022-10-03 av Johanna Ek, ansvarig utgivare Lennart Magnusson")


def pii_pattern(kind: str, planted: str) -> re.Pattern:
    """Where a planted item would be found again: digits with any separators, names as words, e-mail local parts."""
    if kind in ("phone", "pnr"):
        return digits_pattern(planted)
    if kind == "email":
        local = re.split(r"\s*(?:@|\[at\]|\(at\)| at )", planted)[0]
        return re.compile(re.escape(local) + r"\s*(?:@|\[at\]|\(at\)|\bat\b)", re.IGNORECASE)
    return re.compile(rf"(?<!\w){re.escape(planted)}(?!\w)")
