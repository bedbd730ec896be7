"""Evidence snapshots at scale: the claim page and the re-capture sweep with 1,000 and with
100,000 snapshots stored.

    .venv/bin/python bench/snapshots.py [--articles 100] [--sizes 1000 100000]

On a generated desk (generate_demo_data, 100 claims per article) every source gets an address,
then snapshots are added (rows as a capture writes them, spread over the sources and the last
60 days; the bodies' files are not needed for these two reads) up to each size. Times, at each
size: the admin page of the claim whose sources have the most snapshots (median of 7, and its
queries), and the sweep choosing the next SNAPSHOT_SWEEP_BATCH sources to capture again
(snapshots.sources_due: median of 7, and its queries). Prints both ratios (100,000 / 1,000;
the pages must not slow: <= 1.5x) and, last, one line `RESULT {json}`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    drop_database,
    median_ms,
    page_ms_and_queries,
    prepare,
    reconnect,
    result,
    script_command,
    setup_django,
)

DATABASE = "claimdesk_bench_snapshots"
TARGET = 1.5


def add_snapshots(total: int) -> None:
    """Rows up to `total` snapshots, in one INSERT … SELECT."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM claims_snapshot")
        have = cursor.fetchone()[0]
        missing = total - have
        if missing <= 0:
            return
        cursor.execute(
            """
            WITH numbered AS (
                SELECT id, url, row_number() OVER (ORDER BY id) - 1 AS k FROM claims_source
            )
            INSERT INTO claims_snapshot (source_id, url, final_url, fetched_at, outcome, status,
                headers, content_type, charset, size, sha256, stored_as, text, error)
            SELECT s.id, s.url, s.url,
                   now() - (n %% 1440) * interval '1 hour' - interval '25 hours',
                   'captured', 200, '[]'::jsonb, 'text/html', 'utf-8', 2048,
                   md5(n::text) || md5((n + 1)::text), 'bench/' || n,
                   'The page as captured, number ' || n, ''
            FROM generate_series(%s, %s) AS n
            JOIN numbered AS s ON s.k = n %% (SELECT count(*) FROM claims_source)
            """,
            [have + 1, total],
        )
        # As captures leave them: each source's last capture.
        cursor.execute(
            "UPDATE claims_source AS s SET last_capture_at = latest.at FROM ("
            "  SELECT source_id, max(fetched_at) AS at FROM claims_snapshot GROUP BY source_id"
            ") AS latest WHERE latest.source_id = s.id"
        )
        cursor.execute("ANALYZE claims_snapshot")
        cursor.execute("ANALYZE claims_source")


def measure(sizes: list[int]) -> list[dict]:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims import snapshots
    from claims.models import Claim

    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE claims_source SET url = 'https://example.org/source/' || id WHERE url = ''"
        )
    admin = get_user_model().objects.create_superuser("bench-admin", "b@example.org", None)
    client = Client()
    client.force_login(admin)
    rows = []
    for size in sizes:
        add_snapshots(size)
        claim = (
            Claim.objects.filter(status__in=Claim.OPEN_STATUSES)
            .annotate(captures=Count("claim_sources__source__snapshots"))
            .order_by("-captures", "pk")
            .first()
        )
        page, page_queries = page_ms_and_queries(client, f"/admin/claims/claim/{claim.pk}/change/")
        sweep = median_ms(lambda: snapshots.sources_due())
        with CaptureQueriesContext(connection) as captured:
            due = snapshots.sources_due()
        rows.append(
            {
                "size": size,
                "page": page,
                "page_queries": page_queries,
                "captures": claim.captures,
                "sweep": sweep,
                "sweep_queries": len(captured),
                "due": len(due),
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000])
    options = parser.parse_args()
    setup_django(DATABASE)
    prepare(DATABASE, options.articles)
    reconnect()
    rows = measure(sorted(options.sizes))
    reconnect()
    drop_database(DATABASE)
    print("| snapshots | claim page | its queries | its sources' snapshots | sweep | its queries |")
    print("|---:|---:|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['size']:,} | {row['page']:.1f} ms | {row['page_queries']} | "
            f"{row['captures']:,} | {row['sweep']:.1f} ms | {row['sweep_queries']} |"
        )
    small, large = rows[0], rows[-1]
    page_ratio = large["page"] / small["page"]
    sweep_ratio = large["sweep"] / small["sweep"]
    print(
        f"\nratio {large['size']:,} / {small['size']:,} snapshots: claim page "
        f"{page_ratio:.2f}x, sweep {sweep_ratio:.2f}x (target <= {TARGET}x; queries "
        f"{small['page_queries']} -> {large['page_queries']} and "
        f"{small['sweep_queries']} -> {large['sweep_queries']})"
    )
    command = script_command(
        "snapshots.py", f"--articles {options.articles} --sizes {' '.join(map(str, options.sizes))}"
    )
    result(
        [
            {
                "figure": f"claim page with {large['size']:,} vs {small['size']:,} snapshots",
                "value": f"{large['page']:.1f} vs {small['page']:.1f} ms = {page_ratio:.2f}x "
                f"({large['page_queries']} / {small['page_queries']} queries)",
                "target": f"<= {TARGET}x, same queries",
                "met": page_ratio <= TARGET and large["page_queries"] == small["page_queries"],
                "command": command,
            },
            {
                "figure": f"re-capture sweep with {large['size']:,} vs {small['size']:,} snapshots",
                "value": f"{large['sweep']:.1f} vs {small['sweep']:.1f} ms = {sweep_ratio:.2f}x "
                f"({large['sweep_queries']} / {small['sweep_queries']} queries)",
                "target": f"<= {TARGET}x, same queries",
                "met": sweep_ratio <= TARGET and large["sweep_queries"] == small["sweep_queries"],
                "command": command,
            },
        ]
    )


if __name__ == "__main__":
    main()
