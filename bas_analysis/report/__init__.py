"""Report: the evaluator's side of the package, a national overview and one report per region.

In:  a build (:func:`bas_analysis.load`), region codes, optionally a gold file of hand codings.
Out: ``reports/``: ``index.html``, ``nationell-oversikt.html``, ``region-XX.html``,
     ``metod.html`` and the tables to take along in ``tabeller/`` (CSV and Excel),
     all in Swedish, self-contained and linked to each other.

The package has one module per concern:

- :mod:`.content`: what the notebooks show (contexts, sentences, tables), in Swedish;
- :mod:`.evidence`: each value with the question its quote answers, its page and year;
- :mod:`.markup`: escaped HTML pieces (tables that scroll on their own, notes, links);
- :mod:`.render`: Papermill execution and the nbconvert template (``templates/bas_report``);
- :mod:`.kernel`: the kernel a batch runs each notebook in;
- :mod:`.pages`: ``index.html`` and ``metod.html`` from Jinja templates (``templates/pages``);
- :mod:`.downloads`: the CSV files and the workbook (:mod:`bas_analysis.spreadsheet`);
- :mod:`.batch`: the batch run (:func:`run_reports`), one :class:`Job` per notebook.

The notebooks import ``from bas_analysis.report import content``; the names below
are imported on first use, so a notebook's kernel loads only the modules it uses.
"""
import lazy_loader

# the modules and the names they define, imported on first use
__getattr__, __dir__, __all__ = lazy_loader.attach(
    __name__,
    submodules=["batch", "content", "downloads", "evidence", "kernel", "markup", "pages", "render"],
    submod_attrs={
        "batch": ["NATIONAL", "NOTEBOOK_DIR", "STATUS_FAILED", "STATUS_NO_DATA", "STATUS_OK", "Job", "Outcome",
                  "build_is_stale", "ensure_build", "execute_and_render", "execute_jobs", "library_fingerprint",
                  "plan_jobs", "read_state", "recorded_raw_dir", "run_reports", "select_regions"],
        "pages": ["write_index", "write_method_page"],
        "render": ["KERNEL_NAME", "ensure_kernel", "execute_notebook", "external_resources", "render_html"],
    },
)
