"""The figures a claim states, read so that one figure written several ways is one figure.

"70,000", "70k", "seventy thousand" and "some 70 thousand" are 70,000; "1.2 million",
"1,200,000" and "1.2m" are 1,200,000; "72%", "72 percent" and "seventy-two per cent" are the
percentage 72; "half" and "a quarter" are the percentages 50 and 25; "$2.3 billion" and "2.3bn
dollars" are the sum 2,300,000,000 in dollars; "doubled" and "twice as many" are the factor 2.
Years (1900-2100 written without a separator) are read apart: they say *when*, not *how many*.

Each figure keeps what it counts when the text says so right after it ("70,000 people", "3,100
cases of measles"): the lemma of that noun, so that two claims giving different numbers for the
same counted thing can be told from two claims counting different things.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass, replace

from claims.extraction.lexicon import MONTHS
from claims.extraction.pos import lexicon

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "hundred": 100.0,
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    # as Indian English writes them: "1.73 lakh" is 173,000, "6,920 crore" 69.2 billion
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
    # "six millions of persons": a plural scale after a number, as translated English has it
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
}
# Fractions read as percentages: "half of the patients" is "50 percent of the patients".
_FRACTIONS = {
    "half": 50.0,
    "third": 100 / 3,
    "thirds": 100 / 3,
    "quarter": 25.0,
    "quarters": 25.0,
    "fifth": 20.0,
    "fifths": 20.0,
    "tenth": 10.0,
    "tenths": 10.0,
}
_FACTORS = {
    "doubled": 2.0,
    "doubling": 2.0,
    "double": 2.0,
    "twice": 2.0,
    "tripled": 3.0,
    "trebled": 3.0,
    "tripling": 3.0,
    "triple": 3.0,
    "quadrupled": 4.0,
    "quadruple": 4.0,
    "halved": 0.5,
    "halving": 0.5,
    "halve": 0.5,
    "halves": 0.5,
    "doubles": 2.0,
    "triples": 3.0,
}
_CURRENCY_SIGNS = {
    "$": "$", "£": "£", "€": "€", "¥": "¥", "₹": "₹", "₦": "₦", "₱": "₱", "R": "R",
}  # fmt: skip
_CURRENCY_WORDS = {
    "dollar": "$", "dollars": "$", "usd": "$", "pound": "£", "pounds": "£", "gbp": "£",
    "euro": "€", "euros": "€", "eur": "€", "yen": "¥", "yuan": "¥", "rupee": "₹",
    "rupees": "₹", "inr": "₹", "naira": "₦", "peso": "₱", "pesos": "₱", "rand": "R",
}  # fmt: skip
_ONE_OF_A_CURRENCY = frozenset({"dollar", "pound", "euro", "rupee"})
# A currency's abbreviation written before the number: "Rs 69.2 billion", "Rs. 500", "INR 40".
CURRENCY_BEFORE = {
    "rs": "₹", "inr": "₹", "usd": "$", "eur": "€", "gbp": "£", "r": "R", "zar": "R", "ngn": "₦",
    "php": "₱",
}  # fmt: skip
_PERCENT_WORDS = frozenset({"percent", "per cent", "pct", "percentage", "%"})
_NUMBER_WORDS = frozenset(
    {*_SMALL, *_TENS, "hundred", "thousand", "million", "billion", "lakh", "crore", "dozen"}
)
# Words that write a figure ("eighteen", "half", "doubled"): read as figures, not as words.
FIGURE_WORDS = _NUMBER_WORDS | _FRACTIONS.keys() | _FACTORS.keys()

# A token: a number with separators and an optional scale or percent sign stuck to it
# ("70,000", "1.2m", "2.3bn", "72%", "$26,000"), a word, or a lone sign.
_TOKEN = re.compile(
    r"(?P<clock>\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?)(?![\w:])"
    r"|\d+(?:st|nd|rd|th)\b|(?P<sign>[$£€¥₹₦₱])?"
    # "12 000", "1 450" (a space between the thousands, as French and much translated English
    # write them) as well as "12,000"
    r"(?P<number>\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)|\d+(?:[.,]\d+)*)"
    r"(?P<suffix>%|(?i:km|kg|cm|mm|ha|k|m|mn|mln|bn|b|tn|x)|°?C|°?F)?(?![\w])"
    r"|[A-Za-z]+(?:[-'’][A-Za-z]+)*|%"
)


@dataclass(frozen=True, slots=True)
class Figure:
    value: float
    kind: str  # "count", "percent", "money:$" ..., "factor"
    counted: str | None = None  # the noun after the figure, lowered: "people", "cases"
    approximate: bool = False
    # "lower" ("more than 2,000"), "upper" ("fewer than 40"), "near" ("nearly 2,000", "almost
    # three-quarters": a little below it, or it) or ""
    bound: str = ""
    direction: str = ""  # "up" ("rose 12 percent"), "down" ("fell 12 percent") or ""

    def label(self) -> str:
        """How a person reads it back: 70000 -> "70,000", 72.0 percent -> "72%"."""
        value = f"{self.value:,.0f}" if self.value == int(self.value) else f"{self.value:,.2f}"
        if self.kind == "percent":
            return f"{value}%"
        if self.kind.startswith("money:"):
            return f"{self.kind[6:]}{value}"
        if self.kind == "factor":
            return f"x{self.value:g}"
        if self.kind == "date":
            return f"{calendar.month_abbr[int(self.value) // 100]} {int(self.value) % 100}"
        if self.kind == "rank":
            return f"#{self.value:g}"  # a place: "#2" for "the second-highest"
        return value


@dataclass(frozen=True, slots=True)
class Figures:
    figures: tuple[Figure, ...]
    years: frozenset[int]
    # the years a claim only measures against, never says it happened in: "the lowest since
    # 2006", "up from 67 percent in 2022", "than in the first half of 2025", "back to 2001"
    reference_years: frozenset[int] = frozenset()


# What comes before a year or a month that is a claim's point of comparison, up to it: "since
# (records began in)", "from 72 (percent) in", "than in (the first six months of)", "compared
# with", "versus", "(going) back to". Not "from 2027" (when a change starts) nor "more than 300
# people in 2024" (a figure between "than" and the year).
_REFERENCE_BEFORE = re.compile(
    r"(?:\bsince\s[^,.;:\d]{0,30}"
    r"|\bfrom\s+[$£€]?\d[\d.,]*\s*(?:%|[a-z]+(?:\s+cent)?)?\s+in\s"
    r"|\bthan\s+(?:in|during|at|for|the|a|its|last)\b[^,.;:\d]{0,30}"
    r"|\b(?:compared\s+(?:with|to)|versus|vs\.?|back\s+to)\s[^,.;:\d]{0,30})$",
    re.IGNORECASE,
)


# What comes before a year or a month that says when the claim was made, not when what it says
# happened: "said in a speech in March 2026", "told an interviewer in 2025", "a report
# published in 2024". Such a time is left out of the claim's times.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told|wrote|speech|interview|statement|briefing|published|posted)\b"
    r"[^,.;:\d\"”]{0,24}\b(?:in|on)\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)


def is_said_time(text: str, start: int) -> bool:
    """Is the year or month at ``start`` when the claim was made (see _SAID_BEFORE)?"""
    return _SAID_BEFORE.search(text, max(0, start - 40), start) is not None


def is_reference_time(text: str, start: int) -> bool:
    """Is the year or month at ``start`` a point of comparison (see _REFERENCE_BEFORE)?"""
    return _REFERENCE_BEFORE.search(text, max(0, start - 48), start) is not None


_APPROXIMATE = frozenset(
    {"about", "around", "some", "nearly", "almost", "roughly", "approximately", "over",
     "more", "less", "under", "up", "least", "estimated", "close", "than"}
)  # fmt: skip


def _whole(lowered: list[str], index: int) -> bool:
    """The words before the number at ``index`` say it is all of them."""
    before = lowered[max(0, index - 4) : index]
    if before[-1:] == ["the"]:
        before = before[:-1]  # "all the 62", "every one of the 62"
    return (
        before[-1:] == ["all"]
        or before[-2:] in (["all", "of"], ["each", "of"])
        or (before[-3:] in (["every", "one", "of"], ["each", "one", "of"]))
    )


_SUPERLATIVES = frozenset(
    """highest largest biggest lowest smallest worst best deadliest fastest slowest oldest
    youngest longest shortest richest poorest busiest hottest coldest wettest driest strongest
    weakest heaviest greatest most""".split()
)
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_PLACED = frozenset(
    "finished finishing finishes finish came comes come placed ranked ranks ranking".split()
)
# "climbs to second", "slipped to fourth": a place moved to
_MOVED = frozenset(
    """climbs climbed climb rose rises rise fell falls fall slipped slips slip dropped drops
    drop moved moves move jumped jumps jump""".split()
)
# "the fifth straight title", "the 16th consecutive year", "for the fourth season in a row"
_IN_A_ROW = frozenset("straight consecutive successive".split())
_DIGIT_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
_OWNERS = frozenset(("the", "its", "their", "his", "her"))


def _ordinal(word: str) -> int:
    """ "second" 2, "17th" 17; else 0."""
    if word in _ORDINALS:
        return _ORDINALS[word]
    digits = _DIGIT_ORDINAL.fullmatch(word)
    return int(digits[1]) if digits is not None else 0


def _rank(lowered: list[str], index: int) -> int:
    """The place the word at ``index`` gives: "highest" 1, "second-highest" / "second
    highest" 2, "topped" 1, "finished third" 3, "climbs to second" 2, "Europe's most visited"
    1; a streak's count, "the 17th year in a row" 17; else 0."""
    word = lowered[index]
    before = lowered[index - 1] if index else ""
    if word in _SUPERLATIVES:
        if _ordinal(before):
            return 0  # read at the ordinal ("second highest")
        if word == "most" and not (index + 1 < len(lowered) and lowered[index + 1].isalpha()):
            return 0
        if word == "most" and lowered[index + 1] in ("of", "people", "other", "others"):
            return 0  # "most of them", "the most people": no place in an order
        return 1 if before in _OWNERS or (word == "most" and before.endswith(("'s", "’s"))) else 0
    if "-" in word:
        ordinal, _, superlative = word.partition("-")
        if _ordinal(ordinal) and superlative in _SUPERLATIVES:
            return _ordinal(ordinal)
        return 0
    place = _ordinal(word)
    if place:
        following = lowered[index + 1 : index + 5]
        if (
            (following[:1] and following[0] in _SUPERLATIVES)
            or before in _PLACED
            or (before == "to" and index > 1 and lowered[index - 2] in _MOVED)
            or (following[:1] and following[0] in _IN_A_ROW)
            or following[:3] == ["in", "a", "row"]
            or following[1:4] == ["in", "a", "row"]
        ):
            return place
        return 0
    if word in ("topped", "tops", "top") and before not in ("the", "a", "on", "at", "to"):
        return 1 if index + 1 < len(lowered) and lowered[index + 1] == "the" else 0
    return 0


