"""Run every benchmark and write docs/PERFORMANCE.md.

    .venv/bin/python bench/run_all.py            # full sizes (1,000,000 claims): ~30-45 min
    .venv/bin/python bench/run_all.py --quick    # sizes 10x smaller, a smoke run
    .venv/bin/python bench/run_all.py --only ingest --keep-others   # rerun one, keep the rest

Each bench creates and drops its own PostgreSQL database (claimdesk_bench_*). Generated
databases are kept as templates while this runs (BENCH_TEMPLATES=1), so benches of the same size
copy the rows instead of generating them again; the templates are dropped at the end.
bench/performance_notes.md, written by people after reading the figures, is copied in as is.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import time
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import psycopg
from common import PROJECT, PYTHON, drop_templates, url

FULL_SIZES = "10,000 articles / 1,000,000 claims, and 100 articles / 10,000 claims"
QUICK_SIZES = "1,000 articles / 100,000 claims, and 10 articles / 1,000 claims"
SAVED = PROJECT / "var" / "bench"  # each bench's last output, for --keep-others
NOTES = PROJECT / "bench" / "performance_notes.md"
OUTPUT = PROJECT / "docs" / "PERFORMANCE.md"


def benches(quick: bool) -> list[tuple[str, str, list[str]]]:
    """(name, title, arguments) in the order they run (same sizes share a template)."""
    big, small = (1_000, 10) if quick else (10_000, 100)
    return [
        ("api_throughput", "API throughput against a bare Django view", [f"--articles={big}"]),
        ("memory", "Peak memory of the web and Celery workers", [f"--articles={big}"]),
        ("admin_changelist", "Admin claim changelist", ["--articles", str(small), str(big)]),
        ("dashboard", "Editors' dashboard", ["--articles", str(small), str(big)]),
        ("ingest", "Ingest of pasted articles", [f"--articles={100 if quick else 1000}"]),
        (
            "reminder_sweep",
            "Reminder sweep (bench/reminder_sweep.py)",
            ["--sizes", *(["1000", "100000"] if quick else ["10000", "1000000"])],
        ),
        (
            "extraction_speed",
            "Extraction speed (bench/extraction_speed.py)",
            [f"--articles={100 if quick else 1000}"],
        ),
        ("matching_speed", "The match_claims CLI (bench/matching_speed.py)", []),
        (
            "matching_scale",
            "Matching one claim against the desk on PostgreSQL (bench/matching_scale.py)",
            ["--articles", str(small), str(big)],
        ),
        (
            "ingest_matching",
            "Ingest with matching (bench/ingest_matching.py)",
            [f"--articles={100 if quick else 300}"],
        ),
        (
            "snapshots",
            "Evidence snapshots at scale (bench/snapshots.py)",
            ["--articles", str(small), "--sizes", "1000", "10000" if quick else "100000"],
        ),
    ]


def run(name: str, arguments: list[str]) -> tuple[str, float, int]:
    started = time.perf_counter()
    env = dict(os.environ, BENCH_TEMPLATES="1")
    done = subprocess.run(
        [PYTHON, f"bench/{name}.py", *arguments],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    print(done.stdout, flush=True)
    return done.stdout, time.perf_counter() - started, done.returncode


def figures_of(name: str, output: str, arguments: list[str], code: int) -> list[dict]:
    command = f".venv/bin/python bench/{name}.py {' '.join(arguments)}"
    if code != 0:
        return [{"figure": name, "value": f"FAILED (exit {code})", "target": "–", "met": False,
                 "command": command}]  # fmt: skip
    for line in output.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line.removeprefix("RESULT "))
    if name == "reminder_sweep":
        found = re.search(r"ratio ([\d,]+) / ([\d,]+) claims: ([\d.]+)x", output)
        rows = re.findall(r"^\| ([\d,]+) \| [\d,]+ \| ([\d.]+) ms \| (\d+) \|", output, re.M)
        value = ", ".join(f"{ms} ms at {claims} claims ({queries} queries)"
                          for claims, ms, queries in rows)  # fmt: skip
        ratio = float(found.group(3))
        return [{"figure": f"reminder sweep, 1,000 due claims among {found.group(2)} vs "
                 f"{found.group(1)}", "value": f"{value}; ratio {ratio:.2f}x",
                 "target": "< 2x", "met": ratio < 2, "command": command}]  # fmt: skip
    if name == "extraction_speed":
        rate = float(re.search(r"throughput: ([\d.]+) articles/s", output).group(1))
        return [{"figure": "extraction alone, ~600-word articles, one core",
                 "value": f"{rate:.0f} articles/s", "target": ">= 200 articles/s",
                 "met": rate >= 200, "command": command}]  # fmt: skip
    return []


def machine() -> list[str]:
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = re.search(r"model name\s*:\s*(.+)", cpuinfo)
    memory = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    with psycopg.connect(url("postgres")) as connection:
        postgres = connection.execute("SHOW server_version").fetchone()[0]
    return [
        f"- CPU: {model.group(1) if model else platform.processor()}, {os.cpu_count()} cores",
        f"- RAM: {memory / 1024 / 1024:.1f} GB",
        f"- PostgreSQL {postgres} on 127.0.0.1 (default configuration)",
        f"- Python {platform.python_version()}, Django {version('django')}, "
        f"DRF {version('djangorestframework')}, gunicorn {version('gunicorn')}, "
        f"psycopg {version('psycopg')}, Celery {version('celery')}",
        f"- {platform.system()} {platform.release()}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sizes 10x smaller")
    parser.add_argument("--only", nargs="+", help="run only these benches (by script name)")
    parser.add_argument(
        "--keep-others",
        action="store_true",
        help="with --only: take the other benches' figures from their last run (var/bench/)",
    )
    parser.add_argument("--output", type=Path, default=OUTPUT)
    options = parser.parse_args()
    everything = benches(options.quick)
    chosen = [b for b in everything if not options.only or b[0] in options.only]
    if options.keep_others:
        chosen = everything
    started_at = datetime.now(UTC)
    load_before = os.getloadavg()
    sections, summary = [], []
    try:
        for name, title, arguments in chosen:
            saved = SAVED / f"{name}{'-quick' if options.quick else ''}.json"
            if options.only and name not in options.only:
                if not saved.exists():
                    continue
                output, seconds, code = json.loads(saved.read_text())
            else:
                print(f"== {name} {' '.join(arguments)}", file=sys.stderr, flush=True)
                output, seconds, code = run(name, arguments)
                saved.parent.mkdir(parents=True, exist_ok=True)
                saved.write_text(json.dumps([output, seconds, code]))
            found = figures_of(name, output, arguments, code)
            summary += found
            body = "\n".join(line for line in output.splitlines() if not line.startswith("RESULT"))
            sections.append((title, name, arguments, body.strip(), seconds, code))
    finally:
        drop_templates()
    total = sum(section[4] for section in sections)  # the benches' own times (some kept)
    load_after = os.getloadavg()
    size = "quick (10x smaller)" if options.quick else "full"
    lines = [
        "# Performance",
        "",
        f"Measured {started_at:%Y-%m-%d %H:%M} UTC by `.venv/bin/python bench/run_all.py"
        f"{' --quick' if options.quick else ''}` ({size} sizes, {total / 60:.0f} min). "
        + (
            f"Only {', '.join(options.only)} ran then; the other figures are from the "
            "previous full run (`--keep-others`). "
            if options.keep_others and options.only
            else ""
        )
        + "Every figure below says which command reproduces it; each bench creates, fills "
        "(`manage.py generate_demo_data`, seed 1) and drops its own PostgreSQL database.",
        "",
        "## Machine",
        "",
        *machine(),
        f"- Load average {load_before[0]:.1f} at the start, {load_after[0]:.1f} at the end (a "
        "shared machine: other work may run beside the benches). Figures given as "
        "ratios (two sizes on the same machine, or the API against a bare view on the same "
        "server) cancel most of that noise; absolute times do not.",
        "",
        "## Data",
        "",
        "- generated by `manage.py generate_demo_data --articles N --claims-per-article 100 "
        "--seed 1`: news-style articles of ~120 sentences, 100 claims each, with sources, "
        "claim–source links, relations, review notes, history (~3 events per claim over 30 "
        "days) and the reminders already sent; 5% of articles past their deadline;",
        "- sizes: " + (QUICK_SIZES if options.quick else FULL_SIZES) + ".",
        "",
        "## Figures",
        "",
        "| figure | value | target | met | reproduce |",
        "|---|---|---|---|---|",
    ]
    for figure in summary:
        met = "yes" if figure["met"] else "**NO**"
        lines.append(f"| {figure['figure']} | {figure['value']} | {figure['target']} | {met} | "
                     f"`{figure['command']}` |")  # fmt: skip
    missed = [figure for figure in summary if not figure["met"]]
    lines += ["", f"Targets missed: {len(missed)} of {len(summary)}."]
    if NOTES.exists():
        lines += ["", NOTES.read_text().strip()]
    for title, name, arguments, body, seconds, code in sections:
        lines += ["", f"## {title}", "", f"`.venv/bin/python bench/{name}.py {' '.join(arguments)}`"
                  f" ({seconds / 60:.1f} min{', FAILED' if code else ''})", "", body]  # fmt: skip
    options.output.parent.mkdir(parents=True, exist_ok=True)
    options.output.write_text("\n".join(lines) + "\n")
    print(f"wrote {options.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
