"""Per-excerpt study of the tempo level on the dev and training sets: found vs annotated tempo,
grouped by metre, with audio evidence for the level (issue #15, acc1).

Sets: real-dev, real-dev2, real-train, real-train2 only (never a held-out set). Per excerpt the
shipped tracker runs once; the script stores its beats and tempo, the annotation and a few
cheap level features in a pickle (``--out``), and prints a table grouped by metre. The features
(Features, activation) are cached per excerpt under ``--cache`` so a variant of the decision can
be re-scored without recomputing the front end.

Usage (project venv): python benchmarks/level_study.py [--sets dev,dev2,train,train2]
                      [--cache DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import DEV2_DIR, DEV_DIR  # noqa: E402

EVAL = Path.home() / ".cache" / "mvstudio-eval"
SETS = {"dev": DEV_DIR, "dev2": DEV2_DIR, "train": EVAL / "realbeats-train",
        "train2": EVAL / "realbeats-train2"}


def _features(mp3: Path, cache: Path):  # noqa: ANN202 - (Features, activation)
    from audio_sync.activation import beat_activation
    from audio_sync.decode import decode_audio
    from audio_sync.features import compute_features

    f = cache / (mp3.parent.name + "-" + mp3.stem + ".pkl")
    if f.exists():
        return pickle.loads(f.read_bytes())
    feats = compute_features(decode_audio(mp3))
    act = beat_activation(feats.mel_db)[0].astype(np.float64)
    cache.mkdir(parents=True, exist_ok=True)
    f.write_bytes(pickle.dumps((feats, act)))
    return feats, act


def _score(ref: np.ndarray, est: np.ndarray) -> tuple[float, float, float]:
    import mir_eval

    r, e = mir_eval.beat.trim_beats(ref), mir_eval.beat.trim_beats(np.asarray(est, dtype=np.float64))
    f = float(mir_eval.beat.f_measure(r, e))
    _, cmlt, _, amlt = (float(v) for v in mir_eval.beat.continuity(r, e))
    return f, cmlt, amlt


def study_row(set_name: str, beats_file: Path, cache: Path) -> dict[str, object]:
    from audio_sync.beats import track
    from audio_sync.meter import is_compound

    meta = json.loads(beats_file.with_suffix(".json").read_text())
    ann = np.loadtxt(beats_file, ndmin=2)
    feats, act = _features(beats_file.with_suffix(".mp3"), cache)
    rh = track(feats)
    beats = np.asarray(rh.beats_s)
    true = 60.0 / float(np.median(np.diff(ann[:, 0])))
    f, cmlt, amlt = _score(ann[:, 0], beats)
    return {
        "set": set_name, "name": beats_file.stem, "metre": str(meta.get("metre", "")),
        "unit": meta.get("beat_unit_quarters"), "style": meta.get("style", ""),
        "drums": meta.get("drums") or "", "true": true, "found": float(rh.tempo_bpm),
        "f": f, "cmlt": cmlt, "amlt": amlt, "beats": beats, "ann": ann,
        "bpb": rh.beats_per_bar, "compound": bool(beats.size > 4 and is_compound(feats, beats)),
        "onset_rate": len(rh.onsets_s) / max(1e-9, feats.duration_s),
    }


def level_of(row: dict[str, object]) -> str:
    r = float(row["found"]) / float(row["true"])  # type: ignore[arg-type]
    for name, k in (("x1", 1.0), ("x2", 2.0), ("x1/2", 0.5), ("x3/2", 1.5), ("x2/3", 2 / 3),
                    ("x3", 3.0), ("x1/3", 1 / 3)):
        if abs(r / k - 1) <= 0.04:
            return name
    return f"x{r:.2f}"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="dev,dev2,train,train2")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/b15oct-feats"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/b15oct-study.pkl"))
    args = ap.parse_args()
    rows = []
    t0, c0 = time.perf_counter(), time.process_time()
    for s in args.sets.split(","):
        for bf in sorted(SETS[s].glob("*.beats")):
            if not bf.with_suffix(".mp3").exists() or not bf.with_suffix(".json").exists():
                continue
            row = study_row(s, bf, args.cache)
            rows.append(row)
            print(f"{s:6s} {row['name']:45s} {row['metre']:4s} true {row['true']:6.1f} found "
                  f"{row['found']:6.1f} {level_of(row):5s} F {row['f']:.3f}", flush=True)
    tmp = args.out.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(rows))
    tmp.replace(args.out)
    print(f"{len(rows)} excerpts, wall {time.perf_counter() - t0:.0f} s, CPU {time.process_time() - c0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
