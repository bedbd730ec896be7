"""Constructions found by the thirty-third session on real published reporting (African,
British and Irish agency and newspaper copy read through the extractor, never copied here) and
by its blind hunts, on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import resolved as _resolved
from claim_views import summary as _claims

from claims.extraction import extract


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "The opposition, after the report was tabled in the assembly on Tuesday, accused "
            "the ministry of padding the numbers.",
            "the ministry of padding the numbers",
            "The opposition",
            "accused",
        ),
        (
            "The drivers' union, after talks collapsed on Monday, said the company had cut "
            "300 jobs.",
            "the company had cut 300 jobs",
            "The drivers' union",
            "said",
        ),
        (
            "The insurer, although it has not been charged, denied any wrongdoing.",
            "any wrongdoing",
            "The insurer",
            "denied",
        ),
        (
            "The governor, before the vote was called, warned that the reserve would run dry "
            "by March.",
            "the reserve would run dry by March",
            "The governor",
            "warned",
        ),
        (
            "Villagers, as the river rose, told reporters that no siren had sounded.",
            "no siren had sounded",
            "Villagers",
            "told",
        ),
        (
            "The army, once the shelling had stopped, said 40 fighters had been killed.",
            "40 fighters had been killed",
            "The army",
            "said",
        ),
    ],
)
def test_a_clause_set_between_the_subject_and_its_cue_is_an_aside(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'The union, after talks collapsed on Monday, said Y': a clause with its own verb, opened
    by after / before / although / as / once, between the speaker and the cue says when or
    despite what they spoke; the whole sentence had been the reporter's claim."""
    assert _claims(sentence) == [(claim, source, cue)]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "The union, as well as the employers, said the talks would resume on Monday.",
            "the talks would resume on Monday",
            "The union",
        ),
        (
            "The mayor, along with two councillors, said the park would close for a month.",
            "the park would close for a month",
            "The mayor",
        ),
        (
            "The minister, together with two senior officials, insisted that no data had "
            "been lost.",
            "no data had been lost",
            "The minister",
        ),
    ],
)
def test_who_spoke_with_the_subject_is_set_aside(sentence: str, claim: str, source: str) -> None:
    """'The union, as well as the employers, said Y' / ', along with two councillors,': who
    spoke with the subject, set between commas; the subject named first is the claimant (the
    sentence had no claim at all, or was the reporter's; the third, whose cue takes "that", was
    read already: a control)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [(claim, source)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of councillors who have so far said they will stand again is 12.",
        "Shoppers who so far have told pollsters they will spend less number about a third.",
        "Tenants who have thus far said they will sue were offered a rent cut.",
    ],
)
def test_a_cue_inside_the_subjects_relative_clause_is_not_the_sentences(sentence: str) -> None:
    """'The number of councillors who have so far said they will stand again is 12': the cue
    is the verb of the subject's relative clause, however many adverbs and auxiliaries stand
    between "who" and it; the sentence is the reporter's (it had been "they will stand again is
    12", said by "The number of councillors who have so far")."""
    assert _claims(sentence) == [(sentence[:-1], None, None)]


def test_an_acronym_spelt_who_is_no_relative_pronoun() -> None:
    """Guard: 'WHO say Y' - the World Health Organisation, not a relative clause's "who"."""
    sentence = "WHO say measles cases rose by a third last year."
    assert _claims(sentence) == [("measles cases rose by a third last year", "WHO", "say")]


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "The transport secretary had to admit that the timetable figures were wrong.",
            "the timetable figures were wrong",
            "The transport secretary",
            "admit",
        ),
        (
            "The airline was forced to concede that 200 flights would be cancelled.",
            "200 flights would be cancelled",
            "The airline",
            "concede",
        ),
        (
            "The mining firm later tried to claim that the spill had been caused by vandals.",
            "the spill had been caused by vandals",
            "The mining firm",
            "claim",
        ),
        (
            "Ministers have sought to argue that the cuts will fall mainly on administration.",
            "the cuts will fall mainly on administration",
            "Ministers",
            "argue",
        ),
    ],
)
def test_a_cue_the_speaker_had_or_tried_to_use_is_still_theirs(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'X had to admit that Y', 'X was forced to concede that Y', 'X tried to claim that Y': made
    to say it, or trying to, the speaker still says Y (as "X went on to say", "X was quick to
    point out" were read already); the sentence had been the reporter's."""
    assert _claims(sentence) == [(claim, source, cue)]


def test_a_cue_not_yet_used_is_no_claim_of_the_speaker() -> None:
    """Guard: 'The regulator has yet to confirm that Y' - nothing confirmed; the reporter's."""
    sentence = "The regulator has yet to confirm that the plant was shut."
    assert _claims(sentence) == [(sentence[:-1], None, None)]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "He said that should the council approve the plan, the drivers would strike.",
            "should the council approve the plan, the drivers would strike",
        ),
        (
            "She warned that were the deal to collapse, prices would double within a month.",
            "were the deal to collapse, prices would double within a month",
        ),
    ],
)
def test_that_before_an_inverted_condition_is_the_complementiser(sentence: str, claim: str) -> None:
    """'He said that should the council approve the plan, Y': "that" opens the reported clause
    and the condition's verb comes first (it had been kept in the claim, read as the pronoun of
    "said that should be done")."""
    assert [text for text, _, _ in _claims(sentence)] == [claim]


