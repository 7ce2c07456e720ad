"""real-heldout7's generator: its bar checker catches a short bar, every new style keeps
something on each annotated beat, and every style plays on a kit no earlier set used, with a
sounding sample for each note. Its disjointness and bar checks: tests/test_heldout_sets.py."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))  # heldout_checks
from heldout_checks import bar_onsets  # noqa: E402

band: Any = pytest.importorskip("heldout7_band")
kits: Any = pytest.importorskip("heldout7_kits")
tunes: Any = pytest.importorskip("heldout7_tunes")
needs_kits = pytest.mark.skipif(not (kits.ROOT / "VariBreaks" / "drumkit.xml").exists(),
                                reason="apt hydrogen-drumkits not installed")


def test_bar_checker_catches_a_short_bar() -> None:
    metre, bars = tunes.bar_lengths("X:1\nT:t\nM:3/4\nL:1/4\nK:C\nG3/2 A/ G | A B |]")
    assert bars[0] == metre and bars[1] != metre


@pytest.mark.parametrize("style", band.NEW_STYLES)
def test_new_styles_sound_on_every_beat(style: str) -> None:
    per_bar, bq = 4, (1.5 if style == "blues128" else 1.0)
    onsets = bar_onsets(band, style, bq, per_bar)
    assert all(round(b * bq, 6) in onsets for b in range(per_bar)), sorted(onsets)


@needs_kits
@pytest.mark.parametrize("style", sorted(band.KITS))
def test_style_plays_on_an_unused_kit(style: str) -> None:
    import heldout6_band

    kit = band.KITS[style]
    assert kit in kits.NEW_KITS and kit not in heldout6_band.KITS.values()
    notes = {n for _, n, _ in band._drum_bar(style, 1.0, 4)} | {kits.CRASH}
    kits.assert_kit_sounds(kit, notes)
