"""Where bar 1 starts: on the song's first downbeat, or on whatever beat the bar finder began with
(#15).

A song rarely starts on a downbeat: a pickup, a hats-only intro, an excerpt cut mid-bar. The bar
finder then often opens with a short bar (3 beats before a run of 4-beat bars), so the studio's
bar 1 and every "bar N" cut counted from it start on a beat that is not a downbeat. With
``meter.PICKUP_FIRST_BAR`` a first bar shorter than the next is a pickup and bar 1 is counted back
from the second downbeat. beat_accuracy.py cannot see this: mir_eval trims the first 5 s.

For every excerpt whose beats are right (beat F >= 0.9) and whose second bar starts on an
annotated downbeat (the bars' phase is right; their length may be a multiple of the annotated,
as 4-beat bars over a 2/2 reel's 2), and separately for those whose second bar also ends on the
next annotated downbeat (length right too), this measures in one run, with the rule and without
it, whether bar 1 starts on an annotated downbeat with none among the beats before it that the
found bars' length would reach (within 70 ms). The held-out sets are
guarded as in beat_accuracy.py.

    python benchmarks/first_bar.py [--final] [--sets real-dev,real-dev2,...] [--jobs 2]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import excerpt_parser, measure_excerpts, print_set_summaries, real_excerpt  # noqa: E402
from downbeat_census import BEATS_RIGHT_F, _trim  # noqa: E402

WINDOW_S = 0.07  # mir_eval's beat window


@dataclass(slots=True)
class Row:
    set_name: str
    name: str
    phase_right: bool = False  # beats right and the second bar starts on an annotated downbeat
    length_right: bool = False  # ... and ends on the next one (second_bar_right)
    short_first: bool = False  # the bar finder's first bar is shorter than its second
    with_rule: bool = False  # bar 1 right (bar_one_right) with meter.PICKUP_FIRST_BAR on
    without_rule: bool = False


def _on(ref: np.ndarray, t: float) -> bool:
    return bool(ref.size) and float(np.min(np.abs(ref - t))) <= WINDOW_S


def bar_one_right(ref_downbeats: np.ndarray, beats: np.ndarray, downbeats: np.ndarray) -> bool:
    """Bar 1 starts on an annotated downbeat and no whole found bar fits before it that would
    start on one too (the beats before bar 1 are a pickup, shorter than the second bar)."""
    if downbeats.size < 3:
        return False
    pos = np.searchsorted(beats, downbeats[:3] - 1e-6)
    earlier = pos[0] - (pos[2] - pos[1])  # where a whole bar (the second's length) before bar 1 would start
    return _on(ref_downbeats, float(downbeats[0])) and not (
        earlier >= 0 and _on(ref_downbeats, float(beats[earlier])))


def second_bar_right(ref_downbeats: np.ndarray, downbeats: np.ndarray) -> bool:
    """The second bar starts and ends on annotated downbeats with none inside it."""
    start, end = float(downbeats[1]), float(downbeats[2])
    inside = np.any((ref_downbeats > start + WINDOW_S) & (ref_downbeats < end - WINDOW_S))
    return _on(ref_downbeats, start) and _on(ref_downbeats, end) and not inside


def measure(job: tuple[str, str]) -> Row:
    """Bar 1 with and without the pickup rule for one excerpt (runs in a worker process)."""
    import mir_eval

    from audio_sync import meter
    from audio_sync.beats import evidence, track
    from audio_sync.features import compute_features

    set_name, beats_file = job
    ex = real_excerpt(Path(beats_file))
    row = Row(set_name, f"{ex.name} {ex.metre}".strip())
    feats = compute_features(ex.audio)
    shared = evidence(feats)
    own = track(feats, shared=shared)
    beats = np.asarray(own.beats_s)
    f = float(mir_eval.beat.f_measure(_trim(ex.beats_s), _trim(beats)))
    ref = np.asarray(ex.downbeats_s, dtype=np.float64)
    found: dict[bool, np.ndarray] = {}
    for rule in (True, False):
        meter.PICKUP_FIRST_BAR = rule
        try:
            found[rule] = meter.find_downbeats(feats, beats, down=shared.down)[1]
        finally:
            meter.PICKUP_FIRST_BAR = True
    if f < BEATS_RIGHT_F or found[False].size < 3:
        return row
    raw = found[False]
    row.phase_right = _on(ref, float(raw[1]))
    row.length_right = row.phase_right and second_bar_right(ref, raw)
    pos = np.searchsorted(beats, raw - 1e-6)
    row.short_first = bool(pos[1] - pos[0] < pos[2] - pos[1])
    row.with_rule = bar_one_right(ref, beats, found[True])
    row.without_rule = bar_one_right(ref, beats, found[False])
    return row


def summary(label: str, rows: list[Row]) -> str:
    def tier(name: str, judged: list[Row]) -> str:
        short = [r for r in judged if r.short_first]
        return (f"{name} {len(judged):4d}: bar 1 right with the rule {sum(r.with_rule for r in judged):4d}, "
                f"without {sum(r.without_rule for r in judged):4d} (short first bar {len(short):3d}: "
                f"{sum(r.with_rule for r in short):3d} / {sum(r.without_rule for r in short):3d})")

    return (f"{label:16s} n={len(rows):4d}  |  "
            f"{tier('phase right', [r for r in rows if r.phase_right])}  |  "
            f"{tier('length right too', [r for r in rows if r.length_right])}")


def main() -> None:
    parser = excerpt_parser(__doc__, list_help="list every excerpt the rule changes")
    args = parser.parse_args()
    if (measured := measure_excerpts(parser, args, measure)) is None:
        return
    rows, started = measured
    if args.list:
        for r in rows:
            if r.phase_right and r.with_rule != r.without_rule:
                print(f"{r.set_name:16s} {r.name:40s} with the rule {'right' if r.with_rule else 'wrong'}")
        print()
    print_set_summaries(rows, summary, started=started, workers=args.jobs)


if __name__ == "__main__":
    main()
