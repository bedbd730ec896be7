"""The README's run command brings up web, worker and beat on the embedded default, and Ctrl-C
stops all three."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


MAKE_A_CLAIM_DUE = """
from datetime import timedelta
from django.contrib.auth import get_user_model
from django.utils import timezone
from django_celery_beat.models import IntervalSchedule, PeriodicTask
from claims.models import Claim
claim = Claim.objects.order_by("-checkworthiness").first()
Claim.objects.filter(pk=claim.pk).update(
    assignee=get_user_model().objects.get(username="factchecker"),
    due_at=timezone.now() + timedelta(minutes=30),
)
fast, _ = IntervalSchedule.objects.get_or_create(every=3, period="seconds")
for task in PeriodicTask.objects.filter(task="claims.tasks.sweep_reminders"):
    task.interval = fast
    task.save()
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def descendants(root: int) -> dict[int, str]:
    """Live descendants of a process (pid -> command line), read from /proc. Honcho starts each
    process in a session of its own, so the process tree is followed, not the group."""
    children: dict[int, list[int]] = {}
    commands: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if fields[0] == "Z":
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
        commands[int(entry.name)] = command
    found, waiting = {}, [root]
    while waiting:
        for child in children.get(waiting.pop(), []):
            found[child] = commands[child]
            waiting.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition, *, seconds: float, what: str, log: Path):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    pytest.fail(f"{what} within {seconds}s; output:\n{log.read_text()[-4000:]}")


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def test_make_run_serves_the_admin_and_runs_worker_and_beat(tmp_path):
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "CELERY_BROKER_URL", "DJANGO_SETTINGS_MODULE")
    }
    env["VAR_DIR"] = str(tmp_path / "var")
    log = tmp_path / "run.log"
    with log.open("wb") as output:
        run = subprocess.Popen(
            ["make", "run", f"PORT={port}"],
            cwd=PROJECT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    started: dict[int, str] = {}
    try:
        login = f"http://127.0.0.1:{port}/admin/login/"
        wait_for(lambda: answers(login), seconds=180, what="the admin login page", log=log)
        wait_for(lambda: "ready." in log.read_text(), seconds=60, what="the worker ready", log=log)
        wait_for(
            lambda: "beat: Starting" in log.read_text(), seconds=60, what="beat started", log=log
        )
        output = log.read_text()
        assert f"http://127.0.0.1:{port}/admin/" in output
        assert "factchecker" in output and "editor" in output
        assert "seed article" in output.lower()
        started = descendants(run.pid)
        commands = list(started.values())
        assert any("celery -A newsroom worker" in command for command in commands), commands
        assert any("celery -A newsroom beat" in command for command in commands), commands
        assert any("runserver" in command for command in commands), commands
        with urllib.request.urlopen(login, timeout=5) as response:
            assert b"Claim desk" in response.read()

        # The embedded default delivers reminders too: a claim falls due, beat's sweep (made
        # fast in the admin's schedule table) finds it, the worker e-mails it to the console.
        subprocess.run(
            [sys.executable, "manage.py", "shell", "-c", MAKE_A_CLAIM_DUE],
            cwd=PROJECT,
            env={**env, "DEBUG": "True"},
            check=True,
            capture_output=True,
            timeout=60,
        )
        wait_for(
            lambda: "Due soon: claim #" in log.read_text(),
            seconds=90,
            what="the due-soon e-mail on the worker's console",
            log=log,
        )
    finally:
        # Ctrl-C in a terminal sends SIGINT to the whole foreground process group.
        os.killpg(run.pid, signal.SIGINT)
        try:
            run.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(run.pid, signal.SIGKILL)
            raise
    wait_for(
        lambda: not any(alive(pid) for pid in started),
        seconds=30,
        what="web, worker and beat stopped",
        log=log,
    )
    # A clean stop: nothing logged as an error (a pool process killed by the group's SIGTERM was),
    # and every process stopped inside honcho's grace period, none killed.
    stopping = log.read_text().split("SIGINT received", 1)[1]
    assert "ERROR" not in stopping and "Traceback" not in stopping, stopping
    assert "SIGKILL" not in stopping, stopping
    assert "worker.1 stopped (rc=0)" in stopping, stopping


def test_the_embedded_broker_writes_nothing_outside_var_dir(tmp_path):
    """kombu's filesystem transport keeps its exchange tables in a "control" folder relative to
    the working directory unless told otherwise: a worker started anywhere writes only under
    VAR_DIR, and answers a remote-control ping through it."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    var = tmp_path / "var"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "CELERY_BROKER_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update(DEBUG="True", VAR_DIR=str(var), PYTHONPATH=str(PROJECT))
    before = {path.name for path in PROJECT.iterdir()}
    celery = [sys.executable, "-m", "celery", "-A", "newsroom"]
    log = tmp_path / "worker.log"
    with log.open("wb") as output:
        worker = subprocess.Popen(
            [*celery, "worker", "-l", "INFO", "-c", "1", "-n", "elsewhere@%h"],
            cwd=elsewhere,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_for(lambda: "ready." in log.read_text(), seconds=90, what="the worker ready", log=log)

        def pong() -> bool:
            ping = subprocess.run(
                [*celery, "inspect", "ping", "-t", "5", "-d", f"elsewhere@{socket.gethostname()}"],
                cwd=elsewhere,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
            with log.open("a") as output:
                output.write(f"[ping] {ping.stdout}{ping.stderr}")
            return "pong" in ping.stdout

        # Asked again while unanswered, as an operator would: on a loaded machine the first
        # ping can time out; the worker's log (in the failure) shows whether it was read.
        wait_for(pong, seconds=90, what="a pong from the worker", log=log)
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        worker.wait(timeout=60)
    assert list(elsewhere.iterdir()) == []
    assert {path.name for path in PROJECT.iterdir()} <= before
    assert not (PROJECT / "control").exists()
    tables = {path.name for path in (var / "broker" / "control").iterdir()}
    assert {"celery.exchange", "celery.pidbox.exchange"} <= tables, tables
    assert "ERROR" not in log.read_text(), log.read_text()
