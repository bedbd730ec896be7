"""Constructions of published news the seventh session found mishandled, each pinned by
sentences written for it here (not taken from any set)."""

from __future__ import annotations

import pytest
from claim_views import relations, summary

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Insurers said early estimates put flood losses at $45 million.",
            ("early estimates put flood losses at $45 million", "Insurers", "said"),
        ),
        (
            "Growers said early frosts had cut the harvest by a fifth.",
            ("early frosts had cut the harvest by a fifth", "Growers", "said"),
        ),
        (
            "Analysts said late payments showed the strain on small firms.",
            ("late payments showed the strain on small firms", "Analysts", "said"),
        ),
    ],
)
def test_an_adjective_of_time_opens_the_clause_said(
    text: str, expected: tuple[str, str, str]
) -> None:
    # "early"/"late" before a noun are the clause's, not a time of the saying
    assert summary(text) == [expected]


def test_early_as_the_time_of_saying_is_still_a_setting() -> None:
    assert summary("The index rose 3 percent in November, officials said early on Tuesday.") == [
        ("The index rose 3 percent in November", "officials", "said")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Coastguard officials said the latest estimates put the number of missing at 14.",
            (
                "the latest estimates put the number of missing at 14",
                "Coastguard officials",
                "said",
            ),
        ),
        (
            "Rescuers told reporters their own count put the toll at 31.",
            ("their own count put the toll at 31", "Rescuers", "told"),
        ),
    ],
)
def test_put_at_inside_a_reported_clause_is_the_speakers(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert summary(text) == [expected]


def test_put_at_with_its_own_subject_still_estimates() -> None:
    assert summary("Local officials put the number of missing at 14.") == [
        ("the number of missing at 14", "Local officials", "put")
    ]


def test_a_one_word_subject_before_according_to_stays_in_the_claim() -> None:
    assert summary(
        "Bookmakers, according to the Racing Post, now rate the colt 9-2 for the Derby."
    ) == [
        (
            "Bookmakers, according to the Racing Post, now rate the colt 9-2 for the Derby",
            "the Racing Post",
            "according to",
        )
    ]


def test_a_connective_before_according_to_is_not_a_subject() -> None:
    assert summary("However, according to the Racing Post, the colt is 9-2 for the Derby.") == [
        ("the colt is 9-2 for the Derby", "the Racing Post", "according to")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quarterly sales rose 7 percent to $3.4 billion, the retailer said on Wednesday, "
            "ahead of forecasts, according to LSEG data.",
            ("Quarterly sales rose 7 percent to $3.4 billion", "the retailer", "said"),
        ),
        (
            "Admissions climbed to 212, hospital officials said, according to the Herald.",
            ("Admissions climbed to 212", "hospital officials", "said"),
        ),
    ],
)
def test_a_claim_with_its_own_tag_keeps_it_before_a_last_according_to(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert summary(text) == [expected]


def test_a_last_according_to_without_a_tag_is_the_source() -> None:
    assert summary("Admissions climbed to 212 on Monday, according to the Herald.") == [
        ("Admissions climbed to 212 on Monday", "the Herald", "according to")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council's latest survey, published in March, found that rough sleeping had "
            "doubled.",
            ("rough sleeping had doubled", "The council's latest survey", "found"),
        ),
        (
            "A new report, released on Monday, says that rents rose 9 percent in a year.",
            ("rents rose 9 percent in a year", "A new report", "says"),
        ),
    ],
)
def test_a_cue_word_after_an_adjective_and_a_determiner_is_a_noun(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert summary(text) == [expected]


def test_a_surname_after_a_role_and_full_name_is_a_person() -> None:
    text = (
        "Transport Secretary Helen Marsh wrote on X that fares would be frozen. "
        "Marsh has previously said the railways needed £20 billion."
    )
    claims = extract(text).claims
    assert [(c.source.text, c.source.kind) for c in claims] == [
        ("Transport Secretary Helen Marsh", "person"),
        ("Marsh", "person"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Regional officials said at the time the bridge had to be closed.",
            ("the bridge had to be closed", "Regional officials", "said"),
        ),
        (
            "The mayor said at a briefing the shelters were full.",
            ("the shelters were full", "The mayor", "said"),
        ),
        (
            "The premier said during a visit to Dubbo the dam would be raised.",
            ("the dam would be raised", "The premier", "said"),
        ),
    ],
)
def test_an_occasion_between_the_verb_and_its_clause(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert summary(text) == [expected]


def test_a_role_with_a_possessive_before_the_name_in_a_tail() -> None:
    assert summary(
        "Okoro, who denies the charges, will appeal, his lawyer, Ruth Adebayo, said on Friday."
    ) == [
        (
            "Okoro, who denies the charges, will appeal",
            "his lawyer, Ruth Adebayo",
            "said",
        )
    ]


def test_accused_of_in_a_reduced_relative_is_no_cue() -> None:
    text = "A nurse accused of stealing painkillers was struck off on Tuesday."
    assert summary(text) == [
        ("A nurse accused of stealing painkillers was struck off on Tuesday", None, None)
    ]


def test_accused_of_as_the_verb_still_accuses() -> None:
    assert summary("Residents accused the landlord of ignoring the damp.") == [
        ("the landlord of ignoring the damp", "Residents", "accused")
    ]


def test_a_tail_reports_a_clause_with_a_plain_object_of_confirm() -> None:
    assert summary("Recounts confirmed the result, county officials say.") == [
        ("Recounts confirmed the result", "county officials", "say")
    ]


def test_a_role_word_of_capitals_before_a_name_makes_a_person() -> None:
    text = (
        'Circuit Judge Ann Whitley said the defendant had lied. "You are no victim," she told '
        'Hunt. "You chose this."'
    )
    claims = extract(text).claims
    assert claims[0].source.kind == "person"
    # both sentences of the quotation are the judge's: one tag, one speaker
    assert [c.source.resolved.text for c in claims[1:]] == [
        "Circuit Judge Ann Whitley",
        "Circuit Judge Ann Whitley",
    ]


@pytest.mark.parametrize("name", ["Thames Water", "Northumbrian Water", "Apex Logistics"])
def test_a_name_ending_in_a_business_word_is_an_organisation(name: str) -> None:
    claims = extract(f"{name} said it had repaired the main.").claims
    assert claims[0].source.kind == "organisation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It comes after the Office for Road Safety revealed crashes rose 6 percent in June.",
            [("crashes rose 6 percent in June", "the Office for Road Safety", "revealed")],
        ),
        (
            "The decision came as the Resolution Foundation said wages would stall until 2027.",
            [("wages would stall until 2027", "the Resolution Foundation", "said")],
        ),
        (
            "His remarks came as the National Audit Office (NAO) warned costs had doubled.",
            [("costs had doubled", "the National Audit Office (NAO)", "warned")],
        ),
    ],
)
def test_the_news_frame_comes_as_is_no_claim_and_the_speaker_is_kept(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert summary(text) == expected


def test_a_main_clause_before_after_x_said_is_still_a_claim() -> None:
    assert summary("Shares fell after Orion Studies said profits would halve.") == [
        ("Shares fell", None, None),
        ("profits would halve", "Orion Studies", "said"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Additional Solicitor General Meera Pillai, appearing for the state, submitted that "
            "the survey was complete.",
            ("the survey was complete", "Additional Solicitor General Meera Pillai", "submitted"),
        ),
        (
            "Senior counsel Arvind Das, for the residents, contended that the permit was void.",
            ("the permit was void", "Senior counsel Arvind Das", "contended"),
        ),
        (
            "Ruth Kagame, for the defence, said the confession had been coerced.",
            ("the confession had been coerced", "Ruth Kagame", "said"),
        ),
    ],
)
def test_counsel_in_court_and_whom_they_speak_for(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert summary(text) == [expected]


def test_submitted_without_that_is_no_cue() -> None:
    assert summary("The contractor submitted its bid to the council in May.") == [
        ("The contractor submitted its bid to the council in May", None, None)
    ]


def test_a_quotation_inside_a_participle_clause_after_a_tag_is_part_of_it() -> None:
    text = (
        'Coach Dana Wills criticised the board. "This is the worst squad I have managed," she '
        'wrote online, adding that the club needed "a complete overhaul".'
    )
    assert summary(text)[1:] == [
        ("This is the worst squad I have managed", "she", "wrote"),
        ('the club needed "a complete overhaul"', "she", "adding"),
    ]


def test_a_short_negated_verb_shares_more_than_the_verb_to_contradict() -> None:
    text = (
        'Referee Tom Ash said he missed the foul. "I didn\'t see it," he said. '
        'Pundit Lee Moss said: "That is the worst decision I have seen."'
    )
    texts = [claim.text for claim in extract(text).claims]
    assert "I didn't see it" in texts and "That is the worst decision I have seen" in texts
    assert relations(text) == []


def test_a_short_nominal_negation_still_contradicts() -> None:
    result = extract(
        "Police said a guard was injured by a thrown bottle. "
        '"Nobody threw anything," a marcher said.'
    )
    nobody = next(c for c in result.claims if c.text.startswith("Nobody"))
    assert [r.type for r in nobody.relations] == ["contradicts"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chairman assured fans that the manager would stay.",
            ("the manager would stay", "The chairman", "assured"),
        ),
        (
            "The insurer is understood to have told brokers that premiums would rise.",
            ("premiums would rise", "The insurer", "told"),
        ),
        (
            "The regulator cautioned lenders that arrears could double.",
            ("arrears could double", "The regulator", "cautioned"),
        ),
    ],
)
def test_an_audience_between_the_verb_and_that(text: str, expected: tuple[str, str, str]) -> None:
    assert summary(text) == [expected]


