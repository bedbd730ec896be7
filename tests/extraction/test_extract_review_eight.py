"""Constructions of published news the eighth session found mishandled, each pinned by
sentences written for it here (not taken from any set)."""

from __future__ import annotations

import pytest
from claim_views import relations, summary

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some farmers worry the new quotas could drive them out of business.",
            ("the new quotas could drive them out of business", "Some farmers", "worry"),
        ),
        (
            "Economists expect the central bank will hold rates at 4.5 percent.",
            ("the central bank will hold rates at 4.5 percent", "Economists", "expect"),
        ),
        (
            "Most residents think the council has ignored the flooding for years.",
            ("the council has ignored the flooding for years", "Most residents", "think"),
        ),
    ],
)
def test_a_party_that_thinks_expects_or_worries_holds_the_belief(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert summary(text) == [expected]


def test_a_belief_of_a_party_is_hedged() -> None:
    (claim,) = extract("Economists expect the central bank will hold rates at 4.5 percent.").claims
    assert "hedged" in claim.flags


@pytest.mark.parametrize(
    "text",
    [
        # (not forecasters': "Analysts expect a rise in unemployment" is theirs, as the gold
        # README has read forecasts since the fourteenth session - the thirty-fourth's tests)
        "Residents expect a rise in rents this winter.",
        "Parents worry about the cost of school uniforms.",
        "The mayor thinks highly of the new police chief.",
    ],
)
def test_a_belief_verb_without_a_clause_is_no_cue(text: str) -> None:
    assert summary(text) == [(text.rstrip("."), None, None)]


def test_i_think_hedges_the_speakers_own_claim() -> None:
    # the quotation is hers whole: "I think" is no claimant of its own
    assert summary('"I think the figures are simply wrong," said Ana Ruiz.') == [
        ("I think the figures are simply wrong", "Ana Ruiz", "said")
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A Marist poll released Thursday found that 52 percent of voters backed the plan.",
            "A Marist poll released Thursday",
        ),
        (
            "An audit published last month showed the hospital had overspent by $2 million.",
            "An audit published last month",
        ),
        (
            "A survey conducted in March found that 30 percent of tenants were behind on rent.",
            "A survey conducted in March",
        ),
    ],
)
def test_the_time_after_a_participle_stays_in_the_subject(text: str, source: str) -> None:
    (claim,) = extract(text).claims
    assert claim.source is not None and claim.source.text == source


