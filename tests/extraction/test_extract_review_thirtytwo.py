"""Constructions found by the thirty-second session on real published reporting (Indian,
Nigerian and US wire and agency copy read through the extractor, never copied here) and by its
blind hunts, on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import resolved as _resolved
from claim_views import summary as _claims

from claims.extraction import extract


def _flags(text: str, claim_text: str) -> set[str]:
    return next(set(claim.flags) for claim in extract(text).claims if claim.text == claim_text)


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "According to a statement by its spokesman, Kelechi Obi, the army lost two "
            "soldiers in the ambush.",
            "the army lost two soldiers in the ambush",
            "a statement by its spokesman, Kelechi Obi",
        ),
        (
            "According to the press release signed by the command's public relations officer, "
            "ASP Halima Bello, one of the detainees died in hospital.",
            "one of the detainees died in hospital",
            "the press release signed by the command's public relations officer, ASP Halima Bello",
        ),
        (
            "According to a report by the council's auditor, Anne Marsh, the fund was short by "
            "£2 million.",
            "the fund was short by £2 million",
            "a report by the council's auditor, Anne Marsh",
        ),
    ],
)
def test_a_name_after_a_document_by_a_role_is_the_roles(
    sentence: str, claim: str, source: str
) -> None:
    """'According to a statement by its spokesman, NAME, Y': the name is the spokesman's, part
    of the source, not the opening of the claim (as "According to the team's coach, NAME, Y"
    was read already)."""
    assert _claims(sentence) == [(claim, source, "According to")]


def test_a_document_by_a_body_keeps_the_list_after_it_as_the_claim() -> None:
    """Guard: 'According to a report by the BBC, Kenya, Uganda and Tanzania will ...' - the
    capitalised words after the comma are the claim's subject, a list, not the BBC's name."""
    sentence = "According to a report by the BBC, Kenya, Uganda and Tanzania will share the costs."
    assert _claims(sentence) == [
        ("Kenya, Uganda and Tanzania will share the costs", "a report by the BBC", "According to")
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "The tenants, on the other hand, have alleged that the heating was switched off "
            "for a month.",
            "the heating was switched off for a month",
            "The tenants",
            "alleged",
        ),
        (
            "The opposition, on its part, has claimed that ballot boxes were stuffed in two "
            "districts.",
            "ballot boxes were stuffed in two districts",
            "The opposition",
            "claimed",
        ),
        (
            "Growers, on their part, have argued that the levy was never consulted on.",
            "the levy was never consulted on",
            "Growers",
            "argued",
        ),
    ],
)
def test_an_aside_between_subject_and_a_perfect_cue(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'X, on the other hand, have alleged that Y' / 'X, on its part, has claimed': the aside
    between commas, then an auxiliary before the cue (the sentence had been the reporter's,
    whole)."""
    assert _claims(sentence) == [(claim, source, cue)]


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        (
            "The firm denied allegations that its directors took bribes and hid the losses "
            "from auditors.",
            "allegations that its directors took bribes and hid the losses from auditors",
        ),
        (
            "Prison officials denied claims that guards were drunk and assaulted two inmates.",
            "claims that guards were drunk and assaulted two inmates",
        ),
        (
            "The club denied that its players bet on the match and passed tips to a syndicate.",
            "its players bet on the match and passed tips to a syndicate",
        ),
    ],
)
def test_a_second_verb_inside_a_denied_clause_is_the_clauses(sentence: str, denied: str) -> None:
    """What was denied is a clause in the simple past: a bare past verb after its "and" is
    that clause's second predicate, denied with it - not a fact the reporter states about the
    denier ("hid the losses" had been the reporter's claim about the firm)."""
    claims = _claims(sentence)
    assert [claim for claim, _, _ in claims] == [denied]
    assert claims[0][2] == "denied"


@pytest.mark.parametrize(
    ("sentence", "denied", "did"),
    [
        (
            "The coach denied that the players had been paid and flew home to Madrid.",
            "the players had been paid",
            "flew home to Madrid",
        ),
        (
            "The company denied reports that it would close the depot and hired 40 drivers.",
            "reports that it would close the depot",
            "hired 40 drivers",
        ),
        ("The senator denied the charge and was released on bail.", "the charge", None),
    ],
)
def test_a_verb_after_a_denial_in_another_tense_is_the_deniers(
    sentence: str, denied: str, did: str | None
) -> None:
    """Guards: a denied clause in another tense (had been rigged, would close) or a plain
    object leaves the verb after "and" the denier's own act, the reporter's claim."""
    claims = _claims(sentence)
    assert claims[0][0] == denied
    if did is not None:
        assert (did, None, None) in claims


def test_a_robbery_suspect_is_a_person_not_a_belief() -> None:
    """'a robbery suspect was tortured': "suspect" before its own verb is a noun (a person),
    not a belief that hedges what follows; "Detectives suspect the fire was set" still is."""
    denial = (
        "The police command has described as untrue a report that a robbery suspect was "
        "tortured to death in its custody."
    )
    assert "hedged" not in _flags(denial, "a robbery suspect was tortured to death in its custody")
    belief = "Detectives suspect the fire was set deliberately, the chief said."
    assert "hedged" in _flags(belief, "Detectives suspect the fire was set deliberately")


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "But reporters interrupted and pointed out that the minister had said the opposite "
            "in May.",
            "the minister had said the opposite in May",
            "reporters",
            "pointed out",
        ),
        (
            "Parents gathered and pointed out that the crossing had no lights.",
            "the crossing had no lights",
            "Parents",
            "pointed out",
        ),
        (
            "But residents protested and pointed out that the bus had been cut twice.",
            "the bus had been cut twice",
            "residents",
            "pointed out",
        ),
    ],
)
def test_a_subject_of_one_word_before_two_joined_verbs(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'Reporters interrupted and pointed out that Y': the subject has one verb before "and"
    and the cue of two words (a subject of one word had been too short to be shared, and an
    opening "But" hid it; a one-word cue, "complained and warned that", was read already)."""
    assert (claim, source, cue) in _claims(sentence)


def test_a_quotation_over_two_paragraphs_is_its_closing_tags() -> None:
    """A paragraph that opens a quotation and does not close it goes on in the next, which
    opens with a quotation mark again: the tag that closes the quotation names the speaker of
    both paragraphs, not the speaker of the paragraph before."""
    article = (
        "The tenants' association said rents had risen by a third.\n\n"
        "“Nobody on this estate was asked. The landlord decided it behind closed doors.\n\n"
        "“We found out from a letter under the door,” the caretaker, Joan Pike, said.\n\n"
        "The landlord said the rise was needed to pay for repairs.\n"
    )
    claims = _claims(article)
    assert claims[1] == (
        "Nobody on this estate was asked. The landlord decided it behind closed doors",
        "Joan Pike",
        "said",
    )
    assert claims[2] == ("We found out from a letter under the door", "Joan Pike", "said")
    assert claims[0][1] == "The tenants' association"


def test_a_quotation_over_three_paragraphs_waits_for_its_tag() -> None:
    """Straight quotation marks, three paragraphs: the first two wait for the third's tag."""
    article = (
        "The council said the bridge would reopen in June.\n\n"
        '"The repairs are behind. The steel came late.\n\n'
        '"We have lost two months and nobody has told us why.\n\n'
        '"I do not believe June," said Tom Reyes, who runs the ferry.\n'
    )
    sources = [source for _, source, _ in _claims(article)]
    assert sources == ["The council", "Tom Reyes", "Tom Reyes", "Tom Reyes"]


def test_a_closed_quotation_keeps_the_speaker_before_it() -> None:
    """Guard: a quotation closed in its own paragraph, with no tag, is the speaker's before it
    even when a tag of another speaker closes the next paragraph's quotation."""
    article = (
        "The council said the bridge would reopen in June.\n\n"
        '"The repairs are on schedule."\n\n'
        '"I do not believe June," said Tom Reyes, who runs the ferry.\n'
    )
    sources = [source for _, source, _ in _claims(article)]
    assert sources == ["The council", "The council", "Tom Reyes"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The Sunnyvale, Calif.-based chipmaker reported a loss of $3 million.",
            "The Sunnyvale, Calif.-based chipmaker",
        ),
        ("The Dover, Del.-based insurer said claims rose 9%.", "The Dover, Del.-based insurer"),
        (
            "The Menlo Park, Calif.-based company said sales rose.",
            "The Menlo Park, Calif.-based company",
        ),
    ],
)
def test_a_city_and_state_abbreviation_before_based(sentence: str, source: str) -> None:
    """AP style's 'the Sunnyvale, Calif.-based company': the abbreviation's full stop and the
    hyphen are inside the speaker (it had been cut to "based chipmaker")."""
    assert extract(sentence).claims[0].source.text == source


