"""The desk's memory: an article's claims matched against the claims of the articles before it
(claims.memory), on the database the suite runs on, and through a real broker and worker."""

import dataclasses
import time

import pytest
from django.utils import timezone

from claims import memory
from claims.models import Article, Claim, ClaimMatch
from claims.services import article_ingest, article_reextract
from tests import workers

pytestmark = pytest.mark.django_db

FIRST = """War toll rises again

At least 70,000 people have been killed in Syria since March 2011, the United Nations said on
Tuesday. The UN refugee agency said 1.2 million Syrians had fled to Lebanon.

Floods in Pakistan have killed 1,200 people this summer, officials said.
"""

SECOND = """Syria talks stall in Geneva

Diplomats met in Geneva on Friday. The war in Syria has killed at least 70,000 people since
2011, according to UN figures, and 1.2 million Syrians have fled to Lebanon.

A spokesman said the talks would resume next month.
"""

THIRD = """Activists raise Syria toll

Activists said at least 95,000 people had been killed in Syria since March 2011.
"""


def add_claims(article: Article, template: str, count: int) -> None:
    """``count`` claims on ``article`` in one statement, ``template`` formatted with their
    number: a desk of many claims without extracting them."""
    Claim.objects.bulk_create(
        Claim(
            article=article,
            ordinal=100 + number,
            text=template.format(number=number),
            start=0,
            end=10,
            sentence_start=0,
            sentence_end=10,
        )
        for number in range(count)
    )


def matches_of(article: Article) -> dict[str, tuple[str, str, str]]:
    return {
        match.claim.text: (match.earlier.text, match.relation, match.status)
        for match in ClaimMatch.objects.filter(claim__article=article).select_related(
            "claim", "earlier"
        )
    }


def test_a_claim_the_desk_has_seen_is_matched_with_why(fact_checker):
    first = article_ingest(text=FIRST, by=fact_checker)
    second = article_ingest(text=SECOND, by=fact_checker)
    assert Article.objects.get(pk=second.pk).matched_at is None  # pending until the task runs
    stored = memory.article_match(article_id=second.pk)
    found = matches_of(second)
    toll = next(text for text in found if "70,000" in text)
    assert found[toll][0].startswith("At least 70,000 people have been killed in Syria")
    assert found[toll][1:] == ("same", "suggested")
    assert stored == ClaimMatch.objects.filter(claim__article=second).count()
    match = ClaimMatch.objects.get(claim__text=toll, earlier__text__contains="70,000")
    assert match.earlier.article_id == first.pk
    assert "70,000" in match.reasons["figures"]
    assert 0.5 <= match.score <= 1
    # (written by COPY on PostgreSQL: every column as bulk_create would set it)
    assert match.created_at is not None and match.decided_by is None and match.decided_at is None
    assert Article.objects.get(pk=second.pk).matched_at is not None
    # nothing in the article is matched against the article itself
    assert not ClaimMatch.objects.filter(claim__article=second, earlier__article=second).exists()


def test_another_figure_for_the_same_toll_is_stored_as_a_contradiction(fact_checker):
    article_ingest(text=FIRST, by=fact_checker)
    third = article_ingest(text=THIRD, by=fact_checker)
    memory.article_match(article_id=third.pk)
    (found,) = ClaimMatch.objects.filter(claim__article=third)
    assert found.relation == ClaimMatch.Relation.CONTRADICTS
    assert "70,000" in found.earlier.text and "95,000" in found.claim.text
    assert found.reasons["conflicting_figures"] == [["95,000", "70,000"]]


def test_matching_again_keeps_what_people_decided_and_drops_stale_suggestions(fact_checker):
    first = article_ingest(text=FIRST, by=fact_checker)
    second = article_ingest(text=SECOND, by=fact_checker)
    memory.article_match(article_id=second.pk)
    suggestions = list(ClaimMatch.objects.filter(claim__article=second).order_by("pk"))
    assert len(suggestions) >= 2
    confirmed, dismissed = suggestions[0], suggestions[1]
    ClaimMatch.objects.filter(pk=confirmed.pk).update(
        status=ClaimMatch.Status.CONFIRMED, decided_by=fact_checker, decided_at=timezone.now()
    )
    ClaimMatch.objects.filter(pk=dismissed.pk).update(status=ClaimMatch.Status.DISMISSED)
    floods = first.claims.get(text__contains="Floods")
    stale = ClaimMatch.objects.create(claim=confirmed.claim, earlier=floods, score=0.9, reasons={})
    memory.article_match(article_id=second.pk)
    assert ClaimMatch.objects.get(pk=confirmed.pk).status == ClaimMatch.Status.CONFIRMED
    assert ClaimMatch.objects.get(pk=dismissed.pk).status == ClaimMatch.Status.DISMISSED
    assert not ClaimMatch.objects.filter(pk=stale.pk).exists()
    # and re-extraction sends the article to be matched again, keeping them too
    article_reextract(article=second, by=fact_checker)
    assert Article.objects.get(pk=second.pk).matched_at is None
    memory.article_match(article_id=second.pk)
    assert ClaimMatch.objects.get(pk=confirmed.pk).status == ClaimMatch.Status.CONFIRMED


