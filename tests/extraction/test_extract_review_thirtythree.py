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


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of councillors who have so far said they will stand again is 12.",
        "Shoppers who so far have told pollsters they will spend less number about a third.",
        "Tenants who have thus far said they will sue were offered a rent cut.",
    ],
)
def test_a_cue_inside_the_subjects_relative_clause_is_not_the_sentences(sentence: str) -> None:
    """'The number of councillors who have so far said they will stand again is 12': the cue
    is the verb of the subject's relative clause, however many adverbs and auxiliaries stand
    between "who" and it; the sentence is the reporter's (it had been "they will stand again is
    12", said by "The number of councillors who have so far")."""
    assert _claims(sentence) == [(sentence[:-1], None, None)]


def test_an_acronym_spelt_who_is_no_relative_pronoun() -> None:
    """Guard: 'WHO say Y' - the World Health Organisation, not a relative clause's "who"."""
    sentence = "WHO say measles cases rose by a third last year."
    assert _claims(sentence) == [("measles cases rose by a third last year", "WHO", "say")]


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "The transport secretary had to admit that the timetable figures were wrong.",
            "the timetable figures were wrong",
            "The transport secretary",
            "admit",
        ),
        (
            "The airline was forced to concede that 200 flights would be cancelled.",
            "200 flights would be cancelled",
            "The airline",
            "concede",
        ),
        (
            "The mining firm later tried to claim that the spill had been caused by vandals.",
            "the spill had been caused by vandals",
            "The mining firm",
            "claim",
        ),
        (
            "Ministers have sought to argue that the cuts will fall mainly on administration.",
            "the cuts will fall mainly on administration",
            "Ministers",
            "argue",
        ),
    ],
)
def test_a_cue_the_speaker_had_or_tried_to_use_is_still_theirs(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'X had to admit that Y', 'X was forced to concede that Y', 'X tried to claim that Y': made
    to say it, or trying to, the speaker still says Y (as "X went on to say", "X was quick to
    point out" were read already); the sentence had been the reporter's."""
    assert _claims(sentence) == [(claim, source, cue)]


def test_a_cue_not_yet_used_is_no_claim_of_the_speaker() -> None:
    """Guard: 'The regulator has yet to confirm that Y' - nothing confirmed; the reporter's."""
    sentence = "The regulator has yet to confirm that the plant was shut."
    assert _claims(sentence) == [(sentence[:-1], None, None)]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "He said that should the council approve the plan, the drivers would strike.",
            "should the council approve the plan, the drivers would strike",
        ),
        (
            "She warned that were the deal to collapse, prices would double within a month.",
            "were the deal to collapse, prices would double within a month",
        ),
    ],
)
def test_that_before_an_inverted_condition_is_the_complementiser(sentence: str, claim: str) -> None:
    """'He said that should the council approve the plan, Y': "that" opens the reported clause
    and the condition's verb comes first (it had been kept in the claim, read as the pronoun of
    "said that should be done")."""
    assert [text for text, _, _ in _claims(sentence)] == [claim]


def test_that_before_a_verb_is_still_a_pronoun() -> None:
    """Guard: 'He said that should be enough' - "that" is the clause's subject."""
    sentence = "He said that should be enough to cover the repairs."
    assert [text for text, _, _ in _claims(sentence)] == [
        "that should be enough to cover the repairs"
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "Police, firefighters and paramedics said the blaze had spread within minutes.",
            "the blaze had spread within minutes",
            "Police, firefighters and paramedics",
        ),
        (
            "The mayor, two councillors and the town clerk said the road would reopen.",
            "the road would reopen",
            "The mayor, two councillors and the town clerk",
        ),
        (
            "Britain, France and Germany said they would not recognise the vote.",
            "they would not recognise the vote",
            "Britain, France and Germany",
        ),
        (
            "A letter signed by the mayor, two councillors and the town clerk accused the "
            "developer of breaking its promises.",
            "the developer of breaking its promises",
            "A letter signed by the mayor, two councillors and the town clerk",
        ),
        (
            "The family's lawyer, Dana Reyes, and the Rev. Amos Hart accused the sheriff of lying.",
            "the sheriff of lying",
            "The family's lawyer, Dana Reyes, and the Rev. Amos Hart",
        ),
        (
            "The bridge will reopen on Monday, the mayor, the governor and the fire chief said.",
            "The bridge will reopen on Monday",
            "the mayor, the governor and the fire chief",
        ),
        (
            '"We will rebuild," the mayor, the governor and the fire chief said.',
            "We will rebuild",
            "the mayor, the governor and the fire chief",
        ),
        (
            "The road will stay shut, said police, firefighters and council engineers.",
            "The road will stay shut",
            "police, firefighters and council engineers",
        ),
        (
            "According to police, firefighters and paramedics, the fire spread quickly.",
            "the fire spread quickly",
            "police, firefighters and paramedics",
        ),
    ],
)
def test_a_list_of_speakers_speaks_whole(sentence: str, claim: str, source: str) -> None:
    """'Police, firefighters and paramedics said Y' / 'said police, firefighters and council
    engineers' / 'according to A, B and C, Y': every item of a list of speakers is the claimant
    (it had been the last two, 'firefighters and paramedics', or the first alone, and after
    "according to" the rest of the list had opened the claim)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [(claim, source)]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "The blast hit Kabul, Herat and Kandahar, police and officials said.",
            "The blast hit Kabul, Herat and Kandahar",
            "police and officials",
        ),
        (
            "On Monday, police and firefighters said the fire was out.",
            "the fire was out",
            "police and firefighters",
        ),
        (
            "Meanwhile, doctors and nurses said the wards were full.",
            "the wards were full",
            "doctors and nurses",
        ),
        (
            "The clinic will close, said Anna Ruiz, a nurse and mother of two.",
            "The clinic will close",
            "Anna Ruiz",
        ),
        (
            "According to police, Smith and Jones were arrested on Monday.",
            "Smith and Jones were arrested on Monday",
            "police",
        ),
        (
            "According to the ministry, Kenya, Uganda and Tanzania will share the cost.",
            "Kenya, Uganda and Tanzania will share the cost",
            "the ministry",
        ),
    ],
)
def test_what_only_looks_like_a_list_of_speakers(sentence: str, claim: str, source: str) -> None:
    """Guards: places in the clause before the tag, a time or an adverb before the speakers,
    an apposition after a name, and the subject of the claim after "according to X," are no
    items of a list of speakers."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [(claim, source)]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Lou Serra told another media outlet he's not sure what was inside the van.",
            "he's not sure what was inside the van",
        ),
        (
            "The coach told the club's website they're ready for the final.",
            "they're ready for the final",
        ),
        (
            "The minister told a local station she's confident of a deal.",
            "she's confident of a deal",
        ),
    ],
)
def test_a_contracted_pronoun_after_the_audience_opens_the_clause_told(
    sentence: str, claim: str
) -> None:
    """'X told another media outlet he's not sure what Y': "he's" opens what was told, it is no
    word of the audience (the claim had begun after "what", or been lost)."""
    assert [text for text, _, _ in _claims(sentence)] == [claim]
