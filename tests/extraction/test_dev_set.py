"""Validate the development extraction set in tests/extraction/dev (no Django, no extractor).

The checks are the gold set's own (tests/extraction/test_gold_set.py), called on the development
articles through the module object so that pytest does not collect the gold tests twice. The
held-out set is only compared by text, never printed.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import test_gold_set as gold

DEV_DIRECTORY = Path(__file__).parent / "dev"
HELDOUT_DIRECTORY = Path(__file__).parent / "heldout"


def read_text(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as text_file:
        return text_file.read()


def load_dev_articles() -> list[gold.Article]:
    articles = []
    for annotation_path in sorted(DEV_DIRECTORY.glob("*.json")):
        text = read_text(annotation_path.with_suffix(".txt"))
        annotation = json.loads(annotation_path.read_text(encoding="utf-8"))
        articles.append(gold.Article(annotation_path.stem, text, annotation))
    return articles


ARTICLES = load_dev_articles()
ARTICLE_IDS = [article.name for article in ARTICLES]

GOLD_CHECKS = (
    gold.test_article_length,
    gold.test_metadata_fields,
    gold.test_every_span_exists_at_its_occurrence,
    gold.test_flags_and_relations_are_valid,
    gold.test_furniture_exists_and_is_not_a_claim,
    gold.test_claims_do_not_overlap_each_other,
)


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


MINIMUM_PATTERN_COUNTS = {
    "X said Y": 3,
    "X said that Y": 3,
    "Y, X said": 3,
    "Y, said X (inversion)": 2,
    'X said: "..."': 1,
    "according_to:before": 1,
    "according_to:after": 3,
    "quote:several sentences": 2,
    "quote:attribution in the middle": 3,
    "claimant:pronoun": 3,
    "claimant:definite_description": 2,
    "claimant:null": 3,
    "qualifier:anonymity": 3,
    "qualifier:following sentence": 2,
    **{f"cue:{verb}": 1 for verb in ("told", "denied", "rejected", "accused", "warned")},
    **{f"cue:{verb}": 1 for verb in ("insisted", "estimated", "confirmed")},
    **{f"flag:{flag}": 2 for flag in sorted(gold.ALLOWED_FLAGS)},
    **{f"relation:{relation}": 8 for relation in sorted(gold.ALLOWED_RELATIONS)},
}


def test_pattern_coverage():
    counts: Counter = Counter()
    for article in ARTICLES:
        counts += gold.classify_patterns(article)
    missing = {
        pattern: (counts[pattern], minimum)
        for pattern, minimum in MINIMUM_PATTERN_COUNTS.items()
        if counts[pattern] < minimum
    }
    assert not missing


def test_relations_are_the_point_of_the_set():
    relations = [
        relation
        for article in ARTICLES
        for claim in article.annotation["claims"]
        for relation in claim["relations"]
    ]
    assert len(relations) >= 30