def _relations(article: str) -> list[list[tuple[str, int]]]:
    return [
        [(relation.type, relation.target) for relation in claim.relations]
        for claim in extract(article).claims
    ]


def test_a_claim_that_goes_both_ways_contradicts_neither() -> None:
    """'sales to existing customers grew, while sales to new customers declined' holds a
    concept and its opposite: neither sets it against another's 'sales would be lower' (it had
    been read as saying sales rose)."""
    article = (
        "The company announced its second-quarter sales would be lower than expected.\n\n"
        '"Our review shows that sales to existing customers grew during the quarter, while '
        'sales to new customers declined," the chief executive said.\n'
    )
    assert _relations(article) == [[], []]


def test_fell_short_is_no_fall() -> None:
    """'fell short of expectations' says a target was missed, not that anything fell: it does
    not oppose 'the firm's growing footprint'. The shortfall it names still meets another's
    (a control), and 'sales fell' against 'sales rose' still contradicts."""
    article = (
        "The chief executive said that although the firm had its best quarter in a decade, it "
        "still fell short of expectations.\n\n"
        "\"We are surprised by the December quarter shortfall, considering the firm's growing "
        'footprint," the analyst said.\n'
    )
    assert _relations(article) == [[], []]
    shortfall = (
        "The chief executive said the company still fell short of expectations in the "
        "quarter.\n\n"
        "\"We are surprised by the quarter's shortfall, considering the company's growing "
        'footprint," the analyst said.\n'
    )
    assert _relations(shortfall) == [[], [("supports", 0)]]
    control = "The retailer said sales fell 4% in May.\n\nThe union said sales rose in May.\n"
    assert _relations(control) == [[], [("contradicts", 0)]]


@pytest.mark.parametrize(
    ("sentence", "claim", "cue"),
    [
        (
            "Police rebutted claims that officers had fired on the crowd.",
            "claims that officers had fired on the crowd",
            "rebutted",
        ),
        (
            "The ministry rubbished the report that fuel would be rationed.",
            "fuel would be rationed",
            "rubbished",
        ),
        (
            "In relation to the stadium, the governor dispelled the claim that he had taken a "
            "loan from the contractor.",
            "the claim that he had taken a loan from the contractor",
            "dispelled",
        ),
        (
            "Fact-checkers debunked the claim that the tablets cure malaria.",
            "the claim that the tablets cure malaria",
            "debunked",
        ),
    ],
)
def test_rebut_rubbish_dispel_debunk_deny(sentence: str, claim: str, cue: str) -> None:
    """Denial verbs of the British, South Asian and West African press and of fact-checkers:
    the claim denied is the object, the subject its denier."""
    found = [(text, source) for text, source, said in _claims(sentence) if said == cue]
    assert len(found) == 1
    assert found[0][0] == claim
    assert found[0][1] is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "The army rebutted the attack on the border post.",
        "The morning sun dispelled the fog over the harbour.",
    ],
)
def test_rebut_and_dispel_of_no_claim_report_nothing(sentence: str) -> None:
    """Guards: an attack rebutted, a fog dispelled - no claim denied, the reporter's sentence."""
    assert _claims(sentence) == [(sentence.rstrip("."), None, None)]


def test_described_as_an_adjective_then_a_comma_then_the_object() -> None:
    """'has described as unfortunate, the Minority's claims that Y': what the object is called,
    a comma, then the object (the claim had opened with "as unfortunate,")."""
    sentence = (
        "The minister has described as unfortunate, the opposition's claims that he misled "
        "parliament."
    )
    assert _claims(sentence) == [
        ("the opposition's claims that he misled parliament", "The minister", "described")
    ]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "His response comes after claims by Prime Minister Ana Soro in Parliament yesterday "
            "that the party had lied.",
            "Prime Minister Ana Soro",
        ),
        (
            "It follows claims by the mayor at a rally on Sunday that the budget was balanced.",
            "the mayor",
        ),
    ],
)
def test_where_and_when_a_claim_was_made_are_not_its_author(sentence: str, source: str) -> None:
    """'claims by X in Parliament yesterday that Y': the venue and the day are no part of the
    author; 'claims by residents in the village' keeps its place (a control)."""
    assert _claims(sentence)[0][1] == source
    control = "It follows claims by residents in the village that the water was poisoned."
    assert _claims(control)[0][1] == "residents in the village"


def test_three_and_a_half_years_is_no_share() -> None:
    """'in the last three and a half years' holds no 50 per cent: a quotation saying so is no
    second source for another's 'around 50 per cent'."""
    article = (
        "The prime minister claimed the party had manipulated facts to make people think that "
        "the poverty rate stood at around 50 per cent.\n\n"
        '"We will continue to base our views on facts. That is what we have done in the last '
        'three and a half years," the party leader said.\n'
    )
    assert _relations(article) == [[], []]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "The water authority responded in a statement on Tuesday evening, saying the permit "
            "had been renewed lawfully.",
            "the permit had been renewed lawfully",
            "The water authority",
        ),
        (
            "The police chief defended the operation, saying officers had come under fire.",
            "officers had come under fire",
            "The police chief",
        ),
        (
            "The ministry reacted on social media, saying the figures were accurate.",
            "the figures were accurate",
            "The ministry",
        ),
    ],
)
def test_a_response_with_nothing_of_its_own_before_saying(
    sentence: str, claim: str, source: str
) -> None:
    """'X responded in a statement on Tuesday, saying Y', 'X defended the operation, saying Y':
    the clause before the participle is a speech act with no content - no claim of the
    reporter's beside Y (it had been one)."""
    assert [(text, speaker) for text, speaker, _ in _claims(sentence)] == [(claim, source)]


