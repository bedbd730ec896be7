"""Constructions found by the twenty-third session's blind hunts (Wikinews-style interviews and
reporting, arts and culture, human rights and asylum, space agencies and diplomacy), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import first_flags, relations, speakers_of, summary

from claims.extraction import extract

ARTICLE = "Title of the report\n\n{}\n"


MARKED_QUESTIONS = """Wikinews interviews glassblower Petra Lind

Friday, May 2, 2025

Wikinews spoke with glassblower Petra Lind about her studio on the harbour at Ystad.

{mark} How did you start?

By accident. I broke a vase in a shop and the owner made me sweep the workshop for a month.

{mark} Is the studio busy?

We sold 300 bowls last summer. Most buyers are tourists.

{mark} What comes next?

A second furnace, if the bank agrees.
"""


@pytest.mark.parametrize("mark", ["((WN))", "((Wikinews))", "Q:", "WN:"])
def test_answers_after_marked_questions_are_the_interviewees(mark: str) -> None:
    """Only the interviewer's turns carry a mark ("((WN))", "Q:"): the unlabelled paragraph
    after each is the interviewee's answer, not the interviewer's (it had been "WN"'s, or
    no one's after "Q:"), and the questions are no claims."""
    found = summary(MARKED_QUESTIONS.format(mark=mark))
    answers = {claim: source for claim, source, _ in found if source is not None}
    assert answers["We sold 300 bowls last summer"] == "Petra Lind"
    assert answers["A second furnace, if the bank agrees"] == "Petra Lind"
    assert not any("?" in claim for claim, _, _ in found)
    assert {source for _, source, _ in found} <= {None, "Petra Lind"}


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "The talks had failed, the ministry said Tuesday (Oct. 4).",
            "The talks had failed",
            "the ministry",
        ),
        (
            "The reservoir is at its lowest level since 1976, the water board said Thursday "
            "(April 17).",
            "The reservoir is at its lowest level since 1976",
            "the water board",
        ),
        (
            "The launch has slipped by at least two months, agency officials said March 11, a "
            "delay that could ripple into later missions.",
            "The launch has slipped by at least two months",
            "agency officials",
        ),
        (
            "Ferry services will resume next week, the operator said on Dec. 3.",
            "Ferry services will resume next week",
            "the operator",
        ),
        # a date the clause is about (it had lost "May": "1 would be ...")
        (
            "The minister said May 1 would be a public holiday.",
            "May 1 would be a public holiday",
            "The minister",
        ),
        # (a guard: a month the clause is about)
        (
            "Forecasters said March was the wettest month on record.",
            "March was the wettest month on record",
            "Forecasters",
        ),
    ],
)
def test_a_date_of_a_month_after_the_tag_is_when_it_was_said(
    text: str, claim: str, claimant: str
) -> None:
    """'..., the ministry said Tuesday (Oct. 4).', '... said March 11, a delay ...': the day
    of the month (in brackets or not) is when it was said (it had become the claim, "(Oct. 4)"
    or "11, a delay ...")."""
    assert speakers_of(text)[claim] == claimant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Critics maintain that the statue glorifies a slave trader.",
            ("the statue glorifies a slave trader", "Critics", "maintain"),
        ),
        (
            "The owners maintain the dog was never dangerous.",
            ("the dog was never dangerous", "The owners", "maintain"),
        ),
        # what is kept up is no claim (it had been "a register of shareholders", the firm's)
        (
            "The firm maintains a register of shareholders.",
            ("The firm maintains a register of shareholders", None, None),
        ),
        (
            "Volunteers maintained the gardens for decades.",
            ("Volunteers maintained the gardens for decades", None, None),
        ),
        # (a guard: a claim of innocence)
        (
            "The brothers maintained their innocence.",
            ("their innocence", "The brothers", "maintained"),
        ),
    ],
)
def test_maintain_reports_a_clause_not_what_is_kept_up(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    """Plural "maintain" is a cue as "maintains" is; with a plain object it reports nothing."""
    assert summary(text) == [expected]


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "However, the bar council has criticised the reforms, claiming they will slow "
            "down trials.",
            "they will slow down trials",
            "the bar council",
        ),
        (
            "Meanwhile, the dockers' union welcomed the deal, saying it protected jobs.",
            "it protected jobs",
            "the dockers' union",
        ),
        (
            "But the regulator fined the lender, saying it had misled savers.",
            "it had misled savers",
            "the regulator",
        ),
        (
            "Russia's deputy foreign minister Sergei Ryabkov hit back, accusing Washington of "
            '"blackmail".',
            'Washington of "blackmail"',
            "Russia's deputy foreign minister Sergei Ryabkov",
        ),
        # (a guard: a possessive and a body, no name)
        (
            "Kenya's health ministry defended the plan, saying it would save lives.",
            "it would save lives",
            "Kenya's health ministry",
        ),
    ],
)
def test_the_subject_of_a_participles_clause_after_an_opening_or_a_possessive(
    text: str, claim: str, claimant: str
) -> None:
    """', claiming Y' / ', saying Y' after "However," / "Meanwhile," / "But" opening the
    sentence (the whole sentence had been the reporter's), and after a subject opening with a
    country's possessive (the claimant had been "Russia's")."""
    assert speakers_of(text)[claim] == claimant


def test_a_participle_after_a_subject_that_cannot_speak_reports_nothing() -> None:
    """(a guard) "But prices climbed, suggesting that ..." - no one speaks."""
    assert summary("But prices climbed, suggesting that demand was strong.") == [
        ("But prices climbed, suggesting that demand was strong", None, None)
    ]


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            '"We cannot confirm the report," the spokesman said.',
            "We cannot confirm the report",
            "the spokesman",
        ),
        (
            '"I could not verify those numbers myself," the inspector said.',
            "I could not verify those numbers myself",
            "the inspector",
        ),
    ],
)
def test_a_speakers_quoted_words_about_confirming_are_their_claim(
    text: str, claim: str, claimant: str
) -> None:
    """A quotation saying the speaker cannot confirm something is what they said (it had been
    dropped as the outlet's note on its own checking, "Reuters could not verify ...")."""
    assert speakers_of(text)[claim] == claimant


