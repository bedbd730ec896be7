"""Constructions found by the fifteenth session's blind hunt of interview layouts (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from claim_views import speakers_of

INTRO = (
    "Ferry captain keeps the night crossing running\n\n"
    "Tuesday, June 9, 2026\n\n"
    "The Courier spoke to ferry captain {full} about the night crossing.\n\n"
)


@pytest.mark.parametrize(
    ("full", "label"),
    [
        ("Inés Muñoz", "MUÑOZ"),
        ("Inés Muñoz", "Muñoz"),
        ("Inés Muñoz", "Inés Muñoz"),
        ("Zoë Brandt", "Zoë"),
        ("Dr. Ilse Reyes", "Dr. Reyes"),
        ("Declan O'Brien", "Mr O'Brien"),
        ("Declan O'Brien", "O'BRIEN"),
    ],
)
def test_a_label_with_accents_a_full_stop_or_an_apostrophe_names_the_answerer(
    full: str, label: str
) -> None:
    text = INTRO.format(full=full) + (
        "COURIER: Has the crossing ever been cancelled?\n\n"
        f"{label}: Twice in eleven years. Both times the harbour froze over.\n\n"
        "COURIER: Will the route survive the budget cuts?\n\n"
        f"{label}: The council has promised funding until 2030.\n"
    )
    speakers = speakers_of(text)
    for claim in (
        "Twice in eleven years",
        "Both times the harbour froze over",
        "The council has promised funding until 2030",
    ):
        assert speakers.get(claim) == label, speakers
