"""Ingest: read every file of a raw folder into clean text.

In:  a folder of raw pages (``.txt``, ``.html``, ``.htm``) in any common
     encoding, possibly with mojibake, HTML markup or junk lines.
Out: one :class:`RawDocument` per readable, distinct page (NFC text with its
     line structure, content hash, source name, encoding found) and one
     :class:`Problem` per file set aside (unsupported, unreadable, empty,
     binary, duplicate), so that every file seen is accounted for.
"""
from __future__ import annotations

import hashlib
import html
import os
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import ftfy

from .errors import RawDirError

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES

# Characters that mean "space" on web pages but break word matching.
_SPACE_LIKE = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


@dataclass
class Problem:
    """A file, or part of one, that could not be used as it is."""

    file: str
    stage: str
    reason: str
    severity: str = "error"  # error: file set aside; skipped: not an input; warning: kept


@dataclass
class RawDocument:
    """One page as clean text, before parsing."""

    doc_id: str
    source_file: str
    text: str
    encoding: str
    repaired: bool = False
    dropped_lines: list[str] = field(default_factory=list)


def display_name(name: bytes | str) -> str:
    """A file name as printable text, even when it is not valid UTF-8."""
    if isinstance(name, bytes):
        return name.decode("utf-8", errors="backslashreplace")
    return name.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="backslashreplace")


def list_raw_files(raw_dir: Path) -> list[Path]:
    """All regular files in ``raw_dir`` (not recursive, hidden files excluded), sorted."""
    raw_dir = Path(raw_dir)
    if not raw_dir.exists():
        raise RawDirError(f"raw folder does not exist: {raw_dir}")
    if not raw_dir.is_dir():
        raise RawDirError(f"raw folder is not a folder: {raw_dir}")
    files = [p for p in raw_dir.iterdir() if p.is_file() and not p.name.startswith(".")]
    return sorted(files, key=lambda p: os.fsencode(p.name))


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode page bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8_lines = sum(1 for line in lines if _is_utf8(line) and any(b > 127 for b in line))
    if utf8_lines:
        # A page pasted together from several sources: each line in its own encoding.
        return "\n".join(_decode_line(line) for line in lines), "mixed utf-8/cp1252"
    return _decode_single_byte(data)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def _decode_line(line: bytes) -> str:
    return line.decode("utf-8") if _is_utf8(line) else _decode_single_byte(line)[0]


def _decode_single_byte(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return data.decode("latin-1"), "latin-1"


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control characters."""
    if not data:
        return False
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 text: its NUL bytes are half of every character
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample) > 0.05


class _TextExtractor(HTMLParser):
    """HTML to text that keeps block structure as lines."""

    BLOCK = {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "table", "section", "article", "header", "footer", "blockquote",
        "pre", "dd", "dt", "hr", "main", "nav", "aside", "figure", "figcaption",
    }
    SKIP = {"script", "style", "noscript", "template", "head", "svg", "nav", "aside", "footer", "form", "button", "select"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip_depth += 1
        elif self._skip_depth:
            return
        elif tag in self.BLOCK:
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("• ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in self.BLOCK and not self._skip_depth:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip_depth:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block per line, paragraphs separated by blank lines."""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient; this guards against the odd assertion
        return html.unescape(re.sub(r"<[^>]+>", "\n", markup))
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def looks_like_html(text: str) -> bool:
    """A page saved as .txt that is really HTML: it starts like a page, or is mostly markup.

    A plain page that quotes a tag in an answer ("<script>") stays plain text.
    """
    head = text[:4000].lstrip().lower()
    if re.match(r"<(!doctype\s+html|html|head|body)\b", head):
        return True
    tags = re.findall(r"</?(?:p|div|br|li|ul|h[1-6]|span|a|table|tr|td)\b[^>]*>", head)
    return len(tags) >= 10 and sum(map(len, tags)) / max(len(head), 1) > 0.05


def repair_text(text: str) -> tuple[str, bool]:
    """Repair mojibake, normalise to NFC, turn no-break and odd spaces into spaces."""
    original = text
    if _MOJIBAKE.search(text):
        # fix_text decides line by line; a line whose only damage is "Ã…" needs the whole text as context
        whole = ftfy.fix_encoding(text)
        if len(_MOJIBAKE.findall(whole)) < len(_MOJIBAKE.findall(text)):
            text = whole
    fixed = ftfy.fix_text(
        text,
        unescape_html=False,
        fix_line_breaks=True,
        normalization="NFC",
        uncurl_quotes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
    )
    repaired = fixed != unicodedata.normalize("NFC", original)
    fixed = fixed.translate(_SPACE_LIKE).translate(_INVISIBLE)
    fixed = "".join(ch for ch in fixed if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    fixed = "\n".join(line.rstrip() for line in fixed.split("\n"))
    return unicodedata.normalize("NFC", fixed), repaired


_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122]")
_WORDLIKE = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]{2,}")


def is_junk_line(line: str) -> bool:
    """A line that is no text: a scrambled e-mail string, a run of symbols.

    Such lines are long tokens without spaces whose characters are mostly
    punctuation mixed into letters (``uiqt|wBkpzq{|qvi5ziuvn...``). URLs are
    not junk.
    """
    s = line.strip()
    if len(s) < 25 or " " in s or re.match(r"(https?://|www\.)", s, re.I):
        return False
    odd = sum(1 for ch in s if not (ch.isalnum() or ch in "-_./:@"))
    if odd / len(s) > 0.08:
        return True
    # no vowels-in-words structure: almost no pronounceable runs
    words = _WORDLIKE.findall(s)
    return sum(map(len, words)) / len(s) < 0.5


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_document(path: Path) -> RawDocument | Problem:
    """Read one file into a clean :class:`RawDocument`, or say why it cannot be used."""
    name = display_name(os.fsencode(path.name))
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return Problem(name, "ingest", f"unsupported file type '{suffix or '(none)'}': only .txt, .html and .htm are read", "skipped")
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Problem(name, "ingest", f"cannot be read: {exc.strerror or exc}")
    if not data.strip():
        return Problem(name, "ingest", "empty file")
    if looks_binary(data):
        return Problem(name, "ingest", "binary content (NUL bytes or control characters), not a text page")
    text, encoding = decode_bytes(data)
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        text = html_to_text(text)
    text, repaired = repair_text(text)
    kept, dropped = [], []
    for line in text.split("\n"):
        (dropped if is_junk_line(line) else kept).append(line)
    text = "\n".join(kept).strip()
    if not text:
        return Problem(name, "ingest", "no readable text after cleaning")
    return RawDocument(content_id(text), name, text, encoding, repaired, dropped)


def ingest(raw_dir: Path, progress=None, files: list[Path] | None = None) -> tuple[list[RawDocument], list[Problem]]:
    """Read every file of ``raw_dir`` (or the ``files`` given); identical pages are kept once.

    ``progress`` is an optional callable taking the file name, called once per file.
    """
    documents: list[RawDocument] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in list_raw_files(raw_dir) if files is None else files:
        if progress:
            progress(path.name)
        result = read_document(path)
        if isinstance(result, Problem):
            problems.append(result)
        elif result.doc_id in seen:
            problems.append(Problem(result.source_file, "ingest", f"identical copy of {seen[result.doc_id]}", "skipped"))
        else:
            seen[result.doc_id] = result.source_file
            documents.append(result)
    return documents, problems