def test_an_outlets_note_joined_to_a_claim_stays_out_of_it() -> None:
    """(a guard) the reporter's own note after a claim is no claim."""
    assert speakers_of(
        "The mayor said 40 homes were flooded, and we could not verify the figure."
    ) == {"40 homes were flooded": "The mayor"}


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Wages grew by 5.9 per cent, the statistics office said on Tuesday, some way ahead "
            "of inflation.",
            "Wages grew by 5.9 per cent",
            "the statistics office",
        ),
        # (a guard: a comparison after a tag of data)
        (
            "Exports rose 3 percent in October, customs data showed, well above forecasts.",
            "Exports rose 3 percent in October",
            "customs data",
        ),
        (
            "Rents in the capital rose 9% last year, the housing ministry said on Monday, the "
            "fastest increase the country has seen in two decades.",
            "Rents in the capital rose 9% last year",
            "the housing ministry",
        ),
        (
            "The navy seized the tanker, officials said, an operation the ministry called "
            '"routine."',
            "The navy seized the tanker",
            "officials",
        ),
    ],
)
def test_a_phrase_after_a_closing_tag_is_no_part_of_the_claim(
    text: str, claim: str, claimant: str
) -> None:
    """A comparison (", some way ahead of inflation") or a gloss whose noun has a relative
    clause without "that" (", the fastest increase the country has seen") after "Y, X said":
    the claim is Y (it had been the whole sentence, tag and all)."""
    assert speakers_of(text)[claim] == claimant


def test_a_tag_inside_the_claim_still_joins_its_two_halves() -> None:
    """(a guard) 'The trial, the judge said, ..., would resume': the tag interrupts the claim."""
    assert summary(
        "The trial, the judge said, the longest she had presided over, would resume Monday."
    )[0][1:] == ("the judge", "said")


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Forty councillors are ready to quit the party, a former minister claimed on Saturday.",
            "Forty councillors are ready to quit the party",
            "a former minister",
        ),
        # (a guard: a finding's tag ending in a time)
        (
            "Most tenants pay more than a third of their income in rent, the survey found last "
            "year.",
            "Most tenants pay more than a third of their income in rent",
            "the survey",
        ),
        (
            "The union, which represents nurses, porters and cleaners, said the strike would go "
            "ahead.",
            "the strike would go ahead",
            "The union",
        ),
        (
            "The festival, in the southern city of Seville, said that ticket sales had doubled.",
            "ticket sales had doubled",
            "The festival",
        ),
        (
            "Residents, downstream of the plant, said the water smelled of diesel.",
            "the water smelled of diesel",
            "Residents",
        ),
    ],
)
def test_tags_ending_in_a_time_and_subjects_before_a_long_aside(
    text: str, claim: str, claimant: str
) -> None:
    """'..., a former minister claimed on Saturday.' (a tag: "claimed" before a time had been
    read as "claimed the town"); a subject, then an aside with commas of its own (a list, a
    place) before the cue's comma (the whole sentence had been the reporter's, or "Residents,
    downstream of the plant" the claim of "the water smelled of diesel")."""
    assert speakers_of(text)[claim] == claimant


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "The district magistrate said the embankment had been repaired and asked villagers "
            "to return to their homes.",
            "the embankment had been repaired",
            "The district magistrate",
        ),
        (
            'Hallan accused the government of "cooking the books" and called on the finance '
            "minister to table a full fiscal update.",
            'the government of "cooking the books"',
            "Hallan",
        ),
        (
            "The minister accused the opposition of lying and demanded an apology.",
            "the opposition of lying",
            "The minister",
        ),
        # (a guard: what the witnesses saw the driver do is their claim, whole)
        (
            "Witnesses said the driver stopped and asked passers-by to call an ambulance.",
            "the driver stopped and asked passers-by to call an ambulance",
            "Witnesses",
        ),
        (
            "The minister, in a testy exchange with reporters, said the figures were wrong.",
            "the figures were wrong",
            "The minister",
        ),
    ],
)
def test_the_speakers_next_act_and_an_aside_before_the_cue(
    text: str, claim: str, claimant: str
) -> None:
    """'said Y and asked villagers to return', 'accused X of "Z" and called on W to ...': the
    speaker's next act is no part of the claim (it had run on to the sentence's end); 'X, in a
    testy exchange with reporters, said Y'."""
    assert speakers_of(text)[claim] == claimant


def test_an_accusation_after_an_aside_between_subject_and_verb() -> None:
    """'X, in a rare rebuke, accused Y of Z': the aside ends at its comma and X accuses (the
    whole sentence had been the reporter's)."""
    assert summary("The senator, in a rare rebuke, accused the agency of hiding the report.") == [
        ("the agency of hiding the report", "The senator", "accused")
    ]


@pytest.mark.parametrize(
    "denial",
    [
        "The army denied this.",
        "The army denied this flatly on Tuesday.",
        "The army denied it.",
        "The army's press office denied this on Tuesday.",
    ],
)
def test_a_denial_of_this_or_it_is_the_pronoun(denial: str) -> None:
    """'The army denied this flatly on Tuesday.': the claim is the pronoun, as the conventions
    write what is denied (it had been "denied this", "this flatly", or no claim of the army's
    at all), and it denies what was said before."""
    text = f"Villagers said soldiers burned 40 homes. {denial}"
    found = summary(text)
    assert found[1][0] in ("this", "it")
    assert found[1][1].startswith("The army")
    assert relations(text) == [(found[1][0], "denies", "soldiers burned 40 homes")]


