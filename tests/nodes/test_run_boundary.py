"""The run boundary: what runs (output nodes, targets), dry runs, run kinds, the budget."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from graphkit import make_graph

from nodes.spec import NodeSpec, PortSpec
from nodes.states import RunKind
from nodes.types import ANY


def _with_output_node(engine: Any) -> None:
    async def out(ctx: Any, value: Any) -> dict[str, Any]:
        engine.calls.hit(ctx.node_id)
        return {"value": value}

    engine.registry.register(NodeSpec("t.out", "Out", "test", out, output=True,
                                      inputs=(PortSpec("value", ANY),),
                                      outputs=(PortSpec("value", ANY),)))


def test_only_work_leading_to_an_output_node_runs(engine):
    _with_output_node(engine)
    g = make_graph({"a": ("t.const", {"value": 1.0}), "out": ("t.out", {}),
                    "side": ("t.const", {"value": 2.0}), "unused": ("t.add", {})},
                   ["a.value->out.value", "side.value->unused.a"])
    result = engine.run(g)
    assert result.status == "succeeded", result.error
    assert engine.calls.by_node == {"a": 1, "out": 1}  # the side branch reaches no output
    assert set(result.nodes) == {"a", "out"}


def test_a_graph_without_output_nodes_runs_every_node(engine):
    g = make_graph({"a": ("t.const", {"value": 1.0}), "b": ("t.const", {"value": 2.0}),
                    "sum": ("t.add", {})}, ["a.value->sum.a"])
    engine.run(g)
    assert engine.calls.by_node == {"a": 1, "b": 1, "sum": 1}


def test_a_dry_run_prices_paid_nodes_and_skips_free_work_no_price_depends_on(engine):
    _with_output_node(engine)
    g = make_graph({"pay": ("t.paid", {"price": 0.25}),
                    "slow": ("t.sleep", {"seconds": 5.0}),  # expensive free work after it
                    "out": ("t.out", {})},
                   ["pay.value->slow.value", "slow.value->out.value"])
    result = engine.run(g, dry_run=True)
    assert result.estimated_cost_usd == pytest.approx(0.25)
    assert "slow" not in engine.calls.by_node and "pay" not in engine.calls.by_node
    assert result.nodes["pay"].status == "estimated"


def test_a_dry_run_skips_free_branches_beside_paid_work_and_says_so(engine):
    _with_output_node(engine)
    g = make_graph({"pay": ("t.paid", {"price": 0.5}), "slow": ("t.sleep", {"seconds": 5.0}),
                    "both": ("t.add", {}), "out": ("t.out", {})},
                   ["pay.value->both.a", "slow.value->both.b", "both.value->out.value"])
    result = engine.run(g, dry_run=True)
    assert result.estimated_cost_usd == pytest.approx(0.5)
    assert engine.calls.by_node == {}  # the 5 s sleep is not part of any price
    assert result.report["dry_run_skipped"] == ["slow"]
    assert result.nodes["slow"].status == "skipped"


def test_an_unknown_target_is_named(engine):
    from nodes.run_request import UnknownTarget

    g = make_graph({"a": ("t.const", {"value": 1.0})}, [])
    with pytest.raises(UnknownTarget, match="'nope'") as err:
        engine.run(g, targets={"nope"})
    assert err.value.exit_code == 2


def test_estimates_and_previews_are_kept_out_of_the_run_list(engine):
    g = make_graph({"a": ("t.const", {"value": 1.0})}, [])
    engine.run(g, dry_run=True)
    engine.run(g, kind=RunKind.PREVIEW)
    assert engine.runs.runs() == []
    real = engine.run(g)
    assert [r.run_id for r in engine.runs.runs()] == [real.run_id]
    assert len(engine.runs.runs(kinds=tuple(RunKind))) == 3


def test_nodes_read_the_runs_budget_through_their_context(engine):
    seen: list[float] = []

    async def look(ctx: Any) -> dict[str, Any]:
        seen.append(ctx.budget.remaining_usd)
        return {"value": ctx.services["budget"].remaining_usd}

    engine.registry.register(NodeSpec("t.look", "Look", "test", look,
                                      outputs=(PortSpec("value", ANY),)))
    g = make_graph({"pay": ("t.paid", {"price": 0.25}), "look": ("t.look", {})}, [])
    asyncio.run(engine.executor.run(g, budget_usd=2.0, targets={"look"}))
    assert seen == [2.0]


def test_graph_changes_are_typed_and_an_unknown_kind_is_refused() -> None:
    from nodes.graph import Change, Graph, GraphChanged

    graph = Graph()
    seen: list[GraphChanged] = []
    graph.subscribe(seen.append)
    graph.notify("node_added", node_id="a")
    assert seen[0].what is Change.NODE_ADDED and seen[0].what == "node_added"
    with pytest.raises(ValueError):
        graph.notify("node_exploded", node_id="a")
