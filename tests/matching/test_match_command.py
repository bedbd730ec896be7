"""The match_claims contract: JSON lines in, one JSON line per query out, best first; no
database and no environment variables needed."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.text_only_settings")
command = pytest.importorskip("claims.management.commands.match_claims")

PROJECT = Path(__file__).resolve().parents[2]
INDEX = [
    {"id": "toll", "text": "At least 70,000 people have been killed in Syria since March 2011"},
    {"id": 7, "text": "Floods in Pakistan have killed 1,200 people this summer"},
    {"id": "tax", "text": "The new tax will raise $2.3 billion over five years, the minister said"},
]


def run_manage(arguments: list[str], cwd: Path, stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(PROJECT / "manage.py"), *arguments],
        cwd=cwd,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def index_file(tmp_path: Path) -> Path:
    path = tmp_path / "index.jsonl"
    path.write_text("".join(json.dumps(entry) + "\n" for entry in INDEX), encoding="utf-8")
    return path


def test_match_claims_runs_with_no_environment_variables(tmp_path: Path, index_file: Path) -> None:
    queries = [
        {"id": "q1", "text": "Syria war death toll passes seventy thousand"},
        {"id": 2, "text": "2.3bn dollars in five years from the new tax"},
        {"id": "q3", "text": "The Syria war has killed at least 95,000 people since March 2011"},
    ]
    result = run_manage(
        ["match_claims", "--index", str(index_file), "--top", "2"],
        tmp_path,
        "".join(json.dumps(query) + "\n" for query in queries),
    )
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["q1", 2, "q3"]
    assert lines[0]["matches"][0]["id"] == "toll"
    assert lines[1]["matches"][0]["id"] == "tax"
    for line in lines:
        assert len(line["matches"]) <= 2
        scores = [match["score"] for match in line["matches"]]
        assert scores == sorted(scores, reverse=True)
        assert all(isinstance(score, float) and 0 <= score <= 1 for score in scores)
    # another figure for the same toll: never a match, reported apart
    assert "toll" not in [match["id"] for match in lines[2]["matches"]]
    assert [entry["id"] for entry in lines[2]["contradicts"]] == ["toll"]


def test_a_bad_query_line_gets_an_error_and_the_rest_go_on(index_file: Path) -> None:
    matcher = command.build_matcher(index_file.read_text().splitlines())
    sink = io.StringIO()
    errors = command.run(
        matcher,
        [
            b"not json\n",
            json.dumps({"id": "x"}).encode() + b"\n",
            b"\xff\xfe\n",
            json.dumps({"id": "ok", "text": "Pakistan floods killed 1,200"}).encode() + b"\n",
        ],
        sink,
        5,
        True,
    )
    lines = [json.loads(line) for line in sink.getvalue().splitlines()]
    assert errors == 3
    assert lines[0] == {"id": None, "error": "Invalid JSON: Expecting value (column 1)."}
    assert lines[1] == {"id": "x", "error": 'The query has no "text" string.'}
    assert "UTF-8" in lines[2]["error"]
    assert lines[3]["matches"][0]["id"] == 7
    assert "1,200" in lines[3]["matches"][0]["reasons"]["figures"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{oops", "index line 2: invalid JSON"),
        (json.dumps({"text": "no id"}), 'index line 2: the index claim has no "id"'),
        (json.dumps({"id": "toll", "text": "again"}), 'index line 2: the id "toll" is already'),
    ],
)
def test_a_bad_index_line_stops_the_command_and_names_the_line(line: str, message: str) -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match=message):
        command.build_matcher([json.dumps(INDEX[0]), line])


def test_a_missing_index_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run_manage(["match_claims", "--index", str(tmp_path / "nowhere.jsonl")], tmp_path, "")
    assert result.returncode != 0
    assert "No such index file" in result.stderr
