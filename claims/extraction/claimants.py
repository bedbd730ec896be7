"""What kind of claimant a span is, and who a pronoun or definite description refers to.

Kinds: person, organisation, media, government, document, anonymous, group, unknown (see
models.CLAIMANT_KINDS). Resolution looks back over a bounded window (the last few claimants
and person names), so it stays linear in the article's length.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import (
    ANONYMOUS_WORDS,
    COMPANY_NAME_WORDS,
    COWORKERS,
    DETERMINERS,
    DOCUMENT_WORDS,
    GOVERNMENT_WORDS,
    GROUP_WORDS,
    LOWER_LETTERS,
    MEDIA_WORDS,
    MONTHS,
    NUMBER_WORDS,
    ORGANISATION_WORDS,
    PERSON_ROLE_WORDS,
    PERSON_SUBJECT_PRONOUNS,
    PERSON_TITLES,
    STATE_NAMES,
    UPPER_LETTERS,
    WEEKDAYS,
    words,
)
from .pos import lexicon

_WORD = re.compile(r"[\w][\w'’&.-]*")
# Words a span opens with that name no one, capitalised at the start of a sentence or not:
# "The company", "Two miners who were underground", "Several residents".
_OPENERS = NUMBER_WORDS | words(
    "the a an one some many several both most few other this these those"
)
_ARTICLES = words("the a an one")
_HEAD_CUT = words(
    "of for at in from with who which that on by whose released published seen obtained compiled "
    "issued"
)
_NOT_NAME_WORDS = (
    MEDIA_WORDS
    | GOVERNMENT_WORDS
    | ORGANISATION_WORDS
    | DOCUMENT_WORDS
    | GROUP_WORDS
    | WEEKDAYS
    # (months that are given names too name people: "April Ryan", "June Lee", "Jan Hatzius")
    | (frozenset(MONTHS) - {"april", "may", "june", "jan"})
    | words(
        "the a an his her their its this that state national federal united international "
        "european american british french chinese syrian sudanese ohio rights borders watch "
        # places, not persons: "Wall Street", "Capitol Hill", "the Hart Building"
        "street avenue road boulevard building square plaza centre center bridge tower airport "
        "station capitol stadium arena"
    )
)
# "General Mohammed Khalluf", "Mr. Smith", "Labour Minister Olivier Renard": a title (and
# maybe more title words) followed by one to four capitalised name words.
# "General Mohammed Khalluf", "Mr. Smith", "army spokesman Nabil Abdallah": a title word
# followed by one to four capitalised name words (the title is checked against PERSON_TITLES
# in code: one alternation of every title, case-insensitive, is many times slower).
# The possessive quantifiers (++) match exactly what plain + would here - a shorter run would
# leave a letter where "." / whitespace must follow - but spare the engine the backtracking
# into every word of the article: a third faster.
_TITLE_THEN_NAME = re.compile(
    rf"\b(?P<title>[A-Za-z]++)\.?\s++(?P<name>(?:[{UPPER_LETTERS}][\w'’-]++\s++){{0,3}}"
    rf"[{UPPER_LETTERS}][\w'’-]++)"
)


def _titled_names(text: str, start: int = 0, end: int | None = None) -> list[re.Match[str]]:
    end = len(text) if end is None else end
    found = []
    for match in _TITLE_THEN_NAME.finditer(text, start, end):
        if match["title"].lower() in PERSON_TITLES:
            found.append(match)
    return found


# Both patterns start at a capital that no word character precedes: r"\b[A-Z]...", written
# with the capital first and the boundary as a lookbehind after it, so that the engine skips
# straight to the capitals of the article instead of trying the pattern at every position
# (the same matches, in about half the time).
# Capitals and small letters of Latin-1 too: "Gabriela Núñez", "Ángel Ruiz".
_UPPER = UPPER_LETTERS
_LOWER = LOWER_LETTERS
# ("Kevin O'Brien": a capital, an apostrophe and a capital open a name word too; "Ursula von
# der Leyen", "Lula da Silva": small particles stand between a name's words)
_NAME_WORD = rf"[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}][\w'’-]*"
_PARTICLES = r"(?:\s+(?:von|van|der|den|de|da|di|du|dos|del|la|le|bin|ibn))*"
_CAPITALISED_RUN = re.compile(
    rf"[{_UPPER}](?<!\w[{_UPPER}])(?:['’][{_UPPER}])?[{_LOWER}][\w'’-]*"
    rf"(?:{_PARTICLES}\s+{_NAME_WORD}){{1,5}}\b"
)
_CAPITALISED_WORD = re.compile(rf"[{_UPPER}](?<!\w[{_UPPER}])[\w'’-]+\b")

_ROLE_PREFIXES = (
    PERSON_TITLES
    | PERSON_ROLE_WORDS
    | GOVERNMENT_WORDS
    | frozenset("security researcher councillor analyst labour former lawyer".split())
)
_PERSONAL_PRONOUNS = words("i we you me us")
_POSSESSIVE_KINDS = {"his": "person", "her": "person", "their": "group", "its": "organisation"}
_STANDING_QUANTIFIERS = frozenset("another some others many most several few both all".split())
PRONOUN_KINDS = {"he": "person", "she": "person", "they": "group", "it": "organisation"}


@functools.lru_cache(maxsize=8192)
def _words(text: str) -> tuple[str, ...]:
    # Cached: a claimant span is read by claimant_kind, is_anaphor, is_named and fits, and
    # the same speakers ("he", "the ministry") recur through an article.
    return tuple(_WORD.findall(text))


def _plural_head(word: str) -> bool:
    """A plural noun that can head a phrase ("officials", "documents"), not a possessive
    ("the company's former director")."""
    lowered = word.lower()
    return not lowered.endswith(("'s", "’s", "s'", "s’")) and lexicon().best(lowered) == "NNS"


@functools.lru_cache(maxsize=8192)
def _head_of(text: str) -> str:
    """``_head`` of a span's words, once per span: fits() asks it of every recent claimant
    for every anaphor."""
    return _head(_words(text))


_SETTING_AFTER_A_PARTICIPLE = frozenset("in on to at from with".split())


def _contact_clause_at(words: tuple[str, ...] | list[str], position: int) -> bool:
    """A clause's subject, a name or "the" and a noun, then its verb in the past, opens at
    ``position``: "Residents [Reuters spoke to]", "Officials [the paper contacted]"."""
    word = words[position]
    verb = position + 1 if word[:1].isupper() and word.lower() != "the" else position + 2
    if word.lower() == "the" and verb - 1 < len(words) and not words[verb - 1].islower():
        return False
    return (
        verb < len(words)
        and words[verb].islower()
        and "VBD" in lexicon().tags(words[verb].lower())
        and lexicon().best(words[verb].lower()) in ("VBD", "VBN")
    )


def _head(words: tuple[str, ...] | list[str]) -> str:
    """The head noun: the last word before a preposition or relative pronoun."""
    kept: list[str] = []
    for position, word in enumerate(words):
        if word.lower() in _HEAD_CUT and kept:
            break
        if kept and word.lower() in PERSON_SUBJECT_PRONOUNS:
            break  # "The doctors I work with": a relative clause without "who" after the head
        if kept and _plural_head(kept[-1]) and _contact_clause_at(words, position):
            break  # "Residents Reuters spoke to", "Officials the paper contacted"
        if (
            kept
            and word.islower()
            and word.endswith("ed")
            and (
                (position + 1 < len(words) and words[position + 1].lower() == "by")
                # "court documents filed Monday": a participle after a plural noun
                or _plural_head(kept[-1])
                # "a complaint unsealed in federal court", "a memo leaked to the Times"
                or (
                    position + 1 < len(words)
                    and words[position + 1].lower() in _SETTING_AFTER_A_PARTICIPLE
                    and lexicon().best(word.lower()) == "VBN"
                )
            )
        ):
            break  # "Analysts polled by LSEG": a reduced relative after the head
        if kept and word.islower() and lexicon().best(word) == "JJ" and _plural_head(kept[-1]):
            break  # "two officials present at the meeting": an adjective after the head
        kept.append(word)
    if "and" in (word.lower() for word in kept):
        # "state TV and activists": the first conjunct sets the kind.
        kept = kept[: [word.lower() for word in kept].index("and")] or kept
    return kept[-1].lower() if kept else ""


@functools.lru_cache(maxsize=8192)  # per claimant string, like _words
def is_named(text: str) -> bool:
    """Does the span name someone (a capitalised word other than its first determiner)?
    A common noun capitalised only because it starts the sentence ("Regulators said",
    "Officials said") names no one."""
    words = _words(text)
    return any(word[:1].isupper() for word in words[1:]) or (
        bool(words)
        and words[0][:1].isupper()
        and words[0].lower() not in ("the", "a", "an")
        and words[0].lower() not in PRONOUN_KINDS
        and words[0].lower() not in _PERSONAL_PRONOUNS  # "I say", "We found": no name
        and not (len(words) == 1 and _common_plural(words[0].lower()))
        and words[0].lower() not in _COMMON_SPEAKER_NOUNS
        # "Both the mayor and the governor", "Neither the club": a word opening the sentence
        and words[0].lower() not in _OPENING_QUANTIFIERS
    )


_OPENING_QUANTIFIERS = frozenset(
    "both neither either all some many most several few other others another each every "
    "no any such".split()
)


def _common_plural(word: str) -> bool:
    """'fishermen', 'farmers', 'activists', 'physicians', 'migrants': a plural of people
    (not an outlet's name such as 'Reuters')."""
    if word in MEDIA_WORDS:
        return False
    return word.endswith(("men", "ers", "ists", "ians", "ants", "ents", "ors"))


def is_plural_of_speakers(word: str) -> bool:
    """'officials', 'health workers', 'researchers': a lowered plural that names people who
    speak (a group word, a common speaker noun, or a plural of people)."""
    return (
        word in _COMMON_SPEAKER_NOUNS
        or _common_plural(word)
        # "nurses", "doctors", "teachers", "residents": a role's plural
        or (word.endswith("s") and word[:-1] in PERSON_ROLE_WORDS)
    )


_COMMON_SPEAKER_NOUNS = GROUP_WORDS | words(
    "officials authorities police prosecutors regulators investigators inspectors auditors "
    "lawmakers troops forces officers diplomats ministers scientists researchers critics "
    "sources witnesses aides advisers advisors strategists"
)


_ENDS_WITH_THE = re.compile(r"(?:^|\s)[Tt]he\s+$")


def person_name_in(text: str) -> bool:
    """A run of two or more capitalised words that are not institution words."""
    for match in _CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        if words[0].lower() == "the":
            words = words[1:]
        elif not _ENDS_WITH_THE.search(text, 0, match.start()):
            words = []
        if words and not any(word.lower().rstrip(".") in PERSON_TITLES for word in words):
            # "the Red Cross", "The Met Office": a name with "the" names a body (but "the
            # Rev. Jesse Jackson", "the Prime Minister Keir Starmer")
            continue
        words = match.group().split()
        if _role_before_a_name(words) is not None:
            return True  # "District Judge Mark Ellison": a name after the role
        while words and words[0].lower() in _NOT_NAME_WORDS:
            words = words[1:]  # "Prosecutor Alison Reeve": the role is not part of the name
        if words and words[-1].lower().strip(".") in _PLACE_ENDINGS:
            continue  # "Sport England", "Transport Scotland", "Water UK": a body's name
        if len(words) >= 2 and all(word.lower() not in _NOT_NAME_WORDS for word in words):
            return True
    return bool(_titled_names(text))


# Countries and nations that end bodies' names, not people's (not "Georgia", "Jordan",
# "Israel", "Chad": first names and surnames too)
_PLACE_ENDINGS = (
    STATE_NAMES | frozenset("england scotland wales uk europe africa asia america".split())
) - frozenset(
    "georgia jordan chad israel turkey washington london paris moscow berlin rome mali "
    "niger oman kenya".split()
)


def _role_before_a_name(words: list[str]) -> int | None:
    """Where a role of capitalised words ends before two or more name words: "District Judge
    Mark Ellison", "Environment Secretary Tom Hale" (the role word's position)."""
    if len(words) < 3:
        return None
    end = max(
        (position for position, word in enumerate(words) if word.lower() in _NOT_NAME_WORDS),
        default=-1,
    )
    if not 0 <= end <= len(words) - 3:
        return None
    # (the role word may follow the body's: "Senate Finance Committee Chairman Roy Tate",
    # "Water Resources Minister S.K. Mallikarjun")
    for position in range(len(words) - 3, end - 1, -1):
        role = words[position].lower().rstrip(".")
        if role in PERSON_TITLES or role in _ROLE_HEADS:
            return position
    return None


def claimant_kind(text: str, known_person_words: set[str] | frozenset[str] = frozenset()) -> str:
    """The kind of speaker a claimant span names; a lone capitalised word is a person when
    the article named someone by it ("Hess" after "Brian Hess"), else an organisation."""
    words = _words(text)
    if len(words) == 1 and words[0].lower() in _FIRST_PERSON_KINDS:
        return _FIRST_PERSON_KINDS[words[0].lower()]  # "I have heard that ...": no body "I"
    if len(words) == 1 and words[0][:1].isupper() and words[0].lower() in known_person_words:
        return "person"
    if len(words) > 1 and words[-1].lower() in ("himself", "herself"):
        return "person"  # "Harlan himself", "the minister herself"
    if _SHARE_OF_PEOPLE.match(text):
        return "group"  # "Nearly 40% of respondents", "One in four workers"
    return _kind_of(text)


_FIRST_PERSON_KINDS = {"i": "person", "me": "person", "we": "group", "us": "group"}
_SHARE_OF_PEOPLE = re.compile(
    r"(?i)(?:(?:nearly|almost|about|around|some|over|more than|roughly|just|only)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)|(?:one|two|three|four|nine)\s+in\s+\w+|"
    r"(?:a|one|two)[-\s](?:third|quarter|fifth)s?|half|two-thirds|three-quarters)\s+of\b|"
    # "some 2.8 million": a count of people
    r"(?i:(?:nearly|almost|about|around|some|over|more than|roughly)\s+)?\d[\d.,]*\s+"
    r"(?i:million|thousand)$|"
    r"(?i:(?:one|two|three|four|nine)\s+in\s+\w+\s+[a-z])"
)
_SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
# A title word and then a name of two capitalised words at least: "Minister Jane Cole".
_TITLED_PERSON = re.compile(
    r"\b(?:Minister|Secretary|Senator|Governor|Mayor|President|Chancellor|Commissioner|"
    r"Sheriff|Judge|Coroner|Prosecutor|Ambassador|Councillor|Councilman|Councilwoman|"
    r"(?:Director|Secretary)-General)"
    # (a given name, or initials: "Water Resources Minister S.K. Mallikarjun")
    r"\s+(?:[A-Z][\w'’-]+\s+|(?:[A-Z]\.\s?){1,3}\s*)[A-Z][\w'’-]+"
    # "Senate Finance Committee Chairman Roy Tate", "Majority Leader Ana Ruiz": a body's
    # office before the holder's name, ending the span
    r"|\b(?:Chairman|Chairwoman|Chair|Leader|Speaker|Whip|Representative|Rep\.|Sen\.|"
    r"Congressman|Congresswoman|Treasurer)"
    r"\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:\s+\([A-Z]-[A-Z][\w.]*\))?$"
)


# "Superintendent of Police Dinesh Kumar", "Director of Public Prosecutions Max Hill": a
# title of a body, then a name (the span ends with it)
_TITLE_OF_A_BODY_THEN_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:Superintendent|Director|Inspector|Commissioner|"
    r"Minister|Secretary|Chief|Head|Chairman|Chairwoman|Chair|President|Governor|"
    # a member for a seat: "Councillor for Bedminster Ellie Freeman", "Member for Maitland X"
    r"Councillor|Member|MP|MLA|MSP|MEP|Senator)\s+(?:of|for)\s+"
    r"(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+\s+[A-Z][\w'’-]+"
)


