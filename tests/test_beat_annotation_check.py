"""benchmarks/check_beat_annotations.py: the listen-free check of a beat set's annotations
passes a correct grid and catches a shifted, a drifting and a half-beat grid."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_beat_annotations",
                                                  ROOT / "benchmarks" / "check_beat_annotations.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def song(tmp_path_factory: pytest.TempPathFactory) -> tuple[ModuleType, np.ndarray, np.ndarray, np.ndarray]:
    """20 s at 120 BPM in 3/4: a loud plucked note on every beat, a quieter one on every
    half-beat (so the off-beats are not silent), accented downbeats."""
    import soundfile

    mod = _load()
    sr, bpm = mod.SR, 120.0
    beats = 0.5 + np.arange(38) * 60 / bpm
    pos = (np.arange(beats.size) % 3) + 1
    y = np.zeros(int(21 * sr))
    t = np.arange(int(0.2 * sr)) / sr
    for b, p in zip(beats, pos, strict=True):
        for at, amp in ((b, 1.0 if p == 1 else 0.7), (b + 30 / bpm, 0.35)):
            i = int(round(at * sr))
            y[i:i + t.size] += amp * np.sin(2 * np.pi * 440 * t) * np.exp(-t / 0.05)
    path = tmp_path_factory.mktemp("click") / "song.wav"
    soundfile.write(str(path), y, sr)
    return mod, mod.envelope(path), beats, pos


def _args() -> argparse.Namespace:
    return argparse.Namespace(min_lag_ms=-6.0, max_lag_ms=50.0, max_drift_ms=15.0, min_sharpness=1.15)


def test_correct_grid_passes(song: tuple[ModuleType, np.ndarray, np.ndarray, np.ndarray]) -> None:
    mod, env, beats, pos = song
    c = mod.check(env, beats, pos)
    assert c.ok(_args()), c
    assert c.contrast > 1.2  # beats louder than half-beats


@pytest.mark.parametrize("how", ["late 70 ms", "early 70 ms", "tempo +2 %"])
def test_wrong_grids_fail(song: tuple[ModuleType, np.ndarray, np.ndarray, np.ndarray], how: str) -> None:
    mod, env, beats, pos = song
    wrong = {"late 70 ms": beats + 0.07, "early 70 ms": beats - 0.07,
             "tempo +2 %": beats[0] + (beats - beats[0]) * 1.02}[how]
    assert not mod.check(env, wrong, pos).ok(_args())


def test_half_beat_grid_shows_in_contrast(song: tuple[ModuleType, np.ndarray, np.ndarray, np.ndarray]) -> None:
    mod, env, beats, pos = song
    assert mod.check(env, beats + 0.25, pos).contrast < 1.0


def test_bad_bar_positions_fail(song: tuple[ModuleType, np.ndarray, np.ndarray, np.ndarray]) -> None:
    mod, env, beats, pos = song
    bad = pos.copy()
    bad[7] = 1  # a bar of one beat in the middle
    assert not mod.check(env, beats, bad).bars_ok
