"""The REST API: resources × roles, one error shape, ETag/If-Match, the workflow's 409,
cursor pagination, query counts."""

from itertools import pairwise

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from claims.models import Article, Claim, ClaimSource, Notification, ReviewNote, Source
from claims.services import article_ingest
from tests.support.seed import SEED

pytestmark = pytest.mark.django_db


def client_for(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


@pytest.fixture
def seed_article(fact_checker):
    return article_ingest(text=SEED, by=fact_checker)


@pytest.fixture
def accusation(seed_article):
    return seed_article.claims.get(text__contains="expanding its use of widely banned")


def assert_error(response, status: int, code: str | None = None):
    assert response.status_code == status, response.content
    body = response.json()
    assert set(body) == {"error"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return body["error"]


# --- access ------------------------------------------------------------------------------------

ENDPOINTS = [
    ("get", "/api/me/"),
    ("get", "/api/articles/"),
    ("get", "/api/claims/"),
    ("get", "/api/sources/"),
    ("get", "/api/notes/"),
    ("get", "/api/notifications/"),
    ("get", "/api/claim-sources/"),
    ("get", "/api/relations/"),
    ("get", "/api/matches/"),
    ("get", "/api/claims/similar/?text=70,000+killed"),
    ("get", "/api/claims/export/"),
    ("post", "/api/articles/"),
    ("post", "/api/claimreview/import/"),
]


@pytest.mark.parametrize(("method", "url"), ENDPOINTS)
def test_anonymous_requests_get_401(method, url):
    response = getattr(client_for(), method)(url)
    error = assert_error(response, 401, "not_authenticated")
    assert "credentials" in error["message"].lower()
    assert response["WWW-Authenticate"].startswith("Token")


@pytest.mark.parametrize(("method", "url"), ENDPOINTS[1:])
def test_an_account_with_no_role_gets_403(outsider, method, url):
    assert_error(getattr(client_for(outsider), method)(url), 403, "permission_denied")


def test_me_says_who_and_which_role(fact_checker, editor):
    assert client_for(fact_checker).get("/api/me/").json()["role"] == "fact_checker"
    assert client_for(editor).get("/api/me/").json()["role"] == "editor"


def test_tokens_are_issued_used_and_revoked(fact_checker):
    client = APIClient()
    wrong = client.post(
        "/api/auth/token/", {"username": "fiona", "password": "nope"}, format="json"
    )
    assert_error(wrong, 400, "invalid")
    issued = client.post(
        "/api/auth/token/",
        {"username": "fiona", "password": "a-long-test-password"},
        format="json",
    )
    token = issued.json()["token"]
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert client.get("/api/me/").json()["username"] == "fiona"
    assert client.delete("/api/auth/token/").status_code == 204
    assert_error(client.get("/api/me/"), 401)


def token_client(user) -> APIClient:
    from rest_framework.authtoken.models import Token

    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.mark.parametrize(
    ("person", "method", "url", "status"),
    [
        ("fact_checker", "get", "/api/claims/", 200),
        ("fact_checker", "post", "/api/claimreview/import/", 403),  # an editor's endpoint
        ("editor", "get", "/api/claims/", 200),
        ("editor", "post", "/api/claimreview/import/", 400),  # let in; [] holds no review
        ("outsider", "get", "/api/claims/", 403),
    ],
)
def test_a_token_carries_its_owners_roles(request, person, method, url, status):
    client = token_client(request.getfixturevalue(person))
    response = client.get(url) if method == "get" else client.post(url, [], format="json")
    assert response.status_code == status, response.content


@pytest.mark.parametrize(
    "key", ["x" * 40, "x" * 41, "\x00" * 40, "key\x00", "é" * 40, "' OR 1=1 --"]
)
def test_a_wrong_token_is_401_whatever_it_holds(fact_checker, key):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert_error(client.get("/api/claims/"), 401, "authentication_failed")


def test_a_token_of_a_deactivated_or_demoted_person_stops_working(fact_checker):
    from django.contrib.auth.models import Group

    client = token_client(fact_checker)
    assert client.get("/api/claims/").status_code == 200
    fact_checker.groups.remove(Group.objects.get(name="Fact-checkers"))
    assert_error(client.get("/api/claims/"), 403, "permission_denied")
    fact_checker.is_active = False
    fact_checker.save(update_fields=["is_active"])
    assert_error(client.get("/api/claims/"), 401)


# --- articles ----------------------------------------------------------------------------------


def test_creating_an_article_from_text_extracts_its_claims(fact_checker):
    response = client_for(fact_checker).post(
        "/api/articles/", {"text": SEED, "desk": "World"}, format="json"
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["title"] == "Top Syrian general defects to Jordan"
    assert body["claims_by_status"]["new"] == body["claim_count"] >= 10


def test_creating_an_article_from_an_uploaded_file(fact_checker):
    upload = SimpleUploadedFile("seed.txt", SEED.encode(), "text/plain")
    response = client_for(fact_checker).post("/api/articles/", {"file": upload}, format="multipart")
    assert response.status_code == 201, response.content


def test_a_url_is_accepted_and_fetched_in_the_background(
    fact_checker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client_for(fact_checker).post(
            "/api/articles/", {"url": "https://news.example.org/a"}, format="json"
        )
    assert response.status_code == 202
    assert response.json()["ingest_status"] == "fetching"
    assert len(callbacks) == 1


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({}, "non_field_errors"),
        ({"text": "   "}, "text"),
        ({"text": SEED, "url": "https://example.org/x"}, "non_field_errors"),
        ({"url": "not a url"}, "url"),
        ({"text": 42}, "text"),
        ({"verify_by": "yesterday", "text": SEED}, "verify_by"),
    ],
)
def test_bad_article_input_gets_400_with_the_field_and_stores_nothing(fact_checker, payload, field):
    error = assert_error(
        client_for(fact_checker).post("/api/articles/", payload, format="json"), 400, "invalid"
    )
    assert field in error["fields"]
    assert Article.objects.count() == 0


def test_a_duplicate_article_is_409_with_the_existing_id(fact_checker, seed_article):
    error = assert_error(
        client_for(fact_checker).post("/api/articles/", {"text": SEED}, format="json"),
        409,
        "duplicate",
    )
    assert error["existing"] == seed_article.pk


def test_article_detail_has_metadata_and_counts(fact_checker, seed_article, accusation):
    Claim.objects.filter(pk=accusation.pk).update(status="in_review")
    body = client_for(fact_checker).get(f"/api/articles/{seed_article.pk}/").json()
    assert body["outlet"] == "China Daily"
    assert body["claims_by_status"]["in_review"] == 1
    assert body["body"] == SEED


def test_reextracting_adds_nothing_twice(editor, seed_article):
    response = client_for(editor).post(f"/api/articles/{seed_article.pk}/reextract/")
    assert response.json() == {"claims_added": 0, "relations_added": 0}


def test_a_suggested_relation_is_confirmed_and_a_deleted_one_stays_deleted(
    fact_checker, editor, seed_article
):
    relations = seed_article.claims.get(text="using cluster bombs").relations_out
    suggestion = relations.get(type="denies")
    client = client_for(fact_checker)
    response = client.post(f"/api/relations/{suggestion.pk}/confirm/")
    assert response.status_code == 200, response.content
    assert response.json()["confirmed_at"] is not None
    assert client.delete(f"/api/relations/{suggestion.pk}/").status_code == 204
    again = client_for(editor).post(f"/api/articles/{seed_article.pk}/reextract/")
    assert again.json() == {"claims_added": 0, "relations_added": 0}
    assert not relations.filter(type="denies").exists()


# --- claims ------------------------------------------------------------------------------------


def test_claim_detail_carries_an_etag_and_everything_about_the_claim(fact_checker, accusation):
    ReviewNote.objects.create(claim=accusation, author=fact_checker, body="Seen by us.")
    ReviewNote.objects.create(
        claim=accusation,
        author=fact_checker,
        body="Source is our man in Damascus",
        is_internal=True,
    )
    response = client_for(fact_checker).get(f"/api/claims/{accusation.pk}/")
    assert response["ETag"] == f'"{accusation.pk}-1"'
    body = response.json()
    assert body["claimant"]["text"] == "observers"
    assert body["cue"]["text"] == "said"
    assert body["sentence"]["text"].startswith("Also on Saturday")
    assert {relation["type"] for relation in body["relations"]} >= {"denies"}
    assert [note["body"] for note in body["notes"]] == ["Seen by us."]
    assert "Damascus" not in response.content.decode()


def patch(client, claim, data, etag=None):
    headers = {"HTTP_IF_MATCH": etag} if etag else {}
    return client.patch(f"/api/claims/{claim.pk}/", data, format="json", **headers)


def test_a_write_needs_if_match(fact_checker, accusation):
    assert_error(patch(client_for(fact_checker), accusation, {"priority": 1}), 428)
    accusation.refresh_from_db()
    assert accusation.priority == 3


def test_a_write_without_if_match_is_taken_when_the_setting_allows(
    fact_checker, accusation, settings
):
    settings.API_ALLOW_WRITES_WITHOUT_IF_MATCH = True
    assert patch(client_for(fact_checker), accusation, {"priority": 1}).status_code == 200


def test_a_stale_if_match_gets_412_and_changes_nothing(fact_checker, editor, accusation):
    etag = f'"{accusation.pk}-1"'
    first = patch(client_for(editor), accusation, {"priority": 1}, etag)
    assert first.status_code == 200 and first["ETag"] == f'"{accusation.pk}-2"'
    error = assert_error(patch(client_for(fact_checker), accusation, {"priority": 4}, etag), 412)
    assert "version 2" in error["message"]
    accusation.refresh_from_db()
    assert accusation.priority == 1


def test_editing_text_keeps_offsets_and_refuses_words_not_in_the_article(fact_checker, accusation):
    client = client_for(fact_checker)
    ok = patch(
        client, accusation, {"text": "Syria's government is expanding"}, f'"{accusation.pk}-1"'
    )
    assert ok.status_code == 200
    claim = ok.json()
    assert SEED[claim["start"] : claim["end"]] == "Syria's government is expanding"
    error = assert_error(patch(client, accusation, {"text": "Aliens landed"}, ok["ETag"]), 400)
    assert "words of the article" in error["message"]


def test_a_refused_transition_is_409_with_the_allowed_ones(fact_checker, accusation):
    response = client_for(fact_checker).post(
        f"/api/claims/{accusation.pk}/transition/",
        {"status": "signed_off"},
        format="json",
        HTTP_IF_MATCH=f'"{accusation.pk}-1"',
    )
    error = assert_error(response, 409, "transition_refused")
    assert error["allowed"] == ["in_review", "dismissed"]


def test_the_workflow_through_the_api(fact_checker, editor, accusation):
    client = client_for(fact_checker)
    claim_url = f"/api/claims/{accusation.pk}/"
    taken = client.post(
        claim_url + "assign/",
        {"assignee": fact_checker.pk},
        format="json",
        HTTP_IF_MATCH=f'"{accusation.pk}-1"',
    )
    moved = client.post(
        claim_url + "transition/",
        {"status": "in_review"},
        format="json",
        HTTP_IF_MATCH=taken["ETag"],
    )
    source = client.post("/api/sources/", {"name": "HRW report", "kind": "document"}, format="json")
    link = client.post(
        "/api/claim-sources/",
        {"claim": accusation.pk, "source": source.json()["id"], "role": "supports"},
        format="json",
    )
    note = client.post(
        "/api/notes/", {"claim": accusation.pk, "body": "HRW found remnants."}, format="json"
    )
    assert (source.status_code, link.status_code, note.status_code) == (201, 201, 201)
    proposed = client.post(
        claim_url + "transition/",
        {"status": "verdict_proposed", "verdict": "true"},
        format="json",
        HTTP_IF_MATCH=client.get(claim_url)["ETag"],
    )
    assert proposed.status_code == 200, proposed.content
    refused = client.post(
        claim_url + "transition/",
        {"status": "signed_off"},
        format="json",
        HTTP_IF_MATCH=proposed["ETag"],
    )
    assert_error(refused, 403)
    signed = client_for(editor).post(
        claim_url + "transition/",
        {"status": "signed_off"},
        format="json",
        HTTP_IF_MATCH=proposed["ETag"],
    )
    assert signed.status_code == 200 and signed.json()["status"] == "signed_off"
    assert moved.json()["status"] == "in_review"


def test_a_fact_checker_cannot_edit_a_colleagues_claim(
    fact_checker, other_fact_checker, accusation
):
    Claim.objects.filter(pk=accusation.pk).update(assignee=other_fact_checker)
    assert_error(
        patch(client_for(fact_checker), accusation, {"priority": 1}, f'"{accusation.pk}-1"'), 403
    )


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("status=new", lambda c: c.status == "new"),
        ("flag=anonymous_source", lambda c: c.flag_anonymous_source),
        ("flag=statistic&flag=hedged", lambda c: c.flag_statistic and c.flag_hedged),
        ("checkworthiness_min=0.6", lambda c: c.checkworthiness >= 0.6),
        (
            "has_relation=denies",
            lambda c: (
                c.relations_out.filter(type="denies").exists()
                or c.relations_in.filter(type="denies").exists()
            ),
        ),
        (
            "search=cluster",
            lambda c: "cluster" in c.text.lower() or "cluster" in c.claimant.lower(),
        ),
        ("outlet=china%20daily", lambda c: True),
    ],
)
def test_claim_filters(fact_checker, seed_article, query, expected):
    response = client_for(fact_checker).get(f"/api/claims/?{query}&page_size=200")
    assert response.status_code == 200
    ids = [claim["id"] for claim in response.json()["results"]]
    wanted = [claim.pk for claim in seed_article.claims.all() if expected(claim)]
    assert sorted(ids) == sorted(wanted)


