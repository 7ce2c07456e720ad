"""Shared fixtures for audio_sync tests: short synthetic songs, generated once per session."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from audio_sync.testsongs import make_song

# ../shared/data from the main checkout; /work/shared/data from a worktree or CI.
_SHARED = next((p for p in (Path(os.environ.get("MVSTUDIO_SHARED_DATA", "/nonexistent")),
                            Path(__file__).resolve().parents[2] / ".." / "shared" / "data",
                            Path("/work/shared/data")) if p.is_dir()), Path("/nonexistent"))
REAL_DIR = _SHARED / "real"
DEV_DIR = _SHARED / "realbeats-dev"


@pytest.fixture(scope="session")
def song_120():
    """12 s, 120 BPM, 4/4, loud off-beat hats: the classic phase trap."""
    return make_song(bpm=120, duration_s=12.0, offbeat_hats=True, seed=3)


@pytest.fixture(scope="session")
def real_dir() -> Path:
    if not REAL_DIR.is_dir():
        pytest.skip("real recordings in ../shared/data/real/ are not present")
    return REAL_DIR


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not DEV_DIR.is_dir():
        pytest.skip("the realbeats-dev set in shared/data/realbeats-dev/ is not present")
    return DEV_DIR


def _gaussian_pulses(times_s: np.ndarray, n: int, fr: float) -> np.ndarray:
    out = np.zeros(n)
    idx = np.round(np.asarray(times_s) * fr).astype(np.int64)
    out[idx[(idx >= 0) & (idx < n)]] = 1.0
    return np.convolve(out, np.exp(-0.5 * (np.arange(-4, 5) / 1.2) ** 2), mode="same")


@pytest.fixture(scope="session")
def pulses() -> Callable[[np.ndarray, int, float], np.ndarray]:
    """``pulses(times_s, n, fr)``: an envelope of n frames at fr Hz with a peak a few frames wide
    at each time (the shape of an onset or activation peak), for hand-built bands and activations."""
    return _gaussian_pulses
