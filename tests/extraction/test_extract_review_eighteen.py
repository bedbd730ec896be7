"""Constructions found by the eighteenth session's blind hunts in wire copy (conflict,
disasters and protests, politics and courts), on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import relations, summary

from claims.extraction import extract

ARTICLE = "Title of the report\n\n{}\n"


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        # a compound noun whose first noun looks like a verb in -s
        (
            "A regional appeals court on Thursday overturned the ban, ruling that it breached "
            "the charter.",
            "it breached the charter",
            "A regional appeals court",
        ),
        (
            "Norwegian customs officers on Monday seized the cargo, saying it had been "
            "mislabelled.",
            "it had been mislabelled",
            "Norwegian customs officers",
        ),
        # a descriptor, then the name
        (
            "Conservation charity Wild Rivers welcomed the ruling, saying it would save the "
            "estuary.",
            "it would save the estuary",
            "Conservation charity Wild Rivers",
        ),
        # a time between the subject and its verb
        (
            "The labour court on Friday upheld the dismissal, ruling that the strike was unlawful.",
            "the strike was unlawful",
            "The labour court",
        ),
        (
            "The opposition yesterday rejected the budget, saying it would deepen the recession.",
            "it would deepen the recession",
            "The opposition",
        ),
        (
            "Chile's government on Sunday recalled its ambassador, accusing Caracas of "
            "harbouring the suspects.",
            "Caracas of harbouring the suspects",
            "Chile's government",
        ),
    ],
)
def test_the_subject_of_a_participle_runs_to_its_verb(body: str, claim: str, speaker: str) -> None:
    claims = summary(ARTICLE.format(body))
    assert (claim, speaker) in [(text, source) for text, source, _ in claims]


@pytest.mark.parametrize(
    ("body", "deed", "claim", "speaker", "cue"),
    [
        (
            "The drivers' union halted talks and accused the operator of ignoring safety reports.",
            "The drivers' union halted talks",
            "the operator of ignoring safety reports",
            "The drivers' union",
            "accused",
        ),
        (
            "Farmers blocked the motorway on Tuesday and blamed the ministry for the price "
            "collapse.",
            "Farmers blocked the motorway on Tuesday",
            "the ministry for the price collapse",
            "Farmers",
            "blamed",
        ),
        # auxiliaries and an adverb between the joint and the cue
        (
            "The military council has closed two newspapers and has repeatedly accused "
            "journalists of spreading rumours.",
            "The military council has closed two newspapers",
            "journalists of spreading rumours",
            "The military council",
            "accused",
        ),
        (
            "The governor signed the bill and later said it would be amended.",
            "The governor signed the bill",
            "it would be amended",
            "The governor",
            "said",
        ),
    ],
)
def test_a_deed_and_then_an_accusation_are_two_claims(
    body: str, deed: str, claim: str, speaker: str, cue: str
) -> None:
    claims = summary(ARTICLE.format(body))
    assert (deed, None, None) in claims
    assert (claim, speaker, cue) in claims


@pytest.mark.parametrize(
    "body",
    [
        "The senate approved the treaty on Monday as hundreds of veterans gathered outside.",
        "By noon some 300 fans had gathered at the gates.",
        "The results underscore a deep distrust of the courts.",
        "The blackout underscores the weakness of the grid.",
        "The ruling underlines the limits of the regulator's power.",
    ],
)
def test_gather_and_underscore_without_that_report_no_one(body: str) -> None:
    assert [(source, cue) for _, source, cue in summary(ARTICLE.format(body))] == [(None, None)]


def test_gather_and_underscore_with_that_still_report() -> None:
    # (guards: both were cues before)
    claims = summary(
        ARTICLE.format(
            "Our reporter gathered that the ceasefire had collapsed. The envoy underscored "
            "that talks would resume."
        )
    )
    assert ("the ceasefire had collapsed", "Our reporter", "gathered") in claims
    assert ("talks would resume", "The envoy", "underscored") in claims


@pytest.mark.parametrize(
    "line",
    [
        "(£1 = 1.16 euros)",
        "($1 = 83.2 rupees)",
        "Associated Press writers Ana Ruiz in Tucson, Ariz., and Paul Kerr in Albuquerque, "
        "N.M., contributed to this report.",
        "Lena Vogt contributed reporting from Hamburg.",
        "Reporting was contributed by Sam Okoye in Lagos.",
        "Haddad reported from Amman.",
        "Okafor reported from Abuja and Bello from Kano.",
    ],
)
def test_wire_closing_lines_are_furniture(line: str) -> None:
    text = ARTICLE.format(
        "Rebels took the town on Sunday, residents said.\n\nThe army said it had withdrawn."
        f"\n\n{line}"
    )
    extraction = extract(text)
    assert line in [span.text for span in extraction.metadata.furniture]
    assert all(line.rstrip(".") not in claim.text for claim in extraction.claims)


def test_an_afp_dateline_with_the_country_in_brackets() -> None:
    extraction = extract(
        ARTICLE.format(
            "BUKAVU (DR Congo) (AFP) - Rebels took the airport on Sunday, residents said."
        )
    )
    assert extraction.metadata.dateline == "BUKAVU"
    assert [claim.text for claim in extraction.claims] == ["Rebels took the airport on Sunday"]


def test_a_sentence_that_reports_from_a_place_is_still_a_claim() -> None:
    # (guard: only a closing line of names is a credit)
    claims = summary(ARTICLE.format("The envoy reported from Geneva that talks had stalled."))
    assert claims == [("talks had stalled", "The envoy", "reported")]


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        (
            "The ceasefire is holding, according to a diplomat close to the mediators who "
            "asked not to be named.",
            "The ceasefire is holding",
            "a diplomat close to the mediators",
        ),
        (
            "The merger will be announced on Monday, said people close to the board.",
            "The merger will be announced on Monday",
            "people close to the board",
        ),
    ],
)
def test_close_to_stays_with_the_source(body: str, claim: str, speaker: str) -> None:
    assert (claim, speaker) in [(text, source) for text, source, _ in summary(ARTICLE.format(body))]


@pytest.mark.parametrize(
    ("body", "claims"),
    [
        (
            "Kenya Medical Association (KMA) chair Ruth Wanjiru said the strike would end.",
            [
                (
                    "the strike would end",
                    "Kenya Medical Association (KMA) chair Ruth Wanjiru",
                    "said",
                )
            ],
        ),
        (
            "The bridge was closed overnight, Roads Maintenance Agency (RMA) engineer Tom Bale "
            "said.",
            [
                (
                    "The bridge was closed overnight",
                    "Roads Maintenance Agency (RMA) engineer Tom Bale",
                    "said",
                )
            ],
        ),
        # a quotation interrupted by the tag: both parts are the speaker's
        (
            '"The vote was stolen," United Workers Party (UWP) leader Ana Cruz told reporters. '
            '"We will go to court."',
            [
                ("The vote was stolen", "United Workers Party (UWP) leader Ana Cruz", "told"),
                ("We will go to court", "United Workers Party (UWP) leader Ana Cruz", "told"),
            ],
        ),
    ],
)
def test_a_name_with_its_initials_before_a_role(body: str, claims: list) -> None:
    assert summary(ARTICLE.format(body)) == claims


@pytest.mark.parametrize(
    ("body", "claim", "speaker", "cue"),
    [
        (
            "Two in three nurses say they plan to leave the profession, the survey found.",
            "Two in three nurses say they plan to leave the profession",
            "the survey",
            "found",
        ),
        (
            "Most small firms expect to cut staff this year, the poll shows.",
            "Most small firms expect to cut staff this year",
            "the poll",
            "shows",
        ),
    ],
)
def test_a_polls_tag_says_the_whole_clause(body: str, claim: str, speaker: str, cue: str) -> None:
    assert summary(ARTICLE.format(body)) == [(claim, speaker, cue)]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Election monitors from the African Union and the Commonwealth said the count was "
            "credible.",
            "Election monitors from the African Union and the Commonwealth",
        ),
        (
            "Doctors at the district hospital and the local Red Cross said supplies were "
            "running out.",
            "Doctors at the district hospital and the local Red Cross",
        ),
        (
            "Clear majorities of both teachers and parents say the exams should be delayed.",
            "Clear majorities of both teachers and parents",
        ),
    ],
)
def test_a_long_coordinated_subject_without_a_verb_is_one_speaker(body: str, speaker: str) -> None:
    assert [source for _, source, _ in summary(ARTICLE.format(body))] == [speaker]


def test_a_clause_before_and_is_still_no_subject() -> None:
    # (guard: the left side has a verb)
    claims = summary(
        ARTICLE.format(
            "A mortar shell landed near the crowded bus station and medics said four died."
        )
    )
    assert ("four died", "medics", "said") in claims


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Union leader Maria Costa, who has opposed every pay offer, nonetheless said the "
            "deal was fair.",
            "Union leader Maria Costa",
        ),
        (
            "Finance Minister Omar Aziz, a critic of the bank, however told reporters the rate "
            "cut was overdue.",
            "Finance Minister Omar Aziz",
        ),
        (
            "Defence Minister Ivo Horvat, a close ally of the president, meanwhile told "
            "reporters the border would stay closed.",
            "Defence Minister Ivo Horvat",
        ),
        (
            "The governor, who is running for re-election, still said the levy was needed.",
            "The governor",
        ),
        ("The chief executive nevertheless said the target would be met.", "The chief executive"),
    ],
)
def test_a_sentence_adverb_before_the_verb(body: str, speaker: str) -> None:
    assert [source for _, source, _ in summary(ARTICLE.format(body))] == [speaker]


def _flags_of(body: str) -> dict[str, list[str]]:
    """Each claim's flags (there must be a claim: a test over no claims could not fail)."""
    flags = {claim.text: sorted(claim.flags) for claim in extract(ARTICLE.format(body)).claims}
    assert flags, "no claim"
    return flags


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        (
            "The separatists are losing 300 fighters a week, the army said, a figure that "
            "cannot be checked independently.",
            "The separatists are losing 300 fighters a week",
        ),
        (
            "The governor said 2,100 homes had been flooded, a figure that could not be "
            "independently verified.",
            "2,100 homes had been flooded",
        ),
        (
            "Organisers said 45,000 people took part, a number the BBC was unable to confirm.",
            "45,000 people took part",
        ),
    ],
)
def test_a_note_of_what_could_not_be_checked_after_the_claim(body: str, claim: str) -> None:
    flags = _flags_of(body)
    assert list(flags) == [claim]
    assert "unverified" in flags[claim]


