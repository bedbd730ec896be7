"""The formats real archives use: quote marks written as two apostrophes or backticks,
transcripts with speaker labels, question-and-answer interviews, quotations running over
several paragraphs, paragraphs that introduce the next one, photo captions and headlines with
their date."""

from __future__ import annotations

import pytest

from claims.extraction import ExtractedClaim, extract
from claims.extraction.document import is_caption


def claims_of(text: str) -> list[ExtractedClaim]:
    result = extract(text)
    for claim in result.claims:  # every span still indexes the text as given
        assert text[claim.start : claim.end] == claim.text
        if claim.source is not None:
            assert text[claim.source.start : claim.source.end] == claim.source.text
    return list(result.claims)


def by_text(claims: list[ExtractedClaim]) -> dict[str, ExtractedClaim]:
    return {claim.text: claim for claim in claims}


# --------------------------------------------------------------------------- quote marks


def test_two_apostrophes_are_quote_marks():
    text = (
        "''We will not sign this,'' said Mara Ellis, who chairs the tenants' association. "
        "''The rent rise is illegal.''"
    )
    claims = by_text(claims_of(text))
    assert set(claims) == {"We will not sign this", "The rent rise is illegal"}
    for claim in claims.values():
        assert claim.source is not None and claim.source.text == "Mara Ellis"
        assert "direct_quote" in claim.flags


def test_tex_style_backticks_open_a_quotation():
    text = "``Prices will fall by spring,'' the central bank's governor told lawmakers."
    (claim,) = claims_of(text)
    assert claim.text == "Prices will fall by spring"
    assert claim.source is not None and claim.source.text == "the central bank's governor"


def test_an_apostrophe_pair_inside_words_is_left_alone():
    text = "The workers' union said the talks had failed."
    (claim,) = claims_of(text)
    assert claim.text == "the talks had failed"
    assert claim.source is not None and claim.source.text == "The workers' union"


# --------------------------------------------------------------------------- transcripts


def test_a_transcript_turn_is_its_speakers_claim_without_the_label():
    text = (
        "GRANT: Were the accounts audited?\n\n"
        "LOWE: They were audited twice last year. Nobody found a problem.\n\n"
        "GRANT: So the board knew nothing?\n\n"
        "LOWE: The board saw every report."
    )
    claims = claims_of(text)
    assert [claim.text for claim in claims] == [
        "They were audited twice last year",
        "Nobody found a problem",
        "The board saw every report",
    ]
    assert {claim.source.text for claim in claims if claim.source} == {"LOWE"}
    assert all(claim.source is not None for claim in claims)


def test_mixed_case_speaker_labels_and_a_turn_that_attributes_inside():
    text = (
        "Maria Lopez: The river rose two metres in an hour.\n\n"
        "Tom Reid: The council said the barriers were ready."
    )
    lopez, reid = claims_of(text)
    assert lopez.text == "The river rose two metres in an hour"
    assert lopez.source is not None and lopez.source.text == "Maria Lopez"
    # what the turn reports keeps the source it names
    assert reid.text == "the barriers were ready"
    assert reid.source is not None and reid.source.text == "The council"


def test_one_labelled_paragraph_is_no_transcript():
    text = "Smith: a name to remember.\n\nThe festival opens on Friday with 40 bands."
    claims = claims_of(text)
    assert claims[0].source is None
    assert claims[0].text.startswith("Smith")


# --------------------------------------------------------------------------- interviews

INTERVIEW = (
    "Harbour pilot Jonas Berg talks to the Gazette about silting Monday, March 2, 2026\n\n"
    "Jonas Berg has guided ships into Eastport for twenty years. Berg says the channel is "
    "getting shallower every season.\n\n"
    "How deep is the channel today?\n\n"
    "At low tide it is under nine metres. Large tankers need eleven.\n\n"
    "Has the port authority dredged it recently?\n\n"
    "Not since 2019. I think the money went elsewhere.\n\n"
    "What happens if nothing is done?\n\n"
    "A tanker will run aground within two years."
)


