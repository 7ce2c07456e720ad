"""Degraded copies of the FM renders of make_pulse_fm.py ("pulse-fm-degraded"): the class of music
the no-pulse gate refused (#15: a reverberant FM fiddle tune with onset clarity 0.076), made from
training material only, never from a held-out set.

Kinds (fixed seeds, so a copy is reproducible):
- ``wet``: a 4 s-RT60 reverb tail (exponentially decaying noise), almost no dry signal;
- ``soft+lp+wet``: attacks flattened (a fast 40 ms RMS envelope divided out, a slow 500 ms one
  multiplied in), low-passed at 900 Hz, then ``wet``;
- ``hiss+wet``: pink noise at 0 dB SNR (a noisy room recording), then ``wet``.
Beat annotations are the dry render's (reverb and filters do not move the notes).

    python benchmarks/make_pulse_degraded.py [SRC] [OUT]
        (default SRC ~/.cache/mvstudio-eval/pulse-fm, OUT ~/.cache/mvstudio-eval/pulse-fm-degraded)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np

CACHE = Path.home() / ".cache" / "mvstudio-eval"
KINDS = ("wet", "soft+lp+wet", "hiss+wet")


def _rms(x: np.ndarray, sr: int, ms: float) -> np.ndarray:
    """Centred moving RMS (cumulative sums: a long np.convolve would take minutes)."""
    n = max(1, int(sr * ms / 1000))
    c = np.concatenate([[0.0], np.cumsum(x * x)])
    i = np.arange(x.size)
    lo, hi = np.clip(i - n // 2, 0, x.size), np.clip(i + n - n // 2, 0, x.size)
    return np.sqrt((c[hi] - c[lo]) / n) + 1e-4


def _pink(n: int, rng: np.random.Generator) -> np.ndarray:
    w = rng.standard_normal(n)
    p = np.fft.irfft(np.fft.rfft(w) / np.sqrt(np.arange(n // 2 + 1) + 1.0), n)
    return p / (p.std() + 1e-12)


def degrade(y: np.ndarray, sr: int, kind: str, *, seed: int) -> np.ndarray:
    """``y`` (mono) degraded as ``kind``; peak-normalised to 0.25."""
    from scipy.signal import butter, fftconvolve, sosfilt

    rng = np.random.default_rng(seed)
    y = np.asarray(y, dtype=np.float64)
    if "soft" in kind:
        y = y * _rms(y, sr, 500) / _rms(y, sr, 40)
    if "lp" in kind:
        y = sosfilt(butter(4, 900, fs=sr, output="sos"), y)
    if "hiss" in kind:
        y = y / (y.std() + 1e-12) + _pink(y.size, rng)
    if "wet" in kind:
        t = np.arange(int(5.0 * sr)) / sr
        wet = fftconvolve(y, rng.standard_normal(t.size) * np.exp(-6.9 * t / 4.0))[:y.size]
        y = 0.08 * y / (y.std() + 1e-12) + wet / (wet.std() + 1e-12)
    return (0.25 * y / (np.abs(y).max() + 1e-12)).astype(np.float32)


def seed_of(name: str, kind: str) -> int:
    return zlib.crc32(f"{name}/{kind}".encode())


def write_mp3(path: Path, y: np.ndarray, sr: int) -> None:
    """Mono 22.05 kHz 64 kbit/s mp3 through ffmpeg (written to a temp name, then renamed)."""
    tmp = path.with_suffix(".tmp.mp3")
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "f32le", "-ar", str(sr), "-ac", "1",
                    "-i", "-", "-ar", "22050", "-b:a", "64k", str(tmp)],
                   input=np.asarray(y, "<f4").tobytes(), check=True)
    tmp.replace(path)


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from beat_sets import real_set

    src = Path(sys.argv[1]) if len(sys.argv) > 1 else CACHE / "pulse-fm"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else CACHE / "pulse-fm-degraded"
    out.mkdir(parents=True, exist_ok=True)
    for ex in real_set(src):
        for kind in KINDS:
            name = f"{kind.replace('+', '_')}__{ex.name}"
            y = degrade(ex.audio.mono(), ex.audio.rate_hz, kind, seed=seed_of(ex.name, kind))
            write_mp3(out / f"{name}.mp3", y, ex.audio.rate_hz)
            shutil.copyfile(src / f"{ex.name}.beats", out / f"{name}.beats")
            meta = json.loads((src / f"{ex.name}.json").read_text())
            meta.update(name=name, degraded=kind, degraded_from=ex.name,
                        degrade_seed=seed_of(ex.name, kind))
            (out / f"{name}.json").write_text(json.dumps(meta, indent=1))
            print(name, flush=True)


if __name__ == "__main__":
    main()