def test_a_claim_noun_after_a_claim_is_still_a_claim_when_nothing_is_unchecked() -> None:
    # (guard: "a claim the army denied" is the army's denial)
    claims = summary(
        ARTICLE.format("The rebels said they had killed 12 soldiers, a claim the army denied.")
    )
    assert ("a claim", "the army", "denied") in claims


@pytest.mark.parametrize(
    "note",
    ["They released no images.", "It gave no names.", "It did not provide evidence."],
)
def test_the_check_note_skips_the_reporters_note_of_what_was_not_given(note: str) -> None:
    flags = _flags_of(
        f"The militia said it had shot down a drone. {note} Reuters could not independently "
        "verify the claim."
    )
    assert "unverified" in flags["it had shot down a drone"]
    assert "unverified" not in flags[note.rstrip(".")]


@pytest.mark.parametrize(
    "note",
    [
        "There was no immediate comment from the Iranian embassy.",
        "There was no immediate response from Damascus.",
        "There has been no official reaction from the Kremlin.",
    ],
)
def test_no_immediate_comment_is_a_note_not_a_claim(note: str) -> None:
    claims = summary(ARTICLE.format(f"The navy said it had seized a tanker. {note}"))
    assert claims == [("it had seized a tanker", "The navy", "said")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("A farmer in Mopti reached by phone said the wells had dried up.", "A farmer in Mopti"),
        ("A doctor contacted by AFP said the ward was full.", "A doctor"),
        ("A teacher reached by telephone told Reuters the school had closed.", "A teacher"),
    ],
)
def test_how_the_speaker_was_reached_is_no_part_of_the_claimant(body: str, speaker: str) -> None:
    assert [source for _, source, _ in summary(ARTICLE.format(body))] == [speaker]


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        (
            "The runway will reopen within a week, the airport operator said, and promised "
            "refunds for stranded passengers.",
            "The runway will reopen within a week",
            "the airport operator",
        ),
        (
            "Twelve miners were rescued overnight, the mine owner said, and ordered an "
            "inquiry into the collapse.",
            "Twelve miners were rescued overnight",
            "the mine owner",
        ),
        (
            "The river burst its banks in three places, according to the regional water "
            "authority, in the worst flooding since 1998.",
            "The river burst its banks in three places",
            "the regional water authority",
        ),
        (
            "The blaze was 10% contained, according to the Oregon Department of Forestry, "
            "known as ODF.",
            "The blaze was 10% contained",
            "the Oregon Department of Forestry",
        ),
    ],
)
def test_what_follows_a_medial_tag_after_a_whole_clause_is_no_part_of_the_claim(
    body: str, claim: str, speaker: str
) -> None:
    claims = summary(ARTICLE.format(body))
    assert (claims[0][0], claims[0][1]) == (claim, speaker)
    assert not any(" said, " in text or "according to" in text for text, _, _ in claims)


