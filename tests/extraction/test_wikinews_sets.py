"""Validate the Wikinews sets (real reporting; no Django, no extractor): the development part
and the held-out part of shared/corpus/wikinews, annotated in the gold set's format. Texts are
compared and counted, never printed: the held-out part stays unread."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import test_gold_set as gold
from annotated_sets import HERE, STRUCTURAL_CHECKS, load_articles

# Beside the repository (this workplace's layout), or where a fresh clone's CI finds it.
CORPUS = next(
    (
        folder
        for folder in (
            HERE.parents[2] / "shared" / "corpus" / "wikinews",
            Path("/work/shared/corpus/wikinews"),
        )
        if folder.exists()
    ),
    Path("/work/shared/corpus/wikinews"),
)
SETS = {"wikinews-dev": 22, "wikinews-heldout": 21}
ARTICLES = {name: load_articles(HERE / name) for name in SETS}
EVERY_ARTICLE = [
    pytest.param(article, id=f"{name}/{article.name}")
    for name, articles in ARTICLES.items()
    for article in articles
]


@pytest.mark.parametrize("name", sorted(SETS))
def test_each_set_has_its_documents_annotations_and_readme(name: str):
    directory = HERE / name
    assert len(ARTICLES[name]) == SETS[name]
    assert {path.stem for path in directory.glob("*.txt")} == {a.name for a in ARTICLES[name]}
    assert (directory / "README.md").exists()


def test_the_two_parts_are_disjoint_and_hold_news_and_interviews():
    dev = {article.name for article in ARTICLES["wikinews-dev"]}
    heldout = {article.name for article in ARTICLES["wikinews-heldout"]}
    assert not dev & heldout
    for names in (dev, heldout):
        assert sum(name.startswith("news_") for name in names) == 12
        assert sum(name.startswith("interview_") for name in names) >= 9


@pytest.mark.skipif(not CORPUS.exists(), reason="shared/corpus/wikinews not available")
def test_the_texts_are_the_corpus_byte_for_byte():
    index = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))
    files = {document["file"] for document in index["documents"]}
    ours = {
        f"{article.name}.txt": article for articles in ARTICLES.values() for article in articles
    }
    assert set(ours) == files
    for file, article in ours.items():
        assert (CORPUS / file).read_bytes() == article.text.encode("utf-8"), file


@pytest.mark.parametrize("check", STRUCTURAL_CHECKS, ids=lambda check: check.__name__)
@pytest.mark.parametrize("article", EVERY_ARTICLE)
def test_gold_set_checks(article: gold.Article, check):
    check(article)


def test_the_outlet_is_wikinews():
    for articles in ARTICLES.values():
        for article in articles:
            assert article.annotation["outlet"] == "Wikinews", article.name
