"""Fill the desk with a national newsroom's worth of synthetic, realistic data.

    python manage.py generate_demo_data --articles 10000            # 1,000,000 claims
    python manage.py generate_demo_data --articles 100 --claims-per-article 20 --seed 7

Articles are built by recombining news-style sentences (claimants, cue verbs, statistics,
quotes, allegations and their denials); every claim's offsets point into its article's body,
inside its sentence, exactly as the extractor would store them. Around the claims: sources and
claim–source links, relations (denies, contradicts, supports), review notes, history events
spread over the last 30 days, and the reminders a sweep would already have sent.

- Deterministic: each article is drawn from its own generator seeded by (--seed, its number),
  so a seed gives the same data whatever --batch-size; --now pins the clock as well.
- Run it again and it adds more: article numbers continue after the highest one generated so
  far (their URLs carry the number), so content hashes, URLs, ordinals and notification keys
  never collide. Users and sources are reused by name.
- Fast: on PostgreSQL rows go in with COPY (psycopg), a batch per transaction; 1,000,000 claims
  take minutes. On SQLite, batched executemany INSERTs (meant for small numbers).
  Row ids are reserved from the tables' sequences up front: run it on a quiet database.
"""

from __future__ import annotations

import functools
import itertools
import json
import random
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from claims import roles
from claims.models import (
    Article,
    Claim,
    ClaimEvent,
    ClaimRelation,
    ClaimSource,
    Notification,
    ReviewNote,
    Source,
    body_hash,
)

URL_PREFIX = "https://news.demo.claimdesk.example/story/"

# --- vocabulary --------------------------------------------------------------------------------

FIRST_NAMES = (
    "Ana", "Tom", "Leila", "Marek", "Grace", "Kwame", "Sofia", "Daniel", "Amira", "Jonas",
    "Priya", "Luis", "Hannah", "Omar", "Ingrid", "Chen", "Fatima", "Pedro", "Nadia", "Ruth",
    "Tariq", "Elena", "Samuel", "Yuki", "Karim", "Olga", "Joseph", "Mei", "Ahmed", "Clara",
)  # fmt: skip
SURNAMES = (
    "Ruiz", "Hale", "Haddad", "Nowak", "Okafor", "Mensah", "Rossi", "Fischer", "Khalil",
    "Berg", "Sharma", "Moreno", "Weber", "Farouk", "Larsen", "Wang", "Diallo", "Costa",
    "Petrova", "Adler", "Aziz", "Popescu", "Osei", "Tanaka", "Nasser", "Ivanova", "Mwangi",
    "Lin", "Hassan", "Dubois",
)  # fmt: skip
TITLES = (
    "Finance Minister", "Health Minister", "Interior Minister", "Defence Minister", "Mayor",
    "Governor", "opposition leader", "police spokesman", "army spokeswoman", "Senator",
    "chief executive", "union leader", "Professor", "Dr", "prosecutor",
)  # fmt: skip
ORGANISATIONS = (
    "the World Health Organization", "Amnesty International", "Human Rights Watch",
    "the Red Cross", "the International Monetary Fund", "the World Bank", "Greenpeace",
    "the Syrian Observatory for Human Rights", "Transparency International", "Oxfam",
    "the chamber of commerce", "the teachers' union", "the employers' federation",
    "the football federation", "the national airline", "the energy regulator",
    "Doctors Without Borders", "the UN refugee agency", "the electoral commission",
    "the central bank",
)  # fmt: skip
GOVERNMENT = (
    "the government", "the ministry", "the Interior Ministry", "the Health Ministry",
    "the Finance Ministry", "the Defence Ministry", "the Education Ministry", "police",
    "the army", "the prime minister's office", "the presidency", "the city council",
    "the regional government", "the foreign ministry", "the statistics office",
)  # fmt: skip
MEDIA = (
    "state television", "Al-Arabiya", "the BBC", "Reuters", "a local newspaper",
    "the state news agency", "a YouTube video", "a radio station",
)  # fmt: skip
GROUPS = (
    "activists", "residents", "witnesses", "observers", "protesters", "doctors", "farmers",
    "opposition groups", "analysts", "economists",
)  # fmt: skip
ANONYMOUS = (
    "a senior official", "a source close to the talks", "a diplomat", "a security source",
)  # fmt: skip
SUBJECTS = (
    "the government", "the ministry", "the central bank", "the company", "the city council",
    "the opposition", "the regional governor", "the hospital", "the school board", "police",
    "the army", "the mayor", "the airline", "the union", "the energy regulator",
    "the Health Ministry", "the prime minister", "the president", "the rebels", "the club",
)  # fmt: skip
PLACES = (
    "Aleppo", "the capital", "Nairobi", "Lagos", "Lyon", "Manchester", "Kharkiv", "Mindanao",
    "the border region", "Deir el-Zour", "the north of the country", "Porto Alegre",
    "the southern provinces", "the coastal towns", "Dhaka", "Bogota",
)  # fmt: skip
TIMES = (
    "last year", "in March", "on Tuesday", "since January", "over the past decade",
    "this month", "in 2022", "during the first quarter", "last week", "since the election",
    "", "", "",
)  # fmt: skip
THINGS = (
    "new hospitals", "road repairs", "consultants", "the new stadium", "flood defences",
    "school meals", "the border fence", "military equipment", "renewable energy",
    "public housing", "the vaccination campaign", "police overtime", "the metro extension",
)  # fmt: skip
PEOPLE_SUBJECTS = ("the regional governor", "the mayor", "the prime minister", "the president")
MONTHS = ("January", "March", "May", "July", "September", "November")
CURRENCIES = ("euros", "dollars", "pounds", "shillings")


