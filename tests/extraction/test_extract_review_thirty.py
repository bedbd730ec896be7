"""Constructions found by the thirtieth session's blind hunt (European politics and climate
reporting in the styles of DW, Politico Europe, Reuters, France 24, Euronews and the Guardian),
on sentences written for these tests."""

from __future__ import annotations

import pytest

from claims.extraction import extract


@pytest.mark.parametrize("date", ["11/09/2025", "9.11.2025", "9 November 2025"])
def test_a_deck_over_a_bare_name_and_a_date_is_furniture(date: str) -> None:
    """A site that sets its byline as the writer's name on one line and the date on the next
    (DW) puts the standfirst between the headline and the name: the deck's sentences are
    furniture the body says again, not claims (they had been claims, one given to "The
    union")."""
    article = (
        "Netherlands: Dock strike halts Rotterdam container traffic\n\n"
        "Dockworkers in Rotterdam have stopped work over a pay offer. The union says "
        "the port loses millions a day. DW takes a look.\n\n"
        "Lotte de Vries\n"
        f"{date}\n\n"
        "About 4,000 dockworkers walked out on Tuesday, the union said.\n\n"
        "The port authority said 60 ships were waiting to unload."
    )
    result = extract(article)
    texts = [claim.text for claim in result.claims]
    assert not any("DW takes" in text or "loses millions" in text for text in texts)
    assert texts[0].startswith("About 4,000 dockworkers walked out")
    kinds = [span.kind for span in result.metadata.furniture]
    assert kinds[:3] == ["title", "standfirst", "byline"]
    assert result.metadata.byline == "Lotte de Vries"


def test_a_name_and_a_date_far_into_the_story_change_nothing() -> None:
    """(a guard) Only the lines between the headline and a byline right under it are a
    deck: a body paragraph and a name over a date further down stay as they are."""
    article = (
        "Rotterdam dock strike enters second week\n\n"
        "Dockworkers in Rotterdam extended their strike on Monday, the union said.\n\n"
        "The port authority said 60 ships were waiting to unload.\n\n"
        "Shipping lines said they were diverting cargo to Antwerp.\n\n"
        "Customers said deliveries were running two weeks late.\n\n"
        "Exporters said perishable goods were being lost.\n\n"
        "Hauliers said their lorries were queueing for days.\n\n"
        "Lotte de Vries\n"
        "11/09/2025\n\n"
        "The union said talks would resume on Thursday."
    )
    texts = [claim.text for claim in extract(article).claims]
    assert texts[0] == "Dockworkers in Rotterdam extended their strike on Monday"
    assert "talks would resume on Thursday" in texts


@pytest.mark.parametrize(
    ("sentence", "source", "cue"),
    [
        (
            "An audit released on Thursday, however, puts the shortfall at 80 million euros.",
            "An audit released on Thursday",
            "puts",
        ),
        (
            "A review commissioned by the council, however, found the bridge was safe.",
            "A review commissioned by the council",
            "found",
        ),
        (
            "A count carried out in April, however, said 2,300 seals had been seen.",
            "A count carried out in April",
            "said",
        ),
    ],
)
def test_a_source_with_a_participle_before_however_keeps_its_claim(
    sentence: str, source: str, cue: str
) -> None:
    """ "A study published on Monday, however, puts ...": a participle on the source's noun,
    with when or by whom, is no clause of its own - the aside after it leaves the source
    speaking (the whole sentence had been the reporter's)."""
    article = "Officials said the shortfall was small.\n\n" + sentence
    (_, claim) = extract(article).claims
    assert (claim.source.text, claim.cue.text) == (source, cue)


def test_a_clause_before_however_is_still_no_source() -> None:
    """(a guard) "Prices rose, however, said X": a clause before the aside, an inverted
    tag after it."""
    (claim,) = extract("Prices rose, however, said Ana Ruiz, an analyst at the bank.").claims
    assert claim.source.text.startswith("Ana Ruiz")


@pytest.mark.parametrize(
    "answer",
    [
        '"Floods like this are no longer rare," said a hydrologist.',
        '"We no longer see a dry week in spring," a farmer said.',
    ],
)
def test_no_longer_negates_what_follows_not_longer(answer: str) -> None:
    """ "no longer rare" is "not rare any more": it denies nothing said to be getting longer
    (it had read as a denial of "the rainy season is getting longer")."""
    result = extract("Forecasters say the rainy season is getting longer.\n\n" + answer)
    assert [relation for claim in result.claims for relation in claim.relations] == []


def test_no_longer_still_negates_its_own_verb() -> None:
    """(a guard) The negation stays, on what follows: "no longer publishes" against
    "publishes" is still a clash."""
    result = extract(
        "The ministry publishes its flood figures every week, officials said.\n\n"
        "The ministry no longer publishes its flood figures, a spokesman admitted."
    )
    assert [relation.type for relation in result.claims[1].relations] in (
        ["contradicts"],
        ["denies"],
    )


