"""Check-worthiness: how much a claim deserves a fact-checker's time, 0..1, with reasons.

Factual, specific, consequential claims (numbers, named actors, accusations, denials) score
high; opinions, background and vague statements score low. The weights are simple and
additive so that the reasons explain the score exactly.
"""

from __future__ import annotations

import re

from .lexicon import OPINION_WORDS, VAGUE_WORDS

_WORD = re.compile(r"[\w'’-]+")
# A capitalised word that does not start the text or a sentence: a name. Only whether there is
# one matters. The pattern starts at the capital, so the engine only tries it at capitals, and
# looks behind for the non-word character before it (the same answer as r"\W(?<![.!?]\s)[A-Z]
# [a-z]", which was tried at every space, and as r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z][\w'’-]*").
_PROPER = re.compile(r"[A-Z](?<=\W[A-Z])(?<![.!?]\s[A-Z])[a-z]")
_GENERIC_PRESENT = re.compile(
    r"\b(?:remains?|is|are|pose|poses|tend|tends|has long|have long|can|often)\b"
)

BASE = 0.3
WEIGHTS = {
    "contains a statistic": 0.25,
    "accusation": 0.2,
    "denial": 0.2,
    "names an actor": 0.1,
    "attributed to a named source": 0.05,
    "hedged in the text": 0.1,
    "not verified in the text": 0.1,
    "anonymous source": 0.05,
    "contradicted by another claim": 0.1,
    "estimate": 0.05,
    "opinion language": -0.25,
    "vague wording": -0.1,
    "background statement": -0.1,
    "very short": -0.15,
    "question": -0.3,
}


def score(
    text: str,
    kind: str,
    flags: set[str],
    source_named: bool,
    has_relation: str | None,
) -> tuple[float, tuple[str, ...]]:
    if text.isascii():
        # Lowering ASCII changes no character's class: one lower() instead of one per word.
        words = _WORD.findall(text.lower())
    else:
        words = list(map(str.lower, _WORD.findall(text)))
    names_someone = _PROPER.search(text) is not None  # searched once, read twice below
    reasons: list[str] = []
    if "statistic" in flags:
        reasons.append("contains a statistic")
    if kind == "accusation":
        reasons.append("accusation")
    if kind == "denial":
        reasons.append("denial")
    if kind == "estimate":
        reasons.append("estimate")
    if names_someone or source_named:
        reasons.append("names an actor")
    if source_named:
        reasons.append("attributed to a named source")
    if "hedged" in flags:
        reasons.append("hedged in the text")
    if "unverified" in flags:
        reasons.append("not verified in the text")
    if "anonymous_source" in flags:
        reasons.append("anonymous source")
    if has_relation == "contradicts":
        reasons.append("contradicted by another claim")
    # Set tests in C instead of a generator over the words.
    if not OPINION_WORDS.isdisjoint(words):
        reasons.append("opinion language")
    if not VAGUE_WORDS.isdisjoint(words) and "statistic" not in flags:
        reasons.append("vague wording")
    if (
        not source_named
        and "statistic" not in flags
        and not names_someone
        and _GENERIC_PRESENT.search(text)
    ):
        reasons.append("background statement")
    if len(words) < 6:
        reasons.append("very short")
    if text.rstrip().endswith("?"):
        reasons.append("question")
    value = BASE + sum(map(WEIGHTS.__getitem__, reasons))  # the same additions, in C
    return round(min(1.0, max(0.0, value)), 2), tuple(reasons)
