"""The matcher on what blind sets of posts and wire copy showed it misreading (the thirty-fifth
session): figures as Indian English, race results and posts write them, names written with
digits ("5G", "COVID-19"), the names a country goes by, hashtags, and a name written small.
Each test names the rule; the controls (what must stay as it was) say so."""

from __future__ import annotations

import pytest

from claims.matching import Matcher, analyse
from claims.matching.figures import read_figures


def figures(text: str) -> list[tuple[float, str]]:
    return [(round(figure.value, 4), figure.kind) for figure in read_figures(text).figures]


def relation(query: str, claim: str) -> str:
    return Matcher([("claim", claim)]).compare(analyse(query), analyse(claim), "claim").relation


def ranked(desk: list[tuple[str, str]], query: str) -> list[str]:
    return [match.id for match in Matcher(desk).search(query, 5)]


# --------------------------------------------------------------------------- figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Road accidents killed 1.73 lakh people", [(173_000.0, "count")]),
        ("a profit of 6,920 crore rupees", [(69_200_000_000.0, "money:₹")]),
        ("net profit of Rs 69.2 billion", [(69_200_000_000.0, "money:₹")]),
        ("bought for Rs500 crore", [(5_000_000_000.0, "money:₹")]),
        ("a fine of ₹40 lakh", [(4_000_000.0, "money:₹")]),
        ("two dollars and ninety-eight cents a gallon", [(2.98, "money:$")]),
    ],
)
def test_indian_scales_the_rupee_and_cents_after_and(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("set a world record of 2:08:41 in Berlin", 128.6833),
        ("running 2 hours 8 minutes 41 seconds", 128.6833),
        ("clocked 128 minutes and 41 seconds", 128.6833),
        ("won the 200m freestyle in 1:52.11", 1.8685),
    ],
)
def test_a_race_time_is_one_duration_however_written(text, minutes):
    durations = [value for value, kind in figures(text) if kind == "duration"]
    assert durations == [minutes]


def test_a_time_of_day_is_no_figure():
    """Control: "10:30" is when, not how long, and no pair of counts 10 and 30."""
    assert figures("The meeting starts at 10:30 in the town hall") == []


def test_a_race_distance_in_metres_is_no_million():
    assert figures("broke the women's 200m freestyle world record") == [(0.2, "distance")]
    # control: a sum in millions keeps its scale
    assert figures("a £200m deal for the club") == [(200_000_000.0, "money:£")]


def test_times_is_a_factor_only_after_its_number():
    """ "The Times" after a count is a newspaper: "by 20 points" stays a count of points."""
    assert figures("leads by 20 points, a YouGov poll for The Times found") == [(20.0, "count")]
    assert figures("Unemployment rose three times faster than wages") == [(3.0, "factor")]


@pytest.mark.parametrize(
    "text",
    ["COVID-19 vaccines", "Covid19 jab", "the G7 summit", "MH17 was shot down", "WW3 incoming"],
)
def test_a_name_written_with_digits_is_no_figure(text):
    assert read_figures(text).figures == ()


def test_a_year_after_a_time_prefix_and_a_sum_after_a_currency_stay_read():
    """Controls (they passed before the rule): "mid-2020" is a year, "US$5 million" a sum."""
    assert read_figures("The G7 summit in mid-2020").years == frozenset({2020})
    assert figures("US$5 million in aid") == [(5_000_000.0, "money:$")]


@pytest.mark.parametrize(
    ("text", "count", "year"),
    [
        ("Macron just announced 2000 French soldiers going to fight", 2000.0, None),
        ("Floods killed 1950 people across the region", 1950.0, None),
        ("In 2000 voters chose a new parliament", None, 2000),
        ("Trump won 2016 elections in the state", None, 2016),
        ("the 2000 elections were disputed", None, 2000),
    ],
)
def test_a_round_number_before_what_it_counts_is_a_count_not_a_year(text, count, year):
    """The last three are controls: a year after "in", "the", or not round."""
    read = read_figures(text)
    assert [figure.value for figure in read.figures] == ([count] if count else [])
    assert read.years == (frozenset({year}) if year else frozenset())


