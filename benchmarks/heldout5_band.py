"""Band parts for real-heldout5 (benchmarks/make_realbeats_heldout5.py): a drum kit, a bass line
and a chord part written by script in a named style, under a public-domain melody.

Everything is placed in quarters on the renderer's own beat grid (``beats_q``, ``pos``) and
timed by the same tempo map as the melody, so the annotation stays exact. Chords come from a
plain harmonisation of the melody (per bar, or per half bar in 4/4: the diatonic triad of the
key that covers most of the melody's duration; ties go to I, V, IV). Swing is applied by the
tempo map (eighths for the shuffle, sixteenths for hip-hop), never in compound metre.
"""

from __future__ import annotations

from typing import Any

import numpy as np

KICK, RIM, SNARE, CLAP, HAT, PEDAL, OPEN, CRASH, RIDE = 36, 37, 38, 39, 42, 44, 46, 49, 51
DRUM_NOTES = (KICK, SNARE, CLAP, HAT, OPEN, CRASH, RIDE)

# style -> (drum hits per beat position: fn, bass fn, chord fn) are below; the table says which
# kit plays it: "avl:<file stem>" (sampled kit, rendered separately) or "gm:<bank-128 preset>".
KITS = {
    "poprock": "avl:Red_Zeppelin_4_LV2", "halftime": "avl:Red_Zeppelin_4_LV2",
    "funk": "avl:Red_Zeppelin_4_LV2", "celtic68": "avl:Red_Zeppelin_4_LV2",
    "shuffle": "avl:Black_Pearl_4_LV2", "ballad68": "avl:Black_Pearl_4_LV2",
    "waltz": "avl:Black_Pearl_4_LV2", "folkpop": "avl:Black_Pearl_4_LV2",
    "house": "gm:24", "trance": "gm:24", "dnb": "gm:24", "hiphop": "gm:25", "dembow": "gm:25",
}


def _drum_bar(style: str, bq: float, per_bar: int) -> list[tuple[float, int, int]]:
    """(quarter offset in the bar, note, velocity) for one bar of ``style``."""
    h: list[tuple[float, int, int]] = []
    beats = [k * bq for k in range(per_bar)]
    if style in ("poprock", "folkpop"):
        h += [(0, KICK, 112), (2 * bq + bq / 2, KICK, 96), (2 * bq, KICK, 104)]
        h += [(b, SNARE, 108) for k, b in enumerate(beats) if k % 2 == 1]
        h += [(b + j * bq / 2, HAT, 84 if j == 0 else 64) for b in beats for j in (0, 1)]
    elif style == "halftime":  # snare on 3 only: the groove feels twice as slow as the beat
        h += [(0, KICK, 112), (bq * 1.5, KICK, 90), (2 * bq, SNARE, 112)]
        h += [(b + j * bq / 2, HAT, 80 if j == 0 else 60) for b in beats for j in (0, 1)]
    elif style == "funk":
        h += [(0, KICK, 112), (0.75 * bq, KICK, 92), (2.5 * bq, KICK, 100)]
        h += [(bq, SNARE, 110), (3 * bq, SNARE, 110), (2.75 * bq, SNARE, 40), (1.75 * bq, SNARE, 36)]
        h += [(b + j * bq / 4, HAT, 78 if j % 2 == 0 else 52) for b in beats for j in range(4)]
    elif style == "shuffle":  # straight eighths here; the tempo map swings them
        h += [(0, KICK, 108), (2 * bq, KICK, 100), (bq, SNARE, 104), (3 * bq, SNARE, 104)]
        h += [(b + j * bq / 2, RIDE, 86 if j == 0 else 66) for b in beats for j in (0, 1)]
    elif style == "house":
        h += [(b, KICK, 118) for b in beats] + [(b, CLAP, 100) for k, b in enumerate(beats) if k % 2]
        h += [(b + bq / 2, OPEN, 92) for b in beats] + [(b + j * bq / 4, HAT, 48) for b in beats for j in (1, 3)]
    elif style == "trance":
        h += [(b, KICK, 120) for b in beats] + [(b, CLAP, 96) for k, b in enumerate(beats) if k % 2]
        h += [(b + bq / 2, OPEN, 100) for b in beats] + [(b + j * bq / 4, HAT, 56) for b in beats for j in (1, 3)]
    elif style == "dnb":  # two-step: kick 1 and the "and" of 3, snare 2 and 4
        h += [(0, KICK, 118), (2.5 * bq, KICK, 108), (bq, SNARE, 116), (3 * bq, SNARE, 116)]
        h += [(b + j * bq / 2, HAT, 70 if j == 0 else 54) for b in beats for j in (0, 1)]
    elif style == "hiphop":  # boom-bap; sixteenth hats, swung by the tempo map
        h += [(0, KICK, 116), (1.75 * bq, KICK, 96), (2.5 * bq, KICK, 104)]
        h += [(bq, SNARE, 112), (3 * bq, SNARE, 112)]
        h += [(b + j * bq / 4, HAT, 72 if j == 0 else 50) for b in beats for j in range(4)]
    elif style == "dembow":  # reggaeton: kick on every beat, snare on the 3/4 and the "and"
        h += [(b, KICK, 116) for b in beats]
        h += [(b + x * bq, SNARE, 104) for b in beats[::2] for x in (0.75, 1.5)]
        h += [(b + j * bq / 2, HAT, 60) for b in beats for j in (0, 1)]
    elif style in ("ballad68", "celtic68"):  # beat = dotted quarter; hats on every eighth
        h += [(0, KICK, 110), (bq, SNARE, 104 if style == "celtic68" else 92)]
        if style == "celtic68":
            h += [(bq + bq * 2 / 3, KICK, 88)]
        h += [(b + j * bq / 3, HAT, 76 if j == 0 else 56) for b in beats for j in range(3)]
    elif style == "waltz":
        h += [(0, KICK, 110)] + [(b, SNARE, 86) for b in beats[1:]] + [(b, HAT, 70) for b in beats]
    else:
        raise ValueError(style)
    return h


