"""Constructions of published news the sixth session's review found mishandled, each pinned by
sentences written for it here (not taken from any set)."""

from __future__ import annotations

import pytest
from claim_views import summary

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Second-quarter profit rose to $4.2 billion, beating the average analyst estimate "
            "of $3.9 billion.",
            "Second-quarter profit rose to $4.2 billion, beating the average analyst estimate "
            "of $3.9 billion",
        ),
        (
            "The airline carried 9 million passengers, above the consensus estimate of 8.6 "
            "million.",
            "The airline carried 9 million passengers, above the consensus estimate of 8.6 million",
        ),
    ],
)
def test_an_estimate_of_a_figure_is_a_noun_not_a_cue(text: str, claim: str) -> None:
    assert summary(text) == [(claim, None, None)]


def test_a_verb_estimate_still_reports() -> None:
    assert summary("Economists estimate the tariff will cost households $900 a year.") == [
        ("the tariff will cost households $900 a year", "Economists", "estimate")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Dunmore mill will shut in March, the owners said, but workers vowed to occupy it.",
            [
                ("The Dunmore mill will shut in March", "the owners", "said"),
                ("workers vowed to occupy it", None, None),
            ],
        ),
        (
            "Fares will rise by 6 percent, the operator said, although it gave no date.",
            [
                ("Fares will rise by 6 percent", "the operator", "said"),
                ("it gave no date", None, None),
            ],
        ),
        (
            "Fares will rise by 6 percent, the operator said, but passenger groups said the "
            "rise was unjustified.",
            [
                ("Fares will rise by 6 percent", "the operator", "said"),
                ("the rise was unjustified", "passenger groups", "said"),
            ],
        ),
    ],
)
def test_a_clause_after_but_is_no_part_of_the_tagged_claim(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(text) == expected


def test_but_with_a_condition_stays_with_the_claim() -> None:
    (claim,) = extract("The mill will shut, the owners said, but only if no buyer is found.").claims
    assert "only if no buyer is found" in claim.text
    assert claim.source is not None and claim.source.text == "the owners"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "While the coastguard says the ferry was seaworthy, survivors say its lifeboats "
            "were rusted shut.",
            [
                ("the ferry was seaworthy", "the coastguard", "says"),
                ("its lifeboats were rusted shut", "survivors", "say"),
            ],
        ),
        (
            "Although the landlord insists the flats are safe, tenants reported damp in 30 homes.",
            [
                ("the flats are safe", "the landlord", "insists"),
                ("damp in 30 homes", "tenants", "reported"),
            ],
        ),
    ],
)
def test_a_fronted_while_clause_with_its_own_speaker_is_a_claim_too(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(text) == expected


def test_a_fronted_while_clause_without_a_speaker_is_left_alone() -> None:
    assert summary("While the ferry sank, survivors say its lifeboats were rusted shut.") == [
        ("its lifeboats were rusted shut", "survivors", "say")
    ]


@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "The council will sell the library, the Yorkshire Post understands.",
            "The council will sell the library",
            "the Yorkshire Post",
        ),
        (
            "The Guardian understands that the chief constable will retire in May.",
            "the chief constable will retire in May",
            "The Guardian",
        ),
    ],
)
def test_an_outlet_that_understands_is_the_source(text: str, claim: str, source: str) -> None:
    (found,) = extract(text).claims
    assert (found.text, found.source.text, found.source.kind) == (claim, source, "media")