def test_an_unknown_filter_value_is_a_400(fact_checker):
    error = assert_error(client_for(fact_checker).get("/api/claims/?status=published"), 400)
    assert "status" in error["fields"]


def test_cursor_pages_do_not_shift_when_claims_are_inserted(fact_checker, seed_article):
    client = client_for(fact_checker)
    first = client.get("/api/claims/?page_size=5").json()
    seen = [claim["id"] for claim in first["results"]]
    article = article_ingest(text=SEED.replace("Syrian", "Syrian army"), by=fact_checker)
    assert article.claims.exists()  # newer rows would shift an offset-based page
    second = client.get(first["next"]).json()
    following = [claim["id"] for claim in second["results"]]
    assert not set(seen) & set(following)
    assert following == sorted(following, reverse=True) and max(following) < min(seen)


@pytest.mark.parametrize("url", ["/api/claims/?page_size={n}", "/api/notifications/?page_size={n}"])
def test_query_count_does_not_grow_with_page_size(fact_checker, seed_article, url):
    for claim in seed_article.claims.all():
        Notification.objects.create(
            recipient=fact_checker, kind="overdue", claim=claim, dedupe_key=f"k{claim.pk}"
        )
    client = client_for(fact_checker)
    client.get(url.format(n=1))  # the person's roles are cached after the first request
    counts = []
    for size in (1, 100):
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url.format(n=size)).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_a_token_request_for_the_claim_list_is_two_queries(fact_checker, seed_article):
    """The token's query also reads the person's roles; the page is one more."""
    client = token_client(fact_checker)
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/api/claims/?status=new&page_size=50").status_code == 200
    assert len(queries) == 2, [query["sql"][:120] for query in queries]


