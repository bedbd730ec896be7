"""Every write to the domain goes through these functions: the admin, the API, the dashboard,
tasks and management commands call them, so each rule is kept in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import IntegrityError, transaction
from django.db.models import F, Max, Q
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from claims import memory, notifications, roles
from claims.dispatch import send_after_commit
from claims.extraction import ExtractionError, ExtractionResult, extract, extract_html
from claims.models import (
    ALLOWED_TRANSITIONS,
    Article,
    Claim,
    ClaimEvent,
    ClaimMatch,
    ClaimRelation,
    ClaimSource,
    RelationDismissal,
    ReviewNote,
    Source,
    body_hash,
)
from claims.text import is_web_address, text_is_readable


class ArticleRejected(ValueError):
    """The text cannot become an article; the message says why, for the person who sent it."""


class DuplicateArticle(Exception):
    """The article is already on the desk: the caller sends the person to it."""

    def __init__(self, article: Article, reason: str):
        self.article = article
        self.reason = reason
        super().__init__(f"This article is already on the desk ({reason}): {article}")


class SourceRejected(ValueError):
    def __init__(self, message: str, *, existing: Source | None = None):
        self.existing = existing
        super().__init__(message)


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
    article_deadline_check(verify_by)
    result = _extract(text, is_html=is_html)
    _refuse_duplicate(url=url, body=result.text)
    article = Article(url=url, desk=desk, verify_by=verify_by, created_by=by)
    _fill_article(article, result=result, title=title)
    try:
        with transaction.atomic():
            article.save()
            _store_extraction(article=article, result=result, by=by, first_ordinal=1)
            notifications.article_apply_deadline(article=article)
    except IntegrityError:
        # Another request stored the same article between our check and our insert.
        _refuse_duplicate(url=url, body=result.text)
        raise
    return article


def article_fetch_request(
    *,
    url: str,
    by: AbstractBaseUser | None = None,
    desk: str = "",
    verify_by: datetime | None = None,
) -> Article:
    """Record an article to be fetched from `url` and hand the fetch to a worker after commit.

    The row is the record of the work: if the message is lost, the ingest sweep sends it again.
    """
    article_deadline_check(verify_by)
    url = url.strip()
    if not is_web_address(url):
        raise ArticleRejected(
            "Only http and https addresses with a readable host name can be fetched."
        )
    _refuse_duplicate(url=url, body=None)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                url=url,
                title=url[:500],
                desk=desk,
                verify_by=verify_by,
                created_by=by,
                ingest_status=Article.IngestStatus.FETCHING,
            )
            dispatch_after_commit("claims.tasks.fetch_article", article.pk)
    except IntegrityError:
        _refuse_duplicate(url=url, body=None)
        raise
    return article


def article_fetch_complete(*, article_id: int) -> Article | None:
    """Fetch a recorded article's page and store its text and claims. Safe to run twice: only
    an article still waiting for its page is filled, under a row lock."""
    from claims.fetching import FetchError, fetch_page

    article = Article.objects.filter(pk=article_id).first()
    if article is None or article.ingest_status != Article.IngestStatus.FETCHING:
        return article
    try:
        page = fetch_page(article.url)
        result = _extract(page.text, is_html=page.is_html)
    except (FetchError, ArticleRejected) as error:
        Article.objects.filter(pk=article_id, ingest_status=Article.IngestStatus.FETCHING).update(
            ingest_status=Article.IngestStatus.FAILED, ingest_error=str(error)
        )
        return Article.objects.get(pk=article_id)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if article.ingest_status != Article.IngestStatus.FETCHING:
            return article  # another worker finished it first
        twin = Article.objects.filter(content_hash=body_hash(result.text)).first()
        if twin is not None:
            article.ingest_status = Article.IngestStatus.FAILED
            article.ingest_error = (
                f"This page has the same text as the article “{twin}” (#{twin.pk}) already "
                "on the desk."
            )
            article.save(update_fields=["ingest_status", "ingest_error", "updated_at"])
            return article
        _fill_article(article, result=result, title="")
        article.ingest_status = Article.IngestStatus.READY
        article.ingest_error = ""
        article.save()
        _store_extraction(article=article, result=result, by=article.created_by, first_ordinal=1)
        notifications.article_apply_deadline(article=article)
    return article


def article_fetch_redispatch(*, stuck_after: timedelta = timedelta(minutes=5)) -> int:
    """Send the fetch again for articles still waiting for their page after a while: the broker
    was down when they were recorded, or their worker died. Fetching is safe to repeat."""
    cutoff = timezone.now() - stuck_after
    waiting = list(
        Article.objects.filter(
            ingest_status=Article.IngestStatus.FETCHING, updated_at__lt=cutoff
        ).values_list("pk", flat=True)[:1000]
    )
    with transaction.atomic():
        Article.objects.filter(pk__in=waiting).update(updated_at=timezone.now())
        for article_id in waiting:
            dispatch_after_commit("claims.tasks.fetch_article", article_id)
    return len(waiting)


def dispatch_after_commit(task_name: str, *args) -> None:
    """Send a task once the current transaction commits. By name, so that services never import
    the task modules (the doors) that call them; a broker that is down costs nothing but time
    (claims.dispatch)."""
    send_after_commit(task_name, [args])


def article_deadline_check(verify_by: datetime | None) -> None:
    if verify_by is not None and not 1970 <= verify_by.year <= 2200:
        raise ArticleRejected(
            f"A verify-by deadline in the year {verify_by.year} is surely a typing mistake."
        )


def _extract(text: str, *, is_html: bool) -> ExtractionResult:
    if len(text) > settings.ARTICLE_MAX_CHARACTERS:
        raise ArticleRejected(
            f"The article is {len(text):,} characters long; the limit is "
            f"{settings.ARTICLE_MAX_CHARACTERS:,}. Paste the article text alone."
        )
    try:
        return extract_html(text) if is_html else extract(text)
    except ExtractionError as error:
        raise ArticleRejected(str(error)) from None


def _fill_article(article: Article, *, result: ExtractionResult, title: str) -> None:
    metadata = result.metadata
    article.title = (title or metadata.title or article.title or "Untitled article")[:500]
    article.outlet = (metadata.outlet or "")[:200]
    article.byline = (metadata.byline or "")[:300]
    article.dateline = (metadata.dateline or "")[:200]
    article.published_at = _parse_published(metadata.published)
    article.body = result.text


def article_update(*, article: Article, by, changes: dict) -> Article:
    """Edit an article's desk fields (title, desk, deadline, metadata); never its body, which
    every claim offset points into."""
    allowed = {"title", "desk", "verify_by", "outlet", "byline", "dateline", "published_at", "url"}
    unknown = set(changes) - allowed
    if unknown:
        raise ArticleRejected(f"These article fields cannot be edited: {sorted(unknown)}")
    if not (roles.is_editor(by) or roles.is_fact_checker(by)):
        raise NotAllowed("Only the desk's fact-checkers and editors edit articles.")
    article_deadline_check(changes.get("verify_by"))
    with transaction.atomic():
        for name, value in changes.items():
            setattr(article, name, value)
        article.save(update_fields=[*changes, "updated_at"])
        if "verify_by" in changes:
            notifications.article_apply_deadline(article=article)
    return article


def source_twin(source: Source) -> Source | None:
    """The stored source this one would duplicate (same name and kind, or same address)."""
    others = Source.objects.exclude(pk=source.pk)
    name = " ".join(source.name.split())
    return others.filter(name__iexact=name, kind=source.kind).first() or (
        others.filter(url=source.url).first() if source.url else None
    )


def source_save(*, source: Source, by) -> Source:
    """Create or edit a source record (shared by every claim that cites it)."""
    if not (roles.is_editor(by) or roles.is_fact_checker(by)):
        raise NotAllowed("Only the desk's fact-checkers and editors edit sources.")
    source.name = " ".join(source.name.split())
    if not text_is_readable(source.name):
        raise SourceRejected("A source needs a name in readable text.")
    for address in (source.url, source.archived_url):
        if address and not is_web_address(address):
            raise SourceRejected(f"{address[:80]!r} is not an http or https address.")
    twin = source_twin(source)
    if twin is not None:
        raise SourceRejected(
            f"This source is already on the desk: “{twin}” (#{twin.pk}).", existing=twin
        )
    try:
        with transaction.atomic():
            source.save()
    except IntegrityError:
        raise SourceRejected("This source was just added by someone else; search for it.") from None
    return source


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


def _refuse_duplicate(*, url: str, body: str | None) -> None:
    if url:
        existing = Article.objects.filter(url=url).first()
        if existing is not None:
            raise DuplicateArticle(existing, "same URL")
    if body is None:
        return
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
    # Two claims can share a span ("denied claims by the union that it owes N40bn": the union's
    # claim and the denial of it), so each span keeps its rows in order and hands them out in
    # turn.
    existing_by_span: dict[tuple[int | None, int | None], list[Claim]] = {}
    for claim in article.claims.exclude(extracted_start=None).order_by("ordinal"):
        existing_by_span.setdefault((claim.extracted_start, claim.extracted_end), []).append(claim)
    # The row of the same span and claimant first (the union's claim, not the denial of it),
    # then any row left on that span (a person may have edited the claimant).
    matched: list[Claim | None] = []
    for extracted in result.claims:
        rows = existing_by_span.get((extracted.start, extracted.end)) or []
        claimant = extracted.source.text if extracted.source else ""
        row = next((row for row in rows if row.claimant == claimant), None)
        if row is not None:
            rows.remove(row)
        matched.append(row)
    for position, extracted in enumerate(result.claims):
        rows = existing_by_span.get((extracted.start, extracted.end))
        if matched[position] is None and rows:
            matched[position] = rows.pop(0)
    stored: list[Claim | None] = []  # per extracted claim, the row it maps to
    new_claims: list[Claim] = []
    ordinal = first_ordinal
    for extracted, existing in zip(result.claims, matched, strict=True):
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

    # What people removed stays removed: a new extraction does not suggest it again.
    dismissed = (
        set(
            RelationDismissal.objects.filter(from_claim__article=article).values_list(
                "from_claim_id", "to_claim_id", "type"
            )
        )
        if existing_by_span
        else set()
    )
    relations = []
    for extracted, claim in zip(result.claims, stored, strict=True):
        for relation in extracted.relations:
            target = stored[relation.target]
            if target is None or target.pk == claim.pk:
                continue
            if (claim.pk, target.pk, relation.type) in dismissed:
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
    # Relations already stored (a re-extraction) are skipped by their unique constraint;
    # bulk_create then returns every row it was given, so count what is really new.
    existing_relations = ClaimRelation.objects.filter(from_claim__article=article)
    relations_before = existing_relations.count() if existing_by_span else 0
    ClaimRelation.objects.bulk_create(relations, ignore_conflicts=True)
    relations_added = existing_relations.count() - relations_before if relations else 0
    memory.article_match_later(article_id=article.pk)
    return ReextractionResult(claims_added=len(new_claims), relations_added=relations_added)


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


# --- Working a claim ---------------------------------------------------------------------------


class ClaimActionRefused(Exception):
    """Base of the refusals below: the message is for the person who tried."""


class NotAllowed(ClaimActionRefused):
    """The person's role does not let them do this to this claim."""


