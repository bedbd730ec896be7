"""The extraction pipeline: document -> sentences -> attribution -> claimants -> flags ->
relations -> scoring. Each stage is a plain function over the previous stage's output; ``run``
can time them for bench/extraction_speed.py.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from . import flags as flag_rules
from .attribution import (
    ASKED_TAG,
    SIGNATURE,
    Attribution,
    attribute_paragraph,
    whole_sentence,
)
from .claimants import (
    BODY_TYPES,
    BUSINESS_ANAPHORS,
    PRONOUN_KINDS,
    Mention,
    PersonIndex,
    claimant_kind,
    fits,
    is_anaphor,
    is_named,
    is_plural_of_speakers,
    speaks_in_a_role,
    unnamed_one,
)
from .document import CLOCK_STAMP, is_list_line, read_document
from .lexicon import (
    COMPANY_NAME_WORDS,
    CUE_VERBS,
    DETERMINERS,
    FEMININE_GIVEN_NAMES,
    MASCULINE_GIVEN_NAMES,
    OWNED_CLAIM,
    PARTY_LABELS,
    PARTY_NAMES,
    PERSON_ROLE_WORDS,
    PREPOSITIONS,
    RECORDING_WORDS,
    STOPWORDS,
    SUBJECT_PRONOUNS,
    TITLE_ABBREVIATIONS,
)
from .models import (
    FLAGS,
    Claimant,
    ExtractedClaim,
    ExtractionResult,
    FurnitureSpan,
    Relation,
    Span,
)
from .pos import lexicon
from .reading import PARTY_AND_STATE, PARTY_AND_TOWN, reading_view, view_for_attribution
from .relations import counted_keys, link, prepare
from .scoring import score
from .sentences import Sentence, split_sentences
from .tokens import SENTENCE_HINTS, contains_any
from .turns import Turns, read_turns

STAGES = ("document", "sentences", "attribution", "claimants", "flags", "relations", "scoring")
RESOLUTION_WINDOW_CLAIMS = 10
RESOLUTION_WINDOW_CHARS = 1500

_PREDICTION = re.compile(
    r"\b(?:will|won't|shall|is\s+expected\s+to|are\s+expected\s+to|is\s+likely\s+to|"
    r"are\s+likely\s+to|is\s+set\s+to|are\s+set\s+to|forecasts?|is\s+projected\s+to|"
    r"would\s+(?:reach|rise|fall|hit|grow|increase|decrease|cost))\b",
    re.IGNORECASE,
)
# Substrings every match of _PREDICTION / _ESTIMATE contains: a cheap test first.
_PREDICTION_HINTS = ("will", "won't", "shall", "expected", "likely", "set to", "forecast")
_PREDICTION_HINTS += ("projected", "would")
_ESTIMATE_HINTS = ("estimat", "roughly", "approximately")
_ESTIMATE = re.compile(r"\b(?:estimated?|estimates|roughly|approximately)\b", re.IGNORECASE)
_ACCUSATION_NOUNS = re.compile(r"\b(?:accusations?|allegations?|charges)\b", re.IGNORECASE)
_QUOTED_PASSAGE = re.compile(r"[\"“]([^\"“”]+)[\"”]")


@dataclass(slots=True)
class Draft:
    sentence_index: int
    attribution: Attribution
    last_sentence_index: int = -1  # a quotation can run over several sentences
    flags: set[str] = field(default_factory=set)
    kind: str = "statement"
    source_kind: str | None = None
    resolved: Mention | None = None
    source_named: bool = False  # is_named(source text), worked out once for claimants
    source_key: str = ""  # _source_key, once the claimant is resolved ("" without a source)
    # The speaker of the transcript turn or interview answer the claim is in: everything said
    # in a turn is one party's, for relations, also what it reports of others.
    turn_speaker: str = ""
    relations: list[tuple[str, int]] = field(default_factory=list)
    checkworthiness: float = 0.0
    reasons: tuple[str, ...] = ()


Timer = Callable[[str, float], None]


@dataclass(slots=True)
class SentenceFacts:
    """What several stages ask of one sentence, worked out once: its text, lowered, which
    hint lists of tokens.SENTENCE_HINTS it contains (the substring tests in front of the
    attribution and flag patterns), and whether it says something is unverified or anonymous
    (the qualifier test in attribution and the sentence flags both need these two)."""

    text: str
    lowered: str
    hints: int
    unverified: bool
    anonymous: bool
    start: int  # where the sentence starts in the article


def _sentence_facts(text: str, sentence: Sentence) -> SentenceFacts:
    sentence_text = text[sentence.start : sentence.end]
    lowered = sentence_text.lower()
    hints = SENTENCE_HINTS.find(lowered)
    return SentenceFacts(
        sentence_text,
        lowered,
        hints,
        flag_rules.unverified(sentence_text, lowered, hints),
        flag_rules.anonymous(sentence_text, lowered, hints),
        sentence.start,
    )


def run(text: str, timer: Timer | None = None) -> ExtractionResult:
    clock = time.perf_counter
    started = clock()

    def lap(stage: str) -> None:
        nonlocal started
        if timer is not None:
            now = clock()
            timer(stage, now - started)
            started = now

    # Every stage reads the reading view (same offsets); the spans returned are the original's.
    view = reading_view(text)
    document = read_document(view)
    headline = next(
        ((span.start, span.end) for span in document.metadata.furniture if span.kind == "title"),
        None,
    )
    # Photo captions and an editor's note name the interviewee too ("Editor's note: John Baker
    # has been the city's fire chief since 2018. He spoke to our reporter ...")
    captions = [
        (span.start, span.end)
        for span in document.metadata.furniture
        if span.kind == "caption"
        or (span.kind == "furniture" and _EDITORS_NOTE_LINE.match(span.text))
    ]
    headings = [
        (span.start, span.end)
        for span in document.metadata.furniture
        if span.kind in ("subheading", "caption", "title")
    ]
    turns, paragraphs = read_turns(view, document.paragraphs, headline, captions, headings)
    lap("document")
    sentences = split_sentences(view, paragraphs)
    lap("sentences")
    # (the rules of who said what read a body's initials in brackets as not there: "told the
    # Polish Press Agency (PAP).")
    said_view = view_for_attribution(view)
    facts = [_sentence_facts(said_view, sentence) for sentence in sentences]
    drafts, qualifiers = _attribute(said_view, sentences, facts, len(paragraphs))
    if said_view is not view:
        _spans_on_the_original(view, said_view, drafts)
    drafts = _apply_turns(view, drafts, sentences, turns)
    lap("attribution")
    _resolve_claimants(view, drafts, document.paragraphs, sentences)
    _the_source_as_the_speaker_before(view, drafts)
    lap("claimants")
    _apply_flags(view, drafts, facts, qualifiers)
    _assign_kinds(view, drafts)
    lap("flags")
    _link(view, drafts, sentences)
    lap("relations")
    claims = _finish(text, drafts, sentences)
    lap("scoring")
    metadata = document.metadata
    if view is not text:
        metadata = dataclasses.replace(
            metadata,
            furniture=tuple(
                FurnitureSpan(text[span.start : span.end], span.start, span.end, span.kind)
                for span in metadata.furniture
            ),
        )
    return ExtractionResult(text=text, metadata=metadata, claims=claims)


# --------------------------------------------------------------------------------------------


_RELATIVE_NEXT = re.compile(r"\s*,\s*(?:which|who)\b")


def _blanked_after(view: str, said_view: str, end: int) -> int | None:
    """The end of what the view for attribution blanked right after ``end`` (" (PAP)",
    ", Inc."), or None: nothing was, or it was an aside ("Ruth Cole (Opinion, April 2)
    insists"), no part of a name."""
    position = end
    while position < len(view) and view[position] == " " and position - end < 2:
        position += 1
    if position >= len(view) or view[position] == said_view[position]:
        return None
    if PARTY_AND_TOWN.match(view, position):
        return None  # ("Rep. Ana Hernandez, D-Houston,": the name is the speaker)
    if (
        view[position] == "("
        and " " in view[position : view.find(")", position)]
        and not PARTY_AND_STATE.match(view, position)  # ("Rep. Jim Leach (R., Iowa)")
    ):
        return None
    last = None
    while position < len(view) and said_view[position] == " ":
        if view[position] != " ":
            last = position
        position += 1
    if last is not None and view[last] == ",":
        last -= 1  # ("in Blacksburg, Va., said": the state, not the comma after it)
    return None if last is None else last + 1


def _spans_on_the_original(view: str, said_view: str, drafts: list[Draft]) -> None:
    """Spans that end where the view for attribution changed the text, set to the original. A
    claim or a claimant that ends where a body's initials were blanked takes them back:
    "Adidas AG (ADS) said" is said by "Adidas AG (ADS)", as written, and "The warning came from
    the Committee on Rivers (CR), which said" keeps "(CR)" in the claim. (A claimant whose
    relative clause speaks - "the Committee on Rivers (CR), which said" - is the name alone.)"""
    for draft in drafts:
        attribution = draft.attribution
        end = attribution.content[1]
        if end > attribution.content[0] + 1 and view[end - 1] == "," and said_view[end - 1] != ",":
            # ('talks were "constructive," but': the comma read after the quotation's mark is
            # no part of the claim)
            attribution.content = (attribution.content[0], end - 1)
        content_end = _blanked_after(view, said_view, attribution.content[1])
        if content_end is not None:
            attribution.content = (attribution.content[0], content_end)
        source = attribution.source
        if source is None:
            continue
        source_end = _blanked_after(view, said_view, source[1])
        if source_end is not None and not _RELATIVE_NEXT.match(view, source_end):
            attribution.source = (source[0], source_end)


def _attribute(
    text: str, sentences: list[Sentence], facts: list[SentenceFacts], paragraph_count: int
) -> tuple[list[Draft], list[int]]:
    by_paragraph: list[list[int]] = [[] for _ in range(paragraph_count)]
    for index, sentence in enumerate(sentences):
        by_paragraph[sentence.paragraph].append(index)

    drafts: list[Draft] = []
    qualifiers: list[int] = []
    previous_tag = None
    previous_was_lead = False  # the paragraph before only introduced this one ("X said:")
    list_lead = None  # the speaker who introduced the list the paragraphs are items of
    # The claims of a quotation left open at its paragraph's end, given the speaker before it
    # for want of a tag: the tag that closes it in a later paragraph names its speaker.
    running_on: list = []
    for paragraph_sentences in by_paragraph:
        if not paragraph_sentences:
            previous_tag = None
            running_on = []
            continue
        members = [sentences[index] for index in paragraph_sentences]
        paragraph = (members[0].start, members[-1].end)
        introduced_by = previous_tag if previous_was_lead else None
        item = is_list_line(text, paragraph[0])
        if introduced_by is None and item:
            introduced_by = list_lead  # "The council said:" then its list, item by item
        list_lead = introduced_by if item else None
        found, previous_tag, previous_was_lead = attribute_paragraph(
            text,
            members,
            paragraph,
            previous_tag,
            [(facts[index].lowered, facts[index].hints) for index in paragraph_sentences],
        )
        if running_on:
            running_on = _closed_by_its_tag(text, paragraph, found, running_on)
        if _runs_on(text, paragraph):
            running_on.extend(
                attribution
                for _, attribution in found
                if attribution.is_quote and attribution.inherited_source
            )
        else:
            running_on = []
        if found and _pull_quote(text, paragraph, found):
            # '"The old wall was built for a different sea."' standing alone, its words said
            # again in the body: the page's pull quote, no claim of its own
            previous_tag = None
            continue
        if introduced_by is not None:
            # "The director wrote in a letter:" then this paragraph: its claims are hers.
            for _, attribution in found:
                if attribution.source is None:
                    attribution.source = introduced_by.source
                    attribution.cue = introduced_by.cue
                    attribution.cue_verb = introduced_by.cue_verb
                    attribution.inherited_source = True
        qualifier_positions = set()
        for position, index in enumerate(paragraph_sentences):
            sentence = facts[index]
            if flag_rules.is_qualifier(
                sentence.text, sentence.unverified, sentence.anonymous
            ) or flag_rules.no_comment(sentence.text, sentence.lowered, sentence.hints):
                qualifier_positions.add(position)
        qualifiers.extend(paragraph_sentences[position] for position in sorted(qualifier_positions))
        for position, attribution in found:
            if (
                position in qualifier_positions
                and not attribution.is_quote
                and (
                    attribution.source is None
                    # "The Associated Press was unable to independently confirm the claim":
                    # the verb of the qualifier, no one's claim
                    or (
                        attribution.cue is not None
                        and text[attribution.cue[0] : attribution.cue[1]]
                        .lower()
                        # ("The paper cited unnamed Treasury sources": its sourcing; "The office
                        # acknowledged the request but has yet to respond": a request's fate)
                        .startswith(
                            ("confirm", "verif", "authenticat", "cite", "quot", "acknowledg")
                        )
                    )
                    # "The agency said it had not been able to verify the account": the
                    # source's own note on its checking
                    or _OWN_CHECKING.match(text, attribution.content[0], attribution.content[1])
                    is not None
                )
            ):
                continue
            content = text[attribution.content[0] : attribution.content[1]]
            if not any(character.isalnum() for character in content):
                continue  # nothing said: no claim (a cue read with no content after it)
            if (
                content.rstrip('"”’ ').endswith("?")
                and (
                    not attribution.source
                    or attribution.is_quote
                    # "Who claimed the ship was unsafe?": a question about a speaker
                    or text[attribution.source[0] : attribution.source[1]].lower()
                    in ("who", "what", "which", "whom")
                    # "Will the Chancellor accept that ...?": a question put to the speaker
                    or text[attribution.source[0] : attribution.source[1]].split()[0].lower()
                    in _ASKING_AUXILIARIES
                )
            ):
                kept = _before_the_question(content) if attribution.is_quote else None
                if kept is None:
                    continue  # a question asserts nothing
                # '"My son walks to school. How is he supposed to get there?"': what the
                # quotation states before its question
                attribution.content = (attribution.content[0], attribution.content[0] + kept)
                content = content[:kept]
            if content[:1] in '"“' and _ASKED.match(content):
                continue  # '"Where are they supposed to go now?" she asked': a question
            if (
                attribution.source is None
                and text[max(0, attribution.content[0] - 4) : attribution.content[0]]
                .rstrip()
                .endswith(('?"', "?”"))
                and ASKED_TAG.fullmatch(content)
            ):
                continue  # '"Where is the line?" Judge Ortiz asked the prosecutor.': its tag
            if _HOST_INTRODUCES.match(content):
                continue  # "With me in the studio is X, chief executive of Y": who speaks
            if attribution.source is None and _NEWSROOM_NOTE.match(content):
                continue  # "This page is updated regularly", "We have asked X for comment"
            if (
                attribution.source is None
                and ("asked" in content or "to know" in content)
                and (question := _REPORTED_QUESTION.match(content)) is not None
                and _only_the_asker(question["asker"])
            ):
                continue  # "Ms Lee asked whether the ministry would pay": a question put
            if (
                content.isupper()
                and len(content.split()) <= 4
                and not any(character.isdigit() for character in content)
            ):
                continue  # "BELL:" with nothing after it but a note of the room: a label
            if content[:1].isupper() and _SALUTATION.fullmatch(content):
                continue  # "Mr. President,\nExcellencies, ...": whom a speech addresses
            if len(content.split()) <= 8 and _COURTESY.match(content):
                continue  # "Thank you", "Let me be very clear": talk, not a claim
            if (
                not attribution.is_quote
                and content[:1].isupper()
                and _is_imperative(content)
                and not flag_rules.has_statistic(content)
            ):
                # "Read below for the interview in full", "Share it!": a bid, no claim (a
                # quoted order, '"Leave now," the sheriff posted', is the speaker's word; and
                # "Remember that inflation hit 9 percent" keeps its figure)
                continue
            if content[:1] in "[(" and _STAGE_DIRECTION.fullmatch(content):
                continue  # "[CROSSTALK]", "(COMMERCIAL BREAK)": a transcript's direction
            if content[:1].isdigit() and _CLOCK_ONLY.fullmatch(content):
                continue  # "9:58 a.m." opening a live blog's entry: when, not a claim
            last = attribution.last_position if attribution.last_position is not None else position
            drafts.append(
                Draft(
                    sentence_index=paragraph_sentences[position],
                    attribution=attribution,
                    last_sentence_index=paragraph_sentences[last],
                )
            )
    drafts.sort(key=lambda draft: (draft.attribution.content[0], draft.attribution.content[1]))
    drafts = [
        draft
        for position, draft in enumerate(drafts)
        if not (
            position + 1 < len(drafts)
            and drafts[position + 1].sentence_index == draft.sentence_index
            and _FIGURE_FRAME.fullmatch(
                text, draft.attribution.content[0], draft.attribution.content[1]
            )
            is not None
        )
    ]
    return drafts, qualifiers


def _runs_on(text: str, paragraph: tuple[int, int]) -> bool:
    """The paragraph opens a quotation it does not close: the quotation goes on in the next
    paragraph, which opens with a quotation mark again (the convention of a quotation over
    several paragraphs)."""
    stretch = text[paragraph[0] : paragraph[1]].strip()
    if stretch[:1] == "“":
        return stretch.count("“") > stretch.count("”")
    return stretch[:1] == '"' and stretch.count('"') % 2 == 1


def _closed_by_its_tag(
    text: str, paragraph: tuple[int, int], found: list, running_on: list
) -> list:
    """'“We were never consulted.' then '“Nobody told the staff,” the manager said.': the
    quotation left open in the paragraph before is the manager's, whom its closing tag names,
    not the speaker before it. Returns what still waits for a tag (nothing once a tag is
    found, or when this paragraph does not go on with the quotation)."""
    stretch = text[paragraph[0] : paragraph[1]]
    opening = paragraph[0] + len(stretch) - len(stretch.lstrip())
    if text[opening : opening + 1] not in ('"', "“"):
        return []
    going_on = next(
        (
            attribution
            for _, attribution in found
            if attribution.is_quote and attribution.content[0] <= opening + 2
        ),
        None,
    )
    if going_on is None or going_on.source is None or going_on.cue is None:
        return []
    if not paragraph[0] <= going_on.cue[0] < paragraph[1]:
        return running_on  # no tag here either: the quotation's tag is still to come
    for attribution in running_on:
        attribution.source = going_on.source
        attribution.cue = going_on.cue
        attribution.cue_verb = going_on.cue_verb
    return []


# How the speaker was reached, ending the claimant: "A nurse contacted by AFP", "a shopkeeper
# reached by telephone" - the speaker is the nurse, the shopkeeper
_REACHED_BY = re.compile(
    r",?\s+(?:reached|contacted|interviewed)\s+by\s+(?:tele)?phone$|"
    r",?\s+(?:reached|contacted)\s+by\s+(?:[A-Z][\w&.-]*|the\s+[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*)?$"
)
# A party's label after a politician's name: "(Con)", "(Lib Dem)", "(R-Texas)", "(D-N.Y.)"
_PARTY_LABEL = re.compile(
    rf"\s*\((?:{PARTY_LABELS}|{PARTY_NAMES}|[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?|[RDI]"
    # (the Journal's "(R., Ohio)", "(D., N.Y.)")
    rf"|[RDI]\.,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)?"
    # (a councillor's party and ward: "(Labour, Amberfield Central)")
    rf"|(?:{PARTY_LABELS}|{PARTY_NAMES}),\s[A-Z][\w.'’-]*(?:\s(?:[A-Z][\w.'’-]*|and|&))*)\)$",
    re.VERBOSE,
)
_SENTENCE_END_IN_QUOTE = re.compile(r"[.!](?=\s+[\"“‘']?[A-Z])")


_QUOTE_OPENERS = ('"', "“", "‘", "'", "``")


def _pull_quote(text: str, paragraph: tuple[int, int], found: list) -> bool:
    """A paragraph that is one quotation, with no tag, whose words the text gives again
    elsewhere (at least six of them in a row): a pull quote."""
    stretch = text[paragraph[0] : paragraph[1]].strip()
    if not stretch.startswith(_QUOTE_OPENERS) or not all(
        attribution.source is None for _, attribution in found
    ):
        return False
    inner = stretch.lstrip("\"“‘'`").rstrip(" .\"”’'")
    words = inner.split()
    if len(words) < 6:
        return False
    probe = " ".join(words[: min(len(words), 8)])
    first = text.find(probe)
    return first >= 0 and text.find(probe, first + 1) >= 0


# What frames the figure said next, no claim of its own: "(The charity put) the figure higher,
# saying at least 300 homes were flooded", "The union gave a higher figure, saying ..."
_FIGURE_FRAME = re.compile(
    r"(?:[^.;]{0,80}?\b(?:gave\s+(?:a|an)\s+|put\s+(?:the|its|their)\s+)|(?:the|its|their)\s+)"
    r"(?:much\s+|far\s+|even\s+)?"
    r"(?:(?:higher|lower|different|smaller|larger|bigger)\s+)?(?:figure|number|toll|count|total|"
    r"estimate|tally)(?:\s+(?:much\s+|far\s+|even\s+)?(?:higher|lower))?",
    re.IGNORECASE,
)


def _before_the_question(content: str) -> int | None:
    """Where the statements of a quotation end before the question it closes with ("My son
    walks to school. If you move him, how is he supposed to get there?" -> after "school"),
    or None when it is all question."""
    ends = [match.start() for match in _SENTENCE_END_IN_QUOTE.finditer(content)]
    for end in reversed(ends):
        if "?" not in content[:end]:
            return end if end > 0 else None
    return None


_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_IMPERATIVE_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_SUBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
# (what a sentence's subject would be followed by: "Help is on the way", "Share prices fell")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "MD"})


_IMPERATIVE_OPENERS = frozenset(("please", "never", "always", "do", "don't", "don’t"))
_SUBORDINATE_OPENERS = frozenset("as if when because before after until unless so".split())
_AFTER_AN_IMPERATIVE = frozenset(
    """any your the a an extra every all more early now carefully plenty it them this us me
    him her in on with out hard""".split()
)


def _is_imperative(content: str) -> bool:
    """A sentence that opens with a verb's base form and has no subject before a finite verb
    of its own: 'Read below for more', 'Wait until the fifth day', 'Be careful' - not 'Help
    is on the way', 'Share prices fell', 'Look, the new age is unprecedented' (a word before
    a comma), nor 'Let me explain' and the like (``_COURTESY``)."""
    if content[:3] in ("If ", "if ") and ", please " in content:
        return True  # "If anyone has old photos, please get in touch": a bid
    verb = _IMPERATIVE_WORD.match(content)
    if (
        verb is not None
        and verb[0].lower() in ("and", "but", "so", "then")
        and content[verb.end() : verb.end() + 1] == " "
    ):
        verb = _IMPERATIVE_WORD.search(content, verb.end())  # "And never stop tasting."
    if (
        verb is not None
        and verb[0].lower() in _IMPERATIVE_OPENERS
        # ("Do it, but go in with your eyes open": "do" is the verb itself)
        and not (verb[0].lower() == "do" and content[verb.end() : verb.end() + 4] == " it,")
    ):
        # "Please ...", "Never hike in cotton", "Do not feed the monkeys", "Don't ..." - a
        # short bid (a verse that opens so, "Don't let them get in your head! ...", is said)
        if verb[0].lower() != "please" and len(content.split()) > 12:
            return False
        verb = _IMPERATIVE_WORD.search(content, verb.end())
        if verb is not None and verb[0].lower() == "not":
            verb = _IMPERATIVE_WORD.search(content, verb.end())
    elif verb is not None and content[verb.end() : verb.end() + 1] in ",:":
        return False
    if verb is None:
        return False
    tags = lexicon()
    # as written: a capitalised word the treebank never saw is a name ("Duarte read ..."),
    # not a verb guessed from its ending (most claims stop here: their first word is no verb)
    if not tags.knows(verb[0]):
        return False
    if tags.best(verb[0]) != "VB":
        # a word that is a noun as often: a verb when its object's determiner or an adverb
        # comes next ("Pack extra water", "Report any side effects", "Vote early")
        after = _IMPERATIVE_WORD.match(content, verb.end() + 1)
        if not (
            "VB" in tags.tags(verb[0])
            and after is not None
            and after[0].lower() in _AFTER_AN_IMPERATIVE
        ):
            return False
    following = [word.lower() for word in _IMPERATIVE_WORD.findall(content, verb.end(), 160)[:6]]
    # (a clause of its own after a subordinator is no subject's verb: "Work in as many
    # kitchens as you can")
    for position, word in enumerate(following):
        if position and word in _SUBORDINATE_OPENERS:
            following = following[:position]
            break
    return not any(
        tags.best(word) in _FINITE_TAGS
        or (
            position
            and not _FINITE_TAGS.isdisjoint(tags.tags(word))
            and tags.best(following[position - 1]) in _SUBJECT_TAGS
        )
        for position, word in enumerate(following)
    )


# a quoted question and its tag, read as one unattributed sentence
_ASKED = re.compile(
    r"[\"“][^\"”]{1,300}\?[\"”]\s*,?\s*(?:[\w.'’-]+\s+){0,6}?(?:asked|asks|wondered|wonders)\b"
)
# A question told, not quoted: "Ms Lee Hui Min (Tampines GRC) asked whether the ministry would
# require employers to pay", "Reporters asked why the figures were late", "Councillor Ross
# wanted to know how much it would cost" - it asserts nothing (a second clause, or a doubt
# voiced - "questioned whether" - would: they are left alone).
_REPORTED_QUESTION = re.compile(
    r"(?:(?:But|And|Meanwhile|Separately|Earlier|Later),?\s+)?"
    r"(?P<asker>[A-Z][^,;:\"“”()]{0,80}?)\s+(?:\([^()]{1,40}\)\s+)?"
    r"(?:also\s+|then\s+|later\s+)?(?:asked|wanted\s+to\s+know)\s+"
    r"(?:(?:the|a|an|his|her|their|its)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\s+)?"
    r"(?:whether|if|why|how|what|when|where|who|which)\b(?![^;]*(?:,\s+(?:and|but)\s|\bsaid\b))"
    r"[^;]*$"
)
_NOT_AN_ASKER = frozenset(
    "when after before while as to was were is are had has have declined refused did".split()
)


def _only_the_asker(asker: str) -> bool:
    """The words before "asked" name who asked, and do nothing else ("The coroner declined to
    speculate when asked whether ...": the coroner declined - a claim)."""
    words = asker.split()
    return len(words) <= 8 and not any(word in _NOT_AN_ASKER for word in words)


# what a newsroom tells its readers about its page, its staff and its own requests: a live
# page's furniture, no claim about the story
_NEWSROOM_NOTE = re.compile(
    r"(?:(?:this|the)\s+(?:page|blog|story|article|live\s+page|live\s+blog|post)\s+"
    r"(?:is|will\s+be|has\s+been)\s+(?:being\s+)?(?:updated|refreshed)|"
    r"refresh\s+(?:the\s+page\s+|this\s+page\s+)?for\s+(?:the\s+)?latest|"
    r"(?:(?:good\s+(?:morning|afternoon|evening)|hello)\s*,?\s+and\s+)?welcome\s+to\s+(?:our|the)\s+"
    r"(?:live|rolling|continuing|latest)|"
    r"(?:our|my)\s+(?:reporter|correspondent|colleague|team)\b[^.!?]{0,60}?\b(?:will\s+"
    r"(?:be\s+(?:sending|bringing|updating|following|with\s+you)|take\s+over|keep\s+you)|"
    r"(?:is|are)\s+(?:in|at|on)\s+the\b[^.!?]{0,60}?\bwill\s+be\s+(?:sending|bringing))|"
    r"here\s+(?:is|are)\s+(?:our|a|an)\s+(?:guide|explainer|round-?up|summary|look|timeline)|"
    # the outlet's own request: "The ABC has contacted the department for comment"
    r"(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){1,3}(?:has|have)\s+(?:contacted|approached|asked)\b"
    r"[^.!?]{0,80}?\bfor\s+(?:comment|a\s+response)\b|"
    r"we(?:\s+have|['’]ve)?\s+(?:asked|contacted|approached|passed|sent|forwarded)\b[^.!?]{0,60}?\b"
    r"(?:for\s+(?:comment|a\s+response|more\s+information)|to\s+the\s+[a-z]+$)|"
    # "Rappler sought comment from the secretary through the department's office on November
    # 18": the outlet's request (the office's answer, or none, is the note that follows)
    r"(?:[A-Z][\w.&’'-]*\s+){1,3}(?:sought|requested)\s+(?:a\s+)?comment\s+from\b[^.!?]{0,160}$|"
    # "We have asked the company whether the site was licensed": the outlet's question put
    r"we(?:\s+have|['’]ve)?\s+asked\s+[^.!?]{1,60}?\s+(?:whether|if|why|how|what|when)\b|"
    # "News 4 has reached out to the sheriff's office": a newsroom's attempt (a newsroom's
    # name: a politician who "has reached out to" rivals has done something)
    r"(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){0,2}(?:News|Times|Post|Journal|Herald|Tribune|"
    r"Guardian|Telegraph|Reuters|Digital|TV|Radio|\d{1,2})\s+(?:has|have)\s+reached\s+out\s+to\b"
    r"[^.!?]{0,80}$|"
    r"that's\s+all\s+(?:from\s+(?:me|us)|for\s+(?:now|today|tonight))|"
    # a live page's own running: "This live page is now closed", "Our live coverage has ended",
    # "Below are the main developments", "Here is more from the Press Association on ...",
    # "I'm Maria Jones", "We apologise for the error"
    r"(?:this|our)\s+live\s+(?:page|blog|coverage)\s+(?:is\s+now\s+closed|has\s+(?:now\s+)?"
    r"(?:ended|closed))|below\s+(?:are|is)\s+(?:the\s+)?(?:main|latest|key)\s+developments|"
    r"here\s+(?:is|are)\s+(?:some\s+)?more\s+from\s+|i['’]m\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"\s*[.!]?$|we\s+apologi[sz]e\s+for\s+(?:the|this|any)\s+(?:error|mistake|confusion)|"
    # a show's own furniture: "X is produced by Y", "please rate and review us", "see our live
    # blog", "Welcome back to X"
    r"(?:this|the)\s+(?:podcast|show|programme|program|episode)\s+(?:is|was)\s+produced\s+by\b|"
    r"(?:[\w'’]+\s+){1,4}(?:is|was)\s+produced\s+by\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Audio|"
    r"Productions?|Media|Studios?|Podcasts?)\b|"
    r"(?:.{0,60}?\bplease\s+)?(?:rate|review|subscribe|follow)\s+(?:and\s+(?:rate|review|"
    r"subscribe|share)\s+)?(?:us|the\s+(?:show|podcast|programme))\b|"
    r".{0,80}?:\s+see\s+our\s+(?:live\s+blog|live\s+coverage|report|story|guide)\b|"
    r"welcome\s+back\s+to\b|"
    # a broadcaster's hand-over to its reporter: "NPR's Elena Marquez reports from San
    # Antonio.", "The BBC's Anna Holt reports." (not "... reports that Y": her account)
    r"(?:[A-Z][\w&.'’-]*\s+){0,2}[A-Z][\w&.-]*['’]s\s+(?:[A-Z][\w'’.-]*\s+){1,3}reports"
    r"(?:\s+from\s+(?:[A-Z][\w.'’-]*(?:,?\s+|$)){1,4})?\s*[.!]?$|"
    # a page that is still being written: "This is a developing story"
    r"this\s+(?:is\s+a\s+(?:developing|breaking)\s+(?:story|news\s+story)|story\s+is\s+"
    r"developing)\b|"
    # an interview's own furniture: how it was done and edited
    r"(?:this|the)\s+(?:interview|conversation|transcript|exchange|q\s*&\s*a)\s+(?:has\s+been|"
    r"was|took\s+place|have\s+been|is)\b|"
    r"(?:it|they|the\s+answers|these\s+answers)\s+(?:has|have)\s+been\s+(?:lightly\s+)?"
    r"(?:edited|condensed|translated)|(?:they|it)\s+(?:are|is)\s+published\s+in\s+full|"
    r"the\s+following\s+(?:answers|interview|transcript|questions|exchange)\b|"
    # how the page marks who speaks: "Questions are marked Q", "Our questions appear in bold"
    r"(?:[\w'’]+\s+)?(?:questions|answers)\s+(?:are|appear)\s+(?:marked|in\s+(?:bold|italics)|"
    r"shown\s+in|labell?ed)\b|"
    r"(?:we|i)\s+asked\s+(?:him|her|them)\s+(?:a\s+few|some|several)\s+(?:more\s+|further\s+)?"
    r"questions|"
    r"(?:our|my)\s+(?:[a-z]+\s+)?(?:correspondent|reporter|editor)\s+(?:[A-Z][\w'’-]+\s+){0,3}"
    r"(?:sat\s+down|spoke|talked)\s+(?:with|to)\b|"
    r".{0,80}?\bagreed\s+to\s+(?:talk|speak)\s+(?:to|with)\s+(?:us|me)\b|"
    r"(?:we'll|we\s+will)\s+(?:bring\s+you|keep\s+you|update)\b)",
    re.IGNORECASE,
)
# a host's introduction of a guest: "With me in the studio is X", "Joining us now is X"
_HOST_INTRODUCES = re.compile(
    r"(?:with\s+(?:me|us)|joining\s+(?:me|us))(?:\s+(?:now|today|tonight|here))?"
    r"(?:\s+(?:in\s+the\s+studio|from\s+[A-Z][\w'’-]+))?\s+(?:is|are)\s+",
    re.IGNORECASE,
)


# What a speaker says to the listener, not of the world (a transcript's pleasantries and
# signposts): no claim, whoever says it.
_ASKING_AUXILIARIES = frozenset(
    "will would does do did is are can could should has have was were shall".split()
)
_COURTESY = re.compile(
    r"[\"“']?(?:(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+,\s+)?"
    # ("Diolch — thank you", "Merci, thank you": the thanks in another language first)
    r"(?:[A-Z][\w'’]+\s*[—–,-]\s*)?(?:thank\s+you|thanks|"
    r"good\s+(?:morning|afternoon|evening)|let\s+me\s+(?:be\s+(?:very\s+|absolutely\s+)?clear|"
    r"say\s+this|finish)|you're\s+welcome|my\s+pleasure|nice\s+to\s+(?:meet|see|be)|"
    # an anchor's hand-over: "Our correspondent Mike Torres has more", "we'll leave it there"
    r"(?:[\w'’.-]+\s+){1,5}(?:has|have)\s+more(?:\s+(?:on\s+this|from\s+\w+))?\s*[.!]?$|"
    r"we'?ll\s+leave\s+it\s+there|"
    # a host's steering: "Let's start with the numbers", "Let's turn to the budget"
    r"let'?s\s+(?:start|begin|turn|move|talk|look|go|come\s+back)|"
    # a chamber's or a court's procedure: "Hear, hear", "Order, order", "Overruled", "You may
    # step down", "No further questions"
    r"hear,?\s+hear|order,?\s+order|overruled|sustained|objection|(?:you\s+may|please)\s+"
    r"(?:step\s+down|sit\s+down|be\s+seated|proceed)|no\s+further\s+questions|"
    r"(?:one\s+)?(?:final|last)\s+question|"
    # a briefing's floor: "Yes, Edie", "Okay", "Have a good afternoon", "Let me start with
    # you", "Joining me now, ..."
    # (a bare "Yes." answers a question: a claim)
    r"(?:yes|okay|ok|all\s+right|go\s+ahead),\s+[A-Z][\w'’-]+\s*[.!]?$|(?:okay|ok)\s*[.!]?$|"
    r"have\s+a\s+(?:good|nice|great)\s+(?:afternoon|morning|evening|day|weekend)|"
    r"let\s+me\s+start\s+with\s+you|joining\s+(?:me|us)\s+(?:now|here))\b"
    r"(?![^.!?]*\d)",
    re.IGNORECASE,
)


# A speech's salutation: "Mr. President,\nMr. Secretary-General,\nExcellencies, Heads of State
# and Government,\nDistinguished delegates", "Ladies and gentlemen", "My fellow Americans"
_ADDRESSEE = (
    r"(?:Mrs?\.|(?:Mrs?|Madam|Madame|Mister|Your|Distinguished|Excellenc(?:y|ies)|Honou?rable|"
    r"Ladies|Dear|Fellow|Friends|Heads\s+of|My\s+fellow|Esteemed|Colleagues|Delegates)\b)"
    r"(?:\s+(?:[A-Z][\w'’.-]*|of|and|the|delegates|guests|colleagues|friends|members|"
    r"citizens|gentlemen|ladies)){0,8}"
)
_SALUTATION = re.compile(rf"{_ADDRESSEE}(?:,?\s*(?:and\s+)?{_ADDRESSEE})*,?")


# "[CROSSTALK]", "(Witness sworn.)", "[Laughter.]", "(Whereupon, a recess was taken.)": in
# capitals, or a transcript's words for what happened in the room
_STAGE_DIRECTION = re.compile(
    r"[\[(](?:[A-Z][A-Z ,.'’-]{2,40}|(?:Laughter|Applause|Crosstalk|Inaudible|Music|Pause|"
    r"Cheers|Interruption|Break|Recess|Whereupon|Witness|Off\s+mic|Commercial)\b"
    r"[A-Za-z ,.'’-]{0,60})[\])]\.?"
)
_CLOCK_ONLY = re.compile(r"[0-2]?\d[:.][0-5]\d\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?", re.IGNORECASE)


# what a person told, whole: "his account", "their version", "her testimony"
def _names_the_stem(text: str, draft: Draft, stem: str) -> bool:
    """The claim has a word that starts as the noun a note names ("arrested" for "arrests")."""
    words = text[draft.attribution.content[0] : draft.attribution.content[1]].lower().split()
    return any(word.startswith(stem) for word in words)


# what a note of verification names: "could not independently confirm the arrests"
_NAMED_UNVERIFIED = re.compile(
    r"\b(?:verify|confirm|corroborate|authenticate)\s+(?:the|these|those|reports\s+of\s+the)\s+"
    r"(?:[a-z-]+\s+)?(?P<noun>[a-z]{5,})\b(?!\s+(?:of|that|about)\b)"
)
# a note on the two accounts just given: "either account", "neither side's claims", "both
# versions"
_EITHER_ACCOUNT = re.compile(
    r"\b(?:either|neither|both)\s+(?:side['’]s\s+|party['’]s\s+)?(?:account|accounts|claim|"
    r"claims|version|versions|report|reports|statement|statements)\b|"
    # "could not independently verify the claims of either side"
    r"\b(?:accounts?|claims?|versions?|reports?|statements?)\s+(?:of|from|by)\s+(?:either|both|"
    r"the\s+two)\s+(?:side|sides|party|parties)\b",
    re.IGNORECASE,
)
_WHOLE_ACCOUNT = re.compile(
    r"\b(?:his|her|their)\s+(?:accounts?|version|testimony|story|stories|claims|allegations)\b",
    re.IGNORECASE,
)
_OWN_CHECKING = re.compile(
    r"(?:it|they|he|she|we)\s+(?:had|has|have|was|were|could|can|did|would|is|are)\s*"
    r"(?:not|n't|been\s+unable|unable)\b"
)


def _apply_turns(
    text: str, drafts: list[Draft], sentences: list[Sentence], turns: Turns
) -> list[Draft]:
    """A transcript's or an interview's speaker is the claimant of what the turn asserts:
    of each claim with no claimant of its own, and of each in the first person ("I think").
    The interviewer's questions assert nothing."""
    if not (turns.labels or turns.answers or turns.questions):
        return drafts
    kept: list[Draft] = []
    whole_sentences: set[int] = set()  # an answer's sentences taken whole, as the speaker's
    # In an interview the interviewee speaks in the first person in many answers; a report
    # taken for an interview by mistake (a few rhetorical questions) in few or none - its
    # sentences citing someone are not taken whole
    # what the interviewee answers: the unlabelled answers, and the labelled turns of those who
    # answer (not the interviewer's)
    answering = set(turns.answers) | (
        _answering_turns(text, sentences, turns) if turns.labels else set()
    )
    first_person = {
        sentence.paragraph
        for sentence in sentences
        if sentence.paragraph in answering
        and _SPEAKS_AS_I.search(text, sentence.start, sentence.end)
    }
    spoken = len(first_person) * 4 >= len(answering)
    for draft in drafts:
        paragraph = sentences[draft.sentence_index].paragraph
        if paragraph in turns.questions or draft.sentence_index in whole_sentences:
            continue
        speaker = turns.labels.get(paragraph) or turns.answers.get(paragraph)
        source = draft.attribution.source
        if paragraph in turns.asking and (
            source is None or text[source[0] : source[1]].lower() in _FIRST_PERSON
        ):
            continue  # a labelled interviewer's own words: "Your board called the plan rushed"
        if (
            paragraph in answering
            and spoken
            and source is not None
            and not draft.attribution.is_quote
            and text[source[0] : source[1]].lower() not in _FIRST_PERSON
            # (not the interviewee named in the third person: "Smith said ..." is a report)
            and not _names_speaker(text, source, speaker)
            # (nor a sentence that opens with another's report of their own: "The comptroller
            # says there is a surplus", "They say you can be Muslim and modern" - theirs)
            and not _opens_with_its_report(text, sentences[draft.sentence_index], draft)
        ):
            # "And the head of NATO, he has explained that ...", "... the 135th most popular
            # site according to Quantcast": in an interview's answer, the whole sentence is
            # what the interviewee says (whom they cite is part of it)
            sentence = sentences[draft.sentence_index]
            whole = whole_sentence(text, sentence.start, sentence.end)
            if whole is not None:
                while kept and kept[-1].sentence_index == draft.sentence_index:
                    kept.pop()
                whole_sentences.add(draft.sentence_index)
                draft.attribution = whole
                draft.last_sentence_index = draft.sentence_index
        if speaker is None or _editors_note(text, draft.attribution):
            kept.append(draft)
            continue
        if (
            draft.attribution.source is None
            and not draft.attribution.is_quote
            and text[draft.attribution.content[0] : draft.attribution.content[1]]
            .rstrip()
            .endswith("?")
        ):
            continue  # "Will she accept that ...?": a turn's question asserts nothing
        kept.append(draft)
        draft.turn_speaker = text[speaker[0] : speaker[1]].lower()
        attribution = draft.attribution
        # a quotation with no tag of its own, given the speaker of a quotation in an earlier
        # turn: in a labelled turn it is the turn's speaker's ('Joe Park: "Blue Monday". It
        # reached number nine.'), and the earlier tag's verb is not its cue
        earlier_turn = (
            paragraph in turns.labels
            and attribution.source is not None
            and attribution.inherited_source
            and attribution.source[1] <= speaker[0]
        )
        if earlier_turn:
            attribution.cue = attribution.cue_verb = None
        if (
            attribution.source is None
            or earlier_turn
            or text[attribution.source[0] : attribution.source[1]].lower() in _FIRST_PERSON
        ):
            attribution.source = speaker
            attribution.inherited_source = True
            if attribution.form == "unattributed":
                attribution.form = "turn"
    return kept


# one or more of a group named before: "one of them", "two of those", "both of the aides"
_PARTITIVE_KEY = re.compile(
    r"(?:one|two|three|four|five|several|some|both|most|many|a few|each) of "
    r"(?:them|those|these|the [a-z]+)|one|two|three|another"
)


# The people an unnamed source is described as, whom "the official" can mean again
def _a_person_noun(word: str) -> bool:
    """'lawmaker', 'educator', 'patrolman', 'diplomat': a singular noun for a person (by its
    ending, or a role the lexicon knows) - not an office with one holder ("the minister")."""
    return word not in _OFFICES and (
        word in _UNNAMED_PEOPLE
        or word in PERSON_ROLE_WORDS
        or (len(word) > 5 and word.endswith(("er", "or", "man", "woman", "ist", "ian", "ant")))
    )


# Offices held by one person, named by the office: "The minister said" is no unnamed source
_OFFICES = frozenset(
    "minister governor mayor president premier chancellor secretary commissioner chairman "
    "chairwoman chair speaker ambassador coach manager chief leader king queen pope prince "
    "mayoress sheriff director founder owner headteacher principal".split()
)


_UNNAMED_PEOPLE = frozenset(
    "official officials source sources aide aides person employee diplomat officer insider "
    "executive investor analyst staffer worker resident witness".split()
)


def _named_by_label(label: str, persons: PersonIndex, position: int) -> Mention | None:
    """The person a turn's label names by surname ("VOSS", "PROF. VOSS", "Bell"): the first
    fuller mention before it whose last word it is."""
    label_words = label.split()
    surname = _folded(label_words[-1].strip("."))
    if len(surname) < 2:
        return None
    given_name = None
    for mention in persons.mentions:
        if mention.start >= position:
            break
        words = mention.text.split()
        if len(words) < 2 or mention.text.isupper():
            continue
        if _folded(words[-1]) == surname:
            return mention
        if given_name is None and len(label_words) == 1 and _folded(words[0]) == surname:
            given_name = mention  # "Tom:" after "Tom Reyes and Liz Marr run the shop"
    return given_name


def _folded(word: str) -> str:
    """A name word lowered, its accents left out: "DIAZ" names "Rosa Díaz"."""
    if word.isascii():
        return word.lower()
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def _titled_label(label: str) -> bool:
    """ "Ms Díaz:", "Dr. Reyes:": a title and a surname."""
    words = label.split()
    return len(words) == 2 and words[0].rstrip(".").lower() in TITLE_ABBREVIATIONS


_NOTE_LABEL = r"(?:Editor['’]?s['’]?|Editors['’]|Ed\.?)\s+note"
# "Editor's note: John Baker has been ...": a line of the page that introduces the piece
_EDITORS_NOTE_LINE = re.compile(_NOTE_LABEL + r"\s*:", re.IGNORECASE)
# "[Note: The interview took place before ...]", "(Editor's note: ...)": the publication's
# note inside someone's answer or quotation.
_EDITORS_NOTE = re.compile(r"[\[(](?:" + _NOTE_LABEL + r"|Note)\s*:\s*", re.IGNORECASE)


def _editors_note(text: str, attribution: Attribution) -> bool:
    """A claim that is an editor's note in brackets: the note without its brackets and label,
    with no claimant (the publication's own). Says whether it was one."""
    start, end = attribution.content
    note = _EDITORS_NOTE.match(text, start, end)
    if note is None or (attribution.source is not None and not attribution.inherited_source):
        return False
    while end > note.end() and text[end - 1] in "]). ":
        end -= 1
    attribution.content = (note.end(), end)
    return True


def _answering_turns(text: str, sentences: list[Sentence], turns: Turns) -> set[int]:
    """The labelled turns that answer: each one after a question (the interviewer's turn, or
    any turn ending in "?"), and the turns straight after an answer by anyone who answers a
    question somewhere in the text (the same speaker going on; a second guest taking up the
    question: "Liz: Not really." / "Tom: I'd be more cautious.") - not a reporter's narration
    between interviews in a broadcast ("REPORTER: The utility says ..."), who answers none."""
    ends: dict[int, int] = {}
    for sentence in sentences:
        ends[sentence.paragraph] = sentence.end
    answering: set[int] = set()
    order = sorted(turns.labels)
    for previous, index in itertools.pairwise(order):
        if index not in turns.asking and (
            previous in turns.asking
            or (previous in ends and _ends_in_question(text, ends[previous]))
        ):
            answering.add(index)
    guests = {_label_text(text, turns.labels[index]) for index in answering}
    for previous, index in itertools.pairwise(order):
        if (
            previous in answering
            and index not in turns.asking
            and _label_text(text, turns.labels[index]) in guests
        ):
            answering.add(index)
    return answering


def _label_text(text: str, label: tuple[int, int]) -> str:
    return text[label[0] : label[1]]


_BELIEFS = frozenset({"believe", "suspect", "fear", "think", "worry"})


_EVENT_WORDS = frozenset("will would could may might is are was were has have had to be".split())


def _names_no_event(content: str) -> bool:
    """'a 0.2 per cent rise in consumer prices', 'earnings of $2.10 a share': with a figure
    (the statistic flag), an expected figure - no event with a verb of its own ("the bank will
    hold rates", "prices to rise")."""
    return _EVENT_WORDS.isdisjoint(content.lower().split())


def _past_expectation(text: str, attribution: Attribution) -> bool:
    """'Analysts had expected a loss of 90 million': what forecasters expected, a fact about
    the forecast - not hedged, and no rival of the result it is measured against."""
    return (
        attribution.cue_verb is not None
        and attribution.cue_verb.lemma == "expect"
        and attribution.cue is not None
        and text[attribution.cue[0] : attribution.cue[1]].lower() == "expected"
    )


_PERSONAL_PRONOUN = re.compile(r"\b(?:him|himself|herself)\b")
_WHO_AFTER = re.compile(r",\s+who\b")
_FIRST_PERSON_SINGULAR = re.compile(r"(?<![\w'’])(?:I|I'[a-z]+|I’[a-z]+|[Mm]y|me|myself)(?![\w'’])")
_WHICH_AFTER = re.compile(r",\s*which\b")
_SPEAKS_AS_I = re.compile(r"(?<![\w'’])(?:I|I'[a-z]+|I’[a-z]+|[Ww]e|[Oo]ur|[Mm]y|me)(?![\w'’])")


def _names_speaker(text: str, source: tuple[int, int], speaker: tuple[int, int] | None) -> bool:
    """The claimant span names the turn's speaker ("Smith" in an interview with Jane Smith)."""
    if speaker is None:
        return False
    named = {word for word in text[speaker[0] : speaker[1]].split() if word[:1].isupper()}
    return any(word.strip(".,'’") in named for word in text[source[0] : source[1]].split())


def _resolve_claimants(
    text: str,
    drafts: list[Draft],
    paragraphs: list[tuple[int, int]],
    sentences: list[Sentence] | None = None,
) -> None:
    persons = PersonIndex(text, paragraphs)
    recent: list[Mention] = []  # claimants of earlier claims, nearest last
    # a described claimant's stand-in in ``recent`` (by its start) and whom it stands for
    stand_ins: dict[int, Mention] = {}
    # "she" once resolved to a person, that person is not "he" a paragraph later (and the
    # other way round): the pronoun each resolved name was given, by the name's last word.
    pronoun_of: dict[str, str] = {}
    gendered = False  # titles and gendered roles read into pronoun_of (at the first he/she)
    # the pronoun a common given name suggests ("Maria Lopez": she), by the name's last word:
    # weaker than a title, it only keeps a he from a Maria
    given: dict[str, str] = {}
    # The last speaker who is a person and the span of what they said: a person named inside
    # it ("Price had spent the money") is who they spoke of, not who "she said" next is.
    spoke: tuple[Mention, tuple[int, int]] | None = None
    roles: dict[str, str] | None = None  # read when the first person speaks
    # each anaphor's span resolved so far: what it was resolved to, and the kind
    resolved_at: dict[tuple[int, int], tuple[Mention | None, str]] = {}
    for position, draft in enumerate(drafts):
        source = draft.attribution.source
        if source is None:
            continue
        source_text = text[source[0] : source[1]]
        # "According to him, ...": the object pronoun stands for whom "he" would
        source_text = _OBJECT_PRONOUNS.get(source_text, source_text)
        kind = claimant_kind(source_text, persons.name_words)
        cue = draft.attribution.cue
        if (
            kind == "person"
            and (cue is None or cue[0] >= source[1])
            and _WHICH_AFTER.match(text, source[1])
        ):
            # "Minera Altoandina, which runs the mine, said": a thing (not after the verb:
            # '..., said Maria Lopez, which would mean ...' comments on the whole sentence)
            kind = "organisation"
        elif kind in ("organisation", "unknown") and _WHO_AFTER.match(text, source[1]):
            kind = "person"  # "Umahi, who spoke after the meeting, said": a person
        elif (
            kind == "organisation"
            and " " not in source_text
            and source_text[:1].isupper()
            and (
                _PERSONAL_PRONOUN.search(text, *draft.attribution.content)
                # '"I never said that," Jones told the committee': one person quoted
                or (
                    draft.attribution.is_quote
                    and _FIRST_PERSON_SINGULAR.search(text, *draft.attribution.content)
                )
            )
        ):
            kind = "person"  # "Cole said the governor had told him ...": a person speaks
        if source in resolved_at:
            # one tag for several claims ('"A," he told her. "B."'): one speaker
            draft.resolved, kind = resolved_at[source]
        elif (
            draft.turn_speaker
            and (
                source_text.isupper()
                or (" " not in source_text and source_text.istitle())
                or _titled_label(source_text)
            )
            and (named := _named_by_label(source_text, persons, source[0])) is not None
        ):
            # "VOSS:" after "Joining me is Professor Lena Voss", "Bell:" after "spoke to chef
            # Marco Bell": the person the label names
            draft.resolved, kind = named, "person"
        elif is_anaphor(source_text):
            if not gendered and source_text.lower() in ("he", "she"):
                gendered = True
                if contains_any(text, _GENDER_HINTS):
                    pronoun_of.update(_gendered_names(text))
                given = _given_name_genders(persons)
            antecedent = _subject_of_its_claim(text, draft, source_text) or (
                _accused_just_before(text, drafts, position, source_text)
            )
            if not antecedent:
                antecedent = _person_in_the_role(text, source_text, source[0], persons)
                if antecedent is not None and _described_speaker_since(
                    recent, source_text, antecedent.start, source[0]
                ):
                    # 'Sen. Mark Kirk said ... A Republican senator, who asked not to be named,
                    # said ... "...," the senator said': the senator who spoke since, unnamed
                    antecedent = None
            antecedent = (
                antecedent
                or _antecedent(
                    source_text,
                    source[0],
                    recent,
                    persons,
                    pronoun_of,
                    spoke,
                    given,
                    own=draft.attribution.content,
                    text=text,
                    tail=draft.attribution.form == "tail",
                )
                or _body_before_in_sentence(text, source_text, source[0])
            )
            if antecedent is not None and antecedent.start in stand_ins:
                antecedent = stand_ins[antecedent.start]
            if antecedent is None or not _names_the_head(antecedent, source_text):
                # "... according to the federation": the Continental Football Federation
                # named before, wherever, rather than the outlet that last spoke
                antecedent = _named_body_before(text, source_text, source[0]) or antecedent
            if sentences is not None and (
                source_text.lower() == "it"
                or (
                    source_text.lower() in ("he", "she")
                    and (
                        antecedent is None
                        or not antecedent.named
                        or _named_in_the_sentence_before(antecedent, sentences, draft)
                    )
                )
                # ("The White House says ... . Many economists are not so sure. Tariffs, they
                # argue, ...": the people opening the sentence before, over a body or a person
                # who spoke before it)
                or (
                    source_text.lower() == "they"
                    and (antecedent is None or antecedent.kind != "group")
                )
            ):
                # "The Met Office extended its warning. Gusts of 100mph were recorded, it
                # said.", "The Taoiseach, speaking in Cork, defended his minister. He said
                # ...": the body or the role that opened the sentence before, when named
                # after the last claimant that could be the pronoun
                opened = _opening_before(text, sentences, draft.sentence_index, source_text)
                if opened is not None and (
                    antecedent is None
                    or opened.start > antecedent.start
                    # (a person named in that sentence's object is whom it was about)
                    or (
                        source_text.lower() in ("he", "she")
                        and _named_in_the_sentence_before(antecedent, sentences, draft)
                    )
                ):
                    antecedent = opened
            if antecedent is not None and antecedent.kind == "document":
                # "the office" after "data from the Labour Statistics Office": the body named
                # inside the record, not the record
                antecedent = _body_inside(antecedent, source_text) or antecedent
            if (
                antecedent is not None
                and source_text.lower() not in PRONOUN_KINDS
                and antecedent.kind != "document"
            ):
                # "the SEC alleged ... the U.S. attorney's office said ... According to the SEC
                # complaint, X. The agency said Y": the body whose record was cited since
                antecedent = _issuer_cited_since(recent, antecedent, source_text) or antecedent
            if antecedent is not None:
                earlier = resolved_at.get((antecedent.start, antecedent.end))
                if earlier is not None and earlier[0] is not None:
                    # "he" after "The spokesman" (the airline's chief spokesman): whom the
                    # description stood for
                    antecedent = earlier[0]
                draft.resolved = antecedent
                kind = antecedent.kind
                if source_text.lower() in ("he", "she") and antecedent.named:
                    pronoun_of[_name_key(antecedent.text)] = source_text.lower()
            elif source_text.lower() in ("he", "she"):
                kind = "person"
            elif source_text.lower() == "they":
                kind = "group"
            elif kind == "unknown" and source_text.lower() != "it":
                kind = claimant_kind(source_text.split(maxsplit=1)[-1]) or "unknown"
            resolved_at[source] = (draft.resolved, kind)
        elif _PLACED_ROLE.fullmatch(source_text):
            # "The Nevada senator", "the Ohio Republican": a person named before in that role
            person = _person_in_the_role(text, source_text, source[0], persons)
            kind = "person"
            if person is not None:
                draft.resolved = person
            resolved_at[source] = (draft.resolved, kind)
        if (
            draft.turn_speaker
            and kind in ("organisation", "unknown")
            and source_text.lower() == draft.turn_speaker
        ):
            kind = "person"  # a transcript's "HOLT:", an interview's answers: a person speaks
        draft.source_kind = kind
        draft.source_named = is_named(source_text)
        draft.source_key = _source_key(text, draft)
        if kind == "person" and roles is None:
            roles = _roles_of_names(text)
        if kind == "person" and roles:
            role = roles.get(_name_key(draft.source_key))
            if role and role not in draft.source_key.split():
                # "The Premier, Anna Whitlock, ..." then "Ms Whitlock said": a reply naming
                # "the Premier" answers her
                draft.source_key = f"{draft.source_key} {role}"
        mention = draft.resolved or Mention(
            source[0], source[1], kind, source_text, draft.source_named
        )
        if kind != "person":
            spoke = None
        elif sentences is not None:
            # the whole sentence the person spoke in: a person named in it ("after a meeting
            # chaired by President X", "Pickering, of Hazel Grove, denies") is not who the
            # next "she said" is
            sentence = sentences[draft.sentence_index]
            spoke = (mention, (sentence.start, max(sentence.end, draft.attribution.content[1])))
        else:
            spoke = (mention, draft.attribution.content)
        if draft.resolved is not None and draft.resolved.start < source[0]:
            # "The airline's chief spokesman said ... Berg said ... The spokesman said ... he
            # said": the description speaks where it stands - a stand-in at its own place, in
            # the antecedent's words, so that the "he" after it is the spokesman, not Berg
            stand_in = Mention(source[0], source[1], mention.kind, mention.text, mention.named)
            stand_ins[source[0]] = mention
            mention = stand_in
        if not recent or recent[-1].start != mention.start:
            recent.append(mention)
            if len(recent) > RESOLUTION_WINDOW_CLAIMS:
                recent.pop(0)


_MORE_BODIES = frozenset(
    "airline bank carrier retailer group club trust foundation insurer operator utility "
    "manufacturer maker broadcaster newspaper network".split()
)
# A body named by its kind earlier in the sentence: "The company's shares fell after it
# warned ...", "the council, which said it ...".
_BODY_IN_SENTENCE = re.compile(
    r"\b[Tt]he\s+(?:[a-z-]+\s+)?(?:"
    + "|".join(sorted(BODY_TYPES | _MORE_BODIES))
    + r")\b(?!\s+(?:of|for)\b)"
)


# Roles a definite description names a person by ("the senator", "The Ohio Republican")
_DESCRIBED_ROLES = frozenset(
    """senator congressman congresswoman representative governor mayor minister secretary
    judge prosecutor republican democrat economist president chancellor premier councillor
    commissioner sheriff ambassador lawmaker spokesman spokeswoman alderman independent
    nominee""".split()
)


_PLACED_ROLE = re.compile(
    r"[Tt]he\s+(?:[A-Z][\w.'’-]+\s+){1,2}(?:"
    + "|".join(sorted(_DESCRIBED_ROLES))
    + r"|Republican|Democrat|Senator|Governor|Mayor)"
)


def _person_in_the_role(
    text: str, description: str, position: int, persons: PersonIndex
) -> Mention | None:
    """'The Nevada senator said': the nearest person named before with that role - as a title
    ("Senator Ruth Alvarez") or in apposition ("Ruth Alvarez, the ranking Democrat,")."""
    words = description.lower().split()
    if len(words) < 2 or words[0] != "the" or words[-1] not in _DESCRIBED_ROLES:
        return None
    role = words[-1]
    for mention in reversed(persons.mentions):
        if mention.end > position:
            continue
        if position - mention.end > RESOLUTION_WINDOW_CHARS:
            return None
        before = text[max(0, mention.start - 30) : mention.start].lower()
        after = text[mention.end : mention.end + 60].lower()
        apposition = after.split(",")[1] if after.startswith(",") and after.count(",") >= 2 else ""
        titles = {_TITLE_ROLES.get(word.rstrip("."), word) for word in before.split()[-2:]}
        described = set(apposition.split())
        party = _PARTY_TAG.fullmatch(apposition.strip())
        if party is not None:
            described.add(_PARTY_ROLES[party[1]])  # "Sen. X, R-Tenn.,": the Republican
        if role in titles or role in described:
            return mention
    return None


# A title's abbreviation for the role it names: "Gov. Ray Dunleavy" is the governor
_TITLE_ROLES = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
    "amb": "ambassador",
    "cllr": "councillor",
    "coun": "councillor",
    "atty": "attorney",
    "ald": "alderman",
    "supt": "superintendent",
    "prof": "professor",
}
_PARTY_TAG = re.compile(r"([rdi])-[a-z.]+")
_PARTY_ROLES = {"r": "republican", "d": "democrat", "i": "independent"}


