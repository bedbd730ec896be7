"""The article text as the article page shows it: the headline line that repeats the title is
left out once, never a line that holds a claim, and never a line that differs from the title."""

from types import SimpleNamespace

from claims.highlighting import after_title, highlight

BODY = "Port strike ends after 9 days\n\nDOCKTON - The port strike ended on Friday, the union said."


def claim(start: int, end: int, **spans):
    fields = dict(claimant_start=None, claimant_end=None, cue_start=None, cue_end=None)
    return SimpleNamespace(start=start, end=end, **{**fields, **spans})


def shown(body: str, claims, title: str) -> str:
    runs = highlight(body, claims, begin=after_title(body, title, claims))
    return "".join(piece.text for run in runs for piece in run.pieces)


def test_the_title_line_is_shown_once():
    accord = claim(BODY.index("The port"), BODY.index(", the union"))
    assert shown(BODY, [accord], "Port strike ends after 9 days") == BODY[BODY.index("DOCKTON") :]
    # Spacing, case and a closing full stop do not make it another line.
    assert (
        shown(BODY, [accord], "  port strike ENDS after 9 days.") == BODY[BODY.index("DOCKTON") :]
    )


def test_a_first_line_that_is_not_the_title_stays():
    assert shown(BODY, [], "Dockers go back to work") == BODY
    assert shown(BODY, [], "") == BODY


def test_a_title_line_that_holds_a_claim_or_claimant_stays():
    in_headline = claim(BODY.index("Port"), BODY.index(" after"))
    assert shown(BODY, [in_headline], "Port strike ends after 9 days") == BODY
    claimant_there = claim(40, 60, claimant_start=0, claimant_end=4)
    assert shown(BODY, [claimant_there], "Port strike ends after 9 days") == BODY
