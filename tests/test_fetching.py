"""The safe fetcher against a real local HTTP(S) server, plus the address checks on their own.

The server runs on 127.0.0.1, so most tests turn FETCH_ALLOW_PRIVATE_ADDRESSES on; the tests
about refusing addresses turn it off, or narrow the policy seam to "loopback only"."""

from __future__ import annotations

import contextlib
import gzip
import http.server
import ipaddress
import json
import shutil
import socket
import ssl
import subprocess
import threading
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import urllib3.util.connection

from claims import fetching
from claims.fetching import AddressRefused, FetchError, check_url, fetch_page, post_json

PUBLIC_TEST_ADDRESS = "93.184.216.34"  # a public address; never actually contacted
SMALL_CAP_BYTES = 64 * 1024
GZIP_BOMB_DECODED_BYTES = 50 * 1024 * 1024
HTML_PAGE = "<html><head><title>Réel</title></head><body><p>Le café est prêt.</p></body></html>"
SCRIPT_PAGE = (
    "<html><body><p>The minister said exports rose.</p>"
    "<script>document.cookie='stolen'</script></body></html>"
)
CP1252_PAGE = (
    b'<html><head><meta charset="windows-1252"><title>x</title></head>'
    b"<body><p>caf\xe9 \x93quoted\x94 \x80 5</p></body></html>"
)


@dataclass
class ServerLog:
    """What the test server saw, so tests can assert what was (not) sent."""

    requests: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, method: str, path: str, headers: dict[str, str], body: bytes) -> None:
        with self.lock:
            self.requests.append((method, path, headers, body))

    def paths(self) -> list[str]:
        with self.lock:
            return [path for _method, path, _headers, _body in self.requests]


@dataclass
class TestServer:
    __test__ = False  # not a test class, despite the name

    host: str
    port: int
    log: ServerLog

    def url(self, path: str, *, scheme: str = "http", host: str | None = None) -> str:
        return f"{scheme}://{host or self.host}:{self.port}{path}"


