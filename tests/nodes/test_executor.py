"""The executor: scheduling, concurrency, mapping, lazy inputs, cache, budget, cancel."""

from __future__ import annotations

import asyncio
import time

import pytest
from graphkit import make_graph

from nodes.errors import BudgetExceeded
from nodes.events import NodeCached, NodeFinished, NodeQueued, NodeStarted, RunFinished


def test_chain_computes_and_reports(engine):
    g = make_graph({"a": ("t.const", {"value": 2.0}), "b": ("t.const", {"value": 3.0}),
                    "sum": ("t.add", {})}, ["a.value->sum.a", "b.value->sum.b"])
    result = engine.run(g)
    assert result.status == "succeeded"
    assert result.outputs["sum"] == {"value": 5.0}
    assert [r.status for r in result.nodes.values()] == ["succeeded"] * 3
    assert isinstance(engine.sink.events[-1], RunFinished)
    assert {e.node_id for e in engine.sink.of(NodeQueued)} == {"a", "b", "sum"}


def test_independent_branches_run_concurrently(engine):
    g = make_graph({f"s{i}": ("t.sleep", {"seconds": 0.3, "resource": "io"}) for i in range(6)},
                   [])
    started = time.perf_counter()
    result = engine.run(g)
    assert result.status == "succeeded"
    assert time.perf_counter() - started < 0.3 * 3  # serial would be 1.8 s
    assert engine.calls.max_active == 6


def test_resource_limit_bounds_concurrency(engine):
    engine.reopen(limits={"slow": 2})
    g = make_graph({f"s{i}": ("t.sleep", {"seconds": 0.05, "resource": "slow"})
                    for i in range(6)}, [])
    engine.run(g)
    assert engine.calls.max_active == 2


def test_second_run_is_all_cached_and_survives_restart(engine):
    g = make_graph({"a": ("t.const", {"value": 2.0}), "sum": ("t.add", {})}, ["a.value->sum.a"])
    engine.run(g)
    engine.reopen()  # a new process: nothing in memory
    engine.calls.by_node.clear()
    result = engine.run(g)
    assert engine.calls.by_node == {}
    assert all(r.cache_hit and r.status == "cached" for r in result.nodes.values())
    assert len(engine.sink.of(NodeCached)) == 2


def test_param_change_reruns_only_downstream(engine):
    g = make_graph({"a": ("t.const", {"value": 2.0}), "b": ("t.const", {"value": 3.0}),
                    "sum": ("t.add", {})}, ["a.value->sum.a", "b.value->sum.b"])
    engine.run(g)
    engine.calls.by_node.clear()
    g.nodes["a"].params["value"] = 10.0
    result = engine.run(g)
    assert engine.calls.by_node == {"a": 1, "sum": 1}
    assert result.outputs["sum"]["value"] == 13.0


def test_no_cache_reruns_everything(engine):
    g = make_graph({"a": ("t.const", {"value": 2.0})}, [])
    engine.run(g)
    engine.run(g, no_cache=True)
    assert engine.calls.by_node == {"a": 2}


def test_list_mapping_runs_per_element_and_caches_each(engine):
    g = make_graph({"t": ("t.text", {"value": "x y z"}), "split": ("t.split", {}),
                    "up": ("t.upper", {}), "join": ("t.join", {})},
                   ["t.value->split.text", "split.items->up.text", "up.text->join.items"])
    result = engine.run(g)
    assert result.outputs["up"]["text"] == ["X", "Y", "Z"]
    assert result.outputs["join"]["text"] == "X Y Z"
    assert engine.calls.by_node["up"] == 3
    started = [e for e in engine.sink.of(NodeStarted) if e.node_id == "up"]
    assert started[0].elements == 3
    engine.calls.by_node.clear()
    g.nodes["t"].params["value"] = "x q z"  # only the middle element changes
    engine.run(g)
    assert engine.calls.by_node["up"] == 1


def test_mapped_elements_run_concurrently(engine):
    g = make_graph({"t": ("t.text", {"value": "a b c d"}), "split": ("t.split", {}),
                    "s": ("t.sleep", {"seconds": 0.2, "resource": "io"})},
                   ["t.value->split.text", "split.items->s.value"])
    started = time.perf_counter()
    result = engine.run(g)
    assert result.outputs["s"]["value"] == ["a", "b", "c", "d"]
    assert time.perf_counter() - started < 0.6
    assert engine.calls.max_active == 4


