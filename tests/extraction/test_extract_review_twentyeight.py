"""Constructions found by the twenty-eighth session's reading of the Wikinews development set
and by its blind hunts, on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import summary

from claims.extraction import extract

_STORY = (
    "The library reopened on Monday after a two-year renovation, the council said.\n\n"
    "{line}\n\n"
    "Visitors queued from early morning, staff said.\n\n"
    "The building now holds 40,000 books, according to the librarian."
)


@pytest.mark.parametrize(
    "line",
    [
        "Ada Brooks with some of the letters that have never been published.",
        "The reading room, which was closed for two years.",
        "Volunteers who helped move the collection.",
    ],
)
def test_a_caption_with_a_relative_clause_is_furniture(line: str) -> None:
    """A paragraph standing alone that is a noun phrase whose only verb is in a relative
    clause on its noun ("books that have not yet been sold") is a photo's caption, not a
    claim (it had been a claim given to the person it names)."""
    result = extract(_STORY.format(line=line))
    assert line.rstrip(".") not in [claim.text for claim in result.claims]
    assert "caption" in [span.kind for span in result.metadata.furniture]


@pytest.mark.parametrize(
    "line",
    [
        # a verb after the clause: a sentence
        "A volunteer who helped move the collection has died.",
        # a subject in the clause: the line's verb is outside any clause on a noun
        "Staff said the books that the council bought were damaged.",
    ],
)
def test_a_sentence_with_a_relative_clause_stays_a_claim(line: str) -> None:
    """(a guard) the relative clause's verb excuses only itself."""
    result = extract(_STORY.format(line=line))
    texts = [claim.text for claim in result.claims]
    assert any(text in line for text in texts), texts


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "Cholera admissions in the county reached 2,310 in April, well above the 1,480 "
            "reported in the same month last year, according to figures from the health office.",
            "Cholera admissions in the county reached 2,310 in April, well above the 1,480 "
            "reported in the same month last year",
            "figures from the health office",
        ),
        (
            "Traffic deaths fell to 412 in the first half, compared with the 530 recorded a year "
            "earlier, according to the transport authority.",
            "Traffic deaths fell to 412 in the first half, compared with the 530 recorded a year "
            "earlier",
            "the transport authority",
        ),
        (
            "The state has logged 9,082 measles cases this year, more than double the 4,130 "
            "reported in 2023, the health department said.",
            "The state has logged 9,082 measles cases this year, more than double the 4,130 "
            "reported in 2023",
            "the health department",
        ),
    ],
)
def test_a_figure_before_a_participle_is_no_speaker(text: str, claim: str, speaker: str) -> None:
    """ "..., more than double the 4,130 reported in 2023": the figure compared with is the
    participle's noun, not who reported the claim (it had been the claimant, the claim cut at
    it and the real source after it lost)."""
    result = extract(text)
    assert [(c.text, c.source.text if c.source else None) for c in result.claims] == [
        (claim, speaker)
    ]


@pytest.mark.parametrize("letters", ["KC", "QC", "MP"])
def test_letters_after_a_name_do_not_hide_its_given_name(letters: str) -> None:
    """ "Claire Denton KC": the given name says "she" by the surname, not by "KC" - a later
    "he" is not her (the defendant's written words had been given to the prosecutor)."""
    text = (
        f"Opening the case, Claire Denton {letters} said the defendant had become obsessed "
        "with his former partner.\n\n"
        'In one message, he wrote: "You will be sorry."'
    )
    quote = next(claim for claim in extract(text).claims if claim.text == "You will be sorry")
    assert quote.source is not None and quote.source.text == "he"
    resolved = quote.source.resolved
    assert resolved is None or "Denton" not in resolved.text


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "first", "second"),
    [
        (
            "The union welcomed the deal, saying pay would rise by 4 percent and that no jobs "
            "would be lost.",
            "The union",
            "saying",
            "pay would rise by 4 percent",
            "no jobs would be lost",
        ),
        (
            "She defended the budget, arguing the cost was modest and that the benefits were "
            "clear.",
            "She",
            "arguing",
            "the cost was modest",
            "the benefits were clear",
        ),
    ],
)
def test_a_participles_two_that_clauses_are_twosummary(
    text: str, speaker: str, cue: str, first: str, second: str
) -> None:
    """ "welcomed the deal, saying A and that B": two claims, as after "said" (it had been one
    claim with "and that" inside it)."""
    found = summary(text)
    assert (first, speaker, cue) in found
    assert (second, speaker, cue) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sowa, a retired admiral who won 14% of the vote according to official figures, "
            "said he would not concede.",
            [
                ("won 14% of the vote", "official figures", "according to"),
                ("he would not concede", "Sowa", "said"),
            ],
        ),
        (
            "The blaze began in the north wing, where, according to the museum's owners, the "
            "paintings are kept.",
            [
                ("The blaze began in the north wing", None, None),
                ("the paintings are kept", "the museum's owners", "according to"),
            ],
        ),
        (
            "The lorry was stopped at the depot, where, the drivers said, it had waited for "
            "three days.",
            [
                ("The lorry was stopped at the depot", None, None),
                ("it had waited for three days", "the drivers", "said"),
            ],
        ),
        (
            "Ms Obi accepted that she had not told the police about a quarrel in which, the "
            "defence say, she threw a plate at him.",
            [
                ("she had not told the police about a quarrel", "Ms Obi", "accepted"),
                ("she threw a plate at him", "the defence", "say"),
            ],
        ),
        (
            "The guard agreed that he had locked the gate on the night when, police say, the "
            "files were taken.",
            [
                ("he had locked the gate on the night", "The guard", "agreed"),
                ("the files were taken", "police", "say"),
            ],
        ),
    ],
)
def test_a_relative_clause_with_its_own_tag_is_its_sources_claim(text: str, expected: list) -> None:
    """ "..., where, according to X, Z", "... in which, the defence say, Z", "S, a former
    general who won 12% according to X, said Y": the relative clause is its tag's source's
    claim, and the sentence around it is read without it (the whole had gone to one of the
    two sources, and a witness had been given the allegation she disputes)."""
    assert summary(text) == expected


def test_a_quoted_first_person_under_a_heading_is_not_the_headings_speech() -> None:
    """ "Morrison Knudsen (Boise, Idaho)" heading a Who's News item, then prose and a quotation
    ("``She built our business,'' said Dean Hall"): the quotation's "our" is the quoted
    person's, so the heading names no one speaking the item (every sentence had been given to
    the company, and each one's own "said" dropped)."""
    text = (
        "Who's News: Executive Changes\n\n"
        "Hollis Granite (Barre, Vt.)\n\n"
        "Karen Bly, vice president of this quarrying concern, said she will retire in June. "
        "Ms. Bly joined the company in 1970.\n\n"
        "``She built our export business,'' said Dean Hall, the president.\n\n"
        "Prairie Gas Service (Omaha, Neb.)\n\n"
        "Arthur Fisk, 64, chairman of this utility, said he will step down at the end of the "
        "year. Mr. Fisk joined the utility in 1959.\n"
    )
    assert summary(text) == [
        ("she will retire in June", "Karen Bly", "said"),
        ("Ms. Bly joined the company in 1970", None, None),
        ("She built our export business", "Dean Hall", "said"),
        ("he will step down at the end of the year", "Arthur Fisk", "said"),
        ("Mr. Fisk joined the utility in 1959", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Halden Corp.'s board rejected a $31-a-share offer, calling the bid ``grossly "
            "inadequate'' and saying it would explore a sale.",
            [
                ("Halden Corp.'s board rejected a $31-a-share offer", None, None),
                ("the bid ``grossly inadequate''", "Halden Corp.'s board", "calling"),
                ("it would explore a sale", "Halden Corp.'s board", "saying"),
            ],
        ),
        (
            "The senator attacked the bill, calling it a giveaway and arguing that it would add "
            "$2 trillion to the debt.",
            [
                ("The senator attacked the bill", None, None),
                ("it a giveaway", "The senator", "calling"),
                ("it would add $2 trillion to the debt", "The senator", "arguing"),
            ],
        ),
    ],
)
def test_a_company_possessive_subject_and_two_participles(text: str, expected: list) -> None:
    """ "Halden Corp.'s board rejected ..., calling X Y and saying Z": the subject reads through
    the company's full stop and possessive (the whole sentence had been the reporter's), and
    the second participle's clause is a claim of its own (it had stayed inside the first)."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Securities and Exchange Commission charged a former trader at Pell & Co. with "
            "using confidential information.",
            [
                (
                    "a former trader at Pell & Co. with using confidential information",
                    "The Securities and Exchange Commission",
                    "charged",
                )
            ],
        ),
        (
            "A federal grand jury charged the broker with fraud.",
            [("the broker with fraud", "A federal grand jury", "charged")],
        ),
        # (guards) an event, and a price
        (
            "He was charged with murder on Tuesday.",
            [("He was charged with murder on Tuesday", None, None)],
        ),
        (
            "The utility charged customers $40 a month with no warning.",
            [("The utility charged customers $40 a month with no warning", None, None)],
        ),
    ],
)
def test_charged_whom_with_an_offence_is_an_accusation(text: str, expected: list) -> None:
    """ "X charged Y with Z" is X's accusation "Y with Z", as "X accused Y of Z" is "Y of Z"
    (it had been the reporter's whole sentence)."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The union, Teamsters Local 727, said the strike would go ahead.", "Teamsters Local 727"),
        ("The coach, Pieter van der Berg, said the team would appeal.", "Pieter van der Berg"),
        ("Her lawyer, Ana de la Cruz, said the charges would be contested.", "Ana de la Cruz"),
    ],
)
def test_a_name_in_apposition_with_a_number_or_a_particle(text: str, speaker: str) -> None:
    """ "The union, Teamsters Local 727, said", "The coach, Pieter van der Berg, said": a name
    ending in its number or holding a particle is still a name between the commas (the whole
    sentence had been the reporter's)."""
    (claim,) = extract(text).claims
    assert claim.source is not None and speaker in claim.source.text
    assert claim.cue is not None and claim.cue.text == "said"


