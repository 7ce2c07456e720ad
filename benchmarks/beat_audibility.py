"""Can the annotated beat be heard in every excerpt of a set? Tracker-free (issue #15).

offbeat_scan.beat_energy_ratio (whole-spectrum energy just after the annotated beats over that
just after the midpoints between them) for the whole excerpt and for its first four bars (a
drum-less intro is where an off-beat arrangement could leave nothing on the beat). An excerpt
under ``--min`` (0.5: offbeat_scan.AUDIBLE) in either is unfair to any tracker: exit code 1.
Negative control: the same ratio on every excerpt's grid moved half a beat (the off-beats) must
be lower than on the annotated grid for most excerpts, or the check proves nothing. Runs no
beat tracker, so it may look at a held-out set.

    python benchmarks/beat_audibility.py [FOLDER] [--min 0.5]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from beat_sets import Excerpt, real_set  # noqa: E402


def ratio(ex: Excerpt, beats: np.ndarray) -> float:
    from offbeat_scan import beat_energy_ratio  # its module imports ours(): never called here

    return beat_energy_ratio(dataclasses.replace(ex, beats_s=beats))


def high_offbeat_ratio(ex: Excerpt, *, floor_hz: float = 3000.0) -> float:
    """Energy above ``floor_hz`` just after the off-beats (midpoints) over that just after the
    beats: > 1 where hats, skanks and stabs sit between the beats (information only: how
    off-beat-heavy an excerpt is, where the kick may still carry the beat)."""
    x = np.asarray(ex.audio.samples, dtype=np.float64)
    x = x.mean(axis=0) if x.ndim == 2 else x
    n, hop, sr = 1024, 256, ex.audio.rate_hz
    frames = np.lib.stride_tricks.sliding_window_view(x, n)[::hop] * np.hanning(n)
    spec = np.abs(np.fft.rfft(frames, axis=1)) ** 2
    energy = spec[:, np.fft.rfftfreq(n, 1 / sr) >= floor_hz].sum(axis=1)
    t = (np.arange(energy.size) * hop + n / 2) / sr
    beats = ex.beats_s[(ex.beats_s > 1.0) & (ex.beats_s < t[-1] - 1.0)]
    mids = (beats[:-1] + beats[1:]) / 2

    def peak(at: np.ndarray) -> float:
        return float(np.mean([energy[(t >= a - 0.01) & (t <= a + 0.06)].max() for a in at]))

    return peak(mids) / max(1e-12, peak(beats)) if mids.size else float("nan")


def first_bars(ex: Excerpt, bars: int = 4) -> np.ndarray:
    """Beats up to the (bars+1)-th downbeat, with a second of margin either side for the ratio."""
    downs = ex.downbeats_s
    end = downs[bars] if downs.size > bars else ex.beats_s[-1]
    return ex.beats_s[ex.beats_s <= end + 1.0 + 1e-6]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", default=str(Path.home() / ".cache/mvstudio-eval/realbeats-heldout6"))
    ap.add_argument("--min", type=float, default=0.5)
    a = ap.parse_args()
    start, cpu0 = time.perf_counter(), time.process_time()
    bad, lower = [], 0
    rows = list(real_set(Path(a.folder)))
    for ex in rows:
        whole = ratio(ex, ex.beats_s)
        intro = ratio(ex, first_bars(ex))
        half = np.diff(ex.beats_s).mean() / 2
        moved = ratio(ex, ex.beats_s + half)
        lower += moved < whole
        high = high_offbeat_ratio(ex)
        flag = "  UNDER" if min(whole, intro) < a.min else ""
        bad += [ex.name] if flag else []
        print(f"{ex.name:28s} beat/between {whole:5.2f}  first 4 bars {intro:5.2f}  "
              f"grid on the off-beats {moved:5.2f}  off-beat/beat above 3 kHz {high:5.2f}{flag}")
    print(f"\nwall {time.perf_counter() - start:.0f} s, CPU {time.process_time() - cpu0:.0f} s")
    print(f"negative control: the off-beat grid scores lower on {lower} of {len(rows)}")
    print(f"HEADLINE {Path(a.folder).name}: {len(rows) - len(bad)} of {len(rows)} excerpts have the "
          f"annotated beat audible (ratio >= {a.min}, whole and first 4 bars)"
          + (f"; under: {', '.join(bad)}" if bad else ""))
    return 1 if bad or lower < len(rows) / 2 else 0


if __name__ == "__main__":
    sys.exit(main())
