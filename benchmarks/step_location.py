"""Where does the tempo curve put a tempo step? The windows' flip against the onsets' change point.

For every step the tempo curve finds (audio_sync.tempo_steps: two plateaus of the windowed
periods a step apart) on the real-steps material (benchmarks/make_realbeats_steps.py) and the
synthetic change songs (seed offset 500), the distance from the annotated change, in beats of
the new tempo, of

- "windows": where the windowed curve (8 s windows every 1 s, median of 5, interpolated; the
  tracker before session 7) crosses the geometric mean of the two periods, and
- "change point": the CUSUM change point of the onset votes (tempo_steps.change_frame), which
  session 7 ships, and
- "junction": that point moved to the onset where the old grid (counted back) and the new grid
  (counted ahead) meet best (tempo_steps.junction, session 10).

Both are tuning material (never a held-out set). Usage: python benchmarks/step_location.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import Excerpt, change_set, real_set  # noqa: E402
from change_recovery import STEPS_DIR  # noqa: E402


def errors(ex: Excerpt) -> list[tuple[float, float, float]]:
    """(windows' error, change point's error, junction's error) in new beats, per step found
    near a true change."""
    from audio_sync import beats, tempo_curve, tempo_steps
    from audio_sync.activation import beat_activation
    from audio_sync.dsp import median_filter1d
    from audio_sync.features import compute_features

    feats = compute_features(ex.audio)
    env, fr = beats.beat_onset(feats), feats.frame_rate_hz
    act = beat_activation(feats.mel_db)[0].astype(np.float64)
    _, _, bpm = beats.initial_level(feats, env, act=act)
    win, period = int(tempo_curve.WINDOW_S * fr), 60.0 * fr / bpm
    centres = np.arange(win // 2, env.size - win // 2 + 1, int(tempo_curve.HOP_S * fr))
    lags = median_filter1d(np.array([tempo_curve._best_lag(
        tempo_curve.autocorr(env[c - win // 2:c + win // 2]), period)[0] for c in centres]), 5)
    lags = tempo_steps.drop_level_slips(lags)
    frames, x = np.interp(np.arange(env.size), centres, lags), np.clip(env - np.median(env), 0, None)
    runs, out = tempo_steps._plateaus(lags), []
    for (a0, a1, a_lag), (b0, b1, b_lag) in zip(runs[:-1], runs[1:], strict=False):
        if not ex.changes_s or not tempo_steps._is_step(lags, (a0, a1), (b0, b1)):
            continue
        span = int(tempo_steps.SEARCH_S * fr)
        lo, hi = max(0, int(centres[a1]) - span), min(env.size, int(centres[b0]) + span)
        true = min(ex.changes_s, key=lambda c: abs(c - centres[a1] / fr))
        cross = np.flatnonzero(np.diff(np.sign(frames[lo:hi] - np.sqrt(a_lag * b_lag))))
        found = tempo_steps.change_frame(x, a_lag, b_lag, lo, hi)
        joined = tempo_steps.junction(x, a_lag, b_lag, found)
        if cross.size:
            beat = b_lag / fr
            out.append((((lo + cross[0]) / fr - true) / beat, (found / fr - true) / beat,
                        (joined / fr - true) / beat))
    return out


def main() -> None:
    start, cpu0 = time.perf_counter(), time.process_time()
    rows: list[tuple[float, float, float]] = []
    for ex in [*real_set(STEPS_DIR), *change_set(500)]:
        for w, c, j in errors(ex):
            rows.append((w, c, j))
            print(f"{ex.name[:60]:60s} windows {w:+6.2f}  change point {c:+6.2f}  junction {j:+6.2f} beats", flush=True)
    err = np.abs(np.array(rows))
    print(f"\nwall time {time.perf_counter() - start:.0f} s, CPU time {time.process_time() - cpu0:.0f} s,"
          f" load average {os.getloadavg()[0]:.1f}; {len(rows)} steps")
    for k, name in enumerate(("windows (pre-s7)", "change point (s7)", "junction (s10)")):
        print(f"{name:20s} median |error| {np.median(err[:, k]):.2f} beats, "
              f"more than one beat off: {int(np.sum(err[:, k] > 1))}/{len(rows)}")


if __name__ == "__main__":
    main()