@pytest.mark.parametrize(
    "body",
    [
        "The ferry was 38 years old when it sank.",
        '"I have worked this land since I was 9," she said.',
        "The plan is most popular among voters under 35.",
        "Cases rose fastest among people over 70.",
        "The chapel displays the Ten Commandments in gold.",
    ],
)
def test_ages_and_names_with_numbers_are_no_statistics(body: str) -> None:
    assert all("statistic" not in flags for flags in _flags_of(body).values())


@pytest.mark.parametrize(
    "body",
    [
        "Cooking oil prices roughly doubled in a month.",
        "Rice exports tripled in April.",
        "Visitor numbers grew fivefold after the film came out.",
        "The party placed a seven-figure advertising order.",
        # (guard: an age's test is not a score)
        "The challenger was 5 points ahead in the final poll.",
    ],
)
def test_multiples_and_sized_sums_are_statistics(body: str) -> None:
    assert all("statistic" in flags for flags in _flags_of(body).values())


@pytest.mark.parametrize(
    "body",
    [
        "The council could no longer ignore the complaints.",
        "The coroner declined to speculate when asked whether the driver might have fallen asleep.",
    ],
)
def test_no_longer_able_and_an_unanswered_question_are_no_hedges(body: str) -> None:
    assert all("hedged" not in flags for flags in _flags_of(body).values())


def test_could_is_still_a_hedge() -> None:
    # (guard)
    assert (
        "hedged" in _flags_of("The dam could fail within hours.")["The dam could fail within hours"]
    )


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "A European Commission report released in March found that emissions had fallen.",
            "A European Commission report released in March",
        ),
        (
            "An IMF report published on Tuesday found that debt had risen.",
            "An IMF report published on Tuesday",
        ),
        (
            "Insured losses could reach $2 billion, according to an estimate released Monday by "
            "risk modeller Karen Clark & Co.",
            "an estimate released Monday by risk modeller Karen Clark & Co",
        ),
        (
            "A poll by YouGov published at the weekend found that 55% backed the ban.",
            "A poll by YouGov published at the weekend",
        ),
        (
            "An inquiry into that collision found the signals had failed.",
            "An inquiry into that collision",
        ),
    ],
)
def test_a_documents_noun_phrase_stays_whole(body: str, speaker: str) -> None:
    assert summary(ARTICLE.format(body))[0][1] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "The Kenya Red Cross said 200 people were missing. More rain is due, the national "
        "weather service said.",
        "The Ghana Medical Association said 12 nurses were hurt. The ship sank at dawn, "
        "according to the ferry operator.",
    ],
)
def test_a_description_with_its_own_words_is_not_another_body(body: str) -> None:
    second = extract(ARTICLE.format(body)).claims[1]
    assert second.source is not None and second.source.resolved is None


