"""Constructions found by the thirty-third session on real published reporting (African,
British and Irish agency and newspaper copy read through the extractor, never copied here) and
by its blind hunts, on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import summary as _claims


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "The opposition, after the report was tabled in the assembly on Tuesday, accused "
            "the ministry of padding the numbers.",
            "the ministry of padding the numbers",
            "The opposition",
            "accused",
        ),
        (
            "The drivers' union, after talks collapsed on Monday, said the company had cut "
            "300 jobs.",
            "the company had cut 300 jobs",
            "The drivers' union",
            "said",
        ),
        (
            "The insurer, although it has not been charged, denied any wrongdoing.",
            "any wrongdoing",
            "The insurer",
            "denied",
        ),
        (
            "The governor, before the vote was called, warned that the reserve would run dry "
            "by March.",
            "the reserve would run dry by March",
            "The governor",
            "warned",
        ),
        (
            "Villagers, as the river rose, told reporters that no siren had sounded.",
            "no siren had sounded",
            "Villagers",
            "told",
        ),
        (
            "The army, once the shelling had stopped, said 40 fighters had been killed.",
            "40 fighters had been killed",
            "The army",
            "said",
        ),
    ],
)
def test_a_clause_set_between_the_subject_and_its_cue_is_an_aside(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'The union, after talks collapsed on Monday, said Y': a clause with its own verb, opened
    by after / before / although / as / once, between the speaker and the cue says when or
    despite what they spoke; the whole sentence had been the reporter's claim."""
    assert _claims(sentence) == [(claim, source, cue)]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "The union, as well as the employers, said the talks would resume on Monday.",
            "the talks would resume on Monday",
            "The union",
        ),
        (
            "The mayor, along with two councillors, said the park would close for a month.",
            "the park would close for a month",
            "The mayor",
        ),
        (
            "The minister, together with two senior officials, insisted that no data had "
            "been lost.",
            "no data had been lost",
            "The minister",
        ),
    ],
)
def test_who_spoke_with_the_subject_is_set_aside(sentence: str, claim: str, source: str) -> None:
    """'The union, as well as the employers, said Y' / ', along with two councillors,': who
    spoke with the subject, set between commas; the subject named first is the claimant (the
    sentence had no claim at all, or was the reporter's; the third, whose cue takes "that", was
    read already: a control)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [(claim, source)]