def test_two_speakers_in_one_with_clause_each_have_their_claim() -> None:
    """', with the opposition leader claiming A and the premier insisting B': two claims, two
    speakers (the premier's had been inside the opposition leader's)."""
    text = (
        "The debate turned bitter, with the opposition leader claiming burglaries had doubled "
        "and the premier insisting they had fallen by a third."
    )
    assert summary(text)[1:] == [
        ("burglaries had doubled", "the opposition leader", "claiming"),
        ("they had fallen by a third", "the premier", "insisting"),
    ]
    # (a guard: one speaker's two predicates)
    assert summary(
        "The plan drew criticism, with one organiser saying the cuts would hurt and damage morale."
    )[1:] == [("the cuts would hurt and damage morale", "one organiser", "saying")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The row deepened, prompting the minister to say that 800,000 more children would "
            "qualify.",
            [
                ("The row deepened", None, None),
                ("800,000 more children would qualify", "the minister", "say"),
            ],
        ),
        (
            "The leak caused alarm, forcing the company to admit that data had been exposed.",
            [
                ("The leak caused alarm", None, None),
                ("data had been exposed", "the company", "admit"),
            ],
        ),
        # (a guard: prompted to act, not to say)
        (
            "The storm hit, prompting officials to close schools.",
            [("The storm hit, prompting officials to close schools", None, None)],
        ),
    ],
)
def test_what_the_reporters_clause_prompted_someone_to_say(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """', prompting the minister to say that Y': Y is the minister's (the whole sentence had
    been the reporter's)."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            'The letter read in part, "Salaries for March will be delayed."',
            "Salaries for March will be delayed",
        ),
        (
            'The statement reads in part: "We regret the delay. Staff should remain calm."',
            "We regret the delay. Staff should remain calm",
        ),
    ],
)
def test_a_document_read_in_part_is_the_quotations_source(text: str, claim: str) -> None:
    """'The letter read in part, "..."': the letter is the source of the quotation, whole
    (it had been the reporter's, cut at the quotation's first sentence)."""
    assert summary(text) == [
        (claim, "The letter" if "letter" in text else "The statement", text.split()[2])
    ]


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "A resident of Kibera, Mr Hassan Said, said the water had been cut off for a week.",
            "the water had been cut off for a week",
            "A resident of Kibera, Mr Hassan Said",
        ),
        (
            "Economists at the bank had expected a surplus of around $3 billion, according to "
            "a note to clients.",
            "a surplus of around $3 billion",
            "Economists at the bank",
        ),
        (
            "The opposition, through its spokesman Mr Tom Ochieng, faulted the budget, saying "
            "it favoured the rich.",
            "it favoured the rich",
            "The opposition",
        ),
        (
            "The council, in a rare move, scrapped the plan, saying it was unaffordable.",
            "it was unaffordable",
            "The council",
        ),
    ],
)
def test_surnames_like_cues_notes_and_asides_before_the_verb(
    text: str, claim: str, claimant: str
) -> None:
    """The surname "Said" after a name is no cue (the claimant had been "Mr Hassan", the cue
    "Said"); forecasters' expectation "according to a note to clients" stays theirs (the note
    had become the source); 'X, through its spokesman Y, faulted Z, saying W' and 'X, in a
    rare move, scrapped Z, saying W': X says W (the sentence had been the reporter's)."""
    assert speakers_of(text)[claim] == claimant


@pytest.mark.parametrize(
    "furniture",
    [
        "This story was originally published by Grist.",
        "This article first appeared in The Conversation.",
        "Corrections and clarifications: An earlier version of this story misspelled the name "
        "of the hospital.",
        "This article features first-hand journalism by Wikinews reporters.",
        "Download the Dawn app for breaking news on your phone.",
        "The Ministry of Finance could not be reached for comment as of the time of filing "
        "this report.",
    ],
)
def test_publishers_notes_are_no_claims(furniture: str) -> None:
    """A partner's republishing note, a corrections box, a wiki's first-hand reporting note,
    an app promotion and a no-comment note ending "as of the time of filing this report" are
    no claims (each had been the reporter's)."""
    text = ARTICLE.format(f"The budget was tabled on Tuesday.\n\n{furniture}")
    assert [claim for claim, _, _ in summary(text)] == ["The budget was tabled on Tuesday"]


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        # a speaker who can confirm has no doubt (it had been flagged unverified)
        ('"I can confirm that the crew is safe," the captain said.', ["direct_quote"]),
        # hedges: "appeared designed to", "it appeared that"
        ("The new rules appeared designed to curb foreign influence.", ["hedged"]),
        ("The inspector said it appeared that the fire started in the kitchen.", ["hedged"]),
        # the writer's pointer is no doubt
        ("It may be noted that the court had stayed a similar order last year.", []),
        # an age, an hour and a telephone number are no figures
        ("The architect died in Rome at 88 after a short illness.", []),
        ("The minister said the talks would resume at nine.", []),
        ("Witnesses can contact the incident room on 01622 690690.", []),
        # amounts in local currencies with their scale
        ("The county lost Sh4bn to ghost workers, the auditor said.", ["statistic"]),
        ("The treasury has set aside R95-billion for the bailout.", ["statistic"]),
        ("The government has allocated Tk 500 crore for the bridge.", ["statistic"]),
        # a speaker's quoted label is not the text's account of what was checked
        ('Officials dismissed the footage as "unverified propaganda".', []),
        # ability, not doubt
        ("The farmer said he grew more wheat than he could ever sell.", []),
        # (guards: a count at nine places; a toll put at seven)
        ("The storm killed 12 people at nine sites.", ["statistic"]),
        ("Police put the death toll at seven.", ["statistic"]),
    ],
)
def test_flags_read_as_the_text_means_them(text: str, flags: list[str]) -> None:
    assert first_flags(text) == flags


