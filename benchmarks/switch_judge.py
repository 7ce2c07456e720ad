"""A candidate switch judged on every used set, and where the shipped tracker loses its tempo.

Usage: python benchmarks/switch_judge.py --switch NAME[+NAME] [--groups renders,productions,training]
       python benchmarks/switch_judge.py --net NET.npz [--groups ...]
       python benchmarks/switch_judge.py --census [--groups ...]

The first step of a candidate's rule (docs/beat-accuracy): the shipped tracker and the tracker
with ``audio_sync.beats.NAME`` on, excerpt by excerpt, over the used renders (real-dev,
real-dev2 and the judged real-heldout sets), the used productions (real-modules and its judged
held-out parts) and the training sources. Prints per group acc1 and beat and downbeat F off ->
on and every excerpt whose tempo moved, with its metrical level (x2: twice the true tempo) off
and on. ``--net`` judges another beat net's weights (benchmarks/train_beat_tcn.py) the same way.
``--census`` prints the shipped tracker's tempo misses by level, metre and drums. Productions of
the packages a net trained on (NET_TRAINED_PACKAGES) form their own group, productions-trained.
Pristine sets never run here. Results are cached per excerpt on the bytes of its files and of
audio_sync's sources, so a second candidate re-runs only itself. Sessions 8-30 wrote this as a
scratch script each time; the machine's scratch does not survive a new session.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import EVAL_CACHE, REAL_DIRS  # noqa: E402
from downbeat_model_learn import PRODUCTION_SETS, RENDER_SETS, TRAIN_SOURCES  # noqa: E402

CACHE = EVAL_CACHE / "switch-judge"
LEVELS = (Fraction(1), Fraction(2), Fraction(1, 2), Fraction(3), Fraction(1, 3), Fraction(3, 2),
          Fraction(2, 3), Fraction(4), Fraction(1, 4))
TEMPO_TOLERANCE = 0.04  # acc1's
# Their first 40 s trained the shipped members 3 and 4 (record s25), their whole songs M-NET-T.
NET_TRAINED_PACKAGES = frozenset({"biniax2-data", "pekka-kana-2-data"})


def group_folders(groups: list[str]) -> list[tuple[str, str, Path]]:
    """(group, set, folder) of every used set in ``groups``."""
    out = []
    for group in groups:
        if group == "renders":
            out += [(group, name, REAL_DIRS[name]) for name in RENDER_SETS]
        elif group == "productions":
            out += [(group, name, REAL_DIRS[name]) for name in PRODUCTION_SETS]
        elif group == "training":
            out += [(group, name, folder) for name, folder in TRAIN_SOURCES.items()]
        else:
            raise SystemExit(f"--groups: unknown group {group!r} (renders, productions, training)")
    return out


def level_of(est_bpm: float, true_bpm: float) -> str:
    """The metrical level of a tempo against the truth's: 'x1', 'x2', 'x1/2', ... or 'other'."""
    for level in LEVELS:
        if abs(est_bpm - true_bpm * level) <= TEMPO_TOLERANCE * true_bpm * level:
            return f"x{level}"
    return "other"


def sources_digest() -> str:
    h = hashlib.sha256()
    for path in sorted((ROOT / "audio_sync").glob("*")):
        if path.suffix in (".py", ".npz"):
            h.update(path.name.encode() + path.read_bytes())
    return h.hexdigest()[:16]


