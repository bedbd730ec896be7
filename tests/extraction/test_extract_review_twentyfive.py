"""Constructions found by the twenty-fifth session's blind hunts and the constructions the
twenty-fourth session left open, on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import first_flags, relations, speakers_of, summary

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            "The collective says one in five workers has lost hours.",
            "The collective",
            "one in five workers has lost hours",
        ),
        (
            "The coalition says one in three homes in the town is empty.",
            "The coalition",
            "one in three homes in the town is empty",
        ),
    ],
)
def test_a_share_in_words_after_says_is_a_clause(text: str, claimant: str, claim: str) -> None:
    """ "says one in five workers has ...": the "in" of a share is no preposition ending the
    clause after the cue, so a subject word the lexicon calls an adjective ("collective") is
    read as the speaker (the whole sentence had been the reporter's)."""
    assert speakers_of(text) == {claim: claimant}


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            "The mayor, who told reporters the plan would cost jobs, resigned on Friday.",
            "The mayor",
            "the plan would cost jobs",
        ),
        (
            "Riley, who told the Guardian she had been sacked, is suing the firm.",
            "Riley",
            "she had been sacked",
        ),
        (
            "The pilot, who told controllers that he had lost an engine, landed safely.",
            "The pilot",
            "he had lost an engine",
        ),
    ],
)
def test_what_the_subject_told_someone_in_its_relative_clause_is_its_own(
    text: str, claimant: str, claim: str
) -> None:
    """ "X, who told the BBC (that) Y, resigned": as "X, who said Y, resigned" - Y is X's and
    the sentence is the reporter's."""
    found = speakers_of(text)
    assert found[claim] == claimant
    assert found[text.rstrip(".")] is None


def test_who_told_someone_to_do_something_reports_nothing() -> None:
    """(a guard) "who told players to rest": an instruction, no clause reported."""
    text = "The coach, who told players to rest, was fined."
    assert speakers_of(text) == {text.rstrip("."): None}


@pytest.mark.parametrize(
    ("text", "claimant", "cue", "claim"),
    [
        (
            "The governor promised that taxes would not rise.",
            "The governor",
            "promised",
            "taxes would not rise",
        ),
        (
            "The union pledged that the strikes would continue until May.",
            "The union",
            "pledged",
            "the strikes would continue until May",
        ),
        (
            "The governor said the budget was balanced and vowed that the plant would stay open.",
            "The governor",
            "vowed",
            "the plant would stay open",
        ),
    ],
)
def test_a_commitment_with_a_that_clause_is_the_speakers(
    text: str, claimant: str, cue: str, claim: str
) -> None:
    """ "promised / vowed / pledged that Y": Y is the speaker's, as the annotated sets have
    "promising that" (the whole sentence had been the reporter's, or run on inside the claim
    before it)."""
    assert (claim, claimant, cue) in summary(text)


@pytest.mark.parametrize(
    "text",
    [
        "The union vowed to fight the cuts.",
        "He kept his promise that no school would close.",
        "Despite promises that the plant would stay open, it closed in May.",
        "Despite repeated claims that the plant would stay open, it closed in May.",
        "Amid pledges that aid would flow, little of it arrived.",
    ],
)
def test_a_pledge_to_act_or_a_noun_after_a_preposition_is_no_report(text: str) -> None:
    """A pledge to act is the reporter's sentence (a guard), and "despite (repeated) claims
    that", "amid pledges that" are nouns, not a cue with "Despite repeated" as its speaker."""
    assert speakers_of(text) == {text.rstrip("."): None}


def test_a_promise_of_a_thing_is_the_reporters_sentence() -> None:
    """(a guard) "has promised funding until 2030": a plain object, no clause reported."""
    text = "The council has promised funding until 2030."
    assert speakers_of(text) == {text.rstrip("."): None}


@pytest.mark.parametrize(
    ("text", "claim", "claimant", "cue"),
    [
        (
            "Researchers at Leeds published a paper last month arguing that the drug had "
            "little effect.",
            "the drug had little effect",
            "Researchers at Leeds",
            "arguing",
        ),
        (
            "The group released a report on Tuesday saying that 40 percent of rivers were "
            "polluted.",
            "40 percent of rivers were polluted",
            "The group",
            "saying",
        ),
        (
            "The senator sent a letter to the agency warning that the dam was unsafe.",
            "the dam was unsafe",
            "The senator",
            "warning",
        ),
        (
            "The firm filed a complaint alleging that its rival had copied the design.",
            "its rival had copied the design",
            "The firm",
            "alleging",
        ),
    ],
)
def test_a_document_issued_then_a_participle_of_saying(
    text: str, claim: str, claimant: str, cue: str
) -> None:
    """ "published a paper (last month) arguing that Y", "sent a letter to the agency warning
    that Y": Y is the sender's, as "issued a statement saying Y" was (the whole sentence had
    been the reporter's)."""
    assert summary(text) == [(claim, claimant, cue)]


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "It was sponsored by Rep. Jim Leach (R., Iowa), who contends that junk bonds have "
            "no place in insured banks.",
            "junk bonds have no place in insured banks",
            "Rep. Jim Leach",
        ),
        (
            "The bill was opposed by Sen. Maria Ortiz (D-N.M.), who said it would cost $4 billion.",
            "it would cost $4 billion",
            "Sen. Maria Ortiz",
        ),
        ("Sen. Rand Paul (R-Ky.) said the deal was a mistake.", "the deal was a mistake", None),
    ],
)
def test_a_lawmakers_party_and_state_in_brackets(
    text: str, claim: str, claimant: str | None
) -> None:
    """ "Rep. Jim Leach (R., Iowa), who contends that Y": the party and state are read as not
    there by the rules of who said what, so the relative clause's speaker is found (the whole
    sentence had been the reporter's), with the title before the name; the reporter's clause
    keeps the brackets as written."""
    found = speakers_of(text)
    if claimant is None:  # the tag opens the sentence: the lawmaker's name with its title
        assert found == {claim: "Sen. Rand Paul"}
        return
    assert found[claim] == claimant
    assert found[text[: text.index("),") + 1]] is None


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Analysts had expected earnings of about 70 cents a share, according to Zacks "
            "Investment Research.",
            "earnings of about 70 cents a share",
        ),
        (
            "Analysts had expected revenue of $2.2 billion, according to FactSet.",
            "revenue of $2.2 billion",
        ),
    ],
)
def test_forecasters_expectation_stays_theirs_after_according_to(text: str, claim: str) -> None:
    """ "Analysts had expected X, according to FactSet": the forecasters' figure, which the
    service collected, as "Analysts polled by LSEG had expected X" (the whole sentence had been
    the service's claim)."""
    assert summary(text) == [(claim, "Analysts", "expected")]


@pytest.mark.parametrize(
    "text",
    [
        "The star signed a £6million deal with the label.",
        "The club paid $2.5million for the striker.",
        "Neighbours complained about the 10ft fence.",
        "The lorry was carrying 40lb of explosives.",
    ],
)
def test_a_scale_or_unit_written_on_to_the_number_is_a_statistic(text: str) -> None:
    """ "£6million", "$2.5million", "10ft": the British popular press writes the scale or the
    unit on to the number; a statistic as "£6m" and "£6 million" are."""
    assert "statistic" in first_flags(text)