def test_understanding_a_thing_is_no_report() -> None:
    (found,) = extract("The new chief constable understands the risks of the job.").claims
    assert found.source is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The levy, which retailers say will cost shoppers $40 a year, comes into force in "
            "June.",
            [
                (
                    "The levy, which retailers say will cost shoppers $40 a year, comes into "
                    "force in June",
                    None,
                    None,
                ),
                ("will cost shoppers $40 a year", "retailers", "say"),
            ],
        ),
        (
            "The governor vetoed the measure, which teachers' unions say would have cut 900 posts.",
            [
                ("The governor vetoed the measure", None, None),
                ("would have cut 900 posts", "teachers' unions", "say"),
            ],
        ),
    ],
)
def test_a_speaker_inside_a_relative_clause_says_what_it_says_of_the_noun(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(text) == expected


def test_a_place_in_capitals_and_a_colon_is_a_dateline() -> None:
    result = extract(
        "Flood relief\n\nCHENNAI: The corporation has set up 60 relief camps, Commissioner "
        "J. Radhakrishnan said on Sunday.\n\nHe said 9,000 people had been moved."
    )
    assert result.metadata.dateline == "CHENNAI"
    first, second = result.claims
    assert first.text == "The corporation has set up 60 relief camps"
    assert (first.source.text, first.source.kind) == ("Commissioner J. Radhakrishnan", "person")
    assert second.source.resolved is not None
    assert second.source.resolved.text == "Commissioner J. Radhakrishnan"


def test_a_transcript_label_is_no_dateline() -> None:
    result = extract(
        "Debate\n\nPRICE: Were 40 homes lost?\n\nOKAFOR: No, 12 homes were lost.\n\n"
        "PRICE: Are you sure?\n\nOKAFOR: The count is final."
    )
    assert result.metadata.dateline is None
    assert {c.source.text for c in result.claims if c.source} == {"OKAFOR"}


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("Mr. K. Ramesh", "person"),
        ("Justice K.S. Menon", "person"),
        ("District Collector P. Shanthi", "person"),
        ("U.S. Steel", "organisation"),
    ],
)
def test_initials_and_a_surname_are_a_person(speaker: str, kind: str) -> None:
    (claim,) = extract(f"{speaker} said the bridge would reopen in May.").claims
    assert (claim.source.text, claim.source.kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("reply", "answered"),
    [
        ("Villagers disputed the official account.", "the dam held throughout the night"),
        ("Local traders rejected the police version.", "officers fired only warning shots"),
        (
            "The union disputed the company figures.",
            "only 120 workers had lost their jobs",
        ),
    ],
)
def test_a_claim_named_by_its_owner_before_the_noun_is_what_is_answered(
    reply: str, answered: str
) -> None:
    text = (
        "Provincial officials said the dam held throughout the night. Police said officers "
        "fired only warning shots. The company said only 120 workers had lost their "
        "jobs. A hydrologist said rainfall had been the heaviest in 40 years. " + reply
    )
    result = extract(text)
    (relation,) = result.claims[-1].relations
    assert relation.type == "denies"
    assert result.claims[relation.target].text == answered


