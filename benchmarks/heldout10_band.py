"""Band parts for real-heldout10 (benchmarks/make_realbeats_heldout10.py): one new style, trap
with triplet hats on the 3+3+2 kick, and every other style real-heldout9's, 8's, 7's, 6's or 5's
pattern, imported unchanged (heldout9_band delegates to heldout8_band, heldout5_band and through
them to heldout7_band and heldout6_band). The kit table is this set's: none of real-heldout9's
four kits, nine of the other ten Hydrogen kits earlier sets used (heldout6-8's, in heldout6_kits'
table). Placement and timing as in heldout6_band: quarters on the renderer's beat grid.
"""

from __future__ import annotations

from types import SimpleNamespace

import heldout6_band as band6
import heldout9_band as band9
from heldout6_band import harmonise, swing16_map  # re-exported for the script
from heldout6_kits import CLAP, CRASH, HAT, KICK, OPEN

NEW_STYLES = ("traptriplet",)
# style -> the Hydrogen kit that plays it (none of real-heldout9's: ForzeeStereo, rumpf_kit_z01_h2,
# Audiophob, VariBreaks)
KITS = {
    "punk": "ColomboAcousticDrumkit", "halftime": "ColomboAcousticDrumkit", "ballad44": "ColomboAcousticDrumkit",
    "ballad68": "ColomboAcousticDrumkit",
    "funk": "Millo_MultiLayered2", "afrobeats332": "Millo_MultiLayered2",
    "onedrop": "Millo_MultiLayered3", "rnb": "Millo_MultiLayered3",
    "blues128": "Millo-Drums_v.1",
    "waltz": "BJA_Pacific", "five4": "BJA_Pacific",
    "highlife": "circAfrique v4",
    "house": "HardElectro1", "dnb": "HardElectro1",
    "traptriplet": "ElectricEmpireKit", "drill": "ElectricEmpireKit", "hiphop332": "ElectricEmpireKit",
    "dembow": "The Black Pearl 1.0",
}
Hits = list[tuple[float, int, int]]
TRESILLO = (0.0, 1.5, 3.0)  # 3+3+2 eighths


def _drum_bar(style: str, bq: float, per_bar: int) -> Hits:
    """(quarter offset in the bar, note, velocity) for one bar of ``style``."""
    if style not in NEW_STYLES:
        return band9._drum_bar(style, bq, per_bar)
    beats = [k * bq for k in range(per_bar)]
    # traptriplet: 3+3+2 kick, clap on 3 (half-time feel), eighth-note-triplet hats throughout
    # (accent on the beat), an open hat on the last triplet of 4
    return ([(x * bq, KICK, 116 if x == 0 else 102) for x in TRESILLO] + [(2 * bq, CLAP, 114)]
            + [(b + j * bq / 3, HAT, 74 if j == 0 else 48) for b in beats for j in range(3)]
            + [(3 * bq + 2 * bq / 3, OPEN, 58)])


def _bass_bar(style: str, bq: float, per_bar: int) -> list[tuple[float, float, str]]:
    """(offset, length, 'r' root / '5' fifth / '8' octave / 'b' third / '6' sixth) for one bar."""
    if style not in NEW_STYLES:
        return band9._bass_bar(style, bq, per_bar)
    return [(0, 1.4 * bq, "r"), (1.5 * bq, 1.4 * bq, "r"), (3 * bq, 0.9 * bq, "8")]  # 808 on the kick


def _chord_bar(style: str, bq: float, per_bar: int) -> list[tuple[float, float, str]]:
    """(offset, length, 'c' whole chord or 'cN' voice N) for one bar."""
    if style not in NEW_STYLES:
        return band9._chord_bar(style, bq, per_bar)
    return [(0, 1.9 * bq, "c"), (2 * bq, 1.9 * bq, "c")]  # a pad re-struck on 3


# heldout6_band's drum_part and band_notes with this module's bars and crash.
drum_part, band_notes = band6.bound(drum_bar=_drum_bar, bass_bar=_bass_bar, chord_bar=_chord_bar, crash=CRASH)


def with_kits(kits: dict[str, str]) -> SimpleNamespace:
    """This module's patterns (every earlier set's styles) with another set's kit table: the band
    module of real-heldout11, 12 and 13, which add no style."""
    return SimpleNamespace(KITS=kits, _drum_bar=_drum_bar, _bass_bar=_bass_bar, _chord_bar=_chord_bar,
                           drum_part=drum_part, band_notes=band_notes, harmonise=harmonise,
                           swing16_map=swing16_map)
