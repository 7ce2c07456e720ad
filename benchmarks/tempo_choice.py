"""The tempo a creator ends up with: the tracker's own reading, one click on a reading it offers,
or a typed tempo (#15).

Much of what the tracker still gets wrong is the metrical level, and much of that is notation (a
reel's half note against its quarter, a half-time groove at 140 or 70). The analysis therefore
offers other readings of the tempo, and the studio and ``mvstudio analyze --bpm-hint`` take one.
For every excerpt whose tracked tempo is not the annotated one (acc1, 4 %), this measures, in one
run, side by side:

- **offered (before)**: the single other reading analyses offered up to ANALYSIS_VERSION 29 (the
  strongest of x1/2, x2/3, x3/2, x2 by onset salience), recomputed here;
- **offered (now)**: the two readings offered now (``BeatMap.alt_bpm``, ``alt2_bpm``: the two
  strongest of every level the tracker weighs, tempo_hint.ALT_RATIOS);
- the beat F after the creator takes the offered reading that is the annotated tempo (the
  analysis again with ``bpm_hint`` = that reading in whole BPM, as the studio's Tempo menu sets
  it and ``mvstudio analyze`` prints it), for both offers;
- the beat F after the creator types the annotated tempo (``bpm_hint`` = the true median tempo
  in whole BPM), the ceiling of a hint;
- for every excerpt, the beat F after the tempo click (if one is needed and offered) and then a
  second click on "half a beat later" (``shift_half_beat``) where that is better: beats found
  between the beats the creator hears;
- "slower click": for an excerpt tracked at its tempo whose offer is a half or a third of it,
  where the beats land after that click. A slow pulse belongs on the bar's strong beats (the 1 and
  3 of 4/4); counted with the own bars' phase (``beats.DIVISOR_PHASE``, now) and without it
  (before), in the same run.

Usage (the held-out sets are guarded as in beat_accuracy.py: --final for the lead's runs; without
--sets, the dev sets):

    python benchmarks/tempo_choice.py [--final --sets real-dev,real-heldout34,...] [--jobs 2]
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

# The levels analyses offered one reading from up to ANALYSIS_VERSION 29 (with the tracked one).
BEFORE_RATIOS = (0.5, 2.0 / 3.0, 1.0, 1.5, 2.0)
ACC1 = 0.04
DIVISOR_PHASE_IN_CLICKS = True  # False: the --without-divisor-phase ablation
SLOW_ON_F = 0.8  # a slow pulse this close to one phase of the annotated beats sits on it


@dataclass(slots=True)
class Row:
    set_name: str
    name: str
    true_bpm: float
    bpm: float
    f: float
    offered_before: tuple[float, ...]
    offered_now: tuple[float, ...]
    f_click_before: float = float("nan")  # nan: nothing to click (tracked right, or no offer right)
    f_click_now: float = float("nan")
    f_typed: float = float("nan")  # nan: tracked right
    f_phase: float = float("nan")  # after the tempo click and, where better, the half-beat one
    # After a click on a half or a third of a tempo tracked right: (F on the bar's strong beats, F
    # on the others), without and with the own bars' phase; empty when there is no such offer.
    slower: tuple[tuple[float, float], ...] = ()

    @property
    def right(self) -> bool:
        return _right(self.bpm, self.true_bpm)


def _right(bpm: float, true_bpm: float) -> bool:
    return bpm > 0 and abs(bpm - true_bpm) / true_bpm <= ACC1


def _f(ref: np.ndarray, est: tuple[float, ...]) -> float:
    import mir_eval

    return float(mir_eval.beat.f_measure(mir_eval.beat.trim_beats(ref),
                                         mir_eval.beat.trim_beats(np.asarray(est, dtype=float))))


def strong_beats(beats_s: np.ndarray, downbeats_s: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The annotated beats ``n``, ``2n``... beats after each downbeat, and the others (empty
    when a bar's length is not a multiple of ``n``: such a pulse has no strong phase)."""
    from audio_sync.beats import beats_into_bar

    pos = np.searchsorted(beats_s, np.asarray(downbeats_s) - 1e-6)
    if pos.size < 2 or np.any(np.diff(pos) % n):
        return beats_s[:0], beats_s[:0]
    strong = beats_into_bar(beats_s, downbeats_s) % n == 0
    return beats_s[strong], beats_s[~strong]


def slower_click(ex: object, audio: object, tempo: float, offers: tuple[float, ...]) -> tuple[tuple[float, float], ...]:
    """(F on the strong beats, F on the others) after a click on an offer of a half or a third of
    ``tempo``, without and with ``beats.DIVISOR_PHASE``."""
    from audio_sync import beats as beats_mod
    from audio_sync.analysis import analyze

    n, hint = next(((d, round(b)) for d in beats_mod.DIVISORS for b in offers
                    if abs(b * d / tempo - 1.0) <= 0.02), (0, 0))
    if not n:
        return ()
    strong, other = strong_beats(ex.beats_s, ex.downbeats_s, n)  # type: ignore[attr-defined]
    if strong.size < 4:
        return ()
    out = []
    for on in (False, True):
        beats_mod.DIVISOR_PHASE = on
        try:
            est = analyze(audio, bpm_hint=hint).beats_s  # type: ignore[arg-type]
        finally:
            beats_mod.DIVISOR_PHASE = DIVISOR_PHASE_IN_CLICKS
        out.append((_f(strong, est), _f(other, est)))
    return tuple(out)


def offered_before(audio: object, tempo: float) -> tuple[float, ...]:
    """The one other reading an analysis offered before two were offered (recomputed)."""
    from audio_sync.beats import beat_onset
    from audio_sync.features import compute_features
    from audio_sync.tempo_hint import alternatives, level_scores

    feats = compute_features(audio)
    scores = level_scores(beat_onset(feats), feats.frame_rate_hz, tempo, ratios=BEFORE_RATIOS)
    return tuple(t for t, _s in alternatives(scores, tempo, n=1))


