"""Constructions found by the nineteenth session's blind hunts and its list of constructions
left open, on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import first_flags, relations, summary

from claims.extraction import extract

ARTICLE = "Title of the report\n\n{}\n"


@pytest.mark.parametrize(
    ("body", "lead", "quotation", "speaker", "cue"),
    [
        (
            'The governor hit back, telling reporters: "The figures are wrong. We will publish '
            'ours."',
            "The governor hit back",
            "The figures are wrong. We will publish ours",
            "The governor",
            "telling",
        ),
        (
            'The striker was unrepentant after the game, telling Sky Sports: "I would do it '
            'again."',
            "The striker was unrepentant after the game",
            "I would do it again",
            "The striker",
            "telling",
        ),
        (
            'She defended the budget on Tuesday, adding: "Nobody will pay more tax."',
            "She defended the budget on Tuesday",
            "Nobody will pay more tax",
            "She",
            "adding",
        ),
        (
            'The union rejected the offer, insisting: "Our members deserve better."',
            "The union rejected the offer",
            "Our members deserve better",
            "The union",
            "insisting",
        ),
        (
            'The company responded within hours, saying in a statement: "No customer data was '
            'taken."',
            "The company responded within hours",
            "No customer data was taken",
            "The company",
            "saying",
        ),
        (
            'The senator doubled down, writing on X: "The election was stolen from us."',
            "The senator doubled down",
            "The election was stolen from us",
            "The senator",
            "writing",
        ),
    ],
)
def test_a_participle_of_saying_before_a_colon_tags_the_quotation(
    body: str, lead: str, quotation: str, speaker: str, cue: str
) -> None:
    """ ", telling reporters:", ", adding:", ", saying in a statement:" before a quotation: the
    clause's subject speaks it, the participle is the cue, and the clause before the comma is
    the reporter's. These had given the clause's verb as cue ("hit", "was") with the
    participle left in the lead, or one unattributed claim holding the quotation."""
    assert summary(ARTICLE.format(body)) == [(lead, None, None), (quotation, speaker, cue)]


@pytest.mark.parametrize(
    "note",
    [
        "The landlord did not respond to a request for comment Wednesday.",
        "The school district did not respond to messages late Friday.",
        "The landlord declined to comment Thursday afternoon.",
    ],
)
def test_a_note_of_no_comment_ending_in_a_bare_day_is_no_claim(note: str) -> None:
    """A day written without "on" after the note ("... for comment Wednesday", "late
    Friday"), as US local copy writes it: still a sourcing note, no claim (they had been
    the reporter's claims)."""
    body = "The fire chief said the blaze started in the kitchen. " + note
    assert summary(ARTICLE.format(body)) == [
        ("the blaze started in the kitchen", "The fire chief", "said")
    ]


def test_a_note_with_a_topic_stays_a_claim() -> None:
    """(guard) "did not respond to questions about the wiring": it tells the reader something."""
    body = (
        "The fire chief said the blaze started in the kitchen. The landlord did not respond to "
        "questions about the wiring on Friday."
    )
    assert len(summary(ARTICLE.format(body))) == 2


@pytest.mark.parametrize(
    ("denial", "reason"),
    [
        (
            "The chairman denied that the ground had been sold, saying talks were at an early "
            "stage.",
            "talks were at an early stage",
        ),
        (
            "The minister rejected suggestions that funding had been cut, arguing the budget "
            "had risen by 4 percent.",
            "the budget had risen by 4 percent",
        ),
        (
            "The club denied misleading its fans, insisting the sale had been announced in March.",
            "the sale had been announced in March",
        ),
    ],
)
def test_a_denied_clause_then_its_reason_is_one_claim_with_the_denials_cue(
    denial: str, reason: str
) -> None:
    """ "denied that X, saying Y" / "denied X-ing, insisting Y": Y is the claim and the denial
    verb its cue, as the conventions write it and the annotated sets hold ("denied that the
    village had been forgotten, saying a landslide had blocked the road"). X had been a claim
    of its own and Y's cue "saying"; the denial still answers the accusation."""
    body = "Fans said the club had sold the ground and misled them. " + denial
    claims = summary(ARTICLE.format(body))
    assert len(claims) == 2
    assert claims[1][0] == reason
    assert claims[1][2] in ("denied", "rejected")


def test_a_further_point_after_a_denied_clause_stays_beside_it() -> None:
    """(guard) "adding that Y" is no reason for the denial: the denied clause stays a claim."""
    assert summary(
        ARTICLE.format(
            "The ministry denied that it had hidden the report, adding that a review would "
            "begin in May."
        )
    ) == [
        ("it had hidden the report", "The ministry", "denied"),
        ("a review would begin in May", "The ministry", "adding"),
    ]


@pytest.mark.parametrize(
    ("body", "claim", "cue"),
    [
        (
            "The club denied the report, saying the sale had been announced in March.",
            "the sale had been announced in March",
            "denied",
        ),
        (
            "The ministry rejected the figures, saying the deaths had been reported twice.",
            "the deaths had been reported twice",
            "rejected",
        ),
        # (guard: an object that is no denial's was read before)
        (
            "The airline confirmed the delays, saying the strike had been announced at short "
            "notice.",
            "the strike had been announced at short notice",
            "saying",
        ),
    ],
)
def test_a_participles_clause_holding_a_passive_verb_of_saying_is_kept(
    body: str, claim: str, cue: str
) -> None:
    """ ", saying the sale had been announced": a verb of saying in the passive inside the
    participle's clause had ended the main claim at its comma, and the clause was lost."""
    found = {text: found_cue for text, _, found_cue in summary(ARTICLE.format(body))}
    assert found.get(claim) == cue


@pytest.mark.parametrize(
    "note",
    [
        "Efforts to contact the irrigation secretary for comment were unsuccessful.",
        "Efforts to get a reaction from the company proved abortive.",
        "Attempts to reach the contractor failed.",
        "The minister could not be reached for comment by the time of going to press.",
    ],
)
def test_an_outlets_failed_attempt_to_reach_someone_is_no_claim(note: str) -> None:
    """How Nigerian, Pakistani and Indian dailies write that no one answered ("Efforts to
    reach X proved abortive", "by the time of going to press"): a sourcing note, no claim."""
    body = "The dam burst on Monday, officials said. " + note
    assert summary(ARTICLE.format(body)) == [("The dam burst on Monday", "officials", "said")]


def test_an_effort_that_failed_at_something_else_stays_a_claim() -> None:
    """(guard) "Efforts to repair the dam were unsuccessful" tells the reader something."""
    body = "The dam burst on Monday, officials said. Efforts to repair the dam were unsuccessful."
    assert len(summary(ARTICLE.format(body))) == 2


def test_a_person_first_named_in_the_possessive_is_named_without_it() -> None:
    """ "Tamsin Gale's lawyer filed the suit. She said ...": she is Tamsin Gale, not "Tamsin
    Gale's" (the possessive had been kept in the antecedent)."""
    claims = extract(
        ARTICLE.format(
            "Tamsin Gale's lawyer filed the suit on Monday. She said the studio had broken its "
            "promise."
        )
    ).claims
    assert claims[-1].source.resolved.text == "Tamsin Gale"


@pytest.mark.parametrize("audience", ["BBC Match of the Day", "the Voice of America"])
def test_an_audience_named_with_of_is_whole(audience: str) -> None:
    """'"...," the manager told BBC Match of the Day.': "of" inside the outlet's name (the
    quotation had been replaced by "of the Day")."""
    body = f'"We were robbed," the manager told {audience}.'
    assert summary(ARTICLE.format(body)) == [("We were robbed", "the manager", "told")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Residents of Calumpit, Bulacan, told the Inquirer that the water rose within "
            "minutes.",
            "Residents of Calumpit, Bulacan",
        ),
        ("Farmers in Dumaguete, Negros Oriental, said the rains came early.",
         "Farmers in Dumaguete, Negros Oriental"),
        ("Officials in Springfield, Illinois, said the plant would close.",
         "Officials in Springfield, Illinois"),
    ],
)  # fmt: skip
def test_a_places_region_between_commas_ends_the_subject(body: str, speaker: str) -> None:
    """ "Officials in Springfield, Illinois, said": the state or province after its town is
    the place's, and the subject runs to it (it had been the claimant, "Illinois")."""
    assert summary(ARTICLE.format(body))[0][1] == speaker


