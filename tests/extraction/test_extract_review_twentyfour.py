"""Constructions found by the twenty-fourth session's blind hunts and the constructions the
twenty-third session left open, on sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import first_flags, relations, speakers_of, summary

from claims.extraction import extract
from claims.extraction.flags import has_statistic


@pytest.mark.parametrize(
    ("text", "claimant", "claim"),
    [
        (
            "The lender, Banco Sur, formerly Caja Rural, denied that it had misled savers.",
            "Banco Sur",
            "it had misled savers",
        ),
        (
            "The party, previously National Renewal, said it had 40,000 members.",
            "The party",
            "it had 40,000 members",
        ),
        (
            "Halden Rail, formerly Northern Freight, said the line would reopen in May.",
            "Halden Rail",
            "the line would reopen in May",
        ),
    ],
)
def test_a_former_name_in_apposition_is_set_off(text: str, claimant: str, claim: str) -> None:
    """ ", formerly X," / ", previously X,": the body's old name between commas is an aside, not
    the end of the sentence's subject (the whole sentence had been the reporter's)."""
    assert speakers_of(text) == {claim: claimant}


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Police cited the driver four times for speeding, court records show.",
            "Police cited the driver four times for speeding",
            "court records",
        ),
        (
            "The inspectors cited the company for 14 safety violations last year.",
            "The inspectors cited the company for 14 safety violations last year",
            None,
        ),
        (
            "The judge cited him for contempt of court.",
            "The judge cited him for contempt of court",
            None,
        ),
    ],
)
def test_cited_for_an_offence_is_no_source_cited(
    text: str, claim: str, claimant: str | None
) -> None:
    """ "cited the driver for speeding": whom an officer cites, and for what - the sentence is a
    fact (the reporter's, or the records'), not the officer's claim "the driver for speeding"."""
    assert speakers_of(text) == {claim: claimant}


def test_citing_a_report_or_a_reason_is_still_a_source() -> None:
    """(a guard) What a speaker cites - a report, costs - stays the speaker's."""
    assert speakers_of("The minister cited the report as evidence that the policy worked.") == {
        "the report as evidence that the policy worked": "The minister"
    }
    assert speakers_of("The company cited rising costs for the price increase.") == {
        "rising costs for the price increase": "The company"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The licence costs one euro a year, the council said.",
        "Workers are paid a dollar a day, the union said.",
        "The wall rose by one metre in a decade, the survey found.",
    ],
)
def test_one_of_a_currency_or_unit_in_words_is_a_figure(text: str) -> None:
    """ "one euro a year", "a dollar a day", "one metre": an amount written in words."""
    assert "statistic" in first_flags(text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm had never borrowed a cent from the bank.",
        "The army would not give up one metre of the ridge.",
        "They did not pay a single rupee in tax.",
    ],
)
def test_not_a_cent_or_one_inch_is_no_amount(text: str) -> None:
    """(guards of the rule above) After a negation, one of a unit is the idiom for none at all."""
    assert not has_statistic(text)
    assert "statistic" not in first_flags(text)


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Ferry services to the islands will resume on Friday, the coast guard said, after "
            "winds eased overnight.",
            "Ferry services to the islands will resume on Friday",
            "the coast guard",
        ),
        (
            "The plant will close, the company said, after talks with the union failed.",
            "The plant will close",
            "the company",
        ),
        (
            "The bridge would reopen in May, officials said, after engineers found no damage.",
            "The bridge would reopen in May",
            "officials",
        ),
    ],
)
def test_a_past_setting_after_a_medial_tag_is_not_the_claim(
    text: str, claim: str, claimant: str
) -> None:
    """ "Y, X said, after Z" with Y about what will be and Z a past clause: Z says when it was
    said, the reporter's setting; the claim is Y (it had run on to the sentence's end)."""
    assert speakers_of(text) == {claim: claimant}


