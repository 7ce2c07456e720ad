"""Transitions with movement: whip (slide with motion smear), zoom blur, glitch."""

from __future__ import annotations

import numpy as np

from render.effects.base import FrameCtx, frame_rng, planes
from render.transitions.base import TransitionDef, mix


def _smooth(x: float) -> float:
    x = min(max(x, 0.0), 1.0)
    return x * x * (3 - 2 * x)


def _smear(p: np.ndarray, d: int) -> None:
    """Horizontal motion smear in place: mean of the plane and three copies shifted right,
    the left edge repeated (a roll would wrap the right edge's colours onto the left)."""
    d = min(d, p.shape[1] - 1)
    if d < 2:
        return
    acc = p.astype(np.uint16)
    for s in (d // 3, 2 * d // 3, d):
        if s:
            acc[:, s:] += p[:, :-s]
            acc[:, :s] += p[:, :1]
        else:
            acc += p
    p[...] = (acc >> 2).astype(np.uint8)


def whip(a: np.ndarray, b: np.ndarray, i: int, n: int, h: int, ctx: FrameCtx) -> np.ndarray:
    """The new shot pushes the old one out to the left, blurred by the speed of the move."""
    w = ctx.width
    pos = _smooth((i + 0.5) / n)
    off = int(round(pos * w / 2)) * 2
    out = np.empty_like(a)
    for po, pa, pb, scale in zip(planes(out, ctx), planes(a, ctx), planes(b, ctx), (1, 2, 2),
                                 strict=True):
        o, pw = off // scale, w // scale
        po[:, :pw - o] = pa[:, o:]
        po[:, pw - o:] = pb[:, :o]
    speed = 6 * pos * (1 - pos)  # derivative of smoothstep, peak 1.5 at the middle
    yp, up, vp = planes(out, ctx)
    d = int(speed * w / n / 2)
    _smear(yp, d)
    _smear(up, d // 2)
    _smear(vp, d // 2)
    return out


def zoom_blur(a: np.ndarray, b: np.ndarray, i: int, n: int, h: int,
              ctx: FrameCtx) -> np.ndarray:
    """The old shot rushes towards the viewer and dissolves into the new one settling in."""
    from render.effects import get_effect

    zoom = get_effect("zoom_punch").apply
    blur = get_effect("blur").apply
    assert zoom is not None and blur is not None
    t = (i + 0.5) / n
    zoomed_a = zoom(a.copy(), {"amount": 0.6 * t, "center_x": 0, "center_y": 0}, ctx)
    zoomed_b = zoom(b.copy(), {"amount": 0.3 * (1 - t), "center_x": 0, "center_y": 0}, ctx)
    out = mix(zoomed_a, zoomed_b, _smooth(t))
    strength = 0.08 * (1 - abs(2 * t - 1))
    return blur(out, {"amount": strength}, ctx) if strength > 0.01 else out


def glitch(a: np.ndarray, b: np.ndarray, i: int, n: int, h: int, ctx: FrameCtx) -> np.ndarray:
    """Bands of the new shot tear in, more of them each frame; chroma torn further."""
    t = (i + 0.5) / n
    rng = frame_rng(ctx, 7919)
    out = a.copy() if t < 0.5 else b.copy()
    other = b if t < 0.5 else a
    oy, ou, ov = planes(out, ctx)
    sy, su, sv = planes(other, ctx)
    share = t if t < 0.5 else 1 - t
    rows = ctx.height // 8
    for r in range(0, ctx.height, rows):
        if rng.random() < share * 1.6:
            dx = int(rng.normal(0, ctx.width * 0.06) / 2) * 2
            oy[r:r + rows] = np.roll(sy[r:r + rows], dx, axis=1)
            ou[r // 2:(r + rows) // 2] = np.roll(su[r // 2:(r + rows) // 2], dx // 2 + 4, axis=1)
            ov[r // 2:(r + rows) // 2] = np.roll(sv[r // 2:(r + rows) // 2], dx // 2 - 4, axis=1)
    return out if share > 0.05 else mix(a, b, t)


TRANSITIONS = (
    TransitionDef("whip", "whip pan: the new shot pushes the old one out, motion-smeared", whip),
    TransitionDef("zoom_blur", "zoom through the old shot into the new one", zoom_blur),
    TransitionDef("glitch", "digital tear from one shot to the next", glitch),
)
