"""The extract_claims management command's logic, tested through its plain functions."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from claims.extraction import ExtractionError

# Run without pytest-django (-p no:django, as the extraction README says) the command reads
# the text-only settings, as manage.py gives it; under pytest-django its settings stand.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.text_only_settings")
command = pytest.importorskip("claims.management.commands.extract_claims")


def test_it_decodes_utf8_and_drops_a_byte_order_mark() -> None:
    assert command.decode_article("\ufeffCafé.".encode()) == "Café."


@pytest.mark.parametrize("data", [b"\xff\xfe\x00A", b"caf\xe9 au lait"])
def test_it_refuses_binary_and_non_utf8_bytes(data: bytes) -> None:
    with pytest.raises(ExtractionError):
        command.decode_article(data)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("page.html", "plain", True),
        ("page.HTM", "plain", True),
        ("-", "  <html><body>", True),
        ("article.txt", "Police said.", False),
    ],
)
def test_it_recognises_html(name: str, text: str, expected: bool) -> None:
    assert command.looks_like_html(name, text) is expected


def test_html_output_includes_the_body_the_offsets_point_into() -> None:
    html = (
        "<html><body><article><p>Officials said the bridge collapsed on Monday, "
        "killing 12 people in the town.</p></article></body></html>"
    )
    output = command.extract_article(html, html=True)
    body = output["body"]
    for claim in output["claims"]:
        assert body[claim["start"] : claim["end"]] == claim["text"]


def test_jsonl_writes_one_line_per_input_and_reports_errors_inline() -> None:
    lines = [
        json.dumps({"id": 1, "text": "Police said 3 people died."}) + "\n",
        "not json\n",
        json.dumps({"id": 2, "text": "   "}) + "\n",
        json.dumps({"id": 3}) + "\n",
        b"\xff\xfe broken\n",
        json.dumps({"id": 4, "html": "<html><body><p>Police said 3 people died.</p></body></html>"})
        + "\n",
    ]
    sink = io.StringIO()
    errors = command.run_jsonl(lines, sink)
    records = [json.loads(line) for line in sink.getvalue().splitlines()]
    assert len(records) == 6
    assert records[0]["id"] == 1 and records[0]["claims"][0]["text"] == "3 people died"
    assert "error" in records[1] and "error" in records[2] and "error" in records[3]
    assert "error" in records[4]
    assert errors == 4


# --------------------------------------------------------------------------- a fresh clone

PROJECT = Path(__file__).resolve().parents[2]
SEED_COPY = PROJECT / "tests" / "extraction" / "gold" / "seed-khalluf.txt"


def run_manage(arguments: list[str], cwd: Path, stdin: str = "", **environment: str):
    """manage.py as a person runs it from a fresh clone: no environment variables but PATH."""
    return subprocess.run(
        [sys.executable, str(PROJECT / "manage.py"), *arguments],
        cwd=cwd,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **environment},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_extract_claims_runs_with_no_environment_variables(tmp_path: Path) -> None:
    result = run_manage(["extract_claims", str(SEED_COPY)], tmp_path)
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["metadata"]["title"] == "Top Syrian general defects to Jordan"
    assert any("70,000" in claim["text"] for claim in output["claims"])
    # It touched no database: nothing was written where it ran.
    assert list(tmp_path.iterdir()) == []


def test_extract_claims_jsonl_runs_with_no_environment_variables(tmp_path: Path) -> None:
    lines = json.dumps({"id": "a", "text": "Police said 3 people died."}) + "\n"
    result = run_manage(["extract_claims", "--jsonl"], tmp_path, stdin=lines)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["claims"][0]["text"] == "3 people died"


def test_extract_claims_still_reads_the_article_size_limit(tmp_path: Path) -> None:
    result = run_manage(["extract_claims", str(SEED_COPY)], tmp_path, ARTICLE_MAX_CHARACTERS="1000")
    assert result.returncode != 0
    assert "ARTICLE_MAX_CHARACTERS" in result.stderr
