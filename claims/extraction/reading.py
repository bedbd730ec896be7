"""The text as the rules read it: typographic variants written one way, same length.

Archives write quotation marks in ways the rules do not read: two apostrophes (''like
this''), or TeX-style backticks (``like this''). ``reading_view`` rewrites each such pair of
characters as one double quote mark and one space, so every offset into the view is an
offset into the original text: the stages read the view, and every span the pipeline returns
is sliced from the original. An opening pair becomes ' "' (the space before the mark), a
closing pair '" ' (the space after it), so the quoted words keep their offsets.
"""

from __future__ import annotations

import bisect
import re

from .lexicon import STATE_NAMES, US_STATE_ABBREVIATIONS

_TWO_MARKS = re.compile(r"''|``")
_ROOM_NOTE = re.compile(
    r"[\[(](?i:crowd|audience|applause|laughter|laughs|cheers|cheering|booing|boos|chanting|"
    r"chants|inaudible|crosstalk|music|silence|pause|sighs)\b[^\[\]()\n]{0,30}[\])]"
)
_SIGN_OFF = re.compile(
    r"[-–—](?<=[.!?\"”’] [-–—])[ \t]*(?:Reuters|AFP|AP|PTI|IANS|ANI|Xinhua|Bloomberg|dpa|"
    r"Agencies|[A-Z][A-Za-z]+\.com)[ \t]*$",
    re.MULTILINE,
)
_END_MARK = re.compile(r"(?<=[.!?\"”’])[ \t]*Enditem[ \t]*$", re.MULTILINE)
# After one of these, a pair of apostrophes closes a quotation ("it is,''" / "illegal.''").
_BEFORE_CLOSING = frozenset(".,;:!?…)]-—–")


def reading_view(text: str) -> str:
    """``text`` with two apostrophes or two backticks as a double quote mark (same length),
    and single quotation marks as double ones where the text quotes with them (same
    length: one character for one)."""
    if "'''" in text:
        text = text.replace("'''", "   ")  # a wiki's bold ("'''Jane Roe''':"): no quotation
    if "**" in text:
        text = text.replace("**", "  ")  # Markdown's bold ("**Bell:** Barely"): no text
    # a wire's or a site's sign-off after the paragraph's last sentence: "... traders said. –
    # Reuters", "... police station. – Rappler.com", "... – PTI": no text (the pattern starts on
    # the dash, so it is cheap on every text)
    text = _SIGN_OFF.sub(lambda match: " " * len(match[0]), text)
    if "[" in text or "(" in text:
        # a transcript's note of the room: "[crowd cheering]", "(Applause.)", "[inaudible]"
        text = _ROOM_NOTE.sub(lambda match: " " * len(match[0]), text)
    if "Enditem" in text:
        # Xinhua's end mark after the last sentence ("... in November. Enditem"): no text
        text = _END_MARK.sub(lambda match: " " * len(match[0]), text)
    if "'" in text:
        text = _single_quotes_as_double(text)
    if "''" not in text and "``" not in text:
        return text  # nearly every article: no copy
    pieces: list[str] = []
    cursor = 0
    for match in _TWO_MARKS.finditer(text):
        start, end = match.span()
        pieces.append(text[cursor:start])
        pieces.append(' "' if _opens(text, start, end, match[0]) else '" ')
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _opens(text: str, start: int, end: int, marks: str) -> bool:
    if marks == "``":
        return True
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or before in _BEFORE_CLOSING:
        return False
    return not after.isspace()


