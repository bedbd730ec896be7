"""Constructions found by the thirty-first session's blind hunts (Asia-Pacific and Middle East
reporting in the styles of the South China Morning Post, the Straits Times, the Japan Times,
the Philippine Daily Inquirer, Al Jazeera and the Times of Israel; and news genres: live blogs,
court reports, investigations, explainers, local television, markets), on sentences written
for these tests."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _claims(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (
            claim.text,
            claim.source.text if claim.source else None,
            text[claim.cue.start : claim.cue.end] if claim.cue else None,
        )
        for claim in extract(text).claims
    ]


def _texts(article: str) -> list[str]:
    return [claim.text for claim in extract(article).claims]


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "The recall follows a report last month by consumer magazine Choice that the "
            "heaters had caught fire in at least 30 homes.",
            "the heaters had caught fire in at least 30 homes",
            "consumer magazine Choice",
            "report",
        ),
        (
            "It comes days after claims by opposition councillors that the tender was rigged.",
            "the tender was rigged",
            "opposition councillors",
            "claims",
        ),
        (
            "The resignation came a week after a report in the Daily Nation that the governor "
            "had spent 40 million shillings on a new residence.",
            "the governor had spent 40 million shillings on a new residence",
            "the Daily Nation",
            "report",
        ),
        (
            "The inquiry was prompted by allegations by two former nurses that patients had been "
            "left without water for hours.",
            "patients had been left without water for hours",
            "two former nurses",
            "allegations",
        ),
    ],
)
def test_a_report_noun_with_its_author_gives_the_clause_to_the_author(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'a report by X that Y', 'claims by X that Y', 'a report in <newspaper> that Y': Y is
    X's, the noun its cue, and a sentence that only places the report in time ("follows",
    "came after", "was prompted by") says nothing of its own (it had been one claim of the
    reporter's with no claimant)."""
    assert _claims(sentence) == [(claim, source, cue)]


def test_a_fact_before_after_a_report_by_stays_the_reporters() -> None:
    """'Shares fell 5% after a report by X that Y': the fall is the reporter's fact, Y the
    report's."""
    assert _claims(
        "Shares in the airline fell 7 percent on Monday after a report by Bloomberg that it was "
        "in talks to sell its cargo arm."
    ) == [
        ("Shares in the airline fell 7 percent on Monday", None, None),
        ("it was in talks to sell its cargo arm", "Bloomberg", "report"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # (guards) no author named, or "in" a place or a time rather than a newspaper
        "The move comes amid reports that the minister will resign next week.",
        "He repeated the claims in March that the mine was unsafe.",
        "The vote followed a warning in parliament that the fund would run dry by 2030.",
    ],
)
def test_a_report_noun_without_an_author_stays_whole(sentence: str) -> None:
    """(guards) Only an author after "by", or a newspaper, channel or website after "in", is
    the report's claimant: these sentences keep what they kept."""
    claims = _claims(sentence)
    assert len(claims) == 1
    assert claims[0][1] is None


def test_a_denial_of_a_report_by_its_author_denies_the_report() -> None:
    """The authored report is a claim of its own, so the denial that follows links to it."""
    result = extract(
        "The ministry's move follows a report on Tuesday by local broadcaster TV5 that the "
        "agency had lost track of 1,200 firearms. The agency denied the report."
    )
    texts = [claim.text for claim in result.claims]
    assert texts[0] == "the agency had lost track of 1,200 firearms"
    assert result.claims[0].source.text == "local broadcaster TV5"
    denial = result.claims[1]
    assert [(relation.type, relation.target) for relation in denial.relations] == [("denies", 0)]


@pytest.mark.parametrize(
    ("denial", "denied"),
    [
        ("The club denied the report in a brief statement, calling it a smear.", "the report"),
        (
            "The club rejected the account on Sunday evening, calling it an absurd story.",
            "the account",
        ),
        (
            "The club dismissed the claims in a post on its website, calling them a fabrication.",
            "the claims",
        ),
        (
            "The club denied the story at a news conference on Monday, calling it a lie.",
            "the story",
        ),
    ],
)
def test_when_and_where_a_denial_was_made_is_not_what_it_denies(denial: str, denied: str) -> None:
    """'denied the report in a terse statement, calling it Y', 'rejected the account on
    Tuesday, calling it Y': the setting of the denial is no part of what is denied (it had
    been kept in the object, and what it was called lost)."""
    result = extract("The newspaper reported that the coach had been sacked. " + denial)
    assert [claim.text for claim in result.claims][1:] == [denied, denial.split("calling ")[1][:-1]]
    for claim in result.claims[1:]:
        assert [(relation.type, relation.target) for relation in claim.relations] == [("denies", 0)]


