"""Colour grade: lift / gamma / gain on luma, saturation and warm-cool temperature on chroma."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from render.effects.base import EffectDef, FrameCtx, Param, lut_apply, planes


def grade_lut(lift: float, gamma: float, gain: float) -> np.ndarray:
    x = np.clip((np.arange(256, dtype=np.float32) - 16) / 219, 0, 1)
    y = np.clip(x * gain + lift * (1 - x), 0, 1) ** (1 / gamma)
    return np.clip(16 + y * 219 + 0.5, 16, 235).astype(np.uint8)


def chroma_lut(sat: float, shift: float) -> np.ndarray:
    x = np.arange(256, dtype=np.float32) - 128
    return np.clip(x * sat + shift + 128.5, 16, 240).astype(np.uint8)


def _luts(v: Mapping[str, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    warm = v["temperature"] * 12  # +1: towards orange (less blue, more red)
    return (grade_lut(v["lift"], v["gamma"], v["gain"]),
            chroma_lut(v["saturation"], -warm + v["tint"] * 6),
            chroma_lut(v["saturation"], warm + v["tint"] * 6))


def _apply(arr: np.ndarray, v: Mapping[str, float], ctx: FrameCtx) -> np.ndarray:
    y, u, vv = planes(arr, ctx)
    for plane, lut in zip((y, u, vv), _luts(v), strict=True):
        lut_apply(plane, lut)
    return arr


def _idle(v: Mapping[str, float]) -> bool:
    return (abs(v["lift"]) < 1e-3 and abs(v["gamma"] - 1) < 1e-3 and abs(v["gain"] - 1) < 1e-3
            and abs(v["saturation"] - 1) < 1e-3 and abs(v["temperature"]) < 1e-3
            and abs(v["tint"]) < 1e-3)


EFFECT = EffectDef(
    "grade", "colour grade: lift, gamma, gain, saturation, temperature, tint",
    (Param("lift", 0.0, -0.5, 0.5, "raise (or crush) the blacks"),
     Param("gamma", 1.0, 0.2, 5.0, "mid-tone brightness, > 1 brighter"),
     Param("gain", 1.0, 0.0, 3.0, "highlight level"),
     Param("saturation", 1.0, 0.0, 3.0, "colourfulness"),
     Param("temperature", 0.0, -1.0, 1.0, "-1 cool blue .. 1 warm orange"),
     Param("tint", 0.0, -1.0, 1.0, "-1 green .. 1 magenta")),
    _apply, _idle, luts=_luts)