def test_that_before_a_verb_is_still_a_pronoun() -> None:
    """Guard: 'He said that should be enough' - "that" is the clause's subject."""
    sentence = "He said that should be enough to cover the repairs."
    assert [text for text, _, _ in _claims(sentence)] == [
        "that should be enough to cover the repairs"
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "Police, firefighters and paramedics said the blaze had spread within minutes.",
            "the blaze had spread within minutes",
            "Police, firefighters and paramedics",
        ),
        (
            "The mayor, two councillors and the town clerk said the road would reopen.",
            "the road would reopen",
            "The mayor, two councillors and the town clerk",
        ),
        (
            "Britain, France and Germany said they would not recognise the vote.",
            "they would not recognise the vote",
            "Britain, France and Germany",
        ),
        (
            "A letter signed by the mayor, two councillors and the town clerk accused the "
            "developer of breaking its promises.",
            "the developer of breaking its promises",
            "A letter signed by the mayor, two councillors and the town clerk",
        ),
        (
            "The family's lawyer, Dana Reyes, and the Rev. Amos Hart accused the sheriff of lying.",
            "the sheriff of lying",
            "The family's lawyer, Dana Reyes, and the Rev. Amos Hart",
        ),
        (
            "The bridge will reopen on Monday, the mayor, the governor and the fire chief said.",
            "The bridge will reopen on Monday",
            "the mayor, the governor and the fire chief",
        ),
        (
            '"We will rebuild," the mayor, the governor and the fire chief said.',
            "We will rebuild",
            "the mayor, the governor and the fire chief",
        ),
        (
            "The road will stay shut, said police, firefighters and council engineers.",
            "The road will stay shut",
            "police, firefighters and council engineers",
        ),
        (
            "According to police, firefighters and paramedics, the fire spread quickly.",
            "the fire spread quickly",
            "police, firefighters and paramedics",
        ),
    ],
)
def test_a_list_of_speakers_speaks_whole(sentence: str, claim: str, source: str) -> None:
    """'Police, firefighters and paramedics said Y' / 'said police, firefighters and council
    engineers' / 'according to A, B and C, Y': every item of a list of speakers is the claimant
    (it had been the last two, 'firefighters and paramedics', or the first alone, and after
    "according to" the rest of the list had opened the claim)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [(claim, source)]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "The blast hit Kabul, Herat and Kandahar, police and officials said.",
            "The blast hit Kabul, Herat and Kandahar",
            "police and officials",
        ),
        (
            "On Monday, police and firefighters said the fire was out.",
            "the fire was out",
            "police and firefighters",
        ),
        (
            "Meanwhile, doctors and nurses said the wards were full.",
            "the wards were full",
            "doctors and nurses",
        ),
        (
            "The clinic will close, said Anna Ruiz, a nurse and mother of two.",
            "The clinic will close",
            "Anna Ruiz",
        ),
        (
            "According to police, Smith and Jones were arrested on Monday.",
            "Smith and Jones were arrested on Monday",
            "police",
        ),
        (
            "According to the ministry, Kenya, Uganda and Tanzania will share the cost.",
            "Kenya, Uganda and Tanzania will share the cost",
            "the ministry",
        ),
    ],
)
def test_what_only_looks_like_a_list_of_speakers(sentence: str, claim: str, source: str) -> None:
    """Guards: places in the clause before the tag, a time or an adverb before the speakers,
    an apposition after a name, and the subject of the claim after "according to X," are no
    items of a list of speakers."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [(claim, source)]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Lou Serra told another media outlet he's not sure what was inside the van.",
            "he's not sure what was inside the van",
        ),
        (
            "The coach told the club's website they're ready for the final.",
            "they're ready for the final",
        ),
        (
            "The minister told a local station she's confident of a deal.",
            "she's confident of a deal",
        ),
    ],
)
def test_a_contracted_pronoun_after_the_audience_opens_the_clause_told(
    sentence: str, claim: str
) -> None:
    """'X told another media outlet he's not sure what Y': "he's" opens what was told, it is no
    word of the audience (the claim had begun after "what", or been lost)."""
    assert [text for text, _, _ in _claims(sentence)] == [claim]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "Doctors warned the health secretary last month that waiting lists would grow.",
            "waiting lists would grow",
            "Doctors",
        ),
        (
            "Ministers warned MPs on Tuesday that the budget would be tight.",
            "the budget would be tight",
            "Ministers",
        ),
        (
            "The bank warned investors in a note on Monday that profits would fall.",
            "profits would fall",
            "The bank",
        ),
    ],
)
def test_when_or_how_the_audience_was_warned_is_not_what_it_was_warned_of(
    sentence: str, claim: str, source: str
) -> None:
    """'Doctors warned the health secretary last month that Y': the time or the document between
    the audience and "that" is skipped as the audience is (the claim had begun with the
    audience, 'the health secretary last month that Y')."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [(claim, source)]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            'A senior manager told colleagues to "keep the numbers up at all costs".',
            "keep the numbers up at all costs",
            "A senior manager",
        ),
        (
            'The chief executive told staff in an email to "stop all non-essential spending".',
            "stop all non-essential spending",
            "The chief executive",
        ),
    ],
)
def test_a_quotation_told_to_an_audience_is_the_tellers(
    sentence: str, claim: str, source: str
) -> None:
    """'A manager told colleagues to "..."': the quoted instruction is the teller's words (it
    had no speaker, or the speaker of the quotation before)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [(claim, source)]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            'She said the emails were "the clearest evidence yet that the system is being gamed".',
            'the emails were "the clearest evidence yet that the system is being gamed"',
        ),
        (
            "He said it was the best offer yet that any government had made to farmers.",
            "it was the best offer yet that any government had made to farmers",
        ),
    ],
)
def test_a_superlatives_yet_does_not_join_two_clauses(sentence: str, claim: str) -> None:
    """'the clearest evidence yet that Y': "yet" after a superlative, then the noun's "that"
    clause - one claim (it had been split in two at "yet that", losing "yet")."""
    assert [text for text, _, _ in _claims(sentence)] == [claim]


def test_yet_that_after_a_comma_still_joins_two_clauses() -> None:
    """Guard: 'She said the fund was solvent, yet that reserves were thin' - two claims."""
    sentence = "She said the fund was solvent, yet that reserves were thin."
    assert [text for text, _, _ in _claims(sentence)] == [
        "the fund was solvent",
        "reserves were thin",
    ]


@pytest.mark.parametrize(
    ("sentence", "reporters", "claim", "source"),
    [
        (
            "Backbenchers have privately voiced concern about the cap, with one MP, who did "
            'not wish to be named, claiming it would "kill the scheme".',
            "Backbenchers have privately voiced concern about the cap",
            'it would "kill the scheme"',
            "one MP",
        ),
        (
            "Local traders are furious, with the chairman of the chamber of commerce, Peter "
            "Wynn, warning that some shops could close by Easter.",
            "Local traders are furious",
            "some shops could close by Easter",
            "the chairman of the chamber of commerce, Peter Wynn",
        ),
    ],
)
def test_the_speaker_after_with_keeps_its_apposition_out_of_the_claims(
    sentence: str, reporters: str, claim: str, source: str
) -> None:
    """', with one MP, who did not wish to be named, claiming Y': the speaker after "with" is
    the MP, its relative clause set between commas (the claim had been the sentence's subject's,
    and the reporter's clause had run on to the relative clause)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [
        (reporters, None),
        (claim, source),
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "The study, carried out by Glasgow-based consultancy Harcourt Economics for the "
            "Island Business Forum, estimates that cancelled sailings cost 41,000 visitors.",
            "cancelled sailings cost 41,000 visitors",
            "The study",
            "estimates",
        ),
        (
            "The report, written by a former chief inspector for the Home Office, concluded "
            "that the force had failed.",
            "the force had failed",
            "The report",
            "concluded",
        ),
        (
            "The rescue agency, known as Sinapred, had earlier put the number of dead at 52.",
            "the number of dead at 52",
            "The rescue agency",
            "put",
        ),
        (
            "The governor's office, which coordinates the search, had initially put the number "
            "of missing at 200.",
            "the number of missing at 200",
            "The governor's office",
            "put",
        ),
    ],
)
def test_a_study_or_a_body_speaks_across_its_aside(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'The study, carried out by X for Y, estimates that Z' / 'The agency, known as X, had
    earlier put the number of dead at 52': the participle's aside (carried, written, compiled
    ...), and an auxiliary with an adverb after it, stand between the source and its cue (the
    sentence had been the reporter's; the second, "written by", was read already: a control)."""
    assert _claims(sentence) == [(claim, source, cue)]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        ("Later in the day it said 45 people had died.", "45 people had died", "it"),
        (
            "By Friday officials said all but two schools had reopened.",
            "all but two schools had reopened",
            "officials",
        ),
        ("In a statement the army said 12 soldiers had died.", "12 soldiers had died", "the army"),
        (
            "In a statement on Monday the agency's director said the talks had failed.",
            "the talks had failed",
            "the agency's director",
        ),
    ],
)
def test_a_fronted_time_or_statement_without_its_comma_is_no_part_of_the_speaker(
    sentence: str, claim: str, source: str
) -> None:
    """'By Friday officials said Y', 'In a statement the army said Y': the phrase of when or in
    what they spoke opens the sentence with no comma after it (the sentence had been the
    reporter's: "By Friday officials" was no speaker)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [(claim, source)]


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "The clip was shared with captions claiming that soldiers had burned the village.",
            "soldiers had burned the village",
            "captions",
            "claiming",
        ),
        (
            "The rumours began after a post on Facebook alleging that the mayor had fled.",
            "the mayor had fled",
            "a post on Facebook",
            "alleging",
        ),
    ],
)
def test_what_posts_and_captions_claim_is_theirs(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'shared with captions claiming that Y': the posts, captions, leaflets or messages that
    claim Y are its source, as a document showing Y is (the sentence had been the reporter's)."""
    assert _claims(sentence) == [(claim, source, cue)]


def test_a_text_saying_goodbye_claims_nothing() -> None:
    """Guard: 'She sent a text saying goodbye' - no "that", no claim of the text's."""
    sentence = "She sent a text saying goodbye to her family."
    assert _claims(sentence) == [(sentence[:-1], None, None)]


