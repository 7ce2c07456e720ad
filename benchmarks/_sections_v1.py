"""FROZEN baseline for benchmarks/sections_accuracy.py: audio_sync/sections.py as of a84afc5 (v1).

Bar-level novelty + DP segmentation + energy labels; kept unchanged so the benchmark compares
the new sections against the old ones in the same run.

Each bar (downbeat to downbeat) gets a feature vector: loudness, drum activity per band, chroma
and timbre (MFCC). A boundary is placed where the bars before and after differ most (a novelty
peak, compared over 1- and 2-bar windows). Labels follow how people describe pop structure:
the quiet opening is the intro, the quiet close the outro, the loudest repeated material the
chorus, quiet passages in the middle a breakdown, an unrepeated middle part a bridge, the rest
verses. ``energy`` is the section's loudness relative to the loudest section (0..1).
"""

from __future__ import annotations

import numpy as np

from audio_sync.beats import Rhythm
from audio_sync.features import Features
from audio_sync.types import Section

MIN_SECTION_S = 2.5
PENALTY_BARS = 0.75  # a new section must explain this many bars' worth of feature variance
_WEIGHTS = np.concatenate([[3.0, 1.0, 1.0, 1.0], np.full(12, 0.3), np.full(12, 0.3)])


def _bar_edges(feats: Features, rhythm: Rhythm) -> np.ndarray:
    """Bar start times (first forced to 0) plus the song end."""
    downs = np.asarray(rhythm.downbeats_s, dtype=np.float64)
    if downs.size >= 2 and downs[0] < 0.5 * (downs[1] - downs[0]):
        downs = downs[1:]  # a short pickup joins the first bar
    downs = downs[(downs > 0.05) & (downs < feats.duration_s - 0.05)]
    return np.concatenate([[0.0], downs, [feats.duration_s]])


def _bar_features(feats: Features, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(z-scored features per bar, linear RMS per bar)."""
    from audio_sync.beats import _norm

    fr = feats.frame_rate_hz
    idx = np.clip(np.round(edges * fr).astype(np.int64), 0, feats.n_frames)
    drums = [_norm(feats.onset_low), _norm(feats.onset_mid), _norm(feats.onset_high)]
    rows, loud = [], []
    for lo, hi in zip(idx[:-1], idx[1:], strict=True):
        hi = max(hi, lo + 1)
        sl = slice(lo, min(hi, feats.n_frames)) if lo < feats.n_frames else slice(-1, None)
        chroma = feats.chroma[:, sl].mean(axis=1)
        chroma = chroma / (np.linalg.norm(chroma) + 1e-9)
        power = float(np.mean(feats.rms[sl].astype(np.float64) ** 2))
        row = [10.0 * np.log10(power + 1e-10)] + [d[sl].mean() for d in drums]
        rows.append(np.concatenate([row, 1.5 * chroma, 0.5 * feats.mfcc[1:, sl].mean(axis=1)]))
        loud.append(float(feats.rms[sl].mean()))
    x = np.asarray(rows)
    std = x.std(axis=0)
    z = (x - x.mean(axis=0)) / np.where(std > 1e-9, std, 1.0)
    return z * _WEIGHTS, np.asarray(loud)


def _segment(z: np.ndarray, edges: np.ndarray, *, penalty: float) -> list[int]:
    """Optimal piecewise-constant partition of the bars (DP over change points).

    Minimises the within-section squared deviation plus ``penalty`` per section, with every
    section at least MIN_SECTION_S long. Returns the bar indices where sections start (> 0).
    """
    n = z.shape[0]
    csum = np.vstack([np.zeros(z.shape[1]), np.cumsum(z, axis=0)])
    csq = np.concatenate([[0.0], np.cumsum(np.sum(z * z, axis=1))])

    def cost(i: int, j: int) -> float:
        s = csum[j] - csum[i]
        return float(csq[j] - csq[i] - np.dot(s, s) / (j - i))

    best = np.full(n + 1, np.inf)
    best[0] = 0.0
    prev = np.zeros(n + 1, dtype=np.int64)
    for j in range(1, n + 1):
        for i in range(j):
            if edges[j] - edges[i] < MIN_SECTION_S and not (i == 0 and j == n):
                continue
            c = best[i] + cost(i, j) + penalty
            if c < best[j]:
                best[j], prev[j] = c, i
    bounds, j = [], n
    while j > 0 and np.isfinite(best[j]):
        j = int(prev[j])
        if j > 0:
            bounds.append(j)
    return sorted(bounds)


def _labels(loud: np.ndarray, z: np.ndarray, bounds: list[int]) -> tuple[list[str], np.ndarray]:
    seg_idx = [0, *bounds, loud.size]
    energy = np.array([loud[a:b].mean() for a, b in zip(seg_idx[:-1], seg_idx[1:], strict=True)])
    energy = energy / (energy.max() or 1.0)
    feats = np.array([z[a:b].mean(axis=0) for a, b in zip(seg_idx[:-1], seg_idx[1:], strict=True)])
    n = energy.size
    if n == 1:
        return ["verse"], energy
    dist = np.linalg.norm(feats[:, None, :] - feats[None, :, :], axis=2)
    scale = float(np.median(dist[np.triu_indices(n, 1)])) or 1.0
    labels = ["verse"] * n
    mid = list(range(1, n - 1)) if n >= 3 else list(range(n))
    top = max(energy[i] for i in mid) if mid else 1.0
    for i in mid:
        repeated = any(dist[i, j] < 0.6 * scale for j in range(n) if j != i)
        if energy[i] >= 0.92 * top and energy[i] > energy.mean():
            labels[i] = "chorus"
        elif energy[i] < 0.6 * top:
            labels[i] = "breakdown"
        elif not repeated and n >= 5:
            labels[i] = "bridge"
    if n >= 3:
        labels[0] = "intro" if energy[0] < energy.mean() or n >= 4 else labels[0]
        labels[-1] = "outro" if energy[-1] < energy.mean() or n >= 4 else labels[-1]
    return labels, energy


def find_sections(feats: Features, rhythm: Rhythm) -> tuple[Section, ...]:
    """Sections covering [0, duration], each starting on a downbeat (the first at 0)."""
    duration_s = feats.duration_s
    edges = _bar_edges(feats, rhythm)
    if edges.size < 4 or feats.n_frames < 4:
        return (Section(start_s=0.0, end_s=duration_s, label="verse", energy=1.0),)
    z, loud = _bar_features(feats, edges)
    bounds = _segment(z, edges, penalty=PENALTY_BARS * float(np.sum(_WEIGHTS ** 2)))
    labels, energy = _labels(loud, z, bounds)
    starts = [0.0] + [float(edges[k]) for k in bounds]
    ends = starts[1:] + [duration_s]
    return tuple(Section(start_s=s, end_s=e, label=lab, energy=float(en))
                 for s, e, lab, en in zip(starts, ends, labels, energy, strict=True))