def test_a_name_after_a_place_is_still_the_persons() -> None:
    """(guard) "The mayor of Springfield, John Smith, said": role and name, as before."""
    body = "The mayor of Springfield, John Smith, said the plant would close."
    assert summary(ARTICLE.format(body))[0][1] == "The mayor of Springfield, John Smith"


@pytest.mark.parametrize(
    ("body", "first", "second", "rival"),
    [
        (
            "Meridian said China contributed $31 million, although local ticketing platform "
            "Maoyan put the figure at $27 million.",
            "China contributed $31 million",
            "the figure at $27 million",
            "local ticketing platform Maoyan",
        ),
        (
            "The restoration will cost $4 million, according to the City of Kamloops, though "
            "the diocese has put the figure closer to $6.5 million.",
            "The restoration will cost $4 million",
            "the figure closer to $6.5 million",
            "the diocese",
        ),
    ],
)
def test_a_rival_figure_after_although_is_its_sources_and_contradicts(
    body: str, first: str, second: str, rival: str
) -> None:
    """ "X said A, although Y put the figure at B": B is Y's, and contradicts A (the clause
    had stayed inside X's claim, or been the reporter's, for want of a verb of saying)."""
    assert [(text, source) for text, source, _ in summary(ARTICLE.format(body))] == [
        (first, summary(ARTICLE.format(body))[0][1]),
        (second, rival),
    ]
    assert relations(ARTICLE.format(body)) == [(second, "contradicts", first)]


@pytest.mark.parametrize(
    ("body", "host", "claim", "speaker"),
    [
        (
            "Crews found a gas leak that the fire department said had been caused by a "
            "contractor's drill.",
            "Crews found a gas leak",
            "had been caused by a contractor's drill",
            "the fire department",
        ),
        # (guard: a present "say" after "that" was read so before)
        (
            "Investigators are examining a video that activists say shows the attack.",
            "Investigators are examining a video",
            "shows the attack",
            "activists",
        ),
    ],
)
def test_a_restrictive_clause_with_its_speaker_keeps_the_clause_before_it(
    body: str, host: str, claim: str, speaker: str
) -> None:
    """ "a gas leak that the fire department said had been caused by ...": as with ", which
    critics say", the clause before "that" is the reporter's claim (it had been lost)."""
    assert summary(ARTICLE.format(body)) == [
        (host, None, None),
        (claim, speaker, "said" if "said" in body else "say"),
    ]