def test_a_town_defended_is_an_event() -> None:
    """Guard: 'The army defended the town, saying ...' - a town defended is something done,
    the reporter's claim, beside what the army said."""
    claims = _claims("The army defended the town, saying it would not retreat.")
    assert ("The army defended the town", None, None) in claims


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "The nurses' union said in a statement that registered nurses had quit in large "
            "numbers.",
            "registered nurses had quit in large numbers",
        ),
        (
            "The regulator said in a filing that licensed operators had fallen by a third.",
            "licensed operators had fallen by a third",
        ),
    ],
)
def test_a_participle_before_the_clauses_subject_after_a_statement(
    sentence: str, claim: str
) -> None:
    """'said in a statement that registered nurses had quit': "that" opens the clause said -
    "registered" is its subject's adjective, not the verb of a relative clause on the
    statement."""
    assert _claims(sentence)[0][0] == claim
    assert _claims(sentence)[0][2] == "said"


def test_a_place_and_how_far_it_lies_between_speaker_and_cue() -> None:
    """'Mayor X of Y, about 40 kilometres east of the capital, said Z': the distance is the
    place's apposition, the speaker before it (the sentence had lost its speaker)."""
    sentence = (
        "Sister Maria Lopez of San Isidro, about 15 miles from the border, said the clinic had "
        "treated 300 patients in March."
    )
    assert _claims(sentence) == [
        (
            "the clinic had treated 300 patients in March",
            "Sister Maria Lopez of San Isidro",
            "said",
        )
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm hit Ashford, a town east of the capital, said the weather service.",
        "The flood swept through Brampton, about 20 kilometres north of the city, said the "
        "council.",
    ],
)
def test_a_clause_and_its_apposition_before_an_inverted_speaker(sentence: str) -> None:
    """'The storm hit Ashford, a town east of the capital, said the weather service': the words
    before the apposition are a clause with its own past verb - the claim - and the speaker
    follows the cue (it had been "The storm hit Ashford" speaking; the second sentence guards
    the distance read as an apposition above)."""
    claims = _claims(sentence)
    assert len(claims) == 1
    assert claims[0][0] == sentence.split(", said ")[0]
    assert claims[0][1] == sentence.split(", said ")[1].rstrip(".")


def test_and_called_a_strike_is_the_speakers_act() -> None:
    """'said wages had lost 6% of their value, and called a day of protest': what the speaker
    convened is the reporter's claim, no part of what was said; 'called the audit a witch
    hunt' is still what the speaker said of it."""
    claims = _claims(
        "The union said wages had lost 6% of their value since January, and called a day of "
        "protest for March 25."
    )
    assert claims == [
        ("wages had lost 6% of their value since January", "The union", "said"),
        ("called a day of protest for March 25", None, None),
    ]
    called = _claims("The mayor said the budget was sound and called the audit a witch hunt.")
    assert ("the audit a witch hunt", "The mayor", "called") in called


def test_a_quotation_standing_alone_is_no_caption() -> None:
    """A short paragraph that is one quotation without a tag, in the present tense, is the
    speaker's words (the speaker of the quotation before it), not a picture's caption."""
    article = (
        '"The clinic cannot cope," the doctor said.\n\n'
        '"Nurses fill out the same forms every shift."\n\n'
        "The health board said a second clinic would open in May.\n"
    )
    assert ("Nurses fill out the same forms every shift", "the doctor", "said") in _claims(article)


@pytest.mark.parametrize(
    "caption",
    [
        "Children play near the dry riverbed in Nakina on Monday. (Submitted by Ada Moose)",
        "The striker celebrates after scoring in Copenhagen on Sunday. (Lars Poulsen/Ritzau "
        "Scanpix via Getty Images)",
        "Volunteers fill sandbags outside the library. (Courtesy of the Reyes family)",
    ],
)
def test_captions_credited_to_a_giver_or_via_an_agency(caption: str) -> None:
    """A caption ending '(Submitted by X)', '(Courtesy of X)' or '(X/Agency via Getty Images)'
    is furniture: neither it nor its credit is a claim."""
    article = f"{caption}\n\nThe chief said the new plant was two years late.\n"
    assert _claims(article) == [("the new plant was two years late", "The chief", "said")]


@pytest.mark.parametrize(
    "furniture",
    [
        "Never miss a story — sign up for the Ledger's free daily newsletter to stay up-to-date "
        "on the best of what we offer.",
        "Anna Pike, Editor of the Courier, selects her favourite stories in this weekly "
        "newsletter.",
        "Jordan Keewatin is a reporter with CBC Manitoba based in Winnipeg. You can reach Jordan "
        "at jordan.keewatin@cbc.ca.",
    ],
)
def test_newsletter_pitches_and_a_reporters_bio(furniture: str) -> None:
    """A newsletter's pitch and the reporter's bio with how to reach them are page furniture."""
    article = f"The board said the bid was too low.\n\n{furniture}\n"
    assert _claims(article) == [("the bid was too low", "The board", "said")]


def test_a_broadcasters_hand_over_to_its_reporter() -> None:
    """'NPR's Elena Marquez reports from San Antonio.' closing a radio story's introduction
    hands over to the reporter - no claim; '... reports that Y' is her account (a control)."""
    article = (
        "Some hearings will not happen until 2031. NPR's Elena Marquez reports from San "
        "Antonio.\n\nThe court said 4 million cases were pending.\n"
    )
    assert [text for text, _, _ in _claims(article)] == [
        "Some hearings will not happen until 2031",
        "4 million cases were pending",
    ]
    control = "NPR's Elena Marquez reports that the court has hired 12 judges.\n"
    assert _claims(control) == [("the court has hired 12 judges", "NPR's Elena Marquez", "reports")]


def test_a_present_after_a_plural_subject_with_a_figure_is_no_caption() -> None:
    """'Ratings agencies project a deficit of 4% next year.' alone in its paragraph: a word
    the lexicon knows only as a noun stands between a plural noun and a determiner - a verb;
    the sentence is a claim with a figure, not a verbless caption (it had been dropped)."""
    article = (
        "The finance ministry said prices rose.\n\n"
        "Ratings agencies project a deficit of 4% next year.\n\n"
        "The central bank said rates would stay on hold.\n"
    )
    assert "Ratings agencies project a deficit of 4% next year" in [
        text for text, _, _ in _claims(article)
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "The agency projects annual inflation of 27% in June.",
            "annual inflation of 27% in June",
            "The agency",
        ),
        (
            "The ministry projects average inflation of 3.6% next year.",
            "average inflation of 3.6% next year",
            "The ministry",
        ),
    ],
)
def test_a_body_projects_an_adjective_and_its_figure(
    sentence: str, claim: str, source: str
) -> None:
    """'The agency projects annual inflation of 27%': a forecasting body before "projects",
    an adjective after it - the verb (it had needed a capitalised name before it)."""
    assert _claims(sentence) == [(claim, source, "projects")]


def test_road_projects_stay_a_noun() -> None:
    """Guard: 'Road projects worth 40 million were cancelled' - projects of roads, a noun."""
    sentence = "Road projects worth 40 million were cancelled."
    assert _claims(sentence) == [(sentence.rstrip("."), None, None)]