@pytest.mark.parametrize(
    "text",
    [
        "The plant will close, the company said, after a review.",
        "Prices will fall in March, the regulator said, despite protests from suppliers.",
        "Orders dropped 8 percent, the firm said on Tuesday, after the price rise.",
        "The plant will close, the company said, because of falling orders.",
    ],
)
def test_what_runs_on_after_a_medial_tag_stays_the_claims(text: str) -> None:
    """(guards) A phrase after the tag, a past claim, or a reason runs on: the claim is the
    whole sentence, as the earlier convention has it."""
    assert list(speakers_of(text)) == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Prices for heating oil will rise again in winter, energy analyst Lena Hoff told the "
            "German Press Agency (dpa).",
            "Prices for heating oil will rise again in winter",
            "energy analyst Lena Hoff",
        ),
        (
            "The court was acting illegally, Justice Minister Adam Nowak told the Polish Press "
            "Agency (PAP) on Tuesday.",
            "The court was acting illegally",
            "Justice Minister Adam Nowak",
        ),
        (
            '"We will not sign this agreement. It is a bad deal," Foreign Minister Ivo Maric told '
            "the Croatian news agency (HINA).",
            "We will not sign this agreement. It is a bad deal",
            "Foreign Minister Ivo Maric",
        ),
        (
            "The governor said the new airport would open in March, the Saudi Press Agency (SPA) "
            "reported.",
            "the new airport would open in March",
            "The governor",
        ),
        (
            "Karl Huber, deputy leader of the Freedom Party's (FPÖ) group in parliament, accused "
            'the government of "hiding the truth from voters."',
            'the government of "hiding the truth from voters',
            "Karl Huber",
        ),
    ],
)
def test_a_bodys_initials_in_brackets_do_not_break_the_tag(
    text: str, claim: str, claimant: str
) -> None:
    """ "told the Polish Press Agency (PAP)", "the Freedom Party's (FPÖ) group": a body's initials
    in brackets after its name are read as not there (the claim had become "(PAP)", or been
    lost, or kept the second tag)."""
    assert speakers_of(text) == {claim: claimant}


def test_initials_in_brackets_stay_in_the_claimant_and_the_dateline() -> None:
    """(guards) The claim keeps what it holds; a wire's dateline is still furniture."""
    assert speakers_of(
        "The Syrian Observatory for Human Rights (SOHR) said 20 people had died."
    ) == {"20 people had died": "The Syrian Observatory for Human Rights (SOHR)"}
    found = summary("WARSAW (PAP) - The government said it would cut taxes.")
    assert found == [("it would cut taxes", "The government", "said")]
    assert speakers_of("Officials from the World Health Organization (WHO) visited the ward.") == {
        "Officials from the World Health Organization (WHO) visited the ward": None
    }


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Tom Berg, director-general of the BBC, said the licence fee would rise by 5 percent.",
            "the licence fee would rise by 5 percent",
            "Tom Berg",
        ),
        (
            "Ana Lind, secretary-general of the party, said the vote would be held in May.",
            "the vote would be held in May",
            "Ana Lind",
        ),
        (
            "Rui Costa, auditor-general of the province, said the accounts were incomplete.",
            "the accounts were incomplete",
            "Rui Costa",
        ),
    ],
)
def test_a_general_office_with_a_hyphen_is_a_role(text: str, claim: str, claimant: str) -> None:
    """ "director-general of the BBC": an office, in apposition to the name (the whole sentence
    had been the reporter's)."""
    assert speakers_of(text) == {claim: claimant}


PAGE_WITH_FURNITURE = """Storm closes ports across the island

KINGSTON - The storm closed all three ports on Monday, the port authority said.

Supporters wait outside the port office in Kingston late on May 18, 2025. © Ann Lee, AFP

Article continues below.

The authority said ships would be diverted to Ocho Rios.

Please consider becoming a supporter. Your support keeps our journalism free.

Support independent journalism and sign up today.
"""


def test_copyright_credits_page_breaks_and_appeals_are_furniture() -> None:
    """A caption ending in "© Photographer, Agency", "Article continues below." and a reader
    appeal ("Please consider becoming a supporter. ...") are no claims."""
    assert [claim for claim, _, _ in summary(PAGE_WITH_FURNITURE)] == [
        "The storm closed all three ports on Monday",
        "ships would be diverted to Ocho Rios",
    ]


SPOKESMAN_THEN_ANOTHER = """Airline blames strikes for delays

The airline's chief spokesman said the schedule would recover by Friday.

Pilots union leader Tomas Berg said on Monday that the airline had ignored safety warnings.

The spokesman said 40 flights were cancelled on Sunday. "The disruption is regrettable," he said.
He added that compensation would be paid.
"""


def test_a_pronoun_after_a_description_is_the_described_speaker() -> None:
    """ "The spokesman said ... "...," he said": the spokesman, who speaks where the description
    stands - not the person named between the first mention and the description (the pronoun
    had gone to "Tomas Berg", named later than "The airline's chief spokesman")."""
    claims = extract(SPOKESMAN_THEN_ANOTHER).claims
    resolved = {
        claim.text: claim.source.resolved.text
        for claim in claims
        if claim.source is not None and claim.source.resolved is not None
    }
    assert resolved == {
        "40 flights were cancelled on Sunday": "The airline's chief spokesman",
        "The disruption is regrettable": "The airline's chief spokesman",
        "compensation would be paid": "The airline's chief spokesman",
    }


