"""Sentence splitting with exact character offsets.

A sentence ends at ., ! or ? (plus any closing quotes and brackets right after it) when
whitespace and a sentence opener follow. Abbreviations, initials, decimals and "U.S."-style
acronyms do not end a sentence unless a typical sentence opener ("The", "He", ...) follows
an abbreviation that could also end one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import MONTHS, OTHER_ABBREVIATIONS, SENTENCE_OPENERS, TITLE_ABBREVIATIONS
from .pos import lexicon

# A candidate end: terminal punctuation, then closers glued to it, then whitespace, then an
# opener (capital, digit, opening quote or bracket). The punctuation is a run of [.!?] or one
# "…", written so that the pattern opens with one character class: the engine then skips to
# the punctuation marks of the paragraph instead of trying every position (r"[.!?]+|…" gave
# the same matches three times slower).
_CANDIDATE_END = re.compile(
    r"""(?P<punct>[.!?…](?:(?<!…)[.!?]*)?)(?P<closers>["”’')\]]*)(?P<space>\s+)"""
    r"""(?=["“‘'(\[]*[\w\d])"""
)
_WORD_BEFORE = re.compile(r"([\w.&'-]*)$")
_NEXT_WORD = re.compile(r"[\"“‘'(\[]*([\w'-]+)")
QUOTE_OPEN = '"“‘'
# a tag of a name (one to three capitalised words, a title's full stop allowed) and a verb of
# saying that ends the sentence: '"...!" Cruz said.', '"...?" Sen. Ann Pike asked.'
_NAMED_TAG = re.compile(
    r"\s*(?:[A-Z][\w'’-]*\.?\s+){0,2}[A-Z][\w'’-]*\s+"
    r"(?:said|says|asked|asks|told\s+\w+|shouted|yelled|exclaimed|added|adds|wrote|writes|"
    r"tweeted|declared|insisted|replied|responded)[.,]"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int  # exclusive; the sentence text ends at its terminal punctuation or closer
    paragraph: int  # index of the body paragraph it belongs to


def split_sentences(text: str, paragraphs: list[tuple[int, int]]) -> list[Sentence]:
    sentences: list[Sentence] = []
    for paragraph_index, (paragraph_start, paragraph_end) in enumerate(paragraphs):
        for start, end in _split_paragraph(text, paragraph_start, paragraph_end):
            sentences.append(Sentence(start, end, paragraph_index))
    return sentences


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    sentence_start = start
    for match in _CANDIDATE_END.finditer(text, start, end):
        if not _is_boundary(text, match, start, end):
            continue
        sentence_end = match.start("space")
        if sentence_end > sentence_start:
            spans.append((sentence_start, sentence_end))
        sentence_start = match.end()
    if sentence_start < end:
        tail_end = end
        while tail_end > sentence_start and text[tail_end - 1].isspace():
            tail_end -= 1
        if tail_end > sentence_start:
            spans.append((sentence_start, tail_end))
    return spans


def _is_boundary(text: str, match: re.Match[str], start: int, end: int) -> bool:
    punct = match["punct"]
    next_match = _NEXT_WORD.match(text, match.end(), end)
    next_word = next_match.group(1) if next_match else ""
    next_char = text[match.end()] if match.end() < end else ""
    # A bracketed address between two sentences stands on its own ("... in the US.
    # (http://www.example.com/rank). wikiHow ..."): the sentences on either side end there.
    if text.startswith(_BRACKETED_LINK, match.end()) or _closes_a_link(text, start, match):
        return True
    # A lower-case continuation never starts a sentence ("?" she asked / "e.g. the").
    if next_word[:1].islower():
        return False
    if (
        punct != "."
        and match["closers"]
        and any(char in "\"”’'" for char in match["closers"])
        and _NAMED_TAG.match(text, match.end(), end)
    ):
        return False  # '"We are going to win this state!" Cruz said.': the quotation's tag
    if punct != ".":
        return True
    word = _word_before(text, start, match.start())
    bare = word.lower().strip("'-&")
    if not bare:
        return True
    if bare.endswith("-st"):
        bare = "st"  # "the University of Missouri-St. Louis", "Minneapolis-St. Paul"
    closers = match["closers"]
    if closers and any(char in "\"”’'" for char in closers):
        # The period is inside a closing quote: the quotation ended the sentence.
        return True
    opener_follows = next_word.lower() in SENTENCE_OPENERS or next_char in QUOTE_OPEN
    if bare in TITLE_ABBREVIATIONS:
        # "at 400 Main St. A spokesperson said": a street's abbreviation after its name ends
        # the sentence when a sentence's opener follows (not "St. Louis", "St. Paul's")
        if bare == "st" and next_word.lower() in SENTENCE_OPENERS:
            before = text[max(start, match.start() - 40) : match.start() - len(word)].split()
            return bool(before) and before[-1][:1].isupper()
        return False
    if len(bare) == 1 and word.islower() and text[match.start() - 2 : match.start() - 1] == "/":
        return True  # "doing 50 km/h. Prosecutors said": a unit, no initial
    if len(bare) == 1 and bare.isalpha():
        # An initial ("J. R. R. Tolkien", "George W. Bush") unless a new sentence clearly starts
        # - and not when another initial follows ("Mr. R. A. Pendry": "A." is no article)
        if len(next_word) == 1 and text[match.end() + 1 : match.end() + 2] == ".":
            return False
        return opener_follows and word.isupper() and next_word not in ("",)
    if bare in ("a.m", "p.m") and next_word[:1].isupper():
        # "at 9 p.m. Firefighters said": a time ends the sentence unless a zone or a day
        # follows ("9 p.m. GMT", "8 a.m. Monday")
        if next_match is not None and next_word.lower() in MONTHS:
            # "at 6 p.m. Dec. 11", "at 7 p.m. March 3": a date after the time (with its day)
            day = _DAY_AFTER.match(text, next_match.end(), end)
            if day is not None:
                return False
        return next_word.lower() not in _AFTER_A_CLOCK_TIME
    if bare in MONTHS and next_word[:1].isdigit():
        return False  # "The Oct. 14-20 poll found", "on Sept. 3": a date goes on
    if bare in OTHER_ABBREVIATIONS or _is_dotted_acronym(bare):
        return (
            opener_follows
            or _plural_subject_follows(text, next_match, end)
            or (bare in _COMPANY_FORMS and _named_subject_follows(text, next_match, end))
            # "... was sold to Dow Chemical Co. Mr. Hahn said ...", "... based in Raleigh,
            # N.C. Mr. Smith said ...": a titled name after a company's form or a state's
            # abbreviation opens the next sentence
            or (
                (bare in _COMPANY_FORMS or _is_dotted_acronym(bare))
                and next_word in ("Mr", "Mrs", "Ms", "Dr")
            )
        )
    return True


_COMPANY_FORMS = frozenset("inc corp co ltd plc bros llc".split())


def _named_subject_follows(text: str, next_match: re.Match[str] | None, end: int) -> bool:
    """'... of Cardinal Airlines Inc. Cardinal shares plunged $16.75', '... a unit of Hanson
    PLC. Hanson officials declined to comment': after a company's form, a name, then a noun in
    small letters and its verb open the next sentence (not "Acme Inc. Chairman John Doe")."""
    if next_match is None or not next_match.group(1)[:1].isupper():
        return False
    noun = _FOLLOWING_WORD.match(text, next_match.end(), end)
    if noun is None or not noun.group(1).islower():
        return False
    verb = _FOLLOWING_WORD.match(text, noun.end(), end)
    return (
        verb is not None
        and verb.group(1).islower()
        and lexicon().best(noun.group(1)) in ("NNS", "NN")
        and not {"VBD", "VBZ", "VBP", "MD"}.isdisjoint(lexicon().tags(verb.group(1)))
    )


_FOLLOWING_WORD = re.compile(r"\s+([\w'-]+)")


def _plural_subject_follows(text: str, next_match: re.Match[str] | None, end: int) -> bool:
    """'sold in the U.S. Regulators in Europe said ...', 'Acme Inc. Analysts expect ...': a
    plural noun with its capital, then a small word, opens a sentence (a name such as "U.S.
    Steel" takes no plural)."""
    if next_match is None:
        return False
    word = next_match.group(1)
    following = _FOLLOWING_WORD.match(text, next_match.end(), end)
    return (
        word[:1].isupper()
        and word[1:].islower()
        and lexicon().best(word.lower()) == "NNS"
        and word.lower() not in _PLURAL_NAMES
        and following is not None
        and following.group(1).islower()
        # ("U.S. Customs and Border Protection", "Acme Holdings of Delaware": a name goes on)
        and following.group(1) not in ("and", "of")
    )


# plurals that name a body after "U.S." or a company's form: "U.S. Marshals", "U.S. Customs"
_PLURAL_NAMES = frozenset("customs marshals forces attorneys holdings industries".split())


_BRACKETED_LINK = ("(http://", "(https://", "(www.")


def _closes_a_link(text: str, start: int, match: re.Match[str]) -> bool:
    """The full stop closes '(http://...).': a bracketed address just before it."""
    if text[match.start() - 1 : match.start()] != ")":
        return False
    opening = text.rfind("(", start, match.start())
    return opening != -1 and text.startswith(_BRACKETED_LINK, opening)


_AFTER_A_CLOCK_TIME = frozenset(
    "gmt utc bst cet cest est edt et pt pst pdt cst cdt ist aest local monday tuesday "
    "wednesday thursday friday saturday sunday "
    # US zones written out: "at 9 p.m. Eastern", "8 p.m. Pacific Time"
    "eastern pacific central mountain".split()
)
# a date's day after its month: "at 6 p.m. Dec. 11", "at 7 p.m. March 3"
_DAY_AFTER = re.compile(r"\.?\s+\d")


def _word_before(text: str, start: int, end: int) -> str:
    """The run of word characters, dots, '&', "'" and '-' that ends at ``end``.

    Equal to ``_WORD_BEFORE.search(text, start, end).group(1)``, but that search starts at
    ``start`` and retries at every position of the paragraph, for every candidate end: a
    quadratic cost in the paragraph's length. This walks back from ``end`` instead. Like the
    pattern's ``$``, a final newline is stepped over (``$`` also matches just before it).
    """
    if end > start and text[end - 1] == "\n":
        end -= 1
    first = end
    while first > start and (text[first - 1].isalnum() or text[first - 1] in _WORD_EXTRAS):
        first -= 1
    return text[first:end]


_WORD_EXTRAS = "_.&'-"  # with str.isalnum(), the characters of [\w.&'-]
_DOTTED_ACRONYM = re.compile(r"(?:[a-z]\.)+[a-z]?")


def _is_dotted_acronym(word: str) -> bool:
    """U.S., a.m., e.g.: letters separated by dots."""
    return bool(_DOTTED_ACRONYM.fullmatch(word)) and "." in word
