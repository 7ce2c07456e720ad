"""Ken Burns: a still as a slow zoom and pan, evaluated per output frame.

The renderer draws these frames inside the one final encode (a still is never encoded
twice); :func:`make_kenburns_clip` writes the same frames to a file when a node is asked
to export the clip.

Cost per frame is one crop+resize of a pre-scaled still: the still is scaled once (OpenCV
or Pillow, bicubic) so the tightest crop is output-sized, kept as yuv420p planes, and each
frame warps a float box of each plane to the output (bilinear: the crop is never more than
``zmax`` times the output, so no antialiasing is needed). Float boxes mean no integer-pixel jitter; working
in yuv420p means no colour conversion per frame.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from render.clipfile import write_h264_clip
from render.errors import ClipError, EncodeError

if TYPE_CHECKING:
    import av

ORIENTATION = 0x0112  # the EXIF tag


def load_rgb(image_path: str | Path) -> Any:
    """The image as RGB (EXIF orientation applied, transparency flattened onto black)."""
    from PIL import Image, ImageOps

    from render.stills import held_rgb

    held = held_rgb(image_path)  # painted in this process: the same pixels, not decoded
    if held is not None:
        return Image.fromarray(held)
    with Image.open(image_path) as im:
        im.load()  # leaving the block closes the file only: the pixels stay usable
        if im.mode == "RGB" and getattr(im, "n_frames", 1) == 1 \
                and im.getexif().get(ORIENTATION, 1) == 1:
            return im  # as decoded: exif_transpose and convert would each copy it (~4 ms)
        im = ImageOps.exif_transpose(im)
        if im.mode in ("RGBA", "LA", "P"):
            im = im.convert("RGBA")
            bg = Image.new("RGB", im.size, (0, 0, 0))
            bg.paste(im, mask=im.getchannel("A"))
            return bg
        return im.convert("RGB")


class KenBurns:
    """Frames ``0..n-1`` of a move from ``zoom_from`` to ``zoom_to`` (>= 1, the picture always
    covers) panning by ``pan`` (fractions of the free margin, -1..1), smoothstep-eased."""

    def __init__(self, image: Any, *, width: int, height: int, n_frames: int,
                 zoom_from: float = 1.0, zoom_to: float = 1.15,
                 pan: tuple[float, float] = (0.0, 0.0)) -> None:
        import cv2

        if min(zoom_from, zoom_to) < 1.0:
            raise ValueError("zoom factors must be >= 1.0 (the picture must cover)")
        self.width, self.height, self.n = width, height, max(int(n_frames), 1)
        self._z0, self._z1, self._pan = zoom_from, zoom_to, pan
        zmax = max(zoom_from, zoom_to)
        # the centred output-aspect region of the image, scaled once to zmax * output size
        aspect = width / height
        cw, ch = (image.height * aspect, float(image.height)) \
            if image.width / image.height > aspect else (float(image.width), image.width / aspect)
        box = ((image.width - cw) / 2, (image.height - ch) / 2,
               (image.width + cw) / 2, (image.height + ch) / 2)
        sw, sh = _even(width * zmax), _even(height * zmax)
        self._sw, self._sh = sw, sh
        i420 = cv2.cvtColor(_prescale(image, box, sw, sh), cv2.COLOR_RGB2YUV_I420)
        n, c = sw * sh, (sw // 2) * (sh // 2)  # BT.601 video range, as swscale's default
        flat = i420.reshape(-1)
        self._y = flat[:n].reshape(sh, sw)
        self._u = flat[n:n + c].reshape(sh // 2, sw // 2)
        self._v = flat[n + c:].reshape(sh // 2, sw // 2)

    def box(self, k: int, punch: tuple[float, float, float] | None = None
            ) -> tuple[float, float, float, float]:
        """Crop box of frame ``k`` in pre-scaled pixels. ``punch`` = (amount, centre_x,
        centre_y) of a zoom punch folded into the move (``render.effects.zoom_punch``'s
        params): the box shrinks by ``1 + amount`` about a point of its own margin."""
        u = min(max(k, 0), self.n - 1) / max(self.n - 1, 1)
        e = u * u * (3 - 2 * u)  # smoothstep easing
        z = self._z0 + (self._z1 - self._z0) * e
        bw, bh = self._sw / z, self._sh / z  # the pre-scaled still is the zoom-1 view
        cx = self._sw / 2 + self._pan[0] * e * (self._sw - bw) / 2
        cy = self._sh / 2 + self._pan[1] * e * (self._sh - bh) / 2
        if punch is not None and punch[0] > 0:
            pw, ph = bw / (1 + punch[0]), bh / (1 + punch[0])
            cx, cy = cx + punch[1] * (bw - pw) / 2, cy + punch[2] * (bh - ph) / 2
            bw, bh = pw, ph
        return cx - bw / 2, cy - bh / 2, cx + bw / 2, cy + bh / 2

    def planes(self, k: int, punch: tuple[float, float, float] | None = None) -> np.ndarray:
        """Frame ``k`` as a (H*3/2, W) yuv420p array: one affine warp per plane (OpenCV,
        SIMD and threaded, GIL released), exact to a fraction of a pixel."""
        import cv2

        x0, y0, x1, y1 = self.box(k, punch)
        w, h = self.width, self.height
        out = np.empty((h * 3 // 2, w), dtype=np.uint8)
        sx, sy = (x1 - x0) / w, (y1 - y0) / h
        # output pixel centre i + 0.5 samples the box at x0 + (i + 0.5) * sx (pixel-centre
        # convention of a resize with a box); OpenCV addresses pixel centres as integers
        n, c = w * h, (w // 2) * (h // 2)
        flat = out.reshape(-1)
        for plane, dst, scale in (
                (self._y, flat[:n].reshape(h, w), 1),
                (self._u, flat[n:n + c].reshape(h // 2, w // 2), 2),
                (self._v, flat[n + c:].reshape(h // 2, w // 2), 2)):
            m = np.array([[sx, 0.0, x0 / scale + 0.5 * sx - 0.5],
                          [0.0, sy, y0 / scale + 0.5 * sy - 0.5]], dtype=np.float64)
            cv2.warpAffine(plane, m, (dst.shape[1], dst.shape[0]), dst=dst,
                           flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                           borderMode=cv2.BORDER_REPLICATE)
        return out

    def frame(self, k: int) -> av.VideoFrame:
        from render.frames import from_planes

        return from_planes(self.planes(k))  # a fresh array per frame: wrapped, not copied


def _prescale(image: Any, box: tuple[float, float, float, float], sw: int,
              sh: int) -> np.ndarray:
    """The ``box`` region of ``image`` at ``sw`` x ``sh`` RGB: one bicubic warp (OpenCV) when
    shrinking at most 2x (provider outputs, typical stills), else Pillow's antialiased
    resize (big photos)."""
    import cv2
    from PIL import Image

    scale = sw / (box[2] - box[0])
    if scale < 0.5:
        return np.asarray(image.resize((sw, sh), Image.Resampling.BICUBIC, box=box,
                                       reducing_gap=3.0))
    m = np.array([[1 / scale, 0.0, box[0] + 0.5 / scale - 0.5],
                  [0.0, 1 / scale, box[1] + 0.5 / scale - 0.5]], dtype=np.float64)
    return cv2.warpAffine(np.asarray(image), m, (sw, sh), flags=cv2.INTER_CUBIC
                          | cv2.WARP_INVERSE_MAP, borderMode=cv2.BORDER_REPLICATE)


def _even(x: float) -> int:
    return max(2, int(round(x / 2)) * 2)


def make_kenburns_clip(image_path: str | Path, out_path: str | Path, *, width: int, height: int,
                       fps: Fraction, duration_frames: int, zoom_from: float = 1.0,
                       zoom_to: float = 1.15, pan: tuple[float, float] = (0.0, 0.0),
                       crf: int = 18, preset: str = "veryfast",
                       progress: Callable[[int, int], None] | None = None,
                       cancel: threading.Event | None = None) -> None:
    """Export the move as an H.264 clip (the frames the renderer would draw).

    ``cancel`` is checked every frame; on cancellation or error no partial file remains."""

    if width <= 0 or height <= 0 or width % 2 or height % 2 or duration_frames <= 0:
        raise EncodeError(out_path, f"bad clip size {width}x{height} / {duration_frames} frames")
    if min(zoom_from, zoom_to) < 1.0:
        raise EncodeError(out_path, "zoom factors must be >= 1.0 (the picture must cover)")
    try:
        kb = KenBurns(load_rgb(image_path), width=width, height=height,
                      n_frames=duration_frames, zoom_from=zoom_from, zoom_to=zoom_to, pan=pan)
    except (OSError, ValueError) as e:
        raise ClipError(0, str(image_path), f"cannot read image ({e})") from e
    write_h264_clip(out_path, kb.frame, n_frames=duration_frames, width=width, height=height,
                    fps=fps, crf=crf, preset=preset, cancel=cancel, progress=progress)
