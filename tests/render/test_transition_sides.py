"""A transition that reads one shot per frame (dips, flash) draws only that shot: the
compositor warps one Ken Burns frame per dip frame, not two, and the frames are the ones
drawn with both shots."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from render.compose import Compositor
from render.encode import _probe_inputs
from render.kenburns import KenBurns
from render.timeline import Motion, OutputSettings, Timeline, Transition, VideoSegment
from render.transitions.base import TransitionDef

OUT = OutputSettings(width=96, height=64, fps=Fraction(30))
MOVE = Motion(zoom_from=1.0, zoom_to=1.2, pan_x=0.5, pan_y=0.0, duration_frames=12)


def _still(path: Path, seed: int) -> str:
    rgb = np.random.default_rng(seed).integers(0, 256, (60, 90, 3), dtype=np.uint8)
    Image.fromarray(rgb).save(path)
    return str(path)


def _frames(tl: Timeline) -> list[np.ndarray]:
    comp = Compositor(tl, _probe_inputs(tl))
    try:
        return [comp.frame(k).to_ndarray(format="yuv420p") for k in range(tl.total_frames)]
    finally:
        comp.close()


@pytest.mark.parametrize("kind", ["dip_black", "dip_white", "flash"])
def test_one_sided_transitions_draw_one_shot_per_frame(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    a, b = _still(tmp_path / "a.png", 1), _still(tmp_path / "b.png", 2)
    tl = Timeline(output=OUT, total_frames=20, segments=(
        VideoSegment(a, 0, 10, motion=MOVE),
        VideoSegment(b, 10, 10, motion=MOVE, transition_in=Transition(kind, 6))))
    warps = []
    planes = KenBurns.planes
    monkeypatch.setattr(KenBurns, "planes",
                        lambda self, *args: warps.append(1) or planes(self, *args))
    fast = _frames(tl)
    assert len(warps) == 20  # one warp per output frame (both shots drawn: 24)
    monkeypatch.setattr(TransitionDef, "reads", lambda self, i, n, h: (True, True))
    both = _frames(tl)
    assert len(warps) > 40
    assert all(np.array_equal(x, y) for x, y in zip(fast, both, strict=True))
