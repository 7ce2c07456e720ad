"""K-D asked again after a DBN level move (beats.KICKS_AFTER_DBN, K-D-DBN, session 33 record
part 5): drum and bass tracked at a third of its tempo is below K-D's range, and the DBN's 3/2
then returns it at its half, on its snares, where K-D doubles it when it is asked."""

from __future__ import annotations

import mir_eval
import numpy as np
import pytest

from tests.audio_sync.drum_synth import groove


def test_k_d_dbn_ships_on() -> None:
    from audio_sync import beats

    assert beats.KICKS_AFTER_DBN is True  # session 33 record, part 6


@pytest.fixture(scope="module")
def dnb():
    return groove(172.0, "dnb")


def _track_after_a_dbn_move_to_the_half(monkeypatch: pytest.MonkeyPatch, feats,
                                        on: bool) -> tuple[np.ndarray, float]:
    """Stand-ins for what a real song does (record part 5; the groove here is read right without
    them): the first pass's level checks miss K-D, as at a third of the tempo, and the DBN
    returns the song at 86, its half (a move to a level it already holds, so the DBN's own
    decoding and the retracking there are the shipped ones). K-D itself is the shipped one."""
    from audio_sync import beat_dbn, beats

    monkeypatch.setattr(beats, "_final_level_ratio", lambda feats, beats_s, tempo: 1.0)
    monkeypatch.setattr(beat_dbn, "dbn_level",
                        lambda raw, fr, beats_s, tempo, **kw: 86.0 / tempo + 1e-9)
    monkeypatch.setattr(beats, "KICKS_AFTER_DBN", on)
    monkeypatch.setattr(beats, "KICKS_AROUND_SNARES", False)  # asked on the moved beats too (K-S)
    rhythm = beats.track(feats)
    return np.asarray(rhythm.beats_s), rhythm.tempo_bpm


def test_drum_and_bass_moved_to_its_half_by_the_dbn_is_doubled(monkeypatch: pytest.MonkeyPatch, dnb) -> None:
    feats, quarters = dnb
    _, off = _track_after_a_dbn_move_to_the_half(monkeypatch, feats, False)
    assert abs(off / 86.0 - 1) <= 0.02  # the failure the switch is for
    beats_s, on = _track_after_a_dbn_move_to_the_half(monkeypatch, feats, True)
    assert abs(on / 172.0 - 1) <= 0.02
    trim = mir_eval.beat.trim_beats
    assert mir_eval.beat.f_measure(trim(quarters), trim(beats_s)) >= 0.9


def test_a_dbn_move_without_kicks_between_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A slow r&b groove (kick on 1 and the "and" of 2) moved by the DBN keeps the DBN's tempo:
    its kick is not between the beats twice as strongly as on them."""
    feats, _ = groove(86.0, "rnb")
    _, off = _track_after_a_dbn_move_to_the_half(monkeypatch, feats, False)
    _, on = _track_after_a_dbn_move_to_the_half(monkeypatch, feats, True)
    assert on == off


def test_l_dbn_ships_on() -> None:
    from audio_sync import beats

    assert beats.LEVEL_CHECKS_AFTER_DBN is True  # session 33 record, part 9


def test_every_final_level_check_is_asked_after_a_dbn_move_with_l_dbn(monkeypatch: pytest.MonkeyPatch) -> None:
    """Half-time rock returned at its half by the DBN (stand-ins as above: the first pass's
    checks skipped, the DBN's move to 68): K-D does not read it, H-K does when L-DBN asks it."""
    from audio_sync import beat_dbn, beats

    feats, quarters = groove(136.0, "halftime")
    real = beats._final_level_ratio
    calls: list[float] = []

    def first_pass_skipped(feats, beats_s, tempo):
        calls.append(tempo)
        return 1.0 if len(calls) == 1 else real(feats, beats_s, tempo)

    monkeypatch.setattr(beats, "LEVEL_ADD_LOOSE", False)
    monkeypatch.setattr(beats, "_final_level_ratio", first_pass_skipped)
    monkeypatch.setattr(beat_dbn, "dbn_level", lambda raw, fr, beats_s, tempo, **kw: 68.0 / tempo + 1e-9)
    rhythms = {}
    for on in (False, True):
        calls.clear()
        monkeypatch.setattr(beats, "LEVEL_CHECKS_AFTER_DBN", on)
        rhythms[on] = beats.track(feats)
    assert abs(rhythms[False].tempo_bpm / 68.0 - 1) <= 0.02
    assert abs(rhythms[True].tempo_bpm / 136.0 - 1) <= 0.02
    trim = mir_eval.beat.trim_beats
    assert mir_eval.beat.f_measure(trim(quarters), trim(np.asarray(rhythms[True].beats_s))) >= 0.9