WHITE_HOUSE_TRANSCRIPT = """Press Briefing by Press Secretary Colin Ashby

MR. ASHBY: The President will travel to Ohio on Friday. The plant will employ 2,400 workers.

Q  Thanks, Colin. On the plant -- is the President going to announce new funding?

MR. ASHBY: I'm not going to get ahead of the President.

Q  Thank you. The Speaker said this morning the deficit grew by $300 billion. Is he right?

MR. ASHBY: The deficit has fallen two years in a row.
"""


def test_a_bare_q_is_the_press_in_a_briefing_transcript() -> None:
    """The White House's "Q  ..." turns (no colon) beside "MR. ASHBY:": the press asks, and
    asserts nothing ("Q Thank you" had been Mr. Ashby's claim, and the Speaker's figure a claim
    of the transcript)."""
    found = summary(WHITE_HOUSE_TRANSCRIPT)
    assert [claim for claim, _, _ in found] == [
        "The President will travel to Ohio on Friday",
        "The plant will employ 2,400 workers",
        "I'm not going to get ahead of the President",
        "The deficit has fallen two years in a row",
    ]
    assert {speaker for _, speaker, _ in found} == {"MR. ASHBY"}


NOON_BRIEFING = """Noon Briefing Highlights

Question: Is the Secretary-General going to Nairobi?

Spokesperson: Yes, he will travel on Sunday.

Asked about funding, Ms. Amari said the appeal was only 30 per cent funded.

Ms. Amari said the mission's mandate would be renewed in March.

Question: Any comment on the elections?

Spokesperson: We call for calm.
"""


def test_a_reported_answer_between_exchanges_is_the_reporters_report() -> None:
    """A write-up's paragraph between a briefing's verbatim exchanges that reports in the third
    person ("Asked about funding, Ms. Amari said ...") is read as it stands, not as the last
    label's words taken whole."""
    assert speakers_of(NOON_BRIEFING) == {
        "Yes, he will travel on Sunday": "Spokesperson",
        "the appeal was only 30 per cent funded": "Ms. Amari",
        "the mission's mandate would be renewed in March": "Ms. Amari",
        "We call for calm": "Spokesperson",
    }


@pytest.mark.parametrize(
    "text",
    [
        "The bridge will reopen in May, a spokeswoman said on Tuesday, though the tunnel stays "
        "closed.",
        "Talks will resume, the union said in a statement, but no date has been set.",
    ],
)
def test_a_contrast_after_a_tag_with_its_time_or_place_is_not_the_claim(text: str) -> None:
    """ "Y, X said on Tuesday, though Z": the contrast is another clause, not Y's (the time or
    place after the verb had kept the sentence whole)."""
    claims = [claim for claim, _, _ in summary(text)]
    assert claims[0] in ("The bridge will reopen in May", "Talks will resume")
    assert len(claims) == 2


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            '"No radiation has leaked. None," the plant manager said.',
            "No radiation has leaked. None",
            "the plant manager",
        ),
        (
            '"The dam is safe. Completely," the engineer said.',
            "The dam is safe. Completely",
            "the engineer",
        ),
    ],
)
def test_a_quotations_last_word_after_a_sentence_is_the_quotations(
    text: str, claim: str, claimant: str
) -> None:
    """A quotation of two sentences whose last is one word, before its tag: one claim, the
    word with it (the word had been dropped, as a one-word answer is)."""
    assert summary(text) == [(claim, claimant, "said")]


def test_a_one_word_answer_alone_is_still_no_claim() -> None:
    """(a guard) '"None," the plant manager said.' asserts nothing on its own."""
    assert summary('"None," the plant manager said.') == []


def test_denied_reports_then_saying_is_one_denial() -> None:
    """ "denied reports that Y, saying Z": the reports' claim Y, then what the denial asserts, Z,
    with the denial's cue (the denied Y had come out a second time, and Z with "saying")."""
    text = "The club denied reports that its coach had resigned, saying he remained in charge."
    assert summary(text) == [
        ("its coach had resigned", "reports", "reports"),
        ("he remained in charge", "The club", "denied"),
    ]
    assert relations(text) == [("he remained in charge", "denies", "its coach had resigned")]


@pytest.mark.parametrize(
    "second",
    [
        "Prices of pork rose 3 per cent over the same month, the traders association said.",
        "Pork prices rose 3 per cent over the same month, the traders association said.",
    ],
)
def test_changes_of_one_measure_qualified_two_ways_do_not_contradict(second: str) -> None:
    """ "Rice prices rose 0.7 per cent" / "Pork prices rose 3 per cent": two measures (the price
    of two goods), no rival figures."""
    text = f"Rice prices rose 0.7 per cent in October, the statistics office said. {second}"
    assert relations(text) == []


