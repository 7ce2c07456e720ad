"""Vignette: darken (and desaturate) towards the corners with a cached radial mask."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from render.effects.base import EffectDef, FrameCtx, Param, planes, scratch_get


def _mask(w: int, h: int, amount: float, softness: float) -> np.ndarray:
    """Fixed-point gain (x/256) per pixel: 256 in the centre, falling to 256*(1-amount)."""
    yy, xx = np.ogrid[-1:1:h * 1j, -1:1:w * 1j]
    r = np.sqrt(xx * xx + yy * yy) / np.sqrt(2)
    inner = max(0.0, 1.0 - softness)
    t = np.clip((r - inner * 0.6) / (1.0 - inner * 0.6), 0, 1)
    gain = 1.0 - amount * (t * t * (3 - 2 * t))
    return np.round(gain * 256).astype(np.uint16)


def _scaler(w: int, h: int, a: float, s: float, centre: int) -> tuple[np.ndarray, ...]:
    """(gain, offset, scratch) so that ``(x*gain + offset) >> 8`` pulls x towards ``centre``."""
    m = _mask(w, h, a, s)
    return m, (centre * (256 - m) + 128).astype(np.uint16), np.empty((h, w), np.uint16)


def _scale(plane: np.ndarray, parts: tuple[np.ndarray, ...]) -> None:
    m, off, buf = parts
    np.multiply(plane, m, out=buf)
    buf += off
    np.right_shift(buf, 8, out=plane, casting="unsafe")


def _apply(arr: np.ndarray, v: Mapping[str, float], ctx: FrameCtx) -> np.ndarray:
    w, h = ctx.width, ctx.height
    key = (round(v["amount"] * 64), round(v["softness"] * 16))
    a, s = key[0] / 64, key[1] / 16
    y, u, vv = planes(arr, ctx)
    _scale(y, scratch_get(ctx, ("vig", w, h, *key), lambda: _scaler(w, h, a, s, 16)))
    cpart = scratch_get(ctx, ("vigc", w, h, *key), lambda: _scaler(w // 2, h // 2, a, s, 128))
    _scale(u, cpart)
    _scale(vv, cpart)
    return arr


EFFECT = EffectDef(
    "vignette", "darker corners that pull the eye to the centre",
    (Param("amount", 0.5, 0.0, 1.0, "corner darkening"),
     Param("softness", 0.5, 0.0, 1.0, "how far the fall-off reaches in")),
    _apply, lambda v: v["amount"] < 1 / 128)
