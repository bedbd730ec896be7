"""Hostile text from articles, notes and sources is shown as text, never run; the CSP is sent;
logins are throttled; tokens are revocable."""

import pytest
from django.core import mail
from rest_framework.test import APIClient

from claims.models import Claim, ClaimSource, Notification, ReviewNote, Source
from claims.notifications import render_email
from claims.services import article_ingest

pytestmark = pytest.mark.django_db

HOSTILE = (
    "Home / World\n\nThe minister said <script>window.pwned=1</script> 40 people were hurt.\n\n"
    'Officials said <img src=x onerror="window.pwned=2"> the bridge was closed on Monday.\n\n'
    "Police said the suspect\u202egnp.exe\u202c was arrested in <b>Lyon</b> "
    '<a href="javascript:alert(1)">here</a>.\n'
)
PAYLOADS = ("<script>window.pwned", "<img src=x onerror", 'href="javascript:')


@pytest.fixture
def hostile(fact_checker):
    article = article_ingest(text=HOSTILE, by=fact_checker, url="https://news.example.org/x")
    claim = article.claims.first()
    source = Source.objects.create(
        name="<script>alert('source')</script>", kind="other", url="https://example.org/"
    )
    ClaimSource.objects.create(claim=claim, source=source, role="supports")
    ReviewNote.objects.create(claim=claim, author=fact_checker, body="<img src=x onerror=alert(1)>")
    Claim.objects.filter(pk=claim.pk).update(status="signed_off", verdict="false")
    return article


def assert_inert(html: str, *, shows_the_text: bool = True):
    for payload in PAYLOADS:
        assert payload not in html, payload
    if shows_the_text:
        assert "&lt;script&gt;" in html or "\\u003Cscript" in html


def test_the_csp_header_allows_only_the_projects_scripts(client, editor):
    client.force_login(editor)
    policy = client.get("/dashboard/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "object-src 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]


@pytest.mark.parametrize("page", ["admin_article", "admin_claim", "dashboard", "drill", "public"])
def test_hostile_text_is_shown_as_text_everywhere(client, editor, hostile, page):
    claim = hostile.claims.first()
    urls = {
        "admin_article": f"/admin/claims/article/{hostile.pk}/change/",
        "admin_claim": f"/admin/claims/claim/{claim.pk}/change/",
        "dashboard": "/dashboard/",
        "drill": f"/dashboard/articles/{hostile.pk}/",
        "public": f"/factchecks/claims/{claim.pk}/",
    }
    client.force_login(editor)
    response = client.get(urls[page])
    assert response.status_code == 200
    assert_inert(response.content.decode(), shows_the_text=page != "dashboard")


def test_hostile_text_is_inert_in_emails(hostile, fact_checker):
    claim = hostile.claims.first()
    notification = Notification.objects.create(
        recipient=fact_checker, kind="due_soon", claim=claim, dedupe_key="x", subject="Due soon"
    )
    _, _, html = render_email(notification)
    for payload in PAYLOADS:
        assert payload not in html
    assert mail.outbox == []


def test_the_api_returns_hostile_text_as_json_strings(editor, hostile):
    client = APIClient()
    client.force_authenticate(editor)
    response = client.get(f"/api/articles/{hostile.pk}/")
    assert response["Content-Type"] == "application/json"
    assert response.json()["body"] == HOSTILE


def test_a_1mb_single_line_article_is_refused_with_the_limit(client, fact_checker):
    client.force_login(fact_checker)
    response = client.post(
        "/admin/claims/article/add/", {"text": "The minister said yes. " * 45000}
    )
    assert "the limit is" in response.content.decode()


def test_a_long_single_line_article_renders(client, fact_checker, settings):
    line = "The minister said 40 people were hurt on Monday, officials confirmed. " * 2000
    article = article_ingest(text=line, by=fact_checker)
    client.force_login(fact_checker)
    assert client.get(f"/admin/claims/article/{article.pk}/change/").status_code == 200


def test_logins_are_throttled_on_the_admin_and_the_token_endpoint(client, fact_checker, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        client.post("/admin/login/", {"username": "fiona", "password": "wrong"})
    locked = client.post("/admin/login/", {"username": "fiona", "password": "a-long-test-password"})
    assert locked.status_code == 429
    assert "Too many failed logins" in locked.content.decode()
    api = APIClient()
    response = api.post(
        "/api/auth/token/", {"username": "fiona", "password": "a-long-test-password"}, format="json"
    )
    assert response.status_code == 429
    assert "Too many failed logins" in response.json()["error"]["message"]


def test_weak_passwords_are_refused():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("password")
