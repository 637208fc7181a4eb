"""A scan for a pattern that begins with a look-behind for one character, the look-behind checked by hand.

Used where a page-long scan of such a pattern is frequent (years in :mod:`.parse.waves`, name pairs in
:mod:`.redact.spelled`): the body alone, which begins with a character or a set, lets the engine skip ahead.
"""

from __future__ import annotations

import re


class BehindChecked:
    """``finditer`` of a pattern that begins with a look-behind for one character (``(?<!\\d)``), the look-behind
    checked by hand: a scan for a pattern that begins with a look-behind tries it at every position, one for its
    body (which begins with "19"/"20", or with a capital letter) skips ahead.

    The body's first match from a position, where its start follows no such character, is the pattern's first
    match from there: a start after one fails the look-behind and the scan goes on from the next position, as
    the pattern's own scan does (tests/test_parse_fast_paths.py compares them). The match is the body's, so its
    groups are the pattern's."""

    def __init__(self, pattern: re.Pattern):
        behind = re.match(r"\(\?<!(\\d|\[[^\]]*\])\)", pattern.pattern)  # (?<!\d) or (?<![...])
        assert behind, pattern.pattern
        self.pattern = pattern
        self.body = re.compile(pattern.pattern[behind.end():], pattern.flags)
        self.after = re.compile(behind.group(1), pattern.flags)

    def finditer(self, text: str):
        position = 0
        while True:
            m = self.body.search(text, position)
            if m is None:
                return
            start = m.start()
            if start and self.after.match(text, start - 1):
                position = start + 1
                continue
            yield m
            position = m.end()  # never empty
