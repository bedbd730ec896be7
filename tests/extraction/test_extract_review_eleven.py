"""Constructions of published news the eleventh session found mishandled, each pinned by
sentences written for it here (not taken from any set)."""

from __future__ import annotations

import pytest
from claim_views import relations, summary

from claims.extraction import extract
from claims.extraction.relations import link, prepare


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Tribune has learned that according to two officials briefed on the talks, the "
            "port will close its container terminal in March.",
            (
                "the port will close its container terminal in March",
                "two officials briefed on the talks",
                "according to",
            ),
        ),
        (
            "It is understood that, according to the draft budget, fuel duty will rise by 3 "
            "percent.",
            ("fuel duty will rise by 3 percent", "the draft budget", "according to"),
        ),
    ],
)
def test_according_to_after_a_clause_that_introduces_the_content(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'X has learned that according to Y, Z': the content is Z, after the comma that closes
    the source, as in 'According to Y, Z' (the claim had been the introducing clause)."""
    assert summary(text) == [expected]


def test_a_draft_is_a_document() -> None:
    (claim,) = extract("According to the draft, the levy would apply from April.").claims
    assert claim.source is not None and claim.source.kind == "document"


ARTICLE = (
    "Harbour strike enters second week\n\n"
    "Monday, May 4, 2020\n\n"
    "Dock workers at the harbour stayed off the job for an eighth day on Monday, the union "
    "said.\n\n"
    "{quotation}\n\n"
    "The port authority said talks would resume on Thursday.\n"
)


@pytest.mark.parametrize(
    ("quotation", "text", "claimant"),
    [
        (
            '"We will not go back for less. This is about our pensions." - Rosa Meyer',
            "We will not go back for less. This is about our pensions",
            "Rosa Meyer",
        ),
        (
            '"Every day of this costs the town money." — Tomas Berg, a fish merchant',
            "Every day of this costs the town money",
            "Tomas Berg",
        ),
        (
            '"It is a test of nerves." -- Ana Duarte of the Harbour Traders Association',
            "It is a test of nerves",
            "Ana Duarte",
        ),
        (
            '``Trade makes this town, not oil. We have the harbour." — Ana Duarte, on whether '
            "the new refinery will matter more to the town than the port's container trade.",
            "Trade makes this town, not oil. We have the harbour",
            "Ana Duarte",
        ),
    ],
)
def test_a_quotation_signed_after_a_dash_is_the_signers(
    quotation: str, text: str, claimant: str
) -> None:
    """A pull quote or epigraph signed '- NAME' is a claim of NAME's, with no cue (it had been
    read as a heading when short, or given to the speaker before it)."""
    claims = extract(ARTICLE.format(quotation=quotation)).claims
    signed = [claim for claim in claims if claim.text == text]
    assert len(signed) == 1
    assert signed[0].source is not None and signed[0].source.text == claimant
    assert signed[0].cue is None
    assert "direct_quote" in signed[0].flags


def test_a_dash_inside_a_sentence_signs_nothing() -> None:
    claims = extract(
        ARTICLE.format(quotation="The harbour was quiet - Ferry traffic ran as normal.")
    ).claims
    assert all(claim.source is None or claim.source.text != "Ferry" for claim in claims)


def test_a_negation_inside_a_clause_of_a_quotation_answers_nothing() -> None:
    """'We are here to make sure the workers who built it do not lose ...': the negation is in
    a clause of the claim, not its answer to what the union said (it had denied it)."""
    text = (
        "Plant closure\n\nMonday, May 4, 2020\n\n"
        "The union said the company had cut 300 jobs at the Leeds plant.\n\n"
        '"We are here to make sure the workers who built this plant do not lose their '
        'pensions," said Tom Reid, a manager at the company.\n'
    )
    assert relations(text) == []


def test_a_negated_answer_by_the_party_concerned_still_answers() -> None:
    text = (
        "The union said the company had cut 300 jobs at the Leeds plant.\n\n"
        "The company's Leeds plant has not cut any jobs, a spokesman for the company said.\n"
    )
    assert [relation[1:] for relation in relations(text)] == [
        ("denies", "the company had cut 300 jobs at the Leeds plant")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials say every application will be assessed on its merits, with the Courier "
            "reporting that no one will be refused outright.",
            [
                ("every application will be assessed on its merits", "Officials", "say"),
                ("no one will be refused outright", "the Courier", "reporting"),
            ],
        ),
        (
            "The mayor said the scheme had worked, with aides adding that 4,000 families had "
            "applied.",
            [
                ("the scheme had worked", "The mayor", "said"),
                ("4,000 families had applied", "aides", "adding"),
            ],
        ),
    ],
)
def test_an_absolute_clause_inside_what_was_said_is_another_speakers(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert summary(text) == expected


def test_a_participle_after_a_preposition_is_no_cue() -> None:
    """', with laws banning migrants from claiming asylum expected next month': 'claiming' is a
    gerund after 'from', not the absolute clause's cue (the laws had become a claimant)."""
    (claim,) = summary(
        "The minister has made migration a priority, with laws banning migrants from claiming "
        "asylum expected next month."
    )
    assert claim[1:] == (None, None)