# Initials, then a surname: "R. Ashoka", "K.S. Puttaswamy", "R. A. Pendry" (South Asian and
# older British usage) - not the initials of a country ("U.S. Steel", "U.N. agencies").
_INITIALS_THEN_NAME = re.compile(
    r"(?<![\w.])(?!(?:U\.\s?S|U\.\s?K|U\.\s?N|E\.\s?U)\.)(?:[A-Z]\.\s?){1,3}\s*[A-Z][a-z][\w'’-]+"
)


_ROLE_HEADS = (
    PERSON_ROLE_WORDS
    | PERSON_TITLES
    | frozenset(
        "head chief leader director secretary president chairman chairwoman chair manager "
        "founder owner spokesman spokeswoman spokesperson minister officer executive "
        "commissioner superintendent inspector editor coach captain".split()
    )
)
# Heads that name one who speaks for a body ("a ministry official", "the company's
# spokesman"): such a speaker is not the body "the ministry" refers to.
_SPEAKER_HEADS = _ROLE_HEADS | frozenset(
    "official officials source sources spokesman spokeswoman spokesperson".split()
)
_NAME_AFTER_COMMA = re.compile(
    r",\s+(?:(?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?[A-Z][a-z][\w'’-]*(?:\s+[A-Z]\.)?"
    r"(?:\s+(?:van|von|de|da|del|der|bin|al)?\s*[A-Z][a-z][\w'’-]*){0,2}\s*$"
)


SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


_COMPASS = frozenset("north south east west new central united".split())
# Countries that are also people's names ("Michael Jordan", "Georgia Smith" is not one, but
# "Mary Georgia" may be)
_COUNTRIES_AS_NAMES = frozenset("jordan georgia chad israel".split())


def _role_word_then_a_name(words: tuple[str, ...]) -> bool:
    """The span ends with a person's name after a role word in small letters: "Network Rail
    chief executive Sarah Collins", "agency spokesman Rudi Hartono", "A spokesman for the
    company, Derek Olsen", "Kerinci regent Adirozal" - whatever body comes first."""
    if len(words) < 3:
        return False
    name_start = len(words)
    while name_start > 0 and words[name_start - 1][:1].isupper():
        name_start -= 1
    name = words[name_start:]
    if not 1 <= len(name) <= 3 or name_start == 0:
        return False
    if any(word.lower() in ORGANISATION_WORDS or word.lower() in GOVERNMENT_WORDS for word in name):
        return False
    role = words[name_start - 1].rstrip(",")
    return role.islower() and (role in _ROLE_HEADS or role in SPOKES or role in _MORE_ROLES)


_MORE_ROLES = frozenset("regent governor mayor councillor commissioner".split())


def _typed_organisation(words: tuple[str, ...]) -> bool:
    """A body's kind in small letters, then its name: "Campaign group Clean Air Now",
    "supporters' group Rovers Trust", "the charity Save the Children"."""
    for position, word in enumerate(words[:4]):
        if position and word[:1].isupper():
            # the descriptor's own head, the word before the name ("Union leader Jo Bell":
            # a person)
            descriptor = words[position - 1].lower()
            return descriptor in ORGANISATION_WORDS or descriptor in _COMPANY_TRADES
    return False


# A trade that names a company before its name: "Carmaker Nordvik", "Brewer Kestrel Ales",
# "drugmaker Meridian Generics" (not "producer", "publisher": people, as often)
_COMPANY_TRADES = frozenset(
    "carmaker carmakers automaker drugmaker chipmaker retailer grocer supermarket insurer "
    "lender airline refiner conglomerate utility startup brewer distiller manufacturer "
    "shipbuilder steelmaker planemaker".split()
)


