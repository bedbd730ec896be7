"""What the sets of unseen reporting share (tests/extraction/test_unseen_sets.py): loading a
folder of annotated articles, the gold set's checks to run on them, and the annotation patterns
each set must cover."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import test_gold_set as gold

HERE = Path(__file__).parent

# What every annotated article must satisfy, whatever its length (real reporting varies).
STRUCTURAL_CHECKS = (
    gold.test_metadata_fields,
    gold.test_every_span_exists_at_its_occurrence,
    gold.test_flags_and_relations_are_valid,
    gold.test_furniture_exists_and_is_not_a_claim,
    gold.test_claims_do_not_overlap_each_other,
)
GOLD_CHECKS = (gold.test_article_length, *STRUCTURAL_CHECKS)


def read_text(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as text_file:
        return text_file.read()


def load_articles(directory: Path) -> list[gold.Article]:
    return [
        gold.Article(
            annotation_path.stem,
            read_text(annotation_path.with_suffix(".txt")),
            json.loads(annotation_path.read_text(encoding="utf-8")),
        )
        for annotation_path in sorted(directory.glob("*.json"))
    ]


def minimum_pattern_counts(*, relations_each: int, extra: dict[str, int] | None = None):
    return {
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
        **{f"relation:{relation}": relations_each for relation in sorted(gold.ALLOWED_RELATIONS)},
        **(extra or {}),
    }


def missing_patterns(articles: list[gold.Article], minimums: dict[str, int]) -> dict:
    counts: Counter = Counter()
    for article in articles:
        counts += gold.classify_patterns(article)
    return {
        pattern: (counts[pattern], minimum)
        for pattern, minimum in minimums.items()
        if counts[pattern] < minimum
    }