@pytest.mark.parametrize("speaker", ["A hydrologist", "the pediatrician", "a local historian"])
def test_one_person_named_by_their_work_is_a_person(speaker: str) -> None:
    (claim,) = extract(f"{speaker} said the river was higher than in 1953.").claims
    assert claim.source.kind == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rough sleeping rose by 27 percent last year, council figures show, as the mayor "
            "insisted the city's strategy was working.",
            [
                ("Rough sleeping rose by 27 percent last year", "council figures", "show"),
                ("the city's strategy was working", "the mayor", "insisted"),
            ],
        ),
        (
            "Exports fell for a fifth month, customs data showed, while the central bank said "
            "the slowdown would be brief.",
            [
                ("Exports fell for a fifth month", "customs data", "showed"),
                ("the slowdown would be brief", "the central bank", "said"),
            ],
        ),
    ],
)
def test_a_speaker_in_the_as_clause_after_a_tag_has_a_claim_of_their_own(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(text) == expected


def resolved(text: str) -> list[str | None]:
    return [
        (c.source.resolved.text if c.source.resolved else c.source.text) if c.source else None
        for c in extract(text).claims
    ]


def test_she_after_a_speaker_is_the_speaker_not_the_person_she_spoke_of() -> None:
    speakers = resolved(
        "Defence lawyer Ruth Kamau told the court that Daniel Otieno had acted alone.\n\n"
        '"There is no evidence of a conspiracy," she said.'
    )
    assert len(speakers) == 2
    assert all(speaker.endswith("Ruth Kamau") for speaker in speakers)


def test_he_or_she_follows_a_title() -> None:
    assert resolved(
        "Ms Varga said the hospital had lost 30 beds. Mr Holm said the figures were old. "
        "She said the ward would close."
    ) == ["Ms Varga", "Mr Holm", "Ms Varga"]
    assert (
        resolved(
            "Sir Alan Reyes said the bank had cut rates. Dame Joan Pike said inflation would "
            "fall. He said growth was weak."
        )[-1]
        == "Sir Alan Reyes"
    )


def test_a_person_spoken_of_is_still_he_when_the_speaker_is_she() -> None:
    # the speaker is known to be a woman: "he" is the man she spoke of
    assert resolved("Ms Kamau said Mr Otieno had acted alone. He said he had been framed.") == [
        "Ms Kamau",
        "Mr Otieno",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Holt had denied nine counts of theft but was convicted after a two-week trial.",
            [
                ("nine counts of theft", "Holt", "denied"),
                ("was convicted after a two-week trial", None, None),
            ],
        ),
        (
            "The driver denied the charge and was released on bail.",
            [("the charge", "The driver", "denied"), ("was released on bail", None, None)],
        ),
    ],
)
def test_what_was_denied_ends_before_a_second_predicate(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The nurses\' union said the offer was "an insult" and vowed to strike in March.',
            [
                ('the offer was "an insult"', "The nurses' union", "said"),
                ("vowed to strike in March", "The nurses' union", "vowed"),
            ],
        ),
        (
            "The governor said the budget was balanced and promised to publish the accounts.",
            [
                ("the budget was balanced", "The governor", "said"),
                ("promised to publish the accounts", "The governor", "promised"),
            ],
        ),
    ],
)
def test_a_pledge_after_and_is_the_speakers_not_part_of_the_clause_said(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(text) == expected


def test_what_a_reported_subject_did_next_stays_in_the_clause() -> None:
    assert summary("The regulator said the bank had cut jobs and raised fees.") == [
        ("the bank had cut jobs and raised fees", "The regulator", "said")
    ]


def test_it_after_a_claim_opening_with_an_adverb_is_that_subject() -> None:
    (claim,) = extract(
        "The airline now expects a loss of $300 million, it said in a statement."
    ).claims
    assert claim.source.resolved is not None
    assert claim.source.resolved.text == "The airline"


def test_two_claims_sharing_only_their_subject_and_also_are_no_support() -> None:
    result = extract(
        "The chief executive said the company would cut costs by 2 billion euros.\n\n"
        "Two people familiar with the matter said the company was also considering closing "
        "a plant in Bremen."
    )
    assert [list(claim.relations) for claim in result.claims] == [[], []]


def relation_pairs(text: str) -> list[tuple[int, str, int]]:
    return [
        (index, relation.type, relation.target)
        for index, claim in enumerate(extract(text).claims)
        for relation in claim.relations
    ]


def test_calling_the_documents_out_of_date_answers_what_they_showed() -> None:
    assert relation_pairs(
        "Councillor Amy Roe said internal documents showed the council planned to sell 12 "
        "parks.\n\nA council spokesman said the documents were out of date."
    ) == [(1, "denies", 0)]


def test_a_bare_without_describes_and_does_not_negate() -> None:
    text = (
        "Rural doctors warned the reforms would leave remote towns without maternity care.\n\n"
        "The health board's chair, Dr Lena Ortiz, said the reforms would close maternity units "
        "in four towns."
    )
    # the chair says what the doctors warned of, in other words: no contradiction
    assert all(relation_type != "contradicts" for _, relation_type, _ in relation_pairs(text))


def test_without_any_still_negates() -> None:
    (pair,) = relation_pairs(
        "Soldiers said they fired warning shots before the crowd ran.\n\n"
        "Witnesses said the soldiers had fired without any warning."
    )
    assert pair in ((1, "contradicts", 0), (1, "denies", 0))


def test_a_reply_naming_a_role_answers_the_person_named_with_it() -> None:
    text = (
        "The Governor, Ruth Alvarez, visited the site on Monday.\n\n"
        '"No school will close this year," Ms Alvarez told reporters.\n\n'
        "The teachers' union said 14 schools were on a closure list.\n\n"
        'Opposition leader Tom Banks said the Governor was "misleading parents".'
    )
    result = extract(text)
    (relation,) = result.claims[-1].relations
    assert result.claims[relation.target].source.text == "Ms Alvarez"


def test_planning_to_is_an_intention_not_the_opposite_of_an_emergency() -> None:
    assert (
        relation_pairs(
            "Dr Omar Said said the closure would end emergency surgery in the valley.\n\n"
            "Union official Jane Pike said the trust planned to cut 80 surgical posts."
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The hospital's medical director, Dr Anne Ruiz, said 12 patients had been moved.",
            "The hospital's medical director, Dr Anne Ruiz",
        ),
        (
            "The head of the agency, Sam Ortiz, said 40 staff had left.",
            "The head of the agency, Sam Ortiz",
        ),
    ],
)
def test_a_role_then_a_name_is_one_person(text: str, speaker: str) -> None:
    (claim,) = extract(text).claims
    assert (claim.source.text, claim.source.kind) == (speaker, "person")