def _role_then_name(text: str) -> bool:
    """'The head of the agency, Sam Ortiz': a role noun phrase, a comma, a person's name."""
    name = _NAME_AFTER_COMMA.search(text)
    if name is None:
        return False
    role_words = _words(text[: name.start()])
    last = name[0].split()[-1].lower()
    return (
        bool(role_words)
        and _head(role_words) in _ROLE_HEADS
        and last not in ORGANISATION_WORDS
        and last not in GOVERNMENT_WORDS
    )


_LEADS = frozenset({"head", "boss"})


@functools.lru_cache(maxsize=16384)
def _kind_of(text: str) -> str:
    words = _words(text)
    if not words:
        return "unknown"
    lowered = [word.lower() for word in words]
    if len(words) == 1 and lowered[0] in PRONOUN_KINDS:
        return "unknown"
    if all(word in PRONOUN_KINDS or word in ("both", "and", "or") for word in lowered):
        return "group"  # "Both he and she"
    if _role_word_then_a_name(words):
        return "person"  # "Network Rail chief executive Sarah Collins", "agency spokesman X"
    if (
        2 <= len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and lowered[-1] in STATE_NAMES
        and lowered[-1] not in _COUNTRIES_AS_NAMES
        and lowered[0] not in STATE_NAMES
        and " ".join(lowered) not in STATE_NAMES  # ("South Africa", "New Zealand": the state)
        and lowered[0] not in _COMPASS
    ):
        return "organisation"  # "Airtel Kenya", "Shell Nigeria": a company's national arm
    part = _partitive(words)
    if part:
        # "One of the men": a person of the group; "One of the officials": the state's
        kind = _kind_of(" ".join(part))
        return "person" if kind in ("group", "unknown") else kind
    if len(words) == 1 and lowered[0] in _POSSESSIVE_KINDS:
        return _POSSESSIVE_KINDS[lowered[0]]  # "Her view is that ...": whose view
    if len(words) == 1 and lowered[0] in _STANDING_QUANTIFIERS:
        # "Another said", "Many argued": people counted, as the sentence before names them
        return "person" if lowered[0] == "another" else "group"
    head = _head(words)
    if head.endswith(("year-old", "years-old", "month-old")):
        return "person"  # "the 31-year-old told reporters": a person named by age
    head_words = lowered[: lowered.index(head) + 1] if head in lowered else lowered
    if (
        "source" in lowered
        or "sources" in lowered
        # ("Business Insider", "Insider": an outlet's name, no one unnamed)
        or ("insider" in lowered and "Insider" not in words)
        or "familiar" in lowered
        # "a person briefed on the talks", "people close to the governor"
        or "briefed" in lowered
        or ("close" in lowered and "to" in lowered[lowered.index("close") :])
        or ("knowledge" in lowered and "with" in lowered)
        or (
            head in ANONYMOUS_WORDS
            and len(words) > 1
            and head not in ("people",)
            # ("the Prime Minister's Focal Person on Polio Ayesha Farooq": a title's word)
            and head.capitalize() not in words
        )
    ):
        return "anonymous"
    if "and" in lowered[1:] and COWORKERS & set(lowered[lowered.index("and", 1) + 1 :][:2]):
        return "group"  # "Bos and colleagues", "Dr. Ana Ruiz and her team"
    if head in DOCUMENT_WORDS or head in ("polls", "poll", "data") or _opens_with_a_record(lowered):
        return "document"
    if (
        any(word in MEDIA_WORDS for word in head_words)
        and head not in GOVERNMENT_WORDS
        and (head in MEDIA_WORDS or head_words[0] in MEDIA_WORDS or len(head_words) <= 3)
    ):
        return "media"
    if "," in text and _role_then_name(text):
        return "person"  # "A spokesman for the company, Derek Olsen": the person named
    if head in _SPEAKS_FOR and "for" in lowered[lowered.index(head) :]:
        # "A spokesman for the company": the body's kind ("A spokesman for the ministry")
        spoken_for = lowered.index("for", lowered.index(head)) + 1
        if spoken_for < len(words):
            kind = _kind_of(" ".join(words[spoken_for:]))
            if kind in ("organisation", "government", "media"):
                return kind
    if head in SPOKES and "for" not in lowered:
        # "A Bayer spokeswoman", "a company spokesman": the body's kind, not the state's
        before = words[1 : lowered.index(head)]
        named = [word for word in before if word[:1].isupper()]
        if "company" in lowered or (
            named
            and not any(word.lower() in GOVERNMENT_WORDS for word in before)
            # "An Israeli military spokesman": a people's name is the state's
            and not any(word.endswith(("i", "ian", "ese", "ish")) for word in named)
            and not any(
                word.lower() in GOVERNMENT_WORDS or word.lower() in STATE_NAMES for word in named
            )
            and not any(word.lower() in ("home", "foreign", "white", "state") for word in named)
        ):
            return "organisation"
    if _typed_organisation(words) and not _TITLED_PERSON.search(" ".join(words)):
        # "Campaign group Clean Air Now", "charity Save the Bay" (not "WHO Director-General
        # Tedros Adhanom": a body's title, then a name)
        return "organisation"
    position = lowered.index(head) if head in lowered else 0
    if position and lowered[position - 1].endswith(("'s", "’s", "s'")):
        # "President William Mwangi's office", "the governor's office": the body owned
        if head in GOVERNMENT_WORDS - PERSON_TITLES:
            return "government"
        if head in ORGANISATION_WORDS:
            return "organisation"
    if _TITLED_PERSON.search(" ".join(words)) or _TITLE_OF_A_BODY_THEN_NAME.fullmatch(
        " ".join(words)
    ):
        return "person"  # "Health Minister Jane Cole": a title, then a name
    if "," in text and _role_then_name(text):
        return "person"  # "The head of the agency, Sam Ortiz": a role, then the person's name
    if (
        _INITIALS_THEN_NAME.search(" ".join(words))
        and head not in ORGANISATION_WORDS
        and head not in GOVERNMENT_WORDS - PERSON_TITLES
    ):
        return "person"  # "Revenue Minister R. Ashoka", "Mr. K. Ramesh", "Justice K.S. Rao"
    if (
        head_words[-1] == head
        and words[len(head_words) - 1].islower()
        and _regular_plural(head)
        and _singular(head) in PERSON_ROLE_WORDS
        and _singular(head) not in GOVERNMENT_WORDS
    ):
        return "group"  # "Morgan Stanley analysts": people of a trade, counted
    # A person named in the span: "Security researcher Tomas Novak", "army spokesman X".
    if person_name_in(" ".join(words[: len(head_words)])) and not (
        head in ORGANISATION_WORDS or head in GOVERNMENT_WORDS - PERSON_TITLES
    ):
        return "person"
    if head in GROUP_WORDS:
        return "group"
    if len(words) <= 2 and head in STATE_NAMES and words[-1][:1].isupper():
        return "government"  # "Moscow denied the claim", "Ukraine said"
    # "Both companies", "Three ministries": bodies, counted
    single = _singular(head) if _regular_plural(head) else head
    if (
        head in GOVERNMENT_WORDS
        or single in GOVERNMENT_WORDS
        or any(
            word in ("government", "ministry", "police", "army", "military", "downing", "whitehall")
            for word in head_words
        )
    ):
        return "government"
    if head in PERSON_ROLE_WORDS or _person_by_ending(words, head):
        return "person"
    if (
        "who" in lowered[1:]
        and head in lowered[: lowered.index("who", 1)]
        and words[lowered.index(head)].islower()
    ):
        # "A referee who has worked in the league", "Farmers who lost their crops": whom
        # "who" is said of are people
        return "group" if _plural_noun(head) else "person"
    if head in _LEADS and lowered[lowered.index(head) + 1 : lowered.index(head) + 2] == ["of"]:
        return "person"  # "The head of the agency", "the boss of Tesco": who leads it
    if head in ORGANISATION_WORDS or single in ORGANISATION_WORDS:
        return "organisation"
    if lowered[0] in _OPENERS - _ARTICLES and _plural_noun(head):
        return "group"  # "Two miners who were underground", "Several residents"
    if _plural_people_noun(words, head):
        return "group"  # "Aides said", "Firefighters said", "Lawyers for the former president"
    if words[0][:1].isupper() and lowered[0] not in DETERMINERS:
        # (a determiner with a capital at a sentence's start names no body: "His agent")
        return "organisation"
    if any(word[:1].isupper() for word in words[1:]):
        return "organisation"
    return "unknown"


