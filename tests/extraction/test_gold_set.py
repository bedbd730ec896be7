"""Validate the hand-annotated gold set in tests/extraction/gold (no Django, no extractor)."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

GOLD_DIRECTORY = Path(__file__).parent / "gold"
SHARED_SEED = Path("/work/shared/seed/china-daily-2013-03-18-khalluf.txt")
ALLOWED_FLAGS = {"unverified", "anonymous_source", "hedged", "statistic", "direct_quote"}
ALLOWED_RELATIONS = {"denies", "contradicts", "supports"}
METADATA_KEYS = ("title", "outlet", "byline", "dateline", "date")
PRONOUNS = {"he", "she", "they", "it", "who", "him", "her", "them"}


def find_occurrence(text: str, substring: str, occurrence: int) -> int:
    """1-based, overlapping occurrences (text.find(substring, previous_start + 1)); -1 if absent."""
    position = text.find(substring)
    for _ in range(occurrence - 1):
        if position == -1:
            return -1
        position = text.find(substring, position + 1)
    return position


@dataclass
class Article:
    name: str
    text: str
    annotation: dict


def load_articles() -> list[Article]:
    articles = []
    for annotation_path in sorted(GOLD_DIRECTORY.glob("*.json")):
        with annotation_path.with_suffix(".txt").open(encoding="utf-8", newline="") as text_file:
            text = text_file.read()
        annotation = json.loads(annotation_path.read_text(encoding="utf-8"))
        articles.append(Article(annotation_path.stem, text, annotation))
    return articles


ARTICLES = load_articles()
ARTICLE_IDS = [article.name for article in ARTICLES]


def span_of(text: str, substring: str, occurrence: int) -> tuple[int, int]:
    start = find_occurrence(text, substring, occurrence)
    assert start != -1, f"{substring!r} (occurrence {occurrence}) not in text"
    return start, start + len(substring)


def claim_spans(article: Article, claim: dict) -> dict[str, tuple[int, int] | None]:
    text = article.text
    spans: dict[str, tuple[int, int] | None] = {
        "text": span_of(text, claim["text"], claim.get("occurrence", 1))
    }
    for key in ("claimant", "cue", "claimant_antecedent"):
        value = claim.get(key)
        spans[key] = span_of(text, value, claim.get(f"{key}_occurrence", 1)) if value else None
    return spans


def test_at_least_thirteen_articles_each_with_text_and_annotation():
    assert len(ARTICLES) >= 13
    text_names = {path.stem for path in GOLD_DIRECTORY.glob("*.txt")}
    assert text_names == set(ARTICLE_IDS)


@pytest.mark.skipif(not SHARED_SEED.exists(), reason="shared seed not available")
def test_seed_is_a_byte_for_byte_copy():
    assert (GOLD_DIRECTORY / "seed-khalluf.txt").read_bytes() == SHARED_SEED.read_bytes()


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_article_length(article: Article):
    if article.name.startswith("seed-"):
        return
    assert 300 <= len(article.text.split()) <= 700


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_metadata_fields(article: Article):
    annotation = article.annotation
    for key in METADATA_KEYS:
        assert key in annotation
        assert annotation[key] is None or isinstance(annotation[key], str)
    assert annotation["title"] and annotation["title"] in article.text
    if annotation["date"] is not None:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", annotation["date"])
    assert annotation["claims"], "an article without claims"


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_every_span_exists_at_its_occurrence(article: Article):
    for index, claim in enumerate(article.annotation["claims"]):
        assert claim["text"] == claim["text"].strip(), index
        assert claim["text"], index
        spans = claim_spans(article, claim)
        if claim.get("claimant_antecedent"):
            assert claim.get("claimant"), f"claim {index}: antecedent without claimant"
        if spans["claimant"] is not None:
            claim_start, claim_end = spans["text"]
            claimant_start, claimant_end = spans["claimant"]
            assert claimant_end <= claim_start or claimant_start >= claim_end, (
                f"claim {index}: claimant inside the claim content"
            )


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_flags_and_relations_are_valid(article: Article):
    claims = article.annotation["claims"]
    for index, claim in enumerate(claims):
        assert set(claim["flags"]) <= ALLOWED_FLAGS, index
        assert len(set(claim["flags"])) == len(claim["flags"]), index
        for relation in claim["relations"]:
            assert relation["type"] in ALLOWED_RELATIONS, index
            assert 0 <= relation["target"] < len(claims), index
            assert relation["target"] != index, index


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_furniture_exists_and_is_not_a_claim(article: Article):
    claim_ranges = [claim_spans(article, claim)["text"] for claim in article.annotation["claims"]]
    for furniture in article.annotation["furniture"]:
        assert furniture in article.text, furniture
        start = article.text.find(furniture)
        while start != -1:
            end = start + len(furniture)
            for claim_start, claim_end in claim_ranges:
                assert end <= claim_start or start >= claim_end, furniture
            start = article.text.find(furniture, start + 1)


@pytest.mark.parametrize("article", ARTICLES, ids=ARTICLE_IDS)
def test_claims_do_not_overlap_each_other(article: Article):
    ranges = sorted(claim_spans(article, claim)["text"] for claim in article.annotation["claims"])
    for (_, previous_end), (start, _) in itertools.pairwise(ranges):
        assert start >= previous_end


# --------------------------------------------------------------------------- pattern coverage


def classify_patterns(article: Article) -> Counter:
    """Count the attribution patterns of one article, from spans, cues and flags."""
    text = article.text
    counts: Counter = Counter()
    claims = article.annotation["claims"]
    for index, claim in enumerate(claims):
        spans = claim_spans(article, claim)
        claim_start, claim_end = spans["text"]
        cue = (claim.get("cue") or "").lower()
        flags = set(claim["flags"])
        for flag in flags:
            counts[f"flag:{flag}"] += 1
        for relation in claim["relations"]:
            counts[f"relation:{relation['type']}"] += 1
        if spans["claimant"] is None:
            counts["claimant:null"] += 1
            continue
        claimant = claim["claimant"]
        claimant_start = spans["claimant"][0]
        cue_start = spans["cue"][0] if spans["cue"] else None
        first_word = claimant.split()[0].lower()
        if claimant.lower() in PRONOUNS:
            counts["claimant:pronoun"] += 1
        elif first_word == "the" and claim.get("claimant_antecedent"):
            counts["claimant:definite_description"] += 1
        for verb in (
            "denied",
            "denies",
            "rejected",
            "accused",
            "claimed",
            "warned",
            "insisted",
            "estimated",
            "estimates",
            "confirmed",
            "announced",
            "reported",
            "told",
        ):
            if cue == verb:
                counts[f"cue:{verb}"] += 1
        if cue == "according to" and cue_start is not None:
            counts["according_to:before" if cue_start < claim_start else "according_to:after"] += 1
        elif cue_start is not None and cue in {"said", "says", "say", "told"}:
            if claimant_start < cue_start < claim_start:
                between = text[cue_start:claim_start]
                if re.match(r"\w+ that\b", between) or re.search(r"\bthat\s*$", between):
                    counts["X said that Y"] += 1
                elif ":" in between:
                    counts['X said: "..."'] += 1
                else:
                    counts["X said Y"] += 1
            elif claim_end <= claimant_start < cue_start:
                counts["Y, X said"] += 1
            elif claim_end <= cue_start < claimant_start:
                counts["Y, said X (inversion)"] += 1
        if "direct_quote" in flags:
            if re.search(r"[.?!] ", claim["text"]):
                counts["quote:several sentences"] += 1
            previous = claims[index - 1] if index else None
            if (
                previous
                and "direct_quote" in previous["flags"]
                and previous.get("claimant") == claimant
                and previous.get("claimant_occurrence", 1) == claim.get("claimant_occurrence", 1)
                and claim_start > claimant_start
                and claim_spans(article, previous)["text"][1] < claimant_start
            ):
                counts["quote:attribution in the middle"] += 1
    lowered = text.lower()
    for qualifier in (
        "on condition of anonymity",
        "not to be named",
        "not to be identified",
        "declined to be named",
        "name not be used",
    ):
        counts["qualifier:anonymity"] += lowered.count(qualifier)
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if re.match(
            r"(He|She|They|Both|The doctor|The person)\b.*"
            r"(anonymity|not to be (named|identified))",
            sentence,
        ):
            counts["qualifier:following sentence"] += 1
    for hedge in (
        "could not be independently verified",
        "could not independently",
        "reportedly",
        "allegedly",
        "alleged",
        "appeared to",
        "appears to",
        "is believed to",
    ):
        counts[f"hedge:{hedge}"] += lowered.count(hedge)
    return counts


def total_pattern_counts() -> Counter:
    total: Counter = Counter()
    for article in ARTICLES:
        total += classify_patterns(article)
    return total


MINIMUM_PATTERN_COUNTS = {
    "X said that Y": 3,
    "X said Y": 3,
    "Y, X said": 3,
    "Y, said X (inversion)": 3,
    "according_to:before": 3,
    "according_to:after": 3,
    'X said: "..."': 3,
    "quote:several sentences": 3,
    "quote:attribution in the middle": 3,
    "cue:told": 3,
    "cue:denied": 3,
    "cue:rejected": 3,
    "cue:accused": 3,
    "cue:claimed": 2,
    "cue:warned": 3,
    "cue:insisted": 3,
    "cue:estimated": 3,
    "cue:confirmed": 3,
    "cue:announced": 3,
    "cue:reported": 3,
    "qualifier:anonymity": 3,
    "qualifier:following sentence": 3,
    "claimant:pronoun": 3,
    "claimant:definite_description": 3,
    "claimant:null": 3,
    "flag:unverified": 3,
    "flag:anonymous_source": 3,
    "flag:hedged": 3,
    "flag:statistic": 3,
    "flag:direct_quote": 3,
    "hedge:could not be independently verified": 1,
    "hedge:could not independently": 2,
    "hedge:reportedly": 3,
    "hedge:allegedly": 2,
    "hedge:appeared to": 3,
    "hedge:is believed to": 2,
    "relation:denies": 3,
    "relation:contradicts": 3,
    "relation:supports": 3,
}


@pytest.mark.parametrize("pattern", sorted(MINIMUM_PATTERN_COUNTS))
def test_pattern_coverage(pattern: str):
    counts = total_pattern_counts()
    assert counts[pattern] >= MINIMUM_PATTERN_COUNTS[pattern], (pattern, counts[pattern])


# --------------------------------------------------------------------------- the seed article


def seed_claims() -> list[dict]:
    return next(article for article in ARTICLES if article.name == "seed-khalluf").annotation[
        "claims"
    ]


def find_claim(claims: list[dict], fragment: str) -> tuple[int, dict]:
    matching = [(index, claim) for index, claim in enumerate(claims) if fragment in claim["text"]]
    assert len(matching) == 1, fragment
    return matching[0]


def test_seed_requirements_from_the_design():
    claims = seed_claims()
    _, defection = find_claim(claims, "logistics chief, General")
    assert defection["claimant"] == "activists"
    _, video = find_claim(claims, "a man with white hair")
    assert video["claimant"] == "The video" and "unverified" in video["flags"]
    _, arabiya = find_claim(claims, "along with his son")
    assert arabiya["claimant"] == "Al-Arabiya television"
    _, interview = find_claim(claims, "he had planned his defection")
    assert interview["claimant_antecedent"] == "Khalluf"
    accusation_index, accusation = find_claim(claims, "expanding its use")
    assert accusation["claimant"] == "observers"
    denials = [
        claim
        for claim in claims
        if {"type": "denies", "target": accusation_index} in claim["relations"]
    ]
    assert {claim["claimant"] for claim in denials} == {
        "The government",
        "A senior Syrian government official",
    }
    official = next(claim for claim in denials if claim["claimant"].startswith("A senior"))
    assert "anonymous_source" in official["flags"]
    _, estimate = find_claim(claims, "some 70,000 people")
    assert estimate["claimant"] == "UN estimates" and "statistic" in estimate["flags"]
    assert "4 million" in estimate["text"]
    _, car_bomb = find_claim(claims, "car bomb")
    assert car_bomb["claimant"] == "state TV and activists"
    seed = next(article for article in ARTICLES if article.name == "seed-khalluf").annotation
    assert {"Home / China / World", "AFP-AP", "Editor's picks"} <= set(seed["furniture"])
    assert seed["outlet"] == "China Daily" and seed["date"] == "2013-03-18"
