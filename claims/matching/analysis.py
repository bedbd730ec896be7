"""What the matcher reads in a claim: its content words reduced to stems, the concepts they
name, the names, the figures and years, and whether it is negated.

Pure functions of the text: the command-line matcher, the desk's Celery task and the "check a
claim" box all read claims through ``analyse``, so they rank the same way.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

import snowballstemmer

from claims.extraction.lexicon import (
    CONCEPTS,
    MONTHS,
    PERSON_ROLE_WORDS,
    PERSON_TITLES,
    STOPWORDS,
    TITLE_ABBREVIATIONS,
    WEEKDAYS,
)
from claims.extraction.pos import lexicon
from claims.extraction.tokens import WordMemo

from .figures import (
    CURRENCY_BEFORE,
    FIGURE_WORDS,
    TIME_PREFIXES,
    Figure,
    is_reference_time,
    is_said_time,
    read_figures,
)
from .synonyms import SYNONYMS

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)
STEMMER = snowballstemmer.stemmer("english")
_FAILED = frozenset({"failed", "fails", "fail", "refused", "refuses"})
_NEGATORS = frozenset(
    {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "n't", "cannot",
     "deny", "denies", "denied", "denying",
     # as posts write them, without the apostrophe
     "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "couldnt",
     "wouldnt", "shouldnt", "havent", "hasnt", "hadnt"}
)  # fmt: skip

# Words too common in claims to say what a claim is about (beyond STOPWORDS).
_WEAK = frozenset(
    {"claim", "claims", "claimed", "report", "reported", "reports", "reportedly", "state",
     "stated", "according", "say", "says", "said", "saying", "tell", "told", "officials",
     "official", "statement", "announced", "new", "people", "percent", "per", "cent", "year",
     "years", "week", "month", "months", "day", "days", "last", "first", "now", "least",
     "than", "more", "less", "some", "about", "almost", "nearly", "around", "just", "like",
     "breaking", "via", "rt", "amp", "http", "https", "www", "com", "get", "got", "make",
     "made", "one", "two", "times", "number", "figure", "figures", "total", "every",
     "entire", "whole"}
)  # fmt: skip
# British and American spellings meet: "hospitalised" / "hospitalized", "labour" / "labor".
_SPELLING = (
    (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"our$"), "or"),
    (re.compile(r"ours$"), "ors"),
    (re.compile(r"tre$"), "ter"),
    (re.compile(r"tres$"), "ters"),
    (re.compile(r"ence$"), "ense"),
    (re.compile(r"amme$"), "am"),
    (re.compile(r"ammes$"), "ams"),
)
_ACRONYMS_THAT_ARE_WORDS = frozenset({"WHO", "US"})
# Social posts: a link says nothing of the claim (and "t.co/x7Q2" is no figure 2); the line an
# embedded post ends with ("— Jane Roe (@janeroe) March 5, 2020") is when it was posted, not what
# it says; "#StopTheBoats" and "@JaneRoe" are words run together.
_LINK = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+", re.IGNORECASE)
_EMBED_SIGNATURE = re.compile(
    r"[—–-]+\s*[^—–\n]{0,80}\(@\w+\)\s*(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})?\s*$"
)
_TAG = re.compile(r"(?<![\w@#])[#@](\w+)")
_PRIME_MINISTER = re.compile(r"(?<!\d)(?<!\d )\bPM\b")
_PASSED_ON = re.compile(r"\b(?:RT|MT|via|h/t|HT)\s*:?\s*@\w+:?", re.IGNORECASE)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[^\W\d_])(?=\d)")
# A name written with letters and digits: "5G", "COVID-19", "Covid19", "G7", "MH17", "F-35",
# "H5N1" - one term ("covid19"), whichever way it is joined; digits first only in capitals
# ("5G", "3D"; not "70k", "2.3bn", "10th", "1990s" or "5pm", figures and times).
_CODE = re.compile(
    r"(?<![\w-])(?:[^\W\d_]+-?\d+[^\W_]*|\d+[A-Z]+\d*[A-Za-z\d]*)(?![\w])", re.UNICODE
)
_DIGIT = re.compile(r"\d")
_NOT_CODES = frozenset("K M B BN MN TN KM KG CM MM HA C F AM PM S ST ND RD TH".split())
# The names a country or a union goes by, as stems: "America", "the United States", "US" and
# "U.S." are one name; so are "Britain", "British", "the UK" and "the United Kingdom".
_ALIASES = {
    ("unit", "state"): "us", ("america",): "us", ("american",): "us", ("usa",): "us",
    ("unit", "kingdom"): "uk", ("britain",): "uk", ("british",): "uk",
    ("great", "britain"): "uk", ("european", "union"): "eu", ("unit", "nation"): "un",
}  # fmt: skip
_DOTTED = re.compile(r"\b(U)\.(S|K)\.(?:(A)\.)?")
# Letters before a number that make no name of it: "mid-2020" (a time), "Rs500" (a sum); the
# figures' own lists, so that a number figures.read_figures reads is no name here.
_CODE_PREFIXES = TIME_PREFIXES | CURRENCY_BEFORE.keys()
_SHORT_KEEP = frozenset({"un", "eu", "us", "uk", "who", "gdp", "vat", "nhs", "ai"})


def read_post(text: str) -> str:
    """A post read as the sentence it is: links and the embed's signature dropped, hashtags
    and handles split into their words."""
    return _read_post(text)[0]


def _read_post(text: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``read_post``, and where the words of its hashtags and handles are in what it returns."""
    if "http" in text or "www." in text or "pic.twitter" in text:
        text = _LINK.sub(" ", text)
    if "(@" in text:
        text = _EMBED_SIGNATURE.sub("", text)
    if "@" in text:
        # "RT @janeroe:", "(via @janeroe)": whose post it passes on, not what it says
        text = _PASSED_ON.sub(" ", text)
    if "PM" in text:
        text = _PRIME_MINISTER.sub("prime minister", text)  # (not "5 PM", a time)
    if "." in text:
        text = _DOTTED.sub(_undotted, text)  # "U.S." is "US"
    if "#" not in text and "@" not in text:
        return text, ()
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    written = 0  # the length of what is written so far
    last = 0
    for tag in _TAG.finditer(text):
        pieces.append(text[last : tag.start()])
        written += tag.start() - last
        words = _tag_words(tag)
        pieces.append(words)
        spans.append((written, written + len(words)))
        written += len(words)
        last = tag.end()
    pieces.append(text[last:])
    return "".join(pieces), tuple(spans)


