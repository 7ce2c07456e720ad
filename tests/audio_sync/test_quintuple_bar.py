"""A 5/4 tracked at half has its bar at 2.5 tracked beats, where its ride and snare repeat and at
no whole number of tracked beats: audio_sync.triple_bar.quintuple_bar_at_half,
beats.QUINTUPLE_BAR_DOUBLE (Q-D)."""

from __future__ import annotations

import numpy as np
import pytest

from audio_sync.features import Features
from tests.audio_sync import drum_synth
from tests.audio_sync.drum_synth import Mix, groove, note, tone


def _five4(qpm: float, *, open_hat: bool = True, seconds: float = 24.0, seed: int = 4) -> Features:
    """The renders' 5/4 (2+3, benchmarks/heldout8_band.py): kick on 1 and 3, snare on 2 and 5,
    ride on every beat (the first of each group louder), an open hat on the "and" of 4, bass on 1
    and 3 and a chord on 1."""
    rng = np.random.default_rng(seed)
    q = 60.0 / qpm
    mix, kick = Mix(seconds), drum_synth.kick()
    tb, tc, ring = tone(1.8 * q), tone(4.0 * q), tone(0.3)
    for b in range(int(seconds / (5 * q)) + 1):
        t0, root = b * 5 * q, 55.0 * 2 ** ((0, 5, 7, 3)[b % 4] / 12)
        for x in (0, 2):
            mix.add(t0 + x * q, kick)
            mix.add(t0 + x * q, note(tb, root, amp=0.5, decay=3))
        for x in (1, 4):
            mix.add(t0 + x * q, drum_synth.snare(rng))
        for x in range(5):
            mix.add(t0 + x * q, drum_synth.hat(rng, 1.0 if x in (0, 2) else 0.6))
        if open_hat:  # rings for a tenth of a second, where the ride's hits are a hat's 11 ms
            mix.add(t0 + 3.5 * q, 0.3 * np.diff(rng.standard_normal(ring.size + 2), 2) * np.exp(-ring * 10))
        mix.add(t0, note(tc, root * 4, (1, 1.26, 1.5), amp=0.2, decay=1, attack=0.01))
    return mix.features()


@pytest.mark.parametrize("qpm", [120.0, 136.0, 146.0])
def test_a_five4_read_at_half_is_seen_and_at_its_tempo_is_not(qpm: float) -> None:
    from audio_sync.triple_bar import HIGH_QUINTUPLE_MARGIN, _bar_margin, quintuple_bar_at_half

    feats = _five4(qpm)
    period = 60.0 * feats.frame_rate_hz / (qpm / 2)
    assert _bar_margin(feats.onset_high, period, 2.5, (1.0, 2.0, 3.0)) >= HIGH_QUINTUPLE_MARGIN
    assert quintuple_bar_at_half(feats, qpm / 2)
    assert not quintuple_bar_at_half(feats, qpm)  # out of range, and its beats repeat there


def test_the_limit_a_five4_with_nothing_off_the_beat_in_its_high_band_is_not_seen() -> None:
    """What Q-D reads is a high-band figure once a bar off the tracked beats (the renders' open
    hat on the "and" of 4; rim or snare alone are drowned by the ride on every beat). A 5/4 with
    nothing of the kind stays at half if it is tracked there."""
    from audio_sync.triple_bar import quintuple_bar_at_half

    assert not quintuple_bar_at_half(_five4(140.0, open_hat=False), 70.0)


@pytest.mark.parametrize(("qpm", "style"), [(64.0, "rnb"), (72.0, "trap"), (80.0, "rnb"), (76.0, "onedrop")])
def test_slow_grooves_in_four_are_not_a_five4_at_half(qpm: float, style: str) -> None:
    """r&b's kick on the "and" of 2 and 3 repeats at 2.5 beats in the low band; its hats and
    snare repeat on every beat, so the high band does not."""
    from audio_sync.triple_bar import quintuple_bar_at_half

    feats, _ = groove(qpm, style)
    assert not quintuple_bar_at_half(feats, qpm)


def test_with_the_switch_on_a_flagged_reading_is_tracked_at_twice_its_tempo(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The wiring: the check is asked on the final reading, and a reading it flags is tracked
    again at twice the tempo (the check is told to flag the first reading it is asked about; a
    5/4 played at 72 is read at 72, so twice that is a level the song has)."""
    from audio_sync import beats, triple_bar

    feats = _five4(72.0)
    monkeypatch.setattr(beats, "QUINTUPLE_BAR_DOUBLE", False)
    off = beats.track(feats).tempo_bpm
    seen: list[float] = []

    def flags_the_first(_feats: Features, bpm: float) -> bool:
        seen.append(bpm)
        return len(seen) == 1

    monkeypatch.setattr(triple_bar, "quintuple_bar_at_half", flags_the_first)
    monkeypatch.setattr(beats, "QUINTUPLE_BAR_DOUBLE", True)
    on = beats.track(feats).tempo_bpm
    assert seen and abs(seen[0] / off - 1) <= 0.02  # asked on the reading it would keep
    assert abs(on / (2.0 * off) - 1) <= 0.04, (off, on)


def test_q_d2_ships_on() -> None:
    from audio_sync import beats

    assert beats.QUINTUPLE_BAR_DOUBLE  # session 37, record part 8
