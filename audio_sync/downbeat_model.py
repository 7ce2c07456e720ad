"""Learned downbeat score: how much each beat sounds like the first beat of a bar.

A gradient-boosted tree ensemble (trained by benchmarks/downbeat_model_learn.py, sklearn's
HistGradientBoostingClassifier, exported to ``downbeat_model.npz``; inference here is numpy only)
reads every downbeat cue of ``meter.MODEL_CUES`` at a beat **and at the ``CONTEXT`` beats on each
side**: a bar line is where the pattern of the surrounding beats says one bar ends and the next
begins (a fill's last beat, the kick after it, the harmony a bar holds), which the hand-weighted
sum of a beat's own cues cannot read. The hand-weighted cues still choose the metre and where it
changes (the bar Viterbi); the model's log-odds, z-scored within the song, choose where the bars
of each stretch of one metre start (``meter.phase_by_model``). Provenance and figures: ``downbeat_model.md``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

WEIGHTS_PATH = Path(__file__).with_name("downbeat_model.npz")
CONTEXT = 4  # beats on each side: one 4/4 bar


def context_features(cues: np.ndarray, radius: int = CONTEXT) -> np.ndarray:
    """(n_beats, n_cues * (2 * radius + 1)): the beat's own cues, then those ``d`` beats away for
    d = -radius..-1, 1..radius (zeros past the song's ends)."""
    n, m = cues.shape
    cols = [cues]
    for d in [*range(-radius, 0), *range(1, radius + 1)]:
        shifted = np.zeros((n, m))
        if d > 0 and d < n:
            shifted[:-d] = cues[d:]
        elif d < 0 and -d < n:
            shifted[-d:] = cues[:d]
        cols.append(shifted)
    return np.concatenate(cols, axis=1)


@lru_cache(maxsize=1)
def _trees() -> dict[str, np.ndarray]:
    with np.load(WEIGHTS_PATH) as z:
        return {k: z[k] for k in z.files}


def log_odds(x: np.ndarray, trees: dict[str, np.ndarray] | None = None) -> np.ndarray:
    """Summed tree outputs (the classifier's decision function) for rows ``x``. The trees' nodes
    are concatenated; ``roots`` index each tree's first node, a node goes left when
    ``x[feature] <= threshold``, and leaves hold their value."""
    t = trees if trees is not None else _trees()
    feature, threshold = t["feature"], t["threshold"]
    left, right, leaf, value = t["left"], t["right"], t["is_leaf"], t["value"]
    node = np.repeat(t["roots"][None, :], x.shape[0], axis=0)  # (rows, trees)
    rows = np.arange(x.shape[0])[:, None]
    for _ in range(int(t["max_depth"])):
        inner = ~leaf[node]
        if not inner.any():
            break
        go_left = x[rows, feature[node]] <= threshold[node]
        node = np.where(inner, np.where(go_left, left[node], right[node]), node)
    return float(t["baseline"]) + value[node].sum(axis=1)


def score(cues: np.ndarray) -> np.ndarray:
    """Per beat, z-scored within the song: the learned log-odds that it starts a bar."""
    from audio_sync.meter import _zscore

    if cues.shape[0] == 0:
        return np.zeros(0)
    return _zscore(log_odds(context_features(cues)))
