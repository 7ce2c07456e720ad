"""The dotted-quarter level of compound metres: 6/8 and 9/8 tracked in quarters (3:2 too fast).

A jig or slip jig at 85 dotted quarters a minute has its eighths at 255 a minute; the tempo
estimate's prior (centred on 120) often takes every second eighth (a quarter, 127 BPM), and the
doubling/halving rule can never reach the dotted quarter from there. On the tracked grid the
true beats then fall on every third beat and on the midpoint between the other two (0, 1.5, 3,
4.5 ... tracked beats). The learned beat activation (trained on renders annotated at the dotted
quarter) is stronger on that grid than on the tracked one only where the music is in a compound
metre: in 2/4, 3/4 and 4/4 half of its pulses are off-beat eighths.

Measured on the first grid of the dev and training renders (benchmarks/level_study.py
``--dotted``, 294 excerpts): no excerpt tracked at its annotated level reaches DOTTED_RATIO
(highest 1.099 and 1.098, two 2/4 reels), 2 of the 9 compound excerpts tracked 3:2 too fast do
(1.14, 1.17); the other seven sit at 0-1.08 and stay wrong. Off by default (beats.DOTTED_LEVEL).
"""

from __future__ import annotations

import numpy as np

from audio_sync.features import Features

# The activation on the best-phased dotted grid over that on the tracked grid at which the
# tempo is taken down by 2:3. Two-fold cross-validation (benchmarks/level_study.py --dotted):
# chosen 1.13 on real-train, 1.11 on real-train2 (each +1/-0 on the other); their mean.
DOTTED_RATIO = 1.12


def dotted_ratio(feats: Features, act: np.ndarray, beats_s: np.ndarray) -> float:
    """Mean activation on the best of the three dotted grids (every third tracked beat and the
    midpoint between the next two) over the mean on the tracked beats."""
    from audio_sync.beats import peaks_at

    if beats_s.size < 9:
        return 0.0
    fr = feats.frame_rate_hz
    base = float(peaks_at(act, beats_s, fr).mean())
    if base <= 1e-9:
        return 0.0
    best = 0.0
    for k in range(3):
        idx = np.arange(k, beats_s.size - 2, 3)
        grid = np.concatenate([beats_s[idx], (beats_s[idx + 1] + beats_s[idx + 2]) / 2.0])
        best = max(best, float(peaks_at(act, grid, fr).mean()))
    return best / base


def dotted_level(feats: Features, act: np.ndarray, beats_s: np.ndarray, bpm: float, *,
                 min_bpm: float) -> float:
    """``bpm`` * 2/3 when the dotted grid carries clearly more activation, else ``bpm``."""
    slower = bpm * 2.0 / 3.0
    if slower < min_bpm or dotted_ratio(feats, act, beats_s) < DOTTED_RATIO:
        return bpm
    return slower
