"""Frame painters for :mod:`render.visualizer`. ``painter(style, w, h, lut)`` returns
``draw(k, feats) -> (h*3/2, w) uint8`` yuv420p; frames must be drawn in order (particles and
the tunnel keep state from frame to frame)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from render.visualizer import AudioFrames

Draw = Callable[[int, "AudioFrames"], np.ndarray]


class _Canvas:
    """yuv420p planes of one frame plus the background they are reset to."""

    def __init__(self, w: int, h: int, lut: np.ndarray) -> None:
        self.w, self.h, self.lut = w, h, lut
        self.arr = np.empty((h * 3 // 2, w), np.uint8)
        flat = self.arr.reshape(-1)
        n, c = w * h, (w // 2) * (h // 2)
        self.y = flat[:n].reshape(h, w)
        self.u = flat[n:n + c].reshape(h // 2, w // 2)
        self.v = flat[n + c:].reshape(h // 2, w // 2)
        shade = (1.0 - 0.5 * np.abs(np.linspace(-1, 1, h)))[:, None]  # lighter in the middle
        base = lut[10].astype(np.float32)
        self.bg_y = np.broadcast_to((16 + (base[0] - 16) * shade).astype(np.uint8), (h, w)).copy()
        self.bg_u = np.full((h // 2, w // 2), lut[10, 1], np.uint8)
        self.bg_v = np.full((h // 2, w // 2), lut[10, 2], np.uint8)
        self.reset()

    def reset(self) -> None:
        self.y[...], self.u[...], self.v[...] = self.bg_y, self.bg_u, self.bg_v

    def paint(self, mask: np.ndarray, value: np.ndarray, box: tuple[int, int, int, int] = (
            0, 0, 0, 0)) -> None:
        """Colour ``mask`` pixels by palette ``value`` (uint8 per pixel, or per column as a
        (1, w) row); ``box`` = (y0, x0, h, w) places a sub-frame mask (even offsets)."""
        y0, x0, h, w = box if box[2] else (0, 0, self.h, self.w)
        yv = np.take(self.lut[:, 0], value)
        np.copyto(self.y[y0:y0 + h, x0:x0 + w], np.broadcast_to(yv, (h, w)), where=mask)
        m2 = mask[::2, ::2]
        v2 = value[::2, ::2] if value.shape[0] > 1 else value[:, ::2]
        for plane, ch in ((self.u, 1), (self.v, 2)):
            cv = np.take(self.lut[:, ch], v2)
            np.copyto(plane[y0 // 2:(y0 + h) // 2, x0 // 2:(x0 + w) // 2],
                      np.broadcast_to(cv, m2.shape), where=m2)


def _bars(c: _Canvas) -> Draw:
    n_bars = 48
    col_band = (np.arange(c.w) * n_bars // c.w).astype(np.int32)
    gap = ((np.arange(c.w) * n_bars) % c.w) >= c.w * 0.22  # a gap before each bar
    rows = np.abs(np.arange(c.h, dtype=np.float32) - c.h / 2)[:, None]

    def draw(k: int, f: AudioFrames) -> np.ndarray:
        c.reset()
        lv = f.bands[k][np.arange(n_bars) * f.bands.shape[1] // n_bars]
        height = (lv[col_band] * c.h * 0.42 + 2)[None, :]
        value = (80 + lv[col_band] * 175).astype(np.uint8)[None, :]
        c.paint((rows < height * 1.06) & gap[None, :], (value * 0.55).astype(np.uint8))
        c.paint((rows < height) & gap[None, :], value)
        return c.arr

    return draw


def _polar(h: int, w: int) -> tuple[np.ndarray, np.ndarray]:
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    dx, dy = xx - w / 2, yy - h / 2
    return np.sqrt(dx * dx + dy * dy), (np.arctan2(dx, -dy) / np.pi)  # angle -1..1


def _circle(c: _Canvas) -> Draw:
    r0 = c.h * 0.2
    side = min(int(r0 + c.h * 0.25 + 6) // 2 * 4, c.h // 2 * 2)  # box around the ring
    box = ((c.h - side) // 4 * 2, (c.w - side) // 4 * 2, side, side)
    r, ang = _polar(side, side)
    band = (np.abs(ang) * 63).astype(np.int32)  # mirrored left/right

    def draw(k: int, f: AudioFrames) -> np.ndarray:
        c.reset()
        lv = f.bands[k]
        amp = np.take((lv * c.h * 0.25).astype(np.float32), band)
        bass = float(lv[:6].mean())
        c.paint(r < r0 * (0.8 + 0.25 * bass), np.full((1, side), int(40 + 120 * bass),
                                                      np.uint8), box)
        ring = (r > r0) & (r < r0 + 3 + amp)
        c.paint(ring, np.take((90 + lv * 165).astype(np.uint8), band), box)
        return c.arr

    return draw


def _wave(c: _Canvas) -> Draw:
    rows = np.arange(c.h, dtype=np.float32)[:, None]
    cols = np.arange(c.w) * 512 // c.w

    def draw(k: int, f: AudioFrames) -> np.ndarray:
        c.reset()
        y = c.h / 2 + f.wave[k][cols] * c.h * 0.32 * (0.4 + 0.6 * f.level[k])
        d = np.abs(rows - y[None, :])
        c.paint(d < 10, np.full((1, c.w), 70, np.uint8))
        c.paint(d < 3.5, np.full((1, c.w), int(150 + 100 * f.level[k]), np.uint8))
        return c.arr

    return draw


def _particles(c: _Canvas) -> Draw:
    """Glowing sparks with fading trails, drawn at chroma resolution (every spark a 2x2 px
    dot) and scaled up bilinearly: soft dots, and a picture x264 can encode quickly."""
    import cv2

    rng = np.random.default_rng(0)
    n = 1400  # 1800 looked the same and cost x264 8 % more (encoder-only, one thread)
    pos = rng.normal(0, 0.05, (n, 2)).astype(np.float32)
    vel = rng.normal(0, 1, (n, 2)).astype(np.float32)
    vel /= np.linalg.norm(vel, axis=1, keepdims=True)
    band = rng.integers(0, 64, n)
    hw, hh = c.w // 2, c.h // 2
    bg = c.bg_y[::2, ::2].astype(np.float32)
    trail = bg.copy()
    small = np.empty((hh, hw), np.uint8)

    def draw(k: int, f: AudioFrames) -> np.ndarray:
        nonlocal pos, trail
        lv = f.bands[k]
        pos += vel * (0.002 + 0.02 * lv[band][:, None] + 0.01 * f.level[k])
        out = (pos * pos).sum(axis=1) > 2.25  # past a radius of 1.5: a round burst, no straight edges
        pos[out] = rng.normal(0, 0.03, (int(out.sum()), 2))
        trail = bg + (trail - bg) * 0.8
        px = (pos[:, 0] * 0.5 * hh + hw / 2).astype(int)
        py = (pos[:, 1] * 0.5 * hh + hh / 2).astype(int)
        ok = (px >= 0) & (px < hw) & (py >= 0) & (py < hh)
        px, py, val = px[ok], py[ok], (100 + lv[band[ok]] * 155).astype(np.uint8)
        col = c.lut[val]
        trail[py, px] = col[:, 0]
        np.copyto(small, trail, casting="unsafe")
        cv2.resize(small, (c.w, c.h), dst=c.y, interpolation=cv2.INTER_LINEAR)
        c.u[...], c.v[...] = c.bg_u, c.bg_v
        c.u[py, px], c.v[py, px] = col[:, 1], col[:, 2]
        return c.arr

    return draw


def _tunnel(c: _Canvas) -> Draw:
    """Rings flying towards the viewer out of a glowing portal as high as the frame, crossed
    by soft spokes. Encoder-friendly by design (x264 veryfast on one core spent most of the
    render on the first, frame-filling tunnel): rings are evenly spaced in log radius (3 per
    doubling), so they move at most ~6 px per frame, which x264's motion search follows (the
    1/r spacing of a perspective tunnel moved the outer rings tens of pixels per frame); the
    portal fades out at half the frame height into a still background that x264 skips; and
    rings fade where they get narrower than a few pixels (no aliasing at the centre). Ring
    brightness comes from a table rotated by the phase (one look-up per pixel per frame)."""
    import cv2

    rings, outer = 3.0, c.h * 0.35

    def grid(h: int, w: int) -> tuple[np.ndarray, np.ndarray]:
        r, ang = _polar(h, w)
        r = r * (c.h / h)  # in luma pixels, so luma and chroma grids agree
        depth = (-rings * 256 * np.log2(r + 8)).astype(np.int64) & 255
        density = rings / np.log(2) / (r + 8)  # rings per pixel
        edge = np.clip((r - outer) / (c.h * 0.15), 0, 1)  # gone at half the frame height
        fade = np.clip(1.6 - density * 8, 0, 1) * np.clip(r / outer, 0, 1) \
            * (1 - edge * edge * (3 - 2 * edge))
        spokes = 0.45 + 0.55 * (0.5 + 0.5 * np.cos(2 * np.pi * 6 * ang))
        return depth.astype(np.uint8), (fade * spokes * 255).astype(np.uint8)

    (depth, weight), (depth_c, weight_c) = grid(c.h, c.w), grid(c.h // 2, c.w // 2)
    profile = ((0.5 + 0.5 * np.cos(2 * np.pi * np.arange(256) / 256)) * 255).astype(np.uint8)
    phase = 0.0

    def draw(k: int, f: AudioFrames) -> np.ndarray:
        nonlocal phase
        lv = f.bands[k]
        phase += 0.014 + 0.056 * float(lv[:8].mean())  # rings per frame, faster on bass
        table = np.roll(profile, -int(phase * 256) % 256)
        light = (0.3 + 0.7 * max(float(f.level[k]), float(lv[8:40].mean()))) / 255
        for d, wgt, plane, ch in ((depth, weight, c.y, 0), (depth_c, weight_c, c.u, 1),
                                  (depth_c, weight_c, c.v, 2)):
            value = cv2.multiply(cv2.LUT(d, table), wgt, scale=light)
            cv2.LUT(value, c.lut[:, ch].copy(), dst=plane)
        return c.arr

    return draw


PAINTERS = {"bars": _bars, "circle": _circle, "wave": _wave, "particles": _particles,
            "tunnel": _tunnel}


def painter(style: str, width: int, height: int, lut: np.ndarray) -> Draw:
    return PAINTERS[style](_Canvas(width, height, lut))
