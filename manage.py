#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys

# Commands that read text and print JSON, with no database, broker or secret: they run on
# newsroom/text_only_settings.py, so a fresh clone runs them with no environment variables.
TEXT_ONLY_COMMANDS = frozenset({"extract_claims", "match_claims"})


def settings_module(arguments: list[str]) -> str:
    if len(arguments) > 1 and arguments[1] in TEXT_ONLY_COMMANDS:
        return "newsroom.text_only_settings"
    return "newsroom.settings"


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module(sys.argv))
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
