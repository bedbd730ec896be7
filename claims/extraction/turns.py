"""Who speaks a paragraph, when the layout of the document says so.

- **Transcripts.** A paragraph that opens with a speaker's label (``HOLT: Do you accept the
  figures?``, ``Maria Lopez: We never saw it.``, ``Q:`` / ``A:``) is that speaker's turn:
  the label is no part of any claim, and what the turn asserts is the speaker's. A document
  is read as a transcript only when at least two paragraphs open with a label, so a lone
  ``Update: ...`` or ``Note: ...`` stays text.
- **Question-and-answer interviews.** When at least three paragraphs consist of a question
  (they end with ``?``) and most of them are followed by a paragraph that is not one, the
  document is an interview: the question paragraphs are the interviewer's and assert nothing;
  every other paragraph after the first question is an answer, and what an answer asserts is
  the interviewee's. The interviewee is the person named most often in the headline and the
  introduction (before the first question); the claimant span is the first mention of the
  name in the text, often in the headline.

Pure functions of the text and its paragraphs; linear in the document's length.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from .claimants import ARTICLE_BEFORE
from .lexicon import (
    DOCUMENT_WORDS,
    FEMININE_GIVEN_NAMES,
    GOVERNMENT_WORDS,
    LOWER_LETTERS,
    MASCULINE_GIVEN_NAMES,
    MEDIA_WORDS,
    MONTHS,
    ORGANISATION_WORDS,
    PERSON_ROLE_WORDS,
    PERSON_TITLES,
    TITLE_ABBREVIATIONS,
    UPPER_LETTERS,
    WEEKDAYS,
    WIRE_SERVICES,
    words,
)

# "HOLT:", "SEN. MARY HOLT:", "Maria Lopez:", "Q:", "A.:" - at a paragraph's start.
# ("LESTER HOLT, ANCHOR:", "Steve Iverson, host:": the name, then the speaker's role)
_UPPER = UPPER_LETTERS
_LOWER = LOWER_LETTERS
# A name word in a label, in any Latin letters ("Díaz", "Zoë", "O'Brien", "Abernathy-Quint")
_LABEL_WORD = (
    rf"[{_UPPER}](?:[{_LOWER}'’]+|['’][{_UPPER}][{_LOWER}]+)(?:-[{_UPPER}]?[{_LOWER}'’]+)*"
)
_LABEL = re.compile(
    rf"(?P<label>(?:[{_UPPER}][{_UPPER}.'’-]+(?:\s+[{_UPPER}][{_UPPER}.'’-]+){{0,3}})|"
    # (a double-barrelled name: "Marisol Abernathy-Quint:", "Jean-Paul Okoro:"; a title with
    # its full stop: "Dr. Reyes:")
    # (a numbered speaker of a transcription service: "Audience Member 1:", "Speaker 2:")
    rf"(?:{_LABEL_WORD}\.?(?:\s+(?:{_LABEL_WORD}\.?|de|van|von|al|bin)){{0,3}}(?:\s+\d{{1,2}})?)|Q|A)"
    # (a role after a comma starts with a capital: "NORA BELLWEATHER, HOST:", "Jo Bell, Host:"
    # - not "Look, let me be plain:", a speaker's own words before a colon)
    r"(?:,\s+[A-Z][A-Za-z.'’-]*(?:\s+[A-Za-z][A-Za-z.'’-]*){0,4})?"
    # "TREASURER (Jim Chalk):": the role, then the speaker's name in brackets
    r"(?:\s*\((?P<named>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\)|"
    # "RICHARD HOLM (Operations Director, Brennick Water):", "REPORTER (voice-over):": the
    # speaker, then a role or a manner in brackets
    r"\s*\([^()\n:]{1,60}\))?"
    r"\.?\s*:\s+(?=\S)"
)
# A wiki's marks around the label: "((Wikinews)) Why ...?", "'''Jane Roe''': We ..." (its
# bold marks read as spaces: reading.reading_view)
_MARKED_LABEL = re.compile(
    r"(?:\(\(|\s{3})(?P<label>[A-Z][^()'\n:]{0,40}?)(?:\)\)|\s{3})\s*:?\s+(?=\S)"
)
_FIGURE_START = re.compile(r"(?:about\s+|some\s+|over\s+)?[$£€¥]?\d")
# Labels that open notes, not turns.
# A fact-check's parts: "CLAIM: ...", "THE FACTS: ...", "WHAT'S TRUE: ..."
_FACT_CHECK_LABELS = frozenset(
    """the facts|facts|fact|fact check|the claim|claim|claims|what's true|what’s true|
    what's false|what’s false|the bottom line|bottom line|the verdict|our verdict|context|
    the context|the evidence|evidence|background|what we found|the ruling""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
_NOT_SPEAKERS = words(
    "note update updated correction editor editors clarification warning breaking watch read "
    "see source sources photo image video credit caption related transcript summary background "
    "disclaimer advertisement broadcast aired air date episode guests guest produced producer "
    "duration recorded location programme program show disclosure "
    # a speaker's own opening words before a colon, and a fact-check's verdict: "Look: ...",
    # "So: ...", "Verdict: ..."
    "look so well now listen okay ok yes no first second third finally again verdict rating"
)
# A market wrap's sections: "ENERGY: Crude-oil futures rose ...", "GRAINS: Soybean futures
# fell ...": headings cut off their paragraphs, no speakers - each once (a transcript's
# "COTTON:" again and again is a senator)
_MARKET_SECTIONS = words(
    "energy grains grain metals precious copper gold silver platinum livestock cattle hogs "
    "municipals treasuries bonds currencies stocks equities commodities futures coffee cocoa "
    "sugar cotton wheat corn soybeans oil crude softs"
)
QUESTION_LABELS = frozenset({"Q", "QUESTION", "INTERVIEWER"})
ANSWER_LABELS = frozenset({"A", "ANSWER"})

# Capitalised runs of two to four words: candidate names of the interviewee.
# A name word: a capital, then letters with at least one small one ("Bos", "McGuire").
_NAME_WORD = rf"[{_UPPER}][\w'’-]*?[{_LOWER}][\w'’-]*"
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:[{_UPPER}]\.\s+)?{_NAME_WORD}){{1,3}}\b")
_NOT_PERSON_WORDS = (
    ORGANISATION_WORDS
    | GOVERNMENT_WORDS
    | MEDIA_WORDS
    | DOCUMENT_WORDS
    | WEEKDAYS
    | frozenset(MONTHS)
    | words(
        "wikinews interview interviews interviewed the a an of in on at for and with about "
        "new north south east west united"
    )
)


