"""Reports: notebooks without outputs, parameters, escaping, self-contained HTML and the batch run.

The slow tests execute the real notebooks on a build of the seed data made
in a temporary folder; one set of executed reports (the session fixture
``rendered_batch`` of conftest.py, shared with the browser test) serves the
tests that only read it. What the pages say (navigation, evidence, method
page, tables to take along, wording) is tested in tests/test_report_pages.py.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from bas_analysis.errors import ParameterError
from conftest import PLANTED_REGIONS

from bas_analysis import build, report
from bas_analysis.report import batch, content as report_content

ROOT = Path(__file__).resolve().parents[1]
SEED_RAW = ROOT / "data" / "raw"
NOTEBOOKS = ROOT / "notebooks"
KALMAR_FILE = "003_de1f3ebb09300a39.txt"


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def image_sources(page: str) -> list[str]:
    return re.findall(r"<img[^>]*\ssrc\s*=\s*[\"']?([^\"' >]+)", page, flags=re.I)


# --- notebooks as committed -------------------------------------------------------------------


@pytest.mark.parametrize("name", ["region_report", "national_overview", "explore"])
def test_notebook_is_committed_without_outputs_and_with_one_parameters_cell(name):
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    nbformat.validate(notebook)
    assert notebook.nbformat == 4
    tagged = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.id


@pytest.mark.parametrize(
    "name, parameters",
    [("region_report", {"region_code", "processed_dir", "wave"}),
     ("national_overview", {"processed_dir", "wave", "region_reports"})],
)
def test_parameters_cell_defines_the_documented_parameters(name, parameters):
    notebook = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    source = next(c.source for c in notebook.cells if "parameters" in c.metadata.get("tags", []))
    assigned = set(re.findall(r"^(\w+)\s*=", source, flags=re.M))
    assert assigned == parameters


# --- parameters ---------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [8, "8", "08", 8.0])
def test_region_code_as_papermill_passes_it_is_normalised(code):
    assert report_content.normalise_parameters(region_code=code)["region_code"] == "08"


def test_unknown_region_code_lists_the_valid_ones():
    with pytest.raises(ValueError) as error:
        report_content.normalise_region(99)
    message = str(error.value)
    assert "99" in message and "valid codes" in message
    assert "01 Stockholm" in message and "25 Norrbotten" in message


@pytest.mark.parametrize("wave, expected", [(None, None), ("None", None), ("", None), (2021, 2021), ("2021", 2021)])
def test_wave_is_normalised(wave, expected):
    assert report_content.normalise_wave(wave) == expected


def test_batch_run_stops_on_an_unknown_region_before_doing_anything(tmp_path):
    with pytest.raises(ParameterError, match="valid codes"):
        report.run_reports(["99"], False, 1, tmp_path / "reports", False, tmp_path / "processed", SEED_RAW, 60, False)
    assert not (tmp_path / "processed").exists()


# --- escaping and self-containedness --------------------------------------------------------------


def test_tables_escape_their_cells():
    page = report_content.table(pd.DataFrame({"Citat": ["<script>alert(1)</script> & *fet* $x$"]}))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; *fet* $x$" in page


def test_markdown_escape_neutralises_markup():
    assert report_content.markdown_escape("Region *X* $a$ #1") == r"Region \*X\* \$a\$ \#1"


@pytest.mark.parametrize(
    "snippet",
    [
        '<script src="https://cdn.example.org/require.js"></script>',
        "<link rel=stylesheet href=//fonts.example.org/x.css>",
        "<img src='http://example.org/a.png'>",
        "<style>body { background: url(https://example.org/bg.png) }</style>",
        "<style>@import 'x.css';</style>",
    ],
)
def test_external_resources_are_found(snippet):
    assert report.external_resources(f"<html><body>{snippet}</body></html>")


def test_local_links_and_data_uris_are_not_external_resources():
    page = '<a href="region-08.html">x</a><a href="#top">y</a><img src="data:image/png;base64,AAAA">'
    assert report.external_resources(page) == []


# --- the build is made or remade when needed --------------------------------------------------------


def test_build_is_stale_when_missing_or_when_a_raw_file_changed(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEED_RAW, raw)
    processed = tmp_path / "processed"
    assert report.build_is_stale(processed, raw)
    build(raw, processed, progress=False)
    assert report.build_is_stale(processed, raw) is None
    with open(raw / KALMAR_FILE, "a", encoding="utf-8") as handle:
        handle.write("\nEn rad till.\n")
    assert "changed" in report.build_is_stale(processed, raw)


def test_build_is_stale_when_the_codebook_changed_since_the_build(seed_processed, tmp_path):
    processed = tmp_path / "processed"
    shutil.copytree(seed_processed / "processed", processed, symlinks=True)  # its manifest names the run's seed pages
    assert report.build_is_stale(processed) is None
    manifest_path = processed / ".current" / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["codebook_sha256"] = "0" * 64  # a build made with another codebook
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    assert report.build_is_stale(processed) == "the codebook changed since the build"


# --- executed reports on the seed build ----------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_processed(tmp_path_factory):
    """The folder holding raw/ (a copy of the seed pages) and processed/ (their build): the run's seed build
    (corpus.seeds_build, tests/conftest.py). Read only."""
    from corpus import seeds_build

    built = seeds_build(tmp_path_factory)
    assert built.raw_dir.parent == built.out_dir.parent
    return built.out_dir.parent


@pytest.fixture(scope="module")
def rendered(rendered_batch):
    """(exit code, report folder) of the session's rendered batch."""
    return rendered_batch.code, rendered_batch.out


