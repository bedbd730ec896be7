"""Reminder sweep: time and queries with 1,000 claims due among 10,000 and among 1,000,000.

The sweep's cost must follow the number of due claims, not the number of claims. Run on
PostgreSQL (it creates and drops its own database, claimdesk_bench_sweep):

    .venv/bin/python bench/reminder_sweep.py                 # 10,000 and 1,000,000
    .venv/bin/python bench/reminder_sweep.py --sizes 10000 100000

Prints, per size: claims, due claims, sweep time (median of 5 runs, notifications cleared
between runs), queries per sweep, and the ratio of the largest to the smallest size.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import psycopg

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
DATABASE = "claimdesk_bench_sweep"
DUE = 1000
CLAIMS_PER_ARTICLE = 100


def recreate_database() -> None:
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DATABASE}")
        admin.execute(f"CREATE DATABASE {DATABASE}")


def fill(total: int) -> None:
    """Articles and claims in bulk, with SQL: DUE claims due within the hour, assigned; of the
    rest, a third open with a due time weeks away and two thirds resolved."""
    from django.db import connection

    articles = total // CLAIMS_PER_ARTICLE
    body = "The ministry said 40 people were injured in the blast on Saturday. " * 20
    with connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO claims_article (title, outlet, byline, dateline, url, body, content_hash,
                desk, ingest_status, ingest_error, created_at, updated_at)
            SELECT 'Article ' || n, 'Bench Outlet', '', '', '', %s, md5(n::text), 'World',
                'ready', '', now(), now()
            FROM generate_series(1, %s) AS n
            """,
            [body, articles],
        )
        cursor.execute("SELECT min(id) FROM claims_article")
        first_article = cursor.fetchone()[0]
        cursor.execute("SELECT id FROM auth_user ORDER BY id LIMIT 1")
        assignee = cursor.fetchone()[0]
        cursor.execute(
            """
            INSERT INTO claims_claim (article_id, ordinal, text, start, "end", sentence_start,
                sentence_end, claimant, claimant_kind, cue, kind, flag_unverified,
                flag_anonymous_source, flag_hedged, flag_statistic, flag_direct_quote,
                checkworthiness, checkworthiness_reasons, status, verdict, assignee_id, due_at,
                due_set_by_hand, priority, origin, version, last_activity_at, created_at,
                updated_at, review_url)
            SELECT %(first)s + (n - 1) / %(per)s, (n - 1) %% %(per)s + 1,
                '40 people were injured', 18, 40, 0, 67, 'The ministry', 'government', 'said',
                'statistic', false, false, false, true, false, 0.3, '[]',
                CASE WHEN n <= %(due)s THEN 'new'
                     WHEN n %% 3 = 0 THEN 'in_review'
                     WHEN n %% 3 = 1 THEN 'signed_off' ELSE 'dismissed' END,
                CASE WHEN n > %(due)s AND n %% 3 = 1 THEN 'true' ELSE '' END,
                %(assignee)s,
                CASE WHEN n <= %(due)s THEN now() + interval '30 minutes'
                     WHEN n %% 3 = 0 THEN now() + interval '30 days'
                     ELSE now() - interval '30 days' END,
                false, 3, 'extracted', 1, now(), now(), now(), ''
            FROM generate_series(1, %(total)s) AS n
            """,
            {
                "first": first_article,
                "per": CLAIMS_PER_ARTICLE,
                "due": DUE,
                "assignee": assignee,
                "total": total,
            },
        )
        cursor.execute("ANALYZE")


def measure(total: int) -> dict:
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from claims.models import Notification
    from claims.notifications import sweep_reminders

    recreate_database()
    connection.close()
    call_command("migrate", verbosity=0)
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user("bench", "bench@example.org", "x")
    user.groups.add(Group.objects.get(name="Fact-checkers"))
    started = time.perf_counter()
    fill(total)
    filled = time.perf_counter() - started
    timings, queries = [], []
    for _ in range(5):
        Notification.objects.all().delete()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            result = sweep_reminders()
            timings.append(time.perf_counter() - started)
        queries.append(len(captured))
        assert result.created["due_soon"] == DUE, result
    connection.close()
    return {
        "claims": total,
        "due": DUE,
        "fill_s": filled,
        "sweep_ms": statistics.median(timings) * 1000,
        "queries": max(queries),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 1_000_000])
    arguments = parser.parse_args()
    os.environ.update(
        DATABASE_URL=f"{SERVER}/{DATABASE}",
        DEBUG="True",
        CELERY_BROKER_URL="memory://",
        DJANGO_SETTINGS_MODULE="newsroom.settings",
    )
    import django

    django.setup()
    rows = [measure(size) for size in arguments.sizes]
    print("| claims | due | sweep (median of 5) | queries | data load |")
    print("|---:|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['claims']:,} | {row['due']:,} | {row['sweep_ms']:.1f} ms | "
            f"{row['queries']} | {row['fill_s']:.0f} s |"
        )
    ratio = rows[-1]["sweep_ms"] / rows[0]["sweep_ms"]
    print(
        f"\nratio {rows[-1]['claims']:,} / {rows[0]['claims']:,} claims: {ratio:.2f}x (target < 2)"
    )
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {DATABASE}")


if __name__ == "__main__":
    main()