_SLOGAN_WORDS = frozenset("the a an of to and is are for in on not no our my your".split())


def _contrasting(found: list[re.Match[str]], position: int) -> bool:
    """A "not" that negates nothing of the claim: "not only in the capital", "not just the
    poor". (Not "tested on adults, not children": what it sets against is the claim's.)"""
    if found[position].group().lower() != "not":
        return False
    following = found[position + 1].group().lower() if position + 1 < len(found) else ""
    return following in ("only", "just", "merely")


def _undotted(match: re.Match[str]) -> str:
    return "".join(part for part in match.groups() if part)


def _tag_words(match: re.Match[str]) -> str:
    """A hashtag's or a handle's words: "#BreastCancerAwareness" is "breast cancer awareness"
    (common words, written small), "#DunmoreCreek" is "Dunmore Creek" (a name)."""
    parts = _CAMEL.sub(" ", match.group(1)).replace("_", " ").split()
    if len(parts) >= 3 and any(part.lower() in _SLOGAN_WORDS for part in parts[1:-1]):
        # "#AxeTheTax", "#StopTheBoats", "#BlackLivesMatter" is a slogan, no name
        return " ".join(part.lower() for part in parts)
    tags = lexicon()
    return " ".join(
        part.lower()
        if part[1:].islower()
        and tags.knows(part.lower())
        and tags.best(part.lower()) not in ("NNP", "NNPS")
        else part
        for part in parts
    )


def _normalise_spelling(word: str) -> str:
    if len(word) < 6:
        return word
    for pattern, replacement in _SPELLING:
        if pattern.search(word):
            return pattern.sub(replacement, word)
    return word


