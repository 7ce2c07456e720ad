"""``local:motion``: offline image-to-video (zoom, pan, parallax, audio-reactive pulse).

Turns ``request.image_path`` into an H.264 MP4 of ``duration_s`` at
``width x height`` (defaults 4 s, 1280x720, 24 fps).  Each frame is one affine
resample of the source (Pillow, in C) along an eased camera path, so it is
fast and free.  ``params``:

* ``motion``: ``zoom_in`` | ``zoom_out`` | ``pan_left`` | ``pan_right`` | ``pan_up`` |
  ``pan_down`` | ``parallax`` | ``auto`` (default: picked from the seed);
* ``intensity``: 0..1 (default 0.5); ``fps``: 1..60 (default 24);
* ``audio_path`` + ``reactive=True``: zoom pulses with the audio's loudness.
"""

from __future__ import annotations

import math
import random
from fractions import Fraction
from pathlib import Path
from typing import Any

from providers.base import GenerationRequest, JobHandle, JobResult, JobStatus, Output
from providers.errors import ErrorKind, ProviderError
from providers.local._common import handle_request, in_thread, make_handle, succeeded

MOTIONS = ("zoom_in", "zoom_out", "pan_left", "pan_right", "pan_up", "pan_down", "parallax")
_MAX_SIDE_PX = 3840


def _ease(t: float) -> float:
    return 0.5 - 0.5 * math.cos(math.pi * t)


def camera(motion: str, t: float, intensity: float) -> tuple[float, float, float]:
    """(zoom, dx, dy) at time fraction ``t``; dx/dy are fractions of the free margin."""
    e = _ease(t)
    amount = 0.08 + 0.25 * intensity
    if motion == "zoom_in":
        return 1.0 + amount * e, 0.0, 0.0
    if motion == "zoom_out":
        return 1.0 + amount * (1 - e), 0.0, 0.0
    pan = (e - 0.5) * 2  # -1 .. 1
    zoom = 1.0 + amount
    return {"pan_left": (zoom, -pan, 0.0), "pan_right": (zoom, pan, 0.0),
            "pan_up": (zoom, 0.0, -pan), "pan_down": (zoom, 0.0, pan),
            "parallax": (zoom, pan, 0.0)}[motion]


def _affine(src_w: int, src_h: int, out_w: int, out_h: int, zoom: float, dx: float,
            dy: float) -> tuple[float, ...]:
    """Pillow AFFINE coefficients mapping output pixels to source pixels (cover-fit)."""
    scale = max(out_w / src_w, out_h / src_h) * zoom
    view_w, view_h = out_w / scale, out_h / scale
    dx, dy = max(-1.0, min(dx, 1.0)), max(-1.0, min(dy, 1.0))  # never show past the edges
    cx = src_w / 2 + dx * (src_w - view_w) / 2
    cy = src_h / 2 + dy * (src_h - view_h) / 2
    return (1 / scale, 0.0, cx - view_w / 2, 0.0, 1 / scale, cy - view_h / 2)


def audio_envelope(path: str, *, fps: float, frames: int) -> list[float]:
    """Per-frame loudness 0..1 of an audio file (PyAV decode, RMS, normalised)."""
    import av
    import numpy as np

    rate = 22050
    chunks = []
    with av.open(path) as container:
        resampler = av.AudioResampler(format="flt", layout="mono", rate=rate)
        for frame in container.decode(audio=0):
            for out in resampler.resample(frame):
                chunks.append(out.to_ndarray().reshape(-1))
    pcm = np.concatenate(chunks) if chunks else np.zeros(1, np.float32)
    hop = rate / fps
    rms = np.array([np.sqrt(np.mean(pcm[int(i * hop): int((i + 1) * hop)] ** 2) + 1e-12)
                    if int(i * hop) < len(pcm) else 0.0 for i in range(frames)])
    peak = float(rms.max()) or 1.0
    return [float(v) for v in rms / peak]


