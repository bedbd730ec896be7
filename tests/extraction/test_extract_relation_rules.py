"""One test per relation rule (claims/extraction/relations.py), on sentences written for them."""

from __future__ import annotations

import pytest

from claims.extraction import ExtractionResult, extract
from claims.extraction.relations import lemma, prepare


def relations_of_last(result: ExtractionResult) -> list[tuple[str, str]]:
    """(type, target text) for the last claim."""
    return [(r.type, result.claims[r.target].text) for r in result.claims[-1].relations]


def relations_of(result: ExtractionResult, words: str) -> list[tuple[str, str]]:
    """(type, target text) for the claim containing ``words``."""
    for claim in result.claims:
        if words in claim.text:
            return [(r.type, result.claims[r.target].text) for r in claim.relations]
    raise AssertionError(f"no claim contains {words!r}: {[c.text for c in result.claims]}")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("killed", "killing"),
        ("dead", "deaths"),
        ("fatalities", "died"),
        ("injured", "injuries"),
        ("wounded", "hurt"),
        ("bomb", "explosion"),
        ("blast", "bombing"),
        ("demonstrators", "protesters"),
        ("rally", "march"),
        ("cuts", "reduced"),
        ("planned", "plans"),
        ("peaceful", "orderly"),
        ("investigators", "investigation"),
    ],
)
def test_lemmas_and_concepts_meet(first: str, second: str) -> None:
    assert lemma(first) == lemma(second)


def test_lemmas_keep_different_words_apart() -> None:
    assert lemma("voters") != lemma("votes")
    assert lemma("killed") != lemma("injured")


def test_quantities_read_bounds_approximations_fractions_and_units() -> None:
    claim = prepare("at least 40 people were wounded", "", "x", "say", "statistic")
    assert claim.quantities["injured"].value == 40
    assert claim.quantities["injured"].bound == "lower"
    claim = prepare("around three-quarters of members back the plan", "", "x", "say", "statistic")
    assert claim.quantities["percent"].value == 75.0
    assert claim.quantities["percent"].approximate
    claim = prepare("the fire destroyed 120 shops, officials said", "", "x", "say", "statistic")
    assert "unit:shop" in claim.quantities
    claim = prepare("one of the shops was spared", "", "x", "say", "statement")
    assert claim.quantities == {}


def test_a_rejected_view_is_contradicted_not_denied() -> None:
    result = extract(
        "Bank analyst Tom Reyes estimated that the airline would need to borrow at least "
        "500 million dollars this year. The airline's chief executive, Maria Lind, rejected "
        "that view, saying the airline had enough cash to cover its costs."
    )
    assert relations_of(result, "enough cash") == [
        ("contradicts", "the airline would need to borrow at least 500 million dollars this year")
    ]


def test_a_charge_someone_rejected_denies_a_passive_accusation() -> None:
    result = extract(
        "The mayor has been accused of awarding contracts to a cousin's firm, a charge the "
        "mayor rejected."
    )
    assert relations_of(result, "a charge") == [("denies", "awarding contracts to a cousin's firm")]


def test_denied_the_accusation_saying_links_to_the_accusation_not_a_word_match() -> None:
    result = extract(
        "Farmers accused the water board of draining the lake. The board said 12 pumps had "
        "been repaired. A board engineer denied the accusation, saying the pumps had only "
        "been tested at night."
    )
    assert relations_of(result, "tested at night") == [
        ("denies", "the water board of draining the lake")
    ]


def test_a_negated_quote_by_the_denier_continues_the_denial() -> None:
    result = extract(
        "Regulators said the striker had been paid by a betting syndicate.\n\n"
        'Diaz denied taking money from any syndicate. "I have never fixed a match," the '
        "striker said."
    )
    assert relations_of(result, "never fixed") == [
        ("denies", "the striker had been paid by a betting syndicate")
    ]


def test_a_first_person_negation_answers_the_claim_before_it() -> None:
    result = extract(
        "Auditor Jane Park said the charity had spent its reserves on consultants. "
        '"Our reserves have not been touched," a charity spokesman said.'
    )
    assert relations_of(result, "Our reserves") == [
        ("denies", "the charity had spent its reserves on consultants")
    ]


def test_a_third_party_negation_contradicts() -> None:
    result = extract(
        "The airport said no flights were cancelled because of the storm. Passengers' group "
        "FlyRight said dozens of flights had been cancelled on Friday."
    )
    assert relations_of(result, "dozens of flights") == [
        ("contradicts", "no flights were cancelled because of the storm")
    ]


def test_a_negated_word_in_an_adjunct_is_no_contradiction() -> None:
    result = extract(
        "The ministry said no schools had reported cases. Inspectors said cleaning had been "
        "thorough in most of the schools they visited."
    )
    assert relations_of(result, "cleaning had been thorough") == []


def test_opposite_descriptions_of_the_same_thing_contradict() -> None:
    result = extract(
        "Organisers said the rally was peaceful. Police said the rally turned violent after dark."
    )
    assert relations_of(result, "turned violent") == [("contradicts", "the rally was peaceful")]


def test_a_part_larger_than_the_whole_contradicts() -> None:
    result = extract(
        "Officials said the floods had killed at least 30 people. The mayor of Tern said his "
        "town alone had counted 41 deaths."
    )
    assert relations_of(result, "41 deaths") == [
        ("contradicts", "the floods had killed at least 30 people")
    ]


def test_a_national_count_does_not_contradict_a_local_one() -> None:
    result = extract(
        "Police said 9,000 people marched in Lyon. The ministry said 80,000 protesters "
        "marched in more than 100 towns nationwide."
    )
    assert relations_of(result, "80,000 protesters") == []


def test_two_lower_bounds_do_not_contradict() -> None:
    result = extract(
        "Medics said at least 12 people were killed in the raid. The UN said more than "
        "3,000 people have been killed in the conflict."
    )
    assert relations_of(result, "more than 3,000") == []