def _make_handler(log: ServerLog, gzip_bomb: bytes) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        # HTTP/1.0: a body without Content-Length simply runs until the connection closes.
        protocol_version = "HTTP/1.0"

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep test output quiet

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if "Content-Length" not in headers:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _redirect(self, status: int, location: str | None) -> None:
            self._send(status, b"", {"Location": location} if location is not None else {})

        def do_GET(self) -> None:
            log.record("GET", self.path, dict(self.headers.items()), b"")
            # The client hangs up on purpose in some tests (timeouts, size caps).
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                self._route_get()

        def _route_get(self) -> None:
            path = self.path
            html = {"Content-Type": "text/html; charset=utf-8"}
            if path == "/html":
                self._send(200, HTML_PAGE.encode("utf-8"), html)
            elif path == "/text":
                self._send(200, "Plain claim: 3 % of €.".encode(), {"Content-Type": "text/plain"})
            elif path == "/headers":
                echo = "\n".join(f"{name}: {value}" for name, value in self.headers.items())
                self._send(200, echo.encode(), {"Content-Type": "text/plain; charset=utf-8"})
            elif path == "/png":
                self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 32, {"Content-Type": "image/png"})
            elif path == "/no-content-type":
                self._send(200, b"what am I", {})
            elif path == "/missing":
                self._send(404, b"<h1>nope</h1>", html)
            elif path == "/slow":
                time.sleep(2.5)  # past the 0.5 s timeout the test sets
                self._send(200, b"late", html)
            elif path == "/drip":
                # Answers at once, then dribbles the body: each read is quick, the whole is not.
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                for _ in range(25):
                    self.wfile.write(b"drip ")
                    self.wfile.flush()
                    time.sleep(0.1)
            elif path == "/huge":
                self._send(200, b"a" * (SMALL_CAP_BYTES * 3), {"Content-Type": "text/plain"})
            elif path == "/huge-unannounced":
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.end_headers()
                for _ in range(12):
                    self.wfile.write(b"b" * 16 * 1024)
            elif path == "/gzip-bomb":
                self._send(
                    200, gzip_bomb, {"Content-Type": "text/plain", "Content-Encoding": "gzip"}
                )
            elif path == "/gzip-small":
                self._send(
                    200,
                    gzip.compress(HTML_PAGE.encode("utf-8")),
                    {**html, "Content-Encoding": "gzip"},
                )
            elif path == "/script":
                self._send(200, SCRIPT_PAGE.encode("utf-8"), html)
            elif path == "/cp1252":
                self._send(200, CP1252_PAGE, {"Content-Type": "text/html"})
            elif path.startswith("/redirect/"):
                hops_left = int(path.rsplit("/", 1)[1])
                # Relative locations on purpose: the fetcher must resolve them.
                self._redirect(302, f"{hops_left - 1}" if hops_left > 1 else "../html")
            elif path == "/absolute-redirect":
                self._redirect(301, f"http://127.0.0.1:{self.server.server_port}/text")
            elif path == "/loop":
                self._redirect(302, "/loop")
            elif path == "/loop-a":
                self._redirect(307, "/loop-b")
            elif path == "/loop-b":
                self._redirect(308, "/loop-a")
            elif path == "/to-metadata":
                self._redirect(302, "http://169.254.169.254/latest/meta-data/")
            elif path == "/to-private":
                self._redirect(301, "http://10.0.0.1/")
            elif path == "/to-file":
                self._redirect(302, "file:///etc/passwd")
            elif path == "/no-location":
                self._redirect(302, None)
            else:
                self._send(404, b"", {})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            log.record("POST", self.path, dict(self.headers.items()), body)
            if self.path == "/hook":
                self._send(202, b"", {})
            elif self.path == "/hook-redirect":
                self._redirect(307, "/hook")
            elif self.path == "/hook-error":
                self._send(500, b"boom", {"Content-Type": "text/plain"})
            else:
                self._send(404, b"", {})

    return Handler


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    # 50 MB of zeros squeezes into ~50 KB: under the cap on the wire, far over it decoded.
    bomb = gzip.compress(b"\0" * GZIP_BOMB_DECODED_BYTES, compresslevel=9)
    assert len(bomb) < SMALL_CAP_BYTES
    return bomb


def _serve(gzip_bomb: bytes, ssl_context: ssl.SSLContext | None = None) -> Iterator[TestServer]:
    log = ServerLog()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(log, gzip_bomb))
    if ssl_context is not None:
        server.socket = ssl_context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield TestServer(host="127.0.0.1", port=server.server_port, log=log)
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def _module_server(gzip_bomb: bytes) -> Iterator[TestServer]:
    yield from _serve(gzip_bomb)


@pytest.fixture
def server(_module_server: TestServer) -> TestServer:
    with _module_server.log.lock:
        _module_server.log.requests.clear()
    return _module_server


@pytest.fixture
def fetch_settings(settings):
    """Private addresses allowed (the server is on loopback), small limits, generous timeout."""
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = True
    settings.FETCH_TIMEOUT_SECONDS = 10
    settings.FETCH_MAX_BYTES = SMALL_CAP_BYTES
    settings.FETCH_MAX_REDIRECTS = 5
    return settings


@pytest.fixture
def public_only(settings):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
    settings.FETCH_TIMEOUT_SECONDS = 10
    settings.FETCH_MAX_BYTES = SMALL_CAP_BYTES
    settings.FETCH_MAX_REDIRECTS = 5
    return settings


@pytest.fixture
def connections(monkeypatch) -> list[tuple[str, int]]:
    """Every TCP connection urllib3 opens, recorded (and still made)."""
    opened: list[tuple[str, int]] = []
    real_create_connection = urllib3.util.connection.create_connection

    def recording_create_connection(address, *args, **kwargs):
        opened.append((address[0], address[1]))
        return real_create_connection(address, *args, **kwargs)

    monkeypatch.setattr(urllib3.util.connection, "create_connection", recording_create_connection)
    return opened


# --- Address checks on their own -------------------------------------------------------------