@dataclass(slots=True)
class Turns:
    # paragraph index -> the speaker label's (start, end); the paragraph's text starts after it
    labels: dict[int, tuple[int, int]] = field(default_factory=dict)
    # paragraph indexes whose claims are not claims: the interviewer's questions
    questions: set[int] = field(default_factory=set)
    # paragraph index -> the span that names who speaks it (an answer's interviewee)
    answers: dict[int, tuple[int, int]] = field(default_factory=dict)
    # a labelled interviewer's turns: they assert nothing of their own, but a claim they put
    # to the interviewee with its source ("Hauliers say 300 lorries ...") stays, to be denied
    asking: set[int] = field(default_factory=set)


def read_turns(
    text: str,
    paragraphs: list[tuple[int, int]],
    headline: tuple[int, int] | None,
    captions: Sequence[tuple[int, int]] = (),
    headings: Sequence[tuple[int, int]] = (),
) -> tuple[Turns, list[tuple[int, int]]]:
    """The turns of the document, and its paragraphs with each speaker label cut off.
    ``captions`` (photo captions) name the interviewee too, when they come before the first
    question; ``headings`` (the page's subheadings and captions) may name who speaks the
    paragraphs after them ("Statement by H.E. Mr. X", Hansard's "The Minister for Y (Jane
    Roe)")."""
    turns = Turns()
    original = paragraphs
    sections = _section_headings(text, paragraphs)
    labelled = _labels(text, paragraphs, sections)
    if sections:
        paragraphs = list(paragraphs)
        for index, content_start in sections.items():
            paragraphs[index] = (content_start, paragraphs[index][1])
    if len(labelled) >= 2:
        paragraphs = list(paragraphs)
        for index, (label, content_start) in labelled.items():
            name = text[label[0] : label[1]]
            if name.upper() in QUESTION_LABELS:
                turns.questions.add(index)
            turns.labels[index] = label
            paragraphs[index] = (content_start, paragraphs[index][1])
    if turns.labels and all(
        _is_interviewers_label(text[start:end]) for start, end in turns.labels.values()
    ):
        # "((WN)) How unusual is this?" then the answer with no label: only the interviewer's
        # turns are labelled, and what follows each is the interviewee's (as answers after
        # questions with no label are); the interviewer's words are no claims of their own
        first = min(turns.labels)
        turns.asking.update(turns.labels)
        interviewee = _interviewee(text, _before(paragraphs, first, captions), headline)
        if interviewee is not None:
            for index in range(first + 1, len(paragraphs)):
                if index not in turns.labels:
                    turns.answers[index] = interviewee
            _reporters_close(text, paragraphs, turns, max(turns.labels))
    announced = _announces_interview(text, headline, paragraphs)
    questions = [
        index
        for index, (start, end) in enumerate(paragraphs)
        if index not in turns.labels
        and (
            _is_question(text, start, end)
            or (announced and _is_prompt(text, paragraphs, index, turns.labels))
        )
    ]
    numbered = _numbered_answers(text, paragraphs, questions) if questions else 0
    if _is_interview(questions, len(paragraphs), announced, numbered) and (
        announced
        # an explainer's subheadings ask too ("What does the law ban?"), of no one: an
        # interviewer not announced asks someone ("Did the result surprise you?")
        or _asks_someone(text, paragraphs, questions)
        # a headline naming someone ("Exclusive: Jonas Berg on the silting") - and answers
        # spoken in the first person ("What we know about the Dorrance Bay leak" names a
        # place, its answers are the reporter's)
        or (
            headline is not None
            and _NAME_RUN.search(text, *headline) is not None
            and _answers_in_the_first_person(text, paragraphs, questions)
        )
    ):
        first = questions[0]
        turns.questions.update(questions)
        interviewee = _interviewee(text, _before(paragraphs, first, captions), headline)
        if interviewee is not None:
            speaker = interviewee
            for index in range(first + 1, len(paragraphs)):
                if index in turns.questions:
                    speaker = interviewee
                elif index in turns.labels and index < questions[-1]:
                    # "TOMAS NOVAK: I don't agree at all." then a paragraph with no label: the
                    # answer goes on, the labelled speaker's (not whom the intro named first;
                    # after the last question, the reporter's close is read apart)
                    speaker = turns.labels[index]
                elif index not in turns.labels:
                    turns.answers[index] = speaker
            _reporters_close(text, paragraphs, turns, questions[-1])
            if first > 0 and _speaks_to_someone(text, *paragraphs[first - 1]):
                # The interview opens mid-conversation: the paragraph before the first
                # question already answers ("Your exposure to this is ...").
                turns.answers[first - 1] = interviewee
    if len(turns.labels) >= 4:
        _questioner_turns(text, paragraphs, turns)
        _outlet_turns(text, paragraphs, turns, captions, headline)
    if turns.labels and any(
        text[start:end].upper() in ANSWER_LABELS for start, end in turns.labels.values()
    ):
        # "A:" turns are the interviewee's, named as for an interview without labels - or, in
        # a court transcript, the witness sworn before the questions begin
        first = min(turns.labels)
        first_answer = min(
            index
            for index, (start, end) in turns.labels.items()
            if text[start:end].upper() in ANSWER_LABELS
        )
        witness = _WITNESS_SWORN.search(text, paragraphs[0][0], paragraphs[first_answer][0])
        interviewee = (
            witness.span("name")
            if witness is not None
            else _interviewee(text, _before(paragraphs, first, captions), headline)
        )
        for index, (start, end) in list(turns.labels.items()):
            if text[start:end].upper() in ANSWER_LABELS:
                del turns.labels[index]
                if interviewee is not None:
                    turns.answers[index] = interviewee
    if turns.labels or (turns.answers and turns.questions):
        checked = {
            index
            for index in sections
            if (label := _LABEL.match(text, *original[index])) is not None
            and label["label"].lower() in _FACT_CHECK_LABELS
        }
        _continued_turns(text, paragraphs, turns, checked)
    if headings and not turns.labels:
        # (over an interviewee guessed from the questions: the headings say who answers)
        _speakers_by_headings(text, paragraphs, headings, turns)
    return turns, paragraphs


