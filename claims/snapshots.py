"""Evidence that lasts: the page a source points to, captured when the source is attached to
a claim, kept in the snapshots storage, and proven unchanged whenever it is read.

A capture goes through the safe fetcher (every address check of each redirect hop, the size cap,
the deadline) and stores the response as received: status, headers, body (the transfer's gzip
undone), with the SHA-256 of the body in the database and the page's main text (trafilatura for
HTML; plain text as it is; a PDF or an image is kept as it came, its text not extracted). An
error page (404, 410) is captured too: that the page is gone is evidence. A capture that fails
(refused address, too large, too slow, unreachable) is recorded with why, and when the next try
is due. Snapshots are never edited or deleted by the app; a later capture is a new one.
"""

from __future__ import annotations

import hashlib
import io
from datetime import timedelta
from difflib import SequenceMatcher

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone

from claims import fetching
from claims.dispatch import send_after_commit
from claims.extraction.html import main_text
from claims.extraction.models import ExtractionError
from claims.models import Claim, ClaimEvent, ClaimSource, Notification, Snapshot, Source

RETRY_AFTER = timedelta(hours=6)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


def _is_text(content_type: str) -> bool:
    return content_type in HTML_TYPES or content_type.startswith("text/")


class Tampered(Exception):
    """The stored copy is not what was captured (changed, damaged or gone): never served."""


def capture_later(source: Source) -> None:
    """Capture the source's page once the transaction commits (a Celery task)."""
    if source.url:
        send_after_commit("claims.tasks.capture_source", [(source.pk,)])


def capture(*, source_id: int) -> Snapshot | None:
    """Fetch the source's URL now and record what came back (or why nothing did)."""
    source = Source.objects.filter(pk=source_id).exclude(url="").first()
    if source is None:
        return None  # deleted, or its URL removed, before the task ran
    now = timezone.now()
    try:
        got = fetching.capture(source.url)
    except fetching.FetchError as error:
        Source.objects.filter(pk=source.pk).update(
            last_capture_at=now, capture_retry_at=now + RETRY_AFTER
        )
        return Snapshot.objects.create(
            source=source,
            url=source.url,
            fetched_at=now,
            outcome=Snapshot.Outcome.FAILED,
            error=str(error),
            next_try_at=now + RETRY_AFTER,
        )
    Source.objects.filter(pk=source.pk).update(last_capture_at=now, capture_retry_at=None)
    digest = hashlib.sha256(got.body).hexdigest()
    name = f"{source.pk}/{now:%Y%m%dT%H%M%S%f}-{digest[:16]}"
    stored_as = storages["snapshots"].save(name, ContentFile(got.body))
    text, charset = _main_text(got)
    return Snapshot.objects.create(
        source=source,
        url=got.url,
        final_url=got.final_url,
        fetched_at=now,
        outcome=Snapshot.Outcome.CAPTURED,
        status=got.status,
        headers=[[name, value] for name, value in got.headers],
        content_type=got.content_type,
        charset=charset,
        size=len(got.body),
        sha256=digest,
        stored_as=stored_as,
        text=text,
    )


PDF_PAGES = 200  # pages of a PDF read for its text