def test_an_ordinal_is_still_no_statistic() -> None:
    """(a guard) "the 1st Battalion": an ordinal is no measure."""
    assert "statistic" not in first_flags("The 1st Battalion left the base in the morning.")


@pytest.mark.parametrize(
    "text",
    [
        "Jordan is also understood to have unfollowed Kelly on Instagram.",
        "The singer is now understood to be living in Spain.",
        "The pair are still thought to be in talks.",
    ],
)
def test_understood_to_with_an_adverb_is_hedged(text: str) -> None:
    """ "is also / now / still understood to": hedged, as "is understood to" is."""
    assert "hedged" in first_flags(text)


def test_a_quotation_tag_ending_in_then() -> None:
    """'"A," Cole said then. "B."': "then" is when it was said, as "later" (the claim had been
    "then", and A lost)."""
    assert summary('"It was a mistake," Cole said then. "We moved on."') == [
        ("It was a mistake", "Cole", "said"),
        ("We moved on", "Cole", "said"),
    ]


@pytest.mark.parametrize(
    ("text", "claim", "claimant", "cue"),
    [
        ('"It is brilliant," she gushed.', "It is brilliant", "she", "gushed"),
        (
            'She gushed: "It is the best day of my life."',
            "It is the best day of my life",
            "She",
            "gushed",
        ),
        ('"It\'s a joke," the manager blasted.', "It's a joke", "the manager", "blasted"),
        ('"Not again," he laughed.', "Not again", "he", "laughed"),
    ],
)
def test_the_popular_press_tags_of_a_quotation(
    text: str, claim: str, claimant: str, cue: str
) -> None:
    """ "gushed", "blasted", "beamed", "laughed", "raved", "snapped" as a quotation's tag (the
    tag had stayed in the reporter's claim)."""
    assert summary(text) == [(claim, claimant, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor blasted the decision as reckless.",
        "He laughed at the idea.",
        "The cable snapped during the storm.",
    ],
)
def test_the_popular_press_verbs_are_tags_only(text: str) -> None:
    """(a guard) Outside a quotation's tag the verbs report nothing."""
    assert speakers_of(text) == {text.rstrip("."): None}


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Per the filing, the exchange held $2.1 billion in customer assets.",
            "the exchange held $2.1 billion in customer assets",
            "the filing",
        ),
        (
            "Per court records, the man was arrested twice in 2019.",
            "the man was arrested twice in 2019",
            "court records",
        ),
        (
            "Per Nilsson, the coach, said the team was tired.",
            "the team was tired",
            "Per Nilsson",
        ),
    ],
)
def test_per_opening_the_sentence(text: str, claim: str, claimant: str) -> None:
    """ "Per the filing, Y" opening a sentence is "According to the filing, Y", as ", per X" is
    after it; "Per Nilsson" is a name (a guard)."""
    assert speakers_of(text) == {claim: claimant}


_PAGE_TOP = (
    "{kicker}Hale privately fumes as Whitaker keeps him at arm's length\n\n"
    "{standfirst}"
    "By Natalie Okafor and Sean Dreyfus\n\n"
    "October 20, 2028\n\n"
    "President Marcus Hale has grown frustrated with the campaign, five people familiar "
    "with his comments said.\n"
)


@pytest.mark.parametrize(
    "standfirst",
    [
        'The president has told confidants he feels "airbrushed out" of the race, according '
        "to people close to him\n\n",
        "The president has told confidants he feels sidelined. His aides say he is angry.\n\n",
        "- Hale has not been asked to campaign in any swing state\n"
        "- Aides say he feels sidelined\n\n",
    ],
)
def test_a_standfirst_between_the_headline_and_the_byline_is_furniture(standfirst: str) -> None:
    """The paragraph (or the key points) between a headline and the byline under it is the
    standfirst, which the body says again: furniture, not claims (each had been a claim)."""
    result = extract(_PAGE_TOP.format(kicker="", standfirst=standfirst))
    assert [claim.text for claim in result.claims] == [
        "President Marcus Hale has grown frustrated with the campaign"
    ]
    kinds = {span.kind for span in result.metadata.furniture}
    assert "standfirst" in kinds


def test_a_sections_kicker_over_the_headline_is_not_the_title() -> None:
    """ "Politics" over the headline is the section's kicker: the headline is the title (the
    kicker had been)."""
    result = extract(_PAGE_TOP.format(kicker="Politics\n\n", standfirst=""))
    assert result.metadata.title == "Hale privately fumes as Whitaker keeps him at arm's length"


def test_a_first_paragraph_with_no_byline_under_it_stays_a_claim() -> None:
    """(a guard) Without a byline after it, the paragraph under the headline is the body's
    first (as on Wikinews)."""
    text = (
        "Hale privately fumes as Whitaker keeps him at arm's length\n\n"
        "The president has told confidants he feels sidelined.\n\n"
        "His aides say he is angry.\n"
    )
    assert [claim.text for claim in extract(text).claims] == ["he feels sidelined", "he is angry"]


@pytest.mark.parametrize(
    ("text", "first", "rest"),
    [
        (
            "Brennan accused the Fed of strangling small businesses, and his campaign has spent "
            "$4 million on ads attacking it.",
            ("the Fed of strangling small businesses", "Brennan", "accused"),
            ("his campaign has spent $4 million on ads attacking it", None, None),
        ),
        (
            "Rebels accused the army of shelling the town, and aid groups said 40 people had died.",
            ("the army of shelling the town", "Rebels", "accused"),
            ("40 people had died", "aid groups", "said"),
        ),
        (
            'Brennan predicted a "landslide" and brushed off questions about the polls.',
            ('a "landslide"', "Brennan", "predicted"),
            ("brushed off questions about the polls", None, None),
        ),
    ],
)
def test_what_follows_an_object_of_accusing_or_predicting_is_read_apart(
    text: str, first: tuple, rest: tuple
) -> None:
    """After the object of "accused" or "predicted", ", and" with a clause of its own subject,
    or "and" with a second past verb of the speaker, is no part of the accusation or the
    forecast: the clause is read on its own (it had run on inside the speaker's claim)."""
    assert summary(text) == [first, rest]


def test_a_forecast_clause_still_runs_on() -> None:
    """(a guard) "predicted the bank would cut rates and said ...": a clause said, then a
    second cue."""
    assert summary(
        "Analysts predicted the bank would cut rates and said inflation would ease."
    ) == [
        ("the bank would cut rates", "Analysts", "predicted"),
        ("inflation would ease", "Analysts", "said"),
    ]


