"""The desk's memory in the admin: an article's claims marked as seen before (and the page
saying while matching is pending), a claim's matches with why, decided in one click; the
"check a claim" box."""

import lxml.html
import pytest
from django.urls import reverse
from django.utils import timezone

from claims import memory
from claims.models import Claim, ClaimMatch, ClaimSource, Source
from claims.services import article_ingest
from tests.support.checklists import complete as complete_checklists
from tests.test_admin import form_values
from tests.test_memory import FIRST, SECOND

pytestmark = pytest.mark.django_db


@pytest.fixture
def repeated(fact_checker):
    first = article_ingest(text=FIRST, by=fact_checker)
    second = article_ingest(text=SECOND, by=fact_checker)
    earlier = first.claims.get(text__contains="70,000")
    report = Source.objects.create(kind=Source.Kind.DOCUMENT, name="UN casualty report")
    ClaimSource.objects.create(claim=earlier, source=report, role=ClaimSource.Role.SUPPORTS)
    complete_checklists(earlier, fact_checker)  # its verdict rested on the desk's steps
    Claim.objects.filter(pk=earlier.pk).update(
        status=Claim.Status.SIGNED_OFF, verdict=Claim.Verdict.TRUE, signed_off_at=timezone.now()
    )
    return first, second


def test_the_article_page_says_matching_is_pending_then_marks_claims_seen_before(
    client, fact_checker, repeated
):
    _, second = repeated
    client.force_login(fact_checker)
    url = reverse("admin:claims_article_change", args=[second.pk])
    pending = lxml.html.fromstring(client.get(url).content.decode())
    assert pending.xpath("//div[contains(@class, 'matching-progress')]")
    status = client.get(reverse("admin:claims_article_ingest_status", args=[second.pk])).json()
    assert status["matched"] is False
    memory.article_match(article_id=second.pk)
    page = lxml.html.fromstring(client.get(url).content.decode())
    assert not page.xpath("//div[contains(@class, 'matching-progress')]")
    (seen, *_) = page.xpath("//span[contains(@class, 'seen-before')]")
    text = seen.text_content()
    assert "seen before ×" in text and "verdict: True" in text


def test_a_claim_seen_before_is_confirmed_with_its_verdict_in_one_click(
    client, fact_checker, repeated
):
    _, second = repeated
    memory.article_match(article_id=second.pk)
    claim = second.claims.get(text__contains="70,000")
    client.force_login(fact_checker)
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    document = lxml.html.fromstring(page.content.decode())
    rows = document.xpath("//*[contains(@class, 'match-reasons')]")
    assert any("70,000" in row.text_content() for row in rows)
    (carry, *_) = document.xpath("//button[contains(@class, 'match-carry')]")
    assert "take its verdict (True)" in carry.text_content()

    response = client.post(carry.get("formaction"), form_values(page, "claim_form"), follow=True)

    assert "its verdict and evidence are proposed for sign-off" in response.content.decode()
    claim.refresh_from_db()
    assert (claim.status, claim.verdict) == (Claim.Status.VERDICT_PROPOSED, Claim.Verdict.TRUE)
    match = ClaimMatch.objects.get(claim=claim, earlier__text__contains="70,000")
    assert match.status == ClaimMatch.Status.CONFIRMED and match.decided_by == fact_checker
    after = lxml.html.fromstring(response.content.decode())
    assert "Confirmed by fiona" in after.text_content()


def test_dismissing_needs_a_post_the_right_claim_and_a_role(
    client, fact_checker, outsider, repeated
):
    _, second = repeated
    memory.article_match(article_id=second.pk)
    match = ClaimMatch.objects.filter(claim__article=second).first()
    url = reverse("admin:claims_claim_match", args=[match.claim_id, match.pk, "dismiss"])
    client.force_login(fact_checker)
    assert client.get(url).status_code == 405
    other_claim = second.claims.exclude(pk=match.claim_id).first()
    wrong = reverse("admin:claims_claim_match", args=[other_claim.pk, match.pk, "dismiss"])
    assert client.post(wrong).status_code == 404
    bad = reverse("admin:claims_claim_match", args=[match.claim_id, match.pk, "maybe"])
    assert client.post(bad).status_code == 404
    client.force_login(outsider)
    assert client.post(url).status_code in (302, 403)
    assert ClaimMatch.objects.get(pk=match.pk).status == ClaimMatch.Status.SUGGESTED
    client.force_login(fact_checker)
    client.post(url)
    assert ClaimMatch.objects.get(pk=match.pk).status == ClaimMatch.Status.DISMISSED


def test_the_check_a_claim_box_says_whether_the_desk_has_seen_a_sentence(
    client, fact_checker, repeated
):
    client.force_login(fact_checker)
    changelist = client.get(reverse("admin:claims_claim_changelist")).content.decode()
    url = reverse("admin:claims_claim_check")
    assert url in changelist
    page = client.get(url, {"text": "UN says Syria's war has now killed 70k people"})
    document = lxml.html.fromstring(page.content.decode())
    results = [li.text_content() for li in document.xpath("//section[@class='results']//li")]
    assert results and all("70,000" in result for result in results[:2])
    checked = next(result for result in results if "True" in result)  # its signed-off verdict
    assert "figures 70,000" in checked and "UN casualty" not in checked
    nothing = client.get(url, {"text": "The mayor opened a new bakery in Leeds"})
    assert "has no claim like this one yet" in nothing.content.decode()
    empty = client.get(url, {"text": "   "})
    assert "This field is required" in empty.content.decode() or "Give a sentence" in (
        empty.content.decode()
    )


def test_the_dashboard_counts_each_articles_claims_seen_and_already_checked(
    client, editor, fact_checker, repeated
):
    from claims.selectors import DashboardFilters, dashboard_article_progress

    _, second = repeated
    memory.article_match(article_id=second.pk)
    rows = {row.article.pk: row for row in dashboard_article_progress(filters=DashboardFilters())}
    assert rows[second.pk].seen_before >= 1
    assert rows[second.pk].already_checked == 1  # the toll: signed off as true before
    client.force_login(editor)
    page = client.get(reverse("dashboard")).content.decode()
    assert "1 already checked" in page