def test_a_complementiser_that_is_no_relative_clause() -> None:
    """(guard) "Police said that the fire department said ...": one claim, the police's."""
    assert summary(
        ARTICLE.format("Police said that the fire department said the leak was small.")
    ) == [("the fire department said the leak was small", "Police", "said")]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The board approved the closure of two schools, a decision district officials say will "
         "save about $1.2 million annually.", "district officials"),
        ("The board approved the closure, a move union leaders say will cost 200 jobs.",
         "union leaders"),
    ],
)  # fmt: skip
def test_the_speakers_after_a_glossing_noun_keep_their_own_words(body: str, speaker: str) -> None:
    """ ", a decision district officials say will save ...": "district" is the speakers', not
    the decision's (the claimant had been "officials")."""
    assert summary(ARTICLE.format(body))[1][1] == speaker


def _flags_of(body: str) -> list[str]:
    return first_flags(ARTICLE.format(body))


@pytest.mark.parametrize(
    "body",
    [
        "The minister said the province would review whether more could be done to protect "
        "tenants.",
        "Officials will examine whether bus routes could be extended.",
        '"I wish the airline could just tell us the truth," she said.',
    ],
)
def test_could_in_what_is_looked_into_or_wished_for_hedges_nothing(body: str) -> None:
    """ "review whether more could be done", "I wish the airline could": no forecast of the
    speaker's, so no hedge (they had been flagged hedged)."""
    assert "hedged" not in _flags_of(body)


def test_could_as_a_forecast_still_hedges() -> None:
    """(guard)"""
    assert "hedged" in _flags_of("The minister said the dam could fail within weeks.")


@pytest.mark.parametrize(
    "body",
    [
        '"I found out on Facebook at 6 this morning," she said.',
        '"We were only told at 9 last night," he said.',
        "The shelter opened at 10 on Tuesday night, officials said.",
    ],
)
def test_an_hour_of_the_day_without_am_or_pm_is_no_statistic(body: str) -> None:
    """ "at 6 this morning", "at 9 last night": when, not how many (flagged statistic before)."""
    assert "statistic" not in _flags_of(body)


@pytest.mark.parametrize(
    "body",
    [
        "Around 10 people were killed on Saturday night, officials said.",
        "Police arrested 9 people at the protest on Tuesday night.",
    ],
)
def test_a_count_before_a_night_is_still_a_statistic(body: str) -> None:
    """(guard) a number counting people, with the night after it."""
    assert "statistic" in _flags_of(body)


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        (
            "The company is raising $200 million, including from existing backers, said the "
            "people, who asked not to be identified because the talks are private.",
            "The company is raising $200 million, including from existing backers",
            "the people",
        ),
        (
            "The company is raising $200 million, mostly from existing backers, said Ana Lopez.",
            "The company is raising $200 million, mostly from existing backers",
            "Ana Lopez",
        ),
    ],
)
def test_an_aside_before_an_inverted_speaker_leaves_the_speaker(
    body: str, claim: str, speaker: str
) -> None:
    """ "Y, including from existing backers, said the people": the aside had been read as an
    apposition of a subject, and the sentence was left without a speaker."""
    assert summary(ARTICLE.format(body)) == [(claim, speaker, "said")]


@pytest.mark.parametrize(
    "body",
    [
        "Jane Roe, a researcher who first reported the flaw to the company, said the bug had "
        "been exploited for months.",
        "Jane Roe, who first reported the flaw, said the bug had been exploited for months.",
    ],
)
def test_a_verb_of_saying_in_a_relative_clause_after_an_adverb_is_not_the_sentences(
    body: str,
) -> None:
    """ "who first reported the flaw": the relative clause's verb, not the sentence's (the
    claimant had been "who first", the claim "the flaw ..., said the bug ...")."""
    assert summary(ARTICLE.format(body)) == [
        ("the bug had been exploited for months", "Jane Roe", "said")
    ]


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        ("The company denied that, saying the data had been encrypted on Tuesday morning.",
         "the data had been encrypted on Tuesday morning"),
        ("The company denied the report, saying all staff had been accounted for by Friday.",
         "all staff had been accounted for by Friday"),
    ],
)  # fmt: skip
def test_what_a_denials_participle_says_keeps_its_time(body: str, claim: str) -> None:
    """The denial's object ends before its time ("denied the report on Friday"); the reason
    after "saying" had lost its own ("accounted for by" without "Friday")."""
    assert summary(ARTICLE.format(body))[0][0] == claim


def test_a_wire_dateline_without_a_dash_is_furniture() -> None:
    """ "New Delhi, Mar 14 (PTI) The death toll ...": PTI's copy runs on without a dash; the
    dateline had been glued to the first claim."""
    result = extract(
        "Flood toll rises to 12 in Assam\n\nNew Delhi, Mar 14 (PTI) The death toll in the Assam "
        "floods rose to 12 on Thursday, officials said.\n"
    )
    assert result.metadata.outlet == "PTI"
    assert [claim.text for claim in result.claims] == [
        "The death toll in the Assam floods rose to 12 on Thursday"
    ]


