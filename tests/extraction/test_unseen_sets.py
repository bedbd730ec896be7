"""Validate the annotated sets of unseen reporting (no Django, no extractor): the development
sets (dev, dev-extra, dev-3, dev-4, dev-5: written after the gold set by people who had not read the
extractor, then used to work on relations), the held-out set (never used for tuning) and the
check sets (check, check-2: written last, for measuring only). The checks are the gold set's own
(tests/extraction/test_gold_set.py), called through the module object so that pytest does not
collect the gold tests twice; texts are compared between sets, never printed.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import test_gold_set as gold
from annotated_sets import (
    HERE,
    STRUCTURAL_CHECKS,
    load_articles,
    minimum_pattern_counts,
    missing_patterns,
)


@dataclass(frozen=True)
class AnnotatedSet:
    name: str
    articles: int
    relations_each: int  # the fewest relations of each type the set holds
    development: bool  # relations there are held by the later claim, between two sources
    words: tuple[int, int] = (350, 600)  # the length its writers were asked for


SETS = (
    AnnotatedSet("dev", 6, 8, True),
    AnnotatedSet("dev-extra", 6, 8, True),
    AnnotatedSet("dev-3", 6, 8, True),
    AnnotatedSet("dev-4", 6, 8, True, (550, 900)),
    AnnotatedSet("dev-5", 6, 8, True, (450, 800)),
    AnnotatedSet("heldout", 5, 3, False),
    AnnotatedSet("check", 6, 8, False),
    AnnotatedSet("check-2", 6, 8, False, (450, 800)),
)
ARTICLES = {annotated.name: load_articles(HERE / annotated.name) for annotated in SETS}
EVERY_ARTICLE = [
    pytest.param(article, id=f"{name}/{article.name}")
    for name, articles in ARTICLES.items()
    for article in articles
]
DEVELOPMENT_ARTICLES = [
    pytest.param(article, id=f"{annotated.name}/{article.name}")
    for annotated in SETS
    if annotated.development
    for article in ARTICLES[annotated.name]
]


@pytest.mark.parametrize("annotated", SETS, ids=lambda annotated: annotated.name)
def test_each_set_has_its_articles_with_text_annotation_and_readme(annotated: AnnotatedSet):
    directory = HERE / annotated.name
    articles = ARTICLES[annotated.name]
    assert len(articles) == annotated.articles
    assert {path.stem for path in directory.glob("*.txt")} == {article.name for article in articles}
    assert (directory / "README.md").exists()


def test_no_article_is_in_two_sets():
    everything = [
        *gold.ARTICLES,
        *(article for articles in ARTICLES.values() for article in articles),
    ]
    names = [article.name for article in everything]
    texts = [article.text for article in everything]
    assert len(set(names)) == len(names)
    assert len(set(texts)) == len(texts)


# (each set's length is checked against its own brief, below)
@pytest.mark.parametrize("check", STRUCTURAL_CHECKS, ids=lambda check: check.__name__)
@pytest.mark.parametrize("article", EVERY_ARTICLE)
def test_gold_set_checks(article: gold.Article, check):
    check(article)


@pytest.mark.parametrize(
    ("annotated", "article"),
    [
        pytest.param(annotated, article, id=f"{annotated.name}/{article.name}")
        for annotated in SETS
        for article in ARTICLES[annotated.name]
    ],
)
def test_article_length_within_the_brief(annotated: AnnotatedSet, article: gold.Article):
    shortest, longest = annotated.words
    assert shortest <= len(article.text.split()) <= longest


def source_of(claim: dict) -> str | None:
    name = claim.get("claimant_antecedent") or claim.get("claimant")
    return name.lower() if name else None


@pytest.mark.parametrize("article", DEVELOPMENT_ARTICLES)
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


@pytest.mark.parametrize("annotated", SETS, ids=lambda annotated: annotated.name)
def test_pattern_coverage(annotated: AnnotatedSet):
    extra = {'X said: "..."': 1} if annotated.development else None
    minimums = minimum_pattern_counts(relations_each=annotated.relations_each, extra=extra)
    assert not missing_patterns(ARTICLES[annotated.name], minimums)


@pytest.mark.parametrize(
    "annotated",
    [annotated for annotated in SETS if annotated.relations_each >= 8],
    ids=lambda annotated: annotated.name,
)
def test_relations_are_the_point_of_the_set(annotated: AnnotatedSet):
    relations = [
        relation
        for article in ARTICLES[annotated.name]
        for claim in article.annotation["claims"]
        for relation in claim["relations"]
    ]
    assert len(relations) >= 30