def _money(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.randint(2, 950)} million {rng.choice(CURRENCIES)}"
    return f"{rng.randint(1, 40)}.{rng.randint(1, 9)} billion {rng.choice(CURRENCIES)}"


def _pct(rng: random.Random) -> str:
    return f"{rng.randint(1, 60)}.{rng.randint(0, 9)}"


def _count(rng: random.Random) -> str:
    return f"{rng.choice((rng.randint(12, 990), rng.randint(1_000, 99_000))):,}"


# Each clause is (kind, template); {s} subject, {p} place, {t} time, {x} thing, {m} money,
# {n} count, {c} percentage, {mo} month. Statistics carry numbers; predictions look ahead.
CLAUSES = (
    ("statistic", "{n} people were killed in {p} {t}"),
    ("statistic", "unemployment rose to {c} percent {t}"),
    ("statistic", "inflation fell to {c} percent in {mo}"),
    ("statistic", "{n} homes in {p} were left without power after the storm"),
    ("statistic", "the budget deficit reached {m} {t}"),
    ("statistic", "more than {n} people have been displaced since {mo}"),
    ("statistic", "turnout in {p} was {c} percent"),
    ("statistic", "{s} hired {n} new staff {t}"),
    ("statistic", "{s} spent {m} on {x} {t}"),
    ("statistic", "{s} has received {n} complaints about {x} {t}"),
    ("statistic", "{s} approved {m} for {x}"),
    ("statistic", "crime in {p} fell by {c} percent {t}"),
    ("statistic", "{n} cases of measles were recorded in {p} {t}"),
    ("statistic", "waiting times at {p} hospitals doubled {t}"),
    ("estimate", "as many as {n} people are still missing in {p}"),
    ("estimate", "the damage in {p} could cost {m}"),
    ("prediction", "the new plant will create {n} jobs in {p}"),
    ("prediction", "prices will rise by {c} percent next year"),
    ("prediction", "{s} will balance the budget by 2027"),
    ("statement", "{s} was not consulted before the decision on {x}"),
    ("statement", "{s} had no knowledge of the payments for {x}"),
    ("statement", "the talks collapsed after {s} walked out"),
    ("statement", "the bridge in {p} had failed two safety inspections"),
    ("statement", "{s} has never received money from foreign donors"),
    ("statement", "the vaccine is safe for children"),
    ("statement", "the contract for {x} was awarded without a tender"),
    ("statement", "{s} ignored repeated warnings about {x}"),
    ("accusation", "{s} used cluster bombs in {p}"),
    ("accusation", "{s} misled parliament about {x}"),
    ("accusation", "{s} rigged the vote in {p}"),
    ("accusation", "{s} diverted money meant for {x}"),
)
FILLER = (
    "The announcement came after weeks of speculation.",
    "Reporters were not allowed into the building.",
    "The talks are due to resume next week.",
    "It was not immediately clear what prompted the decision.",
    "Calls to the ministry went unanswered on Sunday.",
    "The figures are published every three months.",
    "A full report is expected before the end of the year.",
    "Security was tight around the parliament building.",
    "The story is developing and will be updated.",
    "Both sides have traded accusations for months.",
    "Local elections are scheduled for the spring.",
    "The region has been hit by repeated floods.",
)
OUTLETS = (
    "The Daily Ledger", "Northern Courier", "Metro Herald", "The Continental", "Coastal Times",
    "Capital Post", "Evening Standard-Bearer", "The Observer Review", "Valley News",
    "The National Wire", "Global Dispatch", "Harbour Gazette",
)  # fmt: skip
DESKS = ("World", "Politics", "Business", "Health", "Science", "Climate", "Local", "Sport")
DATELINES = (
    "LONDON", "BEIRUT", "NAIROBI", "PARIS", "BRUSSELS", "WASHINGTON", "LAGOS", "DHAKA",
    "KYIV", "BOGOTA", "MANILA", "GENEVA",
)  # fmt: skip
HEADLINE_PREFIXES = ("", "", "", "Analysis: ", "Live: ", "Fact check: ", "Exclusive: ")
CUES_SAID = (
    "said", "told reporters", "said in a statement", "announced", "claimed", "told AFP",
    "wrote on social media", "insisted",
)  # fmt: skip
EVIDENCE = (
    ("document", "annual report"), ("dataset", "open data portal"),
    ("document", "court filing"), ("video", "verified footage"),
    ("dataset", "census tables"), ("document", "audit"),
)  # fmt: skip
NOTES = (
    "Asked the press office for the underlying figures.",
    "The number matches the official release, checked against the PDF.",
    "Two independent sources contradict this.",
    "Waiting for the ministry to call back.",
    "The quote appears in the full video at 03:12.",
    "Archived the original post before it was deleted.",
)

