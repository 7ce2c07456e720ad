"""Exposure and contrast on luma (a lookup table), contrast also on chroma saturation."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from render.effects.base import EffectDef, FrameCtx, Param, lut_apply, planes


def exposure_lut(ev: float, contrast: float) -> np.ndarray:
    """Video-range luma: linear-light gain of 2**ev, then contrast about mid grey."""
    x = (np.arange(256, dtype=np.float32) - 16) / 219
    lin = np.clip(x, 0, None) ** 2.2 * (2.0 ** ev)
    y = np.clip(lin, 0, 1) ** (1 / 2.2)
    y = (y - 0.5) * contrast + 0.5
    return np.clip(16 + y * 219 + 0.5, 16, 235).astype(np.uint8)


def _luts(v: Mapping[str, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    c = np.clip((np.arange(256, dtype=np.float32) - 128) * min(v["contrast"], 2.0) + 128.5,
                0, 255).astype(np.uint8)
    return exposure_lut(v["ev"], v["contrast"]), c, c


def _apply(arr: np.ndarray, v: Mapping[str, float], ctx: FrameCtx) -> np.ndarray:
    y, u, vv = planes(arr, ctx)
    for plane, lut in zip((y, u, vv), _luts(v), strict=True):
        lut_apply(plane, lut)
    return arr


EFFECT = EffectDef(
    "exposure", "exposure (EV stops) and contrast",
    (Param("ev", 0.0, -4.0, 4.0, "stops of light, +1 doubles"),
     Param("contrast", 1.0, 0.0, 3.0, "1 = unchanged")),
    _apply, lambda v: abs(v["ev"]) < 1e-3 and abs(v["contrast"] - 1) < 1e-3, luts=_luts)