@pytest.mark.parametrize(
    ("sentence", "flag", "flagged"),
    [
        # "appear divided", "appeared stalled": how things look, as "appear to be divided" and
        # "seemed divided" are (only the form with "to" was read) ...
        ("Shop owners in the old town appear split over the parking plan.", "hedged", True),
        (
            "The coalition appeared increasingly fragile on Wednesday, officials said.",
            "hedged",
            True,
        ),
        # ... but where or when someone appeared is no hedge (guards)
        ("The former mayor appeared in court on Monday charged with fraud.", "hedged", False),
        ("The minister appeared on television to defend the plan.", "hedged", False),
        # "One miner was killed", "Only one of the schools has passed": a toll or a tally of
        # one is a figure as "two miners were killed" is (the word "one" had counted for
        # nothing) ...
        ("One miner was killed in the collapse, the company said.", "statistic", True),
        ("One passenger had been taken to hospital, the airline said.", "statistic", True),
        (
            "Only one of the schools has passed the inspection, the council said.",
            "statistic",
            True,
        ),
        # ... but "one of the residents" speaking, "one day" is no count (guards)
        ("One of the residents said the water had turned brown.", "statistic", False),
        ("One day the river simply stopped, a farmer said.", "statistic", False),
    ],
)
def test_hedges_and_counts_of_one(sentence: str, flag: str, flagged: bool) -> None:
    """Two flags the hunt found unread: "appear" before an adjective (a hedge) and a count
    of one (a statistic)."""
    assert all((flag in claim.flags) is flagged for claim in extract(sentence).claims)


@pytest.mark.parametrize(
    "reply",
    [
        'A treasury official called that forecast "wildly optimistic."',
        'Another analyst called that assessment "premature."',
    ],
)
def test_a_forecast_called_unreal_in_quotation_marks_is_contradicted(reply: str) -> None:
    """ "called that forecast 'unrealistic'": the judge's word in quotation marks is still the
    judgement (it had been read only without them); an assessment of what will be is a
    forecast, and "premature" says it is not to be counted on."""
    result = extract(
        "One analyst said the currency would recover all its losses by March.\n\n" + reply
    )
    assert [(relation.type, relation.target) for relation in result.claims[1].relations] == [
        ("contradicts", 0)
    ]


def test_another_one_of_a_kind_is_another_party() -> None:
    """ "One analyst said ..." and "Another analyst called that ...": two people of one kind,
    not one party answering itself (the reply had been dropped as the first analyst's own)."""
    result = extract(
        "One analyst said the currency would recover all its losses by March.\n\n"
        'Another analyst called that forecast "unrealistic."'
    )
    assert [(relation.type, relation.target) for relation in result.claims[1].relations] == [
        ("contradicts", 0)
    ]


@pytest.mark.parametrize(
    "reply",
    [
        '"The 2 billion kroner figure is a scare tactic," a campaigner told reporters.',
        '"The claim that 300 stores will close is simply invented," the company said.',
    ],
)
def test_a_figure_or_claim_called_an_invention_is_denied(reply: str) -> None:
    """ "The X figure is a scare tactic", "the claim that Y is invented": a claim named and
    called unreal, as "... is false" is - no support because it repeats the figure (it had
    been read as support; "told" now reads as "said" here)."""
    result = extract(
        "The retailers' association warned that 300 stores would close, costing "
        "2 billion kroner.\n\n" + reply
    )
    (relation,) = result.claims[1].relations
    assert (relation.type, relation.target) in (("denies", 0), ("contradicts", 0))


@pytest.mark.parametrize("noun", ["argument", "reasoning", "criticism"])
def test_rejecting_that_argument_answers_the_argument_just_made(noun: str) -> None:
    """ "rejected that argument, saying Y": the argument another just made, in whatever
    words - not an older claim that shares Y's words (it had gone to the first claim of the
    story, which named the target Y speaks of)."""
    result = extract(
        "Ministers will decide next month whether to build the new runway, officials said.\n\n"
        '"Nobody has shown who will pay for the noise barriers," the mayor told reporters.\n\n'
        f"The transport minister rejected that {noun}, saying the new runway would pay for "
        "itself within a decade."
    )
    assert [(relation.type, relation.target) for relation in result.claims[2].relations] == [
        ("denies", 1)
    ]


def test_denying_that_a_clause_holds_is_no_demonstrative() -> None:
    """(a guard) "denied that officers had entered ..." is a clause, not "that argument"."""
    result = extract(
        "Residents said officers had broken down two doors on Elm Street.\n\n"
        "The mayor said the raid had been approved by a judge.\n\n"
        "A police spokesman denied that officers had broken down any doors."
    )
    assert [relation.target for relation in result.claims[2].relations] == [0]