def test_interview_answers_are_the_interviewees_and_questions_are_no_claims():
    claims = claims_of(INTERVIEW)
    texts = [claim.text for claim in claims]
    assert not any(text.endswith("?") for text in texts)
    assert "How deep is the channel today" not in " ".join(texts)
    answers = [claim for claim in claims if claim.start > INTERVIEW.index("How deep")]
    assert [claim.text for claim in answers] == [
        "At low tide it is under nine metres",
        "Large tankers need eleven",
        "Not since 2019",
        "I think the money went elsewhere",
        "A tanker will run aground within two years",
    ]
    headline_mention = INTERVIEW.index("Jonas Berg")
    for claim in answers:
        assert claim.source is not None
        assert (claim.source.text, claim.source.start) == ("Jonas Berg", headline_mention)
    # the introduction is the reporter's, except what it attributes
    introduction = by_text(claims)
    assert introduction["Jonas Berg has guided ships into Eastport for twenty years"].source is None


def test_whom_an_interviewee_cites_is_part_of_their_answer():
    # "the harbour master, he has said ...", "according to the port's own survey": in an
    # answer, the whole sentence is the interviewee's claim; the first person stays theirs.
    text = INTERVIEW.replace(
        "A tanker will run aground within two years.",
        "And the harbour master, he has said that a tanker will run aground within two years. "
        "The channel lost a metre in 2025, according to the port's own survey.",
    )
    claims = claims_of(text)
    answers = [claim for claim in claims if claim.start > text.index("What happens")]
    assert [claim.text for claim in answers] == [
        "And the harbour master, he has said that a tanker will run aground within two years",
        "The channel lost a metre in 2025, according to the port's own survey",
    ]
    assert {(claim.source.text, claim.cue) for claim in answers} == {("Jonas Berg", None)}


def test_an_interview_that_opens_mid_conversation_gives_its_first_answer_too():
    text = (
        "Harbour pilot Jonas Berg talks to the Gazette about silting Monday, March 2, 2026\n\n"
        "Most visitors assume the harbour is deep. Your picture of it probably comes from "
        "postcards, not from the charts.\n\n"
        "How deep is the channel today?\n\n"
        "At low tide it is under nine metres.\n\n"
        "Has the port authority dredged it recently?\n\n"
        "Not since 2019.\n\n"
        "What happens if nothing is done?\n\n"
        "A tanker will run aground within two years."
    )
    opening = by_text(claims_of(text))["Most visitors assume the harbour is deep"]
    assert opening.source is not None and opening.source.text == "Jonas Berg"


def test_an_introduction_before_the_first_question_stays_the_reporters():
    text = INTERVIEW.replace(
        "Berg says the channel is getting shallower every season.",
        "The Gazette spoke with him about the channel; you can read the interview below.",
    )
    introduction = by_text(claims_of(text))
    assert introduction["Jonas Berg has guided ships into Eastport for twenty years"].source is None


def test_a_few_rhetorical_questions_make_no_interview():
    text = (
        "Who pays for the bridge? The council says the state should.\n\n"
        "The state disagrees. Is anyone surprised?\n\n"
        "The vote is on Tuesday."
    )
    claims = claims_of(text)
    assert by_text(claims)["The state disagrees"].source is None


# --------------------------------------------------------------------------- paragraphs


def test_a_quotation_running_over_paragraphs_keeps_its_speaker():
    text = (
        '"The channel has silted up," said Jonas Berg, a pilot for 20 years. "Dredging '
        "stopped in 2019. Every month the sandbank grows.\n\n"
        '"Nobody at the port authority listens to the pilots."\n\n'
        "The authority did not respond."
    )
    claims = by_text(claims_of(text))
    for quoted in (
        "The channel has silted up",
        "Dredging stopped in 2019. Every month the sandbank grows",
        "Nobody at the port authority listens to the pilots",
    ):
        assert claims[quoted].source is not None
        assert claims[quoted].source.text == "Jonas Berg"


def test_a_paragraph_that_introduces_the_next_gives_it_its_speaker():
    text = (
        "The authority's director, Ana Ruiz, wrote in a letter to the council:\n\n"
        '"We have dredged the channel every spring. The depth meets every standard."\n\n'
        "Kell Marine's owner stated,\n\n"
        "The pilots have complained for years. Nobody listened."
    )
    claims = claims_of(text)
    assert [claim.text for claim in claims] == [
        "We have dredged the channel every spring. The depth meets every standard",
        "The pilots have complained for years",
        "Nobody listened",
    ]
    assert claims[0].source is not None and claims[0].source.text == "Ana Ruiz"
    assert claims[1].source is not None and claims[1].source.text == "Kell Marine's owner"
    assert claims[2].source is not None and claims[2].source.text == "Kell Marine's owner"


