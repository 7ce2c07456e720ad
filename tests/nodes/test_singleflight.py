"""Concurrent runs on one cache compute a shared cache key once (single-flight)."""

from __future__ import annotations

import asyncio

from graphkit import make_graph


def test_concurrent_runs_needing_the_same_key_compute_it_once(engine):
    graphs = [make_graph({"slow": ("t.sleep", {"seconds": 0.2})}, []) for _ in range(4)]

    async def all_runs():
        return await asyncio.gather(*(engine.executor.run(g) for g in graphs))

    results = asyncio.run(all_runs())
    assert [r.status for r in results] == ["succeeded"] * 4
    assert engine.calls.by_node["slow"] == 1  # without single-flight: 4
    assert sorted(r.nodes["slow"].cache_hit for r in results) == [False, True, True, True]


def test_a_failed_computation_lets_the_next_waiter_try_again(engine):
    graphs = [make_graph({"bad": ("t.fail", {})}, []) for _ in range(2)]

    async def all_runs():
        return await asyncio.gather(*(engine.executor.run(g) for g in graphs))

    results = asyncio.run(all_runs())
    assert [r.status for r in results] == ["failed", "failed"]
    assert engine.calls.by_node["bad"] == 2  # nothing cached: each run tried
