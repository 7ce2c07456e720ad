"""An RGBA patch (captions, overlay images) drawn through its sparse path (visible pixels
only, opaque ones copied) gives exactly the per-pixel blend ``dst*(1-a) + src*a``."""

from __future__ import annotations

import numpy as np

from render.frames import split_planes
from render.overlays import Patch

W, H, X0, Y0 = 64, 48, 10, 8


def blended(frame: np.ndarray, p: Patch) -> np.ndarray:
    out = frame.copy()
    for plane, src, a, s in zip(split_planes(out, width=W, height=H), (p.y, p.u, p.v),
                                (p.a, p.a2, p.a2), (1, 2, 2), strict=True):
        dst = plane[Y0 // s:Y0 // s + src.shape[0], X0 // s:X0 // s + src.shape[1]]
        mixed = dst.astype(np.float32) * (1 - a) + src * a
        dst[...] = np.clip(mixed + 0.5, 0, 255).astype(np.uint8)
    return out


def test_sparse_draw_is_the_blend_for_opaque_partial_and_clear_pixels() -> None:
    rng = np.random.default_rng(5)
    rgba = rng.integers(0, 256, (20, 30, 4), dtype=np.uint8)
    rgba[..., 3] = rng.choice([0, 0, 255, 255, 255, 1, 128, 254], size=(20, 30))
    rgba[:4, :6, 3] = 255  # whole opaque 2x2 blocks: opaque chroma too
    frame = rng.integers(0, 256, (H * 3 // 2, W), dtype=np.uint8)
    p = Patch(rgba)
    want = blended(frame, p)
    for _ in range(2):  # the second draw reuses the kept indices
        got = frame.copy()
        p.draw(got, width=W, height=H, x0=X0, y0=Y0)
        assert np.array_equal(got, want)
    assert not np.array_equal(want, frame)
    assert len(p._opaque[0][0]) > 0 and len(p._sparse[0][0]) > 0  # both kinds were drawn
