"""Constructions found by the twenty-fourth session's blind hunts and the constructions the
twenty-third session left open, on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import first_flags, speakers_of

from claims.extraction.flags import has_statistic


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            "The lender, Banco Sur, formerly Caja Rural, denied that it had misled savers.",
            "Banco Sur",
            "it had misled savers",
        ),
        (
            "The party, previously National Renewal, said it had 40,000 members.",
            "The party",
            "it had 40,000 members",
        ),
        (
            "Halden Rail, formerly Northern Freight, said the line would reopen in May.",
            "Halden Rail",
            "the line would reopen in May",
        ),
    ],
)
def test_a_former_name_in_apposition_is_set_off(text: str, claimant: str, claim: str) -> None:
    """ ", formerly X," / ", previously X,": the body's old name between commas is an aside, not
    the end of the sentence's subject (the whole sentence had been the reporter's)."""
    assert speakers_of(text) == {claim: claimant}


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Police cited the driver four times for speeding, court records show.",
            "Police cited the driver four times for speeding",
            "court records",
        ),
        (
            "The inspectors cited the company for 14 safety violations last year.",
            "The inspectors cited the company for 14 safety violations last year",
            None,
        ),
        (
            "The judge cited him for contempt of court.",
            "The judge cited him for contempt of court",
            None,
        ),
    ],
)
def test_cited_for_an_offence_is_no_source_cited(
    text: str, claim: str, claimant: str | None
) -> None:
    """ "cited the driver for speeding": whom an officer cites, and for what - the sentence is a
    fact (the reporter's, or the records'), not the officer's claim "the driver for speeding"."""
    assert speakers_of(text) == {claim: claimant}


def test_citing_a_report_or_a_reason_is_still_a_source() -> None:
    """(a guard) What a speaker cites - a report, costs - stays the speaker's."""
    assert speakers_of("The minister cited the report as evidence that the policy worked.") == {
        "the report as evidence that the policy worked": "The minister"
    }
    assert speakers_of("The company cited rising costs for the price increase.") == {
        "rising costs for the price increase": "The company"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The licence costs one euro a year, the council said.",
        "Workers are paid a dollar a day, the union said.",
        "The wall rose by one metre in a decade, the survey found.",
    ],
)
def test_one_of_a_currency_or_unit_in_words_is_a_figure(text: str) -> None:
    """ "one euro a year", "a dollar a day", "one metre": an amount written in words."""
    assert "statistic" in first_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm had never borrowed a cent from the bank.",
        "The army would not give up one metre of the ridge.",
        "They did not pay a single rupee in tax.",
    ],
)
def test_not_a_cent_or_one_inch_is_no_amount(text: str) -> None:
    """(guards of the rule above) After a negation, one of a unit is the idiom for none at all."""
    assert not has_statistic(text)
    assert "statistic" not in first_flags(text)
