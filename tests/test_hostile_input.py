"""Hostile input on every door: generated (Hypothesis), never a short hand-made list.

Each door must answer a clear 4xx (the API's one error shape) or show a message on the form,
and store nothing: the counts of articles, claims, sources, links, relations, notes and history
are unchanged, and an edited claim's row is exactly as it was.

HOSTILE_REPORT=1 records what each case observed and writes the tables of
docs/HOSTILE_INPUT.md to var/hostile_report.md at the end of the module.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import lxml.html
import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.models import model_to_dict
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, Phase, assume, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from rest_framework.test import APIClient

from claims import claimreview, services
from claims.models import (
    Article,
    Claim,
    ClaimEvent,
    ClaimRelation,
    ClaimSource,
    ReviewNote,
    Source,
)
from tests.support.seed import SEED

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
ADD_ARTICLE = reverse("admin:claims_article_add")
VALID = (
    "The minister said on Monday that unemployment fell to 4 percent last year, "
    "according to official figures released by the statistics office.\n"
)
SMALL_LIMIT = 1000  # settings.ARTICLE_MAX_CHARACTERS in tests that go over it


def examples(count: int):
    return hypothesis_settings(
        max_examples=count,
        deadline=None,
        # No shrinking: a failing case is reported as found (the xfail cases stay fast).
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        print_blob=False,
        # The same cases every run: a strict xfail must not pass by luck, nor the suite flake.
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# --- what is stored, what was observed ---------------------------------------------------------

COUNTED = (Article, Claim, Source, ClaimSource, ClaimRelation, ReviewNote, ClaimEvent)


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in COUNTED}


def claim_row(claim: Claim) -> dict:
    return model_to_dict(Claim.objects.get(pk=claim.pk))


REPORTING = os.environ.get("HOSTILE_REPORT") == "1"
OBSERVED: dict[str, dict[tuple[str, str], dict]] = defaultdict(dict)


ECHOED = [
    (
        re.compile(r"Select a valid choice\. .*? is not one of"),
        "Select a valid choice. ‹value› is not one of",
    ),
    (re.compile(r'"[^"]*" is not a valid (choice|path)'), r'"‹value›" is not a valid \1'),
    (re.compile(r"“[^”]*” is not a \.txt"), "“‹name›” is not a .txt"),
    (re.compile(r"Invalid pk \"[^\"]*\""), 'Invalid pk "‹value›"'),
    (re.compile(r"Unknown (role|relation) '[^']*'"), r"Unknown \1 '‹value›'"),
]


def observe(door: str, kind: str, how: str, outcome: str, stored: bool) -> None:
    """Remember one observed outcome (a few distinct ones per row) for the report."""
    if not REPORTING:
        return
    row = OBSERVED[door].setdefault((kind, how), {"outcomes": {}, "stored": set(), "n": 0})
    row["n"] += 1
    status, _, message = " ".join(outcome.split()).partition(" ")
    for echoed, placeholder in ECHOED:  # messages that quote the generated value
        message = echoed.sub(placeholder, message)
    outcome = (status + " " + re.sub(r"\d[\d,.]*", "N", message))[:160]
    row["outcomes"][outcome] = row["outcomes"].get(outcome, 0) + 1
    row["stored"].add(stored)


@pytest.fixture(scope="module", autouse=True)
def write_report():
    yield
    if not REPORTING:
        return
    lines = []
    for door, rows in OBSERVED.items():
        lines += [f"### {door}", "", "| hostile input | how generated | outcome | stored? |"]
        lines.append("|---|---|---|---|")
        for (kind, how), row in rows.items():
            ranked = sorted(row["outcomes"].items(), key=lambda item: -item[1])
            shown = "<br>".join(f"{text} (×{n})" for text, n in ranked[:4])
            if len(ranked) > 4:
                shown += f"<br>… {len(ranked) - 4} more"
            stored = "yes" if True in row["stored"] else "no"
            cell = (kind, how, shown, f"{stored} ({row['n']} cases)")
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cell) + " |")
        lines.append("")
    (ROOT / "var").mkdir(exist_ok=True)
    with open(ROOT / "var/hostile_report.md", "a", encoding="utf-8") as report:
        report.write("\n".join(lines) + "\n")


def page_message(response) -> str:
    """The error texts a form page shows ("" for a page with none, or no page at all)."""
    if not response.content.strip() or "html" not in response.get("Content-Type", ""):
        return ""
    document = lxml.html.fromstring(response.content.decode())
    found = document.xpath(
        "//*[contains(@class, 'errornote')] | //ul[contains(@class, 'errorlist')]/li"
        " | //ul[contains(@class, 'messagelist')]/li[contains(@class, 'error')]"
    )
    return " / ".join(" ".join(node.text_content().split()) for node in found)


def api_outcome(response) -> str:
    body = response.json()
    return f"{response.status_code} {body['error']['code']}: {body['error']['message']}"


def assert_api_error(response) -> dict:
    """A 4xx in the one error shape."""
    assert 400 <= response.status_code < 500, (response.status_code, response.content[:500])
    body = response.json()
    assert set(body) == {"error"}, body
    error = body["error"]
    assert isinstance(error["code"], str) and error["code"]
    assert isinstance(error["message"], str) and error["message"].strip()
    if "fields" in error:
        assert isinstance(error["fields"], dict)
        for messages in error["fields"].values():
            assert messages and all(isinstance(text, str) and text for text in messages)
    return error


ON_POSTGRES = "postgresql" in django_settings.DATABASES["default"]["ENGINE"]
ON_SQLITE = "sqlite" in django_settings.DATABASES["default"]["ENGINE"]


def cases(table: dict, bugs: dict | None = None) -> list:
    """pytest params for a table's labels; a known bug is a strict xfail with its reason
    (a (reason, condition) pair for a bug of one database only)."""
    bugs = bugs or {}
    params = []
    for label in table:
        bug = bugs.get(label)
        reason, condition = (bug, True) if isinstance(bug, str) else (bug or (None, False))
        marks = [pytest.mark.xfail(condition, strict=True, reason=reason)] if reason else []
        params.append(
            pytest.param(label, id=re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-"), marks=marks)
        )
    return params


# --- strategies --------------------------------------------------------------------------------

WHITESPACE = st.text(alphabet=" \t\n\r\x0b\x0c\u00a0\u2003\u3000\u2028\u2029", max_size=60)
# Bidi overrides and marks, and zero-width characters: invisible, and no whitespace to strip().
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u200b\u2060\ufeff"
CONTROL_ONLY = st.text(
    alphabet=st.one_of(
        st.characters(categories=["Cc"], exclude_characters="\x00\t\n\r\x0b\x0c"),
        st.sampled_from(BIDI),
    ),
    min_size=1,
    max_size=200,
)
C0_ONLY = st.text(
    alphabet=st.characters(
        categories=["Cc"], exclude_characters="\x00\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85"
    ),
    min_size=1,
    max_size=200,
)
WITH_NUL = st.builds(
    lambda head, tail: head + "\x00" + tail, st.text(max_size=80), st.text(max_size=80)
)
NUL_IN_ARTICLE = st.builds(
    lambda at, junk: VALID[:at] + "\x00" + junk + VALID[at:],
    st.integers(0, len(VALID)),
    st.text(max_size=20),
)
SCRIPT = st.builds(
    lambda tag, body: f"<{tag}>{body}</{tag.split()[0]}>",
    st.sampled_from(
        [
            "script",
            "img src=x onerror=alert(1)",
            "svg onload=alert(1)",
            "iframe src=javascript:alert(1)",
            "a href=javascript:alert(1)",
        ]
    ),
    st.text(alphabet=st.characters(categories=["L", "N", "P", "Zs"]), max_size=40),
)
ASCII_LETTER = st.characters(min_codepoint=ord("a"), max_codepoint=ord("z"))


def huge_text(low: int, high: int, alphabet=None):
    """One character repeated: a single line of `low`…`high` characters."""
    return st.builds(
        lambda char, n: char * n,
        st.characters(categories=["L"]) if alphabet is None else alphabet,
        st.integers(low, high),
    )


LONE_SURROGATE = st.builds(
    lambda head, s: head + s, st.text(max_size=20), st.characters(categories=["Cs"])
)
JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
NOT_A_STRING = JSON_VALUES.filter(lambda value: not isinstance(value, str))
NOT_AN_INT = st.one_of(
    st.none(),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False).filter(lambda x: x != int(x)),
    st.lists(JSON_SCALARS, max_size=2),
    st.dictionaries(st.text(max_size=4), JSON_SCALARS, max_size=2),
    st.text(max_size=12).filter(lambda text: not text.strip().lstrip("+-").isdigit()),
)
OUT_OF_RANGE_INT = st.one_of(
    st.integers(max_value=-1),
    st.integers(min_value=2**31, max_value=2**63 - 1),
    st.integers(min_value=2**63, max_value=2**4000),
)
NO_NUL = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
BEYOND_BIGINT = st.one_of(
    st.integers(min_value=2**63, max_value=2**4000), st.integers(max_value=-(2**63) - 1)
)
HOSTILE_ID = st.one_of(OUT_OF_RANGE_INT, OUT_OF_RANGE_INT.map(str), NOT_AN_INT)


def unknown_choice(values):
    known = {str(value) for value in values}
    return st.one_of(
        st.text(max_size=30).filter(lambda text: text not in known),
        st.sampled_from(sorted(known)).map(lambda value: value.upper() + " "),
        st.sampled_from(sorted(known)).map(lambda value: "\u202e" + value),
    )


# The hostile kinds of text, each labelled and with how it is generated.
TEXT_KINDS = {
    "empty / whitespace only": ("st.text over 11 whitespace chars, 0–60", WHITESPACE),
    "NUL byte in an article": ("VALID with \\x00 + st.text spliced in", NUL_IN_ARTICLE),
    "C0/C1 controls only": ("st.characters(Cc) minus \\x00 and whitespace, 1–200", C0_ONLY),
    "bidi overrides / controls": (
        "st.characters(Cc) + 14 bidi/zero-width marks (U+202E, U+200B …)",
        CONTROL_ONLY,
    ),
}


def deep_json(depth: int, kind: str) -> bytes:
    if kind == "array":
        return ("[" * depth + "]" * depth).encode()
    return ('{"a":' * depth + "1" + "}" * depth).encode()


DEEP = st.tuples(st.integers(2_000, 12_000), st.sampled_from(["array", "object"]))


# --- fixtures ----------------------------------------------------------------------------------


@pytest.fixture
def desk_client(fact_checker):
    client = Client(raise_request_exception=False)
    client.force_login(fact_checker)
    return client


@pytest.fixture
def seed_article(fact_checker):
    return services.article_ingest(text=SEED, by=fact_checker)


@pytest.fixture
def claim(seed_article):
    return seed_article.claims.get(text__contains="expanding its use of widely banned")


def api_for(user) -> APIClient:
    client = APIClient(raise_request_exception=False)
    client.force_authenticate(user)
    return client


@pytest.fixture
def api(fact_checker):
    return api_for(fact_checker)


def send(client, method: str, url: str, body, **headers):
    """Send any JSON value (lone surrogates included, escaped) or raw bytes."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    return getattr(client, method)(url, data=data, content_type="application/json", **headers)


