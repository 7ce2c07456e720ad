"""Camera shake: a smooth pseudo-random translation (edges repeat, so no black borders)."""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

from render.effects.base import EffectDef, FrameCtx, Param, planes


def offset(k: int, fps: float, speed_hz: float, seed: float) -> tuple[float, float]:
    """Smooth noise in -1..1 per axis: three incommensurate sines per axis, seeded."""
    t = k / fps * speed_hz
    ph = [(seed * 0.618 + i * 1.3) % 1 * 2 * math.pi for i in range(6)]
    dx = (math.sin(2 * math.pi * t + ph[0]) + 0.6 * math.sin(2 * math.pi * 2.31 * t + ph[1])
          + 0.3 * math.sin(2 * math.pi * 4.7 * t + ph[2])) / 1.9
    dy = (math.sin(2 * math.pi * 1.13 * t + ph[3]) + 0.6 * math.sin(2 * math.pi * 2.87 * t + ph[4])
          + 0.3 * math.sin(2 * math.pi * 5.3 * t + ph[5])) / 1.9
    return dx, dy


def shift(plane: np.ndarray, dx: int, dy: int) -> None:
    """Translate a plane in place by (dx, dy) pixels, repeating the edge rows/columns."""
    if dx:
        if dx > 0:
            plane[:, dx:] = plane[:, :-dx].copy()
            plane[:, :dx] = plane[:, dx:dx + 1]
        else:
            plane[:, :dx] = plane[:, -dx:].copy()
            plane[:, dx:] = plane[:, dx - 1:dx]
    if dy:
        if dy > 0:
            plane[dy:] = plane[:-dy].copy()
            plane[:dy] = plane[dy:dy + 1]
        else:
            plane[:dy] = plane[-dy:].copy()
            plane[dy:] = plane[dy - 1:dy]


def _apply(arr: np.ndarray, v: Mapping[str, float], ctx: FrameCtx) -> np.ndarray:
    nx, ny = offset(ctx.k, float(ctx.fps), v["speed_hz"], v["seed"])
    reach = v["amount"] * 0.05 * ctx.width  # amount 1 = 5 % of the width
    dx, dy = int(round(nx * reach / 2)) * 2, int(round(ny * reach / 2)) * 2
    dx = max(-ctx.width + 2, min(ctx.width - 2, dx))
    dy = max(-ctx.height + 2, min(ctx.height - 2, dy))
    if not (dx or dy):
        return arr
    y, u, vv = planes(arr, ctx)
    shift(y, dx, dy)
    shift(u, dx // 2, dy // 2)
    shift(vv, dx // 2, dy // 2)
    return arr


EFFECT = EffectDef(
    "shake", "camera shake; 'amount' 1 moves up to 5 % of the width",
    (Param("amount", 0.3, 0.0, 1.0, "strength"),
     Param("speed_hz", 6.0, 0.1, 30.0, "how fast it wobbles"),
     Param("seed", 0.0, 0.0, 1000.0, "variation")),
    _apply, lambda v: v["amount"] <= 0.001)
