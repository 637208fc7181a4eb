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
- :mod:`.pages`: ``index.html`` and ``metod.html`` from Jinja templates (``templates/pages``);
- :mod:`.downloads`: the CSV files and the workbook (:mod:`bas_analysis.spreadsheet`);
- :mod:`.batch`: the batch run (:func:`run_reports`), one :class:`Job` per notebook.

The notebooks import ``from bas_analysis.report import content``.
"""
from .batch import (  # noqa: F401
    NATIONAL,
    NOTEBOOK_DIR,
    STATUS_FAILED,
    STATUS_NO_DATA,
    STATUS_OK,
    Job,
    Outcome,
    build_is_stale,
    ensure_build,
    execute_and_render,
    execute_jobs,
    library_fingerprint,
    plan_jobs,
    read_state,
    recorded_raw_dir,
    run_reports,
    select_regions,
)
from .pages import write_index, write_method_page  # noqa: F401
from .render import KERNEL_NAME, ensure_kernel, execute_notebook, external_resources, render_html  # noqa: F401