def test_a_second_verb_of_describing_is_the_speakers_characterisation() -> None:
    """ "said A and described the building as "quiet"": two claims (the description had been
    part of what was said)."""
    body = (
        "Another resident said there had been no disturbance that night and described the "
        'building as "normally very quiet".'
    )
    assert summary(ARTICLE.format(body)) == [
        ("there had been no disturbance that night", "Another resident", "said"),
        ('the building as "normally very quiet"', "Another resident", "described"),
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Residents in the area have, however, alleged that the police arrived late.",
         "Residents in the area"),
        ("The company has, however, denied any wrongdoing.", "The company"),
    ],
)  # fmt: skip
def test_an_auxiliary_before_an_aside_is_the_verbs(body: str, speaker: str) -> None:
    """ "have, however, alleged": the auxiliary had been kept in the claimant."""
    assert summary(ARTICLE.format(body))[0][1] == speaker


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        ("The police spokesman, Mr Henry Okoye, confirmed the incident in a statement made "
         "available to our correspondent on Sunday.", "the incident"),
        ("The ministry announced the closure in a post on Facebook.", "the closure"),
        # (guard: a clause keeps all its words)
        ("Police confirmed the man died in a statement on Monday.",
         "the man died in a statement on Monday"),
    ],
)  # fmt: skip
def test_what_was_confirmed_ends_before_the_statement_it_was_confirmed_in(
    body: str, claim: str
) -> None:
    """ "confirmed the incident in a statement made available to our correspondent": the
    statement is where it was said, as for a denial's object."""
    assert summary(ARTICLE.format(body))[0][0] == claim


def test_a_denials_reason_holding_a_partial_quotation_is_one_claim() -> None:
    """'rejected the explanation, saying the athlete had "failed to establish ..."': as
    without the quotation, the reason is the denial's one claim and answers the account (it
    had been the reporter's "The AIU rejected ..." and a claim cued "saying")."""
    text = ARTICLE.format(
        "The lawyer said the athlete had eaten contaminated meat. The AIU rejected the "
        'contamination explanation, saying the athlete had "failed to establish how the '
        'substance entered his body."'
    )
    claims = summary(text)
    assert [claim[1:] for claim in claims] == [("The lawyer", "said"), ("The AIU", "rejected")]
    assert relations(text) == [(claims[1][0], "denies", claims[0][0])]


@pytest.mark.parametrize(
    ("body", "claim", "cue"),
    [
        ("County Commissioner Rick Dawes went further, accusing the utility of neglecting its "
         "pipes for years.", "the utility of neglecting its pipes for years", "accusing"),
        ("Opposition MSP Rhona Kerr went a step further, claiming the minister had misled "
         "parliament.", "the minister had misled parliament", "claiming"),
        ("The coach was blunter, saying the referee had cost them the game.",
         "the referee had cost them the game", "saying"),
    ],
)  # fmt: skip
def test_a_clause_saying_only_how_someone_spoke_is_no_claim(
    body: str, claim: str, cue: str
) -> None:
    """ "X went further, accusing ...": "X went further" says nothing to check (it had been
    the reporter's claim)."""
    assert [(text, found_cue) for text, _, found_cue in summary(ARTICLE.format(body))] == [
        (claim, cue)
    ]


@pytest.mark.parametrize(
    ("body", "added", "cue"),
    [
        ('"We are thrilled," said Ana Lopez, who added that the tour would go ahead.',
         "the tour would go ahead", "added"),
        ('"We are thrilled," said Ana Lopez, who also said the tour would go ahead in May.',
         "the tour would go ahead in May", "said"),
    ],
)  # fmt: skip
def test_a_quotations_speaker_adding_in_a_relative_clause(body: str, added: str, cue: str) -> None:
    """'"...," said Ana Lopez, who added that Y': Y is hers too (it had been lost in the tag)."""
    assert summary(ARTICLE.format(body)) == [
        ("We are thrilled", "Ana Lopez", "said"),
        (added, "Ana Lopez", cue),
    ]


def test_a_quotations_speaker_described_in_a_relative_clause_says_nothing_more() -> None:
    """(guard) '"...," said Ana Lopez, who lives nearby': a description, no claim."""
    body = '"We are thrilled," said Ana Lopez, who lives nearby.'
    assert summary(ARTICLE.format(body)) == [("We are thrilled", "Ana Lopez", "said")]


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        ("The hacker group claimed on Telegram to have stolen 2 million records.",
         "to have stolen 2 million records", "The hacker group"),
        ("The rebels claimed on Sunday to have captured the town.",
         "to have captured the town", "The rebels"),
    ],
)  # fmt: skip
def test_what_someone_claimed_to_have_done_is_their_claim(
    body: str, claim: str, speaker: str
) -> None:
    """ "claimed (on Telegram) to have stolen ...": the speaker's claim from "to", as the gold
    set writes "claimed to have obtained it" (it had been the reporter's whole sentence)."""
    assert summary(ARTICLE.format(body)) == [(claim, speaker, "claimed")]


