"""Tempo steps: the metrical level is judged on the tempo curve's grid, so a step cannot halve it.

A 138 -> 117 BPM step (the tape-speed steps of benchmarks/make_realbeats_steps.py on a 2/4
song did this) made the steady 117 BPM grid drift off the first part's beats; their in-between
pulses then looked carried and the level was halved to 59 BPM for the whole song, so no beat
after the step was ever found.
"""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync.features import compute_features
from audio_sync.testsongs import make_song
from audio_sync.types import DecodedAudio

STEP_S = 15.0


@pytest.fixture(scope="module")
def stepped() -> tuple:
    first, t1 = make_song(bpm=138.0, beats_per_bar=2, duration_s=STEP_S,
                          drumless_breakdown=False, seed=1)
    second, t2 = make_song(bpm=117.0, beats_per_bar=2, duration_s=18.0,
                           drumless_breakdown=False, seed=11)
    audio = DecodedAudio(samples=np.concatenate([first.samples, second.samples], axis=1),
                         rate_hz=first.rate_hz)
    b1, b2 = np.asarray(t1.beats_s), np.asarray(t2.beats_s) + STEP_S
    truth = np.concatenate([b1[b1 < STEP_S], b2[b2 < STEP_S + 18.0]])
    return compute_features(audio), truth


def test_step_keeps_the_level(stepped: tuple) -> None:
    from audio_sync import beats

    feats, _ = stepped
    bpm0, _, level = beats.initial_level(feats, beats.beat_onset(feats))
    assert level == pytest.approx(bpm0)
    assert 110.0 < level < 145.0


def test_every_beat_back_within_two_bars_of_the_step(stepped: tuple) -> None:
    from audio_sync import beats

    feats, truth = stepped
    est, _, _ = beats.track_beats(feats)
    # From two bars (4 beats at 117 BPM) after the step to 1 s before the end, every true beat
    # has an estimate within 70 ms; before the step too (from 2 s in).
    after = truth[(truth >= STEP_S + 4 * 60.0 / 117.0) & (truth < feats.duration_s - 1.0)]
    before = truth[(truth >= 2.0) & (truth < STEP_S)]
    for sel in (before, after):
        err = np.array([np.min(np.abs(est - t)) for t in sel])
        assert sel.size > 10 and np.all(err <= 0.07), np.round(err * 1000)


def test_level_on_the_steady_grid_halves_it(stepped: tuple,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The control: judged on the steady grid, the same song is halved."""
    from audio_sync import beats

    feats, _ = stepped
    monkeypatch.setattr(beats, "LEVEL_ON_CURVE", False)
    bpm0, _, level = beats.initial_level(feats, beats.beat_onset(feats))
    assert level == pytest.approx(bpm0 / 2)
