"""Constructions found by the twenty-sixth session's blind hunts (2016 campaign news, the Wall
Street Journal of 1989, news analysis, long-form features), on sentences written for these
tests."""

from __future__ import annotations

import pytest
from claim_views import first_flags, relations, speakers_of, summary

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            "Stephen Mertz, an analyst with Goldman, Sachs & Co., said he believes the stock "
            "is cheap.",
            "Stephen Mertz",
            "he believes the stock is cheap",
        ),
        (
            "Margaret Ellison, an economist at Smith Barney, Harris Upham & Co., said rates "
            "would fall.",
            "Margaret Ellison",
            "rates would fall",
        ),
        (
            "The bank hired Skadden, Arps, Slate, Meagher & Flom, a lawyer close to the bank said.",
            "a lawyer close to the bank",
            "The bank hired Skadden, Arps, Slate, Meagher & Flom",
        ),
    ],
)
def test_a_firm_named_for_its_partners_keeps_its_commas(
    text: str, claimant: str, claim: str
) -> None:
    """ "an analyst with Goldman, Sachs & Co., said": the comma between the partners' names is
    no apposition's (the claimant had been "Sachs & Co.", and a later "he" resolved to it; the
    fourth case, a date before a firm's name, a guard)."""
    assert speakers_of(text) == {claim: claimant}


def test_a_pronoun_after_a_partners_firm_is_the_analyst() -> None:
    text = (
        "Stephen Mertz, an analyst with Kidder, Peabody & Co., said the stock is cheap. He "
        "cautioned that earnings could slip."
    )
    claims = extract(text).claims
    assert claims[1].source.text == "He"
    assert claims[1].source.resolved.text == "Stephen Mertz"


@pytest.mark.parametrize(
    ("text", "claimant", "claim", "act"),
    [
        (
            "Donald J. Trump on Monday escalated his attacks on the election, telling "
            "supporters in Colorado that the vote was being rigged.",
            "Donald J. Trump",
            "the vote was being rigged",
            "Donald J. Trump on Monday escalated his attacks on the election",
        ),
        (
            "George W. Bush on Friday broke his silence, telling friends that he would not "
            "vote for either candidate.",
            "George W. Bush",
            "he would not vote for either candidate",
            "George W. Bush on Friday broke his silence",
        ),
    ],
)
def test_a_middle_initial_stays_in_the_subject_of_a_participle(
    text: str, claimant: str, claim: str, act: str
) -> None:
    """ "Donald J. Trump on Monday escalated ..., telling X that Y": the initial's full stop is
    inside the name, as a title's is (the whole sentence had been the reporter's)."""
    assert speakers_of(text) == {act: None, claim: claimant}


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            "The campaign did not respond to requests for comment, and Steven Cheung, a "
            "spokesman, later suggested that the report was fabricated.",
            "Steven Cheung",
            "the report was fabricated",
        ),
        (
            "The ministry declined to comment, but Ana Ruiz, its deputy head, said that the "
            "talks had stalled.",
            "Ana Ruiz",
            "the talks had stalled",
        ),
        (
            "Prices rose in May, while Anna Berg, an economist at Nordea, said the rise would "
            "not last.",
            "Anna Berg",
            "the rise would not last",
        ),
    ],
)
def test_a_name_after_a_conjunction_and_its_apposition_speaks(
    text: str, claimant: str, claim: str
) -> None:
    """ "A did not comment, and NAME, a spokesman, said that Y": the conjunction opens a clause
    of its own; its subject is the name (the claimant had been the whole clause before)."""
    assert speakers_of(text)[claim] == claimant


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            "The remarks angered Democratic lawmakers in several swing districts, who said "
            "they were offensive to veterans.",
            "Democratic lawmakers in several swing districts",
            "they were offensive to veterans",
        ),
        (
            "The ad drew criticism from county clerks across the state, who argued that the "
            "mailers confused voters.",
            "county clerks across the state",
            "the mailers confused voters",
        ),
        (
            "The plan was backed by the mayor of Lyon, who said it would cut traffic.",
            "the mayor of Lyon",
            "it would cut traffic",
        ),
        (
            "The idea came from a teacher in rural schools, who said pupils were hungry.",
            "a teacher in rural schools",
            "pupils were hungry",
        ),
    ],
)
def test_who_after_people_and_a_place_is_the_people(text: str, claimant: str, claim: str) -> None:
    """ "lawmakers in several swing districts, who said Y": "who" is the people, not the place
    after them (the claimant had been "swing districts", "the state", "Lyon")."""
    assert speakers_of(text)[claim] == claimant


def test_who_after_a_group_of_people_stays_the_people() -> None:
    """(a guard) "thousands of supporters, who said": the people are the phrase's own noun."""
    text = "The rally drew thousands of supporters, who said the race was tight."
    assert speakers_of(text)["the race was tight"] == "supporters"


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            '"We are ready for Tuesday," he told reporters aboard the campaign bus.',
            "he",
            "We are ready for Tuesday",
        ),
        (
            '"The governor has never been more confident," Mr. Miller told reporters '
            "traveling with the candidate.",
            "Mr. Miller",
            "The governor has never been more confident",
        ),
        (
            '"It is over," the lawyer told reporters gathered outside the court.',
            "the lawyer",
            "It is over",
        ),
    ],
)
def test_where_the_reporters_were_is_no_claim(text: str, claimant: str, claim: str) -> None:
    """'"...," he told reporters aboard the campaign bus / traveling with him / gathered
    outside': where the audience was, not what was said (the claim had been "aboard the
    campaign bus" and the quotation lost)."""
    assert speakers_of(text) == {claim: claimant}


def test_a_gerund_after_the_audience_still_opens_a_clause() -> None:
    """(a guard) "told reporters resting players was a mistake": the gerund is the subject of
    the clause said."""
    text = "The coach told reporters resting players was a mistake."
    assert speakers_of(text) == {"resting players was a mistake": "The coach"}


@pytest.mark.parametrize(
    ("text", "cue", "claim"),
    [
        (
            "Mrs. Clinton has denied any wrongdoing and has said the foundation never traded "
            "favors for donations.",
            "said",
            "the foundation never traded favors for donations",
        ),
        (
            "Ms. Conway rejected the report and has insisted that the campaign is united.",
            "insisted",
            "the campaign is united",
        ),
        (
            "The minister denied the claims and has since insisted that the contract was legal.",
            "insisted",
            "the contract was legal",
        ),
        (
            "The senator said the bill was dead and has argued that it cannot be revived.",
            "argued",
            "it cannot be revived",
        ),
    ],
)
def test_a_second_cue_after_an_auxiliary_is_the_speakers(text: str, cue: str, claim: str) -> None:
    """'denied X and has said Y': "has" before the second verb of saying (the claim had been
    "has said Y", the reporter's)."""
    found = {claim: (source, said) for claim, source, said in summary(text)}
    assert found[claim][1] == cue
    assert found[claim][0] == summary(text)[0][1]


def test_a_second_predicate_after_an_auxiliary_stays_the_reporters() -> None:
    """(a guard) "denied the charge and has been released on bail": no verb of saying after
    the auxiliary; the reporter's."""
    found = speakers_of("He denied the charge and has been released on bail.")
    assert found["has been released on bail"] is None


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        (
            "The White House says the tariffs will protect jobs. Many economists are not so "
            "sure. Tariffs, they argue, raise prices for consumers.",
            "Many economists",
        ),
        (
            "The governor says the budget is balanced. Some lawmakers disagree. They say the "
            "deficit will grow next year.",
            "Some lawmakers",
        ),
        (
            "The governor says the budget is balanced. Several aides were skeptical. They said "
            "the numbers did not add up.",
            "Several aides",
        ),
    ],
)
def test_they_after_people_opening_the_sentence_before_is_those_people(
    text: str, antecedent: str
) -> None:
    """ "The governor says X. Some lawmakers disagree. They say Y": "they" is the people the
    reporter's sentence opens with, not the body or the person who spoke before it."""
    last = extract(text).claims[-1]
    assert last.source.text.lower() == "they"
    assert last.source.resolved.text == antecedent


