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
from django.core.files.uploadedfile import SimpleUploadedFile
from django.forms.models import model_to_dict
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, assume, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from rest_framework.test import APIClient

from claims import services
from claims.models import (
    Article,
    Claim,
    ClaimEvent,
    ClaimRelation,
    ClaimSource,
    ReviewNote,
    Source,
)

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "claims/fixtures/seed/china-daily-2013-03-18-khalluf.txt").read_text("utf-8")
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


def observe(door: str, kind: str, how: str, outcome: str, stored: bool) -> None:
    """Remember one observed outcome (a few distinct ones per row) for the report."""
    if not REPORTING:
        return
    row = OBSERVED[door].setdefault((kind, how), {"outcomes": {}, "stored": set(), "n": 0})
    row["n"] += 1
    outcome = re.sub(r"\d[\d,.]*", "N", " ".join(outcome.split()))[:160]
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
    """The error texts a form page shows."""
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


# --- strategies --------------------------------------------------------------------------------

WHITESPACE = st.text(alphabet=" \t\n\r\x0b\x0c\u00a0\u2003\u3000\u2028\u2029\u200b", max_size=60)
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
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


def huge_text(low: int, high: int):
    """One character repeated: a single line of `low`…`high` characters."""
    return st.builds(
        lambda char, n: char * n, st.characters(categories=["L"]), st.integers(low, high)
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
    "bidi overrides / controls": ("st.characters(Cc) + 11 bidi marks (U+202E …)", CONTROL_ONLY),
}


def deep_json(depth: int, kind: str) -> bytes:
    if kind == "array":
        return ("[" * depth + "]" * depth).encode()
    return ('{"a":' * depth + "1" + "}" * depth).encode()


DEEP = st.tuples(st.integers(1_000, 12_000), st.sampled_from(["array", "object"]))


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


@pytest.mark.parametrize("kind", list(TEXT_KINDS))
def test_admin_paste_refuses_hostile_text(desk_client, kind):
    how, strategy = TEXT_KINDS[kind]

    @examples(12)
    @given(text=strategy)
    def run(text):
        before = counts()
        response = desk_client.post(ADD_ARTICLE, {"text": text})
        stored = counts() != before
        observe(
            PASTE_DOOR,
            f"paste: {kind}",
            how,
            f"{response.status_code} {page_message(response)}",
            stored,
        )
        assert_form_refused(response, before)

    run()


def test_admin_paste_over_the_size_limit(desk_client, settings):
    settings.ARTICLE_MAX_CHARACTERS = SMALL_LIMIT

    @examples(8)
    @given(text=huge_text(SMALL_LIMIT + 1, SMALL_LIMIT * 4))
    def run(text):
        before = counts()
        response = desk_client.post(ADD_ARTICLE, {"text": "The minister said " + text})
        observe(
            PASTE_DOOR,
            "paste: over ARTICLE_MAX_CHARACTERS (limit shrunk to 1,000)",
            "one letter × 1,001–4,000",
            f"{response.status_code} {page_message(response)}",
            counts() != before,
        )
        assert "the limit is" in assert_form_refused(response, before)

    run()


def test_admin_paste_a_one_megabyte_line(desk_client):
    @examples(2)
    @given(text=huge_text(2**20, 2**20 + 4096))
    def run(text):
        before = counts()
        response = desk_client.post(ADD_ARTICLE, {"text": text})
        observe(
            PASTE_DOOR,
            "paste: 1 MB single line (real limit)",
            "one letter × 2²⁰…2²⁰+4096",
            f"{response.status_code} {page_message(response)}",
            counts() != before,
        )
        assert "the limit is" in assert_form_refused(response, before)

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
        outcome = "stored as text, shown escaped" if stored else page_message(response)
        observe(
            PASTE_DOOR,
            "paste: HTML/script payload" + (" inside an article" if wrap else ""),
            "5 tag shapes × st.text",
            f"{response.status_code} {outcome}",
            stored,
        )
        assert response.status_code == 200
        assert payload not in response.content.decode()
        if not stored:
            assert page_message(response)

    run()


