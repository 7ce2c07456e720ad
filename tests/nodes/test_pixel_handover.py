"""The local painter's pixels reach the renderer without a PNG decode, exactly (#12)."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from graphkit import make_graph

from nodes.cache import ArtifactStore, ResultCache
from nodes.executor import Executor
from nodes.provider_hub import ProviderHub
from nodes.registry import default_registry
from nodes.runs import RunStore
from render import stills
from render.kenburns import KenBurns, load_rgb


@pytest.fixture(autouse=True)
def _nothing_held() -> Any:
    stills.release_all()
    yield
    stills.release_all()


def _paint(root: Path) -> Any:
    store = ArtifactStore(root / "cache")
    ex = Executor(registry=default_registry(), artifacts=store,
                  cache=ResultCache(root / "cache", store), runs=RunStore(root / "runs.sqlite"),
                  services={"providers": ProviderHub(runs=RunStore(root / "runs.sqlite"),
                                                     env={})})
    g = make_graph({"theme": ("input.text", {"text": "a lighthouse above the sea at dusk"}),
                    "img": ("gen.image", {"model": "local:procedural", "seed": 5,
                                          "width": 320, "height": 180})},
                   ["theme.text->img.prompt"])
    res = asyncio.run(ex.run(g))
    assert res.status == "succeeded", res.error
    return res.outputs["img"]["image"]


def _decoded(path: Path) -> np.ndarray:
    from PIL import Image

    with Image.open(path) as im:
        return np.asarray(im.convert("RGB"))


def _planes(image: Any) -> list[np.ndarray]:
    kb = KenBurns(image, width=160, height=90, n_frames=5, zoom_from=1.0, zoom_to=1.2,
                  pan=(0.4, -0.3))
    return [kb.planes(k).copy() for k in range(5)]


def test_painted_pixels_are_handed_over_and_equal_the_decoded_file(tmp_path: Path) -> None:
    from providers.local import procedural

    art = _paint(tmp_path)
    assert procedural.take_painted(art.key) is None  # handed over, not kept twice
    assert art.key in stills._held  # empty before: every still was decoded from its file
    from_memory = _planes(load_rgb(art.path))
    assert stills.held_rgb(art.path) is None  # handed over once: the memory went with it
    from_file = _planes(load_rgb(art.path))
    assert all(np.array_equal(a, b) for a, b in zip(from_memory, from_file, strict=True))


def test_held_pixels_equal_the_decoded_file(tmp_path: Path) -> None:
    art = _paint(tmp_path)
    held = stills.held_rgb(art.path)
    assert held is not None and np.array_equal(held, _decoded(art.path))


def test_other_bytes_are_never_served_from_memory(tmp_path: Path) -> None:
    import cv2

    art = _paint(tmp_path)
    pixels = _decoded(art.path)
    other = tmp_path / "same-pixels-other-bytes.png"
    cv2.imwrite(str(other), cv2.cvtColor(pixels, cv2.COLOR_RGB2BGR),
                [cv2.IMWRITE_PNG_COMPRESSION, 9])
    assert other.read_bytes() != art.path.read_bytes()
    assert stills.held_rgb(other) is None
    copy = shutil.copy(art.path, tmp_path / "copy.png")
    with open(copy, "r+b") as fh:  # the file changed after it was stored
        fh.seek(-1, 2)
        fh.write(b"\0")
    assert stills.held_rgb(copy) is None
    assert stills.held_rgb(shutil.copy(art.path, tmp_path / "c2.png")) is not None  # by content


def test_held_pixels_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    one = np.zeros((10, 10, 3), np.uint8)
    monkeypatch.setattr(stills, "CAP_BYTES", 2 * one.nbytes)
    for i in range(3):
        stills.hold(f"k{i}", one.copy())
    assert list(stills._held) == ["k0", "k1"]  # full: the first painted are shown first
    stills.hold("grey", np.zeros((10, 10), np.uint8))  # not an RGB picture: not held
    assert "grey" not in stills._held
    monkeypatch.setattr(stills, "MAX_AGE_S", -1.0)  # never used: dropped when the next comes
    stills.hold("k3", one.copy())
    assert list(stills._held) == ["k3"]


def test_route_by_cost_hands_the_painters_pixels_over_too(tmp_path: Path) -> None:
    from providers.local import procedural

    store = ArtifactStore(tmp_path / "cache")
    runs = RunStore(tmp_path / "runs.sqlite")
    ex = Executor(registry=default_registry(), artifacts=store,
                  cache=ResultCache(tmp_path / "cache", store), runs=runs,
                  services={"providers": ProviderHub(runs=runs, env={})})
    g = make_graph({"theme": ("input.text", {"text": "the sea at night under the moon"}),
                    "g": ("route.by_cost", {"models": "local:procedural", "width": 160,
                                            "height": 90})},
                   ["theme.text->g.prompt"])
    res = asyncio.run(ex.run(g))
    assert res.status == "succeeded", res.error
    art = res.outputs["g"]["media"]
    assert procedural.take_painted(art.key) is None  # not left waiting in the painter
    held = stills.held_rgb(art.path)
    assert held is not None and np.array_equal(held, _decoded(art.path))
