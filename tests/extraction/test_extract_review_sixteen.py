"""Constructions found by the sixteenth session's blind hunts of science, health and business
news (hunt 25), US newspapers (hunt 23) and British outlets (hunt 24), on sentences written for
these tests."""

from __future__ import annotations

import pytest
from claim_views import relations, speakers_of, summary

from claims.extraction import extract

ARTICLE = "Title of the report\n\n{}\n"


def _summary(body: str) -> list[tuple[str, str | None, str | None]]:
    return summary(ARTICLE.format(body))


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker", "cue"),
    [
        (
            "The treasury's forecasters projected in May that borrowing would fall to 3.4% "
            "of output by 2029.",
            "borrowing would fall to 3.4% of output by 2029",
            "The treasury's forecasters",
            "projected",
        ),
        (
            "Transport planners projected that ferry traffic would double within a decade.",
            "ferry traffic would double within a decade",
            "Transport planners",
            "projected",
        ),
        (
            "A study paid for by the growers' council put the losses much higher, projecting "
            "that 12,000 farms would fold by 2031.",
            "12,000 farms would fold by 2031",
            # (the whole subject since the thirty-second session, which reads "put the losses
            # much higher" as the study's estimate too: the subject of "put ... at" is kept
            # whole, "An independent count carried out for X by Y put the number at ...")
            "A study paid for by the growers' council",
            "projecting",
        ),
    ],
)
def test_projected_that_reports_a_forecast(
    sentence: str, claim: str, speaker: str, cue: str
) -> None:
    assert (claim, speaker, cue) in _summary(sentence)


def test_projected_without_that_is_no_cue() -> None:
    # (a guard: the adjective and the noun were no cue before)
    claims = _summary(
        "The projected shortfall of 2% alarmed the council. Two bridge projects were postponed."
    )
    assert all(cue is None for _, _, cue in claims), claims


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        ("Sainsbury's said its fresh food sales rose 6% over Christmas.",
         "its fresh food sales rose 6% over Christmas", "Sainsbury's"),
        ("Ratings agency Moody's said the province's debt was no longer sustainable.",
         "the province's debt was no longer sustainable", "Ratings agency Moody's"),
        ("McDonald's told franchisees it would cut its menu by a fifth.",
         "it would cut its menu by a fifth", "McDonald's"),
        ("Exports slowed in March, Standard & Poor's said on Friday.",
         "Exports slowed in March", "Standard & Poor's"),
    ],
)  # fmt: skip
def test_a_name_ending_in_a_possessive_speaks(sentence: str, claim: str, speaker: str) -> None:
    assert speakers_of(ARTICLE.format(sentence)).get(claim) == speaker


def test_a_contracted_has_before_said_is_no_part_of_the_speaker() -> None:
    # (a guard: "He's said" was read before)
    assert speakers_of(ARTICLE.format("He's said the bridge will reopen in May.")) == {
        "the bridge will reopen in May": "He"
    }


def test_a_possessive_before_a_noun_is_no_speaker() -> None:
    # (a guard: "the surgeon's claim", "the agency's estimated cost" are nouns)
    claims = _summary("The agency's estimated cost of the scheme was 4 million euros.")
    assert claims == [("The agency's estimated cost of the scheme was 4 million euros", None, None)]


def _texts(text: str) -> list[str]:
    return [claim for claim, _, _ in summary(text)]


@pytest.mark.parametrize(
    "label",
    [
        "Image caption, Volunteers fill sandbags outside the village hall in Tadcaster as the "
        "river rises on Sunday evening",
        "Image caption, The old pier at dusk. Engineers say it could collapse within a year",
        "Media caption, Watch: Shoppers describe queueing for bread in the cold outside the "
        "only bakery still open in town",
        "Image source, Getty Images",  # (a guard: short, it was a subheading before)
    ],
)
def test_a_caption_a_page_labels_as_one_is_furniture(label: str) -> None:
    text = (
        "River levels fall after a week of floods\n\n"
        "Residents began returning to their homes on Monday, the council said.\n\n"
        f"{label}\n\n"
        "About 300 properties were flooded, according to the Environment Agency.\n"
    )
    assert _texts(text) == [
        "Residents began returning to their homes on Monday",
        "About 300 properties were flooded",
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "A Ferry Operator Cut Its Safety Crews. Its Own Audit Warned Against It.",
        "Harbour Board Approves 900 Job Cuts as Leaked Report Shows Plan to Close Two Docks.",
    ],
)
def test_a_headline_in_title_case_is_the_title_even_with_full_stops(headline: str) -> None:
    text = (
        f"{headline}\n\n"
        "By Ana Reyes\n\n"
        "The harbour board voted on Tuesday to close two docks, officials said.\n"
    )
    result = extract(text)
    assert [claim.text for claim in result.claims] == [
        "The harbour board voted on Tuesday to close two docks"
    ]
    assert result.metadata.title == headline


