"""Constructions found by the twenty-second session's blind hunts (sports governance, crime and
courts, conflict tolls), on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import first_flags, summary

from claims.extraction import extract

ARTICLE = "Title of the report\n\n{}\n"


@pytest.mark.parametrize(
    ("text", "title", "first_claim"),
    [
        (
            "Woman found dead in burned-out car in rural Clark County, sheriff says\n"
            "SPRINGFIELD, Ohio (AP) — A woman was found dead in a burned-out car on a farm "
            "track early Sunday, the county sheriff said.\n\nDeputies were called at 6 a.m.\n",
            "Woman found dead in burned-out car in rural Clark County, sheriff says",
            "A woman was found dead in a burned-out car on a farm track early Sunday",
        ),
        (
            "Driver who ploughed into bus shelter and injured three is banned for life\n"
            "A driver who ploughed into a bus shelter has been banned for life.\n\n"
            "Magistrates heard that he had drunk six pints before getting behind the wheel.\n",
            "Driver who ploughed into bus shelter and injured three is banned for life",
            "A driver who ploughed into a bus shelter has been banned for life",
        ),
    ],
)
def test_a_long_headline_straight_above_its_lead_is_the_title(
    text: str, title: str, first_claim: str
) -> None:
    # a headline over 60 characters with no blank line under it had been read as a line of
    # text wrapped onto the lead, and was merged into the first claim
    result = extract(text)
    assert result.metadata.title == title
    assert result.claims[0].text == first_claim


def test_text_wrapped_at_a_fixed_width_is_still_read_as_one_paragraph() -> None:
    # guard: a paragraph wrapped at 72 characters is one sentence, not a headline and a lead
    text = (
        "The council said on Tuesday that it would close three libraries and two\n"
        "swimming pools next year to save money, a decision that angered many\n"
        "residents of the town.\n\nThe mayor said the cuts were necessary.\n"
    )
    claims = extract(text).claims
    assert claims[0].text.startswith("it would close three libraries and two\nswimming pools")
    assert claims[0].source is not None and claims[0].source.text == "The council"


@pytest.mark.parametrize(
    ("body", "claim", "source", "cue"),
    [
        (
            "Two sisters are accused of setting fire to a rival's salon in June, investigators "
            "said.",
            "Two sisters are accused of setting fire to a rival's salon in June",
            "investigators",
            "said",
        ),
        (
            "Mills, of Dayton, is accused of firing at a delivery van on the interstate, the "
            "affidavit says.",
            "Mills, of Dayton, is accused of firing at a delivery van on the interstate",
            "the affidavit",
            "says",
        ),
    ],
)
def test_a_passive_accusation_with_a_closing_tag_is_the_tags_report(
    body: str, claim: str, source: str, cue: str
) -> None:
    # before, the tag was dropped: the claim was the gerund, with no claimant and cue "accused"
    assert summary(ARTICLE.format(body)) == [(claim, source, cue)]


def test_a_passive_accusation_without_a_tag_names_no_accuser() -> None:
    # guard: no tag, no accuser
    assert summary(ARTICLE.format("The guards have been accused of beating two inmates.")) == [
        ("beating two inmates", None, "accused")
    ]


@pytest.mark.parametrize(
    ("body", "source"),
    [
        (
            "The manager has lost the dressing room, players in the squad say.",
            "players in the squad",
        ),
        (
            "The tap water is unsafe to drink, residents near the plant say.",
            "residents near the plant",
        ),
        (
            "The ferry was overloaded, local fishermen at the harbour say.",
            "local fishermen at the harbour",
        ),
    ],
)
def test_a_closing_tag_in_the_present_with_a_plural_and_its_place_speaks(
    body: str, source: str
) -> None:
    # "say" after "squad" / "plant" had been read as a noun after a singular one; the subject is
    # the plural before the preposition
    ((_claim, claimant, cue),) = summary(ARTICLE.format(body))
    assert (claimant, cue) == (source, "say")


@pytest.mark.parametrize(
    ("body", "statistic"),
    [
        ("The new drug halves the rate of relapse.", True),
        ("Smoking doubles the risk of a stroke, the study found.", True),
        ("It triples the cost of a repair.", True),
        # guards: the nouns
        ("She won the mixed doubles title in Paris.", False),
        ("He scored in both halves of the final.", False),
    ],
)
def test_a_present_multiplying_verb_states_a_figure(body: str, statistic: bool) -> None:
    assert ("statistic" in first_flags(ARTICLE.format(body))) is statistic