def test_an_assured_thing_is_no_cue() -> None:
    assert summary("It was an assured display from the champions.") == [
        ("It was an assured display from the champions", None, None)
    ]


def test_the_jobless_rate_is_unemployment() -> None:
    text = (
        "Unemployment rose to 6.2 percent in May, the statistics agency said. "
        "The labour minister insisted the jobless rate had fallen."
    )
    assert relations(text) == [
        (
            "the jobless rate had fallen",
            "contradicts",
            "Unemployment rose to 6.2 percent in May",
        )
    ]


def test_worked_against_failed() -> None:
    text = "Inspectors said the pumps failed. The operator said the pumps worked as designed."
    assert relations(text) == [("the pumps worked as designed", "contradicts", "the pumps failed")]


def test_percentages_moving_the_same_way_are_not_one_subject() -> None:
    text = (
        "The council said the roads budget had risen by 4 percent. "
        "Inflation rose to 4.3 percent in June, the statistics agency said."
    )
    assert relations(text) == []


def test_a_modifier_keeps_a_description_from_another_body() -> None:
    text = (
        "The mayor's office said the count was complete. "
        "Turnout fell to 41 percent, the elections office said."
    )
    claims = extract(text).claims
    assert claims[1].source.text == "the elections office"
    assert claims[1].source.resolved is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A deal could be signed within days, the people said, cautioning that talks could "
            "still collapse.",
            [
                ("A deal could be signed within days", "the people", "said"),
                ("talks could still collapse", "the people", "cautioning"),
            ],
        ),
        (
            "The central bank held rates, cautioning lenders that arrears could rise.",
            [
                ("The central bank held rates", None, None),
                ("arrears could rise", "The central bank", "cautioning"),
            ],
        ),
        (
            "Officials blamed the storm, acknowledging that drains had failed.",
            [
                ("the storm", "Officials", "blamed"),
                ("drains had failed", "Officials", "acknowledging"),
            ],
        ),
    ],
)
def test_more_participles_of_speaking(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


def test_a_participle_that_takes_that_needs_it() -> None:
    # "acknowledging the failings": what was acknowledged is no clause, so no second claim
    assert summary("Officials blamed the storm, acknowledging the failings.") == [
        ("the storm, acknowledging the failings", "Officials", "blamed")
    ]


def test_a_verb_before_its_object_ends_the_opening_subject() -> None:
    assert summary("The grocer cut its forecast, saying demand was weak.") == [
        ("The grocer cut its forecast", None, None),
        ("demand was weak", "The grocer", "saying"),
    ]


def test_a_key_point_with_a_figure_and_a_noun_like_verb_is_kept() -> None:
    text = (
        "Headline figures:\n\n- Average arrears rose to £1,400, up 12%\n"
        "- Rents rose to £900 a month\n\nThe survey covered 4,000 homes."
    )
    assert [c.text for c in extract(text).claims] == [
        "Average arrears rose to £1,400, up 12%",
        "Rents rose to £900 a month",
        "The survey covered 4,000 homes",
    ]


def test_every_item_of_a_list_a_speaker_introduces_is_theirs() -> None:
    text = (
        "The health board said:\n\n- 12 clinics will close\n- 300 posts will go\n\n"
        "The unions plan a ballot."
    )
    assert summary(text) == [
        ("12 clinics will close", "The health board", "said"),
        ("300 posts will go", "The health board", "said"),
        ("The unions plan a ballot", None, None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The survey covered 4,000 homes.",
        "The fire destroyed 312 homes.",
        "The storm flattened 41 barns.",
    ],
)
def test_a_regular_past_the_treebank_saw_only_as_a_participle_is_a_verb(sentence: str) -> None:
    # standing alone after two paragraphs, such a line had been taken for a photo caption
    text = f"Prices rose again in May.\n\nWages fell in June.\n\n{sentence}"
    assert [c.text for c in extract(text).claims][-1] == sentence.rstrip(".")


def test_even_as_joins_two_speakers() -> None:
    assert summary(
        "The governor suggested that the budget deal was close, even as her chief of staff "
        "signaled that big gaps remained."
    ) == [
        ("the budget deal was close", "The governor", "suggested"),
        ("big gaps remained", "her chief of staff", "signaled"),
    ]


def test_hinted_that_reports() -> None:
    assert summary("The coach hinted that two players could leave in January.") == [
        ("two players could leave in January", "The coach", "hinted")
    ]


def test_a_subject_quoted_before_the_tag_joins_its_predicate() -> None:
    (claim,) = extract('"The figures," said Ms. Ortega, "speak for themselves."').claims
    assert claim.text == 'The figures," said Ms. Ortega, "speak for themselves'
    assert claim.source.text == "Ms. Ortega"


def test_two_clauses_of_one_quotation_around_a_tag_stay_two_claims() -> None:
    claims = extract('"We are not leaving," she said, "and we will win."').claims
    assert [c.text for c in claims] == ["We are not leaving", "and we will win"]


def test_he_after_a_speaker_named_by_role_is_that_speaker() -> None:
    text = (
        "Mr. Hall added that the audit was routine.\n\n"
        "The mayor, asked about the shortfall, blamed the state. "
        '"Albany owes us $2 billion," he said.'
    )
    claims = extract(text).claims
    owes = next(c for c in claims if c.text.startswith("Albany"))
    assert owes.source.resolved.text == "The mayor"


def test_a_role_is_no_body() -> None:
    text = (
        "The Justice Department said it would review the case. "
        "The governor said the review was overdue."
    )
    claims = extract(text).claims
    assert claims[1].source.resolved is None


def test_a_positive_counter_statement_by_the_denier_contradicts() -> None:
    text = (
        '"Nobody ever wrote to tell me I had been moved," said Ann Price, 71.\n\n'
        "That was untrue, a hospital spokesman said.\n\n"
        '"Every patient on the list was written to in May," he said.'
    )
    claims = extract(text).claims
    every = next(c for c in claims if c.text.startswith("Every patient"))
    assert [(r.type, claims[r.target].text) for r in every.relations] == [
        ("contradicts", "Nobody ever wrote to tell me I had been moved")
    ]


def test_where_and_when_a_study_was_published_stay_with_it() -> None:
    assert summary(
        "The skull is about 300,000 years old, according to a study published on Monday in "
        "the journal Science."
    ) == [
        (
            "The skull is about 300,000 years old",
            "a study published on Monday in the journal Science",
            "according to",
        )
    ]


def test_put_at_after_a_first_verb_and_but_has_the_sentences_subject() -> None:
    assert summary(
        "A police spokeswoman confirmed the raid but put the number of arrests at 11."
    ) == [
        ("the raid", "A police spokeswoman", "confirmed"),
        ("the number of arrests at 11", "A police spokeswoman", "put"),
    ]


def test_a_count_since_a_year_is_not_one_events_count() -> None:
    text = (
        "Gunmen abducted 25 pupils on Monday, residents said. "
        "Police put the number at 18. "
        "A rights group said more than 1,500 pupils had been abducted since 2014."
    )
    claims = extract(text).claims
    since = next(c for c in claims if "since 2014" in c.text)
    assert since.relations == ()


def test_confirming_the_figure_supports_the_latest_count() -> None:
    text = (
        "Rescuers said 14 people had died. Hours later, the ministry said the toll had risen "
        "to 19. The governor confirmed the figure."
    )
    assert ("the figure", "supports", "the toll had risen to 19") in relations(text)


@pytest.mark.parametrize(
    "reply",
    [
        "that figure was far too high",
        "the number was an underestimate",
        "those figures were inflated",
    ],
)
def test_calling_a_figure_too_high_denies_the_nearest_count(reply: str) -> None:
    text = (
        "Rescuers said 14 people had died. "
        f"The union said 300 jobs would go. Management said {reply}."
    )
    assert relations(text) == [(reply, "denies", "300 jobs would go")]


def test_per_cent_in_two_words_is_no_shared_subject() -> None:
    text = (
        "Inflation is at 4.1 per cent, the statistics bureau said. "
        "Economists at a bank say public spending grew by 6 per cent."
    )
    assert relations(text) == []


def test_a_transcript_label_with_the_name_in_brackets() -> None:
    text = (
        "HOST (Sarah Kell): Treasurer, is your budget making it worse?\n\n"
        "TREASURER (Jim Chalk): No. We have delivered two surpluses.\n\n"
        "KELL: Economists say spending grew by 6 per cent.\n\n"
        "CHALK: Real spending growth was 1.9 per cent."
    )
    claims = extract(text).claims
    surpluses = next(c for c in claims if "surpluses" in c.text)
    assert surpluses.text == "We have delivered two surpluses"
    assert surpluses.source.text == "Jim Chalk"


@pytest.mark.parametrize(
    "aside",
    [
        "who asked that her name not be used",
        "who asked that his full name be withheld",
        "who spoke on condition that their names not be published",
    ],
)
def test_a_speaker_whose_name_is_kept_back_is_anonymous(aside: str) -> None:
    (claim,) = extract(f"The queue was three hours long, said one voter, {aside}.").claims
    assert "anonymous_source" in claim.flags


def test_single_quotation_marks_quote_where_the_text_quotes_with_them() -> None:
    text = (
        "The head teacher, Joan Pike, said the school had been 'let down'.\n\n"
        "'We asked for help in March,' she said. 'Nobody came.\n\n"
        "'We have 40 children in one classroom.'\n\n"
        "The teachers' union said it was 'appalled'."
    )
    claims = extract(text).claims
    assert [(c.text, c.source.text) for c in claims[1:4]] == [
        ("We asked for help in March", "she"),
        ("Nobody came", "she"),
        ("We have 40 children in one classroom", "she"),
    ]
    assert all("direct_quote" in c.flags for c in claims[1:4])


@pytest.mark.parametrize(
    "text",
    [
        "We don't know. It's the parents' group that's angry. Back in the '90s it was fine.",
        'He said "it\'s \'fine\'" and left. "Yes," she said. "No."',
    ],
)
def test_apostrophes_and_quotations_inside_double_marks_stay(text: str) -> None:
    from claims.extraction.reading import reading_view

    assert reading_view(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Economist Ann Lo points out that real wages have fallen in 14 of 16 years.",
            # ("points out": the two words, since the twenty-first session)
            [("real wages have fallen in 14 of 16 years", "Economist Ann Lo", "points out")],
        ),
        (
            'In the words of one senior official, the scheme is "dead on arrival".',
            [('the scheme is "dead on arrival"', "one senior official", "In the words of")],
        ),
        (
            'The minister put it this way: "We will not borrow to pay the bills."',
            [("We will not borrow to pay the bills", "The minister", "put")],
        ),
        (
            "The side scored 12 points in the last quarter.",
            [("The side scored 12 points in the last quarter", None, None)],
        ),
    ],
)
def test_points_out_in_the_words_of_and_a_quotations_frame(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(text) == expected


def test_a_charge_called_baseless_after_an_allegation_in_a_subordinate_clause() -> None:
    text = (
        "Shares in Corvane fell 7% on Monday after a short-seller alleged accounting "
        'irregularities, a charge the company called "baseless and malicious".'
    )
    claims = extract(text).claims
    assert [(c.text, c.source and c.source.text, c.cue and c.cue.text) for c in claims] == [
        ("Shares in Corvane fell 7% on Monday", None, None),
        ("accounting irregularities", "a short-seller", "alleged"),
        ("a charge", "the company", "called"),
    ]
    assert [(r.type, r.target) for r in claims[2].relations] == [("denies", 1)]
    assert "hedged" not in claims[0].flags  # "alleged" is the verb here, not a hedge


@pytest.mark.parametrize(
    "sentence",
    ["The alleged fraud ran for six years.", "A 19-year-old alleged gunman was arrested."],
)
def test_alleged_before_a_noun_still_hedges(sentence: str) -> None:
    assert "hedged" in extract(sentence).claims[0].flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One of the aides said the senators feared being blamed for a shutdown.",
            [("the senators feared being blamed for a shutdown", "One of the aides", "said")],
        ),
        (
            "A former clerk accused of stealing $40,000 told the jury that she never took a cent.",
            [
                (
                    "she never took a cent",
                    "A former clerk accused of stealing $40,000",
                    "told",
                )
            ],
        ),
        (
            "Crews are searching 12 sites, he told state broadcaster RTE.",
            [("Crews are searching 12 sites", "he", "told")],
        ),
        (
            "He told the court Dunne was lying.",
            [("Dunne was lying", "He", "told")],
        ),
        (
            "A staff report presented to the board found that the roof was unsafe.",
            [("the roof was unsafe", "A staff report presented to the board", "found")],
        ),
        (
            "An internal audit obtained by this newspaper shows 40 breaches.",
            [("40 breaches", "An internal audit obtained by this newspaper", "shows")],
        ),
        (
            "United have conceded 14 goals in five games.",
            [("United have conceded 14 goals in five games", None, None)],
        ),
        (
            'An inspection memo dated May 3 flagged "serious defects" in two wards.',
            [('"serious defects" in two wards', "An inspection memo dated May 3", "flagged")],
        ),
        (
            'The minister termed the offer "grossly inadequate".',
            [('the offer "grossly inadequate"', "The minister", "termed")],
        ),
    ],
)
def test_constructions_from_the_seventh_review(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(text) == expected


def test_a_tag_of_manner_names_the_speaker() -> None:
    claims = extract('"It is a disgrace," she fumed. "Nobody listened."').claims
    assert [(c.text, c.cue.text) for c in claims] == [
        ("It is a disgrace", "fumed"),
        ("Nobody listened", "fumed"),
    ]


@pytest.mark.parametrize("pronoun", ["this", "it"])
def test_denying_this_or_it_denies_what_was_just_said(pronoun: str) -> None:
    text = f"The union said the fund had been cut by half. The Treasury denied {pronoun}."
    # (the claim is the pronoun, as the conventions write what is denied: "denied this" until
    # the twenty-third session)
    assert relations(text) == [(pronoun, "denies", "the fund had been cut by half")]


@pytest.mark.parametrize(
    ("sentence", "flag"),
    [
        (
            "A senior engineer, who did not wish to be named, said the dam was cracked.",
            "anonymous_source",
        ),
        (
            "A nurse, who pleaded anonymity for fear of reprisal, said the ward was full.",
            "anonymous_source",
        ),
        ("It is understood the couple have hired lawyers.", "hedged"),
    ],
)
def test_more_ways_of_keeping_a_name_back_and_of_hedging(sentence: str, flag: str) -> None:
    assert flag in extract(sentence).claims[0].flags


def test_a_councillors_abbreviated_title_ends_no_sentence() -> None:
    (claim,) = extract("Ward 2 Coun. Cameron Kroetsch said the budget was rushed.").claims
    assert claim.text == "the budget was rushed"
    assert claim.source.text.endswith("Cameron Kroetsch")


def test_single_marks_quote_on_lines_without_double_ones() -> None:
    text = (
        'The minister called the report "a disgrace".\n\n'
        "'Patients deserve the truth,' the surgeon said. 'Instead they get spin.'\n\n"
        "He added: 'You cannot run a hospital like this.'"
    )
    claims = extract(text).claims
    assert [(c.text, c.source.text) for c in claims[-3:]] == [
        ("Patients deserve the truth", "the surgeon"),
        ("Instead they get spin", "the surgeon"),
        ("You cannot run a hospital like this", "He"),
    ]


def test_he_after_a_spokesman_of_a_body_named_with_and() -> None:
    text = (
        "A Department of Health and Social Care spokesman rejected the figures. "
        "He insisted waiting lists were falling."
    )
    claims = extract(text).claims
    assert claims[1].source.resolved.text == "A Department of Health and Social Care spokesman"


def test_it_after_a_body_opening_the_sentence_with_its_initials() -> None:
    text = (
        "The Met Office said rain would spread north. "
        "The India Meteorological Department (IMD) has issued a red alert for Kerala. "
        "It said 20 cm of rain could fall."
    )
    claims = extract(text).claims
    assert claims[-1].source.resolved.text == "The India Meteorological Department (IMD)"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kelly's mum, Sandra, said she was heartbroken.", "person"),
        ("Another pal insisted Kelly was innocent.", "person"),
    ],
)
def test_family_and_friends_are_people(text: str, kind: str) -> None:
    assert extract(text).claims[0].source.kind == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms Ruiz, asked whether she would accept a smaller package with fewer hospitals, "
            "said she was open to talks.",
            [("she was open to talks", "Ms Ruiz", "said")],
        ),
        (
            "An earlier analysis of the data, published in 2021, found no link between the two.",
            [("no link between the two", "An earlier analysis of the data", "found")],
        ),
        (
            "Engineers we spoke to say that claim is misleading.",
            [("that claim is misleading", "Engineers we spoke to", "say")],
        ),
        (
            "Police found the car on Sunday.",
            [("Police found the car on Sunday", None, None)],
        ),
    ],
)
def test_a_long_asked_aside_a_finding_and_a_subject_with_its_relative(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The signature was forged, said a handwriting expert called by the defence, "
            "Dr. Ana Weiss.",
            [
                (
                    "The signature was forged",
                    "a handwriting expert called by the defence, Dr. Ana Weiss",
                    "said",
                )
            ],
        ),
        (
            "The launch slipped to 2029, according to one former official involved in the "
            "programme.",
            [
                (
                    "The launch slipped to 2029",
                    "one former official involved in the programme",
                    "according to",
                )
            ],
        ),
        (
            "Aides pressed state prison officials to award the contract, according to two "
            "people familiar with the talks and emails reviewed by the Herald.",
            [
                (
                    "Aides pressed state prison officials to award the contract",
                    "two people familiar with the talks and emails reviewed by the Herald",
                    "according to",
                )
            ],
        ),
    ],
)
def test_a_source_keeps_its_agent_and_its_place(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(text) == expected


def test_an_explainers_question_subheadings_are_no_interview() -> None:
    text = (
        "Explainer: what the new rules on drones mean\n\n"
        "The Drone Safety Act begins to apply in stages from this month.\n\n"
        "What does the law ban?\n\n"
        "The Act bans flights over crowds, which officials said posed an unacceptable risk.\n\n"
        "Who has to register?\n\n"
        "Any owner of a drone heavier than 250 grams. The agency estimates 400,000 owners.\n\n"
        "What are the fines?\n\n"
        "Owners can be fined up to £1,000. Pilot groups argue the penalties are too high."
    )
    claims = extract(text).claims
    bans = next(c for c in claims if c.text.startswith("The Act bans"))
    assert bans.source is None  # the reporter's, not an "interviewee's"


def test_an_anchors_hand_over_and_thanks_are_no_claims() -> None:
    text = (
        "ANCHOR: Flooding has closed 40 roads. Our correspondent Mike Torres has more.\n\n"
        "TORRES: Water is still rising.\n\n"
        "ANCHOR: Dr. Grant, thank you.\n\n"
        "GRANT: The river peaked at 4.2 metres."
    )
    assert [c.text for c in extract(text).claims] == [
        "Flooding has closed 40 roads",
        "Water is still rising",
        "The river peaked at 4.2 metres",
    ]


def test_a_correction_note_in_brackets_is_furniture() -> None:
    text = (
        "About 140 homes were flooded, the council said.\n\n"
        "(This article was updated on Tuesday. A previous version said 240 homes were "
        "flooded.)"
    )
    assert [c.text for c in extract(text).claims] == ["About 140 homes were flooded"]


@pytest.mark.parametrize(
    "text",
    [
        "Police said 11 people were killed in Tuesday's attack. "
        "Amnesty said 500 people had been killed since January.",
        "The army said 40 soldiers died on Monday. "
        "Rebels said 2,000 troops had been killed since the war began.",
        "Police said 11 people were killed in Tuesday's attack. "
        "The ministry said 40 people died on Monday.",
    ],
)
def test_counts_of_other_stretches_or_days_do_not_disagree(text: str) -> None:
    assert relations(text) == []


def test_two_counts_of_the_same_day_still_disagree() -> None:
    text = "Police said 11 people died on Monday. Rescuers said 14 people died on Monday."
    assert [r[1] for r in relations(text)] == ["contradicts"]


def test_rejecting_an_owners_claim_denies_what_the_owner_said() -> None:
    text = (
        "The governor accused the rebels of shelling the camp. The rebels said the army fired "
        "the shell. The army rejected the rebels' claim."
    )
    assert ("the rebels' claim", "denies", "the army fired the shell") in relations(text)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the first launch is expected in 2027", "the launch has slipped to at least 2028"),
        ("the tram line was on track to open in 2031", "the line would not open until 2034"),
    ],
)
def test_another_year_for_when_the_same_thing_is_due_contradicts(first: str, second: str) -> None:
    text = f"The agency said {first}. Two engineers said {second}."
    assert relations(text) == [(second, "contradicts", first)]


