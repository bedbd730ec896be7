"""Print the claims of an article (or of many, as JSON lines) as JSON.

    python manage.py extract_claims article.txt      # one JSON object
    python manage.py extract_claims page.html        # HTML: adds "body", the extracted text
    python manage.py extract_claims - < article.txt  # stdin
    python manage.py extract_claims --jsonl < in.jsonl > out.jsonl
        # in:  {"id": ..., "text": ...} or {"id": ..., "html": ...} per line
        # out: {"id": ..., "metadata": {...}, "claims": [...]} or {"id": ..., "error": "..."}

A thin door: it reads and decodes input, calls claims.extraction and prints JSON. The plain
functions below carry the logic so that they can be tested without Django.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from claims.extraction import ExtractionError, extract, extract_html

HTML_SUFFIXES = (".html", ".htm")


def decode_article(data: bytes) -> str:
    """Strict UTF-8 (a byte-order mark is dropped); ExtractionError for anything else."""
    if b"\x00" in data:
        raise ExtractionError("The input looks like binary data (it contains NUL bytes).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ExtractionError(
            f"The input is not valid UTF-8 (byte {error.start}); save the article as UTF-8."
        ) from error


def looks_like_html(name: str | None, text: str) -> bool:
    if name and name.lower().endswith(HTML_SUFFIXES):
        return True
    return text.lstrip().startswith("<")


def extract_article(text: str, *, html: bool) -> dict[str, Any]:
    """The JSON-ready result for one article; for HTML also the body the offsets point into."""
    if len(text) > settings.ARTICLE_MAX_CHARACTERS:
        raise ExtractionError(
            f"The article is {len(text):,} characters long; the limit is "
            f"{settings.ARTICLE_MAX_CHARACTERS:,} (ARTICLE_MAX_CHARACTERS)."
        )
    if html:
        result = extract_html(text)
        return {"body": result.text, **result.to_dict()}
    return extract(text).to_dict()


def process_jsonl_line(line: str) -> dict[str, Any]:
    """One output record for one input line; errors become an "error" field, never raise."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return {"id": None, "error": f"Invalid JSON: {error.msg} (column {error.colno})."}
    except RecursionError:
        return {"id": None, "error": "Invalid JSON: nested too deeply."}
    if not isinstance(record, dict):
        return {"id": None, "error": "Each line must be a JSON object with an id and a text."}
    identifier = record.get("id")
    html = record.get("html")
    text = record.get("text")
    try:
        if isinstance(html, str) and html:
            return {"id": identifier, **extract_article(html, html=True)}
        if not isinstance(text, str):
            return {"id": identifier, "error": 'The record has no "text" (or "html") string.'}
        return {"id": identifier, **extract_article(text, html=False)}
    except ExtractionError as error:
        return {"id": identifier, "error": str(error)}


def run_jsonl(source: Iterable[bytes | str], sink: TextIO) -> int:
    """Process every line of ``source`` (bytes or str); return how many lines had an error."""
    errors = 0
    for raw in source:
        if isinstance(raw, bytes):
            try:
                line = decode_article(raw)
            except ExtractionError as error:
                line, output = "", {"id": None, "error": str(error)}
            else:
                output = None
        else:
            line, output = raw, None
        if output is None:
            if not line.strip():
                continue
            output = process_jsonl_line(line)
        errors += "error" in output
        sink.write(json.dumps(output, ensure_ascii=False) + "\n")
        sink.flush()  # a consumer reading the pipe sees each article as soon as it is done
    return errors


def read_file(name: str, stdin: BinaryIO) -> bytes:
    if name == "-":
        return stdin.read()
    path = Path(name)
    if not path.is_file():
        raise ExtractionError(f"No such file: {name}")
    return path.read_bytes()


class Command(BaseCommand):
    help = "Extract attributed claims from an article file (or JSON lines on stdin) as JSON."

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", nargs="?", help="article file (.txt or .html), or - for stdin")
        parser.add_argument(
            "--jsonl",
            action="store_true",
            help='read {"id", "text" | "html"} lines from stdin, write one result per line',
        )

    def handle(self, *args: Any, **options: Any) -> None:
        if options["jsonl"]:
            run_jsonl(getattr(sys.stdin, "buffer", sys.stdin), self.stdout)
            return
        name = options["file"]
        if not name:
            raise CommandError("Give an article file, - for stdin, or --jsonl.")
        try:
            data = read_file(name, sys.stdin.buffer)
            text = decode_article(data)
            output = extract_article(text, html=looks_like_html(name, text))
        except ExtractionError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(json.dumps(output, ensure_ascii=False, indent=2))