@pytest.mark.parametrize(
    ("text", "claim", "cue"),
    [
        (
            "The senator said the plan was dead, claiming without evidence that donors had "
            "pulled out.",
            "donors had pulled out",
            "claiming",
        ),
        (
            "The governor defended the law, insisting repeatedly that it was working.",
            "it was working",
            "insisting",
        ),
        (
            "The mayor stood by the figures, saying only that they had been checked.",
            "they had been checked",
            "saying",
        ),
    ],
)
def test_an_adverb_between_a_participle_of_saying_and_that(text: str, claim: str, cue: str) -> None:
    """ ", claiming without evidence that Y", ", insisting repeatedly that Y", ", saying only
    that Y": the adverb is how it was said, not the claim's first words."""
    assert (claim, cue) in [(text_, cue_) for text_, _, cue_ in summary(text)]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Asked about the memo, Whitaker did not answer, saying only that she had not read it.",
            "Whitaker",
        ),
        (
            "Pressed on the figures, the minister refused to budge, insisting that they were "
            "accurate.",
            "the minister",
        ),
        ("Asked about the memo, she shrugged, saying she had not read it.", "she"),
    ],
)
def test_a_participles_phrase_opening_the_sentence_is_not_its_subject(
    text: str, claimant: str
) -> None:
    """ "Asked about X, Whitaker ..., saying Y": the participle's phrase comes before the
    subject, who says Y (the claimant had been "Asked")."""
    assert summary(text)[-1][1] == claimant


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        ("Prices rose, traders said.", "Prices rose", "traders"),
        ("Talks stalled, officials said.", "Talks stalled", "officials"),
        ("He agreed, she said.", "He agreed", "she"),
    ],
)
def test_a_two_word_clause_before_its_tag(text: str, claim: str, claimant: str) -> None:
    """ "Talks stalled, officials said": a subject and its verb are a claim before a tag (the
    whole sentence had been the reporter's: three words had been the least)."""
    assert speakers_of(text) == {claim: claimant}


@pytest.mark.parametrize("text", ["Thank you, she said.", "Good luck, she said."])
def test_two_words_without_a_verb_before_a_tag_are_no_claim(text: str) -> None:
    """(a guard) "Thank you, she said": no subject and verb."""
    assert summary(text) in ([], [(text.rstrip("."), None, None)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The campaign signaled confidence Tuesday about its chances in Michigan.",
            [
                (
                    "The campaign signaled confidence Tuesday about its chances in Michigan",
                    None,
                    None,
                )
            ],
        ),
        ("The minister hinted at a delay.", [("The minister hinted at a delay", None, None)]),
        (
            "The bank has signalled it will cut rates in June.",
            [("it will cut rates in June", "The bank", "signalled")],
        ),
    ],
)
def test_signal_and_hint_report_only_a_clause(text: str, expected: list) -> None:
    """ "signaled confidence", "hinted at a delay": a mood shown, no claim reported (the claim
    had been "confidence Tuesday about ..."); a clause after them is (a guard)."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Whitaker also addressed reports that Hale had been excluded from rallies.",
        "The senator discussed claims that the vote had been rigged.",
    ],
)
def test_reports_after_a_past_verb_is_a_noun(text: str) -> None:
    """ "addressed reports that Y": the noun "reports", not a cue with "Whitaker also addressed"
    as its speaker."""
    assert all(source is None for _, source, _ in summary(text))


def test_an_outlets_name_before_reports_speaks() -> None:
    """ "Sky News reports that Y": the outlet's name, not "news reports" (the whole sentence
    had been the reporter's)."""
    assert speakers_of("Sky News reports that the minister will resign.") == {
        "the minister will resign": "Sky News"
    }


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            'Her campaign released a statement accusing Brennan of "lying to voters."',
            'Brennan of "lying to voters',
            "Her campaign",
        ),
        (
            "The union issued a statement accusing the company of breaking the law.",
            "the company of breaking the law",
            "The union",
        ),
    ],
)
def test_a_statement_accusing(text: str, claim: str, claimant: str) -> None:
    """ "released a statement accusing X of Y": whom the issuer accuses, and of what."""
    assert summary(text) == [(claim, claimant, "accusing")]


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("The candidate is doubling down on his attack.", []),
        ("The senator doubled down on the claim.", []),
        ("Prices doubled last year.", ["statistic"]),
    ],
)
def test_doubling_down_is_no_measure(text: str, flags: list[str]) -> None:
    """ "doubling down": an idiom, no statistic (a guard: "Prices doubled")."""
    assert first_flags(text) == flags


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            'The White House dismissed the reports of tension as "palace intrigue."',
            "the reports of tension",
        ),
        ("The firm dismissed the claims about the deal as false.", "the claims about the deal"),
    ],
)
def test_what_is_dismissed_keeps_its_phrase_before_as(text: str, claim: str) -> None:
    """ "dismissed the reports of tension as Y": what is dismissed, its phrase and all - not
    what it is called."""
    assert summary(text)[0][0] == claim


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The men were detained by U.S. Customs and Border Protection officers, the agency "
            "said.",
            ["The men were detained by U.S. Customs and Border Protection officers"],
        ),
        (
            "The case was referred to U.S. Marshals in El Paso, officials said.",
            ["The case was referred to U.S. Marshals in El Paso"],
        ),
        (
            "The offer topped the bid for Cardinal Airlines Inc. Cardinal shares plunged $16.75 "
            "to $80.",
            [
                "The offer topped the bid for Cardinal Airlines Inc",
                "Cardinal shares plunged $16.75 to $80",
            ],
        ),
        (
            "The deal was signed by Acme Inc. Chairman John Doe on Monday.",
            ["The deal was signed by Acme Inc. Chairman John Doe on Monday"],
        ),
        (
            "Sens. Maria Ortiz and Tim Kaine said the deal was fair.",
            ["the deal was fair"],
        ),
    ],
)
def test_sentences_around_abbreviations_of_names(text: str, claims: list[str]) -> None:
    """ "U.S. Customs and ...", "U.S. Marshals" and "Sens." go on in the sentence (they had
    split it); after a company's form, a name with a noun and its verb opens the next
    sentence ("Inc. Cardinal shares plunged": the two had been one claim)."""
    assert [claim for claim, _, _ in summary(text)] == claims


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "State Sen. Sarah Eckhardt, D-Austin, voted against the measure, arguing that it "
            "does little for renters.",
            "it does little for renters",
            "State Sen. Sarah Eckhardt",
        ),
        (
            "Rep. Ana Hernandez, D-San Antonio, argued the plan was unfair.",
            "the plan was unfair",
            "Rep. Ana Hernandez",
        ),
    ],
)
def test_a_lawmakers_party_and_home_town_between_commas(
    text: str, claim: str, claimant: str
) -> None:
    """ "Sen. X, D-Austin, voted ..., arguing that Y": the party and home town between commas
    are read past (the whole sentence had been the reporter's), and the speaker is the name."""
    assert speakers_of(text)[claim] == claimant


def test_a_change_after_according_to_is_the_sources_too() -> None:
    """ "Y, according to Z, up 41 percent from 2015": the change on Y's figure is Z's, a claim
    beside Y as "up from 219,000" is (it had been left out)."""
    text = (
        "Home sales reached 41,000 last year, according to the Realtors association, up 41 "
        "percent from 2015."
    )
    assert summary(text) == [
        ("Home sales reached 41,000 last year", "the Realtors association", "according to"),
        ("up 41 percent from 2015", "the Realtors association", "according to"),
    ]


