"""gen.visualizer: a recipe by default (drawn in the final render, never encoded twice), an
H.264 file when asked to export; the montage turns the recipe into a visual segment."""

from __future__ import annotations

import asyncio
from fractions import Fraction
from pathlib import Path
from typing import Any

from graphkit import make_graph

from nodes.builtin.montage import segment_fields
from nodes.executor import Executor
from nodes.registry import default_registry

SONG = Path(__file__).parents[2] / "assets/demo/song.flac"


def _run(engine: Any, graph: Any) -> Any:
    ex = Executor(registry=default_registry(), artifacts=engine.artifacts, cache=engine.cache,
                  runs=engine.runs, sink=engine.sink)
    return asyncio.run(ex.run(graph))


def test_visualizer_is_a_recipe_unless_asked_to_export(engine: Any) -> None:
    g = make_graph({"s": ("input.audio", {"path": str(SONG)}),
                    "v": ("gen.visualizer", {"style": "tunnel", "theme": "northern lights",
                                             "start_s": 8.0, "duration_s": 0.5, "width": 64,
                                             "height": 36, "preset": "ultrafast"})},
                   ["s.audio->v.audio"])
    res = _run(engine, g)
    recipe = res.outputs["v"]["video"]
    assert recipe["visual"] == {"style": "tunnel", "palette": "aurora", "start_s": 8.0,
                                "duration_s": 0.5}
    assert recipe["duration_frames"] == 15 and recipe["source"].key == res.outputs["s"][
        "audio"].key
    fields = segment_fields(recipe["source"], recipe, fps=Fraction(30), still_motion=True)
    assert fields["visual"] == recipe["visual"] and "motion" not in fields
    g.nodes["v"].params["export_clip"] = True
    exported = _run(engine, g).outputs["v"]["video"]
    assert exported.kind == "video" and exported.meta["duration_frames"] == 15
