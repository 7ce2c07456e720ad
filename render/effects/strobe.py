"""Strobe: on a fixed frame period, some frames flash to a flat grey level."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from render.effects.base import EffectDef, FrameCtx, Param, lut_apply, planes
from render.effects.flash import BLACK_Y, NEUTRAL_C, WHITE_Y


def lit(k: int, period: int, duty: float) -> bool:
    """Is frame ``k`` a strobe frame? The first ``ceil(duty*period)`` frames of each period."""
    on = max(1, int(np.ceil(duty * period)))
    return k % period < on


def _apply(arr: np.ndarray, v: Mapping[str, float], ctx: FrameCtx) -> np.ndarray:
    if not lit(ctx.k, int(v["period_frames"]), v["duty"]):
        return arr
    level = round(BLACK_Y + v["level"] * (WHITE_Y - BLACK_Y))
    a = int(round(min(v["amount"], 1.0) * 256))
    x = np.arange(256, dtype=np.int32)
    for plane, target in zip(planes(arr, ctx), (level, NEUTRAL_C, NEUTRAL_C), strict=True):
        lut_apply(plane, (x * (256 - a) + target * a + 128) >> 8)  # a blend is a table
    return arr


EFFECT = EffectDef(
    "strobe", "flat flashes every few frames; gate 'amount' with beats for a rhythmic strobe",
    (Param("amount", 1.0, 0.0, 1.0, "opacity of the strobe frames"),
     Param("period_frames", 4.0, 2.0, 60.0, "frames per strobe cycle"),
     Param("duty", 0.5, 0.0, 1.0, "fraction of the cycle that is lit"),
     Param("level", 1.0, 0.0, 1.0, "0 black .. 1 white")),
    _apply, lambda v: v["amount"] < 0.004)
