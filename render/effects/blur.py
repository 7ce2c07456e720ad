"""Blur: area-downscale then bilinear-upscale in C (swscale); smooth at any strength."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from render.effects.base import EffectDef, FrameCtx, Param, scratch_get


def _apply(arr: np.ndarray, v: Mapping[str, float], ctx: FrameCtx) -> np.ndarray:
    import av
    from av.video.reformatter import VideoReformatter

    w, h = ctx.width, ctx.height
    f = 1.0 + v["amount"] * 31  # amount 1 = 1/32 resolution
    sw, sh = max(2, int(w / f) // 2 * 2), max(2, int(h / f) // 2 * 2)
    if sw >= w and sh >= h:
        return arr
    down: Any = scratch_get(ctx, ("blur-down", sw, sh), VideoReformatter)
    up: Any = scratch_get(ctx, ("blur-up", w, h), VideoReformatter)
    fr = av.VideoFrame.from_ndarray(arr, format="yuv420p")
    small = down.reformat(fr, width=sw, height=sh, interpolation="AREA")
    return up.reformat(small, width=w, height=h, interpolation="BICUBIC").to_ndarray(
        format="yuv420p")


EFFECT = EffectDef(
    "blur", "soft focus; drive it for a breathing defocus",
    (Param("amount", 0.1, 0.0, 1.0, "0 sharp .. 1 very soft"),),
    _apply, lambda v: v["amount"] < 0.01)