def test_a_time_before_the_verb_is_still_no_part_of_the_subject() -> None:
    assert summary("Police on Tuesday said the driver had been drinking.") == [
        ("the driver had been drinking", "Police", "said")
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to a person briefed on the talks, the union will accept the offer.",
            "a person briefed on the talks",
        ),
        (
            "The union will accept the offer, according to people close to its leadership.",
            "people close to its leadership",
        ),
        (
            "Two officials briefed on the inquiry said the pilot had not been tested.",
            "Two officials briefed on the inquiry",
        ),
    ],
)
def test_sources_briefed_on_or_close_to_something_are_whole_and_anonymous(
    text: str, source: str
) -> None:
    (claim,) = extract(text).claims
    assert claim.source is not None
    assert (claim.source.text, claim.source.kind) == (source, "anonymous")
    assert "anonymous_source" in claim.flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Monmouth survey last week found 41 percent support for the levy.",
            ("41 percent support for the levy", "A Monmouth survey", "found"),
        ),
        (
            "An audit released in May found $3 million in unpaid invoices.",
            ("$3 million in unpaid invoices", "An audit released in May", "found"),
        ),
    ],
)
def test_a_study_found_a_figure_across_a_time_after_its_head(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert summary(text) == [expected]


def test_an_agent_that_found_something_is_still_no_source() -> None:
    text = "Divers found two bodies in the harbour last week."
    assert summary(text) == [(text.rstrip("."), None, None)]


def test_a_denial_ends_before_even_as_and_a_second_speaker() -> None:
    text = (
        "The clinic dismissed the inspectors' report as a smear, even as two former nurses "
        "said staff shortages had put patients at risk."
    )
    claims = summary(text)
    assert claims[-1] == (
        "staff shortages had put patients at risk",
        "two former nurses",
        "said",
    )
    assert "even" not in claims[0][0].split() and "nurses" not in claims[0][0]


def test_he_is_not_a_speaker_named_by_a_feminine_noun() -> None:
    text = (
        "Mayor Colin Brandt defended the contract. A council spokeswoman said the tender had "
        'been open. Asked about the deal on Friday, he told reporters: "It saved money."'
    )
    (quote,) = [claim for claim in extract(text).claims if claim.text == "It saved money"]
    assert quote.source is not None and quote.source.resolved is not None
    assert quote.source.resolved.text == "Colin Brandt"


def test_a_name_with_himself_is_a_person() -> None:
    (claim,) = extract("Okoro himself has long maintained that the loan was repaid.").claims
    assert claim.source is not None
    assert (claim.source.text, claim.source.kind) == ("Okoro himself", "person")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Output fell 2.1% in March, the survey found — the steepest drop since 2020.",
            [
                ("Output fell 2.1% in March", "the survey", "found"),
                ("the steepest drop since 2020", None, None),
            ],
        ),
        (
            "Some 12,000 homes lost power, the utility said – most of them in the valley.",
            [
                ("Some 12,000 homes lost power", "the utility", "said"),
                ("most of them in the valley", None, None),
            ],
        ),
    ],
)
def test_a_gloss_after_a_dash_that_follows_the_tag_is_the_reporters(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "About 9,000 people were evacuated, according to the fire service, which said "
            "40 homes had burned.",
            ("40 homes had burned", "the fire service", "said"),
        ),
        (
            "The levy raised $3 million, according to the treasurer, who also said that "
            "collection costs had doubled.",
            ("collection costs had doubled", "the treasurer", "said"),
        ),
    ],
)
def test_a_relative_clause_after_an_according_to_source_is_the_sources_claim(
    text: str, second: tuple[str, str, str]
) -> None:
    claims = summary(text)
    assert len(claims) == 2 and claims[1] == second
    assert claims[0][1:] == (second[1], "according to")


def test_a_relative_clause_after_the_source_without_a_cue_stays_out() -> None:
    text = "About 9,000 people were evacuated, according to the fire service, which has 40 crews."
    assert summary(text) == [
        ("About 9,000 people were evacuated", "the fire service", "according to")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rail union president Omar Haddad said over 2,000 drivers had signed the petition.",
            ("over 2,000 drivers had signed the petition", "Rail union president Omar Haddad"),
        ),
        (
            "The coroner said about 40 deaths a year were linked to the junction.",
            ("about 40 deaths a year were linked to the junction", "The coroner"),
        ),
        (
            "Organisers said nearly 10,000 people had joined the march.",
            ("nearly 10,000 people had joined the march", "Organisers"),
        ),
    ],
)
def test_a_figure_opening_the_clause_said_keeps_its_speaker(
    text: str, expected: tuple[str, str]
) -> None:
    assert [claim[:2] for claim in summary(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Wages fell 3% last year, the firm's chief economist, Lena Vos, told investors.",
            "the firm's chief economist, Lena Vos",
        ),
        (
            "More than 800 homes were flooded, the country's disaster agency, BNPB, said.",
            "the country's disaster agency, BNPB",
        ),
    ],
)
def test_a_role_before_the_name_in_a_tag_is_the_speakers_too(text: str, source: str) -> None:
    (claim,) = extract(text).claims
    assert claim.source is not None and claim.source.text == source
    assert claim.text == text.split(",")[0]


def test_told_a_meeting_of_the_council_is_the_audience() -> None:
    text = "The county faces a £9 million gap, its treasurer told a meeting of the full council."
    assert summary(text) == [("The county faces a £9 million gap", "its treasurer", "told")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The central bank put annual inflation at 4.2 per cent in May.",
            ("annual inflation at 4.2 per cent in May", "The central bank", "put"),
        ),
        (
            "An AP tally put the number of dead at 31.",
            ("the number of dead at 31", "An AP tally", "put"),
        ),
        (
            "Pollsters now say turnout could top 70 percent.",
            ("turnout could top 70 percent", "Pollsters", "say"),
        ),
        (
            "Farm incomes fell 8% last year, state figures show.",
            ("Farm incomes fell 8% last year", "state figures", "show"),
        ),
        (
            "The Resolution Foundation think tank estimates the freeze will cost families £600.",
            (
                "the freeze will cost families £600",
                "The Resolution Foundation think tank",
                "estimates",
            ),
        ),
        (
            "The county will spend $9 million, $2 million more than forecast in March, the "
            "treasurer said.",
            (
                "The county will spend $9 million, $2 million more than forecast in March",
                "the treasurer",
                "said",
            ),
        ),
    ],
)
def test_what_looks_like_a_cue_inside_a_noun_phrase_or_comparison(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert summary(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Kano, Katsina and Sokoto states account for 60 per cent of all confirmed cases.",
        "Nine in ten of the reported incidents happened after dark.",
    ],
)
def test_states_and_participles_before_nouns_are_no_cues(text: str) -> None:
    assert summary(text) == [(text.rstrip("."), None, None)]


