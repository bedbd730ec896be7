"""Shared personas and helpers for the whole suite."""

import pytest
from django.contrib.auth.models import Group

from claims import roles


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Real hashing costs ~0.3 s per password; tests only need hashing to work."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def _person(django_user_model, username: str, group_name: str | None):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password="a-long-test-password"
    )
    if group_name:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def fact_checker(db, django_user_model):
    return _person(django_user_model, "fiona", roles.FACT_CHECKERS)


@pytest.fixture
def other_fact_checker(db, django_user_model):
    return _person(django_user_model, "oscar", roles.FACT_CHECKERS)


@pytest.fixture
def editor(db, django_user_model):
    return _person(django_user_model, "edith", roles.EDITORS)


@pytest.fixture
def outsider(db, django_user_model):
    """Logged-in account with no role on the desk."""
    return _person(django_user_model, "norole", None)


def pytest_collection_modifyitems(config, items):
    """Tests marked `postgres` need PostgreSQL's features; on SQLite they are skipped."""
    from django.conf import settings

    if "postgresql" in settings.DATABASES["default"]["ENGINE"]:
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL (set DATABASE_URL to run it)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)
