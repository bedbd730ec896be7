"""Score the claim extractor against the hand-annotated gold set.

Usage (from the repository root):

    .venv/bin/python scripts/score_extraction.py [--per-article] [--verbose] [--json] [--check]
        [--extractor module:function] [--gold-dir tests/extraction/gold]

The gold set is a directory of ``<name>.txt`` articles, each with a ``<name>.json`` annotation
(format described in tests/extraction/gold/README.md). Every substring in the annotation is
located in the article text by its 1-based occurrence, counting overlapping matches
(``text.find(substring, previous_start + 1)``).

Definitions (all counts are summed over articles before dividing, i.e. micro-averaged):

- claim recall: a gold claim is *found* when some predicted claim covers at least half of the
  gold claim's content span. Its *match* is the covering predicted claim with the highest span
  Jaccard (ties: the earlier one).
- claim precision: a predicted claim is *right* when at least half of its span lies on gold
  claim spans (on their union). Every predicted claim is in the denominator, including those
  on furniture.
- boilerplate: the number of predicted claims that overlap any furniture substring (every
  occurrence) or the title line. Counted separately; target 0.
- claimant accuracy, over found gold claims: correct when the matched predicted claim's source
  span overlaps the gold claimant span (or the gold ``claimant_antecedent`` span, the named
  mention a pronoun or description refers back to), or when its text is the same name as one
  of those (``Nick Bos`` named again elsewhere; only names: capitalised words, not "he" or
  "the company"), or when both are null. One null and the other not is wrong.
- attributed claimant accuracy: the same, over the found gold claims that have a claimant
  (quotes and reported statements: the reporter's own claims left out).
- figure claim recall: claim recall over the gold claims flagged ``statistic`` (a claim lost
  where a figure is stated).
- flag recall: over all gold (claim, flag) pairs; recalled when the gold claim is found and its
  matched predicted claim carries the flag. Flags of unfound gold claims count as missed.
- flag precision: over the known flags carried by predicted claims that are the match of at
  least one gold claim; correct when one of those gold claims carries the flag. Flags on
  unmatched predicted claims are not counted (claim precision already penalises them).
- relation recall: over gold relations; recalled when both ends are found and the predicted
  claim matched to the relation's source carries a relation of the same type whose target is
  the predicted claim matched to the relation's target.
- relation precision: over the relations carried by predicted claims that are the match of
  at least one gold claim and point at such a claim; correct when a gold relation of the same
  type joins a gold claim matched to its source and a gold claim matched to its target.
  Relations on unmatched claims are not counted (claim precision already penalises them).
- mean span Jaccard: over found gold claims, the Jaccard of the gold span and its match.

Exit status is 0, unless ``--check`` is given and a target is missed (or an article failed).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPOSITORY_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD_DIRECTORY = REPOSITORY_ROOT / "tests" / "extraction" / "gold"
DEFAULT_EXTRACTOR = "claims.extraction:extract"

KNOWN_FLAGS = frozenset(
    {"unverified", "anonymous_source", "hedged", "statistic", "direct_quote"},
)
RELATION_TYPES = frozenset({"denies", "contradicts", "supports"})

TARGETS: dict[str, tuple[str, float]] = {
    # metric name: (comparison, threshold)
    "claim_recall": (">=", 0.95),
    "claim_precision": (">=", 0.85),
    "claimant_accuracy": (">=", 0.90),
    "flag_recall": (">=", 0.90),
    "relation_recall": (">=", 0.90),
    "boilerplate_claims": ("<=", 0),
}

# Words that may stand lowercase inside a name ("Bank of England", "Abu al-Hassan").
_NAME_CONNECTORS = frozenset("of the for and de del da di van von al la le du".split())
# A capitalised first word that makes no name: "He", "The government".
_NOT_NAME_OPENERS = frozenset(
    "he she they it we i you his her their its this that these those a an".split()
)


# --------------------------------------------------------------------------- spans


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int

    @property
    def length(self) -> int:
        return max(0, self.end - self.start)

    def overlap(self, other: Span) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def overlaps(self, other: Span) -> bool:
        return self.overlap(other) > 0

    def jaccard(self, other: Span) -> float:
        intersection = self.overlap(other)
        union = self.length + other.length - intersection
        return intersection / union if union else 0.0


def find_occurrence(text: str, substring: str, occurrence: int = 1) -> int | None:
    """Start of the ``occurrence``-th (1-based, overlapping) match of ``substring``, or None."""
    if not substring or occurrence < 1:
        return None
    position = text.find(substring)
    for _ in range(occurrence - 1):
        if position == -1:
            return None
        position = text.find(substring, position + 1)
    return None if position == -1 else position


def all_occurrences(text: str, substring: str) -> list[int]:
    positions = []
    position = text.find(substring) if substring else -1
    while position != -1:
        positions.append(position)
        position = text.find(substring, position + 1)
    return positions


def locate(text: str, substring: str, occurrence: int = 1) -> Span:
    start = find_occurrence(text, substring, occurrence)
    if start is None:
        raise ValueError(f"{substring!r} (occurrence {occurrence}) not found in the article text")
    return Span(start, start + len(substring))


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans):
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def covered_length(span: Span, spans: Iterable[Span]) -> int:
    """How many characters of ``span`` lie on the union of ``spans``."""
    return sum(span.overlap(other) for other in merge_spans(spans))


# --------------------------------------------------------------------------- gold and predictions


@dataclass(frozen=True)
class Relation:
    type: str
    target: int


@dataclass(frozen=True)
class GoldClaim:
    span: Span
    text: str
    claimant_spans: tuple[Span, ...]  # empty when the claim has no claimant
    claimant_text: str | None
    flags: frozenset[str]
    relations: tuple[Relation, ...]
    claimant_names: frozenset[str] = frozenset()  # the claimant and antecedent texts that are names


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    claims: tuple[GoldClaim, ...]
    boilerplate_spans: tuple[Span, ...]


@dataclass(frozen=True)
class PredictedClaim:
    span: Span
    text: str
    claimant_span: Span | None
    claimant_text: str | None
    flags: frozenset[str]
    relations: tuple[Relation, ...]


def load_gold_article(annotation_path: Path) -> GoldArticle:
    text_path = annotation_path.with_suffix(".txt")
    with text_path.open(encoding="utf-8", newline="") as text_file:
        text = text_file.read()
    annotation = json.loads(annotation_path.read_text(encoding="utf-8"))
    claims = []
    for entry in annotation["claims"]:
        claimant_spans: list[Span] = []
        if entry.get("claimant"):
            claimant_spans.append(
                locate(text, entry["claimant"], entry.get("claimant_occurrence", 1))
            )
            if entry.get("claimant_antecedent"):
                claimant_spans.append(
                    locate(
                        text,
                        entry["claimant_antecedent"],
                        entry.get("claimant_antecedent_occurrence", 1),
                    )
                )
        names = {
            normalised_name(entry[key])
            for key in ("claimant", "claimant_antecedent")
            if entry.get(key) and is_name(entry[key])
        }
        claims.append(
            GoldClaim(
                span=locate(text, entry["text"], entry.get("occurrence", 1)),
                text=entry["text"],
                claimant_spans=tuple(claimant_spans),
                claimant_text=entry.get("claimant"),
                claimant_names=frozenset(names),
                flags=frozenset(entry.get("flags", [])),
                relations=tuple(
                    Relation(relation["type"], relation["target"])
                    for relation in entry.get("relations", [])
                ),
            )
        )
    return GoldArticle(
        name=annotation_path.stem,
        text=text,
        claims=tuple(claims),
        boilerplate_spans=tuple(boilerplate_spans(text, annotation)),
    )


def boilerplate_spans(text: str, annotation: dict[str, Any]) -> list[Span]:
    """Every occurrence of every furniture string, plus the title when it stands on its own line."""
    spans = [
        Span(start, start + len(furniture))
        for furniture in annotation.get("furniture", [])
        for start in all_occurrences(text, furniture)
    ]
    title = annotation.get("title")
    if title:
        offset = 0
        for line in text.splitlines(keepends=True):
            if line.strip() == title.strip():
                start = offset + line.index(title.strip())
                spans.append(Span(start, start + len(title.strip())))
            offset += len(line)
    return spans


def load_gold_set(gold_directory: Path) -> list[GoldArticle]:
    return [load_gold_article(path) for path in sorted(gold_directory.glob("*.json"))]


def predicted_claims_from_result(result: Any) -> list[PredictedClaim]:
    """Read the extractor's ``result.to_dict()`` (or an already converted dict)."""
    data = result.to_dict() if hasattr(result, "to_dict") else result
    claims = []
    for entry in data.get("claims", []):
        source = entry.get("source")
        claimant_span = None
        claimant_text = None
        if source and source.get("start") is not None and source.get("end") is not None:
            claimant_span = Span(int(source["start"]), int(source["end"]))
            claimant_text = source.get("text")
        claims.append(
            PredictedClaim(
                span=Span(int(entry["start"]), int(entry["end"])),
                text=entry.get("text", ""),
                claimant_span=claimant_span,
                claimant_text=claimant_text,
                flags=frozenset(entry.get("flags") or []),
                relations=tuple(
                    Relation(relation["type"], int(relation["target"]))
                    for relation in entry.get("relations") or []
                ),
            )
        )
    return claims