@pytest.mark.parametrize(
    ("text", "claim", "cue"),
    [
        (
            "The governor has made clear that she will veto the bill.",
            "she will veto the bill",
            "made clear",
        ),
        (
            "The governor has made it clear she will veto the bill.",
            "she will veto the bill",
            "made it clear",
        ),
        (
            "Supporters counter that the tax would raise $80 million.",
            "the tax would raise $80 million",
            "counter",
        ),
    ],
)
def test_made_clear_and_counter(text: str, claim: str, cue: str) -> None:
    """ "has made (it) clear (that) Y", "counter that Y" (the present of "countered")."""
    assert [(found, found_cue) for found, _, found_cue in summary(text)] == [(claim, cue)]


@pytest.mark.parametrize(
    "text", ["The firm made a profit last year.", "The drug is sold over the counter."]
)
def test_made_and_counter_alone_report_nothing(text: str) -> None:
    """(a guard) "made a profit", "over the counter"."""
    assert speakers_of(text) == {text.rstrip("."): None}


@pytest.mark.parametrize(
    "text",
    [
        "The $21-per-employee head tax would drive jobs out of the city.",
        "The $5-a-day fee was scrapped.",
    ],
)
def test_an_amount_as_a_modifier_is_a_statistic(text: str) -> None:
    """ "a $21-per-employee tax": an amount, a statistic."""
    assert "statistic" in first_flags(text)


def test_who_voted_no_said() -> None:
    """ "Some Democrats who voted no said Y": the vote, not a negation of "said"."""
    assert speakers_of("Some Democrats who voted no said they feared a backlash.") == {
        "they feared a backlash": "Some Democrats who voted no"
    }


@pytest.mark.parametrize(
    "text",
    [
        'Garrett said on "Face the Nation" Sunday that cartels were adapting fast.',
        'Garrett warned on "Fox News Sunday" that cartels were adapting fast.',
        "Garrett told NBC in an interview that aired Sunday that cartels were adapting fast.",
        "Garrett told CBS News' Margaret Brennan that cartels were adapting fast.",
    ],
)
def test_a_programme_or_an_interview_before_that(text: str) -> None:
    """'said on "Face the Nation" Sunday that Y', "told NBC in an interview that aired Sunday
    that Y", "told CBS News' Margaret Brennan that Y": the programme, the interview's relative
    clause and a plural possessive are the setting, not the claim."""
    assert summary(text)[0][:2] == ("cartels were adapting fast", "Garrett")


def test_a_quotation_tagged_with_an_interview_that_aired() -> None:
    """'"Q," Ellison told NBC News' Kristen Welker in an interview that aired Sunday': Q is
    Ellison's (the claim had been the interview's relative clause)."""
    text = (
        '"We are not there yet," Ellison told NBC News\' Kristen Welker in an interview that '
        'aired Sunday on "Meet the Press."'
    )
    assert summary(text) == [("We are not there yet", "Ellison", "told")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Okafor campaign hopes a visit by the president will lift turnout.",
            [("a visit by the president will lift turnout", "The Okafor campaign", "hopes")],
        ),
        (
            "The court held that the law was unconstitutional.",
            [("the law was unconstitutional", "The court", "held")],
        ),
        (
            "The inspector general rejected that explanation, writing that the agreement "
            "covered the grant.",
            [("the agreement covered the grant", "The inspector general", "rejected")],
        ),
        (
            'One poster admitted to being part of the effort, writing in a blog post "I have '
            'loaded up the tool."',
            [
                ("One poster admitted to being part of the effort", None, None),
                ("I have loaded up the tool", "One poster", "writing"),
            ],
        ),
    ],
)
def test_hopes_held_and_writing(text: str, expected: list) -> None:
    """ "hopes Y" (a clause), "the court held that Y", ", writing that Y" and ', writing in a
    blog post "Y"' report Y (each had been the reporter's whole sentence, or the quotation
    another speaker's)."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The club hopes to sign two players.",
        "House leaders want a package, a gamble they hope will win over holdouts.",
        "We hope that in time, we will have millions of articles.",
        "The two sides held talks on Monday.",
    ],
)
def test_hopes_and_held_without_a_clause_of_their_own(text: str) -> None:
    """(guards) "hopes to sign", a gap after "hope", a speaker's own "we hope" and "held
    talks" report nothing."""
    assert speakers_of(text) == {text.rstrip("."): None}


def test_would_say_only_that() -> None:
    """ "would say only that Y": what little was said, Y (not "would say", a hypothesis)."""
    assert speakers_of("The spokesman would say only that the matter was under review.") == {
        "the matter was under review": "The spokesman"
    }


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Roughly 700,000 civilian workers could see their paychecks delayed.", True),
        ("Households could see bills rise by 200 pounds.", True),
        ("Residents could see smoke from miles away.", False),
    ],
)
def test_could_see_what_may_befall_someone_is_hedged(text: str, hedged: bool) -> None:
    """ "could see their paychecks delayed": what may befall them, a doubt (but "could see
    smoke", what they were able to see, is no hedge)."""
    assert ("hedged" in first_flags(text)) is hedged


@pytest.mark.parametrize(
    ("text", "statistic"),
    [
        ("That exchange appears on page 147 of the transcript.", False),
        ("The claim is in paragraph 12 of the ruling.", False),
        ("The report runs to 147 pages.", True),
    ],
)
def test_a_page_or_paragraph_number_is_no_statistic(text: str, statistic: bool) -> None:
    """ "on page 147", "paragraph 12": where in a document, not a quantity."""
    assert ("statistic" in first_flags(text)) is statistic


@pytest.mark.parametrize(
    ("text", "claim", "claimant", "cue"),
    [
        (
            "Brandt has spent weeks claiming that the election is rigged.",
            "the election is rigged",
            "Brandt",
            "claiming",
        ),
        (
            "The senator spent months arguing the plan would fail.",
            "the plan would fail",
            "The senator",
            "arguing",
        ),
    ],
)
def test_spent_weeks_claiming(text: str, claim: str, claimant: str, cue: str) -> None:
    """ "has spent weeks claiming that Y": Y is the subject's, and how long it was said is no
    claim of its own (the whole sentence had been the reporter's)."""
    assert summary(text) == [(claim, claimant, cue)]


