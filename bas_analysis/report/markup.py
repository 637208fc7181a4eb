"""Markup: the small pieces of HTML the report pages are made of, every text escaped.

In:  text and DataFrames (answer text, quotes, names: anything a page may contain).
Out: :class:`HTMLBlock` strings (Jupyter shows them as HTML): notes, paragraphs,
     links and tables. A table sits in a box that scrolls sideways on its own
     when it is wider than the page, so the text around it never does; number
     cells do not break. Only an :class:`HTMLBlock` passes into a cell unescaped:
     it was made here from escaped text.
"""
from __future__ import annotations

import html
import re

import pandas as pd


class HTMLBlock(str):
    """HTML made here from escaped text; Jupyter shows it as HTML."""

    def _repr_html_(self) -> str:
        return str(self)


def esc(text) -> str:
    """``text`` escaped for HTML; "" for None and NA."""
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    return html.escape(str(text))


def markdown_escape(text: str) -> str:
    """Backslash-escape what Markdown (and MathJax) would read as markup."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|$<>~])", r"\\\1", str(text))


def note(text: str, warn: bool = False) -> HTMLBlock:
    css = "bas-note bas-warn" if warn else "bas-note"
    return HTMLBlock(f'<p class="{css}">{esc(text)}</p>')


def paragraphs(texts: list[str], css: str = "") -> HTMLBlock:
    attr = f' class="{css}"' if css else ""
    return HTMLBlock("".join(f"<p{attr}>{esc(t)}</p>" for t in texts if t))


def link(href: str, text: str) -> HTMLBlock:
    """A link to a page of the report set (a relative file name, maybe with ``#anchor``)."""
    return HTMLBlock(f'<a href="{html.escape(href, quote=True)}">{esc(text)}</a>')


def _cell(value) -> str:
    return str(value) if isinstance(value, HTMLBlock) else esc(value)


def _is_number_column(series: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype)


def _columns_and_rows(frame) -> tuple[list[str], list[tuple], set[str]]:
    """Columns, rows and number columns of a DataFrame, a dict of columns or a list of row dicts.

    A dict or list keeps its cells as they are (pandas would turn an :class:`HTMLBlock` into a plain str).
    """
    if isinstance(frame, pd.DataFrame):
        numeric = {c for c in frame.columns if _is_number_column(frame[c])}
        return list(frame.columns), list(frame.itertuples(index=False)), numeric
    if isinstance(frame, dict):
        columns = list(frame)
        return columns, list(zip(*(frame[c] for c in columns))), set()
    rows = list(frame)
    columns = list(rows[0]) if rows else []
    return columns, [tuple(row.get(c) for c in columns) for row in rows], set()


def table(frame, caption: str = "", numbers: tuple[str, ...] = (), row_ids: list[str] | None = None,
          label: str = "") -> HTMLBlock:
    """A table (DataFrame, dict of columns or list of row dicts) as HTML: every cell escaped, an
    :class:`HTMLBlock` cell kept as it is.

    Number columns (numeric dtypes of a DataFrame, and the columns named in
    ``numbers``) are aligned right and never broken. ``row_ids`` gives each row
    an ``id`` to link to. The table's box has an accessible name (``label``,
    else the caption) and can be scrolled with the keyboard when it is wider
    than the page.
    """
    columns, records, numeric = _columns_and_rows(frame)
    numeric |= {c for c in columns if c in numbers}
    head = "".join(f'<th scope="col"{" class=bas-num" if c in numeric else ""}>{esc(c)}</th>' for c in columns)
    rows = []
    for i, record in enumerate(records):
        cells = "".join(f'<td{" class=bas-num" if c in numeric else ""}>{_cell(v)}</td>' for c, v in zip(columns, record))
        row_id = f' id="{html.escape(row_ids[i], quote=True)}"' if row_ids and row_ids[i] else ""
        rows.append(f"<tr{row_id}>{cells}</tr>")
    caption_html = f"<caption>{esc(caption)}</caption>" if caption else ""
    name = html.escape(label or caption or (str(columns[0]) if columns else "Tabell"), quote=True)
    return HTMLBlock(
        f'<div class="bas-table-wrap" role="region" aria-label="{name}" tabindex="0">'
        f'<table class="bas-table">{caption_html}<thead><tr>{head}</tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></div>'
    )
