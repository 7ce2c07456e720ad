"""Dry runs name each paid job by its cache key, so a batch counts a shared job once."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from graphkit import make_graph

from nodes.cache import ArtifactStore, ResultCache
from nodes.executor import Executor
from nodes.registry import Registry
from nodes.runs import RunStore
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import NUMBER


def registry() -> Registry:
    async def run(ctx: Any, value: float = 0.0) -> dict[str, Any]:
        raise AssertionError("a dry run runs no paid node")

    async def const(ctx: Any) -> dict[str, Any]:
        return {"value": float(ctx.params["value"])}

    price = ParamSpec("price", "float", 0.5, min=0, max=100)
    reg = Registry()
    reg.register(NodeSpec("t.const", "Const", "test", const,
                          params=(ParamSpec("value", "float", 1.0, min=-9, max=9),),
                          outputs=(PortSpec("value", NUMBER),)))
    reg.register(NodeSpec("t.image", "Image", "test", run, paid=True, params=(price,),
                          estimate_cost=lambda p, i: p["price"],
                          inputs=(PortSpec("value", NUMBER),),
                          outputs=(PortSpec("value", NUMBER),)))
    reg.register(NodeSpec("t.video", "Video", "test", run, paid=True, params=(price,),
                          estimate_cost=lambda p, i: p["price"],
                          inputs=(PortSpec("value", NUMBER),),
                          outputs=(PortSpec("value", NUMBER),)))
    return reg


def estimates(root: Path, prompt: float, video_price: float) -> dict[str, float]:
    """A dry run of const -> paid image -> paid video, in a fresh store each time."""
    artifacts = ArtifactStore(root / "cache")
    runs = RunStore(root / "runs.sqlite")
    executor = Executor(registry=registry(), artifacts=artifacts,
                        cache=ResultCache(root / "cache", artifacts), runs=runs)
    graph = make_graph({"prompt": ("t.const", {"value": prompt}),
                        "image": ("t.image", {"price": 0.25}),
                        "video": ("t.video", {"price": video_price})},
                       ["prompt.value->image.value", "image.value->video.value"])
    try:
        result = asyncio.run(executor.run(graph, dry_run=True))
    finally:
        runs.close()
    assert result.error is None and result.estimated_cost_usd == 0.25 + video_price
    return result.estimates


def test_the_same_paid_jobs_get_the_same_keys_in_another_run(tmp_path: Path) -> None:
    first = estimates(tmp_path / "a", 1.0, 2.0)
    again = estimates(tmp_path / "b", 1.0, 2.0)
    assert sorted(first.values()) == [0.25, 2.0] and first == again  # shared: counted once


def test_a_different_upstream_or_price_is_a_different_job(tmp_path: Path) -> None:
    base = estimates(tmp_path / "a", 1.0, 2.0)
    other_prompt = estimates(tmp_path / "b", 3.0, 2.0)
    other_video = estimates(tmp_path / "c", 1.0, 4.0)
    assert not set(base) & set(other_prompt)  # the image and (through it) the video differ
    assert len(set(base) & set(other_video)) == 1  # the same image, another video