def test_insisted_on_anonymity_is_a_qualifier() -> None:
    """ "The advisers insisted on anonymity because ...": a qualifier, not a claim, which
    flags the claim before it (as "requested anonymity" does)."""
    claims = extract(
        "Two advisers said the campaign was in trouble. The advisers insisted on anonymity "
        "because they were not authorized to speak publicly."
    ).claims
    assert [(claim.text, claim.flags) for claim in claims] == [
        ("the campaign was in trouble", ("anonymous_source",))
    ]


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            'Rep. Dana Kessler, R-Texas, who voted no, said the package "keeps spending on '
            'autopilot."',
            'the package "keeps spending on autopilot',
            "Rep. Dana Kessler",
        ),
        (
            "Sen. Ellen Trask, D-Mass., said it did not go far enough.",
            "it did not go far enough",
            "Sen. Ellen Trask",
        ),
        (
            "Rep. Ana Ruiz, D-N.Y., who chairs the panel, said the bill was dead.",
            "the bill was dead",
            "Rep. Ana Ruiz",
        ),
    ],
)
def test_a_party_and_state_between_commas_before_a_relative_or_the_verb(
    text: str, claim: str, claimant: str
) -> None:
    """(guards for this session's blanking of a party and home town) "Rep. X, R-Texas, who
    voted no, said", "Sen. X, D-Mass., said": the party and state, spelled out or abbreviated,
    are read past (a first form of the rule had made the subject the claim, or "D-Mass." the
    speaker)."""
    assert speakers_of(text) == {claim: claimant}


def test_a_summing_up_move_that_could_is_hedged() -> None:
    """ ", a move that could force 900 layoffs": what may follow, hedged (as ", which could")."""
    claims = extract(
        "The board voted to sell the unit, a move that could force the layoff of 900 workers."
    ).claims
    assert claims[-1].text == "a move that could force the layoff of 900 workers"
    assert "hedged" in claims[-1].flags


def test_what_a_hospital_that_could_do_is_no_hedge() -> None:
    """(a guard) "The only hospital that could treat him": ability."""
    assert "hedged" not in first_flags("The only hospital that could treat him was closed.")


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            'Okafor said the bill would pass "in the coming weeks," though he declined to give '
            "a date.",
            'the bill would pass "in the coming weeks',
        ),
        (
            "The firm says revenue doubled, though it would not share figures.",
            "revenue doubled",
        ),
    ],
)
def test_a_refusal_after_though_ends_the_claim(text: str, claim: str) -> None:
    """ ", though he declined to give a date", ", though it would not share figures": what the
    speaker then did not do is no part of the claim."""
    assert summary(text)[0][0] == claim


def test_a_report_that_found_is_no_cue_report() -> None:
    """ "pointed to a GAO report that found Y": "report" is the noun (the claimant had been
    "Adeyemi also pointed to a recent Government Accountability Office")."""
    text = (
        "Adeyemi also pointed to a recent Government Accountability Office report that found "
        "the backlog had doubled."
    )
    assert all(source is None or "pointed" not in source for _, source, _ in summary(text))


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Ortega told reporters in Harrisburg, Pa., that the ticket was gaining ground.",
            "the ticket was gaining ground",
            "Ortega",
        ),
        (
            "Okafor told reporters in Davenport, Iowa, on Wednesday that she backed the inquiry.",
            "she backed the inquiry",
            "Okafor",
        ),
        (
            "A meteorologist at the weather service office in Blacksburg, Va., said the river "
            "would crest on Friday.",
            "the river would crest on Friday",
            "A meteorologist at the weather service office in Blacksburg, Va.",
        ),
    ],
)
def test_a_state_after_a_city_in_the_tag(text: str, claim: str, claimant: str) -> None:
    """ "told reporters in Harrisburg, Pa., that Y", "in Blacksburg, Va., said": the state after
    the city, AP style, is no end of the tag (the claim had begun at the state)."""
    assert speakers_of(text) == {claim: claimant}


@pytest.mark.parametrize(
    ("text", "statistic"),
    [
        ("The minister blamed No 10 for the leaks.", False),
        ("The Chancellor announced a 5p rise in fuel duty.", True),
        ('"Clean out my desk by five o\'clock," Freel told HuffPost.', False),
        ("The capsule visited comet 81P/Wild in 2004.", False),
    ],
)
def test_no_10_pence_and_oclock(text: str, statistic: bool) -> None:
    """ "No 10" is an address and "five o'clock" a time, no statistics; "a 5p rise" is one."""
    assert ("statistic" in first_flags(text)) is statistic


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The ban is unconstitutional, the court ruled on Thursday.", "the court"),
        (
            "The ban is unconstitutional, the country's Federal Court of Justice ruled on "
            "Thursday.",
            "the country's Federal Court of Justice",
        ),
    ],
)
def test_a_courts_ruling_as_a_tag(text: str, claimant: str) -> None:
    """ "Y, the court ruled on Thursday": the ruling's tag after it (the whole sentence had
    been the reporter's)."""
    assert summary(text) == [("The ban is unconstitutional", claimant, "ruled")]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Harlan rejected that argument out of hand.", "that argument"),
        ("The ministry denied the report categorically.", "the report"),
    ],
)
def test_how_a_denial_was_made_is_no_part_of_what_it_denies(text: str, claim: str) -> None:
    """ "rejected that argument out of hand", "denied the report categorically"."""
    assert summary(text)[0][0] == claim


@pytest.mark.parametrize(
    "line",
    [
        "Maggie Thornton covers the 2028 presidential campaign for The Times.",
        "Caitlin Yilek is a politics reporter for CBSNews.com, based in Washington, D.C.",
        "— Theodore Blaine is a reporter for National Review.",
        "Copyright 2025 The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed without permission.",
        "Content created by The Daily Caller News Foundation is available without charge to "
        "any eligible news publisher that can provide a large audience. For licensing "
        "opportunities of our original content, please contact licensing@example.org.",
        "Updated at 1:05 p.m.",
        "— Updated at 11:05 a.m.",
    ],
)
def test_reporter_lines_copyright_and_update_stamps_are_furniture(line: str) -> None:
    """A line about the reporter ("X covers ... for The Times", "X is a politics reporter for
    CBSNews.com, based in ..."), a wire's copyright with its terms, a syndication notice and
    an update stamp without a date are furniture (each had been a claim)."""
    claims = extract(f"The bill passed on Friday.\n\n{line}\n").claims
    assert [claim.text for claim in claims] == ["The bill passed on Friday"]


def test_a_sentence_about_costs_for_a_paper_is_still_a_claim() -> None:
    """(a guard) "The senator covers the costs for The Times": no name of two words."""
    claims = extract(
        "The bill passed on Friday.\n\nThe senator covers the costs for The Times.\n"
    ).claims
    assert len(claims) == 2


@pytest.mark.parametrize(
    "text",
    [
        '"You are taking away the one thing that works," Alvarez told board members, drawing '
        "a standing ovation.",
        '"We will fight," she told union members at a rally outside the gates.',
    ],
)
def test_a_quotation_told_to_members_of_a_body(text: str) -> None:
    """'"Q," X told board members, ...': the audience is "board members" (the claim had been
    "members, drawing a standing ovation")."""
    claim, _, cue = summary(text)[0]
    assert claim.startswith(("You are taking away", "We will fight")) and cue == "told"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "NHS England figures show that nationally, about 61,000 people waited more than 12 "
            "hours.",
            "nationally, about 61,000 people waited more than 12 hours",
        ),
        (
            "The study found that regionally, rents rose 8 percent.",
            "regionally, rents rose 8 percent",
        ),
    ],
)
def test_that_before_an_adverb_and_its_comma_is_the_complementiser(text: str, claim: str) -> None:
    """ "show that nationally, Y": "that" opens the clause (it had stayed in the claim)."""
    assert summary(text)[0][0] == claim


