"""Editors' dashboard: server time of /dashboard/ at 10,000 and at 1,000,000 claims.

    .venv/bin/python bench/dashboard.py                       # 100 and 10,000 articles
    .venv/bin/python bench/dashboard.py --articles 10 1000

For each size: creates claimdesk_bench_dashboard, fills it with generate_demo_data (100 claims
per article), logs in one of its editors (Django test Client, in this process) and times GET
/dashboard/, median of 7 after 2 warm-ups, with its query count. Targets: under 300 ms at the
largest size; the ratio largest / smallest is printed to show how it scales.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    drop_database,
    page_ms_and_queries,
    prepare,
    reconnect,
    result,
    script_command,
    setup_django,
)

DATABASE = "claimdesk_bench_dashboard"
TARGET_MS = 300


def measure(articles: int) -> dict:
    from django.contrib.auth import get_user_model
    from django.test import Client

    generated = prepare(DATABASE, articles)
    reconnect()
    client = Client()
    client.force_login(get_user_model().objects.get(username="editor001"))
    row = {"articles": articles, "claims": articles * 100, "generated": generated}
    row["ms"], row["queries"] = page_ms_and_queries(client, "/dashboard/")
    reconnect()
    drop_database(DATABASE)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs=2, default=[100, 10_000])
    options = parser.parse_args()
    setup_django(DATABASE)
    rows = [measure(size) for size in options.articles]
    command = script_command("dashboard.py", "--articles " + " ".join(
        str(size) for size in options.articles))  # fmt: skip
    print("| articles | claims | /dashboard/ as an editor (median of 7) | queries |")
    print("|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['articles']:,} | {row['claims']:,} | {row['ms']:.0f} ms | {row['queries']} |"
        )
    largest, smallest = rows[-1], rows[0]
    ratio = largest["ms"] / smallest["ms"]
    print(f"ratio {largest['claims']:,} / {smallest['claims']:,} claims: {ratio:.2f}x")
    print(f"reproduce: {command}")
    result(
        [
            {
                "figure": f"/dashboard/ as an editor at {largest['articles']:,} articles / "
                f"{largest['claims']:,} claims",
                "value": f"{largest['ms']:.0f} ms ({ratio:.2f}x its time at "
                f"{smallest['claims']:,} claims; {largest['queries']} queries)",
                "target": f"< {TARGET_MS} ms",
                "met": largest["ms"] < TARGET_MS,
                "command": command,
            }
        ]
    )


if __name__ == "__main__":
    main()
