"""Frame-level building blocks: fit any picture to the output size in C (an FFmpeg filter
graph), blend yuv420p frames with numpy only where compositing is needed, and turn stills
into moving Ken Burns clips.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import av

BLACK_Y, WHITE_Y, NEUTRAL_C = 16, 235, 128


def fit_filter(fit: str, width: int, height: int) -> str:
    """The filter chain that maps any input to ``width``x``height`` yuv420p by ``fit`` mode
    (the same chain the ffmpeg CLI reference uses, so quality and speed are comparable)."""
    if fit == "cover":
        return (f"scale={width}:{height}:force_original_aspect_ratio=increase:flags=bicubic,"
                f"crop={width}:{height},setsar=1,format=yuv420p")
    if fit == "contain":
        return (f"scale={width}:{height}:force_original_aspect_ratio=decrease:"
                f"force_divisible_by=2:flags=bicubic,"
                f"pad={width}:{height}:(ow-iw)/2:(oh-ih)/2:black,setsar=1,format=yuv420p")
    return f"scale={width}:{height}:flags=bicubic,setsar=1,format=yuv420p"


class Fitter:
    """Scale/crop/pad frames of one source to the output size with a reusable filter graph.

    The graph is rebuilt only if the input size or pixel format changes mid-stream."""

    def __init__(self, *, fit: str, width: int, height: int) -> None:
        self._chain = fit_filter(fit, width, height)
        self.width, self.height = width, height
        self._key: tuple[int, int, str] | None = None
        self._graph: av.filter.Graph | None = None

    def __call__(self, frame: av.VideoFrame) -> av.VideoFrame:
        if (frame.format.name == "yuv420p" and frame.width == self.width
                and frame.height == self.height):
            return frame
        key = (frame.width, frame.height, frame.format.name)
        if key != self._key:
            self._graph = self._build(frame)
            self._key = key
        assert self._graph is not None
        frame.pts = None
        self._graph.vpush(frame)
        return self._graph.vpull()

    def _build(self, frame: av.VideoFrame) -> av.filter.Graph:
        import av.filter

        g = av.filter.Graph()
        src = g.add_buffer(width=frame.width, height=frame.height, format=frame.format,
                           time_base=Fraction(1, 1000))
        chain = g.add("null")
        src.link_to(chain)
        last = chain
        for part in self._chain.split(","):
            name, _, args = part.partition("=")
            node = g.add(name, args) if args else g.add(name)
            last.link_to(node)
            last = node
        sink = g.add("buffersink")
        last.link_to(sink)
        g.configure()
        return g


def solid_frame(width: int, height: int, *, y: int = BLACK_Y) -> av.VideoFrame:
    """A flat grey-level yuv420p frame (black by default)."""
    import av

    arr = np.full((height * 3 // 2, width), NEUTRAL_C, dtype=np.uint8)
    arr[:height] = y
    return av.VideoFrame.from_ndarray(arr, format="yuv420p")


def to_planes(frame: av.VideoFrame) -> np.ndarray:
    """yuv420p frame -> (H*3/2, W) uint8 array (a copy; safe to modify)."""
    return frame.to_ndarray(format="yuv420p")


def from_planes(arr: np.ndarray) -> av.VideoFrame:
    """A frame wrapping ``arr`` (H*3/2, W) without a copy: the frame owns the array from now
    on, so the caller must not modify ``arr`` afterwards (the encoder copies what it reads)."""
    import av

    if arr.shape[0] % 6:  # PyAV wraps only heights divisible by 4 (it floors H/4); copy
        return av.VideoFrame.from_ndarray(np.ascontiguousarray(arr), format="yuv420p")
    return av.VideoFrame.from_numpy_buffer(np.ascontiguousarray(arr), format="yuv420p")


class FrameBuf:
    """One output frame on its way through the layers: turned into planes (a copy) at most
    once, however many layers draw on it, and wrapped back into a frame once at the end."""

    __slots__ = ("_frame", "_arr")

    def __init__(self, frame: av.VideoFrame | None = None, *,
                 planes: np.ndarray | None = None) -> None:
        """From a frame (copied when first drawn on) or from planes this buffer may own."""
        if (frame is None) == (planes is None):
            raise ValueError("FrameBuf needs a frame or planes, not both")
        self._frame, self._arr = frame, planes

    def planes(self) -> np.ndarray:
        """The frame's (H*3/2, W) yuv420p planes, owned by this buffer: draw on them in place."""
        if self._arr is None:
            assert self._frame is not None
            self._arr, self._frame = to_planes(self._frame), None
        return self._arr

    def set_planes(self, arr: np.ndarray) -> None:
        """Replace the planes (a layer that drew into a new array hands it over)."""
        self._frame, self._arr = None, arr

    def frame(self) -> av.VideoFrame:
        """The frame as drawn so far (unchanged and uncopied when nothing drew on it)."""
        if self._frame is None:
            assert self._arr is not None
            self._frame, self._arr = from_planes(self._arr), None
        return self._frame


