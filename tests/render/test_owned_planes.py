"""Ken Burns frames with segment effects are warped into planes the compositor owns (no
copy), and a move that holds its last frame is kept once and copied: every output frame
must still show exactly the move's frame with the effect applied once."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from render.compose import Compositor
from render.effects.runner import EffectRunner
from render.encode import _probe_inputs
from render.frames import FrameBuf, from_planes
from render.kenburns import KenBurns, load_rgb
from render.timeline import Effect, Motion, OutputSettings, Timeline, VideoSegment

OUT = OutputSettings(width=96, height=64, fps=Fraction(30))
MOVE = Motion(zoom_from=1.0, zoom_to=1.3, pan_x=0.6, pan_y=-0.4, duration_frames=6)
GRADE = Effect("grade", params={"lift": 0.1, "gamma": 1.4, "saturation": 1.5})
PUNCH = Effect("zoom_punch", params={"amount": 0.2, "center_x": 0.3, "center_y": 0.0})
N = 14  # the move lasts 6 frames, then holds its last one for 8


@pytest.fixture
def still(tmp_path: Path) -> str:
    yy, xx = np.mgrid[0:120, 0:180]
    rgb = np.stack([xx * 255 // 179, yy * 255 // 119, (xx * yy) % 251], axis=-1)
    Image.fromarray(rgb.astype(np.uint8)).save(tmp_path / "s.png")
    return str(tmp_path / "s.png")


def rendered(tl: Timeline) -> list[np.ndarray]:
    comp = Compositor(tl, _probe_inputs(tl))
    try:
        return [comp.frame(k).to_ndarray(format="yuv420p") for k in range(N)]
    finally:
        comp.close()


def expected(still: str, effects: tuple[Effect, ...], punch: bool) -> list[np.ndarray]:
    """Each frame drawn on its own: the move's frame (clamped to its last), then the
    effects applied once on a copy."""
    kb = KenBurns(load_rgb(still), width=OUT.width, height=OUT.height, n_frames=6,
                  zoom_from=MOVE.zoom_from, zoom_to=MOVE.zoom_to, pan=(MOVE.pan_x, MOVE.pan_y))
    fx = EffectRunner(width=OUT.width, height=OUT.height, fps=OUT.fps, total_frames=N)
    p = PUNCH.params
    out = []
    for k in range(N):
        arr = kb.planes(min(k, 5), (p["amount"], p["center_x"], p["center_y"]) if punch
                        else None)
        out.append(fx.apply(from_planes(arr), effects, k).to_ndarray(format="yuv420p"))
    return out


@pytest.mark.parametrize("punch", [False, True])
def test_held_ken_burns_frames_show_the_move_with_the_effect_applied_once(
        still: str, punch: bool) -> None:
    effects = (PUNCH, GRADE) if punch else (GRADE,)
    seg = VideoSegment(still, 0, N, motion=MOVE, effects=effects)
    got = rendered(Timeline(output=OUT, total_frames=N, segments=(seg,)))
    want = expected(still, (GRADE,), punch)
    for k, (a, b) in enumerate(zip(got, want, strict=True)):
        assert np.array_equal(a, b), f"frame {k} differs"
    assert not np.array_equal(got[0], got[5])  # it moved
    plain = rendered(Timeline(output=OUT, total_frames=N, segments=(
        VideoSegment(still, 0, N, motion=MOVE),)))
    assert np.abs(got[9].astype(int) - plain[9]).mean() > 5  # and the grade shows


def test_a_frame_buffer_copies_a_shared_frame_once_and_never_modifies_it() -> None:
    arr = np.full((96, 64), 50, dtype=np.uint8)
    shared = from_planes(arr)
    buf = FrameBuf(shared)
    assert buf.frame() is shared  # nothing drawn: no copy
    buf.planes()[:] = 7
    buf.planes()[0, 0] = 9  # the same owned planes the second time
    out = buf.frame().to_ndarray(format="yuv420p")
    assert out[0, 0] == 9 and out[1, 1] == 7
    assert (shared.to_ndarray(format="yuv420p") == 50).all()


def test_layers_never_draw_on_a_shared_frame(tmp_path: Path) -> None:
    """A still without motion is one shared frame for its whole segment, and a held Ken
    Burns frame is kept: an overlay on the first frames must not stay on the later ones."""
    from render.timeline import Overlay

    Image.new("RGB", (96, 64), (40, 90, 160)).save(tmp_path / "flat.png")
    Image.new("RGB", (24, 24), (250, 250, 250)).save(tmp_path / "logo.png")
    yy, xx = np.mgrid[0:64, 0:96]
    Image.fromarray(np.stack([xx * 2, yy * 3, xx + yy], axis=-1).astype(np.uint8)).save(
        tmp_path / "grad.png")
    vignette = Effect("vignette", params={"amount": 0.5, "softness": 0.5})
    for seg in (VideoSegment(str(tmp_path / "flat.png"), 0, 8),
                VideoSegment(str(tmp_path / "grad.png"), 0, 8, motion=Motion(
                    zoom_from=1.0, zoom_to=1.2, duration_frames=2))):
        base = Timeline(output=OUT, total_frames=8, segments=(seg,), effects=(vignette,))
        logo = Overlay(str(tmp_path / "logo.png"), 0, 3, scale=0.5)
        with_logo = rendered_n(Timeline(output=OUT, total_frames=8, segments=(seg,),
                                        effects=(vignette,), overlays=(logo,)), 8)
        plain = rendered_n(base, 8)
        assert not np.array_equal(with_logo[1], plain[1])  # the logo shows
        for k in range(3, 8):  # and is gone once its range ends
            assert np.array_equal(with_logo[k], plain[k]), f"frame {k} kept the overlay"
        assert np.array_equal(plain[5], plain[7])  # a held frame stays the same


def rendered_n(tl: Timeline, n: int) -> list[np.ndarray]:
    from render.overlays import build_layers

    comp = Compositor(tl, _probe_inputs(tl), layers=build_layers(tl))
    try:
        return [comp.frame(k).to_ndarray(format="yuv420p") for k in range(n)]
    finally:
        comp.close()
