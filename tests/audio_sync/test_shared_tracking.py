"""An analysis after a creator's choice tracks the song twice (its own bars keep the sections and a
slower pulse's phase). The two trackings share the song's evidence, and a choice at the own tempo
reuses the own beats; both must give exactly what separate trackings give."""

from __future__ import annotations

import pytest

from audio_sync import beats
from audio_sync.features import compute_features
from audio_sync.popsongs import make_pop_song


@pytest.fixture(scope="module")
def feats():
    audio, _truth, _bar = make_pop_song(3)  # 94 BPM: offers 189 and 63
    return compute_features(audio)


@pytest.mark.parametrize("choice", [
    {"bar_shift": 1}, {"beats_per_bar": 3}, {"shift_half_beat": True},
    {"shift_half_beat": True, "bar_shift": 2}, {"bpm_hint": 47}, {"bpm_hint": 189},
])
def test_shared_evidence_and_own_beats_change_nothing(feats, choice):
    alone = beats.track(feats, **choice)
    shared = beats.evidence(feats)
    own = beats.track(feats, shared=shared)
    assert own == beats.track(feats)
    assert beats.track(feats, **choice, own=own, shared=shared) == alone


def test_a_choice_at_the_own_tempo_does_not_track_again(feats, monkeypatch):
    shared = beats.evidence(feats)
    own = beats.track(feats, shared=shared)

    def tracked_again(*_args, **_kwargs):
        raise AssertionError("the own beats were tracked again")

    monkeypatch.setattr(beats, "track_beats", tracked_again)
    shifted = beats.track(feats, bar_shift=1, own=own, shared=shared)
    assert shifted.beats_s == own.beats_s and shifted.downbeats_s != own.downbeats_s
    with pytest.raises(AssertionError, match="tracked again"):  # a tempo choice must track
        beats.track(feats, bpm_hint=47, own=own, shared=shared)