# Words after "every"/"all" that make no share of a counted thing: time ("every day", "all
# year"), "all but", "all of this", pronouns and determiners ("all their", "all the": the
# number after them is read by _whole), "everyone".
_NOT_UNIVERSAL = frozenset(
    """the this that these those their his her its our my your them they we us it he she
    but of over along too and or in at on to for as is are was were be been by from with
    day days night week weeks month months year years time times morning evening other
    sorts kinds manner round around across out up down one ones else""".split()
)


def _universal(lowered: list[str], index: int) -> bool:
    """ "every"/"all" opening a noun phrase of the claim's own ("every rural home", "all
    schools"): not before a number (``_whole`` reads those), a function word or a period of
    time."""
    following = lowered[index + 1 : index + 2]
    if (
        not following
        or following[0] in _NOT_UNIVERSAL
        or following[0] in _NUMBER_WORDS  # "one in every three": a share of its own
        or not following[0].isalpha()
    ):
        return False
    return lowered[index - 1 : index] not in (["at"], ["not"], ["above"], ["after"], ["once"])


def read_figures(text: str) -> Figures:
    tokens = list(_TOKEN.finditer(text))
    lowered = [match[0].lower() for match in tokens]
    figures: list[Figure] = []
    years: set[int] = set()
    when: set[int] = set()  # years given as when the claim happened
    before: list[str] = []

    def add(figure: Figure) -> None:
        # (read only for what is a figure: most words are not)
        bound = _bound(before) if before else ""
        if bound and (figure.kind != "factor" or bound == "near"):
            figure = replace(figure, bound=bound)
        direction = _direction(lowered, index)
        if not direction and figure.kind == "percent":
            direction = _direction_after(lowered, index)
        if not direction and figure.kind.startswith("money"):
            direction = _money_direction_after(lowered, index)
        if direction:
            figure = replace(figure, direction=direction)
        figures.append(figure)

    index = 0
    while index < len(tokens):
        match = tokens[index]
        word = lowered[index]
        before = lowered[max(0, index - 3) : index]
        if before and before[-1] in ("a", "an"):
            before = before[:-1]  # "almost a third"
        approximate = bool(before) and before[-1] in _APPROXIMATE
        if match["clock"] is not None:
            # a time run, "2:08:41" or "1:52.11": a duration (not "10:30", a time of day)
            minutes = _race_time(match["clock"])
            if minutes is not None:
                add(Figure(minutes, "duration", "minutes", approximate))
            index += 1
            continue
        if match["number"] is not None and not match["sign"] and _in_a_code(text, match.start()):
            index += 1  # "COVID-19", "G7", "MH17", "WW3": a name, no figure
            continue
        if match["number"] is not None and _second_year_of_a_span(text, tokens, index):
            # "2024-25", "2024/25": a span of two years (a fiscal or school year), no count of
            # 25: 2025 is one of its years, as "the year to March 2025" is
            first = int(tokens[index - 1][0])
            if first in years:
                second = first // 100 * 100 + int(match["number"])
                years.add(second)
                if first in when:
                    when.add(second)
            index += 1
            continue
        if match["number"] is not None and (month := _day_of_month(tokens, lowered, index)):
            # "on April 1", "14 August 2022", "Jan 6": a day, no count ("January 6" is
            # "Jan 6", and not "January 7")
            add(Figure(float(month * 100 + int(match["number"])), "date"))
            index += 1
            continue
        if match["number"] is not None:
            digits = match["number"]
            value = _parse_digits(digits)
            if value is None:
                index += 1
                continue
            if (
                match["sign"] is None
                and match["suffix"] is None
                and digits.isdigit()
                and 1900 <= value <= 2100
                and not _scaled_next(lowered, index)
                and not _counts_many(lowered, index)
            ):
                if not is_said_time(text, match.start()):
                    years.add(int(value))
                    if not is_reference_time(text, match.start()):
                        when.add(int(value))
                index += 1
                continue
            sign = match["sign"] or (
                CURRENCY_BEFORE.get(lowered[index - 1]) if index else None
            )  # "Rs 69.2 billion", "R350"
            if sign == "R" and value < 10 and not _scaled_next(lowered, index):
                index += 1  # "the R2 road": a name (but "R2 billion", "R350": rand)
                continue
            suffix = (match["suffix"] or "").lower()
            consumed = index + 1
            if suffix == "%":
                add(Figure(value, "percent", None, approximate))
                index = consumed
                continue
            if suffix == "x":
                add(Figure(value, "factor"))  # "3.7x more likely", "a 10x return"
                index = consumed
                continue
            if suffix.lstrip("°") in ("c", "f"):
                add(Figure(value, "degrees " + suffix.lstrip("°"), None, approximate))
                index = consumed
                continue
            if (suffix,) in _UNITS:
                # a unit written onto the number: "75km", "400kg" (as "75 km" is read)
                kind, factor = _UNITS[(suffix,)]
                add(Figure(value * factor, kind, None, approximate))
                index = consumed
                continue
            if suffix == "m" and sign is None and _next_word(lowered, consumed) in _EVENTS:
                # "the 200m freestyle", "the 400m hurdles": a race's distance, not millions
                add(Figure(value / 1000, "distance", None, approximate))
                index = consumed
                continue
            if suffix:
                value *= _SCALES[suffix]
            value, consumed = _apply_scales(value, lowered, consumed)
            figure, consumed = _classify(value, sign, lowered, consumed, approximate)
            add(figure)
            if figure.kind == "count" and _whole(lowered, index):
                # "every one of the 62 placentas", "all 62 passengers": the whole of them, a
                # share as well as a count ("41 of the 62" is another share of them)
                add(Figure(100.0, "percent"))
            index = consumed
            continue
        rank = _rank(lowered, index)
        if rank:
            # "the second-highest among OECD members" / "the highest"; "topped the table" /
            # "finished second": a place in an order, one figure
            add(Figure(float(rank), "rank"))
            index += 1
            continue
        if word in ("every", "all") and _universal(lowered, index):
            # "every rural home", "all schools": the whole of them, as "64 percent of rural
            # homes" is a share of them (a share only: no count, so no bonus against a count)
            add(Figure(100.0, "percent"))
        elif word in _FACTORS:
            add(Figure(_FACTORS[word], "factor"))
        elif word.endswith("fold") and (word[:-4].rstrip("-") in _SMALL or word[:-4] in _TENS):
            add(Figure(float(_SMALL.get(word[:-4].rstrip("-")) or _TENS[word[:-4]]), "factor"))
        elif (
            word in ("times", "fold")
            and figures
            and (
                lowered[index - 1][:1].isdigit()
                or lowered[index - 1] in _NUMBER_WORDS
                or lowered[index - 1] in _SCALES
            )
            and figures[-1].kind == "count"
        ):  # "three times": not "20 points, a poll for The Times"
            last = figures.pop()
            add(Figure(last.value, "factor"))
        elif (
            word in ("a", "an")
            and index
            and lowered[index - 1] in _BEFORE_ONE_SPAN
            and (span := _unit(lowered, index + 1)) is not None
            and span[0] == "duration"
        ):
            # "took an hour", "nearly an hour and a half", "in a week": one of the unit (not
            # "$15 an hour", "twice a day": a rate)
            kind, factor, step = span
            after = index + 1 + step
            if lowered[after : after + 3] == ["and", "a", "half"]:
                factor, after = 1.5 * factor, after + 3
            if lowered[index - 1] in ("nearly", "almost"):
                # "almost a week" is six days as well: a ceiling, not a point
                figures.append(Figure(factor, kind, "minutes", True, "upper"))
            else:
                add(Figure(factor, kind, "minutes", approximate))
            index = after
            continue
        elif (
            word in ("a", "one")
            and _next_word(lowered, index + 1) in _ONE_OF_A_CURRENCY
            and not approximate
        ):
            # "a dollar eighty-seven", "one pound fifty": the sum, its hundredths after it
            kind = "money:" + _CURRENCY_WORDS[lowered[index + 1]]
            hundredths, after = _read_number_words(lowered, index + 2)
            if hundredths is not None and hundredths < 100 and after > index + 2:
                add(Figure(1 + hundredths / 100, kind))
                index = after
            else:
                add(Figure(1.0, kind))
                index += 2
            continue
        elif (period := _long_period(lowered, index)) is not None:
            # "the lowest in half a century" (50 years), "for a decade", "a quarter of a
            # century": how long, in years
            length, index = period
            add(Figure(length, "count", "years", approximate))
            continue
        elif (
            word == "half"
            and lowered[index + 1 : index + 2] in (["a"], ["an"])
            and _unit(lowered, index + 2) is not None
        ):  # "half a metre", "half an hour": a measure, not a share
            kind, factor, step = _unit(lowered, index + 2)  # type: ignore[misc]
            counted = "minutes" if kind == "duration" else None
            add(Figure(0.5 * factor, kind, counted, approximate))
            index += 2 + step
            continue
        elif (
            word == "half"
            and lowered[index + 1 : index + 2] == ["a"]
            and lowered[index + 2 : index + 3]
            and lowered[index + 2] in ("million", "billion", "thousand", "dozen")
        ):  # "half a million": 500,000, not a share
            scale = 12.0 if lowered[index + 2] == "dozen" else _SCALES[lowered[index + 2]]
            figure, consumed = _classify(0.5 * scale, None, lowered, index + 3, approximate)
            add(figure)
            index = consumed
            continue
        elif (
            (word in _FRACTIONS or ("-" in word and _hyphenated_fraction(word)))
            and lowered[index + 1 : index + 3] in (["of", "a"], ["of", "an"])
            and lowered[index + 3 : index + 4]
            and lowered[index + 3] in ("million", "billion", "trillion", "thousand")
        ):  # "a quarter of a million", "three quarters of a billion": a number, not a share
            value = _share(lowered, index) / 100 * _SCALES[lowered[index + 3]]
            figure, consumed = _classify(value, None, lowered, index + 4, approximate)
            add(figure)
            index = consumed
            continue
        elif ("-" in word and _hyphenated_fraction(word)) or (
            word in _FRACTIONS and _is_fraction(lowered, index)
        ):
            # "two-thirds of voters", "three-tenths of a percent", "a third of the children"
            share = _of_a_percent(lowered, index, _share(lowered, index))
            add(Figure(share, "percent", None, approximate))
        elif (word in _NUMBER_WORDS or ("-" in word and word.split("-")[0] in _TENS)) and not (
            index + 1 < len(lowered) and lowered[index + 1] in _FRACTIONS
        ):  # "two thirds": the fraction reads its own count
            value, consumed = _read_number_words(lowered, index)
            share = lowered[consumed : consumed + 1] == ["in"]  # "one in three"
            if value is not None and (share or not (value == 1 and consumed == index + 1)):
                value, consumed = _apply_scales(value, lowered, consumed)
                sign = None
                figure, consumed = _classify(value, sign, lowered, consumed, approximate)
                add(figure)
                index = consumed
                continue
        index += 1
    return Figures(_without_repeats(figures), frozenset(years), frozenset(years - when))


