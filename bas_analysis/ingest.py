"""Ingest: read every file of a raw folder into clean text.

In:  a folder of raw pages (``.txt``, ``.html``, ``.htm``), subfolders
     included, in any common encoding, possibly with mojibake, HTML markup
     (table cells kept apart), character references or junk lines.
Out: one :class:`RawDocument` per readable, distinct page (NFC text with its
     line structure, content hash, source name relative to the raw folder,
     encoding found, hash of the bytes) and one :class:`Problem` per entry set
     aside (unsupported, unreadable, empty, binary, duplicate, a link leading
     outside the raw folder, a dangling link, a link loop, a FIFO), so that
     every entry seen is accounted for (:func:`scan_raw_dir`).
"""
from __future__ import annotations

import hashlib
import html
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import ftfy

from .errors import BasError, RawDirError

TEXT_SUFFIXES = {".txt", ".csv"}  # a .csv export is read as the plain text it is
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES

# Characters that mean "space" on web pages but break word matching.
_SPACE_LIKE = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u3000"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACE_OR_INVISIBLE = re.compile("[" + "".join(map(chr, {**_SPACE_LIKE, **_INVISIBLE})) + "]")


@dataclass
class Problem:
    """A file, or part of one, that could not be used as it is."""

    file: str
    stage: str
    reason: str
    severity: str = "error"  # error: file set aside; skipped: not an input; warning: kept
    sha256: str = ""  # of the file's bytes, when they could be read
    size: int = 0


@dataclass
class RawDocument:
    """One page as clean text, before parsing."""

    doc_id: str
    source_file: str
    text: str
    encoding: str
    repaired: bool = False
    dropped_lines: list[str] = field(default_factory=list)
    sha256: str = ""  # of the file's bytes, for the manifest
    size: int = 0
    # an HTML page's frame, not part of its text: the <title> and the <footer> (the page's owner may be named only
    # there: "Region X | Barn som anhöriga"), "" for a plain page; a parser's last resort (:func:`html_frame`)
    frame: str = ""


def display_name(name: bytes | str) -> str:
    """A file name as printable text, even when it is not valid UTF-8."""
    if isinstance(name, bytes):
        return name.decode("utf-8", errors="backslashreplace")
    return name.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="backslashreplace")


@dataclass
class RawEntry:
    """One entry of a raw folder: a file to read, or something set aside with its reason."""

    path: Path
    name: str  # path relative to the raw folder, as printable text ("2021/sida.txt")
    problem: "Problem | None" = None
    sha256: str = ""  # of the bytes read, once read
    size: int = 0


def _relative_name(path: Path, root: Path) -> str:
    return "/".join(display_name(os.fsencode(part)) for part in path.relative_to(root).parts)


def scan_raw_dir(raw_dir: Path) -> list[RawEntry]:
    """Every entry of ``raw_dir`` and its subfolders, each a file to read or a set-aside :class:`Problem`.

    Subfolders are read (pages sorted by year are common). A symbolic link is
    followed only when it leads to something inside the raw folder; links
    outside, dangling links, link loops, FIFOs, sockets, devices, unreadable
    folders and hidden entries become problems, so nothing is left out
    silently. A folder reached twice (through a link) is read once.
    """
    raw_dir = Path(raw_dir)
    if not raw_dir.exists():
        raise RawDirError(f"raw folder does not exist: {raw_dir}")
    if not raw_dir.is_dir():
        raise RawDirError(f"raw folder is not a folder: {raw_dir}")
    root = raw_dir.resolve()
    entries: list[RawEntry] = []
    visited: set[Path] = {root}

    def skip(path: Path, reason: str, severity: str = "skipped") -> None:
        name = _relative_name(path, raw_dir)
        entries.append(RawEntry(path, name, Problem(name, "ingest", reason, severity)))

    def walk(folder: Path) -> None:
        try:
            children = sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name))
        except OSError as exc:
            skip(folder, f"folder cannot be read: {exc.strerror or exc}", "error")
            return
        for child in children:
            path = folder / child.name
            if child.name.startswith("."):
                skip(path, "hidden entry: not read")
                continue
            target = path
            if child.is_symlink():
                try:
                    target = path.resolve(strict=True)
                except (RuntimeError, OSError) as exc:
                    loop = isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == 40
                    skip(path, "symbolic link loop: not followed" if loop else "dangling symbolic link: its target does not exist", "error")
                    continue
                if target != root and root not in target.parents:
                    skip(path, "symbolic link to a place outside the raw folder: not followed")
                    continue
            try:
                info = os.stat(path)
            except OSError as exc:
                skip(path, f"cannot be read: {exc.strerror or exc}", "error")
                continue
            if stat.S_ISDIR(info.st_mode):
                real = target.resolve() if target is path else target
                if real in visited:
                    skip(path, "folder already read (reached again through a link): not read twice")
                    continue
                visited.add(real)
                walk(path)
            elif stat.S_ISREG(info.st_mode):
                entries.append(RawEntry(path, _relative_name(path, raw_dir)))
            else:
                kind = "FIFO" if stat.S_ISFIFO(info.st_mode) else "socket" if stat.S_ISSOCK(info.st_mode) else "device"
                skip(path, f"not a regular file ({kind}): not read")

    walk(raw_dir)
    return entries