# --------------------------------------------------------------------------- matching


def is_found_by(gold_span: Span, predicted_span: Span) -> bool:
    """A predicted span finds a gold span when it covers at least half of it."""
    return gold_span.length > 0 and 2 * gold_span.overlap(predicted_span) >= gold_span.length


def match_gold_claims(
    gold_spans: Sequence[Span], predicted_spans: Sequence[Span]
) -> list[int | None]:
    """For each gold span, the index of its best covering predicted span (or None)."""
    matches: list[int | None] = []
    for gold_span in gold_spans:
        best_index = None
        best_jaccard = -1.0
        for index, predicted_span in enumerate(predicted_spans):
            if is_found_by(gold_span, predicted_span):
                jaccard = gold_span.jaccard(predicted_span)
                if jaccard > best_jaccard:
                    best_index, best_jaccard = index, jaccard
        matches.append(best_index)
    return matches


def is_right_prediction(predicted_span: Span, gold_spans: Sequence[Span]) -> bool:
    """A predicted span is right when at least half of it lies on gold claim spans."""
    if predicted_span.length == 0:
        return False
    return 2 * covered_length(predicted_span, gold_spans) >= predicted_span.length


def is_boilerplate(predicted_span: Span, furniture_spans: Sequence[Span]) -> bool:
    return any(predicted_span.overlaps(span) for span in furniture_spans)


