"""What the text itself says about a claim: unverified, anonymous source, hedged, statistic.

A sentence can qualify its own claim ("The video, which could not be independently verified,
shows ...") or, standing alone, the claim before it ("He spoke on condition of anonymity ...",
"Reuters could not independently verify the footage."). The second kind is a *qualifier*: it
flags earlier claims and is not a claim itself.
"""

from __future__ import annotations

import functools
import re

from .lexicon import MONTHS, NUMBER_WORDS

UNVERIFIED = re.compile(
    r"""\b(?:
        (?:could|can|cannot|can't|couldn't)\s*(?:not\s+)?(?:be\s+)?(?:independently\s+|immediately\s+)*
            (?:verif|confirm|authenticat)\w*|
        (?:was|were|is|are|has|have)\s+(?:not|n't)\s+(?:been\s+)?(?:independently\s+)?
            (?:verified|confirmed|authenticated)|
        unverified|unconfirmed|unverifiable|
        (?:not\s+|im)possible\s+to\s+(?:independently\s+)?(?:verify|confirm)|
        (?:unable|not\s+able)\s+to\s+(?:independently\s+)?(?:verify|confirm)|
        no\s+independent\s+(?:verification|confirmation)|
        not\s+(?:be\s+)?independently\s+(?:verified|confirmed)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
ANONYMOUS = re.compile(
    r"""\b(?:
        (?:on\s+)?condition\s+of\s+anonymity|
        (?:asked|requested|declined|refused|did\s+not\s+want|didn't\s+want|wished)\s+
            (?:not\s+)?to\s+be\s+(?:named|identified)|
        not\s+(?:be\s+)?(?:named|identified)\s+because|
        not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment|discuss|make)|
        speaking\s+anonymously|anonymous(?:ly)?\s+(?:source|official|sources|officials)|
        (?:a\s+)?(?:person|people|source|sources)\s+(?:familiar|close|with\s+knowledge)|
        \bsources?\s+(?:said|say|says|told)|
        according\s+to\s+(?:\w+\s+)?sources
    )""",
    re.IGNORECASE | re.VERBOSE,
)
HEDGED = re.compile(
    r"""\b(?:
        appear(?:s|ed)?\s+to|apparently|reportedly|allegedly|alleged|purportedly|purported|
        (?:is|are|was|were)\s+(?:widely\s+)?(?:believed|thought|said|understood|reported)\s+to|
        seemingly|seems?\s+to|seemed\s+to|(?:may|might)\s+have|possibly|presumably|
        suspected|likely\s+to|unclear\s+whether
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# The sentence is about verification or anonymity (subject + verb), not a claim with a
# relative clause that mentions it.
_QUALIFIER_SUBJECT = re.compile(
    r"""^(?:(?:but|however|and)[\s,]+)?(?:
        he|she|they|both|neither|all|the\s+\w+(?:\s+\w+)?|this|these|those|it|
        [A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}|we|i|none\s+of\s+\w+
    )\s+(?:also\s+)?(?:
        spoke|speak|speaks|was\s+speaking|were\s+speaking|asked|declined|requested|refused|
        could|can|cannot|was|were|is|are|has|have|did|had|would
    )\b""",
    re.VERBOSE,
)

# Cheap substring tests that must hold before the long patterns above can match: most
# sentences fail them, and a substring test costs far less than a regex with alternations.
_UNVERIFIED_HINTS = ("verif", "confirm", "authentic")
_ANONYMOUS_HINTS = (
    "anonym",
    "named",
    "identified",
    "authori",
    "familiar",
    "source",
    "close t",
    "knowledge",
)
_HEDGED_HINTS = (
    "appear",
    "apparent",
    "alleged",
    "purport",
    "believed",
    "thought",
    "said to",
    "understood",
    "reported",
    "seem",
    "may ",
    "might",
    "possibl",
    "presumab",
    "suspect",
    "likely",
    "unclear",
)


@functools.lru_cache(maxsize=16)
def _hint_pattern(hints: tuple[str, ...]) -> re.Pattern[str]:
    # One alternation scans the text once, instead of one substring test per hint.
    return re.compile("|".join(re.escape(hint) for hint in hints))


def _hinted(text: str, hints: tuple[str, ...]) -> bool:
    return _hint_pattern(hints).search(text.lower()) is not None


def unverified(text: str) -> bool:
    return _hinted(text, _UNVERIFIED_HINTS) and UNVERIFIED.search(text) is not None


def anonymous(text: str) -> bool:
    return _hinted(text, _ANONYMOUS_HINTS) and ANONYMOUS.search(text) is not None


def hedged(text: str) -> bool:
    return _hinted(text, _HEDGED_HINTS) and HEDGED.search(text) is not None


_YEAR = re.compile(r"^(?:1[89]|20)\d\d(?:s)?$")
_NUMBER = re.compile(r"[$£€¥]?\d[\d,.]*%?")
_TIME = re.compile(r"^\d{1,2}[:.]\d\d$")


def is_qualifier(sentence: str) -> bool:
    """A sentence whose main clause only says a claim is unverified or anonymous."""
    if not (unverified(sentence) or anonymous(sentence)):
        return False
    if len(sentence.split()) > 40:
        return False
    match = _QUALIFIER_SUBJECT.match(sentence.strip())
    if match is None:
        return False
    # Where the verification/anonymity wording starts: it must be in the main clause, right
    # after the subject and verb, not inside a ", which ... ," clause.
    flag = UNVERIFIED.search(sentence) or ANONYMOUS.search(sentence)
    assert flag is not None
    before = sentence[: flag.start()]
    return "," not in before and len(before.split()) <= 8


_ANY_NUMBER = re.compile(
    r"\d|\b(?:" + "|".join(sorted(NUMBER_WORDS)) + r"|percent|per|thirds|quarters|fifths)\b"
)


def has_statistic(text: str) -> bool:
    """Numbers, percentages, counts or money - not a date, a year or a time on its own."""
    if _ANY_NUMBER.search(text.lower()) is None:
        return False  # most claims have no number at all: skip the word-by-word check
    words = re.findall(r"[$£€¥]?[\w][\w,.:%'-]*", text)
    for index, word in enumerate(words):
        lowered = word.lower().rstrip(".,")
        if _NUMBER.fullmatch(lowered) and any(char.isdigit() for char in lowered):
            previous = words[index - 1].lower().rstrip(".,") if index else ""
            following = words[index + 1].lower() if index + 1 < len(words) else ""
            if _YEAR.match(lowered) or _TIME.match(lowered):
                continue
            if previous in MONTHS or following.rstrip(".,") in MONTHS:
                continue  # "June 3", "3 June"
            if following.startswith(("a.m", "p.m", "am", "pm", "o'clock")):
                continue
            return True
        if lowered in NUMBER_WORDS and "-" not in word:
            return True
        if lowered in ("percent", "per", "%") or lowered.endswith("%"):
            return True
        if (
            "-" in lowered
            and lowered.split("-")[0] in NUMBER_WORDS
            and lowered.split("-")[1]
            in (
                "thirds",
                "quarters",
                "fifths",
            )
        ):
            return True
    return False
