"""Accuracy on short synthetic songs covering each hard case (the full corpus is a benchmark)."""

import mir_eval
import numpy as np
import pytest

from audio_sync.analysis import analyze
from audio_sync.testsongs import make_song

CASES = {
    "offbeat-hats-stabs-synco-122": {"bpm": 122, "offbeat_hats": True, "stabs": True,
                                     "syncopated_bass": True},
    "fast-180": {"bpm": 180},
    "slow-hats-76": {"bpm": 76, "offbeat_hats": True},
    "waltz-132": {"bpm": 132, "beats_per_bar": 3},
    "drift-swing-100": {"bpm": 100, "drift": 0.06, "swing": 1 / 3, "duration_s": 20.0},
    "drumless-intro-noise-140": {"bpm": 140, "drumless_intro": True, "noise_snr_db": 10.0},
}


def _f(ref, est) -> float:
    return float(mir_eval.beat.f_measure(mir_eval.beat.trim_beats(np.asarray(ref)),
                                         mir_eval.beat.trim_beats(np.asarray(est))))


@pytest.mark.parametrize("name", sorted(CASES))
def test_beats_downbeats_metre_tempo(name):
    audio, truth = make_song(**{"duration_s": 14.0, "seed": 11, **CASES[name]})
    bm = analyze(audio)
    assert _f(truth.beats_s, bm.beats_s) >= 0.9, name
    assert bm.beats_per_bar == truth.beats_per_bar
    assert _f(truth.downbeats_s, bm.downbeats_s) >= 0.8, name
    true_bpm = 60.0 / float(np.median(np.diff(truth.beats_s)))
    assert abs(bm.tempo_bpm - true_bpm) / true_bpm <= 0.04
    assert bm.tempo_curve and all(b > 0 for _, b in bm.tempo_curve)


# 4 s songs: few beats, so the DP's edge guesses and one loud syncopated hit weigh heavily.
SHORT_CASES = [(92, {}), (116, {"swing": 1 / 3}), (174, {"offbeat_hats": True})]


@pytest.mark.parametrize(("bpm", "kwargs"), SHORT_CASES)
def test_short_clip_level_and_tempo(bpm, kwargs):
    """Untrimmed (mir_eval's 5 s trim would leave nothing): the clip-end beats must not be
    squeezed and the level must not follow the off-beat hats."""
    audio, truth = make_song(bpm=bpm, duration_s=4.0, drumless_breakdown=False, seed=bpm, **kwargs)
    bm = analyze(audio)
    assert mir_eval.beat.f_measure(np.asarray(truth.beats_s), np.asarray(bm.beats_s)) >= 0.95
    assert abs(bm.tempo_bpm - bpm) / bpm <= 0.04


def test_beats_cover_drumless_intro():
    audio, truth = make_song(bpm=118, duration_s=14.0, drumless_intro=True, seed=5)
    bm = analyze(audio)
    intro_end = truth.sections[1].start_s
    ref = [b for b in truth.beats_s if 0.3 < b < intro_end]
    est = np.asarray(bm.beats_s)
    assert ref and all(np.min(np.abs(est - r)) <= 0.07 for r in ref)
    conf = dict(zip(bm.beats_s, bm.beat_confidence, strict=True))
    quiet = [conf[t] for t in bm.beats_s if t < intro_end - 0.2]
    loud = [conf[t] for t in bm.beats_s if t > intro_end + 0.2]
    assert np.mean(quiet) < np.mean(loud)  # beats kept through the intro, with less confidence


def test_sections_snap_to_downbeats_with_labels():
    audio, truth = make_song(bpm=150, duration_s=30.0, seed=2)
    bm = analyze(audio)
    downs = np.asarray(bm.downbeats_s)
    for s in bm.sections[1:]:
        assert np.min(np.abs(downs - s.start_s)) < 1e-9
    bar_s = 60.0 / 150 * 4
    est = np.asarray([s.start_s for s in bm.sections[1:]])
    hits = [np.min(np.abs(est - t.start_s)) <= bar_s for t in truth.sections[1:]]
    assert np.mean(hits) >= 0.7
    labels = [s.label for s in bm.sections]
    assert labels[0] == "intro" and labels[-1] == "outro" and "chorus" in labels
    assert all(0.0 <= s.energy <= 1.0 for s in bm.sections)
    assert max(s.energy for s in bm.sections if s.label == "chorus") == 1.0


def _glued(parts: list[tuple[float, int]], seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Samples (22.05 kHz mono) and true beats of 4/4 songs at ``(bpm, bars)`` played in turn,
    each cut at a downbeat."""
    ys, beats, t0 = [], [], 0.0
    for k, (bpm, bars) in enumerate(parts):
        audio, truth = make_song(bpm=bpm, duration_s=(bars + 2) * 240.0 / bpm + 1.0,
                                 seed=seed + k, drumless_breakdown=False)
        downs, sr = np.asarray(truth.downbeats_s), audio.rate_hz
        start, end = downs[0], downs[bars]
        ys.append(audio.samples[0, int(round(start * sr)):int(round(end * sr))])
        b = np.asarray(truth.beats_s)
        beats.append(b[(b >= start - 1e-6) & (b < end - 1e-6)] - start + t0)
        t0 += ys[-1].size / sr
    return np.concatenate(ys), np.concatenate(beats)


def test_reported_tempo_is_the_one_most_of_the_song_plays_at():
    """6 bars at 90 BPM then 14 at 120: the song is at 120 for 70 % of its beats; a mean over
    the whole song would report ~109, a tempo it never plays at."""
    from audio_sync.types import DecodedAudio

    y, beats = _glued([(90.0, 6), (120.0, 14)], seed=41)
    bm = analyze(DecodedAudio(samples=y[None, :].astype(np.float32), rate_hz=22050))
    assert _f(beats, bm.beats_s) >= 0.9
    assert abs(bm.tempo_bpm - 120.0) / 120.0 <= 0.02, bm.tempo_bpm