STATUS_WEIGHTS = (
    ("new", 0.34),
    ("in_review", 0.26),
    ("verdict_proposed", 0.08),
    ("signed_off", 0.22),
    ("dismissed", 0.10),
)
PATHS = {
    "new": ("new",),
    "in_review": ("new", "in_review"),
    "verdict_proposed": ("new", "in_review", "verdict_proposed"),
    "signed_off": ("new", "in_review", "verdict_proposed", "signed_off"),
    "dismissed": ("new", "dismissed"),
}
VERDICTS = (
    ("true", 0.22),
    ("mostly_true", 0.18),
    ("half_true", 0.12),
    ("misleading", 0.14),
    ("mostly_false", 0.1),
    ("false", 0.16),
    ("unproven", 0.08),
)
BASE_WORTHINESS = {
    "statistic": 0.72,
    "estimate": 0.62,
    "accusation": 0.66,
    "denial": 0.5,
    "quote": 0.45,
    "statement": 0.42,
    "prediction": 0.35,
}


def _weighted(rng: random.Random, table) -> str:
    point, total = rng.random(), 0.0
    for value, weight in table:
        total += weight
        if point < total:
            return value
    return table[-1][0]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _source_name(claimant: str) -> str:
    return _capital(claimant.removeprefix("the ").removeprefix("a "))


def claimant_pool() -> list[tuple[str, str]]:
    """(claimant as written, source kind), the same list on every run."""
    rng = random.Random("claimants")
    people = sorted(
        {
            f"{rng.choice(TITLES)} {rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
            for _ in range(400)
        }
    )
    pool = (
        [(name, "person") for name in people]
        + [(name, "organisation") for name in ORGANISATIONS]
        + [(name, "government") for name in GOVERNMENT]
        + [(name, "media") for name in MEDIA]
        + [(name, "group") for name in GROUPS]
    )
    named = {name for name, _ in pool}
    # Whoever a clause is about can answer it (deny an allegation).
    for subject in SUBJECTS:
        if subject not in named:
            pool.append((subject, "person" if subject in PEOPLE_SUBJECTS else "organisation"))
    return pool


def evidence_pool() -> list[tuple[str, str, str]]:
    """(name, kind, url) of documents, datasets and videos used as evidence."""
    pool = []
    for subject in dict.fromkeys(SUBJECTS + ORGANISATIONS):
        for index, (kind, label) in enumerate(EVIDENCE):
            name = f"{_source_name(subject)} {label}"
            slug = name.lower().replace(" ", "-").replace("'", "")
            pool.append((name, kind, f"https://evidence.demo.claimdesk.example/{slug}-{index}"))
    return pool


# --- one article -------------------------------------------------------------------------------


@dataclass
class Context:
    """What every article draws from: people, sources, the clock and the options."""

    now: datetime
    checkers: list[int]
    editors: list[int]
    claimant_sources: dict[tuple[str, str], int]  # (claimant, source kind) -> source id
    evidence_sources: list[int]
    anonymous_source: int
    claims_per_article: int
    overdue_share: float
    leads: dict[int, int]  # priority -> minutes before verify_by


@dataclass
class Rows:
    articles: list[tuple] = field(default_factory=list)
    claims: list[tuple] = field(default_factory=list)
    claim_sources: list[tuple] = field(default_factory=list)
    relations: list[tuple] = field(default_factory=list)
    notes: list[tuple] = field(default_factory=list)
    events: list[tuple] = field(default_factory=list)
    notifications: list[tuple] = field(default_factory=list)


def _clause(rng: random.Random, template: str, subject: str) -> str:
    text = template.format(
        s=subject,
        p=rng.choice(PLACES),
        t=rng.choice(TIMES),
        x=rng.choice(THINGS),
        m=_money(rng),
        n=_count(rng),
        c=_pct(rng),
        mo=rng.choice(MONTHS),
    )
    return " ".join(text.split())


@dataclass
class Sentence:
    text: str
    claim: tuple[int, int] | None = None
    claimant: tuple[int, int] | None = None
    cue: tuple[int, int] | None = None
    claimant_text: str = ""
    claimant_kind: str = ""
    source_key: tuple[str, str] = ("", "")
    cue_text: str = ""
    kind: str = "statement"
    flags: frozenset = frozenset()
    anonymous: bool = False
    relation: tuple[str, int] | None = None  # (type, index of the claim it points to)


def _sentence(parts: list[tuple[str, str]], **extra) -> Sentence:
    """Join (text, role) parts; roles "claim", "claimant" and "cue" become spans."""
    spans, text = {}, ""
    for piece, role in parts:
        if role:
            spans[role] = (len(text), len(text) + len(piece))
        text += piece
    return Sentence(
        text=text,
        claim=spans.get("claim"),
        claimant=spans.get("claimant"),
        cue=spans.get("cue"),
        **extra,
    )


