"""Archive: REFI-QDA files on disk, ``.qdpx`` (project) and ``.qdc`` (codebook).

In:  a build folder (read through :func:`bas_analysis.load`) or a project
     model; a path to write to or read from.
Out: a ``.qdpx``: a zip with ``project.qde`` and ``Sources/<guid>.txt`` (the
     redacted texts, UTF-8), validated against the vendored schema before it
     is written; a ``.qdc``: the codebook alone. Files are written to a
     temporary file beside the target and moved into place, so a failed
     export leaves nothing half-written; an existing file is replaced only
     with ``force``. Entries carry a fixed date, so one build always exports
     the same bytes.
"""
from __future__ import annotations

import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..errors import QdaError
from .codesystem import build_code_system
from .model import Code, Project
from .project import Export, project_from_dataset
from .qde import INTERNAL, codebook_xml, internal_path, project_xml, read_codebook_xml, read_project_xml, validate

PROJECT_ENTRY = "project.qde"
SOURCES_DIR = "Sources"
FIXED_DATE = (1980, 1, 1, 0, 0, 0)


@dataclass
class QdpxResult:
    path: Path
    export: Export

    def summary(self, max_listed: int = 20) -> str:
        c = self.export.counts()
        lines = [
            f"wrote {self.path}: {c['sources']} sources, {c['codes']} codes, {c['cases']} cases, {c['coded_spans']} coded spans",
        ]
        unlocated = self.export.unlocated
        if len(unlocated):
            lines.append(f"{len(unlocated)} evidence part(s) not placed (also listed in the project's note):")
            for u in unlocated.head(max_listed).itertuples(index=False):
                lines.append(f"- {u.respondent_id} {u.indicator} = {u.value} [{u.source}]: {u.reason}: «{str(u.part)[:100]}»")
            if len(unlocated) > max_listed:
                lines.append(f"… and {len(unlocated) - max_listed} more")
        else:
            lines.append("every evidence with a code was placed in its source")
        return "\n".join(lines)


def _target(out, suffix: str, force: bool) -> Path:
    out = Path(out)
    if out.suffix.lower() != suffix:
        raise QdaError(f"{out}: the file name must end in {suffix} (QDA programs recognise the file by it)")
    if out.is_dir():
        raise QdaError(f"{out}: is a folder")
    if out.exists() and not force:
        raise QdaError(f"{out}: exists already; pass --force (force=True) to replace it")
    out.parent.mkdir(parents=True, exist_ok=True)
    return out


def _write_atomically(out: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.tmp-", dir=out.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _entry(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data)


def write_qdpx(project: Project, out, force: bool = False) -> Path:
    """Write ``project`` as a ``.qdpx`` archive at ``out`` after validating its ``project.qde``."""
    out = _target(out, ".qdpx", force)
    xml = project_xml(project)
    validate(xml, "project", f"{out}:{PROJECT_ENTRY}")

    def write(tmp: Path) -> None:
        with zipfile.ZipFile(tmp, "w") as archive:
            _entry(archive, PROJECT_ENTRY, xml)
            for source in project.sources:
                _entry(archive, f"{SOURCES_DIR}/{internal_path(source)[len(INTERNAL):]}", source.text.encode("utf-8"))

    _write_atomically(out, write)
    return out


def export_qdpx(out, processed_dir="data/processed", force: bool = False) -> QdpxResult:
    """Export the build in ``processed_dir`` as a REFI-QDA project at ``out`` (see :mod:`bas_analysis.qda.project`)."""
    from ..store import load

    export = project_from_dataset(load(processed_dir))
    return QdpxResult(path=write_qdpx(export.project, out, force=force), export=export)


def export_qdc(out, force: bool = False, codebook_path=None) -> Path:
    """Write the codebook alone as a REFI-QDA codebook (``.qdc``) at ``out``."""
    out = _target(out, ".qdc", force)
    xml = codebook_xml(build_code_system(codebook_path=codebook_path).codes, origin=f"bas-analysis {__version__}")
    validate(xml, "codebook", str(out))
    _write_atomically(out, lambda tmp: tmp.write_bytes(xml))
    return out


def read_qdpx(path, check_schema: bool = True) -> Project:
    """The project in the ``.qdpx`` archive at ``path`` (its ``project.qde`` validated first unless ``check_schema`` is False)."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if PROJECT_ENTRY not in names:
                raise QdaError(f"{path}: no {PROJECT_ENTRY} in the archive")
            xml = archive.read(PROJECT_ENTRY)
            texts = {}
            for name in names:
                folder, _, file = name.partition("/")
                if folder.lower() == SOURCES_DIR.lower() and file and not name.endswith("/"):
                    try:
                        texts[INTERNAL + file] = archive.read(name).decode("utf-8-sig")
                    except UnicodeDecodeError as exc:
                        if file.lower().endswith(".txt"):
                            raise QdaError(f"{path}: {name} is not UTF-8 text ({exc})") from exc
    except (zipfile.BadZipFile, OSError) as exc:
        raise QdaError(f"{path}: cannot read the archive ({exc})") from exc
    if check_schema:
        validate(xml, "project", f"{path}:{PROJECT_ENTRY}")
    return read_project_xml(xml, texts, where=f"{path}:{PROJECT_ENTRY}")


def read_qdc(path, check_schema: bool = True) -> tuple[Code, ...]:
    """The codes of the REFI-QDA codebook at ``path``."""
    path = Path(path)
    try:
        xml = path.read_bytes()
    except OSError as exc:
        raise QdaError(f"{path}: cannot read the codebook ({exc})") from exc
    if check_schema:
        validate(xml, "codebook", str(path))
    return read_codebook_xml(xml, where=str(path))
