"""Validate the development extraction set in tests/extraction/dev (no Django, no extractor).

The checks are the gold set's own (tests/extraction/test_gold_set.py), called on the development
articles through the module object so that pytest does not collect the gold tests twice. The
held-out set is only compared by text, never printed.
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
    read_text,
)

DEV_DIRECTORY = HERE / "dev"
HELDOUT_DIRECTORY = HERE / "heldout"
ARTICLES = load_articles(DEV_DIRECTORY)
ARTICLE_IDS = [article.name for article in ARTICLES]


def test_six_articles_each_with_text_and_annotation_and_none_from_the_other_sets():
    assert len(ARTICLES) == 6
    text_names = {path.stem for path in DEV_DIRECTORY.glob("*.txt")}
    assert text_names == set(ARTICLE_IDS)
    assert (DEV_DIRECTORY / "README.md").exists()
    dev_texts = {article.text for article in ARTICLES}
    assert not set(ARTICLE_IDS) & set(gold.ARTICLE_IDS)
    assert not dev_texts & {article.text for article in gold.ARTICLES}
    heldout_paths = sorted(HELDOUT_DIRECTORY.glob("*.txt"))
    assert not set(ARTICLE_IDS) & {path.stem for path in heldout_paths}
    assert not dev_texts & {read_text(path) for path in heldout_paths}


@pytest.mark.parametrize("check", GOLD_CHECKS, ids=lambda check: check.__name__)
@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_gold_set_checks(article: gold.Article, check):
    check(article)


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_article_length_within_the_brief(article: gold.Article):
    assert 350 <= len(article.text.split()) <= 600


def source_of(claim: dict) -> str | None:
    name = claim.get("claimant_antecedent") or claim.get("claimant")
    return name.lower() if name else None


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_relations_are_held_by_the_later_claim_and_join_different_sources(
    article: gold.Article,
):
    claims = article.annotation["claims"]
    relations = 0
    for index, claim in enumerate(claims):
        start = gold.claim_spans(article, claim)["text"][0]
        for relation in claim["relations"]:
            relations += 1
            target = claims[relation["target"]]
            assert gold.claim_spans(article, target)["text"][0] < start, index
            assert source_of(claim) != source_of(target), index
        targets = [relation["target"] for relation in claim["relations"]]
        assert len(targets) == len(set(targets)), index
    assert relations >= 4


def test_pattern_coverage():
    minimums = minimum_pattern_counts(relations_each=8, extra={'X said: "..."': 1})
    assert not missing_patterns(ARTICLES, minimums)


def test_relations_are_the_point_of_the_set():
    relations = [
        relation
        for article in ARTICLES
        for claim in article.annotation["claims"]
        for relation in claim["relations"]
    ]
    assert len(relations) >= 30
