"""Reads for the editors' dashboard. Each selector runs a fixed number of queries, whatever the
number of articles or claims it covers, and leans on the indexes named in models.py."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count, Exists, F, OuterRef, Q, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone

from claims import checklists, search
from claims.models import (
    Article,
    Claim,
    ClaimEvent,
    ClaimMatch,
    ClaimRelation,
    OpenClaimCount,
    ResolvedCount,
)

VERIFIED_VERDICTS = (Claim.Verdict.TRUE, Claim.Verdict.MOSTLY_TRUE)
# What the progress bar calls "false or misleading": every other signed-off verdict.
FALSE_VERDICTS = tuple(v for v in Claim.Verdict.values if v not in VERIFIED_VERDICTS)
WINDOWS = {"24h": timedelta(hours=24), "3d": timedelta(days=3), "7d": timedelta(days=7)}


@dataclass(frozen=True)
class DashboardFilters:
    desk: str = ""
    outlet: str = ""
    window: str = ""  # one of WINDOWS, or "" for every deadline
    assignee: int | None = None
    status: str = ""
    query: str = ""

    def articles(self, now: datetime):
        articles = search.articles_matching(Article.objects.all(), self.query)
        if self.desk:
            articles = articles.filter(desk__iexact=self.desk)
        if self.outlet:
            articles = articles.filter(outlet__iexact=self.outlet)
        if self.window in WINDOWS:
            articles = articles.filter(verify_by__lte=now + WINDOWS[self.window])
        claims = self.claims(now).filter(article=OuterRef("pk"))
        if self.assignee is not None or self.status:
            articles = articles.filter(Exists(claims))
        return articles

    def claims(self, now: datetime):
        claims = search.claims_matching(Claim.objects.all(), self.query)
        if self.desk:
            claims = claims.filter(article__desk__iexact=self.desk)
        if self.outlet:
            claims = claims.filter(article__outlet__iexact=self.outlet)
        if self.assignee is not None:
            claims = claims.filter(assignee_id=self.assignee)
        if self.status:
            claims = claims.filter(status=self.status)
        return claims


@dataclass
class ArticleProgress:
    article: Article
    verified: int = 0
    false_or_misleading: int = 0
    open: int = 0
    dismissed: int = 0
    overdue: int = 0
    proposed: int = 0
    contested: int = 0
    seen_before: int = 0  # claims the desk has seen in earlier articles
    already_checked: int = 0  # of those, claims whose earlier twin has a signed-off verdict
    steps_closed: int = 0  # checklist steps done or waived, over the article's claims
    steps_total: int = 0
    reasons: list[str] = field(default_factory=list)

    @property
    def steps_percent(self) -> float:
        return round(100 * self.steps_closed / self.steps_total, 1) if self.steps_total else 0.0

    @property
    def total(self) -> int:
        return self.verified + self.false_or_misleading + self.open + self.dismissed

    @property
    def ready(self) -> bool:
        return not self.reasons

    def percent(self, part: int) -> float:
        return round(100 * part / self.total, 1) if self.total else 0.0

    @property
    def bar(self) -> list[tuple[str, str, int, float, float]]:
        """(key, label, count, percent, offset) of each non-empty segment, left to right."""
        segments, offset = [], 0.0
        for key, label, count in (
            ("verified", "verified", self.verified),
            ("false", "false or misleading", self.false_or_misleading),
            ("open", "open", self.open),
            ("dismissed", "dismissed", self.dismissed),
        ):
            if count:
                segments.append((key, label, count, self.percent(count), offset))
                offset += self.percent(count)
        return segments


def dashboard_article_progress(
    *, filters: DashboardFilters, now: datetime | None = None, limit: int = 50
) -> list[ArticleProgress]:
    """The articles in scope, at risk first (deadline soonest, with claims still open), each with
    its claims counted by outcome, by what the desk checked before and by the checklist steps
    taken. Five queries, whatever the number of articles and claims."""
    now = now or timezone.now()
    open_claims = Claim.objects.filter(article=OuterRef("pk"), status__in=Claim.OPEN_STATUSES)
    articles = list(
        filters.articles(now)
        .annotate(has_open=Exists(open_claims))
        .order_by("-has_open", "verify_by", "-created_at")
        .only("id", "title", "outlet", "desk", "verify_by", "created_at", "url")[:limit]
    )
    rows = {article.pk: ArticleProgress(article) for article in articles}
    counts = (
        Claim.objects.filter(article_id__in=rows)
        .values("article_id", "status")
        .annotate(
            total=Count("pk"),
            verified=Count("pk", filter=Q(verdict__in=VERIFIED_VERDICTS)),
            overdue=Count("pk", filter=Q(due_at__lt=now)),
        )
    )
    for count in counts:
        row = rows[count["article_id"]]
        status = count["status"]
        if status == Claim.Status.SIGNED_OFF:
            row.verified += count["verified"]
            row.false_or_misleading += count["total"] - count["verified"]
        elif status == Claim.Status.DISMISSED:
            row.dismissed += count["total"]
        else:
            row.open += count["total"]
            row.overdue += count["overdue"]
            if status == Claim.Status.VERDICT_PROPOSED:
                row.proposed += count["total"]
    contested = (
        ClaimRelation.objects.filter(
            to_claim__article_id__in=rows, type__in=ClaimRelation.CONTESTING
        )
        .values("to_claim__article_id")
        .annotate(claims=Count("to_claim_id", distinct=True))
    )
    for count in contested:
        rows[count["to_claim__article_id"]].contested = count["claims"]
    seen = (
        ClaimMatch.objects.filter(claim__article_id__in=rows, relation=ClaimMatch.Relation.SAME)
        .exclude(status=ClaimMatch.Status.DISMISSED)
        .values("claim__article_id")
        .annotate(
            seen=Count("claim_id", distinct=True),
            checked=Count(
                "claim_id",
                distinct=True,
                filter=Q(earlier__status=Claim.Status.SIGNED_OFF) & ~Q(earlier__verdict=""),
            ),
        )
    )
    for count in seen:
        row = rows[count["claim__article_id"]]
        row.seen_before, row.already_checked = count["seen"], count["checked"]
    for article_id, (closed, total) in checklists.progress(list(rows)).items():
        rows[article_id].steps_closed, rows[article_id].steps_total = closed, total
    for row in rows.values():
        row.reasons = _not_ready_because(row, now)
    return list(rows.values())


def _not_ready_because(row: ArticleProgress, now: datetime) -> list[str]:
    reasons = []
    if row.total == 0:
        reasons.append("no claims yet")
    if row.open:
        reasons.append(f"{row.open} claim{'s' if row.open != 1 else ''} still open")
    if row.proposed:
        reasons.append(f"{row.proposed} verdict{'s' if row.proposed != 1 else ''} to sign off")
    if row.overdue:
        reasons.append(f"{row.overdue} overdue")
    return reasons


def dashboard_overdue(*, filters: DashboardFilters, now: datetime | None = None, limit: int = 25):
    """Open claims past their due time, the longest late first."""
    now = now or timezone.now()
    return list(
        filters.claims(now)
        .filter(status__in=Claim.OPEN_STATUSES, due_at__lt=now)
        .select_related("article", "assignee")
        .order_by("due_at")[:limit]
    )


def dashboard_sign_off_queue(*, filters: DashboardFilters, now: datetime | None = None, limit=25):
    """Proposed verdicts waiting for an editor."""
    now = now or timezone.now()
    return list(
        filters.claims(now)
        .filter(status=Claim.Status.VERDICT_PROPOSED)
        .select_related("article", "assignee", "verdict_proposed_by")
        .order_by("due_at", "pk")[:limit]
    )


@dataclass
class Workload:
    person: object
    open: int
    due_today: int
    overdue: int


def dashboard_workload(*, now: datetime | None = None, day_ends: datetime | None = None):
    """Open, due today and overdue claims per person. The open totals are OpenClaimCount's
    (kept by triggers); due today and overdue are read from the due times up to the end of
    today (index claim_open_assigned_due). Three queries, whatever the desk's size."""
    now = now or timezone.now()
    day_ends = day_ends or timezone.localtime(now).replace(hour=23, minute=59, second=59)
    open_counts = dict(
        OpenClaimCount.objects.filter(open_claims__gt=0).values_list("assignee_id", "open_claims")
    )
    due = {
        row["assignee"]: row
        for row in Claim.objects.filter(
            status__in=Claim.OPEN_STATUSES, assignee__isnull=False, due_at__lte=day_ends
        )
        .values("assignee")
        .annotate(
            due_today=Count("pk", filter=Q(due_at__gte=now)),
            overdue=Count("pk", filter=Q(due_at__lt=now)),
        )
    }
    people = get_user_model().objects.in_bulk(list(open_counts))
    nothing_due = {"due_today": 0, "overdue": 0}
    return sorted(
        (
            Workload(
                people[pk],
                total,
                due.get(pk, nothing_due)["due_today"],
                due.get(pk, nothing_due)["overdue"],
            )
            for pk, total in open_counts.items()
            if pk in people
        ),
        key=lambda load: (-load.overdue, -load.open, load.person.get_username()),
    )