def test_a_duration_is_counted_in_its_own_unit() -> None:
    """ "pumped for 300 hours last year" counts hours, not years (the count's noun ran on to
    the time after it): another source's 2,100 hours is a rival figure for it."""
    result = extract(
        "The mine told inspectors that its pumps ran for 300 hours last year.\n\n"
        "But residents say records obtained by a local newspaper show the pumps were running "
        "for 2,100 hours."
    )
    assert [(relation.type, relation.target) for relation in result.claims[1].relations] == [
        ("contradicts", 0)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The board said the pension fund would stay solvent, and only if members made no new "
        "claims before 2030.",
        "Engineers said the bridge could reopen in May, but only if contractors made no "
        "further mistakes.",
    ],
)
def test_made_without_clear_after_and_is_no_other_speaker(sentence: str) -> None:
    """ "..., and only if members made no new claims": a condition on the claim, not another
    speaker with the cue "made" (only "made clear" reports speech); the condition stays in
    the claim. (The second, after "but", was read right before: a guard.)"""
    (claim,) = extract(sentence).claims
    assert "made no" in claim.text


@pytest.mark.parametrize("outlet", ["Reuters'", "The New York Times'", "Les Echos'", "Bloomberg's"])
def test_no_response_to_an_outlets_request_is_a_sourcing_note(outlet: str) -> None:
    """ "did not respond to Reuters' request for comment": the possessive of a name ending in
    s is written with the apostrophe alone; the note is no claim either way (only "X's" had
    been read; "Bloomberg's" is a guard)."""
    result = extract(
        "The refinery released more sulphur than its permit allows, the inspectors found.\n\n"
        f"The company did not respond to {outlet} request for comment."
    )
    assert [claim.text for claim in result.claims] == [
        "The refinery released more sulphur than its permit allows"
    ]


def test_with_or_without_is_no_negation() -> None:
    """ "would close two depots, with or without a new law": whichever, no negation - the
    answer "We have no plans to close any depot" denies it (both read as negated, it had
    been taken for support)."""
    result = extract(
        "Union officials said the firm would close two of its depots next year, with or "
        "without a new law.\n\n"
        '"We have no plans to close any depot," a company spokeswoman said.'
    )
    assert [(relation.type, relation.target) for relation in result.claims[1].relations] == [
        ("denies", 0)
    ]


@pytest.mark.parametrize(
    "tag",
    [
        "she told The Star over the phone.",
        "the mayor said over the telephone.",
        "he told our correspondent over the weekend.",
    ],
)
def test_over_the_phone_after_a_quotations_tag_is_how_it_was_said(tag: str) -> None:
    """'"...," she told The Star over the phone': how it was told, not what (the quotation
    had been lost and "over the phone" made the claim); "over" only opens a figure said
    before one ("said over 3,000 families")."""
    (claim,) = extract(f'"The clinic has had no doctor since March," {tag}').claims
    assert claim.text == "The clinic has had no doctor since March"


def test_over_before_a_figure_still_opens_the_clause() -> None:
    """(a guard) "said over the past year 300 people had been arrested": the clause said."""
    (claim,) = extract("Officials said over the past year 300 people had been arrested.").claims
    assert claim.text.startswith("over the past year")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The chair of the finance committee, Hon. Bala Yusuf, however, insisted that the "
            "accounts were in order.",
            "The chair of the finance committee, Hon. Bala Yusuf",
        ),
        (
            "The county treasurer, Mrs Grace Wanjiru, however, stated that the loan had been "
            "repaid.",
            "The county treasurer, Mrs Grace Wanjiru",
        ),
    ],
)
def test_a_role_and_a_name_in_apposition_before_however(sentence: str, source: str) -> None:
    """ "The chair of the committee, Hon. Bala Yusuf, however, insisted that Y": the role
    and the titled name, then the aside - a subject (the whole sentence had been the
    reporter's, as with a participle before the aside)."""
    (claim,) = extract(sentence).claims
    assert (claim.source.text, claim.cue.text) == (source, claim.cue.text)
    assert claim.text.startswith(("the accounts", "the loan"))


@pytest.mark.parametrize("role", ["The Majority Leader", "The Majority Whip, Ms Ruth Atieno,"])
def test_a_majority_title_is_no_share_that_speaks(role: str) -> None:
    """ "The Majority Leader said that Y": a title, not "the majority of residents" (a share
    of the people asked, whose sentence is the reporter's poll result) - Y is the claim."""
    (claim,) = extract(f"{role} said that the budget figures were correct.").claims
    assert claim.text == "the budget figures were correct"
    assert claim.source.text.split()[-1] in role