def test_what_a_denier_called_the_report_after_the_setting_is_theirs() -> None:
    """'denied the report in a statement, calling it "a fabrication"': the setting between the
    object and the participle does not separate them - what it was called is the denier's
    claim, and denies the report too (it had been lost, or kept without its relation)."""
    result = extract(
        "The newspaper reported that the coach had been sacked. The club denied the report in "
        'a short statement, calling it "a complete fabrication."'
    )
    texts = [claim.text for claim in result.claims]
    assert texts[1] == "the report"
    called = result.claims[2]
    assert "a complete fabrication" in called.text
    assert called.source.text == "The club"
    assert [(relation.type, relation.target) for relation in called.relations] == [("denies", 0)]


def test_a_charge_denied_keeps_its_own_time() -> None:
    """(a guard) A long object, as a charge with its date, keeps "last year": only a short
    object's trailing time and place are the denial's."""
    result = extract(
        "Mark Hale, 41, denies two counts of fraud over payments made to a supplier in the "
        "weeks before the company collapsed in March last year."
    )
    assert result.claims[0].text.endswith("in March last year")


def test_an_inline_list_of_other_stories_is_links() -> None:
    """A site's inline list of its other stories, copied as text ("list of 2 items", "list 1
    of 2", a headline, ..., "end of list"): links, not claims (its headlines had been claims,
    one given to "WHO" by "WHO warns of ...")."""
    article = (
        "Floods cut off mountain villages\n\n"
        "At least 12 people died in the floods, the regional governor said.\n\n"
        "list of 2 items\n"
        "list 1 of 2\n"
        "WHO warns of cholera risk as water systems fail\n"
        "list 2 of 2\n"
        "Farmers count losses after second storm in a month\n"
        "end of list\n\n"
        "Rescue teams reached two of the villages on Friday, the army said."
    )
    result = extract(article)
    assert [claim.text for claim in result.claims] == [
        "At least 12 people died in the floods",
        "Rescue teams reached two of the villages on Friday",
    ]
    links = [span.text for span in result.metadata.furniture if span.kind == "link"]
    assert "WHO warns of cholera risk as water systems fail" in links


def test_a_list_marker_without_its_end_changes_nothing() -> None:
    """(a guard) Without "end of list" after it, "list of 2 items" is read as before."""
    texts = [
        claim.text
        for claim in extract(
            "Floods cut off mountain villages\n\n"
            "The shopping list of 2 items was found in the car, police said.\n\n"
            "Rescue teams reached two of the villages on Friday, the army said."
        ).claims
    ]
    assert texts == [
        "The shopping list of 2 items was found in the car",
        "Rescue teams reached two of the villages on Friday",
    ]


@pytest.mark.parametrize(
    "note",
    [
        "The Herald was unable to reach the contractor for further comment.",
        "The council could not be reached for additional comment on Friday.",
        "The contractor did not respond to a request for further comment.",
    ],
)
def test_a_request_for_further_comment_is_a_sourcing_note(note: str) -> None:
    """'could not reach X for further comment': the outlet's note, as 'for comment' is (it
    had been a claim of the reporter's)."""
    texts = [
        claim.text for claim in extract("The contractor said the road was safe. " + note).claims
    ]
    assert texts == ["the road was safe"]


@pytest.mark.parametrize(
    "question",
    [
        "Councillor Ana Pereira (Labour) asked whether the trust would publish the audit.",
        "Opposition MP Tom Reyes asked if the rules would cover agency staff.",
        "Reporters asked why the results had been delayed.",
        "One resident wanted to know how much the new bins would cost.",
        "Mr Okafor also asked the minister when the clinic would reopen.",
    ],
)
def test_a_question_told_not_quoted_is_no_claim(question: str) -> None:
    """'X asked whether Y', 'X wanted to know how much Y': a question put, which asserts
    nothing (it had been a claim of the reporter's)."""
    texts = [
        claim.text
        for claim in extract("The trust said waiting lists had fallen. " + question).claims
    ]
    assert texts == ["waiting lists had fallen"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts questioned whether the plan would cut waiting lists.",
        "She asked whether the audit was complete, and the trust said it was.",
    ],
)
def test_a_doubt_voiced_or_an_answer_after_the_question_is_kept(sentence: str) -> None:
    """(guards) "questioned whether" voices a doubt, and a question with its answer after
    it holds a claim: both are read as before."""
    assert len(extract(sentence).claims) == 1