def drum_part(style: str, beats_q: Any, pos: Any, beat_q: float, per_bar: int, intro_bars: int
              ) -> list[tuple[float, int, int]]:
    """The style's bars on every downbeat after ``intro_bars`` drum-less bars (no drums under a
    pickup), a crash where the drums come in."""
    downs = [float(b) for b, p in zip(beats_q, pos, strict=True) if p == 1]
    hits: list[tuple[float, int, int]] = []
    for k, d in enumerate(downs[intro_bars:]):
        hits += [(d + o, n, v) for o, n, v in _drum_bar(style, beat_q, per_bar)]
        if k == 0 or k % 8 == 0:
            hits.append((d, CRASH, 96))
    return hits


# --------------------------------------------------------------------------- harmony
MAJOR = [(0, (0, 4, 7)), (7, (7, 11, 2)), (5, (5, 9, 0)), (9, (9, 0, 4)), (2, (2, 5, 9)), (4, (4, 7, 11))]


def harmonise(sc: Any, *, span_q: float) -> list[tuple[float, float, int, tuple[int, ...]]]:
    """(start q, end q, root pc, triad pcs) for every ``span_q`` window of the score's top part."""
    key = sc.analyze("key")
    tonic = key.tonic.pitchClass if key.mode == "major" else (key.tonic.pitchClass + 3) % 12
    notes = [(float(n.getOffsetInHierarchy(sc)), float(n.quarterLength), n.pitches[0].pitchClass)
             for n in sc.parts[0].recurse().notes]
    end = float(sc.parts[0].highestTime)
    out = []
    prev = None
    for s in np.arange(0.0, end, span_q):
        e = min(s + span_q, end)
        best, score = None, -1.0
        for rank, (root, triad) in enumerate(MAJOR):
            pcs = tuple((tonic + x) % 12 for x in triad)
            cover = sum(max(0.0, min(e, o + d) - max(s, o)) for o, d, pc in notes if pc in pcs)
            cover -= 0.01 * rank
            if cover > score:
                best, score = ((tonic + root) % 12, pcs), cover
        if score <= 0 and prev is not None:
            best = prev
        prev = best
        assert best is not None
        out.append((float(s), float(e), best[0], best[1]))
    return out


def _chord_at(harm: list[tuple[float, float, int, tuple[int, ...]]], q: float, len_q: float
              ) -> tuple[int, tuple[int, ...]]:
    q = q % len_q
    for s, e, root, pcs in harm:
        if s - 1e-6 <= q < e - 1e-6:
            return root, pcs
    return harm[-1][2], harm[-1][3]


def _voicing(pcs: tuple[int, ...]) -> list[int]:
    return sorted(55 + (pc - 7) % 12 for pc in pcs)  # close position, G3..F#4


