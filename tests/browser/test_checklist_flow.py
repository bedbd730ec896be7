"""The statistics checklist in a real browser: the seed's death-toll claim is taken into review
and gets the statistics steps; its required steps block the verdict until a fact-checker ticks
them (with a note and a source) or an editor waives one with a reason."""

import pytest

from claims.models import Article, ChecklistStep, Claim, Source
from tests.browser.test_workspace_flow import log_in, paste_article
from tests.support.checklists import ship_templates
from tests.support.seed import SEED

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_required_steps_block_the_verdict_until_done_or_waived(
    page, live_server, fact_checker, editor, screenshots
):
    ship_templates()  # this test's database was flushed by the one before
    Source.objects.create(
        name="UN OHCHR casualty analysis", kind="document", url="https://www.ohchr.org/syria"
    )
    log_in(page, live_server, fact_checker.username)
    paste_article(page, live_server, SEED)
    toll = Article.objects.get().claims.get(text__contains="70,000")
    claim_page = f"{live_server.url}/admin/claims/claim/{toll.pk}/change/"

    # Taken into review: the statistics steps appear.
    page.goto(claim_page)
    page.select_option("#id_status", "in_review")
    page.select_option("#id_assignee", str(fact_checker.pk))
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    rows = page.locator("#checklist_steps-group td.field-step")
    assert rows.count() == toll.checklist_steps.count() == 5
    assert "Find the primary data" in rows.nth(0).inner_text()

    # A source and a note, then a verdict: refused while required steps are open.
    page.click("#claim_sources-0 .select2-selection")
    page.fill(".select2-search__field", "OHCHR")
    page.click(".select2-results__option >> text=UN OHCHR casualty analysis")
    page.select_option("#id_claim_sources-0-role", "supports")
    page.select_option("#id_notes-0-kind", "evidence")
    page.fill("#id_notes-0-body", "OHCHR counted 59,648 documented killings by November.")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    page.select_option("#id_status", "verdict_proposed")
    page.select_option("#id_verdict", "mostly_true")
    page.click("input[name=_continue]")
    page.wait_for_selector(".errornote, .errorlist")
    assert "required checklist steps" in page.inner_text("#content")
    assert Claim.objects.get(pk=toll.pk).status == "in_review"
    page.screenshot(path=str(screenshots / "claim-checklist-blocks-verdict.png"), full_page=True)

    # The fact-checker ticks the first two steps, the first with the source as evidence.
    page.goto(claim_page)
    first, second, third = toll.checklist_steps.filter(is_required=True).order_by("position")
    page.fill(f"input[name=step-{first.pk}-note]", "OHCHR analysis, table 1.")
    page.select_option(f"select[name=step-{first.pk}-evidence]", index=1)
    page.click(f"#checklist_steps-group button.step-done[formaction$='/{first.pk}/done/']")
    page.wait_for_selector(".messagelist .success")
    page.click(f"#checklist_steps-group button.step-done[formaction$='/{second.pk}/done/']")
    page.wait_for_selector(".messagelist .success")
    assert page.locator(f"button.step-waive[formaction$='/{third.pk}/waive/']").count() == 0

    # The editor waives the third, with a reason.
    log_in(page, live_server, editor.username)
    page.goto(claim_page)
    page.fill(f"input[name=step-{third.pk}-reason]", "The UN publishes no method note; noted.")
    page.click(f"button.step-waive[formaction$='/{third.pk}/waive/']")
    page.wait_for_selector(".messagelist .success")
    states = dict(toll.checklist_steps.values_list("pk", "state"))
    assert (states[first.pk], states[second.pk], states[third.pk]) == ("done", "done", "waived")
    assert ChecklistStep.objects.get(pk=first.pk).evidence.source.name.startswith("UN OHCHR")

    # Now the verdict goes through.
    log_in(page, live_server, fact_checker.username)
    page.goto(claim_page)
    page.select_option("#id_status", "verdict_proposed")
    page.select_option("#id_verdict", "mostly_true")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    assert Claim.objects.get(pk=toll.pk).status == "verdict_proposed"
    page.screenshot(path=str(screenshots / "claim-checklist-done.png"), full_page=True)