def _without_repeats(figures: list[Figure]) -> tuple[Figure, ...]:
    """A bare number that repeats a figure of the text ("a rise of twenty-three per cent.
    Twenty-three!"; "7.6 million - 7.6 million! - on waiting lists") is that figure said
    again, no second one."""
    kept: list[Figure] = []
    for position, figure in enumerate(figures):
        if (
            figure.kind == "count"
            and figure.counted is None
            and any(
                other.value == figure.value
                and (other.kind != "count" or other.counted is not None or at < position)
                for at, other in enumerate(figures)
                if at != position
            )
        ):
            continue
        kept.append(figure)
    return tuple(kept)


_RISING = frozenset("go goes going gone went went come comes came coming rise rises rose".split())
_LOWER = (
    "more than", "over", "above", "at least", "upwards of", "in excess of", "exceeding",
    "exceeded", "exceeds", "topped",
)  # fmt: skip
_UPPER = ("less than", "fewer than", "under", "below", "up to", "at most", "no more than")


_UP = frozenset(
    "hiked hikes hike raised raises boosted lifted "
    "rose rise rises risen rising grew grow grows grown growing increased increase increases "
    "climbed climb climbs jumped jump jumps soared surged up gained gains higher expanded "
    "expands leapt leaped spiked rebounded".split()
)
_DOWN = frozenset(
    "fell fall falls fallen falling shrank shrink shrinks shrunk shrinking decreased decrease "
    "decreases declined decline declines dropped drop drops slumped plunged down lost lower "
    "contracted contracts cut cuts slid slipped dipped sank tumbled plummeted eased".split()
)