def test_what_the_speaker_described_a_bare_plural_as_is_a_claim_of_its_own() -> None:
    """'said Y, and described reports of a massacre as "disinformation"': a bare plural for the
    object of "described ... as" is the speaker's characterisation, its own claim, as with
    "described the reports as" (it had run on inside Y)."""
    sentence = (
        "The ministry said no civilians had been harmed, and described reports of a massacre "
        'as "disinformation".'
    )
    assert _claims(sentence) == [
        ("no civilians had been harmed", "The ministry", "said"),
        ('reports of a massacre as "disinformation"', "The ministry", "described"),
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "The toll stood at just over 300, a figure UNICEF said did not include patients "
            "treated at mobile clinics.",
            "did not include patients treated at mobile clinics",
            "UNICEF",
        ),
        (
            "The army reported 14 deaths, a number residents said excluded those buried in "
            "the hills.",
            "excluded those buried in the hills",
            "residents",
        ),
    ],
)
def test_what_a_source_says_a_figure_leaves_out_is_its_claim(
    sentence: str, claim: str, source: str
) -> None:
    """', a figure UNICEF said did not include Y' / ', a number residents said excluded Y': what
    the source says of the figure (as ', a figure X said was too low' was read already; the
    figure phrase had opened the claim, or been the army's)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)][-1] == (claim, source)


def _flags_of(text: str) -> list[tuple[str, set[str]]]:
    return [(claim.text, set(claim.flags)) for claim in extract(text).claims]


def test_her_account_flags_all_she_said_and_no_later_speaker() -> None:
    """'One nurse ... said A.' / '"B," she said.' / 'Her account could not be independently
    verified.' / 'Helen Wright ... said C. She said D.': the nurse's whole account is unverified,
    the paragraph that introduced her included (it had been left out), and a later "She" who is
    another speaker is not (a pronoun's head word had carried the flag on to her)."""
    text = (
        "One nurse, who spoke to the BBC on condition of anonymity, said staff had begged "
        "managers for cover for months.\n\n"
        '"We run a 28-bed ward with three nurses at night," she said.\n\n'
        "Her account could not be independently verified.\n\n"
        "Helen Wright, of the Royal College of Nursing, said the closures were a symptom of a "
        "workforce crisis.\n\n"
        "She said the union had recorded 1,900 vacancies across Wales.\n"
    )
    flags = dict(_flags_of(text))
    assert "unverified" in flags["staff had begged managers for cover for months"]
    assert "unverified" in flags["We run a 28-bed ward with three nurses at night"]
    assert "unverified" not in flags["the union had recorded 1,900 vacancies across Wales"]


@pytest.mark.parametrize(
    "caption",
    [
        "Dead fish on the banks of the River Brue near Hatchford in May (River Action/PA)",
        "Police officers guard the entrance to the court on Monday (Liam McBurney/PA)",
        "The Prime Minister speaks in Downing Street (Stefan Rousseau/PA Wire)",
    ],
)
def test_a_caption_ending_in_a_picture_agencys_credit_is_no_claim(caption: str) -> None:
    """'Protesters outside Stormont on Monday morning (Pacemaker Press/PA)': a caption with no
    full stop before its bracketed credit, as PA's run, is furniture (it had been a claim; the
    second, a photographer's name before the agency, was read already: a control)."""
    text = (
        "A water company has been fined £4.2 million, a court heard.\n\n"
        f"{caption}\n\n"
        "The firm admitted the offences on Tuesday.\n"
    )
    result = extract(text)
    assert all("/PA" not in claim.text for claim in result.claims)
    assert caption in [item.text for item in result.metadata.furniture]


def test_owning_a_mistake_denies_nothing() -> None:
    """'"We got this wrong, and we accept the decision," a spokesman said': the speaker owns a
    mistake - no denial of the accusation before it (it had been one, by "wrong")."""
    text = (
        "The firm failed to report the fault to the regulator, the court heard.\n\n"
        '"We got this wrong, and we accept the decision in full," a spokesman said.\n'
    )
    assert all(not claim.relations for claim in extract(text).claims)


def test_they_got_it_wrong_still_denies() -> None:
    """Guard: '"They got it wrong," a spokesman for the firm said' - the court is wrong: a
    denial."""
    text = (
        "The firm failed to report the fault to the regulator, the court heard.\n\n"
        '"They got it wrong," a spokesman for the firm said.\n'
    )
    assert [relation.type for relation in extract(text).claims[1].relations] == ["denies"]


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("Residents said families had buried others before they could be counted.", False),
        ("Villagers fled before soldiers could reach the village.", False),
        ("The dam could fail before the rains end, engineers said.", True),
        ("A video said to show the aftermath was shared widely.", True),
    ],
)
def test_a_could_of_time_is_no_hedge_and_a_video_said_to_show_is(
    sentence: str, hedged: bool
) -> None:
    """'buried others before they could be counted': what happened first, no speculation (it
    had been hedged); 'A video said to show the aftermath': what the video shows is reported
    by others (it had not been hedged). The third is a control."""
    assert ("hedged" in _flags_of(sentence)[0][1]) is hedged


@pytest.mark.parametrize(
    ("sentence", "statistic"),
    [
        ("Fighting broke out at 4 p.m. local time (1000 GMT), the ministry said.", False),
        ("The ceasefire took effect at 2330 GMT on Sunday.", False),
        ("The army said 1000 soldiers had been deployed.", True),
        ("The shaking lasted nearly a minute, residents said.", True),
        ("The blackout took about an hour to fix.", True),
        ("The outbreak is the largest in the country in more than a decade.", False),
    ],
)
def test_a_time_on_the_24_hour_clock_is_no_figure_and_a_duration_in_words_is(
    sentence: str, statistic: bool
) -> None:
    """'(1000 GMT)': a time of day, no statistic (it had been one); 'lasted nearly a minute': a
    measured duration written in words, a statistic (it had not been). The third and the last
    are controls: a count of soldiers, and a time frame that gold annotates as none."""
    assert ("statistic" in _flags_of(sentence)[0][1]) is statistic


def _relations_of(text: str) -> list[tuple[int, str, int]]:
    return [
        (index, relation.type, relation.target)
        for index, claim in enumerate(extract(text).claims)
        for relation in claim.relations
    ]


def test_two_sources_floors_for_one_toll_are_rival_counts() -> None:
    """'killed at least 43, the health ministry said' / 'a monitoring group put the toll at more
    than 60': two floors from two sources, one well above the other - rival tolls (they had
    been read as both able to hold)."""
    text = (
        "An air strike on a market killed at least 43 people, the health ministry said.\n\n"
        "A monitoring group put the toll at more than 60.\n"
    )
    assert _relations_of(text) == [(1, "contradicts", 0)]


def test_a_floor_for_one_strike_and_one_for_the_whole_war_are_no_rivals() -> None:
    """Guard: 'at least 18 people' in one strike, 'more than 14,000' over the war - floors of
    two different orders, no rival counts."""
    text = (
        "The strike killed at least 18 people, the ministry said.\n\n"
        "The monitoring group says more than 14,000 people have been killed since the war "
        "began.\n"
    )
    assert _relations_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Fighting has cut off aid to some 200,000 people, the agency said.\n\n"
        "Aid groups had to suspend distributions for 30,000 people, an official added.\n",
        "The US Geological Survey said the quake had a magnitude of 6.4.\n\n"
        "The seismology office recorded more than 90 aftershocks, the strongest of magnitude "
        "4.9.\n",
    ],
)
def test_counts_of_different_things_are_no_rival_figures(text: str) -> None:
    """'cut off aid to some 200,000 people' / 'suspend distributions for 30,000 people': people
    counted for two different things; 'the quake had a magnitude of 6.4' / 'aftershocks, the
    strongest of magnitude 4.9': two different tremors (both had been contradictions)."""
    assert _relations_of(text) == []


def test_two_magnitudes_for_one_quake_still_contradict() -> None:
    """Guard: two agencies' magnitudes for the same quake are rival figures."""
    text = (
        "The quake had a magnitude of 6.9, the USGS said.\n\n"
        "The national seismology office put its magnitude at 7.1.\n"
    )
    assert _relations_of(text) == [(1, "contradicts", 0)]


def test_a_place_named_by_its_kind_is_no_one_who_speaks() -> None:
    """'walked to reach the town of Um Rakuba, where she had heard that Y. "...," the
    29-year-old said': "she" and "the 29-year-old" are the woman, not the town (a capitalised
    pair after "the town of" had been taken for a person's name)."""
    text = (
        "Amina Salih walked for two days with her children to reach the town of Um Rakuba, "
        'where she had heard that tents were being handed out. "We slept under a tree," the '
        "29-year-old said.\n"
    )
    speakers = _resolved(text)
    assert speakers["tents were being handed out"] == "Amina Salih"
    assert speakers["We slept under a tree"] == "Amina Salih"