def test_years_of_two_things_do_not_disagree() -> None:
    text = "The agency said the bridge will open in 2027. Engineers said the tunnel is due in 2029."
    assert relations(text) == []


@pytest.mark.parametrize(
    "qualifier",
    [
        "The poll, conducted by a Lagos consultancy, could not be independently verified.",
        "His figures could not be independently verified.",
    ],
)
def test_a_qualifier_with_a_described_subject_flags_the_claim_before(qualifier: str) -> None:
    claims = extract(f"The group said 300 people had been detained. {qualifier}").claims
    assert [c.text for c in claims] == ["300 people had been detained"]
    assert "unverified" in claims[0].flags


def test_disputing_that_timeline_keeps_the_determiner() -> None:
    assert summary("Republicans dispute that timeline.") == [
        ("that timeline", "Republicans", "dispute")
    ]


def test_the_accused_of_a_passive_accusation_answers_it() -> None:
    text = (
        "The council was accused of cutting the library budget by half. "
        "The council said the budget had grown by 4 percent."
    )
    assert relations(text) == [
        (
            "the budget had grown by 4 percent",
            "denies",
            "cutting the library budget by half",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Atty. Lorna Cabrera, legal counsel of a transport group, said fares would rise.",
            [("fares would rise", "Atty. Lorna Cabrera", "said")],
        ),
        (
            "The UCI, cycling's world governing body, said the rider had been banned.",
            [("the rider had been banned", "The UCI", "said")],
        ),
        (
            "His lawyer, Barr. Koen De Smet, said the charges were false.",
            [("the charges were false", "His lawyer, Barr. Koen De Smet", "said")],
        ),
        (
            "The mayor's office later issued a statement saying the budget was balanced.",
            [("the budget was balanced", "The mayor's office", "saying")],
        ),
        (
            "He told the BBC's Today programme the plan was dead.",
            [("the plan was dead", "He", "told")],
        ),
    ],
)
def test_descriptors_statements_and_programmes_from_the_second_review(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(text) == expected


def test_a_capitalised_opening_word_in_a_quote_is_no_name() -> None:
    claims = extract('Peter Quill laughed. "Ask Okafor to come out with us," he said.').claims
    assert claims[-1].source.resolved.text == "Peter Quill"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister said waiting times had halved. That claim is roughly accurate.",
            ("That claim is roughly accurate", "supports", "waiting times had halved"),
        ),
        (
            "The senator said crime had doubled since 2020. That is not true.",
            ("That is not true", "denies", "crime had doubled since 2020"),
        ),
        (
            "The senator said crime had doubled since 2020. That is false: police figures "
            "show a 3% rise.",
            ("a 3% rise", "contradicts", "crime had doubled since 2020"),
        ),
    ],
)
def test_the_reporters_verdict_on_the_claim_before(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in relations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maria Lopez said the plan was sound. Tom Reyes said it was flawed. "
            "She said the audit was under way.",
            "Maria Lopez",
        ),
        (
            "Mark Halvorsen said the snow was stable. Jenny Cole said it was not. "
            "He said conditions were normal.",
            "Mark Halvorsen",
        ),
    ],
)
def test_a_common_given_name_keeps_he_and_she_apart(text: str, expected: str) -> None:
    assert extract(text).claims[-1].source.resolved.text == expected


