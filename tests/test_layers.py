"""Layer rules: importing the non-GUI packages loads no Qt module (checked in a fresh process)."""

from __future__ import annotations

import subprocess
import sys

import pytest

QT_MODULES = ("PySide6", "NodeGraphQt", "Qt", "qasync", "shiboken6")


@pytest.mark.parametrize("module", ["nodes", "nodes.registry", "nodes.executor", "nodes.builtin",
                                    "providers", "audio_sync", "render", "studio.cli",
                                    "studio.cli_commands", "studio.engine_worker",
                                    "studio.warmup", "providers.spool", "timebase", "nodes.engine"])
def test_importing_loads_no_qt(module):
    code = (f"import sys, {module}\n"
            "from nodes.registry import default_registry\n"
            "default_registry()\n"
            f"print([m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}])")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert proc.stdout.strip() == "[]"