def test_one_of_them_is_one_of_the_group_that_spoke_last() -> None:
    """'Two of them said Y.' / 'Three doctors, who spoke on condition of anonymity, said Z.' /
    '"...," one of them said': one of the doctors, the group named last (it had been the
    farmers' "Two of them", named where the doctors are not) - and the farmers' unverified
    claims do not make the doctor's so."""
    text = (
        "Six farmers interviewed by Reuters described empty granaries. Two of them said their "
        "children had fallen ill. Their accounts could not be independently verified.\n\n"
        "Three doctors with international charities, who spoke on condition of anonymity "
        "because they were not authorised to speak to the media, said clinics had run out of "
        "vaccines.\n\n"
        '"We are turning mothers away," one of them said.\n'
    )
    quote = next(claim for claim in extract(text).claims if claim.text.startswith("We are"))
    assert quote.source is not None and quote.source.resolved is not None
    assert quote.source.resolved.text.startswith("Three doctors")
    assert "unverified" not in quote.flags


def test_the_second_thing_not_verified_flags_its_claims_too() -> None:
    """'Reuters could not independently verify the video or the death tolls': the tolls, the
    second object, are the counts given before (only the last had been flagged)."""
    text = (
        "The health ministry said 30 people were killed. A monitoring group said 52 had died. "
        "Reuters could not independently verify the video or the death tolls.\n"
    )
    assert [("unverified" in claim.flags) for claim in extract(text).claims] == [True, True]


def test_a_bodys_unverified_count_leaves_its_officials_own_claims_alone() -> None:
    """'the health ministry said 43 bodies ...' (its toll unverified), then 'A ministry
    official told AFP that families had buried others': the official is a person of the body
    with claims of their own, not the ministry's count again."""
    text = (
        "According to the health ministry, 43 bodies had been brought to the clinic. AFP could "
        "not independently verify the footage or the tolls.\n\n"
        "A ministry official told AFP that families had buried others before they could be "
        "counted.\n"
    )
    flags = dict(_flags_of(text))
    assert "unverified" in flags["43 bodies had been brought to the clinic"]
    assert "unverified" not in flags["families had buried others before they could be counted"]


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "The family filed a wrongful death lawsuit that alleges the hospital ignored "
            "repeated warnings.",
            "the hospital ignored repeated warnings",
            "a wrongful death lawsuit",
            "alleges",
        ),
        (
            "His lawyers filed a motion that claimed their client was willing to accept life "
            "in prison.",
            "their client was willing to accept life in prison",
            "a motion",
            "claimed",
        ),
        (
            "The union released a report that says staffing fell by a third.",
            "staffing fell by a third",
            "a report",
            "says",
        ),
    ],
)
def test_what_a_filed_document_says_in_its_relative_clause_is_its_claim(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'filed a lawsuit that alleges Y', 'released a report that says Y': the document is the
    source of Y, as 'a report showing Y' is (the sentence had been the reporter's)."""
    assert _claims(sentence) == [(claim, source, cue)]


def test_the_document_is_not_what_hangs_before_it() -> None:
    """Guard: 'the publication of a report which found that Y' inside an accusation - no
    "publication of a report" for a source."""
    sentence = (
        "The minister was accused of delaying the publication of a report which found that the "
        "scheme ran 94 million over budget."
    )
    assert all(speaker != "the publication of a report" for _, speaker, _ in _claims(sentence))


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "The council agreed it had made a mistake in closing the library.",
            "it had made a mistake in closing the library",
            "The council",
        ),
        (
            "Prosecutors agreed they had erred in not filing the indictment sooner.",
            "they had erred in not filing the indictment sooner",
            "Prosecutors",
        ),
    ],
)
def test_agreed_before_a_clause_is_the_speakers_admission(
    sentence: str, claim: str, source: str
) -> None:
    """'The council agreed it had made a mistake': "agreed" with a clause after it, with or
    without "that", says what the subject grants (it had been the reporter's sentence)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [(claim, source)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides agreed a ceasefire on Monday.",
        "The council agreed to pay 2 million pounds in damages.",
    ],
)
def test_what_was_agreed_to_or_settled_is_no_claim_of_the_speaker(sentence: str) -> None:
    """Guards: 'agreed a ceasefire', 'agreed to pay': what was settled or undertaken."""
    assert _claims(sentence) == [(sentence[:-1], None, None)]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            '"The claim is false," prosecutors wrote, the paper reported.\n',
            [("The claim is false", "prosecutors", "wrote")],
        ),
        (
            '"It is over," he said, the agency reported on Monday. "We lost."\n',
            [("It is over", "he", "said"), ("We lost", "he", "said")],
        ),
    ],
)
def test_a_quotations_own_tag_comes_before_the_outlet_that_reported_it(
    text: str, claims: list[tuple[str, str, str]]
) -> None:
    """'"...," prosecutors wrote, the paper reported': the quotation is the prosecutors' words,
    the paper only reported them (the paper had been the speaker)."""
    assert _claims(text) == claims


def test_quoted_as_telling_an_outlet_is_a_tag() -> None:
    """'"...," analyst Jeff Kagan was quoted as telling the Los Angeles Times. "..."': both
    quotations are the analyst's (the first had no speaker, the second the analysts of the
    sentence before)."""
    text = (
        "Analysts had expected a profit of 7 cents a share.\n\n"
        '"I cannot imagine anyone is happy," analyst Jeff Kagan was quoted as telling the Los '
        'Angeles Times. "Hopes are dimmed by this quarter."\n'
    )
    speakers = _resolved(text)
    assert speakers["I cannot imagine anyone is happy"] == "analyst Jeff Kagan"
    assert speakers["Hopes are dimmed by this quarter"] == "analyst Jeff Kagan"


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            'In a note, Kris Thompson kept his rating at "sell," and said the shares would fall '
            "further.",
            "the shares would fall further",
            "Kris Thompson",
        ),
        (
            "In an analyst note Monday, Ana Ruiz of Lakeside Capital continued to rate the "
            'stock at "Underperform," and said its risk rating remained high.',
            "its risk rating remained high",
            "Ana Ruiz of Lakeside Capital",
        ),
    ],
)
def test_a_scare_quote_in_the_first_verbs_clause_keeps_its_subject_speaking(
    sentence: str, claim: str, source: str
) -> None:
    """'In a note, X kept his rating at "sell," and said Y': the quoted word inside the first
    clause does not cut the subject off from the second verb (the sentence had been the
    reporter's)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)][-1] == (claim, source)


@pytest.mark.parametrize(
    ("sentence", "fact", "claim", "source"),
    [
        (
            "Shares fell after warnings from the company that sales would slow.",
            "Shares fell",
            "sales would slow",
            "the company",
        ),
        (
            "The pound slid after comments from the governor that rates would stay high.",
            "The pound slid",
            "rates would stay high",
            "the governor",
        ),
        (
            "Shares rose on Monday after remarks by the chief executive that the worst was over.",
            "Shares rose on Monday",
            "the worst was over",
            "the chief executive",
        ),
    ],
)
def test_a_warning_or_a_comment_from_its_author_that_y(
    sentence: str, fact: str, claim: str, source: str
) -> None:
    """'Shares fell after warnings from the company that Y', 'after comments from the governor
    that Y': the author after "from" too, and comments and remarks as reporting nouns, as
    'after a report by Bloomberg that Y' was read already (the sentence had been the
    reporter's, or Y the reporter's after a three-word fact)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [
        (fact, None),
        (claim, source),
    ]


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "Senate Finance Committee Chairman Roy Tate (R-Utah) said the plan would raise $90 "
            'billion. "These numbers are fantasy," said Mark Kopp, an economist.\n\n'
            "Tate rejected that criticism. He argued the institute had ignored growth.\n",
            "the institute had ignored growth",
            "Tate",
        ),
        (
            "Mr. Gowda said the Finance Department had objected to the project.\n\n"
            'Water Resources Minister S.K. Mallikarjun denied any rift. "There is no question of '
            'overruling anyone," he told PTI.\n',
            "There is no question of overruling anyone",
            "Water Resources Minister S.K. Mallikarjun",
        ),
    ],
)
def test_a_title_after_a_bodys_name_makes_a_person(text: str, claim: str, speaker: str) -> None:
    """'Senate Finance Committee Chairman Roy Tate', 'Water Resources Minister S.K. Mallikarjun':
    a body's name, an office, then the holder's name (or initials) is a person - so "he" later
    is them, not the last person quoted before (both had been typed as organisations)."""
    assert _resolved(text)[claim] == speaker


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "According to the DGHS, however, the completion date has been revised three times.",
            "the completion date has been revised three times",
        ),
        (
            "According to the ministry, meanwhile, only 40 schools have reopened.",
            "only 40 schools have reopened",
        ),
    ],
)
def test_a_connective_after_according_to_x_is_no_part_of_the_claim(
    sentence: str, claim: str
) -> None:
    """'According to X, however, Y': the connective between the source and Y is the reporter's
    (it had opened the claim)."""
    assert [text for text, _, _ in _claims(sentence)] == [claim]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Data compiled by The Hindu from three district hospitals in Salem and Erode "
            "suggest the outbreak is wider.",
            "Data compiled by The Hindu from three district hospitals in Salem and Erode",
        ),
        (
            "However, figures collected by the paper from five hospitals in Chattogram and "
            "Barishal divisions suggest the actual toll may be higher.",
            "figures collected by the paper from five hospitals in Chattogram and Barishal "
            "divisions",
        ),
    ],
)
def test_a_noun_and_its_participles_phrase_are_one_subject(sentence: str, source: str) -> None:
    """'Data compiled by The Hindu from hospitals in Salem and Erode suggest Y': the data are
    the source, with the participle's phrase (the last place of its list, 'Erode', had been,
    and the rest a claim of its own)."""
    assert [speaker for _, speaker, _ in _claims(sentence)] == [source]


@pytest.mark.parametrize(
    "note",
    [
        "A spokesperson for the senator did not respond to a request for comment either.",
        "The company declined to comment as well.",
    ],
)
def test_a_no_comment_note_with_either_is_still_a_note(note: str) -> None:
    """'X did not respond to a request for comment either': a sourcing note, no claim (with
    "either", "too", "as well" it had been one)."""
    text = f"The mayor said the plan would cost 2 million dollars.\n\n{note}\n"
    assert [text for text, _, _ in _claims(text)] == ["the plan would cost 2 million dollars"]


@pytest.mark.parametrize(
    ("sentence", "said", "aside"),
    [
        (
            "The mayor said he would veto any fare increase, though the transit board, not the "
            "mayor, sets fares.",
            "he would veto any fare increase",
            "the transit board, not the mayor, sets fares",
        ),
        (
            "The commissioner said she would ask for a recount, although state law allows "
            "recounts only when the margin is under 0.5 percent.",
            "she would ask for a recount",
            "state law allows recounts only when the margin is under 0.5 percent",
        ),
        (
            "Vega said she would try to add teacher pay to the agenda, though only the "
            "governor can decide what lawmakers consider.",
            "she would try to add teacher pay to the agenda",
            "only the governor can decide what lawmakers consider",
        ),
    ],
)
def test_a_present_though_clause_after_a_past_cue_is_the_reporters(
    sentence: str, said: str, aside: str
) -> None:
    """'said he would veto it, though the board, not the mayor, sets fares' / 'although state
    law allows' / 'though only the governor can decide': the present tense after a past cue is
    the reporter's aside (an "although", an aside inside its subject, a present modal and
    "only" had kept it inside the speaker's claim)."""
    assert [(text, speaker is None) for text, speaker, _ in _claims(sentence)] == [
        (said, False),
        (aside, True),
    ]


