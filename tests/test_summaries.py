"""The dashboard's summaries (open claims per person, resolved per quarter hour) are kept by
database triggers: after any mix of writes — services, bulk updates, deletes that cascade,
history rows inserted, moved or deleted — they equal a count of the rows themselves."""

import random
from collections import Counter
from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from claims import services, summary_triggers
from claims.models import Article, Claim, ClaimEvent, OpenClaimCount, ResolvedCount
from tests.support.short_article import BODY, claim_on_body

pytestmark = pytest.mark.django_db

RESOLVED = (Claim.Status.SIGNED_OFF, Claim.Status.DISMISSED)


def open_per_person_counted() -> dict[int, int]:
    return dict(
        Counter(
            Claim.objects.filter(
                status__in=Claim.OPEN_STATUSES, assignee__isnull=False
            ).values_list("assignee_id", flat=True)
        )
    )


def open_per_person_kept() -> dict[int, int]:
    return dict(
        OpenClaimCount.objects.exclude(open_claims=0).values_list("assignee_id", "open_claims")
    )


def resolved_per_quarter_counted() -> dict:
    counted = Counter()
    for at in ClaimEvent.objects.filter(
        action=ClaimEvent.Action.TRANSITION, to_status__in=RESOLVED
    ).values_list("at", flat=True):
        counted[at.replace(minute=at.minute // 15 * 15, second=0, microsecond=0)] += 1
    return dict(counted)


def resolved_per_quarter_kept() -> dict:
    return dict(ResolvedCount.objects.exclude(resolved=0).values_list("quarter", "resolved"))


def assert_summaries_match(after: str = ""):
    assert open_per_person_kept() == open_per_person_counted(), after
    assert resolved_per_quarter_kept() == resolved_per_quarter_counted(), after


def new_article(number: int) -> Article:
    article = Article.objects.create(title=f"Article {number}", body=BODY + f" {number}")
    Claim.objects.bulk_create(claim_on_body(article, ordinal) for ordinal in range(1, 7))
    return article


def test_random_writes_keep_the_summaries_exact(fact_checker, other_fact_checker, editor):
    people = [fact_checker, other_fact_checker, editor, None]
    statuses = list(Claim.Status.values)
    rng = random.Random(20261126)
    articles = [new_article(number) for number in range(4)]
    assert_summaries_match()
    now = timezone.now()
    for step in range(120):
        claims = list(Claim.objects.order_by("id"))
        move = rng.choice(
            ["assign", "bulk_assign", "status", "bulk_status", "event", "move_event",
             "drop_event", "delete_claim", "delete_article", "add_article", "swap"]
        )  # fmt: skip
        if move == "assign" and claims:
            claim = rng.choice(claims)
            claim.assignee = rng.choice(people)
            claim.save(update_fields=["assignee"])
        elif move == "bulk_assign":
            Claim.objects.filter(
                id__in=[c.pk for c in rng.sample(claims, min(5, len(claims)))]
            ).update(assignee=rng.choice(people))
        elif move == "status" and claims:
            claim = rng.choice(claims)
            claim.status = rng.choice(statuses)
            claim.verdict = "true" if claim.status == "signed_off" else ""
            claim.save(update_fields=["status", "verdict"])
        elif move == "bulk_status":
            status = rng.choice(statuses)
            Claim.objects.filter(article=rng.choice(articles)).update(
                status=status, verdict="true" if status == "signed_off" else ""
            )
        elif move == "event" and claims:
            event = ClaimEvent.objects.create(
                claim=rng.choice(claims),
                action=rng.choice(["transition", "transition", "edited"]),
                to_status=rng.choice(statuses),
            )
            ClaimEvent.objects.filter(pk=event.pk).update(
                at=now - timedelta(minutes=rng.randrange(0, 60 * 24 * 40))
            )
        elif move == "move_event":
            ClaimEvent.objects.filter(
                pk__in=ClaimEvent.objects.order_by("?").values("pk")[:3]
            ).update(at=now - timedelta(minutes=rng.randrange(0, 60 * 24 * 40)))
        elif move == "drop_event":
            ClaimEvent.objects.filter(
                pk__in=ClaimEvent.objects.order_by("?").values("pk")[:2]
            ).delete()
        elif move == "delete_claim" and claims:
            rng.choice(claims).delete()
        elif move == "delete_article" and len(articles) > 1:
            articles.pop(rng.randrange(len(articles))).delete()  # claims and events cascade
        elif move == "add_article":
            articles.append(new_article(100 + step))
        elif move == "swap":
            # one statement moving claims both ways between two people
            first, second = fact_checker, other_fact_checker
            mine = list(Claim.objects.filter(assignee=first).values_list("pk", flat=True))
            theirs = list(Claim.objects.filter(assignee=second).values_list("pk", flat=True))
            from django.db.models import Case, Value, When

            Claim.objects.filter(pk__in=mine + theirs).update(
                assignee=Case(When(pk__in=mine, then=Value(second.pk)), default=Value(first.pk))
            )
        assert_summaries_match(after=f"step {step}: {move}")
    assert Claim.objects.filter(status__in=Claim.OPEN_STATUSES, assignee__isnull=False).exists()
    assert ClaimEvent.objects.filter(to_status__in=RESOLVED, action="transition").exists()


def test_the_services_keep_the_summaries(fact_checker, editor, other_fact_checker):
    from tests.dashboard_data import build_desk

    build_desk(fact_checker=fact_checker, editor=editor, other_fact_checker=other_fact_checker)
    assert_summaries_match()
    claim = Claim.objects.filter(status="new").first()
    services.claim_assign(
        claim=claim, assignee=fact_checker, by=editor, expected_version=claim.version
    )
    claim.refresh_from_db()
    services.claim_transition(
        claim=claim, to_status="dismissed", verdict="", note="Opinion, not a claim of fact.",
        by=editor, expected_version=claim.version,
    )  # fmt: skip
    assert_summaries_match()
    assert resolved_per_quarter_kept()


def test_rebuild_recomputes_what_the_triggers_keep(fact_checker, editor, other_fact_checker):
    from tests.dashboard_data import build_desk

    build_desk(fact_checker=fact_checker, editor=editor, other_fact_checker=other_fact_checker)
    kept = (open_per_person_kept(), resolved_per_quarter_kept())
    OpenClaimCount.objects.update(open_claims=999)
    ResolvedCount.objects.all().delete()
    summary_triggers.rebuild(connection)
    assert (open_per_person_kept(), resolved_per_quarter_kept()) == kept
    assert_summaries_match()
    OpenClaimCount.objects.all().delete()
    out = StringIO()
    call_command("rebuild_dashboard_counts", stdout=out)
    assert (open_per_person_kept(), resolved_per_quarter_kept()) == kept
    assert f"for {len(kept[0])} people" in out.getvalue()


def test_generated_data_is_counted(db):
    call_command(
        "generate_demo_data",
        articles=3,
        claims_per_article=40,
        seed=3,
        no_progress=True,
        verbosity=0,
    )
    assert sum(open_per_person_kept().values()) > 0
    assert sum(resolved_per_quarter_kept().values()) > 0
    assert_summaries_match()
