"""Constructions found by the nineteenth session's blind hunts and its list of constructions
left open, on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import summary

ARTICLE = "Title of the report\n\n{}\n"


@pytest.mark.parametrize(
    ("body", "lead", "quotation", "speaker", "cue"),
    [
        (
            'The governor hit back, telling reporters: "The figures are wrong. We will publish '
            'ours."',
            "The governor hit back",
            "The figures are wrong. We will publish ours",
            "The governor",
            "telling",
        ),
        (
            'The striker was unrepentant after the game, telling Sky Sports: "I would do it '
            'again."',
            "The striker was unrepentant after the game",
            "I would do it again",
            "The striker",
            "telling",
        ),
        (
            'She defended the budget on Tuesday, adding: "Nobody will pay more tax."',
            "She defended the budget on Tuesday",
            "Nobody will pay more tax",
            "She",
            "adding",
        ),
        (
            'The union rejected the offer, insisting: "Our members deserve better."',
            "The union rejected the offer",
            "Our members deserve better",
            "The union",
            "insisting",
        ),
        (
            'The company responded within hours, saying in a statement: "No customer data was '
            'taken."',
            "The company responded within hours",
            "No customer data was taken",
            "The company",
            "saying",
        ),
        (
            'The senator doubled down, writing on X: "The election was stolen from us."',
            "The senator doubled down",
            "The election was stolen from us",
            "The senator",
            "writing",
        ),
    ],
)
def test_a_participle_of_saying_before_a_colon_tags_the_quotation(
    body: str, lead: str, quotation: str, speaker: str, cue: str
) -> None:
    """ ", telling reporters:", ", adding:", ", saying in a statement:" before a quotation: the
    clause's subject speaks it, the participle is the cue, and the clause before the comma is
    the reporter's. These had given the clause's verb as cue ("hit", "was") with the
    participle left in the lead, or one unattributed claim holding the quotation."""
    assert summary(ARTICLE.format(body)) == [(lead, None, None), (quotation, speaker, cue)]


@pytest.mark.parametrize(
    "note",
    [
        "The landlord did not respond to a request for comment Wednesday.",
        "The school district did not respond to messages late Friday.",
        "The landlord declined to comment Thursday afternoon.",
    ],
)
def test_a_note_of_no_comment_ending_in_a_bare_day_is_no_claim(note: str) -> None:
    """A day written without "on" after the note ("... for comment Wednesday", "late
    Friday"), as US local copy writes it: still a sourcing note, no claim (they had been
    the reporter's claims)."""
    body = "The fire chief said the blaze started in the kitchen. " + note
    assert summary(ARTICLE.format(body)) == [
        ("the blaze started in the kitchen", "The fire chief", "said")
    ]


def test_a_note_with_a_topic_stays_a_claim() -> None:
    """(guard) "did not respond to questions about the wiring": it tells the reader something."""
    body = (
        "The fire chief said the blaze started in the kitchen. The landlord did not respond to "
        "questions about the wiring on Friday."
    )
    assert len(summary(ARTICLE.format(body))) == 2