@pytest.mark.parametrize("dash", ["—", "–"])
def test_an_aside_between_dashes_after_the_subject(dash: str) -> None:
    """ "Two of the councillors - Ms Reid and Mr Olsen - said Y": the aside between dashes is
    skipped back to the subject (the whole sentence had been the reporter's)."""
    text = (
        f"Two of the three councillors {dash} Ms Reid and Mr Olsen {dash} said they would vote "
        "against the plan."
    )
    assert summary(text) == [
        ("they would vote against the plan", "Two of the three councillors", "said")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'In one message he told his brother he was "finished with all of them".',
            [('he was "finished with all of them"', "he", "told")],
        ),
        ("In a statement she said the plan was dead.", [("the plan was dead", "she", "said")]),
        (
            "During the hearing they argued the contract was void.",
            [("the contract was void", "they", "argued")],
        ),
    ],
)
def test_a_fronted_phrase_without_its_comma_before_the_speakers_pronoun(
    text: str, expected: list
) -> None:
    """ "In a statement he said Y", "In one he told a friend Y": the fronted phrase has no comma
    before the pronoun that speaks (the whole sentence had been the reporter's)."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Mr Hale, who denies any wrongdoing, resigned on Friday.",
        "The chief executive who denied the claims resigned on Friday.",
        "Teenagers who use phones in bed sleep less.",
    ],
)
def test_a_sentence_whose_verb_follows_a_relative_clause_is_no_caption(line: str) -> None:
    """(a guard) the subject's relative clause closes and the sentence's own verb follows: a
    claim, not a caption (the first version of the caption rule had taken it, and lost it)."""
    result = extract(_STORY.format(line=line))
    assert line.rstrip(".") in [claim.text for claim in result.claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The jury heard from a neighbour on the second day of the trial of Mark Dixon, 38, "
            "who denies manslaughter.",
            [
                (
                    "The jury heard from a neighbour on the second day of the trial of Mark "
                    "Dixon, 38",
                    None,
                    None,
                ),
                ("manslaughter", "Mark Dixon", "denies"),
            ],
        ),
        (
            "Jurors were shown footage of the car park in the trial of Aaron Philips, 27, of "
            "Salford, who denies causing death by dangerous driving.",
            [
                (
                    "Jurors were shown footage of the car park in the trial of Aaron Philips, "
                    "27, of Salford",
                    None,
                    None,
                ),
                ("causing death by dangerous driving", "Aaron Philips", "denies"),
            ],
        ),
    ],
)
def test_an_accuseds_plea_in_a_relative_clause(text: str, expected: list) -> None:
    """ "... the trial of Mark Dixon, 38, who denies manslaughter.": the plea is the accused's
    denial (the whole sentence had been the reporter's), and it denies the charge, not the
    reporter's sentence around it."""
    assert summary(text) == expected
    assert not any(claim.relations for claim in extract(text).claims)


def test_a_passive_accusation_with_its_agent_and_the_accuseds_denial() -> None:
    """ "Both firms have been accused of price fixing by regulators, and both deny the
    allegations": the regulators' accusation, and the firms' denial of it (one fragment with
    no claimant had held both)."""
    text = (
        "Both firms have been accused of price fixing by E.U. regulators, and both deny the "
        "allegations."
    )
    assert summary(text) == [
        ("price fixing", "E.U. regulators", "accused"),
        ("the allegations", "both", "deny"),
    ]
    result = extract(text)
    assert [(r.type, r.target) for r in result.claims[1].relations] == [("denies", 0)]


def test_an_agent_that_is_part_of_the_accusation_stays_in_it() -> None:
    """(a guard) "accused of being paid by a developer": the developer is in the accusation."""
    assert summary("The minister has been accused of being paid by a developer.") == [
        ("being paid by a developer", None, "accused")
    ]


def test_a_confirmation_after_its_own_denial() -> None:
    """ "confirmed it would recall the modules, two days after it dismissed a newspaper report
    of a defect as "speculation"": the earlier denial is a claim of its own, the speaker's,
    and denies the report (it had been inside the confirmation)."""
    text = (
        "The Tagesblatt reported on Tuesday that Kessler airbag modules had a safety defect.\n\n"
        "Kessler on Thursday confirmed it would recall around 410,000 airbag modules, two days "
        'after it dismissed a newspaper report of a safety defect as "speculation".'
    )
    assert summary(text)[1:] == [
        ("it would recall around 410,000 airbag modules", "Kessler", "confirmed"),
        ("a newspaper report of a safety defect", "Kessler", "dismissed"),
    ]
    assert [(r.type, r.target) for r in extract(text).claims[2].relations] == [("denies", 0)]


@pytest.mark.parametrize(
    "note",
    [
        "In the UK, call the national domestic abuse helpline on 0808 2000 247, or visit "
        "Women's Aid. In Australia, support is available at 1800Respect (1800 737 732).",
        "In the UK and Ireland, Samaritans can be contacted on freephone 116 123. In the US, you "
        "can call or text the 988 Suicide & Crisis Lifeline at 988.",
        "What you need to know:",
        "What we know so far:",
        "Log in, register or subscribe to save articles for later.",
    ],
)
def test_a_pages_help_note_and_box_labels_are_furniture(note: str) -> None:
    """A helpline note after a report, a box's label ("What you need to know:") and a save
    button's prompt are the page's, not claims (each had been a claim of the reporter's)."""
    text = (
        "Man jailed for stalking former partner\n\n"
        "A man who sent his former partner 200 messages was jailed for two years on Friday.\n\n"
        f"{note}\n\n"
        "Calls to the helpline rose by 40% last year, the charity said.\n"
    )
    result = extract(text)
    assert note in [span.text for span in result.metadata.furniture]
    assert [claim.text for claim in result.claims] == [
        "A man who sent his former partner 200 messages was jailed for two years on Friday",
        "Calls to the helpline rose by 40% last year",
    ]


def test_an_answers_advice_in_the_imperative_is_no_claim() -> None:
    """ "Work in as many kitchens as you can.", "Do it, but go in with your eyes open.", "And
    never stop tasting.": advice in the imperative asserts nothing (each had been the
    interviewee's claim); the answer's statement stays."""
    text = (
        "Wikinews interviews chef Anna Rudd\n\n"
        "Wikinews spoke to chef Anna Rudd about her career.\n\n"
        "Wikinews: What advice would you give young cooks?\n\n"
        "Rudd: Work in as many kitchens as you can. Keep your knives sharp. And never stop "
        "tasting.\n\n"
        "Wikinews: Should they open their own restaurant?\n\n"
        "Rudd: Do it, but go in with your eyes open. Most new restaurants close within three "
        "years.\n"
    )
    assert [claim for claim, _, _ in summary(text)] == [
        "Wikinews spoke to chef Anna Rudd about her career",
        "Most new restaurants close within three years",
    ]


def test_a_fact_checks_labels_are_the_reporters() -> None:
    """AP's fact-check layout: "THE FACTS:" opens the reporter's check of the quoted claim - no
    speaker (it had been the claimant of every sentence after it, pronouns resolved to it, and
    the speaker labelled before it had gone on into it); "A look at some of their statements:"
    is the page's lead-in."""
    text = (
        "AP FACT CHECK: Candidates stretch the truth in governor's race\n\n"
        "Both candidates made claims this week that did not hold up.\n\n"
        "A look at some of their statements:\n\n"
        'FAIRBANKS: "My opponent voted to cut school funding by $400 million."\n\n'
        "THE FACTS: That's an exaggeration. Calloway voted for a budget that cut $120 million "
        "from schools.\n\n"
        'CALLOWAY: "Under my opponent, crime doubled in the capital."\n\n'
        "THE FACTS: Wrong. Police figures show violent crime rose 12 percent over the period.\n"
    )
    found = summary(text)
    assert ("That's an exaggeration", None, None) in found
    assert ("Calloway voted for a budget that cut $120 million from schools", None, None) in found
    assert ("Wrong", None, None) in found
    assert ("violent crime rose 12 percent over the period", "Police figures", "show") in found
    assert not any(claim.startswith(("A look at", "THE FACTS")) for claim, _, _ in found)
    assert not any(source and "FACTS" in source for _, source, _ in found)
    # the two candidates' labelled lines are theirs: no interview, neither is an interviewer
    # (with "THE FACTS" no label, two labelled speakers had read as an interview, and the
    # candidate the introduction does not name first as its interviewer)
    assert ("My opponent voted to cut school funding by $400 million", "FAIRBANKS", None) in found
    assert ("Under my opponent, crime doubled in the capital", "CALLOWAY", None) in found


@pytest.mark.parametrize(
    ("headline", "introduction", "interviewee"),
    [
        (
            "Wikinews interviews Palm Valley mayor on water shortage",
            "Wikinews interviewed the city's mayor, Ron Ortega.",
            "Ron Ortega",
        ),
        (
            "Wikinews interviews Red Deer police chief about gang violence",
            "Wikinews spoke to the city's police chief, Dana Whitford.",
            "Dana Whitford",
        ),
        (
            "Wikinews interviews Norwegian fisheries minister on quotas",
            "Wikinews interviewed Norway's fisheries minister, Ola Berg.",
            "Ola Berg",
        ),
    ],
)
def test_a_place_before_a_role_in_an_interviews_headline_is_no_interviewee(
    headline: str, introduction: str, interviewee: str
) -> None:
    """ "Wikinews interviews Palm Valley mayor ...": the place names the mayor's town, and the
    introduction names the mayor ("the city's mayor, Ron Ortega", "Norway's fisheries
    minister, Ola Berg") - every answer had been the place's."""
    text = (
        f"{headline}\n\nMonday, May 3, 2021\n\n{introduction}\n\n"
        "((Wikinews)) What is the problem?\n\nWe lose about a metre of path every winter.\n\n"
        "((Wikinews)) What will you do?\n\nWe are rebuilding the worst sections this summer.\n"
    )
    answers = [claim for claim in extract(text).claims if claim.text.startswith("We ")]
    assert len(answers) == 2
    assert all(claim.source is not None and claim.source.text == interviewee for claim in answers)


def test_a_pull_quote_repeating_the_body_is_no_claim() -> None:
    """A quotation standing alone, with no tag, whose words the answer gives again: the page's
    pull quote, neither a claim nor its speaker's twice (it had been a claim of its own)."""
    text = (
        "Wikinews interviews harbour master Ines Varga\n\n"
        "Wikinews spoke with Ines Varga, who runs the harbour at Elm.\n\n"
        '"The old wall was built for a different sea, and it shows every winter."\n\n'
        "((Wikinews)) Why does the wall fail?\n\n"
        "The old wall was built for a different sea, and it shows every winter. We lose a "
        "section most years.\n\n"
        "((Wikinews)) What will it cost to fix?\n\n"
        "About 12 million euros.\n"
    )
    texts = [claim.text for claim in extract(text).claims]
    assert texts.count("The old wall was built for a different sea, and it shows every winter") == 1


def test_a_quotation_standing_alone_said_once_stays_a_claim() -> None:
    """(a guard) a quotation paragraph whose words are not repeated is someone's claim."""
    text = (
        "The mayor spoke at the harbour on Monday.\n\n"
        '"The old wall was built for a different sea, and it shows every winter."\n\n'
        "Repairs will start in May, the council said.\n"
    )
    assert "The old wall was built for a different sea, and it shows every winter" in [
        claim.text for claim in extract(text).claims
    ]


def test_a_source_lists_long_citations_are_links() -> None:
    """A source list's entry with its authors and a long title ('Hannah Ruatara et al. "Decline
    of a ... colony, 1999-2010" — Marine Ecology Progress Series, September 21, 2010') is a
    link, not a claim (it had been one, and another entry's headline had made a claimant)."""
    text = (
        "Seabird colony has almost halved, scientists report\n\n"
        "Wednesday, September 22, 2010\n\n"
        "The number of sooty shearwaters breeding on Callow Island has fallen by almost half "
        "since 1999, a study published on Tuesday found.\n\n"
        "Sources\n\n"
        'Hannah Ruatara et al. "Decline of a sooty shearwater colony in southern New Zealand, '
        '1999-2010" — Marine Ecology Progress Series, September 21, 2010\n'
        '"New Zealand seabird colony in steep decline, study finds" — The Guardian, September '
        "22, 2010\n"
    )
    result = extract(text)
    assert len(result.claims) == 1
    assert [span.kind for span in result.metadata.furniture].count("link") == 2


@pytest.mark.parametrize(
    "caption",
    [
        "A woman rests under a tree in Phoenix, Ariz. A new study finds shade cut heat deaths, "
        "but critics say the data are thin. Mara Quinn/NPR",
        "Students walk past a closed school in Dayton, Ohio. The district says falling "
        "enrollment forced the closures. Ben Hart for NPR",
    ],
)
def test_a_caption_ending_in_its_photographers_bare_credit(caption: str) -> None:
    """NPR's captions end with the photographer's credit unbracketed ("Mara Quinn/NPR", "Ben
    Hart for NPR"): the whole paragraph is the caption (its sentences had been claims, and the
    credit one too)."""
    text = (
        "Study links tree cover to fewer heat deaths\n\n"
        "Neighborhoods with more trees had fewer heat deaths, a study published Monday found.\n\n"
        f"{caption}\n\n"
        "The authors said more research was needed.\n"
    )
    result = extract(text)
    assert caption in [span.text for span in result.metadata.furniture]
    assert len(result.claims) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several analysts doubted that the merger would produce the promised savings.",
            [("the merger would produce the promised savings", "Several analysts", "doubted")],
        ),
        (
            "Sen. Ames said she would support the bill but doubted that it could pass the House.",
            [
                ("she would support the bill", "Sen. Ames", "said"),
                ("it could pass the House", "Sen. Ames", "doubted"),
            ],
        ),
        (
            "Opposition leaders suspected that the count had been rigged.",
            [("the count had been rigged", "Opposition leaders", "suspected")],
        ),
        # (guards) no clause after them: no claim of theirs
        ("A suspected gunman was arrested.", [("A suspected gunman was arrested", None, None)]),
        (
            "Worried residents gathered outside.",
            [("Worried residents gathered outside", None, None)],
        ),
    ],
)
def test_doubted_suspected_worried_before_that(text: str, expected: list) -> None:
    """ "doubted that", "suspected that", "worried that": what a party doubts or suspects is
    theirs, as what they believe is (it had been the reporter's, or stayed inside the claim
    said before it)."""
    assert summary(text) == expected


