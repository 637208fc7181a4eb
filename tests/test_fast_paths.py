"""The build's faster paths give exactly what the plain ones gave (issue 13: same tables, less time).

ftfy's fix remembered per line (ingest), control characters dropped line by
line, and the e-mail pattern tried only on texts holding an "at" (redact):
each is compared with the plain computation on made-up and hostile text.
"""
from __future__ import annotations

import unicodedata

import ftfy
from hypothesis import given, settings
from hypothesis import strategies as st

from bas_analysis import ingest, redact

# letters of Swedish pages, mojibake pieces, line breaks of every kind, controls, odd spaces, at-signs
ALPHABET = st.sampled_from(
    list("abcåäöÅÄÖé ,.-:@\n\t") + ["Ã¥", "Ã¤", "Ã¶", "Ã…", "â€“", "\r\n", "\r", "\u2028", "\x85", "\x00", "\x1b[31m",
                                    "\u200b", "\ufeff", "\u00a0", "\ud800", "&#64;", " [at] ", " snabel-a ", "(a)"]
)
TEXTS = st.lists(ALPHABET, max_size=60).map("".join)


def plain_fix_text(text: str) -> str:
    return ftfy.fix_text(text, unescape_html=False, fix_line_breaks=True, normalization="NFC", uncurl_quotes=False,
                         fix_latin_ligatures=False, fix_character_width=False)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_remembered_ftfy_fix_is_ftfy(text):
    assert ingest._fix_text(text) == plain_fix_text(text)
    assert ingest._fix_text(text) == plain_fix_text(text)  # the second time from memory


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_controls_dropped_line_by_line_as_character_by_character(text):
    plain = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
    assert "\n".join(ingest._drop_controls(line) for line in text.split("\n")) == plain


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_every_address_holds_an_at(text):
    """The probe may only skip texts in which the full pattern finds nothing."""
    if redact._EMAIL_RE.search(text):
        assert redact._AT_RE.search(text)


def test_obfuscated_addresses_are_still_found():
    for address in ["anna.berg@region.se", "anna.berg [at] region [dot] se", "anna.berg(a)region.se",
                    "anna.berg snabel-a region punkt se", "anna.berg&#64;region.se", "anna.berg＠region.se"]:
        assert redact.EMAIL in redact.redact_text(f"Kontakt: {address} för frågor."), address
