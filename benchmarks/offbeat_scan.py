"""Which band arrangements does the tracker put exactly on the off-beat, and can they be heard
on the beat at all? (issue #15: phase on off-beat-heavy material)

For every excerpt of a training folder (default real-train3's band arrangements): our beat F and
AMLt (an off-beat track has F ~ 0 with AMLt ~ 1), and the whole-spectrum onset energy on the
annotated beats over that between them. A ratio well under 1 means nothing sounds on the beat (a
drum-less arrangement whose every note is on the "and"): no tracker can be blamed there, and a
phase model must not learn from it. Training folders only: held-out sets are refused.

    python benchmarks/offbeat_scan.py [--folder realbeats-train3] [--all]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_accuracy import ours, score  # noqa: E402
from beat_sets import Excerpt, real_set  # noqa: E402

CACHE = Path.home() / ".cache" / "mvstudio-eval"
AUDIBLE = 0.5  # beat/between energy under this: nothing to hear on the annotated beat


def beat_energy_ratio(ex: Excerpt) -> float:
    """Peak spectral energy just after the annotated beats over that just after the midpoints."""
    x = np.asarray(ex.audio.samples, dtype=np.float64)
    if x.ndim == 2:
        x = x.mean(axis=0) if x.shape[0] <= 2 else x.mean(axis=1)
    n, hop, sr = 1024, 256, ex.audio.rate_hz
    if x.size < 4 * n:
        return float("nan")
    frames = np.lib.stride_tricks.sliding_window_view(x, n)[::hop] * np.hanning(n)
    energy = (np.abs(np.fft.rfft(frames, axis=1)) ** 2).sum(axis=1)
    t = (np.arange(energy.size) * hop + n / 2) / sr
    beats = np.asarray(ex.beats_s)
    beats = beats[(beats > 1.0) & (beats < t[-1] - 1.0)]
    mids = (beats[:-1] + beats[1:]) / 2

    def peak(at: np.ndarray) -> float:
        return float(np.mean([energy[(t >= a - 0.01) & (t <= a + 0.06)].max() for a in at]))

    return peak(beats) / max(1e-12, peak(mids)) if mids.size else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", default="realbeats-train3")
    parser.add_argument("--all", action="store_true", help="every excerpt, not only band ones")
    args = parser.parse_args()
    if "heldout" in args.folder:
        parser.error(f"{args.folder}: held-out sets are never scanned (never tune on them)")
    if not (CACHE / args.folder).is_dir():
        print(f"{CACHE / args.folder}: not here (benchmarks/make_realbeats_train3.py renders it); "
              "nothing to scan")
        return
    start, cpu0 = time.perf_counter(), time.process_time()
    rows = []
    for ex in real_set(CACHE / args.folder):
        if not args.all and "_band_" not in ex.name:
            continue
        s = score(ex, ours(ex))
        rows.append((ex.name, s.f, s.amlt, beat_energy_ratio(ex)))
    off = [r for r in rows if r[1] < 0.3 and r[2] > 0.8]
    for name, f, amlt, ratio in off:
        kind = "nothing on the beat" if ratio < AUDIBLE else "beat audible: a tracker miss"
        print(f"{name:34s} F {f:.3f} AMLt {amlt:.2f} beat/between energy {ratio:5.2f}  {kind}")
    inaudible = [r for r in rows if r[3] < AUDIBLE]
    print(f"\nwall {time.perf_counter() - start:.0f} s, CPU {time.process_time() - cpu0:.0f} s")
    print(f"HEADLINE {args.folder}: {len(off)} of {len(rows)} tracked on the off-beat; "
          f"{sum(r[3] >= AUDIBLE for r in off)} of them with the beat audible (tracker misses); "
          f"{len(inaudible)} excerpts with nothing on the annotated beat")


if __name__ == "__main__":
    main()
