"""gate.qc as a node (regenerate / review / stop, load checks) and gate.review decisions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from graphkit import make_graph
from test_gate_qc import H, W, texture_frame, tone, write_media

from nodes.builtin import gate, publish
from nodes.errors import GateStopped
from nodes.executor import Executor
from nodes.review import APPROVED, PENDING, REJECTED, ReviewDecision, ReviewStore
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import VIDEO
from nodes.validate import validate


def _black(i: int) -> np.ndarray:
    return np.zeros((H, W, 3), np.uint8)


def _media_node(tmp: Path) -> NodeSpec:
    """A 'generator' whose take with seed 0 is all black and whose later takes are clean."""
    async def run(ctx: Any) -> dict[str, Any]:
        seed = int(ctx.params["seed"])
        ctx.services["takes"].append(seed)
        bad = seed < int(ctx.params["good_from"])
        path = write_media(tmp / f"take-{seed}.mp4", seconds=2.0, audio=tone(2.0),
                           frame=_black if bad else texture_frame)
        return {"video": ctx.add_artifact(path, kind="video", media_type="video/mp4",
                                          meta={"model": "local:test"})}
    return NodeSpec("t.media", "Media", "test", run, deterministic=False,
                    outputs=(PortSpec("video", VIDEO),),
                    params=(ParamSpec("seed", "int", 0, min=0, max=100),
                            ParamSpec("good_from", "int", 1, min=0, max=100)))


@pytest.fixture
def eng(engine: Any, tmp_path: Path) -> Any:
    for spec in (*gate.SPECS, *publish.SPECS, _media_node(tmp_path)):
        engine.registry.register(spec)
    engine.services = {"takes": []}
    engine.executor = Executor(registry=engine.registry, artifacts=engine.artifacts,
                               cache=engine.cache, runs=engine.runs, sink=engine.sink,
                               services=engine.services)
    return engine


def _qc_graph(on_fail: str, good_from: int = 1, review: bool = False, **qc: Any) -> Any:
    nodes = {"m": ("t.media", {"good_from": good_from}),
             "qc": ("gate.qc", {"on_fail": on_fail, "expected_duration_s": 2.0,
                                "sample_fps": 5.0, **qc})}
    links = ["m.video->qc.media"]
    if review:
        nodes["rv"] = ("gate.review", {})
        links += ["qc.media->rv.media", "qc.qc->rv.qc"]
    return make_graph(nodes, links)


def test_qc_regenerates_until_a_take_passes(eng: Any) -> None:
    graph = _qc_graph("regenerate", good_from=2, max_retries=3, after_retries="stop")
    assert validate(graph, eng.registry) == []
    result = eng.run(graph)
    assert result.status == "succeeded", result.error
    qc = result.outputs["qc"]["qc"]
    assert qc["passed"] and qc["attempts"] == 3
    assert eng.services["takes"] == [0, 1, 2]
    assert result.outputs["qc"]["media"].key == qc["media"]
    again = eng.run(graph)  # every take and the QC verdict come from the cache
    assert again.nodes["qc"].cache_hit and eng.services["takes"] == [0, 1, 2]


def test_qc_stop_fails_with_reasons(eng: Any) -> None:
    result = eng.run(_qc_graph("regenerate", good_from=9, max_retries=1,
                               after_retries="stop"))
    assert result.status == "failed"
    assert "QC failed after 2 take(s)" in str(result.error)
    assert "black/blank frames" in str(result.error)


def test_qc_failure_goes_to_review_even_with_auto_approve(eng: Any) -> None:
    graph = _qc_graph("review", good_from=9, review=True)
    graph.nodes["rv"].params["auto_approve"] = True
    result = eng.run(graph)
    assert result.status == "stopped" and isinstance(result.error, GateStopped)
    assert "waits for review" in str(result.error) and "black/blank" in str(result.error)
    [item] = ReviewStore(eng.runs).items(run_id=result.run_id)
    assert item.status == PENDING and item.qc["needs_review"] and item.qc_score is not None


def test_qc_passed_auto_approves(eng: Any) -> None:
    graph = _qc_graph("review", good_from=0, review=True)
    graph.nodes["rv"].params["auto_approve"] = True
    result = eng.run(graph)
    assert result.status == "succeeded", result.error
    assert result.outputs["rv"]["qc"]["review"]["by"] == "gate.qc"


def test_qc_load_checks(eng: Any) -> None:
    no_review = validate(_qc_graph("review"), eng.registry)
    assert [(p.node_id, p.param) for p in no_review] == [("qc", "on_fail")]
    assert "no gate.review node is downstream" in no_review[0].message
    graph = make_graph({"a": ("t.const", {}), "m": ("t.media", {}),
                        "w": ("t.sleep", {"seconds": 0}),
                        "qc": ("gate.qc", {"on_fail": "regenerate", "after_retries": "stop"})},
                       ["w.value->qc.media"])
    [problem] = validate(graph, eng.registry)
    assert "needs the media to come from a node with a seed" in problem.message


def test_review_modes_and_decisions_persist(eng: Any) -> None:
    graph = _qc_graph("review", good_from=0, review=True)
    first = eng.run(graph)
    assert first.status == "stopped"
    store = ReviewStore(eng.runs)
    [item] = store.items(run_id=first.run_id, status=PENDING)
    store.decide(item.item_key, approved=False, note="logo is off-brand", who="ana")
    rejected = eng.run(graph)
    assert rejected.status == "failed" and "rejected by ana: logo is off-brand" in str(
        rejected.error)
    store.decide(item.item_key, approved=True, note="fine after all", who="ana")
    approved = eng.run(graph)
    assert approved.status == "succeeded" and approved.nodes["qc"].cache_hit
    assert [h["status"] for h in store.history(item.item_key)] == [REJECTED, APPROVED]
    assert store.get(item.item_key).run_id == approved.run_id


def test_review_waiter_and_approve_all(eng: Any) -> None:
    seen: list[Any] = []

    async def waiter(item: Any) -> ReviewDecision:
        seen.append(item)
        return ReviewDecision(approved=True, note="looks great", who="gui-user")

    eng.executor.services["review_waiter"] = waiter
    result = eng.run(_qc_graph("review", good_from=0, review=True))
    assert result.status == "succeeded" and seen[0].node_id == "rv"
    assert result.report["reviews"]["rv"]["by"] == "gui-user"
    del eng.executor.services["review_waiter"]
    eng.executor.services["review_mode"] = "approve_all"
    bad = eng.run(_qc_graph("review", good_from=9, review=True))
    assert bad.status == "succeeded"
    assert "--approve all despite QC" in bad.report["reviews"]["rv"]["note"]