# (offset in the bar, length, 'r' root / '5' fifth / '8' octave) for the bass of one bar
def _bass_bar(style: str, bq: float, per_bar: int) -> list[tuple[float, float, str]]:
    beats = [k * bq for k in range(per_bar)]
    if style in ("poprock", "folkpop"):
        return [(b + j * bq / 2, bq / 2 * 0.9, "r") for b in beats for j in (0, 1)]
    if style == "halftime":
        return [(0, 1.5 * bq, "r"), (1.5 * bq, 0.5 * bq, "r"), (2 * bq, 2 * bq * 0.9, "5")]
    if style == "funk":
        return [(0, 0.5 * bq, "r"), (0.75 * bq, 0.25 * bq, "8"), (1.5 * bq, 0.4 * bq, "r"),
                (2.5 * bq, 0.25 * bq, "5"), (2.75 * bq, 0.25 * bq, "8"), (3.5 * bq, 0.4 * bq, "r")]
    if style == "shuffle":  # boogie: root, third-ish (5), sixth (6th = 9 semitones), fifth
        return [(b, bq * 0.9, "rb56"[k % 4]) for k, b in enumerate(beats)]
    if style in ("house", "trance"):
        return [(b + bq / 2, bq / 2 * 0.8, "r") for b in beats]
    if style == "dnb":
        return [(0, 2.4 * bq, "r"), (2.5 * bq, 1.4 * bq, "r")]
    if style == "hiphop":
        return [(0, 1.5 * bq, "r"), (1.75 * bq, 0.6 * bq, "r"), (2.5 * bq, 1.4 * bq, "5")]
    if style == "dembow":
        return [(b, bq * 0.7, "r") for b in beats]
    if style in ("ballad68", "celtic68"):
        return [(0, bq * 0.95, "r"), (bq, bq * 0.95, "5")]
    if style == "waltz":
        return [(0, bq * 0.9, "r")]
    raise ValueError(style)


def _chord_bar(style: str, bq: float, per_bar: int) -> list[tuple[float, float, str]]:
    """(offset, length, 'c' whole chord / 'a0..2' one arpeggio note) for one bar."""
    beats = [k * bq for k in range(per_bar)]
    if style in ("poprock", "funk"):
        if style == "funk":
            return [(x * bq, 0.2 * bq, "c") for x in (0.5, 1.75, 2.5, 3.25)]
        return [(b, bq * 0.9, "c") for b in beats]
    if style == "folkpop":  # strummed: down on the beat, up on the "and" of 2 and 4
        return [(b, bq * 0.45, "c") for b in beats] + [(b + bq / 2, bq * 0.4, "c") for b in beats[1::2]]
    if style in ("halftime", "trance", "dnb", "hiphop"):
        return [(0, per_bar * bq * 0.97, "c")]
    if style == "house":
        return [(b + bq / 2, bq * 0.25, "c") for b in beats]
    if style == "dembow":
        return [(b + x * bq, 0.2 * bq, "c") for b in beats[::2] for x in (0.75, 1.5)]
    if style == "shuffle":
        return [(b, bq * 0.8, "c") for b in beats[1::2]]
    if style in ("ballad68", "celtic68"):  # eighth-note arpeggio
        return [(b + j * bq / 3, bq / 3 * 0.95, f"a{j}") for b in beats for j in range(3)]
    if style == "waltz":
        return [(b, bq * 0.8, "c") for b in beats[1:]]
    raise ValueError(style)


def band_notes(style: str, harm: list[tuple[float, float, int, tuple[int, ...]]], len_q: float,
               beats_q: Any, pos: Any, beat_q: float, per_bar: int
               ) -> tuple[list[tuple[float, float, int, int]], list[tuple[float, float, int, int]]]:
    """Bass and chord notes (q, length q, pitch, velocity) on every bar of the looped grid (the
    pickup bar too: players come in with the band)."""
    bass: list[tuple[float, float, int, int]] = []
    chords: list[tuple[float, float, int, int]] = []
    for d in (float(b) for b, p in zip(beats_q, pos, strict=True) if p == 1):
        for o, ln, kind in _bass_bar(style, beat_q, per_bar):
            root, pcs = _chord_at(harm, d + o, len_q)
            step = {"r": 0, "5": 7, "8": 12, "b": 4 if (root + 4) % 12 in pcs else 3, "6": 9}[kind]
            bass.append((d + o, ln, 40 + (root - 4) % 12 + step, 96 if o == 0 else 84))
        for o, ln, kind in _chord_bar(style, beat_q, per_bar):
            _, pcs = _chord_at(harm, d + o, len_q)
            voice = _voicing(pcs)
            picks = voice if kind == "c" else [voice[int(kind[1])]]
            chords += [(d + o, ln, p, 70 if kind == "c" else 66) for p in picks]
    return bass, chords


def swing16_map(base: type, ratio: float) -> type:
    """A TempoMap that plays the second sixteenth of every eighth at ``ratio`` of the eighth
    (hip-hop's swung sixteenths); every eighth and every beat stays where it was."""

    class Swing16Map(base):  # type: ignore[misc, valid-type]
        def __call__(self, q: Any) -> Any:
            x = np.asarray(q, float) * 2
            whole = np.floor(x + 1e-9)
            frac = np.clip(x - whole, 0.0, 1.0)
            warped = np.where(frac < 0.5, frac * 2 * ratio, ratio + (frac - 0.5) * 2 * (1 - ratio))
            return super().__call__((whole + warped) / 2)

    return Swing16Map