INTERVIEW = """Interview: the harbour master on the new port

Reporter: Fishermen say the new port has halved their catch. Is that right?

Ada Kell: No. Landings at Westhaven rose last year.

Reporter: Will the port open on time?

Ada Kell: I can't promise that.
"""


def test_an_interviewees_no_denies_what_the_question_put_to_them() -> None:
    result = extract(INTERVIEW)
    texts = [claim.text for claim in result.claims]
    asked = texts.index("the new port has halved their catch")
    (answer,) = [index for index, text in enumerate(texts) if "Landings at" in text]
    assert ("denies", asked) in [(r.type, r.target) for r in result.claims[answer].relations]
    # the next answer, to another question, denies nothing that was asked before
    (later,) = [claim for claim in result.claims if "promise" in claim.text]
    assert not later.relations


@pytest.mark.parametrize("speaker", ["Fishermen", "Local tradesmen", "Policewomen"])
def test_plurals_in_men_are_groups(speaker: str) -> None:
    (claim,) = extract(f"{speaker} said the new rules were unfair.").claims
    assert claim.source.kind == "group"


def test_emails_are_a_record_and_quoted_out_of_context_answers_them() -> None:
    result = extract(
        "The water board ignored warnings about the dam, according to internal emails seen "
        "by the Courier.\n\n"
        'A board official said the emails had been "taken out of context".'
    )
    first, second = result.claims
    assert first.source.kind == "document"
    assert [(r.type, r.target) for r in second.relations] == [("denies", 0)]


def test_the_body_is_not_one_of_its_officials() -> None:
    result = extract(
        "A ministry official, speaking on condition of anonymity, said the report was "
        "accurate.\n\nThe ministry said in a statement that it would publish the report."
    )
    second = result.claims[-1]
    assert second.source.resolved is None
    assert "anonymous_source" not in second.flags


def test_a_clause_running_into_a_quotation_is_no_tag_for_it() -> None:
    (claim,) = extract(
        "The charity, which reviewed the plans, said the repairs described by the council "
        '"would not have prevented the collapse".'
    ).claims
    assert claim.source.text == "The charity"
    assert claim.text.startswith("the repairs described by the council")


def test_what_a_bare_denial_says_next_denies_the_same_claim() -> None:
    result = extract(
        '"They sold our best players in August," the former coach said.\n\n'
        "The chairman disputed that. He said the club had spent £4.5m on players this season."
    )
    texts = [claim.text for claim in result.claims]
    spent = texts.index("the club had spent £4.5m on players this season")
    assert [(r.type, r.target) for r in result.claims[spent].relations] == [("denies", 0)]


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("Campaign group Clean Air Now", "organisation"),
        ("Supporters' group Rovers Trust", "organisation"),
        ("Union leader Jo Bell", "person"),
    ],
)
def test_a_bodys_kind_before_its_name(speaker: str, kind: str) -> None:
    (claim,) = extract(f"{speaker} said the figures were wrong.").claims
    assert claim.source.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "Citing two unnamed officials, the broadcaster reported that the talks had failed.",
        "The talks had failed, the broadcaster reported, citing unidentified senior diplomats.",
    ],
)
def test_unnamed_officials_are_anonymous_sources(text: str) -> None:
    (claim,) = extract(text).claims
    assert "anonymous_source" in claim.flags


