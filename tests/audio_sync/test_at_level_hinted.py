"""A-H2 (record s41 parts 5-7): _at_level keeps its hinted grid in undrummed music in twos where
the grid's tempo holds the hint."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync import beat_dbn, beats, meter
from audio_sync.features import compute_features
from audio_sync.testsongs import make_song

HINTED = np.arange(0.5, 15.0, 0.6)
DBN = HINTED + 0.3  # the off half, where the activation is stronger in this test


@pytest.fixture
def feats():  # noqa: ANN201
    return compute_features(make_song(bpm=100.0, duration_s=16.0, seed=3)[0])


@pytest.fixture
def dbn_stronger(monkeypatch: pytest.MonkeyPatch) -> None:
    """The hinted retrack returns HINTED; the activation is stronger on the DBN's beats."""
    monkeypatch.setattr(beats, "track_beats", lambda *a, **k: (HINTED, np.ones(HINTED.size), 100.0))
    monkeypatch.setattr(beat_dbn, "activation_on", lambda act, fr, b: 1.0 if b is DBN else 0.5)


def test_a_h2_ships_on() -> None:
    assert beats.AT_LEVEL_HINTED is True and beats.HINT_HELD == 0.02


@pytest.mark.parametrize("on", [False, True])
def test_undrummed_music_in_twos_keeps_the_hinted_grid_only_with_a_h(feats, dbn_stronger, on: bool,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(beats, "AT_LEVEL_HINTED", on)
    monkeypatch.setattr(beats, "drums_absent", lambda f: True)
    monkeypatch.setattr(meter, "is_compound", lambda f, b: False)
    act = np.zeros(feats.n_frames)
    kept, _conf, bpm = beats._at_level(feats, beats.beat_onset(feats), act, DBN, 100.0)
    assert bpm == 100.0
    expected = HINTED if on else DBN[(HINTED[0] - 0.3 <= DBN) & (HINTED[-1] + 0.3 >= DBN)]
    np.testing.assert_array_equal(kept, expected)


@pytest.mark.parametrize(("drums", "compound"), [(True, False), (False, True)])
def test_drums_or_threes_keep_the_dbn_beats(feats, dbn_stronger, drums: bool, compound: bool,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(beats, "AT_LEVEL_HINTED", True)
    monkeypatch.setattr(beats, "drums_absent", lambda f: not drums)
    monkeypatch.setattr(meter, "is_compound", lambda f, b: compound)
    kept, _conf, _bpm = beats._at_level(feats, beats.beat_onset(feats), np.zeros(feats.n_frames), DBN, 100.0)
    assert np.all(np.isin(kept, DBN))


def test_a_hinted_retrack_that_drifts_from_the_hint_keeps_the_dbn_beats(feats, monkeypatch: pytest.MonkeyPatch) -> None:
    """A-H2: a retrack whose tempo leaves the hint by more than HINT_HELD did not confirm the
    DBN's tempo on the music (three training reels, 3.9-6.5 %, record s41 part 6)."""
    drifted = 100.0 * (1.0 + 2 * beats.HINT_HELD)
    monkeypatch.setattr(beats, "track_beats", lambda *a, **k: (HINTED, np.ones(HINTED.size), drifted))
    monkeypatch.setattr(beat_dbn, "activation_on", lambda act, fr, b: 1.0 if b is DBN else 0.5)
    monkeypatch.setattr(beats, "AT_LEVEL_HINTED", True)
    monkeypatch.setattr(beats, "drums_absent", lambda f: True)
    monkeypatch.setattr(meter, "is_compound", lambda f, b: False)
    kept, _conf, bpm = beats._at_level(feats, beats.beat_onset(feats), np.zeros(feats.n_frames), DBN, 100.0)
    assert bpm == drifted and np.all(np.isin(kept, DBN))
