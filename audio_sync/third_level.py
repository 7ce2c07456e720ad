"""The dotted-quarter beat of slow compound metres: a 6/8 or 12/8 ballad under ~60 BPM tracked in eighths.

A 6/8 ballad at 52 dotted quarters a minute has its eighths at 156: the tempo estimate's prior
(centred on 120) takes the eighths, the level model has no x1/3 candidate, and the tracker's
range stops at 55 BPM. On the tracked grid the dotted quarters are every third beat, and in a
band arrangement they carry the kick, the bass and the net's activation while the other eighths
do not. The evidence is the level model's skip evidence at x1/3 (``level_model.skip_evidence``)
in the low+mid onsets: how much stronger the tracked beats that a third of the tempo keeps are
than those it skips. A fast waltz's bar accent gives the same kind of evidence but less of it
(training waltzes at most 0.60, slow 6/8 band arrangements from 0.82). Session 13's rule (T2) also
required the activation's value and the kick band's, which slow ballads and undrummed 6/8 lack.
"""

from __future__ import annotations

import numpy as np

from audio_sync.features import Features

# Lowest dotted-quarter tempo the move may reach (the tempo-hint path tracks down to 30 BPM).
THIRD_MIN_BPM = 40.0
# The low+mid onsets' skip value (log ratio) must reach this: the midpoint of the training gap
# between the right slow 6/8 band arrangements (0.82-1.21) and every excerpt right at its tracked
# tempo (at most 0.64; waltzes 0.60). The activation's value is weak on slow ballads (0.27) and an
# undrummed 6/8 has no kick, so neither is required (docs/beat-accuracy/2026-12-01-s14-decision.md).
LM_SKIP_MIN = 0.73


def third_level(feats: Features, act: np.ndarray, beats_s: np.ndarray, bpm: float, *,
                ratio: float = 1.0) -> float:
    """``bpm`` / 3 when the beats every third one keeps are clearly the stronger, else ``bpm``;
    ``beats_s`` is the first grid, at ``bpm / ratio``."""
    from audio_sync.level_model import skip_evidence

    if bpm / 3.0 < THIRD_MIN_BPM or beats_s.size < 12:
        return bpm
    _, skip_lm = skip_evidence(feats, act, beats_s, bpm, 1.0 / 3.0, ratio=ratio)
    return bpm / 3.0 if skip_lm >= LM_SKIP_MIN else bpm


def eighths_of_dotted_beat(feats: Features, act: np.ndarray, beats_s: np.ndarray, tempo: float) -> bool:
    """Whether the final beats, at ``tempo``, are the eighths of a slow compound metre: the same
    skip evidence as ``third_level``'s, read on the beats the tracker ends with. A slow 6/8 first
    tracked in quarters and then doubled by the fast-waltz check (W-D: its bass repeats at one
    and a half quarters, as a waltz's bar at half does) reaches the eighths after the first
    grid's check, and a first grid just under the threshold can end on beats over it."""
    from audio_sync import beats
    from audio_sync.level_model import skip_evidence

    if tempo / 3.0 < THIRD_MIN_BPM or beats_s.size < 12:
        return False
    skip_lm = skip_evidence(feats, act, beats_s, tempo, 1.0 / 3.0)[1]
    if skip_lm >= LM_SKIP_MIN:
        return True
    return (beats.DOTTED_BACKBEAT and skip_lm >= beats.DOTTED_BACKBEAT_LM_MIN
            and backbeat_on_dotted(feats, beats_s) >= beats.DOTTED_BACKBEAT_MIN)


def backbeat_on_dotted(feats: Features, beats_s: np.ndarray) -> float:
    """How clearly kick and snare alternate in anti-phase on every third beat (the level model's
    backbeat measure, on each of the three phases): a 12/8 ballad tracked in eighths has its
    kick on dotted quarters 1 and 3 and its snare on 2 and 4; a waltz's bars do not alternate."""
    from audio_sync.level_model import anti_phase, drum_sums

    return anti_phase(feats.frame_rate_hz, drum_sums(feats), (beats_s[phase::3] for phase in range(3)))


# S-H: the tracked tempo of the slow 6/8 and 12/8 airs read at twice their dotted quarter
# (dotted quarter 44-54, tracked at 88-108: a beat every three sixteenths), and the skip values
# at x1/2 there, over the 523 used renders and productions tracked at 85-112 BPM (session 37,
# record part 6): seven of the eight such airs read activation 0.43-1.14 and low+mid onsets
# 1.21-4.00; of the excerpts tracked right, those with activation above 0.3 read onsets at most
# 0.92 and those with onsets above 1.07 read activation at most 0.14. Each bound is the middle
# of its gap.
DOUBLED_DOTTED_BPM = (85.0, 112.0)
SKIP_ACT_HALF_MIN = 0.3
SKIP_LM_HALF_MIN = 1.07


def every_other_beat_empty(feats: Features, act: np.ndarray, beats_s: np.ndarray, tempo: float) -> bool:
    """Whether the beats, at ``tempo``, are twice a slow air's beat: every other one holds
    neither the learned activation nor onsets (the skip values at x1/2 of both over their
    bounds). Tracked between its eighths, a slow 6/8 at 46 lands half its beats on nothing."""
    from audio_sync.level_model import skip_evidence

    if not DOUBLED_DOTTED_BPM[0] <= tempo <= DOUBLED_DOTTED_BPM[1] or beats_s.size < 12:
        return False
    skip_act, skip_lm = skip_evidence(feats, act, beats_s, tempo, 0.5)
    return skip_act >= SKIP_ACT_HALF_MIN and skip_lm >= SKIP_LM_HALF_MIN
