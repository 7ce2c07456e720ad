"""Section accuracy: boundaries and labels against exact ground truth, new vs old in one run.

Usage: python benchmarks/sections_accuracy.py [--sets demo,dev,heldout,pop-dev,pop-heldout]
                                              [--duration S] [--only SUBSTRING] [--verbose]

Sets: the demo song (assets/demo/make_song.py: intro 0-8, verse 8-20, chorus 20-32, outro
32-40 s); the project generator's corpus (audio_sync/testsongs.py, 60 s songs) at a dev seed
offset (used while tuning) and a held-out one (never tuned on); pop forms with repeated verses
and choruses (audio_sync/popsongs.py) at dev and held-out seeds. No real recordings with section
annotations are available, so none are scored. Every method gets the same features and the same
beats/downbeats from our tracker, so only the sectioning differs:
- ``ours``: audio_sync.sections (bar-feature novelty, repetition groups, intensity labels);
- ``v1``: the frozen sections.py of a84afc5 (benchmarks/_sections_v1.py);
- ``librosa-agglo``: librosa.segment.agglomerative on bar-synchronous chroma+MFCC, given the
  TRUE number of sections (an optimistic baseline; its labels are not scored).
Scores: boundary F within 0.5 s and within one bar (true bar length), label accuracy (share of
time with the right label). The headline line is printed last.

``--chosen``: the sections a creator sees after choosing another count of the same song: each
offered tempo (``alt_bpm``, ``alt2_bpm``), beats half a beat later, and 3 beats per bar. Side by
side in one run: sections found on the chosen beats (as up to ANALYSIS_VERSION 30) and on the
tracker's own bars with starts moved onto the chosen beats (``find_sections(..., own=)``, now).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import _sections_v1  # noqa: E402

from audio_sync import sections as sections_new  # noqa: E402
from audio_sync.beats import Rhythm, track  # noqa: E402
from audio_sync.features import Features, compute_features  # noqa: E402
from audio_sync.popsongs import make_pop_song  # noqa: E402
from audio_sync.testsongs import SongSpec, corpus  # noqa: E402
from audio_sync.types import DecodedAudio, Section  # noqa: E402

DEV_OFFSET = 0          # seeds 1..32: looked at while tuning
HELDOUT_OFFSET = 7300   # never looked at while tuning
POP_DEV = range(1, 13)          # audio_sync/popsongs.py seeds used while tuning
POP_HELDOUT = range(5001, 5013)  # never looked at while tuning
Method = Callable[[Features, Rhythm, int], Sequence[Section]]


def _agglo(feats: Features, rhythm: Rhythm, k: int) -> tuple[Section, ...]:
    import librosa

    edges = _v1_edges(feats, rhythm)
    idx = np.clip(np.round(edges * feats.frame_rate_hz).astype(int), 0, feats.n_frames - 1)
    x = np.vstack([feats.chroma, feats.mfcc[1:] / 10.0])
    bars = np.stack([x[:, a:max(b, a + 1)].mean(axis=1) for a, b in zip(idx[:-1], idx[1:], strict=True)], 1)
    k = max(1, min(k, bars.shape[1]))
    starts = librosa.segment.agglomerative(bars, k)
    t = [float(edges[i]) for i in starts]
    t[0] = 0.0
    ends = t[1:] + [feats.duration_s]
    return tuple(Section(start_s=a, end_s=b, label="verse", energy=0.0) for a, b in zip(t, ends, strict=True))


def _v1_edges(feats: Features, rhythm: Rhythm) -> np.ndarray:
    return _sections_v1._bar_edges(feats, rhythm)


METHODS: dict[str, Method] = {
    "ours": lambda f, r, k: sections_new.find_sections(f, r),
    "v1": lambda f, r, k: _sections_v1.find_sections(f, r),
    "librosa-agglo": _agglo,
}


def boundary_f(pred: Sequence[float], true: Sequence[float], tol: float) -> float:
    """F-measure of boundaries (one-to-one greedy matching within ``tol``)."""
    if not true and not pred:
        return 1.0
    if not true or not pred:
        return 0.0
    used: set[int] = set()
    hits = 0
    for p in pred:
        cands = [(abs(p - t), i) for i, t in enumerate(true) if i not in used and abs(p - t) <= tol]
        if cands:
            used.add(min(cands)[1])
            hits += 1
    prec, rec = hits / len(pred), hits / len(true)
    return 0.0 if hits == 0 else 2 * prec * rec / (prec + rec)


def label_accuracy(pred: Sequence[Section], true: Sequence[Section], duration_s: float) -> float:
    grid = np.arange(0.05, duration_s, 0.1)

    def at(secs: Sequence[Section]) -> list[str]:
        return [next((s.label for s in secs if s.start_s <= t < s.end_s), secs[-1].label)
                for t in grid]

    return float(np.mean([a == b for a, b in zip(at(pred), at(true), strict=True)]))


def demo_song() -> Iterator[tuple[str, DecodedAudio, tuple[Section, ...], float]]:
    sys.path.insert(0, str(ROOT / "assets" / "demo"))
    import make_song as demo

    y = demo.make()
    audio = DecodedAudio(samples=y, rate_hz=demo.RATE_HZ)
    bar = 4 * demo.BEAT_S
    secs, t = [], 0.0
    for label, n in demo.BARS:
        secs.append(Section(start_s=t, end_s=t + n * bar, label=label, energy=0.0))
        t += n * bar
    yield "demo-song", audio, tuple(secs), bar


def synthetic(offset: int, duration_s: float, only: str) -> Iterator[tuple[str, DecodedAudio,
                                                                         tuple[Section, ...], float]]:
    for spec in corpus(duration_s=duration_s):
        if only not in spec.name:
            continue
        s = SongSpec(spec.name, {**spec.kwargs, "seed": spec.kwargs["seed"] + offset})
        audio, truth = s.make()
        bar = float(np.median(np.diff(truth.downbeats_s)))
        yield spec.name, audio, truth.sections, bar


def pop_songs(seeds: range) -> Iterator[tuple[str, DecodedAudio, tuple[Section, ...], float]]:
    for seed in seeds:
        audio, truth, bar = make_pop_song(seed)
        form = "-".join(s.label[0] for s in truth)
        yield f"pop-{seed} {form}", audio, truth, bar


def run_set(name: str, songs: Iterator[tuple[str, DecodedAudio, tuple[Section, ...], float]], *,
            verbose: bool) -> dict[str, np.ndarray]:
    print(f"== {name}")
    rows: dict[str, list[tuple[float, float, float]]] = {m: [] for m in METHODS}
    cpu: dict[str, float] = {m: 0.0 for m in METHODS}
    for song, audio, truth, bar in songs:
        feats = compute_features(audio)
        rhythm = track(feats)
        true_b = [s.start_s for s in truth[1:]]
        cells = []
        for m, fn in METHODS.items():
            t0 = time.process_time()
            pred = fn(feats, rhythm, len(truth))
            cpu[m] += time.process_time() - t0
            pb = [s.start_s for s in pred[1:]]
            r = (boundary_f(pb, true_b, 0.5), boundary_f(pb, true_b, bar),
                 label_accuracy(pred, truth, feats.duration_s))
            rows[m].append(r)
            cells.append(f"{m} {r[0]:.2f}/{r[1]:.2f}/{r[2]:.2f}")
            if verbose and m == "ours":
                print("   ours: " + " ".join(f"{s.label}@{s.start_s:.1f}" for s in pred))
        if verbose:
            print("   true: " + " ".join(f"{s.label}@{s.start_s:.1f}" for s in truth))
        print(f"  {song:32s} " + "  ".join(cells))
    out = {m: np.asarray(v) for m, v in rows.items()}
    for m, a in out.items():
        print(f"  [{name}] {m:14s} boundary F@0.5s {a[:, 0].mean():.3f}  F@1bar {a[:, 1].mean():.3f}"
              f"  label acc {a[:, 2].mean():.3f}  (sectioning CPU {cpu[m]:.2f} s)")
    return out


CHOICES = ("offer 1", "offer 2", "half beat later", "3 per bar")


def run_chosen(name: str, songs: Iterator[tuple[str, DecodedAudio, tuple[Section, ...], float]]
               ) -> dict[str, np.ndarray]:
    """Per choice of count: boundary F@0.5 s, label accuracy and whether the number of sections
    is the true one, on the chosen beats (before) and on the tracker's own bars (now)."""
    print(f"== {name}: sections after a creator's choice of count (before -> now)")
    rows: dict[str, list[tuple[float, ...]]] = {c: [] for c in CHOICES}
    for song, audio, truth, _bar in songs:
        feats = compute_features(audio)
        own = track(feats)
        true_b = [s.start_s for s in truth[1:]]
        kwargs: list[dict[str, object]] = [{"bpm_hint": round(b)} if b > 0 else {}
                                           for b in (own.alt_bpm, own.alt2_bpm)]
        kwargs += [{"shift_half_beat": True}, {"beats_per_bar": 3}]
        cells = []
        for choice, kw in zip(CHOICES, kwargs, strict=True):
            if not kw:
                continue
            chosen = track(feats, **kw)  # type: ignore[arg-type]
            cell = []
            for pred in (sections_new.find_sections(feats, chosen),
                         sections_new.find_sections(feats, chosen, own=own)):
                cell += [boundary_f([s.start_s for s in pred[1:]], true_b, 0.5),
                         label_accuracy(pred, truth, feats.duration_s), float(len(pred) == len(truth))]
            rows[choice].append(tuple(cell))
            at = f"{chosen.tempo_bpm:.0f}" if "bpm_hint" in kw else choice.split()[0]
            cells.append(f"{at}: {cell[0]:.2f}/{cell[1]:.2f}->{cell[3]:.2f}/{cell[4]:.2f}")
        print(f"  {song:32s} " + "  ".join(cells))
    out = {c: np.asarray(v) for c, v in rows.items() if v}
    for c, a in out.items():
        print(f"  [{name}] {c:16s} n={len(a):2d}  boundary F@0.5s {a[:, 0].mean():.3f} -> {a[:, 3].mean():.3f}"
              f"  labels {a[:, 1].mean():.3f} -> {a[:, 4].mean():.3f}"
              f"  right number of sections {a[:, 2].mean():.0%} -> {a[:, 5].mean():.0%}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--duration", type=float, default=60.0)
    ap.add_argument("--only", default="")
    ap.add_argument("--sets", default="demo,dev,heldout,pop-dev,pop-heldout")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--chosen", action="store_true", help="sections after a creator's choice of count")
    args = ap.parse_args()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    sets = args.sets.split(",")
    if args.chosen:
        _main_chosen(sets, args)
        return
    res = {key: run_set(label, make(), verbose=args.verbose or key == "demo")
           for key, (label, make) in _sources(args).items() if key in sets}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nwall {time.perf_counter() - wall0:.1f} s, CPU {time.process_time() - cpu0:.1f} s, "
          f"peak RSS {peak:.0f} MB")
    for key, r in res.items():
        print(f"HEADLINE {key}: " + "; ".join(
            f"{m} F@0.5s {a[:, 0].mean():.3f} F@1bar {a[:, 1].mean():.3f} labels {a[:, 2].mean():.3f}"
            for m, a in r.items()))


