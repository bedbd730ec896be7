"""The matcher's quality on the matching sets, scored by scripts/score_matching.py.

Floors a little under what the matcher scores today (README, "The desk's memory"), beside
plain BM25 in the same run, so that a change making matching worse fails. The issue's targets
(MAP@5 >= 0.90 and >= 0.05 above BM25, no contradiction matched) are not all met: the floors
hold what is, not what is asked.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.scripts import load_script

HERE = Path(__file__).parent
scorer = load_script("score_matching")


def scores(directory: Path) -> tuple[dict, dict]:
    index, queries = scorer.load_set(directory)
    matcher, _, _ = scorer.evaluate(scorer.matcher_ranker(index), queries)
    bm25, _, _ = scorer.evaluate(scorer.bm25_ranker(index), queries)
    return matcher, bm25


# set: (MAP@5 floor, recall@5 floor, most contradictions matched as the same claim)
FLOORS = {
    # (dev gained a harder part, part-g, in the ninth session: 0.975 -> 0.968 with it; and
    # parts h, adversarial by construction, and i, social posts, in the thirteenth: 0.968 ->
    # 0.865, recall 0.996 -> 0.973; a near-copy with a thing swapped made another claim in the
    # twenty-seventh: 0.872 -> 0.880; a near-copy saying the opposite, figures by their
    # rarity, another time said from now, in the thirtieth: 0.880 -> 0.905, held-out 0.773 ->
    # 0.777; held-out gained part K, posts against checked claims, in the same session:
    # 0.784, 3 contradictions of 137 matched, 1 of them K's)
    "dev": (0.90, 0.975, 0),
    "heldout": (0.775, 0.89, 3),
    # written blind in the thirty-fifth session (blind/README.md), each part scored alone; the
    # start code scored 0.913, 0.928, 0.882 and 0.849, below BM25 on t and n
    "blind/part-t": (0.93, 0.975, 0),
    "blind/part-n": (0.97, 0.99, 0),
    "blind/part-p": (0.915, 0.96, 0),
    "blind/part-s": (0.885, 0.94, 0),
    # (part R's one: "will cost up to 80bn" against "could reach 66bn", within the ceiling)
    "blind/part-w": (0.935, 0.99, 0),
    "blind/part-r": (0.975, 0.99, 1),
    # (not worked on: 0.899 with the start code, 0.901 with the end code)
    "blind/part-v": (0.89, 0.98, 0),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_matcher_stays_above_its_floors_and_above_bm25(name: str) -> None:
    matcher, bm25 = scores(HERE / name)
    map_floor, recall_floor, most_contradictions = FLOORS[name]
    assert matcher["map_at_5"] >= map_floor
    assert matcher["recall_at_5"] >= recall_floor
    assert matcher["contradictions_matched"] <= most_contradictions
    assert matcher["map_at_5"] > bm25["map_at_5"]
    if name.startswith("blind/"):
        # (the blind parts were not written with BM25 in mind: the matcher keeps a margin)
        assert matcher["map_at_5"] >= bm25["map_at_5"] + 0.01
    # plain BM25 has no notion of another figure: it matches nearly every changed figure (one
    # of held-out part K's posts shares too few words with its claim to reach BM25's top 5)
    assert bm25["contradictions_matched"] >= bm25["figure_changed_queries"] - 1