def _named_in_the_sentence_before(
    mention: Mention, sentences: list[Sentence], draft: Draft
) -> bool:
    """The mention stands inside the sentence just before the draft's, in its paragraph
    ("... a call between Putin and his French counterpart Emmanuel Macron. '...,' he said"):
    a role opening that sentence outranks it as the subject."""
    index = draft.sentence_index
    if index == 0 or sentences[index - 1].paragraph != sentences[index].paragraph:
        return False
    previous = sentences[index - 1]
    return previous.start < mention.start < previous.end


def _opening_before(
    text: str, sentences: list[Sentence], index: int, pronoun: str
) -> Mention | None:
    """What opens the sentence before the one at ``index`` (in the same paragraph) that the
    pronoun can stand for: for "it" a body ("The Met Office extended its warning."), for
    "he"/"she" a person named by a role ("The Taoiseach, speaking in Cork, defended ...")."""
    if index == 0 or sentences[index - 1].paragraph != sentences[index].paragraph:
        return None
    previous = sentences[index - 1]
    if pronoun.lower() == "it":
        return _body_mention(_OPENING_SUBJECT.match(text, previous.start, previous.end))
    if pronoun.lower() == "they":
        # "Researchers at the University of Reading studied ... . X, they estimated."
        people = _OPENING_PEOPLE.match(text, previous.start, previous.end)
        if people is None:
            return None
        kind = claimant_kind(people["head"])
        # ("Several aides were skeptical", "Some lawmakers disagree": people of a government)
        if kind != "group" and not is_plural_of_speakers(people["head"].split()[-1].lower()):
            return None
        return Mention(people.start(), people.end(), kind, people[0], False)
    match = _OPENING_ROLE.match(text, previous.start, previous.end)
    if match is None or not speaks_in_a_role(match[0]) or match[0].rstrip().endswith("s"):
        return None
    return Mention(match.start(), match.end(), "person", match[0], False)