def test_a_backshifted_though_clause_stays_the_speakers() -> None:
    """Guard: 'She said the plan would work, though it would take time' - "would" is the
    speaker's own words backshifted: one claim."""
    sentence = "She said the plan would work, though it would take time."
    assert [text for text, _, _ in _claims(sentence)] == [
        "the plan would work, though it would take time"
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "The treasurer told the board that the fund was short, a person familiar with the "
            "meeting said.",
            "The treasurer told the board that the fund was short",
            "a person familiar with the meeting",
        ),
        (
            "Oberman told colleagues at a lunch last week that he could not support her, one "
            "of the aides said.",
            "Oberman told colleagues at a lunch last week that he could not support her",
            "one of the aides",
        ),
        (
            "The minister said the talks had failed, two people who attended said.",
            "The minister said the talks had failed",
            "two people who attended",
        ),
    ],
)
def test_an_account_of_private_words_rests_on_who_relays_it(
    sentence: str, claim: str, source: str
) -> None:
    """'X told the board that Y, a person familiar with the meeting said': words said in
    private, told by one who was there - the whole report is theirs, as 'according to a
    person at the meeting' makes it (X had been the speaker and the relaying source lost)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [(claim, source)]


def test_testimony_an_official_passes_on_stays_the_witnesses() -> None:
    """Guard: 'Herders told officials the wells had been poisoned, a district official said' -
    the herders' testimony, passed on (as the eighteenth session read it)."""
    sentence = "Herders told officials the wells had been poisoned, a district official said."
    assert _claims(sentence) == [("the wells had been poisoned", "Herders", "told")]


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        (
            "The victim alleged that she was approached by a woman who claimed that the job "
            "offer had been approved by the ministry.",
            [
                ("she was approached by a woman", "The victim"),
                ("the job offer had been approved by the ministry", "a woman"),
            ],
        ),
        (
            "The student told police she received a call from a man who said that her bank "
            "account had been blocked.",
            [
                ("she received a call from a man", "The student"),
                ("her bank account had been blocked", "a man"),
            ],
        ),
        (
            "She said she was stopped by an officer in a black uniform who told her that the "
            "road was closed.",
            [
                ("she was stopped by an officer in a black uniform", "She"),
                ("the road was closed", "an officer in a black uniform"),
            ],
        ),
    ],
)
def test_someone_inside_what_was_said_who_claimed_y_is_ys_source(
    sentence: str, claims: list[tuple[str, str]]
) -> None:
    """'alleged that she was approached by a woman who claimed that Y': Y is the woman's claim,
    the outer claim ends before "who" (Y had been the victim's, inside her claim)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == claims


def test_who_claimed_to_be_is_no_report() -> None:
    """Guard: 'a man who claimed to be a doctor' - what he passed himself off as, inside the
    police's claim."""
    sentence = "Police said the suspect was a man who claimed to be a doctor."
    assert _claims(sentence) == [
        ("the suspect was a man who claimed to be a doctor", "Police", "said")
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "cue"),
    [
        (
            "Ms. Harlan has spent weeks touring rural counties, where she has talked up "
            "broadband spending and accused Mr. Cole of voting against it.",
            "Mr. Cole of voting against it",
            "accused",
        ),
        (
            "Gov. Lena Park visited three hospitals on Monday, where she met nurses and warned "
            "that the state could run out of beds by March.",
            "the state could run out of beds by March",
            "warned",
        ),
    ],
)
def test_the_pronoun_of_a_where_clause_speaks_in_its_second_verb(
    sentence: str, claim: str, cue: str
) -> None:
    """', where she has talked up X and accused Mr. Cole of Y': the relative clause's pronoun
    acts twice, the second time a cue (the sentence had been the reporter's, whole)."""
    assert (claim, "she", cue) in _claims(sentence)


