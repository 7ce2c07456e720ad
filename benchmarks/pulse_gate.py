"""The former no-pulse gate against the pulse confidence that replaced it, on music and noise,
in one run (#15).

Before (main up to session 5): ``track_beats`` returned no beats unless the onsets' pulse
clarity >= MIN_CLARITY or the learned activation's >= MIN_ACT_CLARITY (``_former_pulse_gate``).
It refused real music (a reverberant FM fiddle tune of real-heldout3). Now every song with
onsets is tracked and ``pulse_confidence`` (audio_sync.pulse_confidence) says how far its
beats stand out; below ``LOW`` the cut planner uses an even grid instead of the beats.

For every excerpt of the given sets (default: the training renders real-train, real-train2, the
FM renders of make_pulse_fm.py and their degraded copies from make_pulse_degraded.py, where
present) it prints the excerpts the old gate refuses or the new confidence calls low, with the
beat F and tempo of the new tracker; then for 70 noises (7 kinds x 5 seeds x 12/30 s; the chance levels of
audio_sync.pulse_confidence were set on seeds 0-4, --noise-seeds 5-24 checks others) the old
verdict and the new confidence. Key figures last: music with no beats old -> new, music with a
low confidence, noise given beats old and noise given confident beats new.

    python benchmarks/pulse_gate.py [--sets real-train,real-train2,pulse-fm,pulse-fm-degraded]
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
           "pulse-fm": CACHE / "pulse-fm", "pulse-fm-degraded": CACHE / "pulse-fm-degraded",
           "real-dev2": CACHE / "realbeats-dev2", "real-dev": Path("/work/shared/data/realbeats-dev")}
SR = 22050


def verdicts(feats) -> tuple[bool, float, np.ndarray, np.ndarray, float]:  # noqa: ANN001
    """(old gate lets it through, new pulse confidence, new beats, beat conf, new tempo)."""
    from _former_pulse_gate import has_pulse

    from audio_sync import beats as B
    from audio_sync.activation import beat_activation
    from audio_sync.pulse_confidence import pulse_confidence

    env = B.beat_onset(feats)
    if B._no_onsets(feats) or feats.n_frames < 16:
        return False, 0.0, np.zeros(0), np.zeros(0), 0.0
    act = beat_activation(feats.mel_db)[0].astype(np.float64)
    old = has_pulse(feats, env, act)
    beats, conf, bpm = B.track_beats(feats, act=act)
    return old, pulse_confidence(env, act, feats.frame_rate_hz) if beats.size else 0.0, beats, conf, bpm


def raw_evidence(feats) -> tuple[float, float]:  # noqa: ANN001
    """(onset comb z-score, activation upper-quartile clarity) behind the confidence."""
    from audio_sync import beats as B
    from audio_sync.activation import beat_activation
    from audio_sync.pulse_confidence import pulse_z
    from audio_sync.tempo_curve import pulse_clarity

    act = beat_activation(feats.mel_db)[0].astype(np.float64)
    fr = feats.frame_rate_hz
    return pulse_z(B.beat_onset(feats), fr), pulse_clarity(act, fr, quantile=75.0)


def noises(seconds: float, seed: int) -> Iterator[tuple[str, np.ndarray]]:
    t = np.arange(int(seconds * SR)) / SR
    rng = np.random.default_rng(100 * seed + int(seconds))
    w = rng.standard_normal(t.size)
    yield "white", 0.3 * w
    pink = np.fft.irfft(np.fft.rfft(w) / np.sqrt(np.arange(t.size // 2 + 1) + 1.0), t.size)
    yield "pink", 0.3 * pink / pink.std()
    brown = np.cumsum(w)
    brown -= np.convolve(brown, np.ones(2205) / 2205, "same")
    yield "brown", 0.3 * brown / brown.std()
    yield "tone+noise", 0.3 * np.sin(2 * np.pi * 220 * t) + 0.03 * w
    yield "hiss+hum", 0.2 * np.sin(2 * np.pi * 50 * t) + 0.1 * pink / pink.std()
    yield "rain", 0.05 * w * (1 + 3 * (rng.random(t.size) < 0.002))
    y = 0.01 * w
    for c in np.cumsum(rng.exponential(0.45, int(4 * seconds))):
        i = int(c * SR)
        if i + 400 < t.size:
            y[i:i + 400] += 0.5 * np.exp(-np.arange(400) / 80) * rng.standard_normal(400)
    yield "random clicks", y


def music(names: list[str]) -> dict[str, list[float]]:
    """Per excerpt: old refused, new no beats, new confidence, F of the new beats."""
    import mir_eval
    from beat_sets import real_set

    from audio_sync.features import compute_features
    from audio_sync.pulse_confidence import LOW

    out: dict[str, list[float]] = {"old_no": [], "new_no": [], "conf": [], "f": []}
    for name in names:
        for ex in real_set(FOLDERS[name]):
            old, pulse, beats, _, bpm = verdicts(compute_features(ex.audio))
            f = float(mir_eval.beat.f_measure(ex.beats_s[ex.beats_s > 5], beats[beats > 5]))
            for key, val in zip(out, (not old, beats.size == 0, pulse, f), strict=True):
                out[key].append(float(val))
            if not old or pulse < LOW:
                true = 60.0 / float(np.median(np.diff(ex.beats_s)))
                print(f"  {name:17s} {ex.name[:40]:40s} old: {'BEATS' if old else 'no beats'}  new: "
                      f"{beats.size:3d} beats, {bpm:5.1f} BPM (true {true:5.1f}), F {f:.3f}, "
                      f"confidence {pulse:.2f}", flush=True)
    return out


def main() -> None:
    from audio_sync.features import compute_features
    from audio_sync.pulse_confidence import ACT_CHANCE, LOW, Z_CHANCE
    from audio_sync.types import DecodedAudio

    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="real-train,real-train2,pulse-fm,pulse-fm-degraded")
    ap.add_argument("--noise-seeds", default="0-4", help="the chance levels were set on 0-4")
    args = ap.parse_args()
    t0, c0 = time.perf_counter(), time.process_time()
    names = [s for s in args.sets.split(",") if s and FOLDERS[s].is_dir()]
    print(f"music: {', '.join(names)} (LOW confidence {LOW})")
    m = music(names)
    n = len(m["f"])
    refused = [i for i in range(n) if m["old_no"][i]]
    low = [i for i in range(n) if m["conf"][i] < LOW]
    lo, hi = (int(x) for x in args.noise_seeds.split("-"))
    nz: list[tuple[str, bool, float]] = []
    evidence = np.zeros((0, 2))
    for seconds in (12.0, 30.0):
        for seed in range(lo, hi + 1):
            for label, y in noises(seconds, seed):
                feats = compute_features(DecodedAudio(samples=y.astype(np.float32)[None, :], rate_hz=SR))
                old, pulse, *_ = verdicts(feats)
                nz.append((f"{label} {seconds:.0f}s #{seed}", old, pulse))
                evidence = np.vstack([evidence, raw_evidence(feats)])
    worst = max(nz, key=lambda r: r[2])
    print(f"noise: {len(nz)} clips; old gate let {[r[0] for r in nz if r[1]]} through; highest "
          f"new confidence {worst[2]:.2f} ({worst[0]}); onset comb z max {evidence[:, 0].max():.1f} "
          f"(chance set at {Z_CHANCE}), activation clarity max {evidence[:, 1].max():.3f} "
          f"(chance set at {ACT_CHANCE})")
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(f"wall {time.perf_counter() - t0:.0f} s, CPU {time.process_time() - c0:.0f} s, "
          f"peak RSS {ru.ru_maxrss / 1024:.0f} MB")
    f_ref = np.mean([m["f"][i] for i in refused]) if refused else float("nan")
    f_low = np.mean([m["f"][i] for i in low]) if low else float("nan")
    f_hi = np.mean([m["f"][i] for i in range(n) if i not in low]) if n > len(low) else float("nan")
    print(f"music: {len(low)} of {n} with confidence < {LOW} (mean F {f_low:.3f}; the others "
          f"{f_hi:.3f}); the {len(refused)} the old gate refused now get beats with mean F {f_ref:.3f}")
    print(f"RESULT: music with no beats old {len(refused)} -> new {int(sum(m['new_no']))} of {n}; "
          f"noise given beats old {sum(r[1] for r in nz)}/{len(nz)}, noise given confident "
          f"beats (>= {LOW}) new {sum(r[2] >= LOW for r in nz)}/{len(nz)}")


if __name__ == "__main__":
    main()
