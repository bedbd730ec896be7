"""Constructions found by the twenty-eighth session's reading of the Wikinews development set
and by its blind hunts, on sentences written for these tests."""

from __future__ import annotations

import pytest

from claims.extraction import extract

_STORY = (
    "The library reopened on Monday after a two-year renovation, the council said.\n\n"
    "{line}\n\n"
    "Visitors queued from early morning, staff said.\n\n"
    "The building now holds 40,000 books, according to the librarian."
)


@pytest.mark.parametrize(
    "line",
    [
        "Ada Brooks with some of the letters that have never been published.",
        "The reading room, which was closed for two years.",
        "Volunteers who helped move the collection.",
    ],
)
def test_a_caption_with_a_relative_clause_is_furniture(line: str) -> None:
    """A paragraph standing alone that is a noun phrase whose only verb is in a relative
    clause on its noun ("books that have not yet been sold") is a photo's caption, not a
    claim (it had been a claim given to the person it names)."""
    result = extract(_STORY.format(line=line))
    assert line.rstrip(".") not in [claim.text for claim in result.claims]
    assert "caption" in [span.kind for span in result.metadata.furniture]


@pytest.mark.parametrize(
    "line",
    [
        # a verb after the clause: a sentence
        "A volunteer who helped move the collection has died.",
        # a subject in the clause: the line's verb is outside any clause on a noun
        "Staff said the books that the council bought were damaged.",
    ],
)
def test_a_sentence_with_a_relative_clause_stays_a_claim(line: str) -> None:
    """(a guard) the relative clause's verb excuses only itself."""
    result = extract(_STORY.format(line=line))
    texts = [claim.text for claim in result.claims]
    assert any(text in line for text in texts), texts