@pytest.mark.parametrize(
    ("sentence", "reporters", "claim", "source"),
    [
        (
            "The vote is a blow to Speaker Tom Greer, who unveiled the plan in March and said at "
            'the time that it would "fix the roads for a generation."',
            "The vote is a blow to Speaker Tom Greer",
            'it would "fix the roads for a generation',
            "Speaker Tom Greer",
        ),
        (
            "The report is a setback for Mayor Ray Cho, who launched the program in 2024 and "
            "promised that it would end homelessness.",
            "The report is a setback for Mayor Ray Cho",
            "it would end homelessness",
            "Mayor Ray Cho",
        ),
    ],
)
def test_a_relative_clauses_second_verb_speaks_for_its_antecedent(
    sentence: str, reporters: str, claim: str, source: str
) -> None:
    """', who unveiled the plan in March and said at the time that Y': Y is the antecedent's,
    the clause before the comma the reporter's (the sentence had been the reporter's, whole)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [
        (reporters, None),
        (claim, source),
    ]


@pytest.mark.parametrize(
    ("byline", "author", "published"),
    [
        (
            "By Marisa Quell and Devon Archer | 03/12/2027 06:00 AM EST",
            "Marisa Quell and Devon Archer",
            None,
        ),
        ("BY TESSA WARBURTON - 05/14/27 4:41 PM ET", "TESSA WARBURTON", "2027-05-14"),
        ("By Ana Ruiz | 25/03/2027", "Ana Ruiz", "2027-03-25"),
    ],
)
def test_a_date_in_figures_after_the_byline_is_no_outlet(
    byline: str, author: str, published: str | None
) -> None:
    """'By X and Y | 03/12/2027 06:00 AM EST': the date in figures after the names is no
    outlet (it had been the outlet) and no part of the name ('BY X - 05/14/27 4:41 PM ET');
    its day is read when the figures show which is the day, else left unknown."""
    text = (
        "White House weighs pulling nomination as senators balk\n\n"
        f"{byline}\n\n"
        "The White House is weighing whether to pull the nomination, two officials said.\n"
    )
    metadata = extract(text).metadata
    assert (metadata.byline, metadata.outlet, metadata.published) == (author, None, published)


def test_a_count_just_above_anothers_floor_bears_it_out() -> None:
    """'a surplus of more than $10 billion' / 'about $10.8 billion in unspent revenue': a second
    source's count just above the first's floor supports it (no relation had been found)."""
    text = (
        "The senator said the state has a surplus of more than $10 billion.\n\n"
        "The comptroller projected that the state would end the year with about $10.8 billion "
        "in unspent revenue.\n"
    )
    assert _relations_of(text) == [(1, "supports", 0)]


def test_a_count_well_above_a_floor_is_no_support() -> None:
    """Guard: 'more than 3,000 homes' / 'about 4,500 homes' - well above the floor, no second
    source for the same figure."""
    text = (
        "The council said more than 3,000 homes had been flooded.\n\n"
        "Insurers estimated that about 4,500 homes had been flooded.\n"
    )
    assert all(kind != "supports" for _, kind, _ in _relations_of(text))


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "The club's chairwoman, Ms Ruth Achieng, said the coach, Mrs Janet Wekesa, had been "
            "suspended for two matches. The decision was final, she said.\n",
            "The decision was final",
            "The club's chairwoman, Ms Ruth Achieng",
        ),
        (
            "Police commissioner Daniel Obi said the suspect, Mr Ibrahim Musa, was arrested in "
            "Kano on Monday. He was cooperating with detectives, he added.\n",
            "He was cooperating with detectives",
            "Police commissioner Daniel Obi",
        ),
    ],
)
def test_a_tag_after_its_claim_goes_on_with_who_just_spoke(
    text: str, claim: str, speaker: str
) -> None:
    """'X said the coach, Mrs Y, had been suspended. The decision was final, she said.': the
    tag after its claim goes on with X, who just spoke - not Y, whom X's words were about (the
    nearest name, Y, had been taken)."""
    assert _resolved(text)[claim] == speaker


def test_a_report_opening_an_answer_sentence_is_the_cited_sources() -> None:
    """'KELSO: Not at all. The comptroller says there is a surplus of $14 million. My opponent
    says the pension fund is empty.': a sentence of an answer that opens with another's plain
    report is theirs, as the Wikinews gold reads "They say you can be Muslim and modern" (the
    whole sentence had been the candidate's)."""
    text = (
        "Highlights from the mayoral debate\n\n"
        "MODERATOR: Mr. Kelso, is the city broke?\n\n"
        "KELSO: Not at all. The comptroller says there is a surplus of $14 million. My "
        "opponent says the pension fund is empty.\n"
    )
    assert _claims(text) == [
        ("Not at all", "KELSO", None),
        ("there is a surplus of $14 million", "The comptroller", "says"),
        ("the pension fund is empty", "My opponent", "says"),
    ]


def test_the_speakers_own_things_saying_something_stay_the_speakers() -> None:
    """Guard: 'The back of my jersey says "The Poet"' in an answer - the speaker's own thing,
    the sentence the speaker's."""
    text = (
        "Interview with a poet\n\n"
        "Q: How did the nickname start?\n\n"
        'A: The back of my jersey says "The Poet" because that was my nickname.\n'
    )
    assert all(speaker != "The back of my jersey" for _, speaker, _ in _claims(text))


@pytest.mark.parametrize(
    "opening",
    [
        "Look, let me be plain: the deficit",
        "So, to be very clear: the deficit",
        "Verdict: the deficit",
    ],
)
def test_a_speakers_own_words_before_a_colon_are_no_label(opening: str) -> None:
    """'Look, let me be plain: Y' in a transcript's answer: the words before the colon are the
    speaker's, no label of another speaker ("Look" and "So" had been speakers)."""
    text = (
        "Briefing by the Finance Ministry\n\n"
        "Q: Will taxes rise?\n\n"
        "MR LINDQVIST: We have no plans to raise income tax.\n\n"
        f"{opening} is 3.1 percent of GDP and falling.\n\n"
        "Q: And spending?\n\n"
        "MR LINDQVIST: Spending will be flat.\n"
    )
    assert all(speaker in ("MR LINDQVIST", None) for _, speaker, _ in _claims(text))


def test_a_label_on_its_own_line_speaks_the_paragraph_under_it() -> None:
    """'AILSA MORROW, HOST:' on a line of its own, then what she says: a turn (the label had
    been read as a caption, and her words had no speaker)."""
    text = (
        "Farmers Brace For A Third Dry Summer\n\n"
        "July 2, 2025 4:10 PM ET\n\n"
        "AILSA MORROW, HOST:\n\n"
        "The reservoir serving Dunkeld Valley is at 31 percent of capacity.\n\n"
        "PETE HAINES: It is the worst I have seen.\n"
    )
    assert _claims(text) == [
        ("The reservoir serving Dunkeld Valley is at 31 percent of capacity", "AILSA MORROW", None),
        ("It is the worst I have seen", "PETE HAINES", None),
    ]


def test_a_transcripts_copyright_and_rush_notice_are_furniture() -> None:
    """'Copyright © 2025 NPR. All rights reserved. Visit our website ...' and 'This transcript
    was created on a rush deadline ...' under a transcript: no claims of its last speaker."""
    text = (
        "Farmers Brace For A Third Dry Summer\n\n"
        "HOST: The reservoir is at 31 percent of capacity.\n\n"
        "PETE HAINES: It is the worst I have seen.\n\n"
        "Copyright © 2025 NPR. All rights reserved. Visit our website terms of use and "
        "permissions pages at www.npr.org for further information.\n\n"
        "This transcript was created on a rush deadline by an NPR contractor. This text may not "
        "be in its final form and may be updated or revised in the future.\n"
    )
    assert [claim for claim, _, _ in _claims(text)] == [
        "The reservoir is at 31 percent of capacity",
        "It is the worst I have seen",
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker", "cue"),
    [
        (
            '"Our nurses have families too," he posed.',
            "Our nurses have families too",
            "he",
            "posed",
        ),
        (
            '"The contractor has disappeared with the money," the chairman charged.',
            "The contractor has disappeared with the money",
            "the chairman",
            "charged",
        ),
        (
            '"We will not be moved," she thundered.',
            "We will not be moved",
            "she",
            "thundered",
        ),
    ],
)
def test_a_quotations_tag_with_a_rarer_verb(
    sentence: str, claim: str, speaker: str, cue: str
) -> None:
    """'"...," he posed.', '"...," the chairman charged.': tags in West and East African copy
    (the quotation had had no speaker, or "charged" had been read as a charge of a crime)."""
    assert _claims(sentence) == [(claim, speaker, cue)]


@pytest.mark.parametrize(
    "note",
    [
        "Efforts to reach the brigade commander for comment proved abortive as calls to his "
        "phone were not answered.",
        "All efforts to get the reaction of the health commissioner were unsuccessful as he did "
        "not pick up calls.",
    ],
)
def test_a_failed_effort_to_reach_someone_with_its_reason_is_a_note(note: str) -> None:
    """'Efforts to reach X proved abortive as calls to his phone were not answered': the outlet's
    failed attempt, with why, is a sourcing note - no claim (it had been one)."""
    text = f"Gunmen abducted 12 travellers on the highway, police said.\n\n{note}\n"
    assert [claim for claim, _, _ in _claims(text)] == [
        "Gunmen abducted 12 travellers on the highway"
    ]


def test_a_dateline_with_a_country_of_four_words() -> None:
    """'GOMA, Democratic Republic of Congo (Reuters) - Y': the dateline is furniture (it had
    opened the lead claim)."""
    text = (
        "Rebels and army clash in eastern Congo\n\n"
        "GOMA, Democratic Republic of Congo (Reuters) - Fighting between rebels and the army "
        "killed at least 30 people, officials said.\n"
    )
    result = extract(text)
    assert result.metadata.dateline == "GOMA, Democratic Republic of Congo"
    assert [claim.text for claim in result.claims] == [
        "Fighting between rebels and the army killed at least 30 people"
    ]


@pytest.mark.parametrize(
    ("sentence", "statistic"),
    [
        ("Workers say they earn R4 000 a month.", True),
        ("The fine was set at R12 500, the court said.", True),
        ("Only one patient has died, the hospital said.", True),
        ("On March 3 200 people marched in the capital.", True),
        ("The hospital said one death was possible.", False),
    ],
)
def test_thousands_set_off_by_a_space_and_one_death_are_figures(
    sentence: str, statistic: bool
) -> None:
    """'R4 000', 'R12 500': thousands set off by a space, as South African copy writes them;
    'Only one patient has died': a count of the dead - statistics (none had been). The last two
    are controls."""
    assert ("statistic" in _flags_of(sentence)[0][1]) is statistic


@pytest.mark.parametrize(
    ("sentence", "claim", "accuser", "denier", "cue"),
    [
        (
            "The minister, Mrs Abena Quaye, has described claims by the opposition that her "
            "ministry inflated the cost of the bypass as baseless.",
            "her ministry inflated the cost of the bypass",
            "the opposition",
            "The minister, Mrs Abena Quaye",
            "described",
        ),
        (
            "The minister dismissed claims by the opposition that her ministry inflated the cost "
            "as baseless.",
            "her ministry inflated the cost",
            "the opposition",
            "The minister",
            "dismissed",
        ),
    ],
)
def test_what_the_denier_calls_the_claims_is_no_part_of_them(
    sentence: str, claim: str, accuser: str, denier: str, cue: str
) -> None:
    """'described claims by the opposition that Y as baseless': Y is the opposition's claim,
    which the minister denies - "as baseless" is neither's claim text (the minister had been
    shown asserting Y, "as baseless" and all, with no denial)."""
    claims = extract(sentence).claims
    assert [(c.text, c.source.text if c.source else None) for c in claims] == [
        (claim, accuser),
        (claim, denier),
    ]
    assert claims[1].cue is not None and claims[1].cue.text == cue
    assert [(relation.type, relation.target) for relation in claims[1].relations] == [("denies", 0)]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "Residents blamed the municipality, which owes Eskom R2.3 billion, for failing to "
            "repair a substation.",
            "the municipality, which owes Eskom R2.3 billion, for failing to repair a substation",
            "Residents",
        ),
        (
            "Parents accused the school board, which is chaired by the mayor, of hiding the audit.",
            "the school board, which is chaired by the mayor, of hiding the audit",
            "Parents",
        ),
    ],
)
def test_a_relative_clause_inside_an_accusation_keeps_what_it_is_for(
    sentence: str, claim: str, source: str
) -> None:
    """'blamed the municipality, which owes Eskom R2.3 billion, for failing to repair Y': the
    relative clause sits inside the accusation, "for ..." after it (the accusation had been cut
    to "the municipality", and the rest left without a speaker)."""
    assert _claims(sentence) == [(claim, source, sentence.split()[1])]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "That appears to contradict the regional mayor, Sandra Ilic, who earlier told local "
            "radio that cracks had been seen on the dam wall.",
            "cracks had been seen on the dam wall",
            "Sandra Ilic",
        ),
        (
            "The claim was disputed by the harbour master, who on Monday told reporters that the "
            "port had never closed.",
            "the port had never closed",
            "the harbour master",
        ),
    ],
)
def test_what_a_relative_clause_told_its_audience_is_the_antecedents(
    sentence: str, claim: str, source: str
) -> None:
    """', who earlier told local radio that Y': Y is the antecedent's, past the audience (the
    sentence had been the reporter's, whole)."""
    assert (claim, source, "told") in _claims(sentence)