_OPENING_ROLE = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+|[a-z]+\s+){0,2}?[A-Za-z][\w'’-]*"
    r"(?=(?:,[^,.;]{1,80},)?\s+(?:(?:also|still|later|then|again|however)\s+)?"
    r"(?:[a-z]+ed|has|had|is|was|said|says|told|met|made|gave|took|did|does|could|"
    r"went|came|spoke|wrote|sent|held|left|led|paid|won|lost|saw|found|began|brought|struck|"
    r"sought|set|put|cut|hit|kept|stood|faced|chose|drew|rose|fell|broke|bought|sold|ran)\b)"
)


# People who open a sentence, with where they are from: "Researchers at the University of
# Reading studied", "Doctors from three hospitals have"
_OPENING_PEOPLE = re.compile(
    # ("Several former Fed chairs have sided with ...": a quantifier and modifiers first)
    r"(?P<head>(?:(?:Several|Many|Some|Most|Two|Three|Four|Five|Both|All|Other)\s+)?"
    r"(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][a-z]+s)"
    r"(?:\s+(?:at|from|of|in|with)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+(?:of\s+|for\s+)?){0,5}"
    r"[A-Z][\w'’&-]*)?"
    r"(?=\s+(?:(?:also|still|often)\s+)?(?:[a-z]+ed|have|had|were|are|say|said|told|found|"
    r"believe|disagree|agree|worry|fear|doubt|remain|see|think|argue|insist|contend|warn|"
    r"want|expect|hope)\b)"
)


