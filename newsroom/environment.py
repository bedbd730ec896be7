"""Small typed readers of environment variables: a bad value stops start-up with a message
that names the variable (newsroom/settings.py and newsroom/text_only_settings.py use them)."""

import os
from datetime import timedelta

from django.core.exceptions import ImproperlyConfigured


def env_str(name: str, default: str) -> str:
    return os.getenv(name, default)


def env_bool(name: str, default: str) -> bool:
    value = os.getenv(name, default)
    if value not in ("True", "False", "true", "false", "1", "0", ""):
        raise ImproperlyConfigured(f"Unexpected value {name}={value!r}, use 'True' or 'False'")
    return value in ("True", "true", "1")


def env_int(name: str, default: str, *, minimum: int = 0) -> int:
    value = os.getenv(name, default)
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(
            f"Unexpected value {name}={value!r}, use a whole number"
        ) from None
    if number < minimum:
        raise ImproperlyConfigured(f"Unexpected value {name}={value!r}, use at least {minimum}")
    return number


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.getenv(name, default).split(",") if item.strip()]


def env_minutes(name: str, default: str) -> timedelta:
    return timedelta(minutes=env_int(name, default))
