"""The creator's bar shift (#15): bars found on the wrong beat (drum and bass one beat late,
one-drop two) start a chosen number of beats later; the beats stay, the option keys the cache
and the map, and a bad value is a clear error."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync.analysis import analyze, cache_path
from audio_sync.beats import bars_later
from audio_sync.errors import AnalysisError
from audio_sync.types import BeatMap

BEATS = np.arange(0.0, 10.0, 0.5)  # 20 beats
DOWNS = BEATS[[1, 5, 9, 13, 17]]   # 4/4 after a one-beat pickup


@pytest.mark.parametrize(("shift", "expected"), [
    (1, [2, 6, 10, 14, 18]),
    (3, [0, 4, 8, 12, 16]),   # the pickup's bar gains its downbeat; the last moves past the end
    (4, [1, 5, 9, 13, 17]),   # a whole bar: as found
    (0, [1, 5, 9, 13, 17]),
])
def test_bars_start_later_modulo_their_length(shift, expected):
    assert bars_later(BEATS, DOWNS, shift).tolist() == BEATS[expected].tolist()


def test_each_bar_shifts_by_its_own_length():
    downs = BEATS[[0, 4, 7, 11, 15]]  # bars of 4, 3, 4, 4 beats
    assert bars_later(BEATS, downs, 3).tolist() == BEATS[[3, 4, 10, 14, 18]].tolist()


def test_the_shift_moves_the_bars_not_the_beats(song_120, tmp_path):
    audio, truth = song_120
    auto = analyze(audio)
    moved = analyze(audio, bar_shift=1)
    assert moved.beats_s == auto.beats_s and moved.tempo_bpm == auto.tempo_bpm
    beats = np.asarray(auto.beats_s)
    index = {round(t, 6): i for i, t in enumerate(beats)}
    was = [index[round(t, 6)] for t in auto.downbeats_s]
    now = [index[round(t, 6)] for t in moved.downbeats_s]
    assert set(now) == {i + 1 for i in was if i + 1 < beats.size} | ({was[0] - 3} if was[0] >= 3 else set())
    assert moved.bar_shift == 1 and auto.bar_shift == 0
    assert BeatMap.from_dict(moved.to_dict()) == moved
    old = {k: v for k, v in moved.to_dict().items() if k != "bar_shift"}
    assert BeatMap.from_dict(old).bar_shift == 0  # a map saved before the option
    # the option keys the cache
    plain, shifted = (cache_path(tmp_path, audio, bar_shift=k) for k in (0, 1))
    assert plain != shifted and shifted.name.endswith("-barshift1.json")
    first = analyze(audio, cache_dir=tmp_path, bar_shift=1)
    assert shifted.exists() and not plain.exists() and analyze(audio, cache_dir=tmp_path, bar_shift=1) == first
    # the sections stay where the music changes
    assert [s.start_s for s in moved.sections] == [s.start_s for s in auto.sections]


@pytest.mark.parametrize("bad", [-1, 12, 1.5, True])
def test_a_bad_bar_shift_is_a_clear_error(song_120, bad):
    audio, _ = song_120
    with pytest.raises(AnalysisError, match="bar_shift .* is outside 0..11"):
        analyze(audio, bar_shift=bad)
