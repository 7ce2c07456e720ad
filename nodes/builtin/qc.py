"""Quality checks on finished media: what ``gate.qc`` measures, each with a reason.

Video is decoded once with PyAV (in a worker thread) and sampled at a few
frames per second on a small grey picture; audio is resampled to 48 kHz so
the ITU-R BS.1770-4 K-weighting filters apply exactly. Every check returns a
:class:`Check` with the measured value, the threshold and a sentence a person
can act on; :func:`summarize` turns them into a score and a pass/fail.

Loudness (BS.1770-4 / EBU R128 integrated loudness): K-weighting (high shelf
+ RLB high pass), mean square per 400 ms block with 75 % overlap, absolute gate
at -70 LUFS, relative gate 10 LU below the absolutely gated loudness.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

LOUDNESS_RATE_HZ = 48000
BLOCK_S, STEP_S = 0.4, 0.1
ABS_GATE_LUFS, REL_GATE_LU = -70.0, -10.0
ANALYSIS_WIDTH = 160


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    passed: bool
    reason: str
    value: float | str | None = None
    threshold: float | str | None = None
    skipped: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class QcSettings:
    """Thresholds; every one is a ``gate.qc`` param of the same name."""

    sample_fps: float = 8.0
    black_luma_max: float = 0.1  # 98th-percentile luma (0..1) below this = black frame
    blank_std_max: float = 0.012  # luma spread below this = blank (uniform) frame
    max_black_s: float = 0.5
    frozen_diff_max: float = 0.0015  # mean |diff| of neighbouring samples (0..1)
    max_frozen_s: float = 1.5
    duration_tolerance_s: float = 0.1
    min_width: int = 0
    min_height: int = 0
    aspect: str = "any"  # "16:9", "9:16", "1:1", "4:5" or "any"
    require_audio: bool = True
    silence_db: float = -50.0
    max_silence_s: float = 3.0
    clip_level: float = 0.99
    max_clipped_fraction: float = 0.001
    loudness_target_lufs: float = -14.0
    loudness_tolerance_lu: float = 2.0
    safe_margin: float = 0.05

    @classmethod
    def from_params(cls, params: dict[str, Any]) -> QcSettings:
        names = cls.__dataclass_fields__
        return cls(**{k: type(getattr(cls(), k))(v) for k, v in params.items() if k in names})


@dataclass(slots=True)
class MediaStats:
    """What the checks look at, measured once."""

    width: int
    height: int
    duration_s: float | None = None
    fps: float | None = None
    times_s: np.ndarray = field(default_factory=lambda: np.zeros(0))
    luma_p98: np.ndarray = field(default_factory=lambda: np.zeros(0))
    luma_std: np.ndarray = field(default_factory=lambda: np.zeros(0))
    diffs: np.ndarray = field(default_factory=lambda: np.zeros(0))  # to previous sample
    audio: np.ndarray | None = None  # (channels, samples) float at LOUDNESS_RATE_HZ
    is_video: bool = True


# -- loudness ---------------------------------------------------------------------------------
def k_weighting(rate_hz: int) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """The two BS.1770 biquads ((b, a) pairs) designed for ``rate_hz``.

    At 48 kHz these reproduce the coefficients tabled in ITU-R BS.1770-4.
    """
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / rate_hz)
    vh = 10 ** (gain_db / 20)
    vb = vh ** 0.4996667741545416
    a0 = 1 + k / q + k * k
    shelf = (np.array([(vh + vb * k / q + k * k) / a0, 2 * (k * k - vh) / a0,
                       (vh - vb * k / q + k * k) / a0]),
             np.array([1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]))
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / rate_hz)
    d = 1 + k / q + k * k
    highpass = (np.array([1.0, -2.0, 1.0]),
                np.array([1.0, 2 * (k * k - 1) / d, (1 - k / q + k * k) / d]))
    return shelf, highpass


def _channel_weights(channels: int) -> np.ndarray:
    if channels == 6:  # L R C LFE Ls Rs: LFE excluded, surrounds +1.5 dB
        return np.array([1.0, 1.0, 1.0, 0.0, 1.41, 1.41])
    return np.ones(channels)


def block_powers(samples: np.ndarray, rate_hz: int) -> np.ndarray:
    """Weighted mean-square power of each 400 ms block (100 ms hop), K-weighted."""
    from scipy.signal import lfilter

    x = np.atleast_2d(np.asarray(samples, dtype=np.float64))
    for b, a in k_weighting(rate_hz):
        x = lfilter(b, a, x, axis=1)
    block, step = round(BLOCK_S * rate_hz), round(STEP_S * rate_hz)
    if x.shape[1] < block:
        return np.zeros(0)
    csum = np.concatenate([np.zeros((x.shape[0], 1)), np.cumsum(x * x, axis=1)], axis=1)
    starts = np.arange(0, x.shape[1] - block + 1, step)
    z = (csum[:, starts + block] - csum[:, starts]) / block
    weighted: np.ndarray = _channel_weights(x.shape[0]) @ z
    return weighted


def integrated_loudness(samples: np.ndarray, rate_hz: int) -> float:
    """Integrated loudness in LUFS of ``samples`` (channels, n) or (n,); -inf if all gated."""
    power = block_powers(samples, rate_hz)
    with np.errstate(divide="ignore"):
        block_lufs = -0.691 + 10 * np.log10(power)
    gated = power[block_lufs > ABS_GATE_LUFS]
    if gated.size == 0:
        return -math.inf
    relative = -0.691 + 10 * math.log10(gated.mean()) + REL_GATE_LU
    final = power[(block_lufs > ABS_GATE_LUFS) & (block_lufs > relative)]
    return -0.691 + 10 * math.log10(final.mean())


# -- decoding -----------------------------------------------------------------------------
def _sample_frames(container: Any, stream: Any, sample_fps: float) -> dict[str, Any]:
    times, p98, std, diffs, prev = [], [], [], [], None
    next_t, last_t, count = 0.0, 0.0, 0
    width, height = stream.codec_context.width, stream.codec_context.height
    aw = min(ANALYSIS_WIDTH, width) // 2 * 2
    ah = max(2, round(aw * height / max(width, 1)) // 2 * 2)
    stream.thread_type = "AUTO"
    for frame in container.decode(stream):
        count += 1
        t = float(frame.time) if frame.time is not None else count / float(stream.average_rate
                                                                           or 25)
        last_t = max(last_t, t)
        if t + 1e-6 < next_t:
            continue
        next_t = (math.floor(t * sample_fps + 1e-6) + 1) / sample_fps
        grey = frame.reformat(width=aw, height=ah, format="gray").to_ndarray()[:ah, :aw]
        grey = grey.astype(np.float32) / 255.0
        times.append(t)
        p98.append(float(np.percentile(grey, 98)))
        std.append(float(grey.std()))
        diffs.append(float(np.abs(grey - prev).mean()) if prev is not None else math.inf)
        prev = grey
    rate = float(stream.average_rate) if stream.average_rate else None
    return {"width": width, "height": height, "fps": rate, "frames": count,
            "duration_s": (last_t + 1.0 / rate) if rate and count else None,
            "times_s": np.array(times), "luma_p98": np.array(p98), "luma_std": np.array(std),
            "diffs": np.array(diffs)}


def _decode_audio(path: Path) -> np.ndarray | None:
    import av

    with av.open(str(path)) as container:
        if not container.streams.audio:
            return None
        stream = container.streams.audio[0]
        layout = "stereo" if (stream.codec_context.channels or 1) >= 2 else "mono"
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=LOUDNESS_RATE_HZ)
        chunks: list[Any] = []
        for frame in container.decode(stream):
            chunks.extend(f.to_ndarray() for f in resampler.resample(frame))
        chunks.extend(f.to_ndarray() for f in resampler.resample(None))
    if not chunks:
        return None
    return np.concatenate(chunks, axis=1).astype(np.float64)


def read_video(path: Path, *, sample_fps: float) -> MediaStats:
    """Decode ``path`` once for sampled frame statistics, once for its audio."""
    import av

    with av.open(str(path)) as container:
        if not container.streams.video:
            raise ValueError(f"{path.name} has no video stream")
        info = _sample_frames(container, container.streams.video[0], sample_fps)
    info.pop("frames")
    return MediaStats(**info, audio=_decode_audio(path))


def read_image(path: Path) -> MediaStats:
    from PIL import Image

    with Image.open(path) as im:
        grey = np.asarray(im.convert("L").resize((ANALYSIS_WIDTH, max(2, round(
            ANALYSIS_WIDTH * im.height / im.width)))), dtype=np.float32) / 255.0
        size = im.size
    return MediaStats(width=size[0], height=size[1], times_s=np.zeros(1),
                      luma_p98=np.array([np.percentile(grey, 98)]),
                      luma_std=np.array([grey.std()]), diffs=np.array([math.inf]),
                      is_video=False)


# -- checks -------------------------------------------------------------------------------
def longest_run(mask: np.ndarray) -> tuple[int, int]:
    """(start index, length) of the longest run of True in ``mask``; (0, 0) if none."""
    best, run_start = (0, 0), -1
    for i, flag in enumerate(np.asarray(mask, dtype=bool)):
        if flag and run_start < 0:
            run_start = i
        if (not flag or i == len(mask) - 1) and run_start >= 0:
            end = i + 1 if flag else i
            if end - run_start > best[1]:
                best = (run_start, end - run_start)
            run_start = -1
    return best


def _span(times: np.ndarray, first: int, last: int) -> tuple[float, float]:
    """Time from sample ``first`` to the end of sample ``last`` (one sample interval on)."""
    step = float(np.median(np.diff(times))) if len(times) > 1 else 0.0
    return float(times[first]), float(times[last]) + step


def check_black(stats: MediaStats, s: QcSettings) -> Check:
    bad = (stats.luma_p98 < s.black_luma_max) | (stats.luma_std < s.blank_std_max)
    if not stats.is_video:
        ok = not bool(bad[0])
        return Check("black_frames", ok, "the image is black or blank" if not ok else
                     "the image has content", float(stats.luma_std[0]), s.blank_std_max)
    start, length = longest_run(bad)
    t0, t1 = _span(stats.times_s, start, start + length - 1) if length else (0.0, 0.0)
    seconds = t1 - t0
    ok = seconds <= s.max_black_s
    reason = (f"black/blank frames from {t0:.2f} s to {t1:.2f} s ({seconds:.2f} s > "
              f"{s.max_black_s:g} s allowed)" if not ok else
              f"longest black/blank run {seconds:.2f} s (<= {s.max_black_s:g} s)")
    return Check("black_frames", ok, reason, round(seconds, 3), s.max_black_s)


def check_frozen(stats: MediaStats, s: QcSettings) -> Check:
    if not stats.is_video:
        return Check("frozen_frames", True, "not a video", skipped=True)
    blank = (stats.luma_p98 < s.black_luma_max) | (stats.luma_std < s.blank_std_max)
    still = (stats.diffs < s.frozen_diff_max) & ~blank  # black runs are reported above
    start, length = longest_run(still)  # diffs[i] compares sample i with sample i - 1
    t0, t1 = _span(stats.times_s, start - 1, start + length - 1) if length else (0.0, 0.0)
    seconds = t1 - t0
    ok = seconds <= s.max_frozen_s
    reason = (f"frozen picture from {t0:.2f} s to {t1:.2f} s ({seconds:.2f} s > "
              f"{s.max_frozen_s:g} s allowed)" if not ok else
              f"longest still stretch {seconds:.2f} s (<= {s.max_frozen_s:g} s)")
    return Check("frozen_frames", ok, reason, round(seconds, 3), s.max_frozen_s)


def check_duration(stats: MediaStats, s: QcSettings, expected_s: float | None) -> Check:
    if not stats.is_video or expected_s is None or stats.duration_s is None:
        return Check("duration", True, "no slot duration to compare with", skipped=True)
    tolerance = max(s.duration_tolerance_s, 1.0 / (stats.fps or 30.0))
    off = stats.duration_s - expected_s
    ok = abs(off) <= tolerance + 1e-6
    reason = (f"lasts {stats.duration_s:.3f} s but its slot is {expected_s:.3f} s "
              f"({off:+.3f} s, tolerance {tolerance:.3f} s)" if not ok else
              f"lasts {stats.duration_s:.3f} s for a {expected_s:.3f} s slot")
    return Check("duration", ok, reason, round(stats.duration_s, 4), expected_s)


ASPECTS = {"16:9": 16 / 9, "9:16": 9 / 16, "1:1": 1.0, "4:5": 4 / 5, "4:3": 4 / 3}


def check_resolution(stats: MediaStats, s: QcSettings) -> Check:
    size = f"{stats.width}x{stats.height}"
    problems = []
    if stats.width < s.min_width or stats.height < s.min_height:
        problems.append(f"{size} is below the minimum {s.min_width}x{s.min_height}")
    if s.aspect != "any":
        ratio, want = stats.width / max(stats.height, 1), ASPECTS[s.aspect]
        if abs(ratio / want - 1) > 0.02:
            problems.append(f"aspect {ratio:.3f} is not {s.aspect} ({want:.3f})")
    return Check("resolution", not problems, "; ".join(problems) or f"{size} ok", size,
                 f">={s.min_width}x{s.min_height}, aspect {s.aspect}")


def _rms_db(mono: np.ndarray, window: int) -> np.ndarray:
    n = len(mono) // window
    if n == 0:
        return np.zeros(0)
    ms = (mono[: n * window].reshape(n, window) ** 2).mean(axis=1)
    with np.errstate(divide="ignore"):
        db: np.ndarray = 10 * np.log10(np.maximum(ms, 1e-20))
    return db


def check_audio(stats: MediaStats, s: QcSettings) -> list[Check]:
    if not stats.is_video:
        return []
    if stats.audio is None or stats.audio.size == 0:
        return [Check("audio", not s.require_audio, "no audio stream" + (
            "" if s.require_audio else " (not required)"), None, None)]
    audio = stats.audio
    window = round(0.1 * LOUDNESS_RATE_HZ)
    quiet = _rms_db(audio.mean(axis=0), window) < s.silence_db
    start, length = longest_run(quiet)
    t0, seconds = start * 0.1, length * 0.1
    silence_ok = seconds <= s.max_silence_s
    clipped = float((np.abs(audio) >= s.clip_level).mean())
    lufs = integrated_loudness(audio, LOUDNESS_RATE_HZ)
    off = lufs - s.loudness_target_lufs
    loud_ok = math.isfinite(lufs) and abs(off) <= s.loudness_tolerance_lu
    return [
        Check("silence", silence_ok,
              f"silent (< {s.silence_db:g} dBFS) from {t0:.1f} s to {t0 + seconds:.1f} s "
              f"({seconds:.1f} s > {s.max_silence_s:g} s allowed)" if not silence_ok else
              f"longest silence {seconds:.1f} s (<= {s.max_silence_s:g} s)",
              round(seconds, 2), s.max_silence_s),
        Check("clipping", clipped <= s.max_clipped_fraction,
              f"{clipped * 100:.2f} % of samples at or above {s.clip_level:g} full scale "
              f"(> {s.max_clipped_fraction * 100:.2f} % allowed): the audio is clipped"
              if clipped > s.max_clipped_fraction else
              f"{clipped * 100:.3f} % of samples near full scale", round(clipped, 6),
              s.max_clipped_fraction),
        Check("loudness", loud_ok,
              (f"integrated loudness {lufs:.1f} LUFS is {off:+.1f} LU off the "
               f"{s.loudness_target_lufs:g} LUFS target (tolerance "
               f"{s.loudness_tolerance_lu:g} LU)" if math.isfinite(lufs) else
               "no audible audio to measure") if not loud_ok else
              f"integrated loudness {lufs:.1f} LUFS (target {s.loudness_target_lufs:g})",
              round(lufs, 2) if math.isfinite(lufs) else None, s.loudness_target_lufs),
    ]


def check_captions(boxes: Any, width: int, height: int, s: QcSettings) -> Check:
    """Caption boxes (``x, y, w, h`` in pixels) must sit inside the safe area."""
    if not boxes:
        return Check("caption_safe_area", True, "no caption boxes in the media's metadata",
                     skipped=True)
    mx, my = s.safe_margin * width, s.safe_margin * height
    outside = []
    for box in boxes:
        x, y, w, h = (float(box[k]) for k in ("x", "y", "w", "h"))
        if x < mx - 0.5 or y < my - 0.5 or x + w > width - mx + 0.5 or y + h > height - my + 0.5:
            label = str(box.get("text", ""))[:30]
            outside.append(f"'{label}' at ({x:.0f},{y:.0f},{w:.0f}x{h:.0f})")
    reason = (f"{len(outside)} caption(s) outside the {100 - 200 * s.safe_margin:.0f} % safe "
              f"area: {', '.join(outside[:3])}" if outside else
              f"all {len(boxes)} caption(s) inside the safe area")
    return Check("caption_safe_area", not outside, reason, len(outside), 0)


def run_checks(stats: MediaStats, settings: QcSettings, *, expected_duration_s: float | None,
               caption_boxes: Any = None) -> list[Check]:
    return [check_black(stats, settings), check_frozen(stats, settings),
            check_duration(stats, settings, expected_duration_s),
            check_resolution(stats, settings), *check_audio(stats, settings),
            check_captions(caption_boxes, stats.width, stats.height, settings)]


def summarize(checks: list[Check]) -> dict[str, Any]:
    """Score = share of applicable checks passed; passed = all of them."""
    applicable = [c for c in checks if not c.skipped]
    failed = [c for c in applicable if not c.passed]
    score = 1.0 - len(failed) / len(applicable) if applicable else 1.0
    return {"score": round(score, 4), "passed": not failed,
            "failed": [c.name for c in failed], "reasons": [c.reason for c in failed],
            "checks": [c.to_dict() for c in checks]}


def check_media(path: Path, *, kind: str, settings: QcSettings,
                expected_duration_s: float | None = None, caption_boxes: Any = None
                ) -> dict[str, Any]:
    """Measure and check one media file (blocking: call it in a thread)."""
    stats = read_image(path) if kind == "image" else read_video(
        path, sample_fps=settings.sample_fps)
    return summarize(run_checks(stats, settings, expected_duration_s=expected_duration_s,
                                caption_boxes=caption_boxes))
