"""A beat-pointer dynamic Bayesian network (Krebs, Böck and Widmer, ISMIR 2015: the state space
madmom's DBNBeatTrackingProcessor decodes) on our beat net's activation: the net's own evidence
for a tempo, with no level rules (benchmarks/dbn_level.py compares it with the tracker;
``dbn_level`` lets it move the tracker's tempo by 3/2 or 3/4).

Written here from the paper, not from madmom's code. A state is (beat interval tau, position p in
it); p advances one frame at a time; at the end of an interval the tempo may change, with
log-probability -lam * |tau'/tau - 1| (normalised over tau'); the first tau/obs_lam positions
observe the activation, the others (1 - act) / (obs_lam - 1).

Within an interval the path is deterministic, so the Viterbi path is a chain of segments (one per
beat) and its best score obeys a semi-Markov recursion over (segment start b, tau):
``V[b, tau] = S(b, tau) + max_tau' V[b - tau', tau'] + logT[tau', tau]``, with ``S`` from
cumulative sums of the two observation logs. Every predecessor starts at least the shortest
interval earlier, so a whole block of that many starts is computed at once: about T / tau_min
numpy steps instead of T, and the same path as the frame-by-frame Viterbi
(tests/audio_sync/test_beat_dbn.py holds that one and checks both on random activations).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

# madmom's documented defaults for its beat DBN (tempo range, transition and observation lambdas).
MIN_BPM = 55.0
MAX_BPM = 215.0
TRANSITION_LAMBDA = 100.0
OBSERVATION_LAMBDA = 16
# Our features run at 43 fps (hop 512 at 22.05 kHz), where one frame of interval is a 2-8 %
# tempo step; the activation is interpolated 4x so a steady tempo has an interval of its own
# (at 2x the path drifted off the beat between interval steps: real-modules F 0.729 -> 0.793 at 4x).
UPSAMPLE = 4
# A beat moves to the activation's maximum within this many (upsampled) frames: ~17 ms at 4x.
CORRECT_FRAMES = 3


@dataclass(frozen=True, slots=True)
class DbnBeats:
    beats_s: np.ndarray
    tempo_bpm: float   # 60 / median interval of the path's tempo states
    log_score: float   # the Viterbi path's log-probability


def tempo_states(frame_rate_hz: float, min_bpm: float, max_bpm: float) -> np.ndarray:
    """Every integer beat interval (frames) from max_bpm down to min_bpm."""
    lo = int(np.floor(60.0 * frame_rate_hz / max_bpm))
    hi = int(np.ceil(60.0 * frame_rate_hz / min_bpm))
    return np.arange(max(lo, 1), hi + 1)


def transition_log(taus: np.ndarray, lam: float) -> np.ndarray:
    """log P(tau' | tau) at an interval's end (rows: from, columns: to)."""
    log_t = -lam * np.abs(taus[None, :] / taus[:, None] - 1.0)
    return log_t - np.logaddexp.reduce(log_t, axis=1, keepdims=True)


def observation_logs(act: np.ndarray, obs_lam: int) -> tuple[np.ndarray, np.ndarray]:
    """log P(frame | beat state), log P(frame | other state)."""
    a = np.clip(np.asarray(act, dtype=np.float64), 1e-6, 1.0 - 1e-6)
    return np.log(a), np.log((1.0 - a) / (obs_lam - 1))


def decode(act: np.ndarray, frame_rate_hz: float, *, min_bpm: float = MIN_BPM, max_bpm: float = MAX_BPM,
           lam: float = TRANSITION_LAMBDA, obs_lam: int = OBSERVATION_LAMBDA, upsample: int = UPSAMPLE,
           correct: int = CORRECT_FRAMES) -> DbnBeats:
    """The Viterbi beats of ``act`` (per-frame beat probability at ``frame_rate_hz``)."""
    act = np.asarray(act, dtype=np.float64)
    if upsample > 1:
        act = np.interp(np.arange(act.size * upsample) / upsample, np.arange(act.size), act)
        frame_rate_hz *= upsample
    taus = tempo_states(frame_rate_hz, min_bpm, max_bpm)
    if act.size < 2 * taus[-1]:
        return DbnBeats(np.zeros(0), 0.0, float("nan"))
    starts, states, log_score = _segments(act, taus, transition_log(taus, lam), obs_lam)
    beats = starts[(starts >= 0) & (starts < act.size)]
    if correct:
        beats = np.array([max(0, b - correct) + int(np.argmax(act[max(0, b - correct):b + correct + 1]))
                          for b in beats], dtype=np.int64)
    return DbnBeats(beats / frame_rate_hz, 60.0 * frame_rate_hz / float(np.median(taus[states])), log_score)


def _segments(act: np.ndarray, taus: np.ndarray, log_t: np.ndarray, obs_lam: int
              ) -> tuple[np.ndarray, np.ndarray, float]:
    """(segment starts in frames, their tempo-state indices, path log-score) of the Viterbi path.

    Frames before 0 and after the end are neutral (log 1 for every state): the path may begin and
    end part-way through an interval, as the frame-by-frame Viterbi with a uniform start does."""
    best, back, pad = _segment_table(act, taus, log_t, obs_lam, np.full(taus.size, -np.log(taus.size)))
    return _backtrack(best, back, taus, pad, act.size, np.arange(taus.size))


def _segment_table(act: np.ndarray, taus: np.ndarray, log_t: np.ndarray, obs_lam: int, start_log: np.ndarray
                   ) -> tuple[np.ndarray, np.ndarray, int]:
    """The semi-Markov recursion's table of best scores and back-pointers, and its padding."""
    n_frames, n = act.size, taus.size
    pad = int(taus.max())
    log_beat, log_other = observation_logs(act, obs_lam)
    cum_beat = np.concatenate([[0.0], np.cumsum(np.concatenate([np.zeros(pad), log_beat, np.zeros(pad)]))])
    cum_other = np.concatenate([[0.0], np.cumsum(np.concatenate([np.zeros(pad), log_other, np.zeros(pad)]))])
    beat_len = np.ceil(taus / obs_lam).astype(np.int64)  # positions p < tau / obs_lam
    n_starts = n_frames + pad  # a segment starts at or before the last real frame
    best = np.full((n_starts, n), -np.inf)
    back = np.full((n_starts, n), -1, dtype=np.int32)
    cols = np.arange(n)
    step = int(taus.min())
    for b0 in range(0, n_starts, step):
        b = np.arange(b0, min(n_starts, b0 + step))[:, None]
        seg = (cum_beat[b + beat_len] - cum_beat[b]) + (cum_other[b + taus] - cum_other[b + beat_len])
        prev = b - taus[None, :]
        came = np.where(prev >= 0, best[np.clip(prev, 0, None), cols[None, :]], -np.inf)
        cand = came[:, :, None] + log_t[None, :, :]
        arg = np.argmax(cand, axis=1)
        top = np.take_along_axis(cand, arg[:, None, :], axis=1)[:, 0, :]
        first = (b <= pad) & (start_log > top)  # the path's first segment covers frame 0
        best[b[:, 0]] = seg + np.where(first, start_log, top)
        back[b[:, 0]] = np.where(first, -1, arg)
    return best, back, pad


def _backtrack(best: np.ndarray, back: np.ndarray, taus: np.ndarray, pad: int, n_frames: int, cols: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray, float]:
    """(segment starts, tempo-state indices, log-score) of the best path ending in one of ``cols``."""
    last = pad + n_frames - 1
    rows = np.arange(best.shape[0])[:, None]
    covers = (rows <= last) & (rows + taus[None, cols] > last)
    final = np.where(covers, best[:, cols], -np.inf)
    b, j = (int(v) for v in np.unravel_index(int(np.argmax(final)), final.shape))
    k = int(cols[j])
    log_score = float(final[b, j])
    starts, states = [], []
    while True:
        starts.append(b)
        states.append(k)
        prev_k = int(back[b, k])
        if prev_k < 0:
            break
        b, k = b - int(taus[prev_k]), prev_k
    return np.array(starts[::-1], dtype=np.int64) - pad, np.array(states[::-1], dtype=np.int64), log_score


# DBN_THREE_HALVES (audio_sync.beats): the tracker's tempo is replaced by 3/2 of it where the DBN
# restricted to a band around 3/2 explains the activation better than one around the tempo, and
# its beats there sit on stronger activation than the tracker's by more than this (mean of the raw
# activation's maximum within a frame of each beat). On the development material (real-modules,
# the used renders; full-range DBN) every 6/8 or 9/8 tune the tracker had right at its dotted
# quarter and the DBN heard at 3/2 stayed at or below 0.100; 5 of the DBN's 8 right x3/2 readings
# were above it.
THREE_HALVES_MARGIN = 0.105
BAND = 1.12  # each band spans tempo / BAND .. tempo * BAND
BAND_UPSAMPLE = 2


def activation_on(act: np.ndarray, frame_rate_hz: float, times_s: np.ndarray) -> float:
    """Mean over ``times_s`` of the activation's maximum within one frame of each."""
    idx = np.round(np.asarray(times_s) * frame_rate_hz).astype(np.int64)
    idx = idx[(idx >= 1) & (idx < act.size - 1)]
    if idx.size == 0:
        return 0.0
    return float(np.mean(np.maximum(np.maximum(act[idx - 1], act[idx]), act[idx + 1])))


def band_decodes(act: np.ndarray, frame_rate_hz: float, tempi_bpm: tuple[float, ...], *, band: float = BAND,
                 upsample: int = BAND_UPSAMPLE, lam: float = TRANSITION_LAMBDA, obs_lam: int = OBSERVATION_LAMBDA,
                 correct: int = CORRECT_FRAMES) -> list[DbnBeats]:
    """``decode`` within tempo / band .. tempo * band for each of ``tempi_bpm``, in one pass: the
    bands' states side by side with no transition between bands, each with its own uniform start
    and transition normalisation, so each result equals its own ``decode`` (the blocked recursion
    costs per block, not per state, and the bands share the blocks)."""
    act = np.asarray(act, dtype=np.float64)
    if upsample > 1:
        act = np.interp(np.arange(act.size * upsample) / upsample, np.arange(act.size), act)
        frame_rate_hz *= upsample
    groups = [tempo_states(frame_rate_hz, t / band, t * band) for t in tempi_bpm]
    taus = np.concatenate(groups)
    if act.size < 2 * int(taus.max()):
        return [DbnBeats(np.zeros(0), 0.0, float("nan")) for _ in groups]
    log_t = np.full((taus.size, taus.size), -np.inf)
    start_log = np.empty(taus.size)
    edges = np.concatenate([[0], np.cumsum([g.size for g in groups])])
    for g, lo, hi in zip(groups, edges[:-1], edges[1:], strict=True):
        log_t[lo:hi, lo:hi] = transition_log(g, lam)
        start_log[lo:hi] = -np.log(g.size)
    best, back, pad = _segment_table(act, taus, log_t, obs_lam, start_log)
    out = []
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        starts, states, log_score = _backtrack(best, back, taus, pad, act.size, np.arange(lo, hi))
        beats = starts[(starts >= 0) & (starts < act.size)]
        if correct:
            beats = np.array([max(0, b - correct) + int(np.argmax(act[max(0, b - correct):b + correct + 1]))
                              for b in beats], dtype=np.int64)
        out.append(DbnBeats(beats / frame_rate_hz, 60.0 * frame_rate_hz / float(np.median(taus[states])), log_score))
    return out


# DBN_EVEN_LEVEL (audio_sync.beats): the tracker's tempo is replaced by 3/2 or 3/4 of it where the
# DBN within a band there explains the activation better than within the band at the tempo (by more
# than EVEN_SCORE_GAIN per 100 frames of the net) and its beats are more even than the tracker's
# (EVEN_GAIN). A grid at a wrong level in a 2:3 or 3:4 relation alternates beats on and between the
# song's pulses; at the right level every beat carries the net alike. Thresholds read off the used
# sets (record 2026-12-03-s27, part 1): 4/4 modules counted in three sixteenths (x3/2) and reels
# counted at 4/3 of their half note (x3/4) separate from the tunes the tracker has right.
EVEN_RATIOS = (1.5, 0.75)
EVEN_SCORE_GAIN = 1.0
EVEN_GAIN = 0.08
# The level is read on at most this much of the song, its middle: the evidence of a minute is
# enough, and the decode's cost grows with the length.
LEVEL_WINDOW_S = 60.0


def evenness(act: np.ndarray, frame_rate_hz: float, times_s: np.ndarray) -> float:
    """Mean activation on the weaker half of the beats over that on the stronger half (each beat the
    activation's maximum within a frame): 1 where every beat carries the net alike; nan under 6 beats."""
    idx = np.round(np.asarray(times_s) * frame_rate_hz).astype(np.int64)
    idx = idx[(idx >= 1) & (idx < act.size - 1)]
    if idx.size < 6:
        return float("nan")
    peaks = np.sort(np.maximum(np.maximum(act[idx - 1], act[idx]), act[idx + 1]))
    half = peaks.size // 2
    return float(peaks[:half].mean() / max(float(peaks[half:].mean()), 1e-9))


def level_window(act: np.ndarray, frame_rate_hz: float, beats_s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The middle LEVEL_WINDOW_S of the activation and the beats within it, in its own time."""
    act = np.asarray(act, dtype=np.float64)
    window = int(round(LEVEL_WINDOW_S * frame_rate_hz))
    first = max(0, (act.size - window) // 2)
    part = act[first:first + window]
    offset_s = first / frame_rate_hz
    return part, beats_s[(beats_s >= offset_s) & (beats_s < offset_s + part.size / frame_rate_hz)] - offset_s


def dbn_level(act: np.ndarray, frame_rate_hz: float, beats_s: np.ndarray, tempo_bpm: float, *,
              min_bpm: float, max_bpm: float, three_halves: bool = True, even: bool = True) -> float:
    """By how much the tracker's tempo should move (1.0: not at all), read by the DBN on the middle
    LEVEL_WINDOW_S of the song: ``three_halves`` (DBN_THREE_HALVES) moves to 3/2 where the DBN's
    beats there sit on clearly stronger activation; ``even`` (DBN_EVEN_LEVEL) moves by 3/2 or 3/4
    where they are more even. Both read one pass over the bands (``band_decodes``)."""
    if tempo_bpm <= 0 or beats_s.size < 4 or not (three_halves or even):
        return 1.0
    ratios = [r for r in (EVEN_RATIOS if even else (1.5,))
              if min_bpm <= r * tempo_bpm / BAND and r * tempo_bpm * BAND <= max_bpm]
    if not ratios:
        return 1.0
    part, own_beats = level_window(act, frame_rate_hz, beats_s)
    own, *others = band_decodes(part, frame_rate_hz, (tempo_bpm, *(r * tempo_bpm for r in ratios)))
    found = dict(zip(ratios, others, strict=True))
    if even:
        own_even = evenness(part, frame_rate_hz, own_beats)
        qualified = [r for r in ratios if np.isfinite(own_even)
                     and (found[r].log_score - own.log_score) / part.size * 100.0 > EVEN_SCORE_GAIN
                     and evenness(part, frame_rate_hz, found[r].beats_s) - own_even > EVEN_GAIN]
        if qualified:
            return min(qualified, key=lambda r: abs(np.log2(r * tempo_bpm / 120.0)))
    fast = found.get(1.5)
    if three_halves and fast is not None and fast.beats_s.size >= 4 and own_beats.size >= 4:
        gain = activation_on(part, frame_rate_hz, fast.beats_s) - activation_on(part, frame_rate_hz, own_beats)
        if gain > THREE_HALVES_MARGIN and fast.log_score > own.log_score:
            return 1.5
    return 1.0
