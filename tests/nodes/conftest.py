"""Toy node types and an engine wired to a temp workspace."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from nodes.cache import ArtifactStore, ResultCache
from nodes.events import ListSink
from nodes.executor import Executor
from nodes.registry import Registry
from nodes.runs import RunStore
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import ANY, NUMBER, TEXT, list_of

sys.path.insert(0, str(Path(__file__).parent))  # for `from graphkit import make_graph`


class Calls:
    """Counts runs per node id and records concurrency."""

    def __init__(self) -> None:
        self.by_node: dict[str, int] = {}
        self.active = 0
        self.max_active = 0

    def hit(self, node_id: str) -> None:
        self.by_node[node_id] = self.by_node.get(node_id, 0) + 1


def toy_registry(calls: Calls) -> Registry:
    async def const(ctx: Any) -> dict[str, Any]:
        calls.hit(ctx.node_id)
        return {"value": ctx.params["value"]}

    async def add(ctx: Any, a: float, b: float = 0.0) -> dict[str, Any]:
        calls.hit(ctx.node_id)
        return {"value": a + b}

    async def sleep(ctx: Any, value: Any = None) -> dict[str, Any]:
        calls.hit(ctx.node_id)
        calls.active += 1
        calls.max_active = max(calls.max_active, calls.active)
        try:
            await asyncio.sleep(ctx.params["seconds"])
        finally:
            calls.active -= 1
        return {"value": value}

    async def block(ctx: Any) -> dict[str, Any]:
        calls.hit(ctx.node_id)

        def work() -> float:
            end = time.monotonic() + ctx.params["seconds"]
            while time.monotonic() < end and not ctx.cancel_event.is_set():
                time.sleep(0.01)
            return 1.0
        return {"value": await ctx.to_thread(work)}

    async def split(ctx: Any, text: str) -> dict[str, Any]:
        calls.hit(ctx.node_id)
        return {"items": text.split()}

    async def upper(ctx: Any, text: str) -> dict[str, Any]:
        calls.hit(ctx.node_id)
        return {"text": text.upper()}

    async def join(ctx: Any, items: list[str]) -> dict[str, Any]:
        calls.hit(ctx.node_id)
        return {"text": " ".join(items)}

    async def pick(ctx: Any) -> dict[str, Any]:
        calls.hit(ctx.node_id)
        return {"value": await ctx.input("a" if ctx.params["which"] == "a" else "b")}

    async def paid(ctx: Any) -> dict[str, Any]:
        calls.hit(ctx.node_id)
        ctx.add_cost(ctx.params["price"])
        ctx.count_provider_call()
        return {"value": ctx.params["price"]}

    async def fail(ctx: Any) -> dict[str, Any]:
        calls.hit(ctx.node_id)
        raise RuntimeError("boom")

    reg = Registry()
    num = ParamSpec("value", "float", 1.0, min=-1e9, max=1e9)
    reg.register(NodeSpec("t.const", "Const", "test", const, params=(num,),
                          outputs=(PortSpec("value", NUMBER),)))
    reg.register(NodeSpec("t.text", "Text", "test", const,
                          params=(ParamSpec("value", "str", "a b c"),),
                          outputs=(PortSpec("value", TEXT),)))
    reg.register(NodeSpec("t.add", "Add", "test", add,
                          inputs=(PortSpec("a", NUMBER), PortSpec("b", NUMBER, optional=True)),
                          outputs=(PortSpec("value", NUMBER),)))
    reg.register(NodeSpec("t.sleep", "Sleep", "test", sleep,
                          resource=lambda p: p.get("resource") or "cpu",
                          params=(ParamSpec("seconds", "float", 0.1, min=0, max=60),
                                  ParamSpec("resource", "str", "")),
                          inputs=(PortSpec("value", TEXT, optional=True),),
                          outputs=(PortSpec("value", ANY),)))
    reg.register(NodeSpec("t.block", "Block", "test", block,
                          params=(ParamSpec("seconds", "float", 5.0, min=0, max=60),),
                          outputs=(PortSpec("value", NUMBER),)))
    reg.register(NodeSpec("t.split", "Split", "test", split, inputs=(PortSpec("text", TEXT),),
                          outputs=(PortSpec("items", list_of(TEXT)),)))
    reg.register(NodeSpec("t.upper", "Upper", "test", upper, inputs=(PortSpec("text", TEXT),),
                          outputs=(PortSpec("text", TEXT),)))
    reg.register(NodeSpec("t.join", "Join", "test", join,
                          inputs=(PortSpec("items", list_of(TEXT)),),
                          outputs=(PortSpec("text", TEXT),)))
    reg.register(NodeSpec("t.pick", "Pick", "test", pick, cacheable=False,
                          params=(ParamSpec("which", "choice", "a", choices=("a", "b")),),
                          inputs=(PortSpec("a", ANY, lazy=True), PortSpec("b", ANY, lazy=True)),
                          outputs=(PortSpec("value", ANY),)))
    reg.register(NodeSpec("t.paid", "Paid", "test", paid, paid=True,
                          estimate_cost=lambda p, i: p["price"],
                          params=(ParamSpec("price", "float", 0.5, min=0, max=100),),
                          outputs=(PortSpec("value", NUMBER),)))
    reg.register(NodeSpec("t.fail", "Fail", "test", fail, outputs=(PortSpec("value", NUMBER),)))
    return reg


class Engine:
    def __init__(self, root: Path) -> None:
        self.calls = Calls()
        self.registry = toy_registry(self.calls)
        self.root = root
        self.sink = ListSink()
        self.reopen()

    def reopen(self, *, limits: dict[str, int] | None = None) -> None:
        """A fresh executor over the same on-disk cache (like a restart)."""
        self.artifacts = ArtifactStore(self.root / "cache")
        self.cache = ResultCache(self.root / "cache", self.artifacts)
        self.runs = RunStore(self.root / "runs.sqlite")
        self.executor = Executor(registry=self.registry, artifacts=self.artifacts,
                                 cache=self.cache, runs=self.runs, sink=self.sink,
                                 limits=limits)

    def run(self, graph: Any, **kwargs: Any) -> Any:
        return asyncio.run(self.executor.run(graph, **kwargs))


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    return Engine(tmp_path)