@pytest.mark.slow
def test_batch_run_succeeds(rendered):
    code, out = rendered
    assert code == 0
    state = json.loads(read(out / ".state.json"))["reports"]
    assert {name: entry["status"] for name, entry in state.items()} == {
        "nationell-oversikt": "ok", "region-08": "ok", "region-06": "ok", "region-10": "no_data",
        "region-14": "ok",  # a municipality of Västra Götaland reported; the page about the national work does not count
        # the planted questionnaires of the privacy and fuzz tests, rendered in the same batch (tests/conftest.py)
        **{f"region-{code}": "ok" for code in PLANTED_REGIONS},
    }
    assert (out / "notebooks" / "region-08.ipynb").exists()


@pytest.mark.slow
def test_the_kernel_warnings_do_not_reach_the_logs(rendered):
    """The kernel runs over encrypted sockets: Jupyter's "TCP without encryption" warning has no cause."""
    logs = sorted((rendered[1] / "notebooks").glob("*.log"))
    assert logs
    for log in logs:
        assert "without encryption" not in read(log), log.name


@pytest.mark.slow
@pytest.mark.parametrize("name", ["nationell-oversikt", "region-08", "region-06", "region-10", "index", "metod"])
def test_html_is_self_contained_swedish_and_shows_no_code(rendered, name):
    page = read(rendered[1] / f"{name}.html")
    assert report.external_resources(page) == []
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, flags=re.I)
    assert re.search(r'<html lang="sv"', page)
    assert "<script" not in page.lower()
    for code_marker in ("In&nbsp;[", "jp-InputPrompt", "jp-CodeMirrorEditor", "import bas_analysis", "region_code ="):
        assert code_marker not in page
    assert all(src.startswith("data:image/") for src in image_sources(page))


@pytest.mark.slow
def test_region_report_names_the_region_and_embeds_its_figures(rendered):
    page = read(rendered[1] / "region-08.html")
    assert "Region Kalmar län" in page
    assert "<title>Barn som anhöriga: Region Kalmar län</title>" in page
    assert image_sources(page) and all(src.startswith("data:image/png;base64,") for src in image_sources(page))
    assert "Regionen jämfört med landet" in page and "Handlingsplan Barnrätt." in page


@pytest.mark.slow
def test_region_report_shows_the_municipalities_of_its_county(rendered):
    page = read(rendered[1] / "region-06.html")
    assert "Region Jönköpings län" in page
    assert "Mullsjö" in page and "Habo" in page
    assert "inget kodat enkätsvar" in page


@pytest.mark.slow
def test_national_overview_has_map_heatmap_and_summary(rendered):
    page = read(rendered[1] / "nationell-oversikt.html")
    assert "nationell översikt" in page
    assert len(image_sources(page)) >= 4
    assert "Stödet varierar mest mellan kommunerna" in page


@pytest.mark.slow
def test_region_without_data_gets_a_report_saying_so(rendered):
    page = read(rendered[1] / "region-10.html")
    assert "Region Blekinge" in page
    assert "inga uppgifter om Region Blekinge" in page


@pytest.mark.slow
def test_index_links_every_report_with_status_and_build_date(rendered, rendered_batch):
    page = read(rendered[1] / "index.html")
    assert '<a href="nationell-oversikt.html">' in page and '<a href="region-08.html">' in page
    assert page.count("<tr>") == 1 + 1 + 21  # header, national, regions
    assert "klar" in page and "inga uppgifter" in page and "ej skapad" in page
    built_at = json.loads(read(rendered_batch.processed / "manifest.json"))["built_at"][:10]
    assert built_at in page


