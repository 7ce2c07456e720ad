"""Metre (3 or 4 beats per bar) and downbeat phase from beat-synchronous features.

Bars start where the harmony changes and where the kick lands: for every metre M and phase p we
score the contrast of chord-change novelty and kick strength on beats p, p+M, p+2M... against
the other beats, and keep the best (M, p).
"""

from __future__ import annotations

import numpy as np

from audio_sync.features import Features

METRES = (4, 3)
METRE_PRIOR = {4: 1.0, 3: 0.9}
KICK_WEIGHT = 0.5


def _zscore(x: np.ndarray) -> np.ndarray:
    s = float(np.std(x))
    return (x - float(np.mean(x))) / s if s > 1e-9 else np.zeros_like(x)


def beat_chroma(feats: Features, beats_s: np.ndarray) -> np.ndarray:
    """Mean chroma over each inter-beat span, shape (n_beats, 12)."""
    fr = feats.frame_rate_hz
    edges = np.round(np.append(beats_s, feats.duration_s) * fr).astype(np.int64)
    edges = np.clip(edges, 0, feats.n_frames)
    out = np.zeros((beats_s.size, 12))
    for k in range(beats_s.size):
        lo, hi = edges[k], max(edges[k] + 1, edges[k + 1])
        out[k] = feats.chroma[:, lo:min(hi, feats.n_frames)].mean(axis=1) if lo < feats.n_frames else 0
    return out


def _harmonic_novelty(chroma: np.ndarray) -> np.ndarray:
    """Cosine distance between the chroma of the beat before and the beat starting at k."""
    unit = chroma / (np.linalg.norm(chroma, axis=1, keepdims=True) + 1e-9)
    nov = np.zeros(chroma.shape[0])
    nov[1:] = 1.0 - np.sum(unit[1:] * unit[:-1], axis=1)
    return nov


def find_downbeats(feats: Features, beats_s: np.ndarray) -> tuple[int, np.ndarray]:
    """Return (beats_per_bar, downbeat times); downbeats are a subset of ``beats_s``."""
    from audio_sync.beats import _norm, peaks_at

    if beats_s.size < 6:  # under two bars of 3/4: no evidence for a metre, assume 4/4 from beat 1
        return 4, beats_s[::4]
    nov = _zscore(_harmonic_novelty(beat_chroma(feats, beats_s)))
    kick = _zscore(peaks_at(_norm(feats.onset_kick) + _norm(feats.onset_low), beats_s,
                            feats.frame_rate_hz))
    score = nov + KICK_WEIGHT * kick
    best = (-np.inf, 4, 0)
    for metre in METRES:
        for phase in range(metre):
            on = np.zeros(beats_s.size, dtype=bool)
            on[phase::metre] = True
            contrast = float(score[on].mean() - score[~on].mean()) * METRE_PRIOR[metre]
            best = max(best, (contrast, metre, phase))
    _, metre, phase = best
    return metre, beats_s[phase::metre]
