"""Evidence snapshots against a real local HTTP server: what is captured and how it is kept,
served and checked, and what each kind of hostile page gets."""

from __future__ import annotations

import hashlib

import pytest
from django.core.files.storage import storages

from claims import fetching, snapshots
from claims.models import Article, Claim, ClaimSource, Snapshot, Source
from claims.services import claim_source_add
from tests import test_fetching as served
from tests import workers
from tests.test_fetching import CP1252_PAGE, SCRIPT_PAGE

# The fetcher's test server (a real HTTP server on 127.0.0.1) and its settings.
_module_server = served._module_server
gzip_bomb = served.gzip_bomb
server = served.server
fetch_settings = served.fetch_settings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def snapshot_storage(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "snapshots": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "snapshots")},
        },
    }
    return tmp_path / "snapshots"


def source_at(url: str) -> Source:
    return Source.objects.create(name=f"Page {url}", kind="document", url=url)


def take(url: str) -> Snapshot:
    return snapshots.capture(source_id=source_at(url).pk)


def exports_claim() -> Claim:
    body = "The ministry said exports rose by 4 percent."
    article = Article.objects.create(title="Exports", body=body)
    return Claim.objects.create(
        article=article, ordinal=1, text=body[18:], start=18, end=len(body),
        sentence_start=0, sentence_end=len(body),
    )  # fmt: skip


def download(client, editor, snapshot: Snapshot):
    client.force_login(editor)
    return client.get(f"/admin/claims/source/{snapshot.source_id}/snapshots/{snapshot.pk}/")


def test_a_page_is_kept_as_received_with_its_hash_and_text(
    fetch_settings, server, snapshot_storage
):
    snapshot = take(server.url("/script"))
    body = SCRIPT_PAGE.encode("utf-8")
    assert snapshot.outcome == "captured" and snapshot.status == 200
    assert snapshot.sha256 == hashlib.sha256(body).hexdigest() and snapshot.size == len(body)
    assert (snapshot_storage / snapshot.stored_as).read_bytes() == body
    assert "The minister said exports rose." in snapshot.text
    assert "stolen" not in snapshot.text
    assert ["Content-Type", "text/html; charset=utf-8"] in snapshot.headers


def test_a_stored_copy_is_served_as_sandboxed_text_never_as_a_page(
    fetch_settings, server, client, editor
):
    snapshot = take(server.url("/script"))
    response = download(client, editor, snapshot)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Security-Policy"] == "sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content == SCRIPT_PAGE.encode("utf-8")
    assert response["X-Snapshot-SHA256"] == snapshot.sha256


def test_a_tampered_copy_is_shown_as_such_and_not_served(
    fetch_settings, server, client, editor, snapshot_storage
):
    snapshot = take(server.url("/script"))
    (snapshot_storage / snapshot.stored_as).write_bytes(b"<p>The minister said exports fell.</p>")
    response = download(client, editor, snapshot)
    assert response.status_code == 409
    text = response.content.decode()
    assert "does not match the fingerprint" in text and "exports fell" not in text
    storages["snapshots"].delete(snapshot.stored_as)
    missing = download(client, editor, snapshot)
    assert missing.status_code == 409 and "missing" in missing.content.decode()


def test_a_page_in_another_encoding_is_read_in_it(fetch_settings, server, client, editor):
    snapshot = take(server.url("/cp1252"))
    assert snapshot.outcome == "captured" and snapshot.charset == "windows-1252"
    assert "café “quoted” €" in snapshot.text
    response = download(client, editor, snapshot)
    assert response["Content-Type"] == "text/plain; charset=windows-1252"
    assert response.content == CP1252_PAGE


def test_a_page_that_is_gone_and_a_file_that_is_not_text(fetch_settings, server, client, editor):
    gone = take(server.url("/missing"))
    assert gone.outcome == "captured" and gone.status == 404  # that it is gone is evidence
    image = take(server.url("/png"))
    assert image.outcome == "captured" and image.content_type == "image/png" and image.text == ""
    response = download(client, editor, image)
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")


@pytest.mark.parametrize(
    ("path", "why"),
    [
        ("/gzip-bomb", "larger than"),
        ("/huge", "larger than"),
        ("/huge-unannounced", "larger than"),
        ("/to-metadata", "only public web sites"),
        ("/to-private", "only public web sites"),
    ],
)
def test_hostile_pages_are_recorded_as_failures(fetch_settings, server, monkeypatch, path, why):
    # Loopback (the test server) allowed, every other private address refused.
    monkeypatch.setattr(
        fetching,
        "_is_allowed_address",
        lambda address: address.is_loopback or fetching.is_public_address(address),
    )
    snapshot = take(server.url(path))
    assert snapshot.outcome == "failed" and why in snapshot.error
    assert snapshot.sha256 == "" and snapshot.stored_as == ""
    assert snapshot.next_try_at > snapshot.fetched_at
    snapshot.source.refresh_from_db()  # the sweep tries it again then, not a day later
    assert snapshot.source.capture_retry_at == snapshot.next_try_at