def test_a_source_named_in_a_relative_clause_of_the_subject() -> None:
    """'Homicides in the two cities, which the governor's office cited, fell by 48%': "which" is
    what was cited; the sentence, its subject whole, is the reporter's (it had been cut to
    "fell by 48%", the governor's office speaking)."""
    sentence = (
        "Homicides in the two largest cities, which the governor's office cited, fell by about "
        "48% last year."
    )
    assert _claims(sentence) == [(sentence.rstrip("."), None, None)]


def test_a_relative_denial_inside_the_subject_keeps_the_sentence() -> None:
    """'The figure, which the union disputed, was 3,000': the relative clause is the subject's,
    the sentence goes on - a claim with its figure (it had been lost, "which" left alone as
    what the union disputed)."""
    sentence = "The figure, which the union disputed, was 3,000."
    assert sentence.rstrip(".") in [text for text, _, _ in _claims(sentence)]


def test_a_claim_rejected_hours_later() -> None:
    """'..., a claim federal officials flatly rejected hours later': when the rejection came is
    no obstacle to reading it as the officials' denial of the claim before it."""
    sentence = (
        "The governor said the river was being drained, a claim federal officials flatly "
        "rejected hours later."
    )
    assert _claims(sentence) == [
        ("the river was being drained", "The governor", "said"),
        ("a claim", "federal officials", "rejected"),
    ]
    assert _relations(sentence) == [[], [("denies", 0)]]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Sky News has learned that the minister will resign.", "Sky News"),
        ("Reuters learned that the bank had frozen the accounts.", "Reuters"),
        ("A woman from Leeds learned that her flight had been cancelled.", None),
    ],
)
def test_learned_that_is_an_outlets_sourcing(sentence: str, source: str | None) -> None:
    """'Reuters learned that Y', 'Sky News has learned that Y': the outlet's sourcing; 'A woman
    from Leeds learned that Y' is what she found out - the reporter's account, no speaker."""
    assert _claims(sentence)[0][1] == source


def test_puts_the_figure_even_higher() -> None:
    """'The judges' union puts the average caseload even higher': a rival estimate without a
    figure of its own - the union's claim (it had been the reporter's); putting a kettle
    higher on a shelf is no estimate (a control)."""
    article = (
        "The court says each judge carries about 5,200 cases.\n\n"
        "The judges' union puts the average caseload even higher.\n"
    )
    assert ("the average caseload even higher", "The judges' union", "puts") in _claims(article)
    kettle = "He put the kettle higher on the shelf."
    assert _claims(kettle) == [(kettle.rstrip("."), None, None)]


def test_the_company_is_the_storys_company_not_the_analysts_firm() -> None:
    """'The company said ...' after analysts at a broker spoke: the company the story is about,
    named far more often ("Calloway Therapeutics" is a company by its name's last word), not
    the broker named last."""
    article = (
        "Calloway Therapeutics said its heart drug cut hospital visits by 18%.\n\n"
        "Calloway said the trial had enrolled 4,100 patients. Calloway's chief executive said "
        "the company would file for approval next year.\n\n"
        "Calloway said side effects were mild. Shares of Calloway rose 9%.\n\n"
        "Analysts at Leerink Partners said the result would lift sales to $2 billion. Leerink "
        "put peak sales at $1.8 billion.\n\n"
        "The company said it had enough cash to fund operations into 2028.\n"
    )
    assert _resolved(article)["it had enough cash to fund operations into 2028"] == "Calloway"


def test_the_storys_company_is_counted_by_a_name_ending_in_s() -> None:
    """The story's company counted by its name's first word whole: "Simmons" (not "Simmon", a
    word the story never has), so "The company said" is still Simmons, not the broker."""
    article = (
        "Simmons Therapeutics said its heart drug cut hospital visits by 18%.\n\n"
        "Simmons said the trial had enrolled 4,100 patients. Simmons's chief executive said "
        "the company would file for approval next year.\n\n"
        "Simmons said side effects were mild. Shares of Simmons rose 9%.\n\n"
        "Analysts at Leerink Partners said the result would lift sales to $2 billion. Leerink "
        "put peak sales at $1.8 billion.\n\n"
        "The company said it had enough cash to fund operations into 2028.\n"
    )
    assert _resolved(article)["it had enough cash to fund operations into 2028"] == "Simmons"


def test_the_company_after_its_own_bare_name_over_an_activist_fund() -> None:
    """'Aldermoor rejected the proposals, saying ... The company said ...': the business named
    just before by its bare name, not the activist fund whose name holds "Capital"."""
    article = (
        "Harrow Capital, an activist fund, said Aldermoor should split itself in two.\n\n"
        "Aldermoor rejected Harrow's proposals, saying a break-up would destroy value. The "
        "company said the board had engaged constructively with Harrow.\n"
    )
    resolved = _resolved(article)
    assert resolved["the board had engaged constructively with Harrow"] == "Aldermoor"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "It escalated a boardroom fight that people familiar with the matter say has left "
            "directors divided.",
            "people familiar with the matter",
        ),
        (
            "The utility faces a lawsuit that residents of the valley say could take years.",
            "residents of the valley",
        ),
    ],
)
def test_a_plural_speaker_with_its_modifier_before_say(sentence: str, source: str) -> None:
    """'a fight that people familiar with the matter say has left directors divided': "say"
    after "matter" agrees with "people" - the verb, not a noun after a singular one; the
    relative clause is theirs, the clause before it the reporter's. (The second sentence was
    read so before: a control.)"""
    claims = _claims(sentence)
    assert claims[0][1] is None
    assert claims[1][1] == source
    assert claims[1][2] == "say"


def test_a_which_in_a_later_paragraph_does_not_swallow_the_main_clause() -> None:
    """'Crews found a leak that the fire department said was caused by a drill' keeps 'Crews
    found a leak' as the reporter's claim even when a later paragraph has ", which " in it (the
    search for one ran past the sentence's end and lost the main clause)."""
    article = (
        "Crews found a gas leak that the fire department said had been caused by a drill.\n\n"
        "The street was closed for six hours, which residents said was too long.\n"
    )
    assert "Crews found a gas leak" in [text for text, _, _ in _claims(article)]


@pytest.mark.parametrize(
    ("sentence", "said", "reading"),
    [
        (
            "Annual inflation eased to 34.8% in May, the statistics agency said on Thursday, "
            "handing the government a boost ahead of the vote.",
            "Annual inflation eased to 34.8% in May",
            "handing the government a boost ahead of the vote",
        ),
        (
            "The company cut 300 jobs, a spokesman said, sending its shares 4% lower.",
            "The company cut 300 jobs",
            "sending its shares 4% lower",
        ),
    ],
)
def test_what_the_news_means_after_a_tag_is_the_reporters(
    sentence: str, said: str, reading: str
) -> None:
    """'Y, the agency said on Thursday, handing the government a boost': what the reporter
    makes of Y - a claim without a speaker (it had been the agency's)."""
    claims = _claims(sentence)
    assert claims[0][0] == said
    assert claims[0][1] is not None
    assert claims[1] == (reading, None, None)


