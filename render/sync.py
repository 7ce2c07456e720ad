"""Verify a finished file: where does the picture change, where are the audio transients,
and how far is each planned cut from where it actually landed.

Used by tests and by the lead's end-to-end check. A hard cut is a frame whose difference to
the previous frame is both large in absolute terms and far above the local motion level, so
the slow zoom of a Ken Burns clip (many small, similar differences) is not a cut.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np

from render.errors import MediaProbeError
from render.probe import probe_media

PROBE_SIZE = (64, 36)


@dataclass(frozen=True, slots=True)
class SyncReport:
    """Planned vs detected cuts (frame indices) and audio facts of one file."""

    fps: Fraction
    video_frames: int
    video_duration_s: float
    audio_duration_s: float
    audio_start_s: float
    planned_cuts: tuple[int, ...]
    detected_cuts: tuple[int, ...]
    cut_offsets_frames: tuple[int | None, ...]  # detected - planned (None: not found)
    transients_s: tuple[float, ...]
    cut_to_transient_s: tuple[float | None, ...]  # detected cut time - nearest transient

    @property
    def all_on_frame(self) -> bool:
        return all(o == 0 for o in self.cut_offsets_frames)

    @property
    def max_abs_offset_frames(self) -> int | None:
        offs = [abs(o) for o in self.cut_offsets_frames if o is not None]
        if len(offs) != len(self.cut_offsets_frames):
            return None
        return max(offs, default=0)

    @property
    def av_duration_gap_s(self) -> float:
        return abs(self.video_duration_s - self.audio_duration_s)


def frame_differences(path: str | Path) -> tuple[np.ndarray, Fraction]:
    """Mean absolute luma difference of each frame to the previous one (0 for frame 0),
    on a 64x36 thumbnail, plus the stream's frame rate."""
    import av

    probe_media(path)  # a truncated file must not crash us in-process
    from render.frames import Fitter

    thumb = Fitter(fit="stretch", width=PROBE_SIZE[0], height=PROBE_SIZE[1])  # one sws context
    n_luma = PROBE_SIZE[0] * PROBE_SIZE[1]
    diffs: list[float] = []
    prev: np.ndarray | None = None
    with av.open(str(path)) as c:
        s = c.streams.video[0]
        s.thread_type = "AUTO"
        fps = Fraction(s.average_rate or s.guessed_rate or 30)
        for f in c.decode(s):
            small = thumb(f).to_ndarray(format="yuv420p")
            cur = small.reshape(-1)[:n_luma].astype(np.int16)
            diffs.append(0.0 if prev is None else float(np.abs(cur - prev).mean()))
            prev = cur
    return np.asarray(diffs), fps


def detect_cuts(path: str | Path, *, threshold: float = 3.0, ratio: float = 4.0,
                window: int = 6) -> list[int]:
    """Frame indices where the picture changes abruptly (the first frame of each new shot).

    A frame is a cut when its difference exceeds ``threshold`` (0..255 luma levels) and is
    ``ratio`` times the median difference of the ``window`` frames on each side."""
    d, _ = frame_differences(path)
    return cuts_from_differences(d, threshold=threshold, ratio=ratio, window=window)


def cuts_from_differences(d: np.ndarray, *, threshold: float = 3.0, ratio: float = 4.0,
                          window: int = 6) -> list[int]:
    """The cut rule of :func:`detect_cuts` applied to precomputed differences."""
    cuts = []
    for k in range(1, len(d)):
        if d[k] < threshold:
            continue
        around = np.concatenate([d[max(1, k - window):k], d[k + 1:k + 1 + window]])
        local = float(np.median(around)) if around.size else 0.0
        if d[k] >= ratio * max(local, 0.5) and d[k] >= d[k - 1] and \
                (k + 1 >= len(d) or d[k] >= d[k + 1]):
            cuts.append(k)
    return cuts


def decode_audio_mono(path: str | Path, *, rate_hz: int | None = None) -> \
        tuple[np.ndarray, int, float]:
    """First audio stream as mono float32 (at ``rate_hz`` or its own rate), the rate, and
    the stream's start time in seconds."""
    import av

    chunks: list[np.ndarray] = []
    with av.open(str(path)) as c:
        s = c.streams.audio[0]
        rate = rate_hz or s.rate
        start_s = float(s.start_time * s.time_base) if s.start_time is not None else 0.0
        res = av.AudioResampler(format="flt", layout="mono", rate=rate)
        for f in c.decode(s):
            for r in res.resample(f):
                chunks.append(r.to_ndarray().reshape(-1))
        for r in res.resample(None):
            chunks.append(r.to_ndarray().reshape(-1))
    y = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.float32)
    return y, rate, start_s