def test_told_someone_without_that_in_a_relative_clause_stays_the_reporters() -> None:
    """Guard: 'to meet with Devocht, who had told Montalvo he would assist him' - the
    reporter's story, whole (as the Wikinews gold reads it)."""
    sentence = (
        "He traveled to Florida to meet with Devocht, who had told Montalvo he would assist him "
        "with housing."
    )
    assert _claims(sentence) == [(sentence[:-1], None, None)]


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "Monteverde opened by accusing Pruitt of presiding over a crime wave.",
            "Pruitt of presiding over a crime wave",
            "Monteverde",
            "accusing",
        ),
        (
            "The minister began by saying that the budget was balanced.",
            "the budget was balanced",
            "The minister",
            "saying",
        ),
        (
            "Teruvia's civil protection agency has just updated its figures: 83 people are now "
            "confirmed dead and 412 injured.",
            "83 people are now confirmed dead and 412 injured",
            "Teruvia's civil protection agency",
            "updated",
        ),
        (
            "The health ministry has released new numbers: 40 patients remain in intensive care.",
            "40 patients remain in intensive care",
            "The health ministry",
            "released",
        ),
    ],
)
def test_how_the_speaker_opened_and_figures_after_a_colon(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'X opened by accusing Y of Z', 'X began by saying that Y': how the speaker opened, then
    what they said; 'The agency has just updated its figures: Y': the figures after the colon
    are the agency's (each sentence had been the reporter's, whole)."""
    assert _claims(sentence) == [(claim, source, cue)]


def test_a_charge_called_flatly_false_denies_it() -> None:
    """'Y, a charge her campaign called "flatly false."': the campaign denies Y (with "flatly"
    before the verdict there had been no denial)."""
    sentence = (
        "Mr. Marsh said Ms. Delgado had voted to raise taxes 40 times, a charge her campaign "
        'called "flatly false."'
    )
    assert _relations_of(sentence) == [(1, "denies", 0)]


def test_a_second_cues_two_that_clauses_are_two_claims() -> None:
    """'denied the allegation and told the court that A and that B': A and B, each a claim of
    the speaker's (they had been one)."""
    sentence = (
        "Counsel for the hospital denied the allegation and told the court that the ward had been "
        "repaired in 2024 and that the fire was caused by a short circuit."
    )
    assert _claims(sentence) == [
        ("the allegation", "Counsel for the hospital", "denied"),
        ("the ward had been repaired in 2024", "Counsel for the hospital", "told"),
        ("the fire was caused by a short circuit", "Counsel for the hospital", "told"),
    ]


def test_a_second_past_verb_goes_on_with_the_relative_clause() -> None:
    """'could not "escape liability" for the fire at a factory that killed three workers and
    injured five others': "injured" goes on with the relative clause's "killed", inside the
    court's claim (it had been split off as the court's act, with no speaker)."""
    sentence = (
        'The court said the firm could not "escape liability" for the fire at a factory that '
        "killed three workers and injured five others."
    )
    assert _claims(sentence) == [(sentence[len("The court said ") : -1], "The court", "said")]


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        (
            "Pressed by Sen. Ruth Dalby (D-Wash.) on why the department had told the panel in May "
            "that the backlog would be cleared by June, Secretary Omar Felt said the earlier "
            "forecast had relied on hiring that never happened.",
            [
                ("the backlog would be cleared by June", "the department", "told"),
                (
                    "the earlier forecast had relied on hiring that never happened",
                    "Secretary Omar Felt",
                    "said",
                ),
            ],
        ),
        (
            "Asked why the agency had told the committee that staffing would recover, Brisco said "
            "the projection had been wrong.",
            [
                ("staffing would recover", "the agency", "told"),
                ("the projection had been wrong", "Brisco", "said"),
            ],
        ),
    ],
)
def test_a_question_with_its_own_cue_frames_the_answer(
    sentence: str, claims: list[tuple[str, str, str]]
) -> None:
    """'Pressed by Sen. X on why the department had told the panel that Y, Secretary Felt said
    Z': what the question cites the department as having said is the department's, and Z the
    secretary's (the question's clause had run on through the answer as one claim, its speaker
    "Pressed by Sen. X on why the department")."""
    assert _claims(sentence) == claims


