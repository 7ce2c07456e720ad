"""The bars a creator ends up with: the tracker's own, or one or two clicks in the timeline's
Bars menu (#15).

Where the beats are right, the bars still often are not: 4/4 band songs counted in 2-beat bars,
2/4 tunes in 4-beat bars, drum and bass starting its bars one beat late (downbeat_census.py). The
studio's Bars menu offers the other bar lengths (2, 3, 4 beats: ``beats_per_bar``) and bars
starting 1 .. n-1 beats later (``bar_shift``). For every excerpt whose beats are right (beat F
>= 0.9, as downbeat_census.py), this measures in one run the downbeat F:

- automatic;
- after one click: the best of each other bar length and each later start (the creator hears
  which is right);
- after two clicks: another bar length, then a later start of those bars.

Every choice is the analysis run with that option (``bar_shift`` applied to the bars found
with it), as the menu runs it. The held-out sets are guarded as in beat_accuracy.py.

    python benchmarks/bar_choice.py [--final --sets real-dev,real-heldout34,...] [--jobs 2]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import excerpt_parser, measure_excerpts, print_set_summaries, real_excerpt  # noqa: E402
from downbeat_census import BEATS_RIGHT_F, DOWNBEATS_RIGHT_F, _trim  # noqa: E402

BAR_LENGTHS = (2, 3, 4)  # studio.gui.timeline_data.BAR_CHOICES (the studio is not imported here)


@dataclass(slots=True)
class Row:
    set_name: str
    name: str
    beats_right: bool
    auto: float = float("nan")  # downbeat F; nan: beats not right, not judged
    one_click: float = float("nan")
    two_clicks: float = float("nan")
    best: str = ""  # the click(s) that gave two_clicks, e.g. "bars of 2, start +1"
    choices: dict[str, float] = field(default_factory=dict)


def _f(ref: np.ndarray, est: tuple[float, ...] | np.ndarray) -> float:
    import mir_eval

    return float(mir_eval.beat.f_measure(_trim(ref), _trim(np.asarray(est, dtype=float))))


def measure(job: tuple[str, str]) -> Row:
    """Every choice's downbeat F for one excerpt (runs in a worker process)."""
    from audio_sync.beats import bars_later, track
    from audio_sync.features import compute_features

    set_name, beats_file = job
    ex = real_excerpt(Path(beats_file))
    feats = compute_features(ex.audio)
    own = track(feats)
    row = Row(set_name, f"{ex.name} {ex.metre}".strip(), _f(ex.beats_s, own.beats_s) >= BEATS_RIGHT_F)
    if not row.beats_right:
        return row
    row.auto = _f(ex.downbeats_s, own.downbeats_s)
    beats = np.asarray(own.beats_s)

    def starts(label: str, downs: tuple[float, ...], bpb: int) -> dict[str, float]:
        return {f"{label}start +{k}".lstrip(", "): _f(ex.downbeats_s, bars_later(beats, np.asarray(downs), k))
                for k in range(1, bpb)}

    one = starts("", own.downbeats_s, own.beats_per_bar)
    two: dict[str, float] = {}
    for n in BAR_LENGTHS:
        if n == own.beats_per_bar:
            continue
        chosen = track(feats, beats_per_bar=n, own=own)
        one[f"bars of {n}"] = _f(ex.downbeats_s, chosen.downbeats_s)
        two.update(starts(f"bars of {n}, ", chosen.downbeats_s, n))
    row.choices = {**one, **two}
    row.one_click = max([row.auto, *one.values()])
    best = max(row.choices.items(), key=lambda kv: kv[1], default=("", row.auto))
    row.two_clicks, row.best = (best[1], best[0]) if best[1] > row.auto else (row.auto, "")
    return row


def summary(label: str, rows: list[Row]) -> str:
    judged = [r for r in rows if r.beats_right]
    if not judged:
        return f"{label:16s} n={len(rows):4d}: no excerpt with its beats right"

    def right(attr: str) -> int:
        return sum(getattr(r, attr) >= DOWNBEATS_RIGHT_F for r in judged)

    return (f"{label:16s} n={len(rows):4d}, beats right {len(judged):4d}  |  downbeat F: auto "
            f"{np.mean([r.auto for r in judged]):.3f}, one click {np.mean([r.one_click for r in judged]):.3f}, "
            f"two clicks {np.mean([r.two_clicks for r in judged]):.3f}  |  downbeats right "
            f"(F >= {DOWNBEATS_RIGHT_F}): auto {right('auto')}, one click {right('one_click')}, "
            f"two clicks {right('two_clicks')}")


def main() -> None:
    parser = excerpt_parser(__doc__, list_help="list every excerpt a click changes")
    args = parser.parse_args()
    if (measured := measure_excerpts(parser, args, measure)) is None:
        return
    rows, started = measured
    if args.list:
        print("| set | excerpt | downbeat F auto | one click | two clicks | best |\n|---|---|---|---|---|---|")
        for r in rows:
            if r.beats_right and r.two_clicks > r.auto:
                print(f"| {r.set_name} | {r.name} | {r.auto:.3f} | {r.one_click:.3f} | {r.two_clicks:.3f} | {r.best} |")
        print()
    print_set_summaries(rows, summary, started=started, workers=args.jobs)


if __name__ == "__main__":
    main()
