"""S-H (beats.EMPTY_OTHER_HALF): a slow air read at twice its dotted quarter has every other
tracked beat between two eighths, on nothing: neither the learned activation nor the onsets are
there (audio_sync.third_level.every_other_beat_empty)."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync.activation import beat_activation
from tests.audio_sync.drum_synth import groove
from tests.audio_sync.test_triple_bar import _slow_compound


@pytest.mark.parametrize("dotted_bpm", [46.0, 50.0])
def test_a_slow_air_on_a_grid_at_twice_its_beat_has_every_other_beat_empty(dotted_bpm: float) -> None:
    from audio_sync.third_level import every_other_beat_empty

    feats = _slow_compound(dotted_bpm)
    act = beat_activation(feats.mel_db)[0].astype(float)
    doubled = np.arange(0.0, feats.duration_s - 0.5, 30.0 / dotted_bpm)  # every three sixteenths
    assert every_other_beat_empty(feats, act, doubled, 2.0 * dotted_bpm)
    on_its_beat = doubled[::2]
    assert not every_other_beat_empty(feats, act, on_its_beat, dotted_bpm)  # out of range


@pytest.mark.parametrize(("qpm", "style"), [(88.0, "rnb"), (96.0, "onedrop"), (104.0, "halftime")])
def test_grooves_on_their_beats_are_not_empty_every_other_beat(qpm: float, style: str) -> None:
    from audio_sync.third_level import every_other_beat_empty

    feats, beats = groove(qpm, style)
    act = beat_activation(feats.mel_db)[0].astype(float)
    assert not every_other_beat_empty(feats, act, beats[beats < feats.duration_s - 0.5], qpm)


def test_with_the_switch_on_a_flagged_reading_is_tracked_at_half(monkeypatch: pytest.MonkeyPatch) -> None:
    """The wiring: the check is asked on the final reading, and a reading it flags is tracked
    again at half the tempo (the check is told to flag the first reading it is asked about)."""
    from audio_sync import beats, third_level

    feats, _ = groove(96.0, "rnb")
    act = beat_activation(feats.mel_db)[0].astype(float)
    monkeypatch.setattr(beats, "EMPTY_OTHER_HALF", False)
    off = beats.track_beats(feats, act=act)[2]
    seen: list[float] = []

    def flags_the_first(_feats, _act, _beats, tempo: float) -> bool:
        seen.append(tempo)
        return len(seen) == 1

    monkeypatch.setattr(third_level, "every_other_beat_empty", flags_the_first)
    monkeypatch.setattr(beats, "EMPTY_OTHER_HALF", True)
    on = beats.track_beats(feats, act=act)[2]
    assert seen and abs(seen[0] / off - 1) <= 0.02
    assert abs(on / (off / 2) - 1) <= 0.04, (off, on)