def test_a_hyphenated_saint_does_not_end_the_sentence() -> None:
    """'the University of Missouri-St. Louis': the abbreviation after a hyphen is a saint's
    name going on, not a sentence's end (it had left a claim "Louis")."""
    article = (
        '"Crime is falling," said Ann Reyes, a criminologist at the University of '
        'Missouri-St. Louis. "Governors like to take credit for it."\n'
    )
    assert [text for text, _, _ in _claims(article)] == [
        "Crime is falling",
        "Governors like to take credit for it",
    ]


def test_the_police_is_not_a_body_named_for_police_accountability() -> None:
    """'The police said ...' after 'Citizens for Police Accountability said ...': the police are
    not the group whose name says what it stands for (it had resolved to the group)."""
    article = (
        "Citizens for Police Accountability said the shooting was unjustified.\n\n"
        "The police said officers had come under fire.\n"
    )
    assert _resolved(article)["officers had come under fire"] == "The police"


def test_unnamed_people_who_say_something_are_no_sourcing_note() -> None:
    """'People familiar with Vale's thinking said it would not sell.': the unnamed are the
    sentence's speakers - a claim of theirs, not a note flagging the sentence before as
    anonymous (it had been dropped, and the sentence before flagged)."""
    article = (
        "The club has made no offer for the striker. People familiar with Vale's thinking said "
        "it would not sell.\n"
    )
    claims = extract(article).claims
    assert [claim.text for claim in claims] == [
        "The club has made no offer for the striker",
        "it would not sell",
    ]
    assert "anonymous_source" not in claims[0].flags
    assert "anonymous_source" in claims[1].flags
    note = "The minister resigned. He spoke on condition of anonymity.\n"
    assert [claim.text for claim in extract(note).claims] == ["The minister resigned"]


@pytest.mark.parametrize(
    "article",
    [
        "Landlords argue that rent control discourages new building. Tenant groups counter that "
        "permits have risen in cities with rent control.\n",
        "Some economists argue the tariffs will raise grocery prices. White House officials "
        "countered that food prices have fallen since the tariffs took effect.\n",
    ],
)
def test_a_counter_contradicts_the_other_sides_claim(article: str) -> None:
    """'X argue that A. Y counter that B': the cue sets B against the other side's A - a
    contradiction (none had been found: the two share no words to set against each other)."""
    assert _relations(article) == [[], [("contradicts", 0)]]


def test_a_counter_by_the_same_party_contradicts_nothing() -> None:
    """Guard: a speaker countering a question, their own claim before it the only one - no
    contradiction of themselves."""
    article = (
        "The council said the library would stay open. The council countered that critics "
        "had misread the budget.\n"
    )
    assert _relations(article) == [[], []]


@pytest.mark.parametrize(
    ("article", "relation"),
    [
        (
            "The mayor's office said the stadium would generate $200 million a year in local "
            'spending. An economist at the state university said that estimate was "wildly '
            'inflated."\n',
            "contradicts",
        ),
        (
            "The activist fund said the retailer's shares could be worth 900p. One large "
            "shareholder said the fund's valuation was “fanciful”.\n",
            "contradicts",
        ),
    ],
)
def test_a_figure_called_inflated_or_fanciful_in_quotation_marks(
    article: str, relation: str
) -> None:
    """'that estimate was "wildly inflated"', 'the fund's valuation was "fanciful"': an estimate
    named and called unreal, the adverb inside the speaker's quotation marks - it contradicts
    the figure before it (nothing had been linked)."""
    assert _relations(article) == [[], [(relation, 0)]]


def test_one_large_shareholder_is_no_body_a_definite_description_stands_for() -> None:
    """'The union said ...' after 'One large shareholder said ...': a count of people opening the
    sentence is no name - the union is not the shareholder (it had resolved to it)."""
    article = (
        "One large shareholder said the board had failed.\n\nThe union said 300 jobs would go.\n"
    )
    assert _resolved(article)["300 jobs would go"] == "The union"


def test_the_figure_a_denier_gives_instead_contradicts_the_one_denied() -> None:
    """'The union says each nurse cares for about 9 patients, though the hospital disputes that
    figure and says the average is closer to 6': the denier's own figure, said right after the
    denial, contradicts the figure denied (only the denial had been linked)."""
    article = (
        "The nurses' union says each nurse cares for about 9 patients per shift, though the "
        "hospital disputes that figure and says the average is closer to 6.\n"
    )
    assert _relations(article) == [[], [("denies", 0)], [("contradicts", 0)]]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "The army fired two short-range missiles into the sea on Tuesday, the Joint Chiefs of "
            "Staff said, two days after the allies began their annual drills.",
            "The army fired two short-range missiles into the sea on Tuesday",
        ),
        (
            "The ministry banned the imports on Monday, officials said, a day after lawmakers "
            "voted on the bill.",
            "The ministry banned the imports on Monday",
        ),
    ],
)
def test_how_long_after_another_event_ends_the_claim_at_its_tag(sentence: str, claim: str) -> None:
    """'Y, the JCS said, two days after the allies began their drills': when, from another
    event - the claim ends at the tag, the setting no claim of its own (the whole sentence had
    been the claim, tag and all, or the setting a claim)."""
    claims = _claims(sentence)
    assert len(claims) == 1
    assert claims[0][0] == claim
    assert claims[0][1] is not None


@pytest.mark.parametrize(
    "caption",
    [
        "Residents wade through floodwater in the district on Tuesday. (Photo: Provincial public "
        "relations office)",
        "Passengers board an electric train at the central station. PHOTO | FILE",
        "This file photo shows a missile being launched during a drill. (PHOTO NOT FOR SALE) "
        "(Yonhap)",
    ],
)
def test_captions_with_a_labelled_credit(caption: str) -> None:
    """'(Photo: X)', 'PHOTO | FILE' and '(PHOTO NOT FOR SALE) (Yonhap)' end a caption: no claim."""
    article = f"{caption}\n\nThe chief said the new plant was two years late.\n"
    assert _claims(article) == [("the new plant was two years late", "The chief", "said")]


@pytest.mark.parametrize(
    "furniture",
    [
        "Hi, this is Oleksandra Hrytsenko. I write our daily updates on the war. If you value "
        "what we do, please consider becoming a member.",
        "This is AI generated summarization, which may have errors. For context, always refer "
        "to the full article.",
        "Your weekly round-up of the latest business stories from the region and beyond",
    ],
)
def test_member_appeals_machine_summaries_and_newsletter_blurbs(furniture: str) -> None:
    """A reporter's member appeal, a machine summary's notice, a newsletter's blurb: furniture."""
    article = f"The board said the bid was too low.\n\n{furniture}\n"
    assert _claims(article) == [("the bid was too low", "The board", "said")]


def test_a_place_with_a_particle_and_a_full_stop_is_a_dateline() -> None:
    """'Dar es Salaam. The government has defended ...': the dateline The Citizen writes, a
    place with "es" inside its name, then a full stop."""
    article = (
        "Dar es Salaam. The government has defended its decision to borrow $2.1 billion.\n\n"
        "The opposition said the debt was unsustainable.\n"
    )
    result = extract(article)
    assert result.metadata.dateline == "Dar es Salaam"
    assert (
        result.claims[0].text == "The government has defended its decision to borrow $2.1 billion"
    )