@pytest.mark.parametrize(
    "body",
    [
        "Bills will rise by between $A110 and $A170 a year, the regulator said.",
        "The project will cost $40-million, the company said.",
    ],
)
def test_an_amount_with_its_countrys_currency_or_a_joined_scale_is_a_statistic(body: str) -> None:
    """ "$A110", "$US400", "$40-million", as Australian and Canadian papers write amounts."""
    assert "statistic" in _flags_of(body)


@pytest.mark.parametrize(
    ("body", "speaker", "cue"),
    [
        ('Grace Odhiambo arrived in 2019. "I didn\'t know what to tell her," she remembers.',
         "she", "remembers"),
        ('"It was chaos," remembers Tom Hardy, who ran the mill.', "Tom Hardy", "remembers"),
        ('"It was chaos," recalled Ed Morrow, owner of the bar.', "Ed Morrow", "recalled"),
    ],
)  # fmt: skip
def test_a_features_tags_of_memory(body: str, speaker: str, cue: str) -> None:
    """'"...," she remembers', '"...," recalled Ed Morrow': a quotation's tag (the first two
    had been the reporter's sentences, quotation marks and all; "recalled" before a name had
    been read as a product recall)."""
    assert summary(ARTICLE.format(body))[-1][1:] == (speaker, cue)


def test_remembering_outside_a_tag_is_the_reporters_sentence() -> None:
    """(guard) "Jade Morrow remembers the moment the singing stopped": the reporter's, as the
    annotated sets have it; and a product recall stays a recall."""
    assert summary(ARTICLE.format("She remembers the moment the singing stopped.")) == [
        ("She remembers the moment the singing stopped", None, None)
    ]
    assert summary(ARTICLE.format("Tarrant Motors recalled about 8,000 vans."))[0][1] is None


@pytest.mark.parametrize(
    "body",
    ["Maria Okafor is 57 and lives in Lagos.", "His son, then 9, watched from the stands."],
)
def test_a_named_persons_age_is_no_statistic(body: str) -> None:
    """ "Maria Okafor is 57", "His son, then 9,": an age (flagged statistic before)."""
    assert "statistic" not in _flags_of(body)


@pytest.mark.parametrize(
    "body",
    ["Turnout was 61.", "The toll is now 40, officials said.", "Unemployment is now 7 and rising."],
)
def test_a_things_figure_after_is_stays_a_statistic(body: str) -> None:
    """(guard) a common noun's figure, at the start of a sentence too."""
    assert "statistic" in _flags_of(body)


@pytest.mark.parametrize(
    "footer",
    [
        "A correction was made on March 16, 2026: An earlier version of this article misstated "
        "the number of albums.",
        "• This article was amended on 3 March 2026 to correct the spelling of a name.",
    ],
)
def test_a_correction_footer_is_furniture(footer: str) -> None:
    """The notes on the article itself, as the Guardian and the New York Times word them
    (they had been claims)."""
    result = extract(
        "Jazz pianist dies at 84\n\nMaria Lund, the jazz pianist, died on Monday at her home in "
        f"Oslo, her daughter said.\n\n{footer}\n"
    )
    assert len(result.claims) == 1
    assert any(span.text.startswith(footer[:20]) for span in result.metadata.furniture)


@pytest.mark.parametrize(
    "note",
    [
        "Evergreen Pointe's chief executive, Randall Kreutzer, did not respond to emails and "
        "phone calls.",
        "The company did not respond to detailed questions.",
    ],
)
def test_unanswered_emails_and_calls_or_detailed_questions_are_a_note(note: str) -> None:
    """ "did not respond to emails and phone calls", "to detailed questions": a sourcing note
    with no topic, no claim (they had been the reporter's claims)."""
    body = "The fire started in the kitchen, officials said. " + note
    assert len(summary(ARTICLE.format(body))) == 1


@pytest.mark.parametrize(
    ("body", "first", "second"),
    [
        ("The council said 12 homes were destroyed. Ana Ruiz, a resident, says it was nine.",
         "12 homes were destroyed", "it was nine"),
        ("The ministry said 40 schools had closed. The union says there are 31.",
         "40 schools had closed", "there are 31"),
        ("The hospital said it treated 11 people. Police said it was nine.",
         "it treated 11 people", "it was nine"),
    ],
)  # fmt: skip
def test_a_bare_figure_of_what_was_just_counted_contradicts_it(
    body: str, first: str, second: str
) -> None:
    """ "She says it was nine", "there are 31": the figure alone, from someone else, of the
    count just given (no relation had been found: nothing named what it counted)."""
    assert relations(ARTICLE.format(body)) == [(second, "contradicts", first)]


def test_the_same_bare_figure_agrees() -> None:
    """(guard)"""
    body = "The ministry said 40 schools had closed. The union says there are 40."
    assert relations(ARTICLE.format(body)) == []


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        ('The ministry said it "firmly rejects" the allegations.',
         'it "firmly rejects" the allegations'),
        ('The ministry said it "strongly condemns" the attack.',
         'it "strongly condemns" the attack'),
    ],
)  # fmt: skip
def test_said_it_then_a_quoted_adverb_and_verb_is_a_clause(body: str, claim: str) -> None:
    """'said it "firmly rejects" the allegations': "it" opens the clause (the cue had been
    refused as "said it", what was said, and the sentence left to the reporter)."""
    assert summary(ARTICLE.format(body)) == [(claim, "The ministry", "said")]


