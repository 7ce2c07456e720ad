"""Cost of the learned beat activation (audio_sync/activation.py) on a 3-minute song.

Prints the numpy inference's CPU and wall time (median of 7 runs, weights already loaded)
beside the features it runs on (compute_features of the same song), the cost of the learned
level vote (audio_sync/level_vote.py: its features and models, and ``beats.track_beats`` with
and without it, alternating), and the share of the budget: the target is <= 30 ms for 3
minutes. Usage: python benchmarks/beat_net_speed.py
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from audio_sync.activation import beat_activation, load_weights  # noqa: E402
from audio_sync.features import _compute  # noqa: E402
from audio_sync.testsongs import make_song  # noqa: E402

BUDGET_MS = 30.0


def timed(fn, runs: int = 7) -> tuple[float, float]:  # noqa: ANN001 - any callable
    wall, cpu = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return 1000 * float(np.median(cpu)), 1000 * float(np.median(wall))


def main() -> None:
    audio, _ = make_song(bpm=123, duration_s=180.0, seed=4242)
    feats = _compute(audio)
    load_weights()
    n_weights = sum(v.size for k, v in load_weights().items() if k.endswith((".w", ".b")))
    f_cpu, f_wall = timed(lambda: _compute(audio), runs=3)
    a_cpu, a_wall = timed(lambda: beat_activation(feats.mel_db))
    print(f"load average {os.getloadavg()[0]:.1f}; {feats.n_frames} frames (180 s), {n_weights} weights")
    print(f"features (compute_features): {f_cpu:.1f} ms CPU, {f_wall:.1f} ms wall")
    print(f"beat net inference:          {a_cpu:.1f} ms CPU, {a_wall:.1f} ms wall")
    from audio_sync import beats
    from audio_sync.level_vote import vote

    env = beats.beat_onset(feats)
    bpm0, grid, bpm = beats.initial_level(feats, env)
    act = beat_activation(feats.mel_db)[0].astype(np.float64)
    v_cpu, v_wall = timed(lambda: vote(feats, act, grid, bpm, ratio=bpm / bpm0))
    saved = beats.LEVEL_VOTE
    on, off = [], []
    for _ in range(4):
        for flag, out in ((True, on), (False, off)):
            beats.LEVEL_VOTE = flag
            out.append(timed(lambda: beats.track_beats(feats), runs=1)[0])
    beats.LEVEL_VOTE = saved
    print(f"level vote (features + models): {v_cpu:.1f} ms CPU, {v_wall:.1f} ms wall; "
          f"track_beats {np.median(on):.0f} ms CPU with the vote, {np.median(off):.0f} ms without")
    print(f"beat net inference on 3 min: {a_cpu:.1f} ms CPU = {a_cpu / BUDGET_MS:.2f} x the {BUDGET_MS:.0f} ms budget")


if __name__ == "__main__":
    main()
