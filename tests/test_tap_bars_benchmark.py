"""benchmarks/tap_bars.py: the simulated bar-tapping gesture and its held-out guard (#15)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import tap_bars  # noqa: E402

REEL = ROOT / "tests" / "audio_sync" / "data" / "doubled_reel_steeplechase.beats"  # 2/2, bars of 2


def test_tapping_the_reels_bars_sets_bars_of_two() -> None:
    """Found in 4-beat bars (bar_choice's test); taps on its bars' first beats set bars of 2."""
    row = tap_bars.measure(("test", str(REEL)))
    ann = np.loadtxt(REEL, ndmin=2)
    assert np.all(np.diff(np.flatnonzero(ann[:, 1] == 1)) == 2)
    assert row.beats_right and row.auto < tap_bars.DOWNBEATS_RIGHT_F
    assert all("beats_per_bar=2" in g for g in row.gesture.values()), row.gesture
    assert min(row.tapped.values()) >= 0.95


def test_the_summary_counts_right_bars() -> None:
    rows = [tap_bars.Row("t", "a", True, 0.5, {"steady": 1.0, "sloppy": 0.8}),
            tap_bars.Row("t", "b", False)]
    line = tap_bars.summary("t", rows)
    assert "beats right    1" in line and "auto 0.500, tapped steady 1.000, tapped sloppy 0.800" in line
    assert "auto 0, tapped steady 1, tapped sloppy 0" in line




def test_tapping_the_beat_then_the_bars_scores_every_excerpt(monkeypatch) -> None:
    """The 6/8 excerpt read in eighths: T sets its dotted quarter, then B its 2-beat bars."""
    from audio_sync import beats

    monkeypatch.setattr(beats, "FINAL_THIRD", False)  # the premise: the automatic reading in eighths
    slow68 = ROOT / "tests" / "audio_sync" / "data" / "slow68_vucchella.beats"
    set_name, down_auto, beat_auto, down_after, beat_after = tap_bars.both(("test", str(slow68)))
    assert set_name == "test" and beat_auto < 0.6 <= 0.95 <= beat_after
    assert down_after >= 0.9 > down_auto
