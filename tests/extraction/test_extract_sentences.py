"""Sentence splitting: offsets, abbreviations, initials, numbers, quotes."""

from __future__ import annotations

import pytest

from claims.extraction.sentences import split_sentences


def sentences_of(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, [(0, len(text))])]


def test_it_splits_plain_sentences_with_exact_offsets() -> None:
    text = "The bridge fell. Twelve people died! Was it safe?"
    assert sentences_of(text) == ["The bridge fell.", "Twelve people died!", "Was it safe?"]


@pytest.mark.parametrize(
    "text",
    [
        "Gen. Mohammed Khalluf defected on Friday.",
        "Mr. Smith and Dr. Jones met in Jan. last year.",
        "J. R. R. Tolkien wrote the book.",
        "Prices rose 2.5 percent in the U.S. last month.",
        "The meeting starts at 10 a.m. on Monday.",
        "Inflation hit 3.4% in Feb. 2024, officials said.",
    ],
)
def test_abbreviations_initials_and_numbers_do_not_end_a_sentence(text: str) -> None:
    assert sentences_of(text) == [text]


def test_an_abbreviation_before_a_sentence_opener_ends_the_sentence() -> None:
    text = "He moved to the U.S. The next year he left."
    assert sentences_of(text) == ["He moved to the U.S.", "The next year he left."]


def test_a_sentence_ending_inside_a_quote_ends_after_the_quote() -> None:
    text = 'She said: "We will win." Then she left.'
    assert sentences_of(text) == ['She said: "We will win."', "Then she left."]


def test_a_question_in_quotes_followed_by_the_tag_is_one_sentence() -> None:
    text = '"Where are the kids supposed to go?" she asked. Nobody answered.'
    assert sentences_of(text) == [
        '"Where are the kids supposed to go?" she asked.',
        "Nobody answered.",
    ]


def test_curly_quotes_close_sentences_too() -> None:
    text = "“It was a bomb.” The police arrived."
    assert sentences_of(text) == ["“It was a bomb.”", "The police arrived."]


def test_sentences_never_cross_paragraphs() -> None:
    text = "First paragraph without a stop\nSecond paragraph."
    spans = split_sentences(text, [(0, 30), (31, len(text))])
    assert [(s.start, s.end, s.paragraph) for s in spans] == [(0, 30, 0), (31, len(text), 1)]