UPLOAD_KINDS = {
    "binary (NUL bytes)": (
        "st.binary with \\x00 inserted",
        st.builds(lambda a, b: a + b"\x00" + b, st.binary(max_size=300), st.binary(max_size=300)),
    ),
    "latin-1 bytes": (
        "st.text(U+00A0–U+00FF) encoded latin-1 after VALID",
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


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@pytest.mark.parametrize("kind", list(UPLOAD_KINDS))
def test_admin_upload_refuses_hostile_bytes(desk_client, kind):
    how, strategy = UPLOAD_KINDS[kind]

    @examples(10)
    @given(raw=strategy, suffix=st.sampled_from([".txt", ".html", ".htm", ".TXT"]))
    def run(raw, suffix):
        before = counts()
        upload = SimpleUploadedFile("article" + suffix, raw, "text/plain")
        response = desk_client.post(ADD_ARTICLE, {"upload": upload})
        observe(
            PASTE_DOOR,
            f"upload: {kind}",
            how,
            f"{response.status_code} {page_message(response)}",
            counts() != before,
        )
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
            kind, how = "upload: not .txt/.html (incl. RTL-override names)", "st.text file names"
        before = counts()
        response = desk_client.post(ADD_ARTICLE, {"upload": upload})
        observe(
            PASTE_DOOR,
            kind,
            how,
            f"{response.status_code} {page_message(response)}",
            counts() != before,
        )
        assert_form_refused(response, before)

    run()


HOSTILE_URL = st.one_of(
    st.builds(
        lambda scheme, rest: f"{scheme}:{rest}",
        st.sampled_from(["javascript", "file", "data", "ftp", "gopher", "JaVaScRiPt", "mailto"]),
        st.sampled_from(["//example.org/a", "alert(1)", "///etc/passwd", "text/html,<script>"]),
    ),
    st.builds(lambda junk: "https://exa mple.org/" + junk, st.text(max_size=20)),
    st.builds(lambda junk: "https://example.org/" + junk, WITH_NUL),
    st.builds(lambda junk: "https://" + junk + ".org/", CONTROL_ONLY),
    st.integers(2001, 5000).map(lambda n: "https://example.org/" + "a" * n),
)


def test_admin_url_refuses_hostile_addresses(desk_client):
    @examples(20)
    @given(url=HOSTILE_URL)
    def run(url):
        before = counts()
        response = desk_client.post(ADD_ARTICLE, {"url": url})
        observe(
            PASTE_DOOR,
            "URL: bad scheme, NUL, controls, spaces, > 2,000 chars",
            "schemes × paths, st.text, 2,001–5,000 chars",
            f"{response.status_code} {page_message(response)}",
            counts() != before,
        )
        assert_form_refused(response, before)

    run()


def test_admin_add_other_fields_and_two_ways(desk_client):
    @examples(15)
    @given(
        field=st.sampled_from(["desk", "verify_by_0", "verify_by_1", "two ways"]),
        value=st.one_of(WITH_NUL, st.text(min_size=101, max_size=300), st.text(max_size=20)),
    )
    def run(field, value):
        data = {"text": VALID}
        if field == "two ways":
            data["url"] = "https://example.org/" + re.sub(r"\W", "", value)
        elif field == "desk":
            assume("\x00" in value or len(value) > 100)
            data["desk"] = value
        else:
            assume(value.strip())
            data.update(verify_by_0="2030-01-01", verify_by_1="10:00", **{field: value})
        before = counts()
        response = desk_client.post(ADD_ARTICLE, data)
        observe(
            PASTE_DOOR,
            f"{field}: NUL / too long / junk (with a valid article)",
            "st.text, NUL spliced, 101–300 chars",
            f"{response.status_code} {page_message(response)}",
            counts() != before,
        )
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


CLAIM_FIELD_VALUES = {
    "text": st.one_of(WITH_NUL, WHITESPACE, C0_ONLY, SCRIPT, st.text(min_size=1, max_size=80)),
    "kind": unknown_choice(Claim.Kind.values),
    "status": unknown_choice(Claim.Status.values),
    "verdict": unknown_choice(["", *Claim.Verdict.values]),
    "priority": st.one_of(unknown_choice(["1", "2", "3", "4"]), OUT_OF_RANGE_INT.map(str)),
    "version": st.one_of(OUT_OF_RANGE_INT.map(str), st.text(max_size=10)),
    "assignee": st.one_of(OUT_OF_RANGE_INT.map(str), st.text(min_size=1, max_size=10)),
    "claimant": st.one_of(WITH_NUL, st.text(min_size=301, max_size=400)),
    "due_at_0": st.text(min_size=1, max_size=20),
}


def test_admin_claim_form_refuses_hostile_edits(desk_client, claim):
    base = claim_form(desk_client, claim)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    body = claim.article.body

    @examples(40)
    @given(data=st.data(), field=st.sampled_from(sorted(CLAIM_FIELD_VALUES)))
    def run(data, field):
        value = data.draw(CLAIM_FIELD_VALUES[field], label=field)
        if field == "text":
            assume(value.strip() not in body or "\x00" in value or not value.strip())
        if field == "version":
            assume(value.strip() != str(claim.version))
        if field == "due_at_0":
            assume(value.strip())
        if field == "assignee":
            assume(value.strip())
        before, row = counts(), claim_row(claim)
        response = desk_client.post(url, {**base, field: value})
        message = page_message(response)
        changed = counts() != before or claim_row(claim) != row
        observe(
            CLAIM_FORM_DOOR,
            f"{field}: hostile value",
            "see CLAIM_FIELD_VALUES",
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
            "offsets: negative, start ≥ end, > body, > 2⁶³",
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


ARTICLE_TEXT = st.one_of(WHITESPACE, NUL_IN_ARTICLE, C0_ONLY, CONTROL_ONLY, LONE_SURROGATE)


def test_api_article_create_json(api, settings):
    settings.ARTICLE_MAX_CHARACTERS = SMALL_LIMIT
    cases = {
        "text: wrong type": (
            "JSON values that are not strings",
            NOT_A_STRING.map(lambda v: {"text": v}),
        ),
        "text: empty/NUL/controls/bidi/lone surrogate": (
            "the text strategies above",
            ARTICLE_TEXT.map(lambda v: {"text": v}),
        ),
        "text: over ARTICLE_MAX_CHARACTERS (1,000)": (
            "one letter × 1,001–4,000",
            huge_text(SMALL_LIMIT + 1, 4 * SMALL_LIMIT).map(lambda v: {"text": v}),
        ),
        "desk/title: list, object, bool, NUL, too long": (
            "JSON values; st.text 101–600",
            st.tuples(
                st.sampled_from(["desk", "title"]),
                st.one_of(
                    st.lists(JSON_SCALARS, max_size=2),
                    st.dictionaries(st.text(max_size=3), JSON_SCALARS, max_size=2),
                    st.booleans(),
                    WITH_NUL,
                    st.text(min_size=501, max_size=600),
                ),
            ).map(lambda pair: {"text": VALID, pair[0]: pair[1]}),
        ),
        "verify_by: junk": (
            "st.text / numbers / lists",
            st.one_of(
                st.text(min_size=1, max_size=25), st.integers(), st.lists(st.integers(), max_size=2)
            ).map(lambda v: {"text": VALID, "verify_by": v}),
        ),
        "two ways at once / nothing": (
            "text + url / only unknown keys",
            st.one_of(
                st.just({"text": VALID, "url": "https://example.org/a"}),
                st.dictionaries(
                    st.text(min_size=1, max_size=8).filter(
                        lambda k: k not in {"text", "url", "file"}
                    ),
                    JSON_SCALARS,
                    max_size=3,
                ),
            ),
        ),
        "url: bad scheme, NUL, > 2,000 chars": (
            "HOSTILE_URL",
            HOSTILE_URL.map(lambda v: {"url": v}),
        ),
        "body: not an object": (
            "JSON lists / scalars",
            st.one_of(st.lists(JSON_SCALARS, max_size=3), JSON_SCALARS),
        ),
    }

    @examples(60)
    @given(label=st.sampled_from(sorted(cases)), data=st.data())
    def run(label, data):
        how, strategy = cases[label]
        body = data.draw(strategy)
        before = counts()
        response = send(api, "post", "/api/articles/", body)
        api_check(response, before, f"POST /api/articles/ JSON — {label}", how)

    run()


def test_api_article_verify_by_at_the_edge_of_time(api):
    """A deadline at the very start of the calendar: the claims' due times come before it."""

    @examples(5)
    @given(
        moment=st.sampled_from(["0001-01-01T00:00:00Z", "0001-01-01T03:59:00Z"]).flatmap(
            lambda m: st.just(m)
        )
    )
    def run(moment):
        before = counts()
        response = send(api, "post", "/api/articles/", {"text": VALID, "verify_by": moment})
        api_check(
            response,
            before,
            "POST /api/articles/ JSON — verify_by near 0001-01-01",
            "0001-01-01T00:00–03:59Z",
        )

    run()


def test_api_article_create_multipart(api, settings):
    settings.ARTICLE_UPLOAD_MAX_BYTES = 2048

    @examples(30)
    @given(
        kind=st.sampled_from([*UPLOAD_KINDS, "oversize", "wrong suffix"]),
        data=st.data(),
    )
    def run(kind, data):
        if kind == "oversize":
            raw, name, how = (VALID * 40).encode(), "big.txt", "VALID × 40 (limit 2 KB)"
        elif kind == "wrong suffix":
            name = data.draw(
                st.sampled_from(["a.pdf", "a.docx", "a", "a.txt.exe", "a.\u202etxt.exe"])
            )
            raw, how = VALID.encode(), "file names"
        else:
            how, strategy = UPLOAD_KINDS[kind]
            raw, name = data.draw(strategy), data.draw(st.sampled_from(["a.txt", "a.html"]))
        before = counts()
        upload = SimpleUploadedFile(name, raw, "application/octet-stream")
        response = api.post("/api/articles/", {"file": upload}, format="multipart")
        api_check(response, before, f"POST /api/articles/ multipart — file: {kind}", how)

    run()


def test_api_raw_bodies_that_are_not_json(api, claim):
    """Binary, UTF-16 and latin-1 bodies, and a multipart body with no valid parts."""
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
            "raw body: binary / UTF-16 / latin-1 as JSON or multipart",
            "st.binary, json.dumps(...).encode('utf-16'|'latin-1')",
        )

    run()


def write_targets(claim: Claim) -> list[tuple[str, str, dict]]:
    etag = {"HTTP_IF_MATCH": f'"{claim.pk}-{claim.version}"'}
    return [
        ("post", "/api/articles/", {}),
        ("patch", f"/api/claims/{claim.pk}/", etag),
        ("post", f"/api/claims/{claim.pk}/transition/", etag),
        ("post", f"/api/claims/{claim.pk}/assign/", etag),
        ("post", "/api/sources/", {}),
        ("post", "/api/claim-sources/", {}),
        ("post", "/api/relations/", {}),
        ("post", "/api/notes/", {}),
        ("post", "/api/auth/token/", {}),
        ("post", "/api/claimreview/import/", {}),
    ]


def test_api_deeply_nested_json_is_a_400(api, editor, claim):
    """10,000 levels of [ or {: json raises RecursionError; the answer must still be a 400."""
    client = api_for(editor)
    targets = write_targets(claim)

    @examples(12)
    @given(index=st.integers(0, len(targets) - 1), nesting=DEEP)
    def run(index, nesting):
        method, url, headers = targets[index]
        before, row = counts(), claim_row(claim)
        response = send(client, method, url, deep_json(*nesting), **headers)
        api_check(
            response,
            before,
            f"deeply nested JSON ({method.upper()} {url.split('/')[2]})",
            '[ or {"a": × 1,000–12,000',
            row_of=claim,
            row=row,
        )

    run()


PATCH_VALUES = {
    "text": st.one_of(
        NOT_A_STRING,
        WITH_NUL,
        WHITESPACE,
        LONE_SURROGATE,
        SCRIPT,
        st.text(min_size=20001, max_size=20100),
    ),
    "start": st.one_of(OUT_OF_RANGE_INT, NOT_AN_INT),
    "end": st.one_of(OUT_OF_RANGE_INT, NOT_AN_INT, st.just(0)),
    "kind": st.one_of(unknown_choice(Claim.Kind.values), NOT_A_STRING),
    "priority": st.one_of(OUT_OF_RANGE_INT, unknown_choice(["1", "2", "3", "4"])),
    "due_at": st.one_of(
        st.text(min_size=1, max_size=25), st.integers(), st.lists(st.text(max_size=3), max_size=2)
    ),
    "flag_statistic": st.one_of(
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
        st.lists(st.booleans(), min_size=0, max_size=2),
        st.integers(min_value=2),
        st.none(),
    ),
    "claimant": st.one_of(
        NOT_A_STRING.filter(lambda v: not isinstance(v, int | float) or isinstance(v, bool)),
        WITH_NUL,
        st.text(min_size=301, max_size=320),
    ),
}


def test_api_claim_patch(api, claim):
    @examples(60)
    @given(field=st.sampled_from(sorted(PATCH_VALUES)), data=st.data())
    def run(field, data):
        value = data.draw(PATCH_VALUES[field], label=field)
        if field == "text" and isinstance(value, str):
            assume(value.strip() not in claim.article.body or "\x00" in value or not value.strip())
        if field == "end" and isinstance(value, int) and not isinstance(value, bool):
            assume(not 0 <= claim.start < value <= len(claim.article.body))
        if field == "start" and isinstance(value, int) and not isinstance(value, bool):
            assume(not 0 <= value < claim.end)
        current = Claim.objects.get(pk=claim.pk)
        before, row = counts(), claim_row(claim)
        response = send(
            api,
            "patch",
            f"/api/claims/{claim.pk}/",
            {field: value},
            HTTP_IF_MATCH=f'"{claim.pk}-{current.version}"',
        )
        api_check(
            response,
            before,
            f"PATCH /api/claims/<id>/ — {field}",
            "PATCH_VALUES",
            row_of=claim,
            row=row,
        )

    run()


def test_api_claim_patch_if_match(api, claim):
    @examples(20)
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
            "PATCH If-Match: junk / wrong version / controls",
            "st.text, ids",
            row_of=claim,
            row=row,
        )

    run()


def test_api_claim_transition_and_assign(api, claim, outsider):
    transition = st.one_of(
        st.fixed_dictionaries(
            {"status": st.one_of(unknown_choice(Claim.Status.values), NOT_A_STRING)}
        ),
        st.fixed_dictionaries(
            {"status": st.just("verdict_proposed"), "verdict": unknown_choice(Claim.Verdict.values)}
        ),
        st.fixed_dictionaries(
            {
                "status": st.just("in_review"),
                "note": st.one_of(
                    WITH_NUL,
                    NOT_A_STRING.filter(
                        lambda v: not isinstance(v, int | float) or isinstance(v, bool)
                    ),
                    st.text(min_size=20001, max_size=20010),
                ),
            }
        ),
        NOT_A_STRING.filter(lambda v: not isinstance(v, dict)),
    )
    assign = st.one_of(
        st.fixed_dictionaries({"assignee": st.one_of(HOSTILE_ID, st.just(outsider.pk))}),
        st.dictionaries(
            st.text(max_size=5).filter(lambda k: k != "assignee"), JSON_SCALARS, max_size=2
        ),
    )

    @examples(50)
    @given(action=st.sampled_from(["transition", "assign"]), data=st.data())
    def run(action, data):
        body = data.draw(transition if action == "transition" else assign)
        current = Claim.objects.get(pk=claim.pk)
        before, row = counts(), claim_row(claim)
        response = send(
            api,
            "post",
            f"/api/claims/{claim.pk}/{action}/",
            body,
            HTTP_IF_MATCH=f'"{claim.pk}-{current.version}"',
        )
        api_check(
            response,
            before,
            f"POST /api/claims/<id>/{action}/ — unknown enum, wrong types, hostile ids",
            "st.one_of(unknown values, JSON values, ids)",
            row_of=claim,
            row=row,
        )

    run()


def test_api_links_sources_and_notes(api, claim, seed_article):
    other = seed_article.claims.exclude(pk=claim.pk).first()
    source = Source.objects.first()
    hostile_text = st.one_of(
        WITH_NUL,
        LONE_SURROGATE,
        NOT_A_STRING.filter(lambda v: not isinstance(v, int | float) or isinstance(v, bool)),
    )
    bodies = {
        "/api/sources/": st.one_of(
            st.fixed_dictionaries(
                {
                    "name": st.one_of(
                        hostile_text, WHITESPACE, CONTROL_ONLY, st.text(min_size=301, max_size=330)
                    )
                }
            ),
            st.fixed_dictionaries(
                {"name": st.just("A source"), "kind": unknown_choice(Source.Kind.values)}
            ),
            st.fixed_dictionaries({"name": st.just("A source"), "url": HOSTILE_URL}),
            st.fixed_dictionaries({"name": st.just("A source"), "archived_url": HOSTILE_URL}),
        ),
        "/api/claim-sources/": st.one_of(
            st.fixed_dictionaries(
                {"claim": HOSTILE_ID, "source": st.just(source.pk), "role": st.just("supports")}
            ),
            st.fixed_dictionaries(
                {"claim": st.just(claim.pk), "source": HOSTILE_ID, "role": st.just("supports")}
            ),
            st.fixed_dictionaries(
                {
                    "claim": st.just(claim.pk),
                    "source": st.just(source.pk),
                    "role": unknown_choice(ClaimSource.Role.values),
                }
            ),
            st.fixed_dictionaries(
                {
                    "claim": st.just(claim.pk),
                    "source": st.just(source.pk),
                    "role": st.just("supports"),
                    "note": hostile_text,
                }
            ),
        ),
        "/api/relations/": st.one_of(
            st.fixed_dictionaries(
                {
                    "from_claim": HOSTILE_ID,
                    "to_claim": st.just(other.pk),
                    "type": st.just("supports"),
                }
            ),
            st.fixed_dictionaries(
                {
                    "from_claim": st.just(claim.pk),
                    "to_claim": HOSTILE_ID,
                    "type": st.just("supports"),
                }
            ),
            st.fixed_dictionaries(
                {
                    "from_claim": st.just(claim.pk),
                    "to_claim": st.just(other.pk),
                    "type": unknown_choice(ClaimRelation.Type.values),
                }
            ),
            st.fixed_dictionaries(
                {
                    "from_claim": st.just(claim.pk),
                    "to_claim": st.just(claim.pk),
                    "type": st.just("supports"),
                }
            ),
        ),
        "/api/notes/": st.one_of(
            st.fixed_dictionaries({"claim": HOSTILE_ID, "body": st.just("A note.")}),
            st.fixed_dictionaries(
                {
                    "claim": st.just(claim.pk),
                    "body": st.one_of(hostile_text, WHITESPACE, C0_ONLY, CONTROL_ONLY),
                }
            ),
            st.fixed_dictionaries(
                {
                    "claim": st.just(claim.pk),
                    "body": st.just("A note."),
                    "kind": unknown_choice(ReviewNote.Kind.values),
                }
            ),
        ),
    }

    @examples(80)
    @given(url=st.sampled_from(sorted(bodies)), data=st.data())
    def run(url, data):
        body = data.draw(bodies[url])
        before = counts()
        response = send(api, "post", url, body)
        api_check(
            response,
            before,
            f"POST {url} — hostile ids, unknown enums, NUL/controls/wrong types",
            "HOSTILE_ID, unknown_choice, text strategies",
        )

    run()


LIST_PARAMS = {
    "status": unknown_choice(Claim.Status.values),
    "kind": unknown_choice(Claim.Kind.values),
    "verdict": unknown_choice(Claim.Verdict.values),
    "has_relation": unknown_choice(ClaimRelation.Type.values),
    "flag": unknown_choice(
        ["unverified", "anonymous_source", "hedged", "statistic", "direct_quote"]
    ),
    "article": st.one_of(
        OUT_OF_RANGE_INT.map(str),
        st.text(max_size=10),
        st.sampled_from(["1e400", "NaN", "-inf", "0x10"]),
    ),
    "assignee": st.one_of(OUT_OF_RANGE_INT.map(str), st.text(max_size=10)),
    "checkworthiness_min": st.one_of(
        st.text(max_size=10), st.sampled_from(["NaN", "Infinity", "1e999999"])
    ),
    "due_before": st.one_of(st.text(max_size=25), st.integers().map(str)),
    "overdue": st.text(max_size=10),
    "outlet": st.one_of(WITH_NUL, CONTROL_ONLY, st.text(max_size=30)),
    "search": st.one_of(
        WITH_NUL,
        CONTROL_ONLY,
        LONE_SURROGATE.map(lambda v: v.encode("utf-8", "surrogatepass").decode("latin-1")),
        st.text(max_size=2000),
    ),
    "ordering": st.text(max_size=30),
    "cursor": st.one_of(st.text(max_size=40), st.binary(max_size=30).map(lambda raw: raw.hex())),
}


def test_api_claim_list_query_parameters(api, claim):
    @examples(70)
    @given(
        params=st.dictionaries(
            st.sampled_from(sorted(LIST_PARAMS)), st.none(), min_size=1, max_size=3
        ),
        data=st.data(),
    )
    def run(params, data):
        query = {name: data.draw(LIST_PARAMS[name], label=name) for name in params}
        before = counts()
        response = api.get("/api/claims/", query)
        label = ", ".join(sorted(query))
        if response.status_code == 200:
            outcome = f"200, {len(response.json()['results'])} claims (ignored or matched nothing)"
            observe(
                API_DOOR,
                "GET /api/claims/ query parameters",
                "st.dictionaries of 1–3 params × hostile values",
                outcome,
                counts() != before,
            )
        else:
            observe(
                API_DOOR,
                "GET /api/claims/ query parameters",
                "st.dictionaries of 1–3 params × hostile values",
                f"{label} → "
                + (
                    api_outcome(response)
                    if response.status_code < 500
                    else str(response.status_code)
                ),
                counts() != before,
            )
            assert_api_error(response)
        assert response.status_code < 500, (query, response.status_code)
        assert counts() == before

    run()


def test_api_token_endpoint(fact_checker):
    client = APIClient(raise_request_exception=False)
    credential = st.one_of(
        NOT_A_STRING, WITH_NUL, LONE_SURROGATE, CONTROL_ONLY, st.text(min_size=5000, max_size=6000)
    )

    @examples(30)
    @given(
        body=st.one_of(
            st.fixed_dictionaries(
                {"username": credential, "password": st.just("a-long-test-password")}
            ),
            st.fixed_dictionaries({"username": st.just("fiona"), "password": credential}),
            JSON_VALUES.filter(lambda v: not isinstance(v, dict)),
        )
    )
    def run(body):
        before = counts()
        response = send(client, "post", "/api/auth/token/", body)
        api_check(
            response,
            before,
            "POST /api/auth/token/ — wrong types, NUL, lone surrogates, huge",
            "JSON values, text strategies",
        )

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


CLI_FILE_KINDS = {
    "empty / whitespace": WHITESPACE.map(lambda text: text.encode()),
    "binary (NUL)": UPLOAD_KINDS["binary (NUL bytes)"][1],
    "latin-1": UPLOAD_KINDS["latin-1 bytes"][1],
    "UTF-16": UPLOAD_KINDS["UTF-16 bytes"][1],
    "C0 controls only": C0_ONLY.map(lambda text: text.encode()),
    "bidi/controls only": CONTROL_ONLY.map(lambda text: text.encode()),
}


def test_cli_file_refuses_hostile_files(tmp_path):
    """One example: a generated file of each kind, each run as its own process (2 at a time)."""

    @examples(1)
    @given(files=st.fixed_dictionaries(CLI_FILE_KINDS))
    def run(files):
        paths = {}
        for index, (kind, raw) in enumerate(files.items()):
            path = tmp_path / f"article{index}.txt"
            path.write_bytes(raw)
            paths[kind] = path
        with ThreadPoolExecutor(2) as pool:
            results = dict(
                zip(paths, pool.map(lambda p: run_cli(str(p)), paths.values()), strict=True)
            )
        for kind, result in results.items():
            stderr = result.stderr.decode("utf-8", "replace")
            observe(
                CLI_DOOR,
                f"FILE: {kind}",
                "see CLI_FILE_KINDS",
                f"exit {result.returncode}: {stderr.strip().splitlines()[-1] if stderr.strip() else ''}",
                False,
            )
        for kind, result in results.items():
            stderr = result.stderr.decode("utf-8", "replace")
            assert result.returncode != 0, (kind, result.stdout[:200])
            assert "Traceback" not in stderr, (kind, stderr[-800:])
            assert stderr.startswith("CommandError: "), (kind, stderr[-300:])

    run()


def test_cli_jsonl_turns_every_hostile_line_into_an_error_record():
    line = st.one_of(
        JSON_VALUES.filter(lambda v: not isinstance(v, dict)).map(json.dumps),
        st.fixed_dictionaries(
            {"id": JSON_SCALARS, "text": st.one_of(NOT_A_STRING, WHITESPACE, C0_ONLY, WITH_NUL)}
        ).map(json.dumps),
        st.fixed_dictionaries(
            {"id": JSON_SCALARS, "html": st.one_of(WHITESPACE, WITH_NUL, SCRIPT)}
        ).map(json.dumps),
        st.text(min_size=1, max_size=30).filter(lambda v: v.strip() and not _is_json(v)),
    ).map(lambda text: text.encode())
    raw_line = st.one_of(
        UPLOAD_KINDS["latin-1 bytes"][1].map(lambda raw: raw.replace(b"\n", b" ")),
        st.binary(min_size=1, max_size=60).map(lambda raw: raw.replace(b"\n", b"") + b"\x00"),
    )

    @examples(2)
    @given(lines=st.lists(st.one_of(line, raw_line), min_size=5, max_size=25))
    def run(lines):
        lines = [item.replace(b"\n", b" ").replace(b"\r", b" ") for item in lines]
        lines = [item for item in lines if item.strip()]
        stdin = b"\n".join(lines) + b"\n"
        result = run_cli("--jsonl", stdin=stdin)
        stderr = result.stderr.decode("utf-8", "replace")
        records = [json.loads(out) for out in result.stdout.decode().splitlines() if out.strip()]
        observe(
            CLI_DOOR,
            "--jsonl: non-objects, wrong types, NUL, latin-1, binary, garbage lines",
            "st.lists of 5–25 generated lines",
            f"exit {result.returncode}; {sum('error' in r for r in records)}/{len(lines)} error records",
            False,
        )
        assert "Traceback" not in stderr, stderr[-800:]
        assert result.returncode == 0
        assert len(records) == len(lines)
        assert all("error" in record and record["error"] for record in records)

    run()


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


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
            "--jsonl: a line of JSON nested 1,000–12,000 deep, then a good line",
            "DEEP",
            f"exit {result.returncode}; {stderr.strip().splitlines()[-1] if stderr.strip() else 'no stderr'}; "
            f"{len(records)} records",
            False,
        )
        assert "Traceback" not in stderr, stderr[-600:]
        assert [("error" in record) for record in records] == [True, False]

    run()