def test_a_claim_about_the_one_asked_keeps_its_sentence() -> None:
    """(a guard) "Police searched the house after neighbours asked whether Y": what the police
    did is the claim - the words before "asked" do more than name the asker."""
    texts = [
        claim.text
        for claim in extract(
            "Police searched the house after neighbours asked whether the family was safe."
        ).claims
    ]
    assert texts == ["Police searched the house after neighbours asked whether the family was safe"]


@pytest.mark.parametrize("mark", ["’", "'"])
def test_a_plurals_curly_apostrophe_is_no_closing_quotation_mark(mark: str) -> None:
    """'The regulator, which audits the airlines’ safety records, says Y': the curly mark
    after a plural is its apostrophe, as the straight one is (it had been read as a closing
    quotation mark, which ended the subject's stretch: the sentence lost its speaker)."""
    assert _claims(
        f"The regulator, which audits the airlines{mark} safety records, says 14 planes were "
        "grounded last year."
    ) == [("14 planes were grounded last year", "The regulator", "says")]


def test_a_single_quotation_ending_in_s_keeps_its_closing_mark() -> None:
    """(a guard) A phrase in single quotation marks that ends in "s" still closes there."""
    text = "Officials dismissed the ‘wild claims’ in the report, the agency said."
    claims = extract(text).claims
    assert [claim.text for claim in claims] == [
        "Officials dismissed the ‘wild claims’ in the report"
    ]


@pytest.mark.parametrize(
    "note",
    [
        "A spokesman for the trust would not be drawn on the cause of the delays.",
        "The trust did not respond to a detailed list of questions.",
        "We have asked the trust whether the ward will reopen.",
        "Channel 7 has reached out to the trust.",
    ],
)
def test_more_ways_of_saying_no_comment_are_sourcing_notes(note: str) -> None:
    """'would not be drawn on X', 'did not respond to a detailed list of questions', the
    outlet's own "We have asked X whether" and "News 4 has reached out to X": notes on the
    reporting, no claims (they had been claims of the reporter's)."""
    texts = [claim.text for claim in extract("The trust said the ward was safe. " + note).claims]
    assert texts == ["the ward was safe"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator has reached out to Republicans on the bill.",
        "The trust did not respond to questions about the missing log.",
        "The command did not say whether any weapons had been found.",
    ],
)
def test_an_act_or_a_silence_about_something_named_stays_a_claim(sentence: str) -> None:
    """(guards) A politician reaching out is an act; a silence on a thing named (questions
    about the log, whether weapons were found) is reported as a fact, as our sets have it."""
    assert [claim.text for claim in extract(sentence).claims] == [sentence[:-1]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Three suspected smugglers were arrested at the border on Friday.",
        "Two alleged gang leaders have been charged with murder.",
        "Two reported victims were taken to hospital.",
    ],
)
def test_a_number_then_suspected_opens_the_subject(sentence: str) -> None:
    """'Three suspected smugglers were arrested': the participle is the noun's adjective, not
    a cue with "Three" as its speaker (the claim had lost its subject)."""
    assert _claims(sentence) == [(sentence[:-1], None, None)]


def test_a_number_that_alleges_keeps_its_cue() -> None:
    """(a guard) With no verb after the noun, "Twelve alleged abuse" is twelve people alleging
    it: the cue stays."""
    assert _claims("Twelve alleged abuse by the guards.") == [
        ("abuse by the guards", "Twelve", "alleged")
    ]


@pytest.mark.parametrize(
    "sentence",
    ["The ministers meet on March 3-4 in Brussels.", "The festival runs from 12-14 July."],
)
def test_a_run_of_days_is_a_date_not_a_statistic(sentence: str) -> None:
    """'on April 7-8': two days of a month, a date (it had been flagged a statistic)."""
    assert "statistic" not in extract(sentence).claims[0].flags


