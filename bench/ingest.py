"""Ingest: 1,000 pasted articles through claims.services.article_ingest, in this process.

    .venv/bin/python bench/ingest.py                 # 1,000 articles
    .venv/bin/python bench/ingest.py --articles 100

Creates claimdesk_bench_ingest (migrated, empty), builds unique ~600-word articles by
recombining the paragraphs of the gold articles (tests/extraction/gold/*.txt, the same corpus
as bench/extraction_speed.py), and stores each one the way a paste in the admin does. Prints
articles/s (extraction + storage, one core), the time of the first and last hundred (the rate
must not fall as the tables fill) and the queries per article (CaptureQueriesContext): the same
whatever the article's number of claims means no query per claim.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import drop_database, prepare, reconnect, result, script_command, setup_django
from extraction_speed import build_corpus

DATABASE = "claimdesk_bench_ingest"


def unique_corpus(count: int) -> list[str]:
    from claims.models import body_hash

    corpus, seen, seed = [], set(), 7
    while len(corpus) < count:
        for text in build_corpus(count, 600, seed=seed):
            fingerprint = body_hash(text)
            if fingerprint not in seen and len(corpus) < count:
                seen.add(fingerprint)
                corpus.append(text)
        seed += 1
    return corpus


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    options = parser.parse_args()
    setup_django(DATABASE)
    prepare(DATABASE, 0)
    reconnect()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from claims import roles
    from claims.models import Claim
    from claims.services import DuplicateArticle, article_ingest

    user = get_user_model().objects.create_user("bench-checker", "bench@example.org", None)
    user.groups.add(Group.objects.get(name=roles.FACT_CHECKERS))
    corpus = unique_corpus(options.articles)
    timings, queries, claims = [], [], []
    duplicates = 0
    started = time.perf_counter()
    for text in corpus:
        # The debug query log keeps 9,000 entries; a full log would make every count 0.
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as captured:
            begun = time.perf_counter()
            try:
                article = article_ingest(text=text, by=user, desk="World")
            except DuplicateArticle:  # the extractor's text of two inputs can coincide
                duplicates += 1
                continue
            timings.append(time.perf_counter() - begun)
        queries.append(len(captured))
        claims.append(Claim.objects.filter(article=article).count())
    elapsed = time.perf_counter() - started
    reconnect()
    drop_database(DATABASE)
    stored = len(timings)
    rate = stored / elapsed
    hundred = max(1, min(100, stored // 10))
    first = sum(timings[:hundred]) / hundred * 1000
    last = sum(timings[-hundred:]) / hundred * 1000
    by_claims: dict[int, set[int]] = {}
    for count, query_count in zip(claims, queries, strict=True):
        by_claims.setdefault(count, set()).add(query_count)
    # A few fixed queries depend on what the article has (relations or not), never on how many
    # claims it has: the spread stays within two.
    constant = max(queries) - min(queries) <= 2
    command = script_command("ingest.py", f"--articles {options.articles}")
    print(f"{stored:,} articles stored ({duplicates} duplicate texts skipped), "
          f"{statistics.mean(claims):.1f} claims each on average "
          f"({min(claims)}–{max(claims)})\n")  # fmt: skip
    print("| figure | value |")
    print("|---|---:|")
    print(f"| articles/s (extract + store, one process) | {rate:.1f} |")
    print(f"| median time per article | {statistics.median(timings) * 1000:.1f} ms |")
    print(f"| mean of the first / last {hundred} | {first:.1f} ms / {last:.1f} ms |")
    print(f"| queries per article (min / median / max) | {min(queries)} / "
          f"{statistics.median(queries):.0f} / {max(queries)} |")  # fmt: skip
    fewest, most = min(by_claims), max(by_claims)
    print(f"| queries for the article with fewest ({fewest}) / most ({most}) claims | "
          f"{sorted(by_claims[fewest])} / {sorted(by_claims[most])} |")  # fmt: skip
    print(f"reproduce: {command}")
    result(
        [
            {
                "figure": f"ingest of {stored:,} pasted articles",
                "value": f"{rate:.1f} articles/s (first/last {hundred}: {first:.0f}/{last:.0f} ms"
                " each)",
                "target": "rate does not fall as tables fill (last <= 1.5x first)",
                "met": last <= 1.5 * first,
                "command": command,
            },
            {
                "figure": "queries per ingested article",
                "value": f"{min(queries)}–{max(queries)} ({fewest}–{most} claims)",
                "target": "constant: within 2, whatever the number of claims",
                "met": constant,
                "command": command,
            },
        ]
    )


if __name__ == "__main__":
    main()