def test_a_majority_of_people_still_speaks_as_a_share() -> None:
    """(a guard) "The majority of residents said that Y" keeps its reading."""
    (claim,) = extract("The majority of residents said that the water was unsafe.").claims
    assert claim.source.text == "The majority of residents"


@pytest.mark.parametrize(
    "sentence",
    [
        "The nurses had, in a letter to the health minister, accused the hospital of "
        "withholding their allowances.",
        "The traders' union has, at a news conference in Kano, alleged that the levy was diverted.",
    ],
)
def test_the_auxiliary_before_an_aside_is_the_verbs(sentence: str) -> None:
    """ "The nurses had, in a letter to the minister, accused": "had" goes with "accused",
    not with the speaker (the speaker had been "The nurses had")."""
    (claim,) = extract(sentence).claims
    assert not claim.source.text.endswith(("had", "has"))


@pytest.mark.parametrize(
    "part", ["a copy of which was seen by this newspaper", "details of which were leaked"]
)
def test_according_to_a_document_a_copy_of_which(part: str) -> None:
    """ "According to the FIR, a copy of which is available with Dawn, Y": the document's
    relative clause, as ", which was filed on Monday," is - the claim is Y (it had begun
    with "a copy of which")."""
    (claim,) = extract(
        f"According to the audit, {part}, the board paid 40 million rupees for buses that "
        "never arrived."
    ).claims
    assert claim.text.startswith("the board paid")
    assert claim.source.text == "the audit"


@pytest.mark.parametrize(
    "frame", ["It was gathered that", "It is learnt that", "It was learned that"]
)
def test_it_was_gathered_that_frames_the_claim(frame: str) -> None:
    """ "It was gathered that Y", "It is learnt that Y": how the Nigerian and Indian press
    write "it is understood that" - the frame is the cue, Y the claim, no one named (the
    frame had stayed in the claim)."""
    (claim,) = extract(f"{frame} the contractor had left the site in March.").claims
    assert claim.text == "the contractor had left the site in March"
    assert claim.source is None
    assert claim.cue.text in frame


def test_two_counts_sharing_only_their_noun_count_two_sets() -> None:
    """ "staff of 19 clinics staged protests" / "84 clinics have closed since April": two
    sets of clinics, nothing else in common - no rival figures (they had contradicted each
    other)."""
    result = extract(
        "According to the police, staff of 19 clinics staged protests over unpaid salaries "
        "this week.\n\nThe health ministry said 84 clinics have closed since April."
    )
    assert not result.claims[1].relations


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The coast guard said about 200 tonnes of oil had leaked from the tanker.",
            "The port authority estimated the spill at 900 tonnes.",
        ),
        (
            "The union said 500 workers were sacked at the mill.",
            "The mill manager said only 40 workers had left.",
        ),
        (
            "The maker says about 180,000 bottles are affected.",
            "The pharmacists association estimated that more than 1 million bottles had been "
            "sold since March.",
        ),
    ],
)
def test_rival_measures_and_corrections_still_contradict(first: str, second: str) -> None:
    """(a guard) A measure of one thing (tonnes of one spill), a count set against another
    with "only" and rival estimates ("about", "more than") stay rival figures, sharing nothing
    but their noun."""
    result = extract(first + "\n\n" + second)
    assert [relation.type for relation in result.claims[1].relations] == ["contradicts"]


def test_a_figure_rejected_by_people_who_said_something() -> None:
    """ "Y, a figure rejected by unions who said Z": the unions' denial of Y and their own
    claim Z (the gloss had stayed in Y, the denial lost)."""
    result = extract(
        "The ministry claimed that 8,000 homes had been rebuilt, a figure rejected by aid "
        "groups who said most families were still in tents."
    )
    texts = [(claim.text, claim.source.text if claim.source else None) for claim in result.claims]
    assert texts == [
        ("8,000 homes had been rebuilt", "The ministry"),
        ("a figure", "aid groups"),
        ("most families were still in tents", "aid groups"),
    ]
    assert [(relation.type, relation.target) for relation in result.claims[1].relations] == [
        ("denies", 0)
    ]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "Police said 12 people were detained, four of whom, they said, were foreign nationals.",
            "four of whom, they said, were foreign nationals",
        ),
        (
            "The minister said 30 clinics had closed, most of which, she said, were in the north.",
            "most of which, she said, were in the north",
        ),
    ],
)
def test_a_tag_inside_a_counted_relative_clause(sentence: str, second: str) -> None:
    """ "..., four of whom, they said, were foreign nationals": the relative clause with its
    own tag is the tag's claim, its count with it (it had been cut to "four of" and "were
    foreign nationals", or left inside the first claim)."""
    first, other = extract(sentence).claims
    assert other.text == second
    assert "," not in first.text
