"""Runs from the studio against the loopback fakes: badges, cache on rerun, cancel."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from nodes import events as ev
from nodes.document import save
from nodes.graph import Graph, Link, Node
from nodes.registry import Registry, default_registry
from nodes.spec import NodeSpec, ParamSpec, PortSpec
from nodes.types import TEXT


def _paid_graph(path: Path) -> Path:
    graph = Graph()
    graph.nodes["idea"] = Node("idea", "input.text", params={"text": "a red lighthouse"})
    graph.nodes["pic"] = Node("pic", "gen.image", params={
        "model": "fal:fal-ai/flux/schnell", "seed": 1, "width": 256, "height": 144})
    graph.links.append(Link("idea", "text", "pic", "prompt"))
    graph.ui = {"idea": {"pos": [0, 0]}, "pic": {"pos": [260, 0]}}
    save(graph, path)
    return path


class Recorder:
    def __init__(self) -> None:
        self.states: dict[str, list[str]] = {}

    def __call__(self, event: ev.Event) -> None:
        nid = getattr(event, "node_id", None)
        kind = {ev.NodeQueued: "queued", ev.NodeStarted: "running", ev.NodeCached: "cached",
                ev.NodeFinished: "done", ev.NodeFailed: "failed"}.get(type(event))
        if nid and kind:
            self.states.setdefault(nid, []).append(kind)


def test_run_on_fakes_badges_then_cached(make_window: Any, qtbot: Any, fake: Any,
                                         tmp_path: Path) -> None:
    win = make_window()
    win.open_path(_paid_graph(tmp_path / "paid.mvgraph"))
    rec = Recorder()
    win.run.controller.event.connect(rec)
    task = win.run.start(None)
    qtbot.waitUntil(task.done, timeout=30000)
    result = task.result()
    assert result.status == "succeeded", result.error
    assert rec.states["pic"] == ["queued", "running", "done"]
    assert win.canvas.badges["pic"].state == "done"
    assert result.cost_usd == pytest.approx(0.003)
    assert win.canvas.badges["pic"].cost_usd == pytest.approx(0.003)
    assert not win.canvas.badges["pic"].estimated  # spent, not a price
    assert "spent $0.003" in win.run.l_cost.text()
    assert "2 of 2 nodes" in win.run.l_nodes.text()
    qtbot.waitUntil(lambda: "pic" in win.canvas.thumbs, timeout=10000)
    win.canvas.thumbs["pic"]._on_click()  # what a click on the thumbnail does
    qtbot.waitUntil(lambda: win.preview.current is not None, timeout=10000)
    assert win.preview.current.kind == "image" and win.preview.title.text().startswith("pic")
    created = sum(fake.state.created.values())
    rec.states.clear()
    task = win.run.start(None)
    qtbot.waitUntil(task.done, timeout=30000)
    assert rec.states["pic"] == ["queued", "cached"]
    assert win.canvas.badges["pic"].state == "cached"
    assert sum(fake.state.created.values()) == created  # nothing paid twice


def test_reopen_restores_cached_states_and_thumbnails(make_window: Any, qtbot: Any,
                                                      fake: Any, tmp_path: Path) -> None:
    path = _paid_graph(tmp_path / "paid.mvgraph")
    win = make_window()
    win.open_path(path)
    task = win.run.start(None)
    qtbot.waitUntil(task.done, timeout=30000)
    again = make_window()  # a new session: state comes from the result cache only
    again.open_path(path)
    qtbot.waitUntil(lambda: again.canvas.badges["pic"].state == "cached", timeout=10000)
    qtbot.waitUntil(lambda: "pic" in again.canvas.thumbs, timeout=10000)


def _slow_registry(started: list[str]) -> Registry:
    registry = default_registry()

    async def slow(ctx: Any, text: str = "") -> dict[str, Any]:
        started.append(ctx.node_id)
        for i in range(200):
            ctx.progress(i / 200, f"step {i}")
            await asyncio.sleep(0.02)
        return {"text": text}

    registry.register(NodeSpec("test.slow", "Slow", "text", slow,
                               inputs=(PortSpec("text", TEXT),), outputs=(PortSpec("text", TEXT),),
                               params=(ParamSpec("n", "int", 1),)))
    return registry


def test_cancel_mid_run(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    started: list[str] = []
    registry = _slow_registry(started)
    graph = Graph()
    graph.nodes["idea"] = Node("idea", "input.text", params={"text": "x"})
    graph.nodes["slow"] = Node("slow", "test.slow", params={"n": 1})
    graph.links.append(Link("idea", "text", "slow", "text"))
    save(graph, tmp_path / "slow.mvgraph")
    win = make_window(registry)
    assert win.run.controller.mode == "inline"  # test.slow is unknown to the engine process
    win.open_path(tmp_path / "slow.mvgraph")
    task = win.run.start(None)
    qtbot.waitUntil(lambda: win.canvas.badges["slow"].state == "running"
                    and (win.canvas.badges["slow"].fraction or 0) > 0, timeout=10000)
    assert "running" in win.canvas.badges["slow"].label()
    win.run.cancel()
    qtbot.waitUntil(task.done, timeout=10000)
    assert task.result() is None
    assert win.canvas.badges["slow"].state == "cancelled"
    assert win.run.l_nodes.text().startswith("cancelled")
    assert win.a_run.isEnabled()


def test_failed_node_logs_and_jumps(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    graph = Graph()
    graph.nodes["song"] = Node("song", "input.audio", params={"path": "missing.wav"})
    save(graph, tmp_path / "bad.mvgraph")
    win = make_window()
    win.open_path(tmp_path / "bad.mvgraph")
    task = win.run.start(None)
    qtbot.waitUntil(task.done, timeout=20000)
    assert win.canvas.badges["song"].state == "failed"
    assert "missing.wav" in win.canvas.badges["song"].toolTip()
    assert "song" in win.log.toPlainText()
    win.log.jump.emit("song")
    assert win.canvas.selected_ids() == ["song"]


def test_estimate_and_budget(make_window: Any, qtbot: Any, fake: Any, tmp_path: Path) -> None:
    win = make_window()
    win.open_path(_paid_graph(tmp_path / "paid.mvgraph"))
    task = win.run.estimate()
    qtbot.waitUntil(task.done, timeout=30000)
    assert task.result().estimated_cost_usd == pytest.approx(0.003)
    assert "est $0.003" in win.run.l_cost.text()
    assert win.canvas.badges["pic"].cost_usd == pytest.approx(0.003)
    assert sum(fake.state.created.values()) == 0  # an estimate never pays
    win.budget.setValue(0.001)
    task = win.run.start(None)
    qtbot.waitUntil(task.done, timeout=30000)
    assert task.result().status == "stopped"
    assert win.canvas.badges["pic"].state == "failed"
    assert "budget" in win.canvas.badges["pic"].toolTip()
    assert sum(fake.state.created.values()) == 0


def _long_encode_graph(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (640, 360), (40, 80, 120)).save(path.parent / "still.png")
    graph = Graph()
    graph.nodes["still"] = Node("still", "input.image", params={"path": "still.png"})
    graph.nodes["clip"] = Node("clip", "comp.kenburns", params={
        "duration_s": 600.0, "width": 1280, "height": 720, "fps": "30", "export_clip": True})
    graph.links.append(Link("still", "image", "clip", "image"))
    save(graph, path)
    return path


def test_engine_process_runs_cancels_and_survives_a_crash(make_window: Any, qtbot: Any,
                                                          fake: Any, tmp_path: Path) -> None:
    """The default: runs execute in a separate process; the studio sees the same events,
    can cancel, and a killed worker ends the run cleanly and is replaced on the next run."""
    import os
    import signal

    win = make_window()
    assert win.run.controller.mode == "process"
    win.open_path(_paid_graph(tmp_path / "paid.mvgraph"))
    rec = Recorder()
    win.run.controller.event.connect(rec)
    task = win.run.start(None)
    qtbot.waitUntil(task.done, timeout=30000)
    assert task.result().status == "succeeded", task.result().error
    engine = win.run.controller.process
    assert engine.pid is not None and engine.pid != os.getpid()
    assert rec.states["pic"] == ["queued", "running", "done"]
    assert sum(fake.state.created.values()) == 1  # the worker reached the fake via our env
    assert task.result().outputs["pic"]["image"].path.exists()  # artifacts decoded here
    win.open_path(_long_encode_graph(tmp_path / "long.mvgraph"))
    task = win.run.start(None, no_cache=True)
    qtbot.waitUntil(lambda: win.canvas.badges["clip"].state == "running", timeout=20000)
    win.run.cancel()
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is None
    qtbot.waitUntil(lambda: win.canvas.badges["clip"].state == "cancelled", timeout=5000)
    first_pid = engine.pid
    crashes: list[str] = []
    win.run.controller.crashed.connect(crashes.append)
    task = win.run.start(None, no_cache=True)
    qtbot.waitUntil(lambda: win.canvas.badges["clip"].state == "running", timeout=20000)
    os.kill(first_pid, signal.SIGKILL)
    qtbot.waitUntil(task.done, timeout=5000)
    assert task.result() is None and crashes and "engine process" in crashes[0]
    assert win.a_run.isEnabled()
    win.open_path(tmp_path / "paid.mvgraph")
    task = win.run.start(None)
    qtbot.waitUntil(task.done, timeout=30000)
    assert task.result().status == "succeeded"
    assert engine.pid != first_pid  # a new worker took over
    assert rec.states["pic"][-2:] == ["queued", "cached"]
