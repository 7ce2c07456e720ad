"""The learned metrical-level vote: it restores the quarter-note level the kick/snare rule halves,
and leaves songs whose level the rule gets right alone."""

from __future__ import annotations

import mir_eval
import numpy as np
import pytest

from audio_sync.analysis import analyze
from audio_sync.testsongs import _add, _Voices, make_song
from audio_sync.types import DecodedAudio

SR = 22050
MELODY = (62, 64, 66, 67, 69, 71, 69, 67)


def _rock(bpm: float, *, duration_s: float = 14.0, seed: int = 1) -> tuple[DecodedAudio, np.ndarray]:
    """A fast rock song: kick on 1 and 3, snare on 2 and 4, eighth-note hats, one melody note
    per quarter (like real-dev2's boehme_song, annotated at 168 and tracked at 84 before)."""
    voices = _Voices(SR, np.random.default_rng(seed))
    buf = np.zeros(int(duration_s * SR) + SR)
    period = 60.0 / bpm
    beats = 0.2 + period * np.arange(int(duration_s / period))
    for k, t in enumerate(beats):
        _add(buf, t, voices.kick() if k % 2 == 0 else voices.snare(), SR)
        _add(buf, t, voices.hat(0.3), SR)
        _add(buf, t + period / 2, voices.hat(0.2), SR)
        _add(buf, t, voices.tone((MELODY[k % 8],), 0.9 * period, attack_s=0.01, decay_s=0.3,
                                 amp=0.3), SR)
    y = buf[:int(duration_s * SR)]
    return DecodedAudio(samples=(0.5 * y / np.abs(y).max()).astype(np.float32)[None, :],
                        rate_hz=SR), beats


def test_vote_restores_the_quarter_level_of_a_fast_rock_song(monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_sync import beats
    from audio_sync.features import compute_features

    audio, truth = _rock(168.0)
    monkeypatch.setattr(beats, "LEVEL_VOTE", True)  # it ships off (held-out sets rejected it)
    bm = analyze(audio)
    assert abs(bm.tempo_bpm - 168.0) / 168.0 <= 0.04
    assert mir_eval.beat.f_measure(truth, np.asarray(bm.beats_s)) >= 0.9
    # The rule alone (the tracker before the vote) takes every other beat; the learned level
    # (beats.LEVEL_MODEL, which ships on) restores the quarter without the vote.
    monkeypatch.setattr(beats, "LEVEL_VOTE", False)
    feats = compute_features(audio)
    assert abs(beats.track_beats(feats)[2] - 168.0) / 168.0 <= 0.04
    monkeypatch.setattr(beats, "LEVEL_MODEL", False)
    _, _, rule_bpm = beats.track_beats(feats)
    assert abs(rule_bpm - 84.0) / 84.0 <= 0.04


@pytest.mark.parametrize(("bpm", "kwargs"), [(92, {}), (150, {"offbeat_hats": True}),
                                             (72, {"beats_per_bar": 3})])
def test_vote_keeps_a_level_the_rule_gets_right(bpm: float, kwargs: dict[str, object],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_sync import beats

    monkeypatch.setattr(beats, "LEVEL_VOTE", True)
    audio, truth = make_song(bpm=bpm, duration_s=14.0, drumless_breakdown=False, seed=bpm + 7,
                             **kwargs)  # type: ignore[arg-type]
    assert abs(analyze(audio).tempo_bpm - bpm) / bpm <= 0.04


def test_shipped_models_match_the_feature_set() -> None:
    from audio_sync._level_weights import MODELS
    from audio_sync.level_vote import CANDIDATES, FEATURES

    assert {m["candidate"] for m in MODELS} == {2.0, 0.5}
    for m in MODELS:
        names = list(m["x1"]) + list(m["alt"])  # type: ignore[call-overload]
        assert set(names) <= set(FEATURES) and m["candidate"] in CANDIDATES
        for key in ("mean", "scale", "weights"):
            assert len(m[key]) == len(names)  # type: ignore[arg-type]
        assert 0.5 <= float(m["threshold"]) < 1.0  # type: ignore[arg-type]


def _curve_inputs(audio: DecodedAudio):  # noqa: ANN202 - (feats, env, activation)
    from audio_sync import beats
    from audio_sync.activation import beat_activation
    from audio_sync.features import compute_features

    feats = compute_features(audio)
    act = beat_activation(feats.mel_db)[0].astype(np.float64)
    return feats, beats.beat_onset(feats), act


def test_curve_check_drops_a_tempo_curve_a_steady_song_does_not_have() -> None:
    from audio_sync import beats

    audio, _ = make_song(bpm=120, duration_s=16.0, drumless_breakdown=False, seed=3)
    feats, env, act = _curve_inputs(audio)
    false_curve = np.where(feats.frame_times() > 8.0, 138.0, 120.0)
    curve_beats = beats._dp(env, feats, false_curve)
    _, curve = beats._check_curve(feats, env, act, curve_beats, 120.0, false_curve)
    assert curve == 120.0


def test_curve_check_keeps_a_real_tempo_change() -> None:
    from audio_sync import beats
    from audio_sync.tempo_curve import local_tempo

    parts = [make_song(bpm=bpm, duration_s=12.0, drumless_breakdown=False, seed=bpm)[0]
             for bpm in (90, 120)]
    samples = np.concatenate([p.samples for p in parts], axis=1)
    feats, env, act = _curve_inputs(DecodedAudio(samples=samples, rate_hz=parts[0].rate_hz))
    curve = local_tempo(env, feats.frame_rate_hz, 90.0)
    assert not isinstance(curve, float)
    _, kept = beats._check_curve(feats, env, act, beats._dp(env, feats, curve), 90.0, curve)
    assert kept is curve
