"""benchmarks/beat_accuracy.py never runs our tracker on real-heldout2 by accident: the set is
refused (exit code 2, before any excerpt is analysed) without --anchors-only or --final."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_heldout2_refused_without_flag(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "beat_accuracy.py"),
                        "--sets", "real-dev,real-heldout2", "--no-madmom"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert "--final" in r.stderr and "--anchors-only" in r.stderr
    assert "###" not in r.stdout  # no set was scored
