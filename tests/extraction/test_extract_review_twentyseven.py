"""Constructions found by the twenty-seventh session's reading of the relations it gets wrong
and by its blind hunts, on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said oil had come ashore along 14 kilometres of coastline.\n\n"
            "The coast guard said the slick covered about 38 square kilometres.",
            [],
        ),
        (
            "The county said the fire had burned 12 square miles of forest.\n\n"
            "Firefighters said the fire line stretched 30 miles.",
            [],
        ),
        (
            # (a guard) two areas of one slick, two figures
            "The coast guard said the slick covered about 38 square kilometres.\n\n"
            "The ministry said the slick covered 50 square kilometres.",
            [
                (
                    "the slick covered 50 square kilometres",
                    "contradicts",
                    "the slick covered about 38 square kilometres",
                )
            ],
        ),
    ],
)
def test_an_area_is_another_measure_than_a_length(text: str, expected: list) -> None:
    """ "38 square kilometres" of slick against "14 kilometres" of coastline: an area and a
    length, no two figures for one thing (they had been linked as contradicting)."""
    assert relations(text) == expected


def test_a_groups_dead_are_some_of_all_the_dead() -> None:
    """ "three soldiers were killed" against "the death toll at seven": the soldiers are some
    of the dead (they had been linked as contradicting); nine soldiers against seven dead in
    all do disagree, and two counts of the soldiers still do."""
    text = (
        "A local official put the death toll at seven.\n\n"
        "The army said three soldiers were killed.\n\n"
        "A rebel group said nine soldiers had been killed."
    )
    assert relations(text) == [
        ("nine soldiers had been killed", "contradicts", "three soldiers were killed"),
        ("nine soldiers had been killed", "contradicts", "the death toll at seven"),
    ]


@pytest.mark.parametrize(
    "later",
    [
        "The WHO said the country recorded 120 cholera deaths in the first nine months of the "
        "year.",
        "The ministry said 140 people had died of cholera in the first 10 weeks of the year.",
    ],
)
def test_a_count_from_the_years_start_is_another_stretch_than_a_months(later: str) -> None:
    """ "120 deaths in the first nine months of the year" against "at least 87 people since
    mid-November": two stretches, no two figures for one count (they had been linked)."""
    text = (
        "A cholera outbreak in the north has killed at least 87 people since mid-November, "
        "health officials said.\n\n" + later
    )
    assert relations(text) == []