def test_a_monthly_figure_is_not_a_count_of_an_event() -> None:
    result = extract(
        "A researcher said the leak exposed records of about 400,000 users. The company "
        "said it has about 5 million monthly active users."
    )
    assert relations_of(result, "monthly active users") == []


def test_another_occasion_is_no_contradiction() -> None:
    result = extract(
        "Rescuers said five people were killed in the landslide. Villagers said a smaller "
        "slide hit the road in May, but that no one had been killed then."
    )
    assert relations_of(result, "no one had been killed then") == []


def test_an_approximate_share_supports_a_matching_percentage() -> None:
    result = extract(
        "A survey showed about half of nurses oppose the new shifts. According to a union "
        "poll, 52 percent of nurses said they were against the shifts."
    )
    assert relations_of(result, "52 percent") == [
        ("supports", "about half of nurses oppose the new shifts")
    ]


def test_the_same_forecast_in_other_words_supports() -> None:
    result = extract(
        'The governor said rescuers were still searching. "The number will go up," he said. '
        "A relief agency said the toll was likely to rise."
    )
    assert relations_of(result, "likely to rise") == [("supports", "The number will go up")]


def test_corroboration_points_at_the_original_report() -> None:
    result = extract(
        "Activists said Colonel Omar Haddad had fled to Turkey. A video showed a man "
        "identified as Colonel Omar Haddad crossing to Turkey at a checkpoint. A Turkish "
        "official said Haddad had fled to Turkey with two aides."
    )
    assert relations_of(result, "with two aides") == [
        ("supports", "Colonel Omar Haddad had fled to Turkey")
    ]


def test_a_reporters_rejected_claim_contradicts_the_claim_it_follows() -> None:
    result = extract(
        "Some posts said the tap water caused rashes — a claim that has been tested and "
        "rejected by two independent laboratories."
    )
    assert relations_of(result, "a claim that has been tested") == [
        ("contradicts", "the tap water caused rashes")
    ]


def test_the_reporters_own_narrative_is_not_a_party() -> None:
    result = extract(
        "The council voted to close three pools. Nobody on this council wants to close a "
        'pool," the mayor said.'
    )
    assert all(not claim.relations for claim in result.claims)


@pytest.mark.parametrize(
    ("first", "second"),
    [("threw", "thrown"), ("thrown", "throw"), ("fought", "fight"), ("fled", "flee")],
)
def test_irregular_past_forms_meet_their_verb(first: str, second: str) -> None:
    assert lemma(first) == lemma(second)


def test_no_such_thing_denies_the_claim_that_names_it() -> None:
    result = extract(
        "Two workers said managers had been warned in August that the wall was cracking. "
        "The company's spokeswoman said no such warning had been received."
    )
    assert relations_of(result, "no such warning") == [
        ("denies", "managers had been warned in August that the wall was cracking")
    ]


def test_calling_a_claim_untrue_denies_it() -> None:
    result = extract(
        "The union said the factory had dumped waste into the river for years. "
        "A company spokesman said that was untrue."
    )
    assert relations_of(result, "untrue") == [
        ("denies", "the factory had dumped waste into the river for years")
    ]


def test_a_denial_of_wrongdoing_answers_the_claim_about_the_denier() -> None:
    result = extract(
        "The newspaper reported that two players had taken money to lose the match. "
        "The league said it was looking into the report. Both players deny wrongdoing."
    )
    assert relations_of(result, "wrongdoing") == [
        ("denies", "two players had taken money to lose the match")
    ]


def test_a_negation_reaches_into_hyphenated_words() -> None:
    result = extract(
        "A resident said she saw an officer pepper-spray a woman holding a baby. "
        "A police spokesman said no spray was used during the operation."
    )
    assert relations_of(result, "no spray was used") == [
        ("contradicts", "she saw an officer pepper-spray a woman holding a baby")
    ]


def test_a_confirmation_in_other_words_supports_the_first_account() -> None:
    result = extract(
        "The police statement said one officer was treated at a hospital for a head injury. "
        "A spokeswoman for the medical center confirmed an officer had been treated for a "
        "head wound and released."
    )
    assert relations_of(result, "head wound") == [
        ("supports", "one officer was treated at a hospital for a head injury")
    ]


def test_attacked_and_peaceful_cannot_describe_the_same_crowd() -> None:
    result = extract(
        "Police said officers were attacked by the crowd during the raid. "
        "Residents said the crowd outside the building was angry but peaceful."
    )
    assert relations_of(result, "angry but peaceful") == [
        ("contradicts", "officers were attacked by the crowd during the raid")
    ]


def test_a_figure_can_contradict_one_source_and_support_another() -> None:
    result = extract(
        "A provincial official said three porters were killed. "
        "A rights group put the death toll at seven. "
        "A member of parliament also put the number of dead at seven."
    )
    assert set(relations_of(result, "number of dead")) == {
        ("contradicts", "three porters were killed"),
        ("supports", "the death toll at seven"),
    }


def test_without_negates_what_follows() -> None:
    claim = prepare("the guards opened fire without any warning", "", "x", "say", "statement")
    assert claim.negated and lemma("warning") in claim.negated_scope
    result = extract(
        "A border official said the guards had fired warning shots. "
        "The rights group said the guards had opened fire without any warning."
    )
    assert relations_of(result, "without any warning") == [
        ("contradicts", "the guards had fired warning shots")
    ]


def test_irregular_plurals_meet_their_verb() -> None:
    assert lemma("shots") == lemma("shot") == lemma("shooting")
    result = extract(
        "The army said soldiers fired warning shots before the crowd scattered. "
        "A villager said there had been no shot in the air before they opened fire."
    )
    assert relations_of(result, "no shot in the air") == [
        ("contradicts", "soldiers fired warning shots before the crowd scattered")
    ]


