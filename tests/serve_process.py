"""A real `annotation-assistant serve` process on loopback, for tests and the load bench."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

FAKE_KEY = "sk-test-DO-NOT-LEAK-7f3a9c"  # a provider key the app must never show or store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(db_url: str, api_base: str, port: int | None = None, env: dict | None = None,
          log: Path | None = None) -> tuple[subprocess.Popen, str]:
    """Start the server on the stub model; return it and its URL once it answers."""
    port = port or free_port()
    command = [str(Path(sys.executable).parent / "annotation-assistant"), "serve", "--port", str(port),
               "--db", db_url, "--model", "openai/x", "--api-base", api_base, "--no-samples"]
    out = open(log, "a") if log else subprocess.DEVNULL  # noqa: SIM115 - the process owns it
    process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT,
                               env={**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True",
                                    "OPENAI_API_KEY": FAKE_KEY, **(env or {})})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"serve exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process, url
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("serve did not start within 90 s")


def task_id(status: str) -> int | None:
    """The task id from the workspace's status line ("Task 12 (project, item)", Markdown-escaped)."""
    found = re.match(r"Task (\d+) \\?\(", status or "")
    return int(found.group(1)) if found else None
