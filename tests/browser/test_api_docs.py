"""Swagger UI at /api/docs/ renders the schema from files the project serves itself."""

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_the_api_docs_render_every_resource(page, live_server, fact_checker, screenshots):
    requests_elsewhere = []
    page.on(
        "request",
        lambda request: (
            requests_elsewhere.append(request.url)
            if not request.url.startswith(live_server.url) and not request.url.startswith("data:")
            else None
        ),
    )
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", fact_checker.username)
    page.fill("#id_password", "a-long-test-password")
    page.click("input[type=submit]")
    page.goto(f"{live_server.url}/api/docs/")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "Claim desk API" in page.inner_text(".swagger-ui .info .title")
    tags = page.locator(".opblock-tag").all_inner_texts()
    for tag in ("articles", "claims", "sources", "notifications", "claimreview"):
        assert any(text.strip().startswith(tag) for text in tags), tags
    assert requests_elsewhere == []  # no CDN
    page.screenshot(path=str(screenshots / "api-docs.png"))