# British and many regional papers quote with single marks: 'We asked for help,' she said.
# An opening mark starts a paragraph or follows a space, a colon or a bracket, and comes
# before a word; a closing mark follows a word or punctuation and comes before a space,
# punctuation or the line's end. Apostrophes inside words ("don't") are neither.
_SINGLE_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))'(?=[A-Za-z0-9£$€])", re.MULTILINE)
_SINGLE_CLOSING = re.compile(r"(?<=[^\s'])'(?=[\s.,;:!?)\]—–-]|$)", re.MULTILINE)
# "the parents' group", "three weeks' pay": a plural's possessive, not a closing mark
_POSSESSIVE_AFTER = re.compile(r"\s+[a-z]")
_CUE_AFTER = re.compile(
    r"\s+(?:he|she|they|it|said|says|adds|added|told|asks|asked|writes|wrote)\b"
)
# "'90s", "'em", "'til": elisions that open like a quotation
_ELISION = re.compile(r"'(?:\d0s|em\b|til\b|cause\b|n\b)")


def _single_quotes_as_double(text: str) -> str:
    """Where the text quotes with single marks, each opening and closing single mark paired
    on a line without double marks becomes a double mark. The text quotes with them when one
    such pair at least looks like a quotation: it opens a line or follows a colon or a comma,
    or punctuation closes it ('We asked,' she said) - British papers quote so, and some quote
    partial phrases with double marks and whole sentences with single ones."""
    if " '" not in text and "\n'" not in text and not text.startswith("'"):
        return text  # no mark that can open a quotation: most articles, decided cheaply
    openings = [
        match.start()
        for match in _SINGLE_OPENING.finditer(text)
        if not _ELISION.match(text, match.start())
    ]
    if not openings:
        return text
    closings = sorted(
        match.start()
        for match in _SINGLE_CLOSING.finditer(text)
        if not (
            text[match.start() - 1] in "sS"
            and _POSSESSIVE_AFTER.match(text, match.start() + 1)
            and not _CUE_AFTER.match(text, match.start() + 1)
        )
    )
    marks: list[int] = []
    strong = False
    for opening in openings:
        line_start = text.rfind("\n", 0, opening) + 1
        line_end = text.find("\n", opening)
        line_end = len(text) if line_end == -1 else line_end
        if any(mark in text[line_start:line_end] for mark in '"“”'):
            continue  # double marks quote on this line: single ones are inside them
        if marks and opening < marks[-1]:
            continue  # inside the pair before
        found = bisect.bisect_right(closings, opening)  # the first closing after the opening
        close = closings[found] if found < len(closings) and closings[found] <= line_end else None
        leads = (
            opening == line_start
            or text[max(line_start, opening - 2) : opening] in (": ", ", ")
            # "The minister said that 'the NHS is broken'.": after "that" or "said"
            or text[max(line_start, opening - 5) : opening] in ("that ", "said ")
        )
        if close is not None:
            marks.extend((opening, close))
            strong = strong or leads or text[close - 1] in ",.!?"
        elif leads or text[opening - 2 : opening - 1] in ".!?":
            # a quotation opening a line or a sentence, going on into the next paragraph
            marks.append(opening)
    if not strong:
        return text
    characters = list(text)
    for index in marks:
        characters[index] = '"'
    return "".join(characters)


# A body's initials in brackets after its name: "the Polish Press Agency (PAP)", "the Freedom
# Party's (FPÖ) group", "the German Press Agency (dpa)" - two to nine letters, capitals (or
# an agency's lowercase initials), right after a capitalised word; not a dateline's wire
# ("WARSAW (PAP) -"), which the document stage reads.
_BRACKETED_INITIALS = re.compile(
    r"\((?<=\w \()(?:[A-ZÀ-Þ][A-ZÀ-Þa-zß-ÿ&-]{1,8}|dpa|afp|ap)\)(?![ \t]*[-—–])"
)


