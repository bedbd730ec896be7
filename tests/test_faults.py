"""Faults a newsroom will meet: the broker away, a worker killed mid-fetch, the database gone
mid-request, and backups that must restore. Real parts: PostgreSQL, Redis, a Celery worker,
gunicorn."""

import http.server
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import psycopg
import pytest
from django.db import connection
from rest_framework.authtoken.models import Token

from claims.models import Article, Claim, ClaimEvent
from tests import workers
from tests.support.seed import SEED

pytestmark = [pytest.mark.slow, pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

PROJECT = Path(__file__).resolve().parent.parent
PAGE = (
    "<html><head><title>Top Syrian general defects to Jordan</title></head><body><article>"
    + "".join(f"<p>{p}</p>" for p in SEED.split("\n\n")[3:-2])
    + "</article></body></html>"
).encode()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def news_site():
    """A news site on loopback; /slow answers after SLOW seconds (for killing a worker)."""
    started = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path == "/slow":
                started.set()
                time.sleep(6)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *arguments):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    server.fetch_started = started
    yield server
    server.shutdown()


class Redis:
    """A private Redis broker that the test can stop and start again on the same port."""

    def __init__(self, tmp_path: Path):
        self.port, self.folder, self.process = free_port(), tmp_path, None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.folder),
            ],
            stdout=subprocess.DEVNULL,
        )
        workers.wait_until(self.answers, seconds=20, what="redis started")

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as probe:
                probe.sendall(b"PING\r\n")
                return probe.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)


@pytest.fixture
def redis(tmp_path):
    broker = Redis(tmp_path)
    broker.start()
    yield broker
    broker.stop()


def api(base: str, path: str, token: str, payload: dict | None = None) -> tuple[int, dict]:
    request = urllib.request.Request(
        base + path,
        data=json.dumps(payload).encode() if payload is not None else None,
        headers={"Authorization": f"Token {token}", "Content-Type": "application/json"},
        method="POST" if payload is not None else "GET",
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"{}")


def start_web(env: dict, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    with log.open("ab") as output:
        web = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "newsroom.wsgi",
                "-b",
                f"127.0.0.1:{port}",
                "-w",
                "1",
            ],
            cwd=PROJECT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"

    def answers():
        try:
            with urllib.request.urlopen(base + "/health/", timeout=2) as response:
                return response.status == 200
        except OSError:
            return False

    workers.wait_until(answers, seconds=60, what="gunicorn up", logs=[log])
    return web, base


def redispatch(env: dict) -> None:
    code = (
        "from datetime import timedelta; from claims.services import article_fetch_redispatch; "
        "from claims.notifications import dispatch_pending; "
        "article_fetch_redispatch(stuck_after=timedelta(0)); dispatch_pending()"
    )
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=PROJECT,
        env=env,
        check=True,
        capture_output=True,
        timeout=60,
    )


def fetched(url: str) -> bool:
    return Article.objects.filter(url=url, ingest_status="ready", claims__isnull=False).exists()


def test_with_the_broker_down_the_desk_keeps_working_and_loses_nothing(
    tmp_path, redis, news_site, fact_checker
):
    token = Token.objects.create(user=fact_checker).key
    env = workers.worker_environment(
        tmp_path, CELERY_BROKER_URL=redis.url, FETCH_ALLOW_PRIVATE_ADDRESSES="True"
    )
    log = tmp_path / "processes.log"
    web, base = start_web(env, log)
    worker = None
    try:
        redis.stop()
        url = f"http://127.0.0.1:{news_site.server_address[1]}/story"
        started = time.monotonic()
        status, body = api(base, "/api/articles/", token, {"url": url})
        assert status == 202 and body["ingest_status"] == "fetching", body
        assert time.monotonic() - started < 10  # no hanging on the missing broker
        status, body = api(base, "/api/articles/", token, {"text": SEED})
        assert status == 201, body
        assert api(base, "/api/claims/?page_size=5", token)[0] == 200

        redis.start()
        worker = workers.start_worker(env, log, "after-outage")
        redispatch(env)
        workers.wait_until(lambda: fetched(url), seconds=90, what="the fetch done", logs=[log])
        assert Article.objects.filter(url=url).count() == 1
    finally:
        if worker:
            workers.stop(worker)
        workers.stop(web)