def test_a_dateline_after_a_deck_with_no_byline_read() -> None:
    """'MANILA, Philippines – A contract ...' in the paragraph after a one-sentence deck: the
    dateline is read there too (it had stayed in the claim)."""
    article = (
        "Documents show the regional office waived key requirements for the winning bidder\n\n"
        "MANILA, Philippines – A P1.2-billion contract for flood pumps was awarded to a new "
        "company.\n\n"
        "The office said the award was lawful.\n"
    )
    result = extract(article)
    assert result.metadata.dateline == "MANILA, Philippines"
    assert "A P1.2-billion contract for flood pumps was awarded to a new company" in [
        claim.text for claim in result.claims
    ]


def test_a_plural_noun_spelled_like_a_phrasal_cue_is_no_speaker() -> None:
    """'After the Ridgeback and Cold Canyon fires last fall, the plan paid out $2.3 billion, she
    said': "fires" without "back" is the fires, not "fire back" - no speaker "Cold Canyon" (it
    had invented one and cut the claim)."""
    sentence = (
        "After the Ridgeback and Cold Canyon fires last fall, the plan paid out more than $2.3 "
        "billion in claims, she said."
    )
    assert [(text, source) for text, source, _ in _claims(sentence)] == [
        (
            "After the Ridgeback and Cold Canyon fires last fall, the plan paid out more than "
            "$2.3 billion in claims",
            "she",
        )
    ]


@pytest.mark.parametrize(
    "note",
    [
        "Northline Systems, the company that operates the alert system, did not respond to "
        "requests for comment Monday.",
        "The mayor's office declined to make her available for an interview.",
        "The insurer did not make an executive available for an interview.",
    ],
)
def test_no_comment_notes_with_an_apposition_or_made_available(note: str) -> None:
    """A no-comment note with its subject's apposition, or 'declined to make X available for
    an interview': a sourcing note, no claim."""
    article = f"The board said the plan was sound.\n\n{note}\n"
    assert _claims(article) == [("the plan was sound", "The board", "said")]


def test_a_headline_written_in_sentences_over_a_deck_and_a_byline() -> None:
    """'X would cost $19.4 billion, comptroller says. A think tank says it's closer to $26
    billion.' as the page's first line, a deck and 'BY NAME' under it: the headline and the
    standfirst, no claims (the body says them again)."""
    article = (
        "House plan would cost $19.4 billion, comptroller says. A think tank says it's closer "
        "to $26 billion.\n\n"
        "The dueling estimates have become the latest flashpoint between the two chambers.\n\n"
        "BY MARISOL TREVINO\n\n"
        "The House plan would cost the state $19.4 billion over two years, according to the "
        "comptroller's office.\n"
    )
    result = extract(article)
    assert result.metadata.title == (
        "House plan would cost $19.4 billion, comptroller says. A think tank says it's closer "
        "to $26 billion."
    )
    assert [claim.text for claim in result.claims] == [
        "The House plan would cost the state $19.4 billion over two years"
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        "Texas homeowners could see bigger property tax cuts. Here's how the plans compare.",
        "We can't wait to welcome you to the festival in Austin. Get your tickets today.",
        "Officers at a news conference at police headquarters last year. Mariah Delgado/Sun-Times "
        "file",
        "A homeowner stands in her gutted living room on Thursday. [ JONAH BELLAMY | Times ]",
    ],
)
def test_teasers_ticket_pitches_and_credits_of_regional_papers(furniture: str) -> None:
    """A related story's teaser ending "Here's how ...", an event's ticket pitch, a caption
    credited 'Name/Sun-Times file' or '[ NAME | Times ]': furniture, no claim."""
    article = f"The board said the bid was too low.\n\n{furniture}\n"
    assert _claims(article) == [("the bid was too low", "The board", "said")]


def test_put_at_after_a_long_setting_between_commas() -> None:
    """'The IMF, in a staff report released last week after its seventh review of the
    programme, put the debt ratio at 47.9 percent': the setting between commas is long but has
    no verb of its own - the IMF's estimate (the sentence had been the reporter's, whole)."""
    sentence = (
        "However, the International Monetary Fund (IMF), in a staff report released last week "
        "after its seventh review of the programme, put the debt-to-GDP ratio at 47.9 percent "
        "and warned that risks were rising."
    )
    assert _claims(sentence) == [
        (
            "the debt-to-GDP ratio at 47.9 percent",
            "the International Monetary Fund (IMF)",
            "put",
        ),
        ("risks were rising", "the International Monetary Fund (IMF)", "warned"),
    ]


def test_based_on_records_names_what_the_claim_rests_on() -> None:
    """'..., based on records of the procurement system': the records, as after "according
    to"; 'based on her experience' is no record (a control)."""
    assert _claims(
        "The firm had no previous government contract, based on records of the procurement system."
    ) == [
        (
            "The firm had no previous government contract",
            "records of the procurement system",
            "based on",
        )
    ]
    control = "She chose the route, based on her experience."
    assert _claims(control) == [(control.rstrip("."), None, None)]


def test_an_outlets_request_for_comment_and_its_fate_are_notes() -> None:
    """'Rappler sought comment from X on November 18. The office acknowledged the request but
    has yet to respond as of posting.': the outlet's request and its fate - sourcing notes, no
    claims."""
    article = (
        "The office said the award was lawful.\n\n"
        "The Ledger sought comment from the public works secretary through the department's "
        "information office on November 18. The office acknowledged the request but has yet to "
        "respond as of posting.\n"
    )
    assert _claims(article) == [("the award was lawful", "The office", "said")]


