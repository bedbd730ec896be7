"""Property tests: on any text, extraction never fails unexpectedly and spans are exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction import ExtractionError, ExtractionResult, extract

FRAGMENTS = [
    "The minister said",
    "police said.",
    ", according to the UN",
    "According to officials,",
    '"We will win," she said.',
    '"It was a bomb.',
    "He told reporters that",
    "The government denied using cluster bombs",
    "which could not be independently verified",
    "who spoke on condition of anonymity",
    "70,000 people",
    "Gen. Khalluf",
    "U.S. officials",
    "at 10 a.m.",
    "J. R. R. Tolkien",
    "2.5 percent",
    "Home / World / Europe",
    "By Jane Doe | The Herald | Updated: 2024-05-02 10:15",
    "AFP-AP",
    "Editor's picks",
    "Advertisement",
    "rejected the accusation.",
    ", and added that",
    "the judges observed",
    "It said",
    "The company",
    "“",
    "”",
    "‘",
    "(",
    ")",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    ":",
    "?",
    "—",
]

news_like = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40).map("".join)
joined_with_spaces = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=40).map(" ".join)


def check_spans(text: str, result: ExtractionResult) -> None:
    assert result.text == text
    for index, claim in enumerate(result.claims):
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        assert any(character.isalnum() for character in claim.text), claim  # something said
        assert 0 <= claim.sentence.start < claim.sentence.end <= len(text)
        assert text[claim.sentence.start : claim.sentence.end] == claim.sentence.text
        for span in (claim.source, claim.cue):
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start : span.end] == span.text
        if claim.source is not None and claim.source.resolved is not None:
            resolved = claim.source.resolved
            assert text[resolved.start : resolved.end] == resolved.text
        assert 0.0 <= claim.checkworthiness <= 1.0
        for relation in claim.relations:
            assert 0 <= relation.target < len(result.claims)
            assert relation.target != index
    for span in result.metadata.furniture:
        assert text[span.start : span.end] == span.text
    result.to_dict()


def run(text: str) -> None:
    try:
        result = extract(text)
    except ExtractionError as error:
        # Only refusals of input that is not an article are allowed.
        message = str(error)
        assert any(
            word in message for word in ("empty", "whitespace", "binary", "furniture", "text")
        ), message
        return
    check_spans(text, result)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_gives_exact_spans_or_a_readable_refusal(text: str) -> None:
    run(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(news_like, joined_with_spaces))
def test_news_like_text_gives_exact_spans(text: str) -> None:
    run(text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1))
def test_whitespace_only_and_empty_are_refused(text: str) -> None:
    if text.strip():
        return
    try:
        extract(text)
    except ExtractionError:
        return
    raise AssertionError("whitespace was accepted")
