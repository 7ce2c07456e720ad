"""Band parts for real-heldout6 (benchmarks/make_realbeats_heldout6.py): off-beat-heavy styles
(house, deep house, speed garage, funk, reggae one-drop and rockers, ska, rocksteady, disco,
nu-disco, afrobeat) written here, the others (pop/rock, hip-hop, drum-and-bass, waltz, 6/8 and
9/8 ballad) taken from real-heldout5's band module unchanged (import, not a copy).

Every pattern keeps something on the annotated beat (a kick, a snare or clap, the bass or a
chord): the off-beat is what these styles accent, but a listener still hears the beat; the
set's script checks that with the beat/between energy ratio before anything is scored.
Placement and timing as in heldout5_band: quarters on the renderer's beat grid, one tempo map.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import heldout5_band as band5
from heldout5_band import harmonise, swing16_map  # noqa: F401 - re-exported for the script
from heldout6_kits import CLAP, CONGA, COWBELL, CRASH, HAT, KICK, OPEN, PEDAL, RIM, SNARE

OLD_STYLES = ("poprock", "hiphop", "dnb", "waltz", "ballad68", "halftime")
# style -> the Hydrogen kit that plays it (heldout6_kits.KITS)
KITS = {
    "house": "HardElectro1", "garage": "HardElectro1", "techno": "HardElectro1", "nudisco": "HardElectro1",
    "deephouse": "ElectricEmpireKit", "trap": "ElectricEmpireKit", "dnb": "ElectricEmpireKit",
    "hiphop": "ElectricEmpireKit", "rnb": "ElectricEmpireKit",
    "funk": "Millo_MultiLayered2", "onedrop": "Millo_MultiLayered2", "rockers": "Millo_MultiLayered2",
    "ska": "Millo_MultiLayered2", "rocksteady": "Millo_MultiLayered2", "afrobeat": "Millo_MultiLayered2",
    "disco": "ColomboAcousticDrumkit", "poprock": "ColomboAcousticDrumkit",
    "waltz": "ColomboAcousticDrumkit", "ballad68": "ColomboAcousticDrumkit",
}
DRUM_NOTES = (KICK, RIM, SNARE, CLAP, HAT, PEDAL, OPEN, CRASH, COWBELL, CONGA, 51)
Hits = list[tuple[float, int, int]]


def _eighths(beats: list[float], bq: float, note: int, on: int, off: int) -> Hits:
    return [(b + j * bq / 2, note, on if j == 0 else off) for b in beats for j in (0, 1)]


def _sixteenths(beats: list[float], bq: float, note: int, vels: tuple[int, int, int, int]) -> Hits:
    return [(b + j * bq / 4, note, vels[j]) for b in beats for j in range(4)]


def _drum_bar(style: str, bq: float, per_bar: int) -> Hits:
    """(quarter offset in the bar, note, velocity) for one 4/4 bar of ``style``."""
    if style in OLD_STYLES:
        return band5._drum_bar(style, bq, per_bar)
    beats = [k * bq for k in range(per_bar)]
    two_four = [b for k, b in enumerate(beats) if k % 2]
    h: Hits = []
    if style in ("house", "deephouse", "garage", "techno", "nudisco"):  # four on the floor
        # club mixes put the open hat as loud as the kick above a few kHz: the off-beat leads
        h += [(b, KICK, 108) for b in beats] + [(b + bq / 2, OPEN, 124) for b in beats]
        h += [(b, CLAP if style != "techno" else RIM, 96) for b in two_four]
        if style in ("house", "nudisco"):
            h += [(b + j * bq / 4, HAT, 46) for b in beats for j in (1, 3)]
        if style == "deephouse":
            h += [(b + 0.75 * bq, RIM, 70) for b in beats[::2]] + [(b + 0.25 * bq, PEDAL, 40) for b in beats]
        if style == "garage":  # speed garage: a skipping kick and a rim on the last sixteenth
            h += [(2.75 * bq, KICK, 90), (3.75 * bq, RIM, 76)]
        if style == "techno":
            h += _sixteenths(beats, bq, HAT, (40, 52, 30, 52))
    elif style in ("funk", "afrobeat"):
        h += [(0, KICK, 116), (2 * bq, KICK, 104)]
        h += [(b, SNARE, 110) for b in two_four] + [(1.75 * bq, SNARE, 38), (3.25 * bq, SNARE, 36)]
        if style == "funk":
            h += [(0.75 * bq, KICK, 90), (2.5 * bq, KICK, 96), (3.5 * bq, OPEN, 84)]
            h += _sixteenths(beats, bq, HAT, (76, 44, 62, 44))
        else:  # afrobeat: busy kick, eighth hats with the open one on the "and" of 4, a bell figure (on a tom: Debian dropped Millo's cowbell)
            h += [(1.5 * bq, KICK, 92), (3.5 * bq, KICK, 90), (3.5 * bq, OPEN, 88)]
            h += _eighths(beats[:3], bq, HAT, 72, 58) + [(3 * bq, HAT, 72)]
            h += [(b + x * bq, COWBELL, 70) for b in (0.0, 2 * bq) for x in (0, 0.75, 1.5)]
    elif style in ("onedrop", "rocksteady"):  # kick and rim together on 3 only
        h += [(2 * bq, KICK, 116), (2 * bq, RIM, 104)]
        h += _eighths(beats, bq, HAT, 56, 80) + [(3.5 * bq, OPEN, 70)]
    elif style == "rockers":  # kick on every beat, rim on 3, off-beat hats
        h += [(b, KICK, 112) for b in beats] + [(2 * bq, RIM, 104)] + _eighths(beats, bq, HAT, 50, 84)
    elif style == "ska":
        h += [(0, KICK, 110), (2 * bq, KICK, 104)] + [(b, SNARE, 104) for b in two_four]
        h += [(b + bq / 2, OPEN, 84) for b in beats] + [(b, HAT, 56) for b in beats]
    elif style == "disco":
        h += [(b, KICK, 108) for b in beats] + [(b, SNARE, 100) for b in two_four]
        h += [(b + bq / 2, OPEN, 122) for b in beats] + [(b + j * bq / 4, HAT, 50) for b in beats for j in (1, 3)]
    elif style == "trap":  # half-time: clap on 3; hats in sixteenths with a 32nd roll on 4
        h += [(0, KICK, 118), (1.5 * bq, KICK, 96), (2.75 * bq, KICK, 90), (2 * bq, CLAP, 112)]
        h += _sixteenths(beats[:3], bq, HAT, (70, 48, 60, 48)) + [(3 * bq + j * bq / 8, HAT, 44 + 3 * j) for j in range(8)]
    elif style == "rnb":  # laid-back backbeat, kick pushes the "and" of 2
        h += [(0, KICK, 112), (1.5 * bq, KICK, 92), (2.5 * bq, KICK, 96)]
        h += [(b, SNARE, 104) for b in two_four] + [(b, CLAP, 70) for b in two_four]
        h += _eighths(beats, bq, HAT, 70, 50)
    else:
        raise ValueError(style)
    return h


def _bass_bar(style: str, bq: float, per_bar: int) -> list[tuple[float, float, str]]:
    """(offset, length, 'r' root / '5' fifth / '8' octave / 'b' third / '6' sixth) for one bar."""
    if style in OLD_STYLES:
        return band5._bass_bar(style, bq, per_bar)
    if style in ("house", "techno", "garage"):
        return [(b * bq + bq / 2, bq * 0.4, "r") for b in range(per_bar)]
    if style == "deephouse":
        return [(0, 0.4 * bq, "r"), (0.75 * bq, 0.5 * bq, "r"), (1.5 * bq, 0.4 * bq, "8"),
                (2.5 * bq, 0.4 * bq, "5"), (3.5 * bq, 0.4 * bq, "r")]
    if style in ("disco", "nudisco"):  # octave bass: root on the beat, octave on the "and"
        return [(b * bq + j * bq / 2, bq * 0.4, "r8"[j]) for b in range(per_bar) for j in (0, 1)]
    if style == "funk":
        return [(0, 0.4 * bq, "r"), (0.75 * bq, 0.2 * bq, "8"), (1.25 * bq, 0.2 * bq, "5"),
                (2 * bq, 0.4 * bq, "r"), (2.5 * bq, 0.2 * bq, "8"), (3.25 * bq, 0.2 * bq, "6"), (3.5 * bq, 0.4 * bq, "5")]
    if style == "afrobeat":
        return [(0, 0.6 * bq, "r"), (0.75 * bq, 0.25 * bq, "r"), (1.5 * bq, 0.4 * bq, "5"),
                (2 * bq, 0.4 * bq, "6"), (2.75 * bq, 0.6 * bq, "5"), (3.5 * bq, 0.4 * bq, "8")]
    if style in ("onedrop", "rocksteady"):  # root on 1 held, a phrase into the next bar
        return [(0, 1.4 * bq, "r"), (2 * bq, 0.4 * bq, "5"), (2.5 * bq, 0.4 * bq, "6"), (3 * bq, 0.9 * bq, "8")]
    if style == "rockers":
        return [(b * bq, 0.45 * bq, "r5r8"[b % 4]) for b in range(per_bar)] + [(1.5 * bq, 0.4 * bq, "r")]
    if style == "ska":  # walking quarters
        return [(b * bq, 0.85 * bq, "rb56"[b % 4]) for b in range(per_bar)]
    if style == "trap":
        return [(0, 1.4 * bq, "r"), (1.5 * bq, 1.2 * bq, "r"), (2.75 * bq, 1.2 * bq, "5")]
    if style == "rnb":
        return [(0, 1.4 * bq, "r"), (1.5 * bq, 0.9 * bq, "r"), (2.5 * bq, 1.4 * bq, "5")]
    raise ValueError(style)


def _chord_bar(style: str, bq: float, per_bar: int) -> list[tuple[float, float, str]]:
    """(offset, length, 'c' whole chord) for one bar: the skank, the stab, the scratch."""
    if style in OLD_STYLES:
        return band5._chord_bar(style, bq, per_bar)
    offs = [b * bq + bq / 2 for b in range(per_bar)]
    if style in ("house", "garage", "nudisco", "ska", "rocksteady"):  # on every "and"
        return [(o, 0.25 * bq, "c") for o in offs]
    if style in ("onedrop", "rockers"):  # the skank on 2 and 4 (the quarter at 70-90 BPM)
        return [(b * bq, 0.3 * bq, "c") for b in range(1, per_bar, 2)]
    if style == "deephouse":
        return [(0, 0.4 * bq, "c"), (1.5 * bq, 0.3 * bq, "c"), (2.75 * bq, 0.5 * bq, "c")]
    if style in ("funk", "afrobeat"):  # sixteenth guitar: accents off the beat
        return [(x * bq, 0.15 * bq, "c") for x in (0.25, 0.5, 1.0, 1.75, 2.25, 2.5, 3.0, 3.75)]
    if style == "disco":
        return [(0, per_bar * bq * 0.97, "c")] + [(o, 0.2 * bq, "c") for o in offs]
    if style in ("techno", "trap", "rnb"):
        return [(0, per_bar * bq * 0.97, "c")]
    raise ValueError(style)


def drum_part(style: str, beats_q: Any, pos: Any, beat_q: float, per_bar: int, intro_bars: int, *,
              drum_bar: Callable[[str, float, int], Hits] | None = None, crash: int = CRASH) -> Hits:
    """The style's bars on every downbeat after ``intro_bars`` drum-less bars, a crash where
    the drums come in and every 8 bars. ``drum_bar``/``crash``: another set's patterns and kit
    (real-heldout7); by default this module's."""
    bar = drum_bar or _drum_bar
    downs = [float(b) for b, p in zip(beats_q, pos, strict=True) if p == 1]
    hits: Hits = []
    for k, d in enumerate(downs[intro_bars:]):
        hits += [(d + o, n, v) for o, n, v in bar(style, beat_q, per_bar)]
        if k == 0 or k % 8 == 0:
            hits.append((d, crash, 92))
    return hits