@pytest.mark.parametrize(
    "second",
    [
        "Rice prices rose 3 per cent over the same month, the traders association said.",
        "Prices rose 3 per cent over the same month, the traders association said.",
    ],
)
def test_changes_of_the_same_measure_still_contradict(second: str) -> None:
    """(guards) The same measure, or one left unqualified, given another change: rivals."""
    text = f"Rice prices rose 0.7 per cent in October, the statistics office said. {second}"
    assert [kind for _, kind, _ in relations(text)] == ["contradicts"]


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "B.C.'s chief coroner said drug deaths fell for the third straight month.",
            "drug deaths fell for the third straight month",
            "B.C.'s chief coroner",
        ),
        ("P.E.I.'s premier said the ferry would run.", "the ferry would run", "P.E.I.'s premier"),
        (
            "Relay Systems, Inc. said on Monday that it would cut 5% of its workforce.",
            "it would cut 5% of its workforce",
            "Relay Systems, Inc.",
        ),
        (
            "Acme Holdings, LLC said the deal would close in May.",
            "the deal would close in May",
            "Acme Holdings, LLC",
        ),
        (
            "Dozens of nurses at the Moncton hospital walked off the job, saying they were "
            "exhausted.",
            "they were exhausted",
            "Dozens of nurses at the Moncton hospital",
        ),
        (
            "The governor defended the cuts, telling lawmakers on Wednesday that the state had "
            "no choice.",
            "the state had no choice",
            "The governor",
        ),
        (
            'Party chair Ian Bell called it "a historic night".',
            'it "a historic night"',
            "Party chair Ian Bell",
        ),
    ],
)
def test_speakers_with_abbreviations_legal_forms_counts_and_settings(
    text: str, claim: str, claimant: str
) -> None:
    """A dotted abbreviation's possessive ("B.C.'s"), a company's legal form after a comma
    (", Inc."), a count of people ("Dozens of nurses at X"), an audience and a time before
    "that" after "telling", a verdict on "it": each had lost or cut the speaker."""
    assert (claim, claimant) in speakers_of(text).items()


@pytest.mark.parametrize(
    "text",
    [
        "Please note that the figures have not been audited.",
        'A ministry report published in May rated the school as "inadequate".',
    ],
)
def test_a_request_a_note_struck_and_a_report_published_are_no_speakers(text: str) -> None:
    """ "Please note that ...", "A ministry report published in May": no speaker and no cue
    (they had been "Please" and "A ministry")."""
    assert speakers_of(text) == {text.rstrip("."): None}


def test_a_note_struck_is_no_cue() -> None:
    """ "struck a more cautious note, telling reporters that Y": the speaker is the minister,
    not "The finance minister struck a more cautious" with the cue "note"."""
    text = (
        "The finance minister struck a more cautious note late on Friday, telling reporters "
        "that growth would slow."
    )
    assert speakers_of(text) == {
        "The finance minister struck a more cautious note late on Friday": None,
        "growth would slow": "The finance minister",
    }


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Jenna Price, 19, of 7 Orchard Lane, pleaded guilty to theft.", False),
        ("Police searched a house at 221 Baker Street on Monday.", False),
        ("Rents in Halifax are now more than double what they were in 2019.", True),
        ("Costs are nearly triple the first estimate.", True),
    ],
)
def test_house_numbers_and_multiples(text: str, figure: bool) -> None:
    """A house's number is no figure; "more than double", "nearly triple" are."""
    assert has_statistic(text) is figure


BRIEFS = """World in brief

SANTIAGO – Copper prices hit a record after floods shut two mines in Chile, traders said. – Reuters

LAKE PLACID — A 45-year-old Keene woman was ticketed for driving without a licence, police said.

May 14 (Reuters) - Quill Motors is recalling 40,000 cars over faulty brakes, the company said.

(By Lucy Prior; Editing by Dan Grebler)

Emma Chen is a health reporter for the Star. Reach her via email: echen@thestar.ca

This story was translated from French by CBC News.

Chan Ka-yan joined the Post in 2019 and covers transport and labour.

Police closed the road for six hours. – Rappler.com
"""


def test_a_page_of_briefs_datelines_sign_offs_and_credits() -> None:
    """Each brief's dateline ("LAKE PLACID —", "May 14 (Reuters) -"), a wire's or a site's
    sign-off after the last sentence ("– Reuters", "– Rappler.com"), "(By X; Editing by Y)", a
    reporter's line with how to reach her, a translation's note and a reporter's bio are no
    part of any claim (a sign-off had taken the claim's place: ". – Reuters")."""
    assert summary(BRIEFS) == [
        (
            "Copper prices hit a record after floods shut two mines in Chile",
            "traders",
            "said",
        ),
        (
            "A 45-year-old Keene woman was ticketed for driving without a licence",
            "police",
            "said",
        ),
        ("Quill Motors is recalling 40,000 cars over faulty brakes", "the company", "said"),
        ("Police closed the road for six hours", None, None),
    ]


