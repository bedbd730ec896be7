"""Short views of what the extractor returns, for tests that pin constructions by sentence."""

from __future__ import annotations

from claims.extraction import extract


def summary(text: str) -> list[tuple[str, str | None, str | None]]:
    """Each claim as (text, claimant as written, cue)."""
    return [
        (c.text, c.source.text if c.source else None, c.cue.text if c.cue else None)
        for c in extract(text).claims
    ]


def speakers_of(text: str) -> dict[str, str | None]:
    """Each claim's text and its claimant as written."""
    return {claim: source for claim, source, _ in summary(text)}


def resolved(text: str) -> dict[str, str | None]:
    """Each claim's text and the named speaker its claimant stands for (or is)."""
    return {
        claim.text: (claim.source.resolved or claim.source).text if claim.source else None
        for claim in extract(text).claims
    }


def relations(text: str) -> list[tuple[str, str, str]]:
    """Each relation as (claim text, type, the earlier claim's text)."""
    claims = extract(text).claims
    return [
        (claim.text, relation.type, claims[relation.target].text)
        for claim in claims
        for relation in claim.relations
    ]


def first_flags(text: str) -> list[str]:
    """The flags of the text's first claim (asserting there is one: a test over no claims
    could not fail)."""
    claims = extract(text).claims
    assert claims
    return list(claims[0].flags)
