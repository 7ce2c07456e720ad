"""Evaluate timeline effects per output frame: resolve driven params, skip idle effects, and
apply the rest in one planes round trip (one ``to_ndarray``/``from_ndarray`` per frame)."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

import numpy as np

from render.effects import LEGACY, get_effect
from render.effects.base import EffectDef, FrameCtx
from render.effects.drive import Driver

if TYPE_CHECKING:
    import av

    from render.frames import FrameBuf
    from render.timeline import Effect


LUT_CACHE = 64


class EffectRunner:
    """Per-render state: precomputed driver signals and the effects' scratch caches."""

    def __init__(self, *, width: int, height: int, fps: Fraction, total_frames: int) -> None:
        self.ctx = FrameCtx(width=width, height=height, fps=fps)
        self._n = total_frames
        self._plans: dict[int, tuple[Effect, EffectDef, dict[str, np.ndarray]]] = {}
        self._lut_cache: dict[tuple[object, ...], tuple[np.ndarray, ...]] = {}
        # values of undriven effects (kept per effect: its plan holds the effect alive)
        self._still: dict[int, dict[str, float] | None] = {}

    def _plan(self, e: Effect) -> tuple[EffectDef, dict[str, np.ndarray]]:
        hit = self._plans.get(id(e))
        if hit is None or hit[0] is not e:
            defn = get_effect(e.kind)
            sig: dict[str, np.ndarray] = {}
            for d in e.drivers:
                drv = Driver.from_dict(d)
                s = drv.signal(self._n, self.ctx.fps)
                sig[drv.param] = sig[drv.param] + s if drv.param in sig else s
            hit = self._plans[id(e)] = (e, defn, sig)
            self._still.pop(id(e), None)  # an earlier effect's id
        return hit[1], hit[2]

    def values(self, e: Effect, k: int) -> dict[str, float] | None:
        """Clamped param values of ``e`` at output frame ``k``; None when it does nothing."""
        if k < e.start_frame or (e.end_frame is not None and k >= e.end_frame):
            return None
        defn, sig = self._plan(e)
        if defn.apply is None:
            return None  # time remaps act in the segment's time mapping
        legacy = e.kind in LEGACY and not e.params and not e.drivers
        if not sig and not legacy and id(e) in self._still:  # the same on every frame
            return self._still[id(e)]
        vals: dict[str, float] = {**defn.defaults(), **{n: float(v) for n, v in e.params.items()}}
        if legacy:
            vals["amount"] = e.value_at(k, self.ctx.fps)
        for name, s in sig.items():
            vals[name] += float(s[min(max(k, 0), len(s) - 1)]) if len(s) else 0.0
        vals = defn.clamp(vals)
        out = None if defn.idle(vals) else vals
        if not sig and not legacy:
            self._still[id(e)] = out
        return out

    def apply(self, frame: av.VideoFrame, effects: Sequence[Effect], k: int) -> av.VideoFrame:
        """``frame`` with ``effects`` applied in order at output frame ``k`` (a new frame when
        any is active; the input is never modified)."""
        from render.frames import FrameBuf

        buf = FrameBuf(frame)
        self.apply_to(buf, effects, k)
        return buf.frame()

    def apply_to(self, buf: FrameBuf, effects: Sequence[Effect], k: int) -> None:
        """``effects`` at output frame ``k`` drawn on ``buf`` (its planes are only taken,
        a copy of a shared frame, when an effect is active)."""
        todo = [(e, v) for e in effects if (v := self.values(e, k)) is not None]
        if not todo:
            return
        arr = buf.planes()
        self.ctx.k = k
        luts: tuple[np.ndarray, ...] | None = None  # consecutive table effects, fused
        for e, v in todo:
            defn = get_effect(e.kind)
            if defn.luts is not None:
                new = self._luts(e.kind, defn, v)
                luts = new if luts is None else tuple(b[a] for a, b in zip(luts, new,
                                                                             strict=True))
                continue
            arr = self._tables(arr, luts)
            luts = None
            assert defn.apply is not None
            arr = defn.apply(arr, v, self.ctx)
        buf.set_planes(self._tables(arr, luts))

    def _luts(self, kind: str, defn: EffectDef, v: dict[str, float]
              ) -> tuple[np.ndarray, ...]:
        """``defn.luts(v)``, kept per value set (a section's grade is the same every frame)."""
        key = (kind, *sorted(v.items()))
        hit = self._lut_cache.get(key)
        if hit is None:
            if len(self._lut_cache) >= LUT_CACHE:  # driven values: bounded
                self._lut_cache.clear()
            assert defn.luts is not None
            hit = self._lut_cache[key] = defn.luts(v)
        return hit

    def _tables(self, arr: np.ndarray, luts: tuple[np.ndarray, ...] | None) -> np.ndarray:
        if luts is not None:
            from render.effects.base import lut_apply, planes

            for plane, lut in zip(planes(arr, self.ctx), luts, strict=True):
                lut_apply(plane, lut)
        return arr

    def layer(self, effects: Sequence[Effect]) -> EffectLayer:
        """A compositor layer applying timeline-wide ``effects`` (after transitions)."""
        return EffectLayer(self, tuple(effects))


class EffectLayer:
    """Timeline effects as a compositor layer: ``draw`` on the layer stage's buffer, or
    called on a frame."""

    def __init__(self, runner: EffectRunner, effects: tuple[Effect, ...]) -> None:
        self._runner, self._effects = runner, effects

    def draw(self, k: int, buf: FrameBuf) -> None:
        self._runner.apply_to(buf, self._effects, k)

    def __call__(self, k: int, frame: av.VideoFrame) -> av.VideoFrame:
        return self._runner.apply(frame, self._effects, k)