def _plural_people_noun(words: tuple[str, ...] | list[str], head: str) -> bool:
    """The head is a plural common noun (by the lexicon) written in small letters, or opening
    the span as a sentence's first word: people counted as a group, not a body's name."""
    written = next((word for word in words if word.lower() == head), "")
    common = written.islower() or (written is words[0] and written[1:].islower())
    if common and head.endswith("men") and len(head) > 4 and head not in _SINGULAR_MEN:
        return True  # "Fishermen", "local tradesmen", "policewomen"
    if not (common and _regular_plural(head)):
        return False
    tags = lexicon()
    # a plural the treebank knows as one, or a word for people by its ending ("paramedics",
    # "firefighters", "organisers"; not "Siemens")
    return (tags.knows(head) and tags.best(head) == "NNS") or head.endswith(_PEOPLE_ENDINGS)


_SINGULAR_MEN = frozenset("specimen abdomen regimen yemen stamen hymen".split())


def _person_by_ending(words: tuple[str, ...] | list[str], head: str) -> bool:
    """'A hydrologist', 'the physician', 'a local historian': one person named by their work,
    a small-letter noun ending as such words do (not 'a list', 'the Guardian')."""
    written = next((word for word in words if word.lower() == head), "")
    return (
        len(head) > 6
        and head.endswith(("ist", "ian"))
        and written.islower()
        and head not in ("checklist", "playlist", "shortlist", "blacklist", "watchlist")
        and words[0].lower() in ("a", "an", "the", "one", "another")
    )


_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "ics", "ees", "aides")


def _opens_with_a_record(lowered: list[str]) -> bool:
    """'Photographs taken from the plane', 'A copy of the alert log': a record named first and
    then described - not 'Research director Jane Doe' or 'Census officials'."""
    position = 1 if lowered[0] in ("the", "a", "an") else 0
    if position + 1 >= len(lowered) or lowered[position] not in DOCUMENT_WORDS:
        return False
    following = lowered[position + 1]
    return following in ("of", "from", "by", "on", "in") or following.endswith(("ed", "en", "wn"))


@functools.lru_cache(maxsize=8192)  # asked of every claimant twice (claimants, relations)
def is_anaphor(text: str) -> bool:
    """A pronoun or a short definite description without a name ("the company")."""
    words = _words(text)
    if len(words) == 1 and words[0].lower() in PRONOUN_KINDS:
        return True
    if _partitive(words) is not None:
        return True  # "One of the officials said", "The other said", "one of them added"
    # ("these people said", "this analyst said": a demonstrative points back as "the" does)
    if not words or words[0].lower() not in _DEFINITE_OPENERS or len(words) > 5:
        return False
    if any(word.lower() in PERSON_SUBJECT_PRONOUNS for word in words[2:]):
        return False  # "The porters we employ": a description with its own clause
    if len(words) == 2 and words[1].lower() in ("people", "person"):
        return True  # "according to people familiar with the matter ... the people said"
    # ("the MP", "the MEP": a role written in capitals)
    return (
        not any(word[:1].isupper() and word not in _ROLES_IN_CAPITALS for word in words[1:])
        and _head(words) not in GROUP_WORDS
    )


_DEFINITE_OPENERS = frozenset(("the", "this", "these", "those"))


_ROLES_IN_CAPITALS = frozenset(("MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "TD", "CEO"))


def _partitive(words: tuple[str, ...] | list[str]) -> list[str] | None:
    """The group a partitive speaker is one of: "One of the officials" -> ["the",
    "officials"]; "The other", "one of them" -> [] (the group just named); None otherwise."""
    lowered = [word.lower() for word in words]
    if lowered in (["the", "other"], ["one", "of", "them"], ["the", "second"], ["one"]):
        return []  # ("Allies of the chancellor said ... "...," one said": one of them)
    if (
        len(lowered) in (4, 5)
        and lowered[0] in _PARTS_OF_A_GROUP
        and lowered[1] == "of"
        and lowered[2] in ("the", "those", "these")
        and _plural_noun(lowered[-1])
    ):
        return list(words[2:])  # ("two of the people said": as "one of the people")
    return None


_PARTS_OF_A_GROUP = frozenset("one two three four five several some both".split())


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    kind: str
    text: str
    named: bool


# "a nurse at a hospital in Gaza City", "a farmer from Des Moines": a place, not a person
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|near|outside|across|into|throughout|reach|reached|reaching|"
    # "the town of Um Rakuba", "the village of Kobo Meda": a place by its kind
    r"(?:town|city|village|district|province|region|county|camp|port|island|valley|state|"
    r"capital|settlement|hamlet|suburb|municipality)\s+of)\s+$"
)
# "the Boston Globe", "The Thirsty Delta": a name after its article is no person's
ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|THE)\s+$")


