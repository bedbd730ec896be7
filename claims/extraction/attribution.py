"""Find the claims in each sentence and who made them.

For every sentence this decides what was asserted (the content span), by whom (the claimant
span) and how (the cue). It works on tokens of one sentence at a time, plus the quotation
marks of the paragraph, so its cost is linear in the length of the article.

Forms handled (X = claimant, Y = content):
  X said (that) Y            X told Z (that) Y           X, a spokesman, said Y
  Y, X said [adjuncts]       Y, said X[, apposition]     Y1, X said, Y2 (whole sentence)
  According to X, Y          Y, according to X
  "Y," X said. "Y2."         X said: "Y"                 "Y" (a quote continuing X's)
  X denied / rejected / accused ... (the whole sentence is the claim)
  X put the number of N at M; It was reported that Y
  ..., saying / adding (that) Y2;  X said Y and (also) said / insisted that Y2
Anything else is the reporter's own claim: the sentence, without its final full stop.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from .claimants import claimant_kind, is_plural_of_speakers, speaks_in_a_role
from .flags import UNVERIFIED, has_statistic
from .lexicon import (
    ADJECTIVE_CUES,
    AMBIGUOUS_NOUN_FORMS,
    AUXILIARIES,
    CALLED_FALSE_CUES,
    CLAIM_NOUNS,
    COWORKERS,
    CUE_VERBS,
    DETERMINERS,
    DOCUMENT_WORDS,
    FIGURE_ONLY_CUES,
    FORECASTERS,
    FORECASTERS_ONLY_FORMS,
    GOVERNMENT_WORDS,
    GROUP_WORDS,
    IRREGULAR_FORMS,
    JUDGED_ACCOUNT,
    MEDIA_WORDS,
    MODALS_BEFORE_BASE_FORM,
    MONTHS,
    NEGATORS,
    NUMBER_WORD_VALUES,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    ORGANISATION_WORDS,
    PARTICIPLE_CUES,
    PARTY_LABELS,
    PARTY_NAMES,
    PASSIVE_AUXILIARIES,
    PERSON_ROLE_WORDS,
    PERSON_SUBJECT_PRONOUNS,
    PERSON_TITLES,
    PHRASAL_CUES,
    PREPOSITIONS,
    RELATIVE_STOPS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TAG_ONLY_CUES,
    THAT_ONLY_CUES,
    TIME_UNITS,
    TITLE_ABBREVIATIONS,
    TITLE_SMALL_WORDS,
    UNCHANGED_PAST_FORMS,
    US_STATE_ABBREVIATIONS,
    WEEKDAYS,
    CueVerb,
    words,
)
from .pos import (
    NOUN_PHRASE_OPENERS,
    VERB_FORM_TAGS,
    can_be_finite_verb,
    can_be_noun,
    is_finite_verb_first,
    lexicon,
    third_person_verb,
)
from .sentences import Sentence
from .tokens import SENTENCE_HINTS, Token, WordMemo, contains_any, has_case_traps, tokenize

_PUNCT_STOPS = frozenset(',;:()[]"“”‘’—–')
_LEADING_CONNECTIVES = words(
    "but and or so yet meanwhile also then however still later earlier separately afterwards"
)
# Conjunctions that open a clause of its own after a comma ("..., and X, a spokesman, said")
_CLAUSE_JOINERS = words("and but while whereas although though")
# Adverbs between an apposition's closing comma and the verb: "X, a firm, also put ...".
# (and a contrast or a turn: "X, a critic of the plan, nonetheless / however / meanwhile said")
_DISCOURSE_ADVERBS = words("nonetheless nevertheless however meanwhile though")
_APPOSITION_ADVERBS = (
    words("also later separately independently once previously still now") | _DISCOURSE_ADVERBS
)
_TIME_WORDS = (
    WEEKDAYS
    | frozenset(MONTHS)
    | words(
        "morning evening afternoon night week month year today yesterday tonight weekend recently "
        # ('"...," he told journalists later': when, not what was told)
        "later afterwards then"
    )
)
_MODALS = words("should could may might must can shall")
_TIME_LEADERS = words("on last this late early earlier later next in at")
# "the next morning", "the following day", "the same week": a day told from another
_RELATIVE_DAYS = words("next following previous same")
_PARTS_OF_TIME = words("morning afternoon evening night day week weekend month year")
# Adjunct openers that can also modify a noun ("early estimates", "last year's figures")
_TIME_MODIFIERS = words("last this late early next")
# the participles of forecasting, read as "had expected" after a progressive's auxiliary
_FORECAST_PARTICIPLES = words("expecting forecasting projecting predicting anticipating")
# what is counted without a determiner before it: "put turnout at", "put deaths at 185"
_COUNTED_BARE = words(
    "turnout inflation unemployment growth losses damage occupancy attendance participation "
    "enrolment enrollment production output casualties deaths fatalities injuries arrests "
    "infections cases sales revenue revenues profit profits exports imports spending costs "
    "turnover ridership membership subscribers emissions"
)
_QUANTITY_TARGETS = _COUNTED_BARE | words(
    "number toll figure figures count total cost tally size spill magnitude loss bill "
    "shortfall deficit quake earthquake tremor increase rise reduction decline drop rate price "
    "value"
)
_OUTLET_NOUNS = words(
    "television tv newspaper channel radio news agency daily programme program show podcast "
    "bulletin broadcast magazine station"
)
_SEEMING = words("appear appears appeared seem seems seemed purport purports purported")
_PRONOMINAL_QUANTIFIERS = words("some others many most several few both all another")
# Verbs after which the speaker can follow: "..., said X", "..., added the minister".
_INVERTIBLE = words(
    "say add insist note explain write warn claim argue recall remember observe contend assert "
    # ("Margins will recover, predicted Ana Ruiz, an analyst at Jefferies")
    "maintain predict estimate forecast"
)
_APPROXIMATORS = words("over under about around nearly almost roughly some below above")
_FRACTION_WORDS = words("half third quarter fifth tenth one-third two-thirds three-quarters dozen")
_QUANTITY_OPENERS = frozenset(
    {
        ("at", "least"),
        ("at", "most"),
        ("up", "to"),
        ("more", "than"),
        ("over", "the"),
        ("fewer", "than"),
        ("less", "than"),
        ("in", "excess"),
        # "said as many as 40 people had died", "as much as 60 percent"
        ("as", "many"),
        ("as", "much"),
        ("as", "few"),
        ("as", "little"),
        ("as", "high"),
    }
)
# A finite verb inside "said the work was": a clause, not an inverted speaker.
_CLAUSE_VERBS = PASSIVE_AUXILIARIES | AUXILIARIES - words("also later earlier previously again")
_QUOTE_MARK = re.compile('["“”‘]')
_CLOSE_QUOTES = '"”’'
_OPEN_QUOTES = '"“‘'
# "per the latest census", "per a court filing" (not "per cent", "per person"); "As per the
# health department, 9 remain critical", "as per official data", "as per Reuters," (the same in
# the English of South Asia and West Africa; not "as per usual")
_PER = (
    r"(?:(?:(?<=, )|\b[Aa]s )per"
    r"(?=\s+(?:(?:the|a|an|its|their|his|her|one|two|three|several)\s|official\b|"
    r"[A-Z][\w'’-]*(?:[\s,.;]|$)))"
    # "Per the filing, Y", "Per court records, Y" opening the sentence (not "Per Nilsson", a
    # name: no capital after it)
    r"|(?<![\w,] )(?<![\w-])Per(?=\s+[a-z][\w'’-]*\s[^,]{0,60},))"
)
_PER_SOURCE = re.compile(_PER)
# "..., based on records of the procurement system": the records a claim rests on, as after
# "according to" (not "based on his experience": only a record of something)
_BASED_ON_RECORDS = (
    r"(?<=, )based\s+on(?=\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:official\s+|latest\s+|"
    r"government\s+|public\s+)?(?:records?|data|figures|documents|statistics|estimates|analysis|"
    r"review|tally|count)\s+(?:of|from|by|compiled|released|published|kept)\b)"
)
_BASED_ON = re.compile(_BASED_ON_RECORDS)
_ACCORDING_TO = re.compile(r"\b(?i:according to)\b|" + _PER + "|" + _BASED_ON_RECORDS)
_PASSIVE_THAT = re.compile(
    r"\b(?:it|this)\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+)?"
    r"(?P<cue>reported|said|claimed|alleged|believed|estimated|thought|understood|feared|"
    # "It was gathered that", "It is learnt that": how the Nigerian and Indian press say
    # "it is understood"
    r"rumou?red|suggested|expected|gathered|learnt|learned)"
    # "It was reported on state television that", "It was reported last year that": where or
    # when (a medium or an agent named there is the source)
    r"(?:\s+(?P<setting>(?:by|on|in)\s+[^,;\"“]{2,50}?|(?:last|earlier|this)\s+[a-z]+|"
    r"yesterday|on\s+[A-Z][a-z]+day))?\s+"
    # "It is understood the council has ...": "that" left out before a subject
    r"(?:that\s+|(?:(?<=understood )|(?<=believed )|(?<=thought ))"
    r"(?=(?:the|a|an|its|his|her|their|he|she|they|those|these|this|some|most|both|about|"
    r"around|up|more|at|over|nearly|almost|\d[\d,.]*|(?-i:[A-Z])[\w'’-]*)\s))",
    re.IGNORECASE,
)
# A reporter's own account, closing the sentence: ", an AFP journalist saw.", ", a Reuters
# photographer at the scene witnessed."
_WITNESSING_HINTS = (" saw", " witnessed", " observed")
_REPORTER_SAW = re.compile(
    r",\s+(?P<source>(?:an?|the|one)\s+(?:[A-Z][\w.&'’-]*\s+){0,3}(?:journalist|reporter|"
    r"correspondent|photographer|cameraman|camerawoman|videographer|team)s?"
    r"(?:\s+(?:at|in|on)\s+the\s+scene)?)\s+(?P<cue>saw|witnessed|observed)\s*[.!]?$"
)
_SAW = CueVerb("see", "show", "tail")
# ... opening it: "AFP journalists saw rescuers pull two children from the rubble"
_REPORTER_SAW_OPENING = re.compile(
    r"(?P<source>(?:(?:an?|the|one|two|three)\s+)?(?:[A-Z][\w.&'’-]*\s+){1,3}(?:journalist|"
    r"reporter|correspondent|photographer|cameraman|camerawoman|videographer|team)s?"
    r"(?:\s+(?:at|in|on)\s+the\s+scene)?)\s+(?P<cue>saw|witnessed|observed)\s+(?=[a-z\d])"
)
# ... closing the sentence: "About nine staff will lose their jobs, it is understood."
_PASSIVE_CLOSING = re.compile(
    r",\s+(?:it\s+is|it\s+was|it\s+has\s+been)\s+(?P<cue>understood|believed|thought|reported|"
    r"claimed|alleged)\s*[.!]?[\s\"”’']*$",
    re.IGNORECASE,
)
# (", at the time, that", "in 2019 that": where or when it was said, before its "that")
_SAID_WHEN = r"(?:(?:at|in|on|during|after|before|last|this)\b[^,;:\"“”]{1,30}?\s+that\s+)?"
_QUOTED_AS_SAYING = re.compile(
    r"\b(?:was|were|is|are)\s+(?:also\s+)?(?P<cue>quoted|cited)\s+"
    # ("quoted by the paper as saying", "quoted in the release as saying": who quoted)
    r"(?:(?:by|in)\s+[^,]{1,60}?\s+)?"
    r"as\s+(?:saying\s+|"
    # "was quoted by the network as telling associates that": the one quoted, and to whom
    r"telling\s+(?:(?:the|his|her|their|its|a|an)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?=that\b))"
    # "was quoted as saying by La Stampa on Sunday that": the medium that quoted
    r"(?:by\s+[^,;:\"“”]{1,60}?\s+(?=(?:that|on|in|at|last|this)\b))?"
    + _SAID_WHEN
    + r"(?:that\s+)?",
    re.IGNORECASE,
)
# '"We will not raise taxes," the premier was quoted as saying (by the Corriere).': a tag
_QUOTED_AS_SAYING_TAG = re.compile(
    r"[\s,]*(?P<source>[^,;:\"“”]{2,60}?)\s+(?:was|were|is|are)\s+(?:also\s+)?"
    r"(?P<cue>quoted|cited)\s+as\s+(?:saying|telling\s+[^,;:\"“”]{2,60}?)\b"
    r"(?:\s+(?:by|in|on)\s+[^,;:\"“”]{2,60}?)?"
    # ('"...," analyst Jeff Kagan was quoted as telling the Los Angeles Times.')
    r"[\s.,]*$",
    re.IGNORECASE,
)
# '"We are ready," the state news agency quoted the defence minister as saying.': a tag whose
# speaker is the one quoted
_QUOTED_HIM_AS_SAYING_TAG = re.compile(
    r"[\s,]*(?:[^,;:\"“”]{2,60}?)\s+(?P<cue>quoted|quotes|cited|cites)\s+"
    r"(?P<source>(?!as\b)[^,;:\"“”]{2,80}?)\s+as\s+saying\b"
    r"(?:\s+(?:on|in|at|late|early|last|this)\b[^,;:\"“”]{0,40}?)?[\s.,]*$",
)
_QUOTED_HIM_AS_SAYING = re.compile(
    r"\b(?P<cue>quoted|quotes|quoting|cited|cites|citing)\s+"
    # (not where or by whom a passive's subject was quoted: "was quoted in the release as")
    r"(?P<source>(?!as\b|by\b|in\b|on\b)[^,;:\"“”]{2,80}?"
    # "quoted Ali Rezaei, the head of the judiciary, as saying": the name and its apposition
    r"(?:,\s+(?:the|a|an|its|his|her)\s+[^,;:\"“”]{2,60}(?=,))?"
    # "quoted the port director, Ahmed Saleh, as saying": the role and its name
    r"(?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?=,))?),?"
    r"\s+as\s+saying\s+" + _SAID_WHEN + r"(?:that\s+)?",
)
_QUOTED_AS_SAYING_COLON = re.compile(
    r"\b(?P<cue>quoted|quotes|cited|cites)\s+(?P<source>(?!as\b|by\b)[^,;:\"“”]{2,80}?)"
    r"\s+as\s+(?:saying|telling\s+[^,;:\"“”]{2,40}?)\s*:\s*[\"“]?\s*$"
)
_PUT_AT = re.compile(
    r"\b(?P<cue>put|puts|putting|placed|places|pegged|pegs|estimated|estimates|measured|measures)\s+(?:(?:(?:the|its|their|"
    # ("put Smith's share at 48%": a name's possessive for the determiner)
    r"this|that|these|those|[A-Z][\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?|"
    # no determiner: "put turnout at", "put annual inflation at", "put economic growth at"
    r"(?:[a-z][\w-]*\s+){0,2}?(?=(?:" + "|".join(sorted(_COUNTED_BARE)) + r")\b))"
    r"(?P<noun>" + "|".join(sorted(_QUANTITY_TARGETS)) + r")\b[^.;]{0,80}?|(?:it|them)\s+|"
    # "put the underlying fall at between 180,000 and 220,000": any short noun phrase
    r"(?:the|its|their|[A-Z][\w-]+['’]s)\s+(?:[\w'’-]+\s+){1,4}?)"
    # ("put the number closer to 900", "put the toll nearer 40": the figure without "at")
    r"\b(?:(?:at|nearer|near|as\s+(?:high|low|many)\s+as)\s+|(?=closer?\s+to\s))[\"“]?"
    # (two at most: "just over 2,000", "well above 40", "slightly more than 300")
    r"(?:(?:closer\s+to|close\s+to|roughly|about|around|some|more\s+than|nearly|almost|only|"
    r"just|well|slightly|least|up\s+to|under|below|over|above|less\s+than|fewer\s+than|"
    r"between|a\s+magnitude\s+of|magnitude)\s+){0,2}(?:(?:Rs\.?|INR|USD|Ksh)\s?)?(?:[$£€₹]?\d|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|twenty|thirty|forty|fifty|a\s+hundred|hundreds|a\s+dozen|dozens)\b)",
    re.IGNORECASE,
)


# "The judges' union puts the average caseload even higher": another's figure raised or
# lowered, without a figure of its own
_PUT_HIGHER = re.compile(
    r"\b(?P<cue>put|puts|placed|places)\s+(?:the|its|their|[A-Z][\w-]+['’]s)\s+(?:[\w'’-]+\s+)"
    r"{0,3}?(?:"
    + "|".join(sorted(_QUANTITY_TARGETS | {"caseload", "caseloads", "backlog", "losses"}))
    + r")\s+(?:(?:even|much|far|considerably|significantly|substantially|slightly|still|"
    r"somewhat)\s+)?(?:higher|lower)\b",
    re.IGNORECASE,
)
# "put the number closer to 900", "put the toll nearer 70": _PUT_AT without its "at"
_NEAR_A_FIGURE = re.compile(r"\b(?:closer?\s+to|nearer|near|as\s+(?:high|low|many)\s+as)\s")


# "puts Labour on 25 per cent", "put the Conservatives on 31%": a poll's share for a party
_PUTS_ON = re.compile(
    r"\b(?P<cue>put|puts|putting)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}on\s+"
    r"(?:about\s+|around\s+|just\s+|only\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)"
)


@dataclass(slots=True)
class Attribution:
    content: tuple[int, int]
    source: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    cue_verb: CueVerb | None = None
    form: str = "unattributed"
    is_quote: bool = False
    # A pronoun claimant written outside the sentence (the quote's speaker) still counts.
    inherited_source: bool = False
    # For a quotation: which quotation of the paragraph it is, and the position (within the
    # paragraph's sentences) of the last sentence it runs into.
    quote_index: int | None = None
    last_position: int | None = None


@dataclass(slots=True)
class _Tag:
    source: tuple[int, int] | None
    cue: tuple[int, int]
    cue_verb: CueVerb


# --------------------------------------------------------------------------------------------
# Quotation marks


# 'said on NBC's "Meet the Press."', 'in an interview with CNN's "State of the Union"', 'told
# the "Today" show': where it was said, a programme's title in quotation marks
_BEFORE_A_PROGRAMME = re.compile(
    r"(?:\b(?:on|in|to|with|during|told)\s+(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*['’]s?|"
    r"\b(?:on|to|during|told)(?:\s+the)?)\s*$"
)


def _names_a_programme(text: str, open_at: int, close_at: int) -> bool:
    """The quotation at [open_at, close_at] is a programme's title after "on NBC's", "on",
    "to the": a few words, each capitalised (but the small words of a title)."""
    inside = text[open_at + 1 : close_at].strip(" .,")
    words_inside = inside.split()
    if not 1 <= len(words_inside) <= 6 or not words_inside[0][:1].isupper():
        return False
    if not all(
        word[:1].isupper() or word in TITLE_SMALL_WORDS or not word[:1].isalpha()
        for word in words_inside
    ):
        return False
    return _BEFORE_A_PROGRAMME.search(text, max(0, open_at - 40), open_at) is not None


def _programme_title_end(tokens: list[Token], mark: int) -> int | None:
    """After the quotation mark at ``mark``: one to four capitalised words (and a title's
    small words), then the closing mark - the position after it, or None."""
    position = mark + 1
    while position < len(tokens) and tokens[position].is_word:
        if not (tokens[position].is_capitalised or tokens[position].lower in TITLE_SMALL_WORDS):
            return None
        position += 1
    if not 1 <= position - mark - 1 <= 4 or position >= len(tokens):
        return None
    return position + 1 if tokens[position].text in _QUOTE_MARKS else None


_QUOTED_MODIFIER = re.compile(r"(?:^|\s)(?:an?|the|its|his|her|their|our)\s$", re.IGNORECASE)
_LOWER_WORD_AFTER = re.compile(r"\s[a-z][a-z-]+\b")


def _a_quoted_modifier(text: str, open_at: int, close_at: int) -> bool:
    """'has a "hold" rating on the stock', 'the "buy" call': one or two words in quotation
    marks between a determiner and their noun - a label, no quotation of anyone's words."""
    inside = text[open_at + 1 : close_at]
    return (
        close_at < len(text)
        and 0 < len(inside.split()) <= 2
        and _QUOTED_MODIFIER.search(text, max(0, open_at - 6), open_at) is not None
        and _LOWER_WORD_AFTER.match(text, close_at + 1) is not None
    )


def find_quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted stretches of a paragraph as (opening mark, closing mark or paragraph end).

    Straight double quotes toggle; curly ones say which way they face. An unclosed quote runs
    to the paragraph end (news style: the quote goes on in the next paragraph).
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for mark in _QUOTE_MARK.finditer(text, start, end):
        index = mark.start()
        char = mark.group()
        if not spans and open_at is None and _closes_a_continued_quote(text, index, start, end):
            # The paragraph goes on with a quotation opened in the paragraph before, the
            # continuation's opening mark left out: 'coach said, "We learned a lot.' then
            # 'It was a very emotional day."'
            spans.append((start, index))
            continue
        if char == "“" or (char == '"' and open_at is None):
            if open_at is None:
                open_at = index
        elif char == "”" or char == '"':
            if open_at is not None:
                spans.append((open_at, index))
                open_at = None
        elif char == "‘" and open_at is None:
            previous = text[index - 1] if index > start else " "
            if previous.isspace() or previous in "([—–-":
                close = _closing_single_quote(text, index + 1, end)
                if close is not None:
                    spans.append((index, close))
    if open_at is not None:
        spans.append((open_at, end))
    spans.sort()
    return spans


def _closes_a_continued_quote(text: str, index: int, start: int, end: int) -> bool:
    """The paragraph's first quote mark closes a quotation: a word or a full stop right before
    it, nothing but punctuation and space after it, and more than two words before it."""
    char = text[index]
    if char not in '"”' or index - start < 10:
        return False
    before = text[index - 1]
    after = text[index + 1] if index + 1 < end else " "
    if before.isspace() or not (after.isspace() or after in ".,;:!?)"):
        return False
    return char == "”" or len(text[start:index].split()) > 2


def _closing_single_quote(text: str, start: int, end: int) -> int | None:
    for index in range(start, min(end, start + 600)):
        if text[index] == "’":
            following = text[index + 1] if index + 1 < end else " "
            if not following.isalnum():
                return index
    return None


# --------------------------------------------------------------------------------------------
# Noun phrases around a cue


def _is_time_token(token: Token) -> bool:
    return token.lower in _TIME_WORDS


def _is_ly_adverb(word: str) -> bool:
    """'repeatedly', 'publicly' - not 'family', 'assembly', 'supply' (nouns the lexicon knows
    with no adverb reading)."""
    if len(word) <= 3 or not word.endswith("ly"):
        return False
    tags = lexicon().tags(word)
    if len(word) <= 5 and ("NN" in tags or "NNP" in tags):
        return False  # "tally", "daily": a short -ly word that is a noun ("A Reuters tally put")
    return not tags or "RB" in tags


# (and "always", "first", "often", "once": "a charge he always rejected", "an error the
# organisers first blamed on ...")
_PLAIN_ADVERBS = frozenset(
    {
        "now",
        "still",
        "already",
        "again",
        "also",
        "further",
        "always",
        "first",
        "often",
        "once",
        "twice",
    }
) | (_DISCOURSE_ADVERBS)
_AFTER_AUXILIARY = frozenset(
    {"since", "long", "repeatedly", "consistently", "always", "never", "however", "though"}
)


def _is_aside(words: str) -> bool:
    """A comment between commas after the subject: "however", "when contacted", "when reached
    for comment", "when asked by reporters"."""
    return words in _ASIDES or _WHEN_CONTACTED.fullmatch(words) is not None


_WHEN_CONTACTED = re.compile(
    r"(?:when|after\s+being|on\s+being)\s+(?:contacted|reached|asked|approached|questioned|"
    r"called)(?:\s+[a-z]+){0,4}"
)
# A comment word between commas after the subject: "The company, however, said".
_ASIDES = frozenset(
    {"however", "meanwhile", "though", "too", "also", "instead", "nevertheless", "separately",
     "likewise", "moreover", "in turn", "for its part", "for his part", "for her part",
     "for their part", "in response", "in contrast", "by contrast", "on the other hand",
     # ("The opposition, on its part, alleged ...": Indian and Nigerian press)
     "on its part", "on his part", "on her part", "on their part",
     # Nigerian and Indian press: "The APC, in a reaction, dismissed ..."
     "in a reaction", "in reaction", "in a swift reaction", "in a rejoinder", "in a reply",
     "in its reaction", "in his reaction", "in her reaction", "in their reaction"}
)  # fmt: skip


# verbs that carry on or start what the speaker says: "continued to insist", "began to argue"
_CARRYING_ON = words(
    "continued continues continue began begun begin begins went "
    # "The minister had to admit that", "The firm later tried to claim that": what the subject
    # went on to say, made to say or attempted to say is still the subject's
    "had tried tries sought seeks attempted"
)


# Phrases of when or how between a subject and its cue, by their last word: the words before
# it ("at first", "at one point", "for weeks", "in private")
_PHRASES_BEFORE_A_CUE = {
    "first": [("at",)],
    "point": [("at", "one"), ("at", "some")],
    "stage": [("at", "one"), ("at", "some")],
    # ("The government has in recent weeks denied", "The coalition has in the past admitted")
    "weeks": [("for",), ("in", "recent")],
    "months": [("for",), ("in", "recent")],
    "years": [("for",), ("in", "recent")],
    "days": [("for",), ("in", "recent")],
    "past": [("in", "the")],
    "private": [("in",)],
    "public": [("in",)],
    # a turn to another party ("The head of the union, Ernesto Vilca, for his part said",
    # "The ministry, on the other hand, told")
    "part": [("for", "his"), ("for", "her"), ("for", "its"), ("for", "their"), ("for", "our")],
    "hand": [("on", "the", "other")],
}


_DASHES = ("—", "–")
_POSSESSIVE_DETERMINERS = words("her his its their our my your")
_PERSONAL_SUBJECTS = words("he she they it we")
_FRONTED_PREPOSITIONS = words("in on at during after before later earlier")


_AFTER_A_PARTICIPLE = frozenset({"on", "by", "in", "at", "last", "this", "earlier", "late"})


def _participle_on_noun(tokens: list[Token], position: int, end: int) -> bool:
    """ "published on Monday", "commissioned by the ministry", "released last week": a past
    participle after its noun, with when or by whom - a modifier, not the clause's verb."""
    after = position + 1
    if after < end and tokens[after].lower in ("out", "up"):
        after += 1  # "carried out in May", "drawn up by the ministry"
    return (
        after <= end
        and "VBN" in lexicon().tags(tokens[position].lower)
        and tokens[after].lower in _AFTER_A_PARTICIPLE
        and tokens[position - 1].is_word
        # ("Residents interviewed by EFE, however, said": the sentence's first word)
        and (tokens[position - 1].text.islower() or position == 1)
    )


def _skip_between_subject_and_verb(tokens: list[Token], index: int, lower: int) -> int | None:
    """From just left of a cue, skip auxiliaries, adverbs and time words; None if negated."""
    while index >= lower:
        token = tokens[index]
        if token.text in _DASHES and index - 2 > lower:
            # "Two of the councillors - Ms Reid and Mr Olsen - said": an aside between dashes
            # after the subject
            opening = next(
                (
                    position
                    for position in range(index - 2, max(lower, index - 12) - 1, -1)
                    if tokens[position].text in _DASHES
                ),
                None,
            )
            if opening is not None and opening > lower and tokens[opening - 1].is_word:
                index = opening - 1
                continue
            return index
        if token.lower == "no" and index > lower and tokens[index - 1].lower == "voted":
            return index  # "Some Democrats who voted no said": the vote ends the subject
        if token.lower in NEGATORS or token.lower.endswith("n't"):
            return None
        if (
            token.lower == "been"
            and index > lower
            and tokens[index - 1].lower in ("has", "have", "had")
            and index + 1 < len(tokens)
            and tokens[index + 1].lower == "told"
        ):
            index -= 2  # "the BBC has been told": the outlet, told
            continue
        if token.lower == "to" and index > lower and tokens[index - 1].lower in _SEEMING:
            index -= 2  # "A video ... appeared to show"
            continue
        stretch = _PHRASES_BEFORE_A_CUE.get(token.lower)
        if stretch is not None:
            # "The ministry at first denied", "The regulator at one point suggested", "The
            # startup for weeks maintained", "Officials in private acknowledged": when, how
            words_before = [tokens[position].lower for position in range(max(0, index - 3), index)]
            matched = next(
                (
                    len(phrase)
                    for phrase in stretch
                    if index - len(phrase) >= lower + 1
                    and words_before[len(words_before) - len(phrase) :] == list(phrase)
                ),
                None,
            )
            if matched is not None:
                index -= matched + 1
                continue
        if (
            token.lower == "to"
            and index > lower
            and tokens[index - 1].lower in _CARRYING_ON
            and index + 1 < len(tokens)
            and tokens[index + 1].lower in CUE_VERBS
        ):
            index -= 2  # "The council continued to insist that", "have begun to argue"
            continue
        if (
            token.lower == "to"
            and index - 2 >= lower
            and tokens[index - 1].lower in _FRAMES_BEFORE_TO
            and tokens[index - 2].lower in _COPULAS
        ):
            # "X is understood to have told", "X was said to have warned", "Critics were quick
            # to point out", "The ministry was keen to stress"
            index -= 3
            continue
        if (
            token.lower in AUXILIARIES
            or token.lower in _MODALS  # "I should have said", "we may note"
            # "Critics are arguing", "Officials were warning": a progressive's auxiliary
            or (
                token.lower in _PROGRESSIVE_AUXILIARIES
                and index + 1 < len(tokens)
                and tokens[index + 1].lower.endswith("ing")
                and (
                    tokens[index + 1].lower in PARTICIPLE_CUES
                    # "Analysts had been forecasting a loss": a forecast's (see
                    # _PROGRESSIVE_FORECASTS, defined with the sentence's reading below)
                    or tokens[index + 1].lower in _FORECAST_PARTICIPLES
                )
            )
            # "has since said", "has long said": an adverb after the auxiliary
            or (
                token.lower in _AFTER_AUXILIARY
                and index > lower
                and tokens[index - 1].lower in AUXILIARIES
            )
            # "The governor and the mayor both said": a floating quantifier
            # (not "Homes for All said": a name's word)
            or (token.text in ("both", "all") and index > lower and tokens[index - 1].is_word)
            or (token.text.islower() and _is_ly_adverb(token.lower))
            # "Police now say", "officials still insist"
            or (
                token.lower in _PLAIN_ADVERBS
                and index > lower
                # (after an apposition's comma too: "X, a group that ..., now says")
                and (tokens[index - 1].is_word or tokens[index - 1].text in (")", ","))
            )
            or token.lower in _DISCOURSE_ADVERBS  # "X, who ..., nonetheless said"
            or _is_time_token(token)
            or (
                token.lower in _TIME_LEADERS
                and index + 1 < len(tokens)
                and _is_time_token(tokens[index + 1])
            )
            # "The Task Force in 2022 recommended": a year after "in"
            or (
                _YEAR.fullmatch(token.text) is not None
                and index > lower
                and tokens[index - 1].lower in ("in", "since")
            )
            or (
                token.lower in ("in", "since")
                and index + 1 < len(tokens)
                and _YEAR.fullmatch(tokens[index + 1].text) is not None
            )
        ):
            index -= 1
            continue
        if (
            token.lower in ("the", "this", "last")
            and index - 1 >= lower
            and tokens[index - 1].lower in ("at", "on", "in", "over", "during")
            and index + 1 < len(tokens)
            and _is_time_token(tokens[index + 1])
        ):
            index -= 2  # "published at the weekend found": the time's preposition too
            continue
        if (
            token.lower in ("average", "balance", "whole")
            and index - 1 > lower
            and tokens[index - 1].lower == "on"
        ):
            index -= 2  # "Analysts had on average expected", "Voters on balance said"
            continue
        setting = _statement_setting_start(tokens, index, lower)
        if setting is not None:
            index = setting - 1  # "The senator in a statement said", "X at the time said"
            continue
        break
    if index >= lower and tokens[index].text.islower() and _is_participle(tokens[index].lower):
        # "A poll released Wednesday found", "a report published last week showed": the time
        # is the participle's, part of the subject
        while (
            index + 1 < len(tokens)
            and (
                _is_time_token(tokens[index + 1])
                or tokens[index + 1].lower in _TIME_LEADERS
                # "published at the weekend"
                or (
                    tokens[index + 1].lower == "the"
                    and index + 2 < len(tokens)
                    and _is_time_token(tokens[index + 2])
                )
            )
            and tokens[index + 1].lower not in AUXILIARIES
        ):
            index += 1
        while index > lower and tokens[index].lower in _TIME_LEADERS:
            index -= 1  # (a leader left without its time word)
    return index


# "X is understood / said / believed to have told Y": the speaker is X (hedged by the frame)
_RAISING_PARTICIPLES = words("understood said believed thought reported known alleged")
_EAGER = words(
    # "The company was forced to concede that": made to say it, the subject still says it
    "quick keen eager careful anxious swift happy willing ready forced obliged compelled"
)
_COPULAS = words("is are was were been")
_FRAMES_BEFORE_TO = _RAISING_PARTICIPLES | _EAGER
_SPEECH_VERBS = frozenset(
    "said says told tells added adds insisted insists warned warns argued argues stated states "
    "wrote writes explained explains".split()
)
_NO_COMMENT = re.compile(
    r"\b(?:declined|refused|would\s+not|did\s+not|could\s+not)\s+(?:to\s+)?"
    r"(?:comment|be\s+drawn|elaborate|give\s+details)",
    re.IGNORECASE,
)


def _first_predicate(
    text: str, tokens: list[Token], index: int, attribution: Attribution
) -> Attribution | None:
    """'Sarah Mitchell welcomed the policy but said Y': the clause before "but" is the
    reporter's claim of its own (not when it only declines to comment)."""
    joint = index - 1
    # "... and has repeatedly accused": auxiliaries and adverbs between the joint and the cue
    while joint > 1 and (
        tokens[joint].lower in AUXILIARIES
        or tokens[joint].lower in _PLAIN_ADVERBS
        or _is_ly_adverb(tokens[joint].lower)
    ):
        joint -= 1
    if (
        joint < 1
        or tokens[joint].lower not in ("but", "and")
        or not _speaks(tokens, index)
        or attribution.source is None
        or attribution.source[1] >= tokens[joint - 1].start
    ):
        return None
    clause = (attribution.source[0], tokens[joint].start)
    before_source = next(
        (position for position, token in enumerate(tokens) if token.start >= clause[0]), 0
    )
    if before_source > 1 and tokens[before_source - 1].lower in _EVENT_SUBORDINATORS:
        # "Farmers blocked roads after their federation rejected the plan and said Y": the
        # reporter's clause is the sentence up to "and"
        clause = (tokens[0].start, clause[1])
    if _NO_COMMENT.search(text, *clause):
        return None
    if " at " in text[clause[0] : clause[1]]:
        # "The union put the number at fewer than 300, and said ...": the first clause's own
        # cue ("put ... at") gives it its speaker
        put = _put_at(text, tokenize(text, *clause), *clause)
        if put and put[0].source is not None:
            return put[0]
    return _make(text, *clause)


def _speaks(tokens: list[Token], index: int) -> bool:
    """The cue at ``index`` reports speech whatever its verb: a verb of saying, or any cue
    with "that" after it ("held rates but signaled that", not "and reported a loss")."""
    return (
        tokens[index].lower in _SPEECH_VERBS
        or tokens[index].lower in _ACCUSING_VERBS
        or (index + 1 < len(tokens) and tokens[index + 1].lower == "that")
        # "gave no timetable, but confirmed the striker had suffered a knee injury"
        or (
            getattr(CUE_VERBS.get(tokens[index].lower), "group", "") == "confirm"
            and _clause_follows(tokens, index + 1)
        )
    )


# "The union suspended talks and accused the company of ...": an accusation reports the
# subject's word as a verb of saying does
_ACCUSING_VERBS = words("accused accuses blamed blames")


def _as_a_phrase(tokens: list[Token], position: int) -> bool:
    """'as a precaution', 'as a result', 'as part of the plan', 'as expected': "as" before a
    noun phrase or a participle of what was foreseen."""
    return (
        tokens[position].lower == "as"
        and position + 1 < len(tokens)
        and tokens[position + 1].lower in _AFTER_AS_IN_A_PHRASE
    )


_AFTER_AS_IN_A_PHRASE = words("a an part expected planned usual promised scheduled")


_UNANSWERED = words("say specify disclose explain reveal confirm elaborate discuss")


def _title_full_stop(tokens: list[Token], position: int) -> bool:
    """The full stop at ``position`` ends a title ("Rep. Jim Leach", "after Mr. Ryan said"),
    not a sentence."""
    return (
        tokens[position].text == "."
        and position > 0
        and tokens[position - 1].lower in TITLE_ABBREVIATIONS
    )


def _scare_quote_mark(tokens: list[Token], mark: int, conjunction: int) -> bool:
    """The quotation mark at ``mark`` opens or closes a few quoted words inside the clause
    before ``conjunction`` ('at "Underperform,"'): at most four words between it and its pair."""
    for distance in range(2, 7):
        other = mark - distance
        if other >= 0 and tokens[other].text in _QUOTE_MARKS:
            return all(
                token.text not in _PUNCT_STOPS or token.text == ","
                for token in tokens[other + 1 : mark]
            )
        other = mark + distance
        if other < conjunction and tokens[other].text in _QUOTE_MARKS:
            return all(
                token.text not in _PUNCT_STOPS or token.text == ","
                for token in tokens[mark + 1 : other]
            )
    return False


def _subject_of_first_verb(
    tokens: list[Token], conjunction: int, lower: int
) -> tuple[int, int] | None:
    """The noun phrase before the first verb of a clause whose second verb, after "but" or
    "and", is the cue: "[Sarah Mitchell] welcomed the policy but said"."""
    if (
        conjunction - 3 > lower
        and tokens[conjunction - 1].text in _QUOTE_MARKS
        and tokens[conjunction - 2].text == ","
    ):
        # 'kept his rating at "sell," and said': the comma inside the closing mark
        conjunction -= 1
    if conjunction - 2 > lower and tokens[conjunction - 1].text == ",":
        # "left the rate unchanged, as expected, but said": past the aside of "as"
        opening = _first_comma(tokens, range(conjunction - 2, max(lower, conjunction - 6), -1))
        if opening is not None and tokens[opening + 1].lower == "as":
            return _subject_of_first_verb(tokens, opening, lower)
        if any(
            tokens[position].lower in SUBORDINATORS and tokens[position - 1].lower in _UNANSWERED
            for position in range(max(lower + 1, conjunction - 16), conjunction - 1)
        ):
            # "declined to say whether the bridge would reopen, but said": the clause of the
            # question runs to the comma
            return _subject_of_first_verb(tokens, conjunction - 1, lower)
        # "declined to explain the decision when approached by reporters, but said", "gave
        # no timetable, but confirmed": the first clause runs to the comma
        return _subject_of_first_verb(tokens, conjunction - 1, lower)
    start = conjunction
    while start > lower and (
        tokens[start - 1].text not in _PUNCT_STOPS
        # (a word in quotation marks inside the first clause: 'rated it "sell" and said')
        or (
            tokens[start - 1].text in _QUOTE_MARKS
            and _scare_quote_mark(tokens, start - 1, conjunction)
        )
    ):
        start -= 1
    if lower + 2 < start < conjunction and tokens[start - 1].text == ",":
        # "Boris Pistorius, a fellow Social Democrat, declined to comment but said": the
        # subject before its aside
        opening = next(
            (
                position
                for position in range(start - 2, max(lower, start - 16) - 1, -1)
                if tokens[position].text in _PUNCT_STOPS
            ),
            None,
        )
        if (
            opening is not None
            and tokens[opening].text == ","
            and _aside_closes(tokens, opening, conjunction) == start - 1
        ):
            first = opening
            while first > lower and tokens[first - 1].text not in _PUNCT_STOPS:
                first -= 1
            if first < opening and not any(
                _verb_after_subject(tokens, position) for position in range(first + 1, opening)
            ):
                if all(token.is_capitalised for token in tokens[opening + 1 : start - 1]):
                    # "The health minister, Ana Ruiz, praised ... and said": the role and
                    # its holder's name
                    return (first, start - 2)
                return (first, opening - 1)
    opener = next(
        (
            position
            for position, token in enumerate(tokens[start:conjunction], start=start)
            if (token.lower in SUBORDINATORS or token.lower in RELATIVE_STOPS)
            # (not a question left unanswered: "declined to say whether the bridge would
            # reopen, but said": the subject of "declined" speaks)
            and not (position > start and tokens[position - 1].lower in _UNANSWERED)
            # (nor "as a precaution", "as part of": a phrase, no clause)
            and not _as_a_phrase(tokens, position)
            # (nor "when asked about ...", "when approached by reporters": no clause of its
            # own)
            and not _verbless_subordinate(tokens, position)
        ),
        None,
    )
    if opener is not None:
        if (
            tokens[opener].lower in ("where", "when")
            and opener == start
            and start > lower
            and tokens[start - 1].text == ","
            and opener + 1 < conjunction
            and tokens[opener + 1].lower in PERSON_SUBJECT_PRONOUNS
        ):
            # "toured rural counties, where she has talked up broadband and accused Mr. Cole
            # of ...": the pronoun of the relative clause acts twice
            return _subject_of_first_verb(tokens, conjunction, opener + 1)
        if tokens[opener].lower in _EVENT_SUBORDINATORS and opener > start:
            # "Farmers blocked roads after their federation rejected the plan and said Y":
            # the subordinate's own subject speaks
            return _subject_of_first_verb(tokens, conjunction, opener + 1)
        return None  # "when people come up to me and say": not a main clause's subject
    for position in range(start + 1, conjunction):
        if _verb_after_subject(tokens, position):
            while start < position and tokens[start].lower in _LEADING_CONNECTIVES:
                start += 1
            end = position - 1
            while end > start and (
                tokens[end].lower in _PLAIN_ADVERBS or _is_ly_adverb(tokens[end].lower)
            ):
                end -= 1  # "Analysts generally welcomed ... but said": the adverb is the verb's
            if end > start + 1 and _is_time_token(tokens[end]):
                # "Acme last month cut its forecast and said", "The union on Tuesday rejected
                # ... and said": when it acted, not who
                time = end
                while time > start and _is_time_token(tokens[time]):
                    time -= 1
                while time > start and tokens[time].lower in _TIME_LEADERS:
                    time -= 1
                if time < end and tokens[time].is_word:
                    end = time
            return (start, end) if end >= start else None
    return None


# Subordinators of an event after the main clause, whose subject may speak in it
_EVENT_SUBORDINATORS = words("after once since because before until")


def _verbless_subordinate(tokens: list[Token], position: int) -> bool:
    """'when asked', 'when approached by reporters', 'if pressed', 'while speaking to fans':
    a subordinator before a participle, no subject and verb of its own."""
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    return (
        tokens[position].lower in ("when", "if", "while", "after", "before", "once")
        and following is not None
        and following.text.islower()
        and following.lower.endswith(("ed", "ing"))
    )


def _hyphen_inside_a_name(tokens: list[Token], index: int) -> bool:
    """ "A.F.L.-C.I.O.", "Rolls-Royce": a hyphen with capitalised words touching both sides;
    also an age's ("the 31-year-old told reporters": a person, named by their age)."""
    if not (
        0 < index < len(tokens) - 1
        and tokens[index - 1].end == tokens[index].start
        and tokens[index].end == tokens[index + 1].start
    ):
        return False
    if tokens[index - 1].text.isdigit() and tokens[index + 1].lower.startswith(_AGE_WORDS):
        return True
    if tokens[index - 1].text[:1].isdigit() and tokens[index + 1].text.isalpha():
        return True  # "The 42-second clip shows", "a 200-page report says": a measure's compound
    return (tokens[index - 1].text[:1].isupper() or tokens[index - 1].text == ".") and tokens[
        index + 1
    ].text[:1].isupper()


_AGE_WORDS = ("year-old", "month-old", "years-old")


_NOBODY = words("none neither nobody no few")


def _nobody(tokens: list[Token], first: int) -> bool:
    """The subject opening at ``first`` names nobody: "None of them", "Neither guard", "No
    one", "Few economists" (not "No. 2 official", "No 10")."""
    if tokens[first].lower not in _NOBODY:
        return False
    following = tokens[first + 1] if first + 1 < len(tokens) else None
    return following is not None and following.is_word and not following.text[:1].isdigit()


_BEFORE_A_DETERMINER = words("of into about from on in at after over for with to by")


def _fronted_time_end(tokens: list[Token], first: int, last: int) -> int | None:
    """Where the subject starts after an opening time of several words with no comma ("On
    Sunday night the coastguard", "Earlier in the day the ministry"), or None."""
    if first > last or not (
        tokens[first].lower in _TIME_LEADERS
        or tokens[first].lower in ("earlier", "later", "late", "early")
    ):
        return None
    time_end = None
    position = first
    while position < last and (
        tokens[position].lower in _TIME_LEADERS
        or _is_time_token(tokens[position])
        or tokens[position].lower in ("the", "earlier", "later", "day", "late", "early")
        # "On March 4": the day after its month
        or (
            tokens[position].text.isdigit()
            and len(tokens[position].text) <= 2
            and position > first
            and tokens[position - 1].lower in MONTHS
        )
    ):
        if (
            _is_time_token(tokens[position])
            or tokens[position].lower == "day"
            or tokens[position].text.isdigit()
        ):
            time_end = position
        position += 1
    if time_end is None or time_end + 1 > last:
        return None
    after = tokens[time_end + 1]
    if (
        after.lower in DETERMINERS
        or after.is_capitalised
        # "Late on Friday police said": a plural subject without a determiner
        or (after.text.islower() and is_plural_of_speakers(after.lower))
    ):
        return time_end + 1
    return None


def _may_hold_a_verb(tokens: list[Token], first: int, stop: int) -> bool:
    """A word in ``tokens[first:stop]`` may be a finite verb ("the bomb exploded near the
    market and police said" is a clause; "Large majorities of both farmers and" is not)."""
    return any(
        token.text.islower()
        and (
            token.lower in _FINITE_VERBS
            or "VBD" in lexicon().tags(token.lower)
            or (
                can_be_finite_verb(token.lower)
                # (not a plural the lexicon also knows as a verb: "majorities")
                and lexicon().best(token.lower) not in ("NN", "NNS", "NNP", "JJ")
            )
        )
        for token in tokens[first:stop]
    )


def _statement_setting_start(tokens: list[Token], index: int, lower: int) -> int | None:
    """Ending at ``index``, between a subject and its cue: "in a statement", "at the time",
    "in an interview with the Globe", "in a letter to staff" - where "in"/"at" stands (at
    least a word before it: the subject), or None."""
    position = index
    # "... with the Globe", "... to staff": whom it was said to, at most four words
    for back in range(index, max(lower, index - 5), -1):
        if tokens[back].lower in ("with", "to") and back > lower:
            position = back - 1
            break
    if position - 2 <= lower or not tokens[position].text.islower():
        return None
    if tokens[position].lower not in _STATEMENT_NOUNS and tokens[position].lower != "time":
        return None
    determiner, preposition = tokens[position - 1].lower, tokens[position - 2].lower
    if determiner not in ("a", "an", "its", "his", "her", "their") and not (
        determiner == "the" and tokens[position].lower == "time"
    ):
        return None  # (not "The man in the video said": which man)
    if preposition not in ("in", "at", "during"):
        return None
    between = tokens[position + 1 : index + 1]
    if any(not token.is_word for token in between):
        return None
    return position - 2


def _noun_with_a_reduced_relative(tokens: list[Token], subject: tuple[int, int]) -> bool:
    """'a condition the school board', 'a demand the union': after a comma, "a"/"an" and a
    noun, then a second noun phrase's determiner - a noun and the subject of its relative
    clause without "that", no speaker."""
    first, last = subject
    return (
        first > 0
        and tokens[first - 1].text == ","
        and tokens[first].lower in ("a", "an")
        and first + 2 <= last
        and tokens[first + 1].text.islower()
        and lexicon().best(tokens[first + 1].lower) == "NN"
        and tokens[first + 1].lower not in _ROLE_WORDS  # ("a nurse Ana Ruiz": her role)
        and (
            tokens[first + 2].lower in ("the", "its", "their", "his", "her")
            or (tokens[first + 2].is_capitalised and tokens[first + 2].is_word)
        )
    )


_AGE_BOUNDS = words("older over above up younger under")


def _copula_after_adjuncts(tokens: list[Token], first: int) -> bool:
    """From ``first``: at most a short time or place ("on Friday", "last week", "in Geneva"),
    then "was", "is", "were" or "are" - the verb of a subject the participle before belongs
    to."""
    position = first
    while position < len(tokens) and position - first < 5:
        token = tokens[position]
        if token.lower in ("was", "is", "were", "are"):
            return True
        if not (
            token.lower in ("on", "in", "at", "last", "this", "the", "earlier", "late")
            or _is_time_token(token)
            or (token.is_capitalised and position > first)
        ):
            return False
        position += 1
    return False


def _party_in_brackets(tokens: list[Token], opening: int) -> bool:
    """'(R., Ohio)', '(D., N.Y.)': a party's letter and a state, after the opening bracket;
    '(Labour, Amberfield Central)', '(Lib Dem, Westgate)': a councillor's party and ward."""
    if (
        opening + 4 < len(tokens)
        and tokens[opening + 1].text in ("D", "R", "I")
        and tokens[opening + 2].text == "."
        and tokens[opening + 3].text == ","
        and tokens[opening + 4].is_capitalised
    ):
        return True
    comma = _first_comma(tokens, range(opening + 2, min(opening + 5, len(tokens) - 1)))
    return (
        comma is not None
        and tokens[comma + 1].is_capitalised
        and _PARTY_ALONE.fullmatch(" ".join(token.text for token in tokens[opening + 1 : comma]))
        is not None
    )


_PARTY_ALONE = re.compile(f"(?:{PARTY_NAMES}|{PARTY_LABELS})", re.VERBOSE)


_SUBJECT_OPENERS = words("the its their his her this these those")


def _subject_after_a_fronted_phrase(
    tokens: list[Token], lower: int, last: int
) -> tuple[int, int] | None:
    """'By Friday officials said', 'In a statement on Monday the army said': a fronted phrase of
    time or of the statement, without its comma, then the subject - from the word after the
    time or the statement's noun."""
    if (
        tokens[lower].lower not in _FRONTED_PREPOSITIONS
        and tokens[lower].lower not in ("by", "within", "over")
    ) or last - lower < 2:
        return None
    if not all(token.is_word for token in tokens[lower : last + 1]):
        return None
    for split in range(lower + 1, last):
        token = tokens[split]
        if not (_is_time_token(token) or token.lower in _STATEMENT_NOUNS):
            continue
        following = tokens[split + 1]
        if following.lower in _SUBJECT_OPENERS or (
            following.text.islower() and lexicon().best(following.lower) == "NNS"
        ):
            return (split + 1, last)
    return None


def _left_noun_phrase(
    tokens: list[Token], cue_index: int, lower: int = 0
) -> tuple[int, int] | str | None:
    """Token indices (first, last) of the subject left of the cue.

    Returns "negated" for "did not say", "subordinate" for "after he said", None if there is
    no subject right before the cue (the cue follows a comma: an inversion or apposition).
    """
    last = _skip_between_subject_and_verb(tokens, cue_index - 1, lower)
    if last is None:
        return "negated"
    if last < lower:
        return None
    if (
        tokens[last].lower in _PERSONAL_SUBJECTS
        and last - lower >= 2
        and tokens[lower].lower in _FRONTED_PREPOSITIONS
        and all(token.is_word for token in tokens[lower:last])
    ):
        # "In a statement he said", "In one he told a friend": a fronted phrase without its
        # comma, then the pronoun that speaks
        return (last, last)
    fronted = _subject_after_a_fronted_phrase(tokens, lower, last)
    if fronted is not None:
        return fronted
    # "the International Testing Agency (ITA) announced", "Sen. Elizabeth Warren (D-Mass.)
    # said": a short parenthesis right before the cue stays with the subject.
    opening = None
    if tokens[last].text == ")":
        opening = next(
            (
                position
                for position in range(last - 2, max(lower, last - 6) - 1, -1)
                if tokens[position].text == "("
            ),
            None,
        )
        if (
            opening is not None
            and (
                opening - 1 < lower
                # ("Nike Inc. (NKE) said": a company's abbreviation before its ticker)
                or not (
                    tokens[opening - 1].is_word
                    or (
                        tokens[opening - 1].text == "."
                        and opening - 2 >= lower
                        and tokens[opening - 2].text in ("Inc", "Corp", "Co", "Ltd", "Plc")
                    )
                )
                or any(
                    token.text in _PUNCT_STOPS
                    and token.text != "."
                    # (a party and state as the Journal writes them: "(R., Ohio)")
                    and not (token.text == "," and _party_in_brackets(tokens, opening))
                    for token in tokens[opening + 1 : last]
                )
            )
        ):
            opening = None
    if tokens[last].text in _PUNCT_STOPS and opening is None:
        return None
    if (
        tokens[last].lower in ("but", "and")
        and last > lower
        and cue_index < len(tokens)
        # (not "... and reported a loss"; "... but signaled that" reports)
        and _speaks(tokens, cue_index)
    ):
        # "Sarah Mitchell welcomed the policy but said ...", "The minister declined to
        # comment but said ...": the subject of the first verb is the speaker
        subject = _subject_of_first_verb(tokens, last, lower)
        if subject is not None:
            return subject
    if tokens[last].lower == "but" and last > lower:
        # "Opposition leaders praised the deal but urged patience": a second act of the
        # subject, not a report with "... but" for its speaker
        return None
    first = last
    index = last
    while index >= lower:
        token = tokens[index]
        if opening is not None and index >= opening:
            first = index
            index -= 1
            continue
        if (
            token.text == ")"
            and index - 3 >= lower
            and tokens[index - 2].text == "("
            and tokens[index - 1].text.isupper()
            and tokens[index - 3].is_capitalised
        ):
            # "National Farmers Union (NFU) president Carl Berg said": a name's initials
            first = index - 2
            index -= 3
            continue
        quoted = _quoted_name_inside(tokens, index, lower) if token.text in '"”' else None
        if quoted is not None:
            # 'The "Save Our Park" campaign said': a quoted name inside the subject
            first = quoted
            index = quoted - 1
            continue
        if (
            token.text == "-"
            and index - 4 >= lower
            and index < last
            and tokens[index + 1].lower == "based"
            and _inner_comma(tokens, index - 3, lower)
        ):
            # "The Sunnyvale, Calif.-based company said": the city, its state's abbreviation
            first = index - 4
            index -= 4
            continue
        if (
            token.text in _PUNCT_STOPS
            and not (token.text == "," and _inner_comma(tokens, index, lower))
        ) or (not token.is_word and token.text in "-" and not _hyphen_inside_a_name(tokens, index)):
            break
        if token.text == "'" and (
            index == lower or not tokens[index - 1].is_word or tokens[index - 1].end != token.start
        ):
            break  # a straight single quote mark, not a possessive's apostrophe
        if (
            token.lower in SUBORDINATORS
            and not (token.lower == "as" and index > lower and tokens[index - 1].lower == "such")
            # "Phone records introduced as evidence showed": a participle's "as"
            and not (
                token.lower == "as"
                and index > lower
                and tokens[index - 1].text.islower()
                and _is_participle(tokens[index - 1].lower)
                and index < last
                and tokens[index + 1].lower in ("evidence", "exhibits", "part")
            )
            # "A hacker known as Raven said": the name a subject goes by
            and not (
                token.lower == "as"
                and index > lower
                and tokens[index - 1].lower in ("known", "nicknamed", "dubbed")
                and index < last
                and tokens[index + 1].is_capitalised
            )
            # "The trade union IF Metall said", "The rights group As One said": a name's word
            and not (
                token.text[:1].isupper()
                and index > lower
                and tokens[index - 1].is_word
                and index < last
                and tokens[index + 1].is_capitalised
            )
        ):
            return "subordinate"  # (but "Other sites such as Gawker.com have stated")
        if (
            (token.lower in PARTICIPLE_CUES or token.lower in _INFERRING)
            and index > lower
            and tokens[index - 1].text == ","
        ):
            # "The judge rejected the request, saying medical reports showed Y": the cue is
            # inside what the judge said (read as the sentence's participle claim)
            return "subordinate"
        if token.lower == "what" and index < last and index > lower:
            break  # "creating what the UN describes as ...": the speaker after "what"
        if (
            token.lower in RELATIVE_STOPS
            and not (token.lower == "whose" and index > lower and tokens[index - 1].is_word)
            # "An investigation into that crash found": a determiner after a preposition (or
            # opening the sentence: "That report said")
            and not (
                token.lower == "that"
                and (
                    index == 0
                    or (index > lower and tokens[index - 1].lower in _BEFORE_A_DETERMINER)
                )
                and index < last
                and tokens[index + 1].text.islower()
                and lexicon().best(tokens[index + 1].lower) in ("NN", "NNS")
            )
            and not _relative_inside_subject(tokens, index, last, lower)
        ):
            # ("Farmers whose crops were destroyed said": the relative clause is the
            # subject's, as after "who")
            break
        if (
            token.lower in ("and", "or")
            and index - 1 >= lower
            and index + 1 <= last
            and tokens[index - 1].text.isdigit()
            and tokens[index + 1].lower in _AGE_BOUNDS
        ):
            # "adults 18 and older said", "voters 65 or over said": an age range, no two
            # subjects
            first = index
            index -= 1
            continue
        if token.lower in ("and", "or") and not (
            index + 1 <= last
            and tokens[index + 1].text.islower()
            and _is_participle(tokens[index + 1].lower)
            and index - 1 >= lower
            and tokens[index - 1].is_word
        ):
            team = _name_and_team(tokens, index, lower)
            if team is not None:
                return (team, last)  # "In a new paper Bos and colleagues describe"
            # Coordinated subjects are short ("state TV and activists"); a long left side is
            # a clause of its own ("the bomb exploded near the market and police said") -
            # but "photographs taken by agents and shown to jurors" is one subject.
            left = index - 1
            count = 0
            while left >= lower and tokens[left].text not in _PUNCT_STOPS:
                if tokens[left].lower in RELATIVE_STOPS or tokens[left].lower in SUBORDINATORS:
                    break
                count += 1
                left -= 1
            inside_relative = any(
                tokens[position].lower in ("who", "whose") for position in range(left + 1, index)
            ) or (left >= lower and tokens[left].lower in ("who", "whose"))
            # "The Office for Budget Responsibility and the Bank of England": two names
            named = all(
                tokens[position].is_capitalised or tokens[position].lower in _NAME_JOINERS
                for position in range(left + 1, index)
            )
            # "A study by Oxford and Stanford universities": two names after a preposition
            after_a_preposition = (
                index - 2 >= lower
                and tokens[index - 1].is_capitalised
                and tokens[index - 2].lower in ("by", "at", "of", "from")
                and index + 1 <= last
                and tokens[index + 1].is_capitalised
            )
            if (
                not inside_relative
                and not _and_inside_a_name(tokens, index, left + 1)
                and (
                    (
                        count > 4
                        and not (named and count <= 8)
                        and not after_a_preposition
                        # "Health officials from the province and the agency said": a long
                        # noun phrase, no verb in it
                        and (count > 10 or _may_hold_a_verb(tokens, left + 1, index))
                    )
                    or any(
                        tokens[position].lower in PASSIVE_AUXILIARIES | AUXILIARIES
                        # "Troops entered the town and residents reported": a verb in the past
                        or (
                            position > left + 1
                            and tokens[position].text.islower()
                            and _is_participle(tokens[position].lower)
                            and tokens[position - 1].lower not in DETERMINERS
                        )
                        for position in range(left + 1, index)
                    )
                )
            ):
                break
        if (
            token.lower == "the"
            and index - 1 >= lower
            and index < last
            and tokens[index - 1].text.islower()
            and lexicon().best(tokens[index - 1].lower) == "NNS"
            and tokens[index - 1].lower not in _AUDIENCES
        ):
            # "a series of policy addresses the Clinton campaign says she will deliver": a
            # plural, then a relative clause without "that" whose subject speaks
            first = index
            break
        if last - index >= 14 and not _a_long_name(tokens, index, last):
            return None
        first = index
        index -= 1
    while (
        first <= last
        and tokens[first].lower in _LEADING_CONNECTIVES
        and not _adjectival_preposition(tokens, first, last)
    ):
        first += 1
    # "On Monday the ministry said", "Last year the agency counted": a time adjunct opening
    # the sentence without a comma is not the subject.
    while (
        first + 2 <= last
        and tokens[first].lower in _TIME_LEADERS
        and (_is_time_token(tokens[first + 1]) or _YEAR.fullmatch(tokens[first + 1].text))
        and (
            tokens[first + 2].lower in DETERMINERS
            or tokens[first + 2].is_capitalised
            or (first + 2 == last and tokens[last].lower in SUBJECT_PRONOUNS)
        )
    ):
        first += 2  # (and "In 2022 he falsely claimed")
    fronted = _fronted_time_end(tokens, first, last)
    if fronted is not None:
        first = fronted  # "On Sunday night the coastguard said", "Earlier in the day the army"
    if first > last:
        return None
    if (
        tokens[first].lower in PREPOSITIONS
        and tokens[first].lower not in ("this",)
        and not _adjectival_preposition(tokens, first, last)
        # ("At least five senators said": a count of the speakers)
        and not (
            first < last and (tokens[first].lower, tokens[first + 1].lower) in _QUANTITY_OPENERS
        )
    ):
        return None
    if all(token.lower in DETERMINERS for token in tokens[first : last + 1]) and not (
        first == last and tokens[first].lower in _PRONOMINAL_QUANTIFIERS
    ):
        return None
    if (
        first < last
        and tokens[last].lower in SUBJECT_PRONOUNS
        and tokens[last - 1].is_word
        # (not a coordination: "Both he and she said", "the minister or he")
        and tokens[last - 1].lower not in ("and", "or", "nor")
    ):
        # "..., a delay they said 'risks undermining confidence'": a relative clause without
        # its "that" - the pronoun is the speaker, the noun before it what they spoke of
        return (last, last)
    if any(token.text in _MODALS for token in tokens[first : last + 1]) or (
        first < last
        and tokens[first].text.islower()
        and lexicon().best(tokens[first].lower) in ("VB", "VBP")
        and tokens[first].lower not in PREPOSITIONS
        # ("lead researcher Karl Hoff told": "lead" before a role, an adjective)
        and not (
            tokens[first].lower == "lead"
            and (tokens[first + 1].lower in _ROLE_WORDS or tokens[first + 1].lower in _LED_ROLES)
        )
    ):
        # "Senate moderates, ..., worry the party will get blamed": a clause before the
        # word, no speaker ("worry the party will get"); "see little reason": a verb first
        return None
    return (
        _list_across_commas(tokens, _name_across_commas(tokens, first, last, lower), last, lower),
        last,
    )


_ADJECTIVAL_PREPOSITIONS = words("outside inside past earlier")
# works that name their author after "by": "according to analysis by X"
_AUTHORED_WORKS = words(
    "analysis analyses research estimate estimates study studies survey surveys report "
    "reports figures data poll polls review audit calculations projections modelling "
    "modeling forecast forecasts tally investigation"
)
# what "earlier" describes as a subject ("earlier research has found"; not "Earlier officials
# said": earlier, officials said)
_EARLIER_WORKS = _AUTHORED_WORKS | words("work evidence polling trials findings")
# "Shares rose 8 percent, suggesting investors expect a higher offer": the reporter's
# inference, whose clause holds the cue
_INFERRING = words("suggesting indicating implying signalling signaling showing meaning")


def _that_before_a_comma(tokens: list[Token], start: int, stop: int) -> bool:
    """Is there a "that" among tokens[start:stop] that is the verb's own (not one of a
    participle after a comma: "wrote to staff, announcing that")?"""
    for position in range(start, min(stop, len(tokens))):
        if (
            tokens[position].text == ","
            and position + 1 < len(tokens)
            and tokens[position + 1].lower in _AFTER_A_COMMA_CUES
        ):
            return False
        if tokens[position].lower == "that":
            return True
    return False


def _a_long_name(tokens: list[Token], first: int, last: int) -> bool:
    """ "Spain's Office for the Protection and Promotion of Heritage in Rural Areas (OPPH)": a
    body's name longer than a subject otherwise runs - capitalised words, the small words
    names hold, a possessive and the initials in brackets."""
    return last - first < 24 and all(
        token.is_capitalised
        or token.lower in _NAME_JOINERS
        or token.lower in ("in", "on", "to", "'s", "’s")
        or token.text in "()"
        for token in tokens[first : last + 1]
    )


def _quoted_name_inside(tokens: list[Token], closing: int, lower: int) -> int | None:
    """The opening mark's index when the quotation mark at ``closing`` closes a short quoted
    name that a noun phrase goes on after ('the "History" section of the site', 'The "Fair
    Fares" campaign'): a few words, the first capitalised, the marks close to them, and a
    word before the opening mark (a determiner or a name) - else None."""
    if (
        closing < lower + 2
        or closing + 1 >= len(tokens)
        or not tokens[closing + 1].is_word
        or not tokens[closing - 1].is_word
        or tokens[closing - 1].end != tokens[closing].start
    ):
        return None
    for opening in range(closing - 1, max(lower, closing - 6) - 1, -1):
        if tokens[opening].text in '"“':
            break
        if not tokens[opening].is_word:
            return None
    else:
        return None
    if (
        opening == closing - 1
        or opening - 1 < lower
        or tokens[opening].end != tokens[opening + 1].start
        or not tokens[opening + 1].is_capitalised
        or not tokens[opening - 1].is_word
    ):
        return None
    return opening


def _name_and_team(tokens: list[Token], conjunction: int, lower: int) -> int | None:
    """The first token of "NAME and colleagues" when the "and" at ``conjunction`` joins a
    name to the people working with it: the name, however the sentence opens before it ("In
    a recently accepted paper Bos and colleagues describe", "Dr. Ana Ruiz and her team")."""
    after = conjunction + 1
    if after < len(tokens) and tokens[after].lower in ("his", "her", "their"):
        after += 1
    if (
        after >= len(tokens)
        or tokens[after].lower not in COWORKERS
        or conjunction - 1 < lower
        or not tokens[conjunction - 1].is_capitalised
    ):
        return None
    first = conjunction - 1
    while first - 1 >= lower and (
        tokens[first - 1].is_capitalised
        # "Dr. Ana Ruiz": a title's full stop
        or (
            tokens[first - 1].text == "."
            and first - 2 >= lower
            and tokens[first - 2].is_capitalised
        )
    ):
        first -= 1
    return first if tokens[first].lower not in PREPOSITIONS else None


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _adjectival_preposition(tokens: list[Token], first: int, last: int) -> bool:
    """ "Outside experts said", "Past studies have found": the word a preposition elsewhere is
    the subject's adjective when only a short plural noun phrase follows it up to the cue."""
    return (
        tokens[first].lower in _ADJECTIVAL_PREPOSITIONS
        and 1 <= last - first <= 2
        and all(token.is_word and token.text.islower() for token in tokens[first + 1 : last + 1])
        and (
            tokens[last].lower in _EARLIER_WORKS
            or (tokens[first].lower != "earlier" and tokens[last].lower.endswith("s"))
        )
        and tokens[last].lower not in DETERMINERS
    )


# Small words inside a body's name: "Department for Environment, Food and Rural Affairs".
_NAME_JOINERS = frozenset({"and", "of", "for", "the", "&"})


_NOUN_PHRASE_TAGS = frozenset({"DT", "JJ", "JJR", "JJS", "NN", "NNS", "CD", "PRP$", "VBG"})


def _relative_inside_subject(tokens: list[Token], index: int, last: int, lower: int) -> bool:
    """The "that" or "who" at ``index`` opens a relative clause of the subject's noun, its
    verb right after it: "The operator of a ferry that caught fire off the coast has denied",
    "The head of a charity that runs six shelters said" (not "warned that the company said":
    a verb before it)."""
    if tokens[index].lower not in ("that", "who") or index - 1 < lower:
        return False
    noun = tokens[index - 1]
    if not (noun.is_word and noun.text.isalpha()):
        return False
    tags = lexicon()
    if noun.text.islower() and tags.best(noun.lower) not in ("NN", "NNS"):
        return False
    if not any(
        # ("Data from countries that raised the minimum wage suggest")
        token.lower in ("of", "at", "for", "in", "from", "on", "by")
        for token in tokens[lower : index - 1]
    ) and not all(
        # (or the subject's own noun phrase: "Unions that represent the drivers say", "The
        # groups that sued the state said")
        token.is_capitalised or tags.best(token.lower) in _NOUN_PHRASE_TAGS
        for token in tokens[lower : index - 1]
    ):
        return False  # a noun with its own phrase before the clause: "the owner of a ..."
    verb = index + 1
    while verb <= last and tokens[verb].lower in PASSIVE_AUXILIARIES | AUXILIARIES:
        verb += 1
    return (
        verb <= last
        and tokens[verb].text.islower()
        and (
            tags.best(tokens[verb].lower) in ("VBD", "VBN", "VBZ", "VBP")
            # ("Unions that represent the drivers", "crews that work the estuary": a
            # plural's present, in its base form)
            or (
                noun.lower.endswith("s")
                and not {"VB", "VBP"}.isdisjoint(tags.tags(tokens[verb].lower))
            )
        )
    )


def _and_inside_a_name(tokens: list[Token], index: int, lower: int) -> bool:
    """The "and" at ``index`` joins words of one name: "the Organization for Security and
    Co-operation in Europe", "the Department of Health and Human Services" (a capitalised
    word on each side, the left one inside a name after "of" or "for")."""
    if not (
        index + 1 < len(tokens)
        and tokens[index + 1].is_capitalised
        and index - 1 >= lower
        and tokens[index - 1].is_capitalised
    ):
        return False
    position = index - 1
    while position > lower and tokens[position].is_capitalised:
        position -= 1
    return (
        tokens[position].lower in ("of", "for")
        and position - 1 >= lower
        and (
            tokens[position - 1].is_capitalised
            # "A spokesperson for Limerick City and County Council"
            or tokens[position - 1].lower in _ROLE_WORDS
        )
    )


def _list_across_commas(tokens: list[Token], first: int, last: int, lower: int) -> int:
    """Where a subject starts when the comma of a list of names cut it: "Posts circulating on
    Facebook, X and Telegram claim" - the subject found is "X and Telegram"; it runs back over
    the comma to the noun the list depends on, through a preposition ("on Facebook")."""
    if (
        first - 2 < lower
        or tokens[first - 1].text != ","
        or not tokens[first - 2].is_capitalised
        or "and" not in {token.lower for token in tokens[first : last + 1]}
        or not all(
            token.is_capitalised or token.lower in ("and", "&")
            for token in tokens[first : last + 1]
        )
    ):
        return first
    start = first - 2
    while start - 1 >= lower and tokens[start - 1].is_capitalised:
        start -= 1
    if start - 1 < lower or tokens[start - 1].lower not in (
        "on",
        "in",
        "across",
        "via",
        "from",
        "of",  # "residents in parts of Sparkhill, Small Heath and Erdington told"
    ):
        return first
    if any(token.lower in WEEKDAYS or token.lower in MONTHS for token in tokens[start:first]):
        return first  # ("Prices rose on Monday, Smith and Jones said": when, then the speakers)
    start -= 1
    while start - 1 >= lower and tokens[start - 1].text not in _PUNCT_STOPS:
        token = tokens[start - 1]
        if token.text.islower() and (
            token.lower in _FINITE_VERBS
            or _is_finite_verb_first(token)
            or lexicon().best(token.lower) in ("VBD", "VBZ", "VBP", "MD")
        ):
            return first  # ("Prices fell in Leeds, Smith and Jones said": a clause before)
        start -= 1
    while start < first - 2 and tokens[start].lower in _LEADING_CONNECTIVES:
        start += 1  # ("But residents in parts of ...")
    return start if start < first - 2 else first


def _name_across_commas(tokens: list[Token], first: int, last: int, lower: int) -> int:
    """Where a body's name starts when a comma inside it cut the subject: "The Department for
    Environment, Food and Rural Affairs said" - the subject found is "Food and Rural
    Affairs"; the name runs back over the comma to "The Department for Environment"."""
    if (
        first - 2 < lower
        or tokens[first - 1].text != ","
        or not tokens[first].is_capitalised
        or not all(
            token.is_capitalised
            or token.lower in _NAME_JOINERS
            # "The Rail, Maritime and Transport union": a body's noun in small letters last,
            # or a role ("A Department for Science, Innovation and Technology spokesperson")
            or (
                position == last
                and (token.lower in ORGANISATION_WORDS or token.lower in _ROLE_WORDS)
            )
            for position, token in enumerate(tokens[first : last + 1], start=first)
        )
        or "and" not in {token.lower for token in tokens[first : last + 1]}
    ):
        return first
    start = first - 2
    while start - 1 >= lower and (
        tokens[start - 1].is_capitalised or tokens[start - 1].lower in _NAME_JOINERS
    ):
        start -= 1
    while start < first - 2 and tokens[start].lower in ("for", "of", "and", "&"):
        start += 1  # (the joiner before the name: "A spokesperson for the Ministry of ...")
    words = tokens[start : first - 1]
    # a name with "for"/"of" in it, opened by a capital ("The Department for Environment")
    if (
        len(words) >= 3
        and (tokens[start].is_capitalised or tokens[start].lower == "the")
        and any(token.lower in ("for", "of") for token in words)
    ):
        if (
            start - 3 >= lower
            and tokens[start - 1].lower in ("for", "at", "of")
            and tokens[start - 2].lower in _ROLE_WORDS
        ):
            # "A spokesperson for the Ministry of Housing, Communities and Local Government"
            role = start - 2
            while role - 1 >= lower and tokens[role - 1].is_word and role > start - 5:
                role -= 1
                if tokens[role].lower in DETERMINERS:
                    return role
            return start - 2
        return start
    # "The Rail, Maritime and Transport union": "The" and one word, a list of three
    if (
        len(words) == 2
        and words[0].lower == "the"
        and words[1].is_capitalised
        and tokens[last].lower in ORGANISATION_WORDS
    ):
        return start
    return first


def _segment_before(tokens: list[Token], comma_index: int, lower: int) -> tuple[int, int] | None:
    """The comma-delimited stretch ending just before tokens[comma_index]."""
    last = comma_index - 1
    index = last
    if index > lower and tokens[index].text == ")":
        # "Sen. Tom Bradwell (R-Iowa), who ...": a short parenthesis stays in the stretch
        opening = next(
            (
                position
                for position in range(index - 1, max(lower, index - 8) - 1, -1)
                if tokens[position].text == "("
            ),
            None,
        )
        if opening is not None:
            index = opening - 1
    while index >= lower and (
        tokens[index].text not in _PUNCT_STOPS
        # a word quoted inside the stretch (", who was "furious",") stays in it
        or (tokens[index].text in _QUOTE_MARKS and _quoted_word_at(tokens, index, lower, last))
        # and so do a US state's commas ("who worked in Dover, Del., until 2022")
        or (tokens[index].text == "," and _inner_comma(tokens, index, lower))
    ):
        index -= 1
    first = index + 1
    if first > last:
        return None
    return (first, last)


_QUOTE_MARKS = frozenset('"“”')


# Adverbs between a relative pronoun and its verb: "who first reported", "which later said".
_ADVERBS_AFTER_A_RELATIVE = frozenset(
    "first later also previously earlier once originally initially".split()
)


def _ends_in_a_relative_pronoun(tokens: list[Token], subject: tuple[int, int]) -> bool:
    """The stretch before a cue ends in "who", "which" or "that", with only adverbs and
    auxiliaries after it: 'Engineers who wrote the memo said' has its own subject, but
    'Councillors who have so far said' / 'a researcher who first reported' end in the relative
    clause whose verb the cue is."""
    relatives = ("which", "who", "that", "whom")  # (as written: not "WHO say")
    position = subject[1]
    while position > subject[0]:
        word = tokens[position].lower
        if tokens[position].text in relatives:
            return True
        if word == "far" and tokens[position - 1].lower in ("so", "thus"):
            position -= 2  # "who have so far said", "thus far"
            continue
        if not (
            word.endswith("ly")
            or word in _ADVERBS_AFTER_A_RELATIVE
            or word in AUXILIARIES
            or word in ("not", "never", "already", "since", "now", "long", "ever", "all")
        ):
            return False
        position -= 1
    return tokens[position].text in relatives


def _inner_comma(tokens: list[Token], comma: int, lower: int) -> bool:
    """A comma inside a noun phrase's place: a US state's ("Dover, Del., said") or a city's
    before its state's "-based" ("the San Jose, California-based company said")."""
    if (
        comma + 1 < len(tokens)
        and tokens[comma + 1].lower.endswith("-based")
        and comma > lower
        and tokens[comma - 1].is_capitalised
    ):
        return True
    if (
        comma + 4 < len(tokens)
        and tokens[comma + 1].text in US_STATE_ABBREVIATIONS
        and [token.text for token in tokens[comma + 2 : comma + 4]] == [".", "-"]
        and tokens[comma + 4].lower == "based"
        and comma > lower
        and tokens[comma - 1].is_capitalised
    ):
        return True  # "the Sunnyvale, Calif.-based company": the state's abbreviation
    return _state_comma(tokens, comma, lower)


def _state_comma(tokens: list[Token], comma: int, lower: int) -> bool:
    """The comma at ``comma`` sets off a US state after its city: "Dover, Del., said" (either
    comma), as AP style writes a place."""
    after = comma + 2 < len(tokens) and tokens[comma + 2].text == "."
    if after and tokens[comma + 1].text in US_STATE_ABBREVIATIONS:
        return comma > lower and tokens[comma - 1].is_capitalised
    return (
        comma - 4 >= lower
        and tokens[comma - 1].text == "."
        and tokens[comma - 2].text in US_STATE_ABBREVIATIONS
        and tokens[comma - 3].text == ","
        and tokens[comma - 4].is_capitalised
    )


def _quoted_word_at(tokens: list[Token], index: int, lower: int, last: int) -> bool:
    """The quotation mark at ``index`` opens or closes a quotation of a few words inside the
    stretch (its partner within four tokens, inside [lower, last])."""
    for partner in range(max(lower, index - 5), min(len(tokens) - 1, last + 2, index + 5) + 1):
        if partner != index and tokens[partner].text in _QUOTE_MARKS:
            inside = tokens[min(partner, index) + 1 : max(partner, index)]
            return 0 < len(inside) <= 4 and all(token.text != "," for token in inside[:-1])
    return False


_PARTY_AND_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]*")


_ROUGHLY = words("about some roughly nearly around approximately just almost")
_DISTANCE_UNITS = words("kilometres kilometers km miles mile kilometre kilometer metres meters")
_BEARINGS = words(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west from outside of"
)


# what opens a clause set between a subject and its verb: "The union, after talks collapsed,
# said" ("when" and "while" are read above for the participle, and below as clauses too)
_CLAUSE_ASIDE_OPENERS = words("after before although though once while when since until whereas")


def _is_apposition(tokens: list[Token], first: int, last: int) -> bool:
    """', a spokesman for the ministry,' / ', who asked not to be named,' / ', 54,'."""
    head = tokens[first].lower
    if head in ("then", "now", "formerly", "previously") and first < last:
        if head != "then" and _is_name(tokens, first + 1, last):
            return True  # "The lender, Banco Sur, formerly Caja Rural, denied": its old name
        # ", then the governor's deputy chief of staff,"
        return _is_apposition(tokens, first + 1, last)
    if (
        head == "by"
        and first < last <= first + 8
        and (tokens[first + 1].lower in DETERMINERS or tokens[first + 1].is_capitalised)
    ):
        return True  # "A second study, by a team at Kyoto University, found": its authors
    if head in ("and", "but") and first < last and tokens[first + 1].lower in ("who", "whose"):
        # "A man who works at the station, and who declined to be named, said": a second
        # relative clause of the subject
        return True
    if (
        head in ("while", "when", "after")
        and first < last
        and tokens[first + 1].text.islower()
        and (tokens[first + 1].lower.endswith("ing") or tokens[first + 1].lower == "asked")
    ):
        # ", while speaking to reporters,", ", when asked about the delay,": how X spoke
        return True
    if (
        head in _CLAUSE_ASIDE_OPENERS or head in ("as", "alongside")
    ) and first + 1 < last <= first + 14:
        # "The union, after talks collapsed on Monday, said" / "The company, although it has
        # not been charged, denied": when or despite what the subject spoke - a clause of its
        # own between the subject and its verb ("The union, as well as the employers, said",
        # "alongside": who spoke with it)
        return True
    if head in ("along", "together") and first + 1 < last and tokens[first + 1].lower == "with":
        return True  # "The mayor, along with two councillors, said": who spoke with the mayor
    if head in ("who", "which", "whose", "a", "an", "the", "its", "his", "her", "their", "one"):
        return True
    if head == "including" and first < last <= first + 12:
        return True  # "Several outlets, including Reuters and the Journal, had reported"
    if head == "where" and first > 0 and tokens[first - 1].text == ",":
        return True  # "Doctors in the city of Goma, where fighting has raged, said"
    if head in ("both", "each", "all", "another", "two", "three", "four") and last > first:
        return True  # ", both former teachers," / ", two of the organisers,"
    if (head.isdigit() or (head.endswith("%") and head[:-1].replace(".", "").isdigit())) and (
        last - first <= 2
    ):
        return True  # ", 54," an age; ", 48%," a share ("Nearly half of Democrats, 48%, said")
    if head in (
        "speaking",
        "writing",
        "talking",
        "responding",
        "addressing",
        "requesting",
        # ", briefing reporters on condition of anonymity,", ", testifying before Congress,"
        "briefing",
        "testifying",
        "appearing",
        "replying",
        "reacting",
        "commenting",
        "quoted",
        "interviewed",
        "published",
        "released",
        "issued",
        "obtained",
        "seen",
        "commissioned",
        # a study's: ", posted on a preprint server and not yet peer reviewed,", ", conducted
        # over three years,", ", funded by the NIH,"
        "posted",
        "conducted",
        "funded",
        "presented",
        "uploaded",
        # ", carried out by a consultancy for the business forum,", ", written by a former
        # inspector,", ", compiled from council records,"
        "carried",
        "written",
        "prepared",
        "compiled",
        "produced",
        "authored",
        "undertaken",
        "drawn",
    ):
        return True  # ", speaking on condition of anonymity because ...,"
    if (
        head in ("in", "during", "at")
        and last - first <= 16
        and any(tokens[index].lower in _STATEMENT_NOUNS for index in range(first, first + 5))
        and (
            last - first <= 8
            # (a longer one only without a verb of its own: ", in a staff report released last
            # week after its seventh review of the programme,")
            or not any(tokens[index].lower in _FINITE_VERBS for index in range(first, last + 1))
        )
    ):
        return True  # ", in a statement posted on Instagram," / ", at a news conference,"
    if head in ("of", "aged", "from", "himself", "herself", "also", "itself"):
        return True
    if (
        (head in _ROUGHLY or head[:1].isdigit())
        and last - first <= 10
        and any(token.lower in _DISTANCE_UNITS for token in tokens[first : last + 1])
        and any(token.lower in _BEARINGS for token in tokens[first : last + 1])
    ):
        return True  # "Chief X of Y, about 280 kilometres north of Kenora, said": where Y lies
    if (
        head in ("at", "in")
        and first < last <= first + 8
        and all(
            token.is_capitalised or token.lower in ("the", "of", "and", "for") or not token.is_word
            for token in tokens[first + 1 : last + 1]
        )
        and tokens[last].is_capitalised
    ):
        return True  # "A second team, at the University of Leeds, reported": where it works
    if (
        head in ("mostly", "mainly", "largely", "chiefly", "many", "most", "some", "all")
        and first < last
        and tokens[first + 1].lower in ("from", "of", "in", "at")
    ):
        return True  # "Some policymakers, mostly from the bloc's north, have argued"
    if (
        head == "for"
        and last - first <= 5
        and not any(
            token.lower in _FINITE_VERBS or _is_finite_verb_first(token)
            for token in tokens[first : last + 1]
        )
    ):
        return True  # ", for the petitioners," / ", for the defence,": whom counsel speaks for
    if (
        last - first <= 8
        and tokens[first].text.islower()
        and tokens[first].text.endswith(("'s", "’s"))
        and (tokens[last].lower in _ROLE_WORDS or tokens[last].lower in _BODY_NOUNS)
        and not any(
            token.lower in _FINITE_VERBS or _is_finite_verb_first(token)
            for token in tokens[first + 1 : last + 1]
        )
    ):
        return True  # ", cycling's world governing body," / ", the club's owner,"
    if (
        last - first <= 8
        and tokens[first].is_capitalised
        and tokens[first].text.endswith(("'s", "’s"))
        and not any(
            token.lower in _FINITE_VERBS or _is_finite_verb_first(token)
            for token in tokens[first : last + 1]
        )
    ):
        return True  # ", Germany's largest industrial union,"
    if last - first <= 12 and tokens[first].is_capitalised:
        # ", Mike Pence's running mate,", ", President-elect Donald J. Trump's choice to lead
        # the Interior Department,": a name of several words, possessive, then what they are
        # to that person
        position = first
        while position < last and (
            tokens[position].is_capitalised or tokens[position].text in (".", "-")
        ):
            if tokens[position].text.endswith(("'s", "’s")):
                break
            position += 1
        if (
            position < last
            and position - first <= 6
            and tokens[position].text.endswith(("'s", "’s"))
            and not any(
                token.lower in _FINITE_VERBS or _is_finite_verb_first(token)
                for token in tokens[position + 1 : last + 1]
            )
        ):
            return True
    if last - first <= 3 and _PARTY_AND_STATE.fullmatch(
        "".join(token.text for token in tokens[first : last + 1])
    ):
        return True  # "Rep. Steve King, R-Iowa, said", "Denise Harwell, D-N.Y., told"
    if head in ("including", "like", "such", "among", "notably") and not any(
        token.lower in _FINITE_VERBS or _is_finite_verb_first(token)
        for token in tokens[first + 1 : last + 1]
    ):
        return True  # ", like Mark Zandi of Moody's," / ", including the speaker,"
    segment = tokens[first : last + 1]
    if tokens[first].lower in _ASKED_WORDS and last - first <= 20:
        return True  # ", asked whether he would accept a smaller aid package,"
    if tokens[first].text.islower() and _is_participle(head) and last - first <= 10:
        return True  # ", seated two rows behind her," / ", archived by the website X,"
    if _is_participle_adjunct(tokens[first]) and last - first <= 10:
        return True  # ", citing an internal memo," / ", speaking from Geneva,"
    if (
        last - first <= 12
        and tokens[first].text.islower()
        and lexicon().best(head) == "NN"
        and any(token.lower in ("of", "for", "at") for token in segment[1:3])
        and not any(
            (token.lower in _FINITE_VERBS or _is_finite_verb_first(token))
            # ("chair of the works council": a noun)
            and not _works_as_a_noun(tokens, position)
            # (a relative clause's own verb: "spokesman for a union that represents 9,000
            # nurses")
            and not any(
                earlier.lower in ("that", "which", "who")
                for earlier in tokens[first + 2 : position]
            )
            for position, token in enumerate(segment, first)
        )
    ):
        return True  # ", convenor of the group,", ", organiser for the tenants' union,"
    name = next((i for i in range(first, last + 1) if tokens[i].is_capitalised), last + 1)
    if (
        last - first <= 7
        and first < name < last  # a description, then a name of two words or more
        and all(
            token.text.islower() and token.is_word and not _is_finite_verb_first(token)
            for token in tokens[first:name]
        )
        and all(token.is_capitalised for token in tokens[name : last + 1])
    ):
        return True  # ", former champion Ilse Brandt,": a description, then the name
    # ", chief executive of Halvern," / ", Halvern's chief executive," / ", senior director
    # for community outreach at the Morrow Foundation for Rural Health,": a role, and no verb
    # of its own (by the part-of-speech lexicon) - not a titled name (", Dr. Helen Moss,")
    return (
        not (tokens[first].lower in TITLE_ABBREVIATIONS and _is_name(tokens, first, last))
        and last - first <= 20
        and any(token.lower in _ROLE_WORDS for token in segment)
        and not any(token.lower in _FINITE_VERBS for token in segment)
        and not any(_is_finite_verb_first(token) for token in segment)
    )


def _is_finite_verb_first(token: Token) -> bool:
    """A lowercase word most often a finite verb: 'want', 'remains', 'was' (not 'director')."""
    return token.text.islower() and is_finite_verb_first(token.text)


# The head of a body described in apposition: ", cycling's world governing body,"
_BODY_NOUNS = words(
    "body union group association federation agency authority regulator watchdog company firm "
    "charity organisation organization council committee board party club network"
)
# roles "lead" describes ("lead investigator", "lead negotiator")
_LED_ROLES = words(
    "researcher researchers author authors investigator investigators negotiator negotiators "
    "prosecutor prosecutors organiser organizer plaintiff attorney lawyer writer"
)
_ROLE_WORDS = (
    PERSON_ROLE_WORDS
    | PERSON_TITLES
    | words(
        "counsel solicitor advocate "
        "spokesman spokeswoman spokesperson head deputy president chairman chairwoman secretary "
        "coordinator adviser advisor official representative member vice senior "
        # ", Republican of Arizona,", ", a Democrat,": a party is a role
        "republican democrat democratic independent conservative labour"
    )
)
_FINITE_VERBS = words("is are was were has have had will would said says can could")
_PAST_PARTICIPLES = frozenset(IRREGULAR_FORMS)
# "He's denied": has, not a possessive
_CONTRACTION = re.compile(r"['’](?:s|ll|d|ve|re|m)$", re.IGNORECASE)
_CONTRACTING_PRONOUNS = words("he she it that who there what")
# cue forms that are never nouns or adjectives after a possessive
_NEVER_NOUNS = words("said says told tells wrote writes")
_NOT_PARTICIPLES = words("hundred red bed need seed feed speed shed")


def _is_participle(word: str) -> bool:
    """'taken', 'shown', 'seated', 'archived' - not 'children', 'then', 'hundred'."""
    if word in _PAST_PARTICIPLES:
        return True
    return len(word) > 4 and word.endswith("ed") and word not in _NOT_PARTICIPLES


_OCCASION_NOUNS = words(
    "time meeting summit session ceremony visit launch vigil event gathering rally protest "
    "funeral opening trial sentencing"
)
_STATEMENT_NOUNS = words(
    "statement statements interview interviews letter letters conference briefing post posts "
    "message email e-mail video speech tweet filing court hearing address remarks testimony "
    "appearance op-ed column essay release rally debate podcast broadcast sermon memo "
    "report review outlook update forecast assessment survey bulletin study analysis "
    # a court's and a writer's: "Judge Lee, in a separate opinion, argued that ...", "in his
    # opinion piece", "in a sworn affidavit"
    "opinion dissent ruling judgment judgement piece article editorial affidavit submission "
    "complaint petition note notes"
)


def _subject_across_adverbs(tokens: list[Token], cue_index: int) -> tuple[int, int] | None:
    """'X, a firm, put ...' / 'X, interviewed by AFP, also said ...': the subject before an
    apposition whose closing comma may be followed by adverbs (or 'appear to') before the
    verb."""
    comma = cue_index - 1
    while comma > 0:
        if (
            tokens[comma].lower in _APPOSITION_ADVERBS
            # "X, known as INDECI, had earlier put the number of dead at 52"
            or tokens[comma].lower in ("has", "have", "had", "earlier", "first")
            or _is_ly_adverb(tokens[comma].lower)
        ):
            comma -= 1
        elif tokens[comma].lower == "to" and tokens[comma - 1].lower in _SEEMING:
            comma -= 2  # "Images, published by X on Sunday, appear to show ..."
        else:
            break
    if comma <= 0 or tokens[comma].text != ",":
        return None
    return _subject_before_apposition(tokens, comma, 0)


_OPENING_CONNECTIVES = _LEADING_CONNECTIVES | words(
    "meanwhile separately however additionally moreover furthermore earlier later also"
)


def _only_a_connective_before(tokens: list[Token], comma: int, lower: int) -> bool:
    """Before the comma at ``comma``: one connective opening the sentence ("Meanwhile,")."""
    return comma - 1 == lower and tokens[lower].lower in _OPENING_CONNECTIVES


_PLACE_PREPOSITIONS_OF_A_SUBJECT = frozenset({"in", "of", "from", "at", "near", "outside"})


def _placed_subject(tokens: list[Token], comma_index: int, lower: int) -> tuple[int, int] | None:
    """'Officials in Springfield, Illinois, said', 'Residents of Calumpit, Bulacan, told',
    'Farmers near Dover, Del., said': a place's region or state set off by commas ends the
    subject (it had been taken for the subject, "Illinois", or left the sentence without
    one)."""
    segment = _segment_before(tokens, comma_index, lower)
    if segment is None:
        return None
    first, last = segment
    region = tokens[first : last + 1]
    if (
        len(region) > 4
        or not region[0].is_capitalised
        or not all(token.is_capitalised or token.text == "." for token in region)
    ):
        return None
    opener = first - 1
    if opener <= lower or tokens[opener].text != ",":
        return None
    before = _segment_before(tokens, opener, lower)
    if before is None:
        return None
    place_start = before[1]
    while place_start > before[0] and tokens[place_start].is_capitalised:
        place_start -= 1
    if (
        place_start == before[1]
        or place_start == before[0]
        or tokens[place_start].lower not in _PLACE_PREPOSITIONS_OF_A_SUBJECT
        or _holds_a_past_clause(tokens, before[0], place_start - 1)
        or any(
            token.text.islower()
            and can_be_finite_verb(token.lower)
            and "NNS" not in lexicon().tags(token.lower)
            for token in tokens[before[0] : place_start]
        )
    ):
        return None
    return (before[0], last)


def _name_with_its_body(tokens: list[Token], first: int, last: int) -> bool:
    """A short name and where its holder is from: "Renata Silva from the Parents Against Knife
    Crime group", "Ciaran O'Neill of the Dublin firm O'Neill Solicitors" (no verb after it)."""
    for at in range(first + 1, min(first + 5, last)):
        if tokens[at].lower in ("from", "of", "at"):
            break
    else:
        return False
    return (
        _is_name(tokens, first, at - 1)
        and last - at <= 9
        and all(
            token.is_word
            and not (
                token.text.islower() and lexicon().best(token.lower) in ("VBD", "VBZ", "VBP", "MD")
            )
            for token in tokens[at + 1 : last + 1]
        )
    )


def _place_after_reporting_from(tokens: list[Token], comma: int, lower: int) -> bool:
    """The stretch before ``comma`` is "reporting from the capital" (or "speaking from the
    city", "writing in the town"): what follows it names the place."""
    segment = _segment_before(tokens, comma, lower)
    if segment is None:
        return False
    first, last = segment
    return (
        last - first >= 2
        and tokens[first].lower in ("reporting", "speaking", "writing", "broadcasting")
        and tokens[first + 1].lower in ("from", "in")
        and tokens[last].lower in _PLACE_NOUNS
    )


_PLACE_NOUNS = words("capital city town village region province state port border area")


def _described_name_start(tokens: list[Token], first: int, last: int) -> int | None:
    """'retired engineer Colin Whitby', 'former prosecutor Tom Hale': one to three lowercase
    words ending in a noun (no determiner, preposition or verb among them), then a name of
    two to four words; the name's first token."""
    position = first
    while position <= last and tokens[position].text.islower() and tokens[position].is_word:
        word = tokens[position].lower
        if word in DETERMINERS or word in PREPOSITIONS or word in _FINITE_VERBS:
            return None
        position += 1
    described = position - first
    if not 1 <= described <= 3 or not 2 <= last - position + 1 <= 4:
        return None
    if lexicon().best(tokens[position - 1].lower) not in ("NN", "NNS"):
        return None
    return position if _is_name(tokens, position, last) else None


def _subject_before_apposition(
    tokens: list[Token], comma_index: int, lower: int, tail: bool = False
) -> tuple[int, int] | None:
    """For 'X, apposition, said', walk back over appositions to the subject X. With ``tail``
    (nothing follows the cue: 'Y, the charity X, which ..., said.') the text before the
    appositions is the content Y, and the last noun phrase passed is the subject."""
    if not tail:
        placed = _placed_subject(tokens, comma_index, lower)
        if placed is not None:
            return placed
    index = comma_index
    # "Y, the patients' charity Heart Matters UK, which commissioned the tests, said": when
    # the walk back reaches the content, the last noun phrase passed is the subject.
    passed_noun_phrase: tuple[int, int] | None = None
    later: tuple[int, int] | None = None  # the stretch passed just before (to the right)
    name_end: int | None = None  # the end of the stretch just before the cue's comma
    for step in range(4):
        segment = _segment_before(tokens, index, lower)
        if segment is None:
            return None
        first, last = segment
        opener = first - 1
        preceded_by_comma = opener >= lower and tokens[opener].text == ","
        if (
            step == 0
            and not tail
            and preceded_by_comma
            and tokens[first].lower not in ("who", "which", "that", "whose")
            and first + 1 <= last
            and tokens[first].text.islower()
            and lexicon().best(tokens[first].lower) in ("VBD", "VBZ", "VBN")
            # (an object after it, not "founded in 1990", "led by a judge": an aside)
            and tokens[first + 1].lower not in PREPOSITIONS
            and (tokens[first + 1].text[:1].isdigit() or tokens[first + 1].lower in DETERMINERS)
        ):
            # "The Saudi Hospital, the last ... in the city, received 31 bodies, said a
            # doctor": a clause before the cue's comma, no apposition of a subject
            return None
        if step > 0 and not tail and _holds_a_past_clause(tokens, first, last):
            return None  # "A jet dropped two bombs, followed by ..., said a resident"
        if (
            step > 0
            and not tail
            and preceded_by_comma
            and tokens[first].lower in _CLAUSE_JOINERS
            and first < last
            and last - first <= 5
            and _is_name(tokens, first + 1, last)
        ):
            # "The campaign declined to comment, and Steven Cheung, a spokesman, said": a new
            # clause opens on the conjunction; its subject is the name after it
            return (first + 1, last)
        if (
            preceded_by_comma
            and (not tail or _opens_the_stretch(tokens, opener, lower))
            and (
                _address_part(tokens, first, last, opener, lower)
                # a councillor's party in apposition: "Cllr Ryan, Fianna Fáil, said"
                or _PARTY_NAME.fullmatch(" ".join(token.text for token in tokens[first : last + 1]))
            )
        ):
            # "Craig Belford, 34, of Chapel Lane, Wigan, admitted": the age and the address
            # after a name are its appositions
            later, index = (first, last), opener
            continue
        if name_end is None and tokens[first].lower not in ("who", "which", "whose"):
            name_end = last  # (past a relative clause: ", who did not wish to be named,")
        if (
            step > 0
            and not tail
            and later is not None
            and _opens_with_a_setting(tokens, last + 1, lower)
        ):
            # "In a letter to Hadley, the authority's chair, Sir Robert Chote, said": the
            # setting opening the sentence, then the subject with its apposition
            return (later[0], name_end)
        if (
            step == 0
            and preceded_by_comma
            and _is_aside(" ".join(t.lower for t in tokens[first : last + 1]))
        ):
            # "The company, however, said": the aside, then the subject - a noun phrase
            # without a verb of its own ("Prices rose, however, said X" is an inversion)
            subject = _segment_before(tokens, opener, lower)
            if (
                subject is not None
                and subject[0] > lower + 1
                and tokens[subject[0] - 1].text == ","
                and subject[1] - subject[0] <= 5
                and _is_name(tokens, subject[0], subject[1])
            ):
                # "The chairman of the committee, Hon. Musa Danladi, however, maintained":
                # the role and the name in apposition, then the aside
                role = _segment_before(tokens, subject[0] - 1, lower)
                if role is not None and role[0] == lower:
                    subject = (lower, subject[1])
            if (
                subject is None
                or subject[0] != lower
                or any(
                    # a past form ("Prices rose"): a clause, not a subject (but "A steward who
                    # was on duty, however, said": the subject's relative clause; "A study
                    # published on Monday, however, puts": a participle on the noun)
                    token.text.islower()
                    and "VBD" in lexicon().tags(token.lower)
                    and not _participle_on_noun(tokens, position, subject[1])
                    for position, token in itertools.takewhile(
                        lambda pair: pair[1].lower not in ("who", "that", "which"),
                        enumerate(tokens[subject[0] + 1 : subject[1] + 1], subject[0] + 1),
                    )
                )
            ):
                return None
            # "Residents in the area have, however, alleged": the auxiliary is the verb's
            last_word = subject[1]
            while last_word > subject[0] and tokens[last_word].lower in AUXILIARIES:
                last_word -= 1
            return (subject[0], last_word)
        if (
            step == 0
            and preceded_by_comma
            and (
                (last - first <= 5 and _is_name(tokens, first, last))
                or _name_of_a_place(tokens, first, last)
            )
            and (tokens[first].lower in TITLE_ABBREVIATIONS or tokens[first].lower in PERSON_TITLES)
        ):
            # "The association's state president, Dr Peter Huang, said": a titled name after
            # the role - the role and the name together, as for an untitled name below
            role = _role_before_name(tokens, opener, lower)
            if role is not None:
                return (role, last)
        if (
            preceded_by_comma
            and tokens[first].is_capitalised
            and tokens[first].lower not in DETERMINERS
            and _opens_with_a_setting(tokens, opener, lower)
        ):
            # "Speaking to The Hindu, Mr. K. Ramesh, the chief engineer, said": the phrase
            # before the name says how he spoke; the name is the subject
            return (first, last)
        if (
            _is_apposition(tokens, first, last)
            and preceded_by_comma
            and step > 0
            and not tail
            and _only_a_connective_before(tokens, opener, lower)
        ):
            # "Meanwhile, a source at the firm, who asked not to be named, said": the opening
            # connective, then the subject (its relative clause left out)
            return (first, last)
        if step == 0 and preceded_by_comma and not tail:
            described = _described_name_start(tokens, first, last)
            role = _segment_before(tokens, opener, lower) if described is not None else None
            if role is not None and role[0] == lower:
                # "The group's chair, retired engineer Colin Whitby, told": the role and the
                # described name in apposition together (the name had been left out)
                return (role[0], last)
        if _is_apposition(tokens, first, last) and preceded_by_comma:
            if tail and tokens[first].lower in ("the", "a", "an") and last - first <= 8:
                passed_noun_phrase = (first, last)
                if (
                    later is not None
                    and later[1] - later[0] <= 4
                    and _is_name(tokens, *later)
                    and tokens[later[0]].is_capitalised
                ):
                    # "Y, the Minister of Works, Senator David Umahi, has said": the role and
                    # the name after it together
                    passed_noun_phrase = (first, later[1])
            later = (first, last)
            index = opener
            continue
        if step == 0 and preceded_by_comma and _place_after_reporting_from(tokens, opener, lower):
            # "Hamza Ali, reporting from the capital, Kabul, said": the capital's name, in
            # apposition to where the speaker reports from
            later, index = (first, last), opener
            continue
        # A short name after a comma: "the village fire chief, Roger Balint, said" (a title's
        # full stop not counted: "Barr. Koen De Smet")
        named = (
            preceded_by_comma
            and (
                (
                    last - first - sum(1 for t in tokens[first : last + 1] if t.text == ".") <= 3
                    and _is_name(tokens, first, last)
                )
                # two names: "The plaintiffs, Maria Gomez and Terrence Lyle, argued"
                or (
                    last - first <= 7
                    and any(token.lower == "and" for token in tokens[first + 1 : last])
                    and _is_name(tokens, first, last)
                )
                or _name_of_a_place(tokens, first, last)
                or _aged_name(tokens, first, last)
                or _name_with_its_body(tokens, first, last)
            )
        )
        if passed_noun_phrase is not None and not named:
            return passed_noun_phrase
        # No apposition right before the cue: only such a name is still a subject; otherwise
        # the comma ends the content of an inversion ("Y, said X").
        if step == 0 and not named:
            return None
        if step == 0 and not tail and _signed_by_before(tokens, opener, lower):
            # "The Ghana Police Service, in a statement signed by its director, ACP Grace
            # Ansah-Akrofi, said": the body speaks; the signatory is its voice
            later, index = (first, last), opener
            continue
        # A long subject only when the cue has its content after it: "The school census
        # return sent to the Department in October, a copy of which ..., records 63 pupils".
        if last - first > (8 if tail else 14):
            return None
        while first <= last and tokens[first].lower in _LEADING_CONNECTIVES:
            first += 1
        if first > last:
            return None
        if named and tail and step == 0 and preceded_by_comma:
            # "Y, the Minister of Works, David Umahi, said": the role before the name is the
            # speaker's too, not the end of Y
            role = _segment_before(tokens, opener, lower)
            if (
                role is not None
                and tokens[role[0]].lower in _ROLE_OPENERS
                and role[1] - role[0] <= 8
                and role[0] > lower
                and tokens[role[0] - 1].text == ","
                and any(
                    # a person's role, or a body's ("the UN's refugee agency, UNHCR, said")
                    token.lower in _ROLE_WORDS or token.lower in ORGANISATION_WORDS
                    for token in tokens[role[0] : role[1] + 1]
                )
            ):
                return (role[0], last)
        if named and not tail and step == 0:
            holder = _head_before_a_modifier(tokens, opener, lower)
            if holder is not None:
                # "The buy-out group, headed by Harlan's chairman, Arthur Quill, said": the
                # name is inside the group's modifier; the group speaks
                return holder
        if named and not tail:
            role = _role_before_name(tokens, opener, lower)
            if role is not None:
                # "A police spokesman in Poso, Ketut Suardana, confirmed": the role and the
                # name together (either is how people annotate the speaker)
                return (role, last)
        relative = next(
            (
                position
                for position in range(last, first, -1)
                if tokens[position].lower in ("which", "whom")
                and tokens[position - 1].lower in PREPOSITIONS
                and position < last
            ),
            None,
        )
        if relative is not None and not tail:
            # "The fight goes back to a speech in which Mr. Olsen, then the party chairman,
            # said": the subject of the relative clause, after "in which"
            first = relative + 1
        elif not tail and step > 0:
            subordinate = next(
                (
                    position
                    for position in range(last - 1, first, -1)
                    if tokens[position].lower in SUBORDINATORS
                    and tokens[position].text.islower()
                    and (
                        tokens[position + 1].is_capitalised
                        or tokens[position + 1].lower in DETERMINERS
                    )
                ),
                None,
            )
            if subordinate is not None:
                # "Prices fell sharply when Amalgamated Textiles, the apparel maker, said":
                # the subject of the clause the cue is in, after "when"
                first = subordinate + 1
        if (
            step == 1
            and not tail
            and later is not None
            and tokens[first].lower in _ROLE_OPENERS
            and not any(token.is_capitalised for token in tokens[first + 1 : last + 1])
            and tokens[later[0]].lower in ("the", "a", "an")
            and tokens[later[1]].is_capitalised
            and tokens[later[1] - 1].lower not in ("of", "for", "at", "in")
        ):
            # "Its largest shareholder, the activist investor Redwater Capital, said": the
            # role, then who holds it - described, then named
            return (first, later[1])
        return (first, last)
    return None


def _head_before_a_modifier(tokens: list[Token], comma: int, lower: int) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence before a modifier ending at ``comma`` - "The
    panel, led by the bank's former president," / "The group, which includes the founder," -
    or None."""
    modifier = _segment_before(tokens, comma, lower)
    if (
        modifier is None
        or modifier[0] - 1 <= lower
        or tokens[modifier[0] - 1].text != ","
        or not (
            (
                tokens[modifier[0]].lower in _LEADING_PARTICIPLES
                and tokens[modifier[0] + 1].lower == "by"
            )
            or tokens[modifier[0]].lower in ("which", "who")
        )
    ):
        return None
    head = _segment_before(tokens, modifier[0] - 1, lower)
    if (
        head is None
        or head[0] != lower
        or tokens[head[0]].lower not in DETERMINERS
        or head[1] - head[0] > 5
        or any(token.lower in _FINITE_VERBS for token in tokens[head[0] : head[1] + 1])
    ):
        return None
    return head


# participles that lead a group or body: "headed by", "led by", "chaired by"
_LEADING_PARTICIPLES = words("headed led chaired run founded owned backed represented")


def _role_words_then_name(tokens: list[Token], first: int, last: int) -> bool:
    """'lead author Priya Natarajan', 'flight director Mara Delgado': a role in small words
    (one of them a role's noun), then a name of two to four capitalised words."""
    name = last
    while name >= first and tokens[name].is_word and tokens[name].is_capitalised:
        name -= 1
    if not (2 <= last - name <= 4) or name < first or name - first > 3:
        return False
    role = tokens[first : name + 1]
    return all(token.text.islower() and token.is_word for token in role) and any(
        token.lower in _ROLE_WORDS or token.lower in _ROLE_NOUNS_BEFORE_NAMES for token in role
    )


# role nouns written before a name: "lead author X", "flight director Y", "study co-author Z"
_ROLE_NOUNS_BEFORE_NAMES = words("author co-author investigator researcher scientist")


def _aged_name(tokens: list[Token], first: int, last: int) -> bool:
    """'58-year-old Janet Morrow from Ripon', '61-year-old Anne Tully of Wigan': an age, a
    name, and maybe where the person is from."""
    # (the tokens "61", "-", "year-old")
    if not (
        first + 3 <= last
        and tokens[first].text.isdigit()
        and tokens[first + 1].text == "-"
        and tokens[first + 2].lower == "year-old"
    ):
        return False
    position = first + 3
    while position <= last and tokens[position].is_capitalised:
        position += 1
    if position - first < 5:  # (a given name and a surname at least)
        return False
    if position <= last and tokens[position].lower in ("from", "of", "in"):
        position += 1
        while position <= last and tokens[position].is_capitalised:
            position += 1
    return position > last


def _opens_the_stretch(tokens: list[Token], comma: int, lower: int) -> bool:
    """The segment before the comma at ``comma`` starts the stretch: "Mairi, in Stornoway,
    writes:" (a tag that is all speaker)."""
    segment = _segment_before(tokens, comma, lower)
    return segment is not None and segment[0] == lower


def _address_part(tokens: list[Token], first: int, last: int, opener: int, lower: int) -> bool:
    """tokens[first:last + 1], after a comma, is a person's age or a part of their address, as
    court and local reports give them after the name: "34", "of Chapel Lane", "from Ilkley",
    "in Stornoway", and the town after those ("of Chapel Lane, Wigan")."""
    if first == last:
        word = tokens[first].text
        if word.isdigit() and len(word) <= 3:
            return True  # (the age)
    if tokens[first].lower in ("of", "from", "in"):
        return (
            1 <= last - first <= 6
            and all(
                token.is_capitalised or token.lower in ("the", "upon", "on", "in")
                for token in tokens[first + 1 : last + 1]
            )
            and tokens[first + 1].is_capitalised
        )
    if last - first > 2 or not all(token.is_capitalised for token in tokens[first : last + 1]):
        return False
    before = _segment_before(tokens, opener, lower)
    return (
        before is not None
        and tokens[before[0]].lower in ("of", "from")
        and before[0] - 1 >= lower
        and tokens[before[0] - 1].text == ","
    )


# A state a participle puts a noun in, in a reduced relative: "11 people reported missing",
# "a soldier confirmed dead" (the reporter's account, not someone reporting)
_STATES_AFTER_A_PARTICIPLE = words("missing dead killed injured wounded safe stolen hurt alive")
# The main verb after a reduced relative clause ("a man accused of fraud was jailed")
_REDUCED_RELATIVE_VERBS = words("was were is are has have had will would faces face pleaded")
# How a sentence opens with where or when something was said: "In a letter to MPs, ..."
# "the minister", "her attorney", "their lawyer": how a role in apposition opens
_ROLE_OPENERS = words("the a an his her their its our")


def _tag_interrupts_after(tokens: list[Token], index: int) -> bool:
    """A parenthetical tag right after the cue, before its "that": "It showed, she said, that
    ..." - the speaker of the tag says what the cue's subject showed."""
    if index + 4 >= len(tokens) or tokens[index + 1].text != ",":
        return False
    for position in range(index + 2, min(len(tokens) - 2, index + 7)):
        if tokens[position].text == ",":
            return (
                tokens[position - 1].lower in _SPEECH_VERBS
                and tokens[position + 1].lower == "that"
                and position - 1 > index + 2
            )
    return False


def _signed_by_before(tokens: list[Token], comma: int, lower: int) -> bool:
    """The stretch before ``comma`` is a statement issued by someone ("in a statement signed
    by its director"), after a subject of its own."""
    segment = _segment_before(tokens, comma, lower)
    if segment is None or segment[0] == lower:
        return False
    words = [token.lower for token in tokens[segment[0] : segment[1] + 1]]
    return (
        words[0] in ("in", "through", "via")
        and "by" in words
        and any(word in _STATEMENT_NOUNS for word in words[:4])
    )


_SETTING_PARTICIPLES = frozenset(
    "speaking addressing writing responding reacting commenting asked interviewed quoted "
    "talking".split()
)


def _opens_with_a_setting(tokens: list[Token], comma: int, lower: int) -> bool:
    """The stretch before ``comma`` opens the sentence with how or where something was said:
    a participle of speaking ("Speaking to The Hindu", "Asked about the delay") or a phrase
    of place or occasion without a verb ("In a letter to Hadley", "At a briefing")."""
    segment = _segment_before(tokens, comma, lower)
    if segment is None or segment[0] != lower:
        return False
    while lower < segment[1] and tokens[lower].lower in _LEADING_CONNECTIVES:
        lower += 1  # "But in a letter published on Wednesday, ..."
    if tokens[lower].lower in _SETTING_PARTICIPLES:
        return True
    if (
        tokens[lower].lower in ("when", "while", "once")
        and lower + 1 <= segment[1]
        and tokens[lower + 1].lower.endswith(("ed", "ing"))
        and lexicon().best(tokens[lower + 1].lower) in ("VBN", "VBD", "VBG")
    ):
        return True  # "When contacted,", "When reached by phone,", "While speaking to ...,"
    return tokens[lower].lower in _SETTING_PREPOSITIONS and not any(
        token.lower in _FINITE_VERBS for token in tokens[segment[0] : segment[1] + 1]
    )


_SETTING_PREPOSITIONS = words("in at during on after before inside outside back near")


def _role_before_name(tokens: list[Token], comma: int, lower: int) -> int | None:
    """Where a role noun phrase ending at tokens[comma] ('A police spokesman in Poso', "Sandhu's
    barrister") starts, when it opens the sentence and names a role, without a verb."""
    segment = _segment_before(tokens, comma, lower)
    if segment is None or segment[1] - segment[0] > 8:
        return None
    if segment[0] != lower and not (
        # "In a statement read to the inquest, Mrs Hale's son, Peter, said": a setting first
        tokens[segment[0] - 1].text == "," and _opens_with_a_setting(tokens, segment[0] - 1, lower)
    ):
        return None
    words = tokens[segment[0] : segment[1] + 1]
    # ("its co-author", "the vice-chancellor": the role after the hyphen; "The plaintiffs",
    # "The two candidates": a role's plural before two names)
    if not any(
        token.lower.rpartition("-")[2] in _ROLE_WORDS
        or (token.lower.endswith("s") and token.lower[:-1] in _ROLE_WORDS)
        for token in words
    ):
        return None
    if any(token.lower in _FINITE_VERBS or _is_finite_verb_first(token) for token in words):
        return None
    first = segment[0]
    while first < segment[1] and tokens[first].lower in _LEADING_CONNECTIVES:
        first += 1  # "But the Commissioner for Finance, Mrs Adeola Ojo, described"
    return first


def _name_of_a_place(tokens: list[Token], first: int, last: int) -> bool:
    """ "Kenji Sato of Kyoto University", "Dr. Ana Ruiz from Stanford": a short name, then
    where the person works or comes from, named."""
    joint = next(
        (
            position
            for position in range(first + 1, min(last, first + 5))
            if tokens[position].lower in ("of", "from", "at")
        ),
        None,
    )
    return (
        joint is not None
        and joint - first - sum(1 for t in tokens[first:joint] if t.text == ".") in (2, 3)
        and _is_name(tokens, first, joint - 1)
        and 1 <= last - joint <= 6
        and (tokens[joint + 1].is_capitalised or tokens[joint + 1].lower == "the")
        and all(
            token.is_capitalised or token.lower in _NAME_JOINERS or token.lower == "the"
            for token in tokens[joint + 1 : last + 1]
        )
    )


def _is_name(tokens: list[Token], first: int, last: int) -> bool:
    """Capitalised words (and marks) only; "and" or "&" may join two of them inside ("Hale and
    Brent", "Procter & Gamble")."""
    return all(
        token.is_capitalised
        or not token.is_word
        or (
            token.lower == "and"
            and first < position < last
            and tokens[position - 1].is_capitalised
            and tokens[position + 1].is_capitalised
        )
        # a particle inside a name: "Pieter van der Berg", "Ana de la Cruz"
        or (
            token.lower in _NAME_PARTICLES
            and first < position < last
            and tokens[position + 1].is_word
            and (
                tokens[position + 1].is_capitalised or tokens[position + 1].lower in _NAME_PARTICLES
            )
        )
        # a number that ends a name: "CUPE Local 2231", "Teamsters Local 727"
        or (
            token.text.isdigit()
            and position == last
            and first < position
            and tokens[position - 1].is_capitalised
        )
        for position, token in enumerate(tokens[first : last + 1], start=first)
    )


def _name_ends_sentence(tokens: list[Token], first: int, upper: int) -> bool:
    """From ``first`` to the sentence's end: a short name (capitalised words, a title's
    full stop) - "Dr. Alan Weiss"."""
    last = upper
    while last >= first and not tokens[last].is_word:
        last -= 1
    if last < first or last - first > 5:
        return False
    return all(
        token.is_capitalised or (token.text == "." and position > first)
        for position, token in enumerate(tokens[first : last + 1], start=first)
    )


def _right_noun_phrase(tokens: list[Token], first: int, upper: int) -> tuple[int, int] | None:
    """The claimant after an inverted cue ('said Debbie Yoder, who lives ...')."""
    if (
        first > upper
        or (
            tokens[first].lower in PREPOSITIONS
            # ("according to early results": an adjective of the source)
            and not (
                tokens[first].lower in ("early", "late")
                and first < upper
                and tokens[first + 1].text.islower()
                and not _is_time_token(tokens[first + 1])
            )
            # ("according to at least five people briefed on the search": a count of them)
            and not (
                tokens[first].lower == "at"
                and first + 2 <= upper
                and tokens[first + 1].lower in ("least", "most")
                and (
                    tokens[first + 2].text[:1].isdigit()
                    or tokens[first + 2].lower in NUMBER_WORD_VALUES
                )
            )
        )
    ):
        return None  # ("said in an interview that ...": a setting, not a speaker)
    if tokens[first].lower == "that" and first < upper and tokens[first + 1].lower in DETERMINERS:
        return None  # ("argued that the district maps ...": a clause, not a speaker)
    agent = False  # a participle and its agent inside: "an expert called by the defense"
    last = first - 1
    index = first
    while index <= upper:
        token = tokens[index]
        if (
            token.text == "."
            and index > first
            and index < upper
            and (
                (
                    (
                        tokens[index - 1].lower in TITLE_ABBREVIATIONS
                        or (len(tokens[index - 1].text) == 1 and tokens[index - 1].text.isupper())
                    )
                    and tokens[index + 1].is_capitalised
                )
                # "said the U.S. ambassador"
                or ("." in tokens[index - 1].text and tokens[index + 1].is_word)
            )
        ):
            index += 1  # "said Dr. Ruth Kagan", "said J. Smith": an abbreviation's full stop
            continue
        if (
            token.text == ","
            and index > first
            and tokens[index - 1].is_capitalised
            and index + 3 <= upper
            and any(later.lower in ("and", "&") for later in tokens[index + 1 : upper + 1])
            and all(
                later.is_capitalised or later.lower in ("and", "&") or not later.is_word
                for later in tokens[index + 1 : upper + 1]
            )
            and tokens[upper if tokens[upper].is_word else upper - 1].is_capitalised
        ):
            # "according to the Agriculture, Forestry and Fisheries Ministry": one name
            return (first, upper if tokens[upper].is_word else upper - 1)
        if token.text == "," and index > first and _name_ends_sentence(tokens, index + 1, upper):
            # "said a handwriting expert called by the defense, Dr. Alan Weiss": the role,
            # then the name
            return (first, upper if tokens[upper].is_word else upper - 1)
        if (
            token.text == "("
            and index > first
            and index + 2 <= upper
            and tokens[index + 1].text.isupper()
            and tokens[index + 2].text == ")"
        ):
            last = index = index + 2  # its initials: "the Kenya National Commission ... (KNCHR)"
            index += 1
            continue
        if token.text == "," and index > first and _list_item(tokens, first, index - 1):
            listed = _list_after(tokens, index, upper, first)
            if listed is not None:
                return (first, listed)  # "said police, firefighters and council engineers"
        if token.text in _PUNCT_STOPS or token.text in ".!?":
            break
        if (
            token.lower in ("who", "which", "that", "whose")
            and index > first
            and not token.text.isupper()  # "according to the WHO": the body, no relative
            # ("records provided by that office": a determiner after a preposition)
            and not (token.lower == "that" and tokens[index - 1].lower in ("by", "of", "from"))
        ):
            break
        if (
            index > first
            and token.text.islower()
            and token.lower.endswith("ed")
            and any(later.lower == "times" for later in tokens[index + 1 : index + 6])
        ):
            # 'says one message forwarded thousands of times', 'reads a post shared 4,000
            # times': the speaker, then how far it spread
            return (first, index - 1)
        by_agent = (
            index > first
            and index < upper
            and (
                tokens[index + 1].lower == "by"
                # "documents cited in the lawsuit", "emails filed with the court": a reduced
                # relative after the source's noun
                or (
                    tokens[index + 1].lower in ("in", "with")
                    and token.text.islower()
                    and token.lower.endswith("ed")
                    and tokens[index - 1].text.islower()
                    and can_be_noun(tokens[index - 1].lower)
                )
            )
        )
        agent = agent or by_agent
        if (
            not by_agent
            and (
                (token.lower in _FINITE_VERBS and token.text.islower())
                or _is_finite_verb_first(token)
            )
            and not _works_as_a_noun(tokens, index)
            # ("according to data the hospital system reported to the state": a record, then a
            # relative clause without "that" saying who made it)
            and not (
                tokens[first].lower in DOCUMENT_WORDS
                and token.lower.endswith("ed")
                and any(
                    earlier.lower in ("the", "a", "an", "its", "their", "his", "her")
                    for earlier in tokens[first + 1 : index]
                )
            )
        ):
            return None  # "..., said the batch was safe": a clause, not who said it
        if (
            token.lower == "at"
            and index > first
            and tokens[index - 1].is_capitalised
            and index < upper
            and tokens[index + 1].lower in ("the", "a", "an")
        ):
            # "said regional secretary Tom Hale at the depot": where the named speaker said it
            # (not "a nurse at the clinic", who she is)
            break
        if (
            token.lower in PREPOSITIONS
            and token.lower not in ("of", "for", "at", "from", "with", "this")
            # a preposition inside a name: "the Kenya National Commission on Human Rights"
            and not (
                token.lower in ("on", "in", "against", "to")
                and index > first
                and tokens[index - 1].is_capitalised
                and index < upper
                and tokens[index + 1].is_capitalised
                and tokens[index + 1].lower not in WEEKDAYS
                and tokens[index + 1].lower not in MONTHS
            )
            # "a source close to the government": who the source is near
            and not (token.lower == "to" and index > first and tokens[index - 1].lower == "close")
            # "an AP analysis of early voting data": an adjective, not a time
            and not (
                token.lower in ("early", "late")
                and index > first
                and tokens[index - 1].lower in ("of", "for", "from")
                and index < upper
                and tokens[index + 1].text.islower()
                and not _is_time_token(tokens[index + 1])
            )
            # "documents cited in the lawsuit": where the participle's noun was cited
            and not (
                token.lower == "in"
                and index > first + 1
                and tokens[index - 1].text.islower()
                and tokens[index - 1].lower.endswith("ed")
                and can_be_noun(tokens[index - 2].lower)
            )
            and not (
                token.lower == "by"
                and index > first
                and (
                    (
                        tokens[index - 1].text.islower()
                        and (
                            tokens[index - 1].lower.endswith("ed")
                            # "analysis by the Resolution Foundation", "estimates by Kline &
                            # Co.": a work and its author
                            or tokens[index - 1].lower in _AUTHORED_WORKS
                        )
                    )
                    # "an estimate released Wednesday by Verisk": the participle, its time
                    or (
                        _is_time_token(tokens[index - 1])
                        and index - 2 >= first
                        and tokens[index - 2].lower.endswith("ed")
                    )
                )
            )
            and index > first
        ):
            break
        last = index
        index += 1
    if last < first or last - first > (16 if agent else 12):
        return None
    return (first, last)


# --------------------------------------------------------------------------------------------
# Cue verbs


# After "that": the subject of a relative clause, not a complementiser ("said that was
# untrue", "a light show that can be seen").
_VERBS_AFTER_PRONOUN = words(
    "was is were are had has would will could can may might must should "
    # "said that never happened", "said that did not happen": the pronoun, then its verb
    "did does never happened happens occurred "
    # "said that gives the GOP an opening": the pronoun's present verb
    "gives makes means shows puts leaves sends raises helps hurts "
    # "says that isn't true", "said that won't happen": a negated auxiliary
    "isn't wasn't aren't weren't hasn't hadn't doesn't didn't won't wouldn't can't couldn't "
    "isn’t wasn’t aren’t weren’t hasn’t hadn’t doesn’t didn’t won’t wouldn’t can’t couldn’t"
)


def _inverted_condition(tokens: list[Token], index: int, last: int) -> bool:
    """'should the council approve the plan, ...' / 'were the deal to collapse, ...': a
    condition opened by its inverted verb, its subject after it and a comma to close it."""
    if tokens[index].lower not in ("should", "were") or index + 1 > last:
        return False
    subject = tokens[index + 1]
    if not (
        subject.lower in DETERMINERS or subject.lower in SUBJECT_PRONOUNS or subject.is_capitalised
    ):
        return False
    return any(token.text == "," for token in tokens[index + 2 : min(last, index + 16) + 1])


_SINGULAR_CLAIM_NOUNS = words(
    "accusation allegation claim charge report suggestion assertion story account version "
    "view forecast estimate assessment characterisation characterization count tally figure "
    "number finding conclusion analysis description interpretation narrative statement "
    "prediction projection timeline argument reasoning logic characterization "
    "characterisation portrayal timetable schedule deadline target plan proposal pledge promise "
    "idea explanation decision"
)
# "It is certain that", "Not everyone is convinced that": no one holding the claim
_NO_HOLDER = words("it there this not no few nobody everyone")
_CALLED_OBJECT_OPENERS = words("the these those such that this it them his her their its")


_WHEN_AFTER_A = words("day week month year hour minute second moment while decade few couple time")


def _called_something(tokens: list[Token], index: int) -> bool:
    """After "called" at ``index``: its object (a pronoun, or a determiner and up to four
    words) and then what it is called - "a"/"an" and a noun ("a waste of public money"), or an
    adjective ending the clause ("unconstitutional", "reckless and dangerous")."""
    position = index + 1
    if position >= len(tokens):
        return False
    if tokens[position].lower in ("it", "them", "him", "her", "this", "that"):
        position += 1
    elif tokens[position].lower in _CALLED_OBJECT_OPENERS or tokens[position].is_capitalised:
        position += 1
        taken = 0
        while (
            position < len(tokens)
            and taken < 4
            and tokens[position].is_word
            and tokens[position].lower not in ("a", "an")
            and not _adjective_ending_a_clause(tokens, position)
        ):
            if tokens[position].lower in PREPOSITIONS and tokens[position].lower != "of":
                return False  # "called the police to the scene"
            position += 1
            taken += 1
    else:
        return False
    if position >= len(tokens):
        return False
    word = tokens[position]
    if word.text in _QUOTE_MARKS and position + 1 < len(tokens) and tokens[position + 1].is_word:
        return True  # 'called the lawsuit "frivolous"', 'called Powell "a stubborn moron"'
    if word.lower in ("a", "an"):
        # (not when: "called the hotel a day later")
        return (
            position + 1 < len(tokens)
            and tokens[position + 1].is_word
            and tokens[position + 1].lower not in _WHEN_AFTER_A
        )
    return _adjective_ending_a_clause(tokens, position)


def _adjective_ending_a_clause(tokens: list[Token], position: int) -> bool:
    """An adjective at ``position`` before the clause's end or "and"/"or": "unconstitutional.",
    "reckless and dangerous"."""
    return (
        tokens[position].text.islower()
        and lexicon().best(tokens[position].lower) == "JJ"
        and (
            position + 1 >= len(tokens)
            or not tokens[position + 1].is_word
            or tokens[position + 1].lower in ("and", "or")
        )
    )


_FALSE_WORDS = words(
    "untrue false baseless unfounded fabricated nonsense inaccurate incorrect wrong misleading "
    "groundless lies fiction fantasy rubbish exaggerated unfair unjustified distorted "
    "cherry-picked flawed bogus absurd ridiculous outdated selective fabrication lie fake "
    "hoax propaganda smear slander disinformation misinformation fabrications falsehood "
    "falsehoods"
)
_QUANTIFIERS = words(
    "dozens hundreds thousands scores more at about nearly almost over some around"
)


# Cues only as a quotation's tag ("She continued: ...", "The letter reads "...""): before a
# colon, a comma, a quote mark or the sentence's end.
_TAG_FOLLOWERS = frozenset({":", ",", '"', "“", ".", "", "'"})
_TOPIC_PREPOSITIONS = words("about of")


def _only_an_addressee(text: str, attribution: Attribution) -> bool:
    """'to Mohamed', 'on Twitter': what is left of a claim cut before "and said" is only whom
    or where it was said."""
    words = text[attribution.content[0] : attribution.content[1]].split()
    return 0 < len(words) <= 5 and words[0].lower() in ("to", "on", "at", "in", "via")


_RECORD_NOUNS = words("data figures records statistics numbers tally count estimates")


_POLL_NOUNS = words("poll polls survey surveys study report analysis review audit")


def _tag_subject_before(tokens: list[Token], index: int) -> bool:
    """A short noun phrase between a comma and ``index`` that opens with a determiner, a
    possessive or a name (", an AFP tally", ", the IMF", ", Reuters' count")."""
    position = index - 1
    # (a poll's name may run to ten words: ", a new NBC News/Wall Street Journal poll finds.")
    longest = 11 if tokens[index - 1].lower in _POLL_NOUNS else 5
    while (
        position >= 0
        and (tokens[position].is_word or tokens[position].text in ("/", "&"))
        and index - position <= longest
    ):
        position -= 1
    if position < 0 or position == index - 1 or tokens[position].text != ",":
        return False
    opener = tokens[position + 1]
    return (
        opener.lower in DETERMINERS
        or opener.lower.endswith(("'s", "’s"))
        or (opener.is_capitalised and index - position <= 4)
        # ", state data shows.", ", police records show."
        or (index - position <= 4 and tokens[index - 1].lower in _RECORD_NOUNS)
    )


def _figure_within(tokens: list[Token], first: int, count: int) -> bool:
    """A number among the ``count`` tokens from ``first`` (before any punctuation stop)."""
    for token in tokens[first : first + count]:
        if token.text in _PUNCT_STOPS or token.text == ".":
            return False
        if token.text[:1].isdigit() or token.text[:1] in "$£€¥":
            return True
    return False


def _fraction_at(tokens: list[Token], index: int) -> bool:
    """ "half", "a third", "two-thirds" at ``index``."""
    if index >= len(tokens):
        return False
    if tokens[index].lower in _FRACTION_WORDS:
        return True
    return (
        tokens[index].lower == "a"
        and index + 1 < len(tokens)
        and tokens[index + 1].lower in _FRACTION_WORDS
    )


def _quantity_word(token: Token) -> bool:
    return (
        token.text[:1].isdigit()
        or token.text[:1] in "$£€¥"
        or token.lower in NUMBER_WORD_VALUES
        or token.lower in _QUANTIFIERS
    )


_CLAUSE_OPENERS = frozenset({",", ";", ":", "and", "but", "while", "whereas", "(", "—", "–"})
_STATE_OWNED = _OUTLET_NOUNS | words("media broadcaster press outlets")
# Verbs of saying in the past or the third person: a cue word right before one is a noun.
_TAG_VERBS = frozenset(
    "said says found finds showed shows concluded concludes stated states added adds".split()
)


_FINDERS = words(
    "study studies report reports survey surveys analysis analyses inquiry inquiries review "
    "reviews audit audits poll polls research investigation investigations investigators "
    "researchers scientists inspectors inspection inspections assessment assessments "
    "evaluation evaluations trial trials probe probes auditors"
)


_SPOKE_TO = words("spoke talked listened wrote")


def _found_by_a_finder(tokens: list[Token], index: int) -> bool:
    """The subject of "found" is a study or an inquiry: the word before, or the head of the
    stretch before the apposition ("A previous analysis of the data, published in 2021,
    found")."""
    previous = tokens[index - 1].lower if index else ""
    if previous in _FINDERS:
        return True
    if previous != ",":
        # "A survey last month found", "a poll released Thursday found": the head before
        # the times and participles that follow it
        last = _skip_between_subject_and_verb(tokens, index - 1, 0)
        for position in range(last if last is not None else -1, max(-1, index - 10), -1):
            token = tokens[position]
            if token.lower in _FINDERS:
                return True
            if not (
                _is_time_token(token)
                or token.lower in _TIME_LEADERS
                or (token.text.islower() and _is_participle(token.lower))
                # "A poll by Marist College found", "A survey for the union of 800 nurses
                # found": who made it, for whom, of whom
                or (token.is_word and token.is_capitalised and position > 0)
                or token.lower in ("by", "for", "of", "the", "and", "&")
                or token.text[:1].isdigit()
            ):
                return False
        return False
    for token in tokens[:index]:
        if token.text == ",":
            return False
        if token.lower in _FINDERS:
            return True
    return False


def _inside_a_noun_phrase(tokens: list[Token], index: int) -> bool:
    """Before ``index``: up to three lowercase nouns and adjectives, and a determiner before
    them ("A staff report", "an internal inspection report", "the police statement")."""
    position = index - 1
    modifiers = 0
    while position >= 0 and modifiers < 3:
        token = tokens[position]
        if token.lower in DETERMINERS or token.lower.endswith(("'s", "’s")):
            return modifiers > 0
        if not (token.text.islower() and token.is_word):
            return False
        if lexicon().best(token.lower) not in ("NN", "JJ", "NNS", "VBG"):
            return False
        modifiers += 1
        position -= 1
    return False


_PROCEDURAL_NOUNS = words(
    "motion motions request requests application applications appeal appeals petition "
    "petitions bid bids bail parole visa visas permit permits permission entry access "
    "injunction lawsuit suit"
)


# Verbs of saying that are also activities done without content ("I write every morning"),
# and the words of how often that then follow them.
_DONE_AS_A_HABIT = frozenset({"write", "speak", "talk", "post", "tweet", "blog", "comment"})
_HOW_OFTEN = words(
    "every each daily weekly monthly regularly often sometimes rarely frequently occasionally "
    "usually mostly mainly"
)


def _procedural_object(tokens: list[Token], index: int) -> bool:
    """'denied a motion to dismiss', 'rejected the takeover bid', 'refused bail': the object
    is a request decided on, not a claim denied - unless it is called something ("dismissed
    the lawsuit as frivolous")."""
    if index >= len(tokens):
        return False
    position = index
    if tokens[position].lower in DETERMINERS or tokens[position].lower.endswith(("'s", "’s")):
        position += 1
    for probe in range(position, min(len(tokens), position + 3)):
        token = tokens[probe]
        if token.lower in _PROCEDURAL_NOUNS:
            return not any(later.lower == "as" for later in tokens[probe + 1 : probe + 6])
        if not token.is_word:
            return False
    return False


def _quantifier_speaks(tokens: list[Token], index: int) -> bool:
    """ "Another said ...", "Some argued that ...": a quantifier standing for people, the
    subject of the cue - not "some reported cases", "another estimated 300" (an adjective)."""
    if tokens[index - 1].lower not in _PRONOMINAL_QUANTIFIERS or index + 1 >= len(tokens):
        return False
    if index > 1 and tokens[index - 2].is_word and tokens[index - 2].lower not in _CLAUSE_OPENERS:
        return False  # "of some reported ...": inside a phrase
    following = tokens[index + 1]
    if following.lower == "that" or not following.is_word:
        return True
    if following.lower[:1].isdigit() or _quantity_word(following):
        return False
    if tokens[index].lower in _NEVER_AN_ADJECTIVE:
        return True  # "some said conditions were worse": no "said conditions"
    return not (following.text.islower() and lexicon().best(following.lower) in ("NN", "NNS"))


# cues no noun takes as its adjective ("some reported cases", but never "some said prices")
_NEVER_AN_ADJECTIVE = words(
    "said say says told tell tells argued argue argues insisted insist insists warned warn "
    "warns wrote write writes added add adds believe believes think thinks thought"
)


def _reads_as_third_person(word: str) -> bool:
    """'is', 'was', 'has', 'lowers', 'rises': a verb's third person singular."""
    return word in ("is", "was", "has") or lexicon().best(word) == "VBZ" or third_person_verb(word)


# Cues only before "that", "how", a clause, a time or place ("Y, a jury heard on Monday"), or
# ending a tag ("..., the Guardian understands.")
# (and "signaled confidence", "hinted at a delay": a mood shown, no clause reported)
_CLAUSE_ONLY_CUES = frozenset({"hear", "understand", "learn", "signal", "hint"})
_BEFORE_A_CLAUSE = (PREPOSITIONS - {"to"}) | {"that", "how"}


def _set_off_between_commas(tokens: list[Token], index: int) -> bool:
    """The cue at ``index`` ends a short aside between commas after the start of a clause:
    "The mine, the company estimates, holds ...", "It was, he explained, the sound ...": a
    pronoun, or a determiner and up to two nouns, or a name, then the cue."""
    if index + 2 >= len(tokens) or tokens[index + 1].text != "," or not tokens[index + 2].is_word:
        return False
    comma = _first_comma(tokens, range(index - 1, max(0, index - 5) - 1, -1))
    if comma is None or comma == 0 or comma == index - 1:
        return False
    between = tokens[comma + 1 : index]
    if len(between) == 1:
        return between[0].lower in SUBJECT_PRONOUNS or between[0].is_capitalised
    return (between[0].lower in DETERMINERS or all(token.is_capitalised for token in between)) and (
        all(token.is_word and token.lower not in _FINITE_VERBS for token in between)
    )


def _holds_a_past_clause(tokens: list[Token], first: int, last: int) -> bool:
    """A subject, then a past verb and its object, in the stretch: "A fighter jet dropped
    at least two bombs", "A drone hit the clinic twice" (not "a nurse who worked there", a
    relative clause; not "When asked about the delay", a setting)."""
    if tokens[first].lower in SUBORDINATORS:
        return False
    for position in range(first + 1, last):
        token = tokens[position]
        if token.lower in ("who", "which", "that", "whose"):
            return False
        following = tokens[position + 1]
        if (
            token.text.islower()
            and "VBD" in lexicon().tags(token.lower)
            and tokens[position - 1].is_word
            and tokens[position - 1].lower not in DETERMINERS
            and (
                following.lower in DETERMINERS
                or following.text[:1].isdigit()
                or following.lower in NUMBER_WORD_VALUES
                or (position + 2 <= last and tokens[position + 2].lower == "least")
            )
        ):
            return True
    return False


# Parties named in apposition after a politician (British and Irish habit)
_PARTY_NAME = re.compile(f"(?:{PARTY_NAMES})", re.VERBOSE)
# What is expressed or voiced before a that-clause: "expressed the hope that", "voiced
# concern that", "expressed its firm conviction that"
_VIEWS = words(
    "hope hopes concern concerns confidence belief fear fears doubt doubts optimism view "
    "conviction regret worry worries satisfaction"
)


def _voiced_view(tokens: list[Token], start: int) -> bool:
    """A view, then "that", from ``start``: up to a determiner and an adjective before the
    noun ("the hope that", "deep concern that", "its firm conviction that")."""
    for position in range(start, min(len(tokens) - 1, start + 3)):
        if tokens[position].lower in _VIEWS:
            return tokens[position + 1].lower == "that"
    return False


# Words that count what comes after them: "several states", "other reports" (a plural noun)
_COUNTING_WORDS = words("several many other numerous various multiple few")
# Words that make "reports", "claims" a noun after them: "media reports that", "press claims"
_REPORT_ADJECTIVES = words(
    "final interim preliminary initial full official new latest detailed separate formal "
    "independent annual internal"
)
_NEWS_MODIFIERS = words("media press news newspaper television tv radio wire unconfirmed")
# What a plural cue form names before it when it is a noun's modifier: "estimates hearing"
_SITTINGS = frozenset({"hearing", "hearings", "committee", "session", "sessions"})


def _hyphened_adjective(word: str) -> bool:
    """'long-awaited', 'much-vaunted', 'hard-hitting', 'so-called': a hyphened word whose last
    part is a participle or an adjective (not 'short-seller', a noun)."""
    if "-" not in word:
        return False
    last = word.rsplit("-", 1)[1]
    return last.endswith(("ed", "ing")) or lexicon().best(last) in ("JJ", "VBN")


# Plurals without their -s that speak in a base form: "data show", "police say"
_PLURALS_WITHOUT_S = words("data media police people staff personnel")


def _plural_without_s_before(tokens: list[Token], index: int) -> bool:
    """The cue's subject is such a plural: right before it, or before a participle's phrase
    ("data compiled by Bloomberg show", "data released on Friday show")."""
    for position in range(index - 1, max(-1, index - 7), -1):
        word = tokens[position].lower
        participle_after = (
            tokens[position + 1].lower.endswith("ed") and tokens[position + 1].text.islower()
        )
        if word in _PLURALS_WITHOUT_S:
            return position == index - 1 or participle_after
        if (
            position < index - 1
            and participle_after
            and tokens[position].text.islower()
            and lexicon().best(word) == "NNS"
        ):
            return True  # "Preliminary figures compiled by the union suggest"
        if (
            word in _PLACING_PREPOSITIONS
            and position < index - 1
            and position > 0
            and _plural_speakers_before(tokens, position - 1)
        ):
            return True  # "..., players in the squad say", "..., staff at the plant say"
        if not tokens[position].is_word:
            return False
    return False


# (and "of": "residents of Flint say", "members of Unite say")
_PLACING_PREPOSITIONS = words("in at from inside within across around near of")


def _plural_speakers_before(tokens: list[Token], position: int) -> bool:
    """A plural noun closing a tag's subject at ``position``, the subject opening after a comma
    (one adjective or noun may stand before it): ", players", ", local residents"."""
    word = tokens[position]
    if not word.text.islower() or not (
        word.lower in _PLURALS_WITHOUT_S
        or is_plural_of_speakers(word.lower)  # "fishermen", "women"
        or lexicon().best(word.lower) == "NNS"
    ):
        return False
    opening = position - 1
    if opening >= 0 and tokens[opening].is_word and tokens[opening].text.islower():
        opening -= 1  # "local residents"
    return opening < 0 or tokens[opening].text == ","


_OPEN_QUOTE_TOKENS = frozenset({'"', "“", "‘", "'"})


def _object_pronoun_said(tokens: list[Token], pronoun: int) -> bool:
    """'said that from the beginning', 'said it in meetings for years', 'told them that many
    times': the pronoun is what was said, and no clause follows it."""
    after = pronoun + 1
    while after < len(tokens) - 1 and tokens[after].text in _OPEN_QUOTE_TOKENS:
        after += 1  # 'said it "firmly rejects" the allegations': the clause goes on, quoted
    if after >= len(tokens) or not tokens[after].is_word:
        return tokens[pronoun].lower != "that" or after >= len(tokens) or tokens[after].text in ".!"
    following = tokens[after].lower
    if not (
        following in _BEFORE_A_DETERMINER
        or following in ("many", "again", "before", "too", "often", "repeatedly", "publicly")
        or _is_ly_adverb(following)
    ):
        return False
    if (
        after + 1 < len(tokens)
        and (
            (following, tokens[after + 1].lower) in _QUANTITY_OPENERS
            # "said that over 60 per cent of farmers ...", "said that around 200 people ..."
            or (
                following in ("over", "under", "around", "about", "nearly", "almost", "some")
                and (
                    tokens[after + 1].text[:1].isdigit() or tokens[after + 1].lower in NUMBER_WORDS
                )
            )
        )
    ):
        return False  # "said that at least two cities ...": a figure opens the clause said
    if tokens[pronoun].lower == "that" and (following in PREPOSITIONS or following == "of"):
        # "said that in the northern region, more than 40 ballot boxes were missing": a phrase
        # fronted in the clause said, its comma, then the clause
        comma = _first_comma(tokens, range(after + 1, min(len(tokens) - 1, after + 12)))
        if comma is not None and (
            _clause_follows(tokens, comma + 1)
            or (
                comma + 2 < len(tokens)
                and (tokens[comma + 1].lower, tokens[comma + 2].lower) in _QUANTITY_OPENERS
            )
        ):
            return False
        if comma is None and any(
            tokens[position].lower in ("the", "a", "an", "he", "she", "they", "we", "it")
            and tokens[position - 1].is_word
            and tokens[position - 1].lower not in PREPOSITIONS
            and tokens[position - 1].lower not in ("of", "the", "a", "an")
            and _clause_follows(tokens, position)
            for position in range(after + 3, min(len(tokens) - 2, after + 10))
        ):
            # "said that on the day of the fire the ward had only two staff": the fronted
            # phrase without its comma, then the clause said
            return False
    if (
        _is_ly_adverb(following)
        and after + 1 < len(tokens)
        and tokens[after + 1].text.islower()
        and tokens[after + 1].is_word
        # (a present form the treebank saw as a noun only: "regularly reviews")
        and (can_be_finite_verb(tokens[after + 1].lower) or tokens[after + 1].lower.endswith("s"))
        and tokens[after + 1].lower not in PREPOSITIONS
        and tokens[after + 1].lower not in DETERMINERS
    ):
        return False  # "said it firmly rejects the allegations": its adverb, then its verb
    return not _clause_runs_on(tokens, after, len(tokens) - 1)


# what a document's noun does as a subject: "estimates put the toll at", "a report showing"
_VERBS_OF_A_DOCUMENT = words(
    "put puts place places show shows showing showed suggest suggests suggesting suggested "
    "indicate indicates indicating found finds finding"
)


# participles of publishing after a document's noun: "a UN report released on Monday"
_PUBLISHED = words("released published issued commissioned compiled prepared obtained seen leaked")


# cue words that are nouns after a verb of saying or denying: "denied reports that",
# "dismissed claims that", "confirmed reports", "rejected estimates"
_NOUN_AFTER_A_CUE = words("reports claims estimates warnings statements")
_CITED_OBJECTS = frozenset(("him", "her", "them", "us", "me")) | DETERMINERS


def _cited_for_an_offence(tokens: list[Token], index: int) -> bool:
    """ "cited the driver (four times) for speeding", "cited him for contempt": whom an officer
    or a court cites, and for what - an offence, not a source or a reason given."""
    if index + 3 >= len(tokens) or tokens[index + 1].lower not in _CITED_OBJECTS:
        return False
    for position in range(index + 2, min(len(tokens) - 1, index + 8)):
        word = tokens[position]
        if word.lower == "for":
            return True
        if not word.is_word or word.lower in ("that", "as", "which"):
            return False
    return False


# Prepositions that take a noun phrase, never a clause with a subject of its own (not "after",
# "before", "as": "after police said"; not "to": "to claim that")
_NOUN_PREPOSITIONS = words("despite amid amidst over about against without of")


# the popular press's tags, only after a quotation or before a colon
_QUOTATION_TAGS_ONLY = words("gush beam rave laugh blast snap recount") | {"go on"}


_FINITE_AFTER_A_SUBJECT = words("is are was were has have had will would could may might")


def _noun_then_auxiliary(tokens: list[Token], first: int) -> bool:
    """From ``first``: one to three lowercase words, then an auxiliary ("drug pushers were")."""
    for position in range(first + 1, min(first + 4, len(tokens))):
        if tokens[position].lower in _FINITE_AFTER_A_SUBJECT:
            return all(token.text.islower() and token.is_word for token in tokens[first:position])
    return False


def _after_a_quotation(tokens: list[Token], index: int) -> bool:
    """The cue at ``index`` stands in a quotation's tag: a closing mark a few words before it
    ('"...," Okafor shot back', '"...," Hughes wrote to a colleague')."""
    return any(earlier.text in _CLOSE_QUOTES for earlier in tokens[max(0, index - 6) : index])


def _hoped_clause(tokens: list[Token], index: int) -> bool:
    """ "hopes (that) a visit will lift turnout": a clause with its own subject after it."""
    following = index + 1
    if following >= len(tokens):
        return False
    word = tokens[following].lower
    if word == "that":
        return True
    return (
        word not in AUXILIARIES
        and word not in _MODALS
        and word not in PREPOSITIONS
        and _clause_follows(tokens, following)
    )


def _an_outlet_was_told(tokens: list[Token], index: int) -> bool:
    """ "Y, the BBC has been told.", "The Times has been told that Y": the outlet told, its
    own sourcing, as "the Guardian understands" (the tag ends the sentence, or "that"
    follows)."""
    if tokens[index].lower != "told" or index < 3 or tokens[index - 1].lower != "been":
        return False
    if tokens[index - 2].lower not in ("has", "have", "had"):
        return False
    outlet = tokens[index - 3]
    if not outlet.is_capitalised or claimant_kind(outlet.text) != "media":
        return False
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return following in ("", ".", "that") or following.lower() == "that"


def _made_it_clear(tokens: list[Token], index: int) -> int | None:
    """The position of "clear" in "made clear (that)", "made it clear (that)", or None."""
    for position in (index + 1, index + 2):
        if position < len(tokens) and tokens[position].lower == "clear":
            if position == index + 2 and tokens[index + 1].lower != "it":
                return None
            return position if position + 1 < len(tokens) else None
    return None


def _noun_after_a_preposition(tokens: list[Token], index: int) -> bool:
    """The cue word is a plural noun after a preposition and at most two modifiers."""
    token = tokens[index]
    if not token.text.islower() or "NNS" not in lexicon().tags(token.lower):
        return False
    back = index - 1
    while (
        back >= max(0, index - 2)
        and tokens[back].text.islower()
        and tokens[back].lower not in _NOUN_PREPOSITIONS
        and lexicon().best(tokens[back].lower) in ("JJ", "JJR", "JJS", "VBN", "RB")
    ):
        back -= 1
    return back >= 0 and tokens[back].lower in _NOUN_PREPOSITIONS


# "Vantage reports earnings on Nov. 7", "Walmart announces its results next Tuesday": a
# company's results, due on a date - an event in the calendar, no figure said
_SCHEDULED_FORMS = words("reports announces releases")
_RESULTS = words("earnings results figures")


def _results_on_a_date(tokens: list[Token], index: int) -> bool:
    """Results (within three words of ``index``), then when they come."""
    for position in range(index, min(len(tokens) - 1, index + 4)):
        if tokens[position].lower in _RESULTS:
            following = tokens[position + 1]
            return following.lower in ("on", "next", "later", "after", "before", "this") or (
                _is_time_token(following)
            )
        if not tokens[position].is_word or tokens[position].text[:1].isdigit():
            return False
    return False


def _compared_with(tokens: list[Token], index: int) -> bool:
    """ "than most economists had forecast", "than analysts expected": "than", a few words of a
    noun phrase and an auxiliary before the cue at ``index``."""
    position = index - 1
    while position >= 0 and tokens[position].lower in ("had", "have", "has", "been", "were"):
        position -= 1
    for _ in range(4):
        if position < 0 or not tokens[position].is_word or not tokens[position].text.islower():
            return False
        if tokens[position].lower == "than":
            return position < index - 1
        position -= 1
    return False


def _after_a_name_and_its_article(tokens: list[Token], index: int) -> bool:
    """Capitalised words (one to four) right before ``index``, "a" or "an" before them and a
    preposition before that: "on a Yale Budget Lab (estimate)", "in an IMF (forecast)"."""
    position = index - 1
    while position >= 0 and index - position <= 4 and tokens[position].is_capitalised:
        position -= 1
    return (
        position < index - 1
        and position >= 0
        # (an indefinite article: not "published by the AP show that": the subject's verb)
        and tokens[position].lower in ("a", "an")
        # (after a preposition: "on a Yale Budget Lab estimate"; not opening a clause)
        and position > 0
        and tokens[position - 1].lower in PREPOSITIONS
    )


def _cites_a_source_only(tokens: list[Token], index: int) -> bool:
    """After "cited": a document ("the analysis", "a new report", "the CBO's figures") and no
    clause of what it says ("that", "showing", "finding", "which")."""
    for position in range(index, min(len(tokens), index + 4)):
        if tokens[position].lower in DOCUMENT_WORDS:
            return not any(
                later.lower in ("that", "showing", "finding", "which", "as", "saying")
                for later in tokens[position + 1 : position + 9]
            )
        if not tokens[position].is_word:
            return False
    return False


_CONFIRMING_BODIES = words("senate senators committee council parliament assembly house")


def _object_then_infinitive(tokens: list[Token], first: int) -> bool:
    """A short object, then "to" and a verb: "the economy to slow", "the Fed to cut rates"."""
    for position in range(first + 1, min(len(tokens) - 1, first + 5)):
        token = tokens[position]
        if not token.is_word:
            return False
        if token.lower == "to":
            following = tokens[position + 1]
            return following.text.islower() and "VB" in lexicon().tags(following.lower)
    return False


def _judged_as_something(tokens: list[Token], first: int) -> bool:
    """After "considered": a clause ("that ...", "it is ..."), or an object with what it is
    judged to be - an adjective, "as", "to be", "a/an" noun after the object ("considered the
    plan unworkable", "consider him a threat")."""
    if first >= len(tokens):
        return False
    if tokens[first].lower in ("that", "it", "whether") or _clause_follows(tokens, first):
        return True
    for position in range(first + 1, min(len(tokens), first + 7)):
        token = tokens[position]
        if token.text in _PUNCT_STOPS or token.text == ".":
            return False
        if token.lower in ("as", "to", "a", "an"):
            return True
        best = lexicon().best(token.lower) if token.text.islower() else ""
        if best in ("JJ", "JJR", "JJS") and lexicon().best(tokens[position - 1].lower) in (
            "NN",
            "NNS",
            "PRP",
        ):
            return True
    return False


_FORECASTING_BODIES = words(
    "ministry government bank treasury consultancy office regulator department economists "
    "analysts forecasters"
)


def _names_open_the_sentence(tokens: list[Token], index: int) -> bool:
    """Capitalised words right before ``index`` that open the sentence (after "The" at most):
    "Reuters", "The New York Times" - not "A man from Venezuela"."""
    position = index - 1
    while position >= 0 and tokens[position].is_capitalised:
        position -= 1
    return position < index - 1 and (
        position < 0 or (position == 0 and tokens[0].lower in ("the", "but", "and"))
    )


_MODIFIER_PREPOSITIONS = words("with to on in at of from about for")
_POSTMODIFYING_ADJECTIVES = words("familiar close briefed involved knowledgeable")


def _plural_head_before_a_modifier(tokens: list[Token], index: int) -> bool:
    """'people familiar with the matter say', 'sources close to the talks say', 'officials in
    the city say': the verb's subject is the plural before the prepositional modifier whose
    last word stands right before the verb."""
    for position in range(index - 2, max(-1, index - 9), -1):
        token = tokens[position]
        if token.text in ("'", "’"):
            continue  # "Data from the Employees' Provident Fund Organisation show"
        if not token.is_word:
            return False
        if token.lower in _MODIFIER_PREPOSITIONS or (
            # ("figures released by the ministry show")
            token.lower == "by" and position > 0 and tokens[position - 1].lower.endswith("ed")
        ):
            head = position - 1
            if head >= 0 and tokens[head].lower in _POSTMODIFYING_ADJECTIVES:
                head -= 1
            if (
                head > 0
                and tokens[head].lower.endswith("ed")
                and "VBN" in lexicon().tags(tokens[head].lower)
            ):
                head -= 1  # "figures released by the ministry show": the participle's noun
            return (
                head >= 0
                # ("Figures from the ministry show": the sentence's first word)
                and (tokens[head].text.islower() or head == 0)
                and (
                    is_plural_of_speakers(tokens[head].lower)
                    or lexicon().best(tokens[head].lower) == "NNS"
                    or tokens[head].lower == "data"
                )
            )
    return False


_FELT_THINGS = words(
    "something nothing anything pain sick ill unwell dizzy faint better worse fine great good "
    "bad terrible awful like as"
)


_NOUN_LIKE_CUES = words("report forecast estimate")
_ARTICLES_BEFORE_A_NOUN = words("a an the its their his her this that")


def _a_noun_after_its_article(tokens: list[Token], index: int) -> bool:
    """'A leaked police report obtained by ...', 'issued a first-quarter revenue forecast that
    came in below ...': "report", "forecast", "estimate" after an article and its modifiers, a
    participle, a preposition or a relative clause after it - the noun, no cue."""
    position = index - 1
    while position >= 0 and index - position <= 4:
        word = tokens[position]
        if word.lower in _ARTICLES_BEFORE_A_NOUN:
            break
        if not word.is_word or word.lower in AUXILIARIES or word.lower in SUBJECT_PRONOUNS:
            return False
        position -= 1
    else:
        return False
    if position < 0 or position == index - 1:
        return False
    if index + 1 >= len(tokens):
        return False
    before = tokens[index - 1]
    if (
        tokens[position].lower not in ("a", "an")
        and before.text.islower()
        and lexicon().best(before.lower) == "NNS"
    ):
        return False  # "the researchers report in the journal": a plural subject, its verb
    following = tokens[index + 1]
    if following.lower == "that":
        after = tokens[index + 2] if index + 2 < len(tokens) else None
        return (
            after is not None
            and after.text.islower()
            and lexicon().best(after.lower) in ("VBD", "VBZ", "MD")
        )
    return following.text.islower() and (
        following.lower in PREPOSITIONS
        or (following.lower.endswith(("ed", "en")) and "VBN" in lexicon().tags(following.lower))
    )


def _cue_at(tokens: list[Token], index: int) -> CueVerb | None:
    token = tokens[index]
    verb = CUE_VERBS.get(token.lower)
    if verb is None:
        return None
    if token.lower in _NOUN_LIKE_CUES and _a_noun_after_its_article(tokens, index):
        return None
    if verb.lemma == "make clear" and _made_it_clear(tokens, index) is None:
        return None  # "made a profit": only "made (it) clear that"
    if token.lower == verb.lemma and _after_a_name_and_its_article(tokens, index):
        return None  # "on a Yale Budget Lab estimate that ...", "the CBO estimate": a noun
    if (
        token.lower == verb.lemma
        and index > 1
        and tokens[index - 1].text.islower()
        # (an indefinite article: "The injured say they ..." is a subject and its verb)
        and tokens[index - 2].lower in ("a", "an")
        and tokens[index - 1].lower not in ("few", "many", "several")
        # ("a simple reason", "a published report": an adjective or a participle before it;
        # "following a newspaper report that": a noun, after a preposition)
        and (
            (best := lexicon().best(tokens[index - 1].lower)) == "JJ"
            or (
                tokens[index - 1].lower.endswith("ed")
                and "VBN" in lexicon().tags(tokens[index - 1].lower)
            )
            or (best == "NN" and index > 2 and tokens[index - 3].lower in PREPOSITIONS)
        )
    ):
        return None  # "He gave a simple reason:", "a bold claim": a noun after its adjective
    if (
        verb.lemma == "call"
        and index > 1
        and tokens[index - 1].lower in SUBJECT_PRONOUNS
        and tokens[index - 2].lower == "what"
    ):
        return None  # 'lashed out at what he called the "rigged" news media': his word for it
    if (
        verb.lemma in _QUOTATION_TAGS_ONLY
        and index > 3  # (a tag read alone, after its quotation: "he laughed.")
        and not _after_a_quotation(tokens, index)
        and not (index + 1 < len(tokens) and tokens[index + 1].text == ":")
    ):
        return None  # "Asked whether she was too old, Marsh laughed": no quotation, no claim
    if verb.lemma == "hope" and not _hoped_clause(tokens, index):
        return None  # "hopes to win", "a gamble they hope will win": no clause of its own
    if token.text[:1].isupper() and index > 0 and tokens[index - 1].is_capitalised:
        return None  # "Mr Hassan Said, said": a name's word (a surname), set off or not
    if _after_a_contact_clause(tokens, index):
        return verb  # "The engineers I have spoken to say": no infinitive, no noun after "to"
    if verb.complement != "tail" and _set_off_between_commas(tokens, index):
        # "The recordings, she believes, can tell ...", "The mine, the company estimates,
        # holds ...": a speaker and a cue set off inside the claim
        return verb
    previous = tokens[index - 1].lower if index > 0 else ""
    following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    if token.text[:1].isupper() and previous[:1].isalpha():
        return None  # "Colorado State University", "the Daily Report": a name's word
    if (
        previous in CUE_VERBS
        and token.lower in _NOUN_AFTER_A_CUE
        and CUE_VERBS[previous].group in ("deny", "say")
        and tokens[index - 1].text.islower()
    ):
        return None  # "The club denied reports that ...", "dismissed claims that": a noun
    if previous == "please":
        return None  # "Please note that ...", "Please consider ...": a request, no speaker
    if (
        verb.lemma == "confirm"
        and index > 0
        and following not in ("that", "reports", "the", "a", "an", "it", "this")
        and (
            following[:1].isdigit()
            or following in NUMBER_WORD_VALUES
            or (index + 1 < len(tokens) and tokens[index + 1].is_capitalised)
        )
        and _CONFIRMING_BODIES.intersection(
            token.lower for token in tokens[max(0, index - 4) : index]
        )
    ):
        # "The Senate confirmed 18 nominees", "confirmed Ms. Ortiz by a vote of 52 to 48": a
        # vote on a nomination, no report
        return None
    if verb.lemma == "consider" and not _judged_as_something(tokens, index + 1):
        # "The council considered several proposals", "have considered similar bills": what
        # was weighed, no view ("considered the plan unworkable", "consider that ...")
        return None
    if (
        token.lower == "claim"
        and index >= 2
        and (
            tokens[index - 1].lower in DETERMINERS
            # ("an overtime claim", "a compensation claim": a noun's modifier between)
            or (tokens[index - 2].lower in ("a", "an") and tokens[index - 1].text.islower())
        )
    ):
        return None  # "refused to pay an overtime claim it knew to be valid": a noun
    if (
        verb.lemma == "claim"
        and token.text.islower()
        and following in ("it", "them", "this", "that", "some", "all", "money")
        and any(later.lower == "back" for later in tokens[index + 2 : index + 4])
    ):
        return None  # "pay the levy upfront and then claim it back": money reclaimed
    if (
        verb.lemma == "declare"
        and following != "that"
        and _DECLARED_ACT.match(" ".join(token.lower for token in tokens[index + 1 : index + 7]))
    ):
        # "declared three days of national mourning", "declared a state of emergency": an
        # act of state, no report of anyone's words
        return None
    if (
        following in ("itself", "himself", "herself", "themselves")
        and token.text.islower()
        and (index + 2 >= len(tokens) or tokens[index + 2].lower != "that")
    ):
        # "The council declared itself bankrupt", "The group describes itself as ...": what
        # the subject made of itself, no report of anyone's words
        return None
    if (
        index
        and tokens[0].lower == "what"
        and all(
            token.lower in _PLAIN_ADVERBS or token.lower == "most" or _is_ly_adverb(token.lower)
            for token in tokens[1:index]
        )
    ):
        # "What worries investors is ...", "What most worries ...": a free relative's verb,
        # no speaker
        return None
    if (
        (token.lower.endswith("ed") or token.lower == "told")
        and previous in ("first", "initially", "originally", "previously", "widely", "later")
        and index > 1
        and tokens[index - 2].lower in PASSIVE_AUXILIARIES
    ):
        return None  # "The ban was first reported in April 2023": a passive, no speaker
    if previous == "me" and index > 1 and tokens[index - 2].lower == "let":
        return None  # "Let me tell you a story", "let me say this": the speaker's own aside
    if (
        token.lower in ("show", "shows", "showed", "shown")
        and index > 0
        and tokens[index - 1].text.islower()
        and is_plural_of_speakers(tokens[index - 1].lower)
        # (not "Footage filmed by residents showed tanks": the footage shows)
        and not (index > 1 and tokens[index - 2].lower in PREPOSITIONS)
        and following != "that"
    ):
        return None  # "Younger patients showed the largest improvement": how they fared
    if (
        verb.lemma == "declare"
        and index + 2 < len(tokens)
        and (tokens[index + 1].lower in WEEKDAYS or tokens[index + 1].lower in MONTHS)
    ):
        return None  # "declared Friday a public holiday": an act, no claim
    if (
        tokens[0].lower == "of"
        and token.lower.endswith("ed")
        and any(later.text == "," for later in tokens[index + 1 : index + 6])
        and not any(earlier.text == "," for earlier in tokens[1:index])
    ):
        return None  # "Of the 120 complaints reported last year, 85 involved ...": a noun's
    if (
        token.lower in ("reports", "claims", "estimates", "allegations")
        and index > 0
        and tokens[index - 1].text.islower()
        and (
            previous == "to"
            or (
                previous not in AUXILIARIES
                and previous not in CUE_VERBS
                and not {"VBD", "VBN"}.isdisjoint(lexicon().tags(previous))
                and lexicon().best(previous) not in ("NN", "NNS", "JJ", "RB")
            )
        )
    ):
        return None  # "Whitaker addressed reports that ...", "responded to claims that": a noun
    if _noun_after_a_preposition(tokens, index):
        return None  # "Despite repeated claims that ...", "amid pledges that": a noun
    if (
        token.lower in ("report", "study", "survey", "estimate")
        and following == "that"
        and index + 2 < len(tokens)
        and tokens[index + 2].lower in CUE_VERBS
        and tokens[index + 2].lower.endswith(("ed", "found", "said"))
    ):
        return None  # "pointed to a GAO report that found ...": the noun, then its relative
    if verb.lemma == "cite" and _cited_for_an_offence(tokens, index):
        return None  # "Police cited the driver four times for speeding": a ticket, no source
    if (
        (
            previous in DETERMINERS
            and not _quantifier_speaks(tokens, index)
            # ("Some Democrats who voted no said": the vote, not a determiner)
            and not (previous == "no" and index > 1 and tokens[index - 2].lower == "voted")
        )
        or previous == "whose"  # "whose claim acceptance rate": a noun
        # "A leaked report obtained by ...", "the draft statement": the noun after what kind
        # of document it is
        or (
            previous in _DOCUMENT_ADJECTIVES
            and index > 1
            and tokens[index - 2].lower in DETERMINERS
        )
        or previous in ("'s", "’s")
        or (
            previous.endswith(("'s", "’s"))
            and previous[:-2] not in _CONTRACTING_PRONOUNS
            and not (token.lower in _NEVER_NOUNS and tokens[index - 1].text[:1].isupper())
            # "Macy's rejected that view": a name's verb before its object (not "the
            # company's rejected bid")
            and not (
                tokens[index - 1].text[:1].isupper()
                and token.lower.endswith("ed")
                and following in ("that", "the", "a", "an", "this", "these", "those", "it", "any")
            )
        )
    ):
        # "the reported deaths", "an estimated 70,000", "the surgeon's claim" (but a name
        # ending in a possessive speaks: "Moody's said", "Sainsbury's told investors")
        return None
    if (
        token.lower == "accused"
        and index > 1
        and tokens[index - 2].lower in DETERMINERS
        and lexicon().best(previous) == "JJ"
    ):
        return None  # "The main accused, identified as ...": a noun
    if (
        token.lower == "accused"
        and following == "of"
        and tokens[index - 1].text.islower()
        and lexicon().best(previous) in ("NN", "NNS")
    ):
        return None  # "indicted a property developer accused of forging titles": a passive
    if (
        token.lower.endswith("ed")
        and index > 1
        and _quantity_word(tokens[index - 1])
        # (a number opening a clause is its subject: "Of the 200 doctors, 143 reported
        # shortages", "and 12 alleged abuse")
        and tokens[index - 2].lower not in _CLAUSE_OPENERS
        and index + 1 < len(tokens)
        and tokens[index + 1].text.islower()
        and lexicon().best(tokens[index + 1].text) in ("NN", "NNS")
    ):
        return None  # "grown to 143 confirmed cases", "12 suspected infections": an adjective
    if (
        index == 1
        and token.lower in ("suspected", "alleged", "reported", "confirmed", "presumed")
        and _quantity_word(tokens[0])
        and _noun_then_auxiliary(tokens, index + 1)
    ):
        # "Three suspected drug pushers were killed": the number opens the subject, the
        # participle its adjective (not "Twelve alleged abuse by guards": no verb after)
        return None
    if (
        token.lower.endswith("ed")
        and index > 1
        and tokens[index - 2].lower in (DETERMINERS | {"most", "least", "more", "less"})
        and lexicon().best(previous) == "JJ"
        and following.isalpha()
        and lexicon().best(following) in ("NN", "NNS")
    ):
        return None  # "The most common reported side effects were ...": an adjective
    if (
        lexicon().best(token.lower) not in ("VBD", "VBN")  # ("the official said": a verb)
        and index > 1
        and (
            tokens[index - 2].lower in DETERMINERS
            # "struck a more cautious note", "a less upbeat note": a degree before it
            or (
                index > 2
                and tokens[index - 2].lower in ("more", "less", "very", "rather", "somewhat")
                and tokens[index - 3].lower in DETERMINERS
            )
        )
        and (lexicon().best(previous) in ("JJ", "JJR", "JJS") or _hyphened_adjective(previous))
        and (following in PREPOSITIONS or not _clause_right_after(tokens, index))
    ):
        # "the Senate has the final say", "a greater say", "the latest estimates", "The
        # long-awaited report"
        return None
    if (
        index > 2
        and previous.isalpha()
        and tokens[index - 2].text == "-"
        and tokens[index - 3].text[:1].isdigit()
    ):
        return None  # "a 48-page report", "a 10-point claim": a noun after its measure
    if (
        token.lower in ("reports", "claims", "estimates")
        and previous in _NEWS_MODIFIERS
        # (not an outlet's name: "Sky News reports that", "Fox News reports")
        and not (
            index > 1 and tokens[index - 1].is_capitalised and tokens[index - 2].is_capitalised
        )
    ):
        return None  # "Commenting on media reports that ...", "press claims": a noun
    if (
        token.lower in ("report", "estimate", "claim")
        and previous in _REPORT_ADJECTIVES
        and index > 1
        and tokens[index - 2].lower in DETERMINERS
    ):
        return None  # "A final report typically takes a year": a noun
    if (
        token.lower.endswith("s")
        and token.lower != verb.lemma  # (an -s form: "states", not "stress")
        and token.text.islower()
        and (
            previous in _COUNTING_WORDS
            or _quantity_word(tokens[index - 1])
            or (previous in PREPOSITIONS and previous not in ("as", "than", "to"))
        )
        and index > 0
        and not (following == "that" and previous in ("both", "all", "most", "many", "some"))
    ):
        return None  # "Farmers in several states that ban it", "12 states", "two reports"
    if (
        token.lower.endswith("s")
        and following in _SITTINGS
        and lexicon().best(previous) in ("NN", "NNP")
    ):
        return None  # "a budget estimates hearing", "the Senate estimates committee"
    if verb.lemma in ("express", "voice") and not _voiced_view(tokens, index + 1):
        return None  # "voiced their anger at the decision": no clause reported
    if (
        verb.lemma == "denounce"
        and following != "that"
        # "denounced in a statement that ...", "denounced on Friday that ...": a setting
        and not (
            following in PREPOSITIONS
            and tokens[_that_after_setting(tokens, index + 1)].lower == "that"
        )
    ):
        if any(
            tokens[position].lower == "as"
            and position + 1 < len(tokens)
            and (tokens[position + 1].is_word or tokens[position + 1].text in _QUOTE_MARKS)
            for position in range(index + 2, min(len(tokens) - 1, index + 7))
        ):
            return _CHARACTERISED  # 'denounced the outcome as "fabricated"': a verdict on it
        return None  # "denounced the attack": an act, no content reported
    if token.lower in ADJECTIVE_CUES:
        return verb if previous in PASSIVE_AUXILIARIES and following == "that" else None
    if (
        verb.group == "deny"
        # ('called the lawsuit "frivolous"': a verdict on the act, read below)
        and verb.lemma not in CALLED_FALSE_CUES
        and _procedural_object(tokens, index + 1)
    ):
        return None  # "The judge denied a motion to dismiss", "rejected the bid": an act
    if verb.lemma == "rule" and (following == "unanimously" or _vote_at(tokens, index + 1)):
        # "The court ruled 6-3 on Friday, holding that ...": the vote, not a clause (but
        # "ruled 2-1 that the curfew ...", "ruled unanimously that": the ruling after it)
        after = index + (2 if following == "unanimously" else 4)
        if after < len(tokens) and tokens[after].lower != "that":
            return None
    if (
        verb.lemma in ("write", "rule")
        and following in ("to", "against")
        and not _that_before_a_comma(tokens, index + 2, index + 12)
        # ('"...," Hughes wrote to a colleague on March 3': a quotation's tag)
        and not (verb.lemma == "write" and _after_a_quotation(tokens, index))
    ):
        return None  # "wrote to staff on Monday", "ruled against him": no content reported
    if (
        token.lower in FORECASTERS_ONLY_FORMS
        and (
            following in ("to", "by", "in", "on", "at", "from", "for")
            # (the forecasters may have an apposition before the verb: "Economists surveyed by MMS
            # International, a unit of McGraw-Hill Inc., had expected")
            or not any(
                earlier.lower in FORECASTERS for earlier in tokens[max(0, index - 14) : index]
            )
        )
    ):
        return None  # "is expected to open", "as expected"; "Analysts had expected a loss"
    if (
        token.lower == verb.lemma
        and previous.isalpha()
        # (a plural subject: "Officials say"; not "its previous estimate")
        and not (previous.endswith("s") and lexicon().best(previous) not in ("JJ", "RB"))
        # ("local fishermen say": a plural of people without its -s)
        and not (tokens[index - 1].text.islower() and is_plural_of_speakers(previous))
        and not tokens[index - 1].text.isupper()  # ("WHO say": a body, as a plural)
        and previous not in PERSON_SUBJECT_PRONOUNS
        and previous not in MODALS_BEFORE_BASE_FORM
        and previous not in ("and", "or")
        and previous not in AUXILIARIES  # ("that I have read,": a participle)
        and verb.lemma != "read"  # ('A statement from the palace read: "..."': its past)
        and following != ":"
        and (_reads_as_third_person(following) or not following[:1].isalpha())
        # ("Y, data show", "Y, data compiled by Bloomberg show": a plural without its -s)
        and not _plural_without_s_before(tokens, index)
        # ("people familiar with the matter say": the plural before the noun's modifier)
        and not _plural_head_before_a_modifier(tokens, index)
    ):
        # "Heat stress lowers yields", "The pay claim was rejected", "..., up a million on
        # its previous estimate.": the base form after a singular noun, then a verb of its
        # own or nothing - a noun
        return None
    if (
        verb.lemma == "report"
        and following != "that"
        and any(
            earlier.text.endswith("%") or earlier.lower in ("percent", "cent")
            for earlier in tokens[max(0, index - 5) : index]
        )
        and not _clause_right_after(tokens, index)
    ):
        # "14% of patients reported dizziness": what befell a share of them, a statistic
        # (but "Of the 200 doctors surveyed, 143 reported shortages": what they reported)
        return None
    if (
        following in ("little", "nothing", "much")
        and verb.group == "say"
        and not _clause_right_after(tokens, index)
    ):
        return None  # "said little during the hearing", "said nothing about it": no claim
    if (
        len(previous) == 4
        and previous.startswith(("19", "20"))
        and previous.isdigit()
        and index > 1
        and tokens[index - 2].lower in DETERMINERS
    ):
        return None  # "A 2023 report by the auditor found", "the 2019 estimate": a noun
    if (
        token.lower in ("state", "states")
        and index + 1 < len(tokens)
        and (
            tokens[index + 1].is_capitalised
            # "AAP state president Gurpreet Singh said": the party's officer in the state
            or tokens[index + 1].lower in _ROLE_WORDS
            # "claims by state attorneys general that", "state regulators found": the state's
            # people, after a preposition or before their plural
            or previous in PREPOSITIONS
            or tokens[index + 1].lower in _STATE_PEOPLE
        )
    ):
        return None  # "Arizona state Sen. Dale Whitcomb says": the state's senator
    if (
        token.lower in ("report", "reports", "estimate", "estimates")
        and following in _VERBS_OF_A_DOCUMENT
        and index > 0
        and tokens[index - 1].is_word
    ):
        return None  # "Independent estimates place the toll at", "a police report showing"
    if (
        token.lower in ("disputed", "contested", "questioned", "challenged")
        and previous in _BEFORE_A_DETERMINER | DETERMINERS
        and lexicon().best(following) in ("NN", "NNS")
    ):
        return None  # "on the strength of contested figures": an adjective, not the verb
    if (
        token.lower in ("disputed", "contested")
        and following == "by"
        and previous in _CONTESTED_GROUND
    ):
        return None  # "most of them in areas contested by the rebels": ground, not a claim
    if (
        verb.group == "say"
        and following in ("it", "that", "this", "so")
        and token.text.islower()
        and _object_pronoun_said(tokens, index + 1)
    ):
        return None  # "I have said that from the beginning", "we all said it in meetings"
    if verb.lemma == "agree" and following in ("to", "on", "with") and index + 2 < len(tokens):
        return None  # "the president agreed to lift the ban", "agreed on a ceasefire": a deal
    if (
        token.lower in ("forecast", "estimate", "projection", "forecasts", "estimates")
        and index > 0
        and (tokens[index - 1].text[:1].isdigit() or tokens[index - 1].text[:1] in "$£€¥")
    ):
        return None  # "beating the 0.1% forecast in a Reuters poll": a figure's noun
    if token.lower in ("note", "notes") and any(
        tokens[position].lower == "in" and tokens[position + 1].lower in DETERMINERS
        for position in range(max(0, index - 3), index - 1)
    ):
        return None  # "said in a (research) note": where it was said, a noun
    if (
        token.lower in ("report", "reports", "estimate", "estimates")
        and following in _PUBLISHED
        and index > 0
        and (
            tokens[index - 1].is_capitalised
            # "A ministry report published in May rated ...": a singular "report" after a
            # noun is no verb ("they report published figures")
            or (
                token.lower in ("report", "estimate")
                and tokens[index - 1].text.islower()
                and lexicon().best(tokens[index - 1].lower) in ("NN", "NNP", "JJ")
            )
        )
    ):
        return None  # "A United Nations report released in September found": a noun
    if verb.lemma == "attribute" and (
        following in ("to", "by", "")
        or previous in PASSIVE_AUXILIARIES
        or not any(later.lower == "to" for later in tokens[index + 2 : index + 14])
    ):
        return None  # "remarks attributed to him", "was attributed to": no one's claim
    if token.lower == "projects" and not (
        (
            following in DETERMINERS
            or lexicon().best(following) in ("NN", "NNS")
            # "The Finance Ministry projects average inflation of 3.6%": an adjective before
            # the noun, after a named body (not "road projects worth £40m")
            or (
                lexicon().best(following) == "JJ"
                and following != "worth"
                and (
                    tokens[index - 1].is_capitalised
                    # ("The agency projects annual inflation of 27%": a body that forecasts)
                    or tokens[index - 1].lower in ORGANISATION_WORDS
                    or tokens[index - 1].lower in _FORECASTING_BODIES
                )
            )
        )
        and _figure_within(tokens, index + 1, 8)
        and tokens[index - 1].lower not in DETERMINERS
    ):
        return None  # "projects inflation of 2.4%"; not "infrastructure projects", "the projects"
    if (
        (verb.lemma in _CLAUSE_ONLY_CUES or token.lower == "state")
        and following[:1].isalpha()
        and following not in _BEFORE_A_CLAUSE
        and not _clause_right_after(tokens, index)
    ):
        # "The court heard (that) he had been drinking", "The Guardian understands the
        # minister will resign", "..., the Guardian understands."; not "heard a loud bang",
        # "understands the risks", "learned to swim", "state funds"
        return None
    if verb.lemma in THAT_ONLY_CUES and following != "that":
        return None  # "repeated that ...", not "repeated orders", "repeated the test"
    if (
        verb.lemma == "learn"
        and index > 0
        and previous not in ("has", "have", "had")
        and not _names_open_the_sentence(tokens, index)
    ):
        # "Sky News has learned that Y", "Reuters learned that Y": an outlet's sourcing; not
        # "A man from Venezuela learned that his hearing would be moved" - what someone found
        # out, told by others, the reporter's account
        return None
    if token.lower in _SCHEDULED_FORMS and _results_on_a_date(tokens, index + 1):
        return None  # "Vantage reports third-quarter earnings on Nov. 7": when, not what
    if (
        token.lower in ("note", "notes")
        and index > 0
        and (
            tokens[index - 1].is_capitalised
            or tokens[index - 1].lower.endswith(("-year", "-month"))
        )
        and can_be_finite_verb(following)
        and following not in ("that", "the", "a", "an")
    ):
        return None  # "the 10-year Treasury note fell to 4.30%": a bond, the subject's noun
    if (
        verb.lemma == "mention"
        and following != "that"
        and following not in PREPOSITIONS
        and not _clause_follows(tokens, index + 1)
    ):
        return None  # "rarely mentions his predecessor by name": whom, no claim
    if verb.lemma == "characterize" and following == "by" and previous not in AUXILIARIES:
        return None  # "cretinism, a condition characterised by brain damage": marked by
    if (
        verb.lemma in TAG_ONLY_CUES
        and following not in _TAG_FOLLOWERS
        and index > 0
        # 'The letter read in part, "..."', "reads in full:"
        and not (
            following == "in"
            and index + 3 < len(tokens)
            and tokens[index + 2].lower in ("part", "full")
            and tokens[index + 3].text in _TAG_FOLLOWERS
        )
        # ('One read simply: "..."', "read only:")
        and not (
            following in ("simply", "only", "just")
            and index + 2 < len(tokens)
            and tokens[index + 2].text in _TAG_FOLLOWERS
        )
    ):
        # (first in a quotation's tag it is the tag's verb: '"...," reads one post')
        return None  # "She continued:", 'The letter reads "..."' - not "prices continued to"
    if (
        following in _TOPIC_PREPOSITIONS
        and verb.group in ("say", "assert", "announce")
        and index + 2 < len(tokens)
        and not _quantity_word(tokens[index + 2])  # "said about 38,000 people used ..."
        # "said of the 12 drones launched, nine were shot down": a partitive opens the clause
        and not (
            following == "of"
            and tokens[index + 2].lower == "the"
            and index + 3 < len(tokens)
            and _quantity_word(tokens[index + 3])
        )
        and not _fraction_at(tokens, index + 2)  # "said about half of its members"
        and not any(later.lower == "that" for later in tokens[index + 2 : index + 12])
    ):
        return None  # "wrote about the Civil War", "spoke of a crisis": no content reported
    if (
        following in _HOW_OFTEN
        and verb.lemma in _DONE_AS_A_HABIT
        and not any(later.lower == "that" for later in tokens[index + 2 : index + 5])
    ):
        return None  # "I write every morning", "she speaks regularly at schools": an activity
    if (
        token.lower.endswith("ed")
        # "estimated damages", not "insisted": the treebank saw it as a participle only
        and "VBD" not in (lexicon().observed(token.lower) or lexicon().tags(token.lower))
        # (or after a preposition: "$4bn in estimated damage")
        and (previous in ("and", "or", ",", "") or previous in PREPOSITIONS)
        and index + 1 < len(tokens)
        and tokens[index + 1].text.islower()
        and lexicon().best(tokens[index + 1].text) in ("NN", "NNS")
        and not any(candidate.lower == "that" for candidate in tokens[index + 1 : index + 4])
    ):
        return None  # "... homeless and estimated damages as high as": an adjective
    if (
        following in _STATES_AFTER_A_PARTICIPLE
        and token.lower.endswith("ed")
        and previous not in SUBJECT_PRONOUNS
        and previous not in PASSIVE_AUXILIARIES
        and previous not in ("and", "or", ",", "")
        and not (  # "Police reported missing funds": the state is the object's
            index + 2 < len(tokens)
            and tokens[index + 2].text.islower()
            and lexicon().best(tokens[index + 2].text) in ("NN", "NNS")
        )
    ):
        return None  # "searching for 11 people reported missing", "two staff confirmed dead"
    if (
        previous in PASSIVE_AUXILIARIES
        or (
            index > 1
            and tokens[index - 2].lower in PASSIVE_AUXILIARIES
            and lexicon().best(previous).startswith("RB")
        )
    ) and not _an_outlet_was_told(tokens, index):
        return None  # "was reported", "were twice denied": passives, handled apart
    if previous in _NOUN_AFTER and token.lower == verb.lemma:
        return None  # "secretary of state", "in answer": a noun after a preposition
    if (
        (verb.group == "estimate" or verb.lemma == "forecast")
        and following == "of"
        and token.lower in (verb.lemma, "estimates", "forecasts")
    ):
        return None  # "beating the consensus estimate of $1.1 billion", "its prior forecast of"
    if (
        token.lower == "accused"
        and following == "of"
        and previous not in SUBJECT_PRONOUNS
        and any(
            (later.lower in _REDUCED_RELATIVE_VERBS or later.lower in _SPEECH_VERBS)
            and later.text.islower()
            for later in tokens[index + 2 : index + 16]
        )
    ):
        return None  # "A former clerk accused of tampering with machines was sentenced"
    if (
        verb.lemma == "concede"
        and following != "that"
        and not _clause_follows(tokens, index + 1)
        # "conceded on Tuesday that", "conceded last week that": a time, then the clause
        and not _that_after_adjuncts(tokens, index + 1)
    ):
        return None  # "conceded 14 goals", "conceded defeat": not an admission of a claim
    if (
        verb.lemma == "recall"
        and following not in ("that", "", ".", ",", ";", ":")
        and not _clause_follows(tokens, index + 1)
        and not _that_after_adjuncts(tokens, index + 1)
        # '"It was chaos," recalled Ed Morrow': a quotation's tag, its speaker after it
        and not (
            previous in ('"', "”", "’", "'")
            or (previous == "," and index > 1 and tokens[index - 2].text in ('"', "”", "’", "'"))
        )
    ):
        return None  # "Tarrant Motors recalled about 8,000 vans": a product recall
    if verb.lemma == "declare" and (
        following in ("a", "an")
        or (following.isalpha() and lexicon().best(following) in ("NN", "NNS"))
    ):
        return None  # "declared a state of emergency", "declared victory": an act, no claim
    if (
        token.lower.endswith("ed")
        and index > 0
        and tokens[index - 1].text.islower()
        and lexicon().best(tokens[index - 1].lower) in ("NN", "NNS")
        and _copula_after_adjuncts(tokens, index + 1)
    ):
        return None  # "The merger announced on Friday was the largest": the noun's participle
    if token.lower == "fear" and previous in ("for", "of", "in", "out"):
        return None  # "asked not to be named for fear it would affect his case": a noun
    if (
        verb.group == "say"
        and following in ("yes", "no", "goodbye", "hello", "farewell")
        and index + 2 < len(tokens)
        and tokens[index + 2].lower == "to"
    ):
        return None  # "I have said yes to advising them", "said goodbye to the crew": an act
    if (
        verb.lemma == "describe"
        and not any(later.lower == "as" for later in tokens[index + 1 : index + 14])
        and any(
            later.lower in ("differently", "terms", "language", "words")
            for later in tokens[index + 1 : index + 10]
        )
    ):
        return None  # "described the talks in cautious terms": how, not what, it was called
    if (
        token.lower.endswith("ed")
        and 0 < index < len(tokens) - 2
        and tokens[index - 1].text.islower()
        and "VBD" in lexicon().tags(tokens[index - 1].lower)
        and tokens[index - 1].lower not in AUXILIARIES
        and tokens[index + 1].text.islower()
        and "NN" in lexicon().tags(following) + lexicon().tags(following.rstrip("s"))
        and index + 2 < len(tokens)
        and lexicon().best(tokens[index + 2].lower) in ("NN", "NNS")
    ):
        # "compared observed rainfall records", "reviewed reported side effects": a
        # participle before a noun, after the sentence's verb
        return None
    if verb.lemma == "push back" and (
        following != "back"
        or index + 2 >= len(tokens)
        or tokens[index + 2].lower not in ("on", "against")
    ):
        return None  # "pushed back the vote to May": a delay (not "pushed back on claims")
    if verb.lemma in PHRASAL_CUES and (
        (following != PHRASAL_CUES[verb.lemma] and verb.lemma != "make clear")
        # ("shot back that": only with its clause; "fired back at the troops" is no report)
        or (
            PHRASAL_CUES[verb.lemma] == "back"
            and verb.lemma != "push back"
            and (index + 2 >= len(tokens) or tokens[index + 2].lower != "that")
            # ('"...," Okafor shot back.': a quotation's tag)
            and not (
                _after_a_quotation(tokens, index)
                and (index + 2 >= len(tokens) or not tokens[index + 2].is_word)
            )
        )
    ):
        return None  # "scored 12 points", "pointed to": not "pointed out that"
    if verb.lemma == "submit" and following != "that":
        return None  # "submitted a report", "submitted to pressure"
    if verb.lemma == "feel" and (
        following in _FELT_THINGS
        or (following in DETERMINERS and not _clause_follows(tokens, index + 1))
    ):
        return None  # "felt something in my lower back", "felt sick": a sensation, no view
    if verb.lemma == "report" and following != "that" and _reported_to_an_authority(tokens, index):
        return None  # "The hospital reported the breach to regulators": what it did
    if (
        verb.lemma == "claim"
        and following != "that"
        and _CLAIMED_VICTIMS.match(" ".join(token.lower for token in tokens[index + 1 : index + 6]))
    ):
        return None  # "The gang has claimed at least 40 victims", "claimed 200 lives"
    if (
        verb.lemma == "claim"
        and following[:1] in "$£€¥"
        and following[:1] != ""
        and any(later.lower in ("for", "on", "in") for later in tokens[index + 2 : index + 6])
    ):
        return None  # "The MP claimed £4,000 for a new kitchen": an expense, nothing said
    if (
        verb.lemma == "post"
        and following not in ("on", "online", "to", "in", "that", ".", "")
        # ('posted a message on X: "..."': a message, before the quotation it holds)
        and _skip_posted_object(tokens, index + 1, len(tokens) - 1) == index + 1
    ):
        return None  # "posted a loss that was ...", "posted a photo that went viral"
    if verb.lemma in ("post", "rule"):
        ahead = tokens[index + 1 : index + 12]
        that = next(
            (position for position, later in enumerate(ahead) if later.lower == "that"), None
        )
        rest = tokens[index + 1 :]
        tag_end = (
            # '"Go now," the sheriff posted on X.'; "Y, the court ruled on Thursday."
            (
                verb.lemma == "post"
                or any(earlier.text == "," for earlier in tokens[max(0, index - 8) : index])
            )
            and len(rest) <= 7
            and all(
                later.lower not in _FINITE_VERBS and later.lower not in CUE_VERBS for later in rest
            )
        )  # a tag after its claim, nothing after it but when and where
        if not tag_end and (
            that is None or any(later.lower in CUE_VERBS for later in ahead[:that])
        ):
            return None  # "posted on X that ...", "ruled that ...", not "a video posted online
            # shows", "the case on which the court has ruled was ..."
    if verb.lemma in CALLED_FALSE_CUES and not (
        following in _CALLED_OBJECT_OPENERS
        and any(
            token.lower in _FALSE_WORDS
            and not (
                token.lower == "wrong"
                and position + 1 < len(tokens)
                and tokens[position + 1].lower == "to"
            )
            for position, token in enumerate(tokens[index + 2 : index + 9], start=index + 2)
        )
    ):
        if (
            following in _CALLED_OBJECT_OPENERS
            # ('called it "a historic night"': a verdict on it; not whom one calls a name)
            and (following not in OBJECT_PRONOUNS or following in ("it", "them"))
            and any(
                later.text in _QUOTE_MARKS or later.text in ("'", "‘")
                for later in tokens[index + 2 : index + 9]
            )
        ):
            # 'termed the amount "grossly inadequate"': a quoted verdict on it, the
            # speaker's assertion
            return _CHARACTERISED
        if (
            verb.lemma == "call"
            and following == "for"
            and index + 2 < len(tokens)
            and tokens[index + 2].text in _QUOTE_MARKS
        ):
            return _CALLED_FOR  # 'They call for "urgent action on salt"': the demand, quoted
        if verb.lemma == "call" and _called_something(tokens, index):
            # "called the proposal a waste of public money", "called it a betrayal", "called
            # the ruling unconstitutional": the speaker's verdict on it
            return _CHARACTERISED
        return None  # "called for calm", "called the police"; not a denial
    if verb.lemma in FIGURE_ONLY_CUES and not (
        following[:1].isdigit() or following in NUMBER_WORD_VALUES or following in _QUANTIFIERS
    ):
        return None  # "recorded 52 deaths", "documented dozens of cases"; not "recorded an album"
    if (
        token.lower == verb.lemma
        and previous in MODALS_BEFORE_BASE_FORM
        # ("She would say only that talks were continuing": what little she said)
        and not (previous == "would" and following == "only")
    ):
        before = tokens[index - 2].lower if index > 1 else ""
        if not (
            previous == "to"
            and (
                before in _SEEMING
                or before in _SPOKE_TO
                or before in _CARRYING_ON  # "continued to insist", "began to argue"
                # "was quick to point out", "were keen to stress": the subject says it; "is
                # understood to claim that": the subject's claim, as others report it
                or (
                    (before in _EAGER or before in _RAISING_PARTICIPLES)
                    and index > 2
                    and tokens[index - 3].lower in _COPULAS
                )
            )
        ):
            # "declined to say", "would not confirm" - but "appeared to show", "Engineers
            # we spoke to say"
            return None
    if (
        (following in CUE_VERBS or following in _FINITE_VERBS or following in AUXILIARIES)
        and token.lower not in AMBIGUOUS_NOUN_FORMS
        and can_be_noun(token.lower)
        and can_be_finite_verb(following)
        and previous not in SUBJECT_PRONOUNS
        and previous not in MODALS_BEFORE_BASE_FORM
        # inside a noun phrase: "the annual report", "Bauchi state" - not "Ministers reject
        # claims that ..." (a subject, then the verb)
        and index > 0
        and (
            previous in DETERMINERS
            or previous.endswith(("'s", "’s"))
            or lexicon().best(previous) == "JJ"
            or (index > 1 and tokens[index - 1].is_capitalised)
        )
    ):
        # "the annual report states", "a statement said", "Bauchi state has killed": a noun,
        # then the verb
        return None
    if (
        index > 1
        and can_be_noun(token.lower)
        and following not in ("that", "to")
        # what follows a noun: a participle, a preposition, a comma or the verb ("A staff
        # report presented to council found") - not an object ("this network shows 40")
        and (
            following in (",", "")
            or following in CUE_VERBS
            or following in _FINITE_VERBS
            or lexicon().best(following) in ("VBN", "IN")
        )
        and _inside_a_noun_phrase(tokens, index)
        # ("Data from the port authority show about 40 ships ...": the plural's verb)
        and not (token.lower == verb.lemma and _plural_head_before_a_modifier(tokens, index))
        # ("the researchers report in the journal": a plural subject and its present verb)
        and not (
            token.lower == verb.lemma
            and tokens[index - 1].text.islower()
            and lexicon().best(previous) == "NNS"
            and following in PREPOSITIONS
        )
    ):
        # "A staff report presented to council found", "The firm's annual report, published in
        # July, found": a noun
        return None
    if (
        token.lower in AMBIGUOUS_NOUN_FORMS
        and following != "that"
        and previous[:1].isalpha()
        and tokens[index - 1].text.islower()
        and lexicon().best(previous) in ("NN", "JJ")
        and lexicon().best(following) in ("VBN", "IN")
    ):
        return None  # "analyst estimates compiled by Bloomberg": a compound noun
    if (
        following in _TAG_VERBS
        and index > 0
        and tokens[index - 1].is_word
        and can_be_noun(token.lower)
        and not token.lower.endswith("ed")
    ):
        return None  # "a police report said", "a county report found": the noun before the verb
    if (
        verb.lemma in _BELIEF_CUES
        and following != "that"
        and not _clause_follows(tokens, index + 1)
        # "The company expects earnings of $7.10 a share": an expected figure is a forecast
        and not (verb.lemma == "expect" and _figure_within(tokens, index + 1, 8))
        # "Economists expect the economy to slow": what they expect to happen
        and not (verb.lemma == "expect" and _object_then_infinitive(tokens, index + 1))
        # "Analysts expect a sharp slowdown", "Forecasters expect strong winds": a forecast,
        # as its forecasters give it
        and not (
            verb.lemma == "expect"
            and following not in (".", "!", "", ",", "to", "it", "them", "him", "her")
            and any(
                earlier.lower in FORECASTERS or earlier.lower + "s" in FORECASTERS
                for earlier in tokens[max(0, index - 6) : index]
            )
        )
        # "The policy has failed, many teachers believe.": a tag after what is believed
        and not (
            following in (".", "!", "")
            and verb.lemma != "expect"  # ("..., more than analysts had expected.")
            and any(token.text == "," for token in tokens[max(0, index - 6) : index])
        )
    ):
        # "We believe in free speech", "residents fear for their homes", "expects a rise"
        return None
    if (
        token.lower.endswith("ed")
        and following in ("to", "by", "into")
        and index > 0
        and tokens[index - 1].text.islower()
        and lexicon().best(previous) in ("NN", "NNS")
        # the noun a complement ("was the first student admitted to"), not the subject
        and any(
            earlier.lower in PASSIVE_AUXILIARIES for earlier in tokens[max(0, index - 6) : index]
        )
        and not any(later.lower == "that" for later in tokens[index + 1 : index + 12])
        # ("One poster admitted to being part of it": an admission of doing)
        and not (index + 2 < len(tokens) and tokens[index + 2].lower.endswith("ing"))
    ):
        # "the first student admitted to the academy", "the only team reported to have kept
        # its ground": a participle after its noun, no one reporting
        return None
    if verb.lemma in _OWN_BELIEF_CUES and previous in ("i", "we"):
        return None  # "I think the figures are wrong": the speaker hedging their own claim
    if token.lower == "state" and (
        previous in CUE_VERBS or "VBD" in lexicon().tags(previous) or previous.endswith("ed")
    ):
        return None  # "told state broadcaster TRT", "pressed state prison officials": a noun
    if token.lower == "state" and following in _STATE_OWNED:
        return None  # "Chinese state media said": whose media, not a verb
    if (
        token.lower == "state"
        and index > 0
        and tokens[index - 1].is_capitalised
        and following.isalpha()
        and following != "that"
        and tokens[index + 1].text.islower()
        and lexicon().best(following) in ("NN", "NNS", "JJ")
    ):
        return None  # "Kaduna state governorship election", "Kano state electoral commission"
    if (
        token.lower == "state"
        and (previous in DETERMINERS or lexicon().best(previous) == "JJ")
        and following.isalpha()
        and following != "that"
        and tokens[index + 1].text.islower()
        and lexicon().best(following) in ("NN", "NNS", "NNP")
    ):
        return None  # "a former state senator", "the new state budget": a noun's modifier
    if verb.lemma == "state" and token.lower in ("state", "states") and following != "that":
        after_next = tokens[index + 2].lower if index + 2 < len(tokens) else ""
        if (
            following.isalpha()
            and lexicon().best(following) in ("NN", "NNS")
            and (after_next in CUE_VERBS or can_be_finite_verb(after_next))
        ):
            return None  # "state data shows", "state figures show": a noun before the verb
        if token.lower == "states" and index > 0 and tokens[index - 1].is_capitalised:
            return None  # "Edo and Bauchi states account for": the states, not a verb
    if (
        token.lower.endswith("ed")
        and (previous in DETERMINERS or previous in _QUANTIFYING_DETERMINERS)
        and following[:1].isalpha()
        and not _quantifier_speaks(tokens, index)
    ):
        return None  # "all confirmed cases", "the reported figure": a modifier, not the verb
    if previous == "than" or (previous == "as" and token.lower in ("forecast", "predicted")):
        return None  # "£12bn more than forecast", "as predicted": a comparison, not the verb
    if verb.group in ("warn", "estimate") and _compared_with(tokens, index):
        return None  # "was steeper than most economists had forecast": a comparison
    if verb.lemma == "think" and following in ("tank", "tanks"):
        return None  # "the Health Foundation think tank estimates"
    if token.lower in AMBIGUOUS_NOUN_FORMS and previous in _NOUN_AFTER:
        return None  # "Asked about reports that", "amid claims that": a noun, its content
    if (
        token.lower in ("estimate", "forecast", "estimates", "forecasts")
        and following != "that"
        and any(
            tokens[position].lower in _POSSESSIVE_DETERMINERS
            and all(
                tokens[between].text.islower() or tokens[between].text.isdigit()
                for between in range(position + 1, index)
            )
            for position in range(max(0, index - 3), index)
        )
    ):
        return None  # "cut her 1990 earnings estimate for the company": her estimate, a noun
    if (
        token.lower in ("estimate", "forecast")
        and following in ("for", "of", "on", "in", ",", ".", "")
        and index > 1
        and tokens[index - 1].text.islower()
        and tokens[index - 2].lower in ("a", "an")
    ):
        return None  # "declined to give an earnings forecast for the quarter": a noun
    if (
        token.lower in AMBIGUOUS_NOUN_FORMS
        and index > 0
        and tokens[index - 1].text.islower()
        and tokens[index - 1].lower.endswith("ed")
        and lexicon().best(previous) in ("VBD", "VBN")
    ):
        return None  # "proposed rules that would require", "filed charges that": the object
    if (
        token.lower in AMBIGUOUS_NOUN_FORMS
        and index > 1
        and tokens[index - 1].text.islower()
        and (
            (tokens[index - 2].lower == "to" and lexicon().best(previous) == "VB")
            or (previous.endswith("ing") and lexicon().best(previous) == "VBG")
        )
    ):
        return None  # "paid $4 million to settle claims that ...", "fighting charges": the object
    if token.lower in AMBIGUOUS_NOUN_FORMS and following != "that":
        # "media reports said", "UN estimates" are nouns; "the UN estimates that" a verb.
        # "..., a report shows.", "..., the IMF forecasts.", "..., AFP's tally shows.": a tag,
        # the verb after its noun phrase
        if (
            previous == ","
            and index + 1 < len(tokens)
            and tokens[index + 1].is_capitalised
            and verb.lemma in _INVERTIBLE
            and _right_noun_phrase(tokens, index + 1, len(tokens) - 1) is not None
        ):
            return verb  # "Stocks are cheap, notes John Smith, an analyst": an inverted tag
        tagged = following in (".", "") and _tag_subject_before(tokens, index)
        if not tagged and (
            following in CUE_VERBS
            or following in (",", ".", ")")
            or previous in PREPOSITIONS
            # "Council estimates are not published": the noun, its own verb after it
            or following in _FINITE_VERBS
            # "the Mid-Atlantic states will ...": a modal, the noun's verb
            or following in _MODALS
            or following in ("will", "would")
        ):
            return None
        if (
            token.lower in ("forecasts", "estimates")
            and index > 0
            and (tokens[index - 1].is_capitalised or tokens[index - 1].lower in ORGANISATION_WORDS)
            and _figure_within(tokens, index + 1, 8)
        ):
            return verb  # "The IMF forecasts growth of 3.1%": a body's forecast of a figure
        if (
            token.lower
            in (
                "reports",
                "claims",
                "charges",
                "notes",
                "states",
                "posts",
                "forecasts",
                "rules",
                "flags",  # ("waving flags of the party")
            )
            and not (
                tagged
                # (after a subject's apposition too: "The mailer, paid for by X, claims Y")
                or (
                    (previous[:1].isalpha() or previous == ",")
                    and _clause_follows(tokens, index + 1)
                )
            )
        ):
            return None  # "The regulator notes the scheme breaks no rules" is a verb
    if (
        token.lower
        in ("found", "find", "finds", "claim", "claimed", "accepted", "accept", "accepts")
        # (ending the sentence it is a tag: "Most adults smoke, the survey found.", "...,
        # a former minister claimed on Saturday.")
        and following not in ("that", ".", "", "!", "?", ";")
        and not _only_times_after(tokens, index + 1)
        # "The study found no link": what a study or an inquiry finds is its finding
        and not (token.lower.startswith("f") and _found_by_a_finder(tokens, index))
        and not _clause_follows(tokens, index + 1)
        # "The judge found in March that ...": a setting, then the finding
        and not (
            following in PREPOSITIONS
            and (
                tokens[_that_after_setting(tokens, index + 1)].lower == "that"
                # "found in its annual report, published in December, that ...": a setting
                # with its own aside, closed by a comma before "that"
                or any(
                    tokens[later].lower == "that" and tokens[later - 1].text == ","
                    for later in range(index + 3, min(len(tokens), index + 16))
                )
            )
        )
        and not (
            token.lower.startswith(("claim", "accept"))
            and index + 1 < len(tokens)
            and (
                # ("claimed more than 2 million": a count; not "accepted $50,000 in bribes")
                (token.lower.startswith("claim") and _quantity_word(tokens[index + 1]))
                or following in _QUANTIFIERS
                # "claimed on its leak website on Wednesday that ..."
                or any(later.lower == "that" for later in tokens[index + 1 : index + 13])
                # "claimed (on Telegram) to have stolen 2 million records", "claims to be"
                or _claimed_to_have(tokens, index + 1) is not None
            )
        )
    ):
        # "found dead", "claim parts of the sea", "claimed responsibility", "accepted the
        # offer": not reported speech ("The unions claimed more than 2 million" is)
        return None
    if (
        token.lower == "charged"
        and following != "that"
        # ('"...," the chairman charged.': a quotation's tag, nothing after it)
        and following not in ("", ".", ",", "!", '"', "”")
        and following not in OBJECT_PRONOUNS
        and not (index + 1 < len(tokens) and tokens[index + 1].is_capitalised)
        and not _charged_whom_with(tokens, index)
    ):
        return None  # "charged with murder" is an event; "charged that ..." an accusation
    if (
        verb.lemma == "testify"
        and following in PREPOSITIONS
        and following not in ("that",)
        # ('"...," Holloway testified before the committee': a quotation's tag)
        and not _after_a_quotation(tokens, index)
        and not any(later.lower == "that" for later in tokens[index + 2 : index + 12])
        and not _clause_follows(tokens, index + 1)
    ):
        return None  # "testified in his own defense last week": where and when, no claim
    if (
        verb.lemma == "advise"
        and index + 1 < len(tokens)
        and tokens[index + 1].is_capitalised
        and not any(
            later.lower in ("that", "against", "to") for later in tokens[index + 1 : index + 8]
        )
    ):
        return None  # "Morgan Stanley & Co. advised Harlan": whom a bank advised, no claim
    if verb.lemma == "hail" and not any(
        later.lower == "as" for later in tokens[index + 2 : index + 10]
    ):
        return None  # "hailed a taxi", "hailed from Ohio": only "hailed X as Y" is a verdict
    if (
        token.lower.endswith("ed")
        and index > 0
        and index + 2 < len(tokens)
        and tokens[index + 1].lower == "by"
        and tokens[index - 1].is_word
        and lexicon().best(tokens[index - 1].lower) in ("NNS", "NN", "NNP", "NNPS")
        and any(
            later.lower in CUE_VERBS and later.lower != token.lower
            for later in tokens[index + 3 : index + 12]
        )
    ):
        # "Nurses questioned by the newspaper said that ...": the subject's passive
        # participle, its verb still to come
        return None
    if verb.lemma == "disagree" and following not in (":", ".", ",", "", ";"):
        # "disagrees with the plan": no claim told; "disagreed that the tax would raise
        # prices" says the opposite of its clause - only the colon's and the tag's are theirs
        return None
    if verb.lemma == "specify" and following not in ("that", ".", ",", "", ";", "in", "on"):
        return None  # "The contract specified a delivery date": what it set out, no report
    if verb.lemma == "identify" and not (
        index + 3 < len(tokens)
        and any(
            later.lower == "as" and tokens[later_at - 1].lower not in ("such", "so")
            for later_at, later in enumerate(tokens[index + 2 : index + 7], index + 2)
        )
        and tokens[index + 1].lower in ("the", "a", "an", "him", "her", "them", "both", "all")
    ):
        # "identified the victim as Ramon Cuyos", "identified him as a former soldier": who
        # someone is (not "identified three sites", "identified as a priority")
        return None
    if verb.lemma == "cite" and _cites_a_source_only(tokens, index + 1):
        return None  # "Clinton cited the analysis twice in her remarks": which source, no claim
    if verb.lemma == "accept" and not any(
        later.lower == "that" for later in tokens[index + 1 : index + 13]
    ):
        return None  # "accepted $50,000 in bribes", "accepted 200 applications": what was taken
    return verb


# --------------------------------------------------------------------------------------------
# Content after a cue


def _that_after_audience(tokens: list[Token], index: int, upper: int) -> int:
    """'warned colleagues that', 'cautioned investors that': the "that" after a short
    audience (no punctuation, no verb, a few words), else ``index``."""
    for probe in range(index, min(upper + 1, index + 9)):
        token = tokens[probe]
        if token.lower == "that":
            return probe
        if (
            token.lower in PREPOSITIONS
            and probe > index
            and probe + 1 <= upper
            and any(
                _is_time_token(later) or later.lower in _STATEMENT_NOUNS
                for later in tokens[probe + 1 : min(upper, probe + 3) + 1]
            )
        ):
            # "warned MPs on Tuesday that", "warned the minister in a letter that": when or
            # how, between the audience and what they were warned of
            continue
        if not token.is_word or token.lower in _FINITE_VERBS or token.lower in PREPOSITIONS:
            break
        if probe - index >= 4 and not (_is_time_token(token) or token.lower in ("last", "this")):
            break  # (an audience of a few words; a longer stretch only for its time)
    return index


def _after_cue(tokens: list[Token], index: int, verb: CueVerb, upper: int) -> int:
    """Where what the cue at ``index`` takes begins: past the audience of "told"."""
    if verb.lemma == "tell":
        return _skip_object_of_tell(tokens, index + 1, upper)
    if verb.group == "warn" and index + 2 <= upper and tokens[index + 1].lower in ("of", "about"):
        return index + 2  # "warned of possible landslides", "warned about": what was warned of
    if (
        index + 2 <= upper
        and tokens[index + 1].lower == "to"
        and verb.group in _TO_AN_AUDIENCE
        and _names_an_audience(tokens[index + 2])
    ):
        # "confirmed to Reuters the claim had been filed", "said to reporters the plan had
        # failed": past the audience, as after "told" - when a clause follows it (not
        # "tweeted to the students and said ...")
        past = _skip_object_of_tell(tokens, index + 2, upper)
        if (
            past <= upper
            and (tokens[past].lower == "that" or _clause_follows(tokens, past))
            and not any(
                token.lower in ("and", "or", "but") or token.lower in CUE_VERBS
                for token in tokens[index + 2 : past]
            )
        ):
            return past
    return index + 1


_TO_AN_AUDIENCE = frozenset({"say", "confirm", "announce", "assert", "warn"})


def _names_an_audience(token: Token) -> bool:
    """'Reuters', 'the BBC', 'reporters', 'him' - not 'be' ("said to be"), 'have'."""
    if token.is_capitalised or token.lower in DETERMINERS or token.lower in OBJECT_PRONOUNS:
        return True
    return lexicon().best(token.lower) in ("NNS", "NN") and token.lower not in _FINITE_VERBS


def _name_goes_on(tokens: list[Token], index: int, upper: int) -> bool:
    """A capitalised word at ``index``, or "the" and one: a name going on after "of"."""
    if index <= upper and tokens[index].lower == "the":
        index += 1
    return index <= upper and tokens[index].is_word and tokens[index].is_capitalised


_POSTING_LEMMAS = frozenset(("post", "write", "tweet"))
# What a post is, as the object of "posted" before the quotation it holds: 'posted a message on
# X: "..."', 'wrote a short statement on Instagram:'
_POSTED_THINGS = words(
    "message messages statement note post tweet letter update word words caption reply"
)


def _skip_posted_object(tokens: list[Token], index: int, upper: int) -> int:
    """Skip what was posted, when it is a message: 'a message', 'a single word', 'a brief
    statement' (up to four words ending in such a noun, from a determiner)."""
    if index > upper or tokens[index].lower not in (
        "a",
        "an",
        "the",
        "this",
        "his",
        "her",
        "their",
    ):
        return index
    for probe in range(index + 1, min(upper + 1, index + 4)):
        if not tokens[probe].is_word:
            return index
        if tokens[probe].lower in _POSTED_THINGS:
            return probe + 1
    return index


# Whom a breach or a crime is reported to: the report is an act, not a claim
_AUTHORITIES = words(
    "regulator regulators police authorities authority fbi watchdog watchdogs ico sec "
    "prosecutors investigators government ministry commissioner officials agency"
)
_CLAIMED_VICTIMS = re.compile(
    r"(?:(?:at least |more than |over |about |nearly |some )?[\d,]+|(?:[a-z-]+ )?(?:hundred|"
    r"thousand|dozen)s?|(?:dozens|hundreds|thousands) of)"
    r" (?:[a-z-]+ )?(?:victims|lives|casualties)\b"
)


def _reported_to_an_authority(tokens: list[Token], index: int) -> bool:
    """'reported the breach to regulators', 'reported the attack to the FBI the same day': an
    object, then "to" and who it was reported to, before any "that"."""
    for position in range(index + 2, min(len(tokens) - 1, index + 9)):
        word = tokens[position].lower
        if word == "that" or not tokens[position].is_word:
            return False
        if word == "to":
            following = position + 1
            if tokens[following].lower in ("the", "its", "their", "state", "federal", "local"):
                following += 1
            return following < len(tokens) and tokens[following].lower in _AUTHORITIES
    return False


_OCCASIONS = words(
    "interview interviews broadcast episode podcast show programme program segment "
    "conference call meeting hearing statement letter post message video session"
)


def _relative_on_an_occasion(tokens: list[Token], that: int, upper: int) -> bool:
    """ "an interview that aired Sunday", "a call that lasted an hour": "that" opens a
    relative clause on the occasion (its verb right after), no clause said."""
    return (
        that > 0
        and that < upper
        and tokens[that - 1].lower in _OCCASIONS
        and tokens[that + 1].text.islower()
        and lexicon().best(tokens[that + 1].lower) in ("VBD", "VBZ", "VBN")
    )


def _skip_object_of_tell(tokens: list[Token], index: int, upper: int) -> int:
    """Skip the audience of "told": 'told reporters', 'told The Associated Press on Sunday'."""
    for probe in range(index, min(upper + 1, index + 14)):
        if tokens[probe].lower == "that":
            if _relative_on_an_occasion(tokens, probe, upper):
                continue  # "told NBC in an interview that aired Sunday": the interview's
            return probe
        if (
            tokens[probe].text in ("(", ")")
            and probe + 2 <= upper
            and (
                (tokens[probe].text == "(" and tokens[probe + 1].text.isupper())
                or (tokens[probe].text == ")" and tokens[probe - 1].text.isupper())
            )
        ):
            continue  # "told the International Organization for Migration (IOM) that"
        if (
            tokens[probe].text == ","
            and tokens[probe - 1].is_capitalised
            and probe + 1 <= upper
            and tokens[probe + 1].is_capitalised
        ):
            continue  # "told the Senate Health, Education, Labor and Pensions Committee that"
        if tokens[probe].text in _PUNCT_STOPS or (
            tokens[probe].lower in _FINITE_VERBS
            and tokens[probe - 1].lower not in ("who", "which", "that")
        ):
            break
        if probe > index and tokens[probe].lower in PERSON_SUBJECT_PRONOUNS:
            break  # "told police she received a call from a man who said that": her clause
    if index > upper:
        return index
    token = tokens[index]
    if token.lower in OBJECT_PRONOUNS:
        return index + 1
    outlet_end = _described_outlet_end(tokens, index, upper)
    if outlet_end is not None:
        return outlet_end
    station_number = (
        token.text.isdigit()
        and len(token.text) <= 3
        and index + 1 <= upper
        and tokens[index + 1].is_capitalised
    )
    if token.lower in DETERMINERS or token.is_capitalised or station_number:
        # ("told 7 News", "told 13 Investigates": a station's number first)
        probe = index + 1 if token.lower in DETERMINERS or station_number else index
        taken = 0
        while probe <= upper and taken < 6:
            candidate = tokens[probe]
            if candidate.text in ("'s", "’s") or (
                candidate.text in ("'", "’")
                and tokens[probe - 1].text.endswith("s")
                and tokens[probe - 1].end == candidate.start
            ):
                probe += 1  # "the BBC's Today programme", "NBC News' Kristen Welker"
                continue
            if candidate.text.isdigit() and len(candidate.text) <= 3 and taken:
                # a station's number: "told Channel 2's Tom Regan", "told FOX 5 News"
                probe += 1
                if (
                    probe + 1 <= upper
                    and tokens[probe].text in ("'", "’")
                    and tokens[probe + 1].lower == "s"
                    and tokens[probe].start == candidate.end
                ):
                    probe += 2
                taken += 1
                continue
            if (
                candidate.text in _QUOTE_MARKS
                and (title_end := _programme_title_end(tokens, probe)) is not None
            ):
                # 'told CNN's "State of the Union"', 'told the "Today" show': a programme's
                # title in quotation marks is the audience's
                probe = title_end
                taken += 1
                continue
            if (
                candidate.text == "."
                and _DOTTED_CAPITALS.fullmatch(tokens[probe - 1].text)
                and probe + 1 <= upper
                and tokens[probe + 1].is_word
            ):
                probe += 1  # "told U.S. Magistrate Joan Felder", "told U.S. officials"
                continue
            if (
                candidate.text == "&"
                and taken
                and probe + 1 <= upper
                and tokens[probe + 1].is_capitalised
            ):
                probe += 1  # "told U.S. News & World Report"
                continue
            if not candidate.is_word or (
                # ("told a meeting of the full council": the determiner after "of" is the
                # audience's)
                candidate.lower in DETERMINERS and tokens[probe - 1].lower != "of"
            ):
                break
            if (
                candidate.lower in SUBJECT_PRONOUNS
                or candidate.lower in ("there", "that")
                # "told another media outlet he's not sure": a pronoun with its verb's
                # contraction opens the clause told
                or (
                    _CONTRACTION.search(candidate.text) is not None
                    and _CONTRACTION.sub("", candidate.lower) in SUBJECT_PRONOUNS
                )
            ):
                break
            if (
                candidate.lower in PREPOSITIONS
                and candidate.lower not in ("of",)
                and not (candidate.is_capitalised and taken)  # "the BBC's Today programme"
            ):
                break
            if (
                taken >= 1
                and not candidate.is_capitalised
                and tokens[probe - 1].is_capitalised
                and candidate.lower not in _OUTLET_NOUNS
                # "told Voice of America", "told BBC Match of the Day": "of" inside a name
                and not (candidate.lower == "of" and _name_goes_on(tokens, probe + 1, upper))
            ):
                break  # "told The Associated Press the plan ...", "told Reuters it was"
            if (
                taken >= 1
                and candidate.is_capitalised
                and not tokens[probe - 1].is_capitalised
                and probe + 1 <= upper
                and tokens[probe + 1].lower in _FINITE_VERBS
            ):
                break  # "told the court Smith was lying": the clause's subject
            taken += 1
            probe += 1
        return probe
    # "told state broadcaster TRT", "told news agency AFP": a few small words, then the
    # outlet's name ending the sentence or before its setting
    probe = index
    while (
        probe <= upper
        and probe - index < 3
        and tokens[probe].text.islower()
        # ("told reporters in St. Paul": where, not a description of an outlet)
        and tokens[probe].lower not in PREPOSITIONS
    ):
        probe += 1
    if probe > index and probe <= upper and tokens[probe].is_capitalised:
        named = probe
        while named <= upper and tokens[named].is_capitalised:
            named += 1
        if named > upper or not tokens[named].is_word or tokens[named].lower in PREPOSITIONS:
            return named
    # A bare plural audience: "told reporters", "told lawmakers" - with its adjective: "told
    # local media", "told foreign reporters"
    if (
        index + 1 <= upper
        and tokens[index + 1].lower in _AUDIENCES
        and tokens[index].text.islower()
    ):
        return index + 2
    # "told board members", "told fellow council members", "told union members at a rally"
    for position in range(index + 1, min(upper + 1, index + 3)):
        if not tokens[position - 1].text.islower():
            break
        if tokens[position].lower in _MEMBERS:
            return position + 1
    counted = _counted_audience_end(tokens, index, upper)
    if counted is not None:
        return counted
    return index + 1


def _counted_audience_end(tokens: list[Token], index: int, upper: int) -> int | None:
    """'told about 800 supporters', 'told more than 500 people', 'told hundreds of
    supporters': an audience counted, up to its plural noun - where what follows starts."""
    probe = index
    while probe <= upper and probe - index < 3 and tokens[probe].lower in _AUDIENCE_COUNTERS:
        probe += 1  # "about", "more than", "roughly"
    if probe > upper:
        return None
    first = tokens[probe]
    if first.lower in ("hundreds", "thousands", "dozens", "scores", "tens"):
        if probe + 1 > upper or tokens[probe + 1].lower != "of":
            return None
        probe += 2
    elif first.text[:1].isdigit() or first.lower in NUMBER_WORD_VALUES:
        probe += 1
    else:
        return None
    for position in range(probe, min(upper + 1, probe + 3)):
        if tokens[position].text.islower() and lexicon().best(tokens[position].lower) == "NNS":
            return position + 1
    return None


_AUDIENCE_COUNTERS = _APPROXIMATORS | words("more than fewer less")


def _described_outlet_end(tokens: list[Token], index: int, upper: int) -> int | None:
    """After "told", an outlet described before its name - "French broadcaster France 2",
    "Chinese state broadcaster CCTV", "public broadcaster RTP", "news agency AFP" - ending the
    sentence or before a preposition: where the audience ends (None when it is not one)."""
    first = index
    if tokens[first].lower in ("the", "a", "an") and first + 1 <= upper:
        first += 1  # "the Italian sports daily Gazzetta dello Sport"
    if tokens[first].is_capitalised and tokens[first].is_word:
        first += 1  # "French broadcaster France 2": the country's adjective
    probe = first
    while probe <= upper and probe - first < 3 and tokens[probe].text.islower():
        probe += 1
    if probe == first or probe > upper or not tokens[probe].is_capitalised:
        return None
    if not any(token.lower in _DESCRIBED_OUTLETS for token in tokens[first:probe]):
        return None
    named = probe
    while named <= upper and (
        tokens[named].is_capitalised
        or (named > probe and tokens[named].text.isdigit())
        # ("Gazzetta dello Sport", "Corriere della Sera": a particle inside the name)
        or (
            named > probe
            and tokens[named].lower in _OUTLET_NAME_PARTICLES
            and named + 1 <= upper
            and tokens[named + 1].is_capitalised
        )
    ):
        named += 1  # ("France 2", "BBC Radio 4")
    if named > upper or not tokens[named].is_word or tokens[named].lower in PREPOSITIONS:
        return named
    return None


_DESCRIBED_OUTLETS = _OUTLET_NOUNS | words("broadcaster broadcasters network paper outlet daily")
_OUTLET_NAME_PARTICLES = words("de del della dello di da do dos das du des la le van von der den y")

# the plural that ends an audience named by what its people belong to ("board members")
_MEMBERS = words("members leaders colleagues delegates supporters staffers employees donors")
_AUDIENCES = frozenset(
    "media reporters journalists press television radio newspapers outlets broadcasters "
    "lawmakers officials residents".split()
)


_WHOSE_SPEAKER = re.compile(r",\s+whose\s+(?P<clause>[^,;]{6,200}?),\s*$")


def _relative_speaker_claims(text: str, main: Attribution) -> list[Attribution]:
    """'The minister, whose department said last week that the figures were wrong, said they
    were right': what the relative clause reports is its own speaker's claim."""
    if main.cue is None or main.source[1] >= main.cue[0]:
        return []
    match = _WHOSE_SPEAKER.search(text, main.source[1], main.cue[0])
    if match is None or not _has_cue(text, *match.span("clause")):
        return []
    found = _attribute_sentence(text, *match.span("clause"))
    return [attribution for attribution in found if attribution.source is not None]


_REDUCED_RELATIVE = re.compile(
    r",\s+(?:a|an|the|this|one|something)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?P<source>they|he|she|we|it)\s+(?P<cue>[a-z]+)\s+(?=\S)"
)
# "..., funded by the Hale Trust, which said in a statement that Y": the relative clause's
# speaker is the noun phrase before it
_WHICH_SAID = re.compile(
    # (and without the comma, people restricted by what they said: "complaints from hotel
    # owners who said Y", "interviewed drivers who said Y")
    r"(?:,\s+(?:which|who)|(?<=[a-z]s)\s+who)\s+(?:(?:also|later|has|had|have|previously|first|earlier|long|recently|"
    # ("Lynch, who last week said": when, before the cue)
    r"yesterday|last\s+(?:week|month|year)|this\s+(?:week|month|year)|on\s+[A-Z][a-z]+day)\s+){0,2}"
    r"(?P<cue>said|says|told|stated|states|insisted|insists|argued|argues|maintained|maintains|"
    # (a plural's present: "backed by homebuilders who argue Y")
    r"say|argue|insist|contend|claim|warn|"
    r"warned|warns|confirmed|confirms|added|adds|noted|notes|stressed|stresses|explained|"
    r"explains|acknowledged|acknowledges|admitted|admits|conceded|concedes|"
    # "a petition filed by an activist, S. Jeyaraman, who alleged that ...", "remarks by the
    # foreign secretary, who claimed on Monday that ..."
    r"alleged|alleges|claimed|claims|contended|contends|asserted|asserts|testified|"
    # "The New York Times, which first reported in January that ..."
    r"reported|announced|disclosed|revealed|"
    # wire copy translated from Spanish: "Minera Azul, which indicated in a statement that"
    r"indicated|specified|"
    # what a study or a review finds: only with a work for antecedent (_work_ending_at)
    r"(?P<finding>estimated|estimates|found|finds|concluded|concludes|showed|shows|"
    r"predicted|predicts|projected|suggested|suggests))\b"
)
_SAID_HINTS = (
    "told",
    "indicated",
    "specified",
    "alleg",
    "claim",
    "contend",
    "assert",
    "testif",
    "said",
    "says",
    "stated",
    "states",
    "insist",
    "argue",
    "maintain",
    "warn",
    "confirm",
    "added",
    "adds",
    "noted",
    "notes",
    "stress",
    "explain",
    "acknowledg",
    "admit",
    "conced",
    "estimat",
    "found",
    "finds",
    "conclude",
    "show",
    "predict",
    "projected",
    "suggest",
    "reported",
    "announced",
    "disclosed",
    "revealed",
)


_FAMILIAR = words("familiar close briefed involved knowledgeable aware")


def _people_familiar_with(
    tokens: list[Token], antecedent: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "two people familiar with the regulator's thinking, who said": who is the people, not
    the thinking they are familiar with."""
    if antecedent is None or antecedent[0] < 3:
        return antecedent
    preposition, adjective = antecedent[0] - 1, antecedent[0] - 2
    if (
        tokens[preposition].lower in ("with", "to", "on", "in", "about", "of")
        and tokens[adjective].lower in _FAMILIAR
    ):
        head = adjective - 1
        if tokens[head].text.islower() and (
            tokens[head].lower in ("people", "sources", "officials", "persons")
            or lexicon().best(tokens[head].lower) == "NNS"
        ):
            first = head
            if head > 0 and (
                tokens[head - 1].lower in NUMBER_WORD_VALUES
                or tokens[head - 1].text.isdigit()
                or tokens[head - 1].lower in ("several", "some", "many", "other", "two")
            ):
                first = head - 1
            return (first, antecedent[1])
    return antecedent


# ", who unveiled the plan in March and said at the time that Y": the relative clause's
# second verb a cue, after an act of its own
_WHO_ACTED_AND_SAID = re.compile(
    r",\s+who\s+(?:had\s+|has\s+)?[a-z]+ed\s+[^,;.\"“”]{1,60}?\s+and\s+(?:also\s+|later\s+)?"
    r"(?P<cue>said|insisted|promised|claimed|argued|warned|predicted|vowed|pledged|stated|"
    r"declared|boasted)\s+(?:(?:then|at\s+the\s+time|later|repeatedly|publicly)\s+)?"
    r"that\s+(?=\S)"
)


def _who_acted_and_said(text: str, tokens: list[Token], start: int, end: int) -> list[Attribution]:
    """'The vote is a blow to Speaker Tom Greer, who unveiled the plan in March and said at the
    time that it would "fix the roads"': the clause before the comma is the reporter's; what
    the relative clause's second verb says is the antecedent's."""
    match = _WHO_ACTED_AND_SAID.search(text, start, end)
    if match is None or match.start() - start <= 15:
        return []
    comma = next(
        (index for index, token in enumerate(tokens) if token.start == match.start()), None
    )
    if comma is None or comma < 2:
        return []
    antecedent = _noun_phrase_ending_at(tokens, comma - 1)
    if antecedent is None or antecedent[0] == 0:
        return []
    antecedent = _named_before_the_apposition(tokens, antecedent)
    said = _make(
        text,
        match.end(),
        end,
        source=_span(tokens, *antecedent),
        cue=match.span("cue"),
        cue_verb=CUE_VERBS[match["cue"]],
        form="said_that",
    )
    reporters = _make(text, start, match.start())
    return [made for made in (reporters, said) if made is not None] if said else []


def _which_said_claims(text: str, tokens: list[Token], start: int, end: int) -> list[Attribution]:
    """'The study was funded by the Hale Trust, which said in a statement that Y': the clause
    before the comma read on its own; Y is the Hale Trust's. Only for a noun phrase that ends
    the clause before (not the sentence's subject: 'The mayor, who said Y, resigned')."""
    match = _WHICH_SAID.search(text, start, end)
    if match is None or match.start() - start <= 15:
        return []
    starts = {token.start: position for position, token in enumerate(tokens)}
    restrictive = text[match.start()] != ","
    # (the token before the antecedent's end: the comma, or "who" itself)
    comma = starts.get(match.start() + 1 if restrictive else match.start())
    cue_index = starts.get(match.start("cue"))
    if comma is None or cue_index is None or cue_index + 1 >= len(tokens):
        return []
    if restrictive:
        # only a plural of people after a preposition or a verb ("from hotel owners", "by
        # farmers", "interviewed drivers"), what they said the rest of the sentence
        last = comma - 1
        people = _bare_plural_ending_at(tokens, last)
        if people is None and last >= 2 and tokens[last - 1].lower.endswith("ed"):
            people = (last, last)
        if people is None or match["finding"]:
            return []
    else:
        people = None
    ending = comma - 1
    if ending >= 3 and tokens[ending].text == ")" and tokens[ending - 2].text == "(":
        ending -= 3  # "the Environment Agency (EA), which said": the name before its initials
    # "Bank of New England Corp., which said": the name before its legal form's full stop
    dotted = ending >= 1 and tokens[ending].text == "." and tokens[ending - 1].is_capitalised
    if dotted:
        ending -= 1
    antecedent = people if restrictive else _work_ending_at(tokens, ending)
    if (
        antecedent is None
        and match["finding"]
        and not restrictive
        and tokens[ending].lower in DOCUMENT_WORDS
        and tokens[ending].lower != "accounts"
    ):
        # "The county published a methodology report, which shows that Y": a work without its
        # author named, its noun the clause's last word
        antecedent = _noun_phrase_ending_at(tokens, ending)
    if antecedent is None:
        if match["finding"]:
            return []  # ("the accounts of the charity, which found": the charity finds nothing)
        antecedent = _noun_phrase_ending_at(tokens, ending)
        if antecedent is not None:
            antecedent = _named_before_the_apposition(tokens, antecedent)
        if match[0].split()[1].lower() == "who":
            antecedent = _people_before_a_place(
                tokens, antecedent or _bare_plural_ending_at(tokens, ending)
            )
            antecedent = _people_familiar_with(tokens, antecedent)
    if antecedent is not None and dotted:
        antecedent = (antecedent[0], antecedent[1] + 1)
    if antecedent is None or antecedent[0] == 0:
        return []
    last = len(tokens) - 1
    content_from = _skip_adjuncts(tokens, cue_index + 1, last)
    if tokens[cue_index].lower == "told":
        # ", who earlier told local radio that Y": past the audience (only with "that": "to
        # meet Devocht, who had told Montalvo he would help him" is the reporter's story)
        content_from = _skip_object_of_tell(tokens, cue_index + 1, last)
        if content_from > last or tokens[content_from].lower != "that":
            return []
    # ("which first reported in January that": the setting, then "that")
    content_from = _that_after_setting(tokens, content_from)
    if content_from <= last and tokens[content_from].lower == "that":
        content_from += 1
    elif content_from > last or not _clause_follows(tokens, content_from):
        return []
    if content_from > last or any(token.text == "," for token in tokens[cue_index:content_from]):
        return []  # ("..., who said, however, ...": not a plain report)
    if _main_verb_after_the_relative(tokens, content_from):
        # ("In an interview, Flynn, who has said Y, twice denied that ...": the relative
        # clause inside the subject, its main verb after it - read as a subject's relative)
        return []
    said = _make(
        text,
        tokens[content_from].start,
        end,
        source=_span(tokens, *antecedent),
        cue=match.span("cue"),
        cue_verb=CUE_VERBS[match["cue"].lower()],
        form="said_that",
    )
    if said is None:
        return []
    return [*_attribute_sentence(text, start, match.start()), said]


# where people are: "lawmakers in several swing districts", "residents of Flint"
_WHERE_PEOPLE_ARE = words("in across from at throughout around near outside of")


def _people_before_a_place(
    tokens: list[Token], phrase: tuple[int, int] | None
) -> tuple[int, int] | None:
    """'Democratic lawmakers in several swing districts, who said', 'farmers across the
    Midwest, who argued', 'the mayor of Paris, who said': "who" is the people, not the place
    after them - the whole phrase, people and place (the place alone when no people come
    before it)."""
    if phrase is None:
        return None
    preposition = phrase[0] - 1
    if preposition < 1 or tokens[preposition].lower not in _WHERE_PEOPLE_ARE:
        return phrase
    if _names_people(tokens[phrase[1]].lower):
        return phrase  # ("a rally of supporters, who said": the supporters)
    noun = preposition - 1
    if not (tokens[noun].text.islower() and _names_people(tokens[noun].lower)):
        return phrase
    first = noun
    while first > 0 and noun - first < 3 and tokens[first - 1].is_word:
        before = tokens[first - 1]
        if before.lower in DETERMINERS:
            first -= 1
            break
        if not (before.is_capitalised or lexicon().best(before.lower)[:2] in ("JJ", "NN")):
            break
        first -= 1
    return (first, phrase[1])


def _names_people(word: str) -> bool:
    """'lawmakers', 'residents', 'mayor', 'spokesman': a lowered noun for people."""
    return is_plural_of_speakers(word) or word in _ROLE_WORDS


def _bare_plural_ending_at(tokens: list[Token], last: int) -> tuple[int, int] | None:
    """'several swing districts', 'rural counties': up to four small words (adjectives and
    nouns), the last a plural, ending at ``last`` after a preposition."""
    if last < 1 or not tokens[last].text.islower() or not tokens[last].lower.endswith("s"):
        return None
    first = last
    while first > 0 and last - first < 3:
        before = tokens[first - 1]
        if not (before.text.islower() and before.is_word) or before.lower in PREPOSITIONS:
            break
        first -= 1
    return (first, last) if first > 0 and tokens[first - 1].lower in PREPOSITIONS else None


def _main_verb_after_the_relative(tokens: list[Token], content_from: int) -> bool:
    """After the relative clause's closing comma, the main clause's verb (an adverb before
    it): "Flynn, who has said Y, twice denied ..." - the relative clause ends the subject."""
    closing = _first_comma(tokens, range(content_from, len(tokens) - 1))
    if closing is None:
        return False
    following = closing + 1
    while following < len(tokens) - 1 and (
        _is_ly_adverb(tokens[following].lower)
        or tokens[following].lower in ("twice", "also", "later")
    ):
        following += 1
    word = tokens[following]
    return (
        word.text.islower()
        and "VBD" in lexicon().tags(word.lower)
        and word.lower not in PREPOSITIONS
    )


def _named_before_the_apposition(tokens: list[Token], phrase: tuple[int, int]) -> tuple[int, int]:
    """'Marie Dubois, 54, a nurse from Saint-Denis, who said': the relative clause is of the
    person the apposition describes - the name before it (and before an age), not the place
    ending it."""
    comma = phrase[0] - 1
    while comma > 0 and tokens[comma].text != ",":
        comma -= 1
    if comma <= 0 or tokens[comma + 1].lower not in ("a", "an", "the"):
        return phrase
    last = comma - 1
    if last > 1 and tokens[last].text.isdigit() and tokens[last - 1].text == ",":
        last -= 2  # ", 54,": an age
    first = last
    while first > 0 and tokens[first - 1].is_capitalised:
        first -= 1
    if first == last or not all(token.is_capitalised for token in tokens[first : last + 1]):
        return phrase
    return (first, last)


def _work_ending_at(tokens: list[Token], last: int) -> tuple[int, int] | None:
    """'an analysis by the FDA published in January', 'a review by engineers in 2021', 'a
    study by the central bank': a work and its author ending at ``last`` (after them, when
    and where it came out) - the work speaks, as the whole phrase."""
    end = last
    # when it came out: "(published) in January", "in 2021", "on Monday", "last year"
    position = last
    while position > 0 and tokens[position].is_word and not tokens[position].text.islower():
        position -= 1
    if (
        position < last
        and tokens[position].lower in ("in", "on", "at", "during")
        and _dated(tokens[position + 1 : last + 1])
    ):
        position -= 1
        if (
            position > 0
            and tokens[position].text.islower()
            and _is_participle(tokens[position].lower)
        ):
            position -= 1  # ("published in January")
        end = position
    # the author: back to "by" after a work ("an analysis by the FDA")
    by = next(
        (
            index
            for index in range(end, max(0, end - 8), -1)
            if tokens[index].lower == "by" or not tokens[index].is_word
        ),
        None,
    )
    if by is None or tokens[by].lower != "by" or by < 2 or by == end:
        return None
    work = by - 1
    if tokens[work].lower not in _AUTHORED_WORKS:
        return None
    first = work
    while first > 0 and first > work - 3 and tokens[first - 1].lower not in DETERMINERS:
        if not tokens[first - 1].is_word:
            return None
        first -= 1
    if first > 0 and tokens[first - 1].lower in DETERMINERS:
        first -= 1
    return (first, end)


def _dated(words: list[Token]) -> bool:
    """'January', '2021', 'Monday', 'March 2024': a date after a preposition."""
    return bool(words) and all(
        token.lower in MONTHS or token.lower in WEEKDAYS or token.text.isdigit() for token in words
    )


def _noun_phrase_ending_at(tokens: list[Token], last: int) -> tuple[int, int] | None:
    """'the Hale Trust', 'the Nordic Brain Health Foundation', 'the utility', 'its owner': a
    name (its capitalised words, with 'of', 'for', 'and' inside) or a determiner and up to two
    nouns, ending at ``last``."""
    if last < 0 or not tokens[last].is_word:
        return None
    first = last
    if tokens[last].is_capitalised:
        while first > 0 and (
            tokens[first - 1].is_capitalised
            or (
                tokens[first - 1].lower in ("of", "for", "and", "&", "on")
                and first > 1
                and tokens[first - 2].is_capitalised
                # ("the Committee on Vaccination", not "Apple on Tuesday")
                and not (tokens[first - 1].lower == "on" and _is_time_token(tokens[first]))
            )
        ):
            first -= 1
        while (
            first > 1
            and tokens[first - 1].text == "."
            and (
                (len(tokens[first - 2].text) == 1 and tokens[first - 2].text.isupper())
                or (
                    tokens[first - 2].lower in TITLE_ABBREVIATIONS
                    and tokens[first - 2].is_capitalised
                )
            )
        ):
            first -= 2  # an initial or a title: "S. Jeyaraman", "K. S. Rao", "Rep. Jim Leach"
        if first > 0 and tokens[first - 1].lower == "the":
            first -= 1
        return (first, last)
    while first > 0 and last - first < 3 and tokens[first - 1].is_word:
        if tokens[first - 1].lower in DETERMINERS:
            return (first - 1, last)
        if (
            tokens[first - 1].lower == "of"
            and first >= 2
            and tokens[first - 2].lower
            in (
                "that",
                "those",
            )
        ):
            return (first, last)  # "matches that of aid workers": the workers
        first -= 1
    return None


_EXPECTING = {
    "expecting": "expected",
    "forecasting": "forecast",
    "predicting": "predicted",
    "projecting": "projected",
    "looking for": "expected",
    "hoping for": "expected",
    "penciled in": "expected",
    "pencilled in": "expected",
}


def _noun_phrase_after(
    text: str,
    start: int,
    match: re.Match[str] | None,
    content: str,
    content_end: int,
    form: str,
) -> list[Attribution]:
    """The sentence up to ``match`` read on its own, then the claim the noun phrase after it
    makes: its ``content`` group (to ``content_end``) by its ``source`` with its ``cue``.
    Empty when there is no such noun phrase or either part makes no claim."""
    if match is None or match.start() - start <= 15:
        return []
    made = _make(
        text,
        match.start(content),
        content_end,
        source=match.span("source"),
        cue=match.span("cue") if match["cue"] else match.span("seen"),
        # ("had been expecting": the verb's past form's reading; "see as": a description)
        cue_verb=CUE_VERBS[
            _EXPECTING.get(" ".join(match["cue"].lower().split()), match["cue"].lower())
        ]
        if match["cue"]
        else CUE_VERBS["described"],
        form=form,
    )
    before = _attribute_sentence(text, start, match.start())
    return [*before, made] if made is not None and before else []


_OWN_CLAIM_HINTS = (" his ", " her ", " their ", " its ")
# "The mayor repeated his claim that Y", "She renewed her accusation that Y", "stood by its
# assertion that Y": the subject's own claim, named by a noun, then what it says
_OWN_CLAIM = re.compile(
    r"\b(?P<cue>(?:repeated|repeats|renewed|renews|reiterated|reiterates|restated|repeating|"
    r"renewing|reiterating|stood\s+by|stands\s+by|standing\s+by|defended|defends|"
    r"doubled\s+down\s+on|doubles\s+down\s+on|made|makes|echoed|echoes|pressed|presses)\s+"
    r"(?:his|her|their|its|(?<=made\s)an?|(?<=makes\s)an?)\s+"
    # ("made a striking claim: that Y", "makes a simple argument: that Y")
    r"(?:earlier\s+|previous\s+|long-standing\s+|oft-repeated\s+|[a-z]+\s+(?=\w+:))?"
    r"(?:claim|claims|accusation|allegation|assertion|charge|contention|argument|suggestion|"
    r"view|belief|prediction|promise|pledge|warning))(?:\s+|:\s+)that\s+(?=\S)"
)


def _own_claim_repeated(text: str, tokens: list[Token], start: int, end: int) -> Attribution | None:
    match = _OWN_CLAIM.search(text, start, end)
    if match is None:
        return None
    before = [token for token in tokens if token.end <= match.start()]
    last = len(before) - 1
    # (adverbs between the subject and the verb: "Whitfield also repeated")
    while last >= 0 and (
        _is_ly_adverb(before[last].lower) or before[last].lower in _BEFORE_THE_VERB
    ):
        last -= 1
    if (
        last < 0
        or last > 7
        or before[0].lower in _NOT_SUBJECT_OPENERS
        or any(
            not token.is_word
            or token.lower in _FINITE_VERBS
            or (token.text.islower() and "VBD" in lexicon().tags(token.lower))
            for token in before[: last + 1]
        )
    ):
        return None  # the subject alone before the verb: a noun phrase or a pronoun
    verb = CUE_VERBS.get(match["cue"].split()[-1].lower()) or CUE_VERBS["claimed"]
    return _make(
        text,
        match.end(),
        end,
        source=_span(tokens, 0, last),
        cue=match.span("cue"),
        cue_verb=verb,
        form="said_that",
    )


_FORECAST_PARTICIPLES_PAST = ("expected", "forecast", "predicted", "projected", "anticipated")
_FORECAST_PARTICIPLES_PAST += ("estimated",)
_FORECAST_HINTS = _FORECAST_PARTICIPLES_PAST
_FORECAST_HINTS += ("expecting", "forecasting", "predicting", "projecting", "anticipating")
# "the $2.1 billion Wall Street had been looking for", "the 43% analysts had pencilled in"
_FORECAST_HINTS += (" looking for", " hoping for", "penciled in", "pencilled in")
_FORECAST_BY_HINTS = tuple(f" {hint} by " for hint in _FORECAST_PARTICIPLES_PAST)
# "Revenue rose to $9.84 billion, slightly below the $9.91 billion Wall Street had forecast":
# the figure set against the result is the forecasters' claim (as "Analysts had expected a loss
# of X" is theirs), and the sentence before the comparison is read on its own
_SET_AGAINST_A_FIGURE = (
    r",\s+(?:(?:slightly|well|far|just|only|much|comfortably|narrowly|sharply)\s+)?"
    # ("slightly more than the 126,000 economists polled by Reuters had expected")
    r"(?:(?:more|less|fewer|higher|lower|bigger|smaller|better|worse|greater|weaker|stronger|"
    r"faster|slower)\s+(?=than\b))?"
    r"(?:above|below|ahead\s+of|short\s+of|shy\s+of|under|over|beating|topping|missing|"
    r"exceeding|compared\s+(?:with|to)|against|in\s+line\s+with|matching|than)\s+"
    r"(?P<figure>(?:the|an?)\s+(?:[\w$£€.,%-]+\s+){0,3}?[$£€]?\d[\w.,%-]*(?:\s+[a-z%-]+){0,4}?)\s+"
)
_FORECAST_COMPARED = re.compile(
    _SET_AGAINST_A_FIGURE
    + r"(?P<source>(?:(?:the|most|many|some|other|private|independent|industry|[A-Z][\w'’.&-]*)\s+)"
    r"{0,3}?(?:analysts|economists|forecasters|strategists|traders|investors|markets?|pollsters|"
    r"experts|Street|company|firm|bank|government|ministry|officials|consensus|it|they)"
    r"(?:\s+(?:polled|surveyed)\s+by\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})?)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:on\s+average\s+|widely\s+|generally\s+)?"
    # ("the $1.80 Wall Street had been expecting", "the 450,000 analysts were expecting")
    r"(?:been\s+|were\s+|are\s+|was\s+|is\s+)?"
    r"(?P<cue>expected|forecast|predicted|projected|estimated|anticipated|expecting|"
    r"forecasting|predicting|projecting|anticipating|looking\s+for|hoping\s+for|"
    r"pencill?ed\s+in)[.!]?\s*$"
)


# ... with the forecasters after the figure: "slightly above the $1.17 billion expected by
# analysts", "well short of the 455 million euros forecast by analysts polled by Reuters"
_FORECAST_COMPARED_BY = re.compile(
    _SET_AGAINST_A_FIGURE
    + r"(?P<cue>expected|forecast|predicted|projected|estimated|anticipated)\s+by\s+"
    r"(?P<source>(?:(?:the|most|many|some|other|private|independent|industry|[A-Z][\w'’.&-]*)\s+)"
    r"{0,3}?(?:analysts|economists|forecasters|strategists|traders|investors|markets?|pollsters|"
    r"experts|Street|consensus)"
    r"(?:\s+(?:polled|surveyed)\s+by\s+[A-Z][\w.&'’-]*(?<!\.)(?:\s+[A-Z][\w.&'’-]*(?<!\.)){0,3})?)"
    r"(?:\s+in\s+an?\s+[\w\s'’]{0,30}?(?:poll|survey))?[.!]?\s*$"
)


def _compared_with_a_forecast(text: str, start: int, end: int) -> list[Attribution]:
    """'Y, below the 1.2 per cent increase economists polled by Reuters had expected': Y read
    on its own, and the expected figure as the forecasters' claim."""
    match = _FORECAST_COMPARED.search(text, start, end) or _FORECAST_COMPARED_BY.search(
        text, start, end
    )
    return _noun_phrase_after(
        text, start, match, "figure", match.end("figure") if match else end, "object"
    )


_SAID_OF_A_FIGURE_HINTS = (" said ", " says ", " say ", " estimat", " expect", " predict")
_SAID_OF_A_FIGURE_HINTS += (" believe",)
# The nouns whose figure a source speaks of after a comma: "..., a figure the WHO expects to",
# "..., a deal people familiar with that transaction said was worth", "..., a step it estimated
# would cut"; one list for the cheap test and the pattern, so neither names a noun the other
# never lets through
_FIGURE_NOUNS = (
    "figure number total toll level rate tally count sum amount "
    "deal purchase transaction acquisition sale takeover merger offer bid stake valuation "
    "investment settlement fine contract package "
    "step move plan measure change cut cuts decision reform policy programme program"
).split()
_FIGURE_NOUN_AFTER_A_COMMA = re.compile(
    rf", (?:an?|the) (?:[a-z-]+ )?(?:{'|'.join(_FIGURE_NOUNS)}|estimate) "
)
_FIGURE_PROJECTED = re.compile(
    r",\s+(?:a|an)\s+(?:figure|number|total|estimate|toll)\s+"
    r"(?P<source>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*){0,5}|the\s+[a-z]+)\s+"
    r"(?P<cue>expects|forecasts|forecast|predicts|predicted|estimates|estimated|believes|"
    r"warns|warned)\s+(?P<rest>(?:it\s+)?(?:to|will|could|may|would)\b.+)$"
)
# "The coast guard intercepted 340 migrants in June, a number it said was the highest in a
# decade": the sentence as it stands, and what the source says of its figure
_FIGURE_SAID_TO_BE = re.compile(
    # ("..., a purchase two bankers involved in the deal said cost $400 million")
    rf",\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:{'|'.join(_FIGURE_NOUNS)})\s+"
    r"(?:that\s+|which\s+)?"
    r"(?P<source>it|they|he|she|(?:the\s+)?[A-Z][\w'’&.-]*"
    r"(?:\s+[A-Z][\w'’&.-]*){0,4}|the\s+[a-z]+(?:\s+[a-z]+)?|"
    r"(?:(?:two|three|four|several|some|many|other)\s+)?(?:[a-z]+s|people)(?:\s+(?:familiar\s+with|"
    r"involved\s+in|close\s+to|briefed\s+on)\s+(?:the|that|this)\s+[a-z]+)?)"
    r"\s+(?P<cue>said|says|say|estimated|estimates|estimate|expected|expects|expect|predicted|"
    r"predicts|predict|believes|believe)\s+"
    r"(?:was|is|were|are|would\s+be|will\s+be|had\s+been|(?=cost|valued|totall?ed)|"
    r"(?=(?:would|will|could|might|may)\s+[a-z])|"
    # ("a figure UNICEF said did not include ...", "a number residents said excluded those
    # buried in the hills": what the figure leaves out or covers)
    r"(?=(?:did|does)\s+not\s|(?:didn't|doesn't|didn’t|doesn’t)\s|(?:excluded|excludes|"
    r"included|includes|covered|covers|understated|understates|overstated|overstates|"
    r"underestimated|underestimates|overestimated|overestimates)\b))"
    r"\s*(?P<rest>.+)$"
)
# "Three fishermen were arrested in what the coast guard said was an illegal incursion": the
# sentence up to "in what", and what the source said it was
_IN_WHAT_X_SAID = re.compile(
    r"\s+in\s+what\s+(?P<source>(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\w'’&.-]+(?:\s+[\w'’&.-]+){0,4}?)"
    r"\s+(?:(?P<cue>said|says|called|calls|termed|described)\s+(?:was\s+|were\s+|is\s+|as\s+)?|"
    # "in what many economists see as a sign of weakness"
    r"(?P<seen>see|sees|saw|view|views|viewed|regard|regards|regarded)\s+as\s+)"
    r"(?P<rest>.+)$"
)
# "despite what Nato says is overwhelming evidence", "amid what the UN describes as the world's
# worst humanitarian crisis": after an adjunct's preposition (the sentence before it stands on
# its own), with what the source says it is
_WHAT_X_SAYS_IS = re.compile(
    r"\s+(?:despite|amid|after|against|during|following|since|under)\s+what\s+(?P<source>(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\w'’&.-]+(?:\s+[\w'’&.-]+){0,4}?)"
    r"\s+(?P<cue>said|says|say|called|calls|call|termed|terms|described|describes|describe)\s+"
    r"(?:was\s+|were\s+|is\s+|are\s+|as\s+)?(?P<rest>.+)$"
)
_DENIAL_HINTS = ("denie", "deny", "reject", "disput", "dismiss")
_DENIAL_ADVERBS = "(?:strongly|vehemently|firmly|flatly|swiftly|quickly|immediately|later|also)"
# "..., allegations he denies", "..., a charge the company rejects": the accused's denial of
# what the sentence said, in a noun phrase after it
_DENIED_AFTER = re.compile(
    r",\s+(?P<noun>(?:(?:a|an|the|these|those)\s+)?(?:[a-z][\w-]*\s+)?"
    r"(?:accusations?|allegations?|claims?|charges?|reports?|estimates?|figures?|accounts?|"
    r"assessments?|characteri[sz]ations?|numbers?|tolls?|tally|count|version))\s+"
    r"(?P<source>they|he|she|it|(?:the|his|her|its|their)\s+(?:(?!" + _DENIAL_ADVERBS + r"\b)"
    r"[a-z][\w-]*\s+){0,2}?[a-z][\w-]*|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    # a bare plural: "an estimate opposition monitors disputed", "a claim critics reject"
    r"|(?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\s+"
    r"(?:(?:has|have|had)\s+)?(?:(?:" + _DENIAL_ADVERBS + r")\s+)?"
    r"(?P<cue>denies|deny|denied|rejects|reject|rejected|disputes|dispute|disputed|dismissed|"
    r"dismisses)"
    # "..., a figure the ministry rejected as "inflated."": how it rejected it
    r"(?:\s+as\s+[^,;]{1,80}?)?"
    # "..., a claim federal officials flatly rejected hours later": when
    r"(?:\s+(?:(?:hours|days|minutes|weeks)\s+later|later(?:\s+that\s+day)?|the\s+next\s+day|"
    r"(?:on|last)\s+[A-Z][a-z]+day|yesterday|today|on\s+[A-Z][a-z]+|in\s+a\s+statement))?"
    r"\s*[.!]?[\"”’']*[.!]?$"
)
# "..., which the company denies", "..., which the Home Office today rejects, and ...": a
# relative clause after the claim saying who rejects it
_DENIED_WHICH = re.compile(
    r",\s+(?P<noun>which)\s+(?P<source>they|he|she|it|(?:the|his|her|its|their)\s+"
    r"(?:[\w'’.-]+\s+){0,4}?[\w'’-]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    # a bare plural: "..., which successive governments have denied"
    r"|(?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\s+"
    r"(?:(?:has|have|had)\s+)?(?:(?:today|now|also|strongly|vehemently|firmly|flatly|long|"
    r"always|repeatedly|consistently)\s+)?"
    r"(?P<cue>denies|deny|denied|rejects|reject|rejected|disputes|dispute|disputed)\b"
    r"(?=\s*[.!]?$|,)"
)
_DENIED_BY = re.compile(
    r",\s+(?P<noun>(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?"
    r"(?:accusations?|allegations?|claims?|charges?|reports?))\s+"
    r"(?P<cue>denied|rejected|disputed)\s+by\s+(?P<source>[^,.;]{2,60}?)\s*[.!]?$"
)


def _denied_after_claims(text: str, main: Attribution) -> list[Attribution]:
    """'..., allegations he denies', '..., a claim denied by the army': a noun phrase after
    the claim that says who denies it - the denier's claim (the noun phrase), and the claim
    before it stops at the comma."""
    denied = (
        _DENIED_AFTER.search(text, main.content[0], main.content[1])
        or _DENIED_BY.search(text, main.content[0], main.content[1])
        or _DENIED_WHICH.search(text, main.content[0], main.content[1])
    )
    if denied is None:
        return []
    verb = CUE_VERBS.get(denied["cue"].lower())
    if verb is None:
        return []
    end = main.content[1]
    if (
        denied.re is _DENIED_WHICH
        and text[denied.end() : end].strip(" .!")
        and _AND_AFTER_A_RELATIVE.match(text, denied.end(), end) is None
    ):
        # "The figure, which the union disputed, was 3,000": the relative clause is inside
        # the subject - the sentence goes on, the reporter's whole; the denier denies the
        # noun before it
        made = _make(
            text,
            main.content[0],
            denied.start(),
            source=denied.span("source"),
            cue=denied.span("cue"),
            cue_verb=verb,
            form="object",
        )
        return [made] if made is not None else []
    found = _split_off(text, main, denied, denied.span("noun"), verb, "object")
    rest = _AND_AFTER_A_RELATIVE.match(text, denied.end(), end) if found else None
    if rest is not None:
        # "... over fears it would amount to an amnesty, which the Home Office rejects, and
        # strain the welfare system": the sentence goes on, the first speaker's (or the
        # reporter's) again
        made = _make(
            text,
            rest.end(),
            end,
            source=main.source,
            cue=main.cue,
            cue_verb=main.cue_verb,
            form=main.form,
        )
        if made is not None:
            found.append(made)
    return found


_AND_AFTER_A_RELATIVE = re.compile(r",\s+(?:and|but)\s+")


_FROM_THE_MATCH = (-1, -1)


def _split_off(
    text: str,
    main: Attribution,
    match: re.Match[str],
    content: tuple[int, int],
    verb: CueVerb,
    form: str,
    source: tuple[int, int] | None = _FROM_THE_MATCH,
    cue: tuple[int, int] = _FROM_THE_MATCH,
) -> list[Attribution]:
    """The claim ``match`` found after the main one (its source and cue the match's groups,
    unless given); the main claim stops where the match starts."""
    made = _make(
        text,
        content[0],
        content[1],
        source=match.span("source") if source == _FROM_THE_MATCH else source,
        cue=match.span("cue") if cue == _FROM_THE_MATCH else cue,
        cue_verb=verb,
        form=form,
    )
    if made is None:
        return []
    main.content = (main.content[0], _content_end(text, main.content[0], match.start()))
    return [made]


# ", a result the main opposition party said it would challenge in court": a gloss on what
# came before whose own relative clause has a named speaker
_GLOSS_WITH_A_SPEAKER = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:result|decision|move|ruling|verdict|outcome|deal|"
    r"measure|step|change|plan|policy|proposal|figure|finding|claim|charge|accusation|"
    r"allegation)\s+(?:that\s+|which\s+)?"
    r"(?P<source>(?:the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+|"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:(?:has|have|had)\s+)?(?P<cue>said|says|warned|argued|insisted|claimed|vowed|"
    r"threatened)\s+(?=\S)"
)


def _gloss_with_a_speaker(text: str, main: Attribution) -> list[Attribution]:
    """'X was declared the winner, a result the opposition said it would challenge': what the
    named speaker of the gloss's relative clause said, a claim of its own."""
    match = _GLOSS_WITH_A_SPEAKER.search(text, main.content[0], main.content[1])
    if match is None or match.start() - main.content[0] < 15:
        return []
    verb = CUE_VERBS.get(match["cue"])
    if verb is None:
        return []
    return _split_off(text, main, match, (match.end(), main.content[1]), verb, "said_that")


def _reduced_relative_claims(text: str, main: Attribution) -> list[Attribution]:
    """'..., they noted that results had not been uploaded, a delay they said "risks
    undermining confidence."': a noun phrase after the claim with a relative clause that has
    no "that", whose pronoun says something of its own - the same speaker's second claim."""
    match = _REDUCED_RELATIVE.search(text, main.content[0], main.content[1])
    if match is None:
        return _gloss_with_a_speaker(text, main)
    verb = CUE_VERBS.get(match["cue"])
    if verb is None or verb.complement != "clause" or verb.group not in ("say", "assert", "warn"):
        return []
    return _split_off(text, main, match, (match.end(), main.content[1]), verb, "said_that")


def _figure_opens(tokens: list[Token], index: int) -> bool:
    """'at least 2,000 people had crossed', 'about 40 homes were', 'some 300 families':
    a figure opening a reported clause."""
    if index + 1 >= len(tokens):
        return False
    first, following = tokens[index].lower, tokens[index + 1].lower
    return (first, following) in _QUANTITY_OPENERS or (
        first in _APPROXIMATORS and (following[:1].isdigit() or following in NUMBER_WORD_VALUES)
    )


_SOME_OF_WHOM = words("several many most some all both two three four five half none few")


def _relative_speaker_after(
    text: str,
    tokens: list[Token],
    index: int,
    verb: CueVerb,
    start: int,
    end: int,
    comma: int | None = None,
) -> list[Attribution]:
    """'The bill was opposed by Senator Jim Hayes, who said it would add $2 trillion': the
    sentence up to the comma is the reporter's claim, what the relative clause reports is its
    speaker's (the noun phrase before ", who")."""
    accusing = verb.group == "accuse" and verb.complement == "object"
    if not accusing and (
        verb.group not in ("say", "assert", "warn", "estimate", "tell")
        or verb.complement == "object"
    ):
        return []
    some_of_them = comma is not None
    comma = index - 2 if comma is None else comma
    last = comma - 1
    if (
        some_of_them
        and not tokens[last].lower.endswith("s")
        and (leading := _leading_subject(tokens)) is not None
        and tokens[leading[1]].lower.endswith("s")
    ):
        # "Relatives gathered outside the port, some of whom said Y": some of the relatives
        # (the noun phrase before the comma is one thing, no "whom")
        last = leading[1]
    first = last
    while (
        first - 1 >= 0
        and last - first < 5
        and tokens[first - 1].is_word
        and tokens[first - 1].lower not in PREPOSITIONS
        and tokens[first - 1].lower not in ("as", "by", "to", "and", "or", "than")
        and (
            tokens[first - 1].is_capitalised
            or tokens[first - 1].lower in DETERMINERS
            or (tokens[first - 1].text.islower() and can_be_noun(tokens[first - 1].lower))
        )
    ):
        first -= 1
    if last < 0 or not tokens[last].is_word or (first == 0 and last == comma - 1):
        return []  # (the speaker opening the sentence is the ordinary "X, who ..., said")
    after = index + 1
    if verb.group == "tell":
        # ", who told Sky Sports that Y": whom it was told, then what
        after = _skip_object_of_tell(tokens, after, len(tokens) - 1)
        if after >= len(tokens) or tokens[after].lower != "that":
            return []
    if accusing:
        # ", who accused the party of reckless spending": whom, and of what
        if after >= len(tokens) - 1 or not tokens[after].is_word:
            return []
    elif after < len(tokens) and tokens[after].lower == "that":
        after += 1
    elif not (_clause_follows(tokens, after) or _figure_opens(tokens, after)):
        return []
    if after >= len(tokens):
        return []
    head = _make(text, start, tokens[comma].start)
    said = _make(
        text,
        tokens[after].start,
        end,
        source=_span(tokens, first, last),
        cue=(tokens[index].start, tokens[index].end),
        cue_verb=verb,
        form="object" if accusing else "said_that",
    )
    if head is None or said is None:
        return []
    return [head, said]


# ", a plan officials say will cut commutes by 15 minutes", ", a bill that critics say would
# stifle dissent": a noun phrase after the sentence, described by what a speaker says of it.
_NOUN_WITH_A_SPEAKER = re.compile(
    # (", well below the 95 per cent the World Health Organization says is needed")
    r",\s+(?:(?:well|far|just|still)\s+)?(?:(?:below|above|under|over|short\s+of|up\s+from|"
    r"down\s+from)\s+)?(?:a|an|the|this|one)\s+(?:[\w-]+\s+){0,3}?(?:that\s+|which\s+)?"
    r"(?P<source>(?:the\s+)?[a-z]+s|the\s+(?:[a-z]+\s+){0,2}[a-z]+|"
    r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+$"
)
# The same with a head noun a gloss takes ("a decision", "a move"), so that the speakers
# after it keep their own words: ", a decision district officials say will save $1.2m"
_HEADED_NOUN_WITH_A_SPEAKER = re.compile(
    r",\s+(?:a|an|the|this|one)\s+(?:[\w-]+\s+){0,2}?(?:move|decision|step|measure|plan|policy|"
    r"figure|number|estimate|change|cut|deal|law|rule|ruling|proposal|programme|program|scheme|"
    r"project|reform|increase|reduction|total|rate|sum|shift|process)\s+(?:that\s+|which\s+)?"
    r"(?P<source>(?:the\s+)?(?:[a-z]+\s+){0,2}[a-z]+s)\s+$"
)
_DAYS_AFTER_A_CUE = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today".split()
)
_GAP_VERBS = frozenset(
    "will would could can may might is was are were has had have should must".split()
)


def _noun_with_a_speaker(
    text: str, cue: Token, verb: CueVerb, start: int, end: int
) -> list[Attribution]:
    """The sentence before the comma is a claim of its own (its speaker's, or the reporter's);
    what the speaker says of the noun phrase after it is theirs."""
    found = _speaker_of_a_noun(text, cue, verb, start, end)
    if found is None:
        return []
    comma, said = found
    return [*_attribute_sentence(text, start, comma), said]


def _the_noun_says_in_its_relative(
    text: str, tokens: list[Token], index: int, verb: CueVerb, start: int, end: int
) -> list[Attribution]:
    """'Pellway, which says it serves 40 million users, was fined $2 million': the noun says
    what its relative clause reports; the sentence is the reporter's claim."""
    relative = index - 1
    while relative > 1 and tokens[relative].lower in AUXILIARIES:
        relative -= 1  # "which has said that"
    if (
        relative > 3
        and tokens[relative].lower in ("week", "month", "year")
        and tokens[relative - 1].lower in ("last", "this")
    ):
        relative -= 2  # "Lynch, who last week said": when, before the cue
    elif relative > 2 and tokens[relative].lower in ("recently", "yesterday", "previously"):
        relative -= 1
    if (
        relative < 2
        or tokens[relative].lower not in ("which", "who")
        or tokens[relative - 1].text != ","
        or verb.group not in ("say", "assert", "tell", "deny")
    ):
        return []
    opening = relative - 2
    while opening > 0 and tokens[opening - 1].text not in _PUNCT_STOPS:
        opening -= 1
    if opening != 0 or not tokens[0].is_capitalised or relative - 1 - opening > 6:
        return []  # the noun opens the sentence: its subject, a name or a short phrase
    closing = _first_comma(tokens, range(index + 2, len(tokens) - 1))
    if closing is None:
        return []
    following = tokens[closing + 1]
    if not following.text.islower() or not can_be_finite_verb(following.lower):
        return []  # the main clause's verb after the relative clause
    # (past when it was said: "which said last month that the virus was contained")
    content = _past_times(tokens, index + 1, closing - 1)
    if verb.group == "tell":
        # "Riley, who told the Guardian she had been sacked, is suing": whom, then what
        content = _skip_object_of_tell(tokens, index + 1, closing - 1)
        if content == index + 1 or content >= closing:
            return []
        if tokens[content].lower != "that" and not _clause_follows(tokens, content):
            return []
    if (
        verb.complement == "that"
        and tokens[content].lower != "that"
        and not _clause_follows(tokens, content)
    ):
        return []  # "Lopes, who maintained the project's packages, said": no claim maintained
    if tokens[content].lower == "that":
        content += 1
    said = _make(
        text,
        tokens[content].start,
        tokens[closing].start,
        source=_span(tokens, 0, relative - 2),
        cue=(tokens[index].start, tokens[index].end),
        cue_verb=verb,
        # ("Mr. Hale, who denied any wrongdoing, resigned": what the noun denied)
        form="object" if verb.group == "deny" else "said_that",
    )
    if said is None:
        return []
    main_verb = _cue_at(tokens, closing + 1) if following.lower in CUE_VERBS else None
    if (
        verb.group == "deny"
        and main_verb is None
        and any(
            token.lower in CUE_VERBS and _cue_at(tokens, position) is not None
            for position, token in enumerate(tokens[closing + 1 :], start=closing + 1)
        )
    ):
        # "Okoro, who denies the charges, will appeal, his lawyer said": the tag's (but
        # "Moyes, who denied that the club was in crisis, told reporters Y": his, both)
        return []
    if main_verb is not None:
        # "The ministry, which said last month that the virus was contained, said two new
        # cases had been found": the noun says both
        main_said = _attribute_with_cue(text, tokens, closing + 1, main_verb, start, end)
        return [said, main_said] if main_said is not None else []
    main = _make(text, start, end)
    return [main, said] if main is not None else []


def _speaker_inside_a_relative(
    text: str, tokens: list[Token], index: int, verb: CueVerb, start: int, end: int
) -> list[Attribution]:
    """'The bill, which critics say is unconstitutional, passed by 52 votes to 48': what the
    speaker inside the relative clause says of its noun is theirs ("is unconstitutional"); the
    sentence is the reporter's claim (or, when the relative clause ends it, the sentence up to
    the comma is read on its own)."""
    relative = index - 1
    while relative > index - 8 and relative > 1 and tokens[relative].lower not in _RELATIVES:
        word = tokens[relative]
        # "teachers' unions", "which Mr. Dunlap's group said"
        if word.text in ("'", "’") or _title_full_stop(tokens, relative):
            relative -= 1
            continue
        if not word.is_word or word.lower in PREPOSITIONS or word.lower in CUE_VERBS:
            return []
        relative -= 1
    # (or a restrictive relative: "announced a plan that critics said would cut funding",
    # "repeated a claim that fact-checkers have said is false")
    restrictive = (
        tokens[relative].lower == "that"
        and tokens[relative - 1].text.islower()
        and lexicon().best(tokens[relative - 1].lower) in ("NN", "NNS")
        # ("a video that it said showed ...": read by the rules of a pronoun's relative)
        and tokens[relative + 1].lower not in SUBJECT_PRONOUNS
    )
    if (
        tokens[relative].lower not in _RELATIVES
        or relative == index - 1
        or (tokens[relative - 1].text != "," and not restrictive)
        or index + 1 >= len(tokens)
        or not (
            tokens[index + 1].lower in _GAP_VERBS
            # "which officials said posed a risk": the relative's verb, its subject gapped
            or (
                tokens[index + 1].text.islower()
                and not {"VBD", "VBZ"}.isdisjoint(lexicon().tags(tokens[index + 1].lower))
            )
            # "Facility fees, which hospitals say cover the overhead, ...": a plural's present
            or (
                tokens[index + 1].text.islower()
                and "VBP" in lexicon().tags(tokens[index + 1].lower)
                and relative >= 2
                and lexicon().best(tokens[relative - 2].lower) == "NNS"
            )
        )
    ):
        return []
    first_word = relative + 1
    while first_word < index and tokens[first_word].lower in _CLAUSE_VERBS:
        first_word += 1
    last_word = index - 1
    while last_word > first_word and tokens[last_word].lower in _CLAUSE_VERBS:
        last_word -= 1  # ("fact-checkers have said": the speaker without its auxiliary)
    source = _span(tokens, first_word, last_word)
    cue = (tokens[index].start, tokens[index].end)
    closing = _first_comma(tokens, range(index + 2, len(tokens)))
    if restrictive:
        # the sentence up to the relative is the reporter's, the relative's clause the
        # speaker's
        said = _make(
            text,
            tokens[index].end,
            tokens[closing].start if closing is not None else end,
            source=source,
            cue=cue,
            cue_verb=verb,
        )
        head = _attribute_sentence(text, start, tokens[relative].start)
        return [*head, said] if said is not None and head else []
    if closing is None:
        said = _make(text, tokens[index].end, end, source=source, cue=cue, cue_verb=verb)
        head = _attribute_sentence(text, start, tokens[relative - 1].start)
        return [*head, said] if said is not None and head else []
    following = tokens[closing + 1] if closing + 1 < len(tokens) else None
    if following is None or not following.text.islower() or not can_be_finite_verb(following.lower):
        return []  # the relative clause runs on past its comma: not read here
    said = _make(
        text, tokens[index].end, tokens[closing].start, source=source, cue=cue, cue_verb=verb
    )
    main = _make(text, start, end)
    return [main, said] if said is not None and main is not None else []


_RELATIVES = frozenset({"which", "who", "that"})


def _speaker_of_a_noun(
    text: str, cue: Token, verb: CueVerb, start: int, end: int
) -> tuple[int, Attribution] | None:
    """Where the noun phrase's comma stands, and the speaker's claim about it."""
    match = _HEADED_NOUN_WITH_A_SPEAKER.search(
        text, max(start, cue.start - 80), cue.start
    ) or _NOUN_WITH_A_SPEAKER.search(text, max(start, cue.start - 80), cue.start)
    after = text[cue.end : end].split(None, 1)
    content_from = cue.end
    if len(after) == 2 and after[0].lower().rstrip(",") in _DAYS_AFTER_A_CUE:
        # "a trend that union leaders said Tuesday would burn out staff": when it was said
        content_from = text.index(after[0], cue.end) + len(after[0])
        after = after[1].split(None, 1)
    if match is None or not after or after[0].lower() not in _GAP_VERBS:
        return None
    said = _make(
        text,
        content_from,
        end,
        source=match.span("source"),
        cue=(cue.start, cue.end),
        cue_verb=verb,
        form="said_that",
    )
    return None if said is None else (match.start(), said)


def _described_by_a_speaker(
    text: str, tokens: list[Token], cue_index: int, main: Attribution, end: int
) -> list[Attribution]:
    """'The ministry said it would close 40 schools, a move unions say will hurt pupils': the
    noun phrase's speaker after the claim (see _noun_with_a_speaker); the claim stops at it."""
    for token in tokens[cue_index + 1 :]:
        if token.start >= main.content[1]:
            break
        verb = CUE_VERBS.get(token.lower)
        if verb is None or verb.group not in ("say", "assert", "estimate", "warn"):
            continue
        found = _speaker_of_a_noun(text, token, verb, main.content[0], end)
        if found is not None:
            comma, said = found
            main.content = (main.content[0], _content_end(text, main.content[0], comma))
            return [said]
    return []


def _passive_rebuttal(
    text: str, tokens: list[Token], index: int, tagged: Attribution, start: int
) -> list[Attribution]:
    """'The army shelled the village, a claim denied by Moscow': what comes before the comma
    is a claim of its own (the reporter's, or its speaker's), and the claim noun is what the
    agent after "by" denies - not a claimant."""
    source = tagged.source
    if source is None or index + 2 >= len(tokens) or tokens[index + 1].lower != "by":
        return []
    named = text[source[0] : source[1]].lower().split()
    if not named or named[-1] not in CLAIM_NOUNS or named[0] not in DETERMINERS | {"claims"}:
        return []
    agent = _right_noun_phrase(tokens, index + 2, len(tokens) - 1)
    if agent is None:
        return []
    denial = _make(
        text,
        source[0],
        source[1],
        source=_span(tokens, *agent),
        cue=tagged.cue,
        cue_verb=tagged.cue_verb,
        form="object",
    )
    if denial is None:
        return []
    return [*_attribute_sentence(text, start, tagged.content[1]), denial]


# Words opening a clause that sets itself against the one before: "Y, the company said, but
# unions vowed to fight it".
_CONTRAST_OPENERS = frozenset({"but", "although", "though", "whereas", "yet"})
# (not "though" nor "although": "..., the coastguard said, though six remain missing" is
# the reporter's, as the twentieth session's tests have it)
_CONCEDING_OPENERS = frozenset({"whereas"})
_GAVE_NOTHING_MORE = words("did declined refused would gave offered provided")


def _the_speaker_withheld(tokens: list[Token], first: int) -> bool:
    """ "it gave no date", "he declined to say": what the speaker then did (a pronoun, then a
    verb of giving or withholding), no claim of theirs."""
    return (
        first + 1 < len(tokens)
        and tokens[first].lower in ("it", "he", "she", "they")
        and tokens[first + 1].lower in _GAVE_NOTHING_MORE
    )


def _the_speakers_contrast(
    tokens: list[Token], first: int, tagged: Attribution | None, said: list[Attribution]
) -> bool:
    """Is the contrast after a tag ("..., he said, whereas sales should keep growing", "...,
    while aluminum prices have fallen") the tagged speaker's: it names no source of its own and
    tells of nothing the speaker withheld?"""
    return (
        tagged is not None
        and not any(attribution.source is not None for attribution in said)
        and not _the_speaker_withheld(tokens, first)
    )


def _trailing_setting(
    text: str, tokens: list[Token], index: int, end: int, tagged: Attribution | None = None
) -> list[Attribution]:
    """'Y, officials said, as rescuers dug through the rubble': the clause after the tag is the
    reporter's own claim; after "but" ('Y, the company said, but unions say Z') a clause read
    on its own, with a speaker of its own if it names one."""
    for position in range(index + 1, min(len(tokens) - 3, index + 12)):
        if (
            tagged is not None
            and tokens[position].text == ","
            and _comparison_after_tag(tokens, position + 1, len(tokens) - 1)
        ):
            return []  # "Y, the ONS said, some way ahead of inflation": no claim of its own
        if (
            tagged is not None
            and tokens[position].text == ","
            and _TIME_FROM_AN_EVENT.match(text, tokens[position].end, end)
        ):
            return []  # "Y, officials said, a day after lawmakers voted": when, no claim
        if tagged is not None and (
            tokens[position].text in ("—", "–")
            or _gloss_after_tag(tokens, position, len(tokens) - 1)
        ):
            # "Y, the study noted — one reason rents rose": the reporter's gloss on Y
            made = _make(text, tokens[position + 1].start, end)
            return [made] if made is not None else []
        if tokens[position].text != ",":
            continue
        opener = tokens[position + 1].lower
        if (
            tagged is not None
            and opener in ("up", "down")
            and position + 2 < len(tokens)
            and tokens[position + 2].lower == "from"
        ):
            # "..., up from 38 a day earlier": the earlier figure, the same speaker's
            return _also_said(text, tagged, tokens[position + 1].start, end)
        if opener in _CONTRAST_OPENERS and _opens_clause(tokens, position + 2, len(tokens) - 1):
            said = _attribute_sentence(text, tokens[position + 2].start, end)
            if opener in _CONCEDING_OPENERS and _the_speakers_contrast(
                tokens, position + 2, tagged, said
            ):
                # "Margins will narrow, he said, whereas sales should keep growing": the
                # speaker's contrast, his too
                return _also_said(text, tagged, tokens[position + 2].start, end)
            return said
        if (
            tagged is not None
            and opener == "and"
            and _and_clause_after(tokens, position, len(tokens) - 1)
        ):
            # "More than 2,800 houses were damaged, he said, and about 9,000 people had fled":
            # a second claim, the same speaker's unless it names its own
            said = _attribute_sentence(text, tokens[position + 2].start, end)
            if any(attribution.source is not None for attribution in said):
                return said
            return _also_said(text, tagged, tokens[position + 2].start, end)
        if (
            tagged is not None
            and opener == "so"
            and _opens_clause(tokens, position + 2, len(tokens) - 1)
        ):
            # "Demand was weak, she said, so the company would cut prices": what follows from
            # it, the same speaker's (it had been dropped)
            return _also_said(text, tagged, tokens[position + 2].start, end)
        if opener in ("as", "while") and _opens_clause(tokens, position + 2, len(tokens) - 1):
            # "..., as the health secretary insisted the plan was working": a speaker's own
            said = _attribute_sentence(text, tokens[position + 2].start, end)
            if any(attribution.source is not None for attribution in said):
                return said
            if opener == "while" and _the_speakers_contrast(tokens, position + 2, tagged, said):
                # "Costs have risen, Mr. Lund said, while aluminum prices have fallen": the
                # speaker's contrast, his too (not "as rescuers dug": the reporter's scene)
                return _also_said(text, tagged, tokens[position + 2].start, end)
        if tagged is not None and opener in _WHAT_IT_MEANS and position + 3 < len(tokens):
            # "Inflation eased to 34.8%, the agency said on Thursday, handing the government a
            # boost" / "..., making it the lowest in a decade": what the reporter makes of it
            made = _make(text, tokens[position + 1].start, end)
            return [made] if made is not None else []
        if (
            tagged is not None
            and _is_participle_adjunct(tokens[position + 1])
            and opener not in PARTICIPLE_CUES
            and opener not in _AFTER_A_COMMA_CUES
            # (not what the reporter makes of it: ", making it the largest in a decade", nor
            # how the speaker spoke: ", speaking on condition of anonymity")
            and opener not in _HOW_THEY_SPOKE
            and position + 3 < len(tokens)
        ):
            # "The attackers entered the network in March, a person familiar with the matter
            # said, copying files to a server abroad": what the subject went on to do, the
            # same speaker's (it had been dropped)
            return _also_said(text, tagged, tokens[position + 1].start, end)
        if opener == "with" and tagged is not None:
            speaking = _with_a_speaker(text, tokens, position + 1, end)
            if speaking is not None:
                # "Y, local officials said, with both armies blaming each other for it": the
                # absolute clause's own speaker
                return [speaking]
            # "The toll rose to 27, the agency said, with 41 people still missing": what goes
            # with the report is the same speaker's (without "with")
            return _also_said(text, tagged, tokens[position + 2].start, end)
        if opener in ("as", "while", "with"):
            # (without its opener: "as rescuers dug ..." is the claim "rescuers dug ...")
            made = _make(text, tokens[position + 2].start, end)
            return [made] if made is not None else []
    return []


# Participles after a tag that say what the news means (the reporter's reading): "handing
# the government a boost", "sending its shares lower", "dealing a blow to", "making it the
# lowest in a decade"
_WHAT_IT_MEANS = words(
    "handing sending giving dealing marking fuelling fueling deepening heaping piling "
    "underscoring dashing making boosting"
)
_HOW_THEY_SPOKE = words(
    "making speaking talking writing appearing responding replying referring declining asking "
    "requesting echoing reversing reading standing sitting visiting addressing briefing"
)


def _with_a_speaker(text: str, tokens: list[Token], with_at: int, end: int) -> Attribution | None:
    """', with both armies blaming each other': the claim of the absolute clause's speaker
    after "with" at ``with_at``, when a participle of speaking follows its noun phrase."""
    for position in range(with_at + 2, min(len(tokens) - 1, with_at + 8)):
        lemma = _ABSOLUTE_CUES.get(tokens[position].text)
        if lemma is None:
            continue
        subject = _with_subject(tokens, position)
        if subject is None or subject[0] != with_at + 1:
            return None
        after = position + 1
        if (
            lemma == "report"
            and tokens[after].lower != "that"
            and not _clause_right_after(tokens, position)
        ):
            return None  # "with a fifth of volunteers reporting pain": what befell them
        if tokens[after].lower == "that":
            after += 1
        if after >= len(tokens) - 1:
            return None
        return _make(
            text,
            tokens[after].start,
            end,
            source=_span(tokens, *subject),
            cue=_span(tokens, position, position),
            cue_verb=_participle_verb(lemma),
            form="said_that",
        )
    return None


def _also_said(text: str, tagged: Attribution, start: int, end: int) -> list[Attribution]:
    """What follows a tag, from ``start``, as a claim of the tag's speaker."""
    made = _make(
        text,
        start,
        end,
        source=tagged.source,
        cue=tagged.cue,
        cue_verb=tagged.cue_verb,
        form="tail",
    )
    return [made] if made is not None else []


def _setting_then_clause(tokens: list[Token], index: int, upper: int) -> int | None:
    """'ruled on Tuesday, before the jury was sworn in, that ...': a short setting, then a
    subordinate clause between commas, then "that" - the position of "that", or None."""
    if index > upper or not (tokens[index].lower in PREPOSITIONS or _is_time_token(tokens[index])):
        return None
    comma = _first_comma(tokens, range(index, min(upper, index + 8)))
    if comma is None or comma + 1 > upper or tokens[comma + 1].lower not in SUBORDINATORS:
        return None
    closing = _first_comma(tokens, range(comma + 2, min(upper, comma + 16)))
    if closing is None or closing + 1 > upper or tokens[closing + 1].lower != "that":
        return None
    return closing + 1


def _participle_aside(tokens: list[Token], index: int, upper: int) -> int | None:
    """'said on Tuesday, pointing to a new poll, the reform was popular': a participle aside
    on how it was said between commas (after a short setting or none), then the clause said -
    where that clause starts, or None."""
    comma = _first_comma(tokens, range(index, min(upper, index + 6)))
    if (
        comma is None
        or comma + 2 > upper
        or not _is_participle_adjunct(tokens[comma + 1])
        # "said, adding that": a claim of its own (citing names a source, no claim)
        or (
            tokens[comma + 1].lower in _AFTER_A_COMMA_CUES
            and tokens[comma + 1].lower not in ("citing", "quoting")
        )
        or (
            comma > index
            and not (tokens[index].lower in PREPOSITIONS or _is_time_token(tokens[index]))
        )
    ):
        return None
    closing = _first_comma(tokens, range(comma + 2, min(upper, comma + 16)))
    if closing is None:
        return None
    after = closing + 1
    if after <= upper and tokens[after].lower == "that":
        after += 1
    return after if after <= upper and _clause_follows(tokens, after) else None


# adverbs of when and how often right after a cue, before what was said
_AFTER_THE_CUE = words("afterwards afterward later again repeatedly since")


def _skip_adjuncts(tokens: list[Token], index: int, upper: int) -> int:
    """Skip a time or setting adjunct right after the cue when "that" or a comma follows it
    (and an adverb before "that": "said repeatedly that"; a vote: "ruled 2-1 that")."""
    if _vote_at(tokens, index) and index + 3 <= upper and tokens[index + 3].lower == "that":
        return index + 3
    if (
        index < upper
        and tokens[index].lower in _AFTER_THE_CUE
        and (
            tokens[index + 1].lower in PREPOSITIONS
            or tokens[index + 1].lower in SUBJECT_PRONOUNS
            or tokens[index + 1].lower in DETERMINERS
        )
    ):
        # "said afterwards she was exhausted", "said repeatedly on Monday that"
        return _skip_adjuncts(tokens, index + 1, upper)
    if (
        index < upper
        and tokens[index].text.islower()
        and (
            tokens[index].lower.endswith("ly")
            or (
                "RB" in lexicon().tags(tokens[index].lower)
                and tokens[index].lower not in PREPOSITIONS
            )
        )
        and tokens[index + 1].lower == "that"
    ):
        return index + 1  # "said repeatedly that", "should have said above that"
    if (
        index + 1 < upper
        and tokens[index].text == ","
        and (
            tokens[index + 1].lower in PREPOSITIONS
            or (
                tokens[index + 1].text.islower() and "RB" in lexicon().tags(tokens[index + 1].lower)
            )
        )
    ):
        # "said, in a letter to MPs, that": an adjunct between commas, then "that"
        for probe in range(index + 2, min(upper, index + 14)):
            token = tokens[probe]
            if token.text == ",":
                if tokens[probe + 1].lower == "that":
                    return probe + 1
                break
            if token.text in _PUNCT_STOPS or token.lower in _FINITE_VERBS:
                break
    if (
        index + 2 < upper
        and tokens[index].lower in ("on", "to")
        and tokens[index + 1].text in _QUOTE_MARKS
        and (title_end := _programme_title_end(tokens, index + 1)) is not None
    ):
        # 'said on "Face the Nation" Sunday that', 'warned on "Fox News Sunday" that': the
        # programme, and when, then "that"
        probe = title_end
        while probe <= upper and probe - title_end < 4 and tokens[probe].lower != "that":
            if not (_is_time_token(tokens[probe]) or tokens[probe].lower in ("on", "last")):
                break
            probe += 1
        if probe <= upper and tokens[probe].lower == "that":
            return probe
    skipped = _setting_then_clause(tokens, index, upper)
    if skipped is None:
        skipped = _participle_aside(tokens, index, upper)
    if skipped is not None:
        return skipped
    if (
        index + 2 <= upper
        and tokens[index].lower in ("in", "on", "at", "during")
        and tokens[index + 1].lower in (DETERMINERS)
    ):
        # "said in a statement they were heartbroken", "said at the time the machines had to
        # be replaced": the statement or the occasion, then the clause said
        noun = next(
            (
                position
                for position in range(index + 2, min(upper, index + 5) + 1)
                if tokens[position].lower in _STATEMENT_NOUNS
                or tokens[position].lower in _OCCASION_NOUNS
            ),
            None,
        )
        if noun is not None:
            after = noun + 1
            if (
                after < upper
                and tokens[after].lower in ("to", "in", "of", "with", "by")
                and tokens[after + 1].is_capitalised
            ):
                # "during a visit to Leeds", "in an interview with Sky News"
                after += 1
                while after <= upper and tokens[after].is_capitalised:
                    after += 1
            after = _past_times(tokens, after, upper)
            if after <= upper and tokens[after].lower != "that" and _clause_follows(tokens, after):
                return after
    if index <= upper and (
        tokens[index].lower in PREPOSITIONS
        or tokens[index].lower == "of"  # "said of the plan that"
        or _is_time_token(tokens[index])
    ):
        # "said in an interview with Fox News on Sunday that": a setting of a dozen words
        for probe in range(index, min(upper + 1, index + 14)):
            token = tokens[probe]
            if (
                token.text == ","
                and probe + 1 <= upper
                and tokens[probe + 1].lower in ("a", "an", "the", "its", "their")
            ):
                break  # "said on Monday, a decline that officials attributed to": a gloss
            if token.lower == "that":
                if not _complementiser(tokens, probe, upper):
                    break  # "wrote, in a decision that angered both sides": a relative clause
                return probe
            if token.lower in _AFTER_A_COMMA_CUES and tokens[probe - 1].text == ",":
                break  # "wrote to the council, telling officials that": the participle's
            if token.lower in _ABSOLUTE_OPENERS and tokens[probe - 1].text == ",":
                break  # "said Friday, with most of them tied to an outbreak that": its own
            if (token.text in _PUNCT_STOPS and token.text != ",") or token.lower in _FINITE_VERBS:
                break
    placed = _past_places_and_times(tokens, index, upper)
    if placed is not None:
        return placed
    start = index
    index = _past_times(tokens, index, upper)
    if (
        index > start
        and index <= upper
        and tokens[start].lower not in _TIME_LEADERS
        and (tokens[index].lower in _FINITE_VERBS or tokens[index].lower in _MODALS)
    ):
        # "said July was the wettest month", "said May 1 would be a holiday": the month is
        # what the clause is of
        return start
    if index <= upper and tokens[index].text == "," and index > start:
        index += 1
    return index


def _past_places_and_times(tokens: list[Token], index: int, upper: int) -> int | None:
    """'told the Coroners Court in Melbourne on Thursday his brigade had been ready': where
    and when ("in" or "at" and a name, "on" and a day), then the clause said without "that" -
    where the clause starts, or None."""
    position = index
    for _ in range(3):
        if position + 1 > upper or tokens[position].lower not in ("in", "at", "on"):
            break
        following = position + 1
        if tokens[position].lower == "on" and _is_time_token(tokens[following]):
            # ("on Thursday morning": the day and its part)
            position = _past_times(tokens, following, upper)
            continue
        if not tokens[following].is_capitalised:
            break
        while following <= upper and tokens[following].is_capitalised:
            following += 1
        position = following
    if position == index or position > upper or tokens[position].lower == "that":
        return None
    return position if _clause_follows(tokens, position) else None


# what opens an absolute or a setting clause after a comma: "said Friday, with most ..."
_ABSOLUTE_OPENERS = words("with as amid while including after")


def _past_times(tokens: list[Token], index: int, upper: int) -> int:
    """The first position from ``index`` past time words ("on Tuesday", "yesterday"), and the
    day of a month with them ("March 11", "Tuesday (Oct. 4)", "on Dec. 3")."""
    while index <= upper:
        if tokens[index].lower in MONTHS:
            index = _past_day_of_month(tokens, index, upper) + 1
        elif _is_time_token(tokens[index]) or (
            tokens[index].lower in _TIME_LEADERS
            and index + 1 <= upper
            and _is_time_token(tokens[index + 1])
        ):
            index += 1
        elif tokens[index].text == "(" and index + 2 <= upper and tokens[index + 1].lower in MONTHS:
            # "said Thursday (April 17)": the date in brackets
            closing = _past_day_of_month(tokens, index + 1, upper) + 1
            if closing > upper or tokens[closing].text != ")":
                break
            index = closing + 1
        else:
            break
    return index


def _only_manner_and_time(tokens: list[Token], index: int, last: int) -> bool:
    """Nothing from ``index`` to ``last`` but how and when: "flatly on Tuesday", "outright"."""
    while index <= last and (
        _is_ly_adverb(tokens[index].lower) or tokens[index].lower in ("outright", "again")
    ):
        index += 1
    index = _past_times(tokens, index, last)
    return all(not token.is_word for token in tokens[index : last + 1])


def _only_times_after(tokens: list[Token], index: int) -> bool:
    """Nothing but when after ``index`` to the sentence's end ("on Saturday.", "last week")."""
    past = _past_times(tokens, index, len(tokens) - 1)
    return past > index and all(not token.is_word for token in tokens[past:])


def _first_comma(tokens: list[Token], positions: range) -> int | None:
    """The first of ``positions`` holding a comma, or None."""
    return next((position for position in positions if tokens[position].text == ","), None)


def _vote_at(tokens: list[Token], index: int) -> bool:
    """A vote's count from ``index``: "6-3", "2–1" (three tokens)."""
    return (
        index + 2 < len(tokens)
        and tokens[index].text.isdigit()
        and tokens[index + 1].text in ("-", "–")
        and tokens[index + 2].text.isdigit()
    )


def _past_day_of_month(tokens: list[Token], month: int, upper: int) -> int:
    """The last position of a month's date from the month at ``month``: "March 11", "Oct. 4"
    (the month itself when no day follows)."""
    position = month
    if position + 1 <= upper and tokens[position + 1].text == ".":
        position += 1
    if (
        position + 1 <= upper
        and tokens[position + 1].text.isdigit()
        and 1 <= int(tokens[position + 1].text) <= 31
    ):
        return position + 1
    return month


# A short sentence of someone's gesture ("He grins.", "Okafor laughs."): the quotation after it
# without a tag of its own is theirs
_ACTED_BEFORE_A_QUOTATION = re.compile(
    # (a name with a role before it: "Stallholder Rosa Lima smiles at the idea.")
    r"\s*(?P<who>He|She|They|[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+){0,2})\s+"
    r"(?P<act>(?:laugh|grin|smil|shrug|"
    r"sigh|paus|nod|wink|frown|chuckl|hesitat|shak)(?:s|es|ed|d)?)\b(?:\s+[a-z]+){0,3}\s*[.!]?\s*$"
)
_ACTED = CueVerb("say", "say", "tail")
_WHEN_CLAUSE_OPENERS = words("once after before as when while until")


# Participles of who stood by a speaker: "said, flanked by party officials"
_BESIDE_THE_SPEAKER = frozenset("flanked surrounded accompanied joined backed watched".split())


def _granted_anonymity(first: Token, second: Token) -> bool:
    """Politico's "granted anonymity (to discuss ...)" after a tag: the terms the sources
    spoke on, no part of the claim."""
    return first.lower in ("granted", "given") and second.lower == "anonymity"


_REACTIONS = words("laughter applause cheers cheering boos booing jeers groans gasps murmurs")


def _what_before(tokens: list[Token], index: int) -> bool:
    """ "what the UN describes as", "which he described as": the object is the relative
    pronoun within four words before the verb."""
    return any(
        token.lower in ("what", "which", "whom") for token in tokens[max(0, index - 5) : index]
    )


def _is_trailer(tokens: list[Token], index: int, upper: int) -> bool:
    """After 'Y, X said' only adjuncts remain: 'on Saturday in a video posted to YouTube'."""
    if index > upper:
        return True
    if all(not token.is_word for token in tokens[index : upper + 1]):
        return True
    if tokens[index].text == "," and index < upper and _is_participle_adjunct(tokens[index + 1]):
        return True  # "Y, X said, citing / blaming / pointing to Z": how X said it
    if (
        tokens[index].text == ","
        and index + 2 <= upper
        and _granted_anonymity(tokens[index + 1], tokens[index + 2])
    ):
        return True  # "Y, the people said, granted anonymity to discuss ...": the terms
    if (
        tokens[index].text == ","
        and index + 2 <= upper
        and tokens[index + 1].lower in ("to", "amid")
        and any(token.lower in _REACTIONS for token in tokens[index + 2 : index + 5])
    ):
        return True  # '"...," he said, to laughter from the crowd', ", to loud applause"
    if (
        tokens[index].text == ","
        and index + 2 <= upper
        and tokens[index + 1].lower in ("when", "after", "while", "if")
        and tokens[index + 2].lower in _ASKED_WORDS
    ):
        return True  # '"...," a spokesman told reporters, when asked about the images'
    if (
        tokens[index].lower in ("when", "after")
        and index + 1 <= upper
        and index > 0
        and tokens[index - 1].text == ","
        and tokens[index + 1].lower in _ASKED_WORDS
    ):
        return True
    if (tokens[index].text == "," and _describing_phrase(tokens, index + 1, upper)) or (
        index > 0 and tokens[index - 1].text == "," and _describing_phrase(tokens, index, upper)
    ):
        # "Y, officials said, nearly a month after ...", "Y, police said Sunday, hours after
        # ...": a phrase about Y
        return True
    if (
        tokens[index].text == ","
        and index + 2 <= upper
        and tokens[index + 1].lower in _BESIDE_THE_SPEAKER
        and tokens[index + 2].lower == "by"
    ):
        return True  # '"...," Suleiman said, flanked by party officials': who stood by
    if (
        tokens[index].text == ","
        and index + 2 <= upper
        and tokens[index + 1].lower == "and"
        and tokens[index + 2].lower in CUE_VERBS
        and _cue_at(tokens, index + 2) is not None
    ):
        return True  # '"...," the judges observed, and added that Z': a second verb of X's
    if (
        tokens[index].text == ","
        and index + 3 <= upper
        and tokens[index + 1].lower == "and"
        and tokens[index + 2].text.islower()
        and "VBD" in lexicon().tags(tokens[index + 2].lower)
        and lexicon().best(tokens[index + 2].lower) in ("VBD", "VBN")
    ):
        return True  # "Y, the governor said, and promised compensation": what X then did
    if tokens[index].lower in ("in", "at", "during", "on") and index < upper:
        # "Y, the mayor said at a press briefing, adding that Z": where it was said, then
        # what the speaker added (the claim had become "at a press briefing")
        comma = _first_comma(tokens, range(index + 1, min(upper, index + 8) + 1))
        if (
            comma is not None
            and any(
                token.lower in _STATEMENT_NOUNS or token.lower in _OCCASION_NOUNS
                for token in tokens[index + 1 : comma]
            )
            and all(token.is_word for token in tokens[index + 1 : comma])
            and comma < upper
            and _is_participle_adjunct(tokens[comma + 1])
        ):
            return True
    if tokens[index].lower in ("by", "via", "over", "from"):
        # '"...," a resident told AFP by telephone, asking that his name be withheld': how
        # it was told, then what is a trailer after a comma
        comma = next(
            (at for at in range(index + 1, min(upper, index + 6) + 1) if tokens[at].text == ","),
            None,
        )
        if (
            comma is not None
            and all(tokens[at].is_word for at in range(index + 1, comma))
            and _is_trailer(tokens, comma, upper)
        ):
            return True
    if _gloss_after_tag(tokens, index, upper) or (
        index > 0 and tokens[index - 1].text == "," and _gloss_after_tag(tokens, index - 1, upper)
    ):
        # "Y, the company said, the third quarterly decline in a row" (and after a time:
        # "Y, police said Sunday, the latest in a wave of attacks")
        return True
    if tokens[index].text in ("—", "–") and not any(
        token.lower == "that" or token.text in _QUOTE_MARKS for token in tokens[index : upper + 1]
    ):
        return True  # "Y, the study noted — one reason rents rose": the reporter's gloss on Y
    if (
        tokens[index].text == ","
        and index < upper
        and tokens[index + 1].lower in ("without", "in", "on", "at", "during", "after", "before")
        and not any(
            _complementiser(tokens, position, upper)
            for position in range(index + 1, upper + 1)
            if tokens[position].lower == "that"
        )
        and not _clause_runs_on(tokens, index + 1, upper)
    ):
        return True  # "Y," a spokesman said, without giving details / in a statement
    if (
        tokens[index].text == ","
        and index + 3 <= upper
        and tokens[index + 1].lower in ("his", "her", "their", "its")
        and any(_is_participle_adjunct(token) for token in tokens[index + 2 : index + 4])
        and index + 5 >= upper
    ):
        return True  # '"...," Ms Owusu said, her voice breaking.'
    if (
        tokens[index].text == ","
        and index + 3 <= upper <= index + 14
        and tokens[index + 1].lower in ("his", "her", "their")
        and tokens[index + 2].text.islower()
        and "NN" in lexicon().tags(tokens[index + 2].lower)
        and not {"JJ", "VBN", "VBG"}.isdisjoint(lexicon().tags(tokens[index + 3].lower))
        and not any(
            lexicon().best(token.lower) in ("VBD", "VBZ", "VBP", "MD")
            for token in tokens[index + 4 : upper + 1]
        )
    ):
        return True  # '"...," Smith said, his voice hoarse after a week of rallies.'
    if (
        tokens[index].text == ","
        and index + 3 <= upper
        and tokens[index + 1].lower in ("as", "while")
        and not any(token.lower == "that" for token in tokens[index + 2 : upper + 1])
    ):
        return True  # 'Y, officials said, as rescuers dug through the rubble': a setting
    if (
        tokens[index].text == ","
        and index + 3 <= upper
        and tokens[index + 1].lower == "with"
        and not any(
            _complementiser(tokens, position, upper)
            for position in range(index + 2, upper + 1)
            if tokens[position].lower == "that"
        )
    ):
        # 'Y, officials said, with power lines down in three districts', '..., with about a
        # third of that coming from ...' ("that" a pronoun there)
        return True
    if (
        tokens[index].text == ","
        and index + 3 <= upper
        and tokens[index + 1].lower in _CONTRAST_OPENERS
        and _opens_clause(tokens, index + 2, upper)
    ):
        return True  # 'Y, the company said, but unions vowed ...': another clause, not Y's
    if (
        tokens[index].text == ","
        and index + 3 <= upper
        and tokens[index + 1].lower == "but"
        and tokens[index + 2].lower in _GAVE_NOTHING_MORE
    ):
        return True  # 'Y, her office said, but did not give a reason': what it then withheld
    if (
        index > 0
        and index + 2 <= upper
        and tokens[index - 1].text == ","
        and tokens[index].lower in _CONTRAST_OPENERS
        and _opens_clause(tokens, index + 1, upper)
    ):
        return True  # 'Y, a spokeswoman said on Tuesday, though the tunnel stays closed'
    at = index + 1 if tokens[index].text == "," else index
    if (
        at + 2 <= upper
        and tokens[at - 1].text == ","
        and tokens[at].lower in ("up", "down")
        and tokens[at + 1].lower == "from"
    ):
        return True  # 'The toll rose to 52, the ministry said (on Sunday), up from 38 ...'
    first = tokens[index]
    following = tokens[index + 1].lower if index + 1 <= upper else ""
    if (
        _is_ly_adverb(first.lower)
        and (
            following in _WHEN_CLAUSE_OPENERS
            or not any(token.is_word for token in tokens[index + 1 : upper + 1])
        )
        and not any(token.lower == "that" for token in tokens[index + 1 : upper + 1])
    ):
        return True  # '"...," he says softly once she has gone': how and when he said it
    if (
        first.lower in ("one", "that", "the", "a")
        and following in _TIME_WORDS
        and index > 0
        and tokens[index - 1].lower in OBJECT_PRONOUNS
        and not _clause_runs_on(tokens, index + 2, upper)
        and not any(token.lower == "that" for token in tokens[index + 2 : upper + 1])
    ):
        return True  # '"...," she told me one afternoon in Tulsa': when, not what, she said
    if first.lower in ("the", "that") and index > 0:
        # (a span of the day, not a month's or a weekday's name: "said the September figures
        # showed", "said the Monday meeting was cancelled" - the noun after it is the clause's)
        span = 2 if following in _PARTS_OF_TIME else 0
        if (
            following in _RELATIVE_DAYS
            and index + 2 <= upper
            and tokens[index + 2].lower in _PARTS_OF_TIME
        ):
            span = 3
        if (
            span
            and not _clause_runs_on(tokens, index + span, upper)
            and not any(token.lower == "that" for token in tokens[index + span : upper + 1])
        ):
            # '"...," he told reporters the next morning', 'Mr. Hale said that evening':
            # when, not what, was said
            return True
    if (
        (first.lower, following) in _QUANTITY_OPENERS
        and (first.lower != "as" or (index + 2 <= upper and tokens[index + 2].lower == "as"))
        # ('"...," she told The Daily Star over the phone': how, no figure after "the")
        and not (first.lower == "over" and not _figure_after(tokens, index + 2, upper))
    ):
        return False  # "said at least 18 people were killed", "as many as 40" (not "as much")
    if first.lower in _APPROXIMATORS and (
        following[:1].isdigit()
        or following in NUMBER_WORD_VALUES
        or _fraction_at(tokens, index + 1)
    ):
        # "said over 3,000 families", "said about 40 homes", "said about half of its members":
        # a figure opens the clause
        return False
    if (
        index > 0
        and tokens[index - 1].lower in _AUDIENCES
        and first.text.islower()
        and (first.lower.endswith("ing") or lexicon().best(first.lower) == "VBN")
        and not _clause_runs_on(tokens, index + 1, upper)
        and not any(token.lower == "that" for token in tokens[index + 1 : upper + 1])
    ):
        # '"...," he told reporters traveling with him', 'told reporters gathered outside the
        # court': who the reporters were, no clause said
        return True
    if (
        first.lower.endswith("ing")
        and first.lower not in _ING_PREPOSITIONS
        and (index == 0 or tokens[index - 1].text != ",")
    ):
        return False  # "say adding salt is simple": a gerund opens the clause said
    if (
        first.lower in _TIME_MODIFIERS
        and index < upper
        and tokens[index + 1].text.islower()
        and tokens[index + 1].is_word
        and following not in _TIME_WORDS
        and following not in PREPOSITIONS
    ):
        return False  # "said early estimates put losses at $45m": a noun phrase opens a clause
    if _is_participle_adjunct(first) and _skipped_adjunct_before(tokens, index):
        return True  # "Y, the authority said on Tuesday, making it the largest in a decade"
    if (
        first.lower in PREPOSITIONS
        or _is_time_token(first)
        or first.lower
        in (
            "citing",
            "adding",
            "quoting",
            "referring",
            "speaking",
            "told",
            "according",
            "without",
            "as",
            "when",
            "while",
            "after",
            "before",
            "in",
            "by",
            "ahead",
            "online",
            "afterwards",
            "despite",
            "below",
            "above",
        )
    ):
        return (
            not any(
                _complementiser(tokens, position, upper)
                for position in range(index, upper + 1)
                if tokens[position].lower == "that"
            )
            # "said Thursday the United States was": a clause after the time, no trailer
            and not (_is_time_token(first) and _clause_runs_on(tokens, index, upper))
        ) or (first.lower in ("adding", "citing", "saying"))
    return False


def _figure_after(tokens: list[Token], position: int, upper: int) -> bool:
    """A figure at ``position`` or after an adjective there: "over the 1,000 mark", "over the
    past 12 months" (not "over the phone")."""
    for token in tokens[position : min(upper, position + 3) + 1]:
        if token.lower[:1].isdigit() or token.lower in NUMBER_WORD_VALUES:
            return True
        if not token.is_word:
            return False
    return False


def _complementiser(tokens: list[Token], position: int, upper: int) -> bool:
    """The "that" at ``position`` opens a clause said ("that the plan was dead"), not a
    relative clause ("a decision that angered both sides": a verb right after it)."""
    if tokens[position].lower != "that":
        return False
    if position > 0 and tokens[position - 1].lower in ("of", "than", "like"):
        return False  # "a third of that coming from ...": the pronoun
    if position < upper and tokens[position + 1].text.islower():
        tags = lexicon().tags(tokens[position + 1].lower)
        if "VBD" in tags or lexicon().best(tokens[position + 1].lower) in ("VBZ", "MD"):
            # (but "said in a statement that registered nurses had quit": a participle before
            # its noun, then the clause's own verb)
            return _participle_before_a_subject(tokens, position + 1, upper)
    return True


def _participle_before_a_subject(tokens: list[Token], position: int, upper: int) -> bool:
    """'registered nurses had quit', 'estimated costs have doubled': a past participle as the
    adjective of a plural noun, which the verb after it has for its subject."""
    return (
        position + 2 <= upper
        and "VBN" in lexicon().tags(tokens[position].lower)
        and tokens[position + 1].text.islower()
        and lexicon().best(tokens[position + 1].lower) in ("NNS", "NNPS")
        and (
            tokens[position + 2].lower in AUXILIARIES
            or tokens[position + 2].lower in _MODALS
            or tokens[position + 2].lower in _FINITE_VERBS
        )
    )


def _opens_with_adjunct(tokens: list[Token], upto: int) -> bool:
    """'Speaking at a televised briefing, X said:', 'Asked about the delays, X said:' - an
    adjunct before the speaker (``tokens[upto]``), not a clause ('At least 47 people were
    killed, a rights group said, ...': a finite verb after the first word) - or a clause of
    time or reason ('When I asked him about it, he said: ...')."""
    words = [token for token in tokens[:upto] if token.is_word]
    if not words:
        return True
    if (
        words[0].lower in SUBORDINATORS
        or words[0].lower in PREPOSITIONS
        or words[0].lower.endswith("ing")
        or _is_time_token(words[0])
        # "Asked whether he had discussed sanctions, he said:" - the question put to him
        or words[0].lower in _ASKED_WORDS
    ) and not (len(words) > 1 and (words[0].lower, words[1].lower) in _QUANTITY_OPENERS):
        return True  # (but "At least 47 people were killed": a figure opens a clause)
    return not any(_verb_after_subject(words, position) for position in range(1, len(words)))


# before a report's noun form, a preposition: "Asked about reports that ...", "amid claims that"
_NOUN_AFTER = frozenset(
    "about of over amid amidst alongside despite after following against on with from into "
    "denied rejected dismissed".split()
)


def _that_after_adjuncts(tokens: list[Token], index: int) -> bool:
    """'on Tuesday that', 'last week that': "that" right after the adjuncts at ``index``."""
    last = len(tokens) - 1
    if index > last:
        return False
    after = _skip_adjuncts(tokens, index, last)
    return any(
        tokens[position].lower == "that" for position in (after - 1, after) if position <= last
    )


# prepositions spelt like a gerund: "told the jury during closing arguments" is a trailer
_ING_PREPOSITIONS = frozenset(
    "during following according regarding concerning pending notwithstanding".split()
)


def _describing_phrase(tokens: list[Token], first: int, upper: int) -> bool:
    """From ``first``: a phrase about the claim before it, not a clause - opened by an
    adjective or adverb ("nearly a month after it was damaged", "above the 1 per cent gain
    forecasters had predicted", "ahead of the 80 cents analysts expected") or by a span of
    time before "after"/"before" ("hours after they were reported missing")."""
    if first + 1 > upper or not tokens[first].text.islower():
        return False
    word = tokens[first].lower
    if word in SUBORDINATORS or word in _CONTRAST_OPENERS or word in _FINITE_VERBS:
        return False
    if word in _TIME_SPANS:
        return tokens[first + 1].lower in ("after", "before", "later", "earlier")
    if word in _COMPARING_WORDS:
        return True
    return lexicon().best(word) in _DESCRIBING_TAGS and not _is_finite_verb_first(tokens[first])


_TIME_SPANS = words("minutes hours days weeks months years moments")
# what a figure is set against: "above the 1 per cent gain forecasters had predicted"
_COMPARING_WORDS = words("above below ahead short shy behind beyond under over")


def _gloss_after_tag(tokens: list[Token], index: int, upper: int) -> bool:
    """', the third consecutive quarterly decline.' ending the sentence after a tag: a noun
    phrase with no verb - the reporter's gloss on the claim before the tag."""
    if not (
        tokens[index].text == ","
        and index + 2 <= upper
        and tokens[index + 1].lower in ("the", "a", "an", "its", "their")
    ):
        return tokens[index].text == "," and _comparison_after_tag(tokens, index + 1, upper)
    # (quotation marks inside the gloss are words of it: 'an operation the ministry called
    # "routine."')
    words = [token for token in tokens[index + 2 : upper + 1] if token.text not in _QUOTE_MARKS]
    if not 1 <= len(words) <= 16 or any(not token.is_word for token in words[:-1]):
        return False  # (only words up to the sentence's end)
    if words[-1].is_word is False and words[-1].text not in ".!":
        return False
    contact = next(
        (
            position
            for position in range(1, len(words) - 1)
            if (words[position].lower in _CONTACT_SUBJECTS or words[position].is_capitalised)
            and words[position - 1].text.islower()
            and lexicon().best(words[position - 1].lower) in ("NN", "NNS")
        ),
        None,
    )
    if contact is not None:
        # "the fastest increase the country has seen in two decades", "an operation the
        # ministry called routine": the gloss's noun, then a relative clause without "that"
        words = words[:contact]
    if any(word.lower in ("that", "which") for word in words[1:3]) and len(words) >= 4:
        return True  # "a move that could raise $150m": the gloss with its relative clause
    relative = next(
        (position for position, word in enumerate(words) if word.lower in ("that", "which")),
        None,
    )
    if (
        relative is not None
        and relative >= 3
        and words[relative - 1].text.islower()
        and lexicon().best(words[relative - 1].lower) in ("NN", "NNS")
        and not any(
            token.text.islower() and (token.lower in _FINITE_VERBS or _is_finite_verb_first(token))
            for token in words[:relative]
        )
    ):
        # "the latest in a wave of boat arrivals that has prompted anger": the gloss's noun
        # phrase, then a relative clause of its own
        return True
    # "a move intended to blunt rising prices", "a step aimed at ...": a participle right
    # after the head noun modifies it (not "the figures showed ...": a verb)
    modifier = next(
        (
            position
            for position in range(1, min(3, len(words)))
            if words[position].lower in _GLOSS_PARTICIPLES
            and position + 1 < len(words)
            and words[position + 1].lower in ("to", "at", "by")
        ),
        None,
    )
    return not any(
        token.text.islower()
        and position != modifier
        # "riders lost during the pandemic": a reduced relative, a participle and its phrase
        and not (
            # (deep in the phrase: right after the head it is the verb, "the gunman fled on")
            3 <= position < len(words) - 1
            and _is_participle(token.lower)
            and words[position + 1].lower in PREPOSITIONS
            and words[position - 1].text.islower()
            and words[position - 1].lower not in _FINITE_VERBS
        )
        and (
            token.lower in _FINITE_VERBS
            or token.lower in AUXILIARIES
            or token.lower in RELATIVE_STOPS
            or token.lower in ("who", "which", "that")
            or "VBD" in lexicon().tags(token.lower)
        )
        for position, token in enumerate(words)
    )


_GLOSS_PARTICIPLES = words("intended aimed designed meant expected likely set")
_CONTACT_SUBJECTS = words("the a its their it they he she we i")
_COMPARED = re.compile(
    r"(?:(?:well|far|some\s+way|slightly|just|still|comfortably|significantly)\s+)?"
    r"(?:above|below|ahead\s+of|behind|short\s+of|higher\s+than|"
    r"lower\s+than|more\s+than|less\s+than|in\s+line\s+with)\s"
)


def _comparison_after_tag(tokens: list[Token], index: int, upper: int) -> bool:
    """', some way ahead of inflation.', ', well above forecasts.' ending the sentence after
    a tag: how the claim's figure compares, the reporter's (', up from 38' is the speaker's
    earlier figure: _trailing_setting)."""
    if index > upper or not tokens[index].text.islower():
        return False
    words = tokens[index : upper + 1]
    if len(words) > 14 or any(
        token.text in _PUNCT_STOPS and token.text not in ".!" for token in words
    ):
        return False
    if any(token.lower in _FINITE_VERBS or token.lower in ("that", "which") for token in words):
        return False
    phrase = " ".join(token.lower for token in words[:5]) + " "
    return _COMPARED.match(phrase) is not None


def _and_clause_after(tokens: list[Token], index: int, upper: int) -> bool:
    """After the adjunct from ``index``, a comma and "and" open a clause of their own."""
    for position in range(index, min(upper - 1, index + 10)):
        if tokens[position].text == ",":
            if tokens[position + 1].lower != "and":
                return False
            for later in range(position + 3, min(upper + 1, position + 9)):
                token = tokens[later]
                if token.text in _PUNCT_STOPS:
                    return False
                if (
                    token.text.islower()
                    and can_be_finite_verb(token.lower)
                    and tokens[later - 1].lower not in DETERMINERS
                ):
                    return True  # "and 214 of them remain": a subject, then its verb
            return False
    return False


def _skipped_adjunct_before(tokens: list[Token], index: int) -> bool:
    """A comma before ``index`` that closes an adjunct of the cue ('said on Tuesday,')."""
    return index > 1 and tokens[index - 1].text == "," and tokens[index - 2].is_word


def _is_participle_adjunct(token: Token) -> bool:
    """'citing', 'blaming', 'pointing': a lowercase -ing word the lexicon knows as a verb, or a
    participle that reports ('warning', 'stating': nouns too, for the lexicon)."""
    return (
        token.text.islower()
        and token.lower.endswith("ing")
        and (
            "VBG" in lexicon().tags(token.lower)
            or token.lower in _AFTER_A_COMMA_CUES
            # "urging", "welcoming": the treebank saw them as a noun or an adjective, but
            # they are a verb's -ing ("urge", "welcome")
            or _ING_OF_A_VERB[token.lower]
        )
    )


def _has_a_verb_stem(forms: tuple[str, ...]) -> bool:
    """Does any of ``forms`` (a word's stems) have a base form or a present in the lexicon?"""
    return any(not {"VB", "VBP"}.isdisjoint(lexicon().tags(form)) for form in forms)


def _ing_of_a_verb(word: str) -> bool:
    """'urging', 'welcoming': the -ing of a verb the treebank saw in its base form."""
    stem = word[:-3]
    return len(stem) >= 3 and _has_a_verb_stem((stem, stem + "e", stem[:-1]))


def _s_of_a_verb(word: str) -> bool:
    """'monitors', 'tracks': the -s of a verb (the treebank saw the word as a plural only)."""
    return word.endswith("s") and len(word) > 4 and _has_a_verb_stem((word[:-1], word[:-2]))


_ING_OF_A_VERB = WordMemo(_ing_of_a_verb)
_S_OF_A_VERB = WordMemo(_s_of_a_verb)
_DOCUMENT_ADJECTIVES = words(
    "leaked internal confidential draft annual latest final separate preliminary interim "
    "unpublished classified"
)


def _content_end(text: str, start: int, end: int) -> int:
    """End of the content: drop the sentence's final full stop and trailing spaces/commas."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".,;:!"):
        end -= 1
    if text[end - 3 : end + 1].lower() in ("a.m.", "p.m."):
        end += 1  # "at 9 p.m.": the abbreviation's own full stop stays
    # 'against "violent individuals."': the full stop inside the closing quote goes too.
    if end - start > 2 and text[end - 1] in _CLOSE_QUOTES and text[end - 2] in ".,!":
        end -= 2
        while end > start and text[end - 1].isspace():
            end -= 1
    return end


def _content_start(text: str, start: int, end: int) -> int:
    while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
        start += 1
    return start


# --------------------------------------------------------------------------------------------
# Sentence analysis


_LETTER = re.compile(r"[^\W\d_]")
_TRAILING_LINK = re.compile(r"\s*\((?:[^()]{0,30}:\s*)?(?:https?://|www\.)[^()\s]*\)[.,;]?\s*$")


def _make(
    text: str,
    content_start: int,
    content_end: int,
    **details: object,
) -> Attribution | None:
    start = _content_start(text, content_start, content_end)
    end = _content_end(text, start, content_end)
    # (a link has "://" or "www." in it: most contents have neither, and the pattern, which
    # can start at any space, is not tried on them)
    link = (
        _TRAILING_LINK.search(text, start, end)
        if text.find("://", start, end) != -1 or text.find("www.", start, end) != -1
        else None
    )
    if link is not None:
        # "... to become carbon neutral. (http://www.example.org/Carbon)": a link, no content
        end = _content_end(text, start, link.start())
    if text.startswith(_LABEL_OPENERS, start):
        label = _LABEL.match(text, start, end)
        if label is not None:
            start = label.end()  # "Key points: Heavy rain has caused ...": a page's label
    if text.startswith(("I ", "We "), start):
        admitted = _NOT_DENIED.match(text, start, end)
        if admitted is not None:
            # "I won't deny we were understaffed": what is admitted is the claim
            start = admitted.end()
    span = text[start:end]
    if "figure" in span or "number" in span or "claim" in span or "toll" in span:
        alone = _UNCHECKED_ALONE.match(text, start, end)
        if alone is not None and UNVERIFIED.search(text, start, end):
            return None  # "..., the ministry said, a figure that cannot be checked": a note
        unchecked = _UNCHECKED_NOTE.search(text, start, end)
        if unchecked is not None and UNVERIFIED.search(text, unchecked.start(), end):
            end = _content_end(text, start, unchecked.start())  # the note left out
    if " reached" in span or " respond" in span or " declined" in span:
        unreached = _JOINED_NO_COMMENT.search(text, start, end)
        if unreached is not None:
            # "The striker was fined, though his agent could not be reached for comment": the
            # outlet's note, no part of the claim
            end = _content_end(text, start, unreached.start())
    if "verif" in span or "confirm" in span or "corroborat" in span:
        if _UNCHECKED_NOTE_ALONE.match(text, start, end) and not (
            start > 0 and text[start - 1] in _QUOTE_MARKS
        ):
            # "..., the suit says, and Reuters could not verify their accounts" (not a
            # quotation: '"We cannot confirm the report," the spokesman said')
            return None
        joined = _JOINED_UNCHECKED_NOTE.search(text, start, end)
        if joined is not None:
            # "... last year, though ProPublica could not independently confirm that": the
            # sourcing note joined to the claim is left out (the claim is flagged by it)
            end = _content_end(text, start, joined.start())
    cue = details.get("cue")
    if cue is not None:
        end = _end_of_what_was_said(text, start, end, cue[1] <= start)
        if cue[1] <= start and (
            "without " in span
            or "declined " in span
            or "refused " in span
            or " no " in span
            or " not " in span
            or " shares" in span
        ):
            act = _SPEAKERS_LATER_ACT.search(text, start, end)
            if act is not None and act.start() - start > 10:
                # "said production had resumed and declined to comment on the cause", "said
                # 22 insurgents had been killed, without giving details": what the speaker
                # then did (or did not), no part of what they said
                end = _content_end(text, start, act.start())
        verb = details.get("cue_verb")
        if (
            " as " in span
            and details.get("form") == "object"
            and isinstance(verb, CueVerb)
            and verb.group == "deny"
        ):
            characterised = _DISMISSED_AS.match(text, start, end)
            if characterised is not None:
                # "dismissed the claim as propaganda": what is dismissed, not what it is
                # called
                end = characterised.end("object")
        if (
            isinstance(verb, CueVerb)
            and verb.group == "deny"
            and ", after " in span
            and (trigger := _AFTER_A_TRIGGER.search(text, start, end)) is not None
            and trigger.start() - start >= 15
        ):
            # "denied that any chemicals entered the river, after a campaign group shared
            # photographs of dead fish": what prompted the denial is the reporter's context
            end = _content_end(text, start, trigger.start())
        if (
            details.get("form") == "object"
            and isinstance(verb, CueVerb)
            and verb.group == "deny"
            and (manner := _DENIED_HOW.search(text, start, end)) is not None
            and manner.start() - start > 3
        ):
            end = manner.start()  # "rejected that argument out of hand": how, not what
        if (
            details.get("form") == "object"
            and isinstance(verb, CueVerb)
            and verb.group == "deny"
            and (when := _DENIED_WHEN.search(text, start, end)) is not None
            and 0 < len(text[start : when.start()].split()) <= _SHORT_OBJECT
        ):
            end = when.start()  # "denied the report in a statement": when and how, not what
    source = details.get("source")
    if source is not None and _no_speaker(text[source[0] : source[1]]):  # type: ignore[index]
        return None
    if (
        (
            end - start < 3
            and text[start:end] not in _BARE_NO
            # (what "The rebels denied it" denies)
            and not (text[start:end] == "it" and details.get("cue_verb") in _DENYING)
        )
        or not _LETTER.search(text, start, end)
    ):
        return None
    return Attribution(content=(start, end), **details)  # type: ignore[arg-type]


_DENYING = frozenset(verb for verb in CUE_VERBS.values() if verb.group == "deny")


# A note on what could not be checked, set after the claim it qualifies: "..., a figure that
# could not be independently verified", "..., a number Reuters was unable to confirm"
_UNCHECKED_NOUN_PHRASE = (
    r"[Aa]n?\s+(?:figure|number|toll|death\s+toll|count|claim|estimate|tally|total)\s+"
    # then a relative clause ("that ...", "the BBC was unable to ..."), not a verb ("is")
    r"(?:that\s+|which\s+|(?=the\s|[A-Z]|(?:we|it|they|officials|police)\s))"
    r"[^,;:.!?]{0,60}$"
)
_UNCHECKED_NOTE = re.compile(r",\s+" + _UNCHECKED_NOUN_PHRASE)
_UNCHECKED_ALONE = re.compile(_UNCHECKED_NOUN_PHRASE)
# "Reuters could not independently verify ...", "ProPublica was unable to confirm that": a
# note of no verification, from its subject to the end (alone, or joined to a claim)
_NO_VERIFICATION_NOTE = (
    r"(?:(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}|[Ii]t|[Ww]e|[Tt]he\s+[a-z]+|reporters|"
    # ("but that figure could not be independently confirmed")
    r"journalists|(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)(?:\s+(?:figure|figures|number|numbers|"
    r"claim|claims|account|accounts|toll|estimate|report|reports))?)\s+"
    # ("the company would not confirm the figure")
    r"(?:could|can|was|were|has|have|had|would|did)\s*"
    r"(?:not|n't|been\s+unable\s+to|unable\s+to)\s+(?:be\s+)?(?:able\s+to\s+)?"
    r"(?:immediately\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?|"
    r"corroborated?|authenticated?)\b[^.;]{0,60}$"
    # "although that figure is impossible to verify"
    r"|(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]t|[Tt]he)(?:\s+[a-z]+)?\s+(?:is|was|are|were)\s+"
    r"(?:impossible|difficult|hard)\s+to\s+(?:independently\s+)?(?:verify|confirm)\b[^.;]{0,60}$)"
)
_UNCHECKED_NOTE_ALONE = re.compile(_NO_VERIFICATION_NOTE)
_JOINED_NO_COMMENT = re.compile(
    r",\s+(?:though|although|but)\s+[^,;.]{1,60}?\s+(?:(?:could\s*not|couldn't|did\s*not|didn't)\s+"
    r"(?:immediately\s+)?(?:be\s+reached|respond)|declined\s+to\s+comment)\b[^.;]{0,80}$|"
    # "... by Lakemont Partners, which did not respond to a request for comment" (ending it)
    r",\s+(?:which|who)\s+(?:(?:could\s*not|couldn't|did\s*not|didn't)\s+(?:immediately\s+)?"
    r"(?:be\s+reached|respond)|declined\s+to\s+comment)\b[^.;,]{0,60}$"
)
_JOINED_UNCHECKED_NOTE = re.compile(r",\s+(?:though|although|but|and)\s+" + _NO_VERIFICATION_NOTE)


_SPEAKERS_LATER_ACT = re.compile(
    r"(?:,[\"”’']?\s+without\s+(?:giving|providing|offering|citing|naming|specifying|"
    r"elaborating|explaining|saying|disclosing|releasing|publishing)|"
    # "..., giving no further details", "..., providing no names"
    r",\s+(?:giving|providing|offering|releasing)\s+no\b|"
    r",?\s+and\s+(?:declined|refused)\s+to\s+(?:comment|elaborate|answer|"
    r"give|provide|say|discuss|identify|name|take)\b|"
    # ', though he declined to give a date', ', but she declined to be more specific'
    r",[\"”’']?\s+(?:though|although|but)\s+(?:he|she|they|it|the\s+[\w'’-]+)\s+"
    r"(?:declined|refused|would\s+not|wouldn't|did\s+not|didn't)\s+(?:to\s+)?(?:comment|"
    r"elaborate|give|provide|say|specify|offer|disclose|share|name|identify|be\s+more)\b|"
    # "said 40 soldiers had been captured but did not release their names"
    r",?\s+but\s+(?:did\s+not|didn't|would\s+not|wouldn't)\s+(?:release|publish|mention|name|"
    r"identify|give|provide|specify|disclose|offer|elaborate|say\s+(?:how|when|where|why|who|"
    r"which|whether))\b|"
    # "denied a report that it would scrap the route, sending its shares 3% higher": the
    # market's answer, no part of what was denied
    r",\s+(?:sending|pushing|knocking|lifting|driving)\s+(?:its|their|the\s+[\w'’]+)\s+"
    r"(?:shares?|stock|share\s+price)\b)[^.;\"“”]{0,80}$"
)


def _no_speaker(source: str) -> bool:
    """A verb phrase read as a claimant, where two verbs share one subject: "pleaded guilty
    last year and (testified against the mayor)", "(the palace said, and) ordered (flags flown
    at half-mast)" - it ends in "and", or it is one lowercase verb; or a phrase of place
    before a participle ("above the limit recommended by X")."""
    if source.endswith((" and", " or", " but")) or not source.strip():
        return True
    first = source.split(None, 1)[0]
    if first.islower() and first in _POSITION_PREPOSITIONS:
        return True  # "Y, above the limit recommended by X": a participle, no speaker
    if _GLOSS_NOUN.fullmatch(source):
        return True  # "Y, a move predicted by most economists": the reporter's gloss on Y
    if first[:1].isdigit() or source[-1:].isdigit() or source.endswith(_FIGURE_WORDS):
        # "9,082 cases, more than double the 4,130 reported in 2023", "compared with the
        # 530 recorded a year earlier": a figure compared with, not who reported it
        return _FIGURE_COMPARED.search(source) is not None
    return " " not in source and source.islower() and lexicon().best(source) in ("VBD", "VBN")


_DENIAL_SETTING = (
    r"(?:(?:late|early|again|also|later|earlier|publicly|swiftly|quickly)\s+)?(?:"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|"
    r"(?:last|this)\s+(?:week|month|year|weekend|morning|night)|yesterday|today|"
    r"in\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:statement|post|interview|letter|tweet|"
    r"email|e-mail|message|video|broadcast|briefing)"
    r"(?:\s+(?:on|to)\s+(?:(?:its|his|her|their|the)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?|"
    r"at\s+a\s+(?:[a-z-]+\s+)?(?:news\s+conference|press\s+conference|briefing|rally))"
)
# one or two of them after what was denied: " in a statement on Tuesday"
_DENIAL_SETTINGS = rf"\s+{_DENIAL_SETTING}(?:\s+{_DENIAL_SETTING})?"
# what prompted a denial, after what it denies: ", after a local group shared photographs"
_AFTER_A_TRIGGER = re.compile(
    r",\s+after\s+(?:(?:a|an|the|its|his|her|their|some|several)\s+|[A-Z]|[a-z][\w-]*s(?=\s))"
    r"[^,;\"“”]{0,60}?\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:[a-z]+ed|said|told|shared|posted|published|released|"
    r"wrote|showed|shown|found|made|brought|sent)\b"
)


def _what_prompted_the_denial(text: str, denial: Attribution, end: int) -> list[Attribution]:
    """The ", after a campaign group shared photographs ..." left out of what was denied
    (_make): the reporter's own claim of what prompted the denial."""
    trigger = _AFTER_A_TRIGGER.match(text, denial.content[1])
    if trigger is None:
        return []
    opening = text.find("after", trigger.start(), trigger.end()) + len("after")
    made = _make(text, opening, end)
    return [made] if made is not None else []


# How a denial was made, after what it denied: "out of hand", "outright", "categorically"
_DENIED_HOW = re.compile(
    r"\s+(?:out\s+of\s+hand|outright|categorically|flatly|emphatically|vehemently|"
    r"strongly|firmly|entirely|completely|in\s+the\s+strongest\s+terms|"
    # "denied the allegations through his attorney, Susan Fry": through whom
    r"through\s+(?:his|her|their|its|a)\s+(?:[a-z]+\s+)?(?:attorney|attorneys|lawyer|lawyers|"
    r"spokesman|spokeswoman|spokesperson|representative|representatives|agent|office)"
    r"(?:,?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?)[\s.,;]*$"
)
# when and where it was denied: "denied the report in a terse statement", "rejected the
# account on Tuesday", "dismissed the claims late on Friday in a post on X" (after a short
# object: a long one, as a charge, tells its own time - "... on March 9 last year")
_DENIED_WHEN = re.compile(rf"{_DENIAL_SETTINGS}[\s.,;]*$")
_SHORT_OBJECT = 8  # words
_POSITION_PREPOSITIONS = words("above below under over beyond within near against behind")
# A figure as a participle's noun: "the 4,130 (reported in 2023)", "the $3.2 billion (recorded
# a year earlier)" - a speaker is never a number.
_FIGURE_WORDS = (" million", " billion", " thousand", " percent", " per cent", "%")
# A noun a gloss after the claim opens with, never a speaker: "a move", "an outcome", "a step"
_GLOSS_NOUN = re.compile(
    r"(?:a|an|the)\s+(?:[a-z-]+\s+)?(?:move|step|decision|result|outcome|rise|increase|cut|"
    r"fall|drop|decline|change|shift|reversal|development)"
)
_FIGURE_COMPARED = re.compile(
    r"(?:^|\s)the\s+(?:estimated\s+|record\s+)?[$€£¥]?\d[\d,.]*"
    r"(?:\s*(?:million|billion|thousand|percent|per\s+cent|%))?$"
)
# a dismissed object, then what it is called: "the claim as propaganda", "the reports as
# "fake news""
_DISMISSED_AS = re.compile(
    r"(?P<object>(?:the|these|those|this|that|such|his|her|its|their|any)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:claims?|reports?|allegations?|accusations?|accounts?|figures?|suggestions?|"
    r"stories|story|charges?|videos?|footage|criticism)"
    # ("the reports of tension as "palace intrigue"", "the claims about the deal as false")
    r"(?:\s+(?:of|about|on|over|from|by|against)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?)\s+as\s+\S"
)


# "No." as a whole answer says as much as "Yes." does (shorter than any other claim)
_BARE_NO = frozenset({"No", "NO"})


def _end_of_what_was_said(text: str, start: int, end: int, cue_before: bool) -> int:
    """Where a speaker's claim ends, before what they then did or how they spoke: "..., but
    declined to comment further", "..., speaking on condition of anonymity", "... and urged
    customers to ..." (the last two only after a cue before the claim)."""
    if text.find(" but ", start, end) >= 0 or text.find("though it ", start, end) >= 0:
        declined = _BUT_DECLINED.search(text, start, end)
        if declined is not None:
            # "said it would review the incident, but declined to comment further": what the
            # speaker then did not say is no part of what was said
            end = _content_end(text, start, declined.start())
    if text.find(',"', start, end) >= 0 or text.find(",”", start, end) >= 0:
        aside = _AFTER_A_CLOSING_QUOTE.search(text, start, end)
        if aside is not None:
            # 'said the deal was "the worst in history," a line that drew cheers', '..., then
            # left the stage': the reporter's aside after the quoted words, no part of them
            end = _content_end(text, start, aside.start() + 2)
    if text.find(" as ", start, end) >= 0 and text.find(" and ", start, end) >= 0:
        urged = _AS_THEN_URGED.search(text, start, end)
        if urged is not None:
            # 'described the decision as "a betrayal" and called on the minister to resign':
            # the speaker's call after the characterisation, no part of it
            end = _content_end(text, start, urged.end())
    if not cue_before:
        return end
    if text.find(", ", start, end) >= 0:
        gloss = _REPORTERS_GLOSS.search(text, start, end)
        if (
            gloss is not None
            and gloss.start() - start >= 20
            # (a gloss with a figure is kept: "clearing the way for a deal worth $4 billion")
            and not any(character.isdigit() for character in text[gloss.end() : end])
        ):
            # "said the nominee would release his records, reversing a position the campaign
            # had held", "said Russia was behind the hacking, echoing the conclusion of ...":
            # the reporter's gloss on what was said, no part of it (not "though ...": the
            # speaker's own concession, as the gold set has it)
            end = _content_end(text, start, gloss.start())
    if text.find(", ", start, end) >= 0 and contains_any(text[start:end], _CALLING_HINTS):
        calling = _CALLING_IT.search(text, start, end)
        if calling is not None and calling.start() - start <= 40:
            # "denied the report, calling it baseless": what the speaker called it (a verdict
            # on what they deny), no part of what is denied
            end = _content_end(text, start, calling.start())
    if text.find(",", start, end) >= 0 and contains_any(text[start:end], _LATE_TAG_CUES):
        relayed = _LATE_TAG.search(text, start, end)
        if relayed is not None and not any(
            word.islower() and word in _FINITE_VERBS for word in relayed["source"].split()
        ):
            # "Survivors told the IOM that the boat had left Libya, an IOM spokesman told
            # AFP": who relayed it is no part of what was said
            end = _content_end(text, start, relayed.start())
    if text.find(", ", start, end) >= 0 and contains_any(text[start:end], _ANONYMITY_HINTS):
        anonymity = _ANONYMITY_AFTER.search(text, start, end)
        if anonymity is not None:
            # "said the deal was dead, speaking on condition of anonymity": how the speaker
            # spoke (flagged), no part of what was said
            end = _content_end(text, start, anonymity.start())
    if text.find(", ", start, end) >= 0 and contains_any(text[start:end], _JUDGING_HINTS):
        judging = JUDGED_ACCOUNT.search(text, start, end)
        if judging is not None:
            # "soldiers firing first, contradicting the army's version": the reporter's
            # verdict on another's account (a relation), no part of what was shown
            end = _content_end(text, start, judging.start())
    if text.find(" without ", start, end) >= 0:
        unsupported = _WITHOUT_EVIDENCE.search(text, start, end)
        if unsupported is not None:
            # "said the vote was rigged, without providing evidence": the reporter's note on
            # the claim (flagged unverified), no part of what was said
            end = _content_end(text, start, unsupported.start())
    if text.find(", but ", start, end) >= 0:
        revised = _BUT_THEN_REVISED.search(text, start, end)
        if revised is not None:
            # "Analysts had expected a profit of $2 billion, but cut their forecasts after the
            # recall": what the speakers then did to it, no part of what they said
            end = _content_end(text, start, revised.start())
    if text.find(" and ", start, end) >= 0 or text.find(" but ", start, end) >= 0:
        acted = _AND_THEN_ACTED.search(text, start, end)
        if acted is not None and (
            _BACKSHIFTED.search(text, start, acted.start())
            or _ACCUSED_OF.match(text, start, acted.start())
        ):
            # "said the bank had broken the rules and urged customers to ...": the speaker's
            # next act (in the simple past, after a clause told in the past perfect or with
            # "would") is no part of what was said
            end = _content_end(text, start, acted.start())
    return end


_CALLING_HINTS = (
    ", calling",
    ", describing",
    ", branding",
    ", labelling",
    ", labeling",
    ", terming",
)
_CALLING_IT = re.compile(
    r",\s+(?:calling|describing|branding|labell?ing|terming)\s+(?:it|them|the\s+\w+|those|these|"
    r"this|that|such\s+\w+|any\s+such\s+\w+)\b"
)
_ANONYMITY_HINTS = ("speaking", "talking", "spoke", "anonymity", "named", "identified")
_LATE_TAG_CUES = (
    " said",
    " says",
    " told",
    " added",
    " noted",
    " claimed",
    " reported",
    " learned",
    " learnt",
)
_ANONYMITY_AFTER = re.compile(
    # ", though none of them wanted to be named", ", although they asked not to be named"
    r",\s+(?:though|although|but)\s+(?:none\s+of\s+them|neither\s+of\s+them|no\s+one|"
    r"nobody|they|he|she|all)\s+(?:wanted|wished|agreed|asked|declined|refused)\s+(?:not\s+)?"
    r"to\s+be\s+(?:named|identified)\b|"
    r",\s+(?:(?:speaking|talking|who\s+spoke)\s+(?:on\s+(?:the\s+)?condition\b|anonymously\b|"
    r"on\s+background\b)|(?:requesting|asking\s+for)\s+anonymity\b|"
    r"(?:asking|who\s+asked)\s+not\s+to\s+be\s+(?:named|identified)\b)"
)
_AND_THEN_ACTED = re.compile(
    r",?\s+(?:and|but)\s+(?:also\s+|then\s+)?(?:called\s+(?:for|on)|urged|demanded|thanked|"
    r"appealed|"
    r"welcomed|condemned|apologi[sz]ed|announced|praised|critici[sz]ed|"
    # "said the road would reopen in May, and asked residents to avoid the area": a request
    r"(?:asked|told|advised|encouraged|invited|instructed|ordered)\s+(?:residents|people|"
    r"members|customers|drivers|motorists|staff|the\s+public|parents|fans|them|everyone|"
    r"anyone)\b|requested|objected|"
    # "said the budget would return to surplus but stopped short of ruling out new taxes"
    r"stopped\s+short\s+of|"
    # "wrote that the shares were undervalued, and raised his price target to $50"
    r"(?:raised|cut|lowered|trimmed|upgraded|downgraded|reiterated)\s+(?:his|her|its|their)\s+"
    r"(?:price\s+target|target|rating|forecast|forecasts|estimate|estimates|outlook)|"
    # "and asked villagers to return", "and ordered the army to withdraw": a request of
    # someone, then what they are to do
    r"(?:asked|advised|encouraged|invited|instructed|ordered|directed|told)\s+"
    r"(?:(?:the|all|its|his|her|their)\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s+to\s+"
    r"(?!be\b)[a-z]+)\b"
)
# "accused the government of "cooking the books"": an accusation's object, whole before "and"
_ACCUSED_OF = re.compile(r"[^.;]{1,80}?\bof\s+(?:[\"“‘']|[a-z]+ing\b)")
_BUT_THEN_REVISED = re.compile(
    r",\s+but\s+(?:later\s+|then\s+|have\s+since\s+|had\s+since\s+|since\s+)?(?:cut|raised|"
    r"lowered|revised|trimmed|slashed|withdrew|dropped|scaled\s+back|pared)\s+(?:their|its|his|"
    r"her|those|these|the)\s+(?:[a-z-]+\s+)?(?:forecasts?|estimates?|expectations?|outlooks?|"
    r"projections?|predictions?|targets?|guidance|figures?)\b"
)
# what a clause reported in the past is told with: "had broken", "would cost", "was"
_BACKSHIFTED = re.compile(r"\b(?:had|would|could|might|was|were|is|are|has|have|will)\b")


_LABEL_OPENERS = ("Key ", "KEY ", "Latest", "LATEST", "Update", "UPDATE", "Breaking", "BREAKING")
_LABEL_OPENERS += ("Correction", "CORRECTION", "Clarification", "CLARIFICATION")
_LABEL = re.compile(
    r"(?:key\s+(?:points|facts|events)|latest(?:\s+updates?)?|updates?|breaking(?:\s+news)?|"
    r"corrections?|clarification)"
    r"\s*[:—–-]\s+(?=[A-Z\d\"“])",
    re.IGNORECASE,
)
_NOT_DENIED = re.compile(
    r"(?:I|We)\s+(?:won't|will\s+not|don't|do\s+not|can't|cannot|wouldn't|would\s+not)\s+"
    r"deny\s+(?:that\s+)?(?=\w)"
)
_JUDGING_HINTS = (
    "contradict",
    "contrary",
    "at odds",
    "in contrast",
    "backing",
    "confirming",
    "corroborat",
    "supporting",
    "bearing out",
)
_WITHOUT_EVIDENCE = re.compile(
    r",?\s+without\s+(?:providing|offering|giving|citing|presenting|producing|showing|"
    r"supplying|any)\s+(?:any\s+)?(?:evidence|proof|documentation)\b"
)
_REPORTERS_GLOSS = re.compile(
    r",\s+(?:reversing|echoing|joining|previewing|marking|underscoring|highlighting|"
    r"repeating|escalating|deepening|renewing|ending)\s"
)
_AFTER_A_CLOSING_QUOTE = re.compile(
    r",[\"”]\s+(?:(?:a|an)\s+(?:line|remark|comment|phrase|reference|jab|swipe|dig|quip)\s+"
    r"(?:that|which)\b|then\s+[a-z]+\b|before\s+[a-z]+ing\b|"
    r"as\s+(?:supporters|the\s+crowd|protesters|the\s+audience|[a-z]+\s+(?:chanted|cheered|booed|"
    r"applauded|laughed)))"
)
_AS_THEN_URGED = re.compile(
    r"(?<=\bas\s)[^,;]{1,80}?[\"”]?(?=\s+and\s+(?:called\s+(?:on|for)|urged|demanded|appealed|"
    r"asked)\b)"
)
_BUT_DECLINED = re.compile(
    r",\s+but\s+(?:(?:he|she|they|it)\s+)?(?:declined|refused|would\s+not|wouldn't|did\s+not|"
    r"didn't|gave\s+no|offered\s+no|provided\s+no)\s+(?:to\s+)?(?:comment|elaborate|say|"
    r"give|provide|offer|discuss|answer|respond|details?|further|more|explanation|name|weigh|"
    r"identify|specify|release|disclose|publish|share)\b"
    # "claimed its emissions had fallen but declined to publish the data": the speaker's act
    r"|,?\s+but\s+(?:declined|refused)\s+to\s+(?![\d$£€])[a-z]+"
    # "said the city would review the plan but gave no date for a decision", "... but did not
    # commit to a timeline", "... but cautioned against reading too much into it": what the
    # speaker did not give, or warned against - no part of what was said
    r"|,?\s+but\s+(?:gave|offered|provided|made|set|named|put)\s+no\s+(?:date|timeline|"
    r"timetable|time\s*frame|deadline|details?|specifics|estimate|figures?|commitment|"
    r"promises?|guarantees?|indication|explanation|evidence|reason|names?|cost|price)\b"
    r"|,?\s+but\s+(?:did\s+not|didn't)\s+(?:commit|say|specify|elaborate|explain|give|"
    r"provide|offer|disclose|detail|indicate|name|identify|set|respond|answer|comment|"
    # ("said the audit was flawed but did not dispute its central finding")
    r"dispute|deny|contest|challenge|address|mention|rule\s+out|question)\b"
    # "..., though it was not clear whether the plant would close": the reporter's doubt
    r"|,\s+(?:though|although|but)\s+it\s+(?:was|is|remained|remains)\s+(?:not\s+|un)clear\s+"
    r"(?:whether|if|how|when|why|what|who)\b"
    r"|,?\s+but\s+(?:cautioned|warned)\s+against\b"
    # "said he would follow it, but he declined to commit to a recusal": the speaker's act
    r"|,?\s+but\s+(?:he|she|they|it)\s+(?:declined|refused)\s+to\s+(?![\d$£€])[a-z]+"
    # "confirmed the conversations but would not characterize them"
    r"|,?\s+but\s+(?:(?:he|she|they|it)\s+)?(?:would\s+not|wouldn't)\s+(?:characteri[sz]e|"
    r"describe|detail|confirm|identify|specify|explain|quantify|estimate|predict|commit)\b"
)


def whole_sentence(text: str, start: int, end: int) -> Attribution | None:
    """The sentence text[start:end] as one claim of no one's (yet), trimmed as claims are."""
    return _make(text, start, end)


def _span(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    return (tokens[first].start, tokens[last].end)


_PART_OF_WHICH = re.compile(
    r"(?:a\s+copy|copies|a\s+summary|details|excerpts|parts?|some|most|all)\s+of\s+which\b",
    re.IGNORECASE,
)


def _ends_in_a_role(source: str) -> bool:
    """A source that is a role ("the team's coach") or a document by one ("a statement by its
    spokesman", "the release signed by the press officer"): a name after it is the role's."""
    by = source.rfind(" by ")
    return speaks_in_a_role(source) or (by > 0 and speaks_in_a_role(source[by + 4 :]))


_DASH_THEN_CONTRAST = re.compile(r"\s[—–]\s+(?:though|although|but|while)\s+(?=\S)")


# a connective set off between "According to X," and the claim: "however,", "meanwhile,"
_ASIDE_AFTER_ACCORDING = re.compile(
    r"\s*(?:however|though|meanwhile|moreover|furthermore|also|nonetheless|nevertheless|"
    r"in\s+fact|in\s+addition|for\s+example|for\s+instance|too)\s*,\s*",
    re.IGNORECASE,
)


def _according_to(text: str, tokens: list[Token], start: int, end: int) -> list[Attribution]:
    match = _ACCORDING_TO.search(text, start, end)
    if match is None:
        return []
    cue = (match.start(), match.end())
    after = [index for index, token in enumerate(tokens) if token.start >= match.end()]
    if not after:
        return []
    first_after = after[0]
    before_text = text[start : match.start()].strip(" ,—–-")
    source = _right_noun_phrase(tokens, first_after, len(tokens) - 1)
    if source is None:
        if len(before_text.split()) < 2:
            return _according_to_a_name(text, tokens, first_after, cue, end)
        return []
    source = _by_whom(tokens, source)
    closing = source[1] + 3
    if (
        closing < len(tokens)
        and tokens[source[1] + 1].text == "("
        and tokens[closing].text == ")"
        and tokens[source[1] + 2].text[:1].isupper()
    ):
        # "according to the National Institute of Civil Defense (Indeci)": its initials
        source = (source[0], closing)
    tag_last = source[1]  # the tag's last token: the source's, or its relative clause's
    after_source = source[1] + 1
    if (
        after_source < len(tokens)
        and tokens[after_source].lower in ("who", "that")
        and tokens[source[0]].text.islower()
    ):
        # "Under the deal, according to a person who has seen it, the company will pay ...":
        # the source's relative clause, up to the comma that closes the tag
        closing = next(
            (
                position
                for position in range(after_source + 1, min(len(tokens) - 2, after_source + 14))
                if tokens[position].text in (",", ";", ".")
            ),
            None,
        )
        if closing is not None and tokens[closing].text == "," and closing > after_source + 1:
            tag_last = closing - 1
    source_span = _span(tokens, *source)
    details = {"source": source_span, "cue": cue, "form": "according_to"}
    if (
        len(before_text.split()) == 1
        and before_text[:1].isalpha()
        and before_text.lower() not in _LEADING_CONNECTIVES
        and _predicate_resumes(text, tokens, source[1], start, match.start())
    ):
        # "Bookmakers, according to the BBC, now rate them 25-1": a one-word subject
        made = _make(text, start, end, **details)
        return [made] if made else []
    if len(before_text.split()) < 2 or before_text.lower().endswith(" that"):
        # "According to X, Y": the content follows the comma after X; so it does after a
        # clause that only introduces it ("Reuters has learned that according to X, Y",
        # "It is understood that, according to the draft, Y").
        commas = [token for token in tokens[source[1] + 1 :] if token.text == ","]
        if not commas:
            return _according_to_a_name(text, tokens, first_after, cue, end)
        comma = commas[0].end
        following = next((token for token in tokens if token.start >= comma), None)
        if (
            following is not None
            and len(commas) > 1
            and (
                following.lower in ("who", "which", "whose")
                # "According to the FIR, a copy of which is available with Dawn, Y": the
                # source's relative clause after its part
                or _PART_OF_WHICH.match(text, following.start) is not None
                # "According to the audit, released on Friday, Y": the source's participle
                # (not a gerund opening the claim: "According to X, replacing flags, uniforms
                # and documents would cost ...")
                or (
                    following.text.islower()
                    and (
                        (
                            following.lower.endswith(("ed", "en"))
                            and lexicon().best(following.lower) in ("VBN", "VBD")
                        )
                        # ("According to the report, covering 2024, Y" - but not a gerund
                        # opening a list: "According to X, repairing roads, bridges and
                        # tunnels would cost ...")
                        or (
                            following.lower.endswith("ing")
                            and lexicon().best(following.lower) == "VBG"
                            and not _list_goes_on(tokens, tokens.index(commas[1]) + 1)
                        )
                    )
                    and tokens.index(commas[1]) - tokens.index(commas[0]) <= 8
                )
            )
        ):
            comma = commas[1].end  # "According to X, who asked not to be named, Y"
        elif len(commas) > 1 and _indefinite_apposition(
            tokens, tokens.index(commas[0]), tokens.index(commas[1]), ("a", "an", "the")
        ):
            # "According to analysis by X, a think tank, Y", "According to Statistics Norway,
            # the national statistics bureau, Y"
            comma = commas[1].end
        elif (
            len(commas) > 1
            and _ends_in_a_role(text[source_span[0] : source_span[1]])
            and _name_ends_sentence(
                tokens, tokens.index(commas[0]) + 1, tokens.index(commas[1]) - 1
            )
        ):
            # "According to the team's coach, Alireza Mehraban, Y", "According to a statement
            # by its spokesman, Kelechi Obi, Y": the role and its name
            details["source"] = (source_span[0], commas[1].start)
            comma = commas[1].end
        tag = _SPEAKER_TAG_AT_END.search(text, comma, end)
        if tag is not None and CUE_VERBS.get(tag["cue"].split()[0].lower()) is not None:
            # "According to figures released by the IEA, demand rose 3%, Mao noted": the
            # speaker of the tag says it, on the figures' authority
            details = {
                "source": tag.span("source"),
                "cue": tag.span("cue"),
                "cue_verb": CUE_VERBS[tag["cue"].split()[0].lower()],
                "form": "tail",
            }
            end = tag.start()
        aside = _ASIDE_AFTER_ACCORDING.match(text, comma, end)
        if aside is not None:
            comma = aside.end()  # "According to X, however, Y": the connective is no claim's
        made = _make(text, comma, end, **details)
        return [made] if made else []
    # "Y, according to X" or "Y according to X[, who ...]" (with more after: whole sentence)
    rest = [token for token in tokens[tag_last + 1 :] if token.is_word]
    trailing_clause = bool(rest) and text[tokens[tag_last].end : end].lstrip().startswith(",")
    describes = (
        trailing_clause
        and rest[0].text.islower()
        and rest[0].lower not in SUBORDINATORS
        and lexicon().best(rest[0].lower) in _DESCRIBING_TAGS
        and not _fronted_adverbial(before_text)
        and _holds_a_finite_verb(tokens, match.start())
    )
    dash = (
        _DASH_THEN_CONTRAST.search(text, match.end(), end)
        if "—" in text[match.end() : end] or "–" in text[match.end() : end]
        else None
    )
    if dash is not None:
        # "Y, according to data the plan submitted — though the plan cautioned that Z": Y is
        # the data's; the clause after the dash is read on its own, with its own speaker
        after = [
            found
            for found in _attribute_sentence(text, dash.end(), end)
            if found.source is not None
        ]
        made = _make(text, start, match.start(), **details)
        if made is not None and after:
            return [made, *after]
    named = _name_then_relative(tokens, source[1] + 1) if trailing_clause else None
    if named is not None:
        # "Y, according to its owner, Ingrid Solberg, who took it over in 2002": the role and
        # its holder's name, then what the reporter adds about her
        details["source"] = (source_span[0], tokens[named].end)
        made = _make(text, start, match.start(), **details)
        return [made] if made else []
    if trailing_clause and len(rest) > 1 and _granted_anonymity(rest[0], rest[1]):
        # "Y, according to two people familiar with the talks, granted anonymity to discuss
        # ...": the terms the sources spoke on, no part of Y
        made = _make(text, start, match.start(), **details)
        return [made] if made else []
    titled = trailing_clause and rest[0].lower in _TITLE_MODIFIERS and _verbless(rest)
    if (
        not describes
        # (", retired army colonel Luis Ortega": the source's title, no predicate resumed)
        and not titled
        and _predicate_resumes(text, tokens, source[1], start, match.start())
    ):
        # "The bridge, according to engineers who inspected it, could collapse": the
        # attribution between commas, described at any length, and then the predicate
        made = _make(text, start, end, **details)
    elif (
        trailing_clause
        and len(rest) > 2
        and rest[0].lower == "and"
        and rest[1].text.islower()
        and "VBD" in lexicon().tags(rest[1].lower)
        and _holds_a_finite_verb(tokens, match.start())
    ):
        # "The storm killed 12 people, according to local officials, and left 40,000 without
        # power": the subject's second act, told by the same source
        made = _make(text, start, match.start(), **details)
        second = _make(text, rest[1].start, end, **details)
        if made is not None and second is not None:
            return [made, second]
    elif (split := _clause_after_source(tokens, rest) if trailing_clause else None) is not None:
        second_start, the_sources = split
        made = _make(text, start, match.start(), **details)
        second = _make(text, second_start, end, **(details if the_sources else {}))
        if made is not None and second is not None:
            return [made, second]
    elif (
        trailing_clause
        and rest[0].lower in ("who", "which")
        and (blamed := _relative_claim_of_source(text, tokens, source[1], source_span, end))
        is not None
        and blamed.cue_verb is not None
        and blamed.cue_verb.group == "accuse"
    ):
        # "Twelve people were killed, according to the governor, who blamed rebel forces for
        # the attack": whom the source blamed (its participle read as no verb below)
        made = _make(text, start, match.start(), **details)
        if made is not None:
            return [made, blamed]
    elif trailing_clause and _verbless(rest) and not _fronted_adverbial(before_text):
        # "Y, according to Tom Harris, chief executive of the festival": the source's title
        made = _make(text, start, match.start(), **details)
        if made is not None and _gloss_on_a_figure(rest):
            # "Y, according to the trade ministry, the sharpest drop in a decade", "..., a
            # rise of roughly 40 percent on the year before": the reporter's gloss on Y's
            # figure, a claim of its own (as after "Y, X said,")
            gloss = _make(text, rest[0].start, end)
            if gloss is not None:
                return [made, gloss]
    elif (
        trailing_clause
        and (rest[0].lower in PREPOSITIONS or rest[0].lower in _AFTER_A_CLAUSE)
        and _holds_a_finite_verb(tokens, match.start())
    ):
        # "The storm destroyed 400 homes, according to the agency, in the worst flooding in
        # decades", "..., according to the California Department of Forestry, known as Cal
        # Fire": a whole clause, then the tag, then a phrase about it or the source
        made = _make(text, start, match.start(), **details)
    elif describes:
        # "The bill would cost $1.2 trillion, according to the budget office, close to what
        # the White House had projected", "..., nearly double the earlier estimate": a whole
        # clause, the tag, then a phrase about the figure (an adjective or adverb opens it)
        made = _make(text, start, match.start(), **details)
    elif trailing_clause and (
        rest[0].lower not in ("who", "which", "whose", "a", "an", "the")
        or _fronted_adverbial(before_text)
    ):
        # "In March, according to the police, two men ...", "Since 2019, according to state
        # figures, the number ...": the attribution inside the claim, whole
        made = _make(text, start, end, **details)
    else:
        made = _make(text, start, match.start(), **details)
        if made is not None:
            said = _relative_claim_of_source(text, tokens, source[1], source_span, end)
            if said is not None:
                return [made, said]
    return [made] if made else []


def _name_then_relative(tokens: list[Token], comma: int) -> int | None:
    """', Ingrid Solberg, who ...': after the comma at ``comma``, a name of two to four
    capitalised words, a comma and "who"/"which" - the name's last token, or None."""
    if comma + 3 >= len(tokens) or tokens[comma].text != ",":
        return None
    position = comma + 1
    while position < len(tokens) and tokens[position].is_word and tokens[position].is_capitalised:
        position += 1
    if not 2 <= position - comma - 1 <= 4 or position + 1 >= len(tokens):
        return None
    if tokens[position].text != "," or tokens[position + 1].lower not in ("who", "which"):
        return None
    return position - 1


def _list_goes_on(tokens: list[Token], first: int) -> bool:
    """From ``first``: a list's last items ("bridges and tunnels would cost"): "and" or "or"
    within four words, before any verb."""
    for token in tokens[first : first + 5]:
        if token.lower in ("and", "or"):
            return True
        if not token.is_word or token.lower in _FINITE_VERBS or _is_finite_verb_first(token):
            return False
    return False


_AFTER_A_CLAUSE = words("known compared up down the a an")
_CHANGE_NOUNS = words(
    "rise fall drop increase decrease decline jump surge slump gain loss record high low"
)


def _gloss_on_a_figure(rest: list[Token]) -> bool:
    """'the sharpest drop in a decade', 'a rise of roughly 40 percent': a noun phrase of a
    change or a record - a gloss on the figure, not the source's title."""
    return (
        bool(rest)
        and rest[0].lower in ("a", "an", "the", "its", "their")
        and any(
            token.lower in _CHANGE_NOUNS or lexicon().best(token.lower) == "JJS"
            for token in rest[1:4]
        )
    )


_DESCRIBING_TAGS = frozenset({"JJ", "JJR", "JJS", "RB", "RBR", "RBS"})


def _holds_a_finite_verb(tokens: list[Token], before: int) -> bool:
    """A word before character ``before`` that is a finite verb: what comes first is a clause
    ("The storm destroyed 400 homes"), not a subject ("The bridge") or a time ("In March")."""
    return any(
        token.text.islower()
        and (
            token.lower in _FINITE_VERBS
            or _is_finite_verb_first(token)
            or "VBD" in lexicon().tags(token.lower)
        )
        for token in tokens
        if token.end <= before
    )


_FRONTING_PREPOSITIONS = PREPOSITIONS | words("since until over across throughout between within")


def _verbless(words_: list[Token]) -> bool:
    """A short phrase with no finite verb: a title or a description ("head of the provincial
    health department", "spokesman for the federal police"), not a clause."""
    if words_ and words_[0].lower in _TITLE_MODIFIERS:
        words_ = words_[1:]  # "retired army general Carlos Yanez": a title, "retired" no verb
    return len(words_) <= 12 and not any(
        token.lower in _FINITE_VERBS or token.lower in SUBORDINATORS or _is_finite_verb_first(token)
        for token in words_
    )


_TITLE_MODIFIERS = words("retired former acting interim outgoing")


def _fronted_adverbial(before: str) -> bool:
    """A phrase of time or place before the sentence's subject ("Since 2019", "By the end of
    the year", "Over the same period"): a preposition, then no comma, at most eight words."""
    before = before.rstrip().rstrip(",")  # (the comma that sets it off)
    words_before = before.split()
    return (
        bool(words_before)
        and words_before[0].lower() in _FRONTING_PREPOSITIONS
        # ("At least nine people died": a count's bound, no phrase of time or place)
        and [word.lower() for word in words_before[:2]] not in (["at", "least"], ["at", "most"])
        and len(words_before) <= 8
        and "," not in before
    )


def _indefinite_apposition(
    tokens: list[Token], comma: int, next_comma: int, articles: tuple[str, ...] = ("a", "an")
) -> bool:
    """Between the commas at ``comma`` and ``next_comma``, a short noun phrase with "a" or "an"
    that describes what comes before ("a think tank", "a football finance blog"), and a
    clause after it - not a share opening the claim ("a third of the hospitals, mostly ...")."""
    inside = tokens[comma + 1 : next_comma]
    return (
        2 <= len(inside) <= 6
        and inside[0].lower in articles
        and not any(
            token.text[:1].isdigit()
            or token.lower in NUMBER_WORD_VALUES
            or token.lower in _FRACTION_WORDS
            or token.lower in _FINITE_VERBS
            or lexicon().best(token.lower) in ("VBD", "VBZ", "MD")
            for token in inside[1:]
        )
        and _opens_clause(tokens, next_comma + 1, len(tokens) - 1)
    )


def _clause_after_source(tokens: list[Token], rest: list[Token]) -> tuple[int, bool] | None:
    """Where a second claim starts after "Y, according to X, ...", and whether it is X's too:
    - "..., down from 7.22% in May": the earlier figure, the same source's;
    - "..., making it the deadliest route": what the reporter makes of the figure;
    - "..., while hotel bookings fell": a clause of the reporter's;
    - "..., and their numbers have fallen by 18 percent": the source's, as with "Y1, the
      agency said, and Y2"."""
    if len(rest) < 3:
        return None
    first = rest[0].lower
    if (
        first in ("up", "down")
        and (
            rest[1].lower == "from"
            # ("..., up 41 percent from 2015", "..., down about 45% from a year earlier")
            or (
                any(token.lower == "from" for token in rest[2:6])
                and (_quantity_word(rest[1]) or rest[1].lower in _QUANTIFIERS)
            )
        )
    ):
        return rest[0].start, True
    if _is_participle_adjunct(rest[0]) and first not in PARTICIPLE_CUES:
        return rest[0].start, False
    if (first in _SETTING_OPENERS or first == "and") and _opens_clause(
        tokens, tokens.index(rest[1]), len(tokens) - 1
    ):
        return rest[1].start, first == "and"
    return None


_RELATIVE_ADVERBS = AUXILIARIES | words("also later separately")
_SETTING_OPENERS = words("as while whereas when but though although")


def _relative_claim_of_source(
    text: str, tokens: list[Token], source_last: int, source: tuple[int, int], end: int
) -> Attribution | None:
    """'Y, according to the Red Crescent, which said it had handed out 1.2 million meals': what
    the relative clause after the source reports is the source's claim too."""
    position = source_last + 1
    if not (
        position + 2 < len(tokens)
        and tokens[position].text == ","
        and tokens[position + 1].lower in ("which", "who")
    ):
        return None
    index = position + 2
    while index < len(tokens) - 1 and tokens[index].lower in _RELATIVE_ADVERBS:
        index += 1
    verb = _cue_at(tokens, index)
    if verb is None or verb.group == "deny" or verb.complement == "tail":
        return None
    after = index + 1
    if verb.group == "accuse":
        # "Twelve people were killed, according to the governor, who blamed rebel forces for
        # the attack": whom the source blamed, and for what
        if after >= len(tokens) - 1 or tokens[after].lower == "that":
            return None
    elif after < len(tokens) and tokens[after].lower == "that":
        after += 1
    elif verb.complement != "clause" or not _clause_follows(tokens, after):
        return None
    if after >= len(tokens):
        return None
    return _make(
        text,
        tokens[after].start,
        end,
        source=source,
        cue=(tokens[index].start, tokens[index].end),
        cue_verb=verb,
        form="said_that",
    )


# "one official involved in the talks", "a researcher based in Geneva", "a person briefed on
# the talks", "people close to the governor": where the source stands
_PLACED_BY = frozenset("involved based working stationed briefed close".split())
_BY_PARTICIPLES = frozenset(
    "released published seen obtained compiled issued provided prepared commissioned reviewed "
    "filed conducted carried kept maintained".split()
)


_COUNTED_BY = words(
    "count tally estimate analysis survey review study calculation assessment statement audit "
    "projection"
)


def _by_whom(tokens: list[Token], source: tuple[int, int]) -> tuple[int, int]:
    """'figures released by the Labor Department', 'a report seen by The Guardian': the source
    runs on over who released or saw it (the speaker a reader needs)."""
    first, last = source
    if (
        last + 3 < len(tokens)
        and tokens[last + 1].lower in _BY_PARTICIPLES
        and tokens[last + 2].lower == "by"
    ):
        agent = _right_noun_phrase(tokens, last + 3, len(tokens) - 1)
        if agent is not None:
            return (first, agent[1])
    if (
        last + 2 < len(tokens)
        and (tokens[last].lower in _BY_PARTICIPLES or tokens[last].lower in _COUNTED_BY)
        and tokens[last + 1].lower == "by"
    ):
        # the noun phrase already took the participle: "figures released" + "by ..."; a
        # count's maker: "a count by Human Rights Watch"
        agent = _right_noun_phrase(tokens, last + 2, len(tokens) - 1)
        if agent is not None:
            return (first, agent[1])
    if (
        tokens[last].lower in _BY_PARTICIPLES
        or tokens[last].lower in _PLACED_BY
        # any other participle ending the noun phrase: "a criminal complaint unsealed (in
        # federal court)", "a memo leaked (to the Times)"
        or (
            tokens[last].text.islower()
            and tokens[last].lower.endswith(("ed", "en"))
            and lexicon().best(tokens[last].lower) == "VBN"
            and last - 1 > first
        )
    ) and last > first:
        # "a study published on Wednesday in the journal Nature": where and when, up to the
        # punctuation (no verb of its own)
        end = last
        while (
            end + 1 < len(tokens)
            and end - last < 12
            and tokens[end + 1].is_word
            and tokens[end + 1].lower not in _FINITE_VERBS
            and not (tokens[end + 1].text.islower() and _is_finite_verb_first(tokens[end + 1]))
        ):
            end += 1
        if end + 1 >= len(tokens) or tokens[end + 1].text in (",", ".", ";", ":"):
            return (first, end)
    return source


def _predicate_resumes(
    text: str, tokens: list[Token], source_last: int, start: int, cue_start: int
) -> bool:
    """'Subject, according to X [who ...], <verb> ...': the attribution stands between commas
    after the sentence's subject, and the first comma after it is followed by the subject's
    verb (a word that can be finite, or an auxiliary)."""
    if not text[start:cue_start].rstrip().endswith(","):
        return False
    for position in range(source_last + 1, min(len(tokens) - 1, source_last + 20)):
        token = tokens[position]
        if token.text in ".;:!?":
            return False
        if token.text == ",":
            following = tokens[position + 1]
            if (
                position + 2 < len(tokens)
                and (following.lower in _NOT_A_SUBJECT or following.lower in ("now", "already"))
                and tokens[position + 2].text.islower()
            ):
                following = tokens[position + 2]  # "..., now rate", "..., also said"
                if "VB" in lexicon().tags(following.lower):
                    return True  # (a plural subject's present: "now rate", "still back")
            return following.text.islower() and (
                following.lower in AUXILIARIES
                or following.lower in _MODAL_VERBS
                or can_be_finite_verb(following.lower)
            )
    return False


_MODAL_VERBS = frozenset(
    "could would will may might must should can cannot is are was were".split()
)


def _according_to_a_name(
    text: str, tokens: list[Token], first: int, cue: tuple[int, int], end: int
) -> list[Attribution]:
    """'According to Rathbun the property was returned': no comma, so the source is the run
    of capitalised words after "to" and the claim starts at the first word after it."""
    opening = first + 1 if tokens[first].lower == "the" and first + 1 < len(tokens) else first
    last = opening
    titled = False  # the source ends where a title opens the content's subject
    while last + 1 < len(tokens):
        nxt = tokens[last + 1]
        if nxt.is_capitalised and nxt.lower in PERSON_TITLES and last > opening:
            titled = True  # "the Arts and Humanities Citation Index Professor Chomsky is"
            break
        if nxt.is_capitalised or (
            nxt.lower in ("and", "of", "for", "&")
            and last + 2 < len(tokens)
            and tokens[last + 2].is_capitalised
        ):
            last += 1
            continue
        break
    if not tokens[opening].is_capitalised or last + 1 >= len(tokens):
        return []
    following = tokens[last + 1]
    if not following.is_word or (following.is_capitalised and not titled):
        return []
    made = _make(
        text, following.start, end, source=_span(tokens, first, last), cue=cue, form="according_to"
    )
    return [made] if made else []


# "according to its figures / their own count / his records": the speaker's own basis.
_ACCORDING_TO_OWN = re.compile(
    r",?\s+according\s+to\s+(?:its|their|his|her|our|my)\s+(?:own\s+)?[^,;.]{1,60}[.!]?\s*$",
    re.IGNORECASE,
)


_IN_THE_WORDS_OF = re.compile(
    r"\s*(?P<cue>[Ii]n\s+the\s+words\s+of)\s+(?P<source>[^,;:\"“”]{2,80}?)\s*,\s+"
)
# A speaker's tag late in the sentence, after a clause with a cue verb of its own: "China
# urges the Philippines to stop ..., spokesperson Guo Jiakun said Tuesday", "Y, Unite the Union
# has claimed, as the strike enters its second week", "Y, TechCrunch has learned, after ..."
_LATE_TAG = re.compile(
    r",[\"”’']?\s+(?P<source>[\w.'’-]+(?:\s+[\w.'’-]+){0,6}?)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?P<cue>said|says|claimed|claims|alleged|alleges|learned|learnt|"
    r"understands|reported|added|noted|stressed|insisted|warned|"
    # a poll's or a study's tag: ", the survey found", ", the poll shows"
    r"found|finds|shows|showed|told)"
    # whom it was told: ", IOM spokesman Flavio Di Giacomo told AFP"
    r"(?:\s+(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}|reporters|journalists))?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday))?"
    r"(?:,\s+(?:as|after|when|while|because|despite|amid|before|following)\b[^.;!?\"“”]*)?"
    # ("..., the GMB union has claimed, nearly twice the number the company has acknowledged":
    # a comparison with another's figure after the tag)
    r"(?:,\s+(?:nearly|almost|roughly|far|well|much|twice|double|triple|three\s+times)\s+"
    r"[^.;!?\"“”]*)?"
    r"[.!]?\s*$"
)


_COMPARISON_OPENER = re.compile(
    r"(?:nearly|almost|roughly|about|far|well|much|more|less|twice|double|triple|half|"
    r"three\s+times|above|below|higher|lower|up|down)\b",
    re.IGNORECASE,
)


def _late_tag(text: str, tokens: list[Token], start: int, end: int) -> Attribution | None:
    """The claim of a sentence that ends with its speaker's tag when the clause before the
    tag has a cue of its own ("urges", "reported", "has laid off"...): the tag's speaker says
    the whole clause."""
    match = _LATE_TAG.search(text, start, end)
    if match is None or match.start() - start < 20 or text[start] in "\"“‘'":
        return None
    if _COMPARISON_OPENER.match(match["source"]):
        return None  # (a comparison's own subject and cue: "..., well above what X reported")
    if any(
        token.lower in _FINITE_VERBS
        or (token.text.islower() and lexicon().best(token.lower) in ("VBD", "VBZ", "MD"))
        for token in tokens
        if match.start("source") <= token.start < match.end("source")
    ):
        return None  # a clause, no speaker: ", the company refused to improve its offer"
    cue_word = match["cue"].lower()
    verb = CUE_VERBS.get(cue_word) or CUE_VERBS["said"]
    inner = [
        index
        for index, token in enumerate(tokens)
        if token.end <= match.start() and token.lower in CUE_VERBS and _cue_at(tokens, index)
    ]
    if any(CUE_VERBS[tokens[index].lower].group in ("deny", "accuse") for index in inner):
        return None  # "The haulier denies any wrongdoing, a spokeswoman said": the denial's
    # (or the tag is followed by a clause of when or why: ", Unite has claimed, as ...")
    medial = text[match.end("cue") : match.end()].lstrip(" .!").startswith(",") and (
        # (only a perfect or an outlet's learning: "Unite has claimed, as ...", "TechCrunch
        # has learned, after ..."; "Y, police said, after Z" is read as it stands)
        text[match.end("source") : match.start("cue")].strip() != ""
        or cue_word in ("learned", "learnt", "understands")
    )
    if not (inner or medial) or any(
        token.text in _QUOTE_MARKS for token in tokens if token.end <= match.start()
    ):
        return None
    if inner and _cue_at_source_end(tokens, inner[0]):
        return None  # ("The council said A, B said": two speakers, read as they stand)
    return _make(
        text,
        start,
        match.start(),
        source=match.span("source"),
        cue=match.span("cue"),
        cue_verb=verb,
        form="tail",
    )


def _cue_at_source_end(tokens: list[Token], index: int) -> bool:
    """The inner cue is a speech verb of the sentence's opening subject ("The council said
    ..."), so the sentence reports that subject's words."""
    return tokens[index].lower in ("said", "says", "told", "tells") and index <= 6


# A speaker's tag ending the sentence: ", Mao noted.", ", the provincial governor stressed",
# ", Wang said on Tuesday."
_SPEAKER_TAG_AT_END = re.compile(
    r",\s+(?P<source>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*|(?:the|a|an)\s+(?:[\w'’-]+\s+)"
    r"{0,3}[\w'’-]+)\s+(?P<cue>said|says|noted|notes|added|adds|stressed|stresses|"
    r"pointed\s+out|points\s+out|stated|states|explained|observed|told\s+[\w\s]{1,20}?)"
    r"(?:\s+(?:on|in|at)\s+[^,;.]{1,30})?[.!]?\s*$"
)
# the people an account of private words comes from: "according to two people who were on
# the call", "according to three people familiar with the conversation", "according to sources"
_PEOPLE_WHO_HEARD = re.compile(
    r"according\s+to\s+(?:(?:two|three|four|five|several|some|multiple|people|a\s+person|"
    r"one\s+person|sources?)\b)",
    re.IGNORECASE,
)
_BUT_ACCORDING = re.compile(r",\s+(?P<but>but|yet)(?=,?\s+according\s+to\s)", re.IGNORECASE)
_INNER_ACCORDING_TO = re.compile(r"(?<=[a-z0-9%])\s+according\s+to\s")
_ACCORDING_TO_LAST = re.compile(
    r",\s+according\s+to\s+[^,;.]{1,80}[.!]?\s*$",
    re.IGNORECASE,
)
_ACCORDING_TO_A_DOCUMENT = re.compile(
    r",?\s+according\s+to\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,3}?(?:report|statement|filing|"
    r"documents?|records?|transcripts?|court\s+papers|letter|memo|release|summary|figures|"
    # "according to a note to clients", "a research note", "a presentation to investors"
    r"data|statistics|note|presentation|briefing\s+paper)\b"
    r"[^,;.]{0,60}"
    # "..., according to provisional figures, up from 66.2% in 2019": the earlier figure
    r"(?P<earlier>,\s+(?:up|down)\s+from\s+[^,;]{1,40}|,\s+compared\s+with\s+[^,;]{1,40})?"
    r"[.!]?\s*$",
    re.IGNORECASE,
)


# "The jury was told that", "MPs were told on Tuesday that": a court's or an assembly's
# hearing, as "The court heard that"
_HEARERS = (
    # ("Leeds Crown Court was told": a court by its name, of up to three words)
    r"(?:[Tt]he\s+)?(?:[\w'’-]+\s+){0,2}?(?:[Jj]ury|[Jj]urors|[Cc]ourt|[Ii]nquest|[Tt]ribunal|"
    r"[Hh]earing|[Cc]ommittee|[Ii]nquiry|[Pp]anel|MPs|[Ss]enators|[Ll]awmakers|[Cc]ouncillors|"
    r"[Mm]agistrates|[Pp]arliament|[Aa]ssembly)"
)
_TOLD_THE_HEARERS = re.compile(
    r"(?P<source>"
    + _HEARERS
    + r")\s+(?:was|were|had\s+been)\s+(?:(?:later|also|earlier|previously)\s+)?"
    r"(?P<cue>told)\s+(?:(?:on|last|this|in)\s+[\w'’-]+\s+)?"
    # "The court was told Smith had stolen ...": "that" left out before a subject
    r"(?:that\s+|(?=(?:the|a|an|his|her|their|its|he|she|they|it|[A-Z][\w'’-]*)\s+[\w'’-]+))"
)
# "ESPN has been told that Y", "The BBC has been told that Y": an outlet's learning
_OUTLET_WAS_TOLD = re.compile(
    r"(?P<source>(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(?:has|have|had)\s+"
    r"been\s+(?P<cue>told)\s+that\s+"
)
# ... closing the sentence: "Y, the court was told.", "Y, magistrates were told on Monday."
_HEARERS_WERE_TOLD = re.compile(
    r",\s+(?P<source>" + _HEARERS + r")\s+(?P<cue>(?:was|were|had\s+been)\s+told)"
    r"(?:\s+(?:on|last|this|in)\s+[\w'’-]+)?\s*[.!]?[\s\"”’']*$"
)
# The closing tags _passives reads, with the words one of which each holds near the end:
# (hints, pattern, cue verb - None for the one its "cue" names)
_CLOSING_TAGS = (
    ((" it ",), _PASSIVE_CLOSING, None),
    (_WITNESSING_HINTS, _REPORTER_SAW, _SAW),
    ((" told",), _HEARERS_WERE_TOLD, CUE_VERBS["told"]),
)
# the forms of _PASSIVE_THAT without "that": "It is understood the council has ..."
_THATLESS_PASSIVE_HINTS = ("understood", "believed", "thought", " told ")


def _made_after(
    text: str, match: re.Match[str], end: int, verb: CueVerb, form: str
) -> Attribution | None:
    """The claim from ``match``'s end to ``end``, by its "source" group, with its "cue"."""
    return _made_at(text, match, match.end(), end, verb, form)


def _made_at(
    text: str, match: re.Match[str], start: int, end: int, verb: CueVerb, form: str
) -> Attribution | None:
    """The claim from ``start`` to ``end``, by ``match``'s "source" group, with its "cue"."""
    return _make(
        text,
        start,
        end,
        source=match.span("source"),
        cue=match.span("cue"),
        cue_verb=verb,
        form=form,
    )


def _said_after(
    text: str, match: re.Match[str], end: int, verb: CueVerb, form: str
) -> list[Attribution]:
    made = _made_after(text, match, end, verb, form)
    return [made] if made else []


def _passives(text: str, start: int, end: int, lowered: str) -> list[Attribution]:
    """``lowered`` is text[start:end].lower(): every match of _QUOTED_AS_SAYING contains
    "saying", and one of _PASSIVE_THAT counts only when "it"/"this" opens it within 40
    characters. Both patterns are slow; these substring tests rule most sentences out."""
    traps = has_case_traps(lowered)
    active = _QUOTED_HIM_AS_SAYING.search(text, start, end) if "saying" in lowered else None
    if active is not None:
        # "State media quoted the defence minister as saying that ...": the one quoted speaks
        return _said_after(text, active, end, CUE_VERBS["said"], "quoted_as_saying")
    match = (
        _QUOTED_AS_SAYING.search(text, start, end)
        if "saying" in lowered or "as telling" in lowered or traps
        else None
    )
    if match:
        tokens = tokenize(text, start, match.start())
        subject = _left_noun_phrase(tokens, len(tokens), 0) if tokens else None
        source = _span(tokens, *subject) if isinstance(subject, tuple) else None
        made = _make(
            text,
            match.end(),
            end,
            source=source,
            cue=(match.start("cue"), match.end("cue")),
            cue_verb=CUE_VERBS["said"],
            form="quoted_as_saying",
        )
        return [made] if made else []
    hearers = _TOLD_THE_HEARERS.match(text, start, end) if " told " in lowered else None
    if hearers is not None:
        # "The jury was told that Y", as "The court heard that Y": where it was said
        return _said_after(text, hearers, end, CUE_VERBS["told"], "said_that")
    outlet = _OUTLET_WAS_TOLD.match(text, start, end) if " been told " in lowered else None
    if outlet is not None and claimant_kind(outlet["source"]) == "media":
        # "ESPN has been told that Y": what the outlet learnt, its report
        return _said_after(text, outlet, end, CUE_VERBS["told"], "said_that")
    witness = (
        _REPORTER_SAW_OPENING.match(text, start, end)
        if contains_any(lowered, _WITNESSING_HINTS)
        else None
    )
    if witness is not None:
        # "AFP journalists saw rescuers pull two children from the rubble": what the outlet's
        # reporters saw, as ", an AFP journalist saw." closing the sentence
        return _said_after(text, witness, end, _SAW, "said_that")
    for hints, closing_tag, cue_verb in _CLOSING_TAGS:
        # "About nine staff will lose their jobs, it is understood.", "Police fired tear gas,
        # an AFP journalist saw.", "She had lived there for 50 years, the court was told."
        closing = (
            closing_tag.search(text, start, end) if contains_any(lowered[-40:], hints) else None
        )
        if closing is not None:
            made = _make(
                text,
                start,
                closing.start(),
                source=closing.span("source") if "source" in closing.re.groupindex else None,
                cue=closing.span("cue"),
                cue_verb=cue_verb or CUE_VERBS.get(closing["cue"].lower()),
                form="tail",
            )
            return [made] if made else []
    head = lowered[:44]  # "it"/"this" starting before offset 40
    match = (
        _PASSIVE_THAT.search(text, start, end) if "it" in head or "this" in head or traps else None
    )
    if match and match.start() - start < 40:
        tag = _SPEAKER_TAG_AT_END.search(text, match.end(), end) if "," in lowered else None
        if tag is not None:
            # "It was thought that the bridge had been washed away, a police source said":
            # the source's report, hedged as the reporter wrote it
            made = _make(
                text,
                match.end(),
                tag.start(),
                source=tag.span("source"),
                cue=tag.span("cue"),
                cue_verb=CUE_VERBS.get(tag["cue"].split()[0].lower()) or CUE_VERBS["said"],
                form="tail",
            )
            return [made] if made else []
        made = _make(
            text,
            match.end(),
            end,
            source=_passive_source(match),
            cue=(match.start("cue"), match.end("cue")),
            cue_verb=CUE_VERBS.get(match["cue"].lower()),
            form="passive",
        )
        joined = _JOINED_BEFORE_IT.search(text, start, match.start())
        if made is not None and joined is not None and joined.start() - start >= 10:
            # "The club has made an offer, although it is understood that the player wants to
            # stay": the clause before is a claim of its own (it had been lost)
            return [*_attribute_sentence(text, start, joined.start()), made]
        return [made] if made else []
    return []


# the conjunction that joins a clause to "it is understood that ...": ", although it is"
_JOINED_BEFORE_IT = re.compile(r",\s+(?:although|though|but|and|while|whereas)\s+$")


def _passive_source(match: re.Match[str]) -> tuple[int, int] | None:
    """'It was reported by Reuters that', 'It was reported on state television that': the
    agent, or the medium it was reported in; none for a time ('last year')."""
    if match["setting"] is None:
        return None
    preposition, _, named = match["setting"].partition(" ")
    words = named.lower().split()
    if preposition.lower() == "by" or (
        preposition.lower() in ("on", "in") and any(word in MEDIA_WORDS for word in words)
    ):
        first = match.start("setting") + len(preposition) + 1
        return (first, match.end("setting"))
    return None


# "The ministry raised the death toll to 45", "Authorities lowered the number of missing to 18":
# a count revised by its source, read like "put the toll at 45".
_RAISED_TO = re.compile(
    r"\b(?P<cue>raised|raises|raising|lowered|lowers|lowering|revised|revises|revising|updated|"
    r"updates)\s+(?:the|its|their|this)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?P<noun>toll|count|number|figure|tally|total|estimate)\b"
    r"(?:\s+of\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:up\s+|down\s+|upward\s+|downward\s+)?to\s+"
    r"(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?"
    r"(?:[$£€]?\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|a\s+hundred|hundreds|a\s+dozen|dozens)\b)",
    re.IGNORECASE,
)
_RAISED_TO_HINTS = ("toll", "number", "figure", "tally", "count", "total", "estimate")
# "gave a higher death toll of 134", "gave a lower figure of 18 dead": a count its source gives
_GAVE_A_COUNT = re.compile(
    r"\b(?P<cue>gave|gives)\s+(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<noun>toll|count|number|figure|tally|total|estimate)\s+of\s+"
    r"(?:about\s+|around\s+|at\s+least\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+)?"
    r"(?:[$£€]?\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
    r"thirty|forty|fifty|a\s+hundred|hundreds|a\s+dozen|dozens)\b)",
    re.IGNORECASE,
)
_RAISED_TO_VERBS = ("rais", "lower", "revis", "updat")


_AT_PLACES = re.compile(
    r"[\d,]*\s+(?:(?:different|separate|other|more)\s+)?(?:sites|locations|stations|places|"
    r"points|schools|hospitals|centres|centers|airports|ports|venues|spots|farms|plants)\b"
)


def _put_at(text: str, tokens: list[Token], start: int, end: int) -> list[Attribution]:
    match = (
        _PUT_AT.search(text, start, end)
        or _RAISED_TO.search(text, start, end)
        or _PUTS_ON.search(text, start, end)
        or _GAVE_A_COUNT.search(text, start, end)
        or _PUT_HIGHER.search(text, start, end)
    )
    if match is None:
        return []
    clock = _CLOCK_TIME.search(text, max(start, match.end() - 6), min(end, match.end() + 14))
    if clock is not None and clock.start() <= match.end() <= clock.end() + 1:
        return []  # (not "put the meeting at 3 pm", "at five o'clock")
    if _ADDRESS.match(text, match.end() - 1, end):
        return []  # "put the meeting at 10 Downing Street"
    if _AT_PLACES.match(text, match.end() - 1, end):
        return []  # "measured the ice at 12 sites": where, not how much
    if _TAIL_CUE.search(text, match.end(), end):
        return []  # "The storm brought the toll to 12, officials said": the tag decides
    cue_index = next(
        (index for index, token in enumerate(tokens) if token.start == match.start("cue")), None
    )
    if cue_index is None:
        return []
    subject = _left_noun_phrase(tokens, cue_index)
    if (
        subject is None
        and 2 <= cue_index <= 16
        and not any(token.text in _PUNCT_STOPS for token in tokens[:cue_index])
    ):
        # "An independent count carried out for ... by the firm Occurrences put the number
        # of marchers at 68,000": a long subject running from the start of the sentence.
        subject = (0, cue_index - 1)
    if subject is None:
        # "Rahim Khezri, a member of parliament, (also) put the number of dead at seven"
        subject = _subject_across_adverbs(tokens, cue_index)
    if subject is None and cue_index > 1 and tokens[cue_index - 1].text == ",":
        # "The regulator's draft determination, released on Thursday, puts the increase at"
        subject = _subject_before_apposition(tokens, cue_index - 1, 0)
    if not isinstance(subject, tuple):
        return []
    joint = subject[1]
    if tokens[joint].lower in ("but", "and"):
        # "The police spokesman confirmed the attack but put the number ... at 18": the
        # subject of the first verb; the clause before "but" is a claim of its own
        verb = next(
            (
                position
                for position in range(subject[0] + 1, joint)
                if tokens[position].text.islower()
                and not {"VBD", "VBZ"}.isdisjoint(lexicon().tags(tokens[position].lower))
                and tokens[position - 1].lower not in DETERMINERS
            ),
            None,
        )
        if verb is not None:
            first = _attribute_sentence(text, start, tokens[joint].start)
            made = _make(
                text,
                tokens[cue_index + 1].start,
                end,
                source=_span(tokens, subject[0], verb - 1),
                cue=(match.start("cue"), match.end("cue")),
                cue_verb=CUE_VERBS["estimated"],
                form="object",
            )
            return [*first, made] if made is not None else first
    if _reported_by_an_earlier_cue(tokens, subject):
        return []  # "Officials said the estimates put the toll at 52": the officials' claim
    object_start = tokens[cue_index + 1].start if cue_index + 1 < len(tokens) else end
    made = _make(
        text,
        object_start,
        _before_venue(text, object_start, end),
        source=_span(tokens, *subject),
        cue=(match.start("cue"), match.end("cue")),
        cue_verb=CUE_VERBS["estimated"],
        form="object",
    )
    if made is None:
        return []
    rival = _RIVAL_AT.search(text, *made.content)
    if rival is not None and rival.start() - made.content[0] >= 8:
        # "Police put the crowd at 8,000, organisers at 25,000": the second source's figure,
        # the verb and what is counted left out (gapped) - a rival estimate of its own
        other = _make(
            text,
            rival.start("figure"),
            made.content[1],
            source=rival.span("source"),
            cue=made.cue,
            cue_verb=made.cue_verb,
            form="object",
        )
        if other is not None and not _no_speaker(rival["source"]):
            made.content = (made.content[0], _content_end(text, made.content[0], rival.start()))
            return [made, other]
    extra = _participle_claims(text, tokens, cue_index, made) or _coordinated_claims(
        text, tokens, cue_index, made
    )
    return [made, *extra]


# the end of a "put ... at" object: ", organisers at 25,000", ", while the union put it at":
# another source's figure for the same thing, its verb and noun gapped
_RIVAL_AT = re.compile(
    r",\s+(?:(?:and|while|but|whereas)\s+)?(?P<source>(?:the\s+|its\s+|their\s+)?"
    r"[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,4}?)\s+(?P<figure>at\s+(?:(?:about|around|"
    r"roughly|some|nearly|almost|more\s+than|over|fewer\s+than|less\s+than|up\s+to|at\s+least)"
    r"\s+)?[$£€]?\d[\d,.]*(?:\s*(?:million|billion|thousand|%|percent|per\s+cent))?)"
    r"[\s.,;]*$"
)


def _reported_by_an_earlier_cue(tokens: list[Token], subject: tuple[int, int]) -> bool:
    """The clause of ``subject`` is what a speech verb before or inside the would-be subject
    reports: "officials said (that) <clause>", "Rescuers told reporters <clause>"."""
    for index in range(max(1, subject[0] - 2), subject[1] + 1):
        if tokens[index].lower not in CUE_VERBS:
            continue
        verb = _cue_at(tokens, index)
        if verb is not None and (
            verb.complement == "clause"
            # "Judge Ruiz noted that the consultant had estimated the cost at $6.2m"
            or (index + 1 < len(tokens) and tokens[index + 1].lower == "that")
        ):
            return True
    return False


_CLOCK_TIME = re.compile(
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|o'clock)|\d{1,2}:\d\d\b|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock)",
    re.IGNORECASE,
)
_ADDRESS = re.compile(
    r"\d+[a-z]?\s+[A-Z][a-z]+\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Square|Place)\b"
)
# Where a claim made by its object was made: "in a post on Facebook late on Thursday", "in a
# statement published by its propaganda arm", "in a message to customers" (the noun one of
# _STATEMENT_NOUNS, then nothing, or what the place of saying is: on, to, by, published ...)
_VENUE = re.compile(
    r"\s+(?:in|on|through|via|at|during)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"([a-z-]+)(?=[\s.]*$|\s+(?:on|to|by|from|at|in|published|posted|issued|released|late|early|"
    r"last|this|with|carried|aired|sent|seen|shared|obtained|made|signed|read|e-mailed|"
    r"emailed)\b)"
)
_VENUE_TRIMMED = frozenset({"deny", "accuse", "estimate"})
# A day ending the object of a denial: "disputed that account Sunday", "denied the claim on
# Tuesday" - when it was denied
_TRAILING_WHEN = re.compile(
    r"\s+(?:on\s+|late\s+|early\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?[.!]?\s*$"
)


def _before_venue(text: str, start: int, end: int) -> int:
    """Where the object of "put ... at", "claimed", "denied" ends before the statement or
    post it was made in ("put the death toll at 63 in a post on Facebook late on Thursday",
    "claimed the bombing in a message posted on a forum"); ``end`` when there is none."""
    if (
        " in " not in text[start:end]
        and " on " not in text[start:end]
        and " at " not in text[start:end]
    ):
        return end
    for venue in _VENUE.finditer(text, start, end):
        if (
            (
                venue[1].lower() in _STATEMENT_NOUNS
                # "denied the charges at a hearing in Los Angeles": the occasion it was denied at
                or (venue[1].lower() in _OCCASION_NOUNS and venue[0].lstrip().startswith("at "))
            )
            and "," not in text[venue.end() : end]
        ):
            return venue.start()
    return end


_PARTICIPLE_AFTER_TAG = re.compile(r",\s+(?:adding|saying|noting|insisting|stressing)\b")
_TAIL_CUE = re.compile(
    # (not a participle's clause: ", saying some members had reported to work")
    r",\s+(?![a-z]+ing\b)(?:[\w'’.-]+\s+){1,6}?(?:said|says|told|reported|announced|estimated)\b"
    r"[^,;]{0,40}[.!]?\s*$"
)
_AS_PUT_IT = re.compile(
    r"(?P<comma>,\s+)?\b[Aa]s\s+(?P<source>[^,;:]{2,80}?)\s+(?P<cue>puts?\s+it)\b"
    r"(?:\s+[^,;:]{1,40}?)?(?:,\s*|[.!?]?[\"”’']?\s*$)"
)
_PUT_IT = CueVerb("put it", "say", "tail")


def _as_x_put_it(text: str, start: int, end: int) -> Attribution | None:
    """'As Mr. Obama put it, Y' / 'Y, as one voter put it': Y is theirs."""
    match = _AS_PUT_IT.search(text, start, end)
    if match is None:
        return None
    details = {
        "source": match.span("source"),
        "cue": match.span("cue"),
        "cue_verb": _PUT_IT,
        "form": "tail",
    }
    if not match["comma"]:
        if text[start : match.start()].strip(" \"“‘'"):
            return None  # "as X put it" opens the sentence, or it is not this pattern
        return _make(text, match.end(), end, **details)
    if match.end() < end and text[match.end() - 2 : match.end()].strip() == ",":
        # "The economy, as one analyst put it, is running on fumes": the whole sentence
        details["form"] = "parenthetical"
        return _make(text, start, end, **details)
    if text[match.end() : end].strip(" .!?\"”’'"):
        return None  # not the sentence's end: "as X put it" inside a longer sentence
    return _make(text, start, match.start(), **details)


_AS_X_NOTES = re.compile(
    r"[Aa]s\s+(?P<source>(?:the|a|an|its|his|her|their|[A-Z])[^,;:\"“”]{1,60}?)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?P<cue>notes|noted|said|says|pointed\s+out|points\s+out|"
    r"observed|observes|reported|reports|argues|argued|wrote|writes|explained|explains|"
    r"warned|warns|acknowledged|acknowledges|found|finds|shows|showed)\s*,\s+(?=\S)"
)


def _framed_by(
    pattern: re.Pattern[str], verb_of: Callable[[re.Match[str]], CueVerb]
) -> Callable[[str, int, int], Attribution | None]:
    """A reader of an opening frame that names who holds the rest of the sentence ("As the
    report notes,", "One union leader put it more bluntly:"): ``pattern`` matches the frame at
    the sentence's start with its "source" and "cue"."""

    def read(text: str, start: int, end: int) -> Attribution | None:
        match = pattern.match(text, start, end)
        if match is None:
            return None
        return _framed(text, match, end, match.span("source"), match.span("cue"), verb_of(match))

    return read


def _framed(
    text: str,
    match: re.Match[str],
    end: int,
    source: tuple[int, int],
    cue: tuple[int, int],
    verb: CueVerb,
) -> Attribution | None:
    """The claim after an opening frame that names its holder: the rest of the sentence."""
    return _make(text, match.end(), end, source=source, cue=cue, cue_verb=verb, form="said_that")


# "As the report notes, the region has lost a third of its forests": the report's
_as_x_notes = _framed_by(
    _AS_X_NOTES,
    lambda match: CUE_VERBS.get(match["cue"].split()[0].lower()) or CUE_VERBS["said"],
)


_COUNT_NOUNS = (
    "count", "tally", "estimate", "reckoning", "calculation", "accounts", "figures", "numbers",
)  # fmt: skip
_COUNT = (
    r"(?:own\s+)?(?:latest\s+)?(?:count|tally|estimates?|reckoning|calculations?|accounts?|"
    r"figures|numbers)"
)
# "By one estimate, ...", "By its own count, ...", "..., by the government's tally.", "By the
# organisers' estimate, ...", "On their own figures, ...": an according-to in other words
_COUNT_OWNER = (
    r"(?P<source>(?:one|some|its|their|his|her|our|the\s+[\w'’-]+(?:['’]s|(?<=s)['’])|"
    r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}['’]s|an?\s+[\w-]+|the\s+[\w-]+)\s+" + _COUNT + r")"
)
_BY_A_COUNT_FIRST = re.compile(r"(?P<cue>[Bb]y|[Oo]n)\s+" + _COUNT_OWNER + r"\s*,\s+(?=\S)")
_BY_A_COUNT_LAST = re.compile(r",\s+(?P<cue>by)\s+" + _COUNT_OWNER + r"\s*[.!]?[\"”’']?\s*$")


def _by_a_count(text: str, start: int, end: int) -> Attribution | None:
    """'By one estimate, more than 10,000 homes were damaged', 'At least 300 people have been
    arrested, by the government's tally': the count is the claim's source."""
    first = _BY_A_COUNT_FIRST.match(text, start, end)
    if first is not None:
        return _framed(text, first, end, first.span("source"), first.span("cue"), _ACCORDING_CUE)
    last = _BY_A_COUNT_LAST.search(text, start, end)
    if last is None:
        return None
    return _make(
        text,
        start,
        last.start(),
        source=last.span("source"),
        cue=last.span("cue"),
        cue_verb=_ACCORDING_CUE,
        form="tail",
    )


_VIEW_NOUNS = (
    r"(?:message|view|position|argument|contention|belief|case|point|claim|assessment|"
    r"explanation|answer|response|verdict|conclusion|line|stance|insistence)"
)
_POSSESSIVE_OPENERS = ("his ", "her ", "their ", "its ", "in his ", "in her ", "in their ")
# "The union's position is that ...", "Her view was simple: ...", "In the company's telling,
# ...": what the possessor holds
_POSSESSED_VIEW = re.compile(
    r"(?:(?P<source>(?:[Tt]he\s+)?[^,;:\"“”]{1,50}?)['’]s|(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))"
    r"\s+(?:(?:own|main|central|basic|official)\s+)?(?P<cue>" + _VIEW_NOUNS + r")\s+"
    r"(?:is|was|has\s+been|remains|remained)\s+(?:(?:simple|clear|straightforward|blunt)\s*:|"
    r"that)\s+(?=\S)"
    r"|[Ii]n\s+(?:(?P<source2>(?:[Tt]he\s+)?[^,;:\"“”]{1,50}?)['’]s|(?P<pronoun2>his|her|their|its))"
    r"\s+(?P<cue2>telling|view|account|words|opinion|estimation|judgment|judgement)\s*,\s+(?=\S)"
)
_HELD_VIEW = CueVerb("hold", "assert", "that")


def _possessed_view(text: str, start: int, end: int) -> Attribution | None:
    """'The union's position is that the offer is an insult', 'Her view was simple: ...',
    'In the company's telling, the outage was caused by ...': the possessor's claim."""
    match = _POSSESSED_VIEW.match(text, start, end)
    if match is None:
        return None
    source = next(
        match.span(group)
        for group in ("source", "pronoun", "source2", "pronoun2")
        if match[group] is not None
    )
    cue = match.span("cue") if match["cue"] is not None else match.span("cue2")
    return _framed(text, match, end, source, cue, _HELD_VIEW)


_PUT_IT_COLON = re.compile(
    r"(?P<source>[A-Z][^,;:\"“”]{1,60}?)\s+(?P<cue>(?:put|puts|has\s+put)\s+it)\b"
    r"(?:\s+[a-z][a-z-]*){0,3}:\s+(?=\S)"
)


# "One union leader put it more bluntly: the offer was an insult.": the speaker's
_put_it_colon = _framed_by(_PUT_IT_COLON, lambda match: _PUT_IT)


# ", stating that Y" hangs a claim off the claimant too ("a message stating" does not: no
# comma, a noun's reduced relative)
_AFTER_A_COMMA_CUES = {
    **PARTICIPLE_CUES,
    "quoting": "cite",
    # "said the budget was balanced, blaming the previous council for the deficit"
    "blaming": "blame",
    "accusing": "accuse",
}


def _participle_claims(
    text: str, tokens: list[Token], after_index: int, main: Attribution, spent_time: bool = False
) -> list[Attribution]:
    """', saying (that) Y' / ', adding that Y' hang a second claim off the same claimant."""
    for index in range(after_index + 1, len(tokens) - 1):
        token = tokens[index]
        if (
            token.lower == "pointing"
            and tokens[index + 1].lower == "to"
            and tokens[index - 1].text == ","
            and main.content[0] < tokens[index - 1].start < main.content[1]
        ):
            # "said the company was profitable again, pointing to second-quarter earnings":
            # the evidence it gave, not what it said
            main.content = (
                main.content[0],
                _content_end(text, main.content[0], tokens[index - 1].start),
            )
            return []
        pointing_out = token.lower == "pointing" and tokens[index + 1].lower == "out"
        quantified = (
            index > 1
            and tokens[index - 1].lower in _SOME_OF_THEM
            and tokens[index - 2].text == ","
            and token.lower in _AFTER_A_COMMA_CUES
        )
        if (token.lower in _AFTER_A_COMMA_CUES or pointing_out) and (
            tokens[index - 1].text == ","
            # "has spent weeks claiming that Y": how the subject spent the time (read for the
            # sentence's subject, as the reporter's clause has it: spent_time)
            or (spent_time and token.lower in PARTICIPLE_CUES and _after_time_spent(tokens, index))
            # "Hundreds shared the post, some claiming that Y": some of them say it
            or quantified
            # 'called those figures "cherry-picked," saying': the comma inside the quotes
            or (
                index > 1
                and tokens[index - 1].text in _CLOSE_QUOTES
                and tokens[index - 2].text == ","
            )
            # "said Tokyo was considering it, while cautioning that relations were fragile"
            or (
                index > 1
                and tokens[index - 1].lower in ("while", "whilst")
                and tokens[index - 2].text == ","
            )
        ):
            grounds = (
                token.lower == "citing"
                and index + 2 < len(tokens)
                and tokens[index + 1].lower in _CITED_GROUNDS
                and (tokens[index + 2].lower == "that" or _clause_follows(tokens, index + 2))
            )
            if token.lower in ("citing", "quoting") and not grounds:
                # "..., citing people familiar with the matter", "..., quoting a source close
                # to the player": sourcing, not content (but "citing concerns that Y": the
                # grounds it gave, Y)
                if main.content[0] < tokens[index - 1].start < main.content[1]:
                    main.content = (
                        main.content[0],
                        _content_end(text, main.content[0], tokens[index - 1].start),
                    )
                return []
            content_from = index + 2 if pointing_out or grounds else index + 1
            if (
                token.lower in ("telling", "warning", "assuring")
                and tokens[index + 1].lower == "them"
                # (those it acted on, named right before: "targeted tourists, telling them")
                and index > 1
                and tokens[index - 2].text.islower()
                and lexicon().best(tokens[index - 2].lower) == "NNS"
                and main.form != "tail"
                and main.content[0] < tokens[index - 1].start < main.content[1]
            ):
                # "said the gang targeted tourists, telling them their bookings had been
                # cancelled": the reported subject telling those it acted on - its act, in
                # what was said (not ", telling reporters that ...")
                return []
            if token.lower == "telling":
                # ", telling BBC Breakfast that ..."
                content_from = _skip_object_of_tell(tokens, content_from, len(tokens) - 1)
            # (", pointing out that ...": the two words' verb)
            lemma = "point out" if pointing_out else _AFTER_A_COMMA_CUES[token.lower]
            verb = _participle_verb(lemma)
            if (
                verb.group == "warn" or lemma in ("promise", "vow", "pledge")
            ) and content_from < len(tokens):
                # ", cautioning investors that ...", ", promising workers that ...": the
                # audience, then the clause
                content_from = _that_after_audience(tokens, content_from, len(tokens) - 1)
            content_from = _that_after_setting(tokens, content_from)
            quoted = _quotation_after_setting(tokens, content_from)
            if content_from < len(tokens) and tokens[content_from].lower == "that":
                content_from += 1
            elif quoted is not None:
                # ', writing in a blog post "I have loaded up ..."': the quotation is the claim
                content_from = quoted
            elif (
                verb.complement in ("that", "tail")
                and lemma not in ("add", "describe", "tell")
                # "claiming the goal was offside", "insisting the plan was legal": a clause
                and not _clause_follows(tokens, content_from)
            ):
                return []  # "acknowledging the problem", "explaining the delay": no clause
            if content_from >= len(tokens):
                return []
            if (
                lemma == "add"
                and tokens[content_from - 1].lower != "that"
                and (
                    # (an amount: "£2m to its cost", whose "cost" reads as a verb)
                    tokens[content_from].text[:1] in "$£€¥0123456789"
                    or not _clause_follows(tokens, content_from)
                )
                and any(later.lower == "to" for later in tokens[content_from : content_from + 6])
            ):
                return []  # "..., adding £900,000 to the budget gap": a sum added, nothing said
            if token.lower == "describing" and not any(
                later.lower == "as" for later in tokens[content_from : content_from + 12]
            ):
                return []  # "describing life in a mining town": no claim about it
            made = _make(
                text,
                tokens[content_from].start,
                # (the main claim may end before the participle already: "denied hiding the
                # report, saying it had been announced", its object cut at the comma)
                main.content[1]
                if main.form != "tail"
                and not quantified
                and main.content[1] > tokens[content_from].start
                # (a denial's object ends before its time, "denied the report on Friday";
                # what its participle says keeps its own: "saying staff were found by Friday")
                and not (main.form == "object" and main.cue_verb and main.cue_verb.group == "deny")
                else tokens[-1].end,
                # (", some claiming that Y": some of them speak)
                source=(tokens[index - 1].start, tokens[index - 1].end)
                if quantified
                else main.source,
                cue=(token.start, token.end),
                cue_verb=verb,
                form="participle",
            )
            if made is None:
                return []
            # The main claim stops before the participle (and its "some").
            stop = tokens[index - 2 if quantified else index - 1].start
            if main.content[0] < stop < main.content[1]:
                main.content = (main.content[0], _content_end(text, main.content[0], stop))
            if quantified:
                return [made]
            # "denied targeting civilians, saying Y, and accused the army of Z": the
            # speaker's accusation after the participle's clause is a claim of its own
            accused = (
                _coordinated_accusation(text, tokens, index, made)
                if ", and accus" in text[made.content[0] : made.content[1]]
                or ", and blam" in text[made.content[0] : made.content[1]]
                else []
            )
            if not accused and " and " in text[made.content[0] : made.content[1]]:
                # "calling the bid inadequate and saying it would explore alternatives": a
                # second participle of the same subject, a claim of its own
                accused = _and_a_second_participle(text, made)
            if not accused and (
                tokens[content_from - 1].lower == "that"
                or main.cue_verb is None
                or main.cue_verb.group != "deny"
            ):
                # "..., noting that A and that B", "welcomed the deal, saying A and that B":
                # two claims, as after "said" (a denial's reason is read whole)
                accused = _and_that_claims(text, made)
            return [made, *accused]
    return []


_SOME_OF_THEM = _PRONOMINAL_QUANTIFIERS | {"one"}
_CITED_GROUNDS = words("concerns concern fears fear worries evidence risks risk signs indications")


_AND_PARTICIPLE = re.compile(r",?\s+and\s+(?P<cue>[a-z]+ing)\s+(?:that\s+)?(?=\S)")


def _and_a_second_participle(text: str, made: Attribution) -> list[Attribution]:
    """'..., calling the bid "inadequate" and saying it would explore alternatives': the
    second participle's clause, said by the same subject."""
    match = _AND_PARTICIPLE.search(text, made.content[0], made.content[1])
    if match is None or match["cue"] not in PARTICIPLE_CUES:
        return []
    verb = _participle_verb(PARTICIPLE_CUES[match["cue"]])
    if verb.complement in ("that", "tail") and match.end() < made.content[1]:
        tokens = tokenize(text, match.end(), made.content[1])
        if not tokens or not (
            text[match.end() - 5 : match.end()].rstrip().endswith("that")
            or _clause_follows(tokens, 0)
        ):
            return []  # "and calling for calm": no clause said
    return _split_off(
        text,
        made,
        match,
        (match.end(), made.content[1]),
        verb,
        "said_that",
        source=made.source,
    )


def _coordinated_accusation(
    text: str, tokens: list[Token], index: int, made: Attribution
) -> list[Attribution]:
    """The accusation joined by ", and accused / blamed" to a participle's claim."""
    found = _coordinated_claims(text, tokens, index, made)
    return [
        claim for claim in found if claim.cue_verb is not None and claim.cue_verb.group == "accuse"
    ]


def _that_after_setting(tokens: list[Token], index: int) -> int:
    """'saying in a statement that', 'writing on social media that': the "that" after a short
    setting (a preposition, then words only), else ``index``; so after an adverb ("saying
    only that", "insisting repeatedly that", "claiming without evidence that")."""
    if index >= len(tokens):
        return index
    word = tokens[index].lower
    if (word in ("only", "again", "also", "once") or _is_ly_adverb(word)) and (
        index + 1 < len(tokens) and tokens[index + 1].lower == "that"
    ):
        return index + 1
    if word == "without":
        for probe in range(index + 1, min(len(tokens), index + 5)):
            if tokens[probe].lower == "that":
                evidence = any(
                    tokens[between].lower in ("evidence", "proof")
                    for between in range(index + 1, probe)
                )
                return probe if evidence else index
            if not tokens[probe].is_word:
                break
        return index
    if word not in ("in", "on", "at", "during"):
        return index
    for probe in range(index + 1, min(len(tokens), index + 9)):
        token = tokens[probe]
        if token.lower == "that":
            return probe if probe > index + 1 else index
        if not token.is_word or token.lower in _FINITE_VERBS:
            break
    return index


_SPELLS = words("days weeks months years hours week month year day campaign")


def _after_time_spent(tokens: list[Token], index: int) -> bool:
    """The word at ``index`` follows time spent: "has spent weeks (claiming)", "spent the
    campaign (insisting)"."""
    return (
        index > 2
        and tokens[index - 1].lower in _SPELLS
        and tokens[index - 2].lower in ("spent", "spend", "spends", "spending", "the")
    )


def _quotation_after_setting(tokens: list[Token], index: int) -> int | None:
    """'(writing) in a blog post "..."', '(saying) on X: "..."': the position of the
    quotation's opening mark after a short setting (a preposition and words), or None."""
    if index >= len(tokens) or tokens[index].lower not in ("in", "on", "at"):
        return None
    for probe in range(index + 1, min(len(tokens) - 1, index + 8)):
        token = tokens[probe]
        if token.text in _OPEN_QUOTES or (
            token.text == ":" and tokens[probe + 1].text in _OPEN_QUOTES
        ):
            return probe if token.text != ":" else probe + 1
        if not token.is_word:
            return None
    return None


def _participle_verb(lemma: str) -> CueVerb:
    """The cue verb a participle of speaking stands for ("cautioning" -> caution)."""
    return (
        next((verb for verb in CUE_VERBS.values() if verb.lemma == lemma), None)
        or CUE_VERBS["said"]
    )


_CHARACTERISED = CueVerb("call", "assert", "object")
_CALLED_FOR = CueVerb("call for", "warn", "object")
_PLEDGED = CueVerb("vow", "assert", "object")
_PLEDGES = frozenset("vowed pledged promised threatened vows pledges promises threatens".split())


def _inside_a_quotation(text: str, start: int, position: int) -> bool:
    """Is ``position`` inside quotation marks opened after ``start`` (an odd number of marks
    before it: straight marks, or more opening curly marks than closing ones)?"""
    before = text[start:position]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_BEFORE_A_SECOND_CUE = words("also later then has have had since")


def _past_clause_in_content(tokens: list[Token], main: Attribution, conjunction: int) -> bool:
    """What was said, before "and" at ``conjunction``, is a clause with its own subject and a
    past verb ("the kidnappers called on Wednesday")."""
    inside = [
        token for token in tokens[:conjunction] if token.start >= main.content[0] and token.is_word
    ]
    # (a simple past, no auxiliary before it: "called", not "had provided" - a tense the
    # speaker's own act after "and" would not share)
    return len(inside) >= 2 and any(
        token.text.islower()
        and "VBD" in lexicon().tags(token.lower)
        and token.lower not in _BE_AND_HAVE
        and token.lower not in ("did", "could", "would", "should", "might")
        and previous.lower not in _BE_AND_HAVE
        and previous.lower not in ("would", "will", "could", "to")
        for previous, token in itertools.pairwise(inside)
    )


def _coordinated_claims(
    text: str, tokens: list[Token], cue_index: int, main: Attribution
) -> list[Attribution]:
    """'X denied Y and said Z' / 'X said Y, but insisted that Z': a second cue, same subject."""
    content_end = main.content[1]
    for index in range(cue_index + 2, len(tokens) - 1):
        token = tokens[index]
        if token.start >= main.content[1]:
            gap = text[main.content[1] : token.start].strip(' ,"”')
            # 'dismissed the criticism as "absolutely unfounded" and said ...': what the denied
            # object is called, between the claim and the second cue
            verdict = (
                main.cue_verb is not None
                and main.cue_verb.group == "deny"
                and (gap.startswith("as ") or gap == "as" or (not gap and token.lower == "as"))
            )
            # (and the closing mark of a quotation the claim ends in: 'accused Republicans of
            # "abdicating their duty," and said ...')
            if (token.text == "," or token.text in _QUOTE_MARKS) and not gap:
                continue
            if token.lower not in ("but", "and"):
                if verdict:
                    continue
                return []
            if gap and not verdict:
                return []
            # "said she was confident ..., but warned against excessive expectations": the
            # claim already ends at ", but"; what follows is the second cue's
            content_end = tokens[-1].end
        if token.lower not in ("and", "but"):
            continue
        if _inside_a_quotation(text, main.content[0], token.start):
            continue  # 'had "come home with a bad deal and called it a good one"': quoted words
        probe = index + 1
        # "and also said", "and has said", "and has since insisted"
        while (
            probe < len(tokens)
            and probe - index <= 2
            and tokens[probe].lower in _BEFORE_A_SECOND_CUE
        ):
            probe += 1
        if probe >= len(tokens):
            return []
        # through _cue_at: its gates ("called for calm", "recorded an album") apply here too
        verb = _cue_at(tokens, probe) if tokens[probe].lower in CUE_VERBS else None
        if (
            # ("described" is a cue of its own, of an object: "and described the building as
            # "quiet"" is the speaker's characterisation all the same)
            (verb is None or tokens[probe].lower == "described")
            and tokens[probe].lower in ("called", "described")
            and probe + 2 < len(tokens)
            and (
                tokens[probe + 1].lower in _CALLED_OBJECT_OPENERS
                # "and described Smith's account as ...": a name's possessive opens it too
                or (
                    tokens[probe + 1].is_capitalised
                    and tokens[probe + 1].text.endswith(("'s", "’s"))
                )
                # "and described reports of a massacre as ...": a bare plural, then "as"
                or (
                    tokens[probe].lower == "described"
                    and tokens[probe + 1].text.islower()
                    and lexicon().best(tokens[probe + 1].lower) == "NNS"
                    and any(token.lower == "as" for token in tokens[probe + 2 : probe + 8])
                )
            )
            and tokens[probe + 2].lower != "for"
        ):
            # 'said A, and called the closure "a betrayal"': the speaker's characterisation
            verb = _CHARACTERISED
        if (
            verb is None
            and tokens[probe].lower in _PLEDGES
            and probe + 1 < len(tokens)
            and tokens[probe + 1].lower == "to"
        ):
            # 'said any closure would be "unacceptable" and vowed to resist job cuts': the
            # speaker's pledge (a reported clause does not go on with "vowed to")
            verb = _PLEDGED
        if verb is None or (
            verb.complement == "object"
            and verb.group not in ("deny", "accuse")
            and verb is not _CHARACTERISED
            and verb is not _PLEDGED
        ):
            continue
        if (
            (verb is _PLEDGED or verb.group in ("warn", "say", "assert"))
            and probe + 2 < len(tokens)
            and (
                tokens[probe + 1].lower == "to"
                or (
                    tokens[probe + 1].text.islower()
                    and any(
                        token.lower == "to" and earlier.lower == "not"
                        for earlier, token in itertools.pairwise(tokens[probe + 1 : probe + 5])
                    )
                )
            )
            and _past_clause_in_content(tokens, main, index)
        ):
            # "said the kidnappers called on Wednesday and threatened to kill the hostages",
            # "said the soldiers stopped the bus and warned passengers not to film": the
            # reported clause's subject acts again - no second cue of the speaker's
            continue
        if verb.group == "show" and tokens[probe - 1].lower in ("had", "has", "have"):
            continue  # "said his client had been under pressure and had shown remorse": the
            # reported subject's own predicate, no second cue of the speaker's
        if (
            tokens[probe].lower == "found"
            and probe + 2 < len(tokens)
            and tokens[probe + 1].lower in ("it", "them", "him", "her", "everything", "nothing")
            and tokens[probe + 2].lower != "that"
            and main.cue_verb is not None
            and main.cue_verb.group in ("say", "tell")
        ):
            continue  # "said he had examined the engine and found it airworthy": what the
            # reported subject found, a small clause of the reported predicate
        if (
            tokens[probe - 1].lower == "had"
            and main.cue_verb is not None
            and main.cue_verb.group in ("say", "tell")
            and _reported_pluperfect(tokens, main.content[0], index)
        ):
            # "said the board had considered closing the plant but had rejected it as too
            # costly": the reported subject's act, in the reported clause's pluperfect
            continue
        if (
            tokens[probe].lower.endswith("s")
            and tokens[probe].lower in AMBIGUOUS_NOUN_FORMS
            # ("..., and claims the trust has ignored complaints": a verb, a clause after it)
            and not (
                tokens[probe - 1].lower == "and"
                and tokens[probe - 2].text == ","
                and (
                    (probe + 1 < len(tokens) and tokens[probe + 1].lower == "that")
                    or _clause_follows(tokens, probe + 1)
                )
            )
        ):
            continue
        content_from = probe + 1
        if verb.lemma == "tell":
            content_from = _skip_object_of_tell(tokens, content_from, len(tokens) - 1)
            if content_from < len(tokens) and tokens[content_from].lower == "to":
                continue  # "and told fans to arrive early": a request, no claim
        if (
            verb.group == "warn"
            and content_from + 1 < len(tokens)
            and tokens[content_from].lower in ("of", "against")
        ):
            content_from += 1  # "and warned of possible landslides", "but warned against"
        if verb.group not in ("deny", "accuse"):
            # "but said in a letter to the committee that ..."
            content_from = _skip_adjuncts(tokens, content_from, len(tokens) - 1)
        if content_from < len(tokens) and tokens[content_from].lower == "that":
            content_from += 1
        elif (
            verb.complement != "clause"
            and verb.group not in ("deny", "accuse")
            and verb is not _CHARACTERISED
            and verb is not _PLEDGED
            # "said A and hinted the levy would be scrapped": a clause without "that"
            and not (verb.complement == "that" and _clause_follows(tokens, content_from))
            # "said voting was peaceful but noted delays in opening polling stations": what
            # was noted or flagged, a noun phrase
            and not (
                verb.lemma in ("note", "flag")
                and tokens[probe - 1].lower == "but"
                and content_from < len(tokens)
                and tokens[content_from].text.islower()
                and tokens[content_from].lower not in ("to", "that", "on", "in", "at", "with")
            )
        ):
            continue
        if content_from >= len(tokens):
            return []
        # (a pledge keeps its verb: "vowed to resist job cuts")
        second_start = tokens[probe if verb is _PLEDGED else content_from].start
        made = _make(
            text,
            second_start,
            max(content_end, main.content[1]),
            source=main.source,
            cue=(tokens[probe].start, tokens[probe].end),
            cue_verb=verb,
            form="coordinated",
        )
        if made is None:
            return []
        # (what was denied may end before the second cue: 'dismissed the criticism as
        # "unfounded" and said')
        main.content = (
            main.content[0],
            min(main.content[1], _content_end(text, main.content[0], token.start)),
        )
        if main.content[1] - main.content[0] < 3 and text[
            main.content[0] : main.content[1]
        ].lower() not in ("it",):
            return []  # (but "The firm denied it and said Y": what was denied, "it")
        return [made]
    return []


_CLAIM_APPOSITIVE = re.compile(
    # (', "destroy small lenders," a claim that ...': the comma inside the quotation's mark)
    r"\s*(?:,[\"”]?|—|–|--|(?<=\s)-(?=\s))\s+(?P<np>(?-i:something)(?=\s+(?:that\s+)?[A-Za-z])|"
    r"(?:(?:a|an)\s+(?:(?:higher|lower|larger|smaller|similar|"
    r"bigger|far|much|new|key)\s+)?|(?=testimony\b))(?:testimony|finding|"
    r"claim|charge|accusation|allegation|assertion|"
    # "..., an account the rebels denied", "..., a figure the union called absurd"
    r"theory|rumou?r|view|account|version|figure|number|estimate|characteri[sz]ation|"
    r"description|suggestion|contention|forecast|prediction|projection|assessment|"
    # what was done, then what someone made of it: "..., a ruling he has called politically
    # motivated", "..., a move the union described as an attack"
    r"ruling|decision|verdict|move|step|law|policy|measure|deal))\b(?P<rest>[^.;!?]*)",
    re.IGNORECASE,
)
_APPOSITIVE_RELATIVE = re.compile(
    r"\s+(?:that|which)\s+(?:has|have|had|was|were|is|are)\b", re.IGNORECASE
)
# ... any other clause or comparison of the reporter's about it: "..., testimony that forms the
# backbone of the case", "..., a claim the rebels did not address", "..., a higher figure
# than the UN has given"
_APPOSITIVE_SUMMARY = re.compile(
    r"\s+(?:that|which|than)\b|\s+(?:the|his|her|their|its|[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,3}?"
    r"\s+(?:did|does|do|has|have|had|was|were|is|are|would|will|could|can)\b"
    # "..., a forecast few analysts share", "..., a view shared by few economists"
    r"|\s+(?:few|many|most|several|no|other)\s+[a-z][\w'’-]*\s+(?:share|shared|doubt|"
    r"dispute|question|accept|expect|believe)\b"
    r"|\s+(?:shared|disputed|questioned|challenged|doubted)\s+by\b"
)
# Words calling a claim false, as a pattern: the verdicts after "called", "branded",
# "described as" ("a charge the company called "baseless"", "was called "misleading" by X")
_CALLED_FALSE = (
    r"[\"“‘']?(?:(?:completely|totally|utterly|entirely|wholly|deeply|highly|seriously|pure|"
    # ('a charge her campaign called "flatly false"')
    r"flatly|simply|patently|demonstrably|categorically|absolutely|"
    r"sheer|complete|total|utter)\s+)?"
    r"(?:a\s+lie|"
    + "|".join(
        sorted(
            (_FALSE_WORDS | words("malicious defamatory fake")) - {"selective"},
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
# how firmly a denial is made: "an account the rebels flatly denied"
_FIRMLY = (
    r"(?:(?:flatly|strongly|firmly|categorically|vehemently|swiftly|quickly|immediately|"
    r"angrily|publicly|always|repeatedly|consistently|long|once|later|since)\s+)"
)
_APPOSITIVE_DENIAL = re.compile(
    r"\s+(?:that\s+|which\s+)?(?P<source>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+"
    r"(?:(?:has|have|had)\s+)?(?:also\s+)?" + _FIRMLY + r"?"
    r"(?P<cue>denied|denies|deny|rejected|rejects|reject|dismissed|disputed|disputes|dispute|"
    r"refuted|refutes|refute|contested|contests|contest)"
    # (and when: "a view the minister rejected on Monday"; and what they called it: "a number
    # that state economists later disputed as exaggerated")
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"yesterday|today|last\s+week|earlier))?(?:\s+as\s+[^.;!?]{1,60})?\s*$|"
    # "a charge the company called \"baseless and malicious\"": called false
    r"\s+(?:that\s+|which\s+)?(?P<source2>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+"
    r"(?:(?:has|have|had)\s+)?"
    + _FIRMLY
    + r"?(?P<cue2>called|calls|described\s+as|labell?ed|branded|termed|"
    r"dismissed\s+as)\s+" + _CALLED_FALSE + r"[^.;!?]*$|"
    # "— an assertion rejected by the education ministry": the passive, its agent after "by"
    r"\s+(?:(?:that|which)\s+(?:was|were|has\s+been|had\s+been)\s+)?(?:also\s+)?"
    r"(?P<cue3>denied|rejected|dismissed|disputed|refuted)\s+by\s+"
    r"(?P<source3>(?:[\w'’-]+\s+){0,5}?[\w'’-]+)"
    # "..., a figure rejected by labour leaders who said thousands are yet to be paid": the
    # agents' own claim after them
    r"(?:\s+who\s+(?P<cue4>said|say|says|argued|argue|insisted|insist|maintained|maintain)\s+"
    r"(?:that\s+)?(?P<said>[^.;!?]+?))?\s*$",
    re.IGNORECASE,
)
# "a figure the organisers described as the largest", "a number critics said was too low"
_APPOSITIVE_DESCRIBED = re.compile(
    r"\s+(?:that\s+|which\s+)?(?P<source>he|she|they|(?:the|its|their|his|her|some|many|most|"
    r"[A-Z][\w'’-]*|[a-z]+s(?=\s+(?:have|had|called|described)))"
    r"(?:\s+[\w'’-]+){0,3}?)\s+(?:(?:has|have|had)\s+)?"
    r"(?P<cue>described|called|termed|said|says)\s+(?:it\s+)?(?:as\s+|was\s+|is\s+)?\S",
)
_DESCRIBED_AS = re.compile(
    r"\b(?:that|which)\s+(?P<source>[^,;.\"“”]{2,60}?)\s+(?:(?:had|has|have)\s+)?"
    r"(?P<cue>(?:described|called|termed|"
    # ("as being "in crisis"": the quoted verdict after "being")
    r"characteri[sz]ed)\s+(?:it\s+)?as)\s+(?:being\s+)?"
    r"(?P<content>[\"“][^\"”]{1,80}[\"”]|[^,;.\"“”]+)",
    re.IGNORECASE,
)
# the passive's auxiliary: "was denied by", "has been branded ... by"
_PASSIVE_BE = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)"
_PASSIVE_CALLED_FALSE = re.compile(
    r"\s+" + _PASSIVE_BE + r"\s+(?P<cue>called|branded|labell?ed|"
    r"described\s+as|dismissed\s+as)\s+" + _CALLED_FALSE + r"[^,;]{0,40}?\s+by\s+"
    r"(?P<source>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’&.-]*){0,5}|"
    r"(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)",
)
_PASSIVE_DENIAL_HINTS = (
    "denied by", "rejected by", "disputed by", "refuted by", "challenged by", "contradicted by",
    "contested by",
)  # fmt: skip
# "The claim was denied by the ministry", ", though this was disputed by the central bank"
_PASSIVE_DENIAL = re.compile(
    r"(?P<joint>,?\s+(?:though|although|but)\s+)?(?P<object>\b[\w'’ -]{2,60}?)\s+"
    + _PASSIVE_BE
    + r"\s+(?:(?:flatly|strongly|firmly|swiftly|later|since|quickly)\s+)?"
    r"(?P<cue>denied|rejected|disputed|refuted|challenged|contradicted|contested)\s+by\s+"
    r"(?P<source>[^,.;:]{2,80}?)\s*(?=[,.;:]|$)"
)


# Nouns that name a claim (a challenge to one disputes it): "That assessment was challenged"
_NAMES_A_CLAIM = words(
    "assessment claim figure account finding estimate report conclusion view analysis "
    "assertion allegation statement version characterisation characterization number"
)


def _passive_denial(text: str, start: int, end: int, match: re.Match[str]) -> list[Attribution]:
    """'The claim was denied by the ministry': what is denied, the agent its denier; after
    ", though" the clause before is a claim of its own ("X approved the deal, though this
    was denied by a spokesman")."""
    head: list[Attribution] = []
    if match["cue"].lower() in ("challenged", "contradicted", "contested") and not any(
        word.rstrip("s") in _NAMES_A_CLAIM for word in match["object"].lower().split()[-2:]
    ):
        return []  # "The ruling was challenged by the company in court": an act, no denial
    if match["joint"]:
        head = _attribute_sentence(text, start, match.start())
    elif match.start("object") != start:
        return []  # (the object must open the sentence, or follow "though")
    made = _make(
        text,
        match.start("object"),
        match.end("object"),
        source=match.span("source"),
        cue=match.span("cue"),
        # ("That assessment was challenged / contradicted by engineers": disputed, in the
        # passive only)
        cue_verb=CUE_VERBS.get(match["cue"].lower(), CUE_VERBS["disputed"]),
        form="object",
    )
    return [*head, made] if made is not None else head


# A verb of saying before a passive accusation: the accusation is inside what was said
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|say|told|tells|added|insisted|argued|claimed|warned|believe|believes)\b"
)
_PASSIVE_VERDICT_HINTS = ("called", "described as", "branded", "labeled", "labelled", "termed")
_PASSIVE_VERDICT = re.compile(
    r"(?P<claim>[^\"“]{3,120}?\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+"
    r"(?:also\s+)?(?P<cue>called|described\s+as|branded|labell?ed|termed)\s+"
    r"[\"“][^\"“”]{1,80}[\"”])\s+by\s+(?P<source>[^,;.\"“”]{2,60}?)\s*(?=[,.;]|$)"
)
_PASSIVE_ACCUSATION = re.compile(
    r"\b(?:has|have|had|was|were|is|are|being)\s+(?:also\s+|repeatedly\s+|previously\s+|"
    # ("The group has itself been accused by the UN of ...")
    r"itself\s+|himself\s+|herself\s+|themselves\s+)?"
    r"(?:been\s+)?(?P<cue>accused|blamed)\s+"
    # "was accused by prosecutors of taking bribes": the accuser named in the middle
    r"(?:by\s+(?P<source>[^,;.]{2,60}?)\s+)?(?:of|for)\s+",
    re.IGNORECASE,
)


# ", and each denies the accusations", ", and both have denied wrongdoing": the accused's
# denial after a passive accusation
_AND_THE_ACCUSED_DENY = re.compile(
    r",\s+and\s+(?P<source>each|both|all|they|he|she|it|the\s+[\w-]+|[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:has\s+|have\s+|had\s+)?(?:(?:strongly|repeatedly|"
    r"consistently|always|flatly)\s+)?(?P<cue>denies|deny|denied|rejects|reject|rejected|"
    r"disputes|dispute|disputed)\s+(?P<noun>[^,;]{2,80}?)\s*[.!]?\s*$"
)
# "accused of price fixing by regulators": a short agent ending the accusation
_AGENT_AT_THE_END = re.compile(r"\s+by\s+(?P<source>[^,;]{2,50}?)\s*[.!]?\s*$")


def _made_from(
    text: str, match: re.Match[str], content: str, cue_verb: CueVerb, form: str
) -> Attribution | None:
    """The claim a pattern found: its ``content`` group, said by its "source" group with its
    "cue" group."""
    return _make(
        text,
        match.start(content),
        match.end(content),
        source=match.span("source"),
        cue=match.span("cue"),
        cue_verb=cue_verb,
        form=form,
    )


# "Engineers will drain the reservoir, a job that could take a month, said water manager
# Helen Cho": a clause, the reporter's gloss on it, then the inverted tag - the speaker after
# "said" (not the clause read as the subject of "said" across the gloss)
_GLOSS_THEN_SAID_NAME = re.compile(
    r"(?P<claim>[^,;]{3,}?\b(?:will|would|could|can|is|are|was|were|has|have|had)\b[^,;]*,"
    r"\s+(?:a|an)\s+[^,;]{3,80}),\s+(?P<cue>said|says)\s+(?P<source>(?:[a-z]+\s+){0,3}"
    r"(?:[A-Z][\w'’-]*\.?\s+){0,3}[A-Z][\w'’-]*)[.!]?\s*$"
)


_QUESTION_WORD = re.compile(r"\b(?:why|whether|how|if)\s+")
# "Asked why the agency had told the committee that Y, Brisco said Z": the question's clause
# (with a cue of its own inside it), then the answer's speaker after its comma
_ASKED_THEN_THE_ANSWER = re.compile(
    r"(?:Asked|Pressed|Questioned|Challenged|Quizzed)\b[^;\"“”]{5,220}?(?:\btold|\bsaid|"
    r"\bclaimed|\bpromised|\bassured)\b[^;\"“”]{3,200}?,\s+"
    r"(?=(?:[A-Z][\w.'’-]*|the|he|she|they)(?:\s+[\w.'’()-]+){0,6}?\s+(?:said|told|replied|"
    r"insisted|argued|answered|responded|conceded|acknowledged|admitted|denied|explained)\b)"
)
# "Monteverde opened by accusing Pruitt of presiding over a crime wave", "The minister began by
# saying that Y": how the speaker opened, then what they said
_OPENED_BY_SAYING = re.compile(
    r"(?P<source>(?:[A-Z][\w.'’-]*|the|a|an|his|her|their)(?:\s+[\w.'’-]+){0,5}?)\s+"
    r"(?:opened|began|started|ended|closed|finished|responded|countered|replied|hit\s+back)\s+by\s+"
    r"(?P<cue>accusing|saying|claiming|insisting|arguing|warning|blaming|denying|noting|"
    r"stressing)\s+(?:that\s+)?(?=\S)"
)
# "The civil protection agency has just updated its figures: 83 people are now confirmed dead":
# what the figures say, after the colon, is the body's
_UPDATED_ITS_FIGURES = re.compile(
    r"(?P<source>(?:[A-Z][\w.'’-]*|the|a|an)(?:\s+[\w.'’-]+){0,6}?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:just\s+|now\s+|also\s+)?(?P<cue>updated|released|published|issued|revised|announced|"
    r"put\s+out)\s+(?:its|their|the|new|fresh|latest|updated|revised|a\s+new)\s+(?:[a-z]+\s+)?"
    r"(?:figures|numbers|count|toll|data|tally|estimates?|statistics|results):\s+(?=\S)"
)


# "Oberman told colleagues that he could not support her, one of the aides said": who relays
# the whole report - an unnamed or counted source set after it
_OUTER_TAG = re.compile(
    r",\s+(?P<source>(?:one|two|three|four|several|some|a|an)\s+(?:of\s+(?:the|his|her|their)\s+)?"
    r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+|(?:people|sources|officials|aides|witnesses)"
    r"(?:\s+[\w'’-]+){0,6}?)\s+(?P<cue>said|say|says)[.!]?\s*$"
)
# who was there when words were said in private: "a person familiar with the meeting", "one of
# the aides", "two people who attended", "a participant"
_PRIVATE_WITNESS = re.compile(
    r"\b(?:familiar|attended|present|briefed|knowledge|aides?|participants?|members|"
    r"in\s+the\s+room|who\s+(?:was|were)\s+there)\b"
)
# the inner report's verb before the outer tag: "X told Y that ...", "X said (that) ..."
_INNER_REPORT = re.compile(r"\b(?:told|said)\b")


def _relayed_by_an_outer_tag(text: str, start: int, end: int) -> Attribution | None:
    """'The treasurer told the board that the fund was short, a person familiar with the
    meeting said': the person relays the whole report - the claim is the report, as
    'according to a person at the meeting' makes it (the treasurer had been its speaker, and
    the relaying source lost)."""
    tag = _OUTER_TAG.search(text, start, end)
    if tag is None or not _INNER_REPORT.search(text, start, tag.start()):
        return None
    if _PRIVATE_WITNESS.search(tag["source"]) is None:
        # ("Herders told officials the wells had been poisoned, a district official said":
        # testimony an official passes on stays the herders' - only an account of words said
        # in private rests on the one who relays it)
        return None
    if tag.start() - start < 20:
        return None
    if '"' in text[tag.end("source") : end] or "“" in text[start:end]:
        return None  # (a quotation's own tags are read with the quotation)
    return _made_at(text, tag, start, tag.start(), CUE_VERBS[tag["cue"].lower()], "tail")


def attribute_sentence(
    text: str, start: int, end: int, lowered: str | None = None, hints: int | None = None
) -> list[Attribution]:
    """The claims of one sentence (text[start:end]) with their claimants and cues.

    ``lowered`` and ``hints`` are the sentence lowered and its SENTENCE_HINTS.find bits, when
    the caller has them already."""
    sentence = text[start:end].lower() if lowered is None else lowered
    if hints is None:
        hints = SENTENCE_HINTS.find(sentence)
    if sentence.startswith(("asked ", "pressed ", "questioned ", "challenged ", "quizzed ")):
        asked = _ASKED_THEN_THE_ANSWER.match(text, start, end)
        if asked is not None:
            # "Pressed by Sen. X on why the department had told the panel that Y, Secretary Felt
            # said Z": the question put to him frames the answer, no claim of its own
            answer = _attribute_sentence(text, asked.end(), end)
            if answer and answer[0].source is not None:
                # (what the question cites someone as having said is theirs: "on why the
                # agency had told the committee that staffing would recover" - the agency's)
                why = _QUESTION_WORD.search(text, start, asked.end())
                cited = (
                    _attribute_sentence(text, why.end(), text.rindex(",", start, asked.end()))
                    if why is not None
                    else []
                )
                return [
                    *(claim for claim in cited if claim.source is not None and claim.cue),
                    *answer,
                ]
    if " by " in sentence and "ing " in sentence:
        opened = _OPENED_BY_SAYING.match(text, start, end)
        if opened is not None:
            word = opened["cue"].lower()
            lemma = _AFTER_A_COMMA_CUES.get(word) or word.removesuffix("ing")  # ("denying")
            made = _made_after(text, opened, end, _participle_verb(lemma), "said_that")
            if made is not None:
                return [made]
    if ": " in sentence:
        updated = _UPDATED_ITS_FIGURES.match(text, start, end)
        if updated is not None:
            made = _made_after(text, updated, end, CUE_VERBS["reported"], "said_that")
            if made is not None:
                return [made]
    if sentence.endswith((" said.", " said", " say.", " says.")) and (
        " told " in sentence or " said " in sentence
    ):
        relayed = _relayed_by_an_outer_tag(text, start, end)
        if relayed is not None:
            return [relayed]
    if ", said " in sentence or ", says " in sentence:
        glossed = _GLOSS_THEN_SAID_NAME.match(text, start, end)
        if glossed is not None:
            made = _made_from(text, glossed, "claim", CUE_VERBS[glossed["cue"].lower()], "tail")
            if made is not None:
                return [made]
    # "Y, a charge the police rejected" / "Y — a claim that has been rejected in studies":
    # the appended noun phrase is a claim of its own (a denial, or the reporter's).
    if hints & _APPOSITIVE_BIT:
        appositive = _CLAIM_APPOSITIVE.search(text, start, end)
        if (
            appositive is not None
            and ", " in sentence
            and _FIGURE_NOUN_AFTER_A_COMMA.search(sentence)
            and _FIGURE_SAID_TO_BE.search(text, appositive.start(), end) is not None
        ):
            # ("..., a move the Resolution Foundation estimates would raise £8.3bn": what the
            # source says of the noun phrase, read by _FIGURE_SAID_TO_BE)
            appositive = None
        if appositive is not None and appositive.start() - start > 20:
            rest = appositive["rest"]
            denial = _APPOSITIVE_DENIAL.match(rest)
            extra: Attribution | None = None
            if denial is not None:
                offset = appositive.start("rest")
                who, verb = (
                    ("source", "cue")
                    if denial["cue"]
                    else ("source2", "cue2")
                    if denial["cue2"]
                    else ("source3", "cue3")
                )
                extra = _make(
                    text,
                    appositive.start("np"),
                    appositive.end("np"),
                    source=(offset + denial.start(who), offset + denial.end(who)),
                    cue=(offset + denial.start(verb), offset + denial.end(verb)),
                    cue_verb=CUE_VERBS["denied"],
                    form="object",
                )
                said = (
                    _make(
                        text,
                        offset + denial.start("said"),
                        offset + denial.end("said"),
                        source=(offset + denial.start(who), offset + denial.end(who)),
                        cue=(offset + denial.start("cue4"), offset + denial.end("cue4")),
                        cue_verb=CUE_VERBS.get(denial["cue4"].lower()) or CUE_VERBS["said"],
                        form="said_that",
                    )
                    if denial["said"]
                    else None
                )
                if extra is not None and said is not None:
                    return [*_attribute_sentence(text, start, appositive.start()), extra, said]
            elif (described := _APPOSITIVE_DESCRIBED.match(rest)) is not None:
                # "..., a figure the organisers described as the largest this season": what
                # the speaker makes of it (not called false: a statement of theirs)
                offset = appositive.start("rest")
                extra = _make(
                    text,
                    appositive.start("np"),
                    end,
                    source=(offset + described.start("source"), offset + described.end("source")),
                    cue=(offset + described.start("cue"), offset + described.end("cue")),
                    cue_verb=CUE_VERBS["described"],
                    form="object",
                )
            elif _APPOSITIVE_RELATIVE.match(rest) or _APPOSITIVE_SUMMARY.match(rest):
                extra = _make(text, appositive.start("np"), end)
            if extra is not None:
                head = _attribute_sentence(text, start, appositive.start())
                return [*head, extra]
    if "; " in sentence:
        # "X estimates that A; Y puts the figure at B": two clauses, each with its source.
        found = _semicolon_clauses(text, start, end)
        if found:
            return found
    if ": " in sentence:
        # "The decision was widely expected: all 58 economists polled by Reuters had forecast
        # no change": the reporter's clause, then a clause with its own source
        found = _semicolon_clauses(text, start, end, _COLON_THEN_A_CLAUSE)
        if (
            found
            and found[0].source is None
            and found[0].cue is None
            # (the speaker opening the second clause: not "X: Y, Sorensen says", where the
            # tag at the end is the whole sentence's)
            and all(
                claim.source is None or claim.source[0] < claim.content[0] for claim in found[1:]
            )
        ):
            return found
    if (
        ", while " in sentence
        or ", whereas " in sentence
        or ", and " in sentence
        or ", but " in sentence
        or ", though " in sentence
        or ", although " in sentence
        or ", even as " in sentence
        or ", as " in sentence
    ):
        found = _contrasted_sources(text, start, end)
        if found:
            return found
    if " and " in sentence and hints & _CUE_FORMS_BIT:
        found = _second_speaker(text, start, end)
        if found:
            return found
    found = _attribute_sentence(text, start, end, sentence, hints)
    if found and " who " in sentence:
        found = [*found, *_said_in_the_speakers_apposition(text, found, start, end)]
    if found and (", which " in sentence or " that " in sentence or ", where " in sentence):
        return [
            _which_denied(text, claim, end) for claim in _with_the_main_clause(text, start, found)
        ]
    return found


# "Linda Moretti, 44, a nurse who said she had voted for Obama twice, said ...": what the
# speaker said in the relative clause of their own apposition, before the cue
_WHO_SAID_IN_APPOSITION = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:a|an)\s+[^,;]{1,60}?\s+who\s+(?:has\s+|had\s+)?"
    r"(?P<cue>said|says|told\s+(?:me|us|reporters|the\s+\w+)|argued|argues|insisted|insists)\s+"
    r"(?:that\s+)?(?P<rest>(?:[^,;]|,(?=\d)){5,200}),\s+(?:also\s+)?(?:said|says|told|added|argued|"
    r"insisted|warned)\b"
)


def _said_in_the_speakers_apposition(
    text: str, found: list[Attribution], start: int, end: int
) -> list[Attribution]:
    """The claim in the relative clause of the main speaker's apposition, by the speaker."""
    source = found[0].source
    if source is None:
        return []
    match = _WHO_SAID_IN_APPOSITION.search(text, source[1], end)
    if match is None or match.start() != source[1]:
        return []
    cue = match.span("cue")
    made = _make(
        text,
        match.start("rest"),
        match.end("rest"),
        source=source,
        cue=(cue[0], cue[0] + len(match["cue"].split()[0])),
        cue_verb=CUE_VERBS[match["cue"].split()[0].lower()],
        form="said_that",
    )
    return [made] if made is not None else []


def _which_denied(text: str, claim: Attribution, end: int) -> Attribution:
    """'The charity accused him of fraud, which he denies.': the relative clause left without a
    speaker is the denier's denial of "which" (what was just said)."""
    if claim.source is not None or not text.startswith("which ", claim.content[0]):
        return claim
    denied = _DENIED_WHICH.match(text, max(0, claim.content[0] - 2), end)
    if denied is None or denied.start("noun") != claim.content[0]:
        return claim
    verb = CUE_VERBS.get(denied["cue"].lower())
    made = _make(
        text,
        denied.start("noun"),
        denied.end("noun"),
        source=denied.span("source"),
        cue=denied.span("cue"),
        cue_verb=verb,
        form="object",
    )
    return made if made is not None and verb is not None else claim


def _with_the_main_clause(text: str, start: int, found: list[Attribution]) -> list[Attribution]:
    """'Output fell 2.1% in May, led by chemicals, which the agency blamed on gas prices', 'Crews
    found a leak that the fire department said was caused by a drill': a cue inside the
    relative clause leaves the clause before it a claim of its own (the reporter's), not
    lost."""
    # (within the sentence: a ", which " of a later sentence is no clause of this one)
    which = text.find(", which ", start, max((claim.content[1] for claim in found), default=start))
    if which < 0:
        # "Crews found a gas leak that the fire department said had been caused by a drill":
        # the restrictive clause's speaker right after "that"; "The video was filmed in
        # Ostrava, where local firefighters said Y": a place's clause, its speaker after "where"
        which = next(
            (
                claim.source[0] - len(joint)
                for claim in found
                for joint in (" that ", ", where ")
                if claim.source is not None
                and claim.source[0] - len(joint) > start
                and text[claim.source[0] - len(joint) : claim.source[0]] == joint
            ),
            -1,
        )
    if which < 0 or any(claim.content[0] < which for claim in found):
        return found
    if any(claim.source is not None and claim.source[0] < which for claim in found):
        return found  # (the speaker named before: "X, which ..., said")
    tokens = tokenize(text, start, which)
    if len(tokens) < 4 or not any(
        token.text.islower() and (token.lower in _FINITE_VERBS or can_be_finite_verb(token.lower))
        for token in tokens[1:]
    ):
        return found
    for claim in found:
        if (
            claim.source is not None
            and claim.source[0] == which + len(", which ")
            and _WHEN_NOT_WHO.fullmatch(text, *claim.source)
        ):
            # "Unilever, which only two years ago described the business as ...": the time
            # is no speaker; the name the relative clause is of is
            antecedent = _ANTECEDENT_NAME.search(text, start, which)
            if antecedent is not None:
                claim.source = antecedent.span()
    main = _make(text, start, which)
    return [main, *found] if main is not None else found


_WHEN_NOT_WHO = re.compile(
    r"(?:only\s+|just\s+)?(?:\w+\s+)?(?:years?|months?|weeks?|days?)\s+ago|"
    r"(?:last|this)\s+(?:year|month|week)|in\s+(?:19|20)\d\d|earlier(?:\s+this\s+\w+)?|"
    r"once|previously|repeatedly|recently"
)
_ANTECEDENT_NAME = re.compile(r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+)?[A-Z][\w&'’.-]*)*$")


_CONTRAST = re.compile(
    r",\s+(?:while|whereas|and|but|though|although|even\s+as|as)\s+", re.IGNORECASE
)


def _has_cue(text: str, start: int, end: int) -> bool:
    lowered = text[start:end].lower()
    return any(form in lowered for form in _CUE_FORMS)


def _contrasted_sources(text: str, start: int, end: int) -> list[Attribution]:
    """'Hawar recorded 52 deaths in 2025, while a second group put that year's toll at 61',
    'Officials urged residents to leave, and the army said 40 people had died': two sources in
    one sentence - two attributed claims, when both halves have one."""
    match = _CONTRAST.search(text, start, end)
    if match is None:
        return []
    if (
        match[0].rstrip().lower().endswith(("and", "but", "though"))
        and not _has_cue(text, match.end(), end)
        # "..., although Maoyan put the figure at $27 million": a figure's own source
        and _PUT_AT.search(text, match.end(), end) is None
    ):
        return []  # "X said A, and B": one source; spare the two attributions
    if match[0].rstrip().lower().endswith(" as") and _MINDS_AFTER_AS.match(text, match.end(), end):
        # "said illnesses were under-reported, as many workers fear losing their jobs": why
        # it is so, a reason inside what was said (as "because" is), no second speaker
        return []
    return _two_speakers(text, start, end, match)


# a state of mind after a causal "as": "as many workers fear", "as investors expect"
_MINDS_AFTER_AS = re.compile(
    r"(?:[\w'’-]+\s+){1,5}?(?:fear|fears|feared|believe|believes|believed|think|thinks|thought|"
    r"expect|expects|expected|worry|worries|worried|suspect|suspects|hope|hopes|feel|feels|"
    r"assume|assumes|know|knows|knew)\b"
)


_SEMICOLON = re.compile(r";\s+")
# a colon after a clause, before a clause (not a quotation): "The move surprised markets:
# analysts said ..."
_COLON_THEN_A_CLAUSE = re.compile(r"(?<=[a-z]):\s+(?=[A-Za-z])")


def _semicolon_clauses(
    text: str, start: int, end: int, joint: re.Pattern[str] | None = None
) -> list[Attribution]:
    """The clauses on either side of a semicolon (or ``joint``), attributed one by one, when
    the second has a source of its own (a second clause without one may still be the first's
    speaker's)."""
    match = (joint or _SEMICOLON).search(text, start, end)
    if match is None or match.start() - start < 15:
        return []
    tail = attribute_sentence(text, match.end(), end)
    if not tail or all(attribution.source is None for attribution in tail):
        return []
    return [*_attribute_sentence(text, start, match.start()), *tail]


def _second_speaker(text: str, start: int, end: int) -> list[Attribution]:
    """'The mayor said the road was closed and residents said they were trapped': a second
    speaker right after "and", when both halves are attributed."""
    for match in _SPEAKER_AFTER_AND.finditer(text, start, end):
        found = _two_speakers(text, start, end, match, speaker_first=True)
        if found:
            return found
    return []


def _two_speakers(
    text: str, start: int, end: int, split: re.Match[str], speaker_first: bool = False
) -> list[Attribution]:
    """The sentence's halves before and after ``split``, each attributed, when both have a
    source (and, with ``speaker_first``, the second half opens with its speaker)."""
    if text[split.end() : split.end() + 5].lower() == "that ":
        return []  # "said A, and that B": the first speaker's second claim
    tail = _attribute_sentence(text, split.end(), end)
    if not tail or tail[0].source is None:
        return []
    if speaker_first and tail[0].source[0] != split.end():
        return []
    head = _attribute_sentence(text, start, split.start())
    if not head or head[0].source is None:
        return []
    return [*head, *tail]


# "and" followed within four words by a speech verb: the only places worth a second look.
_SPEAKER_AFTER_AND = re.compile(
    # (not an age range: "adults 18 and older said")
    r"(?<!\d)\s+and\s+(?!(?:older|over|above|up|younger|under)\b)"
    # ("... and 24% said": a share, its sign)
    r"(?=(?:[\w.'’%-]+\s+){1,4}(?:said|says|told|added|reported|denied|insisted|"
    r"claimed|warned|confirmed|estimated|accused|argued|rejected)\b)"
)


_OFFENCES = words(
    "murder manslaughter fraud theft assault rape robbery burglary bribery corruption "
    "conspiracy perjury homicide treason terrorism extortion embezzlement arson kidnapping "
    "negligence contempt insider counts count"
)


def _charged_whom_with(tokens: list[Token], index: int) -> bool:
    """'The SEC charged a former trader at the firm with using inside information', 'A grand
    jury charged the broker with fraud': whom, then "with" an offence or an act - an
    accusation (not "was charged with", which ``index`` never follows: no object)."""
    if index + 1 >= len(tokens) or tokens[index + 1].lower == "with":
        return False
    if index and tokens[index - 1].lower in PASSIVE_AUXILIARIES:
        return False
    for position in range(index + 2, min(len(tokens) - 1, index + 14)):
        if tokens[position].text in (",", ";"):
            return False
        if tokens[position].lower == "with":
            offence = tokens[position + 1].lower
            return offence.endswith("ing") or offence in _OFFENCES or offence.isdigit()
    return False


_APPOSITIVE_NOUNS = ("claim", "charge", "accusation", "allegation", "assertion", "theory", "rumo")
_APPOSITIVE_NOUNS += ("view", "account", "version", "figure", "number", "estimate")
_APPOSITIVE_NOUNS += ("characteri", "description", "suggestion", "contention")
_APPOSITIVE_NOUNS += ("ruling", "decision", "verdict", "move", "step", "law", "policy", "measure")
_APPOSITIVE_NOUNS += ("deal", "testimony", "finding", "forecast", "prediction", "projection")
_APPOSITIVE_NOUNS += ("assessment", "something")
# Every cue verb form contains one of these (the forms that contain no shorter form).
_CUE_FORMS = tuple(
    sorted(
        form for form in CUE_VERBS if not any(other in form for other in CUE_VERBS if other != form)
    )
)
# The progressive forms of the verbs of saying ("are arguing that", "have been saying"): the
# participles' cues, read as their verb's after "is", "are", "was", "were", "been"
_PROGRESSIVE_CUES = {
    form: next(verb for verb in CUE_VERBS.values() if verb.lemma == lemma)
    for form, lemma in PARTICIPLE_CUES.items()
    if form not in ("finding", "ruling", "writing", "citing", "describing")
    and any(verb.lemma == lemma for verb in CUE_VERBS.values())
}
_PROGRESSIVE_AUXILIARIES = _COPULAS | {"am"}
_BEFORE_A_PROGRESSIVE = words("also still now increasingly openly privately publicly loudly")


_PROGRESSIVE_FORECASTS = dict.fromkeys(_FORECAST_PARTICIPLES, CUE_VERBS["expected"])


def _forecast_in_progress(tokens: list[Token], index: int) -> bool:
    """ "had been projecting", "were expecting": a forecast's participle after a progressive
    auxiliary, with a figure in what follows (what was forecast)."""
    position = index - 1
    while position > 0 and tokens[position].lower in _BEFORE_A_PROGRESSIVE:
        position -= 1
    return (
        position > 0
        and tokens[position].lower in _PROGRESSIVE_AUXILIARIES
        and _figure_within(tokens, index + 1, 8)
    )


def _after_a_progressive_auxiliary(tokens: list[Token], index: int) -> bool:
    """The participle at ``index`` follows "is" / "are" / "been" (an adverb between): a
    finite verb of saying, "are arguing that"."""
    position = index - 1
    while position > 0 and tokens[position].lower in _BEFORE_A_PROGRESSIVE:
        position -= 1
    if position <= 0 or tokens[position].lower not in _PROGRESSIVE_AUXILIARIES:
        return False
    telling = tokens[index].lower == "telling"
    if not telling and index + 1 < len(tokens) and _clause_follows(tokens, index + 1):
        return True
    # (telling someone, then "that": "has been telling colleagues for weeks that" - not "is
    # telling the story", "was telling them about it")
    # "that", or a short setting and "that": "have been saying for weeks that"
    for probe in range(index + 1, min(len(tokens), index + 6)):
        if tokens[probe].lower == "that":
            return True
        if not tokens[probe].is_word or tokens[probe].lower in _FINITE_VERBS:
            return False
    return False


# Looked for in each sentence at once, with the flags' hints (tokens.HintIndex).
_APPOSITIVE_BIT = SENTENCE_HINTS.add(_APPOSITIVE_NOUNS)
# Whole words: a token that is a cue verb form is a whole word of the lowered sentence.
_CUE_FORMS_BIT = SENTENCE_HINTS.add_words(
    frozenset(CUE_VERBS)
    | frozenset(PARTICIPLE_CUES)
    | {"arguing", "noting"}
    | frozenset(_PROGRESSIVE_FORECASTS)
)
_ACCORDING_BIT = SENTENCE_HINTS.add(("according",))
_PER_BIT = SENTENCE_HINTS.add_words(frozenset({"per"}))
_ACCUSED_BIT = SENTENCE_HINTS.add(("accused", "blamed"))


def _is_generic_you(text: str, source: tuple[int, int]) -> bool:
    return text[source[0] : source[1]].lower() == "you"


def _attribute_sentence(
    text: str,
    start: int,
    end: int,
    sentence: str | None = None,
    hints: int | None = None,
    skip_according: bool = False,
) -> list[Attribution]:
    if sentence is None:
        sentence = text[start:end].lower()
    if hints is None:
        hints = SENTENCE_HINTS.find(sentence)
    if " accusing " in sentence or " alleging " in sentence:
        document = _A_DOCUMENT_ACCUSING.search(text, start, end)
        if (
            document is not None
            and document.start() - start > 5
            # (not "The firm filed a complaint alleging that": the filer speaks, _ISSUED_SAYING)
            and not _ISSUED_BEFORE.search(text, max(start, document.start() - 20), document.start())
        ):
            # "Mr. Hale faces a lawsuit filed by shareholders accusing him of misleading
            # investors": the suit accuses; the sentence up to it is the reporter's
            verb = CUE_VERBS["accused" if document["cue"].lower() == "accusing" else "alleged"]
            made = _make(
                text,
                document.end(),
                end,
                source=document.span("source"),
                cue=document.span("cue"),
                cue_verb=verb,
                form="object",
            )
            before = _make(text, start, document.start("cue"))
            if made is not None and before is not None:
                return [before, made]
    if ", a sign, " in sentence or ", an indication, " in sentence or ", a signal, " in sentence:
        sign = _A_SIGN_THEY_SAID.match(text, start, end)
        if sign is not None:
            # "Sales rose 4%, a sign, analysts said, that demand was recovering": the fact
            # the reporter's, what it is a sign of the tag's speaker's
            fact = _make(text, start, sign.end("fact"))
            read = _said_in_the_match(text, sign, sign.start("gloss"), end)
            if fact is not None and read is not None:
                return [fact, read]
    if ", " in sentence and sentence[:1].isalpha():
        opened = _ADVERB_THEN_TAG.match(text, start, end)
        if opened is not None and opened["adverb"].lower() in _OPENING_ADVERBS:
            # "Currently, she said, only 12 clinics offer the test": the adverb is the
            # clause's, the tag between commas its speaker's
            made = _said_in_the_match(text, opened, opened.start("rest"), end)
            if made is not None:
                return [made]
    if " who den" in sentence or " who disput" in sentence or " who reject" in sentence:
        plea = _WHO_DENIES.search(text, start, end)
        if plea is not None and plea.start() - start > 15:
            # "... the trial of Mark Dixon, 38, who denies manslaughter": the accused's plea,
            # a denial of their own; the sentence around it is read without it
            denied = _pleaded(text, start, end, plea)
            if denied:
                return denied
    if hints & _CUE_FORMS_BIT and contains_any(sentence, _TAGGED_RELATIVE_HINTS):
        opened = _RELATIVE_OPENED_BY_A_TAG.search(text, start, end)
        if opened is not None and opened["cue2"] is not None and opened.start() - start > 15:
            return _relative_opened_by_a_tag(text, start, end, opened)
    # Tokens serve "according to", "put ... at" and the cue verbs. A token that is a cue verb
    # appears as a substring of the lowered sentence (lowering works character by character),
    # so a sentence with none of those substrings - about a quarter of them - needs no tokens:
    # tokenising is the costliest step here.
    # "raised the death toll to 45": a count revised by its source (see _put_at)
    raised_to = (
        " to " in sentence
        and contains_any(sentence, _RAISED_TO_VERBS)
        and contains_any(sentence, _RAISED_TO_HINTS)
    )
    if hints & _PER_BIT and _PER_SOURCE.search(text, start, end):
        hints |= _ACCORDING_BIT  # "per the latest census": "according to" in other words
    if ", based on " in sentence and _BASED_ON.search(text, start, end):
        hints |= _ACCORDING_BIT  # "..., based on records of the procurement system"
    # "A YouGov poll puts Labour on 25 per cent": a poll's share for a party
    puts_on = " put" in sentence and " on " in sentence
    # "put the number closer to 900": _PUT_AT without its "at"
    put_near = " put" in sentence and (
        _NEAR_A_FIGURE.search(sentence) is not None
        or ((" higher" in sentence or " lower" in sentence) and _PUT_HIGHER.search(sentence))
    )
    # "gave a higher death toll of 134": a count its source gives
    gave_of = " gave " in sentence or " gives " in sentence
    if (
        hints & (_ACCORDING_BIT | _CUE_FORMS_BIT)
        or " at " in sentence
        or raised_to
        or puts_on
        or put_near
        or gave_of
    ):
        tokens = tokenize(text, start, end)
        if not tokens:
            return []
    elif not text[start:end].strip():
        return []  # what an empty token list means: nothing but whitespace
    else:
        tokens = []  # no branch below that reads tokens can apply
    if tokens and ", " in sentence and hints & _CUE_FORMS_BIT:
        late = _late_tag(text, tokens, start, end)
        if late is not None:
            return [late]
    if (", which " in sentence or " who " in sentence) and contains_any(sentence, _SAID_HINTS):
        found = _which_said_claims(text, tokens or tokenize(text, start, end), start, end)
        if found:
            return found
    if ", who " in sentence and " and " in sentence:
        found = _who_acted_and_said(text, tokens or tokenize(text, start, end), start, end)
        if found:
            return found
    if ", a" in sentence and contains_any(sentence, _JUDGED_HINTS):
        judged = _JUDGED_GLOSS.search(text, start, end)
        if (
            judged is not None
            and judged.start() - start >= 15
            # (not ", a timeline that engineers have called unrealistic": with its "that",
            # the gloss stays the reporter's, as the twenty-first session has it)
            and not re.search(r"\s(?:that|which)\s", text[judged.start() : judged.start("source")])
        ):
            # "The trust sold the land, a move one trustee described as "a betrayal"": the
            # sentence before the gloss read on its own, then the judge's claim
            gloss = _judged_gloss_claim(text, judged, end)
            before = _attribute_sentence(text, start, judged.start()) if gloss else []
            if before and gloss is not None:
                return [*before, gloss]
    if " that " in sentence and (contains_any(sentence, _OWN_CLAIM_HINTS) or ": that " in sentence):
        owned = _own_claim_repeated(text, tokens or tokenize(text, start, end), start, end)
        if owned is not None:
            return [owned]
    if ", " in sentence and (
        sentence.rstrip().rstrip(".!").rstrip().endswith(_FORECAST_HINTS)
        or contains_any(sentence, _FORECAST_BY_HINTS)
    ):
        # (the pattern's cue closes the sentence, or "expected by" its forecasters: most
        # sentences with "expected" are ruled out without it)
        found = _compared_with_a_forecast(text, start, end)
        if found:
            return found
    if ", " in sentence and _FIGURE_NOUN_AFTER_A_COMMA.search(sentence):
        # "Dementia affects 57 million people, a figure the WHO expects to almost triple by
        # 2050": the claim as it stands, and what the source says of the figure
        found = _noun_phrase_after(
            text, start, _FIGURE_PROJECTED.search(text, start, end), "rest", end, "said_that"
        )
        if found:
            return found
    if (
        ", " in sentence
        and _FIGURE_NOUN_AFTER_A_COMMA.search(sentence)
        and contains_any(sentence, _SAID_OF_A_FIGURE_HINTS)
    ):
        found = _noun_phrase_after(
            text, start, _FIGURE_SAID_TO_BE.search(text, start, end), "rest", end, "said_that"
        )
        if found:
            return found
    if " what " in sentence:
        in_what = (  # (not "caused what X describes as Y": the object, no sentence before it)
            _IN_WHAT_X_SAID.search(text, start, end)
            if " in what " in sentence
            else _WHAT_X_SAYS_IS.search(text, start, end)
        )
        if in_what is not None and " in what " not in sentence:
            head = tokenize(text, start, in_what.start())
            if any(
                token.lower in CUE_VERBS
                and CUE_VERBS[token.lower].lemma not in TAG_ONLY_CUES
                and _cue_at(head, position) is not None
                for position, token in enumerate(head)
            ):
                in_what = None  # ("The sheet shows that ... after what a note calls Y")
        found = _noun_phrase_after(text, start, in_what, "rest", end, "said_that")
        if found:
            if in_what is not None and (in_what["cue"] or "").lower() not in ("said", "says"):
                found[-1].cue_verb = _CHARACTERISED  # "in what residents called a massacre"
            return found
    if ", " in sentence and contains_any(sentence, _DENIAL_HINTS):
        # "Y, a charity said, a figure the ministry rejected as "inflated."": the claim and its
        # tag are read without the denial after them, the denial on its own
        denied = _DENIED_AFTER.search(text, start, end)
        found = _noun_phrase_after(
            text, start, denied, "noun", denied.end("noun") if denied else end, "object"
        )
        if found:
            return found
    if sentence.startswith("in the words of "):
        words_of = _IN_THE_WORDS_OF.match(text, start, end)
        if words_of is not None:
            # "In the words of one Treasury official, the plan is dead": the official's
            found = _said_after(text, words_of, end, _ACCORDING_CUE, "according_to")
            if found:
                return found
    if hints & _ACCORDING_BIT and not skip_according:
        turn = _BUT_ACCORDING.search(text, start, end) if " but" in sentence else None
        if turn is not None and turn.start() - start > 15:
            # "She praised the plan, but, according to two aides, she privately called it a
            # disaster": two claims, the first as it stands, the second the aides'
            first = _attribute_sentence(text, start, turn.start()) or [
                made for made in [_make(text, start, turn.start())] if made
            ]
            return [*first, *_attribute_sentence(text, turn.end("but"), end)]
        opened = (
            _RELATIVE_OPENED_BY_A_TAG.search(text, start, end)
            if ", according to " in sentence
            else None
        )
        if opened is not None and opened.start() - start > 15:
            return _relative_opened_by_a_tag(text, start, end, opened, _ACCORDING_CUE)
        inner = _RELATIVE_ACCORDING.search(text, start, end)
        if inner is not None:
            # "said municipal debt, which stands at R95 billion according to the utility,
            # remained a risk": the relative clause is the utility's; the sentence is read
            # without it
            said = _made_from(text, inner, "clause", _ACCORDING_CUE, "according")
            main = _attribute_sentence(text, start, end, skip_according=True)
            if said is not None:
                return [*main, said]
        basis = _ACCORDING_TO_OWN.search(text, start, end)
        if basis is not None and basis.start() - start > 15:
            # "X said Y, according to its provisional figures": what X's claim rests on, not
            # another source - the sentence before it is attributed as it stands. (With no
            # tag before it, "Y, according to its website" is the website's.)
            found = _attribute_sentence(text, start, basis.start())
            if any(attribution.source is not None for attribution in found):
                return found
        document = _ACCORDING_TO_A_DOCUMENT.search(text, start, end)
        if document is not None and document.start() - start > 15:
            # "The inspector general found that Y, according to a report released Thursday":
            # the report is where X's finding is written; X stays the source.
            found = _attribute_sentence(text, start, document.start())
            if any(
                attribution.source is not None
                and attribution.cue_verb is not None
                and attribution.cue_verb.lemma != "tell"
                # ("Nigeria recorded 3,600 cases, according to NCDC data": the data's count)
                and attribution.cue_verb.lemma not in FIGURE_ONLY_CUES
                for attribution in found
            ):
                # ("The president told aides he would fire her, according to a report": the
                # report is the source of that account)
                last = found[-1]
                if document["earlier"] and last.source is not None:
                    # the earlier figure after it is the speaker's claim too
                    last.content = (last.content[0], _content_end(text, last.content[0], end))
                return found
        last_tail = _ACCORDING_TO_LAST.search(text, start, end)
        if (
            last_tail is not None
            and last_tail.start() - start > 15
            # ("X said that Y, according to two people who were on the call": the people's
            # account of what X said in private, as after "told")
            and _PEOPLE_WHO_HEARD.search(text, last_tail.start(), end) is None
        ):
            # "Revenue rose 4%, the company said, beating forecasts, according to LSEG data":
            # the claim has its own tag; what comes after it rests on the other source.
            found = _attribute_sentence(text, start, last_tail.start())
            if any(
                attribution.source is not None
                and (
                    attribution.form in ("tail", "parenthetical")
                    # "The mayor assured that Y, according to the city's website", "Officials
                    # noted that Y, according to the ministry": the speaker's, told in public
                    # (not "told aides that Y, according to a report": the report's account)
                    or (
                        attribution.form == "said_that"
                        and attribution.cue is not None
                        and text[attribution.cue[0] : attribution.cue[1]].lower()
                        not in ("told", "tells", "tell")
                    )
                    # "Analysts had expected earnings of 70 cents, according to FactSet": the
                    # forecasters' figure, which the service collected
                    or (
                        attribution.cue_verb is not None
                        and attribution.cue_verb.lemma in ("expect", "anticipate", "forecast")
                    )
                )
                for attribution in found
            ):
                return found
        inner = _INNER_ACCORDING_TO.search(text, start, end)
        if inner is not None and inner.start() - start > 15:
            # "Mensah said the ruling party had lost 40 seats according to exit polls": no
            # comma before it - what the speaker's claim rests on, inside what was said
            found = _attribute_sentence(text, start, inner.start())
            last = found[-1] if found else None
            if (
                last is not None
                and last.source is not None
                and last.cue is not None
                and last.cue_verb is not None
                and last.cue_verb.group in ("say", "assert", "tell")
                and last.cue[1] <= last.content[0]
                and last.content[1] >= inner.start() - 1
            ):
                last.content = (last.content[0], _content_end(text, last.content[0], end))
                return found
        found = _according_to(text, tokens, start, end)
        if found:
            return _contrast_after(text, found, end)
    if (
        "as saying" in sentence
        or " that " in sentence
        or contains_any(sentence[:44], _THATLESS_PASSIVE_HINTS)
        or " told" in sentence[-40:]
        or " it " in sentence[-32:]
        or contains_any(sentence[-40:], _WITNESSING_HINTS)
        or contains_any(sentence[:60], _WITNESSING_HINTS)
    ):
        found = _passives(text, start, end, sentence)
        if found:
            return found
    if " by " in sentence and contains_any(sentence, _PASSIVE_ESTIMATE_HINTS):
        estimated = _passive_estimate(text, start, end)
        if estimated is not None:
            return [estimated]
    called = _PASSIVE_CALLED_FALSE.search(text, start, end) if " by " in sentence else None
    if called is not None and called.start() - start >= 8:
        # 'The minister's savings claim was called "misleading" by the statistics watchdog':
        # the watchdog denies what the subject names
        source_end = called.end("source")
        while text[source_end - 1] == ".":
            source_end -= 1  # the sentence's full stop, not an abbreviation's part
        made = _make(
            text,
            start,
            called.start(),
            source=(called.start("source"), source_end),
            cue=called.span("cue"),
            cue_verb=CUE_VERBS["called"],
            form="object",
        )
        if made is not None:
            return [made]
    denied_by = (
        _PASSIVE_DENIAL.search(text, start, end)
        if " by " in sentence and contains_any(sentence, _PASSIVE_DENIAL_HINTS)
        else None
    )
    if denied_by is not None:
        found = _passive_denial(text, start, end, denied_by)
        if found:
            return found
    if " by " in sentence and contains_any(sentence, _PASSIVE_VERDICT_HINTS):
        verdict = _PASSIVE_VERDICT.match(text, start, end)
        if verdict is not None:
            # 'The senator was called "reckless" by members of his own party': the verdict in
            # quotation marks is its agent's
            made = _made_from(text, verdict, "claim", _CHARACTERISED, "object")
            if made is not None:
                return [made]
    accused = _PASSIVE_ACCUSATION.search(text, start, end) if hints & _ACCUSED_BIT else None
    if accused is not None and _REPORTED_BEFORE.search(text, start, accused.start()):
        accused = None  # "The aides said the senators feared being blamed for a shutdown"
    if (
        accused is not None
        and not accused["source"]
        and _closing_tag_after(text, accused.end(), end)
    ):
        # "Two brothers are accused of setting fire to a bar, police said": the accusation is
        # what the tag's source reports, as "X is charged with Y, police said" is
        accused = None
    if accused is not None:
        # "The police have been accused of firing tear gas": the accuser is not named.
        source = accused.span("source") if accused["source"] else None
        claim_end = end
        denial = None
        if ", and " in sentence:
            # "... have been accused of war crimes by U.N. investigators, and each denies the
            # accusations": the accused's denial, a claim of its own
            denial = _AND_THE_ACCUSED_DENY.search(text, accused.end(), end)
            if denial is not None:
                claim_end = denial.start()
        if source is None:
            agent = _AGENT_AT_THE_END.search(text, accused.end(), claim_end)
            if agent is not None and claimant_kind(agent["source"]) != "unknown":
                # "accused of price fixing by regulators": the accuser named after
                source, claim_end = agent.span("source"), agent.start()
        made = _make(
            text,
            accused.end(),
            claim_end,
            source=source,
            cue=(accused.start("cue"), accused.end("cue")),
            cue_verb=CUE_VERBS[accused["cue"].lower()],
            form="object",
        )
        if made is not None and denial is not None:
            denied = _make(
                text,
                *denial.span("noun"),
                source=denial.span("source"),
                cue=denial.span("cue"),
                cue_verb=CUE_VERBS[denial["cue"].lower()],
                form="object",
            )
            return [made, denied] if denied is not None else [made]
        if made is not None:
            return [made, *_denied_after_claims(text, made)]
    if " at " in sentence or raised_to or puts_on or put_near or gave_of:
        found = _put_at(text, tokens, start, end)
        if found:
            return found
    if " put it" in sentence or " puts it" in sentence:
        found = _as_x_put_it(text, start, end) or _put_it_colon(text, start, end)
        if found is not None:
            return [found]
    if sentence.startswith("as "):
        found = _as_x_notes(text, start, end)
        if found is not None:
            rest = _attribute_sentence(text, found.content[0], end)
            if rest and rest[0].source is not None and rest[0].source[0] == found.content[0]:
                # "As Breitbart News has reported, the Department of Homeland Security said
                # that Y": the clause's own speaker says Y
                return rest
            return [found]
    if ("by " in sentence or sentence.startswith("on ")) and contains_any(sentence, _COUNT_NOUNS):
        found = _by_a_count(text, start, end)
        if found is not None:
            return [found]
    if "'s " in sentence or "’s " in sentence or sentence.startswith(_POSSESSIVE_OPENERS):
        found = _possessed_view(text, start, end)
        if found is not None:
            return [found]

    if tokens and tokens[0].lower in _FRONTED_CONTRAST:
        found = _fronted_contrast(text, tokens, end)
        if found:
            return found

    for index, token in enumerate(tokens):
        # Most tokens are no cue verb at all: test that inline before calling _cue_at.
        if token.lower not in CUE_VERBS:
            if token.lower in _PROGRESSIVE_CUES and _after_a_progressive_auxiliary(tokens, index):
                # "Critics are arguing that Y", "Democrats have been saying for weeks that Y"
                verb = _PROGRESSIVE_CUES[token.lower]
            elif token.lower in _PROGRESSIVE_FORECASTS and _forecast_in_progress(tokens, index):
                # "Analysts had been projecting earnings of about 80 cents a share": what the
                # forecasters expected, theirs (as "had expected" is)
                verb = _PROGRESSIVE_FORECASTS[token.lower]
            else:
                continue
        else:
            verb = _cue_at(tokens, index)
        if verb is None:
            continue
        if (
            index > 2
            and tokens[index - 1].lower in ("who", "which")
            and tokens[index - 2].text == ","
        ):
            relative = _relative_speaker_after(text, tokens, index, verb, start, end)
            if relative:
                return relative
        if (
            index > 4
            and tokens[index - 1].lower == "whom"
            and tokens[index - 2].lower == "of"
            and tokens[index - 3].lower in _SOME_OF_WHOM
            and tokens[index - 4].text == ","
        ):
            # "The campaign hired 40 staffers, several of whom said they had not been paid":
            # the sentence up to the comma is the reporter's, what some of them said theirs
            relative = _relative_speaker_after(text, tokens, index, verb, start, end, index - 4)
            if relative:
                return relative
        # "Pellway, which says it serves 40 million users, was fined", "Corvid Health, which
        # has said that Y, is facing a lawsuit" (its own tests are cheap)
        relative = _the_noun_says_in_its_relative(text, tokens, index, verb, start, end)
        if relative:
            return relative
        if index > 3 and verb.group in ("say", "assert", "estimate", "warn", "accuse"):
            relative = _noun_with_a_speaker(text, tokens[index], verb, start, end)
            if relative:
                return relative
            relative = _speaker_inside_a_relative(text, tokens, index, verb, start, end)
            if relative:
                return relative
        if _tag_interrupts_after(tokens, index):
            continue  # "It showed, she said, that ...": the tag's speaker says it all
        attribution = _attribute_with_cue(text, tokens, index, verb, start, end)
        if attribution is None:
            continue
        if attribution.source is not None and _is_generic_you(text, attribution.source):
            continue  # "you'll see that the deficit is falling": a speaker's aside, no source
        first_clause = _first_predicate(text, tokens, index, attribution)
        if first_clause is not None:
            return [first_clause, attribution]
        if (
            attribution.form == "object"
            and verb.group in ("deny", "accuse")
            # ("alleges that Mr. Hart inflated X and hid Y": both verbs the clause's - not
            # "denied that he had lied and was released on bail")
            and not (
                verb.group == "accuse"
                and index + 1 < len(tokens)
                and tokens[index + 1].lower == "that"
            )
        ) or (verb.lemma in _FORECASTS and not _clause_right_after(tokens, index)):
            # "denied the charge and was released", "predicted a "landslide" and brushed off
            # questions": a second predicate of the subject, the reporter's
            rest = _coordinated_predicate(text, tokens, attribution)
            if rest is not None:
                # ("... and brushed off questions, saying that Y": Y is the speaker's still)
                rest.source = attribution.source
                said = _participle_claims(text, tokens, index, rest)
                rest.source = None
                return [attribution, rest, *said]
            # "accused the Fed of "strangling" small businesses, and his campaign has spent
            # $4 million": a clause of its own after the object
            clause = _clause_after_the_object(text, tokens, attribution, end)
            if clause:
                return [attribution, *clause]
        if attribution.form == "object" and (
            verb.group == "deny"
            # "described claims by the opposition that Y as baseless": a denial too
            or (
                verb.lemma == "describe"
                and _AS_A_VERDICT.search(text, *attribution.content) is not None
            )
        ):
            full = attribution.content
            denied = _claim_noun_with_its_clause(text, attribution)
            if denied is not None and verb.lemma == "describe":
                attribution.cue_verb = _DESCRIBED_AS_FALSE  # a denial, for relations too
            if denied is not None:
                # "rejected claims by Greece that A, saying B": the reason, the denier's (read
                # over the content before it was cut to the clause)
                cut, attribution.content = attribution.content, full
                reasons = _participle_claims(text, tokens, index, attribution)
                attribution.content = cut
                if (
                    reasons
                    and reasons[0].cue is not None
                    and text[reasons[0].cue[0] : reasons[0].cue[1]].lower() in _REASONS_OF_A_DENIAL
                ):
                    # "The club denied reports that its coach had resigned, saying he remained
                    # in charge": what the denial asserts is the claim, its cue the denial's
                    reasons[0].cue, reasons[0].cue_verb = attribution.cue, attribution.cue_verb
                    reasons[0].form = "object"
                    return [denied, *reasons]
                return [denied, attribution, *reasons]
        if attribution.form == "tail" and verb.group == "deny":
            rebuttal = _passive_rebuttal(text, tokens, index, attribution, start)
            if rebuttal:
                return rebuttal
        if (
            verb.group == "show"
            or verb.lemma in _BELIEF_CUES
            # "Illinois recorded 31 deaths, up from 24, state data shows"
            or verb.lemma in FIGURE_ONLY_CUES
            or (verb.complement == "that" and attribution.form == "object")
        ) and attribution.form != "tail":
            # "Air samples showed styrene at four times the usual level, the agency said":
            # what the samples showed is the agency's claim.
            reported = _reporting_tail(text, tokens, index, start, end)
            if reported is not None:
                return [reported]
        extra = _participle_claims(text, tokens, index, attribution)
        if (
            extra
            and attribution.form == "object"
            and verb.group == "deny"
            and (
                _object_is_only_a_reference(text, attribution)
                or text[extra[0].cue[0] : extra[0].cue[1]].lower() in _REASONS_OF_A_DENIAL
            )
        ):
            # "denied the accusation, saying Y", "denied that it had hidden the report,
            # saying Y", "denied hiding it, arguing Y": Y is what the denial asserts (a
            # further point, "adding that Y", is a claim beside the denied clause).
            extra[0].cue, extra[0].cue_verb = attribution.cue, attribution.cue_verb
            extra[0].form = "object"
            return extra
        if extra and attribution.form == "said_that":
            # "said the company was shocked and denied that the lift had failed, adding that
            # Y": the second verb's claim before the participle's
            extra = [*_coordinated_claims(text, tokens, index, attribution), *extra]
        if not extra and attribution.form in ("said_that", "object"):
            extra = _coordinated_claims(text, tokens, index, attribution)
            if extra and _only_an_addressee(text, attribution):
                # "Zuckerberg tweeted to Mohamed and said the boy was welcome": one claim
                return [*_clause_before_source(text, tokens, extra[0], start), *extra]
            # "denied the allegation and told the court that A and that B": the second cue's
            # two clauses, each a claim
            extra = [
                split
                for claim in extra
                for split in (
                    [claim, *_and_that_claims(text, claim)]
                    if claim.form in ("said_that", "coordinated") and claim.cue_verb is not None
                    else [claim]
                )
            ]
        if not extra and attribution.form == "said_that":
            extra = (
                _and_that_claims(text, attribution)
                or _reporters_though(text, attribution)
                or _and_then_the_speaker_acted(text, attribution)
                or _and_the_speaker_did(text, attribution)
                or _relative_with_its_speaker(text, attribution)
                or _who_claimed_inside(text, attribution)
                or _speakers_concession(text, attribution)
                or _judged_by_another(text, attribution)
                or _while_another_source(text, attribution)
                or _and_the_speaker_did(text, attribution, after_a_figure=True)
            )
        elif (
            not extra
            and attribution.form == "object"
            and attribution.cue is not None
            # "alleged that A and that B", "denied that A and that B": two clauses
            and text[attribution.cue[1] : attribution.content[0]].rstrip().endswith("that")
        ):
            extra = _and_that_claims(text, attribution)
        if not extra and attribution.form in ("said_that", "object"):
            extra = _after_its_denial(text, attribution) or _first_person_rebuttal(
                text, attribution
            )
        if not extra and attribution.source is not None:
            extra = _and_another_speaker(text, attribution) or _with_another_speaker(
                text, attribution
            )
        if not extra and attribution.form == "object":
            extra = (
                _relative_clause_claims(text, attribution)
                or _relative_with_its_speaker(text, attribution, end)
                or _who_claimed_inside(text, attribution)
                or _while_another_source(text, attribution)
                or (
                    _and_the_speaker_did(text, attribution, after_a_figure=True)
                    if verb.group in ("estimate", "announce", "say")
                    else []
                )
            )
        if attribution.form == "object" and verb.group == "say":
            _claim_noun_that(text, tokens, attribution)
        if not extra:
            # ("..., a claim Ankara has dismissed as "pure fiction"": a denial, before any
            # "described as")
            extra = _denied_after_claims(text, attribution)
        if not extra:
            extra = _described_as_claims(text, attribution)
        if not extra and attribution.source is not None:
            extra = (
                _calling_after_the_claim(text, attribution, end)
                or _judged_gloss(text, attribution, end)
                or _what_was_not_disputed(text, attribution, end)
            )
        head = _clause_before_source(text, tokens, attribution, start)
        if not extra and attribution.source is not None:
            extra = _relative_speaker_claims(text, attribution)
        if not extra:
            extra = _described_by_a_speaker(text, tokens, index, attribution, end)
        if not extra and attribution.source is not None:
            extra = _reduced_relative_claims(text, attribution)
        if (
            not extra
            and attribution.form in ("said_that", "object")
            and verb.group not in ("say", "tell", "assert")
        ):
            # (not after a recounting verb: "Police said the man fled after the victim told
            # officers ..." is all the police's account)
            extra = _later_subordinate_speaker(text, tokens, index, attribution, start, end)
        if not extra and attribution.form == "tail":
            extra = _trailing_setting(text, tokens, index, end, attribution)
        if not extra and verb.group == "deny" and ", after " in sentence:
            extra = _what_prompted_the_denial(text, attribution, end)
        return [*head, attribution, *extra]
    if contains_any(sentence, _HEARD_HINTS):
        heard = _heard_saying(text, start, end)
        if heard:
            return heard
    if contains_any(sentence, _ABSOLUTE_HINTS):
        absolute = _absolute_claims(text, tokens or tokenize(text, start, end), start, end)
        if absolute:
            return absolute
    if (" that " in sentence or " which " in sentence) and contains_any(
        sentence, _DOCUMENT_NOUN_HINTS
    ):
        filed = _DOCUMENT_THAT_SAYS.search(text, start, end)
        if filed is not None and text[start : filed.start()].strip():
            # "The family filed a lawsuit that alleges the hospital ignored warnings": what
            # the lawsuit alleges is its claim (the filing itself, no claim of its own)
            made = _made_after(text, filed, end, CUE_VERBS[filed["cue"].lower()], "said_that")
            if made is not None:
                return [made]
    if "ing that " in sentence or (
        contains_any(sentence, _SHOWING_HINTS) and _DIGIT_HINT.search(sentence) is not None
    ):
        shown = _document_showing(text, start, end)
        if shown is not None:
            return [shown]
    issued = (
        _ISSUED_SAYING.search(text, start, end) if contains_any(sentence, _ISSUED_HINTS) else None
    )
    if issued is not None and issued.start() - start <= 60:
        # "Grant's office later issued a statement saying Y": Y is the issuer's
        source_end = _content_end(text, start, issued.start())
        while True:
            last_word = text.rfind(" ", start, source_end)
            if last_word == -1 or text[last_word + 1 : source_end].lower() not in _ISSUE_ADVERBS:
                break
            source_end = last_word
        said = _make(
            text,
            issued.end(),
            end,
            source=(_content_start(text, start, source_end), source_end),
            cue=issued.span("cue"),
            cue_verb=CUE_VERBS[_ISSUED_CUES[issued["cue"].lower()[:-3]]],
            form="said_that",
        )
        if said is not None and source_end > start:
            return [said]
    if _ACTION_PARTICIPLE.search(sentence):
        acted = _action_participle_claims(text, tokens or tokenize(text, start, end), start, end)
        if acted:
            return acted
    if _THEN_CALLED.search(sentence):
        called = _act_then_called(text, tokens or tokenize(text, start, end), start, end)
        if called:
            return called
    if " as " in sentence and (" identified " in sentence or " named " in sentence):
        identified = _IDENTIFIED_AS.match(text, start, end)
        if identified is not None and _identifies(identified["source"]):
            # "Investigators identified him as Dustin Rowe, 34, of Millersport": who the
            # person is, by the source's account (as "accused Y of Z" gives "Y of Z")
            made = _made_at(
                text, identified, identified.start("object"), end, _IDENTIFYING, "object"
            )
            if made is not None:
                return [made]
    if " that " in sentence and contains_any(sentence, _REPORT_NOUN_HINTS):
        authored = _report_noun_by_its_author(text, start, end)
        if authored:
            return authored
    made = _make(text, start, end)
    if made is not None and ", a" in sentence:
        glossed = _gloss_with_a_speaker(text, made)
        if glossed:
            return [made, *glossed]
    if made is None:
        return []
    if tokens and contains_any(sentence, _CONCESSIONS_AFTER):
        # "The tour was cut short in 2019, although the management said at the time that
        # ...": the reporter's clause, then a speaker's claim after the conjunction
        conceded = _contrast_after(text, [made], end)
        if len(conceded) > 1:
            return conceded
    if tokens and any(
        token.lower in PARTICIPLE_CUES
        and position + 1 < len(tokens)
        and (
            tokens[position + 1].lower == "that"
            or token.lower in ("saying", "describing")
            # ", cautioning investors that"
            or tokens[_that_after_audience(tokens, position + 1, len(tokens) - 1)].lower == "that"
            # ", arguing in a letter to the league that"
            or tokens[_that_after_setting(tokens, position + 1)].lower == "that"
            # ', writing in a blog post "..."'
            or (
                tokens[position - 1].text == ","
                and _quotation_after_setting(tokens, position + 1) is not None
            )
            # "has spent weeks claiming the vote is rigged"
            or (_after_time_spent(tokens, position) and _clause_follows(tokens, position + 1))
            # ", telling lawmakers on Wednesday that"
            or (
                token.lower == "telling"
                and tokens[_skip_object_of_tell(tokens, position + 1, len(tokens) - 1)].lower
                == "that"
            )
            # ", claiming the goal was offside": a clause without "that"
            or (tokens[position - 1].text == "," and _clause_follows(tokens, position + 1))
        )
        for position, token in enumerate(tokens)
    ):
        # "The council wants to close the school, arguing that it has too few pupils": the
        # sentence's subject argues it.
        subject = _subject_after_a_contrast(tokens) or (
            _leading_subject(tokens)
            or _subject_after_adjunct(tokens)
            or _subject_after_a_time(tokens)
            or _subject_before_an_aside_and_verb(tokens)
        )
        if (
            subject is None
            and tokens[0].lower in SUBJECT_PRONOUNS
            and tokens[0].lower != "you"  # (a generic "you", no speaker)
            and len(tokens) > 2
        ):
            subject = (0, 0)  # "He rejected the plan, saying the cost was too high"
        if subject is not None:
            made.source = _span(tokens, *subject)
            found = _participle_claims(text, tokens, subject[1], made, spent_time=True)
            made.source = None
            if found:
                denial = _denial_verb_after(tokens, subject[1] + 1)
                if (
                    denial is not None
                    and text[found[0].cue[0] : found[0].cue[1]].lower() in _REASONS_OF_A_DENIAL
                    # what was rejected is an account ("the explanation"), not an offer or a
                    # plan (rejecting those is an act of its own)
                    and _names_an_account(text, tokens[denial].end, found[0].cue[0])
                ):
                    # 'The AIU rejected the explanation, saying the athlete had "failed to
                    # ..."': what the denial asserts, with its cue (as without the quotation)
                    found[0].cue = _span(tokens, denial, denial)
                    found[0].cue_verb = CUE_VERBS[tokens[denial].lower]
                    found[0].form = "object"
                    if len(found) == 1:
                        # ('rejected the claim, saying A and that B': two reasons, two claims)
                        found.extend(_and_that_claims(text, found[0]))
                    return found
                cue_index = next(
                    (i for i, token in enumerate(tokens) if token.start == found[0].cue[0]), 0
                )
                rebuttal = _PUSHED_BACK.search(text, start, found[0].cue[0])
                if rebuttal is not None and _PUSHED_BACK_SUBJECT.fullmatch(
                    text, start, rebuttal.start()
                ):
                    # "A spokesman for the governor pushed back, saying the audit was flawed":
                    # the rebuttal is what it asserts, with its cue (as "denied the charge,
                    # saying Y"); the clause says nothing else
                    found[0].cue = rebuttal.span("cue")
                    found[0].cue_verb = CUE_VERBS["pushed"]
                    found[0].form = "object"
                    return found
                responded = _RESPONDED.search(text, start, found[0].cue[0])
                if responded is not None and _PUSHED_BACK_SUBJECT.fullmatch(
                    text, start, responded.start()
                ):
                    # "The agency responded in a statement on Tuesday, saying Y" (Y is the
                    # response, its cue the verb), "The governor defended the contract, saying
                    # Y" (Y is how): a speech act with nothing of its own to claim
                    word = responded["cue"].lower()
                    if word in CUE_VERBS:
                        found[0].cue = responded.span("cue")
                        found[0].cue_verb = CUE_VERBS[word]
                        found[0].form = "object"
                    return found
                if _after_time_spent(tokens, cue_index) or _SAID_ONLY_HOW.search(
                    text, start, found[0].cue[0]
                ):
                    # ("has spent weeks claiming that Y": the clause before says no more than
                    # how long it was said)
                    # "Commissioner Dawes went further, accusing the utility of ...": the
                    # clause says only how he spoke, no claim of its own
                    return found
                return [made, *found]
    if ", which " in sentence:
        # "X was rejected over fears it would cost too much, which the ministry rejects"
        denied = _denied_after_claims(text, made)
        if denied:
            return [made, *denied]
        # "The dredging has narrowed the channel, which fishermen say has cut their catch"
        return [made, *_relative_with_its_speaker(text, made)]
    return [made]


_ACTION_PARTICIPLE = re.compile(r", (?:calling|accusing|blaming|writing|holding) ")
_HOLDING = CueVerb("hold", "assert", "that")
_ACTION_CUES = {
    "calling": _CHARACTERISED,
    "accusing": CUE_VERBS["accused"],
    "blaming": CUE_VERBS["blamed"],
    "writing": CUE_VERBS["wrote"],
    "holding": _HOLDING,
}
_CALLING_NOT_A_CLAIM = words("for on off in out up back upon")


_THEN_CALLED = re.compile(r" (?:and|but) (?:called|described) ")


def _act_then_called(text: str, tokens: list[Token], start: int, end: int) -> list[Attribution]:
    """'Sunita Rao, head of research at the trust, welcomed the work but called it "an early
    step"': the act is the reporter's claim; what the subject called it is the subject's."""
    subject = (
        _leading_subject(tokens)
        or _subject_after_adjunct(tokens)
        or _subject_before_an_aside_and_verb(tokens)
    )
    if subject is None:
        return []
    for position in range(subject[1] + 2, len(tokens) - 2):
        token = tokens[position]
        if token.lower not in ("called", "described") or tokens[position - 1].lower not in (
            "and",
            "but",
        ):
            continue
        following = position + 1
        if token.lower == "called" and (
            tokens[following].lower in _CALLING_NOT_A_CLAIM
            or not _quoted_or_noun_object(tokens, following)
        ):
            return []  # "and called for calm": no claim stated
        if token.lower == "described" and not any(
            later.lower == "as" for later in tokens[following : following + 7]
        ):
            return []
        return _reporters_then_speakers(
            text,
            (start, _content_end(text, start, tokens[position - 1].start)),
            (tokens[following].start, end),
            _span(tokens, *subject),
            _span(tokens, position, position),
            _CHARACTERISED,
            "object",
        )
    return []


def _action_participle_claims(
    text: str, tokens: list[Token], start: int, end: int
) -> list[Attribution]:
    """'Senator X blasted the plan, calling it "a giveaway"', 'The prosecutor turned on the
    mayor, accusing him of lying', 'The court ruled 6-3, holding that the law ...', 'The
    governor defended the move, writing that ...': the sentence reports an act of its subject;
    the participle after the comma carries what the subject said. The act stays the
    reporter's claim; what follows the participle is the subject's."""
    if not tokens:
        return []
    subject = (
        _leading_subject(tokens) or _subject_after_adjunct(tokens) or _subject_after_a_time(tokens)
    )
    if subject is None and tokens[0].lower in ("he", "she", "they") and len(tokens) > 2:
        subject = (0, 0)  # "He blasted the plan, calling it ..."
    if subject is None:
        return []
    for position in range(subject[1] + 2, len(tokens) - 2):
        token = tokens[position]
        verb = _ACTION_CUES.get(token.text)
        if verb is None or tokens[position - 1].text != ",":
            continue
        subordinate = next(
            (
                probe
                for probe in range(position - 2, subject[1], -1)
                if tokens[probe].lower in _SPEAKER_SUBORDINATORS
            ),
            None,
        )
        if subordinate is not None:
            # "Shares fell after the carmaker cut its forecast, blaming supply problems": the
            # participle goes with the clause next to it
            subject = _subject_of_clause(tokens, subordinate + 1, position - 1)
            if subject is None:
                return []
        content_from = position + 1
        following = tokens[content_from].lower
        if token.text == "calling" and (
            following in _CALLING_NOT_A_CLAIM or not _quoted_or_noun_object(tokens, content_from)
        ):
            return []  # "calling for a ceasefire", "calling on donors": no claim stated
        if token.text in ("writing", "holding"):
            # "writing that", "writing in a letter to lawmakers that", "holding that"
            content_from = _that_after_setting(tokens, content_from)
            if tokens[content_from].lower != "that":
                return []
            content_from += 1
        if content_from >= len(tokens) - 1:
            return []
        found = _reporters_then_speakers(
            text,
            (start, _content_end(text, start, tokens[position - 1].start)),
            (tokens[content_from].start, end),
            _span(tokens, *subject),
            _span(tokens, position, position),
            verb,
            # ("accusing him of lying": an accusation, as "accused him of lying" is)
            "object" if verb.group == "accuse" else "participle",
        )
        if found and " and " in text[found[-1].content[0] : found[-1].content[1]]:
            # 'calling the bid "inadequate" and saying it would explore alternatives'
            found.extend(_and_a_second_participle(text, found[-1]))
        if len(found) > 1 and _SAID_ONLY_HOW.search(text, start, tokens[position].start):
            return found[1:]  # "Dawes went further, accusing ...": only how he spoke
        return found
    return []


def _reporters_then_speakers(
    text: str,
    head: tuple[int, int],
    content: tuple[int, int],
    source: tuple[int, int],
    cue: tuple[int, int],
    verb: CueVerb,
    form: str,
) -> list[Attribution]:
    """The reporter's clause (``head``), then what a participle's speaker said (``content``):
    'The plan drew criticism, with one organiser saying ...', 'X blasted the plan, calling it
    ...'. Nothing when the speaker's part is empty."""
    claim = _make(text, *content, source=source, cue=cue, cue_verb=verb, form=form)
    if claim is None:
        return []
    reported = _make(text, *head)
    return [reported, claim] if reported is not None else [claim]


def _subject_of_clause(tokens: list[Token], first: int, last: int) -> tuple[int, int] | None:
    """The noun phrase opening the clause from ``first``: the words up to its first verb in
    the past or present ("the electric-vehicle maker cut ...")."""
    for position in range(first + 1, min(last, first + 7)):
        token = tokens[position]
        if not token.is_word or token.text in _PUNCT_STOPS:
            return None
        if token.text.islower() and (
            token.lower in _FINITE_VERBS
            or not {"VBD", "VBZ"}.isdisjoint(lexicon().tags(token.lower))
        ):
            if tokens[position - 1].lower in DETERMINERS:
                return None
            return (first, position - 1)
    return None


def _quoted_or_noun_object(tokens: list[Token], index: int) -> bool:
    """'calling it "a giveaway"', 'calling the ruling a disgrace': an object, then what it is
    called - a quotation or a noun phrase."""
    return any(token.text in _QUOTE_MARKS for token in tokens[index : index + 6]) or (
        tokens[index].lower in _CALLED_OBJECT_OPENERS
    )


_ISSUED_SAYING = re.compile(
    r"\s+(?:(?:issued|released|put\s+out|posted|published|sent|shared|filed|submitted|wrote)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|message|note|letter|post|tweet|video|"
    r"notice|report|paper|study|analysis|memo|complaint|petition|motion|editorial|essay|column|"
    r"op-ed)|"
    # "wrote to parents on Friday saying", "emailed residents saying": whom it went to
    r"(?:wrote\s+to|emailed|e-mailed|texted|messaged)\s+(?:the\s+|all\s+|its\s+|his\s+|her\s+|"
    r"their\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\s+"
    # ("posted a video on social media saying", "published a paper last month arguing")
    r"(?:(?:on|to|in|last|this|earlier)\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?P<cue>saying|stating|claiming|arguing|warning|alleging|asserting|insisting|accusing)\s+"
    r"(?:that\s+)?",
    re.IGNORECASE,
)
# the participle's cue verb, by its stem
_ISSUED_CUES = {
    "say": "said",
    "stat": "stated",
    "claim": "claimed",
    "argu": "argued",
    "warn": "warned",
    "alleg": "alleged",
    "assert": "asserted",
    "insist": "insisted",
    "accus": "accused",  # ("accusing Brennan of lying": whom, and of what)
}
_ISSUED_HINTS = (
    "saying",
    "stating",
    "claiming",
    "arguing",
    "warning",
    "alleging",
    "asserting",
    "insisting",
    "accusing",
)
_ISSUE_ADVERBS = words("later also then earlier quickly swiftly subsequently today")
_CLAIM_NOUN_THAT = re.compile(
    r"(?:the\s+|these\s+|those\s+)?(?P<noun>claims?|allegations?|accusations?|reports?|"
    r"suggestions?|charges?)\s+(?:(?:by|from|of)\s+(?P<source>[^,;:\"“”]{2,80}?)\s+)?"
    r"that\s+(?P<clause>\S)",
    re.IGNORECASE,
)
_ACCUSING_NOUNS = ("allegation", "accusation", "charge")
# The denier's reason after the clause denied: ", saying ...", ", insisting ..."
_PARTICIPLE_AFTER = re.compile(
    r",\s+(?:saying|adding|insisting|arguing|noting|stressing|explaining|calling)\b"
)


# what the denier calls the claims, ending the sentence: "... as baseless", "... as "complete
# fabrication"", "... as false and defamatory"
_AS_A_VERDICT = re.compile(
    r"\s+as\s+[\"“‘']?(?:(?:a|an|the|completely|totally|entirely|utterly|simply|mere|pure|"
    r"politically|wholly)\s+)*(?:baseless|false|untrue|unfounded|malicious|mischievous|lies|"
    r"a\s+lie|fabricat\w*|nonsense|defamatory|misleading|propaganda|fake|rubbish|spurious|"
    r"frivolous|wild|outrageous|motivated|fiction|fantasy|speculation|concocted)\b[^.;]{0,60}"
    r"[.!]?[\"”’']?\s*$"
)


_DESCRIBED_AS_FALSE = CueVerb("describe", "deny", "object")


def _claim_noun_with_its_clause(text: str, denial: Attribution) -> Attribution | None:
    """'denied claims by the union that it owes workers N40 billion': the clause is the union's
    claim (its source named after "by", or the reports themselves), and what the denial
    denies - both get the clause as content, the claim first."""
    match = _CLAIM_NOUN_THAT.match(text, *denial.content)
    if match is None:
        return None
    noun = match["noun"].lower()
    if not match["source"] and not noun.startswith("report"):
        return None  # "reject claims that ...": whose claims is not said
    clause_end = denial.content[1]
    participle = _PARTICIPLE_AFTER.search(text, match.start("clause"), clause_end)
    if participle is not None:
        clause_end = participle.start()  # "..., saying the ship was in Turkish waters": theirs
    verdict = _AS_A_VERDICT.search(text, match.start("clause"), clause_end)
    if verdict is not None:
        # "dismissed claims by the opposition that her ministry inflated the cost as
        # baseless": what the claims are called is the denier's, no part of the claim
        clause_end = verdict.start()
    clause = (match.start("clause"), clause_end)
    source = match.span("source") if match["source"] else match.span("noun")
    cue_verb = CUE_VERBS["alleged"] if noun.startswith(_ACCUSING_NOUNS) else CUE_VERBS["claimed"]
    claim = _make(
        text, *clause, source=source, cue=match.span("noun"), cue_verb=cue_verb, form="said_that"
    )
    if claim is None:
        return None
    denial.content = claim.content
    return claim


# "Police identified the victim as Maria Lopez", "The coroner named the dead man as John
# Smith, 45": the sentence's subject says who someone is
_IDENTIFIED_AS = re.compile(
    r"(?P<source>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,6}?)\s+(?:(?:has|have|had|also|later|"
    r"formally|officially)\s+){0,2}(?P<cue>identified|named)\s+(?P<object>(?:him|her|them|"
    r"(?:the|a|both|all|two|three|four)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\s+as\s+"
    r"(?:[A-Z]|\d))"
)
_IDENTIFYING = CueVerb("identify", "assert", "object")
# who names the dead or the accused: the police, the coroner, the family ...
_IDENTIFYING_HEADS = words(
    "coroner examiner sheriff prosecutors investigators detectives officers authorities police "
    "officials family hospital department office agency ministry army military spokesman "
    "spokeswoman spokesperson"
)


def _identifies(source: str) -> bool:
    """A body or an official that says who someone is (not "He identified them as ..." of
    anyone, nor a clause: "The man who was found named ...")."""
    lowered = source.lower().split()
    if any(word in ("who", "which", "that", "and", "when", "after") for word in lowered):
        return False
    head = lowered[-1].strip("'’.")
    return head in _IDENTIFYING_HEADS or claimant_kind(source) in ("government", "group")


# A reporting noun whose author is named, then its clause: "a report last week by mainland news
# outlet Jiemian that Y", "claims by opposition lawmakers that Y", "a report in the Financial
# Times that Y". The clause is the author's, the noun its cue (as "X reported that Y").
_NOUN_BY_AUTHOR_THAT = re.compile(
    r"\b(?P<cue>reports?|claims?|allegations?|accusations?|suggestions?|assertions?|"
    r"statements?|announcements?|warnings?|findings|comments|remarks|predictions?)"
    r"(?:\s+(?:last|this|earlier|on|late)\s+[A-Za-z]+)?"
    # ("warnings from the IMF that growth would slow", "comments from its chief executive
    # that": the author after "from" too)
    r"\s+(?P<prep>by|in|from)\s+(?P<source>[^,;:\"“”()]{2,80}?)"
    # where and when the author said it: "claims by the Prime Minister in Parliament
    # yesterday that", "claims by the mayor at a rally on Sunday that"
    r"(?:\s+(?:in|at|during)\s+(?:a\s+|an\s+|the\s+)?(?:[Pp]arliament|the\s+House|[Cc]ourt|"
    r"rally|(?:press|news)\s+conference|interview|speech|briefing|hearing|debate))?"
    r"(?:,?\s+(?:last|this|earlier|on)\s+[A-Za-z]+|\s+(?:yesterday|today))?"
    r"\s+that\s+(?P<clause>\S)",
    re.IGNORECASE,
)
_REPORT_NOUN_HINTS = (
    " report", " claim", " allegation", " accusation", " suggestion", " assertion",
    " statement", " announcement", " warning", " findings", " comments", " remarks",
    " prediction",
)  # fmt: skip
_NOUN_CUES = {
    "report": "reported", "claim": "claimed", "allegation": "alleged", "accusation": "alleged",
    "suggestion": "suggested", "assertion": "asserted", "statement": "stated",
    "announcement": "announced", "warning": "warned", "findings": "found",
    "comment": "said", "remark": "remarked", "prediction": "predicted",
}  # fmt: skip
# what may stand before the noun in its phrase: "a new report", "repeated claims", "media reports"
_BEFORE_A_REPORT_NOUN = words(
    "a an the these those new recent earlier latest separate repeated unconfirmed unverified "
    "media press news local published widespread persistent"
)
# the sentence only places the report in time: "The notice follows a report ...", "It came a
# day after claims by ...", "The move was prompted by a warning in ..."
_ONLY_FRAMES = re.compile(
    r"\b(?:follows?|followed|comes?|came|coming|was\s+prompted|were\s+prompted)\b", re.IGNORECASE
)
_LINKING_PREPOSITIONS = words("after following amid amidst despite over")


def _report_noun_by_its_author(text: str, start: int, end: int) -> list[Attribution]:
    """'The notice follows a report last week by mainland news outlet Jiemian that Y': Y is
    Jiemian's, with "report" as its cue; the sentence around it only places the report
    ("follows", "came after") or states the reporter's own fact before a linking preposition
    ("Shares fell 5% after a report by Bloomberg that Y": "Shares fell 5%", then Y)."""
    found = _NOUN_BY_AUTHOR_THAT.search(text, start, end)
    if found is None:
        return []
    source = found["source"]
    first = source.split()[0].lower().strip("'’")
    if (
        first in MONTHS
        or first in WEEKDAYS
        or first[:1].isdigit()
        or first in TIME_UNITS
        or first in ("which", "whom", "whose", "who", "it", "court", "parliament")
        # "in": where it appeared, so only a newspaper, channel or website is its author
        or (
            found["prep"].lower() == "in"
            and not any(word.lower().strip("'’.") in MEDIA_WORDS for word in source.split())
        )
    ):
        return []
    noun_start = found.start("cue")
    before = text[start:noun_start].split()
    while before and before[-1].lower() in _BEFORE_A_REPORT_NOUN:
        before.pop()
    if not before:
        return []  # "Claims by the union that Y were rejected": the clause runs on
    noun = found["cue"].lower()
    stem = noun if noun == "findings" else noun.rstrip("s")
    claim = _made_at(
        text, found, found.start("clause"), end, CUE_VERBS[_NOUN_CUES[stem]], "said_that"
    )
    if claim is None:
        return []
    framing = text[start:noun_start]
    if _ONLY_FRAMES.search(framing) is not None:
        return [claim]
    if not (len(before) >= 3 and before[-1].lower() in _LINKING_PREPOSITIONS):
        # "agreed to pay $5 million to settle claims by state attorneys general that Y": the
        # report is the object of a fact of the reporter's, which is kept whole
        return []
    fact_end = text.rfind(before[-1], start, noun_start)
    fact = _make(text, start, fact_end)
    return [fact, claim] if fact is not None else [claim]


def _coordinated_predicate(
    text: str, tokens: list[Token], attribution: Attribution
) -> Attribution | None:
    """'had denied 14 counts of fraud but was convicted after a trial', 'denied the charge and
    was released on bail': what was denied ends at "but"/"and" before a second predicate of
    the sentence's subject; that predicate is the reporter's own claim."""
    first, last = attribution.content
    for position, token in enumerate(tokens):
        if token.start <= first:
            continue
        if token.start >= last or (token.text in _PUNCT_STOPS and token.text not in _QUOTE_MARKS):
            return None  # (", saying it had ... and had sent": the participle's own)
        if token.lower not in ("but", "and"):
            continue
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is None or not (
            following.lower in _SECOND_PREDICATE
            # "called the attack 'a cynical strike' and renewed his appeal": a past verb
            or (_past_only(following) and not _clause_denied(tokens, first, position))
        ):
            continue
        verb_at = position + 1
        while verb_at < len(tokens) and tokens[verb_at].lower in _BEFORE_A_SECOND_CUE:
            verb_at += 1
        if (
            verb_at < len(tokens)
            and tokens[verb_at].lower in CUE_VERBS
            and _cue_at(tokens, verb_at) is not None
        ):
            # "denied any wrongdoing and has said Y", 'dismissed the criticism as "unfounded"
            # and said Y': a second cue of the speaker's
            return None
        made = _make(text, following.start, last)
        if made is None:
            return None
        attribution.content = (first, _content_end(text, first, token.start))
        return made
    return None


def _clause_denied(tokens: list[Token], first: int, conjunction: int) -> bool:
    """What was denied is a clause in the simple past ("denied that its managers took
    bribes", "denied allegations that officers were drunk"): a bare past verb after its "and"
    is that clause's second predicate ("... and hid losses", "... and used force"), not the
    denier's. A clause in another tense leaves it the denier's ("denied that the talks had
    failed and flew to Brussels")."""
    clause = [token for token in tokens[:conjunction] if token.start >= first]
    that = next((position for position, token in enumerate(clause) if token.lower == "that"), None)
    if that is None and not (
        first > 0 and any(token.lower == "that" and token.end == first - 1 for token in tokens)
    ):
        return False
    return all(token.lower not in _OTHER_TENSES for token in clause[(that or 0) + 1 :])


_OTHER_TENSES = words("had has have would will could can may might should must is are")


_FORECASTS = words("predict forecast foresee")


def _clause_after_the_object(
    text: str, tokens: list[Token], attribution: Attribution, end: int
) -> list[Attribution]:
    """After an object (what was denied, alleged or predicted), ", and" or ", but" with a
    clause of its own subject: that clause is read on its own, and the object ends before
    it."""
    first, last = attribution.content
    final = len(tokens) - 1
    marks = 0
    for position, token in enumerate(tokens[:-2]):
        if token.start <= first:
            continue
        if token.text in _QUOTE_MARKS:
            marks += 1
        if token.lower in _AFTER_A_COMMA_CUES and tokens[position - 1].text == ",":
            return []  # (", saying ... , and ...": the participle's clause, read apart)
        if token.text != "," or marks % 2:
            continue  # (a comma inside a quotation is the quotation's)
        if token.start >= last:
            return []
        # (", as opposition parties called for an inquiry", ", while unions said ...": a
        # clause of the reporter's beside the denial)
        if tokens[position + 1].lower not in ("and", "but", "as", "while") or not _opens_clause(
            tokens, position + 2, final
        ):
            continue
        if tokens[position + 2].lower in SUBJECT_PRONOUNS:
            return []  # ("..., and he said ...": the speaker again, read elsewhere)
        if tokens[position + 2].lower in CUE_VERBS and _cue_at(tokens, position + 2) is not None:
            return []  # ('..., and said Y': the same speaker's second cue, read elsewhere)
        rest = _attribute_sentence(text, tokens[position + 2].start, end)
        if not rest:
            return []
        attribution.content = (first, _content_end(text, first, token.start))
        return rest
    return []


def _past_only(token: Token) -> bool:
    """A past verb in small letters that is no base or present form and no cue ("renewed",
    "ordered", "left"; not "said", "cut", "put")."""
    if not token.text.islower():
        return False
    verb = CUE_VERBS.get(token.lower)
    if verb is not None and " " not in verb.lemma:
        return False  # (but "brushed off questions", "waved through": no "aside", no "away")
    tags = lexicon().tags(token.lower)
    return "VBD" in tags and "VB" not in tags and "VBP" not in tags and "NN" not in tags


# Words that open a second predicate of the same subject after "but"/"and": an auxiliary or
# an adverb of time ("but was convicted", "and later pleaded guilty").
_SECOND_PREDICATE = frozenset(
    "was were is are has have had later then subsequently eventually still".split()
)


# "Investigators believe the fire was set deliberately, a police source said": a belief
# reported by a source in a tag after it is the source's claim.
_BELIEF_CUES = frozenset({"believe", "suspect", "fear", "think", "worry", "expect", "feel"})

# Belief verbs that, after "I" or "we", hedge the speaker's own claim rather than report one
_OWN_BELIEF_CUES = frozenset({"think", "worry", "expect", "hope"})


# "The damage was estimated at $2bn by insurers", "Losses were put by the firm at $300m": a
# figure its estimator gives, in the passive
_PASSIVE_ESTIMATE_HINTS = ("estimated", "put ", "placed", "valued")
_PASSIVE_ESTIMATE = re.compile(
    r"\s(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+|now\s+)?"
    r"(?P<cue>estimated|put|placed|valued)\s+"
    r"(?:at\s+(?P<figure>[^,;]{1,40}?)\s+by\s+(?P<source>[^,;:\"“”]{2,80}?)\s*[.!]?$|"
    r"by\s+(?P<source2>[^,;:\"“”]{2,60}?)\s+at\s+[$£€]?\d)"
)


def _passive_estimate(text: str, start: int, end: int) -> Attribution | None:
    match = _PASSIVE_ESTIMATE.search(text, start, end)
    if match is None or match.start() - start < 3:
        return None
    if match["source"] is not None:
        if not any(character.isdigit() for character in match["figure"]):
            return None  # ("put at ease by the staff")
        source = match.span("source")
        source_end = source[1]
        while source_end > source[0] and text[source_end - 1] == ".":
            source_end -= 1
        content_end = match.start("source") - len(" by ")
        return _make(
            text,
            start,
            content_end,
            source=(source[0], source_end),
            cue=match.span("cue"),
            cue_verb=CUE_VERBS["estimated"],
            form="object",
        )
    return _make(
        text,
        start,
        end,
        source=match.span("source2"),
        cue=match.span("cue"),
        cue_verb=CUE_VERBS["estimated"],
        form="parenthetical",
    )


_RELATIVE_ACCORDING = re.compile(
    # (the relative clause may follow an apposition's noun: "Moyo, a former general who won
    # 12% of the vote according to official figures, said ...")
    r",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){1,5}?)?(?:which|who)\s+(?P<clause>(?:[^,;:\"“”]|,(?=\d)){3,120}?)\s+(?P<cue>according\s+to)\s+"
    r"(?P<source>[^,;:\"“”]{2,80}),"
)


# A relative clause opened by its own tag: "The fire started in the east wing, where,
# according to the owners, the archives are stored", "... an argument in which, the defence
# say, she threw a glass": the clause is the tag's source's, what comes before it is read on
# its own.
_RELATIVE_OPENED_BY_A_TAG = re.compile(
    r",?\s+(?P<relative>(?:in|at|on|during|after|from|to|with)\s+which|where|when|whom|"
    # "..., three of whom, they said, were minors", "..., all of which, he said, were caused by"
    r"(?:all|some|most|many|none|each|both|several|half|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|\d+)\s+of\s+(?:which|whom|them))\s*,\s+"
    r"(?:(?P<cue>according\s+to)\s+(?P<source>[^,;:\"“”]{2,80})|"
    r"(?P<source2>(?:[\w'’.-]+\s+){1,5}?)"
    r"(?P<cue2>says?|said|claims?|claimed|alleges?|alleged|believes?|believed|insists?|"
    r"insisted|contends?|contended|maintains?|maintained))"
    r"\s*,\s+(?=\S)"
)


_TAGGED_RELATIVE_HINTS = ("which, ", "where, ", "when, ", "whom, ")
# An adverb opening the sentence, then the tag between commas: "Currently, she said, only 12
# clinics offer the test", "Today, the minister said, the law is clear"
_ADVERB_THEN_TAG = re.compile(
    r"(?P<adverb>[A-Z][a-z]+),\s+(?P<source>he|she|they|it|we|I|(?:the|a|an|his|her|its|their)"
    r"\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2})\s+"
    r"(?P<cue>said|says|added|adds|argued|argues|noted|notes|insisted|insists|explained|"
    r"explains|told)(?:\s+(?:me|us|reporters))?\s*,\s+(?P<rest>\S.+)"
)
# A document that accuses, as the object of the sentence's verb: "faces a lawsuit filed by
# shareholders accusing him of ...", "is the subject of a complaint alleging that ..."
_A_DOCUMENT_ACCUSING = re.compile(
    r"\b(?P<source>(?:(?:a|an|the)\s+(?:(?!of\b)[\w'’-]+\s+){0,3}?(?:lawsuit|suit|complaint|"
    r"petition|indictment|motion|filing)|"
    # "was indicted on federal charges accusing him of ...": charges, with no article
    r"(?<=\son\s)(?:(?!of\b)[a-z][\w'’-]*\s+){0,2}?(?:charges|counts))"
    r"(?:\s+(?:filed|brought|lodged)\s+(?:on\s+\w+\s+)?by\s+"
    r"[^,;]{2,60}?)?)\s+(?P<cue>accusing|alleging)\s+(?:that\s+)?(?=\S)"
)
_ISSUED_BEFORE = re.compile(
    r"\b(?:filed|files|issued|issues|sent|lodged|published|submitted|brought|released)\s+$"
)
_A_SIGN_THEY_SAID = re.compile(
    r"(?P<fact>.{10,}?),\s+(?P<gloss>(?:a|an)\s+(?:sign|indication|signal)),\s+"
    r"(?P<source>they|he|she|(?:the\s+|some\s+|many\s+|most\s+)?[a-z]+s|[A-Z][\w'’.-]+"
    r"(?:\s+[A-Z][\w'’.-]+){0,2})\s+(?P<cue>said|say|says|noted|note|argued|argue)\s*,\s+"
    r"that\s+\S"
)
_OPENING_ADVERBS = words(
    "currently now today nowadays meanwhile recently previously originally initially "
    "eventually ultimately overall still however instead unfortunately fortunately "
    "crucially importantly separately similarly increasingly"
)
# A person named, their age or home after commas, then "who denies" what they are charged with,
# ending the sentence: "the trial of Mark Dixon, 38, of Salford, who denies manslaughter."
_WHO_DENIES = re.compile(
    r"(?P<source>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’.-]+|de|van|von|der|al|bin))*)"
    r"(?:,\s+(?:\d{1,3}|aged\s+\d{1,3}|a\s+[^,]{3,60}|of\s+[A-Z][^,]{1,40}))*"
    r",\s+who\s+(?:has\s+|have\s+|had\s+)?(?:always\s+|consistently\s+|strongly\s+)?"
    r"(?P<cue>denies|deny|denied|disputes|disputed|rejects|rejected)\s+"
    r"(?P<noun>[^,;:\"“”]{2,160}?)\s*[.!]?\s*$"
)


def _pleaded(text: str, start: int, end: int, plea: re.Match[str]) -> list[Attribution]:
    """The sentence before the plea's relative clause, then the plea: what the accused denies,
    theirs (see _WHO_DENIES)."""
    verb = CUE_VERBS.get(plea["cue"].lower())
    if verb is None:
        return []
    relative = text.rfind(",", plea.start(), plea.start("cue"))
    before = _attribute_sentence(text, start, relative) or [
        made for made in [_make(text, start, relative)] if made
    ]
    denied = _make(
        text,
        *plea.span("noun"),
        source=plea.span("source"),
        cue=plea.span("cue"),
        cue_verb=verb,
        form="object",
    )
    return [*before, denied] if denied is not None else []


def _relative_opened_by_a_tag(
    text: str, start: int, end: int, opened: re.Match[str], cue_verb: CueVerb | None = None
) -> list[Attribution]:
    """The claims of a sentence whose relative clause opens with its own tag (see
    _RELATIVE_OPENED_BY_A_TAG): the sentence before the clause, then the clause's claim."""
    if opened["cue"] is not None:
        source, cue = opened.span("source"), opened.span("cue")
    else:
        source, cue = opened.span("source2"), opened.span("cue2")
        source = (source[0], source[0] + len(text[source[0] : source[1]].rstrip()))
        cue_verb = CUE_VERBS.get(opened["cue2"].lower())
    if cue_verb is None:
        return []
    before = _attribute_sentence(text, start, opened.start()) or [
        made for made in [_make(text, start, opened.start())] if made
    ]
    # "three of whom, they said, were minors": the count of them is the claim's, tag and all
    # (a relative pronoun alone, "in which", "where", stays out)
    claim_start = opened.start("relative") if " of " in opened["relative"] else opened.end()
    claim = _make(text, claim_start, end, source=source, cue=cue, cue_verb=cue_verb, form="clause")
    return [*before, claim] if claim is not None else before


_CONTRAST_AFTER = re.compile(r",\s+(?:though|although|but|while|whereas)\s+(?=\S)")


def _contrast_after(text: str, found: list[Attribution], end: int) -> list[Attribution]:
    """'More than 1,000 people have been arrested, according to rights groups, though the
    government puts the figure at 300' (or the reporter's own clause: 'The tour was cut short,
    although the management said ...'): the clause after "though" is read on its own when it
    has a speaker of its own, and the claim before ends there."""
    last = found[-1]
    # (after the cue; a reporter's clause without one, after its first words: "The tour was
    # cut short in 2019, although the management said at the time that ...")
    after = last.cue[1] if last.cue is not None else last.content[0] + 15
    contrast = _CONTRAST_AFTER.search(text, after, last.content[1])
    if contrast is None:
        return found
    rest = _attribute_sentence(text, contrast.end(), end)
    if not any(attribution.source is not None for attribution in rest):
        return found
    last.content = (last.content[0], _content_end(text, last.content[0], contrast.start()))
    return [*found, *rest]


_CONCESSIONS_AFTER = (", although ", ", though ", ", whereas ", ", but ", ", while ")


_FRONTED_CONTRAST = frozenset({"while", "although", "though", "whereas"})


def _fronted_contrast(text: str, tokens: list[Token], end: int) -> list[Attribution]:
    """'While police say the march was peaceful, residents say officers used tear gas': a
    subordinate clause with a speaker of its own, then the main clause - two claims, each
    read on its own (the first had been lost)."""
    last = len(tokens) - 1
    for comma in range(3, last - 2):
        if tokens[comma].text != "," or not _opens_clause(tokens, comma + 1, last):
            continue
        if not any(
            token.lower in CUE_VERBS and _cue_at(tokens, position) is not None
            for position, token in enumerate(tokens[1:comma], start=1)
        ):
            # "Though the site is complying, other sites have stated that they will keep
            # the video": the narrator's concession, then the speaker's claim (the
            # concession had been lost to the main clause's attribution). Not after "while",
            # which may tell only when ("While the ferry sank, survivors say ...").
            if tokens[0].lower == "while":
                return []
            main = _attribute_sentence(text, tokens[comma + 1].start, end)
            if not any(attribution.source is not None for attribution in main):
                return []
            concession = _make(text, tokens[0].start, tokens[comma].start)
            return [concession, *main] if concession is not None else []
        first = _attribute_sentence(text, tokens[1].start, tokens[comma].start)
        if not any(attribution.source is not None for attribution in first):
            return []
        return [*first, *_attribute_sentence(text, tokens[comma + 1].start, end)]
    return []


_ABSOLUTE_CUES = {
    **_AFTER_A_COMMA_CUES,
    "writing": "write",
    "reporting": "report",
    # ", with the health ministry putting the toll at 15"
    "putting": "put",
}


def _with_subject(tokens: list[Token], participle: int) -> tuple[int, int] | None:
    """', with one organiser saying' / ', with Boswell stating:': the noun phrase between
    "with" (after a comma) and the participle, a few words without punctuation. None after a
    preposition: ', with laws banning migrants from claiming asylum' has no speaker."""
    if tokens[participle - 1].lower in PREPOSITIONS:
        return None
    if tokens[participle - 1].text == ",":
        return _with_subject_in_apposition(tokens, participle)
    for position in range(participle - 1, max(0, participle - 10), -1):
        token = tokens[position]
        if token.lower == "with":
            if position + 1 < participle and tokens[position - 1].text == ",":
                return (position + 1, participle - 1)
            return None
        if token.text in _PUNCT_STOPS or (not token.is_word and token.text != "-"):
            return None
    return None


def _with_subject_in_apposition(tokens: list[Token], participle: int) -> tuple[int, int] | None:
    """', with one TD, who did not wish to be named, claiming' / ', with the chamber's chairman,
    Peter Wynn, warning': the noun phrase after "with", its apposition or relative clause
    between commas before the participle."""
    closing = participle - 1
    opening = next(
        (
            position
            for position in range(closing - 2, max(1, closing - 20), -1)
            if tokens[position].text == ","
        ),
        None,
    )
    if opening is None or opening < 3:
        return None
    with_at = next(
        (
            position
            for position in range(opening - 1, max(0, opening - 10), -1)
            if tokens[position].lower == "with" or not tokens[position].is_word
        ),
        None,
    )
    if (
        with_at is None
        or tokens[with_at].lower != "with"
        or tokens[with_at - 1].text != ","
        or with_at + 1 >= opening
    ):
        return None
    if _is_name(tokens, opening + 1, closing - 1) and not tokens[with_at + 1].is_capitalised:
        return (with_at + 1, closing - 1)  # the role and the name together, as before a cue
    if not _is_apposition(tokens, opening + 1, closing - 1):
        return None
    return (with_at + 1, opening - 1)


# "released an analysis showing that Y", "published a study finding that Y": what the document
# shows is the claim, the document its source.
_DOCUMENT_SHOWING = re.compile(
    r"\b(?P<source>(?:a|an|the|its|their|his|her|new|fresh)\s+"
    r"(?:(?!(?:a|an|the|its|their|his|her)\s)(?![\w'’-]+ed\s)[\w'’-]+\s+){0,3}?"
    r"(?:analysis|study|report|survey|poll|data|figures|review|audit|research|investigation|"
    r"assessment|statistics|memo|documents?|records|paper|letter)"
    r"(?:\s+(?:by|from|of)\s+[^,;:\"“”]{1,50}?)?)\s*,?\s+"
    r"(?P<cue>showing|finding|suggesting|indicating|concluding|estimating)\s+(?P<that>that\s+)?"
    r"(?=\S)",
    re.IGNORECASE,
)


_SHOWING_CUES = {
    "showing": "show",
    "finding": "find",
    "suggesting": "suggest",
    "indicating": "indicate",
    "concluding": "conclude",
    "estimating": "estimate",
}


# "filed a lawsuit that alleges Y", "released a report that says Y", "a motion that claimed Y":
# a document and what it says, in a relative clause after it
_DOCUMENT_NOUNS = (
    "lawsuit suit complaint motion filing petition report study statement letter memo "
    "indictment affidavit survey analysis review audit ruling judgment order"
).split()
_DOCUMENT_NOUN_HINTS = tuple(f"{noun} " for noun in _DOCUMENT_NOUNS)
_DOCUMENT_THAT_SAYS = re.compile(
    r"\b(?P<source>(?:a|an|the|its|their|his|her)\s+"
    r"(?:(?!(?:a|an|the|its|their|his|her|of|for|by)\s)[\w'’-]+\s+){0,3}?"
    rf"(?:{'|'.join(_DOCUMENT_NOUNS)}))\s+(?:that|which)\s+"
    r"(?:(?:also|further)\s+)?"
    r"(?P<cue>alleges|alleged|claims|claimed|says|said|argues|argued|states|stated|accuses|"
    r"accused|contends|contended|asserts|asserted|found|finds|concluded|concludes)\s+"
    r"(?:that\s+)?(?=\S)"
)


# "shared with captions claiming that Y", "after posts alleging that Y spread": what was posted
# or written says Y (only with "that": not "a post saying goodbye")
_POSTS_CLAIMING = re.compile(
    r"\b(?P<source>(?:(?:a|an|the|its|their|his|her|one|two|several|many|some|numerous|"
    r"(?:dozens|hundreds|thousands|millions)\s+of)\s+(?:[\w'’-]+\s+){0,2}?)?"
    r"(?:captions?|posts?|messages?|videos?|clips?|leaflets?|flyers?|tweets?|rumou?rs?|"
    r"banners?|placards?|graffiti|headlines?|emails?|texts?|memes?|broadcasts?)"
    r"(?:\s+(?:by|from|on)\s+[^,;:\"“”]{1,40}?)?)\s+"
    r"(?P<cue>claiming|alleging|saying|suggesting|asserting|stating)\s+that\s+(?=\S)",
    re.IGNORECASE,
)
_POSTED_CUES = {
    "claiming": "claim",
    "alleging": "allege",
    "saying": "say",
    "suggesting": "suggest",
    "asserting": "assert",
    "stating": "state",
}


_SHOWING_HINTS = (" showing ", " finding ", " suggesting ", " indicating ", " estimating ")
_DIGIT_HINT = re.compile(r"\d")


# "The statistics office released figures showing Y", "The ministry published data showing
# that Y": the body that put out figures with no article before them says Y through them ("Her
# office released an analysis showing Y" has its document as the source: _DOCUMENT_SHOWING)
_PUBLISHED_SHOWING = re.compile(
    r"(?P<source>[A-Z][^,;:\"“”]{1,60}?)\s+(?:(?:has|have|had|also|on\s+[A-Z]\w+day)\s+)*"
    r"(?:released|published|issued|unveiled|presented|produced|put\s+out)\s+"
    r"(?:(?:new|fresh|official|latest|provisional|preliminary)\s+)?"
    r"(?:[a-z][\w'’-]*\s+)?(?:data|figures|research|statistics|numbers|results|estimates)\s+"
    r"(?P<cue>showing|suggesting|indicating|finding)\s+(?P<that>that\s+)?(?=\S)"
)


def _document_showing(text: str, start: int, end: int) -> Attribution | None:
    published = _PUBLISHED_SHOWING.match(text, start, end)
    if published is not None and (published["that"] or has_statistic(text[published.end() : end])):
        verb = CUE_VERBS[_SHOWING_CUES[published["cue"].lower()]]
        return _made_after(text, published, end, verb, "said_that")
    match = _DOCUMENT_SHOWING.search(text, start, end)
    if match is None:
        posted = _POSTS_CLAIMING.search(text, start, end)
        if posted is None or not text[start : posted.start()].strip():
            return None
        # "It was shared with captions claiming that soldiers had burned the village": what
        # the posts claim is theirs
        verb = CUE_VERBS[_POSTED_CUES[posted["cue"].lower()]]
        return _made_after(text, posted, end, verb, "said_that")
    if not text[start : match.start()].strip():
        return None  # (opening the sentence, the phrase is its subject's: "A poll showing ... was")
    if not match["that"] and not has_statistic(text[match.end() : end]):
        # without "that", only a figure shown: "pointed to a poll showing her with 41%
        # support", "a study showing its drug cut hospital stays by 20 percent"
        return None
    verb = CUE_VERBS[_SHOWING_CUES[match["cue"].lower()]]
    return _made_after(text, match, end, verb, "said_that")


_ABSOLUTE_HINTS = (
    ", with ",
    ", prompting ",
    ", forcing ",
    ", leading ",
    ", pushing ",
    ", spurring ",
)
_HEARD_HINTS = (" heard saying ", " seen saying ", " heard telling ", " heard shouting ")
# "In the clip, a soldier can be heard saying that Y": what a recording lets one hear someone
# say is theirs (the setting before them no claim of its own)
_HEARD_SAYING = re.compile(
    r"(?:^|,\s+)(?P<source>(?:a|an|the|one|two|three|several|some|[A-Z])[^,;:\"“”]{0,50}?)\s+"
    r"(?:can|could|is|was|were|are)\s+(?:be\s+|being\s+)?(?:heard|seen)\s+"
    r"(?P<cue>saying|shouting|telling\s+[\w'’-]+(?:\s+[\w'’-]+)?|claiming)\s+(?:that\s+)?"
)
# "..., prompting the minister to say that Y", "..., forcing the company to admit Y": what the
# reporter's clause led someone to say
_PROMPTED_TO_SAY = re.compile(
    r",\s+(?:prompting|leading|forcing|pushing|spurring)\s+(?P<source>[^,;:\"“”]{2,60}?)\s+to\s+"
    r"(?P<cue>say|insist|warn|admit|concede|claim|argue|declare|acknowledge|state)\s+"
    r"(?P<that>that\s+)?"
)


def _heard_saying(text: str, start: int, end: int) -> list[Attribution]:
    """'In the clip, a soldier can be heard saying that Y': the soldier's Y."""
    heard = _HEARD_SAYING.search(text, start, end)
    if heard is None:
        return []
    cue_start = heard.start("cue")
    claim = _make(
        text,
        heard.end(),
        end,
        source=heard.span("source"),
        cue=(cue_start, cue_start + len(heard["cue"].split()[0])),
        cue_verb=CUE_VERBS["said"],
        form="said_that",
    )
    return [claim] if claim is not None else []


def _absolute_claims(text: str, tokens: list[Token], start: int, end: int) -> list[Attribution]:
    """'The plan drew criticism, with one organiser saying the cuts would hurt': the clause
    before the comma is the reporter's; what follows the participle is the organiser's (and
    after 'prompting the minister to say Y', the minister's)."""
    prompted = _PROMPTED_TO_SAY.search(text, start, end)
    said_from = (
        next((i for i, token in enumerate(tokens) if token.start >= prompted.end()), None)
        if prompted is not None
        else None
    )
    if prompted is not None and (
        prompted["that"] or (said_from is not None and _clause_follows(tokens, said_from))
    ):
        return _reporters_then_speakers(
            text,
            (start, prompted.start()),
            (prompted.end(), end),
            prompted.span("source"),
            prompted.span("cue"),
            CUE_VERBS.get(prompted["cue"]) or CUE_VERBS["say"],
            "said_that",
        )
    for position in range(4, len(tokens) - 1):
        token = tokens[position]
        lemma = _ABSOLUTE_CUES.get(token.lower)
        if lemma is None or not token.text.islower():
            continue
        subject = _with_subject(tokens, position)
        if subject is None:
            continue
        after = position + 1
        if (
            lemma == "report"
            and tokens[after].lower != "that"
            and not _clause_right_after(tokens, position)
        ):
            continue  # "with a third of recipients reporting pain": what befell them
        if lemma == "tell":
            after = _skip_object_of_tell(tokens, after, len(tokens) - 1)
        if after < len(tokens) and tokens[after].lower == "that":
            after += 1
        if after >= len(tokens) - 1:
            return []
        second = _second_with_speaker(tokens, after)
        found = _reporters_then_speakers(
            text,
            (start, tokens[subject[0] - 2].start),
            (tokens[after].start, tokens[second[0][0] - 1].start if second else end),
            _span(tokens, *subject),
            _span(tokens, position, position),
            _participle_verb(lemma),
            "said_that",
        )
        if second is not None and found:
            # "..., with the opposition leader claiming A and the premier insisting B": the
            # second speaker's claim, after its participle
            speaker, participle, content = second
            also = _make(
                text,
                tokens[content].start,
                end,
                source=_span(tokens, *speaker),
                cue=_span(tokens, participle, participle),
                cue_verb=_participle_verb(_ABSOLUTE_CUES[tokens[participle].lower]),
                form="said_that",
            )
            if also is not None:
                found.append(also)
        return found
    return []


def _second_with_speaker(
    tokens: list[Token], after: int
) -> tuple[tuple[int, int], int, int] | None:
    """In 'with X saying A and Y insisting B', from A's first token at ``after``: Y's span, the
    participle's position and where B starts - or None."""
    for joint in range(after + 2, len(tokens) - 3):
        if tokens[joint].lower != "and" or not (
            tokens[joint + 1].lower in DETERMINERS or tokens[joint + 1].is_capitalised
        ):
            continue
        for participle in range(joint + 2, min(len(tokens) - 1, joint + 8)):
            token = tokens[participle]
            if not token.is_word or token.lower in _FINITE_VERBS:
                break
            if token.lower in _ABSOLUTE_CUES and token.text.islower():
                content = participle + 1
                if tokens[content].lower == "that":
                    content += 1
                if content >= len(tokens) - 1 or (
                    tokens[content - 1].lower != "that" and not _clause_follows(tokens, content)
                ):
                    return None
                return (joint + 1, participle - 1), participle, content
    return None


_SPEAKER_NOUNS = (
    PERSON_ROLE_WORDS
    | PERSON_TITLES
    | GOVERNMENT_WORDS
    | ORGANISATION_WORDS
    | GROUP_WORDS
    | MEDIA_WORDS
    | DOCUMENT_WORDS
)


def _participle_before_colon(tokens: list[Token]) -> _Tag | None:
    """'The minister hit back, telling reporters: "..."', 'He spoke briefly, adding: "..."',
    '..., saying in a statement: "..."': the clause's subject speaks the quotation, the
    participle is the cue (the clause before its comma is read on its own). ``tokens`` end
    with the colon."""
    comma = _first_comma(tokens, range(len(tokens) - 3, max(0, len(tokens) - 10), -1))
    if comma is None or comma < 2 or tokens[comma + 1].lower not in _ABSOLUTE_CUES:
        return None
    # what the participle is said to, or where: a few words ("reporters", "the BBC", "in a
    # statement", "on X"), no clause of its own
    if any(not token.is_word for token in tokens[comma + 2 : -1]) or (
        comma + 2 < len(tokens) - 1 and tokens[comma + 2].lower == "that"
    ):
        return None
    if tokens[0].lower in PERSON_SUBJECT_PRONOUNS:
        subject: tuple[int, int] | None = (0, 0)
    else:
        subject = _leading_subject(tokens[:comma])
    if subject is None or subject[1] + 1 >= comma:
        return None
    verb = tokens[subject[1] + 1]
    if not (verb.text.islower() and can_be_finite_verb(verb.lower)):
        return None  # ("The minister, speaking to reporters:" has no clause)
    lemma = _ABSOLUTE_CUES[tokens[comma + 1].lower]
    return _Tag(
        _span(tokens, *subject), _span(tokens, comma + 1, comma + 1), _participle_verb(lemma)
    )


def _colon_tag(text: str, start: int, end: int) -> _Tag | None:
    """Who speaks a quotation opened after a colon, when the words before it are a clause, not
    a tag: '..., with Boswell stating: "..."' (the absolute construction's subject), 'Sunak
    defended the record: "..."', 'The minister was blunt: "..."' (the clause's subject, when it
    is a name or a speaker noun)."""
    quoted = _QUOTED_AS_SAYING_COLON.search(text, start, end)
    if quoted is not None:
        # 'The Telegraph quoted headteacher Owen Price as saying: "..."': the one quoted
        return _Tag(quoted.span("source"), quoted.span("cue"), CUE_VERBS["said"])
    tokens = [token for token in tokenize(text, start, end) if token.text not in '"“”‘’']
    if len(tokens) < 3 or tokens[-1].text != ":":
        return None
    last = len(tokens) - 2
    participle = _participle_before_colon(tokens)
    if participle is not None:
        return participle
    lemma = _ABSOLUTE_CUES.get(tokens[last].lower)
    if lemma is not None:
        subject = _with_subject(tokens, last)
        if subject is None:
            return None
        return _Tag(_span(tokens, *subject), _span(tokens, last, last), _participle_verb(lemma))
    opening = 0
    if tokens[0].lower in _SETTING_PARTICIPLES:
        # 'Asked about the penalty, Hale was brief: "..."': the setting, then the clause
        comma = next(
            (position for position, token in enumerate(tokens[:14]) if token.text == ","), None
        )
        if comma is not None and comma + 2 < last:
            opening = comma + 1
    found = _leading_subject(tokens[opening:])
    subject = (found[0] + opening, found[1] + opening) if found is not None else None
    verb_at = subject[1] + 1 if subject is not None else None
    if subject is None and tokens[0].is_capitalised:
        # "Anjali Mehra, the party's spokesperson, was blunter: "...""
        comma = next(
            (position for position, token in enumerate(tokens[:8]) if token.text == ","), None
        )
        closing = _first_comma(tokens, range(comma + 1, min(last, comma + 22))) if comma else None
        if closing is not None and _is_apposition(tokens, comma + 1, closing - 1):
            subject, verb_at = (0, comma - 1), closing + 1
    if (
        subject is None
        or verb_at is None
        or verb_at > last
        or (verb_at == last and tokens[last].lower not in _GESTURES)
    ):
        return None
    verb = tokens[verb_at]
    if (
        not (verb.text.islower() and (can_be_finite_verb(verb.lower) or verb.lower in _GESTURES))
        or verb.lower in CUE_VERBS
    ):
        return None  # (a cue verb there makes a tag, which _match_tag has read already)
    words_of_subject = [
        token for token in tokens[subject[0] : subject[1] + 1] if token.lower not in DETERMINERS
    ]
    if any(token.lower in WEEKDAYS or token.lower in MONTHS for token in words_of_subject):
        return None  # "Monday was chaotic: ..."
    if (
        not any(token.lower in _SPEAKER_NOUNS for token in words_of_subject)
        and verb.lower not in _GESTURES  # ('The midfielder shrugged: "..."': a person)
        and (
            tokens[subject[0]].lower in DETERMINERS  # "The Thames was calm: ..."
            or not all(token.is_capitalised for token in words_of_subject)
        )
    ):
        return None
    return _Tag(_span(tokens, *subject), _span(tokens, verb_at, verb_at), CUE_VERBS["said"])


# what only a person does before speaking: 'The midfielder shrugged: "..."'
_GESTURES = words(
    "shrugged shrugs laughed laughs smiled smiles sighed sighs nodded nods grinned grins "
    "answers answered replies replied"
)
_BETWEEN_AND_AND_CUE = AUXILIARIES | words("then later")
_SPEECH_GROUPS = frozenset({"say", "assert", "tell", "announce", "warn", "confirm"})
# "It comes after X said", "Her comments came as X warned": the news frame of a report
_FRAMING_VERBS = words("comes came come coming")
_FRAMING_HEAD = re.compile(
    r"(?:[A-Z]\w*|[Tt]he\s+\w+|(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+\w+)\s+"
    r"(?:comes?|came)(?:\s+(?:just|only|days|weeks|hours|a\s+day|a\s+week))?\s*$"
)
_SPEAKER_SUBORDINATORS = words("after before when while because since although though once until")
_SUBORDINATOR_HINTS = (*(f" {word} " for word in sorted(_SPEAKER_SUBORDINATORS)), " even as ")


def _subordinate_subject(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """'after she told MPs that', 'when the company said': the noun phrase between the
    subordinator and the cue (a few words, no verb of its own)."""
    position = index - 1
    while position >= 0 and index - position <= 10:
        token = tokens[position]
        if token.lower in _SPEAKER_SUBORDINATORS or (
            token.lower == "as"
            and position > 0
            # "came as X warned", "dismissed the report, even as X said"; "was filed as critics
            # warned that Y" (with "that": no "as X said, Y" of a source)
            and (
                tokens[position - 1].lower in _FRAMING_VERBS
                or tokens[position - 1].lower == "even"
                or (
                    tokens[position - 1].is_word
                    and index + 1 < len(tokens)
                    and tokens[_skip_adjuncts(tokens, index + 1, len(tokens) - 1)].lower == "that"
                )
            )
        ):
            if position == index - 1 or position == 0:
                return None  # (opening the sentence, the clause ends at a comma: left alone)
            verb = CUE_VERBS[tokens[index].lower]
            after = index + 1
            if verb.lemma == "tell":
                after = _skip_object_of_tell(tokens, after, len(tokens) - 1)
            # "when the chairman said after the draw that", "admitted in a statement that"
            after = _skip_adjuncts(tokens, after, len(tokens) - 1)
            finding = (
                # "after engineers found that its supports were corroded": a finding reported
                verb.group == "show" and after < len(tokens) and tokens[after].lower == "that"
            )
            if (
                verb.group != "accuse"
                and not finding
                and (
                    verb.group not in _SPEECH_GROUPS
                    or verb.complement not in ("clause", "that")
                    or not (
                        after < len(tokens)
                        and (tokens[after].lower == "that" or _clause_follows(tokens, after))
                    )
                )
            ):
                # "after they heard a loud crack": an event, not speech (but "after a
                # short-seller alleged accounting fraud": what is alleged is the claim)
                return None
            last = index - 1
            while last > position + 1 and _is_ly_adverb(tokens[last].lower):
                last -= 1  # "when he reportedly told donors": the adverb is no speaker's
            subject = (position + 1, last)
            if tokens[last].lower == "and" and last - position <= 14:
                # "after their federation rejected the plan and said Y": the subject of the
                # subordinate's first verb speaks after "and"
                return _subject_of_first_verb(tokens, last, position + 1)
            if index - position > 8 and not any(
                tokens[inner].text == "(" for inner in range(position + 1, index)
            ):
                return None  # (the long ones: a name with its initials in brackets)
            if _holds_a_verb(tokens, subject) or any(
                tokens[inner].text.islower()
                and (tokens[inner].lower in _FINITE_VERBS or tokens[inner].lower in AUXILIARIES)
                for inner in range(position + 1, index)
            ):
                return None
            return subject
        if (
            token.text not in ("(", ")")
            and (not token.is_word or token.text in _PUNCT_STOPS)
            and not _title_full_stop(tokens, position)  # "after Mr. Ryan said"
        ):
            return None
        position -= 1
    return None


def _later_subordinate_speaker(
    text: str, tokens: list[Token], index: int, main: Attribution, start: int, end: int
) -> list[Attribution]:
    """'X has accused Y of Z after she told MPs that W': the claim of the cue at ``index``
    ends before the subordinate clause, whose speaker says W."""
    if not contains_any(text[main.content[0] : main.content[1]].lower(), _SUBORDINATOR_HINTS):
        return []  # the common case, decided without the tokens
    for later in range(index + 2, len(tokens)):
        token = tokens[later]
        if token.lower not in CUE_VERBS or not main.content[0] <= token.start < main.content[1]:
            continue
        subject = _subordinate_subject(tokens, later)
        if subject is None:
            continue
        verb = _cue_at(tokens, later)
        if verb is None:
            continue
        found = _attribute_with_cue(text, tokens, later, verb, start, end)
        if found is None or found.source is None or found.content[0] < token.end:
            continue
        opener = subject[0] - 1
        if opener > 0 and tokens[opener - 1].lower == "even":
            opener -= 1  # "even as", "even though"
        cut = tokens[opener].start
        main.content = (main.content[0], _content_end(text, main.content[0], cut))
        return [found]
    return []


_JOINTS = ("and ", "but ")


def _and_before(tokens: list[Token], index: int) -> int | None:
    """The "and" (or "but") right before the cue (an adverb between allowed: "and also said",
    "but acknowledged")."""
    position = index - 1
    if position > 0 and tokens[position].lower in _BETWEEN_AND_AND_CUE:
        position -= 1
    if position <= 0:
        return None
    if tokens[position].lower == "and":
        return position
    if tokens[position].lower == "but" and tokens[position - 1].text == ",":
        return position  # "..., adjusted for income, but acknowledged that"
    return None


def _shared_subject(tokens: list[Token], index: int) -> tuple[int, int] | None:
    """'The minister visited the site on Monday and said ...', 'Police arrested two men and
    said ...': a clause with its own verb, then "and" and the cue - the sentence's leading
    subject is the cue's too."""
    joint = _and_before(tokens, index)
    # ("But reporters interrupted and pointed out ...": the connective opens no subject)
    opening = 1 if tokens[0].lower in ("but", "and", "yet") and len(tokens) > 1 else 0
    if joint is None or joint < opening + 2:
        return None
    first = tokens[opening]
    if first.lower in _NOT_SUBJECT_OPENERS or first.lower in SUBJECT_PRONOUNS:
        return None
    # The noun phrase opening the sentence, up to its verb: "The company cut", "Senator John
    # Hale of Ohio called", "Police arrested".
    position = opening + 1 if first.lower in DETERMINERS else opening
    verb = None
    subject_end = None
    while position < min(joint, 9 if subject_end is None else subject_end + 24):
        token = tokens[position]
        if token.text == "," and position > 0 and subject_end is None:
            # "The researchers, led by Professor Rao, adjusted ...", "The inspectors, working
            # for the council, visited ...": the subject's aside, then its verb
            closing = _aside_closes(tokens, position, joint)
            if closing is None:
                return None
            subject_end, position = position - 1, closing + 1
            if all(token.is_capitalised for token in tokens[subject_end + 2 : closing]):
                # "The health minister, Ana Ruiz, praised ...": the role and its holder's name
                subject_end = closing - 1
            if position < joint and _verb_after_subject(tokens, position):
                verb = position
                break
            return None
        if token.text == "." and position > 0 and tokens[position - 1].lower in TITLE_ABBREVIATIONS:
            position += 1  # a title's full stop: "Sen. Rosa Tate"
            continue
        if not token.is_word:
            return None
        if token.is_capitalised or (
            token.lower == "of" and position + 1 < joint and tokens[position + 1].is_capitalised
        ):
            position += 1
            continue
        if (
            position > 0
            and not tokens[position - 1].lower.endswith(("'s", "’s"))
            and (
                token.lower in _FINITE_VERBS
                or can_be_finite_verb(token.lower)
                or _is_participle(token.lower)
            )
        ):
            # (not after a possessive: "Brazil's finance minister")
            verb = position
            break
        position += 1
    if verb is None or (first.lower in DETERMINERS and verb == opening + 1):
        return None
    if any(
        token.text in ";:"
        or token.lower in SUBORDINATORS
        or (
            token.lower in RELATIVE_STOPS
            # ("pointed to wage gains that have outpaced inflation and said": a noun's
            # relative clause inside the first verb's object)
            and not (
                token.lower in ("that", "which")
                and lexicon().best(tokens[position - 1].lower) in ("NN", "NNS")
            )
        )
        for position, token in enumerate(tokens[verb:joint], start=verb)
    ):
        return None
    return (opening, verb - 1 if subject_end is None else subject_end)


def _aside_closes(tokens: list[Token], comma: int, joint: int) -> int | None:
    """The comma closing the aside that opens at ``comma`` after a subject: a participle's
    phrase ("led by Professor Ana Rao of Leeds", "working for the council") or a noun phrase
    ("a nurse at the clinic"), with no verb of its own."""
    opener = tokens[comma + 1] if comma + 1 < joint else None
    if opener is not None and opener.lower in ("who", "whose"):
        # "The mayor, who was not at the ceremony, called for an inquiry and said": a
        # relative clause, with its own verb
        return _next_comma(tokens, comma + 3, min(joint, comma + 20))
    if opener is not None and opener.is_capitalised:
        # "The health minister, Ana Ruiz, praised ...": the holder's name, a few capitalised
        # words up to the closing comma
        # (or a party and state: "Sen. Rosa Tate, D-Ore., called ...")
        closing = _next_comma(tokens, comma + 2, min(joint, comma + 6))
        if closing is not None and all(
            token.is_capitalised or not token.is_word for token in tokens[comma + 1 : closing]
        ):
            return closing
        return None
    if opener is not None and opener.text.isdigit() and len(opener.text) <= 3:
        # "Rosa Tate, 54, visited ...": an age
        closing = comma + 2
        return closing if closing < joint and tokens[closing].text == "," else None
    if opener is None or not (
        opener.lower in ("a", "an", "the")
        or (opener.text.islower() and not {"VBN", "VBG"}.isdisjoint(lexicon().tags(opener.lower)))
        # a role without its article: "Lee Iacocca, chairman of Chrysler Corp., praised"
        or (opener.text.islower() and opener.lower.rpartition("-")[2] in _ROLE_WORDS)
    ):
        return None
    for position in range(comma + 2, min(joint, comma + 16)):
        token = tokens[position]
        if token.text == ",":
            return position
        if token.text in _PUNCT_STOPS or (position > comma + 2 and token.lower in _FINITE_VERBS):
            return None
    return None


def _next_comma(tokens: list[Token], first: int, stop: int) -> int | None:
    """The first comma in ``tokens[first:stop]`` with a token after it, or None."""
    return _first_comma(tokens, range(first, min(len(tokens) - 1, stop)))


_BE_AND_HAVE = words("is are was were be been being has have had")


def _subject_with_its_participle(
    tokens: list[Token], subject: tuple[int, int], cue_index: int
) -> tuple[int, int] | None:
    """'Data compiled by The Hindu from three district hospitals in Salem and Erode suggest':
    a noun opening the sentence, a participle with its agent or source ("compiled by",
    "collected from"), then words without punctuation up to the cue - the whole is the
    subject."""
    first = 0
    if len(tokens) > 2 and tokens[1].text == "," and tokens[0].lower in _OPENING_CONNECTIVES:
        first = 2  # "However, figures collected by ... suggest"
    if cue_index - first > 24 or any(
        token.text in _PUNCT_STOPS for token in tokens[first:cue_index]
    ):
        return None
    participle = next(
        (
            position
            for position in range(first + 1, min(first + 4, subject[0]))
            if tokens[position].text.islower()
            and tokens[position].lower.endswith(("ed", "en"))
            and lexicon().best(tokens[position].lower) in ("VBN", "VBD")
            and tokens[position + 1].lower in ("by", "from", "at", "in", "for", "to")
            # (a reduced relative on the noun, not a passive: "The bomb was planted by")
            and tokens[position - 1].lower not in _BE_AND_HAVE
        ),
        None,
    )
    if participle is None or not _opens_noun_phrase(tokens, first):
        return None
    return (first, subject[1])


def _speaker_before_a_long_relative(tokens: list[Token], cue_index: int) -> tuple[int, int] | None:
    """'A former Treasury official who oversaw the bailout during the final two years of the
    Bush administration said': the noun phrase opening the sentence before "who", when the
    relative clause runs on to the cue with no punctuation but a list's commas."""
    relative = next(
        (position for position in range(1, min(cue_index, 7)) if tokens[position].lower == "who"),
        None,
    )
    if relative is None or not _only_a_list_comma(tokens[relative:cue_index]):
        return None
    if not _opens_noun_phrase(tokens, 0) or _holds_a_verb(tokens, (0, relative - 1)):
        return None
    return (0, relative - 1)


def _only_a_list_comma(stretch: list[Token]) -> bool:
    """No punctuation that stops a phrase in ``stretch`` but the commas of one list ("Ohio,
    Michigan and Wisconsin"): at most two commas, each between two capitalised words or
    words, and "and" or "or" after the last."""
    commas = [index for index, token in enumerate(stretch) if token.text == ","]
    if any(token.text in _PUNCT_STOPS and token.text != "," for token in stretch):
        return False
    if len(commas) > 2:
        return False
    if not commas:
        return True
    return any(token.lower in ("and", "or") for token in stretch[commas[-1] + 1 : commas[-1] + 4])


def _subject_with_relative_clause(tokens: list[Token], cue_index: int) -> tuple[int, int] | str:
    """A sentence-opening noun phrase with a relative clause ('Two miners who were underground
    when the quake hit') right before the cue, or "subordinate"."""
    for position in range(1, min(cue_index, 6)):
        if tokens[position].lower in ("who", "which"):
            stretch = tokens[:cue_index]
            if all(token.text not in _PUNCT_STOPS for token in stretch) and cue_index <= 20:
                return (0, cue_index - 1)
            break
    # "At Kenyatta National Hospital, a nurse who sought anonymity because she is not
    # authorised to speak said": the same after a setting and its comma
    comma = _first_comma(tokens, range(cue_index - 1, 0, -1))
    if (
        comma is not None
        and comma <= 8
        and tokens[0].lower in PREPOSITIONS
        and cue_index - comma <= 24
        and any(token.lower == "who" for token in tokens[comma + 2 : comma + 6])
        and all(token.text not in _PUNCT_STOPS for token in tokens[comma + 1 : cue_index])
    ):
        return (comma + 1, cue_index - 1)
    return "subordinate"


def _subject_after_a_time(tokens: list[Token]) -> tuple[int, int] | None:
    """'Last year the owner fired the manager, accusing him ...', 'On Monday the minister
    sacked his deputy': the subject after an opening time without a comma."""
    if (
        len(tokens) < 4
        or tokens[0].lower not in ("last", "on", "this", "earlier", "later", "in")
        or not (_is_time_token(tokens[1]) or _YEAR.fullmatch(tokens[1].text))
        or not (tokens[2].lower in DETERMINERS or tokens[2].lower in ("he", "she", "they"))
    ):
        return None
    if tokens[2].lower in ("he", "she", "they"):
        return (2, 2)  # "Last month he fired the commissioner, accusing her of ..."
    subject = _leading_subject(tokens[2:])
    if subject is None:
        return None
    return (subject[0] + 2, subject[1] + 2)


def _subject_after_adjunct(tokens: list[Token]) -> tuple[int, int] | None:
    """'At an event in Erie on Saturday, Ms. Dorsey defended the contract, ...': the subject
    after an opening adjunct and its comma; after a sentence adverb ("However, the bar
    council criticised ...", "Meanwhile, ...") or a conjunction ("But the union welcomed ...")."""
    if len(tokens) < 3:
        return None
    if tokens[0].lower in _OPENING_WORDS:
        # ("But the union welcomed", "However, the bar council", "Then the judge"): the word,
        # its comma if any, then the subject
        skip = 2 if tokens[1].text == "," else 1
        found = _leading_subject(tokens[skip:])
        return None if found is None else (found[0] + skip, found[1] + skip)
    opening_participle = _opening_participle(tokens)
    if (
        tokens[0].lower not in PREPOSITIONS
        and not _is_time_token(tokens[0])
        and not opening_participle
    ):
        return None
    comma = _first_comma(tokens, range(min(len(tokens), 14)))
    if comma is None or comma + 2 >= len(tokens):
        return None
    if opening_participle and tokens[comma + 1].lower in SUBJECT_PRONOUNS:
        return (comma + 1, comma + 1) if tokens[comma + 1].lower != "you" else None
    found = _leading_subject(tokens[comma + 1 :])
    if found is None:
        return None
    return (found[0] + comma + 1, found[1] + comma + 1)


_PLACE_PREPOSITIONS = words("in at from for of across")
# A connective or sentence adverb opening the sentence before its subject
_OPENING_WORDS = _LEADING_CONNECTIVES | _DISCOURSE_ADVERBS | words("finally now instead elsewhere")


def _bare_plural_subject(tokens: list[Token]) -> tuple[int, int] | None:
    """A plural subject without a determiner opening the sentence, then its verb: "Health
    officials in Kenya finished ...", "Officials confirmed ...", "Local residents have ...":
    up to three words, the last a plural noun, then maybe a place ("in Kenya", "at Harlow
    General"), then a finite verb or an auxiliary."""
    head = None
    for position in range(min(3, len(tokens))):
        token = tokens[position]
        if not token.is_word or (position > 0 and not token.text.islower()):
            break
        best = lexicon().best(token.lower)
        if best == "NNS":
            if not is_plural_of_speakers(token.lower):
                return None  # "Prices rose, confirming that ...": the narrator's inference
            head = position
            break
        if best not in ("NN", "JJ") and not (position == 0 and best in ("NNP", "NNPS")):
            break  # (a capital opening the sentence: "Veterinary officials", "Kenyan doctors")
    if head is None:
        return None
    last = head
    after = head + 1
    if (
        after + 2 < len(tokens)
        and tokens[after].lower in _PLACE_PREPOSITIONS
        and (
            tokens[after + 1].is_capitalised
            # "Members of the Green Party walked out": a name after its article
            or (tokens[after + 1].lower == "the" and tokens[after + 2].is_capitalised)
        )
    ):
        probe = after + 1 if tokens[after + 1].is_capitalised else after + 2
        start_of_name = probe
        while probe < len(tokens) and probe <= start_of_name + 4 and tokens[probe].is_capitalised:
            probe += 1
        # "at the Moncton hospital": the name's common noun after it
        if (
            probe + 1 < len(tokens)
            and tokens[probe].text.islower()
            and lexicon().best(tokens[probe].lower) == "NN"
        ):
            probe += 1
        last, after = probe - 1, probe
    if after >= len(tokens):
        return None
    verb = tokens[after].lower
    if verb in AUXILIARIES or (
        tokens[after].text.islower() and "VBD" in lexicon().tags(verb) and verb.endswith("ed")
    ):
        return (0, last)
    return None


_CROWD_COUNTS = words("dozens hundreds thousands scores tens millions")


def _opening_participle(tokens: list[Token]) -> bool:
    """ "Asked about the memo, Whitaker ...", "Pressed on the figures, the minister ...",
    "Founded in 1990, the group ...": a participle's phrase opens the sentence, before its
    subject."""
    return (
        len(tokens) > 3
        and tokens[0].lower.endswith("ed")
        and tokens[1].text.islower()
        and lexicon().best(tokens[0].lower) in ("VBN", "VBD")
    )


_COMPANY_ABBREVIATIONS = words("corp inc co cos ltd plc bros")


def _leading_subject(tokens: list[Token]) -> tuple[int, int] | None:
    """The noun phrase opening a sentence: 'Harrowfield County Council', 'The county council' -
    not 'Last year', 'In March', 'However', 'Asked about it'."""
    if (
        tokens[0].lower in _NOT_SUBJECT_OPENERS
        or tokens[0].lower in SUBJECT_PRONOUNS
        or _opening_participle(tokens)
    ):
        return None
    named = _role_then_name_opening(tokens) or _possessor_role_name_opening(tokens)
    if named is not None:
        return named
    if tokens[0].lower in _CROWD_COUNTS and len(tokens) > 3 and tokens[1].lower == "of":
        # "Dozens of nurses at the Moncton hospital walked off the job, saying ...": the
        # nurses, counted
        counted = _bare_plural_subject(tokens[2:])
        if counted is not None:
            return (0, counted[1] + 2)
    first = 1 if tokens[0].lower in ("the", "a", "an", "its", "their") else 0
    if first == 0:
        bare = _bare_plural_subject(tokens)
        if bare is not None:
            return bare
        if (
            lexicon().best(tokens[0].lower) == "NNS"
            and not is_plural_of_speakers(tokens[0].lower)
            # (a name the lexicon never saw, guessed a plural by its -s, before a role:
            # "Jefferies analyst Tom Hale")
            and not (
                not lexicon().knows(tokens[0].lower)
                and len(tokens) > 2
                and (tokens[1].lower in PERSON_ROLE_WORDS or tokens[1].lower in _ROLE_WORDS)
                and tokens[2].is_capitalised
            )
            and not (
                len(tokens) > 1
                and (
                    tokens[1].is_capitalised
                    or tokens[1].lower in PREPOSITIONS
                    or tokens[1].lower in _PLACE_PREPOSITIONS
                )
            )
        ):
            return None  # "Prices climbed, confirming that ...": no one who speaks
        if _plural_possessive(tokens, 1):
            # "Dockers' leaders welcomed the deal, saying ...": the possessive's noun speaks
            last = 2
            while (
                last + 1 < len(tokens)
                and tokens[last + 1].text.islower()
                and (lexicon().best(tokens[last + 1].lower) in ("NN", "NNS"))
            ):
                last += 1
            if last + 1 < len(tokens) and can_be_finite_verb(tokens[last + 1].lower):
                return (0, last)
    last = first
    while last < len(tokens) and (
        (tokens[last].is_word and tokens[last].is_capitalised)
        # "The Port Employers' Council": a plural's possessive mark inside the name
        or (last > first and _plural_possessive(tokens, last) and tokens[last + 1].is_capitalised)
        # "Ms. Dorsey": a title's full stop; "The U.S. Justice Department": an acronym's;
        # "Norden Corp.'s board": a company's
        or (
            tokens[last].text == "."
            and last > first
            and (
                tokens[last - 1].lower in TITLE_ABBREVIATIONS
                or (
                    tokens[last - 1].lower in _COMPANY_ABBREVIATIONS
                    and last + 2 < len(tokens)
                    and tokens[last + 1].text in ("'", "’")
                    and tokens[last + 2].lower == "s"
                )
                or _DOTTED_CAPITALS.fullmatch(tokens[last - 1].text) is not None
                # a middle initial's: "Donald J. Trump", "George W. Bush"
                or (
                    len(tokens[last - 1].text) == 1
                    and tokens[last - 1].text.isupper()
                    and last + 1 < len(tokens)
                    and tokens[last + 1].is_capitalised
                )
            )
        )
        # a name's small words and initials: "The Law Society of Kenya (LSK)" (not a day:
        # "The Federal Trade Commission on Tuesday sued")
        or (
            last > first
            and tokens[last].lower in ("of", "for", "on", "and", "&")
            and last + 1 < len(tokens)
            and tokens[last + 1].is_capitalised
            and tokens[last - 1].is_capitalised
            and not _is_time_token(tokens[last + 1])
        )
        or (
            last > first
            and tokens[last].text == "("
            and last + 2 < len(tokens)
            and tokens[last + 1].text.isupper()
            and tokens[last + 2].text == ")"
        )
    ):
        last += 3 if tokens[last].text == "(" else 1
    if (
        last > first
        and last + 1 < len(tokens)
        and tokens[last].text.islower()
        and (
            tokens[last].lower in PERSON_ROLE_WORDS
            or tokens[last].lower in PERSON_TITLES
            or tokens[last].lower in _ROLE_WORDS
        )
        and tokens[last + 1].is_capitalised
    ):
        # "Harlow manager Pieter de Vries", "Leeds coach Ana Ruiz": a side, a role, the name
        # ("Proxy adviser ISS")
        last += 1
        while last < len(tokens) and (
            tokens[last].is_capitalised or tokens[last].lower in _NAME_PARTICLES
        ):
            last += 1
    if last == first and first == 1:
        # "The county council wants ...": lowercase nouns up to the word that looks like the verb
        # ("The nurses' union has rejected ...": a plural's possessive mark is no word)
        limit = first + 3
        while last < min(len(tokens), limit) and (
            (tokens[last].is_word and tokens[last].text.islower())
            or _plural_possessive(tokens, last)
            # "A former Conservative minister has ...": a party's name after an adjective (not
            # a name after a preposition: "A spokeswoman for Scotland Yard")
            or (
                last > first
                and tokens[last].is_word
                and tokens[last].is_capitalised
                and lexicon().best(tokens[last - 1].lower) == "JJ"
            )
        ):
            if not tokens[last].is_word:
                limit += 1
                last += 1
                continue
            last += 1
            following = tokens[last].lower if last < len(tokens) else ""
            if _time_before_verb(tokens, last):
                break  # "The appeals court on Tuesday blocked"
            if _plural_possessive(tokens, last + 1):
                continue  # "The regional farmers' association": no verb in -s
            if (
                following.endswith(("ed", "s"))
                or following in AUXILIARIES
                # "The firm cut its forecast", "The bank held rates": a past form
                or "VBD" in lexicon().tags(following)
            ):
                break
    if (
        last > first
        and last + 1 < len(tokens)
        and tokens[last].text.islower()
        and (
            lexicon().best(tokens[last].lower) == "NNS" or is_plural_of_speakers(tokens[last].lower)
        )
        and can_be_finite_verb(tokens[last + 1].lower)
    ):
        last += 1  # "Government officials gave", "Oxfam researchers said": the head noun
    elif last > first:
        # "The Libyan coast guard gave": nouns after the name, up to a past verb ("Poland's
        # central bank cut", "Kenya's national statistics office revised": after a
        # possessive, adjectives too)
        possessive = tokens[last - 1].lower.endswith(("'s", "’s"))
        if (
            tokens[last - 1].text == "."
            and last + 1 < len(tokens)
            and tokens[last].text in ("'", "’")
            and tokens[last + 1].lower == "s"
        ):
            last += 2  # "Norden Corp.'s board": the possessive after the full stop
            possessive = True
        probe = last
        while (
            probe < min(len(tokens) - 1, last + (4 if possessive else 2))
            and tokens[probe].text.islower()
            and lexicon().best(tokens[probe].lower)
            in (("NN", "NNS", "NNP", "JJ", "JJS", "JJR") if possessive else ("NN", "NNS", "NNP"))
            and not _time_before_verb(tokens, probe)
        ):
            probe += 1
            if "VBD" in lexicon().tags(tokens[probe].lower) or tokens[probe].lower in AUXILIARIES:
                last = probe
                break
        if (
            probe == last
            and last + 2 < len(tokens)
            and tokens[last].text.islower()
            and "NN" in lexicon().tags(tokens[last].lower)
            and tokens[last + 1].text == ","
            and tokens[last + 2].lower in ("who", "whose")
        ):
            last += 1  # "A Treasury figure, who did not want to be named, was ...": its noun
    if last > first and last + 1 < len(tokens) and tokens[last].text == ",":
        opener = tokens[last + 1].lower
        closing = None
        if opener in ("the", "a", "an") and tokens[last - 1].is_capitalised:
            # "Kim Yo-jong, the powerful sister of the leader, rejected ...": the name, its
            # apposition between commas (no verb in it), then the verb (not a copula: "X, the
            # party's spokesperson, was blunter: ...")
            closing = _next_comma(tokens, last + 2, last + 16)
            # (a relative clause inside the apposition holds its own verb: "Tom Hale, the
            # Tennessee Republican who chairs the panel, was more measured, saying ...")
            relative = (
                next(
                    (
                        position
                        for position in range(last + 2, closing)
                        if tokens[position].lower in ("who", "which")
                    ),
                    closing,
                )
                if closing is not None
                else None
            )
            if closing is not None and not (
                (
                    can_be_finite_verb(tokens[closing + 1].lower)
                    # ("..., was more measured, saying": a copula after a relative clause)
                    or (relative != closing and tokens[closing + 1].lower in _COPULAS)
                )
                and (
                    relative != closing
                    or (
                        tokens[closing + 1].lower not in AUXILIARIES
                        and tokens[closing + 1].lower not in PASSIVE_AUXILIARIES
                    )
                )
                and not _may_hold_a_verb(tokens, last + 1, relative)
            ):
                closing = None
        elif opener in ("who", "which"):
            # "Mayor Tom Reed, who proposed the plan in April, defended it": the name, its
            # relative clause between commas, then the verb
            closing = _next_comma(tokens, last + 2, last + 25)
        elif opener in _SETTLED_PARTICIPLES and tokens[last - 1].is_capitalised:
            # "Harlan Foods, based in Omaha, Nebraska, launched ...": where the named body is
            # (a place may hold a comma of its own), then the verb
            closing = _next_comma(tokens, last + 2, last + 8)
            while (
                closing is not None
                and closing + 1 < len(tokens)
                and tokens[closing + 1].is_capitalised
                and closing + 2 < len(tokens)
                and tokens[closing + 2].text == ","
            ):
                closing = closing + 2  # "based in Omaha, Nebraska,"
        if (
            closing is not None
            and tokens[closing + 1].is_word
            and tokens[closing + 1].text.islower()
        ):
            return (0, last - 1)
    if last == first and last < len(tokens) and tokens[last].text.islower():
        # "The appeals court on Tuesday blocked": the first noun only looked like the verb
        last = _noun_phrase_to_its_verb(tokens, last)
    if last == first or last >= len(tokens) or not tokens[last].is_word:
        return None
    if tokens[last].is_capitalised and tokens[last - 1].lower in ("for", "of", "at", "from"):
        # "A spokesman for Downing Street declined ...", "A spokeswoman for Tesco said": the
        # role, then the body it speaks for
        while last < len(tokens) and tokens[last].is_word and tokens[last].is_capitalised:
            last += 1
        if (
            last < len(tokens)
            and tokens[last].text.islower()
            and can_be_finite_verb(tokens[last].lower)
        ):
            return (0, last - 1)
        return None
    if tokens[last].is_capitalised:
        return None
    return (0, _noun_phrase_to_its_verb(tokens, last) - 1)


# A named body's participle of place or origin: "Harlan Foods, based in Omaha, launched"
_SETTLED_PARTICIPLES = words("based headquartered located founded incorporated registered")

# A time between a subject and its verb: "The court on Tuesday blocked", "Police yesterday said"
_BEFORE_THE_VERB = words("yesterday today earlier later also separately")


def _noun_phrase_to_its_verb(tokens: list[Token], stop: int) -> int:
    """Where a sentence-opening noun phrase read up to ``stop`` ends when the word at ``stop``
    only looked like its verb: nouns of a compound ("A federal appeals court", "Dutch tax
    inspectors"), a descriptor then a name ("Environmental group Green Horizon"), up to a
    finite verb (or a time and then one: "court on Tuesday blocked"). ``stop`` when no such
    verb follows the nouns."""
    position = stop
    while position < min(len(tokens), stop + 6):
        token = tokens[position]
        if not token.is_word:
            return stop
        if token.is_capitalised:
            position += 1
            continue
        if token.text.islower() and can_be_finite_verb(token.lower) and position > stop:
            return position
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        named = _named_after_a_preposition(tokens, position + 1)
        if named is not None and can_be_noun(token.lower):
            # "Foreign ministers from the Group of Seven on Tuesday called": the noun's
            # phrase of a name, then the verb
            if _time_before_verb(tokens, named) or (
                named < len(tokens)
                and tokens[named].text.islower()
                and can_be_finite_verb(tokens[named].lower)
            ):
                return named
            return stop
        if following is None or not can_be_noun(token.lower):
            return stop
        if _time_before_verb(tokens, position + 1):
            return position + 1
        if not (
            following.is_capitalised or (following.text.islower() and can_be_noun(following.lower))
        ):
            return stop
        position += 1
    return stop


def _named_after_a_preposition(tokens: list[Token], position: int) -> int | None:
    """After "from the Group of Seven", "of the European Union", "at Harvard": the position
    after the name, or None."""
    if position >= len(tokens) or tokens[position].lower not in ("from", "of", "at", "in", "for"):
        return None
    position += 1
    if position < len(tokens) and tokens[position].lower == "the":
        position += 1
    if position >= len(tokens) or not tokens[position].is_capitalised:
        return None
    while position < len(tokens) and (
        tokens[position].is_capitalised
        or (
            tokens[position].lower in ("of", "and", "for")
            and position + 1 < len(tokens)
            and tokens[position + 1].is_capitalised
        )
        or tokens[position].text.isdigit()
    ):
        position += 1
    return position


def _time_before_verb(tokens: list[Token], position: int) -> bool:
    """ "on Tuesday blocked", "yesterday fined": a time, then a finite verb."""
    if position >= len(tokens):
        return False
    after = position + 1
    if tokens[position].lower == "on" and after < len(tokens) and _is_time_token(tokens[after]):
        after += 1
    elif tokens[position].lower not in _BEFORE_THE_VERB:
        return False
    if after >= len(tokens) or not tokens[after].text.islower():
        return False
    word = tokens[after].lower
    # (the lexicon misses some past forms: "upheld")
    return can_be_finite_verb(word) or (
        word not in PREPOSITIONS
        and word not in DETERMINERS
        and word not in _TIME_WORDS
        and word not in ("and", "or", "but")
    )


_NAME_PARTICLES = words("de van von der da del di bin al la le")


def _plural_possessive(tokens: list[Token], position: int) -> bool:
    """The apostrophe of "the nurses' union": after a word in -s, joined to it, before a word."""
    if not 0 < position < len(tokens) - 1:
        return False
    token = tokens[position]
    return (
        token.text in ("'", "’")
        and tokens[position - 1].end == token.start
        and tokens[position - 1].lower.endswith("s")
        and tokens[position + 1].is_word
        and tokens[position + 1].start == token.end + 1
    )


_DOTTED_CAPITALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S", "U.K" (the last stop a token)


def _role_then_name_opening(tokens: list[Token]) -> tuple[int, int] | None:
    """'The interior minister of Valdoria, Tomas Reyes, on Monday defended ...': a role, its
    holder's name between commas, then the predicate - the role and the name."""
    if tokens[0].lower not in ("the", "a", "an") and not tokens[0].is_capitalised:
        return None
    comma = _first_comma(tokens, range(1, min(len(tokens), 9)))
    if comma is None or not any(token.lower in _ROLE_WORDS for token in tokens[:comma]):
        return None  # (a role: "The Mayor's spokesman", "The head of the teachers' union")
    last = comma + 1
    while last < len(tokens) and (
        tokens[last].is_capitalised
        or tokens[last].lower in _NAME_PARTICLES
        # an initial's or a title's full stop: "Lee P. Brown", "Mr. Hale"
        or (
            tokens[last].text == "."
            and last > comma + 1
            and (len(tokens[last - 1].text) == 1 or tokens[last - 1].lower in TITLE_ABBREVIATIONS)
        )
    ):
        last += 1
    name_words = sum(1 for token in tokens[comma + 1 : last] if token.text != ".")
    if not 2 <= name_words <= 4 or last + 1 >= len(tokens) or tokens[last].text != ",":
        return None
    if not tokens[last + 1].text.islower():
        return None
    return (0, last - 1)


def _possessor_role_name_opening(tokens: list[Token]) -> tuple[int, int] | None:
    """ "Russia's deputy foreign minister Sergei Ryabkov hit back, ...", "Britain's foreign
    secretary hit back": a country's or a body's possessive, its role words, maybe the
    holder's name, then a verb - the whole phrase (not the possessive alone)."""
    if not (tokens[0].is_capitalised and tokens[0].lower.endswith(("'s", "’s"))):
        return None
    last = 1
    while last < min(len(tokens), 6) and tokens[last].text.islower() and tokens[last].is_word:
        last += 1
    if last == 1 or not any(token.lower in _ROLE_WORDS for token in tokens[1:last]):
        return None
    name = last
    while name < len(tokens) and name - last < 4 and tokens[name].is_capitalised:
        name += 1
    if name >= len(tokens) or not (
        tokens[name].text.islower() and can_be_finite_verb(tokens[name].lower)
    ):
        return None
    return (0, name - 1)


_NOT_SUBJECT_OPENERS = PREPOSITIONS | words(
    "last next this however but and yet still meanwhile when while after before since then "
    "although though if as earlier later"
)


def _reporting_tail(
    text: str, tokens: list[Token], after: int, start: int, end: int
) -> Attribution | None:
    """A 'Y, X said' attribution later in the sentence than the cue at ``after``."""
    for index in range(after + 1, len(tokens)):
        if tokens[index].lower not in CUE_VERBS:
            continue
        verb = _cue_at(tokens, index)
        first = CUE_VERBS.get(tokens[after].lower)
        if verb is None or (
            # ("Illinois recorded 31 deaths, state data shows": a record's figure the data give)
            verb.group == "show" and not (first is not None and first.lemma in FIGURE_ONLY_CUES)
        ):
            continue
        found = _attribute_with_cue(text, tokens, index, verb, start, end)
        if found is not None and found.form == "tail":
            return found
    return None


_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|at|during|after|before|by|with|from|under)\s+\w+\s+$")
_SETTING_CLAUSE = re.compile(r",\s+(?:where|when)\s+(?P<clause>[^,;:\"“]{12,160}),\s*$")


# "After 3,000 people were evacuated, officials said Y", "With 95 percent of votes counted,
# the commission said Y": an adjunct opening the sentence before its speaker. (Not "When X
# recalled four batches, it said Y": the occasion of the statement, told before it.)
_FRONTED_ADJUNCT = re.compile(
    r"(?:After|As|Since|Because|Although|Though|While|Following|Despite|Amid|With)\s+"
    r"(?P<words>(?:[^,;:\"“”]|,(?=\d)){6,160}),\s*$"
)
# "three hours of talks", "after two days": a stretch of time is no figure of the story's
_DURATION = re.compile(
    r"\b(?:\d+|a|an|one|several|many|few|" + "|".join(sorted(NUMBER_WORDS)) + r")\s+"
    r"(?:more\s+)?(?:" + "|".join(sorted(TIME_UNITS)) + r")\b",
    re.IGNORECASE,
)


def _fronted_fact(text: str, start: int, source_start: int) -> Attribution | None:
    """The adjunct before the speaker, as the reporter's own claim, when it states a figure
    ('After 3,000 people were evacuated', 'Following a 12 percent drop in sales'): the
    speaker's claim is what follows the cue, and the figure would be lost. A time, a stretch
    of time or a setting without a figure ('After the meeting,', 'After three hours of
    talks,', 'As the storm approached,') is no claim."""
    if not 8 <= source_start - start <= 170:
        return None
    match = _FRONTED_ADJUNCT.match(text, start, source_start)
    if match is None:
        return None
    words = match["words"]
    if not has_statistic(_DURATION.sub("", words)):
        return None
    return _make(text, start, match.end("words"))


def _is_clause(text: str) -> bool:
    """A subject and a finite verb after it, in a few words: 'the river crested nine feet'."""
    found = text.split()
    return len(found) >= 4 and any(
        word.islower() and can_be_finite_verb(word) for word in found[1:6]
    )


def _clause_before_source(
    text: str, tokens: list[Token], attribution: Attribution, start: int
) -> list[Attribution]:
    """'Troops entered the town and residents reported looting': the clause before 'and' is
    the reporter's own claim, not part of the residents' (nor lost)."""
    if attribution.source is None or attribution.form not in ("said_that", "object"):
        return []
    if attribution.content[0] < attribution.source[0]:
        return []
    fronted = _fronted_fact(text, start, attribution.source[0])
    if fronted is not None:
        return [fronted]
    setting = _SETTING_CLAUSE.search(text, start, attribution.source[0])
    if setting is not None and _is_clause(setting["clause"]):
        # "In Ottumwa, where the river crested nine feet above flood stage, the mayor said Y":
        # the place's clause is the reporter's own claim
        made = _make(text, *setting.span("clause"))
        return [made] if made is not None else []
    if (
        attribution.cue is not None
        and attribution.source[0] == start
        and contains_any(text[max(start, attribution.cue[0] - 14) : attribution.cue[0]], _JOINTS)
    ):
        # "The minister visited the site and said Y": the clause before "and" is the
        # reporter's own claim
        cue_index = next(
            (
                position
                for position, token in enumerate(tokens)
                if token.start == attribution.cue[0]
            ),
            None,
        )
        joint = _and_before(tokens, cue_index) if cue_index is not None else None
        if joint is not None and tokens[joint].start > attribution.source[1] + 3:
            made = _make(text, start, tokens[joint].start)
            return [made] if made is not None else []
    # (room for "although " before the speaker)
    before_start = max(start, attribution.source[0] - 12)
    before = text[before_start : attribution.source[0]]
    subordinator = re.search(r"(?:^|\s)(\w+)\s+$", before)
    if (
        subordinator is not None
        and (
            # "Shares fell after the company said Y": the main clause is the reporter's own
            (
                (
                    subordinator[1].lower() in _SPEAKER_SUBORDINATORS
                    # "The minister visited the camp, where she said Y"
                    or subordinator[1] in ("as", "where")
                )
                and attribution.source[0] - start > 12
            )
            # "The coast guard released a video that it said showed Y": what the speaker says of
            # the video is theirs; that the video was released, the reporter's own (not "an
            # interview in which he said Y": the clause is where it was said)
            or (
                # (and "arrested Ramon Cruz, whom they described as ...": of a person)
                subordinator[1].lower() in ("that", "which", "who", "whom")
                and _short_speaker(text[attribution.source[0] : attribution.source[1]])
                and attribution.source[0] - start > 20
                and not _PREPOSITION_BEFORE.search(text, start, attribution.source[0])
            )
        )
    ):
        made = _make(text, start, before_start + subordinator.start(1))
        if made is not None and _FRAMING_HEAD.fullmatch(text, *made.content):
            return []  # "It comes after ...", "The move came as ...": no claim of its own
        if made is not None and subordinator[1] == "where":
            place = text[made.content[0] : made.content[1]].rsplit(None, 1)[-1]
            if lexicon().best(place) not in ("NN", "NNS", "NNP", "NNPS"):
                return []  # "It was unclear where he said ...": a question, no place
        return [made] if made is not None else []
    if not before.endswith(("and ", "but ")):
        return _clause_before_a_named_role(text, attribution, start)
    joint = next(
        (
            position
            for position, token in enumerate(tokens)
            if token.end <= attribution.source[0]
            and token.start >= start
            and tokens[position + 1].start == attribution.source[0]
        ),
        None,
    )
    if joint is None or tokens[joint].lower not in ("and", "but") or joint < 3:
        return []
    if not any(
        token.text.islower()
        and (
            (_is_participle(token.lower) and not _reduced_relative(tokens, position))
            or token.lower in _FINITE_VERBS
            # "The factory employs 2,300 people, and union leaders say"
            or (
                tokens[position - 1].is_word
                and lexicon().best(token.lower) in ("VBZ", "VBD")
                and not _reduced_relative(tokens, position)
            )
        )
        for position, token in enumerate(tokens[1:joint], start=1)
    ):
        return []  # "Researchers at the University of X and Y say": a noun phrase, no clause
    made = _make(text, start, tokens[joint].start)
    return [made] if made is not None else []


def _reduced_relative(tokens: list[Token], position: int) -> bool:
    """'an analysis released Wednesday by X', 'photographs taken by agents': a participle
    right after its noun, then "by" or a time - the noun's, no clause's verb (not "A shell
    exploded near the school")."""
    if position + 1 >= len(tokens) or not tokens[position].lower.endswith(("ed", "en")):
        return False
    noun = tokens[position - 1]
    following = tokens[position + 1]
    return (
        noun.text.islower()
        and lexicon().best(noun.lower) in ("NN", "NNS")
        and (following.lower == "by" or _is_time_token(following))
    )


_AND_A_ROLE = re.compile(r",\s+(?:and|but)\s+(?=(?:a|an|the|its|his|her|their)\s)")


def _clause_before_a_named_role(
    text: str, attribution: Attribution, start: int
) -> list[Attribution]:
    """'The airport reopened on Friday, and a spokeswoman for the airline, Karen Liu, said Y':
    the clause before ", and" is the reporter's own claim (the speaker is the role with its
    holder's name, without the "and")."""
    source = attribution.source
    if source is None or source[0] - start < 12:
        return []
    stretch_start = max(start, source[0] - 100)
    joint = max(
        _AND_A_ROLE.finditer(text, stretch_start, source[1]),
        key=lambda match: match.start(),
        default=None,
    )
    if joint is None:
        return []
    role = text[joint.end() : source[1]]
    if any(word in _FINITE_VERBS for word in role.lower().split()):
        return []
    if source[0] < joint.end():
        # the speaker ran from "and": "and a spokesman for the Bureau, Eli Moreno"
        attribution.source = (joint.end(), source[1])
    head = text[start : joint.start()]
    if not any(
        word in _FINITE_VERBS or "VBD" in lexicon().tags(word) or lexicon().best(word) == "VBZ"
        for word in head.lower().split()[1:]
    ):
        return []  # (no clause before it: "Researchers at X, and a colleague, Y, said")
    made = _make(text, start, joint.start())
    return [made] if made is not None else []


def _short_speaker(source: str) -> bool:
    """A pronoun ("a video that it said showed"), or a short plural of people or a body
    ("a warehouse that prosecutors said held", "losses that officials said could exceed")."""
    lowered = source.lower()
    if lowered in SUBJECT_PRONOUNS:
        return True
    words = lowered.split()
    return (
        1 <= len(words) <= 2
        and words[-1].isalpha()
        and (lexicon().best(words[-1]) in ("NNS", "NNPS") or words[-1] == "police")
    )


def _claim_noun_that(text: str, tokens: list[Token], main: Attribution) -> None:
    """'cited claims, spread online, that Y': the claim is Y."""
    first = next((token for token in tokens if token.start >= main.content[0]), None)
    if first is None or first.lower not in CLAIM_NOUNS or first.lower in ("that", "it", "this"):
        return
    for token in tokens:
        if token.start > first.start and token.lower == "that" and token.end < main.content[1]:
            made = _make(text, token.end, main.content[1])
            if made is not None:
                main.content = made.content
            return


# ', calling the complaint "a political stunt"' after what was said (or a closing mark)
_CALLING_AFTER = re.compile(
    r"[\"”'’]?,\s+(?P<cue>calling|describing|branding|labell?ing|terming)\s+"
    r"(?=(?:it|them|this|that|those|these|the\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+|"
    r"its\s+\w+|[\w-]+(?:['’]s|s['’])\s+\w+)\b[^.;]{0,60}?(?:[\"“]|\bas\b|\ban?\s))"
)


_SETTING_BETWEEN = re.compile(rf"{_DENIAL_SETTINGS}\s*")


def _calling_after_the_claim(text: str, main: Attribution, end: int) -> list[Attribution]:
    """'told reporters he had broken no rules, calling the complaint "a political stunt"',
    'said the plan would go ahead, calling critics' warnings "overblown"': what the speaker
    called something, a claim of its own by the same speaker (it had been dropped from the
    claim, or kept inside it)."""
    start, stop = main.content
    calling = _CALLING_AFTER.search(text, start, end)
    if calling is None or calling.start() - start < 10:
        return []
    if text.find(".", stop, calling.start()) >= 0 or (
        calling.start() > stop + 2
        # ("denied the report in a terse statement, calling it ...": when and how it was
        # denied, left out of what was denied, stand between)
        and _SETTING_BETWEEN.fullmatch(text, stop, calling.start()) is None
    ):
        return []  # (a participle further on belongs to another clause)
    made = _make(
        text,
        calling.end(),
        end,
        source=main.source,
        cue=(calling.start("cue"), calling.end("cue")),
        cue_verb=_CHARACTERISED,
        form="participle",
    )
    if made is None:
        return []
    main.content = (start, _content_end(text, start, min(stop, calling.start())))
    return [made]


_JUDGED_HINTS = (" called ", " described as ", " termed ", " dismissed as ", " branded ")
# ', a figure one analyst called "optimistic at best"', ', a timeline a union official
# described as "fantasy"': a gloss on what was said, naming who judged it
_JUDGED_GLOSS = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:figure|forecast|estimate|timeline|timetable|target|"
    r"projection|number|sum|valuation|assessment|prediction|promise|pledge|claim|account|"
    # (", a move one trustee described as "a betrayal"")
    r"move|deal|decision|step|plan|offer|proposal|sale|merger|change|ruling|verdict)"
    r"(?:\s+(?:that|which))?\s+(?P<source>(?:[\w'’.-]+\s+){1,6}?)(?:(?:had|has|have)\s+)?"
    r"(?P<cue>called|described\s+as|termed|dismissed\s+as|branded)\s+"
)


_NOT_DISPUTED = re.compile(
    r",?\s+but\s+(?P<act>(?:did\s+not|didn't)\s+(?:dispute|deny|contest|challenge|question)\s+\S)"
)


def _what_was_not_disputed(text: str, main: Attribution, end: int) -> list[Attribution]:
    """'said the audit was flawed but did not dispute its central finding': what the speaker did
    not dispute, cut from the claim, is the reporter's own claim (no part of what was said, and
    not lost)."""
    stop = main.content[1]
    if text.find(" but ", stop, end) < 0:
        return []
    match = _NOT_DISPUTED.match(text, stop + (text[stop] in "\"”'’" if stop < end else 0))
    if match is None:
        return []
    made = _make(text, match.start("act"), end)
    return [made] if made is not None else []


def _judged_gloss(text: str, main: Attribution, end: int) -> list[Attribution]:
    """'said the recall would cost $40 million, a figure one analyst called "optimistic at
    best"': what the analyst called it is the analyst's claim, no part of the company's."""
    start, stop = main.content
    if "," not in text[start:stop]:
        return []
    gloss = _JUDGED_GLOSS.search(text, start, stop)
    if gloss is None or gloss.start() - start < 10:
        return []
    made = _judged_gloss_claim(text, gloss, end)
    if made is None:
        return []
    main.content = (start, _content_end(text, start, gloss.start()))
    return [made]


def _judged_gloss_claim(text: str, gloss: re.Match[str], end: int) -> Attribution | None:
    """The claim of the judge a gloss names (``_JUDGED_GLOSS``), to ``end``; None for the
    speaker's own word for it ("a figure it called conservative")."""
    source = gloss["source"].strip()
    if not source or source.split()[0].lower() in ("it", "they", "he", "she", "we", "i"):
        return None
    made = _make(
        text,
        gloss.end(),
        end,
        source=(gloss.start("source"), gloss.start("source") + len(source)),
        cue=(gloss.start("cue"), gloss.end("cue")),
        cue_verb=_CHARACTERISED,
        form="object",
    )
    if made is None:
        return None
    first, last = made.content
    if last - first > 2 and text[first] in '"“' and text[last - 1] in '"”':
        # '"fanciful".': the quotation, as '"fanciful."' is
        made.content, made.is_quote = (first + 1, last - 1), True
    return made


def _described_as_claims(text: str, main: Attribution) -> list[Attribution]:
    """'... a vote that international observers described as largely peaceful': a claim by
    the observers; the main claim stops at the comma before the relative clause."""
    content = text[main.content[0] : main.content[1]]
    if " as " not in content:
        return []
    match = _DESCRIBED_AS.search(text, main.content[0], main.content[1])
    if match is None or match.start() - main.content[0] < 10:
        return []
    made = _make(
        text,
        match.start("content"),
        match.end("content"),
        source=(match.start("source"), match.end("source")),
        cue=(match.start("cue"), match.end("cue")),
        cue_verb=CUE_VERBS["described"],
        form="object",
    )
    if made is None:
        return []
    if len(text[match.end("content") : main.content[1]].strip(' ,"”.').split()) >= 2:
        # "The market, which he described as "in crisis", has shrunk": the relative clause
        # sits inside the main claim, whose predicate comes after it - the main claim stays
        return [made]
    comma = text.rfind(",", main.content[0], match.start())
    cut = comma if comma > main.content[0] + 10 else match.start()
    main.content = (main.content[0], _content_end(text, main.content[0], cut))
    return [made]


# The participles that give what a denial asserts instead of what it denies.
_REASONS_OF_A_DENIAL = frozenset(
    {"saying", "arguing", "insisting", "explaining", "maintaining", "stating", "contending"}
)


# A clause that says only how its subject spoke, before a participle that says what: "went
# further", "went a step further", "was blunter", "did not mince words".
# a rebuttal without an object, then ", saying Y": "pushed back", "hit back", "fired back"
_PUSHED_BACK = re.compile(
    r"\s(?P<cue>(?:pushed|hit|fired|shot|struck)\s+back|hit\s+out)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|quickly|"
    r"immediately|sharply|angrily))?\s*,\s*$"
)
# (the subject before it: words without a verb of their own, no comma)
_PUSHED_BACK_SUBJECT = re.compile(r"[^,;:]{2,80}")
# A response with no content of its own before ", saying Y": "responded in a statement on
# Tuesday evening", "reacted on social media", "defended the operation", "hailed the figure",
# "justified the decision" (not "defended the town": only a decision or an account defended)
_RESPONDED = re.compile(
    r"\s(?P<cue>responded|replied|reacted|defended|hailed|justified)"
    r"(?:\s+(?:the|its|his|her|their|this|that|a)\s+(?:[\w'’$.-]+\s+){0,3}?"
    r"(?:operation|operations|contract|decision|decisions|move|plan|policy|figures?|deal|record|"
    r"budget|ruling|raid|actions?|measures?|handling|response|report|law|bill|choice|"
    r"appointment|spending|data|numbers|results?|approach|strategy|programme|program|project|"
    r"reforms?|cuts?|increase|rise|fall|drop|growth))?"
    r"(?:\s+(?:to|in|on|at|via|through|during|late|early|last|this)\s+[^,;:]{2,50}?){0,2}"
    r"\s*,\s*$"
)
_SAID_ONLY_HOW = re.compile(
    r"\s(?:went\s+(?:(?:even|much|one\s+step|a\s+step)\s+)?further|"
    r"was\s+(?:even\s+)?(?:blunter|more\s+blunt|more\s+direct|more\s+forthright)|"
    r"did\s+not\s+mince\s+(?:his|her|their|its)?\s*words)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s*,\s*$"
)


def _names_an_account(text: str, start: int, end: int) -> bool:
    """The object between a verb of denial and its participle's comma ends in a claim noun or
    "explanation": 'rejected the contamination explanation,'."""
    # ('rejected what he called "fabricated accusations",': the quotation's last word)
    words = text[start:end].rstrip(" ,\"”’'").lower().split()
    return bool(words) and (
        words[-1] in CLAIM_NOUNS or words[-1] in ("explanation", "explanations")
    )


def _claimed_to_have(tokens: list[Token], index: int) -> int | None:
    """The position of "to" in "claimed (on Telegram, on Sunday) to have / to be": what the
    speaker claims to have done or to be; None when no such infinitive follows."""
    for position in range(index, min(len(tokens) - 2, index + 6)):
        token = tokens[position]
        if token.lower == "to":
            return position if tokens[position + 1].lower in ("have", "be") else None
        if not token.is_word or token.lower in ("that", "and", "but"):
            return None
    return None


def _denial_verb_after(tokens: list[Token], index: int) -> int | None:
    """The position of a verb of denial at ``index``, past auxiliaries and adverbs ("has
    flatly rejected"); None when another word stands there."""
    while index < len(tokens) and (
        tokens[index].lower in AUXILIARIES or _is_ly_adverb(tokens[index].lower)
    ):
        index += 1
    if index < len(tokens):
        verb = CUE_VERBS.get(tokens[index].lower)
        if verb is not None and verb.group == "deny":
            return index
    return None


def _object_is_only_a_reference(text: str, attribution: Attribution) -> bool:
    """'the accusation', 'the report on Wednesday', 'the claims in a statement', 'reports of
    an ambush'."""
    content = text[attribution.content[0] : attribution.content[1]]
    words = _REFERENCE_ADJUNCT.sub("", content).lower().split()
    if not words or (
        len(words) > 1
        and not (
            (words[0] in DETERMINERS or words[0] in CLAIM_NOUNS or words[0].endswith(("'s", "’s")))
            and words[0] not in SUBJECT_PRONOUNS
        )
    ):
        # a noun phrase opens with its determiner, a possessive or the noun itself; "denied
        # that it had hidden the report", "denied hiding the report" deny a clause
        return False
    if len(words) <= 3 and any(word.strip(".,") in CLAIM_NOUNS for word in words):
        return True
    if len(words) <= 5 and words and words[-1].strip(".,") in CLAIM_NOUNS:
        return True  # "the report's central finding", "the party's latest figures"
    # "reports of an ambush": a claim noun heading what was denied
    head = [word for word in words[:3] if word not in DETERMINERS]
    return len(words) <= 6 and len(head) > 1 and head[0] in CLAIM_NOUNS and head[1] == "of"


# Time and channel adjuncts after a denied reference: "denied the report late on Wednesday".
_REFERENCE_ADJUNCT = re.compile(
    r"\s+(?:(?:late|early)\s+)?(?:on|in|at|by|last|earlier|this|yesterday|today|through|via)\b.*$",
    re.IGNORECASE,
)

# Words that open a clause continuing the claim after a mid-sentence attribution.
# How long after or before another event, opening what follows a tag: "..., the JCS said, two
# days after the allies began their drills", "..., a week before the vote"
_TIME_FROM_AN_EVENT = re.compile(
    r"\s*(?:(?:just|only|barely|some|about|nearly|almost|less\s+than|more\s+than)\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:day|days|week|weeks|month|months|hour|hours|year|years|minutes)\s+(?:after|before)\s"
)
_CONTINUATIONS = frozenset(
    "after before because following despite amid when since until due unlike than".split()
)


def _that_determines_a_noun(tokens: list[Token], that: int, last: int) -> bool:
    """'acknowledged that mistake in a radio interview', 'admitted that error on Monday':
    "that" before a singular noun with no verb after it is a determiner."""
    if that + 1 > last:
        return False
    noun = tokens[that + 1]
    if not noun.text.islower() or lexicon().best(noun.lower) != "NN":
        return False
    if that + 2 > last or tokens[that + 2].text in (".", "!", "?", ";"):
        return True
    following = tokens[that + 2]
    if following.lower not in PREPOSITIONS or following.lower == "to":
        return False
    for token in tokens[that + 3 : last + 1]:
        if not token.is_word:
            break
        if token.text.islower() and (
            token.lower in _FINITE_VERBS or can_be_finite_verb(token.lower)
        ):
            return False  # "that funding for the program would end": a clause
    return True


def _predicate_resumes_after_adjunct(tokens: list[Token], after: int, last: int) -> bool:
    """After a tag, a short phrase of where or when it was said, a comma, then a finite verb:
    "he argued at the hearing, were backed by ..." - the sentence's predicate resumes."""
    if after > last or tokens[after].lower not in PREPOSITIONS:
        return False
    comma = _first_comma(tokens, range(after, last))
    if comma is None or comma - after > 6:
        return False
    following = tokens[comma + 1]
    return (
        following.lower in _FINITE_VERBS
        or following.lower in AUXILIARIES
        or _is_finite_verb_first(following)
    )


def _setting_opens(tokens: list[Token], words_before: list[Token]) -> bool:
    """The words before a tag are a setting of time or manner, no subject: "For now", "In the
    meantime", "By next year", "Last year", "Until then" (at most five words, no verb)."""
    first = words_before[0]
    return (
        len(words_before) <= 5
        and (
            first.lower in _FRONTING_PREPOSITIONS
            or _is_time_token(first)
            or first.lower in ("last", "next", "this", "until", "since")
            or [token.lower for token in words_before] == ["so", "far"]
        )
        and not any(
            token.lower in _FINITE_VERBS or _is_finite_verb_first(token) for token in words_before
        )
    )


def _continues_claim(tokens: list[Token], after: int, last: int) -> bool:
    """After the attribution and its adjuncts comes ', after/because/despite ...': the claim
    runs on (at least two more words)."""
    position = after - 1  # the adjuncts before may have taken the comma
    if position < 0 or tokens[position].text != ",":
        position = after
        while position <= last and tokens[position].text != ",":
            position += 1
    if position + 1 <= last and tokens[position + 1].lower == "and":
        # "Y, AFAD said in a statement, and 214 of them remain ...": a clause of its own, the
        # same speaker's (see _trailing_setting), not a claim running on past the tag
        return False
    if position + 1 > last or tokens[position + 1].lower not in _CONTINUATIONS:
        return False
    if position + 2 <= last and tokens[position + 2].lower in _ASKED_WORDS:
        return False  # "Y, a spokesman said, when asked about the images": when he said it
    return sum(1 for token in tokens[position + 2 : last + 1] if token.is_word) >= 2


def _setting_after_tag(tokens: list[Token], after: int, claim_end: int) -> bool:
    """'Ferry services will resume on Friday, the coast guard said, after winds eased
    overnight': a past clause after the tag, set against a claim about what will be, tells when
    it was said - the reporter's setting, not the claim's words. ('Orders dropped 8 percent, the
    firm confirmed, after the price rise' runs on: when the orders dropped.)"""
    position = after - 1 if after > 0 and tokens[after - 1].text == "," else after
    while position < len(tokens) and tokens[position].text != ",":
        position += 1
    if position + 3 >= len(tokens) or tokens[position + 1].lower not in ("after", "as"):
        return False
    if not any(token.lower in _FUTURE_MARKERS for token in tokens[:claim_end]):
        return False
    return any(
        token.text.islower() and "VBD" in lexicon().tags(token.lower)
        for token in tokens[position + 3 : position + 8]
    )


_FUTURE_MARKERS = words("will would shall")


_ASKED_WORDS = words("asked pressed questioned challenged")
# (a "yet" only after a comma: 'the clearest evidence yet that the system is gamed' is the
# superlative's "yet", and its "that" clause)
_AND_THAT = re.compile(r"(?:,?\s+(?:and|but)|,\s+yet)\s+that\s+")
_WHICH_CLAUSE = re.compile(r",\s+which\s+")
# a relative clause set off by commas, then the verb of the clause around it
_VERB_AFTER_A_RELATIVE = re.compile(
    r"(?:[^,;\"“”]|,(?=\d)){3,120}?,\s+(?:(?:has|have|had|was|were|is|are|would|will|could|may|"
    r"might)\s+"
    r"(?:not\s+|also\s+|since\s+|already\s+)?[a-z]+|(?:rose|fell|grew|dropped|climbed|jumped|"
    r"slipped|shrank|doubled|halved|increased|decreased|declined|reached|hit|topped|stood|"
    r"remained|stayed|exceeded|surged|slumped|edged|eased))\b"
)


# "The bank estimated 3 per cent, but I think their model ignores migration": the one who
# speaks (a reporter's "I", an interviewee's) answering the claim before
_FIRST_PERSON_REBUTTAL = re.compile(
    r",\s+(?:but|though|although|yet)\s+(?P<who>I|we)\s+(?P<cue>think|believe|suspect)"
    r"\s+(?:that\s+)?(?=\S)"
)


def _first_person_rebuttal(text: str, main: Attribution) -> list[Attribution]:
    match = _FIRST_PERSON_REBUTTAL.search(text, main.content[0], main.content[1])
    if match is None or match.start() - main.content[0] < 8:
        return []
    verb = CUE_VERBS[match["cue"]]
    after = (match.end(), main.content[1])
    return _split_off(text, main, match, after, verb, "said_that", source=match.span("who"))


# ", though he accepted this was "no excuse"": the speaker conceding, after the claim
_SPEAKERS_CONCESSION = re.compile(
    r",\s+(?:though|although|but)\s+(?:he|she|they|it|we)\s+(?:also\s+)?"
    r"(?P<cue>accepted|conceded|admitted|acknowledged|agreed)\s+(?:that\s+)?(?=\S)"
)


def _speakers_concession(text: str, main: Attribution) -> list[Attribution]:
    """'said the defendant was remorseful, though he accepted this was "no excuse"': what the
    speaker concedes is a claim of theirs, with its own cue; the first claim ends before it."""
    match = _SPEAKERS_CONCESSION.search(text, main.content[0], main.content[1])
    if match is None or match.start() - main.content[0] < 10:
        return []
    verb = CUE_VERBS[match["cue"]]
    after = (match.end(), main.content[1])
    return _split_off(text, main, match, after, verb, "said_that", source=main.source)


_THOUGH_CLAUSE = re.compile(
    r",\s+(?:though|although)\s+(?P<clause>(?:only\s+)?(?:the|a|an|its|their|no|state|federal|"
    r"[A-Z][\w'’.-]*|[a-z]+s)\s+"
    # ("though the transit board, not the mayor, sets fares": an aside inside its subject)
    r"(?:[\w'’.-]+,?\s+){0,5}?(?P<verb>has|have|is|are|does|do|remains|remain|lacks|lack|can|"
    r"cannot|must|sets|allows|requires|says|shows)\b)"
)
_PAST_CUES = words("said told wrote added noted argued insisted claimed warned stated")


def _reporters_though(text: str, main: Attribution) -> list[Attribution]:
    """'The mayor said the budget was balanced, though auditors have not yet reviewed it': a
    "though" clause in the present after a cue in the past is the reporter's own aside (what
    was said would stand in the past), a claim without a speaker; the claim ends before it."""
    if main.cue is None or text[main.cue[0] : main.cue[1]].lower() not in _PAST_CUES:
        return []
    start, stop = main.content
    if "though " not in text[start:stop]:
        return []
    match = _THOUGH_CLAUSE.search(text, start, stop)
    if match is None or match.start() - start < 10:
        return []
    if _inside_a_quotation(text, start, match.start()):
        return []
    made = _make(text, match.start("clause"), stop)
    if made is None:
        return []
    main.content = (start, _content_end(text, start, match.start()))
    return [made]


def _and_that_claims(text: str, main: Attribution) -> list[Attribution]:
    """'said Y and that Z', 'said Y but that Z': two claims by the same claimant."""
    match = _AND_THAT.search(text, main.content[0], main.content[1])
    if match is None or main.cue is None or main.cue_verb is None:
        return []
    following = text[match.end() : main.content[1]].split(None, 1)
    if following and following[0].lower() in _RELATIVE_VERBS_AFTER_THAT:
        # "40 cases that the state had confirmed but that were still being checked": a
        # second relative clause of the same noun (its verb right after "that")
        return []
    after = (match.end(), main.content[1])
    return _split_off(
        text, main, match, after, main.cue_verb, "said_that", source=main.source, cue=main.cue
    )


# ", two days after it dismissed a newspaper report of a defect as "speculation"": what the
# speaker had denied before confirming it
_AFTER_ITS_DENIAL = re.compile(
    r",\s+(?:(?:just|only|barely|some|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|a\s+few|\d+)\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)\s+after\s+"
    r"(?P<source>it|he|she|they|the\s+[\w-]+)\s+(?:had\s+)?(?:(?:publicly|flatly|firmly)\s+)?"
    r"(?P<cue>dismissed|denied|rejected|disputed)\s+(?P<noun>[^,;]{2,120}?)"
    r"(?:\s+as\s+[^,;]{1,80}?)?\s*[.!]?[\"”’']*\s*$"
)


def _after_its_denial(text: str, main: Attribution) -> list[Attribution]:
    """'confirmed it would cut 2,000 jobs, a week after it dismissed reports of layoffs as
    "rumours"': the earlier denial, the same speaker's claim of its own (the confirmation
    stops at the comma)."""
    if " after " not in text[main.content[0] : main.content[1]]:
        return []
    match = _AFTER_ITS_DENIAL.search(text, main.content[0], main.content[1])
    if match is None or match.start() - main.content[0] < 10:
        return []
    verb = CUE_VERBS.get(match["cue"].lower())
    if verb is None:
        return []
    source = main.source if match["source"].lower() in ("it", "he", "she", "they") else None
    return _split_off(
        text, main, match, match.span("noun"), verb, "object", source=source or match.span("source")
    )


_RELATIVE_VERBS_AFTER_THAT = words("was were is are had has have could would will remain remained")


# ", and on Thursday she voted for a cut": the speaker, as a pronoun, doing something in the
# past - the reporter's narration after the reported clause, not part of it
_AND_THE_SPEAKER = re.compile(
    r",\s+and\s+(?P<rest>(?:(?:on|in|at|last|this|later|then)\s+(?:[\w'’-]+\s+){0,2}?)?"
    r"(?:he|she|they)\s+(?:(?:later|then|also|promptly|duly)\s+)?(?P<verb>[a-z]+)\b)"
)


def _and_then_the_speaker_acted(text: str, main: Attribution) -> list[Attribution]:
    """'has argued that rates are too high, and on Thursday she voted for a cut': the clause
    after ", and" is the reporter's when the speaker, as a pronoun, did something then."""
    if main.source is None or ", and " not in text[main.content[0] : main.content[1]]:
        return []
    match = _AND_THE_SPEAKER.search(text, main.content[0], main.content[1])
    if match is None:
        return []
    verb = match["verb"]
    if verb in _FINITE_VERBS or verb in AUXILIARIES or verb in _MODALS:
        return []  # "and she would vote for it": still what was said
    if "VBD" not in lexicon().tags(verb):
        return []
    made = _make(text, match.start("rest"), main.content[1])
    if made is None:
        return []
    main.content = (main.content[0], _content_end(text, main.content[0], match.start()))
    return [made]


# ", which the source said was used to ...", ", who he said run a trucking business", ", which
# the North has claimed is capable of ...": a relative clause at the end of what was said,
# with a speaker and a cue of its own, then its verb (the relative pronoun its subject)
_RELATIVE_SPEAKER = re.compile(
    r",\s+(?:which|who|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:figure|number|total|amount|sum|"
    r"estimate|count|toll|tally|rate|level|plan|project|move|step|timeline|promise)\s+that)\s+"
    r"(?P<source>(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\w'’.-]+"
    r"(?:\s+[\w'’.-]+){0,3}?)\s+(?:has\s+|have\s+|had\s+|also\s+)?"
    r"(?P<cue>said|says|say|claimed|claims|claim|alleged|alleges|believes|believed|believe|"
    r"insists|insisted|estimated|estimates|described\s+as)\s+"
    r"(?P<rest>(?:is|was|were|are|had|has|have|could|"
    r"would|will|can|may|might|run|runs|ran|used|owns|owned)\b)"
)


# "said Hale had closed 40 hospitals, a figure that PolitiFact rated False", "said the bridge
# would open by June, a timeline that engineers have called unrealistic": what another makes of
# the claim, in a noun phrase after it with a relative clause of its own subject
_JUDGED_BY_ANOTHER = re.compile(
    r",[\"”’']?\s+(?P<noun>a|an)\s+(?:[\w-]+\s+)?(?:figure|number|total|claim|estimate|timeline|promise|"
    r"pledge|assertion|statement|charge|accusation|prediction|forecast|projection|target|"
    r"goal|deadline|proposal|boast|characteri[sz]ation|argument|view|belief|theory|idea)\s+"
    r"that\s+"
    r"(?P<subject>(?:the\s+|some\s+|many\s+|most\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?)\s+"
    r"(?:has\s+|have\s+|had\s+|was\s+|were\s+)?(?:since\s+|quickly\s+|widely\s+)?"
    # ("regard as overstated", "consider unrealistic": what they make of it, in the present)
    r"(?P<verb>[a-z]+ed|regard|regards|consider|considers|see|sees|view|views)\b"
)


_JUDGING_LEMMAS = frozenset({"call", "label", "brand", "dub", "deem", "rate", "consider", "regard"})
# "A Gallup poll showed approval at 42%, while a Pew survey had it at 38%": a second source's
# figure, set beside the first in the same sentence
_WHILE_ANOTHER_SOURCE = re.compile(
    r",\s+(?:while|whereas)\s+(?P<source>(?:(?:a|an|the|its|their|his|her)\s+)?"
    r"(?:[\w'’/-]+\s+){0,4}?(?:poll|polls|survey|surveys|count|tally|estimate|estimates|study|"
    r"analysis|report|census|figures|data|model|forecast|projection))\s+"
    r"(?P<cue>had|has|put|puts|showed|shows|found|finds|gave|gives|estimated|estimates|counted|"
    r"counts|recorded|records|placed|places)\s+(?=\S)"
)


def _while_another_source(text: str, main: Attribution) -> list[Attribution]:
    """The claim ends before ", while <another source> <verb> ...", which is that source's."""
    start, end = main.content
    if ", while " not in text[start:end] and ", whereas " not in text[start:end]:
        return []
    match = _WHILE_ANOTHER_SOURCE.search(text, start, end)
    if match is None or match.start() - start < 8:
        return []
    verb = CUE_VERBS.get(match["cue"].lower()) or CUE_VERBS["showed"]
    return _split_off(text, main, match, (match.end(), end), verb, "object")


def _judged_by_another(text: str, main: Attribution) -> list[Attribution]:
    """The speaker's claim ends before the noun phrase that says what another made of it; that
    phrase is the reporter's claim (its own subject is no speaker of the claim before)."""
    start, end = main.content
    if " that " not in text[start:end]:
        return []
    match = _JUDGED_BY_ANOTHER.search(text, start, end)
    if match is None or match.start() - start < 12:
        return []
    verb = CUE_VERBS.get(match["verb"])
    if verb is not None and verb.lemma not in _JUDGING_LEMMAS:
        return []  # (what another says or denies of it: read by the rules for those)
    if match["subject"].split()[-1].lower() in AUXILIARIES:
        return []
    made = _make(text, match.start("noun"), end)
    if made is None:
        return []
    main.content = (start, _content_end(text, start, match.start()))
    return [made]


# "alleged that she was approached by a woman who claimed that Y": someone inside what was
# said, and what they claimed - theirs
_WHO_CLAIMED = re.compile(
    r"\s+who\s+(?P<cue>claimed|said|told\s+(?:her|him|them|us|me)|alleged|insisted|assured\s+"
    r"(?:her|him|them|us|me))\s+(?:that\s+)?(?!to\s)(?=\S)"
)
_PERSON_DETERMINERS = words("a an one another two three some several the")


def _who_claimed_inside(text: str, main: Attribution) -> list[Attribution]:
    """'The victim alleged that she was approached by a woman who claimed that Y': Y is the
    woman's, a claim of its own; the victim's claim ends before "who"."""
    start, end = main.content
    if " who " not in text[start:end]:
        return []
    match = _WHO_CLAIMED.search(text, start, end)
    if match is None or match.start() - start < 12:
        return []
    words_before = list(
        re.finditer(r"[\w'’-]+", text[max(start, match.start() - 80) : match.start()])
    )
    offset = max(start, match.start() - 80)
    determiner = None
    for position in range(len(words_before) - 1, max(-1, len(words_before) - 8), -1):
        word = words_before[position].group().lower()
        if word in _PERSON_DETERMINERS:
            determiner = position
            before = words_before[position - 1].group().lower() if position else ""
            if before not in ("in", "of", "with", "at"):
                break
    if determiner is None:
        return []
    source = (offset + words_before[determiner].start(), offset + words_before[-1].end())
    cue_word = match["cue"].split()[0].lower()
    verb = CUE_VERBS.get(cue_word)
    if verb is None:
        return []
    made = _make(
        text,
        match.end(),
        end,
        source=source,
        cue=(match.start("cue"), match.start("cue") + len(match["cue"].split()[0])),
        cue_verb=verb,
        form="said_that",
    )
    if made is None:
        return []
    main.content = (start, _content_end(text, start, match.start()))
    return [made]


def _relative_with_its_speaker(
    text: str, main: Attribution, upto: int | None = None
) -> list[Attribution]:
    """'told Reuters the agency had hit a pumping station near Unecha, which the source said
    was used to supply fuel to Russian forces': what the relative clause says of its noun is
    the speaker's inside it (the pronoun "he", "the source" resolved later) - a claim of its
    own, and the first claim ends at the comma. (``upto``: where the sentence ends, when the
    claim was cut before the relative clause: "cited rising fuel costs, which it said ...")"""
    start, end = main.content[0], upto or main.content[1]
    if ", wh" not in text[start:end] and " that " not in text[start:end]:
        return []
    match = _RELATIVE_SPEAKER.search(text, start, end)
    if match is None or match.start() - start < 12:
        return []
    cue_text = match["cue"].split()[0].lower()
    verb = CUE_VERBS.get(cue_text)
    if verb is None:
        return []
    source = match.span("source")
    if match["source"].lower() in ("he", "she", "they", "it") and main.source is not None:
        source = main.source  # "Dizon said ..., who he said run ...": the speaker himself
    made = _make(
        text,
        match.start("rest"),
        end,
        source=source,
        cue=match.span("cue"),
        cue_verb=verb,
        form="said_that",
    )
    if made is None:
        return []
    main.content = (start, _content_end(text, start, min(match.start(), main.content[1])))
    return [made]


_MODAL_CLAUSE = re.compile(
    r"^(?:[\w'’-]+\s+){1,6}?[\"“]?(?:would|will|could|can|should|may|might|must|is|are|does|do)"
    r"\s+"
)
# after "and reduced": a noun, then the clause's verb ("reduced plantings are counted")
_MODIFIES_A_SUBJECT = re.compile(r"\s+[a-z]+s\s+(?:are|were|is|was|have|had|has|will|would)\b")
_AND_A_PAST_VERB = re.compile(
    r"\s+and\s+(?:then\s+|later\s+|also\s+)?(?P<verb>[a-z]+ed|kept|held|left|made|gave|took|"
    r"sent|won|lost|paid|sold|led|met|struck|froze|began|brought|sought|spent|withdrew|drew|"
    r"chose|wrote|broke|told|cut|set|put|shut|hit|quit|cast|spread)\b"
)
# pasts written as their base form: read as pasts after a past cue ("reported a loss and cut
# its forecast")
_SAME_FORM_PASTS = words("cut set put shut hit quit cast spread")
# Acts of a speaker (a judge's, an official's, a spokesman's), not of what a claim is about
_SPEAKERS_ACTS = words(
    "adjourned remanded sentenced ordered described urged announced thanked repeated "
    "apologised apologized pledged vowed appealed praised criticised criticized welcomed"
)
_CONVENED = re.compile(
    r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:strike|strikes|protest|protests|"
    r"rally|march|meeting|vote|election|referendum|halt|ceasefire|truce|boycott|walkout|"
    r"stoppage|shutdown|inquiry|review|summit|session|conference)\b"
)
_CONCLUDED = re.compile(
    r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:conclusion|verdict|finding|determination)\b"
)
# their object: a determiner, a pronoun or a name
_AN_OBJECT = re.compile(
    r"\s+(?:the|a|an|its|his|her|their|our|him|them|it|all|any|[A-Z][\w'’-]*)\b"
)
# what follows a verb the speaker then did: its particle or its object's determiner
_ACTED_ON = re.compile(r"\s+(?:out|off|up|down|back|the|a|an|its|his|her|their|any|new|plans)\b")


_STATE_PEOPLE = words(
    "attorneys attorney regulators lawmakers legislators officials prosecutors agencies police "
    "troopers governments senators judges auditors inspectors investigators health"
)
# What a government or a body declares by its act: "declared a state of emergency"
_DECLARED_ACT = re.compile(
    r"(?:(?:a|an|the|its|\w+)\s+){0,3}?(?:(?:national|public|local|nationwide|official|"
    r"week-long|day-long)\s+)?(?:mourning|emergency|curfew|holiday|ceasefire|truce|"
    r"amnesty|martial\s+law|state\s+of\s+(?:emergency|disaster|siege|alert)|disaster\s+area|"
    r"war|independence|bankruptcy|a\s+dividend|dividend)\b"
)
# Ground that is fought over, not a claim disputed: "areas contested by the rebels"
_CONTESTED_GROUND = words(
    "area areas territory territories region regions land lands district districts zone zones "
    "border borders island islands province provinces town towns village villages seat seats "
    "constituency constituencies ward wards ground waters field"
)


def _said_in_the_match(
    text: str, match: re.Match[str], content_start: int, end: int
) -> Attribution | None:
    """What the match's "source" said with its "cue" (a verb of CUE_VERBS), from
    ``content_start`` to ``end``."""
    return _make(
        text,
        content_start,
        end,
        source=match.span("source"),
        cue=match.span("cue"),
        cue_verb=CUE_VERBS[match["cue"].lower()],
        form="said_that",
    )


def _reported_pluperfect(tokens: list[Token], content_start: int, before: int) -> bool:
    """The reported clause, from ``content_start`` to token ``before``, is in the pluperfect
    ("the board had considered ..."): a second "had" + verb goes on with it."""
    return any(token.lower == "had" and token.start >= content_start for token in tokens[:before])


_PAST_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b[^,;]*$")


def _and_the_speaker_did(
    text: str, main: Attribution, after_a_figure: bool = False
) -> list[Attribution]:
    """'Sharif said the government would provide compensation and ordered all agencies to
    speed up relief': after a clause of "would", "will", "is" ..., "and" with a past verb
    goes back to the speaker, who did it - the reporter's own claim (the clause said would
    go on with "and order")."""
    start, end = main.content
    if main.source is None or " and " not in text[start:end]:
        return []
    if after_a_figure and not has_statistic(text[start:end]):
        # "The festival reported debts of £1.4m and cancelled its autumn event": a figure
        # reported, then what the subject did
        return []
    match = _AND_A_PAST_VERB.search(text, start, end)
    if (
        not after_a_figure
        and _MODAL_CLAUSE.match(text[start:end]) is None
        and not (
            # "said she was refusing bail and remanded him in custody", "said it had found no
            # evidence of bias and described Smith's account as ...": an act that only the
            # speaker does, whatever the clause before (a court's, a statement's)
            match is not None
            and (
                (match["verb"] in _SPEAKERS_ACTS and _AN_OBJECT.match(text, match.end()))
                # "..., and called a day of protest for March 25", "and called a snap
                # election": what the speaker convened (not "called the plan a disaster",
                # what the speaker said of it)
                or (match["verb"] == "called" and _CONVENED.match(text, match.end()))
                # "..., and recorded a narrative conclusion", "and returned a verdict of ...":
                # a coroner's or a jury's finding
                or (
                    match["verb"] in ("recorded", "returned", "delivered", "reached")
                    and _CONCLUDED.match(text, match.end())
                )
            )
        )
    ):
        return []
    if match is None:
        return []
    if _PAST_RELATIVE.search(text, start, match.start()) is not None:
        # "... for the fire at a factory that killed three workers and injured five others":
        # the second past verb goes on with the relative clause's first, not the speaker's act
        return []
    if (
        after_a_figure
        and any(
            word in _FINITE_VERBS
            or lexicon().best(word) in ("VBD", "VBZ", "VBP", "MD")
            # ("said protesters infiltrated the march and attacked officers, injuring 12": a
            # past form the lexicon guesses as a participle is the clause's verb)
            or (position and word.endswith("ed") and "VBD" in lexicon().tags(word))
            for position, word in enumerate(text[start : match.start()].lower().split())
        )
    ):
        return []  # (a clause before "and", no figure as the object: "said sales fell and ...")
    tags = lexicon().tags(match["verb"])
    same_form_past = (
        match["verb"] in _SAME_FORM_PASTS
        and main.cue is not None
        and text[main.cue[0] : main.cue[1]].lower().endswith("ed")
    )
    if not same_form_past and ("VBD" not in tags or "VB" in tags or "VBP" in tags):
        return []
    acted = text[match.start() - 1 : match.start()] == "," and _ACTED_ON.match(
        text, match.end()
    )  # "said the deficit would narrow next year, and ruled out new taxes": a second act
    if (
        "," in text[max(start, match.start() - 30) : match.start()] and not acted
    ) or _MODIFIES_A_SUBJECT.match(text, match.end()):
        # "lost livestock, fodder costs and reduced plantings are counted": the last item of
        # a list, its participle a modifier - no second act of the speaker
        return []
    made = _make(text, match.start("verb"), end)
    if made is None:
        return []
    main.content = (start, _content_end(text, start, match.start()))
    return [made]


# "... the rules will push up rents and tenants' groups argue that ...": another party speaking,
# joined by "and" inside what the first said
_AND_THEN_WORDS = re.compile(r",?\s+and\s+(?P<words>(?:[A-Za-z][\w'’-]*\s+){1,4}[a-z]+\b)")
_WORD_AT = re.compile(r"[A-Za-z][\w'’-]*")


def _with_another_speaker(text: str, main: Attribution) -> list[Attribution]:
    """'Officials say every claim will be assessed, with the Guardian reporting no one will be
    refused': the absolute clause inside what was said is another speaker's, as it is after
    the reporter's own clause (``_absolute_claims``)."""
    start, end = main.content
    if ", with " not in text[start:end]:
        return []
    found = _absolute_claims(text, tokenize(text, start, end), start, end)
    if len(found) != 2:
        return []
    main.content = found[0].content
    return [found[1]]


_MADE_CLEAR_AFTER = re.compile(r"\s+(?:it\s+|very\s+|abundantly\s+|crystal\s+)?clear\b")


def _and_another_speaker(text: str, main: Attribution) -> list[Attribution]:
    """'X said A and analysts expect B', 'X say A and tenants' groups argue that B': the
    clause after "and" is another speaker's, a plural or a name before a cue verb."""
    if " and " not in text[main.content[0] : main.content[1]]:
        return []
    for match in _AND_THEN_WORDS.finditer(text, main.content[0], main.content[1]):
        found = list(_WORD_AT.finditer(text, match.start("words"), match.end("words")))
        for position in range(1, len(found)):
            verb = CUE_VERBS.get(found[position].group())
            head = found[position - 1].group()
            if (
                verb is not None
                and verb.lemma == "make clear"
                and not _MADE_CLEAR_AFTER.match(text, found[position].end())
            ):
                verb = None  # "and only if farmers made no withdrawals": no "made clear"
            if (
                verb is not None
                and verb.lemma in PHRASAL_CUES
                and text[found[position].end() : found[position].end() + 6].split()[:1]
                != [PHRASAL_CUES[verb.lemma]]
            ):
                verb = None  # "the Ridgeback and Cold Canyon fires last fall": no "fire back"
            if verb is not None and verb.lemma not in TAG_ONLY_CUES:
                break
        else:
            continue
        if not (
            (head[:1].isupper() and head.lower() not in SUBJECT_PRONOUNS)
            or (head.islower() and lexicon().best(head.rstrip("'’")) == "NNS")
        ):
            continue  # "and it says", "and the price rose": no other speaker
        before_and = text[main.content[0] : match.start()].split()
        if len(before_and) <= 3 and all(word[:1].isupper() for word in before_and):
            continue  # "Oman and Iran agreed on Sunday to ...": one subject of two names
        said = [
            attribution
            for attribution in _attribute_sentence(text, found[0].start(), main.content[1])
            if attribution.source is not None
        ]
        if not said:
            after = text[found[position].end() : found[position].end() + 8].split()[:1]
            if (
                found[position].group() in AMBIGUOUS_NOUN_FORMS
                and after
                and (
                    after[0] in _MODALS
                    or after[0] in ("will", "would")
                    or after[0] in _FINITE_VERBS
                )
            ):
                continue  # "the Mid-Atlantic states will rise": a noun and its verb
            # "analysts expect further cuts": what follows the verb is theirs, a noun phrase
            # the sentence's own reading took no claim of
            made = _make(
                text,
                found[position].end(),
                main.content[1],
                source=(found[0].start(), found[position - 1].end()),
                cue=(found[position].start(), found[position].end()),
                cue_verb=verb,
                form="object",
            )
            if made is None:
                continue
            said = [made]
        main.content = (main.content[0], _content_end(text, main.content[0], match.start()))
        return said
    return []


_FOR_OR_OF_AFTER_A_RELATIVE = re.compile(r"[^,;\"“”]{3,120}?,\s+(?:for|of)\s+\S")


def _relative_clause_claims(text: str, main: Attribution) -> list[Attribution]:
    """'denied using cluster bombs, which open in flight ...': the reporter's background."""
    match = _WHICH_CLAUSE.search(text, main.content[0], main.content[1])
    if match is None:
        return []
    if (
        main.cue_verb is not None
        and main.cue_verb.group == "accuse"
        and _FOR_OR_OF_AFTER_A_RELATIVE.match(text, match.end(), main.content[1])
    ):
        # "blamed the municipality, which owes Eskom R2.3 billion, for failing to repair a
        # substation": the relative clause sits inside the accusation, what it is for after it
        return []
    if _VERB_AFTER_A_RELATIVE.match(text, match.end(), main.content[1]):
        # "showed core inflation, which excludes food and energy, rose to 4.8%": the relative
        # clause is inside the subject of a clause, whose verb follows it - no object there
        return []
    made = _make(text, match.start() + 1, main.content[1])
    if made is None:
        return []
    main.content = (main.content[0], _content_end(text, main.content[0], match.start()))
    return [made]


def _subject_before_dashes(tokens: list[Token], closing: int) -> tuple[int, int] | None:
    """'X — an apposition or a relative clause — said': X, the noun phrase before the first
    dash."""
    opening = next(
        (
            position
            for position in range(closing - 2, max(0, closing - 25), -1)
            if tokens[position].text in ("—", "–")
        ),
        None,
    )
    if opening is None or opening < 1 or not _is_apposition(tokens, opening + 1, closing - 1):
        return None
    subject = _left_noun_phrase(tokens, opening)
    return subject if isinstance(subject, tuple) else None


def _attribute_with_cue(
    text: str, tokens: list[Token], index: int, verb: CueVerb, start: int, end: int
) -> Attribution | None:
    last = len(tokens) - 1
    # ("pointed out that": the two words are the cue)
    cue = _span(
        tokens,
        index,
        _made_it_clear(tokens, index) or index  # ("made it clear that": three words)
        if verb.lemma == "make clear"
        else index + 1
        if verb.lemma in PHRASAL_CUES and index < last
        else index,
    )
    if tokens[index].lower in ADJECTIVE_CUES:
        # "He was adamant that": the subject is before the copula; "It is certain that" has none
        subject = _left_noun_phrase(tokens, index - 1)
        if not isinstance(subject, tuple) or tokens[subject[0]].lower in _NO_HOLDER:
            return None
    else:
        subject = _left_noun_phrase(tokens, index)
        if subject is None and 8 < index <= 32:
            subject = _speaker_before_a_long_relative(tokens, index)
        if isinstance(subject, tuple) and subject[0] > 0:
            # "Figures collected by The Daily Star from hospitals in Chattogram and Barishal
            # suggest": the opening noun and its participle's phrase are one subject (not the
            # last place of a list inside it)
            subject = _subject_with_its_participle(tokens, subject, index) or subject
        if (
            isinstance(subject, tuple)
            and subject[0] > 0
            and tokens[subject[0] - 1].lower in ("that", "this", "those", "these")
            and (subject[0] == 1 or not tokens[subject[0] - 2].is_word)
            and all(token.text.islower() for token in tokens[subject[0] : subject[1] + 1])
        ):
            # '"We will win," that official said', "This aide said": a demonstrative opens
            # the speaker (no complementiser: nothing before it but punctuation)
            subject = (subject[0] - 1, subject[1])
    if (
        isinstance(subject, tuple)
        and subject[0] >= 3
        and tokens[subject[0] - 1].lower == "that"
        and tokens[subject[0] - 2].text.islower()
        and lexicon().best(tokens[subject[0] - 2].lower) in ("NN", "NNS")
        and (
            _is_finite_verb_first(tokens[subject[0]])
            # (a present the treebank saw as a plural noun only: "that monitors evictions")
            or _S_OF_A_VERB[tokens[subject[0]].lower]
        )
    ):
        # "A charity that monitors evictions said": the noun and its relative clause (the
        # clause had been the subject, "monitors evictions")
        holder = _noun_phrase_ending_at(tokens, subject[0] - 2)
        if holder is not None:
            subject = (holder[0], subject[1])
    if subject is None and index > 2 and tokens[index - 1].text in ("—", "–"):
        # "The mayor — who faces re-election in May — said": the aside between dashes
        subject = _subject_before_dashes(tokens, index - 1)
    if subject == "subordinate":
        as_clause = _as_clause(text, tokens, index, verb, start, end)
        if as_clause is not None:
            return as_clause
        # "Two miners who were underground when the quake hit said ...": the subordinate
        # clause is inside the subject's relative clause.
        subject = _subject_with_relative_clause(tokens, index)
        if subject == "subordinate":
            # "Shares fell after the company said Y": the subordinate clause has its speaker
            subject = _subordinate_subject(tokens, index) or "subordinate"
    if subject in ("negated", "subordinate"):
        return None
    if (
        isinstance(subject, tuple)
        and tokens[subject[0]].lower == "not"
        and subject[0] + 1 < len(tokens)
        and tokens[subject[0] + 1].lower in ("everyone", "everybody", "all", "every")
    ):
        # "Not everyone agrees that Y", "Not all doctors accept that Y": no one says Y -
        # the reporter says some doubt it
        return None
    if (
        isinstance(subject, tuple)
        and subject[0] >= 2
        and tokens[subject[0] - 1].lower in ("which", "that")
        and tokens[subject[0] - 2].text == ","
        and verb.complement == "object"
        and index + 1 < len(tokens)
        and tokens[index + 1].text == ","
    ):
        # "Homicides in the two cities, which the governor's office cited, fell by 48%": the
        # relative pronoun is what was cited - the clause names a source for the subject,
        # and the sentence goes on with its own verb
        return None
    if isinstance(subject, tuple) and _noun_with_a_reduced_relative(tokens, subject):
        # "Y, a condition the school board has rejected": the noun's relative clause, whose
        # subject rejects the condition - no report of Y
        return None
    if isinstance(subject, tuple) and tokens[subject[1]].lower in ("and", "but"):
        # "The inspectors, working for the council, visited 12 sites and reported": the
        # first verb's phrase is no subject; the sentence's subject is (when something is
        # reported: not "... and testified against the owners")
        subject = _shared_subject(tokens, index)
        if (
            subject is not None
            and verb.complement == "that"
            and not (index + 1 < len(tokens) and tokens[index + 1].lower == "that")
            and not _clause_follows(tokens, index + 1)
        ):
            subject = None
    if isinstance(subject, tuple) and _nobody(tokens, subject[0]):
        # "None of the guards said they saw a weapon", "No one at the agency said": nobody
        # said it - the reporter's claim, whole
        return None
    if subject is None and (
        verb.complement == "clause"
        or (index + 1 < len(tokens) and tokens[index + 1].lower == "that")
    ):
        # "The minister visited the site and said Y": the sentence's subject says Y (not
        # "... and conceded defeat": no clause reported)
        subject = _shared_subject(tokens, index)
    comma_before = index > 0 and tokens[index - 1].text == ","
    comma_at = index - 1
    if (
        not comma_before
        and index > 1
        and tokens[index - 1].text in _QUOTE_MARKS
        and tokens[index - 2].text == ","
        and subject is None
    ):
        # 'Analysts, who rate the stock "overweight," wrote': the comma inside the quotation
        comma_before, comma_at = True, index - 2

    if (
        subject is None
        and index > 1
        and (
            tokens[index - 1].lower in _APPOSITION_ADVERBS
            or (tokens[index - 1].lower == "to" and tokens[index - 2].lower in _SEEMING)
        )
    ):
        # "X, interviewed by AFP, also said Y" / "Images, published by X, appear to show Y":
        # an adverb or "appear to" between apposition and verb.
        subject = _subject_across_adverbs(tokens, index)
    across_apposition = False
    if (
        subject is None
        and not comma_before
        and index > 2
        and (
            tokens[index - 1].lower
            in ("also", "always", "never", "since", "long", "often", "only", "earlier", "first")
            or _is_ly_adverb(tokens[index - 1].lower)
        )
        # ("The press secretary, Sean Dunn, would only say that ...")
        and tokens[index - 2].lower in ("has", "have", "had", "would", "will", "could", "did")
        and tokens[index - 3].text == ","
    ):
        # "Several outlets, including Reuters, had also reported that", "The IFS, a think
        # tank, has repeatedly said": the auxiliary and the adverb both between the
        # apposition's comma and the verb
        subject = _subject_before_apposition(tokens, index - 3, 0)
    if (
        subject is None
        and not comma_before
        and index > 1
        and (
            # ("A spokesman, Tom Hale, would say only that ...")
            tokens[index - 1].lower in ("has", "have", "had", "is", "was", "also", "would", "will")
            # "A poll from Emerson College, which uses ..., actually shows", "The study,
            # which was published in May, reportedly showed"
            or _is_ly_adverb(tokens[index - 1].lower)
        )
        and tokens[index - 2].text == ","
    ):
        # "Vukovich, 58, a four-term council member, has denied ...": an auxiliary between
        # the apposition's closing comma and the verb ("Y, the minister, Jo Bell, has said.":
        # a tag after its content)
        tail = _is_trailer(
            tokens, _skip_adjuncts(tokens, _after_cue(tokens, index, verb, last), last), last
        )
        subject = _subject_before_apposition(tokens, index - 2, 0, tail)
        across_apposition = subject is not None and tail
        if subject is None:
            subject = _subject_before_stray_comma(tokens, index - 2, index)
    if subject is None and not comma_before and index > 3 and _is_time_token(tokens[index - 1]):
        # "The treasurer, Dana Whitlow, on Thursday denied that ...": when, between the
        # apposition's closing comma and the verb
        position = index - 1
        while position > index - 5 and (
            _is_time_token(tokens[position]) or tokens[position].lower in _TIME_LEADERS
        ):
            position -= 1
        if tokens[position].text == ",":
            subject = _subject_before_apposition(tokens, position, 0)
    if subject is None and not comma_before and index > 3:
        # "The mayor, Edilberto Huaman, for his part told EFE", "The minister, Jo Bell, in
        # private said": a phrase of _PHRASES_BEFORE_A_CUE between the apposition's closing
        # comma and the verb
        stretch = _PHRASES_BEFORE_A_CUE.get(tokens[index - 1].lower, ())
        for phrase in stretch:
            opening = index - 2 - len(phrase)
            if (
                opening > 0
                and tokens[opening].text == ","
                and [token.lower for token in tokens[opening + 1 : index - 1]] == list(phrase)
            ):
                subject = _subject_before_apposition(tokens, opening, 0)
                break
    if subject is None and comma_before:
        # "X, a spokesman, said Y" (apposition) or "Y, said X" (inversion).
        tail = _is_trailer(
            tokens, _skip_adjuncts(tokens, _after_cue(tokens, index, verb, last), last), last
        )
        subject = _subject_before_apposition(tokens, comma_at, 0, tail)
        if isinstance(subject, tuple) and _holds_a_verb(tokens, subject):
            # "Y, including from existing backers, said the people": what was said with an
            # aside, then the inverted speaker - no subject with its apposition
            subject = None
        if (
            isinstance(subject, tuple)
            and not tail
            and verb.lemma in _INVERTIBLE
            and _past_clause_in(tokens, subject)
            and (inverted := _right_noun_phrase(tokens, index + 1, last)) is not None
            and not _clause_runs_on(tokens, inverted[1] + 1, last)
        ):
            # "The storm hit Ashford, a town east of the capital, said the weather service":
            # a clause with its own past verb, an apposition, then the inverted speaker
            subject = None
        across_apposition = subject is not None
        if subject is None:
            subject = _subject_before_stray_comma(tokens, comma_at, index)
        if subject is None and not tail:
            subject = _subject_before_an_aside(tokens, comma_at, index, verb)
        if subject is None and verb.lemma in _INVERTIBLE:
            inverted = _right_noun_phrase(tokens, index + 1, last)
            before = [token for token in tokens[: index - 1] if token.is_word]
            if (
                inverted is not None
                and (
                    len(before) >= 3
                    # "Profits doubled, said a person familiar with the results": a subject
                    # and its verb (as "Talks stalled, officials said")
                    or (
                        len(before) == 2
                        and before[1].text.islower()
                        and not {"VBD", "VBZ"}.isdisjoint(lexicon().tags(before[1].lower))
                        and lexicon().best(before[0].lower) in ("NNS", "NN", "NNP")
                    )
                )
                and (
                    not _clause_runs_on(tokens, inverted[1] + 1, last)
                    # "said an analyst who asked not to be named"
                    or tokens[inverted[1] + 1].lower in ("who", "whose")
                )
            ):
                return _make(
                    text,
                    start,
                    tokens[index - 1].start,
                    source=_span(tokens, *inverted),
                    cue=cue,
                    cue_verb=verb,
                    form="inverted",
                )
        if subject is None:
            return None
    if not isinstance(subject, tuple):
        return None
    if (
        subject[0] > 0
        and tokens[subject[0] - 1].text == ","
        and _COMPARISON_OPENER.match(tokens[subject[0]].text)
    ):
        # ", nearly twice the number the company has acknowledged": a comparison after the
        # sentence's tag, its cue no speaker's of the sentence
        return None
    if not (index + 1 < len(tokens) and tokens[index + 1].text == ","):
        # (not in a tag set in its content: "The figures, the union and analysts say, are
        # too low" - the content's subject before the tag)
        subject = _with_the_list_before(tokens, subject)
    if _holds_a_verb(tokens, subject):
        return None  # "The lanterns make a unique light show that ...": no subject, a noun
    if (
        subject[0] > 1
        and tokens[subject[0] - 1].lower == "whose"
        and tokens[subject[0] - 2].text == ","
    ):
        # "The minister, whose department said last week that ..., said": the relative
        # clause's cue, not the sentence's
        return None
    if _ends_in_a_relative_pronoun(tokens, subject):
        # "the army, which has denied losing ground, said" / "Engineers who wrote the memo
        # said": the cue is the verb of a relative clause, not the sentence's.
        return None
    if not any(token.is_word for token in tokens[subject[0] : subject[1] + 1]):
        return None  # "-- said as many as": punctuation is no speaker
    if (
        subject[1] > subject[0]
        and tokens[subject[1]].lower in ("had", "has", "have")
        and subject[1] + 1 < index
        and tokens[subject[1] + 1].text == ","
    ):
        # "The workers had, in a letter to the governor, accused": the auxiliary is the
        # verb's, before the aside
        subject = (subject[0], subject[1] - 1)
    source = _span(tokens, *subject)
    contraction = _CONTRACTION.search(tokens[subject[1]].text)
    if (
        contraction is not None
        and subject[0] == subject[1]
        and not (
            contraction[0][1:].lower() == "s"
            and (
                tokens[index].lower in _NEVER_NOUNS
                # "Christie's had estimated", "Macy's rejected": a name with its 's
                or tokens[subject[1]].is_capitalised
            )
            and tokens[subject[1]].lower[:-2] not in _CONTRACTING_PRONOUNS
        )
    ):
        # "He's denied", "You'll note" (not "Sainsbury's said": a name)
        source = (source[0], source[1] - len(contraction[0]))
    subject_first = subject[0]
    # Where the text before the subject ends: "Y, X said" has Y there.
    before_end = tokens[subject_first - 1].start if subject_first > 0 else start
    comma_before_subject = subject_first > 0 and tokens[subject_first - 1].text == ","
    if (
        not comma_before_subject
        and subject_first > 1
        and tokens[subject_first - 1].text in _CLOSE_QUOTES
        and tokens[subject_first - 2].text == ","
    ):
        # 'The plan is "dead on arrival," he said': the comma inside the quotation marks
        comma_before_subject = True
        before_end = tokens[subject_first - 2].start
    details = {"source": source, "cue": cue, "cue_verb": verb}

    after = index + 1
    if verb is _CALLED_FOR:
        after += 1  # past "for", to the quotation that follows it
    else:
        if verb.lemma == "make clear":
            after = (_made_it_clear(tokens, index) or index) + 1  # past "(it) clear"
        elif verb.lemma in PHRASAL_CUES:
            after += 1  # past "out", "back"
            if verb.lemma == "push back":
                after += 1  # past "on" / "against": what is pushed back on
        if verb.lemma == "tell":
            after = _skip_object_of_tell(tokens, after, last)
        elif verb.group == "warn" and after <= last and tokens[after].lower != "that":
            after = _that_after_audience(tokens, after, last)
        elif verb.lemma not in PHRASAL_CUES:
            after = _after_cue(tokens, index, verb, last)  # "confirmed to Reuters the ..."
        after = _skip_adjuncts(tokens, after, last)
        if verb.lemma == "describe" and after + 3 <= last and tokens[after].lower == "as":
            # "has described as unfortunate, the Minority's claims that ...": what the object
            # is called, a comma, then the object
            comma = next(
                (
                    position
                    for position in range(after + 2, min(last, after + 6))
                    if tokens[position].text == ","
                ),
                None,
            )
            if comma is not None and all(
                token.is_word and token.text.islower() for token in tokens[after + 1 : comma]
            ):
                after = comma + 1
    has_that = (
        after <= last
        and tokens[after].lower == "that"
        # "said that was untrue": "that" is the subject there, not a complementiser (but
        # "said that should the council approve it, ...": a condition's inverted verb)
        and not (
            after < last
            and tokens[after + 1].lower in _VERBS_AFTER_PRONOUN
            and not _inverted_condition(tokens, after + 1, last)
        )
        # "rejected that accusation": a determiner (not "said that it ...", "that reports ...")
        and not (after < last and tokens[after + 1].lower in _SINGULAR_CLAIM_NOUNS)
        # "acknowledged that mistake in a radio interview": a singular noun, and no verb of
        # its own after it (not "admitted that error was made")
        and not _that_determines_a_noun(tokens, after, last)
        # "I accept that entirely": the pronoun, then an adverb
        and not (
            after < last
            and _is_ly_adverb(tokens[after + 1].lower)
            and (after + 1 == last or not tokens[after + 2].is_word)
            # (but "show that nationally, 61,000 people waited": the adverb opens the clause)
            and not (
                after + 3 <= last
                and tokens[after + 2].text == ","
                and (_clause_follows(tokens, after + 3) or _quantity_word(tokens[after + 3]))
            )
        )
    )

    if (
        verb.group == "deny"
        and after <= last
        and tokens[after].lower in ("this", "it")
        and _only_manner_and_time(tokens, after + 1, last)
    ):
        # "The Treasury denied this." / "denied it" / "denied this flatly on Tuesday": what
        # was just said is denied, as the pronoun writes it
        return _make(text, tokens[after].start, tokens[after].end, form="object", **details)
    if verb.lemma == "claim" and not has_that:
        infinitive = _claimed_to_have(tokens, index + 1)
        if infinitive is not None:
            # "The group claimed on Telegram to have stolen 2 million records": what it
            # claims to have done, from "to" (as the annotated sets write it)
            return _make(text, tokens[infinitive].start, end, form="object", **details)
    # Tail: "Y, X said [on Saturday ...]" - the content is before the subject.
    if (
        not has_that
        # ("described the weekend as a success": the object, then what it was called - not
        # a time after the tag)
        and not (
            verb.lemma == "describe"
            and not _what_before(tokens, index)
            and any(token.lower == "as" for token in tokens[index + 1 : index + 8])
        )
        and _is_trailer(tokens, after, last)
    ):
        # "Y, X said" - or "Y, X, which commissioned the tests, said"
        if comma_before_subject and (not comma_before or across_apposition):
            words_before = [token for token in tokens[: subject_first - 1] if token.is_word]
            if (
                len(words_before) >= 2
                and index + 2 <= last
                and tokens[index + 1].text == ","
                and _setting_opens(tokens, words_before)
                and _clause_follows(tokens, index + 2)
            ):
                # "For now, he said, the fund holds $2 billion in cash": a setting, the tag,
                # then the clause said (one in the present, which read as what trails a tag)
                return _make(text, tokens[index + 2].start, end, form="said_that", **details)
            if len(words_before) >= 3 or (
                # "Talks stalled, officials said", "Prices rose, traders said": a subject and
                # its verb (not "Thank you, she said")
                len(words_before) == 2
                and words_before[1].text.islower()
                and not {"VBD", "VBZ"}.isdisjoint(lexicon().tags(words_before[1].lower))
                and lexicon().best(words_before[0].lower) in ("NNS", "NN", "NNP", "PRP")
            ):
                if _continues_claim(tokens, after, last) and not _setting_after_tag(
                    tokens, after, subject_first
                ):
                    # "Y1, X said on Monday, because of the recall": Y1 goes on past the
                    # attribution (its reason, its comparison)
                    return _make(text, start, end, form="parenthetical", **details)
                return _make(text, start, before_end, form="tail", **details)
        if after <= last and (
            subject_first == 0
            or all(token.lower in _LEADING_CONNECTIVES for token in tokens[:subject_first])
        ):
            # "Zuckerberg tweeted to Mohamed and said the boy was welcome": the second cue
            coordinated = _coordinated_claims(
                text,
                tokens,
                index,
                Attribution(content=(tokens[after].start, end), source=source, cue=cue),
            )
            if coordinated:
                return coordinated[0]
            # "They estimated by 2050, rising demand would ...": an adjunct, then the clause.
            comma = _first_comma(tokens, range(after, last))
            if (
                comma is not None
                and comma - after <= 6
                and verb.complement in ("clause", "that")
                and (
                    (tokens[after].lower in PREPOSITIONS and tokens[after].lower != "to")
                    or _is_time_token(tokens[after])
                )
                and _clause_follows(tokens, comma + 1)
            ):
                return _make(text, tokens[after].start, end, form="said_that", **details)
        if (
            comma_before_subject
            and not comma_before
            and 0 < subject_first - 1 <= 6
            and _predicate_resumes_after_adjunct(tokens, after, last)
        ):
            # "Those loans, he argued at the hearing, were backed by worthless land": the
            # subject, the tag with where it was said, then the predicate - the sentence is
            # the claim, as for a bare tag
            return _make(text, start, end, form="parenthetical", **details)
        return None

    # Parenthetical: "Y1, X said, Y2" - the whole sentence is the claim.
    # ("Y1, two officials told The Associated Press, Y2": after the audience)
    closing = index + 1 if verb.lemma != "tell" else after
    if (
        closing <= last
        and tokens[closing].text != ","
        and index + 1 < after <= last
        and tokens[after - 1].text == ","
    ):
        closing = after - 1  # "Y1, fire officials said Monday, and Y2": after the setting
    if (
        comma_before_subject
        and not comma_before
        and closing <= last
        and tokens[closing].text == ","
    ):
        words_before = [token for token in tokens[: subject_first - 1] if token.is_word]
        if len(words_before) >= 3 and _TIME_FROM_AN_EVENT.match(text, tokens[closing].end, end):
            # "Y, the JCS said, two days after the allies began their drills": when, from
            # another event - the claim ends at the tag
            return _make(text, start, before_end, form="tail", **details)
        if (
            len(words_before) >= 3
            and closing + 1 <= last
            and tokens[closing + 1].lower == "and"
            and _and_clause_after(tokens, closing, last)
        ):
            # "Y1, the company said, and Y2": two claims of the speaker (see _trailing_setting)
            return _make(text, start, before_end, form="tail", **details)
        if (
            len(words_before) >= 2
            and _setting_opens(tokens, words_before)
            and _clause_follows(tokens, closing + 1)
        ):
            # "For now, he said, the factory will keep its workers", "By next year, she said,
            # the firm expects ...": a setting, the tag, then the clause said
            return _make(text, tokens[closing + 1].start, end, form="said_that", **details)
        if len(words_before) >= 2 or (
            # "Profit, it said, fell by a third": a one-word subject, then its verb
            words_before
            and closing + 1 <= last
            and (
                tokens[closing + 1].lower in _FINITE_VERBS
                or tokens[closing + 1].lower in AUXILIARIES
                or _is_finite_verb_first(tokens[closing + 1])
            )
        ):
            return _make(text, start, end, form="parenthetical", **details)

    if after > last:
        return None
    if tokens[after].lower in ("and", "or", "nor"):
        return None  # "a laser light show and theme music": no object, so no verb
    if verb.group in ("deny", "accuse") or verb.complement == "object":
        if verb.lemma in (
            "reject",
            "dismiss",
            "dispute",
            "refute",
            "rebuff",
            "contest",
            "question",
            "rebut",
            "rubbish",
            "dispel",
            "debunk",
        ) and not _rejects_a_claim(tokens, index):
            return None
        # What is denied, alleged, counted or described: the object of the verb.
        content_start = tokens[after].end if has_that else tokens[after].start
        if has_that and (
            after == last
            or tokens[after + 1].text in ",.;"
            # "disputed that comparison", "rejected that account": a determiner
            or (
                tokens[after + 1].text.islower()
                and tokens[after + 1].lower not in PREPOSITIONS
                and tokens[after + 1].lower not in DETERMINERS
                and tokens[after + 1].lower not in SUBJECT_PRONOUNS
                and not _clause_right_after(tokens, after)
                # ("alleged that villagers in the north were detained": a clause after all)
                and not _clause_follows(tokens, after + 1)
                and not _quantity_word(tokens[after + 1])
            )
        ):
            content_start = tokens[after].start  # "denied that, saying Y": a pronoun object
        if ", " in text[content_start:end]:
            # (the tag before the speaker's participle: "denied breaching the rules, a
            # spokesperson said on Friday, adding that ...")
            participle = _PARTICIPLE_AFTER_TAG.search(text, content_start, end)
            tag = _TAIL_CUE.search(text, content_start, participle.start() if participle else end)
            if tag is not None:
                # "The club denies any wrongdoing, a spokesman said.", "The army accused the
                # rebels of killing 34 civilians, army spokesman X said in a statement."
                end = tag.start()
        if verb.group in _VENUE_TRIMMED or verb is _CHARACTERISED:
            # ("called the plan "a disaster" at a press conference on Monday")
            venue_from = content_start
            if verb.lemma == "blame" and text.find(" on ", content_start, end) >= 0:
                # "blamed the outage on a faulty software update": what it was blamed on is
                # part of it; a venue can only follow
                venue_from = text.find(" on ", content_start, end) + 4
            end = _before_venue(text, venue_from, end)
            when = _TRAILING_WHEN.search(text, content_start, end)
            if when is not None and when.start() - content_start >= 6:
                end = when.start()  # "The family disputed that account Sunday": when
        return _make(text, content_start, end, form="object", **details)
    if has_that:
        return _make(text, tokens[after].end, end, form="said_that", **details)
    if verb.complement == "clause":
        if verb.lemma == "agree" and not _clause_follows(tokens, after):
            return None  # "The two sides agreed a ceasefire": what they settled, no claim
        if verb.group == "warn" and tokens[after].lower in ("of", "about") and after < last:
            # "Officials warned of delays of up to three hours": what they warned of
            return _make(text, tokens[after + 1].start, end, form="object", **details)
        return _make(text, tokens[after].start, end, form="said_that", **details)
    if verb.complement == "that":
        if verb.lemma in _NO_CLAIM_IN_THE_OBJECT:
            # "She wrote two novels", "wrote a letter", "The trust maintains the gardens":
            # what was written or kept up, no claim in it; "Hale wrote the figures were
            # wrong": a clause without its "that"
            if not _clause_follows(tokens, after) and not (
                verb.lemma == "maintain"
                and any(token.lower == "innocence" for token in tokens[after : after + 3])
            ):
                return None  # (but "maintained his innocence": a claim of it)
            return _make(text, tokens[after].start, end, form="said_that", **details)
        # "Police confirmed the death", "The video shows a man ...": the object.
        if verb.group in ("confirm", "announce"):
            # "confirmed the incident in a statement made available to our correspondent":
            # the object ends before the statement it was made in (not "confirmed the man
            # died in a statement": a clause, whose verb stands before the venue)
            venue = _before_venue(text, tokens[after].start, end)
            if venue < end and not any(
                token.text.islower()
                and can_be_finite_verb(token.lower)
                and tokens[position - 1].lower not in DETERMINERS
                for position, token in enumerate(tokens[after + 1 :], after + 1)
                if token.start < venue
            ):
                end = venue
        return _make(text, tokens[after].start, end, form="object", **details)
    return None


_QUANTIFYING_DETERMINERS = words("all some many most several few both")
# Cue verbs whose plain object says nothing (only a clause does)
_NO_CLAIM_IN_THE_OBJECT = words("write maintain establish calculate")
# Verbs that open a compound noun before these heads ("think tank", "watch group")
_COMPOUND_HEADS = {"think": ("tank", "tanks"), "watch": ("group", "dog", "list")}
# "works" as a noun after these: "public works", "the steel works", "road works"
_WORKS_BODIES = words("council councils committee committees")
_WORKS_COMPOUNDS = words("public road steel gas water iron engineering sewage")


def _works_as_a_noun(tokens: list[Token], index: int) -> bool:
    """'the public works department', 'the steel works': "works" a noun, not a verb."""
    return tokens[index].lower == "works" and (
        (index > 0 and tokens[index - 1].lower in _WORKS_COMPOUNDS)
        # "the works council", "a works committee": a body of a plant's employees
        or (index + 1 < len(tokens) and tokens[index + 1].lower in _WORKS_BODIES)
    )


_CONTACT_PREPOSITIONS = frozenset({"to", "with", "for", "from", "about"})


def _after_a_contact_clause(tokens: list[Token], index: int) -> bool:
    """'The engineers I have spoken to say', 'the doctors we work with tell me': a plural noun,
    a clause of a pronoun and a verb without its relative pronoun ending in a preposition,
    then the cue."""
    if index < 4 or tokens[index - 1].lower not in _CONTACT_PREPOSITIONS:
        return False
    verb = tokens[index - 2]
    if not verb.text.islower() or VERB_FORM_TAGS.isdisjoint(lexicon().tags(verb.lower)):
        return False
    subject = index - 3
    while subject > 0 and tokens[subject].lower in AUXILIARIES:
        subject -= 1
    if subject < 1 or tokens[subject].lower not in PERSON_SUBJECT_PRONOUNS:
        return False
    noun = tokens[subject - 1]
    # ("Doctors I have spoken to say": capitalised opening the sentence)
    return (noun.text.islower() or subject == 1) and lexicon().best(noun.lower) in ("NNS", "NNPS")


def _past_clause_in(tokens: list[Token], subject: tuple[int, int]) -> bool:
    """The would-be subject is a clause: a lowercase past verb after its first word, before
    any relative clause, and no participle on a noun ("The storm hit Ashford"; not "A man
    who lost his home", "A study published on Monday")."""
    for position in range(subject[0] + 1, subject[1] + 1):
        token = tokens[position]
        if token.lower in RELATIVE_STOPS or token.lower in ("who", "whom"):
            return False
        if (
            token.text.islower()
            and "VBD" in lexicon().tags(token.lower)
            and lexicon().best(token.lower).startswith("VB")
            and not _participle_on_noun(tokens, position, subject[1])
        ):
            return True
    return False


def _with_the_list_before(tokens: list[Token], subject: tuple[int, int]) -> tuple[int, int]:
    """'Police, firefighters and paramedics said' / 'The mayor, two councillors and the town
    clerk said': a subject that joins its last items with "and" (or "or") after a comma is the
    end of a list - its earlier items, each a short noun phrase between commas, speak too (the
    speaker had been the last two). An item with a verb ('The blast hit Kabul, police and
    officials said'), a preposition, a time or an adverb ('On Monday,', 'Meanwhile,') ends the
    list, as does an item with its own "and" ('Herat and Kandahar, police and ...': the
    places of a clause before)."""
    first, last = subject
    opening = first - 1
    if opening >= 1 and tokens[opening].lower in ("and", "or") and tokens[opening - 1].text == ",":
        opening -= 1  # "David Dow, and the Rev. Jarrett Maupin": the list's last comma
    elif not any(token.lower in ("and", "or") for token in tokens[first : last + 1]):
        return subject
    named_with_and = all(
        token.is_capitalised or token.lower in ("and", "&") for token in tokens[first : last + 1]
    )
    start = first
    while opening >= 1 and tokens[opening].text == ",":
        item_end = opening - 1
        item_start = item_end
        while item_start > 0 and tokens[item_start - 1].text not in (",", ":", ";", "(", "—"):
            item_start -= 1
        if not _list_item(tokens, item_start, item_end):
            break
        if named_with_and and start == first and tokens[item_start].lower in DETERMINERS:
            break  # "The accounting firm, Hale and Brent, said": a description, then its name
        start = item_start
        opening = item_start - 1
    if start >= first:
        return subject
    return (start, last)


_LIST_CLOSERS = frozenset({",", ".", "!", "?", '"', "”", ";", ":"})


def _list_after(tokens: list[Token], comma: int, upper: int, head: int) -> int | None:
    """After a speaker named by a cue ('said police', 'according to the mayor'), the comma at
    ``comma`` opening the rest of a list of speakers - ', firefighters and council engineers'
    - that ends with "and" (or "or") and its last item, then the sentence or a comma: the
    list's last token, or None. An item opened by "a" or "an" is an apposition ('said Anna
    Ruiz, a nurse and mother of two'), as is a lower-case item after a name."""
    name_first = tokens[head].is_capitalised and tokens[head].lower not in DETERMINERS
    position = comma
    while position < upper and tokens[position].text == ",":
        item_start = position + 1
        item_end = item_start
        while item_end + 1 <= upper and tokens[item_end + 1].text not in _LIST_CLOSERS:
            item_end += 1
        joins = [
            index
            for index in range(item_start, item_end + 1)
            if tokens[index].lower in ("and", "or")
        ]
        if len(joins) > 1:
            return None
        parts = (
            [(item_start, joins[0] - 1), (joins[0] + 1, item_end)]
            if joins and joins[0] > item_start
            else [(item_start + bool(joins), item_end)]
        )
        for first, last in parts:
            if (
                first > last
                or tokens[first].lower in ("a", "an")
                or (name_first and tokens[first].text.islower())
                or not _list_item(tokens, first, last)
            ):
                return None
        if joins:
            return item_end
        position = item_end + 1
    return None


def _list_item(tokens: list[Token], first: int, last: int) -> bool:
    """A short noun phrase standing as one item of a list of speakers: 'the town clerk', 'two
    councillors', 'Police', 'David Dow', 'The family's lawyer'."""
    if last - first > (7 if first == 0 else 5) or first > last:
        return False  # (longer at the sentence's start: "A joint statement issued by the family")
    head = tokens[first]
    if (
        head.lower in PREPOSITIONS
        or head.lower in _DISCOURSE_ADVERBS
        or _is_time_token(head)
        or not head.is_word
        or (
            head.text.islower()
            and head.lower not in DETERMINERS
            and not head.text[:1].isdigit()
            and lexicon().best(head.lower) not in ("NN", "NNS", "NNP", "NNPS", "JJ")
        )
    ):
        return False
    tags = lexicon()
    for token in tokens[first : last + 1]:
        if token.lower in ("and", "or", "that", "who", "which") or token.text in _QUOTE_MARKS:
            return False
        if token.text.islower() and tags.best(token.lower) in ("VBD", "VBZ", "VBP", "MD", "RB"):
            return False
        if not token.is_word and token.text not in (".", "'", "’", "-"):
            return False
    # (not "Meanwhile," or "Giving evidence,": an adverb, a participle's phrase)
    return tags.best(head.lower) not in ("RB", "VBG", "VBN", "VBD", "IN")


def _holds_a_verb(tokens: list[Token], subject: tuple[int, int]) -> bool:
    """A verb in the present tense in the would-be subject before any relative clause ('The
    lanterns make a unique light' before 'show'): the cue word is a noun of the object, not the
    verb. (Past forms are left out: 'Footage posted online and verified by AFP shows'.)"""
    tags = lexicon()
    for position in range(subject[0], subject[1] + 1):
        token = tokens[position]
        if token.lower in RELATIVE_STOPS or token.lower in ("who", "whom"):
            return False
        if position > subject[0] and token.lower in PERSON_SUBJECT_PRONOUNS:
            return False  # "The doctors I work with": a relative clause without "who"
        if not token.text.islower() or token.lower in AUXILIARIES or token.lower == "am":
            continue  # ("6.40 am")
        if position < subject[1] and tokens[position + 1].lower in _COMPOUND_HEADS.get(
            token.lower, ()
        ):
            continue  # "the Health Foundation think tank"
        if position > subject[0] and _works_as_a_noun(tokens, position):
            continue  # "the public works department", "Public works director Lena Ford"
        best = tags.best(token.lower)
        if (
            best == "VBZ"
            and position == subject[1]
            and position > subject[0]
            and (
                tokens[position - 1].lower in ("the", "its", "their", "his", "her")
                or tokens[position - 1].lower.endswith(("'s", "’s"))
            )
            and token.lower.endswith("s")
        ):
            continue  # "The sponsors said", "the bill's backers": a plural after its article
        if best in ("VBP", "VBZ") or (
            best == "VB"
            and position > subject[0]
            and tags.best(tokens[position - 1].text) in ("NNS", "PRP")  # "lanterns make"
        ):
            return True
    return False


def _subject_before_stray_comma(
    tokens: list[Token], comma: int, cue_index: int
) -> tuple[int, int] | None:
    """'The Internet security firm Secunia.com, has said that ...', 'The results of the study
    published this week, revealed that ...': a comma between a sentence's subject and its
    verb. Only when the subject opens the sentence, holds no other comma and no finite verb,
    and a clause follows the cue ("that", or a subject and a finite verb)."""
    first = 0
    while first < comma and tokens[first].lower in _LEADING_CONNECTIVES:
        first += 1
    if not 0 < comma - first <= 25 or not _opens_noun_phrase(tokens, first):
        return None
    stretch = tokens[first:comma]
    if any(token.text in _PUNCT_STOPS for token in stretch) or any(
        _is_finite_verb_first(token) and not token.lower.endswith("ed") for token in stretch
    ):
        return None
    after = cue_index + 1
    if after >= len(tokens):
        return None
    if tokens[after].lower != "that" and (
        not _clause_follows(tokens, after) or _relative_after_a_noun(tokens, after)
    ):
        return None
    if tokens[after].lower != "that":
        inverted = _right_noun_phrase(tokens, after, len(tokens) - 1)
        if inverted is not None and not any(token.is_word for token in tokens[inverted[1] + 1 :]):
            return None  # ("The talks collapsed, said two bankers close to the deal": inverted)
    return (first, comma - 1)


# What opens an aside between a subject and its verb: "The union, which represents nurses,
# porters and cleaners, said", "The festival, in the southern city of Seville, said"
_ASIDE_OPENERS = words(
    "which who whose in at near on from outside inside downstream upstream based located "
    "headquartered"
)


def _subject_before_an_aside(
    tokens: list[Token], comma: int, cue_index: int, verb: CueVerb
) -> tuple[int, int] | None:
    """'The union, which represents nurses, porters and cleaners, said Y', 'Residents,
    downstream of the plant, said Y': a subject opening the sentence up to its first comma,
    then an aside (a relative clause, where it is) holding commas of its own, then the cue's
    comma and a clause after the cue (or the object of a cue taking one)."""
    first_comma = _first_comma(tokens, range(1, comma))
    if first_comma is None or first_comma == comma or comma - first_comma > 25:
        return None
    if tokens[first_comma + 1].lower not in _ASIDE_OPENERS and not (
        # "The emails, several of which were seen by Reuters, say that"
        first_comma + 3 < comma
        and tokens[first_comma + 2].lower == "of"
        and tokens[first_comma + 3].lower in ("which", "whom")
    ):
        return None
    first = _noun_phrase_opening(tokens, first_comma)
    if first is None:
        return None
    aside = tokens[first_comma + 1 : comma]
    if any(
        token.text in _QUOTE_MARKS
        or (token.text in _PUNCT_STOPS and token.text != ",")
        or token.lower in CUE_VERBS
        for token in aside
    ):
        return None
    after = cue_index + 1
    if after >= len(tokens) or (
        tokens[after].lower != "that"
        and not _clause_follows(tokens, after)
        # "Starmer, in one of his sharper responses, accused her of ...": an accusation's
        # object
        and not (verb.complement == "object" and tokens[after].text.islower())
    ):
        return None
    return (first, first_comma - 1)


def _noun_phrase_opening(tokens: list[Token], comma: int) -> int | None:
    """Where the noun phrase opening the sentence and ending at ``comma`` starts (past a
    connective), when the words before the comma are one: a few words, no finite verb."""
    first = 0
    while first < comma and tokens[first].lower in _LEADING_CONNECTIVES:
        first += 1
    if (
        not 0 < comma - first <= 8
        or not _opens_noun_phrase(tokens, first)
        or any(
            not token.is_word or (token.text.islower() and _is_finite_verb_first(token))
            for token in tokens[first:comma]
        )
    ):
        return None
    return first


def _subject_after_a_contrast(tokens: list[Token]) -> tuple[int, int] | None:
    """'Prices fell, but the central bank held rates, saying Y': the clause after ", but" (or
    ", while", ", whereas") has its own subject, the one the participle after it goes with."""
    for position in range(2, len(tokens) - 4):
        if tokens[position].lower in ("but", "whereas") and tokens[position - 1].text == ",":
            found = _leading_subject(tokens[position + 1 :])
            if found is None:
                return None
            first, last = found[0] + position + 1, found[1] + position + 1
            participle = next(
                (
                    later
                    for later in range(last + 2, len(tokens) - 1)
                    if tokens[later].lower in _AFTER_A_COMMA_CUES and tokens[later - 1].text == ","
                ),
                None,
            )
            return None if participle is None else (first, last)
    return None


def _subject_before_an_aside_and_verb(tokens: list[Token]) -> tuple[int, int] | None:
    """'The opposition, through its spokesman Mr Tom Ochieng, faulted the budget, saying Y':
    the subject opening the sentence, an aside between commas, then the verb."""
    first_comma = _first_comma(tokens, range(1, min(len(tokens), 10)))
    if first_comma is None or first_comma + 2 >= len(tokens):
        return None
    opener = tokens[first_comma + 1].lower
    # ("Joe Root, the former England captain, was more upbeat, saying Y": a named subject, its
    # apposition, then a copula)
    # (or a role without its article: "Sunita Rao, head of research at the trust, welcomed")
    named_apposition = (opener in ("the", "a", "an") or opener in _ROLE_WORDS) and tokens[
        first_comma - 1
    ].is_capitalised
    if opener not in _ASIDE_OPENERS and opener not in ("through", "via") and not named_apposition:
        return None
    closing = _first_comma(tokens, range(first_comma + 2, min(len(tokens) - 1, first_comma + 16)))
    if closing is None or any(
        token.text in _QUOTE_MARKS or token.text in _PUNCT_STOPS
        for token in tokens[first_comma + 1 : closing]
    ):
        return None
    verb = tokens[closing + 1]
    if not (
        verb.text.islower()
        and (can_be_finite_verb(verb.lower) or (named_apposition and verb.lower in _COPULAS))
    ):
        return None
    first = _noun_phrase_opening(tokens, first_comma)
    return None if first is None else (first, first_comma - 1)


def _relative_after_a_noun(tokens: list[Token], first: int) -> bool:
    """'said an analyst who asked not to be named': a noun phrase and its relative clause
    after the cue - the speaker, inverted (no clause of what was said)."""
    for token in tokens[first + 1 : first + 7]:
        if token.lower in ("who", "which", "whose"):
            return True
        if token.text in _PUNCT_STOPS or token.lower in _FINITE_VERBS:
            return False
    return False


def _as_subject(tokens: list[Token], cue_index: int) -> tuple[int, int] | None:
    """'As coauthor Colette Heald told ...' / '..., as the minister said': the noun phrase
    between "as" and the cue, as token indices, when "as" opens the clause."""
    position = cue_index - 1
    while position >= 0 and tokens[position].lower != "as":
        if tokens[position].text in _PUNCT_STOPS or cue_index - position > 9:
            return None
        position -= 1
    if position < 0:
        return None
    opens_sentence = all(token.lower in _LEADING_CONNECTIVES for token in tokens[:position])
    after_comma = position > 0 and tokens[position - 1].text == ","
    if not (opens_sentence or after_comma):
        return None
    subject = _left_noun_phrase(tokens, cue_index, position + 1)
    return subject if isinstance(subject, tuple) else None


def _as_clause(
    text: str, tokens: list[Token], index: int, verb: CueVerb, start: int, end: int
) -> Attribution | None:
    """'As X told The Huffington Post, Y' gives Y; 'Y, as X said on Monday' gives Y."""
    subject = _as_subject(tokens, index)
    if subject is None or verb.group not in ("say", "assert", "tell", "announce", "show"):
        return None
    details = {"source": _span(tokens, *subject), "cue": _span(tokens, index, index)}
    first = subject[0] - 1  # the "as"
    if first > 0 and tokens[first - 1].text == ",":
        return _make(text, start, tokens[first - 1].start, form="tail", cue_verb=verb, **details)
    comma = _first_comma(tokens, range(index + 1, len(tokens)))
    if comma is None or comma - index > 10:
        return None
    return _make(text, tokens[comma].end, end, form="said_that", cue_verb=verb, **details)


def _clause_follows(tokens: list[Token], first: int) -> bool:
    """A clause starts at ``first``: a finite verb (by the part-of-speech lexicon) within the
    next dozen words, after at least one word and before any punctuation or relative word -
    'reduction of crop yields by 2050 exceeded ...', not 'the body in the river'."""
    if first >= len(tokens) or not _opens_noun_phrase(tokens, first):
        return False  # "found guilty of ...", "found dead": no subject of a clause
    if (
        tokens[first].lower in SUBJECT_PRONOUNS
        and first + 1 < len(tokens)
        and tokens[first + 1].is_word
        and tokens[first + 1].text.islower()
    ):
        return True  # "notes he favors school choice": a verb the treebank saw as a noun only
    for position in range(first + 1, min(len(tokens), first + 12)):
        token = tokens[position]
        if token.text == "," and position > first:
            closing = _apposition_closes(tokens, position)
            if closing is not None:
                # "core inflation, a measure watched closely by policymakers, had eased": the
                # subject's apposition, then its verb
                following = tokens[closing + 1]
                return following.text.islower() and (
                    following.lower in AUXILIARIES or can_be_finite_verb(following.lower)
                )
        if token.text in _PUNCT_STOPS or token.text in ".!?" or token.lower in RELATIVE_STOPS:
            return False
        if (
            token.text.islower()
            # ("the stadium cost $4 billion": a past that is its base form)
            and (can_be_finite_verb(token.lower) or token.lower in UNCHANGED_PAST_FORMS)
            and tokens[position - 1].lower not in DETERMINERS  # "the plan" is no verb
            # "two novels", "31 albums": a counted noun (but "more than 40 died")
            and not (
                token.lower.endswith("s")
                and (
                    tokens[position - 1].text[:1].isdigit()
                    or tokens[position - 1].lower in NUMBER_WORD_VALUES
                )
            )
        ):
            return True
    return False


def _apposition_closes(tokens: list[Token], comma: int) -> int | None:
    """', a measure watched closely by policymakers,': a noun phrase opened by "a", "an" or
    "the" between the comma at ``comma`` and the next (within a dozen words, no verb of its
    own) - the closing comma's position, or None."""
    if comma + 2 >= len(tokens) or tokens[comma + 1].lower not in ("a", "an", "the"):
        return None
    for position in range(comma + 2, min(len(tokens) - 1, comma + 14)):
        token = tokens[position]
        if token.text == ",":
            return position
        if token.text in _PUNCT_STOPS or token.text in ".!?" or token.lower in _FINITE_VERBS:
            return None
    return None


# Before a noun: "heavy rains", "rising prices", "armed men".
_MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBG", "VBN"})


_QUANTIFYING_WORDS = words("several many few some most both numerous")


def _opens_noun_phrase(tokens: list[Token], first: int) -> bool:
    """A determiner, pronoun, number or noun - or a modifier before one of those (by each
    word's most frequent tag)."""
    tags = lexicon()
    best = tags.best(tokens[first].text)
    if best in NOUN_PHRASE_OPENERS:
        return True
    if tokens[first].lower in _QUANTIFYING_WORDS and first + 1 < len(tokens):
        return True  # "several central banks bought bullion": a quantifier, then its noun
    if first + 2 < len(tokens) and (
        (tokens[first].lower, tokens[first + 1].lower) in _QUANTITY_OPENERS
        or (tokens[first].lower == "as" and tokens[first + 1].lower in ("many", "much"))
    ):
        return True  # "up to five gunmen", "as many as 20 people": a count opens it
    if best in _MODIFIER_TAGS and first + 1 < len(tokens):
        return tags.best(tokens[first + 1].text) in NOUN_PHRASE_OPENERS
    # "crashes rose", "sales will": a plural noun, then its verb
    return (
        best == "VBZ"
        and tokens[first].lower.endswith("s")
        and first + 1 < len(tokens)
        and tokens[first + 1].text.islower()
        and not {"VBD", "MD"}.isdisjoint(tags.tags(tokens[first + 1].lower))
    )


def _rejects_a_claim(tokens: list[Token], index: int) -> bool:
    """'rejected the accusation' is a denial; 'rejected the bill' is an event."""
    for token in tokens[index + 1 : index + 6]:
        if token.lower in CLAIM_NOUNS or token.lower in ("that", "as"):
            return True
        if token.text in _PUNCT_STOPS:
            break
    return False


# --------------------------------------------------------------------------------------------
# Quotations


_ACCORDING_TAG = re.compile(
    r"[\s,]*(?P<cue>[Aa]ccording\s+to)\s+(?P<source>[^,.;:\"“”]{2,80}?)"
    r"(?:,[^.;:\"“”]{1,80})?[.!]?\s*$"
)
_ACCORDING_CUE = CueVerb("according to", "say", "tail")
# '"Port plans expansion" — Harbour News, March 1, 2014': a title and where it ran, dated - a
# citation, not a signed quotation
_CITATION_DATE = re.compile(
    r"\b(?:1[89]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d"
)
# A quotation signed with a name after a dash, a pull quote's or an epigraph's attribution:
# the dash stands where a cue would; the claim has the name as claimant and no cue.
SIGNATURE = CueVerb("-", "say", "tail")
_SIGNED = re.compile(
    r"\s*(?P<dash>--?|[—–])\s*(?P<source>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
    r"(?:\s+(?:of|at|from)\s+[^,.;:\"“”]{2,60}|,[^.;:\"“”]{1,120})?[.!]?\s*$"
)


# The last word of a fronted time with no comma after it: 'Hours later she wrote: "..."',
# 'On Friday he said: "..."'
_TIME_CLOSERS = words("later earlier afterwards then yesterday today") | WEEKDAYS


def _closing_tag_after(text: str, start: int, end: int) -> bool:
    """The sentence between ``start`` and ``end`` closes with a tag after its last comma:
    "..., the complaint says.", "..., police said on Friday."."""
    comma = text.rfind(",", start, end)
    return comma >= 0 and _tag_in(text, comma + 1, end) is not None


def _match_tag(text: str, start: int, end: int) -> _Tag | None:
    """``_tag_in`` - unless its speaker holds a verb of saying: 'X said the repairs described
    by the ministry "..."' is X's clause running into the quotation, not a tag whose speaker is
    "said the repairs"."""
    tag = _tag_in(text, start, end)
    if tag is not None and _SAYING_IN.search(text, *tag.source):
        return None
    return tag


_SAYING_IN = re.compile(r"\b(?:said|says|told|tells|stated|added|wrote)\b")


def _question_tag(
    text: str, quotes: list[tuple[int, int]], close_at: int, sentences: list[Sentence]
) -> _Tag | None:
    """'"Where do you draw the line?" Judge Ortiz asked the prosecutor. "This is ..."': who
    asked the quoted question, in the words after it up to the next quotation (a sentence of
    their own), speaks on."""
    following = next((sentence for sentence in sentences if sentence.end > close_at + 1), None)
    if following is None:
        return None
    end = _next_quote_start(quotes, close_at, following.end)
    asked = ASKED_TAG.match(text, close_at + 1, end)
    if asked is None:
        return None
    return _Tag(asked.span("source"), asked.span("cue"), _ASKED)


# a question's tag: "Judge Ana Ortiz asked the prosecutor.", "she wondered aloud."
ASKED_TAG = re.compile(
    r"\s*,?\s*(?P<source>(?:[\w.'’-]+\s+){0,4}?[\w.'’-]+)\s+(?P<cue>asked|asks|wondered|wonders)"
    r"\b[^.!?\"“”]{0,60}[.!?]?\s*$"
)
_ASKED = CueVerb("ask", "say", "tail")


# a second tag after a quotation's own: ', the paper reported', ', according to the Post'
_SECOND_TAG = re.compile(
    r"\s*,\s+(?:(?:(?:the|a|an)\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?\s+"
    r"(?:reported|reports|said|says)(?:\s+on\s+[A-Z][a-z]+day)?|according\s+to\s+[^,.;\"“”]{2,60})"
    r"\s*[.,]?\s*$"
)
# 'A manager told colleagues (in an email) to "...': the words they were told to act on
_TOLD_TO = re.compile(r"\b(?:told|tells)\s[^\"“”.;:]{1,60}\sto$")


def _tag_in(text: str, start: int, end: int) -> _Tag | None:
    """The unquoted words around a quotation, if they are just an attribution tag:
    'he said', 'said Debbie Yoder, who lives nearby', 'Balint told The Associated Press',
    'X said on Saturday:'."""
    tokens = [token for token in tokenize(text, start, end) if token.text not in '"“”‘’']
    words = [token for token in tokens if token.is_word]
    if not words or len(words) > 40:
        return None
    if text.find(" quoted as ", start, end) >= 0 or text.find(" cited as ", start, end) >= 0:
        quoted = _QUOTED_AS_SAYING_TAG.match(text, start, end)
        if quoted is not None:
            return _Tag(quoted.span("source"), quoted.span("cue"), CUE_VERBS["said"])
    if text.find(" as saying", start, end) >= 0:
        quoted = _QUOTED_HIM_AS_SAYING_TAG.match(text, start, end)
        if quoted is not None:
            return _Tag(quoted.span("source"), quoted.span("cue"), CUE_VERBS["said"])
    if tokens[0].text in "-—–" and words[0].is_capitalised:
        # '"So far, it's the Internet: 1." - Matthew Ingram': a quotation signed after a dash
        signed = _SIGNED.match(text, start, end)
        if signed is not None and not _CITATION_DATE.search(text, signed.end("source"), end):
            return _Tag(signed.span("source"), signed.span("dash"), SIGNATURE)
    if words[0].lower == "according":
        # '"The numbers don't add up," according to Sarah Lee, an economist'
        according = _ACCORDING_TAG.match(text, start, end)
        if according is not None:
            return _Tag(according.span("source"), according.span("cue"), _ACCORDING_CUE)
    if words[-1].lower == "it" and words[0].lower == "as":
        # 'As he put it, "..."'
        put_it = _AS_PUT_IT.search(text, start, end)
        if put_it is not None and not put_it["comma"]:
            return _Tag(put_it.span("source"), put_it.span("cue"), _PUT_IT)
    last_word = max((index for index, token in enumerate(tokens) if token.is_word), default=-1)
    for index, token in enumerate(tokens):
        verb = _cue_at(tokens, index) if token.lower in CUE_VERBS else None
        if (
            verb is None
            and token.lower in ("said", "says")
            and index + 1 < len(tokens)
            and tokens[index + 1].lower in ("of", "about")
            and len(tokens) - index <= 8
            and not _clause_runs_on(tokens, index + 1, len(tokens) - 1)
        ):
            # '"...," he said of the risks, "..."': a tag
            subject = _left_noun_phrase(tokens, index)
            if isinstance(subject, tuple) and subject[0] == 0:
                return _Tag(_span(tokens, *subject), _span(tokens, index, index), CUE_VERBS["said"])
        if (
            verb is None
            and index == last_word
            and token.lower in AMBIGUOUS_NOUN_FORMS
            and index > 0
            and tokens[index - 1].lower not in DETERMINERS
            and tokens[index - 1].lower not in PREPOSITIONS
        ):
            # 'The Department of Agriculture notes, "..."': last before the quotation, a verb
            verb = CUE_VERBS.get(token.lower)
        participle = False
        if verb is None:
            if (token.lower in PARTICIPLE_CUES or token.lower in ("saying",)) and not (
                index > 0 and tokens[index - 1].lower in DETERMINERS
            ):  # (not 'called the ruling "..."': a noun)
                verb = CUE_VERBS["said"]
                participle = True
            else:
                continue
        last = len(tokens) - 1
        subject = _left_noun_phrase(tokens, index)
        if subject == "subordinate":
            subject = _as_subject(tokens, index)  # 'As X told Y, "..."'
        if isinstance(subject, str):
            return None
        if subject is None and index > 1 and tokens[index - 1].text == ",":
            # "The authority's director, Ana Ruiz, wrote in a letter:" - across the apposition
            subject = _subject_before_apposition(tokens, index - 1, 0, tail=True)
            if subject is not None and sum(token.is_word for token in tokens[: subject[0]]) > 6:
                subject = None  # a clause before it: "Y, the minister, said" is no tag
            if subject is not None and subject[0] > 1 and tokens[subject[0] - 1].text == ",":
                # 'Tom Ellery, an associate director at the IFS, said:' - a name opening the
                # tag is the speaker, the role its apposition
                opening = _segment_before(tokens, subject[0] - 1, 0)
                if (
                    opening is not None
                    and opening[0] == 0
                    # (or a role in small words before the name: "lead author Priya
                    # Natarajan, an astronomer at ..., told Space.com")
                    and (_is_name(tokens, *opening) or _role_words_then_name(tokens, *opening))
                ):
                    subject = opening
        if subject is not None:
            # ('"...," the mayor, the governor and the fire chief said': the list's items)
            subject = _with_the_list_before(tokens, subject)
            leading = sum(
                t.is_word and t.lower != "as" and t.lower not in _LEADING_CONNECTIVES
                for t in tokens[: subject[0]]
            )
            if (
                leading
                and (
                    tokens[subject[0] - 1].text != ","
                    or (leading > 4 and not _opens_with_adjunct(tokens, subject[0]))
                )
                and not (leading <= 3 and tokens[subject[0] - 1].lower in _TIME_CLOSERS)
            ):
                # (a clause before the speaker - 'Y, prosecutors said, calling the scheme
                # "brazen."' - is a claim with its tag, not a quotation's tag)
                continue
            # ('"...," Moreno went on': the particle is the cue's)
            cue_end = (
                index + 1
                if verb.lemma in PHRASAL_CUES
                and index < last
                and tokens[index + 1].lower == PHRASAL_CUES[verb.lemma]
                else index
            )
            after = cue_end + 1
            if verb.lemma == "tell":
                after = _skip_object_of_tell(tokens, after, last)
            elif verb.lemma in _POSTING_LEMMAS:
                after = _skip_posted_object(tokens, after, last)
            # '"...," Lopez said on Tuesday, adding that ...': the setting before the participle
            # (the participle's claim is read apart)
            upto = next(
                (
                    position - 1
                    for position in range(after + 1, last)
                    if tokens[position].text == ","
                    and tokens[position + 1].lower in PARTICIPLE_CUES
                ),
                last,
            )
            if (
                verb.lemma == "describe"
                and not _what_before(tokens, index)
                and any(token.lower == "as" for token in tokens[index + 1 : index + 8])
            ):
                continue  # "described the weekend as": its object, then what it was called
            if (
                verb.lemma == "tell"
                and upto == last
                and tokens[last].lower == "to"
                and (after == last or _is_trailer(tokens, after, last - 1))
            ):
                # 'A manager told colleagues (in an email) to "keep the numbers up"': what
                # they were told to do, in the speaker's words
                return _Tag(_span(tokens, *subject), _span(tokens, index, cue_end), verb)
            if _is_trailer(tokens, after, upto) or all(not t.is_word for t in tokens[after:]):
                return _Tag(_span(tokens, *subject), _span(tokens, index, cue_end), verb)
            if after <= last and _SECOND_TAG.match(text, tokens[after].start, end):
                # '"...," prosecutors wrote, the paper reported': whose words the quotation
                # is, then the outlet that reported them
                return _Tag(_span(tokens, *subject), _span(tokens, index, cue_end), verb)
            continue
        if index > 0 and tokens[index - 1].is_word and tokens[index - 1].lower not in ("also",):
            continue
        if participle:
            continue  # "..., saying officers had ...": a clause follows, not a speaker
        inverted = _right_noun_phrase(tokens, index + 1, last)
        if (
            inverted is not None
            # ("..., wrote that the sale": a clause said, not an inverted speaker)
            and tokens[inverted[0]].lower != "that"
            and not any(
                tokens[position].lower in _CLAUSE_VERBS
                for position in range(inverted[0], inverted[1] + 1)
            )
            # 'said job losses would be closer to 3,500': a clause, not "said X, a spokesman"
            and not _clause_runs_on(tokens, inverted[1] + 1, last)
        ):
            return _Tag(_span(tokens, *inverted), _span(tokens, index, index), verb)
    return None


def _quote_interior(text: str, open_at: int, close_at: int) -> tuple[int, int]:
    start = open_at + 1 if text[open_at] in _OPEN_QUOTES else open_at
    return (start, close_at)


# "Nearly 40% of respondents", "One in four workers", "a third of teachers": a share of the
# people asked, as the speaker
_COUNTED_SPEAKER = re.compile(
    r"(?:(?:nearly|almost|about|around|some|over|more\s+than|fewer\s+than|less\s+than|"
    r"roughly|just|only|at\s+least|at\s+most|up\s+to)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|per\s*cent|percent|million|thousand|m\b)?|(?:one|two|three|four|nine)\s+in\s+\w+|"
    r"(?:a|one|two)[-\s](?:third|quarter|fifth)s?|half|two-thirds|three-quarters|"
    # (or a share alone: "33% said it should be kept")
    # (not a title: "The Majority Leader")
    r"(?:a|the)\s+majority(?!\s+(?-i:[A-Z])))(?:\s+(?:of\s+)?(?:the\s+|those\s+)?[a-z]|(?<=%)$|"
    r"(?<=cent)$)",
    re.IGNORECASE,
)


# "In a survey of 800 nurses carried out by the Royal College, " before a share that speaks
_FRONTED_POLL = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:In|From)\s+(?P<poll>(?:a|an|the|its|their|this|[A-Z][\w'’-]*)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:survey|poll|questionnaire|study)\b[^,;.]{0,100}?),\s*$"
)


def _shown_by_the_living(text: str, attribution: Attribution, sentence_start: int) -> None:
    """'They also showed smaller spikes in cortisol', 'The patient showed signs of recovery':
    what a person (or people, as a pronoun) showed is what they had, not a finding they
    report - the sentence is the reporter's (a record, a study or a video shows what it
    reports; and "showed that ..." reports)."""
    source, verb = attribution.source, attribution.cue_verb
    if (
        source is None
        or verb is None
        or verb.lemma != "show"
        or attribution.form != "object"
        or attribution.cue is None
        or not source[1] <= attribution.cue[0] < attribution.content[0]
    ):
        return
    speaker = text[source[0] : source[1]]
    if speaker.lower() not in ("they", "he", "she", "we") and claimant_kind(speaker) != "person":
        return
    # (the whole sentence: "Of course, he showed lapses in judgment")
    attribution.content = (
        _content_start(text, sentence_start, attribution.content[1]),
        attribution.content[1],
    )
    attribution.source = attribution.cue = attribution.cue_verb = None
    attribution.form = "unattributed"


def _with_a_counted_speaker(text: str, attribution: Attribution) -> None:
    """'Nearly 40% of respondents said they would move abroad': a share of the people asked
    speaks; the share is the finding, so the claim runs from it (the speaker stays)."""
    source = attribution.source
    if (
        source is not None
        and attribution.cue is not None
        and source[1] <= attribution.cue[0] <= attribution.content[0]
        and attribution.content[0] - source[1] < 60
        and _COUNTED_SPEAKER.match(text, source[0], source[1])
    ):
        attribution.content = (source[0], attribution.content[1])
        poll = _FRONTED_POLL.search(text, max(0, source[0] - 160), source[0])
        if poll is not None:
            # "In a survey of 800 nurses by the Royal College, 72 per cent said Y": the share is
            # the survey's finding
            attribution.source = poll.span("poll")
            return
        if attribution.cue_verb is not None and attribution.cue_verb.group == "show":
            # "About 60 percent of the reefs showed some bleaching": a finding about them,
            # not what they say
            attribution.source = attribution.cue = attribution.cue_verb = None
            attribution.form = "unattributed"


def attribute_paragraph(
    text: str,
    sentences: list[Sentence],
    paragraph: tuple[int, int],
    previous_tag: _Tag | None,
    lowered_and_hints: list[tuple[str, int]] | None = None,
) -> tuple[list[tuple[int, Attribution]], _Tag | None, bool]:
    """Attributions for the sentences of one paragraph, indexed by position in ``sentences``,
    the paragraph's last speaker, and whether the paragraph only introduces the next one
    (lead_tag: then there are no attributions, and the speaker is the next paragraph's).

    ``previous_tag`` is the last speaker of the paragraph before, for a quotation that goes
    on without a new tag. A quotation without a tag of its own is the latest speaker's: the
    tag of the quotation before it or a sentence's attribution in between ('Heald noted the
    findings show X. "An air-quality cleanup would ..."'). ``lowered_and_hints`` gives each
    sentence lowered and its SENTENCE_HINTS.find bits, when the caller has them already.
    """

    def sentence_claims(position: int, sentence: Sentence) -> list[Attribution]:
        if lowered_and_hints is None:
            found = attribute_sentence(text, sentence.start, sentence.end)
        else:
            found = attribute_sentence(
                text, sentence.start, sentence.end, *lowered_and_hints[position]
            )
        for attribution in found:
            _with_a_counted_speaker(text, attribution)
            _shown_by_the_living(text, attribution, sentence.start)
        return found

    quotes = [
        span
        for span in find_quote_spans(text, paragraph[0], paragraph[1])
        if not _names_a_programme(text, *span) and not _a_quoted_modifier(text, *span)
    ]
    results: list[tuple[int, Attribution]] = []
    lead = lead_tag(text, sentences, paragraph) if not quotes else None
    if lead is not None:
        announced = _announced_sentence(text, sentences[0], lead)
        if announced is not None:
            results.append((0, announced))
        return results, lead, True
    if not quotes and len(sentences) > 1:
        last = sentences[-1]
        lead = lead_tag(text, [last], (last.start, paragraph[1]))
        if lead is not None:
            # "According to Rathbun, ... Rathbun stated," then the quotation's paragraph: the
            # sentences before are read as ever, the last one introduces the next paragraph
            before = sentences[:-1]
            found, _, _ = attribute_paragraph(
                text,
                before,
                (before[0].start, before[-1].end),
                previous_tag,
                lowered_and_hints[:-1] if lowered_and_hints is not None else None,
            )
            return found, lead, True
    last_speaker = previous_tag

    def remember(attributions: list[Attribution]) -> None:
        nonlocal last_speaker
        for attribution in attributions:
            if (
                attribution.source is not None
                and attribution.cue is not None
                and (attribution.cue_verb is not None)
            ):
                last_speaker = _Tag(attribution.source, attribution.cue, attribution.cue_verb)

    if not quotes:
        for position, sentence in enumerate(sentences):
            found = sentence_claims(position, sentence)
            remember(found)
            for attribution in found:
                results.append((position, attribution))
        return results, last_speaker, False

    # The words between two quotations (or a quotation and the sentence's end) are read twice:
    # as the quotation's tag here and as the text outside the quotes below. Read them once;
    # the memo lives for this paragraph only.
    tag_memo: dict[tuple[int, int], _Tag | None] = {}

    def tag_between(start: int, end: int) -> _Tag | None:
        if (start, end) not in tag_memo:
            tag_memo[start, end] = _match_tag(text, start, end)
        return tag_memo[start, end]

    # Who speaks each quotation by its own tag: the tag after its closing mark or before its
    # opening mark, in the same sentence (None: the latest speaker, decided in text order).
    own_tags: list[_Tag | None] = []
    # Quotations whose speaker is the clause before their colon: quotation -> the colon.
    colon_heads: dict[int, int] = {}
    sentence_of = _sentence_lookup(sentences)
    for open_at, close_at in quotes:
        tag = None
        closing_sentence = sentence_of(close_at if close_at < paragraph[1] else close_at - 1)
        if closing_sentence is not None and close_at < paragraph[1]:
            tail_end = _next_quote_start(quotes, close_at, closing_sentence.end)
            tag = tag_between(close_at + 1, tail_end)
            if tag is None and text[close_at - 1] == "?":
                tag = _question_tag(text, quotes, close_at, sentences)
        if tag is None:
            opening_sentence = sentence_of(open_at)
            if opening_sentence is not None:
                head_start = _previous_quote_end(quotes, open_at, opening_sentence.start)
                head = text[head_start:open_at].rstrip()
                if head and (
                    head[-1] in ":," or _ends_with_cue(head) or _TOLD_TO.search(head) is not None
                ):
                    tag = tag_between(head_start, open_at)
                if tag is None and head.endswith(":"):
                    tag = _colon_tag(text, opening_sentence.start, open_at)
                    if tag is not None:
                        # (the reporter's clause ends before ", with X stating", and before
                        # ", telling reporters")
                        joint = text.rfind(", with ", opening_sentence.start, tag.cue[0])
                        if joint == -1 and text[: tag.cue[0]].rstrip().endswith(","):
                            joint = text.rindex(",", 0, tag.cue[0])
                        colon_heads[len(own_tags)] = (
                            joint
                            if joint != -1 and joint > tag.source[0] - 8
                            else head_start + len(head) - 1
                        )
        own_tags.append(tag)
    tags: list[_Tag | None] = [None] * len(quotes)

    def tag_of(tag_index: int) -> _Tag | None:
        nonlocal last_speaker
        if tags[tag_index] is None:
            tags[tag_index] = own_tags[tag_index] or last_speaker
        last_speaker = tags[tag_index]
        return tags[tag_index]

    for position, sentence in enumerate(sentences):
        pieces = [
            (max(open_at, sentence.start), min(close_at + 1, sentence.end), tag_index)
            for tag_index, (open_at, close_at) in enumerate(quotes)
            if open_at < sentence.end and close_at >= sentence.start
        ]
        if not pieces:
            found = sentence_claims(position, sentence)
            remember(found)
            acted = _ACTED_BEFORE_A_QUOTATION.match(text, sentence.start, sentence.end)
            if acted is not None and not any(attribution.source for attribution in found):
                # 'He grins. "She's been telling me that since 1999."': who just acted speaks
                last_speaker = _Tag(acted.span("who"), acted.span("act"), _ACTED)
            for attribution in found:
                results.append((position, attribution))
            continue
        outside = _outside_text(text, sentence, pieces)
        quoted_words = sum(len(text[a:b].split()) for a, b, _ in pieces)
        outside_is_tag = not _BRACKETED.sub("", outside).strip(
            ' ,.;:!?-—–"“”‘’'
        ) or _outside_is_tag(text, sentence, pieces, tag_between)
        colon = next(
            (
                colon_heads[tag_index]
                for _, _, tag_index in pieces
                if colon_heads.get(tag_index, -1) > sentence.start
            ),
            None,
        )
        if colon is not None and not outside_is_tag:
            # 'Sunak defended the record: "..."': the clause is read on its own, the
            # quotations after the colon are its subject's.
            found = (
                []
                if _FRAMES_A_QUOTATION.search(text, sentence.start, colon)
                # 'The Telegraph quoted X as saying: "..."': a tag, no clause of its own
                or _QUOTED_AS_SAYING_COLON.search(text, sentence.start, colon + 1)
                else attribute_sentence(text, sentence.start, colon)
            )
            remember(found)
            results.extend((position, attribution) for attribution in found)
            pieces = [piece for piece in pieces if piece[0] > colon]
            outside_is_tag = True
        # ('"No radiation has leaked. None," the manager said.': the last word of a quotation
        # opened in a sentence before is the quotation's)
        continued = any(quotes[tag_index][0] < sentence.start for _, _, tag_index in pieces)
        if outside_is_tag and quoted_words < 2 and not continued:
            # '"Yes," she said.': an answer of one word, its question elsewhere - no claim,
            # but the tag still names who speaks next
            for _, _, tag_index in pieces:
                tag_of(tag_index)
            continue
        if outside_is_tag and (quoted_words >= 2 or continued):
            participles, absorbed = _tag_participle_claims(text, sentence, quotes, own_tags, pieces)
            for piece_start, piece_end, tag_index in pieces:
                if tag_index in absorbed:
                    tag_of(tag_index)
                    continue  # '..., adding that the club needed "a reset"': the clause's
                open_at, close_at = quotes[tag_index]
                interior = _quote_interior(
                    text, max(open_at, piece_start), min(close_at, piece_end)
                )
                if open_at < sentence.start:
                    interior = (sentence.start, interior[1])
                tag = tag_of(tag_index)
                made = _make(
                    text,
                    interior[0],
                    interior[1],
                    source=tag.source if tag else None,
                    cue=tag.cue if tag else None,
                    cue_verb=tag.cue_verb if tag else None,
                    form="quote",
                    is_quote=True,
                    inherited_source=bool(tag)
                    and not (sentence.start <= tag.cue[0] < sentence.end),
                    quote_index=tag_index,
                    last_position=position,
                )
                if made is None:
                    continue
                previous = results[-1][1] if results and results[-1][0] == position else None
                if (
                    previous is not None
                    and previous.is_quote
                    and previous.source == made.source
                    and text[made.content[0]].islower()
                    and _subject_without_verb(text, previous)
                ):
                    # '"The numbers," said Ms. Ortega, "speak for themselves."': one claim,
                    # the subject before the tag and its predicate after it
                    previous.content = (previous.content[0], made.content[1])
                    continue
                results.append((position, made))
            results.extend((position, made) for made in participles)
            continue
        found = sentence_claims(position, sentence)
        after_quotes: list[Attribution] = []
        for attribution in found:
            # 'The union said that "wages have fallen. Members will strike."': the reported
            # content is the quotation, which runs on as the same speaker's.
            for piece_start, piece_end, tag_index in pieces:
                open_at, close_at = quotes[tag_index]
                quoted = _quotation_after_a_colon(
                    text, attribution, open_at, close_at, piece_start, piece_end
                )
                if quoted is not None:
                    # 'She said she had no regrets: "I would vote the same way."': her claim
                    # before the colon, and the quotation after it, hers too
                    quoted.quote_index, quoted.last_position = tag_index, position
                    tags[tag_index] = own_tags[tag_index] or _Tag(
                        attribution.source, attribution.cue, attribution.cue_verb
                    )
                    after_quotes.append(quoted)
                    continue
                if (
                    attribution.content[0] != open_at
                    or attribution.source is None
                    or attribution.cue is None
                    or attribution.cue_verb is None
                ):
                    continue
                if close_at < attribution.content[1]:
                    # 'The letter reads "we may extend it", but no plans exist': the quotation
                    # is the speaker's, the clause after it the reporter's
                    joint = _CLAUSE_AFTER_A_QUOTATION.match(text, close_at + 1, sentence.end)
                    rest = _make(text, joint.end(), attribution.content[1]) if joint else None
                    if rest is None:
                        continue
                    after_quotes.append(rest)
                    attribution.content = (open_at, close_at)
                if close_at >= attribution.content[1]:
                    attribution.content = (open_at + 1, attribution.content[1])
                    attribution.is_quote = True
                    attribution.quote_index = tag_index
                    attribution.last_position = position
                    tags[tag_index] = own_tags[tag_index] or _Tag(
                        attribution.source, attribution.cue, attribution.cue_verb
                    )
        remember(found)
        for _, _, tag_index in pieces:
            tag_of(tag_index)
        for attribution in [*found, *after_quotes]:
            results.append((position, attribution))
    return _merge_quotations(results), last_speaker, False


def _quotation_after_a_colon(
    text: str,
    attribution: Attribution,
    open_at: int,
    close_at: int,
    piece_start: int,
    piece_end: int,
) -> Attribution | None:
    """The quotation that a speaker's reported clause runs into after a colon ('said she
    expected the bill to pass: "We have the votes."'), cut off the clause (its content then
    ends at the colon) and made a quotation of the same speaker; None when there is none."""
    start, end = attribution.content
    if (
        attribution.source is None
        or attribution.cue is None
        or attribution.cue_verb is None
        or not start < open_at <= end
    ):
        return None
    colon = text.rfind(":", start, open_at)
    if colon == -1 or text[colon + 1 : open_at].strip() or not text[start:colon].strip():
        return None
    interior = _quote_interior(text, max(open_at, piece_start), min(close_at, piece_end))
    quoted = _make(
        text,
        interior[0],
        interior[1],
        source=attribution.source,
        cue=attribution.cue,
        cue_verb=attribution.cue_verb,
        form="quote",
        is_quote=True,
    )
    if quoted is not None:
        attribution.content = (start, colon)
    return quoted


_CLAUSE_AFTER_A_QUOTATION = re.compile(r"[.,]?\s*,?\s+(?:but|while|although|though|whereas)\s+")


# (and the accusing ones: '"They are lying," the commander said, accusing the rebels of Y')
_PARTICIPLE_FORMS = tuple(
    f", {form}" for form in (*PARTICIPLE_CUES, "accusing", "blaming", "calling")
)
# "The Chancellor put it this way:", "She summed it up bluntly:": the quotation's frame,
# no claim of its own
_FRAMES_A_QUOTATION = re.compile(
    r"\b(?:put|puts|summed|sums|explained|explains|described|describes|framed|frames)\s+"
    r"(?:it|things|the\s+(?:matter|situation|problem))\s+(?:up\s+)?(?:this\s+way|like\s+this|"
    r"as\s+follows|simply|bluntly|succinctly|plainly|starkly|more\s+\w+)?\s*$",
    re.IGNORECASE,
)


# A tag's speaker adding a claim in a relative clause: ", who added that", ", who also said".
_WHO_ADDED = re.compile(
    r",\s+who\s+(?:also\s+|later\s+)?(?P<cue>added|said|noted|insisted|argued|warned|stressed|"
    r"explained)\s+(?:that\s+)?(?=\S)"
)


def _tag_participle_claims(
    text: str,
    sentence: Sentence,
    quotes: list[tuple[int, int]],
    own_tags: list[_Tag | None],
    pieces: list[tuple[int, int, int]],
) -> tuple[list[Attribution], set[int]]:
    """'"...," Lopez said, adding that residents should boil it': what the participle after a
    quotation's tag reports is the speaker's too. Also the quotations that clause takes in
    ('adding that the club needed "a complete reset"': words of the clause, no quotation
    claim of their own), by index."""
    for _, _, tag_index in pieces:
        tag = own_tags[tag_index]
        if tag is None or tag.source is None or not sentence.start <= tag.cue[0] < sentence.end:
            continue
        # up to the next quotation in the sentence (a quotation has its own claim)
        upper = _next_quote_start(quotes, tag.cue[1], sentence.end)
        after_tag = text[tag.cue[1] : upper]
        if ", who " in after_tag:
            # '"...," said Ana Lopez, who added that the tour would go ahead': what the
            # speaker's relative clause reports is the speaker's too
            added = _WHO_ADDED.search(text, tag.cue[1], upper)
            if added is not None:
                made = _make(
                    text,
                    added.end(),
                    upper,
                    source=tag.source,
                    cue=added.span("cue"),
                    cue_verb=CUE_VERBS[added["cue"].lower()],
                    form="said_that",
                )
                if made is not None:
                    return [made], set()
        if not contains_any(after_tag, _PARTICIPLE_FORMS) and ", and " not in after_tag:
            continue  # the common case, decided without tokens
        absorbed: set[int] = set()
        for later_index, (open_at, close_at) in enumerate(quotes):
            if open_at != upper or close_at >= sentence.end:
                continue
            before = text[tag.cue[1] : open_at].rstrip()
            if before[-1:].isalnum():
                # the quotation goes on the clause's words: it is part of the clause
                absorbed.add(later_index)
                upper = _next_quote_start(quotes, close_at + 1, sentence.end)
        tokens = tokenize(text, tag.cue[0], upper)
        if len(tokens) < 4:
            continue
        main = Attribution(
            content=(tokens[0].start, tokens[-1].end),
            source=tag.source,
            cue=tag.cue,
            cue_verb=tag.cue_verb,
            form="tail",
        )
        claims = (
            _participle_claims(text, tokens, 0, main)
            or _coordinated_claims(text, tokens, 0, main)
            or _calling_after_a_tag(text, tokens, main)
        )
        return claims, absorbed if claims else set()
    return [], set()


def _calling_after_a_tag(text: str, tokens: list[Token], main: Attribution) -> list[Attribution]:
    """'"We stand by our reporting," the editor said, calling the lawsuit "frivolous"': what
    the speaker called something after the quotation's tag, the speaker's claim."""
    for index in range(1, len(tokens) - 2):
        if (
            tokens[index].lower == "calling"
            and tokens[index - 1].text == ","
            and tokens[index + 1].lower not in _CALLING_NOT_A_CLAIM
            and _quoted_or_noun_object(tokens, index + 1)
        ):
            made = _make(
                text,
                tokens[index + 1].start,
                tokens[-1].end,
                source=main.source,
                cue=(tokens[index].start, tokens[index].end),
                cue_verb=_CHARACTERISED,
                form="participle",
            )
            return [made] if made is not None else []
    return []


def _ends_with_cue(head: str) -> bool:
    """'Mr. Toccafondi says' right before a quotation: a tag without a comma."""
    last_word = head.rsplit(None, 1)[-1].lower()
    return last_word in CUE_VERBS


def lead_tag(text: str, sentences: list[Sentence], paragraph: tuple[int, int]) -> _Tag | None:
    """A paragraph that only introduces what follows: 'Rathbun stated,' / 'The director wrote
    in a letter to the council:' - one sentence, ending with a colon or comma, that is an
    attribution tag and nothing else. What the next paragraph says is the tag's speaker's."""
    if len(sentences) != 1:
        return None
    ending = text[paragraph[0] : paragraph[1]].rstrip()
    if not ending.endswith((":", ",")):
        return None
    tag = _match_tag(text, paragraph[0], paragraph[0] + len(ending) - 1)
    if tag is None and ending.endswith(":"):
        tag = _announcing_tag(text, paragraph[0], paragraph[0] + len(ending) - 1)
    return tag


_ANNOUNCED_THINGS = re.compile(
    r"(?:these|the\s+following|its|his|her|their|the|three|four|five|six|several)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s$"
)


def _announced_sentence(text: str, sentence: Sentence, lead: _Tag) -> Attribution | None:
    """'The chancellor announced these measures:' says what happened as well as introducing
    the list: the reporter's claim, the colon left out (a bare 'X said:' is no claim)."""
    ending = text[sentence.start : sentence.end].rstrip()
    if not ending.endswith(":") or lead.cue[1] >= sentence.start + len(ending) - 1:
        return None
    words_after_cue = text[lead.cue[1] : sentence.start + len(ending) - 1].split()
    if not _ANNOUNCED_THINGS.fullmatch(" ".join(words_after_cue)):
        return None
    return _make(text, sentence.start, sentence.start + len(ending) - 1)


def _announcing_tag(text: str, start: int, end: int) -> _Tag | None:
    """'The chancellor announced these measures:', 'The report lists the following
    findings:' - a speaker and its cue, and what is announced, named by a plural noun: the
    list after it is the speaker's."""
    found = _attribute_sentence(text, start, end)
    if len(found) != 1:
        return None
    (attribution,) = found
    if attribution.source is None or attribution.cue is None or attribution.cue_verb is None:
        return None
    content = text[attribution.content[0] : attribution.content[1]]
    if not _ANNOUNCED_THINGS.fullmatch(content):
        return None
    return _Tag(attribution.source, attribution.cue, attribution.cue_verb)


def _subject_without_verb(text: str, quotation: Attribution) -> bool:
    """The quotation is a short noun phrase ending in a comma ('"The numbers," said X, "speak
    ..."'): no word of it can be a finite verb."""
    words = [word.strip(",.;:'’\"") for word in text[slice(*quotation.content)].split()]
    closing = text[quotation.content[1] : quotation.content[1] + 2]
    return (
        0 < len(words) <= 6
        and "," in closing
        and not any(
            word.islower()
            and can_be_finite_verb(word)
            # "The figures": a noun after its determiner
            and not (position and words[position - 1].lower() in DETERMINERS)
            for position, word in enumerate(words)
        )
    )


def _merge_quotations(
    results: list[tuple[int, Attribution]],
) -> list[tuple[int, Attribution]]:
    """One claim per quotation: the sentences of a quotation that runs on are joined."""
    merged: list[tuple[int, Attribution]] = []
    for position, attribution in results:
        if merged and attribution.is_quote and attribution.quote_index is not None:
            previous = merged[-1][1]
            if previous.is_quote and previous.quote_index == attribution.quote_index:
                previous.content = (previous.content[0], attribution.content[1])
                previous.last_position = position
                continue
        merged.append((position, attribution))
    return merged


def _sentence_lookup(sentences: list[Sentence]):
    def find(position: int) -> Sentence | None:
        for sentence in sentences:
            if sentence.start <= position < sentence.end:
                return sentence
        return None

    return find


def _next_quote_start(quotes: list[tuple[int, int]], after: int, limit: int) -> int:
    for open_at, _ in quotes:
        if after < open_at < limit:
            return open_at
    return limit


def _previous_quote_end(quotes: list[tuple[int, int]], before: int, limit: int) -> int:
    best = limit
    for _, close_at in quotes:
        if limit <= close_at < before:
            best = max(best, close_at + 1)
    return best


def _outside_text(text: str, sentence: Sentence, pieces: list[tuple[int, int, int]]) -> str:
    parts = []
    cursor = sentence.start
    for piece_start, piece_end, _ in pieces:
        parts.append(text[cursor:piece_start])
        cursor = max(cursor, piece_end)
    parts.append(text[cursor : sentence.end])
    return " ".join(parts)


def _clause_runs_on(tokens: list[Token], first: int, last: int) -> bool:
    """A finite verb before the next punctuation: 'said job losses in Germany would be ...' -
    what follows the cue is a clause, not a speaker and its setting."""
    for token in tokens[first : min(last + 1, first + 8)]:
        if token.text in _PUNCT_STOPS:
            return False
        if token.text.islower() and (token.lower in _FINITE_VERBS or token.lower in _MODALS):
            return True
    return False


_NOT_A_SUBJECT = words("only not also even still just mainly largely partly then")


def _clause_right_after(tokens: list[Token], cue: int) -> bool:
    """A subject and its verb right after the word at ``cue`` (a cue, or "that"), before any
    punctuation, preposition or subordinator: "(heard) the lorry's brakes had failed", not
    "(heard) an announcement before the ferry tilted"."""
    for position in range(cue + 2, min(len(tokens), cue + 8)):
        token = tokens[position]
        if _inside_a_ratio(tokens, position):
            continue  # "(says) one in five workers has lost hours": a share, not a phrase
        if (
            token.text in _PUNCT_STOPS
            or token.lower in SUBORDINATORS
            or (token.lower in PREPOSITIONS)
        ):
            return False
        if _verb_after_subject(tokens, position):
            return True
    return False


def _inside_a_ratio(tokens: list[Token], position: int) -> bool:
    """The "in" of "one in five", the "out of" of "nine out of ten": a share's words."""
    word = tokens[position].lower
    if word not in ("in", "out", "of") or position + 1 >= len(tokens):
        return False
    before, after = tokens[position - 1], tokens[position + 1]
    if word == "out":
        return after.lower == "of" and _quantity_word(before)
    if word == "of":
        return before.lower == "out" and _quantity_word(after)
    return _quantity_word(before) and _quantity_word(after) and before.lower not in _QUANTIFIERS


def _opens_clause(tokens: list[Token], first: int, last: int) -> bool:
    """A subject and a finite verb before the next punctuation: 'unions vowed to fight',
    'it gave no date' (not 'but not before Friday', 'but only if no buyer is found')."""
    if (
        first > last
        or tokens[first].lower in SUBORDINATORS
        or tokens[first].lower in _NOT_A_SUBJECT
    ):
        return False
    for position in range(first, min(last + 1, first + 7)):
        token = tokens[position]
        if token.text in _PUNCT_STOPS:
            return False
        if position > first and (
            _verb_after_subject(tokens, position) or _present_after_plural(tokens, position)
        ):
            return True
    return False


_PLURAL_PRONOUNS = frozenset({"they", "we", "you", "i"})


def _present_after_plural(tokens: list[Token], position: int) -> bool:
    """'though three remain underground', 'but residents say': a present verb whose form is
    also the base form, after a plural subject (a number, a plural pronoun or noun)."""
    token, before = tokens[position], tokens[position - 1]
    return (
        token.text.islower()
        and "VBP" in lexicon().tags(token.lower)
        and (
            before.lower in NUMBER_WORD_VALUES
            or before.text[:1].isdigit()
            or before.lower in _PLURAL_PRONOUNS
            or lexicon().best(before.lower) == "NNS"
        )
    )


def _verb_after_subject(tokens: list[Token], position: int) -> bool:
    """The small-letter word at ``position`` is a clause's verb after its subject: a finite
    verb or modal, or a past form with no auxiliary before it ("unions vowed", "she declined",
    "Johnson lost")."""
    token = tokens[position]
    if token.lower == "am" and tokens[position - 1].text.isdigit():
        return False  # "at about 2am": the hour
    return token.text.islower() and (
        token.lower in _FINITE_VERBS
        or token.lower in _MODALS
        or is_finite_verb_first(token.lower)
        or (
            not {"VBD", "VBN"}.isdisjoint(lexicon().tags(token.lower))
            and tokens[position - 1].lower not in PASSIVE_AUXILIARIES
        )
    )


def _outside_is_tag(
    text: str,
    sentence: Sentence,
    pieces: list[tuple[int, int, int]],
    tag_between: Callable[[int, int], _Tag | None],
) -> bool:
    cursor = sentence.start
    stretches = []
    for piece_start, piece_end, _ in pieces:
        if piece_start > cursor:
            stretches.append((cursor, piece_start))
        cursor = max(cursor, piece_end)
    if cursor < sentence.end:
        stretches.append((cursor, sentence.end))
    meaningful = [
        (a, b)
        for a, b in stretches
        if _BRACKETED.sub("", text[a:b]).strip(' ,.;:!?-—–"“”‘’')  # "((it))": a marker
    ]
    if len(meaningful) == 2 and (
        _PARTICIPLE_ADJUNCT.match(text, *meaningful[1])
        # '"...," the ministry said in a post on X, adding that it would respond "firmly" to
        # any incursion': the participle's clause goes on through the second quotation
        or _PARTICIPLE_CLAUSE_BEFORE_QUOTE.search(text, *meaningful[0])
    ):
        # 'X notes, "...", highlighting the importance of Y': the tag, then an adjunct
        meaningful = meaningful[:1]
    if len(meaningful) != 1:
        return False
    start, end = meaningful[0]
    if (
        start == sentence.start  # (not '"...," X said, adding that Y "...": a tag first)
        and text[start:end].rstrip()[-1:].isalnum()
        and _PARTICIPLE_CLAUSE_BEFORE_QUOTE.search(text, start, end)
    ):
        # 'The ministry denied this, saying that checks were "based on risk"': a clause
        # that goes on into the quotation, no tag (the quotation had been the speaker's
        # before, and the denial lost)
        return False
    tag = tag_between(start, end)
    if (
        tag is not None
        and start == sentence.start
        and pieces[0][0] >= end
        and tag.cue[0] < tag.source[0]
        and len(text[start : tag.cue[0]].split()) >= 3
    ):
        # 'A negotiator who ..., and who asked not to be named, said management "walked away
        # from the table."': a subject, its verb and what it said, no inverted tag before the
        # quotation ("said management")
        return False
    if (
        tag is not None
        and tag.cue[1] <= end
        and tag.source[1] <= tag.cue[0]
        and _A_CLAUSE_AFTER_THE_TAG.search(text, tag.cue[1], end)
    ):
        # 'The minister said on Monday the decision was "correct".': what was said goes on to
        # the quotation, no tag of it
        return False
    return tag is not None


# the subject and verb of a clause said, between the tag and the quotation
_A_CLAUSE_AFTER_THE_TAG = re.compile(
    r"\s(?:the|a|an|its|his|her|their|this|that|it|he|she|they|we)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:was|were|is|are|had|has|have|would|will|could|should|remained|remains|looked|seemed)"
    r"\s+[\w'’-]*\s*$"
)


# ", saying (that) checks were" right before a quotation's opening mark
_PARTICIPLE_CLAUSE_BEFORE_QUOTE = re.compile(
    r",\s+(?:"
    + "|".join(sorted(PARTICIPLE_CUES, key=len, reverse=True))
    + r")\s+(?:that\s+)?[\w'’-]+(?:\s+[\w'’-]+)+\s*$"
)


_BRACKETED = re.compile(r"\([^()]{0,40}\)|\[[^\[\]]{0,40}\]|\(\([^()]{0,40}\)\)")
_PARTICIPLE_ADJUNCT = re.compile(r"[\s,]*[a-z]+ing\b")
