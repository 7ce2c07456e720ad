"""real-heldout7's generator: scores, titles and tunes of other sets (real-heldout6 included)
refused, every transcribed bar whole, every new style keeps something on each annotated beat,
and every style plays on a kit no earlier set used, with a sounding sample for each note."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))  # heldout_checks
from heldout_checks import bar_onsets, generator  # noqa: E402

band: Any = pytest.importorskip("heldout7_band")
kits: Any = pytest.importorskip("heldout7_kits")
tunes: Any = pytest.importorskip("heldout7_tunes")
needs_kits = pytest.mark.skipif(not (kits.ROOT / "VariBreaks" / "drumkit.xml").exists(),
                                reason="apt hydrogen-drumkits not installed")


def _held7() -> Any:
    return generator("make_realbeats_heldout7")


def test_own_pieces_are_disjoint() -> None:
    held7 = _held7()
    held7.assert_disjoint(held7.PIECES + held7.REJECTED)


@pytest.mark.parametrize("kw", [
    dict(src="inline:jingle_bells"),                  # a real-heldout6 tune
    dict(title="Red River Valley"),                   # a real-heldout6 title
    dict(src="palestrina/Agnus.krn"),                 # a real-heldout6 score
    dict(src="monteverdi/madrigal.4.1.mxl"),          # real-heldout6's rejected list
    dict(title="Oh! Susanna"),                        # a real-heldout5 inline tune
    dict(src="ryansMammoth/SomeNewReel.abc"),         # real-train's random pool
])
def test_reuse_refused(kw: dict[str, Any]) -> None:
    held7 = _held7()
    base = dict(name="x", src="inline:kalinka", title="A New Title Nobody Used", programs=0)
    with pytest.raises(AssertionError):
        held7.assert_disjoint([{**base, **kw}])


@pytest.mark.parametrize("name", sorted(tunes.TUNES))
def test_every_bar_is_whole(name: str) -> None:
    """No pickups and no short bars: a looped tune keeps the beat grid regular."""
    metre, bars = tunes.bar_lengths(tunes.TUNES[name])
    assert bars and all(b == metre for b in bars), (metre, bars)


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