def _direction(lowered: list[str], index: int) -> str:
    """A rise or a fall by the figure at ``index``: "grew 2.3 percent", "fell by 12 percent",
    "down 4%" (within three words). Not what something rose or fell *to* ("inflation fell to
    3.1 percent" and "prices rose 3.1 percent" agree): a level, not a change."""
    passed_by = False
    for position in range(index - 1, max(-1, index - 6), -1):
        word = lowered[position]
        if word in _UP:
            return "up"
        if word in _DOWN:
            return "down"
        if word not in _BETWEEN_CHANGE_AND_FIGURE:
            # "hiked the carbon tax by 23 percent", "cut spending on roads by a third": the
            # verb, then what it changed, then "by" and how much
            return _direction_before_object(lowered, position) if passed_by else ""
        passed_by = passed_by or word == "by"
    return ""


def _direction_before_object(lowered: list[str], end: int) -> str:
    for word in reversed(lowered[max(0, end - 4) : end + 1]):
        if word in _UP:
            return "up"
        if word in _DOWN:
            return "down"
    return ""


# What may stand between a verb of change and its figure: "fell by more than half", "rose by
# almost a third", "dropped by at least 12 percent".
_BETWEEN_CHANGE_AND_FIGURE = frozenset(
    "by some about around nearly almost a an more less than over under at least just".split()
)


_MORE = frozenset("more higher up above larger bigger".split())
_LESS = frozenset("less lower down below fewer smaller".split())


def _direction_after(lowered: list[str], index: int) -> str:
    """ "40 percent more than it was built for", "12% lower": a change written after."""
    for position in range(index + 1, min(len(lowered) - 1, index + 4)):
        if lowered[position] in ("percent", "%", "pct", "cent"):
            following = lowered[position + 1]
            return "up" if following in _MORE else "down" if following in _LESS else ""
    return ""


def _money_direction_after(lowered: list[str], index: int) -> str:
    """ "will pay £122 less a year", "$5 more a month": a change in an amount written after it
    (not "£5 more than", a comparison)."""
    following = lowered[index + 1] if index + 1 < len(lowered) else ""
    after = lowered[index + 2] if index + 2 < len(lowered) else ""
    if after == "than":
        return ""
    return "up" if following in _MORE else "down" if following in _LESS else ""