def _body_mention(match: re.Match[str] | None) -> Mention | None:
    """The matched words as a mention, when they name a body (an organisation, a government,
    an outlet) - what "it" can stand for."""
    if match is None:
        return None
    kind = claimant_kind(match[0])
    if kind not in ("organisation", "government", "media"):
        return None
    return Mention(match.start(), match.end(), kind, match[0], is_named(match[0]))


_BODY_AFTER = re.compile(r"\b(?:from|by|of)\s+(?=(?:the\s+)?[A-Z])")


def _body_inside(record: Mention, anaphor: str) -> Mention | None:
    """'data from the Labour Statistics Office', 'a report by the Home Affairs Council': the
    body in the record's words whose last word is the anaphor's ("the office", "the council")."""
    head = anaphor.split()[-1].lower()
    found = _BODY_AFTER.search(record.text)
    if found is None or record.text.split()[-1].lower().strip(".,") != head:
        return None
    start = record.start + found.end()
    return Mention(
        start,
        record.end,
        claimant_kind(record.text[found.end() :]),
        record.text[found.end() :],
        True,
    )


def _initials(name: str) -> str:
    """ "Securities and Exchange Commission": SEC (the capitalised words' first letters)."""
    return "".join(word[0] for word in name.split() if word[:1].isupper() and word != "The")


def _issuer_cited_since(recent: list[Mention], antecedent: Mention, anaphor: str) -> Mention | None:
    """A body the anaphor fits, named earlier, whose record (by its acronym or one of its
    names: "the SEC complaint", "an Ofwat report") was a claimant after ``antecedent``."""
    for record in reversed(recent):
        if record.start <= antecedent.start:
            return None
        if record.kind != "document":
            continue
        issuer = {
            word.strip(".,'’s") if word.endswith(("'s", "’s")) else word.strip(".,")
            for word in record.text.split()[1:-1]
            if word[:1].isupper()
        }
        if not issuer:
            continue
        for body in recent:
            if (
                body.start < antecedent.start
                and body.kind != "document"
                and (_initials(body.text) in issuer or issuer <= set(body.text.split()))
                and fits(anaphor, body)
            ):
                return body
    return None


def _named_body_before(text: str, anaphor: str, position: int) -> Mention | None:
    """'The National Roads Agency has closed the motorway. The agency said ...': a body's
    definite description, with no claimant before it to stand for, is the nearest body named
    before with the same last word (in any sentence, not only a claimant's)."""
    words = anaphor.split()
    if not 2 <= len(words) <= 4 or words[0].lower() != "the":
        return None
    if len(words) == 2 and words[1].lower() not in BODY_TYPES:
        return None
    if len(words) > 2 and not all(word.isalpha() and word.islower() for word in words[1:]):
        return None
    if words[-1].capitalize() not in text:
        return None  # (most descriptions: no name ends with their noun, capitalised)
    # "the weather service": the "National Weather Service", its words capitalised in a name
    pattern = _named_body_pattern(tuple(word.lower() for word in words[1:]))
    found = None
    for match in pattern.finditer(text, max(0, position - 3000), position):
        found = match  # the nearest before
    if found is not None and " of " in found[0] and claimant_kind(found[0]) == "person":
        # "Engineer Paula Grint of the Tarrow Mining Consortium": the body she is of
        return _body_mention(pattern.search(text, text.index(" of ", found.start()) + 4, position))
    return _body_mention(found)


