"""Checks on text that people and tools send: is there anything readable in it, is it a web
address a person could open. Used by forms, serializers, services and the import."""

import unicodedata
from urllib.parse import urlsplit

# Control, format (bidi overrides, zero-width), surrogate, private-use and unassigned characters.
INVISIBLE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp", "Zs"}


def text_is_readable(text: str) -> bool:
    """True when the text has at least one visible character and is valid Unicode (no lone
    surrogates, no NUL)."""
    if "\x00" in text:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return any(unicodedata.category(character) not in INVISIBLE_CATEGORIES for character in text)


def is_web_address(url: str) -> bool:
    """An http(s) address with a host made of visible characters (no bidi tricks)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = parts.hostname or ""
    return (
        parts.scheme in ("http", "https")
        and bool(host)
        and all(unicodedata.category(character)[0] not in "CZ" for character in host)
        and text_is_readable(host)
    )
