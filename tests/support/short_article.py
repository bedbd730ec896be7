"""A six-word article body and claims on its words, for tests about claims rather than about
extraction (the dashboard, its kept counts)."""

from __future__ import annotations

from claims.models import Claim

BODY = "One. Two. Three. Four. Five. Six."


def claim_on_body(article, ordinal: int, **fields) -> Claim:
    """An unsaved claim on the ``ordinal``-th word of BODY (1 to 6)."""
    start = (ordinal - 1) * 5
    return Claim(
        article=article,
        ordinal=ordinal,
        text=BODY[start : start + 4],
        start=start,
        end=start + 4,
        sentence_start=start,
        sentence_end=start + 4,
        **fields,
    )