def test_the_agent_of_a_passive_is_an_argument_of_the_claim() -> None:
    result = extract(
        "The ministry said a guard suffered a broken arm caused by a thrown rock. "
        '"Nobody threw anything," a protester said.'
    )
    assert relations_of(result, "Nobody threw") == [
        ("contradicts", "a guard suffered a broken arm caused by a thrown rock")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "the meeting began at 2:14 p.m. on Saturday",
        "the man entered the lobby at 8.40pm",
        "the lights went out at 0300 GMT",
    ],
)
def test_a_time_of_day_is_no_count(sentence: str) -> None:
    assert prepare(sentence, "", "x", "say", "statement").quantities == {}


def test_a_bare_sum_contradicts_the_different_sum_before_it() -> None:
    result = extract(
        "A betting monitor said about £1.4 million was staked on the team losing by three goals. "
        "A second monitoring firm put the total at about £350,000."
    )
    assert relations_of(result, "£350,000") == [
        ("contradicts", "about £1.4 million was staked on the team losing by three goals")
    ]


def test_sums_of_different_things_are_not_compared() -> None:
    result = extract(
        "The council said the new bridge would cost $40 million. "
        "Residents said the ferry service had earned $2 million from tolls last year."
    )
    assert relations_of(result, "ferry service") == []


def test_a_paper_named_again_as_the_newspaper_is_one_source() -> None:
    result = extract(
        "Two ministers accepted payments from a construction firm, the Sunday Sentinel reported. "
        "The newspaper said the ministers were Tom Hale and Ann Roe. "
        "Both ministers deny wrongdoing."
    )
    assert relations_of(result, "wrongdoing") == [
        ("denies", "Two ministers accepted payments from a construction firm")
    ]


def test_two_parties_saying_the_same_thing_did_not_happen_agree() -> None:
    result = extract(
        "A rights group said the troops had opened fire without any warning. "
        "Two survivors said there had been no warning."
    )
    assert relations_of(result, "there had been no warning") == [
        ("supports", "the troops had opened fire without any warning")
    ]


def test_a_denial_answers_the_accusation_just_before_it_in_other_words() -> None:
    result = extract(
        "Residents said dead fish had washed up along the river bank on Saturday. "
        "A village chief accused the company of poisoning the river. "
        "The company denied the fish deaths were linked to its plant."
    )
    assert relations_of(result, "linked to its plant") == [
        ("denies", "the company of poisoning the river")
    ]


def test_disowning_what_was_just_shown_denies_it() -> None:
    result = extract(
        "Images published by the newspaper appear to show the senator at the casino. "
        '"That is not my client," his lawyer said.'
    )
    assert relations_of(result, "not my client") == [("denies", "the senator at the casino")]
    # "It is not clear ..." / "This is not the first time ..." disown nothing.
    result = extract(
        "Images published by the newspaper appear to show the senator at the casino. "
        '"This is not the first time," his lawyer said.'
    )
    assert relations_of(result, "first time") == []


def test_a_party_that_denied_something_denies_what_it_contradicts_next() -> None:
    result = extract(
        "A resident said officers entered her flat without knocking. "
        "A police spokesman denied that officers entered any flat without knocking. "
        "A neighbour said she saw an officer pepper-spray a teenager. "
        "The police spokesman said no spray was used during the operation."
    )
    assert relations_of(result, "no spray was used") == [
        ("denies", "she saw an officer pepper-spray a teenager")
    ]


def test_a_second_finding_of_the_same_thing_supports_the_first() -> None:
    result = extract(
        "The regulator said water samples taken downstream contained arsenic above the legal "
        "limit. Residents said their wells smelled of rotten eggs. "
        "An independent laboratory said it had tested its own samples and also found arsenic "
        "above the limit."
    )
    assert relations_of(result, "also found arsenic") == [
        (
            "supports",
            "water samples taken downstream contained arsenic above the legal limit",
        )
    ]


def test_footage_showing_what_witnesses_described_supports_them() -> None:
    result = extract(
        "Fishermen said dead fish began washing up on the beach on Saturday morning. "
        "Video seen by Reuters showed hundreds of dead fish floating near the pier."
    )
    assert relations_of(result, "floating near the pier") == [
        ("supports", "dead fish began washing up on the beach on Saturday morning")
    ]


def test_the_party_named_confirming_a_report_supports_it() -> None:
    result = extract(
        "The newspaper said the Football Association had opened an investigation. "
        "An FA spokesman confirmed that an investigation was under way."
    )
    assert relations_of(result, "under way") == [
        ("supports", "the Football Association had opened an investigation")
    ]
    # Initials that name no one in the claim are no confirmation by its subject.
    result = extract(
        "The newspaper said the Football Association had opened an investigation. "
        "A UN spokesman confirmed that an investigation was under way."
    )
    assert relations_of(result, "under way") == []


def test_a_report_told_in_a_row_is_denied_at_its_first_claim() -> None:
    result = extract(
        "Two ministers accepted payments from a construction firm, the Sunday Sentinel "
        "reported. The newspaper said the ministers were Tom Hale and Ann Roe. "
        "Ann Roe dismissed the allegations."
    )
    assert relations_of(result, "the allegations") == [
        ("denies", "Two ministers accepted payments from a construction firm")
    ]
    # An earlier claim of the same paper, with someone else's in between, is another report.
    result = extract(
        "The Sunday Sentinel reported last year that the port budget had doubled. "
        "The mayor said the budget was under review. "
        "The newspaper said on Sunday that Ann Roe had accepted payments from a construction "
        "firm. Ann Roe dismissed the allegations."
    )
    assert relations_of(result, "the allegations") == [
        ("denies", "Ann Roe had accepted payments from a construction firm")
    ]