@pytest.mark.parametrize(
    ("sentence", "first", "second", "source"),
    [
        (
            "Police put the turnout at 12,000, organisers at 40,000.",
            "the turnout at 12,000",
            "at 40,000",
            "organisers",
        ),
        (
            "The interior ministry put the death toll at 17, while the opposition at 45.",
            "the death toll at 17",
            "at 45",
            "the opposition",
        ),
    ],
)
def test_a_gapped_rival_estimate_is_its_sources_claim_and_contradicts(
    sentence: str, first: str, second: str, source: str
) -> None:
    """'Police put the crowd at 8,000, organisers at 25,000': the second source's figure, with
    the verb and what is counted gapped, is a rival estimate of its own - its claim, and a
    contradiction of the first (it had been part of the first source's claim)."""
    result = extract(sentence)
    assert [claim.text for claim in result.claims] == [first, second]
    assert result.claims[1].source.text == source
    assert [(relation.type, relation.target) for relation in result.claims[1].relations] == [
        ("contradicts", 0)
    ]


def test_a_figure_compared_after_a_put_at_stays_in_its_claim() -> None:
    """(a guard) ', up from $1.5 million in 2022' compares, it is no rival's estimate."""
    assert [
        claim.text
        for claim in extract("The firm put the cost at $2 million, up from $1.5 million.").claims
    ] == ["the cost at $2 million, up from $1.5 million"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Landlords who ignore the order could be fined up to £30,000.",
        "Drivers caught twice could face a ban and a fine.",
        "Offenders could face up to five years in prison.",
        "Trains will run hourly until the bridge could be repaired.",
    ],
)
def test_a_penalty_or_a_time_limit_with_could_is_no_hedge(sentence: str) -> None:
    """'could be fined up to £30,000', 'could face up to five years in prison': the penalty
    the law sets; 'until the bridge could be repaired': when it ends - neither is
    speculation (both had been flagged hedged)."""
    assert "hedged" not in extract(sentence).claims[0].flags


@pytest.mark.parametrize(
    "sentence",
    [
        "The airline could face up to $2 billion in claims.",
        "The outbreak could spread to the capital within weeks.",
    ],
)
def test_a_forecast_with_could_stays_hedged(sentence: str) -> None:
    """(guards) What may come - losses, an outbreak's spread - stays hedged."""
    assert "hedged" in extract(sentence).claims[0].flags


def test_an_update_note_with_its_time_is_furniture_and_frees_the_dateline() -> None:
    """'UPDATE (10:48 p.m.): This story has been updated with ...': a note on the article (it
    had been a claim), and the dateline after it is read as one ("SPRINGDALE, Ark. (KNWA) -"
    had stayed in the lead claim)."""
    article = (
        "Two hurt in warehouse fire, officials say\n\n"
        "UPDATE (9:15 p.m.): This story has been updated with comments from the fire chief.\n\n"
        "SPRINGDALE, Ark. (KNWA) - Two workers were hurt in a fire at a warehouse on Monday, "
        "fire officials said.\n\n"
        "The fire chief said the blaze started in a loading bay."
    )
    texts = _texts(article)
    assert texts == [
        "Two workers were hurt in a fire at a warehouse on Monday",
        "the blaze started in a loading bay",
    ]


def test_a_live_correction_in_lower_case_is_news() -> None:
    """'Correction: the coastguard now says 12 people were rescued, not 21': a live page's
    entry giving news (it had been dropped as a note on the page, as "Correction: an earlier
    version of this post ..." rightly is)."""
    article = (
        "Ferry sinks off the coast - live\n\n"
        "15.10 GMT\n\n"
        "Correction: the coastguard now says 12 people were rescued, not 21 as we reported "
        "earlier.\n\n"
        "Correction: an earlier version of this post misspelt the name of the ferry.\n\n"
        "The coastguard said 21 people had been rescued."
    )
    texts = _texts(article)
    assert texts[0].startswith("12 people were rescued")
    assert not any("misspelt" in text for text in texts)