HOSTILE_URLS = [
    ("file:///etc/passwd", "Only http and https"),
    ("ftp://example.com/file", "Only http and https"),
    ("gopher://127.0.0.1:6379/_INFO", "Only http and https"),
    ("javascript:alert(1)", "Only http and https"),
    ("data:text/html,<b>hi</b>", "Only http and https"),
    ("//example.com/no-scheme", "Only http and https"),
    ("http://user:pw@example.com/", "user name or password"),
    ("http://user@example.com/", "user name or password"),
    ("http://example.com\\@127.0.0.1/", "user name or password"),
    ("http:///path-only", "no site name"),
    ("http://127.0.0.1/", "this server itself"),
    ("HTTP://LOCALHOST/", "this server itself"),
    ("http://localhost./", "this server itself"),
    ("http://admin.localhost/", "this server itself"),
    ("http://[::1]/", "this server itself"),
    ("http://[::ffff:127.0.0.1]/", "this server itself"),
    ("http://[::ffff:7f00:1]/", "this server itself"),
    ("http://0.0.0.0/", "unspecified"),
    ("http://0/", "unspecified"),
    ("http://[::]/", "unspecified"),
    ("http://2130706433/", "this server itself"),
    ("http://0x7f000001/", "this server itself"),
    ("http://0177.0.0.1/", "this server itself"),
    ("http://0x7f.1/", "this server itself"),
    ("http://127.1/", "this server itself"),
    ("http://169.254.169.254/latest/meta-data", "link-local"),
    ("http://[fe80::1]/", "link-local"),
    ("http://100.64.0.1/", "private network"),
    ("http://192.168.1.1/", "private network"),
    ("http://172.16.0.1/", "private network"),
    ("http://10.1.2.3:8080/", "private network"),
    ("http://[fc00::1]/", "private network"),
    ("http://[fd12:3456::1]/", "private network"),
    ("http://224.0.0.1/", "multicast"),
    ("http://[ff02::1]/", "multicast"),
    ("http://255.255.255.255/", "reserved"),
    ("http://240.0.0.1/", "reserved"),
    ("http://[64:ff9b::a00:1]/", "private network"),  # NAT64 of 10.0.0.1
    ("http://[2002:a00:1::]/", "private network"),  # 6to4 of 10.0.0.1
    ("http://[2002:7f00:1::]/", "this server itself"),  # 6to4 of 127.0.0.1
    ("http://[2001:db8::1]/", "reserved"),  # documentation range
]


@pytest.mark.parametrize(("url", "reason"), HOSTILE_URLS)
def test_hostile_urls_are_refused_without_connecting(public_only, monkeypatch, url, reason):
    def no_connections(*args, **kwargs):
        raise AssertionError("a refused URL must not be connected to")

    monkeypatch.setattr(urllib3.util.connection, "create_connection", no_connections)

    with pytest.raises(AddressRefused) as refused:
        check_url(url)
    assert reason in str(refused.value)
    with pytest.raises(AddressRefused):
        fetch_page(url)
    with pytest.raises(AddressRefused):
        post_json(url, {"text": "hello"})


def test_private_address_message_names_the_address(public_only):
    with pytest.raises(AddressRefused) as refused:
        check_url("http://10.0.0.5/")
    assert str(refused.value) == (
        "The address points to a private network (10.0.0.5); only public web sites can be fetched."
    )


def test_allowing_private_addresses_still_allows_only_http_and_https(fetch_settings):
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/", "http://u:p@127.0.0.1/"):
        with pytest.raises(AddressRefused):
            check_url(url)
    for url in ("http://224.0.0.1/", "http://0.0.0.0/"):
        with pytest.raises(AddressRefused):
            check_url(url)
    assert check_url("http://10.0.0.1/").addresses == ("10.0.0.1",)


def test_refuses_a_name_if_any_of_its_addresses_is_private(public_only, monkeypatch):
    answers = [PUBLIC_TEST_ADDRESS, "10.0.0.7"]
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda host, port, *args, **kwargs: [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)) for address in answers
        ],
    )
    with pytest.raises(AddressRefused, match=r"10\.0\.0\.7"):
        check_url("http://mixed.example/")