class AlreadyDecided(ClaimActionRefused):
    """Someone decided this first (another person's confirm or dismiss): reload, then act."""


class TransitionRefused(ClaimActionRefused):
    def __init__(self, message: str, *, allowed: tuple[str, ...]):
        self.allowed = allowed
        super().__init__(message)


class StaleClaim(ClaimActionRefused):
    """Someone else saved the claim since this person loaded it: nothing was written."""

    def __init__(self, current: Claim, changed: dict[str, tuple], described: list[str]):
        self.current = current
        self.changed = changed
        listed = "; ".join(described) or ", ".join(
            f"{field} (now {new!r})" for field, (_, new) in changed.items()
        )
        super().__init__(
            f"Someone else changed this claim while you were editing it (now version "
            f"{current.version}): {listed or 'no visible fields'}. Reload it, then apply your "
            "change again."
        )


# The fields a person may edit directly; the rest changes through the workflow functions.
EDITABLE_FIELDS = (
    "text",
    "start",
    "end",
    "claimant",
    "cue",
    "kind",
    "due_at",
    "priority",
    "flag_unverified",
    "flag_anonymous_source",
    "flag_hedged",
    "flag_statistic",
    "flag_direct_quote",
)


def claim_update(
    *, claim: Claim, by, expected_version: int, changes: dict, message: str = ""
) -> Claim:
    """Edit a claim's fields, refusing the write if the claim changed since it was read."""
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ClaimActionRefused(f"These fields cannot be edited directly: {sorted(unknown)}")
    _require_edit_rights(claim=claim, by=by)
    _refuse_editing_a_published_claim(claim, changes)
    if "text" in changes or "start" in changes or "end" in changes:
        changes = _consistent_text_and_offsets(claim=claim, changes=changes)
    if "due_at" in changes:
        # A person's due time stands until they clear it; cleared, the article's applies.
        changes["due_set_by_hand"] = changes["due_at"] is not None
        if changes["due_at"] is None:
            changes["due_at"] = notifications.derived_due_at(
                verify_by=claim.article.verify_by, priority=changes.get("priority", claim.priority)
            )
    elif "priority" in changes and not claim.due_set_by_hand:
        changes["due_at"] = notifications.derived_due_at(
            verify_by=claim.article.verify_by, priority=changes["priority"]
        )
    with transaction.atomic():
        claim = _write(
            claim=claim,
            by=by,
            expected_version=expected_version,
            fields=changes,
            action=ClaimEvent.Action.EDITED,
            message=message,
        )
        if "due_at" in changes:
            notifications.obsolete_outdated(claim_ids=[claim.pk])
    return claim