@pytest.mark.parametrize(
    "sentence",
    [
        "A relative said the kidnappers called on Wednesday morning and threatened to kill the "
        "hostages if no ransom was paid.",
        "A witness said the soldiers stopped the bus and warned passengers not to film the "
        "checkpoint.",
    ],
)
def test_the_reported_subject_acting_again_is_no_second_cue(sentence: str) -> None:
    """'said the kidnappers called on Wednesday and threatened to kill the hostages': the
    kidnappers threatened, in the reported clause's simple past - one claim of the relative's
    (the threat had been the relative's own, and the kidnappers lost)."""
    assert [speaker for _, speaker, _ in _claims(sentence)] == [sentence.split(" said ")[0]]


def test_a_pledge_after_a_pluperfect_is_still_the_speakers() -> None:
    """Guard: 'Sharif said the government had provided compensation and vowed to rebuild every
    home' - a shift of tense: Sharif vowed."""
    sentence = (
        "Sharif said the government had provided compensation and vowed to rebuild every home."
    )
    assert _claims(sentence) == [
        ("the government had provided compensation", "Sharif", "said"),
        ("vowed to rebuild every home", "Sharif", "vowed"),
    ]


@pytest.mark.parametrize(
    ("sentence", "first", "second", "cue"),
    [
        (
            "Observers said voting was largely peaceful but noted delays in opening some polling "
            "stations.",
            "voting was largely peaceful",
            "delays in opening some polling stations",
            "noted",
        ),
        (
            "The auditor said the accounts were in order but flagged irregular payments to two "
            "contractors.",
            "the accounts were in order",
            "irregular payments to two contractors",
            "flagged",
        ),
    ],
)
def test_what_the_speaker_noted_after_but_is_a_claim_of_its_own(
    sentence: str, first: str, second: str, cue: str
) -> None:
    """'said A but noted delays in opening polling stations': what was noted or flagged after
    "but", a noun phrase, is the speaker's second claim (it had run on inside A)."""
    speaker = sentence.split(" said ")[0]
    assert _claims(sentence) == [(first, speaker, "said"), (second, speaker, cue)]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("Ms Hart said that never happened.", "that never happened"),
        ("The guard said that did not happen.", "that did not happen"),
    ],
)
def test_that_before_never_or_did_is_the_pronoun(sentence: str, claim: str) -> None:
    """'said that never happened': "that" is the pronoun, the subject of what was said - the
    word that links a denial to what it denies (it had been cut as a complementiser)."""
    assert [text for text, _, _ in _claims(sentence)] == [claim]


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        (
            "A leaked police report obtained by this masthead shows that 40 officers were "
            "disciplined.",
            [
                (
                    "40 officers were disciplined",
                    "A leaked police report obtained by this masthead",
                    "shows",
                )
            ],
        ),
        (
            "Shares fell after the chipmaker issued a first-quarter revenue forecast that came "
            "in below analysts' estimates.",
            [
                (
                    "Shares fell after the chipmaker issued a first-quarter revenue forecast that "
                    "came in below analysts' estimates",
                    None,
                    None,
                )
            ],
        ),
        (
            "The company forecast that sales would fall.",
            [("sales would fall", "The company", "forecast")],
        ),
    ],
)
def test_report_and_forecast_after_an_article_are_nouns(
    sentence: str, claims: list[tuple[str, str | None, str | None]]
) -> None:
    """'A leaked police report obtained by ...', 'a revenue forecast that came in below ...':
    the noun after its article and modifiers, no cue (the speaker had been 'A leaked police',
    cue "report"). The last is a control: "forecast that" with a clause is the verb."""
    assert _claims(sentence) == claims


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "By the organisers' estimate, more than 12,000 people marched.",
            "more than 12,000 people marched",
            "the organisers' estimate",
            "By",
        ),
        (
            "By the companies' own count, the new firm would hold 44 per cent.",
            "the new firm would hold 44 per cent",
            "the companies' own count",
            "By",
        ),
        (
            "On their own figures, the merged business would hold 38 per cent of the market.",
            "the merged business would hold 38 per cent of the market",
            "their own figures",
            "On",
        ),
    ],
)
def test_whose_count_opens_the_sentence(sentence: str, claim: str, source: str, cue: str) -> None:
    """'By the organisers' estimate, Y', 'On their own figures, Y': the count is the source of
    the figure, as 'By the union's own count, Y' was read already (with a plural's possessive,
    an estimate or "On ... figures" the sentence had been the reporter's, its opening phrase and
    all)."""
    assert _claims(sentence) == [(claim, source, cue)]


def test_by_a_time_opening_the_sentence_is_no_count() -> None:
    """Guard: 'By Friday, the water had receded' - when, no one's count."""
    sentence = "By Friday, the water had receded."
    assert _claims(sentence) == [(sentence[:-1], None, None)]


def test_bulleted_links_under_read_more_and_a_syndication_credit_are_furniture() -> None:
    """'READ MORE:' on its own line, then '* Boil water notice extended ...' bullets, and '-
    Local Democracy Reporting is public interest journalism ...': links and a credit, no claims
    (each had been one)."""
    text = (
        "Iwi blocks contractors at stream\n\n"
        "The council would pause work for a few days, Fallow said.\n\n"
        "- Local Democracy Reporting is public interest journalism funded through NZ On Air.\n\n"
        "READ MORE:\n"
        "* Boil water notice extended for third time\n"
        "* Council votes to fast-track $28m pipeline\n"
    )
    assert [claim for claim, _, _ in _claims(text)] == [
        "The council would pause work for a few days"
    ]


def test_the_spokesperson_is_the_one_just_introduced() -> None:
    """'A police spokesperson said A. The spokesperson said B.': the one just introduced, not a
    named spokesperson paragraphs up (the named one had been preferred)."""
    text = (
        "Spokesperson Hemi Rawiri said the council had consulted the hapu.\n\n"
        "The protest continued on Tuesday.\n\n"
        "A police spokesperson said two people had been arrested. The spokesperson said both "
        "were later released.\n"
    )
    assert _resolved(text)["both were later released"] == "A police spokesperson"


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "The carrier has cut about 1,200 jobs since March, the GMB union has claimed, nearly "
            "twice the number the company has acknowledged.",
            "The carrier has cut about 1,200 jobs since March",
            "the GMB union",
        ),
        (
            "Rents rose 12 percent, the tenants' group said, well above the rate the council has "
            "reported.",
            "Rents rose 12 percent",
            "the tenants' group",
        ),
    ],
)
def test_a_comparison_after_the_tag_is_no_speaker(sentence: str, claim: str, source: str) -> None:
    """'Y, the union has claimed, nearly twice the number the company has acknowledged': the
    comparison's own subject and cue say nothing of Y (the claimant had been "nearly twice the
    number the company")."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [(claim, source)]


@pytest.mark.parametrize(
    ("sentence", "second", "cue"),
    [
        ("The firm denied it and said the plant was safe.", "the plant was safe", "said"),
        (
            "The director denied it, but admitted that some hospitals were late.",
            "some hospitals were late",
            "admitted",
        ),
    ],
)
def test_denied_it_and_a_second_cue_keeps_both_claims(sentence: str, second: str, cue: str) -> None:
    """'The firm denied it and said Y': "it", what was denied, and Y (Y had been lost: the
    denied "it" was too short to stand beside a second claim)."""
    speaker = sentence.split(" denied ")[0]
    assert _claims(sentence) == [("it", speaker, "denied"), (second, speaker, cue)]


@pytest.mark.parametrize(
    ("sentence", "statistic"),
    [
        ("Thirty-odd cracked segments were found in the tunnel.", True),
        ("Forty-odd people attended the meeting, organisers said.", True),
        ("An odd-looking car was seen near the scene.", False),
    ],
)
def test_a_count_written_n_odd_is_a_figure(sentence: str, statistic: bool) -> None:
    """'Thirty-odd cracked segments': a rough count, a statistic (it had not been one); the
    last is a control."""
    assert ("statistic" in _flags_of(sentence)[0][1]) is statistic
