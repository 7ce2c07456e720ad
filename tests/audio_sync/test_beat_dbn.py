"""audio_sync.beat_dbn: the blocked semi-Markov decoder finds the frame-by-frame Viterbi path."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync.beat_dbn import (
    BAND,
    BAND_UPSAMPLE,
    _segments,
    band_decodes,
    dbn_level,
    decode,
    evenness,
    observation_logs,
    tempo_states,
    transition_log,
)


def viterbi_reference(act: np.ndarray, taus: np.ndarray, log_t: np.ndarray, obs_lam: int
                      ) -> tuple[np.ndarray, float]:
    """The frame-by-frame Viterbi over every (tau, position) state, the reference ``_segments``
    is checked on: (frames where the path is at position 0, path log-score)."""
    n_frames = act.size
    offsets = np.concatenate([[0], np.cumsum(taus)[:-1]])
    ends = offsets + taus - 1
    pos = np.concatenate([np.arange(t) for t in taus])
    tau_index = np.repeat(np.arange(taus.size), taus)
    is_beat = pos < taus[tau_index] / obs_lam
    log_beat, log_other = observation_logs(act, obs_lam)
    prev = np.arange(pos.size) - 1
    # Uniform start over tempi, every position of a tempo alike: _segments' start and padding.
    delta = -np.log(taus.size) + np.where(is_beat, log_beat[0], log_other[0])
    back = np.empty((n_frames, taus.size), dtype=np.int64)
    for t in range(1, n_frames):
        cand = delta[ends][:, None] + log_t
        arg = np.argmax(cand, axis=0)
        back[t] = arg
        new = delta[prev]
        new[offsets] = cand[arg, np.arange(taus.size)]
        delta = new + np.where(is_beat, log_beat[t], log_other[t])
    state = int(np.argmax(delta))
    log_score = float(delta[state])
    path = np.empty(n_frames, dtype=np.int64)
    for t in range(n_frames - 1, -1, -1):
        path[t] = state
        if t and pos[state] == 0:
            state = int(ends[back[t, tau_index[state]]])
        elif t:
            state -= 1
    return np.nonzero(pos[path] == 0)[0], log_score


@pytest.mark.parametrize("seed", range(6))
def test_segments_find_the_viterbi_path(seed: int) -> None:
    rng = np.random.default_rng(seed)
    taus = tempo_states(43.0 * 2, 60.0, 200.0)
    n = 900
    act = rng.uniform(0.0, 0.3, n)
    period = rng.uniform(taus[0], taus[-1])
    act[np.round(np.arange(rng.uniform(0, period), n, period)).astype(int)] += rng.uniform(0.2, 0.7)
    log_t = transition_log(taus, 100.0)
    starts, _, score = _segments(np.clip(act, 0, 1), taus, log_t, 16)
    ref_beats, ref_score = viterbi_reference(np.clip(act, 0, 1), taus, log_t, 16)
    assert score == pytest.approx(ref_score, abs=1e-6)
    np.testing.assert_array_equal(starts[(starts >= 0) & (starts < n)], ref_beats)


def test_click_train_tempo_and_beats() -> None:
    fr, bpm = 22050 / 512, 128.0
    t = np.arange(int(30 * fr)) / fr
    beats = np.arange(0.31, 30, 60 / bpm)
    act = np.full(t.size, 0.05)
    act[np.round(beats * fr).astype(int)] = 0.9
    found = decode(act, fr)
    assert found.tempo_bpm == pytest.approx(bpm, rel=0.01)
    inner = found.beats_s[(found.beats_s > 1) & (found.beats_s < 29)]
    assert inner.size >= 58
    assert np.max(np.min(np.abs(inner[:, None] - beats[None, :]), axis=1)) < 0.025


def test_too_short_gives_no_beats() -> None:
    assert decode(np.full(20, 0.5), 43.0).beats_s.size == 0


def _pulse(fr: float, seconds: float, strong_bpm: float, eighths_per_beat: int, weak: float) -> tuple[np.ndarray, np.ndarray]:
    """An activation with 0.9 on each beat at ``strong_bpm`` and ``weak`` on the other eighths."""
    act = np.full(int(seconds * fr), 0.05)
    eighth = 60.0 / strong_bpm / eighths_per_beat
    times = np.arange(0.2, seconds - 0.2, eighth)
    for i, t in enumerate(times):
        act[int(round(t * fr))] = 0.9 if i % eighths_per_beat == 0 else weak
    return act, times


def test_three_halves_for_four_four_counted_in_three_eighths() -> None:
    fr = 22050 / 512
    act, eighths = _pulse(fr, 40.0, 150.0, 2, 0.3)
    counted_in_threes = eighths[::3]  # 100 BPM: every other "beat" on an off-beat eighth
    assert dbn_level(act, fr, counted_in_threes, 100.0, min_bpm=55.0, max_bpm=200.0, even=False) == 1.5


def test_no_three_halves_for_a_jig_at_its_dotted_quarter() -> None:
    fr = 22050 / 512
    act, eighths = _pulse(fr, 40.0, 112.0, 3, 0.3)
    assert dbn_level(act, fr, eighths[::3], 112.0, min_bpm=55.0, max_bpm=200.0, even=False) == 1.0


def test_no_three_halves_above_the_tempo_ceiling() -> None:
    fr = 22050 / 512
    act, eighths = _pulse(fr, 40.0, 210.0, 2, 0.3)
    assert dbn_level(act, fr, eighths[::3], 140.0, min_bpm=55.0, max_bpm=200.0, even=False) == 1.0


def test_band_decodes_equal_one_decode_per_band() -> None:
    rng = np.random.default_rng(7)
    fr = 22050 / 512
    act = rng.uniform(0.0, 0.3, int(40 * fr))
    act[np.round(np.arange(0.3, 40, 60 / 123) * fr).astype(int)] += 0.5
    act = np.clip(act, 0.0, 1.0)
    tempi = (123.0, 184.5, 92.25)
    for tempo, joint in zip(tempi, band_decodes(act, fr, tempi), strict=True):
        alone = decode(act, fr, min_bpm=tempo / BAND, max_bpm=tempo * BAND, upsample=BAND_UPSAMPLE)
        assert joint.log_score == pytest.approx(alone.log_score, abs=1e-9)
        np.testing.assert_array_equal(joint.beats_s, alone.beats_s)
        assert joint.tempo_bpm == alone.tempo_bpm


def test_evenness_of_alternating_and_even_beats() -> None:
    fr = 22050 / 512
    act, eighths = _pulse(fr, 20.0, 120.0, 2, 0.3)
    assert evenness(act, fr, eighths[::2]) == pytest.approx(1.0)
    assert evenness(act, fr, eighths) == pytest.approx(0.3 / 0.9, rel=0.05)
    assert np.isnan(evenness(act, fr, eighths[:4]))


def test_even_dbn_level_finds_four_four_counted_in_three_sixteenths() -> None:
    fr = 22050 / 512
    act, sixteenths = _pulse(fr, 40.0, 125.0, 4, 0.3)
    counted_in_threes = sixteenths[::3]  # 83.3 BPM: beats on and between the quarters
    assert dbn_level(act, fr, counted_in_threes, 125.0 / 1.5, min_bpm=55.0, max_bpm=200.0) == 1.5


def test_even_dbn_level_keeps_a_jig_at_its_dotted_quarter() -> None:
    fr = 22050 / 512
    act, eighths = _pulse(fr, 40.0, 112.0, 3, 0.3)
    assert dbn_level(act, fr, eighths[::3], 112.0, min_bpm=55.0, max_bpm=200.0) == 1.0


def test_even_dbn_level_finds_three_quarters_of_a_tempo_counted_at_four_thirds() -> None:
    fr = 22050 / 512
    act, sixteenths = _pulse(fr, 40.0, 90.0, 4, 0.3)
    counted_in_threes = sixteenths[::3]  # 120 BPM: one beat in four on the song's beat
    assert dbn_level(act, fr, counted_in_threes, 120.0, min_bpm=55.0, max_bpm=200.0) == 0.75
    assert dbn_level(act, fr, sixteenths[::4], 90.0, min_bpm=55.0, max_bpm=200.0) == 1.0