def test_a_sentence_with_capitalised_names_is_no_headline() -> None:
    # (a guard: a sentence of names keeps its lowercase verbs)
    text = (
        "Port news\n\n"
        "The Harbour Board of Port Ellis met the Ferry Workers Union on Monday.\n\n"
        "It agreed to keep both docks open until March.\n"
    )
    assert _texts(text) == [
        "The Harbour Board of Port Ellis met the Ferry Workers Union on Monday",
        "It agreed to keep both docks open until March",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "None of the passengers said they had heard an announcement before the ferry tilted.",
        "Neither of the nurses said the ward had run out of oxygen.",
        "No one at the ministry said the contract had been signed.",
        "No inspector said the crane was unsafe.",
    ],
)
def test_a_subject_that_names_nobody_reports_nothing(sentence: str) -> None:
    # "None of them said Y" does not say Y: the reporter's sentence, whole
    assert _summary(sentence) == [(sentence.rstrip("."), None, None)]


def test_a_body_called_no_and_a_number_still_speaks() -> None:
    # (a guard: "No 10" is Downing Street)
    assert ("the prime minister would attend", "No 10", "said") in _summary(
        "No 10 said the prime minister would attend."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Since 2020, according to census figures, the island's population has shrunk by a fifth.",
        "By the end of June, according to a court filing, the charity had spent $3 million "
        "on legal fees.",
        "Over the same decade, according to the regulator's register, the firm reported 212 leaks.",
    ],
)
def test_a_fronted_phrase_then_according_to_keeps_the_whole_claim(sentence: str) -> None:
    claims = _summary(sentence)
    assert [text for text, _, _ in claims] == [sentence.rstrip(".")], claims
    assert claims[0][2] == "according to"


@pytest.mark.parametrize(
    "sentence",
    [
        "The jury heard evidence from nine witnesses over two days.",
        "Neighbours heard shouting at about 3am.",
    ],
)
def test_heard_with_a_noun_after_it_is_no_cue(sentence: str) -> None:
    assert _summary(sentence) == [(sentence.rstrip("."), None, None)]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("The court heard that the lorry's brakes had failed.", "the lorry's brakes had failed"),
        ("The court heard the lorry's brakes had failed.", "the lorry's brakes had failed"),
        ("The lorry's brakes had failed, the jury heard on Monday.",
         "The lorry's brakes had failed"),
    ],
)  # fmt: skip
def test_heard_before_a_clause_or_as_a_tag_reports(sentence: str, claim: str) -> None:
    # (a guard: these were read before)
    assert [text for text, _, cue in _summary(sentence) if cue == "heard"] == [claim]


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        ("Dana Whitfield, who drove for the company in Tulsa, Okla., until 2021, said "
         "managers ignored the brake complaints.",
         "managers ignored the brake complaints", "Dana Whitfield"),
        ("Luis Ortega, a roofer from Mesa, Ariz., said the permits took nine months.",
         "the permits took nine months", "Luis Ortega"),
        ("Peter Moss, 47, of Canal Street, Rochdale, denied dangerous driving.",
         "dangerous driving", "Peter Moss"),
        ("Amira Khan, 29, from Keighley, West Yorkshire, said the flat had no heating.",
         "the flat had no heating", "Amira Khan"),
        ("Back at her bakery, Ms. Duarte, 63, said flour had doubled in price.",
         "flour had doubled in price", "Ms. Duarte"),
        ("Inside the depot, Mr. Haines, 58, said the buses were forty years old.",
         "the buses were forty years old", "Mr. Haines"),
    ],
)  # fmt: skip
def test_a_place_an_age_or_an_address_after_the_name_is_no_speaker(
    sentence: str, claim: str, speaker: str
) -> None:
    assert speakers_of(ARTICLE.format(sentence)).get(claim) == speaker


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        ("Parents that brought the complaint say the school ignored the bullying.",
         "the school ignored the bullying", "Parents that brought the complaint"),
        ("The charities that run the shelters said demand had tripled.",
         "demand had tripled", "The charities that run the shelters"),
        ("Fishing crews that work the estuary argue the quota is too low.",
         "the quota is too low", "Fishing crews that work the estuary"),
    ],
)  # fmt: skip
def test_a_subject_with_a_that_clause_speaks_whole(sentence: str, claim: str, speaker: str) -> None:
    assert speakers_of(ARTICLE.format(sentence)).get(claim) == speaker


def test_that_after_a_verb_still_opens_what_was_said() -> None:
    # (a guard: "warned that the company that ..." - the verb before the "that")
    assert speakers_of(
        ARTICLE.format("The mayor warned that the firm that built the pier had gone bust.")
    ) == {"the firm that built the pier had gone bust": "The mayor"}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A Department for Culture, Media and Sport spokesman said the review would report "
         "in May.", "A Department for Culture, Media and Sport spokesman"),
        ("A Ministry of Justice, Courts and Tribunals official said the backlog was easing.",
         "A Ministry of Justice, Courts and Tribunals official"),
    ],
)  # fmt: skip
def test_a_department_named_with_commas_before_a_role_speaks_whole(
    sentence: str, speaker: str
) -> None:
    claims = _summary(sentence)
    assert [source for _, source, _ in claims] == [speaker], claims


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        ("According to analysis by the Institute for Fiscal Studies, a research institute, "
         "council budgets have shrunk by a quarter.",
         "council budgets have shrunk by a quarter",
         "analysis by the Institute for Fiscal Studies"),
        ("Ticket prices will rise by 8%, according to estimates by consultancy Fenwick & Ross.",
         "Ticket prices will rise by 8%", "estimates by consultancy Fenwick & Ross"),
        ("According to research by the University of Bath, most e-scooters last two years.",
         "most e-scooters last two years", "research by the University of Bath"),
        ("According to a survey by the farmers' union, half of growers cut their herds.",
         "half of growers cut their herds", "a survey by the farmers' union"),
    ],
)  # fmt: skip
def test_according_to_a_work_by_its_author(sentence: str, claim: str, speaker: str) -> None:
    claims = [(text, source, cue and cue.lower()) for text, source, cue in _summary(sentence)]
    assert (claim, speaker, "according to") in claims


