"""Zoom punch: scale the picture up about a centre point (bilinear, in C via swscale)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from render.effects.base import EffectDef, FrameCtx, Param, planes, scratch_get


def _even(x: float) -> int:
    return max(2, int(round(x / 2)) * 2)


def _apply(arr: np.ndarray, v: Mapping[str, float], ctx: FrameCtx) -> np.ndarray:
    import av
    from av.video.reformatter import VideoReformatter

    w, h = ctx.width, ctx.height
    zw, zh = _even(w * (1 + v["amount"])), _even(h * (1 + v["amount"]))
    if zw <= w or zh <= h:
        return arr
    sws: Any = scratch_get(ctx, ("zoom", zw, zh), VideoReformatter)
    frame = av.VideoFrame.from_ndarray(arr, format="yuv420p")
    big = sws.reformat(frame, width=zw, height=zh, format="yuv420p", interpolation="BILINEAR")
    bigarr = big.to_ndarray(format="yuv420p")
    from render.effects.base import FrameCtx as _Ctx

    by, bu, bv = planes(bigarr, _Ctx(width=zw, height=zh))
    y, u, vv = planes(arr, ctx)
    x0 = int((zw - w) * (0.5 + v["center_x"] / 2) / 2) * 2
    y0 = int((zh - h) * (0.5 + v["center_y"] / 2) / 2) * 2
    y[...] = by[y0:y0 + h, x0:x0 + w]
    u[...] = bu[y0 // 2:y0 // 2 + h // 2, x0 // 2:x0 // 2 + w // 2]
    vv[...] = bv[y0 // 2:y0 // 2 + h // 2, x0 // 2:x0 // 2 + w // 2]
    return arr


EFFECT = EffectDef(
    "zoom_punch", "scale up about a point; drive 'amount' from kicks for a punch-in",
    (Param("amount", 0.1, 0.0, 1.0, "extra scale, 0.1 = 110 %"),
     Param("center_x", 0.0, -1.0, 1.0, "zoom centre, -1 left .. 1 right"),
     Param("center_y", 0.0, -1.0, 1.0, "zoom centre, -1 top .. 1 bottom")),
    _apply, lambda v: v["amount"] <= 0.002)