def test_an_unidentified_man_is_no_source() -> None:
    (claim,) = extract("An unidentified man was arrested at the scene.").claims
    assert "anonymous_source" not in claim.flags


def test_a_belief_reported_by_a_tag_after_it_is_the_tags_claim() -> None:
    assert summary(
        "Detectives believe the blaze was started deliberately, a fire service source said."
    ) == [
        (
            "Detectives believe the blaze was started deliberately",
            "a fire service source",
            "said",
        )
    ]


def test_it_is_the_body_named_earlier_in_the_sentence() -> None:
    (_, warned) = extract(
        "The airline's shares fell 9 percent after it warned that bookings had slowed."
    ).claims
    assert warned.source.resolved is not None
    assert warned.source.resolved.text == "The airline"


def test_no_posts_cut_is_a_count_of_zero_against_2000_cuts() -> None:
    assert relation_pairs(
        '"We will not back a budget that cuts 2,000 teaching jobs," the union leader said.\n\n'
        "The finance ministry said no teaching posts would be cut."
    ) == [(1, "contradicts", 0)]


def test_the_figure_called_pure_invention_is_the_one_that_gave_it() -> None:
    pairs = relation_pairs(
        '"The plan cuts 2,000 teaching jobs," the union leader said.\n\n'
        "The finance ministry said no teaching posts would be cut. A ministry spokesman said "
        "the figure of 2,000 was ''pure invention''."
    )
    assert (2, "denies", 0) in pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor welcomed the report but said it came too late for the flooded streets.",
            [
                ("The mayor welcomed the report", None, None),
                ("it came too late for the flooded streets", "The mayor", "said"),
            ],
        ),
        (
            "The ministry declined to comment but said an inquiry would report in May.",
            [("an inquiry would report in May", "The ministry", "said")],
        ),
    ],
)
def test_the_speaker_of_a_second_verb_is_the_subject_of_the_first(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Smt. Lakshmi Devi said the supply would resume on Friday.", "Smt. Lakshmi Devi"),
        (
            "The defence lawyer, Adv. Ravi Menon, said the police had no evidence.",
            "The defence lawyer, Adv. Ravi Menon",
        ),
    ],
)
def test_south_asian_honorifics_end_no_sentence(text: str, speaker: str) -> None:
    (claim,) = extract(text).claims
    assert claim.source.text == speaker


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The weather office has forecast above-normal rainfall this year.", "forecast"),
        ("A council spokesperson later clarified that the road would stay open.", "clarified"),
    ],
)
def test_forecast_and_clarified_report(text: str, cue: str) -> None:
    (claim,) = extract(text).claims
    assert claim.cue is not None and claim.cue.text == cue


def test_he_after_a_speaker_is_not_a_person_named_in_the_speakers_relative_clause() -> None:
    speakers = resolved(
        "Okafor, who spoke after a meeting chaired by President Daniel Mensah, said the road "
        "would be finished by 2027. He said 40 billion naira had been approved."
    )
    assert speakers == ["Okafor", "Okafor"]


def test_it_is_the_body_that_opened_the_sentence_before() -> None:
    speakers = resolved(
        "Storm\n\nThe grid operator said 40,000 homes had lost power.\n\n"
        "The Weather Service extended its warning. Gusts of 90mph were recorded, it said."
    )
    assert speakers[-1] == "The Weather Service"


