"""render.kenburns.load_rgb returns an RGB still as decoded (no copies) and equals the
old formula (exif_transpose, then flatten or convert) for every kind of still."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from render.kenburns import load_rgb

ORIENTATION = 0x0112  # the EXIF tag


def old_formula(path: Path) -> np.ndarray:
    with Image.open(path) as im:
        im = ImageOps.exif_transpose(im)
        if im.mode in ("RGBA", "LA", "P"):
            im = im.convert("RGBA")
            bg = Image.new("RGB", im.size, (0, 0, 0))
            bg.paste(im, mask=im.getchannel("A"))
            return np.asarray(bg)
        return np.asarray(im.convert("RGB"))


def stills(tmp: Path) -> list[Path]:
    rng = np.random.default_rng(3)
    rgba = rng.integers(0, 256, (36, 52, 4), dtype=np.uint8)
    out = []
    for name, im, kw in (
            ("rgb.png", Image.fromarray(rgba[..., :3]), {}),
            ("rgba.png", Image.fromarray(rgba), {}),
            ("p.png", Image.fromarray(rgba[..., :3]).convert("P"), {}),
            ("l.png", Image.fromarray(rgba[..., 0]), {}),
            ("la.png", Image.fromarray(rgba[..., :2].copy(), "LA"), {}),
            ("plain.jpg", Image.fromarray(rgba[..., :3]), {}),
            ("turned.jpg", Image.fromarray(rgba[..., :3]), {"exif": _exif(6)}),
            ("upright.jpg", Image.fromarray(rgba[..., :3]), {"exif": _exif(1)}),
            ("anim.gif", Image.fromarray(rgba[..., :3]).convert("P"), {
                "save_all": True, "append_images": [Image.new("P", (52, 36), 3)]})):
        im.save(tmp / name, **kw)
        out.append(tmp / name)
    return out


def _exif(orientation: int) -> Image.Exif:
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    return exif


def test_every_kind_of_still_equals_the_old_formula(tmp_path: Path) -> None:
    for path in stills(tmp_path):
        with warnings.catch_warnings():
            warnings.simplefilter("error", ResourceWarning)  # no file left open
            got = load_rgb(path)
        assert got.mode == "RGB", path.name
        want = old_formula(path)
        assert np.array_equal(np.asarray(got), want), path.name
    turned = np.asarray(load_rgb(tmp_path / "turned.jpg"))
    assert turned.shape[:2] == (52, 36)  # orientation 6: rotated upright


@pytest.mark.filterwarnings("error::ResourceWarning")
def test_an_rgb_still_is_returned_as_decoded(tmp_path: Path) -> None:
    (path,) = (p for p in stills(tmp_path) if p.name == "rgb.png")
    im = load_rgb(path)
    with Image.open(path) as fresh:
        # the decoded image itself: exif_transpose and convert("RGB") each made a copy
        assert type(im) is type(fresh) and im.format == "PNG"