# What a signed-off claim says is published (ClaimReview): it changes only after reopening.
PUBLISHED_FIELDS = frozenset(EDITABLE_FIELDS) - {"due_at", "priority"}


def _refuse_editing_a_published_claim(claim: Claim, changed_fields) -> None:
    if claim.status == Claim.Status.SIGNED_OFF and PUBLISHED_FIELDS & set(changed_fields):
        raise TransitionRefused(
            "This claim's verdict is signed off and published; reopen it (move it back to "
            "“In review”) to change what it says.",
            allowed=ALLOWED_TRANSITIONS[claim.status],
        )


def claim_assign(*, claim: Claim, assignee, by, expected_version: int) -> Claim:
    """Give a claim to a person (or to nobody). A fact-checker may only take a claim
    themselves or hand back their own; an editor assigns anyone."""
    if not roles.is_editor(by):
        _require_edit_rights(claim=claim, by=by)
        if assignee is not None and assignee.pk != by.pk:
            raise NotAllowed("Only an editor can assign a claim to someone else.")
    if assignee is not None and not (roles.is_editor(assignee) or roles.is_fact_checker(assignee)):
        raise ClaimActionRefused(f"{assignee} is not on the desk (no fact-checker or editor role).")
    return _write(
        claim=claim,
        by=by,
        expected_version=expected_version,
        fields={"assignee": assignee},
        action=ClaimEvent.Action.ASSIGNED,
    )