def test_an_article_deleted_before_its_task_runs_is_no_error():
    assert memory.article_match(article_id=987654) == 0


def test_the_sweep_sends_matching_again_for_articles_left_pending(fact_checker):
    article = article_ingest(text=FIRST, by=fact_checker)
    assert memory.article_match_redispatch() == 0  # pending for less than five minutes
    Article.objects.filter(pk=article.pk).update(
        updated_at=timezone.now() - timezone.timedelta(minutes=10)
    )
    assert memory.article_match_redispatch() == 1
    assert memory.article_match_redispatch() == 0  # not again at once


@pytest.mark.postgres
def test_postgresql_and_the_embedded_default_rank_the_same_claims_the_same_way(fact_checker):
    article_ingest(text=FIRST, by=fact_checker)
    article_ingest(text=THIRD, by=fact_checker)
    query = "The Syrian war has killed more than 70,000 people since 2011, says the UN"
    on_postgres = memory.Desk()
    embedded = memory.Desk()
    embedded._postgres = False  # the SQLite path: the pure-Python index over the same rows
    assert on_postgres.candidates(query) == embedded.candidates(query)
    ranked = [(found.claim_id, found.match.score) for found in on_postgres.rank(query)]
    assert ranked == [(found.claim_id, found.match.score) for found in embedded.rank(query)]
    assert ranked and ranked[0][1] >= memory.SEEN_THRESHOLD


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(not workers.broker_is_real(), reason="needs a Redis or RabbitMQ broker")
def test_a_real_worker_matches_an_article_after_it_is_stored(tmp_path, fact_checker):
    from newsroom.celery import app

    app.control.purge()
    article_ingest(text=FIRST, by=fact_checker)
    second = article_ingest(text=SECOND, by=fact_checker)
    env = workers.worker_environment(tmp_path)
    log = tmp_path / "celery.log"
    worker = workers.start_worker(env, log, "matching")
    try:
        workers.wait_until(
            lambda: Article.objects.filter(matched_at__isnull=True).count() == 0,
            seconds=90,
            what="both articles matched",
            logs=[log],
        )
    finally:
        workers.stop(worker)
        app.control.purge()
    assert ClaimMatch.objects.filter(claim__article=second).exists()


def matched_pair(fact_checker) -> ClaimMatch:
    article_ingest(text=FIRST, by=fact_checker)
    second = article_ingest(text=SECOND, by=fact_checker)
    memory.article_match(article_id=second.pk)
    return ClaimMatch.objects.get(claim__article=second, earlier__text__contains="70,000")


def test_confirming_links_the_two_claims_and_dismissing_sticks(fact_checker):
    from claims.models import ClaimEvent, ClaimRelation
    from claims.services import match_confirm, match_dismiss

    match = matched_pair(fact_checker)
    confirmed = match_confirm(match=match, by=fact_checker)
    assert confirmed.status == ClaimMatch.Status.CONFIRMED
    assert confirmed.decided_by == fact_checker and confirmed.decided_at is not None
    assert ClaimRelation.objects.filter(
        from_claim=match.claim, to_claim=match.earlier, type=ClaimRelation.Type.SAME_AS
    ).exists()
    assert ClaimEvent.objects.filter(claim=match.claim, message__contains="seen before").exists()
    assert match_confirm(match=match, by=fact_checker).status == "confirmed"  # twice: no change
    other = ClaimMatch.objects.filter(claim__article=match.claim.article).exclude(pk=match.pk)
    dismissed = match_dismiss(match=other.first(), by=fact_checker)
    assert dismissed.status == ClaimMatch.Status.DISMISSED


def test_a_decision_someone_else_made_first_is_not_overwritten(fact_checker, editor):
    from claims.services import AlreadyDecided, match_confirm, match_dismiss

    match = matched_pair(fact_checker)
    stale_copy = ClaimMatch.objects.get(pk=match.pk)  # read before the other person decides
    match_dismiss(match=match, by=editor)
    with pytest.raises(AlreadyDecided, match="already dismissed this match"):
        match_confirm(match=stale_copy, by=fact_checker)
    assert ClaimMatch.objects.get(pk=match.pk).status == ClaimMatch.Status.DISMISSED


