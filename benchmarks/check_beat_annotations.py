"""Listen-free check of a real beat set's annotations, without any beat tracker.

A click track at the annotated beats is laid over the audio's onset-energy envelope (librosa
spectral flux, 23 ms window, 5.8 ms hop) and slid by -100..+100 ms. An excerpt passes when
(1) the lag that catches the most energy lies in [-6, +50] ms: the envelope peaks a little
after a note-on, by 10-40 ms here depending on the instrument's attack (real-dev, whose grids
are trusted, gives +10..+63 on the excerpts that pass); (2) that lag is the same, within 15 ms,
in the first and second half of the excerpt (a tempo map that drifts from the audio fails);
(3) the peak is sharp: 1.15x the energy of the click track 70 ms either side; (4) every bar
has the same number of beats. Over the set, the median lag must lie in [0, +30] ms (a global
offset such as an encoder delay moves it; real-dev: +16 ms). The beat/half-beat energy ratio
is printed as information (even running eighths give ~1; a grid on the off-beats < 1).
Negative controls run the same check on every excerpt's annotations moved 70 ms late and
stretched by 2 % (a wrong tempo map); the check must catch them, or it proves nothing. An
excerpt's grid early by less than ~50 ms minus its attack lag is not caught on its own; only
the set median catches a global one.

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
    ap.add_argument("--min-set-lag-ms", type=float, default=0.0)
    ap.add_argument("--max-set-lag-ms", type=float, default=30.0)
    args = ap.parse_args()
    files = sorted(Path(args.folder).glob("*.beats"))
    if not files:
        print(f"no *.beats in {args.folder}", file=sys.stderr)
        return 2
    print("| excerpt | lag ms | drift ms | sharpness | beat/half-beat | bars | ok "
          "| control +70 ms | control tempo +2 % |")
    print("|---|---|---|---|---|---|---|---|---|")
    n_ok, caught, contrasts, lags = 0, [0, 0], [], []
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
        lags.append(c.lag_ms)
        print(f"| {f.stem} | {c.lag_ms:+.0f} | {c.halves_ms:+.0f} | {c.sharpness:.2f} | {c.contrast:.2f} | "
              f"{'ok' if c.bars_ok else 'BAD'} | {'pass' if ok else 'FAIL'} | "
              + " | ".join("caught" if k else "missed" for k in ctrl) + " |", flush=True)
    med, lag = float(np.median(contrasts)), float(np.median(lags))
    print(f"\nmedian lag {lag:+.0f} ms (must be {args.min_set_lag_ms:+.0f} to {args.max_set_lag_ms:+.0f}); "
          f"median beat/half-beat energy {med:.2f}; controls caught: +70 ms {caught[0]}/{len(files)}, "
          f"tempo +2 % {caught[1]}/{len(files)} [{args.folder}]")
    print(f"{n_ok}/{len(files)} excerpts pass the click-track check")
    set_ok = med > 1.0 and args.min_set_lag_ms <= lag <= args.max_set_lag_ms
    return 0 if n_ok == len(files) and set_ok else 1


if __name__ == "__main__":
    sys.exit(main())
