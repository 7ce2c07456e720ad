"""The bars a creator ends up with after tapping the first beat of each bar (#15).

In the studio, pressing B on the timeline while the song plays taps a bar's first beat; when the
taps stop, the timeline turns them into Bars menu options (audio_sync.tap_bars): another bar
length (``beats_per_bar``) where the taps are another number of beats apart, and a later bar start
(``bar_shift``) where they fall on another beat of the bars. For every excerpt whose beats are
right (beat F >= 0.9, as bar_choice.py), this simulates taps on five consecutive annotated
downbeats after the first 5 s, by tap_tempo.py's steady and sloppy tappers, and measures in one
run the downbeat F automatic and after the taps. bar_choice.py measures the best one and two
Bars menu clicks (chosen knowing the answer) on the same excerpts. With --both, every excerpt
(beats right or not) is also scored after the steady tapper taps the beat (T, tap_tempo.py's
gesture) and then the bars (B): what a creator fixing a song from scratch ends up with. The
held-out sets are guarded as in beat_accuracy.py.

    python benchmarks/tap_bars.py [--final --sets real-dev,real-heldout34,...] [--jobs 2] [--both]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bar_choice import _f  # noqa: E402
from beat_sets import excerpt_parser, measure_excerpts, print_set_summaries, real_excerpt  # noqa: E402
from downbeat_census import BEATS_RIGHT_F, DOWNBEATS_RIGHT_F  # noqa: E402
from tap_tempo import TAPPERS, beat_gesture, taps_for  # noqa: E402

N_BAR_TAPS = 5


@dataclass(slots=True)
class Row:
    set_name: str
    name: str
    beats_right: bool
    auto: float = float("nan")  # downbeat F; nan: beats not right, not judged
    tapped: dict[str, float] = field(default_factory=dict)
    gesture: dict[str, str] = field(default_factory=dict)


def measure(job: tuple[str, str]) -> Row:
    """The bar-tapping gesture for one excerpt under each tapper (runs in a worker process)."""
    from audio_sync.analysis import analyze

    set_name, beats_file = job
    ex = real_excerpt(Path(beats_file))
    auto = analyze(ex.audio)
    row = Row(set_name, f"{ex.name} {ex.metre}".strip(), _f(ex.beats_s, auto.beats_s) >= BEATS_RIGHT_F)
    if not row.beats_right:
        return row
    row.auto = _f(ex.downbeats_s, auto.downbeats_s)
    for tapper in TAPPERS:
        taps = taps_for(ex.name, np.asarray(ex.downbeats_s), tapper, N_BAR_TAPS)
        options, result = bar_gesture(ex.audio, {}, auto, taps)
        row.gesture[tapper] = "+".join(f"{k}={v}" for k, v in sorted(options.items()) if v) or "nothing"
        row.tapped[tapper] = _f(ex.downbeats_s, result.downbeats_s)
    return row


def bar_gesture(audio: Any, base: dict[str, Any], before: Any, taps: list[float]
                ) -> tuple[dict[str, Any], Any]:
    """(the bar options the taps set, the analysis with ``base`` and them) from the analysis
    ``before`` (made with ``base``), as the timeline applies them: the bar tap choice, and after a
    new bar length the start on the new bars."""
    from audio_sync.analysis import analyze
    from audio_sync.tap_bars import bar_phase_choice, bar_tap_choice

    options = bar_tap_choice(taps, before.beats_s, before.downbeats_s, before.beats_per_bar, 0)
    result = analyze(audio, **base, **options) if options else before
    if "beats_per_bar" in options and (phase := bar_phase_choice(
            taps, result.beats_s, result.downbeats_s, result.beats_per_bar, 0)):
        options |= phase
        result = analyze(audio, **base, **options)
    return options, result


def both(job: tuple[str, str]) -> tuple[str, float, float, float, float]:
    """Every excerpt, beats right or not: (set, downbeat F and beat F automatic, then after the
    steady tapper taps the beat (T) and then the bars' first beats (B)), as a creator fixing a
    song from scratch would."""
    from audio_sync.analysis import analyze

    set_name, beats_file = job
    ex = real_excerpt(Path(beats_file))
    auto = analyze(ex.audio)
    beat_options, tapped = beat_gesture(ex.audio, auto, taps_for(ex.name, np.asarray(ex.beats_s), "steady"))
    _bars, result = bar_gesture(ex.audio, beat_options, tapped,
                                taps_for(ex.name, np.asarray(ex.downbeats_s), "steady", N_BAR_TAPS))
    return (set_name, _f(ex.downbeats_s, auto.downbeats_s), _f(ex.beats_s, auto.beats_s),
            _f(ex.downbeats_s, result.downbeats_s), _f(ex.beats_s, result.beats_s))


def summary(label: str, rows: list[Row]) -> str:
    judged = [r for r in rows if r.beats_right]
    if not judged:
        return f"{label:16s} n={len(rows):4d}: no excerpt with its beats right"

    def right(values: list[float]) -> int:
        return sum(v >= DOWNBEATS_RIGHT_F for v in values)

    auto = [r.auto for r in judged]
    taps = {t: [r.tapped[t] for r in judged] for t in TAPPERS}
    return (f"{label:16s} n={len(rows):4d}, beats right {len(judged):4d}  |  downbeat F: auto "
            f"{np.mean(auto):.3f}, " + ", ".join(f"tapped {t} {np.mean(v):.3f}" for t, v in taps.items())
            + f"  |  downbeats right (F >= {DOWNBEATS_RIGHT_F}): auto {right(auto)}, "
            + ", ".join(f"tapped {t} {right(v)}" for t, v in taps.items()))


def main() -> None:
    parser = excerpt_parser(__doc__, list_help="list every excerpt the taps leave below F 0.9")
    parser.add_argument("--both", action="store_true",
                        help="also every excerpt after tapping the beat and then the bars")
    args = parser.parse_args()
    if (measured := measure_excerpts(parser, args, measure)) is None:
        return
    rows, started = measured
    if args.list:
        for r in rows:
            if r.beats_right and min(r.tapped.values()) < DOWNBEATS_RIGHT_F:
                print(f"{r.set_name:16s} {r.name:40s} auto {r.auto:.3f}  "
                      + "  ".join(f"{t}: {r.gesture[t]} {r.tapped[t]:.3f}" for t in TAPPERS))
        print()
    for tapper in TAPPERS:
        gestures = [r.gesture[tapper] for r in rows if r.beats_right]
        counts = {g: gestures.count(g) for g in sorted(set(gestures))}
        print(f"{tapper} taps set: " + ", ".join(f"{g} {k}" for g, k in counts.items()))
    print_set_summaries(rows, summary, started=started, workers=args.jobs)
    if args.both and (measured := measure_excerpts(parser, args, both)) is not None:
        fixed = np.asarray([r[1:] for r in measured[0]])
        print(f"\nevery excerpt ({len(fixed)}), the steady tapper tapping the beat (T) and then the "
              f"bars (B): downbeat F {fixed[:, 0].mean():.3f} -> {fixed[:, 2].mean():.3f}, beat F "
              f"{fixed[:, 1].mean():.3f} -> {fixed[:, 3].mean():.3f}")



if __name__ == "__main__":
    main()