def test_an_outlet_not_identifying_its_sources_is_a_qualifier() -> None:
    """ "CBC News is not identifying the officials because ...": the outlet's own account of its
    sources' anonymity - no claim, and the officials' claim is flagged."""
    text = (
        "Officials said the contract had been rigged. CBC News is not identifying the officials "
        "because they feared losing their jobs."
    )
    claims = extract(text).claims
    assert [(claim.text, claim.flags) for claim in claims] == [
        ("the contract had been rigged", ("anonymous_source",))
    ]


def test_an_outlet_that_has_not_independently_reviewed_is_a_qualifier() -> None:
    """ "The Canadian Press has not independently reviewed the survey": no claim, and the
    survey's figure is unverified."""
    text = (
        "A survey by the union found 40 percent of nurses planned to quit. The Canadian Press "
        "has not independently reviewed the survey."
    )
    claims = extract(text).claims
    assert [claim.text for claim in claims] == ["40 percent of nurses planned to quit"]
    assert "unverified" in claims[0].flags


UN_STATEMENT = """REPUBLIC OF ARDENIA

Statement by H.E. Mr. Tomas Velarde Ruiz
Minister for Foreign Affairs of the Republic of Ardenia

General Debate of the United Nations General Assembly

Check against delivery

Mr. President,
Excellencies, Heads of State and Government,
Distinguished delegates,

Allow me to convey the greetings of our President. We have come to this Assembly with hope.

More than 80 per cent of our foreign trade travels by river. Drought has cut river traffic by half.
"""


def test_a_statement_by_its_speaker_is_the_speakers() -> None:
    """A speech headed "Statement by H.E. Mr. X": its sentences are X's (they had been no one's,
    the reporter's), and the salutation is no claim."""
    claims = extract(UN_STATEMENT).claims
    assert {claim.source.text if claim.source else None for claim in claims} == {
        "Mr. Tomas Velarde Ruiz"
    }
    texts = [claim.text for claim in claims]
    assert "More than 80 per cent of our foreign trade travels by river" in texts
    assert not any(text.startswith("Mr. President") for text in texts)


HANSARD = """Flooding: Severn Valley

Volume 771: debated on Tuesday 10 March 2026

The Minister for Flooding (Harriet Colwyn)

With permission, I will make a statement on the flooding. Some 2,300 properties were flooded.

Sir Geoffrey Tallis (Ludlow) (Con)

I thank the Minister for her statement. My constituents were told it was shut. Will she meet them?

Harriet Colwyn

I will of course meet him and his constituents. I have seen the logs.
"""


def test_hansard_speaker_lines_name_who_speaks_after_them() -> None:
    """Hansard's "The Minister for X (Name)", "Name (Seat) (Party)" and then the name alone:
    the paragraphs after each are that member's (they had been no one's); a member's question
    ("Will she meet them?") is no claim."""
    found = speakers_of(HANSARD)
    assert found["Some 2,300 properties were flooded"] == "Harriet Colwyn"
    assert found["I thank the Minister for her statement"] == "Sir Geoffrey Tallis"
    assert found["I have seen the logs"] == "Harriet Colwyn"
    assert not any(claim.endswith("?") for claim in found)


def test_a_news_pages_subheadings_name_no_speaker() -> None:
    """(a guard) A subheading of a report is no speaker of the paragraphs after it."""
    text = (
        "Floods close schools\n\nThe response\n\nThe council said 40 schools were shut. "
        "Parents were told to keep children at home.\n"
    )
    assert speakers_of(text) == {
        "40 schools were shut": "The council",
        "Parents were told to keep children at home": None,
    }


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "Ruth Cole (Opinion, April 2) insists that grammar schools aid social mobility.",
            "grammar schools aid social mobility",
            "Ruth Cole",
        ),
        (
            "The water is still unsafe to drink, residents of Flint say.",
            "The water is still unsafe to drink",
            "residents of Flint",
        ),
        (
            "The judge found in March that the prison was overcrowded.",
            "the prison was overcrowded",
            "The judge",
        ),
        (
            "Doctors I have spoken to say the ward is dangerously understaffed.",
            "the ward is dangerously understaffed",
            "Doctors I have spoken to",
        ),
        (
            "Reuters quoted the port director, Ahmed Saleh, as saying the cranes were damaged.",
            "the cranes were damaged",
            "the port director, Ahmed Saleh",
        ),
        ("The pollster put Smith's share at 48%.", "Smith's share at 48%", "The pollster"),
    ],
)
def test_speakers_past_asides_of_phrases_settings_and_contact_clauses(
    text: str, claim: str, claimant: str
) -> None:
    """An aside in brackets before the verb, "residents of Flint say", "found in March that",
    "Doctors I have spoken to say" opening the sentence, "quoted the port director, Ahmed
    Saleh, as saying", "put Smith's share at": each had been the reporter's sentence."""
    assert speakers_of(text) == {claim: claimant}