def _common_word_opening(text: str, start: int, word: str) -> bool:
    """``word`` opens a sentence or a quotation and is a common word, never a name by the
    treebank ("Ask", "If", "When") - not "Mark", "Will", which it knows as names too."""
    before = text[max(0, start - 3) : start].rstrip()
    if before and before[-1] not in "\"“‘'.!?:\n":
        return False
    tags = lexicon().observed(word)
    return bool(tags) and "NNP" not in tags and "NNPS" not in tags


def _past_first_word(text: str, start: int, words: list[str]) -> tuple[int, list[str]]:
    """Where the run of ``words`` at ``start`` goes on after its first word, and the rest."""
    start += len(words[0])
    return start + len(text[start:]) - len(text[start:].lstrip()), words[1:]


_INSIDE_A_NAME = re.compile(r"[A-Z][\w'’-]*\s+(?:and|of|for|&)\s+$")


_ASKED_BY = re.compile(
    r"\b(?:[Aa]sked|[Qq]uestioned|[Pp]ressed|[Qq]uizzed|[Cc]hallenged)\s+(?:[a-z]+\s+)?by\s+"
    r"(?:(?:[A-Z][\w.'’-]*|the|a|an)\s+){0,3}$"
)
# "In a 2015 interview with Der Spiegel, she said", "Speaking to Rolling Stone in 2019, he
# said": who was spoken to, in a phrase set off by a comma before the speaker (not "aired an
# interview with Khalluf in which he said": the one interviewed)
_SPOKEN_TO = re.compile(
    r"\b(?:[Ii]nterview(?:ed)?|[Cc]onversation|[Pp]odcast|[Ss]poke|[Ss]peaking)\s+"
    r"(?:with|to|by)\s+(?:(?:[A-Z][\w.'’-]*|the|a|an)\s+){0,3}$"
)
# ", a colleague of ", ", the daughter of ", ", his partner for": before a name that serves
# only to describe the person named before the comma
_APPOSITION_OBJECT = re.compile(
    r"[A-Za-z.’'],\s+(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?(?:of|to|for|with)\s+$"
)
_THEN_A_COMMA = re.compile(r"(?:\s+(?:in|on|last|this|earlier)\b[^,.;]{0,24})?,")


def _before_possessive(text: str, end: int) -> int:
    """Where a name ends without its possessive: "Tamsin Gale's lawyer" names Tamsin Gale."""
    return end - 2 if text[end - 2 : end] in ("'s", "’s") else end


class PersonIndex:
    """Where persons are named in the article: titled names and their later surnames."""

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        self.positions: list[int] = []
        self.mentions: list[Mention] = []
        self.name_words: set[str] = set()
        found: list[Mention] = []
        for start, end in spans:
            for match in _titled_names(text, start, end):
                name = match.group("name")
                words = name.split()
                if any(word.lower() in _NOT_NAME_WORDS for word in words):
                    continue
                found.append(Mention(match.start("name"), match.end("name"), "person", name, True))
                self.name_words.update(word.lower() for word in words)
            for match in _CAPITALISED_RUN.finditer(text, start, end):
                # "Prosecutor Alison Reeve": the role word is not part of the name.
                name_start = match.start()
                name_words = match.group().split()
                while len(name_words) > 2 and name_words[0].lower() in _ROLE_PREFIXES:
                    name_start, name_words = _past_first_word(text, name_start, name_words)
                while name_words and _common_word_opening(text, name_start, name_words[0]):
                    # '"Ask Okafor to come," he said', '"If Mark wants to go"': a sentence's
                    # capitalised first word is no part of a name
                    name_start, name_words = _past_first_word(text, name_start, name_words)
                if len(name_words) < 2:
                    continue
                role_end = _role_before_a_name(name_words)
                for _ in range((role_end + 1) if role_end is not None else 0):
                    # "Environment Secretary Tom Hale": the name after the role's last word
                    name_start, name_words = _past_first_word(text, name_start, name_words)
                if (
                    all(word.lower() not in _NOT_NAME_WORDS for word in name_words)
                    and not _PLACE_BEFORE.search(text, max(0, name_start - 24), name_start)
                    # "the Boston Globe", "the Red Cross": a person's name takes no article
                    and not ARTICLE_BEFORE.search(text, max(0, name_start - 4), name_start)
                    # "Department of Health and Social Care": the end of a body's name
                    and not _INSIDE_A_NAME.search(text, max(0, name_start - 30), name_start)
                ):
                    name_end = _before_possessive(text, match.end())
                    name = text[name_start:name_end]
                    found.append(Mention(name_start, name_end, "person", name, True))
                    self.name_words.update(word.lower() for word in name.split())
        for start, end in spans:
            for match in _CAPITALISED_WORD.finditer(text, start, end):
                if match.group().lower() in self.name_words:
                    name_end = _before_possessive(text, match.end())
                    found.append(
                        Mention(
                            match.start(), name_end, "person", text[match.start() : name_end], True
                        )
                    )
        found.sort(key=lambda mention: (mention.start, -mention.end))
        last_end = -1
        for mention in found:
            if mention.start < last_end:
                continue  # a surname inside a full name already indexed
            self.mentions.append(mention)
            self.positions.append(mention.start)
            last_end = mention.end
        # "Asked by Representative Jane Moss whether ..., he said", "in an interview with
        # Le Monde, she said": who asks is not who answers
        self.questioners = {
            mention.start
            for mention in self.mentions
            if _ASKED_BY.search(text, max(0, mention.start - 40), mention.start)
            or (
                _SPOKEN_TO.search(text, max(0, mention.start - 40), mention.start)
                and _THEN_A_COMMA.match(text, mention.end)
            )
        }
        # "Renzo Alvarez, a colleague of Frida Moreno for twenty years, praised it. He said":
        # a name inside the apposition that describes the subject is no likelier a "he"
        self.described_by = {
            mention.start
            for mention in self.mentions
            if _APPOSITION_OBJECT.search(text, max(0, mention.start - 50), mention.start)
        }

    def nearest_before(self, position: int, window: int) -> Mention | None:
        return next(self.before(position, window), None)

    def before(self, position: int, window: int) -> Iterator[Mention]:
        """The persons named within ``window`` characters before ``position``, nearest first
        (those asking the questions left out)."""
        index = bisect.bisect_left(self.positions, position) - 1
        while index >= 0 and position - self.mentions[index].end <= window:
            if self.positions[index] not in self.questioners:
                yield self.mentions[index]
            index -= 1