def _bound(before: list[str]) -> str:
    """Whether the words before a figure make it a floor or a ceiling."""
    tail = " ".join(before[-3:])
    if tail.endswith("up to") and before[-3:-2] and before[-3] in _RISING:
        return ""  # "the minimum wage goes up to €11.40": what it rises to
    if tail.endswith(("no more than", "not more than")):
        return "upper"
    if tail.endswith(_LOWER):
        return "lower"
    if tail.endswith(_UPPER):
        return "upper"
    if before[-1:] in (["nearly"], ["almost"]) or tail.endswith(("just under", "just below")):
        return "near"
    return ""


def _parse_digits(digits: str) -> float | None:
    """'70,000' -> 70000; '1.2' -> 1.2; '1,2' (a decimal comma) -> 1.2; '3.100.000' -> 3100000;
    '12 000' -> 12000."""
    if not digits.isdigit() and any(space in digits for space in " \u00a0\u202f"):
        digits = "".join(digits.split())
    if "," in digits and "." in digits:
        digits = digits.replace(",", "")
    elif digits.count(",") == 1 and len(digits.split(",")[1]) != 3:
        digits = digits.replace(",", ".")  # "1,2 million": a decimal comma
    elif digits.count(".") > 1 or (
        digits.count(".") == 1
        and len(digits.split(".")[1]) == 3
        and digits.split(".")[0] != "0"
        and len(digits) > 5
    ):
        digits = digits.replace(".", "")  # "3.100.000": dots as thousands separators
    digits = digits.replace(",", "")
    try:
        return float(digits)
    except ValueError:
        return None


# Words before a year ("in 2000", "the 2020 elections", "since 1998 records"): a number in the
# years' range after them is when.
_BEFORE_YEARS = frozenset(
    """in since the of by until till from to before after during and or year between through
    mid early late its their this that next last ending end""".split()
)


def _counts_many(lowered: list[str], index: int) -> bool:
    """A round number in the years' range that counts things: "announced 2000 French soldiers",
    "killed 1950 people" - after a word no year follows, before the plural it counts ("won
    2016 elections" is a year's)."""
    if (
        not index
        or int(lowered[index]) % 50
        or lowered[index - 1] in _BEFORE_YEARS
        or not lowered[index - 1].isalpha()
    ):
        return False
    counted = _counted(lowered, index + 1)
    return counted is not None and lexicon().best(counted) == "NNS"


def _scaled_next(lowered: list[str], index: int) -> bool:
    return index + 1 < len(lowered) and lowered[index + 1] in _SCALES


def _apply_scales(value: float, lowered: list[str], index: int) -> tuple[float, int]:
    """'1.2 million', '70 thousand', 'two hundred thousand', 'twelve and a half'."""
    if lowered[index : index + 3] == ["and", "a", "half"]:
        value += 0.5
        index += 3
    while index < len(lowered) and lowered[index] in _SCALES and len(lowered[index]) > 2:
        value *= _SCALES[lowered[index]]
        index += 1
    return value, index


def _classify(
    value: float, sign: str | None, lowered: list[str], index: int, approximate: bool
) -> tuple[Figure, int]:
    """Percent, sum of money or count, by what follows the number; with what it counts."""
    following = lowered[index] if index < len(lowered) else ""
    if following in ("percent", "pct", "%") or (
        following == "per" and index + 1 < len(lowered) and lowered[index + 1] == "cent"
    ):
        step = 2 if following == "per" else 1
        return Figure(value, "percent", None, approximate), index + step
    currency = _CURRENCY_SIGNS.get(sign or "")
    if (
        currency is None
        and following.isalpha()
        and _next_word(lowered, index + 1) in _CURRENCY_WORDS
    ):
        index += 1  # "49.5 million Australian dollars", "300 US dollars": whose dollars
        following = lowered[index]
    if currency is None and following in _CURRENCY_WORDS:
        cents, after = _cents(lowered, index + 1)  # "eleven euros forty cents": 11.40
        return Figure(
            value + cents, "money:" + _CURRENCY_WORDS[following], None, approximate
        ), after
    if currency is not None:
        return Figure(value, "money:" + currency, None, approximate), index
    if following in ("times", "fold"):
        return Figure(value, "factor"), index + 1
    if following in ("magnitude", "-magnitude") or lowered[index - 2 : index - 1] == ["magnitude"]:
        # "a magnitude 7.2 quake", "a 6.1 magnitude tremor": a quake's size, no count
        return Figure(value, "magnitude", None, approximate), index + (following == "magnitude")
    if following in ("degrees", "degree"):
        # "1.4 degrees Celsius", "1.5 degrees of warming" (as "2.1C" is read); "90 degrees
        # Fahrenheit"
        scale = _next_word(lowered, index + 1)
        fahrenheit = scale in ("fahrenheit", "f")
        step = 2 if fahrenheit or scale in ("celsius", "c", "centigrade") else 1
        kind = "degrees f" if fahrenheit else "degrees c"
        return Figure(value, kind, None, approximate), index + step
    if following in ("year-old", "year-olds"):
        # "11-year-olds", "a 35-year-old man": an age, no count of anything
        return Figure(value, "age"), index + 1
    if following in ("year", "years") and _next_word(lowered, index + 1) in ("old", "olds"):
        return Figure(value, "age"), index + 2  # "a 12 year old", "5 years old"
    if following == "out" and lowered[index + 1 : index + 2] == ["of"] and not sign:
        index += 1  # "eight out of ten families", "3 out of 4 voters": as "8 of 10"
        following = "of"
    if following == "of" and not sign:
        # "9 of 40 brands", "6 of its 14 villages": a share
        between = lowered[index + 1] if index + 1 < len(lowered) else ""
        # "6 of its 14 villages", "11 of Pelmora's 14 provinces"
        step = 2 if between in ("the", "its", "their") or between.endswith(("'s", "’s")) else 1
        after = lowered[index + step] if index + step < len(lowered) else ""
        end = index + step + 1
        if after[:1].isdigit():
            denominator = _parse_digits(after)
        elif after in _NUMBER_WORDS or after.split("-")[0] in _TENS:
            # "of parliament's two hundred and fifty seats"
            denominator, end = _read_number_words(lowered, index + step)
        else:
            denominator = None
        if denominator and value < denominator:
            share = round(100 * value / denominator, 2)
            return Figure(share, "percent", None, approximate), end
    if following == "in" and index + 1 < len(lowered) and not sign:
        # "1 in 8 homes", "one in three adults", "two in every five": a share
        if lowered[index + 1] == "every" and index + 2 < len(lowered):
            index += 1
        after = lowered[index + 1]
        denominator = _parse_digits(after) if after[:1].isdigit() else _SMALL.get(after)
        if denominator and value < denominator <= 1000:
            return Figure(round(100 * value / denominator, 2), "percent", None, True), index + 2
    unit = _unit(lowered, index)
    if unit is not None:
        kind, factor, step = unit
        value = round(value * factor, 12)  # (210 mm and 21 cm: one length)
        after = index + step
        if kind == "duration":
            # "7 hours and 40 minutes", "2 hours 8 minutes 41 seconds": one duration
            while True:
                step = 1 if lowered[after : after + 1] in (["and"], [","]) else 0
                more = lowered[after + step : after + step + 1]
                if not more or not more[0].isdigit():
                    break
                smaller = _unit(lowered, after + step + 1)
                if smaller is None or smaller[0] != "duration" or smaller[1] >= factor:
                    break
                value += float(more[0]) * smaller[1]
                factor = smaller[1]
                after += step + 1 + smaller[2]
            # a period, like "48 hours" or "10 days": counted in minutes
            return Figure(round(value, 6), kind, "minutes", approximate), after
        return Figure(value, kind, None, approximate), after
    counted = _counted(lowered, index) or _counted_before(lowered, index)
    if counted in _LONG_PERIODS:
        # "two decades" is 20 years, as "half a century" is 50
        return Figure(value * _LONG_PERIODS[counted], "count", "years", approximate), index
    return Figure(value, "count", counted, approximate), index


