"""Ingest with the desk's memory: articles/s storing each article and then matching its claims
against the desk (what the Celery task does after the commit), against storing alone.

    .venv/bin/python bench/ingest_matching.py [--articles 300]

Two passes over the same unique ~600-word articles (bench/ingest.py's corpus), each on a fresh
PostgreSQL database (claimdesk_bench_ingest): storing only, then storing and matching
(claims.memory.article_match) one after the other in this process. Prints both rates and their
ratio (target: >= 0.8), and, last, one line `RESULT {json}`.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import drop_database, prepare, reconnect, result, script_command, setup_django
from ingest import unique_corpus

DATABASE = "claimdesk_bench_ingest"
TARGET = 0.8


def run(corpus: list[str], *, matching: bool) -> tuple[float, int]:
    prepare(DATABASE, 0)
    reconnect()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from claims import memory, roles
    from claims.models import Claim
    from claims.services import DuplicateArticle, article_ingest

    user = get_user_model().objects.create_user("bench-checker", "bench@example.org", None)
    user.groups.add(Group.objects.get(name=roles.FACT_CHECKERS))
    stored = 0
    started = time.perf_counter()
    for text in corpus:
        try:
            article = article_ingest(text=text, by=user, desk="World")
        except DuplicateArticle:
            continue
        stored += 1
        if matching:
            memory.article_match(article_id=article.pk)
    elapsed = time.perf_counter() - started
    claims = Claim.objects.count()
    reconnect()
    drop_database(DATABASE)
    return stored / elapsed, claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    options = parser.parse_args()
    setup_django(DATABASE)
    corpus = unique_corpus(options.articles)
    alone, claims = run(corpus, matching=False)
    with_matching, _ = run(corpus, matching=True)
    ratio = with_matching / alone
    command = script_command("ingest_matching.py", f"--articles {options.articles}")
    print(f"{len(corpus):,} articles, {claims:,} claims on the desk at the end\n")
    print("| pass | articles/s |\n|---|---:|")
    print(f"| store only | {alone:.1f} |")
    print(f"| store, then match against the desk | {with_matching:.1f} |")
    print(f"\nratio {ratio:.2f} (target >= {TARGET})")
    result(
        [
            {
                "figure": f"ingest with matching, {len(corpus):,} articles ({claims:,} claims)",
                "value": f"{with_matching:.1f} vs {alone:.1f} articles/s = {ratio:.2f}x",
                "target": f">= {TARGET}x of ingest alone",
                "met": ratio >= TARGET,
                "command": command,
            }
        ]
    )


if __name__ == "__main__":
    main()