def test_cli_one_megabyte_line_from_stdin():
    @examples(1)
    @given(text=huge_text(2**20, 2**20 + 1000))
    def run(text):
        result = run_cli("-", stdin=text.encode())
        stderr = result.stderr.decode("utf-8", "replace")
        tail = stderr.strip().splitlines()[-1] if stderr.strip() else "no stderr"
        observe(
            CLI_DOOR,
            "stdin: 1 MB single line",
            "one letter × 2²⁰…",
            f"exit {result.returncode}; {tail}; {len(result.stdout)} bytes of JSON",
            False,
        )
        assert "Traceback" not in stderr
        assert result.returncode != 0 and stderr.startswith("CommandError: "), (
            result.returncode,
            stderr[-300:],
            result.stdout[:300],
        )

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
            target = target[parent] if not isinstance(target, list) else target[0]
        target[last] = value
    return document


IMPORT_CASES = {
    "whole document: wrong type / empty list / > 500 reviews": (
        "JSON values; [review] × 501",
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
        "JSON values, text strategies",
        st.one_of(NOT_A_STRING, WHITESPACE, WITH_NUL, st.text(min_size=5001, max_size=5100)).map(
            lambda v: review(claimReviewed=v)
        ),
    ),
    "claimReviewed: controls / bidi only": (
        "st.characters(Cc) + bidi marks",
        st.one_of(C0_ONLY, CONTROL_ONLY).map(lambda v: review(claimReviewed=v)),
    ),
    "claimReviewed: lone surrogate": (
        "st.characters(Cs)",
        LONE_SURROGATE.filter(str.strip).map(lambda v: review(claimReviewed=v)),
    ),
    "reviewRating: wrong type / unknown name / out-of-range numbers": (
        "JSON values, unknown_choice, floats and huge ints",
        st.one_of(
            NOT_A_STRING.filter(lambda v: not isinstance(v, dict)).map(
                lambda v: review(reviewRating=v)
            ),
            unknown_choice(
                [
                    "true",
                    "false",
                    "mostly true",
                    "half true",
                    "unproven",
                    "misleading",
                    "mostly false",
                ]
            ).map(lambda v: review(reviewRating={"alternateName": v})),
            st.tuples(
                st.one_of(
                    st.floats(allow_nan=False, allow_infinity=False),
                    OUT_OF_RANGE_INT,
                    st.sampled_from(["nan", "inf", "-inf", "1e999"]),
                )
            )
            .map(
                lambda v: review(
                    reviewRating={"ratingValue": v[0], "bestRating": 5, "worstRating": 1}
                )
            )
            .filter(lambda doc: not _rating_in_range(doc["reviewRating"]["ratingValue"])),
        ),
    ),
    "appearance url: javascript:/data:/file: scheme": (
        "schemes × paths",
        st.builds(
            lambda scheme, rest: f"{scheme}:{rest}",
            st.sampled_from(["javascript", "data", "file", "JaVaScRiPt", "vbscript"]),
            st.sampled_from(["alert(1)", "text/html,<script>alert(1)</script>", "///etc/passwd"]),
        ).map(lambda v: review(itemReviewed__appearance__url=v)),
    ),
}


def _rating_in_range(value) -> bool:
    try:
        return 1 <= float(value) <= 5
    except (TypeError, ValueError, OverflowError):
        return False


def test_claimreview_import_refuses_hostile_documents(editor):
    client = api_for(editor)

    @examples(50)
    @given(label=st.sampled_from(sorted(IMPORT_CASES)), data=st.data())
    def run(label, data):
        how, strategy = IMPORT_CASES[label]
        document = data.draw(strategy, label=label)
        before = counts()
        response = send(client, "post", "/api/claimreview/import/", document)
        stored = counts() != before
        try:
            outcome = api_outcome(response)
        except (ValueError, KeyError, TypeError):
            outcome = f"{response.status_code}" + (" (nothing of it kept)" if not stored else "")
        observe(IMPORT_DOOR, label, how, outcome, stored)
        assert_api_error(response)
        assert not stored

    run()
