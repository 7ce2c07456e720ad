"""A learned vote on the metrical level: should the tracker's tempo be doubled or halved?

The rule in ``metrical_level.choose_level`` doubles or halves only on kick/snare evidence; it cannot
hear that a song's beat activation (the learned net, trained on annotated beats) fires as
strongly half-way between its beats as on them, nor the cues of a slow, chord-paced level. Here
the tracker's level (x1) and each alternative (x2, x1/2) get the same small set of features --
how strongly the learned activation, the band onsets and the chord changes fall on the level's
pulses rather than half-way between them, how evenly its pulses alternate, its onsets per pulse
and its tempo -- and one logistic model per alternative (trained by
``benchmarks/train_level_vote.py`` on the real-train and real-train2 renders and generator
songs, never an evaluation set; weights, and which features each model reads, in
``_level_weights.py``) says whether the alternative is the annotated beat. The tracker switches
only when that vote is confident; otherwise its own level stands.
"""

from __future__ import annotations

import numpy as np

from audio_sync.beats import MAX_BPM, MIN_BPM, _midpoints, _norm, low_mid_onsets
from audio_sync.features import Features

CANDIDATES = (1.0, 2.0, 0.5)
PHASES = 6  # phase offsets tried per candidate, in sixths of its period
FEATURES = ("act_level", "act_contrast", "lm_level", "lm_contrast", "high_level",
            "high_contrast", "full_level", "full_contrast", "act_parity", "lm_parity",
            "harmony", "act_acf", "log2_bpm", "log2_bpm_sq", "onsets_per_pulse_sq")
N_FEATURES = len(FEATURES)
EPS = 1e-3


def pulse_grid(beats_s: np.ndarray, period: float, phase: float) -> np.ndarray:
    """Times of pulses every ``period`` beats from beat index ``phase`` along the beat grid
    (interpolating between beats, so the grid follows the tracked tempo)."""
    n = beats_s.size
    u = np.arange(phase, n - 1 + 1e-9, period)
    return np.interp(u, np.arange(n), beats_s)


class _Env:
    """An envelope with its 3-frame running maximum computed once (``beats.peaks_at`` with
    radius 1 recomputes it on every call: 60 calls per vote)."""

    def __init__(self, env: np.ndarray) -> None:
        from audio_sync.dsp import max_filter1d

        self.mean = float(env.mean())
        padded = np.concatenate([[-np.inf], np.asarray(env, dtype=np.float64), [-np.inf]])
        peak = max_filter1d(padded, 3, cval=-np.inf)
        self.peak = np.where(np.isfinite(peak), peak, 0.0)


def _at(env: _Env, times_s: np.ndarray, fr: float) -> np.ndarray:
    """The envelope's maximum within +-1 frame of each time, 0 outside (as ``beats.peaks_at``)."""
    idx = np.round(np.asarray(times_s, dtype=np.float64) * fr).astype(np.int64) + 1
    inside = (idx >= 0) & (idx < env.peak.size)
    return np.where(inside, env.peak[np.clip(idx, 0, env.peak.size - 1)], 0.0)


def _on_off(env: _Env, pulses: np.ndarray, fr: float) -> tuple[float, float]:
    """Log of the envelope's mean on the pulses over its song mean, and over the midpoints."""
    on = float(_at(env, pulses, fr).mean())
    off = float(_at(env, _midpoints(pulses), fr).mean())
    return float(np.log((on + EPS) / (env.mean + EPS))), float(np.log((on + EPS) / (off + EPS)))


def _parity(env: _Env, pulses: np.ndarray, fr: float) -> float:
    """Weaker over stronger mean of alternate pulses: low when every other pulse is a beat."""
    vals = _at(env, pulses, fr)
    a, b = float(vals[0::2].mean()), float(vals[1::2].mean())
    return min(a, b) / max(a, b) if max(a, b) > 1e-9 else 1.0


def _span_chroma(cum: np.ndarray, fr: float, duration_s: float, times_s: np.ndarray) -> np.ndarray:
    """``meter.beat_chroma`` from the chroma's cumulative sum (one product, not a loop)."""
    n = cum.shape[1] - 1
    edges = np.clip(np.round(np.append(times_s, duration_s) * fr).astype(np.int64), 0, n)
    lo = edges[:-1]
    hi = np.minimum(np.maximum(lo + 1, edges[1:]), n)
    inside = lo < n
    lo_c, hi_c = np.minimum(lo, n - 1), np.maximum(hi, np.minimum(lo, n - 1) + 1)
    mean = (cum[:, hi_c] - cum[:, lo_c]) / (hi_c - lo_c)
    return np.where(inside[:, None], mean.T, 0.0)


