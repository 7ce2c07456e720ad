"""A local request spool: the answer to a paid synchronous POST outlives a killed run.

Stability image generation, OpenAI images/chat and ElevenLabs TTS answer with the media
itself; a run killed while such a POST is in flight loses an answer the provider has
already billed.  So those POSTs are made by a small daemon, ``python -m providers.spool
DIR``, started detached on first use and reused by later runs; it exits by itself after
``IDLE_EXIT_S`` with nothing in flight.  For a job key ``K`` (the run store's key) it

1. writes ``DIR/<h>.inflight`` *before* sending (``h`` = hash of ``K``),
2. sends the request with httpx, whether or not its client is still alive,
3. writes the answer (status, headers, body) atomically to ``DIR/<h>.response``,
   then removes ``.inflight`` and tells the client, which reads the file.

A resumed run therefore knows (see :meth:`SpoolClient.state`): ``response`` = the answer
is on disk (adopt it, no second POST); ``inflight`` = sent, answer pending (wait for the
daemon) or lost with it (held); nothing = the daemon never sent it (safe to submit).
Requests that could not use the daemon leave a ``.direct`` marker first, so their
absence is never mistaken for "never sent".

Secrets: request headers (API keys) travel only over the Unix socket in the 0700
directory; they, and any echo of them in an answer, never reach a spool file.  Without
``AF_UNIX`` (or with a directory we do not own) adapters send directly, as before.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import hashlib
import json
import os
import socket
import struct
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import httpx

SOCKET_NAME = "spool.sock"
LOCK_NAME = "spool.lock"
IDLE_EXIT_S = 60.0
MAX_AGE_S = 7 * 24 * 3600.0
_CONNECT_WAIT_S = 15.0  # a cold daemon imports httpx; the machine may be busy
_FRAME = struct.Struct(">II")
_MAX_UNIX_PATH = 100  # sun_path is 104-108 bytes; longer paths go through /proc/self/fd
# Never stored: hop-by-hop or re-computed headers (the body is stored decoded) and cookies.
_DROP_RESPONSE_HEADERS = frozenset({"content-encoding", "content-length", "transfer-encoding",
                                    "connection", "set-cookie", "keep-alive"})
_RESEND_HEADERS = frozenset({"host", "content-length", "transfer-encoding", "connection"})


class SpoolUnavailable(Exception):
    """The daemon could not be reached or started: send directly instead."""


class SpoolNotSent(Exception):
    """The daemon did not send the request (connect error, or it never took it)."""


class SpoolLost(Exception):
    """The request may have left but its answer is not known."""


def key_name(job_key: str) -> str:
    """File stem of a job key (job keys hold ':' and '/'; the hash also hides prompts)."""
    return hashlib.sha256(job_key.encode()).hexdigest()[:40]


def _secret_name(name: str) -> bool:
    low = name.lower()
    return (low in ("authorization", "proxy-authorization", "cookie")
            or any(part in low for part in ("key", "token", "secret")))


def secrets_of(headers: Iterable[tuple[str, str]]) -> list[bytes]:
    """Secret values in request headers, also without their scheme ("Bearer x" -> "x")."""
    found: set[str] = set()
    for name, value in headers:
        if _secret_name(name) and value:
            found.add(value)
            found.add(value.split(" ", 1)[-1])
    return sorted((s.encode() for s in found if len(s) >= 8), key=len, reverse=True)


def scrub(data: bytes, secrets: Iterable[bytes]) -> bytes:
    for secret in secrets:
        data = data.replace(secret, b"***")
    return data


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def ensure_private_dir(directory: Path) -> bool:
    """Create ``directory`` 0700; False if it is not ours (then the spool is not used)."""
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        st = directory.stat()
        if st.st_uid != os.getuid():
            return False
        if st.st_mode & 0o077:
            directory.chmod(0o700)
        return True
    except OSError:
        return False


async def _write_frame(writer: asyncio.StreamWriter, head: Mapping[str, Any],
                       body: bytes = b"") -> None:
    raw = json.dumps(head).encode()
    writer.write(_FRAME.pack(len(raw), len(body)) + raw + body)
    await writer.drain()


async def _read_frame(reader: asyncio.StreamReader) -> tuple[dict[str, Any], bytes]:
    head_len, body_len = _FRAME.unpack(await reader.readexactly(_FRAME.size))
    head = json.loads(await reader.readexactly(head_len))
    body = await reader.readexactly(body_len) if body_len else b""
    if not isinstance(head, dict):
        raise ValueError("frame head is not an object")
    return head, body


# -- client ------------------------------------------------------------------------------------
class SpoolClient:
    """The run's side: hand a request to the daemon, or inspect what it left on disk."""

    def __init__(self, directory: Path, *, idle_s: float = IDLE_EXIT_S) -> None:
        self.dir = Path(directory)
        self.idle_s = idle_s
        self._dir_fd: int | None = None
        self._spawned_at = 0.0

    @staticmethod
    def supported() -> bool:
        return hasattr(socket, "AF_UNIX")

    def usable(self) -> bool:
        return self.supported() and ensure_private_dir(self.dir) and self._address() is not None

    def _address(self) -> str | None:
        path = str(self.dir / SOCKET_NAME)
        if len(path) <= _MAX_UNIX_PATH:
            return path
        if not Path("/proc/self/fd").is_dir():
            return None
        if self._dir_fd is None:
            self._dir_fd = os.open(self.dir, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        return f"/proc/self/fd/{self._dir_fd}/{SOCKET_NAME}"

    def close(self) -> None:
        if self._dir_fd is not None:
            os.close(self._dir_fd)
            self._dir_fd = None

    def path(self, job_key: str, suffix: str) -> Path:
        return self.dir / f"{key_name(job_key)}.{suffix}"

    def state(self, job_key: str) -> str | None:
        """"response", "inflight", "direct" or None (never sent through the spool)."""
        for suffix in ("response", "inflight", "direct"):
            if self.path(job_key, suffix).exists():
                return suffix
        return None

    def read(self, job_key: str, request: httpx.Request | None = None) -> httpx.Response:
        """The spooled answer as an ``httpx.Response`` (raises OSError/ValueError if bad)."""
        raw = self.path(job_key, "response").read_bytes()
        head, _, body = raw.partition(b"\n")
        meta = json.loads(head)
        request = request or httpx.Request(str(meta.get("method") or "POST"),
                                           str(meta.get("url") or "http://spool.invalid/"))
        return httpx.Response(int(meta["status"]), headers=[tuple(h) for h in meta["headers"]],
                              content=body, request=request)

    def inflight_timeout_s(self, job_key: str) -> float:
        try:
            meta = json.loads(self.path(job_key, "inflight").read_text(encoding="utf-8"))
            return float(meta.get("timeout_s") or 0.0)
        except (OSError, ValueError, TypeError):
            return 0.0

    def lost_reason(self, job_key: str) -> str | None:
        """Why the daemon has no answer for a sent request (e.g. "ReadTimeout"), if known."""
        try:
            meta = json.loads(self.path(job_key, "inflight").read_text(encoding="utf-8"))
            return str(meta["lost"]) if meta.get("lost") else None
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def mark_direct(self, job_key: str) -> None:
        """Before sending without the daemon: its absence must not read as "never sent"."""
        _write_atomic(self.path(job_key, "direct"), json.dumps(
            {"job_key": job_key, "at": time.time()}).encode())

    def drop(self, job_key: str) -> None:
        for suffix in ("response", "inflight", "direct"):
            self.path(job_key, suffix).unlink(missing_ok=True)

    def _spawn(self) -> None:
        root = str(Path(__file__).resolve().parents[1])
        env = {k: v for k, v in os.environ.items() if not _secret_name(k)}
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        subprocess.Popen(  # noqa: S603 - our own module, no shell
            [sys.executable, "-m", "providers.spool", str(self.dir), "--idle-s",
             str(self.idle_s)], start_new_session=True, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=root)
        self._spawned_at = time.monotonic()

    async def _connect(self, *, spawn: bool
                       ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        address = self._address()
        if address is None:
            raise SpoolUnavailable("no usable socket path")
        deadline = time.monotonic() + (_CONNECT_WAIT_S if spawn else 0.0)
        delay = 0.02
        while True:
            try:
                return await asyncio.open_unix_connection(address)
            except (FileNotFoundError, ConnectionRefusedError) as exc:
                if not spawn or time.monotonic() >= deadline:
                    raise SpoolUnavailable(type(exc).__name__) from None
                if time.monotonic() - self._spawned_at > 2.0:
                    self._spawn()  # a second daemon for the same dir exits at once (lock)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 0.25)

    async def send(self, job_key: str, request: httpx.Request, *,
                   timeout: Mapping[str, float | None], follow_redirects: bool
                   ) -> httpx.Response:
        """Have the daemon send ``request``; raises SpoolUnavailable/NotSent/Lost."""
        body = request.read()
        head = {"op": "send", "key": job_key, "method": request.method, "url": str(request.url),
                "headers": [[k, v] for k, v in request.headers.multi_items()],
                "timeout": dict(timeout), "follow_redirects": follow_redirects}
        self.path(job_key, "direct").unlink(missing_ok=True)
        reader, writer = await self._connect(spawn=True)
        try:
            try:
                await _write_frame(writer, head, body)
                ack, _ = await _read_frame(reader)
            except (ConnectionError, asyncio.IncompleteReadError, ValueError):
                # The daemon writes .inflight before its ack: no file = it never sent it.
                if self.state(job_key) is None:
                    raise SpoolNotSent("the spool daemon closed the connection") from None
                raise SpoolLost("the spool daemon went away") from None
            if ack.get("state") != "accepted":
                raise SpoolNotSent(str(ack.get("error") or "refused"))
            try:
                answer, _ = await _read_frame(reader)
            except (ConnectionError, asyncio.IncompleteReadError, ValueError):
                raise SpoolLost("the spool daemon went away") from None
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()
        state = answer.get("state")
        if state == "done":
            try:
                return self.read(job_key, request)
            except (OSError, ValueError, KeyError):
                raise SpoolLost("the spooled answer is unreadable") from None
        if state == "not_sent":
            raise SpoolNotSent(str(answer.get("error") or "not sent"))
        raise SpoolLost(str(answer.get("error") or "no answer"))

    async def wait(self, job_key: str, timeout_s: float) -> bool:
        """Wait until a live daemon has finished ``job_key``; False if no daemon has it."""
        try:
            reader, writer = await self._connect(spawn=False)
        except SpoolUnavailable:
            return False
        try:
            await _write_frame(writer, {"op": "wait", "key": job_key, "timeout": timeout_s})
            answer, _ = await asyncio.wait_for(_read_frame(reader), timeout_s + 5.0)
        except (ConnectionError, asyncio.IncompleteReadError, ValueError, TimeoutError):
            return False
        finally:
            writer.close()
        return answer.get("state") == "done"


# -- daemon ------------------------------------------------------------------------------------
class SpoolDaemon:
    """Serves one spool directory; see the module docstring for the file protocol."""

    def __init__(self, directory: Path, *, idle_s: float = IDLE_EXIT_S) -> None:
        self.dir = Path(directory)
        self.idle_s = idle_s
        self.tasks: dict[str, asyncio.Task[dict[str, Any]]] = {}
        self.connections = 0
        self.last_activity = time.monotonic()
        self.client: httpx.AsyncClient | None = None

    def _idle(self) -> bool:
        return (not self.tasks and not self.connections
                and time.monotonic() - self.last_activity >= self.idle_s)

    async def run(self) -> None:
        """Serve until idle (or the directory is gone). Caller holds the lock, cwd = dir."""
        self._prune()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(SOCKET_NAME)  # left by a daemon that died; we hold the lock now
        self.client = httpx.AsyncClient(timeout=None)
        server = await asyncio.start_unix_server(self._serve, path=SOCKET_NAME)
        os.chmod(SOCKET_NAME, 0o600)
        try:
            while not self._idle() and os.path.exists(SOCKET_NAME):
                await asyncio.sleep(min(0.5, self.idle_s / 4))
        finally:
            server.close()  # stop accepting first: a late client then respawns a daemon
            with contextlib.suppress(FileNotFoundError):
                os.unlink(SOCKET_NAME)
            while self.tasks or self.connections:
                await asyncio.sleep(0.05)
            await self.client.aclose()

    def _prune(self) -> None:
        cutoff = time.time() - MAX_AGE_S
        for path in Path(".").iterdir():
            if path.suffix in (".response", ".inflight", ".direct", ".tmp"):
                with contextlib.suppress(OSError):
                    if path.stat().st_mtime < cutoff:
                        path.unlink()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self.last_activity = time.monotonic()
        try:
            head, body = await _read_frame(reader)
            name = key_name(str(head.get("key") or ""))
            if head.get("op") == "send":
                await self._send(name, head, body, writer)
            elif head.get("op") == "wait":
                task = self.tasks.get(name)
                if task is None:
                    await _write_frame(writer, {"state": "idle"})
                else:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(asyncio.shield(task), float(head["timeout"]))
                    await _write_frame(writer, {"state": "done" if task.done() else "busy"})
        except (ConnectionError, asyncio.IncompleteReadError, ValueError, KeyError, TypeError):
            pass  # a killed client: its request (if taken) goes on without it
        finally:
            self.connections -= 1
            self.last_activity = time.monotonic()
            writer.close()

    async def _send(self, name: str, head: dict[str, Any], body: bytes,
                    writer: asyncio.StreamWriter) -> None:
        task = self.tasks.get(name)
        if task is None:  # (the same key twice at once shares one POST)
            timeout = {k: (None if v is None else float(v))
                       for k, v in dict(head.get("timeout") or {}).items()}
            url = httpx.URL(str(head["url"]))
            # A retry (after a 429) must not leave the previous attempt's answer in place:
            # it would read as "rejected, nothing created" while this one may be billed.
            # Removed first: a kill in between leaves no file = never sent, which is true.
            Path(f"{name}.response").unlink(missing_ok=True)
            _write_atomic(Path(f"{name}.inflight"), json.dumps(
                {"job_key": head["key"], "method": head["method"],
                 "url": str(url.copy_with(query=None)), "started": time.time(),
                 "timeout_s": sum(v or 0.0 for v in timeout.values()),
                 "pid": os.getpid()}).encode())
            task = asyncio.create_task(self._upstream(name, head, body, timeout))
            self.tasks[name] = task
            task.add_done_callback(lambda _t: self.tasks.pop(name, None))
        await _write_frame(writer, {"state": "accepted"})
        result = await asyncio.shield(task)
        await _write_frame(writer, result)

    async def _upstream(self, name: str, head: dict[str, Any], body: bytes,
                        timeout: dict[str, float | None]) -> dict[str, Any]:
        assert self.client is not None
        headers = [(str(k), str(v)) for k, v in head["headers"]]
        inflight = Path(f"{name}.inflight")
        try:
            response = await self.client.request(
                str(head["method"]), str(head["url"]), content=body,
                headers=[(k, v) for k, v in headers if k.lower() not in _RESEND_HEADERS],
                timeout=httpx.Timeout(**timeout) if timeout else None,
                follow_redirects=bool(head.get("follow_redirects")))
        except (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout) as exc:
            inflight.unlink(missing_ok=True)  # never left this machine
            return {"state": "not_sent", "error": type(exc).__name__}
        except Exception as exc:  # noqa: BLE001 - sent, answer lost: .inflight stays (held)
            with contextlib.suppress(OSError, ValueError):  # say why, for the held message
                meta = json.loads(inflight.read_text(encoding="utf-8"))
                _write_atomic(inflight, json.dumps({**meta, "lost": type(exc).__name__,
                                                    "lost_at": time.time()}).encode())
            return {"state": "unknown", "error": type(exc).__name__}
        secrets = secrets_of(headers)
        kept = [[k, scrub(v.encode(), secrets).decode("utf-8", "replace")]
                for k, v in response.headers.multi_items()
                if k.lower() not in _DROP_RESPONSE_HEADERS and not _secret_name(k)]
        meta = {"job_key": head["key"], "status": response.status_code, "headers": kept,
                "method": head["method"], "url": str(httpx.URL(str(head["url"])).copy_with(
                    query=None)), "finished": time.time()}
        _write_atomic(Path(f"{name}.response"),
                      json.dumps(meta).encode() + b"\n" + scrub(response.content, secrets))
        inflight.unlink(missing_ok=True)
        return {"state": "done"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--idle-s", type=float, default=IDLE_EXIT_S)
    args = parser.parse_args(argv)
    if not ensure_private_dir(args.directory):
        return 2
    import fcntl  # POSIX only, like AF_UNIX

    os.chdir(args.directory)  # bind a short relative socket path whatever DIR's length
    lock = os.open(LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return 0  # another daemon serves this directory
    asyncio.run(SpoolDaemon(Path("."), idle_s=args.idle_s).run())
    return 0


if __name__ == "__main__":
    sys.exit(main())