def audio_transients(path: str | Path, *, min_level: float = 0.05,
                     min_gap_s: float = 0.05) -> list[float]:
    """Times (s) where the audio jumps from quiet to loud, to about a millisecond."""
    y, rate, start_s = decode_audio_mono(path)
    return transients_from_samples(y, rate, start_s=start_s, min_level=min_level,
                                   min_gap_s=min_gap_s)


def transients_from_samples(y: np.ndarray, rate: int, *, start_s: float = 0.0,
                            min_level: float = 0.05, min_gap_s: float = 0.05) -> list[float]:
    """The onset rule of :func:`audio_transients` applied to decoded mono samples."""
    a = np.abs(y)
    hop = max(1, rate // 1000)
    n = len(a) // hop
    if n == 0:
        return []
    env = a[: n * hop].reshape(n, hop).max(axis=1)
    out: list[float] = []
    last = -1e9
    for j in np.flatnonzero(env > min_level):
        before = env[max(0, j - 30):max(0, j - 3)]
        if before.size and env[j] < 6 * float(before.max()) + 1e-4:
            continue
        t0 = j * hop
        if (t0 - last) / rate < min_gap_s:
            continue
        peak = float(a[t0:t0 + 5 * hop].max())
        seg = a[max(0, t0 - 3 * hop):t0 + 5 * hop]
        first = int(np.flatnonzero(seg >= 0.2 * peak)[0]) + max(0, t0 - 3 * hop)
        out.append(start_s + first / rate)
        last = t0
    return out


def verify(path: str | Path, planned_cut_frames: list[int] | tuple[int, ...], *,
           threshold: float = 3.0) -> SyncReport:
    """Compare planned cut frames with detected picture changes and audio transients."""
    import av

    d, fps = frame_differences(path)
    detected = cuts_from_differences(d, threshold=threshold)
    try:
        y, rate, a_start = decode_audio_mono(path)
        transients = transients_from_samples(y, rate, start_s=a_start)
        a_dur = len(y) / rate
    except (IndexError, av.FFmpegError):
        transients, a_start, a_dur = [], 0.0, 0.0
    offsets: list[int | None] = []
    for p in planned_cut_frames:
        near = min(detected, key=lambda c: abs(c - p), default=None)
        offsets.append(None if near is None or abs(near - p) > 3 else near - p)
    to_tr = [None if not transients else
             float(c / fps) - min(transients, key=lambda t: abs(t - float(c / fps)))
             for c in detected]
    if len(d) == 0:
        raise MediaProbeError(path, "no video frames to verify")
    return SyncReport(fps=fps, video_frames=len(d), video_duration_s=float(len(d) / fps),
                      audio_duration_s=a_dur, audio_start_s=a_start,
                      planned_cuts=tuple(planned_cut_frames), detected_cuts=tuple(detected),
                      cut_offsets_frames=tuple(offsets), transients_s=tuple(transients),
                      cut_to_transient_s=tuple(to_tr))


def audio_lag_s(reference: str | Path, rendered: str | Path, *, max_lag_s: float = 0.25,
                window_s: float = 20.0, rate_hz: int = 8000) -> float:
    """How late (s, positive) the rendered audio plays relative to ``reference``, by
    cross-correlating the first ``window_s`` seconds of both. Both count time from their
    first decoded sample (the encoder delay that MP3/AAC decoders drop is not music), which
    is how players, the ffmpeg CLI and the beat analysis see them."""
    a, _, _ = decode_audio_mono(reference, rate_hz=rate_hz)
    b, _, _ = decode_audio_mono(rendered, rate_hz=rate_hz)
    n = min(len(a), len(b), int(window_s * rate_hz))
    if n == 0:
        raise MediaProbeError(rendered, "no audio to compare")
    a, b = a[:n].astype(np.float64), b[:n].astype(np.float64)
    size = 1 << int(np.ceil(np.log2(2 * n)))
    corr = np.fft.irfft(np.fft.rfft(b, size) * np.conj(np.fft.rfft(a, size)), size)
    m = int(max_lag_s * rate_hz)
    lags = np.concatenate([np.arange(0, m + 1), np.arange(-m, 0)])
    vals = np.concatenate([corr[:m + 1], corr[-m:]])
    return float(lags[int(np.argmax(vals))] / rate_hz)