# =============================================================================================
# (1) Admin "Add article": paste, upload, URL
# =============================================================================================

PASTE_DOOR = "1. Admin “Add article” (paste / upload / URL)"


def assert_form_refused(response, before) -> str:
    assert response.status_code == 200, (response.status_code, response.content[:300])
    message = page_message(response)
    assert message, "the form shows no error"
    assert counts() == before
    return message


def post_form(client, door_kind: str, how: str, data: dict, **options) -> tuple:
    before = counts()
    response = client.post(ADD_ARTICLE, data, **options)
    message = page_message(response)
    observe(PASTE_DOOR, door_kind, how, f"{response.status_code} {message}", counts() != before)
    return response, before


@pytest.mark.parametrize("kind", cases(TEXT_KINDS))
def test_admin_paste_refuses_hostile_text(desk_client, kind):
    how, strategy = TEXT_KINDS[kind]

    @examples(12)
    @given(text=strategy)
    def run(text):
        response, before = post_form(desk_client, f"paste: {kind}", how, {"text": text})
        assert_form_refused(response, before)

    run()


def test_admin_paste_over_the_size_limit(desk_client, settings):
    settings.ARTICLE_MAX_CHARACTERS = SMALL_LIMIT

    @examples(8)
    @given(text=huge_text(SMALL_LIMIT + 1, SMALL_LIMIT * 4))
    def run(text):
        response, before = post_form(
            desk_client,
            "paste: over ARTICLE_MAX_CHARACTERS (shrunk to 1,000)",
            "one letter (any script) × 1,001–4,000",
            {"text": "The minister said " + text},
        )
        assert "the limit is" in assert_form_refused(response, before)

    run()


def test_admin_paste_a_one_megabyte_line(desk_client):
    @examples(2)
    @given(text=huge_text(2**20, 2**20 + 4096, ASCII_LETTER))
    def run(text):
        response, before = post_form(
            desk_client,
            "paste: 1 MB single line (real limit 500,000)",
            "one ASCII letter × 2²⁰…2²⁰+4096",
            {"text": text},
        )
        assert "the limit is" in assert_form_refused(response, before)

    run()


def test_admin_paste_over_the_request_size_limit_says_why(desk_client):
    @examples(2)
    @given(
        text=huge_text(2**20, 2**20 + 4096, st.characters(min_codepoint=0x10000, categories=["L"]))
    )
    def run(text):
        response, before = post_form(
            desk_client,
            "paste: 1 MB line of 4-byte letters (4 MB > DATA_UPLOAD_MAX_MEMORY_SIZE)",
            "one astral-plane letter × 2²⁰…",
            {"text": text},
        )
        # Django refuses the request before the form sees it: a 400 page that gives the limit.
        assert counts() == before
        assert response.status_code == 400
        assert "An article can be at most" in response.content.decode()

    run()


def test_admin_paste_html_payload_is_never_served_as_markup(desk_client):
    """Pasted text is text: a script payload is refused, or stored and shown escaped."""

    @examples(8)
    @given(payload=SCRIPT, wrap=st.booleans())
    def run(payload, wrap):
        text = (VALID + payload + "\n" + VALID.replace("Monday", "Friday")) if wrap else payload
        before = counts()
        response = desk_client.post(ADD_ARTICLE, {"text": text}, follow=True)
        stored = counts() != before
        outcome = "stored as plain text, shown escaped" if stored else page_message(response)
        observe(
            PASTE_DOOR,
            "paste: HTML/script payload" + (" inside an article" if wrap else " alone"),
            "5 tag shapes × st.text",
            f"{response.status_code} {outcome}",
            stored,
        )
        assert response.status_code == 200
        assert payload not in response.content.decode()
        if not stored:
            assert page_message(response)

    run()


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


