"""real-heldout8's generator: scores, titles and tunes of other sets (real-heldout7 included) and
real-heldout2's reserved collections refused, every transcribed bar whole, every new style keeps
something on each annotated beat, every style plays on a kit heldout7 did not use with a
sounding sample for each note, and heldout6's renderer keeps its own bank for pieces without one."""

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
tunes: Any = pytest.importorskip("heldout8_tunes")
tunes7: Any = pytest.importorskip("heldout7_tunes")  # its bar checker
needs_kits = pytest.mark.skipif(not (kits.ROOT / "circAfrique v4" / "drumkit.xml").exists(),
                                reason="apt hydrogen-drumkits not installed")


def _held8() -> Any:
    return generator("make_realbeats_heldout8")


def test_own_pieces_are_disjoint() -> None:
    held8 = _held8()
    held8.assert_disjoint(held8.PIECES + held8.REJECTED)


@pytest.mark.parametrize("kw", [
    dict(src="inline:kalinka"),                        # a real-heldout7 tune
    dict(src="inline:jingle_bells"),                   # a real-heldout6 tune
    dict(title="Die Lorelei"),                         # a real-heldout7 title
    dict(src="palestrina/Kyrie_07.krn"),               # a real-heldout7 score
    dict(src="oneills1850/1176-1275.abc"),             # real-heldout2's reserved collection
    dict(title="Old Joe Clark"),                       # a real-heldout7 inline tune's title
])
def test_reuse_refused(kw: dict[str, Any]) -> None:
    held8 = _held8()
    base = dict(name="x", src="inline:ta_ra_ra", title="A New Title Nobody Used", programs=0)
    with pytest.raises(AssertionError):
        held8.assert_disjoint([{**base, **kw}])


@pytest.mark.parametrize("name", sorted(tunes.TUNES))
def test_every_bar_is_whole(name: str) -> None:
    """No pickups and no short bars: a looped tune keeps the beat grid regular."""
    metre, bars = tunes7.bar_lengths(tunes.TUNES[name])
    assert bars and all(b == metre for b in bars), (metre, bars)


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