def test_contradicting_a_rebuttal_supports_what_it_rebutted() -> None:
    result = extract(
        "A neighbour said she saw an officer spray a teenager in the face. "
        "A police spokesman said no spray was used during the operation. "
        "Video reviewed by the Ledger shows an officer spraying a group near the entrance."
    )
    assert set(relations_of(result, "spraying a group")) == {
        ("contradicts", "no spray was used during the operation"),
        ("supports", "she saw an officer spray a teenager in the face"),
    }


def test_a_count_for_a_year_is_not_compared_with_the_count_of_an_event() -> None:
    result = extract(
        "A rights group put the death toll at seven. "
        "Hawar recorded 52 porters killed in 2025, while a second group put that year's toll "
        "at 61."
    )
    assert relations_of(result, "killed in 2025") == []
    assert relations_of(result, "toll at 61") == [("contradicts", "52 porters killed in 2025")]


def test_rejecting_reports_of_something_saying_y_is_one_denial() -> None:
    result = extract(
        "A rights group said the guards had fired from an ambush position without warning. "
        "The border command rejected reports of an ambush, saying its forces had acted within "
        "the law."
    )
    claims = [claim.text for claim in result.claims]
    assert "reports of an ambush" not in claims
    assert relations_of(result, "acted within the law") == [
        ("denies", "the guards had fired from an ambush position without warning")
    ]


@pytest.mark.parametrize(
    "reply",
    [
        "A company spokesman said the figures were simply not accurate.",
        "The company said the claim was misleading.",
        "The company described the allegations as groundless.",
        "A spokesman said that was not the case.",
        "The firm said the report was incorrect.",
        "The company called the report categorically wrong.",
        "The company branded the report inaccurate.",
        'The company labelled the allegations "rubbish".',
    ],
)
def test_calling_a_claim_false_in_other_words_denies_it(reply: str) -> None:
    result = extract(
        "The union said the factory had dumped waste into the river for years. " + reply
    )
    assert relations_of_last(result) == [
        ("denies", "the factory had dumped waste into the river for years")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said it was wrong to close the school.",
        "The mayor called for calm.",
        "Residents called the police.",
    ],
)
def test_wrong_to_and_calling_for_deny_nothing(sentence: str) -> None:
    result = extract(
        "The union said the factory had dumped waste into the river for years. " + sentence
    )
    assert result.claims[-1].relations == ()


def test_a_plane_is_no_plan() -> None:
    assert lemma("plane") == lemma("planes") != lemma("plan") == lemma("planned")
    result = extract(
        '"It felt like the plane just fell out of the sky," a passenger said. '
        "Another passenger also described a sudden drop."
    )
    assert ("contradicts", "It felt like the plane just fell out of the sky") not in relations_of(
        result, "sudden drop"
    )


@pytest.mark.parametrize(
    "reply",
    [
        "The chief executive said his numbers were out of date.",
        'The chief executive said that figure had been "plucked out of thin air".',
        'The chief executive said the union\'s figures bore "no relation" to what managers saw.',
    ],
)
def test_a_reply_about_figures_answers_the_claim_with_a_figure(reply: str) -> None:
    result = extract(
        "The union said 94 percent of its members had joined the walkout. "
        "Drivers said the depot had been quiet all morning. " + reply
    )
    assert relations_of_last(result) == [
        ("denies", "94 percent of its members had joined the walkout")
    ]


def test_a_reply_answers_the_accusation_of_the_party_it_names() -> None:
    result = extract(
        "The commission accused picketers of slashing the tires of two buses. "
        "A commission manager said fewer than 200 drivers had turned up. "
        '"Our members have been on the sidewalk with coffee and signs. The commission is making '
        'things up," the union president said.'
    )
    assert relations_of_last(result) == [("denies", "picketers of slashing the tires of two buses")]


def test_not_a_word_of_truth_in_the_suggestion_answers_the_accusation() -> None:
    result = extract(
        "Campaigners accused the council of wanting the playing field for housing. "
        "Documents show officers met a housebuilder in June. "
        'The council leader said there was "not a word of truth" in the suggestion.'
    )
    assert relations_of_last(result) == [
        ("denies", "the council of wanting the playing field for housing")
    ]


def test_people_who_needed_treatment_are_a_count_not_a_norm() -> None:
    assert not prepare("only three people had needed medical attention", "", "x", "say", "s").norm
    assert prepare("95 percent coverage is needed for herd immunity", "", "x", "say", "s").norm
    result = extract(
        "The health service said 31 people had sought treatment for sore throats. "
        "The company said only three people had needed medical attention."
    )
    assert relations_of(result, "three people") == [
        ("contradicts", "31 people had sought treatment for sore throats")
    ]


def test_calling_an_estimate_inaccurate_denies_it() -> None:
    result = extract(
        "The agency estimated that styrene in the air was four times the usual level. "
        'A company spokesman said those readings were "simply not accurate".'
    )
    assert relations_of(result, "not accurate") == [
        ("denies", "styrene in the air was four times the usual level")
    ]


def test_children_and_pupils_are_one_count() -> None:
    result = extract(
        "The council leader said only 48 children were on the school's roll this term. "
        "The parents' campaign counts 63 pupils this term."
    )
    assert relations_of(result, "63 pupils") == [
        ("contradicts", "only 48 children were on the school's roll this term")
    ]


def test_without_question_is_certainty_not_negation() -> None:
    claim = prepare('the smoke "without question" contained styrene', "", "x", "say", "s")
    assert not claim.negated
    assert prepare("they fired without warning", "", "x", "say", "s").negated


def test_footage_sharing_three_words_with_an_account_supports_it() -> None:
    result = extract(
        "Survivors said a Libyan patrol boat had circled the fishing boat at dawn. "
        "Footage filmed by a survivor shows a grey patrol boat a few hundred metres from the "
        "fishing boat."
    )
    assert relations_of(result, "grey patrol boat") == [
        ("supports", "a Libyan patrol boat had circled the fishing boat at dawn")
    ]