UPLOAD_KINDS = {
    "binary (NUL bytes)": (
        "st.binary with \\x00 inserted",
        st.builds(lambda a, b: a + b"\x00" + b, st.binary(max_size=300), st.binary(max_size=300)),
    ),
    "latin-1 bytes": (
        "VALID + st.text(U+00A0–U+00FF) encoded latin-1",
        st.text(
            alphabet=st.characters(min_codepoint=0xA0, max_codepoint=0xFF), min_size=1, max_size=40
        ).map(lambda text: (VALID + " ".join(text) + " ").encode("latin-1")),
    ),
    "UTF-16 bytes": (
        "VALID + st.text encoded utf-16 (BOM)",
        st.text(max_size=40).map(lambda text: (VALID + text).encode("utf-16", "surrogatepass")),
    ),
    "random bytes, not UTF-8": (
        "st.binary(64–2000) that is not UTF-8",
        st.binary(min_size=64, max_size=2000).filter(lambda raw: not _is_utf8(raw)),
    ),
}


@pytest.mark.parametrize("kind", cases(UPLOAD_KINDS))
def test_admin_upload_refuses_hostile_bytes(desk_client, kind):
    how, strategy = UPLOAD_KINDS[kind]

    @examples(10)
    @given(raw=strategy, suffix=st.sampled_from([".txt", ".html", ".htm", ".TXT"]))
    def run(raw, suffix):
        upload = SimpleUploadedFile("article" + suffix, raw, "text/plain")
        response, before = post_form(desk_client, f"upload: {kind}", how, {"upload": upload})
        assert_form_refused(response, before)

    run()


def test_admin_upload_wrong_suffix_and_oversize(desk_client, settings):
    settings.ARTICLE_UPLOAD_MAX_BYTES = 2048

    @examples(10)
    @given(
        name=st.text(
            alphabet=st.characters(categories=["L", "N", "P", "Cf"], exclude_characters="/\\"),
            min_size=1,
            max_size=30,
        ),
        oversize=st.booleans(),
    )
    def run(name, oversize):
        if oversize:
            upload = SimpleUploadedFile("big.txt", (VALID * 40).encode())
            kind, how = "upload: over ARTICLE_UPLOAD_MAX_BYTES (shrunk to 2 KB)", "VALID × 40"
        else:
            assume(Path(name).suffix.lower() not in {".txt", ".text", ".html", ".htm"})
            upload = SimpleUploadedFile(name, VALID.encode())
            kind, how = "upload: not .txt/.html (incl. RTL-override names)", "st.text names"
        response, before = post_form(desk_client, kind, how, {"upload": upload})
        assert_form_refused(response, before)

    run()


URL_KINDS = {
    "URL: javascript:/file:/data:/ftp: … schemes": (
        "7 schemes × 4 paths",
        st.builds(
            lambda scheme, rest: f"{scheme}:{rest}",
            st.sampled_from(
                ["javascript", "file", "data", "ftp", "gopher", "JaVaScRiPt", "mailto"]
            ),
            st.sampled_from(["//example.org/a", "alert(1)", "///etc/passwd", "text/html,<script>"]),
        ),
    ),
    "URL: space in the host": (
        "https://exa mple.org/ + st.text",
        st.builds(lambda junk: "https://exa mple.org/" + junk, st.text(max_size=20)),
    ),
    "URL: NUL byte": (
        "https://example.org/ + NUL text",
        WITH_NUL.map(lambda j: "https://example.org/" + j),
    ),
    "URL: C0/C1 controls in the host": (
        "https:// + st.characters(Cc) + .org/",
        C0_ONLY.map(lambda junk: "https://" + junk + ".org/"),
    ),
    "URL: bidi / zero-width characters in the host": (
        "https:// + 14 bidi/zero-width marks + .org/",
        st.text(alphabet=st.sampled_from(BIDI), min_size=1, max_size=5).map(
            lambda junk: "https://" + junk + ".org/"
        ),
    ),
    "URL: over 2,000 characters": (
        "2,001–5,000 chars",
        st.integers(2001, 5000).map(lambda n: "https://example.org/" + "a" * n),
    ),
}


URL_BUGS = {}  # every case found here was fixed


@pytest.mark.parametrize("kind", cases(URL_KINDS, URL_BUGS))
def test_admin_url_refuses_hostile_addresses(desk_client, kind):
    how, strategy = URL_KINDS[kind]

    @examples(8)
    @given(url=strategy)
    def run(url):
        response, before = post_form(desk_client, kind, how, {"url": url})
        assert_form_refused(response, before)

    run()


ADD_FIELD_KINDS = {
    "desk: NUL byte or > 100 chars": (
        "NUL spliced into st.text; st.text 101–300",
        st.one_of(WITH_NUL, st.text(min_size=101, max_size=300)).map(lambda v: {"desk": v}),
    ),
    "verify_by: junk date / time": (
        "st.text into the date or the time box",
        st.tuples(st.sampled_from(["verify_by_0", "verify_by_1"]), st.text(min_size=1, max_size=20))
        .filter(lambda pair: pair[1].strip())
        .map(lambda pair: {"verify_by_0": "2030-01-01", "verify_by_1": "10:00", pair[0]: pair[1]}),
    ),
    "text and a URL at once": (
        "VALID + https://example.org/<st.text>",
        st.text(max_size=10).map(lambda v: {"url": "https://example.org/" + re.sub(r"\W", "", v)}),
    ),
}


@pytest.mark.parametrize("kind", cases(ADD_FIELD_KINDS))
def test_admin_add_other_fields(desk_client, kind):
    how, strategy = ADD_FIELD_KINDS[kind]

    @examples(8)
    @given(extra=strategy)
    def run(extra):
        response, before = post_form(
            desk_client, kind + " (with a valid article)", how, {"text": VALID, **extra}
        )
        assert_form_refused(response, before)

    run()


def test_admin_add_verify_by_at_the_start_of_the_calendar(desk_client):
    @examples(3)
    @given(time=st.sampled_from(["00:00", "01:30", "03:59"]))
    def run(time):
        response, before = post_form(
            desk_client,
            "verify_by: 0001-01-01 00:00–03:59 (with a valid article)",
            "3 times on 0001-01-01",
            {"text": VALID, "verify_by_0": "0001-01-01", "verify_by_1": time},
        )
        assert response.status_code < 500
        assert_form_refused(response, before)

    run()


# =============================================================================================
# (2) Admin claim change form, and offsets through the service
# =============================================================================================

CLAIM_FORM_DOOR = "2. Admin claim change form (and offsets via the service)"


def claim_form(client, claim: Claim) -> dict:
    response = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert response.status_code == 200
    document = lxml.html.fromstring(response.content.decode())
    values: dict[str, list[str]] = {}
    for name, value in document.get_element_by_id("claim_form").form_values():
        values.setdefault(name, []).append(value)
    return {name: items[0] if len(items) == 1 else items for name, items in values.items()}


CLAIM_FIELDS = {
    "text": (
        "NUL, whitespace, controls, script tags, st.text not in the article",
        st.one_of(WITH_NUL, WHITESPACE, C0_ONLY, SCRIPT, st.text(min_size=1, max_size=80)),
    ),
    "kind": ("unknown_choice(Kind)", unknown_choice(Claim.Kind.values)),
    "status": ("unknown_choice(Status), incl. empty", unknown_choice(Claim.Status.values)),
    "verdict": ("unknown_choice(Verdict)", unknown_choice(["", *Claim.Verdict.values])),
    "priority": (
        "unknown_choice(1–4), out-of-range ints",
        st.one_of(unknown_choice(["1", "2", "3", "4"]), OUT_OF_RANGE_INT.map(str)),
    ),
    "version": (
        "out-of-range ints, st.text",
        st.one_of(OUT_OF_RANGE_INT.map(str), st.text(max_size=10)),
    ),
    "assignee": (
        "out-of-range ids, st.text",
        st.one_of(OUT_OF_RANGE_INT.map(str), st.text(min_size=1, max_size=10)),
    ),
    "claimant": ("NUL; st.text 301–400", st.one_of(WITH_NUL, st.text(min_size=301, max_size=400))),
    "due_at_0": ("st.text in the date box", st.text(min_size=1, max_size=20)),
}
CLAIM_FORM_BUGS = {}  # every case found here was fixed


