"""generate_demo_data: valid rows (offsets, constraints), repeatable for a seed, safe to run
twice. Small numbers: the bulk path is the same on PostgreSQL (COPY) at any size."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from claims.models import (
    Article,
    Claim,
    ClaimEvent,
    ClaimRelation,
    ClaimSource,
    Notification,
    ReviewNote,
    Source,
)

NOW = "2026-03-02T09:30:00+00:00"


def generate(**options) -> str:
    out = StringIO()
    defaults = {"articles": 6, "claims_per_article": 12, "users": 4, "now": NOW, "seed": 1}
    call_command("generate_demo_data", stdout=out, stderr=StringIO(), **{**defaults, **options})
    return out.getvalue()


def snapshot() -> list[tuple]:
    """The generated data without database ids: what a seed must reproduce."""
    articles = list(
        Article.objects.order_by("url").values_list(
            "title",
            "outlet",
            "desk",
            "url",
            "body",
            "verify_by",
            "created_at",
            "created_by__username",
        )
    )
    claims = list(
        Claim.objects.order_by("article__url", "ordinal").values_list(
            "article__url", "ordinal", "text", "start", "end", "claimant", "cue", "kind",
            "status", "verdict", "assignee__username", "due_at", "priority", "version",
            "checkworthiness", "flag_unverified", "flag_anonymous_source", "created_at",
        )
    )  # fmt: skip
    links = sorted(
        ClaimSource.objects.values_list(
            "claim__article__url", "claim__ordinal", "source__name", "role"
        )
    )
    relations = sorted(
        ClaimRelation.objects.values_list(
            "from_claim__article__url", "from_claim__ordinal", "to_claim__ordinal", "type"
        )
    )
    events = sorted(
        ClaimEvent.objects.values_list(
            "claim__article__url", "claim__ordinal", "action", "to_status", "version", "at"
        )
    )
    notes = sorted(
        ReviewNote.objects.values_list("claim__article__url", "claim__ordinal", "kind", "body")
    )
    reminders = sorted(
        Notification.objects.values_list(
            "claim__article__url", "claim__ordinal", "kind", "recipient__username", "sent_at"
        )
    )
    return [articles, claims, links, relations, events, notes, reminders]


@pytest.mark.django_db
def test_counts_and_every_offset_points_into_the_body():
    output = generate(articles=6, claims_per_article=12)
    assert "Generated 6 articles, 72 claims" in output
    assert Article.objects.count() == 6
    assert Claim.objects.count() == 72
    for article in Article.objects.prefetch_related("claims"):
        body = article.body
        assert [claim.ordinal for claim in article.claims.all()] == list(range(1, 13))
        for claim in article.claims.all():
            assert body[claim.start : claim.end] == claim.text
            assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end
            assert claim.sentence_end <= len(body)
            assert body[claim.claimant_start : claim.claimant_end] == claim.claimant
            assert body[claim.cue_start : claim.cue_end] == claim.cue
            sentence = body[claim.sentence_start : claim.sentence_end]
            assert sentence.rstrip().endswith(".") or sentence.rstrip().endswith('"')
    assert len({article.content_hash for article in Article.objects.all()}) == 6


@pytest.mark.django_db
def test_the_work_around_the_claims_respects_the_rules():
    generate(articles=10, claims_per_article=20, overdue_share=0.5)
    claims = Claim.objects.all()
    assert not claims.filter(status="signed_off", verdict="").exists()
    assert not claims.filter(status="new").exclude(verdict="").exists()
    assert set(claims.values_list("status", flat=True)) == set(Claim.Status.values)
    assert claims.filter(kind="denial").exists() and claims.filter(kind="statistic").exists()
    # Every claim is attributed to a source; every verdict has a note and evidence.
    assert ClaimSource.objects.filter(role="attributed_to").count() == claims.count()
    for claim in claims.exclude(verdict=""):
        assert claim.notes.exists()
        assert claim.claim_sources.exclude(role="attributed_to").exists()
    assert ClaimRelation.objects.exists()
    for relation in ClaimRelation.objects.select_related("from_claim", "to_claim"):
        assert relation.from_claim_id != relation.to_claim_id
        assert relation.from_claim.article_id == relation.to_claim.article_id
    # History: one "created" per claim, transitions up to the claim's status.
    assert ClaimEvent.objects.filter(action="created").count() == claims.count()
    for claim in claims.exclude(status="new")[:50]:
        last = claim.events.filter(action="transition").order_by("-at", "-pk").first()
        assert last.to_status == claim.status
    # Reminders: to a person, never to a webhook; overdue ones are about open, late claims.
    reminders = Notification.objects.all()
    assert reminders.exists()
    assert not reminders.filter(recipient=None).exists()
    assert not reminders.exclude(webhook=None).exists()
    for reminder in reminders.filter(kind="overdue").select_related("claim"):
        assert reminder.claim.is_overdue
        assert reminder.recipient_id == reminder.claim.assignee_id


@pytest.mark.django_db
def test_a_seed_gives_the_same_data_whatever_the_batch_size():
    generate(seed=5, batch_size=12)  # one article per batch
    first = snapshot()
    Article.objects.all().delete()
    generate(seed=5, batch_size=1000)
    assert snapshot() == first
    Article.objects.all().delete()
    generate(seed=6)
    assert snapshot()[1] != first[1]


@pytest.mark.django_db
def test_running_twice_adds_more_and_breaks_no_unique_rule():
    generate(articles=4, claims_per_article=10, overdue_share=1.0)
    sources = Source.objects.count()
    generate(articles=4, claims_per_article=10, overdue_share=1.0)
    assert Article.objects.count() == 8
    assert Claim.objects.count() == 80
    assert Source.objects.count() == sources  # reused by name
    assert len(set(Article.objects.values_list("url", flat=True))) == 8
    keys = list(Notification.objects.values_list("dedupe_key", flat=True))
    assert keys and len(set(keys)) == len(keys)
    # The same seed on top of existing data continues with new articles, not copies.
    first, second = Article.objects.order_by("url").values_list("body", flat=True)[:5:4]
    assert first != second


@pytest.mark.django_db
def test_refuses_nonsense():
    with pytest.raises(CommandError):
        generate(claims_per_article=0)
    with pytest.raises(CommandError):
        generate(overdue_share=2)


@pytest.mark.postgres
@pytest.mark.django_db
def test_postgres_copy_path_passes_the_database_checks():
    """On PostgreSQL the rows go in with COPY: the offset trigger and every CHECK saw them."""
    assert connection.vendor == "postgresql"
    generate(articles=5, claims_per_article=100, batch_size=200)
    assert Claim.objects.count() == 500
    with connection.cursor() as cursor:
        cursor.execute(
            """SELECT count(*) FROM claims_claim c JOIN claims_article a ON a.id = c.article_id
               WHERE substr(a.body, c.start + 1, c."end" - c.start) <> c.text"""
        )
        assert cursor.fetchone()[0] == 0
    # The sequences moved past the reserved ids: an ordinary insert still works.
    claim = Claim.objects.order_by("-pk").first()
    article = Article.objects.create(title="After", body="The minister said so.")
    assert article.pk > claim.article_id
