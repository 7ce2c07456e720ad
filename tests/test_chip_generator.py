"""real-train-chip's generator (record s43 part 2): band arrangements played with chip voices,
on their rows (no humanising), every 4th kept out of training like real-train3's."""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import beat_tcn_dataset as ds  # noqa: E402
import make_realbeats_chip as chip  # noqa: E402


@dataclass
class _Note:
    pitch: int
    start: float
    end: float
    velocity: int = 100


@dataclass
class _Instrument:
    is_drum: bool
    notes: list[_Note] = field(default_factory=list)
    program: int = 0


@dataclass
class _Arrangement:  # the part of pretty_midi.PrettyMIDI that synthesise reads
    instruments: list[_Instrument]


def _voice(**over: object) -> dict[str, object]:
    rng = random.Random(3)
    v = chip.spec(rng, 0)["voice"]
    v.update(lofi_hz=0, bits=0, echo=False, pan="centre")
    v.update(over)
    return v


def test_specs_play_on_their_rows_within_each_styles_tempo() -> None:
    rng = random.Random(1)
    specs = [chip.spec(rng, k) for k in range(120)]
    assert all(p["humanise_ms"] == 0.0 for p in specs)
    assert {p["style"] for p in specs} >= set(chip.CHIP_STYLES)
    for p in specs:
        lo, hi = chip.STYLES[p["style"]]["bpm"]
        assert lo <= p["bpm"] <= hi
        assert p["name"].startswith(chip.PREFIX)


def test_every_fourth_chip_arrangement_is_kept_out_of_training() -> None:
    assert ds.kept_out("trainchip_band_chipbeat_000") and ds.kept_out("trainchip_band_funk_004")
    assert not ds.kept_out("trainchip_band_funk_005")


def test_the_kick_sounds_on_its_notes_and_the_hats_between() -> None:
    beat = 0.5
    kicks = [_Note(chip.band.KICK, k * beat, k * beat + 0.1) for k in range(8)]
    hats = [_Note(chip.band.HAT, k * beat + beat / 2, k * beat + beat / 2 + 0.05) for k in range(8)]
    drums = _Instrument(True, kicks + hats)
    audio = chip.synthesise(_Arrangement([drums]), _voice(), 4.0, 0, beat)[:, 0]
    win = int(0.03 * chip.SR)

    def low_energy(t: float) -> float:  # the kick's body: a 30 ms mean, a crude low-pass
        seg = audio[int(t * chip.SR):int(t * chip.SR) + win]
        return float(np.abs(np.convolve(seg, np.ones(64) / 64, mode="valid")).mean())

    def bright_energy(t: float) -> float:  # the hats: the sample-to-sample difference
        seg = audio[int(t * chip.SR):int(t * chip.SR) + win]
        return float(np.abs(np.diff(seg)).mean())

    on = [low_energy(k * beat) for k in range(1, 7)]
    off = [low_energy(k * beat + beat / 2) for k in range(1, 7)]
    assert min(on) > 3.0 * max(off)
    assert min(bright_energy(k * beat + beat / 2) for k in range(1, 7)) > 3.0 * max(
        bright_energy(k * beat + 0.2) for k in range(1, 7))


def test_a_chord_is_one_arpeggiated_voice_cycling_its_notes() -> None:
    triad = [_Note(p, 0.0, 1.0) for p in (60, 64, 67)]
    bass = _Instrument(False, [_Note(36, 0.0, 0.01, 1)], chip.BASS_PROGRAM)
    pm = _Arrangement([bass, _Instrument(False, triad, chip.CHORD_PROGRAM)])
    audio = chip.synthesise(pm, _voice(arpeggio=True, tick_hz=50.0, duty_chord=0.5), 1.5, 0, 0.5)[:, 0]

    def pitch_at(t: float) -> float:  # the pulse wave's period from its zero crossings
        seg = audio[int(t * chip.SR):int((t + 0.015) * chip.SR)]
        ups = np.flatnonzero((seg[:-1] <= 0) & (seg[1:] > 0))
        return chip.SR / float(np.median(np.diff(ups)))

    heard = [pitch_at(0.1 + k / 50.0 + 0.002) for k in range(3)]
    expected = sorted(chip._hz(p) for p in (60, 64, 67))
    cycle = sorted(heard)
    assert np.allclose(cycle, expected, rtol=0.03)
    assert abs(audio[int(1.2 * chip.SR):]).max() == 0.0  # cut at the chord's end


def test_lofi_and_bits_keep_the_level_and_quantise() -> None:
    drums = _Instrument(True, [_Note(chip.band.SNARE, 0.1 * k, 0.1 * k + 0.1) for k in range(10)])
    audio = chip.synthesise(_Arrangement([drums]), _voice(lofi_hz=8363, bits=8), 1.0, 0, 0.5)
    assert abs(float(np.abs(audio).max()) - 0.9) < 0.01
    assert np.allclose(audio * 127.0, np.round(audio * 127.0), atol=1e-3)
    held = audio[: chip.SR // 2, 0]
    assert np.mean(held[1:] == held[:-1]) > 0.7  # each value held for about SR / 8363 samples
