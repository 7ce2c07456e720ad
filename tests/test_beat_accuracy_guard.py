"""benchmarks/beat_accuracy.py never runs our tracker on a held-out set by accident: real-heldout2
.. real-heldout20 are refused (exit code 2, before any excerpt is analysed) without
--anchors-only or --final; so are real-heldout5 .. real-heldout20 by benchmarks/change_recovery.py,
and every held-out set by benchmarks/downbeat_net.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("held_out", ["real-heldout2", "real-heldout3", "real-heldout4", "real-heldout5",
                                      "real-heldout6", "real-heldout7", "real-heldout8",
                                      "real-heldout9", "real-heldout10", "real-heldout11",
                                      "real-heldout12", "real-heldout13", "real-heldout14",
                                      "real-heldout15", "real-heldout16", "real-heldout17",
                                      "real-heldout18", "real-heldout19", "real-heldout20"])
def test_heldout_refused_without_flag(tmp_path: Path, held_out: str) -> None:
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "beat_accuracy.py"),
                        "--sets", f"real-dev,{held_out}", "--no-madmom"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert held_out in r.stderr and "--final" in r.stderr and "--anchors-only" in r.stderr
    assert "###" not in r.stdout  # no set was scored


@pytest.mark.parametrize("held_out", ["real-heldout5", "real-heldout6", "real-heldout7", "real-heldout8",
                                      "real-heldout9", "real-heldout10", "real-heldout11",
                                      "real-heldout12", "real-heldout13", "real-heldout14",
                                      "real-heldout15", "real-heldout16", "real-heldout17",
                                      "real-heldout18", "real-heldout19", "real-heldout20"])
def test_change_recovery_refuses_heldout_without_flag(tmp_path: Path, held_out: str) -> None:
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "change_recovery.py"),
                        "--sets", f"real-dev,{held_out}"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert held_out in r.stderr and "--final" in r.stderr and "--anchors-only" in r.stderr
    assert "###" not in r.stdout  # no set was scored


@pytest.mark.parametrize("held_out", ["real-heldout8", "real-heldout9", "real-heldout10", "real-heldout11",
                                      "real-heldout12", "real-heldout13", "real-heldout14",
                                      "real-heldout15", "real-heldout16", "real-heldout17",
                                      "real-heldout18", "real-heldout19", "real-heldout20"])
def test_downbeat_net_refuses_heldout_without_flag(tmp_path: Path, held_out: str) -> None:
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "downbeat_net.py"),
                        "--sets", f"real-dev,{held_out}"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert held_out in r.stderr and "--final" in r.stderr
    assert "downbeat F" not in r.stdout  # no set was scored
