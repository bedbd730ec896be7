"""Okapi BM25 over an in-memory inverted index: the matcher's first pass, and the plain
baseline it is measured against.

Adding a document costs its terms; a query reads only the postings of its own terms, so ranking
1,000 queries against 10,000 claims takes well under a second of index work.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence


class BM25Index:
    def __init__(self, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._lengths: list[int] = []
        self._total_length = 0
        self._idf: _IdfTable | None = None  # worked out on first use; dropped when a document comes
        self._norm_cache: list[float] = []

    def __len__(self) -> int:
        return len(self._lengths)

    def add(self, terms: Sequence[str]) -> int:
        """Index one document's terms; returns its position (0, 1, 2 ...)."""
        return self.add_counted(Counter(terms))

    def add_counted(self, counts: Mapping[str, int]) -> int:
        """``add`` for a document whose terms are counted already (term -> times)."""
        position = len(self._lengths)
        postings = self._postings
        for term, count in counts.items():
            postings[term].append((position, count))
        length = sum(counts.values())
        self._lengths.append(length)
        self._total_length += length
        self._idf = None
        return position

    def idf(self, term: str) -> float:
        return self.idf_table()[term]

    def idf_table(self) -> Mapping[str, float]:
        """The idf of any term, as a mapping: ``sum(map(table.__getitem__, terms))`` looks up
        the terms already worked out without a Python call each (the matcher sums a claim's
        idf for every candidate it judges)."""
        if self._idf is None:
            self._idf = _IdfTable(len(self._lengths), self._postings)
        return self._idf

    def scores(self, terms: Iterable[str]) -> dict[int, float]:
        """BM25 score of every document sharing a term with the query."""
        if not self._lengths:
            return {}
        norms = self._norms()
        scale = self.k1 + 1
        totals: dict[int, float] = defaultdict(float)
        for term, query_count in Counter(terms).items():
            postings = self._postings.get(term)
            if not postings:
                continue
            weight = self.idf(term) * query_count * scale
            for position, count in postings:
                totals[position] += weight * count / (count + norms[position])
        return totals

    def _norms(self) -> list[float]:
        """k1 (1 - b + b |d| / avg |d|) per document, worked out once per index size."""
        if len(self._norm_cache) != len(self._lengths):
            average = self._total_length / len(self._lengths)
            k1, b = self.k1, self.b
            self._norm_cache = [k1 * (1 - b + b * length / average) for length in self._lengths]
        return self._norm_cache

    def top(self, terms: Iterable[str], k: int) -> list[tuple[int, float]]:
        """The ``k`` best documents as (position, score), best first (ties: earlier first)."""
        best = heapq.nsmallest(
            k, ((-score, position) for position, score in self.scores(terms).items())
        )
        return [(position, -negative) for negative, position in best]


class _IdfTable(dict):
    """idf by term for an index of ``documents`` documents, each worked out when first asked."""

    def __init__(self, documents: int, postings: Mapping[str, list]) -> None:
        super().__init__()
        self._documents = documents
        self._postings = postings

    def __missing__(self, term: str) -> float:
        frequency = len(self._postings.get(term, ()))
        value = self[term] = math.log(1 + (self._documents - frequency + 0.5) / (frequency + 0.5))
        return value
