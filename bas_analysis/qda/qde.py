"""QDE: REFI-QDA XML (``project.qde`` and ``.qdc``) written, read and validated.

In:  a :class:`~bas_analysis.qda.model.Project` (or a tuple of codes for a
     codebook), or the bytes of a ``project.qde`` / ``.qdc``.
Out: UTF-8 XML in the namespaces ``urn:QDA-XML:project:1.0`` and
     ``urn:QDA-XML:codebook:1.0``, elements in the order the schema demands;
     the model read back from such XML; the list of schema violations.

Validation uses the schemas published by REFI (``Project-mrt2019.xsd``,
``Codebook-mrt2019.xsd``, vendored in ``bas_analysis/data/``) with
the xmlschema library: a maintained, pure-Python XSD 1.0/1.1 validator whose
messages name the element path at fault. XML is read with defusedxml, since an
archive may come back from another tool.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

import xmlschema
from defusedxml.ElementTree import fromstring

from ..errors import QdaError
from .model import Case, Code, Note, Project, Selection, Source, User, Variable

PROJECT_NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
SCHEMA_DIR = Path(__file__).resolve().parents[1] / "data"
SCHEMAS = {"project": SCHEMA_DIR / "Project-mrt2019.xsd", "codebook": SCHEMA_DIR / "Codebook-mrt2019.xsd"}
INTERNAL = "internal://"
VALUE_ELEMENTS = {"Text": "TextValue", "Integer": "IntegerValue"}


@lru_cache(maxsize=2)
def schema(kind: str) -> xmlschema.XMLSchema10:
    """The vendored REFI-QDA schema of ``kind`` ("project" or "codebook")."""
    return xmlschema.XMLSchema10(str(SCHEMAS[kind]))


def schema_errors(xml: bytes, kind: str = "project", limit: int = 20) -> list[str]:
    """The schema violations of ``xml`` (empty when it is valid), at most ``limit``."""
    try:
        root = fromstring(xml)
    except ET.ParseError as exc:
        return [f"not well-formed XML: {exc}"]
    errors = []
    for error in schema(kind).iter_errors(root):
        errors.append(f"{error.path}: {error.reason}")
        if len(errors) >= limit:
            break
    return errors


def validate(xml: bytes, kind: str, where: str) -> None:
    """Raise :class:`QdaError` naming ``where`` when ``xml`` does not fit the REFI-QDA ``kind`` schema."""
    errors = schema_errors(xml, kind)
    if errors:
        raise QdaError(f"{where}: not valid against the REFI-QDA {kind} schema: " + "; ".join(errors[:5]))


# ------------------------------------------------------------------ writing
def _el(parent: ET.Element, ns: str, tag: str, attrs: dict | None = None, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: str(v) for k, v in (attrs or {}).items() if v is not None and v != ""})
    if text is not None:
        element.text = text
    return element


def _code(parent: ET.Element, ns: str, code: Code) -> None:
    element = _el(parent, ns, "Code", {"guid": code.guid, "name": code.name, "isCodable": "true" if code.codable else "false", "color": code.color})
    if code.description:
        _el(element, ns, "Description", text=code.description)
    for child in code.children:
        _code(element, ns, child)


def _values(parent: ET.Element, values, types: dict[str, str]) -> None:
    for variable_guid, value in values:
        element = _el(parent, PROJECT_NS, "VariableValue")
        _el(element, PROJECT_NS, "VariableRef", {"targetGUID": variable_guid})
        _el(element, PROJECT_NS, VALUE_ELEMENTS[types[variable_guid]], text=str(value))


def _serialise(root: ET.Element, ns: str) -> bytes:
    # elements are built without a namespace and the root declares it as the default one
    root.set("xmlns", ns)
    ET.indent(root, space=" ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def internal_path(source: Source) -> str:
    """A text source's ``plainTextPath``: ``internal://<guid>.txt``, the file ``Sources/<guid>.txt`` of the archive."""
    return f"{INTERNAL}{source.guid}.txt"