def test_they_after_a_sentence_about_things_is_who_spoke() -> None:
    """(a guard) "Shares fell 3 percent. They said ...": no people open that sentence."""
    text = "The company said profits rose. Shares fell 3 percent. They said costs would ease."
    assert extract(text).claims[-1].source.resolved.text == "The company"


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            "The plaintiffs, Maria Gomez and Terrence Lyle, argued that the district maps "
            "diluted Black votes.",
            "The plaintiffs, Maria Gomez and Terrence Lyle",
            "the district maps diluted Black votes",
        ),
        (
            "The two candidates, Ann Lee and Bob Marr, said the debate was fair.",
            "The two candidates, Ann Lee and Bob Marr",
            "the debate was fair",
        ),
    ],
)
def test_two_names_in_apposition_speak(text: str, claimant: str, claim: str) -> None:
    """ "The plaintiffs, Maria Gomez and Terrence Lyle, argued that Y": two names joined by
    "and" in apposition to a role's plural (the claim and its claimant had been swapped, or
    the whole sentence the reporter's)."""
    assert speakers_of(text) == {claim: claimant}


def test_that_after_an_inverted_cue_opens_a_clause() -> None:
    """(a guard) "The map was unfair, argued that lawyer": "that" before a noun with no
    determiner of its own is a determiner, the speaker after the cue."""
    assert speakers_of("The map was unfair, argued that lawyer.") == {
        "The map was unfair": "that lawyer"
    }


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        ('Ms. Gale called the lawsuit "frivolous."', "Ms. Gale", 'the lawsuit "frivolous'),
        (
            'Trump called Powell "a stubborn moron" in a post on Tuesday.',
            "Trump",
            'Powell "a stubborn moron"',
        ),
        ('Mr. Hale called him "a liar."', "Mr. Hale", 'him "a liar'),
        (
            'The mayor said taxes would rise. The governor called the ruling "a victory for '
            'common sense."',
            "The governor",
            'the ruling "a victory for common sense',
        ),
    ],
)
def test_what_someone_is_called_in_quotation_marks_is_the_speakers(
    text: str, claimant: str, claim: str
) -> None:
    """'called the lawsuit "frivolous"', 'called Powell "a stubborn moron"': a quoted verdict
    on a person or an act (the sentence had been the reporter's, or the quotation given to
    whoever spoke before: "the ruling" read as a participle of "rule")."""
    assert speakers_of(text)[claim] == claimant


@pytest.mark.parametrize(
    ("text", "claimant", "claim", "cue"),
    [
        (
            '"It was the worst year of my career," she told me one afternoon in Tulsa.',
            "she",
            "It was the worst year of my career",
            "told",
        ),
        ('"We lost everything," he told us that night.', "he", "We lost everything", "told"),
        (
            '"That vote was rigged from the start," Moreno went on.',
            "Moreno",
            "That vote was rigged from the start",
            "went on",
        ),
    ],
)
def test_a_quotations_tag_with_when_it_was_said_or_went_on(
    text: str, claimant: str, claim: str, cue: str
) -> None:
    """'"...," she told me one afternoon in Tulsa': when it was told, no claim (it had been
    "one afternoon in Tulsa", the quotation lost); '"...," Moreno went on': a tag (it had been
    the reporter's sentence)."""
    assert summary(text) == [(claim, claimant, cue)]


def test_went_on_outside_a_tag_is_no_cue() -> None:
    """(a guard) "The strike went on for three weeks": no quotation before it."""
    assert summary("The strike went on for three weeks.") == [
        ("The strike went on for three weeks", None, None)
    ]


@pytest.mark.parametrize(
    ("text", "denier", "cue"),
    [
        (
            "The tariffs have hit hiring, a charge the Treasury disputes.",
            "the Treasury",
            "disputes",
        ),
        (
            "The tariffs have hit hiring, a charge that the Treasury disputes.",
            "the Treasury",
            "disputes",
        ),
        (
            'Sen. Ray Cobb said the rule would "destroy small lenders," a claim that bank '
            "regulators have disputed.",
            "bank regulators",
            "disputed",
        ),
        (
            "The union says 400 jobs will go, a figure the company contests.",
            "the company",
            "contests",
        ),
    ],
)
def test_a_charge_the_other_side_disputes_is_its_denial(text: str, denier: str, cue: str) -> None:
    """'Y, a charge the Treasury disputes', ', "...," a claim that regulators have disputed':
    the appended noun phrase is the denier's denial of Y (the claimant had been "a charge the
    Treasury", or the noun phrase left inside the quotation's claim)."""
    found = summary(text)
    assert found[-1][1:] == (denier, cue)
    assert relations(text) == [(found[-1][0], "denies", found[0][0])]


@pytest.mark.parametrize(
    ("text", "figure", "forecasters"),
    [
        (
            "Employers added 130,000 jobs in June, slightly more than the 126,000 economists "
            "polled by Reuters had expected.",
            "the 126,000",
            "economists polled by Reuters",
        ),
        (
            "Retail sales rose 0.4% in May, less than the 0.6% gain analysts had forecast.",
            "the 0.6% gain",
            "analysts",
        ),
        (
            "Inflation was 3.1% in March, higher than the 2.9% economists expected.",
            "the 2.9%",
            "economists",
        ),
    ],
)
def test_a_result_more_or_less_than_forecast_gives_the_forecasters_figure(
    text: str, figure: str, forecasters: str
) -> None:
    """'..., slightly more than the 126,000 economists polled by Reuters had expected': the
    expected figure is the forecasters' claim, as after "below" or "above" (it had been part of
    the reporter's sentence)."""
    assert speakers_of(text)[figure] == forecasters


@pytest.mark.parametrize(
    ("text", "pollster"),
    [
        (
            "Clinton leads Trump by 7 points among likely voters, a CNN/ORC poll finds.",
            "a CNN/ORC poll",
        ),
        (
            "Clinton leads Trump by 7 points among likely voters, a USA TODAY/Suffolk "
            "University Poll finds.",
            "a USA TODAY/Suffolk University Poll",
        ),
    ],
)
def test_a_pollster_and_its_partner_joined_by_a_slash_speak(text: str, pollster: str) -> None:
    """'..., a CNN/ORC poll finds': the two names joined by a slash are one (the whole sentence
    had been the reporter's)."""
    assert speakers_of(text) == {"Clinton leads Trump by 7 points among likely voters": pollster}


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        (
            "The bank is weighing a bid for the insurer, according to people familiar with the "
            "talks. The offer could value the company at $2 billion, these people said.",
            "people familiar with the talks",
        ),
        (
            "One analyst, who asked not to be named, said the deal was dead. The price was too "
            "high, this analyst said.",
            "One analyst",
        ),
    ],
)
def test_a_demonstrative_description_points_back_to_its_source(text: str, antecedent: str) -> None:
    """ "these people said", "this analyst said": a demonstrative points back as "the" does -
    to the unnamed source before, whose anonymity it keeps (neither had been resolved or
    flagged)."""
    last = extract(text).claims[-1]
    assert last.source.resolved.text == antecedent
    assert "anonymous_source" in last.flags


def test_mentioning_someone_by_name_is_no_claim() -> None:
    """ "The governor rarely mentions his predecessor by name": whom he names, no clause (the
    claim had been "his predecessor by name", the governor's)."""
    assert speakers_of("The governor rarely mentions his predecessor by name.") == {
        "The governor rarely mentions his predecessor by name": None
    }


