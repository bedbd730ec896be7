"""Rank earlier checked claims against sentences, as JSON lines: the desk's matcher, outside the
desk (no database, no environment variables).

    python manage.py match_claims --index INDEX.jsonl --top K < QUERIES.jsonl > OUT.jsonl
        # INDEX lines:   {"id": ..., "text": ...}   (the claims checked before)
        # QUERY lines:   {"id": ..., "text": ...}   (a sentence, a tweet or a claim)
        # OUT, one line per query, best first:
        #   {"id": ..., "matches": [{"id": ..., "score": 0.87}, ...],
        #    "contradicts": [{"id": ..., "score": 0.74}, ...]}
        # "contradicts": claims about the same thing with another figure (never in "matches").
        # --reasons adds to each entry why it matched (shared words, figures, names).

An index line that cannot be read stops the command (exit status 1, the line named): ranking
against part of an index would be wrong without saying so. A query line that cannot be read
gets {"id": ..., "error": "..."} and the rest go on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from django.core.management.base import BaseCommand, CommandError

from claims.matching import Matcher

MAX_TEXT_CHARACTERS = 20_000


class InputError(ValueError):
    pass


def read_record(line: str, *, what: str) -> tuple[Any, str]:
    """(id, text) of one JSON line; InputError with a message a person can act on."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(f"invalid JSON: {error.msg} (column {error.colno})") from error
    except RecursionError as error:
        raise InputError("invalid JSON: nested too deeply") from error
    if not isinstance(record, dict):
        raise InputError(f'each {what} line must be a JSON object with an "id" and a "text"')
    if "id" not in record:
        raise InputError(f'the {what} has no "id"')
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f'the {what} has no "text" string')
    if len(text) > MAX_TEXT_CHARACTERS:
        raise InputError(
            f"the {what}'s text is {len(text):,} characters; the limit is "
            f"{MAX_TEXT_CHARACTERS:,} (give a claim or a sentence, not an article)"
        )
    return record["id"], text


def build_matcher(lines: Iterable[str]) -> Matcher:
    matcher = Matcher()
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            identifier, text = read_record(line, what="index claim")
        except InputError as error:
            raise CommandError(f"index line {number}: {error}.") from error
        key = json.dumps(identifier, sort_keys=True)
        if key in seen:
            raise CommandError(f"index line {number}: the id {key} is already in the index.")
        seen.add(key)
        matcher.add(identifier, text)
    return matcher


def match_line(matcher: Matcher, line: str, top: int, reasons: bool) -> dict[str, Any]:
    try:
        identifier, text = read_record(line, what="query")
    except InputError as error:
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError):
            record = None
        known = record.get("id") if isinstance(record, dict) else None
        return {"id": known, "error": str(error)[:1].upper() + str(error)[1:] + "."}
    found = matcher.search(text, top, contradictions=True)

    def entry(match) -> dict[str, Any]:
        shown: dict[str, Any] = {"id": match.id, "score": match.score}
        if reasons:
            shown["reasons"] = match.reasons.as_dict()
        return shown

    return {
        "id": identifier,
        "matches": [entry(match) for match in found if match.relation == "same"],
        "contradicts": [entry(match) for match in found if match.relation == "contradicts"],
    }


def run(
    matcher: Matcher, queries: Iterable[bytes | str], sink: TextIO, top: int, reasons: bool
) -> int:
    """Answer every query line; return how many had an error."""
    errors = 0
    for raw in queries:
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as error:
                sink.write(
                    json.dumps({"id": None, "error": f"Not valid UTF-8 (byte {error.start})."})
                    + "\n"
                )
                errors += 1
                continue
        else:
            line = raw
        if not line.strip():
            continue
        output = match_line(matcher, line, top, reasons)
        errors += "error" in output
        sink.write(json.dumps(output, ensure_ascii=False) + "\n")
    return errors


def _lines(path: Path) -> Iterator[str]:
    try:
        with path.open(encoding="utf-8-sig") as source:
            yield from source
    except UnicodeDecodeError as error:
        raise CommandError(f"{path} is not valid UTF-8 (byte {error.start}).") from error


class Command(BaseCommand):
    help = "Rank the claims of an index (JSON lines) against queries on stdin (JSON lines)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--index", required=True, help='JSON lines of {"id", "text"}')
        parser.add_argument("--top", type=int, default=5, help="matches per query (default 5)")
        parser.add_argument("--reasons", action="store_true", help="say why each claim matched")

    def handle(self, *args: Any, **options: Any) -> None:
        top = options["top"]
        if top < 1:
            raise CommandError("--top must be at least 1.")
        path = Path(options["index"])
        if not path.is_file():
            raise CommandError(f"No such index file: {path}")
        matcher = build_matcher(_lines(path))
        run(matcher, getattr(sys.stdin, "buffer", sys.stdin), self.stdout, top, options["reasons"])
