"""What a creator ends up with after tapping along with the song (#15).

In the studio, pressing T while the song plays taps the beat; when the taps stop, the timeline
turns them into analysis options (audio_sync.tap_tempo): nothing if the beats agree, the beats
moved by the fraction of a beat the taps sit off them (a half: ``shift_half_beat``; a quarter,
third, two thirds or three quarters: ``beat_shift``), or the tapped tempo as ``bpm_hint``, and
then the shift the taps ask of the new beats. This simulates that gesture on every excerpt, with
taps on eight consecutive annotated beats from a seeded random point after the first 5 s, under
two tappers:

- **steady**: every tap 40 ms late (audio output latency and the hand), jitter 15 ms (s.d.);
- **sloppy**: 90 ms late, jitter 35 ms, and one of the eight taps missed.

It prints, in one run, per set: the tempo right (acc1, 4 %) and the beat F automatically, after
the steady and after the sloppy tapping, and how often one click on an offered reading would give
the right tempo (tempo_choice.py measures the F of that click). The held-out sets are guarded as
in beat_accuracy.py.

    python benchmarks/tap_tempo.py [--final --sets real-dev,real-heldout34,...] [--jobs 2]
"""

from __future__ import annotations

import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import excerpt_parser, measure_excerpts, print_set_summaries, real_excerpt  # noqa: E402

ACC1 = 0.04
N_TAPS = 8
SKIP_S = 5.0  # mir_eval's trim: the taps start where the scoring does
TAPPERS = {"steady": (0.040, 0.015, 0), "sloppy": (0.090, 0.035, 1)}  # lag s, jitter s.d. s, missed


@dataclass(slots=True)
class Row:
    set_name: str
    name: str
    true_bpm: float
    right: bool = False  # automatic tempo within ACC1
    f: float = float("nan")
    offer_right: bool = False  # automatic, or one of the two offered readings, within ACC1
    tapped_right: dict[str, bool] = field(default_factory=dict)
    tapped_f: dict[str, float] = field(default_factory=dict)
    gesture: dict[str, str] = field(default_factory=dict)  # what the taps set, per tapper


def _right(bpm: float, true_bpm: float) -> bool:
    return bpm > 0 and abs(bpm - true_bpm) / true_bpm <= ACC1


def _f(ref: np.ndarray, est: tuple[float, ...]) -> float:
    import mir_eval

    return float(mir_eval.beat.f_measure(mir_eval.beat.trim_beats(ref),
                                         mir_eval.beat.trim_beats(np.asarray(est, dtype=float))))


def taps_for(name: str, beats_s: np.ndarray, tapper: str, n_taps: int = N_TAPS) -> list[float]:
    """Seeded taps on ``n_taps`` consecutive annotated beats (or downbeats) after SKIP_S, as
    ``tapper`` taps."""
    lag, jitter, missed = TAPPERS[tapper]
    rng = np.random.default_rng(zlib.crc32(f"{name}/{tapper}".encode()))
    first = int(np.searchsorted(beats_s, SKIP_S))
    last_start = beats_s.size - n_taps
    start = int(rng.integers(first, last_start + 1)) if last_start >= first else max(0, last_start)
    taps = beats_s[start:start + n_taps] + lag + rng.normal(0.0, jitter, size=min(n_taps, beats_s.size))
    if missed and taps.size > 4:
        taps = np.delete(taps, rng.integers(1, taps.size - 1, size=missed))
    return sorted(float(t) for t in taps)


def beat_gesture(audio: Any, auto: Any, taps: list[float]) -> tuple[dict[str, Any], Any]:
    """(the options the taps set, the analysis with them) from the automatic analysis ``auto``,
    as the timeline applies them: the tap choice, and after a new tempo the phase choice."""
    from audio_sync.analysis import analyze
    from audio_sync.tap_tempo import phase_choice, tap_choice

    options = tap_choice(taps, auto.beats_s, auto.tempo_bpm, False)
    result = analyze(audio, **options) if options else auto
    if "bpm_hint" in options and (phase := phase_choice(taps, result.beats_s, result.tempo_bpm, False)):
        options |= phase
        result = analyze(audio, **options)
    return options, result


def measure(job: tuple[str, str]) -> Row:
    """The tapping gesture for one excerpt under each tapper (runs in a worker process)."""
    from audio_sync.analysis import analyze

    set_name, beats_file = job
    ex = real_excerpt(Path(beats_file))
    true_bpm = 60.0 / float(np.median(np.diff(ex.beats_s)))
    auto = analyze(ex.audio)
    row = Row(set_name, f"{ex.name} {ex.metre}".strip(), true_bpm, _right(auto.tempo_bpm, true_bpm),
              _f(ex.beats_s, auto.beats_s))
    row.offer_right = row.right or any(_right(b, true_bpm) for b in (auto.alt_bpm, auto.alt2_bpm))
    for tapper in TAPPERS:
        options, result = beat_gesture(ex.audio, auto, taps_for(ex.name, np.asarray(ex.beats_s), tapper))
        row.gesture[tapper] = "+".join(f"{k}={v:g}" if k == "beat_shift" else k
                                       for k, v in sorted(options.items()) if v) or "nothing"
        row.tapped_right[tapper] = _right(result.tempo_bpm, true_bpm)
        row.tapped_f[tapper] = _f(ex.beats_s, result.beats_s)
    return row


def summary(label: str, rows: list[Row]) -> str:
    n = len(rows)

    def pct(k: int) -> str:
        return f"{100.0 * k / n:5.1f} %" if n else "    -"

    parts = [f"{label:16s} n={n:4d}  |  tempo right: auto {pct(sum(r.right for r in rows))}, "
             f"offered {pct(sum(r.offer_right for r in rows))}"]
    parts += [f"tapped {t} {pct(sum(r.tapped_right[t] for r in rows))}" for t in TAPPERS]
    parts.append(f"|  beat F: auto {np.mean([r.f for r in rows]):.3f}")
    parts += [f"tapped {t} {np.mean([r.tapped_f[t] for r in rows]):.3f}" for t in TAPPERS]
    return ", ".join(parts[:1 + len(TAPPERS)]) + "  " + ", ".join(parts[1 + len(TAPPERS):])


def main() -> None:
    parser = excerpt_parser(__doc__, list_help="list every excerpt the taps leave below F 0.9")
    args = parser.parse_args()
    if (measured := measure_excerpts(parser, args, measure)) is None:
        return
    rows, started = measured
    if args.list:
        for r in rows:
            if min(r.tapped_f.values()) < 0.9:
                print(f"{r.set_name:16s} {r.name:40s} true {r.true_bpm:6.1f}  auto F {r.f:.3f}  "
                      + "  ".join(f"{t}: {r.gesture[t]} F {r.tapped_f[t]:.3f}" for t in TAPPERS))
        print()
    for tapper, gestures in ((t, [r.gesture[t] for r in rows]) for t in TAPPERS):
        counts = {g: gestures.count(g) for g in sorted(set(gestures))}
        print(f"{tapper} taps set: " + ", ".join(f"{g} {k}" for g, k in counts.items()))
    print_set_summaries(rows, summary, started=started, workers=args.jobs)


if __name__ == "__main__":
    main()
