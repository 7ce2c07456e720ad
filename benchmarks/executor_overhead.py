"""Executor overhead: 1,000 no-op nodes, and 8 concurrent branches that each wait 0.5 s.

Claims (issue 2): under 1 ms of scheduling overhead per node; the 8 branches finish in
under 0.6 s total. Runs the real engine: SQLite run store, on-disk cache, events.
Prints its headline figure last.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from nodes.cache import ArtifactStore, ResultCache  # noqa: E402
from nodes.events import ListSink  # noqa: E402
from nodes.executor import Executor  # noqa: E402
from nodes.graph import Graph, Link, Node  # noqa: E402
from nodes.registry import Registry  # noqa: E402
from nodes.runs import RunStore  # noqa: E402
from nodes.spec import NodeSpec, ParamSpec, PortSpec  # noqa: E402
from nodes.types import ANY  # noqa: E402


def registry() -> Registry:
    async def noop(ctx: Any, a: Any = None, b: Any = None) -> dict[str, Any]:
        return {"out": ctx.params["i"]}

    async def wait(ctx: Any) -> dict[str, Any]:
        await asyncio.sleep(ctx.params["seconds"])
        return {"out": None}

    reg = Registry()
    reg.register(NodeSpec("b.noop", "No-op", "bench", noop,
                          inputs=(PortSpec("a", ANY, optional=True),
                                  PortSpec("b", ANY, optional=True)),
                          outputs=(PortSpec("out", ANY),),
                          params=(ParamSpec("i", "int", 0),)))
    reg.register(NodeSpec("b.wait", "Wait", "bench", wait, cacheable=False,
                          resource=lambda p: "io", outputs=(PortSpec("out", ANY),),
                          params=(ParamSpec("seconds", "float", 0.5),)))
    return reg


def layered_graph(n: int, width: int = 10) -> Graph:
    """n nodes in layers of ``width``; each node reads two nodes of the layer before."""
    g = Graph()
    for i in range(n):
        g.nodes[f"n{i}"] = Node(f"n{i}", "b.noop", params={"i": i})
        if i >= width:
            layer_start = (i // width - 1) * width
            g.links.append(Link(f"n{layer_start + i % width}", "out", f"n{i}", "a"))
            g.links.append(Link(f"n{layer_start + (i + 1) % width}", "out", f"n{i}", "b"))
    return g


def executor(root: Path, reg: Registry) -> Executor:
    store = ArtifactStore(root / "cache")
    return Executor(registry=reg, artifacts=store, cache=ResultCache(root / "cache", store),
                    runs=RunStore(root / "runs.sqlite"), sink=ListSink())


def timed(ex: Executor, graph: Graph, **kw: Any) -> float:
    started = time.perf_counter()
    result = asyncio.run(ex.run(graph, **kw))
    assert result.status == "succeeded", result.error
    return time.perf_counter() - started


def main() -> None:
    reg = registry()
    n = 1000
    graph = layered_graph(n)
    fresh, cached = [], []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            ex = executor(Path(tmp), reg)
            fresh.append(timed(ex, graph))
            cached.append(timed(ex, graph))
    branches = Graph(nodes={f"w{i}": Node(f"w{i}", "b.wait", params={"seconds": 0.5})
                            for i in range(8)})
    with tempfile.TemporaryDirectory() as tmp:
        waits = [timed(executor(Path(tmp), reg), branches) for _ in range(3)]
    per_node_ms = statistics.median(fresh) / n * 1000
    print(f"1000 no-op nodes, first run (run store + cache writes): median "
          f"{statistics.median(fresh):.3f} s = {per_node_ms:.3f} ms/node")
    print(f"1000 no-op nodes, cached re-run: median {statistics.median(cached):.3f} s = "
          f"{statistics.median(cached) / n * 1000:.3f} ms/node")
    print(f"8 branches x 0.5 s wait, concurrent: median {statistics.median(waits):.3f} s "
          f"(serial would be 4.0 s)")
    print(f"scheduling overhead: {per_node_ms:.3f} ms/node (claim < 1 ms); "
          f"8 branches: {statistics.median(waits):.3f} s (claim < 0.6 s)")


if __name__ == "__main__":
    main()