def test_said_it_and_an_adverb_alone_is_still_what_was_said() -> None:
    """(guard) "She said it repeatedly in meetings": the pronoun is what was said."""
    assert summary(ARTICLE.format("She said it repeatedly in meetings."))[0][1] is None


def test_what_was_said_can_be_a_denial_of_the_accusation() -> None:
    """'"We reject these accusations," a spokesman said': a denial told as what was said."""
    text = ARTICLE.format(
        'Critics accused the firm of hiding the losses. "We reject these accusations," a '
        "spokesman said."
    )
    assert relations(text) == [
        ("We reject these accusations", "denies", "the firm of hiding the losses")
    ]


def test_the_last_item_of_a_list_after_and_is_no_second_act() -> None:
    """ "once lost livestock, fodder costs and reduced plantings are counted": "reduced" a
    modifier in a list, not the speaker's second act (a fragment without a claimant had been
    split off)."""
    body = (
        "The Victorian Farmers Federation says the true figure is closer to $2 billion once "
        "lost livestock, fodder costs and reduced plantings are counted."
    )
    assert len(summary(ARTICLE.format(body))) == 1


def test_and_inside_a_quotation_joins_the_quoted_words() -> None:
    """'had "come home with a bad deal and called it a good one"': one claim (the quotation
    had been split at its "and called")."""
    body = 'The union said the minister had "come home with a bad deal and called it a good one".'
    assert summary(ARTICLE.format(body)) == [
        ('the minister had "come home with a bad deal and called it a good one"', "The union",
         "said")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "claim"),
    [
        ("The inspector general's office had opened an inquiry last year, though ProPublica "
         "could not independently confirm that.",
         "The inspector general's office had opened an inquiry last year"),
        ("Two witnesses saw the phone thrown, the suit says, and Reuters could not "
         "independently verify their accounts.", "Two witnesses saw the phone thrown"),
    ],
)  # fmt: skip
def test_a_note_of_no_verification_joined_to_a_claim_is_left_out_and_flags_it(
    body: str, claim: str
) -> None:
    """ ", though ProPublica could not independently confirm that": the note had stayed in the
    claim, or been a claim of its own given to the suit."""
    claims = extract(ARTICLE.format(body)).claims
    assert [c.text for c in claims] == [claim]
    assert "unverified" in claims[0].flags


def test_they_after_a_familys_words_is_the_family() -> None:
    """'In a statement released through police, Mr Ashdown's family described him as ...
    "...," they said': the family, people together (they had gone to the police)."""
    claims = extract(
        "Teen killed in crash named\n\nLeicestershire Police said Kieran Ashdown, 17, died at the "
        "scene.\n\nIn a statement released through police, Mr Ashdown's family described him as "
        '"a kind and funny boy".\n\n"Kieran had his whole life ahead of him," they said.\n'
    ).claims
    assert claims[-1].source.resolved.text == "Mr Ashdown's family"


def test_every_participle_of_saying_reads_in_every_frame_without_failing() -> None:
    """', with each side blaming the other' had failed the whole article (KeyError: the
    participle's lemma looked up as a verb form; "blaming", "maintaining", "ruling" and
    "projecting" had no such form). Every participle the reader knows, in each frame that
    looks its verb up."""
    from claims.extraction.attribution import _ABSOLUTE_CUES

    for participle in sorted(_ABSOLUTE_CUES):
        for body in (
            f"Troops clashed on the border, with each side {participle} the other for the "
            "fighting.",
            f'The minister hit back, {participle} reporters: "We did nothing wrong."',
            f'The talks collapsed, with the mediator {participle}: "Nobody wanted a deal."',
        ):
            extract(ARTICLE.format(body))  # no exception


def test_the_trust_is_the_trust_named_before_not_the_union_that_spoke() -> None:
    """ "The trust said" after "Leeds Teaching Hospitals NHS Trust" and a union's claim: the
    trust ("trust" had been no body's word, and the union took it), and its figure then
    answers the union's."""
    text = ARTICLE.format(
        "Nurses at Leeds Teaching Hospitals NHS Trust walked out on Monday. Unison said 2,300 "
        "staff had joined the strike. The trust said fewer than 900 had stayed away."
    )
    claims = extract(text).claims
    assert claims[-1].source.resolved.text == "Leeds Teaching Hospitals NHS Trust"
    assert relations(text) == [
        ("fewer than 900 had stayed away", "contradicts", "2,300 staff had joined the strike")
    ]


def test_the_company_is_no_body_whose_name_says_it_is_something_else() -> None:
    """ "The company disputes those figures" after "Fraser Basin Watch said ...": not the
    watchdog (it had been resolved to it, and the denial lost)."""
    text = ARTICLE.format(
        "Granite Ridge Mining wants to expand the pit. Fraser Basin Watch said the expansion "
        "would poison the river. The company disputes those figures."
    )
    claims = extract(text).claims
    assert claims[-1].source.resolved is None or "Watch" not in claims[-1].source.resolved.text
    assert relations(text) == [("those figures", "denies", "the expansion would poison the river")]


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        ("Captain Darren Mulholland told the Coroners Court in Melbourne on Thursday his "
         "brigade had been ready.", "his brigade had been ready", "Captain Darren Mulholland"),
        ("The minister said in Paris on Monday the talks would resume.",
         "the talks would resume", "The minister"),
    ],
)  # fmt: skip
def test_where_and_when_then_a_clause_without_that(body: str, claim: str, speaker: str) -> None:
    """ "told the Coroners Court in Melbourne on Thursday his brigade had been ready": a place
    and a day before the clause said (the sentence had been the reporter's)."""
    assert summary(ARTICLE.format(body)) == [(claim, speaker, body.split()[speaker.count(" ") + 1])]


