"""Ingest with the desk's memory: articles/s storing each article and matching its claims
against the desk, against storing alone.

    .venv/bin/python bench/ingest_matching.py [--articles 300]

Three passes over the same unique ~600-word articles (bench/ingest.py's corpus), each on a fresh
PostgreSQL database (claimdesk_bench_ingest), all sending their tasks to a real broker (Redis,
redis://127.0.0.1:6379/13, emptied before and after):

1. store only (the matching tasks are sent, as the product sends them, and nobody takes them);
2. store and match in this process, one after the other (claims.memory.article_match, what
   the Celery task runs) - the work of both on one core;
3. store while a real Celery worker (`celery -A newsroom worker -P solo`, its own process)
   matches each article as its task arrives - how the product runs: ingest does not wait for
   matching. The rate counts until the last article is matched.

Prints the three rates and their ratios to the first (target: >= 0.8 for the product's way,
the third), and, last, one line `RESULT {json}`.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    PROJECT,
    base_env,
    drop_database,
    prepare,
    reconnect,
    result,
    script_command,
    setup_django,
)
from ingest import unique_corpus

DATABASE = "claimdesk_bench_ingest"
BROKER = os.environ.get("BENCH_BROKER", "redis://127.0.0.1:6379/13")
TARGET = 0.8


def run(corpus: list[str], *, matching: str) -> tuple[float, int]:
    """articles/s and the claims stored; ``matching``: "none", "inline" or "worker"."""
    prepare(DATABASE, 0)
    reconnect()
    _empty_broker()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from claims import memory, roles
    from claims.models import Article, Claim
    from claims.services import DuplicateArticle, article_ingest

    user = get_user_model().objects.create_user("bench-checker", "bench@example.org", None)
    user.groups.add(Group.objects.get(name=roles.FACT_CHECKERS))
    worker = _start_worker() if matching == "worker" else None
    try:
        stored = 0
        started = time.perf_counter()
        for text in corpus:
            try:
                article = article_ingest(text=text, by=user, desk="World")
            except DuplicateArticle:
                continue
            stored += 1
            if matching == "inline":
                memory.article_match(article_id=article.pk)
        if worker is not None:
            deadline = time.monotonic() + 600
            while Article.objects.filter(matched_at=None).exists():
                if worker.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the Celery worker stopped or fell 10 minutes behind")
                time.sleep(0.05)
        elapsed = time.perf_counter() - started
    finally:
        if worker is not None:
            _stop_worker(worker)
    claims = Claim.objects.count()
    reconnect()
    drop_database(DATABASE)
    _empty_broker()
    return stored / elapsed, claims


def _start_worker() -> subprocess.Popen:
    log = Path(tempfile.mkdtemp(prefix="claimdesk-bench-")) / "worker.log"
    env = base_env(DATABASE, CELERY_BROKER_URL=BROKER, DEBUG="False",
                   SECRET_KEY="bench-only-secret-key-" + "x" * 40)  # fmt: skip
    command = [
        str(PROJECT / ".venv" / "bin" / "celery"), "-A", "newsroom", "worker", "-P", "solo",
        "--loglevel", "WARNING", "--without-gossip", "--without-mingle", "--without-heartbeat",
        "-n", f"bench-ingest-{os.getpid()}@%h", "--logfile", str(log),
    ]  # fmt: skip
    worker = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)  # fmt: skip
    from newsroom.celery import app

    deadline = time.monotonic() + 60
    while not app.control.ping(timeout=0.5):
        if worker.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("the Celery worker did not start: " + log.read_text()[-2000:])
    return worker


def _stop_worker(worker: subprocess.Popen) -> None:
    worker.send_signal(signal.SIGTERM)
    try:
        worker.wait(timeout=30)
    except subprocess.TimeoutExpired:
        worker.kill()


def _empty_broker() -> None:
    from newsroom.celery import app

    with app.connection_for_write() as connection:
        connection.default_channel.client.flushdb()  # the bench's own Redis database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    options = parser.parse_args()
    os.environ["CELERY_BROKER_URL"] = BROKER  # before Django reads its settings
    setup_django(DATABASE)
    os.environ["CELERY_BROKER_URL"] = BROKER
    corpus = unique_corpus(options.articles)
    alone, claims = run(corpus, matching="none")
    inline, _ = run(corpus, matching="inline")
    beside, _ = run(corpus, matching="worker")
    command = script_command("ingest_matching.py", f"--articles {options.articles}")
    print(f"{len(corpus):,} articles, {claims:,} claims on the desk at the end\n")
    print("| pass | articles/s | ratio |\n|---|---:|---:|")
    print(f"| store only | {alone:.1f} | 1.00 |")
    print(f"| store, then match, one process | {inline:.1f} | {inline / alone:.2f} |")
    print(f"| store while a Celery worker matches | {beside:.1f} | {beside / alone:.2f} |")
    print(f"\ntarget: the product's way (a worker matches) >= {TARGET}x of storing alone")
    result(
        [
            {
                "figure": f"ingest with matching by a worker, {len(corpus):,} articles "
                f"({claims:,} claims)",
                "value": f"{beside:.1f} vs {alone:.1f} articles/s = {beside / alone:.2f}x "
                f"(one process, store then match: {inline / alone:.2f}x)",
                "target": f">= {TARGET}x of ingest alone",
                "met": beside / alone >= TARGET,
                "command": command,
            }
        ]
    )


if __name__ == "__main__":
    main()