def test_a_second_quotation_inside_the_tags_participle_clause() -> None:
    """'"...," the ministry said in a post on X, adding that it would respond "firmly" to any
    incursion': the first quotation is the ministry's (it had become "in a post on X")."""
    text = (
        '"The border remains open," the interior ministry said in a post on X, adding that it '
        'would respond "firmly" to any incursion.'
    )
    assert summary(text) == [
        ("The border remains open", "the interior ministry", "said"),
        ('it would respond "firmly" to any incursion', "the interior ministry", "adding"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The water was safe to drink, the health officer said on Friday, urging people not to "
        "panic.",
        # (a guard: "welcoming" had been read as a participle already)
        "The water was safe to drink, the health officer said, welcoming the test results.",
    ],
)
def test_an_ing_form_the_treebank_saw_as_a_noun_after_a_tag(text: str) -> None:
    """', urging people not to panic', ', welcoming the results' after "Y, X said": what X did
    as they spoke (the claim had been the whole sentence, tag and all)."""
    assert summary(text)[0] == ("The water was safe to drink", "the health officer", "said")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 80 staff are set to lose their jobs, although the company would not "
            "confirm the figure.",
            ("About 80 staff are set to lose their jobs", ["unverified", "statistic"]),
        ),
        (
            "Shopkeepers said the area had been without water for a week, though none of them "
            "wanted to be named.",
            ("the area had been without water for a week", ["anonymous_source"]),
        ),
    ],
)
def test_a_joined_note_on_checking_or_anonymity_flags_and_leaves_the_claim(
    text: str, expected: tuple[str, list[str]]
) -> None:
    """', although the company would not confirm the figure', ', though none of them wanted
    to be named': the note is no part of the claim, and flags it (the second had no flag)."""
    claim = extract(text).claims[0]
    assert (claim.text, list(claim.flags)) == expected


