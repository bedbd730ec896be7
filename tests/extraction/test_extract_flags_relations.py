"""Flags the text gives a claim, links between claims, pronouns and check-worthiness."""

from __future__ import annotations

import pytest

from claims.extraction import ExtractedClaim, ExtractionResult, extract


def claim_containing(result: ExtractionResult, words: str) -> ExtractedClaim:
    for claim in result.claims:
        if words in claim.text:
            return claim
    raise AssertionError(f"no claim contains {words!r}: {[c.text for c in result.claims]}")


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        (
            "The footage, which could not be independently verified, shows tanks in the square.",
            "unverified",
        ),
        ("Activists posted an unverified video of the attack.", "unverified"),
        ("It was not possible to verify the claim, but rebels said the town fell.", "unverified"),
        (
            "Officials, who spoke on condition of anonymity, said the talks had stalled.",
            "anonymous_source",
        ),
        (
            "A minister who asked not to be named said the vote would be delayed.",
            "anonymous_source",
        ),
        ("Sources said the merger would be announced on Friday.", "anonymous_source"),
        ("The troops appear to have withdrawn from the city.", "hedged"),
        ("The suspect reportedly fled to Spain.", "hedged"),
        ("The man allegedly stole the car.", "hedged"),
        ("The leader is believed to be in hiding.", "hedged"),
        ("The company cut 1,500 jobs.", "statistic"),
        ("Prices rose 4 percent last year.", "statistic"),
        ("The deal is worth $420 million.", "statistic"),
        ("More than two tons of explosives were used.", "statistic"),
        ("The council approved the rezoning 5-4 in September.", "statistic"),
        ("Fishing has been banned along a 40-kilometre stretch of coast.", "statistic"),
        ("The firm supplies about a fifth of the drug dispensed in England.", "statistic"),
        ('"We will never surrender," the commander said.', "direct_quote"),
    ],
)
def test_flags_from_the_text(text: str, flag: str) -> None:
    claims = extract(text).claims
    assert any(flag in claim.flags for claim in claims), [(c.text, c.flags) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "The election was held in 2019.",
        "The meeting took place on June 3.",
        "The blast happened at 07:56 on Monday.",
        "The trial continues.",
        "A 19-year-old man was arrested.",
    ],
)
def test_dates_and_years_alone_are_not_statistics(text: str) -> None:
    assert not any("statistic" in claim.flags for claim in extract(text).claims)


def test_a_qualifying_sentence_flags_the_claim_before_it() -> None:
    result = extract(
        "A senior official rejected the accusation. He spoke on condition of anonymity "
        "because he was not authorized to speak to the media."
    )
    assert len(result.claims) == 1
    assert "anonymous_source" in result.claims[0].flags


def test_an_outlet_that_could_not_verify_flags_the_claim_before() -> None:
    result = extract(
        "A video appeared to show bodies in the street. Reuters could not independently "
        "verify the footage."
    )
    assert len(result.claims) == 1
    assert {"unverified", "hedged"} <= set(result.claims[0].flags)


def test_a_denial_is_linked_to_the_accusation_it_denies() -> None:
    result = extract(
        "Observers said the army is using cluster bombs in the north. "
        "The army denied using cluster bombs."
    )
    denial = result.claims[1]
    assert denial.text == "using cluster bombs"
    assert [(r.type, r.target) for r in denial.relations] == [("denies", 0)]


def test_rejecting_the_accusation_links_to_the_nearest_accusation() -> None:
    result = extract(
        "Union leaders accused police of using excessive force. "
        "The weather was cold. "
        "A police spokesman rejected the accusation."
    )
    denial = result.claims[-1]
    assert denial.kind == "denial"
    assert [(r.type, r.target) for r in denial.relations] == [("denies", 0)]


def test_different_numbers_for_the_same_thing_contradict() -> None:
    result = extract(
        "Officials said 40 people were injured. "
        "But a doctor at the hospital said it had received 25 wounded."
    )
    assert [(r.type, r.target) for r in result.claims[1].relations] == [("contradicts", 0)]