@pytest.mark.parametrize(
    "text",
    [
        "Younger patients showed the largest improvement.",
        "Of the 120 complaints reported last year, 85 involved billing errors.",
        "President Ortiz declared Friday a public holiday to mark the victory.",
    ],
)
def test_how_patients_fared_a_noun_reported_and_a_holiday_declared_are_facts(text: str) -> None:
    """ "showed" after people, "reported" inside a counted noun phrase, "declared Friday a
    holiday": facts of the reporter's, not a source's claim."""
    assert speakers_of(text) == {text.rstrip("."): None}


def test_a_members_question_and_labelled_lines_are_no_claims() -> None:
    """ "Will the Chancellor accept that ...?" asks; "Keywords: ...", "Release date:", an opinion
    page's disclaimer and "SUBJECTS: ..." are a page's labelled lines."""
    assert summary("Will the Chancellor accept that the tax rise has cost 40,000 jobs?") == []
    page = (
        "Sleep study\n\nRelease date:\n\n12 March 2026\n\nTeens sleep less, the study found.\n\n"
        "Keywords: sleep, teenagers, phones\n\nThe views expressed in this column are the "
        "author's own and do not necessarily reflect those of the Herald.\n\n"
        "SUBJECTS: Floods; disaster payments; Senate vote.\n"
    )
    assert summary(page) == [("Teens sleep less", "the study", "found")]


EARNINGS_CALL = """Kestrel Outdoor Group (KSTR) Q3 2026 Earnings Call Transcript

KSTR earnings call for the period ending September 30, 2026.

Prepared Remarks:

Operator

Good afternoon, and welcome to the Kestrel Outdoor Group earnings call. Please go ahead.

Marisol Abernathy -- President and Chief Executive Officer

Thanks, Dana. Q3 was a strong quarter. Revenue grew 11%, and our direct business grew 19%.

Tobias Renn -- Chief Financial Officer

Thank you, Marisol. Gross margin was 52.3%, up 180 basis points. We ended the quarter with no debt.

Questions & Answers:

Operator

Our first question comes from Priya Castellanos with Hartwell Securities.

Priya Castellanos -- Hartwell Securities -- Analyst

Hi. Can you talk about the order book for spring? Is it up?

Marisol Abernathy -- President and Chief Executive Officer

Sure, Priya. Our spring book is up low single digits. I expect the chains to stay cautious.

This article is a transcript of this conference call produced for The Motley Fool.
"""


def test_an_earnings_calls_speaker_lines_name_who_speaks() -> None:
    """ "Name -- Title" lines of a call's transcript: the paragraphs after each are that
    executive's (the call had been the reporter's, or the analyst's, guessed from the
    questions); the operator's hand-overs, the section heads and the footer are no one's."""
    found = speakers_of(EARNINGS_CALL)
    assert found["Revenue grew 11%, and our direct business grew 19%"] == "Marisol Abernathy"
    assert found["Gross margin was 52.3%, up 180 basis points"] == "Tobias Renn"
    assert found["Our spring book is up low single digits"] == "Marisol Abernathy"
    assert found["Our first question comes from Priya Castellanos with Hartwell Securities"] is None
    assert not any(
        claim.startswith(("Prepared", "Questions", "KSTR", "This article")) for claim in found
    )


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        (
            "The actor denied the charges at a hearing in Los Angeles last week.",
            "the charges",
            "The actor",
        ),
        (
            "The chief executive said the company was profitable again, pointing to "
            "second-quarter earnings.",
            "the company was profitable again",
            "The chief executive",
        ),
        (
            "According to Statistics Norway, the national statistics bureau, unemployment fell "
            "to 3.4 percent in March.",
            "unemployment fell to 3.4 percent in March",
            "Statistics Norway",
        ),
    ],
)
def test_occasions_evidence_and_a_sources_description_are_not_the_claim(
    text: str, claim: str, claimant: str
) -> None:
    """ "at a hearing in Los Angeles" after a denial's object, ", pointing to Z" after what was
    said, and the source's description after "According to X," are no part of the claim."""
    assert speakers_of(text) == {claim: claimant}


