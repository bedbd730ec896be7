"""What the text itself says about a claim: unverified, anonymous source, hedged, statistic.

A sentence can qualify its own claim ("The video, which could not be independently verified,
shows ...") or, standing alone, the claim before it ("He spoke on condition of anonymity ...",
"Reuters could not independently verify the footage."). The second kind is a *qualifier*: it
flags earlier claims and is not a claim itself.
"""

from __future__ import annotations

import re

from .lexicon import MONTHS, MULTIPLIED_CHANGE, NUMBER_WORD_VALUES, NUMBER_WORDS, TIME_UNITS
from .pos import lexicon
from .tokens import SENTENCE_HINTS, WordMemo, contains_any, has_case_traps

UNVERIFIED = re.compile(
    r"""\b(?:
        # (a negation: "I can confirm that the crew is safe" is no doubt)
        (?:could\s*not|can\s*not|cannot|can't|couldn't|could\s+n't)\s+(?:be\s+)?
            (?:independently\s+|immediately\s+)*(?:verif|confirm|authenticat|corroborat)\w*|
        # "Neither account could be independently confirmed": the negation earlier
        (?:could|can)\s+(?:be\s+)?(?:independently\s+|immediately\s+)+
            (?:verif|confirm|authenticat|corroborat)\w*|
        # "a figure that cannot be checked independently", "could not independently check"
        (?:could\s*not|can\s*not|cannot|can't|couldn't|could\s+n't)\s+
            (?:be\s+)?(?:independently\s+check\w*|check\w*\s+independently)|
        (?:was|were|is|are|has|have)\s+(?:not|n't)\s+(?:yet\s+)?(?:been\s+)?
            (?:independently\s+|officially\s+|yet\s+)?(?:verified|confirmed|authenticated)|
        unverified|unconfirmed|unverifiable|
        # "Reuters could not determine whether the claim was true", "... where the video was
        # filmed" (not "could not establish a motive", "how he fell": a finding)
        (?:could\s*not|couldn't|cannot|can't|(?:was|were)\s+unable\s+to)\s+(?:independently\s+)?
            (?:determine|establish)\s+(?:whether|if|where|when|who|how)\s+(?:the|these|those|
            his|her|their|its)\s+(?:[\w-]+\s+)?(?:claims?|reports?|videos?|footage|accounts?|
            images?|photos?|photographs?|pictures?|clips?|recordings?|post|posts|figures?)\b|
        (?:not\s+(?:immediately\s+)?|im)possible\s+to\s+(?:independently\s+|immediately\s+)?
            (?:verify|confirm)|
        (?:unable|not\s+(?:been\s+)?able|(?:was|were|is|are|has|have)n[’']t\s+(?:been\s+)?able)
            \s+to\s+(?:independently\s+)?
            (?:verify|confirm|corroborate|check\s+independently)|
        no\s+independent\s+(?:verification|confirmation)|
        # "The Canadian Press has not independently reviewed the survey"
        (?:has|have|had|did)\s*(?:not|n't)\s+(?:yet\s+)?independently\s+
            (?:reviewed|review|examined|examine|seen|see|checked|check|obtained|analy[sz]ed)|
        not\s+(?:be\s+)?independently\s+(?:verified|confirmed)|
        # "although neither side would confirm this", "the ministry would not confirm it",
        # "never confirmed", "difficult to verify"
        (?:would|will|did)\s*(?:not|n't)\s+(?:confirm|verify)\s+(?:this|it|that|the\s+\w+)|
        neither\s+(?:side|party|company|government)\s+would\s+confirm|
        never\s+(?:been\s+)?(?:independently\s+)?(?:confirmed|verified)|
        (?:difficult|hard|impossible)\s+to\s+(?:independently\s+)?(?:verify|confirm)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
ANONYMOUS = re.compile(
    r"""\b(?:
        (?:on\s+)?condition\s+of\s+anonymity|
        # "speaking on condition he not be named"
        on\s+(?:the\s+)?condition\s+(?:that\s+)?(?:he|she|they|his|her|their)\s+(?:names?\s+)?
            (?:not\s+be|would\s+not\s+be|was\s+not|were\s+not|remain|remained)\s+
            (?:named|identified|used|anonymous)|
        # "though none of them wanted to be named": a negation before a plain wish
        (?:none\s+of\s+them|neither\s+of\s+them|no\s+one|nobody)\s+(?:wanted|wished|agreed)
            \s+to\s+be\s+(?:named|identified)|
        (?:asked|requested|declined|refused|did\s+not\s+want|didn't\s+want|wished|
            did\s+not\s+wish|didn't\s+wish|does\s+not\s+want|doesn't\s+want|preferred|
            wishing|wanting|preferring|requesting|asking|declining|declined)\s+
            (?:not\s+)?to\s+be\s+(?:named|identified)|
        (?:pleaded|pleading|begged)\s+(?:for\s+)?anonymity|
        # "who did not want her name published", "who did not want his name used"
        (?:did\s+not|didn't|does\s+not|doesn't)\s+want\s+(?:his|her|their)\s+(?:full\s+)?
            names?\s+(?:published|used|printed|given|made\s+public)|
        (?:declined|declining|refused|refusing)\s+to\s+(?:give|be\s+identified\s+by)\s+
            (?:his|her|their)\s+(?:full\s+|last\s+)?names?|
        # "who did not want to give her name", "who would not give his full name"
        (?:did\s+not|didn't|does\s+not|doesn't|would\s+not|wouldn't)\s+(?:want\s+to\s+)?
            (?:give|share|reveal|disclose)\s+(?:his|her|their)\s+(?:full\s+|last\s+|real\s+)?
            names?|
        not\s+(?:be\s+)?(?:named|identified)\s+because|
        # "The aide, who has not been named, told the court", "A witness, who cannot be named
        # for legal reasons, said": the speaker unnamed (not "a man, who has not been named,
        # died": the clause must lead to the cue)
        ,\s+who\s+(?:(?:has|have|had)\s+not\s+been|(?:was|were|is|are)\s+not|
            (?:cannot|can\s+not|can't|could\s+not|may\s+not)\s+be)\s+(?:named|identified)
            (?:\s+[\w-]+){0,5},\s+(?:said|says|told|tells|added|testified|wrote|stated)\b|
        # "asked that her name not be used", "on condition that his name not be published"
        (?:asked|asking|requested|requesting|on\s+(?:the\s+)?condition)\s+that\s+
            (?:his|her|their)\s+(?:full\s+|last\s+)?names?\s+(?:not\s+be|be\s+withheld|be\s+kept)|
        # "a 46-year-old whose name was not disclosed", "whose name is being withheld"
        whose\s+(?:full\s+)?names?\s+(?:was|were|is|are|has|have|had)\s+(?:not\s+(?:been\s+)?|
            being\s+|been\s+)(?:disclosed|released|made\s+public|given|published|withheld|
            revealed)|
        # "Le Monde, citing sources in the Elysee", "citing government sources"
        citing\s+(?:[\w-]+\s+){0,2}?sources\b|
        # "The paper cited unnamed Treasury sources", "quoted anonymous officials"
        (?:cited|cites|quoted|quotes)\s+(?:unnamed|anonymous)\s+(?:[\w-]+\s+){0,2}?
            (?:sources?|officials?|people|aides?|insiders?)\b|
        (?:withheld|changed)\s+(?:his|her|their)\s+(?:full\s+|last\s+)?names?|
        not\s+authori[sz]ed\s+to\s+(?:speak|talk|comment|discuss|make)|
        # "CBC News is not identifying the officials because ...": the outlet's own account
        (?:is|are|was|were|has|have)\s+not\s+(?:been\s+)?(?:identifying|naming)\s+
            (?:the|them|him|her|these|those|its|his|their)\b|
        (?:speaking|spoke|speak)\s+anonymously|anonymous(?:ly)?\s+(?:source|official|sources|officials)|
        (?:speaking|spoke|speak)\s+on\s+(?:deep\s+)?background|
        (?:requested|requesting|asked\s+for|was\s+granted|were\s+granted|granted|insisted\s+on|
            insisting\s+on|demanded)\s+anonymity|
        on\s+(?:the\s+)?condition\s+that\s+(?:he|she|they|his|her|their)\s+(?:not\s+be\s+|remain\s+un|name\s+not\s+be\s+)
            (?:named|identified|used|published)|
        (?:a\s+)?(?:person|people|source|sources)\s+(?:familiar|close|
            with\s+(?:direct\s+|first-?hand\s+|detailed\s+|knowledge\s+)?knowledge)|
        (?:person|people|sources?|officials?|aides?|diplomats?)\s+(?:who\s+(?:were|was|had\s+been)\s+)?
            (?:briefed\s+on|involved\s+in\s+the\s+(?:talks|negotiations|discussions|matter|case))|
        \bsources?\s+(?:said|say|says|told)|
        according\s+to\s+(?:\w+\s+)?sources|
        (?:unnamed|unidentified|anonymous)\s+(?:[\w-]+\s+){0,2}?(?:officials?|sources?|
            persons?|people|diplomats?|aides?|insiders?|executives?|employees?|officers?|
            ministers?|soldiers?|staffers?|commanders?|residents?|witness(?:es)?|doctors?|
            workers?|members?|players?)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
HEDGED = re.compile(
    r"""\b(?:
        appear(?:s|ed|ing)?\s+to|purports\s+to|apparently|reportedly|allegedly|purportedly|
        # "The rules appeared designed to curb ...", "it appeared that the fire started ..."
        appear(?:s|ed)?\s+(?:designed|intended|aimed|meant|poised|set)\s+to|
        (?<=\bit\s)appear(?:s|ed)\s+that|
        # "Residents appear divided", "the talks appeared stalled": how it looks (not where
        # or when someone appeared: "appeared in court", "appeared on television")
        appear(?:s|ed)?\s+(?:(?:increasingly|largely|deeply|more|less|very|still|already)\s+)?
            (?!(?:in|on|at|before|as|with|for|from|alongside|together|outside|inside|via|
            through|during|after|again|briefly|live|later|earlier|yesterday|today|online|twice|
            once|regularly|unannounced|here|there|the|and|but|his|her|their|its|this|that)\b)
            (?-i:[a-z]{3,})|
        purported|
        # "for a reported $340 million", "a reported 5,000 people": as reportedly
        (?<=\ba\s)reported(?=\s+(?:[$£€¥]|\d|(?:one|two|three|four|five|six|seven|eight|nine|
            ten|twelve|twenty|fifty|hundred)\b))|
        # "the alleged fraud", "an alleged gunman", "was alleged to" - not the verb of an
        # accusation ("a short-seller alleged accounting fraud")
        (?:(?<=\bthe\s)|(?<=\ban\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\bits\s)|(?<=\btheir\s)|
            (?<=\bof\s)|(?<=\bfor\s)|(?<=\bover\s)|(?<=\bby\s)|(?<=\band\s)|(?<=\bthree\s)|
            (?<=\btwo\s)|(?<=[\d-]old\s)|(?<=\d\s)|(?<=\bis\s)|(?<=\bwas\s)|(?<=\bare\s)|
            (?<=\bwere\s)|(?<=\bbeen\s)|(?<=[(,]\s))alleged|
        (?:is|are|was|were)\s+(?:not\s+)?(?:also\s+|now\s+|still\s+)?(?:widely\s+)?
            (?:believed|thought|said|understood|reported|presumed|stated)\s+to|
        # "are feared to have died", "feared trapped", "were feared dead"
        (?:is|are|was|were)\s+(?:now\s+)?feared\s+(?:to\s+have|to\s+be|dead|trapped|killed|
            missing|drowned|lost|buried)|
        # a reduced relative: "a businessman believed to have links", "a gang thought to
        # control the port"
        (?<=[a-z]\s)(?:widely\s+)?(?:believed|thought)\s+to\s+(?:be|have|control|run|own|
            lead|hold|number)|
        # what a recording is said to show: "A video said to show the aftermath", "footage
        # purported to show"
        \b(?:video|videos|footage|clip|clips|image|images|photo|photos|photograph|
            photographs|recording|recordings|document|documents|letter|audio)\s+
            (?:said|purported|claimed|alleged|believed|thought)\s+to\s+(?:show|be|depict|
            contain|reveal)|
        # set off by a comma: "two more suspects, believed to be the facilitators,"; "The
        # accused, said to be a close aide of the MLA,"
        (?<=,\s)(?:widely\s+)?(?:believed|thought|said|understood|reported|presumed)\s+to
            \s+(?:be|have)|
        # "seems to", "seemed larger", "it seems": how it looks, not what is known
        seemingly|seem(?:s|ed)?|(?:may|might)\s+have|possibly|presumably|
        # "It is possible that ...", "it's conceivable that"
        (?:it\s+is|it's|it\s+was|it\s+remains)\s+(?:quite\s+|entirely\s+|also\s+|still\s+)?
            (?:possible|conceivable|plausible)|
        # (not "suspected cholera cases": a count of cases by their definition)
        suspected(?!\s+(?:[\w-]+\s+)?(?:cases?|infections?|deaths?)\b)|(?<!more\s)(?<!less\s)(?<!\bas\s)likely\s+to|unclear\s+whether|
        it\s+(?:is|was)\s+(?:widely\s+)?(?:understood|believed|thought|learnt|learned|
            gathered|rumou?red)(?:\s+that)?|
        # "It is reported that 30 people were killed": as "reportedly"
        it\s+(?:is|was|has\s+been)\s+(?:widely\s+)?(?:reported|said)\s+that
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# A summing-up noun phrase after a clause, whose relative clause says what may follow: ", a
# move that could force 900 layoffs", ", a decision that may delay the vote" (read apart from
# HEDGED_MODAL, whose relative clauses are no doubt: "the only hospital that could treat him")
_SUMMING_UP_MODAL = re.compile(r"\b(?:could|may|might)\s+(?!not\b|n't|only\b|never\b)[a-z]+")
_SUMMING_UP_BEFORE = re.compile(
    r"\b(?:move|step|decision|change|plan|measure|development|shift|ruling|deal)\s+that\s+$"
)
# Epistemic modals and forecasts, tested on the claim itself (not on its whole sentence, so a
# hedged second claim does not hedge the first). Case-sensitive: "May" is a month.
HEDGED_MODAL = re.compile(
    r"""(?:
        # a non-restrictive relative's doubt: "a new stadium, which could cost as much as
        # 400 million euros" (not "the only hospital which could treat him": what it can do)
        (?<=,\swhich\s)(?:could|may|might)\s+(?:well\s+|also\s+|eventually\s+)?
            (?!not\b|n't|only\b|never\b|be\s+(?:seen|heard)\b)[a-z]+
    )|(?<!which\s)(?<!\bwho\s)(?<!\bthat\s)\b(?:
        # (not "It may be noted that": the writer's pointer, no doubt)
        (?:may|might)\s+(?:well\s+|also\s+|still\s+|even\s+|yet\s+|not\s+)?
            (?!be\s+(?:noted|recalled|mentioned|remembered|added)\b)[a-z]+|
        # what may befall someone: "workers could see their paychecks delayed", "households
        # could see bills rise by 200 pounds" (not "could see smoke from miles away")
        could\s+see\s+(?:(?:their|its|his|her|your|our)\b|(?:[\w-]+\s+){1,3}(?:rise|fall|
            increase|drop|jump|climb|soar|double|triple|delayed|reduced|cut|slashed|raised)\b)|
        could\s+(?:well\s+|also\s+|still\s+|even\s+|yet\s+|soon\s+|eventually\s+)?
            # ("could 'create a sense of momentum'": the verb in quotation marks)
            [\"“'‘]?
            # ("everything we could to keep it open": what they were able to do)
            # ("more wheat than he could ever sell": what he was able to)
            (?!not\b|n't|to\b|see\b|hear\b|feel\b|smell\b|only\b|barely\b|hardly\b|never\b|ever\b|
               # what could be perceived: "The light could be seen from 18 miles away"
               be\s+(?:seen|heard|felt|spotted|smelled|smelt)\b(?!\s+as\b)|
               afford\b|remember\b|do\s+nothing\b|no\s+longer\b|
               # ("grabbed what they could before the water rose": what they were able to)
               (?:before|after|until|while|when|and|or|but|in|on|at|for|from|with)\b)[a-z]+|
        [Uu]nlikely|
        # a possibility not excluded: "Further closures could not be ruled out"
        (?:could|can)(?:\s*not|n't)\s+be\s+(?:ruled\s+out|excluded)|
        # (not a comparison of chances: "17% more likely to develop dementia")
        (?<!more\s)(?<!less\s)(?<!least\s)(?<!\bas\s)[Ll]ikely
            # (not a poll's sample: "among likely voters", "likely Democratic caucusgoers")
            (?![\s-]+(?:(?:Republican|Democratic|GOP|primary|general-election|[A-Z][a-z]+)\s+)
                {0,2}(?:voters?|caucusgoers|caucus-goers|electorate)\b)|
        [Pp]robably|[Pp]erhaps|[Mm]aybe|
        # a doubt the claim states: "we believe", "potentially", "almost certain", "should be
        # around 45"
        # (not "how we think about light", "what we believe in": the verb's object, no doubt)
        (?<!\bhow\s)(?<!\bwhat\s)(?<!\bway\s)\b[Ww]e\s+(?:think|believe|suspect|expect)\b
            (?!\s+(?:in|about|of)\b)|
        [Pp]otentially|almost\s+certain(?:ly|ty)?\b|
        # "That, I think, started it", "a comet (the discoverer was German, I believe)", "in my
        # third year I think": the speaker's own doubt, set off as an aside (not "I think the
        # plan is wrong", an opinion; not "that is what I believe", the verb's object)
        (?:(?<=[,(\u2014])|(?<=[,(\u2014]\s)|(?<=\s-\s)|(?<=--\s)|
            (?<!\bwhat\s)(?<!\bhow\s)(?<!\bwhy\s)(?<!\bwho\s)(?<!\bwhom\s)(?<!\bwhich\s)
            (?<!\bthat\s)(?<!\bas\s)(?<!\bwhatever\s)(?<!\bif\s)(?<!\bthan\s)(?<=[a-z]\s))
            I\s+(?:think|believe|guess|suppose|reckon)(?=\s*(?:[,;:)\u2014]|\s-|$|\.))|
        should\s+be\s+(?:around|about|roughly|some)\s+(?:[\d$£€]|a\s+(?:dozen|hundred|thousand|million))
    )""",
    re.VERBOSE,
)
_HEDGED_MODAL_HINTS = (
    "i think",
    "i believe",
    "i guess",
    "i suppose",
    "i reckon",
    "we think",
    "we believe",
    "we suspect",
    "we expect",
    "potentially",
    "almost certain",
    "should be a",
    "should be r",
    "should be s",
    "may ",
    "might ",
    "could ",
    "likely",
    "probabl",
    "perhaps",
    "maybe",
    "expected to",
    "ruled out",
    " be excluded",
    "projected to",
    "forecast to",
    "predicted to",
    "set to",
)
# Sourcing notes that say nothing about the story: a bare "did not respond to a request for
# comment", "declined to comment", "could not be reached". Not claims, and they flag nothing.
# With a topic ("declined to comment on the report", "did not respond to questions about
# the fire") the sentence tells the reader something and stays a claim, so the note must end
# the sentence, followed at most by a time ("on Tuesday", "Wednesday", "late Friday"), "when
# contacted" or "by publication time".
NO_COMMENT = re.compile(
    r"""\b(?:
        (?:did|does|do|has|have|had)\s*(?:not|n't)\s+(?:immediately\s+|yet\s+)?
            (?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?|answer(?:ed)?)
            (?:\s+to)?(?:\s+(?:a|an|the|several|multiple|repeated|two|three|
                (?-i:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:['’]s|(?<=s)['’])))?
            (?:\s+(?:written|emailed|phone|telephone|e-mail|email|detailed))?
            # "a detailed list of questions"
            (?:\s+(?:list|series|set)\s+of)?
            \s+(?:request|requests|message|messages|call|calls|email|emails|e-mails|inquiry|
                inquiries|query|queries|questions)
            # "emails and phone calls", "calls or messages"
            (?:,?\s+(?:and|or)\s+(?:phone\s+|telephone\s+|text\s+)?(?:request|requests|message|
                messages|call|calls|email|emails|e-mails|questions|inquiries))?
            (?:\s+(?:for|seeking)\s+(?:further\s+|additional\s+)?comment)?|
        (?:did|does|has|have|had)\s*(?:not|n't)\s+(?:immediately\s+)?(?:comment(?:ed)?|respond(?:ed)?)|
        (?:declined|refused|would\s+not|wouldn't)\s+(?:immediately\s+)?(?:to\s+)?comment|
        (?:declined|refused|would\s+not|wouldn't|did\s+not|didn't)\s+(?:to\s+)?
            (?:elaborate|give\s+(?:further\s+|more\s+)?details|say\s+more)|
        # "would not be drawn on the cause of the deaths"
        (?:would|could)\s*(?:not|n't)\s+be\s+drawn(?:\s+(?:on|into)\s+[^.;"“”]{1,80}?)?|
        (?:was|were|is|are)\s+(?:not|n't)\s+(?:immediately\s+)?available\s+(?:for|to)\s+(?:further\s+|additional\s+)?comment|
        (?:could|can)\s*(?:not|n't)\s+(?:immediately\s+)?(?:be\s+)?(?:reached|contacted)
            (?:\s+for\s+(?:further\s+|additional\s+)?comment)?|
        had\s+no\s+(?:immediate\s+)?(?:comment|response)|
        # "Reuters could not reach the other companies for comment"
        (?:could\s*(?:not|n't)|(?:was|were)\s+unable\s+to)\s+(?:immediately\s+)?reach\s+
            [^.;]{1,80}?\s+for\s+(?:further\s+|additional\s+)?(?:comment|a\s+response)|
        # "There was no immediate comment from the embassy"
        there\s+(?:was|has\s+been)\s+no\s+(?:immediate\s+)?(?:official\s+)?
            (?:comment|response|reaction)|
        (?:has|have|had)\s+been\s+(?:approached|contacted|asked)\s+for\s+(?:a\s+)?(?:comment|response)|
        # "Fox News Digital has reached out to the other two aides for comment"
        (?:has|have|had)\s+reached\s+out\s+to\s+[^.;]{1,80}?\s+for\s+(?:further\s+|additional\s+)?(?:comment|a\s+response)|
        # "Efforts to contact the secretary for comment were unsuccessful", "Attempts to get a
        # reaction from the company proved abortive"
        ^(?:but\s+|however,?\s+)?(?:(?:all|repeated|several|our)\s+)?(?:efforts?|attempts?|bids?)
            \s+to\s+(?:reach|contact|speak\s+(?:to|with)|get\s+(?:a\s+|any\s+|the\s+|his\s+|
                her\s+|their\s+)?(?:comment|reaction|response|side)\s+(?:from|of))
            \s+[^.;"“”]{1,80}?\s+(?:were|was|have\s+been|had\s+been|proved|proven|remained)
            \s+(?:unsuccessful|abortive|futile|fruitless|in\s+vain)|
        ^(?:but\s+|however,?\s+)?(?:(?:all|repeated|several|our)\s+)?(?:efforts?|attempts?|bids?)
            \s+to\s+(?:reach|contact)\s+[^.;"“”]{1,80}?\s+(?:failed|were\s+not\s+successful)|
        # "The office acknowledged the request but has yet to respond as of posting"
        acknowledged\s+(?:the|our|its|receipt\s+of\s+the)\s+(?:request|inquiry|enquiry|email|
            e-mail|query|questions)\s+but\s+(?:has|had)\s+(?:yet\s+to|not)\s+(?:respond(?:ed)?|
            repl(?:y|ied)|comment(?:ed)?)|
        # "The office declined to make her available for an interview", "did not make an
        # executive available"
        (?:declined|refused|did\s*(?:not|n't)|would\s*(?:not|n't))\s+(?:to\s+)?make\s+
            (?:[\w'’-]+\s+){1,3}available(?:\s+(?:for|to)\s+(?:an?\s+)?(?:interview|comment))?
    )
    (?:\s+(?:from|to)\s+(?:the\s+)?(?-i:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})
        (?:\s+(?:embassy|ministry|government|army|military|police|office|company|spokesperson|
            spokesman|spokeswoman))?)?
    (?:,?\s+(?:(?:on\s+|late\s+|early\s+)?(?:\w+day|the\s+weekend)
            (?:\s+(?:morning|afternoon|evening|night))?|
        (?:by|at)\s+(?:publication\s+time|the\s+time\s+of\s+(?:publication|going\s+to\s+press|
            filing|writing)|deadline|press\s+time)|
        when\s+(?:contacted|approached)(?:\s+by\s+(?-i:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}))?|
        # "declined to comment further", "did not respond to a request for comment either"
        further|either|too|also|as\s+well|
        # "... proved abortive as calls to his phone were not answered": why, the same silence
        as\s+(?:calls?|messages?|his|her|their|the|he|she|they)\b[^.!?;"“”]{1,100}|
        outside\s+(?:normal\s+)?(?:business|office|working)\s+hours|
        despite\s+(?:repeated|several|multiple|numerous)\s+(?:attempts|calls|efforts|requests)|
        as\s+of\s+(?:posting|press\s+time|writing|publication|the\s+time\s+of\s+(?:filing|
            writing|publication|going\s+to\s+press)(?:\s+this\s+(?:report|story))?)|
        (?:late\s+)?(?:yesterday|today|overnight|this\s+week|last\s+week)))*
    \s*[.!]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
# A request that went unanswered, told as the outlet's attempt: "Calls and messages to the
# mayor went unanswered", "Rappler tried to reach the governor, but the calls went
# unanswered", "... but he has yet to respond as of posting".
_UNANSWERED = re.compile(
    r"\b(?:(?:went|were|was|have\s+gone|had\s+gone|remained|remain)\s+unanswered|"
    r"(?:has|have|had)\s+(?:yet\s+to|not\s+yet)\s+(?:respond|reply|comment))\b"
)
_SOUGHT = re.compile(
    r"^(?:(?:Multiple|Several|Repeated|Numerous)\s+)?(?:calls|messages|emails|e-mails|requests|"
    r"inquiries|queries|text\s+messages)\b|^(?:[\w.'’&-]+\s+){1,4}(?:tried|sought|attempted|"
    r"reached\s+out|called|contacted|messaged|emailed|also\s+(?:tried|sought|contacted))\b"
)
_NO_COMMENT_HINTS = (
    "approached",
    "reaction",
    "unanswered",
    "yet to",
    "respon",
    "repl",
    "comment",
    "return",
    "answer",
    "reached",
    "contacted",
    "elaborate",
    "available",
    "discuss",
    "say more",
    "details",
    "unsuccessful",
    "abortive",
    "futile",
    "fruitless",
    "in vain",
    "failed",
    "drawn",
)

# The sentence is about verification or anonymity (subject + verb), not a claim with a
# relative clause that mentions it.
_SUBJECT_APPOSITION = re.compile(r"^([^,]{2,40}),\s+(?:[a-z]+ed|which|who)\b[^,]{0,80},")
_QUALIFIER_SUBJECT = re.compile(
    r"""^(?:(?:but|however|and)[\s,]+)?(?:
        he|she|they|both|[Nn]either(?:\s+[a-z]\w*)?|all|
        [Tt]he\s+[a-z]\w*(?:\s+[a-z]\w*)?|[Tt]his(?:\s+[a-z]\w*)?|
        (?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[a-z]\w*(?:\s+[a-z]\w*)?|
        [Tt]hese(?:\s+[a-z]\w*)?|[Tt]hose(?:\s+[a-z]\w*)?|[Tt]hat\s+[a-z]\w*|[Ii]t|
        # ("The Times of Israel", "The Voice of America": a name with "of")
        (?:[Tt]he\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:\s+of\s+[A-Z][\w.&-]*)?|we|i|
        none\s+of\s+\w+|
        # "The authenticity of the video", "The accuracy of these figures"
        (?:[Tt]he\s+|[Ii]ts\s+|[Tt]heir\s+)?(?:authenticity|veracity|accuracy|origin|provenance|
            reliability)\s+of\s+(?:the\s+|these\s+|this\s+|those\s+|its\s+|their\s+)?
            [\w'’-]+(?:\s+[\w'’-]+)?|
        # "The Observatory's figures", "the ministry's account"
        (?:[Tt]he\s+)?[\w.&-]+(?:\s+[\w.&-]+){0,3}(?:'s|’s|s'|s’)\s+[a-z]\w*
    )\s+(?:also\s+)?(?:
        # "The UN said it could not confirm the figure": the source's own note on it
        (?:said|says|added)\s+(?:that\s+)?(?:it|they|he|she|we)\s+
            (?:could|can|cannot|was|were|is|are|had|has|did|would)|
        spoke|speak|speaks|was\s+speaking|were\s+speaking|asked|declined|requested|refused|
        insisted|demanded|
        could|can|cannot|was|were|is|are|has|have|did|had|would|
        # "The paper cited unnamed Treasury sources": how the report before was sourced
        cited|cites|quoted|quotes
    )\b""",
    re.VERBOSE,
)

# Cheap substring tests that must hold before the long patterns above can match: most
# sentences fail them, and a substring test costs far less than a regex with alternations.
_UNVERIFIED_HINTS = ("verif", "confirm", "authentic", "corroborat", "independently", "determine")
_UNVERIFIED_HINTS += ("establish",)
_ANONYMOUS_HINTS = (
    "anonym",
    "named",
    "identified",
    "authori",
    "familiar",
    "source",
    "close t",
    "knowledge",
    "briefed",
    "involved",
    "background",
    "name",
    "naming",
    "identifying",
)
_HEDGED_HINTS = (
    "appear",
    "feared",
    "apparent",
    "alleged",
    "purport",
    "believed",
    "thought",
    "said to",
    "is said that",
    "was said that",
    "been said that",
    "understood",
    "learnt",
    "learned",
    "gathered",
    "rumo",
    "reported",
    "seem",
    "may ",
    "might",
    "possibl",
    "conceivab",
    "plausib",
    "presum",
    "stated to",
    "suspect",
    "likely",
    "unclear",
)


# The sentence tests' hint lists are read for each sentence at once (tokens.HintIndex).
_UNVERIFIED_BIT = SENTENCE_HINTS.add(_UNVERIFIED_HINTS)
_ANONYMOUS_BIT = SENTENCE_HINTS.add(_ANONYMOUS_HINTS)
_HEDGED_BIT = SENTENCE_HINTS.add(_HEDGED_HINTS)
_NO_COMMENT_BIT = SENTENCE_HINTS.add(_NO_COMMENT_HINTS)


def _hinted(
    text: str, lowered: str | None, hints: int | None, hint_list: tuple[str, ...], bit: int
) -> bool:
    """Does the text contain one of ``hint_list``? Read from ``hints`` (the sentence's
    SENTENCE_HINTS.find bits) when the caller has them, else tested on the lowered text."""
    if hints is not None:
        return bool(hints & bit)
    return contains_any(text.lower() if lowered is None else lowered, hint_list)


# Each sentence test takes the lowered text and the hint bits when the caller has them already
# (a sentence is tested for all of them, and for being a qualifier).
def unverified(text: str, lowered: str | None = None, hints: int | None = None) -> bool:
    if not _hinted(text, lowered, hints, _UNVERIFIED_HINTS, _UNVERIFIED_BIT):
        return False
    return any(not _a_quoted_label(text, match) for match in UNVERIFIED.finditer(text))


def _a_quoted_label(text: str, match: re.Match[str]) -> bool:
    """'dismissed the footage as "unverified propaganda"': the word is a speaker's label,
    quoted, not the text's own account of what was checked."""
    if match.group().lower() not in ("unverified", "unconfirmed", "unverifiable"):
        return False
    return text[max(0, match.start() - 1) : match.start()] in _OPENING_QUOTES


def anonymous(text: str, lowered: str | None = None, hints: int | None = None) -> bool:
    return (
        _hinted(text, lowered, hints, _ANONYMOUS_HINTS, _ANONYMOUS_BIT)
        and ANONYMOUS.search(text) is not None
    )


def hedged(text: str, lowered: str | None = None, hints: int | None = None) -> bool:
    if not _hinted(text, lowered, hints, _HEDGED_HINTS, _HEDGED_BIT):
        return False
    return any(
        # "declined to speculate when asked whether X may have ...": the question put to the
        # speaker, not a hedge of theirs
        not _ASKED_WHETHER.search(text, max(0, match.start() - 80), match.start())
        for match in HEDGED.finditer(text)
    )


def hedged_modal(text: str, lowered: str | None = None) -> bool:
    """A forecast or speculation in the claim itself: may, might, could, (un)likely,
    probably, is expected to."""
    if lowered is None:
        lowered = text.lower()
    if ("believe" in lowered or "suspect" in lowered) and _THIRD_PARTY_BELIEF.match(text):
        return True  # "Detectives suspect the fire was started deliberately"
    if not contains_any(lowered, _HEDGED_MODAL_HINTS):
        return False
    if " that " in lowered and any(
        _SUMMING_UP_BEFORE.search(text, max(0, match.start() - 24), match.start())
        for match in _SUMMING_UP_MODAL.finditer(text)
    ):
        return True  # ", a move that could force 900 layoffs": what may follow
    for match in HEDGED_MODAL.finditer(text):
        if match.group().startswith("could") and _NO_ONE_COULD.search(
            text, max(0, match.start() - 30), match.start()
        ):
            continue  # "neither side could score", "no one could reach it": what did not happen
        if _ASKED_WHETHER.search(text, max(0, match.start() - 80), match.start()):
            continue  # "declined to speculate when asked whether X may have ...": the question
        if match.group().startswith("could") and (
            _UNREAL_PAST.match(text, match.start())
            or _PURPOSE_BEFORE.search(text, max(0, match.start() - 40), match.start())
            or _PENALTY_AFTER.match(text, match.start())
            # "would review whether more could be done", "I wish the airline could tell us":
            # what is looked into or wished for, no forecast of the speaker's
            or _INQUIRY_OR_WISH_BEFORE.search(text, max(0, match.start() - 70), match.start())
        ):
            # "It could have been a lot worse", "we could have done better": what did not
            # happen; "closed so contractors could repair it": what it was for
            continue
        return True
    return False


# the reporter's question the speaker did not answer: "when asked whether / if"
_ASKED_WHETHER = re.compile(
    r"\b(?:asked|(?:did\s+not|didn't|would\s+not|wouldn't|declined\s+to|refused\s+to)\s+"
    r"(?:say|specify|explain|disclose))\s+(?:whether|if|how|when|why|what|where)\b[^.;]*$"
)
_UNREAL_PAST = re.compile(
    r"could\s+have\s+(?:been\s+)?(?:(?:a\s+lot|much|far|so\s+much|even|a\s+great\s+deal)\s+)?"
    r"(?:worse|better|avoided|prevented)\b|could\s+have\s+done\s+(?:a\s+)?(?:much\s+)?"
    r"(?:better|more)\b|"
    # what someone failed to do, by a measure of more: "could have shown much greater
    # leadership", "could have acted sooner", "could have moved faster on the rules"
    r"could\s+have\s+[a-z]+\s+(?:(?:a\s+lot|much|far|a\s+great\s+deal|even)\s+)?"
    r"(?:more|greater|better|sooner|earlier|faster|quicker|stronger)\b"
)
# "so (that) contractors could repair it", "until a replacement could be found": what it was
# for, or when it would end - no forecast
# ("families buried others before they could be counted", "fled before soldiers could reach
# the village": what happened first, in time, no speculation)
_PURPOSE_BEFORE = re.compile(
    r"\b(?:so\s+(?:that\s+)?|until\s+|till\s+|before\s+)(?:[\w'’-]+\s+){1,3}$"
)
# "could be fined up to $20,000", "could face up to two years in prison": the penalty the
# law sets, no speculation
_PENALTY_AFTER = re.compile(
    r"could\s+(?:be\s+(?:fined|jailed|imprisoned|sentenced|prosecuted|disqualified|struck\s+off|"
    r"banned\s+from)|face\s+(?:(?:a\s+)?(?:fines?|bans?|penalt(?:y|ies)|prison|jail|charges|"
    r"prosecution|life)\b|(?:up\s+to|a\s+maximum\s+of)\s+\S+\s+(?:years?|months?|weeks?)\b))"
)
_INQUIRY_OR_WISH_BEFORE = re.compile(
    r"\b(?:(?:review|reviewing|reviewed|examine|examining|examined|investigate|investigating|"
    r"consider|considering|assess|assessing|study|studying|explore|exploring|determine|"
    r"decide|look\s+(?:at|into)|looking\s+(?:at|into))\s+(?:whether|if|how)|"
    r"wish(?:es|ed)?|"
    # surprise at what happened: "I didn't know a vegetable could do that", "We had no idea
    # a heater could start a fire", "I never thought a storm could do that much damage"
    r"(?:(?:didn't|did\s+not|never)\s+(?:know|knew|think|thought|imagine|imagined|believe)|"
    r"no\s+idea))\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}$"
)


# A claim opening with what a group believes or suspects: "Investigators believe at least
# two people were involved", "Detectives suspect arson" (not "I believe ...", a speaker's
# stated opinion, nor "she believes", one person's view, nor "believe in")
_THIRD_PARTY_BELIEF = re.compile(
    r"(?!I\s)(?!you\s)(?!we\s)(?:[\w'’-]+\s+){1,3}?"
    # ("the suspect drove off", "a suspect was arrested": the noun, a person)
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\bone\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\beach\s)"
    r"(?:believe|suspect)"
    r"\s+(?!in\b|of\b|about\b|otherwise\b)"
    # ("a robbery suspect was tortured", "the murder suspect who fled": a noun, a person,
    # before its own verb - a belief takes a clause)
    r"(?!(?:was|is|has|had|who|whose|died|fled|escaped|remains|remained|appeared)\b)"
    r"(?:that\s+)?[\w$£€]"
)


# A subject that no one is, before "could": the past ability denied, no forecast.
_NO_ONE_COULD = re.compile(
    r"\b(?:[Nn]either(?:\s+[\w-]+){0,2}|[Nn]o\s+one|[Nn]obody|[Nn]one(?:\s+of\s+(?:the\s+)?[\w-]+)?|"
    r"[Nn]othing|[Nn]o\s+[\w-]+)\s+$"
)


def no_comment(sentence: str, lowered: str | None = None, hints: int | None = None) -> bool:
    """A sourcing note: "X did not respond to a request for comment", "Y declined to comment",
    "Z could not be reached". Only a short sentence whose main clause is the note."""
    if not _hinted(sentence, lowered, hints, _NO_COMMENT_HINTS, _NO_COMMENT_BIT):
        return False
    if len(sentence.split()) > 30:
        return False
    match = NO_COMMENT.search(sentence)
    if match is None:
        # "Calls to the mayor went unanswered", "X tried to reach Y, but the calls went
        # unanswered": the outlet's attempt and its silence, no claim
        return (
            _UNANSWERED.search(sentence) is not None
            and _SOUGHT.match(sentence) is not None
            and not contains_any(sentence.lower(), (" said", " says", " told", '"', "“"))
        )
    # (the subject's apposition read past: "Northline Systems, the company that operates
    # ReadyAlert, did not respond ...")
    before = _APPOSITION_BEFORE_THE_NOTE.sub("", sentence[: match.start()]).lower()
    # Not reported speech ("He said the firm did not respond ...") and no second clause.
    return not contains_any(
        before,
        (
            " said",
            " says",
            " told",
            '"',
            "“",
            " that ",
            ";",
            ", and ",
            ", but ",
            ", though ",
            ", although ",
        ),
    ) and not before.rstrip().endswith((", which", ", who"))
    # (the note in a relative clause after a fact: "It was bought by X, which did not respond
    # to a request for comment" - the fact is a claim)


_APPOSITION_BEFORE_THE_NOTE = re.compile(r",\s+(?:the|a|an)\s[^,;\"“”]{2,80},\s*$")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d(?:s)?$")
# an older year ("died in 1669", "a 1654 etching") - or a count written without its comma
# ("sent 1500 troops"): told apart by the word after it
_OLD_YEAR = re.compile(r"^1[1-7]\d\d(?:s)?$")
_NUMBER = re.compile(
    r"[$£€¥]?\d[\d,.]*(?:%|(?i:k|m|mn|bn|b|tn|c|f|mm|cm|km|kg|g|mg|ml|l|mph|kph|kmh|ha|t|gw|mw|kw|"
    # a scale or a unit written on: "£6million", "$2.5billion", "a 10ft fence", "20lb"
    r"kwh|million|billion|trillion|ft|yd|lb|lbs|oz|mi))?"
)
# "9:30", "10.45": a clock time; not "0.17" or "1.75", decimals (no hour 0 written with a
# full stop, no minute past 59)
_PENCE = re.compile(r"\d{1,3}p")
_TIME = re.compile(r"^(?:\d{1,2}:[0-5]\d|(?:[1-9]|1\d|2[0-4])\.[0-5]\d)$")


def is_qualifier(sentence: str, is_unverified: bool, is_anonymous: bool) -> bool:
    """A sentence whose main clause only says a claim is unverified or anonymous.

    ``is_unverified``/``is_anonymous`` are ``unverified(sentence)``/``anonymous(sentence)``,
    which the pipeline computes once per sentence and reuses for the sentence's flags."""
    if not (is_unverified or is_anonymous):
        return False
    if len(sentence.split()) > 40:
        return False
    if sentence.lstrip()[:1] in _OPENING_QUOTES:
        return False  # '"We cannot confirm the report," the spokesman said': what he said
    # "The survey, conducted by a Beijing consultancy, could not be verified": the
    # apposition after the subject is read past
    sentence = _SUBJECT_APPOSITION.sub(r"\1", sentence, count=1)
    if is_unverified and _EXAMINED_BUT.match(sentence.strip()):
        # "Bloomberg News reviewed screenshots of the listing but wasn't able to verify the
        # records", "Reuters verified the location but could not confirm when it was filmed"
        flag = UNVERIFIED.search(sentence)
        return flag is not None and " but " in sentence[: flag.start()]
    if is_unverified and ", and " in sentence:
        # "The military did not provide evidence for its claim, and Al Jazeera could not
        # independently verify it": no evidence given, then the outlet's check - a qualifier
        # as a whole (the first clause had been a claim, and had taken the flag)
        unevidenced = _NO_EVIDENCE_THEN.match(sentence.strip())
        if unevidenced is not None:
            sentence = sentence.strip()[unevidenced.end() :]
    match = _QUALIFIER_SUBJECT.match(sentence.strip())
    if match is None:
        return False
    # Where the verification/anonymity wording starts: it must be in the main clause, right
    # after the subject and verb, not inside a ", which ... ," clause.
    flag = UNVERIFIED.search(sentence) or ANONYMOUS.search(sentence)
    if flag is None:
        return False  # the wording was inside the apposition read past: no main clause's
    before = sentence[: flag.start()]
    if (
        not before.strip()
        and flag.re is ANONYMOUS
        and _SAYS.search(sentence, flag.end()) is not None
    ):
        # "People familiar with Vale's thinking said it would not sell": the unnamed are the
        # sentence's speakers, saying something - a claim, not a note on one
        return False
    return "," not in before and len(before.split()) <= 8


_OPENING_QUOTES = frozenset("\"“‘'")
_SAYS = re.compile(r"\b(?:said|say|says|told|tell|tells)\b")
# a source that gave no evidence, before ", and" and the outlet's check
_NO_EVIDENCE_THEN = re.compile(
    r"(?:[A-Z][\w.&'’-]*|the|its|his|her|their)(?:\s+[\w.&'’-]+){0,5}?\s+(?:"
    r"(?:did|does|has|have|had)\s*(?:not|n't)\s+(?:immediately\s+)?(?:provide|give|offer|"
    r"present|publish|release|share|produce|cite)\s+(?:any\s+)?(?:evidence|details|proof|"
    r"documentation|further\s+details|sources?)|"
    r"(?:gave|offered|provided|presented|produced|cited)\s+no\s+(?:evidence|details|proof|"
    r"documentation|sources?))\b[^,;.]{0,60},\s+and\s+"
)


# An outlet's check of what it was shown, then what it could not confirm: the sentence is a
# qualifier as a whole
_EXAMINED_BUT = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){1,4}(?:has\s+|had\s+)?(?:reviewed|examined|obtained|saw|seen|"
    r"viewed|analy[sz]ed|geolocated|verified|confirmed|authenticated)\b[^;:]{0,160}?\bbut\s+"
)


# has_statistic's first test (_numberish_chunk): a digit, or a number word as a whole word.
# the base forms, a statistic after a modal or "to": "is forecast to triple", "will double"
# What follows a time of day: "10.30 a.m.", "9pm", "14.05 GMT", "6 o'clock" (not "amid")
_CLOCK_AFTER = re.compile(r"(?:a\.m|p\.m|am\b|pm\b|o'clock)")
_MULTIPLYING = frozenset("double triple quadruple halve".split())
# ... and their present: "The drug halves the rate of relapse" (but "mixed doubles", "both
# halves", "two triples" are nouns: only after a subject's noun or pronoun, before an object's
# determiner)
_MULTIPLIES = frozenset("doubles triples quadruples halves".split())
_OBJECT_OPENERS = frozenset("the a an its their his her our your this that these those".split())
_BEFORE_A_BASE_FORM = frozenset(
    "to will would could can may might should must won't n't again".split()
)
_MULTIPLIED = frozenset(MULTIPLIED_CHANGE) | frozenset(
    "twofold threefold fourfold fivefold sixfold tenfold".split()
)
_NUMBERISH_WORDS = (
    NUMBER_WORDS
    | frozenset(
        ("percent", "per", "thirds", "quarters", "fifths", "third", "quarter", "fifth", "half")
    )
    | _MULTIPLIED
    | _MULTIPLYING
    | _MULTIPLIES
)
# "a third of the children", "about a fifth of the drug": a share, without a digit
# "fell by a third", "cut by a quarter": a change by a share (not "by a third party")
_SHARE = re.compile(
    r"\b(?:a|one)\s+(?:third|quarter|fifth|tenth|half)\s+of\b|"
    # "by as much as a fifth", "up to a third"
    r"\b(?:as\s+much\s+as|up\s+to|nearly|almost|roughly|about|around|more\s+than)\s+"
    r"(?:a|one)\s+(?:third|quarter|fifth|tenth)\b|"
    r"\b(?:by|than)\s+(?:(?:about|nearly|almost|more\s+than)\s+)?(?:a|one)\s+"
    r"(?:third|quarter|fifth|tenth|half)(?=\s*(?:[,.;:!?)]|$)|\s+(?:in|on|since|from|to|over|"
    r"last|this|after|compared|between|during|a|an|each|per)\b)",
    re.IGNORECASE,
)
# One of these is in every match of _SHARE (its pattern is not tried on a claim without one)
_SHARE_WORDS = ("third", "quarter", "fifth", "tenth", "half")
# "a 40-kilometre stretch", "a 5-4 vote": a number joined to its unit or to another number
# "40-kilometre", "5-4", and a measure with its unit's letters: "40m-high", "2km-long"
_JOINED_NUMBER = re.compile(r"^\d[\d,.]*(?:m|km|cm|mm|ft|in|kg|t|mw|gw|kw)?-(?:\d+|[a-z]+)$")
_YEAR_SPAN = re.compile(r"^(?:1[89]|20)\d\d-\d\d(?:\d\d)?$")
_DIGIT = re.compile(r"\d")
_WORD_RUN = re.compile(r"\w+")
_STATISTIC_WORD = re.compile(r"[$£€¥]?[\w][\w,.:%'-]*")
_PERCENT_AS_PC = re.compile(r"\d+(?:\.\d+)?pc")
_NUMBER_FIRST = "$£€¥"


# An amount told in words with no number word in it: "polled in double digits", "a micron
# across", "a millionth of a metre" (a unit of measure after "a" or a fraction; not "a few
# metres a year" or "a couple of seconds", vague)
_UNITS = (
    r"(?:square\s+|cubic\s+)?(?:micron|(?:kilo|centi|milli|micro|nano)?met(?:re|er)|mile|inch|"
    r"hectare|acre|tonne|(?:kilo)?gram|lit(?:re|er)|gallon)(?:s|es)?\b"
)
_CURRENCY_WORD_LIST = (
    "euro dollar pound penny cent rupee yen yuan peso rand shilling naira franc rouble ruble "
    "dinar dirham riyal lira"
).split()
_CURRENCY_WORDS = "(?:" + "|".join(_CURRENCY_WORD_LIST) + ")"
_WORDED_AMOUNT = re.compile(
    r"\b(?:single|double|triple)\s+digits\b|"
    r"\b(?:a|an|one)\s+" + _UNITS + r"|"
    # one of a currency, in words: "costs one euro a year", "a dollar a day", "a single rupee"
    r"\b(?:a|one|a\s+single)\s+" + _CURRENCY_WORDS + r"s?\b|"
    r"\b(?:half|third|quarter|tenth|hundredth|thousandth|millionth|billionth)\s+of\s+an?\s+"
    + _UNITS
    # a margin of one: "ahead by a single point", "passed by one vote", "won by a single seat"
    + r"|\bby\s+(?:a\s+single|one)\s+(?:percentage\s+)?(?:point|vote|seat|goal|run|stroke)\b"
    # odds and steps in words: "a one-in-three chance", "a quarter-point cut", "a half point"
    + r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)[- ]in[- ](?:two|three|four|"
    r"five|six|seven|eight|nine|ten|\w+teen|twenty|fifty|a\s+hundred|100)\b"
    r"|\b(?:half|quarter)[- ](?:percentage[- ])?point\b"
    # a duration in words after its approximation, as what lasted or took it: "the shaking
    # lasted nearly a minute", "took about an hour" (not "the largest in more than a decade",
    # "more than a year ago": when)
    r"|\b(?:lasted|lasting|lasts|last|took|takes|taking|take)\s+"
    r"(?:nearly|about|almost|around|roughly|over|under|more\s+than|less\s+than|just\s+over|"
    r"just\s+under)\s+(?:a|an)\s+(?:second|minute|hour|day|week|fortnight|month|year|decade|"
    r"century)\b(?!\s+(?:ago|earlier|later|before|after)\b)"
)
_WORDED_AMOUNT_HINTS = ("digits", "micron", "metre", "meter", "mile", "inch")
_WORDED_AMOUNT_HINTS += ("by a single ", "by one ", "-in-", "half", "quarter")
# (a duration's verb, not its unit: " a day", " a year" stand in most claims)
_WORDED_AMOUNT_HINTS += (
    "lasted",
    "lasting",
    "lasts",
    " last ",
    "took",
    "takes",
    "taking",
    " take ",
)
_WORDED_AMOUNT_HINTS += ("hectare", "acre", "tonne", "gram", "litre", "liter", "gallon")
_WORDED_AMOUNT_HINTS += tuple(_CURRENCY_WORD_LIST)
_NEGATORS = re.compile(r"\b(?:not|never|no|nor|without)\b|n't\b")


def _none_at_all(lowered: str, match: re.Match[str]) -> bool:
    """ "never borrowed a cent", "will not move one inch", "did not pay a single rupee": one of
    a unit after a negation is the idiom for none, no amount."""
    return match.group().startswith(("a ", "one ")) and bool(
        _NEGATORS.search(" ".join(lowered[: match.start()].split()[-5:]))
    )


# a list's numbers: "either 1) cut staff or 2) raise prices", "(1) ... (2) ..."
_ENUMERATOR = re.compile(r"(?:^|(?<=\s))\(?[1-9]\)(?=\s)")


_PHONE_WORDS = (
    r"\b(?:call|ring|dial|phone|telephone|tel|hotline|helpline|text|contact|incident\s+room)\b"
)
_PHONE_HINT = re.compile(_PHONE_WORDS, re.IGNORECASE)
_PHONE = re.compile(r"(?i:" + _PHONE_WORDS + r")[^\d.;]{0,20}?\+?\d[\d\s().-]{6,16}\d")


# A count of one, as a toll or a tally gives it: "One firefighter was seriously injured", "One
# protester was arrested", "Only one of the plants has met the standard" (not "one day", "one
# side of the memorial", "one of them said")
# a rough count: "thirty-odd", "20-odd"
_ODD_COUNT = re.compile(r"\b([A-Za-z]+|\d+)-odd\b")
# a group of three figures after a figure and a space, as South African and French copy write
# thousands ("R4 000", "12 500 people") - not a year and a count ("in 2024 500"), nor a day and
# a count ("March 3 200"): two or three digits, or one to three after a currency sign
_SPACED_THOUSANDS = re.compile(r"(?<![\w.,])([A-Z$£€]\d{1,3}|\d{2,3}) (\d{3})\b")
_ONE_COUNTED = re.compile(
    r"(?:only\s+)?one\s+(?:(?:of\s+(?:the|its|their)\s+(?:[a-z-]+\s+)?[a-z]+s\s+(?:has|have|had|was|"
    r"were|is)\b)|(?:[a-z-]+\s+)?[a-z]+\s+(?:was|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
    r"(?:killed|injured|hurt|wounded|arrested|detained|treated|hospitali[sz]ed|taken\s+to|"
    r"rescued|charged|shot|stabbed|missing|found\s+dead)\b)"
    # "Only one patient has died", "One person died in the fire"
    r"|(?:only\s+)?one\s+(?:[a-z-]+\s+)?[a-z]+\s+(?:has\s+|had\s+)?died\b"
)


# The speaker's age said of themselves: "I'm 67.", "I am 81, and ..."
_AGE_OF_THE_SPEAKER = re.compile(
    r"\bI(?:['’]m|\s+am)\s+(?:\d{1,3}|\d{1,3}\s+years\s+old)(?=\s*[.,;!?]|\s*$)"
)


def has_statistic(text: str) -> bool:
    """Numbers, percentages, counts or money - not a date, a year or a time on its own."""
    # Most claims have no number at all: no digit and no number word in any of their chunks
    # (a digit or a whole \w+ word never spans whitespace), worked out once per chunk.
    lowered = text.lower()
    if "-odd" in lowered:
        # "Thirty-odd cracked segments", "forty-odd people": a count, roughly
        text = _ODD_COUNT.sub(r"\1", text)
        lowered = text.lower()
    if lowered.startswith(("one ", "only one ")) and _ONE_COUNTED.match(lowered):
        return True  # "One firefighter was seriously injured": a count of the hurt, of one
    if contains_any(lowered, _WORDED_AMOUNT_HINTS) and any(
        not _none_at_all(lowered, match) for match in _WORDED_AMOUNT.finditer(lowered)
    ):
        return True
    if not any(map(_NUMBERISH_CHUNKS.__getitem__, lowered.split())):
        return False
    if ")" in text:
        text = _ENUMERATOR.sub(" ", text)  # "either 1) cut staff or 2) raise prices": a list
    if _PHONE_HINT.search(text):
        text = _PHONE.sub(" ", text)  # "call 0800 555 0199": a number to ring, no figure
    if "'m " in text or "’m " in text or " am " in text:
        text = _AGE_OF_THE_SPEAKER.sub(" ", text)  # "I'm 67.": an age, no figure
    if " " in text and _SPACED_THOUSANDS.search(text):
        # "R4 000", "R12 500": thousands set off by a space
        text = _SPACED_THOUSANDS.sub(r"\1\2", text)
    words = _STATISTIC_WORD.findall(text)
    # What a word says on its own is memoised per word; only a number's neighbours (a month,
    # "a.m.") are looked at here. Any one word that counts makes a statistic.
    kinds = list(map(_STATISTIC_KINDS.__getitem__, words))
    if (contains_any(lowered, _SHARE_WORDS) or has_case_traps(lowered)) and _SHARE.search(text):
        return True
    if (
        _COUNTS not in kinds
        and _NUMBER_IN_CONTEXT not in kinds
        and _CLOCK_OR_DECIMAL not in kinds
        and _OLD_YEAR_OR_COUNT not in kinds
    ):
        # "is forecast to triple by 2030", "Rents will double", "watch premiums double"
        return any(
            (
                word.lower() in _MULTIPLYING
                and index > 0
                and (
                    words[index - 1].lower() in _BEFORE_A_BASE_FORM
                    or lexicon().best(words[index - 1].lower()) == "NNS"
                    # "more than double what they were", "nearly triple": a multiple, said so
                    or words[index - 1].lower() in _BEFORE_A_MULTIPLE
                )
            )
            or (
                word.lower() in _MULTIPLIES
                and 0 < index < len(words) - 1
                and words[index + 1].lower() in _OBJECT_OPENERS
                and lexicon().best(words[index - 1].lower()) in ("NN", "NNP", "PRP")
            )
            for index, word in enumerate(words)
        )
    for index, kind in enumerate(kinds):
        if kind is None:
            continue
        previous = words[index - 1].lower().rstrip(".,") if index else ""
        if (
            kind is _COUNTS
            and words[index].lower().startswith("doubl")
            and index + 1 < len(words)
            and words[index + 1].lower() == "down"
        ):
            continue  # "is doubling down on his attack": an idiom, no measure
        if kind is _OLD_YEAR_OR_COUNT:
            following = words[index + 1].lower().rstrip(".,") if index + 1 < len(words) else ""
            if following and lexicon().best(following) == "NNS":
                return True  # "sent 1500 troops"
            continue  # "died in 1669", "a 1654 etching"
        if kind is _CLOCK_OR_DECIMAL:
            following = words[index + 1].lower() if index + 1 < len(words) else ""
            if (
                previous in _CLOCK_BEFORE
                or previous in ("from", "to", "and", "between", "the")
                or _CLOCK_AFTER.match(following) is not None
                or following.startswith(("gmt", "hrs", "hours", "local"))
            ):
                continue  # "at 10.30", "from 9.15 to 11.45": a time of day
            return True  # "1.15 shares for each share", "rose 2.30 points"
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        bare_following = following.rstrip(".,")
        if _names_or_times(words, index, previous, bare_following):
            continue
        if _an_age(words, index, previous):
            continue
        if (
            previous in ("think", "thinks", "thought", "thinking")
            and words[index].lower() == "twice"
        ):
            continue  # "make drivers think twice": an idiom, no count
        if _a_clock_time(words, index, previous):
            continue
        if previous == "of" and index > 1 and words[index - 2] == "Group":
            continue  # "the Group of Seven", "the Group of 20": a name
        if (
            kind is _COUNTS
            and index > 0
            and words[index][:1].isupper()
            and index + 1 < len(words)
            and words[index + 1][:1].isupper()
        ):
            continue  # "the Ten Commandments", "the Three Gorges Dam": a name
        if kind is _COUNTS:
            if index + 1 < len(words) and words[index + 1].lower() in ("o'clock", "o’clock"):
                continue  # "by five o'clock": a time
            return True
        if (
            (previous in MONTHS and (previous != "may" or words[index - 1][:1] == "M"))
            or (
                bare_following in MONTHS
                and (bare_following != "may" or words[index + 1][:1] == "M")
            )
        ) and _A_DAY.fullmatch(words[index].rstrip(".,")):
            # "June 3", "3 June" (not "up to 40 may still be missing": the modal; not "By
            # October, 2,300 people": no day of a month)
            continue
        if _CLOCK_AFTER.match(following) is not None:
            continue
        if (
            _TWENTY_FOUR_HOUR.fullmatch(words[index].strip("(.,"))
            and index + 1 < len(words)
            and words[index + 1].lower().strip("().,;") in _TIME_ZONES
        ):
            continue  # "(1000 GMT)", "2330 UTC": a time of day on the 24-hour clock
        if _dialled_or_name_number(words, index, previous):
            continue
        if _release_or_school_year(words[index].rstrip(".,"), previous, bare_following):
            continue  # "versions 2.3.1 through 2.3.9", "iOS 18.2", "year 6", "key stage 3"
        if previous in _LOCATORS and words[index][:1].isdigit():
            continue  # "on page 147 of the transcript", "paragraph 12", "Exhibit 4": where
        return True
    return False


_TWENTY_FOUR_HOUR = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_TIME_ZONES = frozenset("gmt utc bst cet est edt pst pdt hours hrs local".split())


# Words that number a place in a document, not a quantity
_LOCATORS = frozenset("page pages paragraph paragraphs footnote exhibit chapter appendix".split())


_RELATIVE_TIME = frozenset("ago later earlier running".split())
# a day of a month, or a run of days ("April 7-8", "12–14 June")
_A_DAY = re.compile(r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?(?:[-–](?:[12]?\d|3[01])(?:st|nd|rd|th)?)?")
# What a speaker counts in making an argument, not a fact to check: "for two reasons", "one of
# two sacrifices", "several scenarios". (Not "questions", "points", "goals" or "steps", which
# are counted as facts: "answered five questions", "won three points".)
_ARGUMENT_PARTS = frozenset(
    "reasons ways things problems aspects factors kinds types sorts lessons principles "
    "possibilities alternatives scenarios sacrifices histories ideas options".split()
)
_SMALL_NUMBERS = frozenset(
    "one two three four five six seven eight nine ten 1 2 3 4 5 6 7 8 9 10 several".split()
)
_ORDINAL_HALVES = frozenset(("first", "second", "back", "front", "latter"))
_HALF_POSITIONS = frozenset(("scrum", "fly", "centre", "center", "stand-off"))
_REFERRING = frozenset(("the", "these", "those"))
_NOT_NAME_BEFORE = frozenset(
    "about around some nearly almost over under more than at by to of in on from up down "
    "just only roughly approximately least and or the a an".split()
    # a currency written as a word before its amount: "Rs 190 crore", "INR 5,000", "Ksh 20"
    + "rs inr usd eur gbp ksh kes ngn zar php rp rm cad aud chf tk bdt pkr npr".split()
)


def _names_or_times(words: list[str], index: int, previous: str, following: str) -> bool:
    """A number that counts nothing to check: "as per instructions" ("per" without "cent"),
    "the second half", "the two sides" (a reference, not a count), "seventeen years ago",
    "four minutes later" (when, not how many)."""
    word = words[index].lower().rstrip(".,")
    if word == "per":
        return following != "cent"
    if previous in ("past", "to") and index > 1 and words[index - 2].lower() in ("half", "quarter"):
        return True  # "at half past six", "a quarter to nine": an hour
    if word == "half":
        # "the second half", "scrum half Craig Casey", "at half past six": a period, a
        # position on the pitch, an hour - no share
        return previous in _ORDINAL_HALVES or previous in _HALF_POSITIONS or following == "past"
    if (
        word == "ten"
        and index + 1 < len(words)
        and words[index][:1] == "t"
        and words[index + 1][:1].isupper()
        and index > 0
        and words[index - 1][:1].isupper()
    ):
        return True  # "Ryan ten Doeschate": a name's particle
    if word == "two" and previous in _REFERRING:
        return True  # (but "the three men were killed" counts the dead, as gold has it)
    if (
        word[:1].isdigit()
        and index + 2 < len(words)
        and words[index + 1][:1].isupper()
        and (
            words[index + 2].lower().rstrip(".,") in _STREET_WORDS
            or (
                index + 3 < len(words)
                and words[index + 2][:1].isupper()
                and words[index + 3].lower().rstrip(".,") in _STREET_WORDS
            )
        )
    ):
        return True  # "of 7 Orchard Lane", "at 221 Baker Street": a house's number
    if following in _ARGUMENT_PARTS and (word in _SMALL_NUMBERS or word in ("few", "couple")):
        return True  # "for two reasons", "they have three problems": how a speaker argues
    if following in TIME_UNITS and index + 2 < len(words):
        return words[index + 2].lower().rstrip(".,") in _RELATIVE_TIME
    return False


_BEFORE_A_MULTIPLE = frozenset("than nearly almost roughly about around over".split())
_STREET_WORDS = frozenset(
    "street st road rd lane avenue ave drive dr close way crescent place court terrace boulevard "
    "blvd gardens grove parade square row mews highway".split()
)
_CLOCK_BEFORE = frozenset("at until till by before after around".split())
_HOURS = frozenset("1 2 3 4 5 6 7 8 9 10 11 12 one two three four five six seven eight nine ten "
                   "eleven twelve".split())  # fmt: skip
_PARTS_OF_A_DAY = frozenset("morning afternoon evening night tonight midnight".split())
_BEFORE_A_PART_OF_A_DAY = frozenset(
    "this last that on in monday tuesday wednesday thursday friday saturday sunday".split()
)


def _a_clock_time(words: list[str], index: int, previous: str) -> bool:
    """ "at 6 this morning", "at 9 last night", "by 10 on Tuesday night": an hour of the day,
    written without "a.m." or a colon - when, not how many."""
    following = [word.lower().rstrip(".,") for word in words[index + 1 : index + 4]]
    if (
        previous in ("at", "until", "till")
        and words[index].lower() in _HOURS
        and not words[index][:1].isdigit()
        and index > 1
        and words[index - 2].lower() in _TIMED_EVENTS
        and (not following or following[0] in ("sharp", "tonight", "tomorrow"))
    ):
        return True  # "the talks would resume at nine": the hour, ending the sentence
    return (
        previous in _CLOCK_BEFORE
        and words[index].lower() in _HOURS
        and bool(following)
        # the day's part right after the hour, or after "this", "last", "on Tuesday", "in
        # the" (not "around 10 people ... on Saturday night": a count)
        and (following[0] in _PARTS_OF_A_DAY or following[0] in _BEFORE_A_PART_OF_A_DAY)
        and any(word in _PARTS_OF_A_DAY for word in following)
    )


# what happens at an hour: "would resume at nine", "opens at ten"
_TIMED_EVENTS = frozenset(
    "resume resumes resumed start starts started begin begins began open opens opened close "
    "closes closed meet meets met end ends ended arrive arrives arrived leave leaves left "
    "depart departs departed land lands landed".split()
)
_EMERGENCY_NUMBERS = frozenset(("911", "999", "112", "000", "111"))
_DIALLING = frozenset("to called call calling dialled dialed dial dialling dialing".split())
_CALL_WORDS = frozenset(
    "call calls caller callers operator operators dispatcher dispatchers line record records "
    "recording recordings center centre system logs transcript".split()
)


# what is done at an age: "died at 88", "retired at 65"
_AT_AN_AGE = frozenset("died dies retired retires retire retiring married".split())
# (and "turning 65", "turned 18": reaching an age)
_AGE_WORDS = frozenset(("age", "aged", "ages", "turning", "turned", "turns", "turn"))


_AGED_PEOPLE = frozenset(
    "voters adults people children those americans britons men women respondents workers "
    "drivers patients residents everyone anyone babies infants kids girls boys".split()
)


def _names_a_person(words: list[str], index: int) -> bool:
    """The word at ``index`` ends a name: a second capitalised word ("Tom Hardy"), a word the
    treebank saw as a name ("Garrett"), or an unknown capitalised word inside the sentence (at
    its start, "Turnout" may be a common word the treebank never saw)."""
    word = words[index]
    if not word[:1].isupper():
        return False
    if index > 0 and words[index - 1][:1].isupper():
        return True
    if "NNP" in lexicon().observed(word):
        return True
    return index > 0 and not lexicon().knows(word)


def _an_age(words: list[str], index: int, previous: str) -> bool:
    """A number (in figures or words) that is someone's age: "under the age of three", "aged
    five", "aged between five and 11", "the boy, who is 14,", "a man, 34, was arrested"."""
    before = [word.lower().rstrip(".,") for word in words[max(0, index - 4) : index]]
    if previous in _AGE_WORDS or (previous == "of" and before[-2:-1] == ["age"]):
        return True
    if previous == "between" and before[-2:-1] and before[-2] in _AGE_WORDS:
        return True
    if previous in ("to", "and", "or") and len(before) >= 3 and before[-3] in _AGE_WORDS:
        return True  # "aged 18 to 24", "aged 50 or 64"
    if previous in ("to", "and") and len(before) >= 3 and before[-3] in MONTHS:
        return True  # "from November 3 to 5": the second day of a range of dates
    if (
        previous == "at"
        and any(word in _AT_AN_AGE for word in before)
        and (index + 1 == len(words) or lexicon().best(words[index + 1].lower()) != "NNS")
    ):
        return True  # "died in Rome at 88", "retired at 65" (not "died at 12 sites")
    if (
        previous == "and"
        and len(before) >= 4
        and before[-3] == "between"
        and before[-4] in _AGE_WORDS
    ):
        return True
    word = words[index]
    bare = word.rstrip(".,")
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    if (
        following in ("years", "year", "months", "month", "weeks", "week", "days", "day")
        and index + 2 < len(words)
        and words[index + 2].lower().startswith("old")
    ):
        return True  # "The tower was 45 years old", "under three months old"
    if previous in ("under", "over", "aged") and before[-2:-1] and before[-2] in _AGED_PEOPLE:
        return True  # "voters under 30", "people over 65", "children under five"
    if not (bare.isdigit() and int(bare) <= 110):
        # "since he was nine", "when she was twelve": an age in words
        return (
            bare.lower() in NUMBER_WORD_VALUES
            and previous in ("is", "was", "am", "were")
            and before[-2:-1] in (["i"], ["he"], ["she"], ["we"], ["they"])
            and before[-3:-2] in (["since"], ["when"], ["until"], ["till"])
            and following in ("", "when", "and", "at")
        )
    if (
        previous in ("is", "was", "am", "were", "are")
        and before[-2:-1]
        and before[-2]
        in (
            "who",
            "i",
            "he",
            "she",
            "we",
            "they",
            "you",
        )
    ):
        # "the boy, who is 14, was taken to hospital", "since I was 12", "when you are 75":
        # an age (and not "he was 5 points ahead")
        return word != bare or following in ("", "when", "and", "at", ",")
    if (
        previous == "at"
        and index == 1
        and word.endswith(",")
        and following in ("i", "he", "she", "we", "they", "you")
    ):
        return True  # '"At 80, I still walk every day"': the speaker's age
    if previous == "than" and before[-2:-1] and before[-2] in ("younger", "older"):
        return True  # "Children younger than 5", "Babies younger than 6 months"
    if (
        following in ("and", "or")
        and index + 2 < len(words)
        and words[index + 2].lower().rstrip(".,") in ("older", "over", "above", "up", "younger")
        and index > 0
        and lexicon().best(words[index - 1].lower().rstrip(".,")) == "NNS"
    ):
        return True  # "adults 65 and older", "people 50 or over"
    if following in ("", "and", "when", ",") or word != bare:
        # "Okafor is 57", "Garrett is now 64 and ...", "His son, then 9, watched": a named
        # person's age (not "Turnout was 61": a common noun's figure)
        if previous in ("now", "then") and index > 1 and words[index - 2].endswith(","):
            return word.endswith(",")  # "His son, then 9, watched"
        verb_at = index - 2 if previous in ("now", "then") else index - 1
        if (
            verb_at > 0
            and words[verb_at].lower() in ("is", "was")
            and _names_a_person(words, verb_at - 1)
        ):
            return True
    raw_previous = words[index - 1] if index else ""
    return (
        raw_previous.endswith(",")
        # (or closing the sentence: "The victim was named as Tasha Greene, 27.")
        and (word.endswith(",") or (index == len(words) - 1 and raw_previous[:1].isupper()))
        and word.rstrip(",").isdigit()
        and int(word.rstrip(",")) <= 110
        and (
            raw_previous[:1].isupper()  # "Daniel Montalvo, 19, a member of ..."
            or (
                raw_previous.rstrip(",").isalpha()
                and lexicon().best(raw_previous.rstrip(",").lower()) in ("NN", "NNP")
            )
        )
    )  # "a man, 34, was arrested": an age in apposition


# Words before a number that names a release, not a quantity of anything
_VERSION_WORDS = frozenset(
    "version versions release releases build builds patch firmware v ios ipados macos android "
    "windows kernel chrome firefox python java".split()
)
_SCHOOL_YEAR_WORDS = frozenset("year grade class stage form standard std".split())
_SCHOOL_PEOPLE = frozenset(
    "pupils students children learners classes tests exams results teachers boys girls "
    "pupil student child".split()
)
_DOTTED_VERSION = re.compile(r"\d+(?:\.\d+){2,}")


def _release_or_school_year(bare: str, previous: str, following: str) -> bool:
    """A number that names a release or a school year, not a quantity: "versions 2.3.1",
    "build 19045", "year 6", "Class 10 pupils" (but "will release 40 new products", "year 6
    people": a count with its noun)."""
    if _DOTTED_VERSION.fullmatch(bare):
        return True
    counted = following.isalpha() and lexicon().best(following) in ("NN", "NNS", "JJ", "CD")
    if previous in _VERSION_WORDS:
        return not counted
    return (
        previous in _SCHOOL_YEAR_WORDS
        and bare.isdigit()
        and int(bare) <= 13
        and (not counted or following in _SCHOOL_PEOPLE)
    )


def _dialled_or_name_number(words: list[str], index: int, previous: str) -> bool:
    """A number to ring ("callers to 911") or part of a name ("Flight 1187", "Interstate 20",
    "Internet Explorer 6", "HTML 5")."""
    word = words[index]
    if not word.rstrip(".,").isdigit():
        return False
    if word.rstrip(".,") in _EMERGENCY_NUMBERS and (
        previous in _DIALLING
        or (
            previous in ("a", "the")
            and index + 1 < len(words)
            and words[index + 1].lower().rstrip(".,") in _CALL_WORDS
        )
    ):
        # "callers to 911", "he dialled 999", "a 911 call": a number to ring (not "the 112
        # passengers")
        return True
    raw_previous = words[index - 1] if index else ""
    if raw_previous in ("No.", "No", "Nos.", "no.") and (
        (index > 1 and words[index - 2][:1].isupper())
        # "No 10" (Downing Street), "No. 10": an address
        or (word.rstrip(".,") == "10" and raw_previous in ("No", "No."))
    ):
        return True  # "Pier No. 3", "Platform No. 7": a number in a name
    # (an age is _an_age's, read before this)
    return (
        index > 1
        and raw_previous[:1].isupper()
        and raw_previous[-1:].isalnum()
        and previous not in _NOT_NAME_BEFORE
        and previous not in _SCALES
        and len(word) <= 4
    )


# A number on a scale measures: "a Category 3 storm", "Level 4 restrictions", "Phase 3 trial"
# (not a trial's "Phase 3": a name of the stage)
_SCALES = frozenset("category level grade stage force magnitude tier class type".split())


def _numberish_chunk(chunk: str) -> bool:
    r"""Does a lowered chunk hold a digit, or a number word / "percent" / "thirds" as a whole
    word? The same as searching r"\d|\b(?:two|...|percent|per|thirds|quarters|fifths)\b"
    (a word between two \b is a whole \w+ run), but a set test is about twice as fast as
    that 45-branch alternation tried at every position."""
    return _DIGIT.search(chunk) is not None or not _NUMBERISH_WORDS.isdisjoint(
        _WORD_RUN.findall(chunk)
    )


_NUMBERISH_CHUNKS = WordMemo(_numberish_chunk)

# an amount with its currency's letters written on: "N75,000", "P800", "Sh4,500", "R1,500",
# "RM300", "GH¢610" (three digits at least: not "N95" masks)
_LOCAL_CURRENCY = re.compile(
    r"(?:Ksh|KSh|Sh|N|₦|P|₱|R|RM|Rs|Rp|GH¢|GH₵|¢|₹|Tk)(?:\d(?:,?\d){2,}|"
    # with its scale: "Sh4bn", "R95-billion", "N5tn", "KSh12bn"
    r"\d+(?:\.\d+)?-?(?:bn|billion|m|mn|million|tn|trillion|k)\b)"
)
_COUNTS = "counts"  # a number word, a percentage or a fraction: a statistic wherever it stands
_NUMBER_IN_CONTEXT = "number"  # a number other than a year or a time: unless a date or a time
_CLOCK_OR_DECIMAL = "clock or decimal"  # "10.30": a time after "at", a figure otherwise
_OLD_YEAR_OR_COUNT = "old year or count"  # "1669": a year, unless a plural noun follows


def _statistic_kind(word: str) -> str | None:
    """What one word of has_statistic's text is on its own: _COUNTS, _NUMBER_IN_CONTEXT or
    None (not a statistic, as a year or a clock time is not)."""
    lowered = word.lower().rstrip(".,")
    first = lowered[:1]
    if first.isdigit() and _PENCE.fullmatch(word):
        return _NUMBER_IN_CONTEXT  # "a 5p rise" (in small letters: "comet 81P" is a name)
    if len(lowered) == 2 and word[1:2] in "GD" and first.isdigit():
        return None  # "5G", "3D": a technology's name, not "5 g" of something
    if first.isdigit() and _PERCENT_AS_PC.fullmatch(lowered):
        return _COUNTS  # "3.8pc": a percentage as the Telegraph writes it
    if not first.isdigit() and _LOCAL_CURRENCY.match(word):
        return _NUMBER_IN_CONTEXT  # "N75,000", "P800", "Sh4,500", "RM300": an amount
    # The first-character test only spares most words the regular expression.
    if (
        (first.isdigit() or first in _NUMBER_FIRST)
        and _NUMBER.fullmatch(lowered)
        and any(char.isdigit() for char in lowered)
    ):
        if _YEAR.match(lowered) or (_TIME.match(lowered) and ":" in lowered):
            return None
        if _TIME.match(lowered):
            return _CLOCK_OR_DECIMAL  # "at 10.30" a time, "1.15 shares" a figure
        if _OLD_YEAR.match(lowered):
            return _OLD_YEAR_OR_COUNT
        return _NUMBER_IN_CONTEXT
    if first in _NUMBER_FIRST and _QUALIFIED_AMOUNT.match(lowered):
        return _NUMBER_IN_CONTEXT  # "$A110", "$US400", "$40-million": an amount
    if first.isdigit() and _JOINED_NUMBER.match(lowered) and not _YEAR_SPAN.match(lowered):
        return _NUMBER_IN_CONTEXT  # "40-kilometre", "5-4"; not "2020-21" (a season)
    if lowered in NUMBER_WORDS and "-" not in word:
        return _COUNTS
    if "-" in lowered and lowered in NUMBER_WORD_VALUES:
        return _COUNTS  # "forty-three"
    if lowered in ("percent", "per", "%") or lowered.endswith("%"):
        return _COUNTS
    if lowered in _MULTIPLIED:
        return _COUNTS  # "prices have doubled", "halving the backlog": a measure of change
    if "-" in lowered:
        first_part, second_part = lowered.split("-")[:2]
        if first_part in NUMBER_WORDS and (
            # "a 2,000-strong crowd", "a seven-figure sum", "double-digit inflation"
            second_part in ("thirds", "quarters", "fifths", "strong", "figure", "digit")
            # "thousand-strong colonies", "a million-dollar fine", "a hundred-year flood"
            or first_part in _LARGE_NUMBER_WORDS
        ):
            return _COUNTS
    return None


# A currency sign with its country ("$A110", "$US400", "$NZ5") or a scale joined by a hyphen
# ("$40-million", "$6-billion"), as Australian and Canadian papers write amounts
_QUALIFIED_AMOUNT = re.compile(
    r"^[$£€¥](?:a|us|nz|c|can|hk|s)?\d[\d,.]*(?:-(?:thousand|million|billion|trillion|"
    # "a $21-per-employee tax", "a $5-a-day fee": an amount as a modifier
    r"(?:per|a|an)-[a-z]+))?$"
)
_LARGE_NUMBER_WORDS = frozenset("dozen hundred thousand million billion trillion".split())


_STATISTIC_KINDS = WordMemo(_statistic_kind)
