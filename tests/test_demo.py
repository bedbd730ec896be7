"""The demo loader: the seed article with its claims, three accounts, and nothing twice."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from claims import roles
from claims.models import Article, Claim, ClaimEvent, ClaimRelation, ClaimSource, Source

pytestmark = pytest.mark.django_db

COUNTED = (Article, Claim, ClaimSource, ClaimRelation, ClaimEvent, Source)


def load_demo(*args) -> str:
    output = StringIO()
    call_command("load_demo", *args, stdout=output)
    return output.getvalue()


def counts() -> dict[str, int]:
    figures = {model.__name__: model.objects.count() for model in COUNTED}
    figures["users"] = get_user_model().objects.count()
    return figures


def test_it_loads_the_seed_article_with_its_claims_and_the_demo_accounts():
    output = load_demo()
    article = Article.objects.get()
    assert article.title == "Top Syrian general defects to Jordan"
    assert article.outlet == "China Daily"
    assert article.claims.count() >= 10
    assert article.verify_by is not None
    users = get_user_model().objects
    assert users.get(username="factchecker").groups.filter(name=roles.FACT_CHECKERS).exists()
    assert users.get(username="editor").groups.filter(name=roles.EDITORS).exists()
    assert users.get(username="admin").is_superuser
    # each password is printed once, at creation, and works
    for username in ("factchecker", "editor", "admin"):
        line = next(line for line in output.splitlines() if line.split()[:1] == [username])
        password = line.split()[1]
        assert users.get(username=username).check_password(password)


def test_running_it_twice_creates_nothing_twice():
    load_demo()
    before = counts()
    output = load_demo()
    assert counts() == before
    assert "already loaded" in output
    assert "(set when first created" in output


def test_reset_passwords_prints_new_working_passwords():
    load_demo()
    output = load_demo("--reset-passwords")
    line = next(line for line in output.splitlines() if line.split()[:1] == ["editor"])
    assert get_user_model().objects.get(username="editor").check_password(line.split()[1])