def test_mentioning_a_clause_is_still_a_claim() -> None:
    """(a guard) "She mentioned the plant would close": a clause mentioned."""
    assert speakers_of("She mentioned the plant would close in May.") == {
        "the plant would close in May": "She"
    }


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            'The senator was called "reckless" by members of his own party.',
            "members of his own party",
            'The senator was called "reckless"',
        ),
        (
            'The plan was described as "a disaster" by the union.',
            "the union",
            'The plan was described as "a disaster"',
        ),
        (
            'The deal has been branded "a betrayal" by unions, who plan to strike.',
            "unions",
            'The deal has been branded "a betrayal"',
        ),
    ],
)
def test_a_quoted_verdict_in_the_passive_is_its_agents(
    text: str, claimant: str, claim: str
) -> None:
    """'The senator was called "reckless" by members of his own party': the agent after "by"
    gives the verdict (the sentence had been the reporter's)."""
    assert speakers_of(text) == {claim: claimant}


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            "At least five senators said that they would oppose the bill.",
            "At least five senators",
            "they would oppose the bill",
        ),
        (
            "At least five Republican senators have signaled that they would oppose the bill.",
            "At least five Republican senators",
            "they would oppose the bill",
        ),
        (
            "At least three witnesses said the driver fled.",
            "At least three witnesses",
            "the driver fled",
        ),
    ],
)
def test_a_count_of_speakers_says_what_follows_the_cue(
    text: str, claimant: str, claim: str
) -> None:
    """ "At least five senators said that Y": a count of the people who speak after "at least"
    is their subject, as "Five senators" is (the sentence had been the reporter's)."""
    assert speakers_of(text) == {claim: claimant}


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "In a survey of 800 nurses by the Royal College, 72 per cent said they were exhausted.",
            "72 per cent said they were exhausted",
        ),
        (
            "About 300 of the nurses said they were exhausted.",
            "About 300 of the nurses said they were exhausted",
        ),
    ],
)
def test_a_share_of_those_asked_is_still_the_finding(text: str, claim: str) -> None:
    """(guards) a share, or a number "of" those asked, is the finding: the claim runs from
    it."""
    assert claim in speakers_of(text)


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            "Asked whether he had discussed sanctions with the ambassador, he said, \"I can't "
            'say for sure."',
            "he",
            "I can't say for sure",
        ),
        (
            'Pressed on whether the tariffs would raise prices, the senator said, "Nobody knows."',
            "the senator",
            "Nobody knows",
        ),
    ],
)
def test_a_long_question_put_before_a_quotations_tag(text: str, claimant: str, claim: str) -> None:
    """ "Asked whether he had discussed sanctions ..., he said, "..."": the question put to the
    speaker opens the tag, however long (the claim had run from "Asked")."""
    assert speakers_of(text) == {claim: claimant}


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            "The selling was touched off by Bank of New England Corp., which said late "
            "Tuesday that it expects to add as much as $250 million to its reserves.",
            "Bank of New England Corp.",
            "it expects to add as much as $250 million to its reserves",
        ),
        (
            "The inquiry was first disclosed by The New York Times, which first reported in "
            "January that intercepted calls were part of it.",
            "The New York Times",
            "intercepted calls were part of it",
        ),
        (
            "The bill was backed by Sen. Ron Wyden, who has long argued that the tax code "
            "favors the rich.",
            "Sen. Ron Wyden",
            "the tax code favors the rich",
        ),
    ],
)
def test_what_a_body_said_in_a_relative_clause_after_it(
    text: str, claimant: str, claim: str
) -> None:
    """ "..., Bank of New England Corp., which said late Tuesday that Y", "..., The New York
    Times, which first reported in January that Y", "..., who has long argued that Y": a
    legal form's full stop, an adverb before the cue, "reported" (the whole sentence had been
    the reporter's)."""
    assert speakers_of(text)[claim] == claimant


def test_several_people_then_their_act_then_what_they_argued() -> None:
    """ "Several senators opposed the plan, arguing that Y": the senators (the claimant had
    been "Several")."""
    text = "Several senators opposed the plan, arguing that it would cost too much."
    assert speakers_of(text)["it would cost too much"] == "Several senators"


def test_a_name_after_a_place_and_a_comma_is_no_region() -> None:
    """ "Under questioning from Sen. Al Franken of Minnesota, Sessions said Y": "Sessions" is
    the subject, not a region after the town (the sentence had been the reporter's)."""
    text = (
        "Under questioning from Sen. Al Franken of Minnesota, Sessions said he had no "
        "contacts with the Russians."
    )
    assert speakers_of(text) == {"he had no contacts with the Russians": "Sessions"}


def test_a_region_after_a_town_is_still_read_as_one_place() -> None:
    """(a guard) "Residents of Flint, Michigan said": a state after the town."""
    text = "Residents of Flint, Michigan said the water was unsafe."
    assert speakers_of(text) == {"the water was unsafe": "Residents of Flint, Michigan"}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'Reid accused Republicans of "abdicating their duty," and said the blockade would '
            "cost them.",
            'Republicans of "abdicating their duty',
            "the blockade would cost them",
        ),
        (
            "Reid accused Republicans of abdicating their duty, and said the blockade would "
            "cost them.",
            "Republicans of abdicating their duty",
            "the blockade would cost them",
        ),
    ],
)
def test_a_second_cue_after_an_accusation_and_a_comma(text: str, first: str, second: str) -> None:
    """'accused X of "...," and said Y': the second verb of saying after the object's comma
    (and a quotation's closing mark) is the accuser's (Y had been lost)."""
    assert speakers_of(text) == {first: "Reid", second: "Reid"}


MARKET_WRAP = (
    "Treasury Bonds Rally; Yields Fall\n\nBy Tom Herman\n\n"
    "NEW YORK -- Bond prices rose yesterday as investors bet on lower interest rates.\n\n"
    "METALS: Platinum prices rose $4 to $512 an ounce on the New York Mercantile Exchange. "
    "Dealers said Japanese buying lifted prices.\n\n"
    "LIVESTOCK: Cattle futures fell for a third day in Chicago.\n"
)


def test_a_market_wraps_section_headings_are_no_speakers() -> None:
    """ "METALS: Platinum prices rose ...": a market wrap's section, cut off its paragraph -
    no transcript speaker (the claimant had been "METALS") and no part of the claim."""
    found = speakers_of(MARKET_WRAP)
    assert (
        found["Platinum prices rose $4 to $512 an ounce on the New York Mercantile Exchange"]
        is None
    )
    assert found["Cattle futures fell for a third day in Chicago"] is None
    assert found["Japanese buying lifted prices"] == "Dealers"


@pytest.mark.parametrize(
    ("text", "figure", "forecasters"),
    [
        (
            "Earnings were $1.62 a share, short of the $1.80 Wall Street had been expecting.",
            "the $1.80",
            "Wall Street",
        ),
        (
            "Payrolls rose by 300,000, far above the 450,000 analysts were expecting.",
            "the 450,000",
            "analysts",
        ),
    ],
)
def test_a_figure_forecasters_were_expecting(text: str, figure: str, forecasters: str) -> None:
    """ "..., short of the $1.80 Wall Street had been expecting": the progressive as the past
    ("had expected"): the forecasters' figure (the whole sentence had been the reporter's)."""
    assert speakers_of(text)[figure] == forecasters


@pytest.mark.parametrize(
    "text",
    [
        "The yield on the 10-year Treasury note fell to 4.30% from 4.36%.",
        "The two-year note rose to 4.1% on Friday.",
        "Vantage reports third-quarter earnings on Nov. 7.",
        "Walmart announces its quarterly results next Tuesday.",
    ],
)
def test_a_bond_and_a_results_date_are_no_reports(text: str) -> None:
    """ "the 10-year Treasury note fell": a bond, not a verb of saying; "Vantage reports
    earnings on Nov. 7": a date in the calendar, no figure said (each had been a claim with
    the subject as claimant)."""
    assert [source for _, source, _ in summary(text)] == [None]


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        ("Analysts note the yield fell.", "the yield fell", "Analysts"),
        (
            "The company reported earnings of $1.2 billion.",
            "earnings of $1.2 billion",
            "The company",
        ),
    ],
)
def test_note_and_reported_earnings_stay_reports(text: str, claim: str, claimant: str) -> None:
    """(guards) "Analysts note the yield fell", "reported earnings of $1.2 billion"."""
    assert speakers_of(text) == {claim: claimant}


@pytest.mark.parametrize(
    ("text", "denied", "said"),
    [
        (
            'Peskov dismissed the criticism as "absolutely unfounded" and said Russia would '
            "continue its exercises.",
            "the criticism",
            "Russia would continue its exercises",
        ),
        (
            "The ministry rejected the report as false and said the dam was safe.",
            "the report",
            "the dam was safe",
        ),
    ],
)
def test_a_dismissal_as_something_then_a_second_cue(text: str, denied: str, said: str) -> None:
    """'dismissed the criticism as "unfounded" and said Y': what is dismissed, then Y by the
    same speaker (Y had been lost)."""
    speaker = summary(text)[0][1]
    assert speakers_of(text) == {denied: speaker, said: speaker}


def test_a_denunciation_as_something_is_a_verdict() -> None:
    """'denounced the outcome as "fabricated" and said Y': a verdict on it, then Y (the whole
    sentence had been the reporter's); "denounced the attack" stays an act."""
    text = (
        'Fayulu, a former oil executive, denounced the outcome as "fabricated" and said he '
        "would challenge it in court."
    )
    assert speakers_of(text) == {
        'the outcome as "fabricated"': "Fayulu",
        "he would challenge it in court": "Fayulu",
    }
    assert speakers_of("The president denounced the attack.") == {
        "The president denounced the attack": None
    }