def dashboard_activity(*, limit: int = 20):
    """Recent transitions, notes and sign-offs across the desk."""
    actions = (
        ClaimEvent.Action.TRANSITION,
        ClaimEvent.Action.NOTE_ADDED,
        ClaimEvent.Action.ASSIGNED,
        ClaimEvent.Action.SOURCE_ADDED,
    )
    return list(
        ClaimEvent.objects.filter(action__in=actions)
        .select_related("actor", "claim__article")
        .order_by("-at", "-pk")[:limit]
    )


@dataclass
class Charts:
    resolved_per_day: list[tuple[date, int]]
    status_mix: list[tuple[str, str, int]]
    median_hours_to_verdict: float | None
    verdicts_measured: int


def dashboard_charts(
    *, rows: list[ArticleProgress], now: datetime | None = None, days: int = 30
) -> Charts:
    """Claims resolved per day (signed off or dismissed) over the last `days`, the status mix of
    the articles shown, and the median time from extraction to sign-off (last `days`)."""
    now = now or timezone.now()
    since = now - timedelta(days=days)
    first_day = timezone.localtime(since).date()
    # Resolutions per quarter hour (ResolvedCount, kept by triggers), summed into the
    # reader's days by the database: every zone's offset is whole quarter hours, so no quarter
    # straddles a midnight. The days shown start at the first local midnight after `since`.
    shown_from = timezone.make_aware(datetime.combine(first_day + timedelta(days=1), time.min))
    per_day = dict(
        ResolvedCount.objects.filter(quarter__gte=shown_from)
        .annotate(day=TruncDate("quarter"))
        .values_list("day")
        .annotate(total=Sum("resolved"))
    )
    resolved = [
        (first_day + timedelta(days=offset), per_day.get(first_day + timedelta(days=offset), 0))
        for offset in range(1, days + 1)
    ]
    mix = [
        ("verified", "Verified", sum(row.verified for row in rows)),
        ("false", "False or misleading", sum(row.false_or_misleading for row in rows)),
        ("open", "Open", sum(row.open for row in rows)),
        ("dismissed", "Dismissed", sum(row.dismissed for row in rows)),
    ]
    # The latest 2,000 sign-offs are plenty for a median and keep the read bounded.
    durations = [
        taken.total_seconds() / 3600
        for taken in Claim.objects.filter(status=Claim.Status.SIGNED_OFF, signed_off_at__gte=since)
        .order_by("-signed_off_at")
        .annotate(taken=F("signed_off_at") - F("created_at"))
        .values_list("taken", flat=True)[:2000]
    ]
    return Charts(
        resolved_per_day=resolved,
        status_mix=mix,
        median_hours_to_verdict=round(statistics.median(durations), 1) if durations else None,
        verdicts_measured=len(durations),
    )