def is_name(text: str) -> bool:
    """'Nick Bos', 'LOWE', 'The Independent' - not 'he', 'the company', 'UN estimates'."""
    words = text.split()
    if not words or words[0].lower() in _NOT_NAME_OPENERS:
        return False
    return all(word[:1].isupper() or word.lower() in _NAME_CONNECTORS for word in words)


def normalised_name(text: str) -> str:
    return " ".join(text.split()).lower()


def claimant_is_correct(
    gold_claimant_spans: Sequence[Span],
    predicted_span: Span | None,
    gold_names: frozenset[str] = frozenset(),
    predicted_text: str | None = None,
) -> bool:
    if not gold_claimant_spans:
        return predicted_span is None
    if predicted_span is None:
        return False
    if any(predicted_span.overlaps(span) for span in gold_claimant_spans):
        return True
    # The same name at another mention ("Nick Bos" in the headline and in the introduction).
    return bool(predicted_text) and normalised_name(predicted_text) in gold_names


# --------------------------------------------------------------------------- scoring


@dataclass
class Score:
    """Counts for one article, or summed over several."""

    articles: int = 0
    gold_claims: int = 0
    predicted_claims: int = 0
    found_gold_claims: int = 0
    right_predicted_claims: int = 0
    boilerplate_claims: int = 0
    correct_claimants: int = 0
    found_attributed_claims: int = 0
    correct_attributed_claimants: int = 0
    gold_figure_claims: int = 0
    found_figure_claims: int = 0
    gold_flags: int = 0
    recalled_gold_flags: int = 0
    predicted_flags: int = 0
    correct_predicted_flags: int = 0
    gold_relations: int = 0
    recalled_gold_relations: int = 0
    predicted_relations: int = 0
    correct_predicted_relations: int = 0
    jaccard_sum: float = 0.0
    errors: int = 0
    missed_claims: list[str] = field(default_factory=list)
    wrong_predictions: list[str] = field(default_factory=list)
    boilerplate_predictions: list[str] = field(default_factory=list)
    wrong_claimants: list[str] = field(default_factory=list)
    missed_flags: list[str] = field(default_factory=list)
    wrong_flags: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    wrong_relations: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    def metrics(self) -> dict[str, float | int | None]:
        return {
            "articles": self.articles,
            "gold_claims": self.gold_claims,
            "predicted_claims": self.predicted_claims,
            "claim_recall": ratio(self.found_gold_claims, self.gold_claims),
            "claim_precision": ratio(self.right_predicted_claims, self.predicted_claims),
            "claimant_accuracy": ratio(self.correct_claimants, self.found_gold_claims),
            "attributed_claimant_accuracy": ratio(
                self.correct_attributed_claimants, self.found_attributed_claims
            ),
            "figure_claim_recall": ratio(self.found_figure_claims, self.gold_figure_claims),
            "flag_recall": ratio(self.recalled_gold_flags, self.gold_flags),
            "flag_precision": ratio(self.correct_predicted_flags, self.predicted_flags),
            "relation_recall": ratio(self.recalled_gold_relations, self.gold_relations),
            "relation_precision": ratio(self.correct_predicted_relations, self.predicted_relations),
            "boilerplate_claims": self.boilerplate_claims,
            "mean_span_jaccard": ratio(self.jaccard_sum, self.found_gold_claims),
            "errors": self.errors,
        }


