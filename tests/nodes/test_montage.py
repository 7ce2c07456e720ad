"""Montage slot assignment, overrides, recipes and the Ken Burns recipe node."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from graphkit import make_graph

from nodes.builtin.montage import assign, parse_overrides
from nodes.errors import BadNodeInput
from nodes.executor import Executor
from nodes.registry import default_registry

SLOTS = [{"section": s} for s in ["intro", "intro", "verse", "verse", "verse", "chorus",
                                  "chorus", "verse"]]


def test_slot_orders() -> None:
    names = ["verse_a.mp4", "chorus1.png", "intro.mov", "verse_b.jpg"]
    assert assign(SLOTS, names, "cycle") == [0, 1, 2, 3, 0, 1, 2, 3]
    assert assign(SLOTS, names, "spread") == [0, 0, 1, 1, 2, 2, 3, 3]
    # three labels in order of appearance: intro -> [0], verse -> [1], chorus -> [2, 3]
    assert assign(SLOTS, names, "section") == [0, 0, 1, 1, 1, 2, 3, 1]
    assert assign(SLOTS, names, "name") == [2, 2, 0, 3, 0, 1, 1, 3]


def test_overrides_parse_and_name_the_param() -> None:
    assert parse_overrides("0:3, 7:1", 8, 4, node_id="m") == {0: 3, 7: 1}
    with pytest.raises(BadNodeInput, match="overrides") as exc:
        parse_overrides("9:0", 8, 4, node_id="m")
    assert "8 slots" in str(exc.value)
    with pytest.raises(BadNodeInput, match="slot:element"):
        parse_overrides("a=b", 8, 4, node_id="m")


def _run(engine: Any, graph: Any) -> Any:
    ex = Executor(registry=default_registry(), artifacts=engine.artifacts, cache=engine.cache,
                  runs=engine.runs, sink=engine.sink)
    return asyncio.run(ex.run(graph))


def test_kenburns_node_yields_a_recipe_unless_asked_to_export(engine: Any,
                                                              tmp_path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (64, 36), (200, 10, 10)).save(tmp_path / "s.png")
    before = set(engine.artifacts.objects.rglob("*"))
    g = make_graph({"s": ("input.image", {"path": str(tmp_path / "s.png")}),
                    "kb": ("comp.kenburns", {"duration_s": 1.0, "width": 64, "height": 36})},
                   ["s.image->kb.image"])
    res = _run(engine, g)
    recipe = res.outputs["kb"]["video"]
    assert recipe["clip"] == 1 and recipe["duration_frames"] == 30
    assert recipe["source"].key == res.outputs["s"]["image"].key
    added = set(engine.artifacts.objects.rglob("*")) - before
    assert all(p.suffix == ".json" or p.is_dir() or
               p.stat().st_size == (tmp_path / "s.png").stat().st_size for p in added)
    g.nodes["kb"].params["export_clip"] = True
    exported = _run(engine, g).outputs["kb"]["video"]
    assert exported.kind == "video" and exported.meta["duration_frames"] == 30


def test_clip_settings_are_a_recipe_the_montage_uses(engine: Any, tmp_path: Path) -> None:
    import sys
    from fractions import Fraction

    from nodes.builtin.montage import segment_fields
    from render.timeline import VideoSegment

    sys.path.insert(0, str(Path(__file__).parents[1] / "render"))
    from media import make_clip

    clip = make_clip(tmp_path / "c.mp4", fps=Fraction(30), n_frames=45)
    g = make_graph({"v": ("input.video", {"path": str(clip)}),
                    "c": ("comp.clip", {"in_s": 0.5, "out_s": 1.2, "policy": "loop"})},
                   ["v.video->c.video"])
    recipe = _run(engine, g).outputs["c"]["video"]
    fields = segment_fields(recipe["source"], recipe, fps=Fraction(30), still_motion=True)
    seg = VideoSegment(start_frame=0, duration_frames=30, **{"fit": "cover", **fields})
    assert (seg.source_in_s, seg.source_out_s, seg.policy, seg.fit) == (0.5, 1.2, "loop",
                                                                         "cover")
    g.nodes["c"].params.update({"in_s": 1.0, "out_s": 0.5})
    res = _run(engine, g)
    assert isinstance(res.error, BadNodeInput) and res.error.param == "out_s"