def _stem(word: str) -> str:
    return STEMMER.stemWord(_normalise_spelling(word))


_STEMS = WordMemo(_stem)


@dataclass(frozen=True, slots=True)
class Analysed:
    text: str
    terms: tuple[str, ...]  # for retrieval: stems, "~concept", "#figure", "@year"
    stems: frozenset[str]  # content stems
    concepts: frozenset[str]
    names: frozenset[str]  # lowered stems of the names ("lagos", "unicef")
    figures: tuple[Figure, ...]
    years: frozenset[int]
    # of those, the years it only compares with ("the lowest since 2006"): figures.Figures
    reference_years: frozenset[int]
    negated: bool
    # the names as written together, each a run of capitalised words ("President Aldo
    # Ferrante"), their title words left out, in order: one person, place or body each
    name_runs: tuple[tuple[str, ...], ...]
    surface: dict[str, str]  # stem -> the word as written first, for reasons
    content: frozenset[str]  # what it says, compared pair by pair: stems, concepts, years
    dates: frozenset[str]  # months and weekdays named: "june", "monday"
    reference_dates: frozenset[str]  # of those, the ones it only compares with
    # each term and how many times it comes, counted once: the desk indexes a claim again for
    # every claim it is a candidate of
    term_counts: dict[str, int]
    # the content words in the order written, each as its concept where it has one ("killed"
    # and "died" both "~die"): for telling a near-copy with a word swapped (ranker._swapped)
    sequence: tuple[str, ...] = ()
    actions: frozenset[str] = frozenset()  # of those, the verbs ("seized", "found")
    figure_words: frozenset[str] = frozenset()  # and the words of figures ("half", "eighteen")
    # times said from the moment of writing: ("season", "past") for "last season", ("mar",
    # "coming") for "from March", ("year", "now") for "this year"
    relative_times: frozenset[tuple[str, str]] = frozenset()


