"""Constructions of published news the tenth session found mishandled, each pinned by
sentences written for it here (not taken from any set)."""

from __future__ import annotations

import pytest
from claim_views import summary

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Divers were still looking for 14 fishermen reported missing off the coast, the "
            "coast guard commander, Ana Reyes, told reporters.",
            (
                "Divers were still looking for 14 fishermen reported missing off the coast",
                "the coast guard commander, Ana Reyes",
                "told",
            ),
        ),
        (
            "Three soldiers confirmed dead after the ambush were buried on Sunday, the army said.",
            (
                "Three soldiers confirmed dead after the ambush were buried on Sunday",
                "the army",
                "said",
            ),
        ),
    ],
)
def test_a_participle_putting_a_noun_in_a_state_is_no_cue(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'people reported missing', 'soldiers confirmed dead': a reduced relative, the state the
    reporter gives them, not someone reporting."""
    assert summary(text) == [expected]


def test_a_subject_reporting_a_state_of_its_object_still_reports() -> None:
    (claim,) = summary("Auditors reported missing payments worth $2 million at the charity.")
    assert claim[1:] == ("Auditors", "reported")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Prime Minister Ana Costa's office said the talks would resume.", "government"),
        ("The governor's office said the order would stand.", "government"),
        ("Northwind Energy's board said the bid undervalued the company.", "organisation"),
    ],
)
def test_a_body_owned_by_a_person_is_the_bodys_kind(text: str, kind: str) -> None:
    (claim,) = extract(text).claims
    assert claim.source is not None and claim.source.kind == kind


def test_one_persons_office_is_not_another_persons() -> None:
    claims = extract(
        "Prime Minister Ana Costa's office said the talks would resume. The mayor's office "
        "said the city had not been consulted. The prime minister's office later said the "
        "talks had been delayed."
    ).claims
    assert [claim.source.resolved.text if claim.source.resolved else None for claim in claims] == [
        None,
        None,
        "Prime Minister Ana Costa's office",
    ]