def test_the_line_under_a_picture_credit_is_its_caption() -> None:
    """A photo's credit on a line of its own, then its caption without a full stop (the BBC's
    pages copied to text): the caption is no claim (it had been one)."""
    article = (
        "Storm floods coastal towns\n\n"
        "More than 300 homes were flooded overnight, the council said.\n\n"
        "Reuters\n\n"
        "Volunteers filled sandbags outside the town hall on the morning after the storm\n\n"
        "The council said pumps had been brought in from two other counties."
    )
    texts = _texts(article)
    assert texts == [
        "More than 300 homes were flooded overnight",
        "pumps had been brought in from two other counties",
    ]


def test_a_live_entrys_headline_with_its_tag_is_a_heading() -> None:
    """'Water supplies safe, says utility' over the entry's paragraph: the entry's headline
    (it had been read with the paragraph under it as a pair of tagged summary bullets)."""
    article = (
        "Chemical spill - live\n\n"
        "10.05 GMT\n"
        "Water supplies ‘safe to drink’, says utility chief\n\n"
        "Tap water in the area is safe to drink, the utility's chief executive told reporters "
        "at a briefing.\n"
    )
    texts = _texts(article)
    assert texts == ["Tap water in the area is safe to drink"]


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "Detectives identified her as Rosa Delgado, 61, of Tempe.",
            "her as Rosa Delgado, 61, of Tempe",
            "Detectives",
            "identified",
        ),
        (
            "The medical examiner's office named the driver as Luis Ortega, a 38-year-old "
            "mechanic.",
            "the driver as Luis Ortega, a 38-year-old mechanic",
            "The medical examiner's office",
            "named",
        ),
    ],
)
def test_who_someone_is_by_an_officials_account(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'Investigators identified him as X, 34, of Y': who the person is is the identifier's
    claim, as "accused Y of Z" gives "Y of Z" (it had been the reporter's)."""
    assert _claims(sentence) == [(claim, source, cue)]


@pytest.mark.parametrize(
    "sentence",
    ["The club named him as its new captain.", "She identified as a Democrat until 2019."],
)
def test_an_appointment_or_a_self_description_is_no_identification(sentence: str) -> None:
    """(guards) "named him as its new captain" appoints; "identified as" of oneself describes."""
    assert _claims(sentence) == [(sentence[:-1], None, None)]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "The councillor said fly-tipping was rarely reported, as many residents believe "
            "the council would fine them.",
            "fly-tipping was rarely reported, as many residents believe the council would fine "
            "them",
            "The councillor",
        ),
        (
            "Economists said the pound would fall further, as investors expect another rate "
            "cut in June.",
            "the pound would fall further, as investors expect another rate cut in June",
            "Economists",
        ),
    ],
)
def test_a_state_of_mind_after_a_causal_as_is_part_of_what_was_said(
    sentence: str, claim: str, source: str
) -> None:
    """'X said Y, as many workers fear Z': the reason inside what was said, as "because"
    would be - not a second speaker (the fear had been a claim of "many workers")."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [(claim, source)]


def test_a_speaker_after_as_is_still_a_source() -> None:
    """(a guard) "The plant will close in May, as the company said last year": "as" with a
    verb of saying names who said it."""
    assert _claims("The plant will close in May, as the company said last year.") == [
        ("The plant will close in May", "the company", "said")
    ]


def test_no_evidence_given_and_the_outlets_check_is_one_qualifier() -> None:
    """'X did not provide evidence for its claim, and AFP could not independently verify it':
    a sourcing note as a whole - no claim, and X's claim is flagged unverified (the first
    clause had been a claim, and had taken the flag)."""
    result = extract(
        "The rebels said they had shot down two drones. The group did not provide evidence "
        "for the claim, and AFP could not independently verify it."
    )
    assert [claim.text for claim in result.claims] == ["they had shot down two drones"]
    assert "unverified" in result.claims[0].flags


def test_no_evidence_then_another_clause_stays_a_claim() -> None:
    """(a guard) Without the outlet's check after ", and", the sentence says more."""
    texts = [
        claim.text
        for claim in extract(
            "The firm said sales rose 40%. It did not provide evidence, and analysts doubted it."
        ).claims
    ]
    assert len(texts) == 2


def test_some_said_with_a_plural_after_it_is_some_speaking() -> None:
    """'..., but some said prices were too high': "some" stands for people and "said" is
    their verb - no noun takes "said" as its adjective (the sentence had been the
    reporter's, with no claimant)."""
    assert _claims("Most parents backed the new hours, but some said buses were too late.") == [
        ("Most parents backed the new hours", None, None),
        ("buses were too late", "some", "said"),
    ]


