"""The creator's tempo hint and the other plausible reading of the tempo.

Much of what is left of the tempo-level misses is notation, not audio: a reel in 2/2 is
annotated at the half note and a hornpipe in 2/4 at the quarter, from the same kind of audio
(docs/beat-accuracy/2026-11-30-s6-level-study.md). No rule decides that, the creator can: a
hint ("the tempo you hear") picks the metrical level nearest to it among the levels the
tracker considers; the beats are then tracked at that level as usual (tempo curve included),
so a rough, tapped hint is enough. Without a hint the analysis reports the level it weighed
second and third, so the creator knows which hint to type (benchmarks/tempo_choice.py measures
how often one of them is the annotated tempo).
"""

from __future__ import annotations

import math

import numpy as np

# The creator's hint: 0 = auto, else within these bounds (BPM).
HINT_MIN_BPM = 30.0
HINT_MAX_BPM = 300.0
# The levels considered around the tracker's own estimate: half, 2:3 (a compound metre's dotted
# quarter read as a quarter), itself, 3:2, double.
LEVEL_RATIOS = (0.5, 2.0 / 3.0, 1.0, 1.5, 2.0)
# The other readings offered: every metrical level the tracker itself weighs (beats.LEVEL_RATIOS).
# With only the half, 2:3, 3:2 and double, a reel read at three eighths (x4/3) or a slow 6/8 read
# in eighths (x3) was never offered its own tempo.
ALT_RATIOS = (1.0 / 3.0, 0.5, 2.0 / 3.0, 0.75, 4.0 / 3.0, 1.5, 2.0, 3.0)
# How many other readings are offered, the strongest first.
N_ALTERNATIVES = 2
# A hint farther than this from every level is taken as the level itself (e.g. a tempo the
# tracker did not find at all); within it, the tracker's level wins (its tempo is measured).
HINT_TOLERANCE = 0.08
# A hinted level's tempo curve must keep its median within this span of the level.
CURVE_SPAN = (0.87, 1.15)
# Downbeats: beats per bar a creator may fix (0 = auto).
MIN_BEATS_PER_BAR = 2
MAX_BEATS_PER_BAR = 12
MAX_BAR_SHIFT = MAX_BEATS_PER_BAR - 1  # beats; taken modulo the bar's length


def check_hint(bpm_hint: float, beats_per_bar: int) -> str:
    """Why the options are unusable ("" when fine): the text names the option."""
    if not math.isfinite(bpm_hint) or (bpm_hint != 0 and not HINT_MIN_BPM <= bpm_hint <= HINT_MAX_BPM):
        return (f"bpm_hint {bpm_hint:g} is outside {HINT_MIN_BPM:g}..{HINT_MAX_BPM:g} BPM "
                "(0 = find the tempo automatically)")
    if beats_per_bar != 0 and not MIN_BEATS_PER_BAR <= beats_per_bar <= MAX_BEATS_PER_BAR:
        return (f"beats_per_bar {beats_per_bar} is outside {MIN_BEATS_PER_BAR}.."
                f"{MAX_BEATS_PER_BAR} (0 = find the metre automatically)")
    return ""


def check_bar_shift(bar_shift: int) -> str:
    """The problem with a bar shift, or "" (0..MAX_BAR_SHIFT beats; 0 = as found)."""
    if isinstance(bar_shift, bool) or not isinstance(bar_shift, int) or not 0 <= bar_shift <= MAX_BAR_SHIFT:
        return f"bar_shift {bar_shift!r} is outside 0..{MAX_BAR_SHIFT} (beats; 0 = bars as found)"
    return ""


def check_beat_shift(beat_shift: float, shift_half_beat: bool = False) -> str:
    """The problem with a beat shift, or "" (a fraction of a beat, 0 <= x < 1; 0 = as found; not
    with ``shift_half_beat``, which is the shift of a half)."""
    if isinstance(beat_shift, bool) or not isinstance(beat_shift, (int, float)) \
            or not math.isfinite(beat_shift) or not 0.0 <= beat_shift < 1.0:
        return f"beat_shift {beat_shift!r} is outside 0..1 (a fraction of a beat; 0 = beats as found)"
    if beat_shift and shift_half_beat:
        return "beat_shift and shift_half_beat are both set: use one (shift_half_beat is beat_shift 0.5)"
    return ""


def hinted_level(bpm: float, bpm_hint: float) -> float:
    """The level of ``bpm`` nearest to ``bpm_hint`` (log distance), or the hint itself when no
    level is within HINT_TOLERANCE of it."""
    levels = [bpm * r for r in LEVEL_RATIOS]
    best = min(levels, key=lambda lv: abs(math.log(lv / bpm_hint)))
    return best if abs(best / bpm_hint - 1.0) <= HINT_TOLERANCE else float(bpm_hint)


def keep_level(curve: float | np.ndarray, bpm: float) -> float | np.ndarray:
    """The tempo curve, or the hinted level's steady tempo when the curve mostly sits at
    another level: the windowed tempo may wander up to +45 % (a jig hinted at 86 BPM went back
    to the 118 of its quarters). Real tempo changes around the hinted level are kept."""
    if isinstance(curve, float):
        return curve
    mid = float(np.median(curve))
    return curve if CURVE_SPAN[0] <= mid / bpm <= CURVE_SPAN[1] else bpm


def level_scores(env: np.ndarray, frame_rate_hz: float, bpm: float,
                 ratios: tuple[float, ...] = (1.0, *ALT_RATIOS)) -> list[tuple[float, float]]:
    """(tempo, salience) of each level ``bpm * ratio`` inside the hint range: the onset
    envelope's autocorrelation on a comb of four periods, weighted by the tracker's own tempo
    prior (beats.tempo_prior)."""
    from audio_sync.beats import tempo_prior
    from audio_sync.tempo_curve import autocorr, comb_mean

    tempi = [bpm * r for r in ratios if HINT_MIN_BPM <= bpm * r <= HINT_MAX_BPM]
    if env.size < 4 or bpm <= 0 or not tempi:
        return []
    combs = comb_mean(autocorr(env), 60.0 * frame_rate_hz / np.asarray(tempi))
    return [(tempo, max(0.0, float(comb)) * float(tempo_prior(tempo)))
            for tempo, comb in zip(tempi, combs, strict=True)]


def alternatives(scores: list[tuple[float, float]], bpm: float, *,
                 n: int = N_ALTERNATIVES) -> list[tuple[float, float]]:
    """(tempo, score) of the ``n`` strongest levels other than ``bpm``, strongest first; a
    score is the level's salience over the strongest level's (1 = the strongest, which the
    level rules or a hint may overrule). Empty when there is none."""
    top = max((s for _t, s in scores), default=0.0)
    if bpm <= 0 or top <= 0:
        return []
    others = sorted(((t, s) for t, s in scores if abs(t / bpm - 1.0) >= 1e-6 and s > 0),
                    key=lambda ts: -ts[1])
    return [(float(t), float(s / top)) for t, s in others[:n]]