def test_a_fronted_phrase_then_according_to_a_source_with_its_relative_clause() -> None:
    """ "Under the agreement, according to a person who has seen it, the company will pay $40
    million": the source's relative clause runs to the comma, and the claim is the sentence
    (it had been "Under the agreement" alone, the payment lost)."""
    text = (
        "Under the agreement, according to a person who has seen it, the company will pay $40 "
        "million."
    )
    (claim,) = extract(text).claims
    assert claim.text.endswith("the company will pay $40 million")
    assert claim.source is not None and claim.source.text == "a person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prices in New England and the Mid-Atlantic states will rise next year, the report "
            "said.",
            [
                (
                    "Prices in New England and the Mid-Atlantic states will rise next year",
                    "the report",
                    "said",
                )
            ],
        ),
        (
            "Ms. Lee, who follows the industry for Shearson, cut her 1990 earnings estimate for "
            "the company to $2.10 a share.",
            [
                (
                    "Ms. Lee, who follows the industry for Shearson, cut her 1990 earnings "
                    "estimate for the company to $2.10 a share",
                    None,
                    None,
                )
            ],
        ),
    ],
)
def test_a_noun_that_can_be_a_cue_before_its_own_verb(text: str, expected: list) -> None:
    """ "the Mid-Atlantic states will rise": a noun before its modal (it had been the cue
    "states" of "the Mid-Atlantic"); "her 1990 earnings estimate": a possessive's noun (it had
    been the cue of "cut her 1990 earnings")."""
    assert summary(text) == expected


def test_a_tags_absolute_phrase_with_an_adjective_and_a_setting() -> None:
    """'"We are not going anywhere," Smith said, his voice hoarse after a week of rallies.': the
    absolute phrase describes how he spoke (the whole sentence had been the claim, and its
    quotation flag lost)."""
    assert summary(
        '"We are not going anywhere," Smith said, his voice hoarse after a week of rallies.'
    ) == [("We are not going anywhere", "Smith", "said")]


def test_a_subjects_apposition_with_a_relative_clause_before_a_copula_and_a_participle() -> None:
    """ "Rep. Tom Hale, the Tennessee Republican who chairs the panel, was more measured,
    telling CNN that Y": the relative clause's verb is inside the apposition, and the
    participle's claim is Hale's (the whole sentence had been the reporter's)."""
    text = (
        "Rep. Tom Hale, the Tennessee Republican who chairs the panel, was more measured, "
        "telling CNN that the bill needed work."
    )
    assert ("the bill needed work", "Rep. Tom Hale", "telling") in summary(text)


def _relations(text: str) -> list[tuple[int, str, int]]:
    return [
        (index, relation.type, relation.target)
        for index, claim in enumerate(extract(text).claims)
        for relation in claim.relations
    ]


def test_calling_a_claim_wrong_denies_it_and_no_truth_in_the_report() -> None:
    """'said that "any suggestion that this is about selling land is wrong"' is a denial of
    the report it answers, and "there was no truth in the report" denies the newspaper's
    report, not the claim said just before (neither had been linked, or the second had been
    linked to the town's own statement)."""
    text = (
        "The Kingsford Examiner reported that the town had received an offer from a developer "
        "for the Mill Street site.\n\n"
        "The town's chief officer, Brian Kwan, said no decision had been made about the site "
        'and that "any suggestion that this is about selling land is wrong".\n\n'
        "A council spokesman said there was no truth in the report.\n"
    )
    links = _relations(text)
    assert (2, "denies", 0) in links
    assert (3, "denies", 0) in links
    assert not any(target == 1 for _, _, target in links)


@pytest.mark.parametrize(
    ("report", "reply"),
    [
        (
            "Spotlight reported on Monday that the defence minister had handed in his resignation.",
            '"The minister is at his desk. No resignation has been submitted," the ministry said.',
        ),
        (
            "The Courier reported that the club had accepted an offer for its stadium.",
            '"No offer has been received," a club spokesman said.',
        ),
    ],
)
def test_an_act_reported_done_said_not_done_is_a_denial(report: str, reply: str) -> None:
    """ "No resignation has been submitted" answers a report that the minister resigned: a
    denial without a denial verb (it had no relation); "no arrests had been made" denies
    nothing (a guard: the noun is an act of one party reported as done)."""
    assert (1, "denies", 0) in _relations(f"{report}\n\n{reply}")
    assert (
        _relations(
            "Police said a man had been seen running from the scene.\n\n"
            "Police said no arrests had been made."
        )
        == []
    )


@pytest.mark.parametrize(
    ("first", "reply"),
    [
        (
            "The Post reported that the senator had accepted gifts from a lobbyist.",
            "The senator said he had done nothing improper.",
        ),
        (
            "Regulators accused the bank of misleading savers.",
            "The bank's chief executive said it did nothing wrong.",
        ),
        (
            "The union said 300 jobs would go.",
            "The company said the union's figures could not be relied upon.",
        ),
    ],
)
def test_rebuttals_without_a_denial_verb(first: str, reply: str) -> None:
    """ "he had done nothing improper" after a report of gifts, "the union's figures could not
    be relied upon": rebuttals in other words than a denial verb deny what they answer (they
    had no relation)."""
    assert (1, "denies", 0) in _relations(f"{first}\n\n{reply}")


def test_a_long_subject_then_said_and_a_partial_quotation() -> None:
    """'A negotiator who ..., and who asked not to be named because ..., said management
    "walked away from the table."': the subject said it; ", said management" before the
    quotation is no inverted tag (the quotation had had no speaker, or the one before's)."""
    text = (
        "Union leaders say the talks have stalled.\n\n"
        "A union negotiator who has bargained with the company for years, and who asked not to "
        'be named because the talks are private, said management "walked away from the '
        'table."\n'
    )
    claims = extract(text).claims
    assert claims[-1].text == 'management "walked away from the table'
    assert claims[-1].source is not None
    assert claims[-1].source.text.startswith("A union negotiator")