def test_two_of_the_people_is_one_of_the_group_named_before() -> None:
    """ "two of the people said" after "three people familiar with the matter": the same
    anonymous group (as "one of the people"), flagged so."""
    claims = extract(
        "Three people familiar with the matter said the deal was close. The talks could "
        "collapse, two of the people said."
    ).claims
    second = claims[1]
    assert second.source is not None and second.source.resolved is not None
    assert second.source.resolved.text == "Three people familiar with the matter"
    assert "anonymous_source" in second.flags


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The sponsors said the law would protect children.", "The sponsors"),
        ("The bill's sponsors said the law would protect children.", "The bill's sponsors"),
    ],
)
def test_a_plural_after_its_article_is_no_verb(text: str, claimant: str) -> None:
    """ "The sponsors said": a plural after its article or possessor speaks (the lexicon
    knows "sponsors" only as a verb; the whole sentence had been the reporter's)."""
    assert speakers_of(text) == {"the law would protect children": claimant}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The fine was the largest yet, according to a tally kept by the Open Rights Group.",
            "a tally kept by the Open Rights Group",
        ),
        (
            "The turnout was 61 percent, according to an AP analysis of early voting data.",
            "an AP analysis of early voting data",
        ),
    ],
)
def test_according_to_a_tally_kept_by_or_of_early_data(text: str, claimant: str) -> None:
    """ "a tally kept by X", "an analysis of early voting data": the source runs on (it had
    been "a tally kept", "an AP analysis of")."""
    assert summary(text)[0][1] == claimant


@pytest.mark.parametrize(
    "line",
    [
        "Press play to listen to this article",
        "Voiced by artificial intelligence.",
        "Update, 12:05PM ET: Added comment from the company.",
        "Correction, June 4th: An earlier version misstated the fine.",
    ],
)
def test_audio_players_and_dated_update_notes_are_furniture(line: str) -> None:
    """Politico's audio player lines and an update or correction note with its time are
    furniture (each had been a claim)."""
    claims = extract(f"The rules took effect in May.\n\n{line}\n").claims
    assert [claim.text for claim in claims] == ["The rules took effect in May"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The coalition said 40 people had died in the sinking.\n\nLocal fishermen backed "
            "the coalition's account.",
            [
                (
                    "Local fishermen backed the coalition's account",
                    "supports",
                    "40 people had died in the sinking",
                ),
            ],
        ),
        (
            "The opposition said the minister had taken bribes.\n\nA former aide to the "
            "minister confirmed the opposition's account.",
            [("the opposition's account", "supports", "the minister had taken bribes")],
        ),
    ],
)
def test_backing_a_partys_account_supports_its_claim(text: str, expected: list) -> None:
    """ "X backed / confirmed the coalition's account": a second source for the coalition's
    claim, which the sentence names by its possessive (no link had been made)."""
    assert relations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Four officers were slightly injured, police said. Organisers said at least 15 "
        "demonstrators had been treated for injuries.",
        "Six officers were injured, police said. The party said 20 supporters were injured.",
    ],
)
def test_injured_officers_and_injured_protesters_are_two_counts(text: str) -> None:
    """Officers injured and demonstrators injured are counts of two groups, no rival figures
    (a contradiction had been suggested)."""
    assert relations(text) == []


def test_two_counts_of_one_crowd_still_disagree() -> None:
    """(a guard) Protesters and demonstrators are one crowd."""
    text = "Police said 3,000 protesters marched. Organisers said 20,000 demonstrators marched."
    assert relations(text) == [
        ("20,000 demonstrators marched", "contradicts", "3,000 protesters marched")
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Activists alleged that villagers in the north were detained.",
            "villagers in the north were detained",
        ),
        (
            "The regulator alleged that around 210,000 households in New South Wales were "
            "affected.",
            "around 210,000 households in New South Wales were affected",
        ),
    ],
)
def test_alleged_that_before_a_subject_with_a_phrase(text: str, claim: str) -> None:
    """ "alleged that villagers in the north were detained": "that" opens a clause whose
    subject has a phrase after it (it had been kept as a determiner)."""
    assert summary(text)[0][0] == claim


def test_that_account_stays_a_determiner() -> None:
    """(a guard) "disputed that account on Sunday"."""
    assert summary("The family disputed that account on Sunday.")[0][0] == "that account"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Residents of Flint, Michigan said the water was unsafe.", "Residents of Flint, Michigan"),
        ("Polderwind–Hansa said the turbines were safe.", "Polderwind–Hansa"),
    ],
)
def test_a_region_after_a_town_and_a_name_with_an_en_dash(text: str, claimant: str) -> None:
    """ "Residents of Flint, Michigan said": the speaker is not "Michigan"; "Polderwind–Hansa
    said": not "Hansa"."""
    assert summary(text)[0][1] == claimant


def test_what_people_on_the_call_say_someone_said_is_their_account() -> None:
    """ "X said that Y, according to two people who were on the call": the people's account of
    what X said in private (X had been the claimant)."""
    text = (
        "Ms. Whitfield said that voters had not heard the case, according to two people who "
        "were on the call."
    )
    assert summary(text) == [
        ("Ms. Whitfield said that voters had not heard the case", "two people", "according to")
    ]


def test_disputing_that_explanation_answers_the_claim_that_gave_a_cause() -> None:
    """ "The ACCC disputed that explanation": it answers the claim that gave a cause
    ("because ..."), not the quotation just before it."""
    text = (
        "The retailer said bills rose because wholesale prices had doubled. Consumer groups "
        'said families were struggling. "People cannot pay," said Ada Oyelaran of the group.'
        "\n\nThe ACCC disputed that explanation."
    )
    assert relations(text) == [
        ("that explanation", "denies", "bills rose because wholesale prices had doubled")
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"We will build it," he said, to laughter from the crowd.',
        '"We will win," she said, to loud applause.',
    ],
)
def test_the_rooms_reaction_after_a_quotation_tag(text: str) -> None:
    """'"Q," he said, to laughter from the crowd': how the room took it, no part of the claim
    (the whole sentence had been the claim, its tag and all)."""
    claim, _, cue = summary(text)[0]
    assert claim in ("We will build it", "We will win") and cue == "said"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The minister will resign, the BBC has been told.", "the BBC"),
        ("The Times has been told that the minister will resign.", "The Times"),
    ],
)
def test_an_outlet_that_has_been_told(text: str, claimant: str) -> None:
    """ "Y, the BBC has been told": the outlet's own sourcing, as "the Guardian understands"
    (the whole sentence had been the reporter's)."""
    assert summary(text) == [
        (
            "the minister will resign"
            if text.startswith("The Times")
            else "The minister will resign",
            claimant,
            "told",
        )
    ]