@pytest.mark.parametrize(
    ("text", "fact", "claim"),
    [
        (
            "After 3,000 people were evacuated from the valley, officials said the river would "
            "crest on Tuesday night.",
            "After 3,000 people were evacuated from the valley",
            ("the river would crest on Tuesday night", "officials", "said"),
        ),
        (
            "With 95 percent of ballots counted, the election commission said the ruling party "
            "had won a majority.",
            "With 95 percent of ballots counted",
            ("the ruling party had won a majority", "the election commission", "said"),
        ),
        (
            "After meeting 300 farmers, the minister said the subsidy would stay.",
            "After meeting 300 farmers",
            ("the subsidy would stay", "the minister", "said"),
        ),
        (
            "Following a 12 percent drop in quarterly sales, the retailer said it would close "
            "40 stores.",
            "Following a 12 percent drop in quarterly sales",
            ("it would close 40 stores", "the retailer", "said"),
        ),
    ],
)
def test_a_figure_in_an_adjunct_before_the_speaker_is_the_reporters_claim(
    text: str, fact: str, claim: tuple[str, str, str]
) -> None:
    """The figure stated before the speaker had been lost: the claim was what followed the
    cue only."""
    assert summary(text) == [(fact, None, None), claim]


@pytest.mark.parametrize(
    "text",
    [
        "After the meeting, officials said the plan would go ahead.",
        "After three hours of talks, the union said it would strike.",
        "As the storm approached, residents said they were leaving.",
        "When the company recalled four batches in May, it said the risk was low.",
    ],
)
def test_an_adjunct_without_a_figure_is_no_claim(text: str) -> None:
    assert len(summary(text)) == 1


def test_which_the_body_rejects_denies_the_clause_before_it() -> None:
    """', which the Home Office today rejects, and ...': a relative clause naming who rejects
    what the sentence said is that body's denial of it, and the sentence goes on after it."""
    text = (
        "Ferry plan\n\nMonday, May 4, 2020\n\n"
        "A fast-track ferry licence was refused by the transport minister over fears it would "
        "breach the tender rules, which the harbour board today rejects, and delay the new "
        "terminal.\n"
    )
    claims = extract(text).claims
    assert [(c.text, c.source.text if c.source else None) for c in claims] == [
        (
            "A fast-track ferry licence was refused by the transport minister over fears it "
            "would breach the tender rules",
            None,
        ),
        ("which", "the harbour board"),
        ("delay the new terminal", None),
    ]
    assert [(r.type, r.target) for r in claims[1].relations] == [("denies", 0)]


def test_a_word_both_speakers_are_modified_by_makes_them_no_one_party() -> None:
    """'Shadow Home Secretary Ana Holt' does not speak for 'the Home Office' (they share only
    'home'): her negated claim after the office's denial is no part of that denial."""
    text = (
        "The union said the ministry had cut 300 nursing posts. "
        "The Home Office denied the report. "
        "Shadow Home Secretary Ana Holt said the ministry had not published its figures."
    )
    assert [relation[1:] for relation in relations(text)] == [
        ("denies", "the ministry had cut 300 nursing posts")
    ]


def test_shares_of_different_wholes_do_not_contradict() -> None:
    text = (
        "The ministry said floods had damaged 46 percent of the wheat harvest. A farmers' "
        "group said floods had damaged 10 percent of farm buildings."
    )
    assert relations(text) == []


def test_shares_of_one_whole_still_contradict() -> None:
    text = (
        "The ministry said floods had damaged 46 percent of the wheat harvest. A farmers' "
        "group said floods had damaged 70 percent of the wheat harvest."
    )
    assert [relation[1] for relation in relations(text)] == ["contradicts"]


def _claim(text: str, source: str):
    return prepare(text, text, source, "say", "statement")


