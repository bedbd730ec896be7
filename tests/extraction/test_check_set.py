"""Validate the check set in tests/extraction/check (no Django, no extractor): a second set for
measuring on unseen reporting, written after the development sets by someone who had not read
the extractor. Its texts are compared with the other sets', never printed.
"""

from __future__ import annotations

import pytest
import test_dev_set as development
import test_gold_set as gold
from annotated_sets import (
    GOLD_CHECKS,
    HERE,
    load_articles,
    minimum_pattern_counts,
    missing_patterns,
    read_text,
)

CHECK_DIRECTORY = HERE / "check"
ARTICLES = load_articles(CHECK_DIRECTORY)
ARTICLE_IDS = [article.name for article in ARTICLES]


def test_six_articles_none_from_another_set():
    assert len(ARTICLES) == 6
    assert {path.stem for path in CHECK_DIRECTORY.glob("*.txt")} == set(ARTICLE_IDS)
    assert (CHECK_DIRECTORY / "README.md").exists()
    texts = {article.text for article in ARTICLES}
    others = [*gold.ARTICLES, *development.ARTICLES]
    assert not set(ARTICLE_IDS) & {article.name for article in others}
    assert not texts & {article.text for article in others}
    assert not texts & {read_text(path) for path in (HERE / "heldout").glob("*.txt")}


@pytest.mark.parametrize("check", GOLD_CHECKS, ids=lambda check: check.__name__)
@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_gold_set_checks(article: gold.Article, check):
    check(article)


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_article_length_within_the_brief(article: gold.Article):
    assert 350 <= len(article.text.split()) <= 600


def test_pattern_coverage():
    assert not missing_patterns(ARTICLES, minimum_pattern_counts(relations_each=8))
