"""Per-excerpt study of the tempo level on the dev and training sets: found vs annotated tempo,
grouped by metre, with audio evidence for the level (issue #15, acc1).

Sets: real-dev, real-dev2, real-train, real-train2 and real-compound (own renders,
benchmarks/make_realbeats_compound.py) only (never a held-out set). Per excerpt the
shipped tracker runs once; the script stores its beats and tempo, the annotation and a few
cheap level features in a pickle (``--out``), and prints a table grouped by metre. The features
(Features, activation) are cached per excerpt under ``--cache`` so a variant of the decision can
be re-scored without recomputing the front end.

``--dotted`` runs the tracker with and without the dotted-quarter level
(audio_sync.dotted_level) on every excerpt, records the activation ratio it decides on, and
cross-validates its one threshold in two folds: chosen on real-train, checked on real-train2
and the dev sets, and the other way round.

Usage (project venv): python benchmarks/level_study.py [--sets dev,dev2,train,train2,compound]
                      [--cache DIR] [--out FILE] [--dotted]
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
# Rows and the per-excerpt feature cache (benchmarks/level_rules.py reads both).
ROWS = EVAL / "level-study" / "rows.pkl"
FEATS = EVAL / "level-study" / "features"
SETS = {"dev": DEV_DIR, "dev2": DEV2_DIR, "train": EVAL / "realbeats-train",
        "train2": EVAL / "realbeats-train2",
        # own renders (benchmarks/make_realbeats_compound.py): a check set, never fitted on
        "compound": EVAL / "realbeats-compound"}


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


def _track(feats, *, dotted: bool):  # noqa: ANN001, ANN202 - Rhythm
    from audio_sync import beats

    saved = beats.DOTTED_LEVEL
    beats.DOTTED_LEVEL = dotted
    try:
        return beats.track(feats)
    finally:
        beats.DOTTED_LEVEL = saved


def _dotted_ratio(feats, act: np.ndarray) -> float:  # noqa: ANN001
    """The ratio the tracker decides on: on its first grid, when the rule kept the level."""
    from audio_sync.beats import beat_onset, initial_level
    from audio_sync.dotted_level import dotted_ratio

    bpm0, grid, bpm = initial_level(feats, beat_onset(feats), act=act)
    return dotted_ratio(feats, act, grid) if bpm == bpm0 else 0.0


def study_row(set_name: str, beats_file: Path, cache: Path, *,
              dotted: bool = False) -> dict[str, object]:
    from audio_sync.meter import is_compound

    meta = json.loads(beats_file.with_suffix(".json").read_text())
    ann = np.loadtxt(beats_file, ndmin=2)
    feats, act = _features(beats_file.with_suffix(".mp3"), cache)
    rh = _track(feats, dotted=False)
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
        **(_dotted_fields(feats, act, ann[:, 0]) if dotted else {}),
    }


def _dotted_fields(feats, act: np.ndarray, ref: np.ndarray) -> dict[str, object]:  # noqa: ANN001
    on = _track(feats, dotted=True)
    f, cmlt, amlt = _score(ref, np.asarray(on.beats_s))
    return {"ratio": _dotted_ratio(feats, act), "found_on": float(on.tempo_bpm), "f_on": f,
            "cmlt_on": cmlt, "amlt_on": amlt}


def level_of(row: dict[str, object]) -> str:
    r = float(row["found"]) / float(row["true"])  # type: ignore[arg-type]
    for name, k in (("x1", 1.0), ("x2", 2.0), ("x1/2", 0.5), ("x3/2", 1.5), ("x2/3", 2 / 3),
                    ("x3", 3.0), ("x1/3", 1 / 3)):
        if abs(r / k - 1) <= 0.04:
            return name
    return f"x{r:.2f}"


def _acc1(bpm: float, true: float) -> bool:
    return abs(bpm - true) / true <= 0.04


def _net(rows: list[dict[str, object]], t: float) -> tuple[int, int]:
    """(excerpts made right, excerpts made wrong) by switching x2/3 at ratio >= t."""
    gain = loss = 0
    for r in rows:
        if float(r["ratio"]) >= t:  # type: ignore[arg-type]
            before = _acc1(float(r["found"]), float(r["true"]))  # type: ignore[arg-type]
            after = _acc1(float(r["found"]) * 2 / 3, float(r["true"]))  # type: ignore[arg-type]
            gain, loss = gain + (after and not before), loss + (before and not after)
    return gain, loss


def cross_validate(rows: list[dict[str, object]]) -> None:
    """The threshold chosen on one training set (best net gain, middle of the best interval),
    scored on the other training set and the dev sets."""
    grid = np.round(np.arange(1.0, 1.31, 0.01), 2)
    for fit, check in (("train", ("train2", "dev", "dev2", "compound")),
                       ("train2", ("train", "dev", "dev2", "compound"))):
        fit_rows = [r for r in rows if r["set"] == fit]
        nets = np.array([np.subtract(*_net(fit_rows, t)) for t in grid])
        best = grid[nets == nets.max()]
        t = float(best[len(best) // 2])
        print(f"fold fit on {fit}: net {nets.max():+d} for thresholds {best.min():.2f}-{best.max():.2f}, "
              f"chosen {t:.2f}; out of fold: " + ", ".join(
                  f"{c} +{_net([r for r in rows if r['set'] == c], t)[0]}/-"
                  f"{_net([r for r in rows if r['set'] == c], t)[1]}" for c in check), flush=True)


def dotted_summary(rows: list[dict[str, object]]) -> None:
    print("\nexcerpts whose tempo the dotted level changes (shipped threshold):")
    for r in rows:
        if abs(float(r["found_on"]) - float(r["found"])) > 0.01 * float(r["found"]):  # type: ignore[arg-type]
            print(f"  {r['set']:6s} {r['name']:42s} {r['metre']:4s} true {r['true']:6.1f} "
                  f"{r['found']:6.1f} -> {r['found_on']:6.1f} ratio {r['ratio']:.2f} "
                  f"F {r['f']:.3f} -> {r['f_on']:.3f}")
    print("\nper set: F, CMLt, AMLt, acc1 without -> with the dotted level")
    for s in SETS:
        rs = [r for r in rows if r["set"] == s]
        if not rs:
            continue
        def m(k: str, rs: list[dict[str, object]] = rs) -> float:
            return float(np.mean([float(r[k]) for r in rs]))  # type: ignore[arg-type]
        a0 = np.mean([_acc1(float(r["found"]), float(r["true"])) for r in rs])  # type: ignore[arg-type]
        a1 = np.mean([_acc1(float(r["found_on"]), float(r["true"])) for r in rs])  # type: ignore[arg-type]
        print(f"  {s:6s} n={len(rs):3d} F {m('f'):.3f} -> {m('f_on'):.3f}  CMLt {m('cmlt'):.3f} -> "
              f"{m('cmlt_on'):.3f}  AMLt {m('amlt'):.3f} -> {m('amlt_on'):.3f}  acc1 {a0:.1%} -> {a1:.1%}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="dev,dev2,train,train2,compound")
    ap.add_argument("--cache", type=Path, default=FEATS)
    ap.add_argument("--out", type=Path, default=ROWS)
    ap.add_argument("--dotted", action="store_true")
    args = ap.parse_args()
    rows = []
    t0, c0 = time.perf_counter(), time.process_time()
    for s in args.sets.split(","):
        for bf in sorted(SETS[s].glob("*.beats")):
            if not bf.with_suffix(".mp3").exists() or not bf.with_suffix(".json").exists():
                continue
            row = study_row(s, bf, args.cache, dotted=args.dotted)
            rows.append(row)
            print(f"{s:6s} {row['name']:45s} {row['metre']:4s} true {row['true']:6.1f} found "
                  f"{row['found']:6.1f} {level_of(row):5s} F {row['f']:.3f}", flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(rows))
    tmp.replace(args.out)
    if args.dotted:
        cross_validate(rows)
        dotted_summary(rows)
    print(f"{len(rows)} excerpts, wall {time.perf_counter() - t0:.0f} s, CPU {time.process_time() - c0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
