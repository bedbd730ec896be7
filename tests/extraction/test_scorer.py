"""Unit tests for the matching and metrics of scripts/score_extraction.py (no extractor needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.scripts import load_script

scorer = load_script("score_extraction")

Span = scorer.Span
Relation = scorer.Relation

TEXT = (
    "Home / World\n\n"
    "Rebels seized the airport, the army said. "
    "The rebels denied it. "
    "Officials said 40 people were injured.\n\n"
    "AFP-AP"
)


def span_of(substring: str, occurrence: int = 1) -> Span:
    return scorer.locate(TEXT, substring, occurrence)


def make_article() -> scorer.GoldArticle:
    claims = (
        scorer.GoldClaim(
            span=span_of("Rebels seized the airport"),
            text="Rebels seized the airport",
            claimant_spans=(span_of("the army"),),
            claimant_text="the army",
            flags=frozenset(),
            relations=(),
        ),
        scorer.GoldClaim(
            span=span_of("it"),
            text="it",
            claimant_spans=(span_of("The rebels"), span_of("Rebels")),
            claimant_text="The rebels",
            flags=frozenset(),
            relations=(Relation("denies", 0),),
        ),
        scorer.GoldClaim(
            span=span_of("40 people were injured"),
            text="40 people were injured",
            claimant_spans=(span_of("Officials"),),
            claimant_text="Officials",
            flags=frozenset({"statistic"}),
            relations=(),
        ),
    )
    return scorer.GoldArticle(
        name="tiny",
        text=TEXT,
        claims=claims,
        boilerplate_spans=(span_of("Home / World"), span_of("AFP-AP")),
    )


def predicted(
    substring: str,
    claimant: str | None = None,
    flags: tuple[str, ...] = (),
    relations: tuple[Relation, ...] = (),
    claimant_occurrence: int = 1,
) -> scorer.PredictedClaim:
    return scorer.PredictedClaim(
        span=span_of(substring),
        text=substring,
        claimant_span=span_of(claimant, claimant_occurrence) if claimant else None,
        claimant_text=claimant,
        flags=frozenset(flags),
        relations=relations,
    )


# --------------------------------------------------------------------------- spans


def test_span_overlap_and_jaccard():
    assert Span(0, 10).overlap(Span(5, 20)) == 5
    assert Span(0, 10).overlap(Span(10, 20)) == 0
    assert not Span(0, 10).overlaps(Span(10, 20))
    assert Span(0, 10).jaccard(Span(5, 15)) == pytest.approx(5 / 15)
    assert Span(0, 10).jaccard(Span(0, 10)) == 1.0


def test_find_occurrence_counts_overlapping_matches():
    assert scorer.find_occurrence("aaa", "aa", 1) == 0
    assert scorer.find_occurrence("aaa", "aa", 2) == 1
    assert scorer.find_occurrence("aaa", "aa", 3) is None
    assert scorer.find_occurrence("he said the", "he", 2) == 9


def test_locate_raises_for_a_missing_substring():
    with pytest.raises(ValueError):
        scorer.locate("abc", "x")


def test_covered_length_uses_the_union_of_spans():
    assert scorer.covered_length(Span(0, 10), [Span(0, 6), Span(4, 8)]) == 8
    assert scorer.covered_length(Span(0, 10), [Span(20, 30)]) == 0


# --------------------------------------------------------------------------- matching


def test_gold_is_found_when_half_is_covered():
    gold = Span(0, 10)
    assert scorer.is_found_by(gold, Span(5, 30))
    assert not scorer.is_found_by(gold, Span(6, 30))


def test_best_match_is_the_covering_prediction_with_highest_jaccard():
    gold = [Span(10, 20)]
    predictions = [Span(0, 40), Span(10, 21), Span(15, 20)]
    assert scorer.match_gold_claims(gold, predictions) == [1]
    assert scorer.match_gold_claims(gold, [Span(16, 40)]) == [None]


def test_prediction_is_right_when_half_lies_on_gold_claims():
    gold = [Span(0, 10), Span(12, 20)]
    assert scorer.is_right_prediction(Span(0, 20), gold)  # 18 of 20 on gold, across two claims
    assert scorer.is_right_prediction(Span(5, 15), gold)
    assert not scorer.is_right_prediction(Span(8, 30), gold)
    assert not scorer.is_right_prediction(Span(3, 3), gold)


def test_claimant_rules():
    gold = (Span(0, 5), Span(40, 47))
    assert scorer.claimant_is_correct(gold, Span(3, 8))
    assert scorer.claimant_is_correct(gold, Span(41, 42))  # the antecedent also counts
    assert not scorer.claimant_is_correct(gold, Span(10, 20))
    assert not scorer.claimant_is_correct(gold, None)
    assert scorer.claimant_is_correct((), None)
    assert not scorer.claimant_is_correct((), Span(0, 5))


def test_the_same_name_at_another_mention_is_the_right_claimant():
    gold = (Span(0, 8),)
    names = frozenset({"nick bos"})
    assert scorer.claimant_is_correct(gold, Span(50, 58), names, "Nick  Bos")
    assert not scorer.claimant_is_correct(gold, Span(50, 58), names, "Nick Cave")
    assert not scorer.claimant_is_correct(gold, Span(50, 58), frozenset(), "Nick Bos")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nick Bos", True),
        ("LOWE", True),
        ("Bank of England", True),
        ("The Independent", True),
        ("he", False),
        ("He", False),
        ("the company", False),
        ("The government", False),
        ("UN estimates", False),
    ],
)
def test_only_names_are_matched_by_their_text(text: str, expected: bool):
    assert scorer.is_name(text) is expected


def test_attributed_claimant_accuracy_and_figure_recall_leave_out_what_they_do_not_count():
    article = make_article()
    predictions = [
        predicted("Rebels seized the airport", "Officials"),  # attributed, wrong claimant
        predicted("it", "The rebels"),  # attributed, right
        # the figure claim (gold 2) is not found
    ]
    metrics = scorer.score_article(article, predictions).metrics()
    assert metrics["attributed_claimant_accuracy"] == 0.5
    assert metrics["figure_claim_recall"] == 0.0


# --------------------------------------------------------------------------- scoring


def test_perfect_prediction_scores_one_everywhere():
    article = make_article()
    predictions = [
        predicted("Rebels seized the airport", "the army"),
        predicted("it", "The rebels", relations=(Relation("denies", 0),)),
        predicted("40 people were injured", "Officials", flags=("statistic",)),
    ]
    metrics = scorer.score_article(article, predictions).metrics()
    assert metrics["claim_recall"] == 1.0
    assert metrics["claim_precision"] == 1.0
    assert metrics["claimant_accuracy"] == 1.0
    assert metrics["flag_recall"] == 1.0
    assert metrics["flag_precision"] == 1.0
    assert metrics["relation_recall"] == 1.0
    assert metrics["relation_precision"] == 1.0
    assert metrics["boilerplate_claims"] == 0
    assert metrics["mean_span_jaccard"] == 1.0


def test_missed_claims_wrong_claimants_flags_and_relations():
    article = make_article()
    predictions = [
        # finds gold 0 with the wrong claimant and a flag gold does not have
        predicted("Rebels seized the airport, the army said", "Officials", flags=("hedged",)),
        # furniture taken as a claim
        predicted("AFP-AP"),
        # finds gold 2 without its flag; the relation of gold 1 cannot be recalled (gold 1 missed)
        predicted("40 people were injured", "Officials"),
    ]
    score = scorer.score_article(article, predictions)
    metrics = score.metrics()
    assert metrics["claim_recall"] == pytest.approx(2 / 3)
    assert metrics["claim_precision"] == pytest.approx(2 / 3)
    assert metrics["claimant_accuracy"] == pytest.approx(1 / 2)
    assert metrics["flag_recall"] == 0.0
    assert metrics["flag_precision"] == 0.0
    assert metrics["relation_recall"] == 0.0
    assert metrics["boilerplate_claims"] == 1
    assert metrics["mean_span_jaccard"] == pytest.approx(
        (len("Rebels seized the airport") / len("Rebels seized the airport, the army said") + 1) / 2
    )
    assert score.missed_claims == ["[1] 'it'"]
    assert len(score.wrong_claimants) == 1 and "'the army'" in score.wrong_claimants[0]
    assert score.missed_flags == ["[2] '40 people were injured': statistic"]
    assert len(score.missed_relations) == 1


def test_relation_needs_the_same_type_and_direction():
    article = make_article()
    base = [
        predicted("Rebels seized the airport", "the army"),
        predicted("it", "The rebels"),
    ]
    wrong_type = [base[0], predicted("it", "The rebels", relations=(Relation("contradicts", 0),))]
    wrong_direction = [
        predicted("Rebels seized the airport", "the army", relations=(Relation("denies", 1),)),
        base[1],
    ]
    for predictions in (base, wrong_type, wrong_direction):
        assert scorer.score_article(article, predictions).metrics()["relation_recall"] == 0.0


def test_relation_precision_counts_relations_between_matched_claims():
    article = make_article()
    right = predicted("it", "The rebels", relations=(Relation("denies", 0),))
    wrong_type = predicted("it", "The rebels", relations=(Relation("contradicts", 0),))
    to_furniture = predicted("it", "The rebels", relations=(Relation("supports", 2),))
    base = predicted("Rebels seized the airport", "the army")
    furniture = predicted("AFP-AP")

    score = scorer.score_article(article, [base, right])
    assert score.metrics()["relation_precision"] == 1.0
    score = scorer.score_article(article, [base, wrong_type])
    assert score.metrics()["relation_precision"] == 0.0
    assert score.wrong_relations == ["[1] contradicts [0]: 'it' -> 'Rebels seized the airport'"]
    # A relation to a claim on furniture is not counted here (claim precision counts it).
    score = scorer.score_article(article, [base, to_furniture, furniture])
    assert score.metrics()["relation_precision"] is None
    assert score.predicted_relations == 0


def test_claimant_antecedent_is_accepted():
    article = make_article()
    # "Rebels" (start of the text's first sentence) is gold claim 1's antecedent
    predictions = [predicted("it", "Rebels")]
    assert scorer.score_article(article, predictions).metrics()["claimant_accuracy"] == 1.0


def test_empty_prediction_gives_zero_recall_and_no_precision():
    metrics = scorer.score_article(make_article(), []).metrics()
    assert metrics["claim_recall"] == 0.0
    assert metrics["claim_precision"] is None
    assert metrics["claimant_accuracy"] is None


def test_scores_add_up_as_micro_averages():
    article = make_article()
    perfect = scorer.score_article(article, [predicted("40 people were injured", "Officials")])
    empty = scorer.score_article(article, [])
    total = scorer.Score()
    total.add(perfect)
    total.add(empty)
    metrics = total.metrics()
    assert metrics["articles"] == 2
    assert metrics["gold_claims"] == 6
    assert metrics["claim_recall"] == pytest.approx(1 / 6)


def test_missed_targets():
    good = {name: 1.0 for name in scorer.TARGETS} | {"boilerplate_claims": 0, "errors": 0}
    assert scorer.missed_targets(good) == []
    bad = good | {"claim_recall": 0.5, "boilerplate_claims": 2}
    missed = scorer.missed_targets(bad)
    assert len(missed) == 2
    assert scorer.missed_targets(good | {"relation_recall": None}) == []


def test_predicted_claims_from_result_dict():
    result = {
        "metadata": {},
        "claims": [
            {
                "text": "Rebels seized the airport",
                "start": 14,
                "end": 39,
                "sentence": {"start": 14, "end": 55},
                "source": {"text": "the army", "start": 41, "end": 49, "kind": "organisation"},
                "cue": {"text": "said", "start": 50, "end": 54},
                "flags": ["statistic"],
                "kind": "statement",
                "checkworthiness": 0.5,
                "reasons": [],
                "relations": [{"type": "supports", "target": 0}],
            },
            {"text": "x", "start": 0, "end": 1, "source": None, "flags": [], "relations": []},
        ],
    }
    first, second = scorer.predicted_claims_from_result(result)
    assert first.span == Span(14, 39)
    assert first.claimant_span == Span(41, 49)
    assert first.relations == (Relation("supports", 0),)
    assert second.claimant_span is None


def test_boilerplate_spans_include_title_line_and_every_furniture_occurrence():
    text = "Big news\n\nBody. AFP\n\nAFP"
    spans = scorer.boilerplate_spans(text, {"title": "Big news", "furniture": ["AFP"]})
    assert sorted(spans) == [Span(0, 8), Span(16, 19), Span(21, 24)]


def test_end_to_end_with_a_gold_directory(tmp_path: Path):
    (tmp_path / "one.txt").write_text(TEXT, encoding="utf-8")
    annotation = {
        "title": "x",
        "outlet": None,
        "byline": None,
        "dateline": None,
        "date": None,
        "furniture": ["Home / World", "AFP-AP"],
        "claims": [
            {"text": "Rebels seized the airport", "claimant": "the army", "cue": "said",
             "flags": [], "relations": []},
            {"text": "40 people were injured", "claimant": "Officials", "cue": "said",
             "flags": ["statistic"], "relations": []},
        ],
    }  # fmt: skip
    (tmp_path / "one.json").write_text(json.dumps(annotation), encoding="utf-8")
    [article] = scorer.load_gold_set(tmp_path)
    assert article.claims[0].span == span_of("Rebels seized the airport")

    def every_line(text: str) -> dict:
        claims = []
        offset = 0
        for line in text.splitlines(keepends=True):
            stripped = line.rstrip("\n")
            if stripped:
                claims.append({"text": stripped, "start": offset, "end": offset + len(stripped)})
            offset += len(line)
        return {"claims": claims}

    total, per_article = scorer.score_gold_set([article], every_line)
    metrics = total.metrics()
    assert metrics["predicted_claims"] == 3
    assert metrics["boilerplate_claims"] == 2
    assert metrics["claim_recall"] == 1.0
    assert set(per_article) == {"one"}

    def broken(text: str) -> dict:
        raise RuntimeError("boom")

    total, _ = scorer.score_gold_set([article], broken)
    assert total.metrics()["errors"] == 1
    assert scorer.missed_targets(total.metrics())