def test_a_sources_own_note_on_its_checking_is_no_claim() -> None:
    """'The agency said it had not been able to independently verify the account': no claim
    of the agency's; the witness's claim before it is flagged."""
    text = (
        "A witness said 12 people died. The agency said it had not been able to "
        "independently verify the witness's account."
    )
    claims = extract(text).claims
    assert [(claim.text, list(claim.flags)) for claim in claims] == [
        ("12 people died", ["unverified", "statistic"])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency said that over 60 per cent of farmers in the region had lost their crops.",
            (
                "over 60 per cent of farmers in the region had lost their crops",
                "The agency",
                "said",
            ),
        ),
        (
            "Surveys have consistently shown that most voters support the ban.",
            ("most voters support the ban", "Surveys", "shown"),
        ),
        (
            "The Guardian has established that the contractor was paid twice for the same work.",
            ("the contractor was paid twice for the same work", "The Guardian", "established"),
        ),
        # what is set up is no claim
        (
            "The court established a fund for the victims.",
            ("The court established a fund for the victims", None, None),
        ),
    ],
)
def test_a_figure_after_said_that_and_findings_shown_or_established(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    """'said that over 60 per cent of ...' (the "that" had been read as a pronoun before a
    place, "said that over the years"); 'have shown that', 'has established that' report a
    finding (the whole sentences had been the reporter's)."""
    assert summary(text) == [expected]


def test_a_note_on_his_account_flags_all_he_just_said() -> None:
    """'AFP was unable to independently confirm his account' after three sentences of his:
    all three are unverified (only the last had been), not the ministry's before them."""
    text = (
        "The ministry said 40 people died. A fisherman said the boat capsized at dawn. He said "
        "the engine had failed. He said at least nine people drowned. AFP was unable to "
        "independently confirm his account."
    )
    flagged = {claim.text: "unverified" in claim.flags for claim in extract(text).claims}
    assert flagged == {
        "40 people died": False,
        "the boat capsized at dawn": True,
        "the engine had failed": True,
        "at least nine people drowned": True,
    }


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        (
            "The council approved a new stadium, which could cost as much as 400 million euros.",
            True,
        ),
        # (a guard: what the hospital is able to do)
        ("It is the only hospital which could treat him.", False),
    ],
)
def test_a_non_restrictive_relatives_could_hedges(text: str, hedged: bool) -> None:
    assert ("hedged" in first_flags(text)) is hedged


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "The emails, several of which were seen by Reuters, say that the contract was rigged.",
            "the contract was rigged",
            "The emails",
        ),
        # (a guard: a partitive relative that ends at its comma)
        (
            "The victims, two of whom were children, said the driver was speeding.",
            "the driver was speeding",
            "The victims",
        ),
    ],
)
def test_a_partitive_relative_between_subject_and_cue(text: str, claim: str, claimant: str) -> None:
    """'The emails, several of which were seen by Reuters, say that Y': the emails say Y (the
    whole sentence had been the reporter's)."""
    assert speakers_of(text)[claim] == claimant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Health officials said 30 people were killed, but that figure could not be "
            "independently confirmed.",
            [("30 people were killed", ["unverified", "statistic"])],
        ),
        (
            "Organisers claim 30,000 people attended the vigil, although that figure is "
            "impossible to verify.",
            [("30,000 people attended the vigil", ["unverified", "statistic"])],
        ),
        (
            "The striker was fined two weeks' wages, though his agent could not be reached for "
            "comment.",
            [("The striker was fined two weeks' wages", ["statistic"])],
        ),
        (
            '"The talks are dead," said a senior official, who asked not to be named. "Nobody '
            'is even answering the phone."',
            [
                ("The talks are dead", ["anonymous_source", "direct_quote"]),
                ("Nobody is even answering the phone", ["anonymous_source", "direct_quote"]),
            ],
        ),
    ],
)
def test_notes_joined_to_a_claim_and_quotations_going_on_unnamed(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """', but that figure could not be independently confirmed' (it had become a claim of the
    officials'), ', although that figure is impossible to verify' (it had stayed in the
    claim), ', though his agent could not be reached for comment' (the whole sentence had
    been dropped as a no-comment note); the quotation going on after an unnamed speaker's is
    still unnamed (it had lost the flag)."""
    assert [(claim.text, list(claim.flags)) for claim in extract(text).claims] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Nobody asked us," Jan Berg, chair of the works council, told reporters.',
            [("Nobody asked us", "Jan Berg", "told")],
        ),
        (
            "The ministry, which said last month that the virus was contained, said two new "
            "cases had been found.",
            [
                ("the virus was contained", "The ministry", "said"),
                ("two new cases had been found", "The ministry", "said"),
            ],
        ),
        (
            "Proxy adviser ISS, which advises funds holding $30 trillion, has backed the merger, "
            "arguing that the price is fair.",
            [
                (
                    "Proxy adviser ISS, which advises funds holding $30 trillion, has backed the "
                    "merger",
                    None,
                    None,
                ),
                ("the price is fair", "Proxy adviser ISS", "arguing"),
            ],
        ),
        (
            "Turnout was below 40%, according to early results.",
            [("Turnout was below 40%", "early results", "according to")],
        ),
        (
            "According to the central bank, whose governor is due to step down next month, "
            "inflation eased to 3.1% in June.",
            [("inflation eased to 3.1% in June", "the central bank", "According to")],
        ),
    ],
)
def test_bodies_roles_and_sources_named_in_business_reporting(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """ "chair of the works council" ("works" had read as the verb: the claimant had been
    "reporters"); 'The ministry, which said last month that A, said B' (B had been lost);
    'Proxy adviser ISS' (had been "Proxy"); "according to early results" ("early" had read as a
    preposition); "according to X, whose ..., Y" (the relative clause had been in Y)."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "A charity that monitors evictions said 200 families were affected.",
            "200 families were affected",
            "A charity that monitors evictions",
        ),
        (
            "A leaked report obtained by the Guardian warns that the tunnel is unsafe.",
            "the tunnel is unsafe",
            "A leaked report obtained by the Guardian",
        ),
        # (guards: "official" and "Independent" name speakers)
        ("The official said the review was routine.", "the review was routine", "The official"),
    ],
)
def test_a_relative_clause_and_a_documents_kind_before_the_cue(
    text: str, claim: str, claimant: str
) -> None:
    """'A charity that monitors evictions said' (the claimant had been "monitors evictions",
    the relative clause alone); 'A leaked report obtained by X warns' ("report" had read as
    the cue, the claimant "A leaked")."""
    assert speakers_of(text)[claim] == claimant


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Police believe up to five gunmen took part in the attack.",
            "up to five gunmen took part in the attack",
            "Police",
        ),
        (
            "Investigators fear as many as 20 people were trapped.",
            "as many as 20 people were trapped",
            "Investigators",
        ),
        (
            "The general said that of the 12 drones launched, nine were shot down.",
            "of the 12 drones launched, nine were shot down",
            "The general",
        ),
        (
            "The general said of the 12 drones launched, nine were shot down.",
            "of the 12 drones launched, nine were shot down",
            "The general",
        ),
    ],
)
def test_clauses_opening_with_a_count_or_a_partitive(text: str, claim: str, claimant: str) -> None:
    """ "believe up to five gunmen took part", "fear as many as 20 people were trapped": a count
    opens the clause believed; 'said (that) of the 12 drones launched, nine were shot down': a
    partitive does (each had been the reporter's whole sentence)."""
    assert speakers_of(text)[claim] == claimant


def test_a_number_before_the_modal_may_is_a_figure() -> None:
    """ "up to 40 may still be missing": "may" the modal, not the month (the figure had been
    read as a date and lost its flag)."""
    assert first_flags("The mayor said up to 40 may still be missing.") == [
        "hedged",
        "statistic",
    ]
    assert first_flags("The vote is on 3 May.") == []  # (a guard: the month)


def test_that_of_a_group_who_said_is_the_group() -> None:
    """'matches that of aid workers, who said Y': the workers say Y (the claimant had been
    "that of aid workers" when no figure opened Y)."""
    assert (
        speakers_of(
            "Her account matches that of aid workers, who said 2,000 people had crossed in a "
            "single day."
        )["2,000 people had crossed in a single day"]
        == "aid workers"
    )


@pytest.mark.parametrize(
    ("text", "first_claim"),
    [
        (
            "The ministry said 40 soldiers had been captured but did not release their names.",
            "40 soldiers had been captured",
        ),
        (
            "The airline denied a newspaper report that it would scrap the route, sending its "
            "shares 3% higher.",
            "a newspaper report that it would scrap the route",
        ),
        (
            "Smith wrote in a note that the shares were undervalued, and raised his price target "
            "to $50.",
            "the shares were undervalued",
        ),
        ("The army dismissed the claim as propaganda.", "the claim"),
        (
            "She told investors that margins would recover by the summer, a forecast few "
            "analysts share.",
            "margins would recover by the summer",
        ),
    ],
)
def test_what_follows_the_speakers_words_is_no_part_of_them(text: str, first_claim: str) -> None:
    """The speaker's next act or omission (', but did not release their names', ', and raised
    his price target'), the market's answer (', sending its shares 3% higher'), what a
    dismissed claim is called ('as propaganda') and the reporter's gloss (', a forecast few
    analysts share'): none is part of the claim (each had been)."""
    assert summary(text)[0][0] == first_claim


@pytest.mark.parametrize(
    ("text", "unverified"),
    [
        (
            "Hezbollah said it had fired rockets at a base. The Israeli military said all the "
            "rockets had fallen in open areas. Reuters could not independently verify either "
            "account.",
            [True, True],
        ),
        (
            "Hamas said the hostage had been killed in an air strike. The Times of Israel could "
            "not independently verify the claim.",
            [True],
        ),
        (
            "Hamas said the hostage had been killed in an air strike. Reuters could not "
            "determine whether the claim was true.",
            [True],
        ),
        # (a guard: what police could not establish is a finding, no note on a claim)
        ("The boy died. Police could not establish how he fell.", [False, False]),
    ],
)
def test_notes_on_what_could_not_be_verified(text: str, unverified: list[bool]) -> None:
    """ "either account" is both sides' claims (only the last had been flagged); an outlet
    named with "of" ("The Times of Israel") writes a note, no claim; "could not determine
    whether the claim was true" is such a note."""
    assert ["unverified" in claim.flags for claim in extract(text).claims] == unverified


@pytest.mark.parametrize(
    "caption",
    [
        "Smoke rises over the village of Khiam on November 26, 2024. (Jalaa Marey/AFP)",
        "Conservative Leader Pierre Poilievre rises during question period. (Justin Tang/The "
        "Canadian Press)",
    ],
)
def test_a_caption_ending_in_its_photographer_and_agency_is_furniture(caption: str) -> None:
    text = ARTICLE.format(f"{caption}\n\nThe army said the strikes had hit weapons depots.")
    assert summary(text) == [("the strikes had hit weapons depots", "The army", "said")]


def test_what_a_recording_lets_one_hear_someone_say_is_theirs() -> None:
    """'In the clip, a soldier can be heard saying that Y': the soldier's (the whole sentence
    had been the reporter's)."""
    assert summary(
        "In the clip, a soldier can be heard saying that the whole battalion was left without "
        "water for three days."
    ) == [("the whole battalion was left without water for three days", "a soldier", "saying")]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            '"The runway is fully operational. Flights resumed this morning," a spokesman told '
            "reporters, when asked about the satellite images.",
            "The runway is fully operational. Flights resumed this morning",
        ),
        (
            "The runway is operational, a spokesman said, when asked about the images.",
            "The runway is operational",
        ),
    ],
)
def test_when_asked_after_a_tag_is_when_it_was_said(text: str, claim: str) -> None:
    """', when asked about the images' after the tag: when the speaker said it (the quotation
    had been split at its first sentence, the tag inside the second; the claim had run on)."""
    assert summary(text)[0][:2] == (claim, "a spokesman")


