"""``mvstudio`` in a child process that a test can SIGKILL at an exact moment.

``MVSTUDIO_TEST_KILL_AT=cache_put`` kills the process (SIGKILL, no cleanup) when a
paid node's result is about to be cached: after its job was paid and downloaded.
"""

from __future__ import annotations

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


def main() -> int:
    if os.environ.get("MVSTUDIO_TEST_KILL_AT") == "cache_put":
        _kill_before_caching_paid_results()
    from studio.cli import main as cli_main

    return cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
