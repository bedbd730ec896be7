"""Memory: peak RSS of a gunicorn web worker under load and of a Celery worker running the
reminder sweep, at 1,000,000 claims.

    .venv/bin/python bench/memory.py                   # 10,000 articles, 1,000,000 claims
    .venv/bin/python bench/memory.py --articles 1000

Creates claimdesk_bench_memory and fills it with generate_demo_data (5% of articles past their
deadline, so their open claims are overdue). Then:
- gunicorn (2 sync workers, DEBUG off) serves GET /api/claims/?status=in_review&page_size=50
  under load (8 connections, --seconds); the figure is the larger VmHWM of the two workers;
- `celery -A newsroom worker -P solo` (broker redis://127.0.0.1:6379/14, its own queue) runs
  claims.tasks.sweep_reminders once; the figure is the worker's VmHWM when the task is done
  (or when --sweep-timeout runs out), with the sweep's own time from the worker's log.
The bench's queues are deleted from Redis db 14 at the end.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    PROJECT,
    base_env,
    children,
    drop_database,
    prepare,
    reconnect,
    result,
    script_command,
    setup_django,
    vm_hwm_kb,
)
from load import Gunicorn, load

DATABASE = "claimdesk_bench_memory"
BROKER = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/14")
QUEUE = "claimdesk_bench_memory"
API = "/api/claims/?status=in_review&page_size=50"


def web_worker_peak(token: str, seconds: int) -> tuple[int, float]:
    server = Gunicorn(DATABASE)
    try:
        rate = load(server.url(API), seconds=seconds, headers={"Authorization": f"Token {token}"})
        workers = children(server.process.pid)
        peak = max(vm_hwm_kb(pid) for pid in workers)
    finally:
        server.stop()
    return peak, rate["rps"]


def celery_worker_peak(timeout: int) -> dict:
    from celery import Celery

    log = Path(tempfile.mkdtemp(prefix="claimdesk-bench-")) / "worker.log"
    env = base_env(DATABASE, CELERY_BROKER_URL=BROKER, DEBUG="False",
                   SECRET_KEY="bench-only-secret-key-" + "x" * 40)  # fmt: skip
    command = [
        str(PROJECT / ".venv" / "bin" / "celery"), "-A", "newsroom", "worker", "-P", "solo",
        "-Q", QUEUE, "--loglevel", "INFO", "--without-gossip", "--without-mingle",
        "--without-heartbeat", "-n", f"bench-memory-{os.getpid()}@%h", "--logfile", str(log),
    ]  # fmt: skip
    worker = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)  # fmt: skip
    os.environ["CELERY_BROKER_URL"] = BROKER  # Celery reads it before its broker argument
    app = Celery("bench", broker=BROKER)
    try:
        deadline = time.time() + 60
        while "ready." not in (log.read_text() if log.exists() else ""):
            if time.time() > deadline or worker.poll() is not None:
                raise RuntimeError("the Celery worker did not start: " + log.read_text()[-2000:])
            time.sleep(0.5)
        idle = vm_hwm_kb(worker.pid)
        started = time.perf_counter()
        app.send_task("claims.tasks.sweep_reminders", queue=QUEUE)
        finished = None
        while time.perf_counter() - started < timeout:
            text = log.read_text()
            found = re.search(r"sweep_reminders\[[^\]]+\] (succeeded|raised|failed)[^\n]*", text)
            if found:
                finished = found.group(0)
                break
            time.sleep(0.5)
        peak = vm_hwm_kb(worker.pid)
        elapsed = time.perf_counter() - started
    finally:
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
        with app.connection_for_write() as connection:
            # Redis db 14 is the bench's: drop its queues (the sweep's sends) and bindings.
            client = connection.default_channel.client
            for key in list(client.scan_iter("*")):
                name = key.decode()
                if QUEUE in name or name.startswith(("celery", "unacked", "_kombu.binding")):
                    client.delete(key)
    took = re.search(r"succeeded in ([\d.]+)s", finished or "")
    return {
        "idle_kb": idle,
        "peak_kb": peak,
        "seconds": float(took.group(1)) if took else elapsed,
        "finished": finished,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--sweep-timeout", type=int, default=600)
    options = parser.parse_args()
    claims = options.articles * 100
    setup_django(DATABASE)
    prepare(DATABASE, options.articles)
    reconnect()
    from django.contrib.auth import get_user_model
    from rest_framework.authtoken.models import Token

    from claims.models import Claim, Notification

    token = Token.objects.get_or_create(user=get_user_model().objects.get(username="checker001"))
    overdue = Claim.objects.filter(status__in=Claim.OPEN_STATUSES, due_at__lt=time_now()).count()
    before = Notification.objects.count()
    reconnect()
    try:
        web_peak, rate = web_worker_peak(token[0].key, options.seconds)
        sweep = celery_worker_peak(options.sweep_timeout)
        created = Notification.objects.count() - before
    finally:
        reconnect()
        drop_database(DATABASE)
    command = script_command("memory.py", f"--articles {options.articles}")
    sweep_state = "done" if sweep["finished"] and "succeeded" in sweep["finished"] else "NOT done"
    print(f"claims: {claims:,}, open and overdue: {overdue:,}\n")
    print("| process | peak RSS (VmHWM) | while |")
    print("|---|---:|---|")
    print(f"| gunicorn sync worker | {web_peak / 1024:.0f} MB | serving the API at "
          f"{rate:.0f} req/s for {options.seconds} s |")  # fmt: skip
    print(f"| celery worker -P solo | {sweep['peak_kb'] / 1024:.0f} MB (idle "
          f"{sweep['idle_kb'] / 1024:.0f} MB) | sweep_reminders: {sweep_state} in "
          f"{sweep['seconds']:.0f} s, {created:,} notifications created |")  # fmt: skip
    if sweep["finished"]:
        print(f"\nworker log: {sweep['finished'][:400]}")
    print(f"reproduce: {command}")
    result(
        [
            {
                "figure": f"peak RSS of a gunicorn worker serving the API, {claims:,} claims",
                "value": f"{web_peak / 1024:.0f} MB",
                "target": "< 256 MB (proposed budget)",
                "met": web_peak < 256 * 1024,
                "command": command,
            },
            {
                "figure": f"peak RSS of a Celery worker running the reminder sweep, {claims:,} "
                f"claims ({overdue:,} overdue)",
                "value": f"{sweep['peak_kb'] / 1024:.0f} MB; sweep {sweep_state} in "
                f"{sweep['seconds']:.0f} s, {created:,} notifications",
                "target": "< 512 MB and done (proposed budget)",
                "met": sweep["peak_kb"] < 512 * 1024 and sweep_state == "done",
                "command": command,
            },
        ]
    )


def time_now():
    from django.utils import timezone

    return timezone.now()


if __name__ == "__main__":
    main()
