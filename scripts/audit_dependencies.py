"""Audit the locked dependencies for known vulnerabilities (pip-audit against PyPI's advisory
data). Fails when a vulnerability has a fixed release to move to; lists the others.

    .venv/bin/python scripts/audit_dependencies.py
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

LOCK = Path(__file__).resolve().parent.parent / "requirements.lock"


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "audit.json"
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "pip_audit",
                "-r",
                str(LOCK),
                "--require-hashes",
                "--disable-pip",
                "--format",
                "json",
                "--output",
                str(report),
            ],
            capture_output=True,
            text=True,
        )
        if not report.exists():
            print(run.stdout, run.stderr, file=sys.stderr)
            return 2
        dependencies = json.loads(report.read_text())["dependencies"]
    fixable, unfixed = [], []
    for dependency in dependencies:
        for vulnerability in dependency.get("vulns", []):
            line = (
                f"{dependency['name']} {dependency['version']}: {vulnerability['id']}"
                f" (fixed in {', '.join(vulnerability['fix_versions']) or 'no release yet'})"
            )
            (fixable if vulnerability["fix_versions"] else unfixed).append(line)
    print(f"{len(dependencies)} locked packages audited.")
    for line in unfixed:
        print(f"known, no fix yet: {line}")
    for line in fixable:
        print(f"VULNERABLE, upgrade: {line}")
    return 1 if fixable else 0


if __name__ == "__main__":
    sys.exit(main())