# A speech's heading: "Statement by H.E. Mr. Aurelio Santamaría Ibarra", "Remarks by President
# Halloran at the Dedication of ...", "Address as delivered by the Prime Minister"
_SPEECH_BY = re.compile(
    r"^(?:(?:full\s+text|transcript)(?:\s+of)?\s*:?\s*)?(?:the\s+)?(?:remarks|speech|statement|"
    r"address|keynote(?:\s+(?:address|speech|remarks))?|lecture|opening\s+statement|"
    r"prepared\s+remarks)(?:\s+as\s+(?:delivered|prepared(?:\s+for\s+delivery)?))?\s+by\s+"
    r"(?:(?:H\.\s?E\.|His\s+Excellency|Her\s+Excellency)\s+)?(?P<who>\S.{2,100}?)"
    r"(?=\s+(?:at|to|on|before|during|for|in)\s+|\s*[,(]|\s*$)",
    re.IGNORECASE,
)
# Hansard's speaker lines: "The Minister for Flooding and Coastal Resilience (Harriet
# Colwyn)", "Sir Geoffrey Tallis (Ludlow and Clun) (Con)", and a name alone ("Harriet
# Colwyn") once the record has named its speakers so
# a person's name of two to four words, and with an honour or a title before it
_FULL_NAME = rf"{_LABEL_WORD}(?:\s+{_LABEL_WORD}){{1,3}}"
_TITLED_NAME = rf"(?:(?:Sir|Dame|Dr|Mr|Mrs|Ms|Lord|Lady|Baroness)\.?\s+)?{_FULL_NAME}"
_ROLE_THEN_NAME = re.compile(
    rf"^(?:The\s+)?[{_UPPER}][\w'’ ,.-]{{2,90}}?\s+\((?P<who>{_LABEL_WORD}\.?"
    rf"(?:\s+{_LABEL_WORD}\.?){{1,3}})\)$"
)
_NAME_THEN_SEAT = re.compile(rf"^(?P<who>{_TITLED_NAME})(?:\s+\([^()\n]{{2,40}}\)){{1,2}}$")
# An earnings call's speaker lines: "Tobias Renn -- Chief Financial Officer", "Priya
# Castellanos -- Hartwell Securities -- Analyst"
_NAME_DASH_ROLE = re.compile(rf"^(?P<who>{_FULL_NAME})\s+(?:--|—|–)\s+[A-Z][^\n]{{2,80}}$")
_NAME_ALONE = re.compile(rf"^(?P<who>{_TITLED_NAME})$")


def _speakers_by_headings(
    text: str,
    paragraphs: list[tuple[int, int]],
    headings: Sequence[tuple[int, int]],
    turns: Turns,
) -> None:
    """A speech or a parliamentary record with no labels: the paragraphs after a heading that
    names a speaker are that speaker's, up to the next such heading - when they speak in the
    first person (a news page's subheadings name no one who speaks its paragraphs)."""
    # (heading's end, the speaker's span - None after an operator's heading)
    named: list[tuple[int, tuple[int, int] | None]] = []
    recorded = False  # the record names its speakers in lines of their own
    for start, end in headings:
        line = text[start:end].strip()
        offset = start + len(text[start:end]) - len(text[start:end].lstrip())
        match = (
            _SPEECH_BY.match(line)
            or _ROLE_THEN_NAME.match(line)
            or _NAME_THEN_SEAT.match(line)
            or _NAME_DASH_ROLE.match(line)
        )
        if match is not None:
            recorded = recorded or match.re is not _SPEECH_BY
            named.append((end, (offset + match.start("who"), offset + match.end("who"))))
        elif recorded and (alone := _NAME_ALONE.match(line)) is not None:
            named.append((end, (offset + alone.start("who"), offset + alone.end("who"))))
        elif named and line.lower() in ("operator", "moderator"):
            named.append((end, None))  # a call's operator hands over: no one's claims
    if not named:
        return
    speaking: dict[int, tuple[int, int]] = {}
    for index, (start, _) in enumerate(paragraphs):
        before = [speaker for heading_end, speaker in named if heading_end <= start]
        if before and before[-1] is not None:
            speaking[index] = before[-1]
    # (in the paragraph's own words: "``She built our business,'' said Dean Hall" quotes
    # someone else's first person under a company's heading)
    in_first_person = sum(
        1
        for index in speaking
        if _FIRST_PERSON.search(_QUOTED.sub(" ", text[slice(*paragraphs[index])])) is not None
    )
    if speaking and in_first_person * 3 >= len(speaking):
        turns.answers.clear()  # (the headings say who answers, over a guess from questions)
        turns.answers.update(
            (index, speaker) for index, speaker in speaking.items() if index not in turns.questions
        )


def _is_interviewers_label(label: str) -> bool:
    """'Q', 'Interviewer', 'WN', 'Wikinews': a label for whoever asks, not a name."""
    return label.upper() in QUESTION_LABELS or label.upper() in ("WN", "WIKINEWS")


def _reporters_close(
    text: str, paragraphs: list[tuple[int, int]], turns: Turns, last_question: int
) -> None:
    """After the answer to the last question, a paragraph that reports someone in the third
    person ("The dockers' union said on Tuesday that ...") closes the piece: the reporter's,
    not the interviewee's."""
    for index in range(len(paragraphs) - 1, last_question + 1, -1):
        if index not in turns.answers or not _REPORTS.search(text, *paragraphs[index]):
            break
        if _FIRST_PERSON.search(text, *paragraphs[index]):
            break
        del turns.answers[index]


def _answers_in_the_first_person(
    text: str, paragraphs: list[tuple[int, int]], questions: list[int]
) -> bool:
    """At least a quarter of the paragraphs after the first question speak as "I" or "we"."""
    asked = set(questions)
    answers = [index for index in range(questions[0] + 1, len(paragraphs)) if index not in asked]
    spoken = sum(1 for index in answers if _FIRST_PERSON.search(text, *paragraphs[index]))
    return bool(answers) and spoken * 4 >= len(answers)


def _speaker_key(text: str, label: tuple[int, int]) -> str:
    """'Victor Haines' and 'Haines', 'SAM ORTIZ' and 'ORTIZ': one speaker, by the last word."""
    return text[label[0] : label[1]].split()[-1].lower()


def _turns_by_speaker(text: str, turns: Turns) -> dict[str, list[int]]:
    """The labelled paragraphs of each speaker, by ``_speaker_key``."""
    by_speaker: dict[str, list[int]] = {}
    for index, label in turns.labels.items():
        by_speaker.setdefault(_speaker_key(text, label), []).append(index)
    return by_speaker


def _questioner_turns(text: str, paragraphs: list[tuple[int, int]], turns: Turns) -> None:
    """A labelled speaker whose turns are mostly questions ("Sam Ortiz: ...?", "Ortiz: ...?")
    is the interviewer, as "Q:" is: their turns assert nothing of their own (what they quote
    with its source is kept: "Builders say only 140,000 homes were started. Is the target
    dead?"). Only with another speaker whose turns are mostly not questions."""
    by_speaker = _turns_by_speaker(text, turns)
    asking = {
        key: sum("?" in text[paragraphs[index][0] : paragraphs[index][1]] for index in indexes)
        / len(indexes)
        for key, indexes in by_speaker.items()
    }
    questioners = [
        key for key, share in asking.items() if share >= 0.5 and len(by_speaker[key]) >= 2
    ]
    if len(questioners) != 1 or not any(share < 0.3 for share in asking.values()):
        return
    turns.asking.update(by_speaker[questioners[0]])


