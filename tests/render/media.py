"""Synthetic test media: clips in several codecs/fps/sizes, stills and click-track WAVs."""

from __future__ import annotations

import wave
from fractions import Fraction
from pathlib import Path

import numpy as np

CODEC_EXT = {"libx264": ".mp4", "libvpx-vp9": ".webm", "mpeg4": ".mp4", "libvpx": ".webm"}


def make_clip(path: Path, *, fps: Fraction, n_frames: int, width: int = 160, height: int = 90,
              codec: str = "libx264", color: tuple[int, int, int] = (200, 40, 40),
              marker: bool = True) -> Path:
    """A clip of a flat ``color`` with a moving bar (frame index visible as its position)."""
    import av

    with av.open(str(path), "w") as c:
        s = c.add_stream(codec, rate=fps)
        s.width, s.height, s.pix_fmt = width, height, "yuv420p"
        if codec.startswith("libvpx"):
            s.options = {"deadline": "realtime", "cpu-used": "8", "b": "0", "crf": "30"}
        for k in range(n_frames):
            img = np.empty((height, width, 3), dtype=np.uint8)
            img[:] = color
            if marker:
                x = (k * 3) % max(width - 4, 1)
                img[: height // 4, x:x + 4] = 255 - np.array(color, dtype=np.uint8)
            f = av.VideoFrame.from_ndarray(img, format="rgb24")
            f.pts, f.time_base = k, 1 / fps
            for p in s.encode(f):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    return path


def make_still(path: Path, *, width: int = 120, height: int = 160,
               color: tuple[int, int, int] = (40, 200, 40)) -> Path:
    from PIL import Image

    Image.new("RGB", (width, height), color).save(path)
    return path


def write_wav(path: Path, samples: np.ndarray, *, rate_hz: int = 48000) -> Path:
    """Mono or (n, 2) float samples in [-1, 1] -> 16-bit WAV."""
    pcm = (np.clip(samples, -1, 1) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1 if pcm.ndim == 1 else pcm.shape[1])
        w.setsampwidth(2)
        w.setframerate(rate_hz)
        w.writeframes(pcm.tobytes())
    return path


def click_track(path: Path, *, duration_s: float, click_times_s: list[float],
                rate_hz: int = 48000) -> Path:
    """Silence with a short 2 kHz click starting exactly at each time."""
    n = int(round(duration_s * rate_hz))
    y = np.zeros(n, dtype=np.float64)
    burst = 0.8 * np.sin(2 * np.pi * 2000 * np.arange(480) / rate_hz) * np.hanning(960)[480:]
    for t in click_times_s:
        i = int(round(t * rate_hz))
        seg = burst[: max(0, min(len(burst), n - i))]
        y[i:i + len(seg)] += seg
    return write_wav(path, y, rate_hz=rate_hz)


def tone(path: Path, *, duration_s: float, freq_hz: float = 440.0, amp: float = 0.3,
         rate_hz: int = 44100) -> Path:
    t = np.arange(int(duration_s * rate_hz)) / rate_hz
    return write_wav(path, amp * np.sin(2 * np.pi * freq_hz * t), rate_hz=rate_hz)