def list_raw_files(raw_dir: Path) -> list[Path]:
    """The regular files :func:`scan_raw_dir` would read, in its order."""
    return [entry.path for entry in scan_raw_dir(raw_dir) if entry.problem is None]


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
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C, not byte by byte
    return controls / len(sample) > 0.05


# Control bytes that do not occur in text (all below 32 but tab, line feed, form feed, carriage return).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


# between a table row's cells in the text of an HTML page ("Samordnare | Anna Gustavsson | 070-…")
CELL_SEPARATOR = " | "


class _TextExtractor(HTMLParser):
    """HTML to text that keeps block structure as lines."""

    BLOCK = {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
        "tr", "table", "section", "article", "header", "footer", "blockquote",
        "pre", "dd", "dt", "hr", "main", "nav", "aside", "figure", "figcaption",
    }
    SKIP = {"script", "style", "noscript", "template", "head", "svg", "nav", "aside", "footer", "form", "button", "select"}

    CELL = {"td", "th"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0
        self._cells_in_row = 0
        self._cell_start = False  # in a table cell, before its first text
        self._row_start = 0  # the part at which the open table row begins
        self._toggles = 0  # open disclosure buttons whose text is kept (:meth:`_is_toggle`)
        self.frame: list[str] = []  # the text of the page's <title> and <footer> (skipped from its text)
        self._frame_depth = 0  # inside a <title> or <footer>
        # the text since the last block boundary: where it starts in parts, its links, its characters outside links
        self._line_start, self._line_links, self._line_plain, self._in_link = 0, 0, [], 0
        self._line_cells = False  # the line holds a table's cells

    @staticmethod
    def _is_toggle(attrs) -> bool:
        """A button that opens or closes a part of the page (an accordion's question, "<button aria-expanded=…
        aria-controls=…>Finns det barnombud?</button>"): its text is the heading of that part, not a control's
        label ("Sök", "Jag förstår") as other buttons are."""
        return any(name in ("aria-expanded", "aria-controls") for name, _ in attrs)

    def _end_line(self) -> None:
        """At a block boundary: a line of links only (two or more, maybe after a short label: "Dela: Facebook
        LinkedIn E-post", "Läs mer: A B") is the page's navigation or share buttons, no text of it."""
        if self._line_links >= 2 and not self._line_cells and _LINK_LABEL.fullmatch("".join(self._line_plain).strip()):
            # (not a table's row: a row of links, "<a>Malmö stad</a> | <a>Rapport</a>", is the table's)
            del self.parts[self._line_start:]
        self._line_start, self._line_links, self._line_plain, self._line_cells = len(self.parts), 0, [], False

    def handle_starttag(self, tag, attrs):
        if tag == "a" and not self._skip_depth:
            self._in_link += 1
            self._line_links += 1
        elif tag in self.BLOCK and not self._skip_depth:
            self._end_line()
        if tag in _FRAME or (self._frame_depth and tag in self.BLOCK):
            self._frame_depth += tag in _FRAME
            self.frame.append("\n")
        if tag == "button" and not self._skip_depth and self._is_toggle(attrs):
            self._toggles += 1
            self.parts.append("\n")
        elif tag in self.SKIP:
            self._skip_depth += 1
        elif self._skip_depth:
            return
        elif tag in self.CELL:
            self._line_cells = True
            # table cells keep their boundaries: "Samordnare | Anna Gustavsson | 070-…", never glued together
            # (a cell whose text is in paragraphs, as Word writes it, "<td><p>Svar</p></td>": the paragraph's
            # breaks at the cell's start and end are no lines, so the row stays one line)
            if self._cells_in_row:
                while len(self.parts) > self._row_start and not self.parts[-1].strip():
                    self.parts.pop()
                if len(self.parts) > self._row_start:
                    self.parts.append(CELL_SEPARATOR)
                # (else the cells before this one are empty, as a layout table's spacer cells "&nbsp;" are:
                # the row's text starts here, on a line of its own, never glued to the text above the row)
            self._cells_in_row += 1
            self._cell_start = True
        elif tag in self.BLOCK:
            if not (self._cell_start and tag in ("p", "div", "span")):
                self.parts.append("\n")
            if tag in ("tr", "table"):
                self._cells_in_row = 0
                self._cell_start = False
                self._row_start = len(self.parts)
            if tag == "li":
                self.parts.append("• ")

    def handle_endtag(self, tag):
        if tag == "a":
            self._in_link = max(0, self._in_link - 1)
        elif tag in self.BLOCK and not self._skip_depth:
            self._end_line()
        if tag in _FRAME and self._frame_depth:
            self._frame_depth -= 1
            self.frame.append("\n")
        if tag == "button" and self._toggles and not self._skip_depth:
            self._toggles -= 1
            self.parts.append("\n")
        elif tag in self.SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in self.BLOCK and not self._skip_depth:
            self.parts.append("\n")
            if tag in ("tr", "table"):
                self._cells_in_row = 0

    def handle_data(self, data):
        if self._frame_depth:
            self.frame.append(data)
        if not self._skip_depth:
            self.parts.append(re.sub(r"[ \t\r\n]+", " ", data))
            if not self._in_link:
                self._line_plain.append(data)
            self._cell_start = self._cell_start and not data.strip()


_LINK_LABEL = re.compile(r"(?:[^\W\d][\w ]{0,20}:)?[\s|·•/]*")  # what a line of links may hold besides them ("Dela:")
_FRAME = frozenset(("title", "footer"))  # the parts of a page that frame it: kept apart as its frame
MAX_FRAME = 500  # characters of a page's frame kept


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, one block per line, paragraphs separated by blank lines."""
    return html_text_and_frame(markup)[0]


def html_text_and_frame(markup: str) -> tuple[str, str]:
    """:func:`html_to_text` and the page's frame: the text of its <title> and <footer>, one line each (at most
    :data:`MAX_FRAME` characters), which the visible text leaves out."""
    parser = _TextExtractor()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient; this guards against the odd assertion
        return html.unescape(re.sub(r"<[^<>]*>", "\n", markup)), ""  # [^<>]: linear on "<<<<…"
    frame = "\n".join(" ".join(line.split()) for line in "".join(parser.frame).split("\n") if line.strip())[:MAX_FRAME]
    return _text_lines(parser), frame


def _text_lines(parser: "_TextExtractor") -> str:
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


_CHAR_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_character_references(text: str) -> str:
    """Character references in a plain-text page ("Bergstr&ouml;m", "anna&#64;x.se") as the characters they stand for.

    References to markup characters (``&lt;`` ``&gt;`` ``&amp;`` ``&quot;``
    ``&#39;``) stay as they are: the page quotes markup as text.
    """
    if "&" not in text:
        return text

    def one(match: re.Match) -> str:
        decoded = html.unescape(match.group(0))
        if len(decoded) != 1 or decoded in "<>&\"'" or decoded == match.group(0):
            return match.group(0)
        return decoded

    return _CHAR_REFERENCE.sub(one, text)


def repair_text(text: str) -> tuple[str, bool]:
    """Repair mojibake, normalise to NFC, turn no-break and odd spaces into spaces."""
    original = text
    if _MOJIBAKE.search(text):
        # fix_text decides line by line; a line whose only damage is "Ã…" needs the whole text as context
        whole = ftfy.fix_encoding(text)
        if len(_MOJIBAKE.findall(whole)) < len(_MOJIBAKE.findall(text)):
            text = whole
    fixed = _fix_text(text)
    repaired = fixed != unicodedata.normalize("NFC", original)
    if _SPACE_OR_INVISIBLE.search(fixed):  # rare: translating a text costs more than looking for them
        fixed = fixed.translate(_SPACE_LIKE).translate(_INVISIBLE)
    if "\f" in fixed:
        fixed = fixed.replace("\f", "\n")  # a form feed is a page break (pdftotext): the next page's head is a line of its own
    fixed = _clean_lines(fixed)
    return unicodedata.normalize("NFC", fixed), repaired


def _clean_lines(text: str) -> str:
    """Each line without control and format characters (:func:`_drop_controls`) and trailing white space. A text
    with neither (most pages) is given back as it is, told by three scans instead of reading it line by line:
    without line breaks and tabs it is printable (no character of category C, and no white space but the space),
    and no space or tab ends a line."""
    if (" \n" in text or "\t\n" in text or text.endswith((" ", "\t"))
            or not text.replace("\n", "").replace("\t", "").isprintable()):
        return "\n".join(_drop_controls(line).rstrip() for line in text.split("\n"))
    return text


def _drop_controls(line: str) -> str:
    """``line`` without control and format characters (Unicode category C) other than tabs."""
    if line.isprintable():  # no character of category C (nor a separator other than the space): nothing to drop
        return line
    return "".join(ch for ch in line if ch == "\t" or unicodedata.category(ch)[0] != "C")


_FTFY_CONFIG = ftfy.TextFixerConfig(
    explain=False,
    unescape_html=False,
    fix_line_breaks=True,
    normalization="NFC",
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
)
_FIXED_SEGMENTS: dict[str, str] = {}


def _fix_text(text: str) -> str:
    """``ftfy.fix_text(text, config)`` for :data:`_FTFY_CONFIG`, with each segment's fix remembered.

    ftfy fixes a text segment by segment (lines; at most ``max_decode_length``
    characters), each on its own; this is its loop, with the fixed form of
    segments already seen (headings, questions, blank lines) looked up.
    """
    config = _FTFY_CONFIG
    out = []
    pos = 0
    while pos < len(text):
        textbreak = text.find("\n", pos) + 1
        if textbreak == 0:
            textbreak = len(text)
        if (textbreak - pos) > config.max_decode_length:
            textbreak = pos + config.max_decode_length
        segment = text[pos:textbreak]
        fixed = segment if _PLAIN_SEGMENT.fullmatch(segment) else _FIXED_SEGMENTS.get(segment)
        if fixed is None and _QUIET_SEGMENT.fullmatch(segment) and not _MAYBE_MOJIBAKE.search(segment):
            fixed = segment  # (see _QUIET_SEGMENT: ftfy would give it back as it is)
        if fixed is None:
            fixed = ftfy.fix_and_explain(segment, config).text
            if len(segment) <= 1000:
                if len(_FIXED_SEGMENTS) >= 20_000:
                    _FIXED_SEGMENTS.clear()
                _FIXED_SEGMENTS[segment] = fixed
        out.append(fixed)
        pos = textbreak
    return "".join(out)


# A line of printable ASCII and the Swedish letters (all of Latin-1 from U+00C0 on, none a UTF-8 continuation byte
# in cp1252 or Latin-1) holds no mojibake, no control, nothing NFC changes: ftfy gives it back as it is.
_PLAIN_SEGMENT = re.compile("[\x20-\x7eåäöÅÄÖéÉ]*\n?")
# A segment of printable ASCII, Latin-1's upper half and the common typographic marks (dashes, curly quotes, the
# bullet, the ellipsis) in which ftfy's test for mojibake (``ftfy.badness.is_bad``) finds none is given back as it
# is: its encoding fix does nothing then, and no later step of _FTFY_CONFIG touches these characters (no C1
# control, line separator, surrogate, escape or control character among them; each is its own NFC form). Among
# these characters that test finds only two non-ASCII ones side by side, or an "Ã" or "Â" (its other patterns
# need a C1 control or "Œ"/"œ"): a segment whose every such character stands between ASCII ones ("Anna Berg –
# samordnare", "7 § HSL", "stöd för") passes it. tests/test_fast_paths.py checks both on generated segments.
_QUIET_SEGMENT = re.compile("[\x20-\x7e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]*\n?")
_MAYBE_MOJIBAKE = re.compile("[^\x00-\x7f]{2}|[ÃÂ]")
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122]")
_WORDLIKE = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]{2,}")


# a column's name: a word, maybe hyphenated or joined by "_" ("E-post", "besvarad_av"), maybe in quotes
_HEADER_FIELD = re.compile(r'(?:[^\W\d_]+(?:[-/_][^\W\d_]+)*)?|"[^\W\d_]+(?:[-/_][^\W\d_]+)*"')


def is_junk_line(line: str) -> bool:
    """A line that is no text: a scrambled e-mail string, a run of symbols.

    Such lines are long tokens without spaces whose characters are mostly
    punctuation mixed into letters (``uiqt|wBkpzq{|qvi5ziuvn...``). URLs are
    not junk.
    """
    s = line.strip()
    if len(s) < 25 or " " in s or re.match(r"(https?://|www\.)", s, re.I):
        return False
    if (";" in s or "," in s) and all(_HEADER_FIELD.fullmatch(field) for field in re.split("[;,]", s)):
        return False  # the header row of a spreadsheet exported as text: "Kommun;Stadsdel;Kontaktperson;Rapport"
    odd = sum(1 for ch in s if not (ch.isalnum() or ch in "-_./:@"))
    if odd / len(s) > 0.08:
        return True
    # no vowels-in-words structure: almost no pronounceable runs
    words = _WORDLIKE.findall(s)
    return sum(map(len, words)) / len(s) < 0.5


def content_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_document(path: Path, name: str | None = None) -> RawDocument | Problem:
    """Read one file into a clean :class:`RawDocument`, or say why it cannot be used.

    ``name`` is the name to report (default: the file name).
    """
    path = Path(path)
    name = name if name is not None else display_name(os.fsencode(path.name))
    data = read_bytes(path, name)
    if isinstance(data, Problem):
        return data
    return document_from_bytes(data, name, path.suffix.lower())


def read_bytes(path: Path, name: str) -> bytes | Problem:
    """The bytes of a page file, or why it is not read (an unsupported type is not even opened)."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return Problem(name, "ingest", f"unsupported file type '{suffix or '(none)'}': only .txt, .csv, .html and .htm are read", "skipped")  # not opened
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        return Problem(name, "ingest", f"cannot be read: {exc.strerror or exc}")


def document_from_bytes(data: bytes, name: str, suffix: str) -> RawDocument | Problem:
    """A page's bytes (as :func:`read_bytes` gives them) as a clean :class:`RawDocument`, or why it cannot be used.

    ``suffix`` is the file's lower-case suffix (``.html`` pages are read as markup).
    """
    digest, size = hashlib.sha256(data).hexdigest(), len(data)
    if not data.strip():
        return Problem(name, "ingest", "empty file", sha256=digest, size=size)
    if looks_binary(data):
        return Problem(name, "ingest", "binary content (NUL bytes or control characters), not a text page", sha256=digest, size=size)
    text, encoding = decode_bytes(data)
    entities, frame = False, ""
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        text, frame = html_text_and_frame(text)
        frame = repair_text(frame)[0] if frame else ""
    else:
        decoded = decode_character_references(text)
        entities, text = decoded != text, decoded
    text, repaired = repair_text(text)
    repaired = repaired or entities
    kept, dropped = [], []
    for line in text.split("\n"):
        (dropped if is_junk_line(line) else kept).append(line)
    text = "\n".join(kept).strip()
    if not text:
        return Problem(name, "ingest", "no readable text after cleaning", sha256=digest, size=size)
    return RawDocument(content_id(text), name, text, encoding, repaired, dropped, digest, size, frame)


def ingest(raw_dir: Path, progress=None, entries: list[RawEntry] | None = None, guard=None) -> tuple[list[RawDocument], list[Problem]]:
    """Read every entry of ``raw_dir`` (or the ``entries`` given); identical pages are kept once.

    ``progress`` is an optional callable taking the entry name, called once per
    entry; ``guard(name)`` an optional context manager each read runs in (a
    time budget): an exception it raises sets that file aside.
    """
    documents: list[RawDocument] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for entry in scan_raw_dir(raw_dir) if entries is None else entries:
        if progress:
            progress(entry.name)
        if entry.problem is not None:
            problems.append(entry.problem)
            continue
        try:
            if guard is None:
                result = read_document(entry.path, entry.name)
            else:
                with guard(entry.name):
                    result = read_document(entry.path, entry.name)
        except Exception as exc:  # noqa: BLE001 - one file never stops the build
            result = Problem(entry.name, "ingest", str(exc) if isinstance(exc, BasError) else f"reading failed: {type(exc).__name__}: {exc}")
        entry.sha256, entry.size = getattr(result, "sha256", ""), getattr(result, "size", 0)
        if isinstance(result, Problem):
            problems.append(result)
        elif result.doc_id in seen:
            problems.append(Problem(result.source_file, "ingest", f"identical copy of {seen[result.doc_id]}", "skipped"))
        else:
            seen[result.doc_id] = result.source_file
            documents.append(result)
    return documents, problems