def blend(a: np.ndarray, b: np.ndarray, alpha: float) -> np.ndarray:
    """``(1-alpha)*a + alpha*b`` on yuv420p planes, rounded, in integer arithmetic
    (``render.transitions.base.mix``: one OpenCV pass, the same integers)."""
    import cv2

    w = int(round(alpha * 256))
    return cv2.addWeighted(a, (256 - w) / 256, b, w / 256, 1 / 512)


def blend_flat(a: np.ndarray, *, height: int, y: int, alpha: float) -> np.ndarray:
    """Blend towards a flat colour (black or white) with neutral chroma."""
    flat = np.full_like(a, NEUTRAL_C)
    flat[:height] = y
    return blend(a, flat, alpha)


class Zoomer:
    """Centre zoom by a factor >= 1: scale up in C, crop the centre (numpy slice).

    One swscale context per target size is kept (creating one per frame costs more than the
    scaling itself), so sizes are even and the cache is bounded."""

    MAX_CONTEXTS = 24

    def __init__(self) -> None:
        self._ctx: dict[tuple[int, int], object] = {}

    def __call__(self, frame: av.VideoFrame, factor: float) -> av.VideoFrame:
        w, h = frame.width, frame.height
        zw, zh = _even(w * factor), _even(h * factor)
        if zw <= w or zh <= h:
            return frame
        big = self._reformatter(zw, zh).reformat(frame, width=zw, height=zh, format="yuv420p",
                                                 interpolation="BILINEAR")
        yp, up, vp = split_planes(to_planes(big), width=zw, height=zh)
        x0, y0 = (zw - w) // 4 * 2, (zh - h) // 4 * 2
        cx, cy, cw, ch = x0 // 2, y0 // 2, w // 2, h // 2
        out = np.concatenate([yp[y0:y0 + h, x0:x0 + w].reshape(-1),
                              up[cy:cy + ch, cx:cx + cw].reshape(-1),
                              vp[cy:cy + ch, cx:cx + cw].reshape(-1)])
        return from_planes(out.reshape(h * 3 // 2, w))

    def _reformatter(self, zw: int, zh: int) -> Any:
        from av.video.reformatter import VideoReformatter

        r = self._ctx.get((zw, zh))
        if r is None:
            if len(self._ctx) >= self.MAX_CONTEXTS:
                self._ctx.pop(next(iter(self._ctx)))
            r = self._ctx[(zw, zh)] = VideoReformatter()
        return r


def split_planes(arr: np.ndarray, *, width: int, height: int) -> tuple[np.ndarray, ...]:
    """Views of the Y, U and V planes inside a (H*3/2, W) yuv420p array (even W and H)."""
    flat = arr.reshape(-1)
    n, c = width * height, (width // 2) * (height // 2)
    return (flat[:n].reshape(height, width), flat[n:n + c].reshape(height // 2, width // 2),
            flat[n + c:n + 2 * c].reshape(height // 2, width // 2))


def brightness(arr: np.ndarray, *, height: int, amount: float) -> np.ndarray:
    """Add ``amount`` (fraction of the luma range, -1..1) to luma, clipped to video range."""
    delta = int(round(amount * (WHITE_Y - BLACK_Y)))
    if delta == 0:
        return arr
    y = arr[:height].astype(np.int16) + delta
    arr[:height] = np.clip(y, BLACK_Y, WHITE_Y).astype(np.uint8)
    return arr


def _even(x: float) -> int:
    return max(2, int(round(x / 2)) * 2)


def load_still(path: str | Path) -> av.VideoFrame:
    """Decode a still image once (EXIF orientation applied) into an rgb24/rgba frame."""
    import av
    from PIL import Image, ImageOps

    with Image.open(path) as im:
        im = ImageOps.exif_transpose(im)
        im = im.convert("RGBA" if im.mode in ("RGBA", "LA", "P") else "RGB")
        if im.mode == "RGBA":  # flatten transparency onto black for a clip background
            bg = Image.new("RGB", im.size, (0, 0, 0))
            bg.paste(im, mask=im.getchannel("A"))
            im = bg
        return av.VideoFrame.from_image(im)