def test_a_page_that_never_ends_is_cut_at_the_deadline(fetch_settings, server):
    fetch_settings.FETCH_TIMEOUT_SECONDS = 0.5
    snapshot = take(server.url("/drip"))
    assert snapshot.outcome == "failed" and "second" in snapshot.error


def test_attaching_a_source_with_an_address_asks_for_a_capture(
    fetch_settings, server, fact_checker, monkeypatch, django_capture_on_commit_callbacks
):
    sent = []
    monkeypatch.setattr(
        snapshots, "send_after_commit", lambda task, arguments: sent.append((task, arguments))
    )
    claim = exports_claim()
    page = source_at(server.url("/html"))
    offline = Source.objects.create(name="The ministry", kind="government")
    claim_source_add(claim=claim, source=offline, role="context", by=fact_checker)
    claim_source_add(claim=claim, source=page, role="supports", by=fact_checker)
    assert sent == [("claims.tasks.capture_source", [(page.pk,)])]


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(not workers.broker_is_real(), reason="needs a Redis or RabbitMQ broker")
def test_a_real_worker_captures_the_page_of_a_source_attached_to_a_claim(
    tmp_path, server, fact_checker
):
    from newsroom.celery import app

    app.control.purge()
    claim = exports_claim()
    page = source_at(server.url("/script"))
    claim_source_add(claim=claim, source=page, role="supports", by=fact_checker)
    env = workers.worker_environment(tmp_path, FETCH_ALLOW_PRIVATE_ADDRESSES="True")
    log = tmp_path / "celery.log"
    worker = workers.start_worker(env, log, "snapshots")
    try:
        workers.wait_until(
            lambda: page.snapshots.exists(), seconds=90, what="the page captured", logs=[log]
        )
    finally:
        workers.stop(worker)
        app.control.purge()
    snapshot = page.snapshots.get()
    stored = tmp_path / "var" / "snapshots" / snapshot.stored_as
    assert snapshot.outcome == "captured", snapshot.error
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == snapshot.sha256


def test_the_claim_page_lists_each_sources_snapshots(fetch_settings, server, client, editor):
    claim = exports_claim()
    page = source_at(server.url("/script"))
    claim_source_add(claim=claim, source=page, role="supports", by=editor)
    captured = snapshots.capture(source_id=page.pk)
    fetch_settings.FETCH_MAX_BYTES = 10
    failed = snapshots.capture(source_id=page.pk)
    client.force_login(editor)
    html = client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
    assert f"/admin/claims/source/{page.pk}/snapshots/{captured.pk}/" in html
    assert captured.sha256[:12] in html and "HTTP 200" in html
    assert "text as captured" in html and "The minister said exports rose." in html
    assert "not captured" in html and failed.error.split(" (")[0] in html


# --- pages change ------------------------------------------------------------------------------


@pytest.fixture
def changing_page():
    """A page whose answer the test sets: {"status": 200, "body": b"..."}."""
    import http.server
    import threading

    page = {"status": 200, "body": b""}

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            self.send_response(page["status"])
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page["body"])))
            self.end_headers()
            self.wfile.write(page["body"])

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    page["url"] = f"http://127.0.0.1:{server.server_port}/report"
    yield page
    server.shutdown()
    server.server_close()


REPORT = (
    "<html><body><article><h1>Syria: cluster munitions</h1><p>{}</p>"
    "<p>Researchers visited the sites in March and spoke to witnesses in each village.</p>"
    "</article></body></html>"
)


def test_a_changed_page_is_flagged_on_its_claim_with_a_diff_and_one_notification(
    fetch_settings, changing_page, fact_checker, editor, client
):
    from datetime import timedelta

    from django.utils import timezone

    from claims.models import ClaimEvent, Notification
    from claims.services import article_ingest, claim_assign
    from tests.support.seed import SEED

    article = article_ingest(text=SEED, by=fact_checker)
    accusation = article.claims.get(text__contains="expanding its use of widely banned")
    accusation = claim_assign(
        claim=accusation, assignee=fact_checker, by=fact_checker, expected_version=1
    )
    changing_page["body"] = REPORT.format(
        "Human Rights Watch found cluster bomb remnants at 119 sites in Syria."
    ).encode()
    report = Source.objects.create(name="HRW report", kind="document", url=changing_page["url"])
    claim_source_add(claim=accusation, source=report, role="supports", by=fact_checker)
    first = snapshots.capture(source_id=report.pk)
    assert first.outcome == "captured" and "119 sites" in first.text

    # Nothing is due until the capture is a day old; then the sweep finds it in one query.
    later = timezone.now() + timedelta(hours=25)
    assert snapshots.sources_due() == []
    assert snapshots.sources_due(now=later) == [report.pk]

    # The page is edited: the claim hears of it once, its assignee is told once.
    changing_page["body"] = REPORT.format(
        "Human Rights Watch found cluster bomb remnants at 56 sites in Syria."
    ).encode()
    second = snapshots.recapture(source_id=report.pk)
    event = accusation.events.get(action=ClaimEvent.Action.EVIDENCE)
    assert "its main text changed (1 word added, 1 removed)" in event.message
    told = Notification.objects.filter(kind="evidence", claim=accusation)
    assert list(told.values_list("recipient", flat=True)) == [fact_checker.pk]
    snapshots._tell(second, first, "again")  # the same capture reported twice: still once
    assert told.count() == 1
    snapshots.recapture(source_id=report.pk)  # unchanged: nothing new to say
    assert accusation.events.filter(action=ClaimEvent.Action.EVIDENCE).count() == 1

    client.force_login(editor)
    changes = client.get(f"/admin/claims/source/{report.pk}/snapshots/{second.pk}/changes/")
    html = changes.content.decode()
    assert "<del>119</del>" in html and "<ins>56</ins>" in html
    page = client.get(f"/admin/claims/claim/{accusation.pk}/change/").content.decode()
    assert f"/snapshots/{second.pk}/changes/" in page

    # Gone: said as such.
    changing_page["status"], changing_page["body"] = 404, b"<h1>Not found</h1>"
    snapshots.recapture(source_id=report.pk)
    gone = accusation.events.filter(action=ClaimEvent.Action.EVIDENCE).order_by("-pk").first()
    assert "the page is gone (HTTP 404)" in gone.message


