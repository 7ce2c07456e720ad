"""Synthesise the demo song: 40 s, 120 BPM, 4/4, intro / verse / chorus / outro.

Run from the repository root: ``python assets/demo/make_song.py``. Writes
``assets/demo/song.flac`` (stereo, 44.1 kHz). Everything is made here from
sine waves and noise, so the song is free to use for anything.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np

RATE_HZ = 44_100
BPM = 120
BEAT_S = 60.0 / BPM
BARS = [("intro", 4), ("verse", 6), ("chorus", 6), ("outro", 4)]
CHORDS = [(57, 60, 64), (53, 57, 60), (48, 52, 55), (55, 59, 62)]  # Am F C G
rng = np.random.default_rng(7)


def hz(note: float) -> float:
    return 440.0 * 2 ** ((note - 69) / 12)


def env(n: int, attack_s: float, decay_s: float) -> np.ndarray:
    t = np.arange(n) / RATE_HZ
    return np.minimum(1.0, t / max(attack_s, 1e-4)) * np.exp(-t / decay_s)


def kick() -> np.ndarray:
    t = np.arange(int(0.35 * RATE_HZ)) / RATE_HZ
    freq = 45 + 90 * np.exp(-t / 0.04)
    return 0.9 * np.sin(2 * np.pi * np.cumsum(freq) / RATE_HZ) * np.exp(-t / 0.12)


def snare() -> np.ndarray:
    n = int(0.2 * RATE_HZ)
    tone = np.sin(2 * np.pi * 190 * np.arange(n) / RATE_HZ)
    return (0.35 * rng.standard_normal(n) + 0.25 * tone) * env(n, 0.001, 0.06)


def hat() -> np.ndarray:
    n = int(0.05 * RATE_HZ)
    noise = np.diff(rng.standard_normal(n + 1))
    return 0.12 * noise * env(n, 0.0005, 0.012)


def tone(note: float, length_s: float, *, decay_s: float, harmonics: int = 3) -> np.ndarray:
    n = int(length_s * RATE_HZ)
    t = np.arange(n) / RATE_HZ
    wave = sum(np.sin(2 * np.pi * hz(note) * k * t) / k ** 1.5 for k in range(1, harmonics + 1))
    return wave * env(n, 0.01, decay_s)


def add(buf: np.ndarray, at_s: float, sig: np.ndarray, pan: float = 0.0, gain: float = 1.0) -> None:
    i = int(round(at_s * RATE_HZ))
    n = min(sig.size, buf.shape[1] - i)
    if n > 0:
        buf[0, i:i + n] += sig[:n] * gain * (1 - pan) / 2 ** 0.5
        buf[1, i:i + n] += sig[:n] * gain * (1 + pan) / 2 ** 0.5


def bar(buf: np.ndarray, start_s: float, label: str, index: int) -> None:
    chord = CHORDS[index % len(CHORDS)]
    drums = label != "intro" or index >= 2
    for beat in range(4):
        t = start_s + beat * BEAT_S
        if drums:
            add(buf, t, kick(), gain=1.0 if beat == 0 else 0.8)
            if beat in (1, 3) and label != "intro":
                add(buf, t, snare(), pan=0.1)
            for half in (0.0, 0.5):
                add(buf, t + half * BEAT_S, hat(), pan=0.3, gain=1.0 if label == "chorus" else 0.6)
        add(buf, t, tone(chord[0] - 24, BEAT_S * 0.9, decay_s=0.3, harmonics=4), gain=0.35)
    pad_gain = 0.10 if label in ("intro", "outro") else 0.07
    for note in chord:
        add(buf, start_s, tone(note, 4 * BEAT_S, decay_s=2.5), pan=-0.3, gain=pad_gain)
    if label == "chorus":
        for k, note in enumerate((chord[2] + 12, chord[1] + 12, chord[0] + 12, chord[1] + 12)):
            add(buf, start_s + k * BEAT_S, tone(note, BEAT_S, decay_s=0.25), pan=0.4, gain=0.12)


def make() -> np.ndarray:
    total_bars = sum(n for _, n in BARS)
    buf = np.zeros((2, int(total_bars * 4 * BEAT_S * RATE_HZ)))
    index = 0
    for label, n in BARS:
        for k in range(n):
            bar(buf, index * 4 * BEAT_S, label, k)
            index += 1
    fade = int(1.5 * RATE_HZ)
    buf[:, -fade:] *= np.linspace(1.0, 0.0, fade)
    return (buf / np.abs(buf).max() * 0.89).astype(np.float32)


def write_flac(path: Path, samples: np.ndarray) -> None:
    import av

    tmp = path.with_suffix(".tmp.flac")
    with av.open(str(tmp), "w") as out:
        stream = out.add_stream("flac", rate=RATE_HZ, layout="stereo")
        pcm = np.clip(samples * 32767, -32768, 32767).astype(np.int16)
        for start in range(0, pcm.shape[1], 4096):
            chunk = np.ascontiguousarray(pcm[:, start:start + 4096].T).reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(chunk, format="s16", layout="stereo")
            frame.sample_rate, frame.pts, frame.time_base = RATE_HZ, start, Fraction(1, RATE_HZ)
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    tmp.replace(path)


if __name__ == "__main__":
    target = Path(__file__).with_name("song.flac")
    write_flac(target, make())
    print(f"wrote {target}")
