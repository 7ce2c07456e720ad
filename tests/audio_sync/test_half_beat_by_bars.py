"""P-Q (beats.HALF_BEAT_BY_BARS): undrummed music whose beats' midpoints sound more like bar
starts than the beats themselves is moved half a beat (beats.midpoints_start_bars)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from audio_sync.decode import DecodedAudio
from audio_sync.features import Features, compute_features

RATE = 22050


def _reel(half_note_bpm: float = 100.0, seconds: float = 24.0) -> tuple[Features, np.ndarray]:
    """An undrummed 2/2 tune: even eighths on a plucked tone, a bass note and a new chord on
    each bar's first beat, the melody's first eighth of each half note a little louder. Returns
    the features and the half-note beats."""
    beat = 60.0 / half_note_bpm
    y = np.zeros(int((seconds + 1) * RATE))
    rng = np.random.default_rng(4)
    scale = 440.0 * 2 ** (np.array([0, 2, 4, 5, 7, 9, 11, 12]) / 12)
    roots = 110.0 * 2 ** (np.array([0, 5, 7, 3]) / 12)

    def note(t0: float, f: float, dur: float, gain: float) -> None:
        t = np.arange(int((dur + 1.0) * RATE)) / RATE  # rings on and dies away: no cut-off click
        attack = np.minimum(t / 0.008, 1.0)  # no click: a click is noise, heard as a drum
        x = gain * attack * np.exp(-t * 6) * sum(np.sin(2 * np.pi * f * k * t) / k for k in range(1, 17))  # harmonics up to 10 kHz, as an instrument has
        i = int(t0 * RATE)
        y[i:i + x.size] += x[: y.size - i]

    n_beats = int(seconds / beat)
    for b in range(n_beats):
        t0 = b * beat
        for e in range(4):  # four eighths per half note
            note(t0 + e * beat / 4, scale[rng.integers(scale.size)], beat / 4, 0.5 if e == 0 else 0.3)
        if b % 2 == 0:  # bar start: bass and chord
            root = roots[(b // 2) % roots.size]
            note(t0, root, 2 * beat, 0.6)
            for m in (2.0, 2.52, 3.0):
                note(t0, root * m, 2 * beat, 0.15)
    y /= np.abs(y).max() * 1.1
    return compute_features(DecodedAudio(samples=y.astype(np.float32)[None, :], rate_hz=RATE)), np.arange(n_beats) * beat


def test_p_q_ships_on() -> None:
    from audio_sync import beats

    assert beats.HALF_BEAT_BY_BARS is True  # session 32, record part 9


def test_midpoints_that_start_bars_are_told_from_beats_that_do() -> None:
    from audio_sync import beats

    feats, half_notes = _reel()
    assert beats.drums_absent(feats)
    off = half_notes[:-1] + np.diff(half_notes) / 2  # on the second and fourth quarters
    assert beats.midpoints_start_bars(feats, off, None)
    assert not beats.midpoints_start_bars(feats, half_notes, None)


@pytest.mark.usefixtures("tracker_between_the_beats")
def test_a_tracker_landing_between_a_real_reels_beats_is_moved_back(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rendered 2/2 reel of the tempo tests, with the beat tracker made to land between its
    beats (test_tempo_choice's off-beat tracker): P-Q puts the beats back on the half notes."""
    import mir_eval

    from audio_sync import beats
    from audio_sync.analysis import _analyze_uncached

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from beat_sets import real_excerpt

    reel = real_excerpt(Path(__file__).parent / "data" / "doubled_reel_steeplechase.beats")
    monkeypatch.setattr(beats, "HALF_BEAT_LEARNED", False)  # P-Q alone (P-Q-L: test_off_half.py)
    trim = mir_eval.beat.trim_beats
    scores = {}
    for on in (False, True):
        monkeypatch.setattr(beats, "HALF_BEAT_BY_BARS", on)
        found = np.asarray(_analyze_uncached(reel.audio).beats_s)
        scores[on] = mir_eval.beat.f_measure(trim(reel.beats_s), trim(found))
    assert scores[False] < 0.1 and scores[True] >= 0.9


def test_p_q_h_ships_off() -> None:
    from audio_sync import beats

    assert beats.HALF_BEAT_UNDER_HARMONY is False  # failed step 1, session 38 record part 5


@pytest.mark.parametrize("yield_to_harmony", [False, True])
def test_p_q_h_keeps_beats_the_harmonic_judge_would_move_back(
        yield_to_harmony: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rendered reel, tracked on its half notes, with P-Q made to fire: P-Q alone moves it
    onto the off quarters; with P-Q-H the harmonic judge, which would move that grid back (the
    chords change between its beats), keeps the beats where they are."""
    import mir_eval

    from audio_sync import beats
    from audio_sync.analysis import _analyze_uncached

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from beat_sets import real_excerpt

    reel = real_excerpt(Path(__file__).parent / "data" / "doubled_reel_steeplechase.beats")
    monkeypatch.setattr(beats, "midpoints_start_bars", lambda *args, **kwargs: True)
    monkeypatch.setattr(beats, "HALF_BEAT_UNDER_HARMONY", yield_to_harmony)
    monkeypatch.setattr(beats, "HALF_BEAT_LEARNED", False)  # P-Q-L would put it back itself
    trim = mir_eval.beat.trim_beats
    found = np.asarray(_analyze_uncached(reel.audio).beats_s)
    score = mir_eval.beat.f_measure(trim(reel.beats_s), trim(found))
    assert score >= 0.9 if yield_to_harmony else score < 0.1