def claim_transition_check(*, claim: Claim, to_status: str, by, verdict: str = "") -> None:
    """Raise the refusal a transition would meet, writing nothing (forms call it to show the
    reason next to the field)."""
    _require_edit_rights(claim=claim, by=by)
    allowed = ALLOWED_TRANSITIONS[claim.status]
    if to_status not in allowed:
        raise TransitionRefused(
            f"A claim that is “{claim.get_status_display()}” cannot move to "
            f"“{_status_label(to_status)}”. Allowed: "
            f"{', '.join(_status_label(status) for status in allowed)}.",
            allowed=allowed,
        )
    if to_status == Claim.Status.VERDICT_PROPOSED and verdict not in Claim.Verdict.values:
        raise ClaimActionRefused(f"Choose a verdict to propose: {', '.join(Claim.Verdict.labels)}.")
    if to_status == Claim.Status.VERDICT_PROPOSED:
        from claims import checklists

        checklists.require_steps_done(claim)
    if to_status == Claim.Status.SIGNED_OFF:
        if not roles.is_editor(by):
            raise NotAllowed("Only an editor can sign off a verdict.")
        if claim.verdict_proposed_by_id == by.pk:
            raise NotAllowed("A verdict is signed off by another editor than its proposer.")


def claim_transition(
    *,
    claim: Claim,
    to_status: str,
    by,
    expected_version: int,
    verdict: str = "",
    note: str = "",
) -> Claim:
    """Move a claim through the workflow of models.ALLOWED_TRANSITIONS, with its rules:
    a proposed verdict needs a reviewer note and a supporting or refuting source, and only an
    editor other than the proposer signs it off."""
    claim_transition_check(claim=claim, to_status=to_status, by=by, verdict=verdict)
    fields: dict = {"status": to_status}
    if to_status == Claim.Status.VERDICT_PROPOSED:
        _require_evidence(claim)
        fields.update(verdict=verdict, verdict_proposed_by=by)
    elif to_status == Claim.Status.SIGNED_OFF:
        fields.update(signed_off_by=by, signed_off_at=timezone.now())
    elif claim.status in (Claim.Status.VERDICT_PROPOSED, Claim.Status.SIGNED_OFF):
        # Sent back or reopened: the verdict no longer stands.
        fields.update(verdict="", verdict_proposed_by=None, signed_off_by=None, signed_off_at=None)
    with transaction.atomic():
        updated = _write(
            claim=claim,
            by=by,
            expected_version=expected_version,
            fields=fields,
            action=ClaimEvent.Action.TRANSITION,
            message=note,
            from_status=claim.status,
        )
        if note:
            ReviewNote.objects.create(
                claim=updated, author=by, body=note, kind=ReviewNote.Kind.DECISION
            )
        if to_status == Claim.Status.IN_REVIEW:
            from claims import checklists

            # Taken into review: the steps the desk expects for a claim of its kind.
            checklists.attach(claim=updated, by=by)
    return updated


def note_add(
    *, claim: Claim, by, body: str, kind: str = "note", is_internal: bool = False
) -> ReviewNote:
    _require_edit_rights(claim=claim, by=by)
    if not text_is_readable(body):
        raise ClaimActionRefused("A note needs some readable text.")
    with transaction.atomic():
        note = ReviewNote.objects.create(
            claim=claim, author=by, body=body, kind=kind, is_internal=is_internal
        )
        # The history names the note; an internal note's words stay in the note alone.
        _record(
            claim=claim,
            by=by,
            action=ClaimEvent.Action.NOTE_ADDED,
            message="Internal note added." if is_internal else body[:200],
        )
    return note