# --------------------------------------------------------------------------- furniture


def test_photo_captions_are_furniture():
    text = (
        "Flood barriers on the Eastport quay in March. Image: Lena Fischer.\n\n"
        "The barriers held during the storm, the harbour master said."
    )
    result = extract(text)
    assert [claim.text for claim in result.claims] == ["The barriers held during the storm"]
    assert [span.kind for span in result.metadata.furniture] == ["caption"]


def test_what_a_caption_is_and_is_not():
    assert is_caption("Herrick at a conference in 2008 Image: ShakataGaNai.")
    assert is_caption('"Peace is the future." Shimon Peres image: David Shankbone.')
    assert is_caption("The mayor at the site. Photo by Jane Roe/AP")
    assert not is_caption("Police released an image of the suspect.")
    assert not is_caption("He posted a photo: it showed nothing.")
    assert not is_caption("The picture: Grim.")


def test_a_caption_of_plural_nouns_that_can_be_verbs_is_furniture():
    # "questions", "records" can be verbs; followed by another word they are the nouns
    text = (
        "The council met on Tuesday to discuss the harbour.\n\n"
        "Inspection records kept by harbour staff\n\n"
        "Members said the quay needed repairs.\n\n"
        "The meeting ended after two hours, the clerk said."
    )
    result = extract(text)
    assert [span.text for span in result.metadata.furniture] == [
        "Inspection records kept by harbour staff"
    ]
    assert "Inspection records kept by harbour staff" not in [c.text for c in result.claims]


def test_a_headline_with_its_date_on_the_same_line():
    result = extract(INTERVIEW)
    assert result.metadata.title == "Harbour pilot Jonas Berg talks to the Gazette about silting"
    assert result.metadata.published == "2026-03-02"


def test_a_quotation_continued_in_a_paragraph_without_its_opening_mark():
    text = (
        'After the final, the coach, Rosa Vidal, said, "We learned a lot today.\n\n'
        'It was an emotional night for the whole squad."\n\n'
        "The club did not comment."
    )
    claims = by_text(claims_of(text))
    continued = claims["It was an emotional night for the whole squad"]
    # (the role before the name is the speaker's too: "the coach, Rosa Vidal")
    assert continued.source is not None and continued.source.text.endswith("Rosa Vidal")
    assert "direct_quote" in continued.flags


def test_a_quotation_without_a_tag_is_the_latest_speakers():
    text = (
        '"The levees will hold," the mayor said. The engineer, Kofi Mensah, noted the river '
        'was still rising. "Nobody should sleep near the bank tonight."'
    )
    claims = by_text(claims_of(text))
    untagged = claims["Nobody should sleep near the bank tonight"]
    # the role and the name together: "The engineer, Kofi Mensah"
    assert untagged.source is not None and untagged.source.text.endswith("Kofi Mensah")


def test_a_quotation_reported_with_that_runs_on_as_its_speakers():
    text = (
        '"The levees will hold," the mayor said.\n\n'
        'In a letter to residents, the harbour board wrote that "the dredging has failed. '
        'Ships will be turned away by spring." Its chairman declined to comment.'
    )
    claims = by_text(claims_of(text))
    quoted = claims["the dredging has failed. Ships will be turned away by spring"]
    assert quoted.source is not None and quoted.source.text == "the harbour board"
    assert "direct_quote" in quoted.flags


def test_a_tag_right_before_a_quotation_needs_no_comma():
    text = 'The deputy minister says "most clinics will close within a year" in the region.'
    (claim,) = [c for c in claims_of(text) if "clinics" in c.text]
    assert claim.source is not None and claim.source.text == "The deputy minister"


def test_markers_and_participle_adjuncts_around_a_quotation_leave_its_tag_alone():
    text = (
        'The health agency notes, "Smoke harms the lungs more than any other pollutant", '
        "stressing the need for cleaner stoves.\n\n"
        'The bishop says "the ruling is dangerous" ((it)).'
    )
    claims = by_text(claims_of(text))
    assert claims["Smoke harms the lungs more than any other pollutant"].source.text == (
        "The health agency"
    )
    assert claims["the ruling is dangerous"].source.text == "The bishop"


