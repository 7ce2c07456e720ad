"""The CLI and the studio's engine process run a graph the same way; the report keeps
what nodes record and matches its JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from test_engine_worker import Worker

from nodes.document import dumps
from nodes.graph import Graph, Link, Node
from studio.cli import main

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" /
                     "run-report.schema.json").read_text())


def _budget_switch() -> Graph:
    g = Graph()
    g.nodes["rich"] = Node("rich", "input.text", params={"text": "the expensive model"})
    g.nodes["thrifty"] = Node("thrifty", "input.text", params={"text": "the cheap model"})
    g.nodes["sw"] = Node("sw", "route.switch", params={"condition": "budget_remaining > 5"})
    g.links += [Link("rich", "text", "sw", "a"), Link("thrifty", "text", "sw", "b")]
    return g


def test_the_studio_engine_hands_the_budget_to_nodes_like_render_budget(tmp_path: Path,
                                                                         capsys: Any) -> None:
    graph = tmp_path / "g.mvgraph"
    graph.write_text(dumps(_budget_switch()))
    report = tmp_path / "r.json"
    assert main(["render", str(graph), "--budget", "3", "--report", str(report)]) == 0
    assert json.loads(report.read_text())["routes"] == {"sw": "b"}

    worker = Worker(tmp_path / "home")
    try:
        assert worker.read()["op"] == "ready"
        worker.send({"op": "run", "id": "r1", "graph": dumps(_budget_switch()),
                     "graph_path": str(graph), "budget_usd": 3.0, "events": False})
        _seen, done = worker.until("finished", "r1")
    finally:
        worker.send({"op": "quit"})
        worker.proc.wait(timeout=30)
    assert done["result"]["report"]["routes"] == {"sw": "b"}
    assert done["result"]["outputs"]["sw"]["value"] == "the cheap model"


def test_the_report_keeps_what_nodes_record_and_matches_its_schema(tmp_path: Path) -> None:
    g = _budget_switch()
    g.nodes["ab"] = Node("ab", "route.ab_split", params={"key": "take-1"})
    g.links += [Link("rich", "text", "ab", "a"), Link("thrifty", "text", "ab", "b")]
    graph = tmp_path / "g.mvgraph"
    graph.write_text(dumps(g))
    report = tmp_path / "r.json"
    assert main(["render", str(graph), "--report", str(report)]) == 0
    data = json.loads(report.read_text())
    jsonschema.validate(data, SCHEMA)
    assert data["routes"] == {"sw": "a"}  # no budget: unlimited
    assert set(data["ab_arms"]) == {"ab"}
    assert data["nodes"]["sw"]["details"] == {"routes": "a"}
    assert data["nodes"]["ab"]["details"]["ab_arms"] in ("a", "b")


def test_a_report_breaking_its_schema_is_caught() -> None:
    bad = {"run_id": "x", "status": "done", "graph": "", "output": None, "cost_usd": 0,
           "seconds": 0, "nodes": {}, "cuts_s": []}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


def test_an_unknown_target_exits_2_naming_it(tmp_path: Path, capsys: Any) -> None:
    graph = tmp_path / "g.mvgraph"
    graph.write_text(dumps(_budget_switch()))
    assert main(["render", str(graph), "--target", "nope"]) == 2
    assert "'nope'" in capsys.readouterr().err


def test_cancel_in_the_studio_then_run_again_submits_a_new_job(tmp_path: Path) -> None:
    import time

    from providers.fakes.server import FakeServer
    from providers.fakes.state import FakeState

    g = Graph()
    g.nodes["idea"] = Node("idea", "input.text", params={"text": "a red lighthouse"})
    g.nodes["pic"] = Node("pic", "gen.image", params={
        "model": "fal:fal-ai/flux/schnell", "seed": 1, "width": 64, "height": 64})
    g.links.append(Link("idea", "text", "pic", "prompt"))
    state = FakeState(polls_to_complete=10_000)  # the first job never finishes by itself
    server = FakeServer(state).start()
    worker = Worker(tmp_path / "home")
    try:
        assert worker.read()["op"] == "ready"
        run = {"op": "run", "graph": dumps(g), "env": server.env(), "events": False}
        worker.send({**run, "id": "r1"})
        deadline = time.monotonic() + 60
        while sum(state.created.values()) < 1:
            assert time.monotonic() < deadline, "the job was never submitted"
            time.sleep(0.05)
        worker.send({"op": "cancel", "id": "r1"})
        assert worker.until("finished", "r1")[1]["result"] is None
        state.polls_to_complete = 1
        worker.send({**run, "id": "r2"})
        _seen, done = worker.until("finished", "r2")
    finally:
        worker.send({"op": "quit"})
        worker.proc.wait(timeout=30)
        server.stop()
    assert done["result"]["status"] == "succeeded", done["result"]["error"]
    assert sum(state.created.values()) == 2 and sum(state.cancels.values()) == 1


def test_runs_lists_renders_and_all_adds_estimates(tmp_path: Path, capsys: Any) -> None:
    graph = tmp_path / "g.mvgraph"
    graph.write_text(dumps(_budget_switch()))
    dry, real = tmp_path / "dry.json", tmp_path / "real.json"
    assert main(["render", str(graph), "--dry-run", "--report", str(dry)]) == 0
    assert main(["render", str(graph), "--report", str(real)]) == 0
    dry_id, real_id = (json.loads(p.read_text())["run_id"] for p in (dry, real))
    capsys.readouterr()
    assert main(["runs"]) == 0
    listed = capsys.readouterr().out
    assert real_id in listed and dry_id not in listed
    assert main(["runs", "--all"]) == 0
    assert dry_id in capsys.readouterr().out
