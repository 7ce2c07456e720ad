"""``mvstudio`` in a child process that a test can SIGKILL at an exact or a random moment.

``python crash_child.py render ...`` runs the CLI once. ``MVSTUDIO_TEST_KILL_AT=cache_put``
kills the process (SIGKILL, no cleanup) when a paid node's result is about to be
cached: after its job was paid and downloaded.

``python crash_child.py --serve`` is a fork server for many crash runs: it imports
the engine once, then for each JSON line ``{"argv": [...], "env": {...}}`` on stdin
forks a child running the CLI, prints ``{"pid": N}`` and, when the child ends, its
``{"pid": N, "status": S}`` (negative: killed by that signal). ``MVSTUDIO_TEST_SETTLE_S`` shortens how long a reconcile waits for a killed submission to
show up (the providers' default allows for real networks). ``"log": PATH`` appends
the child's output to PATH. Forking a warm,
single-threaded server makes a run cost milliseconds of start-up instead of seconds.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from typing import Any


def _kill_before_caching_paid_results() -> None:
    from nodes.cache import ResultCache

    original = ResultCache.put

    def put(self: ResultCache, key: str, outputs: dict[str, Any], *, info: dict[str, Any]
            ) -> None:
        if str(info.get("type", "")).startswith("gen."):
            os.kill(os.getpid(), signal.SIGKILL)
        original(self, key, outputs, info=info)

    ResultCache.put = put  # type: ignore[method-assign]


def run_cli(argv: list[str]) -> int:
    settle = os.environ.get("MVSTUDIO_TEST_SETTLE_S")
    if settle:  # loopback fakes turn a POST into a job in milliseconds, not 90 s
        import providers.reconcile

        providers.reconcile.DEFAULT_SETTLE_S = float(settle)
    if os.environ.get("MVSTUDIO_TEST_KILL_AT") == "cache_put":
        _kill_before_caching_paid_results()
    from studio.cli import main as cli_main

    return cli_main(argv)


def _child(argv: list[str], env: dict[str, str], log: str) -> None:
    os.environ.update(env)
    out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND) if log else os.open(
        os.devnull, os.O_WRONLY)
    os.dup2(out, 1)
    os.dup2(out, 2)
    code = 1
    try:
        code = run_cli(argv)
    finally:
        os._exit(code)


def serve() -> int:
    import httpx  # noqa: F401  (warm: the engine, the CLI and the hosted adapters)

    import providers.fal  # noqa: F401
    import providers.replicate  # noqa: F401
    import studio.cli_commands  # noqa: F401
    from nodes.registry import default_registry

    default_registry()
    out = sys.stdout
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(request["argv"], request["env"], request.get("log", ""))
        out.write(json.dumps({"pid": pid}) + "\n")
        out.flush()
        _, status = os.waitpid(pid, 0)
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        out.write(json.dumps({"pid": pid, "status": code}) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(serve() if sys.argv[1:] == ["--serve"] else run_cli(sys.argv[1:]))