@pytest.mark.parametrize(
    ("text", "denier", "cue"),
    [
        (
            "The separatists say they control the town - something Kiev denies.",
            "Kiev",
            "denies",
        ),
        (
            "Organisers said 50,000 people attended, something police dispute.",
            "police",
            "dispute",
        ),
    ],
)
def test_something_the_other_side_denies(text: str, denier: str, cue: str) -> None:
    """ "Y - something Kiev denies": as "a charge Kiev denies", the other side's denial of Y
    (it had stayed inside Y)."""
    found = summary(text)
    assert found[-1] == ("something", denier, cue)
    assert relations(text) == [("something", "denies", found[0][0])]


@pytest.mark.parametrize(
    ("text", "head", "claim", "claimant"),
    [
        (
            "The strikes continued despite what Nato says is overwhelming evidence of civilian "
            "deaths.",
            "The strikes continued",
            "overwhelming evidence of civilian deaths",
            "Nato",
        ),
        (
            "Thousands of families fled amid what aid groups call the worst drought in decades.",
            "Thousands of families fled",
            "the worst drought in decades",
            "aid groups",
        ),
    ],
)
def test_what_a_source_says_something_is_after_a_preposition(
    text: str, head: str, claim: str, claimant: str
) -> None:
    """ "despite what Nato says is Y", "amid what aid groups call Y": as "in what officials
    called Y" - Y is the source's (it had been the reporter's, or the claim had kept "is")."""
    assert speakers_of(text) == {head: None, claim: claimant}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The coalition has in the past admitted that some strikes killed civilians.",
            "The coalition",
        ),
        ("The government has in recent weeks denied that troops were involved.", "The government"),
    ],
)
def test_when_between_the_auxiliary_and_the_cue(text: str, claimant: str) -> None:
    """ "has in the past admitted", "has in recent weeks denied": when, not part of the
    speaker (the claimant had been "The coalition has in the past")."""
    assert summary(text)[0][1] == claimant


def test_waving_flags_is_no_report() -> None:
    """ "singing and waving flags of the Movement for Democratic Change": the noun (the claim
    had been "of the Movement ...", its claimant "singing and waving")."""
    text = (
        "Crowds marched through the capital, singing and waving flags of the Movement for "
        "Democratic Change."
    )
    assert [source for _, source, _ in summary(text)] == [None]


@pytest.mark.parametrize(
    ("text", "head", "claim", "claimant"),
    [
        (
            "Vantage agreed to buy Dutch firm Kempen, a deal people familiar with that "
            "transaction said was worth about 2.5 billion euros.",
            "Vantage agreed to buy Dutch firm Kempen",
            "worth about 2.5 billion euros",
            "people familiar with that transaction",
        ),
        (
            "The bank bought a stake in the insurer, a purchase two bankers involved in the "
            "deal said cost $400 million.",
            "The bank bought a stake in the insurer",
            "cost $400 million",
            "two bankers involved in the deal",
        ),
    ],
)
def test_what_people_said_a_deal_was_worth(head: str, text: str, claim: str, claimant: str) -> None:
    """ "X, a deal people familiar with it said was worth Y": as "a number it said was the
    highest", the sentence before and what the sources said of the deal (the claimant had been
    "a deal people familiar with that transaction", the sentence before lost)."""
    assert speakers_of(text) == {head: None, claim: claimant}


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [("FRANKFURT--", None), ("FRANKFURT (Dow Jones)--", "Dow Jones")],
)
def test_a_dateline_with_two_hyphens_and_no_space(dateline: str, outlet: str | None) -> None:
    """ "FRANKFURT--The European Central Bank left ...": Dow Jones's dateline (it had stayed
    in the first claim, and its claimant when "the bank" pointed back to it)."""
    text = (
        "ECB holds rates\n\nBy Tom Fairless\n\n"
        f"{dateline}The European Central Bank left interest rates unchanged on Thursday. The "
        "bank said inflation was easing.\n"
    )
    result = extract(text)
    assert result.metadata.dateline == "FRANKFURT"
    assert result.metadata.outlet == outlet
    assert result.claims[0].text.startswith("The European Central Bank")


def test_two_hyphens_after_initials_are_no_dateline() -> None:
    """(a guard) "U.S.--China trade talks resumed": no dateline."""
    text = "Trade talks\n\nBy Tom Fairless\n\nU.S.--China trade talks resumed on Thursday.\n"
    assert extract(text).metadata.dateline is None


@pytest.mark.parametrize(
    "text",
    [
        "At least 60 people were killed in the market bombing, the health ministry said. Two "
        "soldiers died in a separate ambush on Tuesday, the army said.",
        "At least 60 people were killed in the bombing, officials said. Elsewhere, 5 people "
        "died in a clash with police, the army said.",
    ],
)
def test_a_count_of_a_separate_event_contradicts_no_count(text: str) -> None:
    """ "... in a separate ambush", "Elsewhere, ...": another event's count, no rival figure
    (it had contradicted the first)."""
    assert relations(text) == []


def test_a_rival_count_of_the_same_deaths_still_contradicts() -> None:
    """(a guard) "The army said 45 people had died": the same deaths counted otherwise."""
    text = (
        "At least 60 people were killed in the bombing, officials said. The army said 45 "
        "people had died."
    )
    assert [kind for _, kind, _ in relations(text)] == ["contradicts"]


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            '"I never took a dime," Mr. Carver told U.S. Magistrate Joan Felder.',
            "Mr. Carver",
            "I never took a dime",
        ),
        ('"We are ready," the minister told U.S. officials.', "the minister", "We are ready"),
        ('"It\'s dead," the senator told U.S. News & World Report.', "the senator", "It's dead"),
    ],
)
def test_an_audience_after_told_with_initials_and_an_ampersand(
    text: str, claimant: str, claim: str
) -> None:
    """ "told U.S. Magistrate Joan Felder", "told U.S. News & World Report": the initials' full
    stop and the ampersand are the audience's (the claim had been ". Magistrate Joan Felder"
    and the quotation lost)."""
    assert speakers_of(text) == {claim: claimant}


def test_what_economists_see_something_as() -> None:
    """ "in what many economists see as a sign of weakness": as "in what officials called"
    (the sentence had been the reporter's)."""
    text = "The dollar fell sharply in what many economists see as a sign of weakness."
    assert speakers_of(text) == {
        "The dollar fell sharply": None,
        "a sign of weakness": "many economists",
    }


def test_a_denial_through_an_attorney() -> None:
    """ "denied the allegations through his attorney, Susan Fry": through whom, not what was
    denied."""
    text = "Mr. Carver denied the allegations through his attorney, Susan Fry."
    assert speakers_of(text) == {"the allegations": "Mr. Carver"}


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "The indictment charges that Mr. Carver accepted $50,000 in bribes.",
            "Mr. Carver accepted $50,000 in bribes",
            "The indictment",
        ),
        (
            "The complaint alleges that Mr. Hart inflated the bank's earnings and hid the "
            "losses in a Swiss subsidiary.",
            "Mr. Hart inflated the bank's earnings and hid the losses in a Swiss subsidiary",
            "The complaint",
        ),
        (
            "Mr. Carver accepted $50,000 in bribes.",
            "Mr. Carver accepted $50,000 in bribes",
            None,
        ),
        ("The minister accepted that mistakes were made.", "mistakes were made", "The minister"),
    ],
)
def test_what_a_charge_alleges_and_what_was_accepted(
    text: str, claim: str, claimant: str | None
) -> None:
    """ "The indictment charges that Y" (a verb before "that"); "alleges that A did X and did
    Y": both verbs the clause's (the second had been cut off as the reporter's); "accepted
    $50,000 in bribes": what was taken, no claim accepted (it had been "$50,000 in bribes",
    Mr. Carver's; "accepted that Y" stays a report)."""
    assert speakers_of(text) == {claim: claimant}


@pytest.mark.parametrize(
    "text",
    [
        "The governor said the tariffs had created 40,000 jobs in the state. There is no "
        "evidence that the tariffs created that many jobs.",
        "The governor said the tariffs had created 40,000 jobs in the state. Economists said "
        "there was no evidence that the tariffs created that many jobs.",
    ],
)
def test_no_evidence_that_the_claim_holds_contradicts_it(text: str) -> None:
    """ "There is no evidence that Y": the claim that says Y (two content words shared),
    contradicted - the reporter's check (new) or another source's (read right before: a
    guard)."""
    assert [kind for _, kind, _ in relations(text)] == ["contradicts"]
    assert relations(text)[0][2] == "the tariffs had created 40,000 jobs in the state"


