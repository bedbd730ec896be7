import json

from django.db import connection
from django.http import Http404, HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from claims import claimreview
from claims.models import Article, Claim


def health(request: HttpRequest) -> JsonResponse:
    """For load balancers and docker-compose: 200 when the database answers, 503 when not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:  # any database failure means "not healthy"
        return JsonResponse({"status": "unavailable", "error": type(error).__name__}, status=503)
    return JsonResponse({"status": "ok"})


# Inside <script>, "<", ">" and "&" could end the element or start markup: escape them the way
# Django's json_script does, so that article text can never break out of the JSON-LD.
SCRIPT_SAFE = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data) -> str:
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_SAFE))


def public_claim_review(request: HttpRequest, claim_id: int):
    """The published fact-check of one signed-off claim, with its ClaimReview JSON-LD."""
    claim = get_object_or_404(Claim.objects.select_related("article"), pk=claim_id)
    if not claimreview.is_published(claim):
        raise Http404("No published fact-check here.")
    return _review_page(request, claim.article, [claim])


def public_article_reviews(request: HttpRequest, article_id: int):
    """An article's published fact-checks (its signed-off claims), with their JSON-LD."""
    article = get_object_or_404(Article, pk=article_id)
    claims = [
        claim
        for claim in article.claims.filter(status=Claim.Status.SIGNED_OFF)
        .select_related("article")
        .order_by("ordinal")
        if claimreview.is_published(claim)
    ]
    if not claims:
        raise Http404("No published fact-checks for this article yet.")
    return _review_page(request, article, claims)


def _review_page(request, article: Article, claims: list[Claim]):
    reviews = [claimreview.claim_review(claim) for claim in claims]
    return render(
        request,
        "claims/claimreview.html",
        {
            "article": article,
            "items": [
                {"claim": claim, "review": review, "rating": review["reviewRating"]}
                for claim, review in zip(claims, reviews, strict=True)
            ],
            "json_ld": json_ld(reviews[0] if len(reviews) == 1 else reviews),
        },
    )