def test_unresolvable_name_is_a_fetch_error_not_a_refusal(public_only, monkeypatch):
    def fail(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    with pytest.raises(FetchError) as error:
        check_url("http://no-such-site.example/")
    assert not isinstance(error.value, AddressRefused)
    assert "could not be found" in str(error.value)


def test_parsed_target_for_a_public_url(public_only, monkeypatch):
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda host, port, *args, **kwargs: [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", (PUBLIC_TEST_ADDRESS, port))
        ],
    )
    target = check_url("  HTTPS://News.Example/a b/ünï?q=1 2#section  ")
    assert target.scheme == "https"
    assert target.host == "news.example"
    assert target.port == 443
    assert target.host_header == "news.example"
    assert target.request_target == "/a%20b/%C3%BCn%C3%AF?q=1%202"
    assert target.addresses == (PUBLIC_TEST_ADDRESS,)
    assert "#" not in target.url


@pytest.mark.parametrize(
    "address",
    ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"],
)
def test_public_addresses_are_public(address):
    assert fetching.is_public_address(ipaddress.ip_address(address))


# --- Fetching pages from the local server -----------------------------------------------------


def test_loopback_server_is_refused_when_private_addresses_are_not_allowed(public_only, server):
    with pytest.raises(AddressRefused, match="this server itself"):
        fetch_page(server.url("/html"))
    with pytest.raises(AddressRefused):
        post_json(server.url("/hook"), {"text": "hi"})
    assert server.log.paths() == []


def test_fetches_an_html_page(fetch_settings, server):
    page = fetch_page(server.url("/html"))
    assert page.url == server.url("/html")
    assert page.final_url == server.url("/html")
    assert page.status == 200
    assert page.content_type == "text/html"
    assert page.charset == "utf-8"
    assert page.is_html
    assert page.text == HTML_PAGE


def test_fetches_a_plain_text_page(fetch_settings, server):
    page = fetch_page(server.url("/text"))
    assert not page.is_html
    assert page.content_type == "text/plain"
    assert page.charset == "utf-8"  # no charset declared: UTF-8
    assert page.text == "Plain claim: 3 % of €."


def test_sends_user_agent_and_host_header(fetch_settings, server):
    page = fetch_page(server.url("/headers"))
    assert "User-Agent: ClaimDesk/1.0 (+fact-checking)" in page.text
    assert f"Host: 127.0.0.1:{server.port}" in page.text


def test_decodes_gzip_content(fetch_settings, server):
    assert fetch_page(server.url("/gzip-small")).text == HTML_PAGE


def test_charset_from_meta_tag(fetch_settings, server):
    page = fetch_page(server.url("/cp1252"))
    assert page.charset == "windows-1252"
    assert "café “quoted” € 5" in page.text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/png", "The page is not HTML or text (image/png)."),
        ("/no-content-type", "The page is not HTML or text (no content type given)."),
        ("/missing", "The server answered 404 Not Found."),
        ("/no-location", "The server answered 302 Found without saying where to."),
        ("/huge", "The page is larger than 64 KB."),
        ("/huge-unannounced", "The page is larger than 64 KB."),
        ("/to-file", "Only http and https addresses can be fetched."),
    ],
)
def test_refused_pages(fetch_settings, server, path, message):
    with pytest.raises(FetchError) as error:
        fetch_page(server.url(path))
    assert str(error.value) == message


def test_gzip_bomb_is_stopped_at_the_decoded_size_cap(fetch_settings, server):
    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match="larger than 64 KB"):
            fetch_page(server.url("/gzip-bomb"))
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Decoding all 50 MB at once would show here; only about a chunk or two may be in memory.
    assert peak < 5 * 1024 * 1024


def test_slow_server_times_out(fetch_settings, server):
    fetch_settings.FETCH_TIMEOUT_SECONDS = 0.5
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"^The page did not answer within 0\.5 seconds\.$"):
        fetch_page(server.url("/slow"))
    assert time.monotonic() - started < 2


def test_slow_drip_body_is_cut_off_at_the_total_deadline(fetch_settings, server):
    # Each piece arrives well within the timeout; the whole body does not.
    fetch_settings.FETCH_TIMEOUT_SECONDS = 0.6
    started = time.monotonic()
    with pytest.raises(FetchError, match="did not answer within"):
        fetch_page(server.url("/drip"))
    assert time.monotonic() - started < 2