@functools.lru_cache(maxsize=1024)
def _named_body_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """A body's name ending with these words capitalised: "(The) National Weather Service"
    for ("weather", "service"); a lone body word needs a name before it ("Roads Agency")."""
    return re.compile(
        r"\b(?:[Tt]he[ \t]+)?"
        r"(?:(?!The\b)[A-Z][\w'’&-]*[ \t]+(?:(?:of|for|and|on)[ \t]+(?:the[ \t]+)?)?)"
        + ("{1,5}" if len(words) == 1 else "{0,4}")
        + r"[ \t]+".join(re.escape(word.capitalize()) for word in words)
        # (not "Council leader Derek Hollis": a role in the body, a person; not "The Hospital
        # Workers Union": the name goes on, another body's)
        + r"\b(?![ \t]+[a-z]+[ \t]+[A-Z])(?![ \t]+[A-Z][a-z])"
    )


def _names_the_head(mention: Mention, anaphor: str) -> bool:
    """The mention is a body named with the description's head noun ("the Tarrow Mining
    Consortium" for "the consortium"), and not a person whose title names it."""
    head = anaphor.split()[-1].lower()
    return mention.kind != "person" and head in mention.text.lower().split()


def _body_before_in_sentence(text: str, pronoun: str, position: int) -> Mention | None:
    """'it' with no claimant before it: the last body named by its kind in the same sentence
    before the pronoun (not across a full stop)."""
    if pronoun.lower() != "it":
        return None
    window = max(0, position - 200)
    stop = max(text.rfind(". ", window, position), text.rfind("\n", window, position))
    opening = stop + 1 if stop >= 0 else window
    found = None
    for match in _BODY_IN_SENTENCE.finditer(text, opening, position):
        found = match  # the last one before the pronoun
    if (
        found is not None
        and not text[found.end() : position].strip(" ,")
        and text[opening:position].split(maxsplit=1)[:1]
        and text[opening:position].split(maxsplit=1)[0].lower() in PREPOSITIONS
    ):
        # "In a letter to the council, it said": the body is whom the phrase before the
        # subject names, not the subject
        return None
    return _body_mention(found)


# The subject that opens a claim: a name ("Shell", "Acme Corp") or a definite noun phrase ("The
# company", "The agency's board"), up to its verb.
_OPENING_SUBJECT = re.compile(
    # ("Russia's defence ministry": a name's possessive, then two words in small letters)
    r"(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){0,3}?(?:[a-z]+\s+)?(?:[A-Z][\w'’&.-]*|[a-z]+)"
    # "The India Meteorological Department (IMD) has issued": its initials in brackets
    r"(?:\s+\([A-Z][A-Za-z&.]{1,9}\))?"
    # ("The Environment Agency, a statutory consultee, did not object": its apposition)
    r"(?=(?:,\s+(?:a|an|the)\s+[^,.;]{1,60},)?\s+"
    r"(?:(?:now|also|still|already|again)\s+)?(?:has|had|have|is|was|will|would|posted|"
    # ("did not comment", "could not be reached": what it did not do, before what it said)
    r"reported|said|made|expects|plans|sees|did|does|could|can|cannot|[a-z]+ed|"
    # ("The group sent its findings to the council": an irregular past)
    r"sent|wrote|gave|took|held|met|told|found|began|put|set|kept|brought|sought)\b)"
)


def _subject_of_its_claim(text: str, draft: Draft, pronoun: str) -> Mention | None:
    """'The company posted a profit of $1.2 billion, it said': a pronoun in the tag after a
    claim stands for the subject the claim opens with, when that names a body."""
    attribution = draft.attribution
    if (
        pronoun.lower() != "it"
        or attribution.cue is None
        or attribution.cue[0] < attribution.content[1]
    ):
        return None
    return _body_mention(
        _OPENING_SUBJECT.match(text, attribution.content[0], attribution.content[1])
    )


# How many persons named before a "he" or "she" are looked at for one who fits it
_PERSONS_BACK = 3


def _described_speaker_since(
    recent: list[Mention], description: str, since: int, position: int
) -> bool:
    """A claimant described by the description's head ("A Republican senator" for "the
    senator") spoke between ``since`` and ``position``."""
    head = description.split()[-1].lower()
    return any(
        since < mention.start < position and head in mention.text.lower().split()
        for mention in recent
    )


_ACCUSED_OF = re.compile(r"\s+(?:of|for|over)\s")


def _accused_just_before(
    text: str, drafts: list[Draft], position: int, pronoun: str
) -> Mention | None:
    """ "Rights groups accused the militia of abducting aid workers, charges it denies": the
    pronoun of a denial after an accusation in its own sentence is the accused (not the
    accuser, who spoke last)."""
    draft = drafts[position]
    verb = draft.attribution.cue_verb
    if position == 0 or pronoun.lower() not in ("he", "she", "it", "they"):
        return None
    if verb is None or verb.group != "deny":
        return None
    before = drafts[position - 1]
    accusing = before.attribution.cue_verb
    if (
        accusing is None
        or accusing.group != "accuse"
        or before.sentence_index != draft.sentence_index
        or accusing.complement != "object"
    ):
        return None
    start, end = before.attribution.content
    cue = before.attribution.cue
    if cue is not None and cue[1] <= start and text[cue[1] : start].strip():
        # "The group has itself been accused by the UN of shelling camps, charges it denies":
        # a passive accusation, its subject the accused
        full_stop = text.rfind(". ", 0, cue[0])
        opening = max(text.rfind("\n", 0, cue[0]) + 1, full_stop + 2 if full_stop >= 0 else 0)
        subject = _PASSIVE_SUBJECT.match(text, opening, cue[0])
        if subject is None:
            return None
        first, last = subject.span("subject")
    else:
        found = _ACCUSED_OF.search(text, start, end)
        if found is None or found.start() - start > 60:
            return None
        first, last = start, found.start()
    accused = text[first:last]
    return Mention(first, last, claimant_kind(accused), accused, is_named(accused))


# the subject of a passive accusation, before its auxiliaries
_PASSIVE_SUBJECT = re.compile(
    r"\s*(?P<subject>[^,;]{2,60}?)\s+(?:has|have|had|was|were|is|are)\s+"
    r"(?:(?:also|itself|himself|herself|themselves|repeatedly|previously)\s+)?(?:been\s+)?$"
)


# a question's clause opening the sentence, right before the pronoun that answers it
_ASKED_BEFORE = re.compile(r"(?:^|(?<=[.!?\"”]\s)|(?<=\n))Asked\b[^.!?\n]{0,250},\s*$")


def _antecedent(
    anaphor: str,
    position: int,
    recent: list[Mention],
    persons: PersonIndex,
    pronoun_of: dict[str, str],
    spoke: tuple[Mention, tuple[int, int]] | None = None,
    given: dict[str, str] | None = None,
    own: tuple[int, int] | None = None,
    text: str = "",
    tail: bool = False,
) -> Mention | None:
    candidates = [
        mention
        for mention in recent
        if mention.start < position
        # (another pronoun left unresolved names no one)
        and mention.text.lower() not in PRONOUN_KINDS
        and fits(anaphor, mention)
    ]
    pronoun = anaphor.lower()
    if pronoun == "they" and candidates:
        # one unnamed person ("One dock worker ... they said") only when they spoke last
        latest = max(candidates, key=lambda mention: mention.start)
        if unnamed_one(latest.text):
            return latest
        candidates = [mention for mention in candidates if not unnamed_one(mention.text)]
    if pronoun in ("he", "she"):

        def fits_gender(mention: Mention) -> bool:
            words = mention.text.split()
            first = next(
                (
                    word.lower()
                    for word in words[:-1]
                    if word[:1].isupper()
                    and (
                        word.lower() in MASCULINE_GIVEN_NAMES
                        or word.lower() in FEMININE_GIVEN_NAMES
                    )
                ),
                "",
            )
            if (
                not first
                and len(words) == 1
                and text
                and (words[0].lower() in MASCULINE_GIVEN_NAMES)
                != (words[0].lower() in FEMININE_GIVEN_NAMES)
                and re.search(rf"\b{re.escape(words[0])}\s+[A-Z]", text) is not None
            ):
                # "Teresa" out of "Luis and Teresa Ocampo": a given name the text gives as one,
                # whose gender it says
                return (words[0].lower() in MASCULINE_GIVEN_NAMES) == (pronoun == "he")
            if first:
                # "Raj Patel" after "Mrs Patel": his own given name, not the surname he shares
                return (first in MASCULINE_GIVEN_NAMES) == (pronoun == "he") and (
                    _GENDERED_HEADS.get(_name_key(mention.text), pronoun) == pronoun
                    or _name_key(mention.text) not in _GENDERED_HEADS
                )
            key = _name_key(mention.text)
            return (
                pronoun_of.get(key, pronoun) == pronoun
                and (key in pronoun_of or (given or {}).get(key, pronoun) == pronoun)
                and _GENDERED_HEADS.get(key, pronoun) == pronoun
            )

        # the nearest person named before who can be "she" ("Asked about criticism from
        # Donald Trump, she said": not him, and not no one); a name inside her own quote is
        # whom she speaks of ('"Governor Hale has let them down," she said')
        # ("Asked by the coroner whether she had warned Mrs Hale, she replied": the people of
        # the question are not who answers it)
        asked = _ASKED_BEFORE.search(text, max(0, position - 300), position) if text else None
        fitting = [
            mention
            for mention in itertools.islice(
                persons.before(position, RESOLUTION_WINDOW_CHARS), _PERSONS_BACK
            )
            if not (own is not None and own[0] <= mention.start < own[1])
            and not (asked is not None and asked.start() <= mention.start)
            and fits_gender(mention)
        ]
        # the nearest, unless it only describes the one named before it ("X, a colleague of
        # Y, praised the museum. He said": X)
        person = next(
            (mention for mention in fitting if mention.start not in persons.described_by),
            fitting[0] if fitting else None,
        )
        if person is not None and text:
            # "Mary Jones is accused of neglect over the death of Ivor Price. She denies
            # the charge": the subject of the sentence before, over a name inside it
            person = _the_sentences_subject(text, person, fitting, position)
        if (
            tail
            and person is not None
            and spoke is not None
            and spoke[0].kind == "person"
            and spoke[1][0] <= person.start < spoke[1][1]
            and not (spoke[0].start <= person.start < spoke[0].end)
            and fits_gender(spoke[0])
        ):
            # "The chairwoman, Ms Ruth Achieng, said the coach, Mrs Janet Wekesa, had been
            # suspended. The decision was final, she said.": a tag after its claim goes on with
            # the one who just spoke, not someone her words were about
            person = spoke[0]
        if person is not None and any(
            mention.start <= person.start and person.end <= mention.end for mention in candidates
        ):
            person = None  # the name inside a claimant's span: the claimant says it fuller
        if person is not None and not (
            spoke is not None
            and spoke[1][0] <= person.start < spoke[1][1]
            and pronoun_of.get(_name_key(spoke[0].text), pronoun) == pronoun
            and pronoun_of.get(_name_key(person.text)) != pronoun
        ):
            candidates.append(person)
        candidates = [mention for mention in candidates if fits_gender(mention)]
    named = [
        mention
        for mention in candidates
        if mention.named or (pronoun in ("he", "she") and speaks_in_a_role(mention.text))
    ]
    if pronoun not in PRONOUN_KINDS:
        # "the official": the official who spoke before, named or not, over a body named
        # that merely fits ("The Federal Government")
        head = pronoun.split()[-1]
        by_head = [mention for mention in candidates if head in mention.text.lower().split()]
        if by_head:
            named = [mention for mention in by_head if mention.named] or by_head
            latest = max(by_head, key=lambda mention: mention.start)
            if not latest.named and latest.text.split()[0].lower() in ("a", "an"):
                # "the spokesperson" after "A police spokesperson said": the one just
                # introduced, not "Spokesperson Hemi Rawiri" four paragraphs up
                named = [latest]
        elif head in BODY_TYPES and _named_with_its_head(text, head, position):
            # "The RMT union called a strike. ... The union disputes that figure": the union
            # named before, in the reporter's words, not the claimant just before it
            return None
        elif head in _NAMED_AS_SUCH:
            # "Ford said it would cut 4,000 jobs. The union said ...": a union is named as one
            # ("the Unite union", "IG Metall, Germany's largest union"); a name the text never
            # calls one (the carmaker's, most likely) is not what "the union" stands for
            candidates = [mention for mention in candidates if _called_a(text, mention.text, head)]
            named = [mention for mention in named if mention in candidates]
    pool = named or candidates
    if pronoun.startswith(("one of", "two of", "some of", "another of")) and candidates:
        # "one of them": one of the group that spoke last, named or not ("Three doctors, who
        # spoke on condition of anonymity, said ... '...,' one of them said": the doctors,
        # not the farmers' "Two of them" before them)
        pool = candidates
    if not pool:
        return None
    if pronoun.split()[-1] in BUSINESS_ANAPHORS:
        # "the company" after "Anglia Water said ... The GMB said ...": the business named,
        # over an acronym that may be a union (a bare name, "Aldermoor", is a business too)
        businesses = [
            mention
            for mention in pool
            if not COMPANY_NAME_WORDS.isdisjoint(mention.text.lower().split())
            or not (mention.text.isupper() or _ACRONYM.fullmatch(mention.text))
        ]
        pool = businesses or pool
        if text and len(pool) > 1:
            # the story's company, named far more often than the one named last: "The
            # company said" after "Analysts at Leerink Partners wrote ...", in a story about
            # Calloway Therapeutics
            return _the_storys_company(text, pool, position)
    best = max(pool, key=lambda mention: mention.start)
    if pronoun in ("he", "she") and candidates:
        latest = max(candidates, key=lambda mention: mention.start)
        if latest.start > best.start and latest.kind == "person" and latest in recent:
            # "Mr. Okafor denied it. A referee who has worked in the league described a
            # different picture. He said ...": the speaker just before, named or not
            return latest
    return best


_ACRONYM = re.compile(r"(?:[Tt]he\s+)?[A-Z]{2,6}")


def _the_storys_company(text: str, pool: list[Mention], position: int) -> Mention:
    """Of the businesses "the company" can stand for, the nearest - unless another is named
    more than twice as often before it (by its name's first word): the company the story is
    about, which "the company" means in it."""
    nearest = max(pool, key=lambda mention: mention.start)
    before = text[:position]
    counted: dict[str, int] = {}
    times: list[int] = []
    for mention in pool:
        key = next(
            (word for word in mention.text.split() if word[:1].isupper() and word.lower() != "the"),
            "",
        )
        # (its possessive off: "Calloway's" is Calloway; "Reuters" keeps its last letter)
        key = key.removesuffix("'s").removesuffix("’s")
        if key and key not in counted:
            counted[key] = len(re.findall(rf"\b{re.escape(key)}\b", before))
        times.append(counted.get(key, 0))
    most = max(times)
    if most <= 2 * times[pool.index(nearest)]:
        return nearest
    # (its latest mention: "Calloway" after "Calloway Therapeutics")
    return max(
        (mention for mention, named in zip(pool, times, strict=True) if named == most),
        key=lambda mention: mention.start,
    )


def _the_sentences_subject(
    text: str, person: Mention, fitting: list[Mention], position: int
) -> Mention:
    """Of the persons who fit a pronoun opening a sentence, the one opening the sentence that
    names ``person`` too (its subject), when the pronoun's sentence comes after it."""
    if not _opens_a_sentence(text, position) and not _SENTENCE_END.search(
        text, person.end, position
    ):
        # (a tag after a claim - "It would be for the jury to decide, he said." - looks back
        # past its sentence all the same)
        return person
    for mention in fitting:
        if mention.start >= person.start:
            continue
        if _opens_a_sentence(
            text, _before_titles(text, mention.start)
        ) and not _SENTENCE_END.search(text, mention.end, person.start):
            return mention
    return person


def _before_titles(text: str, position: int) -> int:
    """Where the capitalised words right before ``position`` start: a name's titles and rank
    ("Detective Sergeant Paul Grey": the mention "Paul Grey" opens the sentence with them)."""
    while position >= 2 and text[position - 1] == " ":
        start = position - 1
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "."):
            start -= 1
        word = text[start : position - 1]
        # ("At Swifts Creek, Jenny Marsh runs the store": a place after its preposition opens
        # nothing - the sentence's subject comes after it)
        if not word[:1].isupper() or word in ("The", "A", "An") or word.lower() in PREPOSITIONS:
            break
        position = start
    return position


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“])")


def _opens_a_sentence(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position].rstrip(" ")
    return not before or before[-1] in '.!?\n"”'


# Bodies a report names by their kind ("the GMB union", "the National Farmers' Federation"),
# never by a bare name alone the way a company or a ministry may be ("Ford", "Ofcom")
_NAMED_AS_SUCH = frozenset("union unions federation confederation".split())