@pytest.mark.parametrize(
    ("sentence", "statistic"),
    [
        ("\"I'm 67. I can't rebuild this on my own,\" she said.", False),
        ('"I am 81, and I have never seen water this high," he said.', False),
        ('"I\'m 67 percent sure," she said.', True),
    ],
)
def test_a_speakers_own_age_is_no_statistic(sentence: str, statistic: bool) -> None:
    """'"I'm 67."': the speaker's age, said of themselves, is no figure to check (as an age
    after a name is not); '67 percent' still is (a control)."""
    assert ("statistic" in extract(sentence).claims[0].flags) is statistic


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "The county published a methodology report, which shows that surveyors completed "
            "1,104 interviews.",
            "surveyors completed 1,104 interviews",
            "a methodology report",
            "shows",
        ),
        (
            "The group released a survey, which found that most residents opposed the plan.",
            "most residents opposed the plan",
            "a survey",
            "found",
        ),
    ],
)
def test_a_work_without_its_author_finds_in_its_relative_clause(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'a methodology report, which shows that Y': a work, its author not named, finds Y; the
    clause before the comma is the reporter's (the sentence had been the reporter's, whole)."""
    claims = _claims(sentence)
    assert claims[1] == (claim, source, cue)
    assert claims[0][1] is None


def test_he_is_not_a_woman_named_by_her_given_name_alone() -> None:
    """'Luis and Teresa Ocampo ...' gives "Teresa" as a given name: a later "he" is not her (it
    had resolved to "Teresa")."""
    article = (
        "Across the bay, Luis and Teresa Ocampo have a different problem.\n\n"
        '"We have had four adjusters," said Teresa Ocampo.\n\n'
        "Her husband has logged every call since October, 63 of them, he said.\n"
    )
    claim = next(
        claim for claim in extract(article).claims if claim.source and claim.source.text == "he"
    )
    assert claim.source.resolved is None or claim.source.resolved.text != "Teresa"


def test_a_denier_does_not_deny_their_own_words_under_a_fuller_name() -> None:
    """'Baptiste also disputed the inspector general's total' after a quotation of 'mayoral
    spokesperson Jordan Baptiste': one person - the denial answers the inspector general, not
    his own quotation (it had been linked to it)."""
    article = (
        "The inspector general found that police overtime reached $243 million last year, the "
        "report said.\n\n"
        '"The inspector general knows full well that overtime during a strike is not optional," '
        "mayoral spokesperson Jordan Baptiste said in a statement.\n\n"
        "Baptiste also disputed the inspector general's total.\n"
    )
    relations = _relations(article)
    assert relations[2] != [("denies", 1)]
    assert relations[2] == [("denies", 0)]


def test_an_account_named_by_what_it_says() -> None:
    """'Residents dispute the door-to-door account': the account is the claim that deputies went
    door to door, not the claim just before it (it had been linked to the nearest)."""
    article = (
        "Deputies were going door to door in the canyon within minutes, the spokesperson said.\n\n"
        "The sheriff's office said the delay was caused by a vendor's mapping tool.\n\n"
        "Residents dispute the door-to-door account.\n"
    )
    assert _relations(article)[2] == [("denies", 0)]


def test_the_911_records_are_no_figure() -> None:
    """'the 911 records showed ...': the emergency number names the records, no figure; '911
    calls' without an article may count them (a control)."""
    claim = extract("Police said the 911 records showed the first call came late.").claims[0]
    assert "statistic" not in claim.flags
    counted = extract("Police said they received 911 calls in May.").claims[0]
    assert "statistic" in counted.flags


def test_a_spokesman_giving_his_bodys_figures_does_not_contradict_it() -> None:
    """'The Malian army says 63 soldiers and some 600 Islamists have been killed' then its
    spokesman's quotation giving the same deaths in other groupings: one voice, no
    contradiction (the 63 and the 600 had been set against each other)."""
    article = (
        "The Malian army says 63 soldiers and some 600 Islamists have been killed since the "
        "offensive began.\n\n"
        '"The death toll is 63 Malian soldiers killed and our opponents have lost about 600 '
        'fighters," army spokesman Lieutenant Colonel Souleymane Maiga told AFP.\n'
    )
    assert _relations(article) == [[], []]


@pytest.mark.parametrize(
    ("sentence", "claim", "source"),
    [
        (
            "TenantIQ, which is owned by the private equity–backed firm Rentwell Holdings, says "
            "its software screens about 9 million applications a year.",
            "its software screens about 9 million applications a year",
            "TenantIQ",
        ),
        (
            "The Ohio–based company said sales rose 4%.",
            "sales rose 4%",
            "The Ohio–based company",
        ),
    ],
)
def test_an_en_dash_in_a_compound_is_a_hyphen(sentence: str, claim: str, source: str) -> None:
    """'private equity–backed', 'Ohio–based': an en dash set as a compound's hyphen keeps the
    word whole (it had broken the subject and swapped claim and speaker)."""
    assert _claims(sentence)[0][:2] == (claim, source)


def test_a_plurals_present_after_a_speaker_inside_a_relative() -> None:
    """'Facility fees, which hospitals say cover the overhead, have become ...': the relative's
    verb in a plural's present - the hospitals' claim, the sentence the reporter's (it had been
    cut to a stub "Facility fees", the main clause given to the hospitals)."""
    sentence = (
        "Facility fees, which hospitals say cover the overhead of running outpatient clinics, "
        "have become one of the most common complaints to the state."
    )
    assert _claims(sentence) == [
        (sentence.rstrip("."), None, None),
        ("cover the overhead of running outpatient clinics", "hospitals", "say"),
    ]


def test_according_to_an_agent_and_his_name() -> None:
    """'According to his agent, Faisal Mirza, Y': an agent is a role, the name his - part of
    the source, not the claim's first words."""
    assert _claims(
        "According to his agent, Faisal Mirza, Rahmanullah averaged 31 runs a game."
    ) == [("Rahmanullah averaged 31 runs a game", "his agent, Faisal Mirza", "According to")]


def test_a_message_read_simply() -> None:
    """'One last year read simply: "Evacuate now."': the message's words, its own (the
    sentence had been the reporter's, quotation and all)."""
    claims = _claims('The warnings went unheeded. One last year read simply: "Evacuate now."\n')
    assert ("Evacuate now", "One", "read") in claims


def test_a_matchs_scorers_line_is_furniture() -> None:
    """'Blackburn Rovers: Ferris (pen 88), Adeyemi (31)': a match report's scorers, no
    transcript's turn and no claim."""
    article = (
        "Blackburn Rovers: Ferris (pen 88), Adeyemi (31)\n\n"
        "Stoke City: Lund (12, 67)\n\n"
        "The manager said the penalty was clear.\n"
    )
    assert _claims(article) == [("the penalty was clear", "The manager", "said")]


@pytest.mark.parametrize(
    "furniture",
    [
        "Ana Ruiz receives funding from the National Science Foundation. She is an unpaid "
        "adviser to the state schools coalition.",
        "X (Twitter)",
        "Republish our articles for free, online or in print, under a Creative Commons license.",
        "We don't only investigate technology. We instigate change. Your donations power our "
        "award-winning reporting. Donate now.",
        "The Ledger has previously debunked false claims about electric vehicle fires, including "
        "here and here.",
        "Health News Weekly is a national newsroom that produces in-depth journalism about health.",
    ],
)
def test_disclosures_share_buttons_donation_pitches_and_earlier_checks(furniture: str) -> None:
    """An academic author's funding disclosure, a share button, a republishing note, a donation
    pitch, a fact-checker's links to its earlier checks, an outlet's account of itself: page
    furniture, no claims."""
    article = f"The board said the bid was too low.\n\n{furniture}\n"
    assert _claims(article) == [("the bid was too low", "The board", "said")]


def test_according_to_data_a_body_reported() -> None:
    """'..., according to data the hospital system reported to the state': the record, then a
    relative clause without "that" saying who made it - the record is the source (the
    sentence had been the reporter's, whole)."""
    sentence = (
        "The hospital charged $1.2 million in facility fees last year, according to data the "
        "hospital system reported to the state."
    )
    claims = _claims(sentence)
    assert claims[0][0] == "The hospital charged $1.2 million in facility fees last year"
    assert claims[0][1].startswith("data the hospital system reported")


def test_a_coroners_conclusion_recorded_after_what_she_said() -> None:
    """'The coroner said Y and recorded a narrative conclusion that found Z': the conclusion
    recorded is no part of what she said."""
    claims = _claims(
        'The coroner said there had been "a gross failure" of care and recorded a narrative '
        "conclusion that found neglect contributed to the death."
    )
    assert claims[0] == ('there had been "a gross failure" of care', "The coroner", "said")
    assert claims[1][0].startswith("recorded a narrative conclusion")