def test_follows_relative_redirects(fetch_settings, server, connections):
    page = fetch_page(server.url("/redirect/3"))
    assert page.url == server.url("/redirect/3")
    assert page.final_url == server.url("/html")
    assert page.text == HTML_PAGE
    assert server.log.paths() == ["/redirect/3", "/redirect/2", "/redirect/1", "/html"]
    assert connections == [("127.0.0.1", server.port)] * 4


def test_follows_an_absolute_redirect(fetch_settings, server):
    assert fetch_page(server.url("/absolute-redirect")).final_url == server.url("/text")


def test_too_many_redirects(fetch_settings, server):
    fetch_settings.FETCH_MAX_REDIRECTS = 2
    with pytest.raises(FetchError, match=r"^The page redirected more than 2 times\.$"):
        fetch_page(server.url("/redirect/3"))
    assert len(server.log.paths()) == 3  # the first request and two redirects, no more


@pytest.mark.parametrize("path", ["/loop", "/loop-a"])
def test_redirect_loop(fetch_settings, server, path):
    with pytest.raises(FetchError, match="redirects in a loop"):
        fetch_page(server.url(path))
    assert len(server.log.paths()) <= 2


@pytest.mark.parametrize(
    ("path", "refused_address"),
    [("/to-metadata", "169.254.169.254"), ("/to-private", "10.0.0.1")],
)
def test_redirect_to_a_private_address_is_refused_before_connecting(
    public_only, server, connections, monkeypatch, path, refused_address
):
    # Loopback (the test server) allowed, everything else judged as in production.
    monkeypatch.setattr(
        fetching,
        "_is_allowed_address",
        lambda address: address.is_loopback or fetching.is_public_address(address),
    )
    with pytest.raises(AddressRefused) as refused:
        fetch_page(server.url(path))
    assert f"({refused_address})" in str(refused.value)
    assert connections == [("127.0.0.1", server.port)]  # only the first hop was connected to


# --- DNS: one lookup per hop, and the connection goes to the checked address ------------------


@pytest.fixture
def fake_dns(monkeypatch) -> list[str]:
    """`news.example` resolves to a public address first, then to the given next answers:
    the DNS-rebinding attack. Returns the list of names looked up."""
    lookups: list[str] = []
    answers = {"next": [PUBLIC_TEST_ADDRESS, "127.0.0.1", "10.0.0.1"]}
    real_getaddrinfo = socket.getaddrinfo

    def fake_getaddrinfo(host, port, *args, **kwargs):
        if host != "news.example":  # urllib3 "resolving" the pinned IP literal: no DNS
            return real_getaddrinfo(host, port, *args, **kwargs)
        lookups.append(host)
        address = answers["next"].pop(0)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    return lookups


@pytest.fixture
def route_public_address_to(monkeypatch):
    """Connections to PUBLIC_TEST_ADDRESS actually go to the local server, so a fetch can
    complete without touching the internet; every connection target is recorded."""
    opened: list[tuple[str, int]] = []
    real_create_connection = urllib3.util.connection.create_connection

    def setup(server: TestServer) -> list[tuple[str, int]]:
        def create_connection(address, *args, **kwargs):
            opened.append((address[0], address[1]))
            assert address[0] == PUBLIC_TEST_ADDRESS, "connected to an unchecked address"
            return real_create_connection((server.host, server.port), *args, **kwargs)

        monkeypatch.setattr(urllib3.util.connection, "create_connection", create_connection)
        return opened

    return setup


def test_connects_to_the_checked_address_without_a_second_lookup(
    public_only, server, fake_dns, route_public_address_to
):
    opened = route_public_address_to(server)
    page = fetch_page(server.url("/headers", host="news.example"))
    assert fake_dns == ["news.example"]  # the rebinding answer (127.0.0.1) was never asked for
    assert opened == [(PUBLIC_TEST_ADDRESS, server.port)]
    assert f"Host: news.example:{server.port}" in page.text