def test_a_count_without_its_noun_counts_what_was_counted_before() -> None:
    result = extract(
        "The fire department said four passengers were taken to a hospital. "
        "The airline said two had been taken, both as a precaution."
    )
    assert relations_of(result, "two had been taken") == [
        ("contradicts", "four passengers were taken to a hospital")
    ]


def test_a_denial_of_someones_account_answers_what_they_said_first() -> None:
    result = extract(
        "A mechanic told the AP that the aircraft had been written up for a faulty valve three "
        "times. The mechanic said the part had been reset each time rather than replaced. "
        "Records reviewed by the AP list three reports of faults. "
        "The airline rejected the mechanic's account."
    )
    assert relations_of(result, "mechanic's account") == [
        ("denies", "the aircraft had been written up for a faulty valve three times")
    ]


@pytest.mark.parametrize(
    ("text", "key", "bound", "value", "high"),
    [
        ("NDMA at 22 to 28 times the acceptable intake", "unit:tim", "range", 22, 28),
        ("NDMA at up to 30 times the acceptable intake", "unit:tim", "upper", 30, 0),
        ("the hit would be comfortably under £15 million", "money:£", "upper", 15e6, 0),
        ("it could cost £40 million to £60 million in lost sales", "money:£", "range", 40e6, 60e6),
        ("no more than 12 people attended", "crowd", "upper", 12, 0),
        ("fewer than 40 people were hurt", "injured", "upper", 40, 0),
        ("between 30 and 40 people were hurt", "injured", "range", 30, 40),
        ("at least 40 people were wounded", "injured", "lower", 40, 0),
    ],
)
def test_upper_bounds_and_ranges(
    text: str, key: str, bound: str, value: float, high: float
) -> None:
    quantity = prepare(text, "", "x", "say", "statistic").quantities[key]
    assert (quantity.bound, quantity.value, quantity.high) == (bound, value, high)


def test_a_range_within_an_upper_bound_supports_it_and_one_above_contradicts() -> None:
    result = extract(
        "The regulator said tests had found NDMA in the tablets at up to 30 times the "
        "acceptable intake. An independent laboratory said it also found NDMA at 22 to 28 "
        "times the acceptable intake."
    )
    assert relations_of(result, "22 to 28") == [
        ("supports", "tests had found NDMA in the tablets at up to 30 times the acceptable intake")
    ]
    result = extract(
        "Analysts said the recall could cost the company £40 million to £60 million in sales. "
        'The chief executive said the cost of the recall would be "comfortably under £15 '
        'million".'
    )
    assert relations_of(result, "under £15") == [
        ("contradicts", "the recall could cost the company £40 million to £60 million in sales")
    ]


def test_a_sum_is_money_whatever_it_pays_for_and_needs_more_than_money_in_common() -> None:
    result = extract(
        "Prosecutors said the company paid for a $26,000 remodel of his kitchen. "
        "His lawyer said her client paid the full cost of the kitchen, $24,500, by check."
    )
    assert relations_of(result, "$24,500") == [
        ("contradicts", "the company paid for a $26,000 remodel of his kitchen")
    ]
    result = extract(
        "Prosecutors said he diverted more than £2.3 million of public money. "
        "Police said officers had recovered only £180,000 of the missing money."
    )
    assert relations_of(result, "£180,000") == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The institute put the quake at magnitude 6.8.", "put it at a magnitude of 7.1"),
        ("The institute measured the quake at magnitude 6.8.", "reported a magnitude of 7.1"),
        ("Officials said 23 people had died.", "said the town had buried 41 people by Monday"),
    ],
)
def test_magnitudes_and_burials_are_counts(first: str, second: str) -> None:
    result = extract(first + " A second agency " + second + ".")
    (relation,) = result.claims[-1].relations
    assert relation.type == "contradicts"


def test_the_true_figure_counts_what_was_counted_before() -> None:
    result = extract(
        "The hospital said 212 operations and procedures had been postponed. "
        'A surgeon said the true figure was "well over 400" once cancelled procedures were '
        "counted."
    )
    assert relations_of(result, "well over 400") == [
        ("contradicts", "212 operations and procedures had been postponed")
    ]


def test_two_very_different_upper_bounds_disagree() -> None:
    result = extract(
        'The shipping company said "less than 50 tonnes" of fuel oil had escaped. '
        "The maritime authority put the spill at up to 400 tonnes."
    )
    assert relations_of(result, "up to 400") == [
        ("contradicts", '"less than 50 tonnes" of fuel oil had escaped')
    ]


def test_the_same_number_as_a_lower_bound_supports_it() -> None:
    result = extract(
        "The county said nine people had died over the weekend. "
        "The medical examiner said at least 14 people had died. "
        "A tally by the Chronicle counted 14 deaths."
    )
    assert ("supports", "at least 14 people had died") in relations_of(result, "14 deaths")


def test_when_the_alert_came_is_a_figure() -> None:
    result = extract(
        'The company said the crew had raised the alarm "within minutes", at 4:10 am. '
        "The coast guard said the first alert came at 9:35 am, from a fishing boat."
    )
    assert relations_of(result, "9:35") == [
        ("contradicts", 'the crew had raised the alarm "within minutes", at 4:10 am')
    ]
    assert prepare("the meeting began at 2:14 p.m.", "", "x", "say", "s").quantities == {}


def test_rejecting_that_accusation_answers_the_claim_just_made() -> None:
    result = extract(
        "Fishermen accused Lisbon of leaving the town to fend for itself. "
        'The mayor said the company had "tried to hide the spill". '
        "The company rejected that accusation."
    )
    assert relations_of(result, "that accusation") == [
        ("denies", 'the company had "tried to hide the spill"')
    ]