def test_a_second_act_of_the_reported_subject_stays_in_the_claim() -> None:
    """ "Police said protesters infiltrated the march and attacked officers, injuring 12": the
    protesters attacked, in what the police said (the second act had been split off with no
    claimant, an unknown past form read as a participle)."""
    assert summary(
        "Police said a small group of protesters infiltrated the march and attacked officers "
        "with bottles, injuring 12."
    ) == [
        (
            "a small group of protesters infiltrated the march and attacked officers with "
            "bottles, injuring 12",
            "Police",
            "said",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan's biggest carmaker cut its forecast, saying chip shortages would persist.",
            ("chip shortages would persist", "Japan's biggest carmaker", "saying"),
        ),
        (
            "The central bank raised rates by a quarter point, a move predicted by most "
            "economists.",
            (
                "The central bank raised rates by a quarter point, a move predicted by most "
                "economists",
                None,
                None,
            ),
        ),
    ],
)
def test_a_superlative_after_a_possessive_and_a_gloss_noun_are_no_cut(
    text: str, expected: tuple
) -> None:
    """ "Japan's biggest carmaker ..., saying": the superlative is the subject's (the claimant
    had been "Japan's"); "..., a move predicted by most economists": a gloss, "a move" no
    speaker (it had been the claimant)."""
    assert expected in summary(text)


def test_a_cue_that_needs_a_clause_in_the_subjects_relative() -> None:
    """ "Ana Lopes, who maintained the project's Linux packages until last year, said Y": she
    kept the packages up, no claim (it had been her claim, cue "maintained"); "who maintains
    that he is innocent" is one."""
    assert summary(
        "Ana Lopes, who maintained the project's Linux packages until last year, said the "
        "decision was rushed."
    ) == [("the decision was rushed", "Ana Lopes", "said")]
    assert ("he is innocent", "Hale", "maintains") in summary(
        "Hale, who maintains that he is innocent, was charged on Friday."
    )


@pytest.mark.parametrize("when", ["weekend", "day", "week"])
def test_described_a_time_as_something_is_what_was_said(when: str) -> None:
    """'Organiser Jan Moss described the weekend as "the best we have ever had"': the weekend
    is the object described, not a time after a tag (the quotation had had no speaker, or the
    one before's)."""
    text = (
        "The mayor opened the festival on Friday.\n\n"
        f'Organiser Jan Moss described the {when} as "the best we have ever had".'
    )
    assert summary(text)[-1] == (
        f'the {when} as "the best we have ever had"',
        "Organiser Jan Moss",
        "described",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Figures published by the industry group Vinyl UK put sales at 4.3 million records.",
            (
                "sales at 4.3 million records",
                "Figures published by the industry group Vinyl UK",
                "put",
            ),
        ),
        ("Analysts put revenue at $2.1 billion.", ("revenue at $2.1 billion", "Analysts", "put")),
    ],
)
def test_a_bare_measure_put_at_a_figure(text: str, expected: tuple) -> None:
    """ "put sales at 4.3 million", "put revenue at $2.1 billion": a measure without its
    determiner, put at a figure by its source (the whole sentence had been the reporter's)."""
    assert summary(text) == [expected]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The landlord says that isn't true.", "that isn't true"),
        ("She said that doesn't matter.", "that doesn't matter"),
        # (a guard) the complementiser before a clause
        ("The council says that the road will reopen.", "the road will reopen"),
    ],
)
def test_that_before_a_negated_auxiliary_is_the_subject(text: str, claim: str) -> None:
    """ "The landlord says that isn't true": "that" is the claim's subject, not a
    complementiser (the claim had been "isn't true")."""
    assert summary(text)[0][0] == claim


def test_a_closing_bid_and_thanks_in_another_language_are_nosummary() -> None:
    """ "If anyone has old photos of the bakery, please get in touch.", "Diolch — thank you.": a
    bid and thanks, no claims (each had been the interviewee's)."""
    text = (
        "Wikinews interviews baker Ann Lowe\n\n"
        "Wikinews spoke to Ann Lowe about her bakery.\n\n"
        "Wikinews: How did you start?\n\n"
        "Lowe: I baked for friends for years. Then I opened a shop in 2015.\n\n"
        "Wikinews: Anything to add?\n\n"
        "Lowe: If anyone has old photos of the bakery, please get in touch. Diolch — thank you.\n"
    )
    assert [claim for claim, _, _ in summary(text)] == [
        "Wikinews spoke to Ann Lowe about her bakery",
        "I baked for friends for years",
        "Then I opened a shop in 2015",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Currently, she said, only 12 clinics offer the test.",
            ("only 12 clinics offer the test", "she", "said"),
        ),
        (
            "Today, the minister said, the law is clear.",
            ("the law is clear", "the minister", "said"),
        ),
        (
            "Meanwhile, Smith told reporters, the talks had stalled.",
            ("the talks had stalled", "Smith", "told"),
        ),
    ],
)
def test_an_opening_adverb_then_the_tag_between_commas(text: str, expected: tuple) -> None:
    """ "Currently, she said, only 12 clinics offer the test": the adverb opens the clause said,
    the tag between commas gives its speaker (the whole sentence had been the reporter's)."""
    assert summary(text) == [expected]


def test_a_question_standing_first_is_the_headline() -> None:
    """ "Does intermittent fasting really work?" over the article is its headline, and the
    line under it its standfirst (the title had been none, the standfirst a claim)."""
    text = (
        "Does intermittent fasting really work?\n\n"
        "A large new trial suggests the popular diet is no better than counting calories.\n\n"
        "By Jane Roe, Health Reporter\n\n"
        "People who fasted lost about the same weight as those who cut calories, researchers "
        "said on Wednesday.\n"
    )
    result = extract(text)
    assert result.metadata.title == "Does intermittent fasting really work?"
    assert [claim.text for claim in result.claims] == [
        "People who fasted lost about the same weight as those who cut calories"
    ]


def test_a_plural_subject_reports_in_the_present() -> None:
    """ "The effect was small, the researchers report in the journal Nature Medicine": the
    researchers' tag in the present (it had been read as "the researchers report", a noun,
    and the sentence the reporter's)."""
    assert summary(
        "The effect was small, the researchers report in the journal Nature Medicine."
    ) == [("The effect was small", "the researchers", "report")]


def test_a_firm_name_guessed_a_plural_opens_its_analysts_subject() -> None:
    """ "Jefferies analyst Tom Hale was less enthusiastic, writing that Y": the firm's name, which
    the lexicon never saw and guessed a plural by its -s, opens the subject (the whole sentence
    had been the reporter's); "Prices climbed, confirming that" keeps no speaker."""
    found = summary(
        "Jefferies analyst Tom Hale was less enthusiastic, writing that the deal was too expensive."
    )
    assert ("the deal was too expensive", "Jefferies analyst Tom Hale", "writing") in found
    assert summary("Prices climbed, confirming that demand was strong.")[0][1] is None


@pytest.mark.parametrize(
    ("text", "said", "did"),
    [
        (
            "The bank said inflation would ease and kept rates on hold.",
            "inflation would ease",
            "kept rates on hold",
        ),
        (
            "The company said the plant would close and held talks with unions.",
            "the plant would close",
            "held talks with unions",
        ),
    ],
)
def test_an_irregular_past_after_and_is_the_speakers_act(text: str, said: str, did: str) -> None:
    """ "said inflation would ease and kept rates on hold": the bank kept rates, an act of the
    speaker's told by the reporter (an irregular past had stayed inside what was said)."""
    found = summary(text)
    assert found[0][0] == said
    assert (did, None, None) in found


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The company said it would cut 500 jobs, though it was not clear whether the plant "
            "would close.",
            "it would cut 500 jobs",
        ),
        (
            "The regulator said it had opened an inquiry but did not comment on the timing.",
            "it had opened an inquiry",
        ),
    ],
)
def test_the_reporters_doubt_and_what_the_speaker_did_not_say_end_the_claim(
    text: str, claim: str
) -> None:
    """ ", though it was not clear whether ...", "but did not comment on ...": the reporter's
    doubt and what the speaker did not say are no part of what was said (they had been)."""
    assert summary(text)[0][0] == claim


def test_who_after_people_familiar_with_something_is_the_people() -> None:
    """ "according to two people familiar with the regulator's thinking, who said Y": the
    people said Y, not "the regulator's thinking" (which had been the claimant)."""
    found = summary(
        "The talks are progressing, according to two people familiar with the regulator's "
        "thinking, who said a decision was expected in May."
    )
    assert found[-1] == (
        "a decision was expected in May",
        "two people familiar with the regulator's thinking",
        "said",
    )


def test_a_gloss_after_a_tag_and_its_time_keeps_the_figure_claim() -> None:
    """ "Measles cases fell 40% last year, the health ministry said on Monday, a decline that
    officials attributed to a vaccination drive": the figure is the ministry's, the gloss after
    the tag the reporter's (the figure had been lost, and the ministry given what officials
    attributed)."""
    found = summary(
        "Measles cases fell 40% last year, the health ministry said on Monday, a decline that "
        "officials attributed to a vaccination drive."
    )
    assert found[0] == ("Measles cases fell 40% last year", "the health ministry", "said")
    assert not any(claim.startswith("officials attributed") for claim, _, _ in found)


def test_two_labelled_candidates_in_a_fact_check_are_no_interview() -> None:
    """A fact-check quoting two candidates by label, the introduction naming both: neither is
    an interviewer (the one not named last had been taken for one, and its quoted claims
    dropped as prompts)."""
    text = (
        "AP FACT CHECK: Senate rivals stretch the truth\n\n"
        "Republican Brent Calloway and Democrat Naomi Fairbanks clashed Monday night in the "
        "only debate of the race.\n\n"
        'CALLOWAY: "Since we cut taxes last year, Ohio has added 40,000 manufacturing jobs."\n\n'
        "THE FACTS: That's an exaggeration. The state added about 17,000.\n\n"
        'FAIRBANKS: "My opponent voted to take away protections for 5 million Ohioans."\n\n'
        "THE FACTS: Calloway has never cast such a vote.\n\n"
        'CALLOWAY: "Crime is up 30 percent in this state."\n\n'
        "THE FACTS: There is no data to support that.\n\n"
        'FAIRBANKS: "Wages have not gone up at all."\n\n'
        "THE FACTS: Wrong.\n"
    )
    found = summary(text)
    assert (
        "Since we cut taxes last year, Ohio has added 40,000 manufacturing jobs",
        "CALLOWAY",
        None,
    ) in found
    assert ("Crime is up 30 percent in this state", "CALLOWAY", None) in found


