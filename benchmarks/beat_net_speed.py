"""Cost of the learned beat activation (audio_sync/activation.py) on a 3-minute song.

Prints the numpy inference's CPU and wall time (median of 7 runs, weights already loaded)
beside the features it runs on (compute_features of the same song), the cost of the learned
level vote (audio_sync/level_vote.py: its features and models, and ``beats.track_beats`` with
and without it, alternating), and the share of the budget. The budget is a ratio measured in
the same run: net CPU <= 0.30 x the features' CPU. Session 13 set 0.18 (30 ms when this machine
measured the features at 168 ms, docs/beat-accuracy/2026-12-01-s13-decision.md). Session 25
restated it from the issue's own target, the whole analysis <= 1.5x plain librosa: five nets
measure 0.26x (27 ms for 3 minutes, 10 ms more than three: about 2 % of the analysis's CPU), and
analysis_speed.py stayed within 1.5x (docs/beat-accuracy/2026-12-03-s25-record.md, part 7).
``--compare NAME=NET.npz`` times another weights file (one net or an ensemble) alternating
with the shipped one.

    python benchmarks/beat_net_speed.py [--compare NAME=NET.npz ...]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from beat_accuracy import net_weights  # noqa: E402 - the one swap-and-restore of the net

from audio_sync import activation  # noqa: E402
from audio_sync.activation import beat_activation, load_weights, read_weights  # noqa: E402
from audio_sync.features import _compute  # noqa: E402
from audio_sync.testsongs import make_song  # noqa: E402

# Net CPU over compute_features CPU of the same song (the docstring says how it was set).
BUDGET_RATIO = 0.30


def timed(fn, runs: int = 7) -> tuple[float, float]:  # noqa: ANN001 - any callable
    wall, cpu = [], []
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return 1000 * float(np.median(cpu)), 1000 * float(np.median(wall))


def uncached_activation(mel_db: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The activation computed afresh: ``activation`` keeps the last song's member outputs
    (session 40), so a repeat on the same song would cost nothing and time nothing."""
    activation.forget_last_song()
    return beat_activation(mel_db)


def compared(specs: list[str]) -> dict[str, dict[str, np.ndarray]]:
    """NAME -> weights for each ``NAME=NET.npz``; a bad spec or file exits 2 naming it."""
    out = {}
    for spec in specs:
        name, _, file = spec.partition("=")
        try:
            if not name:
                raise ValueError("no NAME")
            out[name] = read_weights(Path(file))
            if not all("in.w" in net for net in activation.members(out[name])):
                raise ValueError("no beat net in it (no in.w)")
        except (OSError, ValueError) as exc:
            print(f"beat_net_speed: --compare {spec}: {exc}; give NAME=NET.npz, a file written by "
                  "benchmarks/train_beat_tcn.py or combine_beat_nets.py", file=sys.stderr)
            sys.exit(2)
    return out


def alternating(others: dict[str, dict[str, np.ndarray]], mel_db: np.ndarray) -> dict[str, float]:
    """Median CPU ms of the shipped net and of each other weights file, timed in turn (the
    shipped file read beforehand, so no turn includes reading a file)."""
    nets = {"shipped": load_weights(), **others}
    cpu: dict[str, list[float]] = {name: [] for name in nets}
    for _ in range(5):
        for name, weights in nets.items():
            with net_weights(weights):
                cpu[name].append(timed(lambda: uncached_activation(mel_db), runs=3)[0])
    return {name: float(np.median(v)) for name, v in cpu.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare", action="append", default=[], metavar="NAME=NET.npz")
    others = compared(parser.parse_args().compare)
    audio, _ = make_song(bpm=123, duration_s=180.0, seed=4242)
    feats = _compute(audio)
    load_weights()
    n_weights = sum(v.size for k, v in load_weights().items() if k.endswith((".w", ".b")))
    f_cpu, f_wall = timed(lambda: _compute(audio), runs=3)
    a_cpu, a_wall = timed(lambda: uncached_activation(feats.mel_db))
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
    if others:
        for name, ms in alternating(others, feats.mel_db).items():
            print(f"  {name:>10}: {ms:.1f} ms CPU = {ms / f_cpu:.3f} x features "
                  f"({'within' if ms / f_cpu <= BUDGET_RATIO else 'OVER'} the {BUDGET_RATIO} budget)")
    print(f"beat net inference on 3 min: {a_cpu:.1f} ms CPU = {a_cpu / f_cpu:.3f} x features' "
          f"{f_cpu:.0f} ms (budget <= {BUDGET_RATIO})")


if __name__ == "__main__":
    main()