def test_a_share_after_according_to_is_the_claim() -> None:
    # (a guard: "a third of ..." opens the claim, no apposition)
    assert [
        text
        for text, _, _ in _summary(
            "According to the inspectors, a third of the hostels, mostly in the north, had no "
            "fire escape."
        )
    ] == ["a third of the hostels, mostly in the north, had no fire escape"]


@pytest.mark.parametrize(
    ("sentence", "claim", "cue"),
    [
        ("It is understood the club has turned down two offers for the striker.",
         "the club has turned down two offers for the striker", "understood"),
        ("It is believed the tender was worth £12m.", "the tender was worth £12m", "believed"),
        ("It is thought the former coach will return as an adviser.",
         "the former coach will return as an adviser", "thought"),
    ],
)  # fmt: skip
def test_it_is_understood_without_that_is_a_hedged_report(
    sentence: str, claim: str, cue: str
) -> None:
    claims = extract(ARTICLE.format(sentence)).claims
    assert [(c.text, c.cue.text if c.cue else None) for c in claims] == [(claim, cue)]
    assert "hedged" in claims[0].flags


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker", "cue"),
    [
        ("The Times understands the chancellor will delay the budget.",
         "the chancellor will delay the budget", "The Times", "understands"),
        ("ITV News has learned the health secretary is preparing to resign.",
         "the health secretary is preparing to resign", "ITV News", "learned"),
    ],
)  # fmt: skip
def test_an_outlet_understands_or_has_learned_a_clause(
    sentence: str, claim: str, speaker: str, cue: str
) -> None:
    assert _summary(sentence) == [(claim, speaker, cue)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The apprentices learned a great deal from the visit.",
        "Officials understand the worries of residents.",
    ],
)
def test_understand_or_learn_before_a_noun_reports_nothing(sentence: str) -> None:
    # (a guard for "understands"; "learned" was no cue before)
    assert _summary(sentence) == [(sentence.rstrip("."), None, None)]


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        ("A 2022 report by the state auditor found that a third of the grants were never "
         "checked.", "a third of the grants were never checked",
         "A 2022 report by the state auditor"),
        # (a guard: "survey" is no cue, so this was read before)
        ("The 2019 survey from the housing charity showed that rents had doubled.",
         "rents had doubled", "The 2019 survey from the housing charity"),
    ],
)  # fmt: skip
def test_a_work_dated_by_its_year_is_the_speaker(sentence: str, claim: str, speaker: str) -> None:
    assert speakers_of(ARTICLE.format(sentence)).get(claim) == speaker


def test_a_denial_with_its_spokesman_after_it_ends_before_the_tag() -> None:
    claims = extract(
        ARTICLE.format("The haulier denies any wrongdoing, a spokeswoman said.")
    ).claims
    assert [(c.text, c.source.text if c.source else None, c.kind) for c in claims] == [
        ("any wrongdoing", "The haulier", "denial")
    ]


def test_denying_wrongdoing_answers_no_claim_that_accuses_nobody() -> None:
    text = ARTICLE.format(
        "Freight volumes fell 6% last year, the port authority said. The haulier denies "
        "any wrongdoing."
    )
    assert relations(text) == []


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker", "cue"),
    [
        ("Ministers relied on an analysis by the Treasury published in March, which "
         "estimated that the levy would raise £900m a year.",
         "the levy would raise £900m a year", "an analysis by the Treasury", "estimated"),
        ("The town commissioned a survey by geologists in 2019, which found that the cliff "
         "was retreating a metre a year.",
         "the cliff was retreating a metre a year", "a survey by geologists", "found"),
        ("The board ordered a review by outside auditors, which concluded that the fund had "
         "been mismanaged.",
         "the fund had been mismanaged", "a review by outside auditors", "concluded"),
    ],
)  # fmt: skip
def test_a_work_with_its_author_then_which_found_speaks(
    sentence: str, claim: str, speaker: str, cue: str
) -> None:
    assert (claim, speaker, cue) in _summary(sentence)


def test_which_found_after_no_work_gives_no_speaker() -> None:
    # (a guard: the charity did not find what the auditors found)
    sentence = (
        "Inspectors examined the books of the charity, which found that it had overstated "
        "its income by 12%."
    )
    assert _summary(sentence) == [(sentence.rstrip("."), None, None)]


def _resolved(text: str) -> dict[str, str | None]:
    return {
        claim.text: (claim.source.resolved.text if claim.source and claim.source.resolved else None)
        for claim in extract(text).claims
    }


