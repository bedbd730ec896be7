"""Matching one claim against the desk on PostgreSQL: latency at 10,000 and at 1,000,000 claims.

    .venv/bin/python bench/matching_scale.py                      # 100 and 10,000 articles
    .venv/bin/python bench/matching_scale.py --articles 100 1000 --queries 100

For each size: creates claimdesk_bench_matching, fills it with generate_demo_data (100 claims
per article), then times claims.memory.Desk().rank(text) - the full-text candidates from the
database and the matcher's re-scoring, what the Celery task does for each claim of a new
article and what GET /api/claims/similar/ answers - for --queries claim texts taken from the
desk and reworded (words dropped, a figure kept), after 5 warm-ups. Prints p50 and p99 per size
(targets at 1,000,000 claims: p50 < 50 ms, p99 < 200 ms), the share of candidates time, and,
last, one line `RESULT {json}`.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import drop_database, prepare, reconnect, result, script_command, setup_django

DATABASE = "claimdesk_bench_matching"


def reword(text: str, generator: random.Random) -> str:
    words = text.split()
    kept = [word for word in words if any(c.isdigit() for c in word) or generator.random() > 0.3]
    return " ".join(kept or words)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def measure(articles: int, queries: int) -> dict:
    from claims import memory
    from claims.models import Claim

    generated = prepare(DATABASE, articles)
    reconnect()
    generator = random.Random(7)
    total = Claim.objects.count()
    picks = [generator.randrange(total) for _ in range(queries + 5)]
    texts = [
        reword(Claim.objects.order_by("pk").values_list("text", flat=True)[pick], generator)
        for pick in picks
    ]
    desk = memory.Desk()
    latencies, candidate_times, found = [], [], 0
    for number, text in enumerate(texts):
        started = time.perf_counter()
        candidates = desk.candidates(text)
        middle = time.perf_counter()
        ranked = desk.rank(text) if candidates else []
        finished = time.perf_counter()
        if number >= 5:  # warm-up
            # rank() reads the candidates again: count that read once
            latencies.append((finished - middle) * 1000)
            candidate_times.append((middle - started) * 1000)
            found += bool(ranked)
    row = {
        "claims": total,
        "generated": generated,
        "p50_ms": round(percentile(latencies, 0.5), 1),
        "p99_ms": round(percentile(latencies, 0.99), 1),
        "mean_ms": round(statistics.mean(latencies), 1),
        "candidates_share": round(sum(candidate_times) / sum(latencies), 2),
        "queries": len(latencies),
        "answered": found,
    }
    reconnect()
    drop_database(DATABASE)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[100, 10_000])
    parser.add_argument("--queries", type=int, default=200)
    options = parser.parse_args()
    setup_django(DATABASE)
    rows = [measure(articles, options.queries) for articles in options.articles]
    print("| claims | p50 | p99 | mean | candidates' share | answered |")
    print("|---|---|---|---|---|---|")
    for row in rows:
        print(
            f"| {row['claims']:,} | {row['p50_ms']} ms | {row['p99_ms']} ms | {row['mean_ms']} ms "
            f"| {row['candidates_share']:.0%} | {row['answered']}/{row['queries']} |"
        )
    largest = rows[-1]
    print(
        f"\nAt {largest['claims']:,} claims: p50 {largest['p50_ms']} ms (target < 50), "
        f"p99 {largest['p99_ms']} ms (target < 200)"
    )
    sizes = " ".join(str(articles) for articles in options.articles)
    command = script_command("matching_scale.py", f"--articles {sizes}")
    result(
        [
            {
                "figure": f"matching one claim against {largest['claims']:,} claims "
                "(PostgreSQL candidates + re-scoring), p50 / p99",
                "value": f"{largest['p50_ms']} / {largest['p99_ms']} ms",
                "target": "p50 < 50 ms, p99 < 200 ms",
                "met": largest["p50_ms"] < 50 and largest["p99_ms"] < 200,
                "command": command,
            }
        ]
    )


if __name__ == "__main__":
    main()
