"""Constructions found by the seventeenth session's reading of real reporting and its blind
hunts, on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import relations, summary

from claims.extraction import extract

ARTICLE = "Title of the report\n\n{}\n"


@pytest.mark.parametrize(
    ("body", "later", "earlier"),
    [
        (
            "The ministry said exports rose 4 percent in the spring, while traders said they "
            "had fallen.",
            "they had fallen",
            "exports rose 4 percent in the spring",
        ),
        (
            "Water levels in the reservoir have dropped since June, the utility said. Local "
            "farmers say they have climbed steadily.",
            "they have climbed steadily",
            "Water levels in the reservoir have dropped since June",
        ),
        (
            "The regulator said average rents grew last year. The landlords' association said "
            "they shrank by 2 percent.",
            "they shrank by 2 percent",
            "average rents grew last year",
        ),
    ],
)
def test_a_pronoun_that_moves_stands_for_what_moved_before(
    body: str, later: str, earlier: str
) -> None:
    assert (later, "contradicts", earlier) in relations(ARTICLE.format(body))


@pytest.mark.parametrize(
    "body",
    [
        # the pronoun is the speaker, who cut something: no measure moved the other way
        "Enrolment rose 3 percent this year, the university said. The union said it had cut "
        "staff numbers.",
        # the same speaker goes on about its own figure
        "The company said sales rose 5 percent, and said they had fallen in Asia.",
    ],
)
def test_a_pronoun_with_an_object_or_the_same_speaker_lends_no_subject(body: str) -> None:
    # (guards: neither had a relation before the rule)
    assert relations(ARTICLE.format(body)) == []


@pytest.mark.parametrize(
    ("body", "later", "earlier"),
    [
        (
            "Villagers said the well water was polluted. Council engineers said it was safe.",
            "it was safe",
            "the well water was polluted",
        ),
        (
            "Organisers said the march had been peaceful. Police said it was violent from the "
            "start.",
            "it was violent from the start",
            "the march had been peaceful",
        ),
    ],
)
def test_a_pronoun_in_an_opposite_state_stands_for_the_thing_before(
    body: str, later: str, earlier: str
) -> None:
    assert (later, "contradicts", earlier) in relations(ARTICLE.format(body))


@pytest.mark.parametrize(
    ("body", "later", "earlier"),
    [
        (
            "The insurgents said they had sunk a navy patrol boat. The navy denied losing any "
            "vessels.",
            "losing any vessels",
            "they had sunk a navy patrol boat",
        ),
        (
            "Residents said soldiers had burned their crops. The army denied setting fire to "
            "any farmland.",
            "setting fire to any farmland",
            "soldiers had burned their crops",
        ),
    ],
)
def test_a_denial_of_a_deed_answers_the_claim_just_before(
    body: str, later: str, earlier: str
) -> None:
    assert (later, "denies", earlier) in relations(ARTICLE.format(body))


def test_a_denial_of_wrongdoing_is_no_reply_to_an_unrelated_claim() -> None:
    # (a guard: "wrongdoing" ends like a verb's -ing form but is a noun)
    body = (
        "The club said the stadium would reopen in May. Its former treasurer denied any wrongdoing."
    )
    assert relations(ARTICLE.format(body)) == []


@pytest.mark.parametrize(
    ("body", "later", "earlier"),
    [
        (
            "Police said about 4,000 people attended the vigil. Its organisers said more than "
            "15,000 took part.",
            "more than 15,000 took part",
            "about 4,000 people attended the vigil",
        ),
        (
            "The city said 1,500 demonstrators gathered outside the ministry. Union leaders "
            "said 9,000 turned out.",
            "9,000 turned out",
            "1,500 demonstrators gathered outside the ministry",
        ),
    ],
)
def test_a_crowd_counted_by_its_verb_alone_rivals_another_count(
    body: str, later: str, earlier: str
) -> None:
    assert (later, "contradicts", earlier) in relations(ARTICLE.format(body))


@pytest.mark.parametrize(
    ("body", "later", "earlier"),
    [
        (
            "The minister said the backlog of asylum cases had shrunk. Home Office data "
            "published on Thursday show the backlog of asylum cases surged.",
            "the backlog of asylum cases surged",
            "the backlog of asylum cases had shrunk",
        ),
        (
            "The chain said its sales slumped over Christmas. Analysts at Barwell said sales "
            "over Christmas climbed 2 percent.",
            "sales over Christmas climbed 2 percent",
            "its sales slumped over Christmas",
        ),
    ],
)
def test_more_words_for_a_measure_moving(body: str, later: str, earlier: str) -> None:
    assert (later, "contradicts", earlier) in relations(ARTICLE.format(body))


@pytest.mark.parametrize(
    ("body", "later", "earlier"),
    [
        (
            "Students said they heard gunfire near the campus gate. The university said no "
            "shots had been fired.",
            "no shots had been fired",
            "they heard gunfire near the campus gate",
        ),
        (
            "Villagers reported a shooting at the checkpoint. The army said there had been no "
            "gunfire in the area.",
            "there had been no gunfire in the area",
            "a shooting at the checkpoint",
        ),
    ],
)
def test_gunfire_shots_and_a_shooting_are_one_thing(body: str, later: str, earlier: str) -> None:
    assert (later, "contradicts", earlier) in relations(ARTICLE.format(body))


@pytest.mark.parametrize(
    ("body", "later", "earlier"),
    [
        (
            "The defence ministry said the ambush had been carried out by fighters of the "
            "Northern Front. A police commander also blamed the Northern Front.",
            "the Northern Front",
            "the ambush had been carried out by fighters of the Northern Front",
        ),
        (
            "Investigators said the fire started in the kitchen of the Harbour Inn. The fire "
            "brigade, too, said the blaze began in the Harbour Inn kitchen.",
            "the blaze began in the Harbour Inn kitchen",
            "the fire started in the kitchen of the Harbour Inn",
        ),
    ],
)
def test_also_before_the_cue_adds_a_second_source(body: str, later: str, earlier: str) -> None:
    assert (later, "supports", earlier) in relations(ARTICLE.format(body))


def test_also_after_the_speakers_own_claim_supports_no_one_else() -> None:
    body = (
        "Activist Anna Berg said Karim wants to use his fame for social causes. Student "
        "leader Tomas Vik said the response to Karim had helped students. Vik also said he "
        "believed the social movement around Karim helped."
    )
    assert relations(ARTICLE.format(body)) == []


@pytest.mark.parametrize("someone", ["His agent", "Her adviser", "Their publicist", "Its trainer"])
def test_a_possessive_opening_a_sentence_names_no_body(someone: str) -> None:
    # "His" has a capital only because it opens the sentence: "The company" later is not
    # the speaker it opens
    text = ARTICLE.format(
        f"The club said the injury was minor. {someone} said the player would need surgery."
        "\n\nThe company said the factory meets all safety standards."
    )
    claim = next(c for c in extract(text).claims if c.text.startswith("the factory"))
    assert claim.source is not None and claim.source.text == "The company"
    assert claim.source.resolved is None or claim.source.resolved.text != someone


@pytest.mark.parametrize(
    ("body", "later", "earlier"),
    [
        (
            "The Herald reported that the governor knew about the loans in 2021. The governor "
            "said he had not known about the loans until this spring.",
            "he had not known about the loans until this spring",
            "the governor knew about the loans in 2021",
        ),
        (
            "Auditors said the board was aware of the losses. The board's chair said it was "
            "not aware of any losses.",
            "it was not aware of any losses",
            "the board was aware of the losses",
        ),
    ],
)
def test_not_knowing_about_a_thing_denies_knowing_it(body: str, later: str, earlier: str) -> None:
    assert (later, "denies", earlier) in relations(ARTICLE.format(body))


def test_not_knowing_what_happened_is_a_doubt() -> None:
    # ("nobody knows" had contradicted "knew": it says no one can tell, no one denies)
    body = "Police said the victim knew her attacker. Her family said nobody knows what happened."
    assert relations(ARTICLE.format(body)) == []


@pytest.mark.parametrize(
    ("body", "later", "earlier"),
    [
        (
            "Prosecutors say Ms Reyes was at the depot the night the records vanished. Her "
            "lawyer said Ms Reyes was not at the depot.",
            "Ms Reyes was not at the depot",
            "Ms Reyes was at the depot the night the records vanished",
        ),
        (
            "Two witnesses said the coach was on the team bus. The club said the coach was "
            "never on the bus.",
            "the coach was never on the bus",
            "the coach was on the team bus",
        ),
    ],
)
def test_where_one_was_is_the_predicate_a_negation_answers(
    body: str, later: str, earlier: str
) -> None:
    assert (later, "contradicts", earlier) in relations(ARTICLE.format(body))


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker", "cue"),
    [
        (
            "The Solicitor General informed the Bench that the Centre had already set up a "
            "committee.",
            "the Centre had already set up a committee",
            "The Solicitor General",
            "informed",
        ),
        (
            "Counsel for the State informed the court that 230 trees had been felled.",
            "230 trees had been felled",
            "Counsel for the State",
            "informed",
        ),
        (
            "Opposition leaders, however, opined that the ordinance would not survive a "
            "legal challenge.",
            "the ordinance would not survive a legal challenge",
            "Opposition leaders",
            "opined",
        ),
        (
            "Our reporter gathered that the gunmen had escaped through the forest.",
            "the gunmen had escaped through the forest",
            "Our reporter",
            "gathered",
        ),
    ],
)
def test_informed_opined_and_gathered_report(
    sentence: str, claim: str, speaker: str, cue: str
) -> None:
    assert (claim, speaker, cue) in summary(ARTICLE.format(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "About 3,000 people gathered outside the court on Friday.",
        "Under the new rules, the Chief Justice will have the final say on transfers.",
        "From next year, tenants will have a greater say in how estates are managed.",
        "The minister will face questions at a Senate estimates hearing on Thursday.",
    ],
)
def test_a_say_estimates_and_a_gathering_are_no_cues(sentence: str) -> None:
    assert summary(ARTICLE.format(sentence)) == [(sentence.rstrip("."), None, None)]


def test_a_cue_after_an_adjective_with_a_clause_still_reports() -> None:
    # (a guard: "The injured say" with its clause is a report)
    claims = summary(ARTICLE.format("The injured say they were never warned about the gas."))
    assert ("they were never warned about the gas", "The injured", "say") in claims


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker", "cue"),
    [
        (
            "The spokeswoman underlined that Ankara would not accept any fait accompli.",
            "Ankara would not accept any fait accompli",
            "The spokeswoman",
            "underlined",
        ),
        (
            "The premier underscored that the reforms would be completed this year.",
            "the reforms would be completed this year",
            "The premier",
            "underscored",
        ),
        (
            "The foreign ministry denounced that the sanctions violate international law.",
            "the sanctions violate international law",
            "The foreign ministry",
            "denounced",
        ),
        (
            "Ortega affirmed that exports had reached a record in March.",
            "exports had reached a record in March",
            "Ortega",
            "affirmed",
        ),
        (
            "Wang expressed the hope that both sides would return to dialogue.",
            "both sides would return to dialogue",
            "Wang",
            "expressed",
        ),
        (
            "The agency voiced deep concern that the outbreak could spread to the capital.",
            "the outbreak could spread to the capital",
            "The agency",
            "voiced",
        ),
        (
            "Officials said March was the driest month on record.",
            "March was the driest month on record",
            "Officials",
            "said",
        ),
    ],
)
def test_agency_verbs_and_a_month_as_subject(
    sentence: str, claim: str, speaker: str, cue: str
) -> None:
    assert (claim, speaker, cue) in summary(ARTICLE.format(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Supporters voiced their anger at the verdict outside the court.",
        "The president denounced the attack on the embassy.",
        "The band expressed its gratitude to fans in a video.",
    ],
)
def test_voicing_a_feeling_or_denouncing_a_thing_reports_no_clause(sentence: str) -> None:
    assert summary(ARTICLE.format(sentence)) == [(sentence.rstrip("."), None, None)]


@pytest.mark.parametrize(
    ("first_line", "dateline"),
    [
        ("ST. PETERSBURG, June 5. /TASS/. ", "ST. PETERSBURG, June 5. /TASS/."),
        ("Lima, Mar 3 (EFE).- ", "Lima, Mar 3 (EFE).-"),
        ("VLADIVOSTOK, 3 Sep - RIA Novosti.\n\n", "VLADIVOSTOK, 3 Sep - RIA Novosti."),
        ("Kolkata:\n\n", "Kolkata:"),
    ],
)
def test_agency_datelines(first_line: str, dateline: str) -> None:
    text = (
        "Port strike enters second week\n\n"
        + first_line
        + "Dock workers extended their strike, the union said.\n"
    )
    result = extract(text)
    assert [(c.text, c.source.text if c.source else None) for c in result.claims] == [
        ("Dock workers extended their strike", "the union")
    ]
    assert dateline in [span.text for span in result.metadata.furniture]


@pytest.mark.parametrize(
    "end_matter",
    [
        "(With inputs from agencies)",
        "(With PTI inputs)",
        "(This story has not been edited by our staff and is published from a syndicated feed.)",
        "You can follow the channel on Telegram, X and Instagram.",
        "Residents wait for buses on Monday. (ABC News: Tom Hartley)",
        "Workers at the depot. (Supplied: Port Authority)",
        "In short:",
    ],
)
def test_agency_end_matter_captions_and_labels_are_no_claims(end_matter: str) -> None:
    text = (
        "Port strike enters second week\n\nDock workers extended their strike, the union "
        f"said.\n\n{end_matter}\n\nThe port authority said 40 ships were waiting.\n"
    )
    assert [c.text for c in extract(text).claims] == [
        "Dock workers extended their strike",
        "40 ships were waiting",
    ]


def test_xinhuas_end_mark_leaves_the_last_sentence_a_claim() -> None:
    text = (
        "Port strike enters second week\n\nDock workers extended their strike, the union "
        "said.\n\nThe port authority said 40 ships were waiting. Enditem\n"
    )
    assert [c.text for c in extract(text).claims] == [
        "Dock workers extended their strike",
        "40 ships were waiting",
    ]


def test_a_lone_label_line_in_a_transcript_is_no_dateline() -> None:
    # (a guard: "HOLT:" on a line of its own, as the first of several labels)
    text = "Interview\n\nHOLT:\n\nDo you accept the figures?\n\nMARSH:\n\nThe numbers are wrong.\n"
    assert all(span.kind != "dateline" for span in extract(text).metadata.furniture)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two men, believed to be members of the gang, were still at large, police said.",
        "The blaze, thought to have started in a kitchen, gutted 12 homes, officials said.",
        "One of the miners is stated to be critical, the company said.",
        "The driver, said to be a relative of the owner, fled the scene, police said.",
        "The debris is presumed to have fallen into the sea, the coast guard said.",
    ],
)
def test_a_hedge_in_a_reduced_clause_or_a_passive_of_presuming(sentence: str) -> None:
    claims = extract(ARTICLE.format(sentence)).claims
    assert "hedged" in claims[0].flags


@pytest.mark.parametrize(
    "sentence",
    [
        "The Nikkei, citing government sources, reported that Tokyo would raise the tariff.",
        "Hurriyet, citing sources in the ruling party, said an election would be called.",
        "The cashier, a 52-year-old woman whose name was not disclosed, told the court the "
        "safe had been open.",
        '"We have no water," one mother told the BBC by phone, asking that her name not be used.',
    ],
)
def test_sources_cited_a_name_withheld_and_a_request_by_phone_flag_anonymity(
    sentence: str,
) -> None:
    claims = extract(ARTICLE.format(sentence)).claims
    assert claims and all("anonymous_source" in c.flags for c in claims), claims


def test_a_quotation_told_by_phone_with_a_request_for_anonymity_stays_the_claim() -> None:
    claims = summary(
        ARTICLE.format(
            '"The shelling went on until dawn," a nurse told Reuters by telephone, asking '
            "that her name be withheld."
        )
    )
    assert claims == [("The shelling went on until dawn", "a nurse", "told")]


@pytest.mark.parametrize(
    "note",
    [
        "The Courier tried to reach the developer, but the calls went unanswered.",
        "Multiple calls and messages to the governor's office went unanswered.",
        "The contractor could not be reached for comment despite repeated attempts.",
        "Our reporter sought the side of the mayor, but she has yet to respond as of posting.",
    ],
)
def test_an_unanswered_request_is_no_claim(note: str) -> None:
    text = ARTICLE.format(f"The council said the depot would close in May. {note}")
    assert [c.text for c in extract(text).claims] == ["the depot would close in May"]


def _unverified(body: str) -> dict[str, bool]:
    return {c.text: "unverified" in c.flags for c in extract(ARTICLE.format(body)).claims}


def test_the_tolls_unverified_are_every_count_before_not_the_denial() -> None:
    flags = _unverified(
        "At least 30 people died in the strike, a rescue group said. The health ministry put "
        "the death toll at 52. The militia denied targeting civilians. Reuters was unable to "
        "independently verify the tolls."
    )
    assert flags == {
        "At least 30 people died in the strike": True,
        "the death toll at 52": True,
        "targeting civilians": False,
    }


def test_claims_from_either_side_unverified_are_both_sides() -> None:
    flags = _unverified(
        "The navy said it sank three attack boats. The rebels said they had hit a frigate. "
        "The BBC could not verify claims from either side."
    )
    assert flags == {"it sank three attack boats": True, "they had hit a frigate": True}


def test_either_figure_unverified_is_both_figures() -> None:
    flags = _unverified(
        "The club said the fee was 12 million. The player's agent said it was 20 million. "
        "Reuters could not independently verify either figure."
    )
    assert flags == {"the fee was 12 million": True, "it was 20 million": True}


def test_the_accounts_unverified_are_the_run_of_peoples_accounts() -> None:
    flags = _unverified(
        "The army said its troops had only returned fire. A shepherd said soldiers burned "
        "two houses. A second shepherd said the soldiers took his flock. The AP could not "
        "independently confirm the accounts."
    )
    assert flags == {
        "its troops had only returned fire": False,
        "soldiers burned two houses": True,
        "the soldiers took his flock": True,
    }


def test_the_claim_unverified_is_the_one_just_before() -> None:
    flags = _unverified(
        "The coach said the striker was injured. The league said he had been suspended. The "
        "club's supporters' trust said he had left. The claim could not be verified."
    )
    assert flags == {
        "the striker was injured": False,
        "he had been suspended": False,
        "he had left": True,
    }


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        (
            "Turnout fell below 40 percent, according to Ana Duarte, head of the electoral "
            "commission.",
            "Turnout fell below 40 percent",
            "Ana Duarte",
        ),
        (
            "The army accused the militia of shelling the market, army spokesman Colonel Ade "
            "Bello said in a statement.",
            "the militia of shelling the market",
            "The army",
        ),
        (
            "The regional health office put the death toll at 41 in a post on Facebook late "
            "on Sunday.",
            "the death toll at 41",
            "The regional health office",
        ),
        (
            "When contacted, a senior police officer, who did not wish to be named, told the "
            "Tribune that two suspects had been detained.",
            "two suspects had been detained",
            "a senior police officer",
        ),
        (
            "When asked about the delay, the site manager, who took over in June, said the "
            "roof would be finished by March.",
            "the roof would be finished by March",
            "the site manager",
        ),
    ],
)
def test_attribution_at_the_edges_of_wire_sentences(
    sentence: str, claim: str, speaker: str
) -> None:
    assert (claim, speaker) in [(c, s) for c, s, _ in summary(ARTICLE.format(sentence))]


def test_a_venue_inside_the_object_is_kept() -> None:
    # (a guard: "in the ruling party's strongholds" is where, not the statement it was in)
    claims = summary(
        ARTICLE.format(
            "The alliance accused officials of inflating turnout in the ruling party's strongholds."
        )
    )
    assert claims[0][0] == "officials of inflating turnout in the ruling party's strongholds"


@pytest.mark.parametrize(
    "body",
    [
        "Floods in the delta killed 26 people, the disaster agency said. A landslide in the "
        "hills killed three road workers, police said.",
        "A bus plunged off a mountain road, killing 19 passengers, police said. A separate "
        "crash near the capital killed four, officials said.",
        "An avalanche buried two climbers on Sunday, the rescue service said. Avalanches have "
        "killed 17 people in the region this winter, according to the mountain police.",
    ],
)
def test_counts_of_two_events_are_no_rivals(body: str) -> None:
    assert relations(ARTICLE.format(body)) == []


def test_two_counts_of_one_kind_of_event_still_disagree() -> None:
    # (a guard: the same kind of event on both sides)
    body = (
        "The earthquake killed 212 people, the interior ministry said. The Red Crescent said "
        "the quake had killed at least 340."
    )
    assert (
        "the quake had killed at least 340",
        "contradicts",
        "The earthquake killed 212 people",
    ) in relations(ARTICLE.format(body))


def _resolved(body: str) -> dict[str, str | None]:
    claims = extract(ARTICLE.format(body)).claims
    return {
        c.text: (c.source.resolved.text if c.source and c.source.resolved else None) for c in claims
    }


@pytest.mark.parametrize(
    ("body", "claim", "resolved"),
    [
        (
            "Greenpeace said the spill covered 40 square kilometres. The oil company did not "
            "comment on the estimate. It said the leak had been contained.",
            "the leak had been contained",
            "The oil company",
        ),
        (
            "The players' union said the season should be delayed. The league did not reply "
            "to the union's letter. It said the fixtures would be published in June.",
            "the fixtures would be published in June",
            "The league",
        ),
        (
            "The foreign minister also declined to comment on a meeting between the president "
            'and his Brazilian counterpart Mauro Vieira. "Nothing has been scheduled," he said.',
            "Nothing has been scheduled",
            "The foreign minister",
        ),
    ],
)
def test_a_pronoun_after_a_narrative_sentence_is_its_subject(
    body: str, claim: str, resolved: str
) -> None:
    assert _resolved(body)[claim] == resolved


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"The dam has never been inspected. Nobody answers our letters," the villagers '
            "complained, and added that they would block the highway on Monday.",
            [
                (
                    "The dam has never been inspected. Nobody answers our letters",
                    "the villagers",
                    "complained",
                ),
                ("they would block the highway on Monday", "the villagers", "added"),
            ],
        ),
        (
            '"The tender was rigged," the councillor stated, and added that he would write '
            "to the auditor.",
            [
                ("The tender was rigged", "the councillor", "stated"),
                ("he would write to the auditor", "the councillor", "added"),
            ],
        ),
    ],
)
def test_a_quotations_tag_then_and_added_that(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert summary(ARTICLE.format(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Responding to media reports that the minister had resigned, the ministry said he "
            "was on leave.",
            ("he was on leave", "the ministry", "said"),
        ),
        (
            "The mayor assured that the pool would reopen in June, according to the council's "
            "website.",
            ("the pool would reopen in June", "The mayor", "assured"),
        ),
        (
            "According to data from the statistics office, exports fell 6 percent in May, the "
            "trade minister pointed out.",
            ("exports fell 6 percent in May", "the trade minister", "pointed out"),
        ),
        (
            "The central bank said growth would recover next year, while warning that "
            "inflation remained too high.",
            ("inflation remained too high", "The central bank", "warning"),
        ),
    ],
)
def test_agency_sentence_shapes(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in summary(ARTICLE.format(sentence))


def test_claims_by_a_party_that_a_then_the_deniers_reason() -> None:
    # (changed in the twenty-fourth session to the conventions' "when the denial is followed
    # by 'saying ...', the saying content is the claim and the cue is the denial verb": the
    # denied content is Beijing's claim already, and had come out a second time as Manila's)
    claims = summary(
        ARTICLE.format(
            "Manila rejected claims by Beijing that a Philippine boat had rammed a coast guard "
            "ship, saying the Chinese vessel had blocked its path."
        )
    )
    assert claims == [
        ("a Philippine boat had rammed a coast guard ship", "Beijing", "claims"),
        ("the Chinese vessel had blocked its path", "Manila", "rejected"),
    ]


def test_told_aides_according_to_a_report_stays_the_reports() -> None:
    # (a guard: what someone told aides in private is the report's account)
    claims = summary(
        ARTICLE.format("The president told aides he would fire her, according to a report.")
    )
    assert claims[0][1:] == ("a report", "according to")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The tribunal dismissed the appeal, observing that the agency had ignored its "
            "own rules.",
            ("the agency had ignored its own rules", "The tribunal", "observing"),
        ),
        (
            "The judge was hearing a petition filed by a resident, K. Mehta, who alleged that "
            "sewage was being released into the river.",
            ("sewage was being released into the river", "K. Mehta", "alleged"),
        ),
        (
            "The minister responded to remarks by the French foreign minister, who claimed on "
            "Monday that the border would close.",
            ("the border would close", "the French foreign minister", "claimed"),
        ),
        (
            "Finance Minister Ana Berg, a former banker, declined to give a figure but said the "
            "deficit would shrink.",
            ("the deficit would shrink", "Finance Minister Ana Berg", "said"),
        ),
    ],
)
def test_speakers_in_asides_relatives_and_participles(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in summary(ARTICLE.format(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Why it matters: The ruling would force the company to open its app store.",
            ("The ruling would force the company to open its app store", None, None),
        ),
        (
            "Between the lines: Chipmakers have lobbied against the rules, arguing that the "
            "curbs hurt US firms.",
            ("the curbs hurt US firms", "Chipmakers", "arguing"),
        ),
        (
            "The startup was valued at $2.4 billion, per PitchBook.",
            ("The startup was valued at $2.4 billion", "PitchBook", "per"),
        ),
        (
            "Mortgage approvals fell 12% in March, data compiled by the central bank show.",
            ("Mortgage approvals fell 12% in March", "data compiled by the central bank", "show"),
        ),
        (
            "Economists had anticipated a rise of 0.4 percent.",
            ("a rise of 0.4 percent", "Economists", "anticipated"),
        ),
        (
            "In a 60-page report released on Monday, the short seller alleged that the firm "
            "had inflated its revenue.",
            ("the firm had inflated its revenue", "the short seller", "alleged"),
        ),
    ],
)
def test_business_press_shapes(sentence: str, expected: tuple[str, str | None, str | None]) -> None:
    assert expected in summary(ARTICLE.format(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Growers in several states that ban the herbicide have seen yields rise.",
        "The long-awaited report was published on Monday.",
        "Voters in 12 states will decide on the measure in November.",
    ],
)
def test_nouns_that_look_like_cues(sentence: str) -> None:
    assert summary(ARTICLE.format(sentence)) == [(sentence.rstrip("."), None, None)]


def test_an_outlet_named_insider_is_no_anonymous_source() -> None:
    claims = extract(
        ARTICLE.format(
            "According to an internal memo viewed by Business Insider, the retailer will close "
            "40 stores."
        )
    ).claims
    assert claims and "anonymous_source" not in claims[0].flags


def test_a_measure_doubled_is_a_statistic() -> None:
    claims = extract(ARTICLE.format("Rents have doubled since 2019, the agency said.")).claims
    assert "statistic" in claims[0].flags


@pytest.mark.parametrize(
    "line",
    [
        "To contact the reporters on this story: Ana Ruiz in Madrid at aruiz@example.com",
        "You can contact Lee Park securely on Signal at 555-0142.",
    ],
)
def test_contact_lines_are_furniture(line: str) -> None:
    text = ARTICLE.format(f"The bank said profits rose 5%.\n\n{line}")
    assert [c.text for c in extract(text).claims] == ["profits rose 5%"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"The flames spread in seconds," Fire Capt. Ray Ortiz told Channel 4\'s Sarah Lee.',
            ("The flames spread in seconds", "Fire Capt. Ray Ortiz", "told"),
        ),
        (
            "A neighbour told FOX 5 News she heard three shots.",
            ("she heard three shots", "A neighbour", "told"),
        ),
        (
            '"The bus stop has gone. How are pensioners supposed to get to town?" said '
            "resident Jean Platt.",
            ("The bus stop has gone", "resident Jean Platt", "said"),
        ),
        (
            "The union said its members would strike and accused the trust of ignoring staff.",
            ("the trust of ignoring staff", "The union", "accused"),
        ),
        (
            "Cabinet member Rachel Osei (Lib Dem) said the scheme would go ahead.",
            ("the scheme would go ahead", "Cabinet member Rachel Osei", "said"),
        ),
    ],
)
def test_local_news_shapes(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in summary(ARTICLE.format(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "It could have been a lot worse if the caretaker had not spotted the smoke, the chief "
        "said.",
        "The lane was shut so engineers could repair the main, the council said.",
        "Police said a suspect was arrested near the station.",
    ],
)
def test_what_did_not_happen_purpose_and_the_noun_suspect_hedge_nothing(sentence: str) -> None:
    assert "hedged" not in extract(ARTICLE.format(sentence)).claims[0].flags


def test_a_past_possibility_still_hedges() -> None:
    # (a guard)
    claims = extract(ARTICLE.format("The fire could have been started deliberately, police said."))
    assert "hedged" in claims.claims[0].flags


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the girl, who is 12, was taken to hospital.",
        "The nursery takes children under the age of four.",
        "A woman, 41, was arrested on Sunday, police said.",
    ],
)
def test_ages_are_no_statistics(sentence: str) -> None:
    assert "statistic" not in extract(ARTICLE.format(sentence)).claims[0].flags


@pytest.mark.parametrize(
    "line",
    [
        "Anyone with information is asked to call police on 101, quoting log 1234 of 5 May.",
        "Donations can be made via the appeal page.",
        "The landlord has been approached for comment.",
        "Joe Park covers city hall for the Dispatch.",
    ],
)
def test_appeals_taglines_and_requests_for_comment_are_no_claims(line: str) -> None:
    text = ARTICLE.format(f"The council said the depot would close in May.\n\n{line}")
    assert [c.text for c in extract(text).claims] == ["the depot would close in May"]


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("Councillor for Roath Hannah Lewis told the Echo", "Councillor for Roath Hannah Lewis"),
        ("Parish council chairman Gwen Morgan said", "Parish council chairman Gwen Morgan"),
        (
            "Member for Maitland Jenny Aitchison told Newcastle Live",
            "Member for Maitland Jenny Aitchison",
        ),
    ],
)
def test_she_after_a_member_for_a_seat_or_a_chairman(opening: str, speaker: str) -> None:
    text = ARTICLE.format(f'{opening} the pool had been neglected. "It is a disgrace," she said.')
    assert _resolved(text.split("\n\n", 1)[1])["It is a disgrace"] == speaker


def test_a_dateline_after_a_standfirst_and_an_author_line() -> None:
    text = (
        "Parents fight school closures\n\n"
        "Families say the plan is unsafe.\n\n"
        "Author: Jenna Alvarez\n\n"
        "ST. PAUL, Minn. — Parents packed a school board meeting on Tuesday.\n"
    )
    result = extract(text)
    assert "Parents packed a school board meeting on Tuesday" in [c.text for c in result.claims]
    assert result.metadata.byline == "Jenna Alvarez"


@pytest.mark.parametrize(
    ("sentence", "said", "did"),
    [
        (
            "The premier said the state would pay for the repairs and ordered an inquiry into "
            "the collapse.",
            "the state would pay for the repairs",
            "ordered an inquiry into the collapse",
        ),
        (
            "The police said the driver would be charged and released him on bail.",
            "the driver would be charged",
            "released him on bail",
        ),
        (
            "The minister denied that the talks had failed and flew to Brussels.",
            "the talks had failed",
            "flew to Brussels",
        ),
    ],
)
def test_what_the_speaker_then_did_is_the_reporters(sentence: str, said: str, did: str) -> None:
    claims = summary(ARTICLE.format(sentence))
    assert [c for c, _, _ in claims] == [said, did]
    assert claims[1][1:] == (None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said prices would rise and wages would fall.",
        "The coach said the team was tired and needed rest.",
    ],
)
def test_a_clause_that_goes_on_is_still_what_was_said(sentence: str) -> None:
    # (guards: a second clause with its own subject, and a past verb after a past clause)
    assert len(summary(ARTICLE.format(sentence))) == 1


def test_a_named_sources_findings_unverified_are_theirs_not_the_rebuttals() -> None:
    flags = _unverified(
        "Kestrel Research said the lender had hidden 2 billion in bad loans. The bank's "
        "chief executive said the report was wrong. The FT was unable to independently "
        "verify Kestrel's findings."
    )
    assert flags == {
        "the lender had hidden 2 billion in bad loans": True,
        "the report was wrong": False,
    }


def test_an_outlets_check_then_what_it_could_not_confirm_is_a_qualifier() -> None:
    text = ARTICLE.format(
        "A researcher said the leaked files held passport scans. The Guardian reviewed "
        "samples of the files but wasn't able to verify where they came from."
    )
    claims = extract(text).claims
    assert [(c.text, "unverified" in c.flags) for c in claims] == [
        ("the leaked files held passport scans", True)
    ]


def test_sums_of_two_kinds_are_no_rivals() -> None:
    body = (
        "Carrier's refrigeration division had about $2.2 billion in revenue last year, "
        "according to filings. A sale could value Carrier's refrigeration division at about "
        "$4 billion, people familiar with the matter said."
    )
    assert relations(ARTICLE.format(body)) == []


def test_people_laid_off_are_jobs_against_a_headcount() -> None:
    body = (
        "About 140 people were laid off on Tuesday, two former employees said. The company "
        "employs 460 people, according to LinkedIn. The company said fewer than 120 roles "
        "were affected."
    )
    assert relations(ARTICLE.format(body)) == [
        (
            "fewer than 120 roles were affected",
            "contradicts",
            "About 140 people were laid off on Tuesday",
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "But in a letter published on Thursday, the head of the audit office, Dame Ann "
            "Cole, said the figure had no basis.",
            "the head of the audit office, Dame Ann Cole",
        ),
        (
            "A spokesman for the Department of Health, Social Care and Housing said the ward "
            "would reopen.",
            "A spokesman for the Department of Health, Social Care and Housing",
        ),
        (
            "But tenants in parts of Ashton, Denton and Hyde told the Echo their rents had "
            "doubled.",
            "tenants in parts of Ashton, Denton and Hyde",
        ),
        (
            "According to the National Commission on Human Rights (NCHR), 40 people were detained.",
            "the National Commission on Human Rights (NCHR)",
        ),
        (
            "The Bar Association of Uganda (BAU) condemned the arrest, saying it was unlawful.",
            "The Bar Association of Uganda (BAU)",
        ),
    ],
)
def test_long_names_and_settings_before_the_speaker(sentence: str, speaker: str) -> None:
    speakers = [s for _, s, _ in summary(ARTICLE.format(sentence)) if s]
    assert speakers == [speaker]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "An army officer told Reuters the drones had hit a depot near Kursk, which the "
            "officer said was used to store artillery shells.",
            [
                ("the drones had hit a depot near Kursk", "An army officer", "told"),
                ("was used to store artillery shells", "the officer", "said"),
            ],
        ),
        (
            "Okafor said the lorries belonged to his cousins, who he said run a haulage firm "
            "in Kano.",
            [
                ("the lorries belonged to his cousins", "Okafor", "said"),
                ("run a haulage firm in Kano", "Okafor", "said"),
            ],
        ),
    ],
)
def test_a_relative_clause_with_its_own_speaker(
    sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert summary(ARTICLE.format(sentence)) == expected


def test_a_relative_clause_without_a_speaker_stays_inside() -> None:
    # (a guard)
    claims = summary(ARTICLE.format("The mayor said the bridge, which opened in 1990, was safe."))
    assert claims == [("the bridge, which opened in 1990, was safe", "The mayor", "said")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Beijing urges Manila to stop its provocations at the shoal at once, foreign "
            "ministry spokesperson Lin Jian said Monday.",
            (
                "Beijing urges Manila to stop its provocations at the shoal at once",
                "foreign ministry spokesperson Lin Jian",
                "said",
            ),
        ),
        (
            "Firefighters were called to the block at 3 a.m. after residents reported smoke "
            "in a stairwell, the fire service said.",
            (
                "Firefighters were called to the block at 3 a.m. after residents reported "
                "smoke in a stairwell",
                "the fire service",
                "said",
            ),
        ),
        (
            "The trust has refused to reopen talks, the nurses' union has claimed, as the "
            "strike enters its third week.",
            ("The trust has refused to reopen talks", "the nurses' union", "claimed"),
        ),
        (
            "Brightpath has cut a quarter of its staff, Sifted has learned, after a funding "
            "round collapsed.",
            ("Brightpath has cut a quarter of its staff", "Sifted", "learned"),
        ),
    ],
)
def test_a_late_tag_says_the_whole_clause(sentence: str, expected: tuple[str, str, str]) -> None:
    assert summary(ARTICLE.format(sentence)) == [expected]


def test_a_present_clause_then_what_the_speaker_urged() -> None:
    claims = summary(
        ARTICLE.format(
            'The spokesman told reporters that the force "does not tolerate abuse" and urged '
            "victims to come forward."
        )
    )
    assert claims == [
        ('the force "does not tolerate abuse"', "The spokesman", "told"),
        ("urged victims to come forward", None, None),
    ]


def test_ruling_that_after_a_courts_act() -> None:
    claims = summary(
        ARTICLE.format(
            "The tribunal found for the drivers, ruling that their dismissals were unlawful."
        )
    )
    assert ("their dismissals were unlawful", "The tribunal", "ruling") in claims


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Cllr Mary Walsh, Fine Gael, said the flood barriers had failed.",
            ("the flood barriers had failed", "Cllr Mary Walsh", "said"),
        ),
        (
            "A spokesperson for Cork City and County Council said the road would reopen.",
            ("the road would reopen", "A spokesperson for Cork City and County Council", "said"),
        ),
        (
            "Exports fell 8 percent in 2023, according to the Agriculture, Forestry and "
            "Fisheries Ministry.",
            (
                "Exports fell 8 percent in 2023",
                "the Agriculture, Forestry and Fisheries Ministry",
                "according to",
            ),
        ),
        (
            "The State Department determined that the militia had committed war crimes.",
            ("the militia had committed war crimes", "The State Department", "determined"),
        ),
    ],
)
def test_names_with_parties_and_lists_and_a_determination(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert expected in summary(ARTICLE.format(sentence))


def test_declining_to_be_named_is_anonymity() -> None:
    claims = extract(
        ARTICLE.format('"We buried 20 people," a villager told AFP, declining to be named.')
    ).claims
    assert "anonymous_source" in claims[0].flags


def test_tass_dateline_without_its_full_stop() -> None:
    text = (
        "Drones downed\n\nMOSCOW, March 18. /TASS/ Air defences destroyed 21 drones, the "
        "ministry said.\n"
    )
    result = extract(text)
    assert [c.text for c in result.claims] == ["Air defences destroyed 21 drones"]


def test_an_inverted_tag_after_a_subject_with_its_apposition_and_a_clause() -> None:
    claims = summary(
        ARTICLE.format(
            "Al-Amal Hospital, the only clinic still open in the district, received 18 bodies, "
            "said a nurse there, who asked not to be named."
        )
    )
    assert claims == [
        (
            "Al-Amal Hospital, the only clinic still open in the district, received 18 bodies",
            "a nurse there",
            "said",
        )
    ]


def test_a_clause_with_a_participles_aside_then_an_inverted_tag() -> None:
    claims = summary(
        ARTICLE.format(
            "A drone hit the clinic twice, followed by shelling that lasted an hour, said a "
            "medic at the scene."
        )
    )
    assert claims == [
        (
            "A drone hit the clinic twice, followed by shelling that lasted an hour",
            "a medic at the scene",
            "said",
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        ("The driver's family disputed that account Sunday.", "that account"),
        ("The ministry rejected the report on Tuesday evening.", "the report"),
    ],
)
def test_a_day_after_the_denied_object_is_when(sentence: str, denied: str) -> None:
    claims = extract(ARTICLE.format(f"Police said the driver was speeding. {sentence}")).claims
    assert claims[-1].text == denied


def test_the_death_toll_unverified_is_every_count_of_the_dead_before() -> None:
    flags = _unverified(
        "Shelling struck a market in the city, killing at least 43 people, medics said. A "
        "local official put the death toll at 57. The militia denied targeting civilians. "
        "Reuters could not independently verify the death toll."
    )
    assert flags == {
        "Shelling struck a market in the city, killing at least 43 people": True,
        "the death toll at 57": True,
        "targeting civilians": False,
    }


def test_an_accusation_after_a_denials_reason_is_its_own_claim() -> None:
    claims = summary(
        ARTICLE.format(
            "The militia denied shelling the camp, saying its fighters had fired only at army "
            "posts, and accused the army of hiding weapons in the camp."
        )
    )
    assert claims == [
        # (the denial's reason is its one claim since the nineteenth session: see
        # test_extract_review_nineteen)
        ("its fighters had fired only at army posts", "The militia", "denied"),
        ("the army of hiding weapons in the camp", "The militia", "accused"),
    ]
