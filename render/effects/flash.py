"""Flash: blend the picture towards white (amount > 0) or black (amount < 0)."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from render.effects.base import EffectDef, FrameCtx, Param, lut_apply, planes

BLACK_Y, WHITE_Y, NEUTRAL_C = 16, 235, 128


def flash_luts(amount: float) -> tuple[np.ndarray, np.ndarray]:
    """(luma, chroma) lookup tables for a blend of ``abs(amount)`` towards white/black."""
    a = min(abs(amount), 1.0)
    x = np.arange(256, dtype=np.float32)
    target = WHITE_Y if amount > 0 else BLACK_Y
    ly = x * (1 - a) + target * a
    lc = x * (1 - a) + NEUTRAL_C * a
    return (np.clip(ly + 0.5, 0, 255).astype(np.uint8), np.clip(lc + 0.5, 0, 255).astype(np.uint8))


def _luts(v: Mapping[str, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    ly, lc = flash_luts(v["amount"])
    return ly, lc, lc


def _apply(arr: np.ndarray, v: Mapping[str, float], ctx: FrameCtx) -> np.ndarray:
    y, u, vv = planes(arr, ctx)
    for plane, lut in zip((y, u, vv), _luts(v), strict=True):
        lut_apply(plane, lut)
    return arr


EFFECT = EffectDef(
    "flash", "flash to white (amount > 0) or black (amount < 0); drive it from downbeats",
    (Param("amount", 0.6, -1.0, 1.0, "1 = full white, -1 = full black"),),
    _apply, lambda v: abs(v["amount"]) < 0.004, luts=_luts)
