"""The dotted-quarter beat of slow compound metres: a 6/8 or 12/8 ballad under ~60 BPM tracked in eighths.

A 6/8 ballad at 52 dotted quarters a minute has its eighths at 156: the tempo estimate's prior
(centred on 120) takes the eighths, the level model has no x1/3 candidate, and the tracker's
range stops at 55 BPM. On the tracked grid the dotted quarters are every third beat, and in a
band arrangement they carry the kick, the bass and the net's activation while the other eighths
do not. The evidence is the level model's skip evidence at x1/3 (``level_model.skip_evidence``):
how much stronger the tracked beats that a third of the tempo keeps are than those it skips, in
the activation and in the low+mid onsets. A fast waltz gives the same kind of evidence (its bar
accent) but less of it: on the training sources the right waltzes reach 0.34 at most and the
6/8 band arrangements 0.44-1.40; a solo guitar waltz reached 0.52 and 0.68, so the kick band
must show it too (docs/beat-accuracy/2026-12-01-s13-decision.md, part 2, variant T2). Folk tunes
in 6/8 played without drums give little evidence and stay at their eighths.
"""

from __future__ import annotations

import numpy as np

from audio_sync.features import Features

# Lowest dotted-quarter tempo the move may reach (the tempo-hint path tracks down to 30 BPM).
THIRD_MIN_BPM = 40.0
# Both skip values (log ratios) must reach this: above the right training waltzes' 0.34.
SKIP_MIN = 0.40
# And the kick band's: a drummed compound metre puts its kick on the dotted quarters (training
# 6/8 band arrangements 2.20-4.92); a solo guitar waltz's low notes on the bar reach 0.74.
KICK_SKIP_MIN = 1.5


def third_level(feats: Features, act: np.ndarray, beats_s: np.ndarray, bpm: float, *,
                ratio: float = 1.0) -> float:
    """``bpm`` / 3 when the beats every third one keeps are clearly the stronger, else ``bpm``;
    ``beats_s`` is the first grid, at ``bpm / ratio``."""
    from audio_sync.beats import _norm
    from audio_sync.level_model import skip_evidence

    if bpm / 3.0 < THIRD_MIN_BPM or beats_s.size < 12:
        return bpm
    skip_act, skip_lm, skip_kick = skip_evidence(feats, act, beats_s, bpm, 1.0 / 3.0, ratio=ratio,
                                                 also=(_norm(feats.onset_kick),))
    clear = min(skip_act, skip_lm) >= SKIP_MIN and skip_kick >= KICK_SKIP_MIN
    return bpm / 3.0 if clear else bpm
