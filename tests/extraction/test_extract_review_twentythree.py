"""Constructions found by the twenty-third session's blind hunts (Wikinews-style interviews and
reporting, arts and culture, human rights and asylum, space agencies and diplomacy), on
sentences written for these tests."""

from __future__ import annotations

import pytest
from claim_views import summary

ARTICLE = "Title of the report\n\n{}\n"


MARKED_QUESTIONS = """Wikinews interviews glassblower Petra Lind

Friday, May 2, 2025

Wikinews spoke with glassblower Petra Lind about her studio on the harbour at Ystad.

{mark} How did you start?

By accident. I broke a vase in a shop and the owner made me sweep the workshop for a month.

{mark} Is the studio busy?

We sold 300 bowls last summer. Most buyers are tourists.

{mark} What comes next?

A second furnace, if the bank agrees.
"""


@pytest.mark.parametrize("mark", ["((WN))", "((Wikinews))", "Q:", "WN:"])
def test_answers_after_marked_questions_are_the_interviewees(mark: str) -> None:
    """Only the interviewer's turns carry a mark ("((WN))", "Q:"): the unlabelled paragraph
    after each is the interviewee's answer, not the interviewer's (it had been "WN"'s, or
    no one's after "Q:"), and the questions are no claims."""
    found = summary(MARKED_QUESTIONS.format(mark=mark))
    answers = {claim: source for claim, source, _ in found if source is not None}
    assert answers["We sold 300 bowls last summer"] == "Petra Lind"
    assert answers["A second furnace, if the bank agrees"] == "Petra Lind"
    assert not any("?" in claim for claim, _, _ in found)
    assert {source for _, source, _ in found} <= {None, "Petra Lind"}