def _claim_sentence(
    rng: random.Random, clause: str, kind: str, claimant: str, source_kind: str, style: str
) -> Sentence:
    """One sentence that attributes `clause` to `claimant`, in one of the news styles."""
    flags = {"statistic"} if kind == "statistic" else set()
    who = _capital(claimant)
    extra = {"claimant_kind": source_kind, "kind": kind, "source_key": (claimant, source_kind)}
    if style == "inverted":
        cue = rng.choice(("said", "said on Monday", "told reporters", "announced"))
        parts = [(_capital(clause), "claim"), (", ", ""), (claimant, "claimant"), (" ", "")]
        parts += [(cue, "cue"), (".", "")]
    elif style == "according":
        parts = [("According to", "cue"), (" ", ""), (claimant, "claimant"), (", ", "")]
        parts += [(clause, "claim"), (".", "")]
    elif style == "quote":
        cue = "said"
        extra["kind"] = "quote" if kind == "statement" else kind
        flags.add("direct_quote")
        parts = [('"', ""), (_capital(clause), "claim"), (',"', ""), (" ", "")]
        parts += [(claimant, "claimant"), (" ", ""), (cue, "cue"), (".", "")]
    elif style == "alleged":
        cue = rng.choice(("alleged", "claimed", "charged"))
        extra["kind"] = "accusation"
        parts = [(who, "claimant"), (" ", ""), (cue, "cue"), (" that ", ""), (clause, "claim")]
        parts += [(".", "")]
    elif style == "denied":
        cue = "denied"
        extra["kind"] = "denial"
        parts = [(who, "claimant"), (" ", ""), (cue, "cue"), (" that ", ""), (clause, "claim")]
        parts += [(".", "")]
    elif style == "anonymous":
        cue = "said"
        flags.add("anonymous_source")
        parts = [(who, "claimant"), (", who spoke on condition of anonymity, ", "")]
        parts += [(cue, "cue"), (" ", ""), (clause, "claim"), (".", "")]
    elif style == "unverified":
        cue = rng.choice(("said", "claimed"))
        flags.add("unverified")
        parts = [(who, "claimant"), (" ", ""), (cue, "cue"), (" ", ""), (clause, "claim")]
        parts += [(", a claim that could not be independently verified.", "")]
    elif style == "hedged":
        cue = rng.choice(("suggested", "indicated"))
        flags.add("hedged")
        parts = [(who, "claimant"), (" ", ""), (cue, "cue"), (" that ", ""), (clause, "claim")]
        parts += [(".", "")]
    elif style == "estimated":
        cue = "estimated"
        extra["kind"] = "estimate"
        parts = [(who, "claimant"), (" ", ""), (cue, "cue"), (" that ", ""), (clause, "claim")]
        parts += [(".", "")]
    else:  # plain "X said Y"
        cue = rng.choice(CUES_SAID)
        parts = [(who, "claimant"), (" ", ""), (cue, "cue"), (" ", ""), (clause, "claim")]
        parts += [(".", "")]
    sentence = _sentence(parts, flags=frozenset(flags), anonymous=source_kind == "anonymous")
    sentence.cue_text = sentence.text[sentence.cue[0] : sentence.cue[1]]
    sentence.claimant_text = sentence.text[sentence.claimant[0] : sentence.claimant[1]]
    for name, value in extra.items():
        setattr(sentence, name, value)
    return sentence


STYLES = (
    ("said", 0.34),
    ("inverted", 0.18),
    ("according", 0.12),
    ("quote", 0.1),
    ("unverified", 0.06),
    ("hedged", 0.06),
    ("estimated", 0.05),
    ("alleged", 0.09),
)


def _article_sentences(rng: random.Random, ctx: Context, claimants) -> list[Sentence]:
    """The article's sentences in order: claims (some in related pairs) and filler."""
    wanted = ctx.claims_per_article
    out: list[Sentence] = []
    made = 0
    while made < wanted:
        if rng.random() < 0.2:
            out.append(Sentence(text=rng.choice(FILLER)))
            continue
        claimant, source_kind = rng.choice(claimants)
        if rng.random() < 0.04:
            claimant, source_kind = rng.choice(ANONYMOUS), "anonymous"
        subject = rng.choice(SUBJECTS)
        kind, template = rng.choice(CLAUSES)
        clause = _clause(rng, template, subject)
        pair = rng.random() if wanted - made >= 2 else 1.0
        if pair < 0.03 or (pair < 0.06 and kind == "accusation"):
            # An allegation and its denial by the one accused.
            out.append(_claim_sentence(rng, clause, kind, claimant, source_kind, "alleged"))
            denier = next(c for c in claimants if c[0] == subject)
            denial = _claim_sentence(rng, clause, kind, denier[0], denier[1], "denied")
            denial.relation = ("denies", made)
            out.append(denial)
            made += 2
        elif pair < 0.05 and kind == "statistic":
            # The same figure given differently by two claimants.
            out.append(_claim_sentence(rng, clause, kind, claimant, source_kind, "said"))
            other, other_kind = rng.choice(claimants)
            rival = _claim_sentence(
                rng, _clause(rng, template, subject), kind, other, other_kind, "inverted"
            )
            rival.relation = ("contradicts", made)
            out.append(rival)
            made += 2
        elif pair < 0.07:
            out.append(_claim_sentence(rng, clause, kind, claimant, source_kind, "said"))
            other, other_kind = rng.choice(claimants)
            backer = _claim_sentence(rng, clause, kind, other, other_kind, "according")
            backer.relation = ("supports", made)
            out.append(backer)
            made += 2
        else:
            style = "anonymous" if source_kind == "anonymous" else _weighted(rng, STYLES)
            out.append(_claim_sentence(rng, clause, kind, claimant, source_kind, style))
            made += 1
    return out


def _times(rng: random.Random, start: datetime, end: datetime, count: int) -> list[datetime]:
    """`count` increasing instants between start and end, whole seconds."""
    span = max((end - start).total_seconds(), float(count))
    points = sorted(rng.uniform(0, span) for _ in range(count))
    return [(start + timedelta(seconds=int(point))) for point in points]


