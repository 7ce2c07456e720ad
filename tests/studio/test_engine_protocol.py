"""Engine-process messages: typed, round-trip exactly, and a bad one is an error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_engine_worker import Worker

from studio import engine_protocol as p

SAMPLES: list[Any] = [
    p.RunMessage(id="r1", graph="{}", graph_path="/g.mvgraph", targets=["a"], budget_usd=2.5,
                 dry_run=True, no_cache=True, review="approve_all", resubmit=["img"],
                 kind="preview", provider_settings={"fal_key": "x"}, limits={"cpu": 2},
                 env={"A": "b"}, events=False),
    p.RunMessage(id="r2", graph="{}"),
    p.CancelMessage(id="r1"),
    p.ReviewDecisionMessage(req="3", approved=True, note="ok", who="me"),
    p.ReviewDecisionMessage(req="4", approved=None),
    p.QuitMessage(),
    p.ReadyMessage(pid=42),
    p.EventMessage(id="r1", event={"type": "NodeStarted", "node_id": "a"}),
    p.ReviewMessage(id="r1", req="3", item={"node_id": "gate"}),
    p.FinishedMessage(id="r1", result={"run_id": "x"}),
    p.FinishedMessage(id="r1", result=None),
    p.CrashedMessage(id=None, message="boom"),
]


@pytest.mark.parametrize("message", SAMPLES, ids=lambda m: f"{m.op}")
def test_every_message_round_trips(message: Any) -> None:
    line = p.encode(message)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert p.decode(line) == message
    assert json.loads(line)["op"] == message.op


@pytest.mark.parametrize("data, why", [
    ({"op": "launch"}, "unknown op"),
    ({"op": "run", "graph": "{}"}, "missing field 'id'"),
    ({"op": "run", "id": 1, "graph": "{}"}, "field 'id'"),
    ({"op": "run", "id": "r", "graph": "{}", "budget_usd": "5"}, "field 'budget_usd'"),
    ({"op": "run", "id": "r", "graph": "{}", "dry_run": 1}, "field 'dry_run'"),
    ({"op": "run", "id": "r", "graph": "{}", "targets": ["a", 2]}, "field 'targets'"),
    ({"op": "run", "id": "r", "graph": "{}", "budjet": 5}, "unknown field(s) budjet"),
    ({"op": "ready", "pid": True}, "field 'pid'"),
    (["op", "run"], "JSON object"),
])
def test_a_message_failing_its_schema_is_an_error(data: Any, why: str) -> None:
    with pytest.raises(p.ProtocolError, match=why.replace("(", r"\(").replace(")", r"\)")):
        p.decode(json.dumps(data))
    with pytest.raises(p.ProtocolError):
        p.decode(b"{not json")


def test_a_bad_line_gets_an_answer_from_the_engine_process(tmp_path: Path) -> None:
    worker = Worker(tmp_path / "home")
    try:
        assert worker.read()["op"] == "ready"
        worker.send({"op": "run", "id": "r1", "graph": "{}", "budjet": 5})
        answer = worker.read()
        assert answer["op"] == "crashed" and "budjet" in answer["message"]
    finally:
        worker.send({"op": "quit"})
        worker.proc.wait(timeout=30)


def test_a_run_request_crosses_the_pipe_unchanged() -> None:
    from test_engine_worker import _graph

    from nodes.document import loads
    from nodes.registry import default_registry
    from nodes.run_request import ReviewPolicy, make_request
    from nodes.states import RunKind
    from studio.engine_worker import request_from_message

    registry = default_registry()
    request = make_request(loads(_graph(), registry).graph, graph_path=Path("/p/g.mvgraph"),
                           targets={"line"}, budget_usd=1.5, dry_run=True, no_cache=True,
                           review=ReviewPolicy.APPROVE_ALL, resubmit={"line"},
                           limits={"cpu": 1}, kind=RunKind.PREVIEW)
    message = p.decode(p.encode(p.RunMessage(id="r1", **p.run_fields(request))))
    again = request_from_message(message, registry)
    same = ("graph_path", "targets", "budget_usd", "dry_run", "no_cache", "review", "resubmit",
            "kind")
    assert {k: getattr(again, k) for k in same} == {k: getattr(request, k) for k in same}
    assert dict(again.limits) == {"cpu": 1}
    assert set(again.graph.nodes) == set(request.graph.nodes)
