"""The desk's memory in a real browser: a fact-checker pastes an article that repeats a claim
the desk has checked, sees it marked as seen before once matching arrives, and confirms it,
taking over the earlier verdict with a note."""

import pytest
from django.utils import timezone

from claims import memory
from claims.models import Article, Claim, ClaimMatch, ClaimSource, Source
from claims.services import article_ingest
from tests.browser.test_workspace_flow import log_in
from tests.support.checklists import complete
from tests.test_memory import FIRST, SECOND

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_a_repeated_claim_is_marked_confirmed_and_takes_the_earlier_verdict(
    page, live_server, fact_checker, screenshots
):
    first = article_ingest(text=FIRST, by=fact_checker)
    memory.article_match(article_id=first.pk)
    checked = first.claims.get(text__contains="70,000")
    report = Source.objects.create(kind=Source.Kind.DOCUMENT, name="UN casualty report")
    ClaimSource.objects.create(claim=checked, source=report, role=ClaimSource.Role.SUPPORTS)
    Claim.objects.filter(pk=checked.pk).update(
        status=Claim.Status.SIGNED_OFF, verdict=Claim.Verdict.TRUE, signed_off_at=timezone.now()
    )
    log_in(page, live_server, fact_checker.username)

    # paste an article that repeats the toll: matching is pending until a worker has run
    page.goto(f"{live_server.url}/admin/claims/article/add/")
    page.fill("#id_text", SECOND)
    page.click("text=Find the claims")
    page.wait_for_selector(".matching-progress")
    second = Article.objects.exclude(pk=first.pk).get()
    memory.article_match(article_id=second.pk)  # what the Celery worker does
    # its checklist done, as the desk asks before any verdict (the templates are there when
    # this test runs first; an earlier transactional test's flush empties them)
    complete(second.claims.get(text__contains="70,000"), fact_checker)
    page.wait_for_selector(".seen-before", timeout=30_000)  # the page reloads by itself
    assert page.locator(".matching-progress").count() == 0
    marked = page.locator(".claim-card:has(.seen-before)").first
    assert "verdict: True" in marked.inner_text()
    page.screenshot(path=str(screenshots / "article-seen-before.png"), full_page=True)

    # open the claim: its match, why, and one click to take the verdict
    marked.locator("a").click()
    page.wait_for_selector("button.match-carry")
    assert any("figures 70,000" in why for why in page.locator(".match-reasons").all_inner_texts())
    page.click("button.match-carry")
    page.wait_for_selector(".messagelist .success")
    assert "proposed for sign-off" in page.inner_text(".messagelist")
    page.screenshot(path=str(screenshots / "claim-seen-before-confirmed.png"), full_page=True)

    claim = Claim.objects.get(article=second, text__contains="70,000")
    assert (claim.status, claim.verdict) == (Claim.Status.VERDICT_PROPOSED, Claim.Verdict.TRUE)
    assert claim.notes.filter(body__contains="Same claim as").exists()
    assert ClaimMatch.objects.get(claim=claim, earlier=checked).status == "confirmed"