RALLY = """Rally in Des Moines

RUIZ: We cut taxes last year. [crowd cheering] Nobody said it could be done.

Audience Member 1: [chanting]

RUIZ: Thank you.

Audience Member 2: My daughter is one of them!
"""


def test_notes_of_the_room_and_numbered_speakers() -> None:
    """ "[crowd cheering]" between sentences is no part of either, a turn of a note alone is no
    claim (its label had become one), and "Audience Member 2:" is a speaker's label."""
    assert summary(RALLY) == [
        ("We cut taxes last year", "RUIZ", None),
        ("Nobody said it could be done", "RUIZ", None),
        ("My daughter is one of them", "Audience Member 2", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The coast guard intercepted 340 migrants in June, a number it said was the highest "
            "in a decade.",
            [
                ("The coast guard intercepted 340 migrants in June", None),
                ("the highest in a decade", "it"),
            ],
        ),
        (
            "Three fishermen were arrested on Sunday in what the coast guard said was an illegal "
            "incursion into protected waters.",
            [
                ("Three fishermen were arrested on Sunday", None),
                ("an illegal incursion into protected waters", "the coast guard"),
            ],
        ),
        (
            "The army shelled the town in what residents called a massacre.",
            [("The army shelled the town", None), ("a massacre", "residents")],
        ),
    ],
)
def test_what_a_source_says_the_sentence_was_is_its_claim_beside_the_sentence(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ ", a number it said was Y", "in what X said was Y": the sentence before stays the
    reporter's claim (it had been lost) and Y is the source's."""
    assert [(claim, source) for claim, source, _ in summary(text)] == expected
    assert relations(text) == []


def test_a_passive_first_reported_and_bare_counts_put_at() -> None:
    """ "was first reported in April 2023" is no one's report; "put deaths at 185" is a source's
    count, rival to the count before."""
    assert speakers_of("The ban was first reported in April 2023, when canteens closed.") == {
        "The ban was first reported in April 2023, when canteens closed": None
    }
    text = "Officials said 120 people had died. A local charity, Relief Now, put deaths at 185."
    assert speakers_of(text)["deaths at 185"] == "Relief Now"
    assert relations(text) == [("deaths at 185", "contradicts", "120 people had died")]


def test_a_compound_subject_of_two_names_is_one_subject() -> None:
    """ "Oman and Iran agreed on Sunday to ..., state media reported": one claim, the state
    media's (it had been "Oman" and Iran's "on Sunday to resume direct flights")."""
    text = "Oman and Iran agreed on Sunday to resume direct flights, state media reported."
    assert speakers_of(text) == {
        "Oman and Iran agreed on Sunday to resume direct flights": "state media"
    }


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            'The minister said the hospital would open "by the end of next year," but two '
            "doctors said privately that the building was far from ready.",
            ('the hospital would open "by the end of next year', "The minister"),
            ("the building was far from ready", "two doctors"),
        ),
        (
            'The ambassador said talks were "constructive," but he told CNN that no deal was '
            "close.",
            ('talks were "constructive', "The ambassador"),
            ("no deal was close", "he"),
        ),
    ],
)
def test_a_comma_inside_a_partial_quotation_still_ends_the_clause(
    text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    """'"constructive," but he told CNN that Y': the comma inside the marks ends the first
    claim as one outside them would (the second speaker's claim had been swallowed)."""
    assert list(speakers_of(text).items()) == [first, second]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The finance minister said the deficit would narrow to 2 percent next year, and "
            "ruled out new taxes.",
            {
                "the deficit would narrow to 2 percent next year": "The finance minister",
                "ruled out new taxes": None,
            },
        ),
        (
            "Prosecutors indicted a developer accused of forging land titles in Cebu.",
            {"Prosecutors indicted a developer accused of forging land titles in Cebu": None},
        ),
        (
            "The minister will not attend the summit, her office said, but did not give a reason.",
            {"The minister will not attend the summit": "her office"},
        ),
    ],
)
def test_a_second_act_a_passive_accused_and_what_was_withheld(
    text: str, expected: dict[str, str | None]
) -> None:
    """ ", and ruled out new taxes" after a clause said is the speaker's act, not the clause's;
    "a developer accused of forging" is a passive (it had been the claimant "Prosecutors
    indicted a property developer"); ", but did not give a reason" after a medial tag is what
    the speaker withheld, not the claim's."""
    assert speakers_of(text) == expected


def test_has_always_rejected_after_a_relative_clause() -> None:
    """ "The general, who commanded ..., has always rejected the accusations": "always" between
    the auxiliary and the verb, as "repeatedly" was read."""
    text = (
        "The general, who commanded the northern zone until 2021, has always rejected the "
        "accusations."
    )
    assert speakers_of(text) == {"the accusations": "The general"}