@pytest.mark.parametrize(
    ("lead", "place", "first_claim"),
    [
        (
            "(LYON) — About 300 tractors blocked the A7 motorway on Monday.",
            "LYON",
            "About 300 tractors blocked the A7 motorway on Monday",
        ),
        (
            "Dodoma. The government has announced new fuel prices for December.",
            "Dodoma",
            "new fuel prices for December",
        ),
    ],
)
def test_datelines_in_brackets_and_before_a_full_stop(
    lead: str, place: str, first_claim: str
) -> None:
    """ "(LYON) — " and The Citizen's "Dodoma. " open the lead as its dateline (the place had
    stayed in the claim, or been a claim of its own)."""
    result = extract(ARTICLE.format(lead))
    assert result.metadata.dateline == place
    assert result.claims[0].text == first_claim


def test_a_one_word_answer_opening_the_text_is_no_dateline() -> None:
    """(a guard) "Yes. The plan works." opens with an answer, not a place."""
    assert extract(ARTICLE.format("Yes. The plan works.")).metadata.dateline is None


ANSWER_WITH_A_RHETORICAL_QUESTION = """Wikinews interviews Tomasz Wierzbicki, candidate for mayor

Monday, March 25, 2024

Wikinews contacted Tomasz Wierzbicki by e-mail to ask about his campaign.

'''1. Why are you running for mayor?'''

Because nobody else was talking about the port. I worked there for fifteen years.

'''2. Your opponents say the road would cost 900 million złoty. How would you pay for it?'''

That figure is wrong. Our engineering estimate is 610 million złoty. The coalition has never \
published how they calculated their number. Why would they, if it is invented?

'''3. Is it realistic to think you can win?'''

The last poll had me at 17 percent.
"""


def test_an_answer_ending_on_a_rhetorical_question_is_still_an_answer() -> None:
    """Three statements, then a question asking no one ("Why would they ...?"): the answer,
    not an interviewer's question (it had been dropped whole)."""
    speakers = speakers_of(ANSWER_WITH_A_RHETORICAL_QUESTION)
    assert speakers["That figure is wrong"] == "Tomasz Wierzbicki"
    assert speakers["Our engineering estimate is 610 million złoty"] == "Tomasz Wierzbicki"
    assert not any("?" in claim for claim in speakers)


