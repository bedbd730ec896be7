"""Links between claims: denies, contradicts, supports.

Each claim looks back over a window of earlier claims only (WINDOW), so the work is linear
in the number of claims. Evidence is lexical:

- content words, lemmatised (``killed``/``killing`` -> ``kill``) and mapped onto a small
  news-domain concept table (``killed``/``dead``/``death toll`` -> one concept, ``bomb``/
  ``blast``/``explosion`` -> another; ``lexicon.CONCEPTS``);
- polarity: negation (``no``, ``not``, ``never`` ...) and what it scopes over, and antonym
  concepts (``peaceful``/``violent``, ``enough``/``need``, ``rise``/``fall``);
- quantities: the counted thing, the number, whether it is a bound (``at least 40``), an
  approximation (``about 38,000``), a rate (``9 million monthly users``), a norm (``95
  percent needed``), and its scope (``nationwide``, ``his province alone``);
- the cue (deny, confirm) and anaphora (``the accusation``, ``that view``, ``a charge``).

A relation always joins claims from different claimants, and only attributed claims take
part (the reporter's narrative is the frame, not a party) - except that an accusation made in
the passive (``X has been accused of Y``) can be denied, and the reporter's ``a claim that has
been rejected ...`` contradicts the claim it follows.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .claimants import BODY_TYPES, PRONOUN_KINDS, SPOKES
from .lexicon import (
    ADJUNCT_OWNED_CLAIM,
    ANTONYM_CONCEPTS,
    CLAIM_NOUNS,
    CONCEPTS,
    CUE_VERBS,
    DENIED_CONDUCT,
    GATED_CUE_FORMS,
    IRREGULAR_FORMS,
    JUDGED_ACCOUNT,
    MONTHS,
    MULTIPLIED_CHANGE,
    NUMBER_WORD_VALUES,
    NUMBER_WORDS,
    OFFICIAL_OWNERS,
    OWNED_CLAIM,
    PREPOSITIONS,
    QUANTITY_SYNONYMS,
    RECORDING_WORDS,
    STOPWORDS,
    WEEKDAYS,
    words,
)
from .pos import can_be_noun, lexicon
from .tokens import WordMemo, contains_any

WINDOW = 12
# A response (a denial without a denial verb, a contradiction by negation) follows closely
# what it answers.
RESPONSE_WINDOW = 4
CLASH_WINDOW = 6
# A denial of "the allegations" / "the report" and a second count of the same thing can come
# several paragraphs after what they answer: these two look further back (still a constant
# number of claims, so the work stays linear).
FAR_WINDOW = 40

_WORD = re.compile(r"[$£€]?\d+(?:[.,]\d+)*%?|[^\W\d_][\w'’-]*")
# For quantities the punctuation matters too: "400,000, nearly ten times" is two phrases.
_QUANTITY_TOKEN = re.compile(r"[$£€]?\d+(?:[.,]\d+)*%?|[^\W\d_][\w'’-]*|[,;:()—–-]")
# Counted things that different sources tend to give different numbers for.
_CROWD = words(
    "people protesters demonstrators marchers participants turnout crowd visits visitors "
    "attendance attendees"
)
# Where people make a crowd, or what they do in one: a count of "people" is a crowd's size
_CROWD_SCENES = words(
    "rally rallies march marches marched marching protest protests protested demonstration "
    "demonstrations funeral funerals vigil vigils crowd crowds turnout streets gathered "
    "attended attend joined join took part concert festival parade strike strikes walkout "
    "turned rallied"
)
# What befalls some of the people there, not the crowd's size: in hospital, hurt, held
_PEOPLE_STATES = words(
    "hospital hospitalised hospitalized care treated treatment injured wounded hurt sick ill "
    "infected missing trapped stranded rescued evacuated displaced arrested detained"
)
# What a crowd does: "20,000 had taken part", "5,000 marched", "thousands turned out"
_PARTICIPATED = words("marched turned attended rallied protested gathered")


def _took_part(following: list[str]) -> bool:
    return not _PARTICIPATED.isdisjoint(following) or any(
        word == "part" and position and following[position - 1] in ("took", "taken", "take")
        for position, word in enumerate(following)
    )


_ACCOUNTS = words("accounts users records customers members subscribers")
_CHILDREN = words("children pupils students schoolchildren kids")
_NEGATORS = words(
    "no not never none nobody nothing neither nor cannot can't won't n't no-one without"
)
_FIRST_PERSON = words("i we our my us me ours")
# Adverbs that carry no content for overlap ("largely peaceful", "directly").
_EMPTY_ADVERBS = words(
    "largely mostly mainly partly fully entirely widely highly really currently directly "
    "apparently reportedly allegedly nearly roughly approximately already still even yet "
    "now ever likely"
)
# Cue verbs ("found", "reported") say who said what, not what happened.
# Cue verbs are no content - except the ones that are cues only in some uses ("called for
# calm", "recorded an album", "listed", "urged", "certain").
_NOT_CONTENT = (
    _EMPTY_ADVERBS
    | NUMBER_WORDS
    | frozenset(form for form in CUE_VERBS if form not in GATED_CUE_FORMS and not can_be_noun(form))
    | words("one least without")
)
_SKIP_IN_SCOPE = STOPWORDS | _EMPTY_ADVERBS | words("one appeared appear appears seem seemed")
_LOWER_BOUND = words("least more over than exceeding upwards")
_APPROXIMATE = words("about around some nearly almost roughly approximately estimated closer")
_RATE = re.compile(
    r"\b(?:monthly|daily|weekly|annual|annually|yearly|a\s+(?:year|month|week|day)|"
    r"per\s+(?!cent\b)\w+|each\s+(?!other\b)\w+|every\s+(?!one\b)\w+|apiece)\b",
    re.IGNORECASE,
)
_NORM = re.compile(
    r"\b(?:necessary|needed|required|target|goal|threshold|recommended|minimum|"
    # what something may hold, not what it held: "a licence to carry 150 people"
    r"capacity|licen[cs]ed?\s+to\s+carry|designed\s+to\s+(?:carry|hold)|room\s+for|"
    r"maximum|limit)\b",
    re.IGNORECASE,
)
_WIDE_SCOPE = re.compile(
    r"\b(?:nationwide|countrywide|nationally|across\s+the\s+\w+|(?:in|across)\s+(?:more\s+than\s+"
    r"|over\s+|some\s+|about\s+)?\d[\d,]*\s+(?:towns|cities|countries|states|regions|"
    r"provinces|districts|counties)|in\s+total|overall)\b",
    re.IGNORECASE,
)
# A count for a year: "killed in 2025", "that year's toll" - not a date ("In March 2024 the
# blast killed 40") and not "last year", the reader's time frame.
_YEAR = re.compile(
    r"\b(?:in|during|for|throughout)\s+(?:19|20)\d\d\b|\b(?:that|the\s+same)\s+year\b",
    re.IGNORECASE,
)


_CLAUSE_OPENERS = re.compile(
    r"\b(?:when|after|before|since|while|until|once|because|which|who|where)\b", re.IGNORECASE
)


_CUMULATIVE = re.compile(
    r"\b(?:since\s+(?:\d{4}|records\s+began|the\s+(?:war|conflict|fighting|protests|unrest|"
    r"crisis|outbreak|pandemic|uprising|invasion)\s+(?:began|started|erupted|broke\s+out))|"
    # ("killed in the conflict since it began")
    r"in\s+the\s+(?:war|conflict|fighting)\s+since\s+(?:it|they)\s+(?:began|started|erupted)|"
    # "since February 2021", "since the military seized power", "since the rainy season began"
    r"since\s+(?-i:[A-Z])[a-z]+\s+\d{4}\b|"
    r"since\s+the\s+(?:[\w-]+\s+)?season\s+(?:began|started|opened)\b|"
    r"since\s+the\s+(?:military|army|junta|generals)\s+(?:seized|took)\s+power\b|"
    r"(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years|decades?)|"
    r"so\s+far\s+this\s+(?:year|season)|this\s+(?:winter|summer|season|spring|autumn))",
    re.IGNORECASE,
)
_FIGURE_NOUN_HINTS = ("figure", "number", "estimate", "count", "toll", "tally", "total")
_JUDGED_FIGURE = re.compile(
    r"\b(?:figure|number|estimate|count|toll|tally|total)s?\s+(?:of\s+[\d,.]+\s+)?"
    r"(?:is|was|are|were)\s+(?:simply\s+|completely\s+|broadly\s+|wildly\s+|grossly\s+|"
    r"not\s+)?(?:wrong|accurate|correct|inaccurate|exaggerated|inflated|misleading|false|"
    r"right|true|untrue|plausible|credible)\b"
)
# "a total of 1,142 over the same period": the stretch another claim counted over, whichever
_SAME_PERIOD = re.compile(r"\b(?:over|in|during|for)\s+the\s+same\s+(?:period|years|time)\b")


_CUMULATIVE_HINTS = ("since ", " past ", " last ", "so far", "this ")
# "since January": months of counting - against one day's count ("in Tuesday's attack"), not
# against another count of the same stretch ("dispensed since March" / "packs affected")
_SINCE_A_MONTH = re.compile(
    r"\bsince\s+(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b",
    re.IGNORECASE,
)
_ONE_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"overnight)\b",
    re.IGNORECASE,
)


def _counts_a_year(text: str) -> bool:
    """'52 porters killed in 2025' (the year after the count), "that year's toll" - not a year
    in a clause of its own after the count ("£15.2bn set out when the timetable was agreed in
    2023": when the timetable was agreed)."""
    match = _YEAR.search(text)
    if match is None:
        return False
    if match[0].lower().endswith("year"):
        return True
    before = text[: match.start()]
    digits = list(_DIGIT.finditer(before))
    if not digits:
        # "A bombing at a school in the city in 2022 killed 53 people": the year's event, its
        # count after it
        return match[0][:1].lower() == "i" and _DIGIT.search(text, match.end()) is not None
    for opener in _CLAUSE_OPENERS.finditer(before, digits[-1].end()):
        if opener[0].lower() not in ("who", "which") or before[: opener.start()].rstrip().endswith(
            ","
        ):
            return False
        # "312 migrants who attempted the crossing in 2023": a restrictive relative clause
        # says which were counted, so the year is the count's
    return True


_ADDITIVE = re.compile(r"\b(?:also|too|as\s+well|likewise|similarly)\b", re.IGNORECASE)
# A count set in another time by a phrase opening the claim: "In 2019, floods killed 15",
# "Last year, 5 workers died at the mine", "In a separate attack last month, ...".
_FRONTED_OCCASION = re.compile(
    r"(?:(?:In|During)\s+(?:19|20)\d\d\b|(?:Last|Earlier\s+this|Earlier\s+in\s+the)\s+"
    r"(?:year|month|week|summer|winter|spring|autumn)\b|In\s+(?:a\s+separate|another)\b|"
    r"An?\s+(?:separate|second|further)\s+(?:attack|crash|incident|blast|explosion|strike|"
    r"shooting|fire|accident)\b|A\s+year\s+"
    r"(?:ago|earlier)\b|In\s+the\s+whole\s+of\b)"
)
_SEPARATE_HINTS = ("separate", "another", "elsewhere")
_SEPARATE_EVENT = re.compile(
    r"\b(?:(?:a|in\s+a)\s+separate|in\s+another|another)\s+(?:[a-z]+\s+)?(?:attack|incident|ambush|"
    r"blast|bombing|raid|strike|crash|accident|explosion|shooting|fire|clash|clashes|case|"
    r"operation|flood|floods|storm|quake|earthquake)\b|\bseparately\b|\belsewhere\b",
    re.IGNORECASE,
)
_PART_SCOPE = re.compile(r"\balone\b", re.IGNORECASE)
_EARLIER_COUNT = re.compile(
    r"^\s*(?:Earlier|Initially|At\s+first|Previously),|\bhad\s+(?:earlier|initially|"
    r"previously|first)\s+(?:put|reported|said|estimated|given|counted|confirmed)\b|"
    # "On Tuesday the agency had reported 120 deaths": a count given before, since revised
    r"^\s*(?:On|By|As\s+of)\s+(?:"
    + "|".join(sorted(day.capitalize() for day in WEEKDAYS))
    + r")\b[^.;]{0,60}?\bhad\s+(?:put|reported|estimated|given|counted|confirmed|recorded)\b"
)
# What every match of _EARLIER_COUNT has: "had", or one of these opening the sentence.
_EARLIER_OPENINGS = ("Earlier", "Initially", "At", "Previously")
# "no one had been killed then": another occasion than the one being counted.
_OTHER_OCCASION = re.compile(
    r"\b(?:then|at\s+the\s+time|at\s+that\s+time|on\s+that\s+occasion|on\s+those\s+occasions)"
    r"\s*$",
    re.IGNORECASE,
)
_CLOSING_COMPOUND = re.compile(
    r"\bclosing\s+(prices?|bell|ceremony|ceremonies|arguments?|speech(?:es)?|remarks|stages?|"
    r"minutes|date|dates|time|level|levels|rate|session|statements?|credits|scene|night)\b"
)
# Currencies written as words, as their signs ("500 million pounds" is "£500m") or by their
# own names ("3 billion kronor"): sums of money either way
_CURRENCY_SIGNS = {
    "pounds": "£",
    "pound": "£",
    "dollars": "$",
    "dollar": "$",
    "euros": "€",
    "euro": "€",
} | {
    name: name
    for name in (
        "kronor krona kroner krone yen yuan renminbi rupees rupee naira rand shillings "
        "shilling pesos peso francs franc riyals riyal dirhams dirham rubles roubles ruble "
        "rouble baht ringgit rupiah lira zloty forint reais cedis crowns crown"
    ).split()
}
_ORDINAL_PARTS = words("first second last final latter")
_FRACTIONS = {
    "half": 50.0,
    "one-half": 50.0,
    "a-third": 33.3,
    "one-third": 33.3,
    "two-thirds": 66.7,
    "one-quarter": 25.0,
    "a-quarter": 25.0,
    "three-quarters": 75.0,
    "one-fifth": 20.0,
}
_ACCUSATION_REFERENCES = words(
    "accusation accusations allegation allegations charge charges claim claims suggestion"
)
_FIGURE_REFERENCES = words(
    "number numbers figure figures data statistics count counts tally total totals"
)
_CONFIRMED_COUNTS = words("toll tally count figure figures number numbers total")
_DOCUMENT_REFERENCES = (
    words(
        "survey surveys report reports study studies poll polls audit analysis review inquiry "
        "investigation memo research findings"
    )
    | RECORDING_WORDS
)  # what a recording shows: "dismissed the video as fake"
_EXPLANATION_REFERENCES = words("explanation explanations reasoning justification excuse")
# the words a claim gives a cause with
_CAUSES = words(
    "because due blamed blames blaming caused causes result owing reflected reflects attributed "
    "since after"
)
_VIEW_REFERENCES = words(
    "view views forecast forecasts estimate estimates projection projections assessment "
    "analysis prediction predictions valuation valuations"
)
# What a denial of an estimate or a forecast is: a contradiction, not a denial of a fact.
_OPINION_KINDS = frozenset({"estimate", "prediction"})
_CONFIRMS = re.compile(
    r"\b(?:it|this|that|the\s+(?:study|work|research|findings?|report|results?|paper|data))\s+"
    r"(?:\w+\s+)?(?:confirm(?:s|ed)?|corroborat(?:es|ed)|back(?:s|ed)\s+up|support(?:s|ed)|"
    r"(?:is|was)\s+consistent\s+with)\b",
    re.IGNORECASE,
)
_CONFIRM_HINTS = ("confirm", "corroborat", "back", "support", "consistent")
_STUDY_SOURCES = words(
    "study studies researchers research report survey authors scientists paper analysis"
)
# A reply that says the other side's claim is false without a denial verb: "no such meeting
# took place", "that was untrue", "there was no truth in it", "the report is baseless".
_FALSE_ADVERB = (
    r"(?:(?:also|still|simply|completely|entirely|totally|categorically|wholly|patently|"
    r"absolutely|utterly|plainly|just|wildly|grossly|hugely|vastly|massively|greatly|"
    r"seriously|badly)\s+){0,2}"
    # ("that was utter nonsense", "complete rubbish", "total fantasy")
    r"(?:(?:utter|complete|total|absolute|pure|sheer)\s+(?=nonsense|rubbish|fantasy|fiction))?"
)
# Words that call a claim false after any copula ("that was untrue").
_FALSE = (
    r"(?:untrue|false|baseless|unfounded|fabricated|nonsense|inaccurate|incorrect|misleading|"
    r"groundless|not\s+true|not\s+accurate|not\s+correct|not\s+the\s+case|without\s+(?:any\s+)?"
    r"foundation|a\s+lie|a\s+fabrication|(?:an?|pure|complete|total)\s+(?:invention|fabrication)|"
    r"fantasy|rubbish|plucked\s+out\s+of\s+"
    r"thin\s+air|making\s+(?:it|things|this)\s+up)\b"
)
# Words that do so only of a claim named as one ("his figures were out of date", "the MP's
# criticism was unfair") - not "the dismissal was unfair", "the extinguishers were out of date".
_FALSE_OF_A_CLAIM = (
    r"(?:wrong(?!\s+to\b)|unfair|unjustified|unwarranted|exaggerated|overblown|distorted|"
    r"a\s+misreading|a\s+distortion|a\s+misrepresentation|a\s+mischaracteri[sz]ation|"
    r"scaremongering|(?:pure\s+)?speculation|out\s+of\s+date|outdated|fiction|made\s+up(?!\s+of)|"
    r"lies|without\s+basis|(?:(?:far|much|way|grossly|wildly|greatly)\s+)?too\s+(?:high|low)|"
    r"inflated|an?\s+(?:gross\s+|huge\s+)?(?:over|under)-?estimate|(?:over|under)stated|"
    r"(?:over|under)-?estimated|without\s+merit|meritless|frivolous|riddled\s+with\s+errors|"
    r"full\s+of\s+errors|fanciful|far-fetched|unrealistic|implausible|wishful\s+thinking)\b"
)
_COPULA = r"(?:is|was|are|were|be|been|as|had\s+been|have\s+been)\s+[\"“‘']{0,2}"
# A measure or a forecast reported as a claim, named by its noun ("the decline", "that
# timetable"), and what calls it unreal - not what calls it unfair ("the increase was
# unjustified" judges a price rise, not a report of one).
_CHANGE_REFERENCES = words(
    "decline declines drop drops fall falls rise rises increase increases growth jump jumps "
    "surge surges improvement improvements gain gains reduction reductions recovery slowdown"
)
_FORECAST_REFERENCES = words(
    "timetable timeline schedule deadline forecast forecasts projection projections prediction "
    "predictions assessment"
)
_A_MEASURE = (
    r"^(?:(?:that|this|these|those|the|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:"
    + "|".join(sorted(_CHANGE_REFERENCES | _FORECAST_REFERENCES))
    + r")\s+"
)
_UNREAL = (
    # (a word the speaker's own: 'called that forecast "unrealistic"')
    r"[\"“‘']?(?:(?:largely|mostly|partly|simply|merely|probably|likely|in\s+part)\s+)?(?:"
    r"an?\s+(?:statistical\s+|accounting\s+)?(?:artifact|artefact|illusion|mirage|quirk)|"
    r"illusory|not\s+real|unrealistic|unachievable|unattainable|implausible|fanciful|premature|"
    r"wishful\s+thinking|(?:wildly|far\s+too|too|overly|hugely)\s+optimistic|exaggerated|"
    r"overblown|inflated|(?:over|under)-?stated|misleading|false|untrue|not\s+true|"
    r"inaccurate)\b"
)
_A_CLAIM = (
    # (not "We got this wrong", "I got it badly wrong": the speaker's own mistake owned)
    r"^(?!(?:we|i)\s+(?:(?:really|clearly|simply)\s+)?(?:got|get|have\s+got)\s)"
    r"(?:(?:that|this|these|those|the|such|its|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:reports?|claims?|allegations?|accusations?|figures?|numbers?|data|statistics|story|"
    r"stories|article|suggestions?|assertions?|accounts?|criticism|readings?|estimates?|"
    r"charges?|version|documents?|memos?|papers|survey|study|findings|analysis|research|"
    r"poll|audit|lawsuit|suit|complaint|counts?|tally|toll|total|valuations?|projections?|"
    r"forecasts?|predictions?|timelines?|chronology|narrative|that|this|it)\s+"
)
_DENIAL_REPLY = re.compile(
    r"\bno\s+such\b|\bno\s+truth\b|\bnot\s+a\s+(?:word|shred)\s+of\s+truth\b|"
    # "he had done nothing improper", "the company did nothing wrong": the accused's answer
    r"\b(?:(?:had|has|have)\s+done|did|does|do)\s+nothing\s+(?:wrong|improper|illegal|"
    r"unlawful|inappropriate|untoward)\b|"
    # "the union's figures could not be relied upon": a claim named, said unreliable
    rf"{_A_CLAIM}(?:[\w,.-]+\s+){{0,2}}?(?:can\s*not|could\s+not|can['’]t|couldn['’]t)\s+be\s+"
    r"relied\s+(?:up)?on\b|"
    # "No resignation has been submitted", "no decision has been taken": what was reported
    # done, said not done
    r"^(?:[^.;]{0,60}[.;]\s+)?no\s+(?:formal\s+|final\s+|such\s+)?(?:resignation|decision|"
    r"offer|bid|agreement|deal|request|application|complaint|letter|notice|order|contract)\s+"
    r"(?:has|have|had)\s+(?:yet\s+)?been\s+"
    r"(?:submitted|tendered|handed\s+in|filed|signed|issued|received|made|taken|agreed|reached|"
    r"approved|announced)\b|"
    r"\b(?:bears?|bore)\s+[\"“‘']?no\s+relation\b|"
    # "I don't recognise that figure", "The ministry does not recognise those numbers"
    r"\b(?:do|does|did)(?:n't|\s+not)\s+recogni[sz]e\s+(?:that|this|the|those|these|their|"
    r"his|her|its)\s+(?:[\w-]+\s+)?(?:figures?|numbers?|account|description|picture|estimates?|"
    r"characteri[sz]ation|claims?|statistics?)\b|"
    # "there was no basis for that number", "did not support the claim that ..."
    r"\bno\s+(?:basis|evidence|grounds?)\s+(?:for|to\s+support)\s+(?:that|this|these|those|"
    r"the|such|their|his|her|its)\b|"
    # "There is no evidence that the rally was the largest in state history"
    r"\bno\s+(?:evidence|proof)\s+(?:to\s+(?:suggest|show|support\s+the\s+claim)\s+)?that\b|"
    r"\b(?:do|does|did)(?:n't|\s+not)\s+(?:support|back\s+up|bear\s+out)\s+(?:the|that|this|"
    r"those|these|their|his|her|its)\s+(?:[\w-]+\s+)?(?:claims?|allegations?|figures?|"
    r"numbers?|accounts?|assertions?|suggestions?|estimates?)\b|"
    rf"\b{_COPULA}{_FALSE_ADVERB}{_FALSE}|"
    rf"{_A_CLAIM}(?:[\w,.-]+\s+){{0,2}}?{_COPULA}{_FALSE_ADVERB}{_FALSE_OF_A_CLAIM}|"
    # "called the report categorically wrong": the claim named, then what it is called
    rf"{_A_CLAIM}{_FALSE_ADVERB}(?:{_FALSE}|(?!lies){_FALSE_OF_A_CLAIM})|"
    # "the decline was largely an artifact of how deaths were counted", "called the timetable
    # unrealistic": a reported change or forecast, named, said not to be real
    rf"{_A_MEASURE}(?:(?:[\w,.-]+\s+){{0,2}}?{_COPULA})?{_FALSE_ADVERB}{_UNREAL}",
    re.IGNORECASE,
)
_DENIAL_REPLY_HINTS = ("no such", "truth", "untrue", "false", "baseless", "unfounded",
                       "fabricat", "nonsense", "not true", "lie", "invention", "accura",
                       "correct", "wrong", "mislead", "groundless", "the case", "foundation",
                       "fiction", "fantasy", "rubbish", "date", "thin air", "made up",
                       "making", "no relation", "unfair", "unjustified",
                       "unwarranted", "exaggerat", "overblown", "distort", "misread",
                       "misrepresent", "mischaracteri", "scaremonger", "speculation",
                       "basis", "too high", "too low", "inflated", "estimate",
                       "stated", "recogni", "evidence", "grounds", "support",
                       "back up", "bear out", "merit", "frivolous", "errors",
                       " been ", "nothing", "relied", "artifact", "artefact", "illus",
                       "mirage", "quirk", "not real", "unrealistic", "unachievable",
                       "unattainable", "implausible", "fanciful", "wishful", "optimistic",
                       "overblown", "premature")  # fmt: skip
# A reply that the source a claim rests on was misused: "the memo had been quoted
# selectively", "the minister's remarks were taken out of context", "misrepresented the data".
_SOURCE_NOUNS = (
    r"(?:memo|memos|memorandum|letter|letters|e-?mails?|documents?|reports?|study|studies|"
    r"survey|data|figures|statistics|transcripts?|recordings?|video|footage|interview|remarks|"
    r"comments|statement|words|minutes|notes|findings|research|poll|audit)"
)
_MISUSE = re.compile(
    rf"\b(?P<noun>{_SOURCE_NOUNS})\b(?:\s+[\w'’-]+){{0,3}}?\s+(?:(?:had|has|have)\s+been|"
    r"was|were|is|are|been|being)\s+[\"“‘']?(?:(?:quoted|cited|used|presented|reported|taken|read)\s+"
    r"(?:selectively|out\s+of\s+context|misleadingly|inaccurately|wrongly)|misquoted|"
    r"misrepresented|misinterpreted|misread|distorted|doctored|cherry-picked)\b|"
    r"\b(?:misquoted|misrepresented|misinterpreted|misread|distorted|cherry-picked)\s+"
    rf"(?:the\s+|its\s+|his\s+|her\s+|their\s+|our\s+|my\s+)?(?P<object>{_SOURCE_NOUNS})\b",
    re.IGNORECASE,
)
# "it had been quoted selectively": what "it" is comes from the speaker ("Engineers who wrote
# the memo") or the sentence.
_MISUSED_PRONOUN = re.compile(
    r"^(?:it|they|this|that)\s+(?:(?:had|has|have)\s+been|was|were|is|are)\s+(?:(?:quoted|cited|"
    r"used|presented|reported|taken|read)\s+(?:selectively|out\s+of\s+context|misleadingly|"
    r"inaccurately|wrongly)|misquoted|misrepresented|misinterpreted|misread|distorted|doctored|"
    r"cherry-picked)\b",
    re.IGNORECASE,
)
_A_SOURCE_NOUN = re.compile(rf"\b{_SOURCE_NOUNS}\b", re.IGNORECASE)
_MISUSE_HINTS = (
    *("selectively", "context", "misleadingly", "inaccurately", "wrongly", "misquot"),
    *("misrepresent", "misinterpret", "misread", "distort", "doctored", "cherry"),
)
# '"That is not my client," the lawyer said': disowning what was just shown or said.
_DISOWNING = re.compile(
    r"^(?:that|this)(?:\s+(?:is|was)\s+not|\s+(?:is|was)n['’]t|['’]s\s+not)\s+(?:my|our)\b",
    re.IGNORECASE,
)
# A reply that what was just told never happened: "That never happened", "None of that took
# place", "Nothing of the kind has ever happened", "That is a lie", "That's not what happened"
_NEVER_HAPPENED = re.compile(
    r"^(?:(?:that|this|it)\s+(?:(?:simply|just)\s+)?(?:never\s+(?:happened|took\s+place|occurred)|"
    r"(?:did\s+not|didn['’]t)\s+(?:happen|take\s+place|occur)|(?:is|was)\s+(?:a\s+)?(?:total\s+|"
    r"complete\s+|flat\s+|blatant\s+)?lie)|(?:that|this)(?:\s+(?:is|was)\s+not|['’]s\s+not|"
    r"\s+(?:is|was)n['’]t)\s+what\s+happened|(?:none\s+of\s+(?:that|this|it|those|these)|"
    r"nothing\s+(?:of\s+the\s+(?:kind|sort)|like\s+that))(?:\s+(?:has|had)\s+ever|\s+(?:has|had)|"
    r"\s+ever)?\s+(?:happened|took\s+place|taken\s+place|occurred|(?:is|was)\s+true|exists?|"
    r"existed))\b",
    re.IGNORECASE,
)
_NEVER_HAPPENED_OPENINGS = ("that", "this", "it ", "none of", "nothing")
# "no such meeting": the thing whose existence is denied.
_NO_SUCH = re.compile(r"\bno\s+such\s+([^\W\d_][\w'’-]*)", re.IGNORECASE)
_REJECTED_CLAIM = re.compile(
    r"^(?:a|an|the)\s+(?:claim|allegation|assertion|theory|rumou?r|view)\b.*\b(?:rejected|"
    r"debunked|disproved|discredited|refuted|dismissed|false|untrue|baseless)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A light lemma: inflections off (killed/killing -> kill, injuries -> injury, cuts -> cut,
    planned -> plan), then the concept from the news table when the word has one."""
    word = word.lower().strip("'’-")
    if word.endswith("'s") or word.endswith("’s"):
        word = word[:-2]
    concept = CONCEPTS.get(word)
    if concept:
        return concept
    if word in IRREGULAR_FORMS:
        word = IRREGULAR_FORMS[word]
        return CONCEPTS.get(word, word)
    base = word
    if (len(word) > 4 and word.endswith("ies")) or (len(word) > 4 and word.endswith("ied")):
        base = word[:-3] + "y"
    else:
        plural = False
        for suffix in ("ations", "ation", "ings", "ing", "ions", "ion", "ed", "es"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                # "planes" -> plane (then the e rule below), not plan
                base = word[:-1] if suffix == "es" else word[: -len(suffix)]
                plural = suffix == "es"
                break
        else:
            if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
                base = word[:-1]
                plural = True
        if plural and base in IRREGULAR_FORMS:
            return CONCEPTS.get(IRREGULAR_FORMS[base], IRREGULAR_FORMS[base])  # shots -> shoot
        if base.endswith("e") and len(base) > 3 and base[:-1] not in CONCEPTS:
            base = base[:-1]  # released/release -> releas; but plane is no plan
        if len(base) > 3 and base[-1] == base[-2] and base[-1] not in "aeiouls":
            base = base[:-1]  # planned -> plann -> plan
    return CONCEPTS.get(base, base)


@dataclass(slots=True)
class Quantity:
    value: float
    # "lower" for "at least 40", "more than 2 million"; "upper" for "up to 30", "under £15
    # million", "fewer than 200"; "range" for "22 to 28" (value to high)
    bound: str = ""
    approximate: bool = False
    high: float = 0.0
    # the noun right after a count when it names who was counted ("15 militants"): counts of
    # different groups ("three civilians") are no two figures for one thing
    noun: str = ""


@dataclass(slots=True)
class RelationInput:
    """What relations need to know about a claim."""

    text: str
    content_after_cue: str
    source_key: str  # normalised claimant (resolved antecedent when there is one)
    cue_group: str | None
    kind: str
    source_is_anaphor: bool = False
    is_quote: bool = False
    source_kind: str = ""  # claimants.claimant_kind: "person", "document", "media" ...
    words: frozenset[str] = field(default_factory=frozenset)
    # Lemmas of the capitalised words: read only by _support, for the few pairs of claims
    # that share words, so worked out on first use there (see _names).
    names: frozenset[str] | None = None
    quantities: dict[str, Quantity] = field(default_factory=dict)
    negated_scope: frozenset[str] = field(default_factory=frozenset)
    negated: bool = False
    first_person: bool = False
    scope: str = ""  # "wide", "part" or ""
    rate: bool = False
    norm: bool = False
    other_occasion: bool = False
    # "52 porters killed in 2025", "that year's toll": a count for a year, not for the event
    yearly: bool = False
    # a count over a stretch of time ("since 2014", "over the past decade"): not one event's
    cumulative: bool = False
    same_period: bool = False  # counted "over the same period" as a claim before
    # "The figure of 22 is simply wrong", "the 63 percent figure was accurate": a verdict on
    # a figure, which gives no count of its own
    judges_figure: bool = False
    since_month: bool = False  # counted "since January"
    one_day: bool = False  # a count of one day ("on Tuesday", "in Tuesday's attack")
    # the count as it has risen since ("the toll had climbed to 19", "bringing the total to
    # 47"): a later count, no rival of a lower one given before
    risen: bool = False
    # it counts those who struck, in whatever words ("walked out", "stayed home", "on strike")
    struck: bool = False
    additive: bool = False  # "investigators had also found": adds to what was reported
    # "Tenant groups counter that ...", "the minister retorted": the cue sets it against what
    # the other side said just before
    counters: bool = False
    # "But a doctor at the hospital said ...", "However, the agency estimated ...": another
    # party's word set against what was said before
    contrasted: bool = False
    in_question: bool = False  # in a paragraph that ends in "?": an interviewer's premise
    says_no: bool = False  # answered "No." ("No. It is the largest programme ...")
    # in the paragraph right after one that ends in "?" (an interviewer's, a questioner's)
    after_question: bool = False
    paragraph: int = 0  # the body paragraph the claim is in
    lowered: str = ""
    tokens: list[str] = field(default_factory=list)  # lowered words, for argument checks
    source_words: frozenset[str] = field(default_factory=frozenset)
    speaker: frozenset[str] | None = None  # _speaker_words, worked out on first use
    # The claim's whole sentence: what it rests on may stand outside the claim ("The Courier,
    # citing an internal memo, reported that ..."). Read only by misuse replies, as written.
    sentence: str = ""
    # "denied that X, saying Y": Y is the reason for the claim before it, by the same speaker
    gives_reason: bool = False
    # _years and _places, worked out on first use (a claim is compared with a dozen before it)
    setting: tuple[frozenset[str], frozenset[str]] | None = None
    # the places of the story's first count of people by their fate (its whole, most often:
    # "killed 120 people in eastern Turkey"), None before there is one
    story_places: frozenset[str] | None = None


def prepare(
    text: str,
    content_after_cue: str,
    source_key: str,
    cue_group: str | None,
    kind: str,
    source_is_anaphor: bool = False,
    is_quote: bool = False,
    source_kind: str = "",
    sentence: str = "",
    gives_reason: bool = False,
    in_question: bool = False,
    says_no: bool = False,
    paragraph: int = 0,
    after_question: bool = False,
    also: bool = False,
    counters: bool = False,
) -> RelationInput:
    """``also``: the cue says its speaker adds their word to another's ("A security source
    also blamed ...", "The union, too, said ...")."""
    lowered = text.lower()
    # Cheap substring checks keep the regular expressions off most claims.
    if " up" in lowered or " down" in lowered or " off" in lowered:
        lowered = _PHRASAL.sub(_phrasal, lowered)
    if " short" in lowered:
        # "fell short of expectations": a target missed (a shortfall), no fall of anything
        # (which would oppose a claim that something grew)
        lowered = _FELL_SHORT.sub("", lowered)
    if "closing " in lowered:
        # "Harlow's closing price", "closing arguments": the close of a day or a trial, no
        # closure (which would oppose a claim that something rose or opened)
        lowered = _CLOSING_COMPOUND.sub(r"final \1", lowered)
    if "magnitude-" in lowered:
        lowered = _MAGNITUDE_JOINED.sub(r"magnitude \1", lowered)  # "a magnitude-6.4 quake"
        text = _MAGNITUDE_JOINED.sub(r"magnitude \1", text)
    lowered_tokens = _WORD.findall(lowered)
    has_number = (
        _DIGIT.search(text) is not None
        or not _NUMBER_HINTS.isdisjoint(lowered_tokens)
        or not MULTIPLIED_CHANGE.keys().isdisjoint(lowered_tokens)
    )
    content = frozenset(map(_CONTENT_LEMMA.__getitem__, lowered_tokens)) - _NOTHING
    negated_scope, negated = (
        _negation(lowered_tokens)
        if (not _NEGATOR_HINTS.isdisjoint(lowered_tokens) or "n't" in lowered)
        # "We cannot say what happened", "it is not clear": a doubt, not a negation
        and not _UNSURE.search(lowered)
        else (frozenset(), False)
    )
    scope = ""
    if has_number and contains_any(lowered, _WIDE_HINTS) and _WIDE_SCOPE.search(text):
        scope = "wide"
    elif "alone" in lowered and _PART_SCOPE.search(text):
        scope = "part"
    tail = lowered.rstrip(" .,;")
    # (read once: the counts' key, and every pair of claims compared, ask it)
    struck = has_number and contains_any(lowered, _STRIKE_HINTS) and bool(_STRIKE.search(lowered))
    return RelationInput(
        text=text,
        content_after_cue=content_after_cue,
        source_key=source_key,
        cue_group=cue_group,
        kind=kind,
        source_is_anaphor=source_is_anaphor,
        is_quote=is_quote,
        source_kind=source_kind,
        words=content,
        quantities=_struck(_quantities(_QUANTITY_TOKEN.findall(text)), struck)
        if has_number
        else {},
        negated_scope=negated_scope,
        negated=negated,
        first_person=not _FIRST_PERSON.isdisjoint(lowered_tokens),
        scope=scope,
        rate=has_number and contains_any(lowered, _RATE_HINTS) and bool(_RATE.search(text)),
        norm=(has_number and contains_any(lowered, _NORM_HINTS) and _is_norm(text))
        or cue_group == "forecast",
        other_occasion=(tail.endswith(_OCCASION_ENDINGS) and bool(_OTHER_OCCASION.search(text)))
        or (has_number and _FRONTED_OCCASION.match(text) is not None)
        # "Two soldiers died in a separate ambush", "Separately, 7 people died in floods"
        or (
            has_number
            and contains_any(lowered, _SEPARATE_HINTS)
            and bool(_SEPARATE_EVENT.search(text))
        )
        # "Earlier, police had put the toll at 9": a count since revised, not a rival one
        or (
            has_number
            and ("had" in sentence or sentence.lstrip().startswith(_EARLIER_OPENINGS))
            and _EARLIER_COUNT.search(sentence) is not None
        ),
        yearly=has_number and _counts_a_year(text),
        judges_figure=has_number
        and contains_any(lowered, _FIGURE_NOUN_HINTS)
        and _JUDGED_FIGURE.search(lowered) is not None,
        same_period=has_number and " same " in lowered and _SAME_PERIOD.search(lowered) is not None,
        cumulative=has_number
        and contains_any(lowered, _CUMULATIVE_HINTS)
        and _CUMULATIVE.search(text) is not None,
        since_month=has_number and "since " in lowered and _SINCE_A_MONTH.search(text) is not None,
        one_day=has_number
        and ("day" in lowered or "overnight" in lowered)
        and _ONE_DAY.search(text) is not None,
        struck=struck,
        risen=has_number
        and contains_any(lowered, _RISEN_HINTS)
        and bool(_RISEN_TO.search(lowered)),
        counters=counters,
        contrasted=bool(source_key)
        and not is_quote
        and _CONTRAST_OPENING.match(sentence) is not None,
        additive=cue_group == "confirm"
        or also
        or (contains_any(lowered, _ADDITIVE_HINTS) and bool(_ADDITIVE.search(text))),
        lowered=lowered,
        tokens=lowered_tokens,
        source_words=frozenset(source_key.split()) - STOPWORDS,
        sentence=sentence,
        gives_reason=gives_reason,
        in_question=in_question,
        says_no=says_no,
        paragraph=paragraph,
        after_question=after_question,
    )


# Words for the bodies a story is about ("the company", "the government"), as lemmas: two
# claims that share one of them and an action share no more than their subject.
_BODY_WORDS = frozenset(
    map(lemma, "company firm group government ministry council agency party union people".split())
)


def _is_norm(text: str) -> bool:
    """'95 percent needed for herd immunity', 'a target of 2 million': a threshold, not a count -
    but 'three people had needed medical attention' is a count."""
    match = _NORM.search(text)
    while match is not None:
        before = text[max(0, match.start() - 12) : match.start()].lower().split()
        if not (before and before[-1] in ("had", "has", "have")):
            return True  # "is needed", "needed to": a norm; "had needed": something done
        match = _NORM.search(text, match.end())
    return False


def _content_lemma(low: str) -> str:
    """The lemma of a lowered word that carries content, else "" (the memo's 'no word')."""
    if (
        len(low) > 2
        and not low[:1].isdigit()
        and (low in CONCEPTS or (low not in STOPWORDS and low not in _NOT_CONTENT))
    ):
        return lemma(low)
    return ""


def _name_lemma(token: str) -> str:
    """The lemma of a capitalised word, "" for a first-person pronoun ("We", "I")."""
    return "" if token.lower() in _FIRST_PERSON else lemma(token)


# Per-word memos of the two word filters above: prepare() maps every word of every claim
# through them, so a dict lookup instead of a generator with four tests per word pays.
_LEMMA = WordMemo(lemma)
_CONTENT_LEMMA = WordMemo(_content_lemma)
_NAME_LEMMA = WordMemo(_name_lemma)
_NOTHING = frozenset({""})
_DIGIT = re.compile(r"\d")
# Capitalised words after the first character (a sentence-initial capital is no name).
_CAPITALISED = re.compile(r"(?<=[\s(\"“‘'])[^\W\d_a-z][\w'’-]*")
_NUMBER_HINTS = (
    NUMBER_WORDS
    | frozenset(NUMBER_WORD_VALUES)
    | frozenset(_FRACTIONS)
    | words("percent no nobody none")  # "no nursing posts would be cut": a count of zero
)
_NEGATOR_HINTS = _NEGATORS
_WIDE_HINTS = (
    "nation",
    "countrywide",
    "across",
    "total",
    "overall",
    "towns",
    "cities",
    "countries",
    "states",
    "regions",
    "provinces",
    "districts",
    "counties",
)
_RATE_HINTS = ("ly", "year", "month", "week", "day", "each", "every", "per ", "apiece")
_NORM_HINTS = (
    "necessary",
    "need",
    "requir",
    "target",
    "goal",
    "threshold",
    "recommend",
    "minimum",
    "capacity",
    "licen",
    "designed to",
    "room for",
    "maximum",
    "limit",
)
_OCCASION_ENDINGS = ("then", "time", "occasion", "occasions")
_ADDITIVE_HINTS = ("also", "too", "as well", "likewise", "similarly")


_UNSURE = re.compile(
    r"\b(?:cannot|can't|can\s+not|could\s+not|couldn't|don't|do\s+not|did\s+not|didn't|"
    r"does\s+not|doesn't|not|nobody|no\s+one|no-one)\s+(?:yet\s+|really\s+)?"
    r"(?:say|know|knows|knew|tell|be\s+sure|"
    r"be\s+certain|confirm|clear|sure|certain|known|aware)\b"
    # "had not known about the payments", "was not aware of them": knowledge denied, no doubt
    r"(?!\s+(?:about|of)\b)"
)
_MAGNITUDE_JOINED = re.compile(r"(?i)\bmagnitude-(\d)")
_FELL_SHORT = re.compile(r"\b(?:fell|fall|falls|falling|fallen)\s+(?=short\b)")
_PHRASAL = re.compile(
    r"\b(?:go|goes|going|went|gone)\s+(up|down)\b"
    r"|\b(?:cut|cuts|cutting|shut|shuts|shutting|switched|switch|turned|turn)\s+(off)\b"
)


def _phrasal(match: re.Match[str]) -> str:
    """'The number will go up' -> 'rise', 'the water was cut off' -> 'interrupted': phrasal
    verbs whose particle is a stopword."""
    if match[2]:
        return "interrupted"
    return "rise" if match[1] == "up" else "fall"


def _negation(lowered: list[str]) -> tuple[frozenset[str], bool]:
    """What the negations of a claim scope over: after 'not'/'never' the next content word
    (the negated verb); after 'no'/'none'/'nobody' up to two words of the noun phrase and,
    after an auxiliary, the verb ('no frontline services were cut' -> frontline, service, cut;
    'nobody on this council wants to close' -> council, want)."""
    scope: set[str] = set()
    negated = False
    if not _NOMINAL_NEGATORS.isdisjoint(lowered) and _DOUBLE_NEGATIVE.search(" ".join(lowered)):
        # "There is no firehouse in this city that we have not studied": every one was - an
        # affirmation, no denial
        return frozenset(), False
    for index, low in enumerate(lowered):
        if low not in _NEGATORS and not low.endswith("n't"):
            continue
        if low == "without" and index + 1 < len(lowered) and lowered[index + 1] in _IDIOMS:
            continue  # "without question", "without doubt": certainty, no negation
        if low == "without" and lowered[max(0, index - 2) : index] == ["with", "or"]:
            continue  # "with or without a new law": whichever, no negation
        negated = True
        nominal = low in _NOMINAL_NEGATORS or low == "without"
        position = index + 1
        if low == "not" and lowered[index + 1 : index + 3] == ["a", "single"]:
            nominal, position = True, index + 3  # "not a single flight": "no flight"
        if low == "no" and lowered[index + 1 : index + 2] == ["longer"]:
            # "is no longer unusual", "we no longer have": "not ... any more" over what
            # follows - nothing said of anything longer
            nominal, position = False, index + 2
        wanted = 2 if nominal else 1
        end = min(len(lowered), index + 8)
        while position < end and wanted:
            word = lowered[position]
            position += 1
            if word in _NEGATORS:
                break
            if nominal and word in _AUXILIARY_CHAIN and scope:
                position -= 1  # the verb after the auxiliaries is read below
                break
            if word in _SKIP_IN_SCOPE or len(word) < 3 or word[:1].isdigit():
                continue
            if not nominal and position < len(lowered) and lowered[position] in _PARTICLES:
                # "cannot rule out": the phrasal verb, not the noun "rules"
                scope.add(f"{lemma(word)} {lowered[position]}")
                wanted -= 1
                continue
            scope.add(lemma(word))
            wanted -= 1
        if nominal and position < end and lowered[position] in _AUXILIARY_CHAIN:
            while position < end and lowered[position] in _AUXILIARY_CHAIN:
                position += 1
            if (
                position < end
                and lowered[position] not in _SKIP_IN_SCOPE
                # "No deaths have been reported": the deaths are negated, not the reports
                and lowered[position] not in _KNOWN_BY
            ):
                scope.add(lemma(lowered[position]))
    return frozenset(scope), negated


_PARTICLES = words("out up off down")
_DOUBLE_NEGATIVE = re.compile(
    r"\b(?:there\s+(?:is|was|are|were)\s+)?(?:no|nothing|none|nobody)\b(?:\s+\S+){0,6}?\s+"
    r"(?:that|which|who|whom|whose)\s+(?:\S+\s+){0,3}?(?:not|never|n't)\b"
)

_AUXILIARY_CHAIN = words("was were is are had has have been be being")
# How a thing comes to be known or looked for, after "no X has been" / "no X is": the X is
# what is negated ("No deaths have been reported", "no rain is expected until Wednesday")
_KNOWN_BY = words(
    "reported recorded confirmed found detected identified registered documented observed "
    "seen announced expected forecast predicted anticipated"
)
_NOMINAL_NEGATORS = words("no none nobody nothing no-one")
_IDIOMS = words("question doubt exception fail")


def _number_value(token: str) -> float | None:
    low = token.lower()
    if low in _FRACTIONS:
        return _FRACTIONS[low]
    if not token[:1].isdigit() and token[:1] not in "$£€" and low not in NUMBER_WORD_VALUES:
        return None
    if low == "one":
        return None  # "one of the suppliers", "no one": not a count
    cleaned = token.strip("$£€%").replace(",", "")
    try:
        return float(cleaned)
    except ValueError:
        return NUMBER_WORD_VALUES.get(low)


_CONCEPT_COUNTS = {
    "die": "dead",
    "injure": "injured",
    "arrest": "arrested",
    "evacuate": "displaced",
}


_DIMENSIONS = words("square cubic sq")


def _count_key(word: str) -> str | None:
    """The specific counted things (dead, injured, missing, displaced, arrested)."""
    return QUANTITY_SYNONYMS.get(word) or _CONCEPT_COUNTS.get(CONCEPTS.get(word, ""))


def _quantity_key(word: str) -> str | None:
    if word in QUANTITY_SYNONYMS:
        return QUANTITY_SYNONYMS[word]
    if word in _CROWD:
        return "crowd"
    if word in _ACCOUNTS:
        return "accounts"
    if word in _CHILDREN:
        return "children"  # "48 children on the school's roll" / "63 pupils this term"
    if word == "magnitude":
        return "magnitude"  # "at magnitude 6.8" / "a magnitude of 7.1"
    return None


_BARE = "bare"
_ALERT_KINDS = {
    **dict.fromkeys(
        (
            "alert", "alerted", "alarm", "warning", "mayday", "distress", "notice", "notified",
            "notification",
        ),
        "alert",
    ),
    **dict.fromkeys(("call", "called", "radioed"), "call"),
}  # fmt: skip
_ALERT_WORDS = frozenset(_ALERT_KINDS)


def _alert_kinds(claim: RelationInput) -> set[str]:
    return {_ALERT_KINDS[token] for token in claim.tokens if token in _ALERT_KINDS}


_MONEY_WORDS = words("money cash sum sums amount funds fund pounds dollars euros total")
# "the true figure was ...": the count concept's singular words (not "numbers fell from 40")
_COUNT_WORDS = words("figure number total toll tally count")
_AFTER_NUMBER_SKIP = words("more additional other new further confirmed")
_VERBISH = words("was were is are had has have been be will would could said")


_PART_OF_BEFORE = words("including among included include includes")


def _change_before(lowered: list[str], index: int) -> int:
    """+1 or -1 when a word of change stands just before the percentage ("fell by 9", "rose
    15", "up 3"), by the concepts of rising and falling, else 0."""
    for word in lowered[max(0, index - 3) : index]:
        concept = _CONTENT_LEMMA[word]
        if concept == "rise" or word == "up":
            return 1
        # (of the concept "cut", the cutting words only: "closed 5% higher" is no fall)
        if concept == "fall" or word in ("down", "cut", "cuts", "reduced", "slashed"):
            return -1
    return 0


def _day_of_a_month(tokens: list[str], index: int) -> bool:
    """The number at ``index`` is a day beside its month's name ("Oct. 12", "3 October")."""
    return any(
        0 <= other < len(tokens) and tokens[other][:1].isupper() and tokens[other].lower() in MONTHS
        for other in (index - 1, index + 1)
    )


def _quantities(tokens: list[str]) -> dict[str, Quantity]:
    """Counted thing -> number: '40 people were injured', 'the number of marchers at 68,000',
    'no one was injured' (zero), '14 polling stations' (a unit: 'unit:station'), '68 percent',
    'two-thirds of French people' (percent), '$26,000' (money: 'money:$'), 'up to 30 times' (an
    upper bound), '22 to 28 times' (a range), 'the first alert came at 9:35 am' (time), and
    'two had been taken' (bare: the count of something named before, see link)."""
    found: dict[str, Quantity] = {}
    lowered = [token.lower() for token in tokens]
    count = len(tokens)
    denominator_at = -1  # "one in five": the five is no count of its own
    for index, token in enumerate(tokens):
        low = lowered[index]
        if index == denominator_at:
            continue
        if low in ("no", "none", "nobody", "no-one"):
            if lowered[index + 1 : index + 2] not in (["more"], ["fewer"], ["less"]):
                _zero_count(lowered, index, found)  # not "no more than 12"
            continue
        first = token[0]
        if low in MULTIPLIED_CHANGE:
            # "crime had halved", "rents have doubled": a change, in percent of what it was
            found.setdefault("change", Quantity(MULTIPLIED_CHANGE[low]))
            continue
        if not (first.isdigit() or first in "$£€" or low in _NUMBER_HINTS):
            continue
        value = _number_value(token)
        if value is None or _is_year(token, value):
            continue
        if low == "half" and index and lowered[index - 1] in _ORDINAL_PARTS:
            continue  # "in the second half of next year", "the first half": a time, no share
        if low == "half" and index >= 2 and lowered[index - 2 : index] == ["and", "a"]:
            continue  # "three and a half years": the fraction of a number, no share
        if index and lowered[index - 1] == "from" and _earlier_value(lowered, index):
            continue  # "the toll was raised from 61", "rose to 63 from 21": what it was before
        if index and lowered[index - 1] in _PART_OF_BEFORE:
            # "nine civilians, including two children", "The dead included nine children": a
            # part of the count before
            continue
        if value <= 31 and _day_of_a_month(tokens, index):
            continue  # "on Oct. 12 killed six", "on 3 October": a date, no count
        following = lowered[index + 1] if index + 1 < count else ""
        if (
            index >= 2
            and lowered[index - 1] == "in"
            and lowered[index - 2] in ("one", "a")
            and value > 1
        ):
            # "one in five stations": a share of the stations, no count of them
            share = _share_of(lowered, index)
            if share is not None:
                bound = _bound(lowered[max(0, index - 5) : index - 2])  # "more than one in five"
                found.setdefault(share, Quantity(100 / value, bound))
                continue
        if following == "in" and index + 2 < count:
            denominator = _number_value(tokens[index + 2])
            share = (
                _share_of(lowered, index + 2)
                if denominator
                and denominator > value
                and not _is_year(tokens[index + 2], denominator)
                else None
            )
            if share is not None:
                # "1 in 4 adults": a share of the adults
                bound = _bound(lowered[max(0, index - 3) : index])
                found.setdefault(share, Quantity(100 * value / denominator, bound))
                denominator_at = index + 2
                continue
        if _clock_time(lowered, index, following):
            # "the first alert came at 9:35 am" / "raised the alarm at 4:10 am": when an alert
            # was raised is a figure sources disagree on
            if "time" not in found and not _ALERT_WORDS.isdisjoint(lowered):
                minutes = _clock_minutes(tokens, lowered, index)
                if minutes is not None:
                    found["time"] = Quantity(minutes)
            continue
        # What follows the number (its counted thing) starts at ahead + 1.
        ahead = index
        if following in _MULTIPLIERS or (following in ("m", "b") and first in "$£€"):
            # ("£5bn", "$2.5m", "$2B": the tokens "£5" and "bn")
            value *= _MULTIPLIERS.get(following, 1_000_000 if following == "m" else 1_000_000_000)
            ahead += 1
        before = lowered[max(0, index - 3) : index]
        bound = _bound(before)
        approximate = any(word in _APPROXIMATE for word in before) or low in _FRACTIONS
        quantity = Quantity(value, bound, approximate)
        second = _range_end(tokens, lowered, ahead, before)
        if second is not None:
            high, ahead = second
            low_value, high_value = sorted((value, high))
            quantity = Quantity(low_value, "range", approximate, high_value)
        following = lowered[ahead + 1] if ahead + 1 < count else ""
        if (
            low in _FRACTIONS
            and following in ("a", "an")
            and lowered[ahead + 2 : ahead + 3]
            and (lowered[ahead + 2] in _MULTIPLIERS)
        ):
            # "half a billion pounds", "a quarter of a million": a fraction of a large number
            quantity = replace(quantity, value=value / 100 * _MULTIPLIERS[lowered[ahead + 2]])
            ahead += 2
            following = lowered[ahead + 1] if ahead + 1 < count else ""
        elif (
            token.endswith("%")
            or following == "percent"
            or (following == "per" and lowered[ahead + 2 : ahead + 3] == ["cent"])
            or low in _FRACTIONS
        ):
            first_share = "percent" not in found
            found.setdefault("percent", quantity)
            direction = _change_before(lowered, index) if first_share else 0
            if direction and quantity.bound != "range":
                # "fell by 9 percent", "rose 15%": the change, signed, to set against "halved"
                found.setdefault("change", replace(quantity, value=direction * value))
            continue
        currency = first if first in "$£€" else _CURRENCY_SIGNS.get(following, "")
        if currency and first not in "$£€":
            # "500 million pounds", "3 billion kronor": the sum as "£500m" would be
            ahead += 1
        if currency:
            # a sum, whatever it pays for ("a $26,000 remodel", "$24,500 by personal check");
            # "$25,000 each", "£40 a head" is a sum per person, no total
            found.setdefault("money:" + currency + _per_what(lowered, ahead), quantity)
            continue
        if (
            following == "of"
            and lowered[ahead + 2 : ahead + 3] in _PART_OF
            and (
                _count_key(lowered[ahead + 3] if ahead + 3 < count else "")
                # "18 of the sick people": an adjective before the counted noun
                or (
                    ahead + 4 < count
                    and lexicon().best(lowered[ahead + 3]) == "JJ"
                    and _quantity_key(lowered[ahead + 4]) is not None
                )
            )
        ):
            continue  # "five of the dead were from one family": a part of the count of dead
        # ("19 people were now confirmed dead": adverbs are no part of the window)
        after = [word for word in lowered[ahead + 1 : ahead + 8] if word not in _IN_PASSING][:4]
        joint = next((position for position, word in enumerate(after) if word in _JOINTS), None)
        if joint is not None and any(map(_count_key, lowered[max(0, index - 4) : index])):
            # "killed at least 1,411 people and injured more than 3,100": the verb before the
            # number counts it, not the next verb after "and"
            after = after[:joint]
        aside = next(
            (
                position
                for position in range(ahead + 1, min(count - 1, ahead + 4))
                if lowered[position] == "," and lowered[position + 1] == "including"
            ),
            None,
        )
        if aside is not None:
            # "nine civilians, including two children, were killed": the verb after the aside
            closing = next(
                (p for p in range(aside + 2, min(count, aside + 12)) if lowered[p] == ","), None
            )
            if closing is not None:
                after = lowered[ahead + 1 : aside] + lowered[closing + 1 : closing + 4]
        if (
            following[:1].isalpha()
            and following not in STOPWORDS
            # (a crowd's people are counted too: "15 demonstrators had been treated")
            and (_quantity_key(following) is None or lemma(following) in _GROUPS)
            and _count_key(following) is None
        ):
            quantity = replace(quantity, noun=_counted_noun(following))
        # "40 people were injured" counts the injured, not the people: specific keys first.
        key = next((k for k in map(_count_key, after) if k), None)
        if key is None:  # "killing at least 37 people" (not "had died and 1,958 cases")
            before_it = lowered[max(0, index - 3) : index]
            joints = [position for position, word in enumerate(before_it) if word in _JOINTS]
            if joints:
                before_it = before_it[joints[-1] + 1 :]
            key = next((k for k in map(_count_key, before_it) if k), None)
        if key is None and index and _quantity_key(lowered[index - 1]) == "magnitude":
            key = "magnitude"  # "a magnitude 6.4 quake"
        if key is None and (
            _took_part(lowered[ahead + 1 : ahead + 2])
            or lowered[ahead + 1 : ahead + 3] == ["took", "part"]
        ):
            key = "crowd"  # "10,000 attended", "more than 10,000 took part": no unit
        if key is None:
            run = []
            for word in lowered[ahead + 1 : ahead + 7]:
                if word in _MULTIPLIERS or (not run and word in _AFTER_NUMBER_SKIP):
                    continue
                if not run and (
                    word in _PARTITIVE or word in NUMBER_WORD_VALUES or word[:1].isdigit()
                ):
                    continue  # "11 of the 40 new hospitals": what the share is of
                if word in STOPWORDS or word in _VERBISH or not word[:1].isalpha():
                    break
                if run and len(word) > 4 and word.endswith("ed"):
                    break  # "40 new hospitals promised in England": the noun before it
                run.append(word)
                if word in _TIME_UNITS:
                    break  # "spilled for 300 hours last year": hours, not years
            key = next((k for k in map(_quantity_key, run) if k), None)
            if key is None and run:
                # (an area or a volume is another measure than a length: "38 square
                # kilometres" of slick / "14 kilometres" of coastline)
                dimension = run[0] + " " if run[0] in _DIMENSIONS and len(run) > 1 else ""
                key = "unit:" + dimension + _counted_noun(run[-1])
        if key is None:
            earlier = lowered[max(0, index - 6) : index][::-1]
            key = next((k for k in map(_count_key, earlier) if k), None)
            key = key or next((k for k in map(_quantity_key, earlier) if k), None)
        if key is None and low not in _FRACTIONS:
            # "the number of suspected cases at 2,314": the count of what "number of" names
            key = _counted_after_of(lowered, index)
        if (
            key is None
            and low not in _FRACTIONS
            and (
                following in _VERBISH
                or not _COUNT_WORDS.isdisjoint(lowered[max(0, index - 5) : index])
                or _puts_it_at(lowered[max(0, index - 5) : index])
                # "put the underlying fall at between 180,000 and 220,000", "the reduction
                # was closer to 140,000": a figure ending the claim, the measure named before
                or (not following and index and lowered[index - 1] in _FIGURE_OF_MEASURE)
            )
        ):
            # "two had been taken", "the true figure was well over 400": the count of
            # something named before - or, "more than 20,000 had taken part", a crowd
            key = "crowd" if _took_part(lowered[index + 1 : index + 4]) else _BARE
        if key:
            found.setdefault(key, quantity)
    if "crowd" in found and not _JOB_LOSS.isdisjoint(lowered):
        # "about 140 people were laid off", "300 staff will lose their jobs": jobs counted
        found.setdefault("jobs", found.pop("crowd"))
    return found


def counted_keys(text: str) -> frozenset[str]:
    """What the text's figures count, as relations reads them ("dead" for "60 bodies" and
    "25 people had died", "percent", "unit:workshop")."""
    return frozenset(_quantities(_QUANTITY_TOKEN.findall(text)))


def _counted_noun(word: str) -> str:
    """The lemma a counted thing goes by, one for two words of it ("houses": "homes")."""
    noun = lemma(word)
    return _UNIT_SYNONYMS.get(noun, noun)


# Two words for one counted thing: "27 homes were destroyed" / "lost 41 houses"
_UNIT_SYNONYMS = {lemma(word): lemma(synonym) for word, synonym in (
    ("houses", "homes"), ("dwellings", "homes"), ("households", "families"),
)}  # fmt: skip


_JOB_LOSS = frozenset(
    "laid layoffs redundant redundancies fired dismissed sacked furloughed jobless".split()
)


_CHANGES = words(
    "raised lowered revised rose risen rise rises rising increased increase grew grown fell "
    "fallen falls dropped declined climbed jumped soared surged slipped plunged up down cut "
    "reduced doubled tripled halved"
)


_JOINTS = frozenset({"and", "or", "but", ",", ";"})


def _earlier_value(lowered: list[str], index: int) -> bool:
    """The number at ``index`` follows "from" after a change ("raised the toll from 61",
    "up from 38", "fell to 3,100 from 4,000"): the value before the change, not the claim's."""
    return not _CHANGES.isdisjoint(lowered[max(0, index - 7) : index - 1])


def _counted_after_of(lowered: list[str], index: int) -> str | None:
    """'the number of suspected cases at 2,314', 'a total of 40 schools': the key of what the
    count word before the number names after "of" (None when there is none)."""
    window = lowered[max(0, index - 7) : index]
    for position in range(len(window) - 1):
        if window[position] not in _COUNT_WORDS or window[position + 1] != "of":
            continue
        named = [
            word
            for word in window[position + 2 :]
            if word not in STOPWORDS and word not in _VERBISH and word[:1].isalpha()
        ]
        if not named:
            return None
        key = next((k for k in map(_count_key, named) if k), None)
        key = key or next((k for k in map(_quantity_key, named) if k), None)
        return key or "unit:" + lemma(named[-1])
    return None


def _is_year(token: str, value: float) -> bool:
    """'2024' is a year; '2,024' is a number."""
    return 1900 <= value <= 2100 and "," not in token


def _share_of(lowered: list[str], denominator: int) -> str | None:
    """The key of a share written 'one in five stations': what it is a share of, by the head
    of the noun phrase ('one in five polling stations' is a share of stations). None for a
    time ('nine in 24 hours' is a count within a day, no share)."""
    run: list[str] = []
    for word in lowered[denominator + 1 : denominator + 5]:
        if not word[:1].isalpha() or word in _VERBISH or (run and word in STOPWORDS):
            break
        if word in STOPWORDS:
            continue  # "one in five of the stations"
        if run and len(word) > 4 and word.endswith("ed"):
            break  # "one in five stations visited": the noun before it
        run.append(word)
        if word in _PLURAL_PEOPLE or (word.endswith("s") and not word.endswith("ss")):
            break  # the plural is the head: "polling stations", not "adults smoke"
    if not run:
        return "percent"
    if run[-1] in _TIME_UNITS:
        return None
    return "share:" + lemma(run[-1])


_PLURAL_PEOPLE = words("people children men women")


_TIME_UNITS = words(
    "second seconds minute minutes hour hours day days week weeks month months year years"
)


_TIME_UNIT_LEMMAS = frozenset(map(lemma, _TIME_UNITS))
_PART_OF = (["the"], ["those"], ["these"], ["its"], ["their"])
_MULTIPLIERS = {
    # ("five thousand people": 5,000; "three hundred": 300)
    "thousand": 1_000,
    "hundred": 100,
    "million": 1_000_000,
    "mn": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
}
_PER_SHARE = words("each apiece per head")


def _per_what(lowered: list[str], ahead: int) -> str:
    """What a sum is paid per, as a key's suffix: "140 crowns per share" -> ":per share", "82
    crowns a kilogram" -> ":per kilogram", "$25,000 each" -> ":each"; "" for a total."""
    following = lowered[ahead + 1 : ahead + 3]
    if following[:1] in (["per"], ["a"], ["an"]) and len(following) == 2 and following[1].isalpha():
        if following[1] in ("head", "person", "each"):
            return ":each"
        if following[0] == "per" or following[1] in _RATE_UNITS:
            return ":per " + lemma(following[1])
    return ":each" if _PER_SHARE.intersection(following) else ""


# what a sum is counted per after "a": "$61,000 a year", "£9 an hour", "82 crowns a kilo"
_RATE_UNITS = words(
    "year month week day hour share kilogram kilo kg tonne ton pound ounce barrel litre liter "
    "gallon unit night"
)
_FIGURE_OF_MEASURE = words("at to was is were between reached")
_PARTITIVE = words("of the its their these those our")


def _bound(before: list[str]) -> str:
    """The bound the words before a number put on it."""
    if not before:
        return ""
    last = before[-1]
    if last in ("under", "below") or (last == "to" and before[-2:-1] == ["up"]):
        return "upper"
    if last == "most" and before[-2:-1] == ["at"]:
        return "upper"
    if last == "than" and len(before) > 1:
        if before[-2] in ("less", "fewer"):
            # "no fewer than 200" is at least 200; "fewer than 200" at most
            return "lower" if before[-3:-2] in (["no"], ["not"]) else "upper"
        if before[-3:-1] == ["no", "more"]:
            return "upper"
        return "lower" if before[-2] in _LOWER_BOUND else ""
    return "lower" if any(word in _LOWER_BOUND for word in before[-2:]) else ""


def _range_end(
    tokens: list[str], lowered: list[str], ahead: int, before: list[str]
) -> tuple[float, int] | None:
    """'22 to 28 times', '£40 million to £60 million', '30-40 people', 'between 30 and 40': the
    second number and the position of its last token; not 'from 40 to 12' (a change) nor '5
    and 2,000 people' (two counts)."""
    joint = ahead + 1
    if joint + 1 >= len(tokens):
        return None
    link = lowered[joint]
    if link == "and":
        if "between" not in before:
            return None
    elif link not in ("to", "-", "–") or "from" in before:
        return None
    second = tokens[joint + 1]
    if not (second[:1].isdigit() or second[:1] in "$£€" or lowered[joint + 1] in _NUMBER_HINTS):
        return None
    value = _number_value(second)
    if value is None:
        return None
    last = joint + 1
    if last + 1 < len(lowered) and lowered[last + 1] in _MULTIPLIERS:
        value *= _MULTIPLIERS[lowered[last + 1]]
        last += 1
    return value, last


def _clock_minutes(tokens: list[str], lowered: list[str], index: int) -> float | None:
    """Minutes after midnight of the clock time starting at tokens[index] ('2:14 p.m.',
    '6.15 am', '10.42pm', '0300 GMT'); None for the minutes part of one already read."""
    if index > 0 and lowered[index - 1] == ":":
        return None
    token = tokens[index]
    if "." in token:
        hours_text, _, minutes_text = token.partition(".")
        position = index + 1
    elif index + 2 < len(tokens) and lowered[index + 1] == ":":
        hours_text, minutes_text = token, tokens[index + 2]
        position = index + 3
    elif len(token) == 4 and token.isdigit():
        hours_text, minutes_text = token[:2], token[2:]
        position = index + 1
    else:
        hours_text, minutes_text, position = token, "0", index + 1
    if not (hours_text.isdigit() and minutes_text.isdigit()):
        return None
    hours, minutes = int(hours_text), int(minutes_text)
    marker = lowered[position] if position < len(lowered) else ""
    if marker in ("p", "pm") and hours < 12:
        hours += 12
    elif marker in ("a", "am") and hours == 12:
        hours = 0
    if hours > 23 or minutes > 59:
        return None
    return float(hours * 60 + minutes)


def _clock_time(lowered: list[str], index: int, following: str) -> bool:
    """'at 2:14 p.m.', '8.40pm', 'at 0300 GMT': a time of day, not a count - but not 'The
    dead numbered 40: 25 men and 15 women'."""
    if following in ("am", "pm", "gmt", "utc", "bst", "cet", "est", "edt"):
        return True
    if following == ":":
        minutes = lowered[index + 2] if index + 2 < len(lowered) else ""
        return (
            _MINUTES.fullmatch(minutes) is not None
            and lowered[index].isdigit()
            and int(lowered[index]) <= 24
        )
    if following in ("a", "p") and index + 2 < len(lowered) and lowered[index + 2] == "m":
        return True
    return (
        index > 1
        and lowered[index - 1] == ":"
        and _MINUTES.fullmatch(lowered[index]) is not None
        and lowered[index - 2].isdigit()
        and int(lowered[index - 2]) <= 24
    )


_MINUTES = re.compile(r"[0-5]\d")


def _zero_count(lowered: list[str], index: int, found: dict[str, Quantity]) -> None:
    """'no one was injured', 'nobody was killed', 'no deaths', 'no reports of missing boats'
    count zero; 'no station had reported turnout' does not count turnout."""
    following = lowered[index + 1 : index + 6]
    if lowered[index] in ("nobody", "no-one") or following[:1] == ["one"]:
        for word in following[:5]:
            key = _quantity_key(word)
            if key:
                found.setdefault(key, Quantity(0.0))
                return
        return
    for word in following[:4]:
        key = _quantity_key(word)
        if key:
            found.setdefault(key, Quantity(0.0))
            return
        if word in _VERBISH:
            return


# --------------------------------------------------------------------------------------------


def link(claims: list[RelationInput]) -> list[list[tuple[str, int]]]:
    """For each claim, its relations as (type, index of an earlier claim)."""
    links: list[list[tuple[str, int]]] = [[] for _ in claims]
    denial_targets: dict[int, tuple[str, int]] = {}
    # Who has denied something so far, for _same_party tests against all of them at once.
    denier_keys: set[str] = set()
    denier_words: set[str] = set()
    supported: dict[int, int] = {}
    accusations: list[int] = []  # the accusations so far, which the accused may answer
    story_places: frozenset[str] | None = None
    for index, claim in enumerate(claims):
        if story_places is None and not _FATES.isdisjoint(claim.quantities):
            story_places = _setting(claim)[1]
        claim.story_places = story_places
        if index and claims[index - 1].kind == "accusation" and claims[index - 1].source_key:
            accusations.append(index - 1)
        if index - 1 in denial_targets and claims[index - 1].source_key:
            denier_keys.add(claims[index - 1].source_key)
            denier_words.update(claims[index - 1].source_words)
        if index and not claim.quantities and len(claim.text.split()) <= 5:
            _inherit_count(claim, claims[index - 1])
        if index and claim.tokens[:1] in (["it"], ["they"]):
            lent = _lend_subject(claim, claims[index - 1])
            if lent is not None:
                claim = claims[index] = lent
        if _BARE in claim.quantities:
            _name_bare_count(claim, claims[max(0, index - RESPONSE_WINDOW) : index])
        lower = max(0, index - WINDOW)
        earlier = [(j, claims[j]) for j in range(index - 1, lower - 1, -1)]
        far = earlier
        if index > WINDOW and (
            claim.quantities or claim.kind == "denial" or claim.cue_group == "deny"
        ):
            far_lower = max(0, index - FAR_WINDOW)
            far = earlier + [(j, claims[j]) for j in range(lower - 1, far_lower - 1, -1)]
        if claim.says_no:
            # "Critics say your plan is too little. Is it?" / "No. It is the largest ...": the
            # answer denies what the question put to the speaker
            asked = next(
                (
                    j
                    for j, other in earlier[:3]
                    if other.in_question and other.source_key != claim.source_key
                ),
                None,
            )
            if asked is not None:
                links[index].append(("denies", asked))
                denial_targets[index] = ("denies", asked)
                continue
            if claim.after_question:
                # "Is it true the centers are full?" / "No, that is not true": it answers
                # the question (no claim of anyone's), not a claim said before it
                continue
        judged = (
            _judged_account(claim, earlier)
            if "'s " in claim.sentence or "’s " in claim.sentence
            else None
        )
        if judged is not None:
            # "Video shows soldiers firing first, contradicting the army's version": the
            # reporter says which account the evidence goes against (or backs)
            links[index].append(judged)
            continue
        if (
            index - 1 in denial_targets
            and (claim.quantities or _DIGIT.search(claim.text) is not None)
            and claim.source_key
            and claims[index - 1].source_key == claim.source_key
            and claims[denial_targets[index - 1][1]].quantities
            and not claim.gives_reason
            and _judges_a_figure(claims[index - 1])
        ):
            # "the hospital disputes that figure and says the average is closer to 6": the
            # figure the denier gives instead contradicts the one denied
            links[index].append(("contradicts", denial_targets[index - 1][1]))
            continue
        if claim.gives_reason and index - 1 in denial_targets:
            # "denied that the state had been slow to act, saying it had begun chlorinating
            # wells": the reason given answers what the denial answers.
            links[index].append(denial_targets[index - 1])
            denial_targets[index] = denial_targets[index - 1]
            # ... and a figure in the reason can still disagree with another claim's
            links[index].extend(
                ("contradicts", target)
                for target in _contradictions(claim, far, lower)
                if target != denial_targets[index][1]
            )
            continue
        reported = (
            _REPORTED_DENIAL.match(claim.lowered)
            if claim.kind != "denial" and claim.cue_group in ("say", "tell")
            else None
        )
        if reported is not None:
            # "said her client "adamantly denies" the charges": a denial, reported in speech -
            # of the charges that name what it denies ("this robbery"), else as a denial would
            rest = claim.text[reported.start("rest") :]
            target = _charges_naming(
                # (what it names, not "the charges": those the denial rules find)
                _content_words(rest) - _GENERIC_CHARGE_WORDS,
                claim,
                [(j, claims[j]) for j in range(index - 1, max(0, index - FAR_WINDOW) - 1, -1)],
            )
            if target is None:
                target = _denial_target(replace(claim, content_after_cue=rest), earlier, far)
            if target is not None:
                relation = (_denial_type(claim, claims[target]), target)
                links[index].append(relation)
                denial_targets[index] = relation
                continue
        if claim.kind == "denial" or claim.cue_group == "deny":
            target = _denial_target(claim, earlier, far)
            if target is not None:
                relation = (_denial_type(claim, claims[target]), target)
                links[index].append(relation)
                denial_targets[index] = relation
                continue
        if not claim.source_key:
            backed = _endorsed_account(claim, earlier)
            if backed is not None:
                # "Local fishermen backed the coalition's account": a second source for it
                links[index].append(("supports", backed))
                supported[index] = backed
                continue
            no_evidence = (
                _NO_EVIDENCE_THAT.search(claim.text)
                if "no evidence" in claim.lowered or "no proof" in claim.lowered
                else None
            )
            if no_evidence is not None:
                # the reporter's check: "There is no evidence that the tariffs created that
                # many jobs" - the claim that says so, by someone, contradicted
                saying = _claim_saying(
                    no_evidence["clause"], ((j, other) for j, other in earlier if other.source_key)
                )
                if saying is not None:
                    links[index].append(("contradicts", saying[0]))
                    continue
            if _REJECTED_CLAIM.match(claim.text):
                # "a claim that has been investigated and rejected in studies ...".
                target = next((j for j, other in earlier if other.source_key), None)
                if target is not None:
                    links[index].append(("contradicts", target))
            verdict = (
                _VERDICT.match(claim.text)
                if claim.lowered.startswith(("th", "in ", "we rate"))
                else None
            )
            if verdict is not None:
                # the reporter's check of what was just said: "That is false: the rate was
                # 4.1%", "That figure is roughly accurate" (what someone claimed, over what
                # figures show: "Police figures show ... We rate this claim False")
                target = _claimed_by_someone(earlier) if "claim" in claim.lowered else None
                if target is None:
                    target = next((j for j, other in earlier if other.source_key), None)
                if target is not None:
                    relation = (
                        "supports" if verdict["verdict"].lower() in _TRUE_VERDICTS else "denies"
                    )
                    links[index].append((relation, target))
            continue
        verdict = (
            _VERDICT_COLON.match(claim.sentence)
            if claim.sentence[:4].lower() in ("that", "this", "in f")
            else None
        )
        if verdict is not None:
            # "That is false: police figures show a 3% rise" - the evidence after the
            # reporter's verdict answers the claim just before
            target = next(
                (
                    j
                    for j, other in earlier
                    if other.source_key and _different_sources(claim, other)
                ),
                None,
            )
            if target is not None:
                true = verdict["verdict"].lower() in _TRUE_VERDICTS
                links[index].append(("supports" if true else "contradicts", target))
                continue
        reply = _denial_reply(claim, earlier, denial_targets) or _no_such(claim, earlier)
        if reply is not None:
            links[index].append(reply)
            denial_targets[index] = reply
            continue
        if _THE_OPPOSITE.match(claim.lowered):
            # "The union said the opposite was true", "the reverse was the case": against the
            # account just given, by another
            opposed = next(
                (
                    j
                    for j, other in earlier[:2]
                    if other.source_key and _different_sources(claim, other)
                ),
                None,
            )
            if opposed is not None:
                links[index].append(("contradicts", opposed))
                continue
        endorsed = _endorsement(claim, earlier)
        if endorsed is not None:
            links[index].append(("supports", endorsed))
            supported[index] = endorsed
            continue
        contradictions = _contradictions(claim, far, lower)
        if contradictions:
            links[index].extend(("contradicts", target) for target in contradictions)
            # A figure can disagree with one source and agree with another ("also put the
            # number of dead at seven"): the agreeing one is a second source for it.
            agreeing = _same_count(claim, earlier)
            if agreeing is not None and agreeing not in contradictions:
                agreeing = supported.get(agreeing, agreeing)
                supported[index] = agreeing
                links[index].append(("supports", agreeing))
            continue
        response = _continued_denial(claim, earlier, denial_targets)
        if response is None:
            agreeing = _same_denial(claim, earlier)
            if agreeing is not None:
                agreeing = supported.get(agreeing, agreeing)
                supported[index] = agreeing
                links[index].append(("supports", agreeing))
                continue
        if response is None:
            response = _response(claim, earlier) or _blame_refuted(claim, earlier)
        if response is None:
            response = _clash(claim, earlier)
            if (
                response is not None
                and claims[response[1]].source_kind not in _NOT_PARTIES
                and claim.source_key
                # (saying the opposite in positive words contradicts: "Every patient was
                # written to" against "Nobody ever wrote to me")
                and claim.negated
                and (
                    claim.source_key in denier_keys
                    or not denier_words.isdisjoint(claim.source_words)
                )
            ):
                # A party that has denied something here is the one accused: its word
                # against another's is a denial ("no chemical spray was used").
                response = (_denial_type(claim, claims[response[1]]), response[1])
        if response is not None:
            links[index].append(response)
            if response[0] == "denies":
                denial_targets[index] = response
            else:
                original = _contested(claim, claims, links[response[1]])
                if original is not None:
                    # Footage of an officer spraying, against "no spray was used", backs the
                    # witness the police answered: contradicting a rebuttal supports what it
                    # rebutted.
                    original = supported.get(original, original)
                    supported[index] = original
                    links[index].append(("supports", original))
            continue
        disputed = _disputed_count(claim, earlier)
        if disputed is None and claim.source_key and _THE_NUMBER.match(claim.lowered):
            disputed = _rival_for_the_number(claim, earlier)
        if disputed is not None:
            links[index].append(("contradicts", disputed))
            continue
        timed = _first_time(claim, earlier) if contains_any(claim.lowered, _FIRST_HINTS) else None
        if timed is not None:
            links[index].append(("contradicts", timed))
            continue
        dated = (
            _other_date(claim, earlier)
            if " 20" in claim.lowered and _FUTURE_DATE.search(claim.lowered)
            else None
        )
        if dated is not None:
            links[index].append(("contradicts", dated))
            continue
        corrected = _correction(claim, earlier) if " not " in claim.lowered else None
        if corrected is not None:
            links[index].append(("contradicts", corrected))
            continue
        while accusations and index - accusations[0] > FAR_WINDOW:
            accusations.pop(0)  # (at most FAR_WINDOW of them: the work stays linear)
        defended = (
            _defence(claim, [(j, claims[j]) for j in reversed(accusations)], index)
            if accusations
            else None
        )
        if defended is not None:
            links[index].append(("denies", defended))
            denial_targets[index] = ("denies", defended)
            continue
        countered = (
            _countered(claim, earlier)
            if claim.counters
            else _contrasted(claim, earlier)
            if claim.contrasted
            else None
        )
        if countered is not None:
            links[index].append(("contradicts", countered))
            continue
        support = _support(claim, earlier)
        if support is not None:
            support = supported.get(support, support)  # corroboration points at the original
            supported[index] = support
            links[index].append(("supports", support))
    return links


def _countered(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> int | None:
    """'Landlords argue that rent control discourages building. Tenant groups counter that
    permits have risen': the cue sets the claim against the other side's claim just before -
    the nearest claim of another party, a few claims back at most."""
    for index, other in earlier[:4]:
        if (
            other.source_key
            and other.source_key != claim.source_key
            and not _same_party(claim, other)
            and other.kind != "denial"
        ):
            return index
    return None


def _contrasted(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> int | None:
    """'The trust said the ward had reopened. But two nurses said it was still shut': the
    claim set against another party's a few claims back - the one about the same thing (the
    most content words in common, the nearest of those)."""
    if not _MAYBE.isdisjoint(claim.tokens):
        return None  # "But they warned that the ice could flow faster": a risk, no rival fact
    if claim.source_key in PRONOUN_KINDS:
        return None  # "But it said ...": the one who spoke before, most likely
    best: tuple[int, int] | None = None
    for index, other in earlier[:_CONTRAST_WINDOW]:
        if _same_party(claim, other) or other.kind == "denial" or other.in_question:
            continue
        if not _MAYBE.isdisjoint(other.tokens):
            continue
        if not other.source_key or other.source_key == claim.source_key:
            continue  # (one party's word against another's, not the reporter's account)
        overlap = len(claim.words & other.words - _BODY_WORDS)
        if overlap >= _CONTRAST_OVERLAP and (best is None or overlap > best[0]):
            best = (overlap, index)
    return best[1] if best is not None else None


_MAYBE = words("could may might")
_CONTRAST_WINDOW = 6
_CONTRAST_OVERLAP = 2
_CONTRAST_OPENING = re.compile(r"\s*(?:But|However|Yet)\b")


_FIGURE_NOUNS = words("figure figures number numbers estimate estimates count tally total toll")


def _judges_a_figure(denial: RelationInput) -> bool:
    """The denial names a figure ("disputes that figure", "rejected the estimate")."""
    return not _FIGURE_NOUNS.isdisjoint(denial.content_after_cue.lower().split()[:4])


def _judged_account(
    claim: RelationInput, earlier: list[tuple[int, RelationInput]]
) -> tuple[str, int] | None:
    """ ", contradicting the army's version" / ", confirming the union's figures" after a claim:
    the nearest earlier claim of that owner, contradicted or supported."""
    match = JUDGED_ACCOUNT.search(claim.sentence)
    if match is None:
        return None
    owner = match["owner"].lower().removesuffix("s")
    for index, other in earlier:
        if other.source_key == claim.source_key:
            continue
        if owner in {word.removesuffix("s") for word in other.source_words}:
            verdict = match["verdict"].lower()
            kind = "contradicts" if verdict.startswith(("contra", "at ", "in ")) else "supports"
            return (kind, index)
    return None


# What a measure does when it moves: the concepts of "rose", "fell", "was cut".
_MOVES = frozenset({"rise", "fall", "cut"})
# What a thing is said to be, with an opposite: "was safe", "were peaceful", "is enough".
_STATES = frozenset({"safe", "danger", "peaceful", "violent", "enough"})
_COPULAS = words("was were is are been be remains remained")
# After an intransitive move: nothing, a figure, its size or its time ("fell 8 percent",
# "had risen sharply", "grew by a third", "fell last year") - not an object ("cut spending").
_AFTER_A_MOVE = words(
    "by to from again further last this in since over for percent per cent slightly sharply "
    "steadily steeply significantly dramatically substantially markedly"
)
_NO_SUBJECT = words("it they he she we i you this that these those there who which")


def _predicate_at(tokens: list[str], start: int) -> int | None:
    """The position of the first word from ``start`` that says a measure moved ("fell") or
    a thing is in a state with an opposite ("was safe"), past the auxiliaries and an adverb
    before it ("had sharply fallen"), or None."""
    for position in range(start, min(len(tokens), start + 4)):
        token = tokens[position]
        concept = _CONTENT_LEMMA[token]
        if concept in _MOVES or (
            concept in _STATES and position > start and tokens[position - 1] in _COPULAS
        ):
            return position
        if token not in _AUXILIARY_CHAIN and not token.endswith("ly"):
            return None
    return None


def _lend_subject(claim: RelationInput, previous: RelationInput) -> RelationInput | None:
    """'The bank said profits rose 8 percent, while analysts said they had fallen': a pronoun
    that moves ("it rose", "they had fallen", with no object: people and bodies do not rise)
    or is in a state with an opposite ("it was safe") stands for what moved or was in such a
    state in the claim just before, by another source; the claim is compared with that
    subject in place of the pronoun."""
    verb = _predicate_at(claim.tokens, 1)
    if verb is None or not previous.source_key or previous.source_key == claim.source_key:
        return None
    following = claim.tokens[verb + 1 : verb + 2]
    if (
        following
        and _CONTENT_LEMMA[claim.tokens[verb]] in _MOVES
        and not (
            following[0] in _AFTER_A_MOVE
            or following[0][:1].isdigit()
            or following[0].endswith("ly")
        )
    ):
        return None
    if not previous.tokens or previous.tokens[0] in _NO_SUBJECT:
        return None
    theirs = next(
        (
            position
            for position in range(1, min(len(previous.tokens), 8))
            if _predicate_at(previous.tokens, position) is not None
        ),
        None,
    )
    if theirs is None:
        return None
    subject = [token for token in previous.tokens[:theirs] if token not in _AUXILIARY_CHAIN]
    if not subject or not any(_CONTENT_LEMMA[token] for token in subject):
        return None
    tokens = subject + claim.tokens[1:]
    return replace(
        claim,
        tokens=tokens,
        lowered=" ".join(tokens),
        words=claim.words | (frozenset(map(_CONTENT_LEMMA.__getitem__, subject)) - _NOTHING),
    )


def _inherit_count(claim: RelationInput, previous: RelationInput) -> None:
    """'The unions claimed more than 2 million.': the count (and scope) of the claim before."""
    value = next(
        (_number_value(token) for token in _WORD.findall(claim.text) if _number_value(token)),
        None,
    )
    if value is None or not previous.quantities or not _PART_OF_BEFORE.isdisjoint(claim.tokens):
        return  # ("The dead included nine children": a part of the count, no count of its own)
    if "million" in claim.lowered:
        value *= 1_000_000
    bound = "lower" if re.search(r"\b(?:more than|at least|over)\b", claim.lowered) else ""
    claim.quantities = {next(iter(previous.quantities)): Quantity(value, bound)}
    claim.scope = claim.scope or previous.scope


_PUT_VERBS = frozenset("put puts putting placed places estimated estimates".split())


def _puts_it_at(lowered: list[str]) -> bool:
    """'puts it at around 400,000', 'estimated that at 2,000': the figure of a count named
    before, by a pronoun."""
    if lowered[:2] in (["it", "at"], ["that", "at"]):
        return True  # the object of "put ... at" as a claim: "it at around 400,000"
    if lowered[:1] == ["at"] and len(lowered) <= 6:
        return True  # a gapped rival's: "Police put the crowd at 8,000, organisers at 25,000"
    return any(
        word in _PUT_VERBS
        and lowered[position + 1 : position + 2] in (["it"], ["that"], ["this"])
        and lowered[position + 2 : position + 3] == ["at"]
        for position, word in enumerate(lowered)
    )


def _name_bare_count(claim: RelationInput, before: list[RelationInput]) -> None:
    """'Four passengers were taken to a hospital.' - 'Two had been taken': a count without its
    noun counts what the nearest claim sharing a word with it counted."""
    bare = claim.quantities.pop(_BARE)
    # "the figure was closer to 600": a count named only as "the figure" is the nearest count
    refers = (
        not _COUNT_WORDS.isdisjoint(claim.tokens)
        or _puts_it_at(claim.tokens)
        # "She says it was nine", "The union says there are 31": the figure alone, of what
        # was just counted
        or _figure_of_what_came_before(claim.tokens)
    )
    # "containment of the fire had reached 60": a measure named as the subject is what the
    # figure is of, so the other claim must be about it too (not just share "fire")
    measure = "" if refers or not _ends_in_figure(claim) else _subject_head(claim)
    # ("the real figure was at least 750" names a count before a sum - a figure with no
    # currency is no sum unless no count was given - and never a share: "Sales fell 12%")
    for counts_only in (True, False) if refers else (False,):
        for other in reversed(before):
            if measure and measure not in other.words:
                continue
            if other.quantities and (claim.words & other.words or refers):
                key = next(iter(other.quantities))
                if refers and (key == "time" or key.partition(":")[2] in _TIME_UNIT_LEMMAS):
                    continue  # "its count had risen to 24" counts no minutes ("40 minutes after")
                if refers and (key in _SHARE_KEYS or (counts_only and key.startswith("money:"))):
                    continue
                claim.quantities.setdefault(key, bare)
                return


def _figure_of_what_came_before(tokens: list[str]) -> bool:
    """'it was nine', 'there are 31', 'that was closer to 200': a pronoun or "there", a verb
    to be and the figure, nothing else."""
    return (
        2 < len(tokens) <= 6
        and tokens[0] in ("it", "that", "this", "there")
        and tokens[1] in ("was", "is", "were", "are", "had", "has")
        and tokens[-1][:1].isdigit() | (tokens[-1] in _NUMBER_HINTS)
    )


def _ends_in_figure(claim: RelationInput) -> bool:
    """'... had reached 60', '... was at 60': the claim ends with its figure after a verb."""
    tokens = claim.tokens
    return len(tokens) > 2 and tokens[-1][:1].isdigit() and tokens[-2] in _FIGURE_OF_MEASURE


def _different_sources(a: RelationInput, b: RelationInput) -> bool:
    return a.source_key != b.source_key or not a.source_key


_ANOTHER_ONE = ("another ", "second ", "third ", "different ", "rival ")


def _same_party(a: RelationInput, b: RelationInput) -> bool:
    """'a company spokeswoman' speaks for 'the company'; 'the rider' for the rider denying."""
    if not a.source_key or not b.source_key:
        return False
    if a.source_key == b.source_key:
        return True
    if a.source_key.startswith(_ANOTHER_ONE) or b.source_key.startswith(_ANOTHER_ONE):
        return False  # "One analyst said ..." / "Another analyst called ...": two of a kind
    shared = a.source_words & b.source_words
    # a word of one's head: "a company spokeswoman" / "the company", not "Shadow Home
    # Secretary Yvette Cooper" / "the Home Office" (a modifier in both)
    return (
        (
            bool(shared)
            and (
                a.source_key.rsplit(None, 1)[-1] in shared
                or b.source_key.rsplit(None, 1)[-1] in shared
            )
        )
        or _its_officer(a, b)
        or _its_officer(b, a)
    )


def _its_officer(a: RelationInput, b: RelationInput) -> bool:
    """'the firm's director', 'the council's chief executive' speak for 'the firm', 'the
    council' (not 'the council's auditors': who answers to it is not its voice)."""
    owner, mark, role = a.source_key.partition("'s ")
    if not mark:
        owner, mark, role = a.source_key.partition("’s ")
    return (
        bool(mark)
        and bool(role)
        and role.rsplit(None, 1)[-1] in _OFFICERS
        and bool(b.source_words)
        and b.source_words <= frozenset(owner.split())
    )


# Who speaks for a body by office: "the firm's director", "the club's chairman"
_OFFICERS = frozenset(
    "director chairman chairwoman chair president executive officer head chief manager "
    "spokesman spokeswoman spokesperson secretary leader boss owner founder commander".split()
)


def _one_person(a: RelationInput, b: RelationInput) -> bool:
    """'Baptiste' and 'mayoral spokesperson Jordan Baptiste': one person by the surname both end
    with."""
    return (
        a.source_kind == b.source_kind == "person"
        and bool(a.source_key)
        and bool(b.source_key)
        and a.source_key.rsplit(None, 1)[-1] == b.source_key.rsplit(None, 1)[-1]
    )


def _speaks_for(a: RelationInput, b: RelationInput) -> bool:
    """One speaks for the other: 'army spokesman Lieutenant Colonel X' for 'the Malian army',
    'a ministry spokeswoman' for 'the health ministry' - a spokesperson's word and the body's."""
    return not SPOKES.isdisjoint(a.source_words | b.source_words) and bool(
        (a.source_words & b.source_words) - SPOKES - {"the", "a", "an", "of", "for"}
    )


def _can_be_target(other: RelationInput) -> bool:
    return bool(other.source_key) or other.kind == "accusation"


def _denial_type(claim: RelationInput, target: RelationInput) -> str:
    """Rejecting an estimate, a forecast or 'that view' contradicts it; denying a report or an
    accusation denies it."""
    head = [token.lower() for token in _WORD.findall(claim.content_after_cue)[:4]]
    if (target.kind in _OPINION_KINDS and claim.kind != "denial") or any(
        word in _VIEW_REFERENCES for word in head
    ):
        return "contradicts"
    return "denies"


def _content_words(text: str) -> frozenset[str]:
    return frozenset(
        lemma(token)
        for token in _WORD.findall(text)
        if token.lower() not in STOPWORDS and len(token) > 2 and not token[:1].isdigit()
    )


# The nouns that name what is denied, as _content_words gives them (stemmed: "vers", "assert")
_ACCOUNT_WORDS = words(
    "account accounts version versions characterization characterisation description story stories"
)
_ACCOUNT_STEMS = frozenset(
    map(
        lemma,
        "account accounts version versions characterization characterisation description "
        "assertion assertions story".split(),
    )
)


# "rejected that argument, saying ...", "disputed this reading.": an argument just made, named
# by a demonstrative and a noun for it, all of the object (not "denied that officers had
# entered": a clause)
_DEMONSTRATIVE_OBJECT = re.compile(
    r"\s*(?:that|this|these|those)\s+(?:arguments?|reasoning|logic|criticisms?|critique|"
    r"interpretation|reading|point|case|line)\s*(?:[,.;:]|$)"
)


def _denial_target(
    claim: RelationInput,
    earlier: list[tuple[int, RelationInput]],
    far: list[tuple[int, RelationInput]] | None = None,
) -> int | None:
    if claim.lowered == "which" and earlier:
        # "X was rejected over fears of an amnesty, which the Home Office rejects": the clause
        # just before, whoever's it is (the reporter's too)
        return earlier[0][0]
    if (
        earlier
        and claim.sentence
        and len(claim.tokens) <= 4
        and earlier[0][1].sentence == claim.sentence
        and _different_sources(claim, earlier[0][1])
        # (not the reporter's clause around the denier's own relative clause: "Mr. Hale, who
        # denied any wrongdoing, resigned", "the trial of Mark Dixon, who denies murder")
        and (
            earlier[0][1].source_key
            or not claim.source_key
            or claim.source_key not in earlier[0][1].lowered
        )
    ):
        # "Villagers claimed that Y, a claim the army denied": the claim of its own sentence,
        # not an accusation made before
        return earlier[0][0]
    head = [token.lower() for token in _WORD.findall(claim.content_after_cue)[:4]]
    far_candidates = [
        (index, other)
        for index, other in (far or earlier)
        if other.kind != "denial"
        and _can_be_target(other)
        # No one denies their own accusation: "the company" resolved to the accuser is a
        # wrong antecedent, not a reason to skip the accusation.
        and (
            # (nor their own claim by another name: "Baptiste" after "mayoral spokesperson
            # Jordan Baptiste")
            (
                _different_sources(claim, other)
                and not _one_person(claim, other)
                # (nor what its own officer said: "The firm's director said ...")
                and not (_its_officer(other, claim) or _its_officer(claim, other))
            )
            or (claim.source_is_anaphor and other.kind == "accusation")
        )
    ]
    nearest = earlier[-1][0] if earlier else 0  # the oldest claim of the usual window
    candidates = [(index, other) for index, other in far_candidates if index >= nearest]
    # "rejected the rebels' claim": what the owner named said, before any accusation
    owner = (
        OWNED_CLAIM.search(claim.content_after_cue)
        if "'" in claim.content_after_cue or ("’" in claim.content_after_cue)
        else None
    )
    if owner is not None and owner.start() < 12:
        owned = _owners_claim(owner, far_candidates)
        if owned is not None:
            return owned
    # "denied the accusation" / "a charge the police rejected": the nearest accusation, also
    # several paragraphs back.
    if any(word in _ACCUSATION_REFERENCES for word in head[:3]):
        if head[0] in ("that", "this", "these", "those") and candidates:
            # "rejected that accusation": the one just made, in whatever words
            return candidates[0][0]
        for index, other in far_candidates:
            if other.kind == "accusation":
                return index
    if claim.sentence and _POINTED_DENIAL.search(claim.sentence):
        # "The police chief rejected that": the accusation against the police, when one was
        # made just before ...
        denier = _speaker_words(claim)
        for index, other in candidates[:4]:
            if other.kind == "accusation" and denier & other.words:
                return index
        # ... else "The ministry rejected that, saying Y": what was said just before, by
        # someone (the first of it, when said over several claims in a row: '"We did it
        # every week," he says. "The water turned black." The company denies this.')
        claimed = _claimed_by_someone(candidates)
        if claimed is not None:
            return _first_of_report(claimed, dict(candidates)[claimed], candidates)
    if (
        len(head) > 1
        and (head[0] in ("that", "this", "these", "those") or (head[0] == "the" and len(head) == 2))
        and (head[1] in _ACCOUNT_WORDS or lemma(head[1]) in _ACCOUNT_STEMS)
    ):
        # "Pelion disputes that account", "The owners rejected the account": the account just
        # given, by someone (the first of it), not an older claim that names the denier
        claimed = None if len(head) > 2 else _account_just_given(claim, candidates)
        if claimed is not None:
            return _start_of_account(
                claim, _first_of_report(claimed, dict(candidates)[claimed], candidates), candidates
            )
    # "disputed the official account", "rejected the police version": what the authorities
    # (or the body named) said
    adjunct = ADJUNCT_OWNED_CLAIM.match(claim.content_after_cue)
    if adjunct is not None:
        owner = _LEMMA[adjunct[1].lower()]
        named = (
            (index, other)
            for index, other in far_candidates
            if owner in {_LEMMA[word] for word in other.source_words}
        )
        official = (
            (index, other)
            for index, other in far_candidates
            if adjunct[1].lower() in OFFICIAL_OWNERS and other.source_kind == "government"
        )
        for index, other in itertools.chain(named, official):
            return _first_of_report(index, other, far_candidates)
    # "dispute the door-to-door account": the claim that says what the account is named by
    described = _account_described(head, candidates)
    if described is not None:
        return _first_of_report(described, dict(candidates)[described], candidates)
    # "disputed that count", "rejected those figures": the nearest claim giving a figure.
    if (
        head[:1]
        and head[0] in ("that", "this", "these", "those", "the")
        and any(word in _FIGURE_REFERENCES for word in head[1:3])
    ):
        for index, other in candidates:
            if other.quantities and set(other.quantities) != {_BARE}:
                return index
    # "disputed that explanation", "rejected the company's reasoning": the nearest claim that
    # gives a cause.
    if any(word in _EXPLANATION_REFERENCES for word in head[:4]):
        for index, other in candidates:
            if not _CAUSES.isdisjoint(other.tokens):
                return index
    # "rejected that view": the nearest estimate or forecast.
    if any(word in _VIEW_REFERENCES for word in head[:3]):
        for index, other in candidates:
            if other.kind in _OPINION_KINDS:
                return index
    # "called the mechanic's account categorically wrong": what the mechanic said (the first
    # of it, when told over several claims in a row).
    owner = OWNED_CLAIM.search(claim.content_after_cue)
    if owner is not None:
        owned = _owners_claim(owner, far_candidates)
        if owned is not None:
            return owned
    # "dismissed the survey as unrepresentative": what the survey (the earlier claimant) found
    document = next((word for word in head[:3] if word in _DOCUMENT_REFERENCES), None)
    if document is not None:
        for index, other in far_candidates:
            if _LEMMA[document] in {_LEMMA[word] for word in other.source_words}:
                return _first_of_report(index, other, far_candidates)
        if document in ("report", "reports", "story"):
            # "there was no truth in the report": what a newspaper or broadcaster reported
            for index, other in far_candidates:
                if other.source_kind == "media":
                    return _first_of_report(index, other, far_candidates)
    if candidates and _DEMONSTRATIVE_OBJECT.match(claim.content_after_cue):
        # "rejected that argument, saying Y", "disputed this reading": what another just
        # said, in whatever words (not an older claim that shares Y's)
        return candidates[0][0]
    # (the noun that names what is denied is no content of it: "denied that account" shares
    # nothing with "does not account for the jobs")
    object_words = _content_words(claim.content_after_cue) - _ACCOUNT_STEMS
    existential = _THERE_IS_ANY.match(claim.content_after_cue)
    if existential is not None:
        # "denied there was any rift between the coach and the goalkeeper": it answers a claim
        # of that rift (or link, or plan), not one that shares the names it mentions
        wanted = _LEMMA[existential[1].lower()]
        candidates = [(index, other) for index, other in candidates if wanted in other.words]
    counted = set(claim.quantities) - {_BARE, "percent"}
    # "denied mistreating prisoners", "denied any fraud": a denial of misconduct answers the
    # claim of misconduct ("had been tortured", "the count was rigged"), in whatever words
    misconduct = not _MISCONDUCT.isdisjoint(claim.tokens)
    best: tuple[int, int] | None = None
    for position, (index, other) in enumerate(candidates):
        overlap = len(object_words & other.words)
        if misconduct and not _MISCONDUCT.isdisjoint(other.tokens):
            overlap += 2
        if counted and not counted.isdisjoint(other.quantities):
            overlap += 2  # "at least 20 of the hospitals" answers "only 11 of the hospitals"
        if other.kind == "accusation" and (overlap or position < 2):
            # A denial answers an accusation first - the one just before it also in other
            # words ("accused the company of poisoning the river" / "denied the fish deaths
            # were linked to the mine").
            overlap += 2
        if overlap >= 1 and (best is None or overlap > best[0]):
            best = (overlap, index)
    if best is not None:
        return best[1]
    if (
        head[:1]
        and head[0].endswith("ing")
        and head[0] not in DENIED_CONDUCT
        and lexicon().best(head[0]) == "VBG"
        and candidates
        and candidates[0][0] == earlier[0][0]
        and candidates[0][1].source_key
        and claim.paragraph - candidates[0][1].paragraph <= 1
    ):
        # "Rebels said they had shot down two helicopters. The army denied losing any
        # aircraft": a denial of something done, right after another party's claim, answers
        # that claim in other words
        return candidates[0][0]
    mentions_claim = any(
        token in CLAIM_NOUNS or token in DENIED_CONDUCT for token in head
    ) or not claim.content_after_cue.strip(" .")
    if not mentions_claim:
        return None
    says_what = bool(_SAYS_WHAT_IT_DENIES.match(claim.content_after_cue))
    if says_what and not claim.quantities:
        # "denied that the city had ignored warnings", "rejected claims that the currency
        # was overvalued": it names what it denies - sharing no word with them, it answers no
        # count or figure given before (a dispute about a number nobody challenged)
        candidates = [(index, other) for index, other in candidates if not other.quantities]
        far_candidates = [(index, other) for index, other in far_candidates if not other.quantities]
        # and sharing no word with it, what it answers is just before it, if anything ("denied
        # that police had been attacked" answers no accusation against a company three
        # claims back)
        candidates = candidates[:2]
    # "The ministry denied the report": a claim about the denier ("the ministry had failed
    # to ...") is what it answers, also several paragraphs back.
    denier = _speaker_words(claim)
    if denier:
        for index, other in far_candidates:
            if denier & other.words and not _same_party(claim, other):
                return _first_of_report(index, other, far_candidates)
    # "denied the report" / "denied that": the nearest accusation, else the nearest claim
    # someone else made.
    for index, other in candidates:
        if other.kind == "accusation":
            return index
    if says_what and not claim.quantities:
        return None  # what it denies is its own, and nobody just before said it
    if not any(token in CLAIM_NOUNS for token in head) and any(
        token in DENIED_CONDUCT for token in head
    ):
        # "denies any wrongdoing": it answers an accusation, or a claim about the denier -
        # neither here, so not the claim someone made just before
        return None
    for index, other in candidates:
        if other.source_key:
            return index
    return None


# A denial that something exists: "there is any link between ...", "that there had been a
# rift"
_THERE_IS_ANY = re.compile(
    r"\s*(?:that\s+)?there\s+(?:is|was|were|are|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:any|a|an|no)\s+(?:\w+\s+)??([a-z]+)\s+(?:between|with|of|to|in|over)\b",
    re.IGNORECASE,
)


# What names a figure as someone's: "the union's calculation", "the chamber's estimate"
_FIGURE_CLAIM_NOUNS = words(
    "calculation calculations estimate estimates figure figures numbers count tally account "
    "total totals toll"
)


# Words of misconduct: what a denial of wrongdoing answers
_MISCONDUCT = words(
    "wrongdoing misconduct fraud fraudulent rigged rigging rig rigs corruption corrupt bribe "
    "bribes bribery bribed embezzlement embezzled stole stolen theft looted looting torture "
    "tortured torturing abuse abused abuses abusing mistreat mistreated mistreating "
    "mistreatment ill-treatment ill-treated beaten beating beatings raped rape executed "
    # (single words: "war" or "covered" alone is no misconduct)
    "massacre massacred atrocities atrocity crimes cover-up manipulated manipulating "
    "falsified falsifying"
)


# A denial pointing back at what was just said: "rejected that, saying", "denied it."
_POINTED_DENIAL = re.compile(
    r"\b(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses)\s+"
    r"(?:that|this|it)\s*[,.;]"
)


# "her client "adamantly denies" the charges", "he denied the allegations": a denial, told
_REPORTED_DENIAL = re.compile(
    r"(?:he|she|they|it|(?:his|her|their|our|my)\s+client|the\s+(?:company|firm|group|"
    r"minister|senator|defendant|accused))\s+[\"“'‘]?(?:(?:strongly|adamantly|categorically|"
    r"flatly|vehemently|firmly|repeatedly|consistently|always)\s+)?"
    r"(?:denies|denied|rejects|rejected|disputes|disputed|"
    # ('his client "had nothing to do with this robbery"')
    r"(?:had|has)\s+nothing\s+to\s+do\s+with|(?:was|is)\s+not\s+involved\s+in)"
    r"[\"”'’]?\s+(?P<rest>\S)"
)


def _charges_naming(
    named: frozenset[str], claim: RelationInput, earlier: list[tuple[int, RelationInput]]
) -> int | None:
    """The nearest accusation or charge by another that names one of ``named`` ("face charges
    of armed robbery" for "had nothing to do with this robbery")."""
    for index, other in earlier:
        if (
            _different_sources(claim, other)
            and (other.kind == "accusation" or contains_any(other.lowered, _CHARGE_HINTS))
            and not named.isdisjoint(other.words)
        ):
            return index
    return None


_CHARGE_HINTS = ("charge", "accus", "alleg", "indict")
_GENERIC_CHARGE_WORDS = frozenset(
    map(
        lemma,
        "charge charges allegation allegations accusation accusations claim claims trial court "
        "case wrongdoing man men woman women person people time day year work".split(),
    )
)


def _account_just_given(
    claim: RelationInput, candidates: list[tuple[int, RelationInput]]
) -> int | None:
    """What "that account" answers (not "that account of the meeting": the words after it say
    whose): an accusation among the three claims before it, else one of them about the denier
    or by its people ("The police denied that description"), else the nearest claim someone
    made."""
    denier = _speaker_words(claim)
    for wanted in (
        lambda other: other.kind == "accusation",
        # (or by its people: "Three former Pelion mechanics told ...")
        lambda other: (
            bool(other.source_key)
            and not (
                denier.isdisjoint(other.words)
                and denier.isdisjoint(_LEMMA[word] for word in other.source_words)
            )
        ),
    ):
        for index, other in candidates[:3]:
            if wanted(other):
                return index
    return _claimed_by_someone(candidates)


def _account_described(head: list[str], candidates: list[tuple[int, RelationInput]]) -> int | None:
    """'the door-to-door account', 'the ambush version': an account named by what it says - the
    nearest claim holding the naming words ("Deputies were going door to door")."""
    noun = next(
        (position for position, word in enumerate(head[2:4], 2) if word in _ACCOUNT_WORDS), None
    )
    if head[:1] != ["the"] or noun is None:
        return None
    naming = {
        _CONTENT_LEMMA[part]
        for word in head[1:noun]
        for part in word.split("-")
        if len(part) > 2 and _CONTENT_LEMMA[part]
    }
    if not naming:
        return None
    return next((index for index, other in candidates if naming <= other.words), None)


def _start_of_account(
    claim: RelationInput, start: int, candidates: list[tuple[int, RelationInput]]
) -> int:
    """An account told by two voices of one side in a row, in one paragraph ("The miners'
    leader said guards fired rubber bullets. Six workers needed stitches, the union said. The
    owners rejected the account"), is answered at its first claim - what the other adds to."""
    by_index = dict(candidates)
    told = by_index[start]
    before = by_index.get(start - 1)
    if (
        before is not None
        and told.kind != "accusation"
        and before.source_key
        and before.source_key != told.source_key
        and before.paragraph == told.paragraph
        and before.kind != "denial"
        and not _same_party(claim, before)
        # (of one thing: "guards fired rubber bullets at workers" / "six workers needed
        # stitches")
        and not (before.words & told.words).issubset(_BODY_WORDS)
    ):
        return start - 1
    return start


def _claimed_by_someone(candidates: list[tuple[int, RelationInput]]) -> int | None:
    """The nearest claim someone made ("said", "claimed"), not a finding of data or records
    ("figures show", "records show")."""
    for index, other in candidates[:3]:
        if other.source_key and other.cue_group != "show" and other.source_kind != "document":
            return index
    return None


# A denial that says what it denies: "that the city had ignored warnings", "claims that the
# currency was overvalued", "suggestions he would resign"
_SAYS_WHAT_IT_DENIES = re.compile(
    r"\s*(?:(?:the\s+)?(?:claims?|suggestions?|allegations?|accusations?|reports?|charges?|"
    r"speculation)\s+(?:that\s+)?)?(?:that\s+)?(?:[\w'’-]+\s+){1,3}?"
    r"(?:had|has|have|was|were|is|are|would|will|could|did)\s+\w+",
    re.IGNORECASE,
)


def _no_such(
    claim: RelationInput, earlier: list[tuple[int, RelationInput]]
) -> tuple[str, int] | None:
    """'no such decision had been taken', 'no such plan existed': another source's claim of it
    just before is denied (a word of the same stem in it: "had decided", "the plan")."""
    if "such" not in claim.tokens or not claim.source_key:
        return None
    position = claim.tokens.index("such")
    if position == 0 or claim.tokens[position - 1] != "no" or position + 1 >= len(claim.tokens):
        return None
    stem = claim.tokens[position + 1][:4]
    if len(stem) < 4:
        return None
    for index, other in earlier[:RESPONSE_WINDOW]:
        if (
            other.source_key
            and _different_sources(claim, other)
            and any(token.startswith(stem) for token in other.tokens)
        ):
            return ("denies", index)
    return None


def _claim_saying(
    clause: str, candidates: Iterable[tuple[int, RelationInput]]
) -> tuple[int, RelationInput] | None:
    """The first of the candidates that says what ``clause`` says: two content words of it."""
    said = _content_words(clause)
    return next(
        ((index, other) for index, other in candidates if len(said & other.words) >= 2), None
    )


def _denial_reply(
    claim: RelationInput, earlier: list[tuple[int, RelationInput]], denials: dict[int, object]
) -> tuple[str, int] | None:
    """'no such meeting took place', 'that was untrue', 'his figures were out of date', '"That
    is not my client"': a reply from another party calling an earlier claim false. Among the
    claims of others in the window (not denials themselves): those of a party the reply names
    ('The commission is making things up'), then - for a reply about figures - those with a
    figure, or - for one about an accusation or suggestion - accusations, else claims by
    people rather than records; of the four nearest of those, the one that names what 'no
    such' denies, else an accusation, else the nearest sharing a word, else the nearest."""
    misuse = _MISUSE.search(claim.text) if contains_any(claim.lowered, _MISUSE_HINTS) else None
    if misuse is not None:
        found = _misused_source(
            claim, (misuse["noun"] or misuse["object"]).lower(), earlier, denials
        )
        if found is not None:
            return found
    elif contains_any(claim.lowered, _MISUSE_HINTS) and _MISUSED_PRONOUN.match(claim.text):
        named = _A_SOURCE_NOUN.search(claim.source_key) or _A_SOURCE_NOUN.search(claim.sentence)
        if named is not None:
            found = _misused_source(claim, named[0].lower(), earlier, denials)
            if found is not None:
                return found
    if (
        not (contains_any(claim.lowered, _DENIAL_REPLY_HINTS) and _DENIAL_REPLY.search(claim.text))
        and not (claim.lowered.startswith(("that", "this")) and _DISOWNING.match(claim.text))
        and not (
            claim.lowered.startswith(_NEVER_HAPPENED_OPENINGS) and _NEVER_HAPPENED.match(claim.text)
        )
    ):
        return None
    candidates = [
        (index, other)
        for index, other in earlier
        if _can_be_target(other)
        # (a party may call its own leaked records wrong: "Police memos show ..." / the police:
        # "the memos were out of date")
        and (not _same_party(claim, other) or other.source_kind == "document")
        and other.kind != "denial"
        and index not in denials
    ]
    # "There is no evidence that Y": the claim that says Y, contradicted (a check of it, no
    # denial by its subject); "Rumours online that the prison has been evacuated are untrue":
    # the reply names what it calls false. Only a claim that says that is the target, never
    # the nearest one.
    no_evidence = _NO_EVIDENCE_THAT.search(claim.text)
    named_claim = no_evidence or _SAYS_WHAT_IS_FALSE.search(claim.text)
    if named_claim is not None:
        saying = _claim_saying(named_claim["clause"], candidates)
        if saying is None:
            return None
        index, other = saying
        return ("contradicts" if no_evidence else _denial_type(claim, other), index)
    # "The commission is making things up": what the party named there said
    by_named = [
        (index, other) for index, other in candidates if claim.words & _speaker_words(other)
    ]
    candidates = by_named or candidates
    named = frozenset(claim.tokens)
    if named & _FIGURE_REFERENCES:
        # "his numbers are out of date", "that figure had been plucked out of thin air"
        with_figures = [(index, other) for index, other in candidates if other.quantities]
        # "the figure of 2,000 was pure invention": the claim that gave 2,000
        values = {quantity.value for quantity in claim.quantities.values()} - {0.0}
        giving = [
            (index, other)
            for index, other in with_figures
            if values & {quantity.value for quantity in other.quantities.values()}
        ]
        candidates = giving or with_figures or candidates
    elif named & (_CHANGE_REFERENCES | _FORECAST_REFERENCES) and _MEASURE_NAMED.match(claim.text):
        # "the decline was an artifact": the nearest claim that reports a change; "that
        # timetable was unrealistic": the nearest that says what will be - contradicted, a view
        # of it, not a denial
        wanted = _reports_a_change if named & _CHANGE_REFERENCES else _foresees
        reporting = [(index, other) for index, other in candidates if wanted(other)]
        if reporting:
            return ("contradicts", reporting[0][0])
        if not named & _TOLD_ORDER:
            return None
        # ("the service's timeline was wrong": an order of events told, not one foreseen -
        # what its owner told, as any account called wrong)
    elif named & _ACCUSATION_REFERENCES:
        # "not a word of truth in the suggestion": the nearest accusation, if there is one
        accusations = [(index, other) for index, other in candidates if other.kind == "accusation"]
        # people accuse; footage and records do not
        by_parties = [pair for pair in candidates if pair[1].source_kind not in _NOT_PARTIES]
        candidates = accusations or by_parties or candidates
    candidates = candidates[:RESPONSE_WINDOW]
    thing = _NO_SUCH.search(claim.text)
    if thing is not None:
        wanted = _LEMMA[thing[1].lower()]
        for index, other in candidates:
            # its tokens, not its content words: "warned" is a reporting verb there
            if wanted in map(_LEMMA.__getitem__, other.tokens):
                return (_denial_type(claim, other), index)
        return None
    # Like a denial, a reply answers an accusation first.
    candidates = [pair for pair in candidates if pair[1].kind == "accusation"] or candidates
    # ("that figure" against "the toll": the word for a count is no shared subject)
    words = claim.words - {"count"} if named & _FIGURE_REFERENCES else claim.words
    sharing = [(index, other) for index, other in candidates if words & other.words]
    if not (sharing or candidates):
        return None
    index, other = (sharing or candidates)[0]
    # Calling figures false denies them, estimates included ("those readings were simply not
    # accurate"); only a reply about a view or forecast contradicts it.
    if any(token in _VIEW_REFERENCES for token in claim.tokens[:4]):
        return ("contradicts", index)
    return ("denies", index)


_MEASURE_NAMED = re.compile(_A_MEASURE, re.IGNORECASE)
_TOLD_ORDER = words("timeline timelines chronology")
_FUTURE_WORDS = words(
    "will would 'll expected expects due set plan plans planned hope hopes hoped aim aims "
    "intend intends intended scheduled on-track"
)


def _reports_a_change(claim: RelationInput) -> bool:
    """It reports a change: a verb of change ("fell", "rose by 4 percent"), a doubling."""
    return (
        not _CHANGE_VERBS.isdisjoint(map(lemma, claim.tokens))
        or not _CHANGE_REFERENCES.isdisjoint(claim.tokens)
        or any(token in ("doubled", "halved", "tripled", "trebled") for token in claim.tokens)
    )


def _foresees(claim: RelationInput) -> bool:
    """It says what will be ("the hospital would open in June", "is expected to")."""
    return not _FUTURE_WORDS.isdisjoint(claim.tokens)


_NO_EVIDENCE_THAT = re.compile(
    r"\bno\s+(?:evidence|proof)\s+(?:to\s+(?:suggest|show|support\s+the\s+claim)\s+)?that\s+"
    r"(?P<clause>[^;]{4,200})",
    re.IGNORECASE,
)
_SAYS_WHAT_IS_FALSE = re.compile(
    r"\b(?:reports?|rumou?rs?|claims?|suggestions?|posts?|allegations?|stories|story|"
    r"speculation)\b[^.;]{0,60}?\bthat\s+(?P<clause>[^;]{4,160}?)\s+(?:is|are|was|were)\s+"
    r"(?:(?:completely|entirely|totally|simply)\s+)?(?:false|untrue|wrong|baseless|unfounded|"
    r"inaccurate|incorrect|fake|not\s+true)\b",
    re.IGNORECASE,
)


def _misused_source(
    claim: RelationInput,
    noun: str,
    earlier: list[tuple[int, RelationInput]],
    denials: dict[int, object],
) -> tuple[str, int] | None:
    """'the memo had been quoted selectively': denies the nearest claim of another party
    that rests on a memo - the word in its sentence ('citing an internal memo')."""
    wanted = re.compile(rf"\b{re.escape(_LEMMA[noun])}", re.IGNORECASE)
    for index, other in earlier[:RESPONSE_WINDOW]:
        if (
            _can_be_target(other)
            and not _same_party(claim, other)
            and other.kind != "denial"
            and index not in denials
            and wanted.search(other.sentence or other.text)
        ):
            return ("denies", index)
    return None


def _owners_claim(owner: re.Match[str], candidates: list[tuple[int, RelationInput]]) -> int | None:
    """The claim of the owner named ("the miners' account", "the union's calculation"): the
    first of the nearest report they gave - for a figure, the one that gives a figure, over
    their leader's words after it."""
    wanted = _LEMMA[owner[1].lower()]
    theirs = [
        (index, other)
        for index, other in candidates
        if wanted in {_LEMMA[word] for word in other.source_words}
    ]
    if owner[0].lower().rsplit(None, 1)[-1] in _FIGURE_CLAIM_NOUNS:
        theirs = [(index, other) for index, other in theirs if other.quantities] or theirs
    for index, other in theirs:
        return _first_of_report(index, other, candidates)
    return None


def _first_of_report(
    index: int, found: RelationInput, candidates: list[tuple[int, RelationInput]]
) -> int:
    """A report told over several claims in a row ('The Sentinel reported that two players
    ...'; 'The newspaper said the players were ...') is denied at its first claim: the
    allegation the later ones elaborate."""
    by_index = dict(candidates)
    first = index
    while first - 1 in by_index and by_index[first - 1].source_key == found.source_key:
        first -= 1
    return first


def _continued_denial(
    claim: RelationInput,
    earlier: list[tuple[int, RelationInput]],
    denials: dict[int, tuple[str, int]],
) -> tuple[str, int] | None:
    """'X denied Y. "I have never cheated," the rider said.': a negated claim by the denier
    (or whoever speaks for it: 'a company spokeswoman' after 'The company denied') right after
    a denial answers the same claim - when it is said in the speaker's own words or shares
    content with that claim."""
    if not claim.negated:
        # "Pike disputed that. He said the club had spent £4.5m on players": what a bare
        # denial just before says instead, in the speaker's next claim (not "... and accused
        # the rebels of using civilians as shields": a counter-accusation, a claim of its own)
        if not earlier or earlier[0][0] not in denials or claim.kind == "accusation":
            return None
        index, other = earlier[0]
        if not _same_party(claim, other):
            return None
        if _only_a_reference(other) and claim.paragraph == other.paragraph:
            return denials[index]
        if claim.is_quote and other.kind == "denial" and claim.paragraph - other.paragraph <= 1:
            # 'Veit denied that any sludge had been dumped. "All material went to the licensed
            # site," she said.': the denier's own words right after the denial, what she says
            # instead - the same denial
            return denials[index]
        return None
    for index, other in earlier[:3]:
        if index not in denials:
            continue
        if claim.paragraph - other.paragraph > 1:
            continue  # (an interview's next answer, a later part of the story)
        if not (_same_party(claim, other) or (claim.source_is_anaphor and claim.first_person)):
            continue
        relation, target = denials[index]
        if claim.is_quote or claim.first_person or claim.words & _target_words(earlier, target):
            return (relation, target)
    return None


_REFERENCE = re.compile(
    r"(?:that|this|it|(?:that|this|the|these|those)\s+(?:\w+\s+)?(?:claims?|account|accounts|"
    r"allegations?|accusations?|reports?|version|suggestion|characteri[sz]ation|story))$",
    re.IGNORECASE,
)


def _only_a_reference(claim: RelationInput) -> bool:
    """A denial whose object only points at what it denies: "disputed that", "rejected the
    claims", "denied those allegations"."""
    return bool(_REFERENCE.match(claim.content_after_cue.strip(" .,;")))


def _contested(
    claim: RelationInput, claims: list[RelationInput], rebuttal: list[tuple[str, int]]
) -> int | None:
    """The claim a rebuttal denied or contradicted, when someone else than the claim said it."""
    for relation_type, original in rebuttal:
        if relation_type in ("denies", "contradicts") and not _same_party(claim, claims[original]):
            return original
    return None


def _same_denial(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> int | None:
    """'there had been no warning' after another party's 'fired without any warning': two
    parties saying the same thing did not happen agree - the nearest such claim."""
    if not claim.negated_scope or _not_known(claim):
        return None
    speaker = _speaker_words(claim)
    for index, other in earlier[:RESPONSE_WINDOW]:
        if speaker & other.words:
            continue  # the party the claim is about answering it ("police gave no warning")
        if (
            other.negated_scope
            and other.source_key
            and other.kind != "denial"
            and not _same_party(claim, other)
            and _deny_alike(claim, other)
        ):
            return index
    return None


def _deny_alike(claim: RelationInput, other: RelationInput) -> bool:
    """The same thing negated on both sides ("no warning" / "without any warning"), or a word
    the two share negated by "no", "not", "nor" ... on one side ("Nobody wrote to tell me I'd
    been moved" / "nor told they had been moved") - not by "without" alone ("left without
    emergency care" / "four new emergency departments")."""
    shared = claim.words & other.words
    if shared & claim.negated_scope & other.negated_scope:
        return True
    # "without" describes ("left without emergency care") more often than it denies
    scopes = [side.negated_scope for side in (claim, other) if not _only_without(side)]
    return any(shared & scope for scope in scopes)


def _only_without(claim: RelationInput) -> bool:
    """The claim's one negation is a bare "without" ("left towns without emergency care"), not
    "without any" ("fired without any warning": that one denies the warning)."""
    if not claim.negated:
        return False
    tokens = claim.tokens
    if "without" not in tokens:
        return False
    for position, token in enumerate(tokens):
        if token == "without":
            if tokens[position + 1 : position + 2] == ["any"]:
                return False
        elif token in _NEGATORS or token.endswith("n't"):
            return False
    return True


# "the union's account was broadly accurate", "consistent with the regulator's findings",
# "agreed with the police": a party confirming what another said
_ENDORSES = re.compile(
    r"\b(?:(?:was|were|is|are)\s+(?:broadly\s+|largely\s+|entirely\s+|fully\s+|essentially\s+|"
    r"generally\s+)?(?:accurate|correct)\b|consistent\s+with|in\s+line\s+with|"
    r"(?:backed|backs|supported|supports|confirmed|confirms|endorsed|endorses)\s+(?:the|what)\b|"
    r"agreed?\s+with|agrees\s+with|(?:bore|bears)\s+out)",
    re.IGNORECASE,
)
_ENDORSEMENT_HINTS = ("accurate", "correct", "consistent", "in line", "back", "support",
                      "confirm", "endorse", "agree", "bore out", "bears out")  # fmt: skip


# "Local fishermen backed the coalition's account", "A former aide confirmed that account":
# the endorsing verb (read over the sentence: it may be the cue, outside the claim), then whose
# account (lexicon.OWNED_CLAIM) or "that account"
_BACKS = re.compile(
    r"\b(?:backed|backs|supported|supports|confirmed|confirms|corroborated|corroborates|"
    r"endorsed|endorses|echoed|echoes)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_THAT_ACCOUNT = re.compile(
    r"(?:that|this|same)\s+(?:account|version|description|story)\b", re.IGNORECASE
)


def _endorsed_account(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> int | None:
    """The claim, among the few before, whose account the claim's sentence says it backs:
    the owner's it names (as a denial of "the miners' account" finds it), or the account
    just given by another."""
    sentence = claim.sentence or claim.text
    if not contains_any(sentence.lower(), _ACCOUNT_BACKED_HINTS):
        return None
    candidates = [
        (index, other)
        for index, other in earlier[:RESPONSE_WINDOW]
        if other.source_key and (not claim.source_key or _different_sources(claim, other))
    ]
    for verb in _BACKS.finditer(sentence):
        owner = OWNED_CLAIM.match(sentence, verb.end())
        if owner is not None:
            return _owners_claim(owner, candidates)
        if _THAT_ACCOUNT.match(sentence, verb.end()) is not None:
            nearest = {index for index, _ in earlier[:2]}
            return next((index for index, _ in candidates if index in nearest), None)
    return None


_ACCOUNT_BACKED_HINTS = (*_ENDORSEMENT_HINTS, "corroborat", "echo")
_THE_OPPOSITE = re.compile(
    r"(?:the\s+)?(?:opposite|reverse|contrary)\s+(?:was|is|had\s+been|has\s+been)\s+"
    r"(?:true|the\s+case|happening)\b"
)


def _endorsement(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> int | None:
    """A party confirming another's claim and naming that party: the nearest claim of the
    party named, among the few before."""
    account = _endorsed_account(claim, earlier)
    if account is not None:
        return account
    if (
        not claim.source_key
        or not contains_any(claim.lowered, _ENDORSEMENT_HINTS)
        or _ENDORSES.search(claim.text) is None
    ):
        return None
    window = earlier[:RESPONSE_WINDOW]
    for position, (index, other) in enumerate(window):
        if (
            other.source_key
            and _different_sources(claim, other)
            and claim.words & _speaker_words(other)
        ):
            if claim.words.isdisjoint(_FINDINGS):
                return index
            # "agreed with the audit office's findings": what the office found, the first of
            # its claims in a row (not the last, "its staff had reviewed 2,000 invoices")
            for earlier_index, before in window[position + 1 :]:
                if before.source_key != other.source_key:
                    break
                index = earlier_index
            return index
    return None


_FINDINGS = frozenset(
    map(_content_lemma, "findings finding conclusions conclusion report study results".split())
)


def _speaker_words(claim: RelationInput) -> frozenset[str]:
    """The lemmas of the claimant's own words ('police', 'ministry'), generic ones left out."""
    if claim.speaker is None:
        claim.speaker = (
            frozenset(_LEMMA[word] for word in claim.source_words - _GENERIC_SOURCE_WORDS)
            - _NOTHING
        )
    return claim.speaker


def _target_words(earlier: list[tuple[int, RelationInput]], target: int) -> frozenset[str]:
    return next((other.words for index, other in earlier if index == target), frozenset())


_NOT_PARTIES = frozenset({"document", "media"})


# How far into a claim its negation may stand and still be the claim's answer: a subject and
# its verb group ("The company's password store was not", "Our members have never").
_RESPONSE_NEGATOR_REACH = 14
# (not "that" or "to": "kept apart from that system", "payments to suppliers")
_CLAUSE_BREAKS = frozenset(
    "who which whom whose because when whenever whether if unless while although though since "
    "with".split()
)


def _response(
    claim: RelationInput, earlier: list[tuple[int, RelationInput]]
) -> tuple[str, int] | None:
    """A negated claim by the party concerned - in the first person ('Our password store was
    not accessed', 'We have no need for a rights issue') or named in the earlier claim - that
    shares content with a claim just before it from someone else."""
    if not claim.negated:
        return None
    # A record or footage is evidence, not a party that answers for itself.
    if claim.source_kind in _NOT_PARTIES and not claim.first_person:
        return None
    # The party: a short claimant's words, a long one's head ("the ministry" in "a spokesman
    # for the ministry"; not "site" in "posts on the message board of the critics' site X")
    named = claim.source_key.split()
    speaker = frozenset(lemma(word) for word in (named if len(named) <= 3 else named[-1:]))
    speaker -= STOPWORDS
    # What the negation is about: the negated words and what comes before them (the subject
    # of the negated predicate: "Our password store ... was not accessed").
    tokens = claim.tokens
    if ". " in claim.text:
        # a quotation of several sentences: the one that negates ("The fire moved so fast. We
        # could not save anything": its subject is "we", not the fire)
        tokens = next(
            (
                words
                for words in (
                    _WORD.findall(sentence.lower())
                    for sentence in _SENTENCE_SPLIT.split(claim.text)
                )
                if any(token in _NEGATORS or token.endswith("n't") for token in words)
            ),
            tokens,
        )
    negator = next(
        (i for i, token in enumerate(tokens) if token in _NEGATORS or token.endswith("n't")),
        len(tokens),
    )
    if negator > _RESPONSE_NEGATOR_REACH or not _CLAUSE_BREAKS.isdisjoint(tokens[:negator]):
        # "We came to show that women can build robots ... we hadn't had enough time", "we
        # must make sure the people who eat most don't get too much": a negation inside a
        # clause of the claim, or deep in a long one, is not what the claim answers with
        return None
    subject_words = frozenset(map(_CONTENT_LEMMA.__getitem__, tokens[:negator]))
    negated_words = claim.negated_scope | frozenset(
        map(_CONTENT_LEMMA.__getitem__, claim.negated_scope)
    )
    best: tuple[int, int, RelationInput] | None = None
    for index, other in earlier[:RESPONSE_WINDOW]:
        if not _can_be_target(other) or _same_party(claim, other) or other.kind == "denial":
            continue
        if not (claim.first_person or speaker & other.words):
            continue
        if other.kind == "accusation" and not speaker & other.words:
            continue  # "We received no warning", a farmer's, answers no accusation of the state
        shared = claim.words & other.words - speaker
        if not shared or (
            negated_words.isdisjoint(other.words)
            and subject_words.isdisjoint(shared)
            and not _the_party_named_answers(claim, other, shared)
        ):
            continue  # what they share is not what the claim negates
        overlap = len(shared)
        if best is None or overlap > best[0]:
            best = (overlap, index, other)
    if best is None:
        return None
    return (_denial_type(claim, best[2]), best[1])


def _the_party_named_answers(
    claim: RelationInput, other: RelationInput, shared: frozenset[str]
) -> bool:
    """'"We have no weapons anywhere near Dara," a rebel spokesman said' after "rebels had
    shelled the village of Dara": the party the other claim names answers in the first person,
    and they share a name (the place, the person) - what is negated need not be its words."""
    if not claim.first_person:
        return False
    party = {_CONTENT_LEMMA[word] for word in claim.source_words} - _GENERIC_SOURCE_WORDS
    return not party.isdisjoint(other.words) and not shared.isdisjoint(_names(claim))


def _blame_refuted(
    claim: RelationInput, earlier: list[tuple[int, RelationInput]]
) -> tuple[str, int] | None:
    """ "there had been no storm warning" after "blamed the sinking on a sudden storm": what
    another party negates is the cause the blame named - the blame is contradicted."""
    if not claim.negated or not claim.negated_scope:
        return None
    for index, other in earlier[:RESPONSE_WINDOW]:
        if other.kind != "accusation" or _same_party(claim, other) or " on " not in other.text:
            continue
        cause = other.text.split(" on ", 1)[1].lower()
        if not claim.negated_scope.isdisjoint(
            _CONTENT_LEMMA[word] for word in _WORD.findall(cause)
        ):
            return ("contradicts", index)
    return None


_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


_INTENT_VERBS = frozenset(
    map(lemma, "plan plans planning planned intend intends intending intended aim want".split())
)


def _clash(
    claim: RelationInput, earlier: list[tuple[int, RelationInput]]
) -> tuple[str, int] | None:
    """Two claims by different parties that cannot both hold: one negates what the other
    asserts ('no passwords had been exposed' / 'the files contained hashed passwords'), or
    they use opposite words about a shared subject ('peaceful' / 'violent'). What the negation
    scopes over must be an argument of the other claim, not an adjunct ('in most of the
    stations'); accusations are denied, not contradicted."""
    if claim.other_occasion:
        return None
    antonyms = None  # the opposites of the claim's concepts: worked out once, when needed
    for index, other in earlier[:CLASH_WINDOW]:
        if (
            other.kind == "accusation"
            and not other.source_key
            and claim.source_key
            and _accused_in_its_sentence(claim, other)
        ):
            # "The council was accused of cutting the budget by half" / the council: "the
            # budget had grown by 4 percent" - the accused answers an unnamed accuser
            if antonyms is None:
                antonyms = _opposites(claim)
            if antonyms & other.words and (claim.words & other.words) - _with_opposites(antonyms):
                return ("denies", index)
            continue
        if other.kind == "accusation" and other.source_key and not _same_party(claim, other):
            # "accused the board of slashing the budget" / the board: "the budget increased"
            # - the accused says the opposite: a denial.
            if antonyms is None:
                antonyms = _opposites(claim)
            if (
                antonyms & other.words
                and _names_speaker(other, claim)
                and (claim.words & other.words) - _with_opposites(antonyms)
            ):
                return ("denies", index)
            continue
        if (
            not other.source_key
            or _same_party(claim, other)
            or other.kind == "denial"
            or other.other_occasion
            # "A derailment injured 14" / "nobody was hurt at the protest": two events
            or _two_events(claim, other)
        ):
            continue
        if claim.negated != other.negated:
            negative, positive = (claim, other) if claim.negated else (other, claim)
            if (
                not _only_without(negative)
                # (when is no argument: "no confidence next week" / "next year")
                and (
                    _argument_match(negative.negated_scope - _WHEN_WORDS, _conduct(positive))
                    or _converse_match(negative, positive)
                )
                # "not planning price increases" / "plans to open restaurants": a verb of
                # intent in common is no clash without what is intended
                and not (
                    negative.negated_scope <= _INTENT_VERBS
                    and not (claim.words & other.words) - _INTENT_VERBS - STOPWORDS
                )
                # a short negation ("I didn't see it") is about something named elsewhere:
                # it needs a word beside the negated one in both ("the worst side I've
                # seen" shares only the verb)
                and (
                    len(negative.tokens) > 5
                    or not _NOMINAL_NEGATORS.isdisjoint(negative.tokens)
                    or (claim.words & other.words) - negative.negated_scope
                )
            ):
                # ("leave towns without emergency care" / "close emergency departments": a
                # description, not the negation of the other's predicate)
                return ("contradicts", index)
        if antonyms is None:
            antonyms = _opposites(claim)
        # (a claim that goes both ways itself - "sales to existing customers grew, sales to
        # new customers declined" - sets neither way against another's: its opposites are
        # its own words)
        if (
            antonyms & other.words
            and claim.negated == other.negated
            and not antonyms & claim.words
            and not _per_unit_apart(claim, other)
        ):
            # (a share is no subject: "55 percent support the strikes" / "31 percent opposed
            # them" are the shares of two answers)
            shared = (claim.words & other.words) - antonyms - _SHARE_LEMMAS
            # about the same thing: the head of one's subject in both ("exports fell" /
            # "exports rose"; not "the outbreak in the valley grew" / "coverage in the valley
            # fell")
            if shared and (_subject_head(claim) in shared or _subject_head(other) in shared):
                return ("contradicts", index)
            if shared and (
                _subject_head(claim) in other.source_words
                or _subject_head(other) in claim.source_words
            ):
                # the union: "members had accepted the offer" / the company: "the union
                # rejected the offer" - one's subject is the other's speaker
                return ("contradicts", index)
            if (
                index == earlier[0][0]
                and claim.tokens[:1] in (["he"], ["she"], ["they"], ["it"])
                and len(claim.words) <= 2
            ):
                # "the man was armed" / his family: "he was unarmed" - a pronoun for the
                # subject of the claim just before, said the opposite of
                return ("contradicts", index)
    return None


_SUBJECT_ENDS = (
    PREPOSITIONS
    | words("of into across among around about against between that which who whose where")
    | words("because than")
    | _AUXILIARY_CHAIN
    | words("will would could can may might should must did do does")
)


def _accused_in_its_sentence(claim: RelationInput, accusation: RelationInput) -> bool:
    """The claim's speaker is who the passive accusation's sentence accuses: "The council was
    accused of ..." and "the council said ..."."""
    accused = accusation.sentence.lower().split(" accused", 1)[0].split(" blamed", 1)[0]
    return not claim.source_words.isdisjoint(lemma(word) for word in accused.split())


def _subject_head(claim: RelationInput) -> str:
    """The lemma of the last content word before the first preposition, relative or verb:
    'coverage' in 'Vaccination coverage for the second dose fell'."""
    head = ""
    tokens = claim.tokens
    if tokens and tokens[0] in PREPOSITIONS:
        # "In the north, unemployment rose": the subject comes after the fronted phrase
        comma = claim.lowered.find(",", 0, 80)
        if comma > 0:
            tokens = _WORD.findall(claim.lowered[comma + 1 :])
    for token in tokens[:8]:
        if token in _SUBJECT_ENDS:
            break
        if token not in STOPWORDS and token[:1].isalpha():
            lemma_of = _CONTENT_LEMMA[token]
            if head and lemma_of in ANTONYM_CONCEPTS:
                break  # "exports fell": the verb
            head = lemma_of
    return head


def _opposites(claim: RelationInput) -> set[str]:
    """The concepts opposite to the claim's ('rise' for a claim that says 'fell'); not of a
    comparison ('lower than in three of the four towns' moves nothing)."""
    words = claim.words
    if " than " in claim.lowered:
        words = words - {
            _CONTENT_LEMMA[token]
            for position, token in enumerate(claim.tokens[:-1])
            if claim.tokens[position + 1] == "than"
        }
    return {
        opposite
        for word in words
        if word in ANTONYM_CONCEPTS and not (word == "plan" and _INTENDS.search(claim.lowered))
        for opposite in ANTONYM_CONCEPTS[word]
    }


# "planned to cut 300 posts": an intention, not a planned (against an emergency) event
_INTENDS = re.compile(r"\bplan(?:s|ned|ning)?\s+to\b")


def _with_opposites(concepts: set[str]) -> set[str]:
    """The concepts and their opposites: what two opposite claims share beyond these is their
    subject ("the budget")."""
    return concepts.union(*(ANTONYM_CONCEPTS.get(concept, ()) for concept in concepts))


# Not "by": the agent of a passive is an argument ("injured by a thrown brick").
_ADJUNCT_MARKERS = words("in at on of from across near for with than as to into under")


def _conduct(claim: RelationInput) -> list[str]:
    """The claim's words as arguments go: for an accusation ("the company of dumping waste
    into the river"), what the accused is said to have done, after its "of" (which would
    read as an adjunct's marker)."""
    tokens = claim.tokens
    if claim.kind == "accusation" and "of" in tokens[:6]:
        return tokens[tokens.index("of") + 1 :]
    return tokens


def _argument_match(scope: frozenset[str], tokens: list[str]) -> bool:
    if not scope:
        return False
    if scope.isdisjoint(map(_LEMMA.__getitem__, tokens)) and not any(
        "-" in token and _in_scope(token, scope) for token in tokens
    ):
        return False  # no word of the claim is in the scope: the common case, decided in C
    for position, token in enumerate(tokens):
        if token in STOPWORDS or not _in_scope(token, scope):
            continue
        if tokens[position + 1 : position + 2] == ["than"]:
            continue  # a comparison ("lower than in three towns"), not the predicate
        before = tokens[max(0, position - 3) : position]
        if not any(word in _ADJUNCT_MARKERS for word in before):
            return True
        marker = next(
            at for at in range(position - 1, position - 4, -1) if tokens[at] in _ADJUNCT_MARKERS
        )
        if marker and tokens[marker - 1] in _COPULAS:
            return True  # "Jensen was at the warehouse": where one was is the predicate
    return False


def _in_scope(token: str, scope: frozenset[str]) -> bool:
    """The word's lemma is in the scope, or a part's of a hyphenated word ('pepper-spray')."""
    return _LEMMA[token] in scope or (
        "-" in token and any(_LEMMA[part] in scope for part in token.split("-"))
    )


def _comparable(claim: RelationInput, other: RelationInput) -> bool:
    return (
        claim.rate == other.rate
        and claim.yearly == other.yearly
        and (claim.cumulative == other.cumulative or claim.same_period or other.same_period)
        and not (claim.since_month and other.one_day)
        and not (other.since_month and claim.one_day)
        and not _two_days(claim, other)
        and not claim.norm
        and not other.norm
        and not claim.other_occasion
        and not other.other_occasion
        and _same_setting(claim, other)
    )


def _comparable_counts(claim: RelationInput, other: RelationInput) -> bool:
    """_comparable - or the two share only a change, which is one over any stretch ("halved
    since 2019" / "fell by 9 percent over the period"). Not two counts of one noun that share
    nothing else: "workers of 27 factories staged protests" / "158 factories have shut down"
    count two sets of factories."""
    if _only_the_counted_noun_shared(claim, other):
        return False
    return _comparable(claim, other) or claim.quantities.keys() & other.quantities.keys() == {
        "change"
    }


def _only_the_counted_noun_shared(claim: RelationInput, other: RelationInput) -> bool:
    shared_keys = {
        key for key in claim.quantities.keys() & other.quantities.keys() if key.startswith("unit:")
    }
    if not shared_keys or len(shared_keys) != len(
        claim.quantities.keys() & other.quantities.keys()
    ):
        return False
    nouns = {key.removeprefix("unit:").rsplit(" ", 1)[-1] for key in shared_keys}
    if not nouns.isdisjoint(_MEASURES) or not nouns.isdisjoint(_TIME_UNIT_LEMMAS):
        return False  # "several hundred tonnes" / "up to 400 tonnes": one spill measured twice
    if not _COUNT_WORDS.isdisjoint(claim.tokens) or not _COUNT_WORDS.isdisjoint(other.tokens):
        return False  # "the figure was closer to 600": the count named before, in other words
    if "only" in claim.tokens or "only" in other.tokens:
        return False  # "only 40 workers had left": a count set against another, as a correction
    if any(
        quantity.bound or quantity.approximate
        for key in shared_keys
        for quantity in (claim.quantities[key], other.quantities[key])
    ):
        return False  # "about 180,000 packs" / "more than 1 million packs": rival estimates
    if not (nouns <= claim.words and nouns <= other.words):
        return False  # "she says it was nine": a figure of what was just counted, unnamed
    return not (claim.words & other.words) - nouns


# Units that measure one thing (a spill, a stretch of coast, a delay), not sets of things counted
_MEASURES = frozenset(
    map(
        lemma,
        "tonne tonnes ton tons kilometre kilometres kilometer kilometers km mile miles metre "
        "metres meter meters foot feet yard yards hectare hectares acre acres litre litres liter "
        "liters gallon gallons barrel barrels kilogram kilograms kg pound pounds ounce ounces "
        "degree degrees megawatt megawatts gigawatt gigawatts".split(),
    )
)


def _two_days(claim: RelationInput, other: RelationInput) -> bool:
    """Counts of two days' events: "died on Monday" / "killed in Tuesday's attack" (not times
    of one night's events, not "since Sunday" / "by Monday", counts of one stretch)."""
    if not (claim.one_day and other.one_day) or "time" in claim.quantities:
        return False
    if "time" in other.quantities:
        return False
    days, other_days = _event_days(claim), _event_days(other)
    return bool(days and other_days and days.isdisjoint(other_days))


def _event_days(claim: RelationInput) -> frozenset[str]:
    """The days an event is set on: "on Monday", "Tuesday's attack"."""
    found = set()
    for position, token in enumerate(claim.tokens):
        if token[:3] not in _WEEKDAY_STEMS:
            continue
        day = token.split("'")[0].split("’")[0]
        if day not in WEEKDAYS:
            continue
        if day != token or (position and claim.tokens[position - 1] == "on"):
            found.add(day)
    return frozenset(found)


_WEEKDAY_STEMS = frozenset(day[:3] for day in WEEKDAYS)


def _same_setting(claim: RelationInput, other: RelationInput) -> bool:
    """Not two counts for two settings: both name the year and the years differ ("in 2022" /
    "in 2023"), or both name the place and the places differ ("arrested in Lyon" / "in
    Marseille")."""
    years, places = _setting(claim)
    other_years, other_places = _setting(other)
    if years and other_years and years.isdisjoint(other_years):
        return False
    if _two_events(claim, other):
        return False  # "Floods killed 18" / "A landslide killed two": two events' counts
    action = _first_kind(claim.tokens, _ACTION_KINDS)
    other_action = _first_kind(other.tokens, _ACTION_KINDS)
    if action and other_action and action != other_action:
        # "fired 40 rockets" / "intercepted 12 rockets fired at a ship": two acts' counts (the
        # first act named is the claim's own)
        return False
    if years and not other_years and " this year" in other.lowered:
        return False  # "A similar strike in 2018 cost ..." / "This year's strike will cost ..."
    if other_years and not years and " this year" in claim.lowered:
        return False
    if "similar" in claim.tokens or "similar" in other.tokens:
        return False  # "a similar attack last month": another occasion
    ordinals, other_ordinals = _ordinals(claim.tokens), _ordinals(other.tokens)
    if ordinals and other_ordinals and ordinals.isdisjoint(other_ordinals):
        return False  # "killed in the first blast" / "in the second explosion"
    periods, other_periods = _periods(claim.text), _periods(other.text)
    if periods and other_periods and periods.isdisjoint(other_periods):
        return False  # "in the second quarter" / "in the first quarter", "in April" / "to May"
    if not places or not other_places:
        return True
    # the same place named otherwise ("in Bauchi" / "in Nigeria's northern Bauchi state")
    return any(place in other.lowered for place in places) or any(
        place in claim.lowered for place in other_places
    )


_ORDINALS = words("first second third fourth fifth")
_NOT_AN_OCCASION = words("time quarter half place round")


def _ordinals(tokens: list[str]) -> frozenset[str]:
    """Which of several occasions a claim is about: "the first blast", "a second wave" (not
    "for the first time", "the first quarter")."""
    if _ORDINALS.isdisjoint(tokens):
        return frozenset()
    return frozenset(
        token
        for position, token in enumerate(tokens[:-1])
        if token in _ORDINALS and tokens[position + 1] not in _NOT_AN_OCCASION
    )


# Kinds of event a count of dead, hurt or homeless is of: two counts of two kinds of event
# are no rivals ("A bus plunged into a ravine, killing 30" / "Floods killed 18"). Kinds that
# one event can be told as (an attack by a bomb, a strike that hit a school) share a kind.
def _kind_table(kinds: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """(kind, its words) pairs as a word -> kind table."""
    return {word: kind for kind, members in kinds for word in members.split()}


def _two_events(claim: RelationInput, other: RelationInput) -> bool:
    """Both name the kind of event they are about, and the kinds differ."""
    events = _kinds_in(claim.tokens, _EVENT_KINDS)
    if not events:
        return False
    other_events = _kinds_in(other.tokens, _EVENT_KINDS)
    return bool(other_events) and events.isdisjoint(other_events)


def _first_kind(tokens: list[str], table: dict[str, str]) -> str | None:
    """The kind of the first of a claim's words in ``table``."""
    return next((table[token] for token in tokens if token in table), None)


def _kinds_in(tokens: list[str], table: dict[str, str]) -> frozenset[str]:
    """The kinds a claim's words name, by ``table``."""
    return frozenset(table[token] for token in tokens if token in table)


_EVENT_KINDS = _kind_table(
    (
        ("quake", "earthquake earthquakes quake quakes tremor tremors aftershock aftershocks"),
        ("flood", "flood floods flooding floodwaters deluge"),
        ("landslide", "landslide landslides mudslide mudslides landslip"),
        ("avalanche", "avalanche avalanches"),
        (
            "storm",
            "storm storms cyclone cyclones hurricane hurricanes typhoon typhoons tornado tornadoes",
        ),
        ("fire", "fire fires blaze blazes wildfire wildfires inferno"),
        (
            "crash",
            "crash crashes collision collisions derailment derailed plunged accident accidents",
        ),
        ("heat", "heatwave heatwaves"),
        ("epidemic", "outbreak epidemic cholera dengue measles"),
        ("gathering", "protest protests rally rallies demonstration demonstrations march"),
    )
)
# What was done with the things counted: "fired 40 rockets" / "intercepted 12 rockets" /
# "captured 200 rockets" are three counts, no rivals
_ACTION_KINDS = _kind_table(
    (
        ("launch", "fired launched launches"),
        ("intercept", "intercepted downed shot destroyed"),
        ("seize", "captured seized confiscated recovered"),
        # people arriving somewhere and people saved from one boat or building: two counts
        ("arrive", "arrived landed reached crossed entered"),
        ("rescue", "rescued saved evacuated"),
    )
)


_PERIOD = re.compile(
    r"\b(?:(?P<month>January|February|March|April|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|(?<=\b(?:in|of|to|by) )May)\b|"
    r"(?P<part>first|second|third|fourth|final|last)\s+(?P<unit>quarter|half)\b|"
    # a stretch from the year's start: "in the first nine months", "the first 10 weeks"
    r"\bfirst\s+(?P<count>\w+)\s+(?P<span>months|weeks)\b)"
)


def _periods(text: str) -> frozenset[str]:
    """The months and quarters a figure is for: 'in April' -> april, 'in the second quarter'
    -> 2 quarter (the final and last quarter are the fourth), 'in the first nine months' ->
    first nine months."""
    if not (
        "quarter" in text or "half" in text or "first " in text or _CAPITAL_MONTH_HINT.search(text)
    ):
        return frozenset()
    found = set()
    for match in _PERIOD.finditer(text):
        if match["month"]:
            found.add(match["month"][:3].lower())
        elif match["span"]:
            found.add(f"first {match['count'].lower()} {match['span']}")
        else:
            part = match["part"].lower()
            part = "fourth" if part in ("final", "last") and match["unit"] == "quarter" else part
            found.add(f"{part} {match['unit']}")
    return frozenset(found)


_CAPITAL_MONTH_HINT = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def _setting(claim: RelationInput) -> tuple[frozenset[str], frozenset[str]]:
    if claim.setting is None:
        claim.setting = (_years(claim), _places(claim))
    return claim.setting


def _years(claim: RelationInput) -> frozenset[str]:
    return frozenset(
        token
        for token in claim.tokens
        if len(token) == 4 and token.isdigit() and "19" <= token[:2] <= "21"
    )


_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]t)\s+"
    # "in neighbouring Balochistan", "in the village of Tamra", "in northern Mali"
    r"(?:the\s+)?(?:(?:neighbou?ring|nearby|northern|southern|eastern|western|central|"
    r"north-eastern|north-western|south-eastern|south-western|rural|coastal)\s+)?"
    r"(?:(?:village|town|city|district|province|region|state|county|port)\s+of\s+)?"
    r"((?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)


def _places(claim: RelationInput) -> frozenset[str]:
    """The places a claim is set in: named in it, or in its sentence outside it ("Authorities
    in Vessel province reported 9 deaths", "In Vessel province, officials said 9 died")."""
    stretch = claim.sentence or claim.text
    if " in " not in stretch and " at " not in stretch and not stretch.startswith(("In ", "At ")):
        return frozenset()
    return frozenset(match[1].lower() for match in _PLACE.finditer(stretch))


def _interval(quantity: Quantity) -> tuple[float, float]:
    value = quantity.value
    if quantity.bound == "upper":
        return (0.0, value)
    if quantity.bound == "range":
        return (value, quantity.high)
    if quantity.bound == "lower":
        return (value, float("inf"))
    tolerance = 0.05 * value if quantity.approximate else 0.0
    return (value - tolerance, value + tolerance)


def _bounded(a: Quantity, b: Quantity) -> bool:
    """An upper bound or a range on either side: compared as intervals."""
    return a.bound in ("upper", "range") or b.bound in ("upper", "range")


def _just_above_the_floor(a: Quantity, b: Quantity, estimate: bool = False) -> bool:
    """One a floor ("more than 3,100"), the other a count at most a tenth above it (with
    ``estimate``, only an approximate one: "about $10.8 billion")."""
    if {a.bound, b.bound} != {"lower", ""}:
        return False
    floor, count = (a, b) if a.bound == "lower" else (b, a)
    if estimate and not count.approximate:
        return False
    return floor.value <= count.value <= 1.1 * floor.value


def _consistent(a: Quantity, b: Quantity) -> bool:
    """'up to 30 times' and '22 to 28 times' can both hold; '£40 million to £60 million' and
    'under £15 million' cannot."""
    if not _bounded(a, b):
        if _just_above_the_floor(a, b):
            return True  # "more than 3,100 injured" / "3,124 injured": the floor, just under
        return _same_number(a, b)
    if a.bound == b.bound == "upper":
        # "less than 50 tonnes" against "up to 400 tonnes": each says how big it can be
        return max(a.value, b.value) <= 1.5 * min(a.value, b.value)
    low_a, high_a = _interval(a)
    low_b, high_b = _interval(b)
    return low_a <= high_b and low_b <= high_a


def _corroborates(a: Quantity, b: Quantity) -> bool:
    """A second source for the same figure: the same number, or a bound or range that fits it
    closely ('22 to 28 times' and 'up to 30 times'; not 'up to 300 killed' and '3 killed')."""
    if not _bounded(a, b):
        if _just_above_the_floor(a, b, estimate=True):
            # "a surplus of more than $10 billion" / "about $10.8 billion": the estimate just
            # above the floor bears it out ("at least 1,400 killed" / "1,411 martyred" is a
            # count of its own, no second source for the floor)
            return True
        return _same_number(a, b)
    if not _consistent(a, b):
        return False
    # the two intervals' upper ends (a bound's value) within a factor of 1.5
    high_a = a.high if a.bound == "range" else a.value
    high_b = b.high if b.bound == "range" else b.value
    return max(high_a, high_b) <= 1.5 * min(high_a, high_b)


def _same_number(a: Quantity, b: Quantity) -> bool:
    tolerance = 0.05 if (a.approximate or b.approximate) else 0.0
    return abs(a.value - b.value) <= tolerance * max(a.value, b.value) + 1e-9 or (
        tolerance and abs(a.value - b.value) <= 2.0 and max(a.value, b.value) <= 100
    )


# Nouns that count anyone: "40 people were killed" and "52 civilians were killed" count alike.
# Who was counted, when it says which side: those who bear arms and those who do not - "15
# militants were killed" and "three civilians were killed" count two groups, not one twice
# ("protesters" / "demonstrators" may well be one).
_ARMED = frozenset(
    map(
        lemma,
        "militants fighters soldiers troops rebels insurgents gunmen attackers policemen "
        "officers combatants jihadists".split(),
    )
)
_UNARMED = frozenset(
    map(
        lemma,
        "civilians children women residents villagers protesters demonstrators passengers "
        "students bystanders".split(),
    )
)
# What befell those counted (dead, injured, missing ...): counts of people by their fate.
# adverbs between a count and its fate: "19 people were now confirmed dead"
_IN_PASSING = frozenset(
    "now also still later since already reportedly officially all both initially".split()
)
_FATES = frozenset(QUANTITY_SYNONYMS.values()) | frozenset(_CONCEPT_COUNTS.values())
# who was counted, by kind: the same kind named in other words is one group
_GROUPS = {
    **dict.fromkeys(map(lemma, "soldiers troops servicemen personnel".split()), "troops"),
    **dict.fromkeys(
        map(lemma, "militants fighters rebels insurgents gunmen jihadists combatants".split()),
        "fighters",
    ),
    **dict.fromkeys(map(lemma, "police policemen officers".split()), "police"),
    **dict.fromkeys(map(lemma, "civilians residents villagers bystanders".split()), "civilians"),
    # a march's people against the police: "Four officers were injured" / "15 demonstrators"
    **dict.fromkeys(
        map(lemma, "protesters demonstrators marchers supporters activists".split()), "protesters"
    ),
    # a side named before its fighters: "90 government troops" / "75 rebel fighters"
    **dict.fromkeys(map(lemma, "government army state".split()), "government side"),
    **dict.fromkeys(map(lemma, "rebel insurgent opposition enemy".split()), "rebel side"),
}
# nouns that name no group ("12 people", "20 bodies", "the dead"): comparable with any
_ANY_GROUP = frozenset(map(lemma, "people persons person bodies victims dead".split()))


def _top_of_whole(whole: Quantity) -> float:
    """The most a whole count can be that a part can be set against: its value when it is a
    floor ("at least 30": a part of 41 is more than it says), else its interval's top."""
    return whole.value if whole.bound == "lower" else _interval(whole)[1]


def _part_exceeds_whole(mine: Quantity, theirs: Quantity, *, mine_is_the_part: bool) -> bool:
    """A part's count against the whole's: they disagree only when the part is the larger."""
    part, whole = (mine, theirs) if mine_is_the_part else (theirs, mine)
    return part.value > _top_of_whole(whole)


def _partial_count(claim: RelationInput) -> bool:
    """A count of what one vantage saw: a video's or a photograph's, one team's, one hospital's
    or morgue's ("showed at least six bodies", "his team had pulled eight bodies out", "it had
    received the bodies of 23 children")."""
    return _PARTIAL_VANTAGE.search(claim.sentence or claim.text) is not None


_PARTIAL_VANTAGE = re.compile(
    r"\b(?:footage|video|videos|images|photographs|photos|(?:his|her|their|one)\s+team|"
    # (not "it had received 25 wounded": a hospital's count of its own, set against the toll
    # in the gold set)
    r"morgue|received\s+the\s+bodies|pulled\s+\w+\s+bodies|"
    r"(?:had\s+)?counted\s+(?:the\s+)?(?:bodies|\d)|"
    # a body's own people among them: "the collapse killed two of its engineers"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+"
    r"(?:its|their|our)\s+(?:own\s+)?[a-z]+)",
    re.IGNORECASE,
)


def _local(claim: RelationInput) -> bool:
    """Is the claim's count set in a part of the country the story's first count is not set
    in ("Officials in Nampula province", "in the city of Van" after "in eastern Turkey")?"""
    if claim.story_places is None or not _SUB_NATIONAL_HINT.search(claim.sentence):
        return False
    return any(
        next(name for name in match.groups() if name).lower() not in claim.story_places
        for match in _SUB_NATIONAL.finditer(claim.sentence)
    )


_SUB_NATIONAL_UNITS = r"province|district|region|county|state|governorate|prefecture"
_SUB_NATIONAL_HINT = re.compile(rf"\b(?:{_SUB_NATIONAL_UNITS}|city|town|village)\b")
# "Nampula province", "the province of Nampula", "the city of Van"
_SUB_NATIONAL = re.compile(
    rf"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s+(?:{_SUB_NATIONAL_UNITS})\b|"
    rf"\b(?:{_SUB_NATIONAL_UNITS}|city|town|village)\s+of\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)


def _a_group(noun: str) -> bool:
    """Does the count name a group among those counted ("soldiers", "police officers",
    "children"), not anyone ("people", "bodies", no noun) or the people of a place
    ("residents", "villagers": everyone there)?"""
    return noun in _ARMED or noun in _PART_GROUPS


_PART_GROUPS = frozenset(map(lemma, "children women students pupils passengers".split()))


def _different_groups(noun: str, other: str) -> bool:
    """Two counted groups named differently: 'militant' / 'civilian', 'government' (troops)
    / 'rebel' (fighters); not when either names no group."""
    if not noun or not other or noun in _ANY_GROUP or other in _ANY_GROUP:
        return False
    if {noun, other} & _ARMED and {noun, other} & _UNARMED:
        return True
    group, other_group = _GROUPS.get(noun), _GROUPS.get(other)
    return group is not None and other_group is not None and group != other_group


def _aftershock(claim: RelationInput) -> bool:
    return any(token.startswith(("aftershock", "tremor", "foreshock")) for token in claim.tokens)


_BEFORE_A_COUNT = frozenset(
    "some about around nearly almost over more than at least to for of the a an up roughly "
    "approximately estimated another further just under fewer less".split()
)


def _count_governor(tokens: list[str]) -> str:
    """The word a count of people hangs from - "aid" in "cut off aid to some 200,000 people",
    "reached" in "reached 300,000 people" - or "" when the count opens its clause ("1.2
    million people faced hunger")."""
    first = next((index for index, token in enumerate(tokens) if token[:1].isdigit()), None)
    if first is None:
        return ""
    position = first - 1
    while position >= 0 and tokens[position] in _BEFORE_A_COUNT:
        position -= 1
    if position < 0 or not tokens[position].isalpha() or tokens[position] in ("that", "said"):
        return ""
    return lemma(tokens[position])


def _one_crowd(claim: RelationInput, other: RelationInput) -> bool:
    """Two counts of people that may count one crowd - not a crowd where it gathers and some
    of the people there by what befell them ("About 8,000 people attended the vigil" /
    "Three people were treated in hospital")."""
    scenes = not _CROWD_SCENES.isdisjoint(claim.tokens), not _CROWD_SCENES.isdisjoint(other.tokens)
    states = (
        not _PEOPLE_STATES.isdisjoint(claim.tokens),
        not _PEOPLE_STATES.isdisjoint(other.tokens),
    )
    return not ((scenes[0] and states[1]) or (scenes[1] and states[0]))


def _projects(claim: RelationInput) -> bool:
    """The claim foresees a change that would bring the figure about: "the closing could push
    the rate above 8 percent", "the plan would lower the deficit to $1 trillion" - a projection,
    no rival of the figure as it stands."""
    tokens = claim.tokens
    for position, token in enumerate(tokens):
        if token not in _PROJECTING_MODALS:
            continue
        verb = position + 1
        if verb < len(tokens) and tokens[verb] in ("also", "further", "eventually", "soon"):
            verb += 1
        # the change with what it changes: "push the rate", "lower its deficit"
        if (
            verb + 1 < len(tokens)
            and tokens[verb] in _PROJECTING_VERBS
            and tokens[verb + 1] in ("the", "its", "their", "this", "that", "it")
        ):
            return True
    return False


_PROJECTING_MODALS = frozenset("could would might may".split())
# (a name of its own: it had shared _CHANGE_VERBS's, and the later table had replaced it)
_PROJECTING_VERBS = frozenset(
    "push bring drive lift lower raise cut add reduce send take boost".split()
)


def _disagree(
    key: str, mine: Quantity, theirs: Quantity, claim: RelationInput, other: RelationInput
) -> bool:
    if _consistent(mine, theirs):
        return False
    if _projects(claim) != _projects(other):
        return False  # what a change could bring the figure to, against the figure now
    if key in _FATES:
        if _different_groups(mine.noun, theirs.noun):
            # "15 militants were killed" / "three civilians were killed", "killed 90 government
            # troops" / "75 rebel fighters": counts of two groups
            return False
        partial, other_partial = _partial_count(claim), _partial_count(other)
        group, other_group = _a_group(mine.noun), _a_group(theirs.noun)
        if partial or other_partial:
            # "Footage showed at least six bodies" / "his team had pulled eight bodies out" /
            # "the strike killed 19": what one camera, team or hospital saw is some of the
            # dead - two such counts are no rivals, and one disagrees with the whole only by
            # being larger
            if (partial and other_partial) or group or other_group:
                return False  # (two parts: a camera's count and a group's, "around 20 fighters")
            return _part_exceeds_whole(mine, theirs, mine_is_the_part=partial)
        local = _local(claim)
        if local != _local(other):
            # "Officials in Nampula province said 25 had died there" / "At least 40 people were
            # killed": the province's dead are some of the story's, more of them only in
            # disagreement
            return _part_exceeds_whole(mine, theirs, mine_is_the_part=local)
        if group != other_group:
            # "three soldiers were killed" / "the death toll at seven": the group's dead are
            # some of all the dead, more of them than of all the dead only in disagreement
            return _part_exceeds_whole(mine, theirs, mine_is_the_part=group)
    if claim.scope != other.scope:
        # "his province alone had recorded 52 deaths" against a national 37: a part larger
        # than the whole. A nationwide count against a local one is no disagreement.
        if "wide" in (claim.scope, other.scope):
            # (but a later count set nowhere in particular answers an earlier one for the whole
            # country: "Police counted 45,000 protesters nationwide" / "the union claimed
            # 200,000 had taken part"; not the other way round - a national count after a
            # local story's figures widens it)
            if other.scope != "wide" or claim.scope or _places(claim) or key != "crowd":
                return False
            return _disagree(key, mine, theirs, replace(claim, scope=""), replace(other, scope=""))
        part, whole = (mine, theirs) if claim.scope == "part" else (theirs, mine)
        return part.value > whole.value
    if mine.bound == "lower" and theirs.bound == "lower":
        # "at least 18" and "more than 14,000" can both hold - but two floors for one toll from
        # two sources, one well above the other and of the same order ("killed at least 43,
        # the ministry said" / "a monitor put the toll at more than 60"), are rival counts
        low, high = sorted((mine.value, theirs.value))
        return (
            key in _FATES
            and low > 0
            and 1.25 <= high / low <= 4
            and claim.source_key != other.source_key
            and bool(claim.source_key)
            and bool(other.source_key)
        )
    if key == "magnitude" and _aftershock(claim) != _aftershock(other):
        return False  # "the quake had a magnitude of 6.4" / "aftershocks, the strongest 4.9"
    if key == "crowd" and not _one_crowd(claim, other):
        return False  # "5,000 people attended the funeral" / "Two people were in intensive care"
    if (
        key == "crowd"
        and _CROWD_SCENES.isdisjoint(claim.tokens)
        and _CROWD_SCENES.isdisjoint(other.tokens)
        and _COUNT_WORDS.isdisjoint(claim.tokens)
        and _COUNT_WORDS.isdisjoint(other.tokens)
        and "" != _count_governor(claim.tokens) != _count_governor(other.tokens) != ""
    ):
        # People counted for two different things, neither a crowd: "cut off aid to 200,000
        # people" / "suspend distributions for 30,000 people", "reached 300,000 people" /
        # "1.2 million people faced hunger" - no rival counts
        return False
    if key.startswith("money:"):
        # Sums: only about the same thing - more than the money itself in common ("recovered
        # £180,000 of the missing money" is no other figure for "diverted £2.3 million").
        # (the currency and the period are no common subject: "would save 2 billion kronor a
        # year" / "profit was 1.8 billion kronor, against 2.6 billion a year earlier")
        shared = (claim.words & other.words) - _MONEY_WORDS - _CURRENCY_WORDS - _WHEN_WORDS
        measures = _kinds_in(claim.tokens, _MONEY_KINDS)
        others = _kinds_in(other.tokens, _MONEY_KINDS)
        if measures and others and measures.isdisjoint(others):
            return False  # "$2.2 billion in revenue" / "a deal that could value it at $4 billion"
        costed, other_costed = _what_costs(claim.tokens), _what_costs(other.tokens)
        if costed and other_costed and costed.isdisjoint(other_costed):
            return False  # "the bridge repairs would cost £12m" / "the new school would cost"
        # (one word is enough when it names what the money measures: "the true cost was
        # over half a billion pounds" / "the hospital would cost £410 million")
        # (nor is a word besides the money when both sums are of one kind: "restructuring
        # charges of about €250 million" / "the restructuring would cost €350 million")
        return (
            len(shared) >= 2
            or not shared.isdisjoint(_MONEY_MEASURES)
            or bool(shared and measures & others)
        )
    if key == "time":
        # When an alert came: only about the same kind of alert ("the first alert came at 9:35"
        # / "raised the alarm at 4:10"; not "called police at 10 pm" / "alerted the ward").
        return bool(_alert_kinds(claim) & _alert_kinds(other))
    if key in ("percent", "change") or key.startswith("unit:"):
        # Percentages and units of anything: only about the same thing - or a count named as
        # "the figure" that took its unit from the count before it.
        # (a direction in both is no common subject: "unemployment rose to 5.1%" / "the
        # budget had risen by 5%")
        return (
            bool((claim.words & other.words) - _PERCENT_AND_DIRECTIONS - _WHEN_WORDS)
            or (_both_struck(claim, other))
            or (
                len(claim.quantities) == 1
                and (
                    not _COUNT_WORDS.isdisjoint(claim.tokens)
                    or _puts_it_at(claim.tokens)
                    or _figure_of_what_came_before(claim.tokens)
                )
            )
        )
    return True


def _what_costs(tokens: list[str]) -> frozenset[str]:
    """The content words of what a sum is the cost of, as the subject of "cost" the verb
    ("the bridge repairs would cost £12 million": bridge, repair), a word that only rates the
    figure left out ("the true cost", "the final bill")."""
    for index, token in enumerate(tokens[1:], 1):
        if token in ("cost", "costs") and tokens[index - 1] in _COST_AUXILIARIES:
            start = index - 1
            while start > 0 and tokens[start - 1] in _COST_AUXILIARIES:
                start -= 1
            return frozenset(
                _CONTENT_LEMMA[word]
                for word in tokens[max(0, start - 4) : start]
                if word not in STOPWORDS and word not in _RATING_WORDS and word.isalpha()
            )
    return frozenset()


_COST_AUXILIARIES = words("would will could might may should to did does had has have ultimately")
_RATING_WORDS = words("true real actual final total overall eventual likely full")


# the money itself, in any currency: no common subject of two sums
_CURRENCY_WORDS = frozenset(map(_content_lemma, _CURRENCY_SIGNS))
# What a sum measures, by kind: two sums of two kinds are no rival figures
_MONEY_KINDS = _kind_table(
    (
        ("takings", "revenue revenues sales turnover takings"),
        ("profit", "profit profits earnings income loss losses"),
        ("worth", "value valued valuing valuation worth"),
        ("cost", "cost costs spending budget bill charge charges writedown writedowns"),
        ("penalty", "fine fines fined penalty penalties damages"),
        ("pay", "salary salaries pay wage wages bonus bonuses"),
        ("debt", "debt debts deficit borrowing"),
    )
)


_MONEY_MEASURES = frozenset(
    map(
        _content_lemma,
        "cost costs budget price fine fines bill damage damages compensation revenue revenues "
        "profit profits loss losses deficit debt salary bonus ransom bail".split(),
    )
)
_PERCENT_AND_DIRECTIONS = frozenset({"percent", "per", "cent", "rise", "fall", "cut"})
# When something happens is no common subject ("32% next year" / "3% of staff by next year")
_WHEN_WORDS = frozenset(
    map(lemma, "year years next last month months week weeks day days end today".split())
)


def _contradictions(
    claim: RelationInput, earlier: list[tuple[int, RelationInput]], near: int = 0
) -> list[int]:
    """Earlier claims by other sources that give a different number for the same thing.
    Beyond the usual window (index < near) only the specific counts (dead, injured, displaced,
    jobs ...) are compared, not percentages or units of anything."""
    if not claim.quantities or claim.judges_figure:
        return []
    found = []
    a_part = _partitive(claim)
    for index, other in earlier:
        if other.judges_figure:
            continue  # "The figure of 22 is simply wrong": a verdict on a count, not a count
        if index < near and not any(
            key in other.quantities
            and key not in ("percent", "time")
            and not key.startswith(("unit:", "money:"))
            for key in claim.quantities
        ):
            continue
        if not other.quantities or not other.source_key or not _different_sources(claim, other):
            continue
        if _speaks_for(claim, other) or (
            _same_party(claim, other)
            # ("Police said 4,000 attended the vigil. Its organisers said": whose "its" is a
            # guess, no reason to silence a rival count)
            and not any(
                " its " in key or " their " in key for key in (claim.source_key, other.source_key)
            )
        ):
            # "army spokesman X" giving "the Malian army"'s figures, "fire service chief Dan
            # Hale" the fire service's: one voice
            continue
        if not _comparable_counts(claim, other):
            continue
        if a_part != _partitive(other):
            continue  # "Four of the six had been discharged" / "Nine were taken to hospital"
        for key, mine in claim.quantities.items():
            theirs = other.quantities.get(key)
            if (
                key in ("percent", "change")
                and theirs is not None
                and (_shares_of_different_wholes(claim, other) or not _same_measure(claim, other))
            ):
                continue
            if theirs is not None and _revised_upwards(claim, mine, other, theirs):
                continue  # "had died: 8" / "the toll had climbed to 19": the count since
            if theirs is not None and _disagree(key, mine, theirs, claim, other):
                found.append(index)
                break
    if not found and _is_bare_figure(claim):
        sum_before = _nearest_sum(claim, [pair for pair in earlier if pair[0] >= near])
        if sum_before is not None:
            found.append(sum_before)
    return found


# A part of a set counted before, opening the claim: "four of the six", "most of those"
_PART_OF_A_SET = re.compile(
    r"(?:(?:but|and|only|just)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|some|most|half|many|several|all|none|both)\s+of\s+(?:them|those|these|"
    # ("9,000 of its members": a body's members, no set counted before)
    r"(?:the|those|these)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve)\b)"
)


def _partitive(claim: RelationInput) -> bool:
    """The claim counts a part of a set, named first ("four of the six had since been
    discharged"): a subset, which no count of the whole set contradicts ("25 wounded, six of
    them critical" counts the whole too)."""
    return " of " in claim.lowered and _PART_OF_A_SET.match(claim.lowered) is not None


# Words of a change and its time, which two percentages of different things share: "Shirt
# sales rose 15% last year" / "the number of buses rose 30%" measure nothing in common
_CHANGE_WORDS = frozenset(
    map(
        lemma,
        "rise rose risen fall fell fallen increase increased decrease decreased drop dropped grow "
        "grew grown climb climbed jump jumped go went gone up down cut year month week quarter "
        "last past percent per cent count number total share rate "
        # ("its own count gave him 41 percent": whose count, and what it gives)
        "own give gave gives given".split(),
    )
)


def _same_measure(claim: RelationInput, other: RelationInput) -> bool:
    """Two claims giving a percentage name the same thing measured: a content word in common
    besides the change and its time (or one names nothing, "had it at 38%": what came before)."""
    mine, theirs = claim.words - _CHANGE_WORDS, other.words - _CHANGE_WORDS
    if _modified_apart(_changed_subject(claim), _changed_subject(other)):
        return False  # "Rice prices rose 0.7 per cent" / "Prices of pork rose 3 per cent"
    if _per_unit_apart(claim, other):
        return False  # "total costs rose 5%" / "costs per loaf fell 2%": a whole and a unit's
    return not mine or not theirs or not mine.isdisjoint(theirs) or _both_struck(claim, other)


# What one unit of something measures: "costs per loaf", "sales per store" (not "per cent",
# "per year": a share, a rate over time)
_PER_UNIT = re.compile(r"\bper\s+(?!cent\b|annum\b|year\b|month\b|week\b|day\b|hour\b)[a-z]")


def _converse_match(negative: RelationInput, positive: RelationInput) -> bool:
    """ "Residents said they had never received any notice" / "the council said it had served
    three notices": the one side's act negated by its converse on the other's (sent, served,
    issued, paid / received, got), about the same thing (a word besides the verbs in both)."""
    converses = {
        converse for word in negative.negated_scope for converse in _CONVERSES.get(word, ())
    }
    tokens = positive.tokens
    if not converses or not any(
        # (the verb's past forms only, not an idiom's: "issue" the noun, "gave way")
        token in converses and tokens[position + 1 : position + 2] not in (["way"], ["up"])
        for position, token in enumerate(tokens)
    ):
        return False
    return bool(
        (negative.words & positive.words)
        - negative.negated_scope
        - {lemma(word) for word in converses}
        - _BODY_WORDS
        - _WHEN_WORDS
    )


_GIVING = frozenset("sent served issued gave given paid delivered".split())
_GETTING = frozenset("received got gotten".split())
_CONVERSES = {
    **{lemma(word): _GETTING for word in _GIVING | {"send", "serve", "issue", "give", "pay"}},
    **{lemma(word): _GIVING for word in _GETTING | {"receive", "get"}},
}


def _per_unit_apart(claim: RelationInput, other: RelationInput) -> bool:
    """One measures a whole, the other what one unit of it comes to ("total costs rose 5%" /
    "costs per loaf fell 2%")."""
    return (" per " in claim.lowered or " per " in other.lowered) and (
        _PER_UNIT.search(claim.lowered) is None
    ) != (_PER_UNIT.search(other.lowered) is None)


# The verbs of a change that end what changed ("Rice prices rose ...")
# (lemmas: "rose", "increased", "climbed" are "rise" by the news table, as "slipped" is "slip")
_CHANGE_VERBS = frozenset(
    map(lemma, "rise fall increase decrease drop grow climb jump slip edge".split())
)


def _changed_subject(claim: RelationInput) -> frozenset[str]:
    """The content words of what changed, before the claim's first verb of change: 'rice',
    'price' in "Rice prices rose 0.7 per cent"; 'price', 'pork' in "Prices of pork rose"."""
    tokens = claim.tokens
    for position, token in enumerate(tokens[:10]):
        if lemma(token) in _CHANGE_VERBS:
            words = {_CONTENT_LEMMA[word] for word in tokens[max(0, position - 6) : position]}
            return frozenset(words) - _NOTHING - _CHANGE_WORDS
    return frozenset()


def _modified_apart(subject: frozenset[str], other: frozenset[str]) -> bool:
    """The same measured thing qualified two ways: a word in common, and each with a word of
    its own ("rice prices" / "pork prices", "retail sales" / "online sales")."""
    return bool(subject & other) and bool(subject - other) and bool(other - subject)


def _both_struck(claim: RelationInput, other: RelationInput) -> bool:
    """Both claims count those who struck, in whatever words ("20% of civil servants were on
    strike" / "60% had walked out")."""
    return claim.struck and other.struck


def _wholes_of_shares(claim: RelationInput) -> frozenset[str]:
    """The content words of what the claim's shares are shares of: 'damage', 'soybean' in '46
    percent of previously heat-attributed damage to soybean crops', 'trip' and 'driver' in 'a
    third of trips were cancelled and 40 per cent of drivers ...'; empty without 'of'."""
    tokens = claim.tokens
    found: set[str] = set()
    for position in _shares_of(tokens):
        found.update(_CONTENT_LEMMA[word] for word in tokens[position + 2 : position + 6])
    return frozenset(found) - _NOTHING


def _shares_of(tokens: list[str]) -> list[int]:
    """Where a share of something is given: '46 percent of', '40 per cent of', 'a third of'."""
    return [
        position
        for position, token in enumerate(tokens[:-1])
        if tokens[position + 1] == "of"
        and (token.endswith("%") or token in _SHARE_WORDS or (token == "cent" and position))
    ]


_SHARE_WORDS = frozenset("percent half third thirds quarter quarters fifth fifths".split())
_SHARE_LEMMAS = frozenset(_CONTENT_LEMMA[word] for word in _SHARE_WORDS | {"majority"}) - {""}


def _changed_by_a_share(claim: RelationInput) -> bool:
    """'reduced the risk by 12 percent', 'fell 15 percent', 'rose by a third': a change."""
    return any(token in _BY_OR_CHANGE for token in claim.tokens) and any(
        token.endswith("%") or token in ("percent", "cent") for token in claim.tokens
    )


_BY_OR_CHANGE = words(
    "by rose fell risen fallen increased decreased reduced cut raised lowered dropped climbed"
)


def _struck(quantities: dict[str, Quantity], struck: bool) -> dict[str, Quantity]:
    """'9,000 of its members had walked out' / 'only 3,500 teachers had been absent from
    work': one count, of those who struck, whatever noun counts them - the claim's one count
    of people, when it says they struck."""
    if len(quantities) != 1 or not struck:
        return quantities
    ((key, quantity),) = quantities.items()
    if key in ("percent", "time") or key.startswith("money:"):
        return quantities
    return {"strikers": quantity}


_STRIKE_HINTS = (
    "strike",
    "walked out",
    "stopped work",
    "absent",
    "stayed away",
    "stayed home",
)
_STRIKE = re.compile(
    # (not "struck": shells struck a market)
    r"\b(?:(?:joined|went\s+on|were\s+on|was\s+on|are\s+on|took\s+part\s+in)\s+(?:the\s+|a\s+)?strike|"
    r"walked\s+out|stopped\s+work|(?:been\s+|were\s+)?absent\s+from\s+work|"
    # "only 1,200 employees had stayed home", "800 staff were absent"
    r"stayed\s+(?:away|home)|(?:were|was|had\s+been)\s+absent)\b"
)


def _revised_upwards(
    claim: RelationInput, mine: Quantity, other: RelationInput, theirs: Quantity
) -> bool:
    """The later claim gives the count as it has since risen ("the number of deaths had
    climbed to 19" after "eight people had died"; "seven more had died, bringing the total to
    26": the rise and the total), or the earlier one did and the later is what it rose
    from: a count over time, no dispute."""
    # (a count that has risen to less than another source gave is still below it: a rival;
    # but "seven more had died, bringing the total to 26" counts the rise, not the total)
    return (
        claim.risen
        and (mine.value >= theirs.value or "bringing" in claim.lowered or " more " in claim.lowered)
    ) or (other.risen and theirs.value > mine.value)


_RISEN_HINTS = ("risen", "rose", "climb", "reach", "increased", "jumped", "bringing", "now ")
_RISEN_HINTS += (" more ", "additional", "further")
_RISEN_TO = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+|since\s+)?(?:risen|climbed|reached|increased|jumped|grown)|"
    r"(?:rose|climbed|jumped|increased)\s+(?:again\s+|further\s+)?to|"
    r"bringing\s+(?:the|its|their)\s+(?:total|toll|number|tally|count)\s+to|"
    r"now\s+(?:stands|stood)\s+at|"
    # "Rescuers recovered nine more bodies": a rise, counted by itself
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
    r"scores|hundreds)\s+(?:more|additional|further)\s+[a-z]+)\b"
)


def _shares_of_different_wholes(claim: RelationInput, other: RelationInput) -> bool:
    """'46 percent of the damage to crops' / '10% of 2000 levels': shares of two things, no
    two counts of one; '55 percent of scheduled trains' / '40 percent of scheduled staff':
    two wholes named by different nouns, however many words they share."""
    mine, theirs = _wholes_of_shares(claim), _wholes_of_shares(other)
    if mine and theirs and mine.isdisjoint(theirs):
        return True
    if bool(_shares_of(claim.tokens)) != bool(_shares_of(other.tokens)) and (
        _changed_by_a_share(claim) or _changed_by_a_share(other)
    ):
        # "30 percent of adults drank four cups" / "reduced the risk by 12 percent": a share of
        # people against a change of something, two measures
        return True
    mine_heads, theirs_heads = _whole_heads(claim), _whole_heads(other)
    return bool(mine_heads and theirs_heads and mine_heads.isdisjoint(theirs_heads))


def _whole_heads(claim: RelationInput) -> frozenset[str]:
    """The head noun of each whole the claim's shares are of: 'train' in '55 percent of
    scheduled trains had been cancelled' (the last word before a verb or a preposition)."""
    tokens = claim.tokens
    found: set[str] = set()
    for position in _shares_of(tokens):
        head = ""
        for word in tokens[position + 2 : position + 7]:
            if (
                word in _WHOLE_ENDS
                or word[:1].isdigit()
                or (head and lexicon().best(word) in _VERB_TAGS)
            ):
                break  # ("of scheduled morning trips running": the verb after the noun)
            if word not in STOPWORDS:
                head = word
        if head:
            found.add(_LEMMA[head])
    return frozenset(found)


_VERB_TAGS = frozenset({"VBG", "VBD", "VBN", "VBZ", "VBP"})
_WHOLE_ENDS = (
    PREPOSITIONS
    | _AUXILIARY_CHAIN
    | words("that which who will would could can may might should must did do does had has")
)


def _nearest_sum(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> int | None:
    """'A second firm put the total at about £350,000': a bare sum answers the nearest sum in
    the same currency from someone else - the index of that claim when the sums differ."""
    for key, mine in claim.quantities.items():
        if not key.startswith("money:"):
            continue
        for index, other in earlier:
            theirs = other.quantities.get(key)
            if theirs is None or not other.source_key or not _different_sources(claim, other):
                continue
            if _comparable(claim, other) and not _consistent(mine, theirs):
                return index
            return None
    return None


def _is_bare_figure(claim: RelationInput) -> bool:
    """'the total at about £350,000', 'the figure at closer to $19 billion': a figure and
    little else (for sums, see _nearest_sum)."""
    if len(claim.tokens) <= 6:
        return True
    named = [
        token
        for token in claim.tokens
        if token not in STOPWORDS
        and token not in _APPROXIMATE
        and token not in _COUNT_WORDS
        and token not in _MULTIPLIERS
        and token not in _FIGURE_OF_MEASURE
        # ("the true figure was closer to 19 million pounds")
        and token not in _RATING_WORDS
        and token not in _CURRENCY_SIGNS
        and not token[0].isdigit()
        and token[0] not in "$£€"
    ]
    return len(named) <= 1


def _same_count(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> int | None:
    """The nearest claim by someone else giving the same number for the same counted thing
    (dead, injured, displaced ...; not percentages or units of anything)."""
    for index, other in earlier:
        if not other.source_key or other.source_key == claim.source_key or other.kind == "denial":
            continue
        if not _comparable_counts(claim, other):
            continue
        for key, mine in claim.quantities.items():
            theirs = other.quantities.get(key)
            if (
                theirs is not None
                and key != "percent"
                and not key.startswith(("unit:", "money:"))
                and _corroborates(mine, theirs)
                # "14 deaths" with "at least 14 people had died" too
                and (
                    mine.bound == theirs.bound
                    or _bounded(mine, theirs)
                    or mine.value == theirs.value
                )
            ):
                return index
    return None


_FIRST_HINTS = ("first", "earliest", "initial")
_CLOCK = re.compile(r"\b([012]?\d)(?:[:.]([0-5]\d))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)


def _clock(text: str) -> int | None:
    """Minutes after midnight of the claim's first clock time ('6.15 am', '10.42pm')."""
    match = _CLOCK.search(text)
    if match is None:
        return None
    hours = int(match[1]) % 12 + (12 if match[3].lower() == "p" else 0)
    return hours * 60 + int(match[2] or 0)


def _first_time(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> int | None:
    """'its first alert had come in at 6.15 am' after 'the hotline had passed the coordinates
    at 3.52 am': someone else's time for when it first happened."""
    mine = _clock(claim.text)
    if mine is None or not re.search(r"\b(?:first|earliest|initial)\b", claim.lowered):
        return None
    for index, other in earlier[:RESPONSE_WINDOW]:
        if not other.source_key or not _different_sources(claim, other):
            continue
        theirs = _clock(other.text)
        if (
            theirs is not None
            and theirs != mine
            # about the same thing: a word in common, or both an alert, a call or a warning
            and (
                (claim.words & other.words) - _TIME_LEMMAS
                or (_alert_kinds(claim) and _alert_kinds(other))
            )
        ):
            return index
    return None


_TIME_LEMMAS = frozenset({"first", "earliest", "initial", "am", "pm"})

# A verdict on the claim before: "That is false:", "That claim is not correct", "This figure is
# roughly accurate", "In fact, that is untrue"
_VERDICT = re.compile(
    r"(?:in\s+fact,?\s+)?(?:(?:that|this)(?:\s+(?:claim|figure|number|statement|assertion|estimate|"
    r"account))?\s+(?:is|was)|(?:that|this)['’]s|"
    # a fact-checker's rating: "We rate this claim False", "We rated the statement Mostly False"
    r"we\s+rate[ds]?\s+(?:this|that|the)(?:\s+(?:claim|statement|post|figure))?(?:\s+as)?)"
    r"\s+(?:(?:simply|also|roughly|broadly|largely|mostly|partly|"
    r"completely|entirely|not\s+quite)\s+)?(?P<verdict>false|untrue|incorrect|wrong|misleading|"
    r"inaccurate|not\s+true|not\s+correct|not\s+accurate|not\s+the\s+case|true|accurate|"
    r"correct|right)\b",
    re.IGNORECASE,
)
_TRUE_VERDICTS = frozenset({"true", "accurate", "correct", "right"})
_VERDICT_COLON = re.compile(_VERDICT.pattern + r"\s*[:;—–]", re.IGNORECASE)

# A date something is due by: "will open in 2032", "expected in 2027", "slipped to 2028",
# "would not open until 2034", "on track for 2030"
_FUTURE_DATE = re.compile(
    r"\b(?:will|would|expected|due|scheduled|set\s+to|on\s+track|slip(?:s|ped)?|delayed|"
    r"pushed\s+back|until|not\s+before)\b[^.;]{0,60}?\b(20[2-9]\d)\b"
)
_DATE_WORDS = frozenset(
    {"will", "would", "expect", "due", "schedul", "set", "track", "slip", "delay", "push",
     "back", "until", "before", "open", "complete", "finish"}
)  # fmt: skip


def _other_date(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> int | None:
    """'the first launch is expected in 2027' against 'the date has slipped to 2028': someone
    else's year for when the same thing is due (a word of the subject in common)."""
    mine = {match[1] for match in _FUTURE_DATE.finditer(claim.lowered)}
    for index, other in earlier[:RESPONSE_WINDOW]:
        if not other.source_key or not _different_sources(claim, other):
            continue
        theirs = {match[1] for match in _FUTURE_DATE.finditer(other.lowered)}
        if not theirs or not mine.isdisjoint(theirs):
            continue
        shared = (claim.words & other.words) - _DATE_WORDS - mine - theirs
        if shared and (_subject_head(claim) in shared or _subject_head(other) in shared):
            return index
    return None


# "trimmed to six, not five": the claim corrects a figure someone else gave.
_NOT_FIGURE = re.compile(
    r",?\s+not\s+(?P<wrong>[$£€]?\d[\d,.]*|"
    + "|".join(sorted(NUMBER_WORD_VALUES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def _correction(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> int | None:
    match = _NOT_FIGURE.search(claim.text)
    if match is None:
        return None
    wrong = match["wrong"].lower()
    wanted = re.compile(rf"(?<![\w.,]){re.escape(wrong)}(?![\w]|[.,]\d)", re.IGNORECASE)
    for index, other in earlier:
        if (
            other.source_key
            and _different_sources(claim, other)
            and wanted.search(other.text)
            and claim.words & other.words  # the same thing: "night shift" in both
        ):
            return index
    return None


_COUNTED_OF = re.compile(
    r"\b(?:number|numbers|total|count|tally|toll|figure)\s+(?:of|on)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+){0,2}?([a-z]+s)\b"
)
_COMPARATIVES = words(
    "higher larger greater bigger lower smaller fewer understated overstated underestimated "
    "overestimated exaggerated inflated"
)


def _disputed_count(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> int | None:
    """'the real number was probably higher', 'the toll is likely to be lower' after a count
    by someone else: the count is disputed, without a figure of its own."""
    if (
        not set(claim.quantities) <= {_BARE, "percent"}
        or _COUNT_WORDS.isdisjoint(claim.tokens)
        or _COMPARATIVES.isdisjoint(claim.tokens)
    ):
        return None
    counts = [
        (index, other)
        for index, other in earlier
        if other.source_key
        and other.source_key != claim.source_key
        and any(
            not key.startswith("money:") and key not in ("percent", _BARE)
            for key in other.quantities
        )
    ]
    # "the number of nurses was lower": only a count of nurses
    counted = _COUNTED_OF.search(claim.lowered)
    if counted is not None:
        noun = _CONTENT_LEMMA[counted[1]]
        counts = [
            (index, other)
            for index, other in counts
            if noun in other.words or any(key.endswith(noun) for key in other.quantities)
        ]
    # "more than 3,200 have been killed, though aid agencies believe the real figure is far
    # higher": the count of its own sentence
    for index, other in counts:
        if claim.sentence and other.sentence == claim.sentence:
            return index
    # "the toll was considerably higher": the count of the same thing (a toll) first
    about = claim.words - _COMPARATIVES
    for index, other in counts:
        if not about.isdisjoint(other.words):
            return index
    # else the nearest count, close by
    nearest = earlier[RESPONSE_WINDOW - 1][0] if len(earlier) >= RESPONSE_WINDOW else -1
    return counts[0][0] if counts and counts[0][0] >= nearest else None


# A figure given for "the number" another source put first: "the number was closer to 1,500",
# "the true number was nearer 9 million", "the rate at 11 percent"
_THE_NUMBER = re.compile(
    r"(?:the|its|their|that)\s+(?:(?:true|real|actual|correct|final|official)\s+)?"
    r"(?:" + "|".join(sorted(_COUNT_WORDS | {"rate"})) + r")\b"
)


def _rival_for_the_number(
    claim: RelationInput, earlier: list[tuple[int, RelationInput]]
) -> int | None:
    """The nearest figure of another source for what "the number" (the rate) stands for, when
    this one gives another: the count it disputes."""
    given = claim.quantities.get("percent") or claim.quantities.get(_BARE)
    if given is None or len(claim.quantities) != 1:
        return None
    share = "percent" in claim.quantities
    counted = _COUNTED_OF.search(claim.lowered)
    for index, other in earlier[:RESPONSE_WINDOW]:
        if other.source_key == claim.source_key:
            continue
        if counted is not None and _CONTENT_LEMMA[counted[1]] not in other.words:
            continue
        figures = [
            quantity
            for key, quantity in other.quantities.items()
            if (key == "percent") == share and key != _BARE and not key.startswith("money:")
        ]
        if not figures:
            continue
        return index if not any(_consistent(given, figure) for figure in figures) else None
    return None


_DEFENCE = re.compile(
    r"\b(?:stood|stand|stands|standing)\s+by\b|\baccurate(?:ly)?\b|\bin\s+good\s+faith\b|"
    r"\btransparent\b|\bnothing\s+wrong\b|\bno\s+wrongdoing\b|"
    r"\bacted\s+(?:properly|lawfully|legally|within\s+the\s+law)\b|"
    r"\bproperly\b|\blawful(?:ly)?\b|\bfully\s+complied\b|\bcorrect(?:ly)?\b|"
    r"\blegitimate(?:ly)?\b|\bpermits?\b|\bpermitted\b|\bin\s+line\s+with\b",
    re.IGNORECASE,
)
_DEFENCE_HINTS = (
    "stood",
    "stand",
    "accura",
    "faith",
    "transparent",
    "wrong",
    "proper",
    "lawful",
    "complied",
    "correct",
    "legitimate",
    "permit",
    "in line with",
)


def _accused(accusation: RelationInput) -> frozenset[str]:
    """The names an accusation accuses ('Miriam Ashdown of fiddling the figures')."""
    head, of, _ = accusation.text.partition(" of ")
    if not of:
        head, of, _ = accusation.text.partition(" for ")
    if not of or len(head.split()) > 5:
        return frozenset()
    # names, and the body accused ("the police of brutality")
    return frozenset(word.lower() for word in _WORD.findall(head)) - STOPWORDS


def _defence(
    claim: RelationInput, earlier: list[tuple[int, RelationInput]], position: int = -1
) -> int | None:
    """'X accused Ashdown of fiddling the figures' ... Ashdown: 'she stood by every word', 'the
    figures were set out accurately': the accused answering the accusation (in their own
    name, or - right after it - as "the company" / "a spokesman for the company"), on what it
    is about or in the words of a defence."""
    if claim.kind in ("denial", "accusation") or not claim.source_key:
        return None
    speaker = frozenset(claim.source_key.split())
    for index, other in earlier:
        if other.kind != "accusation" or not _different_sources(claim, other):
            continue
        accused = _accused(other)
        if not accused:
            continue
        if index == position - 1 and _represents(claim, accused):
            # "Police accused the driver of causing the crash. The driver's family said he had
            # not been drinking", "Her lawyer said she had been at home": the accused's own
            # people answering, right after it, whatever they say
            return index
        if speaker.isdisjoint(accused) and not (
            index == position - 1
            and _speaks_for_a_body(claim)
            and speaker.isdisjoint(other.source_words)
        ):
            continue
        about = (claim.words & other.words) - {_NAME_LEMMA[word] for word in accused}
        defence = contains_any(claim.lowered, _DEFENCE_HINTS) and _DEFENCE.search(claim.text)
        if (defence and defence[0].lower().startswith(_STRONG_DEFENCES)) or (
            about and (defence or claim.negated)
        ):
            # "stood by every word"; or on what the accusation is about, denying it or in the
            # words of a defence ("the figures were set out accurately")
            return index
    return None


def _represents(claim: RelationInput, accused: frozenset[str]) -> bool:
    """Does the claimant speak for someone - the accused's ("the driver's family"), or a
    person's, by a possessive ("her lawyer", "his spokesman")?"""
    words = claim.source_words
    if words.isdisjoint(_REPRESENTATIVES):
        return False
    lowered = {word.removesuffix("'s").removesuffix("’s") for word in claim.source_key.split()}
    if not accused.isdisjoint(lowered):
        return True
    if not lowered.isdisjoint(("his", "her")):
        # (one person's: "His lawyer" speaks for no army or ministry accused)
        return accused.isdisjoint(BODY_TYPES) and accused.isdisjoint(_ARMED | _UNARMED)
    return "their" in lowered


# (as the claimant's words are: unstemmed)
_REPRESENTATIVES = SPOKES | words(
    "lawyer lawyers attorney attorneys barrister barristers solicitor solicitors counsel "
    "family relatives aide aides representative representatives"
)


def _speaks_for_a_body(claim: RelationInput) -> bool:
    """'The company', 'a spokesman for the company': a body referred back to, or its voice."""
    body = not claim.source_words.isdisjoint(BODY_TYPES)
    return body and (claim.source_is_anaphor or not claim.source_words.isdisjoint(SPOKES))


_STRONG_DEFENCES = ("stood", "stand", "in good faith", "nothing wrong", "no wrongdoing", "acted")


def _anaphoric_and_short(claim: RelationInput) -> bool:
    """'it was likely to rise': a pronoun and a word or two - about what came just before it,
    not whatever else rose."""
    return (
        bool(claim.tokens) and claim.tokens[0] in ("it", "this", "that") and len(claim.words) <= 1
    )


_FORESEEING = words("likely unlikely could may might expected set")
_IN_A_PART = re.compile(
    r"\bin (?:his|her|their|its|the) (?:city|province|state|region|district|capital|town|"
    r"county|area|village|wing|ward)\b"
)


_FATES_AND_CROWDS = _FATES | {"crowd"}


def _support(claim: RelationInput, earlier: list[tuple[int, RelationInput]]) -> int | None:
    """A second source for the same event: the same count, a study confirmed ('it confirmed
    what field teams had seen'), or strongly overlapping content anchored on a name."""
    if claim.kind == "denial":
        return None
    if _not_known(claim):
        return None
    if (
        not claim.quantities
        and not _FORESEEING.isdisjoint(claim.tokens)
        and not _CHANGE_VERBS.isdisjoint(map(lemma, claim.tokens))
        and _IN_A_PART.search(claim.lowered)
    ):
        # "the toll in his city was likely to rise": a forecast for a part, no second source
        # for the count given before (as "the death toll was expected to rise" is)
        return None
    if claim.cue_group == "confirm" and not claim.quantities:
        # "A hospital director confirmed the death toll": the nearest count of someone else's
        head = _WORD.findall(claim.content_after_cue.lower())[:4]
        if head[:1] in (["the"], ["that"], ["this"], ["those"]) and any(
            word in _CONFIRMED_COUNTS for word in head[1:]
        ):
            for index, other in earlier:  # (nearest first: the latest count)
                if (
                    other.source_key
                    and _different_sources(claim, other)
                    and other.quantities
                    and set(other.quantities) != {_BARE}
                ):
                    return index
    if (
        claim.cue_group == "confirm"
        and len(claim.tokens) <= 5
        and claim.tokens[:1] in (["the"], ["that"], ["this"], ["those"], ["these"])
    ):
        # "Two managers at the plant confirmed the closure date" after "the factory would close
        # in March": what the short object names, in another's claim just before
        for index, other in earlier[:3]:
            if (
                other.source_key
                and _different_sources(claim, other)
                and not (claim.words - _GENERIC_OBJECT_WORDS).isdisjoint(other.words)
            ):
                return index
    if contains_any(claim.lowered, _CONFIRM_HINTS) and _CONFIRMS.search(claim.text):
        studies = [
            index
            for index, other in earlier
            if other.source_key
            and _different_sources(claim, other)
            and frozenset(other.source_key.split()) & _STUDY_SOURCES
            and other.kind in ("estimate", "statistic")
        ]
        if studies:
            return studies[-1]  # the study's headline finding: its first figure
    best: tuple[float, int] | None = None
    # The claim's side of the cheap tests, read once (this loop runs for most claims).
    source_key, negated, words = claim.source_key, claim.negated, claim.words
    fates = not claim.quantities.keys().isdisjoint(_FATES)
    crowd = "crowd" in claim.quantities
    for index, other in earlier:
        # _different_sources(claim, other), inlined: only claims with a claimant get here.
        if not other.source_key or other.source_key == source_key:
            continue
        if (
            claim.source_kind == other.source_kind == "person"
            and other.source_words & claim.source_words
            and _same_party(claim, other)
        ):
            continue  # "Robert Sarvis" after "Sarvis": one person, no second source
        if not SPOKES.isdisjoint(claim.source_words | other.source_words) and _same_party(
            claim, other
        ):
            continue  # "a police spokesman" after "Police": the body's own voice, no second
        if other.kind == "denial" or negated != other.negated:
            continue
        if words.isdisjoint(other.words) and (not claim.quantities or not other.quantities):
            continue  # nothing in common: the common case, decided cheaply
        if any(
            key in other.quantities and not _corroborates(value, other.quantities[key])
            for key, value in claim.quantities.items()
        ):
            continue  # the same thing counted differently is no corroboration
        if claim.quantities and other.quantities and _counted_differently(claim, other):
            continue  # "they had wounded 30 officers" / "eight of its officers were wounded"
        if (
            claim.quantities
            and other.quantities
            and claim.quantities.keys().isdisjoint(_SHARE_KEYS)
            != other.quantities.keys().isdisjoint(_SHARE_KEYS)
            and _BARE not in claim.quantities
            and _BARE not in other.quantities
            # (a rise told as a share and as the sum it rose to agree: "costs increased by 14%"
            # / "the true bill had risen to £7.1m")
            and not (_reports_a_change(claim) and _reports_a_change(other))
        ):
            # "trolley numbers were down 9 per cent on last year" / "the number at 478": a
            # change in percent is no second source for a count
            continue
        if (
            (fates or crowd)
            and not claim.quantities.keys() & other.quantities.keys()
            and (
                (fates and not other.quantities.keys().isdisjoint(_FATES_AND_CROWDS))
                or (crowd and not other.quantities.keys().isdisjoint(_FATES))
            )
        ):
            continue  # "The rally drew 15,000 people" / "Police detained 40 people": two counts
        shared = claim.words & other.words
        same_quantity = any(
            key in other.quantities
            and _corroborates(value, other.quantities[key])
            # (a unit in both is no common subject: "the next 48 hours" / "within 48 hours")
            and (
                (not key.startswith("unit:") and key != "percent")
                or shared - {"percent"} - ({key.partition(":")[2]} & _TIME_UNITS)
            )
            for key, value in claim.quantities.items()
        )
        anchored = shared & (_names(claim) | _names(other))
        ratio = len(shared) / max(1, min(len(claim.words), len(other.words)))
        similar = (
            same_quantity
            or (len(shared) >= 3 and anchored and ratio >= 0.4)
            or (len(shared) >= 2 and anchored and shared - anchored and claim.additive)
            # a second source confirming, or saying "also": the same event in other words
            or (
                (claim.additive or claim.cue_group == "confirm")
                and len(shared - _BODY_WORDS) >= 2  # not "the company ... also" alone
                and ratio >= 0.4
                and shared & _CONCEPT_NAMES
            )
            or (len(shared) >= 2 and ratio >= 0.6 and shared & _CONCEPT_NAMES)
            or (
                ratio >= 1.0
                and shared & _CONCEPT_NAMES
                # (either side: "burglaries rose 12 percent" is no second source for "it was
                # likely to be higher", said of a toll)
                and not _anaphoric_and_short(claim)
                and not _anaphoric_and_short(other)
            )
            # the same words, said by another: "The board said the offer was too low" / "A
            # shareholder told Reuters the offer was too low"
            or (len(shared) >= 2 and words == other.words)
            # "a laboratory had also found cyanide in samples": a second finding of the
            # same thing in the same words
            or (claim.additive and len(shared) >= 3)
            # "A security source also blamed the al-Qaeda affiliate": another's blame of the
            # one named
            or (claim.additive and claim.kind == "accusation" and anchored)
            # footage or records showing what someone described
            or (
                claim.cue_group == "show"
                and ratio >= 0.3
                and (len(shared) >= 3 or (len(shared) >= 2 and shared & _CONCEPT_NAMES))
            )
            # "An FA spokesman confirmed an investigation was under way" after "the Football
            # Association had opened an investigation": the party named confirming it
            or (claim.cue_group == "confirm" and shared and _names_speaker(other, claim))
        )
        if not similar:
            continue
        score = (
            ratio + (0.5 if same_quantity else 0.0) + (0.2 if claim.cue_group == "confirm" else 0)
        )
        if best is None or score > best[0]:
            best = (score, index)
    return best[1] if best else None


def _not_known(claim: RelationInput) -> bool:
    """'the monitors could not establish which side fired first', 'he could not say when the
    cable was cut': what is not known backs no one's account and denies nothing."""
    return (
        "not" in claim.tokens or "unable" in claim.tokens or "cannot" in claim.tokens
    ) and _NOT_KNOWN.search(claim.lowered) is not None


_NOT_KNOWN = re.compile(
    r"\b(?:could\s+not|cannot|can\s+not|was\s+unable\s+to|were\s+unable\s+to|(?:is|are|was|were|"
    r"had\s+been|has\s+been)\s+not\s+able\s+to|did\s+not)\s+(?:yet\s+|independently\s+)?"
    r"(?:establish|determine|confirm|verify|say|tell|know|ascertain|identify)\b"
)


_SHARE_KEYS = frozenset({"percent", "change"})


# what a confirmed object names besides its subject: "the date", "the details"
_GENERIC_OBJECT_WORDS = frozenset(
    map(
        lemma,
        "date details detail report reports account figure figures number plan finding findings "
        "paper study claim claims".split(),
    )
)


def _counted_nouns(claim: RelationInput) -> dict[str, Quantity]:
    """What each count counts, by its noun ("officer" for "30 officers", "8 of its officers")."""
    return {
        quantity.noun or key.removeprefix("unit:"): quantity
        for key, quantity in claim.quantities.items()
        if quantity.noun or key.startswith("unit:")
    }


def _counted_differently(claim: RelationInput, other: RelationInput) -> bool:
    mine, theirs = _counted_nouns(claim), _counted_nouns(other)
    return any(
        noun in theirs and not _corroborates(quantity, theirs[noun])
        for noun, quantity in mine.items()
    )


_CONCEPT_NAMES = frozenset(CONCEPTS.values())
_GENERIC_SOURCE_WORDS = words(
    "the a an official officials spokesman spokeswoman spokesperson statement said says "
    "people source sources local new national state"
)


def _names_speaker(claim: RelationInput, speaker: RelationInput) -> bool:
    """The claim names the speaker: a word of the speaker's name ('the ministry'), or its
    initials ('FA' for 'the Football Association')."""
    wanted = _speaker_words(speaker)
    if wanted & claim.words:
        return True
    initials = _initials(claim.text)
    return any(
        2 <= len(word) <= 5 and word in initials and word not in _TITLE_ABBREVIATIONS
        for word in speaker.source_words
    )


_TITLE_ABBREVIATIONS = words("mr mrs ms dr st lt gen col sgt")


def _initials(text: str) -> frozenset[str]:
    """Lowered initials of each run of capitalised words: 'the Football Association' -> fa."""
    found = set()
    run: list[str] = []
    for word in [*_WORD.findall(text), ""]:
        if word[:1].isupper() and not (not run and word in ("The", "A", "An")):
            run.append(word[0])
        elif word.lower() not in ("of", "for", "and") or not run:
            if len(run) >= 2:
                found.add("".join(run).lower())
            run = []
    return frozenset(found)


def _names(claim: RelationInput) -> frozenset[str]:
    """The lemmas of the claim's capitalised words (a sentence-initial capital is no name)."""
    if claim.names is None:
        found = map(_NAME_LEMMA.__getitem__, _CAPITALISED.findall(claim.text, 1))
        claim.names = frozenset(found) - _NOTHING
    return claim.names
