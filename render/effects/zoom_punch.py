"""Zoom punch: scale the picture up about a centre point (bilinear, in C via swscale)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from render.effects.base import EffectDef, FrameCtx, Param, planes, scratch_get


def _apply(arr: np.ndarray, v: Mapping[str, float], ctx: FrameCtx) -> np.ndarray:
    """Crop the region that will fill the frame, then let swscale scale it up (the cost is
    one output-sized resample; no oversized intermediate frame)."""
    import av
    from av.video.reformatter import VideoReformatter

    w, h = ctx.width, ctx.height
    # margins in steps of 4 px, so a centred crop starts on an even (chroma) pixel
    cw = w - int(round((w - w / (1 + v["amount"])) / 4)) * 4
    ch = h - int(round((h - h / (1 + v["amount"])) / 4)) * 4
    if cw >= w and ch >= h:
        return arr
    x0 = int((w - cw) * (0.5 + v["center_x"] / 2) / 2) * 2
    y0 = int((h - ch) * (0.5 + v["center_y"] / 2) / 2) * 2
    y, u, vv = planes(arr, ctx)
    crop = np.concatenate([y[y0:y0 + ch, x0:x0 + cw].reshape(-1),
                           u[y0 // 2:(y0 + ch) // 2, x0 // 2:(x0 + cw) // 2].reshape(-1),
                           vv[y0 // 2:(y0 + ch) // 2, x0 // 2:(x0 + cw) // 2].reshape(-1)])
    src = av.VideoFrame.from_ndarray(crop.reshape(ch * 3 // 2, cw), format="yuv420p")
    sws: Any = scratch_get(ctx, ("zoom", cw, ch), VideoReformatter)
    big = sws.reformat(src, width=w, height=h, format="yuv420p", interpolation="BILINEAR")
    return big.to_ndarray(format="yuv420p")


EFFECT = EffectDef(
    "zoom_punch", "scale up about a point; drive 'amount' from kicks for a punch-in",
    (Param("amount", 0.1, 0.0, 1.0, "extra scale, 0.1 = 110 %"),
     Param("center_x", 0.0, -1.0, 1.0, "zoom centre, -1 left .. 1 right"),
     Param("center_y", 0.0, -1.0, 1.0, "zoom centre, -1 top .. 1 bottom")),
    _apply, lambda v: v["amount"] <= 0.002)