@pytest.mark.parametrize(
    "reply",
    [
        "The trust said the MP's criticism was unfair.",
        'The organisers said the leaked figures were "a misreading of raw data".',
        "The ministry said the report was exaggerated.",
    ],
)
def test_calling_a_claim_unfair_or_a_misreading_denies_it(reply: str) -> None:
    result = extract("The MP said the hospital had turned away 300 patients in a week. " + reply)
    (relation,) = result.claims[-1].relations
    assert relation.type == "denies" and relation.target == 0


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said the crowd was made up mostly of students.",
        "Analysts said there is speculation that the minister will resign.",
        "A tribunal ruled that the dismissal was unfair, the lawyer said.",
        "Inspectors said the fire extinguishers were out of date.",
        "Engineers said the images were distorted by the lens.",
        "The report lies on the minister's desk, an aide said.",
    ],
)
def test_predicates_that_call_no_claim_false_deny_nothing(sentence: str) -> None:
    result = extract("The union said the factory had dumped waste into the river. " + sentence)
    assert result.claims[-1].relations == ()


def test_the_party_a_negated_claim_is_about_denies_it_rather_than_agreeing() -> None:
    result = extract(
        "Activists said police gave no warning before firing. "
        "A police spokesman said officers did not fire without warning."
    )
    assert relations_of_last(result) == [("denies", "police gave no warning before firing")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no fewer than 200 people were killed", {"dead": ("lower", 200, 0)}),
        ("not less than 200 people were killed", {"dead": ("lower", 200, 0)}),
        (
            "The storm killed 5 and 2,000 people were displaced",
            {"dead": ("", 5, 0), "displaced": ("", 2000, 0)},
        ),
        ("numbers fell from 40 to 12 people", {"crowd": ("", 12, 0)}),
        ("30-40 people were hurt", {"injured": ("range", 30, 40)}),
        (
            "The dead numbered 40: 25 men and 15 women",
            {"dead": ("", 40, 0), "unit:men": ("", 25, 0), "unit:women": ("", 15, 0)},
        ),
    ],
)
def test_bounds_ranges_and_colons_read_right(text: str, expected: dict) -> None:
    quantities = prepare(text, "", "x", "say", "statistic").quantities
    assert {
        key: (quantity.bound, quantity.value, quantity.high) for key, quantity in quantities.items()
    } == expected


def test_a_year_named_as_a_date_does_not_make_a_count_yearly() -> None:
    assert not prepare("In March 2024 the blast killed 40 people", "", "x", "say", "s").yearly
    assert prepare("52 porters were killed in 2025", "", "x", "say", "s").yearly


def test_a_loose_bound_is_no_second_source_for_a_small_figure() -> None:
    result = extract(
        "Officials said 3 people were killed. Activists said up to 300 people were killed."
    )
    assert relations_of_last(result) == []


def test_different_kinds_of_alert_at_different_times_do_not_disagree() -> None:
    result = extract(
        "Residents said they called police at 10 pm when they heard shouting. "
        "The ambulance service said it alerted the ward at 11.40pm about a second patient."
    )
    assert relations_of_last(result) == []


@pytest.mark.parametrize(
    "reply",
    ['"That\'s not my client," the lawyer said.', '"That isn\'t my client," the lawyer said.'],
)
def test_disowning_in_contracted_forms(reply: str) -> None:
    result = extract(
        "Images published by the newspaper appear to show the senator at the casino. " + reply
    )
    assert relations_of_last(result) == [("denies", "the senator at the casino")]


def test_a_capital_the_is_no_initial() -> None:
    result = extract(
        "The Football Association had opened an investigation, the newspaper said. "
        "An FA spokesman confirmed that an investigation was under way."
    )
    assert relations_of_last(result) == [
        ("supports", "The Football Association had opened an investigation")
    ]


# --------------------------------------------------------------------------- real reporting


def test_the_accused_saying_the_same_thing_moved_the_other_way_denies_the_accusation() -> None:
    result = extract(
        "Parents accused the school board of slashing the sports budget by a third. "
        "The board said the sports budget had increased by 6 percent this year."
    )
    assert relations_of_last(result) == [
        ("denies", "the school board of slashing the sports budget by a third")
    ]


def test_opposite_directions_need_the_same_subject() -> None:
    result = extract(
        "Parents accused the school board of slashing the sports budget by a third. "
        "The board said enrolment had increased by 6 percent this year."
    )
    assert relations_of_last(result) == []


def test_a_reply_that_the_source_was_misused_denies_the_claim_resting_on_it() -> None:
    result = extract(
        "The Daily Courier, citing an internal memo, reported that inspectors had found "
        "cracks in the dam wall. The ministry said the memo had been quoted selectively."
    )
    assert relations_of_last(result) == [("denies", "inspectors had found cracks in the dam wall")]


def test_misuse_of_something_the_claim_does_not_rest_on_links_nothing() -> None:
    result = extract(
        "The Daily Courier reported that inspectors had found cracks in the dam wall. "
        "The ministry said the minister's letter had been quoted selectively."
    )
    assert relations_of_last(result) == []


def test_a_lower_second_count_said_to_be_likely_to_rise_still_contradicts_the_first() -> None:
    result = extract(
        "Rescuers said 45 people had died in the landslide. A police spokesman put the death "
        "toll at 38 but said it was likely to be higher."
    )
    # "put the toll at 38 but said ...": two claims; the count contradicts the first count
    assert (
        "the death toll at 38",
        "contradicts",
        "45 people had died in the landslide",
    ) in [
        (claim.text, relation.type, result.claims[relation.target].text)
        for claim in result.claims
        for relation in claim.relations
    ]


def _relations(text: str) -> list[tuple[str, str, str]]:
    result = extract(text)
    return [
        (claim.text, relation.type, result.claims[relation.target].text)
        for claim in result.claims
        for relation in claim.relations
    ]