# The last word of a news outlet's name: "DER SPIEGEL:", "Kyodo News:", "NHK World:"
_OUTLET_WORDS = WIRE_SERVICES | words(
    "news times post tv radio television press agency journal herald tribune telegraph "
    "guardian spiegel magazine daily gazette broadcasting network wikinews world"
)


def _outlet_turns(
    text: str,
    paragraphs: list[tuple[int, int]],
    turns: Turns,
    captions: Sequence[tuple[int, int]],
    headline: tuple[int, int] | None,
) -> None:
    """The turns of a newsroom asking: a label naming a news outlet ("DER SPIEGEL:", "AFP:",
    "Kyodo News:"); and, in an interview of two labelled speakers, the one who is not the
    interviewee the introduction names ("DER SPIEGEL: ..." / "Albrecht: ..."). They assert
    nothing of their own, as an interviewer's questions do not."""
    by_speaker = _turns_by_speaker(text, turns)
    for key, indexes in by_speaker.items():
        if key in _OUTLET_WORDS and len(by_speaker) >= 2:
            turns.asking.update(indexes)
    if len(by_speaker) != 2 or turns.asking & set(turns.labels):
        return
    first = min(turns.labels)
    interviewee = _interviewee(text, _before(paragraphs, first, captions), headline)
    if interviewee is None:
        return
    named = text[interviewee[0] : interviewee[1]].split()[-1].lower()
    if named in by_speaker:
        for key, indexes in by_speaker.items():
            if key != named and any(
                # (an interviewer asks: two candidates' quoted lines in a fact-check, each
                # labelled with a name, are no interview)
                "?" in text[paragraphs[index][0] : paragraphs[index][1]]
                for index in indexes
            ):
                turns.asking.update(indexes)


def _continued_turns(
    text: str, paragraphs: list[tuple[int, int]], turns: Turns, reporters: Collection[int] = ()
) -> None:
    """A paragraph with no label after an answer goes on with it: the same speaker's, up to the
    next labelled turn; after the last one, only when it speaks in the first person (a closing
    note by the reporter is no one's)."""
    marked = sorted({*turns.labels, *turns.answers, *turns.questions, *turns.asking})
    if not marked:
        return
    last_marked = marked[-1]
    speaker: tuple[int, int] | None = None
    for index in range(marked[0], len(paragraphs)):
        if index in turns.questions or index in turns.asking or index in reporters:
            speaker = None  # (a fact-check's "THE FACTS:": the reporter's turn)
        elif index in turns.answers:
            speaker = turns.answers[index]
        elif index in turns.labels:
            speaker = turns.labels[index]
        elif speaker is not None and (
            _FIRST_PERSON.search(text, *paragraphs[index]) is not None
            or (index < last_marked and not _narrates(text, paragraphs[index], speaker))
        ):
            turns.answers[index] = speaker


# the reporter's words between turns: "The rest of the conversation took place over lunch"
# (the interview itself, "Wikinews asked ...", is _ABOUT_THE_INTERVIEW's)
_CONVERSATION = re.compile(r"\bconversation\b", re.IGNORECASE)


def _narrates(text: str, paragraph: tuple[int, int], speaker: tuple[int, int]) -> bool:
    """A paragraph with no "I" or "we" between an answer and the next turn that is the
    reporter's: about the interview itself, or naming the speaker in the third person."""
    start, end = paragraph
    if _ABOUT_THE_INTERVIEW.search(text, start, end) or _CONVERSATION.search(text, start, end):
        return True
    if _REPORTED_ANSWER.match(text, start, end):
        return True  # "Asked about funding, Ms. Amari said ...", "He denied that ...": a report
    surname = text[speaker[0] : speaker[1]].split()[-1]
    return len(surname) > 2 and re.search(rf"\b{re.escape(surname)}\b", text[start:end]) is not None


# A paragraph that reports an answer in the third person, as a briefing's write-up between its
# verbatim exchanges does: "Asked about funding, Ms. Amari said", "Responding to a question
# about the floods, the Spokesperson said", "Ms. Amari said", "He denied that"
_REPORTED_ANSWER = re.compile(
    r"(?:(?:Asked|Responding|Replying|Pressed|Questioned|In\s+response)\b[^.!?\n]{0,120}?,\s+)?"
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'’-]+|[A-Z][\w'’-]+\s+[A-Z][\w'’-]+|[Tt]he\s+[A-Za-z-]+|"
    r"He|She|They)\s+(?:also\s+)?(?:said|told|denied|added|noted|stressed|confirmed|"
    r"rejected|declined|explained|acknowledged|insisted|warned)\b"
)


# a reporter's sentence about someone: "X said on Tuesday that", "according to its figures"
_REPORTS = re.compile(
    r"\b(?:said|says|told|according\s+to|announced|reported|confirmed|was\s+appointed|"
    r"has\s+been|had\s+been)\b"
)
_ABOUT_THE_INTERVIEW = re.compile(
    r"\b(?:interview|interviewed|Wikinews|spoke\s+(?:with|to)|talked\s+(?:to|with)|"
    r"told\s+us|you\s+can\s+read|read\s+(?:her|his|their|the)\s+full)\b",
    re.IGNORECASE,
)
# (capitalised too, opening a sentence: "We opened three clinics", "Our plan is working")
# A quotation in the paragraph, in any marks: the quoted person's words, not the paragraph's.
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|``.*?''|‘[^’]*’(?!\w)")
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I'm|I've|[Ww]e|[Ww]e're|[Oo]ur|[Mm]y|me|us)(?![\w'’])")


def _speaks_to_someone(text: str, start: int, end: int) -> bool:
    """A paragraph that addresses someone ("you"), and is not about the interview itself:
    someone speaking to the interviewer, not the reporter introducing."""
    paragraph = text[start:end]
    return (
        _SECOND_PERSON.search(paragraph) is not None
        and _ABOUT_THE_INTERVIEW.search(paragraph) is None
        # someone speaking: in the first person too, or with no name in it
        and (
            _FIRST_PERSON.search(paragraph) is not None
            or not re.search(r"\b[A-Z][a-z]+\s+[A-Z][a-z]+", paragraph[1:])
        )
    )


