"""The extract_claims management command's logic, tested through its plain functions."""

from __future__ import annotations

import io
import json

import pytest

from claims.extraction import ExtractionError

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
