"""Drawing :class:`render.layers.LayerSpec` layers onto yuv420p output frames (numpy, on the
layer's bounding box only)."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np

from render.frames import FrameBuf, split_planes
from render.layers import LayerError, LayerSpec, check_inside, envelope, place
from render.text import FontError, render_block

if TYPE_CHECKING:
    import av
    from PIL import Image


def _pool(x: np.ndarray) -> np.ndarray:
    return (x[0::2, 0::2] + x[1::2, 0::2] + x[0::2, 1::2] + x[1::2, 1::2]) / 4


def rgb_to_yuv(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(h, w, 3) float 0..255 -> BT.601 video-range Y (h, w) and full-size Cb, Cr."""
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    y = 16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255
    cb = 128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255
    cr = 128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255
    return y, cb, cr


def yuv_to_rgb(y: np.ndarray, u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """BT.601 video range -> (h, w, 3) float 0..255 (u, v already at full size)."""
    c, d, e = 1.164383 * (y - 16), u - 128, v - 128
    return np.stack([c + 1.596027 * e, c - 0.391762 * d - 0.812968 * e, c + 2.017232 * d],
                    axis=-1)


class Picture:
    """An RGBA picture as float RGB, Y/U/V planes and alpha (full and chroma size)."""

    __slots__ = ("rgb", "y", "u", "v", "a", "a2", "w", "h")

    def __init__(self, rgba: np.ndarray) -> None:
        h, w = rgba.shape[0] // 2 * 2, rgba.shape[1] // 2 * 2
        px = rgba[:h, :w].astype(np.float32)
        self.rgb = px[..., :3]
        self.y, cb, cr = rgb_to_yuv(self.rgb)
        self.u, self.v = _pool(cb), _pool(cr)
        self.a = px[..., 3] / 255.0 if px.shape[2] == 4 else np.ones((h, w), np.float32)
        self.a2 = _pool(self.a)
        self.w, self.h = w, h

    def draw(self, arr: np.ndarray, *, width: int, height: int, x0: int, y0: int,
             alpha: float, blend: str) -> None:
        """Blend into a (H*3/2, W) yuv420p array in place, top-left at (x0, y0), clipped."""
        x0, y0 = x0 // 2 * 2, y0 // 2 * 2
        fx0, fy0 = max(x0, 0), max(y0, 0)
        fx1, fy1 = min(x0 + self.w, width), min(y0 + self.h, height)
        if fx1 <= fx0 or fy1 <= fy0 or alpha <= 0:
            return
        sy, sx = slice(fy0 - y0, fy1 - y0), slice(fx0 - x0, fx1 - x0)
        csy, csx = slice(sy.start // 2, sy.stop // 2), slice(sx.start // 2, sx.stop // 2)
        yp, up, vp = split_planes(arr, width=width, height=height)
        dy = yp[fy0:fy1, fx0:fx1]
        du, dv = up[fy0 // 2:fy1 // 2, fx0 // 2:fx1 // 2], vp[fy0 // 2:fy1 // 2, fx0 // 2:fx1 // 2]
        a = self.a[sy, sx] * alpha
        a2 = self.a2[csy, csx] * alpha
        if blend == "normal":
            _mix(dy, self.y[sy, sx], a)
            _mix(du, self.u[csy, csx], a2)
            _mix(dv, self.v[csy, csx], a2)
            return
        base = yuv_to_rgb(dy.astype(np.float32), _up(du), _up(dv))
        top = self.rgb[sy, sx]
        mixed = _blend(blend, np.clip(base, 0, 255), top)
        out = base + (mixed - base) * a[..., None]
        ny, ncb, ncr = rgb_to_yuv(np.clip(out, 0, 255))
        dy[...] = np.clip(ny + 0.5, 0, 255).astype(np.uint8)
        du[...] = np.clip(_pool(ncb) + 0.5, 0, 255).astype(np.uint8)
        dv[...] = np.clip(_pool(ncr) + 0.5, 0, 255).astype(np.uint8)


def _up(c: np.ndarray) -> np.ndarray:
    return np.repeat(np.repeat(c.astype(np.float32), 2, axis=0), 2, axis=1)


def _blend(mode: str, base: np.ndarray, top: np.ndarray) -> np.ndarray:
    if mode == "add":
        return np.minimum(base + top, 255.0)
    if mode == "screen":
        return 255.0 - (255.0 - base) * (255.0 - top) / 255.0
    return base * top / 255.0  # multiply


def _mix(dst: np.ndarray, src: np.ndarray, alpha: np.ndarray) -> None:
    out = dst + (src - dst) * alpha
    dst[...] = np.clip(out + 0.5, 0, 255).astype(np.uint8)


class LayerPass:
    """Compositor layer for one :class:`LayerSpec` (callable per output frame)."""

    def __init__(self, spec: LayerSpec, *, width: int, height: int, fps: Fraction) -> None:
        spec.validate()
        self.spec, self._w, self._h, self._fps = spec, width, height, fps
        self._pic: Picture | None = None
        self._reader: Any = None
        self._sws: Any = None
        self._ow = max(2, round(spec.scale * width) // 2 * 2)
        if spec.kind != "video":
            try:
                still = self._still()
            except FontError as e:  # e.g. a font file removed since the node ran
                raise LayerError(spec.node, "font", str(e)) from e
            self._pic = Picture(np.asarray(still.convert("RGBA")))
            check_inside(spec, w=self._pic.w, h=self._pic.h, width=width, height=height)

    def _still(self) -> Image.Image:
        from PIL import Image

        s = self.spec
        if s.kind == "text":
            if not s.text.strip():
                raise LayerError(s.node, "text", "the text is empty")
            safe = 0.9 if s.safe_area else 1.0
            return render_block(s.text.split("\n"), s.style, width=self._w, height=self._h,
                                max_width=round(s.max_width * safe * self._w))
        try:
            with Image.open(s.source) as im:
                rgba = im.convert("RGBA")
        except (OSError, ValueError) as e:
            raise LayerError(s.node, "image", f"cannot read {s.source!r} ({e})") from e
        oh = max(2, round(rgba.height * self._ow / rgba.width))
        return rgba.resize((self._ow, oh), Image.Resampling.LANCZOS)

    def __call__(self, k: int, frame: av.VideoFrame) -> av.VideoFrame:
        buf = FrameBuf(frame)
        self.draw(k, buf)
        return buf.frame()

    def draw(self, k: int, buf: FrameBuf) -> None:
        """The layer at frame ``k`` drawn on ``buf``'s planes (untouched off its range)."""
        s = self.spec
        if not s.start_frame <= k < s.start_frame + s.duration_frames:
            if self._reader is not None and k >= s.start_frame + s.duration_frames:
                self._reader.close()
                self._reader = None
            return
        pic = self._pic or self._video_picture(k)
        alpha, progress = envelope(s, k)
        if alpha <= 0:  # nothing to draw: keep the frame uncopied
            return
        x0, y0 = place(s, w=pic.w, h=pic.h, width=self._w, height=self._h, progress=progress)
        pic.draw(buf.planes(), width=self._w, height=self._h, x0=x0, y0=y0, alpha=alpha,
                 blend=s.blend)

    def _video_picture(self, k: int) -> Picture:
        if self._reader is None:
            from render.decode import VideoReader

            self._reader = VideoReader(self.spec.source, segment_index=-1)
        raw, _ = self._reader.frame_at(Fraction(k - self.spec.start_frame) / self._fps)
        oh = max(2, round(raw.height * self._ow / raw.width) // 2 * 2)
        if self._sws is None:
            from av.video.reformatter import VideoReformatter

            self._sws = VideoReformatter()
        rgb = self._sws.reformat(raw, width=self._ow, height=oh, format="rgb24").to_ndarray()
        return Picture(rgb)

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