def _before(
    paragraphs: list[tuple[int, int]], first: int, captions: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The paragraphs and captions before paragraph ``first``, in text order."""
    limit = paragraphs[first][0]
    return sorted([*paragraphs[:first], *(span for span in captions if span[0] < limit)])


def _section_headings(text: str, paragraphs: list[tuple[int, int]]) -> dict[int, int]:
    """A market wrap's section headings, by paragraph, each with where its content starts
    ("METALS: Platinum prices rose ...": the claim starts at "Platinum"). A wrap names each
    section once; a label that comes back is a speaker's ("COTTON:", a senator's turns)."""
    found = {}
    for index, (start, end) in enumerate(paragraphs):
        if not text[start : start + 1].isupper():
            continue
        match = _LABEL.match(text, start, end)
        if match is not None and match["label"].split()[-1].lower() in _MARKET_SECTIONS:
            found[index] = (match["label"], match.end())
        elif match is not None and match["label"].lower() in _FACT_CHECK_LABELS:
            # a fact-check's parts, "CLAIM:" / "THE FACTS:", once for every claim checked
            found[index] = ("", match.end())
    times = Counter(label for label, _ in found.values())
    return {
        index: start for index, (label, start) in found.items() if times[label] == 1 or not label
    }


def _labels(
    text: str, paragraphs: list[tuple[int, int]], sections: dict[int, int]
) -> dict[int, tuple[tuple[int, int], int]]:
    found = {}
    named_by_initials: dict[str, tuple[int, int] | None] = {}

    def named(initials: str, written: tuple[int, int]) -> tuple[int, int]:
        """The name the introduction gives for these initials, else the initials."""
        if initials not in named_by_initials:
            named_by_initials[initials] = _named_by_initials(text, initials, paragraphs[0][0])
        return named_by_initials[initials] or written

    # A court transcript's "Q." and "A." lines, when both come at least twice (not one
    # paragraph opening with an initial: "A. J. Smith said ...")
    dotted = [_DOTTED_QA.match(text, start, end) for start, end in paragraphs]
    asked_and_answered = Counter(match["label"] for match in dotted if match is not None)
    use_dotted = asked_and_answered["Q"] >= 2 and asked_and_answered["A"] >= 2
    # The White House's transcripts: "Q  Thanks, Colin. Will he meet the governor?" - a bare
    # "Q" for the press, beside the briefer's "MS. WHITCOMBE:", when both come twice at least
    labels = [_LABEL.match(text, start, end) for start, end in paragraphs]
    bare = [
        _BARE_Q.match(text, start, end) if labels[index] is None else None
        for index, (start, end) in enumerate(paragraphs)
    ]
    use_bare = sum(match is not None for match in bare) >= 2 and (
        sum(match is not None for match in labels) >= 2
    )
    for index, (start, end) in enumerate(paragraphs):
        if index in sections:
            continue  # a market wrap's section heading
        match = (
            labels[index]
            or _MARKED_LABEL.match(text, start, end)
            or (dotted[index] if use_dotted else None)
            or (bare[index] if use_bare else None)
        )
        if match is None:
            initials = _INITIALS_LABEL.match(text, start, end)
            if initials is not None:
                # "(LF) Around 900 children ...": the speaker the initials stand for, named in
                # the introduction ("Lena Fisk"), else the initials themselves
                found[index] = (named(initials["label"], initials.span("label")), initials.end())
            continue
        label = match["label"]
        if label.lower() in _NOT_SPEAKERS or label.split()[0].lower() in _NOT_SPEAKERS:
            continue
        if _FIGURE_START.match(text, match.end(), end) and end - match.end() < 40:
            continue  # "Deaths: 40", "Cost: €450 million": a fact box's line, not a turn
        # (a name in brackets after a one-word role: "TREASURER (Jim Chalk):"; after a name,
        # what is in brackets is a role: "RICHARD HOLM (Operations Director):")
        who = "named" if match.groupdict().get("named") and " " not in label else "label"
        span = (match.start(who), match.end(who))
        if _INITIALS.fullmatch(label):
            span = named(label, span)  # "AL: We counted ...": the "Amara Lindgren (AL)"
        found[index] = (span, match.end())
    return found


# "ROSALIND DUNMORE, called as a witness on behalf of the State, having been first duly
# sworn, testified as follows:"
_WITNESS_SWORN = re.compile(
    r"(?P<name>[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){1,3}),\s+(?:called|having\s+been|"
    r"a\s+witness)[^:\n]{0,200}?\b(?:testified|sworn|examined|affirmed)\b"
)
_DOTTED_QA = re.compile(r"(?P<label>Q|A)\.\s+(?=\S)")
_BARE_Q = re.compile(r"(?P<label>Q)\s+(?=[A-Z\"“‘'(])")
_INITIALS_LABEL = re.compile(r"\((?P<label>[A-Z]{2,4})\)\s+(?=\S)")
_INITIALS = re.compile(r"[A-Z]{2,3}")


def _named_by_initials(text: str, initials: str, start: int) -> tuple[int, int] | None:
    """The first name in the text whose words' initials are ``initials`` ("Lena Fisk": LF)."""
    for match in _NAME_RUN.finditer(text, start):
        words = list(re.finditer(r"\S+", match[0]))
        for first in range(len(words)):
            if "".join(word[0][0] for word in words[first:]) == initials:
                return (match.start() + words[first].start(), match.end())
    return None


def _is_question(text: str, start: int, end: int) -> bool:
    """A paragraph that asks: it ends with a question mark and is short (a long answer may
    end on a rhetorical question)."""
    if "?" not in text[max(start, end - 4) : end]:
        return False  # most paragraphs: decided without copying them
    paragraph = text[start:end]
    if not (paragraph.rstrip(" \"”’'").endswith("?") and len(paragraph.split(None, 120)) <= 120):
        return False
    # An answer that argues with rhetorical questions ("But events are totally unimportant for
    # 2 reasons. First, ... Why should I bother my children with all this nonsense? ... God, I
    # don't know! ...?"): several statements and several questions between them, where an
    # interviewer's question has at most a short preamble before it.
    statements = len(_STATEMENT_END.findall(paragraph))
    if statements >= 3 and paragraph.count("?") >= 2:
        return False
    # ... or ends on one that asks no one ("That figure is wrong. Our estimate is 610 million.
    # They never published theirs. Why would they, if it is invented?"): an interviewer's
    # question after such a preamble asks "you"
    last = paragraph[paragraph.rfind(".", 0, len(paragraph) - 1) + 1 :]
    return not (statements >= 3 and _SECOND_PERSON.search(last) is None)


_STATEMENT_END = re.compile(r"[a-z0-9)\"”’'][.!](?=\s+[A-Z\"“‘])")


# "Wikinews interviews X", "An interview with X", "X tells Wikinews", "X talks to the Gazette"
_INTERVIEW_WORDS = re.compile(
    r"\b(?:interview|interviews|interviewed|q\s*&\s*a|in\s+conversation|sat\s+down\s+with|"
    r"tells|talks\s+to|speaks\s+to|spoke\s+to)\b",
    re.IGNORECASE,
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)


def _asks_someone(text: str, paragraphs: list[tuple[int, int]], questions: list[int]) -> bool:
    """Half the exchanges at least are between people: the question addresses someone ("Did
    the result surprise you?") or the paragraph after it answers as one ("We read the tide
    tables", "which is what a coin gives you") - not an explainer's subheadings ("What does
    the law ban?") over the reporter's paragraphs."""
    personal = 0
    for index in questions:
        answer = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if _SECOND_PERSON.search(text, *paragraphs[index]) or (
            answer is not None
            and (_FIRST_PERSON.search(text, *answer) or _SECOND_PERSON.search(text, *answer))
        ):
            personal += 1
    return 2 * personal >= len(questions)


