"""Read an article's text: check it is text, separate page furniture from the body, and read
title, outlet, byline, dateline and date into metadata.

Works line by line, because furniture is laid out in lines: breadcrumbs, bylines, "Editor's
picks", wire credits and subheadings each sit on a line of their own. A body paragraph is a
run of non-furniture lines; hard-wrapped paragraphs (a line that stops mid-sentence and goes
on in the next line) are joined back into one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .lexicon import (
    CUE_VERBS,
    MONTHS,
    NUMBER_WORD_VALUES,
    TITLE_SMALL_WORDS,
    UNCHANGED_PAST_FORMS,
    WIRE_SERVICES,
)
from .models import ArticleMetadata, ExtractionError, FurnitureSpan
from .pos import (
    FINITE_VERB_TAGS,
    NOUN_PHRASE_OPENERS,
    VERB_FORM_TAGS,
    lexicon,
    third_person_verb,
)
from .tokens import contains_any

_LINE = re.compile(r"[^\r\n]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffe\uffff]")

# Whole lines that are page furniture, whatever site they come from.
_FURNITURE_LINE = re.compile(
    r"""^(?:[•*]\s*)?(?:
        advertisement|advertising|advert|ad|sponsored(?:\ content)?|
        share|share\ this(?:\ article|\ story|\ page)?|share\ on\ \w+|
        print|email|e-mail|tweet|comments?|\d+\ comments?|
        (?:read\ more|read\ next|see\ also|also\ read|watch|listen|explainer|more\ on\ this
            (?:\ story)?)(?:\s*:.*)?|more\ from\ .{1,40}|
        (?:related|read\ also|also\ on\ \w+|more)(?:\ \w+)?\s*[:|»›>]\s*.+|
        most\ (?:popular|read|viewed|shared)|trending(?:\ now)?|top\ stories|
        recommended(?:\ for\ you)?|you\ may\ also\ like|don't\ miss|
        follow\ us.*|subscribe.*|sign\ up.*|click\ here.*|newsletter.*|
        # a broadcaster's transcript notice: "This text may not be in its final form ..."
        this\ (?:text|transcript)\ may\ not\ be\ in\ its\ final\ form.*|
        # "Copyright 2024 The Associated Press", "(copyright Frank Messina; ...)", not
        # "Copyright laws protect ..."
        \(?(?:copyright|©)\s*(?:©|\(c\)|\d{4}|(?-i:[A-Z])).{0,100}|\(?©.*|
        # with the wire's terms after it: "Copyright 2025 The Associated Press. All rights
        # reserved. This material may not be published, broadcast, rewritten or ..."
        copyright\ (?:©\ |\(c\)\ )?\d{4}\ .{0,60}all\ rights\ reserved.*|
        # an NPR transcript's notice: "This transcript was created on a rush deadline by ..."
        this\ transcript\ was\ (?:created|produced|prepared)\ on\ a\ rush\ deadline.*|
        # a syndication scheme's credit: "- Local Democracy Reporting is public interest
        # journalism funded through NZ On Air."
        [-–]?\s*local\ democracy\ reporting\ is\ public\ interest\ journalism.*|
        # the Daily Caller News Foundation's syndication notice
        content\ created\ by\ .{0,60}\ is\ available\ without\ charge.*|
        for\ licensing\ opportunities\ of\ our\ original\ content.*|
        all\ rights\ reserved.*|
        # AP's funding notes: "The Associated Press Health and Science Department receives
        # support from ... The AP is solely responsible for all content."
        the\ associated\ press\b.{0,80}?\breceives?\ (?:financial\ )?support\ from.*|
        the\ ap\ is\ solely\ responsible\ for\ all\ content.*|
        \(?(?:reprinted|reproduced|used|published)\ (?:here\ )?with\ (?:kind\ )?permission.*|
        our\ standards\s*:.*|.{0,40}\btrust\ principles|editorial\ (?:standards|guidelines)|
        skip\ to\ (?:main\ )?content|back\ to\ top|menu|search|log\ ?in|
        (?:photo|image|picture|video|graphic|credit|file\ photo|getty\ images)\s*[:/|].*|
        # notes on the article itself: "Correction: An earlier version ...", "Editor's note:"
        # (a live page's labelled news - "Update: The Met Office has extended ..." - is kept:
        # _LABELLED_NEWS)
        (?:correction|corrections|clarification|editor['’]?s\ note|editors['’]\ note|
            update|updated|corrections?\ (?:and|&)\ clarifications?)\s*:.*|
        # with its time or date: "Update, 12:05PM ET: Added comment from the company.",
        # "Correction, June 4th: ..."
        (?:update|correction|clarification),\ [^\n]{1,30}?:\s.*|
        # "UPDATE (10:48 p.m.): This story has been updated with ..."
        (?:update|updated|correction|clarification)\s*\([^)\n]{1,30}\)\s*:\s.*|
        # a page's audio player: "Press play to listen to this article", "Voiced by
        # artificial intelligence."
        press\ play\ to\ listen\ to\ this\ article|listen\ to\ this\ article|
        # a page's signposts: "Here are the takeaways.", "Here's what you need to know."
        here(?:\ are|['’]s|\ is)\ (?:the\ )?(?:key\ |main\ |five\ |three\ |\w+\ )?
            (?:takeaways|what\ (?:you\ need\ to\ know|we\ know|happened|to\ know))\.?|
        voiced\ by\ artificial\ intelligence\.?|
        # "A correction was made on March 16, 2026: An earlier version ..."
        (?:an?\ )?(?:correction|clarification)\ (?:was|has\ been)\ (?:made|appended|added)\b.*|
        \(?this\ (?:interview|article|story|report|transcript)\ (?:has\ been|was|had\ been)
            \ (?:edited|condensed|updated|corrected|amended).*|
        (?:an\ earlier|a\ previous|an\ older)\ version\ of\ this\ (?:article|story|report)\b.*|
        # "The following is a transcript of the hearing, edited for length."
        \(?(?:the\ following|below|what\ follows)\ (?:is|are)\ (?:an?\ )?(?:lightly\ )?
            (?:edited\ |partial\ |full\ |abridged\ |condensed\ )?
            (?:transcripts?|excerpts?|extracts?)\b(?:(?!\b(?:which|that|who)\b).){0,120}|
        \(?(?:this\ )?(?:interview|transcript|conversation)?\s*(?:has\ been\ )?
            (?:lightly\ )?(?:edited|condensed)\ (?:and\ condensed\ )?for\ (?:length|clarity)
            .{0,40}|
        key\ (?:points|facts|takeaways)\s*:?|what\ we\ know\s*:?|in\ short\s*:|
        # a box's label: "What you need to know:", "What we know so far:", "What we don't know:"
        what\ (?:you\ need\ to\ know|we\ know\ so\ far|we\ (?:don['’]t|do\ not)\ know
            (?:\ yet)?|happens\ next|to\ know)\s*:|
        # a fact-check's signpost: "Here is a fact-check of the governor's speech.", "Below is a
        # look at some of his claims.", "Here's what we found."
        (?:here\ is|here's|here’s|below\ is|below\ are|here\ are)\ (?:a\ |an\ |our\ )?
            (?:fact[-\ ]check|look|closer\ look|rundown|breakdown|review)\ (?:of|at)
            \ (?!why\b|how\b)[^.!?:,]{1,80}
            [.:]?|
        (?:here\ is|here's|here’s)\ what\ we\ found\s*[.:]?|
        # a radio story's credit: "From member station KJZZ, Ana Ruiz reports from Phoenix."
        from\ member\ station\ [A-Z0-9-]{3,6},?\ [^.!?]{2,60}\ reports?(?:\ from\ [^.!?]{2,40})?\.?|
        # a fact-check's lead-in: "A look at some of their statements:", "A look at the claims:"
        a\ look\ at\ (?:some\ of\ |how\ )?(?:the|their|his|her|its|those|these)\b[^.!?:]{0,60}:|
        # a page's save button: "Log in, register or subscribe to save articles for later."
        log\ ?in,?\ register\ or\ subscribe\b.{0,60}|
        (?:here\ is|here's|here’s)\ what\ we\ know(?:\ so\ far)?(?:\ about\ [^.:!?]{1,60})?
            \s*:?|
        # a broadcast transcript's header: "Broadcast: Tuesday 8 April 2025, 6:00 p.m.",
        # "This transcript may not be in its final form."
        (?:broadcast|aired|air\ date|recorded)\s*:\s*.{0,80}|
        this\ (?:transcript|copy)\ (?:may|might)\ not\ be\ in\ (?:its\ )?final\ form.*|
        # a fact-check's rating and its desk's credit: "Verdict: Misleading", "Our ruling:
        # False", "Misleading." under a VERDICT heading, "This article was produced by the
        # Reuters Fact Check team."
        (?:verdict|our\ ruling|ruling|rating|our\ rating|claim\ rating)\s*:?\s*
            (?:true|false|misleading|mostly\ true|mostly\ false|half\ true|partly\ false|
            partly\ true|missing\ context|unproven|unsupported|pants\ on\ fire|satire|
            altered|inaccurate|correct|incorrect|exaggerated|needs\ context)?|
        (?:true|false|misleading|mostly\ true|mostly\ false|half\ true|partly\ false|
            partly\ true|missing\ context|unproven|pants\ on\ fire|needs\ context)|
        this\ (?:article|fact[-\ ]check|story)\ was\ (?:produced|written|prepared)\ by\ .{1,80}|
        # a partner's republishing note: "This story was originally published by Grist.",
        # "This article first appeared in The Conversation."
        this\ (?:article|story|report|piece)\ (?:was\ |is\ )?(?:originally\ |first\ |
            co-?)?(?:published|appeared|produced)\ (?:by|in|on|with|as\ part\ of)\ .{1,120}|
        # a wiki's sister links: "Wikipedia has more about this subject: Looe", "Wikimedia
        # Commons has media related to: Gdynia", "Wikiquote has quotations related to: X"
        [*•\-]?\s*(?:wikipedia|wikimedia\ commons|commons|wikiquote|wikisource|wikivoyage|
            wiktionary)\ has\ (?:more\ about\ this\ subject|(?:media|quotations|original\ text|
            travel\ information|a\ definition)\ related\ to)\b.*|
        # a wiki's note on its own reporting: "This article features first-hand journalism"
        this\ (?:exclusive\ )?(?:article|story|interview|report)\ features\ first-?hand
            \ journalism.*|
        # an outlet's app promotion: "Download the Dawn app for breaking news ..."
        download\ (?:the|our)\ .{1,40}?\ app\b.*|
        # a site's pointer and a tip line: "More stories like this are available on
        # bloomberg.com", "Do you know more about the spill? Contact Ana Ruiz at ..."
        more\ stories\ like\ this\ are\ available\b.*|
        (?:do\ you\ (?:know|have)\ (?:more|information|a\ tip)\b[^?]{0,80}\?\s*)?
            (?:contact|email|e-mail|reach)\ (?-i:[A-Z])[\w'’-]+(?:\ (?-i:[A-Z])[\w'’-]+)?
            \ (?:at|on|via)\ \S+@\S+.*|
        # an earnings call transcript's sections: "Prepared Remarks:", "Questions & Answers:",
        # "Call participants:", "KSTR earnings call for the period ending September 30, 2026."
        prepared\ remarks\s*:?|questions?\ (?:&|and)\ answers?\s*:?|q\ ?&\ ?a\s*:?|
        call\ participants\s*:.*|this\ article\ is\ a\ transcript\ of\b.*|
        (?-i:[A-Z]{1,6})\ earnings\ call\ for\ the\ (?:period|quarter)\ ending\ [^.]{3,40}|
        # a release's or a record's labelled lines: "Release date: 12 March 2026", "Keywords:
        # sleep, teenagers", "Journal reference: ...", "SUBJECTS: Floods; disaster payments."
        (?:release\ date|publication\ date|keywords?|funding(?:\ sources?)?|journal\ reference|
            topics?|tags?|categor(?:y|ies)|filed\ under|subjects?|doi|citation|
            explore\ more\ on\ these\ topics)\s*:.*|
        # an opinion page's disclaimer: "The views expressed in this column are the author's
        # own and do not necessarily reflect those of the Herald."
        (?:the\ )?(?:views|opinions)\ expressed\ (?:in\ this\ (?:column|article|piece|op-ed|
            commentary)\ )?(?:are|is)\ (?:(?:those\ )?of\ the\ (?:author|writer)|
            the\ (?:author|writer)['’]?s?|solely)\b.*|
        # the page's own breaks and appeals: "Article continues below", "Story continues after
        # advertisement", "Please consider becoming a supporter. ...", "Support independent
        # journalism ..."
        (?:the\ )?(?:article|story|content)\ continues\ (?:below|after\ (?:the\ )?
            (?:advertisement|advert|ad|this\ ad))|
        please\ consider\ (?:becoming\ a|supporting|subscribing|donating|making\ a)\b.*|
        (?:support|help\ fund|help\ us\ fund)\ (?:our|independent|quality|local)
            \ (?:[\w-]+\ )?journalism\b.*|
        # a newsletter's: "Get our free weekly newsletter delivered to your inbox ..."
        get\ (?:our|the)\ (?:free\ )?(?:[\w-]+\ ){0,2}newsletter\b.*|
        # a help line's: "In New Zealand, support is available from Lifeline on 0800 ..."
        (?:in\ (?:new\ zealand|australia|the\ uk|the\ us|ireland|canada),?\ )?
            (?:support|help)\ is\ available\ (?:from|through|via|by\ calling)\b.*|
        # a byline's line about the reporter: "Alex Bell is a crime reporter for WAtoday.",
        # "— Jo Hale is a reporter for National Review.", "Ana Ruiz is a politics reporter for
        # CBSNews.com, based in Washington, D.C.", "Maggie Thornton covers the campaign for
        # The Times."
        # ("Joel B. Pollak is Senior Editor-at-Large at Breitbart News.": no article)
        (?:[—–-]\ )?(?-i:[A-Z])[\w'’-]+(?:\ (?-i:[A-Z])[\w'’.-]+){1,2}\ (?:is|was)
            \ (?:(?:a|an|the)\ )?(?:[\w-]+\ ){0,3}(?:reporter|correspondent|editor|writer|
            journalist|columnist|producer)(?:-at-large)?\ (?:for|at|with)
            \ (?:[^.\n]|\.(?=\w)){1,60}(?:,?\ based\ in\ [^\n]{1,40}?)?\.?
            # and how to reach them: "Reach her via email: echen@thestar.ca", "Story tips can
            # be sent to ...", "Follow him on Twitter at @joelpollak.", "You can reach Jordan
            # at ..."
            (?:\ (?:(?:you\ can\ )?(?:reach|contact|email|follow)\ (?:her|him|them|
                (?-i:[A-Z])[\w'’-]+)|story\ tips\ can\ be\ sent)\b.{0,80})?|
        # a newsletter's pitch opening a line: "Never miss a story — sign up for PEOPLE's free
        # daily newsletter ..." (pitches further into a line are _PITCH_LINE's)
        never\ miss\ a\ (?:story|thing|beat)\b.*|
        # a match's scorers: "Blackburn Rovers: Ferris (pen 88), Adeyemi (31)"
        (?-i:[A-Z])[\w.'’ -]{1,40}:\ (?:(?-i:[A-Z])[\w.'’-]+(?:\ (?-i:[A-Z])[\w.'’-]+)?
            \ \((?:pen\ |og\ )?\d{1,3}(?:\+\d)?(?:,\ (?:pen\ )?\d{1,3}(?:\+\d)?)*\)
            (?:,\ |;\ |$))+\.?|

        # a member appeal signed by a reporter: "Hi, this is Oleksandra Hrytsenko. I write our
        # daily updates on the war. If you value what we do, ..."
        hi,?\ (?:this\ is|i['’]m)\ (?-i:[A-Z])[\w'’-]+(?:\ (?-i:[A-Z])[\w'’-]+){0,2}\.\ .*|
        # a machine summary's notice: "This is AI generated summarization, which may have
        # errors. For context, always refer to the full article."
        this\ is\ (?:an\ )?ai[-\ ]generated\ summar(?:y|i[sz]ation)\b.*|
        # a newsletter's blurb: "Your weekly round-up of the latest business stories ..."
        your\ (?:daily|weekly|monthly|morning|evening)\ (?:round-?up|briefing|digest|
            newsletter|dose|guide)\b.*|

        (?:[—–-]\ )?(?-i:[A-Z])[\w'’-]+(?:\ (?-i:[A-Z])[\w'’.-]+){1,2}\ covers\ [^.\n]{2,80}
            \ for\ (?:the\ )?(?-i:[A-Z])[\w.'’-]+(?:\ (?-i:[A-Z])[\w.'’-]+){0,3}\.
            # and how to reach them: "Reach her via email: echen@thestar.ca"
            (?:\ (?:reach|contact|email|follow)\ (?:her|him|them)\b.{0,80})?|
        # "Chan Ka-yan joined the Post in 2019 and covers transport and labour."
        (?-i:[A-Z])[\w'’-]+(?:\ (?-i:[A-Z])[\w'’-]+){1,2}\ joined\ (?:the\ )?(?-i:[A-Z])[\w.'’]+
            (?:\ (?-i:[A-Z])[\w.'’]+){0,2}\ in\ \d{4}\ and\ (?:covers|reports\ on|writes\ about)
            \ [^.]{2,80}\.?|
        # a translation's note: "This story was translated from French by CBC News."
        this\ (?:story|article|report|interview|piece)\ (?:was|has\ been)\ translated\b.{0,100}|
        # a broadcaster's help line and a live page's host: "If you have been affected by the
        # issues raised in this story, ...", "I'm Hannah Doyle and I'll be bringing you ..."
        if\ you\ have\ been\ affected\ by\ .{0,200}|
        (?:i'm|i\ am|i’m)\ (?-i:[A-Z])[\w'’-]+(?:\ (?-i:[A-Z])[\w'’-]+){0,2}
            \ and\ (?:i'll|i\ will|i’ll)\ be\ (?:bringing|taking|guiding|keeping)\ you\ .{0,160}|
        # the outlet's note of its own interests: "Disclosure: The Ledger's parent company ..."
        disclosure\s*:.*|
        # a print edition's line: "A version of this article appears in print on ..."
        a\ version\ of\ this\ (?:article|story)\ appears?\ in\ print\b.*|
        # where the byline's reporter wrote from: "Reporting from Albany, N.Y."
        reporting\ from\ (?-i:[A-Z])[\w.'’-]*(?:,?\ (?-i:[A-Z])[\w.'’-]*){0,4}|
        # an agency's end matter: Xinhua's "Enditem", "(With inputs from PTI)", "(With PTI
        # inputs)", "(This story has not been edited by NDTV staff and is auto-generated
        # from a syndicated feed.)", a site's notices ("You can follow Press TV on ...",
        # "Press TV's website can also be accessed at ...", "Anadolu Agency website contains
        # only a portion of the news stories offered ...")
        enditem|
        # a police or charity appeal's boilerplate and a reporter's tagline: "Anyone with
        # information is asked to call police on 101, quoting ...", "Donations can be made
        # via ...", "Kavita Ramanathan covers city hall for the Star Tribune."
        anyone\ (?:with|who\ has|who\ saw|who\ witnessed)\ .{0,80}?\ (?:is|are)\ (?:asked|urged|
            encouraged|being\ asked)\ to\ (?:call|contact|ring|get\ in\ touch|come\ forward)
            .{0,200}|
        donations\ can\ be\ made\ .{0,160}|
        (?-i:[A-Z][\w'’-]+)\ (?-i:[A-Z][\w'’-]+)\ (?:covers|reports\ on)\ [\w ,&]{2,60}\ for
            \ (?:the\ )?(?-i:[A-Z])[\w.'’ -]{1,40}|
        # Bloomberg's contact lines and a tip line: "To contact the reporter on this story:
        # ...", "You can contact Maya Kessler securely on Signal at ..."
        to\ contact\ the\ (?:reporters?|editors?|authors?|writers?)\b.*|
        you\ can\ (?:contact|reach|message)\ .{1,60}?\ (?:securely\ )?(?:on|at|via)\ .{1,120}|
        \(with\ (?:inputs?\ from\ [^()]{1,40}|[^()]{1,30}\ inputs?)\)|
        \(?this\ (?:story|article|report)\ has\ not\ been\ edited\ by\ .{1,160}|
        you\ can\ follow\ .{1,40}\ on\ .{1,120}|
        .{1,40}\ website\ (?:can\ also\ be\ accessed|contains\ only)\ .{1,200}|
        # a call to readers: "We want to hear from you.", "Were you affected? We would like to
        # hear from you."
        (?:[^.?!]{1,100}\?\ )?we(?:\ want|\ would\ (?:like|love)|['’]d\ (?:like|love))\ to\ hear
            \ from\ you\b.{0,120}|
        # a subscription's pitch: "By subscribing, you can help us get the story right.", "In
        # a time of both misinformation and too much information, quality journalism is more
        # crucial than ever."
        (?:by\ subscribing|your\ subscription|subscribers?\ (?:help|make|allow))\b.{0,160}|
        (?:in\ a\ time\ of|now\ more\ than\ ever|at\ a\ time\ when)\b.{0,100}?
            \b(?:quality|independent|trusted|trustworthy|local|public[-\ ]interest)
            \ journalism\b.{0,80}|
        support\ (?:our\ )?(?:independent|quality|local|trusted)\ journalism\b.{0,120}|
        # an outlet's account of itself: "ProPublica is a nonprofit newsroom that investigates
        # abuses of power.", and its partners: "This article was produced in partnership with
        # the Tucson Ledger, a member of ..."
        (?-i:[A-Z])[\w.&'’-]*(?:\ (?-i:[A-Z])[\w.&'’-]*){0,4}\ is\ an?\ (?:independent|nonprofit|
            non-profit|not-for-profit|reader-funded|reader-supported|award-winning|national)
            \ (?:[\w-]+\ )?(?:newsroom|news\ organi[sz]ation|news\ site|news\ outlet|
            media\ outlet|publication)\b.{0,160}|
        # an academic author's disclosure (The Conversation): "Kavita Ramdas receives funding
        # from the National Institute of ... She is an unpaid adviser to ...", "X does not work
        # for, consult, own shares in or receive funding from any company ..."
        (?-i:[A-Z])[\w'’.-]+(?:\ (?-i:[A-Z])[\w'’.-]+){1,3}\ (?:receives|has\ received)\ funding
            \ from\ .{2,300}|
        (?-i:[A-Z])[\w'’.-]+(?:\ (?-i:[A-Z])[\w'’.-]+){1,3}\ does\ not\ work\ for,\ consult,
            .{0,300}|
        # share buttons and republishing notes: "X (Twitter)", "Republish our articles for free,
        # ...", "Republish This Story"
        x\ \((?:formerly\ )?twitter\)|republish\b.{0,160}|

        this\ (?:article|story|report|investigation)\ (?:was|is)\ (?:produced|published|
            reported|co-published)\ (?:in\ partnership|in\ collaboration|jointly)\ with\ .{1,200}
    )[.!]?$""",
    re.IGNORECASE | re.VERBOSE,
)
# Headers of link lists: every headline-like line after one of these is furniture too.
_LINK_LIST_HEADER = re.compile(
    # (a wiki's heading marks around it: "== Sources ==")
    r"^(?:=+\ *)?(?:editor'?s?['’]?\s*picks?|related(?:\ \w+)?|more\ stories|also\ read|"
    r"further\ reading|latest\ news|more\ news|in\ other\ news|popular\ now|"
    # a wiki article's list of what it was written from: "Sources", "External links"
    r"sources|references|external\ links|see\ also)[:.]?(?:\ *=+)?$",
    re.IGNORECASE | re.VERBOSE,
)
_BREADCRUMB = re.compile(
    r"^[\w'&.,-]+(?:\ [\w'&.,-]+){0,3}(?:\s*[/>»›|]\s*[\w'&.,-]+(?:\ [\w'&.,-]+){0,3}){1,6}$",
    re.VERBOSE,
)
_WIRE_CREDIT = re.compile(
    r"""^(?:
        \(\s*(?:reporting|writing|editing|additional\ reporting|compiled|translated|by)\b[^)]*\)\.?|
        \(\s*(?:updates|adds|recasts|corrects|rewrites|refiles|changes)\b[^)]{0,120}\)\.?|
        # "Kim Osei can be reached at kim.osei@globe.com"
        (?:[A-Z][\w'’.-]*\ ){1,3}can\ be\ reached\ (?:at|on|via|by)\ \S+@\S+|
        (?:contact|reach|email|e-mail)\ [^.]{0,80}?
            (?:@[\w.-]+|\d{3}[-.\s]\d{3,4}[-.\s]?\d{0,4}).{0,60}|
        (?:additional\ )?(?:reporting|writing|editing)\ by\b.*|
        .{0,200}\bcontributed\ (?:to\ )?(?:this\ )?(?:report|story|article|reporting)
            (?:\ (?:from|in)\ [A-Z][\w.'\ ,-]{1,60})?\.?|
        reporting\ was\ contributed\ by\b.*|
        # AP's closing line: "Magdy reported from Cairo.", "Keath reported from Beirut and
        # Mroue from Damascus."
        [A-Z][\w'’-]+\ reported\ from\ [A-Z][\w.'’\ ,-]{1,40}?
            (?:\ and\ [A-Z][\w'’-]+\ (?:reported\ )?from\ [A-Z][\w.'’\ ,-]{1,40}?)*\.?|
        # Reuters' exchange rate: "($1 = 17.5 rand)", "(£1 = $1.27)"
        \(\s*(?:[$£€¥]|us\$)?\s*1\s*\w*\s*=\s*[^()]{1,40}\)\.?|

        (?:source|sources|agencies)\s*:.{0,60}|
        [-—–\s]*(?:[A-Z][A-Za-z]*|\w+)(?:\s*[-/,&]\s*(?:[A-Z][A-Za-z]*))*\s*
    )$""",
    re.VERBOSE | re.IGNORECASE,
)
# "Associated Press writer Jamie Stroud contributed from Austin.": an outlet's writers (by name,
# maybe in a place) contributed - not "Hospital staff said smoke contributed to the deaths".
_CONTRIBUTOR_CREDIT = re.compile(
    r"^(?:[A-Z][\w.&'-]*\s+){1,4}(?:staff\s+)?(?:writers?|reporters?|correspondents?|"
    r"photographers?)\s+(?:[A-Z][\w.'-]*,?\s+(?:and\s+)?){1,8}(?:in\s+[A-Z][\w.' -]{1,40}\s+)?"
    r"contributed(?:\s+(?:to\s+)?(?:this\s+)?(?:report|story|article|reporting))?"
    r"(?:\s+(?:from|in)\s+[A-Z][\w.' -]{1,40})?\.?$"
    # names alone: "Sahil Kapur and Katherine Doyle contributed.", "Alice Crites contributed
    # research."
    r"|^(?:[A-Z][\w.'-]+\s+){1,2}[A-Z][\w.'-]+(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:[A-Z][\w.'-]+\s+)"
    r"{1,2}[A-Z][\w.'-]+){0,5}\s+contributed(?:\s+(?:reporting|research|additional\s+reporting)"
    r"|\s+to\s+this\s+(?:report|article|story))?(?:\s+from\s+[A-Z][\w.' -]{1,40})?\.?$"
)
# "By Jane Roe", "By: WSB-TV.com News Staff", "Author: Jenna Alvarez", "Written by X"
_BYLINE_START = re.compile(r"^(?:by\s*:?|author\s*:|written\s+by\s*:?)\s+\S", re.IGNORECASE)
_TIMESTAMP_WORD = re.compile(
    r"\b(?:updated|published|posted|last\ modified|modified)\b\s*:?", re.IGNORECASE | re.VERBOSE
)
_TERMINAL = re.compile(r"[.!?:;\"”’)\]…]$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# "KHARTOUM (Reuters) - ", "WELLSVILLE, Ohio (AP) — ", "BEIRUT, March 17 (Reuters) -",
# "WASHINGTON — ": a capitalised place, maybe a state/country/date, maybe an outlet, a dash.
_DATELINE = re.compile(
    r"""^(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]+(?:\ [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]+){0,3}
        (?:/[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]+(?:\ [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'-]+){0,3}){0,2}
        # (a country of four words: "GOMA, Democratic Republic of Congo (Reuters) -")
        (?:,\ [A-Z][\w.]*(?:\ [\w.]+){0,3}){0,2}
        # AFP's country and date: "DAKAR, Senegal, June 4, 2024 (AFP) -"
        (?:,\ (?:19|20)\d\d)?)
        # AFP's country in brackets: "GOMA (DR Congo) (AFP) -"
        (?:\s*\([A-Z][\w.'-]*(?:\ [A-Z][\w.'-]*){0,3}\)(?=\s*\())?
        \s*(?:\((?P<outlet>[^()]{1,40})\))?
        # (the Journal's "WASHINGTON—The": an em dash with no space after it; Dow Jones's
        # "FRANKFURT--The": two hyphens, not after an initial's full stop ("U.S.--China"))
        (?:\s*[-—–]{1,2}\s+|\s*[—–](?=[A-Z"“])|(?<![.\s])--(?=[A-Z"“]))(?=\S)""",
    re.VERBOSE,
)
# Pitches and teasers found anywhere in a line, read only when a cheap substring shows one may
# be there (their leading wildcards would cost every line a scan):
_PITCH_LINE = re.compile(
    r"""^(?:
        # a newsletter's pitch: "... Sign up for our daily newsletter.", "Roula Khalaf, Editor
        # of the FT, selects her favourite stories in this weekly newsletter."
        .{0,60}\bsign\ up\ (?:for|to)\ .{0,60}\bnewsletters?\b.*|
        .{0,80}\ selects\ (?:her|his|their|our)\ favou?rite\ stories\ in\ this\ .{0,30}
            newsletter\.?|
        # a link's teaser: "Texas homeowners could see bigger tax cuts. Here's how the plans
        # compare.", "... Here's why that hasn't happened."
        [^.!?]{10,160}[.!?]\ here['’]s\ (?:how|why|what|where|when|who)\b[^.!?]{0,80}[.!?]?|
        # an event's ticket pitch: "We can't wait to welcome you to ... Get your tickets today."
        .{0,200}\bget\ your\ tickets\b.{0,60}|
        # a donation pitch: "... Your donations power our award-winning reporting. Donate now."
        .{0,160}\byour\ donations?\b.{0,120}|.{0,200}\bdonate\ (?:now|today)|
        # a fact-checker's links to its earlier checks: "Reuters has previously debunked false
        # claims about electric vehicle fires, including here and here."
        .{0,200}\bincluding\ here(?:,\ here)?\ and\ here
    )[.!]?$""",
    re.IGNORECASE | re.VERBOSE,
)
_PITCH_HINTS = (
    "newsletter",
    "selects ",
    "here's ",
    "here’s ",
    "tickets",
    "donat",
    "including here",
)
_ISO_DATE = re.compile(
    r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:[T\s]+(?P<H>[0-2]\d):(?P<M>[0-5]\d))?"
)
_WORD_DATE = re.compile(
    r"""\b(?:(?P<d1>[0-3]?\d)\s+(?P<mon1>[A-Z][a-z]{2,8})\.?,?\s+(?P<y1>(?:19|20)\d\d)|
           (?P<mon2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y2>(?:19|20)\d\d))
        (?:,?\s*(?:at\s+)?(?P<H>[0-2]?\d):(?P<M>[0-5]\d)\s*(?P<ampm>[ap]\.?m\.?)?)?""",
    re.VERBOSE | re.IGNORECASE,
)


# A photo caption ends with its credit: "Formica fusca, from file. Image: M. Krumbholz.",
# "The mayor at the site on Monday. Photo: Jane Roe/AP", "... (Photo: Reuters)".
_CAPTION_CREDIT = re.compile(
    r"(?:^|(?<=[.!?\s(]))(?P<keyword>(?i:image|photo|photograph|picture|credit|illustration))"
    r"(?:\s*:|\s+(?i:by|courtesy(?:\s+of)?)\b:?)\s*"
    r"(?P<credit>[A-Z@][^.!?:;]{0,60}?)\)?\.?$"
)
# the terms a picture's credit is given on: "Felix Amann, used with permission", "released
# under CC BY-SA 4.0"
_CREDIT_TERMS = re.compile(
    r",?\s*(?:\(?used\s+with\s+(?:kind\s+)?permission\)?|(?:released|licensed|available)\s+"
    r"under\s+.*|via\s+\S+|all\s+rights\s+reserved)\s*$",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset("the a an this that his her their its our my no".split())
# A picture's source in brackets ending the line, as Australian and agency pages give it:
# "(ABC News: Keana Naughton)", "(Supplied: Windsor Council)", "(Getty Images: Mark Kolbe)",
# "(AAP: Dean Lewins)", "(Reuters: Jane Roe)" (a source, a colon, a name)
_BRACKETED_CREDIT = re.compile(
    r"(?:^|[.!?”\"]\s+)\((?:Supplied|[A-Z][\w]*(?:\ [A-Z][\w]*)?\ (?:News|Images|Pictures)|AAP|AP|"
    r"AFP|Reuters|Getty|Bloomberg|EPA)\s*:\s*(?:[A-Z][\w.'’-]*(?:\ [A-Z][\w.'’-]*){0,3})?\)\.?$"
)
# A photographer and the agency after a sentence, in brackets ending the line: "(Jalaa
# Marey/AFP)", "(Justin Tang/The Canadian Press)", "(Photo by Jane Roe/Getty Images)"
# The same credit unbracketed, as NPR's captions end: "... question its methods. Jordan
# Pike/NPR", "... forced the closures. Ben Hart for NPR"
_BARE_PHOTOGRAPHER_CREDIT = re.compile(
    r"[.!?”\"]\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}(?:\s*/\s*|\s+for\s+)"
    r"(?:The\s+)?(?:[A-Z]{2,}[\w&]*|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
    # ("... last year. Mariah Delgado/Sun-Times file": a picture from the paper's files)
    r"(?:\s+[Ff]ile)?$"
)
_PHOTOGRAPHER_CREDIT = re.compile(
    r"[.!?”\"]\s+\((?:Photo\s+by\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*/\s*"
    r"(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
    # ("(Lars Poulsen/Ritzau Scanpix via Getty Images)": the agency's distributor)
    r"(?:\s+via\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})?\)\.?$"
)
# A photographer or a picture's owner and a picture agency in brackets ending a caption with no
# full stop before them, as PA's captions run: "Dead fish on the banks of the river in May
# (River Action/PA)", "Protesters outside Stormont (Pacemaker Press/PA)"
_AGENCY_CREDIT_AFTER_A_PHRASE = re.compile(
    r"\s\([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*/\s*(?:PA(?:\ (?:Wire|Media|Archive))?|"
    r"AP|AFP|Reuters|EPA(?:-EFE)?|Alamy(?:\ Live\ News)?|Getty\ Images|Shutterstock|Reach|"
    r"ANP|DPA|Xinhua)\)\.?$"
)
# Who gave the picture, in brackets ending the caption: "(Submitted by Ada Moose)", "(Courtesy
# of the family)", "(Handout)" - Canadian and local papers' credit for a reader's photograph
_GIVEN_BY_CREDIT = re.compile(
    r"[.!?”\"]\s+\((?:Submitted|Supplied|Courtesy|Handout|Contributed)"
    r"(?:\s+(?:by|of)\s+[^()]{2,60})?\)\.?$"
)
# Al Jazeera's square-bracketed credit ending the caption: "... on the facility [File: Ahmed
# Osman/AFP]", "... in Gaza City [Reuters]", "[Jane Roe/Al Jazeera]"
_SQUARE_BRACKETED_CREDIT = re.compile(
    r"\s\[(?:File\s*:\s*)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*)?"
    r"(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\]\.?$"
    # the Tampa Bay Times's "[ JONAH BELLAMY | Times ]"
    r"|\s\[\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*\|\s*[A-Z][\w&.'’ -]{1,30}\s*\]\.?$"
)
# A copyright credit after the caption's sentence: "... late on May 18, 2025. © Daniel
# Mihailescu, AFP", "... in Kyiv. © Sergei Supinsky / AFP", "© Reuters"
_COPYRIGHT_CREDIT = re.compile(
    r"[.!?”\"]\s+©\s*[A-Z][\w.'’&-]*(?:(?:\s*[,/]\s*|\s+)[A-Z][\w.'’&-]*){0,5}\.?$"
)
# A credit in capitals after a pipe, ending the caption's sentence: "... on Wednesday. | KYODO",
# "... in Osaka. | SATOKO KAWASAKI", "| REUTERS"
_PIPED_CREDIT = re.compile(r"[.!?”\"’]\s*\|\s*[A-Z][A-Z .'’&/-]{1,40}$")
# An agency's photo credit in brackets ending the line: "(AP Photo/Jane Roe)", "(AFP Photo)".
_AGENCY_PHOTO = re.compile(r"\((?:[A-Z]{2,6}\s+)?(?:Photo|Photos|Image)(?:/[^()]{1,60})?\)\s*\.?$")
# A credit labelled as one ending a caption: "(Photo: Chiang Rai provincial public relations
# office)", "PHOTO | FILE" (The Citizen), "(PHOTO NOT FOR SALE) (Yonhap)"
_LABELLED_CREDIT_AT_END = re.compile(
    r"[.!?”\"]\s+(?:\((?:Photo|Photos|Picture|Pictures|Image|Photograph)\s*:\s*[^()]{2,80}\)|"
    r"(?:PHOTO|PHOTOS|FILE\ PHOTO)\s*\|\s*[A-Z][A-Z .'-]{1,40}|"
    r"\(PHOTO\ NOT\ FOR\ SALE\)\s*\([A-Z][\w .'-]{1,30}\))\.?$"
)
# A caption labelled as one and bracketed whole: "(Photo: Rescuers at the site. Reuters)"
_LABELLED_CAPTION = re.compile(
    r"^\((?:Photo|Photograph|Picture|Image|Pictured|Caption|Above|Top|Main image)\s*:[^()]*\)\s*$"
)
# A caption's label opening the line as a page's text gives it: "Image caption, X",
# "Media caption, Watch: X", "Image source, Getty Images", "Video caption: X".
_CAPTION_LABEL = re.compile(
    r"^(?:Image|Media|Video|Photo|Picture|Audio)\s+(?:caption|source|credit|description)"
    r"\s*[,:]\s*\S"
)
# The hint every caption credit holds, looked for before the pattern.
_CAPTION_HINTS = ("image", "photo", "picture", "credit", "illustration")
# "Biologist Nick Bos tells Wikinews about ants Tuesday, September 1, 2015": a headline with
# its date after it on the same line.
_TRAILING_DATE = re.compile(
    r"\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|"
    r"[0-3]?\d\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)$",
    re.IGNORECASE,
)


# a clock time as a stamp: "14.05 GMT", "11:20 a.m.", "9.45am" (the pipeline reads a live
# page's entries by it too)
CLOCK_STAMP = (
    r"(?P<hour>[0-2]?\d)[:.](?P<minute>[0-5]\d)[ \t]*(?:(?P<half>[ap])\.?m\.?)?[ \t]*"
    r"(?:[A-Z]{2,4})?"
)
_CLOCK_LINE = re.compile(rf"^{CLOCK_STAMP}\s*$", re.IGNORECASE)
# "— Updated at 1:05 p.m.": the stamp's words, then a clock line (_CLOCK_LINE)
_UPDATED_AT = re.compile(
    r"^[—–-]?\s*(?:updated|posted|published)\s+(?:at\s+)?(?=\d)", re.IGNORECASE
)
_TITLE_LABEL = re.compile(r"^[A-Z][a-z]+(?:\ [A-Z][a-z]+)?:\s")
_CONTACT_HEADING = re.compile(
    r"^(?:media|press|investor|news)\s+(?:contacts?|enquiries|inquiries)\s*:?\s*$|"
    r"^(?:contacts?|for\s+more\s+information)\s*:\s*$",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(r"[^\w'’-]*([\w'’-]+)")
# A caption opens like a noun phrase, or with an adjective ("Clothing", "Former") - not with a
# pronoun ("Me too." answers a question).
_CAPTION_OPENERS = (NOUN_PHRASE_OPENERS - {"PRP", "EX"}) | {"JJ"}


def _stands_alone(lines: list[_Line], index: int) -> bool:
    """A paragraph of one line between blank lines, and no answer to a question before it."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    if index > 0 and lines[index - 1].text.rstrip(" \"”'’").endswith("?"):
        return False  # "What comes next?" / "A sequel next year."
    return lines[index].blank_before and (following is None or following.blank_before)


_CONTRACTED_COPULAS = frozenset("that's it's there's here's what's this's".split())


def _is_verbless(line: str) -> bool:
    """A caption without a credit: a short noun phrase with no word that can be a finite verb
    ("Clothing supply closet.", "Personality test questions given to new staff") - by the
    part-of-speech lexicon. It opens like a noun phrase, so the short answers of an interview
    ("Not since 2019.", "Very brief.") stay."""
    if line.endswith("?") or len(line) > 160:
        return False
    tags = lexicon()
    first = _FIRST_WORD.match(line)
    if first is None or tags.best(first[1]) not in _CAPTION_OPENERS:
        return False
    words = re.findall(r"[\w'’-]+", line)
    if not 3 <= len(words) <= 15:
        return False
    if words[0].lower().replace("’", "'") in _CONTRACTED_COPULAS and len(words) >= 5:
        # "That's a decline, but nowhere near half.": a verb in its first word (a short
        # "That's interesting." may be an interviewer's aside, left to the captions' reading)
        return False
    # "The IMF forecasts growth of 3.1%.", "Stamp duty rises by two points.": a verb in the
    # present the lexicon saw only as a plural noun, in a sentence giving a figure
    if (
        line.rstrip().endswith(".")
        and any(character.isdigit() for character in line)
        and any(
            position > 0
            and position + 1 < len(words)
            and word[:1].islower()
            and (
                third_person_verb(word)
                # "Ratings agencies project a deficit of 4% next year.": a present after its
                # plural subject
                # (or a word the lexicon knows only as a noun, between a plural noun and
                # a determiner: no noun stands there)
                or (
                    words[position - 1][:1].islower()
                    and tags.best(words[position - 1]) == "NNS"
                    and (
                        "VBP" in tags.tags(word)
                        or words[position + 1].lower() in ("a", "an", "the", "its", "their")
                    )
                )
            )
            for position, word in enumerate(words)
        )
    ):
        return False
    # "Hugh McGuire with some books that have not yet been sold.": a verb in a relative
    # clause on the phrase's noun is the noun's; the phrase is read up to the clause, and the
    # clause holds its one verb and no other ("A man who was arrested has died." is a sentence)
    relative = _relative_clause(line, words, tags)
    if relative is not None:
        words = words[:relative]
    return not any(
        word[:1].islower()
        and (
            not FINITE_VERB_TAGS.isdisjoint(tags.tags(word))
            or word in CUE_VERBS
            # ("The mission cost $100 million.": a past no caption has, after a word)
            or (word in UNCHANGED_PAST_FORMS and position > 0)
        )
        # a plural noun that can be a verb too is the noun before a participle or a
        # preposition ("test questions given to", "records of") - not "listens to" - or the
        # last noun of the phrase ("... to prospective staff members")
        and not (
            tags.best(word) == "NNS"
            and position + 1 == len(words)
            and position > 0
            and tags.best(words[position - 1]) in ("JJ", "NN", "NNS")
        )
        and not (
            tags.best(word) == "NNS"
            and position + 1 < len(words)
            and words[position + 1] != "to"
            and (
                # (a participle after the noun: "Test questions given to new staff.")
                tags.best(words[position + 1]) == "VBN"
                # (else a caption has no full stop: "The minister resigns over the
                # scandal." is a sentence)
                or (
                    tags.best(words[position + 1]) in ("VBG", "IN")
                    and not line.rstrip().endswith(".")
                )
            )
        )
        for position, word in enumerate(words)
    )


_RELATIVE_PRONOUNS = frozenset({"that", "who", "which"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_AUXILIARIES = frozenset("is are was were has have had".split())
_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "VBN", "VBG", "MD"})


def _relative_clause(line: str, words: list[str], tags) -> int | None:
    """Where a relative clause on a noun after the phrase's head opens ("books that have not
    been sold", "the man who led the march"), when the clause holds one finite verb, first,
    and nothing after it that is most often finite. None when there is no such clause."""
    for position in range(1, len(words) - 1):
        if words[position].lower() not in _RELATIVE_PRONOUNS:
            continue
        if re.search(rf"\b{words[position]}\b[^,]*,\s*\S", line):
            return None  # "Mr Hale, who denies it, resigned": the clause closes, a verb follows
        if tags.best(words[position - 1]) not in _NOUN_TAGS:
            return None
        clause = words[position + 1 :]
        if FINITE_VERB_TAGS.isdisjoint(tags.tags(clause[0])):
            return None  # "books that the library bought": a subject in the clause first
        auxiliary = clause[0].lower() in _AUXILIARIES
        if any(
            (
                tags.best(word) in FINITE_VERB_TAGS
                or "VBD" in tags.tags(word)
                # "Teenagers who use phones in bed sleep less": a present verb after a noun
                # (not after a verb: "who helped move the collection")
                or (
                    not FINITE_VERB_TAGS.isdisjoint(tags.tags(word))
                    and tags.best(clause[index]) not in _VERB_TAGS
                )
            )
            # (a participle after "was" or "have": "which was closed", "that have been sold")
            and not (auxiliary and "VBN" in tags.tags(word))
            for index, word in enumerate(clause[1:])
        ):
            return None  # "Mr Hale, who denies any wrongdoing, resigned": the sentence's verb
        return position
    return None


# a speaker's label opening a line: "Q. ", "A. ", "MR. JONES: ", "Ines Varga: "
_TURN_OPENING = re.compile(
    r"(?:[QA]\.|[A-Z][A-Z.'’ -]{1,40}:|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,3}:)\s+\S"
)


def is_caption(line: str) -> bool:
    """A photo caption: a short paragraph that ends with its image credit ("Image: X.",
    "Photo by X"). The credit word is capitalised, or follows a name ("Shimon Peres image:
    David Shankbone."); the credit is a name, with at most two lowercase words. Or one that
    a page labels as one, as news sites' text does: "Image caption, X", "Media caption, X",
    "Image source, Getty Images"."""
    if (_LABELLED_CAPTION.match(line) or _CAPTION_LABEL.match(line)) and _word_count(
        line, 60
    ) <= 60:
        return True  # "(Photo: Rescuers search a collapsed building on Tuesday. Reuters)"
    if (
        line.endswith(("]", "]."))
        and _SQUARE_BRACKETED_CREDIT.search(line[-80:])
        and (_word_count(line, 60) <= 60)
    ):
        return True  # "... dropped two bombs on the facility [File: Ahmed Osman/AFP]"
    if "|" in line[-45:] and _PIPED_CREDIT.search(line) and _word_count(line, 60) <= 60:
        return True  # "... bow at a news conference in Tokyo. | KYODO" (the Japan Times)
    if (
        line.endswith((")", ").", "FILE", "FILE."))
        and _LABELLED_CREDIT_AT_END.search(line[-90:])
        and _word_count(line, 60) <= 60
    ):
        # "... on Tuesday. (Photo: Chiang Rai provincial public relations office)", "...
        # since it started operations. PHOTO | FILE", "... (PHOTO NOT FOR SALE) (Yonhap)"
        return True
    if "©" in line[-60:] and _COPYRIGHT_CREDIT.search(line) and _word_count(line, 60) <= 60:
        return True  # "Supporters celebrate in central Bucharest. © Daniel Mihailescu, AFP"
    if (
        ("/" in line[-60:] or " for " in line[-60:])
        and _BARE_PHOTOGRAPHER_CREDIT.search(line[-80:])
        and _word_count(line, 60) <= 60
    ):
        return True  # "... critics question its methods. Jordan Pike/NPR"
    if (
        line.endswith((")", ")."))
        and (
            _BRACKETED_CREDIT.search(line)
            or _PHOTOGRAPHER_CREDIT.search(line)
            or _GIVEN_BY_CREDIT.search(line)
            or _AGENCY_CREDIT_AFTER_A_PHRASE.search(line[-80:])
        )
        and _word_count(line, 60) <= 60
    ):
        # "Residents queue for the ferry. (ABC News: Keana Naughton)", "Smoke rises over
        # Khiam. (Jalaa Marey/AFP)", "... (Justin Tang/The Canadian Press)"
        return True
    # The credit ends the line: only its last characters need the substring test.
    if not contains_any(line[-90:].lower(), _CAPTION_HINTS) or _word_count(line, 60) > 60:
        return False
    if _AGENCY_PHOTO.search(line):
        return True  # "... (AP Photo/Levan Gogoladze)", "(Reuters/Jane Roe)"
    match = _CAPTION_CREDIT.search(line)
    if match is None:
        return False
    credit = _CREDIT_TERMS.sub("", match["credit"])  # ", used with permission", ", CC BY-SA"
    if sum(1 for word in credit.split() if word[:1].islower()) > 2:
        return False
    if match["keyword"][:1].isupper():
        return True
    before = line[: match.start("keyword")].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].lower() not in _NOT_NAMES


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    blank_before: bool
    kind: str = ""  # "" until classified; "body" or a furniture kind


@dataclass(slots=True)
class Document:
    """A checked article: its body paragraphs as (start, end) pairs, plus its metadata."""

    text: str
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    metadata: ArticleMetadata = field(default_factory=ArticleMetadata)


def check_text(text: object) -> str:
    """Refuse what cannot be an article, with a message a person can act on."""
    if not isinstance(text, str):
        raise ExtractionError("The article must be text.")
    if not text:
        raise ExtractionError("The article is empty: there is no text to extract claims from.")
    if not text.strip():
        raise ExtractionError("The article contains only whitespace.")
    if "\x00" in text:
        raise ExtractionError("The input looks like binary data (it contains NUL bytes).")
    sample = text[:20000]
    control_count = len(_CONTROL.findall(sample))
    if control_count and control_count > 0.1 * len(sample.strip()):
        raise ExtractionError("The input looks like binary data, not article text.")
    return text


def parse_date(text: str) -> str | None:
    """The first date in ``text`` as ISO 8601 (date, or date and minutes), or None."""
    match = _ISO_DATE.search(text)
    if match:
        date = f"{match['y']}-{match['m']}-{match['d']}"
        if not _valid_date(int(match["y"]), int(match["m"]), int(match["d"])):
            return None
        if match["H"] and int(match["H"]) < 24:
            return f"{date}T{match['H']}:{match['M']}"
        return date
    match = _WORD_DATE.search(text)
    if not match:
        return None
    month_name = (match["mon1"] or match["mon2"]).lower().rstrip(".")
    month = MONTHS.get(month_name) or MONTHS.get(month_name[:3])
    if month is None:
        return None
    day = int(match["d1"] or match["d2"])
    year = int(match["y1"] or match["y2"])
    if not _valid_date(year, month, day):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if match["H"]:
        hour = int(match["H"])
        ampm = (match["ampm"] or "").replace(".", "").lower()
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour < 24:
            return f"{date}T{hour:02d}:{match['M']}"
    return date


def _valid_date(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2100


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    previous_end = 0
    for match in _LINE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        start = match.start() + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        gap = text[previous_end:start]
        blank_before = not lines or gap.count("\n") >= 2 or gap.count("\r") >= 2
        lines.append(_Line(start, end, stripped, blank_before))
        previous_end = end
    return lines


def _question_headline(lines: list[_Line], index: int) -> bool:
    """The first line, a short question standing alone over the article: "Does intermittent
    fasting really work?" - the headline, not an interviewer's question."""
    line = lines[index]
    return (
        index == 0
        and line.text.endswith("?")
        and line.text.count("?") == 1
        and _word_count(line.text, 16) <= 14
        and len(lines) >= 3
        and lines[1].blank_before
    )


def _is_headline_like(line: str) -> bool:
    """A short line that does not end like a sentence: a title or a subheading.

    A line that ends with a closing quote is headline-like when the quotation itself does not
    end like a sentence ('A fire that ‘jumped everything’')."""
    if _in_title_case(line):
        # "A Hospital Sued Its Poorest Patients. Its Own Policy Said They Qualified.": a
        # headline as US papers write them, full stops and all
        return True
    if line[-1:] not in _CLOSING_QUOTES and _TERMINAL.search(line):
        return False  # a sentence ending (what every branch below says of it, at any length)
    if line.endswith(","):
        return False  # "Rathbun stated," introduces the next paragraph; no heading ends so
    if _SIGNED_QUOTATION.match(line):
        return False  # '"Prices are too high." - Tom Berg, a farmer': a pull quote, signed
    closed = line.rstrip(_CLOSING_QUOTES)
    if closed != line and closed[-1:] in ".!?…":
        return False  # "... I say, 'Hey John.'": a sentence ending inside its quotation
    if _word_count(line, 20) > 20:
        return False
    if not _TERMINAL.search(line):
        return True
    stripped = line.rstrip(_CLOSING_QUOTES)
    return (
        stripped != line
        and bool(stripped)
        and not _TERMINAL.search(stripped)
        and _opens_quote(line)
    )


_CLOSING_QUOTES = "\"”’'"
# the small words a headline in title case leaves in lowercase
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _in_title_case(line: str) -> bool:
    """Every word capitalised but the small ones, five words at least and at most thirty, four
    of them in capitals and lowercase: a headline ("Brightwave Cuts 2,400 Jobs as Leaked
    Memo Shows Push to Replace Staff With A.I.")."""
    if (
        not line[:1].isupper()
        or line.endswith((":", ","))
        # (a question alone is no headline here; a statement, then a question, is: "Trade
        # Deal Leaves Farmers Behind. Will Congress Step In?")
        or (line.endswith("?") and ". " not in line)
        or _word_count(line, 30) > 30
    ):
        return False
    words = _TITLE_WORD.findall(line)
    if len(words) < 5:
        return False
    titled = 0
    for word in words[1:]:
        if word[:1].islower() and word.lower() not in TITLE_SMALL_WORDS:
            return False
        titled += word[:1].isupper() and not word.isupper()
    return titled >= 4  # (not a line of capitals: "UNITED NATIONS (Reuters) -")


# A quotation that ends like a sentence, then a dash and a name.
_SIGNED_QUOTATION = re.compile(r"[\"“‘'].*[.!?,…][\"”’']\s*(?:--?|[—–])\s*[A-Z]")


def _opens_quote(line: str) -> bool:
    """The closing quote closes a quotation opened in the line (not a dangling one)."""
    return any(mark in line[:-1] for mark in "\"“‘'")


def _may_be_wire_credit(line: str) -> bool:
    """False only when _WIRE_CREDIT cannot match: an ASCII line (IGNORECASE then matches
    only ASCII case variants) that does not open with "(" or a reporting/writing/editing
    credit, has no ":" ("Sources: ...") and no "contributed", and has a full stop, which a
    bare list of agency names never has. Body paragraphs end here without the pattern's
    backtracking through ``.{0,80}``."""
    if not line.isascii() or line.startswith("(") or ":" in line or "." not in line:
        return True
    lowered = line.lower()
    return (
        "contributed" in lowered
        or " reported from " in lowered
        or " can be reached " in lowered
        or lowered.startswith(
            ("additional", "reporting", "writing", "editing", "contact", "reach", "email", "e-mail")
        )
    )


def _is_wire_credit(line: str) -> bool:
    if "contributed" in line and _CONTRIBUTOR_CREDIT.match(line):
        return True
    if not _may_be_wire_credit(line) or not _WIRE_CREDIT.match(line):
        return False
    if line.startswith("(") or " by " in f" {line.lower()}" or ":" in line:
        return True
    if (
        line.lower().startswith(("contact", "reach", "email", "e-mail"))
        or " can be reached " in line
    ):
        return True  # "Contact Dana Kowalczyk at dk@example.com or 419-555-0143"
    if "contributed" in line.lower() or " reported from " in line:
        return True
    # A bare credit line: only wire-service names, joined by dashes, slashes or commas.
    names = [name for name in re.split(r"[\s\-/,&—–]+", line.lower()) if name]
    return bool(names) and all(name in WIRE_SERVICES for name in names)


def _word_count(line: str, cap: int) -> int:
    """``len(line.split())`` when that is at most ``cap``, else ``cap + 1``: enough for every
    comparison with ``cap`` or less, without splitting a whole paragraph into its words."""
    return len(line.split(None, cap))


# Every match of _TIMESTAMP_WORD contains one of these. The test is exact for an ASCII line
# (IGNORECASE matches only ASCII case variants there); any other line goes to the pattern.
_TIMESTAMP_HINTS = ("updated", "published", "posted", "modified")
# Every match of _BREADCRUMB contains one of these separators.
_BREADCRUMB_SEPARATORS = ("/", ">", "»", "›", "|")


def _may_be_timestamp(line: str) -> bool:
    return not line.isascii() or contains_any(line.lower(), _TIMESTAMP_HINTS)


# A live page's update or correction that tells news: "Update: The Met Office has extended its
# warning until Sunday.", "Correction: Earlier we reported 200 homes. Cal Fire says ..." - a
# label, then a sentence of eight words or more, or two sentences (a correction's note on the
# article alone - "Correction: An earlier version of this story misstated the date." - stays
# furniture).
_LABELLED_NEWS = re.compile(
    r"(?i:update|correction|clarification)\s*(?:\([^)\n]{1,30}\)\s*)?:\s+"
    # (a live page's entry may go on in lower case: "Correction: the fire service now says")
    r"(?:(?!(?i:an\ earlier|a\ previous|this\ (?:article|story|post|report|page))\b)"
    r"[A-Za-z\d\"“][^.!?]*(?:\s+\S+){7}[^.!?]*[.!?]|"
    r"[A-Za-z\d\"“][^.!?]+[.!?]\s+[A-Z\d\"“][^.!?]+[.!?])"
)


# "By Priya Raman, a news writer covering apps and the internet.": a byline with its writer's
# role, as a sentence (a first and a last name after "By", then "a", "an" or "the")
_BYLINE_WITH_ROLE = re.compile(
    r"^By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+(?:a|an|the|our)\s+[^.!?\"“]{3,100}\.$"
)


# A support note after a report of abuse, suicide or crime: "In the UK, call the national
# domestic abuse helpline on 0808 2000 247, or visit Women's Aid.", "In the US, you can call
# or text the 988 Suicide & Crisis Lifeline at 988." - where readers can get help, each
# sentence a service and its number or address.
_HELPLINE_HINTS = ("helpline", "hotline", "lifeline", "samaritans", "befrienders", "crisis")
_HELPLINE_SERVICE = re.compile(
    r"\b(?:helplines?|hotlines?|lifeline|samaritans|befrienders|crisis\s+(?:support|line|"
    r"text\s+line)|support\s+(?:is|are)\s+available)\b",
    re.IGNORECASE,
)
_HELPLINE_REACH = re.compile(
    r"\b(?:call|text|phone|ring|contact|visit|email|e-mail)\b|"
    r"\bcan\s+be\s+(?:contacted|reached|found)\b|\bis\s+(?:available\s+)?(?:on|at)\b|"
    r"\b(?:www\.|https?://)|\b\d{2,4}(?:[\s-]\d{2,4}){1,3}\b",
    re.IGNORECASE,
)


_REPORTING_WORDS = (" said", " says", " told", "according to", " reported", " rose", " fell")
# how a note addresses its reader
_ADDRESSED = (
    "call ", "you can", "can be contacted", "can be reached", "can be found", "visit ",
    "support is available", "contact ", "text ",
)  # fmt: skip


def _is_helpline_note(line: str) -> bool:
    """Every sentence of the line names a service or says how to reach one, and the line
    gives a number or an address (see _HELPLINE_SERVICE)."""
    if _word_count(line, 90) > 90 or _HELPLINE_SERVICE.search(line) is None:
        return False
    if not re.search(r"\d{3}|www\.|https?://|@\w", line):
        return False
    lowered = line.lower()
    if contains_any(lowered, _REPORTING_WORDS) or not contains_any(lowered, _ADDRESSED):
        return False  # a report about a helpline ("Calls to the hotline doubled, it said")
    sentences = [part for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line) if part.strip()]
    return all(_HELPLINE_SERVICE.search(part) or _HELPLINE_REACH.search(part) for part in sentences)


# A source list's entry: an optional author, a title in quotation marks, a dash, the outlet or
# journal and its date - 'Hannah Ruatara et al. "Decline of a colony, 1999-2010" — Marine
# Ecology Progress Series, September 21, 2010'.
_CITATION = re.compile(
    r"^(?:[^\"“”]{0,120}?\s)?[\"“][^\"“”]{3,300}[\"”]\s*[—–-]{1,2}\s*[^\"“”]{2,120}?,\s*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*)?"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})"
    r"\.?\s*$"
)


def _classify_strict(line: str) -> str:
    """Furniture kinds that hold wherever the line stands; "" for anything else."""
    if not _HAS_LETTER.search(line):
        return "separator"
    if _FURNITURE_LINE.match(line) and not _LABELLED_NEWS.match(line):
        return "furniture"
    if contains_any(line.lower(), _PITCH_HINTS) and _PITCH_LINE.match(line):
        return "furniture"
    if _LINK_LIST_HEADER.match(line):
        return "link_list"
    if contains_any(line.lower(), _HELPLINE_HINTS) and _is_helpline_note(line):
        return "furniture"
    if ("—" in line or "–" in line or " - " in line) and _CITATION.match(line):
        return "link"  # a source list's entry: '"Title" — Outlet, September 21, 2010'
    if _is_wire_credit(line):
        return "wire_credit"
    # The word count (a split of the line) is taken only after the cheaper tests pass: most
    # lines are paragraphs that fail them all.
    if (
        _BYLINE_START.match(line)
        and _word_count(line, 30) <= 30
        # ("By Staff | Updated 11:20 a.m.": a clock time's full stop; "By Paul Duke Jr.": a
        # name's suffix)
        and (not line.endswith(".") or line.endswith(("a.m.", "p.m.", " Jr.", " Sr.")))
    ) or _BYLINE_WITH_ROLE.match(line):
        return "byline"
    if (
        _may_be_timestamp(line)
        and _word_count(line, 30) <= 30
        # (not a sentence that mentions when something came out: "The audit, published on
        # 4 May 2024, found that ...")
        and not (line.endswith((".", '."', ".”")) and _word_count(line, 12) > 12)
        and _TIMESTAMP_WORD.search(line)
        and parse_date(line)
    ):
        return "byline" if "|" in line else "date"
    if "|" in line and _word_count(line, 30) <= 30 and parse_date(line):
        return "byline"
    if line[:1].isdigit() and _CLOCK_LINE.match(line):
        return "date"  # a live blog's time stamp: "10:42 a.m.", "14:05 GMT"
    stamp = _UPDATED_AT.match(line)
    if stamp is not None and _CLOCK_LINE.match(line[stamp.end() :]):
        return "date"  # The Hill's "— Updated at 1:05 p.m."
    if not _TERMINAL.search(line) and _word_count(line, 8) <= 8 and parse_date(line):
        stripped = _ISO_DATE.sub("", _WORD_DATE.sub("", line)).strip(" ,|-")
        if len(stripped.split()) <= 2:
            return "date"
    if (
        contains_any(line, _BREADCRUMB_SEPARATORS)
        and _BREADCRUMB.match(line)
        and re.search(r"\s[/>»›|]\s|[>»›]", line)
        and not _TERMINAL.search(line)
        and all(part.strip()[:1].isupper() for part in re.split(r"[/>»›|]", line) if part.strip())
    ):
        return "breadcrumb"
    return ""


def read_document(text: str) -> Document:
    """Split ``text`` into furniture (with metadata read from it) and body paragraphs."""
    check_text(text)
    lines = _lines(text)
    for line in lines:
        line.kind = _classify_strict(line.text)

    # After a link-list header ("Editor's picks", "Related stories") the headline-like lines
    # that follow are links, not article text.
    in_link_list = False
    for line in lines:
        if line.kind == "link_list":
            in_link_list = True
        elif in_link_list and not line.kind and _word_count(line.text, 30) <= 30:
            if (
                _is_headline_like(line.text)
                or line.text.endswith("?")
                # a list's item: '* "Svalbard glaciers shrinking" — The Cryosphere, 2024'
                or line.text.startswith(("* ", "• ", "- "))
            ):
                line.kind = "link"
            else:
                in_link_list = False
        elif not line.kind:
            in_link_list = False

    _inline_story_lists(lines)
    _classify_headings(lines)
    _kicker_and_standfirst(lines)
    # A press release's contact block: "Media Contact" and the name, e-mail and telephone
    # lines under it, up to the next blank line.
    in_contact = False
    for line in lines:
        if _CONTACT_HEADING.match(line.text):
            in_contact = True
            line.kind = "furniture"
        elif in_contact and not line.blank_before and _word_count(line.text, 12) <= 12:
            line.kind = "furniture"
        else:
            in_contact = False
    body_lines = sum(line.kind == "body" for line in lines)
    for index, line in enumerate(lines):
        if (
            line.kind == "body"
            and (
                is_caption(line.text)
                or (
                    body_lines >= 3
                    and _stands_alone(lines, index)
                    and _is_verbless(line.text)
                    # (a transcript's short turn: "A. I'm the bookkeeper.", "MR. JONES: Objection.")
                    and not _TURN_OPENING.match(line.text)
                    # (nor a speaker's label on a line of its own: "NORA BELLWEATHER, HOST:")
                    and not _LABEL_ONLY.fullmatch(line.text.strip())
                    # (a quotation of its own paragraph: '"Nurses fill out the same forms every
                    # shift."' - someone's words, read as quotations are, not a picture's caption)
                    and line.text[:1] not in ('"', "“", "‘")
                )
            )
        ):
            line.kind = "caption"

    _captions_under_a_credit(lines)
    _links_under_a_heading(lines)

    if not any(line.kind == "body" for line in lines):
        raise ExtractionError(
            "No article text found: the input is only page furniture "
            "(headings, bylines, navigation or credits)."
        )

    metadata, dateline_cut = _read_metadata(text, lines)
    paragraphs = _paragraphs(lines, dateline_cut)
    if not paragraphs:
        raise ExtractionError("No article text found: the input is only page furniture.")
    return Document(text=text, paragraphs=paragraphs, metadata=metadata)


# A picture agency's credit on a line of its own, as a page copies a photo's credit over its
# caption (the BBC): "Getty Images", "Reuters", "EPA-EFE", "AFP via Getty Images"
_PICTURE_CREDIT = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*(?:/|via)\s*)?"
    r"(?:Getty\s+Images|Reuters|EPA(?:-EFE)?|AFP|AP(?:\s+Photo)?|PA(?:\s+Media|\s+Wire)?|"
    r"Shutterstock|Alamy|Anadolu(?:\s+Agency)?|Xinhua|ANP|Press\s+Association)"
    r"(?:\s*(?:/|via)\s*[\w .'’-]{1,40})?"
)
_ENDS_A_SENTENCE = re.compile(r"[.!?][\"”’']?\s*$")


_LINKS_HEADING = re.compile(
    r"(?:read\s+more|related(?:\s+stories|\s+articles|\s+coverage)?|more\s+on\s+this\s+story|"
    r"see\s+also|also\s+read|more\s+from\s+[\w\s]{1,30})\s*:?",
    re.IGNORECASE,
)
_BULLET = re.compile(r"[*•·–-]\s+\S")


def _links_under_a_heading(lines: list[_Line]) -> None:
    """'READ MORE:' on a line of its own, then "* Boil water notice extended ...": the bulleted
    headlines under a heading of links are links, no claims."""
    for index, line in enumerate(lines):
        if line.kind == "body" or not _LINKS_HEADING.fullmatch(line.text.strip()):
            continue
        for following in lines[index + 1 :]:
            if following.kind != "body" or not _BULLET.match(following.text):
                break
            following.kind = "furniture"


def _captions_under_a_credit(lines: list[_Line]) -> None:
    """The line under a picture credit that stands alone, when it has no full stop and is
    short, is the photo's caption ("Residents of Valdemora were moved to a sports hall in the
    neighbouring town" under "Getty Images": it had been a claim)."""
    for index in range(len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        if (
            following.kind == "body"
            and _PICTURE_CREDIT.fullmatch(line.text.strip())
            and not _ENDS_A_SENTENCE.search(following.text)
            and _word_count(following.text, 40) <= 35
        ):
            line.kind = "caption"
            following.kind = "caption"


# A news site's inline list of its other stories, as its page copies to text (Al Jazeera):
# "list of 3 items", then "list 1 of 3" over each headline, then "end of list".
_STORY_LIST_OPENS = re.compile(r"list of \d{1,2} items?", re.IGNORECASE)
_STORY_LIST_ENDS = re.compile(r"end of list", re.IGNORECASE)
_STORY_LIST_ITEM = re.compile(r"list \d{1,2} of \d{1,2}", re.IGNORECASE)


def _inline_story_lists(lines: list[_Line]) -> None:
    """Every line from "list of N items" to "end of list" is a link to another story (its
    headlines had been claims, one given to "UN" by "UN warns of ..."), when the lines between
    are the list's numbered items and their headlines."""
    for index, line in enumerate(lines):
        if not _STORY_LIST_OPENS.fullmatch(line.text.strip()):
            continue
        stop = min(len(lines), index + 2 + 4 * 12)
        end = next(
            (
                other
                for other in range(index + 1, stop)
                if _STORY_LIST_ENDS.fullmatch(lines[other].text.strip())
            ),
            None,
        )
        if end is None or not any(
            _STORY_LIST_ITEM.fullmatch(lines[other].text.strip()) for other in range(index, end)
        ):
            continue
        lines[index].kind = lines[end].kind = "link_list"
        for other in range(index + 1, end):
            lines[other].kind = "link"


# A list item's marker: "* ", "• ", "- ", "1. " (a list of key points, each a sentence).
_LIST_ITEM = re.compile(r"(?:[*•·▪►◦‣–—-]|\d{1,2}[.)])\s+(?=\S)")


# A live blog's timestamp opening an entry: "11:20 GMT — ", "9.45am - ", "14:05: ".
_LIVE_STAMP = re.compile(
    r"[0-2]?\d[:.][0-5]\d\s*(?:[ap]\.?m\.?\s*)?(?:GMT|BST|UTC|CET|CEST|EST|EDT|ET|PT|PST|PDT|local"
    r"\s+time)?\s*(?:[—–-]|:)\s+(?=\S)"
)
# A newsletter's section labels opening a paragraph (Axios, Politico Playbook, Semafor): no
# part of the claim, never a speaker.
_SECTION_LABEL = re.compile(
    r"(?:Why\ it\ matters|Driving\ the\ news|Between\ the\ lines|The\ big\ picture|"
    r"What['’]s\ next|Zoom\ (?:out|in)|By\ the\ numbers|What\ to\ watch|Yes,\ but|"
    r"What\ they['’]re\ saying|The\ bottom\ line|Bottom\ line|Flashback|State\ of\ play|"
    r"The\ other\ side|Reality\ check|Catch\ up\ quick|The\ intrigue|Be\ smart|The\ latest|"
    r"Our\ thought\ bubble|Threat\ level|The\ backstory|Where\ it\ stands|How\ it\ works|"
    r"What\ happened|The\ news|The\ view|Know\ more|The\ scoop|Room\ for\ disagreement)"
    r"\s*:\s+(?=\S)"
)
# A fact box's line: "Deaths: 40", "Injured: at least 120", "Homes destroyed: 3,000".
_FACT_LINE = re.compile(
    r"(?:[*•·▪►◦‣–—-]\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}:\s+(?:(?:about|around|at\s+least|more\s+than|over|some)\s+)?"
    r"[$£€]?\d[\d,.]*(?:\s+[\w%'’-]+){0,4}$"
)
_LIST_MARKS = frozenset("*•·▪►◦‣–—-0123456789")


def is_list_line(text: str, position: int) -> bool:
    """The line holding ``position`` opens with a list item's marker ("- ", "* ", "1. ")."""
    line_start = text.rfind("\n", 0, position) + 1
    if text[line_start : line_start + 1] not in _LIST_MARKS:
        return False  # most paragraphs: decided without the pattern
    return _LIST_ITEM.match(text, line_start) is not None and line_start <= position


# A fact box's item: a marker, a figure, and a few words of what it counts ("- 120,000
# homeless", "* $4bn in damage")
_FIGURE_ITEM = re.compile(
    r"(?:[*•·▪►◦‣–—-])\s+(?:about\s+|more\s+than\s+|over\s+|at\s+least\s+)?[$£€]?\d[\d,.]*"
    r"(?:bn|m|k|%)?(?:\s+[\w%'’(),-]+){1,5}$"
)


def _figure_item(line: str) -> bool:
    """An item of a fact box, counted as a claim when the item beside it is one too (a
    list of things to read, "- 10 ways to save", stands alone or among links)."""
    return bool(_FIGURE_ITEM.match(line))


def _is_list_item(line: str) -> bool:
    """A list item that says something ("* 12 schools were closed"), not a menu's entry or a
    link ("* Sport", "1. Floods in Kenya: the toll"): four words at least after its marker,
    one of them a verb in the present or past (by the part-of-speech lexicon)."""
    marker = _LIST_ITEM.match(line)
    if marker is None:
        return False
    words = re.findall(r"[\w'’-]+", line[marker.end() :])
    if len(words) < 4:
        return False
    tags = lexicon()
    # With a figure, a word that can be a verb is enough ("- Average debt rose to £1,400":
    # "rose" is most often a noun); without one, a word most often a verb.
    figure = _states_a_figure(line[marker.end() :], words)
    return any(
        word[:1].islower()
        and (
            word in _LIST_VERBS
            or tags.best(word) in ("VBD", "VBZ", "VBP", "MD")
            # ("- Stamp duty rises by two points", "- Thresholds frozen until 2030")
            or (
                figure
                and (
                    not FINITE_VERB_TAGS.isdisjoint(tags.tags(word))
                    or "VBN" in tags.tags(word)
                    or third_person_verb(word)
                )
            )
        )
        for word in words[1:]
    )


# Auxiliaries and verbs of saying a key point holds: "* The government will cut 12,000 jobs",
# "* Unions say the real number is higher".
_LIST_VERBS = frozenset(
    "will would could can may might must should has have had is are was were say says said "
    "claim claims".split()
)


def _in_a_list(lines: list[_Line], index: int) -> bool:
    """An item of a list of key facts, three words at least after its marker, next to another
    item: "- At least six dead, 14 in hospital", "- Ferry operator cancels all crossings" (a
    list's items say something, even without a verb the lexicon knows)."""
    marker = _LIST_ITEM.match(lines[index].text)
    item = lines[index].text[marker.end() :] if marker is not None else ""
    if len(item.split()) < 3 or not any(
        0 <= other < len(lines) and _LIST_ITEM.match(lines[other].text)
        for other in (index - 1, index + 1)
    ):
        return False
    if _READING_TIME.search(item):
        return False  # "* 3 min read"
    # a figure, or a word that can be a verb ("cancels", "known"): not a menu's entry or a
    # link ("* Floods in Kenya: the toll")
    words = re.findall(r"[\w'’-]+", item)
    if _states_a_figure(item, words):
        return True
    if ":" in item:
        return False  # (a headline's "X: the week in pictures")
    tags = lexicon()
    return any(
        word[:1].islower()
        and (not VERB_FORM_TAGS.isdisjoint(tags.tags(word)) or third_person_verb(word))
        for word in words[1:-1]
    )


def _states_a_figure(text: str, words: list[str]) -> bool:
    """A digit in ``text`` or a number word among its ``words``."""
    return any(character.isdigit() for character in text) or any(
        word.lower() in NUMBER_WORD_VALUES for word in words
    )


_READING_TIME = re.compile(r"\b\d+\s*(?:min|mins|minutes?)\s+(?:read|watch|listen)\b", re.I)


_TAGGED_LINE = re.compile(
    r",\s+(?:according\s+to\s+\S.*|(?:[\w'’.-]+\s+){0,5}(?:say|says|said|report|reports|reported|"
    r"told|warn|warns|warned)(?:\s+\S.*)?)$"
)


def _tagged_line(text: str) -> bool:
    return _word_count(text, 8) > 5 and _TAGGED_LINE.search(text) is not None


# Words that open a sentence in capitals, and inside one are written small ("The Hague", "The
# Guardian": a name, when a capital follows)
_SENTENCE_OPENERS = frozenset(
    "A An The This These Those It He She They We His Her Their Its".split()
)


def _wrapped_before(line: str, next_line: str) -> bool:
    """``line`` could be text wrapped onto ``next_line`` at a fixed width: the next line is no
    longer than this one and the word that did not fit on it (with a little slack), and does
    not open with a dateline. A long headline over its lead ("Man charged in fatal shooting
    outside Dayton-area bowling alley, police say" above "KETTERING, Ohio (AP) — A 27-year-old
    man ...") is no wrapped line."""
    first_word, _, rest = next_line.partition(" ")
    if len(next_line) > len(line) + len(first_word) + 6:
        return False
    if first_word in _SENTENCE_OPENERS and rest[:1].islower():
        return False  # "A driver who ...", "The man ...": a sentence opens, no wrapped one goes on
    return not any(
        pattern.match(next_line)
        for pattern in (_DATELINE, _OUTLET_DATELINE, _TITLE_CASE_DATELINE, _PRESS_WIRE_DATELINE)
    )


_ROUND_UP_OPENERS = frozenset("in elsewhere among also meanwhile separately".split())


def _classify_headings(lines: list[_Line]) -> None:
    """Decide between title, subheading and body for the lines not yet classified."""
    unclassified = [index for index, line in enumerate(lines) if not line.kind]
    widest = max((len(line.text) for line in lines), default=0)
    for position, index in enumerate(unclassified):
        line = lines[index]
        if position and (
            _is_list_item(line.text)
            or _in_a_list(lines, index)
            or _FACT_LINE.match(line.text)
            # summary bullets with their sources, one after another: "Turnout was 61% at noon,
            # officials say" (a headline's own tag, alone, stays a heading)
            or (
                _tagged_line(line.text)
                and any(
                    0 <= other < len(lines)
                    and _tagged_line(lines[other].text)
                    # (bullets end alike: a live entry's headline, "Readings 'reassuring',
                    # says health chief", over its paragraph is a heading)
                    and bool(_TERMINAL.search(lines[other].text))
                    == bool(_TERMINAL.search(line.text))
                    for other in (index - 1, index + 1)
                )
            )
            or (
                _figure_item(line.text)
                and any(
                    0 <= other < len(lines) and _figure_item(lines[other].text)
                    for other in (index - 1, index + 1)
                )
            )
        ):
            line.kind = "body"  # a key point, a figure of a fact box: no full stop, no heading
            continue
        next_line = lines[index + 1] if index + 1 < len(lines) else None
        continues = (
            next_line is not None
            and not next_line.blank_before
            and not next_line.kind
            and (
                next_line.text[:1].islower()
                or (
                    len(line.text) >= 60
                    # (text wrapped at a width has no line much wider than the wrapped ones)
                    and widest <= len(line.text) + 20
                    and _wrapped_before(line.text, next_line.text)
                )
            )
        )
        if (_is_headline_like(line.text) or _question_headline(lines, index)) and not continues:
            line.kind = "heading"
        elif (
            line.text.endswith(":")
            and _word_count(line.text, 10) <= 8
            and not any(word.strip(":") in CUE_VERBS for word in line.text.lower().split())
            and next_line is not None
            and _is_list_item(next_line.text)
        ):
            line.kind = "heading"  # "Key figures:" over its list: a list's heading
        elif (
            line.text.endswith(":")
            and _word_count(line.text, 10) <= 6
            and line.text.split()[0].lower() in _ROUND_UP_OPENERS
            and not any(word.strip(":") in CUE_VERBS for word in line.text.lower().split())
        ):
            # "In other commodity markets:", "Elsewhere in the currency market:": a round-up's
            # lead-in over its items, no claim
            line.kind = "heading"
        else:
            line.kind = "body"
        del position

    has_body = any(line.kind == "body" for line in lines)
    if not has_body:
        # Only headline-like lines: a one-line article, or a paste without full stops.
        # Take them as body rather than refuse them.
        for line in lines:
            if line.kind == "heading":
                line.kind = "body"
        return

    seen_body = False
    title_found = False
    for line in lines:
        if line.kind == "body":
            seen_body = True
        elif line.kind == "heading":
            if not seen_body and not title_found:
                line.kind = "title"
                title_found = True
            elif len(line.text.split()) <= 12 or not seen_body:
                line.kind = "subheading"
            else:
                line.kind = "body"


def _kicker_and_standfirst(lines: list[_Line]) -> None:
    """A page's top as news sites lay it out: a section's kicker over the headline
    ("Politics", "CONGRESS") is no title - the headline under it is; and the paragraph or
    two between the headline and the byline under it are the standfirst (the dek: "The
    president has told confidants he feels ...", a list of key points), furniture that the
    body says again, not claims."""
    # (a breadcrumb's or a site's line above it is no part of the page's top: "Home > News >
    # Transport" over the headline)
    top = [
        index
        for index, line in enumerate(lines)
        if line.kind and line.kind not in ("furniture", "breadcrumb")
    ][:3]
    titles = [index for index in top if lines[index].kind == "title"]
    if not titles and top and lines[top[0]].kind == "body":
        # "X would cost $19.4 billion, comptroller says. A think tank says it's closer to $26
        # billion." over a deck and "BY MARISOL TREVIÑO": a headline written in sentences, the
        # page's first line, its byline two lines under it at most
        first = top[0]
        byline = next(
            (
                index
                for index in range(first + 1, min(len(lines), first + 6))
                if lines[index].kind == "byline"
            ),
            None,
        )
        if (
            byline is not None
            and _word_count(lines[first].text, 45) <= 40
            and sum(1 for line in lines[first + 1 : byline] if line.kind == "body") <= 2
        ):
            lines[first].kind = "title"
            titles = [first]
    if not titles:
        return
    title = titles[0]
    following = next((index for index in range(title + 1, len(lines)) if lines[index].kind), None)
    if (
        following is not None
        and lines[following].kind == "subheading"
        and _word_count(lines[title].text, 4) <= 3
        and _word_count(lines[following].text, 8) > 3
    ):
        # "Politics" over "Hale privately fumes as Whitaker keeps him at arm's length"
        lines[title].kind, lines[following].kind = "subheading", "title"
        title = following
    byline = next(
        (
            index
            for index in range(title + 1, min(len(lines), title + 8))
            if lines[index].kind == "byline" or _name_over_date(lines, index)
        ),
        None,
    )
    if byline is None:
        return
    if lines[byline].kind != "byline":
        # DW's "Anna Kowalik" over "03/02/2025": the writer, and when
        lines[byline].kind, lines[byline + 1].kind = "byline", "date"
    between = [line for line in lines[title + 1 : byline] if line.kind in ("body", "subheading")]
    if between and len(between) <= 4 and sum(len(line.text) for line in between) <= 600:
        for line in between:
            line.kind = "standfirst"


_BARE_NAME = re.compile(
    r"^[A-Z][a-zà-ÿ'’-]+(?:\s+(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.|van|von|de|da|del|der|di|du|la|le|bin|al))*\s+[A-Z][a-zà-ÿ'’-]+$"
)


def _name_over_date(lines: list[_Line], index: int) -> bool:
    """A line that is only a person's name ("Anna Kowalik", two to five words) over a line
    that is only a date ("03/02/2025", "15 April 2025"): a byline as some sites set it."""
    line = lines[index]
    if line.kind != "subheading" or index + 1 >= len(lines) or len(line.text) > 60:
        return False
    # "Yuan Mingjie in Beijing" (the SCMP's): the writer, and where they write from
    name = _FROM_A_PLACE.sub("", line.text)
    if not _BARE_NAME.match(name) or len(name.split()) > 5:
        return False
    after = lines[index + 1].text
    if lines[index + 1].kind not in ("separator", "date") or _word_count(after, 6) > 5:
        return False
    return _NUMERIC_DATE.match(after) is not None or parse_date(after) is not None


_FROM_A_PLACE = re.compile(r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}$")
# "03/02/2025", "15.04.2025": a date in figures (which of day and month comes first, the site
# knows; only that it is a date matters here)
_NUMERIC_DATE = re.compile(r"^\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})$")


_NUMBERED_DATE_PART = re.compile(
    r"(?:\s*[|•·]\s*|\s+[-—–]\s+)(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<y>\d{4}|\d{2})\b.*$"
)


def _numbered_date(match: re.Match[str]) -> str | None:
    """A date in figures as ISO 8601 when which of day and month comes first shows (one of
    them above 12), else None: "05/14/27" is May 14; "03/12/2027" could be either."""
    first, second = int(match["a"]), int(match["b"])
    year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return None
    if not _valid_date(year, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _split_byline(line: str) -> dict[str, str | None]:
    """Read 'By X in Place | Outlet | Updated: date' into its parts."""
    found: dict[str, str | None] = {"byline": None, "dateline": None, "outlet": None}
    found["published"] = parse_date(line)
    dated = _NUMBERED_DATE_PART.search(line)
    if dated is not None:
        # "By X | 03/12/2027 06:00 AM EST", "BY X - 05/14/27 4:41 PM ET": a date in figures
        # after the name is no outlet and no part of the name
        found["published"] = found["published"] or _numbered_date(dated)
        line = line[: dated.start()].rstrip(" |-—–•·")
    if dated is None and _BARE_NAME.match(line):
        found["byline"] = line  # (only a name: _kicker_and_standfirst's byline over a date)
        return found
    for index, part in enumerate(re.split(r"\s*[|•·]\s*", line)):
        part = part.strip()
        if not part:
            continue
        if _BYLINE_START.match(part):
            author = re.sub(
                r"^(?:by\s*:?|author\s*:|written\s+by\s*:?)\s+", "", part, flags=re.IGNORECASE
            )
            role = _BYLINE_WITH_ROLE.match(part)
            if role is not None:
                author = author[: author.index(",")]  # "Priya Raman, a news writer ...": the name
            place = re.search(r"\s+in\s+([A-Z][\w .'-]*(?:,\s*[A-Z][\w .'-]*)*)$", author)
            if place:
                found["dateline"] = place.group(1).strip()
                author = author[: place.start()]
            # ("By JOHN CARVER Associated Press": the agency after the writer's name)
            author = _AGENCY_AFTER_A_NAME.sub("", author)
            found["byline"] = author.strip(" ,") or None
        elif _TIMESTAMP_WORD.search(part) or parse_date(part):
            continue
        elif index > 0 and found["outlet"] is None and len(part.split()) <= 5:
            found["outlet"] = part
    return found


_AGENCY_AFTER_A_NAME = re.compile(
    r"(?<=\w)(?:,)?\s+(?:The\s+)?(?:Associated\s+Press|Reuters|Bloomberg(?:\s+News)?|AFP|"
    r"Agence\s+France-Presse)\s*$"
)


def _read_metadata(text: str, lines: list[_Line]) -> tuple[ArticleMetadata, dict[int, int]]:
    title = outlet = byline = dateline = published = None
    furniture: list[FurnitureSpan] = []
    dateline_cut: dict[int, int] = {}  # body line start -> where its text begins after a dateline

    for line in lines:
        if line.kind == "body":
            continue
        furniture.append(FurnitureSpan(line.text, line.start, line.end, line.kind))
        if line.kind == "title" and title is None:
            title = line.text
            trailing = _TRAILING_DATE.search(title)
            if trailing is not None and trailing.start() > 10 and parse_date(trailing[0]):
                title = title[: trailing.start()].rstrip(" ,|-—–")
                published = published or parse_date(trailing[0])
        elif line.kind == "byline":
            parts = _split_byline(line.text)
            byline = byline or parts["byline"]
            dateline = dateline or parts["dateline"]
            outlet = outlet or parts["outlet"]
            published = published or parts["published"]
        elif line.kind == "date":
            published = published or parse_date(line.text)

    first_body = _dateline_line(lines)
    if first_body is not None:
        match = (
            _DATELINE.match(first_body.text)
            or _TITLE_CASE_DATELINE.match(first_body.text)
            or _HYPHEN_DATELINE.match(first_body.text)
            or _OUTLET_DATELINE.match(first_body.text)
            or _colon_dateline(first_body, lines)
            or _PRESS_WIRE_DATELINE.match(first_body.text)
            or _DATELINE_LINE.match(first_body.text)
            or _BRACKETED_DATELINE.match(first_body.text)
            or _FULL_STOP_DATELINE.match(first_body.text)
        )
        if match and (
            (
                _looks_like_dateline_place(match["place"])
                and match.re is not _DATELINE_LINE
                and match.re is not _FULL_STOP_DATELINE
            )
            or match.re is _BRACKETED_DATELINE
            or (
                match.re is _FULL_STOP_DATELINE
                and match["place"].lower() not in _NOT_DATELINE_WORDS
                and lexicon().best(match["place"].lower()) not in ("RB", "UH", "VB", "JJ")
            )
            or match.re is _TITLE_CASE_DATELINE
            or match.re is _HYPHEN_DATELINE
            or match.re is _OUTLET_DATELINE
            or match.re is _TITLE_COLON_DATELINE
            or match.re is _PRESS_WIRE_DATELINE
            or (
                match.re is _DATELINE_LINE
                and (match["outlet"] or (match["colon"] and not _labels_turns(first_body, lines)))
            )
        ):
            dateline = match["place"].strip() or None  # ("(CNN)": no place)
            if dateline is not None and dateline.split()[0].rstrip(".").lower() in MONTHS:
                dateline = None  # UPI's "Oct. 13 (UPI) --": a date, no place
            if match["outlet"] and outlet is None:
                outlet = match["outlet"].strip()
            cut = first_body.start + match.end()
            furniture.append(_dateline_span(text, first_body.start, cut))
            dateline_cut[first_body.start] = cut
            for later, cut in _briefs_datelines(lines, first_body.start):
                furniture.append(_dateline_span(text, later, cut))
                dateline_cut[later] = cut

    furniture.sort(key=lambda span: span.start)
    metadata = ArticleMetadata(
        title=title,
        outlet=outlet,
        byline=byline,
        dateline=dateline,
        published=published,
        furniture=tuple(furniture),
    )
    return metadata, dateline_cut


# "Taipei, Taiwan — The festival ...": a place in title case, then a dash with spaces round it
# (the upper-case "KHARTOUM (Reuters) -" is _DATELINE's).
_TITLE_CASE_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'-]+(?:\ [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'-]+){0,2}"
    r"(?:,\ [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'-]+(?:\ [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'-]+){0,2})?)"
    r"(?P<outlet>)\s+[—–]\s+(?=[A-Z\"“])"
)
# A place in brackets and a dash: "(LYON) — About 300 tractors ..."
_BRACKETED_DATELINE = re.compile(
    r"^\((?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.' -]{1,30})\)(?P<outlet>)\s*[—–-]{1,2}\s+(?=[A-Z\"“])"
)
# The Citizen's place and a full stop opening the lead: "Dodoma. The government has ..."
_FULL_STOP_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'-]{2,}(?:\ [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'-]+)?"
    # ("Dar es Salaam. The government ...": a particle inside the place's name)
    r"|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'-]{2,}\ (?:es|de|del|la|el|al|da|do|di|du|van|von|bin|ul)"
    r"\ [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'-]+)(?P<outlet>)\.\s+"
    r"(?=(?:The|A|An|Police|Residents|Officials|Government|President|At|In|On)\s)"
)
_NOT_DATELINE_WORDS = frozenset(
    "yes no thanks okay well sorry police officials residents government president".split()
)
# ... with a hyphen, only after a city and its country: "Athens, Greece - Greek coastguard ..."
_HYPHEN_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'-]+(?:\ [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'-]+){0,2}"
    r",\ [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'-]+(?:\ [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'-]+){0,2})"
    r"(?P<outlet>)\s+-\s+(?=[A-Z\"“])"
)


# "Jakarta (AFP) - ", "(Bloomberg) -- ": a wire's name in brackets, maybe after a place in title
# case, then a dash (or none, before a capital).
_OUTLET_DATELINE = re.compile(
    # (or in capitals, as EFE and ANSA write it: "LIMA, Jun 2 (EFE).- ")
    r"^(?P<place>(?:[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ.'-]+|[A-ZÀ-ÖØ-Þ.'-]+)"
    r"(?:\ [A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ.'-]+|[A-ZÀ-ÖØ-Þ.'-]+)){0,2}"
    r"(?:,\ [A-ZÀ-ÖØ-Þ][\w.'-]+(?:\ [\w.'-]+){0,2}){0,2})?)"
    # AFP's country in brackets before the agency: "Malatya (Turkey) (AFP) - "
    r"(?:\ \([A-ZÀ-ÖØ-Þ][\w.'-]*(?:\ [A-ZÀ-ÖØ-Þ][\w.'-]*){0,3}\))?"
    # a day after a month ("May 14 (Reuters) - "): Reuters' dateline without its place
    r"(?:,?\ [0-3]?\d)?\s*"
    r"\((?P<outlet>(?:AFP|AP|Reuters|Bloomberg|dpa|Xinhua|PA|ANSA|EFE|Kyodo|Yonhap|UPI|"
    r"CNN|BBC|Anadolu|TASS|Interfax|IANS|PTI|Bernama|Antara)[^()]{0,20})\)\.?"
    # (PTI's copy runs on without a dash: "New Delhi, Mar 14 (PTI) The death toll ...";
    # CNN's without a space: "(CNN)Donald Trump's campaign ...")
    r"(?:\s*[-—–]{1,2}\s+|\s*(?=[A-Z\"“]))(?=\S)"
)


# "BENGALURU: The State government has ...", "NEW DELHI: ..." (South Asian dailies): a place
# in capitals and a colon. A transcript's speaker label ("HOLT: Do you ...") looks the same, so
# it is a dateline only when no other body line opens with such a label.
_COLON_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ]{3,}(?:\ [A-ZÀ-ÖØ-Þ]{2,}){0,2})(?P<outlet>):\s+(?=[A-Z\"“])"
)
# "Mumbai: The Enforcement Directorate ...": a place in title case and a colon (a word the
# lexicon does not know as an ordinary one: not "Update:", "Note:")
_TITLE_COLON_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}(?:\ [A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})?)(?P<outlet>):\s+"
    r"(?=(?:The|A|An|[A-Z][a-z]+\ [A-Z])\b)"
)
# "RENO, Nev., May 6, 2025 /PRNewswire/ -- ": a press wire's dateline
_PRESS_WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][\w.'-]+(?:\ [A-ZÀ-ÖØ-Þ][\w.'-]+){0,3}(?:,\ [\w.' ]{2,20}){0,3})\s*"
    r"/(?P<outlet>[A-Za-z][\w -]{2,30})/\s*(?:[-—–]{1,2}\s+|\.\s+|\s+(?=[A-Z\"“]))(?=\S)"
)
_LABEL = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'-]+(?:,[^:]{0,40})?:\s")
# A dateline that is a line of its own: "New Delhi:", "MOSCOW, 22 Nov - RIA Novosti.",
# "CHENNAI" (a place, maybe a date, maybe a dash and an agency, nothing else; a place in
# title case counts with a colon or an agency)
_DATELINE_LINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][\w.'’-]+(?:\ [A-ZÀ-ÖØ-Þ][\w.'’-]+){0,2})"
    r"(?:,\ (?:\d{1,2}\ [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\ \d{1,2})(?:,\ (?:19|20)\d\d)?)?"
    r"(?:\s+[-—–]\s+(?P<outlet>[A-Z][\w]+(?:\ [A-Z][\w]+)?))?\s*(?P<colon>:)?\.?\s*$"
)


def _colon_dateline(first_body: _Line, lines: list[_Line]) -> re.Match[str] | None:
    match = _COLON_DATELINE.match(first_body.text)
    if match is None:
        match = _TITLE_COLON_DATELINE.match(first_body.text)
        if match is None or any(
            tag not in ("NNP", "NNPS") for tag in lexicon().tags(match["place"].split()[0])
        ):
            return None
        if any(
            line.kind == "body" and line is not first_body and _TITLE_LABEL.match(line.text)
            for line in lines
        ):
            return None  # "Holt: Do you accept ...": a transcript's labels
    if any(
        line.kind == "body" and line is not first_body and _LABEL.match(line.text) for line in lines
    ):
        return None
    return match


def _dateline_line(lines: list[_Line]) -> _Line | None:
    """The body line a dateline may open: the first - or, when a standfirst of a paragraph
    or two stands before the byline, the first after the byline ("FLORISSANT, Mo. — Parents
    ...") when it opens with an upper-case dateline."""
    body = [line for line in lines if line.kind == "body"]
    if not body:
        return None
    byline = next((index for index, line in enumerate(lines) if line.kind == "byline"), None)
    if byline is not None:
        after = next(
            (line for line in lines[byline + 1 :] if line.kind == "body"),
            None,
        )
        if (
            after is not None
            and after is not body[0]
            and body.index(after) <= 2
            and (_DATELINE.match(after.text) or _OUTLET_DATELINE.match(after.text))
            and _looks_like_dateline_place(
                (_DATELINE.match(after.text) or _OUTLET_DATELINE.match(after.text))["place"]
            )
        ):
            return after
    for line in body[1:3]:
        # "MANILA, Philippines – A contract ..." after a one-sentence deck the page gave no
        # mark of (a byline of two names not read as one)
        match = _DATELINE.match(line.text)
        if (
            match is not None
            and match["place"].split(",")[0].isupper()
            and _looks_like_dateline_place(match["place"])
            and not _DATELINE.match(body[0].text)
            and len(body[0].text) < 300
        ):
            return line
    return body[0]


def _labels_turns(first_body: _Line, lines: list[_Line]) -> bool:
    """Another body line opens with a speaker's label or is one ("HOLT:", "Smith:"): the
    first line's "Name:" is a transcript's label too, no dateline."""
    return any(
        line.kind == "body"
        and line is not first_body
        and (
            _LABEL.match(line.text)
            or _TITLE_LABEL.match(line.text)
            or (_DATELINE_LINE.match(line.text) and line.text.rstrip().endswith(":"))
        )
        for line in lines
    )


def _dateline_span(text: str, start: int, cut: int) -> FurnitureSpan:
    """The dateline from ``start`` to ``cut`` as furniture, its text equal to its slice (the
    space before the body left out)."""
    kept = text[start:cut].rstrip()
    return FurnitureSpan(kept, start, start + len(kept), "dateline")


def _briefs_datelines(lines: list[_Line], after: int) -> Iterator[tuple[int, int]]:
    """A page of briefs gives each item its dateline ("LAKE PLACID — A 45-year-old ...", "May
    14 (Reuters) - Quill Motors ..."), in capitals with its dash or with a wire in brackets,
    at the start of a paragraph after the first: each one's (start, cut)."""
    for line in lines:
        if line.kind != "body" or line.start <= after or not line.blank_before:
            continue
        item = _DATELINE.match(line.text)
        if item is None or not _looks_like_dateline_place(item["place"]):
            item = _OUTLET_DATELINE.match(line.text)
            if item is None or not item["outlet"]:
                continue
        yield line.start, line.start + item.end()


def _looks_like_dateline_place(place: str) -> bool:
    head = place.split(",")[0]
    letters = [char for char in head if char.isalpha()]
    return len(letters) >= 2 and all(char.isupper() for char in letters)


# A transcript speaker's label standing alone on its line: "NORA BELLWEATHER, HOST:", "MS
# VARGA:" (capitals, a role after a comma)
_LABEL_ONLY = re.compile(r"[A-Z][A-Z.'’ -]{1,40}(?:,\s+[A-Z][A-Za-z .'’-]{1,30})?:")


def _paragraphs(lines: list[_Line], dateline_cut: dict[int, int]) -> list[tuple[int, int]]:
    """Body paragraphs: runs of body lines, joining lines that wrap mid-sentence."""
    paragraphs: list[tuple[int, int]] = []
    current: list[int] | None = None
    previous: _Line | None = None
    for line in lines:
        if line.kind != "body":
            current = None
            previous = line
            continue
        start = dateline_cut.get(line.start, line.start)
        item = _LIST_ITEM.match(line.text) if line.text[:1] in _LIST_MARKS else None
        if item is not None:
            start = line.start + item.end()  # the claim starts after the list's marker
        elif _FACT_LINE.match(line.text):
            item = _FACT_LINE.match(line.text)  # "Deaths: 40": a paragraph of its own
        elif line.text[:1].isdigit() and (stamp := _LIVE_STAMP.match(line.text)) is not None:
            start = max(start, line.start + stamp.end())  # "11:20 GMT — Rescuers pulled ..."
            item = stamp
        elif ":" in line.text[:28] and (label := _SECTION_LABEL.match(line.text)) is not None:
            start = max(start, line.start + label.end())  # "Why it matters: The move ..."

        wraps = (
            current is not None
            and previous is not None
            and previous.kind == "body"
            and not line.blank_before
            and not _TERMINAL.search(previous.text)
            and item is None  # each item of a list is a paragraph of its own
        ) or (
            # a speaker's label on a line of its own, over what they say: one turn
            current is not None
            and previous is not None
            and previous.kind == "body"
            and _LABEL_ONLY.fullmatch(previous.text.strip()) is not None
        )
        if wraps and current is not None:
            current[1] = line.end
        else:
            current = [start, line.end]
            paragraphs.append(current)  # type: ignore[arg-type]
        previous = line
    return [(start, end) for start, end in paragraphs if end > start]