def _called_a(text: str, name: str, head: str) -> bool:
    """Does the text call ``name`` a ``head`` ("IG Metall, Germany's largest union", "the
    union Unite", "the Unite union")?"""
    singular = head.removesuffix("s")
    return (
        re.search(
            rf"\b{re.escape(name)}(?:,\s+(?:\w+(?:'s|’s)?\s+){{0,4}}|\s+){singular}s?\b"
            rf"|\b{singular}s?,?\s+{re.escape(name)}\b",
            text,
            re.IGNORECASE,
        )
        is not None
    )


def _named_with_its_head(text: str, head: str, position: int) -> bool:
    """A body named before ``position`` with ``head`` as its kind: "the RMT union", "Harbury
    Rovers football club", "the National Union of Teachers"."""
    # (the kind's word is in every match: a plain test first, cheaper than the pattern)
    if text.find(head, 0, position) < 0 and text.find(head.capitalize(), 0, position) < 0:
        return False
    return _named_with(head).search(text, 0, position) is not None


@functools.lru_cache(maxsize=64)
def _named_with(head: str) -> re.Pattern[str]:
    """The pattern of _named_with_its_head, one per kind of body (BODY_TYPES)."""
    return re.compile(
        r"\b(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\b)"
        r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*(?:\s+[a-z]+)?\s+"
        + re.escape(head)
        + r"\b|\b[A-Z][\w'’-]*\s+"
        + re.escape(head.capitalize())
        + r"\b"
    )


# A title or a gendered role before a name says whether the person is a man or a woman ("Ms
# Okafor", "spokeswoman Lisa Tran", "Sir Keir Starmer").
# (substrings one of which any such text holds: a plain test, cheaper than a pattern)
_GENDER_HINTS = ("Mr", "Ms", "Miss", "Sir ", "Dame ", "Lord ", "Lady ", "Baroness", "man ",
                 "ctress ")  # fmt: skip
_FEMININE = frozenset(
    "mrs ms miss dame lady baroness spokeswoman chairwoman businesswoman congresswoman "
    "actress".split()
)
# The pronoun a speaker named by a gendered noun takes ("a commission spokeswoman", "the
# victim's father", "Harlan himself"), by the mention's last word; a speaker left as "he" (no
# name before him) is no antecedent for "she".
_GENDERED_HEADS = {
    **dict.fromkeys(
        "spokeswoman chairwoman businesswoman congresswoman councilwoman policewoman actress "
        "woman mother wife daughter sister grandmother aunt niece widow girlfriend herself "
        "landlady she".split(),
        "she",
    ),
    **dict.fromkeys(
        "spokesman chairman businessman congressman councilman policeman man father husband "
        "son brother grandfather uncle nephew widower boyfriend himself landlord he".split(),
        "he",
    ),
}
_GENDERED_NAME = re.compile(
    r"\b(?P<title>Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Baroness|[Ss]pokes(?:wo)?man|"
    r"[Cc]hair(?:wo)?man|[Bb]usiness(?:wo)?man|[Cc]ongress(?:wo)?man|[Aa]ctress)\.?\s+"
    r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)"
)


def _gendered_names(text: str) -> dict[str, str]:
    """The pronoun each person named with a title or a gendered role takes, by the name's last
    word: "Ms Okafor" -> she, "Sir Keir Starmer" -> he. A name given both is left out."""
    found: dict[str, str] = {}
    for match in _GENDERED_NAME.finditer(text):
        title = match["title"].lower()
        if title == "chairman":
            continue  # ("Town council chairman Norma Harrington": a woman too, in British use)
        pronoun = "she" if title in _FEMININE else "he"
        key = _name_key(match["name"])
        found[key] = pronoun if found.get(key, pronoun) == pronoun else ""
    return {key: pronoun for key, pronoun in found.items() if pronoun}


_PERSON_ROLES = frozenset(
    """premier president minister secretary chancellor mayor governor senator spokesman
    spokeswoman spokesperson chairman chairwoman chair director chief executive commissioner
    prosecutor judge leader treasurer ambassador general coach captain manager founder
    owner editor sheriff superintendent inspector constable""".split()
)
_ROLES = "|".join(sorted(_PERSON_ROLES, key=len, reverse=True))
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
# A role in apposition to a name: "The Premier, Anna Whitlock, said", "the state's health
# minister, Joe Bell,", "Anna Whitlock, the premier, said". Each pattern opens on the
# comma, so the engine does not try a name at every capital of the article.
_ROLE_THEN_NAME = re.compile(rf",\s+(?P<name>{_NAME}),")
_NAME_THEN_ROLE = re.compile(rf",\s+the\s+(?:[\w'’-]+\s+){{0,3}}?(?P<role>{_ROLES})\s*[,.]")
_NAME_BEFORE = re.compile(rf"(?P<name>{_NAME})$")


def _roles_of_names(text: str) -> dict[str, str]:
    """The role each person is named with once ("The Premier, Anna Whitlock"), by the name's
    last word: only roles that stand for a person in later text (premier, minister, mayor,
    spokesman, chief ...), and none for a name given two roles."""
    found: dict[str, str] = {}

    def add(role: str, name: str) -> None:
        key = _name_key(name)
        found[key] = role if found.get(key, role) == role else ""

    for match in _ROLE_THEN_NAME.finditer(text):
        before = text[max(0, match.start() - 40) : match.start()].lower().split()
        if before and before[-1] in _PERSON_ROLES and "the" in before:
            add(before[-1], match["name"])
    for match in _NAME_THEN_ROLE.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if before is not None:
            add(match["role"], before["name"])
    return {key: role for key, role in found.items() if role}


def _given_name_genders(persons: PersonIndex) -> dict[str, str]:
    """The pronoun each person named with a common given name takes, by the name's last word
    ("Maria Lopez" -> she); a surname two people of different given names share is left out."""
    found: dict[str, str] = {}
    for mention in persons.mentions:
        words = mention.text.split()
        if len(words) < 2:
            continue
        given = words[0].lower()
        pronoun = (
            "she"
            if given in FEMININE_GIVEN_NAMES and given not in MASCULINE_GIVEN_NAMES
            else "he"
            if given in MASCULINE_GIVEN_NAMES and given not in FEMININE_GIVEN_NAMES
            else ""
        )
        if not pronoun:
            continue
        key = _name_key(mention.text)
        found[key] = pronoun if found.get(key, pronoun) == pronoun else ""
    return {key: pronoun for key, pronoun in found.items() if pronoun}


def _name_key(name: str) -> str:
    """'Pauline Ashworth' and a later 'Ashworth' are one person: the last word, lowered -
    the surname's, before letters after a name ("Claire Denton KC", "John Hale Jr.")."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".,") in _POST_NOMINALS:
        words.pop()
    return words[-1].lower() if words else ""


# Letters and suffixes after a name, no part of it: a barrister's rank, a member's seat, an
# honour, a generation.
_POST_NOMINALS = frozenset(
    "KC QC SC MP MSP MS MLA MEP TD OBE MBE CBE KBE DBE Jr Sr II III IV PhD MD".split()
)


# A verification note about several claims at once: "The figures could not be verified",
# "Neither account has been independently confirmed", "Those numbers have not been verified".
# What a verification qualifier says it could not check, as its subject or as the object of
# its verb: "The figures could not be verified", "Reuters was unable to verify the tolls",
# "could not confirm claims from either side", "could not verify either figure".
_QUALIFIED = re.compile(
    r"(?:^\s*|\b(?:verify|confirm|authenticate|corroborate)\s+(?:independently\s+)?"
    # ("could not verify the video or the death tolls": the second thing not verified)
    r"(?:[^.;,]{1,40}?\s(?:or|and)\s+)?)"
    r"(?P<det>(?i:the|those|these|their|both|neither|either|any\s+of\s+the(?:se)?|"
    r"all(?:\s+the(?:se)?)?|none\s+of\s+the(?:se)?)\s+)?(?:[a-z'’-]+\s+)?"
    r"(?P<noun>figures?|numbers?|tolls?|counts?|estimates?|claims?|accounts?|reports?|"
    r"statements?|allegations?|versions?)\b"
    r"(?P<sides>\s+(?:from|by|of)\s+(?:either|both|all|any|the\s+two)\s+(?:sides?|parties|party))?"
)
_COUNTED_NOUNS = frozenset(("figure", "number", "toll", "count", "estimate"))
# Determiners that make a singular noun more than one ("neither claim", "either figure")
_EACH_OF_TWO = frozenset(("both", "neither", "either"))


# What people tell: "the accounts" of witnesses, not the statements of the bodies among them
_TOLD_NOUNS = frozenset(("account", "version"))
_TELLERS = frozenset(("person", "group", "anonymous", "unknown"))


def _the_source_as_the_speaker_before(text: str, drafts: list[Draft]) -> None:
    """ "The Minister of Transport, Lucía Ferrer, said ... The source added that ...": wire
    copy translated from Spanish calls the one just quoted "the source" - that speaker's kind
    and key (no unnamed source, one party), after claimants are resolved."""
    previous: Draft | None = None
    for draft in drafts:
        if previous is not None and _the_source_named_before(text, draft, previous):
            draft.source_kind = previous.source_kind
            draft.source_key = previous.source_key
        if draft.attribution.source:
            previous = draft


def _the_source_named_before(text: str, draft: Draft, previous: Draft) -> bool:
    """ "The source" speaking right after a named speaker who is not anonymous, in the same
    paragraph or the next: that speaker, not an unnamed source."""
    source = draft.attribution.source
    if source is None or previous.attribution.source is None:
        return False
    if text[source[0] : source[1]].lower() != "the source":
        return False
    start = previous.attribution.source[0]
    return (
        previous.source_kind in ("person", "government", "organisation")
        and is_named(text[start : previous.attribution.source[1]])
        and text.count("\n\n", start, source[0]) <= 1
    )


def _counted_words(text: str, draft: Draft) -> set[str]:
    """What the claim's figures count ("dead" for "60 bodies" and "25 people had died"), and
    its words of four letters or more, singular."""
    content = text[draft.attribution.content[0] : draft.attribution.content[1]]
    return {
        word.lower().removesuffix("s")
        for word in re.findall(r"[A-Za-z]{4,}", content)
        if word.lower() not in STOPWORDS
    } | {"#" + key for key in counted_keys(content) if key != "bare"}


# What was not checked, named by who gave it: "the figures given by the Red Cross", "the
# numbers provided by the ministry" (the owner's head word)
_GIVEN_BY = re.compile(
    r"\b(?:figures|numbers|toll|tolls|count|counts|estimates?|accounts?|claims?)\s+"
    r"(?:given|provided|released|issued|published|cited)\s+by\s+(?:the\s+)?"
    r"(?:[\w'’.-]+\s+){0,3}?([\w'’-]+)(?=\s*[.,;]|\s*$)"
)

# The reporter's note that something was not given: "They released no images", "It gave no
# names", "It did not provide evidence", "It made no mention of the town"
_NOT_GIVEN = re.compile(
    r"(?:they|it|he|she|the\s+\w+)\s+(?:(?:released|gave|offered|provided|presented|published|"
    r"produced|showed|made|cited)\s+no\b|did\s+not\s+(?:release|give|offer|provide|present|"
    r"publish|produce|show|cite|say|name|mention)\b)",
    re.IGNORECASE,
)


def _singular_source_words(draft: Draft) -> set[str]:
    """The words of the draft's claimant, singular ("miners" -> "miner")."""
    return {word.removesuffix("s") for word in draft.source_key.split()}


def _no_evidence_given(text: str, draft: Draft) -> bool:
    start, end = draft.attribution.content
    return draft.attribution.source is None and _NOT_GIVEN.match(text, start, end) is not None


# (a claimant's words are singular in _singular_source_words: "clips" -> "clip")
_RECORDINGS = frozenset(word.removesuffix("s") for word in RECORDING_WORDS)
_MEDIUM_NOT_VERIFIED = re.compile(
    r"\b(?:verify|confirm|authenticate|geolocate)\s+(?:independently\s+)?(?:the|this|that|these|"
    r"those|its|their)\s+(?:[\w-]+\s+)?(?:" + "|".join(sorted(RECORDING_WORDS)) + r")\b",
    re.IGNORECASE,
)


def _qualified_many(sentence: str) -> tuple[bool, bool] | None:
    """(only people's accounts, only the counts) when the qualifier speaks of several claims
    ("the tolls", "the accounts", "claims from either side", "either figure"), else None
    ("The claim": the one just before)."""
    match = _QUALIFIED.search(sentence)
    if match is None:
        return None
    noun = match["noun"].lower()
    det = (match["det"] or "").strip().lower()
    if not (noun.endswith("s") or det in _EACH_OF_TWO or match["sides"] or noun == "toll"):
        return None  # ("the death toll": every count of the dead given, whoever gave it)
    # ("either account": the two sides' claims just before, whoever they are, not a run of
    # witnesses')
    told = noun.removesuffix("s") in _TOLD_NOUNS and det not in _EACH_OF_TWO
    return told, noun.removesuffix("s") in _COUNTED_NOUNS


