"""The claim list's fast path (PostgreSQL writes each claim's JSON) against the Python path and
ClaimSerializer, on generated claims: every field, every ordering, every page."""

import random
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.api.serializers import ClaimSerializer
from claims.models import Article, Claim
from tests.test_api import json_round_trip, token_client

pytestmark = pytest.mark.django_db
postgresql_only = pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="the fast path is PostgreSQL's"
)

FAST = "application/json"
PYTHON = "application/json; indent=1"  # an indented answer is written by Python
ODD_TEXT = [
    "plain words",
    'a "quoted" word and a back\\slash',
    "tab\tnew\nline and \x01 control",
    "non-ASCII: Zürich, Ελλάδα, 東京, emoji 🙂, line\u2028separator",
    "  spaces around  ",
    "",
]


def generated_claims(django_user_model, count: int, rng: random.Random) -> list[Claim]:
    people = [None]
    for index, (first, last) in enumerate(
        [("", ""), ("Ana", ""), ("", "Kent"), ("Laura", "Kent"), ("Zoë", "Ørsted")]
    ):
        people.append(
            django_user_model.objects.create_user(
                f"person{index}", first_name=first, last_name=last
            )
        )
    articles = [
        Article.objects.create(
            title=rng.choice(ODD_TEXT) + f" {index}", body=f"body {index} " + "x" * 300
        )
        for index in range(3)
    ]
    base = datetime(2026, 12, 4, 5, 30, tzinfo=UTC)

    def when():
        if rng.random() < 0.3:
            return None
        moment = base + timedelta(seconds=rng.randrange(-(10**7), 10**7))
        return moment if rng.random() < 0.3 else moment.replace(microsecond=rng.randrange(1, 10**6))

    claims = []
    for ordinal in range(count):
        claimant = rng.choice([*ODD_TEXT[:-1], "", ""])
        cue = rng.choice(["said", "according to", "told", "", ""])
        status = rng.choice(Claim.Status.values)
        verdicts = Claim.Verdict.values + ([] if status == Claim.Status.SIGNED_OFF else [""])
        claims.append(
            Claim(
                article=rng.choice(articles),
                ordinal=ordinal,
                text=rng.choice(ODD_TEXT) + f" #{ordinal}",
                start=ordinal,
                end=ordinal + 10,
                sentence_start=ordinal,
                sentence_end=ordinal + 20,
                claimant=claimant,
                claimant_kind=rng.choice(["person", "organisation", ""]) if claimant else "",
                claimant_start=rng.choice([None, 3]),
                claimant_end=rng.choice([None, 9]),
                cue=cue,
                cue_start=rng.choice([None, 1]) if cue else None,
                cue_end=rng.choice([None, 5]) if cue else None,
                kind=rng.choice(Claim.Kind.values),
                **{f"flag_{name}": rng.random() < 0.4 for name in Claim.FLAG_NAMES},
                checkworthiness=rng.choice(
                    [0.0, 1.0, 0.1, 1e-9, rng.random(), 0.30000000000000004]
                ),
                status=status,
                verdict=rng.choice(verdicts),
                assignee=rng.choice(people),
                due_at=when(),
                priority=rng.choice(Claim.Priority.values),
                version=rng.randrange(1, 5),
            )
        )
    claims = Claim.objects.bulk_create(claims)
    for claim in claims:  # auto_now wrote the time of the insert: give some whole seconds
        if rng.random() < 0.4:
            Claim.objects.filter(pk=claim.pk).update(updated_at=when() or base)
    return claims


def pages(client, url: str, accept: str) -> tuple[list[dict], list[str]]:
    """Every page of `url`: the items in order, and the SQL of the first page's queries."""
    items, first_sql = [], None
    while url:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, HTTP_ACCEPT=accept)
        assert response.status_code == 200, response.content[:300]
        assert response["Content-Type"].startswith("application/json")
        body = response.json()
        assert list(body) == ["next", "previous", "results"]
        items += body["results"]
        first_sql = first_sql or [query["sql"] for query in queries]
        url = body["next"]
    return items, first_sql


