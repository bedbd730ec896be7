"""Validate the held-out extraction set in tests/extraction/heldout (no Django, no extractor).

The checks are the gold set's own (tests/extraction/test_gold_set.py), called on the held-out
articles through the module object so that pytest does not collect the gold tests twice.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import test_gold_set as gold

HELDOUT_DIRECTORY = Path(__file__).parent / "heldout"


def load_heldout_articles() -> list[gold.Article]:
    articles = []
    for annotation_path in sorted(HELDOUT_DIRECTORY.glob("*.json")):
        with annotation_path.with_suffix(".txt").open(encoding="utf-8", newline="") as text_file:
            text = text_file.read()
        annotation = json.loads(annotation_path.read_text(encoding="utf-8"))
        articles.append(gold.Article(annotation_path.stem, text, annotation))
    return articles


ARTICLES = load_heldout_articles()
ARTICLE_IDS = [article.name for article in ARTICLES]

GOLD_CHECKS = (
    gold.test_article_length,
    gold.test_metadata_fields,
    gold.test_every_span_exists_at_its_occurrence,
    gold.test_flags_and_relations_are_valid,
    gold.test_furniture_exists_and_is_not_a_claim,
    gold.test_claims_do_not_overlap_each_other,
)


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


MINIMUM_PATTERN_COUNTS = {
    "X said Y": 3,
    "X said that Y": 3,
    "Y, X said": 3,
    "Y, said X (inversion)": 2,
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
    **{f"relation:{relation}": 3 for relation in sorted(gold.ALLOWED_RELATIONS)},
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
