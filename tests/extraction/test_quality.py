"""The extractor's quality on the annotated sets, scored by scripts/score_extraction.py.

The gold set must meet the issue's targets. The development and held-out sets (unseen reporting)
do not reach the relation target; their figures are floors here, a little under what the
extractor scores today (README, "Extraction"), so that a change making them worse fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claims.extraction import extract
from tests.scripts import load_script

HERE = Path(__file__).parent
scorer = load_script("score_extraction")


def metrics_of(directory: str) -> dict[str, float | int | None]:
    total, _ = scorer.score_gold_set(scorer.load_gold_set(HERE / directory), extract)
    return total.metrics()


def test_the_gold_set_meets_every_target():
    metrics = metrics_of("gold")
    assert metrics["errors"] == 0
    assert scorer.missed_targets(metrics) == []


# directory: floors for (claim recall, claim precision, claimant accuracy, flag recall,
# relation recall, relation precision), and the most boilerplate claims allowed
FLOORS = {
    # Seventeenth session (2026-12-06): flag recall 0.963 -> 0.975 ("the tolls", "the
    # accounts" unverified reach every claim they name).
    # Eighteenth session (2026-12-06): flag recall 0.975 -> 0.988 ("feared to have died",
    # "believed to have links" hedge).
    "dev": ((0.97, 0.97, 0.95, 0.975, 0.62, 0.69), 0),
    # Seventeenth session: relations 0.391 / 0.641 -> 0.406 / 0.667 (a denial of a deed).
    # Nineteenth session (2026-12-06): claim precision 0.976 -> 0.984 ("denied X-ing, saying
    # Y" is one claim, Y, with the denial's cue, as the conventions have it).
    "dev-extra": ((0.97, 0.98, 0.95, 0.98, 0.39, 0.65), 0),
    "dev-3": ((0.98, 0.96, 0.97, 0.95, 0.33, 0.58), 0),
    # national political reporting and wire copy, written on 2026-12-04 (development)
    # Sixteenth session (2026-12-06): a headline in title case with full stops is the title,
    # furniture taken as claims 2 -> 1, claim precision 0.957 -> 0.962.
    # Nineteenth session: claim precision 0.962 -> 0.967 (dev-4), 0.980 -> 1.000 (dev-5): a
    # denial's reason is its one claim.
    # Twenty-ninth session: relations 0.319 / 0.441 -> 0.340 / 0.471 ("reject that
    # characterization" answers the account just given).
    "dev-4": ((0.99, 0.96, 0.98, 0.90, 0.33, 0.46), 1),
    # Twentieth session (2026-12-06): flag recall 0.950 -> 0.958 (dev-5), 0.969 -> 0.979
    # (held-out): "appearing to" hedges, an amount in words ("a tenth of a square mile") is a
    # statistic.
    "dev-5": ((0.99, 0.99, 0.98, 0.945, 0.33, 0.25), 0),
    # Seventeenth session: relations 0.688 / 0.524 -> 0.750 / 0.545 (a second source "also").
    # Twenty-second session: claim recall 0.984 -> 0.992 (the reporter's note after a
    # reported claim, "a claim the rebels did not address", is its own claim).
    # Twenty-third session: claim precision 0.985 -> 0.992 and relation precision 0.545 ->
    # 0.522 ("dismissed the claim as propaganda" is the claim: a dismissal now matches its
    # annotated claim, and the relation it carries, wrong before too, is now counted).
    "heldout": ((0.98, 0.95, 0.97, 0.965, 0.72, 0.51), 0),
    # measured only, never tuned on
    # Tenth session (2026-12-05): flag recall 0.924 -> 0.949 ("one of the officials" anonymous).
    # Seventeenth session: flag recall 0.949 -> 0.962 (a request by telephone for anonymity).
    # Nineteenth session: claim precision 0.968 -> 0.984 (a denial's reason is its one claim).
    # Twenty-first session: claim precision 0.984 -> 0.992 (a noun's participle before "and
    # two other groups found" is no clause of the reporter's).
    # Twenty-second session: relations 0.333 / 0.667 -> 0.316 / 0.739 (a day beside its month
    # is no count: seven predicted relations fewer, one of them right).
    # Twenty-third session: flag recall 0.962 -> 0.975 (a note on "his account" flags all he
    # just said).
    # Twenty-fourth session: claimant accuracy 0.992 -> 1.000, relations 0.316 / 0.739 ->
    # 0.333 / 0.750 ("put <a name>'s share at", "residents of X say").
    "check": ((0.97, 0.98, 0.985, 0.965, 0.30, 0.72), 0),
    # wire copy written on 2026-12-04 for measuring only (its texts unread). Relations 0.191 /
    # 0.273 -> 0.170 / 0.250 on 2026-12-04 (fifth session): one relation lost to "five of the
    # dead" no longer being a count of the dead; claim recall, figure and flag recall rose.
    # Sixth session (2026-12-04): claim recall 0.994 -> 1.000, flag recall 0.950 -> 0.967.
    # Ninth session (2026-12-05): claimant accuracy 0.949 -> 0.962, relations 0.170 / 0.258 ->
    # 0.213 / 0.312.
    # Twenty-second session: relations 0.213 / 0.333 -> 0.234 / 0.355 ("five thousand" is
    # 5,000).
    # Twenty-fourth session: claimant accuracy 0.968 -> 0.975 (the session's hunts' rules).
    "check-2": ((0.99, 0.97, 0.965, 0.95, 0.22, 0.33), 1),
    # real reporting (Wikinews): development, and held out (its texts and annotations unread).
    # The held-out part finds no relation the annotators marked yet; its floors are zero.
    # Eleventh session (2026-12-05): Wikinews dev relations 0.111 / 0.091 -> 0.222 / 0.250,
    # furniture taken as claims 4 -> 2 (held out: 25 -> 19; claim precision 0.933 -> 0.944).
    # Fifteenth session (2026-12-06): a verbless caption with a full stop is furniture, 2 -> 1.
    # Twentieth session: Wikinews dev flag recall 0.863 -> 0.887 (the same two rules, and
    # "double digits").
    "wikinews-dev": ((0.945, 0.96, 0.96, 0.87, 0.20, 0.22), 1),
    # Seventeenth session: held out claim precision 0.946 -> 0.948 ("according to NAME, TITLE").
    # Twenty-first session: held out flag recall 0.925 -> 0.932 ("1.15 shares" is a figure, not
    # a clock time); Wikinews dev claim precision 0.973 -> 0.975 (a programme's title in a tag
    # is no quotation).
    # Twenty-fourth session: held out flag recall 0.932 -> 0.939, claim precision 0.948 ->
    # 0.950, furniture taken as claims 19 -> 18; Wikinews dev claim precision 0.975 -> 0.976
    # (a question inside an interview's answer is no claim).
    "wikinews-heldout": ((0.97, 0.94, 0.87, 0.93, 0.0, 0.0), 18),
}


@pytest.mark.parametrize("directory", sorted(FLOORS))
def test_unseen_reporting_stays_above_its_floors(directory: str):
    """Floors a little under today's figures (README, "Extraction"): a change that makes any
    set worse fails here."""
    metrics = metrics_of(directory)
    names = (
        "claim_recall",
        "claim_precision",
        "claimant_accuracy",
        "flag_recall",
        "relation_recall",
        "relation_precision",
    )
    floors, boilerplate = FLOORS[directory]
    below = {
        name: (metrics[name], floor)
        for name, floor in zip(names, floors, strict=True)
        if metrics[name] is None or metrics[name] < floor
    }
    assert not below, below
    assert metrics["boilerplate_claims"] <= boilerplate
    assert metrics["errors"] == 0


# Claimant accuracy over quotes and reported statements only (the claims with a claimant in
# the annotation), and recall of the claims that state a figure: floors for real reporting.
ATTRIBUTED_FLOORS = {
    "wikinews-dev": (0.95, 0.99),
    "wikinews-heldout": (0.87, 0.98),
}


@pytest.mark.parametrize("directory", sorted(ATTRIBUTED_FLOORS))
def test_real_reporting_keeps_its_claimants_and_figures(directory: str):
    metrics = metrics_of(directory)
    claimants, figures = ATTRIBUTED_FLOORS[directory]
    assert metrics["attributed_claimant_accuracy"] >= claimants, metrics
    assert metrics["figure_claim_recall"] >= figures, metrics


# Flag precision, a little under today's figures (the ninth session raised it on every set:
# numbers that count nothing, case definitions and schedules are no statistic or hedge).
FLAG_PRECISION_FLOORS = {
    # (the eleventh raised it again: a claim is a direct quote when 9/10 of it is quoted)
    "gold": 0.92,
    "dev": 0.97,
    "dev-extra": 0.98,
    "dev-3": 0.98,
    "dev-4": 0.97,
    "dev-5": 0.97,
    "heldout": 0.94,
    "check": 0.95,
    "check-2": 0.985,  # (the nineteenth: 0.983 -> 0.991, an hour of the day is no count)
    "wikinews-dev": 0.92,  # (the twentieth: 0.916 -> 0.928, a list's "1)" counts nothing)
    # (the seventeenth: 0.784 -> 0.799, no hedge for "could have been worse", ages no count;
    # the eighteenth: 0.799 -> 0.804, more ages and names with a number no count)
    "wikinews-heldout": 0.80,
}


@pytest.mark.parametrize("directory", sorted(FLAG_PRECISION_FLOORS))
def test_flags_stay_precise(directory: str):
    metrics = metrics_of(directory)
    assert metrics["flag_precision"] >= FLAG_PRECISION_FLOORS[directory], metrics
