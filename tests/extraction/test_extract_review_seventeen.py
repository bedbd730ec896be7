"""Constructions found by the seventeenth session's reading of real reporting and its blind
hunts, on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import relations

ARTICLE = "Title of the report\n\n{}\n"


@pytest.mark.parametrize(
    ("body", "later", "earlier"),
    [
        (
            "The ministry said exports rose 4 percent in the spring, while traders said they "
            "had fallen.",
            "they had fallen",
            "exports rose 4 percent in the spring",
        ),
        (
            "Water levels in the reservoir have dropped since June, the utility said. Local "
            "farmers say they have climbed steadily.",
            "they have climbed steadily",
            "Water levels in the reservoir have dropped since June",
        ),
        (
            "The regulator said average rents grew last year. The landlords' association said "
            "they shrank by 2 percent.",
            "they shrank by 2 percent",
            "average rents grew last year",
        ),
    ],
)
def test_a_pronoun_that_moves_stands_for_what_moved_before(
    body: str, later: str, earlier: str
) -> None:
    assert (later, "contradicts", earlier) in relations(ARTICLE.format(body))


@pytest.mark.parametrize(
    "body",
    [
        # the pronoun is the speaker, who cut something: no measure moved the other way
        "Enrolment rose 3 percent this year, the university said. The union said it had cut "
        "staff numbers.",
        # the same speaker goes on about its own figure
        "The company said sales rose 5 percent, and said they had fallen in Asia.",
    ],
)
def test_a_pronoun_with_an_object_or_the_same_speaker_lends_no_subject(body: str) -> None:
    # (guards: neither had a relation before the rule)
    assert relations(ARTICLE.format(body)) == []
