"""The procedural painter's fast kernels paint what the plain NumPy formulas paint.

Each kernel replaced a broadcast over a last axis of 3 (slow in NumPy) or a full-frame pass
by an OpenCV plane merge, a bounding box or a cheaper power; these tests hold them to the
formulas they replaced, so a faster painter cannot silently change the pictures.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from providers.local import procedural, scenery, scenery_parts


def _rng(seed: int = 0) -> np.random.Generator:
    return np.random.default_rng(seed)


def test_rgb_is_the_broadcast_product() -> None:
    alpha = _rng().random((37, 53), dtype=np.float32)
    color = (0.2, 0.85, 0.45)
    got = scenery.rgb(alpha, color)
    assert got.shape == (37, 53, 3) and got.dtype == np.float32
    assert np.array_equal(got, alpha[..., None] * np.asarray(color, np.float32))


@pytest.mark.parametrize("shape", [(40, 30), (40, 30, 1), (40, 30, 3)])
def test_blend_is_the_lerp(shape: tuple[int, ...]) -> None:
    img = _rng(1).random((40, 30, 3), dtype=np.float32)
    alpha = _rng(2).random(shape, dtype=np.float32)
    a = alpha if alpha.ndim == 3 else alpha[..., None]
    want = img + (np.asarray((0.1, 0.5, 0.9), np.float32) - img) * a
    scenery.blend(img, (0.1, 0.5, 0.9), alpha)
    np.testing.assert_allclose(img, want, rtol=0, atol=1e-6)


def test_sky_rows_are_copies() -> None:
    img = scenery.sky(30, 17, "sunset", _rng(), 0.6)
    assert img.shape == (30, 17, 3) and img.dtype == np.float32 and img.flags.c_contiguous
    assert np.array_equal(img, np.broadcast_to(img[:, :1], img.shape))
    assert not np.array_equal(img[0], img[-1])


def test_grain_is_2x2_clumps() -> None:
    g = procedural._grain(_rng(3), 7, 9)  # odd sizes: the last clump is cut
    rng = _rng(3)
    amp = int(rng.integers(3, 7))
    half = rng.integers(-amp, amp + 1, size=(4, 5, 1), dtype=np.int16)[..., 0]
    assert g.dtype == np.int16
    assert np.array_equal(g, half.repeat(2, axis=0).repeat(2, axis=1)[:7, :9])


def test_upscale_matches_pillow_bilinear() -> None:
    small = _rng(4).random((18, 32, 3), dtype=np.float32)
    want = np.stack([np.asarray(Image.fromarray(np.ascontiguousarray(small[..., c]))
                                .resize((128, 72), Image.Resampling.BILINEAR))
                     for c in range(3)], axis=-1)
    np.testing.assert_allclose(scenery_parts._up(small, 72, 128), want, rtol=0, atol=1e-5)


def test_planet_paints_only_inside_its_box_and_as_the_full_frame_formula() -> None:
    h, w = 90, 160
    base = _rng(5).random((h, w, 3), dtype=np.float32)
    img = base.copy()
    scenery_parts.planet(img, _rng(6))
    rng = _rng(6)  # the full-frame formula of the planet
    cx, cy, r = rng.uniform(0.56, 0.64) * w, rng.uniform(0.55, 0.8) * h, \
        rng.uniform(0.15, 0.26) * h
    col = np.asarray(rng.choice([(0.8, 0.55, 0.35), (0.4, 0.6, 0.9), (0.7, 0.4, 0.7)]),
                     np.float32)
    yy, xx = np.ogrid[0:h, 0:w]
    dx, dy = (xx - cx) / r, (yy - cy) / r
    inside = np.clip((1 - np.sqrt(dx * dx + dy * dy)) * r, 0, 1).astype(np.float32)
    light = np.clip(0.2 - dx * 0.7 - dy * 0.5, 0.03, 1).astype(np.float32)
    bands = 0.8 + 0.2 * np.sin(dy * 9 + np.sin(dx * 3))
    want = base * (1 - inside[..., None]) + (inside * light * bands)[..., None] * col
    np.testing.assert_allclose(img, want, rtol=0, atol=1e-5)
    assert np.array_equal(img[inside == 0], base[inside == 0])