def test_said_it_then_a_quoted_adverb_and_a_present_form() -> None:
    """'Axiant said it "regularly reviews opportunities ..."': "reviews" a verb here, though
    the treebank saw it as a noun only (the sentence had been the reporter's)."""
    body = (
        'Axiant said it "regularly reviews opportunities to maximize shareholder value" but had '
        "not entered into any definitive agreement."
    )
    assert summary(ARTICLE.format(body))[0][1:] == ("Axiant", "said")


def test_denied_this_then_its_reason_is_one_claim() -> None:
    """ "The club denied this, saying it had held four meetings": the reason, with the
    denial's cue (a guard: the denied-clause rule above gives it; a hunt had seen "denied
    this" as a claim of its own on the code before that rule)."""
    body = "The club denied this, saying it had held four meetings with supporters in March."
    assert summary(ARTICLE.format(body)) == [
        ("it had held four meetings with supporters in March", "The club", "denied")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Pulseway was acquired last year by Kestrel Health for a reported $340 million.",
        "The painting sold for a reported £30m.",
    ],
)
def test_a_reported_figure_is_hedged(body: str) -> None:
    """ "for a reported $340 million": as "reportedly" (no hedge before)."""
    assert "hedged" in _flags_of(body)


def test_a_company_reporting_a_figure_is_no_hedge() -> None:
    """(guard)"""
    assert "hedged" not in _flags_of("The company reported a $340 million loss.")


def test_a_byline_with_its_writers_role_is_furniture() -> None:
    """ "By Priya Raman, a news writer covering apps and the internet.": a byline ending in a
    full stop, as The Verge writes one (it had been a claim)."""
    result = extract(
        "WhatsApp outage hits millions\n\nBy Priya Raman, a news writer covering apps and the "
        "internet.\n\nMessages were not sending for hours, the company said.\n"
    )
    assert result.metadata.byline == "Priya Raman"
    assert [claim.text for claim in result.claims] == ["Messages were not sending for hours"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("He was accused of taking bribes, a charge he always rejected.", "he"),
        ("The firm was accused of dumping waste, a claim it has repeatedly denied.", "it"),
    ],
)
def test_an_adverb_of_time_before_a_glossed_denial_is_no_part_of_its_speaker(
    body: str, speaker: str
) -> None:
    """ ", a charge he always rejected": the denier is "he" (it had been "he always")."""
    assert summary(ARTICLE.format(body))[1][1] == speaker


def test_first_between_a_subject_and_its_verb_is_an_adverb() -> None:
    """ "The minister first said": the claimant had been "The minister first"."""
    assert summary(ARTICLE.format("The minister first said the plan was safe."))[0][1] == (
        "The minister"
    )


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Kano state electoral commission said turnout was 40 percent.",
         "Kano state electoral commission"),
        ("The main opposition candidate in Nigeria's Kaduna state governorship election said on "
         "Tuesday the vote had been rigged.",
         "The main opposition candidate in Nigeria's Kaduna state governorship election"),
    ],
)  # fmt: skip
def test_a_named_state_before_a_noun_is_no_verb(body: str, speaker: str) -> None:
    """ "Kano state electoral commission said": "state" a noun after the state's name (it had
    been the cue, and the claimant "Kano")."""
    assert summary(ARTICLE.format(body))[0][1:] == (speaker, "said")


def test_the_university_is_not_a_union_named_after_universities() -> None:
    """ "But the university disputed that figure" after the University and College Union: not
    the union (its head word is "Union"), so the dispute answers it."""
    text = ARTICLE.format(
        "The University and College Union (UCU) said 300 jobs would go. But the university "
        "disputed that figure."
    )
    claims = extract(text).claims
    assert claims[1].source.resolved is None
    assert relations(text) == [("that figure", "denies", "300 jobs would go")]


def test_a_body_named_with_its_noun_goes_no_further_than_its_name() -> None:
    """ "The hospital said" after "The Hospital Workers Union": no hospital is named (it had
    been resolved to "The Hospital", a piece of the union's name)."""
    claims = extract(
        ARTICLE.format(
            "Nurses at the hospital were angry. The Hospital Workers Union said pay was low. "
            "The hospital said pay had risen."
        )
    ).claims
    assert claims[-1].source.resolved is None


def test_the_regulator_is_the_authority_named_before() -> None:
    """ "The regulator said" after "The Financial Conduct Authority said": the authority (it
    had been left unresolved, as only "the agency" stood for a public body)."""
    claims = extract(
        ARTICLE.format(
            "The Financial Conduct Authority said it had banned trader Mark Whitby. The "
            "regulator said Whitby made profits of £2 million."
        )
    ).claims
    assert claims[1].source.resolved.text == "The Financial Conduct Authority"


