"""Constructions found by the thirty-fourth session on the development sets and by its blind
hunts (relations above all), on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import resolved as _resolved


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "Brandwell said it would cut 4,000 jobs. The union said the cuts were unlawful.",
            "the cuts were unlawful",
            "The union",
        ),
        (
            "Unite called a strike on Monday. Kessling said it would shut the plant. The "
            "union said the closure had been planned for a year.",
            "the closure had been planned for a year",
            "The union",
        ),
        (
            "The pollster Ridgeway said 2 million had marched. The unions claimed more than 3 "
            "million.",
            "more than 3 million",
            "The unions",
        ),
        # guards: a name the text calls a union is one
        (
            "IG Druck, the country's largest printing union, said its members would strike. "
            "Harlow Motors said it would shut the plant. The union said the closure had been "
            "planned for a year.",
            "the closure had been planned for a year",
            "IG Druck",
        ),
        (
            "Workers at the plant are represented by the union Solvena. Solvena said 300 jobs "
            "would go. The union said talks had broken down.",
            "talks had broken down",
            "Solvena",
        ),
    ],
)
def test_the_union_is_no_company_named_bare(text: str, claim: str, speaker: str) -> None:
    """A union is named as one; the company that spoke before is not what "the union" stands
    for - left as written when no union spoke (the last two are guards: passed before)."""
    assert _resolved(text)[claim] == speaker