@pytest.mark.parametrize(
    "body",
    [
        # a crowd, and some of the people there
        "About 8,000 people attended the vigil, police said. Three people were treated in "
        "hospital, paramedics said.",
        # another year, and "a similar" occasion
        "This year's drought will cost farmers $900 million, the farm bureau said. A similar "
        "drought in 2012 cost them $300 million, economists said.",
        # two occasions by their order
        "Four people died in the first explosion, police said. Witnesses said 25 people were "
        "killed in the second blast.",
        # two counts of the same noun that differ are no second source
        "The navy said six of its sailors were injured. The rebels said they had injured 40 "
        "sailors.",
    ],
)
def test_counts_of_different_things_or_occasions_are_not_linked(body: str) -> None:
    assert relations(ARTICLE.format(body)) == []


@pytest.mark.parametrize(
    "body",
    [
        "Police said 4,000 people joined the march. Organisers said 15,000 people took part.",
        "Police put the crowd at 4,000. Organisers said 15,000 people were there.",
        "Six people were killed in the blast, police said. Witnesses said 25 people died.",
    ],
)
def test_rival_counts_of_one_thing_still_contradict(body: str) -> None:
    # (guards)
    assert [kind for _, kind, _ in relations(ARTICLE.format(body))] == ["contradicts"]


@pytest.mark.parametrize(
    ("body", "denial", "target"),
    [
        (
            "Released prisoners said they had been beaten by guards. The ministry said 120 "
            "prisoners were freed on Friday. The government has denied mistreating inmates.",
            "mistreating inmates",
            "they had been beaten by guards",
        ),
        (
            "Observers said the count in the capital was rigged. Officials said turnout was 58 "
            "percent. The election board denied any fraud.",
            "any fraud",
            "the count in the capital was rigged",
        ),
        (
            "Opposition leaders said soldiers had looted shops. The army said 30 soldiers were "
            "hurt. The defence ministry denies any wrongdoing.",
            "any wrongdoing",
            "soldiers had looted shops",
        ),
    ],
)
def test_a_denial_of_misconduct_answers_the_claim_of_misconduct(
    body: str, denial: str, target: str
) -> None:
    assert (denial, "denies", target) in relations(ARTICLE.format(body))


def test_calling_a_claim_a_lie_denies_it() -> None:
    body = 'Farmers said the dam had been opened at night. The operator called the claim "a lie".'
    assert ('the claim "a lie"', "denies", "the dam had been opened at night") in relations(
        ARTICLE.format(body)
    )


@pytest.mark.parametrize(
    ("body", "flag"),
    [
        ("Nine fishermen are feared to have drowned off the coast.", "hedged"),
        ("Forty workers were feared trapped under the rubble.", "hedged"),
        (
            "The court jailed Ivo Brandt, a trader believed to have links to the cartel, for "
            "fraud.",
            "hedged",
        ),
        (
            '"The wells are dry," said a village elder, declining to give her name.',
            "anonymous_source",
        ),
    ],
)
def test_hedges_and_anonymity_in_wire_wording(body: str, flag: str) -> None:
    assert all(flag in flags for flags in _flags_of(body).values())


@pytest.mark.parametrize(
    ("body", "flag"),
    [
        (
            "Envoys from the Group of Seven met in Rome. Leaders of the Group of 20 meet in May.",
            "statistic",
        ),
        ("The minister did not say how the scheme might be paid for.", "hedged"),
        ("The mayor declined to say whether the tunnel could reopen.", "hedged"),
    ],
)
def test_names_and_unanswered_questions_set_no_flags(body: str, flag: str) -> None:
    assert all(flag not in flags for flags in _flags_of(body).values())


def test_an_outlet_that_could_not_reach_someone_for_comment_is_a_note() -> None:
    claims = summary(
        ARTICLE.format(
            "The regulator fined four banks. Reuters could not reach the other two lenders for "
            "comment."
        )
    )
    assert [text for text, _, _ in claims] == ["The regulator fined four banks"]


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        (
            "A senior EU official, briefing reporters in Brussels, said the deal was close.",
            "the deal was close",
            "A senior EU official",
        ),
        (
            "The police chief, appearing before the committee, said the unit had been disbanded.",
            "the unit had been disbanded",
            "The police chief",
        ),
        (
            "The senator, who missed the vote, toured the plant and said the jobs were safe.",
            "the jobs were safe",
            "The senator",
        ),
        (
            "Defence ministers from the Nordic Council on Monday signed the pact, saying it "
            "would deter attacks.",
            "it would deter attacks",
            "Defence ministers from the Nordic Council",
        ),
    ],
)
def test_asides_and_phrases_between_the_subject_and_its_verb(
    body: str, claim: str, speaker: str
) -> None:
    assert (claim, speaker) in [(text, source) for text, source, _ in summary(ARTICLE.format(body))]