def test_a_quoted_question_is_no_claim_even_with_its_speaker():
    text = 'The school closed in May, a parent said. "Where will the children go now?"'
    assert [claim.text for claim in claims_of(text)] == ["The school closed in May"]


def test_a_title_case_dateline_is_furniture():
    result = extract("Taipei, Taiwan — The festival opened on Saturday with 300 lanterns.")
    assert result.metadata.dateline == "Taipei, Taiwan"
    assert [claim.text for claim in result.claims] == [
        "The festival opened on Saturday with 300 lanterns"
    ]


def test_a_link_in_brackets_after_a_sentence_is_no_part_of_the_claim():
    (claim,) = claims_of("We gave $60,000 to charities. (http://www.example.org/Charity)")
    assert claim.text == "We gave $60,000 to charities"


def test_straight_single_quote_marks_and_contractions_stay_out_of_the_claimant():
    claims = claims_of(
        "When fans meet me they say, 'Hey Frank,' and I say, 'Hey John.'\n\n"
        "She'll note the station offers two versions of each book."
    )
    assert [claim.source.text for claim in claims if claim.source] == ["I", "She"]


def test_i_names_no_one_a_description_could_refer_to():
    claims = claims_of(
        "I said the count was wrong.\n\nThe workers' union said the talks had failed."
    )
    union = claims[-1]
    assert union.source.text == "The workers' union" and union.source.resolved is None


TWO_INTERVIEWEES = (
    "Wikinews interviews Mario J. Lucero and Isabel Ruiz of Skyline Games\n\n"
    "Mario J. Lucero and Isabel Ruiz founded Skyline Games in 2010. Lucero designs the games; "
    "Ruiz runs the studio.\n\n"
    "How did you start?\n\nWe met at college. We built our first game in a garage.\n\n"
    "What comes next?\n\nA sequel next year.\n\n"
    "Are you hiring?\n\nYes, we need ten programmers."
)


def test_two_people_named_in_the_headline_answer_together():
    answers = [claim for claim in claims_of(TWO_INTERVIEWEES) if claim.source is not None]
    assert {claim.source.text for claim in answers} == {"Mario J. Lucero and Isabel Ruiz"}
    # a short answer without a verb is still an answer, not a caption
    assert "A sequel next year" in [claim.text for claim in answers]


def test_people_interviewed_together_unnamed_in_the_headline():
    text = (
        "Wikinews interviews flood engineers on the Eastport barrier\n\n"
        "Photo of the barrier. Image: Lena Fischer.\n\n"
        "Will the barrier hold?\n\nIt was built for a one-in-200-year storm.\n\n"
        "Was it tested?\n\nTwice, in 2019 and 2023.\n\n"
        "What if it fails?\n\nThe lower town floods within an hour."
    )
    answers = [claim for claim in claims_of(text) if claim.source is not None]
    assert {claim.source.text for claim in answers} == {"flood engineers"}


def test_a_headline_that_opens_with_a_name_and_a_colon_names_the_interviewee():
    text = (
        "The Tidewater Almanac: Thirty years of printing the weather\n\n"
        "The Tidewater Almanac, a yearly guide for fishermen, has been printed in Eastport "
        "since 1994. Reporter Lena Fischer visited its two editors.\n\n"
        "How do you forecast a year ahead?\n\nWe read the tide tables and old logbooks.\n\n"
        "Are the forecasts right?\n\nAbout half the time, which is what a coin gives you.\n\n"
        "Who buys it?\n\nMostly crews over fifty."
    )
    answers = [claim for claim in claims_of(text) if claim.source is not None]
    assert {claim.source.text for claim in answers} == {"The Tidewater Almanac"}
    # a kicker before the colon is no speaker, nor is a name written only in the headline
    for headline in ("Exclusive: Jonas Berg on the silting", "Harbour Pilots: Jonas Berg speaks"):
        document = headline + INTERVIEW[INTERVIEW.index("\n") :]
        answers = [
            claim for claim in claims_of(document) if claim.start > document.index("How deep")
        ]
        assert answers and {claim.source.text for claim in answers} == {"Jonas Berg"}


