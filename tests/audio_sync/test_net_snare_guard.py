"""N-S: the bar choice leaves the net's downbeat cue out where it follows the snares
(beats.DOWNBEAT_NET_SNARE_GUARD, meter.net_follows_snares). On drum and bass the net's downbeat
output fires on the backbeats and put the bar one beat late (session 20's census)."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync import beats as beats_mod
from audio_sync import meter

from .drum_synth import groove


def _net_on(feats, at_s: np.ndarray) -> np.ndarray:  # noqa: ANN001
    """A downbeat activation with a peak at each of ``at_s`` (what the net gives a dnb song)."""
    act = np.zeros(feats.n_frames)
    act[np.clip(np.round(at_s * feats.frame_rate_hz).astype(int), 0, feats.n_frames - 1)] = 1.0
    return act


@pytest.fixture(scope="module")
def dnb():  # noqa: ANN201
    feats, beats = groove(172.0, "dnb", seconds=24.0)
    return feats, beats[beats < feats.duration_s - 0.5]


def test_a_net_on_the_snares_is_left_out_and_the_bar_starts_on_the_kick(dnb, monkeypatch) -> None:
    feats, beats = dnb
    on_snares = _net_on(feats, beats[1::2])  # beats 2 and 4: the two-step's snares
    assert meter.net_follows_snares(feats, beats, on_snares)
    without_net = meter.downbeat_score(feats, beats, None)
    monkeypatch.setattr(beats_mod, "DOWNBEAT_NET_SNARE_GUARD", False)
    read = meter.downbeat_score(feats, beats, on_snares)
    assert (read - without_net)[1::2].min() > 0.5  # the net lifts every backbeat
    monkeypatch.setattr(beats_mod, "DOWNBEAT_NET_SNARE_GUARD", True)
    np.testing.assert_array_equal(meter.downbeat_score(feats, beats, on_snares), without_net)
    bpb, downs = meter.find_downbeats(feats, beats, down=on_snares)
    assert bpb == 4 and np.allclose(downs, beats[::4])  # the kick's beat 1, every bar


def test_a_net_on_the_downbeats_is_kept(dnb) -> None:
    feats, beats = dnb
    on_ones = _net_on(feats, beats[::4])
    assert not meter.net_follows_snares(feats, beats, on_ones)
    assert beats_mod.DOWNBEAT_NET_SNARE_GUARD  # shipped on
    bpb, downs = meter.find_downbeats(feats, beats, down=on_ones)
    assert bpb == 4 and np.allclose(downs, beats[::4])