def test_some_reported_cases_is_still_a_noun_phrase() -> None:
    """(a guard) "Some reported cases were withdrawn": "reported" is the cases' adjective."""
    assert _claims("Some reported cases were later withdrawn.") == [
        ("Some reported cases were later withdrawn", None, None)
    ]


def test_quoted_as_telling_someone_that() -> None:
    """'X was quoted by the network as telling associates that Y': Y is X's (it had been the
    reporter's whole sentence)."""
    assert _claims(
        "The governor was quoted by local radio as telling aides that the budget would be cut."
    ) == [("the budget would be cut", "The governor", "quoted")]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "The statistics agency released figures showing exports fell 6.1% in March.",
            "exports fell 6.1% in March",
            "The statistics agency",
        ),
        (
            "The health department published data showing that 212 wards had closed.",
            "212 wards had closed",
            "The health department",
        ),
    ],
)
def test_a_body_that_puts_out_figures_showing_y_says_y(
    sentence: str, claim: str, source: str
) -> None:
    """'X released figures showing Y': X says Y through its figures (the sentence had been
    the reporter's, with no claimant)."""
    assert _claims(sentence) == [(claim, source, "showing")]


def test_charges_accusing_someone_are_the_accusers() -> None:
    """'was indicted on federal charges accusing him of Z': the indictment is the reporter's
    fact, "him of Z" the charges' accusation (the claimant had been the clause before
    "charges", read as a verb)."""
    assert _claims(
        "A city councillor was arrested on Friday on corruption charges accusing her of taking "
        "$90,000 in bribes."
    ) == [
        ("A city councillor was arrested on Friday on corruption charges", None, None),
        ("her of taking $90,000 in bribes", "corruption charges", "accusing"),
    ]


def test_what_prompted_a_denial_is_the_reporters() -> None:
    """'X denied that Y, after a campaign group shared photographs of Z': the denial is of Y;
    what prompted it is the reporter's own claim (it had been part of what was denied)."""
    assert _claims(
        "The water company denied that sewage had been released into the bay, after "
        "swimmers posted videos of brown foam on the beach."
    ) == [
        ("sewage had been released into the bay", "The water company", "denied"),
        ("swimmers posted videos of brown foam on the beach", None, None),
    ]


def test_a_subject_before_a_quoted_predicate_makes_a_paraphrase() -> None:
    """'said Brightline "has never once put a passenger at risk in twelve years"': the
    subject is the reporter's, the quotation only its predicate - a partial quotation, no
    direct quote (it had been flagged as one: nine tenths of the words were quoted)."""
    claim = extract(
        'The chief executive said Brightline "has never once put a passenger at risk in twelve '
        'years" and that it would cooperate with the inquiry.'
    ).claims[0]
    assert claim.text.startswith("Brightline")
    assert "direct_quote" not in claim.flags


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "The survey showed youth unemployment, which counts people aged 16 to 24, rose to "
            "14.2% in May.",
            "youth unemployment, which counts people aged 16 to 24, rose to 14.2% in May",
            "The survey",
        ),
        (
            "The inspection found the hospital, which serves 300,000 people, had failed to "
            "record 40 falls.",
            "the hospital, which serves 300,000 people, had failed to record 40 falls",
            "The inspection",
        ),
    ],
)
def test_a_relative_clause_inside_the_subject_of_what_was_shown(
    sentence: str, claim: str, source: str
) -> None:
    """'The data showed core inflation, which excludes food, rose to 4.8%': the relative clause
    is inside the subject of the clause shown, whose verb follows it (the claim had been cut
    to "core inflation", the rest left the reporter's)."""
    assert _claims(sentence)[0][:2] == (claim, source)


def test_a_relative_clause_on_a_denied_object_is_still_background() -> None:
    """(a guard) 'denied using cluster bombs, which open in flight': no verb of a clause after
    it - the reporter's background, as the gold set has it."""
    assert [
        text
        for text, _, _ in _claims(
            "The army denied using cluster bombs, which open in flight and scatter bomblets."
        )
    ] == ["using cluster bombs", "which open in flight and scatter bomblets"]


