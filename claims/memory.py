"""The desk's memory: each new claim matched against the claims already on the desk.

Two steps, as in claims/matching: the database finds candidates (on PostgreSQL its full-text
index, the generated ``search`` vector of migration 0009; on SQLite the pure-Python BM25 index
of claims/matching over the claims of the other articles), and the matcher re-scores them.
Candidates are the claims that share a word with the new one (or a word of the same concept:
"killed" finds "died"), at most ``CANDIDATES`` of them; on a desk where fewer share a word, both
databases rank the same claims the same way.

``article_match`` runs in a Celery task after an article is stored or re-extracted; what people
decided (a confirmed or dismissed match) is kept when it runs again.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import connection, transaction
from django.utils import timezone
from psycopg.types.json import Jsonb

from claims.dispatch import send_after_commit
from claims.extraction.lexicon import CONCEPTS, STOPWORDS
from claims.extraction.tokens import WordMemo
from claims.matching import Analysed, Match, Matcher, analyse
from claims.matching.analysis import STEMMER as _STEMMER
from claims.matching.analysis import read_post
from claims.matching.bm25 import BM25Index
from claims.models import Article, Claim, ClaimMatch

CANDIDATES = 200
RANKED = 2000  # PostgreSQL: rows ranked at most, of those the full-text index finds
MATCHES_PER_CLAIM = 5
# A match at least this alike is "seen before". On tests/matching/dev 77 % of the true matches
# score at least this, and half of the hard non-matches (one name or date changed in the same
# words) score below it; a person confirms or dismisses each suggestion.
SEEN_THRESHOLD = 0.4

_WORD = re.compile(r"[^\W\d_]{3,}")
_CONCEPT_WORDS: dict[str, tuple[str, ...]] = {}
for _word, _concept in CONCEPTS.items():
    _CONCEPT_WORDS.setdefault(_concept, ())
    _CONCEPT_WORDS[_concept] += (_word,)


@dataclass(frozen=True)
class Found:
    claim_id: int
    match: Match


def search_words(text: str) -> list[str]:
    """The words a candidate must share one of: the text's content words and the other words
    of their concepts ("killed" brings "died", "deaths" ...), lowered, in text order."""
    found: dict[str, None] = {}
    for word in _WORD.findall(read_post(text).lower()):
        if word in STOPWORDS:
            continue
        found[word] = None
        concept = CONCEPTS.get(word)
        if concept:
            found.update(dict.fromkeys(_CONCEPT_WORDS[concept]))
    return list(found)


# On PostgreSQL, a word in more than COMMON_SHARE of the claims ("said", "killed",
# "government") finds too many rows to rank in time; it is left out of the candidate search
# (the matcher still reads it) - once that is more than COMMON_ROWS claims: on a small desk
# every word is in a large share of a few claims, and searching them all costs nothing. The
# share of the claims each word is in comes from PostgreSQL's own statistics of the search
# vector (pg_stats.most_common_elems, kept by ANALYZE); how many claims there are now, from
# the table's live count. On a desk without statistics, and on SQLite, every word searches.
COMMON_SHARE = 0.002
COMMON_ROWS = 20
# How often the table's activity is looked at (one cheap query on pg_stat_user_tables). A new
# desk filling fast has no statistics, or statistics of when it was a tenth of its size, and
# each claim's query on it ranks thousands of rows (122 against 46 ms an article on a
# 300-article desk): the claims are analysed (ANALYZE, a bounded sample) once STALE_SHARE of
# them changed since they last were, and the statistics are read again whenever anyone
# (this process, another worker, autovacuum) analysed them.
_CHECK_EVERY = 1.0
STALE_SHARE = 0.5
STALE_MINIMUM = 500


@dataclass(frozen=True)
class _Statistics:
    checked_at: float = 0.0  # time.monotonic() of the last look; 0: never looked
    shares: dict[str, float] = field(default_factory=dict)  # stem -> share of the claims
    claims: float = 0.0  # how many claims there are, as of the last look
    analysed_at: object = None  # when the claims were last analysed (PostgreSQL's clock)
    counted: float = 0.0  # how many claims that analysis counted


_UNREAD = _Statistics()
_statistics = _UNREAD


def _lexeme_rows() -> dict[str, float]:
    """About how many claims each common word (a Snowball stem) is in, from the statistics."""
    statistics = _read_statistics()
    return {stem: share * statistics.claims for stem, share in statistics.shares.items()}


def _read_statistics() -> _Statistics:
    """The shares of the common words and the claims' count, looked at every _CHECK_EVERY
    seconds; the claims analysed first when they changed enough since they last were."""
    global _statistics
    kept = _statistics
    now = time.monotonic()
    if kept.checked_at and now - kept.checked_at < _CHECK_EVERY:
        return kept
    with connection.cursor() as cursor:
        # (inside a transaction PostgreSQL would answer from the first look's snapshot)
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT n_mod_since_analyze, n_live_tup, "
            "GREATEST(last_analyze, last_autoanalyze) "
            "FROM pg_stat_user_tables WHERE relname = 'claims_claim'"
        )
        changed, live, analysed_at = cursor.fetchone() or (0, 0, None)
        analysed = changed >= max(STALE_MINIMUM, STALE_SHARE * live)
        if analysed:
            # (the whole table: an ANALYZE of the search column alone, cheaper, would not
            # reset n_mod_since_analyze, and every look after it would analyse again)
            cursor.execute("ANALYZE claims_claim")
        shares, counted = kept.shares, kept.counted
        if analysed or analysed_at != kept.analysed_at or not kept.checked_at:
            cursor.execute(
                "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, "
                "c.reltuples FROM pg_stats s JOIN pg_class c ON c.relname = s.tablename "
                "WHERE s.tablename = 'claims_claim' AND s.attname = 'search'"
            )
            row = cursor.fetchone()
            shares = dict(zip(row[0], row[1], strict=False)) if row and row[0] else {}
            counted = max(0.0, row[2]) if row else 0.0
    # (an ANALYZE in this transaction counts rows that the live count, kept at commits, does not)
    _statistics = _Statistics(now, shares, max(float(live), counted), analysed_at, counted)
    return _statistics


def _selective(words: list[str]) -> list[str]:
    """The words to search by: those in at most COMMON_SHARE of the claims or COMMON_ROWS
    claims, or, when every word is more common, the three least common."""
    statistics = _read_statistics()
    if not statistics.shares:
        return words
    limit = max(COMMON_ROWS / max(statistics.claims, 1.0), COMMON_SHARE)
    share_of = {word: statistics.shares.get(_STEM[word], 0.0) for word in words}
    rare = [word for word in words if share_of[word] <= limit]
    return rare or sorted(words, key=share_of.__getitem__)[:3]


# The Snowball stemmer is pure Python (about 100 us a word): each word is stemmed once.
_STEM = WordMemo(_STEMMER.stemWord)


def _stems(text: str) -> list[str]:
    """The words of a text as PostgreSQL's 'english' configuration indexes them: lowered and
    reduced by the Snowball English stemmer (the one PostgreSQL uses), so that both databases
    choose the same candidates."""
    return [_STEM[word] for word in _WORD.findall(text.lower())]


class Desk:
    """The claims a text is matched against: all on the desk, or all but one article's. On
    SQLite the index over them is built once, for every text matched in one go."""

    def __init__(self, *, exclude_article_id: int | None = None) -> None:
        claims = Claim.objects.all()
        if exclude_article_id is not None:
            claims = claims.exclude(article_id=exclude_article_id)
        self._claims = claims
        self._exclude_article_id = exclude_article_id
        self._postgres = connection.vendor == "postgresql"
        self._rows: list[tuple[int, str]] | None = None
        self._index: BM25Index | None = None

    def candidates(self, text: str) -> list[tuple[int, str]]:
        """(claim id, text) of the claims sharing a search word with ``text``, at most
        CANDIDATES of them (the best by the database's own ranking), in id order."""
        return self.candidates_many([text])[0]

    def candidates_many(self, texts: list[str]) -> list[list[tuple[int, str]]]:
        """``candidates`` of each text; on PostgreSQL in one query for all of them (an
        article's claims: one round trip and one plan instead of one per claim)."""
        words = [search_words(text) for text in texts]
        if not self._postgres:
            return [self._index_candidates(found) if found else [] for found in words]
        queries = [" or ".join(_selective(found)) if found else "" for found in words]
        asked = [query for query in queries if query]
        if not asked:
            return [[] for _ in texts]
        by_query = self._postgres_candidates(asked)
        answers, position = [], 0
        for query in queries:
            if not query:
                answers.append([])
                continue
            position += 1  # WITH ORDINALITY counts from 1, over the asked queries
            answers.append(sorted(by_query.get(position, [])))
        return answers

    def _index_candidates(self, words: list[str]) -> list[tuple[int, str]]:
        """SQLite: the best CANDIDATES by BM25 over the same Snowball stems PostgreSQL uses."""
        if self._index is None:
            self._rows = list(self._claims.order_by("id").values_list("id", "text"))
            self._index = BM25Index()
            for _, claim_text in self._rows:
                self._index.add(_stems(claim_text))
        assert self._rows is not None
        best = self._index.top(_stems(" ".join(words)), CANDIDATES)
        return sorted(self._rows[position] for position, _ in best)

    def _postgres_candidates(self, queries: list[str]) -> dict[int, list[tuple[int, str]]]:
        """For each full-text query (numbered from 1), the best CANDIDATES by ts_rank among at
        most RANKED rows the index finds: ranking reads each row's vector, so a query that finds
        a hundred thousand rows ranks a bounded sample of them, not all. One statement."""
        excluded = "AND article_id <> %s" if self._exclude_article_id is not None else ""
        parameters: list = [queries]
        if self._exclude_article_id is not None:
            parameters.append(self._exclude_article_id)
        parameters.append(CANDIDATES)
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT q.n, c.id, c.text "
                "FROM unnest(%s::text[]) WITH ORDINALITY AS q(query, n) "
                # Each query parsed once: written inside ts_rank, PostgreSQL parsed it again
                # for every row it ranked (12 us a row, 400 ms an article on a desk that
                # searches every word).
                "CROSS JOIN LATERAL websearch_to_tsquery('english', q.query) AS t(tsquery) "
                "CROSS JOIN LATERAL ("
                "  SELECT id, text FROM ("
                "    SELECT id, text, search FROM claims_claim"
                "    WHERE search @@ t.tsquery "
                f"   {excluded} LIMIT {RANKED}"
                "  ) AS found"
                "  ORDER BY ts_rank(found.search, t.tsquery) DESC, id LIMIT %s"
                ") AS c",
                parameters,
            )
            rows = cursor.fetchall()
        by_query: dict[int, list[tuple[int, str]]] = {}
        for number, identifier, text in rows:
            by_query.setdefault(number, []).append((identifier, text))
        return by_query

    def rank(self, text: str, limit: int = MATCHES_PER_CLAIM) -> list[Found]:
        """The claims most like ``text``, best first, contradictions included."""
        return self.rank_among(text, self.candidates(text), limit)

    def rank_among(
        self,
        text: str,
        found: list[tuple[int, str]],
        limit: int = MATCHES_PER_CLAIM,
        floor: float = 0.0,
        *,
        claim_id: int | None = None,
    ) -> list[Found]:
        """The claims of ``found`` (candidates) most like ``text``, best first (of those that
        score at least ``floor``). ``claim_id``: the claim ``text`` is, when it is one, so that
        its analysis is kept for when it is a candidate in turn."""
        if not found:
            return []
        matcher = Matcher()
        for identifier, claim_text in found:
            matcher.add(identifier, claim_text, _analysed(identifier, claim_text))
        query = analyse(text) if claim_id is None else _analysed(claim_id, text)
        return [
            Found(match.id, match)
            for match in matcher.search(
                text, limit, contradictions=True, floor=floor, analysed=query
            )
        ]