def ratio(numerator: float, denominator: float) -> float | None:
    return numerator / denominator if denominator else None


def describe_span(text: str, span: Span | None) -> str:
    if span is None:
        return "null"
    return repr(text[span.start : span.end])


def score_article(article: GoldArticle, predictions: Sequence[PredictedClaim]) -> Score:
    score = Score(articles=1, gold_claims=len(article.claims), predicted_claims=len(predictions))
    gold_spans = [claim.span for claim in article.claims]
    predicted_spans = [prediction.span for prediction in predictions]
    matches = match_gold_claims(gold_spans, predicted_spans)
    text = article.text

    for gold_index, (gold_claim, match) in enumerate(zip(article.claims, matches, strict=True)):
        label = f"[{gold_index}] {gold_claim.text!r}"
        score.gold_flags += len(gold_claim.flags)
        is_figure = "statistic" in gold_claim.flags
        score.gold_figure_claims += is_figure
        if match is None:
            score.missed_claims.append(label)
            score.missed_flags.extend(f"{label}: {flag}" for flag in sorted(gold_claim.flags))
            continue
        prediction = predictions[match]
        score.found_gold_claims += 1
        score.found_figure_claims += is_figure
        score.jaccard_sum += gold_claim.span.jaccard(prediction.span)
        attributed = bool(gold_claim.claimant_spans)
        score.found_attributed_claims += attributed
        if claimant_is_correct(
            gold_claim.claimant_spans,
            prediction.claimant_span,
            gold_claim.claimant_names,
            prediction.claimant_text,
        ):
            score.correct_claimants += 1
            score.correct_attributed_claimants += attributed
        else:
            gold_claimant = repr(gold_claim.claimant_text) if gold_claim.claimant_text else "null"
            score.wrong_claimants.append(
                f"{label}: gold {gold_claimant}, "
                f"predicted {describe_span(text, prediction.claimant_span)}"
            )
        recalled = gold_claim.flags & prediction.flags
        score.recalled_gold_flags += len(recalled)
        score.missed_flags.extend(
            f"{label}: {flag}" for flag in sorted(gold_claim.flags - prediction.flags)
        )

    for gold_index, gold_claim in enumerate(article.claims):
        for relation in gold_claim.relations:
            score.gold_relations += 1
            source_match = matches[gold_index]
            target_match = matches[relation.target] if 0 <= relation.target < len(matches) else None
            recalled = (
                source_match is not None
                and target_match is not None
                and Relation(relation.type, target_match) in predictions[source_match].relations
            )
            if recalled:
                score.recalled_gold_relations += 1
            else:
                target_text = (
                    article.claims[relation.target].text
                    if 0 <= relation.target < len(article.claims)
                    else "?"
                )
                score.missed_relations.append(
                    f"[{gold_index}] {relation.type} [{relation.target}]: "
                    f"{gold_claim.text!r} -> {target_text!r}"
                )

    gold_indexes_by_prediction: dict[int, list[int]] = {}
    for gold_index, match in enumerate(matches):
        if match is not None:
            gold_indexes_by_prediction.setdefault(match, []).append(gold_index)

    gold_relation_keys = {
        (relation.type, gold_index, relation.target)
        for gold_index, gold_claim in enumerate(article.claims)
        for relation in gold_claim.relations
    }
    for predicted_index, prediction in enumerate(predictions):
        sources = gold_indexes_by_prediction.get(predicted_index)
        for relation in prediction.relations:
            targets = gold_indexes_by_prediction.get(relation.target)
            if not sources or not targets:
                continue
            score.predicted_relations += 1
            if any(
                (relation.type, source, target) in gold_relation_keys
                for source in sources
                for target in targets
            ):
                score.correct_predicted_relations += 1
            else:
                target = predictions[relation.target]
                score.wrong_relations.append(
                    f"[{predicted_index}] {relation.type} [{relation.target}]: "
                    f"{prediction.text or describe_span(text, prediction.span)!r} -> "
                    f"{target.text or describe_span(text, target.span)!r}"
                )

    for predicted_index, prediction in enumerate(predictions):
        label = f"[{predicted_index}] {prediction.text or describe_span(text, prediction.span)!r}"
        if is_right_prediction(prediction.span, gold_spans):
            score.right_predicted_claims += 1
        else:
            score.wrong_predictions.append(label)
        if is_boilerplate(prediction.span, article.boilerplate_spans):
            score.boilerplate_claims += 1
            score.boilerplate_predictions.append(label)
        matched_gold = gold_indexes_by_prediction.get(predicted_index)
        if matched_gold:
            gold_flags = frozenset().union(*(article.claims[index].flags for index in matched_gold))
            for flag in sorted(prediction.flags & KNOWN_FLAGS):
                score.predicted_flags += 1
                if flag in gold_flags:
                    score.correct_predicted_flags += 1
                else:
                    score.wrong_flags.append(f"{label}: {flag}")
    return score


