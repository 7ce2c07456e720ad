"""The rule-based metrical level: double or halve the tracker's first tempo when the kick/snare
pattern (and the harmonic rhythm) says the DP took the wrong level (split from audio_sync.beats)."""

from __future__ import annotations

import numpy as np

from audio_sync import beats  # its switches are read at call time (tests flip them)
from audio_sync.beats import (
    MAX_BPM,
    MIN_BPM,
    _midpoints,
    _norm,
    even_odd_peaks,
    low_mid_onsets,
    peaks_at,
)
from audio_sync.features import Features

# Metrical level: a pulse "carries" a beat when its low and low+mid onsets reach CARRY_LEVEL of
# the median beat's; a level needs CARRY_SHARE of its pulses carried (on the synthetic corpus
# drum-less passages and dropped hits keep true beat levels >= 0.85, subdivisions are far lower).
# Halving needs MIN_HALVE_BEATS beats so that one missed hit in a few beats cannot halve.
CARRY_LEVEL = 0.3
CARRY_SHARE = 0.75
MIN_HALVE_BEATS = 7
# Cosine distance between the chroma of consecutive pulses that counts as a chord change.
HARMONY_CHANGE = 0.1

def _parity_ratio(env: np.ndarray, grid_s: np.ndarray, frame_rate_hz: float) -> float:
    """Weaker over stronger mean envelope of alternate pulses (1 = every pulse equally strong)."""
    if grid_s.size < 4:
        return 1.0
    a, b = even_odd_peaks(env, grid_s, frame_rate_hz)
    return min(a, b) / max(a, b) if max(a, b) > 1e-9 else 1.0


def _carried(envs: tuple[np.ndarray, ...], ref_s: np.ndarray, pulses_s: np.ndarray,
             fr: float) -> np.ndarray:
    """Which of ``pulses_s`` carry a beat: on every envelope of ``envs`` (low, low+mid) their
    onset reaches CARRY_LEVEL of the median ``ref_s`` pulse (kick, snare body, bass; not hats)."""
    out = np.ones(pulses_s.size, dtype=bool)
    for env in envs:
        ref = float(np.median(peaks_at(env, ref_s, fr))) if ref_s.size else 0.0
        out &= peaks_at(env, pulses_s, fr) >= CARRY_LEVEL * ref if ref > 1e-9 else False
    return out


def _carried_share(envs: tuple[np.ndarray, ...], ref_s: np.ndarray, pulses_s: np.ndarray,
                   fr: float) -> float:
    """A share, not a mean strength: on a short clip two loud syncopated hits must not make a
    whole level of pulses look like beats."""
    return float(np.mean(_carried(envs, ref_s, pulses_s, fr))) if pulses_s.size else 0.0


def choose_level(feats: Features, bpm: float, beats_s: np.ndarray, *,
                 act: np.ndarray | None = None) -> float:
    """Double or halve the tempo when the kick/snare pattern says the DP took the wrong level.

    A pulse level is the beat only if (nearly) every pulse of it carries low/mid onset energy
    (kick, snare body, bass): doubling needs the in-between pulses to be as strong on average
    *and* consistently present; halving happens when one of the two alternating pulse sets is
    much weaker on average, or is not consistently present while the other is (a subdivision:
    hats, syncopations)."""
    fr = feats.frame_rate_hz
    low, lm = _norm(feats.onset_low), low_mid_onsets(feats)
    envs = (low, lm)
    # Leading/trailing beats that carry nothing are the DP's guesses before the first and
    # after the last hit: no evidence for or against a level.
    ok = np.flatnonzero(_carried(envs, beats_s, beats_s, fr))
    beats_s = beats_s[ok[0]:ok[-1] + 1] if ok.size else beats_s
    if beats_s.size < 3:
        return bpm
    mids = _midpoints(beats_s)
    if 2 * bpm <= MAX_BPM:
        fast = np.sort(np.concatenate([beats_s, mids]))
        if (_parity_ratio(lm, fast, fr) >= 0.6 and _parity_ratio(low, fast, fr) >= 0.5
                and _carried_share(envs, beats_s, mids, fr) >= CARRY_SHARE
                and not harmony_on_beats_only(feats, beats_s)):
            return 2 * bpm
    if bpm / 2 >= MIN_BPM and beats_s.size >= MIN_HALVE_BEATS:
        carried = [_carried(envs, beats_s, beats_s[p::2], fr) for p in (0, 1)]  # both non-empty
        shares = [float(np.mean(c)) for c in carried]
        alternating = _parity_ratio(low, beats_s, fr) < 0.25 and _parity_ratio(lm, beats_s, fr) < 0.6
        if alternating and not (beats.ALTERNATING_NET_GUARD and net_beats(act, beats_s, fr)):
            return bpm / 2
        if min(shares) < CARRY_SHARE <= max(shares):
            weak = carried[int(np.argmin(shares))]
            if not (beats.PHRASE_GAP_GUARD and phrase_gap(weak) and net_beats(act, beats_s, fr)):
                return bpm / 2
    return bpm


def phrase_gap(carried: np.ndarray) -> bool:
    """Whether the pulses of the weaker alternate set that carry nothing all fall at one phase of
    every third (a 3/4 melody's held note at one place of each two-bar phrase: six beats, so one
    parity, which read as a subdivision halved a folk waltz), the other two phases carried."""
    if carried.size < 6:
        return False
    phases = [carried[k::3] for k in range(3)]
    gaps = [int((~p).sum()) for p in phases]
    worst = int(np.argmax(gaps))
    return (gaps[worst] >= 0.8 * sum(gaps) and float((~phases[worst]).mean()) >= 0.8
            and all(float(phases[k].mean()) >= CARRY_SHARE for k in range(3) if k != worst))


def net_beats(act: np.ndarray | None, beats_s: np.ndarray, fr: float) -> bool:
    """Whether the learned beat activation calls nearly every pulse a beat (>= 0.5 on
    CARRY_SHARE of them): a 3/4 melody's quarters, where a 6/8 tracked in eighths has it on one
    pulse in three (its dotted quarter) and a subdivision on one in two."""
    if act is None or beats_s.size == 0:
        return False
    return float(np.mean(peaks_at(act, beats_s, fr) >= 0.5)) >= CARRY_SHARE


def harmony_on_beats_only(feats: Features, beats_s: np.ndarray) -> bool:
    """True when the chords change on most beats but seldom half-way between them (a chorale
    or a piano piece with running eighths): the harmonic rhythm is the beat, and the eighths
    that carry onsets between the beats are a subdivision, not a faster beat."""
    from audio_sync.meter import _harmonic_novelty, beat_chroma

    if beats_s.size < 8:
        return False
    fast = np.sort(np.concatenate([beats_s, _midpoints(beats_s)]))
    nov = _harmonic_novelty(beat_chroma(feats, fast))
    changed = nov > HARMONY_CHANGE
    on, off = float(changed[0::2].mean()), float(changed[1::2].mean())
    return on >= 0.5 and off <= 0.6 * on