# The claims' analyses (words, stems, figures, names), kept per process: the candidates of one
# claim are mostly the candidates of the next (an article's claims share its topic, and a desk's
# stories come back), and analysing a claim costs some 100 us against 5 us to look it up; a
# claim matched here is kept too, for the articles after it. Keyed by id, checked against the
# text (an edited claim is analysed again); emptied when full.
_ANALYSED: dict[int, tuple[str, Analysed]] = {}
_ANALYSED_LIMIT = 50_000


def _analysed(identifier: int, text: str) -> Analysed:
    kept = _ANALYSED.get(identifier)
    if kept is not None and kept[0] == text:
        return kept[1]
    if len(_ANALYSED) >= _ANALYSED_LIMIT:
        _ANALYSED.clear()
    analysed = analyse(text)
    _ANALYSED[identifier] = (text, analysed)
    return analysed


def article_match(*, article_id: int) -> int:
    """Match every claim of the article against the claims of the other articles; store the
    matches at or above SEEN_THRESHOLD as suggestions. Suggestions no longer found are removed;
    confirmed and dismissed matches stay as people left them. Returns how many are stored."""
    article = Article.objects.filter(pk=article_id).only("pk").first()
    if article is None:
        return 0  # deleted before the task ran
    # article_id too: the related manager reads it on every row (deferred, one query each).
    claims = list(article.claims.order_by("ordinal").only("id", "text", "article_id"))
    desk = Desk(exclude_article_id=article.pk)
    found: dict[tuple[int, int], Match] = {}
    candidates = desk.candidates_many([claim.text for claim in claims])
    for claim, among in zip(claims, candidates, strict=True):
        for result in desk.rank_among(claim.text, among, floor=SEEN_THRESHOLD, claim_id=claim.pk):
            if result.match.score >= SEEN_THRESHOLD:
                found[claim.pk, result.claim_id] = result.match
    with transaction.atomic():
        existing = {
            (match.claim_id, match.earlier_id): match
            # by the claims' ids: the index on (claim, score) answers it (joined to the claims
            # by article, PostgreSQL read every match: 8.5 of 49 ms an article)
            for match in ClaimMatch.objects.select_for_update().filter(
                claim_id__in=[claim.pk for claim in claims]
            )
        }
        stale = [
            match.pk
            for key, match in existing.items()
            if key not in found and match.status == ClaimMatch.Status.SUGGESTED
        ]
        ClaimMatch.objects.filter(pk__in=stale).delete()
        new: list[tuple[int, int, str, float, dict]] = []
        changed = []
        for (claim_id, earlier_id), match in found.items():
            reasons = match.reasons.as_dict()
            row = existing.get((claim_id, earlier_id))
            if row is None:
                new.append((claim_id, earlier_id, match.relation, match.score, reasons))
                continue
            if row.status != ClaimMatch.Status.SUGGESTED:
                continue  # a person's decision stands
            elif (row.score, row.relation, row.reasons) == (match.score, match.relation, reasons):
                continue  # found as before: nothing to write
            else:
                changed.append(row)
            row.score, row.relation, row.reasons = match.score, match.relation, reasons
        # Two statements, however many matches: an article's claims can have a hundred.
        _insert(new)
        ClaimMatch.objects.bulk_update(changed, ["score", "relation", "reasons"], batch_size=500)
        Article.objects.filter(pk=article.pk).update(matched_at=timezone.now())
    return len(found)


