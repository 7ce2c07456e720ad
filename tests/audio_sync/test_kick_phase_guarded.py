"""K-P-B2 (``beats.KICK_PHASE_GUARDED``, issue #15): the kick band's half-beat move on the automatic
tracking's final beats, only where the song has drums and no backbeat falls on the grid
(docs/beat-accuracy/2026-12-05-s42-record.md, parts 1-3).

Session 28's move alone (``KICK_PHASE``) took the generated funk groove, whose kick and bass sit
on the "and", half a beat off its right grid; the backbeat (snare on 2 and 4) on that grid keeps
it. A grid half a beat out has no backbeat on it and moves onto the kicks.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from audio_sync import act_phase, beats
from audio_sync.features import compute_features
from audio_sync.grooves import groove
from audio_sync.testsongs import make_song

LEAD = 0.02


def _inner(grid: np.ndarray, duration_s: float) -> np.ndarray:
    return grid[(grid > LEAD) & (grid < duration_s - 0.05)] - LEAD


@pytest.fixture(scope="module")
def funk() -> tuple:
    audio, beats_s = groove(96.0)
    return compute_features(audio), np.asarray(beats_s)


@pytest.fixture(scope="module")
def four_on_the_floor() -> tuple:
    audio, truth = make_song(bpm=104.0, duration_s=20.0, drumless_breakdown=False, seed=11)
    return compute_features(audio), np.asarray(truth.beats_s)


def test_k_p_b_ships_off() -> None:
    assert beats.KICK_PHASE_GUARDED is False and act_phase.BACKBEAT_ALT == 1.0


def test_the_funk_grooves_backbeat_keeps_its_right_grid(funk: tuple) -> None:
    feats, beats_s = funk
    grid = beats_s + LEAD
    inner = _inner(grid, feats.duration_s)
    # The premise: the kick band alone would move this right grid half a beat.
    assert act_phase.kick_ratio(feats, inner) <= 1.0 / act_phase.KICK_MOVE
    assert not np.array_equal(act_phase.kick_check(feats, grid, lead_s=LEAD), grid)
    assert act_phase.backbeat_alternation(feats, inner) >= act_phase.BACKBEAT_ALT
    assert act_phase.kick_check(feats, grid, lead_s=LEAD, backbeat_guard=True) is grid


def test_the_funk_groove_is_tracked_on_the_beat_with_k_p_b(funk: tuple, monkeypatch: pytest.MonkeyPatch) -> None:
    feats, beats_s = funk
    monkeypatch.setattr(beats, "KICK_PHASE_GUARDED", True)
    tracked = np.asarray(beats.track(feats).beats_s)
    inner = beats_s[(beats_s > 3.0) & (beats_s < feats.duration_s - 1.0)]
    assert np.median([np.min(np.abs(tracked - b)) for b in inner]) < 0.03


def test_a_grid_between_the_kicks_has_no_backbeat_and_moves(four_on_the_floor: tuple) -> None:
    feats, beats_s = four_on_the_floor
    off_grid = (beats_s[:-1] + beats_s[1:]) / 2.0 + LEAD
    off_inner = _inner(off_grid, feats.duration_s)
    assert act_phase.kick_ratio(feats, off_inner) <= 1.0 / act_phase.KICK_MOVE
    assert act_phase.backbeat_alternation(feats, off_inner) < act_phase.BACKBEAT_ALT
    moved = act_phase.kick_check(feats, off_grid, lead_s=LEAD, backbeat_guard=True)
    inner = beats_s[(beats_s > 1.0) & (beats_s < feats.duration_s - 1.0)] + LEAD
    assert np.max([np.min(np.abs(moved - b)) for b in inner]) < 0.03
    right = beats_s + LEAD
    assert act_phase.kick_check(feats, right, lead_s=LEAD, backbeat_guard=True) is right


def test_backbeat_alternation_reads_a_snare_on_every_other_beat(funk: tuple) -> None:
    feats, beats_s = funk
    right = _inner(beats_s + LEAD, feats.duration_s)
    off = _inner((beats_s[:-1] + beats_s[1:]) / 2.0 + LEAD, feats.duration_s)
    assert act_phase.backbeat_alternation(feats, right) > 2.0 * act_phase.backbeat_alternation(feats, off)
    silent = dataclasses.replace(feats, onset_mid=np.zeros_like(feats.onset_mid))
    assert act_phase.backbeat_alternation(silent, right) == 0.0
    assert act_phase.backbeat_alternation(feats, right[:2]) == 0.0  # one beat: nothing alternates


def _near(est: np.ndarray, truth: np.ndarray, duration_s: float) -> float:
    inner = truth[(truth > 1.5) & (truth < duration_s - 1.5)]
    return float(np.median([np.min(np.abs(est - b)) for b in inner]))


@pytest.mark.usefixtures("tracker_between_the_beats")
def test_k_p_b2_moves_the_final_automatic_beats_onto_the_kicks(four_on_the_floor: tuple,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # K-P-B2 acts in track(), on the beats track_beats settled on (here put half a beat late), not
    # inside track_beats, whose level checks read the beats' phase.
    feats, truth = four_on_the_floor
    monkeypatch.setattr(beats, "KICK_PHASE_GUARDED", False)
    off = np.asarray(beats.track(feats).beats_s)
    assert _near(off, truth, feats.duration_s) > 0.2
    monkeypatch.setattr(beats, "KICK_PHASE_GUARDED", True)
    on = beats.track(feats)
    assert _near(np.asarray(on.beats_s), truth, feats.duration_s) < 0.04
    hinted = beats.track(feats, bpm_hint=on.tempo_bpm)  # a creator's level: left as tracked
    assert _near(np.asarray(hinted.beats_s), truth, feats.duration_s) > 0.2