def test_no_evidence_of_something_else_contradicts_nothing() -> None:
    """(a guard) "There was no evidence that anyone had been hurt": nothing said of it."""
    text = (
        "Police said the fire started in the kitchen. There was no evidence that anyone had "
        "been hurt."
    )
    assert relations(text) == []


@pytest.mark.parametrize(
    ("text", "denier", "cue"),
    [
        (
            "The mayor said the project would create 5,000 jobs, a number that state "
            "economists later disputed as exaggerated.",
            "state economists",
            "disputed",
        ),
        (
            'The governor said crime had fallen by half, a claim Democrats called "pure fiction."',
            "Democrats",
            "called",
        ),
    ],
)
def test_a_figure_disputed_as_something_and_a_claim_called_pure_fiction(
    text: str, denier: str, cue: str
) -> None:
    """ "a number that X later disputed as exaggerated", 'a claim Democrats called "pure
    fiction"': the other side's denial of the claim before (it had been the reporter's, or
    kept its tag)."""
    found = summary(text)
    assert found[-1][1:] == (denier, cue)
    assert [kind for _, kind, _ in relations(text)] == ["denies"]


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        ("Two audits found no sign of fraud.", "no sign of fraud", "Two audits"),
        (
            "The candidate has said the 2022 count was rigged, though two audits found no sign "
            "of fraud.",
            "no sign of fraud",
            "two audits",
        ),
    ],
)
def test_audits_find(text: str, claim: str, claimant: str) -> None:
    """ "Two audits found no sign of fraud": audits (plural) find, as an audit does (the
    sentence had been the reporter's, or the candidate's claim)."""
    assert speakers_of(text)[claim] == claimant


@pytest.mark.parametrize(
    ("text", "claim", "claimant", "cue"),
    [
        (
            "A spokesman for the governor pushed back, saying the audit was flawed.",
            "the audit was flawed",
            "A spokesman for the governor",
            "pushed back",
        ),
        (
            'The club hit back on Monday, saying the report was "full of errors."',
            'the report was "full of errors',
            "The club",
            "hit back",
        ),
    ],
)
def test_a_rebuttal_then_what_it_says(text: str, claim: str, claimant: str, cue: str) -> None:
    """ "X pushed back, saying Y": the rebuttal is Y, with its cue (as "denied the charge,
    saying Y"; the reporter's "X pushed back" had been a claim of its own)."""
    assert summary(text) == [(claim, claimant, cue)]


@pytest.mark.parametrize(
    ("text", "claim", "claimant", "cue"),
    [
        (
            "Critics are arguing that the plan would raise rents.",
            "the plan would raise rents",
            "Critics",
            "arguing",
        ),
        (
            "Democrats have been saying for weeks that the bill is doomed.",
            "the bill is doomed",
            "Democrats",
            "saying",
        ),
        (
            "The campaign is claiming that the poll was rigged.",
            "the poll was rigged",
            "The campaign",
            "claiming",
        ),
        (
            "Residents are saying the water tastes strange.",
            "the water tastes strange",
            "Residents",
            "saying",
        ),
    ],
)
def test_a_verb_of_saying_in_the_progressive(
    text: str, claim: str, claimant: str, cue: str
) -> None:
    """ "Critics are arguing that Y", "have been saying for weeks that Y": the progressive is
    a finite verb of saying (the sentence had been the reporter's)."""
    assert summary(text) == [(claim, claimant, cue)]


def test_a_progressive_without_a_clause_says_nothing() -> None:
    """(a guard) "He was saying goodbye to his family": no clause said."""
    assert summary("He was saying goodbye to his family.") == [
        ("He was saying goodbye to his family", None, None)
    ]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Tom Reyes, spokesman for a union that represents 9,000 nurses, said the contract "
            "was fair.",
            "the contract was fair",
        ),
        (
            "Tom Reyes, director of a charity which helps refugees, said the camps were full.",
            "the camps were full",
        ),
    ],
)
def test_a_role_without_an_article_and_its_relative_clause(text: str, claim: str) -> None:
    """ "Tom Reyes, spokesman for a union that represents 9,000 nurses, said Y": the relative
    clause's verb is no verb of the apposition's (the sentence had been the reporter's)."""
    assert speakers_of(text) == {claim: "Tom Reyes"}


def test_as_a_source_warned_that() -> None:
    """ "The lawsuit was filed as critics warned that Y": "as" with a speaker, a cue and
    "that" is a clause of time, its speaker's Y (the sentence had been the reporter's)."""
    text = "The lawsuit was filed as critics warned that the new maps would dilute rural votes."
    assert speakers_of(text) == {
        "The lawsuit was filed": None,
        "the new maps would dilute rural votes": "critics",
    }


def test_as_forecasters_had_predicted_stays_one_sentence() -> None:
    """(a guard) "The storm weakened as forecasters had predicted": no "that", no clause said."""
    text = "The storm weakened as forecasters had predicted."
    assert speakers_of(text) == {"The storm weakened as forecasters had predicted": None}


def test_a_comparison_with_a_forecast_is_no_report() -> None:
    """ "The decline ... was steeper than most economists had forecast": no figure forecast,
    a comparison - the reporter's (the claimant had been "was steeper than most
    economists")."""
    text = (
        "The decline, which followed a revised 1.1% increase in August, was steeper than most "
        "economists had forecast."
    )
    assert [source for _, source, _ in summary(text)] == [None]


def test_forecasters_with_an_apposition_before_their_verb() -> None:
    """ "Economists surveyed by MMS International, a unit of McGraw-Hill Inc., had expected a
    drop": the forecasters' figure across the apposition (the sentence had been the
    reporter's)."""
    text = (
        "Economists surveyed by MMS International, a unit of McGraw-Hill Inc., had expected "
        "a drop of about 1.5%."
    )
    assert speakers_of(text) == {"a drop of about 1.5%": "Economists surveyed by MMS International"}


@pytest.mark.parametrize(
    ("text", "act", "claim", "claimant"),
    [
        (
            "Lee Iacocca, chairman of Chrysler Corp., praised the agreement but said it would "
            "raise costs.",
            "Lee Iacocca, chairman of Chrysler Corp., praised the agreement",
            "it would raise costs",
            "Lee Iacocca",
        ),
        (
            "John Reed, president of the union local, endorsed the deal and said it would pass.",
            "John Reed, president of the union local, endorsed the deal",
            "it would pass",
            "John Reed",
        ),
    ],
)
def test_a_role_without_an_article_then_an_act_and_a_cue(
    text: str, act: str, claim: str, claimant: str
) -> None:
    """ "NAME, chairman of Chrysler Corp., praised X but said Y": the aside is a role without
    its article (and a legal form's full stop inside it); the name speaks (the sentence had
    been the reporter's)."""
    assert speakers_of(text) == {act: None, claim: claimant}


def test_a_titled_possessive_speaker_inside_a_relative_clause() -> None:
    """ "The offer, which Mr. Dunlap's group said was fully financed, represents Y": as
    "which Citicorp's lawyers said" (the title's full stop had ended the search, and the
    relative's claim had run on to the sentence's end)."""
    text = (
        "The offer, which Mr. Dunlap's group said was fully financed, represents a premium of "
        "31% over the market price."
    )
    assert speakers_of(text)["was fully financed"] == "Mr. Dunlap's group"


@pytest.mark.parametrize(
    "text",
    [
        "The Securities and Exchange Commission proposed rules that would require brokers to "
        "disclose fees.",
        "The FCC adopted rules that limit ownership.",
    ],
)
def test_rules_after_a_past_verb_are_its_object(text: str) -> None:
    """ "proposed rules that would require ...": the noun, the verb's object (the claimant had
    been "The Securities and Exchange Commission proposed", the cue "rules")."""
    assert [source for _, source, _ in summary(text)] == [None]