@pytest.mark.parametrize(
    ("named", "other", "anaphor"),
    [
        ("The Unite union", "The Port Employers Group", "The union"),
        ("Harbury Rovers football club", "UEFA", "The club"),
        # (a guard: a broadcaster was no union's antecedent before either)
        ("The National Union of Journalists", "Channel Five", "The union"),
    ],
)
def test_a_body_described_by_its_kind_is_not_another_body_that_spoke_before(
    named: str, other: str, anaphor: str
) -> None:
    text = ARTICLE.format(
        f"{named} called a ballot on Friday. {other} said the dispute would cost £3m. "
        f"{anaphor} said the figure was wrong."
    )
    resolved = _resolved(text)
    assert resolved.get("the figure was wrong") is None, resolved


def test_a_body_described_by_its_kind_still_resolves_to_the_one_that_spoke() -> None:
    # (a guard: the union that spoke before is the union)
    text = ARTICLE.format(
        "The Unite union said members had voted to strike. The port said the strike would "
        "cost £3m. The union said the figure was exaggerated."
    )
    assert _resolved(text).get("the figure was exaggerated") == "The Unite union"


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker", "cue"),
    [
        ("The surveyors, working for the harbour board, inspected 30 moorings and reported "
         "that nine were unsafe.", "nine were unsafe", "The surveyors", "reported"),
        ("The auditors, led by a former judge, examined two years of accounts, but admitted "
         "that some records were missing.", "some records were missing", "The auditors",
         "admitted"),
        ("A spokeswoman pointed to bus routes that have been restored and said services "
         "were improving.", "services were improving", "A spokeswoman", "said"),
    ],
)  # fmt: skip
def test_the_subject_of_a_first_verb_speaks_the_second(
    sentence: str, claim: str, speaker: str, cue: str
) -> None:
    assert (claim, speaker, cue) in _summary(sentence)


def test_declining_then_but_said_is_read_as_with_and() -> None:
    sentence = "The ministry declined to give figures{} said the scheme was working."
    assert _summary(sentence.format(", but")) == _summary(sentence.format(" and"))
    assert ("the scheme was working", "The ministry", "said") in _summary(sentence.format(", but"))


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor said little during the two-hour hearing.",
        "The club's owner said nothing about the missing payments.",
    ],
)
def test_said_little_or_nothing_reports_no_claim(sentence: str) -> None:
    assert _summary(sentence) == [(sentence.rstrip("."), None, None)]


def test_said_nothing_before_a_clause_reports_it() -> None:
    # (a guard: "nothing had changed" is what was said)
    assert _summary("The mayor said nothing had changed since the flood.") == [
        ("nothing had changed since the flood", "The mayor", "said")
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        ("Heat stress lowers yields in maize, earlier studies have suggested.",
         "Heat stress lowers yields in maize", "earlier studies"),
        ("Bus use fell fastest in small towns, earlier research has found.",
         "Bus use fell fastest in small towns", "earlier research"),
    ],
)  # fmt: skip
def test_earlier_studies_as_a_trailing_speaker(sentence: str, claim: str, speaker: str) -> None:
    assert speakers_of(ARTICLE.format(sentence)).get(claim) == speaker


def test_earlier_opening_a_sentence_is_when() -> None:
    # (a guard: "Earlier officials said" is "earlier, officials said")
    assert _summary("Earlier officials said the bridge would reopen.") == [
        ("the bridge would reopen", "officials", "said")
    ]


@pytest.mark.parametrize(
    "sentence",
    ["Heat stress lowers wheat yields in the south.", "Storm warning is lifted for the coast."],
)
def test_a_cue_word_in_a_noun_compound_is_no_cue(sentence: str) -> None:
    assert _summary(sentence) == [(sentence.rstrip("."), None, None)]


def test_the_base_form_after_a_plural_or_a_pronoun_is_still_a_cue() -> None:
    # (a guard: "Officials say", "I say")
    assert _summary("Officials say prices rise every winter. I say it is wrong.") == [
        ("prices rise every winter", "Officials", "say"),
        ("it is wrong", "I", "say"),
    ]


def test_who_asks_a_quoted_question_speaks_the_quotation_after_it() -> None:
    text = ARTICLE.format(
        'The minister said the plan was lawful. "How can that be fair to tenants?" Judge '
        'Rhea Banner asked the minister\'s lawyer. "It is a rent rise by another name."'
    )
    claims = summary(text)
    assert [(claim, source) for claim, source, _ in claims] == [
        ("the plan was lawful", "The minister"),
        ("It is a rent rise by another name", "Judge Rhea Banner"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "About 12% of trial participants reported headaches, and 3% reported nausea.",
        "Some 40 percent of residents reported sore throats after the fire.",
    ],
)
def test_a_share_of_people_reporting_symptoms_is_a_statistic_not_a_speaker(
    sentence: str,
) -> None:
    claims = extract(ARTICLE.format(sentence)).claims
    assert [(c.text, c.source) for c in claims] == [(sentence.rstrip("."), None)]
    assert "statistic" in claims[0].flags


