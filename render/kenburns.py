"""Still image -> moving H.264 clip (slow zoom and pan), used by the ``comp.kenburns`` node."""

from __future__ import annotations

import os
from fractions import Fraction
from pathlib import Path

from render.errors import ClipError, EncodeError

_WORK_SCALE = 2  # crop boxes are computed on a 2x working image for sub-pixel smoothness


def make_kenburns_clip(image_path: str | Path, out_path: str | Path, *, width: int, height: int,
                       fps: Fraction, duration_frames: int, zoom_from: float = 1.0,
                       zoom_to: float = 1.15, pan: tuple[float, float] = (0.0, 0.0),
                       crf: int = 18, preset: str = "veryfast") -> None:
    """Write a ``duration_frames``-frame clip that zooms ``zoom_from`` -> ``zoom_to`` and pans by
    ``pan`` (fractions of the free margin, -1..1 for x and y) with eased motion.

    The image is first fitted to cover ``width``x``height``; each frame is a float crop box
    resampled with Pillow, so the motion has no integer-pixel jitter."""
    import av
    from av.video.reformatter import VideoReformatter
    from PIL import Image, ImageOps

    if width <= 0 or height <= 0 or width % 2 or height % 2 or duration_frames <= 0:
        raise EncodeError(out_path, f"bad clip size {width}x{height} / {duration_frames} frames")
    if min(zoom_from, zoom_to) < 1.0:
        raise EncodeError(out_path, "zoom factors must be >= 1.0 (the picture must cover)")
    try:
        with Image.open(image_path) as im:
            base = _cover(ImageOps.exif_transpose(im).convert("RGB"), width, height)
    except (OSError, ValueError) as e:
        raise ClipError(0, str(image_path), f"cannot read image ({e})") from e
    out = Path(out_path)
    tmp = out.with_name(f".{out.stem}.{os.getpid()}.part{out.suffix or '.mp4'}")
    try:
        with av.open(str(tmp), "w", format="mp4") as container:
            vs = container.add_stream("libx264", rate=fps, options={"crf": str(crf),
                                                                    "preset": preset})
            vs.width, vs.height, vs.pix_fmt = width, height, "yuv420p"
            vs.codec_context.thread_type = "AUTO"
            to_yuv = VideoReformatter()  # one swscale context for all frames
            for k in range(duration_frames):
                frame = av.VideoFrame.from_image(_frame_at(base, k, duration_frames, width,
                                                           height, zoom_from, zoom_to, pan))
                frame.pts, frame.time_base = k, 1 / fps
                for packet in vs.encode(to_yuv.reformat(frame, format="yuv420p")):
                    container.mux(packet)
            for packet in vs.encode(None):
                container.mux(packet)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _cover(im: object, width: int, height: int) -> object:
    from PIL import Image

    assert isinstance(im, Image.Image)
    w, h = width * _WORK_SCALE, height * _WORK_SCALE
    scale = max(w / im.width, h / im.height)
    size = (max(w, round(im.width * scale)), max(h, round(im.height * scale)))
    big = im.resize(size, Image.Resampling.LANCZOS)
    x0, y0 = (size[0] - w) // 2, (size[1] - h) // 2
    return big.crop((x0, y0, x0 + w, y0 + h))


def _frame_at(base: object, k: int, n: int, width: int, height: int, z0: float, z1: float,
              pan: tuple[float, float]) -> object:
    from PIL import Image

    assert isinstance(base, Image.Image)
    u = k / max(n - 1, 1)
    e = u * u * (3 - 2 * u)  # smoothstep easing
    z = z0 + (z1 - z0) * e
    bw, bh = base.width / z, base.height / z
    cx = base.width / 2 + pan[0] * e * (base.width - bw) / 2
    cy = base.height / 2 + pan[1] * e * (base.height - bh) / 2
    box = (cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2)
    return base.resize((width, height), Image.Resampling.BICUBIC, box=box)