def analyse(text: str) -> Analysed:
    written = text
    text, tag_spans = _read_post(text)
    found = list(_WORD.finditer(text))
    words = [match.group() for match in found]
    # the first word of each sentence of a post ("Bold move or bluff?"): capitalised as any
    # sentence's first word is, not as a name
    openings = {
        position
        for position in range(1, len(found))
        if _ends_a_sentence(text, found[position - 1], found[position].start())
    }
    capitals = sum(1 for word in words if word[:1].isupper())
    title_case = len(words) >= 4 and capitals >= 0.6 * len(words)
    stems: list[str] = []
    sequence: list[str] = []
    actions: set[str] = set()
    figure_words: set[str] = set()
    concepts: set[str] = set()
    names: set[str] = set()
    surface: dict[str, str] = {}
    dates: set[str] = set()
    when_dates: set[str] = set()
    negated = False
    runs: list[list[str]] = []
    run_end = -2  # the position of the last name of the latest run
    for position, word in _parts(words):
        lowered = word.lower().replace("’", "'")
        if lowered.endswith("'s"):
            lowered = lowered[:-2]
        if lowered in _NEGATORS or lowered.endswith("n't"):
            if not _contrasting(found, position):
                negated = True
            continue
        if lowered in _FAILED and words[position + 1 : position + 2] in (["to"], ["To"]):
            negated = True  # "failed to cut infections", "refused to sign": not doing it
        if (
            lowered == "against"
            and position + 1 < len(words)
            and words[position + 1].lower().endswith("ing")
        ):
            negated = True  # "voted against legalising", "decided against raising": not doing it
            continue
        if lowered[:1].isdigit():
            continue  # figures and years are read apart
        if word in _ACRONYMS_THAT_ARE_WORDS:
            names.add(lowered)  # "WHO", "US": not the pronouns
            stems.append(lowered)
            surface.setdefault(lowered, word)
            continue
        if lowered in STOPWORDS or (len(lowered) < 3 and lowered not in _SHORT_KEEP):
            continue
        month = lowered in MONTHS and word[:1].isupper()
        if (month or lowered in WEEKDAYS) and not is_said_time(text, found[position].start()):
            dates.add(lowered[:3])
            if not is_reference_time(text, found[position].start()):
                when_dates.add(lowered[:3])
        if (
            not month
            and lowered not in FIGURE_WORDS  # "Forty percent of ...", "Half of ..."
            and _is_name(word[: len(lowered)], 0 if position in openings else position, title_case)
        ):
            names.add(_STEMS[lowered])
            start = found[position].start()
            if not tag_spans or not any(
                tag_start <= start < tag_end for tag_start, tag_end in tag_spans
            ):
                # (a hashtag's name, "#Hollywood", "#MAGA", labels the post: no name of the
                # claim's own that another name could stand in for)
                if position > run_end + 1 or position in openings:
                    runs.append([])
                if lowered not in _TITLE_WORDS:
                    runs[-1].append(_STEMS[lowered])
                run_end = position
        concept = None if month else CONCEPTS.get(lowered)
        if concept:
            concepts.add(concept)
        synonym = SYNONYMS.get(lowered)
        if synonym:
            concepts.add(synonym)
        if lowered in _WEAK:
            continue
        stem = _STEMS[lowered]
        stems.append(stem)
        key = "~" + (synonym or concept) if synonym or concept else stem
        sequence.append(key)
        if lowered in FIGURE_WORDS:
            figure_words.add(key)  # ("a third" / "half": figures, compared apart)
        elif _IS_VERB[lowered]:
            actions.add(key)
        surface.setdefault(stem, word)
    for run in runs:
        alias = _ALIASES.get(tuple(run))
        if alias is not None:
            run[:] = [alias]
            names.add(alias)
            stems.append(alias)
    if _DIGIT.search(text) is not None:
        for code in _CODE.finditer(text):
            written_code = code.group()
            if written_code[0].isdigit() and written_code.lstrip("0123456789") in _NOT_CODES:
                continue
            letters = written_code.rstrip("0123456789").rstrip("-").lower()
            if letters in _CODE_PREFIXES:
                continue  # "mid-2020", "Rs500": a time, a sum
            key = written_code.replace("-", "").lower()
            stems.append(key)
            surface.setdefault(key, written_code)
    read = read_figures(text)
    relative = _relative_times(words)
    terms = [
        *stems,
        *("~" + concept for concept in sorted(concepts)),
        *("#" + figure_key(figure) for figure in read.figures),
        *("@" + str(year) for year in sorted(read.years)),
    ]
    return Analysed(
        text=written,
        terms=tuple(terms),
        term_counts=Counter(terms),
        stems=frozenset(stems),
        concepts=frozenset(concepts),
        names=frozenset(names),
        figures=read.figures,
        years=read.years,
        reference_years=read.reference_years,
        negated=negated,
        name_runs=tuple(tuple(run) for run in runs if run),
        surface=surface,
        dates=frozenset(dates),
        reference_dates=frozenset(dates - when_dates),
        sequence=tuple(sequence),
        actions=frozenset(actions),
        figure_words=frozenset(figure_words),
        relative_times=relative,
        content=frozenset(
            [
                *stems,
                *("~" + concept for concept in concepts),
                *("@" + str(year) for year in read.years),
            ]
        ),
    )


_RELATIVE = {
    **dict.fromkeys(("last", "past", "previous"), "past"),
    **dict.fromkeys(("next", "coming", "upcoming", "from", "starting"), "coming"),
    **dict.fromkeys(("this", "current"), "now"),
}
_RELATIVE_UNITS = frozenset(
    "year month week season quarter decade summer winter autumn spring weekend".split()
)


def _relative_times(words: list[str]) -> frozenset[tuple[str, str]]:
    """The times a claim gives from the moment it was written: "last season", "this year",
    "from March", "next week" - (the unit, "past" / "now" / "coming")."""
    found = set()
    for previous, word in itertools.pairwise(words):
        relation = _RELATIVE.get(previous.lower())
        if relation is None:
            continue
        lowered = word.lower()
        if lowered in _RELATIVE_UNITS:
            if previous.lower() not in ("from", "starting"):  # ("from year to year")
                found.add((lowered, relation))
        elif (lowered in MONTHS and word[:1].isupper()) or lowered in WEEKDAYS:
            found.add((lowered[:3], relation))
    return frozenset(found)


