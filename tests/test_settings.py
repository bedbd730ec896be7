"""Settings come from the environment, and a bad value stops start-up naming the variable."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
CONFIGURED_VARIABLES = (
    "DEBUG",
    "SECRET_KEY",
    "DATABASE_URL",
    "CELERY_BROKER_URL",
    "ALLOWED_HOSTS",
    "EMAIL_PORT",
    "EMAIL_USE_TLS",
    # set by the browser tests for Playwright's event loop; never part of a deployment
    "DJANGO_ALLOW_ASYNC_UNSAFE",
)


def start_django(tmp_path, **environment) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key not in CONFIGURED_VARIABLES}
    env.update({"VAR_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "newsroom.settings"})
    env.update(environment)
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DATABASES['default']['ENGINE'], settings.CELERY_BROKER_URL, "
        "settings.EMAIL_BACKEND, settings.TIME_ZONE, settings.DEBUG)"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_embedded_default_needs_no_server(tmp_path):
    result = start_django(tmp_path, DEBUG="True")
    assert result.returncode == 0, result.stderr
    engine, broker, email, time_zone, debug = result.stdout.split()
    assert engine == "django.db.backends.sqlite3"
    assert broker == "filesystem://"
    assert email == "django.core.mail.backends.console.EmailBackend"
    assert time_zone == "UTC"
    assert debug == "True"


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    result = start_django(tmp_path, DEBUG="False")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


STRONG_KEY = "t7Vd0p-2Qk9xZr4LwY1sNf8eJ3hUc6aBm5oRg_iTq0vXy2KzPw9EjLd4Hs7Nb1Ac"


def test_production_starts_with_a_secret_key(tmp_path):
    result = start_django(tmp_path, DEBUG="False", SECRET_KEY=STRONG_KEY)
    assert result.returncode == 0, result.stderr


def test_production_refuses_a_weak_secret_key(tmp_path):
    result = start_django(tmp_path, DEBUG="False", SECRET_KEY="x" * 60)
    assert result.returncode != 0
    assert "SECRET_KEY is too short or too simple" in result.stderr


def test_production_settings_pass_the_deploy_checks(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in CONFIGURED_VARIABLES}
    env.update(
        DEBUG="False",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="claimdesk.example.org",
        CSRF_TRUSTED_ORIGINS="https://claimdesk.example.org",
        VAR_DIR=str(tmp_path),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("DEBUG", "yes please"),
        ("DATABASE_URL", "mysql://root@localhost/claims"),
        ("DATABASE_URL", "not a url"),
        ("CELERY_BROKER_URL", "ftp://broker"),
        ("EMAIL_PORT", "twenty-five"),
        ("EMAIL_USE_TLS", "maybe"),
    ],
)
def test_a_bad_value_stops_start_up_naming_the_variable(tmp_path, variable, value):
    result = start_django(tmp_path, **{"DEBUG": "True", variable: value})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert variable in result.stderr.strip().splitlines()[-1]


def test_postgres_and_redis_urls_are_taken(tmp_path):
    result = start_django(
        tmp_path,
        DEBUG="True",
        DATABASE_URL="postgres://user:secret@db.example:5432/claimdesk",
        CELERY_BROKER_URL="redis://cache.example:6379/0",
    )
    assert result.returncode == 0, result.stderr
    engine, broker, *_ = result.stdout.split()
    assert engine == "django.db.backends.postgresql"
    assert broker == "redis://cache.example:6379/0"
