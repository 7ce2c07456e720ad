"""real-train4's band styles: patterns written here from genre convention (issue #15).

Each style: beats per bar, subdivisions per annotated beat (4: sixteenths, 2: eighths), the
style's usual tempo range **of the annotated beat** (the quarter note: what a producer types into
the DAW), and one bar of drums, bass and chord onsets in subdivision steps. ``level`` says why
that level is the one counted. Nothing here comes from another set's generator.
"""

from __future__ import annotations

import random
from typing import Any

KICK, SNARE, RIM, CLAP, HAT, OPEN, RIDE, CRASH, SHAKER, GUIRO = 36, 38, 37, 39, 42, 46, 51, 49, 70, 73

STYLES: dict[str, dict[str, Any]] = {
    "trap": dict(beats=4, sub=4, bpm=(130, 150), kick=[0, 3, 10, 11], snare=[8], clap=True,
                 hat=range(0, 16, 2), rolls=0.35, bass=[0, 3, 10], bass_len="hold", chord=[0],
                 level="DAW tempo 130-150, half-time feel: clap on 3 of every bar"),
    "drill": dict(beats=4, sub=4, bpm=(138, 146), kick=[0, 6, 11], snare=[8], clap=False,
                  hat=[0, 3, 6, 8, 11, 14], rolls=0.3, bass=[0, 6, 11], bass_len="hold", chord=[0],
                  level="DAW tempo ~140, snare on 3 (half-time feel), sliding 808"),
    "dnb": dict(beats=4, sub=4, bpm=(168, 178), kick=[0, 10], snare=[4, 12], hat=range(0, 16, 2),
                bass=[0, 10], bass_len="hold", chord=[0],
                level="174-ish: two-step, kick 1 and the and of 3, snare on 2 and 4"),
    "halftime": dict(beats=4, sub=4, bpm=(136, 150), kick=[0, 14], snare=[8], hat=range(0, 16, 4),
                     bass=range(0, 16, 2), chord=[0],
                     level="DAW tempo 136-150 (dubstep 140), snare on 3: counted in quarters at the DAW tempo"),
    "rnb": dict(beats=4, sub=4, bpm=(62, 80), kick=[0, 7, 10], snare=[4, 12], hat=range(16), swing16=True,
                bass=[0, 7, 10], chord=[0, 8],
                level="slow quarter 62-80 with sixteenth hats (swung or straight); not the double"),
    "reggaeton": dict(beats=4, sub=4, bpm=(88, 100), kick=[0, 4, 8, 12], snare=[3, 6, 11, 14],
                      hat=range(0, 16, 2), bass=[0, 3, 6, 8, 11, 14], chord=[0, 3, 6, 8, 11, 14],
                      level="dembow at 88-100: kick on every quarter, snare on the 3-3-2 pulses"),
    "cumbia": dict(beats=4, sub=4, bpm=(85, 105), kick=[0, 8], snare=[4, 12], rim=True,
                   hat=[0, 2, 3, 4, 6, 7, 8, 10, 11, 12, 14, 15], shaker=True,
                   bass=[0, 8, 12], chord=[2, 6, 10, 14],
                   level="quarter 85-105, bass on 1 and 3, accordion on the ands"),
    "bossa": dict(beats=4, sub=4, bpm=(120, 140), kick=[0, 6, 8, 14], snare=[0, 6, 12], snare2=[4, 10],
                  rim=True, hat=range(0, 16, 2), bass=[0, 6, 8, 14], chord=[0, 3, 6, 10, 12],
                  level="quarter 120-140 in 4/4 (the way a lead sheet at 'bossa 130' counts), clave over two bars"),
    "afrobeats": dict(beats=4, sub=4, bpm=(98, 115), kick=[0, 6, 8], snare=[4, 12], clap=True,
                      perc=[3, 10, 14], hat=range(16), shaker=True, bass=[0, 6, 8, 11], chord=[2, 6, 10, 13],
                      level="quarter 98-115, clap on 2 and 4, percussion and shaker around it"),
    "punk": dict(beats=4, sub=2, bpm=(160, 200), kick=[0, 3, 4], snare=[2, 6], hat=range(8), crash_hat=True,
                 bass=range(8), chord=range(8),
                 level="fast quarter 160-200, snare on 2 and 4, eighth-note bass and power chords"),
    "ballad": dict(beats=4, sub=4, bpm=(56, 76), kick=[0, 10], snare=[4, 12], hat=range(0, 16, 2), soft=True,
                   bass=[0, 8], chord=range(0, 16, 2), arpeggio=True, p_nodrums=0.55,
                   level="slow quarter 56-76; the piano's eighth-note arpeggios are the half-beat"),
    "fastwaltz": dict(beats=3, sub=2, bpm=(150, 200), kick=[0], snare=[2, 4], hat=[0, 2, 4],
                      bass=[0], chord=[2, 4],
                      level="3/4 at 150-200 quarters: oom-pah-pah, the quarter counted"),
    "polonaise": dict(beats=3, sub=4, bpm=(84, 100), kick=[0], snare=[0, 2, 3, 4, 6, 8, 10], soft=True,
                      hat=[], bass=[0, 4, 8], chord=[0, 2, 3, 4, 6, 8, 10], p_nodrums=0.4,
                      level="3/4 at 84-100 quarters with the polonaise rhythm (eighth, two sixteenths, four eighths)"),
    "five4": dict(beats=5, sub=2, bpm=(100, 176), kick=[0, 6], snare=[4, 8], hat=range(10), ride=True,
                  bass=[0, 2, 4, 6, 8], chord=[0, 3, 6],
                  level="5/4 (3+2) counted in quarters"),
    "pop332": dict(beats=4, sub=4, bpm=(90, 124), kick=[0, 6, 12], snare=[4, 12], hat=range(0, 16, 2),
                   bass=[0, 6, 12], chord=[0, 6, 12],
                   level="pop quarter 90-124, 3+3+2 eighths in kick, bass and chords"),
    "hiphop332": dict(beats=4, sub=4, bpm=(80, 100), kick=[0, 3, 6, 8, 11, 14], snare=[4, 12], hat=range(16),
                      bass=[0, 3, 6, 8, 11, 14], chord=[0, 8],
                      level="hip-hop quarter 80-100, dotted-eighth 3+3+2 kick and bass per half bar"),
}
# General MIDI programs per style: (chord, bass, lead) choices.
PROGRAMS: dict[str, tuple[list[int], list[int], list[int]]] = {
    "trap": ([4, 5, 81, 88, 89, 90, 11, 46], [38, 39, 87], [80, 81, 84, 11, 73]),
    "drill": ([48, 49, 4, 89, 11, 46, 0], [38, 39, 87], [80, 73, 11, 71]),
    "dnb": ([88, 89, 90, 4, 50, 94], [38, 39, 87, 34], [81, 80, 84]),
    "halftime": ([81, 89, 90, 95], [38, 39, 87], [81, 80, 84]),
    "rnb": ([4, 5, 0, 16, 89, 26], [33, 34, 38, 35], [65, 66, 11, 73]),
    "reggaeton": ([4, 0, 81, 24, 25, 89], [38, 39, 33], [80, 11, 73, 24]),
    "cumbia": ([21, 22, 24, 25, 0], [32, 33, 35], [21, 73, 56, 22]),
    "bossa": ([24, 25, 0, 4], [32, 33, 35], [73, 65, 66, 11]),
    "afrobeats": ([4, 5, 24, 27, 12, 11, 89], [33, 38, 34], [80, 11, 73, 12]),
    "punk": ([29, 30, 27], [33, 34, 35], [29, 30]),
    "ballad": ([0, 1, 2, 4], [32, 33, 0], [40, 73, 71, 42, 48]),
    "fastwaltz": ([0, 48, 21, 24, 4], [32, 43, 58], [40, 73, 56, 21]),
    "polonaise": ([48, 0, 61, 49, 52], [43, 32, 58], [40, 56, 73, 68]),
    "five4": ([0, 4, 11, 24], [32, 33], [65, 66, 73, 56]),
    "pop332": ([0, 4, 24, 27, 81, 89], [33, 34, 38], [80, 73, 65, 11]),
    "hiphop332": ([4, 0, 5, 48, 89], [33, 38, 34], [80, 11, 73]),
}
PROGRESSIONS = [[0, 7, 9, 5], [9, 5, 0, 7], [0, 5, 7, 5], [2, 7, 0, 0], [9, 9, 5, 7], [0, 3, 5, 5], [9, 2, 4, 9]]


