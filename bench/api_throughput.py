"""API throughput: requests/s of the claim list against a bare Django view of the same rows.

    .venv/bin/python bench/api_throughput.py                  # 10,000 articles, 1,000,000 claims
    .venv/bin/python bench/api_throughput.py --articles 1000  # 100,000 claims

Creates claimdesk_bench_api, fills it with generate_demo_data, serves it with gunicorn (2 sync
workers, DEBUG off) through bench/floor_app.py (the project's URLs plus the floor views), and
loads each URL for --seconds with 8 keep-alive connections on loopback (wrk, or a Python
load generator when wrk is not installed), for each page people use most (bench/api_pages.py:
the default list, and filtered by status, assignee, article, due time and a search):

- API:   GET /api/claims/?<filter>&page_size=50 with token authentication;
- floor: GET /bench-floor/claims/<page>/, the same 50 rows as `.values()` through JsonResponse.

Prints both rates and p99 latencies per page, their ratios (targets: API >= 0.8x the floor's
rate, p99 <= 1.5x the floor's; both run on the same server, so a shared machine's noise mostly
cancels), the machine's load average, and the queries per API request at page_size 1 and 50
(Django test client + CaptureQueriesContext: a fixed number means no N+1).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from api_pages import PAGES, api_path
from common import (
    drop_database,
    generate_command,
    prepare,
    reconnect,
    result,
    script_command,
    setup_django,
)
from load import Gunicorn, load

DATABASE = "claimdesk_bench_api"
FLOOR = "/bench-floor/claims/{page}/"
TARGET = 0.8  # API rate / floor rate, at least
P99_TARGET = 1.5  # API p99 / floor p99, at most


def token_for_checker() -> str:
    from django.contrib.auth import get_user_model
    from rest_framework.authtoken.models import Token

    user = get_user_model().objects.get(username="checker001")
    return Token.objects.get_or_create(user=user)[0].key


def queries_per_request(token: str) -> dict[int, int]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    counts = {}
    for size in (1, 50):
        client.get(api_path("status", size), HTTP_AUTHORIZATION=f"Token {token}")
        with CaptureQueriesContext(connection) as captured:
            response = client.get(api_path("status", size), HTTP_AUTHORIZATION=f"Token {token}")
        assert response.status_code == 200, response.content[:300]
        assert len(response.json()["results"]) == size
        counts[size] = len(captured)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--pages", nargs="+", choices=PAGES, default=list(PAGES))
    options = parser.parse_args()
    claims = options.articles * 100
    setup_django(DATABASE)
    generated = prepare(DATABASE, options.articles)
    reconnect()
    token = token_for_checker()
    queries = queries_per_request(token)
    paths = {page: api_path(page) for page in options.pages}
    reconnect()
    load_before = os.getloadavg()
    server = Gunicorn(DATABASE)
    rows = {}
    try:
        headers = {"Authorization": f"Token {token}"}
        for page in options.pages:
            api_url, floor_url = server.url(paths[page]), server.url(FLOOR.format(page=page))
            load(api_url, seconds=3, headers=headers)  # warm up
            load(floor_url, seconds=3)
            rows[page] = (
                load(api_url, seconds=options.seconds, headers=headers),
                load(floor_url, seconds=options.seconds),
            )
    finally:
        server.stop()
        reconnect()
        drop_database(DATABASE)
    load_after = os.getloadavg()
    command = script_command("api_throughput.py", f"--articles {options.articles}")
    print(f"claims: {claims:,} ({generate_command(options.articles, 100)}"
          + (f", {generated:.0f} s)" if generated else ", copied from the template)"))  # fmt: skip
    print(f"server: {server.command}; load: {rows[options.pages[0]][0]['tool']}")
    print(f"load average (1 min): {load_before[0]:.2f} before, {load_after[0]:.2f} after\n")
    print("| page | API | API req/s | floor req/s | ratio | API p99 | floor p99 | p99 ratio |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    figures, worst, worst_p99 = [], None, None
    for page, (api, floor) in rows.items():
        ratio = api["rps"] / floor["rps"]
        p99 = api["p99_ms"] / floor["p99_ms"] if api["p99_ms"] and floor["p99_ms"] else None
        worst = ratio if worst is None else min(worst, ratio)
        if p99 is not None:
            worst_p99 = p99 if worst_p99 is None else max(worst_p99, p99)
        print(f"| {page} | `{paths[page]}` | {api['rps']:.0f} | {floor['rps']:.0f} | {ratio:.2f}x"
              f" | {milliseconds(api['p99_ms'])} | {milliseconds(floor['p99_ms'])}"
              f" | {f'{p99:.2f}x' if p99 is not None else '–'} |")  # fmt: skip
        figures.append(
            {
                "figure": f"API claim list ({page}) / bare view at {claims:,} claims: req/s, p99",
                "value": f"{api['rps']:.0f} / {floor['rps']:.0f} req/s = {ratio:.2f}x; p99 "
                f"{milliseconds(api['p99_ms'])} / {milliseconds(floor['p99_ms'])}"
                + (f" = {p99:.2f}x" if p99 is not None else ""),
                "target": f">= {TARGET}x; p99 <= {P99_TARGET}x",
                "met": ratio >= TARGET
                and (p99 is None or p99 <= P99_TARGET)
                and api["errors"] == floor["errors"] == 0,
                "command": command,
            }
        )
    highest = f"{worst_p99:.2f}x" if worst_p99 is not None else "–"
    print(f"\nlowest rate ratio API / floor: {worst:.2f}x (target >= {TARGET}x); "
          f"highest p99 ratio: {highest} (target <= {P99_TARGET}x)")  # fmt: skip
    print(f"queries per API request: {queries[1]} at page_size=1, {queries[50]} at page_size=50")
    print(f"reproduce: {command}")
    figures.append(
        {
            "figure": "queries per API list request (page_size 1 / 50)",
            "value": f"{queries[1]} / {queries[50]}",
            "target": "same at both sizes",
            "met": queries[1] == queries[50],
            "command": command,
        }
    )
    result(figures)


def milliseconds(value: float | None) -> str:
    return f"{value:.1f} ms" if value is not None else "–"


if __name__ == "__main__":
    main()
