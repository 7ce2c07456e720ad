"""Our tracker against a beat DBN decoded on our own beat net's activation, in one run (#15).

Where our tracker misses productions (the real-modules sets), is it the net or the rules on top?
This decodes the ensemble's beat activation with the state space madmom's beat DBN uses
(audio_sync/beat_dbn.py: the net's own periodicity picks the tempo, no level rules) and scores
both on the same decoded excerpts: beat F, acc1 (4 %), and, per ratio of the DBN's tempo to
ours (x1, x2, x3/2, ...), how often each is at the annotated tempo. That table shows which level
decisions of ours the net's evidence would overturn, and in which kind of music it is right.

Usage (guarded sets as in beat_accuracy.py: --final for the lead's runs):

    python benchmarks/dbn_level.py [--final] --sets real-modules,real-dev,real-dev2 [--jobs 2] [--list]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import by_corpus, excerpt_parser, measure_excerpts, print_set_summaries, real_excerpt  # noqa: E402

from audio_sync.beats import LEVEL_RATIOS  # noqa: E402

ACC1 = 0.04
# The metrical levels the tracker weighs, named as the record writes them (x3/2, ...).
RATIOS = {f"x{Fraction(r).limit_denominator(4)}": r for r in LEVEL_RATIOS}
RATIO_TOLERANCE = 0.06


@dataclass(slots=True)
class Row:
    set_name: str
    name: str
    metre: str
    true_bpm: float
    ours_bpm: float
    dbn_bpm: float
    ours_f: float
    dbn_f: float

    @property
    def ours_acc1(self) -> bool:
        return abs(self.ours_bpm / self.true_bpm - 1) <= ACC1

    @property
    def dbn_acc1(self) -> bool:
        return abs(self.dbn_bpm / self.true_bpm - 1) <= ACC1

    @property
    def ratio(self) -> str:
        q = self.dbn_bpm / self.ours_bpm if self.ours_bpm > 0 else 0.0
        return next((k for k, v in RATIOS.items() if abs(q / v - 1) <= RATIO_TOLERANCE), "other")


def measure(job: tuple[str, str]) -> Row:
    from beat_accuracy import Estimate, score

    from audio_sync.beat_dbn import decode
    from audio_sync.beats import evidence, track
    from audio_sync.features import compute_features

    set_name, beats_file = job
    ex = real_excerpt(Path(beats_file))
    # the analysis's own beats (track on the song's evidence), sharing its activation with the DBN
    feats = compute_features(ex.audio)
    shared = evidence(feats)
    ours = track(feats, shared=shared)
    found = decode(shared.act, feats.frame_rate_hz)
    dbn_bpm = 60.0 / float(np.median(np.diff(found.beats_s))) if found.beats_s.size > 1 else found.tempo_bpm
    ours_est = Estimate(np.asarray(ours.beats_s), None, ours.tempo_bpm)
    return Row(set_name, ex.name, ex.metre, 60.0 / float(np.median(np.diff(ex.beats_s))), ours.tempo_bpm, dbn_bpm,
               score(ex, ours_est).f, score(ex, Estimate(found.beats_s, None, dbn_bpm)).f)


def summary(name: str, rows: list[Row]) -> str:
    return (f"{name:24s} n={len(rows):4d}  beat F ours {np.mean([r.ours_f for r in rows]):.3f} "
            f"dbn {np.mean([r.dbn_f for r in rows]):.3f}  acc1 ours {np.mean([r.ours_acc1 for r in rows]):.0%} "
            f"dbn {np.mean([r.dbn_acc1 for r in rows]):.0%}")


def ratio_table(rows: list[Row]) -> list[str]:
    by: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by[r.ratio].append(r)
    lines = ["| DBN tempo / ours | excerpts | ours at the annotated tempo | DBN at it | beat F ours | beat F DBN |",
             "|---|---|---|---|---|---|"]
    for ratio, rs in sorted(by.items(), key=lambda kv: -len(kv[1])):
        lines.append(f"| {ratio} | {len(rs)} | {sum(r.ours_acc1 for r in rs)} | {sum(r.dbn_acc1 for r in rs)} | "
                     f"{np.mean([r.ours_f for r in rs]):.3f} | {np.mean([r.dbn_f for r in rs]):.3f} |")
    return lines


def main() -> None:
    parser = excerpt_parser(__doc__, list_help="one line per excerpt")
    args = parser.parse_args()
    measured = measure_excerpts(parser, args, measure)
    if measured is None:
        print("nothing to measure")
        return
    rows, started = measured
    if args.list:
        for r in rows:
            print(f"{r.set_name:22s} {r.name:40s} {r.metre:5s} true {r.true_bpm:6.1f} | ours {r.ours_bpm:6.1f} "
                  f"F {r.ours_f:.3f}{'' if r.ours_acc1 else '!'} | dbn {r.dbn_bpm:6.1f} F {r.dbn_f:.3f}"
                  f"{'' if r.dbn_acc1 else '!'} | {r.ratio}")
    print_set_summaries(rows, summary, started=started, workers=args.jobs)
    for kind, kept in by_corpus(rows):
        print(f"\n{kind} ({len(kept)}):\n" + "\n".join(ratio_table(kept)))


if __name__ == "__main__":
    main()
