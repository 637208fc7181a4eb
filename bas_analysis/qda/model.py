"""Model: the part of a REFI-QDA project that bas-analysis writes and reads.

In:  nothing (built by :mod:`bas_analysis.qda.project`, read back by
     :mod:`bas_analysis.qda.qde`).
Out: frozen dataclasses that compare by value, so a project read back from an
     archive can be compared with the one that was written.

Selections are half-open: ``text[start:end]`` is the selected text, counted
in Unicode code points from 0 (REFI-QDA 1.5, section 10.2; QualCoder writes
its ``pos0``/``pos1`` the same way).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class User:
    guid: str
    name: str


@dataclass(frozen=True)
class Code:
    guid: str
    name: str
    codable: bool
    description: str = ""
    color: str | None = None
    children: tuple["Code", ...] = ()

    def walk(self):
        """This code and every code below it, depth first."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class Selection:
    """A span of a text source, coded with ``code_guid`` (None: an uncoded span such as a case's block)."""

    guid: str
    source_guid: str
    start: int
    end: int
    code_guid: str | None
    user_guid: str | None = None
    name: str = ""
    description: str = ""
    coding_guid: str | None = None


@dataclass(frozen=True)
class Source:
    guid: str
    name: str
    text: str
    description: str = ""
    values: tuple[tuple[str, str | int], ...] = ()  # (variable guid, value)


@dataclass(frozen=True)
class Variable:
    guid: str
    name: str
    type: str  # REFI-QDA typeOfVariable: "Text" or "Integer" here
    description: str = ""


@dataclass(frozen=True)
class Case:
    guid: str
    name: str
    description: str = ""
    values: tuple[tuple[str, str | int], ...] = ()  # (variable guid, value)
    source_refs: tuple[str, ...] = ()
    selection_refs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Note:
    guid: str
    name: str
    text: str


@dataclass(frozen=True)
class Project:
    name: str
    origin: str = ""
    created: str | None = None  # xsd:dateTime
    description: str = ""
    creating_user: str | None = None
    users: tuple[User, ...] = ()
    codes: tuple[Code, ...] = ()
    variables: tuple[Variable, ...] = ()
    cases: tuple[Case, ...] = ()
    sources: tuple[Source, ...] = ()
    selections: tuple[Selection, ...] = ()
    notes: tuple[Note, ...] = ()
    note_refs: tuple[str, ...] = field(default=())

    def all_codes(self) -> list[Code]:
        return [c for root in self.codes for c in root.walk()]

    def code_by_guid(self) -> dict[str, Code]:
        return {c.guid: c for c in self.all_codes()}

    def source_by_guid(self) -> dict[str, Source]:
        return {s.guid: s for s in self.sources}