_LIVE_PAGE = (
    "Factory fire - live\n\n"
    "16.20 BST\n"
    "Firm rejects pollution claim\n\n"
    "Harlow Plastics has denied that any waste from the site reached the canal.\n\n"
    "15.05 BST\n"
    "Anglers report dead fish\n\n"
    "An anglers' club said waste from the factory had killed thousands of fish in the canal.\n\n"
    "13.40 BST\n"
    "Crews at the scene\n\n"
    "Crews were called to the factory shortly after noon, the fire service said.\n"
)


def test_a_reply_above_what_it_answers_on_a_live_page_holds_the_relation() -> None:
    """A live page sets its entries newest first: the denial stands above the accusation it
    answers. Relations are read from the oldest entry, so the denial still holds "denies" ->
    the accusation (it had none: relations looked only above a claim)."""
    claims = extract(_LIVE_PAGE).claims
    texts = [claim.text for claim in claims]
    denial = texts.index("any waste from the site reached the canal")
    accusation = texts.index("waste from the factory had killed thousands of fish in the canal")
    assert accusation > denial
    assert [(relation.type, relation.target) for relation in claims[denial].relations] == [
        ("denies", accusation)
    ]
    assert claims[accusation].relations == ()


def test_a_story_in_its_own_order_is_read_as_before() -> None:
    """(a guard) Times rising down the page (a timeline, oldest first) keep the text's order."""
    article = (
        "How the day unfolded\n\n"
        "09.00\nAnglers report dead fish\n\n"
        "An anglers' club said waste from the factory had killed thousands of fish.\n\n"
        "11.30\nFirm rejects claim\n\n"
        "Harlow Plastics has denied that any waste from the site reached the canal.\n\n"
        "14.00\nInquiry opened\n\n"
        "The council said it had opened an inquiry into the spill.\n"
    )
    claims = extract(article).claims
    assert [(relation.type, relation.target) for relation in claims[1].relations] == [("denies", 0)]


def test_a_part_of_a_set_does_not_contradict_the_whole() -> None:
    """'four of the six had since been discharged and the other two ...' counts a part of the
    people taken to hospital: no contradiction of "Nine people have been taken to hospital"
    (it had been one: "six" and "nine", read as two counts of one thing)."""
    from claims.extraction.relations import link, prepare

    whole = "Nine people have been taken to hospital, mostly with breathing difficulties"
    part = (
        "four of the six had since been discharged and the other two were in a stable "
        "condition at the county hospital"
    )
    claims = [
        prepare(whole, whole, "a fire service spokesperson", "tell", "statistic"),
        prepare(part, part, "the ambulance trust", "say", "statistic"),
    ]
    assert link(claims) == [[], []]


def test_two_counts_of_the_same_part_still_disagree() -> None:
    """(a guard) Two sources giving the same part different sizes, or a whole that counts a
    part too, are compared as before."""
    claims = extract(
        "Nine of the 12 victims were children, police said. Ten of the 12 victims were "
        "children, the mayor said."
    ).claims
    assert [(relation.type, relation.target) for relation in claims[1].relations] == [
        ("contradicts", 0)
    ]


def test_a_name_in_a_city_over_a_date_is_a_byline_and_the_deck_above_it_furniture() -> None:
    """'Yuan Mingjie in Beijing' over 'Published: 10:45pm, 27 Jul 2025' (the SCMP's top): the
    writer and the date, so the long deck between the headline and them is the standfirst,
    not a claim (it had been one)."""
    article = (
        "Business / Economy\n\n"
        "Exports slump for third month as tariffs bite\n\n"
        "Shipments fell 7.2 per cent in August, worse than expected, while imports rose for the "
        "first time this year on stronger demand for chips\n\n"
        "Li Wen in Shanghai\n"
        "Published: 9:15pm, 7 Sep 2025\n\n"
        "Exports fell for a third month in August, customs data showed on Sunday."
    )
    texts = _texts(article)
    assert texts == ["Exports fell for a third month in August"]


def test_a_caption_with_a_credit_in_capitals_after_a_pipe() -> None:
    """'... bow at a news conference in Osaka. | KYODO' (the Japan Times): a caption."""
    article = (
        "Carmaker admits faking test data\n\n"
        "The company said it had falsified data for 12 models.\n\n"
        "Company President Kenji Mori (center) and other executives bow at a news conference "
        "in Osaka on Monday after admitting the data was falsified. | KYODO\n\n"
        "The ministry said it would inspect the plant."
    )
    texts = _texts(article)
    assert texts == ["it had falsified data for 12 models", "it would inspect the plant"]


