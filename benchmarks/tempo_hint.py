"""What a creator's tempo hint does (audio.analyze ``bpm_hint``, issue #15): beat F, CMLt and
acc1 with no hint, with a rough hint (the annotated tempo jittered by up to +-5 %, a creator
tapping the tempo), and with a hint at the wrong octave (x2 below 110 BPM, else /2: the tracker
must follow it, the creator asked). Per set, and the key figure last: how many wrong-level
excerpts the rough hint fixes and how many right ones it breaks.

Also: whether the reported other reading (alt_bpm) names the annotated tempo where the tracker
missed it, and the downbeat F with the annotated beats per bar given (beats_per_bar) on the
auto beats.

Sets: real-dev, real-dev2, real-train, real-train2 only (never a held-out set). Features come
from benchmarks/level_study.py's cache when present (else computed). ``--dump FILE`` writes
the auto beat maps, ``--compare FILE`` checks they are identical to a dump (e.g. one made with
the old code: ``--code /tmp/old --auto-only --dump old.json``).

Usage (project venv): nice -n 19 python benchmarks/tempo_hint.py [--sets dev,dev2,train,train2]
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import sys
import time
import zlib
from pathlib import Path

import numpy as np


def _code_root() -> Path:
    """The checkout whose audio_sync runs (``--code DIR``, for the old code's auto dump)."""
    if "--code" in sys.argv:
        return Path(sys.argv[sys.argv.index("--code") + 1]).resolve()
    return Path(__file__).resolve().parents[1]


sys.path.insert(0, str(_code_root()))

EVAL = Path.home() / ".cache" / "mvstudio-eval"
FEATS = EVAL / "level-study" / "features"
SETS = {"dev": Path(os.environ.get("MVSTUDIO_REALBEATS_DEV", "/work/shared/data/realbeats-dev")),
        "dev2": Path(os.environ.get("MVSTUDIO_REALBEATS_DEV2", EVAL / "realbeats-dev2")),
        "train": EVAL / "realbeats-train", "train2": EVAL / "realbeats-train2"}
JITTER = 0.05
TOL = 0.04  # acc1: tempo within 4 % of the annotation (the usual measure)


def _features(mp3: Path):  # noqa: ANN202 - Features
    from audio_sync.decode import decode_audio
    from audio_sync.features import compute_features

    f = FEATS / (mp3.parent.name + "-" + mp3.stem + ".pkl")
    if f.exists():
        return pickle.loads(f.read_bytes())[0]
    return compute_features(decode_audio(mp3))


def _excerpts(folder: Path):  # noqa: ANN202 - iterator of (name, mp3, beats, downbeats)
    for bf in sorted(folder.glob("*.beats")):
        mp3 = bf.with_suffix(".mp3")
        if mp3.exists():
            ann = np.loadtxt(bf, ndmin=2)
            yield bf.stem, mp3, ann[:, 0], ann[ann[:, 1] == 1, 0]


def _f(ref: np.ndarray, est: np.ndarray) -> tuple[float, float]:
    import mir_eval

    r = mir_eval.beat.trim_beats(np.asarray(ref, dtype=np.float64))
    e = mir_eval.beat.trim_beats(np.asarray(est, dtype=np.float64))
    return float(mir_eval.beat.f_measure(r, e)), float(mir_eval.beat.continuity(r, e)[1])


def _octave_ref(ann: np.ndarray, factor: float, est: np.ndarray) -> float:
    """Beat F against the annotation at the hinted octave (midpoints added, or the better of
    the two every-other-beat grids)."""
    if factor > 1:
        return _f(np.sort(np.concatenate([ann, (ann[:-1] + ann[1:]) / 2])), est)[0]
    return max(_f(ann[p::2], est)[0] for p in (0, 1))


def _row(name: str, feats, ann: np.ndarray, downs: np.ndarray, *, auto_only: bool) -> dict:  # noqa: ANN001
    from audio_sync.beats import track

    true = 60.0 / float(np.median(np.diff(ann)))
    auto = track(feats)
    row = {"name": name, "true": true, "auto_bpm": auto.tempo_bpm,
           "dump": [auto.tempo_bpm, list(auto.beats_s), list(auto.downbeats_s), auto.beats_per_bar]}
    if auto_only:
        return row
    from audio_sync.meter import find_downbeats

    jit = np.random.default_rng(zlib.crc32(name.encode())).uniform(-JITTER, JITTER)
    rough = track(feats, bpm_hint=true * (1 + jit))
    factor = 2.0 if true < 110 else 0.5
    octave = track(feats, bpm_hint=true * factor)
    bpb = int(np.median(np.diff(np.searchsorted(ann, downs - 1e-6)))) if downs.size > 2 else 4
    _, known_downs = find_downbeats(feats, np.asarray(auto.beats_s), beats_per_bar=max(2, bpb))
    f_auto, c_auto = _f(ann, auto.beats_s)
    f_rough, c_rough = _f(ann, rough.beats_s)
    row.update(alt=auto.alt_bpm, f_auto=f_auto, c_auto=c_auto, f_rough=f_rough, c_rough=c_rough,
               rough_bpm=rough.tempo_bpm, oct_bpm=octave.tempo_bpm, oct_hint=true * factor,
               f_oct=_octave_ref(ann, factor, octave.beats_s),
               d_auto=_f(downs, auto.downbeats_s)[0], d_known=_f(downs, known_downs)[0])
    return row


def _ok(bpm: float, ref: float) -> bool:
    return abs(bpm / ref - 1.0) <= TOL


def _report(name: str, rows: list[dict]) -> tuple[int, int, int, int]:
    n = len(rows)
    right = [_ok(r["auto_bpm"], r["true"]) for r in rows]
    rough = [_ok(r["rough_bpm"], r["true"]) for r in rows]
    fixed = sum(1 for a, b in zip(right, rough, strict=True) if b and not a)
    broken = sum(1 for a, b in zip(right, rough, strict=True) if a and not b)
    followed = sum(_ok(r["oct_bpm"], r["oct_hint"]) for r in rows)
    alt_names = sum(1 for r, a in zip(rows, right, strict=True) if not a and _ok(r["alt"] or 1e-9, r["true"]))

    def mean(k: str) -> float:
        return float(np.mean([r[k] for r in rows]))

    print(f"| {name} | {n} | {mean('f_auto'):.3f} / {mean('c_auto'):.3f} / {100 * np.mean(right):.0f} % "
          f"| {mean('f_rough'):.3f} / {mean('c_rough'):.3f} / {100 * np.mean(rough):.0f} % "
          f"| {fixed} of {n - sum(right)} | {broken} of {sum(right)} | {followed} of {n}, F {mean('f_oct'):.3f} "
          f"| {alt_names} of {n - sum(right)} | {mean('d_auto'):.3f} -> {mean('d_known'):.3f} |")
    for r, a, b in zip(rows, right, rough, strict=True):
        if a != b or not b:
            print(f"    {r['name']}: true {r['true']:.1f}, auto {r['auto_bpm']:.1f} (or {r['alt']:.1f}), "
                  f"rough hint -> {r['rough_bpm']:.1f}, F {r['f_auto']:.2f} -> {r['f_rough']:.2f}")
    return fixed, n - sum(right), broken, sum(right)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default="dev,dev2,train,train2")
    ap.add_argument("--code", help="run this checkout's audio_sync (for --auto-only dumps)")
    ap.add_argument("--auto-only", action="store_true")
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--compare", type=Path)
    args = ap.parse_args()
    t0, c0 = time.perf_counter(), time.process_time()
    print(f"load average {os.getloadavg()[0]:.1f}, nice {os.nice(0)}, code {_code_root()}")
    per_set: dict[str, list[dict]] = {}
    for key in args.sets.split(","):
        folder = SETS[key]
        per_set[key] = [_row(f"{key}/{n}", _features(mp3), ann, downs, auto_only=args.auto_only)
                        for n, mp3, ann, downs in _excerpts(folder)]
    dump = {r["name"]: r["dump"] for rows in per_set.values() for r in rows}
    if args.dump:
        args.dump.write_text(json.dumps(dump))
    if args.compare:
        ref = json.loads(args.compare.read_text())
        same = sum(1 for k, v in dump.items() if ref.get(k) == v)
        print(f"auto beat maps identical to {args.compare.name}: {same} of {len(dump)} "
              f"({len(ref)} in the reference)")
    if not args.auto_only:
        print("\n| set | n | no hint: F / CMLt / acc1 | rough hint (+-5 %): F / CMLt / acc1 | "
              "wrong level fixed | right level broken | octave hint followed, F at that level "
              "| alt_bpm names the annotated tempo (of the misses) | downbeat F: auto -> known metre |")
        print("|---|---|---|---|---|---|---|---|---|")
        totals = np.array([_report(k, rows) for k, rows in per_set.items()]).sum(axis=0)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"\nwall {time.perf_counter() - t0:.1f} s, CPU {time.process_time() - c0:.1f} s "
          f"(user {usage.ru_utime:.1f} s), load average {os.getloadavg()[0]:.1f}")
    if not args.auto_only:
        print(f"KEY: a rough hint fixes {totals[0]} of {totals[1]} wrong-level excerpts and breaks "
              f"{totals[2]} of {totals[3]} right ones ({args.sets})")


if __name__ == "__main__":
    main()
