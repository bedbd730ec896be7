"""The editors' dashboard in a real browser: load it with a desk mid-shift, filter it, open an
article, sign off a verdict; screenshots at desktop and phone width."""

import pytest

from claims.models import Claim
from tests.dashboard_data import build_desk

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/login/?next=/dashboard/")
    page.fill("#id_username", username)
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")


def test_an_editor_reads_filters_drills_down_and_signs_off(
    page, live_server, fact_checker, other_fact_checker, editor, screenshots
):
    seed, _budget, _storm = build_desk(
        fact_checker=fact_checker, editor=editor, other_fact_checker=other_fact_checker
    )
    log_in(page, live_server, editor.username)
    page.wait_for_selector(".articles")
    rows = page.locator(".article-row")
    assert rows.count() == 3
    # at risk first: open claims and the soonest deadline
    assert "Storm leaves thousands" in rows.nth(0).inner_text()
    assert "Ready to publish" in page.locator(".article-row", has_text="Riverside").inner_text()
    assert "Not ready" in page.locator(".article-row", has_text="Top Syrian").inner_text()
    assert page.locator("#overdue-heading .count").inner_text() != "0"
    page.screenshot(path=str(screenshots / "dashboard-desktop.png"), full_page=True)

    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path=str(screenshots / "dashboard-phone.png"), full_page=True)
    page.set_viewport_size({"width": 1400, "height": 1000})

    page.select_option("#f-desk", "Metro")
    page.click(".filters button[type=submit]")
    page.wait_for_url("**desk=Metro**")
    assert page.locator(".article-row").count() == 2

    page.goto(f"{live_server.url}/dashboard/articles/{seed.pk}/")
    assert page.locator(".claim-context, .article-body a.claim").count() == seed.claims.count()
    page.click("button:has-text('Sign off')")
    page.wait_for_selector(".messages .success")
    proposed = seed.claims.get(text__contains="expanding its use of widely banned")
    assert proposed.status == Claim.Status.SIGNED_OFF and proposed.signed_off_by == editor
    page.goto(f"{live_server.url}/dashboard/articles/{seed.pk}/")
    page.click("details.review-preview summary")
    assert "ClaimReview" in page.locator("pre.json").inner_text()
    page.screenshot(path=str(screenshots / "dashboard-article.png"), full_page=True)


def test_a_fact_checker_sees_their_own_queue_without_actions(
    page, live_server, fact_checker, other_fact_checker, editor
):
    build_desk(fact_checker=fact_checker, editor=editor, other_fact_checker=other_fact_checker)
    log_in(page, live_server, fact_checker.username)
    page.wait_for_selector("h1")
    assert page.inner_text("h1") == "My verification queue"
    assert page.locator("form[action*='sign-off']").count() == 0
    assert page.locator("#workload-heading").count() == 0
