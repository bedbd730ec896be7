"""Constructions found by the sixteenth session's blind hunts of science, health and business
news (hunt 25), US newspapers (hunt 23) and British outlets (hunt 24), on sentences written for
these tests."""

from __future__ import annotations

import pytest
from claim_views import speakers_of, summary

ARTICLE = "Title of the report\n\n{}\n"


def _summary(body: str) -> list[tuple[str, str | None, str | None]]:
    return summary(ARTICLE.format(body))


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker", "cue"),
    [
        (
            "The treasury's forecasters projected in May that borrowing would fall to 3.4% "
            "of output by 2029.",
            "borrowing would fall to 3.4% of output by 2029",
            "The treasury's forecasters",
            "projected",
        ),
        (
            "Transport planners projected that ferry traffic would double within a decade.",
            "ferry traffic would double within a decade",
            "Transport planners",
            "projected",
        ),
        (
            "A study paid for by the growers' council put the losses much higher, projecting "
            "that 12,000 farms would fold by 2031.",
            "12,000 farms would fold by 2031",
            "A study",
            "projecting",
        ),
    ],
)
def test_projected_that_reports_a_forecast(
    sentence: str, claim: str, speaker: str, cue: str
) -> None:
    assert (claim, speaker, cue) in _summary(sentence)


def test_projected_without_that_is_no_cue() -> None:
    # (a guard: the adjective and the noun were no cue before)
    claims = _summary(
        "The projected shortfall of 2% alarmed the council. Two bridge projects were postponed."
    )
    assert all(cue is None for _, _, cue in claims), claims


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        ("Sainsbury's said its fresh food sales rose 6% over Christmas.",
         "its fresh food sales rose 6% over Christmas", "Sainsbury's"),
        ("Ratings agency Moody's said the province's debt was no longer sustainable.",
         "the province's debt was no longer sustainable", "Ratings agency Moody's"),
        ("McDonald's told franchisees it would cut its menu by a fifth.",
         "it would cut its menu by a fifth", "McDonald's"),
        ("Exports slowed in March, Standard & Poor's said on Friday.",
         "Exports slowed in March", "Standard & Poor's"),
    ],
)  # fmt: skip
def test_a_name_ending_in_a_possessive_speaks(sentence: str, claim: str, speaker: str) -> None:
    assert speakers_of(ARTICLE.format(sentence)).get(claim) == speaker


def test_a_contracted_has_before_said_is_no_part_of_the_speaker() -> None:
    # (a guard: "He's said" was read before)
    assert speakers_of(ARTICLE.format("He's said the bridge will reopen in May.")) == {
        "the bridge will reopen in May": "He"
    }


def test_a_possessive_before_a_noun_is_no_speaker() -> None:
    # (a guard: "the surgeon's claim", "the agency's estimated cost" are nouns)
    claims = _summary("The agency's estimated cost of the scheme was 4 million euros.")
    assert claims == [("The agency's estimated cost of the scheme was 4 million euros", None, None)]
