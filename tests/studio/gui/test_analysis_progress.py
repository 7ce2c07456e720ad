"""The song analysis shows its stages on the node's badge while it runs (engine process)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from audio_sync.testsongs import make_song, write_wav
from nodes import events as ev
from nodes.document import save
from nodes.graph import Graph, Link, Node


def _analysis_graph(folder: Path) -> Path:
    audio, _ = make_song(bpm=120, duration_s=6.0, seed=5)
    write_wav(folder / "song.wav", audio)
    graph = Graph()
    graph.nodes["song"] = Node("song", "input.audio", params={"path": "song.wav"})
    graph.nodes["beats"] = Node("beats", "audio.analyze")
    graph.links.append(Link("song", "audio", "beats", "audio"))
    graph.ui = {"song": {"pos": [0, 0]}, "beats": {"pos": [260, 0]}}
    path = folder / "analysis.mvgraph"
    save(graph, path)
    return path


def test_analysis_stages_show_on_the_badge(make_window: Any, qtbot: Any, tmp_path: Path) -> None:
    win = make_window()
    win.open_path(_analysis_graph(tmp_path))
    shown: list[str] = []

    def record(event: ev.Event) -> None:  # connected after the window's own handler
        if isinstance(event, ev.NodeProgress) and event.node_id == "beats":
            shown.append(win.canvas.badges["beats"].label())

    assert win.run.controller.process is not None  # the analysis runs in the engine process
    win.run.controller.event.connect(record)
    task = win.run.start(None)
    qtbot.waitUntil(task.done, timeout=60000)
    result = task.result()
    assert result.status == "succeeded", result.error
    assert shown == ["running 0%: analysis: decoding",
                     "running 35%: analysis: spectral features",
                     "running 60%: analysis: beats, tempo and metre",
                     "running 95%: analysis: sections"]
    assert win.canvas.badges["beats"].state == "done"