def test_a_byline_ending_in_jr() -> None:
    """ "By Paul Duke Jr.": a byline (it had been a claim, and the dateline after it lost)."""
    text = (
        "Eastern Strike Drags On\n\nBy Paul Duke Jr.\n\nMIAMI -- The strike at Eastern "
        "Airlines entered its third week.\n"
    )
    result = extract(text)
    assert (result.metadata.byline, result.metadata.dateline) == ("Paul Duke Jr.", "MIAMI")
    assert [claim.text for claim in result.claims] == [
        "The strike at Eastern Airlines entered its third week"
    ]


def test_cnns_dateline_without_a_space() -> None:
    """ "(CNN)Donald Trump's campaign ...": CNN's dateline, no place (it had stayed in the
    first claim)."""
    text = (
        "Trump hits back\n\nBy Jeremy Diamond, CNN\n\n(CNN)Donald Trump's campaign has pushed "
        "out a new ad.\n"
    )
    result = extract(text)
    assert (result.metadata.outlet, result.metadata.dateline) == ("CNN", None)
    assert result.claims[0].text == "Donald Trump's campaign has pushed out a new ad"


@pytest.mark.parametrize(
    ("text", "act", "claim", "claimant"),
    [
        (
            "Tim Kaine toured a shipyard in Virginia, promising workers that he would protect "
            "their jobs.",
            "Tim Kaine toured a shipyard in Virginia",
            "he would protect their jobs",
            "Tim Kaine",
        ),
        (
            "The senator visited the plant, vowing that it would stay open.",
            "The senator visited the plant",
            "it would stay open",
            "The senator",
        ),
    ],
)
def test_a_pledge_in_a_participle(text: str, act: str, claim: str, claimant: str) -> None:
    """ ", promising workers that Y", ", vowing that Y": a pledge after the act, the
    subject's (the sentence had been the reporter's)."""
    assert speakers_of(text) == {act: None, claim: claimant}


@pytest.mark.parametrize(
    "text",
    [
        "Clinton cited the analysis twice in her remarks.",
        "The minister cited the report on Tuesday.",
    ],
)
def test_citing_a_source_says_nothing(text: str) -> None:
    """ "cited the analysis twice in her remarks": which source, no claim of it (the claim had
    been "the analysis twice in her remarks")."""
    assert [source for _, source, _ in summary(text)] == [None]


def test_citing_a_report_showing_something_is_a_claim() -> None:
    """(a guard) "cited a report showing that Y"."""
    text = "The minister cited a report showing that crime had fallen."
    assert speakers_of(text) == {"a report showing that crime had fallen": "The minister"}


def test_what_he_called_something_is_the_reporters_sentence() -> None:
    """'lashed out at what he called the "rigged" news media': his word for it inside the
    reporter's sentence (the claim had been the rest of the sentence, his)."""
    text = (
        'Trump lashed out at what he called the "rigged" news media, at one point pointing '
        "at reporters."
    )
    assert [source for _, source, _ in summary(text)] == [None]


@pytest.mark.parametrize(
    ("text", "head", "claim", "claimant"),
    [
        (
            "Republicans repeated a claim that fact-checkers have said is false.",
            "Republicans repeated a claim",
            "is false",
            "fact-checkers",
        ),
        (
            "The speech was the first in a series of policy addresses the Clinton campaign "
            "says she will deliver before the convention.",
            None,
            "she will deliver before the convention",
            "the Clinton campaign",
        ),
    ],
)
def test_a_speaker_inside_a_restrictive_relative(
    text: str, head: str | None, claim: str, claimant: str
) -> None:
    """ "a claim that fact-checkers have said is false", "addresses the Clinton campaign says
    she will deliver": the relative's speaker (the claimant had been "a claim that
    fact-checkers", "The speech was the first in a series of policy addresses the Clinton
    campaign")."""
    found = speakers_of(text)
    assert found[claim] == claimant
    if head is not None:
        assert found[head] is None


@pytest.mark.parametrize(
    ("text", "head", "claim", "claimant"),
    [
        (
            "The decision was widely expected: all 58 economists polled by Reuters had "
            "forecast no change.",
            "The decision was widely expected",
            "no change",
            "all 58 economists polled by Reuters",
        ),
        (
            "The move surprised markets: analysts said the bank had signalled a pause.",
            "The move surprised markets",
            "the bank had signalled a pause",
            "analysts",
        ),
    ],
)
def test_the_reporters_clause_before_a_colon_and_a_sourced_clause(
    text: str, head: str, claim: str, claimant: str
) -> None:
    """ "The decision was widely expected: all 58 economists ... had forecast no change": the
    reporter's clause before the colon is a claim of its own (it had been lost)."""
    assert speakers_of(text) == {head: None, claim: claimant}


@pytest.mark.parametrize(
    "text",
    [
        "He gave a simple reason: the costs were too high.",
        "The firm made a bold claim that sales would double.",
    ],
)
def test_a_noun_after_its_adjective_is_no_cue(text: str) -> None:
    """ "a simple reason", "a bold claim": nouns (the claimant had been "He gave a simple",
    the cue "reason")."""
    assert [source for _, source, _ in summary(text)] == [None]


@pytest.mark.parametrize(
    ("text", "inner", "outer", "speaker"),
    [
        (
            "Linda Moretti, 44, a nurse who said she had voted for President Obama twice, said "
            "she was still undecided.",
            "she had voted for President Obama twice",
            "she was still undecided",
            "Linda Moretti",
        ),
        (
            "Tom Hale, a farmer who says the drought has cost him $20,000, said he would sell.",
            "the drought has cost him $20,000",
            "he would sell",
            "Tom Hale",
        ),
    ],
)
def test_what_the_speaker_said_in_their_own_apposition(
    text: str, inner: str, outer: str, speaker: str
) -> None:
    """ "NAME, a nurse who said Y, said Z": Y is the speaker's too (it had been lost)."""
    assert speakers_of(text) == {inner: speaker, outer: speaker}


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Senate moderates, several of whom face re-election next year, worry the party "
            "will get blamed for the shutdown.",
            "the party will get blamed for the shutdown",
            "Senate moderates",
        ),
        (
            "Democrats, for their part, see little reason to compromise.",
            "Democrats, for their part, see little reason to compromise",
            None,
        ),
    ],
)
def test_no_speaker_holds_a_modal_or_opens_on_a_verb(
    text: str, claim: str, claimant: str | None
) -> None:
    """ "..., worry the party will get blamed": no speaker "worry the party will get" before a
    cue "blamed"; "see little reason": no speaker "see little" before "reason" (each had
    been read as a claim and its inverted speaker)."""
    assert speakers_of(text) == {claim: claimant}


def test_a_step_the_company_estimated_would_cut_costs() -> None:
    """ "X, a step it estimated would cut annual costs by Y": as "a number it said was", the
    sentence before on its own and the estimate (the sentence before had been lost)."""
    text = (
        "The company will close its plant in Linkoping, a step it estimated would cut annual "
        "costs by about 120 million crowns."
    )
    found = summary(text)
    assert found[0] == ("The company will close its plant in Linkoping", None, None)
    assert found[1] == ("would cut annual costs by about 120 million crowns", "it", "estimated")


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Two men were shot in downtown Memphis, Tenn., police said.",
            "Two men were shot in downtown Memphis, Tenn.",
            "police",
        ),
        (
            "A fire broke out in northern Tulsa, Okla., early Sunday, fire officials said.",
            "A fire broke out in northern Tulsa, Okla., early Sunday",
            "fire officials",
        ),
    ],
)
def test_a_state_after_a_part_of_a_town(text: str, claim: str, claimant: str) -> None:
    """ "in downtown Memphis, Tenn., police said": the state after the town read as part of
    the setting, also after "downtown" (the sentence had been the reporter's, with "police
    said" inside; the second case, read right before, a guard)."""
    assert speakers_of(text) == {claim: claimant}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The US Preventive Services Task Force in 2022 recommended that adults be screened.",
            "The US Preventive Services Task Force",
        ),
        ("The WHO in 2019 said that the virus was spreading.", "The WHO"),
    ],
)
def test_a_year_between_the_speaker_and_the_cue(text: str, claimant: str) -> None:
    """ "The Task Force in 2022 recommended": when, not part of the speaker."""
    assert summary(text)[0][1] == claimant


def test_testifying_somewhere_is_no_claim() -> None:
    """ "testified in his own defense last week, telling jurors Y": where and when he testified
    is no claim (it had been "in his own defense last week", his); Y is his."""
    text = (
        "Roberts testified in his own defense last week, telling jurors he had never seen the "
        "ledger."
    )
    assert speakers_of(text) == {
        "Roberts testified in his own defense last week": None,
        "he had never seen the ledger": "Roberts",
    }