def run_one(job: tuple[str, str, str, str]) -> dict[str, Any]:
    """Score one excerpt with the switches ``on`` ('' = the shipped tracker; ``net=PATH@DIGEST``
    another beat net's weights), cached."""
    group, set_name, beats_path, on = job
    beats_file = Path(beats_path)
    mp3 = beats_file.with_suffix(".mp3")
    key = hashlib.sha256(f"{on}/{os.environ['SWITCH_JUDGE_SOURCES']}".encode()
                         + mp3.read_bytes() + beats_file.read_bytes()).hexdigest()[:32]
    cached = CACHE / f"{key}.pkl"
    if cached.is_file():
        with cached.open("rb") as fh:
            return pickle.load(fh)  # noqa: S301 - our own cache
    import mir_eval
    from beat_sets import real_excerpt

    from audio_sync import activation, beats
    from audio_sync.analysis import _analyze_uncached

    ex = real_excerpt(beats_file)
    names = [n for n in on.split("+") if n and not n.startswith("net=")]
    nets = [n.removeprefix("net=").rsplit("@", 1)[0] for n in on.split("+") if n.startswith("net=")]
    saved = {name: getattr(beats, name) for name in names}
    for name in names:
        setattr(beats, name, True)
    if nets:
        activation._WEIGHTS = activation.read_weights(Path(nets[0]))
    try:
        bm = _analyze_uncached(ex.audio)
    finally:
        for name, value in saved.items():  # a pool worker runs the shipped tracker next
            setattr(beats, name, value)
        activation._WEIGHTS = None  # the next analysis reads the shipped file
    trim = mir_eval.beat.trim_beats
    true_bpm = 60.0 / float(np.median(np.diff(ex.beats_s)))
    meta_file = beats_file.with_suffix(".json")
    meta = json.loads(meta_file.read_text()) if meta_file.exists() else {}
    row = {"group": group, "set": set_name, "name": beats_file.stem, "true_bpm": true_bpm,
           "bpm": bm.tempo_bpm, "level": level_of(bm.tempo_bpm, true_bpm),
           "f": float(mir_eval.beat.f_measure(trim(ex.beats_s), trim(np.asarray(bm.beats_s)))),
           "down_f": float(mir_eval.beat.f_measure(trim(ex.downbeats_s),
                                                   trim(np.asarray(bm.downbeats_s)))),
           "metre": ex.metre or str(meta.get("metre", "")),
           "drums": str(meta.get("drums") or meta.get("drum_style") or ""),
           "style": str(meta.get("style", ""))}
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_suffix(f".{os.getpid()}.tmp")
    with tmp.open("wb") as fh:
        pickle.dump(row, fh)
    tmp.replace(cached)
    return row