def test_an_indefinite_noun_forecast_is_no_cue() -> None:
    """ "declined to give an earnings forecast for the quarter, saying only that Y": "an
    earnings forecast" is a noun (it had been the cue of a claim "for the fourth quarter" by
    "Mr. Hale declined to give an earnings"); "A group estimates 40 people died" still cues."""
    found = summary(
        "Mr. Hale declined to give an earnings forecast for the fourth quarter, saying only "
        "that results would be ``disappointing.''"
    )
    assert ("results would be ``disappointing", "Mr. Hale", "saying") in found
    assert not any(cue == "forecast" for _, _, cue in found)
    assert summary("A group estimates 40 people died.") == [
        ("40 people died", "A group", "estimates")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Director Ann Lee was quoted in the release as saying the wing "doubles our space".',
            "Director Ann Lee",
        ),
        ("The minister was quoted by Reuters as saying the talks had failed.", "The minister"),
    ],
)
def test_where_a_passives_subject_was_quoted_is_no_speaker(text: str, speaker: str) -> None:
    """ "X was quoted in the release as saying Y": X said it, not "in the release" (which had
    been read as the one quoted)."""
    ((_, source, _),) = summary(text)
    assert source == speaker


def test_the_reporters_gloss_after_what_was_said_unless_it_gives_a_figure() -> None:
    """ "said the strike would continue, echoing its call for talks": the reporter's gloss, no
    part of what the union said; a gloss with a figure (", marking a deal worth $4 billion")
    stays, so no figure is lost."""
    assert summary(
        "The union said the strike would continue, echoing its call for talks with the "
        "government next week."
    ) == [("the strike would continue", "The union", "said")]
    ((claim, _, _),) = summary(
        "The regulator said it had approved the merger, marking a deal worth $4 billion."
    )
    assert claim.endswith("a deal worth $4 billion")


def test_a_fact_then_what_it_is_a_sign_of_by_the_tags_speaker() -> None:
    """ "Sales rose 4%, a sign, analysts said, that demand was recovering": the figure is the
    reporter's, what it is a sign of the analysts' (the analysts had been given the figure)."""
    assert summary("Sales rose 4%, a sign, analysts said, that demand was recovering.") == [
        ("Sales rose 4%", None, None),
        ("a sign, analysts said, that demand was recovering", "analysts", "said"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The charity put the figure higher, saying at least 300 homes were flooded.",
            [("at least 300 homes were flooded", "The charity", "saying")],
        ),
        (
            "The union gave a higher figure, saying 40 jobs would go.",
            [("40 jobs would go", "The union", "saying")],
        ),
        (
            "Kelsford District Council put its estimate much higher, saying 1,200 homes had "
            "been flooded.",
            [("1,200 homes had been flooded", "Kelsford District Council", "saying")],
        ),
    ],
)
def test_what_frames_the_figure_said_next_is_no_claim(text: str, expected: list) -> None:
    """ "put the figure higher, saying Y", "gave a higher figure, saying Y": the frame of the
    figure said next, no claim of its own (it had been one: "the figure higher")."""
    assert summary(text) == expected


def test_a_claim_named_and_challenged_in_the_passive() -> None:
    """ "That assessment was challenged by engineers": the engineers dispute it (it had been
    the reporter's sentence); "The ruling was challenged by the company in court" is an act,
    no denial."""
    text = (
        "The council said the bridge was safe.\n\n"
        "That assessment was challenged by engineers at the university.\n"
    )
    found = summary(text)
    assert found[1] == ("That assessment", "engineers at the university", "challenged")
    assert _relations(text)  # it answers the council's claim
    assert summary("The ruling was challenged by the company in court.") == [
        ("The ruling was challenged by the company in court", None, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Hale faces a lawsuit filed by shareholders accusing him of misleading investors.",
            [
                ("Mr. Hale faces a lawsuit filed by shareholders", None, None),
                ("him of misleading investors", "a lawsuit filed by shareholders", "accusing"),
            ],
        ),
        (
            "The company is the subject of a complaint alleging that the board ignored warnings.",
            [
                ("The company is the subject of a complaint", None, None),
                ("the board ignored warnings", "a complaint", "alleging"),
            ],
        ),
    ],
)
def test_a_suit_that_accuses(text: str, expected: list) -> None:
    """ "faces a lawsuit filed by shareholders accusing him of Z", "is the subject of a
    complaint alleging that Y": the document accuses (the accusation had been lost inside the
    reporter's sentence); who files one accuses by it (an earlier test's reading)."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("record", "body"),
    [
        ("the FDA report", "Food and Drug Administration"),
        ("an Environment Agency report", "Environment Agency"),
    ],
)
def test_a_description_after_a_record_is_the_body_whose_record_it_is(
    record: str, body: str
) -> None:
    """ "According to the FDA report, X. The agency said Y": the body the record is by (by its
    initials or its name), named earlier, not the other body that spoke in between (the U.S.
    attorney's office had been given the SEC's words; the Environment Agency's case, named by its
    noun, is a guard that passed before)."""
    text = (
        f"The {body} said the plant had been closed.\n\n"
        "The Hallam County prosecutor's office said two managers had been charged.\n\n"
        f"According to {record}, the plant's filters had failed twice. The agency said the "
        "failures were not reported.\n"
    )
    last = extract(text).claims[-1]
    assert last.source.text == "The agency"
    assert last.source.resolved is not None and last.source.resolved.text == f"The {body}"


@pytest.mark.parametrize(
    ("first", "reply"),
    [
        (
            "Knife crime in the county fell by 18 percent last year, the police said.",
            "Youth workers said the drop was largely an artefact of fewer patrols.",
        ),
        (
            "Exports rose to a record in October, the trade ministry said.",
            "Independent economists said the increase was exaggerated by one large aircraft sale.",
        ),
        (
            "The transport secretary said the new line would open by 2031.",
            "Engineers called the timetable wildly optimistic.",
        ),
        (
            "The developer said it hoped to finish the tower before the summer.",
            "Residents said that schedule was unrealistic.",
        ),
    ],
)
def test_a_reported_change_or_forecast_named_and_called_unreal_is_contradicted(
    first: str, reply: str
) -> None:
    """ "the drop was largely an artefact of ...", "called the timetable wildly optimistic":
    a reply that names the change or the forecast reported before, by its noun, and calls it
    unreal contradicts that claim (none had been linked, or the drop had been given as a
    second source for the fall)."""
    text = "The council met on Monday to discuss the budget.\n\n" + first + "\n\n" + reply + "\n"
    assert (2, "contradicts", 1) in _relations(text)


def test_a_judgement_of_an_act_named_by_a_change_noun_contradicts_nothing() -> None:
    """ "the increase was unjustified" judges a price rise, it does not call a report of one
    unreal (a guard: it passed before); "that schedule" is the determiner's noun, kept in the
    claim ("schedule was unrealistic" had lost it)."""
    text = (
        "The water company said bills would rise by 9 percent in April.\n\n"
        "Consumer groups said the increase was unjustified.\n"
    )
    assert not any(kind == "contradicts" for _, kind, _ in _relations(text))
    ((claim, _, _),) = summary("Residents said that schedule was unrealistic.")
    assert claim == "that schedule was unrealistic"


def test_a_change_is_no_second_source_for_a_pronoun_said_to_rise() -> None:
    """ "it was likely to be higher", said of a toll, shares only its one word of change with
    "burglaries rose 12 percent": no corroboration (it had been linked as one)."""
    text = (
        "At least 40 people died in the floods, the Red Cross said.\n\n"
        "The interior ministry put the toll at 23, though a spokesman said it was likely to be "
        "higher.\n\n"
        "Police figures released on Friday show burglaries rose 12 percent.\n"
    )
    assert not any(index == 3 for index, _, _ in _relations(text))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The ministry said the redundancies were temporary.",
            "Workers at the plant said the redundancies were permanent.",
        ),
        (
            "The education minister said the negotiations had been suspended.",
            "A teachers' representative said the negotiations were continuing.",
        ),
        (
            "The county said the blockade was illegal.",
            "Farmers' leaders said the blockade was lawful.",
        ),
        (
            "Prosecutors said the driver was armed when he was stopped.",
            "His lawyer said he was unarmed.",
        ),
        (
            "The nurses' union said its members had accepted the pay offer.",
            "The health board said the union rejected the pay offer.",
        ),
    ],
)
def test_opposite_words_about_one_subject_contradict(first: str, second: str) -> None:
    """Opposites said of one subject by two parties - temporary / permanent, suspended /
    continuing, illegal / lawful, armed / unarmed (the subject a pronoun for the one before),
    accepted / rejected (one's subject the other's speaker) - contradict (none had been
    linked)."""
    text = "The dispute began in March.\n\n" + first + "\n\n" + second + "\n"
    assert (2, "contradicts", 1) in _relations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Judge Nora Quinlan said she was satisfied the accused was a flight risk and "
            "adjourned the case until May.",
            [
                ("she was satisfied the accused was a flight risk", "Judge Nora Quinlan", "said"),
                ("adjourned the case until May", None, None),
            ],
        ),
        (
            "The fire officer said the stairwell was blocked and ordered its immediate closure.",
            [
                ("the stairwell was blocked", "The fire officer", "said"),
                ("ordered its immediate closure", None, None),
            ],
        ),
        (
            # a guard: what the clause's own subject did stays in the claim
            "Police said the man had entered the house and attacked his neighbour.",
            [("the man had entered the house and attacked his neighbour", "Police", "said")],
        ),
    ],
)
def test_a_speakers_act_after_a_past_clause_is_the_reporters(text: str, expected: list) -> None:
    """ "said she was satisfied ... and adjourned the case": after a clause in the past, an act
    only a speaker does (adjourned, remanded, ordered, urged, described ...) is the speaker's,
    the reporter's claim - not what the judge said (it had been inside it)."""
    assert summary(text) == expected