def test_a_word_of_a_long_claimants_modifier_does_not_make_it_the_party_named() -> None:
    """'posts on the message board for the critics' site Mintwatch' is not the party that
    'the Coinhall site' names: a long claimant is its head ('Mintwatch'), and its negated
    account of the site answers nothing (it had denied the users' report)."""
    users = _claim(
        "when they reach the Coinhall site, all they get is a message saying the site is down",
        "some users",
    )
    posts = _claim(
        "as of Friday the Coinhall site was not loading at all",
        "posts on the message board for the critics' site mintwatch",
    )
    assert link([users, posts]) == [[], []]


def test_the_party_named_in_a_claim_still_answers_it() -> None:
    report = _claim("the Coinhall site leaked the addresses of its users", "a researcher")
    answer = _claim("the Coinhall site was not breached", "coinhall")
    assert link([report, answer]) == [[], [("denies", 0)]]


INTERVIEW = """Wikinews interviews harbour master on port expansion

Tuesday, March 4, 2014

The port of Velden will double its container capacity by 2018, harbour master Anke Ruis told \
Wikinews in an interview this week.

Interview

Wikinews: How many ships use the port today?

Anke Ruis: About 3,200 ships a year. Last year it was 3,050.

Key figures
* Ships per year: 3,200
* Cost: €450 million
* New berths: 4

Sources
* "Velden port plans expansion" — Harbour News, March 1, 2014
* "Port board approves budget" — Velden Courier, February 20, 2014
"""


def test_a_fact_box_of_labelled_figures_is_claims_not_turns() -> None:
    """'* Cost: €450 million' under 'Key figures' is a figure of the story, not a turn of a
    speaker called 'Cost' (a figure after the label, also after a currency sign)."""
    claims = {claim.text: claim for claim in extract(INTERVIEW).claims}
    for line in ("Ships per year: 3,200", "Cost: €450 million", "New berths: 4"):
        assert line in claims
        assert claims[line].source is None
        assert "statistic" in claims[line].flags


def test_a_list_of_sources_is_furniture() -> None:
    """A wiki article's 'Sources' list: each line a title, an outlet and a date - furniture,
    no claim (and no quotation signed by the outlet)."""
    result = extract(INTERVIEW)
    assert not [claim for claim in result.claims if "Velden Courier" in claim.sentence.text]
    assert not [claim for claim in result.claims if "Harbour News" in claim.sentence.text]
    furniture = [span.text for span in result.metadata.furniture]
    assert any("Port board approves budget" in text for text in furniture)


@pytest.mark.parametrize(
    "sentence",
    [
        "Read below for the full interview.",
        "Share it with your friends!",
        "Wait until the fourth day of the fair when the crowds have thinned.",
        "Please visit the museum's website for opening times.",
    ],
)
def test_an_imperative_is_no_claim(sentence: str) -> None:
    text = f"The fair opened on Friday with 200 stalls, organisers said. {sentence}"
    assert summary(text) == [("The fair opened on Friday with 200 stalls", "organisers", "said")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Help is on the way for the stallholders.",
        "Share prices of the organiser fell 4 percent.",
        "Look, the fair has never been this busy.",
        "Visit numbers rose by a third on Saturday.",
        # a surname the part-of-speech lexicon would guess a verb from its ending
        "Duarte read the poem at the fair in 2019.",
    ],
)
def test_a_statement_opening_with_a_verbs_form_is_still_a_claim(sentence: str) -> None:
    text = f"The fair opened on Friday with 200 stalls, organisers said. {sentence}"
    assert len(summary(text)) == 2


def test_denied_the_accusation_stating_that_gives_what_the_denial_asserts() -> None:
    text = (
        "Opposition leader Mira Dosek accused the government of ignoring flood warnings. The "
        "interior ministry denied the accusation, stating that alerts had been issued in "
        "advance."
    )
    assert summary(text)[1] == (
        "alerts had been issued in advance",
        "The interior ministry",
        "denied",
    )


def test_someone_not_accused_saying_no_answers_no_accusation() -> None:
    """'We received no warning at all', a farmer's, is no denial of the accusation that the
    government ignored warnings: only the accused answers one in the first person."""
    text = (
        "Opposition leader Mira Dosek accused the government of ignoring flood warnings. "
        '"We received no warning at all," farmer Ivo Brandt said.'
    )
    assert relations(text) == []