@pytest.mark.parametrize(
    "speaker",
    [
        "The Department for Environment, Food and Rural Affairs",
        "The Office for Budget Responsibility and the Bank of England",
        "Paul Smith",
    ],
)
def test_long_names_and_bare_role_appositions_keep_their_speaker(speaker: str) -> None:
    text = (
        "Paul Smith, convenor of the group, said 40 farms were affected."
        if speaker == "Paul Smith"
        else f"{speaker} said 40 farms were affected."
    )
    (claim,) = extract(text).claims
    assert (claim.text, claim.source.text) == ("40 farms were affected", speaker)


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("A Bayer spokeswoman", "organisation"),
        ("A company spokesman", "organisation"),
        ("A Kremlin spokesman", "government"),
        ("An Israeli military spokesman", "government"),
    ],
)
def test_a_spokeswoman_speaks_for_the_body_named_before_her(speaker: str, kind: str) -> None:
    (claim,) = extract(f"{speaker} said the report was wrong.").claims
    assert claim.source.kind == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Analysts at Halvern Bank, who rate the shares "underweight," wrote that sales '
            "would fall.",
            ("sales would fall", "Analysts at Halvern Bank"),
        ),
        (
            'The coach, who was "livid", said the referee had cost them the game.',
            ("the referee had cost them the game", "The coach"),
        ),
    ],
)
def test_a_word_quoted_inside_an_apposition_keeps_the_speaker(
    text: str, expected: tuple[str, str]
) -> None:
    (claim,) = extract(text).claims
    assert (claim.text, claim.source.text) == expected


def test_a_fronted_speaking_to_phrase_is_not_the_speaker() -> None:
    (claim,) = extract(
        "Speaking to the Courier, Mr. R. Pillai, the chief engineer, said 40 drains had been "
        "cleared."
    ).claims
    assert claim.source.text == "Mr. R. Pillai"


@pytest.mark.parametrize(
    "text",
    [
        "The state has approved 40 billion naira for roads, the Minister of Works, Senator "
        "Dele Ayo, has said.",
        "The state has approved 40 billion naira for roads, the Minister of Works, Dele Ayo, said.",
    ],
)
def test_a_tag_with_a_role_and_a_name_after_the_claim(text: str) -> None:
    (claim,) = extract(text).claims
    assert claim.text == "The state has approved 40 billion naira for roads"
    assert claim.source.text.startswith("the Minister of Works, ")
    assert claim.source.kind == "person"


def test_the_main_accused_is_a_noun_not_an_accusation() -> None:
    (claim,) = extract(
        "The main accused, identified as Ravi Kumar, worked at the bank till 2022, the police said."
    ).claims
    assert claim.source.text == "the police"


def test_according_to_inside_a_relative_clause_is_that_clauses_source() -> None:
    assert summary(
        "The mayor said city debt, which stands at $95 million according to the auditor, "
        "remained a risk."
    ) == [
        (
            "city debt, which stands at $95 million according to the auditor, remained a risk",
            "The mayor",
            "said",
        ),
        ("stands at $95 million", "the auditor", "according to"),
    ]


def test_it_is_understood_that_is_hedged() -> None:
    (claim,) = extract("It is understood that the chief executive will resign on Friday.").claims
    assert "hedged" in claim.flags


def test_an_aide_speaks_for_a_government() -> None:
    (claim,) = extract("A senior Senate Democratic aide said the bill would fail.").claims
    assert claim.source.kind == "government"


def test_rejecting_that_finding_keeps_its_determiner() -> None:
    (claim,) = extract("The ministry rejected that finding.").claims
    assert claim.text == "that finding"


def test_pleasantries_and_signposts_in_a_transcript_are_no_claims() -> None:
    result = extract(
        "Radio interview\n\nHOST: Dana Price, thank you for joining us. Is the river safe?\n\n"
        "PRICE: Let me be very clear. Sewage spills rose by 40 percent last year. Thank you."
    )
    assert [claim.text for claim in result.claims] == ["Sewage spills rose by 40 percent last year"]


def test_thanks_with_a_figure_is_still_a_claim() -> None:
    (claim,) = extract("Thanks to the new pumps, 300 homes were saved, the council said.").claims
    assert "300 homes" in claim.text


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Smokers were 40% more likely to develop the disease, the study found.", False),
        ("Smokers were twice as likely to die, the study found.", False),
        ("The toll is likely to rise, officials said.", True),
        ("The fire was most likely caused by a faulty cable, investigators said.", True),
    ],
)
def test_a_comparison_of_chances_is_no_hedge(text: str, hedged: bool) -> None:
    (claim,) = extract(text).claims
    assert ("hedged" in claim.flags) is hedged


