"""A slow 4/4 tracked at its eighths, with nothing between the tracked beats and its kick on one
tracked beat in four, is tracked again at half (E-X2, beats.EIGHTHS_TO_QUARTERS, session 36
record part 3); half-time rock and trap at their quarter and a rock beat with quarter hats are
not. The cue is tested on hand-placed grids: the tracked beats each case would have."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from audio_sync.half_time import eighths_tracked, kick_opposite, midpoint_fill, tatum_fill
from tests.audio_sync.drum_synth import bar_pattern


def _grid(bpm: float, seconds: float = 24.0) -> np.ndarray:
    return np.arange(0.0, seconds - 0.5, 60.0 / bpm)


def _recorded(**pattern):
    """``bar_pattern`` with a recording's noise floor in the high band's flux. Between a
    recording's hits that floor is alike at the midpoint and the inner tatums (midpoint_fill
    0.52-1.30 on the renders at x2); the drum machine's gaps are digital silence, so a floor 1 %
    of the hats' peak stands in for it."""
    feats, _ = bar_pattern(**pattern)
    floor = 0.01 * float(feats.onset_high.max()) * np.random.default_rng(3).random(feats.n_frames)
    return dataclasses.replace(feats, onset_high=(feats.onset_high + floor).astype(np.float32))


def _ballad():
    """Pop ballad at quarter 64: kick on 1 and 3, snare on 2 and 4, eighth hats (tracked at 128)."""
    return _recorded(qpm=64.0, kicks=(0.0, 2.0), snares=(1.0, 3.0), hats_per_beat=2)


def test_a_ballad_at_its_eighths_is_taken_to_its_quarter() -> None:
    feats = _ballad()
    eighths = _grid(128.0)
    assert tatum_fill(feats, eighths) <= 0.2 and midpoint_fill(feats, eighths) >= 0.35
    assert kick_opposite(feats, eighths[1:-1]) <= 0.45
    assert eighths_tracked(feats, eighths, 128.0)
    assert not eighths_tracked(feats, _grid(64.0), 64.0)  # at its quarter: out of range
    # in digital silence between the hits midpoint_fill reads 0: the tempo is kept (a known limit)
    silent, _ = bar_pattern(64.0, kicks=(0.0, 2.0), snares=(1.0, 3.0), hats_per_beat=2)
    assert midpoint_fill(silent, eighths) == 0.0 and not eighths_tracked(silent, eighths, 128.0)


@pytest.mark.parametrize(("name", "pattern", "bpm"), [
    # half-time rock at its quarter: kick on 1, snare on 3, eighth hats fill the midpoints
    ("half-time rock", dict(qpm=140.0, kicks=(0.0,), snares=(2.0,), hats_per_beat=2), 140.0),
    # trap at its quarter: sixteenth hats between the beats
    ("trap", dict(qpm=140.0, kicks=(0.0,), snares=(2.0,), hats_per_beat=4, claps=True), 140.0),
    # rock with quarter hats at its quarter: a kick on 1 and 3 is a kick opposite
    ("rock, quarter hats", dict(qpm=128.0, kicks=(0.0, 2.0), snares=(1.0, 3.0), hats_per_beat=1),
     128.0),
])
def test_grooves_tracked_at_their_quarter_are_left(name: str, pattern: dict, bpm: float) -> None:
    feats = _recorded(**pattern)
    assert not eighths_tracked(feats, _grid(bpm), bpm), name


def test_no_drums_no_move(monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_sync import beats

    feats = _ballad()
    assert eighths_tracked(feats, _grid(128.0), 128.0)
    monkeypatch.setattr(beats, "drums_absent", lambda _feats: True)
    assert not eighths_tracked(feats, _grid(128.0), 128.0)


def test_e_x2_ships_on() -> None:
    from audio_sync import beats

    assert beats.EIGHTHS_TO_QUARTERS is True  # session 36 record, part 7
