"""The no-pulse gate the tracker used until session 6 (ANALYSIS_VERSION 10), kept for the
benchmarks that compare with it or filter training data by it; the tracker now tracks every song
with onsets and reports audio_sync.pulse_confidence instead.

The gate refused music whose onset pulse clarity was below MIN_CLARITY (noise 0.04-0.08; music
on the dev sets >= 0.095, but four legato string renders in the training sets 0.02-0.07) unless
the learned activation had a clear pulse (upper quartile of its windows' clarity >=
MIN_ACT_CLARITY: those string renders 0.16-0.31; white, pink and brown noise, noise over a held
tone and random clicks 0.07-0.11).
"""

from __future__ import annotations

import numpy as np

from audio_sync.beats import MAX_BPM, MIN_BPM
from audio_sync.features import Features

MIN_CLARITY = 0.09
MIN_ACT_CLARITY = 0.14


def has_pulse(feats: Features, env: np.ndarray, act: np.ndarray) -> bool:
    """False for audio with no periodicity (white noise) in the onsets nor in the learned beat
    activation ``act``. The activation is trusted over one 8 s window at least: on a 1-second
    tone its comb has too few periods to mean anything (0.23)."""
    from audio_sync.tempo_curve import WINDOW_S, pulse_clarity

    fr = feats.frame_rate_hz
    if pulse_clarity(env, fr, min_bpm=MIN_BPM, max_bpm=MAX_BPM) >= MIN_CLARITY:
        return True
    if act.size < WINDOW_S * fr:
        return False
    return pulse_clarity(act, fr, min_bpm=MIN_BPM, max_bpm=MAX_BPM, quantile=75.0) >= MIN_ACT_CLARITY
