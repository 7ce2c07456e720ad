"""Still image -> moving H.264 clip (slow zoom and pan), used by the ``comp.kenburns`` node."""

from __future__ import annotations

import os
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING

from render.errors import ClipError, EncodeError, RenderCancelled

if TYPE_CHECKING:
    import av


def make_kenburns_clip(image_path: str | Path, out_path: str | Path, *, width: int, height: int,
                       fps: Fraction, duration_frames: int, zoom_from: float = 1.0,
                       zoom_to: float = 1.15, pan: tuple[float, float] = (0.0, 0.0),
                       crf: int = 18, preset: str = "veryfast",
                       progress: Callable[[int, int], None] | None = None,
                       cancel: threading.Event | None = None) -> None:
    """Write a ``duration_frames``-frame clip that zooms ``zoom_from`` -> ``zoom_to`` and pans by
    ``pan`` (fractions of the free margin, -1..1 for x and y) with eased motion.

    Each frame is a float crop box of the original image resampled by Pillow, so the motion
    has no integer-pixel jitter. ``cancel`` is checked every frame (a cancelled run must not
    wait for a long clip to finish); on cancellation or error no partial file remains."""
    import av
    from PIL import Image, ImageOps

    if width <= 0 or height <= 0 or width % 2 or height % 2 or duration_frames <= 0:
        raise EncodeError(out_path, f"bad clip size {width}x{height} / {duration_frames} frames")
    if min(zoom_from, zoom_to) < 1.0:
        raise EncodeError(out_path, "zoom factors must be >= 1.0 (the picture must cover)")
    try:
        with Image.open(image_path) as im:
            base = _cover(ImageOps.exif_transpose(im).convert("RGB"), width, height)
    except (OSError, ValueError, Image.DecompressionBombError) as e:
        raise ClipError(0, str(image_path), f"cannot read image ({e})") from e
    out = Path(out_path)
    tmp = out.with_name(f".{out.stem}.{os.getpid()}.part{out.suffix or '.mp4'}")
    try:
        with av.open(str(tmp), "w", format="mp4") as container:
            vs = container.add_stream("libx264", rate=fps, options={"crf": str(crf),
                                                                    "preset": preset})
            vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
            vs.codec_context.thread_type = "AUTO"
            for k, frame in enumerate(_frames(base, duration_frames, width, height, zoom_from,
                                              zoom_to, pan, fps), start=1):
                if cancel is not None and cancel.is_set():
                    raise RenderCancelled(f"clip cancelled at frame {k} of {duration_frames}")
                for packet in vs.encode(frame):
                    container.mux(packet)
                if progress is not None:
                    progress(k, duration_frames)
            for packet in vs.encode(None):
                container.mux(packet)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _frames(base: object, n: int, width: int, height: int, z0: float, z1: float,
            pan: tuple[float, float], fps: Fraction) -> Iterator[av.VideoFrame]:
    """yuv420p frames with pts; Pillow resampling (GIL released) runs a few frames ahead in a
    worker thread so it overlaps x264 encoding."""
    import av
    from av.video.reformatter import VideoReformatter

    to_yuv = VideoReformatter()  # one swscale context for all frames

    def make(k: int) -> av.VideoFrame:
        rgb = av.VideoFrame.from_image(_frame_at(base, k, n, width, height, z0, z1, pan))
        return to_yuv.reformat(rgb, format="yuv420p")

    with ThreadPoolExecutor(max_workers=1) as pool:
        pending: deque[Future[av.VideoFrame]] = deque()
        ahead = 0
        for k in range(n):
            while ahead < n and len(pending) < 3:
                pending.append(pool.submit(make, ahead))
                ahead += 1
            frame = pending.popleft().result()
            frame.pts, frame.time_base = k, 1 / fps
            yield frame


def _cover(im: object, width: int, height: int) -> tuple[object, tuple[float, float, float,
                                                                          float]]:
    """The image itself and its largest centred region with the output's aspect ratio; each
    frame resamples straight from the original pixels (one resampling, no blur build-up)."""
    from PIL import Image

    assert isinstance(im, Image.Image)
    aspect = width / height
    cw, ch = (im.height * aspect, float(im.height)) if im.width / im.height > aspect \
        else (float(im.width), im.width / aspect)
    x0, y0 = (im.width - cw) / 2, (im.height - ch) / 2
    return im, (x0, y0, cw, ch)


def _frame_at(base: object, k: int, n: int, width: int, height: int, z0: float, z1: float,
              pan: tuple[float, float]) -> object:
    from PIL import Image

    im, (x0, y0, cw, ch) = base  # type: ignore[misc]
    assert isinstance(im, Image.Image)
    u = k / max(n - 1, 1)
    e = u * u * (3 - 2 * u)  # smoothstep easing
    z = z0 + (z1 - z0) * e
    bw, bh = cw / z, ch / z
    cx = x0 + cw / 2 + pan[0] * e * (cw - bw) / 2
    cy = y0 + ch / 2 + pan[1] * e * (ch - bh) / 2
    box = (cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2)
    return im.resize((width, height), Image.Resampling.BICUBIC, box=box, reducing_gap=3.0)
