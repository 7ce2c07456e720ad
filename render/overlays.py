"""Overlay layers: RGBA pictures (images, captions) and video overlays blended into yuv420p
frames with numpy, touching only the overlay's rectangle.
"""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np

from render.errors import ClipError
from render.frames import FrameBuf, split_planes
from render.timeline import Overlay, Timeline

if TYPE_CHECKING:
    import av
    from PIL import Image


class Patch:
    """An RGBA picture pre-converted to BT.601 video-range yuv420p planes plus alpha."""

    __slots__ = ("y", "u", "v", "a", "a2", "w", "h", "_key", "_sparse", "_opaque")

    def __init__(self, rgba: np.ndarray, *, opacity: float = 1.0) -> None:
        h, w = rgba.shape[0] // 2 * 2, rgba.shape[1] // 2 * 2
        px = rgba[:h, :w].astype(np.float32)
        r, g, b = px[..., 0], px[..., 1], px[..., 2]
        self.y = (16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255).round()
        cb = 128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255
        cr = 128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255
        self.u = _pool(cb).round()
        self.v = _pool(cr).round()
        alpha = px[..., 3] / 255.0 * opacity if rgba.shape[2] == 4 else \
            np.full((h, w), opacity, dtype=np.float32)
        self.a = alpha.astype(np.float32)
        self.a2 = _pool(self.a)
        self.w, self.h = w, h
        self._key: tuple[int, int, int, int] | None = None
        self._sparse: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self._opaque: list[tuple[np.ndarray, np.ndarray]] = []

    @classmethod
    def from_image(cls, im: Image.Image, *, opacity: float = 1.0) -> Patch:
        return cls(np.asarray(im.convert("RGBA")), opacity=opacity)

    def draw(self, arr: np.ndarray, *, width: int, height: int, x0: int, y0: int) -> None:
        """Blend into a (H*3/2, W) yuv420p array in place, top-left at (x0, y0), clipped."""
        x0, y0 = x0 // 2 * 2, y0 // 2 * 2
        fx0, fy0 = max(x0, 0), max(y0, 0)
        fx1, fy1 = min(x0 + self.w, width), min(y0 + self.h, height)
        if fx1 <= fx0 or fy1 <= fy0:
            return
        if (fx0, fy0, fx1, fy1) == (x0, y0, x0 + self.w, y0 + self.h) \
                and arr.flags.c_contiguous:
            self._draw_sparse(arr.reshape(-1), width=width, height=height, x0=x0, y0=y0)
            return
        px0, py0 = fx0 - x0, fy0 - y0
        sl = (slice(py0, py0 + fy1 - fy0), slice(px0, px0 + fx1 - fx0))
        _mix(arr[:height][fy0:fy1, fx0:fx1], self.y[sl], self.a[sl])
        csl = (slice(py0 // 2, (py0 + fy1 - fy0) // 2), slice(px0 // 2, (px0 + fx1 - fx0) // 2))
        _, u, v = split_planes(arr, width=width, height=height)
        _mix(u[fy0 // 2:fy1 // 2, fx0 // 2:fx1 // 2], self.u[csl], self.a2[csl])
        _mix(v[fy0 // 2:fy1 // 2, fx0 // 2:fx1 // 2], self.v[csl], self.a2[csl])


    def _draw_sparse(self, flat: np.ndarray, *, width: int, height: int, x0: int,
                     y0: int) -> None:
        """The same blend on the visible pixels only (text is mostly transparent), by flat
        index into the frame; the indices are kept while the patch stays put."""
        key = (x0, y0, width, height)
        if key != self._key:
            self._key, self._sparse, self._opaque = key, [], []
            for src, a, off, w, scale in (
                    (self.y, self.a, 0, width, 1),
                    (self.u, self.a2, width * height, width // 2, 2),
                    (self.v, self.a2, width * height * 5 // 4, width // 2, 2)):
                # opaque pixels (text, outline) are a plain copy, ``dst*0 + src*1`` being
                # ``src`` exactly: only the edges need the float blend
                ys, xs = np.nonzero(a == 1)
                idx = off + (ys + y0 // scale) * w + xs + x0 // scale
                self._opaque.append((idx, np.clip(src[ys, xs] + 0.5, 0, 255).astype(np.uint8)))
                ys, xs = np.nonzero((a > 0) & (a < 1))
                idx = off + (ys + y0 // scale) * w + xs + x0 // scale
                self._sparse.append((idx, src[ys, xs], a[ys, xs]))
        for idx, val in self._opaque:
            flat[idx] = val
        for idx, src, a in self._sparse:
            dst = flat[idx].astype(np.float32)
            flat[idx] = np.clip(dst * (1 - a) + src * a + 0.5, 0, 255).astype(np.uint8)


def _pool(x: np.ndarray) -> np.ndarray:
    return (x[0::2, 0::2] + x[1::2, 0::2] + x[0::2, 1::2] + x[1::2, 1::2]) / 4


def _mix(dst: np.ndarray, src: np.ndarray, alpha: np.ndarray) -> None:
    out = dst.astype(np.float32) * (1 - alpha) + src * alpha
    dst[...] = np.clip(out + 0.5, 0, 255).astype(np.uint8)


class OverlayLayer:
    """One :class:`Overlay` (still image or video) drawn on its frame range."""

    def __init__(self, ov: Overlay, *, index: int, width: int, height: int,
                 fps: Fraction) -> None:
        self.ov, self.index, self._w, self._h, self._fps = ov, index, width, height, fps
        self._patch: Patch | None = None
        self._reader: Any = None
        self._sws: Any = None
        self._ow = max(2, round(ov.scale * width) // 2 * 2)

    def _load(self) -> None:
        from PIL import Image

        from render.probe import IMAGE_SUFFIXES

        src = self.ov.source
        if src.lower().endswith(tuple(IMAGE_SUFFIXES)):
            try:
                with Image.open(src) as im:
                    rgba = im.convert("RGBA")
            except (OSError, ValueError) as e:
                raise ClipError(self.index, src, f"cannot read overlay image ({e})") from e
            oh = max(2, round(rgba.height * self._ow / rgba.width))
            self._patch = Patch.from_image(rgba.resize((self._ow, oh), Image.Resampling.LANCZOS),
                                           opacity=self.ov.opacity)
        else:
            from render.decode import VideoReader

            self._reader = VideoReader(src, segment_index=self.index)

    def __call__(self, k: int, frame: av.VideoFrame) -> av.VideoFrame:
        buf = FrameBuf(frame)
        self.draw(k, buf)
        return buf.frame()

    def draw(self, k: int, buf: FrameBuf) -> None:
        """The overlay of frame ``k`` drawn on ``buf``'s planes (untouched off its range)."""
        ov = self.ov
        if not ov.start_frame <= k < ov.start_frame + ov.duration_frames:
            if self._reader is not None and k >= ov.start_frame + ov.duration_frames:
                self._reader.close()
                self._reader = None
            return
        if self._patch is None and self._reader is None:
            self._load()
        patch = self._patch or self._video_patch(k)
        x0 = round(ov.x * self._w - patch.w / 2)
        y0 = round(ov.y * self._h - patch.h / 2)
        patch.draw(buf.planes(), width=self._w, height=self._h, x0=x0, y0=y0)

    def _video_patch(self, k: int) -> Patch:
        raw, _ = self._reader.frame_at(Fraction(k - self.ov.start_frame) / self._fps)
        oh = max(2, round(raw.height * self._ow / raw.width) // 2 * 2)
        if self._sws is None:
            from av.video.reformatter import VideoReformatter

            self._sws = VideoReformatter()
        rgb = self._sws.reformat(raw, width=self._ow, height=oh, format="rgb24").to_ndarray()
        return Patch(rgb, opacity=self.ov.opacity)


def build_layers(timeline: Timeline) -> tuple[Any, ...]:
    """Overlay layers, then comp.overlay/comp.title layers, then captions, in drawing
    order."""
    o = timeline.output
    layers: list[Any] = [OverlayLayer(ov, index=i, width=o.width, height=o.height, fps=o.fps)
                         for i, ov in enumerate(timeline.overlays)]
    if timeline.layers:
        from render.layer_pass import LayerPass

        layers += [LayerPass(x, width=o.width, height=o.height, fps=o.fps)
                   for x in timeline.layers]
    if timeline.captions:
        from render.captions import CaptionLayer

        layers += [CaptionLayer(c, width=o.width, height=o.height, fps=o.fps)
                   for c in timeline.captions]
    return tuple(layers)
