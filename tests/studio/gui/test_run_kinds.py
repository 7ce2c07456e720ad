"""Opening the studio and "Estimate cost" never show up in `mvstudio runs` as runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import small_graph


def test_opening_and_estimating_are_not_listed_as_runs(make_window: Any, qtbot: Any,
                                                       tmp_path: Path) -> None:
    from audio_sync.testsongs import make_song, write_wav

    audio, _truth = make_song(bpm=120, duration_s=4.0, seed=5, drumless_breakdown=False)
    song = write_wav(tmp_path / "song.wav", audio)  # short: the analysis is most of the time
    path = tmp_path / "small.mvgraph"
    path.write_text(json.dumps(small_graph(str(song))))
    win = make_window()
    win.run.use_engine("inline")  # the engine process's side is in test_engine_protocol
    win.run.allow_compute = True  # as a user opening the file: the timeline is computed
    win.open_path(path)
    assert win.run.timeline_node == "cuts"
    qtbot.waitUntil(lambda: not win.run.tasks, timeout=60000)
    assert win.ws.runs.query("SELECT COUNT(*) FROM runs")[0][0] >= 1  # the timeline's data
    task = win.run.estimate()
    qtbot.waitUntil(task.done, timeout=60000)
    assert task.result() is not None and task.result().estimated_cost_usd == 0.0
    assert win.ws.runs.runs() == []  # what `mvstudio runs` lists


def test_the_engine_process_computes_previews_through_the_same_engine_interface(
        make_window: Any, qtbot: Any) -> None:
    import asyncio

    from nodes.graph import Graph, Link, Node

    g = Graph()
    g.nodes["idea"] = Node("idea", "input.text", params={"text": "moon"})
    g.nodes["line"] = Node("line", "text.template", params={"template": "a {text} rising"})
    g.links.append(Link("idea", "text", "line", "text"))
    win = make_window()
    assert win.run.use_engine("process") == "process"
    task = asyncio.ensure_future(win.run.preview(g, targets={"line"}))
    qtbot.waitUntil(task.done, timeout=60000)
    result = task.result()
    assert result is not None and result.outputs["line"]["text"] == "a moon rising"
    assert win.run.controller.process is not None and win.run.controller.process.pid
    assert win.ws.runs.runs() == []
    assert [r.run_id for r in win.ws.runs.runs(kinds=("preview",))] == [result.run_id]