def _apply_flags(
    text: str, drafts: list[Draft], facts: list[SentenceFacts], qualifiers: list[int]
) -> None:
    by_sentence: dict[int, list[Draft]] = {}
    for draft in drafts:
        by_sentence.setdefault(draft.sentence_index, []).append(draft)

    sentence_flags: dict[int, set[str]] = {}  # several claims share a sentence
    # per sentence with several sources: the source the anonymity phrase belongs to, and where
    anonymity_owners: dict[int, tuple[tuple[int, int] | None, int] | None] = {}
    for draft in drafts:
        attribution = draft.attribution
        content = text[attribution.content[0] : attribution.content[1]]
        if draft.sentence_index not in sentence_flags:
            sentence_flags[draft.sentence_index] = _sentence_flags(facts[draft.sentence_index])
        found = sentence_flags[draft.sentence_index]
        if "anonymous_source" in found:
            if draft.sentence_index not in anonymity_owners:
                anonymity_owners[draft.sentence_index] = _anonymity_owner(
                    by_sentence[draft.sentence_index], facts[draft.sentence_index]
                )
            if (
                not _owns(draft, anonymity_owners[draft.sentence_index])
                or _anonymity_is_said(draft, facts[draft.sentence_index])
                # "Leeds have held talks, though club sources say no bid has been made": the
                # reporter's clause beside the unnamed sources' is no claim of theirs
                or (
                    attribution.source is None
                    and any(
                        other.attribution.source is not None
                        for other in by_sentence[draft.sentence_index]
                    )
                )
            ):
                found = found - {"anonymous_source"}
        together = by_sentence[draft.sentence_index]
        if (
            "hedged" in found
            and len(together) > 1
            and not _hedge_is_its(draft, together, facts[draft.sentence_index])
        ) or (
            "hedged" in found and _hedge_describes_the_speaker(draft, facts[draft.sentence_index])
        ):
            found = found - {"hedged"}
        draft.flags.update(found)
        last = draft.last_sentence_index
        if last > draft.sentence_index and attribution.source is not None:
            # '"A. B," said one engineer, requesting anonymity': the tag is in the last sentence
            if last not in sentence_flags:
                sentence_flags[last] = _sentence_flags(facts[last])
            if "anonymous_source" in sentence_flags[last]:
                draft.flags.add("anonymous_source")
            if (
                attribution.is_quote
                and "hedged" not in draft.flags
                and flag_rules.hedged(
                    text[facts[draft.sentence_index + 1].start : attribution.content[1]]
                )
            ):
                # '"We do not know yet. It is possible that something else went wrong," she
                # said': a hedge in a later sentence of the quotation is the quotation's too
                draft.flags.add("hedged")
        if draft.source_kind == "anonymous":
            draft.flags.add("anonymous_source")
        if flag_rules.has_statistic(content):
            draft.flags.add("statistic")
        if "hedged" not in draft.flags and (
            flag_rules.hedged_modal(content)
            # "Police believe the man acted alone": a belief, not a finding (but "Analysts had
            # expected a loss of $2m": what was expected, a fact about the forecast)
            or (
                attribution.cue_verb is not None
                and (
                    attribution.cue_verb.lemma in _BELIEFS
                    # (what is expected to happen, not the figure forecasters expect:
                    # "Economists expect a 0.2 per cent rise" is their figure)
                    or (
                        attribution.cue_verb.lemma == "expect"
                        and not ("statistic" in draft.flags and _names_no_event(content))
                    )
                )
                and not _past_expectation(text, attribution)
            )
        ):
            draft.flags.add("hedged")
        if attribution.is_quote or _mostly_quoted(content):
            draft.flags.add("direct_quote")

    # A standalone qualifier flags the claims of the sentence before it.
    for qualifier_index in qualifiers:
        sentence = facts[qualifier_index]
        previous = qualifier_index - 1
        while previous >= 0 and previous not in by_sentence:
            previous -= 1
        if previous < 0 or qualifier_index - previous > 2:
            continue
        targets = by_sentence[previous]
        if sentence.unverified and all(_no_evidence_given(text, draft) for draft in targets):
            # "The rebels said they had downed a helicopter. They released no images. Reuters
            # could not verify the claim": the claim before the reporter's note of what is
            # missing
            earlier = previous - 1
            while earlier >= 0 and previous - earlier <= 2 and earlier not in by_sentence:
                earlier -= 1
            if earlier >= 0 and previous - earlier <= 2:
                claimed = [draft for draft in by_sentence[earlier] if draft.attribution.source]
                if claimed:
                    targets = claimed
        if sentence.anonymous:
            sourced = [draft for draft in targets if draft.attribution.source] or targets
            for draft in sourced:
                draft.flags.add("anonymous_source")
        if sentence.unverified:
            # "The army said 30 ... The rebels said five ... The figures could not be
            # verified": every claim the plural names, in the sentences just before (only
            # the counts, when it names counts: "the tolls" are not the denial between them)
            plural = _qualified_many(sentence.text)
            told, counted = plural if plural is not None else (False, False)
            owner = OWNED_CLAIM.search(sentence.text) or _GIVEN_BY.search(sentence.text)
            owned = owner[1].lower().removesuffix("s") if owner is not None else ""
            if owned in ("side", "party", "partie"):
                owner, owned = None, ""  # "either side's claims": whoever spoke, no one named
            medium = _MEDIUM_NOT_VERIFIED.search(sentence.text)
            if medium is not None:
                # "The AP could not verify the video": every claim the video (the footage, the
                # clip) makes, a sentence or two back
                for earlier in range(qualifier_index - 4, qualifier_index):
                    for draft in by_sentence.get(earlier, ()):
                        if not _RECORDINGS.isdisjoint(_singular_source_words(draft)):
                            draft.flags.add("unverified")
            named = _NAMED_UNVERIFIED.search(sentence.text)
            if named is not None and plural is None and owner is None:
                # "Wikinews could not independently confirm the arrests": the claim of the
                # arrests a sentence or two back, over the sentence just before (of beatings)
                stem = named["noun"].lower()[:5]
                if not any(_names_the_stem(text, draft, stem) for draft in targets):
                    earlier_named = [
                        draft
                        for earlier in range(qualifier_index - 5, previous)
                        for draft in by_sentence.get(earlier, ())
                        if _names_the_stem(text, draft, stem)
                    ]
                    if earlier_named:
                        targets = earlier_named
            for draft in targets:
                if owned and owned not in _singular_source_words(draft):
                    continue  # "unable to verify Harrow's findings": not the rebuttal before
                if not counted or "statistic" in draft.flags:
                    draft.flags.add("unverified")
            if _EITHER_ACCOUNT.search(sentence.text):
                # "The governor said ... The separatists said ... Reuters could not verify
                # either account": the two last speakers' claims, a paragraph or two back
                window = [
                    draft
                    for earlier in range(qualifier_index - 8, qualifier_index)
                    for draft in by_sentence.get(earlier, ())
                    if draft.source_key
                    and text.count("\n\n", draft.attribution.content[0], sentence.start) <= 2
                ]
                parties: list[str] = []
                for draft in reversed(window):
                    if draft.source_key not in parties:
                        parties.append(draft.source_key)
                for draft in window:
                    if draft.source_key in parties[:2]:
                        draft.flags.add("unverified")
            if _WHOLE_ACCOUNT.search(sentence.text):
                # "A fisherman said A. He said B. He said C. AFP was unable to confirm his
                # account": all he said, in the sentences just before, not only C (the
                # paragraph that introduced him too, before a paragraph of his quotation)
                keys = {draft.source_key for draft in targets if draft.source_key}
                for earlier in range(qualifier_index - 5, previous):
                    for draft in by_sentence.get(earlier, ()):
                        if (
                            draft.source_key in keys
                            and text.count("\n\n", draft.attribution.content[0], sentence.start)
                            <= 2
                        ):
                            draft.flags.add("unverified")
            if told:
                # "A farmer said ... A second farmer said ... The AP could not confirm the
                # accounts": the run of people's accounts just before, back to the first
                # sentence that is not one
                earlier = previous
                while earlier >= 0 and qualifier_index - earlier <= 4:
                    run = by_sentence.get(earlier, ())
                    if not run or any(draft.source_kind not in _TELLERS for draft in run):
                        break
                    for draft in run:
                        draft.flags.add("unverified")
                    earlier -= 1
            elif plural is not None:
                near = [
                    (draft, text.count("\n\n", draft.attribution.content[0], sentence.start))
                    for earlier in range(qualifier_index - (5 if counted else 3), qualifier_index)
                    for draft in by_sentence.get(earlier, ())
                ]
                # (the paragraph's own figures, and those a paragraph up only when they count
                # the same thing: "Brokers said 40 percent of shops closed." / "The chamber
                # said 600 workshops flooded. The figures could not be verified")
                own_words = {
                    word
                    for draft, breaks in near
                    if breaks == 0 and (not counted or "statistic" in draft.flags)
                    for word in _counted_words(text, draft)
                }
                for draft, breaks in near:
                    if owned and owned not in _singular_source_words(draft):
                        continue  # "the figures given by the Red Cross": only theirs
                    if breaks > 1:
                        continue  # figures two paragraphs up: not the ones just compared
                    if (
                        breaks == 1
                        and own_words
                        and own_words.isdisjoint(_counted_words(text, draft))
                    ):
                        continue
                    if not counted or "statistic" in draft.flags:
                        draft.flags.add("unverified")
            # "Reuters could not independently verify the miners' account": every claim of
            # theirs in the sentences just before.
            if owner is not None:
                # whole words, singular: "the miners' account" / "Two miners who ..." - every
                # claim of theirs in the article (the one named is the one not verified)
                for drafts_there in by_sentence.values():
                    for draft in drafts_there:
                        if owned in _singular_source_words(draft):
                            draft.flags.add("unverified")

    # A source that spoke on condition of anonymity stays anonymous when it is referred to
    # again ("Two miners ... spoke on condition of anonymity. '...,' one of them said").
    anonymous_sources: set[str] = set()
    anonymous_words: set[str] = set()  # the words of their descriptions ("official", "aide")
    previous_anonymous = False
    for draft in drafts:
        key = draft.source_key
        if not key:
            continue
        words = key.split()
        if "anonymous_source" in draft.flags:
            anonymous_sources.add(key)
            described = words
            source, cue = draft.attribution.source, draft.attribution.cue
            if source is not None and cue is not None and source[1] <= cue[0] <= source[1] + 120:
                # and the apposition up to the cue: "A second source, an official at the
                # ministry who asked not to be named, said"
                described = [*words, *text[source[1] : cue[0]].lower().split()]
            anonymous_words.update(word for word in described if word in _UNNAMED_PEOPLE)
        elif (
            (key in anonymous_sources and _source_is_anaphor(text, draft))
            or (previous_anonymous and _PARTITIVE_KEY.fullmatch(key))
            # "an official at the ministry, who asked not to be named, said ... '...,' the
            # official said": the one described before, still unnamed (the key has no "the")
            or (
                len(words) == 1
                and words[0] in anonymous_words
                and draft.resolved is None
                and _source_is_anaphor(text, draft)
            )
            # "another Ohio Democrat, who asked not to be named, said ... The lawmaker said":
            # the same unnamed person, described in other words right after
            # (a description anyone unnamed may have, not an office with one holder: "The
            # minister said" after an anonymous official is the minister, named by his office)
            or (
                previous_anonymous
                and len(words) == 1
                and draft.resolved is None
                and draft.source_kind not in ("organisation", "document", "media", "anonymous")
                and _a_person_noun(words[0])
                and _source_is_anaphor(text, draft)
            )
        ):
            draft.flags.add("anonymous_source")
        previous_anonymous = "anonymous_source" in draft.flags
    # ... and what the same source said just before, named by the mention it refers back to:
    # "The minister will resign, according to two aides. The aides, who spoke on condition of
    # anonymity, said ..." - the aides of the first claim are the anonymous ones
    anonymous_mentions = {
        (draft.resolved.start, draft.resolved.end)
        for draft in drafts
        if "anonymous_source" in draft.flags
        and draft.resolved is not None
        and draft.attribution.source is not None
        # the same people again ("The aides", "they"), not one of them ("one of them, who
        # asked not to be named": the others may have given their names)
        and text[draft.attribution.source[0] : draft.attribution.source[1]]
        .lower()
        .startswith(("the ", "they", "he", "she"))
    }
    if anonymous_mentions:
        for draft in drafts:
            if draft.attribution.source in anonymous_mentions:
                draft.flags.add("anonymous_source")
    # '"The talks are dead," said a senior official, who asked not to be named. "Nobody is
    # answering."': the quotation going on without a tag is the same unnamed person's
    anonymous_spans = {
        draft.attribution.source
        for draft in drafts
        if "anonymous_source" in draft.flags and draft.attribution.source is not None
    }
    if anonymous_spans:
        for draft in drafts:
            if draft.attribution.is_quote and draft.attribution.source in anonymous_spans:
                draft.flags.add("anonymous_source")

    # Claims from a source the text called unverified ("the video") stay unverified - for a
    # few sentences after the claim the text called so, not on and on from claim to claim (an
    # interviewee who could not confirm one figure has not made every later answer unverified).
    unverified_heads: dict[str, int] = {}
    for draft in drafts:
        source = draft.attribution.source
        if source is None:
            continue
        head = text[source[0] : source[1]].lower().split()
        if (
            (len(head) == 1 and head[0] in SUBJECT_PRONOUNS)
            or (head and head[-1] in ("them", "those", "these"))
        ) and draft.source_key:
            # "she", "one of them": whom the pronoun names (not every later "She" or "one of
            # them", another speaker's)
            head = draft.source_key.split()
        called = "unverified" in draft.flags
        for word, since in list(unverified_heads.items()):
            if (
                word in head
                and draft.sentence_index - since <= 4
                # (not "A ministry official" after "the health ministry": a person of the
                # body, with claims of their own)
                and (word == head[-1] or not _a_person_noun(head[-1]))
            ):
                draft.flags.add("unverified")
        if called and head:
            unverified_heads[head[-1]] = draft.sentence_index


# the verbs of a plain report opening a sentence, in the present: "X says Y", "They say Y" (a
# past one is the speaker's own story: "My teacher said I would never keep time")
_PLAIN_REPORTS = frozenset("says say claims claim reports argues argue insists insist".split())


def _opens_with_its_report(text: str, sentence: SentenceFacts, draft: Draft) -> bool:
    """The sentence is a plain report of someone else's: it opens with its source, the cue
    right after it ('The comptroller says there is a surplus of $14 million')."""
    attribution = draft.attribution
    if attribution.source is None or attribution.cue is None:
        return False
    if text[attribution.cue[0] : attribution.cue[1]].lower() not in _PLAIN_REPORTS:
        return False
    if text[attribution.source[1] : attribution.cue[0]].strip():
        return False  # the cue right after its source
    if text[sentence.start : attribution.source[0]].strip():
        return False
    words = text[attribution.source[0] : attribution.source[1]].lower().split()
    if (
        not {"my", "our", "your"}.isdisjoint(words)
        # ("My opponent says ...": a person of the speaker's is another speaker)
        and not (_a_person_noun(words[-1]) or words[-1] in _KIN_AND_RIVALS)
    ) or (len(words) == 1 and words[0] not in _REPORTERS):
        # ("The back of my jersey says ...": the speaker's own thing; "Take, say, ...": no
        # one) - a single word only when it is a pronoun of people
        return False
    # ("The regulator says it is": an answer's ellipsis, the answerer's words)
    return len(text[attribution.content[0] : attribution.content[1]].split()) >= 3


_REPORTERS = frozenset({"they", "he", "she", "critics", "officials", "experts", "scientists"})
_KIN_AND_RIVALS = frozenset(
    "opponent opponents rival rivals colleague colleagues husband wife father mother son "
    "daughter brother sister friend friends doctor doctors boss parents".split()
)


def _anonymity_owner(
    neighbours: list[Draft], sentence: SentenceFacts
) -> tuple[tuple[int, int] | None, int] | None:
    """'The union said A, and a manager, who asked not to be named, said B': of the claims of
    one sentence with different sources, the anonymity phrase belongs to the nearest source
    before it. (That source, where the phrase is) - or None when the sentence has one source
    (every claim of it is anonymous)."""
    sources = {other.attribution.source for other in neighbours if other.attribution.source}
    if len(sources) < 2:
        return None
    match = flag_rules.ANONYMOUS.search(sentence.text)
    if match is None:
        return None
    phrase = sentence.start + match.start()
    return max((source for source in sources if source[0] <= phrase), default=None), phrase


def _anonymity_is_said(draft: Draft, sentence: SentenceFacts) -> bool:
    """The anonymous sources are inside what a source says ("Zakharova said Western media were
    spreading lies based on anonymous sources"): someone else's, not the speaker's."""
    if draft.attribution.source is None:
        return False
    start, end = draft.attribution.content
    return all(
        start <= sentence.start + match.start() and sentence.start + match.end() <= end
        for match in flag_rules.ANONYMOUS.finditer(sentence.text)
    )


def _owns(draft: Draft, owner: tuple[tuple[int, int] | None, int] | None) -> bool:
    """Is the draft the one the anonymity phrase belongs to (or the claim holding it)?"""
    if owner is None:
        return True
    source, phrase = owner
    if draft.attribution.source is not None:
        return draft.attribution.source == source
    start, end = draft.attribution.content
    return start <= phrase < end


def _hedge_is_its(draft: Draft, together: list[Draft], sentence: SentenceFacts) -> bool:
    """Of several claims in a sentence, does the hedge belong to this one? A hedge inside one
    claim's words is that claim's ("X said three cars carried the gas, but that none appeared
    to be leaking"); one outside all of them ("reportedly said") hedges every claim."""
    inside = [
        (sentence.start + match.start(), sentence.start + match.end())
        for match in flag_rules.HEDGED.finditer(sentence.text)
    ]
    owned = [
        span
        for span in inside
        if any(
            other.attribution.content[0] <= span[0] and span[1] <= other.attribution.content[1]
            for other in together
        )
    ]
    tagged = [
        span
        for span in inside
        if span not in owned
        and any(
            other.attribution.source is not None
            and other.attribution.cue is not None
            and other.attribution.source[0] <= span[0]
            and span[1] <= other.attribution.cue[1]
            for other in together
        )
    ]
    if tagged and len(owned) + len(tagged) == len(inside):
        # "..., when he allegedly told suppliers that Y": the hedge between a speaker and the
        # cue hedges what that speaker reports (and what follows in the sentence), not a
        # clause before the speaker
        attribution = draft.attribution
        return any(attribution.content[0] >= span[0] for span in tagged) or any(
            attribution.content[0] <= span[0] and span[1] <= attribution.content[1]
            for span in owned
        )
    if len(owned) < len(inside) or not owned:
        return True  # (a hedge outside every claim: the whole sentence is hedged)
    content = draft.attribution.content
    return any(content[0] <= span[0] and span[1] <= content[1] for span in owned)


# how a description of the speaker opens: "Patel, a nurse ...", ", who is thought to ..."
_DESCRIPTION_OPENERS = DETERMINERS | frozenset({"who", "which", "whose"})


def _hedge_describes_the_speaker(draft: Draft, sentence: SentenceFacts) -> bool:
    """The sentence's hedge is in what it says of the speaker, in an apposition between the
    speaker and the verb ("Patel, a nurse who is thought to be the oldest councillor, said
    ..."): it hedges the description, not the claim."""
    attribution = draft.attribution
    if attribution.source is None or attribution.cue is None:
        return False
    after_source = attribution.source[1] - sentence.start
    before_cue = attribution.cue[0] - sentence.start
    if not 0 <= after_source < before_cue <= len(sentence.text):
        return False
    # the apposition between commas ("Patel, a nurse who ..., said"), not "Police reportedly
    # said" or "X is believed to have told"
    opening = sentence.text.find(",", after_source, before_cue)
    closing = sentence.text.rfind(",", after_source, before_cue)
    if opening < 0 or closing <= opening or sentence.text[after_source:opening].strip():
        return False
    if sentence.text[opening + 1 : closing].split()[0].lower() not in _DESCRIPTION_OPENERS:
        return False  # "Police, reportedly, said": the hedge is on what they said
    rest = sentence.text[:opening] + " " * (closing - opening) + sentence.text[closing:]
    return not flag_rules.hedged(rest)


def _sentence_flags(sentence: SentenceFacts) -> set[str]:
    found = set()
    if sentence.unverified:
        found.add("unverified")
    if sentence.anonymous:
        found.add("anonymous_source")
    if flag_rules.hedged(sentence.text, sentence.lowered, sentence.hints):
        found.add("hedged")
    return found


def _mostly_quoted(content: str) -> bool:
    """Nine tenths of the claim's words or more inside quotation marks: the quotation is the
    claim, but for a word or two of the reporter's ('Morel had "betrayed the trust of the
    people who elected him"' and 'the figures were "official statistics, produced
    independently"' are paraphrases with a quotation in them: two thirds, the threshold until
    the eleventh session, flagged them - on every set flag precision rose with nine tenths)."""
    if '"' not in content and "“" not in content:
        return False  # no quoted passage can open: most claims
    quoted = sum(len(match.group(1).split()) for match in _QUOTED_PASSAGE.finditer(content))
    if content[:1] not in '"“' and content.split(None, 1)[0][:1].isupper():
        # 'SunWay "has never knowingly allowed ..."': the subject is the reporter's, the
        # quotation only its predicate - a paraphrase with a quotation in it
        return False
    return quoted >= 4 and quoted * 10 >= 9 * len(content.split())