Songs = Iterator[tuple[str, DecodedAudio, tuple[Section, ...], float]]


def _sources(args: argparse.Namespace) -> dict[str, tuple[str, Callable[[], Songs]]]:
    """Each set of --sets: its printed name and its songs."""
    return {"demo": ("demo song", demo_song),
            "dev": (f"synthetic dev (seed offset {DEV_OFFSET})",
                    lambda: synthetic(DEV_OFFSET, args.duration, args.only)),
            "heldout": (f"synthetic held-out (seed offset {HELDOUT_OFFSET})",
                        lambda: synthetic(HELDOUT_OFFSET, args.duration, args.only)),
            "pop-dev": ("pop forms dev (seeds 1-12)", lambda: pop_songs(POP_DEV)),
            "pop-heldout": ("pop forms held-out (seeds 5001-5012)", lambda: pop_songs(POP_HELDOUT))}


def _main_chosen(sets: list[str], args: argparse.Namespace) -> None:
    wall0 = time.perf_counter()
    res = {key: run_chosen(label, make()) for key, (label, make) in _sources(args).items() if key in sets}
    print(f"\nwall {time.perf_counter() - wall0:.1f} s")
    for key, r in res.items():
        both = np.concatenate(list(r.values()))
        print(f"HEADLINE chosen {key} (n={len(both)} choices): boundary F@0.5s {both[:, 0].mean():.3f} -> "
              f"{both[:, 3].mean():.3f}; labels {both[:, 1].mean():.3f} -> {both[:, 4].mean():.3f}; "
              f"right number of sections {both[:, 2].mean():.0%} -> {both[:, 5].mean():.0%}")


if __name__ == "__main__":
    main()
