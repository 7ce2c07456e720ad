"""Where does the tracker lose the phase on the off-beat band arrangements? (issue #15)

For each training excerpt tracked exactly on the off-beat (F < 0.3, AMLt > 0.8), prints which
evidence prefers the annotated beats over the midpoints between them (mean peak at the beats /
mean peak at the midpoints, > 1: the beats win) -- the band-onset envelope, the kick band the
half-beat fix reads, the learned activation (raw and contrasted) and the DP envelope (onsets +
activation) -- and the phase (on / off / mixed, against the annotation) of every grid the
tracker makes: the DP's grid before each half-beat fix, and after it. Training folders only.

    python benchmarks/offbeat_where.py [--folder realbeats-train3] [--only NAME]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_accuracy import ours, score  # noqa: E402
from beat_sets import Excerpt, real_set  # noqa: E402

CACHE = Path.home() / ".cache" / "mvstudio-eval"


def phase_of(beats_s: np.ndarray, ann: np.ndarray) -> str:
    """'on', 'off' or 'mix': the median distance of the grid to the annotated beats, in beats."""
    if beats_s.size < 4:
        return "none"
    j = np.clip(np.searchsorted(ann, beats_s) - 1, 0, ann.size - 2)
    frac = (beats_s - ann[j]) / (ann[j + 1] - ann[j])
    d = np.abs(((frac + 0.5) % 1.0) - 0.5)
    share_on, share_off = float(np.mean(d < 0.15)), float(np.mean(d > 0.35))
    return "on" if share_on > 0.7 else "off" if share_off > 0.7 else f"mix{share_on:.1f}/{share_off:.1f}"


def ratio(env: np.ndarray, ann: np.ndarray, fr: float, lead: float) -> float:
    from audio_sync.beats import peaks_at

    grid = ann[(ann > 1.0) & (ann < env.size / fr - 1.0)] - lead
    mids = (grid[:-1] + grid[1:]) / 2
    return float(peaks_at(env, grid, fr).mean() / max(1e-12, peaks_at(env, mids, fr).mean()))


def diagnose(ex: Excerpt) -> str:
    from audio_sync import beats
    from audio_sync.activation import beat_activation, contrast
    from audio_sync.features import compute_features

    feats = compute_features(ex.audio)
    fr, lead, ann = feats.frame_rate_hz, beats.DETECTOR_LEAD_S, np.asarray(ex.beats_s)
    raw = beat_activation(feats.mel_db)[0].astype(np.float64)
    env = beats.beat_onset(feats)
    dp_env = env + beats.ACT_WEIGHT * beats._norm(contrast(raw))
    ev = {"onsets": env, "kick": beats._phase_env(feats), "act": raw, "actC": contrast(raw),
          "dpenv": dp_env}
    parts = [f"{k} {ratio(v, ann, fr, lead):4.2f}" for k, v in ev.items()]
    calls: list[str] = []
    orig = beats._fix_phase

    def spy(feats_: object, env_: np.ndarray, bpm: object, beats_s: np.ndarray, *,
            act: np.ndarray | None = None) -> np.ndarray:
        out = orig(feats_, env_, bpm, beats_s, act=act)  # type: ignore[arg-type]
        before, after = phase_of(beats_s + lead, ann), phase_of(out + lead, ann)
        calls.append(before if out is beats_s else f"{before}->{after}")
        return out

    beats._fix_phase = spy  # type: ignore[assignment]
    try:
        final, _, _ = beats.track_beats(feats, act=raw)
    finally:
        beats._fix_phase = orig  # type: ignore[assignment]
    return f"{' '.join(parts)} | fix calls: {', '.join(calls)} | final {phase_of(final, ann)}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", default="realbeats-train3")
    parser.add_argument("--only", default="_band_")
    args = parser.parse_args()
    if "heldout" in args.folder:
        parser.error(f"{args.folder}: held-out sets are never scanned")
    print("evidence: mean peak on the annotated beats / on the midpoints (> 1: beats win)")
    for ex in real_set(CACHE / args.folder):
        if args.only not in ex.name:
            continue
        s = score(ex, ours(ex))
        if s.f < 0.3 and s.amlt > 0.8:
            print(f"{ex.name:30s} {diagnose(ex)}", flush=True)


if __name__ == "__main__":
    main()