def claim_source_add(*, claim: Claim, source: Source, role: str, by, note: str = "") -> ClaimSource:
    _require_edit_rights(claim=claim, by=by)
    if role not in ClaimSource.Role.values:
        raise ClaimActionRefused(
            f"Unknown role {role!r}: use {', '.join(ClaimSource.Role.values)}."
        )
    with transaction.atomic():
        link, created = ClaimSource.objects.get_or_create(
            claim=claim, source=source, role=role, defaults={"note": note, "added_by": by}
        )
        if created:
            _record(
                claim=claim,
                by=by,
                action=ClaimEvent.Action.SOURCE_ADDED,
                message=f"{source} ({link.get_role_display()})",
            )
            if source.url and not source.snapshots.exists():
                from claims import snapshots

                # Evidence that lasts: the page as it is now, captured by a worker.
                snapshots.capture_later(source)
    return link


def claim_source_remove(*, link: ClaimSource, by) -> None:
    claim = link.claim
    _require_edit_rights(claim=claim, by=by)
    with transaction.atomic():
        _record(
            claim=claim,
            by=by,
            action=ClaimEvent.Action.SOURCE_REMOVED,
            message=f"{link.source} ({link.get_role_display()})",
        )
        link.delete()


def relation_add(*, from_claim: Claim, to_claim: Claim, type: str, by) -> ClaimRelation:
    """A person links two claims (or confirms the extractor's suggestion of the same link)."""
    _require_edit_rights(claim=from_claim, by=by)
    if from_claim.pk == to_claim.pk:
        raise ClaimActionRefused("A claim cannot be related to itself.")
    if type not in ClaimRelation.Type.values:
        raise ClaimActionRefused(
            f"Unknown relation {type!r}: use {', '.join(ClaimRelation.Type.values)}."
        )
    with transaction.atomic():
        relation, created = ClaimRelation.objects.get_or_create(
            from_claim=from_claim,
            to_claim=to_claim,
            type=type,
            defaults={"origin": ClaimRelation.Origin.PERSON, "created_by": by},
        )
        if not created and relation.confirmed_by_id is None:
            relation.confirmed_by, relation.confirmed_at = by, timezone.now()
            relation.save(update_fields=["confirmed_by", "confirmed_at"])
        _record(
            claim=from_claim,
            by=by,
            action=ClaimEvent.Action.RELATION_ADDED,
            message=f"{relation.get_type_display()} claim #{to_claim.ordinal}",
        )
    return relation


def relation_confirm(*, relation: ClaimRelation, by) -> ClaimRelation:
    """A person confirms the extractor's suggestion (one click on the claim page, or the
    API): it stays, as confirmed, through every later extraction of the article."""
    _require_edit_rights(claim=relation.from_claim, by=by)
    with transaction.atomic():
        # Two people confirming at once: the first one is recorded, the second changes nothing.
        updated = ClaimRelation.objects.filter(pk=relation.pk, confirmed_by=None).update(
            confirmed_by=by, confirmed_at=timezone.now()
        )
        if updated:
            _record(
                claim=relation.from_claim,
                by=by,
                action=ClaimEvent.Action.RELATION_CONFIRMED,
                message=f"{relation.get_type_display()} claim #{relation.to_claim.ordinal}",
            )
    relation.refresh_from_db()
    return relation


def relation_remove(*, relation: ClaimRelation, by) -> None:
    """A person removes a link (dismisses a suggestion): it is gone, and a new extraction of
    the article does not suggest it again."""
    _require_edit_rights(claim=relation.from_claim, by=by)
    with transaction.atomic():
        _record(
            claim=relation.from_claim,
            by=by,
            action=ClaimEvent.Action.RELATION_REMOVED,
            message=f"{relation.get_type_display()} claim #{relation.to_claim.ordinal}",
        )
        RelationDismissal.objects.get_or_create(
            from_claim_id=relation.from_claim_id,
            to_claim_id=relation.to_claim_id,
            type=relation.type,
            defaults={"dismissed_by": by},
        )
        relation.delete()


def match_confirm(*, match: ClaimMatch, by, carry_verdict: bool = False) -> ClaimMatch:
    """A person confirms that a new claim is one the desk has seen: the match is kept as
    confirmed and the two claims are linked ("same as", or "contradicts" for another figure).

    With ``carry_verdict`` the earlier claim's signed-off verdict is proposed for the new one,
    through the workflow (never silently): its supporting and refuting sources are added to the
    new claim, and the claim moves to "Verdict proposed" with a decision note naming where the
    verdict comes from; an editor signs it off as for any verdict."""
    _require_edit_rights(claim=match.claim, by=by)
    with transaction.atomic():
        match = _decide(match=match, by=by, status=ClaimMatch.Status.CONFIRMED)
        claim, earlier = match.claim, match.earlier
        relation_type = (
            ClaimRelation.Type.SAME_AS
            if match.relation == ClaimMatch.Relation.SAME
            else ClaimRelation.Type.CONTRADICTS
        )
        ClaimRelation.objects.get_or_create(
            from_claim=claim,
            to_claim=earlier,
            type=relation_type,
            defaults={
                "origin": ClaimRelation.Origin.PERSON,
                "created_by": by,
                "confirmed_by": by,
                "confirmed_at": timezone.now(),
            },
        )
        _record(
            claim=claim,
            by=by,
            action=ClaimEvent.Action.RELATION_ADDED,
            message=f"{match.get_relation_display()}: claim #{earlier.ordinal} of "
            f"“{earlier.article}” (seen before, confirmed)",
        )
        if carry_verdict:
            _carry_verdict(claim=claim, earlier=earlier, by=by)
    return match


