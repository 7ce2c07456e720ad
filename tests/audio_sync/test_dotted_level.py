"""The dotted-quarter level for compound metres (audio_sync.dotted_level; beats.DOTTED_LEVEL,
shipped off): the ratio it decides on, on activations built with a known metre."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from audio_sync.dotted_level import DOTTED_RATIO, dotted_level, dotted_ratio

FR = 22050 / 512


def _activation(pulses_s: np.ndarray, strengths: np.ndarray, n_frames: int) -> np.ndarray:
    act = np.zeros(n_frames)
    idx = np.round(pulses_s * FR).astype(int)
    ok = idx < n_frames
    act[idx[ok]] = strengths[ok]
    return act


def _jig(dotted_bpm: float, seconds: float = 30.0) -> tuple[np.ndarray, np.ndarray]:
    """Eighths of a 6/8 tune: strong on each dotted quarter, weak on the other eighths; and the
    grid a tracker at 3:2 (every second eighth) lays on it."""
    eighth = 60.0 / dotted_bpm / 3
    t = np.arange(int(seconds / eighth)) * eighth
    act = _activation(t, np.where(np.arange(t.size) % 3 == 0, 1.0, 0.3), int(seconds * FR) + 1)
    return act, t[::2]


def test_compound_tracked_in_quarters_is_taken_to_the_dotted_quarter() -> None:
    act, quarters = _jig(80.0)
    feats = SimpleNamespace(frame_rate_hz=FR)
    assert dotted_ratio(feats, act, quarters) > DOTTED_RATIO  # type: ignore[arg-type]
    bpm = 60.0 / float(np.median(np.diff(quarters)))
    assert abs(dotted_level(feats, act, quarters, bpm, min_bpm=55.0) - 80.0) < 0.5  # type: ignore[arg-type]


def test_simple_metre_keeps_its_level() -> None:
    """3/4 and 2/4 in quarters with eighths between: the dotted grid lands half on off-beat
    eighths, so its activation is lower than the tracked grid's."""
    quarter = 60.0 / 120.0
    t = np.arange(int(30 / (quarter / 2))) * quarter / 2
    act = _activation(t, np.where(np.arange(t.size) % 2 == 0, 1.0, 0.4), int(30 * FR) + 1)
    feats = SimpleNamespace(frame_rate_hz=FR)
    beats = t[::2]
    assert dotted_ratio(feats, act, beats) < 1.0  # type: ignore[arg-type]
    assert dotted_level(feats, act, beats, 120.0, min_bpm=55.0) == 120.0  # type: ignore[arg-type]


def test_never_below_the_slowest_tempo() -> None:
    act, quarters = _jig(50.0)
    bpm = 60.0 / float(np.median(np.diff(quarters)))
    assert dotted_level(SimpleNamespace(frame_rate_hz=FR), act, quarters, bpm,  # type: ignore[arg-type]
                        min_bpm=55.0) == bpm