def view_for_attribution(text: str) -> str:
    """The view the rules of who said what read (same length as ``text``): a body's initials in
    brackets after its name blanked ("told the Polish Press Agency (PAP)." read as "told the
    Polish Press Agency."), an aside in brackets before a verb of saying blanked, a company's
    legal form after a comma blanked ("Relay Systems, Inc. said" as "Relay Systems said"), and
    a comma inside a partial quotation's closing mark read after it. Spans are sliced from the
    original, so a claim keeps what it holds (the pipeline sets spans that end at a change back
    to the original: ``pipeline._spans_on_the_original``)."""
    if "(" in text:
        text = _BRACKETED_INITIALS.sub(_blank_after_a_name, text)
        # "Ruth Cole (Opinion, April 2) insists that ...": an aside in brackets between a
        # name and its verb of saying
        text = _ASIDE_BEFORE_THE_VERB.sub(lambda match: " " * len(match[0]), text)
        # "Rep. Jim Leach (R., Iowa), who contends that", "Sen. Maria Ortiz (D-N.M.) said": a
        # lawmaker's party and state
        text = PARTY_AND_STATE.sub(lambda match: " " * len(match[0]), text)
    if ", " in text and _STATE_AFTER_A_CITY_HINT.search(text):
        # "told reporters in Harrisburg, Pa., that", "a meteorologist in Blacksburg, Va., said",
        # "in Davenport, Iowa, on Wednesday that": the state after the city, read as not there
        text = _STATE_AFTER_A_CITY.sub(_blank_the_state, text)
    if ", " in text:
        # "Residents of Flint, Michigan said", "The mayor of La Paz, Bolivia declared": the
        # region after the town, read as not there
        text = _PLACE_THEN_REGION.sub(_blank_a_region_after_a_town, text)
    if " conducted " in text or " taken " in text or " carried out " in text:
        # "An NBC News poll conducted Feb. 14-18 found ...": when the poll was taken, read as
        # not there (the claimant had been "18")
        text = _POLL_DATES.sub(lambda match: " " * len(match[0]), text)
    if "–" in text:
        # "Polderwind–Hansa said", "Alpecin–Deceuninck": a name joined by an en dash is read
        # as one word (a hyphen)
        text = _DASH_IN_A_NAME.sub("-", text)
    if "/" in text:
        # "a CNN/ORC poll finds", "a USA TODAY/Suffolk University Poll": two names joined by a
        # slash, as a pollster and its partner are written, read as one word
        text = _SLASH_IN_A_NAME.sub("-", text)
    if "-" in text and ", " in text:
        # "State Sen. Sarah Eckhardt, D-Austin, voted ...": a lawmaker's party and home town
        # between commas, as the Texas Tribune writes them
        text = PARTY_AND_TOWN.sub(lambda match: " " * len(match[0]), text)
    if ',"' in text or ",”" in text:
        # 'said talks were "constructive," but he told CNN ...': the comma a partial
        # quotation closes over (American style) read after its mark, where the clause ends
        # (after a closing pair of apostrophes, whose view leaves two spaces - ',"  but' -
        # the comma is read in the first: '" , but')
        text = _COMMA_INSIDE.sub(
            lambda match: match[0][1] + (" ," if match[0].endswith(" ") else ","), text
        )
    if " & " in text and ", " in text:
        # "an analyst with Goldman, Sachs & Co., said", "Donaldson, Lufkin & Jenrette Inc.": a
        # firm named for its partners, the comma between their names read as a space (the
        # claimant had been "Sachs & Co.", the name after the comma)
        text = _PARTNERS_COMMA.sub(_blank_a_partners_comma, text)
    if "'s \"" in text or "’s “" in text or "'s “" in text:
        # 'said on CNN's "State of the Union" on Sunday that ...': a programme's title in
        # quotation marks, read without them (no quotation of anyone's words)
        text = _PROGRAMME_TITLE.sub(lambda match: " " + match["title"] + " ", text)
    if "University of " in text:
        # "a professor at the University of California, Irvine, said": a campus after its
        # university, the comma between them read as a space (one name)
        text = _CAMPUS_COMMA.sub(lambda match: match["university"] + " ", text)
    if ", " in text and _LEGAL_FORM_HINT.search(text):
        text = _LEGAL_FORM.sub(lambda match: " " * len(match[0]), text)
    return text