def project_xml(project: Project) -> bytes:
    """``project.qde`` of ``project``; the sources' texts go in the archive as :func:`internal_path` says."""
    ns = PROJECT_NS
    root = ET.Element("Project", {k: v for k, v in {
        "name": project.name, "origin": project.origin, "creatingUserGUID": project.creating_user,
        "creationDateTime": project.created}.items() if v})
    if project.users:
        users = _el(root, ns, "Users")
        for user in project.users:
            _el(users, ns, "User", {"guid": user.guid, "name": user.name})
    if project.codes:
        codes = _el(_el(root, ns, "CodeBook"), ns, "Codes")
        for code in project.codes:
            _code(codes, ns, code)
    types = {v.guid: v.type for v in project.variables}
    if project.variables:
        variables = _el(root, ns, "Variables")
        for variable in project.variables:
            element = _el(variables, ns, "Variable", {"guid": variable.guid, "name": variable.name, "typeOfVariable": variable.type})
            if variable.description:
                _el(element, ns, "Description", text=variable.description)
    if project.cases:
        cases = _el(root, ns, "Cases")
        for case in project.cases:
            element = _el(cases, ns, "Case", {"guid": case.guid, "name": case.name})
            if case.description:
                _el(element, ns, "Description", text=case.description)
            _values(element, case.values, types)
            for ref in case.source_refs:
                _el(element, ns, "SourceRef", {"targetGUID": ref})
            for ref in case.selection_refs:
                _el(element, ns, "SelectionRef", {"targetGUID": ref})
    if project.sources:
        by_source: dict[str, list[Selection]] = {}
        for selection in project.selections:
            by_source.setdefault(selection.source_guid, []).append(selection)
        sources = _el(root, ns, "Sources")
        for source in project.sources:
            element = _el(sources, ns, "TextSource", {"guid": source.guid, "name": source.name,
                                                      "plainTextPath": internal_path(source)})
            if source.description:
                _el(element, ns, "Description", text=source.description)
            for s in by_source.get(source.guid, []):
                sel = _el(element, ns, "PlainTextSelection", {"guid": s.guid, "name": s.name, "startPosition": s.start,
                                                               "endPosition": s.end, "creatingUser": s.user_guid})
                if s.description:
                    _el(sel, ns, "Description", text=s.description)
                if s.code_guid is not None:
                    coding = _el(sel, ns, "Coding", {"guid": s.coding_guid, "creatingUser": s.user_guid})
                    _el(coding, ns, "CodeRef", {"targetGUID": s.code_guid})
            _values(element, source.values, types)
    if project.notes:
        notes = _el(root, ns, "Notes")
        for note in project.notes:
            element = _el(notes, ns, "Note", {"guid": note.guid, "name": note.name})
            _el(element, ns, "PlainTextContent", text=note.text)
    if project.description:
        _el(root, ns, "Description", text=project.description)
    for ref in project.note_refs:
        _el(root, ns, "NoteRef", {"targetGUID": ref})
    return _serialise(root, ns)


def codebook_xml(codes: tuple[Code, ...], origin: str) -> bytes:
    """A REFI-QDA codebook (``.qdc``) of ``codes``."""
    root = ET.Element("CodeBook", {"origin": origin} if origin else {})
    element = _el(root, CODEBOOK_NS, "Codes")
    for code in codes:
        _code(element, CODEBOOK_NS, code)
    return _serialise(root, CODEBOOK_NS)


# ------------------------------------------------------------------ reading
def _q(ns: str, tag: str) -> str:
    return f"{{{ns}}}{tag}"


def _description(element: ET.Element, ns: str) -> str:
    found = element.find(_q(ns, "Description"))
    return (found.text or "") if found is not None else ""


def _read_code(element: ET.Element, ns: str) -> Code:
    return Code(
        guid=element.get("guid"), name=element.get("name"), codable=element.get("isCodable") in ("true", "1"),
        description=_description(element, ns), color=element.get("color"),
        children=tuple(_read_code(child, ns) for child in element.findall(_q(ns, "Code"))),
    )


def _read_values(element: ET.Element) -> tuple:
    out = []
    for value in element.findall(_q(PROJECT_NS, "VariableValue")):
        ref = value.find(_q(PROJECT_NS, "VariableRef"))
        integer, text = value.find(_q(PROJECT_NS, "IntegerValue")), value.find(_q(PROJECT_NS, "TextValue"))
        if ref is None:
            continue
        if integer is not None:
            out.append((ref.get("targetGUID"), int(integer.text)))
        elif text is not None:
            out.append((ref.get("targetGUID"), text.text or ""))
    return tuple(out)


