"""The editors' dashboard: every figure against hand-built data, who sees what, and a query
count that does not grow with the number of articles."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from claims import selectors
from claims.models import Article, Claim, ClaimEvent, ClaimRelation
from tests.dashboard_data import build_desk
from tests.support.short_article import BODY, claim_on_body

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def article(title="A", *, desk="World", verify_in_hours=None):
    return Article.objects.create(
        title=title,
        body=BODY + f" {title}",
        desk=desk,
        verify_by=NOW + timedelta(hours=verify_in_hours) if verify_in_hours is not None else None,
    )


def claim(article, ordinal, *, status="new", verdict="", due_in_hours=None, assignee=None):
    made = claim_on_body(
        article,
        ordinal,
        status=status,
        verdict=verdict,
        due_at=NOW + timedelta(hours=due_in_hours) if due_in_hours is not None else None,
        assignee=assignee,
    )
    made.save()
    return made


def progress(**filters):
    return {
        row.article.title: row
        for row in selectors.dashboard_article_progress(
            filters=selectors.DashboardFilters(**filters), now=NOW
        )
    }


def test_progress_counts_claims_by_outcome_and_says_why_not_ready():
    one = article("One", verify_in_hours=2)
    claim(one, 1, status="signed_off", verdict="true")
    claim(one, 2, status="signed_off", verdict="mostly_true")
    claim(one, 3, status="signed_off", verdict="misleading")
    claim(one, 4, status="dismissed")
    claim(one, 5, status="in_review", due_in_hours=-1)
    proposed = claim(one, 6, status="verdict_proposed", verdict="false", due_in_hours=3)
    ClaimRelation.objects.create(
        from_claim=proposed, to_claim=Claim.objects.get(ordinal=1, article=one), type="contradicts"
    )
    row = progress()["One"]
    assert (row.verified, row.false_or_misleading, row.open, row.dismissed) == (2, 1, 2, 1)
    assert (row.overdue, row.proposed, row.contested, row.total) == (1, 1, 1, 6)
    assert not row.ready
    assert row.reasons == ["2 claims still open", "1 verdict to sign off", "1 overdue"]
    assert [segment[0] for segment in row.bar] == ["verified", "false", "open", "dismissed"]
    assert sum(segment[3] for segment in row.bar) == pytest.approx(100, abs=0.5)


def test_an_article_with_every_claim_decided_is_ready():
    done = article("Done")
    claim(done, 1, status="signed_off", verdict="true")
    claim(done, 2, status="dismissed")
    assert progress()["Done"].ready


def test_an_article_without_claims_is_not_ready():
    article("Empty")
    assert progress()["Empty"].reasons == ["no claims yet"]


def test_articles_at_risk_come_first():
    later = article("Later, open", verify_in_hours=48)
    claim(later, 1)
    sooner = article("Sooner, open", verify_in_hours=1)
    claim(sooner, 1)
    closed = article("Soonest, all done", verify_in_hours=0)
    claim(closed, 1, status="dismissed")
    order = [
        row.article.title
        for row in selectors.dashboard_article_progress(
            filters=selectors.DashboardFilters(), now=NOW
        )
    ]
    assert order == ["Sooner, open", "Later, open", "Soonest, all done"]


def test_filters_by_desk_window_assignee_and_status(fact_checker):
    world = article("World soon", verify_in_hours=5)
    claim(world, 1, assignee=fact_checker)
    metro = article("Metro later", desk="Metro", verify_in_hours=100)
    claim(metro, 1, status="in_review")
    assert set(progress(desk="metro")) == {"Metro later"}
    assert set(progress(window="24h")) == {"World soon"}
    assert set(progress(assignee=fact_checker.pk)) == {"World soon"}
    assert set(progress(status="in_review")) == {"Metro later"}


def test_overdue_lists_open_late_claims_longest_late_first(fact_checker):
    a = article()
    claim(a, 1, due_in_hours=-1, assignee=fact_checker)
    claim(a, 2, due_in_hours=-5)
    claim(a, 3, due_in_hours=-9, status="signed_off", verdict="true")
    claim(a, 4, due_in_hours=2)
    late = selectors.dashboard_overdue(filters=selectors.DashboardFilters(), now=NOW)
    assert [c.ordinal for c in late] == [2, 1]


def test_workload_per_person(fact_checker, other_fact_checker):
    a = article()
    claim(a, 1, assignee=fact_checker, due_in_hours=-2)
    claim(a, 2, assignee=fact_checker, due_in_hours=1)
    claim(a, 3, assignee=fact_checker)
    claim(a, 4, assignee=other_fact_checker, status="signed_off", verdict="true")
    claim(a, 5, assignee=other_fact_checker, status="in_review", due_in_hours=30)
    loads = selectors.dashboard_workload(now=NOW, day_ends=NOW + timedelta(hours=6))
    assert [(load.person, load.open, load.due_today, load.overdue) for load in loads] == [
        (fact_checker, 3, 1, 1),
        (other_fact_checker, 1, 0, 0),
    ]


def test_median_time_to_verdict_and_resolved_per_day(editor):
    a = article()
    for ordinal, hours in ((1, 10), (2, 20), (3, 60)):
        c = claim(a, ordinal, status="signed_off", verdict="true")
        Claim.objects.filter(pk=c.pk).update(
            created_at=NOW - timedelta(hours=100), signed_off_at=NOW - timedelta(hours=100 - hours)
        )
        event = ClaimEvent.objects.create(
            claim=c, actor=editor, action="transition", to_status="signed_off"
        )
        ClaimEvent.objects.filter(pk=event.pk).update(at=NOW - timedelta(days=ordinal - 1))
    charts = selectors.dashboard_charts(rows=[], now=NOW)
    assert charts.median_hours_to_verdict == 20.0
    assert charts.verdicts_measured == 3
    assert sum(count for _, count in charts.resolved_per_day) == 3
    assert len(charts.resolved_per_day) == 30


@pytest.mark.parametrize("zone", ["UTC", "Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns"])
def test_resolved_per_day_falls_on_the_readers_days(editor, zone):
    """Resolutions are kept per quarter hour; a day is the reader's, whatever their offset."""
    import zoneinfo
    from datetime import datetime

    a = article()
    local = zoneinfo.ZoneInfo(zone)
    today = timezone.localtime(NOW, local).date()
    # either side of the reader's midnight three days ago, and one in the middle of a day
    midnight = datetime.combine(today - timedelta(days=3), datetime.min.time(), tzinfo=local)
    moments = {
        1: midnight - timedelta(minutes=1),
        2: midnight,
        3: midnight + timedelta(minutes=14),
        4: midnight + timedelta(hours=30),
    }
    for ordinal, moment in moments.items():
        c = claim(a, ordinal, status="dismissed")
        event = ClaimEvent.objects.create(
            claim=c, actor=editor, action="transition", to_status="dismissed"
        )
        ClaimEvent.objects.filter(pk=event.pk).update(at=moment)
    with timezone.override(local):
        per_day = dict(selectors.dashboard_charts(rows=[], now=NOW).resolved_per_day)
    assert per_day[today - timedelta(days=4)] == 1
    assert per_day[today - timedelta(days=3)] == 2
    assert per_day[today - timedelta(days=2)] == 1
    assert sum(per_day.values()) == 4