def test_upis_dateline_is_a_date_and_aps_byline_a_name() -> None:
    """ "Oct. 13 (UPI) --": a date, no place (the dateline had been "Oct."); "By JOHN CARVER
    Associated Press": the writer's name, without the agency."""
    upi = extract(
        "Three wounded in Memphis shooting\n\nBy Darryl Coleman\n\nOct. 13 (UPI) -- Three "
        "people were wounded early Sunday, police said.\n"
    )
    assert (upi.metadata.outlet, upi.metadata.dateline) == ("UPI", None)
    ap = extract(
        "Jury convicts former treasurer\n\nBy JOHN CARVER Associated Press\n\nCOLUMBUS, Ohio "
        "(AP) — A jury convicted a former county treasurer on Tuesday.\n"
    )
    assert ap.metadata.byline == "JOHN CARVER"


def test_a_building_is_no_person_a_pronoun_stands_for() -> None:
    """ "in her Hart Building office ... she told reporters": the building is no person (the
    pronoun had been resolved to "Hart Building")."""
    text = (
        "Hours later, Sen. Heidi Heitkamp of North Dakota sat down with Garland for an hour in "
        "her Hart Building office. Afterward, she told reporters that the judge was qualified."
    )
    last = extract(text).claims[-1]
    assert last.source.resolved.text == "Heidi Heitkamp"


def test_a_second_cue_after_a_dismissal_and_its_quoted_verdict() -> None:
    """'dismissed the survey as "a push poll," and said Y': Y is the dismisser's (it had been
    read as a clause of its own, the reporter's)."""
    text = (
        'Nehlen dismissed the survey as "a push poll," and said his internal numbers showed '
        "him within striking distance."
    )
    found = speakers_of(text)
    assert found["his internal numbers showed him within striking distance"] == "Nehlen"


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        ("Ryan dismissed the speculation on Tuesday.", "the speculation", "Ryan"),
        ("The senator dismissed the controversy.", "the controversy", "The senator"),
        (
            "A judge dismissed the challenge on Friday.",
            "A judge dismissed the challenge on Friday",
            None,
        ),
    ],
)
def test_talk_about_someone_is_what_they_dismiss(text: str, claim: str, claimant: str) -> None:
    """ "dismissed the speculation", "the controversy": a denial (the sentence had been the
    reporter's); "dismissed the challenge" stays a court's act."""
    assert speakers_of(text) == {claim: claimant}


def test_the_senator_after_an_unnamed_senator_spoke() -> None:
    """'Sen. Mark Kirk said ... A Republican senator, who asked not to be named, said ...
    "...," the senator said': the unnamed senator who spoke since, and the anonymity (it had
    been Mark Kirk, the senator the title names)."""
    text = (
        "Sen. Mark Kirk said the nominee deserved a hearing. A Republican senator, who asked "
        'not to be named, said the leadership was divided. "Nobody wants to go first," the '
        "senator said."
    )
    last = extract(text).claims[-1]
    assert last.source.resolved.text == "A Republican senator"
    assert "anonymous_source" in last.flags


def test_the_senator_after_a_named_senator_alone() -> None:
    """(a guard) with no senator speaking since, the named one."""
    text = (
        'Sen. Mark Kirk said the nominee deserved a hearing. "Nobody wants to go first," the '
        "senator said."
    )
    assert extract(text).claims[-1].source.resolved.text == "Mark Kirk"


def test_after_a_titled_name_said() -> None:
    """ "The meeting came a week after Mr. Ryan said Y": Y is Mr. Ryan's (the title's full stop
    had ended the subordinate's subject)."""
    text = "The meeting came a week after Mr. Ryan said he was not ready to endorse Mr. Trump."
    assert speakers_of(text)["he was not ready to endorse Mr. Trump"] == "Mr. Ryan"


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Lynch, who last week said she would accept the FBI's findings, declined to comment.",
            "she would accept the FBI's findings",
            "Lynch",
        ),
        (
            "Pellway, which recently said it serves 40 million users, was fined $2 million.",
            "it serves 40 million users",
            "Pellway",
        ),
    ],
)
def test_when_before_the_cue_of_the_subjects_relative(text: str, claim: str, claimant: str) -> None:
    """ "Lynch, who last week said Y, declined": as "who said last week that Y" (Y had been
    lost; "which recently said", read right before, a guard)."""
    assert speakers_of(text)[claim] == claimant


@pytest.mark.parametrize(
    ("text", "claim", "claimant", "cue"),
    [
        (
            '"I would put this team up against any team FEMA has ever fielded," Holloway '
            "testified before the House Transportation and Infrastructure Committee.",
            "I would put this team up against any team FEMA has ever fielded",
            "Holloway",
            "testified",
        ),
        ('"We were terrified," she recounted.', "We were terrified", "she", "recounted"),
    ],
)
def test_testified_and_recounted_as_a_quotations_tag(
    text: str, claim: str, claimant: str, cue: str
) -> None:
    """'"...," Holloway testified before the committee', '"...," she recounted': tags (the
    sentence had been the reporter's, the quotation in it)."""
    assert summary(text) == [(claim, claimant, cue)]


def test_recounted_outside_a_tag_is_no_cue() -> None:
    """(a guard) "Officials recounted the votes on Monday": a second count."""
    assert summary("Officials recounted the votes on Monday.") == [
        ("Officials recounted the votes on Monday", None, None)
    ]


def test_an_estimate_named_after_its_maker_is_a_noun() -> None:
    """ "Pressed ... on a Yale Budget Lab estimate that Y, Halvorsen dismissed the analysis":
    "estimate" is a noun after "a" and a name (its claimant had been "Pressed by ... on a Yale
    Budget Lab", its claim running into the main clause)."""
    text = (
        "Pressed by co-anchor Claire Whitman on a Yale Budget Lab estimate that the tariffs "
        "would cost households $2,400 a year, Halvorsen dismissed the analysis."
    )
    assert speakers_of(text) == {"the analysis": "Halvorsen"}


def test_they_after_several_people_with_modifiers() -> None:
    """ "Several former Fed chairs have sided with Crane. In a brief ..., they warned": the
    chairs (it had been resolved to no one)."""
    text = (
        "Several former Fed chairs have sided with Crane. In a brief filed Tuesday, they "
        "warned that the firing would rattle markets."
    )
    assert extract(text).claims[-1].source.resolved.text == "Several former Fed chairs"


@pytest.mark.parametrize(
    "note",
    [
        "The White House did not immediately respond to Fox News Digital's request for comment.",
        "Fox News Digital has reached out to the other two aides for comment.",
    ],
)
def test_an_outlets_request_for_comment_is_no_claim(note: str) -> None:
    """ "did not respond to Fox News Digital's request for comment", "has reached out to X for
    comment": sourcing notes (each had been a claim)."""
    text = f"The aides said the memo was forged. {note}"
    assert speakers_of(text) == {"the memo was forged": "The aides"}


def test_a_reporters_bio_with_a_tip_line_is_furniture() -> None:
    """ "X is a politics reporter for Fox News Digital. Story tips can be sent to ...", "X is
    Senior Editor-at-Large at Breitbart News. Follow him ...": the page's furniture."""
    text = (
        "Aides quit\n\nBy Elizabeth Crane\n\nThe aides said the memo was forged.\n\n"
        "Elizabeth Crane is a politics reporter for Fox News Digital. Story tips can be sent "
        "to elizabeth.crane@fox.com.\n\nJoel B. Pollak is Senior Editor-at-Large at Breitbart "
        "News. Follow him on Twitter at @joelpollak.\n"
    )
    assert [claim.text for claim in extract(text).claims] == ["the memo was forged"]


def test_a_tag_at_the_end_covers_both_sides_of_a_colon() -> None:
    """(a guard for the colon's rule) "X has been high: Y, Sorensen says": the tag at the end
    is the whole sentence's, no reporter's clause before the colon."""
    text = (
        "Turnover in the recorder's office has been high: eight of its eleven employees have "
        "left since 2022, Sorensen says, most of them citing harassment."
    )
    assert [source for _, source, _ in summary(text)] == ["Sorensen"]