def test_the_person_an_announcement_names_is_the_interviewee_over_names_said_more_often():
    text = (
        "Wikinews interviews Grand Warden of the Brotherhood of Eastport Pilots\n\n"
        "The Brotherhood of Eastport Pilots is the oldest guild in the harbour. Wikinews "
        "spoke with Ilse Marken, warden of the Brotherhood, about silting and pay. Marken, 58, "
        "has piloted ships for thirty years.\n\n"
        "How old is the Brotherhood?\n\nThe Brotherhood was founded in 1702 by nine pilots.\n\n"
        "What does the Brotherhood want?\n\nFair pay. The Brotherhood has asked for it twice."
    )
    answers = [claim for claim in claims_of(text) if claim.source is not None]
    assert answers and {claim.source.text for claim in answers} == {"Ilse Marken"}


def test_people_an_announcement_names_together_answer_together():
    text = (
        "Wikinews interviews Ada Lind, Tomas Ek and Rui Costa of Northwind Games\n\n"
        "Northwind Games makes Harbour Run. Harbour Run sold a million copies.\n\n"
        "What is Harbour Run?\n\nHarbour Run is a racing game set in old ports.\n\n"
        "How long did it take?\n\nFour years, with twelve people."
    )
    answers = [claim for claim in claims_of(text) if claim.source is not None]
    assert {claim.source.text for claim in answers} == {"Ada Lind, Tomas Ek and Rui Costa"}


def test_an_announced_interview_reads_a_prompt_addressed_to_the_interviewee_as_a_question():
    text = (
        "Interview with harbour pilot Jonas Berg\n\n"
        "Jonas Berg has guided ships into Eastport for twenty years. We spoke to Berg on the "
        "quay.\n\n"
        "I know you have warned the port about silting for years.\n\n"
        "I have written to them every spring since 2019, and nobody has answered me.\n\n"
        "Will a tanker run aground?\n\n"
        "It is a matter of time."
    )
    claims = claims_of(text)
    assert "I know you have warned the port about silting for years" not in [c.text for c in claims]
    answers = [claim for claim in claims if claim.source is not None]
    assert {claim.source.text for claim in answers} == {"Jonas Berg"}


@pytest.mark.parametrize(
    ("first_line", "dateline", "outlet"),
    [
        (
            "Jakarta (AFP) - A strong earthquake struck the island, officials said.",
            "Jakarta",
            "AFP",
        ),
        ("(Bloomberg) -- The company will cut 4,200 jobs, it said.", "", "Bloomberg"),
        (
            "BAUCHI, Nigeria, Dec 3 (Reuters) - The outbreak has killed 87 people, the "
            "ministry said.",
            "BAUCHI, Nigeria, Dec 3",
            "Reuters",
        ),
    ],
)
def test_wire_datelines_with_an_outlet_are_furniture(first_line: str, dateline: str, outlet: str):
    result = extract("Headline of the story\n\n" + first_line)
    assert result.metadata.outlet == outlet
    assert (result.metadata.dateline or "") == dateline
    assert not any("(" in claim.text for claim in result.claims)


def test_a_place_name_before_state_is_no_cue() -> None:
    result = extract(
        "An outbreak in the northern Bauchi state has killed 87 people, officials said."
    )
    (claim,) = result.claims
    assert claim.source.text == "officials"


def test_analyst_estimates_compiled_by_a_wire_are_a_noun() -> None:
    (claim,) = extract(
        "Sales fell 14% to €2.31 billion, short of the €2.45 billion average of analyst "
        "estimates compiled by Bloomberg."
    ).claims
    assert claim.source is None and claim.text.startswith("Sales fell 14%")


# --------------------------------------------------------------------------- lists


def test_key_points_in_a_list_are_claims_without_their_markers():
    text = (
        "Storm floods the coast\n\n"
        "The storm reached the coast on Sunday night, forecasters said.\n\n"
        "* 14 villages were cut off by the water\n"
        "* 2,300 families moved to shelters, the Red Crescent said\n"
        "• The airport closed for two days.\n\n"
        "Rain is forecast to ease on Wednesday.\n"
    )
    found = by_text(claims_of(text))
    assert "14 villages were cut off by the water" in found  # one item, no marker, no heading
    shelters = found["2,300 families moved to shelters"]  # not joined to the item before
    assert (shelters.source.text, shelters.source.kind) == ("the Red Crescent", "organisation")
    assert "The airport closed for two days" in found


