"""K4 (beats.KICK_FOUR_BEAT_BARS): bars found two beats long become four where the kick pattern
repeats every four beats clearly better than every two (#15)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from audio_sync.meter import kick_bar_four

FR = 100.0  # frames per second
BEATS = np.arange(0.0, 32.0, 0.5)  # 120 BPM, 64 beats


def _feats(hits_in_bar: list[float], bar_beats: int = 4) -> SimpleNamespace:
    """Kick onsets at ``hits_in_bar`` (in beats from each bar's start), every bar."""
    env = np.zeros(int(34 * FR))
    for bar in range(0, BEATS.size, bar_beats):
        for h in hits_in_bar:
            t = 0.5 * (bar + h)
            env[int(round(t * FR))] = 1.0
    return SimpleNamespace(onset_kick=env, frame_rate_hz=FR)


def test_a_groove_whose_second_half_bar_differs_is_in_fours() -> None:
    # kick on 1, the "and" of 2 and 3: the halves of the bar differ
    assert kick_bar_four(_feats([0.0, 1.5, 2.0]), BEATS)


def test_a_pattern_that_repeats_every_two_beats_is_not() -> None:
    assert not kick_bar_four(_feats([0.0], bar_beats=2), BEATS)  # a polka's kick on 1 of 2
    assert not kick_bar_four(_feats([0.0, 2.0]), BEATS)          # kick on 1 and 3: the same halves
    assert not kick_bar_four(_feats([0.0, 1.0, 2.0, 3.0]), BEATS)  # four on the floor


def test_too_few_beats_say_nothing() -> None:
    assert not kick_bar_four(_feats([0.0, 1.5, 2.0]), BEATS[:12])


def test_the_switch_makes_two_beat_bars_four(monkeypatch) -> None:
    """Where the tracker counts 2-beat bars and the kick repeats in fours, the bars are found again
    in fours (the phase by the same downbeat evidence); off, or for other bars, nothing moves."""
    from audio_sync import beats, meter
    from audio_sync.features import compute_features
    from audio_sync.testsongs import make_song

    audio, _truth = make_song(bpm=120, beats_per_bar=2, duration_s=20.0, seed=5)
    feats = compute_features(audio)
    rhythm = beats.track(feats)
    assert rhythm.beats_per_bar == 2
    grid = np.asarray(rhythm.beats_s)
    monkeypatch.setattr(meter, "kick_bar_four", lambda f, b: True)
    assert meter.find_downbeats(feats, grid)[0] == 2  # the switch is off
    monkeypatch.setattr(beats, "KICK_FOUR_BEAT_BARS", True)
    bpb, downs = meter.find_downbeats(feats, grid)
    index = np.searchsorted(grid, downs - 1e-6)
    assert bpb == 4 and set(np.diff(index)) == {4}
    assert meter.find_downbeats(feats, grid, beats_per_bar=2)[0] == 2  # the creator's bars rule
    monkeypatch.setattr(meter, "kick_bar_four", lambda f, b: False)
    assert meter.find_downbeats(feats, grid)[0] == 2
