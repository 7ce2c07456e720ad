"""Where our downbeats go wrong when the beats are right: a census by error class.

Usage: python benchmarks/downbeat_census.py [--sets real-dev,real-dev2] [--final] [--list CLASS]

For every excerpt whose beats are right (beat F >= 0.9, mir_eval, the first 5 s trimmed as in
beat_accuracy.py), the downbeats fall in one class: ``right`` (downbeat F >= 0.9); ``bar M for
N`` (our bars hold M beats where the annotation's hold N, e.g. 2-beat bars in a 4/4 song); or
``phase +k of N`` (the right bar length, our downbeat k beats after the annotated one). Prints
the classes with their counts, metres and excerpt-name styles, and the mean downbeat F of the
beat-right excerpts. Held-out sets from real-heldout2 on need ``--final``, as for
beat_accuracy.py: this runs our tracker.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import GUARDED_SETS, REAL_DIRS, real_set, refuse_unfinal  # noqa: E402

BEATS_RIGHT_F = 0.9   # beat F from which an excerpt's downbeats are judged
DOWNBEATS_RIGHT_F = 0.9
NEAR_S = 0.1          # a downbeat this close to an annotated beat sits on it


def _trim(x: np.ndarray) -> np.ndarray:
    """mir_eval's 5 s trim, as beat_accuracy.py scores."""
    import mir_eval

    return mir_eval.beat.trim_beats(np.asarray(x, dtype=np.float64))


def beats_per_bar(beats_s: np.ndarray, downbeats_s: np.ndarray) -> int:
    """Median number of beats from one downbeat to the next (0: fewer than three downbeats)."""
    if downbeats_s.size < 3:
        return 0
    return int(np.median(np.diff(np.searchsorted(beats_s, downbeats_s - 1e-3))))


def classify(ref_beats: np.ndarray, ref_downs: np.ndarray, beats: np.ndarray,
             downs: np.ndarray) -> str:
    """The error class of ``downs`` (at ``beats``) against the annotated downbeats."""
    import mir_eval

    if mir_eval.beat.f_measure(_trim(ref_downs), _trim(downs)) >= DOWNBEATS_RIGHT_F:
        return "right"
    ref_bar, our_bar = beats_per_bar(ref_beats, ref_downs), beats_per_bar(beats, downs)
    if ref_bar != our_bar:
        return f"bar {our_bar} for {ref_bar}"
    positions = []
    for d in _trim(downs):
        i = int(np.argmin(np.abs(ref_beats - d)))
        bar = int(np.searchsorted(ref_downs, ref_beats[i] + 1e-3)) - 1
        if abs(ref_beats[i] - d) <= NEAR_S and bar >= 0:
            first = int(np.searchsorted(ref_beats, ref_downs[bar] - 1e-3))
            positions.append(i - first)
    if not positions:
        return "phase ?"
    return f"phase +{Counter(positions).most_common(1)[0][0]} of {ref_bar}"


def main() -> None:
    import mir_eval

    from audio_sync.analysis import _analyze_uncached

    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="real-dev,real-dev2", help="comma-separated: " + ", ".join(REAL_DIRS))
    parser.add_argument("--final", action="store_true", help="allow our tracker on " + ", ".join(GUARDED_SETS))
    parser.add_argument("--list", action="append", default=[], metavar="CLASS",
                        help="also list the excerpts of this class (repeatable)")
    args = parser.parse_args()
    unknown = [s for s in args.sets.split(",") if s not in REAL_DIRS]
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)}")
    refuse_unfinal(parser, args.sets, GUARDED_SETS, anchors_only=False, final=args.final)
    classes: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    down_f: list[float] = []
    total = 0
    for name in args.sets.split(","):
        for ex in real_set(REAL_DIRS[name]):
            total += 1
            bm = _analyze_uncached(ex.audio)
            beats, downs = np.asarray(bm.beats_s), np.asarray(bm.downbeats_s)
            if mir_eval.beat.f_measure(_trim(ex.beats_s), _trim(beats)) < BEATS_RIGHT_F:
                continue
            down_f.append(float(mir_eval.beat.f_measure(_trim(ex.downbeats_s), _trim(downs))))
            kind = classify(ex.beats_s, ex.downbeats_s, beats, downs)
            classes[kind].append((name, ex.name, ex.metre))
    print(f"{len(down_f)} of {total} excerpts have their beats right (beat F >= {BEATS_RIGHT_F}); "
          f"their mean downbeat F {np.mean(down_f) if down_f else float('nan'):.3f}")
    for kind, items in sorted(classes.items(), key=lambda kv: -len(kv[1])):
        metres = Counter(m for _, _, m in items).most_common()
        styles = Counter(n.rsplit("_", 1)[-1] for _, n, _ in items).most_common(6)
        print(f"{len(items):4d}  {kind:16s} metres {dict(metres)}; commonest name endings {dict(styles)}")
    for kind in args.list:
        print(f"\n{kind}:", ", ".join(f"{s}/{n}" for s, n, _ in classes.get(kind, [])))


if __name__ == "__main__":
    main()
