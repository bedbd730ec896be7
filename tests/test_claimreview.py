"""ClaimReview JSON-LD: what Google's Fact Check tools need, the public page, and a round trip
through import."""

import json
import re

import pytest
from rest_framework.test import APIClient

from claims.claimreview import RATING_SCALE, claim_review
from claims.models import Article, Claim, ClaimSource, ReviewNote, Source
from claims.services import article_ingest, claim_source_add, claim_transition, note_add
from tests.support.seed import SEED

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_off(fact_checker, editor):
    article = article_ingest(text=SEED, by=fact_checker, url="https://www.chinadaily.com.cn/x")
    claim = article.claims.get(text__contains="expanding its use of widely banned")
    claim = claim_transition(
        claim=claim, to_status="in_review", by=fact_checker, expected_version=1
    )
    note_add(claim=claim, by=fact_checker, body="HRW documented remnants.")
    note_add(claim=claim, by=fact_checker, body="Our source: a colonel", is_internal=True)
    source = Source.objects.create(name="Human Rights Watch", kind="organisation")
    claim_source_add(claim=claim, source=source, role="supports", by=fact_checker)
    claim.refresh_from_db()
    claim = claim_transition(
        claim=claim,
        to_status="verdict_proposed",
        verdict="true",
        by=fact_checker,
        expected_version=claim.version,
    )
    return claim_transition(
        claim=claim, to_status="signed_off", by=editor, expected_version=claim.version
    )


def test_the_review_has_every_field_googles_fact_check_tools_require(signed_off):
    review = claim_review(signed_off)
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == signed_off.text
    assert review["url"].endswith(f"/factchecks/claims/{signed_off.pk}/")
    assert review["author"]["@type"] == "Organization" and review["author"]["name"]
    rating = review["reviewRating"]
    assert rating == {
        "@type": "Rating",
        "ratingValue": 5,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "True",
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {"@type": "Organization", "name": "observers"}
    assert item["appearance"][0]["url"] == "https://www.chinadaily.com.cn/x"
    assert item["appearance"][0]["publisher"]["name"] == "China Daily"
    assert item["datePublished"] == "2013-03-18"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", review["datePublished"])


def test_every_verdict_has_a_rating_on_the_scale():
    assert set(RATING_SCALE) == set(Claim.Verdict.values)
    assert all(1 <= value <= 5 for value, _ in RATING_SCALE.values())


def test_only_signed_off_claims_are_exported(fact_checker, signed_off):
    client = APIClient()
    client.force_authenticate(fact_checker)
    other = signed_off.article.claims.exclude(pk=signed_off.pk).first()
    assert client.get(f"/api/claims/{other.pk}/claimreview/").status_code == 404
    assert client.get(f"/api/claims/{signed_off.pk}/claimreview/").json() == claim_review(
        signed_off
    )
    listed = client.get(f"/api/articles/{signed_off.article_id}/claimreview/").json()
    assert listed == [claim_review(signed_off)]


def test_the_public_page_embeds_the_json_ld_and_keeps_internal_notes_in(client, signed_off):
    page = client.get(f"/factchecks/claims/{signed_off.pk}/")
    html = page.content.decode()
    assert page.status_code == 200
    embedded = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(embedded) == claim_review(signed_off)
    assert "colonel" not in html
    other = signed_off.article.claims.exclude(pk=signed_off.pk).first()
    assert client.get(f"/factchecks/claims/{other.pk}/").status_code == 404


def test_article_text_cannot_break_out_of_the_json_ld(client, fact_checker, editor):
    hostile = "The minister said </script><script>alert(1)</script> & more was paid."
    article = article_ingest(text=hostile, by=fact_checker)
    claim = article.claims.first()
    Claim.objects.filter(pk=claim.pk).update(status="signed_off", verdict="false")
    html = client.get(f"/factchecks/claims/{claim.pk}/").content.decode()
    assert "<script>alert(1)" not in html
    assert html.count("</script>") == 1


def test_a_round_trip_through_import_gives_the_same_document(editor, signed_off, django_db_blocker):
    exported = claim_review(signed_off)
    # an empty desk: everything but the people goes
    ClaimSource.objects.all().delete()
    ReviewNote.objects.all().delete()
    Article.objects.all().delete()
    Source.objects.all().delete()
    client = APIClient()
    client.force_authenticate(editor)
    response = client.post("/api/claimreview/import/", exported, format="json")
    assert response.status_code == 200, response.content
    (imported_id,) = response.json()["claims"]
    imported = Claim.objects.select_related("article").get(pk=imported_id)
    assert claim_review(imported) == exported
    # idempotent: importing again changes nothing
    again = client.post("/api/claimreview/import/", [exported], format="json")
    assert again.json()["claims"] == [imported_id]
    assert (
        Claim.objects.count() == 1 and imported.events.count() == Claim.objects.get().events.count()
    )


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"@type": "Review"}, "not a ClaimReview"),
        ({"@type": "ClaimReview", "claimReviewed": ""}, "claimReviewed"),
        ({"@type": "ClaimReview", "claimReviewed": "X said Y", "reviewRating": {}}, "reviewRating"),
        (
            {
                "@type": "ClaimReview",
                "claimReviewed": "X",
                "reviewRating": {"ratingValue": 9, "bestRating": 5, "worstRating": 1},
            },
            "outside",
        ),
        ([], "no ClaimReview"),
        ("just a string", "not a ClaimReview"),
    ],
)
def test_bad_documents_are_refused_and_store_nothing(editor, document, message):
    client = APIClient()
    client.force_authenticate(editor)
    response = client.post("/api/claimreview/import/", document, format="json")
    assert response.status_code == 400
    assert message in response.json()["error"]["message"]
    assert Article.objects.count() == 0


def test_fact_checkers_cannot_import_verdicts(fact_checker, signed_off):
    client = APIClient()
    client.force_authenticate(fact_checker)
    assert (
        client.post("/api/claimreview/import/", claim_review(signed_off), format="json").status_code
        == 403
    )
