"""Zoom punch: scale the picture up about a centre point (bilinear, OpenCV)."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from render.effects.base import EffectDef, FrameCtx, Param, planes


def crop_box(w: int, h: int, v: Mapping[str, float]) -> tuple[int, int, int, int]:
    """(x0, y0, cw, ch): the region that fills the frame, on even pixels so the chroma crop
    is the same region (margins in steps of 4 px: a centred crop starts on an even pixel)."""
    cw = w - int(round((w - w / (1 + v["amount"])) / 4)) * 4
    ch = h - int(round((h - h / (1 + v["amount"])) / 4)) * 4
    x0 = int((w - cw) * (0.5 + v["center_x"] / 2) / 2) * 2
    y0 = int((h - ch) * (0.5 + v["center_y"] / 2) / 2) * 2
    return x0, y0, cw, ch


def _apply(arr: np.ndarray, v: Mapping[str, float], ctx: FrameCtx) -> np.ndarray:
    """Resize the crop of each plane straight into a new frame buffer (OpenCV bilinear,
    pixel-centre aligned; one output-sized resample, no intermediate frame)."""
    import cv2

    w, h = ctx.width, ctx.height
    x0, y0, cw, ch = crop_box(w, h, v)
    if cw >= w and ch >= h:
        return arr
    out = np.empty_like(arr)
    for src, dst, d in zip(planes(arr, ctx), planes(out, ctx), (1, 2, 2), strict=True):
        roi = src[y0 // d:(y0 + ch) // d, x0 // d:(x0 + cw) // d]
        cv2.resize(roi, (dst.shape[1], dst.shape[0]), dst=dst, interpolation=cv2.INTER_LINEAR)
    return out


def reference(arr: np.ndarray, v: Mapping[str, float], ctx: FrameCtx) -> np.ndarray:
    """The same crop scaled by swscale (the first implementation; tests compare with it)."""
    import av

    w, h = ctx.width, ctx.height
    x0, y0, cw, ch = crop_box(w, h, v)
    y, u, vv = planes(arr, ctx)
    crop = np.concatenate([y[y0:y0 + ch, x0:x0 + cw].reshape(-1),
                           u[y0 // 2:(y0 + ch) // 2, x0 // 2:(x0 + cw) // 2].reshape(-1),
                           vv[y0 // 2:(y0 + ch) // 2, x0 // 2:(x0 + cw) // 2].reshape(-1)])
    src = av.VideoFrame.from_ndarray(crop.reshape(ch * 3 // 2, cw), format="yuv420p")
    return src.reformat(width=w, height=h, format="yuv420p",
                        interpolation="BILINEAR").to_ndarray(format="yuv420p")


EFFECT = EffectDef(
    "zoom_punch", "scale up about a point; drive 'amount' from kicks for a punch-in",
    (Param("amount", 0.1, 0.0, 1.0, "extra scale, 0.1 = 110 %"),
     Param("center_x", 0.0, -1.0, 1.0, "zoom centre, -1 left .. 1 right"),
     Param("center_y", 0.0, -1.0, 1.0, "zoom centre, -1 top .. 1 bottom")),
    _apply, lambda v: v["amount"] <= 0.002)