def _assign_kinds(text: str, drafts: list[Draft]) -> None:
    for draft in drafts:
        attribution = draft.attribution
        content = text[attribution.content[0] : attribution.content[1]]
        group = attribution.cue_verb.group if attribution.cue_verb else None
        source_text = (
            text[attribution.source[0] : attribution.source[1]].lower()
            if attribution.source
            else ""
        )
        lowered = content.lower()
        if group == "deny" and attribution.form in ("object", "coordinated", "tail", "inverted"):
            draft.kind = "denial"
        elif group == "accuse" and attribution.form in ("object", "coordinated", "tail"):
            draft.kind = "accusation"
        elif (
            group == "estimate"
            or "estimate" in source_text
            or (contains_any(lowered, _ESTIMATE_HINTS) and _ESTIMATE.search(content))
        ):
            draft.kind = "estimate" if "statistic" in draft.flags else "statement"
        elif (
            (group == "warn" or attribution.source)
            and contains_any(lowered, _PREDICTION_HINTS)
            and _PREDICTION.search(content)
        ):
            draft.kind = "prediction"
        else:
            draft.kind = "statement"
        if draft.kind == "statement":
            if "direct_quote" in draft.flags and attribution.is_quote:
                draft.kind = "quote"
            elif "statistic" in draft.flags:
                draft.kind = "statistic"


def _source_key(text: str, draft: Draft) -> str:
    """The claimant, lowered and without articles: "The newspaper" resolved to "the Sunday
    Sentinel" has the key of "the Sunday Sentinel reported ..." ("sunday sentinel")."""
    if draft.resolved is not None:
        named = draft.resolved.text
    elif draft.attribution.source is not None:
        named = text[draft.attribution.source[0] : draft.attribution.source[1]]
    else:
        return ""
    return " ".join(word for word in named.lower().split() if word not in ("the", "a", "an"))


def _source_is_anaphor(text: str, draft: Draft) -> bool:
    source = draft.attribution.source
    return source is not None and is_anaphor(text[source[0] : source[1]])


# What was said is itself a denial of an account: "his client categorically rejects the
# allegations", "We reject any suggestion that ...", "the company denies the claims".
_DENIAL_SAID = re.compile(
    r"(?:(?:we|i|he|she|they|it|(?:the|his|her|their|our|my)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:client|clients|company|firm|family|government|ministry|party|club|group))\s+)?"
    r"(?:(?:also|still|strongly|firmly|categorically|flatly|vehemently|totally|completely|"
    r"utterly|emphatically|absolutely)\s+)?"
    r"(?:reject|rejects|rejected|deny|denies|denied|dispute|disputes|disputed)\s+"
    r"(?:the|these|those|all|any|such|each|every)\s+(?:of\s+the\s+)?(?:[\w'’-]+\s+)?"
    r"(?:allegations?|accusations?|claims?|suggestions?|insinuations?|charges?|assertions?)\b",
    re.IGNORECASE,
)


# What was said calls a claim named wrong: "any suggestion that this is about selling land is
# wrong", "the claim that the company hid losses is false", "there is no truth in the report"
_CALLED_WRONG = re.compile(
    r"(?:(?:any|the|such|these|those|this|that)\s+(?:[\w'’$€£.,-]+\s+){0,3}?(?:suggestions?|claims?|"
    r"allegations?|accusations?|reports?|ideas?|notion|assertions?|characteri[sz]ations?|"
    # ("that figure had been invented")
    r"stories|story|account|figures?|numbers?)\b"
    r"[^.;]{0,160}?\s+(?:is|are|was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:(?:simply|completely|totally|entirely|categorically|just|always|nothing\s+but|"
    r"pure|purely)\s+)?(?:wrong|false|untrue|not\s+true|"
    r"baseless|unfounded|nonsense|inaccurate|incorrect|misleading|ridiculous|absurd|fabricated|"
    # "The 10 billion figure is a scare tactic", "the claim that 500 jobs will go is invented"
    r"invented|made\s+up|an?\s+(?:scare\s+tactic|myth|fiction|fantasy|invention))"
    r"|there\s+(?:is|was)\s+no\s+truth\s+(?:in|to))\b",
    re.IGNORECASE,
)


def _link(text: str, drafts: list[Draft], sentences: list[Sentence]) -> None:
    inputs = []
    # The last sentence of each paragraph: a paragraph ending in "?" is a question (an
    # interviewer's, a reader's) - what it reports is what a "No." answering it denies.
    paragraph_end: dict[int, int] = {}
    for sentence in sentences:
        paragraph_end[sentence.paragraph] = sentence.end
    body_key = ""  # the last body that spoke: whom "Its chairman", "Their leader" speak for
    for position, draft in enumerate(drafts):
        attribution = draft.attribution
        content = text[attribution.content[0] : attribution.content[1]]
        after_cue = content
        source_key = draft.turn_speaker or draft.source_key
        if source_key.startswith(("its ", "their ")):
            # "The commission rejected the allegations. Its chairman said ...": one party
            if body_key:
                source_key = f"{body_key} {source_key}"
        elif draft.source_kind in _BODY_KINDS:
            body_key = source_key
        group = attribution.cue_verb.group if attribution.cue_verb else None
        if (
            attribution.cue
            and attribution.content[0] <= attribution.cue[0] < attribution.content[1]
        ):
            after_cue = text[attribution.cue[1] : attribution.content[1]]
        elif (
            attribution.cue
            and group == "deny"
            and 0 <= attribution.content[0] - attribution.cue[1] <= 80
        ):
            # "denied the accusation, saying Y": the denied object is part of the evidence.
            after_cue = text[attribution.cue[1] : attribution.content[1]]
        called_wrong = (
            _CALLED_WRONG.match(content.replace('"', "").replace("“", ""))
            if group in ("say", "assert", "tell")
            else None
        )
        if called_wrong is not None and called_wrong.group().lower().startswith("there"):
            after_cue = content[called_wrong.end() :].strip(' "”')  # "... no truth in the report"
        if group in ("say", "assert", "tell") and (
            _DENIAL_SAID.match(content.replace('"', "")) or called_wrong is not None
        ):
            # 'His lawyer said his client "categorically rejects" the allegations', '"We reject
            # any suggestion that our staff acted improperly," the company said': a denial,
            # told as what was said
            group = "deny"
        if _past_expectation(text, attribution):
            # "Analysts had expected a loss of 90 million": the forecast a result is measured
            # against, no rival figure for the result
            group = "forecast"
        inputs.append(
            prepare(
                content,
                after_cue,
                source_key,
                group,
                draft.kind,
                source_is_anaphor=_source_is_anaphor(text, draft),
                is_quote=attribution.is_quote,
                source_kind=draft.source_kind or "",
                sentence=text[
                    sentences[draft.sentence_index].start : sentences[
                        max(draft.sentence_index, draft.last_sentence_index)
                    ].end
                ],
                gives_reason=_gives_reason(text, draft, drafts[position - 1] if position else None),
                in_question=_ends_in_question(
                    text, paragraph_end[sentences[draft.sentence_index].paragraph]
                ),
                says_no=_says_no(text, attribution.content[0]),
                paragraph=sentences[draft.sentence_index].paragraph,
                after_question=sentences[draft.sentence_index].paragraph > 0
                and _ends_in_question(
                    text, paragraph_end[sentences[draft.sentence_index].paragraph - 1]
                ),
                # ("Memon also said": adding to her own claim just before, no one else's)
                also=_cued_also(text, attribution)
                and not (position and _one_speaker(drafts[position - 1], source_key)),
                counters=attribution.cue is not None
                and text[attribution.cue[0] : attribution.cue[1]].lower() in _COUNTERING_CUES,
            )
        )
    order = _oldest_entry_first(text, drafts)
    linked = link([inputs[index] for index in order])
    # back to the text's order: the claim at ``order[position]`` holds ``linked[position]``
    by_index: list[list[tuple[str, int]]] = [[] for _ in drafts]
    for position, relations in enumerate(linked):
        by_index[order[position]] = [(kind, order[target]) for kind, target in relations]
    for index, relations in enumerate(by_index):
        drafts[index].relations = relations
        for relation_type, target in relations:
            if relation_type == "denies" and drafts[target].kind in ("statement", "quote"):
                denial_text = inputs[index].content_after_cue
                # "rejected the accusation" tells us the target was an accusation.
                if _ACCUSATION_NOUNS.search(denial_text):
                    drafts[target].kind = "accusation"


_ALSO = frozenset({"also", "likewise", "similarly"})
# cues that set a claim against the other side's: "Tenant groups counter that ..."
_COUNTERING_CUES = frozenset({"counter", "counters", "countered", "retort", "retorts", "retorted"})

# A live page's entry stamp on a line of its own: "14.05 GMT", "11:20 a.m.", "9.45am"
_ENTRY_STAMP = re.compile(rf"^[ \t]*{CLOCK_STAMP}[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _oldest_entry_first(text: str, drafts: list[Draft]) -> list[int]:
    """The drafts' indices in the order things were said. A live page sets its entries
    newest first, each under its time ("14.05 GMT"): a reply stands above what it answers, and
    relations, held by the later claim, are read from the oldest entry (the summary above the
    first stamp is the newest). Any other text: its own order."""
    identity = list(range(len(drafts)))
    if len(drafts) < 2 or text.count("\n") < 6:
        return identity
    stamps = [
        (match.start(), _minutes(match))
        for match in _ENTRY_STAMP.finditer(text)
        if match["half"] or int(match["hour"]) < 24
    ]
    if len(stamps) < 3:
        return identity
    times = [minutes for _, minutes in stamps]
    falling = sum(later < earlier for earlier, later in itertools.pairwise(times))
    rising = sum(later > earlier for earlier, later in itertools.pairwise(times))
    if falling < 2 or falling < 3 * rising:
        # not newest first (oldest first is the text's own order); a page's "key events"
        # box above its entries repeats their stamps, one rise among many falls
        return identity
    starts = [offset for offset, _ in stamps]

    def entry(index: int) -> int:
        # the number of stamps above the claim; the summary above the first stamp is newest
        above = bisect.bisect_right(starts, drafts[index].attribution.content[0])
        return -len(stamps) - 1 if above == 0 else -above

    return sorted(identity, key=lambda index: (entry(index), index))


def _minutes(stamp: re.Match[str]) -> int:
    hour = int(stamp["hour"]) % 12 if stamp["half"] else int(stamp["hour"])
    if stamp["half"] and stamp["half"].lower() == "p":
        hour += 12
    return hour * 60 + int(stamp["minute"])


def _cued_also(text: str, attribution: Attribution) -> bool:
    """'A security source also blamed ...', 'The union, too, said ...': the speaker adds
    their word to another's (the adverb before the cue, or "too" after the speaker)."""
    cue, source = attribution.cue, attribution.source
    if cue is None or source is None:
        return False
    if not _ALSO.isdisjoint(text[max(source[1], cue[0] - 12) : cue[0]].lower().split()):
        return True
    return text.startswith((", too,", " too"), source[1]) and source[1] < cue[0]


def _one_speaker(draft: Draft, source_key: str) -> bool:
    """The draft's speaker is the one named by ``source_key``, also by the name's last word
    ("Memon" after "Student Association president Sehar Memon")."""
    key = draft.turn_speaker or draft.source_key
    return bool(key and source_key) and key.rsplit(None, 1)[-1] == source_key.rsplit(None, 1)[-1]


_BODY_KINDS = frozenset({"organisation", "government", "media"})
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "Him": "He", "Her": "She"}


def _ends_in_question(text: str, end: int) -> bool:
    """The text up to ``end`` ends in a question mark, closing quotes and spaces aside (read
    backwards from ``end``: no copy of the text before it)."""
    position = end - 1
    while position >= 0 and text[position] in "\"”’' ":
        position -= 1
    return position >= 0 and text[position] == "?"


# A claim answered "No": "No. It is the largest programme ..." (the "No." its own sentence
# before the claim, after a speaker's label or a colon) or "No, the figures are wrong".
_NO_BEFORE = re.compile(
    r"(?:^|[:\n\"“]\s*)(?:No|Nope|Not at all|Absolutely not|Of course not|Certainly not)"
    r"\s*[.!,]\s*[\"“]?\s*$"
)
_NO_OPENING = re.compile(r"(?:No|Not at all|Absolutely not|Of course not)\s*[.!,]\s+\S")


def _says_no(text: str, start: int) -> bool:
    return bool(
        _NO_OPENING.match(text, start) or _NO_BEFORE.search(text, max(0, start - 30), start)
    )


# ("adding" and "noting" bring in a further point, not the reason for the one before)
_REASON_CUES = frozenset({"saying", "arguing", "insisting", "explaining"})


def _gives_reason(text: str, draft: Draft, previous: Draft | None) -> bool:
    """'Danladi denied that the state had been slow to act, saying it had begun chlorinating
    wells': what the speaker of the claim before, in the same sentence, gives as their reason
    (the participle's claim right after it)."""
    cue = draft.attribution.cue
    speaker = draft.turn_speaker or draft.source_key
    return (
        previous is not None
        and cue is not None
        and bool(speaker)
        and text[cue[0] : cue[1]].lower() in _REASON_CUES
        and previous.sentence_index == draft.sentence_index
        and (previous.turn_speaker or previous.source_key) == speaker
    )


def _finish(
    text: str, drafts: list[Draft], sentences: list[Sentence]
) -> tuple[ExtractedClaim, ...]:
    claims = []
    for draft in drafts:
        attribution = draft.attribution
        start, end = _whole_marks(text, *attribution.content)
        content = text[start:end]
        sentence = sentences[draft.sentence_index]
        last_sentence = sentences[max(draft.sentence_index, draft.last_sentence_index)]
        source = None
        if attribution.source is not None:
            source_start, source_end = attribution.source
            label = _PARTY_LABEL.search(text, source_start, source_end)
            if label is not None and label.start() > source_start:
                source_end = label.start()  # "Ward councillor Alan Lamb (Con)": the person
            if " by " in text[source_start:source_end]:
                reached = _REACHED_BY.search(text, source_start, source_end)
                if reached is not None and reached.start() > source_start:
                    source_end = reached.start()  # "A resident reached by phone": the resident
            resolved = None
            if draft.resolved is not None:
                resolved = Span(draft.resolved.text, draft.resolved.start, draft.resolved.end)
            source = Claimant(
                text=text[source_start:source_end],
                start=source_start,
                end=source_end,
                kind=draft.source_kind or "unknown",
                resolved=resolved,
            )
        cue = None
        if attribution.cue is not None and attribution.cue_verb is not SIGNATURE:
            cue = Span(text[attribution.cue[0] : attribution.cue[1]], *attribution.cue)
        relation_type = draft.relations[0][0] if draft.relations else None
        source_named = bool(source) and (draft.source_named or bool(source.resolved))
        value, reasons = score(content, draft.kind, draft.flags, source_named, relation_type)
        claims.append(
            ExtractedClaim(
                text=content,
                start=start,
                end=end,
                sentence=Span(
                    text[sentence.start : last_sentence.end], sentence.start, last_sentence.end
                ),
                source=source,
                cue=cue,
                flags=tuple(filter(draft.flags.__contains__, FLAGS)),  # in FLAGS order
                kind=draft.kind,
                checkworthiness=value,
                reasons=reasons,
                relations=tuple(Relation(kind, target) for kind, target in draft.relations)
                if draft.relations
                else (),
            )
        )
    return tuple(claims)


# A single quotation mark at a word's edge (not an apostrophe inside one: "the NHS's")
_A_SINGLE_MARK = re.compile(r"(?:^|\s)['‘]|['’](?:\s|$)")


def _whole_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A span that ends or starts inside a quotation mark written as two apostrophes ("the
    plan ''a disaster''": the reading view puts its one double mark on the first of them)
    takes in the whole mark. A span that is one whole quotation ('said that "the list has
    come down"') is its words, without the marks."""
    if text[end - 1 : end + 1] == "''" and text[end - 2 : end - 1] != "'":
        end += 1
    if start and text[start - 1 : start + 1] == "''" and text[start + 1 : start + 2] != "'":
        start -= 1
    if (
        end - start > 2
        and text[start] in '"“'
        and text[end - 1] in '"”'
        and not any(mark in text[start + 1 : end - 1] for mark in '"“”')
        # (a clause, not a quoted verdict: 'described as "in crisis"' keeps its marks)
        and len(text[start:end].split()) >= 4
    ):
        start, end = start + 1, end - 1
    elif (
        end - start > 2
        and text[start] in "'‘"
        and text[end - 1] in "'’"
        and (start == 0 or not text[start - 1].isalnum())
        # (no other single quotation inside: "'the NHS is broken'", not "'no' or 'yes'")
        and not _A_SINGLE_MARK.search(text[start + 1 : end - 1])
        and len(text[start:end].split()) >= 4
    ):
        start, end = start + 1, end - 1  # "said that 'the NHS is broken'": single marks
    return start, end


__all__ = ["CUE_VERBS", "STAGES", "run"]