def test_others_who_were_told_report_nothing() -> None:
    """(a guard) "The victims were told that help was coming": a passive, no speaker."""
    text = "The victims were told that help was coming."
    assert speakers_of(text) == {text.rstrip("."): None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A minister has denied lobbying for a property company, as opposition parties "
            "called for an inquiry.",
            [
                ("lobbying for a property company", "A minister", "denied"),
                ("opposition parties called for an inquiry", None, None),
            ],
        ),
        (
            "The army denied shelling the town, while aid groups said 40 people had died.",
            [
                ("shelling the town", "The army", "denied"),
                ("40 people had died", "aid groups", "said"),
            ],
        ),
    ],
)
def test_a_clause_after_as_or_while_is_no_part_of_a_denial(text: str, expected: list) -> None:
    """ "denied X, as opposition parties called for Y": the clause after "as" / "while" is
    read on its own (it had been part of what was denied)."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "An NBC News poll conducted Feb. 14-18 found 44 percent of voters backed Brandt.",
            "An NBC News poll conducted Feb. 14-18",
        ),
        (
            "A YouGov/Economist poll conducted March 10-13 found that 52 percent of voters backed "
            "the plan.",
            "A YouGov/Economist poll conducted March 10-13",
        ),
    ],
)
def test_a_poll_with_the_dates_it_was_conducted(text: str, claimant: str) -> None:
    """ "A poll conducted Feb. 14-18 found Y": the poll, with its dates (the claimant had been
    "18")."""
    assert summary(text)[0][1] == claimant


@pytest.mark.parametrize(
    "line",
    ["Sahil Kapur and Katherine Doyle contributed.", "Alice Crites contributed research."],
)
def test_contributors_named_alone_are_furniture(line: str) -> None:
    """ "X and Y contributed.", "X contributed research.": the page's credits."""
    claims = extract(f"The bill passed.\n\n{line}\n").claims
    assert [claim.text for claim in claims] == ["The bill passed"]


def test_one_of_those_officials_is_one_of_the_group() -> None:
    """ "One of those officials said": one of the group named before, anonymous as it was."""
    claims = extract(
        "Three officials, who spoke on condition of anonymity, said the deal was close. One of "
        "those officials said it would be signed on Friday."
    ).claims
    assert claims[1].source is not None and claims[1].source.resolved is not None
    assert claims[1].source.resolved.text == "Three officials"
    assert "anonymous_source" in claims[1].flags


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The president plans to fire her, according to two people familiar with the talks, "
            "granted anonymity to discuss private conversations.",
            "The president plans to fire her",
        ),
        (
            "The order is being drafted, two administration officials said, granted anonymity to "
            "discuss internal deliberations.",
            "The order is being drafted",
        ),
    ],
)
def test_granted_anonymity_after_the_tag(text: str, claim: str) -> None:
    """Politico's ", granted anonymity to discuss ..." after a tag: the terms the sources spoke
    on, no part of the claim (nor a statistic for "two people")."""
    found = extract(text).claims
    assert [c.text for c in found] == [claim]
    assert "statistic" not in found[0].flags and "anonymous_source" in found[0].flags


@pytest.mark.parametrize(
    ("text", "claim", "claimant", "cue"),
    [
        ('"You raised taxes," Okafor shot back.', "You raised taxes", "Okafor", "shot back"),
        ('"That is false," Reyes fired back.', "That is false", "Reyes", "fired back"),
        ('"That is a lie," she hit back.', "That is a lie", "she", "hit back"),
        ('"Not true," Reyes interjected.', "Not true", "Reyes", "interjected"),
        (
            '"We need to move the money," Hughes wrote to a colleague on March 3.',
            "We need to move the money",
            "Hughes",
            "wrote",
        ),
    ],
)
def test_a_debates_tags_of_a_quotation(text: str, claim: str, claimant: str, cue: str) -> None:
    """'"Q," X shot back / fired back / hit back / interjected', '"Q," X wrote to a
    colleague': the quotation's tag (the whole sentence had been the reporter's)."""
    assert summary(text) == [(claim, claimant, cue)]


@pytest.mark.parametrize(
    "text",
    [
        "Police shot back at the gunmen.",
        "The storm hit the town on Monday.",
        "The mayor wrote to staff on Monday.",
    ],
)
def test_back_and_wrote_to_without_a_quotation(text: str) -> None:
    """(guards) No quotation before them: acts, no claims reported."""
    assert speakers_of(text) == {text.rstrip("."): None}


@pytest.mark.parametrize(
    ("text", "earlier", "later"),
    [
        (
            "Residents said the fighting had intensified in recent days.\n\nThe army said the "
            "fighting around Uvira had eased.",
            "the fighting had intensified in recent days",
            "the fighting around Uvira had eased",
        ),
        (
            "The union said conditions at the plant had worsened.\n\nThe company said "
            "conditions had improved since March.",
            "conditions at the plant had worsened",
            "conditions had improved since March",
        ),
    ],
)
def test_a_measure_said_to_move_both_ways_in_other_verbs(
    text: str, earlier: str, later: str
) -> None:
    """ "intensified" / "eased", "worsened" / "improved": the same measure said to move in
    opposite directions (no link had been made)."""
    assert relations(text) == [(later, "contradicts", earlier)]


@pytest.mark.parametrize("line", ["Here are the takeaways.", "Here's what you need to know."])
def test_a_pages_signposts_are_furniture(line: str) -> None:
    claims = extract(f"The debate is over.\n\n{line}\n").claims
    assert [claim.text for claim in claims] == ["The debate is over"]


def test_confirming_that_account_supports_the_account_just_given() -> None:
    """ "A second worker confirmed that account": a second source for the account just given
    by another (no link had been made)."""
    text = "A worker said guards had beaten him.\n\nA second worker confirmed that account."
    assert relations(text) == [("that account", "supports", "guards had beaten him")]


@pytest.mark.parametrize(
    ("text", "later", "earlier"),
    [
        (
            "The company said wages had risen.\n\nThe union said the opposite was true.",
            "the opposite was true",
            "wages had risen",
        ),
        (
            "The ministry said the river was clean. Fishermen said the reverse was the case.",
            "the reverse was the case",
            "the river was clean",
        ),
    ],
)
def test_the_opposite_was_true_contradicts_the_account_before(
    text: str, later: str, earlier: str
) -> None:
    """ "said the opposite was true", "the reverse was the case": a rebuttal with no denial
    verb, against the account just given by another."""
    assert relations(text) == [(later, "contradicts", earlier)]


def test_a_speakers_later_act_after_a_coordinated_predicate() -> None:
    """(a guard for this session's rule on a second predicate) "predicted a "landslide" and
    brushed off questions, saying that "Q"": Q is still the speaker's (a first form of the rule
    had folded it into the reporter's clause)."""
    text = (
        'He predicted a "landslide" and brushed off questions about the Sun Belt, saying that '
        '"we\'re going to win everywhere."'
    )
    assert ("we're going to win everywhere", "He", "saying") in summary(text)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The board will vote at 6 p.m. Dec. 11 at Linden Elementary.",
            ["The board will vote at 6 p.m. Dec. 11 at Linden Elementary"],
        ),
        (
            "The meeting starts at 7 p.m. March 3 in the town hall.",
            ["The meeting starts at 7 p.m. March 3 in the town hall"],
        ),
    ],
)
def test_a_date_after_a_clock_time_goes_on(text: str, claims: list[str]) -> None:
    """ "at 6 p.m. Dec. 11": the date after the time, no sentence end."""
    assert [claim for claim, _, _ in summary(text)] == claims


