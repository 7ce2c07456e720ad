"""real-heldout8's generator: every new style keeps something on each annotated beat, every
style plays on a kit heldout7 did not use with a sounding sample for each note, and heldout6's
renderer keeps its own bank for pieces without one. Its disjointness and bar checks:
tests/test_heldout_sets.py."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))  # heldout_checks
from heldout_checks import bar_onsets, generator  # noqa: E402

band: Any = pytest.importorskip("heldout8_band")
kits: Any = pytest.importorskip("heldout8_kits")
needs_kits = pytest.mark.skipif(not (kits.ROOT / "circAfrique v4" / "drumkit.xml").exists(),
                                reason="apt hydrogen-drumkits not installed")


def _held8() -> Any:
    return generator("make_realbeats_heldout8")


@pytest.mark.parametrize("style", band.NEW_STYLES)
def test_new_styles_sound_on_every_beat(style: str) -> None:
    per_bar, bq = (5 if style == "five4" else 4), 1.0
    onsets = bar_onsets(band, style, bq, per_bar)
    assert all(round(b * bq, 6) in onsets for b in range(per_bar)), sorted(onsets)


@needs_kits
@pytest.mark.parametrize("style", sorted(band.KITS))
def test_style_plays_on_a_kit_heldout7_did_not_use(style: str) -> None:
    import heldout7_band

    kit = band.KITS[style]
    assert kit in kits.KITS and kit not in heldout7_band.KITS.values()
    per_bar = 5 if style == "five4" else 4
    notes = {n for _, n, _ in band._drum_bar(style, 1.0, per_bar)} | {kits.CRASH}
    kits.assert_kit_sounds(kit, notes)


def test_heldout6_keeps_its_bank_for_pieces_without_one() -> None:
    held8 = _held8()
    held6 = held8.held6
    assert held6.bank_file({"name": "x"}) == held6.SF2 == held6.held5.SF2
    assert held6.bank_file({"bank": {"file": "/x/y.sf2"}}) == Path("/x/y.sf2")
    assert all(held6.bank_file(p) != held6.SF2 for p in held8.PIECES)  # every piece names its bank