def _pdf_text(body: bytes) -> str:
    """The text of a PDF (pypdf), its first PDF_PAGES pages; "" when it has none or cannot
    be read (scanned, encrypted, broken): the file is kept either way."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(body))
        if reader.is_encrypted:
            return ""
        return "\n\n".join(
            (page.extract_text() or "").strip() for page in reader.pages[:PDF_PAGES]
        ).strip()
    except (PyPdfError, ValueError, KeyError, TypeError, OSError):
        return ""


def _main_text(got: fetching.Capture) -> tuple[str, str]:
    """The main text, and the charset the body reads in ("" for a body that is not text)."""
    if got.content_type == "application/pdf":
        return _pdf_text(got.body), ""
    if not _is_text(got.content_type):
        return "", ""
    is_html = got.content_type in HTML_TYPES
    decoded, charset = fetching.decode_text(got.body, got.charset, is_html=is_html)
    if not is_html:
        return decoded, charset
    try:
        return main_text(decoded)[0], charset
    except ExtractionError:
        return "", charset  # no readable main text (a page of links, a login wall)


def read_verified(snapshot: Snapshot) -> bytes:
    """The stored body, after checking it against the hash taken at capture."""
    if snapshot.outcome != Snapshot.Outcome.CAPTURED:
        raise Tampered("Nothing was captured: the fetch failed.")
    try:
        with storages["snapshots"].open(snapshot.stored_as, "rb") as stored:
            body = stored.read()
    except (FileNotFoundError, OSError) as error:
        raise Tampered("The stored copy is missing from the snapshot storage.") from error
    if hashlib.sha256(body).hexdigest() != snapshot.sha256:
        raise Tampered(
            "The stored copy does not match the fingerprint (SHA-256) taken when it was "
            "captured: it was changed or damaged after capture, so it is not served."
        )
    return body


def safe_content_type(snapshot: Snapshot) -> tuple[str, bool]:
    """How a stored copy is served: its text as plain text (HTML never runs on the desk's
    origin), anything else as a download. (content type, inline?)"""
    if _is_text(snapshot.content_type):
        return f"text/plain; charset={snapshot.charset or 'utf-8'}", True
    return "application/octet-stream", False


# --- pages change: the re-capture sweep ------------------------------------------------------


def claims_watched(now=None):
    """The claims whose evidence is watched: open ones, and verdicts signed off in the last
    SNAPSHOT_PUBLISHED_DAYS days."""
    now = now or timezone.now()
    published_since = now - timedelta(days=settings.SNAPSHOT_PUBLISHED_DAYS)
    return Claim.objects.filter(
        Q(status__in=Claim.OPEN_STATUSES)
        | Q(status=Claim.Status.SIGNED_OFF, signed_off_at__gte=published_since)
    )


def sources_due(*, now=None, limit: int | None = None) -> list[int]:
    """Sources with an address, linked to a watched claim, whose last capture is older than
    SNAPSHOT_RECHECK_HOURS (or whose failed capture is due to be tried again), the longest
    unchecked first. One query on the sources (their last capture is kept on them): its cost
    does not grow with the number of snapshots."""
    now = now or timezone.now()
    cutoff = now - timedelta(hours=settings.SNAPSHOT_RECHECK_HOURS)
    watched = ClaimSource.objects.filter(source=OuterRef("pk"), claim__in=claims_watched(now))
    sources = (
        Source.objects.exclude(url="")
        .filter(
            Q(last_capture_at__isnull=True)
            | Q(last_capture_at__lt=cutoff)
            | Q(capture_retry_at__lte=now)
        )
        .filter(Exists(watched))
        .order_by(F("last_capture_at").asc(nulls_first=True), "pk")
    )
    return list(sources.values_list("pk", flat=True)[: limit or settings.SNAPSHOT_SWEEP_BATCH])


def sweep(*, now=None) -> int:
    """Send the sources due for a new capture to the workers (beat runs this)."""
    due = sources_due(now=now)
    send_after_commit("claims.tasks.recapture_source", [(pk,) for pk in due])
    return len(due)


def recapture(*, source_id: int) -> Snapshot | None:
    """Capture the page again; when its main text changed or it is gone, tell the watched
    claims: an event in each one's history, and a notification (once) to its assignee and to
    the editor who signed its verdict off."""
    previous = _captures(source_id).first()
    snapshot = capture(source_id=source_id)
    if snapshot is None or previous is None:
        return snapshot
    change = describe_change(previous, snapshot)
    if change:
        _tell(snapshot, previous, change)
    return snapshot


GONE_STATUSES = frozenset({404, 410, 451})


def describe_change(previous: Snapshot, current: Snapshot) -> str:
    """What changed between two captures, in words; "" when nothing that matters did (a
    failed fetch is retried, not reported)."""
    if current.outcome != Snapshot.Outcome.CAPTURED:
        return ""
    if current.status in GONE_STATUSES and previous.status not in GONE_STATUSES:
        return f"the page is gone (HTTP {current.status})"
    if current.status in GONE_STATUSES:
        return ""
    runs = word_diff(previous.text, current.text)
    added = sum(len(words.split()) for kind, words in runs if kind == "added")
    removed = sum(len(words.split()) for kind, words in runs if kind == "removed")
    if not added and not removed:
        return ""
    return (
        f"its main text changed ({added} word{'s' if added != 1 else ''} added, {removed} removed)"
    )


def word_diff(before: str, after: str) -> list[tuple[str, str]]:
    """(kind, words) runs from one capture's text to the next: "same", "removed", "added"."""
    old, new = before.split(), after.split()
    runs: list[tuple[str, str]] = []
    for operation, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if operation == "equal":
            runs.append(("same", " ".join(old[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("removed", " ".join(old[i1:i2])))
        if j2 > j1:
            runs.append(("added", " ".join(new[j1:j2])))
    return runs


def _captures(source_id: int):
    """A source's captured pages (not the failed tries), newest first."""
    return Snapshot.objects.filter(source_id=source_id, outcome=Snapshot.Outcome.CAPTURED).order_by(
        "-fetched_at", "-pk"
    )


def previous_capture(snapshot: Snapshot) -> Snapshot | None:
    return (
        _captures(snapshot.source_id)
        .filter(fetched_at__lte=snapshot.fetched_at)
        .exclude(pk=snapshot.pk)
        .first()
    )


def _tell(snapshot: Snapshot, previous: Snapshot, change: str) -> None:
    from claims import notifications

    source = snapshot.source
    claims = list(
        claims_watched()
        .filter(claim_sources__source=source)
        .distinct()
        .select_related("article", "assignee", "signed_off_by")
        .defer("article__body")
    )
    message = (
        f"Evidence changed: the page of “{source}” ({source.url}), captured "
        f"{previous.fetched_at:%Y-%m-%d %H:%M} UTC, was captured again: {change}."
    )
    rows = []
    with transaction.atomic():
        # A task that runs twice (a worker lost after its work) tells each claim once.
        told = set(
            ClaimEvent.objects.filter(
                claim__in=claims,
                action=ClaimEvent.Action.EVIDENCE,
                changes__snapshot__1=snapshot.pk,
            ).values_list("claim_id", flat=True)
        )
        for claim in claims:
            if claim.pk in told:
                continue
            ClaimEvent.objects.create(
                claim=claim,
                actor=None,
                action=ClaimEvent.Action.EVIDENCE,
                message=message,
                # In the history's shape, {field: [before, after]}: the two captures.
                changes={"snapshot": [previous.pk, snapshot.pk]},
            )
            people = {p.pk: p for p in (claim.assignee, claim.signed_off_by) if p is not None}
            for person in people.values():
                rows.append(
                    Notification(
                        kind=Notification.Kind.EVIDENCE,
                        claim=claim,
                        article_id=claim.article_id,
                        recipient=person,
                        # Once per person, claim and capture: a re-run of this task sends nothing.
                        dedupe_key=f"evidence:{claim.pk}:u{person.pk}:s{snapshot.pk}",
                        subject=f"Evidence changed for claim #{claim.ordinal}: {change}"[:300],
                    )
                )
        Notification.objects.bulk_create(rows, ignore_conflicts=True)
    notifications.dispatch_pending()


# --- the standard archive format ---------------------------------------------------------------

# Headers that described the transfer, not the page: the stored body is already decoded.
_TRANSFER_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def warc_record(snapshot: Snapshot) -> bytes:
    """The snapshot as a gzipped WARC/1.1 file with one `response` record (warcio), for any
    web archive tool; the body is checked against its hash first (Tampered otherwise)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = read_verified(snapshot)
    headers = [
        (name, value) for name, value in snapshot.headers if name.lower() not in _TRANSFER_HEADERS
    ]
    headers.append(("Content-Length", str(len(body))))
    http_headers = StatusAndHeaders(
        fetching.status_line(snapshot.status), headers, protocol="HTTP/1.1"
    )
    output = io.BytesIO()
    writer = WARCWriter(output, gzip=True, warc_version="WARC/1.1")
    record = writer.create_warc_record(
        snapshot.final_url or snapshot.url,
        "response",
        payload=io.BytesIO(body),
        http_headers=http_headers,
        warc_headers_dict={
            "WARC-Date": snapshot.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "WARC-Source-URI": snapshot.url,
        },
    )
    writer.write_record(record)
    return output.getvalue()