def test_lazy_inputs_run_only_the_chosen_branch(engine):
    g = make_graph({"a": ("t.paid", {"price": 1.0}), "b": ("t.paid", {"price": 2.0}),
                    "pick": ("t.pick", {"which": "b"})}, ["a.value->pick.a", "b.value->pick.b"])
    result = engine.run(g)
    assert result.outputs["pick"]["value"] == 2.0
    assert engine.calls.by_node == {"b": 1, "pick": 1}
    assert result.cost_usd == 2.0
    assert "a" not in result.nodes


def test_failure_names_node_and_skips_dependents_but_finishes_others(engine):
    g = make_graph({"bad": ("t.fail", {}), "sum": ("t.add", {}), "ok": ("t.const", {})},
                   ["bad.value->sum.a"])
    result = engine.run(g)
    assert result.status == "failed"
    assert "node 'bad'" in str(result.error) and "boom" in str(result.error)
    assert result.nodes["bad"].status == "failed"
    assert result.nodes["sum"].status == "skipped"
    assert result.nodes["ok"].status == "succeeded"


def test_budget_refuses_paid_jobs_beyond_it(engine):
    g = make_graph({"p1": ("t.paid", {"price": 0.6}), "p2": ("t.paid", {"price": 0.7}),
                    "sum": ("t.add", {})}, ["p1.value->sum.a", "p2.value->sum.b"])
    result = engine.run(g, budget_usd=1.0)
    assert isinstance(result.error, BudgetExceeded)
    assert result.status == "stopped"
    assert result.cost_usd <= 1.0
    assert sum(engine.calls.by_node.get(n, 0) for n in ("p1", "p2")) == 1


def test_dry_run_estimates_without_paying(engine):
    g = make_graph({"p1": ("t.paid", {"price": 0.25}), "p2": ("t.paid", {"price": 0.5}),
                    "sum": ("t.add", {}), "free": ("t.const", {})},
                   ["p1.value->sum.a", "p2.value->sum.b"])
    result = engine.run(g, dry_run=True)
    assert result.estimated_cost_usd == pytest.approx(0.75)
    assert "p1" not in engine.calls.by_node and "sum" not in engine.calls.by_node
    assert engine.calls.by_node == {}  # no price depends on "free": a dry run skips it
    assert result.report["dry_run_skipped"] == ["free"]
    assert result.nodes["free"].status == "skipped"
    real = engine.run(g)
    assert real.cost_usd == pytest.approx(result.estimated_cost_usd)


def test_pinned_node_keeps_its_result_when_inputs_change(engine, tmp_path):
    g = make_graph({"a": ("t.const", {"value": 1.0}), "sum": ("t.add", {})}, ["a.value->sum.a"])
    g.nodes["sum"].pinned = True
    engine.run(g, graph_path=tmp_path / "g.mvgraph")
    g.nodes["a"].params["value"] = 5.0
    result = engine.run(g, graph_path=tmp_path / "g.mvgraph", no_cache=True)
    assert result.outputs["sum"]["value"] == 1.0
    assert result.nodes["sum"].cache_hit


def test_cancellation_stops_blocking_work_within_a_second(engine):
    g = make_graph({"slow": ("t.block", {"seconds": 30.0}), "s": ("t.sleep", {"seconds": 30})},
                   [])

    async def main() -> float:
        task = asyncio.ensure_future(engine.executor.run(g))
        await asyncio.sleep(0.3)
        cancelled_at = time.perf_counter()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return time.perf_counter() - cancelled_at

    assert asyncio.run(main()) < 1.0
    runs = engine.runs.runs()
    assert runs[0].status == "cancelled"


def test_run_store_records_states_and_events(engine):
    g = make_graph({"p": ("t.paid", {"price": 0.1}), "bad": ("t.fail", {})}, [])
    result = engine.run(g)
    states = {s["node_id"]: s for s in engine.runs.node_states(result.run_id)}
    assert states["p"]["status"] == "succeeded" and states["p"]["cost_usd"] == pytest.approx(0.1)
    assert states["p"]["provider_calls"] == 1
    assert states["bad"]["status"] == "failed" and "boom" in states["bad"]["error"]
    run = engine.runs.run(result.run_id)
    assert run.status == "failed" and run.cost_usd == pytest.approx(0.1)
    kinds = [e["type"] for e in engine.runs.events(result.run_id)]
    assert "NodeFinished" in kinds and "NodeFailed" in kinds and kinds[-1] == "RunFinished"
    assert len(engine.sink.of(NodeFinished)) == 1
