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


# Frame identifier: a row of CODE_BITS black/white blocks across the middle of the picture
# (bit i = bit i of the source frame index) and a second row with the clip's id, so a test
# can read back which source frame of which clip landed in each output frame.
CODE_BITS = 8
ID_BITS = 4


def _code_rows(width: int, height: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]],
                                                 tuple[int, int], tuple[int, int]]:
    bw = width * 8 // 10 // CODE_BITS
    x0 = (width - bw * CODE_BITS) // 2
    cols = [(x0 + i * bw, x0 + (i + 1) * bw) for i in range(CODE_BITS)]
    idcols = [(x0 + i * 2 * bw, x0 + (i + 1) * 2 * bw) for i in range(ID_BITS)]
    rh = height // 8
    top = (height // 2 - rh, height // 2)
    bottom = (height // 2, height // 2 + rh)
    return cols, idcols, top, bottom


def draw_code(img: np.ndarray, *, index: int, clip_id: int) -> np.ndarray:
    """Draw ``index`` and ``clip_id`` as blocks into an (H, W, 3) rgb array, in place."""
    h, w = img.shape[:2]
    cols, idcols, (t0, t1), (b0, b1) = _code_rows(w, h)
    for i, (x0, x1) in enumerate(cols):
        img[t0:t1, x0:x1] = 255 if index >> i & 1 else 0
    for i, (x0, x1) in enumerate(idcols):
        img[b0:b1, x0:x1] = 255 if clip_id >> i & 1 else 0
    return img


def read_code(rgb: np.ndarray) -> tuple[int, int]:
    """(clip_id, frame index) drawn by :func:`draw_code`, read from block centres."""
    h, w = rgb.shape[:2]
    cols, idcols, (t0, t1), (b0, b1) = _code_rows(w, h)
    luma = rgb.astype(float).mean(axis=2)

    def bits(spans: list[tuple[int, int]], y0: int, y1: int) -> int:
        v = 0
        for i, (x0, x1) in enumerate(spans):
            q = (x1 - x0) // 4, (y1 - y0) // 4
            if luma[y0 + q[1]:y1 - q[1], x0 + q[0]:x1 - q[0]].mean() > 128:
                v |= 1 << i
        return v

    return bits(idcols, b0, b1), bits(cols, t0, t1)


def make_coded_clip(path: Path, *, fps: Fraction, n_frames: int, clip_id: int,
                    width: int = 320, height: int = 180, codec: str = "libx264",
                    pts_ms: list[int] | None = None) -> Path:
    """A grey clip whose every frame carries its own index and ``clip_id`` as block codes.

    ``pts_ms`` gives explicit (irregular) millisecond timestamps: a variable-frame-rate
    clip; webm (VP9) always stores millisecond timestamps."""
    import av

    with av.open(str(path), "w") as c:
        s = c.add_stream(codec, rate=fps)
        s.width, s.height, s.pix_fmt = width, height, "yuv420p"
        opts = {"deadline": "realtime", "cpu-used": "8", "b": "0", "crf": "20"} \
            if codec.startswith("libvpx") else {"crf": "12", "preset": "ultrafast"} \
            if codec == "libx264" else {}
        s.options = opts
        if codec == "mpeg4":
            s.bit_rate = 4_000_000
        tb = Fraction(1, 1000) if pts_ms is not None else 1 / fps
        if pts_ms is not None:
            s.codec_context.time_base = tb
        for k in range(n_frames):
            img = np.full((height, width, 3), 128, dtype=np.uint8)
            draw_code(img, index=k, clip_id=clip_id)
            f = av.VideoFrame.from_ndarray(img, format="rgb24")
            f.pts, f.time_base = (pts_ms[k] if pts_ms is not None else k), tb
            for p in s.encode(f):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    return path


def make_coded_still(path: Path, *, clip_id: int, width: int = 320, height: int = 180) -> Path:
    from PIL import Image

    img = np.full((height, width, 3), 128, dtype=np.uint8)
    draw_code(img, index=0, clip_id=clip_id)
    Image.fromarray(img).save(path)
    return path
