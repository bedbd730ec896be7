"""Which parts of speech a word can take: a lexicon of Penn Treebank tags per word, counted
from the English Web Treebank (built by scripts/train_pos_lexicon.py; data/README.md says
where it comes from and how well it does).

The rules ask questions of words, not of a tagged sentence: can this word be a finite verb
("want", "exceeded", "is"), can it only be a noun or an adjective? A word the treebank never
saw is judged by its ending ("-ed", "-ing", "-ly", "-tion"), then by its capital (a name).
A lookup is a dict access, memoised per word, so the rules may ask freely.
"""

from __future__ import annotations

from pathlib import Path

from .lexicon import IRREGULAR_PASTS
from .tokens import WordMemo

LEXICON_PATH = Path(__file__).parent / "data" / "pos_lexicon.tsv"
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# a verb's base, present and past forms (a word that can be a clause's verb, not its -ing)
VERB_FORM_TAGS = frozenset({"VB", "VBP", "VBD", "VBN"})
# The tags a noun phrase opens with: a determiner, pronoun, number or noun.
NOUN_PHRASE_OPENERS = frozenset({"DT", "PRP", "PRP$", "CD", "NN", "NNS", "NNP", "NNPS", "EX"})


class Lexicon:
    def __init__(self, words: dict[str, tuple[str, ...]], endings: dict[str, tuple[str, ...]]):
        self._words = words
        self._endings = endings
        self._memo = WordMemo(self._tags)

    @classmethod
    def from_file(cls, path: Path) -> Lexicon:
        words: dict[str, tuple[str, ...]] = {}
        endings: dict[str, tuple[str, ...]] = {}
        with path.open(encoding="utf-8") as source:
            for line in source:
                if line.startswith("#"):
                    continue
                key, _, counted = line.rstrip("\n").partition("\t")
                tags = tuple(item.rpartition(":")[0] for item in counted.split())
                (endings if key.startswith("-") and len(key) > 1 else words)[key] = tags
        return cls(words, endings)

    def tags(self, word: str) -> tuple[str, ...]:
        """The tags ``word`` can take, the most frequent first (never empty)."""
        return self._memo[word]

    def observed(self, word: str) -> tuple[str, ...]:
        """The tags the treebank gave ``word`` (lowered), without the regular past tense
        added to a participle; empty for a word it never saw."""
        return self._words.get(word.lower(), ())

    def knows(self, word: str) -> bool:
        """The treebank saw this word (lowered)."""
        return word.lower() in self._words

    def best(self, word: str) -> str:
        return self._memo[word][0]

    def _tags(self, word: str) -> tuple[str, ...]:
        lowered = word.lower()
        known = self._words.get(lowered)
        if known is not None:
            if word[:1].isupper() and word[1:].islower() and "NNP" in known:
                return ("NNP", *(tag for tag in known if tag != "NNP"))
            if "VBN" in known and "VBD" not in known and lowered.endswith("ed"):
                # a regular verb's participle is its past tense too: the treebank saw
                # "covered", "recorded" only after "has"/"was"
                return (*known, "VBD")
            return known
        if word[:1].isdigit() or word[:1] in "$£€¥":
            return ("CD",)
        if lowered in IRREGULAR_PASTS:
            return ("VBD", "VBN")  # "sank", "overran": a past the treebank never saw
        if word[:1].isupper():
            return ("NNP",)
        for size in (3, 2):
            ending = self._endings.get("-" + lowered[-size:]) if len(lowered) > size + 1 else None
            if ending is not None:
                return ending
        return ("NN",)


_LEXICON: Lexicon | None = None


def lexicon() -> Lexicon:
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = Lexicon.from_file(LEXICON_PATH)
    return _LEXICON


def can_be_finite_verb(word: str) -> bool:
    """'want', 'exceeded', 'is', 'will' - not 'reduction', 'yields' as a noun only."""
    return not FINITE_VERB_TAGS.isdisjoint(lexicon().tags(word))


def is_finite_verb_first(word: str) -> bool:
    """The word is most often a finite verb: 'want', 'remains', 'was' (not 'director')."""
    return lexicon().best(word) in FINITE_VERB_TAGS


def can_be_noun(word: str) -> bool:
    """'recall', 'report', 'estimates' can be nouns; 'said', 'denied' cannot."""
    return not {"NN", "NNS"}.isdisjoint(lexicon().tags(word))


def third_person_verb(word: str) -> bool:
    """'forecasts', 'rises', 'pushes': an -s form whose stem the lexicon knows as a verb."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return False
    tags = lexicon()
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    return any(not VERB_FORM_TAGS.isdisjoint(tags.tags(stem)) for stem in stems)
