"""Serving the app with gunicorn and putting load on it: wrk when installed, else a small
Python load generator (threads, keep-alive http.client, bounded in requests and time)."""

from __future__ import annotations

import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.request

from common import PROJECT, base_env

CONNECTIONS = 8


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Gunicorn:
    """gunicorn with 2 sync workers, DEBUG off, on the bench database."""

    def __init__(self, database: str, module: str = "floor_app:application", workers: int = 2):
        self.port = free_port()
        env = base_env(
            database,
            DEBUG="False",
            SECRET_KEY="bench-only-secret-key-" + "x" * 40,
            ALLOWED_HOSTS="127.0.0.1,localhost",
            DATABASE_CONN_MAX_AGE="600",
            # As behind the TLS-terminating proxy of production: requests say they came in
            # over HTTPS (X-Forwarded-Proto), so the HTTPS redirect does not answer them.
            SECURE_PROXY_SSL_HEADER="True",
            LOG_LEVEL="WARNING",
        )
        self.command = f"gunicorn --pythonpath bench {module} -w {workers} -b 127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [str(PROJECT / ".venv" / "bin" / "gunicorn"), *self.command.split()[1:]],
            cwd=PROJECT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health/", timeout=5)
                break
            except OSError:
                time.sleep(0.3)
        else:
            self.stop()
            raise RuntimeError("gunicorn did not answer /health/ within 60 s")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()


PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


def check(url: str, headers: dict[str, str]) -> bytes:
    """One request: it must answer 200 (wrk counts a redirect as a success)."""
    host, port_path = url.removeprefix("http://").split(":", 1)
    port, path = port_path.split("/", 1)
    connection = http.client.HTTPConnection(host, int(port), timeout=60)
    connection.request("GET", "/" + path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        raise RuntimeError(f"{url} answered {response.status}: {body[:300]!r}")
    return body


def load(url: str, *, seconds: float, headers: dict[str, str] | None = None) -> dict:
    """Requests per second against `url` with CONNECTIONS keep-alive connections."""
    headers = {**PROXY_HEADERS, **(headers or {})}
    body = check(url, headers)
    if shutil.which("wrk"):
        command = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{int(seconds)}s", "--latency"]
        for name, value in headers.items():
            command += ["-H", f"{name}: {value}"]
        output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
        rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
        scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}

        def percentile(name: str) -> float | None:
            found = re.search(rf"\b{name}%\s+([\d.]+)(us|ms|s)\b", output)
            return float(found.group(1)) * scale[found.group(2)] if found else None

        return {
            "rps": rate,
            "errors": int(errors.group(1)) if errors else 0,
            "p50_ms": percentile("50"),
            "p99_ms": percentile("99"),
            "tool": f"wrk -t2 -c{CONNECTIONS} -d{int(seconds)}s",
            "bytes": len(body),
        }
    return {**python_load(url, seconds=seconds, headers=headers), "bytes": len(body)}


def python_load(url: str, *, seconds: float, headers: dict[str, str], limit: int = 200_000):
    host, port_path = url.removeprefix("http://").split(":", 1)
    port, path = port_path.split("/", 1)
    counts = {"ok": 0, "errors": 0}
    latencies: list[float] = []
    lock = threading.Lock()
    stop_at = time.perf_counter() + seconds

    def worker():
        connection = http.client.HTTPConnection(host, int(port), timeout=30)
        ok = errors = 0
        mine = []
        while time.perf_counter() < stop_at and ok + errors < limit // CONNECTIONS:
            sent = time.perf_counter()
            connection.request("GET", "/" + path, headers=headers)
            response = connection.getresponse()
            response.read()
            mine.append(time.perf_counter() - sent)
            if response.status == 200:
                ok += 1
            else:
                errors += 1
        with lock:
            counts["ok"] += ok
            counts["errors"] += errors
            latencies.extend(mine)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(CONNECTIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    latencies.sort()

    def percentile(share: float) -> float | None:
        return (
            latencies[min(len(latencies) - 1, int(share * len(latencies)))] * 1000
            if latencies
            else None
        )

    return {
        "rps": (counts["ok"] + counts["errors"]) / elapsed,
        "errors": counts["errors"],
        "p50_ms": percentile(0.5),
        "p99_ms": percentile(0.99),
        "tool": f"python threads x{CONNECTIONS} ({os.path.basename(__file__)})",
    }
