"""The article text cut into runs for display: each claim's span highlighted, with its claimant
and cue marked, whatever order and overlap the spans come in.

Shared by the admin's article page and the editors' dashboard (templates/claims/
_highlighted_article.html renders it). The text is never marked safe here: templates escape it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

_HEADING_LINE = re.compile(r"[ \t]*([^\n]*)(?:\n\s*|$)")


@dataclass(slots=True)
class Piece:
    text: str
    is_claimant: bool = False
    is_cue: bool = False


@dataclass(slots=True)
class Run:
    """A stretch of text that belongs to one claim (or to none)."""

    claim: object | None
    pieces: list[Piece] = field(default_factory=list)


def _plain(text: str) -> str:
    return " ".join(text.split()).strip(" .:;,-\u2013\u2014").casefold()


def after_title(body: str, title: str, claims: Iterable) -> int:
    """Where the article's text starts below its heading: past the body's first line when that
    line is the title shown above it (a pasted or fetched story usually begins with its
    headline), unless a claim, claimant or cue was found in that line. Else 0."""
    line = _HEADING_LINE.match(body)
    if line is None or not line.group(1).strip() or _plain(line.group(1)) != _plain(title):
        return 0
    end = line.end()
    for claim in claims:
        for kind in ("", "claimant_", "cue_"):
            start = getattr(claim, f"{kind}start")
            if start is not None and start < end:
                return 0
    return end


def highlight(body: str, claims: Iterable, *, begin: int = 0) -> list[Run]:
    """Cut `body[begin:]` at every claim, claimant and cue boundary; O(n log n) in the spans."""
    claims = list(claims)
    boundaries = {begin, len(body)}
    claim_spans = []
    marks: list[tuple[int, int, str]] = []
    for claim in claims:
        if begin <= claim.start < claim.end <= len(body):
            claim_spans.append((claim.start, claim.end, claim))
            boundaries.update((claim.start, claim.end))
        for kind in ("claimant", "cue"):
            start, end = getattr(claim, f"{kind}_start"), getattr(claim, f"{kind}_end")
            if start is not None and end is not None and begin <= start < end <= len(body):
                marks.append((start, end, kind))
                boundaries.update((start, end))
    points = sorted(point for point in boundaries if point >= begin)
    # Which claim and which marks cover each elementary piece [points[i], points[i+1]).
    owner: list[object | None] = [None] * (len(points) - 1)
    owner_length = [len(body) + 1] * (len(points) - 1)
    marked: list[set[str]] = [set() for _ in owner]
    index_of = {point: index for index, point in enumerate(points)}
    for start, end, claim in claim_spans:
        # Where manual claims overlap, the shorter (more specific) claim owns the text.
        for index in range(index_of[start], index_of[end]):
            if end - start < owner_length[index]:
                owner[index], owner_length[index] = claim, end - start
    for start, end, kind in marks:
        for index in range(index_of[start], index_of[end]):
            marked[index].add(kind)

    runs: list[Run] = []
    for index, (start, end) in enumerate(pairwise(points)):
        if start == end:
            continue
        piece = Piece(body[start:end], "claimant" in marked[index], "cue" in marked[index])
        if runs and runs[-1].claim is owner[index]:
            runs[-1].pieces.append(piece)
        else:
            runs.append(Run(owner[index], [piece]))
    return runs


@dataclass(slots=True)
class _Shifted:
    """A claim's spans moved into the coordinates of a slice of the body."""

    original: object
    start: int
    end: int
    claimant_start: int | None
    claimant_end: int | None
    cue_start: int | None
    cue_end: int | None


def highlight_excerpt(body: str, claim, start: int, end: int) -> list[Run]:
    """`highlight` over body[start:end] for one claim (its sentence, on the claim's page)."""

    def moved(offset: int | None) -> int | None:
        return None if offset is None else offset - start

    shifted = _Shifted(
        claim,
        claim.start - start,
        claim.end - start,
        moved(claim.claimant_start),
        moved(claim.claimant_end),
        moved(claim.cue_start),
        moved(claim.cue_end),
    )
    runs = highlight(body[start:end], [shifted])
    for run in runs:
        if run.claim is shifted:
            run.claim = claim
    return runs
