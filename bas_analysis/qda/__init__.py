"""REFI-QDA export: the coded corpus for QualCoder, NVivo, ATLAS.ti and MAXQDA.

In:  a build (``data/processed``, read with :func:`bas_analysis.load`) and the
     codebook (``bas_analysis/data/codebook.yaml`` with the definitions in
     ``bas_analysis/data/indicator_descriptions.yaml``).
Out: a REFI-QDA project archive (``.qdpx``: the redacted pages as text
     sources, the codebook as codes, each coded value as a coding of its
     evidence span, each respondent as a case with its variables), a REFI-QDA
     codebook (``.qdc``), and readers that give both back.

    from bas_analysis import qda
    result = qda.export_qdpx("kodning.qdpx", "data/processed")
    print(result.summary())             # counts, and evidence that could not be placed
    project = qda.read_qdpx("kodning.qdpx")
    qda.spans_from_project(project)     # one row per coded span, with its text
    qda.codings_from_project(project)   # the coded values, as in the codings table

Modules: :mod:`.codesystem` (codebook -> codes), :mod:`.spans` (evidence ->
offsets), :mod:`.project` (tables -> project model and back), :mod:`.qde`
(model <-> XML, schema validation), :mod:`.archive` (files on disk).
"""
from .archive import QdpxResult, export_qdc, export_qdpx, read_qdc, read_qdpx, write_qdpx
from .codesystem import CodeSystem, build_code_system
from .model import Case, Code, Note, Project, Selection, Source, User, Variable
from .project import Export, codings_from_project, project_from_dataset, spans_from_project
from .qde import schema_errors

__all__ = [
    "QdpxResult", "export_qdc", "export_qdpx", "read_qdc", "read_qdpx", "write_qdpx",
    "CodeSystem", "build_code_system",
    "Case", "Code", "Note", "Project", "Selection", "Source", "User", "Variable",
    "Export", "codings_from_project", "project_from_dataset", "spans_from_project", "schema_errors",
]
