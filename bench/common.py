"""What every benchmark shares: its own PostgreSQL database, filled by generate_demo_data.

Each bench creates a database named claimdesk_bench_* on BENCH_POSTGRES (default
postgres://postgres@127.0.0.1:5432), migrates it, fills it with

    manage.py generate_demo_data --articles N --claims-per-article C --seed 1

and drops it at the end. With BENCH_TEMPLATES=1 (bench/run_all.py sets it) a generated database
is kept as a template (claimdesk_bench_tpl_<articles>x<claims>) and the next bench at the same
size is a copy of it (CREATE DATABASE … TEMPLATE): the same rows, minutes saved. run_all drops
the templates at the end.

Every bench prints Markdown and, last, one line `RESULT {json}` that run_all reads.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import psycopg

PROJECT = Path(__file__).resolve().parent.parent
PYTHON = str(PROJECT / ".venv" / "bin" / "python")
SERVER = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
SEED = 1


def url(database: str) -> str:
    return f"{SERVER}/{database}"


def admin_execute(*statements: str) -> None:
    with psycopg.connect(url("postgres"), autocommit=True) as admin:
        for statement in statements:
            admin.execute(statement)


def database_exists(name: str) -> bool:
    with psycopg.connect(url("postgres"), autocommit=True) as admin:
        return admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()


def drop_database(name: str) -> None:
    assert name.startswith("claimdesk_bench_"), name
    admin_execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def base_env(database: str, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATABASE_URL=url(database),
        DEBUG="True",
        CELERY_BROKER_URL="memory://",
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        PYTHONPATH=str(PROJECT),
    )
    env.update(extra)
    return env


def manage(database: str, *arguments: str) -> str:
    """Run manage.py in a child process on `database`; its stderr (progress) goes through."""
    done = subprocess.run(
        [PYTHON, "manage.py", *arguments],
        cwd=PROJECT,
        env=base_env(database),
        stdout=subprocess.PIPE,
        text=True,
        check=True,
    )
    return done.stdout


def generate_command(articles: int, claims_per_article: int) -> str:
    return (
        f".venv/bin/python manage.py generate_demo_data --articles {articles} "
        f"--claims-per-article {claims_per_article} --seed {SEED}"
    )


def prepare(database: str, articles: int, claims_per_article: int = 100) -> float | None:
    """A fresh `database` holding articles × claims_per_article generated claims. Returns the
    seconds generation took (None when copied from a template)."""
    drop_database(database)
    template = f"claimdesk_bench_tpl_{articles}x{claims_per_article}"
    use_templates = os.environ.get("BENCH_TEMPLATES") == "1"
    if use_templates and database_exists(template):
        admin_execute(f"CREATE DATABASE {database} TEMPLATE {template}")
        manage(database, "migrate", "-v0")  # a template made before a newer migration
        settle()
        return None
    admin_execute(f"CREATE DATABASE {database}")
    manage(database, "migrate", "-v0")
    started = time.perf_counter()
    if articles:
        output = manage(
            database,
            "generate_demo_data",
            f"--articles={articles}",
            f"--claims-per-article={claims_per_article}",
            f"--seed={SEED}",
        )
        print(output.strip(), file=sys.stderr)
    elapsed = time.perf_counter() - started
    if use_templates and articles:
        admin_execute(f"CREATE DATABASE {template} TEMPLATE {database}")
    settle()
    return elapsed


def settle() -> None:
    """Let the writes of filling or copying a database reach the disk before anything is
    timed: gigabytes still being written back slowed the first measurements after a copy
    (an admin page at 97 ms after a copy, 49 ms a minute later)."""
    admin_execute("CHECKPOINT")
    os.sync()


def drop_templates() -> None:
    with psycopg.connect(url("postgres"), autocommit=True) as admin:
        names = [
            row[0]
            for row in admin.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE 'claimdesk_bench_tpl_%'"
            )
        ]
    for name in names:
        drop_database(name)


def setup_django(database: str) -> None:
    """Django in this process, on `database` (call once, before importing models)."""
    os.environ.update(base_env(database))
    sys.path.insert(0, str(PROJECT))
    import django

    django.setup()
    from django.test.utils import setup_test_environment

    setup_test_environment()  # the test Client's host, locmem e-mail


def reconnect() -> None:
    """Drop this process's connection (the database was recreated under it)."""
    from django.db import connections

    connections.close_all()


def median_ms(call, runs: int = 7, warmup: int = 2) -> float:
    for _ in range(warmup):
        call()
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000


def page_ms_and_queries(client, path: str) -> tuple[float, int]:
    """Server time of GET `path` through the Django test client (median_ms) and the queries
    one request runs."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def get():
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)

    milliseconds = median_ms(get)
    with CaptureQueriesContext(connection) as captured:
        get()
    return milliseconds, len(captured)


def vm_hwm_kb(pid: int) -> int:
    """Peak resident set size of a process (VmHWM), in kB."""
    status = Path(f"/proc/{pid}/status").read_text()
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1))


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found += [int(child) for child in text]
    return found


def result(figures: list[dict]) -> None:
    """The line run_all reads: each figure with its value, target, whether it is met, and the
    command that reproduces it."""
    print("RESULT " + json.dumps(figures))


def script_command(script: str, arguments: str = "") -> str:
    return f".venv/bin/python bench/{script}" + (f" {arguments}" if arguments else "")