@pytest.mark.slow
def test_unchanged_reports_are_skipped(rendered, rendered_batch, capsys):
    out = rendered[1]
    before = (out / "region-08.html").stat().st_mtime_ns
    code = report.run_reports(["08"], False, 2, out, False, rendered_batch.processed, rendered_batch.raw, 180, False,
                              gold=rendered_batch.gold)
    assert code == 0
    # the national overview keeps linking the four regions rendered before, so it is unchanged too
    assert "0 rendered, 2 unchanged (skipped)" in capsys.readouterr().out
    assert (out / "region-08.html").stat().st_mtime_ns == before


def test_a_changed_notebook_or_parameter_changes_the_key(seed_processed, tmp_path, monkeypatch):
    from bas_analysis import load

    data, processed = load(seed_processed / "processed"), seed_processed / "processed"
    keys = {job.name: job.key for job in report.plan_jobs(data, ["08"], tmp_path, processed, "k", 60)}
    copy = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS, copy)
    notebook = nbformat.read(copy / "region_report.ipynb", as_version=4)
    notebook.cells.append(nbformat.v4.new_markdown_cell("Ny text."))
    nbformat.write(notebook, copy / "region_report.ipynb")
    monkeypatch.setattr(batch, "NOTEBOOK_DIR", copy)
    changed = {job.name: job.key for job in report.plan_jobs(data, ["08"], tmp_path, processed, "k", 60)}
    assert changed["nationell-oversikt"] == keys["nationell-oversikt"]
    assert changed["region-08"] != keys["region-08"]


@pytest.mark.slow
def test_one_failing_region_leaves_the_others_rendered(seed_processed, tmp_path, monkeypatch, capsys):
    broken = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS, broken)
    notebook = nbformat.read(broken / "region_report.ipynb", as_version=4)
    notebook.cells.insert(2, nbformat.v4.new_code_cell('if ctx.code == "06":\n    raise RuntimeError("trasig för test")'))
    nbformat.write(notebook, broken / "region_report.ipynb")
    monkeypatch.setattr(batch, "NOTEBOOK_DIR", broken)
    out = tmp_path / "reports"

    code = report.run_reports(["06", "08"], False, 2, out, False, seed_processed / "processed", seed_processed / "raw", 180, False)

    assert code != 0
    assert (out / "region-08.html").exists() and (out / "nationell-oversikt.html").exists()
    assert not (out / "region-06.html").exists()
    assert "trasig för test" in read(out / "failed" / "region-06.ipynb")  # written after the failing cell
    assert "trasig för test" in read(out / "failed" / "region-06.log")
    assert "region-06" in capsys.readouterr().err
    index = read(out / "index.html")
    assert "misslyckades" in index and 'href="failed/region-06.log"' in index


# --- plain Papermill ----------------------------------------------------------------------------------------


