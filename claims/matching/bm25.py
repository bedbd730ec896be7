"""Okapi BM25 over an in-memory inverted index: the matcher's first pass, and the plain
baseline it is measured against.

Adding a document costs its terms; a query reads only the postings of its own terms, so ranking
1,000 queries against 10,000 claims takes well under a second of index work. The postings are
made when a second query comes: an index asked once (the desk builds one over each claim's few
dozen candidates) reads its documents for the query's terms instead, which costs less than
indexing every term of every document.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain


class BM25Index:
    def __init__(self, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._documents: list[Mapping[str, int]] = []  # each document's terms, counted
        self._lengths: list[int] = []
        self._total_length = 0
        # Each worked out when first needed, for the documents added until then.
        self._frequency: Counter[str] = Counter()  # how many documents each term is in
        self._frequency_upto = 0
        self._postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._postings_upto = 0
        self._queries = 0
        self._idf: _IdfTable | None = None  # dropped when a document comes
        self._norm_cache: list[float] = []

    def __len__(self) -> int:
        return len(self._lengths)

    def add(self, terms: Sequence[str]) -> int:
        """Index one document's terms; returns its position (0, 1, 2 ...)."""
        return self.add_counted(Counter(terms))

    def add_counted(self, counts: Mapping[str, int]) -> int:
        """``add`` for a document whose terms are counted already (term -> times; kept, not
        copied)."""
        position = len(self._lengths)
        self._documents.append(counts)
        length = sum(counts.values())
        self._lengths.append(length)
        self._total_length += length
        self._idf = None
        return position

    def idf_table(self) -> Mapping[str, float]:
        """The idf of any term, as a mapping: ``sum(map(table.__getitem__, terms))`` looks up
        the terms already worked out without a Python call each (the matcher sums a claim's
        idf for every candidate it judges)."""
        if self._idf is None:
            self._idf = _IdfTable(len(self._lengths), self._document_frequency())
        return self._idf

    def _document_frequency(self) -> Counter[str]:
        if self._frequency_upto != len(self._documents):
            self._frequency.update(chain.from_iterable(self._documents[self._frequency_upto :]))
            self._frequency_upto = len(self._documents)
        return self._frequency

    def _all_postings(self) -> dict[str, list[tuple[int, int]]]:
        postings = self._postings
        for position in range(self._postings_upto, len(self._documents)):
            for term, count in self._documents[position].items():
                postings[term].append((position, count))
        self._postings_upto = len(self._documents)
        return postings

    def scores(self, terms: Iterable[str]) -> dict[int, float]:
        """BM25 score of every document sharing a term with the query."""
        if not self._lengths:
            return {}
        norms = self._norms()
        scale = self.k1 + 1
        idf = self.idf_table()
        frequency = self._document_frequency()
        query = {term: count for term, count in Counter(terms).items() if frequency[term]}
        self._queries += 1
        first = self._queries == 1  # it reads the documents for its own terms
        postings = self._postings_of(query.keys()) if first else self._all_postings()
        totals: dict[int, float] = defaultdict(float)
        for term, query_count in query.items():
            weight = idf[term] * query_count * scale
            for position, count in postings[term]:
                totals[position] += weight * count / (count + norms[position])
        return totals

    def _postings_of(self, terms: Iterable[str]) -> dict[str, list[tuple[int, int]]]:
        """The postings of these terms only, read from the documents (for the first query)."""
        postings: dict[str, list[tuple[int, int]]] = {term: [] for term in terms}
        wanted = postings.keys()
        for position, counts in enumerate(self._documents):
            for term in counts.keys() & wanted:
                postings[term].append((position, counts[term]))
        return postings

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

    def __init__(self, documents: int, frequency: Mapping[str, int]) -> None:
        super().__init__()
        self._documents = documents
        self._frequency = frequency

    def __missing__(self, term: str) -> float:
        frequency = self._frequency.get(term, 0)
        value = self[term] = math.log(1 + (self._documents - frequency + 0.5) / (frequency + 0.5))
        return value