def test_and_described_a_names_possessive_as_is_the_speakers_characterisation() -> None:
    """ "and described Kelly's account as 'implausible'": the speaker's characterisation with
    its own cue, as "and described the account as" was (it had been inside the first claim or
    the reporter's)."""
    assert summary(
        "The tribunal said it had found no evidence of bias and described Kelly's account as "
        '"implausible".'
    ) == [
        ("it had found no evidence of bias", "The tribunal", "said"),
        ('Kelly\'s account as "implausible"', "The tribunal", "described"),
    ]


def test_disputing_that_account_answers_the_account_just_given() -> None:
    """ "Pelion disputes that account": the account just given (by the former mechanics), not
    an older claim that names Pelion (the regulator's filing had been taken)."""
    text = (
        "Pelion has received 120 complaints about brake failures, according to a filing with "
        "regulators.\n\n"
        "Three former Pelion mechanics told the newspaper that the brake fault was known inside "
        "the company by 2021.\n\n"
        "Pelion disputes that account.\n"
    )
    assert (2, "denies", 1) in _relations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The treasurer told the committee that she had broken no rules, calling the "
            'complaint "a stunt by my opponents".',
            [
                ("she had broken no rules", "The treasurer", "told"),
                ('the complaint "a stunt by my opponents"', "The treasurer", "calling"),
            ],
        ),
        (
            'Mr Osei said the scheme would go ahead, calling residents\' objections "misguided".',
            [
                ("the scheme would go ahead", "Mr Osei", "said"),
                ('residents\' objections "misguided"', "Mr Osei", "calling"),
            ],
        ),
        (
            # a guard: "calling for talks" states no claim of its own
            "The union said it would strike, calling for talks.",
            [("it would strike, calling for talks", "The union", "said")],
        ),
    ],
)
def test_what_the_speaker_called_after_the_claim_is_a_claim_of_its_own(
    text: str, expected: list
) -> None:
    """ "said A, calling the complaint 'a stunt'": what the speaker called something is a claim
    of its own by the same speaker, cue "calling" (it had been dropped from the claim, or kept
    inside it)."""
    assert summary(text) == expected


def test_a_gloss_naming_who_judged_the_figure_is_their_claim() -> None:
    """ "said the repairs would cost $12 million, a figure one engineer called 'fanciful'": the
    engineer's verdict, a claim of its own (it had been inside the council's claim)."""
    assert summary(
        "The council said the repairs would cost $12 million, a figure one engineer at the "
        'port called "fanciful".'
    ) == [
        ("the repairs would cost $12 million", "The council", "said"),
        ("fanciful", "one engineer at the port", "called"),
    ]
    # (the speaker's own word for it stays in the claim)
    ((claim, _, _),) = summary(
        "The council said the repairs would cost $12 million, a figure it called conservative."
    )
    assert claim.endswith("a figure it called conservative")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The review follows complaints from taxi owners who said the licence fees had tripled.",
            [
                ("The review follows complaints from taxi owners", None, None),
                ("the licence fees had tripled", "taxi owners", "said"),
            ],
        ),
        (
            "The paper quoted tenants who said the heating had failed for weeks.",
            [
                ("The paper quoted tenants", None, None),
                ("the heating had failed for weeks", "tenants", "said"),
            ],
        ),
        (
            # a guard: the relative clause inside the subject, its main verb after it
            "Residents who said they had seen the attack were interviewed by police.",
            [
                (
                    "Residents who said they had seen the attack were interviewed by police",
                    None,
                    None,
                )
            ],
        ),
    ],
)
def test_people_restricted_by_what_they_said_are_its_speakers(text: str, expected: list) -> None:
    """ "complaints from taxi owners who said Y", "quoted tenants who said Y": the people the
    restrictive relative clause picks out said Y (the whole sentence had been the reporter's)."""
    assert summary(text) == expected


def test_a_participle_after_a_tag_is_the_same_speakers() -> None:
    """ "Y, a person familiar with the matter said, copying files to a server abroad": what the
    subject went on to do is the same speaker's claim (it had been dropped); "making it the
    largest ..." is what the reporter makes of it: the reporter's claim (since the thirty-second
    session, as the gold set annotates it; it had been dropped)."""
    assert summary(
        "The intruders reached the payroll system in May, an official said, copying staff "
        "records to a server abroad."
    ) == [
        ("The intruders reached the payroll system in May", "an official", "said"),
        ("copying staff records to a server abroad", "an official", "said"),
    ]
    assert summary("Cases rose to 412, the authority said, making it the largest outbreak.") == [
        ("Cases rose to 412", "the authority", "said"),
        ("making it the largest outbreak", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Sales rose 8% to $4.2 billion, short of the $4.4 billion Wall Street had been "
            "looking for.",
            "looking for",
        ),
        (
            "The economy added 210,000 jobs, below the 250,000 economists had been hoping for.",
            "hoping for",
        ),
        ("Margins fell to 11%, under the 12.5% analysts had pencilled in.", "pencilled in"),
    ],
)
def test_a_figure_set_against_what_forecasters_looked_for_is_theirs(text: str, cue: str) -> None:
    """ "short of the $4.4 billion Wall Street had been looking for": the figure looked for,
    hoped for or pencilled in is the forecasters' claim, as "had been expecting" was (the whole
    sentence had been the reporter's)."""
    found = summary(text)
    assert len(found) == 2 and found[1][2] == cue and found[0][1] is None


def test_a_second_pluperfect_verb_goes_on_with_the_reported_clause() -> None:
    """ "said the board had considered closing the plant but had rejected it as too costly":
    the board rejected it, in the reported clause (it had been a denial by the speaker, "it as
    too costly"); "and denied any wrongdoing", without "had", is still the speaker's."""
    assert summary(
        "A director said the board had considered closing the mill but had rejected it as too "
        "costly."
    ) == [
        (
            "the board had considered closing the mill but had rejected it as too costly",
            "A director",
            "said",
        )
    ]
    assert summary("The firm said it had cut prices and denied any wrongdoing.") == [
        ("it had cut prices", "The firm", "said"),
        ("any wrongdoing", "The firm", "denied"),
    ]


def test_an_absolute_with_clause_has_its_own_speaker() -> None:
    """ ", with the health ministry putting the toll at 15": the ministry's figure (it had been
    inside the reporter's sentence); after a tag, ", with both armies blaming each other":
    the armies' blame, not the tag's speaker's."""
    assert summary(
        "Shelling hit the market on Monday, killing at least 12 people, with the health ministry "
        "putting the toll at 15."
    ) == [
        ("Shelling hit the market on Monday, killing at least 12 people", None, None),
        ("the toll at 15", "the health ministry", "putting"),
    ]
    assert summary(
        "Fighting resumed near the border on Tuesday, local officials said, with both armies "
        "blaming each other for the collapse of the truce."
    ) == [
        ("Fighting resumed near the border on Tuesday", "local officials", "said"),
        ("each other for the collapse of the truce", "both armies", "blaming"),
    ]


def test_ground_contested_by_someone_is_no_claim_they_dispute() -> None:
    """ "most of them in areas contested by the rebels": ground fought over - "contested" is no
    cue there (the claim had gone to "most of them in areas")."""
    ((claim, source, _),) = summary(
        "Monitors have recorded 80 attacks on clinics since the war began, most of them in areas "
        "contested by the rebels."
    )
    assert source != "most of them in areas" and claim.endswith("contested by the rebels")


def test_rejecting_what_one_called_a_quoted_accusation_then_saying_why() -> None:
    """'rejected what he called "fabricated accusations", saying Y': the denial's reason, by
    the denier, as with "rejected the accusations, saying Y" (the quotation's closing mark had
    hidden its claim noun, and the denial had been the reporter's sentence)."""
    assert summary(
        'In a statement, the general rejected what he called "fabricated accusations", saying '
        "the air force had struck a command centre."
    ) == [("the air force had struck a command centre", "the general", "rejected")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine people were killed, according to the governor, who blamed rebel forces for the "
            "attack.",
            ("rebel forces for the attack", "the governor", "blamed"),
        ),
        (
            "Two soldiers died, according to the army, which accused the rebels of breaking the "
            "truce.",
            ("the rebels of breaking the truce", "the army", "accused"),
        ),
    ],
)
def test_whom_the_according_to_source_blamed_in_its_relative_clause(
    text: str, expected: tuple
) -> None:
    """ "Y, according to the governor, who blamed rebel forces for the attack": the governor's
    blame, a claim of its own (it had been lost)."""
    assert summary(text)[1] == expected


def test_the_pronoun_of_a_denial_after_an_accusation_is_the_accused() -> None:
    """ "Rights groups have accused the militia of abducting aid workers, charges it denies":
    "it" is the militia, not the groups that accused it."""
    claims = extract(
        "Aid agencies say the convoy was stopped on Monday.\n\n"
        "Rights groups have accused the militia of abducting aid workers, charges it denies.\n"
    ).claims
    denial = claims[-1]
    assert denial.source.text == "it"
    assert denial.source.resolved is not None
    assert denial.source.resolved.text == "the militia"


