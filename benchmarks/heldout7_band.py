"""Band parts for real-heldout7 (benchmarks/make_realbeats_heldout7.py): four new styles written
here (country train beat, bossa nova, cumbia, 12/8 slow blues); every other style is
real-heldout6's or real-heldout5's pattern, imported unchanged (heldout6_band delegates to
heldout5_band). Only the kit table differs: every style plays on a kit no earlier set used
(heldout7_kits). Placement and timing as in heldout6_band: quarters on the renderer's beat grid.
"""

from __future__ import annotations

import heldout6_band as band6
from heldout6_band import harmonise, swing16_map  # noqa: F401 - re-exported for the script
from heldout7_kits import CONGA, CRASH, HAT, KICK, RIDE, RIM, SNARE

NEW_STYLES = ("train", "bossa", "cumbia", "blues128")
# style -> the Hydrogen kit that plays it (heldout7_kits.NEW_KITS)
KITS = {
    "poprock": "Millo-Drums_v.1", "funk": "Millo-Drums_v.1", "onedrop": "Millo-Drums_v.1",
    "train": "Millo-Drums_v.1", "waltz": "Millo-Drums_v.1", "ballad68": "Millo-Drums_v.1",
    "blues128": "Millo-Drums_v.1",
    "house": "Audiophob", "disco": "Audiophob", "afrobeat": "Audiophob",
    "hiphop": "VariBreaks", "trap": "VariBreaks", "rnb": "VariBreaks",
    "bossa": "Gimme A Hand 1.0", "cumbia": "Gimme A Hand 1.0",
}
Hits = list[tuple[float, int, int]]


def _drum_bar(style: str, bq: float, per_bar: int) -> Hits:
    """(quarter offset in the bar, note, velocity) for one bar of ``style``."""
    if style not in NEW_STYLES:
        return band6._drum_bar(style, bq, per_bar)
    beats = [k * bq for k in range(per_bar)]
    if style == "train":  # kick 1 and 3, snare eighths accented on 2 and 4 (brushes feel)
        return ([(0, KICK, 106), (2 * bq, KICK, 100)]
                + [(b + j * bq / 2, SNARE, 112 if (k % 2 and j == 0) else 52)
                   for k, b in enumerate(beats) for j in (0, 1)])
    if style == "bossa":  # surdo-like thump 1 and 3 with pickups, 3-side clave, maraca eighths
        return ([(0, KICK, 104), (1.5 * bq, KICK, 78), (2 * bq, KICK, 100), (3.5 * bq, KICK, 78)]
                + [(x * bq, RIM, 96) for x in (0, 1.5, 3)]
                + [(b + j * bq / 2, HAT, 78 if j == 0 else 54) for b in beats for j in (0, 1)])
    if style == "cumbia":  # thump 1 and 3, bongo 2 and 4, slap on every "and", guacharaca
        return ([(0, KICK, 108), (2 * bq, KICK, 104), (bq, CONGA, 96), (3 * bq, CONGA, 96)]
                + [(b + bq / 2, SNARE, 100) for b in beats]
                + [(b + j * bq / 4, HAT, (74, 40, 58, 40)[j]) for b in beats for j in range(4)])
    # blues128: beat = dotted quarter; kick 1 and 3, snare 2 and 4, ride on every triplet eighth
    return ([(0, KICK, 110), (2 * bq, KICK, 102), (bq, SNARE, 104), (3 * bq, SNARE, 106)]
            + [(b + j * bq / 3, RIDE, 80 if j == 0 else 56) for b in beats for j in range(3)])


def _bass_bar(style: str, bq: float, per_bar: int) -> list[tuple[float, float, str]]:
    """(offset, length, 'r' root / '5' fifth / '8' octave / 'b' third / '6' sixth) for one bar."""
    if style not in NEW_STYLES:
        return band6._bass_bar(style, bq, per_bar)
    if style == "train":  # boom-chick: root on 1, fifth on 3
        return [(0, 0.9 * bq, "r"), (2 * bq, 0.9 * bq, "5")]
    if style == "bossa":  # root on 1, fifth on the "and" of 2 held into 3, root on the "and" of 4
        return [(0, 1.4 * bq, "r"), (1.5 * bq, 1.4 * bq, "5"), (3 * bq, 0.4 * bq, "5"), (3.5 * bq, 0.4 * bq, "r")]
    if style == "cumbia":
        return [(0, 0.9 * bq, "r"), (bq, 0.4 * bq, "5"), (2 * bq, 0.9 * bq, "8"), (3 * bq, 0.4 * bq, "5")]
    return [(b * bq, 0.95 * bq, "rb56"[b % 4]) for b in range(per_bar)]  # blues128: walking


def _chord_bar(style: str, bq: float, per_bar: int) -> list[tuple[float, float, str]]:
    """(offset, length, 'c' whole chord) for one bar."""
    if style not in NEW_STYLES:
        return band6._chord_bar(style, bq, per_bar)
    if style == "train":  # the chick on 2 and 4
        return [(b * bq, 0.4 * bq, "c") for b in range(1, per_bar, 2)]
    if style == "bossa":  # the guitar's syncopated comp
        return [(0, 0.4 * bq, "c"), (1.5 * bq, 0.4 * bq, "c"), (2.5 * bq, 0.4 * bq, "c"), (3 * bq, 0.4 * bq, "c")]
    if style == "cumbia":  # accordion/guitar on every "and"
        return [(b * bq + bq / 2, 0.3 * bq, "c") for b in range(per_bar)]
    return [(b * bq + j * bq / 3, bq / 3 * 0.8, "c") for b in range(per_bar) for j in (1, 2)]  # triplet comp


# heldout6_band's drum_part and band_notes with this module's bars and crash.
drum_part, band_notes = band6.bound(drum_bar=_drum_bar, bass_bar=_bass_bar, chord_bar=_chord_bar, crash=CRASH)