def test_a_participle_of_speaking_after_a_name_with_nouns_keeps_the_whole_subject() -> None:
    text = "The Maltese coast guard gave a lower count, saying it had rescued 54 people."
    claims = summary(text)
    assert claims[-1] == ("it had rescued 54 people", "The Maltese coast guard", "saying")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The World Bank forecasts growth of 2.7% next year.",
            ("growth of 2.7% next year", "The World Bank", "forecasts"),
        ),
        (
            "Exports will shrink by 4% this year, the OECD forecasts.",
            ("Exports will shrink by 4% this year", "the OECD", "forecasts"),
        ),
        (
            "The retailer expects profit of $1.3 billion for the year.",
            ("profit of $1.3 billion for the year", "The retailer", "expects"),
        ),
        (
            "Analysts expect margins to narrow by 2 points.",
            ("margins to narrow by 2 points", "Analysts", "expect"),
        ),
    ],
)
def test_forecasts_and_expectations_of_a_figure_are_the_forecasters(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert summary(text) == [expected]


def test_a_sentence_with_a_present_verb_the_lexicon_calls_a_noun_is_no_caption() -> None:
    text = "Council tax rises by 4.99% from April.\n\nThe rise was agreed on Monday."
    assert [claim[0] for claim in summary(text)] == [
        "Council tax rises by 4.99% from April",
        "The rise was agreed on Monday",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nearly 30% of tenants said they had been refused a repair.", "Nearly 30% of tenants"),
        ("One in five nurses said they planned to leave the profession.", "One in five nurses"),
        ("A quarter of firms told the survey they had cut hiring.", "A quarter of firms"),
    ],
)
def test_a_share_of_people_who_said_something_keeps_the_share_in_the_claim(
    text: str, speaker: str
) -> None:
    (claim,) = extract(text).claims
    assert claim.text == text.rstrip(".")
    assert claim.source is not None and (claim.source.text, claim.source.kind) == (
        speaker,
        "group",
    )


def test_a_speaker_without_a_share_keeps_the_claim_after_the_cue() -> None:
    assert summary("Most landlords said the rules were too strict.") == [
        ("the rules were too strict", "Most landlords", "said")
    ]


def test_a_title_case_place_and_a_colon_open_the_first_paragraph_as_a_dateline() -> None:
    text = (
        "Flats sealed in tax raid\n\n"
        "Chennai: The income tax department on Friday sealed 14 flats worth Rs 40 crore, "
        "officials said.\n"
    )
    result = extract(text)
    assert result.metadata.dateline == "Chennai"
    assert [claim.text for claim in result.claims] == [
        "The income tax department on Friday sealed 14 flats worth Rs 40 crore"
    ]


def test_a_transcript_in_title_case_labels_has_no_dateline() -> None:
    text = "Holt: Do you accept the figures?\n\nMarsh: The figures are wrong.\n"
    assert extract(text).metadata.dateline is None


def test_a_press_wire_dateline_is_furniture() -> None:
    text = (
        "Acme opens plant\n\n"
        "DAYTON, Ohio, June 2, 2025 /PRNewswire/ -- Acme Tools, Inc. today announced a "
        "$40 million expansion of its Dayton plant.\n"
    )
    result = extract(text)
    assert result.metadata.dateline is not None and result.metadata.dateline.startswith("DAYTON")
    (claim,) = result.claims
    assert "$40 million" in claim.text and "PRNewswire" not in claim.text


