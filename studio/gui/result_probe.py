"""Which nodes have a result for their *current* cache key? (Qt-free)

The answer comes from the real executor, run over a snapshot with every node
type's ``run`` replaced by a refusal: a node whose exact key is in the result
cache is a hit (same key rules as a real run: params, inputs, file
fingerprints, list mapping, pins); any other node fails with
:data:`NOT_CACHED` and everything below it is skipped. Nothing is computed,
nothing is paid, nothing is written to the workspace's run history.
"""

from __future__ import annotations

import asyncio
import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nodes.cache import ArtifactStore, ResultCache
from nodes.errors import NodeFailed
from nodes.executor import Executor
from nodes.graph import Graph
from nodes.registry import Registry
from nodes.runs import RunStore

NOT_CACHED = "no result for this node's current settings"


@dataclass(frozen=True, slots=True)
class Known:
    """A node's truth: ``cached`` (with its artifacts), ``missing`` (its current key has
    no result), ``below`` (an input has none), or ``failed`` (e.g. a missing file)."""

    state: str
    artifacts: tuple[str, ...] = ()
    error: str = ""


async def _refuse(ctx: Any, **_inputs: Any) -> dict[str, Any]:
    raise NodeFailed(ctx.node_id, NOT_CACHED)


def probe_registry(registry: Registry) -> Registry:
    """The same node types with ``run`` refused and no after-hooks (no side effects)."""
    probe = Registry()
    for spec in registry:
        probe.register(dataclasses.replace(spec, run=_refuse, after=None))
    return probe


def probe(graph: Graph, *, registry: Registry, cache_root: Path, artifacts: ArtifactStore,
          graph_path: Path | None) -> dict[str, Known]:
    """Blocking (call it in a worker thread): the truth for every node of ``graph``."""
    cache = ResultCache(cache_root, artifacts)
    runs = RunStore(Path(":memory:"))
    try:
        ex = Executor(registry=probe_registry(registry), artifacts=artifacts, cache=cache,
                      runs=runs, limits={"cpu": 64, "render": 64})
        result = asyncio.run(ex.run(graph, graph_path=graph_path))
    finally:
        cache.close()
        runs.close()
    out: dict[str, Known] = {}
    for nid in graph.nodes:
        rep = result.nodes.get(nid)
        if rep is None:
            out[nid] = Known("missing")
        elif rep.status == "cached":
            out[nid] = Known("cached", tuple(rep.artifacts))
        elif rep.status == "skipped":
            out[nid] = Known("below")
        elif rep.error and NOT_CACHED not in rep.error:
            out[nid] = Known("failed", error=rep.error)
        else:
            out[nid] = Known("missing")
    return out
