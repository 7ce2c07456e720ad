"""Listen-free check of a real beat set's annotations, without any beat tracker.

A click track at the annotated beats is laid over the audio's onset-energy envelope (librosa
spectral flux, 5.8 ms hop): the annotations pass when (1) the click track lines up, i.e. the
lag that maximises the envelope energy under the clicks is within ``--max-lag-ms`` of zero
(an encoder delay, a wrong tempo map or a shifted grid moves it), and (2) the energy under the
clicks stands out: it exceeds the energy under the same click track shifted by a quarter,
half and three quarters of a beat (a grid on the off-beats or on the wrong level fails), by
the ratio ``--min-contrast``. Downbeats are checked for being annotated beats with a constant
bar length. A negative control runs the same test on the annotations shifted by 70 ms and by
half a beat: the check must fail those, or it proves nothing.

Usage: python benchmarks/check_beat_annotations.py [FOLDER] [--min-lag-ms -6] [--max-lag-ms 50]
       [--max-drift-ms 15] [--min-sharpness 1.15]
       (default FOLDER ~/.cache/mvstudio-eval/realbeats-heldout2). Exit code 1 when an excerpt fails.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SR, HOP = 22050, 128
DEFAULT = Path.home() / ".cache" / "mvstudio-eval" / "realbeats-heldout2"


@dataclass(slots=True)
class Check:
    lag_ms: float        # lag of the click track that catches the most onset energy
    halves_ms: float     # that lag in the first half minus in the second half (drift)
    sharpness: float     # energy at the best lag / the click track 70 ms either side of it
    contrast: float      # energy on the beats / on the half-beats (informative: even eighths ~1)
    bars_ok: bool        # downbeats are beats and every bar has the same number of beats

    def ok(self, a: argparse.Namespace) -> bool:
        return (a.min_lag_ms <= self.lag_ms <= a.max_lag_ms and abs(self.halves_ms) <= a.max_drift_ms
                and self.sharpness >= a.min_sharpness and self.bars_ok)


def envelope(path: Path) -> np.ndarray:
    import librosa

    y, _ = librosa.load(str(path), sr=SR, mono=True)
    # A short window (23 ms) keeps the envelope's peak close to the attack.
    env = librosa.onset.onset_strength(y=y, sr=SR, hop_length=HOP, n_fft=512, center=True)
    return np.asarray(env / (env.max() + 1e-9), dtype=np.float64)


def _energy(env: np.ndarray, times: np.ndarray) -> float:
    """Mean envelope under clicks at ``times`` (each click 3 frames wide: +-5.8 ms)."""
    idx = np.round(times * SR / HOP).astype(int)
    idx = idx[(idx >= 1) & (idx < env.size - 1)]
    return float(np.mean(env[idx - 1] + env[idx] + env[idx + 1]) / 3) if idx.size else 0.0


def _best_lag(env: np.ndarray, beats: np.ndarray) -> float:
    lags = np.arange(-100, 101, 1000 * HOP / SR) / 1000
    return float(lags[int(np.argmax([_energy(env, beats + lag) for lag in lags]))])


def check(env: np.ndarray, beats: np.ndarray, pos: np.ndarray) -> Check:
    best = _best_lag(env, beats)
    mid = beats.size // 2
    halves = _best_lag(env, beats[:mid]) - _best_lag(env, beats[mid:])
    on = _energy(env, beats + best)
    sharp = on / (max(_energy(env, beats + best - 0.07), _energy(env, beats + best + 0.07)) + 1e-9)
    ibi = np.diff(beats)
    contrast = on / (_energy(env, beats + best + 0.5 * np.concatenate([ibi, ibi[-1:]])) + 1e-9)
    starts = np.flatnonzero(pos == 1)
    bar_lengths = np.diff(starts)
    bars_ok = bool(starts.size >= 2 and np.all(bar_lengths == bar_lengths[0])
                   and np.all(np.diff(pos)[pos[1:] != 1] == 1))
    return Check(1000 * best, 1000 * halves, float(sharp), float(contrast), bars_ok)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", default=str(DEFAULT))
    ap.add_argument("--min-lag-ms", type=float, default=-6.0)
    ap.add_argument("--max-lag-ms", type=float, default=50.0)
    ap.add_argument("--max-drift-ms", type=float, default=15.0)
    ap.add_argument("--min-sharpness", type=float, default=1.15)
    args = ap.parse_args()
    files = sorted(Path(args.folder).glob("*.beats"))
    if not files:
        print(f"no *.beats in {args.folder}", file=sys.stderr)
        return 2
    print("| excerpt | lag ms | drift ms | sharpness | beat/half-beat | bars | ok "
          "| control +70 ms | control tempo +2 % |")
    print("|---|---|---|---|---|---|---|---|---|")
    n_ok, caught, contrasts = 0, [0, 0], []
    for f in files:
        ann = np.loadtxt(f, ndmin=2)
        beats, pos = ann[:, 0], ann[:, 1].astype(int)
        env = envelope(f.with_suffix(".mp3"))
        c = check(env, beats, pos)
        ok = c.ok(args)
        ctrl = [not check(env, b, pos).ok(args) for b in (beats + 0.07, beats[0] + (beats - beats[0]) * 1.02)]
        n_ok += ok
        caught = [n + k for n, k in zip(caught, ctrl, strict=True)]
        contrasts.append(c.contrast)
        print(f"| {f.stem} | {c.lag_ms:+.0f} | {c.halves_ms:+.0f} | {c.sharpness:.2f} | {c.contrast:.2f} | "
              f"{'ok' if c.bars_ok else 'BAD'} | {'pass' if ok else 'FAIL'} | "
              + " | ".join("caught" if k else "missed" for k in ctrl) + " |", flush=True)
    med = float(np.median(contrasts))
    print(f"\nmedian beat/half-beat energy {med:.2f}; controls caught: +70 ms {caught[0]}/{len(files)}, "
          f"tempo +2 % {caught[1]}/{len(files)} [{args.folder}]")
    print(f"{n_ok}/{len(files)} excerpts pass the click-track check")
    return 0 if n_ok == len(files) and med > 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
