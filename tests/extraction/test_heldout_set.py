"""Validate the held-out extraction set in tests/extraction/heldout (no Django, no extractor).

The checks are the gold set's own (tests/extraction/test_gold_set.py), called on the held-out
articles through the module object so that pytest does not collect the gold tests twice.
"""

from __future__ import annotations

import pytest
import test_gold_set as gold
from annotated_sets import (
    GOLD_CHECKS,
    HERE,
    load_articles,
    minimum_pattern_counts,
    missing_patterns,
)

HELDOUT_DIRECTORY = HERE / "heldout"
ARTICLES = load_articles(HELDOUT_DIRECTORY)
ARTICLE_IDS = [article.name for article in ARTICLES]


def test_five_articles_each_with_text_and_annotation_and_none_from_the_gold_set():
    assert len(ARTICLES) == 5
    text_names = {path.stem for path in HELDOUT_DIRECTORY.glob("*.txt")}
    assert text_names == set(ARTICLE_IDS)
    gold_texts = {article.text for article in gold.ARTICLES}
    assert not set(ARTICLE_IDS) & set(gold.ARTICLE_IDS)
    assert not {article.text for article in ARTICLES} & gold_texts
    assert (HELDOUT_DIRECTORY / "README.md").exists()


@pytest.mark.parametrize("check", GOLD_CHECKS, ids=lambda check: check.__name__)
@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_gold_set_checks(article: gold.Article, check):
    check(article)


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_article_length_within_the_brief(article: gold.Article):
    assert 350 <= len(article.text.split()) <= 600


def test_pattern_coverage():
    assert not missing_patterns(ARTICLES, minimum_pattern_counts(relations_each=3))
