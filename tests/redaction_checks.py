"""Checks shared by the redaction rounds' tests: a text is read on a page alone (``Redactor().redact`` with the
page's context) and as a build redacts a page (``redact_document``), and both readings must agree."""
from __future__ import annotations

from collections.abc import Iterable

from bas_analysis import redact


def alone(text: str) -> str:
    """The text redacted as a page alone, with its own context."""
    redactor = redact.Redactor()
    return redactor.redact(text, redactor.context(text))


def both(text: str) -> list[str]:
    """The text redacted alone and as a build redacts a document."""
    return [alone(text), redact.redact_document(text)[0]]


def gone(text: str, secrets: Iterable[str], marks: tuple[str, ...] = ()) -> None:
    """Every secret is gone from both readings; with ``marks``, one of those placeholders stands in each."""
    for out in both(text):
        for secret in secrets:
            assert secret not in out, (secret, out)
        if marks:
            assert any(mark in out for mark in marks), out


def kept(text: str, words: Iterable[str]) -> None:
    """Every word survives both readings."""
    for out in both(text):
        for word in words:
            assert word in out, (word, out)
