"""schema.org ClaimReview: the desk's signed-off verdicts as JSON-LD, and the way back in.

The rating scale is mapped here and nowhere else. Google's Fact Check tools need, per review:
claimReviewed, reviewRating (with alternateName, the textual rating), url, author, and
itemReviewed (a Claim, ideally with its author and where it appeared); datePublished is
recommended.
"""

from __future__ import annotations

from datetime import UTC, datetime

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from claims import roles, services
from claims.models import Article, Claim, ClaimEvent, ClaimSource, Source
from claims.text import is_web_address, text_is_readable

# verdict -> (ratingValue, alternateName); bestRating 5, worstRating 1.
RATING_SCALE: dict[str, tuple[int, str]] = {
    Claim.Verdict.TRUE: (5, "True"),
    Claim.Verdict.MOSTLY_TRUE: (4, "Mostly true"),
    Claim.Verdict.HALF_TRUE: (3, "Half true"),
    Claim.Verdict.UNPROVEN: (3, "Unproven"),
    Claim.Verdict.MISLEADING: (2, "Misleading"),
    Claim.Verdict.MOSTLY_FALSE: (2, "Mostly false"),
    Claim.Verdict.FALSE: (1, "False"),
}
BEST_RATING, WORST_RATING = 5, 1
VERDICT_BY_NAME = {name.lower(): verdict for verdict, (_, name) in RATING_SCALE.items()}

AUTHOR_TYPE_BY_SOURCE_KIND = {Source.Kind.PERSON: "Person"}


class ImportRefused(ValueError):
    """The document is not a ClaimReview this desk can take; the message says why."""


def review_url(claim: Claim) -> str:
    return claim.review_url or settings.SITE_URL + reverse("claimreview_claim", args=[claim.pk])


def is_published(claim: Claim) -> bool:
    return claim.status == Claim.Status.SIGNED_OFF and claim.verdict in RATING_SCALE


def claim_review(claim: Claim) -> dict:
    """The JSON-LD of one signed-off claim (select_related("article") saves a query)."""
    if not is_published(claim):
        raise ValueError("Only signed-off verdicts are published as ClaimReview.")
    article = claim.article
    value, name = RATING_SCALE[claim.verdict]
    appearance: dict = {"@type": "CreativeWork", "headline": article.title}
    if article.url:
        appearance["url"] = article.url
    if article.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": article.outlet}
    if article.published_at:
        appearance["datePublished"] = article.published_at.date().isoformat()
    item: dict = {"@type": "Claim", "appearance": [appearance]}
    if claim.claimant:
        author_type = "Person" if claim.claimant_kind == "person" else "Organization"
        item["author"] = {"@type": author_type, "name": claim.claimant}
    if article.published_at:
        item["datePublished"] = article.published_at.date().isoformat()
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": review_url(claim),
        "claimReviewed": claim.text,
        "itemReviewed": item,
        "author": {
            "@type": "Organization",
            "name": settings.CLAIMREVIEW_PUBLISHER_NAME,
            "url": settings.CLAIMREVIEW_PUBLISHER_URL,
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": name,
        },
        "datePublished": (claim.signed_off_at or timezone.now()).date().isoformat(),
        **_review_body(claim),
    }


def _review_body(claim: Claim) -> dict:
    """The verification steps the desk took (its checklist steps done), as the review's body;
    nothing when it kept no checklist. Reads claim.checklist_steps (prefetch it for many)."""
    from claims.checklists import steps_done

    done = steps_done(claim)
    if not done:
        return {}
    steps = " ".join(f"{number}. {step.instruction}" for number, step in enumerate(done, 1))
    return {"reviewBody": f"How this was checked: {steps}"}


def article_reviews(article: Article) -> list[dict]:
    claims = (
        article.claims.filter(status=Claim.Status.SIGNED_OFF)
        .select_related("article")
        .prefetch_related("checklist_steps")
    )
    return [claim_review(claim) for claim in claims.order_by("ordinal") if is_published(claim)]


# --- import ------------------------------------------------------------------------------------


def import_reviews(document, *, by) -> list[Claim]:
    """Create or update claims from a ClaimReview document or a list of them, idempotently:
    the same document twice changes nothing the second time. All or nothing."""
    reviews = document if isinstance(document, list) else [document]
    if not reviews:
        raise ImportRefused("The document holds no ClaimReview.")
    if len(reviews) > 500:
        raise ImportRefused("Import at most 500 reviews at a time.")
    with transaction.atomic():
        return [_import_one(review, by=by, position=index) for index, review in enumerate(reviews)]