def test_a_wikis_sister_links_are_no_claims() -> None:
    text = ARTICLE.format(
        "The mayor resigned on Monday.\n\nSister links\n\n"
        "* Wikipedia has more about this subject: Looe\n\n"
        "* Wikimedia Commons has media related to: Looe"
    )
    assert [claim for claim, _, _ in summary(text)] == ["The mayor resigned on Monday"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Christie's had estimated it would fetch between 500,000 and 700,000 euros.",
            ("it would fetch between 500,000 and 700,000 euros", "Christie's", "estimated"),
        ),
        ("Macy's rejected that view.", ("that view", "Macy's", "rejected")),
        # (guards: a pronoun's contraction; a possessive before an adjective)
        ("He's denied the charges.", ("the charges", "He", "denied")),
        (
            "The company's rejected bid was revived.",
            ("The company's rejected bid was revived", None, None),
        ),
    ],
)
def test_names_ending_in_s_speak(text: str, expected: tuple[str, str | None, str | None]) -> None:
    """ "Christie's had estimated" (the claimant had been "Christie"), "Macy's rejected that
    view" (the verb after a name's 's had been read as a noun: no claim of Macy's)."""
    assert summary(text) == [expected]


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Members of the Green Party walked out of the chamber, saying the vote had been "
            "rigged.",
            "the vote had been rigged",
            "Members of the Green Party",
        ),
        (
            "Then the judge turned to the defendant, saying that the evidence was overwhelming.",
            "the evidence was overwhelming",
            "the judge",
        ),
    ],
)
def test_the_subject_of_a_participle_with_its_of_phrase_or_after_then(
    text: str, claim: str, claimant: str
) -> None:
    """ "Members of the Green Party ..., saying" (the claimant had been "Members"); "Then the
    judge ..., saying" (it had been "Then")."""
    assert speakers_of(text)[claim] == claimant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The appeals court ruled 2-1 that the curfew violated the First Amendment.",
            [("the curfew violated the First Amendment", "The appeals court", "ruled")],
        ),
        (
            "The court ruled unanimously that the curfew was lawful.",
            [("the curfew was lawful", "The court", "ruled")],
        ),
        # (a guard: the vote, then what the court held)
        (
            "The court ruled 6-3 on Friday, holding that the law was valid.",
            [
                ("The court ruled 6-3 on Friday", None, None),
                ("the law was valid", "The court", "holding"),
            ],
        ),
    ],
)
def test_a_ruling_after_its_vote_or_manner(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """'ruled 2-1 that Y', 'ruled unanimously that Y': the court's ruling (the whole
    sentence had been the reporter's)."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hotel association put occupancy at 62 percent.",
            ("occupancy at 62 percent", "The hotel association", "put"),
        ),
        (
            "The organisers put attendance at 5,000.",
            ("attendance at 5,000", "The organisers", "put"),
        ),
    ],
)
def test_a_figure_put_on_a_bare_noun(text: str, expected: tuple[str, str, str]) -> None:
    """ "put occupancy at 62 percent", "put attendance at 5,000": a rival figure's source (the
    whole sentence had been the reporter's)."""
    assert summary(text) == [expected]


def test_a_count_after_a_fronted_month_is_a_figure() -> None:
    """ "By October, 2,300 people had signed": no day of the month (the flag had been lost)."""
    assert first_flags("By October, 2,300 people had signed the petition.") == ["statistic"]
    assert first_flags("The vote was on October 3.") == []  # (a guard: a date)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The club appealed the fine, arguing in a letter to the league that the referee had "
            "been biased.",
            [
                ("The club appealed the fine", None, None),
                ("the referee had been biased", "The club", "arguing"),
            ],
        ),
        (
            "The club said it was preparing a bid, although a spokesman declined to comment on "
            "the fee.",
            [("it was preparing a bid", "The club", "said")],
        ),
    ],
)
def test_a_participle_set_off_from_that_and_a_joined_no_comment(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """', arguing in a letter to the league that Y' (the whole sentence had been the
    reporter's); ', although a spokesman declined to comment' is no part of the claim."""
    assert summary(text) == expected


def test_a_rival_rate_for_the_rate_another_source_gave_contradicts_it() -> None:
    """'Trade unions put the rate at 11 percent' after the ministry's 7 percent: "the rate"
    is what the ministry gave a figure for (no relation had been found)."""
    text = (
        "The ministry said unemployment was 7 percent in March. Trade unions put the rate at "
        "11 percent."
    )
    assert relations(text) == [
        ("the rate at 11 percent", "contradicts", "unemployment was 7 percent in March")
    ]
    # (a guard: the same rate from another source agrees)
    agreeing = (
        "The ministry said unemployment was 7 percent in March. Trade unions put the rate at "
        "7 percent."
    )
    assert relations(agreeing) == []


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "The factory released 300 tonnes of ammonia, according to documents cited in the "
            "lawsuit.",
            "The factory released 300 tonnes of ammonia",
            "documents cited in the lawsuit",
        ),
        # (a guard: a participle with "with")
        (
            "The firm paid the officials twice, according to emails filed with the court.",
            "The firm paid the officials twice",
            "emails filed with the court",
        ),
    ],
)
def test_a_source_with_its_reduced_relative(text: str, claim: str, claimant: str) -> None:
    """ "according to documents cited in the lawsuit": the participle and where (the source
    had been lost, "cited" read as a verb)."""
    assert speakers_of(text)[claim] == claimant


def test_a_reply_calling_it_utter_nonsense_denies_it() -> None:
    """'said that was "utter nonsense"': "utter" before the word calling it false (no
    relation had been found; "nonsense" alone had one)."""
    text = 'Labour said the plan would cut fares. The minister said that was "utter nonsense".'
    assert relations(text) == [('that was "utter nonsense"', "denies", "the plan would cut fares")]