def test_a_live_blog_time_stamp_is_no_claim() -> None:
    text = (
        "10:42 a.m.\n\nThe first ferry left 25 minutes late, the operator said.\n\n"
        "11:05\n\nA second ferry was cancelled.\n"
    )
    assert [claim.text for claim in extract(text).claims] == [
        "The first ferry left 25 minutes late",
        "A second ferry was cancelled",
    ]


def test_she_is_not_a_body_named_before() -> None:
    text = (
        "The regulator said the levy would raise £2bn. She said the cap alone would save "
        "households £90 a year."
    )
    (_, second) = extract(text).claims
    assert second.source is not None and second.source.resolved is None


def test_they_after_a_sentence_opened_by_people_are_those_people() -> None:
    text = (
        "Scientists at the Polar Institute measured the ice at 12 sites. The shelf lost 8% of "
        "its mass in a decade, they estimated."
    )
    claim = extract(text).claims[-1]
    assert claim.source is not None and claim.source.resolved is not None
    assert claim.source.resolved.text == "Scientists at the Polar Institute"


def test_measured_at_a_number_of_places_is_no_estimate() -> None:
    text = "The team measured air quality at 30 schools across the city."
    assert summary(text) == [(text.rstrip("."), None, None)]


def test_a_figure_a_speaker_says_is_needed_after_a_comparison_keeps_the_main_figure() -> None:
    text = (
        "Turnout reached 41 per cent, well below the 50 per cent the electoral commission "
        "says is needed for the result to stand."
    )
    claims = summary(text)
    assert claims[0] == ("Turnout reached 41 per cent", None, None)
    assert claims[1][1:] == ("the electoral commission", "says")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The death toll stands at 63, an AP count shows.",
            ("The death toll stands at 63", "an AP count", "shows"),
        ),
        (
            "The village has 2,300 residents, per the 2021 census.",
            ("The village has 2,300 residents", "the 2021 census", "per"),
        ),
        (
            "Storm damage was estimated at $1.4bn by the insurance council.",
            ("Storm damage was estimated at $1.4bn", "the insurance council", "estimated"),
        ),
        (
            "Crop losses were put by the farmers' union at $200 million.",
            (
                "Crop losses were put by the farmers' union at $200 million",
                "the farmers' union",
                "put",
            ),
        ),
    ],
)
def test_further_ways_news_gives_the_source_of_a_figure(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert summary(text) == [expected]


def test_per_before_a_unit_is_no_source() -> None:
    text = "Fares rose 4 per cent, or about $2 per person, this year."
    assert summary(text) == [(text.rstrip("."), None, None)]


def test_the_census_is_not_a_tally_named_before() -> None:
    text = "The toll rose to 63, an AP tally shows. The town has 2,300 residents, per the census."
    claim = extract(text).claims[-1]
    assert claim.source is not None and claim.source.resolved is None


def test_a_clause_after_a_tag_with_a_setting_is_a_second_claim_of_the_speaker() -> None:
    # (the ninth session: two claims, as the dev-5 gold annotates "Y, he said, and Z")
    text = (
        "Some 3,100 homes were damaged, the agency said in a statement, and 140 of them are "
        "beyond repair."
    )
    assert summary(text) == [
        ("Some 3,100 homes were damaged", "the agency", "said"),
        ("140 of them are beyond repair", "the agency", "said"),
    ]


def test_a_tag_with_a_setting_and_nothing_after_ends_the_claim() -> None:
    text = "Some 3,100 homes were damaged, the agency said in a statement on Sunday."
    assert summary(text) == [("Some 3,100 homes were damaged", "the agency", "said")]


def test_two_percentages_that_share_only_a_time_are_no_contradiction() -> None:
    text = (
        "The chief executive said the firm would cut 3% of its staff by the end of next year. "
        '"We think 32% is achievable next year," the finance director said of the margin.'
    )
    assert relations(text) == []


def test_two_percentages_of_the_same_thing_still_contradict() -> None:
    text = (
        "The union said 60% of drivers had joined the strike. "
        "The company said only 15% of drivers had joined the strike."
    )
    assert [relation[1] for relation in relations(text)] == ["contradicts"]


def test_a_noun_phrase_after_a_tag_is_the_reporters_gloss() -> None:
    assert summary("Orders fell 2.4%, the company said, the fourth monthly drop in a row.") == [
        ("Orders fell 2.4%", "the company", "said"),
        ("the fourth monthly drop in a row", None, None),
    ]


def test_a_clause_after_a_tag_is_no_gloss() -> None:
    text = "Orders fell 2.4%, the company said, the fourth drop that analysts had expected."
    assert summary(text)[0][1:] == ("the company", "said")
    assert "the fourth monthly" not in summary(text)[0][0]


def test_an_earlier_figure_after_an_according_to_source_is_the_sources() -> None:
    text = "Jobless claims rose to 231,000, according to Labor Department data, up from 219,000."
    assert summary(text) == [
        ("Jobless claims rose to 231,000", "Labor Department data", "according to"),
        ("up from 219,000", "Labor Department data", "according to"),
    ]


def test_disputing_that_and_pointing_out_gives_the_reason_as_the_claim() -> None:
    assert summary(
        "Campaigners disputed that, pointing out that 4,100 people were turned back in 2024."
    ) == [("4,100 people were turned back in 2024", "Campaigners", "disputed")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Some 40 tenants said they had been evicted without notice.", "Some 40 tenants"),
        ("Of those, some 2.8 million cited long-term sickness.", "some 2.8 million"),
    ],
)
def test_a_count_of_people_who_said_something_stays_in_the_claim(text: str, speaker: str) -> None:
    (claim,) = extract(text).claims
    assert claim.text.startswith(speaker)
    assert claim.source is not None and (claim.source.text, claim.source.kind) == (
        speaker,
        "group",
    )


