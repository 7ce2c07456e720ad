"""Audio-reactive visualizer clips (spectrum bars, circular spectrum, waveform, particles,
tunnel), drawn straight into yuv420p planes with numpy: no RGB conversion per frame.

Audio features for every frame come from one batched FFT up front; drawing a frame is a few
broadcast comparisons and table look-ups over precomputed geometry.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

import numpy as np

from render.clipfile import write_h264_clip
from render.errors import EncodeError

STYLES = ("bars", "circle", "wave", "particles", "tunnel")
PALETTES: dict[str, tuple[tuple[float, float, float], ...]] = {
    "aurora": ((0.02, 0.05, 0.12), (0.1, 0.8, 0.55), (0.55, 0.3, 0.95), (0.9, 1.0, 0.95)),
    "neon": ((0.05, 0.0, 0.1), (0.95, 0.1, 0.7), (0.1, 0.85, 1.0), (1.0, 1.0, 1.0)),
    "fire": ((0.08, 0.0, 0.0), (0.8, 0.1, 0.0), (1.0, 0.6, 0.0), (1.0, 1.0, 0.7)),
    "ice": ((0.0, 0.03, 0.1), (0.1, 0.4, 0.9), (0.5, 0.85, 1.0), (1.0, 1.0, 1.0)),
    "mono": ((0.0, 0.0, 0.0), (0.35, 0.35, 0.35), (0.75, 0.75, 0.75), (1.0, 1.0, 1.0)),
}
THEME_WORDS = {"aurora": ("northern", "aurora", "lighthouse", "sea", "ocean"),
               "neon": ("neon", "city", "club", "synth", "night"),
               "fire": ("fire", "sunset", "desert", "summer", "ember"),
               "ice": ("ice", "winter", "snow", "space", "cold")}


def palette_for(palette: str, theme: str) -> str:
    """``palette``, or for ``auto`` the first palette whose words the theme contains."""
    if palette != "auto":
        return palette
    text = theme.lower()
    return next((p for p, words in THEME_WORDS.items() if any(w in text for w in words)), "neon")


def palette_lut(name: str) -> np.ndarray:
    """(256, 3) uint8 Y, U, V for values 0..1 along the palette's colour stops."""
    stops = np.asarray(PALETTES[name], np.float32)
    x = np.linspace(0, len(stops) - 1, 256)
    i = np.minimum(x.astype(int), len(stops) - 2)
    rgb = stops[i] * (1 - (x - i))[:, None] + stops[i + 1] * (x - i)[:, None]
    r, g, b = rgb[:, 0] * 255, rgb[:, 1] * 255, rgb[:, 2] * 255
    y = 16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255
    u = 128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255
    v = 128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255
    return np.clip(np.stack([y, u, v], axis=1) + 0.5, 0, 255).astype(np.uint8)


@dataclass(frozen=True, slots=True)
class AudioFrames:
    """Per video frame: band levels (n, bands) 0..1, loudness (n,) 0..1, waveform (n, 512)."""

    bands: np.ndarray
    level: np.ndarray
    wave: np.ndarray


def analyse(samples: np.ndarray, rate_hz: int, fps: Fraction, n_frames: int, *,
            bands: int = 64, start_s: float = 0.0) -> AudioFrames:
    """Batched FFT features, one row per output frame (window centred on the frame)."""
    n_fft = 2048
    pad = np.concatenate([np.zeros(n_fft), samples.astype(np.float32), np.zeros(n_fft)])
    centres = (np.round((start_s + np.arange(n_frames) / float(fps)) * rate_hz)).astype(int)
    idx = centres[:, None] + np.arange(n_fft)[None, :] + n_fft // 2
    win = pad[np.clip(idx, 0, pad.size - 1)] * np.hanning(n_fft).astype(np.float32)
    mag = np.abs(np.fft.rfft(win, axis=1))
    hz = np.fft.rfftfreq(n_fft, 1 / rate_hz)
    edges = np.geomspace(40, min(16000, rate_hz / 2), bands + 1)
    which = np.clip(np.searchsorted(edges, hz) - 1, -1, bands)
    centre = np.sqrt(edges[:-1] * edges[1:])
    nearest = np.abs(hz[None, :] - centre[:, None]).argmin(axis=1)  # for bands under one bin
    sums = np.stack([mag[:, which == b].mean(axis=1) if (which == b).any() else
                     mag[:, nearest[b]] for b in range(bands)], axis=1)
    db = 20 * np.log10(sums + 1e-6)
    top = np.percentile(db, 99) if db.size else 0.0
    level = np.sqrt((win ** 2).mean(axis=1))
    levels = _smooth(np.clip((db - (top - 50)) / 50, 0, 1), fall=0.82)
    wave = win[:, ::4][:, :512] / max(float(np.abs(win).max()), 1e-6)
    return AudioFrames(levels.astype(np.float32), (level / max(level.max(), 1e-9)).astype(
        np.float32), wave.astype(np.float32))


