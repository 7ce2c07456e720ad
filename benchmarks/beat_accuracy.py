"""Beat/downbeat/tempo/section accuracy of audio_sync vs plain librosa, on the synthetic corpus.

Usage: python benchmarks/beat_accuracy.py [--only SUBSTRING] [--seed-offset N]

Scoring follows mir_eval: beat F-measure with a 70 ms window after trimming the first 5 s of
both reference and estimate. Plain ``librosa.beat.beat_track`` runs on the very same samples in
the same run. Section hit rate: share of true boundaries with an estimate within one bar.
The headline line is printed last.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from audio_sync.analysis import analyze  # noqa: E402
from audio_sync.decode import decode_audio  # noqa: E402
from audio_sync.features import resampled_mono  # noqa: E402
from audio_sync.testsongs import SongSpec, SongTruth, corpus  # noqa: E402
from audio_sync.types import BeatMap, DecodedAudio  # noqa: E402

REAL = ROOT.parent / "shared" / "data" / "real"


@dataclass(slots=True)
class Row:
    name: str
    ours_f: float
    librosa_f: float
    down_f: float
    tempo_ok: bool
    librosa_tempo_ok: bool
    section_hit: float
    label_agree: float
    ours_bpm: float
    true_bpm: float


def beat_f(ref: np.ndarray, est: np.ndarray, *, trim: bool = True) -> float:
    import mir_eval

    if trim:
        ref, est = mir_eval.beat.trim_beats(ref), mir_eval.beat.trim_beats(est)
    return float(mir_eval.beat.f_measure(ref, est))


def plain_librosa(audio: DecodedAudio) -> tuple[float, np.ndarray]:
    import librosa

    y = resampled_mono(audio, 22050)
    tempo, beats = librosa.beat.beat_track(y=y, sr=22050, units="time")
    return float(np.atleast_1d(tempo)[0]), np.asarray(beats)


def section_hits(truth: SongTruth, bm: BeatMap) -> tuple[int, int, int, int]:
    """(true boundaries found, true boundaries, our boundaries that are true, ours), each
    within one bar. Recall alone would reward splitting everywhere, so precision is kept."""
    bar_s = 60.0 / truth.tempo_bpm * truth.beats_per_bar + 1e-6
    true_b = np.array([s.start_s for s in truth.sections[1:]])
    est_b = np.array([s.start_s for s in bm.sections[1:]])

    def near(points: np.ndarray, others: np.ndarray) -> int:
        return sum(1 for p in points if others.size and np.min(np.abs(others - p)) <= bar_s)

    return near(true_b, est_b), true_b.size, near(est_b, true_b), est_b.size


def label_agreement(truth: SongTruth, bm: BeatMap, duration_s: float) -> float:
    """Share of the song's time where our section label equals the true one."""
    grid = np.arange(0.0, duration_s, 0.05)

    def label_at(sections, t: float) -> str:
        return next((s.label for s in reversed(sections) if s.start_s <= t), "")

    return float(np.mean([label_at(truth.sections, t) == label_at(bm.sections, t) for t in grid]))


def score_song(name: str, audio: DecodedAudio, truth: SongTruth
               ) -> tuple[Row, tuple[int, int, int, int]]:
    bm = analyze(audio)
    lib_bpm, lib_beats = plain_librosa(audio)
    ref = np.asarray(truth.beats_s)
    hits = section_hits(truth, bm)
    true_mean_bpm = 60.0 / float(np.median(np.diff(ref)))
    row = Row(
        name=name, ours_f=beat_f(ref, np.asarray(bm.beats_s)), librosa_f=beat_f(ref, lib_beats),
        down_f=beat_f(np.asarray(truth.downbeats_s), np.asarray(bm.downbeats_s)),
        tempo_ok=abs(bm.tempo_bpm - true_mean_bpm) / true_mean_bpm <= 0.04,
        librosa_tempo_ok=abs(lib_bpm - true_mean_bpm) / true_mean_bpm <= 0.04,
        section_hit=hits[0] / hits[1] if hits[1] else 1.0,
        label_agree=label_agreement(truth, bm, audio.duration_s), ours_bpm=bm.tempo_bpm,
        true_bpm=true_mean_bpm)
    return row, hits