def read_project_xml(xml: bytes, texts: dict[str, str], where: str = "project.qde") -> Project:
    """The project in ``xml``; ``texts`` maps a source's ``plainTextPath`` (``internal://…``) to its text."""
    try:
        root = fromstring(xml)
    except ET.ParseError as exc:
        raise QdaError(f"{where}: not well-formed XML ({exc})") from exc
    ns = PROJECT_NS
    if root.tag != _q(ns, "Project"):
        raise QdaError(f"{where}: the root element is {root.tag}, not a REFI-QDA Project")
    users = tuple(User(u.get("guid"), u.get("name") or "") for u in root.iterfind(f"{_q(ns, 'Users')}/{_q(ns, 'User')}"))
    codes = tuple(_read_code(c, ns) for c in root.iterfind(f"{_q(ns, 'CodeBook')}/{_q(ns, 'Codes')}/{_q(ns, 'Code')}"))
    variables = tuple(
        Variable(v.get("guid"), v.get("name"), v.get("typeOfVariable"), _description(v, ns))
        for v in root.iterfind(f"{_q(ns, 'Variables')}/{_q(ns, 'Variable')}")
    )
    cases = tuple(
        Case(
            guid=c.get("guid"), name=c.get("name") or "", description=_description(c, ns), values=_read_values(c),
            source_refs=tuple(r.get("targetGUID") for r in c.findall(_q(ns, "SourceRef"))),
            selection_refs=tuple(r.get("targetGUID") for r in c.findall(_q(ns, "SelectionRef"))),
        )
        for c in root.iterfind(f"{_q(ns, 'Cases')}/{_q(ns, 'Case')}")
    )
    sources, selections = [], []
    for s in root.iterfind(f"{_q(ns, 'Sources')}/{_q(ns, 'TextSource')}"):
        path, content = s.get("plainTextPath"), s.find(_q(ns, "PlainTextContent"))
        if content is not None:
            text = content.text or ""
        elif path in texts:
            text = texts[path]
        else:
            raise QdaError(f"{where}: text source '{s.get('name')}' has no text ({path or 'no plainTextPath'} not in the archive)")
        sources.append(Source(guid=s.get("guid"), name=s.get("name") or "", text=text, description=_description(s, ns), values=_read_values(s)))
        for sel in s.findall(_q(ns, "PlainTextSelection")):
            codings = sel.findall(_q(ns, "Coding")) or [None]
            for coding in codings:
                ref = coding.find(_q(ns, "CodeRef")) if coding is not None else None
                selections.append(Selection(
                    guid=sel.get("guid"), source_guid=s.get("guid"), start=int(sel.get("startPosition")), end=int(sel.get("endPosition")),
                    code_guid=ref.get("targetGUID") if ref is not None else None, user_guid=sel.get("creatingUser"),
                    name=sel.get("name") or "", description=_description(sel, ns),
                    coding_guid=coding.get("guid") if coding is not None else None,
                ))
    notes = tuple(
        Note(n.get("guid"), n.get("name") or "", (n.findtext(_q(ns, "PlainTextContent")) or texts.get(n.get("plainTextPath"), "")))
        for n in root.iterfind(f"{_q(ns, 'Notes')}/{_q(ns, 'Note')}")
    )
    return Project(
        name=root.get("name") or "", origin=root.get("origin") or "", created=root.get("creationDateTime"),
        description=root.findtext(_q(ns, "Description")) or "", creating_user=root.get("creatingUserGUID"),
        users=users, codes=codes, variables=variables, cases=cases, sources=tuple(sources), selections=tuple(selections),
        notes=notes, note_refs=tuple(r.get("targetGUID") for r in root.findall(_q(ns, "NoteRef"))),
    )


def read_codebook_xml(xml: bytes, where: str = "codebook") -> tuple[Code, ...]:
    """The codes of a REFI-QDA codebook (``.qdc``)."""
    try:
        root = fromstring(xml)
    except ET.ParseError as exc:
        raise QdaError(f"{where}: not well-formed XML ({exc})") from exc
    if root.tag != _q(CODEBOOK_NS, "CodeBook"):
        raise QdaError(f"{where}: the root element is {root.tag}, not a REFI-QDA CodeBook")
    return tuple(_read_code(c, CODEBOOK_NS) for c in root.iterfind(f"{_q(CODEBOOK_NS, 'Codes')}/{_q(CODEBOOK_NS, 'Code')}"))