@pytest.mark.parametrize(
    ("query", "claim", "expected"),
    [
        (
            "Nearly three-quarters of the reef suffered bleaching this summer.",
            "Around 71 percent of the reef was affected by bleaching this summer.",
            "same",
        ),
        ("Almost 500 people died in the floods.", "470 people died in the floods.", "same"),
        (
            "More than 400 people died in the floods.",
            "Nearly 500 people died in the floods.",
            "same",
        ),
        (
            "Almost 500 people died in the floods.",
            "380 people died in the floods.",
            "contradicts",
        ),
    ],
)
def test_nearly_is_a_little_below_the_figure(query, claim, expected):
    """The last two are controls: a floor meets a "nearly" above it; far below is another
    figure."""
    assert relation(query, claim) == expected


@pytest.mark.parametrize(
    ("query", "claim", "expected"),
    [
        (
            "Pelosi diverted 2.4 BILLION from social security for impeachment!!!",
            "Nancy Pelosi diverted $2.4 billion from Social Security to pay for impeachment.",
            "same",
        ),
        (
            "Pelosi diverted 2.4 billion from Social Security for impeachment",
            "Nancy Pelosi diverted $1.5 billion from Social Security to pay for impeachment.",
            "contradicts",
        ),
    ],
)
def test_a_bare_sum_is_read_in_the_other_sides_currency(query, claim, expected):
    """The same sum agrees (the first, a control, was "same" before, with no figure agreeing);
    another sum contradicts."""
    assert relation(query, claim) == expected


def test_figures_in_lakh_and_crore_meet_millions_and_billions():
    assert (
        relation(
            "As per the Health Ministry, a record 26.1 lakh TB cases were notified in 2024.",
            "India notified a record 2.61 million tuberculosis cases in 2024, the ministry said.",
        )
        == "same"
    )


# --------------------------------------------------------------------------- names and words


def test_a_name_with_digits_is_a_word_of_the_claim():
    query = analyse("It's the 5G. Covid is the 5G. #5GKills")
    assert "5g" in query.content
    assert "covid19" in analyse("COVID-19 vaccines are safe").content
    desk = [
        ("5g", "5G mobile phone masts are spreading the coronavirus."),
        ("vaccine", "COVID-19 vaccines have killed more people than COVID-19 itself."),
        ("cdc", "The CDC admitted hospitals were paid for every COVID-19 patient on a ventilator."),
    ]
    assert (
        ranked(desk, "Covid is the 5G. Why else would the hotspots be where they rolled out 5G")[0]
        == "5g"
    )


def test_the_names_a_country_goes_by_are_one_name():
    """ "America", "the United States", "U.S.": one name, no other place in the same claim."""
    assert analyse("Guns kill more kids in America than cars").name_runs == (("us",),)
    assert analyse("in the United States").name_runs == (("us",),)
    assert "us" in analyse("The U.S. Senate voted").names
    assert analyse("sends £350 million a week to the European Union").name_runs == (("eu",),)
    desk = [
        (
            "hanks",
            "Tom Hanks said he would leave the United States if Donald Trump won the election.",
        ),
        ("hanks-vote", "Tom Hanks said he would vote for Donald Trump in the next election."),
    ]
    assert ranked(desk, "Tom Hanks said he'd leave America if Trump won!")[0] == "hanks"


def test_a_hashtags_name_is_no_place_of_the_claims_own():
    """ "#Hollywood" labels the post; it does not stand where the claim names a place."""
    assert analyse("Tom Hanks said he would leave #Hollywood").name_runs == (("tom", "hank"),)
    assert "hollywood" in analyse("Tom Hanks said he would leave #Hollywood").names


def test_a_name_written_small_on_the_other_side_is_shared():
    """A post writes "social security" where the claim writes "Social Security": the same
    name, so the post's "Democrats" swaps no name of the claim's."""
    desk = [
        ("pelosi", "Nancy Pelosi diverted money from Social Security to pay for impeachment."),
        (
            "other",
            "Nancy Pelosi diverted money to pay for the impeachment inquiry, Democrats said.",
        ),
    ]
    assert ranked(desk, "Democrats let Pelosi raid social security to pay for impeachment") == [
        "pelosi",
        "other",
    ]


def test_a_sentences_first_word_that_is_a_verb_is_no_name_and_names_end_with_sentences():
    found = analyse("Tom said it. Heard it from three volunteers. Door's that way")
    assert found.name_runs == (("tom",),)
    # controls: a name that is no verb stays a name at a sentence's start
    assert analyse("Bush said it.").name_runs == (("bush",),)