def _smooth(x: np.ndarray, *, fall: float) -> np.ndarray:
    """Instant rise, exponential fall per frame (bars drop gracefully, like a VU meter)."""
    out = np.empty_like(x)
    prev = np.zeros(x.shape[1:])
    for i in range(x.shape[0]):
        prev = np.maximum(x[i], prev * fall)
        out[i] = prev
    return out


def make_visualizer_clip(samples: np.ndarray, rate_hz: int, out_path: str | Path, *,
                         style: str, palette: str = "auto", theme: str = "", width: int = 1280,
                         height: int = 720, fps: Fraction = Fraction(30), duration_s: float,
                         start_s: float = 0.0, crf: int = 20, preset: str = "veryfast",
                         threads: int = 0, cancel: threading.Event | None = None,
                         progress: Callable[[int, int], None] | None = None) -> int:
    """Write an H.264 clip of ``duration_s`` seconds; returns its frame count."""
    import av

    from render.visualizer_draw import painter

    if style not in STYLES:
        raise EncodeError(out_path, f"unknown visualizer style {style!r}; use one of {STYLES}")
    n = max(1, math.floor(Fraction(str(duration_s)) * fps))
    feats = analyse(samples, rate_hz, fps, n, start_s=start_s)
    draw = painter(style, width, height, palette_lut(palette_for(palette, theme)))
    write_h264_clip(
        out_path, lambda k: av.VideoFrame.from_ndarray(draw(k, feats), format="yuv420p"),
        n_frames=n, width=width, height=height, fps=fps, crf=crf, preset=preset,
        threads=threads, what="visualizer", cancel=cancel, progress=progress)
    return n


# A visualizer recipe on a timeline segment (``VideoSegment.visual``): drawn per output frame
# inside the final encode, like a Ken Burns still, so the clip is never encoded twice.
VISUAL_KEYS = ("style", "palette", "start_s", "duration_s")


def check_visual(visual: dict[str, object]) -> str | None:
    """A problem with a visualizer recipe, or None."""
    unknown = sorted(set(visual) - set(VISUAL_KEYS))
    if unknown:
        return f"unknown keys {unknown} (known: {', '.join(VISUAL_KEYS)})"
    if visual.get("style") not in STYLES:
        return f"style {visual.get('style')!r} is not one of {', '.join(STYLES)}"
    if visual.get("palette") not in PALETTES:
        return f"palette {visual.get('palette')!r} is not one of {', '.join(PALETTES)}"
    try:
        start, length = float(visual.get("start_s", 0)), float(visual["duration_s"])  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError):
        return "start_s and duration_s must be numbers"
    return None if start >= 0 and length > 0 else "start_s must be >= 0 and duration_s > 0"


def load_mono(path: str | Path, *, until_s: float, rate_hz: int = 44100) -> np.ndarray:
    """The file's audio from its start up to ``until_s`` (plus one FFT window), mono float32."""
    from render.audio import TrackReader

    reader = TrackReader(str(path), rate_hz=rate_hz, index=0)
    try:
        pcm = reader.read(int(until_s * rate_hz) + 4096)
    finally:
        reader.close()
    return pcm.mean(axis=0)


_FEATURES: dict[tuple[object, ...], AudioFrames] = {}


def recipe_features(audio_path: str | Path, start_s: float, fps: Fraction, n: int,
                    rate_hz: int = 44100) -> AudioFrames:
    """Features of a recipe's audio, computed once per render even when several segments
    (montage slots) show the same visualizer (a few entries kept)."""
    p = Path(audio_path)
    key = (str(p.resolve()), p.stat().st_mtime_ns, start_s, fps, n, rate_hz)
    if key not in _FEATURES:
        if len(_FEATURES) >= 4:
            _FEATURES.pop(next(iter(_FEATURES)))
        mono = load_mono(p, until_s=start_s + n / float(fps), rate_hz=rate_hz)
        _FEATURES[key] = analyse(mono, rate_hz, fps, n, start_s=start_s)
    return _FEATURES[key]


class VisualizerClip:
    """Frames of a visualizer recipe at the output size, drawn on demand: ``frame(k)`` is
    frame ``first + k`` of the ``n`` frame visual (a segment placed at output frame ``first``
    shows the music playing there)."""

    def __init__(self, audio_path: str | Path, visual: dict[str, object], *, width: int,
                 height: int, fps: Fraction, n_frames: int, first: int = 0) -> None:
        from render.visualizer_draw import painter

        self.n, self.first = max(int(n_frames), 1), int(first)
        start = float(visual.get("start_s", 0.0))  # type: ignore[arg-type]
        self._feats = recipe_features(audio_path, start, fps, self.n)
        self._draw = painter(str(visual["style"]), width, height,
                             palette_lut(str(visual["palette"])))

    def frame(self, k: int) -> object:
        import av

        j = min(max(self.first + k, 0), self.n - 1)
        return av.VideoFrame.from_ndarray(self._draw(j, self._feats), format="yuv420p")
