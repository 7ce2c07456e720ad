"""benchmarks/downbeat_census.py: its error classes on exact grids, and its held-out guard."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import downbeat_census as census  # noqa: E402

BEATS = np.arange(0.0, 40.0, 0.5)  # 120 BPM for 40 s


def test_right_bar_length_and_phase_classes() -> None:
    downs = BEATS[::4]  # 4/4 from the first beat
    assert census.classify(BEATS, downs, BEATS, downs) == "right"
    assert census.classify(BEATS, downs, BEATS, BEATS[::2]) == "bar 2 for 4"
    assert census.classify(BEATS[::1], BEATS[::2], BEATS, BEATS[::4]) == "bar 4 for 2"
    assert census.classify(BEATS, downs, BEATS, BEATS[1::4]) == "phase +1 of 4"
    assert census.classify(BEATS, downs, BEATS, BEATS[2::4]) == "phase +2 of 4"
    assert census.classify(BEATS, BEATS[::3], BEATS, BEATS[2::3]) == "phase +2 of 3"


def test_beats_per_bar_is_the_median_bar() -> None:
    downs = np.concatenate([BEATS[:40:4], BEATS[40:52:3]])  # ten 4/4 bars, then four 3/4 bars
    assert census.beats_per_bar(BEATS, downs) == 4
    assert census.beats_per_bar(BEATS, downs[:2]) == 0


def test_a_guarded_set_is_refused_without_final(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "downbeat_census.py"),
                        "--sets", "real-dev,real-heldout35"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 2, r.stderr
    assert "real-heldout35" in r.stderr and "--final" in r.stderr
    assert "excerpts have their beats right" not in r.stdout