def _harmony(cum: np.ndarray, feats: Features, pulses: np.ndarray) -> float:
    """Chord-change rate on the pulses minus half-way between them."""
    from audio_sync.meter import _harmonic_novelty

    fast = np.sort(np.concatenate([pulses, _midpoints(pulses)]))
    nov = _harmonic_novelty(_span_chroma(cum, feats.frame_rate_hz, feats.duration_s, fast))
    return float(nov[0::2].mean() - nov[1::2].mean())


def _acf_at(acf: np.ndarray, lag: float) -> float:
    return float(np.interp(lag, np.arange(acf.size), acf)) if lag < acf.size - 1 else 0.0


def _envelopes(feats: Features, act: np.ndarray) -> tuple[_Env, ...]:

    lm = low_mid_onsets(feats)
    return tuple(_Env(e) for e in (act, lm, _norm(feats.onset_high), _norm(feats.onset_full)))


def _best_pulses(beats_s: np.ndarray, period: float, act: _Env, lm: _Env,
                 fr: float) -> np.ndarray:
    """The candidate's pulses at the phase where activation and onsets are strongest."""
    best, best_score = beats_s[:0], -np.inf
    for j in range(PHASES):
        p = pulse_grid(beats_s, period, j * period / PHASES)
        if p.size < 3:
            continue
        score = float(_at(act, p, fr).mean() / (act.mean + EPS) + _at(lm, p, fr).mean() / (lm.mean + EPS))
        if score > best_score:
            best, best_score = p, score
    return best


def candidate_features(feats: Features, act: np.ndarray, beats_s: np.ndarray,
                       bpm: float, *, ratio: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """(len(CANDIDATES), N_FEATURES) features and a validity mask; ``beats_s`` is a beat grid
    at ``bpm / ratio`` and the candidates are multiples of ``bpm``."""
    from audio_sync.dsp import onset_times
    from audio_sync.tempo_curve import autocorr

    fr = feats.frame_rate_hz
    envs = _envelopes(feats, act)
    acf = autocorr(act.astype(np.float64))
    cum = np.concatenate([np.zeros((feats.chroma.shape[0], 1)),
                          np.cumsum(feats.chroma, axis=1, dtype=np.float64)], axis=1)
    n_onsets = onset_times(feats.onset_full, sr=feats.sr, hop=feats.hop).size
    out = np.zeros((len(CANDIDATES), N_FEATURES))
    ok = np.zeros(len(CANDIDATES), dtype=bool)
    for i, c in enumerate(CANDIDATES):
        bpm_c = bpm * c
        if not 0.95 * MIN_BPM <= bpm_c <= 1.05 * MAX_BPM:
            continue
        pulses = _best_pulses(beats_s, 1.0 / (ratio * c), envs[0], envs[1], fr)
        if pulses.size < 4:
            continue
        ok[i] = True
        row: list[float] = []
        for env in envs:
            row.extend(_on_off(env, pulses, fr))
        per_pulse = np.log2((n_onsets + 1.0) / (feats.duration_s * bpm_c / 60.0 + 1.0))
        row += [_parity(envs[0], pulses, fr), _parity(envs[1], pulses, fr), _harmony(cum, feats, pulses),
                _acf_at(acf, 60.0 * fr / bpm_c), float(np.log2(bpm_c / 120.0)),
                float(np.log2(bpm_c / 120.0) ** 2),
                float(per_pulse ** 2)]
        out[i] = row
    return out, ok


def vote(feats: Features, act: np.ndarray, beats_s: np.ndarray, bpm: float, *,
         ratio: float = 1.0) -> float:
    """``bpm`` doubled or halved when that alternative's model is confident, else ``bpm``."""
    from audio_sync._level_weights import MODELS

    if beats_s.size < 8:
        return bpm
    x, ok = candidate_features(feats, act, beats_s, bpm, ratio=ratio)
    best, best_p = bpm, 0.0
    for model in MODELS:
        k = CANDIDATES.index(float(model["candidate"]))
        if not (ok[0] and ok[k]):
            continue
        p = probability(model, x[0], x[k])
        if p >= float(model["threshold"]) and p > best_p:
            best, best_p = bpm * CANDIDATES[k], p
    return best


def model_input(model: dict[str, object], x1: np.ndarray, alt: np.ndarray) -> np.ndarray:
    """The model's features: the named features of the tracker's level, then of the alternative."""
    def pick(row: np.ndarray, names: object) -> np.ndarray:
        return row[[FEATURES.index(str(n)) for n in names]]  # type: ignore[attr-defined]

    return np.concatenate([pick(x1, model["x1"]), pick(alt, model["alt"])])


def probability(model: dict[str, object], x1: np.ndarray, alt: np.ndarray) -> float:
    """Logistic probability that the alternative level is the beat."""
    z = (model_input(model, x1, alt) - np.asarray(model["mean"])) / np.asarray(model["scale"])
    s = float(z @ np.asarray(model["weights"]) + float(model["bias"]))  # type: ignore[arg-type]
    return float(1.0 / (1.0 + np.exp(-np.clip(s, -30.0, 30.0))))
