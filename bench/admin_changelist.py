"""Admin claim changelist: server time at 10,000 and at 1,000,000 claims.

    .venv/bin/python bench/admin_changelist.py                       # 100 and 10,000 articles
    .venv/bin/python bench/admin_changelist.py --articles 100 1000

For each size: creates claimdesk_bench_admin, fills it with generate_demo_data (100 claims per
article), logs a superuser in (Django test Client, in this process) and times, median of 7
after 2 warm-ups, the plain changelist (/admin/claims/claim/) and a filtered and searched one
(?status__exact=in_review&q=ministry), with the queries each runs. Prints the ratio of the
largest to the smallest size (target <= 2x).
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

DATABASE = "claimdesk_bench_admin"
PAGES = {
    "changelist": "/admin/claims/claim/",
    "filtered + searched": "/admin/claims/claim/?status__exact=in_review&q=ministry",
}
TARGET = 2.0


def measure(articles: int) -> dict:
    from django.contrib.auth import get_user_model
    from django.test import Client

    generated = prepare(DATABASE, articles)
    reconnect()
    admin = get_user_model().objects.create_superuser("bench-admin", "bench@example.org", None)
    client = Client()
    client.force_login(admin)
    row = {"claims": articles * 100, "generated": generated}
    for name, path in PAGES.items():
        row[name], row[name + " queries"] = page_ms_and_queries(client, path)
    reconnect()
    drop_database(DATABASE)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs=2, default=[100, 10_000])
    options = parser.parse_args()
    setup_django(DATABASE)
    rows = [measure(size) for size in options.articles]
    command = script_command("admin_changelist.py", "--articles " + " ".join(
        str(size) for size in options.articles))  # fmt: skip
    print("| claims | " + " | ".join(f"{name} (median of 7)" for name in PAGES) + " | queries |")
    print("|---:|" + "---:|" * (len(PAGES) + 1))
    for row in rows:
        times = " | ".join(f"{row[name]:.0f} ms" for name in PAGES)
        queries = " / ".join(str(row[name + " queries"]) for name in PAGES)
        print(f"| {row['claims']:,} | {times} | {queries} |")
    figures = []
    for name in PAGES:
        ratio = rows[-1][name] / rows[0][name]
        print(f"ratio {name}, {rows[-1]['claims']:,} / {rows[0]['claims']:,} claims: "
              f"{ratio:.2f}x (target <= {TARGET})")  # fmt: skip
        figures.append(
            {
                "figure": f"admin claim {name}: {rows[-1]['claims']:,} vs {rows[0]['claims']:,}"
                " claims",
                "value": f"{rows[-1][name]:.0f} ms vs {rows[0][name]:.0f} ms = {ratio:.2f}x",
                "target": f"<= {TARGET}x",
                "met": ratio <= TARGET,
                "command": command,
            }
        )
    print(f"reproduce: {command}")
    result(figures)


if __name__ == "__main__":
    main()
