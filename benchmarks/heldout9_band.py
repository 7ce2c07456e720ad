"""Band parts for real-heldout9 (benchmarks/make_realbeats_heldout9.py): three new styles with the
3+3+2 kick (afrobeats, a straight hip-hop groove, trap), reggaeton's dembow from real-heldout5's
band module, and every other style real-heldout8's, 7's or 6's pattern, imported unchanged
(heldout8_band delegates to heldout7_band, heldout6_band and heldout5_band). The kit table is
this set's: the two kits no set used (heldout9_kits) and four of real-heldout7's, none of
real-heldout8's. Placement and timing as in heldout6_band: quarters on the renderer's beat grid.
"""

from __future__ import annotations

import heldout5_band as band5
import heldout6_band as band6
import heldout8_band as band8
from heldout6_band import harmonise, swing16_map  # noqa: F401 - re-exported for the script
from heldout9_kits import CLAP, CRASH, HAT, KICK, OPEN, RIM, SNARE

NEW_STYLES = ("afrobeats332", "hiphop332", "trap332")
FROM_HELDOUT5 = ("dembow",)  # heldout6_band does not pass this one on: ask heldout5_band directly
# style -> the Hydrogen kit that plays it (heldout9_kits.NEW_KITS, or heldout7's kits)
KITS = {
    "punk": "ForzeeStereo", "poprock": "ForzeeStereo", "funk": "ForzeeStereo", "ballad44": "ForzeeStereo",
    "ballad68": "ForzeeStereo", "blues128": "ForzeeStereo", "waltz": "ForzeeStereo", "five4": "ForzeeStereo",
    "afrobeats332": "rumpf_kit_z01_h2", "hiphop332": "rumpf_kit_z01_h2", "onedrop": "rumpf_kit_z01_h2",
    "rnb": "rumpf_kit_z01_h2",
    "house": "Audiophob", "techno": "Audiophob", "trap332": "Audiophob",
    "dnb": "VariBreaks", "dembow": "VariBreaks",
}
Hits = list[tuple[float, int, int]]
TRESILLO = (0.0, 1.5, 3.0)  # 3+3+2 eighths: the kick of all three new styles


def _drum_bar(style: str, bq: float, per_bar: int) -> Hits:
    """(quarter offset in the bar, note, velocity) for one bar of ``style``."""
    if style in FROM_HELDOUT5:
        return band5._drum_bar(style, bq, per_bar)
    if style not in NEW_STYLES:
        return band8._drum_bar(style, bq, per_bar)
    beats = [k * bq for k in range(per_bar)]
    kick = [(x * bq, KICK, 116 if x == 0 else 104) for x in TRESILLO]
    if style == "afrobeats332":  # 3+3+2 kick, clap 2 and 4, rim on the off-beat sixteenths, shaker
        return (kick + [(b, CLAP, 96) for k, b in enumerate(beats) if k % 2]
                + [(x * bq, RIM, 74) for x in (0.75, 1.75, 2.5, 3.5)]
                + [(b + j * bq / 4, HAT, (70, 40, 56, 40)[j]) for b in beats for j in range(4)])
    if style == "hiphop332":  # straight (unswung) boom-bap on a 3+3+2 kick, snare 2 and 4
        return (kick + [(b, SNARE, 114) for k, b in enumerate(beats) if k % 2]
                + [(b + j * bq / 2, HAT, 76 if j == 0 else 52) for b in beats for j in (0, 1)])
    # trap332: 3+3+2 kick, clap on 3 (half-time feel), sixteenth hats with a triplet roll on 4
    return (kick + [(2 * bq, CLAP, 114)]
            + [(b + j * bq / 4, HAT, (72, 46, 58, 46)[j]) for b in beats[:3] for j in range(4)]
            + [(3 * bq + j * bq / 6, HAT, 50 + 4 * j) for j in range(6)] + [(3.5 * bq, OPEN, 60)])


def _bass_bar(style: str, bq: float, per_bar: int) -> list[tuple[float, float, str]]:
    """(offset, length, 'r' root / '5' fifth / '8' octave / 'b' third / '6' sixth) for one bar."""
    if style in FROM_HELDOUT5:
        return band5._bass_bar(style, bq, per_bar)
    if style not in NEW_STYLES:
        return band8._bass_bar(style, bq, per_bar)
    if style == "afrobeats332":
        return [(0, 1.2 * bq, "r"), (1.5 * bq, 1.2 * bq, "5"), (3 * bq, 0.9 * bq, "8")]
    if style == "hiphop332":
        return [(0, 1.4 * bq, "r"), (1.5 * bq, 1.4 * bq, "r"), (3 * bq, 0.9 * bq, "5")]
    return [(0, 1.4 * bq, "r"), (1.5 * bq, 1.4 * bq, "r"), (3 * bq, 0.9 * bq, "5")]  # trap332: 808


def _chord_bar(style: str, bq: float, per_bar: int) -> list[tuple[float, float, str]]:
    """(offset, length, 'c' whole chord or 'cN' voice N) for one bar."""
    if style in FROM_HELDOUT5:
        return band5._chord_bar(style, bq, per_bar)
    if style not in NEW_STYLES:
        return band8._chord_bar(style, bq, per_bar)
    if style == "afrobeats332":  # plucked guitar voices on the "and"s and on 1 and 3
        return ([(b * bq + bq / 2, 0.3 * bq, "c2") for b in range(per_bar)]
                + [(0, 0.4 * bq, "c0"), (2 * bq, 0.4 * bq, "c1")])
    if style == "hiphop332":  # a held keys chord, re-struck on 3
        return [(0, 1.9 * bq, "c"), (2 * bq, 1.9 * bq, "c")]
    return [(0, per_bar * bq * 0.97, "c")]  # trap332: a held pad


# heldout6_band's drum_part and band_notes with this module's bars and crash.
drum_part, band_notes = band6.bound(drum_bar=_drum_bar, bass_bar=_bass_bar, chord_bar=_chord_bar, crash=CRASH)