def drum_mode(rng: random.Random, style: str) -> str:
    """'full', 'none' (no drums at all), 'late' (drums come in after a few bars) or 'break'
    (drums drop out for a few bars in the middle): about a quarter not fully drummed."""
    p_none = STYLES[style].get("p_nodrums", 0.12)
    r = rng.random()
    return "none" if r < p_none else "late" if r < p_none + 0.07 else "break" if r < p_none + 0.14 else "full"


def drums_on(mode: str, bar: int, start_bar: int) -> bool:
    """Whether bar ``bar`` (render bars; the excerpt opens at ``start_bar``) has drums."""
    k = bar - start_bar
    return mode == "full" or (mode == "late" and k >= 4) or (mode == "break" and not 4 <= k < 8)


def drum_bar(rng: random.Random, hit: Any, s: dict[str, Any], t_bar: float, step: float, *, bar: int) -> None:
    """One bar of the style ``s``'s kit: ``hit(pitch, time, length, velocity)`` per drum hit."""
    soft = -25 if s.get("soft") else 0
    for i in s["kick"]:
        hit(KICK, t_bar + i * step, 0.3 if s.get("bass_len") == "hold" else 0.1, 110 + soft)
    snares = s.get("snare2", s["snare"]) if bar % 2 else s["snare"]
    for i in snares:
        pitch = RIM if s.get("rim") else CLAP if s.get("clap") else SNARE
        hit(pitch, t_bar + i * step, 0.1, 100 + soft)
    for i in s.get("perc", []):
        hit(RIM, t_bar + i * step, 0.1, 75)
    hat = RIDE if s.get("ride") else SHAKER if s.get("shaker") and rng.random() < 0.5 else HAT
    per_beat = s["sub"]
    for beat in range(s["beats"]):
        if s.get("rolls") and rng.random() < s["rolls"]:
            n = rng.choice([3, 4, 6, 8])  # eighth triplets, sixteenths, sixteenth triplets, 32nds
            for j in range(n):
                hit(HAT, t_bar + (beat + j / n) * per_beat * step, 0.04, 60 + 30 * j // n)
            continue
        for i in s["hat"]:
            if beat * per_beat <= i < (beat + 1) * per_beat:
                on = i % per_beat == 0
                hit(CRASH if s.get("crash_hat") and bar % 8 == 0 and i == 0 else hat,
                    t_bar + i * step + swing_shift(s, i, step), 0.06, (88 if on else 62) + soft)


def swing_shift(s: dict[str, Any], i: int, step: float) -> float:
    """Sixteenth swing (r&b): the odd sixteenths late by a per-style amount (0 if straight)."""
    return s.get("swing_amount", 0.0) * step if s.get("swing16") and i % 2 else 0.0


def pitched_bar(rng: random.Random, note: Any, s: dict[str, Any], p: dict[str, Any], t_bar: float, step: float,
                *, root: int, minor: bool, drums: bool) -> None:
    """Bass, chords (or arpeggio) and a lead for one bar. Without drums the chords also sound on
    every beat, so the annotated beat stays audible in drum-less passages."""
    bar_steps = s["beats"] * s["sub"]
    triad = [root, root + (3 if minor else 4), root + 7]
    bass = list(s["bass"])
    for k, i in enumerate(bass):
        nxt = bass[k + 1] if k + 1 < len(bass) else bar_steps
        length = (nxt - i) * step * 0.95 if s.get("bass_len") == "hold" else 0.9 * step
        note("bass", root - 12 + (7 if rng.random() < 0.15 else 0), t_bar + i * step, length, 100)
    chord = sorted(set(s["chord"]) | (set() if drums else set(range(0, bar_steps, s["sub"]))))
    if s.get("arpeggio"):
        tones = [triad[0], triad[1], triad[2], triad[0] + 12]
        for k, i in enumerate(chord):
            note("chord", tones[[0, 2, 1, 3, 2, 1, 0, 2][k % 8]] + 12, t_bar + i * step, 2.5 * step,
                 82 if i % s["sub"] == 0 else 66)
        return
    for i in chord:
        dur = bar_steps * step if len(chord) == 1 else 0.8 * step
        for q in triad:
            note("chord", q + 12, t_bar + i * step + swing_shift(s, i, step), dur, 74 if i % s["sub"] == 0 else 64)
    if p["lead"]:
        scale = [0, 2, 3, 5, 7, 10, 12] if minor else [0, 2, 4, 7, 9, 12]
        for i in range(0, bar_steps, s["sub"] if rng.random() < 0.5 else max(1, s["sub"] // 2)):
            if rng.random() < 0.7:
                note("lead", root + 24 + rng.choice(scale), t_bar + i * step, step, 85)


def band_midi(p: dict[str, Any]) -> tuple[Any, float, int]:
    """The arrangement (pretty_midi), the annotated beat period (s) and beats per bar."""
    import pretty_midi

    rng = random.Random(p["seed"])
    s = dict(STYLES[p["style"]], swing_amount=p.get("swing16", 0.0))
    beat = 60.0 / p["bpm"]
    step = beat / s["sub"]
    bar_s = s["beats"] * beat
    n_bars = int((p["start_bar"] * bar_s + p["dur"] + 4.0) / bar_s) + 1
    pm = pretty_midi.PrettyMIDI(initial_tempo=p["bpm"])
    insts = {"drums": pretty_midi.Instrument(0, is_drum=True), "bass": pretty_midi.Instrument(p["bass_program"]),
             "chord": pretty_midi.Instrument(p["chord_program"]), "lead": pretty_midi.Instrument(p["lead_program"])}
    jit = p["humanise_ms"] / 1000.0

    def note(part: str, pitch: int, t: float, length: float, vel: int) -> None:
        t0 = max(0.0, t + rng.gauss(0.0, jit))
        v = int(min(127, max(20, vel + rng.randint(-12, 12))))
        insts[part].notes.append(pretty_midi.Note(velocity=v, pitch=pitch, start=t0, end=t0 + max(0.05, length)))

    for b in range(n_bars):
        t_bar = b * bar_s
        deg = p["prog"][b % len(p["prog"])]
        drums = drums_on(p["drum_mode"], b, p["start_bar"])
        if drums:
            drum_bar(rng, lambda *a: note("drums", *a), s, t_bar, step, bar=b)
            if b % 8 == 0:
                note("drums", CRASH, t_bar, 0.5, 90)
        pitched_bar(rng, note, s, p, t_bar, step, root=48 + p["key"] + deg,
                    minor=deg in (2, 4, 9), drums=drums)
    pm.instruments += [i for i in insts.values() if i.notes]
    return pm, beat, s["beats"]