def _announces_interview(
    text: str, headline: tuple[int, int] | None, paragraphs: list[tuple[int, int]]
) -> bool:
    """The headline or the first two paragraphs say the document is an interview."""
    stretches = [*([headline] if headline else []), *paragraphs[:2]]
    return any(_INTERVIEW_WORDS.search(text, start, end) for start, end in stretches)


def _is_prompt(
    text: str,
    paragraphs: list[tuple[int, int]],
    index: int,
    labels: dict[int, tuple[int, int]],
) -> bool:
    """In a document announced as an interview, a turn of the interviewer that asks nothing in
    form: short, addressed to the interviewee ("I know you're speaking at the counter-
    conference."), and followed by a longer paragraph (the answer)."""
    if index + 1 >= len(paragraphs) or index + 1 in labels:
        return False
    if index > 0 and _is_question(text, *paragraphs[index - 1]):
        return False  # the answer to the question before ("Go outside and look up. You ...")
    following = paragraphs[index + 1]
    if index == 0 and not _FIRST_PERSON.search(text, *following):
        # the first paragraph is the introduction, unless the one after it answers in the
        # first person ("You have received a good deal of attention." / "Even though I'm ...")
        return False
    start, end = paragraphs[index]
    words = len(text[start:end].split(None, 80))
    return (
        words <= 60
        and _SECOND_PERSON.search(text, start, end) is not None
        and len(text[following[0] : following[1]].split(None, 200)) > words
        and not _is_question(text, *following)
    )


def _is_interview(
    questions: list[int],
    paragraph_count: int,
    announced: bool = False,
    numbered_answers: int = 0,
) -> bool:
    if len(questions) < (2 if announced else 3):
        return False
    asked = set(questions)
    answered = sum(
        1 for index in questions if index + 1 < paragraph_count and index + 1 not in asked
    )
    # (an emailed interview: the numbered questions together, then the numbered answers)
    return max(answered, numbered_answers) * 3 >= len(questions) * 2


# a paragraph's number, before its text (the reading left it out of the paragraph): "2. "
_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t]*\(?(?P<number>\d{1,2})[.)][ \t]*$")


def _number_of(text: str, start: int) -> str | None:
    match = _NUMBER_BEFORE.search(text, max(0, start - 8), start)
    return match["number"] if match is not None else None


def _numbered_answers(text: str, paragraphs: list[tuple[int, int]], questions: list[int]) -> int:
    """Questions numbered "1.", "2." ... and, after the last of them, paragraphs numbered
    the same that do not ask (an emailed interview: the questions together, then the
    answers): how many of the questions are answered so."""
    numbers = set()
    for index in questions:
        number = _number_of(text, paragraphs[index][0])
        if number is None:
            return 0
        numbers.add(number)
    answered = set()
    for start, end in paragraphs[questions[-1] + 1 :]:
        number = _number_of(text, start)
        if number in numbers and not _is_question(text, start, end):
            answered.add(number)
    return len(answered)