def test_a_bracketed_address_between_sentences_ends_both_and_is_no_claim() -> None:
    text = (
        "Site rankings\n\nMonday, May 4, 2020\n\n"
        "Quantcast ranks wikiHow as the 135th most popular site in the US. "
        "(http://www.quantcast.com/wikihow.com). wikiHow reached that rank in two years.\n"
    )
    assert [claim.text for claim in extract(text).claims] == [
        "Quantcast ranks wikiHow as the 135th most popular site in the US",
        "wikiHow reached that rank in two years",
    ]


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ('(copyright Ana Duarte; reprinted with permission)"', True),
        ("(Reprinted with permission of the author.)", True),
        ("Copyright 2020 The Harbour Courier. All rights reserved.", True),
        ("Copyright laws protect the poem, the publisher said.", False),
    ],
)
def test_a_rights_line_is_furniture(line: str, furniture: bool) -> None:
    text = (
        "Poem for the harbour\n\nMonday, May 4, 2020\n\n"
        f"Duarte read the poem at the harbour festival in 2019.\n\n{line}\n"
    )
    claims = extract(text).claims
    assert (len(claims) == 1) is furniture


def test_its_spokesman_speaks_for_the_body_that_spoke_before() -> None:
    """'Norvik Bank denied the report. Its spokesman said no data had been taken': the
    spokesman's negation goes on with the bank's denial (it had been a contradiction between
    two parties)."""
    text = (
        "A hacker group said it had taken customer data from Norvik Bank's servers. Norvik "
        "Bank denied the report. Its spokesman, Lars Vik, said no customer data had been taken "
        "from the servers."
    )
    assert [relation[1:] for relation in relations(text)] == [
        ("denies", "it had taken customer data from Norvik Bank's servers"),
        ("denies", "it had taken customer data from Norvik Bank's servers"),
    ]


@pytest.mark.parametrize(
    ("text", "anonymous"),
    [
        ("The aide, who has not been named, told the court she had been threatened.", True),
        ("A witness, who cannot be named for legal reasons, said the car was red.", True),
        ("An official, who was not named in the report, said 40 people died.", True),
        ("Police said a man, who has not been named, died at the scene.", False),
    ],
)
def test_a_speaker_who_has_not_been_named_is_anonymous(text: str, anonymous: bool) -> None:
    (claim,) = extract(text).claims
    assert ("anonymous_source" in claim.flags) is anonymous


def test_a_quotation_then_but_is_the_speakers_and_the_clause_the_reporters() -> None:
    text = (
        'The council letter reads "we may extend the charge to other districts in due course", '
        "but no plans to do so have been published."
    )
    claims = extract(text).claims
    assert [(c.text, c.source.text if c.source else None) for c in claims] == [
        ("we may extend the charge to other districts in due course", "The council letter"),
        ("no plans to do so have been published", None),
    ]
    assert "direct_quote" in claims[0].flags