def test_a_passive_accusation_with_a_reflexive_before_been() -> None:
    """ "The group has itself been accused by the UN of shelling camps": the UN's accusation,
    as without "itself" (the sentence had been the reporter's)."""
    assert summary(
        "The rebel group has itself been accused by the United Nations of shelling camps."
    ) == [("shelling camps", "the United Nations", "accused")]
    passive = extract(
        "The rebel group has itself been accused by the United Nations of shelling camps, "
        "charges it denies.\n"
    ).claims[-1]
    assert passive.source.resolved is not None
    assert passive.source.resolved.text == "The rebel group"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The government declared three days of national mourning.",
            [("The government declared three days of national mourning", None, None)],
        ),
        (
            "The governor declared a state of emergency in six counties.",
            [("The governor declared a state of emergency in six counties", None, None)],
        ),
        (
            # a guard: a declaration that something is so is still said
            "The president declared that war was coming.",
            [("war was coming", "The president", "declared")],
        ),
        (
            "Engineers had warned about the condition of the bridge.",
            [("the condition of the bridge", "Engineers", "warned")],
        ),
    ],
)
def test_acts_of_state_declared_and_what_was_warned_about(text: str, expected: list) -> None:
    """ "declared three days of national mourning", "declared a state of emergency": an act of
    state, the reporter's sentence (the mourning had been the government's claim); "warned
    about X" is what was warned of, without "about"."""
    assert summary(text) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The group's chair, retired engineer Colin Whitby, told reporters the plan would fail.",
            "The group's chair, retired engineer Colin Whitby",
        ),
        (
            "Her lawyer, former prosecutor Tom Hale, said she would appeal.",
            "Her lawyer, former prosecutor Tom Hale",
        ),
    ],
)
def test_a_role_then_a_described_name_in_apposition_speaks(text: str, source: str) -> None:
    """ "The group's chair, retired engineer Colin Whitby, told": the role and the described
    name together (the name had been left out, and the gold set's "One resident, retired
    teacher Gloria Mendes" had been given to "One resident" alone)."""
    assert summary(text)[0][1] == source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr Ana Ruiz, head of research at the Heart Trust, welcomed the study but called it "
            '"a first step".',
            [
                (
                    "Dr Ana Ruiz, head of research at the Heart Trust, welcomed the study",
                    None,
                    None,
                ),
                ('it "a first step"', "Dr Ana Ruiz", "called"),
            ],
        ),
        (
            "The council approved the plan and described it as a fair compromise.",
            [
                ("The council approved the plan", None, None),
                ("it as a fair compromise", "The council", "described"),
            ],
        ),
        (
            # a guard: a call for something states no claim
            "The union welcomed the offer but called for further talks.",
            [("The union welcomed the offer but called for further talks", None, None)],
        ),
    ],
)
def test_an_act_then_what_the_subject_called_it(text: str, expected: list) -> None:
    """ "welcomed the study but called it 'a first step'": the act is the reporter's claim,
    what the subject called it the subject's (the whole sentence had been the reporter's)."""
    assert summary(text) == expected


def test_a_gloss_whose_relative_clause_names_a_speaker() -> None:
    """ "X was declared the winner, a result the opposition said it would challenge": what the
    opposition said is its claim (the whole sentence had been the reporter's)."""
    assert summary(
        "The commission declared Ms Oduya the winner, a result the main opposition party said "
        "it would challenge in court."
    ) == [
        ("The commission declared Ms Oduya the winner", None, None),
        ("it would challenge in court", "the main opposition party", "said"),
    ]


def test_a_quotation_told_to_an_outlet_described_by_nationality() -> None:
    """'"We were robbed," Rossi told the Italian sports daily Gazzetta dello Sport.': the
    outlet is the audience, the quotation the claim (the outlet had been the claim and the
    quotation lost)."""
    assert summary(
        '"We were robbed," Rossi told the Italian sports daily Gazzetta dello Sport.'
    ) == [("We were robbed", "Rossi", "told")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relatives gathered outside the terminal, some of whom said the operator had "
            "ignored safety rules.",
            ("the operator had ignored safety rules", "Relatives", "said"),
        ),
        (
            "The bill was opposed by Senator Jim Hayes, who accused the party of reckless "
            "spending.",
            ("the party of reckless spending", "Senator Jim Hayes", "accused"),
        ),
    ],
)
def test_some_of_whom_and_who_accused_after_the_reporters_clause(
    text: str, expected: tuple
) -> None:
    """ "Relatives gathered outside the terminal, some of whom said Y": some of the relatives
    said it (the terminal had been the speaker); ", who accused the party of Z": the
    accusation of the person before ", who" (it had been the reporter's sentence)."""
    assert summary(text)[-1] == expected


def test_an_accusing_participle_after_a_quotations_tag() -> None:
    """'"They are lying," the commander told AFP, accusing the rebels of "staging the whole
    thing".': the accusation is the commander's claim with its own cue (only the partial
    quotation had been kept, under "told"; without one, the participle had been dropped)."""
    assert summary(
        '"They are lying," the commander told AFP, accusing the rebels of "staging the whole '
        'thing".'
    ) == [
        ("They are lying", "the commander", "told"),
        ('the rebels of "staging the whole thing"', "the commander", "accusing"),
    ]
    assert summary('"It was a massacre," the mayor said, blaming the army for the deaths.')[1] == (
        "the army for the deaths",
        "the mayor",
        "blaming",
    )


def test_a_first_person_quote_of_the_party_named_denies_without_a_denial_verb() -> None:
    """'"We have no weapons anywhere near Dara," rebel spokesman Omar Nadim told AFP' after
    "rebels had shelled the village of Dara": the rebels answer, naming the place (no
    relation had been found: the negation's words are not the shelling's)."""
    text = (
        "The army said rebels had shelled the village of Dara.\n\n"
        '"We have no weapons anywhere near Dara and we never target villages," rebel spokesman '
        "Omar Nadim told AFP.\n"
    )
    assert (1, "denies", 0) in _relations(text)


def test_a_cause_said_not_to_exist_contradicts_the_blame_that_named_it() -> None:
    """ "there had been no storm warning" after "blamed the sinking on a sudden storm": the
    cause the blame named, negated by another party - a contradiction (none had been found)."""
    text = (
        "The ferry operator blamed the sinking on a sudden storm.\n\n"
        "The national weather service said there had been no storm warning for the area on "
        "Friday night.\n"
    )
    assert (1, "contradicts", 0) in _relations(text)


def test_a_named_court_was_told_and_the_prosecution_is_no_court() -> None:
    """ "Y, Leeds crown court was told": the named court heard it, as "the court" did (the
    sentence had been the reporter's); "the prosecution said" after it is not the court."""
    claims = extract(
        "Jane Holt took control of the bank cards of nine residents, Leeds crown court was "
        'told.\n\n"She withdrew cash in small amounts," the prosecution said.\n'
    ).claims
    assert claims[0].source.text == "Leeds crown court"
    assert claims[1].source.text == "the prosecution"
    assert claims[1].source.resolved is None or "court" not in claims[1].source.resolved.text


def test_a_gloss_naming_its_judge_in_the_reporters_sentence() -> None:
    """ "The trust sold the land, a move one trustee described as 'a betrayal'": the act is
    the reporter's, the verdict the trustee's (the claimant had been "a move one trustee");
    "and then claim it back" is money reclaimed, no cue."""
    assert summary(
        'The trust sold the land to a developer, a move one trustee described as "a betrayal".'
    ) == [
        ("The trust sold the land to a developer", None, None),
        ("a betrayal", "one trustee", "described as"),
    ]
    assert summary("Farmers pay the levy upfront and then claim it back from the state.") == [
        ("Farmers pay the levy upfront and then claim it back from the state", None, None)
    ]


def test_a_denial_reported_in_speech_denies_the_accusation() -> None:
    """'His lawyer said her client "adamantly denies" the charges': a denial, told - it denies
    the accusation (no relation had been found: the cue is "said")."""
    text = (
        "Prosecutors accused Mr. Hale of taking $2 million in bribes from a contractor.\n\n"
        "The contractor said it had cooperated with investigators.\n\n"
        'Mr. Hale\'s lawyer, Ann Ruiz, said her client "adamantly denies" the charges.\n'
    )
    assert (2, "denies", 0) in _relations(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan would cut jobs, a senior official said, speaking on condition of anonymity "
            "because he was not authorized to discuss it.",
            [("The plan would cut jobs", "a senior official", "said")],
        ),
        (
            "The company refused to pay an overtime claim it knew to be valid.",
            [("The company refused to pay an overtime claim it knew to be valid", None, None)],
        ),
        (
            "The lawsuit makes a simple argument: that the fees were never disclosed.",
            [("the fees were never disclosed", "The lawsuit", "makes a simple argument")],
        ),
    ],
)
def test_how_one_spoke_a_claim_noun_and_a_claim_announced_by_a_colon(
    text: str, expected: list
) -> None:
    """ ", speaking on condition of anonymity" after a tag is how the official spoke, no claim
    (the participle rule had made it one); "an overtime claim it knew" is a noun, no cue; "makes
    a simple argument: that Y" is the lawsuit's Y (the sentence had been the reporter's)."""
    assert summary(text) == expected


def test_what_the_speaker_called_something_after_a_quotations_tag() -> None:
    """'"We stand by our reporting," the editor said, calling the lawsuit "frivolous"': the
    editor's verdict on the lawsuit, cue "calling" (only the partial quotation had been kept,
    under "said", without what it was said of)."""
    found = summary(
        '"We stand by our reporting," the editor said in a statement, calling the lawsuit '
        '"frivolous and without merit".'
    )
    assert found[0] == ("We stand by our reporting", "the editor", "said")
    assert found[1][1:] == ("the editor", "calling")
    assert found[1][0].startswith("the lawsuit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lindqvist told the Senate Health, Education, Labor and Pensions Committee that the "
            "rule would save $4 billion.",
            [("the rule would save $4 billion", "Lindqvist", "told")],
        ),
        (
            "The bill is backed by homebuilders who argue it would lower prices.",
            [
                ("The bill is backed by homebuilders", None, None),
                ("it would lower prices", "homebuilders", "argue"),
            ],
        ),
    ],
)
def test_a_committee_named_with_commas_and_people_who_argue(text: str, expected: list) -> None:
    """ "told the Senate Health, Education, Labor and Pensions Committee that Y": the committee
    is the audience, commas and all (the claim had begun inside its name); "homebuilders who
    argue Y": a plural's present, as "who said"."""
    assert summary(text) == expected


def test_a_fact_checks_signposts_and_a_radio_credit_are_furniture() -> None:
    """ "Here is a fact-check of ...", "Below is a look at ...", "From member station KJZZ, X
    reports from Phoenix.": the page's, no claims."""
    text = (
        "Governor's speech, checked\n\n"
        "From member station KJZZ, Ana Ruiz reports from Phoenix.\n\n"
        "Here is a fact-check of the governor's speech.\n\n"
        "Below is a look at some of his claims.\n\n"
        "The plan failed, officials said.\n"
    )
    assert summary(text) == [("The plan failed", "officials", "said")]