@pytest.mark.parametrize(
    ("text", "disputing", "count"),
    [
        (
            "The union said 200 workers had been laid off. A company aide, who asked not to be "
            "named, said the real number was probably higher.",
            "the real number was probably higher",
            "200 workers had been laid off",
        ),
        (
            "Rescue officials said 120 people had died in the floods. A hospital spokesman said "
            "the toll was likely to be higher.",
            "the toll was likely to be higher",
            "120 people had died in the floods",
        ),
    ],
)
def test_a_count_said_to_be_higher_or_lower_contradicts_the_count(
    text: str, disputing: str, count: str
) -> None:
    assert (disputing, "contradicts", count) in _relations(text)


def test_a_comparative_without_a_count_noun_disputes_nothing() -> None:
    text = (
        "The union said 200 workers had been laid off. The mayor said the risk of more job "
        "losses was higher in the north."
    )
    assert _relations(text) == []


def test_cut_off_and_never_interrupted_are_the_same_predicate_negated() -> None:
    text = (
        "Residents said the water supply had been cut off for three days. The utility said "
        "the water supply was never interrupted."
    )
    assert _relations(text) == [
        (
            "the water supply was never interrupted",
            "contradicts",
            "the water supply had been cut off for three days",
        )
    ]


def test_a_first_person_doubt_is_no_denial() -> None:
    text = (
        "The agency said tide-gauge records going back to 1950 were too short to show a trend. "
        'Dr. Imre Halász said: "We cannot say what the records show before 1950."'
    )
    assert _relations(text) == []


def test_a_negation_about_something_else_is_no_response() -> None:
    # The second claim negates "wait"; what it shares with the first (the plant) is not what
    # it negates nor the negated predicate's subject.
    text = (
        "Inspectors said the plant had leaked coolant twice this year. "
        "The plant's director said: \"We will not wait for the plant's next inspection.\""
    )
    assert _relations(text) == []


def test_a_negated_predicate_whose_subject_is_what_was_claimed_is_a_denial() -> None:
    text = (
        "A researcher said the leaked files contained the password of every customer. "
        'The company said: "Our password store is kept apart from that system and was not '
        'touched."'
    )
    (relation,) = _relations(text)
    assert relation[1] == "denies"
    assert relation[2] == "the leaked files contained the password of every customer"


def test_it_was_quoted_selectively_names_its_source_through_the_speaker() -> None:
    text = (
        "The minister cited an internal memo as proof that the dam was safe. Engineers who "
        "wrote the memo said it had been quoted selectively."
    )
    assert _relations(text) == [
        (
            "it had been quoted selectively",
            "denies",
            "an internal memo as proof that the dam was safe",
        )
    ]


def test_a_share_of_a_count_names_what_is_counted() -> None:
    assert prepare(
        "Only 11 of the 40 new hospitals promised will be built", "", "x", "say", "statement"
    ).quantities.keys() == {"unit:hospital"}


def test_a_denial_answers_the_claim_counting_the_same_thing() -> None:
    text = (
        "The watchdog said only 11 of the 40 new hospitals would be finished by 2030. It said "
        "construction had not started at 17 sites. The watchdog said the programme would now "
        "cost £34.6bn. The health secretary disputed the report's central finding, telling "
        "reporters that at least 20 of the hospitals would be open by 2030."
    )
    assert (
        "at least 20 of the hospitals would be open by 2030",
        "denies",
        "only 11 of the 40 new hospitals would be finished by 2030",
    ) in _relations(text)


@pytest.mark.parametrize(
    ("answer", "linked"),
    [
        ("Ashdown said she stood by every word.", True),
        ("Ashdown said the figures had been fiddled by nobody.", True),
        ("Ashdown said the weather in the north had been poor.", False),
    ],
)
def test_the_accused_answering_the_accusation_denies_it(answer: str, linked: bool) -> None:
    filler = " ".join(f"Observers said the debate in week {n} was lively." for n in range(14))
    text = (
        'The shadow chancellor accused Miriam Ashdown of "fiddling the figures". '
        + filler
        + " "
        + answer
    )
    relations = _relations(text)
    assert (
        any(
            target == 'Miriam Ashdown of "fiddling the figures"' and kind == "denies"
            for _, kind, target in relations
        )
        is linked
    )


def test_a_figure_corrected_with_not_contradicts_the_figure() -> None:
    text = (
        "The union accused the plant of cutting the night shift from nine operators to five. "
        "The company said the night shift had been trimmed to six, not five."
    )
    assert (
        "the night shift had been trimmed to six, not five",
        "contradicts",
        "the plant of cutting the night shift from nine operators to five",
    ) in _relations(text)


def test_another_time_for_when_it_first_happened_contradicts() -> None:
    text = (
        "Organisers said their control room called for ambulances at 10.42pm. The "
        "ambulance service said the first call from the site came at 11.09pm."
    )
    assert (
        "the first call from the site came at 11.09pm",
        "contradicts",
        "their control room called for ambulances at 10.42pm",
    ) in _relations(text)


def test_first_times_of_different_things_are_no_contradiction() -> None:
    text = (
        "Coastguard officials said their first alert came at 6.15 am. The airline said its "
        "first flight of the day left at 7 am."
    )
    assert _relations(text) == []


def test_two_times_without_first_are_no_contradiction() -> None:
    text = (
        "Organisers said the gates opened at 6pm. The ambulance service said its crews "
        "arrived at 11pm."
    )
    assert _relations(text) == []


def test_fewer_than_half_that_number_disputes_the_count() -> None:
    text = (
        "The organisers said 340 stewards had been on duty that night. Stewards told the "
        "inquiry that fewer than half that number turned up."
    )
    assert (
        "fewer than half that number turned up",
        "contradicts",
        "340 stewards had been on duty that night",
    ) in _relations(text)


def test_the_company_is_not_the_union() -> None:
    result = extract(
        "The FNV trade union said the plant was understaffed. The company said staffing met "
        "every legal requirement."
    )
    assert result.claims[1].source.resolved is None


