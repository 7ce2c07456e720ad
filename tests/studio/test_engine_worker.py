"""The engine process on its own (no Qt): the JSON-lines protocol the studio speaks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from nodes import events as ev
from nodes.document import dumps
from nodes.graph import Graph, Link, Node

REPO = Path(__file__).resolve().parents[2]


def _graph() -> str:
    g = Graph()
    g.nodes["idea"] = Node("idea", "input.text", params={"text": "moon"})
    g.nodes["line"] = Node("line", "text.template", params={"template": "a {text} rising"})
    g.links.append(Link("idea", "text", "line", "text"))
    return dumps(g)


class Worker:
    def __init__(self, home: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen([sys.executable, "-m", "studio.engine_worker", str(home)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, env=env, cwd=REPO)

    def send(self, message: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(message) + "\n").encode())
        self.proc.stdin.flush()

    def read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, "the worker closed its output"
        return json.loads(line)

    def until(self, op: str, run_id: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        seen = []
        while True:
            msg = self.read()
            seen.append(msg)
            if msg["op"] == op and msg.get("id") == run_id:
                return seen, msg


@pytest.fixture
def worker(tmp_path: Path) -> Any:
    w = Worker(tmp_path / "home")
    assert w.read()["op"] == "ready"
    yield w
    if w.proc.poll() is None:
        w.proc.kill()
    w.proc.wait(timeout=10)


def test_run_streams_typed_events_and_a_result(worker: Worker) -> None:
    worker.send({"op": "run", "id": "r1", "graph": _graph(), "events": True})
    seen, done = worker.until("finished", "r1")
    events = [ev.event_from_dict(m["event"]) for m in seen if m["op"] == "event"]
    assert isinstance(events[0], ev.RunStarted) and isinstance(events[-1], ev.RunFinished)
    assert {e.node_id for e in events if isinstance(e, ev.NodeFinished)} == {"idea", "line"}
    result = done["result"]
    assert result["status"] == "succeeded"
    assert result["outputs"]["line"]["text"] == "a moon rising"
    worker.send({"op": "run", "id": "r2", "graph": _graph(), "events": False})
    seen, done = worker.until("finished", "r2")
    assert not [m for m in seen if m["op"] == "event"]  # a quiet run (the timeline's)
    assert done["result"]["nodes"]["line"]["status"] == "cached"  # same store, same worker


def test_bad_request_is_reported_and_the_worker_keeps_serving(worker: Worker) -> None:
    worker.send({"op": "run", "id": "bad", "graph": "{not json"})
    seen, done = worker.until("finished", "bad")
    assert done["result"] is None
    assert any(m["op"] == "crashed" and m["id"] == "bad" for m in seen)
    worker.send({"op": "run", "id": "ok", "graph": _graph()})
    _seen, done = worker.until("finished", "ok")
    assert done["result"]["status"] == "succeeded"


def test_worker_leaves_when_the_studio_goes(worker: Worker) -> None:
    assert worker.proc.stdin is not None
    worker.proc.stdin.close()  # what a crashed studio does to the pipe
    assert worker.proc.wait(timeout=15) == 0


def test_event_round_trip_keeps_types() -> None:
    for event in (ev.NodeFinished("run", node_id="a", seconds=1.5, cost_usd=0.01,
                                  artifacts=("k1", "k2")),
                  ev.NodeFailed("run", node_id="b", message="boom", kind="skipped"),
                  ev.NodeProgress("run", node_id="c", fraction=None, message="IN_QUEUE")):
        assert ev.event_from_dict(json.loads(json.dumps(event.to_dict()))) == event
    with pytest.raises(ValueError, match="unknown event type"):
        ev.event_from_dict({"type": "Nope", "run_id": "x"})