def test_a_quotations_tag_with_who_stood_by_is_still_a_tag() -> None:
    """'"A. B.," Suleiman said, flanked by party officials.': the quotation whole, his (the
    aside had become his claim and the second sentence was lost)."""
    body = (
        '"What happened in Kaduna was not an election. It was a coronation arranged in '
        'advance," Suleiman said, flanked by party officials.'
    )
    assert summary(ARTICLE.format(body)) == [
        ("What happened in Kaduna was not an election. It was a coronation arranged in advance",
         "Suleiman", "said")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "claim", "speaker"),
    [
        ("Opposition leader Kofi Mensah said the ruling party had lost 40 seats according to "
         "exit polls.", "the ruling party had lost 40 seats according to exit polls",
         "Opposition leader Kofi Mensah"),
        ("Petitioner Mian Tariq Javed contended that he had won the seat by over 11,000 votes "
         "according to the Form-45s.",
         "he had won the seat by over 11,000 votes according to the Form-45s",
         "Petitioner Mian Tariq Javed"),
    ],
)  # fmt: skip
def test_according_to_without_a_comma_inside_what_was_said_is_part_of_it(
    body: str, claim: str, speaker: str
) -> None:
    """ "said Y according to exit polls": what the speaker's claim rests on, not the source of
    the sentence (the claimant had been "exit polls")."""
    assert summary(ARTICLE.format(body))[0][:2] == (claim, speaker)


def test_a_verb_of_saying_inside_a_participles_clause_is_no_tag_of_the_figure() -> None:
    """ "put the number at closer to 1,800, saying some union members had reported to work":
    the participle's "reported" had been read as a tag (", X reported") ending the sentence,
    and the figure was left to the reporter."""
    body = (
        "District officials put the number at closer to 1,800, saying some union members had "
        "reported to work."
    )
    assert summary(ARTICLE.format(body)) == [
        ("the number at closer to 1,800", "District officials", "put"),
        ("some union members had reported to work", "District officials", "saying"),
    ]


def test_aps_funding_note_is_furniture() -> None:
    """ "The Associated Press Health and Science Department receives support from ... The AP
    is solely responsible for all content.": a footer (it had been two claims)."""
    result = extract(
        "Salmonella outbreak grows\n\nThe CDC said 88 people had been sickened.\n\nThe "
        "Associated Press Health and Science Department receives support from the Howard "
        "Hughes Medical Institute. The AP is solely responsible for all content.\n"
    )
    assert [claim.text for claim in result.claims] == ["88 people had been sickened"]


@pytest.mark.parametrize(
    "body",
    [
        '"I didn\'t know a vegetable could do that," Reyes said.',
        '"We had no idea a heater could start a fire," she said.',
    ],
)
def test_could_in_surprise_at_what_happened_hedges_nothing(body: str) -> None:
    """ "I didn't know a vegetable could do that": what happened, no forecast."""
    assert "hedged" not in _flags_of(body)


def test_i_think_it_could_still_hedges() -> None:
    """(guard)"""
    assert "hedged" in _flags_of('"I think the dam could fail," Reyes said.')


@pytest.mark.parametrize(
    "body",
    [
        "Children younger than 5 and adults 65 and older are more likely to become seriously ill.",
        "Adults 50 and older are more likely to develop shingles.",
    ],
)
def test_age_bands_are_no_statistic(body: str) -> None:
    """ "younger than 5", "adults 65 and older": ages (flagged statistic before)."""
    assert "statistic" not in _flags_of(body)


def test_a_subject_with_a_subordinate_in_its_relative_clause_after_a_setting() -> None:
    """ "At Kenyatta National Hospital, a nurse who sought anonymity because she is not
    authorised to speak to the media said ...": the nurse's claim, anonymous (the sentence had
    been the reporter's, "because" taken for the clause the cue belongs to)."""
    body = (
        "At Kenyatta National Hospital, a nurse who sought anonymity because she is not "
        "authorised to speak to the media said five people had been brought in with injuries."
    )
    (claim,) = extract(ARTICLE.format(body)).claims
    assert claim.text == "five people had been brought in with injuries"
    assert claim.source.text.startswith("a nurse who sought anonymity")
    assert "anonymous_source" in claim.flags


def test_but_said_after_an_aside_of_as() -> None:
    """ "left its key rate unchanged, as expected, but said it could begin ...": the bank says
    it (the sentence had been one unattributed claim)."""
    body = (
        "Norvania's central bank left its key policy rate unchanged at 4.25% on Wednesday, as "
        "expected, but said it could begin lowering borrowing costs in the second half of the "
        "year."
    )
    claims = summary(ARTICLE.format(body))
    assert claims[-1] == (
        "it could begin lowering borrowing costs in the second half of the year",
        "Norvania's central bank",
        "said",
    )


def test_the_regulator_is_no_organisation_that_oversees_nothing() -> None:
    """(guard) "The regulator said" after the World Health Organization: not the WHO."""
    claims = extract(
        ARTICLE.format(
            "The World Health Organization said the outbreak was spreading. The regulator said "
            "the vaccine was safe."
        )
    ).claims
    assert claims[1].source.resolved is None
