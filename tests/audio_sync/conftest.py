"""Shared fixtures for audio_sync tests: short synthetic songs, generated once per session."""

from __future__ import annotations

import os
from pathlib import Path

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
