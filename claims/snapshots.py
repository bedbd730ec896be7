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
from datetime import timedelta

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.utils import timezone

from claims import fetching
from claims.dispatch import send_after_commit
from claims.extraction.html import main_text
from claims.extraction.models import ExtractionError
from claims.models import Snapshot, Source

RETRY_AFTER = timedelta(hours=6)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


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
        return Snapshot.objects.create(
            source=source,
            url=source.url,
            fetched_at=now,
            outcome=Snapshot.Outcome.FAILED,
            error=str(error),
            next_try_at=now + RETRY_AFTER,
        )
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


def _main_text(got: fetching.Capture) -> tuple[str, str]:
    """The main text, and the charset the body reads in ("" for a body that is not text)."""
    is_html = got.content_type in HTML_TYPES
    if not (is_html or got.content_type.startswith("text/")):
        return "", ""
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
    if snapshot.content_type in HTML_TYPES or snapshot.content_type.startswith("text/"):
        return f"text/plain; charset={snapshot.charset or 'utf-8'}", True
    return "application/octet-stream", False