@pytest.mark.parametrize(
    ("sentence", "statistic"),
    [
        ("Demand should recover in the back half of the year.", False),
        ("Neighbours called 999 when the smoke appeared.", False),
        ("Callers to 911 described a man with a rifle.", False),
        ("The hospital treated 999 patients in a week.", True),  # (a guard)
    ],
)
def test_figures_that_count_nothing(sentence: str, statistic: bool) -> None:
    claims = extract(ARTICLE.format(sentence)).claims
    assert ("statistic" in claims[0].flags) is statistic


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        ("Its biggest investor, the pension fund Nordkap, said the bid undervalued the firm.",
         "the bid undervalued the firm", "Its biggest investor, the pension fund Nordkap"),
        ("A second union, the drivers' group Aslef, said the talks had collapsed.",
         "the talks had collapsed", "A second union, the drivers' group Aslef"),
    ],
)  # fmt: skip
def test_a_role_then_who_holds_it_speaks_together(sentence: str, claim: str, speaker: str) -> None:
    assert speakers_of(ARTICLE.format(sentence)).get(claim) == speaker


def test_a_name_then_its_description_speaks_by_its_name() -> None:
    # (a guard: the description after a name is no part of the speaker)
    assert speakers_of(
        ARTICLE.format("Maria Lund, the chief executive of Nordkap, said the bid was fair.")
    ) == {"the bid was fair": "Maria Lund"}


def test_some_of_an_anonymous_group_stay_anonymous() -> None:
    claims = extract(
        ARTICLE.format(
            "Four officials, who spoke on condition of anonymity, said the audit was "
            "delayed. Two of them said the auditors had been told to wait."
        )
    ).claims
    assert [("anonymous_source" in claim.flags) for claim in claims] == [True, True]


def test_some_of_a_named_group_are_not_anonymous() -> None:
    # (a guard: only after an anonymous source)
    claims = extract(
        ARTICLE.format(
            "The four auditors said the audit was delayed. Two of them said they had been "
            "told to wait."
        )
    ).claims
    assert not any("anonymous_source" in claim.flags for claim in claims)


@pytest.mark.parametrize(
    "sentence",
    [
        "About 4,100 homes are at risk of flooding, 900 more than its previous estimate.",
        "Turnout was 61%, well short of the official forecast.",
    ],
)
def test_a_cue_word_as_the_noun_ending_a_sentence_is_no_speaker(sentence: str) -> None:
    claims = _summary(sentence)
    assert [(text, source) for text, source, _ in claims] == [(sentence.rstrip("."), None)]


def test_a_participle_like_its_base_form_after_have_still_reports() -> None:
    # (a guard: "read" after "have" is the participle, a tag's cue)
    assert _summary("Prices will fall next year, I have read.")[0][1:] == ("I", "read")


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("The operator disputed that comparison.", "that comparison"),
        # (a guard: with a phrase after the noun, this was read before)
        ("The board rejected that account of the meeting.", "that account of the meeting"),
        # (a guard: "that" before a determiner opens a clause)
        ("The board denied that any decision on closures had been taken.",
         "any decision on closures had been taken"),
    ],
)  # fmt: skip
def test_that_after_a_denial_before_a_bare_noun_is_its_determiner(
    sentence: str, claim: str
) -> None:
    assert [text for text, _, _ in _summary(sentence)] == [claim]


def test_they_after_one_unnamed_person_is_that_person() -> None:
    text = ARTICLE.format(
        "The port authority said the inquiry would report in June.\n\n"
        "One dock worker, who asked not to be named, said the cranes had failed twice. "
        '"Nobody listened to us," they said.'
    )
    resolved = _resolved(text)
    assert resolved["Nobody listened to us"] == "One dock worker"


def test_they_after_a_body_is_still_the_body() -> None:
    # (a guard: "they" for a body named just before)
    text = ARTICLE.format(
        "One dock worker said the cranes had failed twice. The port authority said the "
        'inquiry would report in June. "It will be thorough," they added.'
    )
    assert _resolved(text)["It will be thorough"] == "The port authority"


LIVE_PAGE = (
    "Floods live: the river peaks in Yarrow\n\n"
    "09:15 GMT\n\n"
    "The water agency said 40 homes had flooded overnight.\n\n"
    "{}\n"
)


@pytest.mark.parametrize(
    ("entry", "claims"),
    [
        ("Update: The weather service has extended its flood warning until Sunday evening.",
         ["The weather service has extended its flood warning until Sunday evening"]),
        ("Correction: An earlier version of this post said 40 homes had flooded. The council "
         "now says 25 homes were affected.",
         ["40 homes had flooded", "25 homes were affected"]),
        ("Clarification: The mayor told reporters that the bridge was shut as a precaution.",
         ["the bridge was shut as a precaution"]),
    ],
)  # fmt: skip
def test_a_live_page_update_or_correction_tells_news(entry: str, claims: list[str]) -> None:
    found = _texts(LIVE_PAGE.format(entry))
    assert found[1:] == claims, found


def test_a_correction_only_about_the_article_is_furniture() -> None:
    # (a guard: a note on the article itself)
    found = _texts(
        LIVE_PAGE.format("Correction: An earlier version of this story misstated the date.")
    )
    assert found == ["40 homes had flooded overnight"]


def test_the_items_of_a_key_facts_list_are_claims() -> None:
    found = _texts(
        LIVE_PAGE.format(
            "Key facts:\n\n"
            "- At least four dead, nine in hospital, one missing\n"
            "- Rail operator suspends all services\n"
            "- Cause of the collapse not yet known\n\n"
            "Here is what we know so far."
        )
    )
    assert found[1:] == [
        "At least four dead, nine in hospital, one missing",
        "Rail operator suspends all services",
        "Cause of the collapse not yet known",
    ]


