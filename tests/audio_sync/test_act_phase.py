"""The half-beat check on the learned activation (audio_sync.act_phase, issue #15).

A band whose onsets are loudest on the "and" leaves the tracked grid half a beat out; where the
activation is clearly stronger on that grid's midpoints, the check moves it onto them. Built
from a generator song with the activation replaced by pulses (the net is exercised elsewhere).
"""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync import act_phase
from audio_sync.features import compute_features
from audio_sync.testsongs import make_song

LEAD = 0.02


@pytest.fixture(scope="module")
def song() -> tuple:
    audio, truth = make_song(bpm=104.0, duration_s=20.0, drumless_breakdown=False, seed=11)
    return compute_features(audio), np.asarray(truth.beats_s)


def test_grid_moves_onto_the_beats_the_activation_marks(song: tuple, pulses) -> None:
    feats, beats_s = song
    off_grid = (beats_s[:-1] + beats_s[1:]) / 2.0 + LEAD  # tracked half a beat out
    act = 0.1 + 0.8 * pulses(beats_s - LEAD, feats.n_frames, feats.frame_rate_hz)
    moved = act_phase.check(feats, act, off_grid, lead_s=LEAD)
    inner = beats_s[(beats_s > 1.0) & (beats_s < feats.duration_s - 1.0)] + LEAD
    assert np.max([np.min(np.abs(moved - b)) for b in inner]) < 0.03


def test_grid_on_the_activation_or_undecided_stays(song: tuple, pulses) -> None:
    feats, beats_s = song
    grid = beats_s + LEAD
    fr, n = feats.frame_rate_hz, feats.n_frames
    on_beats = 0.1 + 0.8 * pulses(beats_s - LEAD, n, fr)
    mids = (beats_s[:-1] + beats_s[1:]) / 2.0 - LEAD
    undecided = 0.1 + 0.8 * pulses(beats_s - LEAD, n, fr) + 0.85 * pulses(mids, n, fr)
    assert act_phase.check(feats, on_beats, grid, lead_s=LEAD) is grid
    assert act_phase.check(feats, undecided, grid, lead_s=LEAD) is grid
    assert act_phase.check(feats, None, grid, lead_s=LEAD) is grid


def test_a_kick_on_every_beat_keeps_the_grid_when_asked(song: tuple, pulses) -> None:
    # Session 13: the activation stronger half a beat out than on a grid whose kick band marks
    # every beat (the deep-house case). With the veto the grid stays; without it, it moves.
    feats, beats_s = song
    grid = beats_s + LEAD
    inner = grid[(grid > LEAD) & (grid < feats.duration_s - 0.05)] - LEAD
    assert act_phase.kick_ratio(feats, inner) >= act_phase.KICK_VETO
    act = 0.1 + 0.8 * pulses((beats_s[:-1] + beats_s[1:]) / 2.0, feats.n_frames, feats.frame_rate_hz)
    assert not np.array_equal(act_phase.check(feats, act, grid, lead_s=LEAD), grid)
    np.testing.assert_array_equal(act_phase.check(feats, act, grid, lead_s=LEAD, kick_veto=True), grid)
    # The grid half a beat out has the kicks between its pulses: no veto, it moves back.
    off_grid = (beats_s[:-1] + beats_s[1:]) / 2.0 + LEAD
    off_inner = off_grid[(off_grid > LEAD) & (off_grid < feats.duration_s - 0.05)] - LEAD
    assert act_phase.kick_ratio(feats, off_inner) < 1.0


def test_a_grid_between_the_kicks_moves_onto_them(song: tuple) -> None:
    # beats.KICK_PHASE: the kick band peaks on the midpoints of a grid half a beat out (the song
    # has a kick on every beat), so that grid moves onto the kicks; the right grid stays.
    feats, beats_s = song
    grid = beats_s + LEAD
    off_grid = (beats_s[:-1] + beats_s[1:]) / 2.0 + LEAD
    off_inner = off_grid[(off_grid > LEAD) & (off_grid < feats.duration_s - 0.05)] - LEAD
    assert act_phase.kick_ratio(feats, off_inner) <= 1.0 / act_phase.KICK_MOVE
    moved = act_phase.kick_check(feats, off_grid, lead_s=LEAD)
    inner = beats_s[(beats_s > 1.0) & (beats_s < feats.duration_s - 1.0)] + LEAD
    assert np.max([np.min(np.abs(moved - b)) for b in inner]) < 0.03
    assert act_phase.kick_check(feats, grid, lead_s=LEAD) is grid
    few = off_grid[:act_phase.MIN_BEATS - 1]  # too few beats to judge: left as they are
    assert act_phase.kick_check(feats, few, lead_s=LEAD) is few
