"""local:procedural writes its PNGs itself (up filter + libdeflate): the same pixels (#12)."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from providers.local.procedural import png_bytes, render_array, render_png


def _pillow(data: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(data)) as im:
        im.verify()  # chunk CRCs and structure
    with Image.open(io.BytesIO(data)) as im:
        assert im.mode == "RGB"
        return np.asarray(im)


def _opencv(data: bytes) -> np.ndarray:
    import cv2

    bgr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_UNCHANGED)
    return np.asarray(cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB))


@pytest.mark.parametrize("shape", [(1, 1), (2, 3), (90, 161), (181, 320)])
def test_any_picture_decodes_to_its_exact_pixels(shape: tuple[int, int]) -> None:
    rng = np.random.default_rng(shape[1])
    rgb = rng.integers(0, 256, (*shape, 3), dtype=np.uint8)
    rgb[::2, ::3] = 255  # the "up" differences wrap around 0/255 both ways
    rgb[1::2, ::3] = 0
    data = png_bytes(rgb)
    assert np.array_equal(_pillow(data), rgb)
    assert np.array_equal(_opencv(data), rgb)


def test_painted_png_holds_the_painted_pixels() -> None:
    prompt = "a lighthouse on a rocky shore above the sea at dusk"
    data = render_png(prompt, 11, 320, 180)
    assert np.array_equal(_pillow(data), render_array(prompt, 11, 320, 180))
    assert render_png(prompt, 11, 320, 180) == data  # deterministic bytes
