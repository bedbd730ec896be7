"""Build the part-of-speech lexicon the extractor reads (claims/extraction/data/pos_lexicon.tsv)
from the English Web Treebank in Universal Dependencies.

Usage (from the repository root):

    .venv/bin/python scripts/train_pos_lexicon.py [--treebank ../shared/corpus/ud-english-ewt]
        [--check]

For every word form of the training part (lowercased), the Penn Treebank tags it was given and
how often; for unknown words, the tags of each three- and two-letter ending. The lexicon holds
counts, not rules: the extractor asks which tags a word can take (claims/extraction/pos.py).
``--check`` also reports how often the most frequent tag is right on the treebank's dev part
(the figure is in claims/extraction/data/README.md). Deterministic: the same treebank gives
the same file, byte for byte.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
DEFAULT_TREEBANK = REPOSITORY.parent / "shared" / "corpus" / "ud-english-ewt"
OUTPUT = REPOSITORY / "claims" / "extraction" / "data" / "pos_lexicon.tsv"
# A tag seen for less than this share of a word's uses is left out (annotation noise).
MINIMUM_SHARE = 0.05
SUFFIX_MINIMUM_WORDS = 20  # an ending needs this many word types to speak for unknown words


def read_conllu(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences as (form, Penn tag) pairs; multiword-token lines and empty nodes skipped."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as treebank:
        for line in treebank:
            line = line.rstrip("\n")
            if not line:
                if current:
                    sentences.append(current)
                current = []
                continue
            if line.startswith("#"):
                continue
            columns = line.split("\t")
            if "-" in columns[0] or "." in columns[0]:
                continue
            current.append((columns[1], columns[4]))
    if current:
        sentences.append(current)
    return sentences


def word_tags(sentences: list[list[tuple[str, str]]]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sentence in sentences:
        for form, tag in sentence:
            counts[form.lower()][tag] += 1
    return counts


def suffix_tags(counts: dict[str, Counter[str]]) -> dict[str, Counter[str]]:
    """Tags by ending, counted once per word type (rare words speak for unknown ones)."""
    endings: dict[str, Counter[str]] = defaultdict(Counter)
    for word, tags in counts.items():
        if not word.isalpha() or sum(tags.values()) > 3:
            continue
        best = tags.most_common(1)[0][0]
        for size in (2, 3):
            if len(word) > size + 1:
                endings["-" + word[-size:]][best] += 1
    return {
        ending: tags
        for ending, tags in endings.items()
        if sum(tags.values()) >= SUFFIX_MINIMUM_WORDS
    }


def lines_of(table: dict[str, Counter[str]]) -> list[str]:
    lines = []
    for key in sorted(table):
        tags = table[key]
        total = sum(tags.values())
        kept = [(tag, count) for tag, count in tags.most_common() if count / total >= MINIMUM_SHARE]
        kept.sort(key=lambda pair: (-pair[1], pair[0]))
        lines.append(key + "\t" + " ".join(f"{tag}:{count}" for tag, count in kept))
    return lines


def main(arguments: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--treebank", type=Path, default=DEFAULT_TREEBANK)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--check", action="store_true")
    options = parser.parse_args(arguments)
    train = options.treebank / "en_ewt-ud-train.conllu"
    if not train.exists():
        print(f"no treebank at {options.treebank} (en_ewt-ud-train.conllu)", file=sys.stderr)
        return 1
    counts = word_tags(read_conllu(train))
    lines = [
        "# Penn Treebank tags per word (lowercased) and per ending (-xy, -xyz), with counts.",
        "# Built by scripts/train_pos_lexicon.py from the English Web Treebank (Universal",
        "# Dependencies, CC BY-SA 4.0, see README.md beside this file). Do not edit by hand.",
        *lines_of(counts),
        *lines_of(suffix_tags(counts)),
    ]
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{options.output}: {len(counts)} words, {len(lines)} lines")
    if options.check:
        sys.path.insert(0, str(REPOSITORY))
        from claims.extraction.pos import Lexicon

        lexicon = Lexicon.from_file(options.output)
        right = total = 0
        for sentence in read_conllu(options.treebank / "en_ewt-ud-dev.conllu"):
            for form, tag in sentence:
                total += 1
                right += lexicon.best(form) == tag
        print(f"most frequent tag right on the dev part: {right / total:.3f} ({total} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
