"""real-heldout5's generator refuses a score or a title another set uses and a preset the
csound GM bank lacks; its band parts keep the annotated grid (intro bars without drums, swung
sixteenths that leave every eighth in place, no swing in compound metre)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

band: Any = pytest.importorskip("heldout5_band")


def _held5() -> Any:
    held5 = pytest.importorskip("make_realbeats_heldout5")
    if not (held5.dev2.DEV_DIR / "make_dev_set.py").exists():
        pytest.skip("the dev set's generator (shared data) is not on this machine")
    return held5


def _piece(**kw: Any) -> dict[str, Any]:
    base = dict(name="x", src="inline:saints", title="When the Saints Go Marching In", programs=0)
    return {**base, **kw}


def test_own_pieces_are_disjoint() -> None:
    held5 = _held5()
    held5.assert_disjoint(held5.PIECES + held5.REJECTED)


@pytest.mark.parametrize("kw", [
    dict(src="essenFolksong/ballad10.abc"),           # real-heldout4's collection
    dict(src="ryansMammoth/SomeNewReel.abc"),         # real-train's random pool
    dict(title="Aloha Oe"),                           # real-heldout's piece list (in its script)
    dict(title="Soldier's Joy"),                      # real-dev's title
])
def test_reuse_refused(kw: dict[str, Any]) -> None:
    held5 = _held5()
    with pytest.raises(AssertionError):
        held5.assert_disjoint([_piece(**kw)])


def test_preset_missing_from_bank_refused() -> None:
    held5 = _held5()
    if not held5.SF2.exists():
        pytest.skip("apt csound-soundfont not installed")
    held5.assert_in_bank([_piece(programs=[0, 127])])
    with pytest.raises(AssertionError, match="200"):
        held5.assert_in_bank([_piece(programs=[0, 200])])


def test_intro_bars_have_no_drums() -> None:
    beats_q = np.arange(0.0, 32.0)
    pos = np.tile([1, 2, 3, 4], 8)
    hits = band.drum_part("poprock", beats_q, pos, 1.0, 4, 2)
    assert min(q for q, _, _ in hits) == 8.0  # bars 0 and 1 (quarters 0-7) are drum-less
    assert {n for _, n, _ in hits} >= {band.KICK, band.SNARE, band.HAT, band.CRASH}


def test_swung_sixteenths_keep_every_eighth() -> None:
    class Straight:
        def __call__(self, q: Any) -> Any:
            return np.asarray(q, float) * 0.5  # 120 qpm

    swung = band.swing16_map(Straight, 0.6)()
    assert np.allclose(swung([0.0, 0.5, 1.0, 3.5]), [0.0, 0.25, 0.5, 1.75])
    assert swung(0.25) == pytest.approx(0.5 * 0.3)  # the second sixteenth at 0.6 of the eighth


def test_bass_and_chords_follow_the_harmony() -> None:
    harm = [(0.0, 2.0, 0, (0, 4, 7)), (2.0, 4.0, 7, (7, 11, 2))]  # C then G
    bass, chords = band.band_notes("poprock", harm, 4.0, np.arange(0.0, 4.0), np.array([1, 2, 3, 4]), 1.0, 4)
    assert {p % 12 for q, _, p, _ in bass if q < 2} == {0} and {p % 12 for q, _, p, _ in bass if q >= 2} == {7}
    assert {p % 12 for q, _, p, _ in chords if q >= 2} == {7, 11, 2}
