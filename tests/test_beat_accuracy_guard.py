"""benchmarks/beat_accuracy.py never runs our tracker on a held-out set by accident: every set
registered in beat_sets.REAL_DIRS from real-heldout2 on is refused (exit code 2, before any
excerpt is analysed) without --anchors-only or --final; so is every one from real-heldout5 on by
benchmarks/change_recovery.py, and every held-out set by benchmarks/downbeat_net.py (checked from
real-heldout8 on) and by the per-excerpt benchmarks (PER_EXCERPT, which share beat_sets.
excerpt_jobs: one set alone and one among used ones). The sets come from the registry, so a newly
registered set is checked too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from beat_sets import MODULES_HELDOUT, REAL_DIRS  # noqa: E402


def _registered_from(first: int) -> list[str]:
    """Every registered held-out set numbered ``first`` or later."""
    return [n for n in REAL_DIRS if n.startswith("real-heldout") and n != "real-heldout"
            and int(n.removeprefix("real-heldout")) >= first]


@pytest.mark.parametrize("held_out", [*_registered_from(2), *MODULES_HELDOUT])
def test_heldout_refused_without_flag(tmp_path: Path, held_out: str) -> None:
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "beat_accuracy.py"),
                        "--sets", f"real-dev,{held_out}", "--no-madmom"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert held_out in r.stderr and "--final" in r.stderr and "--anchors-only" in r.stderr
    assert "###" not in r.stdout  # no set was scored


@pytest.mark.parametrize("held_out", _registered_from(5))
def test_change_recovery_refuses_heldout_without_flag(tmp_path: Path, held_out: str) -> None:
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "change_recovery.py"),
                        "--sets", f"real-dev,{held_out}"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert held_out in r.stderr and "--final" in r.stderr and "--anchors-only" in r.stderr
    assert "###" not in r.stdout  # no set was scored


@pytest.mark.parametrize("held_out", [*_registered_from(8), *MODULES_HELDOUT])
def test_downbeat_net_refuses_heldout_without_flag(tmp_path: Path, held_out: str) -> None:
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "downbeat_net.py"),
                        "--sets", f"real-dev,{held_out}"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert held_out in r.stderr and "--final" in r.stderr
    assert "downbeat F" not in r.stdout  # no set was scored


# The benchmarks that run our tracker on each excerpt of the sets they are given.
PER_EXCERPT = ("tempo_choice.py", "bar_choice.py", "first_bar.py", "tap_tempo.py", "tap_bars.py")


@pytest.mark.parametrize("script", PER_EXCERPT)
@pytest.mark.parametrize("sets", ["real-heldout5", "real-dev,real-heldout30", *MODULES_HELDOUT])
def test_per_excerpt_benchmarks_refuse_held_out_sets_without_final(script: str, sets: str) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), "--sets", sets],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "add --final" in out.stderr
