"""Admin claim changelist: server time at 10,000 and at 1,000,000 claims.

    .venv/bin/python bench/admin_changelist.py                       # 100 and 10,000 articles
    .venv/bin/python bench/admin_changelist.py --articles 100 1000

For each size: creates claimdesk_bench_admin, fills it with generate_demo_data (100 claims per
article), logs a superuser in (Django test Client, in this process) and times, median of 7
after 2 warm-ups, the plain changelist (/admin/claims/claim/) and the list filtered by status
and searched for a rare word, a common word, a claimant and a phrase, with the queries each
runs. Prints the ratio of the largest to the smallest size for each (targets: the plain list
<= 2x, each filtered and searched one <= 1.5x).
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
SEARCHED = "/admin/claims/claim/?status__exact=in_review&q="
# The common word is one of the generated claims' ("ministry": 1 claim in 60, in their texts
# and claimants), so it has 100 times the matches at 100 times the claims. A rare word, a
# claimant and a phrase are those of one story on the desk whatever its size (add_story):
# a desk ten times bigger does not hold ten times the claims of one minister or one town.
# Generated words would measure a list of 5 rows against one of 50 (the page's rendering).
PAGES = {
    "changelist": "/admin/claims/claim/",
    "filtered + searched, a rare word": SEARCHED + "Quillmoor",
    "filtered + searched, a common word": SEARCHED + "ministry",
    "filtered + searched, a claimant": SEARCHED + "Brennan-Osei",
    "filtered + searched, a phrase": SEARCHED + "%22desalination+plant%22",
}
STORY = (
    "Talia Brennan-Osei said the desalination plant at {place} would supply {n},000 homes"
    " by {year}."
)
TARGETS = {"changelist": 2.0}
SEARCH_TARGET = 1.5


def add_story() -> None:
    """One story's 60 claims, in review: all by Talia Brennan-Osei and with the phrase
    "desalination plant", 20 of them naming Quillmoor (a rare word)."""
    from claims.models import Article, Claim

    sentences = [
        STORY.format(place="Quillmoor" if n % 3 == 0 else "the coast", n=n + 1, year=2030 + n % 9)
        for n in range(60)
    ]
    article = Article.objects.create(title="Desalination plans", body=" ".join(sentences))
    claims, start = [], 0
    for ordinal, sentence in enumerate(sentences):
        end = start + len(sentence)
        claims.append(
            Claim(
                article=article,
                ordinal=ordinal,
                text=sentence,
                start=start,
                end=end,
                sentence_start=start,
                sentence_end=end,
                claimant="Talia Brennan-Osei",
                claimant_kind="person",
                cue="said",
                status=Claim.Status.IN_REVIEW,
                checkworthiness=(ordinal * 37 % 100) / 100,
            )
        )
        start = end + 1
    Claim.objects.bulk_create(claims)


def measure(articles: int) -> dict:
    from django.contrib.auth import get_user_model
    from django.test import Client

    generated = prepare(DATABASE, articles)
    reconnect()
    admin = get_user_model().objects.create_superuser("bench-admin", "bench@example.org", None)
    add_story()
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
        target = TARGETS.get(name, SEARCH_TARGET)
        print(f"ratio {name}, {rows[-1]['claims']:,} / {rows[0]['claims']:,} claims: "
              f"{ratio:.2f}x (target <= {target})")  # fmt: skip
        figures.append(
            {
                "figure": f"admin claim {name}: {rows[-1]['claims']:,} vs {rows[0]['claims']:,}"
                " claims",
                "value": f"{rows[-1][name]:.0f} ms vs {rows[0][name]:.0f} ms = {ratio:.2f}x",
                "target": f"<= {target}x",
                "met": ratio <= target,
                "command": command,
            }
        )
    print(f"reproduce: {command}")
    result(figures)


if __name__ == "__main__":
    main()