def test_each_redirect_hop_is_looked_up_and_checked_again(
    public_only, server, fake_dns, route_public_address_to
):
    opened = route_public_address_to(server)
    # Hop 1: public address, answers with a redirect to the same name, which now resolves to
    # 127.0.0.1: refused, without connecting.
    with pytest.raises(AddressRefused, match=r"127\.0\.0\.1"):
        fetch_page(server.url("/redirect/1", host="news.example"))
    assert fake_dns == ["news.example", "news.example"]
    assert opened == [(PUBLIC_TEST_ADDRESS, server.port)]


def test_post_json_also_connects_to_the_checked_address(
    public_only, server, fake_dns, route_public_address_to
):
    opened = route_public_address_to(server)
    assert post_json(server.url("/hook", host="news.example"), {"ok": True}) == 202
    assert fake_dns == ["news.example"]
    assert opened == [(PUBLIC_TEST_ADDRESS, server.port)]


# --- Webhooks -------------------------------------------------------------------------------


def test_post_json_sends_the_payload(fetch_settings, server):
    payload = {"text": "Claim #12 is now “verified”", "claim": 12}
    assert post_json(server.url("/hook"), payload) == 202
    [(method, path, headers, body)] = server.log.requests
    assert (method, path) == ("POST", "/hook")
    assert json.loads(body) == payload
    assert headers["Content-Type"].startswith("application/json")
    assert headers["User-Agent"] == fetching.USER_AGENT


def test_post_json_does_not_follow_redirects(fetch_settings, server):
    with pytest.raises(FetchError, match=r"redirect \(307 Temporary Redirect\)"):
        post_json(server.url("/hook-redirect"), {"text": "hi"})
    assert server.log.paths() == ["/hook-redirect"]


def test_post_json_server_error(fetch_settings, server):
    with pytest.raises(FetchError, match=r"^The server answered 500 Internal Server Error\.$"):
        post_json(server.url("/hook-error"), {"text": "hi"})


def test_post_json_connection_refused(fetch_settings):
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]  # bound but not listening: connections are refused
        with pytest.raises(FetchError, match=r"Could not connect to 127\.0\.0\.1"):
            post_json(f"http://127.0.0.1:{port}/hook", {"text": "hi"})


# --- HTTPS: connect to the pinned IP, verify the certificate for the host name ---------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[str, str]:
    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command to make a test certificate")
    directory = tmp_path_factory.mktemp("tls")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "ec"),
            *("-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2"),
            *("-subj", "/CN=news.example", "-addext", "subjectAltName=DNS:news.example"),
            *("-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
        timeout=30,
    )
    return str(cert), str(key)


@pytest.fixture(scope="module")
def https_server(certificate, gzip_bomb) -> Iterator[TestServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    yield from _serve(gzip_bomb, ssl_context=context)


@pytest.fixture
def trust_test_certificate(monkeypatch, certificate):
    monkeypatch.setattr(fetching, "_CA_BUNDLE", certificate[0])


def _resolve_everything_to_loopback(monkeypatch) -> None:
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda host, port, *args, **kwargs: [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))
        ],
    )


def test_https_verifies_the_certificate_for_the_host_name(
    fetch_settings, https_server, trust_test_certificate, monkeypatch, connections
):
    _resolve_everything_to_loopback(monkeypatch)
    page = fetch_page(https_server.url("/html", scheme="https", host="news.example"))
    assert page.text == HTML_PAGE
    assert connections == [("127.0.0.1", https_server.port)]


def test_https_refuses_a_certificate_for_another_name(
    fetch_settings, https_server, trust_test_certificate, monkeypatch
):
    _resolve_everything_to_loopback(monkeypatch)
    with pytest.raises(FetchError, match="could not be verified"):
        fetch_page(https_server.url("/html", scheme="https", host="other.example"))


def test_https_refuses_an_untrusted_certificate(fetch_settings, https_server, monkeypatch):
    _resolve_everything_to_loopback(monkeypatch)
    with pytest.raises(FetchError, match="could not be verified"):
        fetch_page(https_server.url("/html", scheme="https", host="news.example"))
