"""Each effect on known yuv420p input, with pixel assertions; registry validation."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest

from render.effects import check_effect, get_effect, names
from render.effects.base import FrameCtx, planes
from render.effects.speed_ramp import source_offset, speed_at

W, H = 64, 48


def frame(y: int = 100, u: int = 128, v: int = 128) -> np.ndarray:
    arr = np.full((H * 3 // 2, W), 128, dtype=np.uint8)
    yy, uu, vv = planes(arr, FrameCtx(W, H))
    yy[...], uu[...], vv[...] = y, u, v
    return arr


def run(name: str, arr: np.ndarray, k: int = 0, **params: float) -> np.ndarray:
    defn = get_effect(name)
    vals = defn.clamp({**defn.defaults(), **params})
    assert defn.apply is not None
    return defn.apply(arr.copy(), vals, FrameCtx(W, H, k=k, fps=Fraction(30)))


def yuv(arr: np.ndarray) -> tuple[np.ndarray, ...]:
    return planes(arr, FrameCtx(W, H))


def test_at_least_ten_pixel_effects_and_a_time_remap() -> None:
    pixel = [n for n in names() if get_effect(n).apply is not None]
    assert len(pixel) >= 10
    assert get_effect("speed_ramp").time_remap


def test_zoom_punch_scales_about_the_centre() -> None:
    arr = frame(16)
    yuv(arr)[0][:, 24:40] = 235  # a 16 px white band in the middle
    out = run("zoom_punch", arr, amount=0.5)
    row = yuv(out)[0][H // 2]
    lit = np.flatnonzero(row > 125)
    assert 22 <= lit.size <= 26  # 16 * 1.5
    assert abs((lit[0] + lit[-1]) / 2 - 31.5) <= 1


def test_shake_moves_by_even_pixels_without_black_borders() -> None:
    arr = frame(100)
    yuv(arr)[0][20:22, 30:32] = 235
    moved = [run("shake", arr, k=k, amount=1.0) for k in range(1, 6)]
    spots = [np.argwhere(yuv(m)[0] == 235)[0] for m in moved]
    assert any(tuple(s) != (20, 30) for s in spots)
    assert all(s[0] % 2 == 0 and s[1] % 2 == 0 for s in spots)
    assert all(yuv(m)[0].min() == 100 for m in moved)  # edges repeated, no black


def test_flash_blends_towards_white_or_black() -> None:
    assert (yuv(run("flash", frame(100, 90, 170), amount=1.0))[0] == 235).all()
    half = run("flash", frame(100, 90, 170), amount=0.5)
    assert abs(int(yuv(half)[0][0, 0]) - 168) <= 1 and abs(int(yuv(half)[1][0, 0]) - 109) <= 1
    assert (yuv(run("flash", frame(100), amount=-1.0))[0] == 16).all()


def test_exposure_and_contrast() -> None:
    ramp = frame()
    yuv(ramp)[0][...] = np.linspace(16, 235, W).astype(np.uint8)
    same = run("exposure", ramp, ev=0.0, contrast=1.0)
    assert np.abs(yuv(same)[0].astype(int) - yuv(ramp)[0]).max() <= 1
    up = yuv(run("exposure", ramp, ev=1.0))[0].astype(int)
    assert (up[:, 8:-8] > yuv(ramp)[0][:, 8:-8]).all()
    hard = yuv(run("exposure", ramp, contrast=2.0))[0].astype(int)
    assert hard[0, 5] < yuv(ramp)[0][0, 5] and hard[0, -5] > yuv(ramp)[0][0, -5]


def test_hue_shift_rotates_chroma_and_keeps_luma() -> None:
    out = run("hue_shift", frame(81, 90, 240), degrees=180.0)
    y, u, v = yuv(out)
    assert (y == 81).all() and abs(int(u[0, 0]) - 166) <= 1 and abs(int(v[0, 0]) - 16) <= 1


def test_rgb_split_fringes_red_on_one_side_blue_on_the_other() -> None:
    import av

    arr = frame(16)
    yuv(arr)[0][:, 24:40] = 235
    out = run("rgb_split", arr, amount=4 / W)  # 4 px
    rgb = av.VideoFrame.from_ndarray(out, format="yuv420p").to_ndarray(format="rgb24")
    right, left = rgb[H // 2, 41].astype(int), rgb[H // 2, 22].astype(int)
    assert right[0] > right[2] + 60  # red spills to the right
    assert left[2] > left[0] + 60  # blue spills to the left


def test_blur_removes_detail_and_keeps_the_mean() -> None:
    arr = frame()
    yuv(arr)[0][...] = np.where((np.indices((H, W)).sum(0) // 2) % 2, 200, 40)
    out = yuv(run("blur", arr, amount=0.3))[0].astype(float)
    assert out.std() < yuv(arr)[0].std() / 4
    assert abs(out.mean() - yuv(arr)[0].mean()) < 3


def test_vignette_darkens_corners_only() -> None:
    out = run("vignette", frame(200, 60, 200), amount=1.0, softness=0.5)
    y, u, _ = yuv(out)
    assert abs(int(y[H // 2, W // 2]) - 200) <= 1 and y[0, 0] < 40
    assert abs(int(u[0, 0]) - 128) < abs(60 - 128) / 2  # corners lose colour too


def test_glitch_tears_rows_sideways_deterministically() -> None:
    arr = frame()
    yuv(arr)[0][...] = np.arange(W, dtype=np.uint8)[None, :] * 3 + 20
    a, b = run("glitch", arr, k=3, amount=1.0), run("glitch", arr, k=3, amount=1.0)
    assert np.array_equal(a, b)
    ya = yuv(a)[0]
    moved = [r for r in range(H) if not np.array_equal(ya[r], yuv(arr)[0][r])]
    assert moved and all(np.array_equal(np.sort(ya[r]), np.sort(yuv(arr)[0][r])) for r in moved)
    assert not np.array_equal(a, run("glitch", arr, k=4, amount=1.0))


def test_strobe_lights_the_first_frames_of_each_period() -> None:
    lit = [bool((yuv(run("strobe", frame(50), k=k, period_frames=4, duty=0.5))[0] == 235).all())
           for k in range(8)]
    assert lit == [True, True, False, False] * 2


def test_grade_saturation_and_temperature() -> None:
    _, u, v = yuv(run("grade", frame(100, 90, 170), saturation=0.0))
    assert (u == 128).all() and (v == 128).all()
    _, u, v = yuv(run("grade", frame(100), temperature=1.0))
    assert u[0, 0] < 128 < v[0, 0]  # warmer: less blue, more red


def test_speed_ramp_is_a_continuous_time_remap() -> None:
    v = {"from_speed": 1.0, "to_speed": 0.25, "start": 0.3, "end": 0.6}
    slot = Fraction(10)
    assert source_offset(Fraction(3), slot, v) == 3
    assert source_offset(slot, slot, v) == Fraction(47, 8)  # 3 + 1.875 + 1
    assert speed_at(Fraction(9), slot, v) == Fraction(1, 4)
    eps = Fraction(1, 10**6)
    for t in (Fraction(3), Fraction(6)):  # no jump where the ramp starts or ends
        assert abs(source_offset(t + eps, slot, v) - source_offset(t - eps, slot, v)) < 3 * eps


def test_check_effect_names_the_problem() -> None:
    assert "known effects" in check_effect("wobble", {})[0][1]
    [(param, msg)] = check_effect("zoom_punch", {"amount": 4.0})
    assert param == "amount" and "0.0..1.0" in msg
    [(param, msg)] = check_effect("flash", {"colour": 1.0})
    assert param == "colour" and "has no param" in msg
    assert check_effect("vignette", {"amount": 0.4}) == []


@pytest.mark.parametrize("name", ["zoom_punch", "shake", "flash", "rgb_split", "blur",
                                  "vignette", "glitch", "strobe", "hue_shift", "exposure"])
def test_idle_values_are_skipped(name: str) -> None:
    defn = get_effect(name)
    zero = {p.name: (0.0 if p.name in ("amount", "ev", "degrees") else p.default)
            for p in defn.params}
    if name == "exposure":
        zero["contrast"] = 1.0
    if name == "hue_shift":
        zero["saturation"] = 1.0
    assert defn.idle(defn.clamp(zero))


def test_static_name_lists_match_the_registries() -> None:
    from render.effects import PIXEL_EFFECTS
    from render.transitions import BUILTIN, registry

    assert sorted(PIXEL_EFFECTS) == sorted(n for n in names() if get_effect(n).apply)
    assert sorted(BUILTIN) == sorted(registry())


def textured(w: int = 320, h: int = 180) -> np.ndarray:
    """A busy yuv420p picture (random blocks and ramps): fast paths are compared on it."""
    rng = np.random.default_rng(7)
    arr = rng.integers(16, 236, (h * 3 // 2, w), dtype=np.uint8)
    arr[: h // 2] = np.linspace(16, 235, w).astype(np.uint8)[None, :]
    return arr


@pytest.mark.parametrize("amount", [0.02, 0.06, 0.3])
def test_zoom_fast_path_matches_the_swscale_reference(amount: float) -> None:
    from render.effects import zoom_punch

    arr, ctx = textured(), FrameCtx(320, 180)
    v = {"amount": amount, "center_x": 0.3, "center_y": -0.2}
    fast, ref = zoom_punch.EFFECT.apply(arr.copy(), v, ctx), zoom_punch.reference(arr, v, ctx)
    d = np.abs(fast.astype(int) - ref)
    assert d.max() <= 3 and d.mean() < 0.2  # same crop, bilinear both; rounding differs


def test_vignette_fast_path_equals_its_formula_rounded_once() -> None:
    """Exactly: one rounding per pixel. A second rounding left a static +-1 pattern that
    x264 paid for in every frame of moving footage."""
    from render.effects import vignette

    extremes, ctx = textured(), FrameCtx(320, 180)
    extremes[0, :] = 255  # values on both sides of every centre (and the extremes) ...
    extremes[1, :] = 0
    cases = [(textured(), 0.75, 0.5), (extremes, 0.75, 0.5), (extremes, 0.375, 0.625),
             (extremes, 1.0, 1.0)]  # ... and luma all >= 16 (the 3-pass path); 1/64 grid
    for arr, amount, softness in cases:
        out = vignette.EFFECT.apply(arr.copy(), {"amount": amount, "softness": softness}, ctx)
        for plane, fast, w, h, c in zip(planes(arr, ctx), planes(out, ctx), (320, 160, 160),
                                        (180, 90, 90), (16, 128, 128), strict=True):
            gain = vignette._mask(w, h, amount, softness)
            ref = vignette.reference(plane, np.round(gain * 255), c)
            assert np.array_equal(fast, ref)
            exact = np.round(c + (plane.astype(np.float64) - c) * gain)  # unquantised gain
            assert np.abs(fast - exact).max() <= 1


def test_table_look_up_is_exact_in_place() -> None:
    from render.effects.base import lut_apply

    arr = textured()
    lut = (255 - np.arange(256)).astype(np.uint8)
    y, u, _ = planes(arr, FrameCtx(320, 180))
    want_y, want_u = lut[y], lut[u]
    lut_apply(y, lut)
    lut_apply(u, lut)
    assert np.array_equal(y, want_y) and np.array_equal(u, want_u)
    strided = arr[:180, ::2]  # not contiguous: the numpy path
    want = lut[strided]
    lut_apply(strided, lut)
    assert np.array_equal(strided, want)


def test_strobe_table_equals_the_blend_formula() -> None:
    arr = textured()
    out = run_on(arr, "strobe", amount=0.6, level=0.5, period_frames=2)
    a, level = round(0.6 * 256), round(16 + 0.5 * 219)
    y = planes(arr, FrameCtx(320, 180))[0].astype(np.uint16)
    assert np.array_equal(planes(out, FrameCtx(320, 180))[0], (y * (256 - a) + level * a + 128)
                          >> 8)


def run_on(arr: np.ndarray, name: str, **params: float) -> np.ndarray:
    defn = get_effect(name)
    vals = defn.clamp({**defn.defaults(), **params})
    assert defn.apply is not None
    return defn.apply(arr.copy(), vals, FrameCtx(arr.shape[1], arr.shape[0] * 2 // 3))


def test_the_runner_keeps_a_sections_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """A grade's tables are computed once for the whole section, not per frame; the frames
    are its per-plane look-ups all the same."""
    import render.effects.base as base
    from render.effects.grade import _luts
    from render.effects.runner import EffectRunner
    from render.frames import FrameBuf
    from render.timeline import Effect

    grade = Effect("grade", params={"saturation": 1.4, "temperature": 0.3})
    runner = EffectRunner(width=W, height=H, fps=Fraction(30), total_frames=10)
    applied: list[tuple[int, ...]] = []
    lut_apply = base.lut_apply
    monkeypatch.setattr(base, "lut_apply", lambda p, t: applied.append(p.shape) or lut_apply(p, t))
    src = np.random.default_rng(2).integers(0, 256, (H * 3 // 2, W), dtype=np.uint8)
    want = src.copy()
    tables = _luts(runner.values(grade, 0) or {})
    for plane, lut in zip(planes(want, FrameCtx(W, H)), tables, strict=True):
        plane[...] = lut[plane]
    for k in range(10):
        buf = FrameBuf(planes=src.copy())
        runner.apply_to(buf, (grade,), k)
        assert np.array_equal(buf.planes(), want)
    assert applied == [(H, W), (H // 2, W // 2), (H // 2, W // 2)] * 10
    assert len(runner._lut_cache) == 1


def test_undriven_values_are_kept_and_driven_ones_follow_the_frame() -> None:
    from render.effects.runner import EffectRunner
    from render.timeline import Effect

    runner = EffectRunner(width=W, height=H, fps=Fraction(30), total_frames=30)
    grade = Effect("grade", params={"gamma": 1.3}, start_frame=5, end_frame=10)
    first = runner.values(grade, 5)
    assert first is not None and first["gamma"] == 1.3 and runner.values(grade, 9) is first
    assert runner.values(grade, 4) is None and runner.values(grade, 10) is None
    flash = Effect("flash", params={"amount": 0.0}, drivers=(
        {"param": "amount", "amount": 0.5, "source": "events", "beats_s": [0.0, 0.5],
         "events_beats": [0.0, 1.0], "decay_beats": 0.5},))
    amounts = [(runner.values(flash, k) or {}).get("amount", 0.0) for k in range(30)]
    assert len(set(amounts)) > 3  # a driven effect is evaluated per frame
