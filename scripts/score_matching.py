"""Score the claim matcher on a hand-made matching set, beside plain BM25 in the same run.

Usage (from the repository root):

    .venv/bin/python scripts/score_matching.py [--set tests/matching/dev] [--per-kind] [--json]
        [--misses N]

A set is a directory of parts (``part-a/`` ...), each with ``index.jsonl`` (the desk's earlier
claims: ``{"id", "text"}``) and ``queries.jsonl`` (``{"id", "text", "relevant": [ids],
"contradicts": [ids], "kind"}``); the parts' indexes are joined into one index, so every query
also meets every other part's claims. Format and conventions: tests/matching/README.md.

Metrics, over the queries with at least one relevant claim:
- MAP@5: the mean over queries of average precision at 5 (precision at each rank 1-5 that holds
  a relevant claim, summed, divided by min(5, number of relevant claims));
- recall@5: relevant claims found in the top 5, over all relevant claims (micro);
- MRR@5 and precision@1.
And over the ``figure_changed`` queries (a different figure for the same thing):
- contradictions matched: how many had their contradicted claim among the top 5 *matches*
  (must be 0); contradictions found: how many the matcher reported as contradicting.
Over the ``no_match`` queries: the mean and the 90th percentile of the best match's score (how
high an unrelated claim scores, for the desk's "seen before" threshold).

The baseline is Okapi BM25 (k1 1.2, b 0.75) over lowercased word tokens, no stemming and no
stop words, as a search engine's default analyser would index the claims.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY_ROOT))

from claims.matching import Matcher  # noqa: E402
from claims.matching.bm25 import BM25Index  # noqa: E402

DEFAULT_SET = REPOSITORY_ROOT / "tests" / "matching" / "dev"
TOP = 5
TARGETS = {"map_at_5": 0.90, "contradictions_matched": 0}


@dataclass(frozen=True)
class Query:
    id: str
    text: str
    relevant: tuple[str, ...]
    contradicts: tuple[str, ...]
    kind: str


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def load_set(directory: Path) -> tuple[list[tuple[str, str]], list[Query]]:
    index: list[tuple[str, str]] = []
    queries: list[Query] = []
    parts = sorted(path for path in directory.iterdir() if (path / "index.jsonl").exists())
    if not parts and (directory / "index.jsonl").exists():
        parts = [directory]
    for part in parts:
        index.extend((entry["id"], entry["text"]) for entry in read_jsonl(part / "index.jsonl"))
        for entry in read_jsonl(part / "queries.jsonl"):
            queries.append(
                Query(
                    entry["id"],
                    entry["text"],
                    tuple(entry.get("relevant") or ()),
                    tuple(entry.get("contradicts") or ()),
                    entry.get("kind", ""),
                )
            )
    return index, queries


# --------------------------------------------------------------------------- rankers

Ranking = list[tuple[str, float]]
Ranker = Callable[[str], tuple[Ranking, Ranking]]  # (matches, contradictions)

_PLAIN_WORD = re.compile(r"\w+")


def plain_terms(text: str) -> list[str]:
    return _PLAIN_WORD.findall(text.lower())


def bm25_ranker(index: list[tuple[str, str]]) -> Ranker:
    bm25 = BM25Index()
    ids = []
    for identifier, text in index:
        bm25.add(plain_terms(text))
        ids.append(identifier)

    def rank(text: str) -> tuple[Ranking, Ranking]:
        return [(ids[position], score) for position, score in bm25.top(plain_terms(text), TOP)], []

    return rank


def matcher_ranker(index: list[tuple[str, str]]) -> Ranker:
    matcher = Matcher(index)

    def rank(text: str) -> tuple[Ranking, Ranking]:
        found = matcher.search(text, TOP, contradictions=True)
        same = [(match.id, match.score) for match in found if match.relation == "same"]
        against = [(match.id, match.score) for match in found if match.relation == "contradicts"]
        return same, against

    return rank


# --------------------------------------------------------------------------- metrics


def average_precision(ranked: Sequence[str], relevant: set[str]) -> float:
    hits = 0
    total = 0.0
    for rank, identifier in enumerate(ranked[:TOP], start=1):
        if identifier in relevant:
            hits += 1
            total += hits / rank
    return total / min(TOP, len(relevant))


def evaluate(rank: Ranker, queries: list[Query]) -> tuple[dict, dict[str, dict], list]:
    per_kind: dict[str, list[float]] = defaultdict(list)
    ap_sum = reciprocal_sum = precision_at_1 = 0.0
    found = relevant_total = answered = 0
    contradictions_matched = contradictions_found = contradiction_queries = 0
    no_match_best: list[float] = []
    misses = []
    started = time.perf_counter()
    for query in queries:
        matches, against = rank(query.text)
        ranked = [identifier for identifier, _ in matches]
        if query.relevant:
            relevant = set(query.relevant)
            answered += 1
            ap = average_precision(ranked, relevant)
            ap_sum += ap
            per_kind[query.kind].append(ap)
            relevant_total += len(relevant)
            found += len(relevant & set(ranked[:TOP]))
            first = next((i for i, x in enumerate(ranked[:TOP], 1) if x in relevant), None)
            reciprocal_sum += 1 / first if first else 0.0
            precision_at_1 += 1.0 if first == 1 else 0.0
            if ap < 1.0:
                misses.append((ap, query, ranked))
        if query.kind == "figure_changed" and query.contradicts:
            contradiction_queries += 1
            if set(query.contradicts) & set(ranked[:TOP]):
                contradictions_matched += 1
            if set(query.contradicts) & {identifier for identifier, _ in against}:
                contradictions_found += 1
        if query.kind == "no_match":
            no_match_best.append(matches[0][1] if matches else 0.0)
    elapsed = time.perf_counter() - started
    no_match_best.sort()
    metrics = {
        "queries": answered,
        "map_at_5": ap_sum / answered if answered else None,
        "recall_at_5": found / relevant_total if relevant_total else None,
        "mrr_at_5": reciprocal_sum / answered if answered else None,
        "precision_at_1": precision_at_1 / answered if answered else None,
        "figure_changed_queries": contradiction_queries,
        "contradictions_matched": contradictions_matched,
        "contradictions_found": contradictions_found,
        "no_match_queries": len(no_match_best),
        "no_match_best_score_mean": (
            sum(no_match_best) / len(no_match_best) if no_match_best else None
        ),
        "no_match_best_score_p90": (
            no_match_best[int(0.9 * (len(no_match_best) - 1))] if no_match_best else None
        ),
        "seconds": elapsed,
    }
    kinds = {
        kind: {"queries": len(values), "map_at_5": sum(values) / len(values)}
        for kind, values in sorted(per_kind.items())
    }
    misses.sort(key=lambda entry: entry[0])
    return metrics, kinds, misses


def format_value(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "n/a" if value is None else str(value)


def main(arguments: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="the set's directory")
    parser.add_argument("--per-kind", action="store_true", help="MAP@5 per kind of query")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", type=int, default=0, help="list the N worst queries")
    options = parser.parse_args(arguments)
    index, queries = load_set(options.set)
    if not index or not queries:
        parser.error(f"{options.set}: no index.jsonl and queries.jsonl found")
    started = time.perf_counter()
    results = {}
    for name, build in (("matcher", matcher_ranker), ("bm25", bm25_ranker)):
        started = time.perf_counter()
        rank = build(index)
        built = time.perf_counter() - started
        metrics, kinds, misses = evaluate(rank, queries)
        metrics["index_seconds"] = built
        results[name] = {"metrics": metrics, "kinds": kinds, "misses": misses}
    difference = results["matcher"]["metrics"]["map_at_5"] - results["bm25"]["metrics"]["map_at_5"]
    if options.json:
        print(
            json.dumps(
                {
                    "set": str(options.set),
                    "index_size": len(index),
                    **{
                        name: {"metrics": r["metrics"], "kinds": r["kinds"]}
                        for name, r in results.items()
                    },
                    "map_at_5_over_bm25": difference,
                },
                indent=2,
            )
        )
        return 0
    print(f"set: {options.set} - {len(index)} claims in the index, {len(queries)} queries\n")
    print("| metric | matcher | BM25 |")
    print("|---|---|---|")
    for key in results["matcher"]["metrics"]:
        print(
            f"| {key} | {format_value(results['matcher']['metrics'][key])} "
            f"| {format_value(results['bm25']['metrics'][key])} |"
        )
    print(f"\nMAP@5 over BM25: {difference:+.3f} (target: >= +0.05; MAP@5 >= 0.90)")
    if options.per_kind:
        print("\n| kind | queries | matcher MAP@5 | BM25 MAP@5 |")
        print("|---|---|---|---|")
        for kind, figures in results["matcher"]["kinds"].items():
            baseline = results["bm25"]["kinds"].get(kind, {}).get("map_at_5")
            print(
                f"| {kind} | {figures['queries']} | {figures['map_at_5']:.3f} "
                f"| {format_value(baseline)} |"
            )
    if options.misses:
        texts = dict(index)
        print("\nworst queries (matcher):")
        for ap, query, ranked in results["matcher"]["misses"][: options.misses]:
            print(f"- AP {ap:.2f} [{query.kind}] {query.id}: {query.text}")
            for identifier in query.relevant:
                print(f"    relevant {identifier}: {texts.get(identifier)}")
            for identifier in ranked[:3]:
                mark = "*" if identifier in query.relevant else " "
                print(f"   {mark}got {identifier}: {texts.get(identifier)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