def test_a_gloss_with_a_relative_clause_after_a_tag_is_not_the_speakers() -> None:
    claims = summary(
        ARTICLE.format(
            "About 150 migrants reached the island overnight, the coast guard said, the "
            "latest in a run of landings that has strained the reception centre."
        )
    )
    assert claims[0] == (
        "About 150 migrants reached the island overnight",
        "the coast guard",
        "said",
    )
    assert all(source is None for _, source, _ in claims[1:])


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        (
            "The summit said Iran was arming the militia. Iran's foreign ministry rejected the "
            "communique.",
            "the communique",
            "Iran's foreign ministry",
        ),
        ("The federation dismissed the verdict.", "the verdict", "The federation"),
        ("The government rejected the declaration.", "the declaration", "The government"),
    ],
)
def test_rejecting_a_bodys_statement_is_a_denial(body: str, claim: str, speaker: str) -> None:
    claims = summary(ARTICLE.format(body))
    assert (claim, speaker) in [(text, source) for text, source, _ in claims]


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        (
            "Adidas AG (ADS) said it would shut 30 stores.",
            "it would shut 30 stores",
            "Adidas AG (ADS)",
        ),
        (
            "Ford Motor Co. (F) now expects deliveries to rise 4%.",
            "deliveries to rise 4%",
            "Ford Motor Co. (F)",
        ),
        (
            "Strategists at UBS said in a note they expected the yen to weaken.",
            "they expected the yen to weaken",
            "Strategists at UBS",
        ),
        (
            "Analysts at Barclays wrote in a research note the dividend was safe.",
            "the dividend was safe",
            "Analysts at Barclays",
        ),
    ],
)
def test_market_copy_tickers_and_notes(body: str, claim: str, speaker: str) -> None:
    assert (claim, speaker) in [(text, source) for text, source, _ in summary(ARTICLE.format(body))]


def test_an_age_range_is_no_statistic() -> None:
    assert _flags_of("Shoppers aged 18 to 24 cut spending the most.") == {
        "Shoppers aged 18 to 24 cut spending the most": []
    }


def test_a_forecast_after_a_figure_is_a_noun() -> None:
    claims = summary(
        ARTICLE.format(
            "Retail sales rose 1.1% in May, beating the 0.6% forecast in a Reuters poll."
        )
    )
    assert claims == [
        ("Retail sales rose 1.1% in May, beating the 0.6% forecast in a Reuters poll", None, None)
    ]


@pytest.mark.parametrize(
    ("body", "claims"),
    [
        (
            "The senator said the report was flawed and suggested the data had been altered.",
            [
                ("the report was flawed", "The senator", "said"),
                ("the data had been altered", "The senator", "suggested"),
            ],
        ),
        (
            "The treasurer said the fund was solvent and hinted the levy would be cut.",
            [
                ("the fund was solvent", "The treasurer", "said"),
                ("the levy would be cut", "The treasurer", "hinted"),
            ],
        ),
        (
            "The mayor said the accounts were balanced, blaming the last council for the debt.",
            [
                ("the accounts were balanced", "The mayor", "said"),
                ("the last council for the debt", "The mayor", "blaming"),
            ],
        ),
    ],
)
def test_a_second_verb_of_the_speaker_is_a_claim_of_its_own(body: str, claims: list) -> None:
    assert summary(ARTICLE.format(body)) == claims


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        (
            "Several board members, mostly from the engineering side, have argued that the "
            "merger is too risky.",
            "the merger is too risky",
            "Several board members",
        ),
        (
            "Last week the chairman dismissed the coach, accusing him of leaking team news.",
            "him of leaking team news",
            "the chairman",
        ),
        (
            "On Friday she suspended the director, saying the audit had found irregularities.",
            "the audit had found irregularities",
            "she",
        ),
    ],
)
def test_speakers_after_an_aside_or_an_opening_time(body: str, claim: str, speaker: str) -> None:
    assert (claim, speaker) in [(text, source) for text, source, _ in summary(ARTICLE.format(body))]


@pytest.mark.parametrize(
    ("body", "claims"),
    [
        (
            "Passengers told the International Committee of the Red Cross (ICRC) that the ferry "
            "had sunk in minutes, ICRC spokeswoman Ana Lima told Reuters.",
            [("the ferry had sunk in minutes", "Passengers", "told")],
        ),
        (
            "Herders told officials the wells had been poisoned, a district official said.",
            [("the wells had been poisoned", "Herders", "told")],
        ),
        (
            "At the talks in Doha on Monday, the envoy agreed to extend the truce.",
            [("At the talks in Doha on Monday, the envoy agreed to extend the truce", None, None)],
        ),
    ],
)
def test_relayed_speech_and_agreements(body: str, claims: list) -> None:
    assert summary(ARTICLE.format(body)) == claims


@pytest.mark.parametrize(
    ("body", "denial", "target"),
    [
        (
            "A diplomat said the embassy had decided to close. The embassy later said no such "
            "decision had been made.",
            "no such decision had been made",
            "the embassy had decided to close",
        ),
        (
            "An aide said the party planned to replace its leader. The party said no such plan "
            "existed.",
            "no such plan existed",
            "the party planned to replace its leader",
        ),
    ],
)
def test_no_such_denies_the_claim_of_it(body: str, denial: str, target: str) -> None:
    assert (denial, "denies", target) in relations(ARTICLE.format(body))