def dashboard_filter_choices():
    """Desks, outlets and people for the filter form (small, distinct lists)."""
    desks = list(
        Article.objects.exclude(desk="")
        .values_list("desk", flat=True)
        .distinct()
        .order_by("desk")[:200]
    )
    outlets = list(
        Article.objects.exclude(outlet="")
        .values_list("outlet", flat=True)
        .distinct()
        .order_by("outlet")[:200]
    )
    return desks, outlets


# The distinct outlets in name order, one index step each (a "loose index scan" on the
# article_outlet index): the time grows with the outlets, not with the articles.
_OUTLETS = """
WITH RECURSIVE outlets(name) AS (
    (SELECT outlet FROM claims_article WHERE outlet <> '' ORDER BY outlet LIMIT 1)
    UNION ALL
    SELECT (SELECT outlet FROM claims_article WHERE outlet > outlets.name AND outlet <> ''
            ORDER BY outlet LIMIT 1)
    FROM outlets WHERE outlets.name IS NOT NULL
)
SELECT name FROM outlets WHERE name IS NOT NULL LIMIT %s
"""


def outlets(limit: int) -> list[str]:
    """The first `limit` distinct outlets of the articles, in name order."""
    if connection.vendor != "postgresql":
        found = Article.objects.exclude(outlet="").values_list("outlet", flat=True)
        return list(found.distinct().order_by("outlet")[:limit])
    with connection.cursor() as cursor:
        cursor.execute(_OUTLETS, [limit])
        return [row[0] for row in cursor.fetchall()]
