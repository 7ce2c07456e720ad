"""What a transition is: a name, whether it is centred on the cut, and a blend function."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from render.effects.base import FrameCtx

BlendFn = Callable[[np.ndarray, np.ndarray, int, int, int, FrameCtx], np.ndarray]


@dataclass(frozen=True, slots=True)
class TransitionDef:
    """``centred``: half before the cut, half after; otherwise it starts on the cut frame."""

    name: str
    help: str
    blend: BlendFn
    centred: bool = True


def mix(a: np.ndarray, b: np.ndarray, alpha: float) -> np.ndarray:
    """``(1-alpha)*a + alpha*b`` in integer arithmetic (same rounding as render.frames.blend)."""
    w = int(round(min(max(alpha, 0.0), 1.0) * 256))
    # widening multiplies and in-place adds: the same integers with two temporaries fewer
    out = np.multiply(a, np.uint16(256 - w), dtype=np.uint16)
    out += np.multiply(b, np.uint16(w), dtype=np.uint16)
    out += 128
    out >>= 8
    return out.astype(np.uint8)


def flat(a: np.ndarray, ctx: FrameCtx, y: int) -> np.ndarray:
    """A flat grey-level frame shaped like ``a``."""
    out = np.full_like(a, 128)
    out[:ctx.height] = y
    return out
