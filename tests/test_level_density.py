"""The session-10 density candidate for undrummed duple music (benchmarks/level_duple.py
``sparse``, OFF by default): on a drum-less reel-like tune at 160 BPM (a quarter and two
eighths per half note, 1.3-1.7 onsets per beat, a droning bass) the shipped level keeps the
quarter and the candidate halves it; a tune in eighths and sixteenths (more than two onsets per beat)
and the same tune over a kick on every quarter (drums) keep the quarter."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from audio_sync import beats
from audio_sync._level_model_weights import MODEL
from audio_sync.activation import beat_activation
from audio_sync.features import Features, compute_features
from audio_sync.level_model import candidate_features, decide
from audio_sync.testsongs import _add, _Voices
from audio_sync.types import DecodedAudio

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from level_duple import HALF, drumless, onsets_per_beat, sparse, variant  # noqa: E402

SR = 22050
BPM = 160.0
SCALE = (62, 64, 66, 67, 69, 71, 73, 74)
QEE = ((0.0, 1.0), (1.0, 0.5), (1.5, 0.5))  # per half note: (start, length) in quarters
DENSE = ((0.0, 0.5), (0.5, 0.5), (1.0, 0.25), (1.25, 0.25), (1.5, 0.25), (1.75, 0.25))  # two eighths, four 16ths


def _tune(rhythm: tuple[tuple[float, float], ...], *, kick: bool = False, seed: int = 1,
          duration_s: float = 14.0) -> DecodedAudio:
    """A melody of random scale notes on ``rhythm`` repeated every half note over a D/A drone
    whose loudness wanders (no pulse in the kick band unless ``kick``)."""
    voices, rng = _Voices(SR, np.random.default_rng(seed)), np.random.default_rng(seed)
    buf = np.zeros(int(duration_s * SR) + SR)
    q = 60.0 / BPM
    for h in range(int((duration_s - 0.6) / (2 * q))):
        t0 = 0.3 + 2 * q * h
        for pos, length in rhythm:
            note = SCALE[rng.integers(len(SCALE))] + 12
            _add(buf, t0 + pos * q, voices.tone((note,), 0.9 * length * q, attack_s=0.012, decay_s=0.25,
                                                amp=0.6), SR)
        if kick:
            for j in (0, 1):
                _add(buf, t0 + j * q, voices.kick(), SR)
    t = np.arange(buf.size) / SR
    wander = np.repeat(rng.uniform(0.4, 1.0, buf.size // 1500 + 1), 1500)[:buf.size]
    wander = np.convolve(wander, np.ones(800) / 800, mode="same")
    buf += 0.3 * wander * (np.sin(2 * np.pi * 73.4 * t) + 0.5 * np.sin(2 * np.pi * 110.0 * t))
    y = buf[:int(duration_s * SR)]
    return DecodedAudio(samples=(0.5 * y / np.abs(y).max()).astype(np.float32)[None, :], rate_hz=SR)


def _candidates(feats: Features) -> tuple[np.ndarray, np.ndarray, float]:
    """The learned level's candidate features at the rule's level, as the trainer computes them."""
    act, down = (a.astype(np.float64) for a in beat_activation(feats.mel_db))
    bpm0, grid, bpm = beats.initial_level(feats, beats.beat_onset(feats), act=act)
    x, ok = candidate_features(feats, act, down, grid, bpm, ratio=bpm / bpm0)
    return x, ok, bpm


@pytest.fixture(scope="module")
def songs() -> dict[str, Features]:
    return {"reel": compute_features(_tune(QEE)), "dense": compute_features(_tune(DENSE)),
            "drummed": compute_features(_tune(QEE, kick=True))}


def test_halves_the_sparse_undrummed_tune_only(songs: dict[str, Features]) -> None:
    x, ok, bpm = _candidates(songs["reel"])
    assert abs(bpm - BPM) < 2.0 and decide(MODEL, x, ok) == 0  # the shipped level keeps the quarter
    assert drumless(x, ok) and 1.25 < onsets_per_beat(x) < 2.0
    assert sparse(MODEL, x, ok)
    assert not sparse(MODEL, x, ok, density_max=1.25)  # the density bound is what decides
    x, ok, bpm = _candidates(songs["dense"])
    assert abs(bpm - BPM) < 2.0 and decide(MODEL, x, ok) == 0
    assert drumless(x, ok) and onsets_per_beat(x) > 2.0 and not sparse(MODEL, x, ok)
    x, ok, bpm = _candidates(songs["drummed"])
    assert abs(bpm - BPM) < 2.0 and not drumless(x, ok) and not sparse(MODEL, x, ok)
    x, ok, _ = _candidates(songs["reel"])
    ok[HALF] = False
    assert not sparse(MODEL, x, ok)


def test_the_tracker_halves_with_the_variant_installed_and_not_without(songs: dict[str, Features]) -> None:
    saved = beats.LEVEL_MODEL, beats.FAST_UNDRUMMED_LOW_FLOOR
    beats.LEVEL_MODEL = True
    # The premise is a tracker that keeps these tunes at 160; F-U-L (off) would halve the
    # undrummed ones itself (session 35 record part 9, decided in session 38 part 6).
    beats.FAST_UNDRUMMED_LOW_FLOOR = False
    try:
        shipped = {k: beats.track(f).tempo_bpm for k, f in songs.items()}
        with variant("density"):
            halved = {k: beats.track(f).tempo_bpm for k, f in songs.items()}
    finally:
        beats.LEVEL_MODEL, beats.FAST_UNDRUMMED_LOW_FLOOR = saved
    assert all(abs(t / BPM - 1) < 0.04 for t in shipped.values()), shipped
    assert abs(halved["reel"] / (BPM / 2) - 1) < 0.04, halved
    assert abs(halved["dense"] / BPM - 1) < 0.04 and abs(halved["drummed"] / BPM - 1) < 0.04, halved
