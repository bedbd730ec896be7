"""A desk in mid-shift for the dashboard's tests and screenshots: the seed article being
worked, and two more articles in other states."""

from datetime import timedelta

from django.utils import timezone

from claims.models import Claim, ClaimEvent, ClaimSource, ReviewNote, Source
from claims.services import article_ingest
from tests.support.seed import SEED

BUDGET = """Riverside council approves budget

By Ana Ruiz | The Riverside Ledger | Updated: 2026-11-20 18:02

The council voted 7-2 on Tuesday to approve a $48 million budget, the mayor's office said.

Property taxes will rise 3.5 percent next year, according to the finance department.

Councillor Dana Wells said the increase was "the smallest in a decade".

The union representing city workers said 40 jobs would be cut, but the mayor denied \
that any layoffs were planned.
"""
STORM = """Storm leaves thousands without power

By Lee Park | Coastal Times | Updated: 2026-11-21 07:15

About 12,000 homes were without power on Friday after a storm hit the coast, the utility said.

Officials said two people were injured. The hospital put the number at five.

Schools will reopen on Monday, the education department said.
"""


def build_desk(*, fact_checker, editor, other_fact_checker):
    now = timezone.now()
    seed = article_ingest(
        text=SEED, by=fact_checker, desk="World", verify_by=now + timedelta(hours=5)
    )
    budget = article_ingest(
        text=BUDGET, by=fact_checker, desk="Metro", verify_by=now + timedelta(hours=30)
    )
    storm = article_ingest(
        text=STORM, by=other_fact_checker, desk="Metro", verify_by=now - timedelta(hours=2)
    )
    source = Source.objects.create(name="Human Rights Watch report", kind="document")
    claims = list(seed.claims.order_by("-checkworthiness"))
    # worked claims on the seed article
    for index, claim in enumerate(claims[:6]):
        claim.assignee = fact_checker if index % 2 == 0 else other_fact_checker
        claim.status = "in_review"
        claim.due_at = now - timedelta(hours=index + 1) if index < 3 else now + timedelta(hours=3)
        claim.save()
    proposed = seed.claims.get(text__contains="expanding its use of widely banned")
    ReviewNote.objects.create(claim=proposed, author=fact_checker, body="HRW documented it.")
    ClaimSource.objects.create(claim=proposed, source=source, role="supports")
    Claim.objects.filter(pk=proposed.pk).update(
        status="verdict_proposed",
        verdict="true",
        verdict_proposed_by=fact_checker,
        assignee=fact_checker,
        due_at=now + timedelta(hours=2),
    )
    # the budget article: all claims decided over the last days, so it is ready
    budget.claims.update(created_at=now - timedelta(days=6))
    for index, claim in enumerate(budget.claims.all()):
        decided = {"status": "signed_off", "verdict": "true" if index % 3 else "misleading"}
        if index == 0:
            decided = {"status": "dismissed", "verdict": ""}
        Claim.objects.filter(pk=claim.pk).update(
            **decided,
            signed_off_by=editor if decided["status"] == "signed_off" else None,
            signed_off_at=now - timedelta(days=index % 5, hours=2),
        )
        ClaimEvent.objects.create(
            claim=claim,
            actor=editor,
            action="transition",
            from_status="verdict_proposed",
            to_status=decided["status"],
        )
    # the storm article: late, unassigned
    storm.claims.update(due_at=now - timedelta(hours=3))
    return seed, budget, storm