@pytest.mark.parametrize(
    ("body", "claims"),
    [
        (
            "Exports fell 3.4% in June, led by a slump in car shipments, which the ministry "
            "blamed largely on port strikes.",
            [
                ("Exports fell 3.4% in June, led by a slump in car shipments", None, None),
                ("largely on port strikes", "the ministry", "blamed"),
            ],
        ),
        (
            "The new weir has slowed the river, which anglers say has cut the salmon run.",
            [
                ("The new weir has slowed the river", None, None),
                ("has cut the salmon run", "anglers", "say"),
            ],
        ),
        (
            "The auditors accused him of fraud, which he denies.",
            [
                ("him of fraud", "The auditors", "accused"),
                ("which", "he", "denies"),
            ],
        ),
        (
            "The sale is a reversal for Nestlé, which only three years ago described the unit "
            "as essential.",
            [
                ("The sale is a reversal for Nestlé", None, None),
                ("the unit as essential", "Nestlé", "described"),
            ],
        ),
    ],
)
def test_a_relative_clause_with_its_own_speaker(body: str, claims: list) -> None:
    assert summary(ARTICLE.format(body)) == claims


_OUTLET_INTERVIEW = """Mayor on the flood defences: "We built what we could afford"

The coastal town spent a decade on its sea wall. Mayor Ilse Brandt talks about the cost.

DIE ZEIT: Mrs Brandt, the wall cost twice what was planned.

Brandt: The first estimate was made before the steel prices rose. We told the council so.

DIE ZEIT: The wall failed in its first winter storm.

Brandt: It did not fail. Water came over the top for twenty minutes, as the design allows.

DIE ZEIT: Engineers say the design was outdated. Will you commission a review?

Brandt: We already have. The report is due in March.
"""

_BRIEFING = """Ministry briefing on the border closure

The foreign ministry spokesman, Chen Wei, took questions on Tuesday.

Chen Wei: The border will reopen on Friday. Trade has not been affected.

AFP: Shipping firms reported long queues at the crossing yesterday.

Chen Wei: The queues were cleared within hours.

Kyodo News: Japanese exporters lost orders worth millions.

Chen Wei: I have no information on that.
"""


@pytest.mark.parametrize(
    ("text", "speaker", "asked"),
    [
        (
            _OUTLET_INTERVIEW,
            "Brandt",
            ["the wall cost twice what was planned", "The wall failed in its first winter storm"],
        ),
        (
            _BRIEFING,
            "Chen Wei",
            [
                "Shipping firms reported long queues at the crossing yesterday",
                "Japanese exporters lost orders worth millions",
            ],
        ),
    ],
)
def test_a_newsrooms_turns_assert_nothing(text: str, speaker: str, asked: list[str]) -> None:
    claims = extract(text).claims
    said = [claim.text for claim in claims]
    assert not any(question in claim for question in asked for claim in said)
    answered = [claim for claim in claims if claim.source and claim.source.text == speaker]
    assert len(answered) >= 3


def test_a_relative_clause_inside_an_absolute_after_a_tag_is_no_complement() -> None:
    body = (
        "Cholera cases have passed 900 this year, health officials said Friday, with most of "
        "them tied to a camp in the north that has since been closed."
    )
    claims = summary(ARTICLE.format(body))
    assert claims[0][0].startswith("Cholera cases have passed 900 this year")
    assert claims[0][1] == "health officials"


def test_as_with_a_second_speaker_is_their_claim() -> None:
    body = (
        "Dengue has killed 40 people this year, the ministry said, as doctors warned that "
        "hospitals were running out of beds."
    )
    assert summary(ARTICLE.format(body)) == [
        ("Dengue has killed 40 people this year", "the ministry", "said"),
        ("hospitals were running out of beds", "doctors", "warned"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "All of the infants who died were under six months old.",
        "Volunteers in the Phase 2 study were given a single dose.",
        "The scheme would cover children under five.",
        "The hearings were held from March 4 to 6.",
    ],
)
def test_more_ages_dates_and_names_are_no_statistics(body: str) -> None:
    assert all("statistic" not in flags for flags in _flags_of(body).values())


@pytest.mark.parametrize(
    "body",
    [
        "Rents could climb by as much as a fifth next year.",
        "The number of cases is forecast to triple by 2030.",
        "Fares will double again if nothing is done.",
        "A Category 4 storm hit the coast.",
    ],
)
def test_shares_base_form_multiples_and_scales_are_statistics(body: str) -> None:
    assert all("statistic" in flags for flags in _flags_of(body).values())


def test_a_request_for_comment_by_name_is_a_note() -> None:
    claims = summary(
        ARTICLE.format(
            "The paper was retracted on Monday. Its lead author did not respond to Nature's "
            "requests for comment."
        )
    )
    assert [text for text, _, _ in claims] == ["The paper was retracted on Monday"]


_BRIEFING_FLOOR = """Briefing transcript

SPOKESPERSON: Good afternoon. The convoy reached the town this morning.

QUESTION: Can you confirm the attack on the clinic?

SPOKESPERSON: Yes, Maria. We are checking with colleagues on the ground.

QUESTION: Thank you.

SPOKESPERSON: Okay. Have a good afternoon.

This text may not be in its final form and may be updated or revised in the future.

Dan Okoro can be reached at dan.okoro@example.com.
"""