def test_a_signed_off_verdict_is_carried_over_through_the_workflow(fact_checker):
    from claims.checklists import StepsOpen
    from claims.models import ChecklistStep, Claim, ClaimSource, ReviewNote, Source
    from claims.services import ClaimActionRefused, match_confirm
    from tests.support.checklists import complete as complete_checklists

    match = matched_pair(fact_checker)
    earlier = match.earlier
    report = Source.objects.create(kind=Source.Kind.DOCUMENT, name="UN casualty report")
    ClaimSource.objects.create(claim=earlier, source=report, role=ClaimSource.Role.SUPPORTS)
    with pytest.raises(ClaimActionRefused, match="no signed-off verdict"):
        match_confirm(match=match, by=fact_checker, carry_verdict=True)
    assert ClaimMatch.objects.get(pk=match.pk).status == ClaimMatch.Status.SUGGESTED  # nothing
    Claim.objects.filter(pk=earlier.pk).update(
        status=Claim.Status.SIGNED_OFF, verdict=Claim.Verdict.TRUE, signed_off_at=timezone.now()
    )
    # The earlier verdict was reached without the statistics checklist: carrying it cannot
    # skip the steps the new claim needs, and nothing of the attempt is kept.
    with pytest.raises(StepsOpen, match="Find the primary data"):
        match_confirm(match=match, by=fact_checker, carry_verdict=True)
    assert ClaimMatch.objects.get(pk=match.pk).status == ClaimMatch.Status.SUGGESTED
    assert not ChecklistStep.objects.filter(claim_id=match.claim_id).exists()
    # Its steps done (as a claim signed off with checklists is), they carry over with it.
    Claim.objects.filter(pk=earlier.pk).update(status=Claim.Status.IN_REVIEW)
    earlier.refresh_from_db()
    complete_checklists(earlier, fact_checker)
    Claim.objects.filter(pk=earlier.pk).update(status=Claim.Status.SIGNED_OFF)
    match_confirm(match=match, by=fact_checker, carry_verdict=True)
    claim = Claim.objects.get(pk=match.claim_id)
    carried = claim.checklist_steps.filter(is_required=True)
    assert carried.exists() and all(step.state == "done" for step in carried)
    assert all(f"Done on claim #{earlier.ordinal}" in step.note for step in carried)
    assert claim.status == Claim.Status.VERDICT_PROPOSED
    assert claim.verdict == Claim.Verdict.TRUE
    assert claim.claim_sources.filter(source=report, role=ClaimSource.Role.SUPPORTS).exists()
    note = claim.notes.get(kind=ReviewNote.Kind.DECISION)
    assert f"Same claim as #{earlier.ordinal}" in note.body and "signed off" in note.body


@pytest.mark.postgres
def test_at_scale_words_in_many_claims_are_left_out_of_the_candidate_search(
    fact_checker, monkeypatch
):
    from django.db import connection

    article = article_ingest(text=FIRST, by=fact_checker)
    add_claims(article, "The ministry said item {number} word{number} was delivered", 400)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
    monkeypatch.setattr(memory, "_statistics", memory._UNREAD)  # read the statistics again
    monkeypatch.setattr(memory, "COMMON_ROWS", 5)  # a small desk: 5 claims is many
    monkeypatch.setattr(memory, "COMMON_SHARE", 0.05)
    assert memory._selective(["ministry", "pakistan"]) == ["pakistan"]
    assert set(memory._selective(["ministry", "delivered"])) == {"ministry", "delivered"}
    candidates = memory.Desk().candidates("Pakistan's ministry said floods killed 1,200")
    assert any("Pakistan" in text for _, text in candidates)
    assert len(candidates) < 50  # not every claim that says "ministry"


def test_an_articles_candidates_in_one_query_are_each_claims_own(
    fact_checker, django_assert_num_queries
):
    """The batch an article's matching asks for gives each claim the candidates it would get
    on its own (on PostgreSQL in one query; on SQLite from the index)."""
    article_ingest(text=FIRST, by=fact_checker)
    second = article_ingest(text=SECOND, by=fact_checker)
    texts = [*second.claims.order_by("ordinal").values_list("text", flat=True), "the of and"]
    desk = memory.Desk(exclude_article_id=second.pk)
    one_by_one = [desk.candidates(text) for text in texts]
    assert any(one_by_one) and one_by_one[-1] == []
    batched = memory.Desk(exclude_article_id=second.pk)
    batched.candidates_many(texts)  # statistics and the SQLite index read once, before counting
    with django_assert_num_queries(1 if batched._postgres else 0):
        assert batched.candidates_many(texts) == one_by_one


def test_a_posts_links_and_tags_search_as_the_words_they_stand_for():
    words = memory.search_words("Troops out of #SyriaWar now https://t.co/x7Q2b90 @UNHumanRights")
    assert {"syria", "war", "troops", "human", "rights"} <= set(words)
    assert not {"https", "x7q2b90"} & set(words)


