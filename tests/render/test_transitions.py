"""Each transition on known input (a dark shot A, a bright shot B), pixel assertions."""

from __future__ import annotations

import numpy as np

from render.effects.base import FrameCtx, planes
from render.transitions import get_transition

W, H = 64, 48
CTX = FrameCtx(W, H)


def shot(y: int, u: int = 128) -> np.ndarray:
    arr = np.full((H * 3 // 2, W), 128, dtype=np.uint8)
    yy, uu, _ = planes(arr, CTX)
    yy[...], uu[...] = y, u
    return arr


A, B = shot(40, 100), shot(200, 160)


def blend(name: str, i: int, n: int) -> np.ndarray:
    tr = get_transition(name)
    h = n // 2 if tr.centred else 0
    return tr.blend(A.copy(), B.copy(), i, n, h, CTX)


def luma(arr: np.ndarray) -> np.ndarray:
    return planes(arr, CTX)[0].astype(int)


def test_crossfade_moves_evenly_from_a_to_b() -> None:
    means = [luma(blend("crossfade", i, 8)).mean() for i in range(8)]
    assert np.all(np.diff(means) > 0)
    assert abs(means[0] - (40 + 160 / 16)) <= 1 and abs(means[-1] - (200 - 160 / 16)) <= 1


def test_dips_reach_their_colour_on_the_cut_frame() -> None:
    assert (luma(blend("dip_white", 4, 8)) == 235).all()
    assert (luma(blend("dip_black", 4, 8)) == 16).all()
    assert luma(blend("dip_white", 0, 8)).mean() < 120 and luma(blend("dip_white", 7, 8)).mean() \
        > 200


def test_flash_starts_white_on_the_cut_and_fades_into_b() -> None:
    assert (luma(blend("flash", 0, 6)) == 235).all()
    assert abs(luma(blend("flash", 5, 6)).mean() - (200 + 35 / 6)) <= 2


def test_whip_pushes_b_in_from_the_right() -> None:
    mid = luma(blend("whip", 3, 7))  # halfway: A on the left, B on the right, smeared seam
    assert mid[:, : W // 4].mean() < 60 and mid[:, -W // 4:].mean() > 180
    early, late = luma(blend("whip", 0, 7)), luma(blend("whip", 6, 7))
    assert early.mean() < 60 and late.mean() > 185
    assert planes(blend("whip", 3, 7), CTX)[1][:, -4:].mean() > 150  # B's chroma comes along


def test_zoom_blur_dissolves_a_into_b() -> None:
    means = [luma(blend("zoom_blur", i, 8)).mean() for i in (0, 4, 7)]
    assert means[0] < 60 and 90 < means[1] < 150 and means[2] > 185


def test_glitch_tears_whole_bands_of_the_other_shot_deterministically() -> None:
    ctx = FrameCtx(W, H, k=5)
    tr = get_transition("glitch")
    out = tr.blend(A.copy(), B.copy(), 2, 8, 4, ctx)
    assert np.array_equal(out, tr.blend(A.copy(), B.copy(), 2, 8, 4, FrameCtx(W, H, k=5)))
    rows = luma(out)
    assert set(np.unique(rows)) <= {40, 200}  # a row is from A or torn in from B, no blend
    torn = [r for r in range(H) if rows[r].mean() == 200]
    assert torn and len(torn) % (H // 8) == 0  # whole bands of H/8 rows


def test_mix_is_the_integer_blend_for_every_pixel_pair_and_weight() -> None:
    """The OpenCV pass gives ``(a*(256-w) + b*w + 128) >> 8`` exactly: every (a, b) pair,
    every weight (the rounding ties included), the frames' ``blend`` too."""
    from render.frames import blend
    from render.transitions.base import mix

    a, b = (x.astype(np.uint8) for x in np.meshgrid(np.arange(256), np.arange(256)))
    wide_a, wide_b = a.astype(np.uint32), b.astype(np.uint32)
    for w in range(257):
        want = ((wide_a * (256 - w) + wide_b * w + 128) >> 8).astype(np.uint8)
        assert np.array_equal(mix(a, b, w / 256), want), w
        assert np.array_equal(blend(a, b, w / 256), want), w
    assert np.array_equal(mix(a, b, 1.7), b) and np.array_equal(mix(a, b, -0.2), a)


def test_a_side_a_transition_says_it_does_not_read_is_never_read() -> None:
    """``reads`` is truthful: garbage in the side a frame does not read changes nothing."""
    from render.transitions import registry

    junk = np.random.default_rng(3).integers(0, 256, A.shape, dtype=np.uint8)
    for tr in registry().values():
        for n in (1, 2, 7, 8):
            h = n // 2 if tr.centred else 0
            for i in range(n):
                use_a, use_b = tr.reads(i, n, h)
                assert use_a or use_b, (tr.name, i, n)
                want = tr.blend(A.copy(), B.copy(), i, n, h, CTX)
                got = tr.blend(A.copy() if use_a else junk.copy(),
                               B.copy() if use_b else junk.copy(), i, n, h, CTX)
                assert np.array_equal(got, want), (tr.name, i, n)
    assert get_transition("dip_black").reads(0, 8, 4) == (True, False)
    assert get_transition("dip_black").reads(4, 8, 4) == (False, True)