def test_a_briefings_floor_and_a_transcripts_notices_are_no_claims() -> None:
    assert [claim.text for claim in extract(_BRIEFING_FLOOR).claims] == [
        "The convoy reached the town this morning",
        "We are checking with colleagues on the ground",
    ]


@pytest.mark.parametrize(
    "body",
    [
        "I have said that from the beginning.",
        "We all said it in meetings for years.",
        "He said that publicly.",
    ],
)
def test_said_with_a_pronoun_for_its_object_takes_no_claim_after_it(body: str) -> None:
    assert summary(ARTICLE.format(body)) == [(body.rstrip("."), None, None)]


@pytest.mark.parametrize(
    ("body", "claims"),
    [
        (
            "The law passed in 2018 on the strength of contested figures.",
            [("The law passed in 2018 on the strength of contested figures", None, None)],
        ),
        (
            "The met office forecast snow and warned of icy roads in the hills.",
            [
                ("snow", "The met office", "forecast"),
                ("icy roads in the hills", "The met office", "warned"),
            ],
        ),
        (
            "Nurses in the northern town of Bunia, where clashes have closed the roads, said "
            "supplies were running out.",
            [("supplies were running out", "Nurses in the northern town of Bunia", "said")],
        ),
        (
            "The ferry operator denied the report, calling it baseless.",
            [("the report", "The ferry operator", "denied")],
        ),
    ],
)
def test_adjectives_warnings_of_where_clauses_and_what_a_denial_calls_it(
    body: str, claims: list
) -> None:
    assert summary(ARTICLE.format(body)) == claims


def test_a_ruling_that_angered_both_sides_is_no_complement_of_the_tag() -> None:
    body = (
        '"Debts must be paid," Judge Ana Reyes wrote for the court, in a ruling that surprised '
        'both sides. "A change of mind is no defence."'
    )
    assert summary(ARTICLE.format(body)) == [
        ("Debts must be paid", "Judge Ana Reyes", "wrote"),
        ("A change of mind is no defence", "Judge Ana Reyes", "wrote"),
    ]


def test_a_view_rejected_on_a_day_is_a_denial() -> None:
    claims = summary(
        ARTICLE.format("Longer school days raise results, a view the minister rejected on Monday.")
    )
    assert ("a view", "the minister", "rejected") in claims


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        (
            "Among the strikers was Jonas Weber, 47, a welder from Bremen, who said he had not "
            "had a raise in six years.",
            "he had not had a raise in six years",
            "Jonas Weber",
        ),
        (
            "The state broadcaster quoted Omar Haddad, the head of the port authority, as "
            "saying the cranes would be repaired.",
            "the cranes would be repaired",
            "Omar Haddad, the head of the port authority",
        ),
    ],
)
def test_who_the_relative_clause_or_the_quotation_is_of(
    body: str, claim: str, speaker: str
) -> None:
    assert (claim, speaker) in [(text, source) for text, source, _ in summary(ARTICLE.format(body))]


def test_figures_given_by_someone_unchecked_are_only_theirs() -> None:
    flags = _flags_of(
        "The Sudanese Red Crescent said 60 people had died. Osman said 9,000 homes were "
        "destroyed. Reuters could not verify the figures given by the Red Crescent."
    )
    assert "unverified" in flags["60 people had died"]
    assert "unverified" not in flags["9,000 homes were destroyed"]


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        (
            "The review, published on 4 March 2024, found that the ward had been understaffed.",
            "the ward had been understaffed",
            "The review",
        ),
        (
            "Ohio state Rep. Janet Moore says crime has fallen.",
            "crime has fallen",
            "Ohio state Rep. Janet Moore",
        ),
        (
            "The minister pointed to a Treasury report showing that debt had fallen.",
            "debt had fallen",
            "a Treasury report",
        ),
        (
            "The 90-second clip shows soldiers firing into the air.",
            "soldiers firing into the air",
            "The 90-second clip",
        ),
        (
            'The premier said that "every hospital will get a new scanner".',
            "every hospital will get a new scanner",
            "The premier",
        ),
    ],
)
def test_fact_check_copy(body: str, claim: str, speaker: str) -> None:
    claims = summary(ARTICLE.format(body))
    assert (claim, speaker) in [(text, source) for text, source, _ in claims]


_LIVE_PAGE = """Election day live

Key events

Turnout was 58% at noon, officials say

Some 1,500 polling stations opened late, according to the election commission

This live page is now closed.

I'm Dana Reyes.

Below are the main developments so far.

We've contacted the commission for comment and will update this article if we receive a response.

Here is more from the Press Association on the count in Leeds.
"""


def test_a_live_pages_summary_bullets_are_claims_and_its_running_notes_are_not() -> None:
    assert summary(_LIVE_PAGE) == [
        ("Turnout was 58% at noon", "officials", "say"),
        ("Some 1,500 polling stations opened late", "the election commission", "according to"),
    ]


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        (
            "On Sunday night the coastguard said nine people had been rescued.",
            "nine people had been rescued",
            "the coastguard",
        ),
        (
            "Earlier in the day the interior ministry said 20 people had been detained.",
            "20 people had been detained",
            "the interior ministry",
        ),
        (
            "The Refugee Council, a charity that tracks arrivals, now says 300 people landed.",
            "300 people landed",
            "The Refugee Council",
        ),
    ],
)
def test_live_copy_speakers(body: str, claim: str, speaker: str) -> None:
    assert [(text, source) for text, source, _ in summary(ARTICLE.format(body))] == [
        (claim, speaker)
    ]