def test_a_list_of_links_is_no_claim() -> None:
    # (a guard: a menu's entries name no fact)
    found = _texts(LIVE_PAGE.format("- Floods in Yarrow: the toll\n- Weather: the week ahead"))
    assert found == ["40 homes had flooded overnight"]


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        ("Sweden's central bank held its main rate at 2.5% on Thursday, saying that inflation "
         "had eased.", "inflation had eased", "Sweden's central bank"),
        ("Chile's national statistics office cut its growth estimate, saying copper "
         "exports had weakened.", "copper exports had weakened",
         "Chile's national statistics office"),
    ],
)  # fmt: skip
def test_a_possessive_name_and_its_nouns_speak_the_participle(
    sentence: str, claim: str, speaker: str
) -> None:
    assert speakers_of(ARTICLE.format(sentence)).get(claim) == speaker


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        ("Provincial authorities gave a higher death toll of 61.",
         "a higher death toll of 61", "Provincial authorities"),
        ("The army gave a lower figure of 18 dead.", "a lower figure of 18 dead", "The army"),
    ],
)  # fmt: skip
def test_gave_a_toll_of_a_figure_reports_it(sentence: str, claim: str, speaker: str) -> None:
    assert (claim, speaker, "gave") in _summary(sentence)


def test_attributed_a_cause_reports_it() -> None:
    assert _summary("Investigators attributed the derailment to a cracked rail.") == [
        ("the derailment to a cracked rail", "Investigators", "attributed")
    ]


@pytest.mark.parametrize(
    "sentence",
    ["Remarks attributed to the minister caused a row.", "The saying was attributed to Twain."],
)
def test_attributed_to_someone_reports_nothing(sentence: str) -> None:
    # (a guard: words attributed to a person are no one's claim here)
    assert _summary(sentence) == [(sentence.rstrip("."), None, None)]


def test_an_afp_dateline_with_country_and_date_is_furniture() -> None:
    result = extract(
        "Clashes in the north\n\n"
        "BAMAKO, Mali, March 2, 2025 (AFP) - At least nine people were killed in clashes "
        "on Sunday, a rights group said.\n"
    )
    assert [claim.text for claim in result.claims] == [
        "At least nine people were killed in clashes on Sunday"
    ]
    assert result.metadata.dateline == "BAMAKO, Mali, March 2, 2025"


def test_a_city_before_its_state_based_company_is_one_speaker() -> None:
    assert _summary(
        "Quarterly revenue rose to $210 million, the Austin, Texas-based company said."
    ) == [("Quarterly revenue rose to $210 million", "the Austin, Texas-based company", "said")]


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        ("The coach always said the squad was too small.", "the squad was too small",
         "The coach"),
        ("She said afterwards she had been exhausted.", "she had been exhausted", "She"),
        ("He said repeatedly on Monday that the budget was balanced.",
         "the budget was balanced", "He"),
    ],
)  # fmt: skip
def test_adverbs_of_when_and_how_often_around_the_cue(
    sentence: str, claim: str, speaker: str
) -> None:
    assert (claim, speaker, "said") in _summary(sentence)


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker", "cue"),
    [
        ('Asked about the red card, Morley was brief: "I have not seen it again."',
         "I have not seen it again", "Morley", "was"),
        ('The goalkeeper shrugged: "We lost. That is football."',
         "We lost. That is football", "The goalkeeper", "shrugged"),
    ],
)  # fmt: skip
def test_a_quotation_after_a_colon_framed_by_a_setting_or_a_gesture(
    sentence: str, claim: str, speaker: str, cue: str
) -> None:
    assert (claim, speaker, cue) in _summary(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor declared an emergency, freeing up state funds for shelters.",
        "Council estimates are not published for individual wards.",
        "The most common reported symptoms were fever and cough.",
        "Officials have not yet said what caused the blast.",
    ],
)
def test_words_like_cues_that_report_nothing(sentence: str) -> None:
    assert _summary(sentence) == [(sentence.rstrip("."), None, None)]


def test_a_question_about_who_spoke_is_no_claim() -> None:
    assert _summary("Who claimed the ferry was unsafe?") == []


def test_it_is_understood_before_those() -> None:
    assert _summary("It is understood those plans will be published in May.") == [
        ("those plans will be published in May", None, "understood")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Messages spreading on WhatsApp, Telegram and TikTok claim the banks will close.",
         "Messages spreading on WhatsApp, Telegram and TikTok"),
        ("Prices fell on Monday, Smith and Jones said.", "Smith and Jones"),  # (a guard)
    ],
)  # fmt: skip
def test_a_list_of_names_after_a_preposition_belongs_to_its_noun(
    sentence: str, speaker: str
) -> None:
    assert [source for _, source, _ in _summary(sentence)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ("The samples, she believes, could show how fast the lake is warming.", "she",
         "believes"),
        ("The quarry, the company estimates, holds 30 million tonnes of granite.",
         "the company", "estimates"),
        ("The drought, he argues, was made worse by the dams.", "he", "argues"),  # (a guard)
    ],
)  # fmt: skip
def test_a_speaker_and_cue_set_off_inside_the_claim(sentence: str, speaker: str, cue: str) -> None:
    assert _summary(sentence) == [(sentence.rstrip("."), speaker, cue)]