def test_a_subjects_relative_clause_then_its_verb_is_no_later_report() -> None:
    """ "In an interview Wednesday, Flynn, who has previously said Y, twice denied that he
    had": the relative clause is inside the subject (it had been read as a report at the
    sentence's end, "In an interview Wednesday, Flynn" a claim of its own, or "twice" the
    speaker)."""
    text = (
        "In an interview Wednesday, Flynn, who has previously said he did not discuss sanctions "
        "with Kislyak, twice denied that he had."
    )
    found = summary(text)
    assert "In an interview Wednesday, Flynn" not in [claim for claim, _, _ in found]
    assert "twice" not in [source for _, source, _ in found]


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        (
            "One Tory MP, who asked not to be named, said the leadership was finished. \"It's "
            'over," the MP said.',
            "One Tory MP",
        ),
        (
            'Allies of the chancellor said she would not resign. "She is going nowhere," one said.',
            "Allies of the chancellor",
        ),
    ],
)
def test_the_mp_and_one_of_the_allies(text: str, antecedent: str) -> None:
    """ "the MP said" (a role in capitals), "one said" (one of the group just named): each
    points back to its source (neither had been resolved)."""
    assert extract(text).claims[-1].source.resolved.text == antecedent


def test_a_move_a_body_estimates_would_raise_a_sum() -> None:
    """ "X, a move the Resolution Foundation estimates would raise £8.3bn by 2030": the body's
    estimate (the noun phrase had been read as the reporter's appended claim)."""
    text = (
        "The chancellor froze tax thresholds, a move the Resolution Foundation estimates would "
        "raise £8.3bn by 2030."
    )
    assert speakers_of(text) == {
        "The chancellor froze tax thresholds": None,
        "would raise £8.3bn by 2030": "the Resolution Foundation",
    }


def test_a_clause_in_single_quotation_marks_after_said_that() -> None:
    """ "The minister said that 'the NHS is broken'.": a quotation in single marks, its words
    without them (the marks had stayed in the claim)."""
    assert extract("The minister said that 'the NHS is broken'.").claims[0].text == (
        "the NHS is broken"
    )


def test_a_percentage_written_pc_is_a_statistic() -> None:
    """ "Inflation rose to 3.8pc in July": a percentage as the Telegraph writes it."""
    assert "statistic" in first_flags("Inflation rose to 3.8pc in July.")


def test_could_before_a_quoted_verb_hedges() -> None:
    """ "could 'create a sense of momentum'": as without the marks."""
    text = "The measure could 'create a sense of momentum', officials said."
    assert "hedged" in first_flags(text)


def test_a_former_party_minister_then_a_participle_of_saying() -> None:
    """ "A former Conservative minister has defected to Reform UK, telling X that Y": a
    party's name after an adjective in the subject (the sentence had been the reporter's)."""
    text = (
        "A former Conservative minister has defected to Reform UK, telling Kemi Badenoch that "
        'her party "no longer has a reason to exist".'
    )
    found = speakers_of(text)
    assert found['her party "no longer has a reason to exist"'] == "A former Conservative minister"


def test_is_understood_to_claim_that() -> None:
    """ "Croft is understood to claim that Y": the subject's claim as others report it (the
    sentence had been split into "Croft is understood to claim" and a fragment)."""
    found = summary("Croft is understood to claim that he believed the money was a loan.")
    assert found == [("he believed the money was a loan", "Croft", "claim")]


def test_a_companys_form_then_a_titled_name_opens_a_sentence() -> None:
    """ "The plant was sold to Dow Chemical Co. Mr. Hahn said Y": two sentences (the claimant
    had been "The plant was sold to Dow Chemical Co. Mr. Hahn")."""
    text = "The plant was sold to Dow Chemical Co. Mr. Hahn said the plant would reopen in March."
    assert speakers_of(text)["the plant would reopen in March"] == "Mr. Hahn"


def test_told_reporters_in_a_saints_town() -> None:
    """'"...," Swanson told reporters in St. Paul': where, no outlet described before its name
    (the claim had been ". Paul" and the quotation lost)."""
    text = '"We will win," Swanson told reporters in St. Paul.'
    assert summary(text) == [("We will win", "Swanson", "told")]


def test_a_bank_that_advised_a_company_says_nothing() -> None:
    """ "Morgan Stanley & Co. advised Harlan.": the deal's credit line, no claim (it had been
    "Harlan", the bank's)."""
    assert summary("Morgan Stanley & Co. advised Harlan.") == [
        ("Morgan Stanley & Co. advised Harlan", None, None)
    ]


def test_that_before_a_present_verb_is_a_pronoun() -> None:
    """ "said that gives the GOP an opening": "that" is the subject (it had been dropped as a
    complementiser)."""
    text = "Republican strategists said that gives the GOP an opening in the suburbs."
    assert speakers_of(text) == {
        "that gives the GOP an opening in the suburbs": "Republican strategists"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Harlan jumped 8% after a published report that it was exploring a sale.",
        "Shares fell following a newspaper report that the chief executive would resign.",
    ],
)
def test_a_report_after_a_participle_or_a_noun_is_a_noun(text: str) -> None:
    """ "after a published report that Y", "following a newspaper report that Y": the noun (the
    claimant had been "a published" or "Shares fell following a newspaper", the cue
    "report")."""
    assert [source for _, source, _ in summary(text)] == [None]


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "The talks collapsed, said two bankers close to the deal.",
            "The talks collapsed",
            "two bankers close to the deal",
        ),
        (
            "Profits doubled, said a person familiar with the results.",
            "Profits doubled",
            "a person familiar with the results",
        ),
    ],
)
def test_an_inverted_speaker_with_what_they_are_close_to(
    text: str, claim: str, claimant: str
) -> None:
    """ "Y, said two bankers close to the deal", "Y, said a person familiar with the results":
    the speaker after the cue (the claim and the speaker had been swapped, or the sentence the
    reporter's); "familiar with", "close to" keep their anonymity."""
    found = extract(text).claims
    assert [(claim.text, claim.source.text) for claim in found] == [(claim, claimant)]
    assert "anonymous_source" in found[0].flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bob Ferguson hailed the decision as a victory for the rule of law.",
            [("the decision as a victory for the rule of law", "Bob Ferguson", "hailed")],
        ),
        (
            "She hailed a taxi outside the hotel.",
            [("She hailed a taxi outside the hotel", None, None)],
        ),
    ],
)
def test_hailed_as_is_a_verdict(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "hailed the decision as a victory": the speaker's verdict (the sentence had been the
    reporter's); "hailed a taxi" stays an act."""
    assert summary(text) == expected


def test_two_shares_of_a_poll_in_one_sentence() -> None:
    """ "33% said it should be kept and 24% said it should be eliminated": two findings, each
    running from its share (they had been one claim of "33%")."""
    text = "In the poll, 33% said it should be kept and 24% said it should be eliminated."
    claims = [claim.text for claim in extract(text).claims]
    assert claims == ["33% said it should be kept", "24% said it should be eliminated"]


def test_as_an_outlet_reported_then_a_clause_with_its_own_speaker() -> None:
    """ "As Breitbart News has reported, the Department of Homeland Security said that Y": the
    clause's own speaker says Y (the claimant had been the outlet, the claim keeping "the
    Department ... said that"); "As Reuters reported, Y" stays the outlet's."""
    text = (
        "As Breitbart News has reported, the Department of Homeland Security said that more "
        "than 700 travelers were detained."
    )
    assert speakers_of(text) == {
        "more than 700 travelers were detained": "the Department of Homeland Security"
    }
    assert speakers_of("As Reuters reported, the talks stalled on Friday.") == {
        "the talks stalled on Friday": "Reuters"
    }


def test_a_share_in_apposition_to_its_group() -> None:
    """ "Nearly half of Democrats, 48%, said Y": the share in apposition (the sentence had
    been the reporter's); the claim runs from the group's share, as a poll's finding."""
    text = "Nearly half of Democrats, 48%, said the party should move left."
    assert speakers_of(text) == {
        "Nearly half of Democrats, 48%, said the party should move left": "Nearly half of Democrats"
    }


def test_a_quantifier_opens_the_clause_said() -> None:
    """ "according to dealers, who said several central banks bought bullion": "several"
    opens a noun phrase, the clause the dealers said (it had been lost)."""
    text = "Gold rose, according to dealers, who said several central banks bought bullion."
    assert speakers_of(text) == {
        "Gold rose": "dealers",
        "several central banks bought bullion": "dealers",
    }