def test_a_menu_or_a_list_of_links_is_no_list_of_claims():
    text = (
        "Storm floods the coast\n\n"
        "The storm reached the coast on Sunday night, forecasters said.\n\n"
        "* Weather\n"
        "* 3 min read\n"
        "1. Floods on the coast: the week in pictures\n\n"
        "Rain is forecast to ease on Wednesday.\n"
    )
    assert [claim.text for claim in claims_of(text)] == [
        "The storm reached the coast on Sunday night",
        "Rain is forecast to ease on Wednesday",
    ]


def test_a_transcript_label_with_the_speakers_role():
    claims = claims_of(
        "Wildfire forces evacuations\n\n"
        "LESTER HOLT, ANCHOR: A wildfire has burned 14,000 acres.\n\n"
        "HOLT: Miguel, what are you seeing?\n\n"
        "MIGUEL ALVARADO, CORRESPONDENT: At least 30 homes have been destroyed.\n"
    )
    found = by_text(claims)
    homes = found["At least 30 homes have been destroyed"]
    assert (homes.source.text, homes.source.kind) == ("MIGUEL ALVARADO", "person")
    assert found["A wildfire has burned 14,000 acres"].source.text == "LESTER HOLT"


def test_notes_on_the_article_are_furniture_and_a_fact_box_is_claims():
    text = (
        "Quake toll rises\n\n"
        "Key points:\n\n"
        "* The quake will cost the region 2 billion dollars\n"
        "* Unions say 3,000 homes were destroyed\n\n"
        "The quake struck at dawn, officials said.\n\n"
        "Deaths: 40\n"
        "Injured: 120\n\n"
        "Riot police guard the square. (AP Photo/Jane Roe)\n\n"
        "11:20 GMT — Rescuers pulled a woman alive from the rubble.\n\n"
        "This article has been updated.\n\n"
        "Correction: An earlier version of this article said the toll was 14.\n"
    )
    assert [claim.text for claim in claims_of(text)] == [
        "The quake will cost the region 2 billion dollars",
        "3,000 homes were destroyed",
        "The quake struck at dawn",
        "Deaths: 40",
        "Injured: 120",
        "Rescuers pulled a woman alive from the rubble",
    ]


def test_a_number_in_words_between_thirteen_and_ninety_nine_counts():
    claims = claims_of(
        "The military said forty-three soldiers were killed. A local official said 125 soldiers "
        "were killed."
    )
    assert "statistic" in claims[0].flags
    assert [(r.type, r.target) for r in claims[1].relations] == [("contradicts", 0)]


def test_answers_go_to_the_one_person_the_introduction_names_once():
    claims = claims_of(
        "Food safety chief on the outbreak\n\n"
        "Marta Lindqvist has led the food safety agency since 2021.\n\n"
        "Q: How many cases?\n\n"
        "A: We have confirmed 68 cases.\n\n"
        "Q: Is the agency understaffed?\n\n"
        "A: We have 140 inspectors for 30,000 businesses.\n\n"
        "Q: What next?\n\n"
        "A: We will publish the full report in June.\n"
    )
    answer = by_text(claims)["We have 140 inspectors for 30,000 businesses"]
    assert answer.source.text == "Marta Lindqvist"


def test_initials_after_a_title_end_no_sentence():
    (claim,) = claims_of("The inspector, Mr. R. A. Pendry, stated that the pool had no lifeguard.")
    assert claim.text == "the pool had no lifeguard"


def test_a_dateline_of_two_cities():
    result = extract(
        "Carrefour sells Brazil unit\n\n"
        "PARIS/SAO PAULO, June 18 (Reuters) - Carrefour said on Tuesday it would sell its "
        "Brazilian unit.\n"
    )
    assert (result.metadata.dateline, result.metadata.outlet) == (
        "PARIS/SAO PAULO, June 18",
        "Reuters",
    )
    assert [claim.text for claim in result.claims] == ["it would sell its Brazilian unit"]
