"""benchmarks/tap_tempo.py: the simulated tapping gesture and its held-out guard (#15)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import tap_tempo  # noqa: E402

SLOW68 = ROOT / "tests" / "audio_sync" / "data" / "slow68_vucchella.beats"  # 6/8 at 54, read at 162


def test_taps_are_seeded_late_and_after_the_trim():
    beats = np.arange(60) * 0.5
    steady = tap_tempo.taps_for("x", beats, "steady")
    assert steady == tap_tempo.taps_for("x", beats, "steady") and len(steady) == tap_tempo.N_TAPS
    assert steady[0] >= tap_tempo.SKIP_S
    late = np.asarray(steady) - beats[np.searchsorted(beats, steady) - 1]
    assert 0.0 < np.mean(late) < 0.1
    assert len(tap_tempo.taps_for("x", beats, "sloppy")) == tap_tempo.N_TAPS - 1  # one missed


def test_tapping_the_dotted_quarters_of_a_slow_six_eight_sets_its_tempo(monkeypatch):
    from audio_sync import beats

    monkeypatch.setattr(beats, "FINAL_THIRD", False)  # the premise: the automatic reading in eighths
    row = tap_tempo.measure(("test", str(SLOW68)))
    assert not row.right and row.offer_right
    assert all(g.startswith("bpm_hint") for g in row.gesture.values())
    assert all(row.tapped_right.values()) and min(row.tapped_f.values()) > row.f
