"""Constructions found by the twenty-sixth session's blind hunts (2016 campaign news, the Wall
Street Journal of 1989, news analysis, long-form features), on sentences written for these
tests."""

from __future__ import annotations

import pytest
from claim_views import speakers_of

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            "Stephen Mertz, an analyst with Goldman, Sachs & Co., said he believes the stock "
            "is cheap.",
            "Stephen Mertz",
            "he believes the stock is cheap",
        ),
        (
            "Margaret Ellison, an economist at Smith Barney, Harris Upham & Co., said rates "
            "would fall.",
            "Margaret Ellison",
            "rates would fall",
        ),
        (
            "The bank hired Skadden, Arps, Slate, Meagher & Flom, a lawyer close to the bank said.",
            "a lawyer close to the bank",
            "The bank hired Skadden, Arps, Slate, Meagher & Flom",
        ),
    ],
)
def test_a_firm_named_for_its_partners_keeps_its_commas(
    text: str, claimant: str, claim: str
) -> None:
    """ "an analyst with Goldman, Sachs & Co., said": the comma between the partners' names is
    no apposition's (the claimant had been "Sachs & Co.", and a later "he" resolved to it; the
    fourth case, a date before a firm's name, a guard)."""
    assert speakers_of(text) == {claim: claimant}


def test_a_pronoun_after_a_partners_firm_is_the_analyst() -> None:
    text = (
        "Stephen Mertz, an analyst with Kidder, Peabody & Co., said the stock is cheap. He "
        "cautioned that earnings could slip."
    )
    claims = extract(text).claims
    assert claims[1].source.text == "He"
    assert claims[1].source.resolved.text == "Stephen Mertz"


@pytest.mark.parametrize(
    ("text", "claimant", "claim", "act"),
    [
        (
            "Donald J. Trump on Monday escalated his attacks on the election, telling "
            "supporters in Colorado that the vote was being rigged.",
            "Donald J. Trump",
            "the vote was being rigged",
            "Donald J. Trump on Monday escalated his attacks on the election",
        ),
        (
            "George W. Bush on Friday broke his silence, telling friends that he would not "
            "vote for either candidate.",
            "George W. Bush",
            "he would not vote for either candidate",
            "George W. Bush on Friday broke his silence",
        ),
    ],
)
def test_a_middle_initial_stays_in_the_subject_of_a_participle(
    text: str, claimant: str, claim: str, act: str
) -> None:
    """ "Donald J. Trump on Monday escalated ..., telling X that Y": the initial's full stop is
    inside the name, as a title's is (the whole sentence had been the reporter's)."""
    assert speakers_of(text) == {act: None, claim: claimant}


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            "The campaign did not respond to requests for comment, and Steven Cheung, a "
            "spokesman, later suggested that the report was fabricated.",
            "Steven Cheung",
            "the report was fabricated",
        ),
        (
            "The ministry declined to comment, but Ana Ruiz, its deputy head, said that the "
            "talks had stalled.",
            "Ana Ruiz",
            "the talks had stalled",
        ),
        (
            "Prices rose in May, while Anna Berg, an economist at Nordea, said the rise would "
            "not last.",
            "Anna Berg",
            "the rise would not last",
        ),
    ],
)
def test_a_name_after_a_conjunction_and_its_apposition_speaks(
    text: str, claimant: str, claim: str
) -> None:
    """ "A did not comment, and NAME, a spokesman, said that Y": the conjunction opens a clause
    of its own; its subject is the name (the claimant had been the whole clause before)."""
    assert speakers_of(text)[claim] == claimant


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            "The remarks angered Democratic lawmakers in several swing districts, who said "
            "they were offensive to veterans.",
            "Democratic lawmakers in several swing districts",
            "they were offensive to veterans",
        ),
        (
            "The ad drew criticism from county clerks across the state, who argued that the "
            "mailers confused voters.",
            "county clerks across the state",
            "the mailers confused voters",
        ),
        (
            "The plan was backed by the mayor of Lyon, who said it would cut traffic.",
            "the mayor of Lyon",
            "it would cut traffic",
        ),
        (
            "The idea came from a teacher in rural schools, who said pupils were hungry.",
            "a teacher in rural schools",
            "pupils were hungry",
        ),
    ],
)
def test_who_after_people_and_a_place_is_the_people(text: str, claimant: str, claim: str) -> None:
    """ "lawmakers in several swing districts, who said Y": "who" is the people, not the place
    after them (the claimant had been "swing districts", "the state", "Lyon")."""
    assert speakers_of(text)[claim] == claimant


def test_who_after_a_group_of_people_stays_the_people() -> None:
    """(a guard) "thousands of supporters, who said": the people are the phrase's own noun."""
    text = "The rally drew thousands of supporters, who said the race was tight."
    assert speakers_of(text)["the race was tight"] == "supporters"
