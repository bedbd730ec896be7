"""Validate the development extraction sets in tests/extraction/dev, dev-extra and dev-3 (no
Django, no extractor).

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

# The development sets, written later than the gold set by people who had not read the
# extractor, to work on what the gold set does not show (relations on unseen reporting).
DEV_DIRECTORIES = [HERE / "dev", HERE / "dev-extra", HERE / "dev-3"]
HELDOUT_DIRECTORY = HERE / "heldout"
SETS = {directory.name: load_articles(directory) for directory in DEV_DIRECTORIES}
ARTICLES = [article for articles in SETS.values() for article in articles]
ARTICLE_IDS = [article.name for article in ARTICLES]


@pytest.mark.parametrize("directory", DEV_DIRECTORIES, ids=lambda directory: directory.name)
def test_six_articles_each_with_text_and_annotation(directory):
    articles = SETS[directory.name]
    assert len(articles) == 6
    assert {path.stem for path in directory.glob("*.txt")} == {article.name for article in articles}
    assert (directory / "README.md").exists()


def test_no_article_is_in_two_sets():
    texts = [article.text for article in ARTICLES]
    assert len(set(texts)) == len(texts)
    assert len(set(ARTICLE_IDS)) == len(ARTICLE_IDS)
    assert not set(ARTICLE_IDS) & set(gold.ARTICLE_IDS)
    assert not set(texts) & {article.text for article in gold.ARTICLES}
    heldout_paths = sorted(HELDOUT_DIRECTORY.glob("*.txt"))
    assert not set(ARTICLE_IDS) & {path.stem for path in heldout_paths}
    assert not set(texts) & {read_text(path) for path in heldout_paths}


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


@pytest.mark.parametrize("directory", DEV_DIRECTORIES, ids=lambda directory: directory.name)
def test_pattern_coverage(directory):
    minimums = minimum_pattern_counts(relations_each=8, extra={'X said: "..."': 1})
    assert not missing_patterns(SETS[directory.name], minimums)


@pytest.mark.parametrize("directory", DEV_DIRECTORIES, ids=lambda directory: directory.name)
def test_relations_are_the_point_of_the_set(directory):
    relations = [
        relation
        for article in SETS[directory.name]
        for claim in article.annotation["claims"]
        for relation in claim["relations"]
    ]
    assert len(relations) >= 30
