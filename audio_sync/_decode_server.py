"""One long-lived decoder child per process, reused from one decode to the next.

A one-shot decoder child costs ~0.1 s of start-up and ``import av`` per file, as much as
decoding a 3-minute MP3; the studio decodes the same song for several nodes. This child is
the same worker (``_decode_worker.py --serve``): a crash still only kills the child (the
decode fails with the same error and the next one starts a new child), a hang is killed at
the timeout. One decode at a time per child: a concurrent decode uses a one-shot child.
"""

from __future__ import annotations

import atexit
import json
import os
import select
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import IO, Any

_WORKER = Path(__file__).with_name("_decode_worker.py")
_LOCK = threading.Lock()
_CHILD: list[subprocess.Popen[bytes]] = []  # at most one, owned by this process


class ServedError(Exception):
    """The served decode failed; ``reason`` is worded like the one-shot child's."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def decode(path: Path, *, rate_hz: int, max_s: float,
           timeout_s: float) -> tuple[IO[bytes], str] | None:
    """(raw sample file, header line) from the long-lived child; None when it is busy (or on
    a platform without ``select`` on pipes): then the caller starts a one-shot child."""
    if os.name != "posix" or not _LOCK.acquire(blocking=False):
        return None
    try:
        raw, name = _sample_file()
        try:
            response = _ask({"path": str(path), "rate": rate_hz, "max_s": max_s, "out": name},
                            timeout_s)
        except BaseException:
            raw.close()
            raise
        finally:
            if not name.startswith("/proc/"):
                os.unlink(name)  # the open handle keeps the data until it is closed
        if "header" not in response:
            raw.close()
            raise ServedError(str(response.get("error") or "unknown decoder error"))
        return raw, json.dumps(response["header"])
    finally:
        _LOCK.release()


def _sample_file() -> tuple[IO[bytes], str]:
    """An unnamed temp file and the path the child opens it by (/proc/PID/fd/N: nothing is
    left in the temp folder if this process is killed mid-decode); a named one without /proc."""
    raw = tempfile.TemporaryFile()  # noqa: SIM115 - returned open, closed by the caller
    fd_path = f"/proc/{os.getpid()}/fd/{raw.fileno()}"
    if os.path.exists(fd_path):
        return raw, fd_path
    raw.close()
    fd, name = tempfile.mkstemp(prefix="mvstudio-decode-", suffix=".raw")
    return os.fdopen(fd, "w+b"), name


def _ask(request: dict[str, Any], timeout_s: float) -> dict[str, Any]:
    for attempt in (0, 1):  # an idle child that died meanwhile is replaced once
        child = _child()
        try:
            assert child.stdin is not None
            child.stdin.write((json.dumps(request) + "\n").encode())
            child.stdin.flush()
        except OSError:
            _drop(child)
            if attempt:
                raise ServedError("could not start the decoder process") from None
            continue
        try:
            return _answer(child, timeout_s)
        except ServedError:
            raise
        except BaseException:  # interrupted: its late answer must not reach the next request
            _drop(child)
            raise
    raise AssertionError("unreachable")


def _answer(child: subprocess.Popen[bytes], timeout_s: float) -> dict[str, Any]:
    assert child.stdout is not None
    ready, _, _ = select.select([child.stdout], [], [], timeout_s)
    if not ready:
        _drop(child)
        raise ServedError(f"decoding took longer than {timeout_s:.0f} s")
    line = child.stdout.readline()
    if not line:  # the child died while decoding
        code = child.wait()
        _drop(child)
        if code < 0:
            raise ServedError(f"the decoder crashed (signal {-code}); the file is likely "
                              "truncated or corrupt")
        raise ServedError(f"the decoder failed (exit {code})")
    try:
        response: dict[str, Any] = json.loads(line)
    except ValueError:
        _drop(child)
        raise ServedError("the decoder returned a malformed header") from None
    return response


def _child() -> subprocess.Popen[bytes]:
    """The live child of this process (a forked process starts its own)."""
    if _CHILD and (_CHILD[0].poll() is not None or getattr(_CHILD[0], "owner", 0) != os.getpid()):
        _CHILD.clear()  # dead, or inherited over fork: the parent's to reap
    if not _CHILD:
        child = subprocess.Popen([sys.executable, "-I", str(_WORKER), "--serve"],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL)
        child.owner = os.getpid()  # type: ignore[attr-defined]
        _CHILD.append(child)
    return _CHILD[0]


def _drop(child: subprocess.Popen[bytes]) -> None:
    if child.poll() is None:
        child.kill()
    child.wait()
    if _CHILD and _CHILD[0] is child:
        _CHILD.clear()


@atexit.register
def _shutdown() -> None:
    """Close the child's input (it exits at the end of its requests) and reap it."""
    for child in list(_CHILD):
        if getattr(child, "owner", 0) != os.getpid():
            continue
        try:
            if child.stdin is not None:
                child.stdin.close()
            child.wait(timeout=2.0)
        except (OSError, subprocess.TimeoutExpired):
            child.kill()
            child.wait()
    _CHILD.clear()