def test_the_figure_was_closer_to_n_names_the_count_before_it() -> None:
    text = (
        "The hospital said it had brought in about 450 replacement nurses. The union said the "
        "figure was closer to 600."
    )
    assert (
        "the figure was closer to 600",
        "contradicts",
        "it had brought in about 450 replacement nurses",
    ) in _relations(text)


def test_a_magnitude_joined_by_a_hyphen_is_the_quakes_magnitude() -> None:
    assert (
        "magnitude"
        in prepare("The magnitude-6.4 quake hit at dawn", "", "x", "say", "statement").quantities
    )


def test_a_toll_said_to_be_higher_answers_the_toll_not_the_nearest_count() -> None:
    text = (
        "Officials raised the death toll to 63 in the evening. Rescuers said they had pulled "
        "12 people from one house. More than 2,800 houses were damaged, the agency said. "
        "About 9,000 people had fled, it said. A village head said the toll was considerably "
        "higher."
    )
    relations = _relations(text)
    assert (
        "the toll was considerably higher",
        "contradicts",
        "the death toll to 63 in the evening",
    ) in relations


@pytest.mark.parametrize(
    "denial",
    [
        "The ministry denied that it had ignored the warning, saying {reason}.",
        "The ministry rejected the accusation, saying {reason}.",
        "The ministry denied wrongdoing, arguing {reason}.",
    ],
)
def test_the_reason_given_for_a_denial_answers_what_the_denial_answers(denial: str) -> None:
    text = (
        "Opposition lawmakers accused the health ministry of ignoring a warning about the "
        "contaminated reservoir in March. "
        + denial.format(reason="engineers had tested the water every week since January")
    )
    result = extract(text)
    accusation = result.claims[0].text
    assert accusation.startswith("the health ministry of ignoring")
    assert relations_of(result, "engineers had tested") == [("denies", accusation)]


def test_a_reason_by_someone_else_or_in_another_sentence_answers_nothing_of_it() -> None:
    text = (
        "Opposition lawmakers accused the health ministry of ignoring a warning about the "
        "contaminated reservoir in March. The ministry denied that it had ignored the warning. "
        "Residents said, adding that they had boiled water for weeks, the taps ran brown."
    )
    result = extract(text)
    assert relations_of(result, "had ignored the warning")
    assert ("denies", result.claims[0].text) not in relations_of(result, "the taps ran brown")


def test_a_year_in_a_clause_of_its_own_does_not_make_the_count_a_years() -> None:
    # "set out when the timetable was agreed in 2023" dates the agreement, not the cost.
    text = (
        "The rail link would now cost £48.2bn, against the £21.5bn set out when the route was "
        "approved in 2021, the spending watchdog said. The transport department put the cost "
        "at £39bn."
    )
    result = extract(text)
    assert relations_of_last(result) == [("contradicts", result.claims[0].text)]
    # a count in a year stays a year's count: "in 2021" right after the figure
    yearly = prepare("the link cost £21.5bn in 2021", "", "watchdog", "say", "statement")
    assert yearly.yearly
    dated = prepare(
        "it cost £21.5bn, set out when the route was approved in 2021", "", "w", "say", "statement"
    )
    assert not dated.yearly


@pytest.mark.parametrize(
    "estimate",
    [
        "Independent analysts put the figure at closer to $9 billion.",
        "Independent analysts put the shortfall at between $8 billion and $9 billion.",
    ],
)
def test_a_figure_put_at_another_value_contradicts_the_sum_before_it(estimate: str) -> None:
    text = (
        "The tax cut would add $4.6 billion to the state's deficit over two years, the budget "
        "office said. " + estimate
    )
    result = extract(text)
    assert relations_of_last(result) == [("contradicts", result.claims[0].text)]


def test_the_same_sum_put_another_way_backs_it() -> None:
    text = (
        "The tax cut would add $4.6 billion to the state's deficit over two years, the budget "
        "office said. Independent analysts put the figure at about $4.6 billion."
    )
    result = extract(text)
    assert relations_of_last(result) == [("supports", result.claims[0].text)]


def test_the_company_accused_answers_when_it_is_the_company_named_before() -> None:
    # "The company" is the one named before ("Harlow Mining, which runs the pit"), not the
    # miners quoted since: its answer to the accusation denies it.
    text = (
        "Harlow Mining, which runs the pit, said every worker had been accounted for. "
        "Two miners who were on the night shift said three colleagues were still missing. "
        "Villagers accused Harlow Mining of cracking the walls of their homes with its "
        "explosives. The company said its explosives were used more than a kilometre away and "
        "had no effect on the village."
    )
    result = extract(text)
    assert relations_of_last(result) == [("denies", result.claims[2].text)]


def test_opposite_directions_need_the_same_subject_not_only_the_same_place() -> None:
    different = extract(
        "The outbreak in the Tessel valley has grown to 143 cases, the health authority said. "
        "Vaccination coverage in the valley fell to 78 percent, the school board said."
    )
    assert relations_of_last(different) == []
    same = extract(
        "Exports from the valley fell sharply last year, the chamber of commerce said. "
        "Exports from the valley rose last year, the customs office said."
    )
    assert relations_of_last(same) == [("contradicts", same.claims[0].text)]


def test_one_in_five_is_a_share_not_a_count() -> None:
    # "one in five stations" is no count of five stations against "14 polling stations"
    text = (
        "Opposition agents said turnout figures from at least 14 polling stations were "
        "impossible. Observers said results from one in five stations had not been published."
    )
    assert relations_of_last(extract(text)) == []
    shares = prepare("1 in 4 adults smoke", "", "survey", "say", "statistic").quantities
    assert list(shares) == ["share:adult"]
    assert shares["share:adult"].value == 25.0
    # a denominator with a thousands separator is no year
    rare = prepare("the defect affects one in 2,000 births", "", "study", "say", "statistic")
    assert list(rare.quantities) == ["share:birth"]