@pytest.mark.parametrize(
    "line",
    [
        "By subscribing, you can help us keep reporting.",
        "At a time when facts are under attack, independent journalism matters more than ever.",
        "The Ledger is a nonprofit newsroom that covers the state's government.",
        "This investigation was published in partnership with the Valley Courier, a member of "
        "the Local News Network.",
    ],
)
def test_an_outlets_pitch_or_account_of_itself_is_furniture(line: str) -> None:
    """A subscription's pitch, an outlet's account of itself, a partnership credit: page
    furniture (they had been claims)."""
    article = (
        "Council approves budget\n\n"
        f"The council said the budget would rise 3 percent.\n\n{line}\n\n"
        "The mayor said taxes would not go up."
    )
    texts = _texts(article)
    assert texts == ["the budget would rise 3 percent", "taxes would not go up"]


def test_a_charity_described_in_the_story_stays_a_claim() -> None:
    """(a guard) Only a newsroom, news site or publication's account of itself is furniture."""
    article = (
        "Shelter closes\n\n"
        "The charity said the shelter would close.\n\n"
        "The Harbour Trust is a nonprofit organisation that runs 40 shelters.\n\n"
        "The council said it would find new beds."
    )
    texts = _texts(article)
    assert "The Harbour Trust is a nonprofit organisation that runs 40 shelters" in texts


@pytest.mark.parametrize("measure", ["a 35m-high sea wall", "a 3km-long tunnel"])
def test_a_measure_with_its_units_letters_in_a_compound_is_a_statistic(measure: str) -> None:
    """'a 40m-high earth structure': a measurement, a statistic (it had not been flagged)."""
    assert "statistic" in extract(f"The town is protected by {measure}.").claims[0].flags


@pytest.mark.parametrize(
    "line",
    ["We want to hear from you.", "Were you caught in the floods? We'd love to hear from you."],
)
def test_a_call_to_readers_is_furniture(line: str) -> None:
    """'We want to hear from you': a call to readers, no claim (it had been one)."""
    article = (
        "Floods hit valley\n\n"
        f"The council said 300 homes were flooded.\n\n{line}\n\n"
        "The army said it had sent 40 soldiers."
    )
    texts = _texts(article)
    assert texts == ["300 homes were flooded", "it had sent 40 soldiers"]


def test_a_fact_before_who_a_speaker_described_as_stays_the_reporters() -> None:
    """'Police arrested Ramon Cruz, who they described as the leader of a drug ring': the
    arrest is the reporter's claim (it had been lost), the description the police's."""
    assert _claims(
        "Customs officers detained Pavel Orlov, who they described as the ring's accountant."
    ) == [
        ("Customs officers detained Pavel Orlov", None, None),
        ("as the ring's accountant", "they", "described"),
    ]


def test_a_hedge_in_a_later_sentence_of_a_quotation_is_the_quotations() -> None:
    """'"We do not know yet. It is possible that the valve failed," she said': the hedge in
    the quotation's second sentence flags it (only the first sentence had been read)."""
    claim = extract(
        '"We do not know yet. It is possible that the valve failed first," the inspector said.'
    ).claims[0]
    assert "hedged" in claim.flags


def test_a_quotation_of_plain_sentences_is_not_hedged() -> None:
    """(a guard) No hedge in any sentence: no flag."""
    claim = extract('"The valve failed. The alarm did not sound," the inspector said.').claims[0]
    assert "hedged" not in claim.flags


def test_projects_before_an_adjective_and_a_figure_is_a_forecast() -> None:
    """'The ministry projects average inflation of 3.6% in 2026': "projects" is the verb of a
    forecast before an adjective too (it had been read as the noun)."""
    assert _claims("The Treasury projects annual growth of 1.4% next year.") == [
        ("annual growth of 1.4% next year", "The Treasury", "projects")
    ]


def test_projects_as_a_noun_stays_a_noun() -> None:
    """(a guard) "Three new projects will cost $40 million": the noun."""
    assert _claims("Three new projects will cost $40 million.") == [
        ("Three new projects will cost $40 million", None, None)
    ]
