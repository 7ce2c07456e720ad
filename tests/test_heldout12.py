"""real-heldout12's generator: scores, titles and tunes of other sets (real-heldout11 and the
real-train4 JSONs included) and real-heldout2's reserved collections refused, every transcribed
bar whole, every style an earlier set's pattern played on a kit none of real-heldout9, 10 and
11 played it on, with a sounding sample for each note, and a pair of banks none of these sets
used."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))  # heldout_checks
from heldout_checks import generator, train4_score  # noqa: E402

pieces: Any = pytest.importorskip("heldout12_pieces")
band10: Any = pytest.importorskip("heldout10_band")
kits: Any = pytest.importorskip("heldout9_kits")  # heldout6's sampler with every earlier set's kits
tunes: Any = pytest.importorskip("heldout12_tunes")
tunes7: Any = pytest.importorskip("heldout7_tunes")  # its bar checker
needs_kits = pytest.mark.skipif(not (kits.ROOT / "ElectricEmpireKit" / "drumkit.xml").exists(),
                                reason="apt hydrogen-drumkits not installed")


def _held12() -> Any:
    return generator("make_realbeats_heldout12")


def test_own_pieces_are_disjoint() -> None:
    held12 = _held12()
    held12.assert_disjoint(held12.PIECES + held12.REJECTED)


@pytest.mark.parametrize("kw", [
    dict(src="inline:whiskey_jar"),                    # a real-heldout11 tune
    dict(src="inline:sugar_plum"),                     # a real-heldout10 tune
    dict(src="inline:scotland_brave"),                 # a real-heldout9 tune
    dict(src="inline:frere_jacques"),                  # a real-heldout5 tune
    dict(title="Cooley's Reel"),                       # a real-heldout11 title
    dict(title="The Mason's Apron"),                   # a real-heldout10 title
    dict(title="The Silver Spear"),                    # a real-heldout9 title
    dict(src="monteverdi/madrigal.4.2.mxl"),           # a real-heldout9 score
    dict(src="oneills1850/1176-1275.abc"),             # real-heldout2's reserved collection
])
def test_reuse_refused(kw: dict[str, Any]) -> None:
    held12 = _held12()
    base = dict(name="x", src="inline:haul_away", title="A New Title Nobody Used", programs=0)
    with pytest.raises(AssertionError):
        held12.assert_disjoint([{**base, **kw}])


def test_a_train4_score_is_refused() -> None:
    """real-train4's scores are known only from its JSONs (its scripts are never read)."""
    held12 = _held12()
    with pytest.raises(AssertionError):
        held12.assert_disjoint([dict(name="x", src=train4_score(), title="A New Title Nobody Used", programs=0)])


@pytest.mark.parametrize("name", sorted(tunes.TUNES))
def test_every_bar_is_whole(name: str) -> None:
    """No pickups and no short bars: a looped tune keeps the beat grid regular."""
    metre, bars = tunes7.bar_lengths(tunes.TUNES[name])
    assert bars and all(b == metre for b in bars), (metre, bars)


def test_every_style_is_an_earlier_sets_pattern_on_every_beat() -> None:
    """No new style: each one is heldout10_band's (an earlier set's) and sounds on every beat."""
    for style in pieces.KITS:
        per_bar = 5 if style == "five4" else 4
        onsets = {round(o, 6) for part in (band10._drum_bar, band10._bass_bar, band10._chord_bar)
                  for o, _, _ in part(style, 1.0, per_bar)}
        assert all(float(b) in onsets for b in range(per_bar)), (style, sorted(onsets))


@needs_kits
@pytest.mark.parametrize("style", sorted(pieces.KITS))
def test_style_plays_on_a_kit_heldout9_10_and_11_did_not_play_it_on(style: str) -> None:
    import heldout9_band
    import heldout11_pieces

    kit = pieces.KITS[style]
    assert kit in kits.KITS
    assert kit not in (heldout9_band.KITS.get(style), band10.KITS.get(style), heldout11_pieces.KITS.get(style))
    per_bar = 5 if style == "five4" else 4
    notes = {n for _, n, _ in band10._drum_bar(style, 1.0, per_bar)} | {kits.CRASH}
    kits.assert_kit_sounds(kit, notes)


def test_every_band_style_has_a_kit() -> None:
    assert {p["drums"] for p in pieces.PIECES if p.get("drums")} == set(pieces.KITS)


def test_the_banks_are_a_pair_none_of_heldout9_10_and_11_used() -> None:
    held12 = _held12()
    bank = held12.held6.bank_file

    def pair(ps: list[dict[str, Any]]) -> tuple[set[str], set[str]]:
        return ({bank(p).name for p in ps if p.get("drums")}, {bank(p).name for p in ps if not p.get("drums")})

    ours = pair(held12.PIECES)
    assert ours == ({"TimGM6mb.sf2"}, {"FluidR3_GM.sf2"})
    earlier = [pair(h.PIECES) for h in (held12.held9, held12.held10, held12.held11)]
    assert all(ours != e for e in earlier)
    assert all(set().union(*ours) != set().union(*e) for e in earlier)
