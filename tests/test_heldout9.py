"""real-heldout9's generator: every new style keeps something on each annotated beat and puts
its kick on the 3+3+2, every style plays on a kit real-heldout8 did not use with a sounding
sample for each note, and heldout6's sampler resamples only the kits listed for it. Its
disjointness and bar checks: tests/test_heldout_sets.py."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))  # heldout_checks
from heldout_checks import bar_onsets, generator  # noqa: E402

band: Any = pytest.importorskip("heldout9_band")
kits: Any = pytest.importorskip("heldout9_kits")
needs_kits = pytest.mark.skipif(not (kits.ROOT / "ForzeeStereo" / "drumkit.xml").exists(),
                                reason="apt hydrogen-drumkits not installed")


def _held9() -> Any:
    return generator("make_realbeats_heldout9")


@pytest.mark.parametrize("style", band.NEW_STYLES)
def test_new_styles_sound_on_every_beat_with_a_332_kick(style: str) -> None:
    per_bar, bq = 4, 1.0
    drums = band._drum_bar(style, bq, per_bar)
    onsets = bar_onsets(band, style, bq, per_bar)
    assert all(round(b * bq, 6) in onsets for b in range(per_bar)), sorted(onsets)
    assert sorted(o for o, n, _ in drums if n == kits.KICK) == [0.0, 1.5, 3.0]


@needs_kits
@pytest.mark.parametrize("style", sorted(band.KITS))
def test_style_plays_on_a_kit_heldout8_did_not_use(style: str) -> None:
    import heldout8_band

    kit = band.KITS[style]
    assert kit in kits.KITS and kit not in heldout8_band.KITS.values()
    per_bar = 5 if style == "five4" else 4
    notes = {n for _, n, _ in band._drum_bar(style, 1.0, per_bar)} | {kits.CRASH}
    kits.assert_kit_sounds(kit, notes)


def test_resample_keeps_time() -> None:
    import heldout6_kits

    y = np.zeros((48000, 1))
    y[4800, 0] = 1.0  # an impulse at 0.1 s
    out = heldout6_kits._resample(y, 48000, 44100)
    assert out.shape == (44100, 1) and int(np.argmax(out[:, 0])) == 4410


@needs_kits
def test_only_listed_kits_are_resampled() -> None:
    import heldout6_kits

    assert set(heldout6_kits.RESAMPLE) == set(kits.NEW_KITS)
    assert heldout6_kits.hit("ForzeeStereo", kits.KICK, 100, 44100).shape[1] == 2  # a 48 kHz kit, listed
    with pytest.raises(AssertionError, match="44100 Hz, the render is 48000 Hz"):
        heldout6_kits.hit("ColomboAcousticDrumkit", kits.KICK, 100, 48000)  # not listed: refused as before


def test_every_piece_names_its_bank() -> None:
    held9 = _held9()
    banks = {held9.held6.bank_file(p).name for p in held9.PIECES}
    assert banks == {"FluidR3_GM.sf2", "sf_GMbank.sf2"}
