"""Constructions found by the thirty-first session's blind hunts (Asia-Pacific and Middle East
reporting in the styles of the South China Morning Post, the Straits Times, the Japan Times,
the Philippine Daily Inquirer, Al Jazeera and the Times of Israel; and news genres: live blogs,
court reports, investigations, explainers, local television, markets), on sentences written
for these tests."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _claims(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            claim.text,
            claim.source.text if claim.source else None,
            text[claim.cue.start : claim.cue.end] if claim.cue else None,
        )
        for claim in extract(text).claims
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "The recall follows a report last month by consumer magazine Choice that the "
            "heaters had caught fire in at least 30 homes.",
            "the heaters had caught fire in at least 30 homes",
            "consumer magazine Choice",
            "report",
        ),
        (
            "It comes days after claims by opposition councillors that the tender was rigged.",
            "the tender was rigged",
            "opposition councillors",
            "claims",
        ),
        (
            "The resignation came a week after a report in the Daily Nation that the governor "
            "had spent 40 million shillings on a new residence.",
            "the governor had spent 40 million shillings on a new residence",
            "the Daily Nation",
            "report",
        ),
        (
            "The inquiry was prompted by allegations by two former nurses that patients had been "
            "left without water for hours.",
            "patients had been left without water for hours",
            "two former nurses",
            "allegations",
        ),
    ],
)
def test_a_report_noun_with_its_author_gives_the_clause_to_the_author(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'a report by X that Y', 'claims by X that Y', 'a report in <newspaper> that Y': Y is
    X's, the noun its cue, and a sentence that only places the report in time ("follows",
    "came after", "was prompted by") says nothing of its own (it had been one claim of the
    reporter's with no claimant)."""
    assert _claims(sentence) == [(claim, source, cue)]


def test_a_fact_before_after_a_report_by_stays_the_reporters() -> None:
    """'Shares fell 5% after a report by X that Y': the fall is the reporter's fact, Y the
    report's."""
    assert _claims(
        "Shares in the airline fell 7 percent on Monday after a report by Bloomberg that it was "
        "in talks to sell its cargo arm."
    ) == [
        ("Shares in the airline fell 7 percent on Monday", None, None),
        ("it was in talks to sell its cargo arm", "Bloomberg", "report"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # (guards) no author named, or "in" a place or a time rather than a newspaper
        "The move comes amid reports that the minister will resign next week.",
        "He repeated the claims in March that the mine was unsafe.",
        "The vote followed a warning in parliament that the fund would run dry by 2030.",
    ],
)
def test_a_report_noun_without_an_author_stays_whole(sentence: str) -> None:
    """(guards) Only an author after "by", or a newspaper, channel or website after "in", is
    the report's claimant: these sentences keep what they kept."""
    claims = _claims(sentence)
    assert len(claims) == 1
    assert claims[0][1] is None


def test_a_denial_of_a_report_by_its_author_denies_the_report() -> None:
    """The authored report is a claim of its own, so the denial that follows links to it."""
    result = extract(
        "The ministry's move follows a report on Tuesday by local broadcaster TV5 that the "
        "agency had lost track of 1,200 firearms. The agency denied the report."
    )
    texts = [claim.text for claim in result.claims]
    assert texts[0] == "the agency had lost track of 1,200 firearms"
    assert result.claims[0].source.text == "local broadcaster TV5"
    denial = result.claims[1]
    assert [(relation.type, relation.target) for relation in denial.relations] == [("denies", 0)]
