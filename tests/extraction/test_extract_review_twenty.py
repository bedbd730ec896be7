"""Constructions found by the twentieth session's blind hunts and its reading of the Wikinews
development set's flags, on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import first_flags, relations, summary
from claim_views import resolved as _resolved

from claims.extraction import extract

ARTICLE = "Title of the report\n\n{}\n"


def _unrelated_claims(body: str) -> int:
    """How many claims the body gives, asserting none holds a relation."""
    claims = extract(ARTICLE.format(body)).claims
    assert [claim.relations for claim in claims] == [() for _ in claims]
    return len(claims)


@pytest.mark.parametrize(
    "body",
    [
        "Divers filmed the whale appearing to shield its calf from the boat.",
        "Footage showed a man appearing to throw a bottle at officers.",
    ],
)
def test_appearing_to_hedges_like_appears_to(body: str) -> None:
    assert "hedged" in first_flags(ARTICLE.format(body))


@pytest.mark.parametrize(
    "body",
    [
        "The grains the probe brought back are a micron across, about a millionth of a metre.",
        "The leak covered a tenth of a square mile of the bay, the coastguard said.",
        "The challenger has polled in double digits since the spring.",
        "The tremor was felt a kilometre from the dam.",
    ],
)
def test_an_amount_told_in_words_is_a_statistic(body: str) -> None:
    assert "statistic" in first_flags(ARTICLE.format(body))


@pytest.mark.parametrize(
    "body",
    [
        # guards: vague amounts and a list's numbers are no figure
        "The glaciers were thought to retreat a few metres a year.",
        "Shops must either 1) cut their opening hours or 2) raise their prices, the report said.",
        "The council can (1) sell the site or (2) lease it to the trust, officers said.",
        "The builder waited a couple of weeks for the permit.",
    ],
)
def test_vague_amounts_and_list_numbers_are_no_statistic(body: str) -> None:
    assert "statistic" not in first_flags(ARTICLE.format(body))


@pytest.mark.parametrize(
    ("body", "hedged"),
    [
        ("The governor could have shown far greater urgency on the housing bill, she said.", False),
        ("The board could have acted sooner to warn families, the review found.", False),
        # guard: what may have happened stays hedged
        ("The fire could have started in the kitchen, investigators said.", True),
    ],
)
def test_could_have_done_more_of_something_is_no_hedge(body: str, hedged: bool) -> None:
    assert ("hedged" in first_flags(ARTICLE.format(body))) is hedged


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mudslides buried four homes in the valley, police said, with roads cut off in two "
            "districts.",
            [
                ("Mudslides buried four homes in the valley", "police", "said"),
                ("roads cut off in two districts", "police", "said"),
            ],
        ),
        (
            "The river burst its banks overnight, the fire service said, with dozens of cars "
            "swept away.",
            [
                ("The river burst its banks overnight", "the fire service", "said"),
                ("dozens of cars swept away", "the fire service", "said"),
            ],
        ),
    ],
)
def test_a_with_clause_after_the_tag_is_the_speakers_second_claim(
    body: str, expected: list[tuple[str, str, str]]
) -> None:
    assert summary(ARTICLE.format(body)) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Forty passengers were pulled from the water, the coastguard said, though six "
            "remain missing.",
            [
                ("Forty passengers were pulled from the water", "the coastguard", "said"),
                ("six remain missing", None, None),
            ],
        ),
        (
            # guard: a present verb that was read before
            "Sales rose for a third month, the retailer said, but analysts say growth is fading.",
            [
                ("Sales rose for a third month", "the retailer", "said"),
                ("growth is fading", "analysts", "say"),
            ],
        ),
        (
            "The pilot landed safely, the airline said, as crews sprayed foam on the runway.",
            [
                ("The pilot landed safely", "the airline", "said"),
                ("crews sprayed foam on the runway", None, None),
            ],
        ),
    ],
)
def test_a_clause_after_the_tag_with_a_plural_present_verb_is_its_own(
    body: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert summary(ARTICLE.format(body)) == expected


@pytest.mark.parametrize(
    ("headline", "introduction", "speaker"),
    [
        (
            "Wikinews talks to the keepers of a lighthouse museum",
            "Wikinews spoke with Greta and Olaf Strand, who restored the tower over ten years.",
            "the keepers of a lighthouse museum",
        ),
        (
            "Wikinews interviews the volunteers behind a city seed library",
            "Wikinews spoke with two of them, Rosa Imbert and Kwame Adjei. They answered the "
            "questions together.",
            "the volunteers behind a city seed library",
        ),
        (
            # guard: one person answers
            "Wikinews interviews beekeeper Tomas Hale",
            "Wikinews spoke with Tomas Hale, who keeps forty hives on the edge of the moor.",
            "Tomas Hale",
        ),
    ],
)
def test_several_interviewees_answer_as_the_headlines_group(
    headline: str, introduction: str, speaker: str
) -> None:
    text = (
        f"{headline}\n\nMonday, May 4, 2009\n\n{introduction}\n\n"
        "How did it start?\n\nWe had no money at all in the first year. The town gave us the "
        "building in 2003.\n\nWhat comes next?\n\nWe want to open on Sundays as well.\n"
    )
    answers = [entry for entry in summary(text) if entry[0].startswith(("We ", "The town"))]
    assert [source for _, source, _ in answers] == [speaker] * 3


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '"Our navy is ready for any provocation," the state news agency quoted the defence '
            "minister as saying.",
            [("Our navy is ready for any provocation", "the defence minister", "quoted")],
        ),
        (
            '"The talks were frank and useful," Xinhua quoted Foreign Minister Wang as saying on '
            'Friday. "Both sides agreed to meet again."',
            [
                ("The talks were frank and useful", "Foreign Minister Wang", "quoted"),
                ("Both sides agreed to meet again", "Foreign Minister Wang", "quoted"),
            ],
        ),
    ],
)
def test_a_quotation_an_agency_quoted_someone_as_saying_is_theirs(
    body: str, expected: list[tuple[str, str, str]]
) -> None:
    assert summary(ARTICLE.format(body)) == expected


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "At least 48 reporters were jailed last year, according to a count by the Committee "
            "to Protect Journalists.",
            "a count by the Committee to Protect Journalists",
        ),
        (
            # guard: an estimate by someone was read whole before
            "Turnout was 52 percent, according to an estimate by the electoral commission.",
            "an estimate by the electoral commission",
        ),
    ],
)
def test_a_count_by_someone_keeps_its_maker(body: str, source: str) -> None:
    ((_, speaker, _),) = summary(ARTICLE.format(body))
    assert speaker == source


@pytest.mark.parametrize(
    ("body", "speaker", "claim"),
    [
        (
            "The transport minister, Lena Okafor, visited the depot and said the trains would "
            "run by Friday.",
            "The transport minister, Lena Okafor",
            "the trains would run by Friday",
        ),
        (
            "Chile's mining minister, Diego Soto, welcomed the ruling and said exports would "
            "recover.",
            "Chile's mining minister, Diego Soto",
            "exports would recover",
        ),
    ],
)
def test_a_role_and_name_subject_of_two_verbs_speaks_the_second(
    body: str, speaker: str, claim: str
) -> None:
    assert (claim, speaker, "said") in summary(ARTICLE.format(body))


def test_a_role_and_name_subject_that_testified_against_someone_reports_nothing() -> None:
    # (a guard: no clause after the second verb)
    body = "The driver, Omar Haddad, lost his licence and testified against his employer."
    assert summary(ARTICLE.format(body)) == [(body.rstrip("."), None, None)]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "In a survey of 600 teachers carried out by the union, 64 per cent said they "
            "planned to leave within five years.",
            "a survey of 600 teachers carried out by the union",
        ),
        (
            "In an Ipsos poll published on Sunday, 55 percent of voters said the tax was unfair.",
            "an Ipsos poll published on Sunday",
        ),
        # guard: no survey named, the share stays the speaker
        (
            "In the valley, 30 percent of growers said the frost had ruined their crop.",
            "30 percent of growers",
        ),
    ],
)
def test_a_share_that_speaks_after_a_survey_is_the_surveys_finding(body: str, source: str) -> None:
    ((claim, speaker, _),) = summary(ARTICLE.format(body))
    assert speaker == source
    assert claim.split()[0][0].isdigit()  # (the share opens the finding)


@pytest.mark.parametrize(
    ("body", "claim", "business"),
    [
        (
            "Severn Valley Water said supplies were safe. The GMB said its members would strike "
            "on Monday. The company said it had a plan to keep the taps running.",
            "it had a plan to keep the taps running",
            "Severn Valley Water",
        ),
        (
            "Northline Rail said the timetable would change. The ASLEF said drivers were "
            "exhausted. The operator said extra trains would be hired.",
            "extra trains would be hired",
            "Northline Rail",
        ),
    ],
)
def test_the_company_stands_for_the_business_not_an_acronym_named_since(
    body: str, claim: str, business: str
) -> None:
    assert _resolved(ARTICLE.format(body))[claim] == business


def test_the_union_is_not_a_business_named_before() -> None:
    body = (
        "Kestrel Foods said the plant would stay open. The union said line workers had not "
        "been consulted."
    )
    assert _resolved(ARTICLE.format(body))["line workers had not been consulted"] != (
        "Kestrel Foods"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Militants launched 30 drones at the airbase overnight, the army said. The air force "
        "said it had shot down 18 drones aimed at the capital last month.",
        "Smugglers fired 25 flares over the strait, the coastguard said. Customs officers said "
        "they had seized 300 flares at the port.",
        "A train derailment injured 14 passengers, the railway said. Organisers said nobody "
        "was hurt at the weekend protest.",
    ],
)
def test_counts_of_two_acts_or_two_events_are_no_rivals(body: str) -> None:
    assert _unrelated_claims(body) >= 2


def test_counts_of_one_act_still_contradict() -> None:
    # (a guard: the same act, two figures)
    body = (
        "Militants launched 30 drones at the airbase overnight, the army said. The militants "
        "said they had launched 60 drones."
    )
    assert [kind for _, kind, _ in relations(ARTICLE.format(body))] == ["contradicts"]


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        (
            "The coach declined to say whether the striker would play, but said the squad was fit.",
            "the squad was fit",
            "The coach",
        ),
        (
            "The airline would not disclose when flights would resume, but said refunds had "
            "been paid.",
            "refunds had been paid",
            "The airline",
        ),
    ],
)
def test_a_question_left_unanswered_then_but_said_is_the_subjects_claim(
    body: str, claim: str, speaker: str
) -> None:
    assert (claim, speaker, "said") in summary(ARTICLE.format(body))


def test_the_figures_not_verified_are_not_those_two_paragraphs_up() -> None:
    text = (
        "Title\n\nThe governor said 40 people had died in the floods.\n\n"
        "The health ministry said 25 people had died in the east.\n\n"
        "A local doctor told reporters that 60 bodies had been brought to his clinic. The "
        "figures could not be independently verified.\n"
    )
    flagged = {claim.text: "unverified" in claim.flags for claim in extract(text).claims}
    assert flagged == {
        "40 people had died in the floods": False,
        "25 people had died in the east": True,
        "60 bodies had been brought to his clinic": True,
    }


def test_said_and_denied_then_adding_is_three_claims() -> None:
    body = (
        'The operator said the crew was "fully trained" and denied that the brakes had '
        "failed, adding that the line would reopen on Monday."
    )
    assert summary(ARTICLE.format(body)) == [
        ('the crew was "fully trained"', "The operator", "said"),
        ("the brakes had failed", "The operator", "denied"),
        ("the line would reopen on Monday", "The operator", "adding"),
    ]


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        (
            "The army said its jets had struck 14 targets near the border, without giving details.",
            "its jets had struck 14 targets near the border",
        ),
        (
            "The hospital said the patient was stable and declined to comment on the cause of "
            "death.",
            "the patient was stable",
        ),
        (
            "The club said the manager had left by mutual consent and refused to answer "
            "questions about his contract.",
            "the manager had left by mutual consent",
        ),
    ],
)
def test_what_the_speaker_then_did_not_do_is_no_part_of_the_claim(body: str, claim: str) -> None:
    ((found, _, _),) = summary(ARTICLE.format(body))
    assert found == claim


@pytest.mark.parametrize(
    ("body", "denial", "cue"),
    [
        (
            "Campaigners said the dam would flood 40 villages. The ministry dismissed those "
            "concerns.",
            "those concerns",
            "dismissed",
        ),
        (
            "The union said 3,000 jobs were at risk. The carmaker questioned that figure.",
            "that figure",
            "questioned",
        ),
    ],
)
def test_a_rejection_of_concerns_or_a_questioned_figure_denies_the_claim_before(
    body: str, denial: str, cue: str
) -> None:
    found = relations(ARTICLE.format(body))
    assert [(claim, kind) for claim, kind, _ in found] == [(denial, "denies")]
    assert (denial, cue) in [(claim, said) for claim, _, said in summary(ARTICLE.format(body))]


@pytest.mark.parametrize(
    "body",
    [
        # guards: "questioned" someone, or a question asked, is no denial
        "Police questioned two men about the fire, officials said.",
        "Detectives questioned the driver for three hours.",
        "Analysts questioned whether the merger would go ahead.",
    ],
)
def test_questioning_a_person_denies_nothing(body: str) -> None:
    cues = [cue for _, _, cue in summary(ARTICLE.format(body))]
    assert cues  # (the sentence is read: a test over no claims could not fail)
    assert "questioned" not in cues


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        (
            "Police put the crowd at just over 3,000.",
            "the crowd at just over 3,000",
            "Police",
        ),
        (
            "The insurer put the damage at well above $60 million.",
            "the damage at well above $60 million",
            "The insurer",
        ),
    ],
)
def test_a_figure_put_at_with_two_words_of_approximation_keeps_its_source(
    body: str, claim: str, speaker: str
) -> None:
    assert summary(ARTICLE.format(body)) == [(claim, speaker, "put")]


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        (
            "The airport closed both runways as a precaution and said flights would resume "
            "at noon.",
            "flights would resume at noon",
            "The airport",
        ),
        (
            "The central bank held rates as expected and said growth would slow.",
            "growth would slow",
            "The central bank",
        ),
    ],
)
def test_as_a_phrase_before_and_said_keeps_the_subject_speaking(
    body: str, claim: str, speaker: str
) -> None:
    assert (claim, speaker, "said") in summary(ARTICLE.format(body))


def test_an_answer_addressed_to_the_reader_is_no_prompt() -> None:
    text = (
        "Wikinews interviews beekeeper Tomas Hale\n\nMonday, May 4, 2009\n\n"
        "Wikinews spoke with Tomas Hale, who keeps forty hives on the edge of the moor.\n\n"
        "How did you start?\n\nMy father kept bees. I took over his hives in 1998.\n\n"
        "Was last winter hard?\n\nWe lost a third of the colonies. It was the worst year I "
        "remember.\n\n"
        "What would you tell a beginner?\n\nStart with two hives. You do not need expensive "
        "equipment to begin; a veil and a smoker are enough.\n\n"
        "The county beekeepers' association said on Tuesday that it had 300 members, up "
        "from 180 five years ago, and that it would open a training apiary near the village "
        "hall in the spring.\n"
    )
    found = {claim: speaker for claim, speaker, _ in summary(text)}
    assert found[
        "You do not need expensive equipment to begin; a veil and a smoker are enough"
    ] == ("Tomas Hale")
    assert found["it had 300 members, up from 180 five years ago"] == (
        "The county beekeepers' association"
    )


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"The line is solid," said branch secretary Ann Cole at the gates on Monday.',
            "branch secretary Ann Cole",
        ),
        (
            '"Nobody wants this," said union leader Park Min-su at a rally in Busan.',
            "union leader Park Min-su",
        ),
        # guard: who the speaker is, not where they spoke
        ('"We are exhausted," said a nurse at the clinic.', "a nurse at the clinic"),
    ],
)
def test_where_a_named_speaker_spoke_is_no_part_of_the_claimant(body: str, speaker: str) -> None:
    ((_, found, _),) = summary(ARTICLE.format(body))
    assert found == speaker


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        (
            "A spokesman for Heathrow declined to comment, saying the airport did not discuss "
            "security.",
            "the airport did not discuss security",
            "A spokesman for Heathrow",
        ),
        (
            "A spokeswoman for Scotland Yard defended the arrests, saying the officers had "
            "acted lawfully.",
            "the officers had acted lawfully",
            "A spokeswoman for Scotland Yard",
        ),
    ],
)
def test_a_role_for_a_named_body_is_the_subject_of_its_participle(
    body: str, claim: str, speaker: str
) -> None:
    assert (claim, speaker, "saying") in summary(ARTICLE.format(body))


def test_shares_of_two_answers_in_a_poll_are_no_contradiction() -> None:
    body = (
        "A survey by Norstat found that 58 percent of voters support the new tax. Only 27 percent "
        "of respondents said they opposed it."
    )
    assert _unrelated_claims(body) == 2


def test_a_share_that_moved_the_other_way_still_contradicts() -> None:
    # (a guard: the same measure, opposite directions)
    body = (
        "Turnout rose 4 percent, the commission said. The opposition said turnout fell 6 percent."
    )
    assert [kind for _, kind, _ in relations(ARTICLE.format(body))] == ["contradicts"]