@pytest.mark.parametrize(
    "text",
    [
        "Pack extra water.",
        "Do not feed the monkeys.",
        "Report any side effects to your doctor or pharmacist.",
        "Vote early.",
    ],
)
def test_bids_that_open_with_a_noun_like_verb_or_a_negation_are_no_claims(text: str) -> None:
    """A short command opening with "Do not", or with a word as often a noun ("Pack", "Report",
    "Vote") before its object's determiner or an adverb, asserts nothing."""
    assert summary(f"Advice\n\nRangers gave walkers their advice on Monday.\n\n{text}\n") == [
        ("Rangers gave walkers their advice on Monday", None, None)
    ]


def test_a_verse_that_opens_with_dont_is_still_said() -> None:
    """(a guard) A long verse opening "Don't ..." is no short command."""
    text = (
        "\"Don't let them get in your head! You have kept it up this long and you will fight "
        'till the end," the poet said.'
    )
    assert len(summary(text)) == 1


def test_a_caption_credited_with_its_terms_and_an_exclusive_interviews_notice() -> None:
    """ "Image: Felix Amann, used with permission." ends a caption; "This exclusive interview
    features first-hand journalism ..." is the wiki's notice."""
    page = (
        "Ferry returns\n\nThe ferry Romanshorn at its dock. Image: Felix Amann, used with "
        "permission.\n\nThis exclusive interview features first-hand journalism by Wikinews "
        "members.\n\nThe ferry returned on Monday, the operator said.\n"
    )
    assert summary(page) == [("The ferry returned on Monday", "the operator", "said")]


def test_a_partys_state_president_and_a_numbered_name() -> None:
    """ "AAP state president Gurpreet Singh said": "state" is no verb there (the claim had been
    "president Gurpreet Singh said ..." by "AAP"); "Pier No. 3" is a name, no figure."""
    text = "AAP state president Gurpreet Singh said the power tariff hike would hurt traders."
    assert speakers_of(text) == {
        "the power tariff hike would hurt traders": "AAP state president Gurpreet Singh"
    }
    assert first_flags("Pier No. 3 will be demolished next spring, port officials said.") == []


def test_a_gloss_then_an_inverted_tag_keeps_claim_and_speaker_apart() -> None:
    """ "Y, a job that could take a month, said water manager Helen Cho": the speaker is after
    "said" (the clause Y had been read as the subject of "said" across the gloss, and the
    speaker as the claim)."""
    text = (
        "Engineers will drain the reservoir, a job that could take a month, said water manager "
        "Helen Cho."
    )
    assert speakers_of(text) == {
        "Engineers will drain the reservoir, a job that could take a month": (
            "water manager Helen Cho"
        )
    }


EITHER_ACCOUNT = """Fighting in the east

The governor said 40 civilians had been killed in the shelling.

The separatists said government forces had fired first and that 12 of their fighters had died.

Reuters could not independently verify either account.
"""

NAMED_NOTE = """Clashes in the capital

Local officials said 14 people were arrested during the clashes. A hospital worker, who asked not \
to be named, said several of them had been beaten in custody. Wikinews could not independently \
confirm the arrests.
"""


def test_either_account_flags_both_speakers_and_a_named_note_flags_what_it_names() -> None:
    """ "could not verify either account" flags the two last speakers' claims, a paragraph back
    too (the governor's had no flag); "could not confirm the arrests" flags the claim of the
    arrests, not the sentence just before it."""
    assert all("unverified" in claim.flags for claim in extract(EITHER_ACCOUNT).claims)
    arrests, beating = extract(NAMED_NOTE).claims
    assert "unverified" in arrests.flags
    assert "unverified" not in beating.flags


def test_a_denials_tag_before_a_participle_is_not_the_denied_content() -> None:
    """ "denied breaching spending rules, a spokesperson said on Friday, adding that Y": the
    denied content ends before the tag (the tag had been inside it)."""
    text = (
        "The club denied breaching spending rules, a spokesperson said on Friday, adding that "
        "it would appeal."
    )
    assert next(iter(speakers_of(text))) == "breaching spending rules"


@pytest.mark.parametrize("wire", ["PTI", "AP", "Xinhua", "IANS"])
def test_every_wires_sign_off_is_furniture(wire: str) -> None:
    """ "... traders said. – PTI": the sign-off of any wire the pattern names is no text (only
    Reuters, AFP and ".com" sites had been looked for)."""
    text = f"Prices\n\nRice prices rose again on Monday, traders said. – {wire}\n"
    assert summary(text) == [("Rice prices rose again on Monday", "traders", "said")]
