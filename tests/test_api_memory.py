"""The desk's memory over the API: similar claims to a stored claim or to any text, ranked with
scores and reasons, paginated; stored matches confirmed or dismissed, by role."""

import pytest
from rest_framework.test import APIClient

from claims import memory
from claims.models import Claim, ClaimMatch
from claims.services import article_ingest
from tests.test_memory import FIRST, SECOND, THIRD

pytestmark = pytest.mark.django_db


def client_for(user) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def desk(fact_checker):
    first = article_ingest(text=FIRST, by=fact_checker)
    second = article_ingest(text=SECOND, by=fact_checker)
    third = article_ingest(text=THIRD, by=fact_checker)
    for article in (second, third):
        memory.article_match(article_id=article.pk)
    return first, second, third


def test_similar_claims_of_a_stored_claim_come_ranked_with_reasons(fact_checker, desk):
    first, second, _ = desk
    toll = second.claims.get(text__contains="70,000")
    response = client_for(fact_checker).get(f"/api/claims/{toll.pk}/similar/")
    assert response.status_code == 200, response.content
    body = response.json()
    assert {"count", "next", "previous", "results"} <= set(body)
    results = body["results"]
    scores = [item["score"] for item in results]
    assert scores == sorted(scores, reverse=True)
    best = next(item for item in results if "70,000" in item["claim"]["text"])
    assert best["claim"]["article"] == first.pk
    assert best["relation"] == "same" and "70,000" in best["reasons"]["figures"]
    assert best["match"] == ClaimMatch.objects.get(claim=toll, earlier=best["claim"]["id"]).pk
    assert best["match_status"] == "suggested"
    assert all(item["claim"]["article"] != second.pk for item in results)  # other articles


def test_any_text_can_be_checked_against_the_desk_and_pages_are_small(fact_checker, desk):
    client = client_for(fact_checker)
    response = client.get("/api/claims/similar/", {"text": "Syria war toll: 70k dead, says UN"})
    assert response.status_code == 200, response.content
    (first_hit, *_) = response.json()["results"]
    assert "70,000" in first_hit["claim"]["text"] and first_hit["match"] is None
    page = client.get("/api/claims/similar/", {"text": "Syria killed people", "limit": 1})
    assert len(page.json()["results"]) == 1 and page.json()["next"]
    contradicted = client.get("/api/claims/similar/", {"text": "95,000 killed in Syria since 2011"})
    relations = {item["relation"] for item in contradicted.json()["results"]}
    assert "contradicts" in relations


@pytest.mark.parametrize(
    ("query", "message"), [({}, "Give a sentence"), ({"text": "x" * 2001}, "At most 2,000")]
)
def test_a_missing_or_oversized_text_is_a_400_that_says_why(fact_checker, query, message):
    response = client_for(fact_checker).get("/api/claims/similar/", query)
    assert response.status_code == 400
    assert message in str(response.json()["error"])


def test_matches_are_listed_confirmed_and_dismissed_by_the_desk(
    fact_checker, editor, outsider, desk
):
    _, second, _ = desk
    client = client_for(fact_checker)
    listed = client.get("/api/matches/", {"status": "suggested"}).json()["results"]
    assert listed and {"earlier", "score", "reasons", "relation"} <= set(listed[0])
    toll = second.claims.get(text__contains="70,000")
    match = ClaimMatch.objects.get(claim=toll, earlier__text__contains="70,000")
    assert client_for(outsider).post(f"/api/matches/{match.pk}/confirm/").status_code == 403
    confirmed = client.post(f"/api/matches/{match.pk}/confirm/", {}, format="json")
    assert confirmed.status_code == 200, confirmed.content
    assert confirmed.json()["status"] == "confirmed"
    assert confirmed.json()["decided_by"]["username"] == "fiona"
    refused = client_for(editor).post(f"/api/matches/{match.pk}/dismiss/")
    assert refused.status_code == 409 and "already confirmed" in refused.json()["error"]["message"]
    other = ClaimMatch.objects.filter(status="suggested").first()
    assert client.post(f"/api/matches/{other.pk}/dismiss/").json()["status"] == "dismissed"


def test_carrying_a_verdict_that_is_not_signed_off_is_refused_and_changes_nothing(
    fact_checker, desk
):
    match = ClaimMatch.objects.filter(relation="same").first()
    response = client_for(fact_checker).post(
        f"/api/matches/{match.pk}/confirm/", {"carry_verdict": True}, format="json"
    )
    assert response.status_code == 400
    assert "no signed-off verdict" in response.json()["error"]["message"]
    assert ClaimMatch.objects.get(pk=match.pk).status == "suggested"
    assert Claim.objects.get(pk=match.claim_id).status == Claim.Status.NEW