@pytest.mark.parametrize("field", cases(CLAIM_FIELDS, CLAIM_FORM_BUGS))
def test_admin_claim_form_refuses_hostile_edits(desk_client, claim, field):
    base = claim_form(desk_client, claim)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    body = claim.article.body
    how, strategy = CLAIM_FIELDS[field]

    @examples(6)
    @given(value=strategy)
    def run(value):
        if field == "text":
            assume(value.strip() not in body or "\x00" in value or not value.strip())
        if field in ("version", "due_at_0", "assignee"):
            assume(value.strip() and value.strip() != str(claim.version))
        before, row = counts(), claim_row(claim)
        response = desk_client.post(url, {**base, field: value})
        message = page_message(response)
        changed = counts() != before or claim_row(claim) != row
        observe(
            CLAIM_FORM_DOOR,
            f"{field}: hostile value",
            how,
            f"{response.status_code} {message}",
            changed,
        )
        assert response.status_code == 200, (response.status_code, response.content[:300])
        assert message
        assert not changed

    run()


def test_service_refuses_out_of_range_offsets(claim, fact_checker):
    length = len(claim.article.body)

    @examples(40)
    @given(
        start=st.one_of(OUT_OF_RANGE_INT, st.integers(0, length + 10)),
        end=st.one_of(OUT_OF_RANGE_INT, st.integers(0, length + 10)),
    )
    def run(start, end):
        assume(not 0 <= start < end <= length)
        before, row = counts(), claim_row(claim)
        with pytest.raises(services.ClaimActionRefused) as refused:
            services.claim_update(
                claim=Claim.objects.get(pk=claim.pk),
                by=fact_checker,
                expected_version=row["version"],
                changes={"start": start, "end": end},
            )
        observe(
            CLAIM_FORM_DOOR,
            "offsets (services.claim_update): negative, start ≥ end, > len(body), > 2⁶³",
            "st.integers unbounded and around len(body)",
            f"ClaimActionRefused: {refused.value}",
            counts() != before or claim_row(claim) != row,
        )
        assert "outside the article" in str(refused.value)
        assert counts() == before and claim_row(claim) == row

    run()


# =============================================================================================
# (3) The API: bodies and query parameters
# =============================================================================================

API_DOOR = "3. API bodies and query parameters"


def api_check(response, before, door_kind: str, how: str, *, row_of=None, row=None) -> dict:
    stored = counts() != before or (row_of is not None and claim_row(row_of) != row)
    try:
        outcome = api_outcome(response)
    except (ValueError, KeyError, TypeError):
        outcome = f"{response.status_code} (not the error shape)"
    observe(API_DOOR, door_kind, how, outcome, stored)
    error = assert_api_error(response)
    assert not stored
    return error


NOT_TEXT = NOT_A_STRING.filter(lambda v: not isinstance(v, int | float) or isinstance(v, bool))
ARTICLE_CASES = {
    "text: wrong type": (
        "JSON values that are not strings",
        NOT_A_STRING.map(lambda v: {"text": v}),
    ),
    "text: whitespace / NUL / controls / bidi": (
        "WHITESPACE, NUL_IN_ARTICLE, C0_ONLY, CONTROL_ONLY",
        st.one_of(WHITESPACE, NUL_IN_ARTICLE, C0_ONLY, CONTROL_ONLY).map(lambda v: {"text": v}),
    ),
    "text: lone surrogate": (
        "\\ud800-\\udfff escaped in JSON",
        LONE_SURROGATE.map(lambda v: {"text": v}),
    ),
    "text: over ARTICLE_MAX_CHARACTERS (1,000)": (
        "one letter × 1,001–4,000",
        huge_text(SMALL_LIMIT + 1, 4 * SMALL_LIMIT).map(lambda v: {"text": v}),
    ),
    "desk/title: list, object, bool, NUL, too long": (
        "JSON values; NUL; st.text 501–600",
        st.tuples(
            st.sampled_from(["desk", "title"]),
            st.one_of(NOT_TEXT, WITH_NUL, LONE_SURROGATE, st.text(min_size=501, max_size=600)),
        ).map(lambda pair: {"text": VALID, pair[0]: pair[1]}),
    ),
    "verify_by: junk": (
        "st.text / numbers / lists",
        st.one_of(
            st.text(min_size=1, max_size=25), st.integers(), st.lists(st.integers(), max_size=2)
        )
        .filter(lambda v: not (isinstance(v, str) and _is_datetime(v)))
        .map(lambda v: {"text": VALID, "verify_by": v}),
    ),
    "two ways at once / none": (
        "text + url; unknown keys only",
        st.one_of(
            st.text(max_size=8).map(
                lambda v: {"text": VALID, "url": "https://example.org/" + re.sub(r"\W", "", v)}
            ),
            st.dictionaries(
                st.text(min_size=1, max_size=8).filter(lambda k: k not in {"text", "url", "file"}),
                JSON_SCALARS,
                max_size=3,
            ),
        ),
    ),
    "url: bad scheme, NUL, spaces, controls, > 2,000": (
        "the admin URL strategies",
        st.one_of(*(s for kind, (_, s) in URL_KINDS.items() if kind not in URL_BUGS)).map(
            lambda v: {"url": v}
        ),
    ),
    "url: bidi / zero-width characters in the host": (
        "https:// + 14 bidi/zero-width marks + .org/",
        URL_KINDS["URL: bidi / zero-width characters in the host"][1].map(lambda v: {"url": v}),
    ),
    "body: not an object": (
        "JSON lists and scalars",
        st.one_of(st.lists(JSON_SCALARS, max_size=3), JSON_SCALARS),
    ),
}
ARTICLE_BUGS = {}  # every case found here was fixed


def _is_datetime(text: str) -> bool:
    from django.utils.dateparse import parse_datetime

    try:
        return parse_datetime(text) is not None
    except ValueError:
        return False


@pytest.mark.parametrize("label", cases(ARTICLE_CASES, ARTICLE_BUGS))
def test_api_article_create_json(api, settings, label):
    settings.ARTICLE_MAX_CHARACTERS = SMALL_LIMIT
    how, strategy = ARTICLE_CASES[label]

    @examples(10)
    @given(body=strategy)
    def run(body):
        before = counts()
        response = send(api, "post", "/api/articles/", body)
        api_check(response, before, f"POST /api/articles/ JSON — {label}", how)

    run()


def test_api_article_verify_by_at_the_start_of_the_calendar(api):
    @examples(3)
    @given(moment=st.integers(0, 239).map(lambda m: f"0001-01-01T{m // 60:02d}:{m % 60:02d}:00Z"))
    def run(moment):
        before = counts()
        response = send(api, "post", "/api/articles/", {"text": VALID, "verify_by": moment})
        api_check(
            response,
            before,
            "POST /api/articles/ JSON — verify_by 0001-01-01T00:00–03:59Z",
            "st.integers minutes after 0001-01-01",
        )

    run()


@pytest.mark.parametrize("kind", cases({**UPLOAD_KINDS, "oversize": 0, "wrong suffix": 0}))
def test_api_article_create_multipart(api, settings, kind):
    settings.ARTICLE_UPLOAD_MAX_BYTES = 2048

    @examples(6)
    @given(data=st.data())
    def run(data):
        if kind == "oversize":
            raw, name, how = (VALID * 40).encode(), "big.txt", "VALID × 40 (limit 2 KB)"
        elif kind == "wrong suffix":
            name = data.draw(
                st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=8).map(
                    lambda stem: (
                        stem
                        + data.draw(
                            st.sampled_from([".pdf", ".docx", "", ".txt.exe", ".\u202etxt.exe"])
                        )
                    )
                )
            )
            assume(Path(name).suffix.lower() not in {".txt", ".text", ".html", ".htm"})
            raw, how = VALID.encode(), "st.text stems × bad suffixes"
        else:
            how, strategy = UPLOAD_KINDS[kind]
            raw, name = data.draw(strategy), data.draw(st.sampled_from(["a.txt", "a.html"]))
        before = counts()
        upload = SimpleUploadedFile(name, raw, "application/octet-stream")
        response = api.post("/api/articles/", {"file": upload}, format="multipart")
        api_check(response, before, f"POST /api/articles/ multipart — file: {kind}", how)

    run()


