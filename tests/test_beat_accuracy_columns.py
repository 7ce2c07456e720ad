"""benchmarks/beat_accuracy.py's candidate columns: an unknown duple candidate is a usage error
(exit code 2, naming the option and the known candidates) before any excerpt is analysed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_unknown_duple_candidate_is_refused(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "beat_accuracy.py"),
                        "--sets", "real-dev", "--no-madmom", "--duple", "fixed,nope"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert "--duple" in r.stderr and "nope" in r.stderr and "density-tempo" in r.stderr
    assert "###" not in r.stdout  # nothing was scored
