"""Fetch web pages and post webhooks without letting a typed URL reach the desk's own network.

A fact-checker's URL is untrusted input that our servers act on (server-side request forgery):
without care, "http://169.254.169.254/latest/meta-data/" would hand cloud credentials to anyone
who can paste a link, and "http://10.0.0.5:6379/" would talk to internal services. So:

* `check_url` accepts only http(s) URLs without credentials, resolves the host name once, and
  refuses if any address it resolves to is not on the public internet;
* requests then connect to that verified address (pinned), never resolving the name again, so a
  DNS answer that changes between the check and the connection (DNS rebinding) cannot help;
  the Host header, TLS SNI and certificate verification still use the host name;
* redirects are followed by hand so every hop goes through `check_url`;
* there is one deadline for the whole fetch, and a size cap on the decoded body, so a slow-drip
  server or a gzip bomb cannot tie up or exhaust a worker.

Settings are read at call time so tests (and operators) can change them:
FETCH_ALLOW_PRIVATE_ADDRESSES, FETCH_TIMEOUT_SECONDS, FETCH_MAX_BYTES, FETCH_MAX_REDIRECTS.

Error messages are shown to fact-checkers, so they say what happened in plain words, and they
never repeat the full URL: webhook URLs carry secrets in their path.
"""

from __future__ import annotations

import codecs
import ipaddress
import json
import re
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import quote, urljoin, urlsplit

import urllib3
from django.conf import settings
from urllib3.exceptions import (
    DecodeError,
    HTTPError,
    MaxRetryError,
    NewConnectionError,
    ProtocolError,
    SSLError,
)
from urllib3.exceptions import TimeoutError as Urllib3TimeoutError

try:  # A known-good CA bundle when installed; otherwise the system's trust store.
    import certifi

    _CA_BUNDLE: str | None = certifi.where()
except ImportError:  # pragma: no cover - depends on the environment
    _CA_BUNDLE = None

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

USER_AGENT = "ClaimDesk/1.0 (+fact-checking)"
ALLOWED_SCHEMES = frozenset({"http", "https"})
TEXT_CONTENT_TYPES = frozenset({"text/html", "text/plain"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})

