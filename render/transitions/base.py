"""What a transition is: a name, whether it is centred on the cut, and a blend function."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from render.effects.base import FrameCtx

BlendFn = Callable[[np.ndarray, np.ndarray, int, int, int, FrameCtx], np.ndarray]
# (i, n, h) -> whether frame i of the blend reads (a, b): a side it never reads is not drawn
SidesFn = Callable[[int, int, int], tuple[bool, bool]]


@dataclass(frozen=True, slots=True)
class TransitionDef:
    """``centred``: half before the cut, half after; otherwise it starts on the cut frame."""

    name: str
    help: str
    blend: BlendFn
    centred: bool = True
    sides: SidesFn | None = None  # None: every frame reads both shots

    def reads(self, i: int, n: int, h: int) -> tuple[bool, bool]:
        """Whether frame ``i`` of the blend reads the outgoing and the incoming shot."""
        return (True, True) if self.sides is None else self.sides(i, n, h)


def mix(a: np.ndarray, b: np.ndarray, alpha: float) -> np.ndarray:
    """``(1-alpha)*a + alpha*b`` in integer arithmetic (same rounding as render.frames.blend):
    ``(a*(256-w) + b*w + 128) >> 8`` with ``w = round(alpha*256)``."""
    import cv2

    w = int(round(min(max(alpha, 0.0), 1.0) * 256))
    # one SIMD pass (float32: every term is a multiple of 1/512 below 256, so exact); the
    # 1/512 bias turns round-half-even into the shift's round-half-up: the same integers as
    # the uint16 formula (every a, b, w: test) at a twentieth of numpy's time
    return cv2.addWeighted(a, (256 - w) / 256, b, w / 256, 1 / 512)


def flat(a: np.ndarray, ctx: FrameCtx, y: int) -> np.ndarray:
    """A flat grey-level frame shaped like ``a``."""
    out = np.full_like(a, 128)
    out[:ctx.height] = y
    return out
