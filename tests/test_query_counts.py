"""Hot paths whose query count must not grow with the data: a regression fails here."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims.models import Article, Claim
from claims.notifications import sweep_reminders
from claims.services import article_ingest

pytestmark = pytest.mark.django_db

SHORT = (
    "The ministry accused the rebels of shelling the market on Monday, killing 12 people. "
    "The rebels denied shelling the market.\n"
)
# The same accusation and denial (one relation each), then many more claims.
LONG = SHORT + "".join(
    f"\nThe ministry said {n} buildings were damaged in district {n}. "
    f"Residents told reporters that {n * 3} families had left, police said.\n"
    for n in range(1, 30)
)


def queries(action) -> int:
    with CaptureQueriesContext(connection) as captured:
        action()
    return len(captured)


@pytest.mark.postgres  # SQLite splits a bulk insert into batches by its variable limit
def test_ingesting_an_article_costs_the_same_queries_whatever_its_length(fact_checker):
    short = queries(lambda: article_ingest(text=SHORT, by=fact_checker))
    long = queries(lambda: article_ingest(text=LONG, by=fact_checker))
    assert (
        Article.objects.get(body=LONG).claims.count()
        > 3 * Article.objects.get(body=SHORT).claims.count()
    )
    assert short == long


def test_the_reminder_sweep_costs_the_same_queries_for_1_or_40_due_claims(fact_checker):
    article = Article.objects.create(title="Blast", body=LONG)

    def due_claims(first: int, count: int):
        Claim.objects.bulk_create(
            Claim(
                article=article,
                ordinal=n,
                text=LONG[0:10],
                start=0,
                end=10,
                sentence_start=0,
                sentence_end=10,
                assignee=fact_checker,
                due_at=timezone.now() + timedelta(minutes=30),
            )
            for n in range(first, first + count)
        )

    due_claims(1, 1)
    one = queries(sweep_reminders)
    due_claims(2, 40)
    forty = queries(sweep_reminders)
    assert one == forty
