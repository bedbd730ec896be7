"""How fast does match_claims rank? 1,000 queries against a 10,000-claim index, end to end.

    .venv/bin/python bench/matching_speed.py [--index 10000] [--queries 1000] [--top 5]

Builds an index of distinct claims from the claims the extractor finds in the annotated
articles (tests/extraction/*/), varied (other figures, places and years) until it holds
``--index`` claims, and queries that reword some of them (words dropped and reordered, figures
rewritten); writes both as JSON lines to a temporary folder and times

    manage.py match_claims --index INDEX.jsonl --top K < QUERIES.jsonl

as a subprocess (start-up, reading, indexing and ranking: what a caller waits for; target:
under 10 s), then times indexing and ranking in this process apart. Prints Markdown and, last,
the `RESULT` line bench/run_all.py reads (common.result).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))
sys.path.insert(0, str(PROJECT / "bench"))

from common import result, script_command  # noqa: E402

from claims.extraction import extract  # noqa: E402
from claims.matching import Matcher  # noqa: E402

PLACES = ["Lagos", "Kano", "Aleppo", "Homs", "Dhaka", "Quito", "Leeds", "Tulsa", "Kherson", "Sfax"]
YEARS = [str(year) for year in range(2005, 2026)]


def seed_claims() -> list[str]:
    texts = sorted((PROJECT / "tests" / "extraction").glob("*/*.txt"))
    claims = []
    for path in texts:
        for claim in extract(path.read_text(encoding="utf-8")).claims:
            if len(claim.text.split()) >= 6:
                claims.append(claim.text)
    return sorted(set(claims))


def vary(text: str, generator: random.Random) -> str:
    words = text.split()
    for position, word in enumerate(words):
        if any(character.isdigit() for character in word) and generator.random() < 0.7:
            words[position] = str(generator.randint(2, 90_000))
    words.insert(generator.randint(0, len(words)), generator.choice(["in", "near", "outside"]))
    words.insert(generator.randint(0, len(words)), generator.choice(PLACES))
    if generator.random() < 0.5:
        words.append("in " + generator.choice(YEARS))
    return " ".join(words)


def reword(text: str, generator: random.Random) -> str:
    words = text.split()
    kept = [word for word in words if generator.random() > 0.25] or words
    if len(kept) > 4 and generator.random() < 0.5:
        cut = generator.randint(1, len(kept) - 1)
        kept = kept[cut:] + kept[:cut]
    return " ".join(kept)


def build(index_size: int, query_count: int, seed: int = 7) -> tuple[list[dict], list[dict]]:
    generator = random.Random(seed)
    base = seed_claims()
    seen: set[str] = set()
    index = []
    while len(index) < index_size:
        text = base[len(index) % len(base)]
        if len(index) >= len(base):
            text = vary(text, generator)
        if text in seen:
            continue
        seen.add(text)
        index.append({"id": f"c{len(index)}", "text": text})
    queries = [
        {"id": f"q{number}", "text": reword(generator.choice(index)["text"], generator)}
        for number in range(query_count)
    ]
    return index, queries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=1_000)
    parser.add_argument("--top", type=int, default=5)
    options = parser.parse_args()
    index, queries = build(options.index, options.queries)
    with tempfile.TemporaryDirectory() as folder:
        index_path = Path(folder) / "index.jsonl"
        index_path.write_text("".join(json.dumps(entry) + "\n" for entry in index))
        query_text = "".join(json.dumps(query) + "\n" for query in queries)
        started = time.perf_counter()
        completed = subprocess.run(
            [sys.executable, str(PROJECT / "manage.py"), "match_claims", "--index",
             str(index_path), "--top", str(options.top)],
            input=query_text, capture_output=True, text=True, check=True,
            env={"PATH": "/usr/bin:/bin"},
        )  # fmt: skip
        command_seconds = time.perf_counter() - started
    answered = len(completed.stdout.splitlines())
    started = time.perf_counter()
    matcher = Matcher((entry["id"], entry["text"]) for entry in index)
    index_seconds = time.perf_counter() - started
    latencies = []
    for query in queries:
        started = time.perf_counter()
        matcher.search(query["text"], options.top, contradictions=True)
        latencies.append(time.perf_counter() - started)
    latencies.sort()
    figures = {
        "index_claims": len(index),
        "queries": len(queries),
        "answered": answered,
        "command_seconds": round(command_seconds, 2),
        "index_seconds": round(index_seconds, 2),
        "rank_seconds": round(sum(latencies), 2),
        "query_p50_ms": round(statistics.median(latencies) * 1000, 2),
        "query_p99_ms": round(latencies[int(0.99 * (len(latencies) - 1))] * 1000, 2),
    }
    print(f"# match_claims: {len(queries):,} queries against {len(index):,} claims\n")
    print("| measure | value |\n|---|---|")
    print(f"| whole command (start-up, index, rank) | {command_seconds:.2f} s (target < 10 s) |")
    print(f"| indexing in process | {index_seconds:.2f} s |")
    print(f"| ranking in process | {sum(latencies):.2f} s |")
    print(f"| one query, p50 / p99 | {figures['query_p50_ms']} / {figures['query_p99_ms']} ms |")
    seconds = figures["command_seconds"]
    result(
        [
            {
                "figure": f"`match_claims` CLI, {len(queries):,} queries against a "
                f"{len(index):,}-claim index",
                "value": f"{seconds:.1f} s (p99 {figures['query_p99_ms']} ms a query; "
                f"{answered:,} answered)",
                "target": "< 10 s, every query answered",
                "met": seconds < 10 and answered == len(queries),
                "command": script_command("matching_speed.py"),
            }
        ]
    )


if __name__ == "__main__":
    main()