def build_article(
    number: int, seed: int, ctx: Context, article_id: int, first_claim_id: int, rows: Rows
) -> int:
    """Append article `number`'s rows (and its claims', sources', notes', events'...) to `rows`;
    returns how many claims it has."""
    rng = random.Random(f"{seed}:{number}")
    claimants = list(ctx.claimant_sources)
    sentences = _article_sentences(rng, ctx, claimants)
    now = ctx.now
    created_at = now - timedelta(seconds=rng.randint(600, 30 * 86400))
    published_at = created_at - timedelta(minutes=rng.randint(5, 600))
    if rng.random() < ctx.overdue_share:
        verify_by = now - timedelta(minutes=rng.randint(70, 3 * 1440))
    else:
        verify_by = now + timedelta(minutes=rng.randint(60, 10 * 1440))
    verify_by = verify_by.replace(second=0)
    desk = rng.choice(DESKS)
    outlet = rng.choice(OUTLETS)
    dateline = rng.choice(DATELINES)
    reporter = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
    editor_name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
    creator = rng.choice(ctx.checkers)

    # The body: paragraphs of one to three sentences, then the sign-off with the story number.
    body = f"{dateline} ({outlet}) — "
    placed: list[tuple[Sentence, int]] = []
    index = 0
    while index < len(sentences):
        size = rng.choice((1, 2, 2, 3))
        paragraph = sentences[index : index + size]
        for position, sentence in enumerate(paragraph):
            if position:
                body += " "
            placed.append((sentence, len(body)))
            body += sentence.text
        body += "\n\n"
        index += size
    body += f"Reporting by {reporter}; editing by {editor_name}. (Story {number:09d})\n"
    first = next(s for s, _ in placed if s.claim)
    headline = first.text[first.claim[0] : first.claim[1]].rstrip(".")
    if len(headline) > 110:
        headline = headline[:107].rsplit(" ", 1)[0] + "…"
    title = rng.choice(HEADLINE_PREFIXES) + _capital(headline)
    slug = "-".join(word.strip(",.\"'") for word in headline.lower().split()[:8])
    url = f"{URL_PREFIX}{number:09d}/{slug}"
    rows.articles.append(
        (
            article_id,
            title[:500],
            outlet,
            f"By {reporter}",
            dateline,
            published_at,
            url,
            body,
            body_hash(body),
            desk,
            verify_by,
            "ready",
            "",
            creator,
            created_at,
            created_at,
        )
    )

    claim_ids: list[int] = []
    ordinal = 0
    for sentence, offset in placed:
        if sentence.claim is None:
            continue
        ordinal += 1
        claim_id = first_claim_id + ordinal - 1  # exactly claims_per_article per article
        claim_ids.append(claim_id)
        _claim_rows(rng, ctx, rows, sentence, offset, ordinal, claim_id, claim_ids, title, body,
                    created_at, verify_by, article_id)  # fmt: skip
    return ordinal


@functools.cache
def _status_change(before: str, after: str, verdict: str) -> str:
    changes = {"status": [before, after]}
    if after in ("verdict_proposed", "signed_off"):
        changes["verdict"] = ["" if after == "verdict_proposed" else verdict, verdict]
    return json.dumps(changes)


@functools.cache
def _reasons(reasons: tuple[str, ...]) -> str:
    return json.dumps(list(reasons))


