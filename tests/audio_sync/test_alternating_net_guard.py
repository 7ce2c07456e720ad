"""N-A (record s41 part 11): the rule's alternating halving asks the net first."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync import beats, metrical_level
from audio_sync.features import compute_features
from audio_sync.testsongs import make_song


@pytest.fixture
def alternating(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    """Features of a 125 BPM song whose low band alternates (parity ratio 0.1), every pulse
    carried, so only the alternating branch can halve."""
    feats = compute_features(make_song(bpm=125.0, duration_s=16.0, seed=5)[0])
    monkeypatch.setattr(metrical_level, "_parity_ratio", lambda env, grid, fr: 0.1)
    monkeypatch.setattr(metrical_level, "_carried", lambda envs, ref, pulses, fr: np.ones(pulses.size, bool))
    return feats


def test_n_a_ships_off() -> None:
    assert beats.ALTERNATING_NET_GUARD is False


@pytest.mark.parametrize(("guard", "net_calls_every_pulse", "halved"),
                         [(False, True, True), (True, False, True), (True, True, False)])
def test_the_alternating_halving_is_vetoed_only_by_the_net_with_n_a(
        alternating, monkeypatch: pytest.MonkeyPatch, guard: bool, net_calls_every_pulse: bool,
        halved: bool) -> None:
    monkeypatch.setattr(beats, "ALTERNATING_NET_GUARD", guard)
    grid = np.arange(0.5, 15.5, 60.0 / 125.0)
    act = np.zeros(alternating.n_frames)
    if net_calls_every_pulse:
        act[np.round(grid * alternating.frame_rate_hz).astype(int)] = 0.9
    assert metrical_level.net_beats(act, grid, alternating.frame_rate_hz) is net_calls_every_pulse
    bpm = metrical_level.choose_level(alternating, 125.0, grid, act=act)
    assert bpm == (62.5 if halved else 125.0)