@pytest.mark.slow
def test_papermill_command_line_accepts_region_code_as_a_number(seed_processed, tmp_path):
    executed = tmp_path / "out.ipynb"
    result = subprocess.run(
        [sys.executable, "-m", "papermill", str(NOTEBOOKS / "region_report.ipynb"), str(executed),
         "-p", "region_code", "08", "-p", "processed_dir", str(seed_processed / "processed"), "--no-progress-bar"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    notebook = nbformat.read(executed, as_version=4)
    injected = next(c for c in notebook.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert "region_code = 8\n" in injected.source  # Papermill made 08 a number
    assert "Region Kalmar län" in json.dumps(notebook.cells[2].outputs, ensure_ascii=False)


@pytest.mark.slow
def test_papermill_with_an_unknown_code_stops_with_the_valid_codes(seed_processed, tmp_path):
    from papermill.exceptions import PapermillExecutionError

    with pytest.raises(PapermillExecutionError) as error:
        report.execute_notebook(NOTEBOOKS / "region_report.ipynb", tmp_path / "out.ipynb",
                                {"region_code": 99, "processed_dir": str(seed_processed / "processed")})
    assert "valid codes" in error.value.evalue and "08 Kalmar" in error.value.evalue


# --- hostile answer text -----------------------------------------------------------------------------


@pytest.mark.slow
def test_markup_in_answers_and_evidence_renders_as_text(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEED_RAW, raw)
    page = raw / KALMAR_FILE
    page.write_text(
        read(page).replace("Handlingsplan Barnrätt.", "Handlingsplan Barnrätt <script>alert(1)</script> med *stjärnor* och $x$."),
        encoding="utf-8",
    )
    manual = tmp_path / "manual.csv"
    pd.DataFrame([{
        "document": KALMAR_FILE, "org_code": "08", "indicator": "staff_training", "value": "yes",
        "note": "Utbildning <img src=x onerror=alert(2)> varje år # rubrik",
    }]).to_csv(manual, index=False)
    build(raw, tmp_path / "processed", manual_codings=manual, progress=False)
    executed = tmp_path / "region-08.ipynb"
    report.execute_notebook(NOTEBOOKS / "region_report.ipynb", executed,
                            {"region_code": "08", "processed_dir": str(tmp_path / "processed")})
    html_page = read(report.render_html(executed, tmp_path / "region-08.html", "Kalmar"))

    assert "&lt;script&gt;alert(1)&lt;/script&gt; med *stjärnor* och $x$." in html_page
    assert "Utbildning &lt;img src=x onerror=alert(2)&gt; varje år # rubrik" in html_page
    assert "<script" not in html_page.lower() and "<img src=x" not in html_page


@pytest.mark.slow
def test_explore_notebook_runs(seed_processed, tmp_path):
    executed = report.execute_notebook(NOTEBOOKS / "explore.ipynb", tmp_path / "explore.ipynb",
                                       {"processed_dir": str(seed_processed / "processed")})
    search = next(c for c in executed.cells if c.id == "search")
    assert "R06.yes.kva" in json.dumps(search.outputs, ensure_ascii=False)  # a quote that names KVÅ


def test_batch_run_builds_first_when_the_build_is_missing(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    shutil.copytree(SEED_RAW, raw)
    monkeypatch.setattr(batch, "execute_jobs", lambda jobs, workers, progress: iter(()))  # no notebooks here
    code = report.run_reports(["10"], False, 1, tmp_path / "reports", False, tmp_path / "processed", raw, 60, False)
    assert code == 0
    assert (tmp_path / "processed" / "manifest.json").exists()
    assert "Region Blekinge (10)" in read(tmp_path / "reports" / "index.html")


def test_the_batch_and_the_command_line_decline_the_iri_grammars_and_notebooks_still_validate():
    """decline_iri_grammars (the CLI and the batch's workers): jsonschema then imports no rfc3987_syntax,
    and nbformat still validates a notebook and still refuses a broken one."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from bas_analysis.report.render import decline_iri_grammars\n"
        "decline_iri_grammars()\n"
        "import nbformat\n"
        "nbformat.validate(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell('1 + 1')]))\n"
        "broken = nbformat.v4.new_notebook(); broken['cells'] = [{'cell_type': 'code'}]\n"
        "try:\n"
        "    nbformat.validate(broken)\n"
        "    print('broken notebook accepted')\n"
        "except nbformat.ValidationError:\n"
        "    print('refused')\n"
        "print(sys.modules.get('rfc3987_syntax') is None)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["refused", "True"]


@pytest.mark.slow
def test_a_kernel_that_dies_as_it_starts_is_started_again(seed_processed, tmp_path, monkeypatch):
    """A port taken between jupyter_client's choice and the kernel's bind (papermill#511) kills the kernel before it
    answers. Here the first kernel is really given a port that is held, so it dies as it starts; the notebook runs on
    a second kernel with fresh ports, and the log says so."""
    import io
    import socket

    from bas_analysis.report import render

    held = socket.socket()
    held.bind(("127.0.0.1", 0))
    held.listen(1)
    started = []

    class FirstOnAHeldPort(render.kernel_manager_class()):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self)
            if len(started) == 1:  # its own ports, not picked from jupyter_client's port cache
                self.ip, self.cache_ports, self.shell_port = "127.0.0.1", False, held.getsockname()[1]

    monkeypatch.setattr(render, "kernel_manager_class", lambda: FirstOnAHeldPort)
    log = io.StringIO()
    try:
        executed = report.execute_notebook(NOTEBOOKS / "explore.ipynb", tmp_path / "explore.ipynb",
                                           {"processed_dir": str(seed_processed / "processed")}, log=log)
    finally:
        held.close()
    assert len(started) == 2
    assert "the kernel died as it started (try 1 of 3)" in log.getvalue()
    assert any(c.id == "search" for c in executed.cells)