Extractor = Callable[[str], Any]


def load_extractor(specification: str) -> Extractor:
    """Import ``module:function`` (the repository root is put on the import path)."""
    module_name, _, function_name = specification.partition(":")
    if not module_name or not function_name:
        raise ValueError(f"expected module:function, got {specification!r}")
    if str(REPOSITORY_ROOT) not in sys.path:
        sys.path.insert(0, str(REPOSITORY_ROOT))
    module = importlib.import_module(module_name)
    return getattr(module, function_name)


def score_gold_set(
    articles: Sequence[GoldArticle], extractor: Extractor
) -> tuple[Score, dict[str, Score]]:
    total = Score()
    per_article: dict[str, Score] = {}
    for article in articles:
        try:
            predictions = predicted_claims_from_result(extractor(article.text))
        except Exception:
            print(f"error: extractor failed on {article.name}:", file=sys.stderr)
            traceback.print_exc()
            article_score = score_article(article, [])
            article_score.errors = 1
        else:
            article_score = score_article(article, predictions)
        per_article[article.name] = article_score
        total.add(article_score)
    return total, per_article


def missed_targets(metrics: dict[str, float | int | None]) -> list[str]:
    missed = []
    for name, (comparison, threshold) in TARGETS.items():
        value = metrics[name]
        if value is None:
            continue
        passed = value >= threshold if comparison == ">=" else value <= threshold
        if not passed:
            missed.append(f"{name} = {format_value(value)} (target {comparison} {threshold})")
    if metrics["errors"]:
        missed.append(f"errors = {metrics['errors']} (the extractor raised)")
    return missed


