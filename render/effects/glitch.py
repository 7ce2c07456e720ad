"""Glitch / slice: horizontal bands torn sideways, chroma torn further than luma."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from render.effects.base import EffectDef, FrameCtx, Param, frame_rng, planes


def bands(ctx: FrameCtx, amount: float, count: int, seed: float) -> list[tuple[int, int, int]]:
    """(row0, row1, dx) in luma rows, even, deterministic per frame."""
    rng = frame_rng(ctx, seed)
    h, w = ctx.height, ctx.width
    out = []
    for _ in range(count):
        if rng.random() > amount * 1.5 + 0.1:
            continue
        r0 = int(rng.integers(0, h // 2)) * 2
        hh = int(rng.integers(1, max(2, h // 24))) * 2
        dx = int(rng.normal(0, amount * w * 0.12) / 2) * 2
        out.append((r0, min(h, r0 + hh), dx))
    return out


def _apply(arr: np.ndarray, v: Mapping[str, float], ctx: FrameCtx) -> np.ndarray:
    y, u, vv = planes(arr, ctx)
    for r0, r1, dx in bands(ctx, v["amount"], int(v["bands"]), v["seed"]):
        y[r0:r1] = np.roll(y[r0:r1], dx, axis=1)
        c0, c1 = r0 // 2, r1 // 2
        u[c0:c1] = np.roll(u[c0:c1], dx // 2 + 2, axis=1)
        vv[c0:c1] = np.roll(vv[c0:c1], dx // 2 - 2, axis=1)
    return arr


EFFECT = EffectDef(
    "glitch", "digital tearing: bands of the picture slide sideways",
    (Param("amount", 0.5, 0.0, 1.0, "how many bands tear, and how far"),
     Param("bands", 12.0, 1.0, 64.0, "candidate bands per frame"),
     Param("seed", 0.0, 0.0, 1000.0, "variation")),
    _apply, lambda v: v["amount"] < 0.01)