def test_a_paraphrase_with_a_long_quotation_in_it_is_no_direct_quote() -> None:
    """'Morel had "betrayed the trust of the people who elected him"': the reporter's words
    and the judge's; only a claim (nearly) all quotation is flagged."""
    (claim,) = extract(
        'Judge Claire Dumas said Morel had "betrayed the trust of the people who elected him".'
    ).claims
    assert "direct_quote" not in claim.flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said as many as 40 people had died in the blaze.",
            ("as many as 40 people had died in the blaze", "Police", "said"),
        ),
        (
            "A union official, speaking on condition of anonymity, said as many as 6,000 jobs "
            "could be affected.",
            ("as many as 6,000 jobs could be affected", "A union official", "said"),
        ),
        (
            "The company said as much as 60 percent of its output was lost.",
            ("as much as 60 percent of its output was lost", "The company", "said"),
        ),
        (
            "Organisers said fewer than 100 people attended the rally.",
            ("fewer than 100 people attended the rally", "Organisers", "said"),
        ),
    ],
)
def test_a_figure_opening_with_as_many_as_is_what_was_said(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'said as many as 40 people had died': the figure opens the clause said (the sentence
    had been read as a trailer after 'said', and the claim left unattributed)."""
    assert summary(text) == [expected]


def test_said_as_much_is_no_figure() -> None:
    (claim,) = summary("The minister said as much in a statement on Monday.")
    assert claim[1] is None


def test_notes_before_a_pronoun_and_its_verb_is_a_cue() -> None:
    """'Sarvis notes he favors school choice': 'notes' is the verb (the treebank knows
    'favors' only as a noun, so no clause was seen after it)."""
    assert summary("On his campaign website, Sarvis notes he favors school choice.") == [
        ("he favors school choice", "Sarvis", "notes")
    ]


def test_one_person_named_twice_is_no_second_source() -> None:
    text = (
        "On her website, Mara Lind says the Velden port should get 40 new berths. In the "
        "interview, Lind said the Velden port should get 40 new berths by 2030."
    )
    assert relations(text) == []


def test_an_interview_may_open_with_the_interviewers_prompt() -> None:
    """'You have received a lot of attention lately.' as the first paragraph, answered in the
    first person: a prompt, no claim; the answer is the interviewee's."""
    text = (
        "Ana Duarte: An interview with the harbour poet\n\nMonday, May 4, 2020\n\n"
        "You have received a lot of attention lately.\n\n"
        "I have, and it still surprises me. People stop me in the street now.\n\n"
        "What do they say?\n\n"
        "Mostly that they read my poems on the ferry. Some learn them by heart.\n\n"
        "Is the attention good for Ana Duarte the poet?\n\n"
        "It sells books. Last year we sold 4,000 copies.\n"
    )
    claims = extract(text).claims
    assert "You have received a lot of attention lately" not in [c.text for c in claims]
    first = next(c for c in claims if c.text.startswith("I have"))
    assert first.source is not None and first.source.text == "Ana Duarte"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She writes every morning before work, for about two hours.",
            ("She writes every morning before work, for about two hours", None, None),
        ),
        (
            "He speaks regularly at schools about the dangers of smoking.",
            ("He speaks regularly at schools about the dangers of smoking", None, None),
        ),
        (
            "She wrote often that the dam was unsafe.",
            ("the dam was unsafe", "She", "wrote"),
        ),
    ],
)
def test_writing_every_morning_reports_nothing(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert summary(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A spokesperson for the insurer, Lloyd Banks, confirmed to Wikinews the claim had "
            "been filed.",
            (
                "the claim had been filed",
                "A spokesperson for the insurer, Lloyd Banks",
                "confirmed",
            ),
        ),
        (
            "The minister said to reporters the plan had failed.",
            ("the plan had failed", "The minister", "said"),
        ),
        (
            "The mayor tweeted to the students and said the hall would stay open.",
            ("the hall would stay open", "The mayor", "said"),
        ),
    ],
)
def test_a_cue_to_an_audience_then_a_clause_reports_the_clause(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'confirmed to Reuters the claim had been filed': past the audience, as after 'told'
    (the sentence had been read as a trailer after 'to', unattributed or turned around)."""
    assert summary(text) == [expected]


def test_said_to_be_is_no_audience() -> None:
    (claim,) = summary("The man is said to be dangerous.")
    assert claim[1] is None


@pytest.mark.parametrize("verb", ["characterized", "characterised"])
def test_characterized_as_is_described_as(verb: str) -> None:
    """'He characterized the conflict as another skirmish': what he calls it is his claim, as
    with 'described ... as'."""
    assert summary(f"The minister {verb} the strike as a disgrace.") == [
        ("the strike as a disgrace", "The minister", verb)
    ]


def test_dubbed_is_what_the_speaker_calls_it_but_a_name_given_is_no_claim_of_anyone() -> None:
    assert summary("Critics dubbed the plan a tax on shoppers.") == [
        ("the plan a tax on shoppers", "Critics", "dubbed")
    ]
    (claim,) = summary("The storm, dubbed Hurricane Ana by forecasters, hit the coast on Monday.")
    assert claim[1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the Harbour Trade Index Professor Lind is the most cited economist "
            "of the port.",
            (
                "Professor Lind is the most cited economist of the port",
                "the Harbour Trade Index",
                "According to",
            ),
        ),
        (
            "According to the Red Cross more than 200 people died.",
            ("more than 200 people died", "the Red Cross", "According to"),
        ),
    ],
)
def test_according_to_a_body_without_a_comma(text: str, expected: tuple[str, str, str]) -> None:
    """No comma after the source: 'the' and the body's capitalised words (with 'and', 'of'),
    up to a title opening the content's subject."""
    assert summary(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to the team's coach, Ana Ruiz, in their first match the robot scored "
            "two points.",
            (
                "in their first match the robot scored two points",
                "the team's coach, Ana Ruiz",
                "According to",
            ),
        ),
        (
            "According to a spokesman, Tom Berg, the plant will close in May.",
            ("the plant will close in May", "a spokesman, Tom Berg", "According to"),
        ),
        (
            "According to police, John Smith, 45, was arrested at the scene.",
            ("John Smith, 45, was arrested at the scene", "police", "According to"),
        ),
    ],
)
def test_according_to_a_role_then_its_name(text: str, expected: tuple[str, str, str]) -> None:
    """The name in apposition after a role is who the source is, not the content's start."""
    assert summary(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister visited the camp, where she said conditions had improved.",
            [
                ("The minister visited the camp", None, None),
                ("conditions had improved", "she", "said"),
            ],
        ),
        (
            "Company officials went to the police station where they claimed the man had left "
            "with the files.",
            [
                ("Company officials went to the police station", None, None),
                ("the man had left with the files", "they", "claimed"),
            ],
        ),
    ],
)
def test_the_clause_before_where_someone_said_is_the_reporters(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """'The minister visited the camp, where she said Y': the visit had been lost."""
    assert summary(text) == expected


def test_unclear_where_is_no_place() -> None:
    assert [claim[0] for claim in summary("It was unclear where he said the money had gone.")] == [
        "the money had gone"
    ]


def test_a_sentence_opening_quantifier_names_no_one() -> None:
    """'Both the mayor and the governor said ...' names no one ('Both' is capitalised only
    because it opens the sentence): 'The ministry' after it is not resolved to them."""
    claims = extract(
        "Bridge\n\nMonday, May 4, 2020\n\n"
        "Both the mayor and the governor said the bridge was safe.\n\n"
        "The ministry said, citing police reports, that 40 people had been arrested.\n"
    ).claims
    ministry = claims[-1].source
    assert ministry is not None and ministry.text == "The ministry"
    assert ministry.resolved is None


def test_punctuation_before_a_cue_is_no_speaker() -> None:
    """'-- said as many as': a dash was taken for the speaker, and resolving it failed the
    whole article (found by feeding the extractor shuffled pieces of news)."""
    text = "?Wikinews: , which the ministry rejects, and --\n\n-- said as many as ,, which the "
    claims = extract(text).claims
    assert all(claim.source is None or claim.source.text.strip("-— ") for claim in claims)


# Pieces of news shuffled into texts no one writes: the extractor returns claims or a clear
# ExtractionError for every one of them, never another exception (a dash before "said as many
# as" had been taken for a speaker and failed the article).
_PIECES = (
    '"', "“", "”", "''", "``", "'", " - ", " — ", "--", "(", ")", "(http://x.org/a).",
    ", which the ministry rejects, and ", "According to the ", " Professor ", "Please", "Read",
    " said as many as ", " 40 ", ",", ".", "\n\n", "\n", "* Cost: €4 million\n", "Sources\n",
    "Wikinews: ", "Ana Ruiz: ", "You have", " I ", " confirmed to Reuters ", " where she said ",
    "After 3,000 people were evacuated, ", " with the i reporting ", "Its spokesman",
    " who has not been named, ", "Both the ", "characterized", " as ", "dubbed", "copyright ",
    "Share it!", "x", "The union", "police", " notes he ", "?", "!", " said ", " told ",
    " denied ", "that ", " according to ", " he ", " she ", "Mr. ", "The company",
    " 12 percent of ", " said to ", ", a spokesman, ", "Smith", ":", ";", "İstanbul ", "…",
    "½", "$4bn ", "U.S. ", "Q: ", "HOLT: ", "[Note: x] ", "LONDON (Reuters) - ", "Image: X.\n",
)  # fmt: skip


def test_shuffled_pieces_of_news_never_fail_the_extractor() -> None:
    import random

    from claims.extraction.models import ExtractionError

    generator = random.Random(11)
    for _ in range(400):
        text = "".join(generator.choice(_PIECES) for _ in range(generator.randint(1, 50)))
        try:
            extract(text)
        except ExtractionError as error:
            # an input refused with a reason, not a bug turned into "could not be processed"
            assert error.__cause__ is None, text


def test_an_imperative_stating_a_figure_keeps_it() -> None:
    text = "The fair opened on Friday, organisers said. Remember that 9,000 people came last year."
    assert summary(text)[1] == ("Remember that 9,000 people came last year", None, None)


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Vale said the architect had changed how we think about light in public spaces.", False),
        ("We believe in the project, the mayor said.", False),
        ("We think the plan will fail, the union said.", True),
    ],
)
def test_how_we_think_about_is_no_hedge(text: str, hedged: bool) -> None:
    (claim,) = extract(text).claims
    assert ("hedged" in claim.flags) is hedged
