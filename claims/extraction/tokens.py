"""A small word tokenizer that keeps character offsets."""

from __future__ import annotations

import re
from typing import NamedTuple

# Numbers with thousands separators or decimals stay one token ("70,000", "2.5", "13.5%");
# words keep inner hyphens, apostrophes, dots and ampersands ("Dubai-based", "U.S", "don't").
_TOKEN = re.compile(r"[$£€¥]?\d+(?:[.,:]\d+)*%?|\w+(?:[-'’.&]\w+)*|[^\w\s]")


class Token(NamedTuple):
    text: str
    start: int
    end: int
    lower: str

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum() or self.text[:1] in "$£€¥"

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


_new = tuple.__new__


def tokenize(text: str, start: int, end: int) -> list[Token]:
    # tuple.__new__ skips NamedTuple's Python-level constructor: tokenising is a hot path.
    tokens = []
    append = tokens.append
    for match in _TOKEN.finditer(text, start, end):
        word = match.group()
        first, last = match.span()
        append(_new(Token, (word, first, last, word.lower())))
    return tokens
