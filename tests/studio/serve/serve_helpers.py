"""A real ``mvstudio serve`` in a child process (real HTTP over loopback, real SQLite)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/studio: small_graph


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """``mvstudio serve`` as a child; ``kill()`` is SIGKILL (a crash), ``stop()`` SIGTERM."""

    def __init__(self, home: Path, root: Path, env: dict[str, str], *, token: str | None,
                 port: int = 0, args: tuple[str, ...] = (), prelude: str = "") -> None:
        self.home, self.root, self.token = home, root, token
        full_env = {**os.environ, **env, "MVSTUDIO_HOME": str(home),
                    "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
        if token:
            full_env["MVSTUDIO_SERVE_TOKEN"] = token
        self.log = (home / "serve.log").open("ab")
        argv = ["serve", "--port", str(port), "--root", str(root), *args]
        code = f"{prelude}\nimport sys\nfrom studio.cli import main\nsys.exit(main({argv!r}))"
        self.proc = subprocess.Popen([sys.executable, "-c", code], env=full_env,
                                     stdout=subprocess.PIPE, stderr=self.log, cwd=str(root))
        line = self.proc.stdout.readline().decode() if self.proc.stdout else ""
        if "listening on" not in line:
            self.proc.kill()
            raise AssertionError(f"serve did not start: {line!r} "
                                 f"{(home / 'serve.log').read_text(errors='replace')}")
        self.url = line.split("listening on ", 1)[1].strip()
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.http = httpx.Client(base_url=self.url, headers=headers, timeout=30)

    def submit(self, spec: dict[str, Any]) -> dict[str, Any]:
        answer = self.http.post("/jobs", json=spec)
        assert answer.status_code == 201, answer.text
        return dict(answer.json())

    def job(self, job_id: str) -> dict[str, Any]:
        return dict(self.http.get(f"/jobs/{job_id}").json())

    def wait(self, job_id: str, *, status: tuple[str, ...] = ("succeeded", "failed",
                                                                "cancelled", "stopped"),
             timeout_s: float = 60) -> dict[str, Any]:
        """Follow the job's SSE stream until it ends (or reaches ``status``)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            job = self.job(job_id)
            if job["status"] in status:
                return job
            with self.http.stream("GET", f"/jobs/{job_id}/events", timeout=5) as stream:
                try:
                    for event in sse_events(stream):
                        if event["event"] == "end" or event["data"].get("status") in status:
                            break
                except httpx.ReadTimeout:
                    pass
        raise AssertionError(f"job {job_id} did not reach {status}: {self.job(job_id)}")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)
        self.http.close()

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self.http.close()
        self.log.close()
        return int(self.proc.returncode)


def sse_events(response: httpx.Response) -> Iterator[dict[str, Any]]:
    """Parse a text/event-stream into ``{"event", "id", "data"}`` dicts."""
    event: dict[str, Any] = {}
    for line in response.iter_lines():
        if not line:
            if "data" in event:
                yield event
            event = {}
        elif line.startswith("event: "):
            event["event"] = line[7:]
        elif line.startswith("id: "):
            event["id"] = int(line[4:])
        elif line.startswith("data: "):
            event["data"] = json.loads(line[6:])


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[Any]:
    servers: list[Server] = []
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)

    def start(env: dict[str, str] | None = None, *, token: str | None = None,
              root: Path | None = None, port: int = 0, args: tuple[str, ...] = (),
              prelude: str = "") -> Server:
        server = Server(home, root or tmp_path, env or {}, token=token, port=port, args=args,
                        prelude=prelude)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def slow_fake() -> Iterator[Any]:
    """Loopback provider fakes whose jobs finish 1.5 s after submission (not by polls)."""
    from providers.fakes.server import FakeServer
    from providers.fakes.state import FakeState

    server = FakeServer(FakeState(polls_to_complete=10_000, complete_after_s=1.5)).start()
    try:
        yield server
    finally:
        server.stop()
