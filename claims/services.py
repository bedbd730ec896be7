"""Every write to the domain goes through these functions: the admin, the API, the dashboard,
tasks and management commands call them, so each rule is kept in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.utils.dateparse import parse_date, parse_datetime

from claims.extraction import ExtractionError, ExtractionResult, extract, extract_html
from claims.models import (
    Article,
    Claim,
    ClaimEvent,
    ClaimRelation,
    ClaimSource,
    Source,
    body_hash,
)


class ArticleRejected(ValueError):
    """The text cannot become an article; the message says why, for the person who sent it."""


class DuplicateArticle(Exception):
    """The article is already on the desk: the caller sends the person to it."""

    def __init__(self, article: Article, reason: str):
        self.article = article
        self.reason = reason
        super().__init__(f"This article is already on the desk ({reason}): {article}")


@dataclass(frozen=True, slots=True)
class ReextractionResult:
    claims_added: int
    relations_added: int


# The extractor's claimant kinds mapped onto the kinds of Source records.
SOURCE_KIND_BY_CLAIMANT_KIND = {
    "person": Source.Kind.PERSON,
    "organisation": Source.Kind.ORGANISATION,
    "organization": Source.Kind.ORGANISATION,
    "government": Source.Kind.GOVERNMENT,
    "media": Source.Kind.MEDIA,
    "group": Source.Kind.GROUP,
    "document": Source.Kind.DOCUMENT,
    "video": Source.Kind.VIDEO,
    "dataset": Source.Kind.DATASET,
    "anonymous": Source.Kind.ANONYMOUS,
}


def article_ingest(
    *,
    text: str,
    by: AbstractBaseUser | None = None,
    is_html: bool = False,
    url: str = "",
    desk: str = "",
    title: str = "",
    verify_by: datetime | None = None,
) -> Article:
    """Store an article and what the extractor finds in it (claims, their claimants as sources,
    the relations between them) in one transaction.

    Raises ArticleRejected for text that cannot be an article and DuplicateArticle when the same
    URL or the same body is already stored.
    """
    if len(text) > settings.ARTICLE_MAX_CHARACTERS:
        raise ArticleRejected(
            f"The article is {len(text):,} characters long; the limit is "
            f"{settings.ARTICLE_MAX_CHARACTERS:,}. Paste the article text alone."
        )
    try:
        result = extract_html(text) if is_html else extract(text)
    except ExtractionError as error:
        raise ArticleRejected(str(error)) from None
    body = result.text
    _refuse_duplicate(url=url, body=body)

    metadata = result.metadata
    article = Article(
        title=(title or metadata.title or "")[:500],
        outlet=(metadata.outlet or "")[:200],
        byline=(metadata.byline or "")[:300],
        dateline=(metadata.dateline or "")[:200],
        published_at=_parse_published(metadata.published),
        url=url,
        body=body,
        desk=desk,
        verify_by=verify_by,
        created_by=by,
    )
    try:
        with transaction.atomic():
            article.save()
            _store_extraction(article=article, result=result, by=by, first_ordinal=1)
    except IntegrityError:
        # Another request stored the same article between our check and our insert.
        _refuse_duplicate(url=url, body=body)
        raise
    return article


def article_reextract(
    *, article: Article, by: AbstractBaseUser | None = None
) -> ReextractionResult:
    """Run the extractor again over a stored article, keeping everything people did (status,
    notes, assignee, edited text) and adding only the claims and relations that are new."""
    try:
        result = extract(article.body)
    except ExtractionError as error:
        raise ArticleRejected(str(error)) from None
    with transaction.atomic():
        Article.objects.select_for_update().filter(pk=article.pk).first()
        return _store_extraction(
            article=article,
            result=result,
            by=by,
            first_ordinal=(article.claims.aggregate(last=Max("ordinal"))["last"] or 0) + 1,
        )


def _refuse_duplicate(*, url: str, body: str) -> None:
    if url:
        existing = Article.objects.filter(url=url).first()
        if existing is not None:
            raise DuplicateArticle(existing, "same URL")
    existing = Article.objects.filter(content_hash=body_hash(body)).first()
    if existing is not None:
        raise DuplicateArticle(existing, "same text")


def _parse_published(value: str | None) -> datetime | None:
    if not value:
        return None
    moment = parse_datetime(value)
    if moment is None:
        day = parse_date(value)
        if day is None:
            return None
        moment = datetime.combine(day, time.min)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def _store_extraction(
    *, article: Article, result: ExtractionResult, by, first_ordinal: int
) -> ReextractionResult:
    """Insert the extracted claims the article does not have yet, with their sources, relations
    and a history entry each. Existing claims are recognised by the span the extractor first
    gave them, so edits people made are never overwritten."""
    existing_by_span = {
        (claim.extracted_start, claim.extracted_end): claim
        for claim in article.claims.exclude(extracted_start=None)
    }
    stored: list[Claim | None] = []  # per extracted claim, the row it maps to
    new_claims: list[Claim] = []
    ordinal = first_ordinal
    for extracted in result.claims:
        existing = existing_by_span.get((extracted.start, extracted.end))
        if existing is not None:
            stored.append(existing)
            continue
        claim = _claim_from_extraction(article=article, extracted=extracted, ordinal=ordinal)
        ordinal += 1
        stored.append(claim)
        new_claims.append(claim)
    Claim.objects.bulk_create(new_claims)

    first_extraction = not existing_by_span
    ClaimEvent.objects.bulk_create(
        ClaimEvent(
            claim=claim,
            actor=by,
            action=ClaimEvent.Action.CREATED if first_extraction else ClaimEvent.Action.REEXTRACTED,
            to_status=claim.status,
            message="Extracted from the article text."
            if first_extraction
            else "Found by a new extraction of the article.",
        )
        for claim in new_claims
    )
    _attach_claimant_sources(claims=new_claims, by=by)

    relations = []
    for extracted, claim in zip(result.claims, stored, strict=True):
        for relation in extracted.relations:
            target = stored[relation.target]
            if target is None or target.pk == claim.pk:
                continue
            relations.append(
                ClaimRelation(
                    from_claim=claim,
                    to_claim=target,
                    type=relation.type,
                    origin=ClaimRelation.Origin.EXTRACTOR,
                    created_by=by,
                )
            )
    # Relations already stored (a re-extraction) are skipped by their unique constraint.
    created_relations = ClaimRelation.objects.bulk_create(relations, ignore_conflicts=True)
    return ReextractionResult(claims_added=len(new_claims), relations_added=len(created_relations))


def _claim_from_extraction(*, article: Article, extracted, ordinal: int) -> Claim:
    source = extracted.source
    cue = extracted.cue
    flags = set(extracted.flags)
    return Claim(
        article=article,
        ordinal=ordinal,
        text=extracted.text,
        start=extracted.start,
        end=extracted.end,
        extracted_start=extracted.start,
        extracted_end=extracted.end,
        sentence_start=extracted.sentence.start,
        sentence_end=extracted.sentence.end,
        # Who made the claim: the named antecedent when the sentence says "he" or "the company";
        # the span stays on the words of the claim's own sentence.
        claimant=(source.resolved or source).text[:300] if source else "",
        claimant_kind=source.kind[:40] if source else "",
        claimant_start=source.start if source else None,
        claimant_end=source.end if source else None,
        cue=cue.text[:100] if cue else "",
        cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        kind=extracted.kind if extracted.kind in Claim.Kind.values else Claim.Kind.STATEMENT,
        flag_unverified="unverified" in flags,
        flag_anonymous_source="anonymous_source" in flags,
        flag_hedged="hedged" in flags,
        flag_statistic="statistic" in flags,
        flag_direct_quote="direct_quote" in flags,
        checkworthiness=min(1.0, max(0.0, extracted.checkworthiness)),
        checkworthiness_reasons=list(extracted.reasons),
        origin=Claim.Origin.EXTRACTED,
    )


def _attach_claimant_sources(*, claims: list[Claim], by) -> None:
    """Each named claimant becomes (or reuses) a Source record, linked as 'attributed to'."""
    wanted: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        name = " ".join(claim.claimant.split())
        if not name or claim.claimant_kind == "unknown":
            continue  # nobody to name: an unresolved "he" is no source
        kind = SOURCE_KIND_BY_CLAIMANT_KIND.get(claim.claimant_kind, Source.Kind.OTHER)
        wanted.setdefault((name, kind), []).append(claim)
    if not wanted:
        return
    # Sources are shared across articles: create the missing ones, skipping any that a
    # concurrent ingest created first (the unique constraint on lower(name), kind).
    Source.objects.bulk_create(
        [Source(name=name, kind=kind) for name, kind in wanted], ignore_conflicts=True
    )
    matching = Q()
    for name, kind in wanted:
        matching |= Q(name__iexact=name, kind=kind)
    by_lower_name = {
        (source.name.lower(), source.kind): source for source in Source.objects.filter(matching)
    }
    sources = {
        # Python's and the database's case folding can differ outside ASCII: ask again then.
        (name, kind): by_lower_name.get((name.lower(), kind))
        or Source.objects.filter(name__iexact=name, kind=kind).first()
        for name, kind in wanted
    }
    ClaimSource.objects.bulk_create(
        [
            ClaimSource(
                claim=claim,
                source=sources[key],
                role=ClaimSource.Role.ATTRIBUTED_TO,
                added_by=by,
            )
            for key, key_claims in wanted.items()
            for claim in key_claims
        ],
        ignore_conflicts=True,
    )
