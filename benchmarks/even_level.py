"""What separates a tracker tempo off by 2:3 or 3:4 from a right one: the DBN's evidence at 3/2
and 3/4 of the tracker's tempo, by which of the three is the annotated one (#15).

For each excerpt the tracker runs without its DBN checks (beats.DBN_THREE_HALVES and
DBN_EVEN_LEVEL off: the beats those checks see), then `audio_sync.beat_dbn.band_decodes` decodes
the net's activation in bands at 1, 3/2 and 3/4 of its tempo over the middle minute, as
`beat_dbn.dbn_level` does. Per band: the Viterbi score gain over the band at the tempo (per 100
net frames) and the evenness gain of its beats over the tracker's (`beat_dbn.evenness`). The
table gives, per corpus and per answer (which band holds the annotated tempo), the medians and
how many excerpts the shipped thresholds (EVEN_SCORE_GAIN, EVEN_GAIN) move there: the record's
part 1 (docs/beat-accuracy/2026-12-03-s27-record.md), measured on the current tracker.

Usage (guarded sets as in beat_accuracy.py: --final for the lead's runs):

    python benchmarks/even_level.py [--final] --sets real-modules,real-dev [--jobs 2] [--list]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import by_corpus, excerpt_parser, measure_excerpts, real_excerpt  # noqa: E402

ACC1 = 0.04
RATIOS = (1.5, 0.75)


@dataclass(slots=True)
class Row:
    set_name: str
    name: str
    true_bpm: float
    ours_bpm: float
    score_gain: dict[float, float]  # per ratio with a band under the tempo ceiling
    even_gain: dict[float, float]

    def right(self, ratio: float) -> bool:
        return self.ours_bpm > 0 and abs(ratio * self.ours_bpm / self.true_bpm - 1) <= ACC1

    @property
    def answer(self) -> str:
        return next((f"x{r:g}" for r in (1.0, *RATIOS) if self.right(r)), "none")

    def qualifies(self, ratio: float, score_min: float, even_min: float) -> bool:
        return (ratio in self.score_gain and self.score_gain[ratio] > score_min
                and self.even_gain[ratio] > even_min)


def measure(job: tuple[str, str]) -> Row:
    import audio_sync.beats as beats_module
    from audio_sync.activation import beat_activation
    from audio_sync.beat_dbn import BAND, band_decodes, evenness, level_window
    from audio_sync.features import compute_features

    beats_module.DBN_THREE_HALVES = beats_module.DBN_EVEN_LEVEL = False
    set_name, beats_file = job
    ex = real_excerpt(Path(beats_file))
    feats = compute_features(ex.audio)
    act = beat_activation(feats.mel_db)[0].astype(np.float64)
    beats, _conf, tempo = beats_module.track_beats(feats, act=act)
    fr = feats.frame_rate_hz
    part, own_beats = level_window(act, fr, beats)
    ratios = [r for r in RATIOS if tempo > 0 and r * tempo / BAND >= beats_module.MIN_BPM
              and r * tempo * BAND <= beats_module.MAX_BPM]
    score_gain, even_gain = {}, {}
    if ratios and own_beats.size >= 6:
        own, *others = band_decodes(part, fr, (tempo, *(r * tempo for r in ratios)))
        own_even = evenness(part, fr, own_beats)
        for r, found in zip(ratios, others, strict=True):
            score_gain[r] = (found.log_score - own.log_score) / part.size * 100.0
            even_gain[r] = evenness(part, fr, found.beats_s) - own_even
    true_bpm = 60.0 / float(np.median(np.diff(ex.beats_s)))
    return Row(set_name, ex.name, true_bpm, float(tempo), score_gain, even_gain)


def table(rows: list[Row], score_min: float, even_min: float) -> list[str]:
    """Per ratio and answer: excerpts with that band, median gains, and how many qualify."""
    lines = ["| band | answer | excerpts | median score gain | median evenness gain | qualify |",
             "|---|---|---|---|---|---|"]
    for ratio in RATIOS:
        by: dict[str, list[Row]] = defaultdict(list)
        for r in rows:
            if ratio in r.score_gain:
                by[r.answer].append(r)
        for answer in (f"x{ratio:g}", "x1", *(a for a in sorted(by) if a not in (f"x{ratio:g}", "x1"))):
            rs = by.get(answer, [])
            if not rs:
                continue
            lines.append(f"| x{ratio:g} | {answer} | {len(rs)} | {np.median([r.score_gain[ratio] for r in rs]):.2f} | "
                         f"{np.median([r.even_gain[ratio] for r in rs]):.2f} | "
                         f"{sum(r.qualifies(ratio, score_min, even_min) for r in rs)} |")
    return lines


def main() -> None:
    from audio_sync.beat_dbn import EVEN_GAIN, EVEN_SCORE_GAIN

    parser = excerpt_parser(__doc__, list_help="one line per excerpt")
    args = parser.parse_args()
    measured = measure_excerpts(parser, args, measure)
    if measured is None:
        print("nothing to measure")
        return
    rows, _started = measured
    if args.list:
        for r in rows:
            gains = " ".join(f"x{k:g} {r.score_gain[k]:6.2f}/{r.even_gain[k]:5.2f}" for k in r.score_gain)
            print(f"{r.set_name:22s} {r.name:40s} true {r.true_bpm:6.1f} ours {r.ours_bpm:6.1f} {r.answer:5s} {gains}")
    print(f"thresholds: score gain > {EVEN_SCORE_GAIN} per 100 net frames, evenness gain > {EVEN_GAIN}")
    for kind, kept in by_corpus(rows):
        print(f"\n{kind} ({len(kept)}):\n" + "\n".join(table(kept, EVEN_SCORE_GAIN, EVEN_GAIN)))


if __name__ == "__main__":
    main()