def test_a_worker_killed_mid_fetch_leaves_one_article_not_zero_not_two(
    tmp_path, redis, news_site, fact_checker
):
    env = workers.worker_environment(
        tmp_path, CELERY_BROKER_URL=redis.url, FETCH_ALLOW_PRIVATE_ADDRESSES="True"
    )
    log = tmp_path / "processes.log"
    url = f"http://127.0.0.1:{news_site.server_address[1]}/slow"
    first = workers.start_worker(env, log, "first")
    try:
        from claims.services import article_fetch_request
        from newsroom.celery import app

        # This process sends to the private broker over a connection of its own.
        with app.connection_for_write(redis.url) as connection_to_broker:
            article_fetch_request(url=url, by=fact_checker)
            app.send_task(
                "claims.tasks.fetch_article",
                args=[Article.objects.get(url=url).pk],
                connection=connection_to_broker,
            )
        assert news_site.fetch_started.wait(60), "the worker never started fetching"
        workers.stop(first, __import__("signal").SIGKILL)
        assert Article.objects.get(url=url).ingest_status == "fetching"
        second = workers.start_worker(env, log, "second")
        try:
            redispatch(env)
            workers.wait_until(lambda: fetched(url), seconds=90, what="fetched", logs=[log])
        finally:
            workers.stop(second)
    finally:
        workers.stop(first)
    article = Article.objects.get(url=url)
    assert article.claims.count() > 5
    assert ClaimEvent.objects.filter(claim__article=article, action="created").count() == (
        article.claims.count()
    )


def test_a_lost_database_connection_is_a_clean_503_then_recovers(tmp_path, fact_checker):
    token = Token.objects.create(user=fact_checker).key
    # Persistent connections, so that the web worker holds one we can cut.
    env = workers.worker_environment(tmp_path, DATABASE_CONN_MAX_AGE="600")
    log = tmp_path / "web.log"
    web, base = start_web(env, log)
    try:
        assert api(base, "/api/me/", token)[0] == 200
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        status, body = api(base, "/api/articles/", token, {"text": SEED})
        assert status == 503, body
        assert body["error"]["code"] == "service_unavailable"
        assert Article.objects.count() == 0 and Claim.objects.count() == 0
        status, body = api(base, "/api/articles/", token, {"text": SEED})
        assert status == 201, body
        assert Article.objects.count() == 1
    finally:
        workers.stop(web)


def test_a_backup_restores_into_a_new_database_with_the_same_counts(tmp_path, fact_checker):
    from claims.services import article_ingest

    article = article_ingest(text=SEED, by=fact_checker)
    article.claims.update(assignee=fact_checker)  # the dashboard's kept counts have rows
    settings = connection.settings_dict
    source, copy = settings["NAME"], f"{settings['NAME']}_restored"
    dump = tmp_path / "claimdesk.dump"
    common = ["-h", settings["HOST"] or "127.0.0.1", "-U", settings["USER"]]
    subprocess.run(["pg_dump", *common, "-Fc", "-f", str(dump), source], check=True, timeout=120)
    subprocess.run(["dropdb", *common, "--if-exists", copy], check=True, timeout=60)
    subprocess.run(["createdb", *common, copy], check=True, timeout=60)
    try:
        subprocess.run(
            ["pg_restore", *common, "--no-owner", "-d", copy, str(dump)], check=True, timeout=120
        )
        tables = [
            "claims_article",
            "claims_claim",
            "claims_claimevent",
            "claims_source",
            "claims_claimrelation",
            "auth_user",
            "auth_group",
        ]

        def counts(database: str) -> dict:
            with psycopg.connect(host=common[1], user=common[3], dbname=database) as db:
                found = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
                # Triggers come back after the data (pg_dump's post-data section): the kept
                # counts are restored as they were, not counted twice.
                found["open claims kept"] = db.execute(
                    "SELECT sum(open_claims) FROM claims_openclaimcount"
                ).fetchone()[0]
                return found

        assert counts(copy) == counts(source)
        assert counts(copy)["claims_claim"] > 10
        assert counts(copy)["open claims kept"] == counts(copy)["claims_claim"]
    finally:
        subprocess.run(["dropdb", *common, "--if-exists", copy], check=True, timeout=60)