@pytest.mark.parametrize("zone", ["UTC", "Asia/Kolkata"])
def test_the_list_shows_each_claim_as_its_detail_serializer_does(
    fact_checker, editor, seed_article, zone, settings
):
    """The list is built from rows for speed; it must say exactly what ClaimSerializer says."""
    from django.utils import timezone

    from claims.api.serializers import ClaimSerializer

    editor.first_name, editor.last_name = "Edith", "Ng"
    editor.save()
    claims = list(seed_article.claims.order_by("id"))
    for index, claim in enumerate(claims):
        claim.assignee = (fact_checker, editor, None)[index % 3]
        claim.due_at = timezone.now() + timezone.timedelta(hours=index) if index % 2 else None
        claim.save()
    assert any(not claim.claimant for claim in claims) and any(claim.claimant for claim in claims)
    assert any(claim.cue for claim in claims) and any(claim.flags for claim in claims)
    settings.TIME_ZONE = zone  # the zone DRF writes times in when the person has none
    listed = client_for(fact_checker).get("/api/claims/?page_size=200").json()["results"]
    expected = [
        ClaimSerializer(claim).data
        for claim in Claim.objects.select_related("article", "assignee").order_by("-id")
    ]
    assert any(row["due_at"] for row in listed)
    assert all(row["updated_at"].endswith("+05:30") for row in listed) == (zone != "UTC")
    assert len(listed) == len(expected) == len(claims)
    for row, wanted in zip(listed, expected, strict=True):
        assert row == json_round_trip(wanted), row["id"]