def test_a_pronoun_is_never_resolved_to_another_pronoun() -> None:
    # (a guard for the set-off speaker above: before it, the first "she" spoke no claim, so
    # there was no pronoun claimant to resolve the second one to)
    text = ARTICLE.format(
        "The samples, she believes, could show how fast the lake is warming. The drought, "
        "she argues, was made worse by the dams."
    )
    assert set(_resolved(text).values()) == {None}


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker", "cue"),
    [
        ("The club continued to insist that the fee was far lower.", "the fee was far lower",
         "The club", "insist"),
        ("Some economists have begun to argue that the rate rise came too late.",
         "the rate rise came too late", "Some economists", "argue"),
        ("Ann Moss, who coached him as a boy, once described him as the fastest player she "
         "had seen.", "him as the fastest player she had seen", "Ann Moss", "described"),
    ],
)  # fmt: skip
def test_a_cue_after_continued_to_or_once(
    sentence: str, claim: str, speaker: str, cue: str
) -> None:
    assert (claim, speaker, cue) in _summary(sentence)


def test_declined_to_say_reports_nothing() -> None:
    # (a guard: an infinitive after "declined" is still no report)
    assert _summary("The club declined to say whether the fee was lower.") == [
        ("The club declined to say whether the fee was lower", None, None)
    ]


@pytest.mark.parametrize(
    ("sentence", "first", "second", "speaker"),
    [
        ("The match drew an estimated 38,000 fans, a figure the club described as a record.",
         "The match drew an estimated 38,000 fans",
         "a figure the club described as a record", "the club"),
        ("Ticket sales reached 2.1 million, a number the promoters called their best yet.",
         "Ticket sales reached 2.1 million",
         "a number the promoters called their best yet", "the promoters"),
    ],
)  # fmt: skip
def test_a_figure_someone_described_after_the_claim_is_theirs(
    sentence: str, first: str, second: str, speaker: str
) -> None:
    assert [(text, source) for text, source, _ in _summary(sentence)] == [
        (first, None),
        (second, speaker),
    ]


def test_a_figure_someone_called_false_is_still_their_denial() -> None:
    # (a guard: the denial reading stands)
    claims = extract(
        ARTICLE.format("The club reported a loss of £48m, a number the fans' trust called false.")
    ).claims
    assert [(c.text, c.kind) for c in claims][-1] == ("a number", "denial")


def test_x_says_y_according_to_figures_up_from_an_earlier_one() -> None:
    assert _summary(
        "The election commission says turnout was 68.2%, according to provisional figures, "
        "up from 61.5% in 2020."
    ) == [
        (
            "turnout was 68.2%, according to provisional figures, up from 61.5% in 2020",
            "The election commission",
            "says",
        )
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker", "cue"),
    [
        ("Bank records introduced as evidence showed that the payments stopped in May.",
         "the payments stopped in May", "Bank records introduced as evidence", "showed"),
        ("The jury was told that the van had been stolen a week earlier.",
         "the van had been stolen a week earlier", "The jury", "told"),
        ("MPs were told on Tuesday that the hospital would stay open.",
         "the hospital would stay open", "MPs", "told"),
    ],
)  # fmt: skip
def test_evidence_and_what_a_court_was_told(
    sentence: str, claim: str, speaker: str, cue: str
) -> None:
    assert _summary(sentence) == [(claim, speaker, cue)]


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker", "cue"),
    [
        ('"The dam will burst tonight. Leave now," says one message forwarded thousands of '
         "times.", "The dam will burst tonight. Leave now", "one message", "says"),
        ('"The water is poisoned. Boil everything," reads one post shared 9,000 times.',
         "The water is poisoned. Boil everything", "one post", "reads"),
    ],
)  # fmt: skip
def test_a_post_that_spread_speaks_its_quotation(
    sentence: str, claim: str, speaker: str, cue: str
) -> None:
    assert _summary(sentence) == [(claim, speaker, cue)]


def test_a_fact_checks_rating_and_credit_are_furniture() -> None:
    text = (
        "Fact check: Did burglaries double in Hatherley?\n\n"
        "A viral post claims that burglaries in Hatherley have doubled since 2020.\n\n"
        "Police data show 212 burglaries in 2024, against 198 in 2020.\n\n"
        "VERDICT\n\n"
        "Misleading.\n\n"
        "This article was produced by the Reuters Fact Check team.\n"
    )
    assert _texts(text) == [
        "burglaries in Hatherley have doubled since 2020",
        # (what the police data show: "data show" reads as a plural's verb since the
        # seventeenth session)
        "212 burglaries in 2024, against 198 in 2020",
    ]


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("Mr Tarrant was believed to be 91, although neighbours said he had kept his age "
         "a secret.", "Mr Tarrant was believed to be 91"),
        ("Prices were rising, although officials said inflation was slowing.",
         "Prices were rising"),
    ],
)  # fmt: skip
def test_the_main_clause_before_although_someone_said_is_the_reporters(
    sentence: str, first: str
) -> None:
    claims = _summary(sentence)
    assert claims[0] == (first, None, None)
    assert len(claims) == 2 and claims[1][2] == "said"


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks could resume next week, although neither side would confirm this.",
        "The line will close for a month, although the rail operator would not confirm it.",
        "His claim, never confirmed, was that he had rowed the Atlantic alone.",
        "The tally is a figure that historians have found difficult to verify.",
    ],
)
def test_unverified_in_other_words(sentence: str) -> None:
    claims = extract(ARTICLE.format(sentence)).claims
    assert "unverified" in claims[0].flags


