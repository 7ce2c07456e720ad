"""Small real media files for the fakes: PNG (Pillow), MP4 and MP3 (PyAV), WAV (stdlib).

Results are cached per parameters because the fakes serve many identical files.
PyAV is imported inside functions (``providers`` must stay cheap to import).
"""

from __future__ import annotations

import functools
import io
import math
import struct
import wave


@functools.lru_cache(maxsize=64)
def png_bytes(width: int = 64, height: int = 64, seed: int = 0) -> bytes:
    """A small gradient PNG whose colours depend on ``seed``."""
    import numpy as np
    from PIL import Image

    width, height = max(1, min(width, 256)), max(1, min(height, 256))
    y, x = np.mgrid[0:height, 0:width]
    r = (x * 255 // max(width - 1, 1) + seed * 37) % 256
    g = (y * 255 // max(height - 1, 1) + seed * 91) % 256
    b = np.full_like(r, (seed * 53) % 256)
    buf = io.BytesIO()
    Image.fromarray(np.stack([r, g, b], -1).astype("uint8"), "RGB").save(buf, format="PNG")
    return buf.getvalue()


@functools.lru_cache(maxsize=256)
def art_png(prompt: str, seed: int, width: int, height: int) -> bytes:
    """A real-looking picture for ``prompt``/``seed`` (the local procedural painter), so a
    studio demo run against the fakes shows varied images; capped at 1280x720."""
    from providers.local.procedural import render_png

    return render_png(prompt, seed, max(8, min(width, 1280)), max(8, min(height, 720)))


@functools.lru_cache(maxsize=8)
def mp4_bytes(duration_s: float = 1.0, width: int = 64, height: int = 64, fps: int = 8) -> bytes:
    """A short H.264 (or MPEG-4) MP4 with a moving bar."""
    import av
    import numpy as np

    buf = io.BytesIO()
    with av.open(buf, mode="w", format="mp4") as container:
        try:
            stream = container.add_stream("libx264", rate=fps)
        except Exception:  # noqa: BLE001 - fall back when x264 is missing
            stream = container.add_stream("mpeg4", rate=fps)
        stream.width, stream.height, stream.pix_fmt = width, height, "yuv420p"
        for i in range(max(1, round(duration_s * fps))):
            frame = np.zeros((height, width, 3), dtype=np.uint8)
            frame[:, (i * 4) % width: (i * 4) % width + 4] = (255, 200, 40)
            for packet in stream.encode(av.VideoFrame.from_ndarray(frame, format="rgb24")):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return buf.getvalue()


@functools.lru_cache(maxsize=8)
def mp3_bytes(duration_s: float = 1.0, rate_hz: int = 22050) -> bytes:
    """A sine tone MP3 of ``duration_s``."""
    import av
    import numpy as np

    buf = io.BytesIO()
    with av.open(buf, mode="w", format="mp3") as container:
        stream = container.add_stream("mp3", rate=rate_hz)
        stream.layout = "mono"
        total = int(duration_s * rate_hz)
        t = np.arange(total) / rate_hz
        pcm = (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
        step = 1152
        for start in range(0, total, step):
            chunk = pcm[start:start + step][None, :]
            frame = av.AudioFrame.from_ndarray(chunk, format="fltp", layout="mono")
            frame.sample_rate = rate_hz
            frame.pts = start
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode():
            container.mux(packet)
    return buf.getvalue()


def wav_bytes(duration_s: float = 1.0, rate_hz: int = 16000) -> bytes:
    """A sine tone WAV (stdlib only)."""
    buf = io.BytesIO()
    with wave.open(buf, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(rate_hz)
        frames = b"".join(struct.pack("<h", int(6000 * math.sin(2 * math.pi * 440 * i / rate_hz)))
                          for i in range(int(duration_s * rate_hz)))
        wav.writeframes(frames)
    return buf.getvalue()
