"""Constructions of published news the tenth session found mishandled, each pinned by
sentences written for it here (not taken from any set)."""

from __future__ import annotations

import pytest
from claim_views import summary

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Divers were still looking for 14 fishermen reported missing off the coast, the "
            "coast guard commander, Ana Reyes, told reporters.",
            (
                "Divers were still looking for 14 fishermen reported missing off the coast",
                "the coast guard commander, Ana Reyes",
                "told",
            ),
        ),
        (
            "Three soldiers confirmed dead after the ambush were buried on Sunday, the army said.",
            (
                "Three soldiers confirmed dead after the ambush were buried on Sunday",
                "the army",
                "said",
            ),
        ),
    ],
)
def test_a_participle_putting_a_noun_in_a_state_is_no_cue(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'people reported missing', 'soldiers confirmed dead': a reduced relative, the state the
    reporter gives them, not someone reporting."""
    assert summary(text) == [expected]


def test_a_subject_reporting_a_state_of_its_object_still_reports() -> None:
    (claim,) = summary("Auditors reported missing payments worth $2 million at the charity.")
    assert claim[1:] == ("Auditors", "reported")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Prime Minister Ana Costa's office said the talks would resume.", "government"),
        ("The governor's office said the order would stand.", "government"),
        ("Northwind Energy's board said the bid undervalued the company.", "organisation"),
    ],
)
def test_a_body_owned_by_a_person_is_the_bodys_kind(text: str, kind: str) -> None:
    (claim,) = extract(text).claims
    assert claim.source is not None and claim.source.kind == kind


def test_one_persons_office_is_not_another_persons() -> None:
    claims = extract(
        "Prime Minister Ana Costa's office said the talks would resume. The mayor's office "
        "said the city had not been consulted. The prime minister's office later said the "
        "talks had been delayed."
    ).claims
    assert [claim.source.resolved.text if claim.source.resolved else None for claim in claims] == [
        None,
        None,
        "Prime Minister Ana Costa's office",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The central bank held rates at 4 percent on Thursday but signaled that it could "
            "cut them in the spring.",
            [
                ("The central bank held rates at 4 percent on Thursday", None, None),
                ("it could cut them in the spring", "The central bank", "signaled"),
            ],
        ),
        (
            "The retailer closed 40 stores last year and disclosed that it had breached a loan "
            "covenant.",
            [
                ("The retailer closed 40 stores last year", None, None),
                ("it had breached a loan covenant", "The retailer", "disclosed"),
            ],
        ),
    ],
)
def test_a_second_predicate_reporting_that_has_the_first_ones_subject(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    """'X did A but signaled that Y': X signaled Y, and did A on the reporter's word (the
    speaker is not 'X did A but')."""
    assert summary(text) == expected


@pytest.mark.parametrize("name", ["April Ryan", "June Okafor", "Jan Vermeulen", "May Lin"])
def test_a_month_that_is_a_given_name_names_a_person(name: str) -> None:
    (claim,) = extract(f'"The numbers do not add up," said {name}, an analyst at the fund.').claims
    assert claim.source is not None and claim.source.kind == "person"


def test_she_is_the_nearest_woman_named_not_a_man_named_in_the_question() -> None:
    (_, claim) = extract(
        "Nadia Hassan chaired the hearing. Asked about criticism from Senator Paul Ortega, "
        'she said: "The committee will not be rushed."'
    ).claims
    assert claim.source is not None and claim.source.resolved is not None
    assert claim.source.resolved.text == "Nadia Hassan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In a paper published this week Okonkwo and colleagues report that the reef "
            "recovered within a decade.",
            ("the reef recovered within a decade", "Okonkwo and colleagues", "report"),
        ),
        (
            "In their new study Dr. Lena Brandt and her team found that the vaccine protected "
            "older adults.",
            ("the vaccine protected older adults", "Dr. Lena Brandt and her team", "found"),
        ),
    ],
)
def test_a_name_and_its_colleagues_after_a_fronted_phrase_are_the_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'In a paper ... Okonkwo and colleagues report': the study's authors, not 'colleagues'
    alone, and the opening phrase is no claim of its own."""
    assert summary(text) == [expected]
    (claim,) = extract(text).claims
    assert claim.source is not None and claim.source.kind == "group"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As per the state health department, 14 patients remain in intensive care.",
            ("14 patients remain in intensive care", "the state health department", "As per"),
        ),
        (
            "As per Reuters, the merger is worth $4 billion.",
            ("the merger is worth $4 billion", "Reuters", "As per"),
        ),
        (
            "The death toll rose to 31, as per official figures.",
            ("The death toll rose to 31", "official figures", "as per"),
        ),
    ],
)
def test_as_per_is_according_to(text: str, expected: tuple[str, str, str]) -> None:
    """'As per X, Y' - 'according to' in the English of South Asia and West Africa."""
    assert summary(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["As per usual, the session overran by an hour.", "Tickets cost $12 per person."],
)
def test_as_per_without_a_source_is_no_cue(text: str) -> None:
    (claim,) = summary(text)
    assert claim[1:] == (None, None)