def band_notes(style: str, harm: list[tuple[float, float, int, tuple[int, ...]]], len_q: float,
               beats_q: Any, pos: Any, beat_q: float, per_bar: int, *,
               bass_bar: Callable[[str, float, int], Any] | None = None,
               chord_bar: Callable[[str, float, int], Any] | None = None,
               ) -> tuple[list[tuple[float, float, int, int]], list[tuple[float, float, int, int]]]:
    """Bass and chord notes (q, length q, pitch, velocity) on every bar of the looped grid;
    ``bass_bar``/``chord_bar``: another set's patterns (real-heldout7), by default this module's."""
    bass: list[tuple[float, float, int, int]] = []
    chords: list[tuple[float, float, int, int]] = []
    bass_of, chord_of = bass_bar or _bass_bar, chord_bar or _chord_bar
    for d in (float(b) for b, p in zip(beats_q, pos, strict=True) if p == 1):
        for o, ln, kind in bass_of(style, beat_q, per_bar):
            root, pcs = band5._chord_at(harm, d + o, len_q)
            step = {"r": 0, "5": 7, "8": 12, "b": 4 if (root + 4) % 12 in pcs else 3, "6": 9}[kind]
            bass.append((d + o, ln, 40 + (root - 4) % 12 + step, 96 if o == 0 else 84))
        for o, ln, kind in chord_of(style, beat_q, per_bar):
            _, pcs = band5._chord_at(harm, d + o, len_q)
            voice = band5._voicing(pcs)
            picks = voice if kind == "c" else [voice[int(kind[1])]]
            chords += [(d + o, ln, p, 70 if kind == "c" else 66) for p in picks]
    return bass, chords


def bound(*, drum_bar: Callable[[str, float, int], Hits], bass_bar: Callable[[str, float, int], Any],
          chord_bar: Callable[[str, float, int], Any], crash: int) -> tuple[Callable[..., Hits], Callable[..., Any]]:
    """``drum_part`` and ``band_notes`` with another set's bar patterns and crash (real-heldout7
    and later): what each later band module exports under those names."""
    return (partial(drum_part, drum_bar=drum_bar, crash=crash),
            partial(band_notes, bass_bar=bass_bar, chord_bar=chord_bar))

