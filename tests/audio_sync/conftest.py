"""Shared fixtures for audio_sync tests: short synthetic songs, generated once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from audio_sync.testsongs import make_song

REAL_DIR = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "real"


@pytest.fixture(scope="session")
def song_120():
    """12 s, 120 BPM, 4/4, loud off-beat hats: the classic phase trap."""
    return make_song(bpm=120, duration_s=12.0, offbeat_hats=True, seed=3)


@pytest.fixture(scope="session")
def real_dir() -> Path:
    if not REAL_DIR.is_dir():
        pytest.skip("real recordings in ../shared/data/real/ are not present")
    return REAL_DIR