_ASIDE_BEFORE_THE_VERB = re.compile(
    r"\((?<=[A-Za-z][a-z] \()[^()\n]{2,40}\)(?= (?:[a-z]+ly )?(?:said|says|insists|insisted|"
    r"argues|argued|writes|wrote|claims|claimed|told|tells|added|adds|believes|maintains|"
    r"contends|suggests|suggested|notes|noted|warns|warned|denies|denied|asserts|asserted)\b)"
)
PARTY_AND_STATE = re.compile(
    r"\((?<=[A-Za-z] \()(?:R|D|I|Ind)(?:\.,\s?|-|–|,\s)[A-Z][A-Za-z.]{1,12}"
    r"(?:\s[A-Z][a-z.]{1,12})?\)"
)
# the states as US papers abbreviate them (lexicon.US_STATE_ABBREVIATIONS, without their
# final full stop), longest first
_STATES_WRITTEN = "|".join(
    re.escape(state) for state in sorted(US_STATE_ABBREVIATIONS, key=len, reverse=True)
)
_STATES_IN_FULL = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|"
    "Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|"
    "Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
    "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    "Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    "West Virginia|Wisconsin|Wyoming"
)
_STATE_AFTER_A_CITY_HINT = re.compile(rf", (?:(?:{_STATES_WRITTEN})\.|{_STATES_IN_FULL}),")
# ", Pa.," after "in" (or "from", "of" ...) and a city's name (one to three capitalised words)
_STATE_AFTER_A_CITY = re.compile(
    # ("in downtown Memphis, Tenn.,": a part of the town before its name)
    r"\b(?:in|from|of|near|outside) (?:(?:downtown|central|northern|southern|eastern|western|"
    r"suburban|rural|nearby|north|south|east|west) )?(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+"
    rf"(?P<state>, (?:(?:{_STATES_WRITTEN})\.|{_STATES_IN_FULL}),)"
    r"(?= [a-z])"
)
# (the pattern starts on the comma, the town before it read by _TOWN_BEFORE: a pattern that
# starts on "of" / "in" is tried at every word of the text)
_PLACE_THEN_REGION = re.compile(
    r", (?<=[a-z], )[A-Z][a-z]+(?: [A-Z][a-z]+)?"
    r"(?= (?:said|says|told|tells|declared|announced|claimed|argued|warned|reported|added|"
    r"insisted|alleged|denied|confirmed)\b)"
)
# the regions written after a town: the US states and Canada's provinces (a country's name is
# one of lexicon.STATE_NAMES)
_REGIONS = frozenset(_STATES_IN_FULL.split("|")) | frozenset(
    (
        "Ontario",
        "Quebec",
        "Alberta",
        "Manitoba",
        "Saskatchewan",
        "Nova Scotia",
        "British Columbia",
        "England",
        "Scotland",
        "Wales",
    )
)
_TOWN_BEFORE = re.compile(r"\b(?:of|in|from) [A-Z][a-z]+(?: [A-Z][a-z]+)?$")
_POLL_DATES = re.compile(
    r" (?<=[a-z] )(?:conducted|taken|carried out)(?: (?:from|on|between))? "
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:[-–]\d{1,2}|[-–][A-Z][a-z]{2,8}\.? \d{1,2}| and \d{1,2})?"
    r"|\d{1,2}[-–]\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?"
    r"(?= (?:found|finds|shows|showed|show|suggests|suggested|indicates|indicated|puts|put)\b)"
)
_DASH_IN_A_NAME = re.compile(r"–(?<=[A-Za-z]–)(?=[A-Z])")
_SLASH_IN_A_NAME = re.compile(r"/(?<=[A-Z][A-Za-z]/)(?=[A-Z])")
PARTY_AND_TOWN = re.compile(
    r",(?<=[a-z],) (?:D|R|I)-(?:(?:[A-Z]\.){1,3}|[A-Z][a-z]+\.?(?: [A-Z][a-z]+\.?){0,2})"
    # (the comma after it stays before a relative clause: "Rep. X, R-Texas, who voted no,
    # said")
    r"(?:,(?= (?!who\b|which\b|an?\b|the\b)[a-z])|(?=, (?:who|which|an?|the)\b))"
)
_PROGRAMME_TITLE = re.compile(
    r"(?<=[A-Za-z]['’]s )[\"“](?P<title>[A-Z][\w'’]*(?:\s+(?:of|the|and|a|[A-Z][\w'’]*)){0,5})[\"”]"
    r"(?=\s+(?:on|in|last|this|that|about)\b|,)"
)
_CAMPUS_COMMA = re.compile(
    r"(?<=University of )(?P<university>[A-Z][a-z]{2,20}),(?= [A-Z][a-z]+(?: [A-Z][a-z]+)?,)"
)
_COMMA_INSIDE = re.compile(
    r",(?<=\w,)[\"”](?:(?= (?:but|while|whereas|though|although|and)\b)|"
    r" (?= (?:but|while|whereas|though|although|and)\b))"
)
# ", Inc.", ", LLC", ", Ltd." after a capitalised word: the company's legal form
_LEGAL_FORM_HINT = re.compile(r", (?:Inc|LLC|Ltd|Corp|Co|PLC|plc|L\.P|LP)\b")
_LEGAL_FORM = re.compile(r",(?<=\w,)\ (?:Inc|LLC|Ltd|Corp|Co|PLC|plc|L\.P|LP)\.?(?=[\s,;:)])")


