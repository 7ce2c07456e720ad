"""RGB split (chromatic aberration): red moves one way, blue the other, green stays.

Done on the yuv planes without a full RGB round trip: luma gets the shifted red and blue
luma contributions (fixed point, full resolution); chroma is recomputed from R, G, B at
chroma resolution, where it lives anyway."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from render.effects.base import EffectDef, FrameCtx, Param, planes


def _shifted(a: np.ndarray, d: int) -> np.ndarray:
    """``a`` moved right by ``d`` columns (left if negative), edges repeated."""
    if d == 0:
        return a
    out = np.empty_like(a)
    if d > 0:
        out[:, d:] = a[:, :-d]
        out[:, :d] = a[:, :1]
    else:
        out[:, :d] = a[:, -d:]
        out[:, d:] = a[:, -1:]
    return out


def _chroma(y: np.ndarray, u: np.ndarray, v: np.ndarray, dc: int) -> tuple[np.ndarray, ...]:
    ys = (y[::2, ::2].astype(np.float32) - 16) * 1.164
    uc, vc = u.astype(np.float32) - 128, v.astype(np.float32) - 128
    r = _shifted(ys + 1.596 * vc, dc)
    g = ys - 0.392 * uc - 0.813 * vc
    b = _shifted(ys + 2.017 * uc, -dc)
    nu = -0.148 * r - 0.291 * g + 0.439 * b + 128.5
    nv = 0.439 * r - 0.368 * g - 0.071 * b + 128.5
    return np.clip(nu, 16, 240), np.clip(nv, 16, 240)


def _apply(arr: np.ndarray, v: Mapping[str, float], ctx: FrameCtx) -> np.ndarray:
    d = int(round(v["amount"] * ctx.width / 2)) * 2  # even: luma and chroma stay aligned
    if d == 0:
        return arr
    y, u, vv = planes(arr, ctx)
    nu, nv = _chroma(y, u, vv, d // 2)
    yi = y.astype(np.int16)
    dy = 77 * (_shifted(yi, d) - yi) + 29 * (_shifted(yi, -d) - yi)  # 0.299, 0.114 in /256
    y[...] = np.clip(yi + ((dy + 128) >> 8), 16, 235)
    u[...], vv[...] = nu, nv
    return arr


EFFECT = EffectDef(
    "rgb_split", "red and blue channels pulled apart horizontally",
    (Param("amount", 0.01, 0.0, 0.1, "offset as a fraction of the width"),),
    _apply, lambda v: v["amount"] < 1e-4)
