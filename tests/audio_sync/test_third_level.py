"""The dotted-quarter level of slow compound metres (audio_sync.third_level, beats.THIRD_LEVEL)."""

from __future__ import annotations

import mir_eval
import numpy as np
import pytest

from audio_sync.testsongs import make_song


def _tracked(monkeypatch: pytest.MonkeyPatch, third: bool, **song: float) -> tuple[float, float]:
    from audio_sync import beats
    from audio_sync.features import compute_features

    monkeypatch.setattr(beats, "THIRD_LEVEL", third)
    monkeypatch.setattr(beats, "FINAL_THIRD", False)  # THIRD_LEVEL's own effect (F-T reaches it too)
    audio, truth = make_song(duration_s=24.0, drumless_breakdown=False, **song)  # type: ignore[arg-type]
    beats_s, _, tempo = beats.track_beats(compute_features(audio))
    return tempo, float(mir_eval.beat.f_measure(np.asarray(truth.beats_s), beats_s))


@pytest.mark.parametrize(("bpm", "beats_per_bar", "seed"), [(52, 4, 3), (50, 2, 4)])
def test_a_slow_twelve_eight_gets_its_dotted_quarters(bpm: float, beats_per_bar: int, seed: int,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # Triplet swing at 50-52 BPM: a slow 12/8 (6/8) shuffle, under the tracker's own 55 BPM floor.
    song = dict(bpm=bpm, swing=1 / 3, beats_per_bar=beats_per_bar, seed=seed)
    eighths, _ = _tracked(monkeypatch, False, **song)
    assert abs(eighths / (3 * bpm) - 1) <= 0.04  # without it: the eighths
    tempo, f = _tracked(monkeypatch, True, **song)
    assert abs(tempo / bpm - 1) <= 0.04 and f >= 0.95


@pytest.mark.parametrize(("bpm", "swing", "seed"), [(168, 0.0, 5), (150, 0.0, 6), (176, 0.3, 7)])
def test_a_fast_waltz_keeps_its_quarters(bpm: float, swing: float, seed: int,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    tempo, f = _tracked(monkeypatch, True, bpm=bpm, beats_per_bar=3, swing=swing, seed=seed)
    assert abs(tempo / bpm - 1) <= 0.04 and f >= 0.95


def test_skip_evidence_is_the_level_models_own(monkeypatch: pytest.MonkeyPatch) -> None:
    # For a candidate level (x1/2) the values equal those candidate_features computes.
    from audio_sync import beats, level_model
    from audio_sync.activation import beat_activation
    from audio_sync.features import compute_features

    audio, _ = make_song(bpm=128, duration_s=20.0, seed=9)
    feats = compute_features(audio)
    act, down = (a.astype(np.float64) for a in beat_activation(feats.mel_db))
    bpm0, grid, bpm = beats.initial_level(feats, beats.beat_onset(feats), act=act)
    x, ok = level_model.candidate_features(feats, act, down, grid, bpm, ratio=bpm / bpm0)
    half = level_model.CANDIDATES.index(0.5)
    assert ok[half]
    np.testing.assert_allclose(level_model.skip_evidence(feats, act, grid, bpm, 0.5, ratio=bpm / bpm0),
                               x[half, level_model.SKIP])