# A comma after a capitalised word, then the firm's other partners up to "& Co." or "& Name"
# and a legal form: "Goldman, Sachs & Co.", "Smith Barney, Harris Upham & Co.", "Donaldson,
# Lufkin & Jenrette Inc." (not "in March, Standard & Poor's said": a date, then a firm)
_PARTNERS_COMMA = re.compile(
    r",(?<=[a-z],)(?= [A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)* "
    r"& (?:Co\b|Cos\b|[A-Z][a-z]+ (?:Inc|Corp|Co|LLP|LLC|Ltd|PLC)\b))"
)
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+$")


def _blank_a_partners_comma(match: re.Match[str]) -> str:
    before = _CAPITALISED_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
    return match[0] if before is None else " "


def _blank_a_region_after_a_town(match: re.Match[str]) -> str:
    region = match[0][2:]
    if region not in _REGIONS and region.lower() not in STATE_NAMES:
        # ("Under questioning from Sen. Al Franken of Minnesota, Sessions said": a name after
        # the comma, not a region)
        return match[0]
    town = _TOWN_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
    return match[0] if town is None else " " * len(match[0])


def _blank_the_state(match: re.Match[str]) -> str:
    kept = match.start("state") - match.start()
    blanked = match.end("state") - match.start("state")
    if match.group("state").endswith(",") and not _AFTER_A_SETTING.match(
        match.string, match.end("state")
    ):
        # ("Whitcomb, speaking in Fayetteville, North Carolina, said": the comma closes the
        # aside; "told reporters in Harrisburg, Pa., that": the setting goes on to "that")
        return match[0][:kept] + " " * (blanked - 1) + ","
    return match[0][:kept] + " " * blanked


_AFTER_A_SETTING = re.compile(r" (?:that|on|in|at|last|this|after|before)\b")


def _blank_after_a_name(match: re.Match[str]) -> str:
    text = match.string
    before = text[: match.start() - 1]
    word = before[before.rfind(" ") + 1 :].lstrip('"“(')
    inside = match[0][1:-1]
    if inside in ("dpa", "afp", "ap"):
        blank = word[:1].isupper()
    else:
        # (after a lowercase word, capitals only: "the Croatian news agency (HINA)")
        blank = sum(char.isupper() for char in inside) >= 2 and (
            word[:1].isupper() or inside.isupper()
        )
    return " " * len(match[0]) if blank else match[0]
