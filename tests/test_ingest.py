"""Storing an article with what the extractor finds in it, and extracting it again."""

import pytest
from django.db import IntegrityError

from claims import services
from claims.models import Article, Claim, ClaimEvent, ClaimRelation, ClaimSource, Source
from claims.services import (
    ArticleRejected,
    DuplicateArticle,
    article_ingest,
    article_reextract,
    relation_confirm,
    relation_remove,
)
from tests.support.seed import SEED

pytestmark = pytest.mark.django_db


def claim_containing(article: Article, words: str) -> Claim:
    return next(claim for claim in article.claims.all() if words in claim.text)


def test_it_stores_the_seed_article_with_metadata_claims_sources_and_relations(fact_checker):
    article = article_ingest(text=SEED, by=fact_checker, desk="World")
    assert article.title == "Top Syrian general defects to Jordan"
    assert article.outlet == "China Daily"
    assert article.published_at.date().isoformat() == "2013-03-18"
    assert article.body == SEED
    claims = list(article.claims.all())
    assert len(claims) >= 10
    assert [claim.ordinal for claim in claims] == list(range(1, len(claims) + 1))
    for claim in claims:
        assert article.body[claim.start : claim.end] == claim.text
        if claim.claimant_start is not None:
            span = article.body[claim.claimant_start : claim.claimant_end]
            assert (
                span in claim.claimant
                or claim.claimant in span
                or span.lower()
                in {
                    "he",
                    "she",
                    "they",
                }
            )
    furniture = ("Home / China / World", "AFP-AP", "Editor's picks")
    assert not [claim for claim in claims if any(line in claim.text for line in furniture)]

    arabiya = claim_containing(article, "defected along with his son")
    assert "Al-Arabiya" in arabiya.claimant
    assert Source.objects.filter(name__icontains="Al-Arabiya").exists()
    assert ClaimSource.objects.filter(claim=arabiya, role="attributed_to").exists()

    accusation = claim_containing(article, "cluster bombs")
    denials = ClaimRelation.objects.filter(to_claim=accusation, type="denies")
    assert denials.count() >= 2
    assert all(relation.origin == "extractor" for relation in denials)

    assert ClaimEvent.objects.filter(action="created").count() == len(claims)
    assert all(event.actor == fact_checker for event in ClaimEvent.objects.all())


def test_the_same_text_twice_is_refused_as_a_duplicate(fact_checker):
    first = article_ingest(text=SEED, by=fact_checker)
    with pytest.raises(DuplicateArticle) as refused:
        article_ingest(text=SEED.replace("\n\n", "\n \n"), by=fact_checker)
    assert refused.value.article == first
    assert Article.objects.count() == 1


def test_the_same_url_twice_is_refused_as_a_duplicate(fact_checker):
    url = "https://www.example.org/news/khalluf"
    article_ingest(text=SEED, by=fact_checker, url=url)
    with pytest.raises(DuplicateArticle, match="same URL"):
        article_ingest(text="Other text. The police said 3 people were hurt.", url=url)


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\x00\x01\x02binary\x00"])
def test_it_rejects_text_that_is_no_article_and_stores_nothing(text):
    with pytest.raises(ArticleRejected):
        article_ingest(text=text)
    assert Article.objects.count() == 0


def test_it_rejects_an_oversized_article_with_the_limit_in_the_message(settings):
    settings.ARTICLE_MAX_CHARACTERS = 1000
    with pytest.raises(ArticleRejected, match="limit is 1,000"):
        article_ingest(text="The minister said the plan works. " * 100)
    assert Article.objects.count() == 0


def test_a_failure_half_way_leaves_nothing_behind(monkeypatch):
    def fail(**arguments):
        raise IntegrityError("simulated failure while linking sources")

    monkeypatch.setattr(services, "_attach_claimant_sources", fail)
    with pytest.raises(IntegrityError):
        article_ingest(text=SEED)
    assert Article.objects.count() == Claim.objects.count() == ClaimEvent.objects.count() == 0