def test_a_leading_but_is_not_part_of_a_role_and_name() -> None:
    (claim,) = extract(
        "But the Commissioner for Finance, Mrs Ada Obi, said all salaries had been paid."
    ).claims
    assert claim.source.text == "the Commissioner for Finance, Mrs Ada Obi"


@pytest.mark.parametrize(
    ("text", "claimant", "kind"),
    [
        (
            "The council denied claims by residents that it had closed the library.",
            "residents",
            "statement",
        ),
        (
            "The firm dismissed allegations from former staff that it had faked safety checks.",
            "former staff",
            "accusation",
        ),
        (
            "The army rejected reports that its troops had shelled the village.",
            "reports",
            "statement",
        ),
    ],
)
def test_a_denied_claim_with_its_that_clause_is_a_claim_of_its_own(
    text: str, claimant: str, kind: str
) -> None:
    claimed, denial = extract(text).claims
    assert claimed.text == denial.text
    assert (claimed.source.text, claimed.kind) == (claimant, kind)
    assert [(r.type, r.target) for r in denial.relations] == [("denies", 0)]


@pytest.mark.parametrize("speaker", ["Republicans", "Senate Democrats", "Conservatives"])
def test_party_members_are_a_group(speaker: str) -> None:
    (claim,) = extract(f"{speaker} said the bill would raise taxes.").claims
    assert claim.source.kind == "group"


@pytest.mark.parametrize(
    "text",
    [
        "Cases rose to 52, the health ministry said on Sunday, up from 38 a day earlier.",
        "Cases rose to 52, the health ministry said, up from 38 a day earlier.",
    ],
)
def test_an_earlier_figure_after_the_tag_does_not_take_the_claims_place(text: str) -> None:
    assert summary(text) == [
        ("Cases rose to 52", "the health ministry", "said"),
        ("up from 38 a day earlier", "the health ministry", "said"),
    ]


def test_a_contrast_after_according_to_with_its_own_speaker() -> None:
    assert summary(
        "More than 1,000 people have been arrested, according to rights groups, though the "
        "government puts the figure at 300."
    ) == [
        # (without its "according to" since the nineteenth session, as the conventions
        # write a claim: the contrast is read as two sources' clauses first)
        ("More than 1,000 people have been arrested", "rights groups", "according to"),
        ("the figure at 300", "the government", "puts"),
    ]


def test_a_parenthetical_tag_with_a_time_keeps_its_speaker() -> None:
    (claim,) = extract(
        "The blaze destroyed 40 homes, fire officials said Monday, and forced 2,000 people to flee."
    ).claims
    assert claim.source is not None and claim.source.text == "fire officials"


def test_a_prior_forecast_of_a_figure_is_a_noun() -> None:
    (claim,) = extract(
        "Nimbus now expects revenue of $5.4bn to $5.5bn, down from its prior forecast of $5.7bn."
    ).claims
    # what Nimbus expects (eighth session: an expected figure is the body's forecast), not
    # what "forecast" would take
    assert "$5.4bn" in claim.text and claim.cue is not None and claim.cue.text == "expects"


def test_engr_ends_no_sentence() -> None:
    (claim,) = extract(
        "Roads will be built in 14 states, the Minister of Works, Engr. Dele Ayo, has said."
    ).claims
    assert claim.text == "Roads will be built in 14 states"
    assert claim.source.text.endswith("Engr. Dele Ayo")


@pytest.mark.parametrize(
    "later",
    [
        "In 2019, floods killed 15 people, officials said.",
        "Last year, 15 people died in floods in the same valley, officials said.",
    ],
)
def test_a_count_set_in_another_time_by_its_opening_phrase_contradicts_nothing(
    later: str,
) -> None:
    assert relation_pairs("The minister said 42 people died in the floods.\n\n" + later) == []


def test_two_counts_of_the_same_floods_still_contradict() -> None:
    assert relation_pairs(
        "The minister said 42 people died in the floods.\n\n"
        "Rescuers said 15 people died in the floods."
    ) == [(1, "contradicts", 0)]