def test_a_given_name_gives_way_to_the_speaker_of_the_sentence() -> None:
    claims = extract(
        "Okafor, who spoke after a meeting chaired by President Daniel Mensah, said the road "
        "would be finished by 2027. He said 40 billion naira had been approved."
    ).claims
    assert claims[-1].source.resolved.text == "Okafor"


def test_he_after_a_role_opening_the_sentence_before() -> None:
    claims = extract(
        "The economist Ann Lo said growth would slow. The Taoiseach, speaking in Cork, "
        "defended his minister. He said the budget was fair."
    ).claims
    assert claims[-1].source.resolved.text == "The Taoiseach"


def test_the_same_length_of_time_is_no_second_source() -> None:
    text = (
        "Forecasters said more rain was expected over the next 48 hours. "
        "The council said complaints would be answered within 48 hours."
    )
    assert relations(text) == []


def test_described_as_after_an_auxiliary_keeps_its_describer() -> None:
    claims = extract(
        "The agency said the cost included a repair that engineers had described as urgent."
    ).claims
    assert [(c.text, c.source.text) for c in claims] == [
        ("the cost included a repair", "The agency"),
        ("urgent", "engineers"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a letter to Hadley, the authority's chair, Sir Robert Chote, said the "
            "figures were misleading.",
            [("the figures were misleading", "the authority's chair, Sir Robert Chote", "said")],
        ),
        (
            "Its president, Professor Neil Mortensen, said waiting lists were growing.",
            [("waiting lists were growing", "Its president, Professor Neil Mortensen", "said")],
        ),
        (
            "The Ghana Police Service, in a statement signed by its Director of Public "
            "Affairs, ACP Grace Ansah-Akrofi, said three suspects had been arrested.",
            [("three suspects had been arrested", "The Ghana Police Service", "said")],
        ),
        (
            "The audit found, the minister said, that 40 schools were unsafe.",
            [
                (
                    "The audit found, the minister said, that 40 schools were unsafe",
                    "the minister",
                    "said",
                )
            ],
        ),
    ],
)
def test_settings_signatories_titled_names_and_an_interrupting_tag(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(text) == expected


def test_a_one_word_quoted_answer_is_no_claim_but_its_tag_speaks_on() -> None:
    claims = extract('"Yes," she said. "But I would make copies first."').claims
    assert [(c.text, c.source.text) for c in claims] == [("But I would make copies first", "she")]


def test_wishing_not_to_be_named_is_anonymous() -> None:
    (claim,) = extract(
        "A senior official, wishing not to be named, said the canal had been breached."
    ).claims
    assert "anonymous_source" in claim.flags


def test_a_claim_called_misleading_by_someone_in_the_passive_is_denied() -> None:
    text = (
        "The minister said households would save £300 a year. The minister's savings "
        'claim was called "misleading" on Monday by the UK Statistics Authority.'
    )
    claims = extract(text).claims
    assert (claims[1].source.text, claims[1].cue.text) == ("the UK Statistics Authority", "called")
    assert relations(text) == [
        ("The minister's savings claim", "denies", "households would save £300 a year")
    ]


@pytest.mark.parametrize(
    "denial",
    [
        "The mayor denied that the city had ignored warnings.",
        "The minister rejected claims that the currency was overvalued.",
    ],
)
def test_a_denial_that_names_what_it_denies_disputes_no_count_before(denial: str) -> None:
    assert relations(f"Police said 12 people were killed in the blast. {denial}") == []


def test_a_that_clause_denial_still_answers_the_accusation() -> None:
    text = (
        "The union accused the council of ignoring warnings about the bridge. "
        "The council denied that it had ignored any warnings."
    )
    assert [r[1] for r in relations(text)] == ["denies"]


@pytest.mark.parametrize(
    "second",
    [
        "Authorities in Vessel province reported 9 deaths.",
        "In Vessel province, authorities said 9 people died.",
    ],
)
def test_a_place_outside_the_claims_span_sets_it_apart(second: str) -> None:
    text = f"The flood killed 31 people in Marbury province, officials said. {second}"
    assert relations(text) == []


def test_the_same_place_still_disagrees() -> None:
    text = (
        "The flood killed 31 people in Marbury province, officials said. "
        "Rescuers said 40 people died in Marbury province."
    )
    assert [r[1] for r in relations(text)] == ["contradicts"]


def test_disputing_the_toll_denies_the_count() -> None:
    text = "Officials said 14 people were killed. The hospital disputed the toll."
    assert relations(text) == [("the toll", "denies", "14 people were killed")]


def test_a_clock_time_ends_a_sentence_before_a_new_subject() -> None:
    claims = extract(
        "The fire started in the storage room at 9 p.m. Firefighters said the alarm failed."
    ).claims
    assert [c.text for c in claims] == [
        "The fire started in the storage room at 9 p.m.",
        "the alarm failed",
    ]
    assert [
        c.text for c in extract("The meeting began at 8 a.m. Monday and ended at noon.").claims
    ] == ["The meeting began at 8 a.m. Monday and ended at noon"]


def test_an_accuser_named_in_a_passive_accusation() -> None:
    text = (
        "Hurst was accused by prosecutors of accepting bribes worth $40,000. "
        "Hurst denied the charges."
    )
    assert summary(text)[0] == ("accepting bribes worth $40,000", "prosecutors", "accused")
    assert relations(text) == [("the charges", "denies", "accepting bribes worth $40,000")]


def test_a_capitalised_modifier_and_its_plural_head_open_the_subject() -> None:
    assert summary(
        "Government officials gave a similar estimate, saying about 120,000 people had fled."
    )[-1] == ("about 120,000 people had fled", "Government officials", "saying")