# Read in pieces so the size cap and the deadline are checked often; each piece is bounded
# after decompression too (urllib3 passes the size down to the decompressor).
_READ_CHUNK_BYTES = 64 * 1024
# Where a <meta charset> must appear, per the HTML standard's prescan.
_META_PRESCAN_BYTES = 1024
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]+)""", re.I)
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# NAT64 gateways translate these IPv6 addresses to the IPv4 address in their last 32 bits.
_NAT64_WELL_KNOWN_PREFIX = ipaddress.IPv6Network("64:ff9b::/96")
# What people mean by "a private network" (Python's is_private also covers documentation and
# benchmarking ranges, which are described as special-purpose instead).
_SHARED_ADDRESS_SPACE = ipaddress.IPv4Network("100.64.0.0/10")  # carrier-grade NAT
_PRIVATE_NETWORKS = (
    ipaddress.IPv4Network("10.0.0.0/8"),
    ipaddress.IPv4Network("172.16.0.0/12"),
    ipaddress.IPv4Network("192.168.0.0/16"),
    _SHARED_ADDRESS_SPACE,
    ipaddress.IPv6Network("fc00::/7"),
)
# inet_aton-style spellings of IPv4 ("2130706433", "0x7f.1", "0177.0.0.1"): decoded here so the
# verdict never depends on how a particular resolver treats them.
_NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]*|[0-9]+)(\.(0x[0-9a-f]*|[0-9]+)){0,3}\.?$", re.I)


class FetchError(Exception):
    """A page or webhook could not be fetched; the message tells a fact-checker why."""


class AddressRefused(FetchError):
    """The URL is not one the desk may fetch: wrong scheme, credentials, or a non-public host."""


@dataclass(frozen=True)
class ParsedTarget:
    """A URL that passed `check_url`, with the addresses to connect to (already verified)."""

    url: str  # normalised: fragment dropped, scheme and host lower-case
    scheme: str
    host: str  # ASCII (IDNA) host name or IP literal without brackets: for Host, SNI and TLS
    port: int
    request_target: str  # path and query, percent-encoded, as sent on the request line
    addresses: tuple[str, ...]  # every address the host resolved to; all were allowed

    @property
    def host_header(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        default_port = 443 if self.scheme == "https" else 80
        return host if self.port == default_port else f"{host}:{self.port}"


@dataclass(frozen=True)
class FetchedPage:
    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str  # "text/html" or "text/plain"
    charset: str  # the charset the text was decoded with
    text: str
    is_html: bool


# --- Address checks ------------------------------------------------------------------------


def check_url(url: str) -> ParsedTarget:
    """Validate `url` and resolve its host once; raise AddressRefused unless it may be fetched.

    Raises plain FetchError when the host name does not resolve at all."""
    url = url.strip()
    if any(ord(character) < 0x20 or ord(character) == 0x7F for character in url):
        raise AddressRefused("The address contains control characters.")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise AddressRefused("The address is not a valid web address.") from error
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise AddressRefused("Only http and https addresses can be fetched.")
    # Checked before the host: "http://example.com\@10.0.0.1/" is read differently by different
    # URL parsers, and a URL with a password in it should not be stored or fetched anyway.
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise AddressRefused(
            "The address contains a user name or password; remove them and try again."
        )
    hostname = parts.hostname
    if not hostname:
        raise AddressRefused("The address has no site name.")
    if port is None:
        port = 443 if scheme == "https" else 80
    elif port == 0:
        raise AddressRefused("The address has an invalid port.")
    host = _ascii_host(hostname)
    addresses = _resolve(host, port)
    for address in addresses:
        if not _is_allowed_address(address):
            raise AddressRefused(
                f"The address points to {_describe_address(address)} ({address}); "
                "only public web sites can be fetched."
            )
    return ParsedTarget(
        url=_normalised_url(scheme, parts.netloc, parts.path, parts.query),
        scheme=scheme,
        host=host,
        port=port,
        request_target=_request_target(parts.path, parts.query),
        addresses=tuple(str(address) for address in addresses),
    )


def _is_allowed_address(address: IPAddress) -> bool:
    """The policy: public addresses only, unless FETCH_ALLOW_PRIVATE_ADDRESSES (development and
    tests) lets private ones through. A seam: tests replace it to allow only some networks."""
    if settings.FETCH_ALLOW_PRIVATE_ADDRESSES:
        # Even then, multicast and "any address" are never something to fetch from.
        address = _embedded_ipv4(address) or address
        return not (address.is_multicast or address.is_unspecified)
    return is_public_address(address)


def is_public_address(address: IPAddress) -> bool:
    """True if `address` is an ordinary address on the public internet, including addresses
    that merely wrap an IPv4 address (IPv4-mapped, NAT64, 6to4, Teredo)."""
    embedded = _embedded_ipv4(address)
    if embedded is not None:
        # ::ffff:a.b.c.d and 64:ff9b::a.b.c.d reach exactly a.b.c.d: judge that address.
        return is_public_address(embedded)
    if (
        not address.is_global
        or address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_unspecified
        or address.is_reserved
    ):
        return False
    if isinstance(address, ipaddress.IPv4Address):
        # Not "global" in every Python version's tables, so spelled out: shared address space
        # (carrier-grade NAT) and the limited broadcast address.
        return address not in _SHARED_ADDRESS_SPACE and address != (
            ipaddress.IPv4Address("255.255.255.255")
        )
    if address.is_site_local:
        return False
    # 6to4 and Teredo tunnel to an embedded IPv4 address; a tunnel to a private one is refused.
    if address.sixtofour is not None and not is_public_address(address.sixtofour):
        return False
    if address.teredo is not None:
        server, client = address.teredo
        if not (is_public_address(server) and is_public_address(client)):
            return False
    return True


def _embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    if isinstance(address, ipaddress.IPv4Address):
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address in _NAT64_WELL_KNOWN_PREFIX:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def _describe_address(address: IPAddress) -> str:
    """Name the kind of address in words a fact-checker (or the desk's admin) will recognise."""
    address = _embedded_ipv4(address) or address
    if isinstance(address, ipaddress.IPv6Address):
        address = address.sixtofour or (address.teredo[1] if address.teredo else address)
    if address.is_loopback:
        return "this server itself"
    if address.is_link_local:
        return "a link-local address (such as a cloud metadata service)"
    if address.is_multicast:
        return "a multicast address"
    if address.is_unspecified:
        return "an unspecified address"
    if any(address in network for network in _PRIVATE_NETWORKS):
        return "a private network"
    return "a reserved or special-purpose address"


def _ascii_host(hostname: str) -> str:
    """The host as sent in Host and SNI: IDNA-encoded names, IP literals unchanged."""
    try:
        ipaddress.ip_address(hostname)
        return hostname
    except ValueError:
        pass
    try:
        return hostname.encode("idna").decode("ascii")
    except UnicodeError as error:
        raise AddressRefused("The address has an invalid site name.") from error


def _resolve(host: str, port: int) -> list[IPAddress]:
    """Every address `host` stands for, looked up exactly once."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    name = host.rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        # Always this machine (RFC 6761), whatever a resolver would say about "localhost.".
        return [ipaddress.IPv4Address("127.0.0.1")]
    if _NUMERIC_HOST.match(host):
        try:
            return [ipaddress.IPv4Address(socket.inet_aton(host.rstrip(".")))]
        except OSError:
            pass  # not a valid numeric form: let the resolver decide
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise FetchError(f"The site {host} could not be found (its name does not resolve).") from (
            error
        )
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _canonname, sockaddr in answers:
        # Scoped IPv6 answers ("fe80::1%eth0") are link-local and refused anyway.
        address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchError(f"The site {host} could not be found (its name does not resolve).")
    return addresses


def _request_target(path: str, query: str) -> str:
    # Existing %-escapes are kept; spaces and non-ASCII characters a person pasted are encoded.
    target = quote(path or "/", safe="/%:@!$&'()*+,;=-._~")
    if query:
        target += "?" + quote(query, safe="/?%:@!$&'()*+,;=-._~")
    return target


def _normalised_url(scheme: str, netloc: str, path: str, query: str) -> str:
    url = f"{scheme}://{netloc.lower()}{path or '/'}"
    return f"{url}?{query}" if query else url


# --- Fetching --------------------------------------------------------------------------------


def fetch_page(url: str) -> FetchedPage:
    """GET an HTML or plain-text page, following redirects that pass the same checks."""
    timeout_seconds = settings.FETCH_TIMEOUT_SECONDS
    deadline = time.monotonic() + timeout_seconds
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,text/plain;q=0.9,*/*;q=0.1",
        "Accept-Encoding": "gzip, deflate",
    }
    with _followed(url, headers, deadline, timeout_seconds) as (target, response):
        if not 200 <= response.status < 300:
            raise FetchError(f"The server answered {_status_text(response)}.")
        content_type, declared_charset = _parse_content_type(
            response.headers.get("Content-Type", "")
        )
        if content_type not in TEXT_CONTENT_TYPES:
            raise FetchError(
                f"The page is not HTML or text ({content_type or 'no content type given'})."
            )
        body = _read_body(
            response,
            max_bytes=settings.FETCH_MAX_BYTES,
            deadline=deadline,
            timeout_seconds=timeout_seconds,
        )
    is_html = content_type == "text/html"
    text, charset = _decode_text(body, declared_charset, is_html=is_html)
    return FetchedPage(
        url=url,
        final_url=target.url,
        status=response.status,
        content_type=content_type,
        charset=charset,
        text=text,
        is_html=is_html,
    )


@contextmanager
def _followed(
    url: str, headers: dict[str, str], deadline: float, timeout_seconds: float
) -> Iterator[tuple[ParsedTarget, urllib3.BaseHTTPResponse]]:
    """GET `url`, following redirects (each hop through `check_url`, loops refused, at most
    FETCH_MAX_REDIRECTS); yield the final hop's target and unread response."""
    max_redirects = settings.FETCH_MAX_REDIRECTS
    current_url = url
    visited: set[str] = set()
    for _hop in range(max_redirects + 1):
        target = check_url(current_url)
        visited.add(target.url)
        with _request(
            target, "GET", headers=headers, deadline=deadline, timeout_seconds=timeout_seconds
        ) as response:
            if response.status in REDIRECT_STATUSES:
                current_url = _redirect_location(target, response)
                if _loop_key(current_url) in visited:
                    raise FetchError("The page redirects in a loop and never arrives anywhere.")
                continue
            yield target, response
            return
    raise FetchError(f"The page redirected more than {max_redirects} times.")


@dataclass(frozen=True)
class Capture:
    """A response as received, for evidence: whatever its status and content type."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    headers: tuple[tuple[str, str], ...]
    content_type: str  # the media type, lowered ("" when none was given)
    charset: str | None  # as declared by the server
    body: bytes  # after the transfer's Content-Encoding is undone (gzip), as the page is read


def capture(url: str) -> Capture:
    """GET any page for the record (HTML, text, PDF, an image; an error page too), with every
    check of `fetch_page`: the addresses of each hop, the deadline, the size cap."""
    timeout_seconds = settings.FETCH_TIMEOUT_SECONDS
    deadline = time.monotonic() + timeout_seconds
    headers = {"User-Agent": USER_AGENT, "Accept": "*/*", "Accept-Encoding": "gzip, deflate"}
    with _followed(url, headers, deadline, timeout_seconds) as (target, response):
        body = _read_body(
            response,
            max_bytes=settings.FETCH_MAX_BYTES,
            deadline=deadline,
            timeout_seconds=timeout_seconds,
        )
        content_type, charset = _parse_content_type(response.headers.get("Content-Type", ""))
        return Capture(
            url=url,
            final_url=target.url,
            status=response.status,
            headers=tuple(response.headers.items()),
            content_type=content_type,
            charset=charset,
            body=body,
        )


def decode_text(body: bytes, declared_charset: str | None, *, is_html: bool) -> tuple[str, str]:
    """The text of a captured page and the charset it was read with, as `fetch_page` reads."""
    return _decode_text(body, declared_charset, is_html=is_html)


def _loop_key(url: str) -> str:
    """The form of `url` used to notice redirect loops (no DNS lookup, unlike check_url)."""
    parts = urlsplit(url.strip())
    return _normalised_url(parts.scheme.lower(), parts.netloc, parts.path, parts.query)


def post_json(url: str, payload: dict) -> int:
    """POST `payload` as JSON (a webhook) and return the 2xx status code. Redirects are not
    followed (a redirect is an error): re-sending a POST elsewhere is what an attacker wants.

    `payload` must be JSON-serialisable; a TypeError for one that is not is a programming error
    and is not turned into FetchError."""
    timeout_seconds = settings.FETCH_TIMEOUT_SECONDS
    deadline = time.monotonic() + timeout_seconds
    target = check_url(url)
    body = json.dumps(payload).encode("utf-8")
    headers = {
        "User-Agent": USER_AGENT,
        "Content-Type": "application/json; charset=utf-8",
        "Accept": "*/*",
    }
    with _request(
        target,
        "POST",
        headers=headers,
        body=body,
        deadline=deadline,
        timeout_seconds=timeout_seconds,
        what="webhook",
    ) as response:
        if 300 <= response.status < 400:
            raise FetchError(
                f"The webhook answered with a redirect ({_status_text(response)}); "
                "redirects are not followed for webhooks, so use the final address."
            )
        if not 200 <= response.status < 300:
            raise FetchError(f"The server answered {_status_text(response)}.")
        return response.status


@contextmanager
def _request(
    target: ParsedTarget,
    method: str,
    *,
    headers: dict[str, str],
    deadline: float,
    timeout_seconds: float,
    body: bytes | None = None,
    what: str = "page",
) -> Iterator[urllib3.BaseHTTPResponse]:
    """Send one request to the verified address of `target`; yield the unread response.

    urllib3 errors become FetchError with a readable message; the connection is always closed."""
    headers = {**headers, "Host": target.host_header}
    last_error: FetchError | None = None
    for address in target.addresses:
        remaining = _remaining(deadline, timeout_seconds, what)
        pool = _connection_pool(target, address, remaining)
        try:
            try:
                response = pool.urlopen(
                    method,
                    target.request_target,
                    body=body,
                    headers=headers,
                    retries=False,
                    redirect=False,
                    assert_same_host=False,
                    preload_content=False,
                    decode_content=True,
                )
            except NewConnectionError as error:
                # This address is unreachable (say, IPv6 without a route): try the next one.
                last_error = FetchError(f"Could not connect to {target.host}.")
                last_error.__cause__ = error
                continue
            except (HTTPError, OSError) as error:
                raise _readable_error(error, target, timeout_seconds, what) from error
            try:
                yield response
            except (HTTPError, OSError) as error:
                raise _readable_error(error, target, timeout_seconds, what) from error
            finally:
                response.close()
            return
        finally:
            pool.close()
    raise last_error or FetchError(f"Could not connect to {target.host}.")


def _connection_pool(
    target: ParsedTarget, address: str, timeout: float
) -> urllib3.HTTPConnectionPool:
    """A pool that connects to `address` (the pin) while speaking to `target.host`."""
    pool_timeout = urllib3.Timeout(connect=timeout, read=timeout)
    if target.scheme == "https":
        return urllib3.HTTPSConnectionPool(
            address,
            target.port,
            timeout=pool_timeout,
            maxsize=1,
            retries=False,
            cert_reqs="CERT_REQUIRED",
            ca_certs=_CA_BUNDLE,
            server_hostname=target.host,  # SNI
            assert_hostname=target.host,  # the certificate must be for the name, not the IP
        )
    return urllib3.HTTPConnectionPool(address, target.port, timeout=pool_timeout, maxsize=1)


def _readable_error(
    error: BaseException, target: ParsedTarget, timeout_seconds: float, what: str
) -> FetchError:
    if isinstance(error, MaxRetryError) and error.reason is not None:
        error = error.reason
    if isinstance(error, FetchError):
        return error
    if isinstance(error, Urllib3TimeoutError | TimeoutError):
        return _timeout_error(timeout_seconds, what)
    if isinstance(error, SSLError):
        return FetchError(
            f"The secure connection to {target.host} could not be verified "
            "(its certificate is invalid or not for this site)."
        )
    if isinstance(error, DecodeError):
        return FetchError(f"The {what}'s compressed content is damaged.")
    if isinstance(error, ProtocolError):
        return FetchError(f"The connection to {target.host} broke off before the {what} arrived.")
    return FetchError(f"Could not fetch the {what} from {target.host}.")


def _timeout_error(timeout_seconds: float, what: str) -> FetchError:
    return FetchError(f"The {what} did not answer within {timeout_seconds:g} seconds.")


def _remaining(deadline: float, timeout_seconds: float, what: str) -> float:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _timeout_error(timeout_seconds, what)
    return remaining


def _redirect_location(target: ParsedTarget, response: urllib3.BaseHTTPResponse) -> str:
    location = response.headers.get("Location", "").strip()
    if not location:
        raise FetchError(f"The server answered {_status_text(response)} without saying where to.")
    # Relative locations ("/next", "../a") are resolved against the URL that answered.
    return urljoin(target.url, location)


def _read_body(
    response: urllib3.BaseHTTPResponse,
    *,
    max_bytes: int,
    deadline: float,
    timeout_seconds: float,
) -> bytes:
    too_large = FetchError(f"The page is larger than {_human_size(max_bytes)}.")
    declared_length = response.headers.get("Content-Length", "")
    if declared_length.isdigit() and int(declared_length) > max_bytes:
        raise too_large  # refused before reading a byte
    chunks: list[bytes] = []
    received = 0
    while True:
        # The socket timeout alone bounds each wait, not the whole body: a server dripping a
        # byte a second would never trip it. So every read gets only what is left of the
        # deadline, and read1 returns after one network read instead of filling a buffer.
        _limit_socket_wait(response, _remaining(deadline, timeout_seconds, "page"))
        chunk = response.read1(_READ_CHUNK_BYTES)  # decoded (decompressed) bytes
        if not chunk:
            break
        received += len(chunk)
        if received > max_bytes:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


def _limit_socket_wait(response: urllib3.BaseHTTPResponse, seconds: float) -> None:
    connection = getattr(response, "connection", None)
    sock = getattr(connection, "sock", None)
    if sock is not None:
        sock.settimeout(seconds)


def _parse_content_type(value: str) -> tuple[str, str | None]:
    """("text/html", "utf-8") from "text/html; charset=UTF-8"."""
    media_type, *parameters = value.split(";")
    charset = None
    for parameter in parameters:
        name, _, parameter_value = parameter.partition("=")
        if name.strip().lower() == "charset":
            charset = parameter_value.strip().strip("\"'").lower() or None
    return media_type.strip().lower(), charset


def _decode_text(body: bytes, declared_charset: str | None, *, is_html: bool) -> tuple[str, str]:
    """Decode with, in order: a byte-order mark, the header's charset, an HTML <meta> charset,
    UTF-8. Undecodable bytes become U+FFFD rather than failing the whole fetch."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if body.startswith(mark):
            return body.decode(encoding, errors="replace"), encoding.removesuffix("-sig")
    candidates = [declared_charset]
    if is_html:
        match = _META_CHARSET.search(body[:_META_PRESCAN_BYTES])
        if match:
            candidates.append(match.group(1).decode("ascii").lower())
    for charset in candidates:
        if charset:
            try:
                return body.decode(charset, errors="replace"), charset
            except LookupError:
                continue  # an unknown or non-text codec name ("rot13"): try the next source
    return body.decode("utf-8", errors="replace"), "utf-8"


def _status_text(response: urllib3.BaseHTTPResponse) -> str:
    return status_line(response.status, response.reason or "")


def status_line(status: int, reason: str = "") -> str:
    """ "404 Not Found": the standard phrase, else the server's own words."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = reason.strip()
    return f"{status} {phrase}".strip()


def _human_size(size: int) -> str:
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.3g} {unit}"
    return f"{size} bytes"