@pytest.mark.parametrize(
    "furniture",
    [
        "Fonterra declined to comment further when approached by RNZ.",
        "Alex Bell is a crime reporter for WAtoday.",
        "Get our free weekly newsletter delivered to your inbox every Friday.",
        "In New Zealand, support is available from Lifeline on 0800 543 354.",
        "More stories like this are available on bloomberg.com.",
        "Do you know more about the spill? Contact Ana Ruiz at ana.ruiz@example.org or on "
        "Signal at 555-0177.",
    ],
)
def test_notes_on_the_reporter_the_outlet_and_help_lines_are_no_claims(furniture: str) -> None:
    text = ARTICLE.format(f"The bridge reopened on Monday.\n\n{furniture}")
    assert [claim for claim, _, _ in summary(text)] == ["The bridge reopened on Monday"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"It was a tough afternoon for us," Mark McCall told journalists later.',
            [("It was a tough afternoon for us", "Mark McCall", "told")],
        ),
        (
            "The BBC has been told that the talks collapsed.",
            [("the talks collapsed", "The BBC", "told")],
        ),
        # (a guard: a person told something is no source of it)
        (
            "Smith has been told that his contract will not be renewed.",
            [("Smith has been told that his contract will not be renewed", None, None)],
        ),
    ],
)
def test_told_later_and_an_outlet_that_has_been_told(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """'"...," X told journalists later': "later" is when (it had become the claim, the
    quotation lost); "The BBC has been told that Y": the outlet's report (the whole sentence
    had been the reporter's)."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    "setting", ["at a press briefing", "in a statement", "during a visit to the depot"]
)
def test_where_it_was_said_then_what_was_added(setting: str) -> None:
    """'Y, the mayor said at a press briefing, adding that Z': Y is the mayor's (the claim had
    become "at a press briefing"), and Z."""
    text = (
        f"The council approved the new bus routes, the mayor said {setting}, adding that the "
        "first buses would run in May."
    )
    assert summary(text) == [
        ("The council approved the new bus routes", "the mayor", "said"),
        ("the first buses would run in May", "the mayor", "adding"),
    ]


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        (
            "Leeds have held talks over a new striker, though club sources say no bid has been "
            "made.",
            [[], ["anonymous_source"]],
        ),
        (
            "The bank will close 40 branches next year, people familiar with the plan said, as it "
            "moves customers online.",
            [["anonymous_source", "statistic"], []],
        ),
    ],
)
def test_the_reporters_clause_beside_unnamed_sources_is_not_theirs(
    text: str, flags: list[list[str]]
) -> None:
    """The reporter's clause in a sentence whose other claim is unnamed sources' is not
    anonymous itself (it had been flagged)."""
    assert [list(claim.flags) for claim in extract(text).claims] == flags


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "A Treasury figure, who did not want to be named, was more blunt, describing the plan "
            'as "dead in the water".',
            'the plan as "dead in the water"',
            "A Treasury figure",
        ),
        (
            "The decision was welcomed by Lewis Hamilton, who told Sky Sports that the stewards "
            'had "finally got one right".',
            'the stewards had "finally got one right"',
            "Lewis Hamilton",
        ),
        (
            "The Treasurer, Jim Chalmers, said the budget would return to surplus but stopped "
            "short of ruling out new taxes.",
            "the budget would return to surplus",
            "Jim Chalmers",
        ),
    ],
)
def test_a_noun_the_treebank_saw_as_a_verb_a_relative_told_and_stopped_short(
    text: str, claim: str, claimant: str
) -> None:
    """ "A Treasury figure, who ..." (the claimant had been "A Treasury"); ", who told Sky
    Sports that Y" (the whole sentence had been the reporter's); "said Y but stopped short of
    Z" (Z had been in Y)."""
    assert speakers_of(text)[claim] == claimant


def test_a_participle_after_a_contrast_clause_goes_with_its_subject() -> None:
    """'Prices fell, but the central bank held rates, saying Y': the bank says Y (the whole
    sentence had been the reporter's, "Prices" being no speaker)."""
    assert (
        speakers_of("Prices fell, but the central bank held rates, saying inflation was sticky.")[
            "inflation was sticky"
        ]
        == "the central bank"
    )


def test_a_source_made_by_that_office() -> None:
    """'according to records provided by that office': "that" a determiner after "by" (the
    source had been cut to "records provided by")."""
    assert (
        speakers_of(
            "The dam was last inspected in 2009, according to records provided by that office."
        )["The dam was last inspected in 2009"]
        == "records provided by that office"
    )


def test_it_was_thought_then_the_source_that_said_it() -> None:
    """'It was thought that Y, a police source said': the source's report (it had no
    claimant, the cue "thought")."""
    assert summary(
        "It was thought that the bridge had been washed away, a police source said."
    ) == [("the bridge had been washed away", "a police source", "said")]


@pytest.mark.parametrize("joint", [" — ", " - ", ", "])
def test_a_claim_rejected_by_someone_after_a_dash_or_a_comma(joint: str) -> None:
    """'Y — an assertion rejected by the education ministry': the ministry's denial of Y (with
    a dash it had stayed inside Y's claim)."""
    text = (
        f"Parents say the school was never inspected{joint}an assertion rejected by the ministry."
    )
    assert summary(text) == [
        ("the school was never inspected", "Parents", "say"),
        ("an assertion", "the ministry", "rejected"),
    ]
    assert relations(text) == [("an assertion", "denies", "the school was never inspected")]


def test_a_named_subject_its_apposition_then_a_copula_and_a_participle() -> None:
    """'Joe Root, the former England captain, was more upbeat, saying Y': Root says Y (the
    whole sentence had been the reporter's)."""
    assert (
        speakers_of(
            "Joe Root, the former England captain, was more upbeat, saying the pitch was good."
        )["the pitch was good"]
        == "Joe Root"
    )


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Homes for All said the rents were too high.", "Homes for All"),
        # (a guard: a floating quantifier)
        ("The ministers all said the rents were too high.", "The ministers"),
    ],
)
def test_a_name_ending_in_all_is_no_floating_quantifier(text: str, claimant: str) -> None:
    """ "Homes for All said" (the claimant had been "Homes for")."""
    assert speakers_of(text)["the rents were too high"] == claimant


@pytest.mark.parametrize(
    ("text", "flags"),
    [
        ("The alarm sounded at about half past six, a neighbour said.", []),
        ("Munster scrum half Craig Casey will captain the side on Saturday.", []),
        ("Ryan ten Doeschate refused to discuss selection.", []),
        # (guards: a share, and a count)
        ("Half of the staff left in March.", ["statistic"]),
        ("He scored ten goals in March.", ["statistic"]),
    ],
)
def test_hours_positions_and_name_particles_are_no_figures(text: str, flags: list[str]) -> None:
    """ "half past six" (an hour), "scrum half" (a position), "ten Doeschate" (a name's
    particle): no figure (each had been flagged statistic)."""
    assert first_flags(text) == flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The MP claimed £4,000 for a new kitchen in his second home.",
            ("The MP claimed £4,000 for a new kitchen in his second home", None, None),
        ),
        # (a guard: a sum said to be missing)
        (
            "The union claimed $2 million was missing.",
            ("$2 million was missing", "The union", "claimed"),
        ),
    ],
)
def test_a_sum_claimed_for_something_is_an_expense(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    """ "claimed £4,000 for a new kitchen": an expense, nothing said (it had been the MP's
    claim "£4,000 for a new kitchen")."""
    assert summary(text) == [expected]
