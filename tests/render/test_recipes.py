"""Stills move at render time: the renderer draws the same frames an exported clip holds."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from render.encode import render_timeline
from render.kenburns import make_kenburns_clip
from render.timeline import Motion, OutputSettings, Timeline, VideoSegment

FPS = Fraction(30)


def _frames(path: Path) -> list[np.ndarray]:
    import av

    with av.open(str(path)) as c:
        return [f.to_ndarray(format="gray").astype(float) for f in c.decode(video=0)]


def test_motion_recipe_matches_the_exported_clip_and_holds(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    img = Image.fromarray((rng.random((45, 80, 3)) * 255).astype(np.uint8))
    img.resize((400, 225), Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(3)).save(
        tmp_path / "s.png")
    move = Motion(zoom_from=1.0, zoom_to=1.25, pan_x=0.6, pan_y=-0.3, duration_frames=20)
    tl = Timeline(output=OutputSettings(width=160, height=90, fps=FPS, preset="ultrafast",
                                        crf=4),
                  total_frames=30, segments=(VideoSegment(str(tmp_path / "s.png"), 0, 30,
                                                          motion=move, policy="hold"),))
    assert Timeline.from_dict(tl.to_dict()) == tl
    rendered = _frames(render_timeline(tl, tmp_path / "r.mp4").path)
    make_kenburns_clip(tmp_path / "s.png", tmp_path / "k.mp4", width=160, height=90, fps=FPS,
                       duration_frames=20, zoom_from=1.0, zoom_to=1.25, pan=(0.6, -0.3),
                       crf=4, preset="ultrafast")
    exported = _frames(tmp_path / "k.mp4")
    for k in range(20):
        assert np.abs(rendered[k] - exported[k]).mean() < 1.5, k
    assert np.abs(rendered[0] - rendered[19]).mean() > 8  # it moves
    for k in range(20, 30):  # hold: the move's last frame
        assert np.abs(rendered[k] - exported[19]).mean() < 1.5, k