def _interviewee(
    text: str, introduction: list[tuple[int, int]], headline: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The interviewee: a person the headline names, else the one the introduction names
    most often (by surname), at the first mention of the name. A run of capitalised words is
    cut at words that name no person ("Interview with LibriVox founder Hugh McGuire Sunday");
    a piece may still open with a role ("Biologist Nick Bos"), so of its tails of two words
    or more the one written most often is the name."""
    announced = _headline_label(text, headline) or _announced_person(text, headline, introduction)
    phrase = _headline_phrase(text, headline)
    if phrase is not None and _names_a_group(text, phrase) and _several_answer(text, introduction):
        # "Wikinews talks to the owners of a floating bakery" ... "spoke with Hanne and Joris
        # Beek": several people answer, so the phrase naming them together
        return phrase
    if announced is not None:
        return announced
    stretches = [*([headline] if headline else []), *introduction]
    first_mention: dict[str, tuple[int, int]] = {}
    in_headline: set[str] = set()
    for start, end in stretches:
        for match in _NAME_RUN.finditer(text, start, end):
            for piece in _person_pieces(match):
                for first in range(len(piece) - 1):
                    if text[piece[first][1] - 1] == ".":
                        continue  # "J. Lucero": a name starts before its initial
                    if first == 0 and ARTICLE_BEFORE.search(
                        text, max(0, piece[0][0] - 5), piece[0][0]
                    ):
                        continue  # "Her new book, The Thirsty Delta": a title, no person
                    name = text[piece[first][0] : piece[-1][1]]
                    first_mention.setdefault(name, (piece[first][0], piece[-1][1]))
                    if headline is not None and start == headline[0]:
                        in_headline.add(name)
    # who asks the questions is no interviewee ("spoke to Tom Beale of the Orrin Herald")
    for name in [name for name in first_mention if _interviewer(text, first_mention[name])]:
        del first_mention[name]
    if not first_mention:
        return _headline_phrase(text, headline)
    surname_counts: Counter[str] = Counter()
    written: Counter[str] = Counter()
    for name in first_mention:
        surname = name.split()[-1]
        if surname not in surname_counts:
            surname_counts[surname] = len(re.findall(rf"\b{re.escape(surname)}\b", text))
        written[name] = text.count(name)
    # a name written as a person's (a given name, a title, an apposition or an age after it)
    # before a place or a company named more often ("Tarrow Gorge", "Brenmoor Care")
    people = {name for name in first_mention if _written_as_a_person(text, first_mention[name])}
    named_again = [name for name in first_mention if surname_counts[name.split()[-1]] >= 2]
    if people and not people & set(named_again):
        named_again = [*named_again, *sorted(people, key=lambda name: first_mention[name][0])]
    if not named_again and _headline_names_an_outlet(text, headline):
        # "Harbour pilot Jonas Berg talks to the Gazette": the person the headline names
        named_again = [name for name in first_mention if name in in_headline]
    if (
        not any(name in in_headline for name in named_again)
        and phrase is not None
        and (not named_again or _names_a_group(text, phrase))
    ):
        # "Wikinews interviews meteorological experts": several people, none named in the
        # headline - the phrase naming them together, not one of them named in a caption.
        return phrase
    if not named_again and len({name.split()[-1] for name in first_mention}) == 1:
        # "Marta Lindqvist has led the agency since 2021." and then the questions: the one
        # person the introduction names, even once
        named_again = [max(first_mention, key=len)]
    if not named_again:
        return None
    best = max(
        named_again,
        key=lambda name: (
            name in people or not people,
            name in in_headline,
            surname_counts[name.split()[-1]],
            written[name],
            -len(name),
            -first_mention[name][0],
        ),
    )
    span = first_mention[best]
    if best in in_headline and headline is not None:
        # "Wikinews interviews Mario J. Lucero and Isabel Ruiz of ...": two people answer
        # unlabelled turns - the phrase naming both, from the first name to the second.
        joined = re.match(
            rf"\s+and\s+({_NAME_WORD}(?:\s+(?:[{_UPPER}]\.\s+)?{_NAME_WORD})+)",
            text[span[1] : headline[1]],
        )
        earlier = [name for name in in_headline if first_mention[name][0] < span[0]]
        if joined is None and earlier:
            partner = max(earlier, key=lambda name: first_mention[name][0])
            between = text[first_mention[partner][1] : span[0]]
            if re.fullmatch(r"\s+and\s+", between):
                return (first_mention[partner][0], span[1])
        if joined is not None:
            return (span[0], span[1] + joined.end(1))
    return span


# "Wikinews interviews meteorological experts on Cyclone Phailin", "An interview with the
# owners of a dungeon": who is interviewed, when the headline names no person.
_HEADLINE_INTERVIEWEE = re.compile(
    r"\b(?:interviews|interview\s+with|interviewed|talks\s+(?:to|with)|speaks\s+(?:to|with)|"
    r"conversation\s+with|q\s*&\s*a\s+with)\s+(?P<who>[^,:;()]+?)"
    r"(?=\s+(?:on|about|over|regarding|after|ahead|as|in|at)\b|[,:;(]|"
    r"\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s*$)",
    re.IGNORECASE,
)


# "The police chief on crime figures", "A headteacher on the new exams": a role speaking on a
# topic, as an interview's headline names whom it asks
_ROLE_ON_A_TOPIC = re.compile(
    r"(?P<who>(?:The|A|An|Our)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s+on\s+\S"
)
# "Mara Quist: On forty years of satire", "The Gazette: Twenty years on": a headline that opens
# with a name and a colon gives the floor to who it names; "Exclusive: ..." and "Interview: ..."
# are kickers, not speakers.
_HEADLINE_LABEL = re.compile(
    rf"(?P<who>(?:The\s+)?{_NAME_WORD}(?:\s+(?:[{_UPPER}]\.\s+)?{_NAME_WORD}){{0,3}})\s*:\s+\S"
)
_KICKERS = _NOT_SPEAKERS | words(
    "exclusive interview interviews wikinews analysis opinion review profile live focus "
    "explainer comment obituary editorial podcast"
)


def _headline_label(text: str, headline: tuple[int, int] | None) -> tuple[int, int] | None:
    """The name before a colon that opens the headline, when it is a name of two words or more
    ("The Gazette" counts) that the text writes again."""
    if headline is None:
        return None
    match = _HEADLINE_LABEL.match(text, *headline)
    if match is None:
        return None
    who = match["who"]
    if len(who.split()) < 2 or any(word.lower() in _KICKERS for word in who.split()):
        return None
    if text.count(who) < 2:
        return None
    return match.span("who")


# Who an announcement gives the floor to: "Wikinews interviews Ann Lee of ...", "Interview with
# LibriVox founder Hugh McGuire", "Wikinews spoke with Omar Haddad, head of ...".
_ANNOUNCING = re.compile(
    r"\b(?:interviews|interviewed|interview\s+with|(?:spoke|speaks|talked|talks)\s+(?:with|to)|"
    r"sat\s+down\s+with|caught\s+up\s+with|in\s+conversation\s+with|"
    # "We put some questions to its chief inspector, Dr Reuben Achterberg."
    r"(?:put|sent|addressed)\s+(?:some\s+|these\s+|our\s+|a\s+few\s+|several\s+)?"
    r"questions\s+to)\s+(?!by\b)"
    r"(?P<object>[^:;()\n]+)",
    re.IGNORECASE,
)
_ROLE_BEFORE_COMMA = re.compile(
    r"(?:its|his|her|their|the|a|an|[A-Z][\w-]*['’]s)\s+[a-z][\w'’ -]{2,40}"
)
# Where the object of the announcement ends: what it is about, when, or a role "of" something.
_OBJECT_END = re.compile(
    r"\s+(?:on|about|over|regarding|after|ahead|as|in|at|for|from|of|who|whose|this|last|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.IGNORECASE,
)


_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]+)")


def _before_a_role(text: str, end: int) -> bool:
    """The next word is a lowercase role or trade ("mayor", "police", "warden", "chief")."""
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following[1]
    return (
        word in PERSON_ROLE_WORDS
        or word in PERSON_TITLES
        or word in ("police", "fire", "warden", "ranger", "head", "council", "party")
        or _is_occupation(word)
    )


def _announced_person(
    text: str, headline: tuple[int, int] | None, introduction: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The people an announcement of the interview names, in the headline first, then in the
    introduction: a name of two words or more, or names joined by "and" (answered together).
    A name the text writes again wins over one written once ("interviews Grand Warden of the
    Guild ... spoke with Ilse Marken ... Marken, 58, ...": the title is no person)."""
    found: list[tuple[int, int]] = []
    for start, end in [*([headline] if headline else []), *introduction]:
        for match in _ANNOUNCING.finditer(text, start, end):
            object_start, object_end = _announced_object(text, match)
            pieces = [
                piece
                for run in _NAME_RUN.finditer(text, object_start, object_end)
                for piece in _person_pieces(run)
                # (a place before a role is no person: "interviews Palm Valley mayor", "Red
                # Deer police chief", "Lake District warden")
                if not _before_a_role(text, piece[-1][1])
            ]
            joint = _joined(text, pieces)
            comma = text.find(",", object_start, object_end)
            alone = [piece for piece in pieces if comma < 0 or piece[-1][1] <= comma]
            if joint is not None:
                span = joint
                last = next(piece for piece in pieces if piece[-1][1] == joint[1])
            elif alone:
                last = alone[-1]
                span = (last[0][0], last[-1][1])
            elif pieces and _ROLE_BEFORE_COMMA.fullmatch(text, object_start, max(comma, 0)):
                # "its chief inspector, Dr Reuben Achterberg": the role, then its holder
                last = pieces[0]
                span = (last[0][0], last[-1][1])
            else:
                continue
            if _interviewer(text, span):
                continue  # "Lena Fisk spoke to Tom Beale of the Orrin Herald"
            surname = text[last[-1][0] : last[-1][1]]
            if len(re.findall(rf"\b{re.escape(surname)}\b", text)) >= 2:
                return span
            found.append(span)
    return found[0] if found else None


_GIVEN_NAMES = FEMININE_GIVEN_NAMES | MASCULINE_GIVEN_NAMES
_TITLE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(TITLE_ABBREVIATIONS | PERSON_TITLES | {"doctor"})) + r")\.?\s+$",
    re.IGNORECASE,
)
# after a person's name: an apposition ("Ines Castell, a geologist"), an age ("Sara Oduya, 41,"
# or "(41)"), a relative clause ("Lena Fisk, who leads ...")
_PERSON_AFTER = re.compile(r",\s+(?:an?\s|the\s|\d{1,3},|who\b)|\s+\(\d{1,3}\)")


