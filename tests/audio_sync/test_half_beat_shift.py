"""The creator's half-beat shift (#15): beats found between the beats they hear move half a beat
later, the bars are found on the moved beats, and the option keys the cache and the map."""

from __future__ import annotations

import mir_eval
import numpy as np

from audio_sync.analysis import analyze, cache_path
from audio_sync.beats import half_beat_later
from audio_sync.types import BeatMap


def _f(ref: np.ndarray, est: tuple[float, ...] | np.ndarray) -> float:
    return float(mir_eval.beat.f_measure(mir_eval.beat.trim_beats(np.asarray(ref)),
                                         mir_eval.beat.trim_beats(np.asarray(est, dtype=float))))


def test_half_beat_later_takes_the_midpoints_and_one_past_the_last():
    beats = np.array([1.0, 1.5, 2.1, 2.6])
    assert np.allclose(half_beat_later(beats, 10.0), [1.25, 1.8, 2.35, 2.85])
    assert np.allclose(half_beat_later(beats, 2.8), [1.25, 1.8, 2.35])  # past the song's end
    assert half_beat_later(np.array([1.0]), 10.0).tolist() == [1.0]


def test_shifted_beats_sit_between_and_carry_their_own_bars(song_120):
    audio, truth = song_120
    auto = analyze(audio)
    beats = np.asarray(truth.beats_s)
    assert _f(beats, auto.beats_s) >= 0.95  # tracked on the beats
    shifted = analyze(audio, shift_half_beat=True)
    mids = beats[:-1] + 0.5 * np.diff(beats)
    assert _f(mids, shifted.beats_s) >= 0.95 and _f(beats, shifted.beats_s) <= 0.05
    assert shifted.tempo_bpm == auto.tempo_bpm and shifted.shift_half_beat and not auto.shift_half_beat
    assert set(shifted.downbeats_s) <= set(shifted.beats_s) and len(shifted.downbeats_s) >= 4
    assert len(shifted.beat_confidence) == len(shifted.beats_s)
    assert BeatMap.from_dict(shifted.to_dict()) == shifted
    old = {k: v for k, v in shifted.to_dict().items() if k != "shift_half_beat"}
    assert BeatMap.from_dict(old).shift_half_beat is False  # a map saved before the option


def test_the_shift_keys_the_cache(song_120, tmp_path):
    audio, _ = song_120
    plain, moved = (cache_path(tmp_path, audio, shift_half_beat=s) for s in (False, True))
    assert plain != moved and moved.name.endswith("-halfbeat.json")
    first = analyze(audio, cache_dir=tmp_path, shift_half_beat=True)
    assert moved.exists() and not plain.exists()
    assert analyze(audio, cache_dir=tmp_path, shift_half_beat=True) == first
    assert analyze(audio, cache_dir=tmp_path).beats_s != first.beats_s


def test_a_fraction_of_a_beat_later_moves_each_beat_by_its_own_length():
    import numpy as np

    from audio_sync.beats import beats_later_by, half_beat_later

    beats = np.array([0.0, 0.6, 1.2, 2.1])  # a slower last beat
    assert np.allclose(beats_later_by(beats, 1 / 3, 10.0), [0.2, 0.8, 1.5, 2.4])
    assert np.allclose(beats_later_by(beats, 1 / 3, 2.2), [0.2, 0.8, 1.5])  # past the song's end
    assert beats_later_by(beats, 0.0, 10.0) is beats
    assert np.array_equal(beats_later_by(beats, 0.5, 10.0), half_beat_later(beats, 10.0))