def _claim_rows(
    rng, ctx: Context, rows: Rows, sentence: Sentence, offset, ordinal, claim_id, claim_ids,
    title, body, created_at, verify_by, article_id,
) -> None:  # fmt: skip
    now = ctx.now
    start, end = offset + sentence.claim[0], offset + sentence.claim[1]
    text = body[start:end]
    claimant_start = offset + sentence.claimant[0]
    claimant_end = offset + sentence.claimant[1]
    cue_start, cue_end = offset + sentence.cue[0], offset + sentence.cue[1]
    kind = sentence.kind
    flags = sentence.flags
    worthiness = BASE_WORTHINESS.get(kind, 0.4) + rng.uniform(-0.25, 0.25)
    worthiness = round(min(1.0, max(0.0, worthiness)), 3)
    reasons = []
    if "statistic" in flags:
        reasons.append("contains a figure")
    if sentence.claimant_kind in ("person", "government", "organisation"):
        reasons.append("named claimant")
    if kind in ("accusation", "denial"):
        reasons.append(kind)
    if "unverified" in flags:
        reasons.append("not verified in the text")
    status = _weighted(rng, STATUS_WEIGHTS)
    priority = _weighted(rng, ((1, 0.08), (2, 0.22), (3, 0.55), (4, 0.15)))
    due_at = verify_by - timedelta(minutes=ctx.leads.get(priority, 0))
    verdict = _weighted(rng, VERDICTS) if status in ("verdict_proposed", "signed_off") else ""
    assigned = status in ("in_review", "verdict_proposed", "signed_off") or (
        rng.random() < (0.4 if status == "new" else 0.5)
    )
    assignee = rng.choice(ctx.checkers) if assigned else None
    editor = rng.choice(ctx.editors)
    path = PATHS[status]
    # History: created, maybe assigned, then each transition, spread up to now.
    steps = len(path) - 1 + (1 if assignee else 0)
    when = _times(rng, created_at, now, steps)
    events = [(None, "created", "", "", "{}", "", 1, created_at)]
    version = 1
    moments = iter(when)
    signed_off_at = None
    if assignee:
        version += 1
        changes = f'{{"assignee": [null, {assignee}]}}'
        events.append((editor, "assigned", "", "", changes, "", version, next(moments)))
    for before, after in itertools.pairwise(path):
        version += 1
        at = next(moments)
        actor = editor if after in ("signed_off", "dismissed") else (assignee or editor)
        changes = _status_change(before, after, verdict)
        events.append((actor, "transition", before, after, changes, "", version, at))
        if after == "signed_off":
            signed_off_at = at
    last_activity = events[-1][-1]
    for actor, action, before, after, changes, message, event_version, at in events:
        rows.events.append(
            (claim_id, actor, action, before, after, changes, message, event_version, at)
        )
    is_open = status in ("new", "in_review", "verdict_proposed")
    rows.claims.append(
        (
            claim_id, article_id, ordinal, text, start, end, offset,
            offset + len(sentence.text), sentence.claimant_text, sentence.claimant_kind,
            claimant_start, claimant_end, sentence.cue_text, cue_start, cue_end, kind,
            "unverified" in flags, "anonymous_source" in flags, "hedged" in flags,
            "statistic" in flags, "direct_quote" in flags, worthiness, _reasons(tuple(reasons)),
            status, verdict, assignee if verdict else None,
            editor if status == "signed_off" else None, signed_off_at, "", assignee, due_at,
            False, priority, "extracted", start, end, version, last_activity, created_at,
            last_activity,
        )
    )  # fmt: skip
    # Sources: who said it; the evidence behind a verdict.
    source = (
        ctx.anonymous_source if sentence.anonymous else ctx.claimant_sources[sentence.source_key]
    )
    rows.claim_sources.append((claim_id, source, "attributed_to", "", None, created_at))
    if verdict:
        role = "supports" if verdict in ("true", "mostly_true") else "refutes"
        if verdict in ("half_true", "unproven"):
            role = "context"
        evidence = rng.choice(ctx.evidence_sources)
        at = when[-1] if when else created_at
        rows.claim_sources.append((claim_id, evidence, role, "", assignee, at))
        rows.notes.append((claim_id, assignee, rng.choice(NOTES), "evidence", False, None, at))
        if status == "signed_off":
            rows.notes.append(
                (claim_id, editor, "Signed off.", "decision", False, None, signed_off_at)
            )
    elif status == "in_review" and rng.random() < 0.3:
        rows.notes.append(
            (claim_id, assignee, rng.choice(NOTES), "note", rng.random() < 0.1, None, last_activity)
        )
    if sentence.relation:
        kind_of, target = sentence.relation
        confirmed = rng.random() < 0.5
        rows.relations.append(
            (
                claim_id,
                claim_ids[target],
                kind_of,
                "extractor",
                None,
                editor if confirmed else None,
                last_activity if confirmed else None,
                created_at,
            )
        )
    # Reminders the sweep would have sent already: overdue, and due within two hours.
    if is_open and assignee:
        if due_at < now:
            notification_kind, label = "overdue", "Overdue"
        elif due_at < now + settings.REMINDER_DUE_SOON_BEFORE:
            notification_kind, label = "due_soon", "Due soon"
        else:
            return
        sent = min(now, due_at + timedelta(minutes=rng.randint(1, 20)))
        if notification_kind == "due_soon":
            sent = now - timedelta(minutes=rng.randint(1, 20))
        rows.notifications.append(
            (
                assignee,
                None,
                notification_kind,
                claim_id,
                article_id,
                f"{notification_kind}:{claim_id}:u{assignee}:{due_at.isoformat()}",
                due_at,
                f"{label}: claim #{ordinal} of “{title}”"[:300],
                sent,
                sent,
                sent,
                sent,
                sent if rng.random() < 0.4 else None,
                1,
                "",
                None,
                None,
            )
        )


# --- writing -----------------------------------------------------------------------------------

ARTICLE_COLUMNS = (
    "id", "title", "outlet", "byline", "dateline", "published_at", "url", "body", "content_hash",
    "desk", "verify_by", "ingest_status", "ingest_error", "created_by_id", "created_at",
    "updated_at",
)  # fmt: skip
CLAIM_COLUMNS = (
    "id", "article_id", "ordinal", "text", "start", "end", "sentence_start", "sentence_end",
    "claimant", "claimant_kind", "claimant_start", "claimant_end", "cue", "cue_start", "cue_end",
    "kind", "flag_unverified", "flag_anonymous_source", "flag_hedged", "flag_statistic",
    "flag_direct_quote", "checkworthiness", "checkworthiness_reasons", "status", "verdict",
    "verdict_proposed_by_id", "signed_off_by_id", "signed_off_at", "review_url", "assignee_id",
    "due_at", "due_set_by_hand", "priority", "origin", "extracted_start", "extracted_end",
    "version", "last_activity_at", "created_at", "updated_at",
)  # fmt: skip
CLAIM_SOURCE_COLUMNS = ("claim_id", "source_id", "role", "note", "added_by_id", "created_at")
RELATION_COLUMNS = (
    "from_claim_id", "to_claim_id", "type", "origin", "created_by_id", "confirmed_by_id",
    "confirmed_at", "created_at",
)  # fmt: skip
NOTE_COLUMNS = (
    "claim_id",
    "author_id",
    "body",
    "kind",
    "is_internal",
    "supersedes_id",
    "created_at",
)
EVENT_COLUMNS = (
    "claim_id", "actor_id", "action", "from_status", "to_status", "changes", "message", "version",
    "at",
)  # fmt: skip
NOTIFICATION_COLUMNS = (
    "recipient_id", "webhook_id", "kind", "claim_id", "article_id", "dedupe_key",
    "about_deadline", "subject", "created_at", "dispatched_at", "claimed_at", "sent_at",
    "read_at", "attempts", "last_error", "failed_at", "obsolete_at",
)  # fmt: skip