def test_a_list_announced_by_a_speaker_is_the_speakers_item_by_item() -> None:
    text = (
        "Budget at a glance\n\n"
        "The treasurer announced these changes:\n\n"
        "- Land tax thresholds frozen until 2029\n"
        "- The levy on foreign buyers rises by two percentage points\n"
        "- Payroll tax falls by 0.5% for small firms\n\n"
        "The changes take effect in July.\n"
    )
    claims = summary(text)
    assert claims[0] == ("The treasurer announced these changes", None, None)
    assert claims[1:4] == [
        ("Land tax thresholds frozen until 2029", "The treasurer", "announced"),
        ("The levy on foreign buyers rises by two percentage points", "The treasurer", "announced"),
        ("Payroll tax falls by 0.5% for small firms", "The treasurer", "announced"),
    ]
    assert claims[4] == ("The changes take effect in July", None, None)


def test_not_recognising_a_figure_denies_the_claim_that_gave_it() -> None:
    text = (
        "Crisis says 300,000 people are homeless in the region. The housing minister said "
        "she did not recognise that figure."
    )
    assert relations(text) == [
        (
            "she did not recognise that figure",
            "denies",
            "300,000 people are homeless in the region",
        )
    ]


def test_a_figure_put_at_by_a_pronoun_contradicts_the_count_before() -> None:
    text = (
        "The union says 12,000 posts will go. The company says its own review puts it at "
        "around 3,000."
    )
    assert relations(text) == [
        ("its own review puts it at around 3,000", "contradicts", "12,000 posts will go")
    ]


def test_a_crowd_count_without_its_noun_contradicts_the_police_count() -> None:
    text = (
        "Police said the rally was attended by about 3,000 people. "
        "Organisers said more than 15,000 had taken part."
    )
    assert relations(text) == [
        (
            "more than 15,000 had taken part",
            "contradicts",
            "the rally was attended by about 3,000 people",
        )
    ]


def test_a_short_claim_about_it_supports_nothing_far_before() -> None:
    text = (
        "The council said its reserves had grown by 6 percent. "
        "Officials said 14 people had died in the floods. "
        "A regional agency put the toll at 9 but said it was likely to rise."
    )
    assert ("it was likely to rise", "supports", "its reserves had grown by 6 percent") not in (
        relations(text)
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Meanwhile, an official at the ministry, who asked not to be named, said the "
            "deficit had reached $4 billion.",
            "an official at the ministry",
        ),
        (
            "However, the insurer, which denies any wrongdoing, said it had paid 90% of claims.",
            "the insurer",
        ),
    ],
)
def test_a_connective_before_a_subject_with_a_relative_clause(text: str, source: str) -> None:
    (claim,) = extract(text).claims
    assert claim.source is not None and claim.source.text == source
    assert claim.text.startswith(("the deficit", "it had paid"))