def _insert(rows: list[tuple[int, int, str, float, dict]]) -> None:
    """Store new suggestions, each (claim id, earlier claim id, relation, score, reasons). On
    PostgreSQL through COPY: bulk_create sends each column as an array literal, and quoting a
    hundred JSON reasons into one costs more than the matching of a claim (19 of 57 ms an
    article, profiled); COPY writes the same rows, checked by the same constraints, in a
    fraction of that (and no model instance is made for a row only written)."""
    if not rows:
        return
    status = ClaimMatch.Status.SUGGESTED
    if connection.vendor != "postgresql":
        ClaimMatch.objects.bulk_create(
            [
                ClaimMatch(
                    claim_id=claim_id,
                    earlier_id=earlier_id,
                    relation=relation,
                    score=score,
                    reasons=reasons,
                    status=status,
                )
                for claim_id, earlier_id, relation, score, reasons in rows
            ],
            batch_size=500,
        )
        return
    now = timezone.now()
    table = ClaimMatch._meta.db_table
    with connection.cursor() as cursor:
        raw = cursor.cursor  # the psycopg cursor under Django's wrapper
        with raw.copy(
            f"COPY {table} (claim_id, earlier_id, relation, score, reasons, status, created_at) "
            "FROM STDIN"
        ) as copy:
            for claim_id, earlier_id, relation, score, reasons in rows:
                copy.write_row((claim_id, earlier_id, relation, score, Jsonb(reasons), status, now))