def json_round_trip(data):
    import json

    from rest_framework.utils.encoders import JSONEncoder

    return json.loads(json.dumps(data, cls=JSONEncoder))


@pytest.mark.parametrize(
    "url", ["/api/sources/", "/api/claim-sources/", "/api/relations/", "/api/notes/"]
)
def test_every_list_comes_in_pages(fact_checker, seed_article, url):
    """A desk keeps millions of links and notes: no list answers with the whole table."""
    claims = list(seed_article.claims.order_by("id")[:4])
    for index, claim in enumerate(claims):
        source = Source.objects.create(name=f"Witness {index}", kind="person")
        ClaimSource.objects.create(claim=claim, source=source, role="supports")
        ReviewNote.objects.create(claim=claim, author=fact_checker, body=f"Called {index}.")
    for first, second in pairwise(claims):
        first.relations_out.get_or_create(to_claim=second, type="supports")
    client = client_for(fact_checker)
    seen, page = [], client.get(f"{url}?page_size=2").json()
    while True:
        assert set(page) == {"next", "previous", "results"} and len(page["results"]) <= 2
        seen += [row["id"] for row in page["results"]]
        if not page["next"]:
            break
        page = client.get(page["next"]).json()
    assert len(seen) == len(set(seen)) >= 3


def test_csv_export_streams_the_filtered_claims(fact_checker, seed_article):
    response = client_for(fact_checker).get("/api/claims/export/?flag=statistic")
    assert response.streaming
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0].startswith("id,article_id,article_title")
    assert len(lines) - 1 == seed_article.claims.filter(flag_statistic=True).count()


