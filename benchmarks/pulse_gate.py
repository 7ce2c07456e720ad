"""The no-pulse gate (audio_sync.beats._has_pulse) on music and on noise, old rule against new
in one run (#15).

Old rule: onset pulse clarity >= MIN_CLARITY. New rule: that, or the learned activation's
upper-quartile clarity >= MIN_ACT_CLARITY. For every excerpt of the given real sets (default
the training renders real-train and real-train2, plus the FM renders of make_pulse_fm.py when
present) it prints the two clarities of the excerpts either rule rejects, with the beat F of
the new tracker there (the old one returns no beats: F 0); for seven kinds of noise, whether
each rule lets them through. Key figure last: rejected music old -> new, and noise let through.

    python benchmarks/pulse_gate.py [--sets real-train,real-train2,pulse-fm] [--seconds 30]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
CACHE = Path.home() / ".cache" / "mvstudio-eval"
FOLDERS = {"real-train": CACHE / "realbeats-train", "real-train2": CACHE / "realbeats-train2",
           "pulse-fm": CACHE / "pulse-fm"}
SR = 22050


def clarities(feats) -> tuple[float, float, np.ndarray]:  # noqa: ANN001 - audio_sync Features
    """(onset clarity, activation upper-quartile clarity, activation)."""
    from audio_sync import beats as B
    from audio_sync.activation import beat_activation
    from audio_sync.tempo_curve import pulse_clarity

    env, fr = B.beat_onset(feats), feats.frame_rate_hz
    act = beat_activation(feats.mel_db)[0].astype(np.float64)
    on = pulse_clarity(env, fr, min_bpm=B.MIN_BPM, max_bpm=B.MAX_BPM) if env.any() else 0.0
    return on, pulse_clarity(act, fr, min_bpm=B.MIN_BPM, max_bpm=B.MAX_BPM, quantile=75.0), act


def noises(seconds: float) -> Iterator[tuple[str, np.ndarray]]:
    t = np.arange(int(seconds * SR)) / SR
    for seed in range(3):
        yield f"white noise {seed}", 0.3 * np.random.default_rng(seed).standard_normal(t.size)
    rng = np.random.default_rng(10)
    w = rng.standard_normal(t.size)
    pink = np.fft.irfft(np.fft.rfft(w) / np.sqrt(np.arange(t.size // 2 + 1) + 1.0), t.size)
    yield "pink noise", 0.3 * pink / pink.std()
    brown = np.cumsum(w)
    brown -= np.convolve(brown, np.ones(2205) / 2205, "same")
    yield "brown noise", 0.3 * brown / brown.std()
    yield "tone + noise", 0.3 * np.sin(2 * np.pi * 220 * t) + 0.03 * w
    y = 0.01 * w
    for c in np.cumsum(rng.exponential(0.45, int(4 * seconds))):
        i = int(c * SR)
        if i + 400 < t.size:
            y[i:i + 400] += 0.5 * np.exp(-np.arange(400) / 80) * rng.standard_normal(400)
    yield "random clicks", y


def music(names: list[str]) -> tuple[int, list[int], list[float]]:
    """Count of excerpts, [rejected old, rejected new], beat F of the newly tracked ones."""
    import mir_eval
    from beat_sets import real_set

    from audio_sync import beats as B
    from audio_sync.features import compute_features

    n, rejected, fs = 0, [0, 0], []
    for name in names:
        for ex in real_set(FOLDERS[name]):
            feats = compute_features(ex.audio)
            if B._no_onsets(feats):
                rejected[0] += 1
                rejected[1] += 1
                continue
            n += 1
            on, act_cl, _ = clarities(feats)
            old, new = on < B.MIN_CLARITY, on < B.MIN_CLARITY and act_cl < B.MIN_ACT_CLARITY
            rejected[0] += old
            rejected[1] += new
            if old:
                beats, _, bpm = B.track_beats(feats)
                f = float(mir_eval.beat.f_measure(ex.beats_s[ex.beats_s > 5], beats[beats > 5]))
                if beats.size:
                    fs.append(f)
                true = 60.0 / float(np.median(np.diff(ex.beats_s)))
                print(f"  {name:11s} {ex.name:32s} onset {on:.3f} act {act_cl:.3f}  old: no beats  "
                      f"new: {beats.size:3d} beats, {bpm:5.1f} BPM (true {true:5.1f}), F {f:.3f}", flush=True)
    return n, rejected, fs


def main() -> None:
    from audio_sync import beats as B
    from audio_sync.features import compute_features
    from audio_sync.types import DecodedAudio

    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="real-train,real-train2,pulse-fm")
    ap.add_argument("--seconds", type=float, default=30.0)
    args = ap.parse_args()
    t0, c0 = time.perf_counter(), time.process_time()
    names = [s for s in args.sets.split(",") if s and FOLDERS[s].is_dir()]
    print(f"music: {', '.join(names)} (MIN_CLARITY {B.MIN_CLARITY}, MIN_ACT_CLARITY {B.MIN_ACT_CLARITY})")
    n, rejected, fs = music(names)
    through = [0, 0]
    print(f"noise, {args.seconds:.0f} s each:")
    for label, y in noises(args.seconds):
        feats = compute_features(DecodedAudio(samples=y.astype(np.float32)[None, :], rate_hz=SR))
        on, act_cl, _ = clarities(feats)
        old = on >= B.MIN_CLARITY and not B._no_onsets(feats)
        beats, _, _ = B.track_beats(feats)
        through[0] += old
        through[1] += beats.size > 0
        print(f"  {label:14s} onset {on:.3f} act {act_cl:.3f}  old: {'BEATS' if old else 'no beats'}  "
              f"new: {f'{beats.size} BEATS' if beats.size else 'no beats'}", flush=True)
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(f"wall {time.perf_counter() - t0:.0f} s, CPU {time.process_time() - c0:.0f} s, "
          f"peak RSS {ru.ru_maxrss / 1024:.0f} MB")
    mean_f = f"{np.mean(fs):.3f}" if fs else "-"
    print(f"RESULT: music with no beats {rejected[0]} -> {rejected[1]} of {n}; newly tracked mean F {mean_f}; "
          f"noise given beats old {through[0]}/7, new {through[1]}/7")


if __name__ == "__main__":
    main()
