"""Training data for the beat net (audio_sync/activation.py): features and targets in one .npz.

Sources (never an evaluation set): the real-train renders (benchmarks/make_realbeats_train.py,
asserted disjoint from real-dev, real-dev2 and real-heldout) and the project's synthetic songs
at seed offsets 20000 and 21000 (the benchmark uses 0-1000 while tuning and 9000 for its
report). Per excerpt: ``Features.mel_db`` (as the analysis computes it) and frame targets for
beats and downbeats at the annotated time minus the detector lead the tracker adds back.

Usage (project venv): python benchmarks/beat_tcn_dataset.py [OUT.npz]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from beat_sets import real_set, synthetic_set  # noqa: E402

TRAIN_DIR = Path.home() / ".cache" / "mvstudio-eval" / "realbeats-train"
SYNTH_OFFSETS = (20000, 21000)
EVAL_DIRS = ("realbeats-dev", "realbeats-dev2", "realbeats-heldout")


def targets(times_s: np.ndarray, n: int, fr: float) -> np.ndarray:
    """1 at the frame of each time, 0.5 on its neighbours (the annotation is exact, the
    frame grid is 23 ms coarse)."""
    from audio_sync.beats import DETECTOR_LEAD_S

    y = np.zeros(n, dtype=np.float32)
    idx = np.round((np.asarray(times_s) - DETECTOR_LEAD_S) * fr).astype(int)
    idx = idx[(idx >= 0) & (idx < n)]
    for off in (-1, 1):
        j = np.clip(idx + off, 0, n - 1)
        y[j] = np.maximum(y[j], 0.5)
    y[idx] = 1.0
    return y


def _complete(mp3: Path | None) -> bool:
    """False for a render still being written (its JSON comes last and counts the beats)."""
    import json

    meta = mp3.with_suffix(".json") if mp3 else None
    if meta is None or not meta.exists():
        return False
    n = json.loads(meta.read_text())["n_beats"]
    return bool(np.loadtxt(mp3.with_suffix(".beats"), ndmin=2).shape[0] == n)


def main(argv: list[str]) -> int:
    from audio_sync.features import compute_features

    assert TRAIN_DIR.name not in EVAL_DIRS
    out = Path(argv[1]) if len(argv) > 1 else TRAIN_DIR.parent / "beat-tcn-train.npz"
    excerpts = [ex for ex in real_set(TRAIN_DIR) if _complete(ex.path)]
    for off in SYNTH_OFFSETS:
        excerpts += [ex for ex in synthetic_set(off)]
    arrays: dict[str, np.ndarray] = {}
    names = []
    for k, ex in enumerate(excerpts):
        f = compute_features(ex.audio)
        fr = f.frame_rate_hz
        arrays[f"x{k}"] = f.mel_db.astype(np.float16)
        arrays[f"y{k}"] = np.stack([targets(ex.beats_s, f.n_frames, fr),
                                    targets(ex.downbeats_s, f.n_frames, fr)])
        names.append(("real:" if ex.path else "synth:") + ex.name)
    np.savez_compressed(out, names=np.array(names), **arrays)
    print(f"{len(names)} excerpts -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