@postgresql_only
@pytest.mark.parametrize(
    "query",
    [
        "page_size=7",
        "page_size=7&ordering=due_at",
        "page_size=5&ordering=-checkworthiness",
        "page_size=9&ordering=priority",
        "page_size=6&ordering=-created_at",
        "page_size=8&status=in_review&status=new",
        "page_size=4&assignee=none",
        "page_size=4&flag=statistic",
        "page_size=200",
    ],
)
def test_the_fast_list_says_what_the_serializer_says(fact_checker, django_user_model, query):
    claims = generated_claims(django_user_model, 60, random.Random(query))
    client = token_client(fact_checker)
    fast, fast_sql = pages(client, f"/api/claims/?{query}", FAST)
    slow, slow_sql = pages(client, f"/api/claims/?{query}", PYTHON)
    assert any("WITH ORDINALITY" in sql for sql in fast_sql)  # the fast path ran
    assert not any("WITH ORDINALITY" in sql for sql in slow_sql)
    assert fast and fast == slow
    assert len({item["id"] for item in fast}) == len(fast)
    by_id = {
        claim.pk: claim
        for claim in Claim.objects.select_related("article", "assignee").filter(
            pk__in=[claim.pk for claim in claims]
        )
    }
    for item in fast:
        assert item == json_round_trip(ClaimSerializer(by_id[item["id"]]).data), item["id"]


@postgresql_only
def test_the_fast_list_pages_backwards_as_the_python_list_does(fact_checker, django_user_model):
    generated_claims(django_user_model, 30, random.Random(7))
    client = token_client(fact_checker)
    answers = {}
    for accept in (FAST, PYTHON):
        second = client.get(
            client.get("/api/claims/?page_size=4&ordering=due_at", HTTP_ACCEPT=accept).json()[
                "next"
            ],
            HTTP_ACCEPT=accept,
        ).json()
        answers[accept] = (second, client.get(second["previous"], HTTP_ACCEPT=accept).json())
    assert answers[FAST] == answers[PYTHON]


@postgresql_only
def test_a_person_with_a_time_zone_gets_their_times_from_python(fact_checker, django_user_model):
    """The fast path writes UTC; someone who set a zone on their profile sees their own."""
    from claims.models import Profile

    generated_claims(django_user_model, 5, random.Random(3))
    Profile.objects.update_or_create(user=fact_checker, defaults={"time_zone": "Asia/Kolkata"})
    client = token_client(fact_checker)
    client.force_login(fact_checker)  # a session, as the browsable API's users have
    client.credentials()
    with CaptureQueriesContext(connection) as queries:
        items = client.get("/api/claims/", HTTP_ACCEPT=FAST).json()["results"]
    assert not any("WITH ORDINALITY" in query["sql"] for query in queries)
    assert all(item["updated_at"].endswith("+05:30") for item in items)


@pytest.mark.parametrize("order", ["id", "due_at", "checkworthiness", "created_at", "priority"])
@pytest.mark.parametrize("sign", ["", "-"])
def test_paging_lists_every_claim_once_in_order_both_ways(
    fact_checker, django_user_model, order, sign
):
    """Ties (many claims share a priority) and empty values (claims with no due time, listed
    last either way) are where a cursor on the value alone repeats or skips claims."""
    from django.db.models import F

    generated_claims(django_user_model, 41, random.Random(order))
    field = F(order).desc(nulls_last=True) if sign else F(order).asc(nulls_last=True)
    expected = list(Claim.objects.order_by(field, f"{sign}id").values_list("id", flat=True))
    client = token_client(fact_checker)
    for accept in (FAST, PYTHON):
        url, forward = f"/api/claims/?page_size=4&ordering={sign}{order}", []
        while True:
            body = client.get(url, HTTP_ACCEPT=accept).json()
            forward.append([item["id"] for item in body["results"]])
            if not body["next"]:
                break
            url = body["next"]
        assert [pk for page in forward for pk in page] == expected
        backward = [forward[-1]]
        while body["previous"]:
            body = client.get(body["previous"], HTTP_ACCEPT=accept).json()
            backward.insert(0, [item["id"] for item in body["results"]])
        assert backward == forward


@pytest.mark.parametrize(
    "cursor", ["nonsense", "WzEsMl0", "WyJ4IiwxLGZhbHNlXQ", "W251bGwsIngiLGZhbHNlXQ"]
)
def test_a_cursor_that_is_not_ours_is_a_404(fact_checker, cursor):
    response = token_client(fact_checker).get(f"/api/claims/?ordering=priority&cursor={cursor}")
    assert response.status_code == 404
    assert response.json()["error"]["message"] == "Invalid cursor"


@postgresql_only
def test_the_token_check_and_the_page_are_prepared_once_per_connection(fact_checker):
    """Planning costs more than running them; a search's page is planned each time (its
    best plan depends on how many claims the words match)."""
    client = token_client(fact_checker)
    for url in ("/api/claims/?status=new", "/api/claims/?status=new&cursor=WzEsMSxmYWxzZV0"):
        assert client.get(url).status_code == 200
    assert client.get("/api/claims/?search=bombs").status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    assert sum("authtoken_token" in statement for statement in prepared) == 1
    assert sum("WITH ORDINALITY" in statement for statement in prepared) == 2  # two shapes
    assert not any("websearch_to_tsquery" in statement for statement in prepared)