def _options(request: GenerationRequest) -> dict[str, Any]:
    params = request.params
    motion = str(params.get("motion", "auto"))
    if motion == "auto":
        motion = random.Random(request.seed or 0).choice(MOTIONS)
    if motion not in MOTIONS:
        raise ProviderError(ErrorKind.VALIDATION, provider="local",
                            message=f"unknown motion {motion!r}; choose auto or {', '.join(MOTIONS)}")
    width = 1280 if request.width is None else request.width
    height = 720 if request.height is None else request.height
    fps = int(params.get("fps", 24))
    duration_s = 4.0 if request.duration_s is None else float(request.duration_s)
    if not (2 <= width <= _MAX_SIDE_PX and 2 <= height <= _MAX_SIDE_PX and 1 <= fps <= 60
            and 0 < duration_s <= 120):
        raise ProviderError(ErrorKind.VALIDATION, provider="local",
                            message=f"motion video {width}x{height} @ {fps} fps for "
                                    f"{duration_s} s is out of range")
    if not request.image_path or not Path(request.image_path).is_file():
        raise ProviderError(ErrorKind.VALIDATION, provider="local",
                            message=f"local:motion needs an input image; "
                                    f"{request.image_path!r} is not a file")
    intensity = min(max(float(params.get("intensity", 0.5)), 0.0), 1.0)
    return {"motion": motion, "width": width - width % 2, "height": height - height % 2,
            "fps": fps, "duration_s": duration_s, "intensity": intensity,
            "audio": params.get("audio_path") if params.get("reactive") else None}


def render_motion(request: GenerationRequest, dest: Path) -> Path:
    """Encode the clip to ``dest`` (via a temp name in the same folder)."""
    import av
    from PIL import Image

    opts = _options(request)
    w, h, fps = opts["width"], opts["height"], opts["fps"]
    frames = max(1, round(opts["duration_s"] * fps))
    try:
        with Image.open(opts_path := str(request.image_path)) as im:
            src = im.convert("RGB")
    except OSError as exc:
        raise ProviderError(ErrorKind.VALIDATION, provider="local",
                            message=f"cannot open input image {Path(opts_path).name}: {exc}"
                            ) from None
    envelope = (audio_envelope(opts["audio"], fps=fps, frames=frames) if opts["audio"]
                else [0.0] * frames)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.stem}.part.mp4")
    try:
        with av.open(str(tmp), mode="w") as container:
            stream = container.add_stream("libx264", rate=Fraction(fps))
            stream.width, stream.height, stream.pix_fmt = w, h, "yuv420p"
            stream.options = {"crf": "20", "preset": "veryfast"}
            for i in range(frames):
                frame = _frame(src, opts, i / max(frames - 1, 1), envelope[i])
                for packet in stream.encode(av.VideoFrame.from_image(frame)):
                    container.mux(packet)
            for packet in stream.encode():
                container.mux(packet)
        tmp.replace(dest)
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def _frame(src: Any, opts: dict[str, Any], t: float, pulse: float) -> Any:
    from PIL import Image

    w, h = opts["width"], opts["height"]
    zoom, dx, dy = camera(opts["motion"], t, opts["intensity"])
    zoom *= 1.0 + 0.06 * opts["intensity"] * pulse
    parallax = opts["motion"] == "parallax"

    def view(z: float, x: float) -> Any:
        coeffs = _affine(src.width, src.height, w, h, z, x, dy)
        return src.transform((w, h), Image.Transform.AFFINE, coeffs, Image.Resampling.BILINEAR)

    if not parallax:
        return view(zoom, dx)
    # Pseudo-depth: the lower part of the picture (nearer ground) moves further than the
    # top (far sky).  Both stay inside the free margin, so no border ever shows.
    far, near = view(zoom, dx * 0.35), view(zoom * 1.05, dx)
    mask = Image.linear_gradient("L").resize((w, h))
    return Image.composite(near, far, mask)


class MotionProvider:
    """Offline image-to-video (``local:motion``); free."""

    name = "local"

    async def submit(self, request: GenerationRequest) -> JobHandle:
        _options(request)
        return make_handle(self.name, request)

    async def poll(self, handle: JobHandle) -> JobStatus:
        return succeeded()

    async def fetch(self, handle: JobHandle, *, dest_dir: Path) -> JobResult:
        request = handle_request(handle)
        path = await in_thread(render_motion, request,
                               Path(dest_dir) / f"motion-{handle.job_id}.mp4")
        return JobResult(outputs=(Output(path=path, media_type="video/mp4"),), cost_usd=0.0,
                         provider=self.name, model=handle.model, job_id=handle.job_id)
