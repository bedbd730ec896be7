"""Check a folder of annotated articles against the gold set's format rules.

Usage: .venv/bin/python scripts/check_annotations.py tests/extraction/wikinews-dev [NAME ...]

Runs the structural checks of tests/extraction/test_gold_set.py (spans exist at their
occurrence, flags and relations valid, furniture never inside a claim, claims never overlap,
metadata present) on every ``<name>.json`` of the folder, or only on the names given, and prints
each failure with the article's name. Exit status 1 when any check fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

EXTRACTION_TESTS = Path(__file__).resolve().parents[1] / "tests" / "extraction"
sys.path.insert(0, str(EXTRACTION_TESTS))

from annotated_sets import STRUCTURAL_CHECKS, load_articles  # noqa: E402


def main(arguments: list[str]) -> int:
    if not arguments:
        print(__doc__, file=sys.stderr)
        return 2
    directory, *names = arguments
    articles = load_articles(Path(directory))
    if names:
        articles = [article for article in articles if article.name in names]
    failures = 0
    for article in articles:
        for check in STRUCTURAL_CHECKS:
            try:
                check(article)
            except AssertionError as error:
                failures += 1
                print(f"{article.name}: {check.__name__}: {error}")
            except Exception as error:  # a malformed annotation: say which, go on
                failures += 1
                print(f"{article.name}: {check.__name__}: {type(error).__name__}: {error}")
    print(f"{len(articles)} articles checked, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
