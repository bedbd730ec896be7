"""The text as the rules read it: typographic variants written one way, same length.

Archives write quotation marks in ways the rules do not read: two apostrophes (''like
this''), or TeX-style backticks (``like this''). ``reading_view`` rewrites each such pair of
characters as one double quote mark and one space, so every offset into the view is an
offset into the original text: the stages read the view, and every span the pipeline returns
is sliced from the original. An opening pair becomes ' "' (the space before the mark), a
closing pair '" ' (the space after it), so the quoted words keep their offsets.
"""

from __future__ import annotations

import re

_TWO_MARKS = re.compile(r"''|``")
# After one of these, a pair of apostrophes closes a quotation ("it is,''" / "illegal.''").
_BEFORE_CLOSING = frozenset(".,;:!?…)]-—–")


def reading_view(text: str) -> str:
    """``text`` with two apostrophes or two backticks as a double quote mark (same length)."""
    if "''" not in text and "``" not in text:
        return text  # nearly every article: no copy
    pieces: list[str] = []
    cursor = 0
    for match in _TWO_MARKS.finditer(text):
        start, end = match.span()
        pieces.append(text[cursor:start])
        pieces.append(' "' if _opens(text, start, end, match[0]) else '" ')
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _opens(text: str, start: int, end: int, marks: str) -> bool:
    if marks == "``":
        return True
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or before in _BEFORE_CLOSING:
        return False
    return not after.isspace()
