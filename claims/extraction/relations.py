"""Links between claims: denies, contradicts, supports.

Each claim looks back over a window of earlier claims only (WINDOW), so the work is linear
in the number of claims. Evidence is lexical: shared content words (crudely stemmed), the
cue's meaning (deny, confirm) and quantities (the same counted thing with different numbers).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .lexicon import CLAIM_NOUNS, NUMBER_WORD_VALUES, QUANTITY_SYNONYMS, STOPWORDS, words

WINDOW = 12

_WORD = re.compile(r"[$£€]?\d[\d,.]*%?|[^\W\d_][\w'’-]*")
# Counted things that different sources tend to give different numbers for.
_CROWD = words("people protesters demonstrators marchers participants turnout crowd")
_ACCOUNTS = words("accounts users records customers members subscribers")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    word = word.lower().strip("'’-")
    for suffix in ("ations", "ation", "ings", "ing", "ions", "ion", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@dataclass(slots=True)
class RelationInput:
    """What relations need to know about a claim."""

    text: str
    content_after_cue: str
    source_key: str  # normalised claimant (resolved antecedent when there is one)
    cue_group: str | None
    kind: str
    words: frozenset[str] = field(default_factory=frozenset)
    names: frozenset[str] = field(default_factory=frozenset)
    quantities: dict[str, float] = field(default_factory=dict)


def prepare(
    text: str, content_after_cue: str, source_key: str, cue_group: str | None, kind: str
) -> RelationInput:
    tokens = _WORD.findall(text)
    words = frozenset(
        stem(token) for token in tokens if token.lower() not in STOPWORDS and len(token) > 2
    )
    names = frozenset(
        token.lower() for index, token in enumerate(tokens) if token[:1].isupper() and index > 0
    ) | frozenset(token for token in tokens if token[:1].isdigit())
    return RelationInput(
        text=text,
        content_after_cue=content_after_cue,
        source_key=source_key,
        cue_group=cue_group,
        kind=kind,
        words=words,
        names=names,
        quantities=_quantities(tokens),
    )


def _number_value(token: str) -> float | None:
    if (
        not token[:1].isdigit()
        and token[:1] not in "$£€"
        and token.lower() not in NUMBER_WORD_VALUES
    ):
        return None
    cleaned = token.strip("$£€%").replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return NUMBER_WORD_VALUES.get(token.lower())


def _quantity_key(word: str) -> str | None:
    lowered = word.lower()
    if lowered in QUANTITY_SYNONYMS:
        return QUANTITY_SYNONYMS[lowered]
    if lowered in _CROWD:
        return "crowd"
    if lowered in _ACCOUNTS:
        return "accounts"
    return None


_NEGATED_COUNT = re.compile(r"^(?:no|none|nobody)$", re.IGNORECASE)


def _quantities(tokens: list[str]) -> dict[str, float]:
    """Counted thing -> number: '40 people were injured', 'the number of marchers at 68,000',
    'no one was injured' (zero)."""
    found: dict[str, float] = {}
    for index, token in enumerate(tokens):
        if _NEGATED_COUNT.match(token):
            for word in tokens[index + 1 : index + 5]:
                key = _quantity_key(word)
                if key:
                    found.setdefault(key, 0.0)
                    break
            continue
        value = _number_value(token)
        if value is None or (1900 <= value <= 2100 and "," not in token):
            continue
        if index + 1 < len(tokens) and tokens[index + 1].lower() in ("million", "billion"):
            value *= 1_000_000 if tokens[index + 1].lower() == "million" else 1_000_000_000
        # Look after the number ("40 people were injured", "25 wounded") then before it
        # ("the number of marchers at 68,000", "the turnout was 400,000").
        if token.endswith("%") or (
            index + 1 < len(tokens) and tokens[index + 1].lower() in ("percent", "per")
        ):
            found.setdefault("percent", value)
            continue
        window = tokens[index + 1 : index + 5] + tokens[max(0, index - 6) : index][::-1]
        # "40 people were injured" counts the injured, not the people: specific keys first.
        key = next(
            (QUANTITY_SYNONYMS[w.lower()] for w in window if w.lower() in QUANTITY_SYNONYMS), None
        )
        key = key or next((k for k in map(_quantity_key, window) if k), None)
        if key:
            found.setdefault(key, value)
    return found


def link(claims: list[RelationInput]) -> list[list[tuple[str, int]]]:
    """For each claim, its relations as (type, index of an earlier claim)."""
    links: list[list[tuple[str, int]]] = [[] for _ in claims]
    for index, claim in enumerate(claims):
        if index and not claim.quantities and len(claim.text.split()) <= 5:
            # "The unions claimed more than 2 million.": the count of the claim before.
            value = next(
                (
                    _number_value(token)
                    for token in _WORD.findall(claim.text)
                    if _number_value(token) is not None
                ),
                None,
            )
            previous = claims[index - 1].quantities
            if value is not None and len(previous) == 1:
                if "million" in claim.text.lower():
                    value *= 1_000_000
                claim.quantities = {next(iter(previous)): value}
        lower = max(0, index - WINDOW)
        earlier = [(j, claims[j]) for j in range(index - 1, lower - 1, -1)]
        if claim.kind == "denial" or claim.cue_group == "deny":
            target = _denial_target(claim, earlier)
            if target is not None:
                links[index].append(("denies", target))
                continue
        contradictions = _contradictions(claim, earlier)
        if contradictions:
            links[index].extend(("contradicts", target) for target in contradictions)
            continue
        negation = _negation_relation(claim, earlier)
        if negation is not None:
            links[index].append(negation)
            continue
        support = _support(claim, earlier)
        if support is not None:
            links[index].append(("supports", support))
    return links


_NEGATION = re.compile(r"\b(?:no|not|never|none|nobody|nothing|n't|neither|nor)\b", re.IGNORECASE)


def _negation_relation(
    claim: RelationInput, earlier: list[tuple[int, RelationInput]]
) -> tuple[str, int] | None:
    """A negated claim from another source about what an earlier claim asserted."""
    if not claim.source_key or not _NEGATION.search(claim.text):
        return None
    for index, other in earlier[:6]:
        if not _different_sources(claim, other) or _NEGATION.search(other.text):
            continue
        shared = claim.words & other.words
        if len(shared) >= 2 or (shared and shared & frozenset(stem(n) for n in other.names)):
            speaker_words = frozenset(stem(word) for word in claim.source_key.split())
            if speaker_words & other.words or claim.cue_group == "deny":
                return ("denies", index)
            return ("contradicts", index)
    return None


def _different_sources(a: RelationInput, b: RelationInput) -> bool:
    return a.source_key != b.source_key or not a.source_key


def _denial_target(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> int | None:
    object_words = frozenset(
        stem(token)
        for token in _WORD.findall(claim.content_after_cue)
        if token.lower() not in STOPWORDS and len(token) > 2
    )
    best: tuple[int, int] | None = None
    for index, other in earlier:
        if other.kind == "denial" or not _different_sources(claim, other):
            continue
        overlap = len(object_words & other.words)
        if overlap and other.kind == "accusation":
            overlap += 1  # a denial answers an accusation first
        if overlap >= 1 and (best is None or overlap > best[0]):
            best = (overlap, index)
    if best is not None:
        return best[1]
    mentions_claim = any(
        token.lower() in CLAIM_NOUNS for token in _WORD.findall(claim.content_after_cue)[:4]
    ) or not claim.content_after_cue.strip(" .")
    if not mentions_claim:
        return None
    # "rejected the accusation": the nearest accusation, else the nearest claim someone else
    # made.
    for index, other in earlier:
        if other.kind == "accusation" and _different_sources(claim, other):
            return index
    for index, other in earlier:
        if other.kind != "denial" and other.source_key and _different_sources(claim, other):
            return index
    return None


def _contradictions(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> list[int]:
    """Earlier claims by other sources that give a different number for the same thing."""
    if not claim.quantities:
        return []
    found = []
    for index, other in earlier:
        if not _different_sources(claim, other):
            continue
        for key, value in claim.quantities.items():
            other_value = other.quantities.get(key)
            if other_value is not None and other_value != value:
                found.append(index)
                break
    return found


def _support(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> int | None:
    if not claim.source_key:
        return None
    best: tuple[float, int] | None = None
    for index, other in earlier[:6]:
        if not other.source_key or not _different_sources(claim, other):
            continue
        if other.kind == "denial" or claim.kind == "denial":
            continue
        same_quantity = any(
            other.quantities.get(key) == value for key, value in claim.quantities.items()
        )
        shared = claim.words & other.words
        anchored = shared & frozenset(stem(name) for name in claim.names | other.names)
        ratio = len(shared) / max(1, min(len(claim.words), len(other.words)))
        score = ratio + (0.5 if same_quantity else 0.0)
        if claim.cue_group == "confirm":
            score += 0.2
        similar = (same_quantity and len(shared) >= 2) or (
            len(shared) >= 3 and anchored and ratio >= 0.4
        )
        if similar and (best is None or score > best[0]):
            best = (score, index)
    return best[1] if best else None
