"""API throughput: requests/s of the claim list against a bare Django view of the same rows.

    .venv/bin/python bench/api_throughput.py                  # 10,000 articles, 1,000,000 claims
    .venv/bin/python bench/api_throughput.py --articles 1000  # 100,000 claims

Creates claimdesk_bench_api, fills it with generate_demo_data, serves it with gunicorn (2 sync
workers, DEBUG off) through bench/floor_app.py (the project's URLs plus the floor view), and
loads each URL for --seconds with 8 keep-alive connections on loopback (wrk, or a Python
load generator when wrk is not installed):

- API:   GET /api/claims/?status=in_review&page_size=50 with token authentication;
- floor: GET /bench-floor/claims/, the same 50 rows as `.values()` through JsonResponse.

Prints both rates, their ratio (target: API >= 0.5 x floor; both run on the same server, so a
shared machine's noise mostly cancels) and the queries per API request at page_size 1 and 50
(Django test client + CaptureQueriesContext: a fixed number means no N+1).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

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
API = "/api/claims/?status=in_review&page_size={size}"
FLOOR = "/bench-floor/claims/"
TARGET = 0.5


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
        client.get(API.format(size=size), HTTP_AUTHORIZATION=f"Token {token}")
        with CaptureQueriesContext(connection) as captured:
            response = client.get(API.format(size=size), HTTP_AUTHORIZATION=f"Token {token}")
        assert response.status_code == 200, response.content[:300]
        assert len(response.json()["results"]) == size
        counts[size] = len(captured)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=15)
    options = parser.parse_args()
    claims = options.articles * 100
    setup_django(DATABASE)
    generated = prepare(DATABASE, options.articles)
    reconnect()
    token = token_for_checker()
    queries = queries_per_request(token)
    reconnect()
    server = Gunicorn(DATABASE)
    try:
        headers = {"Authorization": f"Token {token}"}
        load(server.url(API.format(size=50)), seconds=3, headers=headers)  # warm up
        load(server.url(FLOOR), seconds=3)
        api = load(server.url(API.format(size=50)), seconds=options.seconds, headers=headers)
        floor = load(server.url(FLOOR), seconds=options.seconds)
    finally:
        server.stop()
        reconnect()
        drop_database(DATABASE)
    ratio = api["rps"] / floor["rps"]
    command = script_command("api_throughput.py", f"--articles {options.articles}")
    print(f"claims: {claims:,} ({generate_command(options.articles, 100)}"
          + (f", {generated:.0f} s)" if generated else ", copied from the template)"))  # fmt: skip
    print(f"server: {server.command}; load: {api['tool']}\n")
    print("| endpoint | requests/s | median latency | non-2xx | response |")
    print("|---|---:|---:|---:|---:|")
    for name, row in (("API `" + API.format(size=50) + "`", api), (f"floor `{FLOOR}`", floor)):
        latency = f"{row['p50_ms']:.1f} ms" if row["p50_ms"] is not None else "–"
        size = f"{row['bytes'] / 1024:.1f} kB"
        print(f"| {name} | {row['rps']:.0f} | {latency} | {row['errors']} | {size} |")
    print(f"\nratio API / floor: {ratio:.2f} (target >= {TARGET})")
    print(f"queries per API request: {queries[1]} at page_size=1, {queries[50]} at page_size=50")
    print(f"reproduce: {command}")
    result(
        [
            {
                "figure": f"API claim list / bare view, requests/s at {claims:,} claims",
                "value": f"{api['rps']:.0f} / {floor['rps']:.0f} req/s = {ratio:.2f}x",
                "target": f">= {TARGET}x",
                "met": ratio >= TARGET and api["errors"] == 0,
                "command": command,
            },
            {
                "figure": "queries per API list request (page_size 1 / 50)",
                "value": f"{queries[1]} / {queries[50]}",
                "target": "same at both sizes",
                "met": queries[1] == queries[50],
                "command": command,
            },
        ]
    )


if __name__ == "__main__":
    main()