_LONG_PERIODS = {"decade": 10, "decades": 10, "century": 100, "centuries": 100}


def _long_period(lowered: list[str], index: int) -> tuple[float, int] | None:
    """ "a decade", "half a century", "a quarter of a century" at ``index``: the years, and
    where the words end."""
    word = lowered[index]
    if word == "a" and _next_word(lowered, index + 1) in _LONG_PERIODS:
        if index and lowered[index - 1] == "of":
            return None  # ("a quarter of a century" is read at "quarter")
        return float(_LONG_PERIODS[lowered[index + 1]]), index + 2
    if (
        word == "half"
        and lowered[index + 1 : index + 2] == ["a"]
        and _next_word(lowered, index + 2) in _LONG_PERIODS
    ):
        return _LONG_PERIODS[lowered[index + 2]] / 2, index + 3
    if (
        word in _FRACTIONS
        and lowered[index + 1 : index + 3] == ["of", "a"]
        and _next_word(lowered, index + 3) in _LONG_PERIODS
    ):
        return _LONG_PERIODS[lowered[index + 3]] * _share(lowered, index) / 100, index + 4
    return None


# Units of measure, each kind in one base unit so that "14,000 square kilometres" and "1.4
# million hectares" are one figure: area in hectares, distance in kilometres, weight in tonnes.
_UNITS = {
    ("hectares",): ("area", 1.0),
    ("hectare",): ("area", 1.0),
    ("ha",): ("area", 1.0),
    ("acres",): ("area", 0.404686),
    ("acre",): ("area", 0.404686),
    ("square", "kilometres"): ("area", 100.0),
    ("square", "kilometers"): ("area", 100.0),
    ("square", "kilometre"): ("area", 100.0),
    ("square", "kilometer"): ("area", 100.0),
    ("square", "km"): ("area", 100.0),
    ("sq", "km"): ("area", 100.0),
    ("square", "miles"): ("area", 258.999),
    ("square", "mile"): ("area", 258.999),
    ("sq", "miles"): ("area", 258.999),
    ("kilometres",): ("distance", 1.0),
    ("kilometers",): ("distance", 1.0),
    ("kilometre",): ("distance", 1.0),
    ("kilometer",): ("distance", 1.0),
    ("km",): ("distance", 1.0),
    ("miles",): ("distance", 1.609344),
    ("mile",): ("distance", 1.609344),
    ("tonnes",): ("weight", 1.0),
    ("tonne",): ("weight", 1.0),
    ("tons",): ("weight", 1.0),
    ("ton",): ("weight", 1.0),
    ("kilograms",): ("weight", 0.001),
    ("kilogrammes",): ("weight", 0.001),
    ("kg",): ("weight", 0.001),
    ("metres",): ("distance", 0.001),
    ("meters",): ("distance", 0.001),
    ("metre",): ("distance", 0.001),
    ("meter",): ("distance", 0.001),
    ("centimetres",): ("distance", 0.00001),
    ("centimeters",): ("distance", 0.00001),
    ("cm",): ("distance", 0.00001),
    ("millimetres",): ("distance", 0.000001),
    ("millimeters",): ("distance", 0.000001),
    ("mm",): ("distance", 0.000001),
    # changes of a rate, in percentage points: "up 3 percentage points", "75 basis points"
    # (not a percent: "fell 3 percentage points" is not "fell 3%"; see ranker._rivals)
    ("percentage", "points"): ("points", 1.0),
    ("percentage", "point"): ("points", 1.0),
    ("basis", "points"): ("points", 0.01),
    ("basis", "point"): ("points", 0.01),
    ("bps",): ("points", 0.01),
    # durations in minutes, kept as periods (what they count is a time unit, see ranker)
    ("seconds",): ("duration", 1 / 60),
    ("secs",): ("duration", 1 / 60),
    ("minutes",): ("duration", 1.0),
    ("minute",): ("duration", 1.0),
    ("hours",): ("duration", 60.0),
    ("hour",): ("duration", 60.0),
    ("days",): ("duration", 1440.0),
    ("day",): ("duration", 1440.0),
    ("weeks",): ("duration", 10080.0),
    ("week",): ("duration", 10080.0),
}


# What follows a race's distance: "the 200m freestyle", "the 110m hurdles", "the 100m final".
_EVENTS = frozenset(
    """freestyle backstroke breaststroke butterfly medley individual hurdles sprint relay dash
    steeplechase final finals heats heat semi-final semifinal race record title""".split()
)


# Words before a hyphen and a year that say when in it: "mid-2020", "pre-2008", "late-1990s".
TIME_PREFIXES = frozenset("mid pre post late early end start circa".split())


