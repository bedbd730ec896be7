"""Constructions of published news the thirteenth session found mishandled, each pinned by
sentences written for it here (not taken from any set)."""

from __future__ import annotations

import pytest
from claim_views import summary

from claims.extraction import extract


@pytest.mark.parametrize(
    ("text", "statistic"),
    [
        ("The operator said the 5G rollout had begun in the capital.", False),
        ("Pupils now design parts on 3D printers, the head teacher said.", False),
        ("Each sachet holds 5g of salt, the manufacturer said.", True),
        ("The operator switched on 4G masts in 40 villages.", True),
    ],
)
def test_a_technology_generation_is_no_figure(text: str, statistic: bool) -> None:
    """'5G', '3D' name a technology: no statistic, where '5g' of salt is one (a unit written
    on since the twelfth session) and the 40 villages beside a '4G' still count."""
    (claim,) = extract(text).claims
    assert ("statistic" in claim.flags) is statistic


@pytest.mark.parametrize(
    ("text", "statistic"),
    [
        ("The delay happened for two reasons, the engineer said.", False),
        ("We face three problems with the new timetable, she told reporters.", False),
        ("Planners studied several scenarios for the harbour, the report said.", False),
        ("The board weighed 2 options before the vote, a director said.", False),
        ("The striker scored three goals in the final, the club said.", True),
        ("The mayor answered five questions from readers, the paper said.", True),
        ("The plan has two problems and will cost $4 million, the auditor said.", True),
    ],
)
def test_the_parts_of_an_argument_are_no_statistic(text: str, statistic: bool) -> None:
    """'for two reasons', 'three problems': what a speaker counts in arguing, no figure to
    check; goals and questions are counted as facts, and another figure still counts."""
    (claim,) = extract(text).claims
    assert ("statistic" in claim.flags) is statistic


def test_an_editors_note_inside_an_answer_is_the_publications() -> None:
    """'[Note: ...]' and '(Editor's note: ...)' inside an interviewee's answer are the
    publication's notes: their text without brackets and label, with no claimant (the whole
    note had been the interviewee's, brackets and all)."""
    text = (
        "Harbour council leader Mara Quist spoke to the Gazette about the new ferry link.\n\n"
        "Q: How many people use the ferry?\n\n"
        "A: About 4,000 people a day use it now. [Note: The figure was given before the winter "
        "timetable began.] We expect more in spring.\n\n"
        "Q: And the cost?\n\n"
        "A: It cost less than the bridge would have. (Editor's note: the council has not "
        "published the bridge estimate.)"
    )
    assert summary(text)[1:] == [
        ("About 4,000 people a day use it now", "Mara Quist", None),
        ("The figure was given before the winter timetable began", None, None),
        ("We expect more in spring", "Mara Quist", None),
        ("It cost less than the bridge would have", "Mara Quist", None),
        ("the council has not published the bridge estimate", None, None),
    ]