def test_a_pronoun_opening_a_sentence_is_the_subject_before_it() -> None:
    text = ARTICLE.format(
        "Joan Hale, 61, is accused of fraud over the estate of 88-year-old Ivor Pask at "
        "Ashby Court. She denies the charge."
    )
    assert _resolved(text)["the charge"] == "Joan Hale"


def test_a_help_line_and_a_live_hosts_greeting_are_furniture() -> None:
    found = _texts(
        LIVE_PAGE.format(
            "If you have been affected by the issues raised in this story, you can contact "
            "the helpline.\n\n"
            "I'm Tom Reyes and I'll be bringing you the latest on the floods today."
        )
    )
    assert found == ["40 homes had flooded overnight"]


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("His injuries are not thought to be life-threatening.", "hedged"),
        ('"They came at night," said the woman, who did not want her name published.',
         "anonymous_source"),
    ],
)  # fmt: skip
def test_flags_in_other_words(text: str, flag: str) -> None:
    assert flag in extract(ARTICLE.format(text)).claims[0].flags


def test_one_of_an_anonymous_group_named_by_a_number_stays_anonymous() -> None:
    claims = extract(
        ARTICLE.format(
            "Two council members, speaking on condition of anonymity, said the budget would be "
            "cut. One said the council had been warned in May."
        )
    ).claims
    assert ["anonymous_source" in claim.flags for claim in claims] == [True, True]


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker", "cue"),
    [
        ("The goalkeeper felt the referee should have stopped the game.",
         "the referee should have stopped the game", "The goalkeeper", "felt"),
        ("The coach believed his players had been treated unfairly.",
         "his players had been treated unfairly", "The coach", "believed"),
        ("The grain council projects a global surplus of 12 million tonnes this season.",
         "a global surplus of 12 million tonnes this season", "The grain council", "projects"),
    ],
)  # fmt: skip
def test_felt_believed_and_projects_report(
    sentence: str, claim: str, speaker: str, cue: str
) -> None:
    assert _summary(sentence) == [(claim, speaker, cue)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He was believed to be 89.",
        "She felt sick after the race.",
        "Two road projects worth £40m were delayed.",
    ],
)
def test_felt_believed_and_projects_that_report_nothing(sentence: str) -> None:
    # (guards: no clause after the belief, "projects" a noun)
    assert [source for _, source, _ in _summary(sentence)] == [None]


def test_a_one_sentence_paragraph_with_a_figure_and_a_cue_is_no_caption() -> None:
    found = _texts(LIVE_PAGE.format("The central bank projects inflation of 2.4% by December."))
    assert found == ["40 homes had flooded overnight", "inflation of 2.4% by December"]


def test_with_a_share_reporting_a_symptom_stays_the_trials() -> None:
    sentence = (
        "Side effects were mostly mild, the trial found, with about a fifth of volunteers "
        "reporting pain at the injection site."
    )
    # (a claim of its own since the twentieth session, still the trial's)
    assert _summary(sentence) == [
        ("Side effects were mostly mild", "the trial", "found"),
        ("about a fifth of volunteers reporting pain at the injection site", "the trial", "found"),
    ]


@pytest.mark.parametrize(
    ("sentence", "claim", "speaker"),
    [
        ("But a market trader, 47-year-old Ruth Amos from Otley, told the BBC that sales had "
         "halved.", "sales had halved", "a market trader, 47-year-old Ruth Amos from Otley"),
        ("However, one commuter, 34-year-old Dean Hale, told the BBC he had waited two hours.",
         "he had waited two hours", "34-year-old Dean Hale"),
    ],
)  # fmt: skip
def test_an_aged_name_after_a_role_speaks(sentence: str, claim: str, speaker: str) -> None:
    assert speakers_of(ARTICLE.format(sentence)).get(claim) == speaker


def test_an_estimate_inside_what_someone_noted_is_theirs() -> None:
    assert _summary(
        "Judge Ortiz noted that the city's own engineer had estimated the repairs at $4 million."
    ) == [
        (
            "the city's own engineer had estimated the repairs at $4 million",
            "Judge Ortiz",
            "noted",
        )
    ]


def test_a_live_blog_reader_and_where_they_write_from() -> None:
    found = summary(
        LIVE_PAGE.format(
            'Aoife, in Galway, writes: "The river is over the quay. Our cellar has flooded."'
        )
    )
    assert found[-1] == (
        "The river is over the quay. Our cellar has flooded",
        "Aoife",
        "writes",
    )


def test_an_emergency_number_after_the_is_a_count_when_it_counts() -> None:
    # (a guard: "the 112 passengers" counts people; "a 911 call" rings a number)
    claims = extract(
        ARTICLE.format("The 112 passengers were rescued. A 911 call came at noon.")
    ).claims
    assert [("statistic" in claim.flags) for claim in claims] == [True, False]
