"""Fit audio_sync.off_half's model (P-Q-L): which half of the bar an undrummed duple piece's
tracked beats sit on.

Usage: python benchmarks/off_half_learn.py [--write]

Runs the tracker with ``beats.HALF_BEAT_LEARNED`` off (as fitted in session 38) on the used
renders and the training sources (switch_judge's groups; pristine sets never), keeps the
excerpts annotated without drums, in 2/2, 2/4 or 4/4, tracked at their tempo at 70-125 BPM with beat F below 0.3 (label 1:
on the off half) or above 0.8 (label 0), reads ``off_half.cues`` on the tracked beats and fits a
logistic regression on the standardized cues. Prints the weights and, over ten folds of whole
sets, how many excerpts each threshold moves right and wrong. ``--write`` puts the fit into
audio_sync/off_half.py (MEAN, SCALE, WEIGHTS, BIAS). Cues are cached per excerpt under the
evaluation cache, keyed on the audio, the annotation and audio_sync's sources.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import EVAL_CACHE  # noqa: E402
from switch_judge import group_folders, sources_digest  # noqa: E402

CACHE = EVAL_CACHE / "off-half"
BPM_SPAN = (70.0, 125.0)
METRES = ("2/2", "2/4", "4/4")


def excerpt_row(job: tuple[str, str, str]) -> dict | None:
    """The label and cues of one excerpt, or None outside the class."""
    set_name, beats_path, digest = job
    beats_file = Path(beats_path)
    meta_file = beats_file.with_suffix(".json")
    meta = json.loads(meta_file.read_text()) if meta_file.exists() else {}
    if meta.get("drums") or meta.get("drum_style"):
        return None
    key = hashlib.sha256(digest.encode() + beats_file.with_suffix(".mp3").read_bytes()
                         + beats_file.read_bytes()).hexdigest()[:32]
    cached = CACHE / f"{key}.json"
    if cached.is_file():
        return json.loads(cached.read_text()) or None
    import mir_eval
    from beat_sets import real_excerpt

    from audio_sync import beats, off_half
    from audio_sync.features import compute_features

    ex = real_excerpt(beats_file)
    row: dict | None = None
    metre = ex.metre or str(meta.get("metre", ""))
    true_bpm = 60.0 / float(np.median(np.diff(ex.beats_s)))
    if metre in METRES:
        beats.HALF_BEAT_LEARNED = False  # the cues of the beats before the model's own move
        feats = compute_features(ex.audio)
        ev = beats.evidence(feats)
        rhythm = beats.track(feats, shared=ev)
        found = np.asarray(rhythm.beats_s)
        trim = mir_eval.beat.trim_beats
        f = float(mir_eval.beat.f_measure(trim(ex.beats_s), trim(found))) if found.size else 0.0
        right_tempo = abs(rhythm.tempo_bpm / true_bpm - 1.0) <= 0.04
        if (ev.act is not None and right_tempo and BPM_SPAN[0] <= rhythm.tempo_bpm <= BPM_SPAN[1]
                and (f < 0.3 or f > 0.8)):
            values = off_half.cues(feats, ev.act, ev.down, np.asarray(ev.onsets_s), found,
                                   lead_s=beats.DETECTOR_LEAD_S)
            if values is not None:
                row = {"set": set_name, "name": beats_file.stem, "f": f, "off": f < 0.3,
                       "cues": [float(v) for v in values]}
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_suffix(".tmp")
    tmp.write_text(json.dumps(row or {}))
    tmp.replace(cached)
    return row


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Mean, scale, weights and bias of a logistic regression (L2, C = 1) on standardized x."""
    from sklearn.linear_model import LogisticRegression

    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    model = LogisticRegression(C=1.0, max_iter=1000).fit((x - mean) / scale, y)
    return mean, scale, model.coef_[0], float(model.intercept_[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="write the fit into audio_sync/off_half.py")
    args = parser.parse_args()
    from audio_sync import off_half

    digest = sources_digest()
    jobs = [(s, str(b), digest) for _, s, folder in group_folders(["renders", "training"])
            if folder.is_dir() for b in sorted(folder.glob("*.beats")) if b.with_suffix(".mp3").exists()]
    with ProcessPoolExecutor(2) as pool:
        rows = [r for r in pool.map(excerpt_row, jobs, chunksize=4) if r]
    x = np.array([r["cues"] for r in rows])
    y = np.array([r["off"] for r in rows], dtype=int)
    groups = np.array([r["set"] for r in rows])
    print(f"{len(rows)} excerpts: {int(y.sum())} on the off half, {int((1 - y).sum())} right")
    sets = np.unique(groups)
    np.random.default_rng(0).shuffle(sets)
    held = np.zeros(len(y))
    for fold in np.array_split(sets, 10):
        test = np.isin(groups, fold)
        held[test] = off_half.probability_off(x[test], fit(x[~test], y[~test]))
    print("threshold: moved on the off half (gained) / moved right (lost), ten folds of whole sets")
    for threshold in (0.5, 0.6, 0.7, 0.8, 0.9):
        moved = held > threshold
        print(f"  {threshold:.1f}: {int((moved & (y == 1)).sum())} / {int((moved & (y == 0)).sum())}")
    params = fit(x, y)
    mean, scale, weights, bias = params
    print("cues:", ", ".join(f"{c} {w:+.2f}" for c, w in zip(off_half.CUES, weights, strict=True)),
          f"bias {bias:+.2f}")
    lines = {"MEAN": mean, "SCALE": scale, "WEIGHTS": weights}
    text = "\n".join(f"{k} = np.array([{', '.join(f'{v:.4f}' for v in vals)}])" for k, vals in lines.items())
    text += f"\nBIAS = {bias:.4f}"
    print(text)
    if args.write:
        path = ROOT / "audio_sync" / "off_half.py"
        src = path.read_text()
        for name in ("MEAN", "SCALE", "WEIGHTS"):
            src = re.sub(rf"^{name} = np\.array\(\[.*?\]\)$", next(t for t in text.splitlines()
                                                                 if t.startswith(f"{name} =")), src, flags=re.M)
        src = re.sub(r"^BIAS = .*$", f"BIAS = {bias:.4f}", src, flags=re.M)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(src)
        tmp.replace(path)
        print(f"written: {path}")


if __name__ == "__main__":
    main()