def test_api_raw_bodies_that_are_not_json(api):
    """Binary, UTF-16 and latin-1 bodies sent as JSON or as multipart with no valid parts."""
    targets = ["/api/articles/", "/api/sources/", "/api/notes/", "/api/claimreview/import/"]

    @examples(25)
    @given(
        target=st.sampled_from(targets),
        body=st.one_of(
            st.binary(min_size=1, max_size=500).filter(lambda raw: not _is_utf8(raw)),
            st.dictionaries(st.text(max_size=5), st.text(max_size=10), max_size=2).map(
                lambda value: json.dumps(value, ensure_ascii=False).encode("utf-16")
            ),
            st.text(
                alphabet=st.characters(min_codepoint=0xA0, max_codepoint=0xFF),
                min_size=1,
                max_size=10,
            ).map(lambda value: ('{"text": "' + " ".join(value) + ' "}').encode("latin-1")),
        ),
        multipart=st.booleans(),
    )
    def run(target, body, multipart):
        before = counts()
        content_type = "multipart/form-data; boundary=xyz" if multipart else "application/json"
        response = api.post(target, data=body, content_type=content_type)
        api_check(
            response,
            before,
            "raw body: binary / UTF-16 / latin-1, as JSON or as multipart",
            "st.binary; json.dumps(...).encode('utf-16'); latin-1 bytes",
        )

    run()


DEEP_TARGETS = {
    "POST /api/articles/": ("post", "/api/articles/"),
    "PATCH /api/claims/<id>/": ("patch", "/api/claims/{pk}/"),
    "POST /api/claims/<id>/transition/": ("post", "/api/claims/{pk}/transition/"),
    "POST /api/claims/<id>/assign/": ("post", "/api/claims/{pk}/assign/"),
    "POST /api/sources/": ("post", "/api/sources/"),
    "POST /api/claim-sources/": ("post", "/api/claim-sources/"),
    "POST /api/relations/": ("post", "/api/relations/"),
    "POST /api/notes/": ("post", "/api/notes/"),
    "POST /api/auth/token/": ("post", "/api/auth/token/"),
    "POST /api/claimreview/import/": ("post", "/api/claimreview/import/"),
}


@pytest.mark.parametrize("target", cases(DEEP_TARGETS))
def test_api_deeply_nested_json_is_a_400(editor, claim, target):
    client = api_for(editor)
    method, url = DEEP_TARGETS[target]
    url = url.format(pk=claim.pk)

    @examples(3)
    @given(nesting=DEEP)
    def run(nesting):
        before, row = counts(), claim_row(claim)
        response = send(
            client, method, url, deep_json(*nesting), HTTP_IF_MATCH=f'"{claim.pk}-{row["version"]}"'
        )
        api_check(
            response,
            before,
            f"deeply nested JSON — {target}",
            '[ or {"a": × 2,000–12,000',
            row_of=claim,
            row=row,
        )

    run()


PATCH_CASES = {
    "text": (
        "not strings, NUL, whitespace, lone surrogate, script, > 20,000",
        st.one_of(
            NOT_A_STRING,
            WITH_NUL,
            WHITESPACE,
            LONE_SURROGATE,
            SCRIPT,
            st.text(min_size=20001, max_size=20100),
        ),
    ),
    "start": ("out-of-range ints, not ints", st.one_of(OUT_OF_RANGE_INT, NOT_AN_INT)),
    "end": ("out-of-range ints, 0, not ints", st.one_of(OUT_OF_RANGE_INT, NOT_AN_INT, st.just(0))),
    "kind": (
        "unknown_choice(Kind), not strings",
        st.one_of(unknown_choice(Claim.Kind.values), NOT_A_STRING),
    ),
    "priority": (
        "out-of-range ints, unknown_choice",
        st.one_of(OUT_OF_RANGE_INT, unknown_choice(["1", "2", "3", "4"])),
    ),
    "due_at": (
        "st.text, ints, lists",
        st.one_of(
            st.text(min_size=1, max_size=25).filter(lambda v: not _is_datetime(v)),
            st.integers(),
            st.lists(st.text(max_size=3), max_size=2),
        ),
    ),
    "flag_statistic": (
        "st.text that is no boolean word, lists, ints ≥ 2, null",
        st.one_of(
            st.text(max_size=8).filter(
                lambda v: (
                    v.lower()
                    not in {
                        "true",
                        "false",
                        "1",
                        "0",
                        "yes",
                        "no",
                        "on",
                        "off",
                        "t",
                        "f",
                        "y",
                        "n",
                        "null",
                        "",
                    }
                )
            ),
            st.lists(st.booleans(), max_size=2),
            st.integers(min_value=2),
            st.none(),
        ),
    ),
    "claimant": (
        "lists/objects/bools, NUL, > 300",
        st.one_of(NOT_TEXT, WITH_NUL, st.text(min_size=301, max_size=320)),
    ),
}


@pytest.mark.parametrize("field", cases(PATCH_CASES))
def test_api_claim_patch(api, claim, field):
    how, strategy = PATCH_CASES[field]
    body = claim.article.body

    @examples(12)
    @given(value=strategy)
    def run(value):
        if field == "text" and isinstance(value, str):
            assume(value.strip() not in body or "\x00" in value or not value.strip())
        if field == "end" and isinstance(value, int) and not isinstance(value, bool):
            assume(not 0 <= claim.start < value <= len(body))
        if field == "start" and isinstance(value, int) and not isinstance(value, bool):
            assume(not 0 <= value < claim.end)
        before, row = counts(), claim_row(claim)
        response = send(
            api,
            "patch",
            f"/api/claims/{claim.pk}/",
            {field: value},
            HTTP_IF_MATCH=f'"{claim.pk}-{row["version"]}"',
        )
        api_check(
            response, before, f"PATCH /api/claims/<id>/ — {field}", how, row_of=claim, row=row
        )

    run()


def test_api_claim_patch_if_match(api, claim):
    @examples(15)
    @given(
        header=st.one_of(
            st.text(max_size=40).filter(lambda v: v.strip() not in {"", "*"}),
            OUT_OF_RANGE_INT.map(lambda n: f'"{claim.pk}-{n}"'),
            CONTROL_ONLY,
        )
    )
    def run(header):
        assume(f"{claim.pk}-{claim.version}" not in header)
        before, row = counts(), claim_row(claim)
        response = send(
            api, "patch", f"/api/claims/{claim.pk}/", {"priority": 1}, HTTP_IF_MATCH=header
        )
        api_check(
            response,
            before,
            "PATCH /api/claims/<id>/ — If-Match junk / wrong version / controls",
            "st.text; out-of-range versions; controls",
            row_of=claim,
            row=row,
        )

    run()


