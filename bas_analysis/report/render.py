"""Rendering: execute one report notebook with Papermill and turn it into one self-contained HTML page.

In:  a notebook, its parameters and a Jupyter kernel name; an executed notebook.
Out: the executed notebook (:func:`execute_notebook`) and its HTML page
     (:func:`render_html`: no code, ``lang="sv"``, figures as data URIs,
     nothing loaded from the network, the navigation of every report page);
     :func:`external_resources` lists what in a page would make a browser
     fetch something. The kernel runs this interpreter (:func:`ensure_kernel`)
     and talks to Papermill over CurveZMQ-encrypted sockets when pyzmq supports
     it, so Jupyter's "TCP without encryption" warning has no cause.
"""
from __future__ import annotations

import functools
import json
import os
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

from ..labels import NAV_SV

PACKAGE_DIR = Path(__file__).resolve().parent.parent
TEMPLATE_DIR = PACKAGE_DIR / "templates"
TEMPLATE_NAME = "bas_report"
KERNEL_NAME = "bas-analysis"
BATCH_KERNEL_NAME = "bas-analysis-batch"
HIDDEN_CELL_TAGS = {"injected-parameters", "parameters"}


# --- startup ---------------------------------------------------------------------------

def decline_iri_grammars() -> None:
    """Keep jsonschema from importing ``rfc3987_syntax`` in a process this package started for itself.

    nbformat and Papermill import jsonschema, which imports ``rfc3987_syntax`` when it is installed
    (JupyterLab's jupyter-events pulls it in); that module compiles some 35 Lark grammars as it is
    imported: 1.2-1.4 CPU-seconds in every process that runs or reads a notebook, for the "iri"
    formats no notebook schema uses (python-jsonschema/jsonschema#1428, jupyter-server#1559).
    Declined, jsonschema leaves out its two "iri" format checks and nothing else changes. Called
    by the command line and the report batch's workers, never on import: a researcher's own
    session keeps its jsonschema as it is. No effect once jsonschema is imported.
    """
    if "jsonschema" not in sys.modules:
        sys.modules.setdefault("rfc3987_syntax", None)  # None: "import rfc3987_syntax" raises ImportError


# --- what a page would load ------------------------------------------------------------

# An attribute or CSS url() pointing at http(s):// or a protocol-relative //host, or a CSS @import.
_REMOTE = re.compile(r"^\s*(?:https?:)?//", re.I)
_CSS_REMOTE = re.compile(r"""url\(\s*["']?\s*(?:https?:)?//|@import""", re.I)
_LOADING_ATTRIBUTES = {"src", "href", "action", "poster", "data", "srcset", "formaction", "background"}
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)