def test_a_document_with_an_apposition_puts_a_change_at_a_figure() -> None:
    text = (
        "The watchdog's final report, published on Monday, puts the rise for a typical "
        "family at $210 a year."
    )
    (claim,) = extract(text).claims
    assert claim.text == "the rise for a typical family at $210 a year"
    assert claim.source is not None
    assert (claim.source.text, claim.source.kind) == ("The watchdog's final report", "document")


def test_a_share_of_things_that_showed_something_is_no_speaker() -> None:
    text = "Nearly 40 percent of the wells tested showed arsenic above the legal limit."
    assert summary(text) == [(text.rstrip("."), None, None)]


@pytest.mark.parametrize(
    "text",
    [
        '"Leave now," Sheriff Dana Cole posted on X.',
        '"Leave now," the sheriff posted on Facebook on Monday.',
    ],
)
def test_posted_after_a_quotation_is_its_tag(text: str) -> None:
    (claim,) = extract(text).claims
    assert claim.text == "Leave now"
    assert claim.cue is not None and claim.cue.text == "posted"


def test_a_thing_posted_online_is_no_tag() -> None:
    text = "Investigators examined a video posted online."
    assert summary(text) == [(text.rstrip("."), None, None)]


def test_sums_in_billions_written_short_are_billions() -> None:
    # "£5bn" and "£3bn" are no "about the same" small numbers: no corroboration
    text = (
        "The Treasury insists the cuts will save £5bn a year. The Institute for Fiscal "
        "Studies said the savings were likely to be closer to £3bn."
    )
    assert [relation[1] for relation in relations(text)] != ["supports"]


def test_the_senator_is_the_senator_named_before() -> None:
    text = (
        "Senator Mark Hollis questioned the nominee on Tuesday. Senator Ruth Vega, the "
        "committee's ranking Democrat, defended her. The Nevada senator said the nominee was "
        "well qualified. Later the senator said she would vote yes."
    )
    claims = extract(text).claims
    resolved = [
        claim.source.resolved.text if claim.source and claim.source.resolved else None
        for claim in claims
    ]
    assert resolved[-2:] == ["Ruth Vega", "Ruth Vega"]


def test_a_placed_role_without_a_named_holder_is_a_person_unresolved() -> None:
    (claim,) = extract("The Ohio Republican said the bill would fail.").claims
    assert claim.source is not None
    assert (claim.source.kind, claim.source.resolved) == ("person", None)


def test_a_lone_surname_that_was_told_something_is_a_person() -> None:
    text = "Okafor said the minister had warned him in May that funds were short."
    (claim,) = extract(text).claims
    assert claim.source is not None and claim.source.kind == "person"


def test_a_lone_name_without_a_personal_pronoun_stays_a_body() -> None:
    (claim,) = extract("Tesco said sales had risen 4% in the quarter.").claims
    assert claim.source is not None and claim.source.kind == "organisation"


def test_a_press_releases_contact_block_is_furniture() -> None:
    text = (
        "Acme opens plant\n\n"
        "Acme Tools said the plant would employ 300 people.\n\n"
        "Media Contact\n"
        "Sarah Kim\n"
        "press@acme.example\n"
    )
    assert [claim.text for claim in extract(text).claims] == ["the plant would employ 300 people"]


def test_a_participle_after_an_according_to_source_is_the_reporters_gloss() -> None:
    text = (
        "Some 1,900 people drowned off the coast last year, according to UN figures, making "
        "it the deadliest year on record."
    )
    assert summary(text) == [
        ("Some 1,900 people drowned off the coast last year", "UN figures", "according to"),
        ("making it the deadliest year on record", None, None),
    ]


def test_a_record_a_tag_after_it_gives_is_the_tags() -> None:
    text = "Ohio recorded 42 overdose deaths in May, up from 30 a year before, state data shows."
    assert summary(text) == [
        ("Ohio recorded 42 overdose deaths in May, up from 30 a year before", "state data", "shows")
    ]


def test_a_time_stamp_opening_a_live_blog_entry_is_no_claim() -> None:
    text = "9:58 a.m. The sheriff has ordered evacuations for two more towns."
    assert [claim[0] for claim in summary(text)] == [
        "The sheriff has ordered evacuations for two more towns"
    ]