TABLES = (
    ("articles", Article, ARTICLE_COLUMNS),
    ("claims", Claim, CLAIM_COLUMNS),
    ("claim_sources", ClaimSource, CLAIM_SOURCE_COLUMNS),
    ("relations", ClaimRelation, RELATION_COLUMNS),
    ("notes", ReviewNote, NOTE_COLUMNS),
    ("events", ClaimEvent, EVENT_COLUMNS),
    ("notifications", Notification, NOTIFICATION_COLUMNS),
)


def _extra_columns(model, columns) -> tuple[tuple[str, ...], tuple]:
    """Columns of `model` this command does not fill (added after it was written), with the
    value each field gives by default: the insert stays valid as the model grows."""
    names, values = [], []
    for model_field in model._meta.concrete_fields:
        skip = model_field.primary_key or getattr(model_field, "generated", False)
        if model_field.column in columns or skip:
            continue
        value = model_field.get_default()
        names.append(model_field.column)
        values.append(
            json.dumps(value) if model_field.get_internal_type() == "JSONField" else value
        )
    return tuple(names), tuple(values)


class Writer:
    """Writes Rows to the database: COPY on PostgreSQL, executemany elsewhere."""

    def __init__(self):
        self.vendor = connection.vendor
        self.tables = {}
        for name, model, columns in TABLES:
            extra_names, extra_values = _extra_columns(model, columns)
            self.tables[name] = (model._meta.db_table, columns + extra_names, extra_values)

    def reserve(self, model, count: int) -> int:
        """The first of `count` consecutive ids nobody else will get."""
        table = model._meta.db_table
        with connection.cursor() as cursor:
            if self.vendor == "postgresql":
                cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
                sequence = cursor.fetchone()[0]
                cursor.execute("SELECT nextval(%s)", [sequence])
                first = cursor.fetchone()[0]
                cursor.execute("SELECT setval(%s, %s)", [sequence, first + count - 1])
                return first
            cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {connection.ops.quote_name(table)}")
            return cursor.fetchone()[0] + 1

    def write(self, rows: Rows) -> None:
        for name, _model, _columns in TABLES:
            table, columns, extra = self.tables[name]
            data = getattr(rows, name)
            if not data:
                continue
            if extra:
                data = [row + extra for row in data]
            quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
            if self.vendor == "postgresql":
                connection.ensure_connection()
                with (
                    connection.connection.cursor() as cursor,
                    cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy,
                ):
                    for row in data:
                        copy.write_row(row)
            else:
                adapt = connection.ops.adapt_datetimefield_value
                data = [
                    tuple(adapt(value) if isinstance(value, datetime) else value for value in row)
                    for row in data
                ]
                placeholders = ", ".join(["%s"] * len(columns))
                with connection.cursor() as cursor:
                    cursor.executemany(
                        f"INSERT INTO {table} ({quoted}) VALUES ({placeholders})", data
                    )


# --- the command -------------------------------------------------------------------------------


class Progress:
    """A plain-text progress line on stderr, at most every two seconds (and at the end)."""

    def __init__(self, stream, total: int, label: str = "claims"):
        self.stream, self.total, self.label = stream, total, label
        self.started = self.shown = time.perf_counter()

    def update(self, done: int) -> None:
        now = time.perf_counter()
        if done < self.total and now - self.shown < 2:
            return
        self.shown = now
        share = done / self.total if self.total else 1.0
        self.stream.write(
            f"{self.label} {done:,}/{self.total:,} ({share:.0%}) {now - self.started:.0f} s"
        )
        self.stream.flush()