# Persons named together by one noun: "they" after "the family said"
_KIN_TOGETHER = frozenset("family families parents relatives couple siblings children".split())


_PARTIES_TO_A_CASE = frozenset(
    "prosecution prosecutors prosecutor defence defense claimant claimants plaintiff "
    "plaintiffs".split()
)
_HEARING_BODIES = frozenset("court jury inquest tribunal coroner's magistrates".split())


def fits(anaphor: str, candidate: Mention) -> bool:
    pronoun, head, kind = _anaphor_profile(anaphor)
    if pronoun:
        if pronoun in ("he", "she"):
            if _head_of(candidate.text) in SPOKES:
                return True  # "A spokesman for the company said ... He said": a person
            return candidate.kind in ("person",) or (
                candidate.kind in ("government", "anonymous")
                and not _plural(candidate.text)
                # "the watchdog", "the Ministry of Health": a body, not a person in a role
                # ("A Department of Health spokesman" is one)
                and not _names_a_body(candidate.text)
            )
        if pronoun == "they":
            return (
                candidate.kind in ("group", "organisation", "government", "media", "anonymous")
                or unnamed_one(candidate.text)
                # "Mr Ashdown's family", "her parents": people together
                or (candidate.kind == "person" and _head_of(candidate.text) in _KIN_TOGETHER)
            )
        return candidate.kind in ("organisation", "government", "media", "document")
    candidate_words = _lowered_words(candidate.text)
    if head in _PARTIES_TO_A_CASE and not _HEARING_BODIES.isdisjoint(candidate_words):
        return False  # "the prosecution" is not "Leeds crown court": a party, not the court
    if head in BODY_TYPES and candidate.kind == "person":
        return False  # "the council" is not "Council leader Derek Hollis"
    if head in BODY_TYPES and _head_of(candidate.text) in SPOKES and head not in candidate_words:
        return False  # "the company" is not "A CA spokesperson" (another body's voice)
    if head in candidate_words:
        if candidate.kind == "document" and kind != "document":
            return False  # "The hospital denied ..." is not "internal hospital emails"
        body_words = [word for word in _words(candidate.text) if word.lower() in BODY_TYPES]
        if head in BODY_TYPES and body_words and body_words[-1].lower() != head:
            # "the university" is not "the University and College Union": a union, named
            # by what it organises
            return False
        if _object_in(head, _words(candidate.text)):
            return False  # "the company" is not "People close to the company"
        if _what_the_body_is_for(head, _words(candidate.text)):
            return False  # "the police" is not "Citizens for Police Accountability"
        # "the ministry" is "the Ministry of Health", not "a ministry official"
        candidate_head = _head_of(candidate.text)
        if _modifiers(anaphor) - candidate_words:
            return False  # "the statistics office" is not "the mayor's office"
        return candidate_head == head or candidate_head not in _SPEAKER_HEADS
    if head in _ROLE_HEADS and head not in BODY_TYPES:
        return False  # "the mayor" is a person in that role, not "the Justice Department"
    if (
        head in _PUBLIC_BODY_ANAPHORS
        and candidate.named
        and candidate.kind in ("government", "organisation")
        and not (
            _REGULATOR_HEADS if head in ("regulator", "watchdog") else _PUBLIC_BODY_HEADS
        ).isdisjoint(candidate_words)
        and not _modifiers(anaphor) - candidate_words
    ):
        return True  # "the agency" after "the World Food Programme" or "the Consumer
        # Product Safety Commission"; "the regulator" after "the Financial Conduct Authority"
    if head in BODY_TYPES and not BODY_TYPES.isdisjoint(candidate_words):
        return False  # "the company" is not "the FNV trade union"
    if head in _NOT_A_BUSINESS and not COMPANY_NAME_WORDS.isdisjoint(candidate_words):
        return False  # "the union" is not "Redline Rail", "the council" not "Anglia Water"
    if head in BUSINESS_ANAPHORS and (
        not _NOT_A_BUSINESS.isdisjoint(candidate_words) or candidate.kind == "government"
    ):
        return False  # "the company" is not "Fraser Basin Watch", nor "The FDA"
    if not _plural(anaphor) and _plural_people(candidate.text):
        return False  # "the interior ministry" is not "Opposition lawmakers"
    if _possessor(anaphor):
        return False  # "the teachers' union" is whose it says, not any union named before
    if _described_otherwise(anaphor, candidate_words):
        return False  # "the state meteorological service" is not the medical association
    # (a document is named by its own noun: "the census" is not "an AFP tally"; "the union"
    # is not "One large shareholder", a count of people capitalised as the sentence opens)
    return (
        kind not in ("unknown", "document")
        and kind == candidate.kind
        and candidate.named
        and candidate.text.split(None, 1)[0].lower() not in _COUNTS_OF_PEOPLE
    )


_COUNTS_OF_PEOPLE = frozenset(
    "one two three four five six seven eight nine ten dozens hundreds thousands".split()
)


def _what_the_body_is_for(head: str, words: tuple[str, ...]) -> bool:
    """``head`` names what a body's name says it stands for or against ("Citizens for Police
    Accountability", "Campaign Against Water Charges"), not the body."""
    lowered = [word.lower() for word in words]
    position = lowered.index(head) if head in lowered else -1
    return position > 0 and lowered[position - 1] in ("for", "against", "on", "over", "about")


def _object_in(head: str, words: tuple[str, ...]) -> bool:
    """Is ``head`` only what the span's people stand in some relation to ("People close to
    the company", "Analysts who follow the company", "a source at the bank"), not what the
    span names ("the Ministry of Health")?"""
    lowered = [word.lower() for word in words]
    if lowered.count(head) != 1:
        return False
    position = lowered.index(head)
    return (
        position >= 3
        and lowered[position - 1] in ("the", "its", "their")
        and lowered[position - 2] in _RELATING_WORDS
    )


# what links people to a body they are not: "close to", "at", "who follow", "familiar with"
_RELATING_WORDS = frozenset(
    "to at with near inside within from for follow follows covering cover advising advise "
    # ("Two employees of the ministry": its people, not the ministry)
    "of".split()
)