@pytest.mark.parametrize(
    "speaker",
    ["Superintendent of Police Ravi Menon", "Director of Public Prosecutions Helen Ward"],
)
def test_a_title_of_a_body_then_a_name_is_a_person(speaker: str) -> None:
    (claim,) = extract(f"{speaker} said 40 arrests had been made.").claims
    assert claim.source is not None and claim.source.kind == "person"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The study's lead author, Marta Giordano of the University of Padua, said the "
            "effect was small.",
            (
                "the effect was small",
                "The study's lead author, Marta Giordano of the University of Padua",
                "said",
            ),
        ),
        (
            "Its co-author, Dr. Femi Adeyemi of Lagos University Teaching Hospital, warned "
            "that the sample was small.",
            (
                "the sample was small",
                "Its co-author, Dr. Femi Adeyemi of Lagos University Teaching Hospital",
                "warned",
            ),
        ),
    ],
)
def test_a_role_then_a_name_with_where_the_person_works(
    text: str, expected: tuple[str, str, str]
) -> None:
    """'The lead author, X of Y University, said': the role and the named person speak (the
    cue was once taken for the content's own verb)."""
    assert summary(text) == [expected]


@pytest.mark.parametrize(
    "speaker", ["The head of the country's largest nurses' union", "The boss of Northwind Rail"]
)
def test_who_heads_a_body_is_a_person(speaker: str) -> None:
    (claim,) = extract(f"{speaker} said wards were short of 4,000 staff.").claims
    assert claim.source is not None and claim.source.kind == "person"


def test_the_people_said_after_people_familiar_with_it_are_those_people() -> None:
    """Wire copy names anonymous sources once ('according to people familiar with the
    matter') and then writes 'the people said', 'the person said': the same sources,
    anonymous still."""
    claims = extract(
        "The airline is preparing a bid for its rival, according to people familiar with the "
        "matter. Terms have not been finalised, the people said. The board meets on Friday, "
        "one of them added."
    ).claims
    second = claims[1]
    assert second.text == "Terms have not been finalised"
    assert second.source is not None and second.source.resolved is not None
    assert second.source.resolved.text == "people familiar with the matter"
    assert "anonymous_source" in second.flags


@pytest.mark.parametrize(
    ("text", "source", "kind"),
    [
        (
            "The suspect bought the rifle a week earlier, according to an affidavit unsealed "
            "in federal court.",
            "an affidavit unsealed in federal court",
            "document",
        ),
        (
            "The agency plans to cut 300 jobs, according to a memo leaked to the Tribune.",
            "a memo leaked to the Tribune",
            "document",
        ),
    ],
)
def test_a_document_and_how_it_came_out_stay_whole(text: str, source: str, kind: str) -> None:
    """Any participle after the source ('unsealed in ...', 'leaked to ...'), not only a listed
    few ('published', 'released'), carries its setting, and the noun before it is the kind."""
    (claim,) = extract(text).claims
    assert claim.source is not None
    assert (claim.source.text, claim.source.kind) == (source, kind)


def test_a_bracketed_labelled_caption_is_no_claim() -> None:
    texts = [
        claim.text
        for claim in extract(
            "Floods cut the main road north of the city on Monday.\n\n"
            "(Photo: Rescuers search a collapsed school in Hatay on Tuesday. Reuters)\n\n"
            "The council said 200 homes had been evacuated.\n"
        ).claims
    ]
    assert texts == [
        "Floods cut the main road north of the city on Monday",
        "200 homes had been evacuated",
    ]


def test_a_fact_box_of_figures_keeps_every_figure() -> None:
    """A fact box lists figures without verbs ("- 45,000 homeless"): each is a claim when the
    items beside it are figures too; a lone "- 10 ways to ..." among links stays out."""
    texts = [
        claim.text
        for claim in extract(
            "The cyclone made landfall late on Friday, officials said.\n\n"
            "- 45,000 homeless\n- 130 schools damaged\n- £2bn in losses\n\n"
            "Read more:\n- 10 ways to prepare for a storm\n"
        ).claims
    ]
    assert texts == [
        "The cyclone made landfall late on Friday",
        "45,000 homeless",
        "130 schools damaged",
        "£2bn in losses",
    ]


def test_estimated_after_a_preposition_is_an_adjective() -> None:
    (claim,) = extract("The fire caused $30 million in estimated damage to the port.").claims
    assert claim.text == "The fire caused $30 million in estimated damage to the port"
    assert claim.source is None