def real_rows() -> list[str]:
    lines: list[str] = []
    wav, beats = REAL / "madmom-sample.wav", REAL / "madmom-sample.beats"
    if wav.exists() and beats.exists():
        audio = decode_audio(wav)
        ann = np.loadtxt(beats)
        ref, true_bpm = ann[:, 0], 60.0 / float(np.mean(np.diff(ann[:, 0])))
        bm = analyze(audio)
        lib_bpm, lib_beats = plain_librosa(audio)
        ours = beat_f(ref, np.asarray(bm.beats_s), trim=False)
        down = beat_f(ref[ann[:, 1] == 1], np.asarray(bm.downbeats_s), trim=False)
        ok = abs(bm.tempo_bpm - true_bpm) / true_bpm <= 0.04
        lib_ok = abs(lib_bpm - true_bpm) / true_bpm <= 0.04
        lines.append(
            f"| real: madmom-sample (2.8 s, untrimmed; metre {bm.beats_per_bar}, annotated "
            f"{int(ann[:, 1].max())}) | {ours:.3f} | {beat_f(ref, lib_beats, trim=False):.3f} | "
            f"{down:.3f} | {'yes' if ok else 'NO'} ({bm.tempo_bpm:.1f} vs {true_bpm:.1f}) / "
            f"{'yes' if lib_ok else 'NO'} | | |")
    mp3 = REAL / "808kick-120bpm.mp3"
    if mp3.exists():
        audio = decode_audio(mp3)
        ours_bpm, lib_bpm = analyze(audio).tempo_bpm, plain_librosa(audio)[0]
        lines.append(f"| real: 808kick-120bpm.mp3 (tempo only) | {ours_bpm:.1f} BPM | "
                     f"{lib_bpm:.1f} BPM | | | | |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--seed-offset", type=int, default=0,
                        help="re-synthesise the corpus with other seeds (held-out check)")
    args = parser.parse_args()
    specs = [SongSpec(s.name, {**s.kwargs, "seed": s.kwargs["seed"] + args.seed_offset})
             for s in corpus() if args.only in s.name]
    if not specs:
        parser.error(f"no corpus song name contains {args.only!r}")
    rows: list[Row] = []
    hits_total, bounds_total, right_total, ours_total = 0, 0, 0, 0
    start = time.perf_counter()
    print("| song | ours beat F | librosa beat F | downbeat F | tempo ok (ours/librosa) | "
          "section hit | label agreement |")
    print("|---|---|---|---|---|---|---|")
    for spec in specs:
        audio, truth = spec.make()
        row, (hits, bounds, right, estimated) = score_song(spec.name, audio, truth)
        rows.append(row)
        hits_total, bounds_total = hits_total + hits, bounds_total + bounds
        right_total, ours_total = right_total + right, ours_total + estimated
        print(f"| {row.name} | {row.ours_f:.3f} | {row.librosa_f:.3f} | {row.down_f:.3f} | "
              f"{'yes' if row.tempo_ok else 'NO'} ({row.ours_bpm:.1f} vs {row.true_bpm:.1f}) / "
              f"{'yes' if row.librosa_tempo_ok else 'NO'} | {row.section_hit:.2f} | "
              f"{row.label_agree:.2f} |", flush=True)
    for line in real_rows():
        print(line)
    ours = np.array([r.ours_f for r in rows])
    lib = np.array([r.librosa_f for r in rows])
    print(f"\nsongs: {len(rows)}  wall time: {time.perf_counter() - start:.1f} s")
    print(f"plain librosa: mean beat F {lib.mean():.3f}, min {lib.min():.3f}, tempo within 4% "
          f"{np.mean([r.librosa_tempo_ok for r in rows]):.0%}")
    print(f"ours: downbeat F mean {np.mean([r.down_f for r in rows]):.3f}; tempo within 4% "
          f"{np.mean([r.tempo_ok for r in rows]):.0%}; section boundaries within one bar "
          f"{hits_total / max(1, bounds_total):.0%} ({hits_total}/{bounds_total}), and of our "
          f"boundaries {right_total / max(1, ours_total):.0%} are true ({right_total}/"
          f"{ours_total}); section label "
          f"agreement by time {np.mean([r.label_agree for r in rows]):.0%}")
    print(f"HEADLINE ours mean beat F {ours.mean():.3f} (min {ours.min():.3f}) vs plain librosa "
          f"{lib.mean():.3f} (min {lib.min():.3f}) on {len(rows)} synthetic songs")


if __name__ == "__main__":
    main()
