"""real-heldout10's generator: scores, titles and tunes of other sets (real-heldout9 and the
real-train4 JSONs included) and real-heldout2's reserved collections refused, every transcribed
bar whole, the new trap style keeps something on each annotated beat and puts its kick on the
3+3+2 under triplet hats, every style plays on a kit real-heldout9 did not use with a sounding
sample for each note, and the banks are the two real-heldout9 did not use."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))  # heldout_checks
from heldout_checks import bar_onsets, generator, train4_score  # noqa: E402

band: Any = pytest.importorskip("heldout10_band")
kits: Any = pytest.importorskip("heldout9_kits")  # heldout6's sampler with every earlier set's kits
tunes: Any = pytest.importorskip("heldout10_tunes")
tunes7: Any = pytest.importorskip("heldout7_tunes")  # its bar checker
needs_kits = pytest.mark.skipif(not (kits.ROOT / "ElectricEmpireKit" / "drumkit.xml").exists(),
                                reason="apt hydrogen-drumkits not installed")


def _held10() -> Any:
    return generator("make_realbeats_heldout10")


def test_own_pieces_are_disjoint() -> None:
    held10 = _held10()
    held10.assert_disjoint(held10.PIECES + held10.REJECTED)


@pytest.mark.parametrize("kw", [
    dict(src="inline:scotland_brave"),                 # a real-heldout9 tune
    dict(src="inline:ta_ra_ra"),                       # a real-heldout8 tune
    dict(src="inline:frere_jacques"),                  # a real-heldout5 tune (the scan caught it here)
    dict(title="The Silver Spear"),                    # a real-heldout9 title
    dict(src="monteverdi/madrigal.4.2.mxl"),           # a real-heldout9 score
    dict(src="oneills1850/1176-1275.abc"),             # real-heldout2's reserved collection
    dict(title="Wiegenlied"),                          # another set's title
])
def test_reuse_refused(kw: dict[str, Any]) -> None:
    held10 = _held10()
    base = dict(name="x", src="inline:bill_bailey", title="A New Title Nobody Used", programs=0)
    with pytest.raises(AssertionError):
        held10.assert_disjoint([{**base, **kw}])


def test_a_train4_score_is_refused() -> None:
    """real-train4's scores are known only from its JSONs (its scripts are never read)."""
    held10 = _held10()
    with pytest.raises(AssertionError):
        held10.assert_disjoint([dict(name="x", src=train4_score(), title="A New Title Nobody Used", programs=0)])


@pytest.mark.parametrize("name", sorted(tunes.TUNES))
def test_every_bar_is_whole(name: str) -> None:
    """No pickups and no short bars: a looped tune keeps the beat grid regular."""
    metre, bars = tunes7.bar_lengths(tunes.TUNES[name])
    assert bars and all(b == metre for b in bars), (metre, bars)


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
    held10 = _held10()
    banks = {held10.held6.bank_file(p).name for p in held10.PIECES}
    assert banks == {"TimGM6mb.sf2", "MuseScore_General_Full.sf3"}
    assert not banks & {held10.held9.held6.bank_file(p).name for p in held10.held9.PIECES}
