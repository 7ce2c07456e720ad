"""Train the learned downbeat score (audio_sync/downbeat_model.py) and measure it (issue #15).

Per excerpt the shipped tracker's beats and every cue of ``meter.MODEL_CUES`` at them; the label
of a beat is whether an annotated downbeat is within 70 ms. The model trains on the **training
sources** (TRAIN_SOURCES: the real-train renders made for training, as the beat net's; no
evaluation set: their READMEs keep their audio out of training), only excerpts whose beats are
right (beat F > 0.9). It is measured on the **used evaluation sets** (RENDER_SETS, PRODUCTION_SETS: the dev sets,
the used held-out renders and the used productions; never a pristine set), every one of them out
of training: downbeat F of the bars with the model (as ``beats.DOWNBEAT_MODEL`` places them)
against the hand-weighted cues' bars (shipped before session 29), at the same beats.

``--write`` exports the fit to audio_sync/downbeat_model.npz (a temp file, then renamed) after
checking that the numpy tree walk gives sklearn's decision function.

    nice -n 19 .venv/bin/python benchmarks/downbeat_model_learn.py [--write] [--jobs 2]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import EVAL_CACHE, REAL_DIRS, real_excerpt  # noqa: E402

TRAIN_SOURCES = {name: EVAL_CACHE / f"realbeats-{name}" for name in ("train", "train2", "train3", "train4", "compound")}
LAST_USED_RENDERS = 74  # real-heldout75 on are pristine (49-51 judged in session 30, 52-53 in 32, 54-56 in 33, 57-58 in 34, 59-61 in 35, 62 in 36, 63-64 in 37, 65-67 in 38, 68-70 read in 39, 71 judged in 40, 72 in 41, 73 in 42, 74 in 44)
RENDER_SETS = ("real-dev", "real-dev2", "real-heldout",
               *(f"real-heldout{n}" for n in range(2, LAST_USED_RENDERS + 1)))
# The used productions: every part up to real-modules-heldout11 (7 and 8 judged R-F2 in session 40, 9 A-H2 in 41,
# 10 K-P-B2 in 42, 11 M-NET-PK in 44).
PRODUCTION_SETS = ("real-modules", "real-modules-heldout", *(f"real-modules-heldout{n}" for n in range(2, 12)))
CACHE = EVAL_CACHE / "downbeat-model"
CACHE_VERSION = "1"
RIGHT_BEATS_F = 0.9
LABEL_TOLERANCE_S = 0.07
PARAMS: dict[str, Any] = {"max_iter": 200, "learning_rate": 0.05, "max_leaf_nodes": 15,
                          "class_weight": "balanced", "random_state": 0}


def _f(ref: np.ndarray, est: np.ndarray) -> float:
    import mir_eval

    trim = mir_eval.beat.trim_beats
    return float(mir_eval.beat.f_measure(trim(ref), trim(np.asarray(est, dtype=np.float64))))


def excerpt_row(job: tuple[str, str]) -> dict[str, Any] | None:
    """Beats, cues and shipped downbeats of one excerpt (cached on its files' bytes)."""
    set_name, beats_path = job
    mp3 = Path(beats_path).with_suffix(".mp3")
    from audio_sync.analysis import ANALYSIS_VERSION

    key = f"{CACHE_VERSION}/{ANALYSIS_VERSION}".encode()
    digest = hashlib.sha256(key + mp3.read_bytes() + Path(beats_path).read_bytes()).hexdigest()
    cached = CACHE / f"{digest[:32]}.pkl"
    if cached.is_file():
        with cached.open("rb") as fh:
            return pickle.load(fh)  # noqa: S301 - our own cache
    from audio_sync import beats, meter
    from audio_sync.features import compute_features

    ex = real_excerpt(Path(beats_path))
    row = None
    if ex.downbeats_s is not None and ex.downbeats_s.size >= 4:
        feats = compute_features(ex.audio)
        ev = beats.evidence(feats)
        saved, beats.DOWNBEAT_MODEL = beats.DOWNBEAT_MODEL, False
        try:
            rh = beats.track(feats, shared=ev)
        finally:
            beats.DOWNBEAT_MODEL = saved
        est = np.asarray(rh.beats_s)
        if est.size >= 6:
            down = ev.down
            if down is not None and beats.DOWNBEAT_NET_SNARE_GUARD and meter.net_follows_snares(feats, est, down):
                down = None
            row = {"set": set_name, "name": ex.name, "beats": est, "ref_beats": ex.beats_s,
                   "ref_downs": ex.downbeats_s, "shipped": np.asarray(rh.downbeats_s),
                   "cues": meter.beat_cues(feats, est, down, meter.MODEL_CUES)}
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        pickle.dump(row, fh)
    tmp.replace(cached)
    return row


def rows_of(folders: dict[str, Path], jobs: int) -> list[dict[str, Any]]:
    todo = [(s, str(p)) for s, d in folders.items() if d.is_dir() for p in sorted(d.glob("*.beats"))]
    missing = [s for s, d in folders.items() if not d.is_dir()]
    if missing:
        print("not rendered here, skipped:", ", ".join(missing))
    with ProcessPoolExecutor(jobs) as pool:
        return [r for r in pool.map(excerpt_row, todo, chunksize=4) if r is not None]


def labels(row: dict[str, Any]) -> np.ndarray:
    ref = row["ref_downs"]
    return np.array([np.min(np.abs(ref - t)) < LABEL_TOLERANCE_S for t in row["beats"]])


def fit(rows: list[dict[str, Any]]) -> Any:
    from sklearn.ensemble import HistGradientBoostingClassifier

    from audio_sync.downbeat_model import context_features

    right = [r for r in rows if _f(r["ref_beats"], r["beats"]) > RIGHT_BEATS_F]
    x = np.concatenate([context_features(r["cues"]) for r in right])
    y = np.concatenate([labels(r) for r in right])
    return HistGradientBoostingClassifier(**PARAMS).fit(x, y), len(right), int(y.size)


def export(model: Any) -> dict[str, np.ndarray]:
    """The fitted trees as flat node arrays (audio_sync.downbeat_model.log_odds reads them)."""
    feature, threshold, left, right, leaf, value, roots, depth = [], [], [], [], [], [], [], 0
    offset = 0
    for (tree,) in model._predictors:  # binary: one tree per iteration
        nodes = tree.nodes
        roots.append(offset)
        feature.append(nodes["feature_idx"].astype(np.int64))
        threshold.append(nodes["num_threshold"].astype(np.float64))
        is_leaf = nodes["is_leaf"].astype(bool)
        left.append(np.where(is_leaf, np.arange(nodes.size), nodes["left"]).astype(np.int64) + offset)
        right.append(np.where(is_leaf, np.arange(nodes.size), nodes["right"]).astype(np.int64) + offset)
        leaf.append(is_leaf)
        value.append(nodes["value"].astype(np.float64))
        depth = max(depth, int(nodes["depth"].max()))
        offset += nodes.size
    return {"feature": np.concatenate(feature), "threshold": np.concatenate(threshold),
            "left": np.concatenate(left), "right": np.concatenate(right), "is_leaf": np.concatenate(leaf),
            "value": np.concatenate(value), "roots": np.array(roots, dtype=np.int64),
            "max_depth": np.array(depth), "baseline": np.array(float(np.ravel(model._baseline_prediction)[0]))}


def bars(row: dict[str, Any], model: Any) -> np.ndarray:
    """Downbeats as meter.find_downbeats gives them with the switch on: the hand-weighted cues'
    bar Viterbi for the metre, the model's z-scored log-odds for the phase of a one-metre path."""
    from audio_sync import meter
    from audio_sync.downbeat_model import context_features

    cues = dict(zip(meter.MODEL_CUES, row["cues"].T, strict=True))
    hand = sum(w * cues[c] for c, w in meter.CUE_WEIGHTS.items() if w)  # the net's column is 0 where guarded
    path = meter.bar_path(np.asarray(hand, dtype=np.float64),
                          lambda: meter._zscore(model.decision_function(context_features(row["cues"]))))
    index = np.flatnonzero([p == 0 for _m, p in path])
    return row["beats"][meter._first_bar_whole(index) if meter.PICKUP_FIRST_BAR else index]


def report(label: str, pairs: list[tuple[float, float]]) -> str:
    a, b = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    return (f"{label:34s} n={a.size:4d}  downbeat F hand cues {a.mean():.3f}  model {b.mean():.3f}  "
            f"(ratio {b.mean() / max(a.mean(), 1e-9):.3f}; up {int((b > a + 0.05).sum())}, "
            f"down {int((b < a - 0.05).sum())})")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="export the fit to audio_sync/downbeat_model.npz")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--metre-by-model", action="store_true",
                        help="the bars as beats.DOWNBEAT_MODEL_METRE (form E) places them")
    args = parser.parse_args(argv)
    if args.metre_by_model:
        from audio_sync import beats

        beats.DOWNBEAT_MODEL_METRE = True
    started, cpu0 = time.time(), time.process_time()
    train = rows_of(TRAIN_SOURCES, args.jobs)
    model, n_ex, n_beats = fit(train)
    print(f"fit: {len(train)} training excerpts, {n_ex} with beats right, {n_beats} beats")
    groups = {"dev sets (real-dev, real-dev2)": ("real-dev", "real-dev2"),
              "used held-out renders": RENDER_SETS[2:], "used productions": PRODUCTION_SETS}
    checked = rows_of({s: REAL_DIRS[s] for s in RENDER_SETS + PRODUCTION_SETS}, args.jobs)
    print("used evaluation sets, none trained on:")
    every = []
    for label, sets in groups.items():
        pairs = [(_f(r["ref_downs"], r["shipped"]), _f(r["ref_downs"], bars(r, model)))
                 for r in checked if r["set"] in sets]
        every += pairs
        print("  ", report(label, pairs))
    print("  ", report("all", every))
    if args.write:
        from audio_sync import downbeat_model

        trees = export(model)
        x = np.concatenate([downbeat_model.context_features(r["cues"]) for r in checked[:200]])
        gap = float(np.max(np.abs(downbeat_model.log_odds(x, trees) - model.decision_function(x))))
        print(f"export: {trees['roots'].size} trees, {trees['feature'].size} nodes; "
              f"numpy against sklearn, max |log-odds gap| {gap:.2e}")
        if gap > 1e-6:
            print("export does not reproduce the model; nothing written")
            return 1
        tmp = downbeat_model.WEIGHTS_PATH.with_suffix(".tmp.npz")
        np.savez_compressed(tmp, **trees)
        tmp.replace(downbeat_model.WEIGHTS_PATH)
        print("wrote", downbeat_model.WEIGHTS_PATH.relative_to(ROOT))
    print(f"wall {time.time() - started:.0f} s, CPU of this process {time.process_time() - cpu0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