class _ResourceFinder(HTMLParser):
    """Real tags and attributes that would make a browser fetch something; escaped text is not markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self._in_style = tag == "style"
        for name, value in attrs:
            value = value or ""
            # a plain link (<a href>) is followed only on a click; anything else loads by itself
            if name in _LOADING_ATTRIBUTES and _REMOTE.match(value) and not (tag == "a" and name == "href"):
                self.found.append(f"<{tag} {name}={value[:80]}>")
            if name == "style" and _CSS_REMOTE.search(value):
                self.found.append(f"<{tag} style={value[:80]}>")

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if self._in_style and _CSS_REMOTE.search(CSS_COMMENT.sub("", data)):
            self.found.append(f"<style> {_CSS_REMOTE.search(data).group(0)}")


def external_resources(page: str) -> list[str]:
    """Every place in a page that would make a browser fetch something from the network."""
    finder = _ResourceFinder()
    finder.feed(page)
    finder.close()
    return finder.found


def strip_style_comments(page: str) -> str:
    return re.sub(r"(<style[^>]*>)(.*?)(</style>)", lambda m: m[1] + CSS_COMMENT.sub("", m[2]) + m[3], page, flags=re.S)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path`` and move it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def checked_page(page: str, name: str) -> str:
    """The page without CSS comments; ValueError naming ``name`` if it would load anything."""
    page = strip_style_comments(page)
    found = external_resources(page)
    if found:
        raise ValueError(f"{name} would load external resources: {found[:3]}")
    return page


# --- notebook -> HTML ------------------------------------------------------------------


@functools.cache
def html_exporter():
    """The exporter of report pages, made once per process (its templates are read once)."""
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(
        template_name=TEMPLATE_NAME,
        extra_template_basedirs=[str(TEMPLATE_DIR)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        exclude_anchor_links=True,
        embed_images=True,
    )
    exporter.language_code = "sv"
    exporter.register_preprocessor(TagRemovePreprocessor(remove_cell_tags=HIDDEN_CELL_TAGS, enabled=True), enabled=True)
    return exporter


def render_html(executed: Path, html_path: Path, title: str) -> Path:
    """An executed notebook as one self-contained HTML page; ValueError if it would load anything."""
    import nbformat

    notebook = nbformat.read(str(executed), as_version=4)
    notebook.metadata["title"] = title
    page, _ = html_exporter().from_notebook_node(notebook, resources={"bas_nav": list(NAV_SV.items())})
    write_atomic(Path(html_path), checked_page(page, Path(html_path).name))
    return Path(html_path)


# --- the kernel ------------------------------------------------------------------------------


def ensure_kernel(name: str = KERNEL_NAME, batch: bool = False) -> str:
    """A Jupyter kernel spec named ``name`` that runs this interpreter; installed when missing or elsewhere.

    ``batch``: the spec runs :mod:`.kernel` (ipykernel without its debugger,
    frozen modules on) instead of the ordinary ipykernel a researcher debugs in.
    It goes into ``sys.prefix`` (the virtualenv); when that is not writable,
    into a folder of the user's and that folder is put on JUPYTER_PATH.
    """
    from ipykernel.kernelspec import install
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    argv = [sys.executable, "-m", f"{__package__}.kernel", "-f", "{connection_file}"] if batch else None
    try:
        spec = KernelSpecManager().get_kernel_spec(name)
        if spec.argv and Path(spec.argv[0]).resolve() == Path(sys.executable).resolve() and (argv is None or spec.argv[1:] == argv[1:]):
            return name
    except NoSuchKernel:
        pass
    display = "Python (bas-analysis, batch)" if batch else "Python (bas-analysis)"
    try:
        folder = install(user=False, prefix=sys.prefix, kernel_name=name, display_name=display)
    except OSError:
        private = Path.home() / ".cache" / "bas-analysis" / "jupyter"
        folder = install(user=False, prefix=str(private.parent / "prefix"), kernel_name=name, display_name=display)
        share = str(private.parent / "prefix" / "share" / "jupyter")
        os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [share, os.environ.get("JUPYTER_PATH")]))
    if argv is not None:
        spec_file = Path(folder) / "kernel.json"
        spec = json.loads(spec_file.read_text(encoding="utf-8"))
        spec["argv"] = argv
        spec.setdefault("metadata", {})["debugger"] = False
        spec_file.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    return name


def kernel_manager_class():
    """nbclient's kernel manager, provisioning CurveZMQ keys when pyzmq and the kernel spec support them.

    jupyter_client's ``transport_encryption = "auto"`` encrypts the sockets of a
    kernel whose spec declares ``supported_encryption: curve`` (ipykernel's do)
    and leaves any other kernel as it was.
    """
    import zmq
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    if "transport_encryption" not in AsyncKernelManager.class_trait_names() or not zmq.has("curve"):
        return AsyncKernelManager

    class EncryptedKernelManager(AsyncKernelManager):
        @default("transport_encryption")
        def _encrypt_when_supported(self):
            return "auto"

    return EncryptedKernelManager


ENGINE_NAME = "bas-batch"


@functools.cache
def register_engine() -> str:
    """Register :class:`BatchEngine` in Papermill's engine registry (once) and return its name."""
    from papermill.engines import NBClientEngine, papermill_engines

    class BatchEngine(NBClientEngine):
        """Papermill's nbclient engine that writes the executed notebook when it starts and when it ends
        (also after a failing cell), not before and after every cell: Papermill's per-cell saves write
        the whole notebook, outputs and all, about twice per cell (a report is read when it is done)."""

        @classmethod
        def execute_managed_notebook(cls, nb_man, kernel_name, **kwargs):
            nb_man.save = lambda **_: None  # the instance's own save; Engine.execute_notebook's last
            try:  # notebook_complete() runs after this returns, with the class's save again
                return super().execute_managed_notebook(nb_man, kernel_name, **kwargs)
            finally:
                del nb_man.save

    papermill_engines.register(ENGINE_NAME, BatchEngine)
    return ENGINE_NAME


# jupyter_client picks free ports, closes them and writes them into the kernel's connection file; the kernel binds them
# a moment later, and a process starting beside it (another report's kernel, a Dask worker) can take one in between:
# the kernel dies with "Address already in use" before it answers (papermill#511, jupyter_client#154). Such a start is
# tried again with fresh ports; no cell has run yet.
KERNEL_START_TRIES = 3
KERNEL_START_FAILED = "Kernel died before replying to kernel_info"


def execute_notebook(notebook: Path, executed: Path, parameters: dict, kernel: str | None = None,
                     timeout: int | None = None, log=None, cwd: Path | None = None):
    """Papermill without its progress bar, on this package's kernel; the kernel's stderr goes to ``log``.

    The kernel is stopped at once when the last cell is done (nbclient's
    ``shutdown_kernel="immediate"``, passed through by Papermill): a report
    kernel has nothing to clean up, and a graceful stop costs half a second.
    The executed notebook is written at the start and at the end only
    (:func:`register_engine`). A kernel that dies as it starts, before any
    cell ran, is started again up to :data:`KERNEL_START_TRIES` times in all.
    """
    import papermill

    for attempt in range(1, KERNEL_START_TRIES + 1):
        try:
            return papermill.execute_notebook(
                str(notebook), str(executed), parameters=parameters, kernel_name=kernel or ensure_kernel(),
                engine_name=register_engine(), execution_timeout=timeout, progress_bar=False, log_output=False,
                stderr_file=log, cwd=str(cwd or Path(notebook).parent), kernel_manager_class=kernel_manager_class(),
                shutdown_kernel="immediate",
            )
        except RuntimeError as error:
            if KERNEL_START_FAILED not in str(error) or attempt == KERNEL_START_TRIES:
                raise
            if log is not None:
                log.write(f"\n--- the kernel died as it started (try {attempt} of {KERNEL_START_TRIES}); "
                          "starting a new one ---\n\n")
