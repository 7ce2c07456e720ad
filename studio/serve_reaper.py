"""The server's helper processes die with it, even when it is killed (SIGKILL, OOM).

A local Ray instance started by ``serve --ray`` fate-shares its raylet and GCS with the
server, but Ray's dashboard and runtime-env agents then hang for about a minute before
they exit (measured: 63 s on Ray 2.60), and the workers of a process pool
(``--workers``) wait forever for work from a parent that is gone. So the server starts
this small watcher: it notes the server's descendants every half second and, when the
server's end of its stdin pipe closes (the server died, however), kills the ones it
noted (each checked by start time, so a reused pid is never hit). Linux only (/proc);
elsewhere :func:`start` starts nothing.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

INTERVAL_S = 0.5


def _children() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            stat = _stat(int(entry.name))
            if stat:
                children.setdefault(int(stat[1]), []).append(int(entry.name))
    return children


def _stat(pid: int) -> list[str]:
    """/proc/PID/stat after the command name: [state, ppid, ...] (empty when gone)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return []


def descendants(pid: int) -> dict[int, str]:
    """Every process below ``pid``: pid -> start time (field 22 of /proc/PID/stat)."""
    children, todo = _children(), [pid]
    found: dict[int, str] = {}
    while todo:
        for child in children.get(todo.pop(), []):
            stat = _stat(child)
            if len(stat) > 19:
                found[child] = stat[19]
                todo.append(child)
    return found


def _kill(noted: dict[int, str]) -> None:
    for pid, started in noted.items():
        stat = _stat(pid)
        if pid != os.getpid() and len(stat) > 19 and stat[19] == started:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


def watch(parent: int) -> None:
    """Note ``parent``'s descendants until stdin ends (the parent died: kill them) or
    says ``q`` (a clean stop: the parent shut them down itself)."""
    noted: dict[int, str] = {}
    while True:
        ready, _, _ = select.select([sys.stdin.fileno()], [], [], INTERVAL_S)
        data = os.read(sys.stdin.fileno(), 1024) if ready else b"."
        if data.endswith(b"q"):
            return
        if not data:
            break
        noted.update(descendants(parent))
    _kill(noted)


def start() -> subprocess.Popen[bytes] | None:
    """The watcher of this process; :func:`stop` it after a clean shutdown."""
    if not Path("/proc/self/stat").is_file():
        return None
    # Its own session: a Ctrl-C to the server's terminal must not end the watcher first.
    return subprocess.Popen([sys.executable, "-I", __file__, str(os.getpid())],
                            stdin=subprocess.PIPE, start_new_session=True)


def stop(watcher: subprocess.Popen[bytes] | None) -> None:
    """A clean stop (Ray shut down, the pool's workers end at exit): the watcher leaves."""
    if watcher is not None and watcher.stdin is not None:
        watcher.stdin.write(b"q")
        watcher.stdin.close()
        watcher.wait(10)


if __name__ == "__main__":
    watch(int(sys.argv[1]))
