"""A fact-checker pastes the seed article, works the cluster-bomb accusation to a proposed
verdict, and an editor signs it off: all in a real browser."""

import pytest

from claims.models import Article, Claim, Source
from tests.support.seed import SEED

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"


def log_in(page, live_server, username: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#user-tools")


def paste_article(page, live_server, text: str, desk: str = "") -> None:
    """Paste an article on the admin's add page and wait for its claims to be shown."""
    page.goto(f"{live_server.url}/admin/claims/article/add/")
    page.fill("#id_text", text)
    if desk:
        page.fill("#id_desk", desk)
    page.click("text=Find the claims")
    page.wait_for_selector(".article-body")


def test_from_pasted_article_to_signed_off_verdict(
    page, live_server, fact_checker, editor, screenshots
):
    Source.objects.create(
        name="Human Rights Watch cluster munition report",
        kind="document",
        url="https://www.hrw.org/report/cluster-munitions-syria",
    )
    log_in(page, live_server, fact_checker.username)

    paste_article(page, live_server, SEED, desk="World")
    article = Article.objects.get()
    highlights = page.locator(".article-body a.claim")
    assert highlights.count() == article.claims.count() >= 10
    assert page.locator(".article-body .claimant").count() >= 8
    assert page.locator(".relation-denies").count() >= 2
    assert "Home / China / World" not in " ".join(highlights.all_inner_texts())
    page.screenshot(path=str(screenshots / "article-page.png"), full_page=True)

    # take the accusation from the highlighted text
    accusation = article.claims.get(text__contains="expanding its use of widely banned")
    page.click(f".article-body a#claim-{accusation.pk}")
    page.wait_for_selector("#claim_form")
    page.select_option("#id_status", "in_review")
    page.select_option("#id_assignee", str(fact_checker.pk))
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")

    # add a source (autocomplete) and a note, and propose a verdict in one save
    page.click("#claim_sources-0 .select2-selection")
    page.fill(".select2-search__field", "Human Rights")
    page.click(".select2-results__option >> text=Human Rights Watch")
    page.select_option("#id_claim_sources-0-role", "supports")
    page.select_option("#id_notes-0-kind", "evidence")
    page.fill("#id_notes-0-body", "HRW documented cluster munition remnants at 119 sites.")
    page.select_option("#id_status", "verdict_proposed")
    page.select_option("#id_verdict", "true")
    page.fill("#id_transition_note", "Documented by HRW field research.")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    accusation.refresh_from_db()
    assert accusation.status == Claim.Status.VERDICT_PROPOSED
    assert accusation.verdict == Claim.Verdict.TRUE
    page.screenshot(path=str(screenshots / "claim-page.png"), full_page=True)

    # the editor signs it off
    log_in(page, live_server, editor.username)
    page.goto(f"{live_server.url}/admin/claims/claim/{accusation.pk}/change/")
    page.select_option("#id_status", "signed_off")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    accusation.refresh_from_db()
    assert accusation.status == Claim.Status.SIGNED_OFF
    assert accusation.signed_off_by == editor
    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    assert page.locator(f".article-body a#claim-{accusation.pk}.status-signed_off").count() == 1


def test_a_suggested_relation_is_confirmed_with_one_click(
    page, live_server, fact_checker, screenshots
):
    from claims.services import article_ingest

    article = article_ingest(text=SEED, by=fact_checker)
    denial = article.claims.get(text="using cluster bombs")
    relation = denial.relations_out.get(type="denies")
    log_in(page, live_server, fact_checker.username)
    page.goto(f"{live_server.url}/admin/claims/claim/{denial.pk}/change/")
    page.click("button.relation-confirm")
    page.wait_for_selector(".messagelist .success")
    assert "Confirmed" in page.inner_text(".messagelist")
    assert page.locator("button.relation-confirm").count() == 0
    relation.refresh_from_db()
    assert relation.confirmed_by == fact_checker
    page.screenshot(path=str(screenshots / "claim-relation-confirmed.png"), full_page=True)
