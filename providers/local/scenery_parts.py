"""Scene parts for :mod:`providers.local.scenery`: aurora, sea, lighthouse, skyline, forest,
mountains, nebula. Each paints into a float RGB image (0..1) in place."""

from __future__ import annotations

import numpy as np

from providers.local.scenery import blend, fill_below, rgb, ridge


def _up(small: np.ndarray, h: int, w: int) -> np.ndarray:
    """Bilinear upscale of a small float (h', w', 3) layer (soft layers only); OpenCV's
    equals Pillow's per-plane resize to 1e-7 at a fifth of the time."""
    import cv2

    return np.asarray(cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR))


def aurora(img: np.ndarray, rng: np.random.Generator, horizon: float) -> None:
    """Curtains of green and violet light with vertical rays, added as glow."""
    h, w = img.shape[:2]
    sh, sw = max(8, h // 4), max(8, w // 4)
    yy = np.arange(sh, dtype=np.float32)[:, None] / sh
    layer = np.zeros((sh, sw, 3), np.float32)
    for k in range(int(rng.integers(2, 4))):
        base = horizon * rng.uniform(0.25, 0.6) + 0.12 * ridge(sw, rng, octaves=3, rough=0.6)
        rays = 0.55 + 0.45 * np.abs(ridge(sw, rng, octaves=6, rough=0.8)) ** 0.5
        below = np.exp(-((yy - base) / 0.025) ** 2)
        above = np.exp(-np.clip(base - yy, 0, None) / rng.uniform(0.12, 0.25)) * (yy < base)
        shape = (np.maximum(below, above * 0.8) * rays).astype(np.float32)
        green = np.asarray((0.15, 1.0, 0.55) if k % 2 == 0 else (0.2, 0.9, 0.75), np.float32)
        violet = np.asarray((0.65, 0.25, 0.9), np.float32)
        top_tint = np.clip((base - yy) / 0.2, 0, 1)[..., None]
        layer += shape[..., None] * (green * (1 - top_tint) + violet * top_tint) * 0.55
    img += _up(layer, h, w) * (np.arange(h)[:, None, None] < horizon * h + 2)


def sea(img: np.ndarray, rng: np.random.Generator, horizon: float) -> None:
    """Water below the horizon: the sky mirrored, darkened and broken into ripples."""
    h, w = img.shape[:2]
    y0 = int(horizon * h)
    n = h - y0
    if n <= 0:
        return
    depth = np.arange(n, dtype=np.float32) / max(n, 1)
    src = np.clip(y0 - 1 - (np.arange(n) * 0.9).astype(int), 0, y0 - 1)
    sw = max(8, w // 6)
    ripple = np.interp(np.linspace(0, sw - 1, w), np.arange(sw),  # smooth across x
                       np.abs(ridge(sw, rng, octaves=4, rough=0.7))).astype(np.float32)
    # waves in perspective: a few pixels apart at the horizon, wide near the viewer; their
    # contrast fades with distance, so the far water never turns into aliased stripes
    phase = np.cumsum(2 * np.pi / (3.0 + 0.05 * h * depth)).astype(np.float32)
    amp = (0.12 + 0.33 * depth).astype(np.float32)
    mod = 1 - amp[:, None] + amp[:, None] * np.cos(phase[:, None] + ripple[None, :] * 7.0)
    refl = img[src]
    refl *= rgb(mod * (0.95 * (1 - 0.45 * depth))[:, None], (1, 1, 1))
    deep = np.asarray((0.01, 0.03, 0.06), np.float32) + img[y0 - 1, w // 2] * 0.15
    img[y0:] = refl + deep * depth[:, None, None]
    img[y0:y0 + 1] = np.maximum(img[y0:y0 + 1], img[y0 - 1:y0] * 1.1)  # bright horizon line


def lighthouse(img: np.ndarray, rng: np.random.Generator, horizon: float, night: bool,
               size: float = 1.0) -> None:
    """A striped tower on a rock, lamp lit, its beam sweeping sideways; ``size`` scales it
    (close-ups are bigger, wide shots smaller)."""
    h, w = img.shape[:2]
    # off-centre for 16:9, yet inside the middle third that a 9:16 centre crop keeps
    cx = w * rng.choice([rng.uniform(0.41, 0.45), rng.uniform(0.55, 0.59)])
    base_y = horizon * h + 0.06 * h
    top_y = max(base_y - rng.uniform(0.38, 0.48) * size * h, 0.14 * h)  # lamp stays in frame
    xs = np.arange(w, dtype=np.float32)
    rock = base_y - 0.07 * h * np.clip(1 - ((xs - cx) / (0.16 * w)) ** 2, 0, 1) ** 0.7 \
        + 0.01 * h * ridge(w, rng, octaves=6)
    fill_below(img, rock, (0.03, 0.03, 0.04), soft=1.2)
    bw, tw = 0.035 * w * size, 0.022 * w * size  # tower half-widths at base and top
    # the tower covers nothing outside its bounding box: paint only inside it
    y0, y1 = max(int(top_y), 0), min(int(np.ceil(base_y - 0.04 * h)) + 1, h)
    x0, x1 = max(int(cx - max(bw, tw) - 2), 0), min(int(cx + max(bw, tw) + 3), w)
    y = np.arange(y0, y1, dtype=np.float32)[:, None]
    u = np.clip((base_y - 0.05 * h - y) / (base_y - 0.05 * h - top_y), 0, 1)
    half = bw + (tw - bw) * u
    bx = xs[x0:x1]
    inside = np.clip(half - np.abs(bx[None, :] - cx) + 0.5, 0, 1) * (y > top_y) \
        * (y < base_y - 0.04 * h)
    stripes = ((u * 5).astype(int) % 2)[..., None]
    shade = 0.35 if night else 0.9
    color = np.where(stripes, np.float32((0.75 * shade, 0.08, 0.08)), np.float32((shade,) * 3))
    box = img[y0:y1, x0:x1]
    box *= 1 - inside[..., None]
    box += inside[..., None] * color * (0.6 + 0.4 * np.clip((cx - bx) / bw, -1, 1))[None, :,
                                                                                       None]
    lamp_y = top_y - 0.03 * h
    _lamp(img, cx, lamp_y, tw, night, rng)


def _lamp(img: np.ndarray, cx: float, cy: float, r: float, night: bool,
          rng: np.random.Generator) -> None:
    h, w = img.shape[:2]
    yy, xx = np.ogrid[0:h, 0:w]
    dx, dy = (xx - cx).astype(np.float32), (yy - cy).astype(np.float32)
    dist = np.sqrt(dx * dx + dy * dy)
    glow = np.exp(-dist / np.float32(r * (3.0 if night else 1.2)))
    img += rgb(glow, (1.0, 0.85, 0.45))
    side = -1.0 if cx > w / 2 else 1.0
    angle = rng.uniform(-0.12, 0.05)
    # the beam lies where along > 0: only columns on its side of the lamp (the tilt moves
    # that boundary by at most the farthest row's distance times tan(angle))
    reach = max(cy, h - cy) * abs(float(np.tan(angle))) + 2
    x0, x1 = (max(int(cx - reach), 0), w) if side > 0 else (0, min(int(cx + reach) + 1, w))
    dx = dx[:, x0:x1]
    along = dx * side * np.cos(angle) + dy * np.sin(angle)
    across = np.abs(-dx * side * np.sin(angle) + dy * np.cos(angle))
    cone = np.clip(1 - across / (0.03 * h + along * 0.13), 0, 1) * (along > 0)
    beam = cone * np.sqrt(cone) * np.exp(-along / np.float32(0.9 * w)) \
        * np.float32(0.55 if night else 0.2)  # cone ** 1.5, 15x faster
    img[:, x0:x1] += rgb(beam, (1.0, 0.92, 0.65))


def skyline(img: np.ndarray, rng: np.random.Generator, ground: float, night: bool) -> None:
    """Two rows of buildings, the near one with lit windows."""
    h, w = img.shape[:2]
    for layer in (0, 1):
        tops = np.empty(w, np.float32)
        x = 0
        while x < w:
            bw = max(1, int(rng.uniform(0.03, 0.09) * w))  # >= 1: tiny widths looped forever
            tops[x:x + bw] = ground * h - rng.uniform(0.08, 0.3 + 0.15 * layer) * h
            x += bw
        shade = (0.05, 0.06, 0.1) if layer else (0.1, 0.12, 0.2)
        fill_below(img, tops, shade if night else tuple(c * 3 for c in shade))
        if layer:
            _windows(img, tops, rng, night, ground)
    img[int(ground * h):] *= 0.6


def _windows(img: np.ndarray, tops: np.ndarray, rng: np.random.Generator, night: bool,
             ground: float) -> None:
    h, w = img.shape[:2]
    cell = max(4, w // 160) * 2
    gy, gx = np.mgrid[0:h, 0:w]
    lit = rng.random((h // cell + 1, w // cell + 1)) < (0.35 if night else 0.1)
    mask = lit[gy // cell, gx // cell] & (gy % cell < cell // 2) & (gx % cell < cell // 2) \
        & (gy > tops[None, :] + cell) & (gy < ground * h - cell)
    warm = rng.random((h // cell + 1, w // cell + 1, 1)) < 0.8
    color = np.where(warm, np.float32((1.0, 0.78, 0.4)), np.float32((0.5, 0.85, 1.0)))
    blend(img, color[gy // cell, gx // cell], mask.astype(np.float32) * 0.9)


def forest(img: np.ndarray, rng: np.random.Generator, ground: float, night: bool) -> None:
    """Three rows of pine silhouettes, the far ones paler (aerial perspective)."""
    h, w = img.shape[:2]
    xs = np.arange(w, dtype=np.float32)
    haze = img[int(ground * h) - 1, w // 2].copy()
    for layer in range(3):
        near = (layer + 1) / 3
        tops = np.full(w, ground * h + 0.02 * h * layer, np.float32)
        step = (0.05 - 0.012 * layer) * w
        for cx in np.arange(-step, w + step, step * rng.uniform(0.6, 1.0)):
            cx += rng.uniform(-0.3, 0.3) * step
            th = rng.uniform(0.18, 0.3) * h * (0.6 + 0.5 * near)
            jag = (np.abs(xs - cx) % max(0.012 * w, 8.0)) * 0.5
            tops = np.minimum(tops, ground * h + 0.02 * h * layer - th
                              + np.abs(xs - cx) * th / (0.5 * step) + jag)
        dark = np.asarray((0.02, 0.06, 0.04) if night else (0.05, 0.18, 0.09), np.float32)
        fill_below(img, tops, dark * near + haze * (1 - near) * 0.8, soft=1.0)


def mountains(img: np.ndarray, rng: np.random.Generator, ground: float) -> None:
    h, w = img.shape[:2]
    haze = img[int(ground * h) - 1, w // 2].copy()
    for layer in range(3):
        near = (layer + 1) / 3
        top = (ground - 0.28 + 0.09 * layer) * h + 0.12 * h * ridge(w, rng, octaves=7, rough=0.55)
        color = haze * (1 - near * 0.8) + np.asarray((0.05, 0.06, 0.1), np.float32) * near
        fill_below(img, top, color)


def nebula(img: np.ndarray, rng: np.random.Generator) -> None:
    h, w = img.shape[:2]
    sh, sw = max(8, h // 6), max(8, w // 6)
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    layer = np.zeros((sh, sw, 3), np.float32)
    for _ in range(int(rng.integers(4, 8))):
        cx, cy, r = rng.uniform(0, sw), rng.uniform(0, sh), rng.uniform(0.1, 0.35) * sw
        col = np.asarray(rng.choice([(0.8, 0.2, 0.6), (0.2, 0.4, 1.0), (0.9, 0.5, 0.2),
                                     (0.3, 0.9, 0.9)]), np.float32)
        layer += np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (r * r))[..., None] * col * 0.35
    img += _up(layer, h, w)


def planet(img: np.ndarray, rng: np.random.Generator) -> None:
    h, w = img.shape[:2]
    # right of centre, but its middle stays inside what a 9:16 centre crop keeps
    cx, cy, r = rng.uniform(0.56, 0.64) * w, rng.uniform(0.55, 0.8) * h, rng.uniform(0.15, 0.26) * h
    col = np.asarray(rng.choice([(0.8, 0.55, 0.35), (0.4, 0.6, 0.9), (0.7, 0.4, 0.7)]),
                     np.float32)
    # the disc (inside > 0) lies within r + 1/r of its centre: paint only that box
    y0, y1 = max(int(cy - r) - 2, 0), min(int(cy + r) + 3, h)
    x0, x1 = max(int(cx - r) - 2, 0), min(int(cx + r) + 3, w)
    if y0 >= y1 or x0 >= x1:
        return
    yy, xx = np.ogrid[y0:y1, x0:x1]
    dx, dy = (xx - cx) / r, (yy - cy) / r
    inside = np.clip((1 - np.sqrt(dx * dx + dy * dy)) * r, 0, 1).astype(np.float32)
    light = np.clip(0.2 - dx * 0.7 - dy * 0.5, 0.03, 1).astype(np.float32)
    bands = 0.8 + 0.2 * np.sin(dy * 9 + np.sin(dx * 3))
    box = img[y0:y1, x0:x1]
    blend(box, np.zeros(3, np.float32), inside)
    box += rgb(inside * light * bands, col)