def match_dismiss(*, match: ClaimMatch, by) -> ClaimMatch:
    """A person says the suggested claim is not the same: it stays dismissed, also when the
    article is matched again."""
    _require_edit_rights(claim=match.claim, by=by)
    with transaction.atomic():
        return _decide(match=match, by=by, status=ClaimMatch.Status.DISMISSED)


def _decide(*, match: ClaimMatch, by, status: str) -> ClaimMatch:
    """Lock the match and record the decision; the same decision twice changes nothing, the
    other one after it is refused (two people deciding at once never overwrite each other)."""
    locked = (
        ClaimMatch.objects.select_for_update(of=("self",))
        .select_related("claim__article", "earlier__article", "decided_by")
        .get(pk=match.pk)
    )
    if locked.status == status:
        return locked
    if locked.status != ClaimMatch.Status.SUGGESTED:
        raise AlreadyDecided(
            f"{locked.decided_by or 'Someone'} already {locked.get_status_display().lower()} "
            "this match; reload the page to see it."
        )
    locked.status, locked.decided_by, locked.decided_at = status, by, timezone.now()
    locked.save(update_fields=["status", "decided_by", "decided_at"])
    return locked


def _carry_verdict(*, claim: Claim, earlier: Claim, by) -> Claim:
    if earlier.status != Claim.Status.SIGNED_OFF or not earlier.verdict:
        raise ClaimActionRefused(
            f"Claim #{earlier.ordinal} of “{earlier.article}” has no signed-off verdict to carry "
            "over."
        )
    if claim.status not in (Claim.Status.NEW, Claim.Status.IN_REVIEW):
        raise ClaimActionRefused(
            f"This claim is “{claim.get_status_display()}”; a verdict can be carried over only "
            "to a claim that is new or in review."
        )
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    evidence = earlier.claim_sources.filter(
        role__in=[ClaimSource.Role.SUPPORTS, ClaimSource.Role.REFUTES, ClaimSource.Role.CONTEXT]
    ).select_related("source")
    for link in evidence:
        ClaimSource.objects.get_or_create(
            claim=claim,
            source=link.source,
            role=link.role,
            defaults={
                "note": f"Carried over from claim #{earlier.ordinal} of “{earlier.article}”."
                + (f" {link.note}" if link.note else ""),
                "added_by": by,
            },
        )
    if claim.status == Claim.Status.NEW:
        claim = claim_transition(
            claim=claim, to_status=Claim.Status.IN_REVIEW, by=by, expected_version=claim.version
        )
    from claims import checklists

    # The steps the earlier claim's verdict rested on count here too, each saying where.
    checklists.carry_over(claim=claim, earlier=earlier, by=by)
    signed = earlier.signed_off_at.date().isoformat() if earlier.signed_off_at else "earlier"
    note = (
        f"Same claim as #{earlier.ordinal} of “{earlier.article}”, whose verdict "
        f"“{earlier.get_verdict_display()}” was signed off on {signed}: verdict and evidence "
        "carried over for sign-off."
    )
    note_add(claim=claim, by=by, body=note, kind=ReviewNote.Kind.DECISION)
    claim.refresh_from_db()
    return claim_transition(
        claim=claim,
        to_status=Claim.Status.VERDICT_PROPOSED,
        by=by,
        expected_version=claim.version,
        verdict=earlier.verdict,
    )