# --- who sees what -----------------------------------------------------------------------------


def test_anonymous_people_are_sent_to_log_in(client):
    response = client.get("/dashboard/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_an_account_with_no_role_is_refused(client, outsider):
    client.force_login(outsider)
    assert client.get("/dashboard/").status_code == 403


def test_a_fact_checker_sees_only_their_queue_and_cannot_act(
    client, fact_checker, other_fact_checker, editor
):
    seed, _budget, _storm = build_desk(
        fact_checker=fact_checker, editor=editor, other_fact_checker=other_fact_checker
    )
    client.force_login(fact_checker)
    page = client.get("/dashboard/?assignee=" + str(other_fact_checker.pk)).content.decode()
    assert "My verification queue" in page
    assert "Storm leaves thousands" not in page  # not theirs
    assert "dashboard_sign_off" not in page and "/sign-off/" not in page
    proposed = seed.claims.get(status="verdict_proposed")
    response = client.post(
        f"/dashboard/claims/{proposed.pk}/sign-off/", {"version": proposed.version}
    )
    assert response.status_code == 403


def test_an_editor_signs_off_from_the_dashboard(client, fact_checker, other_fact_checker, editor):
    seed, *_ = build_desk(
        fact_checker=fact_checker, editor=editor, other_fact_checker=other_fact_checker
    )
    proposed = seed.claims.get(status="verdict_proposed")
    client.force_login(editor)
    stale = client.post(f"/dashboard/claims/{proposed.pk}/sign-off/", {"version": 999}, follow=True)
    assert "Someone else changed this claim" in stale.content.decode()
    response = client.post(
        f"/dashboard/claims/{proposed.pk}/sign-off/", {"version": proposed.version}, follow=True
    )
    assert "signed off as “True”" in response.content.decode()
    proposed.refresh_from_db()
    assert proposed.status == "signed_off"


def test_an_editor_reassigns_and_sets_a_due_date(client, fact_checker, other_fact_checker, editor):
    a = article()
    c = claim(a, 1, assignee=fact_checker)
    client.force_login(editor)
    client.post(
        f"/dashboard/claims/{c.pk}/assign/", {"version": 1, "assignee": other_fact_checker.pk}
    )
    c.refresh_from_db()
    assert c.assignee == other_fact_checker
    client.post(
        f"/dashboard/claims/{c.pk}/due/", {"version": c.version, "due_at": "2030-01-02T09:30"}
    )
    c.refresh_from_db()
    assert c.due_at.year == 2030 and c.due_set_by_hand
    bad = client.post(
        f"/dashboard/claims/{c.pk}/due/", {"version": c.version, "due_at": "soon"}, follow=True
    )
    assert "is not a date and time" in bad.content.decode()


def test_hostile_redirects_stay_on_the_site(client, editor):
    a = article()
    c = claim(a, 1)
    client.force_login(editor)
    response = client.post(
        f"/dashboard/claims/{c.pk}/assign/",
        {"version": 1, "assignee": "", "next": "https://evil.example/"},
    )
    assert response["Location"] == "/dashboard/"


# --- queries -----------------------------------------------------------------------------------


def many_articles(count: int, assignee, *, first: int = 0):
    articles = Article.objects.bulk_create(
        Article(
            title=f"Article {n}",
            body=BODY + f" {n}",
            content_hash=f"h{n}",
            desk="World",
            verify_by=NOW + timedelta(hours=n % 48),
        )
        for n in range(first, first + count)
    )
    Claim.objects.bulk_create(
        claim_on_body(
            a,
            i + 1,
            assignee=assignee,
            status=("new", "in_review", "signed_off")[i % 3],
            verdict="true" if i % 3 == 2 else "",
            due_at=NOW - timedelta(hours=1) if i == 0 else None,
        )
        for a in articles
        for i in range(3)
    )


def dashboard_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/dashboard/")
    assert response.status_code == 200
    return len(queries)


def test_the_dashboard_query_count_is_the_same_for_5_and_200_articles(client, editor, fact_checker):
    client.force_login(editor)
    many_articles(5, fact_checker)
    with_five = dashboard_queries(client)
    many_articles(195, fact_checker, first=5)
    with_two_hundred = dashboard_queries(client)
    assert with_five == with_two_hundred
    assert with_five <= 21  # the checklist progress of the articles is one query