def _in_a_code(text: str, start: int) -> bool:
    """Is the number at ``start`` part of a name written with letters and digits ("COVID-19",
    "G7", "MH17", "WW3", "F-35", "Chandrayaan-3")? Not "mid-2020"."""
    if start == 0:
        return False
    end = start - 1 if text[start - 1] == "-" else start
    letters = end
    while letters > 0 and text[letters - 1].isalpha():
        letters -= 1
    word = text[letters:end].lower()
    if not word or word in CURRENCY_BEFORE:
        return False  # "Rs500 crore": a sum
    return end == start or word not in TIME_PREFIXES


def _second_year_of_a_span(text: str, tokens: list[re.Match[str]], index: int) -> bool:
    written = tokens[index]
    if not index or written["sign"] or len(written[0]) != 2 or not written[0].isdigit():
        return False
    previous = tokens[index - 1]
    return (
        previous.end() == written.start() - 1
        and text[previous.end()] in "-/–"
        and previous[0].isdigit()
        and len(previous[0]) == 4
        and 1900 <= int(previous[0]) <= 2100
    )


def _day_of_month(tokens: list[re.Match[str]], lowered: list[str], index: int) -> int:
    """The month (1-12) when the number at ``index`` is a day of it, from 1 to 31, written bare
    next to the month's name: "April 1", "14 August"; else 0."""
    written = tokens[index]
    if written["sign"] or written["suffix"] or not written["number"].isdigit():
        return 0
    if not 1 <= int(written["number"]) <= 31:
        return 0
    for neighbour in (index - 1, index + 1):
        if 0 <= neighbour < len(tokens) and lowered[neighbour] in MONTHS:
            name = tokens[neighbour][0]
            # ("may" and "march" are words too: a month's name is capitalised)
            if name[:1].isupper():
                return MONTHS[lowered[neighbour]]
    return 0


def _next_word(lowered: list[str], index: int) -> str:
    return lowered[index] if index < len(lowered) else ""


def _race_time(written: str) -> float | None:
    """ "2:08:41" (hours, minutes, seconds) or "1:52.11" (minutes, seconds and hundredths) in
    minutes; None for "10:30", a time of day or a score."""
    parts = written.split(":")
    if len(parts) == 3:
        hours, minutes, seconds = int(parts[0]), int(parts[1]), float(parts[2])
        return round(hours * 60 + minutes + seconds / 60, 6)
    if "." in parts[1]:
        return round(int(parts[0]) + float(parts[1]) / 60, 6)
    return None


# Words before "a"/"an" and a unit of time that make it a span: "took an hour", "in a week".
_BEFORE_ONE_SPAN = frozenset(
    """in for of about nearly almost over under than take takes took taking lasted lasts
    last within around roughly average averaged only just""".split()
)


def _unit(lowered: list[str], index: int) -> tuple[str, float, int] | None:
    for length in (2, 1):
        found = _UNITS.get(tuple(lowered[index : index + length]))
        if found is not None:
            return found[0], found[1], length
    return None


_SKIP_BEFORE_NOUN = frozenset(
    {"more", "new", "additional", "other", "further", "confirmed", "suspected", "registered",
     "of", "the", "people's", "young", "old", "small", "local"}
)  # fmt: skip


def _counted(lowered: list[str], index: int) -> str | None:
    """The noun the figure counts: the first word after it that is not a filler, when the
    part-of-speech lexicon takes it for a noun ("1,300 last year", "1.6 million without power"
    count nothing named)."""
    for word in lowered[index : index + 4]:
        if word in _SKIP_BEFORE_NOUN:
            continue
        if word in _WHEN:  # "1,300 last year", "640 this year": when, not what
            return None
        if not (word.isalpha() and len(word) > 2):
            return None
        tag = lexicon().best(word)
        if tag in ("NN", "NNS") or word in _PEOPLE_WORDS:
            return word  # "3,100 cases"; "95,000 killed", "40 injured": people, by what befell them
        if tag not in ("JJ", "VBN", "VBG"):  # "15,000 civilian deaths", "40 injured people"
            return None
    return None


_WHEN = frozenset({"last", "this", "next", "every", "each", "per", "earlier", "later"})
_TALLY_NOUNS = frozenset({"toll", "tally"})
_PEOPLE_WORDS = frozenset(
    {"killed", "dead", "injured", "wounded", "hurt", "displaced", "missing", "arrested",
     "detained", "evacuated", "rescued", "homeless"}
)  # fmt: skip


def _counted_before(lowered: list[str], index: int) -> str | None:
    """'the death toll ... has climbed above 3,500': what the figure counts, named before it."""
    for word in lowered[max(0, index - 8) : index - 1]:
        if word in _TALLY_NOUNS:
            return word
    return None


def _hyphenated_fraction(word: str) -> bool:
    count, _, fraction = word.partition("-")
    return count in _SMALL and fraction in _FRACTIONS


def _of_a_percent(lowered: list[str], index: int, share: float) -> float:
    """A share of one percent ('three-tenths of a percent': 0.3 percent), else the share."""
    if lowered[index + 1 : index + 3] in (["of", "a"], ["of", "one"]) and lowered[
        index + 3 : index + 4
    ] in (["percent"], ["percentage"], ["per"]):
        return share / 100
    return share


def _share(lowered: list[str], index: int) -> float:
    """The percent a fraction word at ``index`` names: "two-thirds" 66.7, "a quarter" 25,
    "three quarters" 75 (its count read before it)."""
    word = lowered[index]
    if "-" in word and _hyphenated_fraction(word):
        count, _, fraction = word.partition("-")
        return _FRACTIONS[fraction] * _SMALL[count]
    return _FRACTIONS[word] * _fraction_count(lowered, index)


def _is_fraction(lowered: list[str], index: int) -> bool:
    """'half of', 'a third of', 'two thirds', 'three quarters' - not 'the second half'."""
    before = lowered[index - 1] if index > 0 else ""
    after = lowered[index + 1] if index + 1 < len(lowered) else ""
    if before in ("second", "first", "the", "last", "next", "this", "that"):
        return False  # "the second half of the year": a period, not a share
    if lowered[index + 1 : index + 3] in (["of", "a"], ["of", "an"]) and (
        lowered[index + 3 : index + 4] and lowered[index + 3] in _PERIODS
    ):
        return False  # "a quarter of a century", "half an hour": a length of time
    return before in _FRACTION_OPENERS or after == "of" or lowered[index] == "half"


_PERIODS = frozenset({"century", "decade", "year", "month", "week", "day", "hour", "mile"})
_FRACTION_OPENERS = frozenset(
    {"a", "one", "two", "three", "four", "nearly", "almost", "about", "over", "than", "roughly",
     "around", "by"}
)  # fmt: skip


