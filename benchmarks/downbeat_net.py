"""Downbeat F with the beat net's downbeat output in the bar choice, per weight (issue #15).

``meter.downbeat_score`` adds ``CUE_WEIGHTS['net'] x zscore(downbeat activation at each beat)`` to the
chord-change and kick evidence. Beats come from the shipped tracker (once per excerpt); only
the bar choice is redone per weight, so the columns differ in downbeats alone. The weight is
picked on the dev sets (docs/beat-accuracy/2026-12-01-s9-downbeat-decision.md); held-out sets
need ``--final`` (the lead's one report of the pick).

    .venv/bin/python benchmarks/downbeat_net.py [--sets real-dev,real-dev2,synthetic,changes]
        [--weights 0,0.5,1,2] [--final]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import (  # noqa: E402
    HELDOUT_SETS,
    MODULES_HELDOUT,
    REAL_DIRS,
    change_set,
    real_set,
    refuse_unfinal,
    synthetic_set,
)


def _sets() -> dict[str, object]:
    out: dict[str, object] = {name: (lambda folder=folder: real_set(folder)) for name, folder in REAL_DIRS.items()}
    return {**out, "synthetic": lambda: synthetic_set(500), "changes": lambda: change_set(500)}


def _down_f(ref: np.ndarray, est: np.ndarray) -> float:
    import mir_eval

    return float(mir_eval.beat.f_measure(mir_eval.beat.trim_beats(ref), mir_eval.beat.trim_beats(est)))


def tracked(ex: object) -> tuple[object, np.ndarray, np.ndarray]:
    """(features, the net's downbeat activation, the shipped tracker's beats) of an excerpt."""
    from audio_sync import beats
    from audio_sync.activation import beat_activation
    from audio_sync.features import compute_features

    feats = compute_features(ex.audio)  # type: ignore[attr-defined]
    act, down = (a.astype(np.float64) for a in beat_activation(feats.mel_db))
    est, _, _ = beats.track_beats(feats, act=act)
    return feats, down, est


def score_set(excerpts: object, weights: tuple[float, ...]) -> list[tuple[str, list[float]]]:
    """Per excerpt with annotated downbeats: downbeat F per weight."""
    from audio_sync import meter

    rows = []
    for ex in excerpts():  # type: ignore[operator]
        if ex.downbeats_s is None or ex.downbeats_s.size < 4:
            continue
        feats, down, est = tracked(ex)
        fs = []
        for w in weights:
            saved, meter.CUE_WEIGHTS["net"] = meter.CUE_WEIGHTS["net"], w
            try:
                fs.append(_down_f(ex.downbeats_s, meter.find_downbeats(feats, est, down=down)[1]))
            finally:
                meter.CUE_WEIGHTS["net"] = saved
        rows.append((ex.name, fs))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="real-dev,real-dev2,synthetic,changes")
    parser.add_argument("--weights", default="0,0.5,1,2")
    parser.add_argument("--final", action="store_true", help="allow the held-out sets (the lead's one report)")
    args = parser.parse_args()
    refuse_unfinal(parser, args.sets, HELDOUT_SETS + MODULES_HELDOUT, anchors_only=False, final=args.final)
    weights = tuple(float(w) for w in args.weights.split(","))
    t0, c0 = time.time(), time.process_time()
    sets = _sets()
    pooled: dict[str, list[list[float]]] = {}
    for name in args.sets.split(","):
        rows = score_set(sets[name], weights)
        pooled[name] = [fs for _, fs in rows]
        for ex, fs in rows:
            print(f"  {name:13s} {ex:40s} " + " ".join(f"{f:.2f}" for f in fs))
        means = np.mean([fs for _, fs in rows], axis=0) if rows else np.full(len(weights), np.nan)
        print(f"{name:13s} n={len(rows):3d} downbeat F per weight " + "  ".join(
            f"w={w:g}: {m:.3f}" for w, m in zip(weights, means, strict=True)), flush=True)
    real = [fs for n, rs in pooled.items() if n.startswith("real") for fs in rs]
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(f"wall {time.time() - t0:.0f} s, CPU {time.process_time() - c0:.0f} s, max RSS {ru.ru_maxrss / 1024:.0f} MB")
    if real:
        m = np.mean(real, axis=0)
        print(f"HEADLINE real sets pooled (n={len(real)}) downbeat F: " + "  ".join(
            f"w={w:g} {v:.3f}" for w, v in zip(weights, m, strict=True)) + f"  (shipped w={_shipped():g})")
    return 0


def _shipped() -> float:
    from audio_sync import meter

    return meter.CUE_WEIGHTS["net"]


if __name__ == "__main__":
    sys.exit(main())
