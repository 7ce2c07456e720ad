"""Hue shift: rotate the chroma vector (U, V) about neutral grey; luma is untouched."""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np

from render.effects.base import EffectDef, FrameCtx, Param, planes


def _apply(arr: np.ndarray, v: Mapping[str, float], ctx: FrameCtx) -> np.ndarray:
    _, u, vv = planes(arr, ctx)
    a = math.radians(v["degrees"])
    c, s = math.cos(a) * v["saturation"], math.sin(a) * v["saturation"]
    uf = u.astype(np.float32) - 128
    vf = vv.astype(np.float32) - 128
    u[...] = np.clip(c * uf - s * vf + 128.5, 16, 240)
    vv[...] = np.clip(s * uf + c * vf + 128.5, 16, 240)
    return arr


EFFECT = EffectDef(
    "hue_shift", "rotate all hues by an angle (and scale saturation)",
    (Param("degrees", 30.0, -360.0, 360.0, "hue rotation"),
     Param("saturation", 1.0, 0.0, 3.0, "chroma gain")),
    _apply, lambda v: abs(v["degrees"] % 360) < 0.05 and abs(v["saturation"] - 1) < 1e-3)
