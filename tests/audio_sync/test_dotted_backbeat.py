"""D-B (beats.DOTTED_BACKBEAT): F-T also takes eighths to their dotted quarter where the skip
evidence falls short of third_level.LM_SKIP_MIN but kick and snare alternate on every third beat,
a 12/8 ballad's backbeat; a waltz's bars (a kick on every third beat, no snare between bars in
anti-phase) do not."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from audio_sync import beats, third_level
from audio_sync.features import compute_features
from audio_sync.testsongs import make_song


@pytest.fixture(scope="module")
def base():
    audio, truth = make_song(bpm=150.0, duration_s=20.0, drumless_breakdown=False, seed=4)
    return compute_features(audio), np.asarray(truth.beats_s)


def _drums(feats, eighths, pulses, kick_at, snare_at):
    """``feats`` with the kick and both snare bands only at the given eighths."""
    fr, n = feats.frame_rate_hz, feats.n_frames
    kick = pulses(eighths[kick_at], n, fr).astype(np.float32)
    snare = pulses(eighths[snare_at], n, fr).astype(np.float32)
    return dataclasses.replace(feats, onset_kick=kick, onset_mid=snare, onset_high=snare)


def test_a_backbeat_on_dotted_quarters_is_heard_and_a_waltz_is_not(base, pulses) -> None:
    feats, eighths = base
    k = np.arange(eighths.size)
    ballad = _drums(feats, eighths, pulses, k % 6 == 0, k % 6 == 3)  # kick on 1 and 3, snare on 2 and 4
    waltz = _drums(feats, eighths, pulses, k % 3 == 0, k % 3 != 0)   # kick on the bar, snare after
    assert third_level.backbeat_on_dotted(ballad, eighths) >= beats.DOTTED_BACKBEAT_MIN
    assert third_level.backbeat_on_dotted(waltz, eighths) < 0.1
    assert third_level.backbeat_on_dotted(ballad, eighths[:9]) == 0.0  # too few pulses: no evidence


@pytest.mark.parametrize(("on", "skip_lm", "expected"), [
    (False, 0.6, False),  # shipped F-T: 0.6 is short of LM_SKIP_MIN
    (True, 0.6, True),    # D-B: the backbeat makes up for it
    (True, 0.4, False),   # but not under DOTTED_BACKBEAT_LM_MIN
    (False, 0.8, True),   # F-T's own evidence, as before
])
def test_d_b_lowers_f_t_s_bar_only_with_the_backbeat(base, pulses, monkeypatch, on, skip_lm,
                                                     expected) -> None:
    feats, eighths = base
    k = np.arange(eighths.size)
    ballad = _drums(feats, eighths, pulses, k % 6 == 0, k % 6 == 3)
    waltz = _drums(feats, eighths, pulses, k % 3 == 0, k % 3 != 0)
    monkeypatch.setattr(beats, "DOTTED_BACKBEAT", on)
    monkeypatch.setattr("audio_sync.level_model.skip_evidence", lambda *a, **kw: (0.0, skip_lm))
    assert third_level.eighths_of_dotted_beat(ballad, None, eighths, 150.0) is expected
    assert third_level.eighths_of_dotted_beat(waltz, None, eighths, 150.0) is (skip_lm >= 0.73)


def test_d_b_ships_on() -> None:
    assert beats.DOTTED_BACKBEAT  # session 35, record part 15
