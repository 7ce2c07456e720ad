"""Render a training beat set of band arrangements played with a tracker's sounds ("real-train-chip").

Issue #15, record s43 part 2: the productions (tracker modules) the beat nets miss are few to
learn from, and the band arrangements the nets do learn from are rendered with General MIDI
soundfonts. This set keeps real-train3's arrangements (``make_realbeats_train3._band_midi``: its
styles, bass, chords, lead and beat grids) on fresh seeds, plus three tracker idioms written
here, and plays them with chip voices synthesised in numpy: pulse, triangle and saw waves with
tracker envelopes, chords as tick-rate arpeggios or stabs, noise and pitch-drop drums, optional
8-bit and low-rate sample-and-hold, an echo, Amiga-style hard panning. No humanising: trackers
play on their rows. The annotated beat is real-train3's (the quarter in x/4, the dotted quarter
in 6/8 and 12/8). Generated here; no score, no sample, no licence question.

Same file format as real-train3 (NAME.mp3, NAME.beats, NAME.json). Needs pretty_midi and
soundfile (the generator environment of make_realbeats_dev2.py) and ffmpeg. Usage:

    nice -n 19 python benchmarks/make_realbeats_chip.py [OUTDIR] [N] [SEED]
        (default OUTDIR ~/.cache/mvstudio-eval/realbeats-train-chip, 160, SEED 43043)
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_realbeats_train3 as band  # noqa: E402

CACHE = Path.home() / ".cache" / "mvstudio-eval"
OUT = CACHE / "realbeats-train-chip"
SEED = 43043
SR = 44100
PREFIX = "trainchip_band_"
# Tracker idioms beside real-train3's styles: the beat on the kick with hats and stabs between
# (the productions' commonest half-beat miss, record s42 part 1), an octave-bouncing bass on the
# eighths, and an off-beat bass under a four-on-the-floor kick.
CHIP_STYLES: dict[str, dict[str, Any]] = {
    "chipbeat": dict(beats=4, sub=4, bpm=(110, 150), kick=[0, 4, 8, 12], snare=[4, 12],
                     hat=[2, 6, 10, 14], bass=[0, 4, 8, 12], chord=[2, 6, 10, 14]),
    "chipoctave": dict(beats=4, sub=4, bpm=(100, 145), kick=[0, 8, 10], snare=[4, 12],
                       hat=range(0, 16, 2), bass=range(0, 16, 2), chord=[0, 6, 12]),
    "chipoffbass": dict(beats=4, sub=4, bpm=(118, 140), kick=[0, 4, 8, 12], snare=[4, 12],
                        hat=[2, 6, 10, 14], bass=[2, 6, 10, 14], chord=[0, 3, 6, 10, 14]),
}
STYLES = {**band.STYLES, **CHIP_STYLES}
# The General MIDI programs spec() gives the arrangement's parts, read back as the chip voices'
# roles: 0 bass, 1 chords, 2 lead.
BASS_PROGRAM, CHORD_PROGRAM, LEAD_PROGRAM = 33, 0, 80
ROLES = {BASS_PROGRAM: 0, CHORD_PROGRAM: 1, LEAD_PROGRAM: 2}


def spec(rng: random.Random, k: int) -> dict[str, Any]:
    """One arrangement (real-train3's fields) and its chip voicing."""
    style = rng.choice(sorted(STYLES))
    s = STYLES[style]
    return dict(name=f"{PREFIX}{style}_{k:03d}", style=style, bpm=rng.uniform(*s["bpm"]),
                drums=rng.random() >= 0.2, lead=rng.random() < 0.6, key=rng.randint(-5, 6),
                prog=rng.choice(band.PROGRESSIONS), chord_program=CHORD_PROGRAM,
                bass_program=BASS_PROGRAM, lead_program=LEAD_PROGRAM,
                dur=rng.uniform(20.0, 30.0), start_bar=rng.randint(1, 2), humanise_ms=0.0,
                seed=rng.randrange(1 << 30),
                voice=dict(duty_chord=rng.choice([0.125, 0.25, 0.5]), duty_lead=rng.choice([0.125, 0.25, 0.5]),
                           bass_wave=rng.choice(["triangle", "pulse", "saw"]),
                           arpeggio=rng.random() < 0.6, tick_hz=rng.uniform(40.0, 60.0),
                           decay_s=rng.uniform(0.08, 0.6), lofi_hz=rng.choice([0, 0, 8363, 11025, 16726]),
                           bits=rng.choice([0, 0, 8]), echo=rng.random() < 0.4, echo_steps=rng.choice([2, 3]),
                           pan=rng.choice(["amiga", "centre"]), kick_hz=rng.uniform(90.0, 160.0)))


def _osc(wave: str, freq: np.ndarray, duty: float = 0.5) -> np.ndarray:
    phase = np.cumsum(freq / SR) % 1.0
    if wave == "pulse":
        return np.where(phase < duty, 1.0, -1.0)
    if wave == "triangle":
        return 4.0 * np.abs(phase - 0.5) - 1.0
    return 2.0 * phase - 1.0  # saw


def _env(n: int, decay_s: float, length_s: float) -> np.ndarray:
    """Instant attack, exponential decay to a sustain, cut at the note's end (a tracker's note cut)."""
    t = np.arange(n) / SR
    env = 0.35 + 0.65 * np.exp(-t / max(decay_s, 1e-3))
    env[t >= length_s] = 0.0
    return env


def _hz(pitch: float) -> float:
    return 440.0 * 2.0 ** ((pitch - 69.0) / 12.0)


def _add(buf: np.ndarray, t: float, sig: np.ndarray) -> None:
    i = int(round(t * SR))
    if i >= buf.size or i < 0:
        return
    n = min(sig.size, buf.size - i)
    buf[i:i + n] += sig[:n]


def _drum(pitch: int, vel: float, rng: np.random.Generator, kick_hz: float) -> np.ndarray:
    if pitch == band.KICK:
        n = int(0.18 * SR)
        t = np.arange(n) / SR
        freq = 45.0 + (kick_hz - 45.0) * np.exp(-t / 0.03)
        return vel * np.sin(2 * np.pi * np.cumsum(freq) / SR) * np.exp(-t / 0.06)
    noise = rng.uniform(-1.0, 1.0, int(0.6 * SR))
    if pitch in (band.SNARE, band.CLAP, band.RIM):
        n = int((0.05 if pitch == band.RIM else 0.14) * SR)
        t = np.arange(n) / SR
        tone = np.sin(2 * np.pi * 185.0 * t) * np.exp(-t / 0.03)
        return vel * 0.8 * (0.7 * noise[:n] * np.exp(-t / 0.045) + 0.4 * tone)
    hp = np.diff(np.diff(noise, prepend=0.0), prepend=0.0) * 0.5  # hats and cymbals: bright noise
    length = {band.HAT: 0.035, band.OPEN: 0.16, band.CRASH: 0.6, band.SHAKER: 0.05}.get(pitch, 0.05)
    n = int(length * SR)
    t = np.arange(n) / SR
    return vel * 0.45 * hp[:n] * np.exp(-t / (length / 3.0))


def synthesise(pm: Any, v: dict[str, Any], seconds: float, seed: int, beat: float) -> np.ndarray:
    """The arrangement (real-train3's instruments: drums, bass, chords, lead) as stereo chip audio."""
    rng = np.random.default_rng(seed)
    n = int((seconds + 1.0) * SR)
    channels = [np.zeros(n) for _ in range(4)]  # drums, bass, chords, lead: four tracker channels
    for inst in pm.instruments:
        if inst.is_drum:
            for note in inst.notes:
                _add(channels[0], note.start, _drum(note.pitch, note.velocity / 127.0, rng, v["kick_hz"]))
            continue
        role = ROLES[inst.program]
        if role == 1 and v["arpeggio"]:
            by_start: dict[float, list[Any]] = {}
            for note in inst.notes:
                by_start.setdefault(round(note.start, 4), []).append(note)
            for start, notes in by_start.items():
                length = max(x.end for x in notes) - start
                m = int((length + 0.02) * SR)
                ticks = (np.arange(m) / SR * v["tick_hz"]).astype(int) % len(notes)
                freq = np.array([_hz(x.pitch) for x in sorted(notes, key=lambda x: x.pitch)])[ticks]
                sig = 0.3 * _osc("pulse", freq, v["duty_chord"]) * _env(m, v["decay_s"], length)
                _add(channels[2], start, notes[0].velocity / 127.0 * sig)
            continue
        wave, duty, gain, ch = {0: (v["bass_wave"], 0.5, 0.5, 1), 1: ("pulse", v["duty_chord"], 0.12, 2),
                                2: ("pulse", v["duty_lead"], 0.25, 3)}[min(role, 2)]
        for note in inst.notes:
            length = note.end - note.start
            m = int((length + 0.02) * SR)
            t = np.arange(m) / SR
            freq = np.full(m, _hz(note.pitch))
            if role == 2:  # the lead's vibrato, after its first tick
                freq *= 1.0 + 0.006 * np.sin(2 * np.pi * 6.0 * t) * (t > 0.1)
            sig = gain * _osc(wave, freq, duty) * _env(m, v["decay_s"] * (2.0 if role == 0 else 1.0), length)
            _add(channels[ch], note.start, note.velocity / 127.0 * sig)
    if v["echo"]:
        d = int(v["echo_steps"] * beat / 4.0 * SR)
        for ch in (2, 3):
            src = channels[ch].copy()
            channels[ch][d:] += 0.35 * src[:-d]
    pan = ((1.0, 0.0), (0.0, 1.0), (0.0, 1.0), (1.0, 0.0)) if v["pan"] == "amiga" else ((0.5, 0.5),) * 4
    stereo = np.stack([sum(p[side] * c for p, c in zip(pan, channels, strict=True)) for side in (0, 1)], axis=1)
    if v["lofi_hz"]:
        hold = np.floor(np.arange(n) * v["lofi_hz"] / SR).astype(int)
        firsts = np.searchsorted(hold, hold)  # each sample takes the first sample of its hold period
        stereo = stereo[firsts]
    stereo /= max(1e-9, float(np.abs(stereo).max())) / 0.9
    if v["bits"]:
        stereo = np.round(stereo * 127.0) / 127.0
    return stereo.astype(np.float32)


def render(p: dict[str, Any], out: Path, work: Path) -> dict[str, Any]:
    import soundfile as sf

    added = {k: v for k, v in CHIP_STYLES.items() if k not in band.STYLES}
    band.STYLES.update(added)  # _band_midi reads its own module's table; put it back after
    try:
        pm, beat, per_bar = band._band_midi(p)
    finally:
        for k in added:
            del band.STYLES[k]
    s = STYLES[p["style"]]
    start, lines = band.beat_lines(p["start_bar"], per_bar, beat, p["dur"])
    wav = work / f"{p['name']}.wav"
    sf.write(str(wav), synthesise(pm, p["voice"], pm.get_end_time(), p["seed"], beat), SR)
    tmp = out / f".{p['name']}.mp3"
    subprocess.run(["ffmpeg", "-y", "-loglevel", "error", "-ss", f"{start:.6f}", "-t", f"{p['dur']:.6f}",
                    "-i", str(wav), "-ac", "2", "-b:a", "192k", "-f", "mp3", str(tmp)], check=True)
    (out / f"{p['name']}.beats").write_text("\n".join(lines) + "\n")
    metre = {4: "4/4", 3: "3/4", 2: "2/4"}[per_bar] if s["sub"] != 3 else f"{3 * per_bar}/8"
    meta = dict(name=p["name"], title=f"chip:{p['style']}", composer="band", style=p["style"],
                music21_corpus_path=f"generated/chip/{p['name']}", licence="generated here (no score, no sample)",
                metre=metre, beat_unit_quarters=1.5 if s["sub"] == 3 else 1.0, beats_per_bar=per_bar,
                qpm=p["bpm"] * (1.5 if s["sub"] == 3 else 1.0), tempo_change=False,
                drums=p["drums"] and p["style"], drums_added=p["drums"], lead=p["lead"],
                excerpt_start_s=start, duration_s=p["dur"], n_beats=len(lines), beat_bpm_median=p["bpm"],
                swing=None, renderer="make_realbeats_chip (numpy chip voices)", voice=p["voice"])
    (out / f"{p['name']}.json").write_text(json.dumps(meta, indent=1) + "\n")
    tmp.rename(out / f"{p['name']}.mp3")
    return meta


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    n = int(argv[2]) if len(argv) > 2 else 160
    seed = int(argv[3]) if len(argv) > 3 else SEED
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    specs = [spec(rng, k) for k in range(n)]
    with tempfile.TemporaryDirectory() as tmp:
        for p in specs:
            if not (out / f"{p['name']}.mp3").exists():
                render(p, out, Path(tmp))
    print(f"{n} arrangements in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