@pytest.mark.parametrize(
    ("body", "claim", "flag"),
    [
        (
            "The Times reported that the chancellor would raise taxes. The paper cited unnamed "
            "Treasury sources.",
            "the chancellor would raise taxes",
            "anonymous_source",
        ),
        (
            "The report said the brakes had failed. The rail ministry has not officially "
            "confirmed the report's findings.",
            "the brakes had failed",
            "unverified",
        ),
    ],
)
def test_live_copy_sourcing_notes(body: str, claim: str, flag: str) -> None:
    flags = _flags_of(body)
    assert list(flags) == [claim]
    assert flag in flags[claim]


@pytest.mark.parametrize(
    ("body", "later", "kind", "earlier"),
    [
        (
            "The premier said knife crime had halved. That's false. Police figures show it rose.",
            "That's false",
            "denies",
            "knife crime had halved",
        ),
        (
            "A viral post claims the tap water contains lithium. We rate this claim False.",
            "We rate this claim False",
            "denies",
            "the tap water contains lithium",
        ),
        (
            "Official figures show exports rose in two of the seven months. The opposition said "
            "the government had lost control of trade. The ministry rejected that, saying "
            "exports had recovered.",
            "exports had recovered",
            "denies",
            "the government had lost control of trade",
        ),
    ],
)
def test_verdicts_and_a_rejection_of_what_was_just_said(
    body: str, later: str, kind: str, earlier: str
) -> None:
    assert (later, kind, earlier) in relations(ARTICLE.format(body))


def test_a_floor_just_under_the_count_agrees_with_it() -> None:
    body = (
        "The quake killed at least 1,400 people and injured more than 3,100, officials said. "
        "A government spokesman said 1,411 people had been martyred and 3,124 injured."
    )
    assert relations(ARTICLE.format(body)) == []


def test_a_floor_far_under_the_count_still_contradicts() -> None:
    # (guard)
    body = "At least 40 people died, police said. Doctors said 95 people had died."
    assert [kind for _, kind, _ in relations(ARTICLE.format(body))] == ["contradicts"]


@pytest.mark.parametrize(
    ("body", "deed", "verdict", "speaker"),
    [
        (
            "The tribunal barred her from office for ten years, a ruling she has called "
            "politically motivated.",
            "The tribunal barred her from office for ten years",
            "a ruling she has called politically motivated",
            "she",
        ),
        (
            "The board closed the pool, a decision parents have called reckless.",
            "The board closed the pool",
            "a decision parents have called reckless",
            "parents",
        ),
    ],
)
def test_what_someone_called_a_deed_in_an_apposition(
    body: str, deed: str, verdict: str, speaker: str
) -> None:
    claims = summary(ARTICLE.format(body))
    assert claims[0] == (deed, None, None)
    assert (verdict, speaker, "called") in claims


def test_a_figure_put_at_and_then_said() -> None:
    assert summary(
        ARTICLE.format("The union put the number at fewer than 300, and said most were new hires.")
    ) == [
        ("the number at fewer than 300", "The union", "put"),
        ("most were new hires", "The union", "said"),
    ]


def test_what_someone_describes_as_is_no_speaker_of_the_clause_before() -> None:
    body = (
        "The war has displaced millions, creating what the UN describes as the worst crisis "
        "in the region."
    )
    assert all(source != "creating what the UN" for _, source, _ in summary(ARTICLE.format(body)))
    assert summary(ARTICLE.format(body))[0][0].startswith("The war has displaced millions")


def test_a_verb_of_intent_in_common_is_no_clash() -> None:
    body = (
        "The retailer said it still plans to open 40 to 50 new stores this year. The finance "
        "chief said the group was not planning broad price increases."
    )
    assert relations(ARTICLE.format(body)) == []


def test_the_same_intent_denied_still_clashes() -> None:
    # (guard)
    body = (
        "The union said the owner planned to close the mill. The owner said it was not "
        "planning to close the mill."
    )
    assert [kind for _, kind, _ in relations(ARTICLE.format(body))] == ["denies"]


def test_a_named_speaker_with_a_title_word_person_is_no_anonymous_source() -> None:
    claims = extract(
        ARTICLE.format(
            "The Chief Minister's Focal Person on Health Amina Qureshi said the drive would "
            "reach 2 million children."
        )
    ).claims
    assert claims[0].source is not None and claims[0].source.kind == "person"
    assert "anonymous_source" not in claims[0].flags


def test_a_name_and_its_apposition_before_an_act_and_a_participle() -> None:
    claims = summary(
        ARTICLE.format(
            "Lena Ortiz, the head of the nurses' union, rejected the offer on Friday, saying it "
            "fell far short."
        )
    )
    assert ("it fell far short", "Lena Ortiz", "saying") in claims


@pytest.mark.parametrize(
    "between", ["the war had displaced 2 million people", "snow had covered 40 roads"]
)
def test_war_or_covered_alone_is_no_misconduct(between: str) -> None:
    body = (
        f"Rights groups said guards had beaten prisoners. Officials said {between}. The "
        "ministry denied any wrongdoing."
    )
    assert ("any wrongdoing", "denies", "guards had beaten prisoners") in relations(
        ARTICLE.format(body)
    )