def _described_otherwise(anaphor: str, candidate_words: frozenset[str]) -> bool:
    """A description whose own common words ("the ferry operator", "the state seismology
    institute") are not in the name it might stand for; a nationality or a place ("the
    German carmaker") says nothing against it."""
    words = _words(anaphor)
    lowered = [word.lower() for word in words]
    head = _head(lowered)
    if head not in lowered:
        return False
    stems = {word.removesuffix("s") for word in candidate_words}
    return any(
        word.islower()
        and word.isalpha()
        and word not in _OPENERS
        and word.removesuffix("s") not in stems
        for word in words[: lowered.index(head)]
    )


# "the agency", "the body", "the regulator": a public body named before by its own kind of
# name - for "the regulator" and "the watchdog", one that oversees ("the Financial Conduct
# Authority", "the Food and Drug Administration"; not the World Health Organization)
_PUBLIC_BODY_ANAPHORS = frozenset("agency body regulator watchdog".split())
_REGULATOR_HEADS = frozenset(
    "authority commission regulator watchdog office board administration inspectorate "
    "ombudsman directorate".split()
)
_PUBLIC_BODY_HEADS = frozenset(
    "agency commission organization organisation programme program administration authority "
    "office bureau service board institute fund directorate regulator watchdog".split()
)


@functools.lru_cache(maxsize=4096)
def unnamed_one(text: str) -> bool:
    """'One senior sector figure', 'a crew member': one person left unnamed, whom the text
    may call "they"."""
    words = _words(text)
    return (
        len(words) >= 2
        and words[0].lower() in ("one", "a", "an")
        and not person_name_in(text)
        and not _plural(text)
    )


@functools.lru_cache(maxsize=4096)
def _possessor(anaphor: str) -> bool:
    """A description that names whose body it is: "the teachers' union", "the farmers'
    association", "the governor's office"."""
    words = _words(anaphor)
    return any(word.endswith(("'", "’", "'s", "’s")) for word in words[:-1])


@functools.lru_cache(maxsize=4096)
def _names_a_body(text: str) -> bool:
    """'the watchdog', 'The Ministry of Health' - not 'A Department of Health spokesman'."""
    words = _words(text)
    if not words:
        return False
    last = words[-1]
    return last.lower() in BODY_TYPES or (
        _head(words) in BODY_TYPES and last[:1].isupper() and len(words) > 1
    )


@functools.lru_cache(maxsize=4096)
def _modifiers(anaphor: str) -> frozenset[str]:
    """The words of a definite description before its head: "statistics" in "the statistics
    office" ("the" and other openers left out)."""
    words = [word.lower() for word in _words(anaphor)]
    head = _head(words)
    before = words[: words.index(head)] if head in words else []
    # "the governor's office": the governor's, whoever else has an office
    # ("the nurses' union": the nurses', not the teachers')
    before = [word.removesuffix("'s").removesuffix("’s").rstrip("'’") for word in before]
    return frozenset(word for word in before if word not in _OPENERS and word.isalpha())


def speaks_in_a_role(text: str) -> bool:
    """A speaker named by a role, not a name: "The mayor", "A department official", "The
    Taoiseach" - whom a "he" or "she" after it stands for as much as a name."""
    return _head_of(text) in _SPEAKER_HEADS and not person_name_in(text)


def _plural_people(text: str) -> bool:
    """The span's head is a plural common noun ("Opposition lawmakers", "Two miners"), not a
    name that ends in s ("Kessler Chemicals")."""
    words = _words(text)
    if not words:
        return False
    head = _head(words)
    written = next((word for word in reversed(words) if word.lower() == head), "")
    # (a plural opening the span is capitalised as the sentence's first word: "Officials in
    # Canberra")
    common = written.islower() or (
        (len(words) == 1 or written == words[0]) and written[1:].islower()
    )
    if not (common and _plural_noun(head)):
        return False
    tags = lexicon()
    if tags.knows(head):
        return tags.best(head) == "NNS"
    # a plural the treebank never saw, of people by its ending ("Plaintiffs", "Homeowners",
    # "Claimants", "Shareholders"; not a surname that ends so, "Myers", "Waters")
    return head.endswith(("iffs", "ants", "ents", "owners", "holders", "ees"))


# Kinds of body a definite description names: "the company" refers back to a body named
# without one of these ("Kessler Chemicals"), never to one named with another ("the union").
BODY_TYPES = frozenset(
    "company firm union council ministry department agency party campaign committee board "
    "court hospital school university police army government office commission "
    "authority regulator watchdog charity federation institute consortium association "
    "foundation bank league club airline alliance coalition institution organization "
    "organisation trust utility operator corporation cooperative network".split()
)
# The bodies "the company" can stand for are businesses: not a body whose name says it is
# something else ("Fraser Basin Watch", "the Victorian Farmers Federation", "Unite the Union")
BUSINESS_ANAPHORS = frozenset("company firm operator utility corporation".split())
_NOT_A_BUSINESS = frozenset(
    "watch federation union association council ministry department agency party committee "
    "commission charity foundation coalition alliance institute court police army government "
    "campaign league board authority regulator trust network society".split()
)


# fits() is asked of every anaphor against each recent claimant: the same few strings ("he",
# "the company", "Brian Hess") again and again, so what it needs of a string is cached.
@functools.lru_cache(maxsize=4096)
def _anaphor_profile(anaphor: str) -> tuple[str, str, str]:
    """(the pronoun, or ""; the head noun; the claimant kind) of an anaphor."""
    words = _words(anaphor)
    lowered = words[0].lower() if words else ""
    if len(words) == 1 and lowered in PRONOUN_KINDS:
        return lowered, "", ""
    part = _partitive(words)
    if part is not None:
        # one of a group named before: "One of the officials" is of "Two senior officials"
        return ("they", "", "") if not part else ("", _head(part), claimant_kind(" ".join(part)))
    return "", _head(words), claimant_kind(anaphor)


@functools.lru_cache(maxsize=4096)
def _lowered_words(text: str) -> frozenset[str]:
    # ("the nurses' union": "nurses", as _modifiers reads it)
    return frozenset(word.lower().rstrip("'’") for word in _words(text))


def _plural_noun(word: str) -> bool:
    """'miners', 'residents', 'people', 'men': a plural (of people, said of a speaker)."""
    return _regular_plural(word) or word in _IRREGULAR_PLURALS


_IRREGULAR_PLURALS = words("people men women children police staff crew")


def _singular(word: str) -> str:
    """'companies' -> 'company', 'churches' -> 'church', 'banks' -> 'bank'."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word[:-1]


def _regular_plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss")


@functools.lru_cache(maxsize=4096)
def _plural(text: str) -> bool:
    return _regular_plural(_head_of(text))
