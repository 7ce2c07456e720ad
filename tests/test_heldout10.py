"""real-heldout10's generator: the new trap style keeps something on each annotated beat and
puts its kick on the 3+3+2 under triplet hats, every style plays on a kit real-heldout9 did not
use with a sounding sample for each note, and the banks are the two real-heldout9 did not use.
Its disjointness and bar checks: tests/test_heldout_sets.py."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))  # heldout_checks
from heldout_checks import bar_onsets, generator  # noqa: E402

band: Any = pytest.importorskip("heldout10_band")
kits: Any = pytest.importorskip("heldout9_kits")  # heldout6's sampler with every earlier set's kits
needs_kits = pytest.mark.skipif(not (kits.ROOT / "ElectricEmpireKit" / "drumkit.xml").exists(),
                                reason="apt hydrogen-drumkits not installed")


def _held10() -> Any:
    return generator("make_realbeats_heldout10")


@pytest.mark.parametrize("style", band.NEW_STYLES)
def test_new_style_sounds_on_every_beat_with_a_332_kick_and_triplet_hats(style: str) -> None:
    per_bar, bq = 4, 1.0
    drums = band._drum_bar(style, bq, per_bar)
    onsets = bar_onsets(band, style, bq, per_bar)
    assert all(round(b * bq, 6) in onsets for b in range(per_bar)), sorted(onsets)
    assert sorted(o for o, n, _ in drums if n == kits.KICK) == [0.0, 1.5, 3.0]
    hats = sorted(round(o * 3, 6) for o, n, _ in drums if n == kits.HAT)
    assert hats == [float(k) for k in range(3 * per_bar)]  # every eighth-note triplet


@needs_kits
@pytest.mark.parametrize("style", sorted(band.KITS))
def test_style_plays_on_a_kit_heldout9_did_not_use(style: str) -> None:
    import heldout9_band

    kit = band.KITS[style]
    assert kit in kits.KITS and kit not in heldout9_band.KITS.values()
    per_bar = 5 if style == "five4" else 4
    notes = {n for _, n, _ in band._drum_bar(style, 1.0, per_bar)} | {kits.CRASH}
    kits.assert_kit_sounds(kit, notes)


def test_every_piece_names_a_bank_heldout9_did_not_use() -> None:
    held10, held9 = _held10(), generator("make_realbeats_heldout9")
    banks = {held10.held6.bank_file(p).name for p in held10.PIECES}
    assert banks == {"TimGM6mb.sf2", "MuseScore_General_Full.sf3"}
    assert not banks & {held9.held6.bank_file(p).name for p in held9.PIECES}