# --------------------------------------------------------------------------- output


def format_value(value: float | int | None) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def summary_table(metrics: dict[str, float | int | None]) -> str:
    lines = ["| metric | value | target |", "|---|---|---|"]
    for name, value in metrics.items():
        target = TARGETS.get(name)
        target_text = f"{target[0]} {target[1]}" if target else ""
        lines.append(f"| {name} | {format_value(value)} | {target_text} |")
    return "\n".join(lines)


PER_ARTICLE_COLUMNS = (
    ("gold", "gold_claims"),
    ("pred", "predicted_claims"),
    ("recall", "claim_recall"),
    ("precision", "claim_precision"),
    ("claimant", "claimant_accuracy"),
    ("attributed", "attributed_claimant_accuracy"),
    ("flag R", "flag_recall"),
    ("flag P", "flag_precision"),
    ("relation R", "relation_recall"),
    ("relation P", "relation_precision"),
    ("boilerplate", "boilerplate_claims"),
    ("jaccard", "mean_span_jaccard"),
)


def per_article_table(per_article: dict[str, Score]) -> str:
    header = "| article | " + " | ".join(title for title, _ in PER_ARTICLE_COLUMNS) + " |"
    lines = [header, "|---" * (len(PER_ARTICLE_COLUMNS) + 1) + "|"]
    for name, score in per_article.items():
        metrics = score.metrics()
        cells = [format_value(metrics[key]) for _, key in PER_ARTICLE_COLUMNS]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


VERBOSE_SECTIONS = (
    ("missed gold claims", "missed_claims"),
    ("wrong predicted claims", "wrong_predictions"),
    ("predicted claims on furniture or metadata", "boilerplate_predictions"),
    ("wrong claimants", "wrong_claimants"),
    ("missed flags", "missed_flags"),
    ("wrong flags", "wrong_flags"),
    ("missed relations", "missed_relations"),
    ("relations not in the gold set", "wrong_relations"),
)


def verbose_report(per_article: dict[str, Score]) -> str:
    lines = []
    for name, score in per_article.items():
        sections = [
            (title, getattr(score, attribute))
            for title, attribute in VERBOSE_SECTIONS
            if getattr(score, attribute)
        ]
        if not sections:
            continue
        lines.append(f"### {name}")
        for title, items in sections:
            lines.append(f"{title}:")
            lines.extend(f"  - {item}" for item in items)
        lines.append("")
    return "\n".join(lines)


def parse_arguments(arguments: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extractor", default=DEFAULT_EXTRACTOR, help="module:function")
    parser.add_argument("--gold-dir", type=Path, default=DEFAULT_GOLD_DIRECTORY)
    parser.add_argument("--per-article", action="store_true", help="add a per-article table")
    parser.add_argument(
        "--verbose",
        action="store_true",
        help="list missed gold claims, wrong predictions, wrong claimants, flags, relations",
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    return parser.parse_args(arguments)


def main(arguments: Sequence[str] | None = None) -> int:
    options = parse_arguments(arguments)
    articles = load_gold_set(options.gold_dir)
    if not articles:
        print(f"no gold articles in {options.gold_dir}", file=sys.stderr)
        return 1 if options.check else 0
    extractor = load_extractor(options.extractor)
    total, per_article = score_gold_set(articles, extractor)
    metrics = total.metrics()
    missed = missed_targets(metrics)

    if options.json:
        output: dict[str, Any] = {"total": metrics, "targets_missed": missed}
        if options.per_article:
            output["per_article"] = {name: score.metrics() for name, score in per_article.items()}
        if options.verbose:
            output["details"] = {
                name: {attribute: getattr(score, attribute) for _, attribute in VERBOSE_SECTIONS}
                for name, score in per_article.items()
            }
        print(json.dumps(output, indent=2, ensure_ascii=False))
    else:
        print(summary_table(metrics))
        if options.per_article:
            print()
            print(per_article_table(per_article))
        if options.verbose:
            print()
            print(verbose_report(per_article))
        if missed:
            print()
            print("Targets missed: " + "; ".join(missed))
    return 1 if options.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