def claim_add_manual(*, article: Article, text: str, by, near: int = 0) -> Claim:
    """A person adds a claim the extractor missed: `text` must be words of the article (the
    first occurrence at or after `near`)."""
    if not (roles.is_editor(by) or roles.is_fact_checker(by)):
        raise NotAllowed("Only the desk's fact-checkers and editors add claims.")
    text = text.strip()
    start = article.body.find(text, near) if text else -1
    if start == -1 and text:
        start = article.body.find(text)
    if start == -1:
        raise ClaimActionRefused(
            "The claim's text must be words of the article: copy a stretch of the article text."
        )
    end = start + len(text)
    sentence_start, sentence_end = _sentence_around(article.body, start, end)
    with transaction.atomic():
        Article.objects.select_for_update().filter(pk=article.pk).first()
        last = article.claims.aggregate(last=Max("ordinal"))["last"] or 0
        claim = Claim.objects.create(
            article=article,
            ordinal=last + 1,
            text=text,
            start=start,
            end=end,
            sentence_start=sentence_start,
            sentence_end=sentence_end,
            origin=Claim.Origin.MANUAL,
            checkworthiness=0.5,
            checkworthiness_reasons=["added by a person"],
        )
        _record(claim=claim, by=by, action=ClaimEvent.Action.CREATED, message="Added by hand.")
    return claim


def claim_split(*, claim: Claim, at: int, by, expected_version: int) -> tuple[Claim, Claim]:
    """Split a claim in two at body offset `at`: the claim keeps the first part (and its work),
    a new claim takes the second."""
    _require_edit_rights(claim=claim, by=by)
    _refuse_editing_a_published_claim(claim, ["text"])
    body = claim.article.body
    original_end = claim.end  # _write refreshes `claim`
    first_end = len(body[claim.start : at].rstrip(" ,;:-–—")) + claim.start
    second_start = at + (len(body[at : claim.end]) - len(body[at : claim.end].lstrip(" ,;:-–—")))
    if not (claim.start < first_end and second_start < claim.end):
        raise ClaimActionRefused("Choose a split point inside the claim's text, between words.")
    with transaction.atomic():
        first = _write(
            claim=claim,
            by=by,
            expected_version=expected_version,
            fields={"text": body[claim.start : first_end], "end": first_end},
            action=ClaimEvent.Action.SPLIT,
            message="Split in two; the second part became a new claim.",
        )
        last = claim.article.claims.aggregate(last=Max("ordinal"))["last"] or 0
        second = Claim.objects.create(
            article=claim.article,
            ordinal=last + 1,
            text=body[second_start:original_end],
            start=second_start,
            end=original_end,
            sentence_start=claim.sentence_start,
            sentence_end=claim.sentence_end,
            claimant=claim.claimant,
            claimant_kind=claim.claimant_kind,
            claimant_start=claim.claimant_start,
            claimant_end=claim.claimant_end,
            cue=claim.cue,
            cue_start=claim.cue_start,
            cue_end=claim.cue_end,
            kind=claim.kind,
            checkworthiness=claim.checkworthiness,
            checkworthiness_reasons=claim.checkworthiness_reasons,
            priority=claim.priority,
            due_at=claim.due_at,
            origin=Claim.Origin.MANUAL,
        )
        _record(
            claim=second,
            by=by,
            action=ClaimEvent.Action.SPLIT,
            message=f"Split off claim #{claim.ordinal}.",
        )
    return first, second


def claim_merge(*, claims: list[Claim], by) -> Claim:
    """Merge claims of one article into the first: its span grows to cover them all; the others
    are dismissed, marked as the same as the merged claim, with their history kept."""
    if len(claims) < 2:
        raise ClaimActionRefused("Choose at least two claims to merge.")
    if len({claim.article_id for claim in claims}) != 1:
        raise ClaimActionRefused("Only claims of the same article can be merged.")
    for claim in claims:
        _require_edit_rights(claim=claim, by=by)
    claims = sorted(claims, key=lambda claim: claim.start)
    keeper, others = claims[0], claims[1:]
    body = keeper.article.body
    start, end = keeper.start, max(claim.end for claim in claims)
    with transaction.atomic():
        keeper = _write(
            claim=keeper,
            by=by,
            expected_version=keeper.version,
            fields={
                "text": body[start:end],
                "end": end,
                "sentence_end": max(claim.sentence_end for claim in claims),
            },
            action=ClaimEvent.Action.MERGED,
            message="Merged with " + ", ".join(f"#{claim.ordinal}" for claim in others) + ".",
        )
        for other in others:
            _write(
                claim=other,
                by=by,
                expected_version=other.version,
                fields={"status": Claim.Status.DISMISSED},
                action=ClaimEvent.Action.MERGED,
                message=f"Merged into claim #{keeper.ordinal}.",
                from_status=other.status,
            )
            ClaimRelation.objects.get_or_create(
                from_claim=other,
                to_claim=keeper,
                type=ClaimRelation.Type.SAME_AS,
                defaults={"origin": ClaimRelation.Origin.PERSON, "created_by": by},
            )
    return keeper


