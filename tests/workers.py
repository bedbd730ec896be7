"""Real Celery worker and beat processes for the tests that are about them."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.db import connection

PROJECT = Path(__file__).resolve().parent.parent


def broker_is_real() -> bool:
    return settings.CELERY_BROKER_URL.split("://", 1)[0] in ("redis", "rediss", "amqp", "pyamqp")


def worker_environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a worker that shares this test's database and broker."""
    database = connection.settings_dict
    env = dict(os.environ)
    env.update(
        DEBUG="True",
        DATABASE_URL=(
            f"postgres://{database['USER']}:{database['PASSWORD']}@"
            f"{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{database['NAME']}"
        ),
        CELERY_BROKER_URL=settings.CELERY_BROKER_URL,
        VAR_DIR=str(tmp_path / "var"),
        EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
        EMAIL_FILE_PATH=str(tmp_path / "mail"),
        PYTHONPATH=os.pathsep.join([str(PROJECT), str(PROJECT / "tests" / "support")]),
    )
    env.update(extra)
    return env


def start(arguments: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    with log.open("ab") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "newsroom", *arguments],
            cwd=PROJECT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: the pool children die with it
        )


def start_worker(env, log: Path, name: str) -> subprocess.Popen:
    return start(
        [
            "worker",
            "-l",
            "INFO",
            "-c",
            "2",
            "-n",
            f"{name}@%h",
            "--without-gossip",
            "--without-mingle",
        ],
        env,
        log,
    )


def start_beat(env, log: Path, tmp_path: Path) -> subprocess.Popen:
    return start(
        ["beat", "-l", "INFO", "--pidfile=", "-s", str(tmp_path / "beat-schedule")], env, log
    )


def stop(process: subprocess.Popen, sig=signal.SIGTERM) -> None:
    if process.poll() is None:
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def wait_until(condition, *, seconds: float, what: str, logs=()) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    output = "\n".join(log.read_text()[-3000:] for log in logs if log.exists())
    raise AssertionError(f"{what}: not within {seconds}s\n{output}")


def sent_messages(folder: Path) -> list[str]:
    """Subjects of the e-mails a file backend wrote (a file may hold several, separated by a
    line of dashes), decoded."""
    import email
    from email.header import decode_header, make_header

    subjects = []
    for path in sorted(folder.glob("*.log")) if folder.exists() else []:
        for raw in path.read_text(errors="replace").split("\n" + "-" * 79 + "\n"):
            if raw.strip():
                message = email.message_from_string(raw.strip())
                subjects.append(str(make_header(decode_header(message["Subject"]))))
    return subjects