def test_no_one_injured_contradicts_a_count_of_injured() -> None:
    result = extract(
        "The railroad said no one was injured. "
        "The fire chief said two firefighters were treated after responding."
    )
    assert ("contradicts", 0) in [(r.type, r.target) for r in result.claims[1].relations]


def test_a_second_source_for_the_same_event_supports_it() -> None:
    result = extract(
        "Shelling killed at least 18 people in Omdurman, residents said. "
        "A rights group said at least 18 people were killed in Omdurman."
    )
    assert [(r.type, r.target) for r in result.claims[1].relations] == [("supports", 0)]


def test_the_same_source_does_not_support_itself() -> None:
    result = extract(
        "Police said 18 people were killed in Omdurman. Police said 18 people were killed."
    )
    assert result.claims[1].relations == ()


def test_he_resolves_to_the_nearest_named_person() -> None:
    result = extract(
        "Prosecutor Alison Reeve opened the case on Monday. "
        "She said the defendant had set up fictitious suppliers."
    )
    claim = result.claims[-1]
    assert claim.source is not None and claim.source.text == "She"
    assert claim.source.resolved is not None
    assert claim.source.resolved.text == "Alison Reeve"
    assert claim.source.kind == "person"


def test_the_company_resolves_to_the_named_company() -> None:
    result = extract(
        "Nordwind Energy said it would cut 1,500 jobs. "
        "The company said the plant in Lulea would stay open."
    )
    claim = result.claims[-1]
    assert claim.source is not None and claim.source.text == "The company"
    assert claim.source.resolved is not None
    assert claim.source.resolved.text == "Nordwind Energy"


def test_it_resolves_to_an_organisation_not_a_person() -> None:
    result = extract(
        "The ministry of health said cases rose. Minister Anna Holt visited a clinic. "
        "It said vaccines would arrive next week."
    )
    claim = result.claims[-1]
    assert claim.source is not None and claim.source.resolved is not None
    assert "ministry" in claim.source.resolved.text


def test_checkworthiness_ranks_specific_accusations_above_opinions() -> None:
    result = extract(
        "Prosecutors accused Martin Caldwell of stealing 2.3 million pounds from the council. "
        "It is a beautiful town. "
        "Life goes on."
    )
    accusation, opinion, vague = result.claims
    assert accusation.checkworthiness > opinion.checkworthiness
    assert accusation.checkworthiness > vague.checkworthiness
    assert "accusation" in accusation.reasons
    assert "contains a statistic" in accusation.reasons
    assert "opinion language" in opinion.reasons
    assert all(0.0 <= claim.checkworthiness <= 1.0 for claim in result.claims)


def test_a_source_that_spoke_anonymously_stays_anonymous_and_its_account_unverified() -> None:
    result = extract(
        "Two miners who were underground when the quake hit said at least three colleagues "
        "were still unaccounted for on Monday. They spoke on condition of anonymity because the "
        'company has told staff not to talk to reporters.\n\n"We counted ourselves at the shaft '
        'head. Three men from level 9 never came up," one of them told Reuters. Reuters could '
        "not independently verify the miners' account."
    )
    first, second = result.claims
    assert first.source.text == "Two miners who were underground when the quake hit"
    assert {"anonymous_source", "unverified"} <= set(first.flags)
    assert {"anonymous_source", "unverified"} <= set(second.flags)


def test_has_not_been_able_to_confirm_is_unverified() -> None:
    result = extract(
        "Screenshots of the leak site appear to show discharge letters with patients' names. "
        "The Star has not been able to confirm that the documents are genuine."
    )
    (claim,) = result.claims
    assert "unverified" in claim.flags


def test_a_season_is_no_statistic() -> None:
    assert not any(
        "statistic" in c.flags for c in extract("The 2020-21 season was cancelled.").claims
    )


@pytest.mark.parametrize(
    ("sentence", "statistic"),
    [
        ("The company said its profit fell by a third last year.", True),
        ("Officials said costs rose by nearly a quarter in May.", True),
        ("The firm said it would appoint an auditor chosen by a third party.", False),
        ("The runner said she came third in the race.", False),
    ],
)
def test_a_change_by_a_share_is_a_statistic(sentence: str, statistic: bool) -> None:
    (claim,) = extract(sentence).claims
    assert ("statistic" in claim.flags) is statistic