def _sentence_around(body: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph-bounded sentence holding [start, end): enough for a hand-added claim."""
    sentence_start = max(
        body.rfind(". ", 0, start) + 2 if body.rfind(". ", 0, start) != -1 else 0,
        body.rfind("\n", 0, start) + 1,
    )
    stops = [index for index in (body.find(". ", end), body.find("\n", end)) if index != -1]
    sentence_end = min(stops) + 1 if stops else len(body)
    return min(sentence_start, start), min(max(sentence_end, end), len(body))


def _status_label(status: str) -> str:
    return Claim.Status(status).label if status in Claim.Status.values else status


def _require_edit_rights(*, claim: Claim, by) -> None:
    if not roles.can_edit_claim(by, claim):
        if roles.is_fact_checker(by):
            raise NotAllowed(f"This claim is assigned to {claim.assignee}; ask an editor.")
        raise NotAllowed("You have no role on the desk that lets you change claims.")


def _require_evidence(claim: Claim) -> None:
    missing = []
    if not claim.notes.exists():
        missing.append("at least one reviewer note")
    if not claim.claim_sources.filter(
        role__in=[ClaimSource.Role.SUPPORTS, ClaimSource.Role.REFUTES]
    ).exists():
        missing.append("at least one source that supports or refutes it")
    if missing:
        raise ClaimActionRefused(f"A verdict needs {' and '.join(missing)}.")


def _consistent_text_and_offsets(*, claim: Claim, changes: dict) -> dict:
    """Keep text == body[start:end]: new offsets set the text; a new text is looked for in the
    claim's sentence (then the body) and its offsets follow it."""
    body = claim.article.body
    changes = dict(changes)
    if "start" in changes or "end" in changes:
        start = changes.get("start", claim.start)
        end = changes.get("end", claim.end)
        if not 0 <= start < end <= len(body):
            raise ClaimActionRefused(
                f"Offsets {start}–{end} are outside the article (0–{len(body)})."
            )
        changes["text"] = body[start:end]
    else:
        text = changes["text"].strip()
        if not text:
            raise ClaimActionRefused("A claim needs some text.")
        start = body.find(text, claim.sentence_start)
        if start == -1 or start + len(text) > claim.sentence_end:
            start = body.find(text)
        if start == -1:
            raise ClaimActionRefused(
                "The claim's text must be words of the article: choose a stretch of the "
                "article text (add a note for a paraphrase)."
            )
        changes.update(text=text, start=start, end=start + len(text))
    # The sentence widens to hold the claim if a person moved it past its old sentence.
    changes["sentence_start"] = min(claim.sentence_start, changes["start"])
    changes["sentence_end"] = max(claim.sentence_end, changes["end"])
    return changes


def _write(
    *,
    claim: Claim,
    by,
    expected_version: int,
    fields: dict,
    action: str,
    message: str = "",
    from_status: str = "",
) -> Claim:
    """The one place a claim row is written: a compare-and-set on its version, so that of two
    people saving the same version, the second is refused and told what changed."""
    before = {name: _plain(getattr(claim, name)) for name in fields}
    now = timezone.now()
    with transaction.atomic():
        written = Claim.objects.filter(pk=claim.pk, version=expected_version).update(
            **fields, version=F("version") + 1, last_activity_at=now, updated_at=now
        )
        if written != 1:
            current = Claim.objects.get(pk=claim.pk)
            changed = {
                name: (before[name], _plain(getattr(current, name)))
                for name in fields
                if _plain(getattr(current, name)) != before[name]
            }
            raise StaleClaim(
                current, changed, claim_changes_since(claim=current, version=expected_version)
            )
        claim.refresh_from_db()
        changes = {
            name: [before[name], _plain(getattr(claim, name))]
            for name in fields
            if before[name] != _plain(getattr(claim, name))
        }
        _record(
            claim=claim,
            by=by,
            action=action,
            message=message,
            changes=changes,
            from_status=from_status,
            to_status=claim.status if from_status else "",
            version=claim.version,
        )
    return claim


def claim_changes_since(*, claim: Claim, version: int) -> list[str]:
    """What happened to a claim after `version`, in words: for a person whose save was refused
    because someone else saved first."""
    described = []
    for event in claim.events.filter(version__gt=version).select_related("actor").order_by("pk"):
        who = event.actor.get_username() if event.actor else "the system"
        details = [
            f"{Claim._meta.get_field(name).verbose_name} from “{old}” to “{new}”"
            if name in {field.name for field in Claim._meta.fields}
            else f"{name} from “{old}” to “{new}”"
            for name, (old, new) in event.changes.items()
        ]
        described.append(f"{who} changed {', '.join(details) or event.get_action_display()}")
    return described


def _plain(value):
    """A JSON-friendly form of a field value for the history."""
    if hasattr(value, "pk"):
        return value.pk
    if isinstance(value, datetime):
        return value.isoformat()
    return value


def _record(*, claim: Claim, by, action: str, message: str = "", **fields) -> ClaimEvent:
    return ClaimEvent.objects.create(
        claim=claim, actor=by, action=action, message=message, **fields
    )