def article_match_later(*, article_id: int) -> None:
    """Mark the article's matching as pending and send it to a worker once the transaction
    commits (the article page shows it pending until the worker is done)."""
    Article.objects.filter(pk=article_id).update(matched_at=None)
    send_after_commit("claims.tasks.match_article", [(article_id,)])


def article_match_redispatch(*, pending_after: timedelta = timedelta(minutes=5)) -> int:
    """Send matching again for articles still pending after a while."""
    cutoff = timezone.now() - pending_after
    pending = list(
        Article.objects.filter(
            matched_at=None, ingest_status=Article.IngestStatus.READY, updated_at__lt=cutoff
        ).values_list("pk", flat=True)[:1000]
    )
    with transaction.atomic():
        Article.objects.filter(pk__in=pending).update(updated_at=timezone.now())
        send_after_commit("claims.tasks.match_article", [(pk,) for pk in pending])
    return len(pending)


@dataclass(frozen=True)
class SeenBefore:
    """What the desk knows of a claim from earlier articles: how many claims it matches, since
    when the first of them was on the desk, and the best verdict so far."""

    times: int
    since: object  # datetime of the earliest matched claim
    verdict: str  # the signed-off verdict of a matched claim (confirmed first), or ""
    verdict_label: str
    confirmed: bool  # a person confirmed at least one of the matches