def _written_as_a_person(text: str, span: tuple[int, int]) -> bool:
    """The name is written as a person's: a given name first, a title before it, or an
    apposition, an age or "who" after it."""
    words = text[span[0] : span[1]].split()
    first = words[0].lower()
    before = text[max(0, span[0] - 24) : span[0]].split()[-1:]
    surname = words[-1]
    return (
        first in _GIVEN_NAMES
        or _TITLE_BEFORE.search(text, max(0, span[0] - 16), span[0]) is not None
        or _PERSON_AFTER.match(text, span[1]) is not None
        # an occupation before the name: "Businessman Rafferty Oyelaran-Huss", "Hydrologist
        # Odile Fontaine"
        or _is_occupation(first)
        or (bool(before) and _is_occupation(before[0].lower()))
        # "Oyelaran-Huss, who made his money in software": "who" after the name, anywhere
        or re.search(rf"\b{re.escape(surname)},\s+who\b", text) is not None
    )


def _is_occupation(word: str) -> bool:
    """'businessman', 'hydrologist', 'economist', 'historian': a person's trade."""
    return word.isalpha() and (
        word.endswith(("man", "woman", "ist", "ian"))
        and len(word) > 5
        and word not in _NOT_OCCUPATIONS
    )


_NOT_OCCUPATIONS = words("german roman human woman christian asian indian italian russian")


# who asks: "Tom Beale of the Orrin Herald", "Tom Beale asked the questions", "interviewer Tom
# Beale", "interviewed by Tom Beale"
_ASKER_AFTER = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:"
    + "|".join(sorted(word.capitalize() for word in MEDIA_WORDS if word.isalpha()))
    + r")\b|\s+(?:asked|put)\s+(?:the|our|these)\s+questions"
)
_ASKER_BEFORE = re.compile(
    r"(?:\binterviewer|\binterview(?:ed)?\s+by|\bquestions\s+by|\bspoke\s+to\s+our\s+\w+|"
    # the one a pronoun spoke to ("She spoke to Gideon Marr about ..."); not "Wikinews spoke
    # with Jane Roe", the one interviewed
    r"\b(?:[Ss]he|[Hh]e|[Tt]hey)\s+(?:spoke|talked)\s+(?:to|with)|"
    # a picture's credit: "Shimon Peres image: David Shankbone", "Photo by Ana Ruiz"
    r"\b(?:image|photo|photograph|picture|credit|courtesy|illustration)(?:\s+by)?\s*:?)\s+$",
    re.IGNORECASE,
)


def _interviewer(text: str, span: tuple[int, int]) -> bool:
    return (
        _ASKER_AFTER.match(text, span[1]) is not None
        or _ASKER_BEFORE.search(text, max(0, span[0] - 30), span[0]) is not None
    )


def _joined(text: str, pieces: list[list[tuple[int, int]]]) -> tuple[int, int] | None:
    """Names listed from the first to the one after "and" ("Ada Lind, Tomas Ek and Rui Costa")."""
    for index in range(1, len(pieces)):
        between = text[pieces[index - 1][-1][1] : pieces[index][0][0]]
        if re.fullmatch(r",?\s+and\s+", between):
            return (pieces[0][0][0], pieces[index][-1][1])
        if between != ", ":
            return None
    return None


def _headline_names_an_outlet(text: str, headline: tuple[int, int] | None) -> bool:
    """The headline announces an interview given to an outlet ("X talks to the Gazette")."""
    if headline is None:
        return False
    match = _HEADLINE_INTERVIEWEE.search(text, *headline)
    return match is not None and (
        not MEDIA_WORDS.isdisjoint(match["who"].lower().split())
        or "wikinews" in match["who"].lower()
    )


_AFTER_THE_HEAD = re.compile(r"\s+(?:of|behind|at|from|in|for|with|on|who|running)\b")


def _names_a_group(text: str, phrase: tuple[int, int]) -> bool:
    """The phrase's head is a plural noun in small letters: "meteorological experts", "the
    founders of the observatory", "the volunteers behind a repair cafe"."""
    cut = _AFTER_THE_HEAD.search(text, *phrase)
    words = text[phrase[0] : cut.start() if cut else phrase[1]].split()
    return bool(words) and words[-1].islower() and words[-1].endswith("s")


# "answered the questions together", "replied jointly"; "spoke with Hanne and Joris Beek",
# "spoke with three of them, Gwen Tally, Omar Reddy and Sue Pike"
_TOGETHER = re.compile(r"\b(?:answered|replied|responded)\b[^.]{0,40}\b(?:together|jointly)\b")
_NAMES_JOINED = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*,?\s+and\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
)


def _several_answer(text: str, introduction: list[tuple[int, int]]) -> bool:
    """The introduction says several people answer: together, or the announcement names them
    joined by "and"."""
    for start, end in introduction:
        if _TOGETHER.search(text, start, end):
            return True
        for match in _ANNOUNCING.finditer(text, start, end):
            if _NAMES_JOINED.search(text, *_announced_object(text, match)):
                return True
    return False


def _announced_object(text: str, match: re.Match[str]) -> tuple[int, int]:
    """Whom an announcement names ("spoke with Hanne and Joris Beek"), up to what it is about,
    when, or a role "of" something."""
    start, end = match.span("object")
    cut = _OBJECT_END.search(text, start, end)
    return (start, cut.start() if cut is not None else end)


def _headline_phrase(text: str, headline: tuple[int, int] | None) -> tuple[int, int] | None:
    if headline is None:
        return None
    match = _HEADLINE_INTERVIEWEE.search(text, *headline) or _ROLE_ON_A_TOPIC.match(text, *headline)
    if match is None or len(match["who"].split()) > 8:
        return None
    if _headline_names_an_outlet(text, headline):
        return None  # "Jonas Berg talks to the Gazette": the outlet is no interviewee
    return match.span("who")


def _person_pieces(match: re.Match[str]) -> list[list[tuple[int, int]]]:
    """The run's words as (start, end), cut into pieces at words that name no person."""
    pieces: list[list[tuple[int, int]]] = [[]]
    for word in re.finditer(r"\S+", match[0]):
        if word[0].lower() in _NOT_PERSON_WORDS:
            pieces.append([])
        else:
            pieces[-1].append((match.start() + word.start(), match.start() + word.end()))
    return [piece for piece in pieces if len(piece) >= 2]