def test_notifications_are_ones_own_and_can_be_marked_read(fact_checker, editor, accusation):
    mine = Notification.objects.create(
        recipient=fact_checker, kind="overdue", claim=accusation, dedupe_key="a"
    )
    Notification.objects.create(
        recipient=editor, kind="escalation", claim=accusation, dedupe_key="b"
    )
    client = client_for(fact_checker)
    assert [n["id"] for n in client.get("/api/notifications/").json()["results"]] == [mine.pk]
    assert client.post(f"/api/notifications/{mine.pk}/read/").json()["read_at"] is not None
    assert client.post("/api/notifications/read-all/").json() == {"marked": 0}


@pytest.mark.parametrize(
    "url", ["/api/claims/99999999999999999999999/", "/api/claims/abc/", "/api/articles/0/"]
)
def test_unknown_ids_are_404_in_the_error_shape(fact_checker, url):
    assert_error(client_for(fact_checker).get(url), 404, "not_found")


def test_malformed_json_is_a_400(fact_checker):
    response = client_for(fact_checker).generic(
        "POST", "/api/articles/", '{"text": ', content_type="application/json"
    )
    assert_error(response, 400, "parse_error")


def test_sources_are_shared_and_links_recorded(fact_checker, accusation):
    client = client_for(fact_checker)
    source = client.post(
        "/api/sources/", {"name": "  UN   OCHA  ", "kind": "organisation"}, format="json"
    ).json()
    assert source["name"] == "UN OCHA"
    link = client.post(
        "/api/claim-sources/",
        {"claim": accusation.pk, "source": source["id"], "role": "context"},
        format="json",
    ).json()
    assert client.delete(f"/api/claim-sources/{link['id']}/").status_code == 204
    actions = list(accusation.events.values_list("action", flat=True))
    assert "source_added" in actions and "source_removed" in actions
    assert not ClaimSource.objects.filter(pk=link["id"]).exists()
    assert Source.objects.filter(name="UN OCHA").count() == 1


def test_a_duplicate_source_is_409_with_the_existing_one(fact_checker):
    client = client_for(fact_checker)
    first = client.post("/api/sources/", {"name": "Reuters", "kind": "media"}, format="json").json()
    error = assert_error(
        client.post("/api/sources/", {"name": "reuters ", "kind": "media"}, format="json"),
        409,
        "duplicate",
    )
    assert error["existing"] == first["id"]