def _workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def measure(folders: list[tuple[str, str, Path]], switches: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Rows per switch setting ('' = shipped), excerpt for excerpt in the same order."""
    os.environ["SWITCH_JUDGE_SOURCES"] = sources_digest()
    files = [(_group(g, b), s, str(b)) for g, s, folder in folders if folder.is_dir()
             for b in sorted(folder.glob("*.beats")) if b.with_suffix(".mp3").exists()]
    missing = [s for _, s, folder in folders if not folder.is_dir()]
    if missing:
        print(f"not rendered (skipped): {', '.join(missing)}", flush=True)
    out = {}
    with ProcessPoolExecutor(_workers()) as pool:
        for on in switches:
            rows = pool.map(run_one, [(g, s, b, on) for g, s, b in files], chunksize=4)
            out[on] = [{**row, "group": g} for row, (g, _, _) in zip(rows, files, strict=True)]  # cached rows too
    return out


def _group(group: str, beats_file: Path) -> str:
    """``productions-trained`` for an excerpt of a package a beat net trained on."""
    meta = beats_file.with_suffix(".json")
    if group == "productions" and meta.exists() and json.loads(meta.read_text()).get("package") in NET_TRAINED_PACKAGES:
        return "productions-trained"
    return group


def _acc1(rows: list[dict[str, Any]]) -> float:
    return float(np.mean([r["level"] == "x1" for r in rows])) if rows else float("nan")


def _mean(rows: list[dict[str, Any]], key: str) -> float:
    return float(np.mean([r[key] for r in rows])) if rows else float("nan")


def compare(off: list[dict[str, Any]], on: list[dict[str, Any]], label: str) -> None:
    for group in dict.fromkeys(r["group"] for r in off):
        pairs = [(a, b) for a, b in zip(off, on, strict=True) if a["group"] == group]
        a_rows, b_rows = [a for a, _ in pairs], [b for _, b in pairs]
        gained = [(a, b) for a, b in pairs if a["level"] != "x1" and b["level"] == "x1"]
        lost = [(a, b) for a, b in pairs if a["level"] == "x1" and b["level"] != "x1"]
        print(f"{group}: n={len(pairs)} acc1 {_acc1(a_rows):.1%} -> {_acc1(b_rows):.1%} "
              f"(+{len(gained)}/-{len(lost)}) F {_mean(a_rows, 'f'):.4f} -> {_mean(b_rows, 'f'):.4f} "
              f"downbeat F {_mean(a_rows, 'down_f'):.4f} -> {_mean(b_rows, 'down_f'):.4f}  [{label}]")
        for a, b in pairs:
            if a["level"] != b["level"] or abs(a["f"] - b["f"]) > 0.05:
                sign = "+" if (a, b) in gained else "-" if (a, b) in lost else " "
                print(f"   {sign} {a['set']} {a['name']} {a['metre']} drums={a['drums'] or '-'} "
                      f"true {a['true_bpm']:.1f}: {a['level']} F {a['f']:.3f} down {a['down_f']:.2f}"
                      f" -> {b['level']} F {b['f']:.3f} down {b['down_f']:.2f}")


def census(rows: list[dict[str, Any]]) -> None:
    for group in dict.fromkeys(r["group"] for r in rows):
        sel = [r for r in rows if r["group"] == group]
        misses = [r for r in sel if r["level"] != "x1"]
        print(f"{group}: n={len(sel)} acc1 {_acc1(sel):.1%} F {_mean(sel, 'f'):.4f} "
              f"downbeat F {_mean(sel, 'down_f'):.4f}; misses {len(misses)}")
        classes = Counter((r["level"], r["metre"], "drums" if r["drums"] not in ("", "none", "None") else "undrummed")
                          for r in misses)
        for (level, metre, drums), n in classes.most_common():
            names = [r["name"] for r in misses if (r["level"], r["metre"]) == (level, metre)
                     and (drums == "drums") == (r["drums"] not in ("", "none", "None"))]
            print(f"   {n:4d} {n / len(sel):5.1%} {level:6s} {metre or '?':5s} {drums:9s} "
                  f"e.g. {', '.join(names[:4])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--switch", default="", help="audio_sync.beats switch(es) to turn on, A+B")
    parser.add_argument("--net", type=Path, help="another beat net's weights (.npz), alone or with --switch")
    parser.add_argument("--census", action="store_true")
    parser.add_argument("--groups", default="renders,productions,training")
    args = parser.parse_args()
    if (bool(args.switch or args.net) + args.census) != 1:
        parser.error("give --switch NAME and/or --net NET.npz, or --census")
    if args.net:
        from audio_sync.activation import read_weights

        try:
            read_weights(args.net)
        except (OSError, ValueError, KeyError) as exc:
            parser.error(f"--net {args.net}: not a beat net's weights ({exc})")
        net = f"net={args.net.resolve()}@{hashlib.sha256(args.net.read_bytes()).hexdigest()[:16]}"
        args.switch = "+".join(filter(None, [args.switch, net]))
    from audio_sync import beats

    for name in filter(None, args.switch.split("+")):
        if name.startswith("net="):
            continue
        if not isinstance(getattr(beats, name, None), bool):
            print(f"--switch {name}: not a switch of audio_sync.beats", file=sys.stderr)
            sys.exit(2)
    started = time.time()
    folders = group_folders(args.groups.split(","))
    settings = [""] + ([args.switch] if args.switch else [])
    rows = measure(folders, settings)
    if args.census:
        census(rows[""])
    else:
        compare(rows[""], rows[args.switch], f"{args.switch} on")
    print(f"({time.time() - started:.0f} s wall)")


if __name__ == "__main__":
    main()
