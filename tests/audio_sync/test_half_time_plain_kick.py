"""A half-time feel tracked at half over a plain kick is tracked again at its tempo
(half_time.plain_kick_half_time, beats.HALF_TIME_PLAIN_KICK, candidate H-K of the session 32
record); a slow groove with sixteenth hats and a kick on every beat, or a kick on the off-beat,
keeps its tempo."""

from __future__ import annotations

import mir_eval
import numpy as np
import pytest

from audio_sync.features import Features
from tests.audio_sync.drum_synth import bar_pattern as _groove


def _track(monkeypatch: pytest.MonkeyPatch, on: bool, feats: Features) -> tuple[np.ndarray, float]:
    from audio_sync import beats

    monkeypatch.setattr(beats, "HALF_TIME_PLAIN_KICK", on)
    beats_s, _, tempo = beats.track_beats(feats)
    return beats_s, tempo


def test_h_k_ships_on() -> None:
    from audio_sync import beats

    assert beats.HALF_TIME_PLAIN_KICK is True  # session 32, record part 5


def test_half_time_rock_read_at_half_goes_to_its_tempo(monkeypatch: pytest.MonkeyPatch) -> None:
    # Kick on 1, snare on 3, driven eighth hats at 140: kick and snare alone are a backbeat at 70.
    feats, quarters = _groove(140.0, kicks=(0.0,), snares=(2.0,), hats_per_beat=2)
    _, off = _track(monkeypatch, False, feats)
    assert abs(off / 70.0 - 1) <= 0.02  # the failure the switch is for
    beats_s, on = _track(monkeypatch, True, feats)
    assert abs(on / 140.0 - 1) <= 0.02
    trim = mir_eval.beat.trim_beats
    assert mir_eval.beat.f_measure(trim(quarters), trim(beats_s)) >= 0.9


def test_h_k_alone_takes_the_trap_groove_of_the_h_t_tests_to_its_tempo(monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_sync import beats
    from tests.audio_sync.drum_synth import groove

    monkeypatch.setattr(beats, "HALF_TIME_TATUMS", False)
    monkeypatch.setattr(beats, "LEVEL_ADD_LOOSE", False)
    feats, _ = groove(144.0, "trap")
    _, off = _track(monkeypatch, False, feats)
    assert abs(off / 72.0 - 1) <= 0.02
    _, on = _track(monkeypatch, True, feats)
    assert abs(on / 144.0 - 1) <= 0.02


def test_a_slow_groove_with_sixteenth_hats_and_a_kick_on_every_beat_keeps_its_tempo(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from audio_sync.half_time import plain_kick_half_time

    feats, _ = _groove(70.0, kicks=(0.0, 1.0, 2.0, 3.0), snares=(1.0, 3.0), hats_per_beat=4)
    beats_s, off = _track(monkeypatch, False, feats)
    assert abs(off / 70.0 - 1) <= 0.02
    assert not plain_kick_half_time(feats, beats_s, off)  # no alternation
    _, on = _track(monkeypatch, True, feats)
    assert on == off


def test_a_kick_on_the_off_beat_is_a_slow_groove_not_a_half_time_one() -> None:
    # Slow hip-hop and r&b syncopate the kick; on its own beats this groove is turned down by
    # the kick between them alone (the shipped tracker already reads it at 140 through H-T).
    from audio_sync.half_time import kick_alternation, plain_kick_half_time

    feats, quarters = _groove(70.0, kicks=(0.0, 1.5, 2.0), snares=(1.0, 3.0), hats_per_beat=4)
    assert kick_alternation(feats, quarters[1:-1]) >= 2.0
    assert not plain_kick_half_time(feats, quarters, 70.0)


def test_the_cue_reads_each_condition() -> None:
    """On the tracked half's beats the half-time groove passes; outside 60-80 BPM it does not,
    and its kick alternates only on those beats (on every other one it falls on each)."""
    from audio_sync import beats
    from audio_sync.half_time import kick_alternation, plain_kick_half_time

    feats, _ = _groove(140.0, kicks=(0.0,), snares=(2.0,), hats_per_beat=2)
    half = np.arange(0.0, 23.0, 60.0 / 70.0)  # the tracked half's beats: kick, snare, kick, ...
    assert plain_kick_half_time(feats, half, 70.0)
    assert not plain_kick_half_time(feats, half, 85.0)  # outside 60-80
    assert kick_alternation(feats, half) >= 2.0 * kick_alternation(feats, half[::2])
    assert not beats.drums_absent(feats)


def _drill(qpm: float) -> tuple[Features, np.ndarray]:
    """UK drill as the renders play it: kick on 1 and the "and" of 2, snare on 3 and a late one
    before the bar, triplet hats accented on the quarter (the others a tenth as loud)."""
    return _groove(qpm, kicks=(0.0, 1.5), snares=(2.0, 3.75), hats_per_beat=3, off_hat=0.1)


def test_h_k_f_ships_on() -> None:
    from audio_sync import beats

    assert beats.PLAIN_KICK_NO_MIDPOINT_FLOOR is True  # session 33 record, part 4


def test_drill_read_at_half_goes_to_its_tempo_without_the_midpoint_floor(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """H-K-F: the accented triplet hats leave the tracked half's midpoints (the true quarters)
    louder than its inner tatums, under H-K's floor; the kick tests still read the feel."""
    from audio_sync import beats
    from audio_sync.half_time import PLAIN_KICK_MIDPOINT, midpoint_fill

    feats, quarters = _drill(140.0)
    monkeypatch.setattr(beats, "PLAIN_KICK_NO_MIDPOINT_FLOOR", False)
    half_beats, off = _track(monkeypatch, True, feats)
    assert abs(off / 70.0 - 1) <= 0.02  # the failure the switch is for
    assert midpoint_fill(feats, half_beats) < PLAIN_KICK_MIDPOINT[0]
    monkeypatch.setattr(beats, "PLAIN_KICK_NO_MIDPOINT_FLOOR", True)
    beats_s, on = _track(monkeypatch, True, feats)
    assert abs(on / 140.0 - 1) <= 0.02
    trim = mir_eval.beat.trim_beats
    assert mir_eval.beat.f_measure(trim(quarters), trim(beats_s)) >= 0.9


def test_h_k_f_alone_takes_the_half_time_rock_of_the_h_t_tests_to_its_tempo(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The half-time rock of test_half_time_tatums.py: its eighth hats sound on the tracked
    half's midpoints and not on its inner tatums, under H-K's floor; H-K-F reads its kick."""
    from audio_sync import beats
    from tests.audio_sync.drum_synth import groove

    monkeypatch.setattr(beats, "HALF_TIME_TATUMS", False)
    monkeypatch.setattr(beats, "LEVEL_ADD_LOOSE", False)
    feats, quarters = groove(136.0, "halftime")
    monkeypatch.setattr(beats, "PLAIN_KICK_NO_MIDPOINT_FLOOR", False)
    _, off = _track(monkeypatch, True, feats)
    assert abs(off / 68.0 - 1) <= 0.02
    monkeypatch.setattr(beats, "PLAIN_KICK_NO_MIDPOINT_FLOOR", True)
    beats_s, on = _track(monkeypatch, True, feats)
    assert abs(on / 136.0 - 1) <= 0.02
    trim = mir_eval.beat.trim_beats
    assert mir_eval.beat.f_measure(trim(quarters), trim(beats_s)) >= 0.9
