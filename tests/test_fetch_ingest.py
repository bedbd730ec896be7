"""A URL typed by a fact-checker: the worker's side (fetch, extract, store), against a real
HTTP server on loopback."""

import http.server
import threading

import pytest

from claims.models import Article
from claims.services import (
    DuplicateArticle,
    article_fetch_complete,
    article_fetch_request,
    article_ingest,
)
from tests.support.seed import SEED

pytestmark = pytest.mark.django_db

PARAGRAPHS = [paragraph for paragraph in SEED.split("\n\n") if paragraph.strip()]
PAGE = (
    "<html><head><title>Top Syrian general defects to Jordan</title></head><body>"
    "<nav><a href='/'>Home</a> / <a href='/world'>World</a></nav><article><h1>Top Syrian general"
    " defects to Jordan</h1>"
    + "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS[3:-2])
    + "</article><footer>Editor's picks</footer></body></html>"
)
PAGES = {
    "/story": (200, "text/html; charset=utf-8", PAGE.encode()),
    "/image": (200, "image/png", b"\x89PNG\r\n\x1a\n"),
    "/gone": (404, "text/html", b"<h1>Not found</h1>"),
}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        status, content_type, body = PAGES.get(self.path, PAGES["/gone"])
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *arguments):
        pass


@pytest.fixture(scope="module")
def news_site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def loopback_allowed(settings):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True
    settings.FETCH_TIMEOUT_SECONDS = 10


def requested(url: str, by) -> Article:
    return article_fetch_request(url=url, by=by)


def test_a_fetched_page_becomes_an_article_with_claims(news_site, loopback_allowed, fact_checker):
    article = requested(f"{news_site}/story", fact_checker)
    article = article_fetch_complete(article_id=article.pk)
    assert article.ingest_status == "ready"
    assert article.title == "Top Syrian general defects to Jordan"
    assert "<p>" not in article.body
    assert article.claims.count() >= 8
    assert article.claims.filter(text__contains="cluster bombs").exists()
    assert all(
        event.actor == fact_checker
        for claim in article.claims.all()
        for event in claim.events.all()
    )


def test_running_the_fetch_twice_stores_nothing_twice(news_site, loopback_allowed, fact_checker):
    article = requested(f"{news_site}/story", fact_checker)
    article_fetch_complete(article_id=article.pk)
    claims = article.claims.count()
    article_fetch_complete(article_id=article.pk)
    assert Article.objects.count() == 1
    assert article.claims.count() == claims


@pytest.mark.parametrize(
    ("path", "message"),
    [("/image", "not HTML or text"), ("/gone", "404")],
)
def test_a_failed_fetch_is_recorded_on_the_article(
    news_site, loopback_allowed, fact_checker, path, message
):
    article = article_fetch_complete(article_id=requested(f"{news_site}{path}", fact_checker).pk)
    assert article.ingest_status == "failed"
    assert message in article.ingest_error
    assert article.claims.count() == 0


def test_a_private_address_is_refused_when_loopback_is_not_allowed(news_site, fact_checker):
    article = article_fetch_complete(article_id=requested(f"{news_site}/story", fact_checker).pk)
    assert article.ingest_status == "failed"
    assert "only public web sites can be fetched" in article.ingest_error


def test_a_page_with_the_same_text_as_a_stored_article_is_flagged(
    news_site, loopback_allowed, fact_checker
):
    first = article_fetch_complete(article_id=requested(f"{news_site}/story", fact_checker).pk)
    Article.objects.filter(pk=first.pk).update(url="https://elsewhere.example/story")
    second = article_fetch_complete(article_id=requested(f"{news_site}/story", fact_checker).pk)
    assert second.ingest_status == "failed"
    assert f"(#{first.pk})" in second.ingest_error


def test_a_url_already_on_the_desk_is_a_duplicate(fact_checker):
    article_ingest(text=SEED, url="https://news.example.org/khalluf", by=fact_checker)
    with pytest.raises(DuplicateArticle, match="same URL"):
        requested("https://news.example.org/khalluf", fact_checker)