WORKFLOW_CASES = {
    "transition: status unknown / not a string": (
        "unknown_choice(Status), JSON values",
        st.fixed_dictionaries(
            {"status": st.one_of(unknown_choice(Claim.Status.values), NOT_A_STRING)}
        ),
    ),
    "transition: verdict unknown": (
        "unknown_choice(Verdict)",
        st.fixed_dictionaries(
            {"status": st.just("verdict_proposed"), "verdict": unknown_choice(Claim.Verdict.values)}
        ),
    ),
    "transition: note NUL / not text / > 20,000": (
        "NUL, JSON values, st.text 20,001+",
        st.fixed_dictionaries(
            {
                "status": st.just("in_review"),
                "note": st.one_of(
                    WITH_NUL, NOT_TEXT, LONE_SURROGATE, st.text(min_size=20001, max_size=20010)
                ),
            }
        ),
    ),
    "transition: body not an object": (
        "JSON lists and scalars",
        NOT_A_STRING.filter(lambda v: not isinstance(v, dict)),
    ),
    "assign: hostile ids": (
        'HOSTILE_ID minus null, "" and floats',
        st.fixed_dictionaries(
            {
                "assignee": HOSTILE_ID.filter(
                    lambda v: v not in (None, "") and not isinstance(v, float)
                )
            }
        ),
    ),
    "assign: a float id (a user's pk + 0.1…0.9)": (
        "st.floats between pk and pk+1",
        st.floats(0.1, 0.9).map(lambda f: {"assignee": "USER+" + repr(f)}),
    ),
    "assign: empty string": (
        '"" (and whitespace)',
        st.sampled_from(["", " "]).map(lambda v: {"assignee": v}),
    ),
    "assign: no assignee key": (
        "st.dictionaries without 'assignee'",
        st.dictionaries(
            st.text(max_size=5).filter(lambda k: k != "assignee"), JSON_SCALARS, max_size=2
        ),
    ),
}


WORKFLOW_BUGS = {}  # every case found here was fixed


@pytest.mark.parametrize("label", cases(WORKFLOW_CASES, WORKFLOW_BUGS))
def test_api_claim_transition_and_assign(api, claim, fact_checker, label):
    how, strategy = WORKFLOW_CASES[label]
    action = label.split(":")[0]

    @examples(8)
    @given(body=strategy)
    def run(body):
        body = (
            {
                key: fact_checker.pk + float(value[5:])
                if isinstance(value, str) and value.startswith("USER+")
                else value
                for key, value in body.items()
            }
            if isinstance(body, dict)
            else body
        )
        before, row = counts(), claim_row(claim)
        response = send(
            api,
            "post",
            f"/api/claims/{claim.pk}/{action}/",
            body,
            HTTP_IF_MATCH=f'"{claim.pk}-{row["version"]}"',
        )
        api_check(response, before, f"POST /api/claims/<id>/{label}", how, row_of=claim, row=row)

    run()


def test_api_assign_someone_off_the_desk(api, claim, outsider):
    before, row = counts(), claim_row(claim)
    response = send(
        api,
        "post",
        f"/api/claims/{claim.pk}/assign/",
        {"assignee": outsider.pk},
        HTTP_IF_MATCH=f'"{claim.pk}-{row["version"]}"',
    )
    api_check(
        response,
        before,
        "POST /api/claims/<id>/assign: a user with no desk role",
        "the outsider persona",
        row_of=claim,
        row=row,
    )


HOSTILE_TEXT = st.one_of(WITH_NUL, LONE_SURROGATE, NOT_TEXT)
LINK_CASES = {
    "sources: name NUL / surrogate / wrong type / whitespace / > 300": (
        "/api/sources/",
        st.fixed_dictionaries(
            {"name": st.one_of(HOSTILE_TEXT, WHITESPACE, st.text(min_size=301, max_size=330))}
        ),
    ),
    "sources: name of controls / bidi only": (
        "/api/sources/",
        st.fixed_dictionaries({"name": st.one_of(C0_ONLY, CONTROL_ONLY)}),
    ),
    "sources: kind unknown": (
        "/api/sources/",
        st.fixed_dictionaries(
            {"name": st.just("A source"), "kind": unknown_choice(Source.Kind.values)}
        ),
    ),
    "sources: url / archived_url hostile": (
        "/api/sources/",
        st.tuples(
            st.sampled_from(["url", "archived_url"]),
            st.one_of(*(s for kind, (_, s) in URL_KINDS.items() if kind not in URL_BUGS)),
        ).map(lambda pair: {"name": "A source", pair[0]: pair[1]}),
    ),
    "sources: url / archived_url with bidi / zero-width host": (
        "/api/sources/",
        st.tuples(
            st.sampled_from(["url", "archived_url"]),
            URL_KINDS["URL: bidi / zero-width characters in the host"][1],
        ).map(lambda pair: {"name": "A source", pair[0]: pair[1]}),
    ),
    "claim-sources: claim / source hostile ids": (
        "/api/claim-sources/",
        st.tuples(st.sampled_from(["claim", "source"]), HOSTILE_ID).map(
            lambda pair: {
                "claim": "CLAIM",
                "source": "SOURCE",
                "role": "supports",
                pair[0]: pair[1],
            }
        ),
    ),
    "claim-sources: role unknown": (
        "/api/claim-sources/",
        unknown_choice(ClaimSource.Role.values).map(
            lambda v: {"claim": "CLAIM", "source": "SOURCE", "role": v}
        ),
    ),
    "claim-sources: note NUL / surrogate / wrong type": (
        "/api/claim-sources/",
        HOSTILE_TEXT.map(
            lambda v: {"claim": "CLAIM", "source": "SOURCE", "role": "supports", "note": v}
        ),
    ),
    "relations: hostile ids": (
        "/api/relations/",
        st.tuples(st.sampled_from(["from_claim", "to_claim"]), HOSTILE_ID).map(
            lambda pair: {
                "from_claim": "CLAIM",
                "to_claim": "OTHER",
                "type": "supports",
                pair[0]: pair[1],
            }
        ),
    ),
    "relations: type unknown / claim to itself": (
        "/api/relations/",
        st.one_of(
            unknown_choice(ClaimRelation.Type.values).map(
                lambda v: {"from_claim": "CLAIM", "to_claim": "OTHER", "type": v}
            ),
            st.sampled_from(ClaimRelation.Type.values).map(
                lambda v: {"from_claim": "CLAIM", "to_claim": "CLAIM", "type": v}
            ),
        ),
    ),
    "notes: claim id as a float (pk + 0.1…0.9)": (
        "/api/notes/",
        st.floats(0.1, 0.9).map(lambda f: {"claim": "CLAIM+" + repr(f), "body": "A note."}),
    ),
    "notes: claim hostile id": (
        "/api/notes/",
        HOSTILE_ID.map(lambda v: {"claim": v, "body": "A note."}),
    ),
    "notes: body NUL / surrogate / wrong type / whitespace": (
        "/api/notes/",
        st.one_of(HOSTILE_TEXT, WHITESPACE).map(lambda v: {"claim": "CLAIM", "body": v}),
    ),
    "notes: body of controls / bidi only": (
        "/api/notes/",
        st.one_of(C0_ONLY, CONTROL_ONLY).map(lambda v: {"claim": "CLAIM", "body": v}),
    ),
    "notes: kind unknown": (
        "/api/notes/",
        unknown_choice(ReviewNote.Kind.values).map(
            lambda v: {"claim": "CLAIM", "body": "A note.", "kind": v}
        ),
    ),
}
LINK_BUGS = {}  # every case found here was fixed


@pytest.mark.parametrize("label", cases(LINK_CASES, LINK_BUGS))
def test_api_links_sources_and_notes(api, claim, seed_article, label):
    url, strategy = LINK_CASES[label]
    stand_ins = {
        "CLAIM": claim.pk,
        "OTHER": seed_article.claims.exclude(pk=claim.pk).first().pk,
        "SOURCE": Source.objects.first().pk,
    }

    @examples(10)
    @given(body=strategy)
    def run(body):
        body = {
            key: (
                claim.pk + float(value[6:])
                if value.startswith("CLAIM+")
                else stand_ins.get(value, value)
            )
            if isinstance(value, str)
            else value
            for key, value in body.items()
        }
        before = counts()
        response = send(api, "post", url, body)
        api_check(response, before, f"POST {url} — {label.split(': ', 1)[1]}", "see LINK_CASES")

    run()


