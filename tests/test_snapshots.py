"""Evidence snapshots against a real local HTTP server: what is captured and how it is kept,
served and checked, and what each kind of hostile page gets."""

from __future__ import annotations

import hashlib

import pytest
from django.core.files.storage import storages

from claims import fetching, snapshots
from claims.models import Article, Claim, Snapshot, Source
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
    body = "The ministry said exports rose by 4 percent."
    article = Article.objects.create(title="Exports", body=body)
    claim = Claim.objects.create(
        article=article, ordinal=1, text=body[18:], start=18, end=len(body),
        sentence_start=0, sentence_end=len(body),
    )  # fmt: skip
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
    body = "The ministry said exports rose by 4 percent."
    article = Article.objects.create(title="Exports", body=body)
    claim = Claim.objects.create(
        article=article, ordinal=1, text=body[18:], start=18, end=len(body),
        sentence_start=0, sentence_end=len(body),
    )  # fmt: skip
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
    body = "The ministry said exports rose by 4 percent."
    article = Article.objects.create(title="Exports", body=body)
    claim = Claim.objects.create(
        article=article, ordinal=1, text=body[18:], start=18, end=len(body),
        sentence_start=0, sentence_end=len(body),
    )  # fmt: skip
    page = source_at(server.url("/script"))
    claim_source_add(claim=claim, source=page, role="supports", by=editor)
    captured = snapshots.capture(source_id=page.pk)
    fetch_settings.FETCH_MAX_BYTES = 10
    failed = snapshots.capture(source_id=page.pk)
    client.force_login(editor)
    html = client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
    assert f"/admin/claims/source/{page.pk}/snapshots/{captured.pk}/" in html
    assert captured.sha256[:12] in html and "HTTP 200" in html
    assert "not captured" in html and failed.error.split(" (")[0] in html
