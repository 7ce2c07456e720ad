"""The activation's tempo replaces the onsets' only where no metrical level relates the two
(beats.ACT_TEMPO, beats._act_tempo)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from audio_sync import beats

FRAME_RATE_HZ = 22050 / 512


def _pulses(bpm: float, n_frames: int = int(30 * FRAME_RATE_HZ), frame_rate_hz: float = FRAME_RATE_HZ
            ) -> np.ndarray:
    """An activation with one peak a few frames wide per beat, as the net's are (single-frame
    impulses at a non-integer period alias to the half in a frame-lag autocorrelation)."""
    frames = np.arange(n_frames)
    beats_f = np.arange(0.0, frames.size, 60.0 * frame_rate_hz / bpm)
    return np.exp(-0.5 * ((frames[:, None] - beats_f[None, :]) / 1.5) ** 2).sum(axis=1)


def _feats() -> SimpleNamespace:
    return SimpleNamespace(frame_rate_hz=FRAME_RATE_HZ)


@pytest.mark.parametrize("on", [True, False])
def test_the_tracker_starts_from_the_activation_where_the_two_disagree(on: bool,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # A 140 BPM song whose activation says 175 (5:4, no level between them): with the switch on
    # (shipped) the first tempo is the activation's, off it is the onsets'.
    from audio_sync.features import compute_features
    from audio_sync.testsongs import make_song

    audio, _ = make_song(bpm=140, duration_s=20.0, seed=11)
    feats = compute_features(audio)
    act = _pulses(175.0, feats.n_frames, feats.frame_rate_hz)
    monkeypatch.setattr(beats, "ACT_TEMPO", on)
    bpm0, _, _ = beats.initial_level(feats, beats.beat_onset(feats), act=act)
    assert bpm0 == pytest.approx(175.0 if on else 140.0, rel=0.03)


def test_the_switch_ships_on() -> None:
    assert beats.ACT_TEMPO is True


@pytest.mark.parametrize("onset_bpm", [112.0, 84.0, 175.0])
def test_an_unrelated_onset_tempo_gives_way(onset_bpm: float) -> None:
    # A trap groove: the 808 pattern puts the onsets' tempo at 4:5 (112 for 140); 84 and 175 are
    # 3:5 and 5:4, ratios no metrical level explains either.
    assert beats._act_tempo(_feats(), _pulses(140.0), onset_bpm) == pytest.approx(140.0, rel=0.02)


@pytest.mark.parametrize("onset_bpm", [140.0, 70.0, 280.0 / 3, 210.0, 105.0, 186.7, 46.7])
def test_a_level_of_the_same_pulse_stands(onset_bpm: float) -> None:
    # x1, x1/2, x2/3, x3/2, x3/4, x4/3 and x1/3 of the activation's 140: the level choice after
    # it decides between those, so the onsets' reading is kept as it is.
    assert beats._act_tempo(_feats(), _pulses(140.0), onset_bpm) == onset_bpm


@pytest.mark.parametrize(("act_bpm", "moves"), [(140.0, True), (105.0, False)])
def test_three_halves_switch_takes_only_a_fast_activation(act_bpm: float, moves: bool,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    # beats.ACT_TEMPO_THREE_HALVES (off): onsets at 2:3 of the activation (a dnb two-step's 116 for
    # 174) give way when the activation is at least THREE_HALVES_MIN_BPM; below it 3/2 is a
    # compound metre's quarter over its dotted quarter and the onsets' reading stands.
    onset_bpm = act_bpm * 2.0 / 3.0
    monkeypatch.setattr(beats, "ACT_TEMPO_THREE_HALVES", True)
    got = beats._act_tempo(_feats(), _pulses(act_bpm), onset_bpm)
    assert got == (pytest.approx(act_bpm, rel=0.02) if moves else onset_bpm)
    monkeypatch.setattr(beats, "ACT_TEMPO_THREE_HALVES", False)
    assert beats._act_tempo(_feats(), _pulses(act_bpm), onset_bpm) == onset_bpm