def test_a_no_comment_relative_clause_after_a_fact() -> None:
    """ "It was bought by X, which did not respond to a request for comment": the fact is a
    claim, without the note (the sentence had been dropped)."""
    assert summary(
        "It was bought in 2019 by Lakemont Partners, which did not respond to a request for "
        "comment."
    ) == [("It was bought in 2019 by Lakemont Partners", None, None)]


def test_a_described_person_who_did_not_respond_is_still_a_note() -> None:
    """(a guard) "Mr. Brevard, who left in August, did not respond to several messages"."""
    assert (
        summary(
            "Mr. Brevard, who left the administration in August, did not respond to several "
            "messages seeking comment."
        )
        == []
    )


def test_a_party_and_state_before_an_apposition() -> None:
    """(a guard) "Rep. X, R-Texas, a member of the Freedom Caucus, said": the name speaks."""
    text = "Rep. Wade Tillerson, R-Texas, a member of the Freedom Caucus, said he would vote no."
    assert summary(text) == [("he would vote no", "Rep. Wade Tillerson", "said")]


def test_a_clause_inside_the_denials_participle_stays_its_reason() -> None:
    """(a guard for this session's rule on a clause after a denial's object) "disputed the
    estimate, saying the analysis "assumes ..., and that's just not how markets work"": the ",
    and" clause is inside the participle's quotation, which is what the denial asserts."""
    text = (
        "Ellison disputed the estimate, saying the group's analysis \"assumes every penny gets "
        "passed to the buyer, and that's just not how markets work.\""
    )
    assert summary(text) == [
        (
            "the group's analysis \"assumes every penny gets passed to the buyer, and that's "
            "just not how markets work",
            "Ellison",
            "disputed",
        )
    ]


def test_laughed_after_a_question_reported_is_no_tag() -> None:
    """(a guard for this session's "laughed" tag) "Asked whether she was too old for the
    job, Marsh laughed": no quotation before the tag - the question is not Marsh's claim."""
    assert all(
        cue != "laughed"
        for _, _, cue in summary("Asked whether she was too old for the job, Marsh laughed.")
    )


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Whitcomb, speaking Friday in Fayetteville, North Carolina, said the race was tied.",
            "Whitcomb",
        ),
        (
            "Ruth Okonkwo, 29, a nurse from Flint, Michigan, said she would vote for him.",
            "Ruth Okonkwo",
        ),
    ],
)
def test_a_state_in_full_inside_an_aside_before_the_verb(text: str, claimant: str) -> None:
    """ "X, speaking in Fayetteville, North Carolina, said", "X, 29, a nurse from Flint,
    Michigan, said": the state after the town is no end of the aside (the claimant had been
    the aside's last piece)."""
    assert summary(text)[0][1] == claimant


def test_afps_country_in_brackets_before_the_agency() -> None:
    """ "Malatya (Turkey) (AFP) - ": the dateline, no part of the lead."""
    result = extract(
        "Malatya (Turkey) (AFP) - Rescuers pulled 12 people from the rubble on Tuesday, "
        "officials said."
    )
    assert result.metadata.dateline == "Malatya"
    assert [claim.text for claim in result.claims] == [
        "Rescuers pulled 12 people from the rubble on Tuesday"
    ]


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "AFP journalists saw rescuers pull two children from the rubble.",
            "rescuers pull two children from the rubble",
            "AFP journalists",
        ),
        (
            "A Reuters photographer at the scene saw police fire tear gas.",
            "police fire tear gas",
            "A Reuters photographer at the scene",
        ),
    ],
)
def test_an_outlets_reporters_saw_opening_the_sentence(
    text: str, claim: str, claimant: str
) -> None:
    """ "AFP journalists saw Y": what the outlet's reporters saw, as ", an AFP journalist saw"
    closing a sentence (the whole sentence had been the reporter's)."""
    assert summary(text) == [(claim, claimant, "saw")]


def test_residents_who_saw_smoke_report_nothing() -> None:
    """(a guard) Others who saw something: the sentence as it stands."""
    text = "Residents saw smoke rising from the plant."
    assert speakers_of(text) == {text.rstrip("."): None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The stock is cheap, said Jefferies analyst Martin Dahl, who has a "hold" rating on '
            "the stock.",
            [("The stock is cheap", "Jefferies analyst Martin Dahl", "said")],
        ),
        (
            '"The stock is cheap," said Martin Dahl, who has a "buy" rating on the shares.',
            [("The stock is cheap", "Martin Dahl", "said")],
        ),
    ],
)
def test_a_quoted_label_between_a_determiner_and_its_noun(text: str, expected: list) -> None:
    """'has a "hold" rating on the stock': a label in quotation marks, no one's quotation (the
    sentence had been lost, or "buy" made a claim of its own)."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "claim", "cue"),
    [
        ("Ellison pushed back on that criticism.", "that criticism", "pushed back"),
        (
            "The senator pushed back on claims that the deal was dead.",
            "claims that the deal was dead",
            "pushed back",
        ),
        ("The firm pushes back against the report.", "the report", "pushes back"),
        (
            "Ellison pushed back on that criticism, saying the deal was fair.",
            "the deal was fair",
            "pushed back",
        ),
    ],
)
def test_pushing_back_on_a_claim_is_a_rejection(text: str, claim: str, cue: str) -> None:
    """ "pushed back on (claims that) X": a rejection, as "rejected (claims that) X" - its
    object, or what its "saying" asserts (the whole sentence had been the reporter's)."""
    assert [(found, found_cue) for found, _, found_cue in summary(text)] == [(claim, cue)]


@pytest.mark.parametrize(
    "text", ["The council pushed back the vote to May.", "Police pushed back the crowd."]
)
def test_pushing_back_a_vote_is_a_delay(text: str) -> None:
    """(guards) "pushed back the vote": a delay, no claim rejected."""
    assert speakers_of(text) == {text.rstrip("."): None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Okafor said he had spent weeks arguing that the plan was unfair.",
            [("he had spent weeks arguing that the plan was unfair", "Okafor", "said")],
        ),
        (
            "The senator said Brandt has spent months claiming the vote was rigged.",
            [("Brandt has spent months claiming the vote was rigged", "The senator", "said")],
        ),
    ],
)
def test_time_spent_claiming_inside_what_someone_said(text: str, expected: list) -> None:
    """(a guard for this session's "spent weeks claiming" rule) Inside what another said, the
    time spent claiming is part of the claim: it had been emptied, the participle's claim given
    to the outer speaker."""
    assert summary(text) == expected