def measure(job: tuple[str, str]) -> Row:
    """Every figure of one excerpt (runs in a worker process)."""
    from audio_sync.analysis import analyze

    set_name, beats_file = job
    ex = real_excerpt(Path(beats_file))
    true_bpm = 60.0 / float(np.median(np.diff(ex.beats_s)))
    auto = analyze(ex.audio)
    row = Row(set_name, f"{ex.name} {ex.metre}".strip(), true_bpm, auto.tempo_bpm,
              _f(ex.beats_s, auto.beats_s), offered_before(ex.audio, auto.tempo_bpm),
              tuple(b for b in (auto.alt_bpm, auto.alt2_bpm) if b > 0))
    clicked: dict[float, float] = {}

    def click(offers: tuple[float, ...]) -> float:
        for bpm in offers:
            if _right(bpm, true_bpm):
                if bpm not in clicked:
                    clicked[bpm] = _f(ex.beats_s, analyze(ex.audio, bpm_hint=round(bpm)).beats_s)
                return clicked[bpm]
        return float("nan")

    hint = 0
    if not row.right:
        row.f_click_before = click(row.offered_before)
        row.f_click_now = click(row.offered_now)
        row.f_typed = _f(ex.beats_s, analyze(ex.audio, bpm_hint=round(true_bpm)).beats_s)
        hint = next((round(b) for b in row.offered_now if _right(b, true_bpm)), 0)
    if row.right:
        row.slower = slower_click(ex, ex.audio, auto.tempo_bpm, row.offered_now)
    at_tempo = row.f if np.isnan(row.f_click_now) else row.f_click_now
    moved = _f(ex.beats_s, analyze(ex.audio, bpm_hint=hint, shift_half_beat=True).beats_s)
    row.f_phase = max(at_tempo, moved)
    return row


def _offers(offers: tuple[float, ...], true_bpm: float) -> str:
    return " / ".join(f"{b:.1f}{'*' if _right(b, true_bpm) else ''}" for b in offers) or "-"


def _nan(x: float) -> str:
    return "-" if np.isnan(x) else f"{x:.3f}"


def summary(label: str, rows: list[Row]) -> str:
    """Tempo right and mean beat F: automatic, after one click on each offer, after typing."""
    n = len(rows)
    auto_f = np.array([r.f for r in rows])

    def with_click(attr: str) -> tuple[float, float]:
        fs = [r.f if np.isnan(getattr(r, attr)) else getattr(r, attr) for r in rows]
        right = [r.right or not np.isnan(getattr(r, attr)) for r in rows]
        return float(np.mean(right)), float(np.mean(fs))

    acc_b, f_b = with_click("f_click_before")
    acc_n, f_n = with_click("f_click_now")
    typed_f = np.mean([r.f if r.right else r.f_typed for r in rows])
    phase_f = np.mean([r.f_phase for r in rows])
    slow = [r.slower for r in rows if r.slower]

    def landed(k: int) -> str:
        on = sum(s[k][0] >= SLOW_ON_F for s in slow)
        off = sum(s[k][1] >= SLOW_ON_F for s in slow)
        return f"{on} on the strong beats, {off} on the others, {len(slow) - on - off} neither"

    slower = (f"\n{'':16s} slower click on a tempo tracked right (n={len(slow)}): before {landed(0)}; "
              f"now {landed(1)}") if slow else ""
    return (f"{label:16s} n={n:4d}  tempo right: auto {np.mean([r.right for r in rows]):.1%}, "
            f"auto or offered (before) {acc_b:.1%}, (now) {acc_n:.1%}  |  beat F: auto "
            f"{auto_f.mean():.3f}, one click (before) {f_b:.3f}, (now) {f_n:.3f}, typed {typed_f:.3f}"
            f"; tempo click + half-beat click {phase_f:.3f}{slower}")


def _ablate(without_divisor_phase: bool) -> None:
    global DIVISOR_PHASE_IN_CLICKS
    DIVISOR_PHASE_IN_CLICKS = not without_divisor_phase
    from audio_sync import beats

    beats.DIVISOR_PHASE = DIVISOR_PHASE_IN_CLICKS


def main() -> None:
    parser = excerpt_parser(__doc__)
    parser.add_argument("--without-divisor-phase", action="store_true",
                        help="ablation: every click tracked without beats.DIVISOR_PHASE")
    args = parser.parse_args()
    measured = measure_excerpts(parser, args, measure, initializer=_ablate,
                                initargs=(args.without_divisor_phase,))
    if measured is None:
        return
    rows, started = measured
    print("Excerpts tracked at a wrong tempo, or whose beats a half-beat click moves onto the beat"
          " (* = the annotated tempo; F after the click on it; F after the half-beat click too):\n")
    print("| set | excerpt | true BPM | tracked (F) | offered before | F click | offered now | F click "
          "| F typed | F + half beat |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        at_tempo = r.f if np.isnan(r.f_click_now) else r.f_click_now
        if not r.right or r.f_phase > at_tempo:
            print(f"| {r.set_name} | {r.name} | {r.true_bpm:.1f} | {r.bpm:.1f} ({r.f:.3f}) | "
                  f"{_offers(r.offered_before, r.true_bpm)} | {_nan(r.f_click_before)} | "
                  f"{_offers(r.offered_now, r.true_bpm)} | {_nan(r.f_click_now)} | {_nan(r.f_typed)} "
                  f"| {r.f_phase:.3f} |")
    print()
    print_set_summaries(rows, summary, started=started, workers=args.jobs)


if __name__ == "__main__":
    main()
