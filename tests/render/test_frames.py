"""Frame plumbing: planes <-> frames without copies where PyAV allows it."""

from __future__ import annotations

import numpy as np
import pytest

from render.frames import from_planes, to_planes


@pytest.mark.parametrize(("w", "h"), [(1280, 720), (160, 90), (64, 2), (96, 54)])
def test_planes_round_trip_every_height(w: int, h: int) -> None:
    arr = np.random.default_rng(h).integers(0, 256, (h * 3 // 2, w), dtype=np.uint8)
    fr = from_planes(arr.copy())
    assert (fr.width, fr.height, fr.format.name) == (w, h, "yuv420p")
    assert np.array_equal(to_planes(fr), arr)
