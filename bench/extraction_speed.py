"""How fast is claim extraction? Articles per second, latency, linearity and stage times.

    .venv/bin/python bench/extraction_speed.py [--articles 1000] [--words 600] [--repeat 3]

Builds a corpus of synthetic ~600-word articles by recombining the paragraphs of the gold
articles (tests/extraction/gold/*.txt, or the seed article when the gold set is absent)
deterministically, extracts them one after another in this one process (one thread, so one
core), and prints:
- articles/second over the whole corpus (wall clock; the CPU time of the process is printed
  beside it, so a machine busy with other work shows as wall time well above CPU time) and
  per-article latency (median, p95) for ~600-word articles (target: 200/s); with --repeat N
  the corpus is timed N times and the median run is reported;
- latency at 1x, 4x and 16x that length (linear time means the per-word cost stays flat);
- the 99th percentile latency of 2,000-word articles (target: under 100 ms);
- time per pipeline stage, naming the slowest.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claims.extraction.pipeline import STAGES, run  # noqa: E402

GOLD = ROOT / "tests" / "extraction" / "gold"
SEED = ROOT.parent / "shared" / "seed" / "china-daily-2013-03-18-khalluf.txt"


def source_articles() -> list[str]:
    paths = sorted(GOLD.glob("*.txt")) or [SEED]
    return [path.read_text(encoding="utf-8") for path in paths]


def paragraphs_of(article: str) -> tuple[list[str], list[str]]:
    """(header lines, body paragraphs): the first three blocks are kept as furniture."""
    blocks = [block.strip() for block in article.split("\n\n") if block.strip()]
    return blocks[:3], blocks[3:]


def build_corpus(count: int, words: int, seed: int = 7) -> list[str]:
    sources = [paragraphs_of(article) for article in source_articles()]
    pool = [paragraph for _, body in sources for paragraph in body if len(paragraph.split()) > 8]
    generator = random.Random(seed)
    corpus = []
    for index in range(count):
        header, _ = sources[index % len(sources)]
        body: list[str] = []
        total = 0
        while total < words:
            paragraph = generator.choice(pool)
            body.append(paragraph)
            total += len(paragraph.split())
        corpus.append("\n\n".join([*header, *body]) + "\n\nAFP-AP\n")
    return corpus


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest value with ``fraction`` of the values at or below."""
    ordered = sorted(values)
    rank = math.ceil(fraction * len(ordered))
    return ordered[min(len(ordered), max(1, rank)) - 1]


def measure(corpus: list[str], stage_totals: dict[str, float] | None = None) -> list[float]:
    latencies = []

    def timer(stage: str, seconds: float) -> None:
        if stage_totals is not None:
            stage_totals[stage] += seconds

    for article in corpus:
        started = time.perf_counter()
        run(article, timer)
        latencies.append(time.perf_counter() - started)
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--repeat", type=int, default=1, help="time the corpus N times")
    options = parser.parse_args()

    corpus = build_corpus(options.articles, options.words)
    mean_words = statistics.mean(len(article.split()) for article in corpus)
    measure(corpus[:50])  # warm up caches and compiled patterns

    runs = []  # (wall seconds, CPU seconds, latencies, stage totals) per timing of the corpus
    for _ in range(max(1, options.repeat)):
        stage_totals: dict[str, float] = defaultdict(float)
        started, started_cpu = time.perf_counter(), time.process_time()
        latencies = measure(corpus, stage_totals)
        runs.append(
            (
                time.perf_counter() - started,
                time.process_time() - started_cpu,
                latencies,
                stage_totals,
            )
        )
    by_time = sorted(runs, key=lambda timing: timing[0])
    elapsed, elapsed_cpu, latencies, stage_totals = by_time[len(runs) // 2]  # the median run

    print(
        f"corpus: {len(corpus)} articles, {mean_words:.0f} words on average, "
        "one process, one thread"
    )
    if len(runs) > 1:
        each = ", ".join(f"{len(corpus) / timing[0]:.0f}" for timing in runs)
        print(f"runs: {each} articles/s (median reported)")
    print(
        f"throughput: {len(corpus) / elapsed:.0f} articles/s (target >= 200); "
        f"CPU time {elapsed_cpu / elapsed:.0%} of wall time"
    )
    print(
        f"latency: median {statistics.median(latencies) * 1000:.2f} ms, "
        f"p95 {percentile(latencies, 0.95) * 1000:.2f} ms"
    )

    print("\nlength scaling (linear time keeps us/word flat):")
    for factor in (1, 4, 16):
        sample = build_corpus(max(10, 100 // factor), options.words * factor, seed=factor)
        sample_words = statistics.mean(len(article.split()) for article in sample)
        median = statistics.median(measure(sample))
        print(
            f"  {factor:>2}x  {sample_words:>6.0f} words  median {median * 1000:8.2f} ms  "
            f"{median / sample_words * 1e6:6.1f} us/word"
        )

    long_articles = build_corpus(300, 2000, seed=2000)
    long_words = statistics.mean(len(article.split()) for article in long_articles)
    long_latencies = measure(long_articles)
    print(
        f"\n{len(long_articles)} articles of {long_words:.0f} words: "
        f"p99 {percentile(long_latencies, 0.99) * 1000:.1f} ms (target < 100 ms), "
        f"median {statistics.median(long_latencies) * 1000:.1f} ms"
    )

    total = sum(stage_totals.values())
    print("\ntime per stage:")
    for stage in STAGES:
        share = stage_totals[stage] / total if total else 0.0
        per_article = stage_totals[stage] / len(corpus) * 1000
        print(f"  {stage:<12} {per_article:7.3f} ms/article  {share:6.1%}")
    slowest = max(STAGES, key=lambda stage: stage_totals[stage])
    print(f"slowest stage: {slowest}")


if __name__ == "__main__":
    main()
