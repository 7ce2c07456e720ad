"""The automatic Ken Burns move of a generated image follows its request, not its bytes.

A provider that encodes the same picture differently (another PNG level, a faster painter)
must not change a graph's camera; a user file keeps its content hash; a cached result keeps
the request it was made for even when another request returned identical bytes.
"""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from graphkit import make_graph

from nodes.builtin.montage import KENBURNS_MOVES, auto_move, move_key
from nodes.cache import Artifact, ArtifactStore, ResultCache, value_key
from nodes.executor import Executor
from nodes.provider_hub import ProviderHub
from nodes.registry import default_registry

PROMPT = "a lighthouse on a rocky shore at night"


def _graph() -> Any:
    return make_graph({
        "theme": ("input.text", {"text": PROMPT}),
        "img": ("gen.image", {"model": "local:procedural", "seed": 3, "width": 160,
                              "height": 90}),
        "kb": ("comp.kenburns", {"motion": "auto", "duration_s": 0.5, "width": 160,
                                 "height": 90, "fps": "30"}),
    }, ["theme.text->img.prompt", "img.image->kb.image"])


def _run(root: Path) -> tuple[Artifact, dict[str, float]]:
    store = ArtifactStore(root / "cache")
    from nodes.runs import RunStore

    runs = RunStore(root / "runs.sqlite")
    ex = Executor(registry=default_registry(), artifacts=store,
                  cache=ResultCache(root / "cache", store), runs=runs,
                  services={"providers": ProviderHub(runs=runs, env={})})
    res = asyncio.run(ex.run(_graph()))
    assert res.status == "succeeded", res.error
    return res.outputs["img"]["image"], res.outputs["kb"]["video"]["motion"]


def _png_level(level: int) -> Any:
    import cv2

    from providers.local import procedural

    def render_png(prompt: str, seed: int, width: int, height: int) -> bytes:
        arr = procedural.render_array(prompt, seed, width, height)
        ok, buf = cv2.imencode(".png", cv2.cvtColor(arr, cv2.COLOR_RGB2BGR),
                               [cv2.IMWRITE_PNG_COMPRESSION, level])
        assert ok
        return bytes(buf.tobytes())
    return render_png


def _pixels(path: Path) -> np.ndarray:
    from PIL import Image

    with Image.open(path) as im:
        return np.asarray(im.convert("RGB"))


def test_another_png_encoder_keeps_the_camera(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from providers.local import procedural

    got = []
    for level in (0, 9):  # same pixels, other bytes (so another artifact key)
        monkeypatch.setattr(procedural, "render_png", _png_level(level))
        got.append(_run(tmp_path / f"level{level}"))
    (a, move_a), (b, move_b) = got
    assert a.key != b.key
    assert np.array_equal(_pixels(a.path), _pixels(b.path))
    # with these two encodings the bytes' hash would pick different moves
    assert auto_move(a.key) != auto_move(b.key)
    assert move_a == move_b
    move = tuple(move_a[k] for k in ("zoom_from", "zoom_to", "pan_x", "pan_y"))
    assert move == auto_move(move_key(a)) != auto_move(a.key)


def test_user_file_move_follows_its_content() -> None:
    key = hashlib.sha256(b"some photo").hexdigest()
    assert move_key(Artifact(key, "image", Path("x.png"))) == key


def test_request_moves_vary_between_prompts() -> None:
    from nodes.builtin.generate import request_key

    class Result:
        provider, model = "local", "procedural"

    moves = {auto_move(request_key(Result(), {"kind": "image", "prompt": f"shot {i}",
                                              "seed": 1, "width": 1280, "height": 720}))
             for i in range(40)}
    assert moves == set(KENBURNS_MOVES)


def test_cached_result_keeps_its_own_request(tmp_path: Path) -> None:
    """Two requests returned identical bytes: each cached result keeps its request_key (the
    store's sidecar holds only the last writer's meta), and their cache identities differ."""
    store = ArtifactStore(tmp_path / "cache")
    cache = ResultCache(tmp_path / "cache", store)
    src = tmp_path / "same.png"
    arts = []
    for req in ("a" * 64, "b" * 64):
        src.write_bytes(b"identical bytes")
        arts.append(store.add_file(src, kind="image", media_type="image/png",
                                   meta={"request_key": req}))
    assert arts[0].key == arts[1].key
    assert value_key(arts[0]) != value_key(arts[1])
    cache.put("first", {"image": arts[0]}, info={})
    back = cache.get("first")
    assert back is not None
    assert back["image"].meta["request_key"] == "a" * 64
    assert value_key(back["image"]) == value_key(arts[0])


def _montage(clips: list[Any], n_slots: int) -> list[tuple[float, ...] | None]:
    from types import SimpleNamespace

    from nodes.builtin.composite import _run_montage

    slots = [{"start_frame": 30 * i, "end_frame": 30 * (i + 1), "section": "verse"}
             for i in range(n_slots)]
    plan = {"fps": "30", "slots": slots, "total_frames": 30 * n_slots, "cuts_s": [],
            "cut_frames": []}
    params = {"order": "cycle", "overrides": "", "still_motion": "auto", "fit": "cover",
              "policy": "hold", "transition": "cut", "transition_frames": 6}
    out = asyncio.run(_run_montage(SimpleNamespace(params=params, node_id="m"), clips, plan))
    return [tuple(s["motion"][k] for k in ("zoom_from", "zoom_to", "pan_x", "pan_y"))
            if s.get("motion") else None for s in out["timeline"]["segments"]]


def test_neighbouring_shots_never_repeat_an_automatic_move() -> None:
    from nodes.builtin.composite import clip_recipe

    still = Artifact(hashlib.sha256(b"one photo").hexdigest(), "image", Path("p.png"))
    moves = _montage([still], 5)  # one still on five shots in a row
    assert moves[0] == auto_move(still.key)
    assert all(a != b for a, b in zip(moves, moves[1:], strict=False)), moves
    # Ken Burns recipes with motion "auto" are varied the same way; manual moves never
    same = dict(zip(("zoom_from", "zoom_to", "pan_x", "pan_y"), KENBURNS_MOVES[2], strict=True))
    auto = clip_recipe(still, motion={**same, "auto": True}, frames=30, fps="30")
    manual = clip_recipe(still, motion=same, frames=30, fps="30")
    assert _montage([auto], 3) == [KENBURNS_MOVES[2], KENBURNS_MOVES[3], KENBURNS_MOVES[2]]
    assert _montage([manual], 3) == [KENBURNS_MOVES[2]] * 3
