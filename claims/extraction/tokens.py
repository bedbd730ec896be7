"""A small word tokenizer that keeps character offsets."""

from __future__ import annotations

import re
from typing import NamedTuple

# Numbers with thousands separators or decimals stay one token ("70,000", "2.5", "13.5%");
# words keep inner hyphens, apostrophes, dots and ampersands ("Dubai-based", "U.S", "don't"),
# and an en dash set as a hyphen in a compound ("private equity–backed", "Ohio–based").
# A dotted abbreviation's possessive is one word as any other's: "B.C.'s", "the U.S.'s".
_TOKEN = re.compile(
    r"[$£€¥]?\d+(?:[.,:]\d+)*%?|(?:[A-Za-z]\.){2,}['’]s\b|\w+(?:[-'’.&]\w+|–[^\W\d]\w*)*|"
    r"[^\w\s]"
)


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
        if word == "’" and _plural_possessive(text, start, first, end):
            word = "'"
        append(_new(Token, (word, first, last, word.lower())))
    return tokens


def _plural_possessive(text: str, start: int, at: int, end: int) -> bool:
    """The curly mark at ``at`` is a plural's apostrophe, not a closing quotation mark:
    "audits operators’ testing programs", "the drivers’ licences" - right after an "s", a word
    after it, and no single quotation opened before it (not "the ‘fake news’ claims"). Read
    as the straight apostrophe it stands for (it had ended the stretch before a verb, as a
    quotation's close does, and lost the sentence its speaker)."""
    return (
        at > start
        and text[at - 1] in "sS"
        and at + 2 < end
        and text[at + 1] == " "
        and text[at + 2].isalpha()
        and text.rfind("‘", start, at) <= text.rfind("’", start, at)
    )


class WordMemo(dict):
    """A per-word memo: ``memo[word]`` computes ``compute(word)`` once, then is a plain dict
    lookup (C speed, unlike a functools.lru_cache call). Words repeat heavily in any text
    (Zipf), so per-article and per-process hit rates are high. Only single words are keys,
    never sentences, so the memo does not flatter a benchmark that repeats paragraphs. It is
    emptied when it grows past ``limit`` so a long-running process stays bounded.
    """

    def __init__(self, compute, limit: int = 100_000) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def __missing__(self, word: str):
        if len(self) >= self.limit:
            self.clear()
        value = self[word] = self.compute(word)
        return value


class HintIndex:
    """Which of several hint lists occur in a lowered text, for many lists at once.

    ``contains_any`` pays one ``in`` test over the whole text per hint (about 0.1 us), and a
    sentence meets some seventy hints (the cue verb forms, the hedging, anonymity and
    verification hints ...). A hint without whitespace occurs in a text exactly when it
    occurs in one of the text's whitespace-separated chunks, so what each chunk contains is
    worked out once per chunk (a per-word memo: chunks repeat like words do) and a text costs
    a split and a dict lookup per chunk. Only the hints with a space in them ("may ",
    "said to") are still looked for in the whole text.

    A module registers its lists at import time with ``add``, which gives the list's bit;
    ``find(lowered)`` gives the bits of the lists with a hint in ``lowered``.
    """

    def __init__(self) -> None:
        self._chunk_hints: list[tuple[int, str]] = []  # (bit, hint) for whitespace-free hints
        self._spaced_hints: list[tuple[int, str]] = []
        self._word_bits: dict[str, int] = {}  # whole words (add_words): word -> bits
        self._lists = 0
        self._chunks = WordMemo(self._chunk_bits)

    def add(self, hints: tuple[str, ...]) -> int:
        bit = 1 << self._lists
        self._lists += 1
        for hint in hints:
            spaced = hint != "".join(hint.split())
            (self._spaced_hints if spaced else self._chunk_hints).append((bit, hint))
        self._chunks.clear()  # memoised before this list existed
        return bit

    def add_words(self, hints: frozenset[str]) -> int:
        """A list of whole words (lowered): found when a token of the text is one of them,
        not inside a longer word ("read" is not in "already", "note" not in "notebook")."""
        bit = 1 << self._lists
        self._lists += 1
        for word in hints:
            self._word_bits[word] = self._word_bits.get(word, 0) | bit
        self._chunks.clear()
        return bit

    def _chunk_bits(self, chunk: str) -> int:
        bits = 0
        for bit, hint in self._chunk_hints:
            if hint in chunk:
                bits |= bit
        if self._word_bits:
            for word in _TOKEN.findall(chunk):
                bits |= self._word_bits.get(word, 0)
        return bits

    def find(self, lowered: str) -> int:
        bits = 0
        for chunk_bits in map(self._chunks.__getitem__, lowered.split()):
            bits |= chunk_bits
        for bit, hint in self._spaced_hints:
            if not bits & bit and hint in lowered:
                bits |= bit
        return bits


# The hints read once per sentence (pipeline.SentenceFacts.hints): flags and attribution add
# their lists here.
SENTENCE_HINTS = HintIndex()


def contains_any(lowered: str, hints: tuple[str, ...]) -> bool:
    """Does ``lowered`` contain one of the substrings ``hints``? The cheap test that guards a
    slow regular expression. A plain loop of ``in`` tests beats both ``any(<generator>)`` and
    one compiled alternation of the hints (measured: 0.5-2.3 us against 1-4 us a sentence)."""
    for hint in hints:  # noqa: SIM110 - faster than any() over a generator
        if hint in lowered:
            return True
    return False


# str.lower() and a case-insensitive pattern agree on which ASCII letter a character is, except
# for three characters: IGNORECASE matches "i" to "İ" (which lowers to "i" + U+0307) and to
# "ı", and "s" to "ſ" (the Kelvin sign matches "k" and lowers to "k" too). Checked over every
# code point.
_CASE_TRAPS = ("\u0307", "ı", "ſ")


def has_case_traps(lowered: str) -> bool:
    """Could a case-insensitive pattern read an ASCII letter in ``lowered`` where
    ``lowered`` itself has none? Only then is a substring guard on ``lowered`` in front of
    such a pattern not exact. False at once for ASCII text."""
    return not lowered.isascii() and contains_any(lowered, _CASE_TRAPS)
