"""A clip-level zoom punch on a Ken Burns still is drawn inside the move's own warp (no
second resample); the picture matches the punch applied afterwards."""

from __future__ import annotations

import dataclasses
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from render import effects as fx
from render.compose import Compositor
from render.encode import _probe_inputs
from render.timeline import Effect, Motion, OutputSettings, Timeline, VideoSegment

OUT = OutputSettings(width=320, height=180, fps=Fraction(30))
PUNCH = {"amount": 0.25, "center_x": 0.4, "center_y": -0.3}


def frames(tl: Timeline) -> list[np.ndarray]:
    comp = Compositor(tl, _probe_inputs(tl))
    try:
        return [comp.frame(k).to_ndarray(format="yuv420p").astype(int) for k in range(12)]
    finally:
        comp.close()


def test_punch_is_folded_into_the_ken_burns_warp(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    yy, xx = np.mgrid[0:360, 0:640]
    # smooth detail: the separate punch crops on whole even pixels, the fold on exact
    # sub-pixel boxes, so sharp edges would differ by up to two pixels of position
    blob = 100 + 90 * np.sin(xx / 25.0) * np.cos(yy / 20.0)
    rgb = np.stack([(xx * 255 // 639), (yy * 255 // 359), blob], axis=-1).astype(np.uint8)
    Image.fromarray(rgb).save(tmp_path / "s.png")
    move = Motion(zoom_from=1.0, zoom_to=1.2, pan_x=0.5)
    seg = VideoSegment(str(tmp_path / "s.png"), 0, 12, motion=move)
    punch = Effect("zoom_punch", params=PUNCH)
    # reference: the punch as a separate resample of the finished Ken Burns frame
    after = frames(Timeline(output=OUT, total_frames=12, segments=(seg,), effects=(punch,)))
    defn = fx.get_effect("zoom_punch")

    def refuse(*_a: object) -> np.ndarray:
        raise AssertionError("the zoom punch was resampled separately")

    monkeypatch.setitem(fx.registry(), "zoom_punch", dataclasses.replace(defn, apply=refuse))
    folded = frames(Timeline(output=OUT, total_frames=12, segments=(
        dataclasses.replace(seg, effects=(punch,)),)))
    for a, b in zip(folded, after, strict=True):
        d = np.abs(a - b)  # the same picture, within resampling (measured: mean 0.7, max 4)
        assert d.mean() < 1.0 and d.max() <= 6
    plain = frames(Timeline(output=OUT, total_frames=12, segments=(seg,)))
    assert np.abs(folded[5] - plain[5]).mean() > 5  # and it did zoom


def test_a_time_ranged_punch_after_an_idle_one_is_folded(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """One punch per song section: the section's punch is folded even when an earlier
    section's punch comes first in the clip's effects (it is idle then). Before, only the
    clip's first effect was folded and the others were resampled a second time."""
    yy, xx = np.mgrid[0:360, 0:640]
    rgb = np.stack([(xx * 255 // 639), (yy * 255 // 359), (xx ^ yy) & 255], axis=-1)
    Image.fromarray(rgb.astype(np.uint8)).save(tmp_path / "s.png")
    seg = VideoSegment(str(tmp_path / "s.png"), 0, 12, motion=Motion(zoom_to=1.2, pan_x=0.5))
    early = Effect("zoom_punch", params=PUNCH, start_frame=0, end_frame=6)
    late = Effect("zoom_punch", params={**PUNCH, "center_x": -0.4}, start_frame=6, end_frame=12)
    grade = Effect("grade", params={"saturation": 0.5})
    # the same frames with the punch of each half first in the list (the fold of today)
    want = frames(Timeline(output=OUT, total_frames=12, segments=(
        dataclasses.replace(seg, effects=(early, grade)),)))[:6] + frames(Timeline(
            output=OUT, total_frames=12, segments=(
                dataclasses.replace(seg, effects=(late, grade)),)))[6:]
    defn = fx.get_effect("zoom_punch")

    def refuse(*_a: object) -> np.ndarray:
        raise AssertionError("the zoom punch was resampled separately")

    monkeypatch.setitem(fx.registry(), "zoom_punch", dataclasses.replace(defn, apply=refuse))
    got = frames(Timeline(output=OUT, total_frames=12, segments=(
        dataclasses.replace(seg, effects=(early, late, grade)),)))
    for a, b in zip(got, want, strict=True):
        assert np.array_equal(a, b)