def seen_before(claim_ids: list[int]) -> dict[int, SeenBefore]:
    """For each claim (of those given) with matches of the same claim that nobody dismissed."""
    rows = (
        ClaimMatch.objects.filter(claim_id__in=claim_ids, relation=ClaimMatch.Relation.SAME)
        .exclude(status=ClaimMatch.Status.DISMISSED)
        .select_related("earlier")
        .only(
            "claim_id",
            "status",
            "score",
            "earlier__created_at",
            "earlier__status",
            "earlier__verdict",
        )
    )
    grouped: dict[int, list[ClaimMatch]] = {}
    for row in rows:
        grouped.setdefault(row.claim_id, []).append(row)
    seen = {}
    for claim_id, matches in grouped.items():
        judged = sorted(
            (
                match
                for match in matches
                if match.earlier.status == Claim.Status.SIGNED_OFF and match.earlier.verdict
            ),
            key=lambda match: (match.status != ClaimMatch.Status.CONFIRMED, -match.score),
        )
        best = judged[0].earlier if judged else None
        seen[claim_id] = SeenBefore(
            times=len(matches),
            since=min(match.earlier.created_at for match in matches),
            verdict=best.verdict if best else "",
            verdict_label=best.get_verdict_display() if best else "",
            confirmed=any(match.status == ClaimMatch.Status.CONFIRMED for match in matches),
        )
    return seen