def test_the_sweep_reads_one_query_however_many_snapshots(
    fetch_settings, fact_checker, django_assert_num_queries
):
    from datetime import timedelta

    from django.utils import timezone

    claim = exports_claim()
    old = timezone.now() - timedelta(days=3)
    for number in range(30):
        source = Source.objects.create(
            name=f"Page {number}", kind="document", url=f"https://example.org/{number}"
        )
        ClaimSource.objects.create(claim=claim, source=source, role="context")
        Snapshot.objects.bulk_create(
            Snapshot(source=source, url=source.url, outcome="failed", fetched_at=old, error="x")
            for _ in range(5)
        )
    with django_assert_num_queries(1):
        due = snapshots.sources_due(limit=10)
    assert len(due) == 10


# --- the archive format, PDFs, where snapshots are kept ----------------------------------------


def test_a_snapshot_downloads_as_a_warc_record_any_archive_tool_reads(
    fetch_settings, server, client, editor, snapshot_storage
):
    import io

    from warcio.archiveiterator import ArchiveIterator

    snapshot = take(server.url("/script"))
    client.force_login(editor)
    url = f"/admin/claims/source/{snapshot.source_id}/snapshots/{snapshot.pk}/warc/"
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/warc"
    records = [
        (
            record.rec_type,
            record.rec_headers.get_header("WARC-Target-URI"),
            record.http_headers.get_statuscode(),
            record.content_stream().read(),  # read while the iterator is on it
        )
        for record in ArchiveIterator(io.BytesIO(response.content))
    ]
    assert records == [("response", snapshot.final_url, "200", SCRIPT_PAGE.encode("utf-8"))]
    # A tampered copy is not handed to an archive either.
    (snapshot_storage / snapshot.stored_as).write_bytes(b"forged")
    assert client.get(url).status_code == 409


def test_a_pdf_is_kept_as_it_came_and_its_text_read():
    from claims.snapshots import _pdf_text

    pdf = _minimal_pdf("Exports rose 4 percent in 2025")
    assert "Exports rose 4 percent in 2025" in _pdf_text(pdf)
    assert _pdf_text(b"%PDF-1.4 broken") == ""  # unreadable: no text, the file kept anyway


def _minimal_pdf(line: str) -> bytes:
    """A one-page PDF with one line of text, written by hand (no PDF writer needed)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_snapshots_move_to_s3_compatible_storage_by_settings_alone(monkeypatch):
    """The settings module read with the S3 backend chosen: django-storages' S3Storage with
    the bucket, endpoint and prefix from the environment (no request is made here)."""
    import importlib

    import newsroom.settings as desk_settings

    monkeypatch.setenv("SNAPSHOT_STORAGE_BACKEND", "storages.backends.s3.S3Storage")
    monkeypatch.setenv("SNAPSHOT_S3_BUCKET", "desk-evidence")
    monkeypatch.setenv("SNAPSHOT_S3_ENDPOINT_URL", "https://minio.example.org")
    monkeypatch.setenv("DEBUG", "True")
    try:
        configured = importlib.reload(desk_settings).STORAGES["snapshots"]
    finally:
        monkeypatch.undo()
        importlib.reload(desk_settings)
    assert configured["BACKEND"] == "storages.backends.s3.S3Storage"
    from storages.backends.s3 import S3Storage

    storage = S3Storage(**configured["OPTIONS"])
    assert storage.bucket_name == "desk-evidence"
    assert storage.endpoint_url == "https://minio.example.org"
    assert storage.location == "snapshots" and storage.default_acl == "private"


def test_a_source_with_snapshots_is_not_deleted(fetch_settings, server, client, editor):
    snapshot = take(server.url("/html"))
    client.force_login(editor)
    url = f"/admin/claims/source/{snapshot.source_id}/delete/"
    page = client.get(url).content.decode()
    assert "would require deleting the following protected related objects" in page
    client.post(url, {"post": "yes"})
    assert Snapshot.objects.filter(pk=snapshot.pk).exists()