LIST_PARAMS = {
    "status": unknown_choice(Claim.Status.values),
    "kind": unknown_choice(Claim.Kind.values),
    "verdict": unknown_choice(Claim.Verdict.values),
    "has_relation": unknown_choice(ClaimRelation.Type.values),
    "flag": unknown_choice(
        ["unverified", "anonymous_source", "hedged", "statistic", "direct_quote"]
    ),
    "article: junk, NaN, 1e400, within bigint": st.one_of(
        st.integers(-(2**63) + 1, 2**63 - 1).map(str),
        st.text(max_size=10),
        st.sampled_from(["1e400", "NaN", "-inf"]),
    ),
    "article: beyond bigint": BEYOND_BIGINT.map(str),
    "assignee: junk, within bigint": st.one_of(
        st.integers(-(2**63) + 1, 2**63 - 1).map(str), st.text(max_size=10)
    ),
    "assignee: beyond bigint": BEYOND_BIGINT.map(str),
    "assignee: superscript digits": st.text(alphabet="¹²³⁴⁵⁶⁷⁸⁹⁰", min_size=1, max_size=5),
    "checkworthiness_min": st.one_of(
        st.text(max_size=10), st.sampled_from(["NaN", "Infinity", "1e999999"])
    ),
    "due_before": st.one_of(st.text(max_size=25), st.integers().map(str)),
    "overdue": st.text(max_size=10),
    "outlet": st.one_of(WITH_NUL, CONTROL_ONLY, st.text(max_size=30)),
    "search: controls, bidi, 2,000 chars": st.one_of(
        CONTROL_ONLY, st.text(alphabet=NO_NUL, max_size=2000)
    ),
    "search: NUL byte": WITH_NUL,
    "ordering": st.text(max_size=30),
    "cursor": st.one_of(st.text(max_size=40), st.binary(max_size=30).map(lambda raw: raw.hex())),
}
LIST_BUGS = {}  # every case found here was fixed


@pytest.mark.parametrize("param", cases(LIST_PARAMS, LIST_BUGS))
def test_api_claim_list_query_parameter(api, claim, param):
    name = param.split(":")[0]

    @examples(15)
    @given(value=LIST_PARAMS[param])
    def run(value):
        before = counts()
        response = api.get("/api/claims/", {name: value})
        if response.status_code == 200:
            outcome = "200: ignored, or a filter that matches nothing"
        elif response.status_code < 500:
            outcome = api_outcome(response)
        else:
            outcome = str(response.status_code)
        observe(
            API_DOOR, f"GET /api/claims/?{param}", "see LIST_PARAMS", outcome, counts() != before
        )
        assert response.status_code < 500, (value, response.status_code)
        if response.status_code != 200:
            assert_api_error(response)
        assert counts() == before

    run()


TOKEN_CASES = {
    "username/password: wrong type": (
        "JSON values that are not strings",
        st.tuples(st.sampled_from(["username", "password"]), NOT_A_STRING),
    ),
    "username: NUL": ("NUL spliced into st.text", st.tuples(st.just("username"), WITH_NUL)),
    "password: NUL": ("NUL spliced into st.text", st.tuples(st.just("password"), WITH_NUL)),
    "username/password: controls / bidi": (
        "CONTROL_ONLY",
        st.tuples(st.sampled_from(["username", "password"]), CONTROL_ONLY),
    ),
    "password: 5,000+ characters": (
        "st.text 5,000–6,000 (no NUL)",
        st.tuples(st.just("password"), st.text(alphabet=NO_NUL, min_size=5000, max_size=6000)),
    ),
    "username: over 255 characters": (
        "st.text 256–6,000 (no NUL)",
        st.tuples(st.just("username"), st.text(alphabet=NO_NUL, min_size=256, max_size=6000)),
    ),
    "username/password: lone surrogate": (
        "\\ud800-\\udfff escaped in JSON",
        st.tuples(st.sampled_from(["username", "password"]), LONE_SURROGATE),
    ),
    "body: not an object": (
        "JSON lists and scalars",
        JSON_VALUES.filter(lambda v: not isinstance(v, dict)),
    ),
}
TOKEN_BUGS = {}  # every case found here was fixed


@pytest.mark.parametrize("label", cases(TOKEN_CASES, TOKEN_BUGS))
def test_api_token_endpoint(fact_checker, label):
    client = APIClient(raise_request_exception=False)
    how, strategy = TOKEN_CASES[label]

    @examples(8)
    @given(drawn=strategy)
    def run(drawn):
        if isinstance(drawn, tuple):
            body = {"username": "fiona", "password": "a-long-test-password", drawn[0]: drawn[1]}
        else:
            body = drawn
        before = counts()
        response = send(client, "post", "/api/auth/token/", body)
        api_check(response, before, f"POST /api/auth/token/ — {label}", how)

    run()


# =============================================================================================
# (4) The extraction CLI, as a subprocess
# =============================================================================================

CLI_DOOR = "4. CLI `manage.py extract_claims` (subprocess, DEBUG=True)"


def run_cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    environment = {**os.environ, "DEBUG": "True", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "extract_claims", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
    )


def last_line(stderr: str) -> str:
    lines = [line for line in stderr.strip().splitlines() if not line.startswith("AXES:")]
    return lines[-1] if lines else ""


CLI_FILE_KINDS = {
    "empty / whitespace": ("WHITESPACE", WHITESPACE.map(lambda text: text.encode())),
    "binary (NUL)": UPLOAD_KINDS["binary (NUL bytes)"],
    "latin-1": UPLOAD_KINDS["latin-1 bytes"],
    "UTF-16": UPLOAD_KINDS["UTF-16 bytes"],
    "controls / bidi only": (
        "C0_ONLY or CONTROL_ONLY, UTF-8",
        st.one_of(C0_ONLY, CONTROL_ONLY).map(str.encode),
    ),
}


def test_cli_file_refuses_hostile_files(tmp_path):
    """One example: a generated file of each kind, each run as its own process (2 at a time)."""

    @examples(1)
    @given(
        files=st.fixed_dictionaries(
            {kind: strategy for kind, (_, strategy) in CLI_FILE_KINDS.items()}
        )
    )
    def run(files):
        paths = {}
        for index, (kind, raw) in enumerate(files.items()):
            paths[kind] = tmp_path / f"article{index}.txt"
            paths[kind].write_bytes(raw)
        with ThreadPoolExecutor(2) as pool:
            results = dict(
                zip(paths, pool.map(lambda p: run_cli(str(p)), paths.values()), strict=True)
            )
        for kind, result in results.items():
            stderr = result.stderr.decode("utf-8", "replace")
            observe(
                CLI_DOOR,
                f"FILE: {kind}",
                CLI_FILE_KINDS[kind][0],
                f"exit={result.returncode}: {last_line(stderr)}",
                False,
            )
        for kind, result in results.items():
            stderr = result.stderr.decode("utf-8", "replace")
            assert result.returncode != 0, (kind, result.stdout[:200])
            assert "Traceback" not in stderr, (kind, stderr[-800:])
            assert last_line(stderr).startswith("CommandError: "), (kind, stderr[-300:])

    run()


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def test_cli_jsonl_turns_every_hostile_line_into_an_error_record():
    line = st.one_of(
        JSON_VALUES.filter(lambda v: not isinstance(v, dict)).map(json.dumps),
        st.fixed_dictionaries(
            {"id": JSON_SCALARS, "text": st.one_of(NOT_A_STRING, WHITESPACE, C0_ONLY, WITH_NUL)}
        ).map(json.dumps),
        st.fixed_dictionaries({"id": JSON_SCALARS, "html": st.one_of(WITH_NUL, SCRIPT)}).map(
            json.dumps
        ),
        st.text(min_size=1, max_size=30).filter(lambda v: v.strip() and not _is_json(v)),
    ).map(str.encode)
    raw_line = st.one_of(
        UPLOAD_KINDS["latin-1 bytes"][1],
        st.binary(min_size=1, max_size=60).map(lambda raw: raw + b"\x00"),
    )

    @examples(2)
    @given(lines=st.lists(st.one_of(line, raw_line), min_size=5, max_size=25))
    def run(lines):
        lines = [item.replace(b"\n", b" ").replace(b"\r", b" ") for item in lines]
        lines = [item for item in lines if item.strip()]
        result = run_cli("--jsonl", stdin=b"\n".join(lines) + b"\n")
        stderr = result.stderr.decode("utf-8", "replace")
        records = [json.loads(out) for out in result.stdout.decode().splitlines() if out.strip()]
        observe(
            CLI_DOOR,
            "--jsonl: non-objects, wrong types, NUL, latin-1, binary, garbage lines",
            "st.lists of 5–25 generated lines",
            f'exit {result.returncode}; one {{"id", "error"}} record per line',
            False,
        )
        assert "Traceback" not in stderr, stderr[-800:]
        assert result.returncode == 0
        assert len(records) == len(lines)
        assert all(record.get("error") for record in records)

    run()


