"""Band parts for real-heldout8 (benchmarks/make_realbeats_heldout8.py): five new styles written
here (fast punk, highlife, UK drill, a slow 4/4 ballad with eighth-note piano, a 5/4 groove in
2+3); every other style is real-heldout7's, real-heldout6's or real-heldout5's pattern,
imported unchanged (heldout7_band delegates to heldout6_band, which delegates to heldout5_band).
The kit table is this set's (heldout8_kits). Placement and timing as in heldout6_band: quarters
on the renderer's beat grid.
"""

from __future__ import annotations

import heldout6_band as band6
import heldout7_band as band7
from heldout6_band import harmonise, swing16_map  # noqa: F401 - re-exported for the script
from heldout8_kits import CLAP, COWBELL, CRASH, HAT, KICK, OPEN, RIDE, RIM, SNARE

NEW_STYLES = ("punk", "highlife", "drill", "ballad44", "five4")
# style -> the Hydrogen kit that plays it (heldout8_kits.NEW_KITS, or heldout6's electronic kits)
KITS = {
    "punk": "The Black Pearl 1.0", "poprock": "The Black Pearl 1.0", "ballad68": "The Black Pearl 1.0",
    "blues128": "The Black Pearl 1.0",
    "funk": "BJA_Pacific", "ballad44": "BJA_Pacific", "waltz": "BJA_Pacific", "five4": "BJA_Pacific",
    "afrobeat": "Millo_MultiLayered3", "onedrop": "Millo_MultiLayered3", "rnb": "Millo_MultiLayered3",
    "highlife": "circAfrique v4",
    "house": "HardElectro1", "techno": "HardElectro1", "dnb": "HardElectro1",
    "trap": "ElectricEmpireKit", "drill": "ElectricEmpireKit",
}
Hits = list[tuple[float, int, int]]


def _drum_bar(style: str, bq: float, per_bar: int) -> Hits:
    """(quarter offset in the bar, note, velocity) for one bar of ``style``."""
    if style not in NEW_STYLES:
        return band7._drum_bar(style, bq, per_bar)
    beats = [k * bq for k in range(per_bar)]
    if style == "punk":  # kick 1, 3 and the "and" of 3, loud snare 2 and 4, open-ish eighth hats
        return ([(0, KICK, 118), (2 * bq, KICK, 112), (2.5 * bq, KICK, 96)]
                + [(b, SNARE, 122) for k, b in enumerate(beats) if k % 2]
                + [(b + j * bq / 2, HAT, 104 if j == 0 else 92) for b in beats for j in (0, 1)])
    if style == "highlife":  # dunun 1 and 3, djembe slap 2 and 4, bell timeline, kenkeni off-beats
        return ([(0, KICK, 110), (2 * bq, KICK, 104)]
                + [(b, SNARE, 100) for k, b in enumerate(beats) if k % 2]
                + [(x * bq, COWBELL, 84) for x in (0, 1, 1.5, 2.5, 3)]
                + [(b + bq / 2, HAT, 70) for b in beats])
    if style == "drill":  # half-time: kick 1 and the "and" of 2, clap 3 and a late one, triplet hats
        return ([(0, KICK, 118), (1.5 * bq, KICK, 100), (2 * bq, CLAP, 112), (3.75 * bq, CLAP, 84)]
                + [(b + j * bq / 3, HAT, 78 if j == 0 else 46) for b in beats for j in range(3)])
    if style == "ballad44":  # kick 1 and the "and" of 2, cross-stick 2 and 4, soft eighth hats
        return ([(0, KICK, 100), (1.5 * bq, KICK, 76)]
                + [(b, RIM, 92) for k, b in enumerate(beats) if k % 2]
                + [(b + j * bq / 2, HAT, 60 if j == 0 else 40) for b in beats for j in (0, 1)])
    # five4 (2+3): ride on every beat, kick on 1 and 3, rim on 2 and 5, open hat on the "and" of 4
    return ([(b, RIDE, 88 if k in (0, 2) else 66) for k, b in enumerate(beats)]
            + [(0, KICK, 104), (2 * bq, KICK, 96), (bq, RIM, 86), (4 * bq, RIM, 86), (3.5 * bq, OPEN, 58)])


def _bass_bar(style: str, bq: float, per_bar: int) -> list[tuple[float, float, str]]:
    """(offset, length, 'r' root / '5' fifth / '8' octave / 'b' third / '6' sixth) for one bar."""
    if style not in NEW_STYLES:
        return band7._bass_bar(style, bq, per_bar)
    if style == "punk":  # driving root eighths
        return [(b * bq + j * bq / 2, 0.4 * bq, "r") for b in range(per_bar) for j in (0, 1)]
    if style == "highlife":
        return [(0, 0.9 * bq, "r"), (1.5 * bq, 0.4 * bq, "5"), (2 * bq, 0.9 * bq, "8"), (3 * bq, 0.9 * bq, "5")]
    if style == "drill":  # long 808 notes: root on 1, again on the "and" of 2, fifth before 4
        return [(0, 1.4 * bq, "r"), (1.5 * bq, 1.1 * bq, "r"), (2.75 * bq, 1.1 * bq, "5")]
    if style == "ballad44":
        return [(0, 1.9 * bq, "r"), (2 * bq, 1.9 * bq, "5")]
    return [(b * bq, 0.9 * bq, "r5r85"[b % 5]) for b in range(per_bar)]  # five4: a quarter on every beat


def _chord_bar(style: str, bq: float, per_bar: int) -> list[tuple[float, float, str]]:
    """(offset, length, 'c' whole chord or 'cN' voice N) for one bar."""
    if style not in NEW_STYLES:
        return band7._chord_bar(style, bq, per_bar)
    if style == "punk":  # palm-muted power chords on every eighth
        return [(b * bq + j * bq / 2, 0.4 * bq, "c") for b in range(per_bar) for j in (0, 1)]
    if style == "highlife":  # picked guitar: voices on the eighths, the top one on the "and"
        return [(b * bq + j * bq / 2, 0.45 * bq, ("c0", "c2")[j]) for b in range(per_bar) for j in (0, 1)]
    if style == "drill":  # a held pad
        return [(0, per_bar * bq * 0.97, "c")]
    if style == "ballad44":  # piano arpeggio in eighths: the eighth-note motion under a slow beat
        return [(b * bq + j * bq / 2, 0.9 * bq, ("c0", "c1", "c2", "c1")[(2 * b + j) % 4])
                for b in range(per_bar) for j in (0, 1)]
    return [(0, 0.9 * bq, "c"), (2 * bq, 0.9 * bq, "c"), (3.5 * bq, 0.4 * bq, "c")]  # five4: the 2+3 vamp


# heldout6_band's drum_part and band_notes with this module's bars and crash.
drum_part, band_notes = band6.bound(drum_bar=_drum_bar, bass_bar=_bass_bar, chord_bar=_chord_bar, crash=CRASH)