class Command(BaseCommand):
    help = "Generate synthetic articles, claims and their work (fast bulk insert)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, required=True)
        parser.add_argument("--claims-per-article", type=int, default=100)
        parser.add_argument(
            "--users", type=int, default=20, help="Fact-checkers (plus one editor per five)."
        )
        parser.add_argument(
            "--overdue-share",
            type=float,
            default=0.05,
            help="Share of articles whose verify-by deadline has passed (their open claims "
            "are overdue).",
        )
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--batch-size",
            type=int,
            default=50_000,
            help="Claims per transaction (rounded to whole articles).",
        )
        parser.add_argument(
            "--now", default="", help="The clock, ISO 8601 (default: now); pins all timestamps."
        )
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, **options):
        articles = options["articles"]
        per_article = options["claims_per_article"]
        if articles < 0 or per_article < 1 or options["users"] < 1:
            raise CommandError("--articles >= 0, --claims-per-article >= 1, --users >= 1")
        if not 0 <= options["overdue_share"] <= 1:
            raise CommandError("--overdue-share is a share between 0 and 1")
        now = timezone.now().replace(microsecond=0)
        if options["now"]:
            now = parse_datetime(options["now"])
            if now is None:
                raise CommandError(f"--now {options['now']!r} is not an ISO 8601 date and time")
            if timezone.is_naive(now):
                now = timezone.make_aware(now, UTC)
            now = now.astimezone(UTC).replace(microsecond=0)
        started = time.perf_counter()
        ctx = self._context(now=now, options=options)
        first_number = self._next_number()
        writer = Writer()
        per_batch = max(1, options["batch_size"] // per_article)
        total = articles * per_article
        progress = None if options["no_progress"] else Progress(self.stderr, total)
        done_claims = 0
        counts = dict.fromkeys((name for name, _, _ in TABLES), 0)
        # Every id is reserved up front, so batches are built without the database: on
        # PostgreSQL the next batch is built in a thread while the server takes this one.
        first_article = writer.reserve(Article, articles) if articles else 0
        first_claim = writer.reserve(Claim, total) if total else 0

        def build(batch_start: int) -> Rows:
            rows = Rows()
            for offset in range(batch_start, min(articles, batch_start + per_batch)):
                build_article(first_number + offset, options["seed"], ctx, first_article + offset,
                              first_claim + offset * per_article, rows)  # fmt: skip
            return rows

        starts = list(range(0, articles, per_batch))
        with ThreadPoolExecutor(max_workers=1) as pool:
            ahead = connection.vendor == "postgresql"
            pending = pool.submit(build, starts[0]) if ahead and starts else None
            for index, batch_start in enumerate(starts):
                rows = pending.result() if pending else build(batch_start)
                pending = None
                if ahead and index + 1 < len(starts):
                    pending = pool.submit(build, starts[index + 1])
                with transaction.atomic():
                    writer.write(rows)
                for name in counts:
                    counts[name] += len(getattr(rows, name))
                done_claims += len(rows.claims)
                if progress:
                    progress.update(done_claims)
        if connection.vendor == "postgresql" and articles:
            # Statistics for the planner and, outside a transaction, the visibility map that
            # index-only scans need: the tables as autovacuum would soon leave them.
            command = "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
            with connection.cursor() as cursor:
                cursor.execute(
                    f"{command} claims_article, claims_claim, claims_claimsource, "
                    "claims_claimrelation, claims_reviewnote, claims_claimevent, "
                    "claims_notification, claims_openclaimcount, claims_resolvedcount"
                )
        elapsed = time.perf_counter() - started
        summary = ", ".join(f"{count:,} {name.replace('_', ' ')}" for name, count in counts.items())
        self.stdout.write(f"Generated {summary} in {elapsed:.1f} s (seed {options['seed']}).")

    def _next_number(self) -> int:
        """One past the highest article number generated so far (it is in the URL)."""
        last = (
            Article.objects.filter(url__startswith=URL_PREFIX)
            .order_by("-url")
            .values_list("url", flat=True)
            .first()
        )
        if not last:
            return 1
        return int(last.removeprefix(URL_PREFIX).split("/", 1)[0]) + 1

    def _context(self, *, now: datetime, options) -> Context:
        with transaction.atomic():
            checkers, editors = self._users(options["users"])
            claimant_sources, anonymous = self._claimant_sources()
            evidence = self._evidence_sources()
        return Context(
            now=now,
            checkers=checkers,
            editors=editors,
            claimant_sources=claimant_sources,
            evidence_sources=evidence,
            anonymous_source=anonymous,
            claims_per_article=options["claims_per_article"],
            overdue_share=options["overdue_share"],
            leads=dict(settings.CLAIM_DUE_LEAD_MINUTES),
        )

    def _users(self, count: int) -> tuple[list[int], list[int]]:
        User = get_user_model()
        rng = random.Random("users")
        wanted = [(f"checker{index:03d}", roles.FACT_CHECKERS) for index in range(1, count + 1)]
        wanted += [
            (f"editor{index:03d}", roles.EDITORS) for index in range(1, max(2, count // 5) + 1)
        ]
        existing = {
            user.username: user for user in User.objects.filter(username__in=[u for u, _ in wanted])
        }
        ids = {roles.FACT_CHECKERS: [], roles.EDITORS: []}
        groups = {name: Group.objects.get(name=name) for name in ids}
        for username, group in wanted:
            first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
            user = existing.get(username)
            if user is None:
                user = User(
                    username=username,
                    first_name=first,
                    last_name=last,
                    email=f"{username}@demo.claimdesk.example",
                    is_staff=True,
                )
                user.set_unusable_password()
                user.save()
            user.groups.add(groups[group])
            ids[group].append(user.pk)
        return ids[roles.FACT_CHECKERS], ids[roles.EDITORS]

    def _ensure_sources(self, wanted: list[tuple[str, str, str]]) -> dict[tuple[str, str], int]:
        """Source ids by (lower-case name, kind), creating the missing ones."""

        def known():
            return {
                (lowered, kind): pk
                for lowered, kind, pk in Source.objects.annotate(lowered=Lower("name"))
                .filter(lowered__in={name.lower() for name, _, _ in wanted})
                .values_list("lowered", "kind", "pk")
            }

        found = known()
        urls = set(
            Source.objects.filter(url__in=[url for _, _, url in wanted if url]).values_list(
                "url", flat=True
            )
        )
        missing = [
            Source(name=name, kind=kind, url=url)
            for name, kind, url in wanted
            if (name.lower(), kind) not in found and url not in urls
        ]
        Source.objects.bulk_create(missing, ignore_conflicts=True)
        return known()

    def _claimant_sources(self) -> tuple[dict[tuple[str, str], int], int]:
        pool = claimant_pool()
        wanted = [(_source_name(claimant), kind, "") for claimant, kind in pool]
        wanted.append(("Anonymous source", "anonymous", ""))
        ids = self._ensure_sources(wanted)
        by_claimant = {
            (claimant, kind): ids[(_source_name(claimant).lower(), kind)] for claimant, kind in pool
        }
        return by_claimant, ids[("anonymous source", "anonymous")]

    def _evidence_sources(self) -> list[int]:
        pool = evidence_pool()
        ids = self._ensure_sources(pool)
        return [ids[(name.lower(), kind)] for name, kind, _ in pool if (name.lower(), kind) in ids]