def test_a_number_word_opening_a_sentence_is_no_name():
    assert analyse("Forty percent of the country's nurses quit in 2023.").names == frozenset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verania will employ new teachers of 12 000, to cut classes", [(12_000.0, "count")]),
        ("arriving at 1 450 crowns per month", [(1_450.0, "count")]),
        ("between 1 and 2 000 people", [(1.0, "count"), (2_000.0, "count")]),
        # controls: a year then a count stay two figures; a comma is read as before
        ("in 2025 100 people", [(100.0, "count")]),
        ("the 2,000 soldiers", [(2_000.0, "count")]),
    ],
)
def test_thousands_separated_by_a_space(text, expected):
    assert figures(text) == expected


def test_an_age_is_no_count():
    """ "11-year-olds" is an age: no rival of a count of points, years or people."""
    assert figures("Reading among 11-year-olds slipped to 58%") == [
        (11.0, "age"),
        (58.0, "percent"),
    ]
    assert (
        relation(
            "Velmora: just 58 percent of sixth-grade pupils pass literacy tests, down 9 points",
            "Reading proficiency among 11-year-olds in Velmora slipped to 58%, a watchdog found.",
        )
        == "same"
    )


def test_exceeded_is_a_floor():
    assert [figure.bound for figure in read_figures("Turnout exceeded 100 percent").figures] == [
        "lower"
    ]
    assert (
        relation(
            "Police said 1,150 people were arrested.",
            "Arrests exceeded 1,000 people, police said.",
        )
        == "same"
    )


@pytest.mark.parametrize(
    "text",
    ["after Monday's magnitude 7.2 quake", "a 7.2 magnitude tremor", "a 7.2-magnitude earthquake"],
)
def test_a_quakes_magnitude_is_no_count(text):
    assert figures(text) == [(7.2, "magnitude")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("crossings dropped by more than half after June", [(50.0, "down", "lower")]),
        ("crossings fell by more than 50% after June", [(50.0, "down", "lower")]),
        ("Trudeau hiked the carbon tax by twenty-three per cent", [(23.0, "up", "")]),
        ("the government cut spending on roads by a third", [(33.3333, "down", "")]),
        # controls: a level is no change; "won by 5 points" no rise
        ("inflation fell to 3 percent", [(3.0, "", "")]),
        ("the team won by 5 points", [(5.0, "", "")]),
    ],
)
def test_a_change_read_through_more_than_and_after_what_changed(text, expected):
    read = read_figures(text).figures
    assert [(round(f.value, 4), f.direction, f.bound) for f in read] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("we'd halve inflation", 0.5), ("net migration more than halved", 0.5), ("it doubles", 2.0)],
)
def test_halve_and_doubles_are_factors(text, value):
    """("halved", the second, is a control: it was read before.)"""
    assert figures(text) == [(value, "factor")]


def test_a_day_of_the_month_is_a_date_not_a_count():
    assert figures("Jan 6 was an FBI op") == figures("The January 6 Capitol riot")
    assert figures("signed on 9 July 2025") == [(709.0, "date")]
    assert read_figures("on 14 August").figures[0].label() == "Aug 14"
    assert figures("the carbon tax rose by 23% on April 1") == [(23.0, "percent"), (401.0, "date")]
    # control: a month's name written small is no month ("may")
    assert figures("may 5 people") == [(5.0, "count")]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("violent crime is at its lowest point in half a century", 50.0),
        ("the highest in two decades", 20.0),
        ("unemployment at its lowest for a decade", 10.0),
        ("civil servants followed for a quarter of a century", 25.0),
    ],
)
def test_decades_and_centuries_are_years(text, years):
    assert (years, "count") in figures(text)


def test_a_bare_number_said_again_is_the_same_figure():
    assert figures("Trudeau hiked the carbon tax by twenty-three per cent. Twenty-three!") == [
        (23.0, "percent")
    ]
    assert figures("Seven point six million people - seven point six million! - stuck") == [
        (7_600_000.0, "count")
    ]


def test_almost_halved_is_a_fall_a_little_short_of_half():
    """A guard: it held while "halves" was not read as a figure; now that it is, "almost"
    must leave room for a 46 percent fall."""
    assert (
        relation(
            "Ryanair first-quarter profit almost halves as fare cuts bite",
            "Ryanair's first-quarter profit fell 46 percent as lower fares bit, the airline said.",
        )
        == "same"
    )