_TITLE_WORDS = PERSON_TITLES | PERSON_ROLE_WORDS | TITLE_ABBREVIATIONS
_SENTENCE_MARKS = re.compile(r"[.!?\n]")


def _ends_a_sentence(text: str, previous: re.Match[str], start: int) -> bool:
    """Does the gap before ``start`` end the sentence of the word ``previous``? Not the full
    stop of an initial or a title ("U.S. President", "Dr. Rowe")."""
    gap = text[previous.end() : start]
    if _SENTENCE_MARKS.search(gap) is None:
        return False
    if "." in gap and not any(mark in gap for mark in "!?\n"):
        word = previous.group()
        return len(word) > 1 and word.lower() not in TITLE_ABBREVIATIONS
    return True


# prefixes written with a hyphen or without: the word is the same either way
_JOINED_PREFIXES = frozenset({"non", "co", "pre", "re", "un", "anti", "multi", "mid"})


def _parts(words: list[str]) -> list[tuple[int, str]]:
    """(position, word) of each word, a hyphenated one as its parts: "rubella-free" says
    "rubella" ("free of rubella"), "rice-based" says "rice"."""
    found: list[tuple[int, str]] = []
    for position, word in enumerate(words):
        if "-" in word and word.split("-", 1)[0].lower() in _JOINED_PREFIXES:
            # "non-citizens" / "noncitizens", "co-operation" / "cooperation": one word, and
            # the word it is made of ("anti-vaccine" speaks of vaccines)
            prefix, rest = word.split("-", 1)
            found.append((position, prefix + rest.replace("-", "")))
            found.extend((position, part) for part in rest.split("-") if part)
        elif "-" in word:
            found.extend((position, part) for part in word.split("-") if part)
        else:
            found.append((position, word))
    return found


def figure_key(figure: Figure) -> str:
    """A retrieval term for a figure, rounded so that 69,800 and 70,000 meet."""
    value = figure.value
    if value >= 100:
        digits = len(f"{value:.0f}")
        magnitude = 10 ** max(0, digits - 2)
        value = round(value / magnitude) * magnitude
    return f"{figure.kind}:{value:g}"


def _is_verb(word: str) -> bool:
    """A verb other than a gerund, by the part-of-speech lexicon ("seized", "abolish"); a word
    it does not know, by its ending ("flattened")."""
    tags = lexicon()
    if not tags.knows(word):
        return word.endswith("ed")
    tag = tags.best(word)
    return tag.startswith("VB") and tag != "VBG"


_IS_VERB = WordMemo(_is_verb)


def _is_name(word: str, position: int, title_case: bool) -> bool:
    """A capitalised word inside a sentence; the first word when the part-of-speech lexicon
    calls it a proper noun; in a title-case headline, where every word is capitalised, only
    words it does not know as common ones."""
    if not word[:1].isupper():
        return False
    if word.isupper() and len(word) >= 2:
        # "UNICEF", "NHS" - but not "BREAKING", "URGENT" or a post's "STOP" and "FAKE", words
        # in capitals
        lowered = word.lower()
        if lexicon().knows(lowered) and lexicon().best(lowered) not in ("NNP", "NNPS"):
            return False
        return len(word) <= 5 or not lexicon().knows(word)
    if title_case:
        lowered = word.lower()
        return not lexicon().knows(lowered) or lexicon().best(lowered) in ("NNP", "NNPS")
    if position > 0:
        return True  # a capital inside a sentence: a name, or a people's ("Syrian")
    if lexicon().best(word) not in ("NNP", "NNPS"):
        return False
    # a sentence's first word that is a verb written small ("Heard it from three volunteers"),
    # not the name it may also be
    lowered = word.lower()
    return not (lexicon().knows(lowered) and lexicon().best(lowered).startswith("VB"))