def test_reextraction_keeps_what_people_changed_and_adds_only_what_is_new(fact_checker, editor):
    article = article_ingest(text=SEED, by=fact_checker)
    total = article.claims.count()
    relations = ClaimRelation.objects.count()

    worked = claim_containing(article, "defected along with his son")
    worked.status = Claim.Status.IN_REVIEW
    worked.assignee = fact_checker
    worked.text = worked.text[:20]  # a person shortened the claim
    worked.end = worked.start + 20
    worked.save()
    lost = claim_containing(article, "70,000")
    lost_span = (lost.start, lost.end)
    lost.delete()

    result = article_reextract(article=article, by=editor)

    assert result.claims_added == 1
    assert article.claims.count() == total
    worked.refresh_from_db()
    assert worked.status == Claim.Status.IN_REVIEW
    assert worked.assignee == fact_checker
    assert len(worked.text) == 20
    found_again = article.claims.get(start=lost_span[0], end=lost_span[1])
    assert found_again.ordinal == total + 1
    assert found_again.events.get().action == "reextracted"
    assert ClaimRelation.objects.count() == relations

    again = article_reextract(article=article, by=editor)
    assert again.claims_added == 0
    assert again.relations_added == 0
    assert article.claims.count() == total


def test_a_confirmed_suggestion_stays_and_a_dismissed_one_is_not_suggested_again(
    fact_checker, editor
):
    article = article_ingest(text=SEED, by=fact_checker)
    confirmed, dismissed = ClaimRelation.objects.filter(
        from_claim__article=article, type="denies"
    ).order_by("from_claim__ordinal")[:2]
    assert confirmed.origin == dismissed.origin == "extractor"

    relation_confirm(relation=confirmed, by=fact_checker)
    relation_remove(relation=dismissed, by=fact_checker)
    confirmed.refresh_from_db()
    assert confirmed.confirmed_by == fact_checker and confirmed.confirmed_at is not None
    assert confirmed.from_claim.events.filter(action="relation_confirmed").count() == 1

    result = article_reextract(article=article, by=editor)

    assert result.relations_added == 0
    confirmed.refresh_from_db()
    assert confirmed.confirmed_by == fact_checker  # still there, still confirmed
    assert not ClaimRelation.objects.filter(
        from_claim=dismissed.from_claim, to_claim=dismissed.to_claim, type=dismissed.type
    ).exists()


def test_confirming_twice_records_it_once(fact_checker, editor):
    article = article_ingest(text=SEED, by=fact_checker)
    relation = ClaimRelation.objects.filter(from_claim__article=article).first()
    relation_confirm(relation=relation, by=fact_checker)
    relation_confirm(relation=relation, by=editor)
    relation.refresh_from_db()
    assert relation.confirmed_by == fact_checker
    assert relation.from_claim.events.filter(action="relation_confirmed").count() == 1


SHARED_SPAN = (
    "Unpaid wages\n\n"
    "The state government denied claims by the union that it owes workers 40 billion naira "
    "in unpaid salaries.\n\nThe union said it would strike on Monday."
)


def test_two_claims_on_one_span_each_keep_their_row_when_extracted_again(fact_checker, editor):
    article = article_ingest(text=SHARED_SPAN, by=fact_checker)
    owes = [claim for claim in article.claims.order_by("ordinal") if "owes workers" in claim.text]
    assert [claim.claimant for claim in owes] == ["the union", "The state government"]
    assert (owes[0].start, owes[0].end) == (owes[1].start, owes[1].end)
    denial = ClaimRelation.objects.get(from_claim=owes[1])
    assert (denial.to_claim, denial.type) == (owes[0], "denies")

    again = article_reextract(article=article, by=editor)

    assert again.claims_added == 0
    assert again.relations_added == 0
    assert article.claims.count() == 3

    # a person removed the union's claim: extracting again brings it back, not a second denial
    owes[0].delete()
    result = article_reextract(article=article, by=editor)
    assert result.claims_added == 1
    restored = article.claims.order_by("-ordinal").first()
    assert (restored.claimant, restored.start) == ("the union", owes[1].start)