def test_a_fronted_phrase_without_its_comma_after_said_that() -> None:
    """ "said that on the day of the fire the ward had only two staff": the phrase fronted in
    the clause said, without a comma, then the clause (the sentence had been the reporter's,
    "that" read as what was said)."""
    assert summary("Sarah Dunne said that on the day of the fire the ward had only two staff.") == [
        ("on the day of the fire the ward had only two staff", "Sarah Dunne", "said")
    ]
    # (a guard: "said that from the beginning of the campaign" said that, no clause after)
    assert summary("I have said that from the beginning of the campaign.")[0][1] is None


def test_a_place_after_its_preposition_opens_no_sentence_for_a_pronoun() -> None:
    """ "At Swifts Creek, Jenny Marsh runs the store. She says Y": she is Jenny Marsh, not the
    place opening the sentence after "At" (read as a title)."""
    claims = extract(
        "At Swifts Creek, Jenny Marsh runs the general store. She says trade has halved since "
        "the fires.\n"
    ).claims
    assert claims[-1].source.resolved is not None
    assert claims[-1].source.resolved.text == "Jenny Marsh"


def test_wrote_to_or_emailed_people_saying() -> None:
    """ "The headteacher wrote to parents on Friday saying Y", "The council emailed residents
    saying Y": Y is the writer's, as after "issued a statement saying" (the sentence had been
    the reporter's)."""
    assert summary(
        "The headteacher wrote to parents on Friday saying the school would close early."
    ) == [("the school would close early", "The headteacher", "saying")]
    assert summary("The council emailed residents saying bins would be collected on Tuesday.") == [
        ("bins would be collected on Tuesday", "The council", "saying")
    ]


def test_a_denial_in_the_subjects_relative_clause_before_its_own_cue() -> None:
    """ "The striker, who denied that he had bet on matches, told the panel Y": the denial is
    his claim too (it had been dropped when a cue followed); "Okoro, who denies the charges,
    will appeal, his lawyer said" stays the lawyer's (a guard)."""
    assert summary(
        "The striker, who denied that he had bet on matches, told the panel he had been "
        "targeted by rivals."
    ) == [
        ("he had bet on matches", "The striker", "denied"),
        ("he had been targeted by rivals", "The striker", "told"),
    ]
    assert summary("Okoro, who denies the charges, will appeal, his lawyer said.") == [
        ("Okoro, who denies the charges, will appeal", "his lawyer", "said")
    ]


def test_what_the_speaker_did_not_dispute_is_no_part_of_the_claim() -> None:
    """ "said the audit was flawed but did not dispute its central finding": what the speaker
    did not dispute is the reporter's own claim, no part of what was said (it had been kept
    inside it)."""
    assert summary(
        "The mayor said the audit was flawed but did not dispute its central finding."
    ) == [
        ("the audit was flawed", "The mayor", "said"),
        ("did not dispute its central finding", None, None),
    ]


def test_it_after_a_fronted_phrase_naming_a_body() -> None:
    """ "The group sent its findings to the council. In a letter to the council, it said Y":
    "it" is the group, not the council named in the phrase before the subject."""
    claims = extract(
        "Residents met on Friday.\n\n"
        "The group sent its findings to the council on Monday. In a letter to the council, it "
        "said the road was unsafe.\n"
    ).claims
    assert claims[-1].source.resolved is not None
    assert claims[-1].source.resolved.text == "The group"
    claims = extract(
        "Residents objected.\n\n"
        "The Environment Agency, a statutory consultee, did not object to the plans. In a "
        "letter to the council, it said the flood assessment was acceptable.\n"
    ).claims
    assert claims[-1].source.resolved is not None
    assert claims[-1].source.resolved.text == "The Environment Agency"


def test_a_war_long_toll_and_the_real_figure_said_of_it() -> None:
    """ "more than 4,000 civilians have been killed in the conflict since it began" counts the
    war, no rival of one day's toll; "though aid agencies believe the real figure is far
    higher" disputes the count of its own sentence (both had been linked to the day's toll)."""
    text = (
        "Shelling killed nine people in the market on Tuesday, the health ministry said.\n\n"
        "According to UN figures, more than 4,000 civilians have been killed in the conflict "
        "since it began, though aid agencies believe the real figure is likely far higher.\n"
    )
    assert _relations(text) == [(2, "contradicts", 1)]


def test_a_caption_ending_in_a_square_bracketed_credit_is_furniture() -> None:
    """ "Patients say a jet dropped two bombs on the facility [File: Ahmed Osman/AFP]": Al
    Jazeera's caption, no claim (it had been one, and a denial's target)."""
    text = (
        "Army denies bombing hospital\n\n"
        "Patients say a military jet dropped two bombs on the facility [File: Ahmed Osman/AFP]\n\n"
        "At least 19 people were killed, according to local health authorities.\n"
    )
    assert summary(text) == [
        ("At least 19 people were killed", "local health authorities", "according to")
    ]


def test_confirming_what_anothers_claim_named_supports_it() -> None:
    """ "Two managers at the plant confirmed the closure date" after "the factory would close in
    March": a second source for the closing (no relation had been found); a confirmed object
    naming only a generic noun ("the report") is left to the other rules."""
    text = (
        "The union said the factory would close in March.\n\n"
        "Two managers at the plant confirmed the closure date.\n"
    )
    assert _relations(text) == [(1, "supports", 0)]


def test_a_clause_before_although_it_is_understood() -> None:
    """ "The club has made an offer, although it is understood that the player wants to stay":
    the clause before is a claim of its own (it had been lost inside the understood one)."""
    assert summary(
        "The club has made an offer, although it is understood that the player wants to stay."
    ) == [
        ("The club has made an offer", None, None),
        ("the player wants to stay", None, "understood"),
    ]


def test_the_people_of_a_question_do_not_answer_it() -> None:
    """'Asked by the coroner whether she had warned Mrs Hale, she replied: "I did."': she is
    the witness, not Mrs Hale named in the question."""
    claims = extract(
        "Nurse Amy Cole gave evidence on Tuesday.\n\n"
        "Asked by the coroner whether she had warned Mrs Hale about the risk, she replied: "
        '"I did, more than once."\n'
    ).claims
    assert claims[-1].source.resolved is not None
    assert claims[-1].source.resolved.text == "Amy Cole"


def test_a_man_sharing_a_surname_with_mrs_can_be_he() -> None:
    """ "Mrs Patel said Y. Her husband, Raj Patel, said Z. '...,' he said": he is Raj Patel -
    his given name is a man's, whatever "Mrs" made of the surname (he had been left
    unresolved, or given to another man)."""
    claims = extract(
        "Mrs Patel said the ward was short-staffed.\n\n"
        "Her husband, Raj Patel, said the family had complained twice.\n\n"
        '"Nobody listened to us," he said.\n'
    ).claims
    assert claims[-1].source.resolved is not None
    assert "Raj Patel" in claims[-1].source.resolved.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Demand was weak in the quarter, she said, so the company would cut prices.",
            [
                ("Demand was weak in the quarter", "she", "said"),
                ("the company would cut prices", "she", "said"),
            ],
        ),
        (
            "Margins will recover next year, predicted Ana Ruiz, an analyst at Jefferies.",
            [("Margins will recover next year", "Ana Ruiz", "predicted")],
        ),
    ],
)
def test_so_after_a_tag_and_a_forecasters_inverted_tag(text: str, expected: list) -> None:
    """ "A, she said, so B": B is hers too (it had been dropped); "Y, predicted Ana Ruiz, an
    analyst": an inverted tag of a forecast, as "said Ana Ruiz" (the sentence had been the
    reporter's)."""
    assert summary(text) == expected


def test_state_before_its_people_is_no_verb() -> None:
    """ "to settle claims by state attorneys general that Y": "state" is the attorneys' state,
    no cue (the claim had been "attorneys general that Y", its claimant the words before)."""
    ((claim, source, _),) = summary(
        "The company agreed to pay $5 million to settle claims by state attorneys general that "
        "it misled customers."
    )
    assert source is None and claim.startswith("The company agreed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The minister said on Monday the decision was "correct".',
            ('the decision was "correct"', "The minister", "said"),
        ),
        (
            'The union said on Tuesday the offer was "final".',
            ('the offer was "final"', "The union", "said"),
        ),
    ],
)
def test_a_clause_said_ending_in_a_one_word_quotation(text: str, expected: tuple) -> None:
    """'The minister said on Monday the decision was "correct".': the clause goes on to the
    quoted word - no tag before a one-word answer (the sentence had been dropped whole)."""
    assert summary("Minister defends decision\n\n" + text + "\n") == [expected]


def test_the_part_of_the_day_after_it_is_when_it_was_told() -> None:
    """ "told reporters on Thursday morning she had no regrets": "morning" is when, with the
    day - no part of the claim (it had led it)."""
    assert summary("The coach told reporters on Thursday morning she had no regrets.") == [
        ("she had no regrets", "The coach", "told")
    ]


def test_a_lawyers_denial_for_a_client_denies_the_charges_it_names() -> None:
    """'His lawyer said his client "had nothing to do with this robbery"': a denial reported in
    speech, of the charges that name the robbery, however far back (no relation had been
    found)."""
    text = (
        "Two men face charges of armed robbery after an attack on a cash van.\n\n"
        "Police said the van had been carrying about R8 million.\n\n"
        "The company disputed that figure.\n\n"
        "Officers found two rifles at a house in Soweto, police said.\n\n"
        "The suspects are part of a larger syndicate, a detective said.\n\n"
        'Khoza\'s lawyer told reporters his client "had nothing to do with this robbery".\n'
    )
    assert (5, "denies", 0) in _relations(text)


def test_a_past_written_as_its_base_after_a_reported_figure() -> None:
    """ "reported a quarterly loss of $12 million and cut its full-year forecast": "cut" is a
    past after "reported", the company's second act - the reporter's claim, no part of the
    figure reported (it had been inside it); "said it would review costs and cut jobs" stays
    one claim (a guard)."""
    assert summary(
        "Acme reported a quarterly loss of $12 million and cut its full-year forecast."
    ) == [
        ("a quarterly loss of $12 million", "Acme", "reported"),
        ("cut its full-year forecast", None, None),
    ]
    assert len(summary("The firm said it would review costs and cut jobs.")) == 1