def _import_one(review, *, by, position: int) -> Claim:
    where = f"review {position + 1}"
    if not isinstance(review, dict) or review.get("@type") != "ClaimReview":
        raise ImportRefused(f'{where}: not a ClaimReview object ("@type": "ClaimReview").')
    text = _text(review.get("claimReviewed"), f"{where}: claimReviewed", limit=5000)
    rating = review.get("reviewRating")
    if not isinstance(rating, dict):
        raise ImportRefused(f"{where}: reviewRating is missing.")
    verdict = _verdict(rating, where)
    item = review.get("itemReviewed") if isinstance(review.get("itemReviewed"), dict) else {}
    appearances = item.get("appearance") or []
    if isinstance(appearances, dict):
        appearances = [appearances]
    appearance = appearances[0] if appearances and isinstance(appearances[0], dict) else {}
    author = item.get("author") if isinstance(item.get("author"), dict) else {}
    url = _optional_text(review.get("url"), limit=2000)

    article = _article_for(appearance, text=text, item=item, by=by)
    start = article.body.find(text)
    claim = article.claims.filter(start=start, end=start + len(text)).first()
    if claim is None:
        claim = services.claim_add_manual(article=article, text=text, by=by)
    claimant = _optional_text(author.get("name"), limit=300)
    signed_off_at = _moment(review.get("datePublished")) or timezone.now()
    fields = {
        "verdict": verdict,
        "status": Claim.Status.SIGNED_OFF,
        "review_url": url,
        "claimant": claimant or claim.claimant,
        "claimant_kind": "person" if author.get("@type") == "Person" else claim.claimant_kind,
        "signed_off_at": signed_off_at,
    }
    changed = {name: value for name, value in fields.items() if getattr(claim, name) != value}
    if changed:
        if not roles.is_editor(by):
            raise services.NotAllowed("Only an editor imports verdicts (they arrive signed off).")
        changed["signed_off_by"] = by
        Claim.objects.filter(pk=claim.pk).update(**changed, version=F("version") + 1)
        ClaimEvent.objects.create(
            claim=claim,
            actor=by,
            action=ClaimEvent.Action.EDITED,
            changes={name: [None, str(value)] for name, value in changed.items()},
            message="Imported from a ClaimReview document.",
        )
        claim.refresh_from_db()
    if claimant:
        source, _ = Source.objects.get_or_create(
            name=claimant,
            kind=Source.Kind.PERSON if author.get("@type") == "Person" else Source.Kind.OTHER,
        )
        ClaimSource.objects.get_or_create(
            claim=claim,
            source=source,
            role=ClaimSource.Role.ATTRIBUTED_TO,
            defaults={"added_by": by},
        )
    return claim


def _article_for(appearance: dict, *, text: str, item: dict, by) -> Article:
    url = _optional_text(appearance.get("url"), limit=2000)
    if url and not is_web_address(url):
        raise ImportRefused(f"appearance.url must be an http or https address, not {url[:80]!r}.")
    headline = _optional_text(appearance.get("headline"), limit=500)
    publisher = appearance.get("publisher") if isinstance(appearance.get("publisher"), dict) else {}
    if url:
        article = Article.objects.filter(url=url).first()
        if article is not None:
            if text not in article.body:
                raise ImportRefused(
                    f"The article at {url} is on the desk but does not contain the reviewed claim."
                )
            return article
    else:
        article = Article.objects.filter(body=text).first()
        if article is not None:
            return article
    published = _moment(appearance.get("datePublished") or item.get("datePublished"))
    return Article.objects.create(
        title=headline or text[:120],
        outlet=_optional_text(publisher.get("name"), limit=200),
        url=url,
        body=text,
        published_at=published,
        created_by=by,
    )


def _verdict(rating: dict, where: str) -> str:
    name = rating.get("alternateName")
    if isinstance(name, str) and name.strip().lower() in VERDICT_BY_NAME:
        return VERDICT_BY_NAME[name.strip().lower()]
    value, best, worst = (rating.get(key) for key in ("ratingValue", "bestRating", "worstRating"))
    try:
        value, best, worst = float(value), float(best or BEST_RATING), float(worst or WORST_RATING)
    except (TypeError, ValueError, OverflowError):
        raise ImportRefused(
            f"{where}: reviewRating needs an alternateName ({', '.join(VERDICT_BY_NAME)}) or a "
            "numeric ratingValue."
        ) from None
    if best <= worst or not worst <= value <= best:
        raise ImportRefused(f"{where}: ratingValue {value} is outside {worst}–{best}.")
    # Scale onto ours and take the nearest rating.
    scaled = WORST_RATING + (value - worst) * (BEST_RATING - WORST_RATING) / (best - worst)
    nearest = min(RATING_SCALE.items(), key=lambda item: abs(item[1][0] - scaled))
    return nearest[0]


def _text(value, what: str, *, limit: int) -> str:
    if not isinstance(value, str) or not text_is_readable(value):
        raise ImportRefused(f"{what} must be a non-empty string of readable text.")
    if len(value) > limit or "\x00" in value:
        raise ImportRefused(f"{what} is longer than {limit} characters or holds NUL bytes.")
    return value.strip()


def _optional_text(value, *, limit: int) -> str:
    if not isinstance(value, str):
        return ""
    return value.strip().replace("\x00", "")[:limit]


def _moment(value) -> datetime | None:
    if not isinstance(value, str):
        return None
    moment = parse_datetime(value)
    if moment is None:
        try:
            day = parse_date(value)
        except ValueError:
            return None
        if day is None:
            return None
        moment = datetime(day.year, day.month, day.day)
    return moment if timezone.is_aware(moment) else moment.replace(tzinfo=UTC)
