"""What an effect is: a name, declared numeric params (default, range, help) and a function
over one yuv420p frame as a ``(H*3/2, W)`` uint8 array (the compositor's format, see
``render.frames.to_planes``). Effects may modify the array in place and return it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import numpy as np


@dataclass(frozen=True, slots=True)
class Param:
    """One numeric parameter; values outside ``[min, max]`` are refused at validation."""

    name: str
    default: float
    min: float
    max: float
    help: str

    def check(self, value: Any) -> str | None:
        """A problem description, or None when ``value`` is acceptable."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"{self.name}={value!r} is not a number"
        if not self.min <= float(value) <= self.max:
            return f"{self.name}={value} is outside {self.min}..{self.max} ({self.help})"
        return None


@dataclass(slots=True)
class FrameCtx:
    """Where an effect runs: output size, output frame index and rate, and a scratch dict
    owned by one compositor (per-render caches such as swscale contexts and masks)."""

    width: int
    height: int
    k: int = 0
    fps: Fraction = Fraction(30)
    scratch: dict[str, Any] = field(default_factory=dict)


ApplyFn = Callable[[np.ndarray, Mapping[str, float], FrameCtx], np.ndarray]
IdleFn = Callable[[Mapping[str, float]], bool]
# (luma, u, v) 256-entry tables: per-pixel effects that the runner fuses into one pass
LutFn = Callable[[Mapping[str, float]], tuple[np.ndarray, np.ndarray, np.ndarray]]


@dataclass(frozen=True, slots=True)
class EffectDef:
    """A registered effect. ``idle(values)`` says the values make it a no-op (skipped, so
    an effect whose driver rests at 0 costs nothing). ``time_remap`` effects change which
    source frame is read and are evaluated by the segment's time mapping, not here."""

    name: str
    help: str
    params: tuple[Param, ...]
    apply: ApplyFn | None
    idle: IdleFn
    time_remap: bool = False
    luts: LutFn | None = None  # set when the effect is a pure per-pixel table look-up

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    def defaults(self) -> dict[str, float]:
        return {p.name: p.default for p in self.params}

    def clamp(self, values: Mapping[str, float]) -> dict[str, float]:
        """Values held inside each param's range (driven values may overshoot)."""
        out = {}
        for p in self.params:
            v = float(values.get(p.name, p.default))
            out[p.name] = min(max(v, p.min), p.max)
        return out


def planes(arr: np.ndarray, ctx: FrameCtx) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Y, U, V views into a (H*3/2, W) yuv420p array."""
    w, h = ctx.width, ctx.height
    flat = arr.reshape(-1)
    n, c = w * h, (w // 2) * (h // 2)
    return (flat[:n].reshape(h, w), flat[n:n + c].reshape(h // 2, w // 2),
            flat[n + c:n + 2 * c].reshape(h // 2, w // 2))


def lut_apply(plane: np.ndarray, lut: np.ndarray) -> None:
    """``plane[...] = lut[plane]`` in place, exactly. OpenCV's ``LUT`` writes straight into
    the plane (SIMD, no temporary); numpy indexing widens every index to 64 bits and is
    about six times slower at 1080p."""
    import cv2

    table = np.ascontiguousarray(lut, dtype=np.uint8)
    if plane.flags.c_contiguous:
        cv2.LUT(plane, table, dst=plane)
    else:
        plane[...] = table[plane]


def scratch_get(ctx: FrameCtx, key: Any, make: Callable[[], Any], *, limit: int = 32) -> Any:
    """A per-compositor cached object (bounded, oldest dropped first)."""
    cache: dict[Any, Any] = ctx.scratch.setdefault("_cache", {})
    if key not in cache:
        if len(cache) >= limit:
            cache.pop(next(iter(cache)))
        cache[key] = make()
    return cache[key]


def frame_rng(ctx: FrameCtx, seed: float) -> np.random.Generator:
    """Deterministic per-frame randomness: the same frame renders the same way every time."""
    return np.random.default_rng([int(seed) & 0xFFFFFFFF, ctx.k & 0xFFFFFFFF])
