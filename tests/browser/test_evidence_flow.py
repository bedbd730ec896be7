"""Evidence snapshots in a real browser: a source attached to the seed's cluster-bomb
accusation is captured (its hash on the claim page), the page changes, and the claim shows the
change, with the word-level differences between the two captures."""

import pytest

from claims import snapshots
from claims.models import Article, ClaimEvent, Notification, Source
from tests import test_snapshots
from tests.browser.test_workspace_flow import log_in, paste_article
from tests.support.seed import SEED

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

changing_page = test_snapshots.changing_page
snapshot_storage = test_snapshots.snapshot_storage


def test_a_captured_source_and_its_change_on_the_claim_page(
    page, live_server, fact_checker, screenshots, changing_page, settings
):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True  # the changing page is on 127.0.0.1
    changing_page["body"] = test_snapshots.REPORT.format(
        "Human Rights Watch found cluster bomb remnants at 119 sites in Syria."
    ).encode()
    Source.objects.create(
        name="Human Rights Watch field report", kind="document", url=changing_page["url"]
    )
    log_in(page, live_server, fact_checker.username)
    paste_article(page, live_server, SEED)
    accusation = Article.objects.get().claims.get(text__contains="expanding its use")
    claim_page = f"{live_server.url}/admin/claims/claim/{accusation.pk}/change/"

    page.goto(claim_page)
    page.select_option("#id_assignee", str(fact_checker.pk))
    page.click("#claim_sources-0 .select2-selection")
    page.fill(".select2-search__field", "Human Rights")
    page.click(".select2-results__option >> text=Human Rights Watch field report")
    page.select_option("#id_claim_sources-0-role", "supports")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    assert "capture pending" in page.inner_text("#claim_sources-group")

    report = Source.objects.get(url=changing_page["url"])
    first = snapshots.capture(source_id=report.pk)  # what the worker does after the save
    page.goto(claim_page)
    sources = page.inner_text("#claim_sources-group")
    assert "HTTP 200" in sources and first.sha256[:12] in sources
    stored = page.locator("#claim_sources-group a", has_text="stored copy")
    assert stored.count() == 1
    page.screenshot(path=str(screenshots / "claim-evidence-snapshot.png"), full_page=True)

    changing_page["body"] = test_snapshots.REPORT.format(
        "Human Rights Watch found cluster bomb remnants at 56 sites in Syria."
    ).encode()
    snapshots.recapture(source_id=report.pk)  # beat's sweep, a day later
    assert accusation.events.filter(action=ClaimEvent.Action.EVIDENCE).count() == 1
    assert Notification.objects.filter(kind="evidence", recipient=fact_checker).count() == 1
    page.goto(claim_page)
    page.click("#claim_sources-group a >> text=changes since the capture before")
    page.wait_for_selector(".word-diff")
    assert page.inner_text(".word-diff del") == "119"
    assert page.inner_text(".word-diff ins") == "56"
    page.screenshot(path=str(screenshots / "evidence-changes.png"), full_page=True)
