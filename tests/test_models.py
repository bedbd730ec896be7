"""The rules of the domain model that the database itself enforces."""

import pytest
from django.db import IntegrityError, transaction

from claims.models import Article, Claim, ClaimRelation, Notification, body_hash

pytestmark = pytest.mark.django_db

BODY = "The ministry said 40 people were injured. The hospital put the number at 25."


def make_article(**fields) -> Article:
    fields.setdefault("body", BODY)
    fields.setdefault("title", "Injuries")
    return Article.objects.create(**fields)


def make_claim(article: Article, *, ordinal: int = 1, start: int = 18, end: int = 40) -> Claim:
    return Claim.objects.create(
        article=article,
        ordinal=ordinal,
        text=article.body[start:end],
        start=start,
        end=end,
        sentence_start=min(start, 0),
        sentence_end=max(end, 41),
    )


def refused(create) -> bool:
    try:
        with transaction.atomic():
            create()
    except IntegrityError:
        return True
    return False


def test_a_claim_inside_the_body_is_stored(fact_checker):
    claim = make_claim(make_article())
    assert claim.text == "40 people were injured"


def test_it_refuses_a_claim_that_ends_past_the_body():
    article = make_article()
    assert refused(lambda: make_claim(article, start=10, end=len(BODY) + 1))


def test_it_refuses_a_claimant_span_past_the_body():
    article = make_article()
    claim = make_claim(article)
    claim.claimant_start, claim.claimant_end = len(BODY), len(BODY) + 5
    assert refused(claim.save)


def test_it_refuses_moving_a_claim_past_the_body():
    claim = make_claim(make_article())
    assert refused(lambda: Claim.objects.filter(pk=claim.pk).update(end=10_000))


def test_it_refuses_shortening_a_body_under_its_claims():
    article = make_article()
    make_claim(article, start=42, end=len(BODY) - 1)
    article.body = BODY[:41]
    assert refused(article.save)


def test_it_refuses_a_claim_whose_start_is_not_before_its_end():
    article = make_article()
    assert refused(lambda: make_claim(article, start=20, end=20))


def test_it_refuses_a_duplicate_ordinal_in_one_article():
    article = make_article()
    make_claim(article, ordinal=1)
    assert refused(lambda: make_claim(article, ordinal=1, start=42, end=60))


def test_the_same_ordinal_is_fine_in_another_article():
    make_claim(make_article(), ordinal=1)
    make_claim(make_article(body=BODY + " More.", url="https://example.org/b"), ordinal=1)


def test_it_refuses_a_relation_from_a_claim_to_itself():
    claim = make_claim(make_article())
    assert refused(
        lambda: ClaimRelation.objects.create(from_claim=claim, to_claim=claim, type="contradicts")
    )


def test_it_refuses_a_second_article_with_the_same_url():
    make_article(url="https://example.org/a")
    assert refused(lambda: make_article(url="https://example.org/a", body="Other text."))


def test_articles_without_url_do_not_collide():
    make_article(body="One text.")
    make_article(body="Another text.")


def test_it_refuses_the_same_body_twice_even_with_other_whitespace():
    make_article()
    assert refused(lambda: make_article(body=BODY.replace(" ", "  \n")))
    assert body_hash(BODY) == body_hash(BODY.replace(" ", "  \n"))


def test_it_refuses_a_duplicate_notification_dedupe_key(fact_checker):
    Notification.objects.create(recipient=fact_checker, kind="overdue", dedupe_key="overdue:1:2:x")
    assert refused(
        lambda: Notification.objects.create(
            recipient=fact_checker, kind="overdue", dedupe_key="overdue:1:2:x"
        )
    )


def test_it_refuses_a_checkworthiness_outside_zero_to_one():
    claim = make_claim(make_article())
    claim.checkworthiness = 1.5
    assert refused(claim.save)


def test_it_refuses_signing_off_without_a_verdict():
    claim = make_claim(make_article())
    claim.status = Claim.Status.SIGNED_OFF
    assert refused(claim.save)


def test_it_refuses_an_unknown_status():
    claim = make_claim(make_article())
    assert refused(lambda: Claim.objects.filter(pk=claim.pk).update(status="published"))


def test_the_migrations_match_the_models():
    from io import StringIO

    from django.core.management import call_command

    output = StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=output)
    assert "No changes detected" in output.getvalue()
