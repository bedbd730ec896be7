"""The reminder e-mail, rendered from the seed article's claims, looks right in a browser."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Notification, Profile
from claims.notifications import render_email
from claims.services import article_ingest
from tests.support.seed import SEED

pytestmark = [pytest.mark.slow, pytest.mark.django_db]


def test_the_overdue_reminder_for_the_cluster_bomb_claim(page, fact_checker, screenshots):
    Profile.objects.create(user=fact_checker, time_zone="Europe/Paris")
    article = article_ingest(text=SEED, by=fact_checker)
    claim = article.claims.get(text__contains="expanding its use of widely banned")
    claim.assignee = fact_checker
    claim.due_at = timezone.now() - timedelta(hours=2)
    claim.save()
    notification = Notification.objects.create(
        recipient=fact_checker,
        kind="overdue",
        claim=claim,
        article=article,
        about_deadline=claim.due_at,
        dedupe_key="overdue-example",
        subject=f"Overdue: claim #{claim.ordinal} of “{article}”",
    )
    subject, text, html = render_email(notification)
    assert "Overdue: claim #" in subject
    assert claim.text in text and "Europe/Paris" in text
    (screenshots / "reminder-email.html").write_text(html, encoding="utf-8")
    page.set_viewport_size({"width": 720, "height": 900})
    page.set_content(html)
    assert page.locator("blockquote").inner_text().startswith(claim.text)
    assert page.locator("text=Open the claim").count() == 1
    page.screenshot(path=str(screenshots / "reminder-email.png"), full_page=True)