def test_not_only_negates_nothing():
    assert not analyse("The floods hit not only the capital but three provinces").negated
    # control: a "not" of the claim's own
    assert analyse("The vaccine was not tested on children").negated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gasoline was a dollar eighty-seven a gallon", [(1.87, "money:$")]),
        ("one pound fifty for a loaf", [(1.5, "money:£")]),
        ("a quarter of a trillion dollars", [(250_000_000_000.0, "money:$")]),
        ("eight out of ten families get money back", [(80.0, "percent")]),
        ("captured 142 out of 250 legislative seats", [(56.8, "percent")]),
        (
            "won one hundred and forty-two of parliament's two hundred and fifty seats",
            [(56.8, "percent")],
        ),
        # control: a dollar alone is one dollar
        ("a dollar a day", [(1.0, "money:$")]),
    ],
)
def test_figures_as_people_say_them(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a dozen protesters were held", [(12.0, "count")]),
        ("two dozen eggs", [(24.0, "count")]),
        ("getting that man off for raping a 12 year old", [(12.0, "age")]),
        ("children 5 years old and under", [(5.0, "age")]),
        # control: a span of years stays a count of years
        ("the world will end in 12 years", [(12.0, "count")]),
    ],
)
def test_dozens_and_ages_written_apart(text, expected):
    assert figures(text) == expected


def test_nearly_reaches_a_tenth_below():
    assert (
        relation(
            "183 people arrested for starting the bushfires and the media still blames climate",
            "Nearly 200 people were arrested for deliberately starting the Australian bushfires.",
        )
        == "same"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("penalties of as much as 49.5 million Australian dollars", [(49_500_000.0, "money:$")]),
        ("Two in every five crimes were frauds", [(40.0, "percent")]),
        ("One in every 24 trains was cancelled", [(4.17, "percent")]),
        ("black people 3.7x more likely to be stopped", [(3.7, "factor")]),
        ("was 1.4 degrees Celsius above the baseline", [(1.4, "degrees c")]),
        ("hit 104 degrees Fahrenheit", [(104.0, "degrees f")]),
    ],
)
def test_figures_written_the_other_way_round(text, expected):
    assert figures(text) == expected


def test_a_span_of_two_years_holds_both_and_counts_nothing():
    read = read_figures("crimes in 2024-25 were frauds")
    assert read.figures == ()
    assert read.years == frozenset({2024, 2025})
    assert read_figures("(2024/25 Home Office figures)").years == frozenset({2024, 2025})
    assert (
        relation(
            "Two in every five crimes against individuals in 2024-25 were frauds, a survey found.",
            "Fraud accounted for 40% of crime against individuals in the year to March 2025.",
        )
        == "same"
    )


def test_when_it_was_said_is_no_time_of_the_claim():
    assert read_figures("the chief executive said in a speech in March 2026").years == frozenset()
    assert analyse("the chief executive said in a speech in March 2026").dates == frozenset()
    assert (
        relation(
            "Eighteen countries in Africa now give malaria vaccines, Gavi's chief said in a speech "
            "in March 2026.",
            "Gavi said 18 African countries had introduced malaria vaccines by the end of 2025.",
        )
        == "same"
    )
    # control: when it happened stays
    assert read_figures("300 people died in 2025, the ministry said").years == frozenset({2025})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The SRD grant has been increased from R350 to R2,000",
            [(350.0, "money:R"), (2_000.0, "money:R")],
        ),
        ("a R2 billion deal", [(2_000_000_000.0, "money:R")]),
        ("CBN don bring new ₦5000 note", [(5_000.0, "money:₦")]),
        ("a new 5,000-naira note", [(5_000.0, "money:₦")]),
        ("SSS is giving 5,000 pesos in cash aid", [(5_000.0, "money:₱")]),
        # control: a road's name is no sum
        ("the R2 road was closed", []),
    ],
)
def test_rand_naira_and_pesos(text, expected):
    assert figures(text) == expected


def test_approved_and_rejected_are_opposites():
    """ "vetoed" rejects as "rejected" does, and approving is the opposite: the bill approved
    and the bill vetoed are two claims."""
    from claims.matching.synonyms import OPPOSITES

    assert "=reject" in analyse("The governor vetoed the bill").concepts
    assert "=reject" in OPPOSITES["=approve"]
    desk = [
        ("approved", "The governor approved the bill raising the minimum wage to $15."),
        ("vetoed", "The governor vetoed the bill raising the minimum wage to $15."),
    ]
    assert (
        ranked(desk, "The governor rejected the bill to raise the minimum wage to $15")[0]
        == "vetoed"
    )
