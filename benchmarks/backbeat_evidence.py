"""Evidence for a half-beat phase check on training renders (issue #15; audio_sync.act_phase).

For every excerpt: the phase of the tracker's grid against the annotation (with the check off),
and two ratios, midpoints over grid (> 1 favours the midpoints): a snare-on-2-and-4 backbeat
alternation (snare minus kick flux, every other point against the points between; tried and not
shipped: it does not separate) and the learned activation (audio_sync.act_phase.act_ratio) --
the material the check's threshold was picked on. Training folders and the dev sets only;
real-train3's kept-out band arrangements (beat_tcn_dataset.kept_out) are skipped.

    python benchmarks/backbeat_evidence.py [--folders realbeats-train3,realbeats-train2]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from beat_sets import DEV2_DIR, DEV_DIR, real_set  # noqa: E402
from beat_tcn_dataset import CACHE, kept_out  # noqa: E402
from offbeat_where import phase_of  # noqa: E402

from audio_sync.features import Features  # noqa: E402


def _pattern(feats: Features) -> np.ndarray:
    """Snare minus kick flux: high on a snare or clap, low on a kick."""
    from audio_sync.beats import _norm

    return _norm(feats.onset_mid) + _norm(feats.onset_high) - 2.0 * _norm(feats.onset_kick)


def alternation(env: np.ndarray, points_s: np.ndarray, fr: float) -> float:
    """|mean of ``env`` on every other point - on the points between| (0: no two-beat pattern)."""
    from audio_sync.beats import peaks_at

    p = peaks_at(env - float(env.min()), points_s, fr)
    n = p.size - p.size % 2
    return abs(float(p[0:n:2].mean()) - float(p[1:n:2].mean())) if n >= 4 else 0.0


def backbeat_ratio(feats: Features, grid_s: np.ndarray) -> float:
    mids, pat, fr = (grid_s[:-1] + grid_s[1:]) / 2.0, _pattern(feats), feats.frame_rate_hz
    return alternation(pat, mids, fr) / max(alternation(pat, grid_s[:-1], fr), 1e-6)


def main() -> None:
    from audio_sync import act_phase, beats
    from audio_sync.activation import beat_activation
    from audio_sync.features import compute_features
    from audio_sync.meter import is_compound

    parser = argparse.ArgumentParser()
    parser.add_argument("--folders", default="realbeats-train3")
    args = parser.parse_args()
    if "heldout" in args.folders:
        parser.error("held-out sets are never used to pick a threshold")
    dirs = {"real-dev": DEV_DIR, "real-dev2": DEV2_DIR}
    beats.ACT_PHASE = False  # the grids the check would see
    for name in args.folders.split(","):
        for ex in real_set(dirs.get(name, CACHE / name)):
            if kept_out(ex.name):
                continue
            feats = compute_features(ex.audio)
            raw = beat_activation(feats.mel_db)[0].astype(np.float64)
            final, _, _ = beats.track_beats(feats, act=raw)
            grid = final - beats.DETECTOR_LEAD_S
            grid = grid[(grid > 0) & (grid < feats.duration_s - 0.05)]
            if grid.size < act_phase.MIN_BEATS:
                continue
            bb, ac = backbeat_ratio(feats, grid), act_phase.act_ratio(feats, raw, grid)
            comp = "compound" if is_compound(feats, grid) else ""
            print(f"{ex.name:34s} {phase_of(final, np.asarray(ex.beats_s)):12s} "
                  f"backbeat {bb:6.2f} act {ac:5.2f} {comp}", flush=True)


if __name__ == "__main__":
    main()