@pytest.mark.postgres
def test_a_desk_without_statistics_has_its_claims_analysed_before_it_searches(
    fact_checker, monkeypatch
):
    """A new desk filling fast has no statistics yet: every word would search and each claim's
    query rank thousands of rows. The memory analyses the claims once enough of them changed."""
    from django.db import connection

    article = article_ingest(text=FIRST, by=fact_checker)
    add_claims(article, "The zebrafish hatchery said batch {number} was released", 300)
    monkeypatch.setattr(memory, "_statistics", memory._UNREAD)
    # (the rows are this test's own, not yet committed: any change counts as stale here)
    monkeypatch.setattr(memory, "STALE_MINIMUM", 0)
    monkeypatch.setattr(memory, "STALE_SHARE", 0.0)
    rows = memory._lexeme_rows()
    assert rows.get("zebrafish", 0.0) > 150
    monkeypatch.setattr(memory, "STALE_MINIMUM", 10**9)  # fresh statistics: no second ANALYZE
    monkeypatch.setattr(memory, "_statistics", memory._UNREAD)
    statements: list[str] = []

    def record(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        assert memory._lexeme_rows().get("zebrafish", 0.0) > 150
    assert not [sql for sql in statements if "ANALYZE" in sql]


@pytest.mark.postgres
def test_the_claims_search_index_keeps_no_pending_list():
    """New claims go straight into the sorted GIN index: a pending list would be read by every
    search the memory makes (4-5 ms each on a desk that just took in a few thousand claims)."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'claim_search_gin'")
        [options] = cursor.fetchone()
    assert "fastupdate=off" in (options or [])


@pytest.mark.postgres
def test_on_a_small_desk_with_statistics_every_word_searches(fact_checker, monkeypatch):
    """On a desk of a few claims each word is in a large share of them, yet in few rows: none
    is too common to search by (a share alone left the toll's words out of a ten-claim desk)."""
    from django.db import connection

    article_ingest(text=FIRST, by=fact_checker)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
    monkeypatch.setattr(memory, "_statistics", memory._UNREAD)
    assert memory._lexeme_rows()  # statistics there are
    words = memory.search_words("Floods in Pakistan have killed 1,200 people")
    assert memory._selective(words) == words


def test_matching_again_rewrites_nothing_it_found_as_before(fact_checker):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    article_ingest(text=FIRST, by=fact_checker)
    second = article_ingest(text=SECOND, by=fact_checker)
    memory.article_match(article_id=second.pk)
    before = {
        match.pk: (match.score, match.reasons)
        for match in ClaimMatch.objects.filter(claim__article=second)
    }
    assert before
    with CaptureQueriesContext(connection) as queries:
        memory.article_match(article_id=second.pk)
    writes = [
        query["sql"]
        for query in queries.captured_queries
        if "claims_claimmatch" in query["sql"]
        and query["sql"].lstrip().upper().startswith(("UPDATE", "INSERT"))
    ]
    assert writes == []
    after = {
        match.pk: (match.score, match.reasons)
        for match in ClaimMatch.objects.filter(claim__article=second)
    }
    assert after == before


@pytest.mark.postgres
def test_statistics_are_read_again_once_anyone_analysed_the_claims(fact_checker, monkeypatch):
    """Statistics of a desk a tenth of its size made common words look rare (the matching of a
    desk filling fast fell to a third of its speed): the memory looks at the table's activity
    every second or so and reads the statistics again when the claims were analysed since,
    here by someone else (autovacuum, another worker)."""
    from django.db import connection

    article = article_ingest(text=FIRST, by=fact_checker)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
    monkeypatch.setattr(memory, "STALE_MINIMUM", 10**9)  # this process analyses nothing itself
    monkeypatch.setattr(memory, "_statistics", memory._UNREAD)
    assert memory._lexeme_rows().get("zebrafish", 0.0) == 0.0
    add_claims(article, "The zebrafish hatchery said batch {number} was released", 300)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
    # within a second of the last look: the statistics kept, no query
    statements: list[str] = []

    def record(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        assert memory._lexeme_rows().get("zebrafish", 0.0) == 0.0
    assert statements == []
    # a look later (seconds, not minutes): read again, with the claims counted now
    a_look_ago = time.monotonic() - memory._CHECK_EVERY - 0.5
    monkeypatch.setattr(
        memory, "_statistics", dataclasses.replace(memory._statistics, checked_at=a_look_ago)
    )
    assert memory._lexeme_rows().get("zebrafish", 0.0) > 150
    assert memory._read_statistics().claims > 300
    # the next look, with no analysis since, reads the activity and not the statistics again
    monkeypatch.setattr(
        memory, "_statistics", dataclasses.replace(memory._statistics, checked_at=a_look_ago)
    )
    with connection.execute_wrapper(record):
        assert memory._lexeme_rows().get("zebrafish", 0.0) > 150
    assert statements and not [sql for sql in statements if "pg_stats" in sql]