def _fraction_count(lowered: list[str], index: int) -> float:
    before = lowered[index - 1] if index > 0 else ""
    return float(_SMALL.get(before, 1)) if lowered[index] != "half" else 1.0


def _cents(lowered: list[str], index: int) -> tuple[float, int]:
    """After 'N euros': 'forty cents', '40 pence', 'and ninety-eight cents' - the hundredths,
    and where they end."""
    start = index
    if lowered[index : index + 1] == ["and"]:
        index += 1
    if index + 1 >= len(lowered):
        return 0.0, start
    word = lowered[index]
    if word.isdigit():
        value, after = float(word), index + 1
    else:
        value, after = _read_number_words(lowered, index)
    if value is None or value >= 100 or lowered[after : after + 1] not in (["cents"], ["pence"]):
        return 0.0, start
    return value / 100, after + 1


def _read_number_words(lowered: list[str], index: int) -> tuple[float | None, int]:
    """A number written in words, scales included: 'seventy', 'seventy-two', 'twenty five',
    'a hundred', 'three hundred and ten million', 'two thousand five hundred'. Stops before a
    second number that does not continue the first ('five six')."""
    total = 0.0
    current = 0.0
    last = ""  # what the previous word was: "unit", "tens", "hundred" or "scale"
    position = index
    while position < len(lowered):
        word = lowered[position]
        if "-" in word:
            tens, _, unit = word.partition("-")
            if not (tens in _TENS and unit in _SMALL) or last in ("unit", "tens"):
                break
            current += _TENS[tens] + _SMALL[unit]
            last = "unit"
        elif word in _TENS and last not in ("unit", "tens"):
            current += _TENS[word]
            last = "tens"
        elif word in _SMALL and last != "unit":
            current += _SMALL[word]
            last = "unit"
        elif word in ("hundred", "dozen") and last in ("unit", "tens", ""):
            if not last and not (position > 0 and lowered[position - 1] in ("a", "one")):
                break
            current = (current or 1.0) * (100 if word == "hundred" else 12)  # "two dozen": 24
            last = "hundred"
        elif word in ("thousand", "million", "billion", "trillion") and last != "scale":
            if not last and not (position > 0 and lowered[position - 1] in ("a", "one")):
                break
            total += (current or 1.0) * _SCALES[word]
            current = 0.0
            last = "scale"
        elif (
            word == "and"
            and last in ("hundred", "scale")
            and position + 1 < len(lowered)
            and (lowered[position + 1] in _SMALL or lowered[position + 1].split("-")[0] in _TENS)
        ):
            pass  # "three hundred and ten"
        elif (
            word == "point"
            and last == "unit"
            and position + 1 < len(lowered)
            and lowered[position + 1] in _DIGIT_WORDS
        ):
            # "two point three million": the digits after the point
            decimals = ""
            while position + 1 < len(lowered) and lowered[position + 1] in _DIGIT_WORDS:
                position += 1
                decimals += _DIGIT_WORDS[lowered[position]]
            current += float("0." + decimals)
            last = "tens"  # no unit may follow; a scale may
        else:
            break
        position += 1
    if position == index:
        return None, index + 1
    return total + current, position


_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip


def same_value(a: Figure, b: Figure) -> bool:
    """One figure written twice, allowing for rounding: 69,800 and "about 70,000", 72% and
    "nearly three quarters" are close enough when one of them is approximate."""
    if a.kind != b.kind:
        return False
    if a.bound != b.bound and (a.bound or b.bound):
        # (a floor or a ceiling before a "nearly")
        floor_or_ceiling, other = (b, a) if b.bound in ("lower", "upper") or not a.bound else (a, b)
        return _within_bound(floor_or_ceiling, other.value)
    high, low = max(a.value, b.value), min(a.value, b.value)
    if high == low:
        return True
    approximate = a.approximate or b.approximate
    if a.kind == "percent":
        if a.approximate or b.approximate:
            return high - low <= 3.5
        if high != int(high) and low != int(low):
            return high - low <= 0.05  # "2.9 percent" / "3.4 percent": two figures
        if high == int(high) and low == int(low):
            return False  # "72 percent" / "71 percent", as written: two figures
        return high - low <= 1.0  # "70.6 percent" / "71 percent", "a third" / "33 percent"
    if approximate and high - low <= 0.05 * high:
        return True
    # Two figures written exactly ("411 seats" / "412 seats", "9.58 seconds" / "9.63") are two
    # figures, unless one is the other rounded ("2.1 million" / 2,130,000)
    # A round figure stands for a precise one only when it is close: "70,000" for 69,800 or
    # "4,000" for 3,900, never "2 million" for 2.5 million or "$5 billion" for $4.6 billion
    # (a writer rounding that far writes "about", and even then 100,000 is not 120,000).
    return high - low <= _ROUNDING_REACH * high and (_rounds_to(low, high) or _rounds_to(high, low))


_ROUNDING_REACH = 0.05


def _within_bound(limit: Figure, value: float) -> bool:
    """'More than a fifth' holds for 22 percent, 'more than 2,000' for 2,150 (not for 2,600:
    a floor that far below is another figure)."""
    if limit.bound == "near":
        # "nearly three-quarters" is 71 percent, "almost 1,500" is 1,450; a little over, as
        # rounding goes, too. A fall by a factor ("almost halved") is a little above it.
        if limit.kind == "factor" and limit.value < 1:
            return limit.value * 0.99 <= value <= limit.value * 1.12
        if limit.kind == "percent":
            return limit.value - 5.0 <= value <= limit.value + 0.5
        return limit.value * 0.9 <= value <= limit.value * 1.01
    if limit.kind == "percent":
        reach = 5.0
        return (
            limit.value <= value <= limit.value + reach
            if limit.bound == "lower"
            else limit.value - reach <= value <= limit.value
        )
    if limit.bound == "lower":
        return limit.value <= value <= limit.value * 1.25
    return limit.value / 1.25 <= value <= limit.value


def _rounds_to(precise: float, rounded: float) -> bool:
    """69,800 rounded to the significant digits of 70,000 is 70,000."""
    text = f"{rounded:.0f}".rstrip("0")
    digits = max(1, len(text))
    if rounded < 10:
        return False
    magnitude = 10 ** (len(f"{rounded:.0f}") - digits)
    # (half up, as writers round: 745,000 is "three quarters of a million", not 740,000)
    return math.floor(precise / magnitude + 0.5) * magnitude == rounded