def test_cli_jsonl_deeply_nested_line():
    @examples(1)
    @given(nesting=DEEP)
    def run(nesting):
        stdin = deep_json(*nesting) + b"\n" + json.dumps({"id": 2, "text": VALID}).encode() + b"\n"
        result = run_cli("--jsonl", stdin=stdin)
        stderr = result.stderr.decode("utf-8", "replace")
        records = [json.loads(out) for out in result.stdout.decode().splitlines() if out.strip()]
        observe(
            CLI_DOOR,
            "--jsonl: a line nested 2,000–12,000 deep, then a good line",
            "DEEP",
            f"exit={result.returncode}; {last_line(stderr)}; {len(records)} records",
            False,
        )
        assert "Traceback" not in stderr, stderr[-600:]
        assert [("error" in record) for record in records] == [True, False]

    run()


def test_cli_one_megabyte_line_from_stdin():
    @examples(1)
    @given(text=huge_text(2**20, 2**20 + 1000, ASCII_LETTER))
    def run(text):
        result = run_cli("-", stdin=text.encode())
        stderr = result.stderr.decode("utf-8", "replace")
        observe(
            CLI_DOOR,
            "stdin: 1 MB single line",
            "one ASCII letter × 2²⁰…",
            f"exit={result.returncode}; {last_line(stderr) or 'no message'}; "
            f"{len(result.stdout):,} bytes of JSON",
            False,
        )
        assert "Traceback" not in stderr
        assert result.returncode != 0 and last_line(stderr).startswith("CommandError: ")

    run()


# =============================================================================================
# (5) ClaimReview import
# =============================================================================================

IMPORT_DOOR = "5. ClaimReview import (POST /api/claimreview/import/, editor)"


def review(**changes) -> dict:
    document = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": "Unemployment fell to 4 percent last year.",
        "url": "https://factcheck.example.org/r/1",
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "The minister"},
            "appearance": [
                {"@type": "CreativeWork", "url": "https://news.example.org/a", "headline": "A"}
            ],
        },
    }
    for path, value in changes.items():
        target = document
        *parents, last = path.split("__")
        for parent in parents:
            target = target[parent] if isinstance(target, dict) else target[0]
        (target[0] if isinstance(target, list) else target)[last] = value
    return document


def _rating_in_range(value) -> bool:
    try:
        return 1 <= float(value) <= 5
    except (TypeError, ValueError, OverflowError):
        return False


IMPORT_CASES = {
    "document: wrong type / empty list / > 500 reviews": (
        "JSON values; []; [review] × 501–520",
        st.one_of(
            JSON_VALUES.filter(lambda v: not isinstance(v, dict)),
            st.just([]),
            st.integers(501, 520).map(lambda n: [review()] * n),
        ),
    ),
    "@type missing or unknown": (
        "unknown_choice",
        unknown_choice(["ClaimReview"]).map(lambda v: review(**{"@type": v})),
    ),
    "claimReviewed: wrong type, empty, NUL, > 5,000 chars": (
        "JSON values, whitespace, NUL, st.text 5,001+",
        st.one_of(NOT_A_STRING, WHITESPACE, WITH_NUL, st.text(min_size=5001, max_size=5100)).map(
            lambda v: review(claimReviewed=v)
        ),
    ),
    "claimReviewed: controls / bidi only": (
        "C0_ONLY, CONTROL_ONLY",
        st.one_of(C0_ONLY, CONTROL_ONLY).map(lambda v: review(claimReviewed=v)),
    ),
    "claimReviewed: lone surrogate": (
        "\\ud800-\\udfff escaped in JSON",
        LONE_SURROGATE.map(lambda v: review(claimReviewed=v)),
    ),
    "reviewRating: wrong type / unknown name / out-of-range numbers": (
        "JSON values, unknown_choice, floats, huge ints, 'nan'/'inf'",
        st.one_of(
            NOT_A_STRING.filter(lambda v: not isinstance(v, dict)).map(
                lambda v: review(reviewRating=v)
            ),
            unknown_choice(sorted(claimreview.VERDICT_BY_NAME))
            .filter(lambda v: v.strip().lower() not in claimreview.VERDICT_BY_NAME)
            .map(lambda v: review(reviewRating={"alternateName": v})),
            st.one_of(
                st.floats(allow_nan=False, allow_infinity=False),
                OUT_OF_RANGE_INT.filter(lambda n: abs(n) < 2**1000),
                st.sampled_from(["nan", "inf", "-inf", "1e999"]),
            )
            .filter(lambda v: not _rating_in_range(v))
            .map(
                lambda v: review(reviewRating={"ratingValue": v, "bestRating": 5, "worstRating": 1})
            ),
        ),
    ),
    "reviewRating: an integer too large for a float": (
        "st.integers beyond ±2¹⁰²⁴ as ratingValue / bestRating / worstRating",
        st.tuples(
            st.sampled_from(["ratingValue", "bestRating", "worstRating"]),
            st.one_of(
                st.integers(min_value=2**1024, max_value=2**4000), st.integers(max_value=-(2**1024))
            ),
        ).map(
            lambda pair: review(
                reviewRating={"ratingValue": 3, "bestRating": 5, "worstRating": 1, pair[0]: pair[1]}
            )
        ),
    ),
    "appearance url: javascript:/data:/file: scheme": (
        "5 schemes × 3 paths",
        st.builds(
            lambda scheme, rest: f"{scheme}:{rest}",
            st.sampled_from(["javascript", "data", "file", "JaVaScRiPt", "vbscript"]),
            st.sampled_from(["alert(1)", "text/html,<script>alert(1)</script>", "///etc/passwd"]),
        ).map(lambda v: review(itemReviewed__appearance__url=v)),
    ),
}
IMPORT_BUGS = {}  # every case found here was fixed


@pytest.mark.parametrize("label", cases(IMPORT_CASES, IMPORT_BUGS))
def test_claimreview_import_refuses_hostile_documents(editor, label):
    client = api_for(editor)
    how, strategy = IMPORT_CASES[label]

    @examples(10)
    @given(document=strategy)
    def run(document):
        before = counts()
        response = send(client, "post", "/api/claimreview/import/", document)
        stored = counts() != before
        try:
            outcome = api_outcome(response)
        except (ValueError, KeyError, TypeError):
            outcome = f"{response.status_code}"
        observe(IMPORT_DOOR, label, how, outcome, stored)
        assert_api_error(response)
        assert not stored

    run()
