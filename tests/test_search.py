"""One search for the admin, the API and the dashboard; an estimated count for huge lists."""

import pytest
from django.db import connection
from rest_framework.test import APIClient

from claims import paginator, search
from claims.models import Article, Claim
from claims.services import article_ingest
from tests.support.seed import SEED

pytestmark = pytest.mark.django_db


@pytest.fixture
def seed(fact_checker):
    return article_ingest(text=SEED, by=fact_checker)


def texts(claims) -> list[str]:
    return sorted(claim.text for claim in claims)


def test_words_find_claims_by_text_and_claimant(seed):
    assert all(
        "cluster bombs" in t for t in texts(search.claims_matching(Claim.objects, "cluster bombs"))
    )
    by_claimant = search.claims_matching(Claim.objects, "Al-Arabiya")
    assert any("defected along with his son" in claim.text for claim in by_claimant)


def test_a_partial_word_finds_claims_too(seed):
    assert search.claims_matching(Claim.objects, "Khallu").exists()


def test_an_empty_search_changes_nothing(seed):
    assert search.claims_matching(Claim.objects.all(), "  ").count() == seed.claims.count()


@pytest.mark.postgres
def test_full_text_search_stems_and_takes_web_search_syntax(seed):
    # "bomb" finds "bombs" and "bomb" (stemming); -cluster excludes the cluster-bomb claims.
    found = texts(search.claims_matching(Claim.objects, "bomb -cluster"))
    assert found and all("car bomb" in text for text in found)
    assert search.articles_matching(Article.objects, '"car bomb"').get() == seed


@pytest.mark.postgres
def test_search_uses_the_indexes(seed):
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        matching = search.claims_matching(Claim.objects.order_by(), "bombs")
        sql, params = matching.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("SET enable_seqscan = on")
    assert "claim_search_gin" in plan and "claim_text_trigram" in plan, plan


def test_the_api_and_the_admin_and_the_dashboard_search_alike(client, seed, editor):
    api = APIClient()
    api.force_authenticate(editor)
    expected = set(search.claims_matching(Claim.objects, "cluster").values_list("pk", flat=True))
    listed = api.get("/api/claims/?search=cluster&page_size=200").json()["results"]
    assert {claim["id"] for claim in listed} == expected
    client.force_login(editor)
    admin_page = client.get("/admin/claims/claim/?q=cluster")
    assert {claim.pk for claim in admin_page.context["cl"].result_list} == expected
    dashboard = client.get("/dashboard/?q=Khalluf").content.decode()
    assert "Top Syrian general defects to Jordan" in dashboard
    assert "Top Syrian general" not in client.get("/dashboard/?q=zebra").content.decode()


def test_the_paginator_counts_exactly_below_the_threshold_and_estimates_above(seed, monkeypatch):
    claims = Claim.objects.order_by("pk")
    assert paginator.EstimatedCountPaginator(claims, 5).count == claims.count()
    monkeypatch.setattr(paginator, "EXACT_UP_TO", 3)
    estimated = paginator.EstimatedCountPaginator(claims, 5).count
    if connection.vendor == "postgresql":
        assert estimated >= 4  # the planner's figure, never below what was counted
    else:
        assert estimated == claims.count()


@pytest.mark.postgres
def test_the_admin_says_about_when_the_count_is_an_estimate(seed, editor, client, monkeypatch):
    client.force_login(editor)
    page = client.get("/admin/claims/claim/").content.decode()
    assert "about " not in page.split('class="paginator"')[1][:400]
    monkeypatch.setattr(paginator, "EXACT_UP_TO", 3)
    page = client.get("/admin/claims/claim/").content.decode()
    assert "about " in page.split('class="paginator"')[1][:400]


def test_the_outlet_filter_lists_each_outlet_once_in_order(db):
    from claims import selectors

    for index, outlet in enumerate(["Reuters", "", "AFP", "Reuters", "BBC", "AFP", "Al Jazeera"]):
        Article.objects.create(title=f"Story {index}", outlet=outlet, body=f"Body {index}.")
    assert selectors.outlets(limit=100) == ["AFP", "Al Jazeera", "BBC", "Reuters"]
    assert selectors.outlets(limit=2) == ["AFP", "Al Jazeera"]