@pytest.mark.parametrize(
    ("sentence", "claim", "source", "cue"),
    [
        (
            "The study, posted on the preprint server medRxiv last week and not yet peer "
            "reviewed, found that dementia diagnoses rose 18%.",
            "dementia diagnoses rose 18%",
            "The study",
            "found",
        ),
        (
            "The survey, conducted over three years, showed that 40% of nurses planned to quit.",
            "40% of nurses planned to quit",
            "The survey",
            "showed",
        ),
    ],
)
def test_a_studys_participle_aside_before_its_finding(
    sentence: str, claim: str, source: str, cue: str
) -> None:
    """'The study, posted on a preprint server and not yet peer reviewed, found that Y': how
    the study came out, between commas - its finding is the study's (the headline figure had
    lost its source)."""
    assert _claims(sentence) == [(claim, source, cue)]


def test_felt_something_is_a_sensation_not_a_view() -> None:
    """'She felt something in her back and ...': a sensation, no view reported; 'She felt the
    plan was unfair' still is one (a control)."""
    sensation = "She felt something in her back and called the physio because she was worried."
    assert _claims(sensation) == [(sensation.rstrip("."), None, None)]
    assert _claims("She felt the plan was unfair.") == [("the plan was unfair", "She", "felt")]


def test_an_unlabelled_paragraph_goes_on_with_the_labelled_answer() -> None:
    """A press conference's transcript: 'TOMAS NOVAK: I don't agree at all.' then a paragraph
    with no label - the answer goes on, his (it had gone to the rival the introduction named
    first)."""
    article = (
        "'I was not going to let him bully me': Novak rejects Halvorsen's gamesmanship charge "
        "after Miami quarter-final\n\n"
        "By Simon Cambers\nMarch 26, 2027\n\n"
        "Tomas Novak celebrates after beating Erik Halvorsen in Miami on Wednesday night. "
        "(Getty Images)\n\n"
        "MIAMI - Tomas Novak reached his first semi-final on Wednesday, beating fourth seed "
        "Erik Halvorsen 6-4, 3-6, 7-6.\n\n"
        "Halvorsen, who was given a point penalty early in the deciding set, accused the Czech "
        "of taking deliberate medical time-outs, and told reporters that Novak's treatment was "
        "a joke. The ATP said the time-out had been granted by the tournament physiotherapist."
        "\n\n"
        "Novak, 22, faces Carlos Alcaraz on Friday. Here is an edited transcript of his "
        "post-match press conference.\n\n"
        "Q. Erik said your medical time-out was a joke. What's your response?\n\n"
        "TOMAS NOVAK: I don't agree at all. I had this problem before, in Rotterdam.\n\n"
        "Everybody can see the physio worked on my back for four minutes.\n\n"
        "Q. Did you speak to him at the net?\n\n"
        "TOMAS NOVAK: Not really. I respect him as a player.\n\n"
        "Q. There was a lot of noise from the crowd. Did that affect you?\n\n"
        "TOMAS NOVAK: Honestly, I enjoyed it. The crowd here is loud.\n\n"
        "Q. How is the back now?\n\n"
        "TOMAS NOVAK: Better. I think it will be fine for Friday.\n\n"
        "Q. You've never played Alcaraz. What do you expect?\n\n"
        "TOMAS NOVAK: He is the best player in the world at the moment.\n"
    )
    claims = {claim.text: claim for claim in extract(article).claims}
    answer = claims["Everybody can see the physio worked on my back for four minutes"]
    assert answer.source.text == "TOMAS NOVAK"


@pytest.mark.parametrize(
    ("sentence", "said", "aside"),
    [
        (
            "The mayor said the budget was balanced, though auditors have not yet reviewed it.",
            "the budget was balanced",
            "auditors have not yet reviewed it",
        ),
        (
            "The chief said the plant was safe, though the council has no say over it.",
            "the plant was safe",
            "the council has no say over it",
        ),
    ],
)
def test_a_though_clause_in_the_present_after_a_past_cue_is_the_reporters(
    sentence: str, said: str, aside: str
) -> None:
    """'X said Y, though auditors have not yet reviewed it': what was said stands in the past;
    a "though" clause in the present is the reporter's aside (it had been the speaker's); one
    in the past stays the speaker's concession (a control)."""
    assert _claims(sentence) == [(said, _claims(sentence)[0][1], "said"), (aside, None, None)]
    kept = "The mayor said the budget was balanced, though she had not seen the final figures."
    assert _claims(kept) == [
        ("the budget was balanced, though she had not seen the final figures", "The mayor", "said")
    ]


def test_the_claims_of_either_side_could_not_be_verified() -> None:
    """'The outlet could not independently verify the claims of either side': both sides'
    claims are unverified, the first side's too (only the nearest had taken the flag)."""
    article = (
        "Russia's defence ministry said its forces had captured the village.\n\n"
        "Ukraine's army denied the village had fallen, saying fighting continued on its "
        "outskirts.\n\n"
        "The Kyiv Independent could not independently verify the claims of either side.\n"
    )
    assert all("unverified" in claim.flags for claim in extract(article).claims)


def test_a_figure_is_disputed_by_its_rival_in_the_present() -> None:
    """'That figure is disputed by the player's camp': the present passive names its denier as
    the past one did ("was rejected by")."""
    article = "The club said the fee was £40m. That figure is disputed by the player's camp.\n"
    assert _claims(article)[1] == ("That figure", "the player's camp", "disputed")
    assert _relations(article)[1] == [("denies", 0)]


def test_an_analysis_assumes_that() -> None:
    """'The group's analysis assumes that Y': the analysis's claim; 'assumed office' is no
    claim of anyone's (a control)."""
    assert _claims("The group's analysis assumes that property values will keep climbing.") == [
        ("property values will keep climbing", "The group's analysis", "assumes")
    ]
    office = "She assumed office in January."
    assert _claims(office) == [(office.rstrip("."), None, None)]


def test_a_contrast_after_a_dash_following_according_to() -> None:
    """'Y, according to data the plan submitted to regulators — though the plan cautioned that
    Z': Z is the plan's claim with its own cue (it had been lost)."""
    claims = _claims(
        "Policies nearly tripled between 2020 and 2026, according to data the plan submitted to "
        "regulators — though the plan cautioned that its records are incomplete."
    )
    assert claims[0][0] == "Policies nearly tripled between 2020 and 2026"
    assert claims[1] == ("its records are incomplete", "the plan", "cautioned")


def test_a_place_then_where_its_speakers_said() -> None:
    """'The video was filmed in Ostrava in 2022, where local firefighters said Y': the clause
    before ", where" is the reporter's claim, Y the firefighters' (the main clause had been
    lost)."""
    assert _claims(
        "The video was filmed in Ostrava in 2022, where local firefighters said the blaze had "
        "started in a diesel van."
    ) == [
        ("The video was filmed in Ostrava in 2022", None, None),
        ("the blaze had started in a diesel van", "local firefighters", "said"),
    ]
