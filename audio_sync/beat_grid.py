"""Placing a tracked beat grid: sub-frame peaks, even re-spacing of onset-less runs, the
grid continued to the song's audible edges, and the final clean-up (split out of
audio_sync.beats)."""

from __future__ import annotations

import numpy as np

from audio_sync.features import Features


def refine(env: np.ndarray, beats_s: np.ndarray, fr: float) -> np.ndarray:
    """Sub-frame beat times: parabolic peak of the envelope within +-1 frame of each beat."""
    out = beats_s.copy()
    floor = 0.25 * float(np.percentile(env, 99)) if env.size else 0.0
    for k, t in enumerate(beats_s):
        i = int(round(t * fr))
        lo, hi = max(1, i - 1), min(env.size - 2, i + 1)
        if lo > hi:
            continue
        j = lo + int(np.argmax(env[lo:hi + 1]))
        a, b, c = env[j - 1], env[j], env[j + 1]
        if b < floor or b < a or b < c:
            continue
        den = a - 2 * b + c
        delta = 0.5 * (a - c) / den if den < 0 else 0.0
        out[k] = (j + float(np.clip(delta, -0.5, 0.5))) / fr
    return out


def trim_edges(beats_s: np.ndarray, *, tolerance: float = 0.12) -> np.ndarray:
    """Drop edge beats whose interval breaks the local period (DP end effects)."""

    def breaks(interval: float, neighbours: np.ndarray) -> bool:
        period = float(np.median(np.diff(neighbours)))
        return abs(interval - period) > tolerance * period

    b = beats_s
    while b.size > 10 and breaks(b[-1] - b[-2], b[-9:-1]):
        b = b[:-1]
    while b.size > 10 and breaks(b[1] - b[0], b[1:9]):
        b = b[1:]
    return b


def regrid_weak(beats_s: np.ndarray, conf: np.ndarray, *, weak: float = 0.2) -> np.ndarray:
    """Re-space runs of onset-less beats (drum-less intros, breakdowns, codas) evenly between
    the confident beats around them, so quiet passages keep the song's own period instead of
    whatever the DP settled on. Leading/trailing weak runs are dropped; ``extend`` regrows them.
    """
    strong = np.flatnonzero(conf >= weak)
    if strong.size < 6:
        return beats_s
    out: list[float] = []
    for a, b in zip(strong[:-1], strong[1:], strict=True):
        out.append(float(beats_s[a]))
        if b - a > 1:
            local = np.diff(beats_s[max(0, a - 4):a + 1]).tolist() + np.diff(beats_s[b:b + 5]).tolist()
            period = float(np.median(local)) if local else (beats_s[b] - beats_s[a]) / (b - a)
            n = max(1, int(round((beats_s[b] - beats_s[a]) / period)))
            out.extend(np.linspace(beats_s[a], beats_s[b], n + 1)[1:-1].tolist())
    out.append(float(beats_s[strong[-1]]))
    return np.asarray(out)


def extend(beats_s: np.ndarray, feats: Features, *, max_bpm: float) -> np.ndarray:
    """Continue the beat grid to the song's edges where there is sound (intros, codas)."""
    beats_s = trim_edges(beats_s)
    if beats_s.size < 2:
        return beats_s
    fr = feats.frame_rate_hz
    loud = feats.rms > 0.02 * float(np.median(feats.rms[feats.rms > 0]) if feats.rms.any() else 0)
    # A beat is audible if sound is present from just before it to 150 ms after (attacks).
    from audio_sync.dsp import max_filter1d

    span = max(1, int(0.2 * fr))
    audible = max_filter1d(loud.astype(np.uint8), span, origin=-(span // 2) + 1) > 0
    first_p = float(np.median(np.diff(beats_s[:5])))
    last_p = float(np.median(np.diff(beats_s[-5:])))
    if min(first_p, last_p) < 60.0 / (2 * max_bpm):
        return beats_s
    head: list[float] = []
    t = beats_s[0] - first_p
    while t >= -0.035 and audible[min(feats.n_frames - 1, max(0, int(round(t * fr))))]:
        head.append(max(t, 0.0))
        t -= first_p
    tail: list[float] = []
    t = beats_s[-1] + last_p
    while t < feats.duration_s and audible[min(feats.n_frames - 1, int(round(t * fr)))]:
        tail.append(t)
        t += last_p
    return np.concatenate([head[::-1], beats_s, tail])


def clean(beats_s: np.ndarray, duration_s: float, *, lead_s: float) -> np.ndarray:
    """Beat times shifted by the detector's lead, inside the song, at least 50 ms apart."""
    b = np.clip(beats_s + lead_s, 0.0, None)
    b = b[b < duration_s]
    if b.size:
        keep = np.concatenate([[True], np.diff(b) > 0.05])
        b = b[keep]
    return b