def test_an_accusation_after_the_accused_said_the_opposite_contradicts_it() -> None:
    """'X said it had not dumped waste' then 'Y accused X of dumping waste': what the accused
    is said to have done comes after "of", an argument, not an adjunct."""
    claims = extract(
        "The tannery said it had not dumped chemicals into the canal. Residents accused the "
        "tannery of dumping chemicals into the canal at night."
    ).claims
    assert [relation.type for relation in claims[1].relations] == ["contradicts"]
    assert claims[1].relations[0].target == 0


def test_a_denial_that_says_what_it_denies_answers_nothing_said_far_before() -> None:
    """'Organisers denied that police had been attacked' shares no word with the accusation
    two paragraphs back, nor with the police's own account: it answers no claim there."""
    claims = extract(
        "Residents accused the tannery of dumping chemicals into the canal.\n\n"
        "The mayor said the march would go ahead on Sunday. Police said the march was "
        "peaceful. Organisers denied that officers had been attacked."
    ).claims
    assert claims[-1].text == "officers had been attacked"
    assert claims[-1].relations == ()


def test_experts_caution_that_is_a_cue() -> None:
    claims = summary(
        "The death rate is about 3 percent, though experts caution that the figure may be "
        "overstated."
    )
    assert claims == [
        ("The death rate is about 3 percent", None, None),
        ("the figure may be overstated", "experts", "caution"),
    ]


@pytest.mark.parametrize(
    "speaker",
    ["WHO Director-General Tedros Adhanom Ghebreyesus", "UN Secretary-General Antonio Guterres"],
)
def test_a_bodys_general_then_a_name_is_a_person(speaker: str) -> None:
    (claim,) = extract(f"{speaker} said 20,000 cases had been confirmed.").claims
    assert claim.source is not None and claim.source.kind == "person"


def test_one_of_a_group_of_anonymous_sources_is_one_of_them() -> None:
    """'Two officials, speaking on condition of anonymity, said ... One of the officials
    said ... The other said ...': each is one of the anonymous group, anonymous too."""
    claims = extract(
        "Two diplomats, speaking on condition of anonymity because the talks are private, said "
        "a deal was close. One of the diplomats said it could be signed on Friday. The other "
        "said several issues remained open."
    ).claims
    assert [claim.text for claim in claims] == [
        "a deal was close",
        "it could be signed on Friday",
        "several issues remained open",
    ]
    for claim in claims[1:]:
        assert claim.source is not None and claim.source.resolved is not None
        assert claim.source.resolved.text == "Two diplomats"
        assert "anonymous_source" in claim.flags


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [("One of the men", "person"), ("One of the companies", "organisation")],
)
def test_one_of_a_group_is_of_its_kind(speaker: str, kind: str) -> None:
    (claim,) = extract(f"{speaker} said the contract had been breached.").claims
    assert claim.source is not None and claim.source.kind == kind


@pytest.mark.parametrize(
    "note",
    [
        "The following is a transcript of the hearing, edited for length.",
        "The following is an edited transcript of the call.",
        "Edited for length and clarity.",
        "This interview has been condensed and edited for clarity.",
    ],
)
def test_an_editors_note_on_a_transcript_is_no_claim(note: str) -> None:
    transcript = f"{note}\n\nREP. ORTIZ: How many were hired?\n\nMR. HALE: 400.\n"
    texts = [claim.text for claim in extract(transcript).claims]
    assert note.rstrip(".") not in texts


def test_excerpts_introduced_with_what_they_found_stay_a_claim() -> None:
    (claim,) = extract(
        "The following are excerpts from the ruling, which found the law unconstitutional."
    ).claims
    assert "found the law unconstitutional" in claim.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union said real wages had fallen and economists expect further cuts.",
            [
                ("real wages had fallen", "The union", "said"),
                ("further cuts", "economists", "expect"),
            ],
        ),
        (
            "Landlords say the rules will push up rents and tenants' groups argue that "
            "evictions will fall.",
            [
                ("the rules will push up rents", "Landlords", "say"),
                ("evictions will fall", "tenants' groups", "argue"),
            ],
        ),
    ],
)
def test_another_party_speaking_after_and_is_its_own_claimant(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """'X said A and Y expect B': B is Y's, not part of what X said."""
    assert summary(text) == expected


def test_and_between_two_clauses_of_one_speaker_stays() -> None:
    (claim,) = summary("The report said exports rose and imports fell.")
    assert claim == ("exports rose and imports fell", "The report", "said")


def test_no_after_a_question_that_is_no_claim_denies_no_earlier_claim() -> None:
    """A hearing: 'Is it true the wards are at 130 percent of capacity?' / 'No, that is not
    true.' - the answer denies the question, not what another witness said before it."""
    claims = extract(
        "DR. LENNOX: The trust hired 400 nurses this year.\n\n"
        "MR. OSEI: Our own figures say 250.\n\n"
        "MS. HART: Is it true the wards are at 130 percent of capacity?\n\n"
        "DR. LENNOX: No, that is not true.\n"
    ).claims
    assert claims[-1].text == "No, that is not true"
    assert claims[-1].relations == ()
